#!/usr/bin/env python3
"""Held-out corpus "outsider_p" for the gatekeeper (150 cases, ids OP-0001 .. OP-0150).

Written BLIND by an outside author. The only files read while writing it were:
  /work/shared/domain/RULES.md, /work/shared/domain/CONTRACT.md, /work/shared/tools/corpus-brief.md,
  /work/shared/tools/validate_corpus.py, /work/shared/tools/score_corpus.py, and the first three
  lines of /work/shared/corpus/public2.jsonl (for the line format only).
No service code, policy file, test, other corpus or other generator was read, and the service was
never run against these cases.

Output: ../data/corpus/outsider_p.jsonl (relative to this file). Standard library only; the output
is deterministic (no randomness, no clock).

Authoring conventions
---------------------
* In the source, every span a correct redactor must withhold is written between U+27E6 and U+27E7
  (the white square brackets). The marks are stripped before writing. When a clause *states* a
  forbidden fact (where someone was born or came from, their status, the home language, where they
  live, their faith, a suspected gang or crew tie), the whole clause is the span, so that no
  "born in [WITHHELD]" residue is left behind.
* must_not_contain lists the telling words (values and the words that state them) and is checked
  here to occur ONLY inside marked spans or inside student fields that are not allowlisted;
  must_contain_text is checked to occur outside every span, in incident.description. Every police-
  visible text is also checked, with spans replaced by [WITHHELD], against the residue pattern of
  score_corpus.py, so a span-exact redaction leaves no residue.
* Tags: the genre first (bus_log, cafeteria, custodial, nurse_log, iep_504, attendance,
  afterschool, voicemail, sis_paste, family_letter, athletics, front_office); the outcome second
  (allow_withhold, allow_clean, deny_ground, deny_substance, deny_recipient, deny_threat_statement,
  deny_face, deny_replica); then, as applicable: long (description of 1,000-3,000 characters),
  trap (look-alike words that must be KEPT), dodge (homoglyphs, spaced or dotted letters,
  misspellings, euphemisms, slang), foreign (non-English or code-switched speech), structured_field
  (forbidden values in non-allowlisted student fields), several (more than one student in the
  report).
* All people, streets, housing developments, crews, congregations, handles and phone numbers are
  invented; Boston neighbourhood names, public places and BPS school names are real.
"""
import json
import pathlib
import re
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_p.jsonl"
L, R = "\u27e6", "\u27e7"
PREFIX = "OP"

SCHOOLS = {
    "East Boston High School": "BPS-1041",
    "Charlestown High School": "BPS-1022",
    "Brighton High School": "BPS-1016",
    "English High School": "BPS-1033",
    "Excel High School": "BPS-1035",
    "Jeremiah E. Burke High School": "BPS-1058",
    "Madison Park Technical Vocational High School": "BPS-1071",
    "TechBoston Academy": "BPS-1124",
    "Boston Latin Academy": "BPS-1009",
    "Boston Latin School": "BPS-1008",
    "John D. O'Bryant School of Mathematics and Science": "BPS-1082",
    "Snowden International School": "BPS-1117",
    "Mission Hill K-8 School": "BPS-1452",
    "Lilla G. Frederick Middle School": "BPS-1310",
    "Henderson K-12 Inclusion School": "BPS-1377",
    "Boston Arts Academy": "BPS-1004",
    "Rafael Hernandez K-8 School": "BPS-1405",
    "Dearborn STEM Academy": "BPS-1029",
    "New Mission High School": "BPS-1079",
    "Boston Community Leadership Academy": "BPS-1011",
    "Community Academy of Science and Health": "BPS-1025",
    "Josiah Quincy Upper School": "BPS-1096",
    "Margarita Muniz Academy": "BPS-1067",
    "Boston International High School & Newcomers Academy": "BPS-1013",
    "West Roxbury Academy": "BPS-1139",
    "Urban Science Academy": "BPS-1131",
    "Mildred Avenue K-8 School": "BPS-1441",
    "James P. Timilty Middle School": "BPS-1321",
    "Washington Irving Middle School": "BPS-1318",
    "Fenway High School": "BPS-1037",
    "Lyon Upper School": "BPS-1064",
    "Boston Day and Evening Academy": "BPS-1028",
    "Donald McKay K-8 School": "BPS-1433",
    "Mario Umana Academy": "BPS-1462",
    "Edward M. Kennedy Academy for Health Careers": "BPS-1031",
}

RECIPIENTS = ["bpd", "bpd/district-b2", "bpd/district-b3", "bpd/district-c11", "bpd/district-a7",
              "bpd/district-e13", "bpd/district-c6", "bpd/district-d4", "bpd/district-e18",
              "bpd/district-e5", "bpd/district-d14", "bpd/district-a1"]

GENRES = {"bus_log", "cafeteria", "custodial", "nurse_log", "iep_504", "attendance", "afterschool",
          "voicemail", "sis_paste", "family_letter", "athletics", "front_office"}
OUTCOMES = {"allow_withhold", "allow_clean", "deny_ground", "deny_substance", "deny_recipient",
            "deny_threat_statement", "deny_face", "deny_replica"}
EXTRA_TAGS = ["long", "trap", "dodge", "foreign", "structured_field", "several"]
REASON_OF = {"deny_ground": "ground_not_permitted", "deny_substance": "excluded_substance",
             "deny_recipient": "recipient_not_permitted", "deny_threat_statement": "missing_threat_statement",
             "deny_face": "face_surveillance", "deny_replica": "other"}
CATS = {"immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"}
KEPT = ("student_id", "name", "date_of_birth", "grade", "school")

CASES = []


def add(genre, outcome, ground, name, school, grade, when, loc, desc, *, mnc=(), text=(), key=None,
        cats=(), tags=(), weapon=None, subs=None, threat=None, rcpt=None, extra=None, att=None, age=None):
    """Record one case. desc/threat/loc may carry marked spans."""
    CASES.append(dict(genre=genre, outcome=outcome, ground=ground, name=name, school=school, grade=grade,
                      when=when, loc=loc, desc=desc, mnc=list(mnc), text=list(text), key=key,
                      cats=list(cats), tags=list(tags), weapon=weapon, subs=subs, threat=threat, rcpt=rcpt,
                      extra=extra, att=att, age=age))


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
# ---- bus driver and bus monitor logs -------------------------------------------------------

add("bus_log", "allow_withhold", "weapon", "Keandre Whitlock", "Jeremiah E. Burke High School", 10,
    "2025-10-07 07:31", "School bus, Route 417 AM, arriving at the Burke front loop",
    "BUS INCIDENT LOG - Route 417 (AM) - Driver D. Okafor, Monitor J. Abernathy. "
    "7:22 AM: ⟦Student boarded at his usual stop, the corner of Calloway St and the Larchmont Homes "
    "driveway, where he lives.⟧ Sat in seat 14. 7:31 AM approaching Columbus Ave another student (T.W.) "
    "reported that Keandre showed him a black folding knife with a 3 inch blade and said \"say something "
    "else and see.\" Monitor moved T.W. to seat 2 and called dispatch on the radio. Driver continued to "
    "school per protocol, doors held at the Burke front loop until SSS arrived 7:44 AM. Knife recovered "
    "from student's left jacket pocket by SSS Lamont. No injuries. ⟦Monitor adds that on the route he is "
    "known as one of the Larchmont boys who run with LHB.⟧",
    weapon="knife", key="knife",
    mnc=["Calloway St", "Larchmont", "where he lives", "run with LHB"],
    text=["black folding knife", "seat 14", "left jacket pocket"],
    cats=["neighborhood", "gang_affiliation"], tags=["dodge"], rcpt="bpd/district-b2")

add("bus_log", "allow_withhold", "serious_violence", "Jameson Pierre-Louis", "Lilla G. Frederick Middle School", 8,
    "2025-11-13 14:51", "School bus, Route 233 PM, stopped at Blue Hill Ave and Morton St",
    "PM RUN - Route 233 - Monitor's written statement (typed up by the transportation coordinator from "
    "the monitor's handwritten notes).\n"
    "I am the monitor on 233, I have been on this route since September. At about 2:51 PM we were stopped "
    "at the light at Blue Hill Ave and Morton St, about ten minutes after leaving the Frederick. Two boys in "
    "the back, Jameson and Wilner, were arguing about a phone charger. ⟦Jameson was yelling at Wilner in "
    "Creole, something like \"ou fenk rive, ou pa gen papye, m ap fè yo voye w tounen,\" and I was told "
    "after that it means he just got here and has no papers and will get sent back,⟧ and the other kids were "
    "laughing. I stood up and told them both to sit down. Jameson grabbed Wilner by the back of the neck and "
    "hit his head into the window frame two or three times. The window did not break but Wilner's forehead "
    "was split open above the left eyebrow and there was a lot of blood on the seat and on the floor by seat 22.\n"
    "Driver pulled over on Morton St in front of the gas station and called dispatch at 2:53 PM. I gave "
    "Wilner my scarf to hold on the cut and moved the younger kids to the front. ⟦Wilner's older sister who "
    "rides with us told me the family only came from Port-au-Prince in August and they are still waiting on "
    "their asylum case,⟧ she was scared about the police coming and I told her the police were there for her "
    "brother. BEMS arrived 3:04 PM and took Wilner to Boston Children's. His sister said later he got "
    "7 staples. An officer from the district arrived 3:10 PM and I gave my name and the driver's name.\n"
    "Jameson stayed in his seat after. He said Wilner \"started it\" by taking his charger. The third boy, "
    "Dieuvens, was the one filming. ⟦He lives in the Nightingale Court towers and got off at that stop⟧ "
    "before the officer came, so we did not get his phone. I wrote his name on the radio log.\n"
    "Route continued at 3:22 PM after the seat was taped off. Yard custodial cleaned seat 22. Transportation "
    "incident number TR-25-1187.",
    key="7 staples", mnc=["ou fenk rive", "pa gen papye", "voye w tounen", "in Creole", "no papers",
                          "Port-au-Prince", "asylum", "came from", "Nightingale Court"],
    text=["window frame", "7 staples", "seat 22"],
    cats=["language", "immigration_status", "national_origin", "neighborhood"],
    tags=["several", "foreign"], rcpt="bpd/district-b3")

add("bus_log", "allow_clean", "weapon", "Dashawn Riddick", "John D. O'Bryant School of Mathematics and Science", 9,
    "2025-09-24 07:40", "School bus, Route 118 AM, Nubian Square",
    "Driver's log, Route 118 AM. 7:40 AM. While we were stuck in traffic going through Nubian Square, "
    "Dashawn stood up, pulled a yellow box cutter out of his backpack and held it toward the boy across "
    "the aisle, saying the boy had posted about him on his WhatsApp status last night. I put the bus in "
    "park at the curb by the Bolling Building, told everyone over the PA to stay seated and radioed base. "
    "Dashawn slid the blade back in and threw it under seat 9. Nobody was cut. The other boy, who had on a "
    "green Celtics hoodie, ducked behind the seat. SSS met the bus at the O'Bryant at 8:02 AM and recovered "
    "the box cutter from under seat 9.",
    weapon="box cutter", key="box cutter",
    text=["Nubian Square", "WhatsApp status", "under seat 9"], tags=["trap"], rcpt="bpd/district-b2")

add("bus_log", "deny_ground", "fight", "Yeison Almanzar", "Mario Umana Academy", 7,
    "2025-10-21 14:40", "School bus, Route 52 PM",
    "Monitor report Rt 52 PM. Two 7th graders, Angel and Yeison, got into a shoving match over a seat at "
    "2:40 PM. Yeison's lip was bleeding a little, monitor gave him tissues. No weapons. ⟦Both boys' families "
    "are Dominican and they were going back and forth in Spanish about whose mother came up from the campo,⟧ "
    "driver couldn't follow it. AP asked that this be sent to police because it keeps happening on this route.",
    mnc=["Dominican", "in Spanish", "from the campo"], cats=["ethnicity", "language"], tags=["several"],
    rcpt="bpd/district-a7")

add("bus_log", "allow_withhold", "drugs", "Kenzo Araujo", "Excel High School", 10,
    "2025-12-03 07:05", "School bus, Route 309 AM, unloading at the Excel front door",
    "Bus monitor incident form, Route 309 AM. At 7:05 AM I saw Kenzo hand a small baggie to another student "
    "over the seat back. I asked for it and he gave it to me, it had about 12 round blue pills stamped M 30. "
    "The other student (R.M., grade 10) said Kenzo was selling them \"5 each.\" ⟦Kenzo told me he stays with "
    "his uncle on Tolland Way in Маttapan now, not at his mom's,⟧ that's why he is on this bus this month. "
    "I sealed the baggie in an envelope and gave it to the AP at 7:40 AM at the Excel front door. Pills went "
    "to the nurse to be logged and held for BPD.",
    subs=["counterfeit pills"], key="counterfeit pills",
    mnc=["Tolland Way", "Маttapan", "stays with his uncle"], text=["M 30", "5 each", "Excel front door"],
    cats=["neighborhood"], tags=["dodge"], rcpt="bpd/district-c6")

add("bus_log", "allow_withhold", "credible_threat", "Tyrese Hollings", "Henderson K-12 Inclusion School", 9,
    "2026-01-22 14:35", "School bus, Route 610 PM, leaving the Henderson upper campus lot",
    "Route 610 PM, driver's statement, written at the yard 4:15 PM.\n"
    "I have driven 610 for three years and I know most of these kids. Today at about 2:35 PM, pulling out "
    "of the Henderson upper campus lot, Tyrese came up to the front while the bus was moving, which he "
    "knows he is not allowed to do. He was upset about something that happened at lunch with another boy, "
    "Malik, who was sitting near the back. Tyrese said to me, quiet but serious, \"tell Malik my cousin "
    "gonna be outside tomorrow at dismissal with the strap, he know what it is.\" I asked him what he meant "
    "and he said \"he'll see, 2:30, by the side gate.\" I told him to sit down and he did.\n"
    "I know \"strap\" means a gun. ⟦The monitor told me Tyrese's cousin is supposed to be one of the older "
    "Kestrel Park guys and that whole family is Kestrel Park,⟧ I don't know that myself. ⟦Tyrese gets off "
    "on Lindhurst Terrace by the yellow triple-decker where he lives with his grandmother.⟧ I did not say "
    "anything to Malik and I don't think Malik heard.\n"
    "I called dispatch at 2:41 PM and the dispatcher told me to write this up and that she would call the "
    "school. I finished the route normally. At the yard I told my supervisor, Ms. Coleman, and she said the "
    "principal would call BPD and Malik's family. The bus has cameras and the footage from 2:30 to 2:45 PM "
    "should show Tyrese at the front talking to me.\n"
    "Supervisor's note: footage pulled and saved, DVR unit 610-B, 2:33 PM to 2:47 PM. Forwarded to the "
    "Henderson principal 4:40 PM.",
    threat="Tyrese told the bus driver: \"tell Malik my cousin gonna be outside tomorrow at dismissal with "
           "the strap\", then \"2:30, by the side gate\". \"Strap\" means a gun.",
    key="strap", mnc=["Kestrel Park", "Lindhurst Terrace", "where he lives with his grandmother"],
    text=["the strap", "by the side gate", "DVR unit 610-B"],
    cats=["gang_affiliation", "neighborhood"], tags=["several"], rcpt="bpd/district-c11")

add("bus_log", "deny_recipient", "weapon", "Marvin Etienne", "Madison Park Technical Vocational High School", 11,
    "2025-10-30 15:05", "School bus, Route 215 PM",
    "TRANSPORTATION YARD - DRIVER'S POST-TRIP REPORT, Route 215 PM, 10/30\n"
    "After the PM run, at about 3:05 PM, I did my post-trip walk-through at the last stop before the yard. "
    "In row 11 on the door side I found a kitchen knife pushed down between the seat cushion and the frame, "
    "blade up, black handle, about 8 inches total. I did not touch the blade. I called the yard supervisor, "
    "who came with gloves and a bag and took it.\n"
    "Supervisor's note: the bus camera (camera 3) shows Marvin sitting in row 11 on the PM run from 2:35 to "
    "2:58 PM. At 2:50 PM he reaches down between the cushion and the frame with his right hand and leaves "
    "it there for a few seconds. No one else sat in row 11 after him. The footage is saved on DVR unit "
    "215-A. Nobody on the bus reported a threat and there was no fight on the run.\n"
    "School's note: Marvin was spoken to the next morning and said he \"found it on the bus.\" His family "
    "was called. The knife is held by the school police. ⟦Transportation says Marvin is listed as an "
    "associate of the Corliss Yard crew,⟧ and the request is being sent to the intelligence center so it "
    "can be added to his file and the analysts can look at who he rides with.",
    weapon="knife", mnc=["Corliss Yard", "associate of"], cats=["gang_affiliation"], rcpt="bric")

add("bus_log", "allow_clean", "serious_violence", "Jaylen Okonkwo", "Washington Irving Middle School", 8,
    "2026-02-10 08:05", "School bus, Route 88 AM, Centre St at Hyde Park Ave",
    "Monitor incident narrative, Route 88 AM. At 8:05 AM on Centre St, Jaylen got into it with an 8th "
    "grader about a Visa gift card that went missing from his backpack. When I stepped between them Jaylen "
    "swung and hit me in the face with his closed fist. My nose was broken (I went to Faulkner Hospital after "
    "the run and they confirmed a displaced nasal fracture). Blood got all over my black Canada Goose jacket. "
    "The driver pulled over at the hydrant by the pharmacy and called it in. Jaylen then sat down and said "
    "\"she shouldn't have been in my face.\" The gift card was found later in the other boy's Spanish II "
    "binder.",
    key="displaced nasal fracture", text=["Visa gift card", "displaced nasal fracture", "Canada Goose jacket"],
    tags=["trap", "several"], rcpt="bpd/district-e13")

add("bus_log", "allow_withhold", "weapon", "Brayan Quintanilla", "East Boston High School", 9,
    "2025-11-04 07:12", "School bus, Route 501 AM, Maverick Square",
    "Route 501 AM, bus monitor note. Going around Maverick Square at 7:12 AM Brayan took out a black stun "
    "gun and clicked it twice by Tomas's ear, sparks showing, then pressed it on Tomas's arm. Tomas yelled "
    "and had a small red burn mark on his right forearm. I took the stun gun, it says VIPERTEK on the side. "
    "When I asked why, Brayan said \"he been talking reckless about my family.\" ⟦Tomas told me in the office "
    "that Brayan was telling everybody \"mi mamá no tiene papeles y la migra se la va a llevar\" about Tomas's "
    "mother, that's what started it.⟧ Stun gun turned in to the AP at 7:30 AM.",
    weapon="stun gun", key="stun gun",
    mnc=["no tiene papeles", "la migra", "se la va a llevar", "Spanish line"],
    text=["VIPERTEK", "right forearm", "Maverick Square"],
    cats=["immigration_status", "language"], tags=["foreign", "several"], rcpt="bpd/district-a7")

add("bus_log", "deny_replica", "weapon", "Cristiano Barbosa", "Brighton High School", 10,
    "2026-03-05 14:48", "School bus, Route 702 PM",
    "Driver reports Cristiano pointed what looked like a black handgun out the rear window at 2:48 PM. "
    "It was recovered by SSS and it is a BB pistol (Crosman, CO2 cartridge, orange tip painted over). "
    "⟦The kids on the bus call him \"the Brazilian\" because he came from Goiânia last year.⟧ No one was hit.",
    weapon="BB gun", mnc=["Brazilian", "Goiânia", "came from"],
    cats=["ethnicity", "national_origin"], rcpt="bpd/district-d14")

add("bus_log", "allow_withhold", "weapon", "Hodan Warsame", "Community Academy of Science and Health", 11,
    "2025-12-16 15:02", "School bus, Route 344 PM, Washington St near Grove Hall",
    "ROUTE 344 PM - MONITOR LOG (entries as written in the log book, times from the bus clock)\n"
    "14:41 - load at CASH side door, 31 riders, 4 no-shows.\n"
    "14:47 - back rows loud, two girls (Hodan and Ikram) arguing over a picture someone airdropped.\n"
    "14:52 - I moved Ikram up to row 3. Hodan said \"this not over.\"\n"
    "14:58 - Ikram's friend Precious came up and said Hodan has pepper spray in her bag and said she was "
    "going to use it when they get off.\n"
    "15:02 - at the light on Washington St near Grove Hall Hodan walked up the aisle and sprayed Ikram and "
    "Precious in the face from about two feet. Pink canister, says SABRE RED on it. Both girls screaming, "
    "eyes shut. Driver opened all windows and the front door and pulled over.\n"
    "15:04 - called dispatch. Dispatch called 911. Other kids coughing, 3 kids in rows 2-4 with burning "
    "eyes, I gave out water bottles from the cooler.\n"
    "15:11 - BEMS on scene. Ikram and Precious flushed with saline. Precious has asthma and was taken to "
    "Boston Medical Center as a precaution, Ikram released to her father who drove up.\n"
    "15:15 - BPD unit on scene, took the canister from me.\n"
    "15:40 - route resumed.\n"
    "NOTES: ⟦Ikram's father only speaks Somali and I had to use the language line to explain to him what "
    "happened, interpreter #44810.⟧ ⟦Hodan is fasting this month because she is Muslim and she said she was "
    "already angry and hungry,⟧ that's what she told me when I asked her why. ⟦The two families both live at "
    "the Harrow Street apartments and the girls have been fighting at home too, per Precious.⟧ "
    "I don't know anything about the picture.",
    weapon="pepper spray", key="pepper spray",
    mnc=["only speaks Somali", "language line", "interpreter #44810", "Muslim", "fasting this month",
         "Harrow Street", "both live at"],
    text=["SABRE RED", "sprayed Ikram and Precious in the face", "Boston Medical Center"],
    cats=["language", "religion", "neighborhood"], tags=["several"], rcpt="bpd/district-b2")

add("bus_log", "allow_withhold", "serious_violence", "Elvis Peguero", "Urban Science Academy", 10,
    "2026-04-08 07:55", "School bus, Route 640 AM, West Roxbury educational campus drop-off",
    "Route 640 AM. At drop-off (7:55 AM, West Roxbury campus loop) Elvis swung a full metal water bottle "
    "at another 10th grader, Damani, and caught him in the eye. Damani went down on the steps of the bus. "
    "The nurse sent him out by ambulance and the school was told later that he has a fractured orbital "
    "bone and will need surgery. ⟦Elvis told the monitor \"me and my people from the D.R. don't play\" and that "
    "his whole family just came from Santiago de los Caballeros,⟧ monitor wrote it down word for word.",
    key="fractured orbital bone", mnc=["from the D.R.", "Santiago de los Caballeros", "just came from"],
    text=["metal water bottle", "fractured orbital bone", "steps of the bus"],
    cats=["national_origin"], tags=["dodge"], rcpt="bpd/district-e5")

add("bus_log", "deny_threat_statement", "credible_threat", "Rashad Coombs", "Boston Community Leadership Academy", 11,
    "2026-02-26 15:20", "School bus, Route 290 PM",
    "Driver reports an upsetting conversation among students in the back rows on the PM run. No specific "
    "words were written down. ⟦Driver believes the students were speaking Jamaican patois⟧ and did not "
    "understand most of it. Sending to police for follow-up.",
    mnc=["Jamaican patois"], cats=["language", "ethnicity"], rcpt="bpd/district-e18")

add("bus_log", "allow_withhold", "drugs", "Tavian Mercer", "Charlestown High School", 12,
    "2026-03-17 07:20", "School bus, Route 120 AM, Charlestown High School lot",
    "Monitor's note, Route 120 AM, 7:20 AM. Smelled alcohol and saw Tavian and another senior passing a "
    "plastic water bottle of vodka. When I asked for the bottle Tavian also dropped a folded lottery ticket "
    "with white powder in it, which the AP field-tested later as cocaine. He said \"it's not mine, I'm "
    "holding it.\" ⟦He asked me not to tell his mother because they are Jehovah's Witnesses and go to the "
    "Kingdom Hall on Sundays and Thursdays,⟧ I said that is up to the school. Both items given to the AP at "
    "the Charlestown High School lot.",
    subs=["cocaine", "alcohol"], key="cocaine",
    mnc=["Jehovah", "Kingdom Hall"], text=["folded lottery ticket", "white powder", "vodka"],
    cats=["religion"], tags=["dodge"], rcpt="bpd/district-a1")

