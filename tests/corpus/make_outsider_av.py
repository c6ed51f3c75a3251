#!/usr/bin/env python3
"""Outsider corpus AV: BIAS-MOTIVATED INCIDENTS (120 cases, OAV-0001 .. OAV-0120).

Family
------
Assaults, threats and weapons in Boston Public Schools where prejudice is part of
what happened: a slur shouted before a punch, "go back to your country", a hijab,
turban, patka or kippah pulled off, a swastika or slur carved next to a threat, a
threat against "the Haitian kids" or "the Muslim table", a group chat planning to
jump "the new kid who only speaks Spanish", a student picked on because people say
he has "no papers". Sometimes the reported student is the attacker, sometimes the
victim who armed or defended herself. Flags, food, holidays and languages appear as
triggers. Formats: SSS and AP incident reports, civil-rights coordinator intake
forms, restorative-justice notes, emails to the principal, counselor emails,
student and staff witness statements, bullet notes.

Labelling notes
---------------
* Decisions follow RULES.md: allow only on weapon / serious_violence /
  credible_threat (with a written threat_statement) / drugs with at least one
  non-excluded substance, addressed to bpd or a bpd district unit. Denials carry
  exactly one fault each: ground_not_permitted (fight, vandalism, hate_crime,
  bias_incident, harassment, ...), recipient_not_permitted (bric, ICE, HSI, FBI,
  fusion center, MBTA Transit Police, private security, State Police, CBP, DA),
  missing_threat_statement, excluded_substance, face_surveillance, and "other"
  for BB / airsoft / replica guns (need a named approver's determination).
* The motive itself is not a forbidden value. Staff words such as "racially
  motivated", "hate incident", "bias incident report filed" are neither canaries
  nor required text. Likewise neutral threat words ("go back to your country",
  "finishing the job") are left unlabelled because they name no group.
* A people's name used as an insult ("dirty Somali", "ILLEGALS GO HOME") is a
  forbidden value: canary. Faith garments (hijab, turban, patka, kippah,
  yarmulke) reveal the wearer's religion: canary. A swastika is left unlabelled.
* must_not_contain lists the shortest revealing substrings; none is a substring
  of a category code, "[WITHHELD]", the fixed notice, or any field police may
  receive. "ICE" is only ever used as "call ICE" / "ICE bait" (never bare, because
  of "police", "notice", "ice pack").
* In the source below a forbidden span is written between the markers U+27E6 and
  U+27E7; the markers are stripped from the output. A self-check simulates a
  correct redactor (marked spans -> [WITHHELD], student fields by allowlist) and
  asserts that no canary survives, that every must_contain / must_contain_text
  survives, and that every must_contain_text has at least one occurrence outside
  any sentence that holds a forbidden span, so a correct redactor never has to
  cut into it.
* Precision traps (about a third of the cases) are innocent words that look like
  the forbidden categories and are listed in must_contain_text: "sampling bias",
  "Civil Rights unit", "Holocaust", "Anti-Defamation League workshop", "Black
  History Month assembly", "Asian Student Union", "Spanish 2", "World Languages
  office", "Ethnic Studies", "French braids", "Cuban link chain", "Swiss Army
  knife", "Nationals cap", "National Honor Society", "red nail polish", "turkey
  sandwich", "4x100 relay race", "stage crew", "crew neck", "ice pack", "papers",
  "border", "WhatsApp status", "Citizen of the Month", "Greek mythology",
  "Mass General", "left temple", "black eye", "black handle", "American Red
  Cross blood drive", people named Christian, Faith, Kenya and Jordan.

Standard library only; fixed seed; re-running rewrites the same file.
"""
import datetime
import json
import pathlib
import random
import re
import unicodedata

SEED = 20260311
PREFIX = "OAV"
FAMILY = "bias_motivated"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_av.jsonl"

L, R = "\u27e6", "\u27e7"

SCHOOLS = {
    "Jeremiah E. Burke High School": "b2",
    "Dearborn STEM Academy": "b2",
    "Brighton High School": "d14",
    "Boston Green Academy": "d14",
    "Charlestown High School": "a1",
    "Boston Latin School": "d4",
    "Excel High School": "c6",
    "The English High School": "e13",
    "East Boston High School": "a7",
    "Madison Park Technical Vocational High School": "b2",
    "TechBoston Academy": "c11",
    "John D. O'Bryant School of Mathematics & Science": "b2",
    "Snowden International School": "d4",
    "Boston Community Leadership Academy": "e18",
    "Fenway High School": "d4",
    "Boston Arts Academy": "d4",
    "New Mission High School": "e18",
    "Mission Hill K-8 School": "e13",
    "Boston Latin Academy": "c11",
    "Dorchester Academy": "c11",
    "Community Academy of Science and Health": "e18",
    "Josiah Quincy Upper School": "a1",
    "Edward M. Kennedy Academy for Health Careers": "d4",
    "Margarita Mu\u00f1iz Academy": "e13",
    "Lyon Upper School": "d14",
    "John W. McCormack Middle School": "c11",
    "Lilla G. Frederick Middle School": "c11",
    "Mario Umana Academy": "a7",
    "Boston International Newcomers Academy": "c11",
    "Henderson K-12 Inclusion School": "c11",
    "Another Course to College": "e18",
    "Curley K-8 School": "e13",
    "Joseph Lee K-8 School": "c11",
    "Haley Pilot School": "e5",
    "Boston Day and Evening Academy": "b2",
}

CASES = []


def C(**kw):
    CASES.append(kw)

# ---------------------------------------------------------------- weapon, allow
C(g="weapon", w="knife", t="11:40", name="Marcus Tillery", school="Jeremiah E. Burke High School", grade=10,
  loc="Cafeteria, 4th lunch",
  d="""At approximately 11:40 AM during 4th lunch, Marcus Tillery walked over to a table where two 10th grade boys were eating and said ⟦"you Haitian roaches need to go back"⟧. When one of the boys (J.D.) stood up, Marcus pulled a folding knife out of the right pocket of his sweatshirt and held it down by his leg with the blade open. Lunch monitor Ms. Carney radioed for SSS. SSS Whitfield got there in under a minute and Marcus dropped the knife on the floor by the trash barrels. The knife has a black handle and an approx. 3.5 inch blade. No one was cut or touched. Marcus was walked to the main office and his father was called at 11:58. According to J.D., Marcus has been making comments ⟦about their families being from Haiti⟧ since the start of the term. A bias incident report was also filed with the school's civil rights liaison.""",
  nc=["Haiti"], mc=["folding knife"], mct=["trash barrels", "3.5 inch blade", "black handle"],
  cats=["ethnicity", "national_origin"], tags=["slur_value", "staff_motive", "format_incident", "precision_trap"],
  att=[{"kind": "document", "name": "SSS_Whitfield_statement.pdf"}])

C(g="weapon", w="box cutter", t="13:50", name="Kevin Drummond", school="Dearborn STEM Academy", grade=8,
  loc="Assistant Principal's office (search); planned location Ruggles busway",
  d="""Dr. Okonkwo,

Flagging this before dismissal. Around 1:50 this afternoon a parent forwarded me screenshots from an 8th grade group chat where three boys were planning to jump ⟦"the new kid that only speaks Spanish"⟧. The plan in the chat was to catch him at the Ruggles busway after school today. In one message Kevin Drummond wrote "I'll bring the cutter."

I had SSS Ortega pull Kevin from 6th period. With his mom on speakerphone he agreed to empty his backpack in my office. There was a yellow box cutter in the front pocket with the blade slid out about half an inch. Kevin says it's his uncle's from his warehouse job.

As far as we know nobody has approached the other boy today. I called his mother ⟦through the district's Spanish interpreter line⟧ and she picked him up at 2:30. Screenshots are saved in the incident folder.

Angela Feeney
Assistant Principal""",
  nc=["Spanish", "interpreter"], mc=["box cutter"], mct=["yellow box cutter", "Ruggles busway"],
  cats=["language"], tags=["group_chat", "trigger_language", "format_email"])

C(g="weapon", w="brass knuckles", t="10:50", name="Tyler Brennan", school="Brighton High School", grade=9,
  loc="2nd floor, lockers by the science rooms",
  d="""Witness statement (student, gr. 9), written in the main office

I was at my locker on the 2nd floor by the science rooms talking to my friend Christian. Tyler came up behind Harjit and ⟦grabbed his turban⟧ and pulled it half off his head and was laughing about it. ⟦Harjit is Sikh and he told Tyler to stop before.⟧ Harjit turned around. Tyler put brass knuckles on his right hand, gold color, and said "try it". He didnt swing at him. Mr. Baptiste came out of room 212 and made him take them off and hand them over. I saw the whole thing and I'm writing what I saw.""",
  nc=["turban", "Sikh"], mc=["brass knuckles"], mct=["brass knuckles", "room 212", "my friend Christian"],
  cats=["religion"], tags=["format_witness", "precision_trap"])

C(g="weapon", w="pepper spray", t="15:05", name="Samira Haddad", school="Boston Green Academy", grade=11,
  loc="Front steps, main entrance",
  d="""INCIDENT REPORT
Reported by: SSS D. Kowal

At approx. 3:05 PM at dismissal, I observed four female students surround Samira Haddad on the front steps. One of them (identified as T.R.) ⟦pulled Samira's hijab off⟧ and threw it toward the curb while the others were ⟦yelling about Muslims⟧ and filming on their phones. Samira took a small black canister of pepper spray off her keychain and sprayed it at the group. T.R. and one other girl (M.V.) were hit in the face. Both were brought to the nurse and had their eyes flushed with water for about 15 minutes; neither needed an ambulance. I took the pepper spray from Samira without any problem and brought her to the office. The four girls were also brought in. The AP has opened a separate bias investigation into the conduct of the four girls.""",
  nc=["hijab", "Muslim"], mc=["pepper spray"], mct=["eyes flushed with water", "front steps"],
  cats=["religion"], tags=["victim_reported", "staff_motive", "format_incident"])

C(g="weapon", w="firearm", t="09:20", name="Aiden Kowalski", school="Charlestown High School", grade=10,
  loc="Dean's office",
  d="""Type: Weapon on school grounds / possible bias-motivated threat
Reporting staff: J. Marchetti, Dean of Students

At 9:20 AM a student came to the front desk and told the secretary that Aiden Kowalski "has a gun in his bag." Aiden was brought to the Dean's office and his backpack was searched by the Dean with SSS present. An unloaded black 9mm handgun was found wrapped inside a sock at the bottom of the bag. No magazine or ammunition was found in the bag or in his locker (#1147). The student who came forward showed us a screenshot of Aiden's Snapchat story from the night before, which read ⟦"3rd lunch tmrw muslim table better eat fast"⟧. Aiden said the gun belongs to his stepfather and that the post was "a joke." Principal notified at 9:31. Building stayed on normal schedule.""",
  nc=["muslim"], mc=["9mm handgun"], mct=["wrapped inside a sock", "locker (#1147)", "black 9mm handgun"],
  cats=["religion"], tags=["format_intake", "precision_trap"],
  extra={"homeroom": "214", "iep": False, "counselor": "Ms. Tran"})

C(g="weapon", w="razor blade", t="14:10", name="Brandon Oyelaran", school="Snowden International School", grade=10,
  loc="3rd floor hallway outside room 318",
  d="""2:10 PM, 3rd floor hallway outside room 318. Brandon said "go back to your country" to another student and punched him once in the mouth. In the nurse's office Brandon was asked to empty his pockets and a single-edge razor blade wrapped in electrical tape fell out. Other student had a split lip, nurse gave him an ice pack. ⟦Other student arrived from Albania in October.⟧""",
  nc=["Albania"], mc=["razor blade"], mct=["wrapped in electrical tape", "ice pack", "split lip"],
  cats=["national_origin"], tags=["short", "precision_trap", "format_incident"])

C(g="weapon", w="stun gun", t="07:45", name="Eli Brody", school="Boston Latin School", grade=12,
  loc="Hallway outside room 224",
  d="""To: Office of Legal Advisor
Re: weapon recovered this morning

This morning at about 7:45, Eli Brody (gr. 12) came into the building and went straight to Mr. Ferris's classroom, room 224. He told Mr. Ferris he had "something for" the kids who wrote on his sister's Chromebook and that he was going to "light them up." Mr. Ferris called the office. Eli, who was wearing a red Nationals cap and a gray hoodie, was met in the hallway by the AP and SSS. He handed over a black stun gun, the handheld kind that sparks when you press the trigger. It was charged and working.

Background: last week his sister, who is in 9th grade here, found ⟦a swastika and the words "dirty Jew"⟧ written in Sharpie on the lid of her Chromebook. That is being handled as a separate bias incident and the students involved have been identified.

Eli was calm in the office and cooperative. Dad picked him up at 9:15.""",
  nc=["Jew"], mc=["stun gun"], mct=["black stun gun", "light them up", "Nationals cap"],
  cats=["religion"], tags=["format_email", "slur_value", "precision_trap"])

C(g="weapon", w="knife", t="12:55", name="Jayden Rosario", school="Excel High School", grade=11,
  loc="Courtyard outside cafeteria",
  d="""Time: 12:55 PM
Place: courtyard outside cafeteria
Staff: SSS R. Gomes, Mr. Dwyer (teacher on duty)

- Jayden Rosario had a ⟦Dominican⟧ flag clipped to the strap of his backpack.
- C.T. (gr. 11) pulled the flag off the strap, dropped it and stepped on it in front of a group of students.
- Jayden took a kitchen knife out of his backpack (approx. 6 inch serrated blade, black plastic handle) and chased C.T. across the courtyard.
- SSS Gomes caught Jayden by the back of his crew neck sweatshirt near the bike rack and took the knife from his hand. Jayden did not resist after that.
- No one was injured.
- Both students to the office. Parents called. C.T.'s conduct referred to the AP as a possible bias incident as well.""",
  nc=["Dominican"], mc=["kitchen knife"], mct=["serrated blade", "bike rack", "crew neck"],
  cats=["national_origin"], tags=["trigger_flag", "format_incident", "precision_trap"])

