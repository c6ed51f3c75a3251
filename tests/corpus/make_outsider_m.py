#!/usr/bin/env python3
"""Generate the held-out corpus tests/data/corpus/outsider_m.jsonl (150 cases, ids OM-0001 .. OM-0150).

Written blind by an outside test author. The only files read to write it were:
  /work/shared/domain/RULES.md, /work/shared/domain/CONTRACT.md, /work/shared/tools/corpus-brief.md,
  /work/shared/tools/validate_corpus.py, /work/shared/tools/score_corpus.py, and
  /work/shared/corpus/public2.jsonl (for the line format only).
No code, policy or test of the gatekeeper service was read, run or consulted.

Run from /work/main:  python tests/corpus/make_outsider_m.py
Deterministic and standard-library only (a fixed random seed drives student ids and birth dates).

Each case has two tags: the first is the genre, the second the outcome.

Genres (first tag)
  chat_transcript      text-message / Teams / Discord / Snapchat / radio-log transcripts pasted by staff,
                       with timestamps and nicknames
  bus_report           bus-driver and bus-monitor reports, transportation incident forms, an all-caps report
  afterschool_report   coaches, after-school and summer programs, field trips, open gym, robotics, culinary
  nurse_note           nurse's office notes (SOAP-style, abbreviations, vitals)
  referral_form        counselor / student-support referral forms with checkboxes (x, [x], ☑, ☒, ✓, Q/A)
  voicemail_transcript parent voicemails, transcribed and often translated (the translation header itself
                       reveals the home language)
  sis_export           SIS exports in unusual shapes: abbreviated key:value blocks, pipe rows, XML-ish,
                       JSON lines, transposed CSV, YAML-ish, nested / listed structured student fields
  obfuscated           homoglyphs (Cyrillic, Greek), full-width letters, zero-width and soft-hyphen characters,
                       letters split by dots, spaces or hyphens, leetspeak, misspellings, combining accents, French
  euphemism            slang and euphemism for immigration status, nationality, language, neighbourhood,
                       religion and gang ties ("papers aren't straight", "the Salvi kid", "in the Bury", ...)
  precision_trap       words that look like forbidden categories but are incident facts or school life and
                       must stay (AP Spanish Language, Visa gift card, Swiss Army knife, Jamaica Pond,
                       Chinatown station, stage/robotics/custodial crew, gangway, B-block, Citizen app, ...)
  long_narrative       staff narratives of 1,000-3,000 characters with one or two forbidden statements buried
                       mid-paragraph

Outcomes (second tag)
  allow_weapon, allow_drugs, allow_violence, allow_threat   allowed; forbidden facts must be withheld
  allow_clean                                              allowed; nothing forbidden (often precision traps)
  deny_recipient        recipient is not BPD (BRIC, ICE, HSI, CBP, FBI, fusion center, MBTA police,
                        private security, a gang database)
  deny_substance        only excluded substances (marijuana/THC, nicotine, alcohol, unknown vape)
  deny_ground           not a permitted ground (fight, theft, vandalism, truancy, bullying, gang activity, ...)
  deny_threat_missing   credible_threat without a threat statement
  deny_face             carries face-recognition-derived identification
  deny_replica          BB / airsoft gun (needs a named approver's determination; reason "other")

Forbidden spans are written inline as ⟦code:text⟧ (code in imm nat eth rel nbh lang gang face); the markers
are stripped before writing. The generator checks every case itself: canaries occur only inside forbidden
spans (or in non-allowlisted structured student fields), never in a field police may receive; every span
holds a canary; kept facts and the key fact sit in sentences with no forbidden span; long narratives are
1,000-3,000 characters; no sentence is reused across cases.
"""
import datetime
import json
import pathlib
import random
import re
import sys
import unicodedata

OUT = pathlib.Path("tests/data/corpus/outsider_m.jsonl")
PREFIX = "OM"