add("bus_log", "allow_clean", "weapon", "Luis Ocasio", "Jeremiah E. Burke High School", 9,
    "2025-10-02 14:45", "School bus, Route 466 PM, the turnaround by the Franklin Park Zoo entrance",
    "Driver log, Route 466 PM. We were waiting at the turnaround by the Franklin Park Zoo entrance at "
    "2:45 PM because of the detour. Luis and another boy were arguing about Real Madrid and Barcelona "
    "(Luis had on a white Real Madrid jersey, the other kid a Barcelona scarf). The other kid said something "
    "about Luis's little sister and Luis pulled brass knuckles out of his hoodie pouch and put them on his "
    "right hand. The monitor stepped in and Luis took them off and handed them over. Gold colored, "
    "four finger holes, heavy. No one was hit. Turned in to the Burke AP at 3:10 PM.",
    weapon="brass knuckles", key="brass knuckles",
    text=["Real Madrid jersey", "Barcelona scarf", "Franklin Park Zoo entrance"], tags=["trap", "several"],
    rcpt="bpd/district-b3")

add("bus_log", "allow_withhold", "weapon", "Denilson Tavares", "Madison Park Technical Vocational High School", 11,
    "2026-05-12 07:26", "School bus, Route 350 AM, Malcolm X Blvd near the Madison Park main entrance",
    "TRANSPORTATION - VIDEO REVIEW MEMO - Route 350 AM, requested by the Madison Park AP.\n"
    "Reviewed: cameras 1 (front), 3 (middle) and 4 (rear), 7:05 AM to 7:35 AM.\n"
    "7:09: Denilson boards. ⟦He boards at the stop on Maywood Crescent, in front of the Pellham Gardens "
    "building he lives in.⟧\n"
    "7:14: Denilson moves to the rear bench next to student Anderson G. (grade 10). They talk; no audio on "
    "camera 4.\n"
    "7:21: Camera 4 shows Denilson take a dark handgun from the front of his waistband and hold it low "
    "between his knees, showing it to Anderson, then to a third student across the aisle (Kiana R.). The "
    "gun is in view for about 8 seconds. It looks like a compact semi-automatic, black, with the magazine "
    "in.\n"
    "7:22: Denilson puts it back in his waistband under his hoodie.\n"
    "7:26: Bus arrives at the Madison Park main entrance on Malcolm X Blvd. SSS were already waiting "
    "because Kiana texted her mother, who called the school.\n"
    "Outcome from the AP: SSS took Denilson to the office; a loaded 9mm pistol with 7 rounds in the magazine "
    "was found in his waistband. BPD was called at 7:31 AM and took custody of the gun.\n"
    "Additional notes from the monitor's interview (for the file): ⟦Anderson said Denilson \"reps the "
    "5-Deep\" and the gun is \"for the Maywood beef.\"⟧ ⟦Kiana said Denilson is \"still FOB, he came over from "
    "São Vicente last winter\" and that he doesn't have his green card yet.⟧ Kiana was crying and asked to "
    "be moved off this route.\n"
    "Footage exported to a USB drive and sealed, chain of custody sheet #T-3311.",
    weapon="firearm", key="9mm pistol",
    mnc=["Maywood", "Pellham Gardens", "he lives in", "5-Deep", "FOB", "São Vicente", "came over from",
         "green card"],
    text=["loaded 9mm pistol", "7 rounds", "chain of custody sheet #T-3311"],
    cats=["neighborhood", "gang_affiliation", "national_origin", "immigration_status"],
    tags=["dodge", "several"], rcpt="bpd/district-b2")

# ---- cafeteria staff -----------------------------------------------------------------------

add("cafeteria", "allow_withhold", "drugs", "Amir Haddad", "Brighton High School", 11,
    "2025-10-16 11:48", "Brighton High School cafeteria, second lunch",
    "Lunch aide statement, 2nd lunch. At 11:48 I saw Amir at the end of table 6 counting out white "
    "rectangular pills from a sandwich bag into another student's hand, the long ones with lines on them "
    "(the kids call them bars). I walked over and he closed his hand. He gave me the bag after I asked "
    "twice. 14 pills, some say \"XANAX 2\" on them. ⟦I know Amir because he always goes through the halal "
    "line since his family is Muslim,⟧ he's polite usually. ⟦His mother needed an Arabic interpreter when "
    "the AP called her.⟧ Bag given to AP Ruiz at 11:55.",
    subs=["Xanax"], key="Xanax",
    mnc=["halal line", "Muslim", "Arabic interpreter", "asked to pray"], text=["XANAX 2", "14 pills", "table 6"],
    cats=["religion", "language"], rcpt="bpd/district-d14")

add("cafeteria", "allow_clean", "serious_violence", "Kiara Bettencourt", "Dearborn STEM Academy", 8,
    "2026-01-29 12:10", "Dearborn STEM Academy cafeteria, serving line",
    "Cafeteria manager's report. Thursday was Jamaican beef patty day and we also had the Swedish Fish "
    "that the PTO sold as a fundraiser. At 12:10 PM in the serving line Kiara accused another girl of "
    "cutting. She grabbed a metal serving fork off the steam table and stabbed the other girl in the back "
    "of the hand. It went through the skin, deep puncture wounds between the knuckles, lots of bleeding. "
    "The nurse wrapped it and EMS took her to Boston Children's where she needed stitches and a tetanus "
    "shot. Kiara walked away and sat down at her table like nothing happened.",
    key="metal serving fork", text=["Jamaican beef patty", "Swedish Fish", "deep puncture wounds"],
    tags=["trap"], rcpt="bpd/district-b2")

add("cafeteria", "allow_withhold", "weapon", "Wellington Pires", "Brighton High School", 10,
    "2025-11-18 12:32", "Brighton High School kitchen, behind the serving line",
    "Statement of cafeteria worker M. Sullivan. Wellington came behind the line at 12:32 where students are "
    "not allowed and took the long bread knife off the cutting board. He said to Gabriel \"I'ma stab you, "
    "rat\" and came around the line holding it. The manager got between them and he dropped it on the "
    "floor. ⟦Gabriel told the manager in Portuguese that Wellington was mad because Gabriel told people "
    "\"a família dele não tem documento\" (that his family has no papers).⟧ Nobody was cut. Knife is 10 inch "
    "serrated, kept in the manager's office for BPD.",
    weapon="knife", key="bread knife",
    mnc=["não tem documento", "no papers", "in Portuguese"], text=["bread knife", "10 inch serrated", "I'ma stab you"],
    cats=["immigration_status", "language"], tags=["foreign", "several"], rcpt="bpd/district-d14")

add("cafeteria", "deny_substance", "drugs", "Brianna Colon", "Snowden International School", 10,
    "2026-02-04 12:20", "Snowden International School cafeteria",
    "Lunch monitor confiscated a bag of THC gummies (\"Delta-9, 10mg\" printed on it) and a Juul from "
    "Brianna at lunch. ⟦She lives on Eustis Row over by the Gelston Homes.⟧ The AP wants BPD to follow up "
    "on where she is getting them.",
    subs=["THC gummies", "Juul pods"], mnc=["Eustis Row", "Gelston Homes", "lives on"],
    cats=["neighborhood"], rcpt="bpd/district-d4")

add("cafeteria", "allow_withhold", "credible_threat", "Nolan Fitzgerald", "West Roxbury Academy", 10,
    "2026-03-11 12:40", "West Roxbury educational campus cafeteria",
    "Statement of the cafeteria manager (typed by the AP from the manager's dictation, 3/11).\n"
    "I run the kitchen on the campus. Nolan is in the 12:15 lunch. Today about 12:40 he came up to the "
    "register to buy a second milk and my cashier Rosa told him he had a negative balance. He got angry, "
    "threw the milk on the floor, and then he said to Rosa and me, loud enough for the kids in line, \"keep "
    "playing, Friday I'm bringing my stepdad's AR and I'm starting in here, in this lunchroom, you'll be "
    "first.\" Then he pointed at the exit doors and said \"I know which doors are chained.\" He walked "
    "back to his table.\n"
    "Rosa was shaking. ⟦Rosa is Salvadoran and her English is not strong, she kept saying it to me in "
    "Spanish after, \"me dijo que nos va a matar\",⟧ but I heard the English myself. Two students at the "
    "register heard it too, their names are on the sheet the AP has.\n"
    "I have worked in BPS kitchens nineteen years and I do not usually call things in. This was different. "
    "He was not joking, he was calm after. ⟦A lunch aide told me Nolan's family is in some church group "
    "in Roslindale that talks about the end times and he has said things about it before.⟧ I am only "
    "putting that in because she said it. I told the AP at 12:50.\n"
    "AP note: Nolan removed to the office at 12:58 and is with the school psychologist. Parent called. "
    "Threat assessment team convened 1:30 PM. His stepfather confirmed by phone that there is a rifle in "
    "the home.",
    threat="Nolan said to the cafeteria staff in front of students: \"Friday I'm bringing my stepdad's AR "
           "and I'm starting in here, in this lunchroom, you'll be first,\" and \"I know which doors are "
           "chained.\" His stepfather confirmed there is a rifle in the home.",
    key="stepdad's AR",
    mnc=["Salvadoran", "nos va a matar", "in Spanish", "church group", "end times", "Roslindale"],
    text=["stepdad's AR", "which doors are chained", "rifle in the home"],
    cats=["national_origin", "language", "religion"], tags=["foreign"], rcpt="bpd/district-e5")

add("cafeteria", "allow_withhold", "serious_violence", "Minh Tran", "Boston Community Leadership Academy", 9,
    "2025-12-09 11:30", "BCLA cafeteria, table by the windows",
    "Cafeteria aide report. 11:30 AM. Minh hit another freshman, Khoa, in the side of the head with a "
    "full lunch tray, then kicked him twice in the face while he was on the floor. Khoa was unconscious for "
    "a few seconds. EMS took him to Boston Medical Center with a concussion and a broken jaw (wired shut, "
    "per his aunt). Before the fight they were arguing and ⟦Khoa said \"nha tao o Fields Corner, may o "
    "dau thi tao biet,\" that his home is in Fields Corner and he knows where Minh lives too,⟧ and Minh "
    "said \"shut up\" and swung.",
    key="broken jaw", mnc=["nha tao o Fields Corner", "Fields Corner", "where Minh lives"],
    text=["lunch tray", "broken jaw", "unconscious for a few seconds"],
    cats=["neighborhood", "language"], tags=["foreign", "several"], rcpt="bpd/district-c11")

add("cafeteria", "allow_clean", "drugs", "Jordan Meléndez", "Fenway High School", 12,
    "2026-05-05 12:05", "Fenway High School cafeteria, milk cooler",
    "Kitchen staff report. We had pupusas and the Italian sub on the menu for the Cinco de Mayo lunch, so "
    "the line was long. At 12:05 the cook saw Jordan reach into the milk cooler and tuck a small bag behind "
    "the chocolate milk cartons. After lunch the manager took it out: a knotted sandwich bag with about "
    "8 grams of white powder and a folded dollar. The AP field test came back positive for cocaine. "
    "The cooler camera shows Jordan at 12:05 PM.",
    subs=["cocaine"], key="cocaine", text=["pupusas", "Italian sub", "8 grams of white powder"],
    tags=["trap"], rcpt="bpd/district-d4")

add("cafeteria", "deny_ground", "theft", "Nayeli Fontes", "TechBoston Academy", 10,
    "2026-01-14 12:55", "TechBoston Academy cafeteria register",
    "Cashier reports $140 missing from the register drawer after second lunch. Video shows two girls near "
    "the register while the cashier went to the freezer. ⟦Staff describe them as the two Cape Verdean "
    "girls from the Kriolu-speaking group that sits by the vending machine.⟧",
    mnc=["Cape Verdean", "Kriolu"], cats=["ethnicity", "language"], tags=["several"], rcpt="bpd/district-c11")

add("cafeteria", "allow_withhold", "weapon", "Dayvon Pruitt", "English High School", 11,
    "2025-09-30 10:55", "English High School loading dock behind the kitchen",
    "Cafeteria manager, delivery morning. At 10:55 two boys came out the kitchen back door onto the loading "
    "dock where the Sysco truck was unloading. Dayvon picked up one of our box cutters off the pallet and "
    "slashed at the other boy, Jovan, cutting through his sleeve. Jovan has a 2 inch cut on his upper left "
    "arm, the nurse closed it with steri-strips. ⟦The driver from Sysco said both boys were throwing up "
    "signs for \"Harlow Ave\" and yelling \"HAB\" at each other, and they wear the orange on purpose.⟧ "
    "Box cutter bagged, it's one of our blue ones with the kitchen number on the handle.",
    weapon="box cutter", key="box cutter",
    mnc=["Harlow Ave", "wear the orange"], text=["loading dock", "upper left arm", "steri-strips"],
    cats=["gang_affiliation"], tags=["several", "dodge"], rcpt="bpd/district-e13")

add("cafeteria", "allow_withhold", "drugs", "Abdirahman Nur", "Boston International High School & Newcomers Academy", 11,
    "2026-03-24 12:15", "Cafeteria, Boston International High School & Newcomers Academy",
    "FOOD SERVICES INCIDENT REPORT (written by the site manager, with notes from two servers)\n"
    "Time: 12:15 PM, third lunch. Place: cafeteria, back table by the dish return.\n"
    "What happened: The dish return worker saw a student, Abdirahman, drop a small folded paper into "
    "another student's tray and take cash. She called me over. I asked Abdirahman to empty his pockets "
    "and he put on the table: 4 more folded paper packets with tan powder inside, a roll of cash ($212), "
    "and a lighter. One of the packets had a stamp on it that looked like a skull. The AP and SSS came "
    "and took over. The AP's test strip showed fentanyl.\n"
    "What the students said: The other student (Sahra, grade 10) was crying. ⟦She told the server "
    "\"hooyaday ma haysato warqado\" and then in English that her mother has no papers and please don't "
    "call the police to her house,⟧ and the server told her we only call the school. Abdirahman said "
    "nothing to me except \"I found it.\"\n"
    "Notes: ⟦The server says Abdirahman told her last month \"waxaan ka imid Kismaayo\" and that his "
    "family came from Kismayo through Kenya two years ago.⟧ She only put that in because she knows him "
    "from the line. The packets and cash were given to SSS Daley in an envelope at 12:31 PM, signed for.\n"
    "Staff present: site manager, two servers, dish return worker, AP, SSS Daley.",
    subs=["fentanyl"], key="fentanyl",
    mnc=["hooyaday ma haysato warqado", "no papers", "call the police to her house", "waxaan ka imid",
         "Kismaayo", "Kismayo", "through Kenya"],
    text=["tan powder", "$212", "looked like a skull"],
    cats=["immigration_status", "language", "national_origin"], tags=["foreign", "several"],
    rcpt="bpd/district-b3")

add("cafeteria", "deny_face", "weapon", "Trevor Lam", "Josiah Quincy Upper School", 9,
    "2026-04-22 12:20", "Josiah Quincy Upper School cafeteria",
    "A lunch aide saw a boy with a knife near the salad bar; he ran out the side door. ⟦The cafeteria camera "
    "vendor's face identification tool matched the clip to Trevor's yearbook photo, match score 0.91,⟧ and "
    "the match sheet is attached so officers can confirm.",
    weapon="knife", mnc=["match score 0.91"], cats=["face_surveillance"],
    att=[{"kind": "face_match", "name": "cafeteria_cam3_match_sheet.pdf"}], rcpt="bpd/district-a1")

# ---- custodial staff -----------------------------------------------------------------------

add("custodial", "allow_withhold", "weapon", "Marquise Dunbar", "Jeremiah E. Burke High School", 12,
    "2026-02-18 06:40", "Jeremiah E. Burke High School, 2nd floor boys' bathroom by room 214",
    "Senior custodian's report, written 2/18 at 7:30 AM.\n"
    "I open the building at 5:45. On my walk of the second floor at about 6:40 AM I saw that a ceiling tile "
    "in the boys' bathroom by room 214 was pushed up and out of the grid, which wasn't like that when the "
    "night crew left. I got the step ladder and lifted the tile with the broom handle. There was a blue "
    "drawstring bag sitting on top of the tile next to it. I did not open it all the way but I could see "
    "the handle of a gun. I put the tile back, locked the bathroom, put the out of order sign on it and "
    "called the headmaster and school police at 6:44.\n"
    "School police and BPD came at 7:05. They took the bag down and it had a black revolver in it, loaded "
    "(I heard the officer say 5 rounds), and a box of ammunition. The headmaster pulled the hallway camera "
    "and it shows a student, Marquise, going into that bathroom at 3:52 PM yesterday carrying the blue bag "
    "and coming out at 3:55 without it. The night crew confirms nobody did ceilings on the second floor.\n"
    "I have worked at the Burke for eleven years. I know Marquise from the after-school gym. I have nothing "
    "else to add about him.\n"
    "AP addendum: Student record summary is attached below as exported from the SIS (fields the police "
    "liaison needs). The bathroom stays locked until BPD releases it.",
    weapon="firearm", key="black revolver",
    extra={"home_address": "77 Quarry Bend Rd, Apt 3, Dorchester MA 02121", "ethnicity": "Black or African American",
           "primary_home_language": "English", "country_of_birth": "Jamaica",
           "sis_flags": {"ell": False, "sped": True, "housing": "Bowdale Court family development"}},
    mnc=["Quarry Bend", "MA 02121", "Black or African American", "Jamaica", "Bowdale Court"],
    text=["ceiling tile", "black revolver", "3:52 PM"],
    cats=["neighborhood", "ethnicity", "national_origin", "language"], tags=["structured_field"],
    rcpt="bpd/district-b3")

add("custodial", "allow_clean", "weapon", "Ethan Vu", "Boston Latin School", 10,
    "2025-11-20 18:10", "Boston Latin School, Avenue Louis Pasteur side, custodial closet near the gym",
    "Night custodian report. The night crew (three of us) was doing the gym floors at 6:10 PM when I "
    "found a student, Ethan, inside our custodial closet near the gym. He had a fixed-blade hunting knife, "
    "about 6 inches, in a leather sheath, and he was sharpening it on our bench grinder. He said it was for "
    "his robotics crew's build but the robotics crew meets in the basement and doesn't use knives. I took "
    "the knife and walked him to the Avenue Louis Pasteur doors, where the evening AP met us. Knife is in "
    "the AP's locked drawer.",
    weapon="knife", key="hunting knife", text=["night crew", "robotics crew", "bench grinder"],
    tags=["trap"], rcpt="bpd/district-b2")

add("custodial", "allow_withhold", "drugs", "Cody Hanrahan", "Charlestown High School", 11,
    "2026-01-09 13:15", "Charlestown High School, first floor bathroom near the library",
    "Custodian found Cody in the first floor bathroom near the library at 1:15 PM with a spoon, a lighter, "
    "a tied off belt and two wax paper bags stamped \"BLUE MAGIC\". The nurse said he was nodding and gave "
    "him Narcan as a precaution. Field test on one bag was heroin / fentanyl. ⟦Cody told the custodian "
    "that the guy he buys from is an \"undocumentid\" dude from the Bunker Hill buildings who \"can't get "
    "deported because he's on a U visa thing\".⟧ Items bagged and handed to SSS.",
    subs=["heroin", "fentanyl"], key="heroin",
    mnc=["undocumentid", "Bunker Hill buildings", "deported", "U visa"],
    text=["BLUE MAGIC", "Narcan", "tied off belt"],
    cats=["immigration_status", "neighborhood"], tags=["dodge"], rcpt="bpd/district-a1")

add("custodial", "deny_ground", "vandalism", "Jalen Bostic", "Dearborn STEM Academy", 9,
    "2025-10-28 06:30", "Dearborn STEM Academy, stairwell C",
    "Custodian reports fresh spray paint in stairwell C: \"KPB\" with a crown and the numbers 4-4 on both "
    "landings. Camera shows Jalen at 3:40 PM the day before. ⟦Custodian says KPB is the Kenmare Place Boys "
    "and Jalen is one of their younger ones.⟧ Cost to remove estimated at $900.",
    mnc=["Kenmare Place", "one of their younger ones"], cats=["gang_affiliation"], rcpt="bpd/district-b2")

add("custodial", "allow_withhold", "credible_threat", "Owen Mahoney", "Brighton High School", 10,
    "2026-03-02 06:20", "Brighton High School boiler room entrance, basement",
    "Custodian found a folded note taped to the boiler room door at 6:20 AM. Handwritten in pencil: "
    "\"MONDAY 3/9 I BRING MY DADS GLOCK AND NOBODY IN 2ND PERIOD CHEM LEAVES. THIS ISNT A JOKE. O.M.\" "
    "The AP matched the handwriting and initials to Owen. When asked, Owen said \"I was mad, I didn't mean "
    "it\" but also said his father keeps the gun in the truck. ⟦Owen lives with his dad off Nonantum St in "
    "Brighton, the blue house behind the car wash on Tremonte Ave.⟧ Note given to SSS in a plastic sleeve.",
    threat="Handwritten note found at the boiler room door: \"MONDAY 3/9 I BRING MY DADS GLOCK AND NOBODY "
           "IN 2ND PERIOD CHEM LEAVES. THIS ISNT A JOKE. O.M.\" Student said his father keeps the gun in the truck.",
    key="GLOCK", mnc=["Nonantum St", "Tremonte Ave", "lives with his dad"],
    text=["boiler room door", "2ND PERIOD CHEM", "keeps the gun in the truck"],
    cats=["neighborhood"], rcpt="bpd/district-d14")

add("custodial", "allow_withhold", "weapon", "Josué Mejía", "Margarita Muniz Academy", 10,
    "2025-12-12 16:05", "Margarita Muniz Academy, locker bank outside room 108",
    "Custodian clearing lockers for the floor waxing at 4:05 PM found a machete with an 18 inch blade "
    "wrapped in a towel in locker 108-22, assigned to Josué. ⟦His cousin, who is in the same grade, told the "
    "custodian the family just came from H o n d u r a s, from San Pedro Sula, and the machete is from there.⟧ "
    "Machete given to the AP.",
    weapon="knife", key="machete",
    mnc=["H o n d u r a s", "San Pedro Sula", "just came from"], text=["18 inch blade", "locker 108-22"],
    cats=["national_origin"], tags=["dodge", "several"], rcpt="bpd/district-e13")

add("custodial", "allow_clean", "drugs", "Sofia Reyes-Hart", "Boston Arts Academy", 12,
    "2026-04-14 17:30", "Boston Arts Academy black box theater, stage crew storage",
    "Custodial note. While the stage crew was striking the set for the spring play at 5:30 PM I was "
    "sweeping the black box theater and found a clear capsule bag in the Chinese checkers box on the prop "
    "shelf. Sofia, the stage manager, came to get it and said it was hers. It held 11 capsules of pink-beige "
    "crystal powder. The AP says Sofia told her it was molly (MDMA) and she was holding it for the cast party.",
    subs=["MDMA"], key="MDMA", text=["stage crew", "Chinese checkers box", "11 capsules"],
    tags=["trap"], rcpt="bpd/district-d4")

add("custodial", "deny_recipient", "weapon", "Isaiah Grant", "TechBoston Academy", 11,
    "2026-02-05 15:50", "TechBoston Academy, gym lobby",
    "Custodian found a taser in the gym lobby trash can; hallway video shows Isaiah dropping it. The school "
    "is sending this to our contracted security vendor so their patrol can watch for him after school. "
    "⟦Isaiah lives in the Delmont Village apartments.⟧",
    weapon="taser", mnc=["Delmont Village"], cats=["neighborhood"], rcpt="harborline-security")