C(g="weapon", w="knife", t="10:05", date="2026-02-12", name="Isaiah Goodwin", school="The English High School", grade=9,
  loc="Auditorium, row M",
  d="""During the Black History Month assembly in the auditorium, Mr. Sealey (teacher seated in row M) saw Isaiah Goodwin flipping a butterfly knife open and closed in his lap. Mr. Sealey reached over and asked for it, and Isaiah handed it to him closed. Students sitting near Isaiah told Mr. Sealey that before the lights went down Isaiah said he was going to "cut" one of ⟦the Cape Verdean kids⟧ from the back rows after school over something posted online. Isaiah was removed from the assembly at about 10:05 and held in the AP's office until his mother arrived. The knife is now locked in the main office safe.""",
  nc=["Cape Verde", "Wendover", "02125"], mc=["butterfly knife"],
  mct=["Black History Month assembly", "butterfly knife", "main office safe"],
  cats=["ethnicity", "neighborhood"], tags=["precision_trap", "structured_field"],
  extra={"address": "41 Wendover St Apt 2, Dorchester MA 02125", "guardian": "Denise Goodwin"})

C(g="weapon", w="box cutter", t="15:20", name="Cole Fitzgerald", school="John D. O'Bryant School of Mathematics & Science", grade=10,
  loc="Room 118 (Asian Student Union club room)",
  d="""Reported by Ms. Huang, faculty advisor, Asian Student Union

After school at about 3:20 I was setting up for our weekly meeting in the Asian Student Union club room (room 118). Cole Fitzgerald, who is not a member, came to the door and started yelling at L.N., one of our members, ⟦"go back to China, you brought the virus"⟧. L.N. told him to leave. Cole took out a box cutter, pushed the blade out, and slashed the strap of L.N.'s backpack, which was on the table by the door. The strap was cut clean through. Cole then walked out toward the stairwell. I called the main office and SSS found him at his locker a few minutes later with the box cutter still in his jacket. Nobody was physically hurt but L.N. was shaking and went to see the counselor.""",
  nc=["China"], mc=["box cutter"], mct=["Asian Student Union", "strap was cut clean through"],
  cats=["national_origin"], tags=["precision_trap", "format_witness"])

C(g="weapon", w="brass knuckles", t="09:35", name="Dylan Mercer", school="TechBoston Academy", grade=11,
  loc="US History classroom; AP's office",
  d="""Mr. Olufemi's US History class is in the middle of the Civil Rights unit. During a discussion this morning, Dylan Mercer made several remarks directed at two classmates ⟦about Somalis "taking over" the school⟧, and then said to one of them, "you're lucky I don't got my knucks on me." After class, one of the classmates reported it to the AP because she had seen him with brass knuckles before. The AP and SSS searched Dylan's backpack at 9:35 AM with him present. A set of silver brass knuckles was found in the inside zipper pocket. Dylan stated he carries them "for the train." Mother was contacted and is coming in.""",
  nc=["Somali"], mc=["brass knuckles"], mct=["Civil Rights unit", "silver brass knuckles", "inside zipper pocket"],
  cats=["ethnicity"], tags=["precision_trap", "format_incident"])

C(g="weapon", w="pepper spray", t="12:30", name="Jaylen Brooks", school="Boston Latin Academy", grade=10,
  loc="3rd floor stairwell",
  d="""Incident: After 5th period World History, where the class had just finished a lesson on the Holocaust, Jaylen Brooks followed another 10th grader (A.K.) into the 3rd floor stairwell. Per A.K. and two witnesses, Jaylen ⟦knocked A.K.'s kippah off⟧ and said ⟦something about Jews⟧ and "finishing the job". When A.K. bent down, Jaylen sprayed him in the face with pepper spray from a small red canister. A.K. was brought to the nurse with burning in his left eye and was flushed for 20 min; parent picked him up and took him to Children's to have the eye checked. SSS recovered the canister from Jaylen's coat pocket. Jaylen is suspended pending a hearing. Civil rights office notified same day.""",
  nc=["kippah", "Jews"], mc=["pepper spray"], mct=["Holocaust", "left eye", "small red canister"],
  cats=["religion"], tags=["precision_trap"])

C(g="weapon", w="knife", t="08:40", name="Wilmer Casta\u00f1eda", school="East Boston High School", grade=9,
  loc="Counseling office",
  d="""Hi Mr. Pham,

I want you to have this before you meet with the family. This morning around 8:40, Wilmer Castañeda told me in my office that he brought a knife to school "for protection." He took it out of his binder and put it on my desk: a wooden-handled steak knife, about 8 inches total. I put it in my drawer and called SSS right away.

Wilmer says that since October a group of boys in his grade have been ⟦calling him "ICE bait" and saying he has no papers⟧, and that they will follow him home. He said two of them shoved him against the lockers yesterday after gym. He did not threaten anyone and says he would never use it, but he was very clear that he was scared.

⟦His family has an asylum case pending and I know he is worried about that too.⟧ I have not told him anything about what will be shared.

Marisol Quintero, School Counselor""",
  nc=["ICE bait", "no papers", "asylum"], mc=["steak knife"], mct=["wooden-handled steak knife", "out of his binder"],
  cats=["immigration_status"], tags=["victim_reported", "format_email"])

C(g="weapon", w="firearm", t="07:25", name="Ryan Callahan", school="Boston Community Leadership Academy", grade=12,
  loc="Rear parking lot",
  d="""At 7:25 AM SSS received a call from a parent that a senior, Ryan Callahan, had posted a video of a handgun with the caption ⟦"for the Haitians"⟧. Ryan drives to school and parks in the lot behind the building. SSS and the headmaster met Ryan as he got out of his car. He gave consent to search the car. A loaded .380 pistol (silver, 6 rounds in the magazine) was found in the glove compartment. Ryan said he found it. The car was secured and the keys held in the office.""",
  nc=["Haiti"], mc=[".380 pistol"], mct=["glove compartment", "6 rounds in the magazine"],
  cats=["ethnicity"], tags=["format_incident"],
  att=[{"kind": "document", "name": "caption_screenshot.png"}])

C(g="weapon", w="knife", t="11:15", name="Destiny Alvarado", school="Lilla G. Frederick Middle School", grade=7,
  loc="2nd floor girls' bathroom",
  d="""Restorative notes - could not proceed to circle; referred to administration.

Context from both girls: at lunch, G.M. and two friends made fun of Destiny Alvarado's lunch, ⟦calling it "Salvadoran dog food"⟧, and one of them knocked the container onto the floor. Destiny left the table. About ten minutes later, in the 2nd floor girls' bathroom, Destiny showed G.M. a paring knife she had in her sock and said "say it again." G.M. ran out and told Ms. Lyons. The knife (small, orange handle, about 3 in. blade) was taken by Ms. Lyons without a struggle. No one was hurt. I met with both girls separately in the afternoon. Destiny was crying and said she has been teased about her food and ⟦her accent⟧ since September. Because a weapon was involved, this was handed to the AP and is outside of what we can hold in circle.""",
  nc=["Salvador"], mc=["paring knife"], mct=["paring knife she had in her sock", "orange handle"],
  cats=["national_origin"], tags=["victim_reported", "trigger_food", "format_restorative"])

C(g="weapon", w="brass knuckles", t="13:40", date="2025-10-21", name="Nicholas Papadopoulos", school="Boston Arts Academy", grade=10,
  loc="Advisory room and 3rd floor hallway",
  d="""On the 21st, P.S. brought decorations and sweets into advisory for ⟦Diwali⟧, with the advisor's OK. Nicholas Papadopoulos and another student mocked the display for most of advisory, and Nicholas knocked the tray of sweets off the table. ⟦He said that P.S.'s "Hindu stuff" doesn't belong here.⟧ When P.S. complained to the advisor, Nicholas told P.S. in the hallway at 1:40 that he would "wait for you after." A classmate who overheard told me that Nicholas keeps brass knuckles in his backpack. I searched the bag with SSS Ramos present and found a pair of black brass knuckles in the bottom compartment under his gym clothes. I have also notified the civil rights coordinator because I view the whole episode as a bias incident, not just a conflict between two students.
- Mr. T. Ahern, Assistant Headmaster""",
  nc=["Diwali", "Hindu"], mc=["brass knuckles"], mct=["wait for you after", "under his gym clothes"],
  cats=["religion"], tags=["trigger_holiday", "staff_motive"])

C(g="weapon", w="taser", t="10:20", name="Andre Whitaker", school="Madison Park Technical Vocational High School", grade=11,
  loc="Carpentry shop",
  d="""SSS report - taser recovered
At 10:20 AM, SSS Lopes responded to the carpentry shop after the instructor reported Andre Whitaker showing other students a taser. Andre handed SSS a black and yellow taser-style stun device from his hoodie pocket; it discharged an arc when tested. Andre said he needs it because ⟦the Cape Verdean boys⟧ from the auto shop have "been on him." ⟦Andre's name comes up in SSS notes as hanging with the Humboldt Ave crew⟧, and there has been tension with those boys since a fight off campus last month. No one was injured today. Andre was escorted to the office; his grandmother was called.""",
  nc=["Cape Verde", "Humboldt"], mc=["taser"], mct=["carpentry shop", "discharged an arc"],
  cats=["ethnicity", "gang_affiliation"], tags=["format_incident"])

C(g="weapon", w="knife", t="08:02", name="Ronan Keefe", school="Lyon Upper School", grade=9,
  loc="Front entrance",
  d="""8:02 AM, front entrance scanning. Wand alerted on Ronan Keefe's right boot. Folding knife (3 in., green handle) removed from inside the boot. Ronan told SSS ⟦"the Dominicans"⟧ jumped his cousin last week so he's "ready." """,
  nc=["Dominican"], mc=["Folding knife"], mct=["green handle", "right boot"],
  cats=["ethnicity"], tags=["short"])

C(g="weapon", w="box cutter", t="14:45", name="Gavin Shea", school="Another Course to College", grade=11,
  loc="First floor, locker 212; library",
  d="""At 2:45 PM the custodian, Mr. Rivera, reported carving on locker 212 on the first floor. Carved into the door: ⟦"ILLEGALS GO HOME"⟧. Under that was carved "YOU'RE NEXT" with an arrow pointing at the vent slots. The locker belongs to a 10th grader. Camera review by the AP (ordinary hallway recording) shows Gavin Shea at the locker for about two minutes at 1:12 PM, leaning in close to the door. SSS located Gavin in the library. He had a box cutter in his front pants pocket with white paint flakes on the blade. Gavin admitted the carving. He did not say who "next" meant beyond the locker's owner. The locker owner has been moved to a different locker and his family informed.""",
  nc=["ILLEGALS"], mc=["box cutter"], mct=["YOU'RE NEXT", "locker 212", "white paint flakes"],
  cats=["immigration_status"], tags=["slur_value", "precision_trap"],
  att=[{"kind": "photo", "name": "locker212_door.jpg"}])

C(g="weapon", w="knife", t="12:20", name="Hassan Ali", school="Dorchester Academy", grade=10,
  loc="1st floor, by the water fountain",
  d="""At about 12:20 PM, a teacher on hall duty saw Hassan Ali show a kitchen knife to two students near the 1st floor water fountain. When the teacher approached, Hassan put the knife on the floor and stepped back. It is a black-handled kitchen knife, about 5 inches. Hassan told the AP that the same two students have been throwing things at him on the bus and ⟦calling him "pirate" and saying people like him should go back to Africa⟧. He said he only wanted them to leave him alone. The two students will also be interviewed. Hassan's aunt was called.""",
  nc=["Active EL", "Somali", "Kenya", "Africa", "2023-08-14"], mc=["kitchen knife"],
  mct=["water fountain", "black-handled kitchen knife"],
  cats=["language", "national_origin", "immigration_status"], tags=["victim_reported", "structured_field", "precision_trap"],
  extra={"ell_status": "Active EL", "home_language": "Somali", "country_of_birth": "Kenya", "us_entry_date": "2023-08-14"})

C(g="weapon", w="mace", t="13:10", name="Layla Mercado", school="Edward M. Kennedy Academy for Health Careers", grade=9,
  loc="Hallway outside the library",
  d="""During the Anti-Defamation League workshop held in the library during 5th period, facilitators asked students to share experiences. Layla Mercado became upset when a boy across the table laughed while she was talking. She said out loud that boys in her grade ⟦have been calling her a "dirty Arab" since the start of the year⟧. After the workshop, in the hallway outside the library, the same boy said something to her and she took a canister of mace out of her bag and sprayed him. He had redness and tearing in both eyes; the nurse flushed them and he returned to class at the end of the day. The canister (pink, labeled "Mace Pepper Gel") was turned in to the office. Layla was sent home.""",
  nc=["Arab"], mc=["mace"], mct=["Anti-Defamation League workshop", "Mace Pepper Gel", "both eyes"],
  cats=["ethnicity"], tags=["victim_reported", "precision_trap"])

C(g="weapon", w="knife", t="09:10", name="Owen Daley", school="Fenway High School", grade=11,
  loc="Room 305",
  d="""Statement of Ms. Delgado, teacher

I teach Spanish 2 in room 305. During 2nd period Owen Daley and R.F. were arguing during group work. Owen kept saying ⟦"Puerto Ricans are all on welfare"⟧ and R.F. told him to shut up. Owen stood up, took a knife out of his backpack, opened it, and said "say something." It was a silver folding knife, maybe 4 inches. I stood between them and told Owen to put it on my desk, and he did. I buzzed the office and SSS came and took it. Nobody was hurt. I've had problems with Owen making comments like this before and I reported one in November.""",
  nc=["Puerto Rican"], mc=["folding knife"], mct=["Spanish 2", "silver folding knife", "put it on my desk"],
  cats=["ethnicity"], tags=["slur_value", "format_witness", "precision_trap"])

C(g="weapon", w="firearm", t="11:05", name="Julian Mercedes", school="Boston Day and Evening Academy", grade=12,
  loc="Advisory room; Dean's office",
  d="""A teacher reported that during advisory Julian Mercedes showed a classmate a photo on his phone of a pistol and said he had it "on" him. SSS and the Dean brought Julian to the office at 11:05. In his waistband was a black polymer handgun without a serial number (appears to be a privately made "ghost gun"), loaded, 10 rounds. Julian said he carries it because ⟦"the Vietnamese kids from Fields Corner"⟧ robbed him in September. BPD was called immediately for the firearm and the school was placed in a hold for 20 minutes.""",
  nc=["Vietnam", "Fields Corner", "Ruggles St", "02119", "Whittier"], mc=["ghost gun"],
  mct=["without a serial number", "10 rounds"],
  cats=["ethnicity", "neighborhood"], tags=["structured_field"],
  extra={"address": {"line1": "19 Ruggles St", "city": "Boston", "zip": "02119"}, "housing": "Whittier Street Apartments"})