# short key: (school name, school_id, default recipient)
SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4611", "bpd/district-b2"),
    "MPTV": ("Madison Park Technical Vocational High School", "BPS-4624", "bpd/district-b2"),
    "EBHS": ("East Boston High School", "BPS-4187", "bpd/district-a7"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4532", "bpd/district-b3"),
    "EHS": ("English High School", "BPS-4238", "bpd/district-e13"),
    "EXCEL": ("Excel High School", "BPS-4719", "bpd/district-c6"),
    "BHS": ("Brighton High School", "BPS-4362", "bpd/district-d14"),
    "TBA": ("TechBoston Academy", "BPS-4455", "bpd/district-c11"),
    "MHK8": ("Mission Hill K-8 School", "BPS-4093", "bpd/district-b2"),
    "OBRY": ("John D. O'Bryant School of Mathematics and Science", "BPS-4271", "bpd/district-b2"),
    "CHS": ("Charlestown High School", "BPS-4146", "bpd/district-a15"),
    "SNOW": ("Snowden International School", "BPS-4398", "bpd/district-d4"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4507", "bpd/district-b2"),
    "HEND": ("Henderson K-12 Inclusion School", "BPS-4316", "bpd/district-c11"),
    "MILD": ("Mildred Avenue K-8 School", "BPS-4448", "bpd/district-b3"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4176", "bpd/district-e18"),
    "UMANA": ("Mario Umana Academy", "BPS-4204", "bpd/district-a7"),
    "FRED": ("Lilla G. Frederick Middle School", "BPS-4581", "bpd/district-c11"),
    "DA": ("Dorchester Academy", "BPS-4263", "bpd/district-c11"),
    "MUNIZ": ("Margarita Muñiz Academy", "BPS-4642", "bpd/district-e13"),
    "BIHS": ("Boston International High School & Newcomers Academy", "BPS-4670", "bpd/district-c11"),
    "NMHS": ("New Mission High School", "BPS-4533", "bpd/district-e18"),
    "JQUS": ("Josiah Quincy Upper School", "BPS-4125", "bpd/district-a1"),
    "FENW": ("Fenway High School", "BPS-4339", "bpd/district-d4"),
    "EDISON": ("Edison K-8 School", "BPS-4371", "bpd/district-d14"),
    "CASH": ("Community Academy of Science and Health", "BPS-4490", "bpd/district-e18"),
    "BAA": ("Boston Arts Academy", "BPS-4355", "bpd/district-d4"),
}

CODES = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity", "rel": "religion",
         "nbh": "neighborhood", "lang": "language", "gang": "gang_affiliation", "face": "face_surveillance"}
SPAN = re.compile(r"⟦(imm|nat|eth|rel|nbh|lang|gang|face):(.*?)⟧", re.S)

DENY_REASON = {"deny_recipient": "recipient_not_permitted", "deny_substance": "excluded_substance",
               "deny_ground": "ground_not_permitted", "deny_threat_missing": "missing_threat_statement",
               "deny_face": "face_surveillance", "deny_replica": "other"}
ALLOW_GROUND = {"allow_weapon": "weapon", "allow_drugs": "drugs", "allow_violence": "serious_violence",
                "allow_threat": "credible_threat"}

CASES = []


def C(genre, outcome, sch, name, grade, when, desc, *, loc, ground=None, canaries=(), keep=(), key=None,
      weapon=None, subs=None, threat=None, recipient=None, xs=None, xcats=(), att=None, dow=None):
    """Record one case. desc / threat may hold ⟦code:...⟧ forbidden spans."""
    CASES.append(dict(genre=genre, outcome=outcome, sch=sch, name=name, grade=grade, when=when,
                      desc=desc.strip(), loc=loc, ground=ground or ALLOW_GROUND.get(outcome),
                      canaries=list(canaries), keep=list(keep), key=key, weapon=weapon, subs=subs,
                      threat=threat.strip() if threat else None, recipient=recipient, xs=xs or {},
                      xcats=list(xcats), att=att, dow=dow))

# ----------------------------------------------------------------------------------------------------
# chat_transcript
# ----------------------------------------------------------------------------------------------------
C("chat_transcript", "allow_weapon", "TBA", "Darnell Whitcombe", 10, "2026-03-04 09:40", """
Pasted by AP Rourke from screenshots a classmate turned in; other students shortened to initials.
[3/4 7:52 AM] dwhit_10: yo im bringing the blade today fr
[3/4 7:53 AM] K.L.: bro chill its not that deep
[3/4 7:53 AM] dwhit_10: nah he been talkin since monday
[3/4 7:55 AM] J.M.: ⟦gang:aint he Kettle Row tho, they gonna slide back⟧
[3/4 7:56 AM] dwhit_10: idc
(end of screenshots)
At 9:40 AM SSS Obi and AP Rourke asked Darnell to come to the main office and searched his backpack there. Inside a rolled-up gym shirt they found a black folding knife with a blade of about 3.5 inches. Darnell said he only meant to scare the other boy. ⟦nbh:The SIS lists his home as 14 Verbeck Court in Grove Hall⟧, and his mother was reached by phone at 10:15 AM.
""", loc="TechBoston Academy, main office", weapon="folding knife",
  canaries=["Kettle Row", "Verbeck Court", "Grove Hall"], keep=["black folding knife", "rolled-up gym shirt"],
  key="folding knife", att=[{"kind": "photo", "name": "screenshots_0304.png"}], dow="Wed")

C("chat_transcript", "allow_threat", "EHS", "Yesenia Castellanos", 11, "2026-01-12 07:35", """
Typed by Dean Halvorsen from M.R.'s screenshots, times as shown on her phone:
11:48 PM  yesi.c 💅: u think its funny
11:49 PM  yesi.c 💅: monday im bringing the gun from under my cousins mattress
11:51 PM  mr.__: stop playing
11:52 PM  yesi.c 💅: start w the ones at table 6 in the caf. watch
11:58 PM  mr.__: im telling
12:06 AM  yesi.c 💅: ⟦lang:go ahead my moms dont even speak english she cant do nothing⟧
M.R. brought the screenshots to the dean at 7:35 AM. SSS met Yesenia at the McBride Street entrance and checked her bag; no gun was found. A threat assessment was opened and the lunch seating for table 6 was changed. ⟦imm:Her father asked us not to involve police because his TPS paperwork is still pending⟧.
""", loc="English High School, dean's office",
  threat="""
Between 11:48 PM Sunday and 12:06 AM Monday, Yesenia sent M.R. Snapchat messages saying that on Monday she was "bringing the gun from under my cousins mattress" and would "start w the ones at table 6 in the caf." M.R. took screenshots before the messages disappeared.
""", canaries=["speak english", "TPS paperwork"], keep=["table 6", "McBride Street entrance"], key="cousins mattress", dow="Mon")

C("chat_transcript", "allow_drugs", "BURKE", "Dontae Riggins", 11, "2025-10-22 12:40", """
Discord export, server "burke hoopers", channel #general, forwarded by a parent to Headmaster Ocampo:
[Today at 12:14 PM] lilwop: who got the blues
[Today at 12:15 PM] Tae_: me. 20 a pop. bathroom by the gym after 5th
[Today at 12:15 PM] lilwop: bet
[Today at 12:21 PM] Tae_: ⟦nbh:or pull up to the Larchmere Homes lot after school, im in building C⟧
At 12:40 PM SSS Danvers found Dontae ("Tae_") in the first-floor boys' bathroom next to the gym. He handed over a sandwich bag holding 11 blue pills stamped "M 30". The nurse said pills like these are usually counterfeit oxycodone and often contain fentanyl, so nobody handled them without gloves. The bag was sealed and locked in the main office safe. Dontae's grandmother came to the meeting at 2 PM⟦lang:, with a Kriolu interpreter from the family liaison office on speakerphone⟧.
""", loc="Jeremiah E. Burke High School, first-floor boys' bathroom", subs=["counterfeit pills"],
  canaries=["Larchmere Homes", "Kriolu"], keep=["11 blue pills", "M 30", "main office safe"],
  key="counterfeit oxycodone")

C("chat_transcript", "deny_ground", "MILD", "Kiara Jackson-Bell", 8, "2025-09-29 15:25", """
Instagram DM thread between two 8th graders, printed and handed in by Ms. Sandoval:
09/29 3:02p  kiki.jxn: meet me at the park after dismissal
09/29 3:03p  bree_: ok and??
09/29 3:05p  kiki.jxn: ⟦eth:u always acting brand new bc ur Dominican⟧
09/29 3:06p  bree_: say less
The two girls fought at the edge of the playground at about 3:25 PM. Both had scratches on the face and neck; the nurse cleaned them and neither needed further care. Parents of both girls were called.
""", loc="Mildred Avenue K-8 School, playground", ground="fight", recipient="bpd", canaries=["Dominican"])

C("chat_transcript", "allow_violence", "EDISON", "Ismael Brandt", 8, "2026-02-10 10:03", """
Teams chat between Ms. Abernathy (room 214) and Mr. Quist (room 216), pasted by Principal Lowe with times unchanged:
10:02 Abernathy: can u step out, there's a kid down by the lockers
10:02 Quist: coming
10:03 Abernathy: Ismael punched him and then stomped on his head twice, lots of blood
10:04 Quist: calling nurse + office on the radio
10:06 Abernathy: ⟦lang:the boy who got hurt only speaks Pashto, can someone get Mr. Safi down here⟧
10:09 Quist: EMS at the front door
The injured student (T.A., grade 7) was taken by ambulance to Boston Children's Hospital, where he was treated for a fractured jaw and a concussion. Ismael was brought to the office by Mr. Quist and stayed there until his father arrived.
""", loc="Edison K-8 School, second-floor hallway by the lockers", canaries=["Pashto"],
  keep=["fractured jaw", "stomped on his head"], key="fractured jaw")

C("chat_transcript", "allow_clean", "BAA", "Keshawn Mabry", 10, "2025-11-13 18:18", """
Texts between the theater director, Mr. Ferland, and a student stagehand, copied into the incident form:
6:12 PM Ferland: did someone take the box cutter out of the stage crew kit?
6:14 PM Rory: keshawn has it. he said somebody is waiting on him outside
6:14 PM Ferland: where is he
6:15 PM Rory: Ipswich st doors
Mr. Ferland reached the Ipswich Street doors at 6:18 PM and found Keshawn holding the box cutter with the blade extended, arguing with an older teenager who rode off on a bike. Keshawn gave the box cutter to Mr. Ferland without a struggle. Nobody was cut. The stage crew kit is now kept in the locked booth.
""", loc="Boston Arts Academy, Ipswich Street doors", ground="weapon", weapon="box cutter",
  keep=["stage crew kit", "Ipswich Street doors"], key="box cutter")

C("chat_transcript", "deny_recipient", "DA", "Jahmir Oakes", 11, "2026-04-07 13:10", """
Snapchat group "westside 🥷" as recorded on a staff member's phone (she photographed a student's screen with permission):
1:02 PM  jay.oaks: got the knife on me, say the word
1:03 PM  ricoo: after 6th by the bleachers
1:03 PM  jay.oaks: ⟦gang:Greymoor dont fold, we outside⟧
1:05 PM  ricoo: 💯
SSS searched Jahmir at 1:10 PM and found a kitchen knife with a 6-inch blade taped inside his jacket lining. He was held in the main office until a parent arrived.
""", loc="Dorchester Academy, main office", ground="weapon", weapon="kitchen knife",
  recipient="fbi/boston-field-office", canaries=["Greymoor"])

C("chat_transcript", "allow_weapon", "EXCEL", "Amani Prosper", 9, "2025-12-03 08:31", """
Radio log, SSS channel 2, transcribed by SSS Supervisor Kilgallon:
08:31 SSS-3: front door, scanner alarm on a female student, grey backpack
08:31 Base: copy, hold her at table two
08:33 SSS-3: found a pink keychain canister of pepper spray, about 4 inches
08:34 Base: AP Leung on her way down
08:40 SSS-3: ⟦imm:student says her dad told her to carry it after ICE took her uncle at the bus stop⟧
08:41 Base: copy, keep the canister in the bin
The pepper spray was tagged and locked in AP Leung's office at 8:45 AM. Amani was not accused of using it on anyone; she said she carries it for the walk to school. Her mother picked her up at 11:00 AM.
""", loc="Excel High School, front entrance", weapon="pepper spray", canaries=["ICE took her uncle"],
  keep=["pink keychain canister", "scanner alarm"], key="pepper spray")

C("chat_transcript", "allow_threat", "CHS", "Omar Bellamy", 10, "2026-02-03 21:14", """
Stream export, Google Classroom, Period 3 Biology (teacher Ms. Tran):
Tue 9:14 PM - Omar B.: whoever snitched on me better not come thursday. i got something for the whole bio class, not playing
Tue 9:20 PM - Omar B.: [image: revolver lying on a bedspread] thursday
Tue 9:31 PM - Ms. Tran: Omar, I have removed these posts and I am contacting the school.
Ms. Tran phoned Principal Agyeman at 9:35 PM and saved the revolver photo before deleting the post. Omar was kept home Wednesday while a threat assessment was done. ⟦rel:The counselor reached the family only after evening prayers at their mosque⟧, and ⟦nbh:a home visit was made to their apartment above the laundromat on Quillon Street⟧.
""", loc="Charlestown High School, online class stream (Period 3 Biology)",
  threat="""
At 9:14 PM Omar posted in the Google Classroom stream for Period 3 Biology: "whoever snitched on me better not come thursday. i got something for the whole bio class, not playing." At 9:20 PM he posted a photo of a revolver lying on a bedspread with the caption "thursday".
""", canaries=["mosque", "Quillon Street"], keep=["Period 3 Biology", "revolver photo"], key="revolver", dow="Tue")

C("chat_transcript", "deny_substance", "BHS", "Samuel Greer", 10, "2025-10-09 12:20", """
iMessage group "B lunch", screenshot shared by a student with the dean:
12:01 jojo: who got a pen
12:02 Sammy G: blue razz carts, 25 each, real THC not the fake ones
12:02 jojo: bet
12:03 jojo: ⟦nbh:i stay in Tamsin Gardens too, bldg 4, slide after school⟧
12:03 Sammy G: 👍
Sam had four THC cartridges in a sunglasses case when the dean checked his locker at 12:20 PM.
""", loc="Brighton High School, second-floor lockers", ground="drugs", subs=["THC vape cartridges"],
  canaries=["Tamsin Gardens"])

C("chat_transcript", "allow_weapon", "MILD", "Luis Cardenas", 8, "2026-03-16 07:40", """
Text messages from Luis's mother to his advisor, Ms. Kowalczyk, screenshotted and attached by the advisor:
Sun 10:47 PM: Ms K sorry to bother you late. ⟦lang:My english is not good so my daughter is writing for me⟧.
Sun 10:48 PM: Luis took the pistol from his father closet. It is not in the closet now. He is very angry at a boy from school who pushed his sister.
Sun 10:52 PM: please help us
Mon 6:58 AM Ms. K: Thank you for telling me. I am calling the principal right now.
Principal Eastman and SSS met Luis at the front entrance at 7:40 AM. In the front pocket of his backpack they found an unloaded black pistol, and the magazine was in his left sock. BPD B-3 officers took the pistol. ⟦imm:When the principal called her back, the mother asked twice whether immigration would be told, because the father has no papers⟧.
""", loc="Mildred Avenue K-8 School, front entrance", weapon="firearm",
  canaries=["english is not good", "no papers"], keep=["unloaded black pistol", "left sock"], key="pistol", dow="Mon")

C("chat_transcript", "deny_face", "NMHS", "Tyrese Kinloch", 10, "2025-11-19 14:14", """
Teams messages in the SSS channel, pasted by AP Delacroix:
2:14 PM Guerrero: hallway cam caught the kid who cut Jalen on the 3rd floor
2:15 PM Pike: cant see his face good, hood was up
2:17 PM Guerrero: ⟦face:ran the still through FaceLedger on my phone, 94% match to Tyrese K. in 10th⟧
2:18 PM Pike: send it to AP
Jalen (grade 10) had a 4-inch cut across his left forearm that needed 14 stitches at Boston Medical Center. The blade was not found.
""", loc="New Mission High School, third-floor hallway", ground="serious_violence", recipient="bpd",
  canaries=["FaceLedger", "94% match"],
  att=[{"kind": "face_match", "name": "faceledger_match_0417.png"}, {"kind": "video", "name": "hall_cam_3F_1408.mp4"}])

C("chat_transcript", "allow_violence", "BCLA", "Kendrick Salley", 11, "2026-05-06 15:40", """
Captions from a Snapchat story that circulated Thursday morning, copied by Ms. Osei (the video itself was not forwarded):
frame 1: "he thought it was sweet 😂"
frame 2: "⟦gang:OPB on top, Ossory Place stand up⟧"
frame 3: "free smoke"
The video shows Kendrick kicking a 9th grade student (D.W.) in the head several times while D.W. was on the ground behind the CVS on the corner next to school, just after dismissal on Wednesday. D.W. was taken to Carney Hospital with a fractured eye socket and bleeding on the brain. Kendrick admitted it was him when AP Sutter showed him the stills.
""", loc="Boston Community Leadership Academy, behind the pharmacy next to the school",
  canaries=["OPB", "Ossory Place"], keep=["fractured eye socket", "bleeding on the brain"],
  key="fractured eye socket", dow="Wed")

C("chat_transcript", "allow_clean", "FENW", "Xavier Moncrief", 12, "2026-01-27 11:50", """
Group text between the two lunch aides, Ms. Perla and Mr. Gaines, pasted by the assistant headmaster:
11:41 Perla: the boy in the black Canada Goose jacket keeps going in and out of the bathroom
11:42 Gaines: which one
11:42 Perla: red Jordans, sitting at the window table
11:48 Gaines: he just handed something small to a girl by the vending machine
11:50 Perla: calling AH Brooks
AH Brooks asked Xavier to step into the hall at 11:50 AM. From the inside pocket of his Canada Goose jacket Xavier took out six small knotted baggies of white powder and $212 in cash. A field test by BPD later that day was positive for cocaine. The girl at the vending machine was not identified.
""", loc="Fenway High School, cafeteria", ground="drugs", subs=["cocaine"],
  keep=["Canada Goose jacket", "six small knotted baggies", "red Jordans"], key="cocaine")

# ----------------------------------------------------------------------------------------------------
# bus_report
# ----------------------------------------------------------------------------------------------------
C("bus_report", "allow_weapon", "FRED", "Destiny Knight", 7, "2025-10-15 07:18", """
TRANSPORTATION INCIDENT REPORT (Transdev yard)
Bus: 1147   Route: K-26 AM   Driver: P. Marchetti   Monitor: none that day
Time of incident: 7:18 AM, bus moving, about 10 minutes before arriving at school
What happened (driver's words): Two girls in seat 9 started yelling. I pulled over at the next safe spot and the bigger girl, Destiny, had a steak knife with a wood handle out and was waving it at the other girl. I told her to put it on the front seat and she did. Nobody got cut. ⟦lang:They were going back and forth in Spanish so I couldn't follow what it was about⟧. ⟦nbh:Destiny gets on at the Penfield Court stop right in front of her building⟧.
Action taken: called dispatch, dispatch called the school, AP Moreau met the bus at the curb and took the knife.
""", loc="School bus 1147, route K-26 (morning run)", weapon="knife",
  canaries=["in Spanish", "Penfield Court"], keep=["steak knife with a wood handle", "seat 9"], key="steak knife")

C("bus_report", "allow_violence", "BURKE", "Tyquan Holloway", 10, "2026-01-21 14:52", """
Bus monitor statement (handwritten, typed up by the transportation liaison):
I am the monitor on bus 0822, the late run. At about 2:50 the boy in the back, Tyquan, grabbed a younger boy by the hair and smashed his head into the window three or four times. The window cracked. The younger boy was bleeding from above his eye and was confused, he kept asking where his bag was. I told the driver to stop and I called 911 from the bus. EMS took him to Boston Medical Center. I heard after he had a concussion and 9 stitches. ⟦gang:The other kids on the bus said it was because the younger boy is with the Thornbury Road boys and Tyquan is not⟧. Tyquan got off the bus on his own before police came.
""", loc="School bus 0822 (late run)", canaries=["Thornbury Road"],
  keep=["smashed his head into the window", "9 stitches", "window cracked"], key="concussion")

C("bus_report", "deny_ground", "EBHS", "Nico Pereira", 9, "2025-11-06 15:05", """
Driver's report, bus 3310, afternoon run: Three boys in the last two rows wrote on the seat backs and the ceiling with paint markers during the ride home. I saw it in the mirror and drove the bus back to the school. The largest tags say G4L in silver. ⟦gang:The AP told me G4L is what the Marlowe Terrace crew writes⟧. Damage to five seats and one ceiling panel.
""", loc="School bus 3310", ground="vandalism", canaries=["Marlowe Terrace"])

C("bus_report", "allow_drugs", "UMANA", "Brisa Montalvo", 8, "2026-03-11 07:05", """
Monitor's log, bus 2205, AM run:
7:02 - Student Brisa M. (8th gr) showing pills in her palm to two girls in seat 12.
7:05 - Asked her to hand them over. She gave me a snack bag with 6 white rectangular pills, each with 3 score lines, which she called "bars". She said they were Xanax and that she was selling them at 5 dollars each.
7:06 - Radioed dispatch. Kept the bag in my vest pocket.
7:31 - Handed bag to AP Cardona at the bus loop.
Note: ⟦nat:she told the other girls she just came from Guatemala in August⟧ and ⟦lang:she needs the Spanish-speaking para to explain things in class⟧.
""", loc="School bus 2205 (morning run)", subs=["Xanax"],
  canaries=["Guatemala", "Spanish-speaking para"], keep=["6 white rectangular pills", "3 score lines", "seat 12"],
  key="Xanax")

C("bus_report", "deny_recipient", "CASH", "Rashad Coombs", 11, "2026-02-25 15:10", """
MBTA route 32 bus, as reported by a teacher who was riding it home: a student from our school, Rashad, pulled a small folding knife on another teenager in the back of the bus at about 3:10 PM after an argument about a seat. The other teen got off at the next stop. Nobody was hurt. The teacher recognised Rashad and reported it the next morning. ⟦nbh:Rashad lives on Pellicott Street in Hyde Park⟧.
""", loc="MBTA route 32 bus", ground="weapon", weapon="folding knife", recipient="mbta-transit-police",
  canaries=["Pellicott Street", "Hyde Park"])

C("bus_report", "allow_clean", "DEAR", "Jaylen Pruitt", 9, "2025-09-17 14:35", """
Bus 0419 driver, end-of-run sweep in the bus loop behind the school: under seat 14 I found a red Patriots lunch bag. Inside were a yellow box cutter with the blade taped open, a Visa gift card and a phone charger. The student who sat in seat 14 is Jaylen (he is on my roster and sits there every day). I gave everything to the transportation coordinator, Mr. Ames, at 2:40 PM. When Mr. Ames asked Jaylen about it, he said the box cutter was his and that he carries it because of "some dudes" who have been following him.
""", loc="Dearborn STEM Academy, bus loop", ground="weapon", weapon="box cutter",
  keep=["red Patriots lunch bag", "Visa gift card", "blade taped open"], key="box cutter")

C("bus_report", "allow_weapon", "HEND", "Carline Joseph", 6, "2025-12-09 07:50", """
Bus monitor checklist, bus 1760, AM:
[x] Behaviour incident   [ ] Medical   [ ] Late pickup   [x] Item confiscated
Item: black stun gun, shaped like a small flashlight, makes a crackling sound when the button is pressed
Where: seat 3, Carline was pressing it near another student's arm. No contact, no injury.
Action: item taken by monitor, given to Principal Okwu on arrival at 7:58 AM.
Parent contact: ⟦lang:monitor called home with Language Line in Haitian Creole⟧; ⟦nbh:grandmother came out from the Corliss Gardens building at the stop to talk⟧.
""", loc="School bus 1760 (morning run)", weapon="stun gun",
  canaries=["Haitian Creole", "Language Line", "Corliss Gardens"],
  keep=["shaped like a small flashlight", "crackling sound"], key="stun gun")

C("bus_report", "allow_threat", "JQUS", "Brendan Kwok", 10, "2026-04-14 15:20", """
Driver's written statement, bus 0933, afternoon run: At about 3:20 PM the boy in the third row from the back, Brendan, stood up and said to another boy that tomorrow he was bringing his brother's strap (gun) and shooting up the back of the bus, starting with him. I told him to sit down and he said it again, slower. The other boy moved up front by me. I radioed dispatch and they told me to finish the run. ⟦nbh:Brendan's stop is the last one, at the top of Hollister Terrace where he lives⟧. The school was called at 3:45 PM and AP Fong called the family that evening.
""", loc="School bus 0933 (afternoon run)",
  threat="""
On the bus Brendan told another student, loud enough for the driver to hear: "tomorrow I'm bringing my brother's strap and I'm airing out the whole back of this bus, you first." He repeated it when the driver told him to sit down.
""", canaries=["Hollister Terrace"], keep=["third row from the back", "radioed dispatch"], key="brother's strap")

C("bus_report", "deny_threat_missing", "MPTV", "Deshawn Pettaway", 11, "2025-10-30 07:25", """
Driver's note, bus 1502 AM: student Deshawn said to the monitor "watch what happens at lunch" and made a gun sign with his hand at two boys getting on. ⟦nbh:He boards on Ardwell Street at the corner by his house, near Uphams Corner⟧. Monitor reported to the school at 7:45.
""", loc="School bus 1502 (morning run)", ground="credible_threat",
  canaries=["Ardwell Street", "Uphams Corner"])

C("bus_report", "allow_violence", "BHS", "Connor Breslin", 10, "2026-01-08 16:05", """
Late bus, bus 2281, as reported by the driver and the after-school monitor together: about ten minutes into the run Connor slashed the boy next to him across the cheek with a razor blade he had in a pencil case. The cut ran from the ear to the corner of the mouth and bled a lot; the monitor held gauze on it from the first aid kit until EMS met the bus at the Brighton High School loop. The boy needed 22 stitches at St. Elizabeth's. Connor dropped the razor blade on the floor and it was bagged by the monitor. ⟦rel:The driver added that Connor usually gets off early on Thursdays for Bible study at Mount Carmody Baptist Church⟧.
""", loc="School bus 2281 (late run)", weapon="razor blade", canaries=["Mount Carmody", "Bible study"],
  keep=["22 stitches", "ear to the corner of the mouth", "Brighton High School loop"], key="razor blade")

C("bus_report", "allow_drugs", "EBHS", "Yahir Soto", 10, "2026-05-13 07:10", """
Incident card filled in by the driver of bus 3307 (AM run): while sweeping after drop-off at 7:10 AM I found a small plastic bag behind the last seat on the left with off-white chunks in it, like little rocks, and a burnt glass pipe. The camera shows Yahir sitting there, and him pushing something behind the seat when we pulled in. I gave it to SSS Bernal, who said it looks like crack. ⟦imm:When the AP called home, mom said she can't come to the school because she is undocumented and scared⟧.
""", loc="School bus 3307 (morning run)", subs=["crack cocaine"], canaries=["undocumented"],
  keep=["burnt glass pipe", "off-white chunks"], key="crack")

C("bus_report", "allow_weapon", "MHK8", "Andre Tolliver", 8, "2026-02-26 15:02", """
DRIVER REPORT - BUS 1188 - PM RUN - WRITTEN BY DRIVER D. FURTADO
AT 3:02 PM STUDENT ANDRE T. PUT ON A SET OF BRASS KNUCKLES (GOLD COLOR, 4 FINGER) AND SHOWED THEM TO THE BOYS IN THE BACK SAYING HE WAS GOING TO USE THEM ON SOMEBODY AT THE PARK.
I STOPPED THE BUS AND HE GAVE THEM TO ME. NO ONE HURT.
⟦nbh:HE GETS OFF AT WEXBRIDGE TERRACE BY HIS HOUSE IN EGLESTON SQUARE⟧. I GAVE THE KNUCKLES TO THE MISSION HILL OFFICE THE NEXT MORNING.
""", loc="School bus 1188 (afternoon run)", weapon="brass knuckles",
  canaries=["WEXBRIDGE", "EGLESTON"], keep=["GOLD COLOR, 4 FINGER", "MISSION HILL OFFICE"], key="brass knuckles")

# ----------------------------------------------------------------------------------------------------
# afterschool_report
# ----------------------------------------------------------------------------------------------------
C("afterschool_report", "allow_weapon", "OBRY", "Tobias Wren", 11, "2025-11-20 17:30", """
Coach's incident report, boys' varsity basketball practice (O'Bryant gym):
After practice ended at 5:15 PM I was closing the locker room and saw Tobias pass something to a JV player. I asked for it. It was a black switchblade, the kind that opens with a button on the side; the blade is about 4 inches. Tobias said he bought it online and was holding it for "protection" on the Orange Line. He was calm and handed it over. ⟦gang:My JV captain told me afterwards that Tobias has been hanging around the Bellhaven Bloc lately and that's why he's nervous⟧. I locked the knife in the athletic office and texted the AD, Coach Jordan, at 5:40 PM.
""", loc="John D. O'Bryant School of Mathematics and Science, gym locker room", weapon="switchblade",
  canaries=["Bellhaven Bloc"], keep=["black switchblade", "opens with a button on the side", "Coach Jordan"],
  key="switchblade")

C("afterschool_report", "allow_clean", "BLA", "Priya Menon", 10, "2026-01-29 16:10", """
After-school robotics (FRC Team 7719, "Iron Jaguars"), written by the mentor Mr. Halloran: during build season a student, Priya, took a handheld taser out of her backpack and triggered it next to the drive-train battery "to test the voltage reader". It arced loudly and several students jumped back. I told her to put it on the bench and took it. She said it belonged to her older sister. Nobody was touched by it. I wrote this up in the room 309 lab at 4:20 PM and brought the taser to the main office.
""", loc="Boston Latin Academy, room 309 robotics lab", ground="weapon", weapon="taser",
  keep=["Iron Jaguars", "drive-train battery", "room 309 lab"], key="taser")

C("afterschool_report", "deny_ground", "SNOW", "Elijah Marsh", 9, "2026-03-05 16:45", """
After-school tutoring program (Room 112): a school Chromebook and a $50 Visa gift card from the raffle box went missing during the 4-5 PM session. The program assistant saw Elijah put the gift card in his sock. He returned the card; the Chromebook was found in his locker. ⟦imm:The program coordinator added that the family's tourist visa ran out last year and they are afraid of any police contact⟧.
""", loc="Snowden International School, room 112", ground="theft", canaries=["tourist visa"])

C("afterschool_report", "allow_violence", "DA", "Kofi Ward", 10, "2025-10-02 16:30", """
After-school soccer program report (field behind the school), written by Coach Abreu:
During a scrimmage at about 4:30 PM Kofi and another player (S.L., grade 9) started shoving after a hard tackle. Kofi pulled one of the metal corner-flag stakes out of the ground and swung it, hitting S.L. on the side of the head. S.L. fell and did not get up right away. I called 911; Boston EMS took him to Boston Medical Center, where he was found to have a skull fracture. Kofi stayed on the bench with my assistant until his father arrived. ⟦nat:The father, who moved here from Ghana two years ago, was upset and kept apologising⟧.
""", loc="Dorchester Academy, athletic field", canaries=["Ghana"],
  keep=["metal corner-flag stakes", "skull fracture"], key="skull fracture")

C("afterschool_report", "allow_drugs", "MUNIZ", "Valeria Quintero", 11, "2026-02-12 15:50", """
Report from the after-school homework club (Room 204): at 3:50 PM a staff member saw Valeria open a small pill bottle and hand capsules to two other students. When asked, she gave the bottle to the staff member. Inside were 9 clear capsules filled with a tan crystal powder. Valeria said it was "molly" and that she had bought it for a party on Saturday. The bottle was taken to the main office and logged at 4:05 PM. ⟦lang:Because she is in the SEI Spanish strand, the conversation with her was done by Ms. Ortega⟧.
""", loc="Margarita Muñiz Academy, room 204", subs=["MDMA"], canaries=["SEI Spanish"],
  keep=["9 clear capsules", "tan crystal powder"], key="molly")

C("afterschool_report", "allow_threat", "DEAR", "Imani Fonseca", 10, "2026-04-29 17:10", """
Dance team coach's report: the spring showcase is May 8. At 5:10 PM in the auxiliary gym Imani said to a teammate that if the teammate got the solo she would cut her face at the showcase, and that she already had a blade in her makeup bag. The coach asked Imani to open the makeup bag; it held a single-edge razor blade wrapped in a tissue. The coach kept the razor blade and called the AP. The teammate's parent has asked for a no-contact plan. ⟦nbh:Imani's emergency card gives her address as 7 Trevane Court in Codman Square⟧.
""", loc="Dearborn STEM Academy, auxiliary gym",
  threat="""
At dance team practice Imani told a teammate, in front of two others: "if she gets my solo I'm cutting her face at the showcase, I already got the blade in my makeup bag." She said it twice and laughed when the coach asked her to repeat it.
""", canaries=["Trevane Court", "Codman Square", "Cabo Verdean"], xs={"ethnicity": "Cabo Verdean"},
  xcats=["ethnicity"], keep=["auxiliary gym", "single-edge razor blade"], key="razor blade")

C("afterschool_report", "deny_substance", "BURKE", "Lamar Whitfield", 12, "2025-12-11 16:20", """
After-school SAT prep (Room 118): Lamar was drinking from a Poland Spring bottle that smelled strongly of liquor; the tutor checked it and it was brown, later identified as Hennessy. Lamar was unsteady and slurring. The nurse saw him at 4:30 PM. ⟦nbh:His aunt picked him up and said they live at the Bellweather Village apartments on Gannett Road⟧.
""", loc="Jeremiah E. Burke High School, room 118", ground="drugs", subs=["alcohol"],
  canaries=["Bellweather Village", "Gannett Road"])

C("afterschool_report", "allow_weapon", "MPTV", "Reggie Barnwell", 11, "2026-03-18 15:30", """
Culinary arts after-school catering shift, written by Chef-Instructor Lafleur: we were prepping trays of Jamaican beef patties and Cuban sandwiches for the Thursday staff lunch. At about 3:30 PM Reggie and another student argued about the oven schedule. Reggie picked up an 8-inch chef's knife from the station and pointed it at the other student's chest from about two feet away, saying "say something else." I stepped between them and told Reggie to put the knife down; he put it on the cutting board after a few seconds. No one was hurt. Reggie was removed from the kitchen and the knife was secured. ⟦nbh:Reggie's mother later told me on the phone that they just moved into the Halsey Street shelter in Roxbury⟧.
""", loc="Madison Park Technical Vocational High School, culinary kitchen", weapon="chef's knife",
  canaries=["Halsey Street", "Roxbury"], keep=["Jamaican beef patties", "8-inch chef's knife", "cutting board"],
  key="chef's knife")

C("afterschool_report", "allow_violence", "TBA", "Marquis Fuller", 12, "2026-01-15 18:00", """
Evening open gym (community center partnership at the school), written by program director Ms. Gallo: at about 6:00 PM Marquis went to the equipment closet, came back with an aluminum softball bat and hit another participant (E.N., 17) twice across the forearm and once on the back. E.N.'s arm was visibly deformed; EMS took him to the hospital and he had a broken ulna that needed surgery. ⟦gang:The regulars say Marquis goes by "Lil Calloway" because his older brothers run with Calloway Ave⟧. Marquis left through the side door before EMS arrived, still holding the bat.
""", loc="TechBoston Academy, gymnasium", weapon="aluminum bat", canaries=["Calloway"],
  keep=["aluminum softball bat", "broken ulna"], key="broken ulna")

C("afterschool_report", "deny_recipient", "HEND", "Sofia Lund", 8, "2025-10-21 17:45", """
Pickup area, after-school program, 5:45 PM: Sofia sprayed pepper spray at another student's face during an argument at the pickup gate. The other student's eyes were rinsed by the nurse's aide and she recovered. The program contracts with a private security company for the pickup gate and the coordinator is sending them this report.
""", loc="Henderson K-12 Inclusion School, pickup gate", ground="weapon", weapon="pepper spray",
  recipient="keystone-patrol-services", xs={"home_language": "Albanian", "ell": "Y"}, xcats=["language"],
  canaries=["Albanian"])

C("afterschool_report", "deny_replica", "EDISON", "Owen Pacheco", 7, "2026-05-20 11:15", """
Field trip report, 7th grade science walk at Jamaica Pond: at 11:15 AM a chaperone saw Owen showing a black BB gun (CO2 type, looks like a real pistol) to classmates near the boathouse. The teacher took it and put it in her bag. No one was pointed at. ⟦lang:The chaperone who called home had to translate for the mother into Vietnamese⟧.
""", loc="Jamaica Pond, near the boathouse (school field trip)", ground="weapon", weapon="BB gun",
  canaries=["Vietnamese"])

C("afterschool_report", "allow_clean", "EXCEL", "Brayden Moss", 11, "2025-07-16 13:20", """
Summer Learning Academy, afternoon enrichment block, report by the wrestling coach Mr. Yilmaz: the Brazilian jiu-jitsu club was warming up on the mats when Brayden took a set of brass knuckles out of his hoodie pocket and started punching the foam wall pad with them. I stopped the session and asked for them. They are silver, heavy, with spikes on the finger ring. Brayden said he found them in his uncle's car. No one was hit. The knuckles were given to the site coordinator at 1:30 PM.
""", loc="Excel High School, wrestling room (summer program)", ground="weapon", weapon="brass knuckles",
  keep=["Brazilian jiu-jitsu club", "foam wall pad", "spikes on the finger ring"], key="brass knuckles")

# ----------------------------------------------------------------------------------------------------
# nurse_note
# ----------------------------------------------------------------------------------------------------
C("nurse_note", "allow_violence", "JQUS", "Eddie Vo", 9, "2025-10-08 10:50", """
Nurse's office note, 10:50 AM (victim: J.H., grade 9; referred by Mr. Brennan, Geometry):
S: Pt states classmate Eddie stabbed him in the back of the thigh with the point of a metal compass during Geometry, "really hard, like three times". ⟦lang:History taken through the Cantonese phone interpreter, as pt is still learning English⟧.
O: Three puncture wounds, posterior L thigh, deepest approx 1.5 cm, bleeding controlled with pressure. Pt pale, HR 112.
A: Puncture wounds from a sharp instrument; depth of one wound needs evaluation.
P: 911 called at 10:58 AM; EMS transported pt to Tufts Medical Center. Compass given to AP Yuen in a sealed envelope.
""", loc="Josiah Quincy Upper School, nurse's office", canaries=["Cantonese", "still learning English"], keep=["Three puncture wounds", "metal compass"],
  key="puncture wounds")

C("nurse_note", "allow_drugs", "BCLA", "Janelle Ocasio", 10, "2026-03-25 13:05", """
Nurse note 1:05 PM. Pt brought in by two friends from the 3rd floor girls' room, drowsy, slow to answer. Friends state pt took "two percs" she got from someone outside at lunch. Remaining tablet in pt's pencil case: round, light blue, stamped "A 215" on one side. The imprint matches oxycodone 30 mg per the pill identifier. Resp 10, pupils pinpoint. Naloxone 4 mg intranasal given at 1:09 PM with improvement within 3 minutes; EMS called. ⟦imm:Mother arrived and first refused transport because she was worried about her asylum case⟧; she agreed after talking with the principal. Tablet bagged and given to AP Whitley.
""", loc="Boston Community Leadership Academy, nurse's office", subs=["oxycodone"],
  canaries=["asylum case"], keep=["A 215", "Naloxone 4 mg intranasal"], key="oxycodone")

C("nurse_note", "allow_weapon", "SNOW", "Gideon Pratt", 11, "2026-01-06 09:20", """
Nurse's office, 9:20 AM. Pt came in holding a paper towel around his right index finger: superficial 1 cm cut, cleaned and closed with steri-strips. While I was dressing it pt said he cut himself "on the razor" and took out of his jacket a utility razor blade wrapped in electrical tape at one end to make a handle. Pt said he carries it "for the kid who jumped me last week" and that he would use it if that kid came at him again. I kept the blade and called AP Ruiz, who came to the office at 9:30 AM. ⟦nat:Pt mentioned that back in Trinidad nobody would even notice a blade⟧.
""", loc="Snowden International School, nurse's office", weapon="razor blade", canaries=["Trinidad"],
  keep=["steri-strips", "wrapped in electrical tape"], key="razor blade")

C("nurse_note", "allow_violence", "EBHS", "Rodney Paquette", 11, "2025-11-12 12:35", """
Nurse note, 12:35 PM, victim W.C. (grade 10) walked in with SSS after an assault in the cafeteria line. Pt states Rodney swung a padlock inside a sock and hit him in the mouth and on the shoulder. Two upper front teeth broken off at the gumline, lip laceration through to the inside, L shoulder held low and visibly out of place. Suspect dislocation. Ice, gauze, sling; 911 called 12:41 PM. Teeth fragments saved in milk for the dentist. ⟦eth:Per his emergency card pt is Haitian⟧ and his mother was reached at work.
""", loc="East Boston High School, nurse's office", xs={"emergency_contact": {"name": "Marie-Claude Paquette", "relationship": "mother", "language": "Kreyòl ayisyen"}},
  xcats=["language"], canaries=["Haitian", "Kreyòl ayisyen"],
  keep=["padlock inside a sock", "Two upper front teeth"], key="padlock")

C("nurse_note", "deny_substance", "NMHS", "Tiana Brooks", 9, "2026-02-05 11:10", """
Nurse note 11:10 AM: pt giggling, red eyes, dry mouth, HR 118. States she ate "two gummies" from a package labelled 100 mg THC on the way to school. Package in her bag; given to AP. ⟦nbh:Mom picking up from work, they live in the Harrowgate Homes off Blue Hill Ave⟧.
""", loc="New Mission High School, nurse's office", ground="drugs", subs=["cannabis edibles"],
  canaries=["Harrowgate Homes", "Blue Hill Ave"])

C("nurse_note", "allow_clean", "CHS", "Logan Murphy", 10, "2025-12-16 08:55", """
Nurse note 8:55 AM. Pt sent from homeroom after a teacher saw him snorting something off his desk. Pt alert, pupils small, speech slow. Found in his phone case: a folded dollar bill with a pinch of white-beige powder. With gloves on, I tested a tiny amount with a fentanyl test strip from the school's overdose kit, and it was positive. Pt said he "just did a bump" before school. Vitals monitored every 5 min; Narcan kept at bedside, not needed. Pt had eaten Greek yogurt and French toast sticks at breakfast. AP Sweeney took the bill and test strip at 9:20 AM.
""", loc="Charlestown High School, nurse's office", ground="drugs", subs=["fentanyl"],
  keep=["fentanyl test strip", "folded dollar bill", "Greek yogurt"], key="fentanyl")

C("nurse_note", "allow_threat", "MILD", "Jordan Pierce", 7, "2026-03-31 11:30", """
Nurse's office, 11:30 AM: pt came in with a nosebleed after being hit by another student in the stairwell. Bleeding stopped after 10 minutes of pressure. While sitting up pt said he would bring his cousin's gun tomorrow and finish it, and that he knows where it is hidden. Pt was calm and serious, not crying. Nurse informed the principal by phone at 11:42 AM. ⟦nbh:Address from the emergency card for the home visit: 22 Thrushwood Terrace, Mattapan, MA 02126⟧.
""", loc="Mildred Avenue K-8 School, nurse's office",
  threat="""
While holding gauze to his nose in the nurse's office, Jordan said about the boy who hit him: "I'm bringing my cousin's gun tomorrow and I'm going to finish it. He's dead. I know where it's hid." He said it again when the nurse asked him what he meant.
""", canaries=["Thrushwood Terrace", "Mattapan", "02126"], keep=["nosebleed", "stairwell"], key="cousin's gun")

C("nurse_note", "allow_weapon", "DA", "Isaiah Crowder", 10, "2026-04-09 14:05", """
Nurse note, 2:05 PM, victim K.B. (grade 10): two small red burn marks 3 cm apart on L side of neck; pt reports a classmate, Isaiah, pressed a stun gun against her neck in the hallway by room 221. Pt felt a jolt and her arm went numb briefly. No loss of consciousness; arm strength normal by 2:20 PM. Stun gun recovered by SSS from Isaiah's backpack (black, with a wrist strap). ⟦gang:SSS said this is part of a fight between two crews, the Kestrel Court Gang and Dunmore⟧, which K.B. denied.
""", loc="Dorchester Academy, nurse's office", weapon="stun gun", canaries=["Kestrel Court", "Dunmore"],
  keep=["two small red burn marks", "room 221", "wrist strap"], key="stun gun")

C("nurse_note", "deny_ground", "BIHS", "Abdirahman Yusuf", 10, "2025-10-23 13:40", """
Nurse note 1:40 PM: pt involved in a fight in the gym; small abrasion on the right cheek, cleaned; ice pack for a bruised knuckle. ⟦lang:Used the iPad video interpreter for Somali⟧. Pt returned to class at 2:05 PM.
""", loc="Boston International High School & Newcomers Academy, nurse's office", ground="fight",
  canaries=["Somali"])

C("nurse_note", "allow_drugs", "TBA", "Nadia Rahman", 11, "2026-03-03 10:25", """
Nurse's note 10:25 AM. Pt referred by her science teacher for feeling faint. ⟦rel:Pt is fasting for Ramadan and has had no water since before sunrise⟧. BP 98/60. While looking for her inhaler in her pencil case pt dropped a folded lottery ticket; inside was white powder. Pt said it was cocaine she was holding for a friend and begged me not to tell. I kept the lottery ticket in a sealed envelope and gave it to AP Sandoval at 10:45 AM.
""", loc="TechBoston Academy, nurse's office", subs=["cocaine"], canaries=["Ramadan"],
  keep=["folded lottery ticket", "sealed envelope"], key="cocaine")

C("nurse_note", "allow_violence", "BHS", "Wilmer Castillo", 9, "2025-12-04 09:05", """
Nurse note 9:05 AM, victim R.P. (grade 9), carried in by two SSS after being pushed down the main staircase by Wilmer. R.P. fell about 12 steps; L lower leg deformed and very painful, unable to bear weight. Splinted, 911 called 9:08 AM, EMS to St. Elizabeth's; later confirmed broken tibia and fibula. Witness statements collected by AP. Note for the AP: ⟦nat:Wilmer is a newcomer from Honduras since August⟧ and ⟦lang:his mother will need the Spanish interpreter for the meeting⟧.
""", loc="Brighton High School, main staircase", xs={"birth_country": "Honduras"}, xcats=["national_origin"],
  canaries=["Honduras", "newcomer", "Spanish interpreter"], keep=["main staircase", "broken tibia and fibula"],
  key="broken tibia")

C("nurse_note", "allow_weapon", "UMANA", "Kelvin Arroyo", 8, "2026-01-13 13:15", """
Nurse's office, 1:15 PM: pt came in with a scrape on his palm from recess. When he reached into his pocket for a tissue a red Swiss Army knife fell onto the floor, with the largest blade open and locked. Pt said he opened it to "show the kid who keeps messing with me" at recess and that next time he would use it. Knife handed to AP Cardona at 1:25 PM. ⟦imm:Pt asked me not to call the hospital for anything because his family has no Social Security numbers⟧.
""", loc="Mario Umana Academy, nurse's office", weapon="Swiss Army knife",
  canaries=["no Social Security numbers"], keep=["red Swiss Army knife", "largest blade open and locked"],
  key="Swiss Army knife")

# ----------------------------------------------------------------------------------------------------
# referral_form
# ----------------------------------------------------------------------------------------------------
C("referral_form", "allow_weapon", "EXCEL", "Tamika Ruffin", 10, "2025-11-18 10:40", """
STUDENT SUPPORT TEAM - COUNSELING REFERRAL
Referred by: Ms. D. Arceneaux (ELA 10)    Date: 11/18/2025, 10:40 AM
Reason (check all that apply):
[x] Safety concern   [ ] Attendance   [x] Peer conflict   [ ] Grief / loss
[x] Student disclosed a weapon   [ ] Substance use   [ ] Self-harm
⟦lang:[x] English Learner - ELD level 2⟧   ⟦imm:[x] Family immigration stressors⟧
Narrative: During independent reading Tamika showed her tablemate a pink-handled butterfly knife and said she was "going to get" a girl from 4th period at dismissal. I asked her to give it to me and she did. The knife is in a sealed envelope in the counseling office. Tamika said the girl has been posting about her.
""", loc="Excel High School, room 207", weapon="butterfly knife",
  canaries=["ELD level 2", "immigration stressors"], keep=["pink-handled butterfly knife", "4th period"],
  key="butterfly knife", att=[{"kind": "document", "name": "sst_referral_1118.pdf"}])

C("referral_form", "allow_threat", "BURKE", "Dashawn Cole", 11, "2026-02-24 09:15", """
Referral to Student Support / Threat Assessment Team
From: Mr. Whitlock, advisory 11B   Received: 2/24/2026 9:15 AM
Concerns (tick):
☑ Threat to harm others   ☐ Threat to self   ☑ Access to a weapon reported
☐ Bullying victim   ⟦gang:☑ Gang involvement suspected: binder tagged "K-Row"⟧
Details: Dashawn said Friday he would come with his uncle's Glock and shoot the students who jumped him, in the lunchroom. He listed three names. One of those students said Dashawn showed him a photo of a handgun on his phone last week. Advisor kept the class in the room and called the main office.
""", loc="Jeremiah E. Burke High School, advisory room 11B",
  threat="""
In his advisory Dashawn said to the advisor and two students: "Friday I'm coming with my uncle's Glock and the ones that jumped me are getting it in the lunchroom." He named three students. He showed one of them a photo of a handgun on his phone.
""", canaries=["K-Row", "Gang involvement suspected"], keep=["uncle's Glock", "photo of a handgun"], key="Glock")

C("referral_form", "deny_ground", "CASH", "Marcus Delane", 9, "2026-01-22 08:00", """
ATTENDANCE / WELLNESS REFERRAL
Student missed 23 of the last 40 days.
[x] Chronic absence  [x] Family contact attempted 3x  [ ] Medical
⟦nbh:[x] Housing instability - family doubled up with cousins at Ambrose Commons, unit 4B⟧
Referrer asks for a police wellness check to find out where Marcus is during the day.
""", loc="Community Academy of Science and Health, attendance office", ground="truancy",
  canaries=["Ambrose Commons"])

C("referral_form", "allow_drugs", "MPTV", "Kiana Forde", 12, "2025-12-02 11:00", """
SUBSTANCE USE REFERRAL (Student Support Team)
Referred by: Ms. Lowery, school social worker    2 Dec 2025, 11:00
☒ Student in possession of a substance   ☐ Under the influence   ☒ Parent notified
☐ Prior referral on file
⟦rel:☒ Faith leader involved: Pastor Emeka Nwosu of Living Waters Assembly⟧
Summary: A classmate reported that Kiana had "fetty" in her wallet. In the social worker's office Kiana gave up a small zip bag of off-white powder and said it was fentanyl she bought for her boyfriend. The bag was put in a sealed envelope and given to the headmaster at 11:20 AM.
""", loc="Madison Park Technical Vocational High School, social worker's office", subs=["fentanyl"],
  canaries=["Living Waters Assembly", "Pastor Emeka"], keep=["small zip bag of off-white powder", "11:20 AM"],
  key="fentanyl")

C("referral_form", "allow_violence", "SNOW", "Hugo Teixeira", 10, "2026-03-10 12:30", """
COUNSELOR REFERRAL - post-incident
Student: Hugo T.   Referring adult: AP Marchand   Date: 03/10/2026
Incident type:  [ ] verbal   [ ] fight, no injury   [x] assault with injury   [x] object used
Family meeting: ⟦lang:[x] interpreter needed - Portuguese⟧   [ ] transportation needed
What happened: In the courtyard at 12:30 PM Hugo hit another student (A.R., grade 11) with the edge of his skateboard several times after A.R. knocked his phone out of his hand. A.R. has a broken wrist and a fractured cheekbone, per his mother, and is out of school this week. Hugo is suspended pending a hearing. The skateboard is in AP Marchand's office.
""", loc="Snowden International School, courtyard", canaries=["Portuguese"],
  keep=["edge of his skateboard", "fractured cheekbone", "broken wrist"], key="fractured cheekbone")

C("referral_form", "allow_clean", "NMHS", "Aaliyah Dunbar", 11, "2025-10-16 13:50", """
Referral form, Student Support Team (paper, scanned):
Referring staff: Mr. Pineda, math   Time: 1:50 PM
[x] weapon seen or reported   [ ] substance   [x] urgent - same day
[ ] interpreter needed for family (language: ______)
[ ] 504 / IEP on file
Notes: A student told Mr. Pineda that Aaliyah had a gun in the small pocket of her purse. Aaliyah was brought to the office; SSS found a silver .22 revolver, loaded with five rounds, wrapped in a bandana. Aaliyah said she got it from a boyfriend who is not a BPS student and was going to give it back after school. BPD E-18 responded and took the revolver.
""", loc="New Mission High School, main office", ground="weapon", weapon="firearm",
  keep=[".22 revolver", "loaded with five rounds", "bandana"], key="revolver")

C("referral_form", "deny_recipient", "FRED", "Jonah Lacroix", 8, "2026-04-01 10:10", """
Referral (checkboxes as submitted):
[x] Drug possession  [x] Possible distribution  [x] Parent contacted
⟦imm:[x] Undocumented - family requests confidentiality⟧
Jonah had 14 small glassine bags stamped with a blue crown in his locker; the AP believes they hold fentanyl.
""", loc="Lilla G. Frederick Middle School, 2nd floor lockers", ground="drugs", subs=["fentanyl"],
  recipient="dhs/hsi-boston", canaries=["Undocumented"])

C("referral_form", "allow_weapon", "HEND", "Terrell Gaskins", 12, "2026-05-14 08:20", """
COUNSELING REFERRAL (coach-initiated)
Referred by: Coach Bramwell, track & field   Date: May 14, 2026
Check the boxes that apply:
(x) student shared a safety concern    ( ) academic    ( ) attendance
(x) weapon involved    ( ) online threats
⟦nbh:(x) housing: family staying at the Hartwell Family Shelter in Mattapan⟧
Coach's summary: Before first period Terrell told me he has been carrying a gun since someone shot at his cousin, and that it was in his track bag today. I walked him to the office and the AP and SSS opened the track bag: a black 9mm handgun with the serial number scratched off and a loaded magazine in the side pocket. BPD arrived at 8:35 AM and took it.
""", loc="Henderson K-12 Inclusion School, main office", weapon="firearm",
  canaries=["Hartwell Family Shelter", "Mattapan"], keep=["serial number scratched off", "track bag"],
  key="9mm handgun")

C("referral_form", "allow_threat", "BIHS", "Selam Tesfaye", 11, "2025-11-04 14:20", """
THREAT ASSESSMENT SCREENING - referral page
Source of concern: written statement in a class journal (English 11)
Q1. Specific target named?  YES (H., grade 11)
Q2. Specific time/place?  YES (Friday, lunch)
Q3. Means/weapon mentioned?  YES (kitchen knife from home)
Q4. Prior incidents?  NO
⟦lang:Q5. Cultural/linguistic considerations: family speaks Tigrinya, mother needs an interpreter⟧
Counselor note: Selam was seen the same afternoon. She confirmed she wrote it and that she had carried the knife to school "once, to see if anyone checks." Her bag was searched: no knife today. Parent meeting set for tomorrow.
""", loc="Boston International High School & Newcomers Academy, counseling office",
  threat="""
Selam wrote in her journal, which she handed in for English class: "On Friday I will bring the kitchen knife and stab H. in the neck during lunch so she stops laughing at me. I've already put it in my bag once to practice."
""", canaries=["Tigrinya"], keep=["kitchen knife from home", "class journal", "English 11"], key="kitchen knife")

C("referral_form", "deny_threat_missing", "DEAR", "Kai Washington", 9, "2026-02-11 12:00", """
Referral: [x] threat  [ ] weapon seen  [x] student upset
Kai made comments in class that worried the teacher. ⟦eth:The teacher notes the comments were aimed at the Puerto Rican kids in the class⟧. Referral sent to the counselor.
""", loc="Dearborn STEM Academy, room 115", ground="credible_threat", canaries=["Puerto Rican"])

C("referral_form", "allow_violence", "EBHS", "Karim Haddad", 10, "2025-10-28 14:40", """
SST referral after suspension hearing
Checked: ☑ physical aggression with injury  ☑ weapon/object  ☐ substance  ☐ attendance
Summary by AP Contreras: On 10/28 at 2:40 PM in the 2nd floor stairwell, Karim cut another student's upper arm with a box cutter during an argument about a phone. The other student needed 11 stitches and has nerve damage in two fingers. ⟦eth:Karim told the AP the other boy called him a slur because he is Arab⟧. Box cutter recovered from the stairwell trash can.
""", loc="East Boston High School, 2nd floor stairwell", weapon="box cutter",
  xs={"el_status": "Former EL (FLEP)", "home_lang_cd": "ARA-LB"}, xcats=["language"],
  canaries=["Arab", "Former EL (FLEP)", "ARA-LB"], keep=["11 stitches", "nerve damage in two fingers", "stairwell trash can"],
  key="box cutter")

C("referral_form", "allow_drugs", "BLA", "Mason Kilcoyne", 11, "2026-04-16 13:30", """
REFERRAL - Student Support (substance)
[✓] possession   [✓] sharing/selling   [ ] under the influence   [ ] vaping
⟦nat:[✓] recently arrived (under 1 year) - from Ireland⟧
Referring teacher: Ms. Castellano (Chemistry)
Mason had a sheet of small perforated paper squares with a cartoon print in a clear sleeve inside his calculator case; he told a classmate they were "tabs" and offered her one for $10. At the nurse's office he said it was LSD. The sleeve was given to the AP at 1:45 PM.
""", loc="Boston Latin Academy, chemistry lab", subs=["LSD"], canaries=["recently arrived", "Ireland"],
  keep=["perforated paper squares", "calculator case"], key="LSD")

# ----------------------------------------------------------------------------------------------------
# voicemail_transcript
# ----------------------------------------------------------------------------------------------------
C("voicemail_transcript", "allow_weapon", "MUNIZ", "Mateo Gallardo", 10, "2025-10-14 07:55", """
⟦lang:Voicemail to the main office line, left 9:12 PM Monday, transcribed and translated from Spanish by Ms. Reyes (family liaison)⟧:
"Good evening, this is the mother of Mateo, tenth grade. I am calling because tonight I found in his room a big knife, a hunting knife with a black sheath, and he tells me it is for a boy at school who took his phone. I took it from him but I think he has another one. Please check his bag tomorrow. I don't want him to get in trouble, I want him safe. ⟦nbh:We live on Pembrook Way, number 40, the door on the side⟧. Thank you."
Action: SSS checked Mateo's bag at 7:55 AM Tuesday and found a second knife, a 5-inch folding knife with a serrated edge, inside a sneaker box.
""", loc="Margarita Muñiz Academy, main office", weapon="folding knife",
  canaries=["from Spanish", "Pembrook Way"], keep=["hunting knife with a black sheath", "serrated edge", "sneaker box"],
  key="folding knife", dow="Tue")

C("voicemail_transcript", "allow_threat", "DA", "Trevor Haines", 11, "2026-03-03 08:30", """
⟦lang:Voicemail left at 10:40 PM Monday on the counselor's line, in Vietnamese; translation below by the BPS Office of Language Access⟧:
"Hello, I am the father of Minh (grade 11). My son came home shaking. The boy Trevor told him at the bus stop in front of the school that on Thursday he will bring the gun to the talent show rehearsal and shoot him in front of everybody. My son says two weeks ago Trevor showed him a gun in his pants. Please call me back. My son does not want to go to school."
Follow-up: the counselor met Minh at 8:30 AM Tuesday; his account matches the voicemail. Trevor was kept in the office and his locker was searched (nothing found). A threat assessment was opened.
""", loc="Dorchester Academy, counseling office",
  threat="""
According to the voicemail and to the target student, Trevor told him at the bus stop outside school: "You're done. Thursday I'm bringing the gun to the talent show rehearsal and I'm shooting you in front of everybody." The student says Trevor showed him a handgun in his waistband two weeks ago.
""", canaries=["in Vietnamese", "Language Access"], keep=["talent show rehearsal", "bus stop in front of the school"],
  key="bring the gun", dow="Tue")

C("voicemail_transcript", "allow_drugs", "EBHS", "Kayla Monteiro", 9, "2026-01-20 08:10", """
Transcript of a voicemail from Kayla's grandmother, left at 6:50 AM Tuesday. ⟦lang:It was left in Cape Verdean Kriolu; Mr. Barros translated it⟧.
"Good morning. I am the grandmother of Kayla. Last night in her backpack I found a little bag with blue pills, the ones on the news that kill the children, twenty of them maybe. I put the bag back because I was afraid she would run away. Please, please look today. ⟦imm:And please do not tell anyone about our family, we are still waiting for our green cards⟧."
At 8:10 AM the AP and SSS asked Kayla for her backpack. In the inside zip pocket was a plastic bag with 19 blue round pills marked "M" and "30". The pills were secured for BPD.
""", loc="East Boston High School, main office", subs=["fentanyl", "counterfeit pills"],
  canaries=["Kriolu", "green cards"], keep=["19 blue round pills", "inside zip pocket"], key="19 blue round pills",
  dow="Tue")

C("voicemail_transcript", "deny_substance", "BLA", "Gabriel Nunes", 8, "2025-12-10 09:00", """
⟦lang:Voicemail from mother, in Portuguese⟧, ⟦nat:translated by the liaison for Brazilian families⟧: "I found a vape pen in Gabriel's coat, I don't know what is inside, please help me." The AP found the same vape pen in his pocket the next day; contents unknown.
""", loc="Boston Latin Academy, main office", ground="drugs", subs=["vape (unknown content)"],
  canaries=["in Portuguese", "Brazilian"])

C("voicemail_transcript", "allow_violence", "FRED", "Jaquan Rivers", 8, "2025-11-25 15:05", """
⟦lang:Voicemail left on the principal's line at 5:30 PM, in Arabic; summary translated by Mr. Nassar⟧:
The caller is the mother of Y.S. (grade 8). She says her son was attacked after school on the path behind the Frederick by Jaquan, who hit him in the face with a padlock on a chain. Her son has a broken nose and six stitches over his left eyebrow from the emergency room at Boston Medical Center. She says her son is scared to return. ⟦rel:She says she was at the mosque for evening prayer when the school called her⟧, and asks for a call back.
School follow-up: two students confirmed they saw Jaquan swing the chain at 3:05 PM. The chain and lock were not recovered.
""", loc="Lilla G. Frederick Middle School, path behind the building", canaries=["in Arabic", "mosque"], keep=["padlock on a chain", "six stitches over his left eyebrow", "broken nose"],
  key="broken nose")

C("voicemail_transcript", "deny_ground", "BIHS", "Hodan Abdi", 10, "2026-02-03 11:00", """
⟦lang:Voicemail, translated from Somali by the school's family liaison⟧: the mother of a 10th grader says a group of girls, including Hodan, has been posting mean videos of her daughter on TikTok and pulling at her clothes in the hallway. The school is requesting a police report for the bullying.
""", loc="Boston International High School & Newcomers Academy, hallway", ground="bullying",
  canaries=["from Somali"])

C("voicemail_transcript", "allow_weapon", "MILD", "Darius Peña", 8, "2026-04-23 08:15", """
Voicemail on Ms. Grady's classroom line, 7:02 AM, caller is Darius's aunt (transcribed word for word):
"Hi, this is Darius's aunt, Yolanda. I'm sorry, I don't know who else to call. Last night Darius showed his cousin a gun, a real one, a little black one, in his backpack, and he said it was for the boys at the park. I couldn't get it off him. ⟦nat:His mom is back home in Santo Domingo for a funeral⟧ and I don't want to call the cops on my own nephew. Please just check his bag before he hurts somebody. My number is on the sheet."
At 8:15 AM SSS took Darius into the office; a small black semi-automatic pistol, loaded, was in the bottom of his backpack under a hoodie. BPD B-3 took custody of the pistol.
""", loc="Mildred Avenue K-8 School, main office", weapon="firearm", canaries=["Santo Domingo"],
  keep=["small black semi-automatic pistol", "under a hoodie"], key="pistol")

C("voicemail_transcript", "allow_clean", "CHS", "Tyler Bouchard", 9, "2025-09-24 08:05", """
Voicemail from Tyler's grandfather, left on the dean's line at 6:45 AM (transcribed):
"Yeah, hi, it's Ray, Tyler Bouchard's grandfather. Last night I heard him on FaceTime with some kid, showing him a pair of brass knuckles, the heavy kind, and saying he's bringing them to school to settle something at lunch. I looked in his room and couldn't find them. He wears those tan Timberland boots, he might have them in there. Call me back."
At 8:05 AM the dean and SSS checked Tyler's boots and backpack. The brass knuckles were in the left boot, against his ankle. Tyler said he was going to use them on a boy who "jumped" his friend.
""", loc="Charlestown High School, dean's office", ground="weapon", weapon="brass knuckles",
  keep=["on FaceTime", "tan Timberland boots", "in the left boot"], key="brass knuckles")

C("voicemail_transcript", "deny_recipient", "BCLA", "Andres Villalobos", 10, "2026-03-26 09:30", """
⟦lang:Voicemail, in Spanish⟧, from the mother of a 10th grader: she says Andres threatened her son with a knife at the bus stop after school and she wants him reported. ⟦imm:She says Andres and his brother are "sin papeles" and that immigration should take them⟧. Andres was searched the next morning; a 4-inch knife was in his jacket.
""", loc="Boston Community Leadership Academy, main office", ground="weapon", weapon="knife",
  recipient="ice/ero-boston", canaries=["in Spanish", "sin papeles"])

C("voicemail_transcript", "allow_threat", "JQUS", "Cody Lanigan", 10, "2026-05-19 08:00", """
⟦lang:Voicemail left Monday night at 9:55 PM on the main office line, spoken in Mandarin and translated by Ms. Zhou the next morning⟧:
"My son W. is in tenth grade. Today in the locker room a boy named Cody told him that at the field day he will stab him with his father's hunting knife and bring it in the bag for his soccer shoes. My son showed me a photo Cody sent him of the knife in a leather sheath. He is afraid. Please protect him."
The counselor met W. at 8:00 AM and saw the photo of the hunting knife in its leather sheath. Field day is Friday. Cody's parents were called and a threat assessment was started.
""", loc="Josiah Quincy Upper School, counseling office",
  threat="""
According to the target student and the voicemail from his mother, Cody told him in the locker room: "At the field day I'm gonna stab you with my dad's hunting knife, I'll bring it in my cleat bag." He said it twice and sent a photo of the knife in its sheath.
""", canaries=["in Mandarin"], keep=["leather sheath", "field day"], key="hunting knife", dow="Tue")

C("voicemail_transcript", "allow_drugs", "CASH", "Bethany Olsen", 10, "2025-10-07 10:30", """
Voicemail on the nurse's line from Bethany's uncle, left at 7:20 AM. ⟦lang:He spoke partly in Amharic, and Ms. Tadesse from the office helped with the translation⟧.
"This is Bethany's uncle. I am her guardian. In her room I found brown powder in folded papers, six of them, and a needle in a sock. I think it is heroin. She took the bag with her to school today. I am very worried."
At 10:30 AM Bethany was called to the nurse. In her backpack there were five folded wax paper packets of brown powder stamped with a red star, and an unused syringe. The packets were sealed in an evidence bag by the AP.
""", loc="Community Academy of Science and Health, nurse's office", subs=["heroin"], canaries=["Amharic"],
  keep=["folded wax paper packets", "stamped with a red star"], key="heroin")

C("voicemail_transcript", "deny_face", "TBA", "Jamal Hurst", 11, "2026-02-17 14:00", """
Voicemail from a parent, transcribed: "My cousin works for the security company at the mall. ⟦face:He ran the video from the fight through their face recognition program and it came back with the name⟧ Jamal Hurst, so that's who stabbed my son." The school attaches the match printout. The victim has a stab wound to the side and was admitted to Boston Medical Center.
""", loc="TechBoston Academy, main office", ground="serious_violence", recipient="bpd",
  canaries=["face recognition program"], att=[{"kind": "face_match", "name": "mall_security_face_match.pdf"}])

# ----------------------------------------------------------------------------------------------------
# sis_export
# ----------------------------------------------------------------------------------------------------
C("sis_export", "allow_weapon", "EBHS", "Bianca Salcedo", 11, "2025-11-05 13:25", """
Aspen incident record (copied from the conduct screen):
Incident #: 2025-EBHS-0417
Date/Time: 11/05/2025 13:25
Location: 3rd floor, outside room 318
Type: Weapon - knife
Narrative: Teacher Ms. Fadden saw Bianca take a knife out of her boot and open it while arguing with another girl in the hallway. Knife: black folding knife with a clip, blade about 3 inches. Bianca closed it and gave it to Ms. Fadden when told. No injuries.
Action: Suspension pending hearing; knife given to SSS Bernal.
""", loc="East Boston High School, 3rd floor hallway", weapon="folding knife",
  xs={"stu_eth_cd": "HISP-CO", "lep_flg": "Y", "hm_lang": "Spanish (Colombia)", "res_addr1": "88 Dovecote Terr Apt 2",
      "res_zip": "02128-3301", "homeroom": "B214", "iep": "N"},
  xcats=["ethnicity", "language", "neighborhood"],
  canaries=["HISP-CO", "Spanish (Colombia)", "Dovecote Terr", "02128-3301"],
  keep=["outside room 318", "out of her boot"], key="folding knife")

C("sis_export", "allow_drugs", "MPTV", "Trevon Gaither", 11, "2026-02-18 10:10", """
Export from the discipline module (pipe-delimited, one field per row):
FIELD|VALUE
INC_DT|2026-02-18 10:10
INC_LOC|Auto shop bay 2
INC_CODE|DRUG-POSS
ITEM_1|14 small bags of white powder (field test: cocaine)
ITEM_2|3 grams marijuana in a pill bottle
SEIZED_BY|SSS Lavoie
⟦lang:PRNT_LANG|Haitian Creole (interp req)⟧
⟦nbh:PRNT_ADDR|51 Quarrystone St #3, Mattapan⟧
⟦gang:GANG_FLAG|Y - assoc. Fenwick Ave Young Gunnaz⟧
NOTES|Student said the bags were not his. Found in the lower toolbox drawer he uses.
""", loc="Madison Park Technical Vocational High School, auto shop bay 2", subs=["cocaine", "marijuana"],
  canaries=["Haitian Creole", "Quarrystone St", "Mattapan", "Fenwick Ave", "Young Gunnaz"],
  keep=["Auto shop bay 2", "14 small bags of white powder", "lower toolbox drawer"], key="cocaine")

C("sis_export", "allow_violence", "BIHS", "Liban Warsame", 11, "2025-12-17 09:45", """
<conduct_export system="SIS" v="2.3">
<incident id="INC-88213" date="2025-12-17" time="09:45"/>
<location>Gym, bleachers (north side)</location>
<category>ASSAULT-SBI</category>
<narrative>Liban hit another student (grade 10) in the head with a metal folding chair during PE. The student lost consciousness for about a minute and was taken by EMS to Boston Medical Center with a broken collarbone and a concussion.</narrative>
⟦lang:<home_language>Somali</home_language>⟧
⟦nat:<country_of_birth>Kenya</country_of_birth>⟧
⟦imm:<entry_status>refugee (2023)</entry_status>⟧
<action>Emergency removal; parent conference scheduled.</action>
</conduct_export>
""", loc="Boston International High School & Newcomers Academy, gym", canaries=["Somali", "Kenya", "refugee"], keep=["metal folding chair", "broken collarbone", "bleachers (north side)"],
  key="broken collarbone")

C("sis_export", "allow_weapon", "TBA", "Jayden Mercado", 10, "2026-03-24 12:50", """
Pasted from the SIS API log (one JSON object per line):
{"fld": "incident_type", "val": "weapon"}
{"fld": "weapon_desc", "val": "orange box cutter, retractable, blade extended"}
{"fld": "where", "val": "cafeteria, line 2"}
{"fld": "what", "val": "held it up toward another student's face after being cut in line"}
⟦eth:{"fld": "stu_race_eth", "val": "Hispanic/Latino - Puerto Rican"}⟧
⟦nbh:{"fld": "home_zip", "val": "02119"}⟧
{"fld": "injury", "val": "none"}
""", loc="TechBoston Academy, cafeteria", weapon="box cutter",
  canaries=["Hispanic/Latino", "Puerto Rican", "02119"], keep=["orange box cutter", "cafeteria, line 2"],
  key="box cutter")

C("sis_export", "allow_clean", "BLA", "Olivia Whitaker", 9, "2025-10-01 08:10", """
INC_ID: BLA-25-0091
REPORTED_BY: SSS Tavares
TIME: 08:10
LOC: front entrance, metal detector line
ITEM: kitchen paring knife, 3 in blade, wrapped in a napkin, in lunch bag
STU_STMT: "I use it to cut my apples, I forgot it was in there."
DISPO: knife held in the main office; parent called 08:30
PRIOR: none
""", loc="Boston Latin Academy, front entrance", ground="weapon", weapon="knife",
  xs={"homeroom": "117", "locker_no": "C-2204", "counselor": "Mr. Baptiste"},
  keep=["kitchen paring knife", "metal detector line"], key="paring knife")

C("sis_export", "deny_recipient", "BURKE", "Kareem Lowell", 11, "2026-01-14 13:00", """
STUDENT: Lowell, Kareem | GR 11 | INC 2026-01-14 13:00 | Loaded .380 pistol found in his coat in the 2nd floor coat room by SSS.
""", loc="Jeremiah E. Burke High School, 2nd floor coat room", ground="weapon", weapon="firearm",
  recipient="bpd/gang-database",
  xs={"gang_assoc": "Thornbury Road (associate, per SSS)",
      "home_addr": {"street": "12 Cullinane Way", "city": "Boston", "zip": "02121"}},
  xcats=["gang_affiliation", "neighborhood"], canaries=["Thornbury Road", "Cullinane Way", "02121"])

C("sis_export", "allow_threat", "CHS", "Liam O'Donoghue", 11, "2026-03-12 10:00", """
Record pulled from the SIS incident screen (fields as shown):
Incident: THREAT / WEAPON ACCESS
Reported: 03/12/2026 10:00 by Asst. Headmaster Vance
Summary: Three students showed the AH a group chat in which Liam said he would bring "the Beretta" from his father's safe and shoot Mr. Keane and the students in room 204. The chat included a photo of a pistol inside an open gun safe. Liam was removed from class at 10:05 AM. His father confirmed by phone that he owns a Beretta pistol and that it is in a safe Liam has the code to.
Status: Threat assessment open. Police notified.
""", loc="Charlestown High School, room 204",
  threat="""
In a group chat Liam wrote: "tomorrow I'm bringing the Beretta from my dad's safe and I'm doing what I said to Mr. Keane and everyone in room 204." He then sent a picture of a pistol in an open gun safe.
""", xs={"demographics": {"race_eth_code": "W-IRL", "birthplace": {"city": "Ballincollig", "country": "Ireland"}},
        "lang": {"home": "Irish Gaelic", "el": False}},
  xcats=["ethnicity", "national_origin", "language"], canaries=["W-IRL", "Ballincollig", "Ireland", "Irish Gaelic"],
  keep=["room 204", "open gun safe"], key="Beretta")

C("sis_export", "allow_drugs", "HEND", "Naomi Celestin", 12, "2025-11-21 09:40", """
Conduct record (copied from the SIS conduct tab):
Event: Drugs - possession with intent
When: Fri 11/21/2025 09:40
Where: Girls' locker room, row C
Details: Gym teacher found a glass pipe and a small bag of clear shard-like crystals in Naomi's gym bag when returning a towel. Naomi said the crystals were "ice" (methamphetamine) that she was holding for her boyfriend, and that she had sold some to another student last week. Items secured in the AP's safe.
""", loc="Henderson K-12 Inclusion School, girls' locker room", subs=["methamphetamine"],
  xs={"contacts": [{"rel": "mother", "name": "Roseline Celestin", "lang": "Haitian Creole", "needs_interp": True,
                    "addr": "30 Larkspur Ter, Hyde Park"},
                   {"rel": "aunt", "name": "Jocelyne Pierre", "phone": "617-555-0148"}]},
  xcats=["language", "neighborhood"], canaries=["Haitian Creole", "Larkspur Ter", "Hyde Park"],
  keep=["shard-like crystals", "row C"], key="methamphetamine", dow="Fri")

C("sis_export", "deny_substance", "BHS", "Colin Ferris", 11, "2026-04-08 11:15", """
stu: Ferris, Colin
inc: 04/08/26 11:15, courtyard
sub: marijuana, approx 2 g in a grinder + 1 pre-roll
⟦nbh:res: Allston, Tesserton Ct (per enrollment)⟧
disp: confiscated, parent notified
""", loc="Brighton High School, courtyard", ground="drugs", subs=["marijuana"],
  canaries=["Tesserton Ct", "Allston"])

C("sis_export", "allow_weapon", "EXCEL", "Rafael Matos", 10, "2026-01-28 11:05", """
Behavior log entry (SIS, free-text field as entered by SSS Monahan):
1/28 11:05 - student Rafael M. swinging a black expandable steel baton in the 2nd floor hallway near the water fountain, extended to full length (~21 in). Struck a locker door, dented it. Did not hit anyone. Baton taken, collapsed, bagged. Student stated "it's for the train." AP Dwyer notified 11:10.
""", loc="Excel High School, 2nd floor hallway", weapon="expandable baton",
  xs={"flags": ["ELL-2", "SIFE", "gang-watch"], "sped": "N", "homeroom": "206"},
  xcats=["language", "gang_affiliation"], canaries=["ELL-2", "gang-watch"],
  keep=["expandable steel baton", "dented it"], key="baton")

C("sis_export", "allow_violence", "DEAR", "Marcus Yeboah", 10, "2025-12-10 14:15", """
CSV export, transposed (column,value):
column,value
incident_id,DEAR-2025-311
incident_time,2025-12-10 14:15
location,"Stairwell C, landing between 2nd and 3rd floor"
offense,Assault w/ dangerous weapon
weapon,"scissors (classroom, 8 in)"
victim_injury,"stab wound to upper back, 2 cm deep; transported to Boston Medical Center"
⟦nat:birth_country,Nigeria⟧
⟦lang:home_lang,Yoruba⟧
⟦nbh:home_street,Ollerton St⟧
staff_witness,Mr. Alves (science)
""", loc="Dearborn STEM Academy, stairwell C", canaries=["Nigeria", "Yoruba", "Ollerton St"], keep=["Stairwell C", "stab wound to upper back"], key="scissors")

C("sis_export", "allow_threat", "BCLA", "Kevin Nguyen", 9, "2026-02-26 13:30", """
Discipline referral as it prints from the old SIS (abbreviations as printed):
STU NM: NGUYEN, KEVIN    GR: 09    HR: 112
⟦lang:HL: Viet.    LEP: Y (ELD 3)⟧
⟦nbh:ADDR: 9 Quenwell Pl #2 / DOR 02122⟧
INC: 02/26/26 1330  RM 306 (CHEM)
DESC: STU STATED TO LAB PARTNER HE WILL BRING KNIFE FROM HOME MON & CUT NAMED STUDENT (T.). LAB PARTNER REPORTED SAME PERIOD. STU ADMITTED STATEMENT, SAID "I WAS MAD". NO WEAPON FOUND IN BAG/LOCKER.
ACT: THREAT ASSESSMENT OPENED, PARENT CONF REQ
""", loc="Boston Community Leadership Academy, room 306",
  threat="""
Kevin told his lab partner during Chemistry: "I swear I'm bringing a knife Monday and I'm cutting Tommy, I already picked which one from the kitchen." The lab partner reported it the same period.
""", canaries=["Viet", "ELD 3", "Quenwell Pl", "02122"], keep=["RM 306 (CHEM)", "NO WEAPON FOUND IN BAG/LOCKER"],
  key="BRING KNIFE FROM HOME")

C("sis_export", "deny_ground", "MPTV", "Rashawn Tillery", 11, "2026-03-04 09:00", """
Export: gang_intel_summary.csv (school copy)
row 1: student seen throwing hand signs in the cafeteria with two others, 3/4 9:00
row 2: ⟦gang:listed as confirmed Harwick Street Boyz since 2025⟧
Request: share with police for their records.
""", loc="Madison Park Technical Vocational High School, cafeteria", ground="gang_activity",
  xs={"gang_status": "confirmed - Harwick Street Boyz"}, xcats=["gang_affiliation"],
  canaries=["Harwick Street Boyz"])

C("sis_export", "allow_weapon", "SNOW", "Ines Caldeira", 10, "2026-05-05 12:20", """
incident:
  reported_by: Ms. Gould (Spanish 3 teacher)
  time: 12:20
  where: Snowden library, back table
  what: >
    Ines took a karambit (curved blade with a finger ring) out of her tote bag and held it
    against the table while telling another girl to "say it again." Ms. Gould asked for it
    and Ines handed it over closed. Nobody was hurt.
  item_location: locked drawer, main office
  notes: student says she bought it at a flea market
""", loc="Snowden International School, library", weapon="karambit knife",
  xs={"ethnicity": "Cape Verdean / Black",
      "address": {"line1": "19 Ossington Ct", "neighborhood": "Dorchester - Bowdoin/Geneva"},
      "religion": "Catholic (Igreja Nossa Senhora)"},
  xcats=["ethnicity", "neighborhood", "religion"],
  canaries=["Cape Verdean", "Ossington Ct", "Bowdoin/Geneva", "Catholic"],
  keep=["karambit", "Spanish 3 teacher", "finger ring"], key="karambit")

# ----------------------------------------------------------------------------------------------------
# obfuscated
# ----------------------------------------------------------------------------------------------------
C("obfuscated", "allow_weapon", "BURKE", "Julian Batista", 10, "2025-10-20 08:45", """
AP Ocampo's note, typed on her phone and pasted in: at 8:45 AM SSS found a silver pocket knife with a 3-inch blade in the side pocket of Julian's backpack during the morning bag check. Julian said he needed it because older boys have been waiting for him after school. ⟦eth:His mom said on the phone that the whole family is D\u043eminic\u0430n and that the older boys pick on them for it⟧. Knife in the main office safe.
""", loc="Jeremiah E. Burke High School, main entrance", weapon="pocket knife",
  canaries=["D\u043eminic\u0430n", "minic"], keep=["silver pocket knife", "morning bag check"], key="pocket knife")

C("obfuscated", "allow_violence", "EHS", "Kervens Noel", 11, "2026-01-23 12:10", """
Written by Mr. Dube, 5th period: at 12:10 PM in the cafeteria Kervens threw a full glass bottle of juice at another student from about ten feet. It hit him above the right ear; he was bleeding heavily and was taken by EMS to Brigham and Women's, where he was treated for a fractured orbital bone and a deep scalp laceration. ⟦eth:Witnesses said the argument started when the other boy mocked Kervens for being \u0397aiti\u0430n⟧. Kervens stayed in the cafeteria until SSS arrived.
""", loc="English High School, cafeteria", canaries=["\u0397aiti\u0430n"], keep=["full glass bottle of juice", "deep scalp laceration"], key="glass bottle")

C("obfuscated", "allow_drugs", "SNOW", "Bia Cardoso", 11, "2026-03-19 14:00", """
Note from the 7th-period teacher, who typed part of it with the full-width keyboard setting still on: Bia passed a small bag of pink pressed pills shaped like skulls to another student during class. When asked, she handed over the bag: 12 pills. She said they were ecstasy. ⟦lang:ＥＬＬ ｓｔｕｄｅｎｔ，ｈｏｍｅ ｌａｎｇｕａｇｅ Ｐｏｒｔｕｇｕｅｓｅ⟧. Pills given to AP at 2:10 PM.
""", loc="Snowden International School, room 402", subs=["MDMA"],
  canaries=["Portuguese", "ELL student"], keep=["pink pressed pills shaped like skulls", "12 pills"], key="ecstasy")

C("obfuscated", "allow_weapon", "FRED", "Brayan Chitay", 7, "2025-11-10 10:20", """
Counselor's note: during 3rd period Brayan pulled a small kitchen knife with a green plastic handle from his hoodie and poked a classmate's hand with the tip, not breaking the skin. The teacher took the knife. ⟦nat:Brayan told me his family came from Guate\u200bmala last spring and that kids call him names⟧. Knife given to the AP.
""", loc="Lilla G. Frederick Middle School, room 108", weapon="kitchen knife",
  canaries=["Guate\u200bmala", "Guate"], keep=["green plastic handle", "3rd period"], key="kitchen knife")

C("obfuscated", "allow_threat", "BIHS", "Ayaan Farah", 10, "2026-02-09 09:30", """
Dean's summary: a student showed the dean Ayaan's Instagram story at 9:30 AM. The story said he would bring "the strap" tomorrow and make an example of three students, with a picture of a handgun on a car seat. The dean saved a screen recording. ⟦eth:Other students say he has been targeted for being S.o.m.a.l.i, spelled that way in the comments to get past filters⟧.
""", loc="Boston International High School & Newcomers Academy, dean's office",
  threat="""
Ayaan posted on his Instagram story: "tmrw im bringing the strap to school and making an example out of the 3 of them, no more talking." The story showed a handgun on a car seat.
""", canaries=["S.o.m.a.l.i"], keep=["handgun on a car seat", "screen recording"], key="handgun")

C("obfuscated", "allow_drugs", "NMHS", "Deja Fontaine", 12, "2025-12-12 13:15", """
Typed by the AP from the student's written statement, copied exactly including the spacing she used: "I had the fent in a folded foil in my wallet because a dude asked me to hold it. I did not sell none. ⟦nbh:I live in M a t t a p a n by the tracks and he is from there too⟧." SSS opened the foil in the office: off-white powder, about the size of a sugar packet. Field test positive for fentanyl. Wallet and foil sealed at 1:15 PM.
""", loc="New Mission High School, main office", subs=["fentanyl"],
  canaries=["M a t t a p a n"], keep=["folded foil", "size of a sugar packet"], key="fentanyl")

C("obfuscated", "allow_weapon", "MPTV", "Jerome Castle", 10, "2026-04-02 11:00", """
AP notes: at 11:00 AM SSS recovered a black Glock 19 handgun, unloaded, with a loaded magazine separate, from above a ceiling tile in the 2nd floor boys' bathroom after a student tip. The hallway camera shows only Jerome entering that bathroom between 10:40 and 11:00 AM, and Jerome admitted the gun was his. ⟦gang:His Instagram bio says "K3ttl3 R0w 4L1F3" and the tip said he carries for them⟧.
""", loc="Madison Park Technical Vocational High School, 2nd floor boys' bathroom", weapon="firearm",
  canaries=["K3ttl3 R0w"], keep=["ceiling tile", "loaded magazine separate"], key="Glock 19")

C("obfuscated", "allow_violence", "CASH", "Jordy Almonte", 10, "2026-01-07 15:20", """
After school at 3:20 PM Jordy and another boy fought on the sidewalk in frount of the school. Jordy pulled a peice of rebar from the construction fence and hit the other boy on the knee and the hand. The boy could'nt stand up; at the hospital they said his kneecap is fractured and two fingers are broke. ⟦imm:Jordy's uncle who came to pick him up said the family is undocumentd and begged us not to call anyone⟧. The rebar was left at the scene and SSS picked it up.
""", loc="Community Academy of Science and Health, sidewalk in front of the school", canaries=["undocumentd"], keep=["peice of rebar", "kneecap is fractured"], key="rebar")

C("obfuscated", "allow_weapon", "EBHS", "Ever Mejía", 9, "2025-12-01 10:40", """
From the 2nd period teacher, Mr. Laskowski: Ever had a folding knife open under his desk and was scratching the desk with it. When I asked, he said he brings it because a kid threatened him on the Blue Line. I took it and sent him to the office with SSS. ⟦nat:The other kids call him "el catracho" and he told me he's Hondureño⟧. The knife has a wooden handle and a 3-inch blade.
""", loc="East Boston High School, room 221", weapon="folding knife",
  canaries=["catracho", "Hondureño"], keep=["scratching the desk", "wooden handle"], key="folding knife")

C("obfuscated", "allow_drugs", "DA", "Keyla Gomes", 11, "2026-03-02 12:00", """
Lunch aide statement: at noon Keyla was handing out small round white pills from an Advil bottle at table 4. A student told the aide they were "oxy 30s". The aide took the bottle; the 8 pills inside are stamped "K9" and do not match Advil. ⟦eth:Keyla said the other girls only go after her because she's Cape\u00adVerdean⟧. Bottle given to AP Feeney.
""", loc="Dorchester Academy, cafeteria", subs=["oxycodone"],
  canaries=["Cape\u00adVerdean", "Verdean"], keep=["Advil bottle", "table 4"], key="oxy 30s")

C("obfuscated", "allow_threat", "MHK8", "Stanley Pierre-Louis", 8, "2026-04-28 10:15", """
Recess monitor's report (she writes partly in French; typed as written): At 10:15 AM Stanley told three classmates he would bring his uncle's gun on Friday and shoot Mr. Kelleher. At lunch he said it again to two other students. He seemed calm and said "you'll see." Mr. Kelleher was informed. Note de la surveillante : ⟦eth:la famille est hai\u0308tienne⟧, ⟦lang:la mère ne parle que créole, il faut un interprète pour la réunion⟧.
""", loc="Mission Hill K-8 School, schoolyard",
  threat="""
Stanley told a group of classmates at recess: "on Friday I'm bringing my uncle's gun and shooting Mr. Kelleher and whoever is standing with him." He repeated it to a second group at lunch.
""", canaries=["hai\u0308tienne", "que créole", "un interprète"], keep=["his uncle's gun", "two other students"],
  key="uncle's gun")

C("obfuscated", "allow_weapon", "OBRY", "Nathaniel Boateng", 12, "2025-10-29 14:30", """
SSS report: at 2:30 PM Nathaniel activated a handheld taser in the 4th floor hallway to scare a group of freshmen; it sparked loudly. He handed it over after a minute. It is black with a yellow safety switch. ⟦nbh:He told SSS "come find me in R-O-S-L-I-N-D-A-L-E if you want it back"⟧. Taser held in the AP's office.
""", loc="John D. O'Bryant School of Mathematics and Science, 4th floor hallway", weapon="taser",
  canaries=["R-O-S-L-I-N-D-A-L-E"], keep=["yellow safety switch", "4th floor hallway"], key="taser")

C("obfuscated", "deny_ground", "EXCEL", "Tiago Reis", 10, "2026-02-13 10:00", """
Staff concern: Tiago has been seen taking photos of the side doors. ⟦imm:A classmate wrote on his desk "n0 p4p3rs" and says Tiago told her his dad has none⟧. Requesting that police look into it.
""", loc="Excel High School, side doors", ground="suspicious_behavior", canaries=["n0 p4p3rs"])

C("obfuscated", "allow_violence", "BHS", "Dmitri Volkov", 11, "2026-03-13 13:40", """
Written by the gym teacher, Ms. Karimi: at 1:40 PM in the weight room Dmitri dropped a 25-pound plate on another student's foot on purpose after an argument, then kicked him while he was on the floor. The other student's foot has three broken metatarsals and he is in a cast. ⟦nbh:Dmitri lives at H\u0430lliw\u0435ll G\u0430rd\u0435ns, building 2, according to the emergency card⟧. Dmitri was suspended pending a hearing.
""", loc="Brighton High School, weight room", canaries=["H\u0430lliw\u0435ll G\u0430rd\u0435ns"], keep=["25-pound plate", "three broken metatarsals"],
  key="broken metatarsals")

C("obfuscated", "deny_recipient", "DEAR", "Alejandro Ruiz", 11, "2026-04-15 08:20", """
Fentanyl pills (30) found in Alejandro's backpack at morning entry. ⟦imm:Staff heard he is "ilegal" and crossed at the b\u03bfrder last year⟧.
""", loc="Dearborn STEM Academy, main entrance", ground="drugs", subs=["fentanyl"], recipient="cbp",
  canaries=["ilegal", "b\u03bfrder"])

C("obfuscated", "allow_weapon", "UMANA", "Nayeli Garza", 8, "2026-05-27 09:10", """
SSS note: pepper spray canister (red, 'Sabre' brand, about the size of a lipstick) found in Nayeli's pencil case at 9:10 AM after she threatened to spray a classmate in the face during homeroom. No spray was released. ⟦gang:Her notebook cover says ＢＥＬＬＨＡＶＥＮ in big letters and other students say her brother is in it⟧. Canister logged and locked.
""", loc="Mario Umana Academy, homeroom 8B", weapon="pepper spray",
  canaries=["Bellhaven"], keep=["'Sabre' brand", "size of a lipstick"], key="pepper spray")

# ----------------------------------------------------------------------------------------------------
# euphemism
# ----------------------------------------------------------------------------------------------------
C("euphemism", "allow_weapon", "BURKE", "Marvin Oduya", 10, "2025-09-30 12:15", """
AP Ocampo: at 12:15 PM a lunch aide saw Marvin slip a knife into his waistband in the courtyard. SSS recovered a 6-inch fixed-blade knife in a cardboard sheath. Marvin said he was going to "handle" a boy from another school at dismissal. ⟦imm:His aunt, who came in, said she is afraid because Marvin's papers aren't straight yet and he's been told to stay out of trouble⟧. Knife held for BPD.
""", loc="Jeremiah E. Burke High School, courtyard", weapon="fixed-blade knife",
  canaries=["papers aren't straight"], keep=["fixed-blade knife in a cardboard sheath"], key="fixed-blade knife")

C("euphemism", "allow_violence", "MUNIZ", "Yamilet Rosario", 10, "2026-01-09 11:20", """
Dean's report: at 11:20 AM in the 2nd floor girls' bathroom Yamilet hit another girl repeatedly with a hot curling iron she had in her bag, on the neck and arm. The other girl has second-degree burns on her neck and forearm and was taken to Boston Children's. ⟦nat:Yamilet told the dean "yo soy de Quisqueya, nobody disrespects my mother"⟧. The curling iron was unplugged from the outlet and bagged.
""", loc="Margarita Muñiz Academy, 2nd floor girls' bathroom", canaries=["Quisqueya"], keep=["second-degree burns", "curling iron"], key="curling iron")

C("euphemism", "allow_drugs", "EBHS", "Walter Cruz", 11, "2026-02-27 10:05", """
SSS Bernal: during a locker search (with the AP, after a tip) at 10:05 AM we found in Walter's locker a makeup bag with 9 folded paper packets of white powder and a small digital scale. Walter said it was cocaine and that an older guy pays him to hold it. ⟦nat:The tip came from a student who said "the Salvi kid" was selling⟧. Items secured.
""", loc="East Boston High School, 3rd floor lockers", subs=["cocaine"], canaries=["Salvi kid"],
  keep=["small digital scale", "9 folded paper packets"], key="cocaine")

C("euphemism", "allow_threat", "EXCEL", "Tommy Vuong", 10, "2025-10-10 14:00", """
Teacher report (Ms. Abate): at about 2:00 PM after 6th period a student showed me a photo of the whiteboard in room 211 with a message in Tommy's handwriting saying he would bring his dad's gun Monday and that everyone who laughed would pay. Tommy admitted writing it. ⟦nat:He said the others keep calling him "fresh off the boat" and imitating his accent⟧. The board was erased by the custodian before I saw it, but the photo is attached.
""", loc="Excel High School, room 211",
  threat="""
Tommy wrote on the whiteboard in room 211 after class: "Monday I bring my dad's gun, everybody who laughed is gonna pay" and signed it. A student photographed it before it was erased.
""", canaries=["fresh off the boat", "imitating his accent"], keep=["room 211", "photo of the whiteboard"],
  key="dad's gun", att=[{"kind": "photo", "name": "whiteboard_room211.jpg"}])

C("euphemism", "allow_weapon", "BCLA", "Dariel Ortiz", 9, "2026-03-17 07:50", """
Principal's report: a parent called at 7:40 AM to say her son saw Dariel with a gun on the 32 bus. At 7:50 AM SSS met Dariel at the entrance; in his backpack was a black revolver with four rounds in the cylinder, wrapped in a towel. Dariel said a friend gave it to him to hold. ⟦imm:His mother told the principal she can't come in because she's "still waiting on her green card interview"⟧. BPD E-18 took the revolver at 8:10 AM.
""", loc="Boston Community Leadership Academy, main entrance", weapon="firearm",
  canaries=["green card interview"], keep=["four rounds in the cylinder", "wrapped in a towel"], key="revolver")

C("euphemism", "deny_ground", "UMANA", "Jefferson Lara", 8, "2025-11-17 09:00", """
A teacher is worried about Jefferson's family. ⟦imm:Jefferson says his family crossed at the border last spring and has a court date with the judge in March⟧. The teacher wants to know whether police can check on their case.
""", loc="Mario Umana Academy, room 310", ground="immigration_inquiry",
  canaries=["crossed at the border", "court date with the judge"])

C("euphemism", "allow_weapon", "TBA", "Khalil Sutton", 11, "2026-01-26 13:35", """
AP Rourke: at 1:35 PM during a hallway sweep SSS found a double-edged dagger in a leather sheath clipped inside Khalil's waistband. Khalil said he has carried it since he got robbed on the train last month. ⟦nbh:He stays in the Bury with his grandmother⟧. No one was threatened with it today.
""", loc="TechBoston Academy, 3rd floor hallway", weapon="dagger", canaries=["in the Bury"],
  keep=["double-edged dagger", "leather sheath"], key="dagger")

C("euphemism", "allow_violence", "DA", "Jaylin Burrell", 10, "2025-12-08 15:10", """
Dorchester Academy AP statement: right after dismissal at 3:10 PM, on the sidewalk in front of the school, Jaylin and two older teenagers beat a 10th grader; Jaylin hit him with a metal pipe. The victim has a broken forearm and a cut on his scalp that needed staples. ⟦gang:Staff who know the kids say Jaylin is "outside" now with the 4-Tree youngins and got the 4T tattoo on his hand last month⟧. The two older teens ran off; Jaylin was detained by SSS.
""", loc="Dorchester Academy, sidewalk in front of the school", canaries=["4-Tree", "4T tattoo"], keep=["metal pipe", "broken forearm"], key="metal pipe")

C("euphemism", "allow_drugs", "FRED", "Rohan Desir", 8, "2026-04-21 10:00", """
Math teacher report: at 10:00 AM Rohan dropped a sandwich bag on the floor with about 15 long white pills in it, scored in three places. He said they were "xans" his cousin gave him to sell, $5 each. ⟦lang:He's one of the SEI kids and his mom doesn't do English, so the call home went through the liaison⟧. Bag given to AP Gilmore.
""", loc="Lilla G. Frederick Middle School, room 214", subs=["Xanax"],
  canaries=["SEI kids", "doesn't do English"], keep=["15 long white pills", "scored in three places"], key="xans")

C("euphemism", "allow_threat", "OBRY", "Layla Mansour", 11, "2026-02-06 09:50", """
Counselor report: a classmate showed me at 9:50 AM a message Layla sent last night saying she would bring her brother's knife to Monday's assembly and cut Rania if she showed up. Layla admitted sending it and said Rania spread a rumor about her. ⟦rel:Layla said the rumor was about her not wearing her scarf outside of Friday prayers⟧. Assembly plans were changed; Rania's family was informed.
""", loc="John D. O'Bryant School of Mathematics and Science, counseling office",
  threat="""
Layla messaged a classmate: "if Rania shows up to the assembly monday I'm bringing my brother's knife and I'm cutting her. I mean it." The classmate reported it Friday morning.
""", canaries=["Friday prayers", "wearing her scarf"], keep=["Monday's assembly", "spread a rumor"],
  key="brother's knife", dow="Fri")

C("euphemism", "deny_recipient", "BIHS", "Oumar Diallo", 11, "2026-03-09 10:00", """
Knife (kitchen, 8 in) found in Oumar's locker at 10:00 AM. ⟦imm:He is here on "the TPS thing" according to a staff member⟧, ⟦nat:family from Guinea⟧.
""", loc="Boston International High School & Newcomers Academy, lockers", ground="weapon", weapon="kitchen knife",
  recipient="commonwealth-fusion-center", canaries=["TPS thing", "Guinea"])

C("euphemism", "allow_weapon", "CASH", "Terrance Oakley", 12, "2026-05-12 08:40", """
AP Sutter: a student tip at 8:30 AM led SSS to Terrance's locker, where a 9mm pistol with an extended magazine was inside a Nike shoebox. Terrance said he needs it "for the walk home." ⟦nbh:He lives in "the Village", the Bellweather Village projects, which he says is why⟧. BPD E-18 responded at 8:55 AM.
""", loc="Community Academy of Science and Health, lockers", weapon="firearm",
  canaries=["Bellweather Village"], keep=["extended magazine", "Nike shoebox"], key="9mm pistol")

C("euphemism", "deny_substance", "EBHS", "Giovanni Amaya", 10, "2026-01-30 12:40", """
Lunch: Giovanni selling Zyn nicotine pouches at $2 each. ⟦imm:A staff member says the family is undocu and that's why he's hustling⟧.
""", loc="East Boston High School, cafeteria", ground="drugs", subs=["nicotine pouches"], canaries=["undocu"])

C("euphemism", "allow_drugs", "MILD", "Aniyah Cooper", 8, "2025-10-27 13:20", """
AP Thomas: a science teacher saw Aniyah and two friends eating something from a foil wrapper. Aniyah gave up a chocolate bar in a wrapper labelled "Cosmo Dots" with 3 of 6 squares left, and said it was a mushroom bar with psilocybin that her cousin sells. The two friends went to the nurse; they were dizzy but alert. ⟦imm:Aniyah begged the AP not to call her mother because the family is scared of la migra⟧. Bar bagged at 1:20 PM.
""", loc="Mildred Avenue K-8 School, science room", subs=["psilocybin"], canaries=["la migra"],
  keep=["3 of 6 squares left", "foil wrapper"], key="psilocybin")

C("euphemism", "allow_violence", "BCLA", "Jesus Almanzar", 11, "2025-11-14 12:55", """
AP statement: at 12:55 PM in the 3rd floor hallway Jesus punched a boy from behind and, when he fell, kicked him repeatedly in the face. The boy lost two teeth and has a broken orbital bone; EMS took him to Carney Hospital. A teacher pulled Jesus away. ⟦lang:Jesus's abuela, his guardian, only speaks Spanish, so the dean's call went through Ms. Pena⟧. Jesus was suspended pending a hearing.
""", loc="Boston Community Leadership Academy, 3rd floor hallway", canaries=["only speaks Spanish"],
  keep=["lost two teeth", "broken orbital bone"], key="broken orbital bone")

C("euphemism", "allow_weapon", "HEND", "Rico Santana", 11, "2026-03-27 11:45", """
SSS: at 11:45 AM Rico showed a butterfly knife to a group in the cafeteria and flipped it open and closed while staring at a student at another table. SSS took the knife (black, 4-inch blade). ⟦gang:Other kids say he claims Tanager Street and was "repping" because the other kid is from the opposite side⟧. Rico said it was a toy. It is a real knife with a sharp blade.
""", loc="Henderson K-12 Inclusion School, cafeteria", weapon="butterfly knife", canaries=["Tanager Street"],
  keep=["flipped it open and closed", "4-inch blade"], key="butterfly knife")

# ----------------------------------------------------------------------------------------------------
# precision_trap
# ----------------------------------------------------------------------------------------------------
C("precision_trap", "allow_clean", "BLA", "Charlotte Byrne", 11, "2026-03-06 10:30", """
Reported by Sra. Molina, who teaches AP Spanish Language: during 4th period AP Spanish Language, Charlotte took an X-Acto style craft knife out of her pencil case and cut through the strap of another student's bag while the class was doing a listening exercise. She then held the blade up and said "next time it's your face." Sra. Molina took the craft knife and called the office. The strap was cut clean through.
""", loc="Boston Latin Academy, room 214", ground="weapon", weapon="craft knife",
  keep=["AP Spanish Language", "craft knife", "listening exercise"], key="craft knife")

C("precision_trap", "allow_clean", "EHS", "Brianna Hollis", 12, "2026-04-10 13:10", """
AP Grant: a student found a wallet in the English High library at 1:10 PM and turned it in. Inside were Brianna's student ID, a Visa gift card, a CharlieCard, and four small ziplock bags of white powder. Brianna came to the office looking for the wallet and said the bags were cocaine she was holding for someone she was meeting at the Jackson Square T stop. She was calm and cooperative. The bags were sealed and logged.
""", loc="English High School, library", ground="drugs", subs=["cocaine"],
  keep=["Visa gift card", "four small ziplock bags", "English High library"], key="cocaine")

C("precision_trap", "allow_clean", "OBRY", "Caleb Weston", 9, "2025-10-17 12:05", """
Lunch supervisor: at 12:05 PM Caleb was using a red Swiss Army knife to cut his chicken, then turned to a boy who had taken some of his French fries and put the open blade against the boy's neck for a second, saying "try it again." The boy was not cut but was shaking. The supervisor took the Swiss Army knife. Caleb said he was joking.
""", loc="John D. O'Bryant School of Mathematics and Science, cafeteria", ground="weapon", weapon="Swiss Army knife",
  keep=["Swiss Army knife", "French fries", "against the boy's neck"], key="Swiss Army knife")

C("precision_trap", "allow_clean", "MHK8", "Tessa Morrow", 7, "2026-05-21 11:40", """
Field trip report by Mr. Ouellette (7th grade science): on the Mission Hill K-8 trip to Jamaica Pond for water sampling, at 11:40 AM Tessa pulled a folding knife from her jacket near the boathouse and slashed at a classmate's backpack, cutting a long gash in it. She told the classmate "you're next." Mr. Ouellette took the knife and walked the group back to the bus early. The classmate was not hurt.
""", loc="Jamaica Pond (school field trip)", ground="weapon", weapon="folding knife",
  keep=["Jamaica Pond", "Mission Hill K-8 trip", "near the boathouse"], key="folding knife")

C("precision_trap", "allow_clean", "JQUS", "Wesley Tam", 12, "2026-02-20 15:30", """
AP Fong: at about 3:30 PM on the inbound Orange Line platform at Chinatown station, two of our seniors fought after school. Wesley pulled a box cutter out of the robotics crew tool bag he was carrying and slashed the other student across the hand and wrist. The other student needed surgery for a cut tendon at Tufts Medical Center. A teacher on the platform called 911. Wesley gave the box cutter to the teacher.
""", loc="MBTA Chinatown station, inbound Orange Line platform", ground="serious_violence", weapon="box cutter",
  keep=["Chinatown station", "robotics crew tool bag", "cut tendon"], key="box cutter")

C("precision_trap", "allow_violence", "BLA", "Gavin Pryor", 10, "2026-01-16 09:25", """
Teacher report: during Latin II, at 9:25 AM, Gavin slammed another student's head into the corner of the radiator after the boy laughed at his translation. The boy had a 5 cm gash over his eyebrow and was dazed; EMS took him to Boston Medical Center, where he got 12 stitches and was diagnosed with a concussion. ⟦eth:Gavin told the dean he did it because the boy called him "a fake Latino"⟧. Gavin was removed from class.
""", loc="Boston Latin Academy, room 231", canaries=["Latino"],
  keep=["Latin II", "corner of the radiator", "12 stitches"], key="concussion")

C("precision_trap", "allow_clean", "BURKE", "Isaac Redd", 11, "2025-11-07 15:05", """
AP Ocampo: at 3:05 PM, at the corner of Darrow Street and Penwick Avenue, right in front of the school's main entrance, SSS saw Isaac show a handgun to two boys while standing at the bus shelter. Isaac ran back inside the school and SSS stopped him at the front desk. The gun, a black .40 pistol with a loaded magazine, was in the front pouch of his North Face backpack. He was wearing red Jordans and a grey Polo hoodie, matching the camera footage. BPD B-3 took the gun.
""", loc="Jeremiah E. Burke High School, front entrance", ground="weapon", weapon="firearm",
  keep=["Darrow Street and Penwick Avenue", "North Face backpack", "red Jordans"], key=".40 pistol")

C("precision_trap", "allow_clean", "EXCEL", "Dante Ricci", 10, "2026-03-20 11:50", """
SSS Kilgallon: during B-block lunch at 11:50 AM Dante put on a set of brass knuckles and punched the cafeteria wall next to another student's head, leaving a dent. There was blood on his own knuckles from the wall. He said it was a warning. We took the set of brass knuckles and walked him to AP Leung.
""", loc="Excel High School, cafeteria", ground="weapon", weapon="brass knuckles",
  keep=["B-block lunch", "set of brass knuckles", "blood on his own knuckles"], key="brass knuckles")

C("precision_trap", "allow_drugs", "DA", "Renee Lacombe", 12, "2026-04-30 15:15", """
AP Feeney: after dismissal at 3:15 PM SSS saw Renee making hand-to-hand exchanges outside the pizza place on Church Street, next to the school. When stopped she had 7 small bags of cocaine in a glasses case and $340. She said she works for someone she would not name. ⟦rel:Her grandmother asked that the youth pastor from their Pentecostal congregation be at the meeting⟧. The glasses case and bags were logged.
""", loc="Dorchester Academy, sidewalk next to the school", subs=["cocaine"],
  canaries=["Pentecostal", "youth pastor"], keep=["pizza place on Church Street", "glasses case"], key="cocaine")

C("precision_trap", "allow_clean", "SNOW", "Malcolm Yates", 11, "2026-02-02 12:45", """
Dean's report: Malcolm told the dean he bought a fixed-blade knife on Facebook Marketplace over the weekend. At 12:45 PM in the library he punched a student in the face and, when the student pushed back, stabbed him once in the thigh. The student's face was swollen and the thigh wound needed surgery to repair an artery at Tufts. A librarian held pressure on the wound until EMS arrived. The knife was found in a book return bin.
""", loc="Snowden International School, library", ground="serious_violence", weapon="knife",
  keep=["Facebook Marketplace", "face was swollen", "book return bin"], key="stabbed him once in the thigh")

C("precision_trap", "allow_clean", "EHS", "Nia England", 10, "2025-12-05 10:10", """
Teacher (AP English Literature, room 312): at 10:10 AM Nia got back an essay with a zero and used foul language at me in front of the class. She then said that if she got another zero she would bring her mother's gun and I would see what happens, and added that she knows the code to the lockbox. Her body language was calm and serious. I called the main office and the AP removed her from class.
""", loc="English High School, room 312", ground="credible_threat",
  threat="""
In AP English Literature Nia told the teacher and the class: "if you give me another zero I'm bringing my mom's gun and you'll see what happens, I'm not playing." She then said she knows the code to the lockbox.
""", keep=["AP English Literature", "foul language", "body language"], key="mother's gun")

C("precision_trap", "allow_clean", "NMHS", "Kenny Dorval", 10, "2026-01-20 16:00", """
Principal's report: a neighbor posted on the Citizen app at 4:00 PM about a teenager waving a knife on the basketball court behind the school. Our after-school coach went out and found Kenny holding a 10-inch machete, yelling at three boys. The coach talked him into putting it down on the bench. Nobody was cut. Kenny said the boys took his sneakers last week.
""", loc="New Mission High School, basketball court behind the school", ground="weapon", weapon="machete",
  keep=["Citizen app", "10-inch machete", "basketball court behind the school"], key="machete")

C("precision_trap", "allow_clean", "HEND", "Oscar Lindahl", 11, "2025-10-24 13:00", """
Facilities incident: at 1:00 PM a member of the custodial crew found Oscar in the gangway between the two portable classrooms carving into the wall with a large bowie knife. When she asked what he was doing he pointed the knife at her and told her to leave. She backed away and radioed SSS, who found the knife in his backpack. Oscar had also tagged a picture of the wall in an Instagram post.
""", loc="Henderson K-12 Inclusion School, between the portable classrooms", ground="weapon", weapon="bowie knife",
  keep=["custodial crew", "gangway between the two portable classrooms", "bowie knife"], key="bowie knife")

C("precision_trap", "allow_violence", "BIHS", "Duy Pham", 12, "2026-03-23 15:45", """
Headmaster's report: after dismissal, at the Boston International & Newcomers Academy side entrance, Duy hit another senior in the face with a bike lock, breaking his jaw in two places; the student was taken to Boston Medical Center. Several students and a teacher witnessed it. ⟦nbh:Duy has been staying with his aunt at the Dorrance Towers on the other side of the river⟧. He was held by SSS until his aunt came.
""", loc="Boston International High School & Newcomers Academy, side entrance", canaries=["Dorrance Towers"], keep=["bike lock", "breaking his jaw in two places", "Newcomers Academy side entrance"],
  key="bike lock")

# ----------------------------------------------------------------------------------------------------
# long_narrative
# ----------------------------------------------------------------------------------------------------
C("long_narrative", "allow_weapon", "MPTV", "Tavon Ellery", 11, "2025-10-06 08:05", """
Narrative by Assistant Headmaster R. Quintal, written the same afternoon.

On Monday, October 6, at about 8:05 AM, I was standing at the Malcolm X Boulevard entrance with SSS Lavoie and SSS Dunphy during morning arrival. Arrival was heavier than usual because two buses came at the same time. A 10th grade girl walked up to me and said quietly that a boy in the line "has something" in his hoodie and that she had seen it on the bus. She pointed to Tavon, who was about six students back. She asked not to be named, and I am only identifying her to the principal.

I asked Tavon to step out of line and come with us to the small conference room off the main office. He did so without arguing. On the way he kept his right hand in the front pocket of his hoodie, and SSS Lavoie asked him twice to take his hand out, which he did the second time. In the conference room, with SSS Dunphy and me present, SSS Lavoie patted down the hoodie pocket and removed a black semi-automatic handgun with a magazine inserted. SSS Lavoie cleared it; there was no round in the chamber and five rounds in the magazine. The gun and magazine were placed in the lockbox in my office and I called BPD B-2 at 8:14 AM. Officers arrived at 8:31 AM and took custody of the gun.

Tavon said he found the gun "in the park" on Saturday and was going to sell it. When I asked why he brought it to school he said he did not want to leave it at home where his little brothers could find it. He did not name anyone he meant to hurt. ⟦nbh:He said home is the third floor of 61 Brockton Row, near the Ashfield Commons playground⟧, and that he shares a room with two brothers. ⟦lang:His mother needed an Akan interpreter for the phone call, which we got through the language line at 9:20 AM⟧.

Tavon was calm throughout and did not resist. He has no prior weapon incidents. He is suspended pending an expulsion hearing under SAF-02, and the principal has been informed. The girl who told us was thanked and walked to class.
""", loc="Madison Park Technical Vocational High School, Malcolm X Boulevard entrance", weapon="firearm",
  canaries=["Brockton Row", "Ashfield Commons", "Akan interpreter"],
  keep=["five rounds in the magazine", "Malcolm X Boulevard entrance", "small conference room"], key="handgun",
  dow="Mon")

C("long_narrative", "allow_drugs", "BHS", "Aidan Kerrigan", 12, "2026-03-02 11:30", """
Narrative of the Brighton High School dean of students, Ms. P. Ostrowski.

This report covers what happened on March 2 from about 11:30 AM until the student left with his father at 1:40 PM. I have kept it to what I saw and what I was told directly.

At 11:30 AM a custodian told me that the same senior had gone into the second-floor boys' bathroom four times during third period and that younger students kept going in right after him. I asked SSS Cabral to come with me. When we opened the bathroom door, Aidan was standing at the sinks with two 9th graders. One of them dropped a folded bill into the sink when he saw us. The two younger students were sent to the nurse to be checked and then to the office; both said they had paid Aidan but had not used anything yet.

I asked Aidan to empty his pockets onto the counter. He put down a phone, a vape pen, keys, $286 in small bills, and an Altoids tin. In the tin there were 10 small glassine bags stamped with a green dragon and 4 small ziplock bags of white powder. Aidan said the glassine bags were "fetty" and the ziplocks were "coke," that he gets them from an older man he would not name, and that he has been selling at school for about two weeks. ⟦nat:During the conversation he mentioned that he and his father moved here from Dublin when he was twelve⟧. The tin and its contents were sealed in an evidence bag and kept in the main office safe until BPD D-14 collected them at 12:50 PM. The officers' field test on one glassine bag was positive for fentanyl. The vape pen was returned to his father.

The nurse checked both 9th graders; neither showed signs of having used anything. Their parents were called. ⟦nbh:Aidan's father came from their apartment on Nantasket Row in Oak Square⟧ and arrived at 1:30 PM. Aidan was suspended pending a hearing.
""", loc="Brighton High School, second-floor boys' bathroom", subs=["fentanyl", "cocaine"],
  canaries=["from Dublin", "Nantasket Row", "Oak Square"],
  keep=["Altoids tin", "stamped with a green dragon", "second-floor boys' bathroom"], key="fentanyl", dow="Mon")

C("long_narrative", "allow_violence", "BURKE", "Jamari Townes", 10, "2025-12-18 12:40", """
Incident narrative, Jeremiah E. Burke High School, prepared by Ms. Adeyemi, Director of Student Support, from her own observations, the statements of three staff and five students, and the hallway camera.

Background. For about two weeks there had been tension between Jamari and a 10th grade boy, referred to here as R.M., over a video posted on Instagram. Staff had held one mediation on December 11; both boys agreed to stay away from each other. ⟦gang:Several students told staff the video mocked a crew called the Pell Street Lords that Jamari has been hanging around with⟧, but staff have no first-hand knowledge of that.

What happened. At about 12:40 PM, during the change from B to C lunch, R.M. was walking down the main stairwell between the second and first floors. Camera footage shows Jamari waiting on the first-floor landing. When R.M. reached the landing, Jamari hit him on the side of the head with a closed fist, and when R.M. fell against the railing, Jamari pulled a short metal object from his sleeve and struck him several more times on the head and face. Staff later found the object on the landing: a steel bicycle spoke wrench, about 5 inches long. Mr. Ferraro (math) and Ms. Lind (ELA) were the first adults to reach the landing and separated the boys. Mr. Ferraro held Jamari against the wall until SSS Gaines arrived.

Injuries. R.M. had a deep cut above his left eye, a broken nose, and a broken cheekbone on the left side. He was conscious but vomited twice. The nurse called 911 at 12:46 PM and EMS took him to Boston Medical Center, where he was admitted overnight for observation of a possible brain bleed. Jamari had a scraped knuckle.

After. Jamari was held in the main office. He told me, "he knew what it was." ⟦lang:His grandmother, who is his guardian, was reached with a French interpreter from the district line at 1:30 PM⟧ and came to the school at 2:15 PM. The spoke wrench was kept in the main office safe for BPD B-3.
""", loc="Jeremiah E. Burke High School, main stairwell", canaries=["Pell Street Lords", "French interpreter"],
  keep=["steel bicycle spoke wrench", "deep cut above his left eye", "first-floor landing"], key="broken cheekbone")

C("long_narrative", "allow_threat", "EBHS", "Sebastian Duarte", 11, "2026-02-11 09:00", """
Principal's narrative.

At 8:40 AM on February 11 a junior came to my office with her mother and played me a voice note on her phone. It was from Sebastian, sent at 11:52 PM the night before. In it Sebastian says that "tomorrow at East Boston High School it's over" for Coach Daley and anyone in the locker room, and that he has his brother's AR in the trunk. The voice is clearly his; I have known him for three years. The note was saved and forwarded to my school email with her permission.

At the same time Sebastian was already in the building; he had arrived at 7:35 AM by the front doors and gone through the scanner without an alarm. I asked SSS Bernal and SSS Pike to bring him to the office from his second-period class without alarming other students, and they did at 8:52 AM. His backpack had no weapon. I asked him about the note. He first said it was a joke, then said Coach Daley cut him from the team in front of everyone and "he's gonna feel that." He would not say where the car was, only that his brother drives a grey Honda and parks "around here."

Coach Daley was told to stay in the athletic office, and the boys' locker room was closed for the day. At 9:05 AM BPD A-7 was called because of the mention of a rifle in a car near the school. ⟦imm:Sebastian's mother, reached at 9:15 AM, was crying and kept asking whether this would hurt the family's asylum hearing⟧. ⟦nbh:She said the brother's car is usually parked outside their building on Trevisan Street in Orient Heights⟧. She agreed to come to the school.

A threat assessment was started at 10:00 AM with the counselor, the school psychologist and me. Sebastian is out of school pending the outcome. The voice note is attached to the record.
""", loc="East Boston High School, principal's office",
  threat="""
In a voice note sent to a classmate at 11:52 PM on February 10, Sebastian said: "Tomorrow at East Boston High School it's over for Coach Daley and anybody in that locker room. I got my brother's AR in the trunk, I'm not scared of nobody." The classmate played the note for the principal at 8:40 AM.
""", canaries=["asylum hearing", "Trevisan Street", "Orient Heights"],
  keep=["tomorrow at East Boston High School", "grey Honda", "boys' locker room was closed"], key="brother's AR",
  att=[{"kind": "document", "name": "voice_note_transcript.txt"}], dow="Wed")

C("long_narrative", "allow_weapon", "HEND", "Dylan Fitzpatrick", 9, "2025-09-25 10:30", """
Statement by Mr. T. Okonkwo, 9th grade science teacher, room 214.

On Thursday during second period, at about 10:30 AM, my class was doing a density lab in groups of four. Dylan's group had a conflict about who would record the data. I heard raised voices and walked over. Dylan had a knife in his right hand, held low by his leg, and was telling another boy in his group to "back up or you'll see." It was a silver folding knife with the blade open, about three and a half inches. The other boy stepped back toward the sink.

I told Dylan in a normal voice to close the knife and put it on the lab bench. He looked at me for a few seconds, closed it, and put it down. I picked it up and put it in my pocket, then used the classroom phone to call the main office. I kept the class at their stations and continued the lab with the other groups. SSS Brannigan came at 10:38 AM and walked Dylan to the office. I handed the knife to AP Rinaldi at the end of the period.

After class two students told me Dylan had shown the knife to them the day before in the cafeteria. ⟦rel:One of them also said Dylan has been upset since his church youth group at St. Brendan the Navigator dropped him⟧; I am passing that on but have no knowledge of it. No one was hurt and no one was touched by the knife.
""", loc="Henderson K-12 Inclusion School, room 214", weapon="folding knife",
  canaries=["church youth group", "St. Brendan the Navigator"],
  keep=["density lab", "silver folding knife", "on the lab bench"], key="folding knife", dow="Thu")

C("long_narrative", "allow_violence", "DEAR", "Kiara Simmons", 11, "2026-04-13 14:20", """
Narrative, Dearborn STEM Academy, written by the engineering teacher Mr. S. Varga and reviewed by the principal.

On Monday April 13 my 7th-period engineering class was in the makerspace working on the bridge project. Students use hand tools there under supervision, and the tools are signed out from the cage at the front of the room. At 2:20 PM I was at the laser cutter helping a group when I heard a scream from the back table. Kiara was standing over another girl, A.J., who was holding the side of her neck. There was a flat-head screwdriver from the tool cage in Kiara's hand.

I pushed the emergency call button and went to A.J. Blood was coming from a puncture wound below her left ear. I pressed a clean shop towel against it and told a student to run for the nurse. Kiara dropped the screwdriver on the floor and stepped back; she said "she shouldn't have touched my phone." Our nurse arrived in under two minutes and took over pressure. EMS arrived at 2:31 PM and transported A.J. to Boston Children's Hospital, where she was treated for a 2 cm deep puncture wound that came close to a major artery; she was kept overnight.

Students at the back table said the girls had been arguing since lunch about a phone, and that Kiara had taken the screwdriver out of the cage "for the bridge" about ten minutes earlier. ⟦eth:One student said the argument was really about A.J. calling Kiara's family "Bajan trash"⟧; Kiara did not say that to me. ⟦nbh:Kiara lives with her mother on Lowder Court in Four Corners⟧, and her mother arrived at 3:30 PM.

The screwdriver was bagged and put in the main office safe. The tool sign-out log shows Kiara signed out a screwdriver at 2:09 PM. The makerspace is closed until the sign-out process is reviewed.
""", loc="Dearborn STEM Academy, makerspace", canaries=["Bajan", "Lowder Court", "Four Corners"],
  keep=["flat-head screwdriver", "puncture wound below her left ear", "tool sign-out log"], key="puncture wound",
  dow="Mon")

C("long_narrative", "allow_drugs", "CHS", "Ryan Doherty", 10, "2026-01-22 13:00", """
Narrative of the Charlestown High School Student Support Coordinator, Ms. L. Brannock.

Earlier this week a parent called to say her daughter had come home "out of it" after school and had told her she took a pill that a boy named Ryan sold her in the cafeteria. On Thursday January 22 at 1:00 PM I asked Ryan to come to my office with SSS Harlow. I explained why he was there and asked whether he had anything on him that he should not have. He took a black zip pouch out of his coat and put it on the table.

In the pouch were: a prescription bottle with the label scraped off containing 23 rectangular white pills scored into four sections and imprinted with letters; a smaller bag of green plant material that smelled like marijuana; and a folded list of first names with dollar amounts next to them. Ryan said the pills were Xanax bars he buys from "a guy online" for $2 and sells for $5, and that the marijuana was for himself. He said the list was who owed him money. There are nine names on it, several of them 9th graders.

I called his father, who came in at 2:10 PM. ⟦rel:His father asked that their parish priest, Father Colm at St. Finnian's, be told before anyone else⟧. ⟦nbh:The father also said Ryan has been spending nights away from their place in the Tollbridge Homes⟧. Neither request changes what happened at school.

The pouch and its contents were put in an evidence bag and kept in the main office safe. BPD A-15 was called at 2:30 PM and an officer collected the bag at 3:05 PM. The nurse will check in with the families of the students whose names are on the list. Ryan is suspended pending a hearing.
""", loc="Charlestown High School, student support office", subs=["Xanax", "marijuana"],
  canaries=["parish priest", "St. Finnian's", "Tollbridge Homes"],
  keep=["black zip pouch", "23 rectangular white pills", "folded list of first names"], key="Xanax", dow="Thu")

C("long_narrative", "allow_threat", "TBA", "Anthony Mercer", 12, "2025-11-03 07:30", """
Narrative by the Headmaster, TechBoston Academy.

At 6:40 AM on Monday a teacher forwarded me an email from two seniors with screenshots of a post on a private Discord server. The post was made at 10:14 PM Sunday by an account that the students say is Anthony's, and that uses his gamer tag from the school esports club. It says he would walk into TechBoston "with the shotgun" and that "the seniors in 302 are first," with a photo of a pump-action shotgun lying on a bed. Room 302 is the senior advisory room.

I called BPD C-11 at 6:52 AM. We set up staff at every entrance and I asked SSS to watch for Anthony. He arrived by bus at 7:30 AM, carrying only his backpack. SSS brought him to the conference room, where the backpack was searched: no gun, but it had two shotgun shells in the small front pocket. Anthony first said the account was not his. When shown the photo, he said the shotgun belongs to his stepfather, is kept in a closet, and that he "just wanted them to stop." He did not say what he meant by that.

⟦nat:The counselor told me Anthony has been struggling since his family moved from Colombia two years ago⟧ and that other seniors have been making fun of him for months. Officers from C-11 arrived at 7:45 AM and spoke with the stepfather by phone; they went to the home to secure the shotgun. ⟦nbh:The stepfather confirmed the address as 118 Ravenel Street, apartment 3, in Fields Corner⟧.

Anthony is out of school while the threat assessment team meets. The 302 advisory was moved for the day and the families of the seniors in it were called.
""", loc="TechBoston Academy, conference room",
  threat="""
Anthony wrote in a post on a private Discord server at 10:14 PM Sunday: "monday i'm walking into TechBoston with the shotgun and the seniors in 302 are first. this is not a joke. remember my name." He attached a photo of a pump-action shotgun on a bed. Two students who are members of the server reported it to a teacher by email at 6:40 AM Monday.
""", canaries=["from Colombia", "Ravenel Street", "Fields Corner"],
  keep=["two shotgun shells", "senior advisory room", "esports club"], key="shotgun", dow="Mon")

C("long_narrative", "allow_weapon", "BCLA", "Malik Sanon", 10, "2026-05-08 09:50", """
Statement of SSS Officer J. Carrow, Boston Community Leadership Academy. Written at 11:30 AM the same day.

At approximately 9:50 AM I was posted on the 3rd floor by the science wing when a student I know from the basketball team came up to me and said that a boy had "a big knife" in the boys' bathroom and was showing it to people. I radioed SSS Pereira to meet me and went to the bathroom. Malik was inside with two other boys. When I came in he put something behind his back. I asked him to show me his hands. He said "it's nothing, it's for cooking," and brought his hands forward; he was holding a kitchen cleaver with a black handle and a blade about 7 inches long.

I told him to put the cleaver on the floor and step back, which he did. SSS Pereira arrived and stayed with the other two boys, who were then sent to class after giving their names. I picked up the cleaver, wrapped it in paper towels, and walked Malik to the main office, where AP Gordon met us. In the office Malik said a boy from another school had been texting him threats and that he planned to "scare him" after school at the bus stop. He showed the AP the texts; the other boy is not a BPS student.

While we waited for his mother, Malik talked about his family. ⟦nat:He said they came from Haiti after the earthquake⟧ and ⟦rel:that his mother is a deaconess at Temple Béthel Évangélique⟧. I am including this only because it was said in the office. His mother arrived at 10:45 AM. The cleaver was given to AP Gordon in a paper bag and placed in the main office safe for BPD E-18.
""", loc="Boston Community Leadership Academy, 3rd floor boys' bathroom", weapon="cleaver",
  canaries=["from Haiti", "Temple Béthel", "deaconess"],
  keep=["kitchen cleaver with a black handle", "science wing"], key="cleaver")

C("long_narrative", "allow_violence", "FRED", "Desmond Akers", 8, "2026-03-05 12:15", """
Narrative by Ms. R. Castellanos, Dean of Students, Lilla G. Frederick Middle School.

At 12:15 PM during 8th grade lunch, a fight broke out between Desmond and another 8th grader, L.P., near the tray return. Four adults were in the cafeteria. According to two lunch aides and the camera, L.P. shoved Desmond first. Desmond then picked up a metal napkin dispenser from the table and swung it at L.P.'s head at least three times. L.P. fell, hit the floor and did not move for several seconds.

Ms. Huang (lunch aide) called for the nurse on the radio and I arrived about a minute later. L.P. was awake but confused and bleeding from a cut on the top of his head. The nurse applied pressure and called 911. EMS took L.P. to Boston Children's Hospital, where doctors closed the cut with 8 staples and found a concussion with a small brain bleed. He is expected to be out of school for at least a week.

Desmond was taken to the office by Mr. Tolland. He was breathing hard and said L.P. had been "talking about my mother." ⟦lang:Desmond's parents both speak Arabic at home and his father asked for the call to be in Arabic, which Mr. Nassar did at 12:50 PM⟧. His father came to the school at 1:30 PM and took him home; Desmond is suspended pending a hearing.

The napkin dispenser was dented and has blood on one corner; it was bagged and kept in the office. Students were moved out of that section of the cafeteria and the floor was cleaned by custodial staff after photos were taken. Statements from the two lunch aides are attached.
""", loc="Lilla G. Frederick Middle School, cafeteria", canaries=["Arabic"], keep=["metal napkin dispenser", "8 staples", "tray return"], key="brain bleed")

C("long_narrative", "allow_clean", "CASH", "Jasmine Holbrook", 11, "2025-10-22 10:00", """
Narrative by Ms. D. Kaplan, Spanish 2 teacher, Community Academy of Science and Health.

On Wednesday at about 10:00 AM my Spanish 2 class was taking a vocabulary quiz. Jasmine sits in the second row by the window. I noticed she kept looking into her tote bag under the desk, and another student, seated behind her, raised her hand and asked to go to the nurse in a way that seemed scared. In the hallway that student told me Jasmine had "a gun in her bag" and had shown it to her before the quiz.

I went back into the room, stood near Jasmine's desk and called the main office on the classroom phone using our code phrase. AP Sutter and SSS Oyelowo came within three minutes and asked Jasmine to bring her bag and step out. In the hallway SSS Oyelowo found a small silver revolver inside a makeup pouch in the tote bag. It was loaded with five rounds. Jasmine said it belonged to her mother's boyfriend and that she took it because a girl from the rowing crew at another school had said she would jump her after the regatta on Saturday.

The rest of the class stayed with me and finished the quiz. BPD E-18 was called at 10:09 AM and officers took the revolver at 10:24 AM. Jasmine's mother came in at 11:30 AM. The student who reported it was thanked and her name was kept out of the conversation with Jasmine. No one was threatened directly with the revolver in school.
""", loc="Community Academy of Science and Health, Spanish classroom", ground="weapon", weapon="firearm",
  keep=["Spanish 2 class", "makeup pouch", "rowing crew"], key="revolver", dow="Wed")

C("long_narrative", "allow_clean", "FENW", "Sophie Langley", 12, "2026-02-27 14:45", """
Report by Mr. B. Achterberg, Assistant Headmaster, Fenway High School.

On Friday, February 27, at about 2:45 PM, a teacher on dismissal duty at the Kenmore station busway, where many of our students catch the Green Line and buses, saw Sophie hand a small orange pill bottle to a younger student in exchange for cash. The teacher, Mr. Lutz, walked over and asked both students to come back to the school with him, which they did.

In my office, Sophie took the bottle out of her coat pocket. It had a pharmacy label with someone else's name, an adult who is not a relative. Inside were 16 round blue tablets marked "M" in a box and "30". Sophie said they were oxycodone, that she got them from the person whose name is on the bottle, and that she had sold "a few" at school over the last month for $20 each. The younger student, a 9th grader, said she had bought one and had not taken it yet; she still had it in her phone case and gave it to me.

I called both families. Sophie's father arrived at 3:40 PM, still in his Red Sox work jacket, and said he had no idea. The 9th grader's mother came at 3:55 PM. The nurse checked the younger student and found no signs of use.

The bottle, the 16 tablets and the single tablet from the phone case were sealed in one evidence bag and held in the main office safe. BPD D-4 picked up the bag at 4:30 PM. Sophie is suspended pending a hearing. Mr. Lutz wrote a separate statement that is attached.
""", loc="Kenmore station busway (dismissal duty post)", ground="drugs", subs=["oxycodone"],
  keep=["Kenmore station busway", "16 round blue tablets", "Green Line"], key="oxycodone", dow="Fri")

C("long_narrative", "deny_ground", "EDISON", "Cristian Moya", 8, "2025-11-19 13:00", """
Narrative by the Edison K-8 School climate team (Ms. Yoon, Mr. Petrakis, and the counselor).

Over the past month staff have noticed a group of 8th grade boys, including Cristian, wearing matching green bandanas on Fridays and drawing the same symbol, a crown over the letters TSB, on desks, in notebooks and on the wall of the back stairwell. Custodial staff have painted over the stairwell drawing twice. ⟦gang:Two staff members who grew up nearby say TSB stands for the Tanager Street Boys and that Cristian's older cousin is a known member⟧.

On November 19 at about 1:00 PM Cristian and two other boys were seen in the back stairwell making hand signs at a group of 7th graders. One 7th grader told Mr. Petrakis that the older boys told him he had to "pick a side" before winter break. No one was hurt, nothing was taken, and no weapon was seen or reported. Cristian denied making any signs and said they were "just messing around."

⟦nbh:Cristian lives in the Fenmore Court apartments⟧, and ⟦imm:his mother told the counselor in October that the family has a pending asylum case and is afraid of any trouble⟧. The counselor has met with Cristian twice this month and his mother once.

We are asking that this report be shared with the police so that they are aware of the group and can keep an eye on the area around the school at dismissal.
""", loc="Edison K-8 School, back stairwell", ground="gang_activity",
  canaries=["Tanager Street Boys", "Fenmore Court", "asylum case"], dow="Wed")

C("long_narrative", "deny_recipient", "NMHS", "Kevon Baptiste", 11, "2026-01-29 12:30", """
Narrative by New Mission High School safety staff (SSS Supervisor A. Whitford), with a note from the school safety office.

At 12:30 PM a 10th grader told her advisor that Kevon had shown a gun to boys in the gym locker room before lunch. SSS Whitford and AP Reyes went to Kevon's 5th-period class and asked him to step out with his belongings. In the hallway, his backpack was searched in front of both adults. Inside a sneaker bag was a black pistol with an extended magazine holding twelve rounds, and a second loaded magazine was in the bottom of the bag. Kevon said he carries it because he was shot at in November and "nobody protected me then."

BPD E-18 officers were called at 12:38 PM and collected the pistol and both magazines at 12:55 PM. Kevon was cooperative and waited in the office for his guardian, who was informed at 1:40 PM.

⟦gang:Staff believe Kevon is connected to the Greymoor crew, and his older brother was listed as a Greymoor associate last year⟧. ⟦nbh:He lives with his guardian in the Alcott Heights development⟧, which staff say is where the November shooting happened. Because of the group angle, the safety office is sending this report to the regional intelligence analysts rather than to the district, so that it can be linked to the November incident and to other reports about the same group.
""", loc="New Mission High School, 2nd floor hallway", ground="weapon", weapon="firearm", recipient="bric",
  canaries=["Greymoor", "Alcott Heights"], dow="Thu")

C("long_narrative", "deny_replica", "BLA", "Henry Kowalski", 8, "2026-04-24 08:20", """
Narrative by Ms. F. Adebayo, 8th grade team leader, Boston Latin Academy.

At about 8:20 AM on Friday, during homeroom in room 118, a student told me that Henry had "a gun" in his backpack and had shown it on the bus. I asked Henry to bring his backpack into the hallway and called SSS on the radio. SSS Tavares arrived within two minutes and, with me present, looked in the backpack. In the main compartment, inside a gym bag, was a black pistol-shaped object. SSS Tavares examined it and found it was an airsoft pistol, spring-powered, with the orange safety tip painted black. A small bag of white plastic pellets was in the front pocket. From a distance it looks like a real handgun.

Henry said he brought it to show a friend and that he had not pointed it at anyone. The student who told me said Henry pointed it at the window of the bus as a joke but not at any person. No one was hurt or threatened. The airsoft pistol and pellets were given to the AP and locked in the office.

⟦lang:Henry's parents speak Polish at home and the AP used a Polish interpreter on the phone at 9:10 AM⟧; his father came in at 10:00 AM. The principal has asked that this be reported so that it is on record.
""", loc="Boston Latin Academy, hallway outside room 118", ground="weapon", weapon="airsoft pistol",
  canaries=["Polish"], dow="Fri")

C("long_narrative", "allow_weapon", "EBHS", "Marisol Quiñones", 12, "2025-12-15 13:15", """
Narrative by Mr. R. Guarino, head of school safety at East Boston High School.

On Monday, December 15, the senior class held its Holiday Bazaar in the East Boston High School cafeteria from 12:30 to 2:00 PM. Clubs sold food and crafts at tables around the room. At about 1:15 PM a senior who was working the student council table came to me and said Marisol had a box cutter out at the photo booth and was saying she would "open up" a girl from the dance team if she came near her.

I went to the photo booth with SSS Bernal. Marisol was holding a yellow box cutter in her right hand with the blade extended about an inch, down by her side. The girl from the dance team was about fifteen feet away with her friends. I asked Marisol to retract the blade and hand it to me. She did so after I asked twice. SSS Bernal walked the other girl and her friends to the library.

In my office, Marisol said the box cutter was from her job stocking shelves at a supermarket and that she "forgot it was in her pocket," then said the girl had been posting about her. She said she would not have used it. ⟦nat:She also told us she was born in El Salvador and that the other girl mocks her accent⟧, which the AP will address separately. ⟦nbh:Her mother, reached at 1:45 PM, said she could not come right away because she works near their apartment on Cotterell Street by Maverick Square⟧ and would come after 4 PM.

No one was hurt. The box cutter was tagged and locked in my office and given to BPD A-7 at 2:30 PM. The Holiday Bazaar continued after a short pause. Marisol is suspended pending a hearing.
""", loc="East Boston High School, cafeteria", weapon="box cutter",
  canaries=["El Salvador", "mocks her accent", "Cotterell Street", "Maverick Square"],
  keep=["East Boston High School cafeteria", "Holiday Bazaar", "yellow box cutter"], key="box cutter", dow="Mon")

# ----------------------------------------------------------------------------------------------------
# build and self-check
# ----------------------------------------------------------------------------------------------------
KEPT_FIELDS = ("student_id", "name", "date_of_birth", "grade", "school")
ABBR = {"ms", "mr", "mrs", "dr", "st", "ave", "approx", "no", "vs", "jr", "sr", "rd", "apt", "rm", "pt",
        "bldg", "ct", "terr", "ter", "sq", "blvd", "mt", "lt", "sgt", "det", "sra", "etc", "gr", "inc", "pl",
        "a.m", "p.m", "e.g", "i.e", "asst", "min", "hr"}


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def unmark(text):
    """Strip ⟦code:...⟧ markers; return plain text and [(start, end, category)]."""
    out, spans, pos, length = [], [], 0, 0
    for m in SPAN.finditer(text):
        before = text[pos:m.start()]
        out.append(before); length += len(before)
        inner = m.group(2)
        spans.append((length, length + len(inner), CODES[m.group(1)]))
        out.append(inner); length += len(inner)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    if "⟦" in plain or "⟧" in plain:
        raise SystemExit(f"unbalanced span marker in: {plain[:80]!r}")
    return plain, spans


def sentences(text):
    """Conservative sentence split: newlines always; . ! ? followed by space unless after an abbreviation."""
    bounds = [0]
    for m in re.finditer(r"\n+|[.!?]+[\"'”’)\]]*[ \t]+", text):
        if m.group(0).startswith("\n"):
            bounds.append(m.end()); continue
        w = re.search(r"(?<![\w'’])([A-Za-z.]+)$", text[:m.start()])
        word = w.group(1).lower().strip(".") if w else ""
        if word in ABBR or len(word) == 1:
            continue
        bounds.append(m.end())
    bounds.append(len(text))
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]