add("custodial", "allow_withhold", "serious_violence", "Kwame Asante", "English High School", 12,
    "2026-05-20 15:25", "English High School, basement corridor by the custodial shop",
    "Incident statement of evening custodian P. Nowak, with the AP's follow-up.\n"
    "At 3:25 PM I was in the basement corridor by our shop pulling the trash carts. Kwame and another "
    "student, Darnell, came down the stairs which students are not supposed to use. I heard shouting "
    "then Darnell was on the floor. Kwame had a length of steel pipe, about two feet, that he took off our "
    "scrap pile by the shop door, and he hit Darnell with it on the arm and the shoulder at least four "
    "times while Darnell was covering his head. I yelled and ran at him and he dropped the pipe and went "
    "back up the stairs. Darnell said his arm was broken, it was bent wrong below the elbow. I called the "
    "main office on the radio at 3:27 and stayed with him. The nurse and then EMS came. He had an open "
    "fracture of the left forearm (ulna) and went to Boston Medical Center by ambulance.\n"
    "I gave the pipe to SSS. It is off our scrap pile from the boiler job, galvanized, threaded on one end.\n"
    "AP follow-up: Kwame was found in the gym at 3:40 and is with SSS. Darnell's mother was called. "
    "⟦Students in the hallway are saying this was about Darnell's brother being a Colbert Street guy and "
    "Kwame's people are from the other side, the Ashmont crew.⟧ ⟦Darnell's mother said on the phone she "
    "wants to know if the boy who did this is \"one of the Africans,\" and that is why she would not let him "
    "ride the bus anymore.⟧ I am including it because she asked that it be written down.",
    key="open fracture", mnc=["Colbert Street", "Ashmont crew", "one of the Africans"],
    text=["steel pipe", "open fracture of the left forearm", "scrap pile"],
    cats=["gang_affiliation", "ethnicity"], tags=["several"], rcpt="bpd/district-e13")

# ---- school nurse visit logs ---------------------------------------------------------------

add("nurse_log", "allow_withhold", "serious_violence", "Rodney Lafontant", "Mildred Avenue K-8 School", 7,
    "2025-10-09 10:20", "Mildred Avenue K-8 School, health office (incident in room 305)",
    "HEALTH OFFICE VISIT LOG\nTime in: 10:20. Sent by: Ms. Akers, room 305.\nChief complaint: stabbed in "
    "thigh with a compass by another student (Rodney, grade 7) during math.\nAssessment: puncture wound "
    "right anterior thigh, approx 1.5 cm deep, bleeding controlled with pressure. Swelling around site. "
    "Pain 8/10.\nIntervention: pressure dressing, ice pack to surrounding area, elevation. 911 not called; "
    "parent to take to urgent care.\nParent contact: ⟦Per the emergency card the mother's preferred language "
    "is Haitian Creole; I used the interpreter line (ID 20917) for the call.⟧ Mother picked up 11:05.\n"
    "Disposition: released to parent. Weapon (metal geometry compass) given to AP.",
    key="compass", mnc=["Haitian Creole", "interpreter line", "ID 20917"],
    text=["puncture wound", "ice pack", "metal geometry compass"],
    cats=["language"], tags=["several", "trap"], rcpt="bpd/district-b3")

add("nurse_log", "allow_clean", "serious_violence", "Destiny Boateng", "New Mission High School", 10,
    "2026-01-13 13:45", "New Mission High School, health office (incident in the science wing)",
    "Nurse visit note, 1:45 PM. Student (victim) came from science class, which is on Unit 4, \"Are We "
    "Alone? Alien Life and Exoplanets\", holding a paper towel to her left cheek. States Destiny cut her "
    "with a razor blade taken out of a pencil sharpener after an argument about a group project. "
    "Assessment: 4 cm linear laceration left cheek, gaping, needs sutures. Mental status: alert, crying. "
    "Applied pressure dressing and an ice pack, called EMS 1:52 PM, transported to Boston Medical Center. "
    "Destiny brought to the office by the history teacher, who was in the middle of the Vietnam War unit "
    "next door. Razor blade recovered by the science teacher.",
    key="razor blade", text=["Alien Life and Exoplanets", "4 cm linear laceration", "Vietnam War unit"],
    tags=["trap", "several"], rcpt="bpd/district-c11")

add("nurse_log", "allow_withhold", "drugs", "Angel Batista", "Excel High School", 11,
    "2026-02-24 09:35", "Excel High School, health office",
    "Nurse note 9:35 AM. Student brought in by two friends, unresponsive to voice, pinpoint pupils, "
    "breathing 6/min, lips gray. Narcan 4 mg nasal given at 9:37 with response at 9:39, second dose not "
    "needed. EMS transported 9:50. Friends say he took two \"perc 30s\" he bought off someone on Snapchat; "
    "three more blue pills found in his coin pocket, given to SSS. On the phone his mother kept saying "
    "⟦\"we are refugees, please, we have the refugee paper from the camp in Ecuador\"⟧ and asked us not to "
    "call anyone.",
    subs=["oxycodone", "counterfeit pills"], key="Narcan",
    mnc=["refugee", "camp in Ecuador"], text=["pinpoint pupils", "perc 30s", "coin pocket"],
    cats=["immigration_status", "national_origin"], rcpt="bpd/district-c6")

add("nurse_log", "deny_substance", "drugs", "Lily Nguyen", "Josiah Quincy Upper School", 11,
    "2025-12-19 13:00", "Josiah Quincy Upper School, health office",
    "HEALTH OFFICE VISIT LOG - 12/19\n"
    "Time in: 13:00. Sent by: assistant principal, from the auditorium after the holiday assembly.\n"
    "Chief complaint: dizzy, vomited twice in the auditorium bathroom.\n"
    "Assessment: student alert, speech slurred, unsteady walking, smell of alcohol on breath. Pulse 104, BP "
    "118/72, temperature normal, pupils normal size and reactive. No injuries. Student admitted to drinking "
    "\"a lot\" from a metal flask of vodka that a friend brought to the assembly, and to taking several hits "
    "from the same friend's vape pen. She does not know what was in the vape; the pen has no label and the "
    "cartridge is clear. Flask and vape pen handed to the AP by the friend at 13:20.\n"
    "Intervention: rest on cot 1 on her side, sips of water, vital signs every 15 minutes. Pulse 92 by 13:45. "
    "Did not need EMS.\n"
    "Parent contact: ⟦Father needed a Vietnamese interpreter for the call; the language line was used.⟧ "
    "Father picked up at 14:30.\n"
    "Administrator's note: the school wants the police to find out who is selling the vape cartridges to "
    "students, and asks that this report be shared on the drugs ground.",
    subs=["alcohol", "vape"], mnc=["Vietnamese interpreter", "language line"], cats=["language"], rcpt="bpd/district-a1")

add("nurse_log", "allow_withhold", "weapon", "Mateus Kiala", "Snowden International School", 9,
    "2026-03-03 11:10", "Snowden International School, health office cot 2",
    "School nurse's narrative, 3/3/2026.\n"
    "Mateus has been coming to the health office almost every morning since January saying his stomach "
    "hurts. I usually let him lie down for 20 minutes. Today at 11:10 AM he was on cot 2 with his backpack "
    "under his head, which I have asked him not to do. When he sat up the backpack fell open and a kitchen "
    "knife slid out onto the floor, a black handled chef's knife about 8 inches long with a chipped tip. "
    "I picked it up and put it in my locked med cabinet and called the AP.\n"
    "When the AP came Mateus said he carries it because older boys follow him from the bus stop and took "
    "his phone in February. He said he never took it out at school before. He did not threaten anyone "
    "here. He cried and asked if he would be arrested.\n"
    "Background the AP asked me to write down: ⟦the family are asylum seekers from Angola, they came "
    "through the southern border last year⟧ ⟦and right now they sleep at the state emergency shelter in "
    "the Marlowe Inn on the VFW Parkway,⟧ which is why he has not been eating breakfast. ⟦He speaks "
    "Portuguese and Lingala and the nurse practitioner used a Portuguese interpreter with him in the fall.⟧ "
    "I am worried about him. I gave him crackers and juice.\n"
    "Knife handed to SSS Okoro at 11:40 AM, sealed in an envelope with my signature.",
    weapon="knife", key="chef's knife",
    mnc=["asylum", "Angola", "southern border", "Marlowe Inn", "emergency shelter", "Lingala",
         "Portuguese interpreter", "speaks Portuguese"],
    text=["chef's knife", "chipped tip", "cot 2"],
    cats=["immigration_status", "national_origin", "neighborhood", "language"], rcpt="bpd/district-a1")

add("nurse_log", "allow_withhold", "credible_threat", "Yaritza Colón", "Boston Day and Evening Academy", 10,
    "2026-04-16 12:30", "Boston Day and Evening Academy, health office",
    "Nurse note. Yaritza came in at 12:30 PM asking for a pass home. While I took her temperature she said "
    "\"if Ms. Kline writes me up one more time I'm going to shoot her, I know where my brother keeps his "
    "pistol, under the mattress, and I know she parks in the back lot.\" I asked her to repeat it and she "
    "said it again, then \"don't look at me like that.\" ⟦She also said her pastor at Iglesia Pentecostal "
    "Fuente de Gracia says the devil is in this school,⟧ which is not part of the threat. Principal and "
    "counselor notified 12:36 PM.",
    threat="Yaritza told the nurse: \"if Ms. Kline writes me up one more time I'm going to shoot her, I know "
           "where my brother keeps his pistol, under the mattress, and I know she parks in the back lot.\"",
    key="pistol", mnc=["Iglesia Pentecostal", "Fuente de Gracia", "her pastor"],
    text=["under the mattress", "parks in the back lot", "shoot her"],
    cats=["religion"], rcpt="bpd/district-b2")

add("nurse_log", "allow_withhold", "serious_violence", "Byron Ajanel", "Brighton High School", 12,
    "2025-11-06 14:15", "Brighton High School, health office (incident in the weight room)",
    "Nurse log, 2:15 PM. Victim (grade 11) walked in holding a towel to his head. He says Byron hit him "
    "with a 10 lb dumbbell in the weight room. 5 cm scalp laceration, vomited once, unequal pupils. EMS "
    "called 2:18, transported to St. Elizabeth's with a suspected skull fracture. ⟦Byron's mom came to get "
    "him and told me he is a \"dreamer\" with D.A.C.A. and the family is from Guate, Huehue, and she was "
    "afraid of what police would mean for his renewal.⟧",
    key="skull fracture", mnc=["dreamer", "D.A.C.A.", "from Guate", "Huehue", "his renewal"],
    text=["10 lb dumbbell", "5 cm scalp laceration", "skull fracture"],
    cats=["immigration_status", "national_origin"], tags=["dodge"], rcpt="bpd/district-d14")

add("nurse_log", "allow_withhold", "weapon", "Djeneba Fortes", "Jeremiah E. Burke High School", 9,
    "2026-01-27 10:05", "Jeremiah E. Burke High School, health office and 1st floor girls' bathroom",
    "Nurse log 10:05 AM. Two girls came in with red, streaming eyes and coughing after Djeneba sprayed mace "
    "at them in the 1st floor girls' bathroom. Flushed both with saline 15 minutes each. Small black keychain "
    "canister, \"MACE\" brand, given to AP. One girl told me in the office that ⟦Djeneba said to them "
    "\"N ka tem papel, ma nhos ka ta fla nada\" and that they should not tell on her because she has no papers,⟧ "
    "⟦and that they all live on Fenlow St in the same building.⟧",
    weapon="mace", key="mace",
    mnc=["N ka tem papel", "no papers", "Fenlow St", "all live on"],
    text=["saline 15 minutes", "keychain", "1st floor girls' bathroom"],
    cats=["immigration_status", "language", "neighborhood"], tags=["foreign", "several"], rcpt="bpd/district-b3")

add("nurse_log", "allow_withhold", "drugs", "Gabriel Sousa", "Brighton High School", 11,
    "2026-05-07 13:25", "Brighton High School, health office",
    "NURSE ENCOUNTER - 13:25\nReason: student giggling, seeing colors, heart rate 124. States he ate half "
    "a \"mushroom chocolate bar\" from a friend; wrapper says POLKADOT, remainder in his bag (given to SSS). "
    "Vitals repeated q15 min; improving by 14:10.\nEmergency card info copied for the AP: ⟦Primary language: "
    "Portuguese / Interpreter needed: Y / Address: 14 Cortland Pl Apt 2, East Boston⟧\n"
    "Disposition: parent pickup 14:30.",
    subs=["psilocybin"], key="psilocybin",
    mnc=["Cortland Pl", "East Boston", "Interpreter needed", "Primary language: Portuguese"],
    text=["POLKADOT", "heart rate 124", "mushroom chocolate bar"],
    cats=["language", "neighborhood"], tags=["structured_field"], rcpt="bpd/district-d14")

add("nurse_log", "deny_ground", "assault", "Ifrah Jama", "Community Academy of Science and Health", 10,
    "2026-03-19 12:50", "Community Academy of Science and Health, health office",
    "Nurse treated a scratch on a girl's neck and a bloody nose after Ifrah pulled her hair and they "
    "fought in the hallway. No weapon, no serious injury. ⟦Staff say it is the Somali girls against the "
    "others again.⟧ Principal requests police presence.",
    mnc=["Somali girls"], cats=["ethnicity"], tags=["several"], rcpt="bpd/district-b2")

add("nurse_log", "allow_withhold", "weapon", "Yousef Al-Khatib", "Boston Latin Academy", 10,
    "2025-12-04 14:05", "Boston Latin Academy, health office; incident at the 2nd floor landing",
    "HEALTH OFFICE - AFTERNOON LOG, 12/4 (three students seen after one incident)\n"
    "14:05 Student A (Yousef, grade 10). Sent by SSS. Small cut on right palm, 1 cm, from holding the blade "
    "of a box cutter when it was taken from him at the 2nd floor landing. Cleaned, steri-strips. Calm. "
    "Said \"they were jumping me, I had to.\" ⟦Says his mother only speaks Arabic at home and asks that the "
    "call be in Arabic.⟧\n"
    "14:12 Student B (Jonah, grade 10). 6 cm laceration across left forearm from the box cutter, "
    "through to fat layer, bleeding controlled with pressure. EMS called 14:14, to Children's for sutures. "
    "⟦Jonah keeps saying \"his whole family is from Aleppo, they're all like that\".⟧\n"
    "14:20 Student C (Kelvin, grade 10). Bruise left cheekbone, no deformity, ice. Witness to the fight. "
    "⟦Kelvin asked to leave early to get back to the Carlow Park family shelter before curfew, where he "
    "is staying.⟧\n"
    "Box cutter (orange, snap-off blade) given to AP Ferreira 14:30.",
    weapon="box cutter", key="box cutter",
    mnc=["speaks Arabic", "in Arabic", "from Aleppo", "Carlow Park", "family shelter"],
    text=["6 cm laceration across left forearm", "snap-off blade", "2nd floor landing"],
    cats=["language", "national_origin", "neighborhood"], tags=["several"], rcpt="bpd/district-b2")

add("nurse_log", "allow_clean", "drugs", "Connor Walsh", "Boston Latin School", 11,
    "2026-04-29 10:40", "Boston Latin School, health office",
    "Nurse note 10:40 AM. Junior found slumped in the library study carrels by a librarian. O2 sat 84%, "
    "pupils pinpoint, mental status: responds to pain only. Narcan given 10:42, O2 sat up to 97% by 10:46. "
    "EMS took him to Mass General for Children. In his hoodie pocket: a pill bottle with no label and 6 "
    "round blue pills stamped \"A 215\", which the pharmacist on the phone said are sold as oxycodone 30 mg "
    "and are often pressed fentanyl. His friend said his Snapchat status last night said \"need a perc "
    "plug asap\".",
    subs=["counterfeit pills", "fentanyl"], key="A 215",
    text=["Mass General for Children", "Snapchat status", "O2 sat 84%"], tags=["trap"], rcpt="bpd/district-b2")

add("nurse_log", "allow_withhold", "serious_violence", "Kevin Dorcely", "Lyon Upper School", 11,
    "2026-05-28 11:15", "Lyon Upper School, health office (incident at the side stairs)",
    "Nurse visit, 11:15. Student pushed down the side stairs by Kevin after an argument, landed on outstretched "
    "arm. Obvious deformity right wrist, sluggish cap refill. Splinted, ice, EMS to Children's: distal radius "
    "fracture per mom later. ⟦Mom said Kevin's family and theirs go to the same Adventist church on "
    "Saturdays and the pastor should handle it,⟧ she did not want police, AP explained.",
    key="distal radius fracture", mnc=["Adventist", "church on Saturdays", "the pastor"],
    text=["side stairs", "distal radius fracture", "splinted"],
    cats=["religion"], rcpt="bpd/district-e13")

# ---- IEP and 504 meeting minutes -----------------------------------------------------------

add("iep_504", "allow_withhold", "weapon", "Erick Sagastume", "Madison Park Technical Vocational High School", 10,
    "2026-02-11 09:40", "Madison Park Technical Vocational High School, auto shop classroom",
    "MANIFESTATION DETERMINATION REVIEW - MEETING MINUTES\nDate of meeting: 2/19/2026. Incident date: 2/11/2026.\n"
    "Attendees: AP (chair), special education coordinator, school psychologist, auto shop teacher, case "
    "manager, parent (mother). ⟦Interpreter (Spanish): Ms. R. Colón, district interpretation services.⟧\n"
    "1. Incident summary (read by AP): On 2/11 at about 9:40 AM in the auto shop classroom Erick took a "
    "box cutter from the shop supply cart and held it to the neck of another student, L.P., against the "
    "lift bay wall, and said \"say it again.\" The shop teacher talked him down and Erick dropped the box "
    "cutter after about 30 seconds. L.P. had a small scratch on his neck, no treatment beyond a bandage. "
    "Shop cameras captured it.\n"
    "2. Student's disability and plan: Erick has an IEP for a specific learning disability (reading) and "
    "ADHD. Accommodations: extended time, breaks, preferential seating. ⟦He is also an English Learner, "
    "WIDA composite 2.4, and receives SEI services.⟧\n"
    "3. Was the conduct caused by, or directly and substantially related to, the disability? Team "
    "discussion: psychologist reports impulsivity is documented but the incident followed a two-day "
    "conflict with L.P. and included a planned retrieval of the tool. ⟦Case manager added background that "
    "Erick came from Guatemala at 13 with interrupted schooling and lived with an uncle in Chelsea before "
    "the family moved,⟧ and that he has had \"a hard time with peers.\"\n"
    "4. Was it the direct result of the school's failure to implement the IEP? No; accommodations were "
    "implemented.\n"
    "5. Determination: not a manifestation (4 of 5 members; parent disagreed). ⟦Mother, through the "
    "interpreter, said the family fears deportation if there is a police report.⟧\n"
    "6. Next steps: 45-school-day interim alternative setting under the weapon exception; FBA to be "
    "updated; referral to BPD per SAF-02 for the box cutter; ⟦parent given procedural safeguards in Spanish⟧.\n"
    "Minutes taken by: case manager.",
    weapon="box cutter", key="box cutter",
    mnc=["Interpreter (Spanish)", "English Learner", "WIDA composite", "SEI services", "from Guatemala",
         "interrupted schooling", "Chelsea", "deportation", "safeguards in Spanish"],
    text=["held it to the neck", "lift bay wall", "not a manifestation"],
    cats=["language", "national_origin", "immigration_status", "neighborhood"], rcpt="bpd/district-b2")

add("iep_504", "allow_withhold", "credible_threat", "Zaid Mansour", "Boston Latin Academy", 11,
    "2026-03-06 13:10", "Boston Latin Academy, room 221 and guidance suite",
    "Section 504 Team Meeting - Minutes (emergency meeting following a safety concern)\n"
    "Present: 504 coordinator, guidance counselor, school psychologist, AP, English teacher, parent "
    "(father). Student attended the second half.\n"
    "Reason for meeting: On 3/6 at 1:10 PM in room 221 the English teacher picked up a notebook Zaid left "
    "on his desk. On the last page was a list titled \"WHO GOES FIRST\" with five student names, the words "
    "\"dads .22 in the basement safe, code is moms birthday\" and \"Tuesday after lunch, the 3rd floor "
    "stairs, they cant get out that way.\" Two of the five students on the list had a conflict with Zaid "
    "in January. The teacher brought the notebook to the AP at 1:20 PM.\n"
    "Student's current plan: 504 for generalized anxiety disorder (extended time, breaks with counselor, "
    "testing in small group).\n"
    "Discussion: Psychologist completed a threat assessment interview at 2:00 PM. Zaid said he wrote it "
    "\"because I was mad\" but was able to describe the safe and said he had watched his father open it. "
    "Father confirmed by phone that there is a .22 rifle in a basement safe. Team rated the threat as "
    "serious/substantive under the district protocol. ⟦Father asked that the meeting be moved to after "
    "Friday prayer at the Masjid al-Noor on Brandford St, and the team could not do that given the urgency.⟧ "
    "⟦Counselor noted that Zaid has said other boys call him a terrorist because the family is Palestinian.⟧ "
    "The team agreed bullying complaints will be investigated separately.\n"
    "Actions: student remains home pending safety plan; father agreed to have the rifle removed from the "
    "home today; referral to BPD under the credible threat procedure (threat statement attached to the "
    "request); counselor check-in daily after return.\n"
    "Minutes: 504 coordinator.",
    threat="Notebook page in Zaid's handwriting titled \"WHO GOES FIRST\" listing five students, with "
           "\"dads .22 in the basement safe, code is moms birthday\" and \"Tuesday after lunch, the 3rd floor "
           "stairs, they cant get out that way.\" Father confirmed a .22 rifle in a basement safe.",
    key="WHO GOES FIRST",
    mnc=["Friday prayer", "Masjid al-Noor", "Brandford St", "Palestinian", "terrorist"],
    text=["WHO GOES FIRST", "basement safe", "3rd floor stairs"],
    cats=["religion", "ethnicity", "neighborhood"], rcpt="bpd/district-c6")

add("iep_504", "allow_clean", "weapon", "Owen Castellano", "Washington Irving Middle School", 8,
    "2025-11-12 10:25", "Washington Irving Middle School, Spanish I classroom (room 110)",
    "IEP annual review minutes, item 4 (incident since last meeting). On 11/12 at 10:25 AM during Spanish I "
    "in room 110, Owen opened a red Swiss Army-style pocketknife (3 inch blade) and carved into the desk, then "
    "pointed it at a classmate who laughed at him. Teacher removed the class; SSS took the knife. Owen had "
    "been upset that morning because he was cut from the Model UN team, where he had been representing "
    "Guatemala, and he was also missing Latin Club. Team reviewed his BIP.",
    weapon="knife", key="pocketknife",
    text=["Spanish I", "representing Guatemala", "carved into the desk"],
    tags=["trap"], rcpt="bpd/district-e5")

add("iep_504", "deny_ground", "truancy", "Wilmer Portillo", "Boston International High School & Newcomers Academy", 10,
    "2026-01-20 09:00", "Boston International High School & Newcomers Academy",
    "IEP TEAM MEETING - ATTENDANCE CONCERN - MINUTES\n"
    "Present: special education coordinator, ESL teacher, school social worker, attendance liaison, "
    "guidance counselor. Parent invited by phone and letter; did not attend.\n"
    "1. Attendance: Wilmer has missed 31 days since September, including the last 12 in a row. Phone "
    "numbers on file are disconnected. Two letters were returned. The attendance liaison has left notes at "
    "the last known address twice.\n"
    "2. Services: Wilmer's IEP (speech and language, 60 minutes a week; reading support) cannot be delivered "
    "while he is absent. Compensatory services will be owed.\n"
    "3. Social worker's report: ⟦the family is waiting on an asylum hearing and moves between relatives' "
    "apartments in Chelsea and Revere;⟧ the social worker reached an older cousin by text last week, who said "
    "Wilmer is working and \"will come back after the holidays.\"\n"
    "4. Team request: the team asks that the Boston Police Department do a wellness check and locate the "
    "student, and that a truancy report be opened. There is no incident, no weapon and no threat.\n"
    "5. Next steps: attendance liaison to file a CRA inquiry; social worker to keep texting the cousin; "
    "team to reconvene in 30 days.",
    mnc=["asylum hearing", "Chelsea", "Revere"], cats=["immigration_status", "neighborhood"],
    rcpt="bpd/district-a7")

add("iep_504", "allow_withhold", "drugs", "Helena Monteiro", "Jeremiah E. Burke High School", 11,
    "2026-04-02 08:50", "Jeremiah E. Burke High School, student support center",
    "504 plan review (ADHD), notes from 4/2. Helena's 504 includes a nurse-administered stimulant. At "
    "8:50 AM the nurse found Helena selling \"Adderall\" to two students in the student support center: "
    "orange round tablets marked \"b 973\", 22 in a vitamin bottle. Her prescription is given only in the "
    "nurse's office, so these are not hers; the pharmacist said tablets from the street with this "
    "marking have been pressed with methamphetamine. ⟦Home language on the 504 cover sheet: Cape Verdean "
    "Creole.⟧ Team will update the plan.",
    subs=["counterfeit pills", "methamphetamine"], key="b 973",
    extra={"home_language": "Kabuverdianu (Cape Verdean Creole)", "ell_level": "Former EL, monitored year 2"},
    mnc=["Cape Verdean Creole", "Kabuverdianu", "Former EL"],
    text=["b 973", "vitamin bottle", "student support center"],
    cats=["language"], tags=["structured_field"], rcpt="bpd/district-b3")