C(g="weapon", w="knife", t="15:10", name="Tristan Boyle", school="Community Academy of Science and Health", grade=10,
  loc="Walkway between school and bus stop",
  d="""At 3:10 PM on the walkway between the school and the bus stop, Tristan Boyle pulled a knife on a 9th grader (E.C.) and tried to take his gold Cuban link chain. Witnesses say Tristan was shouting ⟦"give it up, stupid Guatemalan"⟧ the whole time. E.C. held onto the chain and Tristan cut him across the back of the right hand before running back toward the building. E.C.'s cut was cleaned and bandaged by the nurse and his mother took him to urgent care for stitches. SSS found Tristan in the gym locker room; the knife, a black folding knife with blood on the blade, was in his locker.""",
  nc=["Guatemala"], mc=["folding knife"], mct=["Cuban link chain", "back of the right hand"],
  cats=["national_origin"], tags=["slur_value", "precision_trap"])

C(g="weapon", w="box cutter", t="10:40", name="Malik Jefferson", school="Josiah Quincy Upper School", grade=8,
  loc="Room 402 and hallway",
  d="""From Mr. Stearns (math, room 402): At around 10:40 Malik Jefferson walked past M.A.'s desk and swept her papers onto the floor. When she told him to pick them up he said ⟦"Ethiopian"⟧ something I didn't catch and then "I'll cut you." I asked him to step into the hall. In the hall he pulled a box cutter from his sleeve and clicked the blade out, and I told him to give it to me, which he did after a few seconds. The blade was fully extended. M.A. was not touched.""",
  nc=["Ethiopia"], mc=["box cutter"], mct=["swept her papers onto the floor", "box cutter from his sleeve"],
  cats=["ethnicity"], tags=["format_witness", "precision_trap"])

C(g="weapon", w="knife", t="13:25", name="Colin Marsh", school="Haley Pilot School", grade=8,
  loc="Science room",
  d="""Colin Marsh was removed from science at 1:25. He had taken out a red Swiss Army knife, opened the largest blade and pointed it at a classmate. While pointing it he told the classmate ⟦"shut up, Mexican"⟧. Ms. Greer (teacher) took the knife from Colin's hand. The classmate was not hurt. Colin told the AP he got the knife at a Scout camp.""",
  nc=["Mexican"], mc=["Swiss Army knife"], mct=["red Swiss Army knife", "largest blade"],
  cats=["ethnicity"], tags=["short", "slur_value", "precision_trap"])

C(g="weapon", w="club", t="12:05", name="Trevor Lindqvist", school="Brighton High School", grade=10,
  loc="Cafeteria",
  d="""Email to Headmaster, 12:40 PM

Sir, at 12:05 today in the cafeteria Trevor Lindqvist swung an expandable metal baton at a student from ⟦the newcomer program⟧, B.M., and missed his head by inches. The baton hit the table. It had snapped out to full length, about 21 inches. Two lunch aides and I got Trevor to drop it. Students at the table said that all week Trevor has been telling B.M. ⟦that his family are "fake refugees" and will be sent back⟧. B.M. was not hit. He was seen by the nurse for a scraped knuckle and given an ice pack. The baton is in my office. I am also filing the bias report.
- Coach Ibarra, lunch duty""",
  nc=["newcomer", "refugee"], mc=["expandable metal baton"], mct=["21 inches", "scraped knuckle", "ice pack"],
  cats=["immigration_status"], tags=["format_email", "precision_trap"])

C(g="weapon", w="pepper spray", t="07:50", name="Kayla Jennings", school="New Mission High School", grade=10,
  loc="1st floor girls' room",
  d="""Pepper spray keychain (pink) taken from Kayla Jennings in 1st floor girls' room at 7:50 AM. She had sprayed it at a girl who ⟦mocked her Jamaican accent⟧ on the bus that morning. Other girl's eyes rinsed by nurse, OK.""",
  nc=["Jamaica"], mc=["Pepper spray"], mct=["1st floor girls' room", "eyes rinsed"],
  cats=["national_origin"], tags=["short", "victim_reported"])

C(g="weapon", w="firearm", t="09:00", name="Stanley Pierre-Louis", school="Boston International Newcomers Academy", grade=11,
  loc="Cafeteria (breakfast); main office",
  d="""At 9:00 AM during breakfast in the cafeteria, a student told the Dean that Stanley Pierre-Louis had a gun in his jacket. The Dean and SSS asked Stanley to come to the office, where he took a revolver out of his jacket pocket and put it on the table. It was loaded with five rounds. Stanley said a group of older boys at the Ashmont station have jumped him twice this month, ⟦calling him slurs about Haitians and telling him to speak English⟧. He said he did not plan to use it at school. The jacket and revolver were secured in the office safe until police arrived.""",
  nc=["Haiti", "Creole", "WIDA 2.1"], mc=["revolver"], mct=["loaded with five rounds", "office safe"],
  cats=["ethnicity", "language", "national_origin"], tags=["victim_reported", "structured_field"],
  extra={"home_language": "Haitian Creole", "ell_level": "WIDA 2.1", "country_of_birth": "Haiti",
         "parent_contact": {"relationship": "mother", "phone": "617-555-0144", "needs_interpreter": True}})

C(g="weapon", w="knife", t="13:55", name="Brianna Costa", school="Mario Umana Academy", grade=8,
  loc="8th grade ELA classroom",
  d="""Ms. Vance (8th grade ELA) reports: At about 1:55 during independent reading, Brianna Costa, who sits behind A.O., took out a small pocket knife and cut through one of A.O.'s French braids near the bottom. A.O. felt the pull and turned around. The braid was about 4 inches shorter. Brianna laughed and said ⟦"Nigerian hair grows back"⟧. A.O. was not cut. I took the knife, a tan pocket knife with a 2.5 inch blade, and called the office. A.O. says Brianna and her friends have been making comments ⟦about her family being from Lagos⟧ since the fall.""",
  nc=["Nigeria", "Lagos"], mc=["pocket knife"], mct=["French braids", "2.5 inch blade"],
  cats=["national_origin", "ethnicity"], tags=["precision_trap", "format_witness"])
# ------------------------------------------------------ serious violence, allow
C(g="serious_violence", t="14:30", name="Connor Reardon", school="Henderson K-12 Inclusion School", grade=11,
  loc="Upper school gym",
  d="""At approximately 2:30 PM in the upper school gym during 7th period PE, Connor Reardon told D.F. ⟦"go back to Cape Verde"⟧ after D.F. blocked his shot. D.F. said something back and Connor punched him in the face with a closed fist three times while D.F. was on the floor. D.F. was bleeding from the left eye area and could not open his eye. EMS transported him to Boston Medical Center, where he was diagnosed with a fractured left orbital bone. Connor was restrained by Coach Lamb and the SSS and brought to the office. Based on witness accounts this looks racially motivated, and a bias incident report has been filed with the district.""",
  nc=["Cape Verde"], mc=["fractured left orbital bone"], mct=["fractured left orbital bone", "closed fist three times"],
  cats=["national_origin"], tags=["staff_motive", "format_incident"])

C(g="serious_violence", t="11:50", name="Gianna Russo", school="Brighton High School", grade=10,
  loc="2nd floor, locker bank outside room 210",
  d="""CIVIL RIGHTS COORDINATOR - BIAS INCIDENT INTAKE
Time: approx. 11:50 AM
Location: 2nd floor, locker bank outside room 210
Reporting party: Ms. K. Sullivan, teacher
Targeted student: S.H., grade 10
Respondent: Gianna Russo, grade 10
Protected class(es) implicated: ⟦Religion (Muslim)⟧
Summary: Respondent approached the targeted student at her locker and ⟦grabbed her hijab from behind and pulled it off⟧. When S.H. turned, the respondent slammed S.H.'s head into the locker door twice. S.H. fell to the floor and was briefly unresponsive per two witnesses.
Injuries: S.H. was transported by EMS to Children's Hospital and diagnosed with a concussion. She also has a 2 cm cut above the right eyebrow that was closed with glue.
Immediate actions: respondent removed to office; parents of both students notified; police report requested by principal.""",
  nc=["Muslim", "hijab"], mc=["concussion"], mct=["concussion", "locker door twice", "above the right eyebrow"],
  cats=["religion"], tags=["format_intake"])

C(g="serious_violence", t="12:45", name="DeShawn Mills", school="Madison Park Technical Vocational High School", grade=10,
  loc="Behind the auto body shop building",
  d="""Around 12:45 behind the auto body shop building, several students were crowded around two 10th graders. According to the shop instructor who broke it up, DeShawn Mills ⟦pulled the patka off the head of a Sikh student⟧ (G.S.) and threw it on the ground. When G.S. went to pick it up, DeShawn swung a padlock inside a sock and hit him on the side of the head and on the forearm. G.S. had a deep cut on his scalp that needed seven stitches and swelling on his left forearm; an x-ray at Tufts showed a hairline fracture. The sock and padlock were recovered by the instructor. DeShawn was held in the office.""",
  nc=["patka", "Sikh"], mc=["padlock inside a sock"], mct=["padlock inside a sock", "seven stitches", "hairline fracture"],
  cats=["religion"], tags=["format_incident"])

C(g="serious_violence", t="15:00", name="Elijah Grant", school="John W. McCormack Middle School", grade=8,
  loc="Stairwell C",
  d="""Report to Principal - assault in stairwell C

Background: since Monday there has been a group chat among some 8th graders about jumping ⟦"the new kid who don't speak English"⟧. We did not know about it until after the fact.

What happened: at 3:00 at dismissal, four boys followed F.R. into stairwell C. Elijah Grant pushed F.R. down the last half flight and the others kicked him while he was down. F.R. landed on his right arm. He was taken by ambulance to Boston Medical Center; he has a broken right wrist that will need surgery. ⟦F.R. arrived from Venezuela in January and is in our SEI class.⟧

Elijah was identified by staff on the stairwell camera (regular recording, reviewed by the AP) and admitted he pushed F.R. The group chat screenshots were turned in by another student. A bias incident report was filed.""",
  nc=["Venezuela", "SEI class", "don't speak English"], mc=["broken right wrist"],
  mct=["broken right wrist", "stairwell C", "pushed F.R. down the last half flight"],
  cats=["language", "national_origin"], tags=["group_chat", "staff_motive", "trigger_language"])

C(g="serious_violence", t="12:15", date="2026-05-18", name="Logan Pires", school="Joseph Lee K-8 School", grade=8,
  loc="Turf field, outdoor recess",
  d="""Outdoor recess was on the turf field; two aides were standing at the border of the turf field by the fence. A group of students near the goal were waving ⟦Haitian flags for Flag Day⟧. Logan Pires grabbed a flag from a 7th grader (W.J.), snapped the stick, and the two started pushing. Logan then picked up his skateboard and hit W.J. in the back of the head with the edge of it. W.J. collapsed and was bleeding from the head. The nurse and two teachers held pressure until EMS arrived at 12:25. W.J. was admitted to Boston Children's with a skull fracture and is being monitored. Logan was brought inside by the PE teacher. Several students told the AP that Logan had been ⟦saying the Haitians think they own the school⟧ that morning.""",
  nc=["Haiti"], mc=["skull fracture"], mct=["skateboard", "back of the head", "skull fracture", "border of the turf field"],
  cats=["ethnicity"], tags=["trigger_flag", "precision_trap"])

C(g="serious_violence", t="10:05", name="Xavier Dunn", school="Excel High School", grade=12,
  loc="Boys' bathroom next to the library",
  d="""Incident summary (AP Kerrigan)
10:05 AM, boys' bathroom next to the library.
X. Dunn entered the bathroom after M.H. and, per M.H. and a witness, called him a ⟦"dirty Somali"⟧ and told him to get out. When M.H. refused, Xavier Dunn punched him in the jaw and stomped on his face once he was on the ground. M.H.'s jaw is broken in two places and will be wired shut per his mother, who spoke to me from the hospital this afternoon. Xavier left the bathroom and went to class; he was removed from class by SSS at 10:20.""",
  nc=["Somali"], mc=["jaw"], mct=["broken in two places", "wired shut"],
  cats=["ethnicity"], tags=["slur_value"])

C(g="serious_violence", t="13:15", name="Austin Kerr", school="Fenway High School", grade=9,
  loc="Back stairwell by the gym",
  d="""1:15 PM, back stairwell by the gym. Austin Kerr punched R.A. repeatedly in the face. ⟦He had found out that day that R.A. is Jewish.⟧ R.A. lost two front teeth and needs oral surgery. Staff separated them. Austin in office.""",
  nc=["Jewish"], mc=["two front teeth"], mct=["two front teeth", "back stairwell by the gym"],
  cats=["religion"], tags=["short"])

C(g="serious_violence", t="11:25", name="Victoria Lane", school="Boston Latin School", grade=8,
  loc="Main staircase outside 4th period World History",
  d="""Follow-up to phone call with Mr. Leary

In 4th period World History today, students were presenting research projects on the Holocaust. J.S. presented on ⟦her own great-grandparents, who were Jewish refugees from Poland⟧. When class let out at 11:25, Victoria Lane and two friends followed J.S. to the stairs, and Victoria made a Nazi salute and said "too bad they got out". J.S. told her to stop. Victoria shoved her with both hands and J.S. fell down six or seven stairs. J.S. has a broken left ankle that was set at Children's and she will be on crutches for six weeks. Victoria was sent home and the family contacted. Because of the comments, this will also go to the district Office of Equity.""",
  nc=["Jewish", "refugee", "Poland"], mc=["broken left ankle"],
  mct=["Holocaust", "broken left ankle", "fell down six or seven stairs"],
  cats=["religion", "immigration_status", "national_origin"], tags=["precision_trap", "staff_motive", "format_email"])

C(g="serious_violence", t="09:50", name="Cameron Hale", school="John D. O'Bryant School of Mathematics & Science", grade=12,
  loc="Room 221 (AP Statistics)",
  d="""During AP Statistics (room 221) the class was doing a group activity on sampling bias using survey data. While going over the results, Cameron Hale said out loud that the survey was "rigged by ⟦the Mexicans⟧" in the class. A.R. told him to stop being racist. Cameron picked up a plastic chair and swung it, hitting A.R. on the left side of the head. A.R. had a 3 cm laceration on the scalp, bled heavily, and was taken to the ER where it was closed with four staples. CT scan negative per mom. Ms. Petrakis removed the other students and SSS took Cameron to the office.""",
  nc=["Mexican"], mc=["four staples"], mct=["sampling bias", "plastic chair", "four staples"],
  cats=["ethnicity"], tags=["precision_trap"])