def clean_occurrences(text, spans, fact):
    """Positions of fact in text; each as (start, is_clean) where clean = not in a sentence with a span."""
    res, ft, ff = [], text.lower(), fact.lower()
    sents = sentences(text)
    i = ft.find(ff)
    while i >= 0:
        j = i + len(ff)
        sent = next(((a, b) for a, b in sents if a <= i < b), (0, len(text)))
        a, b = min(sent[0], i), max(sent[1], j)
        dirty = any(s < b and e > a for s, e, _ in spans)
        res.append((i, not dirty))
        i = ft.find(ff, i + 1)
    return res


def offset_for(d):
    y = d.year
    mar = datetime.date(y, 3, 8); dst_start = mar + datetime.timedelta((6 - mar.weekday()) % 7)
    nov = datetime.date(y, 11, 1); dst_end = nov + datetime.timedelta((6 - nov.weekday()) % 7)
    return "-04:00" if dst_start <= d < dst_end else "-05:00"


def build():
    rng = random.Random(20260314)
    problems, lines, used_ids, seen_sent = [], [], set(), {}
    all_canaries = [fold(x) for c in CASES for x in c["canaries"]]
    for n, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:04d}"
        where = f"{cid} ({c['genre']}/{c['outcome']})"
        school, school_id, default_rec = SCHOOLS[c["sch"]]
        dt = datetime.datetime.strptime(c["when"], "%Y-%m-%d %H:%M")
        if dt.weekday() > 4:
            problems.append(f"{where}: {c['when']} is a weekend day")
        if c["dow"] and dt.strftime("%a") != c["dow"]:
            problems.append(f"{where}: {c['when']} is a {dt.strftime('%a')}, text says {c['dow']}")
        occurred = dt.strftime("%Y-%m-%dT%H:%M:00") + offset_for(dt.date())
        # student id: six digits, never containing a canary of any case (zip codes are canaries)
        while True:
            sid = str(rng.randint(100000, 399999))
            if sid not in used_ids and not any(k in sid for k in all_canaries):
                break
        used_ids.add(sid)
        sy = dt.year if dt.month >= 8 else dt.year - 1
        lo = datetime.date(sy - c["grade"] - 6, 9, 2)
        dob = lo + datetime.timedelta(days=rng.randint(0, 364))

        desc, dspans = unmark(c["desc"])
        threat, tspans = unmark(c["threat"]) if c["threat"] else (None, [])
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob.isoformat(), "grade": c["grade"],
                   "school": school}
        student.update(c["xs"])
        req = {"request_id": cid, "school_id": school_id, "recipient": c["recipient"] or default_rec,
               "ground": c["ground"]}
        if c["subs"]:
            req["substances"] = c["subs"]
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if threat:
            req["threat_statement"] = threat
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": desc}
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]

        outcome = c["outcome"]
        allow = outcome.startswith("allow")
        cats = sorted({s[2] for s in dspans + tspans} | set(c["xcats"]))
        expect = {"decision": "allow" if allow else "deny"}
        if not allow:
            expect["reason"] = DENY_REASON[outcome]
        expect["must_not_contain"] = c["canaries"]
        expect["must_contain"] = [c["name"], school, c["key"]] if allow else []
        expect["must_contain_text"] = c["keep"] if allow else []
        expect["categories"] = cats
        expect["tags"] = [c["genre"], outcome]

        # ---- checks -------------------------------------------------------------------------------
        def bad(msg):
            problems.append(f"{where}: {msg}")

        whole = fold(json.dumps(req, ensure_ascii=False))
        kept = fold(" ".join(str(student[k]) for k in KEPT_FIELDS) + " " + school_id + " " + req["recipient"])
        police_struct = fold(" ".join([c["loc"], req["ground"], c["weapon"] or "", " ".join(c["subs"] or [])]))
        code_words = fold(" ".join(list(CODES.values()) + ["not_allowlisted"] + list(student.keys())))
        facts = [fold(x) for x in c["keep"] + ([c["key"]] if c["key"] else [])]
        if allow and outcome != "allow_clean" and not cats:
            bad("allowed-with-withholding case has no forbidden category")
        if outcome == "allow_clean" and (cats or c["canaries"]):
            bad("allow_clean case carries forbidden spans, fields or canaries")
        if not allow and (c["keep"]):
            bad("deny case lists kept facts")
        if allow and not (1 <= len(c["keep"]) <= 3):
            bad("allow case needs 1-3 must_contain_text facts")
        if allow and not c["key"]:
            bad("allow case needs a key fact")
        if c["ground"] == "credible_threat" and not threat and outcome != "deny_threat_missing":
            bad("credible_threat without a threat statement")
        if outcome == "deny_threat_missing" and (threat or c["ground"] != "credible_threat"):
            bad("deny_threat_missing must be credible_threat with no statement")
        if outcome == "deny_face" and "face_surveillance" not in cats:
            bad("deny_face without a face span")
        if outcome == "deny_substance" and c["ground"] != "drugs":
            bad("deny_substance must use the drugs ground")
        if outcome == "deny_recipient" and req["recipient"].startswith("bpd") and "gang" not in req["recipient"]:
            bad("deny_recipient with a BPD recipient")
        if c["genre"] == "long_narrative" and not (1000 <= len(desc) <= 3000):
            bad(f"long narrative is {len(desc)} characters")
        # free text outside spans, per field
        outside = []
        for text, spans in ((desc, dspans), (threat or "", tspans)):
            t, last = [], 0
            for s, e, _ in spans:
                t.append(text[last:s]); t.append("\x00"); last = e
            t.append(text[last:])
            outside.append(fold("".join(t)))
        span_texts = [fold(text[s:e]) for text, spans in ((desc, dspans), (threat or "", tspans)) for s, e, _ in spans]
        xs_text = fold(json.dumps(c["xs"], ensure_ascii=False))
        for k in c["canaries"]:
            f = fold(k)
            if len(f.strip()) < 3:
                bad(f"canary {k!r} too short")
            if f not in whole:
                bad(f"canary {k!r} not in the request")
            if f in kept:
                bad(f"canary {k!r} is in a field police may receive")
            if f in police_struct:
                bad(f"canary {k!r} is in location / ground / weapon / substances")
            if any(f in o for o in outside):
                bad(f"canary {k!r} occurs in free text outside a forbidden span")
            if not any(f in s for s in span_texts) and f not in xs_text:
                bad(f"canary {k!r} is neither in a span nor in a structured field")
            if f in code_words:
                bad(f"canary {k!r} collides with a category code or student key")
            if any(f in x or x in f for x in facts):
                bad(f"canary {k!r} overlaps a kept fact")
            if allow and (f in fold(c["name"]) or f in fold(school)):
                bad(f"canary {k!r} overlaps the name or school")
        for st in span_texts:
            if not any(fold(k) in st for k in c["canaries"]):
                bad(f"forbidden span without a canary: {st[:60]!r}")
        if c["xcats"] and not any(fold(k) in xs_text for k in c["canaries"]):
            bad("structured forbidden fields without a canary")
        for fact in c["keep"] + ([c["key"]] if (allow and c["key"]) else []):
            occ = clean_occurrences(desc, dspans, fact)
            if not occ:
                bad(f"kept fact {fact!r} not in incident.description")
            elif not any(ok for _, ok in occ):
                bad(f"kept fact {fact!r} only occurs in a sentence with a forbidden span")
            elif not all(ok for _, ok in occ) and fact in c["keep"]:
                bad(f"kept fact {fact!r} also occurs in a sentence with a forbidden span")
        # no sentence reused across cases (no templates)
        for a, b in sentences(desc):
            s = desc[a:b].strip()
            if len(s) > 40:
                if s in seen_sent and seen_sent[s] != cid:
                    bad(f"sentence reused from {seen_sent[s]}: {s[:60]!r}")
                seen_sent.setdefault(s, cid)
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    if len(lines) != 150:
        problems.append(f"expected 150 cases, built {len(lines)}")
    descs = [json.loads(l)["request"]["incident"]["description"] for l in lines]
    if len(set(descs)) != len(descs):
        problems.append("duplicate descriptions")
    return lines, problems


def main():
    lines, problems = build()
    if problems:
        for p in problems:
            print("self-check:", p, file=sys.stderr)
        sys.exit(f"{len(problems)} self-check problems; nothing written")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {}
    for c in CASES:
        counts.setdefault(c["genre"], {}).setdefault(c["outcome"], 0)
        counts[c["genre"]][c["outcome"]] += 1
    print(f"wrote {len(lines)} cases to {OUT}")
    for g, d in counts.items():
        print(f"  {g:22s} {sum(d.values()):3d}  " + ", ".join(f"{k} {v}" for k, v in sorted(d.items())))


if __name__ == "__main__":
    main()