add("iep_504", "allow_withhold", "serious_violence", "Rafael Nogueira", "Mission Hill K-8 School", 6,
    "2025-10-23 13:30", "Mission Hill K-8 School, room 12 (resource room)",
    "IEP team meeting minutes (post-incident). On 10/23 at 1:30 PM Rafael threw a pair of pointed metal "
    "scissors across the resource room at his paraprofessional. The point struck her below the right eye. "
    "She was treated at Brigham and Women's for a corneal abrasion and a laceration of the lower eyelid "
    "that needed plastic surgery follow-up. ⟦The meeting was held in Portuguese with an interpreter because "
    "the parents are from Minas Gerais in Brazil and mom's English is limited.⟧ Team agreed to a new "
    "behavior plan.",
    key="corneal abrasion", mnc=["in Portuguese", "Minas Gerais", "from Minas", "in Brazil", "sent in Portuguese"],
    text=["pointed metal scissors", "below the right eye", "corneal abrasion"],
    cats=["language", "national_origin"], rcpt="bpd/district-b2")

add("iep_504", "deny_threat_statement", "credible_threat", "Stanley Jean-Baptiste", "Lilla G. Frederick Middle School", 8,
    "2026-02-03 11:00", "Lilla G. Frederick Middle School",
    "IEP team is concerned about Stanley's safety plan and wants BPD to be aware. There is no specific "
    "statement on record. ⟦Team notes he is Haitian and the family attends a Haitian Baptist church.⟧",
    mnc=["Haitian", "Haitian Baptist church"], cats=["ethnicity", "religion"], rcpt="bpd/district-b3")

add("iep_504", "allow_withhold", "weapon", "Kervens Dorvil", "Brighton High School", 9,
    "2026-01-15 12:10", "Brighton High School, 3rd floor hallway outside the library",
    "504 meeting minutes excerpt. Incident reviewed: on 1/15 at 12:10 PM Kervens pulled a spring-assisted "
    "knife (black, thumb stud) on a senior in the 3rd floor hallway outside the library and chased him to "
    "the stairwell. SSS recovered it in his sock. ⟦Mother shared with the team that the family has been "
    "\"out of status\" since the TPS designation ended and they are scared of any police contact.⟧ Team "
    "discussed counseling and a safety plan.",
    weapon="knife", key="spring-assisted knife", mnc=["out of status", "TPS"],
    text=["spring-assisted knife", "thumb stud", "in his sock"],
    cats=["immigration_status"], tags=["dodge"], rcpt="bpd/district-d14")

add("iep_504", "allow_withhold", "drugs", "Jace Linehan", "Charlestown High School", 12,
    "2026-05-14 10:15", "Charlestown High School, room 118",
    "IEP progress meeting note. Jace was found at 10:15 AM in room 118 with a small glass pipe and a "
    "baggie of clear crystals, which he said was \"ice, crystal\". Team discussed substance use. "
    "⟦Teachers say he has been hanging with the Dacey Hill youngins since fall and wears their green "
    "flag in his back pocket.⟧",
    subs=["methamphetamine"], key="methamphetamine",
    mnc=["Dacey Hill", "youngins", "green flag"], text=["glass pipe", "clear crystals", "room 118"],
    cats=["gang_affiliation"], tags=["dodge"], rcpt="bpd/district-a1")

add("iep_504", "allow_clean", "weapon", "Moira Kelleher", "Josiah Quincy Upper School", 9,
    "2026-02-27 09:30", "Josiah Quincy Upper School auditorium, during the Black History Month assembly",
    "504 team note. During the Black History Month assembly on 2/27 at 9:30 AM Moira sprayed pepper spray "
    "at two girls sitting behind her in row K because they kept kicking her seat. Both girls' eyes were "
    "flushed by the nurse. The can (POM brand, pink) was taken by the AP. Moira's 504 is for anxiety; she "
    "said she carries it because of the walk home. Her French teacher and her Irish step dance coach "
    "both came to the meeting to speak for her.",
    weapon="pepper spray", key="pepper spray",
    text=["Black History Month assembly", "row K", "Irish step dance coach"], tags=["trap"],
    rcpt="bpd/district-a1")

add("iep_504", "deny_replica", "weapon", "Khalil Osman", "Dearborn STEM Academy", 9,
    "2025-12-10 08:20", "Dearborn STEM Academy, locker area",
    "MDR minutes: Khalil brought an airsoft pistol (black, realistic, no orange tip) to school and showed "
    "it at the lockers at 8:20 AM. ⟦The meeting was conducted with a Somali interpreter for the mother.⟧ "
    "Team asks BPD to take the airsoft gun.",
    weapon="airsoft gun", mnc=["Somali interpreter"], cats=["language"], rcpt="bpd/district-b2")

add("iep_504", "allow_withhold", "serious_violence", "Omar Darwish", "English High School", 10,
    "2026-03-26 14:05", "English High School, gym locker room",
    "IEP team meeting following a serious incident.\n"
    "Incident: on 3/26 at 2:05 PM in the gym locker room Omar struck a classmate (A.R.) repeatedly with a "
    "combination padlock held in his fist. A.R. has a fractured cheekbone and a broken tooth and was "
    "admitted to Boston Medical Center overnight.\n"
    "Father's statement (he asked that his words be written down): ⟦\"ehna min Halab, w ma 3andna awraq "
    "lissa\" - he explained the family is from Aleppo and they do not have their papers yet,⟧ and that "
    "Omar was provoked for weeks. Team will review the BIP.",
    key="fractured cheekbone", mnc=["ehna min Halab", "ma 3andna awraq", "from Aleppo", "their papers"],
    text=["combination padlock", "fractured cheekbone", "gym locker room"],
    cats=["national_origin", "immigration_status", "language"], tags=["foreign"], rcpt="bpd/district-e13")

# ---- attendance officers and home visits ---------------------------------------------------

add("attendance", "allow_withhold", "credible_threat", "Jaheim Strickland", "TechBoston Academy", 10,
    "2026-02-09 10:40", "TechBoston Academy (threat made during an attendance home visit)",
    "ATTENDANCE OFFICER - HOME VISIT NARRATIVE\nStudent: Jaheim (gr 10). Reason for visit: 14 consecutive "
    "absences, no contact by phone.\n"
    "⟦Visit made 2/9 at 10:40 AM to the family's apartment, 3rd floor, 19 Grafton Terrace, in the Roxbury "
    "Crossing area.⟧ Grandmother answered and let me in to the kitchen. Jaheim came out of the back room. "
    "I explained the attendance plan and that he could come back Monday with a re-entry meeting. He said "
    "he is not coming back because of \"what they did\" in January (he was jumped outside the school by "
    "three students, which the school documented at the time).\n"
    "Then he said, and I wrote it down right after in my car: \"When I come back I'm coming with my man's "
    "Glock and I'm airing out the cafeteria, Dre, Smoke, all of them, first lunch, they know what it is.\" "
    "He showed me a picture on his phone of a black handgun on a bed. I asked whose it was and he said "
    "\"it's around.\" Grandmother told him to stop talking like that. I left at 10:55 AM and called the "
    "headmaster from the car at 11:00.\n"
    "⟦Grandmother said she needs everything from the school in Spanish because that's all they speak in "
    "the house,⟧ ⟦and she asked me not to write down that Jaheim's mother is back in Puerto Plata for a "
    "year,⟧ which I am writing down only so the school knows who the guardian is right now.\n"
    "Follow-up: headmaster convened the threat assessment team at 11:30; Dre and Smoke are two 10th "
    "graders who were involved in the January incident and their families have been called.",
    threat="During an attendance home visit Jaheim said: \"When I come back I'm coming with my man's Glock "
           "and I'm airing out the cafeteria, Dre, Smoke, all of them, first lunch.\" He showed a photo of "
           "a black handgun on a bed.",
    key="Glock", mnc=["19 Grafton Terrace", "Roxbury Crossing", "in Spanish", "all they speak",
                      "Puerto Plata"],
    text=["airing out the cafeteria", "first lunch", "black handgun on a bed"],
    cats=["neighborhood", "language", "national_origin"], rcpt="bpd/district-b2")

add("attendance", "allow_withhold", "weapon", "Adilson Semedo", "Madison Park Technical Vocational High School", 11,
    "2025-11-03 08:15", "Madison Park Technical Vocational High School, attendance office",
    "Attendance officer note: re-entry meeting 11/3 at 8:15 AM after 9 weeks out. ⟦Mother explained the "
    "family went back to Cabo Verde, to Fogo, for the grandmother's funeral⟧ and came back last week. "
    "During the bag check before class, SSS found a box cutter taped inside the lining of Adilson's "
    "backpack (yellow, Stanley, blade extended). He said he needs it \"for the walk.\" Box cutter held by SSS.",
    weapon="box cutter", key="box cutter", mnc=["Cabo Verde", "to Fogo", "went back to"],
    text=["taped inside the lining", "Stanley", "re-entry meeting"],
    cats=["national_origin"], rcpt="bpd/district-b2")

add("attendance", "deny_ground", "residency_verification", "Juliana Restrepo", "East Boston High School", 9,
    "2025-09-15 16:00", "East Boston High School",
    "Attendance office asks BPD to help confirm where Juliana actually lives. ⟦The registration says "
    "81 Saratoga Pl but a neighbor says the family lives with cousins in Chelsea⟧ and may not be Boston "
    "residents.",
    mnc=["81 Saratoga Pl", "cousins in Chelsea"], cats=["neighborhood"], rcpt="bpd/district-a7")

add("attendance", "deny_recipient", "weapon", "Edgar Lemus", "Brighton High School", 10,
    "2026-01-08 09:30", "Brighton High School",
    "Attendance office received a call from a federal immigration officer about Edgar. A knife was taken "
    "from Edgar in December. The request forwards the knife incident and ⟦his address, 22 Linden Fold, "
    "Allston,⟧ to the caller.",
    weapon="knife", mnc=["22 Linden Fold", "Allston"], cats=["neighborhood"], rcpt="ice")

add("attendance", "allow_clean", "weapon", "Marcus Oyelaran", "Boston Community Leadership Academy", 11,
    "2025-10-17 08:30", "Ashmont station busway (attendance sweep)",
    "Attendance officer's sweep log. 8:30 AM, Ashmont station busway, during the morning attendance sweep "
    "with the school's family liaison. Marcus was on the busway when he should have been in homeroom. A "
    "younger boy came up and said Marcus had just pulled a knife on him by the Dorchester Ave exit. Marcus "
    "had a silver butterfly knife in his front pocket which he handed over when asked. He said the other boy "
    "owed him money from the Celtics game bet. Walked Marcus back to school; knife to SSS at 9:05 AM.",
    weapon="knife", key="butterfly knife",
    text=["Ashmont station busway", "homeroom", "Dorchester Ave exit"], tags=["trap"], rcpt="bpd/district-c11")

add("attendance", "allow_withhold", "drugs", "Yandel Feliz", "Margarita Muniz Academy", 11,
    "2026-03-04 07:50", "Margarita Muniz Academy, side entrance",
    "Attendance officer at the side entrance at 7:50 AM saw Yandel exchange a small bag for cash with a "
    "younger student. SSS recovered 6 small baggies of white powder from his jacket, field test cocaine. "
    "⟦He said \"yo soy Dominacan, de Quisqueya, I'm not from here, I know my rights\"⟧ and asked for his "
    "mother.",
    subs=["cocaine"], key="cocaine", mnc=["Dominacan", "Quisqueya", "not from here"],
    text=["6 small baggies", "side entrance", "exchange a small bag for cash"],
    cats=["national_origin", "language"], tags=["dodge", "foreign"], rcpt="bpd/district-e13")

add("attendance", "allow_withhold", "serious_violence", "Tahj Greenidge", "New Mission High School", 11,
    "2026-04-10 14:20", "New Mission High School front steps at dismissal",
    "ATTENDANCE OFFICER WEEKLY LOG, week of 4/6 (entire log pasted as requested by the AP; only the 4/10 "
    "entry concerns the incident)\n"
    "4/6 - ⟦Home visit for D.M. (gr 9) at 40 Pruitt Walk, Apt 1; mother says they are in the country on a "
    "tourist visa that ran out and she is afraid to send him.⟧ Left the attendance contract.\n"
    "4/7 - Calls to 11 families about chronic absence. ⟦Two families needed the Haitian Creole line.⟧\n"
    "4/8 - ⟦Home visit for K.S. (gr 10) at the Wexford Commons development, building C; no answer; the "
    "building super said the family goes to the Ethiopian Orthodox church in Roxbury all day Wednesdays.⟧\n"
    "4/9 - Court: two CRA hearings at Dorchester District Court.\n"
    "4/10 - At dismissal, 2:20 PM, I was on the front steps doing my afternoon check. Tahj walked up "
    "behind another 11th grader, Corey, and slashed him across the back of the neck with something in his "
    "hand. Corey grabbed his neck and it was pouring blood. I put pressure on it with my jacket until the "
    "nurse came. EMS took Corey to BMC; he needed 22 stitches and they said it missed the artery by "
    "about a centimeter. SSS stopped Tahj at the corner and found a razor blade in a folded piece of "
    "cardboard in his hand, blood on it. ⟦A student told me Tahj did it because Corey is with the Elmhurst "
    "Gardens kids and Tahj's older brother got shot by them.⟧\n"
    "4/10 - Wrote this up at 3:30 PM. My jacket is in a bag in the AP's office if BPD wants it.",
    key="22 stitches",
    mnc=["40 Pruitt Walk", "tourist visa", "Haitian Creole", "Wexford Commons", "Ethiopian Orthodox",
         "Elmhurst Gardens"],
    text=["back of the neck", "22 stitches", "razor blade in a folded piece of cardboard"],
    cats=["neighborhood", "immigration_status", "language", "religion", "gang_affiliation"],
    tags=["several"], rcpt="bpd/district-b2")

add("attendance", "allow_withhold", "weapon", "Kevin Tzoc", "Charlestown High School", 10,
    "2026-05-19 12:30", "Charlestown High School, second floor hallway",
    "Attendance officer report. At 12:30 PM a teacher saw a handgun in Kevin's open backpack in the second "
    "floor hallway; Kevin left the building before SSS arrived. I went to the home at 1:15 PM. ⟦The family "
    "lives at 7 Haverly Court, Apt 2, and his mother speaks only K'iche', so his little sister interpreted "
    "for her.⟧ Kevin came out and gave me the backpack; the gun was in the bottom, a silver .25 caliber "
    "pistol with a loaded magazine. I did not touch it. BPD met me at the house at 1:30 PM and took it.",
    weapon="firearm", key=".25 caliber pistol",
    mnc=["7 Haverly Court", "K'iche'", "speaks only"], text=[".25 caliber pistol", "loaded magazine",
                                                              "second floor hallway"],
    cats=["neighborhood", "language"], rcpt="bpd/district-a1")

add("attendance", "deny_face", "weapon", "Unidentified student", "Dearborn STEM Academy", 9,
    "2026-03-12 15:10", "Dearborn STEM Academy, rear parking lot",
    "A boy with a handgun was seen on the rear lot camera at 3:10 PM. The attendance office does not know "
    "who he is. Attached is the full 9th grade photo roster so BPD can run the still through face "
    "recognition and identify him. ⟦Staff think he might be one of the Grantley Homes boys.⟧",
    weapon="firearm", mnc=["Grantley Homes"], cats=["face_surveillance", "neighborhood"],
    att=[{"kind": "photo", "name": "grade9_photo_roster.zip"},
         {"kind": "photo", "name": "rear_lot_still_1510.jpg"}], rcpt="bpd/district-b2")

add("attendance", "allow_withhold", "weapon", "Liban Ahmed", "Community Academy of Science and Health", 12,
    "2025-12-01 09:10", "Community Academy of Science and Health, main entrance",
    "Attendance officer note. Liban came in late at 9:10 AM; at the entrance scan a folding knife with a "
    "4 inch blade was in his jacket. When I asked why he was late he told me ⟦\"waxaan ku noolahay Hamlin "
    "Towers, the elevator is broken again,\" that he lives on the 14th floor of Hamlin Towers⟧ and he "
    "carries the knife for the stairwell. Knife to SSS.",
    weapon="knife", key="folding knife", mnc=["waxaan ku noolahay", "Hamlin Towers", "14th floor"],
    text=["4 inch blade", "entrance scan", "folding knife"],
    cats=["neighborhood", "language"], tags=["foreign"], rcpt="bpd/district-b3")

add("attendance", "allow_withhold", "drugs", "Desmond Clarke", "Urban Science Academy", 11,
    "2026-01-28 11:20", "Urban Science Academy, gym bleachers",
    "Attendance officer assisting SSS at 11:20 AM found Desmond under the gym bleachers with a scale, "
    "9 bags of crack rocks and two blunts. ⟦His friends say he \"rolls with the O r c h a r d  R o w "
    "boys\"⟧ ⟦and that his family is Rastafari, which is why he says the blunts are sacrament.⟧",
    subs=["crack", "marijuana"], key="crack", mnc=["O r c h a r d", "Rastafari", "sacrament"],
    text=["9 bags of crack rocks", "a scale", "gym bleachers"],
    cats=["gang_affiliation", "religion"], tags=["dodge"], rcpt="bpd/district-e5")

add("attendance", "allow_clean", "credible_threat", "Priya Raman", "Josiah Quincy Upper School", 11,
    "2026-04-01 08:05", "Josiah Quincy Upper School, front office; Chinatown station",
    "Attendance clerk's note. Priya's attendance status is \"chronically absent\" so I called her in at "
    "8:05 AM. She told me the girls who post about her on their Instagram stories will \"find out Friday\" "
    "and that she has a kitchen knife and a lighter fluid bottle in her locker for them, and that she "
    "will \"do it on the Chinatown station stairs where there's no cameras.\" SSS checked the locker at "
    "8:20 AM and found a steak knife and a can of lighter fluid.",
    threat="Priya told the attendance clerk the girls who post about her \"will find out Friday\", that she "
           "has a kitchen knife and lighter fluid in her locker for them, and that she will \"do it on the "
           "Chinatown station stairs where there's no cameras.\"",
    key="steak knife", text=["attendance status", "Chinatown station stairs", "steak knife"],
    tags=["trap"], rcpt="bpd/district-a1")

add("attendance", "deny_substance", "drugs", "Aidan Brennan", "West Roxbury Academy", 10,
    "2025-11-24 13:30", "West Roxbury Academy",
    "Attendance officer found Aidan off campus at lunch with Zyn nicotine pouches and a bag of weed. "
    "⟦He lives on the Hollister Lane side of West Roxbury⟧ and the school wants a patrol there.",
    subs=["nicotine pouches", "marijuana"], mnc=["Hollister Lane"], cats=["neighborhood"],
    rcpt="bpd/district-e5")

add("attendance", "allow_withhold", "serious_violence", "Fritzgerald Louissaint", "Jeremiah E. Burke High School", 10,
    "2026-05-06 07:45", "Jeremiah E. Burke High School, Washington St entrance",
    "Attendance officer's statement. At 7:45 AM at the Washington St entrance Fritzgerald came up behind "
    "another boy and hit him twice across the back of the head with an aluminum bat. The boy fell and had a "
    "seizure on the sidewalk. EMS took him to BMC with a depressed skull fracture. The bat was dropped by the "
    "door. ⟦The victim's mother told me at the hospital \"nou se moun Okap, we live at 12 Pomfret Walk, and "
    "that boy's family knows our house,\"⟧ she is afraid.",
    key="depressed skull fracture", mnc=["nou se moun Okap", "12 Pomfret Walk", "knows our house"],
    text=["aluminum bat", "depressed skull fracture", "Washington St entrance"],
    cats=["national_origin", "neighborhood", "language"], tags=["foreign", "several"], rcpt="bpd/district-b3")

# ---- after-school and summer programs ------------------------------------------------------

add("afterschool", "allow_withhold", "weapon", "Darius Whitfield", "Jeremiah E. Burke High School", 10,
    "2025-07-23 13:40", "Summer Learning Academy at the Jeremiah E. Burke High School, gym",
    "SUMMER LEARNING ACADEMY - STAFF INCIDENT REPORT\nSite: Burke. Program week 4. Written by: site "
    "coordinator, with statements from two counselors.\n"
    "At 1:40 PM during open gym the counselor at the door (Mr. Baptiste) saw Darius lift his shirt to show "
    "two other campers something in his waistband. The campers backed away fast. Mr. Baptiste radioed me "
    "and I came down with the site's school police officer. Darius was walked to the coordinator office "
    "without incident. The officer found a black semi-automatic handgun in his waistband with an "
    "extended magazine; the officer said it was loaded with a round in the chamber. The gym was cleared "
    "and all campers went to the cafeteria.\n"
    "Counselor statements: Ms. Yusuf heard Darius say earlier at lunch \"if them boys come round the "
    "Burke again I got something for them.\" ⟦Both counselors say Darius is known in the program as a "
    "Norfolk Row kid who reps \"NRB\" and throws the hand sign in pictures,⟧ and that there was a "
    "shooting involving older boys over the weekend.\n"
    "⟦Darius's aunt, who picked up his little sister, said the family lives in the Treadwell Homes on "
    "Corbin St and that they go to the Kingdom of Zion Apostolic church on Sundays, and that his pastor "
    "would vouch for him.⟧\n"
    "Program actions: Darius excluded from the program pending review; parent contacted 2:15 PM; "
    "campers who saw the gun offered counseling; BPD took custody of the gun at 2:05 PM.\n"
    "Attachments: sign-out sheet; counselor statements (2).",
    weapon="firearm", key="semi-automatic handgun",
    mnc=["Norfolk Row", "NRB", "hand sign", "Treadwell Homes", "Corbin St", "Kingdom of Zion",
         "Apostolic church", "lives in the"],
    text=["extended magazine", "round in the chamber", "open gym"],
    cats=["gang_affiliation", "neighborhood", "religion"], tags=["several"], rcpt="bpd/district-b3")

add("afterschool", "allow_clean", "weapon", "Tiana Brooks", "Mario Umana Academy", 8,
    "2025-10-14 16:30", "Our Lady of the Harbor parish hall (after-school program site)",
    "After-school program incident note. Our program meets in the Our Lady of the Harbor parish hall "
    "three days a week while the Umana gym is being redone. At 4:30 PM during step crew practice Tiana "
    "pulled a switchblade out of her boot and held it out at a girl from the other step crew, saying "
    "\"touch my speaker again.\" The parish hall manager and I separated them. The knife (pink handle, "
    "about 3 inches) is with the program director.",
    weapon="knife", key="switchblade", text=["parish hall", "step crew practice", "pink handle"],
    tags=["trap", "several"], rcpt="bpd/district-a7")

add("afterschool", "deny_ground", "gang_activity", "Kareem Lott", "Boston Community Leadership Academy", 10,
    "2025-11-19 17:00", "BCLA after-school program",
    "After-school staff report that Kareem and three other boys have been wearing the same colors and "
    "flashing signs in program photos. ⟦Staff believe they are with the Fairlawn Ave crew.⟧ No incident "
    "occurred. Director asks that BPD be informed.",
    mnc=["Fairlawn Ave"], cats=["gang_affiliation"], tags=["several"], rcpt="bpd/district-c11")

add("afterschool", "allow_withhold", "drugs", "Ricardo Joseph", "Lilla G. Frederick Middle School", 8,
    "2026-02-12 16:10", "Lilla G. Frederick Middle School, after-school program room 104",
    "After-school coordinator: at 4:10 PM Ricardo was seen snorting white powder off his phone screen in room "
    "104 with two others. He had a vial labeled \"K\"; he said it was ketamine from his cousin. EMS checked "
    "all three. ⟦When I said I'd call home Ricardo begged me, \"tanpri, manman m pa gen papye, yo pral "
    "depòte l,\" saying his mother has no papers and would be deported.⟧",
    subs=["ketamine"], key="ketamine", mnc=["manman m pa gen papye", "depòte", "no papers", "deported"],
    text=["white powder off his phone screen", "vial", "room 104"],
    cats=["immigration_status", "language"], tags=["foreign"], rcpt="bpd/district-b3")