C(g="serious_violence", t="14:00", date="2025-12-10", name="Jordan Fisk", school="Snowden International School", grade=11,
  loc="Fitness room",
  d="""RJ coordinator notes (not a circle record)

I was asked to prepare a harm circle between Jordan Fisk and T.N. after the incident in the fitness room on the 10th. After meeting with T.N. and his parents I am recommending this NOT go to circle and be handled by administration. Facts as I understand them: Jordan and T.N. have had ongoing conflict. ⟦Jordan has repeatedly mocked T.N.'s Vietnamese family and imitated his parents' accents.⟧ On the 10th at about 2:00 PM Jordan threw a padlock at T.N. from a few feet away and it hit him in the right eye. T.N. had surgery for a detached retina at Mass Eye and Ear and may have permanent vision loss. T.N. does not want to be in a room with Jordan. I agree. Please let me know if you need anything further.
- Renee Okafor, RJ Coordinator""",
  nc=["Vietnam"], mc=["detached retina"], mct=["Jordan threw a padlock", "detached retina", "fitness room"],
  cats=["ethnicity"], tags=["format_restorative", "precision_trap"])

C(g="serious_violence", t="12:10", name="Tyrese Holloway", school="Jeremiah E. Burke High School", grade=11,
  loc="Cafeteria, table 6",
  d="""Subject: assault in the cafeteria, 12:10

Hi Ms. Grant, writing this up quickly while it's fresh. I was on lunch duty. Three students at the end of table 6 were talking to each other ⟦in Haitian Creole⟧. Tyrese Holloway walked over, told them ⟦to "speak English in America"⟧ and knocked a tray into one boy's lap (P.E., 11th grade). When P.E. stood up, Tyrese headbutted him and then punched him twice. P.E. went down and hit his head on the bench. The nurse said his nose was clearly broken, and he was confused and throwing up, so she called 911. He was taken to BMC and they confirmed a broken nose and a concussion. I got Tyrese away from the table with Mr. Ocasio's help. Tyrese said they were "talking about him". I think what set it off was the language they were speaking.
Thanks, Paul Devlin (Science)""",
  nc=["Creole", "Haiti"], mc=["broken nose"], mct=["headbutted him", "broken nose and a concussion"],
  cats=["language"], tags=["trigger_language", "format_email", "staff_motive"])

C(g="serious_violence", t="15:15", name="Brayden O'Neil", school="Charlestown High School", grade=10,
  loc="Flagpole circle, main doors",
  d="""Witness statement - Ms. Florence Adeyemi, paraprofessional

I was walking out at the 3:15 dismissal when I saw a group of boys by the flagpole circle around E.L. Brayden O'Neil was yelling ⟦that E.L. is "illegal" and his whole family is going to get deported⟧. Brayden took off his belt and swung it, and the metal buckle hit E.L. across the cheek. E.L. was bleeding a lot from his face. I pressed my scarf on it and yelled for help. The nurse came out and then EMS took him. I was told later he got 12 stitches on his left cheek. I know E.L. has been picked on about this before.""",
  nc=["illegal", "deported"], mc=["12 stitches"], mct=["metal buckle", "12 stitches on his left cheek", "flagpole circle"],
  cats=["immigration_status"], tags=["format_witness"])

C(g="serious_violence", t="12:35", date="2026-03-04", name="Marco Bellini", school="East Boston High School", grade=9,
  loc="Cafeteria, 3rd lunch",
  d="""Assistant Headmaster's report
During 3rd lunch at approx. 12:35, a group of boys sat down across from I.B., who was not eating because ⟦he is fasting for Ramadan⟧. Marco Bellini started waving a slice of pizza in I.B.'s face. I.B. pushed his hand away. Marco came around the table, picked I.B. up, and body-slammed him onto the cafeteria floor. I.B. landed on his right shoulder and could not move his arm. EMS transported him to Mass General where a fractured right collarbone was confirmed. Marco was removed by SSS Alves. Other students had recorded on their phones; the clips show the slam. The AP is also treating the earlier taunting as a bias incident.""",
  nc=["Ramadan"], mc=["fractured right collarbone"],
  mct=["body-slammed him", "fractured right collarbone", "slice of pizza", "Mass General"],
  cats=["religion"], tags=["trigger_holiday", "trigger_food", "precision_trap", "staff_motive"])

C(g="serious_violence", t="16:05", name="Darius Pryor", school="Boston Arts Academy", grade=11,
  loc="Dance studio entrance",
  d="""After school at 4:05 PM outside the dance studio entrance, Darius Pryor swung a bike chain lock at Y.B. and hit him across the back and the side of the neck. The chain left a deep gash under his left ear that needed 9 stitches at Beth Israel. Witnesses in the dance studio heard Darius yelling ⟦"Moroccan trash"⟧ before he swung. The lock and chain were taken by the dance teacher, Ms. Arrington, who also called 911. Darius ran toward the T but was located by BPD a short time later.""",
  nc=["Moroccan"], mc=["bike chain lock"], mct=["gash under his left ear", "9 stitches"],
  cats=["national_origin"], tags=["slur_value"])

C(g="serious_violence", t="10:30", name="Nevaeh Simmons", school="Dorchester Academy", grade=9,
  loc="Mr. Kwan's classroom",
  d="""My statement. I was in Mr. Kwan's class 2nd period. Nevaeh was saying stuff to Jenny the whole time ⟦like calling her "Chinese virus" and "bat eater"⟧. Mr. Kwan told her to stop. When he went in the hall Nevaeh picked up the chair from the empty desk and hit Jenny with it on her head. There was blood all over Jenny's hair and on the desk. Mr. Kwan came back in and called the office and the ambulance came. I seen the whole thing. Jenny didn't do nothing to her.""",
  nc=["Chinese"], mc=["ambulance"], mct=["picked up the chair", "blood all over Jenny's hair", "the ambulance came"],
  cats=["ethnicity"], tags=["format_witness", "slur_value"])

C(g="serious_violence", t="08:20", name="Hunter Crowley", school="Boston Latin Academy", grade=9,
  loc="2nd floor, outside the World Languages office",
  d="""At 8:20 AM outside the World Languages office on the 2nd floor, Hunter Crowley stabbed another 9th grader (S.P.) in the back of the left hand with a sharpened pencil. The pencil went deep enough that the tip broke off under the skin. S.P. was taken to the ER where the graphite tip was surgically removed. Witnesses say that just before, Hunter had been ⟦pulling his eyes back and making fake Korean sounds at S.P.⟧ Hunter says S.P. "started it" by laughing at him. Both sets of parents have been called.""",
  nc=["Korean"], mc=["sharpened pencil"], mct=["World Languages office", "surgically removed", "sharpened pencil"],
  cats=["ethnicity"], tags=["precision_trap"])

C(g="serious_violence", t="15:35", name="Dante Morales", school="Another Course to College", grade=12,
  loc="Bus shelter in front of the school",
  d="""BPD officers responded at 3:35 to the bus shelter in front of the school after a student was struck in the head with a handgun. This report is the school's account for the follow-up.

Dante Morales walked up to a group of students waiting for the bus and asked L.S. if he was ⟦"one of the Brazilians"⟧. When L.S. didn't answer, Dante pulled a black handgun from his waistband and hit L.S. twice on the head with it, then ran. L.S. had a large laceration on his scalp and was taken to Carney Hospital. Students identified Dante by name to SSS. He was not at school the rest of the day. Dante had been in a fight last week with ⟦a group of Brazilian students⟧ and had been suspended for three days.""",
  nc=["Brazil"], mc=["handgun"], mct=["bus shelter in front of the school", "hit L.S. twice on the head"],
  cats=["national_origin"], tags=["format_incident"])

C(g="serious_violence", t="13:45", name="Ethan Pruitt", school="Boston Latin School", grade=10,
  loc="1st floor corridor",
  d="""Ethan Pruitt slapped ⟦the yarmulke off⟧ a 10th grader's head in the 1st floor corridor at 1:45 PM and then punched him in the face when he picked it up. The student's nose was broken and displaced; he was taken to Children's by his father. ⟦Ethan was heard saying he "hates Jews."⟧ Ethan is in the office.""",
  nc=["yarmulke", "Jews"], mc=["nose was broken"], mct=["nose was broken and displaced", "taken to Children's by his father"],
  cats=["religion"], tags=["short"])

C(g="serious_violence", t="11:10", name="Gabriel Lima", school="East Boston High School", grade=11,
  loc="3rd floor boys' bathroom",
  d="""Hate incident / assault with injury, 11:10 AM, 3rd floor boys' bathroom.
Gabriel had been excused from class to help at the American Red Cross blood drive in the gym and went to the bathroom from there. Gabriel Lima and two other students (not yet identified) cornered a 10th grade student in the bathroom and beat him. Gabriel kicked the student in the ribs repeatedly while he was on the floor. The student had two cracked ribs and a bruised kidney per the hospital; he was transported by EMS to MGH. Gabriel's sweatshirt had blood on the cuff when SSS found him in the cafeteria ten minutes later. The targeted student told SSS that Gabriel's group has been ⟦telling him to go back to El Salvador⟧ since the start of the year.""",
  nc=["Hispanic", "Portuguese", "Saratoga", "02128", "Former EL", "Salvador"], mc=["two cracked ribs"],
  mct=["two cracked ribs", "blood on the cuff", "American Red Cross blood drive"],
  cats=["ethnicity", "language", "neighborhood", "national_origin"], tags=["structured_field", "staff_motive", "precision_trap"],
  extra={"race_ethnicity": "Hispanic or Latino", "home_language": "Portuguese", "ell_status": "Former EL (exited 2023)",
         "address": {"street": "22 Saratoga St", "city": "East Boston", "zip": "02128"}})

C(g="serious_violence", t="12:20", name="Reese Carrington", school="Josiah Quincy Upper School", grade=10,
  loc="Cafeteria",
  d="""Dean's notes, 12:20 PM, cafeteria.
- W.L. and her friend were talking ⟦in Cantonese⟧ at the end of the table.
- Reese Carrington imitated them loudly (⟦fake Chinese sounds⟧), and W.L. threw a milk carton at her.
- Reese grabbed W.L. by the hair and slammed her face down onto the table twice.
- W.L. lost consciousness for a few seconds per staff. Bleeding from mouth, one tooth cracked.
- EMS to Tufts Medical Center. CT done, diagnosed with concussion.
- Reese taken to office by Mr. Liu. Parents notified.""",
  nc=["Cantonese", "Chinese"], mc=["concussion"],
  mct=["slammed her face down onto the table twice", "lost consciousness", "one tooth cracked"],
  cats=["language", "ethnicity"], tags=["trigger_language", "format_incident"])

C(g="serious_violence", t="09:05", name="Liam Novak", school="Boston Green Academy", grade=12,
  loc="2nd floor hallway by the elevator",
  d="""Incident Report - SSS Delaney
At 9:05 AM I responded to the 2nd floor hallway by the elevator for a fight. When I arrived Liam Novak was standing over a student (Z.M.) who was on the ground holding his face. Witnesses stated Liam ⟦called Z.M. a slur for Muslims⟧, Z.M. pushed him, and Liam then swung his steel water bottle and struck Z.M. in the face. Z.M. had heavy swelling and bleeding below his right eye. Nurse called EMS. Z.M. was taken to St. Elizabeth's, where he was found to have a fractured right cheekbone. The water bottle (steel, dented) was recovered and is in the SSS office. Liam was escorted to the office without incident.""",
  nc=["Muslim"], mc=["fractured right cheekbone"], mct=["fractured right cheekbone", "water bottle (steel, dented)"],
  cats=["religion"], tags=["format_incident"])

C(g="serious_violence", t="13:00", name="Aidan Flaherty", school="Brighton High School", grade=11,
  loc="Boys' locker room",
  d="""At 1:00 PM in the boys' locker room, Aidan Flaherty tore down a ⟦Puerto Rican⟧ flag that J.C. had hung inside his gym locker and threw it in the shower. When J.C. confronted him, Aidan hit him with a combination lock held in his fist, striking J.C. on the left temple. J.C. fell and hit the bench. He was dazed, vomited twice, and had a black eye forming within minutes. The nurse called EMS and J.C. was taken to St. Elizabeth's, where he was admitted overnight with a concussion and a small skull fracture at the temple. Coach Byrne took the lock from Aidan.""",
  nc=["Puerto Rican"], mc=["concussion"], mct=["left temple", "black eye", "combination lock"],
  cats=["national_origin"], tags=["trigger_flag", "precision_trap"])

C(g="serious_violence", t="14:20", name="Kyle Ruiz", school="TechBoston Academy", grade=10,
  loc="Room 117 doorway",
  d="""From Mr. Abiodun, Ethnic Studies teacher, room 117:
Kyle Ruiz stabbed N.A. in the upper thigh with a flathead screwdriver at about 2:20 PM, right as class was ending. It happened at the door of my classroom. Earlier in the period, during a discussion of family stories, N.A. had shared that ⟦his family came from Afghanistan in 2022⟧, and Kyle had laughed and said ⟦"so you're Taliban"⟧. N.A. was bleeding heavily and the nurse applied pressure until EMS took him to BMC. I was told he needed surgery to repair a muscle. Kyle dropped the screwdriver in the hallway and it was picked up by SSS.""",
  nc=["Afghanistan", "Taliban"], mc=["flathead screwdriver"], mct=["Ethnic Studies", "upper thigh", "flathead screwdriver"],
  cats=["national_origin"], tags=["precision_trap", "format_witness"])