add("afterschool", "allow_withhold", "serious_violence", "Xavier Rosado", "Rafael Hernandez K-8 School", 8,
    "2026-01-21 17:15", "Rafael Hernandez K-8 School gym, after-school basketball",
    "After-school basketball coach's report. 5:15 PM, scrimmage. Xavier picked up a metal folding chair "
    "and swung it into another player's face after a hard foul. The boy lost two front teeth and needed "
    "stitches inside his lip and on his chin; his mother took him to Children's from the gym. Xavier said "
    "\"he fouled me on purpose bro.\" ⟦Xavier kept saying \"mi abuela lives right on Dunmore St, she gonna "
    "come down here,\" that he lives with his grandmother on Dunmore St.⟧",
    key="two front teeth", mnc=["Dunmore St", "mi abuela lives", "lives with his grandmother"],
    text=["metal folding chair", "two front teeth", "stitches inside his lip"],
    cats=["neighborhood"], tags=["foreign", "several"], rcpt="bpd/district-e13")

add("afterschool", "allow_withhold", "credible_threat", "Ousmane Kone", "Boston Latin Academy", 9,
    "2026-03-31 16:45", "Boston Latin Academy robotics lab",
    "Robotics club mentor's note. At 4:45 PM Ousmane said to the team captain, who had removed him from "
    "the drive team, \"I know how to make a pipe bomb from the stuff in the shop and I'll put it under "
    "your car Thursday, I'm not playing.\" He then searched \"pipe bomb\" on the club laptop (history "
    "saved). ⟦He said in French to another club member \"je suis ivoirien, chez nous on règle ça comme ça,\" "
    "that he is Ivorian and that is how they settle things where he is from.⟧",
    threat="Ousmane told the robotics team captain: \"I know how to make a pipe bomb from the stuff in the "
           "shop and I'll put it under your car Thursday, I'm not playing,\" then searched \"pipe bomb\" "
           "on the club laptop.",
    key="pipe bomb", mnc=["je suis ivoirien", "Ivorian", "in French", "chez nous"],
    text=["pipe bomb", "under your car Thursday", "club laptop"],
    cats=["national_origin", "language"], tags=["foreign"], rcpt="bpd/district-c6")

add("afterschool", "deny_recipient", "weapon", "Tyrell Banks", "English High School", 11,
    "2026-04-15 16:00", "English High School after-school program",
    "After-school staff took a knife from Tyrell. ⟦He is believed to be tied to the Sumner Court set.⟧ "
    "The program director is sending the report to the state fusion center analyst who asked for it.",
    weapon="knife", mnc=["Sumner Court"], cats=["gang_affiliation"], rcpt="commonwealth-fusion-center")

add("afterschool", "allow_withhold", "weapon", "Marisol Guardado", "East Boston High School", 11,
    "2025-10-01 15:50", "East Boston High School, after-school tutoring, library",
    "Tutoring coordinator. At 3:50 PM in the library Marisol zapped another girl on the neck with a pink "
    "taser (stun gun) after an argument over a boyfriend; the girl has two small burn marks. ⟦The other girl "
    "had been telling people that Marisol's sister is \"a ＤＡＣＡ recipient\" and \"basically illegal.\"⟧ "
    "Taser taken by the tutoring coordinator.",
    weapon="taser", key="taser", mnc=["ＤＡＣＡ recipient", "basically illegal"],
    text=["pink taser", "two small burn marks", "library"],
    cats=["immigration_status"], tags=["dodge", "several"], rcpt="bpd/district-a7")

add("afterschool", "allow_clean", "weapon", "Santiago Ruiz", "Brighton High School", 10,
    "2025-07-10 14:20", "Brighton High School courtyard, summer program World Cup watch party",
    "Summer program staff note. During the program's watch party (Argentina vs. Brazil replay on the big "
    "screen in the courtyard) at 2:20 PM a camper in a blue Argentina jersey with MESSI 10 on the back "
    "pulled a folding knife on Santiago's friend. Santiago took it from him and then himself held it to "
    "the boy's throat. Staff separated them. The knife is black, about 4 inches, with a clip.",
    weapon="knife", key="folding knife", text=["Argentina jersey", "MESSI 10", "held it to the boy's throat"],
    tags=["trap", "several"], rcpt="bpd/district-d14")

add("afterschool", "allow_withhold", "drugs", "Quang Pham", "Boston Community Leadership Academy", 11,
    "2026-03-18 16:20", "BCLA after-school program, art room 207",
    "AFTER-SCHOOL PROGRAM - INCIDENT WRITE-UP (program staff, reviewed by the site director)\n"
    "At 4:20 PM the art teacher running the after-school portfolio session saw Quang pass small squares of "
    "paper to two other students, Tuan and Alexis, who put them under their tongues. The squares had a "
    "printed cartoon on them. About 40 minutes later Alexis started crying and saying the walls were "
    "moving and Tuan was laughing and could not stop. The teacher called the nurse's on-call line and 911. "
    "EMS evaluated both; Alexis went to Boston Medical Center for observation. A sheet of 18 more squares "
    "(same cartoon, perforated) was found in Quang's sketchbook and given to SSS. Quang said it was "
    "\"acid, it's just acid\" and that he bought the sheet online.\n"
    "Statements: ⟦Tuan, upset, said to the teacher \"ba me em chua co giay to, dung goi canh sat\" and "
    "explained his parents don't have papers yet and begged us not to call the police.⟧ ⟦Alexis's mother "
    "asked us to send everything to their new place on Westcott St in Dorchester.⟧ ⟦Quang's older brother, "
    "who picked him up, said their family is from Saigon and are Buddhists and would deal with it at "
    "the temple,⟧ the director explained the school's process.\n"
    "Items: one sheet (18 squares), sketchbook, given to SSS Hart at 5:30 PM.",
    subs=["LSD"], key="LSD",
    mnc=["chua co giay to", "dung goi canh sat", "don't have papers", "Westcott St", "new place on",
         "from Saigon", "Buddhists", "at the temple"],
    text=["under their tongues", "18 more squares", "it's just acid"],
    cats=["immigration_status", "language", "neighborhood", "national_origin", "religion"],
    tags=["several", "foreign"], rcpt="bpd/district-c11")

add("afterschool", "deny_threat_statement", "credible_threat", "Noah Feldman", "Boston Arts Academy", 11,
    "2026-05-01 17:00", "Boston Arts Academy after-school program",
    "Program staff feel uneasy about Noah's behavior and want police aware in case. Nothing specific was "
    "said. ⟦Staff mention he goes to an Orthodox synagogue and has been missing Friday rehearsals.⟧",
    mnc=["Orthodox synagogue"], cats=["religion"], rcpt="bpd/district-d4")

add("afterschool", "allow_withhold", "serious_violence", "Adriano Lopes", "Snowden International School", 10,
    "2025-08-05 11:30", "BCYF pool used by the summer program (deep end)",
    "Summer program lifeguard's statement. At 11:30 AM Adriano held another camper, a 9th grader, under the "
    "water in the deep end for what I counted as about 40 seconds, pushing down on his shoulders with both "
    "arms. When I pulled the boy out he was not breathing. I did rescue breaths and he started breathing "
    "and vomited water. EMS took him to Children's; he was admitted two nights. Adriano said \"it was a "
    "game.\" ⟦Other campers say Adriano's family is Cape Verdean and lives in Brockton,⟧ and that he "
    "was mad about a girl.",
    key="not breathing", mnc=["Cape Verdean", "Brockton"],
    text=["about 40 seconds", "not breathing", "rescue breaths"],
    cats=["ethnicity", "neighborhood"], tags=["several"], rcpt="bpd/district-c6")

add("afterschool", "allow_clean", "weapon", "Elijah Park", "John D. O'Bryant School of Mathematics and Science", 10,
    "2026-02-25 15:40", "O'Bryant coding club, room 312",
    "Coding club advisor. At 3:40 PM two members were arguing over Discord, one had his Discord status set "
    "to \"do not disturb\" and the other kept pinging him during their Among Us and Alien: Isolation breaks. "
    "Elijah took a black stun gun out of his backpack and pressed it to the other boy's side; it clicked "
    "and the boy screamed. He has a red mark on his ribs. Stun gun taken by the advisor.",
    weapon="stun gun", key="stun gun", text=["Discord status", "Alien: Isolation", "red mark on his ribs"],
    tags=["trap", "several"], rcpt="bpd/district-b2")

add("afterschool", "allow_withhold", "weapon", "Larissa Tavares", "East Boston High School", 9,
    "2025-07-16 10:05", "East Boston High School, summer program classroom 115",
    "Summer program teacher. At 10:05 AM Larissa took a kitchen knife out of her lunch bag and cut her "
    "classmate's hand when the classmate grabbed her phone. 3 cm cut across the palm, closed at the ER. "
    "⟦Larissa told me \"a gente mora no Jeffries Point, perto da padaria, minha mãe vai vir\" that they live in "
    "Jeffries Point near the bakery and her mother would come.⟧",
    weapon="knife", key="kitchen knife", mnc=["a gente mora", "Jeffries Point", "perto da padaria"],
    text=["3 cm cut across the palm", "lunch bag", "cut her classmate's hand"],
    cats=["neighborhood", "language"], tags=["foreign"], rcpt="bpd/district-a7")

# ---- voicemail transcriptions (auto-transcribed, unedited) ---------------------------------

add("voicemail", "allow_withhold", "credible_threat", "Jermaine Toussaint", "Jeremiah E. Burke High School", 9,
    "2026-01-05 06:52", "Jeremiah E. Burke High School (threat made on Snapchat the night before)",
    "Main office voicemail, left 1/5 at 6:52 AM, auto-transcription (unedited): \"hi good morning this is "
    "the mother of a freshman my son showed me last night a snapchat from a boy named jermaine in his "
    "class it was a video of him with a gun a black gun and he said tomorrow first period im spinning "
    "the block on you at the burke you not making it to lunch and my son is too scared to come in today "
    "⟦i cannot go to the police myself because i dont have my papers i am on the under document it "
    "i am sorry⟧ please call me back at six one seven five five five zero one four two thank you\"\n"
    "AP note: the Snapchat video was saved by the parent and shown to the AP at 8:10 AM; Jermaine was "
    "met at the door by SSS.",
    threat="Snapchat video sent the night before: Jermaine holding a black handgun, saying \"tomorrow first "
           "period I'm spinning the block on you at the Burke, you not making it to lunch.\"",
    key="black gun", mnc=["dont have my papers", "under document it", "situation with immigration"],
    text=["first period", "you not making it to lunch", "a black gun"],
    cats=["immigration_status"], tags=["dodge"], rcpt="bpd/district-b2")

add("voicemail", "allow_withhold", "weapon", "Devonte Sealy", "Excel High School", 11,
    "2025-11-10 21:40", "Excel High School (gun carried to school that day)",
    "Voicemail to the headmaster's line, left 11/10 at 9:40 PM, auto-transcribed: \"yes this is devontes "
    "grandmother i found a gun in his school bag tonight its one of them little black ones with the clip "
    "in it and he told me he had it at school today in his locker all day i took it and put it in my "
    "closet i dont want it in my house ⟦we live at forty five well spring street apartment two b "
    "if the police need to come get it⟧ i will be home all morning\"\n"
    "Headmaster's note: BPD retrieved the pistol from the grandmother the next morning; a loaded magazine "
    "was in it.",
    weapon="firearm", key="pistol", mnc=["forty five well spring", "apartment two b", "Wellspring Street"],
    text=["in his locker all day", "loaded magazine", "with the clip in it"],
    cats=["neighborhood"], tags=["dodge"], rcpt="bpd/district-c6")

add("voicemail", "deny_ground", "trespass", "Devin Amaral", "Charlestown High School", 10,
    "2026-03-09 16:30", "Charlestown High School",
    "Voicemail transcript: \"hi i live next to the school and theres a group of kids hanging on the steps "
    "of my building again after school smoking ⟦i think theyre the cape verdians from the school⟧ can "
    "somebody call the police on them\" The school identified Devin from video.",
    mnc=["cape verdians"], cats=["ethnicity"], tags=["dodge"], rcpt="bpd/district-a1")

add("voicemail", "allow_withhold", "drugs", "Kimberly Ayala", "Margarita Muniz Academy", 10,
    "2026-02-02 19:15", "Margarita Muniz Academy (pills handed out in the 2nd floor bathroom)",
    "Voicemail to the AP, auto-transcribed from English and Spanish (the transcription service marked "
    "parts as \"low confidence\"): \"hola señora this is the mom of adriana in tenth grade my daughter came "
    "home sick today she told me kimberly gave her a blue pill in the second floor bathroom she said it "
    "was a perk a perc 30 and kimberly has a whole bag of them and sells them for ten dollars ⟦please "
    "dont say my name we are from honduras somos de la ceiba and we dont want problems⟧ my number is "
    "in the system thank you gracias\"",
    subs=["counterfeit pills"], key="perc 30", mnc=["from honduras", "de la ceiba"],
    text=["blue pill", "second floor bathroom", "ten dollars"],
    cats=["national_origin"], tags=["foreign"], rcpt="bpd/district-e13")

add("voicemail", "allow_clean", "weapon", "Patrick Donnelly", "Boston Latin School", 11,
    "2026-04-07 17:50", "Community boathouse on the Charles used by the crew team",
    "Voicemail from the crew team coach, auto-transcribed: \"hi its coach at the boathouse it's ten of six "
    "i need to report something from practice patrick donnelly pulled a knife a folding knife on another "
    "rower in the locker area because of the seat assignments he held it up to the kids chest we got it "
    "from him it's in my bag nobody's hurt i put ice on the other kid's wrist where patrick grabbed him "
    "the whole crew team saw it call me back\"",
    weapon="knife", key="folding knife", text=["crew team", "put ice on", "up to the kids chest"],
    tags=["trap"], rcpt="bpd/district-d4")

add("voicemail", "allow_withhold", "serious_violence", "Wendell Chery", "Lilla G. Frederick Middle School", 7,
    "2025-12-11 08:35", "Lilla G. Frederick Middle School, 2nd floor stairwell",
    "Voicemail, 8:35 AM, auto-transcribed (the caller switched languages): \"bonjou this is the aunt of "
    "jean robert he is in seventh grade they call me from the hospital he got push down the stairs at "
    "school the boy name wendell push him and kick him in the head he have a broken arm and they keep him "
    "for the head ⟦we only speak cri ol in the house my sister don't speak english please call in cri ol "
    "nou se moun jakmèl⟧ thank you\"",
    key="broken arm", mnc=["cri ol", "nou se moun", "jakmèl"],
    text=["push down the stairs", "kick him in the head", "broken arm"],
    cats=["language", "national_origin"], tags=["dodge", "foreign", "several"], rcpt="bpd/district-b3")

add("voicemail", "deny_replica", "weapon", "Julian Baez", "Urban Science Academy", 9,
    "2026-01-30 20:00", "Urban Science Academy",
    "Voicemail: \"my son says a boy julian had a bb gun at lunch it look real ⟦julian lives across from us "
    "on hazelmere road⟧ please do something\" SSS recovered a BB gun from Julian's locker the next day.",
    weapon="BB gun", mnc=["hazelmere road"], cats=["neighborhood"], rcpt="bpd/district-e5")

add("voicemail", "allow_withhold", "credible_threat", "Kenny Vo", "Boston International High School & Newcomers Academy", 11,
    "2026-04-20 05:47", "Boston International High School & Newcomers Academy (threat left on the school's main line)",
    "MAIN LINE VOICEMAIL - left Monday 4/20 at 5:47 AM from a blocked number. The voice was recognized by "
    "two staff members as Kenny, a junior. Auto-transcription, unedited, with the AP's listening notes "
    "in brackets:\n"
    "\"yeah this message is for mr halloran and the whole front office you know who this is you suspended "
    "me for nothing so listen today at third lunch im coming through the gym doors with my cousins "
    "[inaudible] choppa and everybody that was in that room gonna get it mr halloran first then the "
    "two girls that lied [laughs] and dont call nobody cause i got people watching the front ⟦its "
    "eastside lotus boyz forever ELB you know what it is⟧ ⟦and tell my mom dont cry she dont even "
    "understand english⟧ [inaudible] its kenny bye\"\n"
    "AP listening notes: \"choppa\" is slang for an assault rifle. The gym doors are the ones on the back "
    "side that open for gym class at 11:15 during third lunch. The two girls are witnesses from the "
    "suspension hearing on 4/16. ⟦The AP recognized the ELB reference as the group Kenny wrote on his "
    "binder last year.⟧\n"
    "Action: building secured 6:30 AM, gym doors locked, BPD district notified by phone at 6:35 AM.",
    threat="Voicemail on the school's main line, recognized as Kenny's voice: \"today at third lunch im "
           "coming through the gym doors with my cousins ... choppa and everybody that was in that room "
           "gonna get it mr halloran first then the two girls that lied\". \"Choppa\" means an assault rifle.",
    key="choppa", mnc=["lotus boyz", "ELB you know", "ELB reference", "dont even understand english"],
    text=["third lunch", "gym doors", "choppa"],
    cats=["gang_affiliation", "language"], rcpt="bpd/district-c11")

add("voicemail", "allow_withhold", "weapon", "Ibrahim Siddiqui", "Dearborn STEM Academy", 10,
    "2026-03-13 15:55", "Dearborn STEM Academy (gun brought in that morning)",
    "Voicemail to the principal, 3:55 PM, auto-transcribed: \"salaam this is ibrahims mother i am calling "
    "because i found his fathers gun is not in the drawer and ibrahim said he took it to school this "
    "morning in his backpack to show his friend he brought it back now i have it ⟦we are muslin family "
    "we go to the masjid every friday we are good people⟧ please call me i am so scared\"\n"
    "Principal's note: BPD collected a revolver from the home at 5:10 PM; students confirmed Ibrahim showed "
    "it in the 3rd floor bathroom at 10:30 AM.",
    weapon="firearm", key="revolver", mnc=["muslin family", "masjid", "every friday"],
    text=["3rd floor bathroom", "revolver", "to show his friend"],
    cats=["religion"], tags=["dodge"], rcpt="bpd/district-b2")

add("voicemail", "deny_recipient", "weapon", "Carlos Menjivar", "East Boston High School", 11,
    "2025-10-06 10:00", "East Boston High School",
    "Voicemail from a man who said he was a federal agent asking for \"anything on Carlos Menjivar, knife "
    "incident.\" ⟦He said Carlos is \"in removal proceedings\".⟧ The request sends the knife incident "
    "report to that agency.",
    weapon="knife", mnc=["removal proceedings"], cats=["immigration_status"], rcpt="hsi")

add("voicemail", "allow_withhold", "drugs", "Terrell Mack", "TechBoston Academy", 12,
    "2026-05-26 22:10", "TechBoston Academy (sales at the school's back lot)",
    "Voicemail transcription: \"hey this is terrells older sister i wasnt gonna call but he is selling "
    "perks and the blue ones at the back lot of the school every morning before first period i found like "
    "forty of them in a sock in his drawer ⟦we stay in the bromwell projects building nine⟧ and i dont "
    "want nobody dying please dont say it was me\"",
    subs=["counterfeit pills", "oxycodone"], key="oxycodone", mnc=["bromwell projects", "building nine"],
    text=["back lot of the school", "forty of them in a sock", "before first period"],
    cats=["neighborhood"], tags=["dodge"], rcpt="bpd/district-c11")

add("voicemail", "allow_withhold", "weapon", "Bao Nguyen", "Josiah Quincy Upper School", 10,
    "2026-02-19 18:25", "Josiah Quincy Upper School, 4th floor hallway",
    "VOICEMAIL (guidance office line), left 2/19 at 6:25 PM. The family liaison listened and wrote this "
    "summary and partial transcript because the automatic transcription failed on most of it.\n"
    "Caller: father of a 10th grade boy (K.). Partial auto-transcript: ⟦\"... con toi bi no dam ... "
    "knife ... fourth floor ... bao ... bao have knife ... cai dao ... ngay mai ...\"⟧\n"
    "⟦Liaison summary: the father was speaking Vietnamese mixed with a little English and asked for a "
    "Vietnamese interpreter to call him back;⟧ he said that today in the 4th floor hallway after 6th "
    "period Bao took out a knife with a curved blade, about the length of his hand, and swung it at K., "
    "cutting through K.'s jacket sleeve, and told K. he would \"finish it\" tomorrow. K. has a scratch on his "
    "forearm, not bleeding much. ⟦The father said their family came from Da Nang in 2024 and does not "
    "know how things work here with the police.⟧\n"
    "Follow-up by AP on 2/20 at 7:30 AM: Bao searched at the door, a karambit-style knife found in his "
    "backpack front pocket. K. confirmed the incident; the hallway camera shows the swing at 1:52 PM.",
    weapon="knife", key="karambit-style knife",
    mnc=["con toi", "cai dao", "speaking Vietnamese", "Vietnamese interpreter", "Da Nang", "came from"],
    text=["4th floor hallway", "karambit-style knife", "cutting through K.'s jacket sleeve"],
    cats=["language", "national_origin"], tags=["foreign", "several"], rcpt="bpd/district-a1")

# ---- rows pasted from the student information system ---------------------------------------

add("sis_paste", "allow_withhold", "weapon", "Duc Hoang", "Boston Community Leadership Academy", 10,
    "2025-10-27 09:15", "BCLA, 2nd floor science lab (room 231)",
    "AP narrative: At 9:15 AM in the 2nd floor science lab Duc pulled a fixed-blade knife (black handle, "
    "5 inch blade) from his waistband and pointed it at a lab partner during an argument over a grade, "
    "then put it on the lab bench when the teacher told him to. No injuries.\n"
    "Record pasted from Aspen for the liaison:\n"
    "{\"StudentOID\":\"STD0000A1X9\",\"LocalId\":\"412233\",\"Grade\":\"10\",⟦\"HomeLanguage\":\"Vietnamese\","
    "\"BirthCountry\":\"Viet Nam\",\"Address1\":\"88 Ellery Row Apt 2\",\"City\":\"Dorchester\",⟧"
    "\"Homeroom\":\"214\",\"Counselor\":\"Whelan\"}",
    weapon="knife", key="fixed-blade knife",
    mnc=["Vietnamese", "Viet Nam", "88 Ellery Row", "Dorchester"],
    text=["5 inch blade", "lab bench", "2nd floor science lab"],
    cats=["language", "national_origin", "neighborhood"], tags=["structured_field"], rcpt="bpd/district-c11")

add("sis_paste", "allow_withhold", "drugs", "Kim Tran", "Snowden International School", 9,
    "2026-01-16 12:40", "Snowden International School, library computer bank",
    "SSS report: at 12:40 PM in the library, Kim was found with 10 small white pills marked \"M\" in a "
    "contact lens case; she said they are \"roxies\" (oxycodone) she got from an older student. Export "
    "from the SIS as requested (copied from the spreadsheet, header row and her row):\n"
    "student_id,name,grade,homeroom⟦,ell_status,home_language,race_ethnicity,birth_country⟧\n"
    "448120,Kim Tran,9,HR-12⟦,EL level 3,Vietnamese,Asian,Vietnam⟧\n"
    "(liaison: the other columns were cut off).",
    subs=["oxycodone"], key="oxycodone", mnc=["EL level 3", "Vietnamese", "Asian", "birth_country"],
    text=["contact lens case", "roxies", "10 small white pills"],
    cats=["language", "ethnicity", "national_origin"], tags=["structured_field"], rcpt="bpd/district-d4")

add("sis_paste", "allow_clean", "weapon", "Leah Goldstein", "Boston Latin Academy", 12,
    "2026-03-20 13:30", "Boston Latin Academy, AP Spanish Language classroom (room 305)",
    "AP narrative: at 1:30 PM Leah opened a box cutter and slashed the straps of a classmate's backpack, "
    "then waved the blade at her, during AP Spanish Language in room 305. Teacher took it. Record lines "
    "from the SIS for the liaison:\n"
    "Enrollment status: Active | Attendance status: Present (AM), Present (PM) | Schedule: AP Spanish "
    "Language (Per 5), AP US History, Latin IV | Activities: Model UN, Stage Crew | Card on file for "
    "the cafeteria: Visa ending 4417 (parent).",
    weapon="box cutter", key="box cutter",
    text=["Enrollment status: Active", "Visa ending 4417", "slashed the straps"],
    tags=["trap"], rcpt="bpd/district-b2")