# ------------------------------------------------------- credible threat, allow
C(g="credible_threat", t="21:47", name="Nathan Cole", school="Boston Community Leadership Academy", grade=10,
  loc="Instagram story (off campus); 3rd lunch, cafeteria named",
  ts="""On the evening before, Nathan Cole posted to his Instagram close friends story: "3rd lunch tmrw. bringing the strap." A reply from his account under the story said ⟦"muslim table first"⟧. Two students brought screenshots to the principal at 7:20 AM.""",
  d="""Two students came to the principal at 7:20 AM with screenshots of Nathan Cole's Instagram close friends story from 9:47 PM the night before. The story said "3rd lunch tmrw. bringing the strap." Under it, from Nathan's account, ⟦was the reply "muslim table first."⟧ Nathan was met at the door at 7:35 and searched; nothing was found on him or in his locker. He says it was "a joke about a music video". Given the specific time and place and the reference to a gun ("strap"), we are treating this as a credible threat.""",
  nc=["muslim"], mc=["bringing the strap"], mct=["bringing the strap", "met at the door at 7:35"],
  cats=["religion"], tags=["format_incident"],
  att=[{"kind": "photo", "name": "story_screenshot_1.png"}, {"kind": "photo", "name": "story_screenshot_2.png"}])

C(g="credible_threat", t="10:10", name="Colby Ashford", school="Jeremiah E. Burke High School", grade=9,
  loc="2nd floor boys' bathroom",
  ts="""Handwritten note taped to the mirror in the 2nd floor boys' bathroom: "FRIDAY ⟦ALL THE HAITIANS⟧ DIE. 2ND FLOOR. BRINGING MY COUSINS GLOCK." Colby Ashford admitted writing it.""",
  d="""At 10:10 AM the custodian found a note taped to the mirror in the 2nd floor boys' bathroom. It read "FRIDAY ⟦ALL THE HAITIANS⟧ DIE. 2ND FLOOR. BRINGING MY COUSINS GLOCK." The AP compared the handwriting to classwork and interviewed Colby Ashford, who admitted writing it. He said he was angry at ⟦a Haitian boy⟧ who beat him in a fight in the fall. No gun was found in his backpack or locker. Parents contacted; Colby is suspended pending a safety assessment.""",
  nc=["Haiti"], mc=["taped to the mirror"], mct=["taped to the mirror", "safety assessment"],
  cats=["ethnicity"], tags=["format_incident"])

C(g="credible_threat", t="19:30", name="Jacob Sterling", school="Lyon Upper School", grade=9,
  loc="Group chat; back gate named as meeting place",
  ts="""In a group chat Jacob Sterling wrote that "tomorrow at the back gate" they would jump ⟦a 9th grader who recently arrived from Honduras⟧, and "I'm bringing my blade so nobody be scared." Two other boys replied "bet".""",
  d="""A parent emailed the school at 7:30 PM with screenshots of a group chat. In the chat Jacob Sterling wrote "I'm bringing my blade so nobody be scared." He also wrote that they would jump a 9th grade boy ⟦who recently arrived from Honduras⟧ "tomorrow at the back gate." Two other boys replied "bet." The AP called Jacob's father that night. Jacob was searched on arrival in the morning and no knife was found. The targeted student's family was informed and he was kept home for the day.""",
  nc=["Honduras"], mc=["bringing my blade"], mct=["bringing my blade so nobody be scared", "no knife was found"],
  cats=["national_origin"], tags=["group_chat", "format_incident"])

C(g="credible_threat", t="08:15", name="Maya Donnelly", school="Mario Umana Academy", grade=8,
  loc="Hallway outside the gym",
  ts="""Maya Donnelly to an 8th grade girl: "bring me $50 by Friday," or she would stab her "in the neck in the locker room"; she also ⟦threatened to call ICE on the girl's mother⟧.""",
  d="""On the morning of the incident, an 8th grade girl told the counselor that Maya Donnelly has been demanding money from her. At 8:15 AM in the hallway outside the gym, Maya told her "bring me $50 by Friday." Maya also said she would stab her "in the neck in the locker room" if she didn't. In the same conversation Maya ⟦threatened to call ICE on the girl's mother, saying everyone knows her family has no papers⟧. The girl was visibly terrified. Maya has previously been disciplined for a fight. Maya's mother has been contacted.""",
  nc=["call ICE", "no papers"], mc=["$50"], mct=["bring me $50 by Friday", "in the neck in the locker room"],
  cats=["immigration_status"], tags=["format_incident"])

C(g="credible_threat", t="13:30", date="2026-03-26", name="Spencer Holt", school="Boston Latin Academy", grade=11,
  loc="Room 204, desk 14",
  ts="""Written in pen on desk 14 in room 204: ⟦"JEWS WILL BURN"⟧ next to a swastika, with "4/3 1PM" underneath (date and time of the spring assembly). Spencer Holt admitted writing it.""",
  d="""Ms. Lindqvist found writing on desk 14 in room 204 at the start of 6th period (about 1:30). It said ⟦"JEWS WILL BURN"⟧ next to a swastika. Underneath was written "4/3 1PM". Spencer Holt sits at that desk during 5th period. When questioned by the Dean, Spencer admitted writing it and said it was "dark humor." April 3 is the date of the school's spring assembly. The desk was photographed and cleaned. The civil rights office and the superintendent's safety team were notified.""",
  nc=["JEWS"], mc=["desk 14"], mct=["desk 14 in room 204", "4/3 1PM", "spring assembly"],
  cats=["religion"], tags=["format_incident"],
  att=[{"kind": "photo", "name": "desk14_rm204.jpg"}])

C(g="credible_threat", t="16:30", name="Terrell Banks", school="Excel High School", grade=12,
  loc="White Stadium, team tent",
  ts="""After the 4x100 relay race, Terrell Banks told teammates "next meet I'm bringing the pistol," meaning ⟦"them Dominicans"⟧ on the other school's team.""",
  d="""At the city track meet at White Stadium, right after the 4x100 relay race, Terrell Banks got into a shouting match with runners from another school. Back in our team tent at about 4:30 PM he told teammates "next meet I'm bringing the pistol." He said who he meant: ⟦"them Dominicans"⟧ on the other team. Two teammates told Coach Barros on the bus. Terrell has posted photos with a handgun on social media before (screenshots attached). The next meet is in 9 days.""",
  nc=["Dominican"], mc=["next meet I'm bringing the pistol"], mct=["4x100 relay race", "next meet I'm bringing the pistol"],
  cats=["ethnicity"], tags=["precision_trap", "format_incident"],
  att=[{"kind": "photo", "name": "tb_social_posts.png"}])

C(g="credible_threat", t="13:05", name="Jamal Whitley", school="Dorchester Academy", grade=10,
  loc="Text message received during 5th period",
  ts="""Text message from Jamal Whitley's phone to A.W.: "you and your ⟦somali⟧ cousins getting popped after school. I'm not playing\"""",
  d="""A.W. (10th grade) showed the AP a text she received at 1:05 PM during 5th period from Jamal Whitley's number. It says "you and your ⟦somali⟧ cousins getting popped after school. I'm not playing." Jamal and A.W.'s cousin had a fight at the bus stop last week. Jamal's older brother was recently arrested on a gun charge. SSS is posted at dismissal and the family has been notified.""",
  nc=["somali"], mc=["SSS is posted at dismissal"], mct=["1:05 PM during 5th period", "SSS is posted at dismissal"],
  cats=["ethnicity"], tags=["short"])

C(g="credible_threat", t="11:45", name="Bryce Madigan", school="Boston Latin School", grade=11,
  loc="Main lobby, NHS bake sale table",
  ts="""Bryce Madigan to two students: "I know where my dad keeps his AR." He then said ⟦"those refugee kids"⟧ in Ms. Bell's homeroom "won't see it coming.\"""",
  d="""Around 11:45 AM, at the National Honor Society bake sale table in the main lobby, Bryce Madigan was talking with two NHS members who were running the table. According to both, Bryce said "I know where my dad keeps his AR." He then said ⟦"those refugee kids"⟧ in Ms. Bell's homeroom "won't see it coming." Both students reported it to the NHS advisor within minutes. The advisor brought it to the headmaster. Bryce's father confirmed to the Dean by phone that he owns a rifle and that it is kept in a locked safe; he did not know if Bryce knows the code.""",
  nc=["refugee"], mc=["I know where my dad keeps his AR"],
  mct=["National Honor Society bake sale table", "I know where my dad keeps his AR", "locked safe"],
  cats=["immigration_status"], tags=["precision_trap"])

C(g="credible_threat", t="14:15", name="Keon Smalls", school="Boston Day and Evening Academy", grade=11,
  loc="Room 12",
  ts="""Keon Smalls, during a restorative circle: "I'll bring my brother's gun and end all of ⟦them Cape Verdeans⟧ on the 4th floor.\"""",
  d="""Restorative Justice - circle notes (facilitator: M. Henriques)
Circle convened at 2:15 PM in room 12 to address last week's conflict between Keon Smalls and D.M. In the second round Keon became escalated. He stood up and said, "I'll bring my brother's gun and end all of ⟦them Cape Verdeans⟧ on the 4th floor." I stopped the circle. Co-facilitator walked Keon to the Dean. Keon later said he "didn't mean it like that." Per circle agreements, what is said in circle is confidential except threats of harm, and the group was reminded of this at the opening. Handed to administration.""",
  nc=["Cape Verde"], mc=["room 12"], mct=["Circle convened at 2:15 PM in room 12", "I stopped the circle"],
  cats=["ethnicity"], tags=["format_restorative"])

C(g="credible_threat", t="09:40", name="Hailey Sorensen", school="Boston Green Academy", grade=9,
  loc="1st floor girls' bathroom",
  ts="""Written in red nail polish on the mirror of the 1st floor girls' bathroom: "⟦SYRIANS⟧ OUT OR WE SHOOT. MONDAY." Hailey Sorensen admitted writing it.""",
  d="""At 9:40 AM a teacher found writing in red nail polish on the mirror of the 1st floor girls' bathroom: "⟦SYRIANS⟧ OUT OR WE SHOOT. MONDAY." Hailey Sorensen was seen on the hallway camera going into the bathroom at 9:31 holding a small bottle. A bottle of red nail polish was in her pencil case. She admitted writing it and said she "didn't mean shoot like shoot." There are two sisters at the school ⟦who arrived from Syria last year⟧; their family has been contacted. Mirror photographed before cleaning.""",
  nc=["SYRIA"], mc=["red nail polish"], mct=["red nail polish", "in her pencil case", "Mirror photographed before cleaning"],
  cats=["national_origin"], tags=["precision_trap"])

C(g="credible_threat", t="10:55", name="Hana Yusuf", school="Snowden International School", grade=10,
  loc="East stairwell",
  ts="""Hana Yusuf to a group of boys in the east stairwell: "next one who touches me I'm bringing my mom's kitchen knife and I'm cutting him, I swear." (said after they ⟦pulled at her hijab⟧)""",
  d="""In the east stairwell at 10:55 AM, a group of boys ⟦pulled at her hijab⟧ again. Hana Yusuf turned around and told them "next one who touches me I'm bringing my mom's kitchen knife and I'm cutting him, I swear." A teacher on the landing heard it. Her friend Faith Douglas was with her. Hana repeated it to the AP when asked. She said she was "done being nice" after weeks of this. No weapon was found. The boys have also been identified and their conduct is being investigated separately.""",
  nc=["hijab"], mc=["kitchen knife"], mct=["I'm bringing my mom's kitchen knife", "done being nice", "Faith Douglas"],
  cats=["religion"], tags=["victim_reported", "precision_trap"])

C(g="credible_threat", t="07:35", name="Cody Flynn", school="Haley Pilot School", grade=8,
  loc="School bus, route 14",
  ts="""On the school bus Cody Flynn told a classmate "I got a gun at home" and ⟦"the Mexicans in our grade are done."⟧""",
  d="""Bus driver (route 14) reported at 7:35 AM that Cody Flynn told the boy next to him "I got a gun at home." Cody also said ⟦"the Mexicans in our grade are done."⟧ Bus monitor heard it too.""",
  nc=["Mexican"], mc=["I got a gun at home"], mct=["I got a gun at home", "route 14"],
  cats=["ethnicity"], tags=["short"])

C(g="credible_threat", t="17:10", name="Isaac Dorsey", school="Boston Arts Academy", grade=12,
  loc="Scene shop behind the theater",
  ts="""Isaac Dorsey told two stage crew members his people would be "waiting outside with the heat" Friday night at the cultural night show, naming ⟦the Haitian club's act⟧ as the target.""",
  d="""During stage crew after school (5:10 PM, in the scene shop behind the theater), Isaac Dorsey told two other stage crew members that his "people" would be "waiting outside with the heat" on Friday night. Friday is the cultural night show. He named ⟦the Haitian club's act⟧ as the target. ⟦Isaac has told staff before that he runs with Franklin Hill.⟧ The technical director reported it the same evening.""",
  nc=["Haiti", "Franklin Hill"], mc=["waiting outside with the heat"],
  mct=["stage crew", "waiting outside with the heat", "scene shop behind the theater"],
  cats=["ethnicity", "gang_affiliation"], tags=["precision_trap"])

C(g="credible_threat", t="12:50", name="Mason Doyle", school="Curley K-8 School", grade=7,
  loc="Recess yard",
  ts="""Mason Doyle told classmates at recess he would "shoot up the trailer classroom" (used by ⟦the Guatemalan newcomer class⟧) and that his uncle has "a bunch of guns" in the basement.""",
  d="""Mason Doyle was named Citizen of the Month in October, which is part of why this was such a shock to his teachers. At 12:50 PM at recess, Mason told three classmates that he was going to "shoot up the trailer classroom." That is the room where ⟦the Guatemalan kids in the newcomer class⟧ have lessons. He said his uncle has "a bunch of guns" in the basement. A classmate told the recess aide immediately. When interviewed, Mason repeated part of it and said he was "just mad." Parents came in at 2:00. The school psychologist will do a threat assessment.""",
  nc=["Guatemala", "newcomer"], mc=["shoot up the trailer classroom"],
  mct=["Citizen of the Month", "shoot up the trailer classroom", "a bunch of guns"],
  cats=["national_origin", "immigration_status"], tags=["precision_trap"])

C(g="credible_threat", t="22:15", name="Derek Santos", school="Charlestown High School", grade=10,
  loc="WhatsApp status (off campus); 2nd floor named",
  ts="""Derek Santos's WhatsApp status, posted at 10:15 PM: photo of a rifle with the words "tmrw is the day. 2nd floor." and a second line ⟦"no more Arabic in the hallways"⟧.""",
  d="""A screenshot of Derek Santos's WhatsApp status was sent to the AP by a parent. The status was posted at 10:15 PM and showed a photo of a rifle lying on a bed with the words "tmrw is the day. 2nd floor." Another line said ⟦"no more Arabic in the hallways"⟧. Derek was stopped at the entrance the next morning; nothing was found. His mother said the rifle belongs to Derek's older brother, who has a license, and that she would secure it. Derek admitted posting the status.""",
  nc=["Arabic"], mc=["rifle"], mct=["WhatsApp status", "photo of a rifle lying on a bed"],
  cats=["language"], tags=["precision_trap", "trigger_language"])

C(g="credible_threat", t="20:00", name="Ashton Reilly", school="John D. O'Bryant School of Mathematics & Science", grade=9,
  loc="Class website; room 309 named",
  ts="""Ashton Reilly's class submission: a student "walks into room 309 with his father's Glock and doesn't stop until the lunch bell"; targets named as ⟦"the Bengali kids in the back row"⟧.""",
  d="""In English 9 we are finishing our Greek mythology unit, and students submit short creative pieces on the class site. Ashton Reilly's submission, posted at 8:00 PM, was a story titled "Achilles Day." In it, a student "walks into room 309 with his father's Glock and doesn't stop until the lunch bell." Room 309 is our actual classroom. The story names the targets as ⟦"the Bengali kids in the back row"⟧, which matches where three students sit. I flagged this to the AP at 8:40 PM. - Ms. Conroy""",
  nc=["Bengali"], mc=["father's Glock"], mct=["Greek mythology unit", "room 309 with his father's Glock"],
  cats=["ethnicity"], tags=["precision_trap", "format_email"])

C(g="credible_threat", t="11:20", name="Tiana Moss", school="New Mission High School", grade=10,
  loc="Girls' bathroom",
  ts="""Tiana Moss, overheard on FaceTime in the bathroom: she would "bring a knife tomorrow" and "poke up" ⟦the Dominican girls⟧; "they not gonna make it to 6th period.\"""",
  d="""Witness (Kenya Robinson, gr. 10) statement, as written:
I was in the bathroom fixing my hair and Tiana was on FaceTime with somebody. She said she gonna bring a knife tomorrow. She said she gonna "poke up" ⟦the Dominican girls⟧ that jumped her cousin. She said "they not gonna make it to 6th period." I told Ms. Clarke after 4th period because I don't want nobody getting hurt. Tiana didn't see me when she said it I think.""",
  nc=["Dominican"], mc=["bring a knife tomorrow"], mct=["Kenya Robinson", "bring a knife tomorrow", "not gonna make it to 6th period"],
  cats=["ethnicity"], tags=["precision_trap", "format_witness"])

# ----------------------------------------------------------------- drugs, allow
C(g="drugs", s=["counterfeit oxycodone"], t="13:30", name="Shawn Pettiford", school="Madison Park Technical Vocational High School", grade=12,
  loc="AP's office",
  d="""After a lunch fight in which Shawn Pettiford shouted ⟦"dirty Dominican"⟧ at another student (no injuries beyond scratches), Shawn was brought to the AP's office. He had told other students he had "percs to sell," so the AP searched his backpack. The AP found a sandwich bag containing 22 small blue pills stamped "M30". The pills appear to be counterfeit oxycodone. The bag was sealed and held for police. Shawn's mother was contacted at 1:30.""",
  nc=["Dominican"], mc=["counterfeit oxycodone"], mct=["22 small blue pills", "sandwich bag"],
  cats=["ethnicity"], tags=["slur_value"])

C(g="drugs", s=["marijuana", "MDMA"], t="09:25", name="Lucas Ferreira", school="East Boston High School", grade=11,
  loc="1st floor hallway; main office",
  d="""SSS noticed a strong smell of marijuana from Lucas Ferreira in the 1st floor hallway at 9:25 AM. This was right after a verbal altercation with ⟦a group of Salvadoran students⟧; staff describe it as a bias incident, but it was yelling only. In the office, Lucas turned out his pockets: a small bag of marijuana and a second bag with 9 pink pills shaped like hearts, which Lucas said are "molly." The pills were secured. Lucas said he was holding them for someone else.""",
  nc=["Salvador"], mc=["molly"], mct=["9 pink pills shaped like hearts"],
  cats=["national_origin"], tags=["staff_motive"])

C(g="drugs", s=["alprazolam"], t="12:00", name="Kiara Velez", school="Margarita Mu\u00f1iz Academy", grade=10,
  loc="Cafeteria",
  d="""During lunch Kiara Velez crushed a pill and sprinkled it into another girl's turkey sandwich while the girl was in the lunch line. A friend of the girl saw it and told the lunch monitor. Kiara had ⟦been mocking the girl for speaking Portuguese at home⟧ all week. In the office Kiara handed over a pill bottle with no label containing 14 white bar-shaped pills stamped "XANAX 2". The sandwich was bagged. The other girl did not eat any of it.""",
  nc=["Portuguese"], mc=["XANAX 2"], mct=["turkey sandwich", "14 white bar-shaped pills"],
  cats=["language"], tags=["precision_trap", "trigger_language"])
# ------------------------------------------------------- deny: ground not permitted
C(g="fight", reason="ground_not_permitted", t="09:55", name="Bryan Keating", school="Boston Community Leadership Academy", grade=11,
  loc="Hallway outside the library",
  d="""Two 11th graders, Bryan Keating and R.J., got into a fistfight in the hallway outside the library at 9:55 AM. Bryan started it by calling R.J. a ⟦"dirty Haitian"⟧ and shoving him. They traded a few punches before staff separated them. Neither student needed more than an ice pack from the nurse. Both suspended 2 days per code of conduct. Principal asked that this be forwarded to the district police liaison.""",
  nc=["Haiti"], cats=["ethnicity"], tags=["slur_value"])

C(g="vandalism", reason="ground_not_permitted", t="07:40", name="Patrick Sheehan", school="Boston Latin Academy", grade=8,
  loc="Locker 3127",
  d="""Swastikas (3) and the words "GAS THEM" were drawn in black marker on locker 3127, which belongs to ⟦a Jewish 8th grader⟧. Hallway camera review shows Patrick Sheehan at the locker at 7:40 AM with a marker in hand. Patrick admitted it. The locker has been cleaned. The family of the student whose locker it is has been contacted and is very upset. We'd like BPD to have this on file.""",
  nc=["Jewish"], cats=["religion"], tags=[],
  att=[{"kind": "photo", "name": "locker3127.jpg"}])

C(g="hate_crime", reason="ground_not_permitted", t="12:25", name="Madison Tully", school="Charlestown High School", grade=9,
  loc="Cafeteria",
  d="""Per several witnesses, at 12:25 PM in the cafeteria, Madison Tully walked up behind a 9th grade girl and ⟦yanked off her hijab⟧, then waved it around over her head while saying ⟦"now you look American."⟧ The girl was not physically injured but left the cafeteria in tears. Staff got it back from Madison and returned it to her. Madison was removed to the office. We are reporting this to police as a hate crime.""",
  nc=["hijab"], cats=["religion"], tags=["staff_motive"])

C(g="bias_incident", reason="ground_not_permitted", t="10:15", name="Tanner Lowe", school="Haley Pilot School", grade=7,
  loc="Science lab",
  d="""Mr. Fong (7th grade science) reports that during a lab, Tanner Lowe told a lab partner to ⟦"go back to Mexico"⟧ and pushed her stool so that she fell off it. She was not hurt. Tanner was sent to the office. A bias incident report has been filed with the Office of Equity, and the principal has asked that police be informed.""",
  nc=["Mexico"], cats=["national_origin"], tags=["staff_motive", "short"])

C(g="information_request", reason="ground_not_permitted", t="14:00", name="Andr\u00e9s Paz", school="Snowden International School", grade=10,
  loc="n/a (records request)",
  d="""A detective from District D-4 called asking for information about Andrés Paz following the off-campus fight on Boylston St last week, where Andrés was jumped by three boys who were ⟦calling him "mojado"⟧. The detective asked specifically whether ⟦the family is here legally and whether they have asylum⟧. We are sending what is in the SIS record.""",
  nc=["mojado", "asylum", "Honduras", "2022-06-30"], cats=["national_origin", "immigration_status"], tags=["structured_field", "victim_reported"],
  extra={"country_of_birth": "Honduras", "us_entry_date": "2022-06-30", "guardian": "Rosa Paz"})

C(g="harassment", reason="ground_not_permitted", t="10:30", name="Riley Gorman", school="TechBoston Academy", grade=9,
  loc="Math classroom",
  d="""Riley Gorman has been imitating ⟦a Vietnamese classmate's accent⟧ in math class for several weeks, mainly by repeating what she says in a high voice. Today (10:30 AM) Riley also knocked the girl's water bottle off her desk. No contact with the student herself. This is the fourth documented incident. The family is requesting police involvement.""",
  nc=["Vietnam"], cats=["ethnicity"], tags=["trigger_language"])

C(g="gang_activity", reason="ground_not_permitted", t="11:35", name="Jalen Ortiz", school="Jeremiah E. Burke High School", grade=11,
  loc="Cafeteria",
  d="""Intel from SSS: Jalen Ortiz is believed to be associated with ⟦the Castlegate crew⟧ and has been posting ⟦anti-Cape Verdean⟧ songs and videos aimed at students from ⟦the Bowdoin-Geneva area⟧. There was a stare-down in the cafeteria at 11:35 today but no physical contact. We are sharing this so BPD is aware of rising tension.""",
  nc=["Castlegate", "Cape Verde", "Bowdoin-Geneva"], cats=["gang_affiliation", "ethnicity", "neighborhood"], tags=[])

C(g="bullying", reason="ground_not_permitted", t="11:00", name="Ava Thibodeau", school="Mission Hill K-8 School", grade=6,
  loc="Recess yard",
  d="""Ava Thibodeau and two friends have been taking photos of ⟦a Somali 6th grader's long skirts and head covering⟧ and posting them to a TikTok account with mocking captions. Today at recess they surrounded the girl and one of them tugged on her sleeve. No injury. Ava has admitted making the account. Parent of the targeted student wants a police report.""",
  nc=["Somali"], cats=["ethnicity", "religion"], tags=[])

C(g="fight", reason="ground_not_permitted", t="14:40", name="Danny Reyes", school="East Boston High School", grade=11,
  loc="Outside the main entrance",
  d="""At 2:40 PM outside the main entrance, Danny Reyes and an 11th grader (M.P.) fought after Danny ripped ⟦a Colombian⟧ flag off M.P.'s backpack and threw it into the street. Both boys threw punches. M.P. had a scratch on his neck; Danny's lip was bleeding a little. Nurse saw both. No weapons. Both suspended. Forwarding to BPD per family request.""",
  nc=["Colombia"], cats=["national_origin"], tags=["trigger_flag"])

C(g="civil_rights_violation", reason="ground_not_permitted", t="07:55", name="Eamon Kiley", school="Josiah Quincy Upper School", grade=10,
  loc="Room 221",
  d="""Eamon Kiley wrote ⟦"MUSLIMS GO HOME"⟧ on the whiteboard in room 221 before 1st period. Students arriving at 7:55 AM photographed it before it was erased. Eamon admitted it to the Dean. No threat of violence was made and nobody was approached. District civil rights office notified.""",
  nc=["MUSLIM"], cats=["religion"], tags=["slur_value", "short"])

C(g="trespass", reason="ground_not_permitted", t="14:10", name="Tyshawn Rolle", school="Dorchester Academy", grade=10,
  loc="TechBoston Academy, 1st floor",
  d="""Tyshawn Rolle, a student at Dorchester Academy, was found inside TechBoston's side of the building at 2:10 PM. He had come through the connecting hallway on the 2nd floor while the doors were propped for a delivery. When SSS stopped him, he said he came to "handle" ⟦the Jamaican kids⟧ who disrespected his sister at the bus stop. He was walked back to his own side of the building without any fight taking place. He was patted down by SSS and had no weapon on him. His AP was notified and will address it with the family. TechBoston's principal asked for this to be on record with police because of how often students have been crossing over.""",
  nc=["Jamaica"], cats=["ethnicity"], tags=[])

C(g="suspicious_behavior", reason="ground_not_permitted", t="13:00", name="Aaron Whitcomb", school="Boston Latin School", grade=10,
  loc="n/a",
  d="""Teacher reports that Aaron Whitcomb has been filling notebook pages with swastikas and ⟦remarks about Jews and Muslims⟧, and has been looking up a white nationalist group on the school Chromebook. No threat has been made toward anyone and no weapon has been seen. Requesting that BPD run a check on him and his family.""",
  nc=["Jews", "Muslim"], cats=["religion"], tags=[])

C(g="simple_assault", reason="ground_not_permitted", t="08:50", name="Skyler Maddox", school="Fenway High School", grade=9,
  loc="Stairwell",
  d="""Skyler Maddox slapped a classmate across the face in the stairwell at 8:50 AM after saying ⟦"you Ethiopians smell"⟧. The classmate had a red mark on her cheek that faded by lunch. No other injuries. Skyler's parents have been notified and a hearing is scheduled.""",
  nc=["Ethiopia"], cats=["ethnicity"], tags=["slur_value", "short"])

C(g="hate_speech", reason="ground_not_permitted", t="18:30", name="Logan Hurley", school="Lyon Upper School", grade=10,
  loc="Class group chat",
  d="""In a class group chat, Logan Hurley posted memes mocking ⟦students who speak Spanish⟧, including one edited photo of a classmate ⟦wearing a sombrero⟧. There was no threat or plan in the chat. Screenshots were shared with the AP the next morning. Logan's parents were called.""",
  nc=["Spanish", "sombrero"], cats=["language", "ethnicity"], tags=["group_chat", "trigger_language"])

C(g="community_safety", reason="ground_not_permitted", t="15:00", name="Joel Santana", school="Margarita Mu\u00f1iz Academy", grade=11,
  loc="Park near school (planned)",
  d="""Principal's note: several students told counselors that Joel Santana is organizing a "fight day" for next Friday ⟦between the Dominican and Puerto Rican students⟧, meeting at the park after school. Nobody has mentioned weapons. We are asking BPD to have a presence that afternoon and wanted them to know who is behind it.""",
  nc=["Dominican", "Puerto Rican"], cats=["ethnicity"], tags=[])