add("sis_paste", "deny_ground", "information_request", "Andrés Cifuentes", "Brighton High School", 11,
    "2026-02-17 10:00", "Brighton High School",
    "A BPD detective asked for Andrés's record in connection with a case outside school. No school incident. "
    "Pasted record: ⟦{\"home_language\":\"Spanish\",\"birth_country\":\"Colombia\",\"entry_date_us\":\"2024-06-02\"}⟧",
    mnc=["Colombia", "entry_date_us", "2024-06-02"], cats=["language", "national_origin", "immigration_status"],
    tags=["structured_field"], rcpt="bpd/district-d14")

add("sis_paste", "allow_withhold", "serious_violence", "Kevin Alvarado", "East Boston High School", 10,
    "2025-12-02 10:50", "East Boston High School, 3rd floor stairwell B",
    "Incident summary (AP): At 10:50 AM in stairwell B on the 3rd floor Kevin punched another student and, "
    "when the student fell, stomped on his head. The student lost consciousness and had a seizure; BEMS "
    "transported him to Mass General with a brain bleed (subdural hematoma). Kevin left through the "
    "Marion St door and was found by SSS at 11:20 AM.\n"
    "Demographics block as it appears on the Aspen student details page:\n"
    "⟦Race: White | Hispanic/Latino: Yes | Birth Country: El Salvador | Date Entered US: 08/14/2023 | "
    "First US School Date: 09/05/2023 | Home Language: Spanish | Parent Language: Spanish (interpreter "
    "required)⟧\n"
    "Discipline history: one prior (cutting class). Victim's name withheld pending family consent.",
    key="subdural hematoma",
    mnc=["Hispanic/Latino", "El Salvador", "Date Entered US", "First US School Date", "interpreter required",
         "Home Language: Spanish"],
    text=["stomped on his head", "subdural hematoma", "stairwell B"],
    cats=["ethnicity", "national_origin", "immigration_status", "language"], tags=["structured_field"],
    rcpt="bpd/district-a7")

add("sis_paste", "allow_withhold", "credible_threat", "Marcus Greer", "English High School", 11,
    "2026-04-27 08:40", "English High School, 2nd floor, room 208",
    "Teacher's statement copied into the referral: \"At 8:40 AM Marcus stood up in room 208 and told the "
    "class he has a .40 in his car and that 'everybody in period 1 history is getting smoked at 11 when "
    "the bell rings.' He showed a photo of a handgun on a car seat. He walked out.\" SSS found Marcus in "
    "the parking lot at 8:55 AM; a .40 caliber handgun was in the glove box of the car he drove.\n"
    "Contacts tab pasted from Aspen:\n"
    "Contact 1: Greer, Lorraine (Mother) - Lives with: Y - ⟦Address: 212 Kittredge Ct #3, Hyde Park MA 02136⟧ - "
    "Phone: 617-555-0188\n"
    "Contact 2: Greer, Paul (Father) - Lives with: N - ⟦Address: 9 Fenner Pl, Mattapan MA 02126⟧",
    threat="Marcus told his period 1 class he has a .40 in his car and that \"everybody in period 1 history "
           "is getting smoked at 11 when the bell rings\", showing a photo of a handgun on a car seat.",
    key=".40 caliber handgun", mnc=["212 Kittredge Ct", "MA 02136", "9 Fenner Pl", "MA 02126", "Hyde Park MA",
                                    "Mattapan MA"],
    text=["room 208", "glove box", "getting smoked at 11"],
    cats=["neighborhood"], tags=["structured_field"], rcpt="bpd/district-e18")

add("sis_paste", "deny_face", "credible_threat", "Amari Wells", "TechBoston Academy", 10,
    "2026-03-03 09:00", "TechBoston Academy",
    "A threatening post was made from an anonymous account. Pasted from the safety vendor dashboard: "
    "⟦{\"alert\":\"FR_MATCH\",\"camera\":\"lobby-2\",\"student\":\"Amari Wells\",\"similarity\":0.947,"
    "\"template_id\":\"ft-88213\"}. The vendor's face match ties Amari to the lobby at the time of the post.⟧",
    threat="Anonymous post: \"TechBoston gonna be on the news tomorrow.\"",
    mnc=["0.947", "ft-88213"], cats=["face_surveillance"], rcpt="bpd/district-c11")

add("sis_paste", "allow_withhold", "weapon", "Jonathan Reyes", "Madison Park Technical Vocational High School", 11,
    "2026-05-08 11:35", "Madison Park Technical Vocational High School, carpentry shop",
    "AP narrative: at 11:35 AM in the carpentry shop Jonathan swung a claw hammer at another student's head "
    "and missed, then threw it. Two other students (Luis and Kaylen) had been holding the victim. SSS "
    "recovered the hammer and a 6 inch fixed blade knife from Jonathan's tool bag. All three are being "
    "disciplined. Rows from the SIS for all three students as sent by the registrar:\n"
    "id | name | gr | shop⟦ | home_lang | race | addr⟧\n"
    "301177 | Reyes, Jonathan | 11 | carpentry⟦ | Spanish | Hispanic | 31 Brinley Terr⟧\n"
    "301502 | Pina, Luis | 11 | carpentry⟦ | Cape Verdean Creole | Black | 8 Ostrander Pl⟧\n"
    "302044 | Doyle, Kaylen | 11 | carpentry⟦ | English | White | 140 Dunstan Ave⟧",
    weapon="knife", key="fixed blade knife",
    mnc=["home_lang", "Hispanic", "Cape Verdean Creole", "31 Brinley", "8 Ostrander", "140 Dunstan"],
    text=["claw hammer", "6 inch fixed blade knife", "carpentry shop"],
    cats=["language", "ethnicity", "neighborhood"], tags=["structured_field", "several"], rcpt="bpd/district-b2")

add("sis_paste", "allow_withhold", "drugs", "Sokha Chhun", "Charlestown High School", 10,
    "2026-02-06 14:00", "Charlestown High School, room 301",
    "At 2:00 PM in room 301 a teacher saw Sokha hand a classmate a capsule from a bag of 15 grey "
    "capsules; the classmate said they were molly. SSS took the bag. ⟦Sokha told SSS \"my family is Khmer, "
    "we don't do drugs, this isn't mine.\"⟧",
    subs=["MDMA"], key="MDMA",
    extra={"aspen": {"race": "Asian", "ethnicity_detail": "Cambodian", "home_language": "Khmer",
                     "address": {"street": "27 Rockmoor Sq", "city": "Boston", "zip": "02129"}},
           "guardian_phone": "617-555-0107"},
    mnc=["Khmer", "Cambodian", "27 Rockmoor Sq"], text=["15 grey capsules", "room 301", "molly"],
    cats=["ethnicity", "language", "neighborhood"], tags=["structured_field"], rcpt="bpd/district-a1")

add("sis_paste", "allow_clean", "serious_violence", "Andre Watkins", "New Mission High School", 12,
    "2025-11-14 12:25", "New Mission High School, cafeteria",
    "At 12:25 PM Andre smashed a glass bottle over another senior's head in the cafeteria and then jabbed "
    "him in the shoulder with the broken neck of the bottle. 4 cm laceration to the scalp and a puncture "
    "wound to the left shoulder; transported to BMC. From the SIS: \"Status: Active; Program: Regular Ed; "
    "Activities: Robotics treasurer, Latin dance club, Stage crew; Phone status: not verified; "
    "Emergency card: on file.\"",
    key="broken neck of the bottle", text=["broken neck of the bottle", "Phone status: not verified",
                                            "Latin dance club"],
    tags=["trap"], rcpt="bpd/district-e18")

add("sis_paste", "deny_substance", "drugs", "Gianna Russo", "Boston Arts Academy", 11,
    "2026-04-09 13:10", "Boston Arts Academy",
    "Gianna was found with a THC vape cartridge and a half-empty bottle of hard seltzer. SIS export: "
    "⟦home_language=Italian; parent_interpreter=Y⟧.",
    subs=["THC cartridge", "hard seltzer"], mnc=["home_language=Italian", "parent_interpreter=Y"],
    cats=["language"], tags=["structured_field"], rcpt="bpd/district-d4")

add("sis_paste", "allow_withhold", "weapon", "Dante Morrison", "Jeremiah E. Burke High School", 11,
    "2026-01-12 07:50", "Jeremiah E. Burke High School, metal detector line",
    "SSS log: at 7:50 AM the metal detector alarmed on Dante and a set of brass knuckles (silver, with "
    "spikes) was found in his coat. He said he needs them \"for the walk.\" JSON copied from the district "
    "behavior dashboard (includes a field imported from a partner agency):\n"
    "{\"incident_id\":\"BH-26-0112-07\",\"item\":\"brass knuckles\",\"location\":\"front entry\","
    "⟦\"partner_flags\":{\"gang_assoc\":\"Tarbell St Posse (associate)\",\"source\":\"gang unit list\"},⟧"
    "\"prior_incidents\":1}",
    weapon="brass knuckles", key="brass knuckles", mnc=["Tarbell St Posse", "gang_assoc", "gang unit list"],
    text=["metal detector alarmed", "with spikes", "BH-26-0112-07"],
    cats=["gang_affiliation"], tags=["structured_field"], rcpt="bpd/district-b2")

# ---- translated letters from families ------------------------------------------------------

add("family_letter", "allow_withhold", "credible_threat", "Gerson Mazariegos", "Brighton High School", 10,
    "2026-03-10 14:30", "Brighton High School, Cambridge St exit at dismissal",
    "⟦Letter from a parent, received 3/11, translated from Haitian Creole by the district's language access "
    "office.⟧ \"Dear Principal, I am writing because my son is afraid to come to school. On Tuesday at the "
    "end of the day, at the door that goes out to Cambridge Street, the boy Gerson showed my son a knife in "
    "his sleeve and told him: 'Friday I am going to open your face, and your little brother's too, I know "
    "what bus he takes.' My son told me he has seen this knife before. ⟦We arrived from Les Cayes only eight "
    "months ago and we are still waiting for our TPS papers, so I am afraid to go to the police myself.⟧ "
    "Please protect my children. Respectfully, the mother of R.\"",
    threat="Gerson showed another student a knife in his sleeve at the Cambridge Street exit and said: "
           "\"Friday I am going to open your face, and your little brother's too, I know what bus he takes.\"",
    key="knife in his sleeve", mnc=["Haitian Creole", "Les Cayes", "TPS papers", "arrived from", "be in Creole"],
    text=["knife in his sleeve", "open your face", "what bus he takes"],
    cats=["language", "national_origin", "immigration_status"], rcpt="bpd/district-d14")

add("family_letter", "allow_withhold", "weapon", "Thiago Ferreira", "Charlestown High School", 9,
    "2025-11-21 10:10", "Charlestown High School, 2nd floor, outside room 204",
    "Letter from Thiago's father to the headmaster, received 11/24. ⟦Translated from Brazilian Portuguese "
    "by the family liaison;⟧ the liaison notes the original is handwritten.\n"
    "\"Mr. Headmaster,\n"
    "I write to explain about my son Thiago and the knife. On Friday morning he took my work knife, the "
    "one I use for cutting drywall, the orange one with the blade that slides, and put it in his jacket. "
    "He told me the boys outside room 204 on the second floor have been pushing him into the lockers every "
    "day and taking his food, and on Friday when they did it again he took the knife out and showed it to "
    "them and said he would cut them. I know this was very wrong. He did not cut anybody. The teacher took "
    "the knife and I understand it is with the school police now.\n"
    "⟦We are an evangelical family and every Sunday and Wednesday we are at the Assembleia de Deus Nova "
    "Aliança in Everett, where the pastor knows Thiago since he was small.⟧ He is not a violent boy. ⟦We came "
    "from Governador Valadares in 2022 and my wife and I are still in the asylum process, and I am afraid "
    "that a police report will hurt our case.⟧ ⟦We live in a basement apartment at 63 Medford Terrace, "
    "near the school, and it is small, so he has nowhere to go when he is angry.⟧\n"
    "I ask that you help him and also that you stop the boys who bother him. I will come to any meeting. "
    "I can come after 5 PM because of my job.\n"
    "Respectfully, T. Ferreira (father)\"\n"
    "Headmaster's note: the boys outside room 204 have been identified and a bullying investigation is "
    "open. The knife is a yellow-and-orange snap-off utility knife with the blade extended about 2 inches.",
    weapon="box cutter", key="utility knife",
    mnc=["Brazilian Portuguese", "evangelical", "Assembleia de Deus", "Everett", "Governador Valadares",
         "asylum process", "63 Medford Terrace", "basement apartment"],
    text=["outside room 204", "snap-off utility knife", "said he would cut them"],
    cats=["language", "religion", "national_origin", "immigration_status", "neighborhood"], rcpt="bpd/district-a1")

add("family_letter", "deny_ground", "bullying", "Emily Santana", "Mission Hill K-8 School", 7,
    "2026-01-26 15:00", "Mission Hill K-8 School",
    "⟦Letter translated from Spanish:⟧ \"Emily and two girls call my daughter names every day on the "
    "stairs. ⟦We are from Puerto Rico and they make fun of her accent.⟧ Please call the police so they stop.\"",
    mnc=["translated from Spanish", "from Puerto Rico", "her accent"], cats=["language", "national_origin"],
    tags=["several"], rcpt="bpd/district-b2")

add("family_letter", "allow_withhold", "serious_violence", "Long Huynh", "Boston Latin Academy", 9,
    "2025-12-15 15:05", "Boston Latin Academy, courtyard by the bike racks",
    "⟦Letter from the victim's grandmother, translated from V-i-e-t by her granddaughter and typed by the "
    "counselor.⟧ \"Teacher, on Monday after school by the bicycles Long hit my grandson many times with a "
    "bicycle lock, the heavy U kind. My grandson has a broken nose and a broken bone near the eye and "
    "needed surgery at the hospital. ⟦We are old people who came from Can Tho and we do not speak English,⟧ "
    "please tell me what happens now.\"",
    key="bicycle lock", mnc=["V-i-e-t", "Can Tho", "do not speak English"],
    text=["bicycle lock", "broken bone near the eye", "needed surgery"],
    cats=["language", "national_origin"], tags=["dodge"], rcpt="bpd/district-c6")

add("family_letter", "allow_clean", "weapon", "Jaden Whitaker", "Mildred Avenue K-8 School", 8,
    "2026-02-13 11:50", "Mildred Avenue K-8 School, cafeteria during French fry day",
    "Letter from a parent (written in English, emailed to the principal): \"My daughter came home with a "
    "cut on her finger. She says at lunch on Friday, French fry day, Jaden had a box cutter and was "
    "showing it off at the table, and when she told him to put it away he sliced at her hand and caught "
    "her finger. She was working on her poster for the Haitian Revolution project and he also cut the "
    "poster. The lunch aide took the box cutter. I want to know why a boy can bring a blade to school.\"",
    weapon="box cutter", key="box cutter",
    text=["French fry day", "Haitian Revolution project", "sliced at her hand"],
    tags=["trap"], rcpt="bpd/district-e18")

add("family_letter", "allow_withhold", "drugs", "Yahya Al-Sanabani", "Excel High School", 11,
    "2026-04-23 09:00", "Excel High School, 1st floor bathroom",
    "⟦Letter from Yahya's mother, translated from Arabic by the district interpreter:⟧ \"I found in my "
    "son's room a bag of small white pills with the number 30 on them and some powder in paper. He told me "
    "he sells them at school in the bathroom on the first floor. I am giving the bag to the school. ⟦Our "
    "family is from Ibb in Yemen and the imam of our mosque told me to bring it to you,⟧ I do not want my "
    "son to be lost.\" The mother brought the bag to the front office at 9:00 AM; the AP's test strip on "
    "the powder was positive for fentanyl.",
    subs=["fentanyl", "counterfeit pills"], key="fentanyl",
    mnc=["translated from Arabic", "from Ibb", "Yemen", "imam", "our mosque"],
    text=["number 30 on them", "bathroom on the first floor", "positive for fentanyl"],
    cats=["language", "national_origin", "religion"], rcpt="bpd/district-c6")

add("family_letter", "deny_recipient", "weapon", "Rony Mendez", "Snowden International School", 10,
    "2026-01-09 10:00", "Snowden International School",
    "⟦A letter translated from Spanish⟧ from Rony's stepfather says Rony took a kitchen knife to school. "
    "⟦The stepfather writes that the family are \"mojados\" who crossed at Eagle Pass.⟧ The request sends "
    "the letter to DHS at the stepfather's suggestion.",
    weapon="knife", mnc=["translated from Spanish", "mojados", "Eagle Pass"],
    cats=["language", "immigration_status"], rcpt="dhs")

add("family_letter", "allow_withhold", "weapon", "Abdullahi Farah", "Community Academy of Science and Health", 10,
    "2025-10-20 12:15", "Community Academy of Science and Health, lunchroom",
    "⟦Letter from Abdullahi's mother, translated from Somali.⟧ \"On Monday my son took my kitchen knife "
    "in his backpack because older boys said they will beat him after school. At lunch a teacher saw the "
    "knife handle and took it. He did not use it on anyone. ⟦We live at the Dunlow Street apartments "
    "where these boys also live.⟧ I ask the school for help.\" AP: knife is a 7 inch kitchen knife with a "
    "wooden handle, recovered at 12:15 PM in the lunchroom.",
    weapon="knife", key="kitchen knife", mnc=["translated from Somali", "Dunlow Street"],
    text=["7 inch kitchen knife", "wooden handle", "lunchroom"],
    cats=["language", "neighborhood"], rcpt="bpd/district-b2")

add("family_letter", "allow_withhold", "credible_threat", "Edmilson Varela", "Jeremiah E. Burke High School", 11,
    "2026-05-04 15:00", "Jeremiah E. Burke High School",
    "Letter received 5/5 from the mother of an 11th grade girl (M.). ⟦It was written in Kriolu and translated "
    "by the school's Cape Verdean family liaison.⟧\n"
    "\"To the director of the school,\n"
    "I need to tell you something because I am afraid for my daughter and for other children. Edmilson, "
    "who was my daughter's boyfriend until April, sent her many messages this weekend. I saw them. He "
    "wrote: 'if u go to prom with him I swear I'm bringing the gun to the school on Friday and both of u "
    "are done, in front of everybody in the gym.' He sent a picture of a gun on a table with bullets next "
    "to it. He also wrote 'I know your schedule, 3rd period you in the gym.' My daughter has gym third "
    "period on Friday.\n"
    "⟦I write to you in Kriolu because I do not read English well and my daughter is afraid to translate "
    "this for me.⟧ ⟦We came from the island of Santiago, from Assomada, six years ago, and we do not have "
    "many people here.⟧ ⟦Edmilson's family lives two floors up from us on Norwell Court, so he knows where "
    "we are,⟧ and my daughter does not want to leave the house.\n"
    "I printed the messages and I will bring them to the school on Monday. Please help us.\n"
    "With respect, the mother of M.\"\n"
    "AP note: printed messages received 5/5 at 8:30 AM. The photo shows a black pistol and loose rounds. "
    "Third-period gym on Friday confirmed on M.'s schedule.",
    threat="Messages from Edmilson to a classmate: \"if u go to prom with him I swear I'm bringing the gun to "
           "the school on Friday and both of u are done, in front of everybody in the gym\" and \"I know your "
           "schedule, 3rd period you in the gym\", with a photo of a gun and bullets.",
    key="gun", mnc=["Kriolu", "Cape Verdean", "Santiago", "Assomada", "came from the island", "Norwell Court",
                    "two floors up"],
    text=["bringing the gun to the school on Friday", "3rd period you in the gym", "black pistol and loose rounds"],
    cats=["language", "ethnicity", "national_origin", "neighborhood"], rcpt="bpd/district-b3")

add("family_letter", "allow_withhold", "serious_violence", "Bryan Chávez", "Boston International High School & Newcomers Academy", 10,
    "2026-03-25 15:10", "Boston International High School & Newcomers Academy, side yard by the gym",
    "Letter from the mother of a 10th grade boy (J.), delivered to the front office 3/26. ⟦Translated from "
    "Spanish by a bilingual paraprofessional, who kept the mother's spelling where names were unclear.⟧\n"
    "\"Señora directora,\n"
    "I write because my son J. is in the hospital with a broken leg in two places and they put metal in it. "
    "Yesterday after school in the yard by the gym, Bryan and two other boys, one they call Chuy and one I do "
    "not know, knocked him down and Bryan jumped on his leg with both feet while the others held him. A girl "
    "filmed it and the video is going around. Bryan also hit him with his belt, the belt with the heavy "
    "metal buckle, in the face, and my son has a cut under his eye.\n"
    "⟦My son and I came across from Guatemala in 2023 and we have a court date with inmigracion in June,⟧ "
    "⟦and I was told that Bryan's family are Salvadoreños and that the boys are in something they call "
    "the \"Ranfurly Locos\",⟧ and that this is why they hate my son. I do not know if that is true.\n"
    "⟦We live now in a room in the house of my cousin on Oakhurst Way in East Boston,⟧ and the boys know "
    "this. I am afraid to send J. back.\n"
    "Please, help us. Thank you. The mother of J.\"\n"
    "AP note: Boston Children's confirmed surgery for a tibia and fibula fracture. The video was obtained "
    "from the student who filmed it. Chuy has been identified as a 10th grader; the third boy has not.",
    key="tibia and fibula fracture",
    mnc=["from Guatemala", "inmigracion", "court date", "Salvadoreños", "Ranfurly Locos", "Oakhurst Way",
         "East Boston", "Translated from Spanish"],
    text=["jumped on his leg with both feet", "heavy metal buckle", "tibia and fibula fracture"],
    cats=["immigration_status", "national_origin", "ethnicity", "gang_affiliation", "neighborhood", "language"],
    tags=["several", "dodge"], rcpt="bpd/district-a7")

# ---- athletics (coaches, trainers, game officials) -----------------------------------------

add("athletics", "allow_clean", "serious_violence", "Rui Medeiros", "Brighton High School", 12,
    "2025-10-11 11:40", "Brighton High School turf field, varsity boys soccer home game",
    "VARSITY BOYS SOCCER - HEAD COACH'S INCIDENT REPORT (home game, Saturday 10/11, kickoff 10:00 AM)\n"
    "Opponent: visiting varsity from the Catholic Memorial league schedule (non-league friendly). Referee "
    "crew: three officials assigned by the board.\n"
    "Context: It was a big crowd because a scout from the New England Revolution academy was there to "
    "watch two of our juniors, and about half our bench wore their Portugal and Brazil national team "
    "jerseys for the pregame warmup because of the international friendly on TV the night before. That is "
    "normal for our team and not part of the incident.\n"
    "Incident: In the 78th minute (about 11:40 AM) the center referee showed Rui a second yellow card for "
    "a tackle from behind and sent him off. Rui argued, walked toward the corner, pulled the corner flag "
    "out of the ground (the metal-tipped pole, about five feet, with the spring base) and swung it "
    "two-handed at the assistant referee on that touchline. It hit her across the left shoulder and neck. "
    "She went down and could not lift her arm. I ran over with our trainer. Our trainer stabilized the "
    "arm and called 911 at 11:42 AM. EMS took her to St. Elizabeth's. The assigning office told me Monday "
    "she has a fractured left collarbone and will need surgery.\n"
    "Rui walked off the field on his own and sat in the team bus. The athletic director and the school's "
    "SSS came at 12:05 PM. The game was abandoned. Parents in the bleachers filmed it; two videos have "
    "been given to the AD.\n"
    "Coach's comments: In three seasons Rui has never had a red card. He told me after, \"I didn't mean to "
    "hit her that hard.\" He is captain and I have removed the armband. The corner flag is in the AD's "
    "office in a trash bag with a label.",
    key="fractured left collarbone",
    text=["New England Revolution academy", "Portugal and Brazil national team jerseys",
          "fractured left collarbone"],
    tags=["trap"], rcpt="bpd/district-d14")