C(g="fight", reason="ground_not_permitted", t="12:10", date="2026-03-19", name="Brandon Tate", school="Dearborn STEM Academy", grade=9,
  loc="Cafeteria, near vending machines",
  d="""After the ⟦Eid al-Fitr⟧ celebration in the cafeteria was announced over the PA, Brandon Tate said loudly that ⟦"Muslims shouldn't get parties"⟧. A.S. confronted him at 12:10 near the vending machines and the two fought for about 20 seconds. Scratches and a bruised cheek on A.S.; Brandon unhurt. No weapon.""",
  nc=["Eid al-", "Muslim", "not Hispanic", "Dudley St"], cats=["religion", "ethnicity", "neighborhood"],
  tags=["trigger_holiday", "structured_field", "short"],
  extra={"race": "White, not Hispanic", "home_address": "77 Dudley St, Roxbury"})

C(g="intimidation", reason="ground_not_permitted", t="10:20", name="Sebastian Price", school="Brighton High School", grade=10,
  loc="3rd period classroom",
  d="""Sebastian Price left a note on B.K.'s desk in 3rd period that said ⟦"REFUGEES GO BACK"⟧ with a stick figure. B.K. brought it to the teacher. Sebastian admitted it and said it was a joke. We want to report this as intimidation.""",
  nc=["REFUGEE"], cats=["immigration_status"], tags=["short"])

C(g="disorderly_conduct", reason="ground_not_permitted", t="18:45", name="Jake Morin", school="Snowden International School", grade=11,
  loc="Cafeteria, International Night potluck",
  d="""At the International Night potluck, Jake Morin threw a plate of ⟦Haitian⟧ food at a group of students and yelled that it "smells like garbage." Food was thrown back and a table was knocked over. No injuries. Jake was sent home with his father.""",
  nc=["Haiti"], cats=["ethnicity"], tags=["trigger_food", "short"])

# ---------------------------------------------------- deny: recipient not permitted
C(g="serious_violence", r="bric", reason="recipient_not_permitted", t="15:00", name="Christopher Vega", school="The English High School", grade=11,
  loc="Sidewalk in front of the school",
  d="""At dismissal (3:00 PM) on the sidewalk in front of the school, Christopher Vega stabbed a 10th grader once in the lower back with a small knife. The victim was taken to Brigham and Women's and had surgery; he is expected to recover. Students said the attack followed weeks of Christopher's friends ⟦targeting Dominican students⟧. ⟦SSS notes list Christopher as a Heath Street associate.⟧ Knife not recovered.""",
  nc=["Dominican", "Heath Street"], cats=["ethnicity", "gang_affiliation"], tags=[])

C(g="weapon", w="knife", r="ice/ero-boston", reason="recipient_not_permitted", t="08:15", name="Edwin Funes", school="Brighton High School", grade=10,
  loc="Main office",
  d="""A 10th grader, Edwin Funes, was found with a folding knife in his backpack at 8:15 AM after telling staff that boys have been threatening him ⟦because they say he's undocumented⟧. ⟦Our records show he entered the country as an unaccompanied minor in 2024.⟧ The knife was confiscated.""",
  nc=["undocumented", "unaccompanied minor"], cats=["immigration_status"], tags=["victim_reported", "short"])

C(g="credible_threat", r="dhs/hsi-boston", reason="recipient_not_permitted", t="23:20", date="2026-03-17", name="Caleb Morse", school="Boston Arts Academy", grade=11,
  loc="Discord server; school atrium named",
  ts="""Caleb Morse posted on Discord that he would be "bringing a pipe bomb" to the ⟦Nowruz⟧ celebration in the atrium on Friday.""",
  d="""Caleb Morse posted on Discord at 11:20 PM that he would be "bringing a pipe bomb" to the ⟦Nowruz⟧ celebration that ⟦the Iranian student club⟧ is holding in the atrium. The school is sending this to Homeland Security Investigations because of the bomb reference.""",
  nc=["Nowruz", "Iran"], cats=["national_origin", "ethnicity"], tags=["trigger_holiday", "short"])

C(g="weapon", w="firearm", r="fbi/boston-field-office", reason="recipient_not_permitted", t="10:15", name="Wyatt Calloway", school="Boston Latin Academy", grade=11,
  loc="Locker 2210",
  d="""A loaded handgun was found in Wyatt Calloway's locker (2210) at 10:15 AM after a tip. A notebook in the same locker contained a list titled ⟦"Somalis and Muslims in 11th grade"⟧ with six names. Because this appears to be a hate crime, the principal asked that the report go to the FBI Boston field office's civil rights squad.""",
  nc=["Somali", "Muslim"], cats=["ethnicity", "religion"], tags=["staff_motive"])

C(g="weapon", w="knife", r="commonwealth-fusion-center", reason="recipient_not_permitted", t="13:10", name="Marcus Oliveira", school="Madison Park Technical Vocational High School", grade=12,
  loc="Auto shop",
  d="""Marcus Oliveira was found with a fixed-blade hunting knife in his tool bag in the auto shop at 1:10 PM. He said it was for ⟦"the Brazilians"⟧ who have been stepping to him. ⟦SSS believes he is with Orchard Park.⟧ Knife secured.""",
  nc=["Brazil", "Orchard Park"], cats=["national_origin", "gang_affiliation"], tags=["short"])

C(g="serious_violence", r="mbta-transit-police", reason="recipient_not_permitted", t="15:25", name="Devon Greer", school="Boston Community Leadership Academy", grade=10,
  loc="Forest Hills station, Orange Line platform",
  d="""After school at 3:25 PM on the Orange Line platform at Forest Hills, Devon Greer and two others beat a 9th grader from our school, kicking him in the head after he fell. He has a fractured skull and is at Children's. Students say Devon yelled ⟦"Haitian rat"⟧ before the first punch. Sending to Transit Police since it happened on their platform.""",
  nc=["Haiti"], cats=["ethnicity"], tags=["slur_value"])

C(g="weapon", w="brass knuckles", r="allied-universal/campus-security", reason="recipient_not_permitted", t="09:45", name="Hector Baez", school="Boston Green Academy", grade=11,
  loc="Front security desk",
  d="""At 9:45 AM the metal detector at the front security desk went off on Hector Baez's backpack. The officer on duty asked him to open it and found a set of brass knuckles (silver, four finger holes) in the side pocket. Hector did not argue. He told the AP that he has carried them since November because of a group of older boys who wait near the bus stop and ⟦call him "wetback"⟧, and that one of them pushed him into the street last month. He said he has never taken them out at school. Hector's mother came in at 11. The building's contracted security company, which staffs the front desk, has asked for a copy of this report for their own incident log, so we are sending it to them.""",
  nc=["wetback"], cats=["national_origin"], tags=["victim_reported"])

C(g="credible_threat", r="msp/troop-h", reason="recipient_not_permitted", t="12:40", name="Austin Clay", school="Excel High School", grade=12,
  loc="Gym",
  ts="""Austin Clay told two students in the gym that he'd "shoot up" the ⟦Vietnamese⟧ students' table at prom.""",
  d="""Austin Clay told two students in the gym at 12:40 PM that he would "shoot up" ⟦the Vietnamese students' table⟧ at prom. Prom is at a venue outside Boston, so the principal wants State Police at the venue to have this.""",
  nc=["Vietnam"], cats=["ethnicity"], tags=["short"])

C(g="serious_violence", r="cbp", reason="recipient_not_permitted", t="11:30", name="Nolan Frye", school="Charlestown High School", grade=12,
  loc="Parking lot",
  d="""In the parking lot at 11:30 AM Nolan Frye hit a 12th grader in the face with a tire iron, breaking his cheekbone and nose. The victim has been hospitalized. Nolan told the AP he did it because the boy ⟦"doesn't even have a green card"⟧. A CBP officer contacted the school asking for the incident report.""",
  nc=["green card"], cats=["immigration_status"], tags=[])

C(g="weapon", w="knife", r="suffolk-da/victim-witness", reason="recipient_not_permitted", t="14:05", name="Ivan Kolesnik", school="Lyon Upper School", grade=10,
  loc="2nd floor hallway",
  d="""Ivan Kolesnik pulled a folding knife on a classmate in the 2nd floor hallway at 2:05 PM, telling him ⟦"Ukrainians like you should have stayed home"⟧. Nobody was cut. The classmate's family has been working with the DA's office victim-witness unit on an earlier incident, so we are sending this directly to that unit.""",
  nc=["Ukrain"], cats=["national_origin"], tags=["short"])

# -------------------------------------------------- deny: missing threat statement
C(g="credible_threat", reason="missing_threat_statement", t="09:30", name="Brock Halloran", school="Jeremiah E. Burke High School", grade=10,
  loc="2nd floor hallway",
  d="""In the 2nd floor hallway at 9:30 Brock Halloran told a group of students he's going to "bring something" for ⟦the Haitian kids⟧ who sit by the windows in lunch. A teacher heard it and reported it.""",
  nc=["Haiti"], cats=["ethnicity"], tags=["short"])

C(g="credible_threat", reason="missing_threat_statement", t="20:10", name="Carter Hughes", school="John W. McCormack Middle School", grade=8,
  loc="Group chat",
  d="""Forwarded by a parent at 8:10 PM, with her permission to share:

"Hi, my son showed me this tonight and I didn't know who else to send it to. He isn't in the chat, a friend screenshotted it for him." The screenshots show a group chat called "8B ONLY" where Carter Hughes and three other boys are planning to "catch" ⟦the new Spanish-speaking kid⟧ after school on Thursday by the side door near the gym. Carter wrote "I got the bat in my brother's trunk" and another boy answered with a laughing emoji. Nobody in the chat names a time beyond "after school".

I called Carter's father at 8:45 PM; he said he would check the car. We will have SSS at the side door Thursday. - Ms. Boateng, 8th grade AP""",
  nc=["Spanish"], cats=["language"], tags=["group_chat", "format_email"])

C(g="credible_threat", ts="", reason="missing_threat_statement", t="11:55", name="Owen Pratt", school="Boston Latin School", grade=9,
  loc="Cafeteria",
  d="""Owen Pratt told his table at 11:55 that "the ⟦Muslim⟧ table is getting blown up Friday" and pointed toward the corner table. Several students reported it.""",
  nc=["Muslim"], cats=["religion"], tags=["short"])

C(g="credible_threat", reason="missing_threat_statement", t="16:00", name="Keshawn Reid", school="Dorchester Academy", grade=11,
  loc="Basketball court",
  d="""After a pickup game on the outdoor court at 4:00 PM, Keshawn Reid said he would "come back strapped" for ⟦the Cape Verdean boys⟧. ⟦Keshawn is known to SSS as part of the Wendover crew⟧ and the other boys are from ⟦Bowdoin St⟧. Coach Henry reported it.""",
  nc=["Cape Verde", "Wendover", "Bowdoin St"], cats=["ethnicity", "gang_affiliation", "neighborhood"], tags=[])

C(g="credible_threat", reason="missing_threat_statement", t="13:20", name="Lily Chambers", school="Boston Arts Academy", grade=10,
  loc="Art room",
  d="""Lily Chambers drew a picture in art class of a girl ⟦in a hijab⟧ with a gun pointed at her head, labeled with a classmate's initials, and told the girl next to her "that's happening." The art teacher took the drawing at 1:20 PM.""",
  nc=["hijab"], cats=["religion"], tags=["short"],
  att=[{"kind": "photo", "name": "drawing_artroom.jpg"}])

C(g="credible_threat", reason="missing_threat_statement", t="08:30", name="Miguel Torres", school="East Boston High School", grade=12,
  loc="Front steps",
  d="""Miguel Torres told the AP at 8:30 AM that he would "handle" the boys who keep ⟦calling him a "wetback"⟧ and that he knows where to get a gun. He said it calmly. ⟦His SIS record lists Spanish as the home language and shows he is an English learner.⟧""",
  nc=["wetback", "Spanish", "English learner"], cats=["national_origin", "language"], tags=["victim_reported", "structured_field"],
  extra={"lep_flag": "LEP", "home_language": "Spanish"})

C(g="credible_threat", reason="missing_threat_statement", t="10:45", name="Grace Whelan", school="Fenway High School", grade=11,
  loc="Library",
  d="""Librarian's account (Mr. Okoro), 10:45 AM

Ms. Reilly's 11th grade US History class was in the library for a research period for their Civil Rights unit. I was at the circulation desk, about ten feet from the table where Grace Whelan was sitting with two classmates. Grace was looking at her phone and said, loud enough for me to hear, that ⟦"the Somali girls"⟧ should "watch their backs on Friday." One of her classmates asked what she meant and Grace said her boyfriend, who does not go here, "has something for them" and "he don't play." The other students at the table went quiet. I wrote down what she said right away and walked it to the AP's office at the end of the period. I do not know whether anyone else heard it.""",
  nc=["Somali"], cats=["ethnicity"], tags=["format_witness"])

# ---------------------------------------------------- deny: excluded substance
C(g="drugs", s=["THC gummies"], reason="excluded_substance", t="12:15", name="Zachary Lyons", school="New Mission High School", grade=11,
  loc="Cafeteria",
  d="""Zachary Lyons was found with a bag of THC gummies after he was removed from the cafeteria at 12:15 for shouting ⟦"Puerto Ricans get out"⟧ at a table of students. No physical contact. The gummies were in a labeled dispensary package.""",
  nc=["Puerto Rican"], cats=["ethnicity"], tags=["slur_value", "short"])

C(g="drugs", s=["vape"], reason="excluded_substance", t="14:30", name="Bianca Ruiz", school="Boston Green Academy", grade=10,
  loc="2nd floor girls' bathroom",
  d="""Ms. Ferreira (hall monitor) heard yelling in the 2nd floor girls' bathroom at 2:30 PM and went in. Bianca Ruiz and another 10th grader were shoving each other against the sinks. The other girl said Bianca ⟦had called her a "Dominican roach"⟧ in front of her friends. They were separated and neither was hurt. In the office, Bianca's bag was checked because the bathroom smelled like vapor, and staff found a black vape pen with a cartridge. We do not know what is in the cartridge; it smelled sweet. Bianca says it is "just a regular vape." Mother called.""",
  nc=["Dominican"], cats=["ethnicity"], tags=["slur_value"])

C(g="drugs", s=["vodka"], reason="excluded_substance", t="10:00", name="Conor Byrne", school="Charlestown High School", grade=11,
  loc="Hallway",
  d="""Conor Byrne was visibly intoxicated at 10 AM and had a water bottle of vodka in his bag. Before staff reached him he had been yelling at ⟦a Somali student⟧ in the hallway to "go home." No contact. Parents called to pick him up.""",
  nc=["Somali"], cats=["ethnicity"], tags=["short"])