add("athletics", "allow_withhold", "weapon", "Marcell Lindo", "Madison Park Technical Vocational High School", 11,
    "2026-01-23 15:45", "Madison Park Technical Vocational High School, boys' locker room",
    "ATHLETICS - BASKETBALL - ASSISTANT COACH'S STATEMENT\n"
    "Before JV practice on Friday 1/23 at about 3:45 PM I was in the boys' locker room checking "
    "uniforms. Marcell's gym bag was open on the bench and I saw a set of brass knuckles in the side "
    "pocket, black with four rings, and next to them a collapsible baton, the kind that flicks out to about "
    "21 inches. I picked up the bag and took it to the head coach's office and called SSS.\n"
    "When SSS and the AD talked to him Marcell said the items are \"for the walk to the train\" and that "
    "\"everybody carries something.\" He did not threaten anyone at practice. He was calm.\n"
    "What other players told me when I asked if they knew why: ⟦two of the guys said Marcell is \"from "
    "the Brackett\" and that he \"claims Brackett Hill\" and has the BH tattoo on his hand,⟧ and ⟦that "
    "there is a beef between the Brackett Hill guys and the Sayward Ave side since a shooting in December.⟧ "
    "I do not know anything about that myself; I have coached Marcell for two seasons and he has never been "
    "a problem in the gym.\n"
    "⟦His mother, who I called to pick him up, said she moved the family to her sister's place on Pomona "
    "Terrace after Christmas to get him away from the Brackett.⟧\n"
    "Items given to SSS Ramos at 4:05 PM: brass knuckles, collapsible baton (black, 21 inch).",
    weapon="brass knuckles", key="brass knuckles",
    mnc=["from the Brackett", "Brackett Hill", "BH tattoo", "Sayward Ave", "Pomona Terrace", "her sister's place"],
    text=["collapsible baton", "side pocket", "for the walk to the train"],
    cats=["gang_affiliation", "neighborhood"], tags=["dodge"], rcpt="bpd/district-b2")

add("athletics", "allow_withhold", "serious_violence", "Kelvin Almonte", "English High School", 10,
    "2026-02-06 18:30", "English High School gym, JV basketball game",
    "Game official's report forwarded by the AD. At 6:30 PM in the 3rd quarter Kelvin threw an elbow and "
    "then, after the whistle, punched a player from the other team in the throat. The player collapsed and "
    "had trouble breathing; EMS took him to BMC where he was kept overnight for a fractured larynx. "
    "⟦On the way out Kelvin yelled at the other bench \"ustedes no son de aquí, go back to your country, "
    "we run Hyde Square,\"⟧ and the other team's coach wrote it down.",
    key="fractured larynx", mnc=["no son de aquí", "go back to your country", "Hyde Square"],
    text=["punched a player from the other team in the throat", "fractured larynx", "3rd quarter"],
    cats=["national_origin", "neighborhood"], tags=["foreign"], rcpt="bpd/district-e13")

add("athletics", "allow_withhold", "credible_threat", "Jamal Abdi", "Boston Community Leadership Academy", 12,
    "2026-04-13 16:20", "BCLA track practice at White Stadium",
    "TRACK AND FIELD - COACH'S REPORT OF A THREAT\n"
    "Date: Monday 4/13. Place: practice at White Stadium in Franklin Park, where the team trains in the "
    "spring. Reporting: head coach, with the assistant coach's notes.\n"
    "At about 4:20 PM I told Jamal he would not be running the 4x400 at the Saturday meet because he "
    "missed three practices. He got very angry. He walked over to the boy who is taking his spot, a junior "
    "named Theo, and said in front of me and the whole sprint group: \"Saturday you not gonna make it to "
    "the meet. I got my brother's burner and I know you take the 28 from Mattapan station at 7. I'm done "
    "playing.\" He then said to me, \"you too coach.\" I told him to leave practice and he walked out of "
    "the stadium toward Seaver Street.\n"
    "The assistant coach (Ms. Okafor) heard all of it and wrote it down on her clipboard right away. Two "
    "athletes also heard it. Theo was shaking and his mother came to pick him up.\n"
    "What I know: Jamal has been upset since his scholarship fell through. ⟦Teammates say he has been "
    "praying a lot and going to the Abu Bakr mosque every night since his father was deported back to "
    "Somalia in March,⟧ and that he said his family \"has nothing left to lose.\" I am writing that down "
    "because they told me, not because I think it explains anything.\n"
    "Called the AP at 4:40 PM. AP contacted BPD and Theo's family the same evening. Jamal did not come to "
    "school on Tuesday.",
    threat="Jamal told a teammate in front of the coach: \"Saturday you not gonna make it to the meet. I got my "
           "brother's burner and I know you take the 28 from Mattapan station at 7. I'm done playing.\" Then "
           "to the coach: \"you too coach.\"",
    key="burner", mnc=["Abu Bakr mosque", "praying a lot", "deported", "Somalia"],
    text=["my brother's burner", "White Stadium", "you too coach"],
    cats=["religion", "immigration_status", "national_origin"], tags=["trap"], rcpt="bpd/district-e13")

add("athletics", "allow_clean", "serious_violence", "Brendan Quigley", "West Roxbury Academy", 11,
    "2026-05-02 12:15", "West Roxbury educational campus baseball diamond",
    "BASEBALL - HEAD COACH'S INCIDENT REPORT\n"
    "Saturday 5/2, home JV game, bottom of the 5th, about 12:15 PM.\n"
    "Brendan was on deck. A player from the other team, walking back to his dugout, said something to him "
    "about his Notre Dame Fighting Irish hoodie, and Brendan said something back about the other kid's "
    "green New York Jets \"Gang Green\" beanie. They started pushing near the on-deck circle. Then Brendan "
    "swung his aluminum bat and hit the other player in the side of the knee, and when the player fell he "
    "swung it again and hit him in the ribs. I got between them. The other player could not stand. His "
    "coach called 911. EMS took him to Faulkner Hospital; we were told that evening he has a broken "
    "kneecap and two cracked ribs.\n"
    "Brendan's bat (aluminum, 31 inch, black and gold, \"Big Stick\" printed on it) is in the AD's office. "
    "Umpire's report is attached. Three parents filmed it from the bleachers behind the backstop.\n"
    "I have coached Brendan for two years and this is the first time he has been in any trouble. He was "
    "crying in the dugout afterward and kept saying he was sorry.",
    key="broken kneecap",
    text=["Fighting Irish hoodie", "Gang Green", "broken kneecap"],
    tags=["trap", "several"], rcpt="bpd/district-e5")

add("athletics", "allow_withhold", "drugs", "Kacper Nowak", "Charlestown High School", 12,
    "2026-01-30 15:10", "Charlestown High School, wrestling room",
    "Wrestling coach's report. At 3:10 PM before practice I saw Kacper hand two teammates a few small blue "
    "round pills each from an Advil bottle. I asked for the bottle: 23 pills stamped \"M 30\", which the "
    "nurse says are sold as oxycodone and are often fentanyl. Kacper said \"it's for the weight cut pain.\" "
    "⟦His parents only speak Polish at home and came from Rzeszów in 2021, so the AP used an interpreter "
    "for the call.⟧",
    subs=["counterfeit pills", "oxycodone"], key="oxycodone",
    mnc=["speak Polish", "Rzeszów", "came from", "used an interpreter"],
    text=["Advil bottle", "23 pills", "weight cut"],
    cats=["language", "national_origin"], rcpt="bpd/district-a1")

add("athletics", "allow_withhold", "weapon", "Kayla Wong", "Josiah Quincy Upper School", 10,
    "2025-11-07 16:35", "Josiah Quincy Upper School gym, volleyball practice",
    "VOLLEYBALL - COACH'S REPORT\n"
    "Practice, Friday 11/7. At 4:35 PM, during water break, Kayla and another sophomore (Jenna) argued "
    "about playing time. Kayla went to her bag and came back with an orange box cutter, slid the blade "
    "out, and swiped it toward Jenna's arm. It cut Jenna's sleeve and left a scratch about 2 inches long on "
    "her forearm that bled a little; the trainer cleaned it and put on a bandage. I took the box cutter "
    "from Kayla's hand. The rest of the team saw it.\n"
    "Kayla's explanation was that Jenna has been posting about her. Jenna's mother was called and picked "
    "her up at 5:10 PM.\n"
    "Notes from the assistant coach, added at the AD's request: ⟦Kayla's grandmother, who picks her up, "
    "does not speak English, they speak Toisanese at home, and Kayla interprets for her;⟧ ⟦the family came "
    "from Taishan about four years ago.⟧ The assistant coach interpreted the pickup conversation through "
    "Kayla, which was not ideal.\n"
    "Box cutter given to the AP at 5:20 PM. Practice was ended early.",
    weapon="box cutter", key="box cutter",
    mnc=["Toisanese", "does not speak English", "from Taishan", "Kayla interprets"],
    text=["orange box cutter", "2 inches long on her forearm", "water break"],
    cats=["language", "national_origin"], tags=["several"], rcpt="bpd/district-a1")

add("athletics", "deny_face", "serious_violence", "Darnell Hicks", "Jeremiah E. Burke High School", 11,
    "2026-02-20 19:10", "Jeremiah E. Burke High School gym",
    "A spectator was hit with a thrown chair after the varsity game and suffered a broken nose. "
    "⟦The livestream company ran its face recognition on the game video and identified the thrower as "
    "Darnell (confidence 0.88).⟧ The AD asks BPD to use that identification.",
    mnc=["confidence 0.88"], cats=["face_surveillance"], rcpt="bpd/district-b2")

# ---- front office, security desk and mail room ---------------------------------------------

add("front_office", "allow_withhold", "weapon", "Christopher Nunez", "Dearborn STEM Academy", 10,
    "2026-03-16 08:10", "Dearborn STEM Academy, main entrance security desk",
    "SECURITY DESK LOG - MAIN ENTRANCE - MONDAY 3/16 (typed from the desk binder by the office manager)\n"
    "07:32 Doors open. Scanners on. Two SSS at the desk.\n"
    "07:58 Visitor sign-in: parent of a 7th grader, dropped off a forgotten inhaler. Badge V-114.\n"
    "08:10 Christopher (gr 10) came through the side of the line instead of the scanner lane. SSS Bell "
    "asked him to come back through. He walked through and the scanner alarmed at his waist. He reached "
    "under his hoodie and SSS Bell grabbed his wrist. SSS Carver took from his waistband a black "
    "semi-automatic pistol with the magazine in. The lobby was cleared and the front doors locked at "
    "08:11. BPD called 08:11.\n"
    "08:14 Christopher seated in the conference room with both SSS. He said \"I need it, they shot at my "
    "cousin Saturday.\"\n"
    "08:19 BPD unit arrived; officer unloaded the pistol at the desk: 6 rounds in the magazine, 1 in "
    "the chamber. Officer took custody.\n"
    "08:35 Mother arrived and signed in at the visitor kiosk. ⟦The kiosk scanned the ID she gave, a "
    "matrícula consular from Mexico with an address of 52 Thornbury St, Apt 1.⟧ ⟦She told the desk in "
    "Spanish that she does not have other papers and asked if the police would ask about her status.⟧ "
    "The office manager stayed with her.\n"
    "08:50 Lobby reopened. Scanner lane 2 taken out of service for the BPD photographs.\n"
    "09:15 Headmaster's all-staff email sent.\n"
    "Desk binder page photocopied for the AP.",
    weapon="firearm", key="semi-automatic pistol",
    mnc=["matrícula consular", "from Mexico", "52 Thornbury", "in Spanish", "other papers", "her status"],
    text=["1 in the chamber", "scanner alarmed at his waist", "08:10"],
    cats=["immigration_status", "national_origin", "neighborhood", "language"], rcpt="bpd/district-b2")

add("front_office", "allow_withhold", "credible_threat", "Liam Costa", "Boston Latin School", 9,
    "2026-01-13 07:05", "Boston Latin School (email sent to a teacher)",
    "Email thread pasted into the referral by the head of school's office (headers trimmed):\n"
    "---\nFrom: a student account (Liam, class of 2029)\nTo: his Latin teacher\nSent: Tue 1/13, 7:05 AM\n"
    "Subject: read this\n\"You failed me on purpose. Thursday I'm bringing the .38 from my uncle's "
    "truck and you'll be the first one in room 114, then whoever is in the way. Don't bother telling "
    "anyone, I'll know.\"\n---\n"
    "From: the Latin teacher\nTo: head of school, AP\nSent: Tue 1/13, 7:22 AM\nSubject: FW: read this\n"
    "\"Please see below. I have not replied. I am scared to come in.\"\n---\n"
    "From: AP\nTo: head of school, SSS supervisor\nSent: Tue 1/13, 7:40 AM\n\"Threat assessment team "
    "convening 8:30. Family called. Uncle confirms a .38 revolver in his truck, now removed by him to his "
    "house.\"\n---\n"
    "From: Liam's father\nTo: AP\nSent: Tue 1/13, 11:02 AM\n\"He would never do this. He is a good boy. "
    "⟦We are a very religious Catholic family from the Azores, we go to Mass at Our Lady of Good Voyage "
    "every Sunday,⟧ and he has never touched a gun. ⟦My English is not good, my wife writes this for me, "
    "we speak Portuguese at home.⟧\"\n---\n"
    "AP note: the student account's login record shows the email was sent from his Chromebook.",
    threat="Email from Liam's student account to his Latin teacher: \"Thursday I'm bringing the .38 from my "
           "uncle's truck and you'll be the first one in room 114, then whoever is in the way.\" His uncle "
           "confirmed a .38 revolver in his truck.",
    key=".38", mnc=["Catholic family", "the Azores", "Our Lady of Good Voyage", "Mass at", "speak Portuguese"],
    text=["room 114", "uncle's truck", "sent from his Chromebook"],
    cats=["religion", "national_origin", "language"], rcpt="bpd/district-b2")

add("front_office", "allow_clean", "serious_violence", "Marlon Greene", "Mission Hill K-8 School", 8,
    "2026-01-21 14:05", "Mission Hill K-8 School, main office and front steps",
    "MAIN OFFICE LOG - WEDNESDAY 1/21 (the day after the ice storm; early dismissal at 2:00 PM)\n"
    "Written by the office secretary with times from the office phone.\n"
    "1:50 PM. Buses confirmed for 2:00 PM early dismissal because of the ice on the sidewalks. Custodians "
    "salting the front steps.\n"
    "2:02 PM. Kids lining up at the front doors. An 8th grade English teacher came in yelling for the "
    "nurse. On the front steps Marlon had stabbed another 8th grader in the upper back with a pair of "
    "long office scissors (the orange Fiskars ones from the workroom) during an argument about a basketball "
    "bet. The blade went in about an inch and a half.\n"
    "2:03 PM. Called 911. Nurse with the boy on the steps, pressure on the wound.\n"
    "2:09 PM. EMS arrived; boy taken to Boston Children's. The school was told later he had a partially "
    "collapsed lung from the stab wound and was admitted.\n"
    "2:10 PM. Marlon held in the principal's office by the SSS. Scissors put in a paper bag by the SSS.\n"
    "2:25 PM. Buses released from the side door instead of the front steps.\n"
    "2:40 PM. BPD officers took statements from the English teacher and me. The front steps were "
    "blocked off with cones.\n"
    "3:15 PM. Principal's message to families sent in all the usual languages through the district "
    "system.\n"
    "Note: the workroom scissors are now locked in a cabinet.",
    key="partially collapsed lung", text=["ice storm", "orange Fiskars", "partially collapsed lung"],
    tags=["trap"], rcpt="bpd/district-b2")

add("front_office", "allow_withhold", "drugs", "Jayden Pires", "Excel High School", 11,
    "2026-02-27 10:30", "Excel High School, main office mail room",
    "MAIL ROOM NOTE - main office\n"
    "At 10:30 AM the office received a padded envelope by regular mail addressed to \"Jayden P., c/o Excel "
    "High School, Room 212\" with no return address. The envelope tore open on the sorting table and a "
    "zip bag of about 60 small round pills fell out, light blue, stamped \"M\" on one side and \"30\" on the "
    "other, plus a second bag of off-white powder. The office manager did not touch the contents further "
    "and called the AP and SSS.\n"
    "The AP's test strip on the powder was positive for fentanyl. The pills look like the counterfeit "
    "oxycodone that BPD warned schools about in January.\n"
    "When the AP spoke to Jayden in the office at 11:10 AM, he said a friend \"sends stuff to the school "
    "because my mom checks the mail at home.\" ⟦He said the mail at home goes to 19 Kerrigan Place, 2nd "
    "floor, in the Old Harbor, and that his mother would see anything addressed there.⟧ A phone found on "
    "Jayden had messages arranging sales for \"Monday at lunch, 20 a pill.\"\n"
    "⟦Jayden's mother, when called, said through the Cape Verdean Creole line that they only just came "
    "back from Praia and he is not like this.⟧\n"
    "Envelope, both bags and the phone were given to SSS at 11:30 AM; BPD was called at 11:32 AM.",
    subs=["fentanyl", "counterfeit pills"], key="fentanyl",
    mnc=["19 Kerrigan Place", "Old Harbor", "Cape Verdean Creole", "from Praia", "mail at home goes to"],
    text=["padded envelope", "about 60 small round pills", "20 a pill"],
    cats=["neighborhood", "language", "national_origin"], rcpt="bpd/district-c6")

add("front_office", "allow_withhold", "serious_violence", "Shaquan Rivers", "TechBoston Academy", 12,
    "2026-04-28 12:45", "TechBoston Academy, main office lobby",
    "FRONT OFFICE - INCIDENT NARRATIVE (office manager, with statements from the receptionist and two "
    "students waiting for late passes)\n"
    "At 12:45 PM four seniors were in the main office lobby waiting for early dismissal slips: Shaquan, "
    "Omari, Isaac and a girl, Nia. Omari said something to Shaquan about Nia. Shaquan got up and hit Omari "
    "in the head with the lobby's metal stanchion post, the kind with the retractable belt, swinging it by "
    "the top. Omari fell against the counter. Shaquan hit him again on the back while he was down. Isaac "
    "pulled Shaquan away and the receptionist called for SSS on the radio at 12:46 PM.\n"
    "Omari was bleeding heavily from the scalp and was confused. The nurse came and held pressure. EMS "
    "arrived 12:58 PM and took him to Boston Medical Center, where he was found to have a skull fracture "
    "and was admitted.\n"
    "Shaquan sat down after and said \"he knew what he was doing.\" SSS took him to the AP's office.\n"
    "Statements in the lobby (the office manager wrote down what was said because the AP asked for "
    "everything): ⟦Nia said the problem is that \"Omari's from Cedar Ridge and Shaquan's Homes side, "
    "it's the Cedar Ridge thing,\" meaning the Cedar Ridge crew.⟧ ⟦Isaac said Shaquan \"just moved over "
    "to his aunt's by the Lenox Gardens because of all this.\"⟧ ⟦Omari's mother, when called, asked the "
    "office to make sure the police knew they are Haitian-American and \"not involved in any of that.\"⟧\n"
    "Stanchion post (chrome, about 3 feet, heavy base) given to SSS. The lobby was closed to students for "
    "the rest of the day.",
    key="skull fracture",
    mnc=["Cedar Ridge", "Homes side", "Lenox Gardens", "his aunt's", "Haitian-American"],
    text=["metal stanchion post", "skull fracture", "main office lobby"],
    cats=["gang_affiliation", "neighborhood", "ethnicity"], tags=["several"], rcpt="bpd/district-c11")

add("front_office", "allow_clean", "weapon", "Aaliyah Freeman", "Boston Arts Academy", 11,
    "2026-03-05 15:30", "Boston Arts Academy, theater wing dressing room",
    "FRONT OFFICE NOTE - talent show rehearsal\n"
    "At 3:30 PM during the talent show rehearsal, while a group was onstage singing \"Born This Way,\" "
    "Aaliyah and another junior got into an argument in the dressing room over a costume. Aaliyah took a "
    "folding knife out of her makeup bag, opened it and held it to the other girl's stomach, saying \"try "
    "me.\" A stage manager walked in and Aaliyah closed it and threw it in the costume rack. The knife "
    "(black, 3.5 inch blade, belt clip) was recovered from the pocket of a Statue of Liberty costume that "
    "belongs to the civics class's Ellis Island skit. No one was cut.\n"
    "The office called the AP and the other girl's mother at 3:45 PM.",
    weapon="knife", key="folding knife",
    text=["Born This Way", "Statue of Liberty costume", "Ellis Island skit"],
    tags=["trap", "several"], rcpt="bpd/district-d4")

add("front_office", "allow_withhold", "weapon", "Mackenson Pierre", "Lyon Upper School", 9,
    "2025-12-08 09:20", "Lyon Upper School, front office",
    "Front office log. 9:20 AM: Mackenson came to the front office with another freshman, Junior, who was "
    "holding his face. Mackenson had a small black canister of pepper spray still in his hand and had "
    "sprayed Junior in the hallway. The secretary took the canister. Junior's eyes flushed by the nurse. "
    "⟦Mackenson was yelling in Kreyòl \"se pa fòt mwen, li di manman m se yon refijye,\" which the "
    "secretary says means Junior called his mother a refugee.⟧",
    weapon="pepper spray", key="pepper spray",
    mnc=["in Kreyòl", "se yon refijye", "a refugee"],
    text=["small black canister of pepper spray", "sprayed Junior in the hallway", "9:20 AM"],
    cats=["language", "immigration_status"], tags=["foreign", "several"], rcpt="bpd/district-e18")

add("front_office", "allow_withhold", "credible_threat", "Felipe Andrade", "East Boston High School", 11,
    "2026-05-11 09:45", "East Boston High School (phone call to the front office)",
    "Front office phone log, 9:45 AM. A male caller who identified himself as Felipe (junior) asked for the "
    "dean, then said \"tell Ms. Hurley that at dismissal I'm waiting by the Marion Street doors with the "
    "knife and she's getting cut, ela vai ver\" and hung up. The receptionist recognized his voice. "
    "Caller ID showed the number on Felipe's emergency card. ⟦The receptionist notes Felipe usually calls "
    "the office in Portuguese for his mother, who doesn't speak English.⟧",
    threat="Phone call to the front office from Felipe: \"tell Ms. Hurley that at dismissal I'm waiting by "
           "the Marion Street doors with the knife and she's getting cut.\"",
    key="knife", mnc=["in Portuguese", "doesn't speak English"],
    text=["Marion Street doors", "she's getting cut", "Caller ID"],
    cats=["language"], rcpt="bpd/district-a7")

add("front_office", "allow_clean", "weapon", "Hector Villanueva", "Rafael Hernandez K-8 School", 8,
    "2025-10-29 08:05", "Rafael Hernandez K-8 School, front office and the church parking lot across the street",
    "Front office note. At 8:05 AM a crossing guard brought Hector into the front office. She had seen him "
    "in the church parking lot across the street from the school swinging an extendable steel baton at "
    "two younger kids, hitting one of them on the backpack. The baton is black, extends to about 16 inches. "
    "The secretary held it. Nobody was hurt. Hector said he found it in the Spanish classroom's lost and found.",
    weapon="club", key="extendable steel baton",
    text=["church parking lot across the street", "extendable steel baton", "Spanish classroom's lost and found"],
    tags=["trap", "several"], rcpt="bpd/district-e13")

add("front_office", "allow_withhold", "serious_violence", "Stevenson Noel", "Jeremiah E. Burke High School", 10,
    "2025-11-25 13:10", "Jeremiah E. Burke High School, 2nd floor hallway by the front office",
    "Front office report. At 1:10 PM Stevenson struck another student in the face with a padlock wrapped "
    "in a sock. The student has a broken cheekbone and a cut that needed 11 stitches. ⟦Stevenson told the "
    "AP \"I'm Ηaitian, he was disrespecting my people.\"⟧",
    key="padlock wrapped in a sock", mnc=["Ηaitian", "my people"],
    text=["padlock wrapped in a sock", "broken cheekbone", "11 stitches"],
    cats=["ethnicity"], tags=["dodge"], rcpt="bpd/district-b3")

add("front_office", "deny_substance", "drugs", "Mya Sullivan", "Fenway High School", 10,
    "2026-03-27 11:00", "Fenway High School front office",
    "Front office received a bag left by a student containing weed brownies and a box of cigars. "
    "⟦Mya lives in the Orton Gardens development on Parker Hill.⟧",
    subs=["marijuana edibles", "cigars"], mnc=["Orton Gardens", "Parker Hill"], cats=["neighborhood"],
    rcpt="bpd/district-b2")

add("front_office", "allow_withhold", "drugs", "Wesley Guerrier", "New Mission High School", 12,
    "2026-04-06 07:55", "New Mission High School, front entrance bag check",
    "Front desk SSS note. At 7:55 AM in the bag check Wesley's backpack had a sandwich bag with about 30 "
    "white bars (\"Xanax\" printed) and a digital scale. He said he was holding it for someone. ⟦His "
    "girlfriend told the desk he is stressed because he is \"still waiting on his papers\" and his "
    "\"case is at the JFK building\" next month.⟧",
    subs=["Xanax"], key="Xanax", mnc=["waiting on his papers", "JFK building"],
    text=["30 white bars", "digital scale", "bag check"],
    cats=["immigration_status"], tags=["dodge"], rcpt="bpd/district-b2")