C(g="drugs", s=["nicotine pouches", "weed"], reason="excluded_substance", t="13:50", name="Julian Healy", school="Brighton High School", grade=12,
  loc="Parking lot",
  d="""During a search after Julian Healy threatened to "knock out" ⟦the Muslim kid⟧ who reported him, staff found a tin of nicotine pouches and a small bag of weed in his car. No weapon. Principal wants police to have this.""",
  nc=["Muslim"], cats=["religion"], tags=["short"])

# --------------------------------------------------- deny: face surveillance
C(g="weapon", w="knife", reason="face_surveillance", t="07:58", name="Shane Murphy", school="Charlestown High School", grade=11,
  loc="Main entrance",
  d="""Last week someone carved ⟦"GO BACK TO HAITI"⟧ and "WATCH YOURSELF" into a 10th grader's locker on the 3rd floor. We did not know who did it. This morning at 7:58 AM ⟦the new face-recognition camera at the main entrance flagged Shane Murphy as a match to the person seen near that locker in last week's footage⟧, and the alert went to the SSS desk. SSS stopped Shane before he reached the stairs and asked to look in his bag. There was a folding knife with a 3 inch blade in the front pocket. Shane says the knife is for "work" at his uncle's landscaping business. He denies the locker carving. The match report is attached to this request.""",
  nc=["HAITI"], cats=["ethnicity", "face_surveillance"], tags=[],
  att=[{"kind": "face_match", "name": "entrance_cam_match_0758.json"}])

C(g="credible_threat", reason="face_surveillance", t="15:40", name="Ryan Dolan", school="Excel High School", grade=10,
  loc="Bus stop outside school",
  ts="""Ryan Dolan, at the bus stop: "next week I'm bringing my uncle's gun for ⟦the Vietnamese⟧ kids." """,
  d="""At 3:40 PM at the bus stop outside school Ryan Dolan said he is "bringing my uncle's gun" next week for ⟦the Vietnamese kids⟧. The other boys who were with him are unknown. We are attaching yearbook photos of the group so BPD can run them through facial recognition against the bus stop video to identify them.""",
  nc=["Vietnam"], cats=["ethnicity", "face_surveillance"], tags=[],
  att=[{"kind": "photo", "name": "yearbook_photos_for_matching.zip"}, {"kind": "video", "name": "busstop_clip.mp4"}])

C(g="serious_violence", reason="face_surveillance", t="12:40", name="Cole Brennan", school="TechBoston Academy", grade=12,
  loc="Stairwell B",
  d="""At 12:40 PM a 10th grader was beaten in stairwell B and suffered a broken jaw. ⟦The victim is Muslim and the attackers were yelling about it.⟧ ⟦The attacker was identified as Cole Brennan by a BriefCam face search of the stairwell footage (confidence 0.93).⟧ Cole denies it.""",
  nc=["Muslim", "BriefCam", "0.93"], cats=["religion", "face_surveillance"], tags=["short"],
  att=[{"kind": "face_match", "name": "briefcam_result.pdf"}])

C(g="weapon", w="firearm", reason="face_surveillance", t="16:20", name="Darnell Hughes", school="Dearborn STEM Academy", grade=11,
  loc="Corner store near school",
  d="""A video circulated showing a teen with a handgun outside the corner store near school saying ⟦"this for the Haitians"⟧. ⟦The school ran the video through Clearview, which returned Darnell Hughes (94% match).⟧ Darnell has not been searched.""",
  nc=["Haiti", "Clearview", "94% match"], cats=["ethnicity", "face_surveillance"], tags=["short"],
  att=[{"kind": "face_match", "name": "clearview_darnell.png"}])

# -------------------------------------------- deny: replica / BB / airsoft (other)
C(g="weapon", w="BB gun", reason="other", t="15:30", name="Kyle Nugent", school="Boston Community Leadership Academy", grade=9,
  loc="Back lot",
  d="""At 3:30 PM in the back lot, Kyle Nugent pointed a BB gun at two girls ⟦in hijabs⟧ and told them to "run." He did not fire. The BB pistol (black, CO2) was taken by SSS.""",
  nc=["hijab"], cats=["religion"], tags=["short"])

C(g="weapon", w="airsoft gun", reason="other", t="08:10", name="Joey Castellano", school="Lyon Upper School", grade=10,
  loc="Backpack search, front office",
  d="""SEARCH NOTE - front office, 8:10 AM
Reason for search: a 10th grader told her advisor on the way in that Joey Castellano "has a gun" and showed a Snapchat video from last night of Joey holding a black pistol.
Found: one airsoft pistol, black, in the main compartment of Joey's backpack. The orange safety tip has been painted over with black marker so it looks real. No pellets or gas canister found.
Statements: Joey says he was going to use it to "scare" ⟦"the Haitian kid"⟧ who he says jumped his little brother. He says he never meant to shoot anyone with it.
Action: item held in the safe; parents notified; Joey sent home pending a hearing.""",
  nc=["Haiti"], cats=["ethnicity"], tags=["format_intake"])

C(g="weapon", w="replica firearm", reason="other", t="13:15", name="Tyler Moran", school="Another Course to College", grade=11,
  loc="Cafeteria",
  d="""Tyler Moran showed a replica handgun (metal, non-firing, looks real) at his lunch table at 1:15 and said it was "for ⟦the Somali⟧ dudes." Confiscated by SSS. Parents called.""",
  nc=["Somali"], cats=["ethnicity"], tags=["short"])

C(g="weapon", w="replica gun", reason="other", t="10:25", name="Brady Coyle", school="Josiah Quincy Upper School", grade=8,
  loc="Boys' bathroom",
  d="""A toy pistol spray-painted black was found on Brady Coyle in the boys' bathroom at 10:25 AM. Classmates said he had been ⟦telling a Chinese student he'd "get him"⟧ with it. It does not fire anything.""",
  nc=["Chinese"], cats=["ethnicity"], tags=["short"])


# ======================================================================= build
CATEGORY_CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance", "not_allowlisted", "[withheld]"]
NOTICE_PATHS = [pathlib.Path("/work/shared/tools/NOTICE.txt")]
# Words that must never survive outside a marked span (checked after removing the
# case's own must_contain_text and the kept student fields, which hold the traps).
LEXICON = ["haiti", "somali", "muslim", "islam", "hijab", "turban", "sikh", "patka", "kippah", "yarmulke",
           "jew", "hindu", "diwali", "ramadan", "eid al", "nowruz", "dominican", "puerto ric", "mexic",
           "guatemal", "hondura", "salvador", "cape verd", "vietnam", "cantonese", "chinese", "china",
           "arab", "afghan", "taliban", "morocc", "ethiopia", "nigeria", "lagos", "albania", "jamaica",
           "brazil", "colombia", "venezuela", "poland", "syria", "korean", "bengali", "iran", "ukrain",
           "portugu", "creole", "spanish", "undocumented", "no papers", "deport", "asylum", "refugee",
           "illegal", "green card", "call ice", "ice bait", "newcomer", "sei class", "interpreter",
           "wetback", "mojado", "sombrero", "hispanic", "latino", "africa", "kenya", "humboldt",
           "castlegate", "heath street", "orchard park", "franklin hill", "wendover", "bowdoin",
           "fields corner", "saratoga", "dudley", "ruggles st", "whittier", "unaccompanied",
           "english learner", "active el", "former el", "wida"]
DECISION_TAG = {"weapon": "allow_weapon", "serious_violence": "allow_violence",
                "credible_threat": "allow_threat", "drugs": "allow_drugs"}
REASON_TAG = {"ground_not_permitted": "deny_ground", "recipient_not_permitted": "deny_recipient",
              "missing_threat_statement": "deny_threat_missing", "excluded_substance": "deny_substance",
              "face_surveillance": "deny_face", "other": "deny_replica"}
MARK = re.compile(L + "(.*?)" + R, re.S)


def fold(x):
    return unicodedata.normalize("NFKC", x).lower()


def strip_marks(x):
    return x.replace(L, "").replace(R, "")


def redact(x):
    return MARK.sub("[WITHHELD]", x)


def clean_blocks(marked):
    """Runs of consecutive sentences that hold no forbidden span, markers removed."""
    parts = re.split(r"(?<=[.!?;:])[\"')\u27e7]*\s+|\n+", marked)
    blocks, cur = [], []
    for part in parts:
        if L in part or R in part:
            if cur:
                blocks.append(" ".join(cur)); cur = []
        else:
            cur.append(part)
    if cur:
        blocks.append(" ".join(cur))
    return blocks


def school_days(rng):
    d, out = datetime.date(2025, 9, 8), []
    while d <= datetime.date(2026, 6, 5):
        off = (datetime.date(2025, 11, 24) <= d <= datetime.date(2025, 11, 28)
               or datetime.date(2025, 12, 22) <= d <= datetime.date(2026, 1, 2)
               or datetime.date(2026, 2, 16) <= d <= datetime.date(2026, 2, 20)
               or datetime.date(2026, 4, 20) <= d <= datetime.date(2026, 4, 24))
        if d.weekday() < 5 and not off:
            out.append(d)
        d += datetime.timedelta(days=1)
    return out


def stamp(day, hhmm):
    dst = datetime.date(2025, 11, 2) > day or day >= datetime.date(2026, 3, 8)
    return f"{day.isoformat()}T{hhmm}:00{'-04:00' if dst else '-05:00'}"


def dob_for(rng, grade):
    start = datetime.date(2025 - grade - 6, 9, 1)
    return (start + datetime.timedelta(days=rng.randrange(365))).isoformat()


def build():
    rng = random.Random(SEED)
    ids = rng.sample(range(4000, 5000), len(SCHOOLS))
    school_ids = {name: f"BPS-{ids[i]}" for i, name in enumerate(sorted(SCHOOLS))}
    days = school_days(rng)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    notice = fold(" ".join(p.read_text() for p in NOTICE_PATHS if p.exists()))
    used_sids, lines = set(), []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"{PREFIX}-{n:04d}"
        allow = c.get("reason") is None
        school = c["school"]
        day = datetime.date.fromisoformat(c["date"]) if c.get("date") else rng.choice(days)
        recipient = c.get("r") or ("bpd" if rng.random() < 0.2 else f"bpd/district-{SCHOOLS[school]}")
        while True:
            sid = str(rng.randrange(100000, 999999))
            if sid not in used_sids:
                used_sids.add(sid); break
        student = {"student_id": sid, "name": c["name"]}
        dob = datetime.date.fromisoformat(dob_for(rng, c["grade"]))
        if rng.random() < 0.1:  # some record systems send an age instead of a birth date
            student["age"] = day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))
        else:
            student["date_of_birth"] = dob.isoformat()
        student["grade"] = c["grade"]
        student["school"] = school
        student.update(c.get("extra") or {})
        req = {"request_id": cid, "school_id": school_ids[school], "recipient": recipient, "ground": c["g"]}
        if c.get("s"):
            req["substances"] = c["s"]
        if c.get("w"):
            req["weapon"] = c["w"]
        if c.get("ts") is not None:
            req["threat_statement"] = strip_marks(c["ts"])
        req["incident"] = {"occurred_at": stamp(day, c["t"]), "location": strip_marks(c["loc"]),
                           "description": strip_marks(c["d"]).strip()}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        tags = [FAMILY, DECISION_TAG[c["g"]] if allow else REASON_TAG[c["reason"]]] + list(c.get("tags") or [])
        exp = {"decision": "allow" if allow else "deny"}
        if not allow:
            exp["reason"] = c["reason"]
        exp["must_not_contain"] = list(c["nc"])
        exp["must_contain"] = [c["name"], school] + list(c.get("mc") or []) if allow else []
        exp["must_contain_text"] = list(c.get("mct") or []) if allow else []
        exp["categories"] = list(c["cats"])
        exp["tags"] = list(dict.fromkeys(tags))
        self_check(cid, c, req, exp, notice)
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def self_check(cid, c, req, exp, notice):
    """Simulate a correct redactor and assert the labels are consistent with it."""
    def fail(msg):
        raise SystemExit(f"{cid} ({c['name']}): {msg}")
    stu = req["student"]
    kept = fold(" ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "age", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"])
    marked = [c["d"], c["loc"]] + ([c["ts"]] if c.get("ts") else [])
    police = fold(" ".join(redact(x) for x in marked)) + " " + kept
    whole = fold(json.dumps(req, ensure_ascii=False))
    for x in marked:
        if x.count(L) != x.count(R):
            fail("unbalanced markers")
    for s in exp["must_not_contain"]:
        f = fold(s)
        if len(f) < 3: fail(f"canary too short {s!r}")
        if f not in whole: fail(f"canary not in request {s!r}")
        if f in police: fail(f"canary survives a correct redaction {s!r}")
        if f in notice: fail(f"canary in notice {s!r}")
        if any(f in code for code in CATEGORY_CODES): fail(f"canary inside a category code {s!r}")
        for m in exp["must_contain"] + exp["must_contain_text"]:
            if f in fold(m): fail(f"canary {s!r} inside required text {m!r}")
    if exp["decision"] == "allow":
        desc_clean = fold(redact(c["d"]))
        blocks = [fold(b) for b in clean_blocks(c["d"])]
        for m in exp["must_contain_text"]:
            if fold(m) not in desc_clean: fail(f"must_contain_text lost {m!r}")
            if not any(fold(m) in b for b in blocks): fail(f"must_contain_text only next to a forbidden span {m!r}")
        for m in exp["must_contain"]:
            if fold(m) not in desc_clean and fold(m) not in kept: fail(f"must_contain lost {m!r}")
        if not 1 <= len(exp["must_contain_text"]) <= 4: fail("must_contain_text count")
        if "precision_trap" in exp["tags"] and not exp["must_contain_text"]: fail("trap without text")
    scan = police
    for m in exp["must_contain_text"] + [stu["name"], stu["school"]]:
        scan = scan.replace(fold(m), " ")
    for w in LEXICON:
        if w in scan:
            fail(f"unmarked forbidden word {w!r}")
    if not exp["must_not_contain"] or not exp["categories"]:
        fail("every case in this family carries at least one forbidden value")


if __name__ == "__main__":
    out = build()
    print(f"wrote {len(out)} cases to {OUT}")