add("front_office", "allow_clean", "weapon", "Tristan Doyle", "Washington Irving Middle School", 7,
    "2026-05-15 10:40", "Washington Irving Middle School, front office (incident at recess)",
    "Front office note. At 10:40 AM the recess aide brought Tristan in. After an illegal hit in the flag "
    "football game at recess, Tristan took a small razor blade out of his phone case and cut the other "
    "boy's hand, about 1 inch, shallow. The nurse cleaned it. Tristan said he got the blade from an art kit. "
    "Blade given to the principal.",
    weapon="razor blade", key="razor blade",
    text=["illegal hit in the flag football game", "phone case", "about 1 inch"],
    tags=["trap", "several"], rcpt="bpd/district-e18")

add("front_office", "allow_withhold", "weapon", "Yeremi Batista", "Brighton High School", 11,
    "2026-02-03 12:20", "Brighton High School, front office corridor",
    "Front office. 12:20 PM. Yeremi flashed a knife at two students outside the attendance window and "
    "said \"y'all next.\" SSS found a black tactical knife (4 inch) in his jacket. ⟦A student said Yeremi "
    "and his family are und0cumented and \"came through the Darien\" last year.⟧",
    weapon="knife", key="tactical knife", mnc=["und0cumented", "Darien"],
    text=["attendance window", "tactical knife", "y'all next"],
    cats=["immigration_status"], tags=["dodge"], rcpt="bpd/district-d14")

add("front_office", "allow_withhold", "credible_threat", "Dajour Fleming", "Community Academy of Science and Health", 10,
    "2026-03-23 08:30", "Community Academy of Science and Health, front office",
    "FRONT OFFICE - REPORT OF THREATS MADE IN THE OFFICE\n"
    "At 8:30 AM three sophomores were in the front office waiting to see the dean about a fight the Friday "
    "before: Dajour, Kemar and Trey. The secretary was at her desk a few feet away and wrote down what she "
    "heard right away on a sticky pad, which is attached.\n"
    "Dajour said to Kemar: \"on my mother, Wednesday when we get out, I'm bringing the thing from my "
    "cousin's car and I'm aiming at your head, not your legs.\" Kemar laughed. Trey said \"he not "
    "playing.\" Dajour said \"I got it loaded already, hollow tips.\" Then the dean called them in.\n"
    "The secretary told the dean in writing before the meeting. The dean and SSS separated the boys. A "
    "search of Dajour's bag found nothing. His cousin's car is known to the school because the cousin "
    "picks him up in it every day at the Columbia Road curb.\n"
    "Other things heard while waiting, written down because the dean asked for everything: ⟦Trey said "
    "Dajour \"been with the Glenrose Ave crew since summer\"⟧ ⟦and that Kemar's people \"are from the "
    "islands, Jamaica, they don't back down.\"⟧\n"
    "Threat assessment team met at 10:00 AM. Families called.",
    threat="In the front office Dajour said to Kemar: \"on my mother, Wednesday when we get out, I'm bringing "
           "the thing from my cousin's car and I'm aiming at your head, not your legs,\" and \"I got it loaded "
           "already, hollow tips.\"",
    key="hollow tips", mnc=["Glenrose Ave", "from the islands", "Jamaica"],
    text=["aiming at your head", "hollow tips", "Columbia Road curb"],
    cats=["gang_affiliation", "national_origin"], tags=["several"], rcpt="bpd/district-c11")

add("front_office", "allow_clean", "drugs", "Nathaniel Price", "Boston Day and Evening Academy", 12,
    "2026-02-11 13:40", "Boston Day and Evening Academy, front lobby near the Salvation Army clothing bin",
    "Front desk note. At 1:40 PM the desk saw Nathaniel put a small package into the Salvation Army "
    "clothing donation bin in the front lobby and leave. SSS opened the bin with the custodian: a tied "
    "sandwich bag with about 10 grams of a white crystalline powder and a glass pipe. SSS field test: "
    "methamphetamine. The lobby camera shows Nathaniel at 1:40 PM.",
    subs=["methamphetamine"], key="methamphetamine",
    text=["Salvation Army clothing donation bin", "glass pipe", "10 grams"],
    tags=["trap"], rcpt="bpd/district-b2")

add("front_office", "allow_withhold", "weapon", "Luisangel Ortiz", "English High School", 9,
    "2026-01-29 11:25", "English High School, front office waiting area",
    "Front office: at 11:25 AM Luisangel came in to wait for his mother and a knife fell out of his "
    "hoodie pocket onto the floor, a silver folding knife with a 3 inch blade. The secretary picked it up. "
    "⟦He said he needs it because \"the Boricuas on my block\" jump him, and that his family is not "
    "Boricua, they're Dominican from Villa Juana.⟧",
    weapon="knife", key="silver folding knife", mnc=["Boricua", "Dominican", "Villa Juana"],
    text=["silver folding knife", "3 inch blade", "hoodie pocket"],
    cats=["ethnicity", "national_origin"], tags=["dodge"], rcpt="bpd/district-e13")

add("front_office", "allow_clean", "credible_threat", "Sean Murphy", "Charlestown High School", 10,
    "2026-04-24 09:10", "Charlestown High School, front office, after the Model UN trip sign-up",
    "Front office note. At 9:10 AM Sean came to the counter to sign up for the Model UN trip (his "
    "delegation is representing Somalia and Vietnam this year) and found out the trip was full. He told the "
    "secretary: \"then nobody's going, I'll burn this office down with everyone in it, I've got the gas can "
    "in my trunk already.\" SSS checked his car in the student lot: a full red gas can was in the trunk.",
    threat="At the front office counter Sean said: \"then nobody's going, I'll burn this office down with "
           "everyone in it, I've got the gas can in my trunk already.\" A full red gas can was in his trunk.",
    key="gas can", text=["representing Somalia and Vietnam", "burn this office down", "full red gas can"],
    tags=["trap"], rcpt="bpd/district-a1")

add("front_office", "deny_face", "weapon", "Ramon Ibarra", "Urban Science Academy", 11,
    "2026-05-21 08:45", "Urban Science Academy front entrance",
    "The visitor management kiosk's face-matching feature flagged Ramon entering with a bulge in his "
    "jacket; he was later found with a knife. ⟦The kiosk match log lists him at similarity 96%.⟧ Request "
    "asks BPD to add the kiosk match to the report. ⟦Ramon's home address in the kiosk profile is 4 Elmer "
    "Path.⟧",
    weapon="knife", mnc=["similarity 96%", "4 Elmer Path"], cats=["face_surveillance", "neighborhood"],
    rcpt="bpd/district-e5")

# ---- follow-up notes appended to some reports (making them long) ---------------------------


def extend(name, text):
    hits = [c for c in CASES if c["name"] == name]
    assert len(hits) == 1, name
    hits[0]["desc"] += text


extend("Keandre Whitlock",
       "\n8:15 AM follow-up by the transportation coordinator: the DVR from camera 3 (middle) was pulled for "
       "7:25 to 7:35 AM and shows Keandre reaching into his left jacket pocket at 7:30 AM and opening the knife "
       "below the seat back, holding it toward T.W. for about five seconds. The audio is not clear enough to "
       "hear the words. T.W. was seen by the Burke nurse for a panic attack and returned to class at 9:00 AM. "
       "The driver and monitor each filled out the contractor's form. ⟦The monitor also wrote on her form that "
       "Keandre's mother works nights and he is alone in the Larchmont apartment in the mornings.⟧ Keandre's "
       "seat assignment has been moved to row 1 pending the hearing.")
extend("Yousef Al-Khatib",
       "\nAP addendum (15:10): the 2nd floor landing camera shows Jonah and two other boys following Yousef up "
       "the stairs at 13:58 and one of them shoving him; Yousef then takes the box cutter out of his front "
       "pocket and slashes once. Jonah's parent was called at 14:20 and met the ambulance at Children's.")
extend("Kayla Wong",
       "\nAD's note: Jenna's mother has asked that the school report this to the police. The water break area "
       "is on the gym stage; the stage was cleaned and next week's practice schedule is unchanged.")
extend("Kevin Alvarado",
       "\nWitness summaries (AP, 12/2 afternoon): two students in stairwell B saw the punch and the stomp; one "
       "said Kevin stomped \"like three times\" and the other said two. A teacher on the 3rd floor landing "
       "heard the fall, found the victim seizing at 10:51 AM, called the nurse on the radio and kept other "
       "students out of the stairwell. ⟦One of the witnesses told the AP that Kevin \"just got here from "
       "El Salvador\" and \"doesn't know how it works here.\"⟧ Hallway camera 3-B shows Kevin leaving the "
       "stairwell at 10:52 AM.")
extend("Jermaine Toussaint",
       "\nAP follow-up 1/5: Jermaine was searched at the door at 7:45 AM and nothing was found. He admitted "
       "making the video \"as a joke\" but would not say where the gun in the video came from; the bedroom "
       "in the video matches a photo Jermaine posted in December. ⟦The parent who left the voicemail asked "
       "again, when the AP called back at 9:00 AM, that her name and her situation with immigration not be "
       "included in anything.⟧ Her son is attending remotely today. The threat assessment team met at "
       "10:30 AM.")
extend("Jonathan Reyes",
       "\nShop teacher's statement: \"I had my back turned at the table saw. I heard yelling and turned around "
       "to see Luis and Kaylen holding the other student against the lumber rack by his arms and Jonathan "
       "swinging the hammer. It hit the rack about an inch from the boy's head and dented the upright. Then "
       "Jonathan threw the hammer and it went across the shop into the dust collector. I hit the emergency "
       "stop on all machines and got between them.\" SSS searched Jonathan's tool bag at 11:45 AM with the AP "
       "present. The knife has a black rubber handle and a sheath with a belt loop.")
extend("Gerson Mazariegos",
       "\nAP note, 3/11: R.'s account was confirmed by a second student who was at the Cambridge Street door "
       "and saw the blade. Gerson was searched on arrival 3/12 at 7:40 AM; no knife was found on him but an "
       "empty knife sheath was in his backpack. R.'s little brother is a 9th grader who takes the 57 bus; both "
       "brothers have an escort at dismissal. ⟦The mother asked that the school's reply to her be in Creole "
       "and not be mailed to the house.⟧")
extend("Rodney Lafontant",
       "\nFollow-up 12:30: mother called from urgent care; the wound was irrigated and left open to heal, "
       "tetanus given. Victim returns tomorrow with a note.\nTeacher statement (Ms. Akers): Rodney had been "
       "poking the other student with the compass during the warm-up and when told to stop he stabbed down "
       "hard into the thigh. Other students in room 305 confirm. The compass is the metal kind from the math "
       "supply bin, point about 2 cm.")
extend("Marcus Greer",
       "\nSSS note: the car is registered to Marcus's mother. The handgun was a Smith & Wesson .40 with a full "
       "magazine (10 rounds). Room 208 was placed in a soft lockdown from 8:45 to 9:05 AM. Nine students in "
       "room 208 heard the statement and were interviewed by the AP. Marcus was detained by BPD in the parking "
       "lot without incident at 9:02 AM.")
extend("Brayan Quintanilla",
       "\nAP follow-up, 11/4: Tomas was seen by the nurse at 7:40 AM; the burn mark on his right forearm is "
       "about the size of a dime and he was given a cold pack. The bus camera (camera 2) shows Brayan take the "
       "stun gun out of his backpack at 7:11 AM and hold it next to Tomas's head. Brayan's backpack also had "
       "the charging cable for it. Both families were called. ⟦Tomas's father asked through the Spanish line "
       "that nobody at the school repeat what Brayan said about his wife.⟧")
extend("Dayvon Pruitt",
       "\nAP follow-up: the loading dock camera shows Dayvon picking up the box cutter from the pallet at "
       "10:55:12 and slashing at 10:55:20. The Sysco driver gave a written statement and his company contact "
       "information. Jovan's mother was called and took him to his doctor for a tetanus shot. The kitchen now "
       "keeps the box cutters in a locked drawer and the back door is alarmed during lunch periods.")
extend("Devonte Sealy",
       "\nHeadmaster's follow-up, 11/11: Devonte's locker (2nd floor, 2207) was searched with BPD present at "
       "8:30 AM and was empty. A classmate said Devonte showed him the gun in the locker at 10:00 AM the day "
       "before. ⟦The grandmother said again on the phone that she is the one on the lease at the Wellspring "
       "Street apartment and does not want trouble with the landlord.⟧ Devonte is suspended pending a hearing.")
extend("Amir Haddad",
       "\nAP follow-up: the other student (grade 10) said he paid Amir $5 a pill and had bought from him twice "
       "before. The table 6 camera shows the hand-off at 11:47. The nurse counted and logged the 14 pills at "
       "12:05; 9 say \"XANAX 2\" and 5 are blank. ⟦Amir told the AP that he is fasting and asked to pray in the "
       "counseling office before his mother arrived.⟧")
extend("Rafael Nogueira",
       "\nTeam discussion: the para had asked Rafael to put away the tablet; the behavior plan calls for a "
       "2-minute warning, which she gave. The throw was from about 10 feet. The classroom teacher confirms the "
       "scissors were kept in a cup on the table and have been moved to a locked drawer. Rafael's BIP will add "
       "a safe-space protocol. ⟦Mom asked for all future notices to be sent in Portuguese.⟧ Parent consent "
       "for an updated FBA given.")
extend("Dashawn Riddick",
       "\nSSS note: the box cutter is a yellow plastic one with a snap-off blade, about 6 inches long. The "
       "other boy told SSS that Dashawn said \"I'll open you up\" when he held it out. Both boys' families "
       "were called. The bus camera footage from 7:38 to 7:45 AM was saved by the transportation office. "
       "Dashawn told the AP the post on the WhatsApp status called him a snitch.")
extend("Jaylen Okonkwo",
       "\nAP follow-up: the bus camera shows the punch at 8:05:40. The driver filled out a statement. Jaylen "
       "was picked up by his father at 8:45 AM. The 8th grader who had the gift card said he found it on the "
       "floor of the bus and didn't know whose it was. The monitor is out on injury leave, and the "
       "contractor's safety officer will review the route.")
extend("Destiny Boateng",
       "\nFollow-up 3:00 PM: the victim's mother called from BMC: 7 sutures, plastic surgery consult next "
       "week. The science teacher said the sharpener was one of the small metal hand-held ones from the supply "
       "bin and Destiny had taken it apart with a paper clip during group work. The other students at the "
       "table confirm Destiny said \"you think you're cute\" before cutting her. SSS has the blade in an "
       "envelope.")
extend("Aaliyah Freeman",
       "\nStage manager's statement (typed): \"I came into the dressing room to call places. Aaliyah had the "
       "knife open with the blade against Tamara's stomach, right above her belt. Tamara was backed up against "
       "the mirror. When Aaliyah saw me she shut it and tossed it at the costume rack. I called the office on "
       "the walkie.\" The other girl's mother came to the school at 4:15 PM and asked that the police be called.")
extend("Luis Ocasio",
       "\nSSS note: the brass knuckles are solid metal and weigh about a pound. The monitor's statement says "
       "Luis told the other boy \"say it again and see what happens\" while wearing them. The other boy's "
       "mother asked for a separate bus. Footage saved from the driver's camera, 2:40 to 2:50 PM. Luis said "
       "he bought them at a flea market.")
extend("Dashawn Riddick", " The AP has the box cutter in the safe.")
extend("Jaylen Okonkwo", " Her statement was typed by the transportation office the same morning.")
extend("Luis Ocasio", " Both boys were given new seats for the rest of the month by the transportation office.")
extend("Dayvon Pruitt", " Jovan's sleeve had a clean slice about 3 inches long; the hoodie is in the AP's office.")
extend("Rafael Nogueira", " The para is out of work until her eye doctor clears her.")
extend("Devonte Sealy", " The pistol was turned over in a shoebox, as the grandmother had put it in her closet.")
extend("Marcus Greer", " The photo he showed the class was recovered from his phone with his consent.")
extend("Luis Ocasio", " The Burke AP met with both families the next day.")
extend("Rafael Nogueira", " Next meeting in two weeks.")
extend("Amir Haddad", "\nLunch aide's second note: the sandwich bag had a torn corner and was folded into a napkin; the "
       "other student put the pills he got into his hoodie pocket, and they were added to the count.")


# ---------------------------------------------------------------------------------------------
# build and self-check
# ---------------------------------------------------------------------------------------------

# the residue pattern of score_corpus.py (a marker whose neighbouring words say what was withheld)
_BEFORE = (r"born(?: in)?|(?:came|moved|arrived|fled|immigrated|emigrated)(?: over)?(?: here)?(?: from| to)?|from|"
           r"newly arrived|native of|citizen of|(?:who|he|she|they|family|parents?|mom|mother|dad|father) (?:is|are|was|were)|"
           r"speaks?|spoke|speaking|spoken|language is|(?:lives?|living|resides?|residing|stays?|staying)(?: in| on| at| near| off| by| with)?|"
           r"address is|member of|affiliated with|associated with|claims|repping|reps|attends|goes to|interpreter for|"
           r"translat\w*(?: from| to)?|status is|status")
_AFTER = (r"interpreter|translator|speaker|speaking|family|families|immigrant|descent|heritage|origin|church|mosque|temple|"
          r"synagogue|congregation|gang|crew|set|member|members|national|background|community|household|student|kid|boy|girl")
RESIDUE = re.compile(rf"\b(?:{_BEFORE})\s+(?:the |a |an )?\[WITHHELD\]|\[WITHHELD\]\s+(?:{_AFTER})\b", re.I)
SPAN = re.compile(re.escape(L) + r"(.*?)" + re.escape(R), re.S)

# words that can legitimately appear in any decision (codes, keys, labels): a canary must not be inside them
VOCAB = " ".join(sorted(CATS)) + (" ground_not_permitted excluded_substance recipient_not_permitted "
         "missing_threat_statement face_surveillance invalid_request not_allowlisted other request_id decision "
         "allow deny ground reasons code message report school_id recipient incident student notice redactions "
         "path category start end policy_version audit index leaf_hash occurred_at location description "
         "threat_statement weapon substances attachments kind name student_id date_of_birth grade school "
         "withheld [withheld] redacted status state pending approved released approval approver submitter "
         "created_at updated_at redisclosure federal police boston public schools bpd")


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def strip(s):
    return s.replace(L, "").replace(R, "") if isinstance(s, str) else s


def police(s):
    return SPAN.sub("[WITHHELD]", s) if isinstance(s, str) else s


def offset(date):
    # Eastern time: EDT from 2025-03-09 to 2025-11-02 and from 2026-03-08 to 2026-11-01
    d = date[:10]
    edt = ("2025-03-09" <= d < "2025-11-02") or ("2026-03-08" <= d < "2026-11-01")
    return "-04:00" if edt else "-05:00"


def keys_of(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from keys_of(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from keys_of(v)


def build():
    out, problems, nstud = [], [], 0
    for i, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{i:04d}"
        where = f"{cid} ({c['genre']})"
        for fld in ("desc", "threat", "loc"):
            t = c[fld]
            if isinstance(t, str):
                if t.count(L) != t.count(R) or any(L in m or not m.strip() for m in SPAN.findall(t)):
                    problems.append(f"{where}: unbalanced or empty span in {fld}")
        school = c["school"]
        if school not in SCHOOLS:
            problems.append(f"{where}: unknown school {school}")
        grade = c["grade"]
        dob = f"{2025 - grade - 5 - (i % 2)}-{(i * 5) % 12 + 1:02d}-{(i * 7) % 27 + 1:02d}"
        sid = str(100000 + (i * 7919) % 899999)
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob, "grade": grade, "school": school}
        if c["extra"]:
            student.update(c["extra"])
        date, hm = c["when"].split()
        req = {"request_id": cid, "school_id": SCHOOLS.get(school, "BPS-0000"),
               "recipient": c["rcpt"] or RECIPIENTS[i % len(RECIPIENTS)], "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = strip(c["threat"])
        req["incident"] = {"occurred_at": f"{date}T{hm}:00{offset(date)}", "location": strip(c["loc"]),
                           "description": strip(c["desc"])}
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]

        # what a span-exact, allowlist-exact redactor would hand to police
        vis = json.loads(json.dumps(req))
        vis["incident"]["location"] = police(c["loc"])
        vis["incident"]["description"] = police(c["desc"])
        if c["threat"] is not None:
            vis["threat_statement"] = police(c["threat"])
        vis["student"] = {k: v for k, v in student.items() if k in KEPT}
        vis.pop("attachments", None)
        whole = fold(json.dumps(req, ensure_ascii=False))
        visible = fold(json.dumps(vis, ensure_ascii=False)) + "\n" + fold(json.dumps(c["att"] or [], ensure_ascii=False))
        vdesc = fold(vis["incident"]["description"])

        outcome = c["outcome"]
        allow = outcome.startswith("allow")
        tags = [c["genre"], outcome]
        extra_tags = set(c["tags"])
        if len(req["incident"]["description"]) >= 1000:
            extra_tags.add("long")
        if c["extra"] and c["mnc"] and any(fold(m) in fold(json.dumps(c["extra"], ensure_ascii=False)) for m in c["mnc"]):
            extra_tags.add("structured_field")
        for t in extra_tags - set(EXTRA_TAGS):
            problems.append(f"{where}: unknown tag {t}")
        tags += [t for t in EXTRA_TAGS if t in extra_tags]
        if c["genre"] not in GENRES or outcome not in OUTCOMES:
            problems.append(f"{where}: bad genre or outcome")
        if len(req["incident"]["description"]) > 3000:
            problems.append(f"{where}: description longer than 3,000 characters")

        skeys = " ".join(fold(k) for k in keys_of(c["extra"] or {}))
        for m in c["mnc"] + c["text"] + [c["key"] or ""]:
            if '"' in m or "\\" in m or "\n" in m:
                problems.append(f"{where}: {m!r} has a character JSON escapes: it could never match")
        for m in c["mnc"]:
            f = fold(m)
            if len(f.strip()) < 3:
                problems.append(f"{where}: canary {m!r} too short")
            if re.fullmatch(r"[0-9a-f]+", f):
                problems.append(f"{where}: canary {m!r} could occur in a hash")
            if f not in whole:
                problems.append(f"{where}: canary {m!r} not in the request")
            if f in visible:
                problems.append(f"{where}: canary {m!r} occurs outside the withheld spans")
            if f in fold(VOCAB) or (c["extra"] and f in skeys):
                problems.append(f"{where}: canary {m!r} is part of the response vocabulary")
        if not allow:
            if c["text"] or c["key"]:
                problems.append(f"{where}: a deny keeps nothing")
            must, reason = [], REASON_OF[outcome]
        else:
            key = c["key"] or c["weapon"]
            must, reason = [c["name"], school, key], None
            if not 1 <= len(c["text"]) <= 3:
                problems.append(f"{where}: need 1 to 3 incident facts")
            for t in c["text"]:
                if fold(t) not in vdesc:
                    problems.append(f"{where}: fact {t!r} not visible in the description")
            for t in must:
                if fold(t) not in visible:
                    problems.append(f"{where}: must_contain {t!r} not visible")
            if outcome == "allow_clean" and (c["mnc"] or c["cats"] or L in c["desc"]):
                problems.append(f"{where}: a clean trap has nothing to withhold")
            if outcome == "allow_withhold" and not c["mnc"]:
                problems.append(f"{where}: nothing to withhold")
        for fld in ("desc", "threat", "loc"):
            if isinstance(c[fld], str):
                found = RESIDUE.findall(police(c[fld]))
                if found:
                    problems.append(f"{where}: residue in {fld}: {found}")
        for cat in c["cats"]:
            if cat not in CATS:
                problems.append(f"{where}: unknown category {cat}")
        if c["ground"] == "credible_threat" and allow and not c["threat"]:
            problems.append(f"{where}: credible_threat needs a threat statement")
        expect = {"decision": "allow" if allow else "deny"}
        if reason:
            expect["reason"] = reason
        expect.update({"must_not_contain": c["mnc"], "must_contain": must,
                       "must_contain_text": c["text"] if allow else [], "categories": c["cats"], "tags": tags})
        out.append({"id": cid, "request": req, "expect": expect})
    return out, problems


def main():
    cases, problems = build()
    if len(cases) != 150:
        problems.append(f"expected 150 cases, built {len(cases)}")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    if problems:
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
