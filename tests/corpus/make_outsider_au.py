#!/usr/bin/env python3
"""Outsider corpus AU: THE REPORT WRITTEN LIKE A POLICE FORM.

Family
------
Boston Public Schools safety specialists, former police officers now on school staff and
assistant principals who borrow their habits write incident reports the way a cruiser
report is written: CAD-style time-stamped entries with unit numbers and 10-codes, radio
transcripts, BOLO / suspect-description blocks (sex/race codes such as "B/M", "H/F",
"A/M", height, weight, hair, clothing), field-interview (FIO) cards with "POB",
"Citizenship", "Lang", "Address", "Alias", "Affiliation", "Tattoos" lines, property and
evidence logs, chain-of-custody sheets, witness summary sheets, Q/A interview
transcripts, threat-assessment summaries and the odd text message to a liaison officer.
The habits of the form drag in exactly what the police copy may not carry: race codes,
place of birth, citizenship, home language and interpreter use, home address, an alias or
tattoo that names a crew, a crew affiliation, religion.

Labelling notes
---------------
* Decisions follow RULES.md only: grounds (weapon, serious_violence, credible_threat with
  a written threat_statement, drugs with at least one non-excluded substance), recipient
  (bpd and its district units only), face surveillance (deny outright).  Replica, BB and
  airsoft guns are labelled deny with reason "other" (they need a named approver's
  determination the request does not carry).
* must_not_contain holds the shortest value that reveals a forbidden fact ("B/M",
  "Puebla", "Walnut Ave", "02119", "Kilmer Tre", "interpreter"), never a form label
  ("POB", "Lang", "Citizenship") and never a substring of a category code or of a
  student-record key name (those legitimately appear in the redaction list).
* must_contain is the student's name, the school and one key incident fact (the weapon,
  the drug, the injury); must_contain_text are 1-3 incident facts from the description,
  each written in its own line, sentence or clause away from any forbidden value, so a
  correct span redactor never has to cut into them.  The suspect description police need
  (height, build, hair, clothing) is kept on a line of its own, apart from the race code.
* Precision traps (tag "precision_trap", roughly a third of the cases) are words that look
  like forbidden categories but are incident facts: a "Mass Ave" corner, a "Dodge Durango",
  a "Celtics jacket", "Fighting Irish" shirt, "Boston Latin" hoodie, "Latin Academy",
  "Code 99", "Badge 0419", "Chinatown station", "Nubian Square busway", "Cambridge St",
  "French class", "English class", a "Swiss Army knife", a "Cuban link chain", a "crew neck
  sweatshirt", "left temple", "Mass General", a "Visa gift card", an "Alienware laptop",
  "Black History Month assembly", "Holy Cross sweatshirt", a "Crown Royal" bag, "short afro".
  They are listed in must_contain_text.
* Deterministic: fixed seed for student ids, school ids and dates of birth; everything else
  is written out by hand below.  Run:  python3 make_outsider_au.py
"""
import datetime as _dt
import json
import pathlib
import random
import unicodedata

SEED = 20260417
PREFIX = "OAU"
FAMILY = "police_form"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_au.jsonl"

CATEGORY_CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance", "not_allowlisted"]

CASES = []


def case(**kw):
    CASES.append(kw)


# --------------------------------------------------------------------------------------------
# 1
case(school="Snowden International School", name="Marquise Holloway", grade=11,
     r="bpd/district-d4", g="weapon", w="folding knife", at="2025-10-07 09:08",
     loc="Snowden International School, 2nd floor student lounge / AP office", fmt="cad_log",
     extra={"homeroom": "214"},
     d="""CAD #25-118204 / BPS Safety Services / Snowden Intl
0908 Unit 12 (SSS Rourke) advised by front desk: peer reports student w/ knife, 2nd fl student lounge
0911 Unit 12 and Unit 3 w/ S-1, escorted to AP office
0914 Bag search per SAF-02, AP Dunleavy present. Recovered 1 folding knife, black handle, approx 4 in. blade, front pocket of backpack
0915 S-1: {LAST}, {FIRST}  DOB {dob}  Gr {grade}
0915 Race/Sex: B/M
0916 S-1 stated he bought the knife at a smoke shop near the corner of Mass Ave and Boylston last week. No threats made, no one hurt.
0921 Knife tagged 25-0441, evidence locker #3
0925 SIS addr: 88 Walnut Ave Apt 3, 02119
0930 Mother notified by phone
0944 Unit 12 clear, written report to follow""",
     dec="allow", key="folding knife", mnc=["B/M", "Walnut Ave", "02119"],
     mct=["black handle", "Mass Ave and Boylston", "evidence locker #3"],
     cats=["ethnicity", "neighborhood"], tags=["allow_weapon"], trap=True)

# 2
case(school="Brighton High School", name="Bianca Souza", grade=10,
     r="bpd/district-d14", g="drugs", s=["THC gummies"], at="2025-11-18 10:40",
     loc="Brighton High School, 2nd floor lockers", fmt="evidence_log",
     d="""PROPERTY / EVIDENCE LOG - BHS Safety Office
Item 1: (1) resealable pouch, 6 gummy candies, label "Delta Hi 500mg THC". Recovered from S-1 locker #1147 at 1040 hrs.
Item 2: (1) Apple iPhone, black case. Returned to S-1 at dismissal.
Recovered by: SSS Okafor #217   Witness: AP Greer
Notes: S-1 admitted the gummies were hers and said she was going to sell them at lunch for $5 each. No other substances located. Family contacted through a Portuguese interpreter (district line).""",
     dec="deny", reason="excluded_substance", mnc=["Portuguese", "interpreter"],
     cats=["language"], tags=["deny_substance"])

# 3
case(school="Jeremiah E. Burke High School", name="Tyrese Whitfield", grade=12,
     r="bpd/district-b3", g="drugs", s=["fentanyl"], at="2026-01-22 13:22",
     loc="Jeremiah E. Burke High School, rear lot by the gym doors", fmt="fio_card",
     d="""FIELD INTERVIEW / OBSERVATION REPORT (FIO)
Date/Time: {date} 1322 hrs    Loc: Burke HS, rear lot by the gym doors
Subject: {LAST}, {FIRST}    DOB: {dob}    Grade: {grade}
Ht: 5-11   Wt: 150   Build: thin   Hair: short braids
Clothing: tan Carhartt jacket, gray sweatpants, white AF1s
Affiliation: Fayston St (documented)
Vehicle: none
Circumstances: SSS L. Grant observed S-1 hand a small item to another student (J.M., Gr 10) behind the gym during lunch. When SSS Grant approached, S-1 dropped a folded envelope. The envelope held 11 glassine bags stamped "BATMAN" containing a tan powder. BPD Ofc. Tran #1632 arrived 1341 and field-tested one bag: presumptive positive for fentanyl.
Disposition: Envelope and contents turned over to Ofc. Tran. S-1 held in main office, mother notified 1350. J.M. released to AP.""",
     dec="allow", key="fentanyl", mnc=["Fayston", "(documented)"],
     mct=["tan Carhartt jacket", "11 glassine bags", "field-tested one bag"],
     cats=["gang_affiliation"], tags=["allow_drugs"])

# 4
case(school="Madison Park Technical Vocational High School", name="Anthony Delgado", grade=11,
     r="bric", g="weapon", w="fixed-blade knife", at="2025-12-03 09:50",
     loc="Madison Park TVHS, auto shop", fmt="email_memo",
     d="""To: BRIC analyst desk
From: J. Costa, Safety Specialist, Madison Park TVHS
Re: knife recovered, auto shop
S-1: {LAST}, {FIRST}  DOB {dob}
H/M, 5-9, 170 lbs, stocky, high fade, black Adidas track jacket
Home lang: Spanish / ELL level 2
At 0950 the auto shop instructor found a 6-inch fixed-blade knife in S-1's tool drawer. S-1 says he uses it to cut zip ties. No threats reported.
Several of his known associates are already in your system as Academy Homes. Please cross-reference S-1 and advise.""",
     dec="deny", reason="recipient_not_permitted", mnc=["H/M", "Spanish", "ELL level", "Academy Homes"],
     cats=["ethnicity", "language", "gang_affiliation"], tags=["deny_recipient"])

# 5
case(school="East Boston High School", name="Bryan Aguilar", grade=10,
     r="bpd/district-a7", g="serious_violence", w="kitchen knife", at="2025-10-15 11:42",
     loc="East Boston High School, cafeteria", fmt="narrative",
     d="""NARRATIVE
On the above date R/O (SSS P. Ferreira #3307) was assigned to the cafeteria for B lunch. At approx 1142 hrs R/O observed S-1 and V-1 in a verbal argument near the vending machines. S-1 removed a small kitchen knife from his waistband and struck V-1 twice in the left upper arm. R/O and SSS Morales separated the two; S-1 dropped the knife and R/O secured it.
V-1 was treated by Nurse Abreu and transported by BEMS to MGH with two puncture wounds that required stitches.
S-1 description at time of incident: green Celtics jacket, black jeans, 5'7, medium build, short curly hair.
S-1 is an EL student (Spanish); interpreter used: Y.
S-1 stated V-1 "keeps following my sister after school."
V-1 recently arrived from El Salvador per his counselor.
Knife: wooden handle, approx 5 in. blade, logged as item 25-EB-019.""",
     dec="allow", key="kitchen knife",
     mnc=["EL student", "Spanish", "interpreter", "El Salvador", "recently arrived"],
     mct=["Celtics jacket", "left upper arm", "two puncture wounds"],
     cats=["language", "national_origin"], tags=["allow_violence"], trap=True)

# 6
case(school="Charlestown High School", name="Liam Keane", grade=9,
     r="bpd/district-a15", g="drugs", s=["nicotine vape", "nicotine pouches"], at="2026-02-10 13:15",
     loc="Charlestown High School, 1st floor boys' lavatory", fmt="shift_log",
     d="""Shift log - SSS Dwyer - CHS
1315 Checked 1st fl boys lav after vape detector alert. S-1 exiting stall.
1317 S-1 turned over 1 disposable vape (Elf Bar, watermelon, nicotine 5%) and a tin of Zyn 6mg pouches from hoodie pocket.
1320 Items confiscated, AP Sullivan notified.
1330 S-1 stated "everybody does it, it's just nic."
1335 Note: SIS alert lists S-1 as a Bunker Hill Mafia associate (district liaison entry 2024).
1340 S-1 returned to class, parent call by AP.""",
     dec="deny", reason="excluded_substance", mnc=["Bunker Hill Mafia"],
     cats=["gang_affiliation"], tags=["deny_substance"])

# 7
case(school="Excel High School", name="Kevin Ortega", grade=10,
     r="bpd/district-c6", g="weapon", w="handgun", at="2026-03-12 12:55",
     loc="Excel High School, Rm 207", fmt="bolo",
     d="""BOLO - ARMED STUDENT - 1310 HRS
Unit 2 to all units. BPD C-6 notified via 911 at 1306.
S-1: {LAST}, {FIRST}  DOB {dob}
H/M
Ht 5'6  Wt 140  Build thin  Hair short, black, line shaved on left side
LSW: red Champion hoodie, gray joggers, black slides, black Jansport backpack
POB: Puebla, Mexico
Last seen 1304 running out the Dorchester St exit toward a gray Dodge Durango, partial MA plate 3KX.
Details: At 1255 a teacher saw the grip of a black handgun in S-1's open backpack in Rm 207. When SSS approached, S-1 ran. Consider armed. Do not approach alone.
1342 UPDATE: S-1 located by BPD C-6 in the Durango at Broadway and E St. Handgun (Glock 19, loaded, 9 rds) recovered from the backpack. BOLO cancelled.""",
     dec="allow", key="handgun", mnc=["H/M", "Puebla", "Mexico"],
     mct=["gray Dodge Durango", "red Champion hoodie", "Dorchester St exit"],
     cats=["ethnicity", "national_origin"], tags=["allow_weapon"], trap=True)

# 8
case(school="Mario Umana Academy", name="Wilmer Castillo", grade=8,
     r="bpd/district-a7", g="records_check", at="2025-09-30 11:00",
     loc="Mario Umana Academy, main office", fmt="records_request",
     d="""REQUEST FOR RECORDS CHECK
Requesting school: Mario Umana Academy
Subject: {LAST}, {FIRST}  DOB {dob}  Gr {grade}
Citizenship: Honduras (per enrollment packet)
Father told the front office they "don't have papers yet."
Reason for request: S-1 has been absent 19 days this term and was seen with older males on Bennington St during school hours. Please run S-1 and the father through NCIC and advise whether the family is undocumented, so we know whether to involve DCF or whether they will move again.""",
     dec="deny", reason="ground_not_permitted", mnc=["Honduras", "have papers", "undocumented"],
     cats=["immigration_status", "national_origin"], tags=["deny_ground", "status_check"])

# 9
case(school="John D. O'Bryant School of Mathematics & Science", name="Dante Robinson", grade=11,
     r="bpd/district-b2", g="drugs", s=["counterfeit oxycodone (M30)"], at="2026-01-13 11:05",
     loc="O'Bryant, 3rd floor hallway outside Rm 318", fmt="evidence_log",
     extra={"religion": "Muslim", "race_ethnicity": "B - Black/African American"},
     d="""EVIDENCE / PROPERTY RECEIPT
Case: 26-0117   Date: {date}   Time: 1105
Recovered from: {FIRST} {LAST}, Gr {grade}
ITEM 1 - blue round pills stamped "M" / "30", qty 14, in a folded dollar bill, L front pants pocket
ITEM 2 - $212 cash, mixed bills
ITEM 3 - Samsung phone, cracked screen (returned to parent)
Recovered by: Safety Specialist D. Mahoney, Badge 0419, AP Kwon present
Circumstances: Another student told AP Kwon that S-1 was "selling percs" in the 3rd floor boys' room. S-1 was located in the hallway outside Rm 318, wearing a gray Boston Latin hoodie, and consented to a check of his outer pockets. Nurse confirms no prescription on file. Pills believed counterfeit oxycodone (possible fentanyl press).
Chain of custody: Mahoney -> BPD B-2 Ofc. Ruiz #2281 at 1212.""",
     dec="allow", key="counterfeit oxycodone", mnc=["Muslim", "African American"],
     mct=["gray Boston Latin hoodie", "qty 14", "Badge 0419"],
     cats=["religion", "ethnicity"], tags=["allow_drugs"], trap=True)

# 10
case(school="Dorchester Academy", name="Jamal Ricketts", grade=10,
     r="bpd/district-c11", g="credible_threat", at="2025-11-05 08:17",
     loc="Dorchester Academy, main stairwell", fmt="radio_log",
     t="""On {date} at approx 0817 on the main stairwell S-1 told V-1 "tomorrow I'm bringing the strap, you're done," heard by two witnesses. The night before, S-1 posted a Snapchat story showing a handgun on a bed tagged with V-1's handle. S-1 is a suspected Greenwood 50 member.""",
     d="""Radio log, Ch. 2 (transcribed by SSS Kelleher)
0817 Unit 6: "Base, Unit 6, I'm 10-97 main stairwell, verbal threat, student to student."
0818 Base: "10-4, AP en route."
0822 Unit 6: "S-1 with the AP, V-1 to the nurse for a check, no injuries. S-1 is wearing a black North Face puffer, gray sweats."
0830 Base: "Code 99 cancelled, all units resume."
Narrative: V-1 stated S-1 told him "tomorrow I'm bringing the strap, you're done." Two witnesses (W-1, W-2) heard the same words. V-1 showed R/O a Snapchat story S-1 posted last night: a handgun on a bed, captioned with V-1's handle and "pull up." """,
     dec="allow", key="strap", mnc=["Greenwood 50"],
     mct=["Code 99 cancelled", "black North Face puffer", "main stairwell"],
     cats=["gang_affiliation"], tags=["allow_threat"], trap=True)

# 11
case(school="Boston Community Leadership Academy", name="Aaliyah Greene", grade=10,
     r="bpd/district-e18", g="fight", at="2025-12-02 11:48",
     loc="BCLA cafeteria", fmt="incident_card",
     d="""INCIDENT CARD 25-1187
Type: Fight (mutual)   Loc: cafeteria, B lunch   Time: 1148
Injuries: none; ice pack to V-1's L cheek
S-1: B/F, Gr {grade}, gray hoodie
S-2: H/F, Gr 10, pink puffer
Both suspended 2 days per Code of Conduct. Forwarding for awareness.""",
     dec="deny", reason="ground_not_permitted", mnc=["B/F", "H/F"],
     cats=["ethnicity"], tags=["deny_ground"])

# 12
case(school="TechBoston Academy", name="Rashad Coleman", grade=11,
     r="bpd/district-c11", g="weapon", w="brass knuckles", at="2025-10-22 14:10",
     loc="TechBoston Academy, Peacevale Rd side exit", fmt="fio_card",
     d="""FIO CARD - TBA SAFETY
Stop date/time: {date} / 1410 | Location: TechBoston, Peacevale Rd side exit
Reason for stop: staff report of student showing metal knuckles to peers at dismissal
Name: {LAST}, {FIRST}   DOB: {dob}   Gr: {grade}
Sex: M   Ht: 5-8   Wt: 145   Hair: high top
Clothing: navy Nautica windbreaker, black cargo pants, gray New Balance
Scars/Marks/Tattoos:
  - "RIP Nana 2019" L forearm
  - crown over "KTB", R hand (Kilmer Tre)
Items: 1 set brass knuckles, gold color, found in windbreaker R pocket; 1 iPhone
Results: S-1 stated he found the knuckles "in the park." No injuries, no threats made. Knuckles logged #TBA-26-07, S-1 to AP, parent notified.""",
     dec="allow", key="brass knuckles", mnc=["KTB", "Kilmer Tre"],
     mct=["RIP Nana 2019", "navy Nautica windbreaker", "gold color"],
     cats=["gang_affiliation"], tags=["allow_weapon"], trap=True)

# 13
case(school="New Mission High School", name="Marcus Fontes", grade=12,
     r="bpd/district-e18", g="drugs", s=["cocaine", "marijuana"], at="2026-04-02 12:30",
     loc="New Mission High School, hallway by Rm 115", fmt="search_log",
     d="""PROPERTY LOG / SEARCH OF PERSON - New Mission HS
Time of search: 1230   Searched by: Safety Specialist R. Dacey, witness AP Mensah
Reason: teacher observed S-1 passing small bags in the hallway by Rm 115; S-1 consented to a search of his backpack.
#1  (7) small knotted plastic baggies, white powder (suspected cocaine), inside a black Knights Pop Warner jacket, inner zip pocket
#2  (1) bag green plant material, approx 3.5 g (suspected marijuana)
#3  digital scale, silver
#4  $140 USD
Subject info: {LAST}, {FIRST}  Gr {grade}  DOB {dob}
Lang: Cape Verdean Creole (home); parent contacted via district interpreter line
All items bagged and sealed, custody to BPD E-18 Ofc. Lyons #1450 at 1335.""",
     dec="allow", key="cocaine", mnc=["Cape Verdean", "Creole", "interpreter"],
     mct=["Knights Pop Warner jacket", "digital scale", "Rm 115"],
     cats=["language"], tags=["allow_drugs"], trap=True)

# 14
case(school="Boston Latin School", name="Connor Walsh", grade=11,
     r="bpd/district-d4", g="drugs", s=["alcohol"], at="2026-02-27 20:40",
     loc="Boston Latin School cafeteria, winter semi-formal", fmt="cad_log",
     extra={"citizenship": "Brazil", "pob": "Belo Horizonte"},
     d="""Winter semi-formal, BLS cafeteria
2040 Chaperone (Mr. Adeyemi) flagged S-1 stumbling near coat check.
2043 SSS Hurley w/ S-1; odor of alcoholic bev., slurred speech
2045 Two empty 50 ml Fireball nips + 1 full in S-1's coat pocket
2050 Nurse eval: alert, no transport needed
2105 Father picked up S-1""",
     dec="deny", reason="excluded_substance", mnc=["Brazil", "Belo Horizonte"],
     cats=["immigration_status", "national_origin"], tags=["deny_substance"])

# 15
case(school="Community Academy of Science and Health", name="Devonte Mills", grade=11,
     r="bpd/district-c11", g="serious_violence", at="2025-12-11 15:05",
     loc="CASH, east stairwell between 2nd and 3rd floors", fmt="incident_summary",
     d="""INCIDENT TYPE: Sexual assault (indecent A&B, reported) - Priority
REPORTING PARTY: V-1 (female, Gr 10) via school counselor at 1520
SUSPECT: S-1 {LAST}, {FIRST}, Gr {grade}, DOB {dob}
SUMMARY: V-1 reported to Counselor Byrne that at approx 1505, in the stairwell between the 2nd and 3rd floors (east side), S-1 pinned her against the wall, put his hand under her shirt and tried to pull down her leggings while she told him to stop. Footsteps of a staff member on the stairs made S-1 leave. V-1 has a visible scratch on her neck and bruising on her left wrist, photographed by the nurse.
V-1 and her mother are asylum seekers and asked that a Haitian Creole interpreter be present for any police interview.
ACTIONS: S-1 separated and held in the Dean's office; SANE referral made; Title IX coordinator notified. Camera footage of the east stairwell door preserved (1455-1515).
1540 Interview of S-1 by AP Halloran with SSS Rice present: S-1 states V-1 "was playing" and that he "didn't do nothing she didn't want." S-1 wearing a black Nike windbreaker and gray sweatpants at time of interview; small fresh scratch on the back of his right hand, photographed.
1555 S-1's mother notified by phone; she is en route.
1610 V-1 requested a female officer.
Note for responding unit: two students (W-1, W-2, both Gr 10) were on the 3rd floor landing at approx 1507 and saw S-1 come down the stairs "fast." Their written statements are in the Dean's office.""",
     dec="allow", key="left wrist", mnc=["asylum", "Haitian", "Creole", "interpreter"],
     mct=["scratch on her neck", "Title IX coordinator notified", "1455-1515"],
     cats=["immigration_status", "ethnicity", "language"], tags=["allow_violence"])

# 16
case(school="Boston Arts Academy", name="Isaiah Grant", grade=12,
     r="bpd/district-d4", g="weapon", w="folding knife", at="2025-11-04 07:30",
     loc="Boston Arts Academy, lobby / Rm 3-210", fmt="cad_log",
     att=[{"kind": "face_match", "name": "BriefCam_FR_hit_1104.pdf"}],
     d="""0730 Lobby camera clip reviewed by Safety Coordinator Nolan after report of a student with a knife on the Ipswich St sidewalk.
0742 Ran the still through the vendor's face recognition module: match score 0.94 to S-1 yearbook photo.
0750 S-1 located in Rm 3-210; folding knife recovered from jacket. Sending FR result and still image with this request.""",
     dec="deny", reason="face_surveillance", mnc=["0.94"],
     cats=["face_surveillance"], tags=["deny_face"])

# 17
case(school="Fenway High School", name="Nia Battle", grade=9,
     r="bpd/district-b2", g="weapon", w="pepper spray", at="2025-10-02 10:20",
     loc="Fenway High School, 2nd floor hallway", fmt="short_log",
     d="""1020 hrs 2nd fl hallway. S-1 discharged pepper spray (pink keychain canister, Sabre brand) at another student during an argument. V-1 and 2 bystanders had eyes flushed by nurse, no transport. Canister recovered, tagged F-25-11.""",
     dec="allow", key="pepper spray", mnc=[],
     mct=["pink keychain canister", "eyes flushed by nurse"],
     cats=[], tags=["allow_weapon", "clean"])

# 18
case(school="Boston Green Academy", name="Owen Fitzgerald", grade=10,
     r="bpd/district-d14", g="credible_threat", at="2026-03-18 09:35",
     loc="Boston Green Academy, Rm 204 and locker #212", fmt="incident_summary",
     t="""At 0935 S-1 told two classmates in Rm 204 that he "put something in his locker that's gonna blow this place up at 12," and posted the same words in a class group chat with a photo of wires taped to a short metal pipe. Locker #212 held wires and an empty pipe section.""",
     d="""INCIDENT TYPE: Threat - explosive (verbal + electronic)
PRIORITY: 1
R/P: Mr. Kaplan (science), Rm 204
S-1: {LAST}, {FIRST}  DOB {dob}  Gr {grade}
Desc: 5-10, thin, red hair, navy Fighting Irish t-shirt, khaki pants
Address: 14 Ronald St Apt 2, Brighton 02135 (verify)
NARRATIVE: R/P reported at 0938 that two students told him S-1 said he "put something in his locker that's gonna blow this place up at 12." The same message, with a picture of wires taped to a short metal pipe, was posted in a class group chat (screenshots attached). Building evacuated to the rear field at 0950 per protocol; BPD bomb squad checked locker #212 and found a bag of wires and an empty pipe section, no explosive material. S-1 held in Rm 101 with AP Lowe. Father notified 1005.""",
     att=[{"kind": "document", "name": "group_chat_screenshots.pdf"}],
     dec="allow", key="bomb squad", mnc=["Ronald St", "Brighton", "02135"],
     mct=["Fighting Irish t-shirt", "locker #212", "red hair"],
     cats=["neighborhood"], tags=["allow_threat"], trap=True)

# 19
case(school="Charlestown High School", name="Yeferson Lopez", grade=11,
     r="ice/ero-boston", g="drugs", s=["fentanyl"], at="2025-11-12 11:10",
     loc="Charlestown High School, 3rd floor bathroom", fmt="email_memo",
     extra={"citizenship": "Guatemala"},
     d="""Ref: request from ERO Boston (agent on file)
Subject: {LAST}, {FIRST}  DOB {dob}  Gr {grade}
1110 hrs: SSS found S-1 in the 3rd fl bathroom with 4 blue pills (suspected fentanyl-pressed M30s) in a cigarette pack.
Lang: K'iche', Spanish limited
Per enrollment: entered US 2024 as an unaccompanied minor, sponsor is an uncle.
Forwarding per your request.""",
     dec="deny", reason="recipient_not_permitted",
     mnc=["Guatemala", "K'iche", "Spanish limited", "unaccompanied minor", "entered US"],
     cats=["immigration_status", "national_origin", "language"], tags=["deny_recipient"])

# 20
case(school="Lilla G. Frederick Middle School", name="Jaylen Boone", grade=8,
     r="bpd/district-c11", g="weapon", w="stun gun", at="2025-11-20 12:05",
     loc="Frederick MS, boys' locker room", fmt="subject_property",
     d="""SUBJECT / PROPERTY
S-1 {LAST}, {FIRST}   Gr {grade}   DOB {dob}
Alias: "Baby Bowdoin" (Bowdoin Boyz)
Clothing: black Nike Tech fleece, gray sweats, black/red Jordan 1s
Property: 1 black handheld stun gun w/ flashlight, marked "50,000,000 V", charging cable
WHAT HAPPENED: 6th period PE. S-1 activated the stun gun in the locker room so it crackled and told other boys "who wants it." A teacher heard the noise. SSS Doyle recovered the device from S-1's gym bag at 1210. S-1 touched one student (R.T.) on the shoulder with it; R.T. has a small red mark, nurse checked, no transport.""",
     dec="allow", key="stun gun", mnc=["Bowdoin"],
     mct=["black Nike Tech fleece", "small red mark", "locker room"],
     cats=["gang_affiliation"], tags=["allow_weapon"])

# 21
case(school="Boston Latin Academy", name="Patrick Doherty", grade=11,
     r="bpd/district-b2", g="drugs", s=["alprazolam (Xanax)"], at="2026-01-29 10:15",
     loc="Boston Latin Academy, 2nd floor library carrels", fmt="offense_report",
     d="""OFFENSE: Poss. w/ intent to distribute (suspected alprazolam)
LOCATION: Boston Latin Academy, 2nd fl library carrels
REPORTING: Safety Specialist T. Brennan (ret. BPD, 22 yrs)
SUBJECT: {LAST}, {FIRST}  DOB {dob}  Grade {grade}
Sex: M  Race: W
Ht 6'0  Wt 175  Hair brown, curly  Eyes blue
Citizenship: dual US/Ireland
NARRATIVE: The librarian reported S-1 showing a pill bottle to two 9th graders. I located S-1 at the carrels and asked for the bottle; he produced an orange Rx bottle with the label torn off containing 22 white rectangular tablets imprinted "XANAX 2" (bars). S-1 stated he got them from a kid who doesn't go to Latin Academy and was selling them for $10 each. Nurse confirmed no prescription on file. Tablets bagged and tagged 26-BLA-004.""",
     dec="allow", key="XANAX", mnc=["Race: W", "Ireland"],
     mct=["22 white rectangular tablets", "Latin Academy", "Hair brown, curly"],
     cats=["ethnicity", "immigration_status"], tags=["allow_drugs"], trap=True)

# 22
case(school="English High School", name="Rolando Chavez", grade=12,
     r="dhs/hsi-boston", g="serious_violence", at="2026-01-08 13:20",
     loc="English High School courtyard", fmt="email_memo",
     d="""Forwarded per HSI task force request (TFO Dwyer).
{date} 1320 hrs, EHS courtyard: S-1 struck V-1 in the face with a glass bottle. V-1: fractured orbital bone, transported to Faulkner.
S-1 is a suspected MS-13 associate per BRIC list. Tattoos: devil horns on L hand.
POB: San Miguel, El Salvador.""",
     dec="deny", reason="recipient_not_permitted",
     mnc=["MS-13", "devil horns", "San Miguel", "El Salvador"],
     cats=["gang_affiliation", "national_origin"], tags=["deny_recipient"])

# 23
case(school="John W. McCormack Middle School", name="Kevin Huynh", grade=7,
     r="bpd/district-c11", g="weapon", w="box cutter", at="2025-12-16 13:40",
     loc="McCormack MS, Rm 118", fmt="incident_summary",
     d="""Incident summary - McCormack MS - Asst. Principal R. Dolan (fmr BPD, Area C)
1340: During French class (Rm 118) S-1 took a box cutter out of his pencil case and slid the blade in and out while staring at another boy, V-1, who had taken his seat at lunch. Teacher called for Safety.
1344: SSS Barros on scene, S-1 handed over the box cutter without incident. Blade approx 1 in. extended, retractable, yellow plastic body.
1350: No injuries. V-1 says S-1 said "watch after school." S-1 denies saying anything.
1420: Father came in. Interpreter used: Y (Vietnamese, via district line).""",
     dec="allow", key="box cutter", mnc=["Vietnamese", "Interpreter"],
     mct=["French class (Rm 118)", "yellow plastic body", "pencil case"],
     cats=["language"], tags=["allow_weapon"], trap=True)

# 24
case(school="Dearborn STEM Academy", name="Khalil Jefferson", grade=10,
     r="bpd/district-b2", g="gang_intelligence", at="2025-10-30 14:25",
     loc="Nubian Square busway", fmt="fio_card",
     d="""FIELD CONTACT - INTEL ONLY
S-1 observed at dismissal 1425 w/ 4 males at the busway, flashing hand signs. Affil: Ruggles Tre (self-admitted on IG). Known associates: D. Pina, T. "Smoke" Alves. No offense observed. Submitting for database entry.""",
     dec="deny", reason="ground_not_permitted", mnc=["Ruggles Tre"],
     cats=["gang_affiliation"], tags=["deny_ground"])

# 25
case(school="Washington Irving Middle School", name="Ethan Mercado", grade=8,
     r="bpd/district-e5", g="credible_threat", at="2026-02-05 11:20",
     loc="Washington Irving Middle School, Rm 212", fmt="shift_log",
     t="""A page titled "people who will get shot" listing 6 student names and the words "Friday 3rd period my dad's gun" was found on S-1's desk on {date}. The same morning S-1 told a classmate he knows the combination to his father's gun safe. The father confirmed a licensed handgun is kept at home.""",
     d="""DAY SHIFT NOTE - Irving MS - Safety Specialist G. Pappas
Item: hit list recovered, Rm 212
1120 Ms. Grady (ELA) found a loose notebook page on S-1's desk after the class left for lunch. Page titled "people who will get shot," 6 student names, and "Friday 3rd period my dad's gun."
1135 S-1 escorted from the cafeteria to the office. Calm. Stated "it was a joke, I was mad at them."
1140 S-1 wearing a purple Sacramento Kings cap (held per dress code).
1150 Counselor note in file: family is Jehovah's Witness, S-1 sits out the pledge.
1205 Father reached; confirms a licensed handgun is kept in a safe at home; says S-1 does not know the combination.
1215 BPD E-5 notified.""",
     dec="allow", key="hit list", mnc=["Jehovah"],
     mct=["Sacramento Kings cap", "loose notebook page", "Rm 212"],
     cats=["religion"], tags=["allow_threat"], trap=True)

# 26
case(school="Young Achievers Science and Mathematics Pilot School", name="Destiny Moore", grade=8,
     r="bpd/district-b3", g="drugs", s=["THC cartridge"], at="2026-01-20 10:02",
     loc="Young Achievers, 2nd floor girls' room", fmt="cad_log",
     d="""CAD 26-004417
1002 SSS #12: odor, 2F girls rm
1005 S-1 exiting w/ dab pen, cart labeled "Cake" 1g
1010 item to AP
1012 S-1 addr 155 Mildred Ave, Mattapan (per SIS)
1030 mom notified""",
     dec="deny", reason="excluded_substance", mnc=["Mildred Ave", "Mattapan"],
     cats=["neighborhood"], tags=["deny_substance"])

# 27
case(school="Edward M. Kennedy Academy for Health Careers", name="Christopher Dunn", grade=11,
     r="bpd/district-b2", g="serious_violence", w="aluminum softball bat", at="2026-04-14 15:10",
     loc="EMK Academy gym", fmt="supplemental",
     d="""SUPPLEMENTAL REPORT #2 (follow-up to initial call 1512)
Writer: Safety Specialist M. Kearney
Update on V-1: per his mother, V-1 sustained a fractured left forearm and a laceration over the left eye (7 staples) at Brigham & Women's.
Facts: At approx 1510 in the gym after the intramural game, S-1 took an aluminum softball bat from the equipment closet and swung it at V-1 twice, striking his raised arm and the side of his head. There was blood on the floor by the bleachers; the custodian photographed it before cleanup.
S-1 Affil: suspected Radcliffe Ave crew (per district liaison)
Bat: Easton, 32 in., silver/black, bagged as E-26-03.
S-1 left campus on foot via the Huntington Ave door and was located by BPD B-2 at 1540.""",
     dec="allow", key="softball bat", mnc=["Radcliffe"],
     mct=["blood on the floor", "fractured left forearm", "Easton, 32 in."],
     cats=["gang_affiliation"], tags=["allow_violence"], trap=True)

# 28
case(school="Brighton High School", name="Alexa Moreno", grade=12,
     r="bpd/district-d14", g="drugs", s=["hard seltzer", "vodka"], at="2026-06-05 16:15",
     loc="School bus 2, field trip to Six Flags New England", fmt="chaperone_log",
     d="""Field trip incident - Six Flags New England - Bus 2
1615: Chaperone Ms. Tierney found S-1 and two other students at the back of bus 2 with 3 cans of White Claw and a water bottle that smelled of vodka.
1620: Bottle poured out, cans bagged. No one ill.
1700: Parents called. S-1's father asked that the bus drop her near home (22 Sparhawk St) instead of at school. Declined.""",
     dec="deny", reason="excluded_substance", mnc=["Sparhawk"],
     cats=["neighborhood"], tags=["deny_substance"])

# 29
case(school="Boston Day and Evening Academy", name="Andre Baptiste", grade=12,
     r="bpd/district-b2", g="weapon", w="firearm (unloaded handgun)", at="2025-10-28 09:25",
     loc="Boston Day and Evening Academy, locker #88", fmt="evidence_log",
     d="""PROPERTY/EVIDENCE CONTROL SHEET
Item 001: Firearm, handgun, Taurus G2C, black, 9mm, SN partially obliterated. Magazine inserted, EMPTY. No round in chamber.
Found: S-1 locker #88, inside a Foot Locker shoebox, 0925 hrs during locker sweep (tip line).
Item 002: (1) box 9mm ammo, 12 rounds remaining, same shoebox.
NCIC: negative for stolen; serial not fully legible, to BPD firearms unit for restoration.
S-1: {LAST}, {FIRST}, DOB {dob}, POB Port-au-Prince
Custody: Sgt. (ret.) Lamothe, BDEA Safety -> BPD B-2 Ofc. Mulcahy #1877, 1018 hrs.""",
     dec="allow", key="Taurus G2C", mnc=["Port-au-Prince"],
     mct=["Foot Locker shoebox", "12 rounds remaining", "negative for stolen"],
     cats=["national_origin"], tags=["allow_weapon"])

# 30
case(school="Henderson K-12 Inclusion School", name="Sophia Pina", grade=10,
     r="bpd/district-c11", g="drugs", s=["vape (contents unknown)"], at="2026-03-04 13:50",
     loc="Henderson Upper, stairwell C", fmt="short_log",
     extra={"ethnicity": "Cape Verdean"},
     d="""1350 SSS Barrett saw S-1 exhale vapor in stairwell C.
Device: black disposable vape, no label or brand, contents unknown (nicotine or THC, not tested).
Confiscated, logged HK-26-14. S-1 to AP, detention assigned.""",
     dec="deny", reason="excluded_substance", mnc=["Cape Verdean"],
     cats=["ethnicity"], tags=["deny_substance"])

# 31
case(school="Margarita Muniz Academy", name="Julian Rivera", grade=11,
     r="bpd/district-e13", g="drugs", s=["MDMA"], at="2026-05-08 19:40",
     loc="Muniz Academy gym, spring dance", fmt="event_log",
     d="""EVENT LOG - Spring Dance - Muniz Academy gym
1940 Unit 1 (SSS Vega) w/ chaperone at entrance; S-1 in white Jordan 11s, blue jeans, white tee, gold Cuban link chain.
1943 S-1 bag check at the door, located 5 clear capsules w/ tan crystals in a Tic Tac box. S-1 stated "it's molly, it's not mine."
1950 Capsules secured, S-1 removed from event.
2005 Mother en route. Lang: Spanish; mother asked for an interpreter by phone.
2020 S-1 released to mother. Capsules to BPD E-13 (Ofc. Sanchez #2012) 2040.""",
     dec="allow", key="5 clear capsules", mnc=["Spanish", "interpreter"],
     mct=["gold Cuban link chain", "white Jordan 11s", "Tic Tac box"],
     cats=["language"], tags=["allow_drugs"], trap=True)

# 32
case(school="Jeremiah E. Burke High School", name="Malik Sanders", grade=9,
     r="bpd/district-b3", g="weapon", w="replica handgun", at="2025-09-23 07:55",
     loc="Burke HS, main entrance vestibule", fmt="cad_log",
     d="""CAD 25-JEB-332
0755 Main entrance. Unit 4 reports S-1 showing a handgun to peers in the vestibule.
0757 S-1 detained by Units 4 and 7; item recovered from waistband.
0758 Item: black replica pistol (Glock-style), molded plastic, no internal parts, orange tip painted black, "REPLICA" stamped on the slide. Does not fire.
0805 Address from SIS: 71 Intervale St, 2nd fl.
0810 Parent notified.""",
     dec="deny", reason="other", mnc=["Intervale"],
     cats=["neighborhood"], tags=["deny_replica"])

# 33
case(school="Josiah Quincy Upper School", name="Kevin Lin", grade=10,
     r="bpd/district-a1", g="serious_violence", w="razor blade", at="2025-12-09 15:20",
     loc="Tremont St steps outside the school", fmt="bolo",
     d="""BOLO (broadcast 1524) - CANCELLED 1602, S-1 in custody
Wanted for: A&B w/ DW (razor blade), V-1 slashed on R cheek
S-1: A/M, 15-16
Ht 5-5, slim build, dyed blond tips
LSW: white Essentials hoodie, black cargos, black backpack
Last seen: running toward Chinatown station on Washington St
Narrative: At 1520 on the Tremont St steps V-1 and S-1 argued over a phone. S-1 drew a single-edge razor blade and slashed V-1 across the right cheek (approx 3 in. laceration, 9 sutures at Tufts MC). S-1 fled. BPD A-1 stopped S-1 inside Chinatown station at 1555; razor blade recovered from the hoodie pocket, wrapped in tape.""",
     dec="allow", key="razor blade", mnc=["A/M"],
     mct=["Chinatown station", "white Essentials hoodie", "9 sutures"],
     cats=["ethnicity"], tags=["allow_violence"], trap=True)

# 34
case(school="English High School", name="Jordan Ellis", grade=12,
     r="bpd/district-e13", g="trespass", at="2026-01-14 11:10",
     loc="English High School, 2nd floor hallway", fmt="contact_card",
     d="""TRESPASS NOTICE / CONTACT
1110 Former student (withdrew Nov) found in the 2nd fl hallway without a visitor pass; entered behind a delivery.
Prior no-trespass letter issued 12/2.
Escorted out by SSS Okoye at 1118. Stated he "just wanted to see his friends."
Home: Mildred C. Hailey Apts, Bldg 14 (per old SIS record).
Requesting BPD issue a formal trespass warning.""",
     dec="deny", reason="ground_not_permitted", mnc=["Hailey"],
     cats=["neighborhood"], tags=["deny_ground"])

# 35
case(school="Brighton High School", name="Mohamed Abdi", grade=10,
     r="bpd/district-d14", g="weapon", w="machete", at="2026-05-19 07:40",
     loc="Brighton High School, Warren St entrance", fmt="weapon_form",
     extra={"home_language": "Somali", "ell_status": "EL Level 3"},
     d="""Form SS-1 WEAPON RECOVERY
Date: {date}  Time: 0740  Reporting: SSS C. Murphy
Observed/Reported by: crossing guard at Cambridge St & Warren St - student carrying a long blade partly out of a black duffel, walking toward school.
0748 SSS Murphy met S-1 at the Warren St entrance. S-1 unzipped the duffel on request. Recovered: 1 machete, approx 18 in. blade, green handle, in a cardboard sleeve.
S-1 said he uses it for his cousin's landscaping job after school and forgot it was in the bag. No threat made to anyone; cooperative.
Machete tagged BHS-26-002, held in the Safety Office safe. AP Rivera notified parent 0815.""",
     dec="allow", key="machete", mnc=["Somali", "EL Level"],
     mct=["Cambridge St & Warren St", "green handle", "black duffel"],
     cats=["language"], tags=["allow_weapon"], trap=True)

# 36
case(school="Excel High School", name="Jonathan Reyes", grade=11,
     r="commonwealth-fusion-center", g="drugs", s=["fentanyl", "cocaine"], at="2026-02-12 10:05",
     loc="Excel High School, Safety Office", fmt="intel_share",
     d="""Intel share - Excel HS
S-1 {LAST}, {FIRST}, DOB {dob}
Ethnicity: Puerto Rican
1005: SSS recovered from S-1's backpack 20 glassine bags (suspected fentanyl) and a knotted bag of white powder (suspected cocaine), plus $380.
Associates: runs with older males from the Old Colony area.
Requesting CFC link analysis.""",
     dec="deny", reason="recipient_not_permitted", mnc=["Puerto Rican", "Old Colony"],
     cats=["ethnicity", "neighborhood"], tags=["deny_recipient"])

# 37
case(school="Another Course to College", name="Trevor Daley", grade=11,
     r="bpd/district-e18", g="credible_threat", at="2026-01-08 21:10",
     loc="Online (Instagram story), reported via district tip line", fmt="tip_log",
     t="""On {date} at 2110 S-1 posted an Instagram story showing a black handgun on his lap with the text "ACC tmrw 2nd lunch, don't come." Three students reported it by 2200. The story was reposted by two other accounts.""",
     extra={"guardian": {"relation": "mother", "phone": "617-555-0148"}},
     d="""CYBER TIP INTAKE / SCREENSHOT LOG
Rcvd 2158 by on-call Safety Specialist J. Amato via the district tip line
SS1 (2110): IG story from S-1's account. Black handgun on his lap. Text: "ACC tmrw 2nd lunch, don't come."
SS2 (2114): same story reposted by 2 other accounts
SS3: S-1 profile picture, S-1 in a Red Sox Nation cap
Citizenship on file: Cabo Verde (per registration)
2215 BPD E-18 notified by phone (Sgt. Kelley). Admin decision: SSS at all doors at 0700.""",
     dec="allow", key="handgun", mnc=["Cabo Verde"],
     mct=["Red Sox Nation cap", "2nd lunch", "district tip line"],
     cats=["immigration_status", "national_origin"], tags=["allow_threat"], trap=True)

# 38
case(school="Mission Hill K-8", name="Leo Carrasco", grade=6,
     r="bpd/district-e13", g="weapon", w="steak knife", at="2026-03-03 12:15",
     loc="Mission Hill K-8 lunchroom", fmt="short_log",
     d="""12:15 lunch. Gr 6 S-1 showed a steak knife from home to table mates, said he "brought protection." Knife (8 in., serrated, wood handle) taken by SSS Ortiz, no one hurt. Mom picked up at 1.""",
     dec="allow", key="steak knife", mnc=[], mct=["serrated, wood handle", "brought protection"],
     cats=[], tags=["allow_weapon", "clean"])

# 39
case(school="Boston Latin School", name="Ryan Cho", grade=10,
     r="bpd/district-d4", g="theft", at="2025-11-19 13:02",
     loc="Boston Latin School, Rm 213", fmt="larceny_report",
     d="""LARCENY REPORT - BLS
Property: (1) iPad, school-issued, asset tag BLS-22817, from the Rm 213 charging cart
Time: between 1230 and 1310
Suspect: S-1, A/M, Gr 10, seen on hallway camera carrying the iPad out in his backpack at 1302
Recovered: iPad in S-1's locker at 1400, undamaged.
Request: BPD to document larceny.""",
     dec="deny", reason="ground_not_permitted", mnc=["A/M"],
     cats=["ethnicity"], tags=["deny_ground"])

# 40
case(school="Charlestown High School", name="Kyle Brennan", grade=12,
     r="bpd/district-a15", g="drugs", s=["heroin"], at="2026-02-24 10:05",
     loc="Charlestown High School, 1st floor boys' room", fmt="offense_report",
     d="""OFFENSE: Poss. Class A (heroin) on school grounds
S-1 {LAST}, {FIRST}  DOB {dob}  Gr {grade}
Alias: "Junior"
Address: 40 Bunker Hill St, Apt 611
Known associates: none on file
NARRATIVE: At 1005 SSS Flaherty responded to the 1st floor boys' room for a student "nodding" in a stall. S-1 was responsive but drowsy; breathing normal, Narcan not needed. In S-1's sock: 6 wax-paper folds stamped "GOAT" with brown powder. In his backpack: 2 capped syringes. EMS evaluated, transport declined with parent consent.
Items bagged CHS-26-09 and released to BPD A-15.""",
     dec="allow", key="heroin", mnc=["Bunker Hill St", "Apt 611"],
     mct=["6 wax-paper folds", "2 capped syringes"],
     cats=["neighborhood"], tags=["allow_drugs"])

# 41
case(school="Jeremiah E. Burke High School", name="DeShawn Pierce", grade=10,
     r="bpd/district-b3", g="serious_violence", at="2025-11-13 08:50",
     loc="Burke HS, Rm 305", fmt="assault_on_staff",
     d="""ASSAULT ON STAFF - SUMMARY
Writer: Safety Specialist K. Ward (fmr BPD, 19 yrs)
0850 Rm 305. Teacher Mr. Hale asked S-1 to put his phone away. S-1 stood and shoved Mr. Hale in the chest with both hands. Mr. Hale fell backward and struck his left temple on the corner of a desk; lost consciousness approx 30 sec.
0853 Nurse on scene; 911; BEMS transported Mr. Hale to BMC: concussion and a 4 cm scalp laceration, admitted overnight.
0855 S-1 left the room for the 3rd fl stairwell, located by SSS Bell at 0901 and held in the Dean's office.
Counselor note: S-1 is a DACA recipient and said he is afraid of being deported over this.
Witnesses: 14 students in Rm 305; 3 statements taken.""",
     dec="allow", key="concussion", mnc=["DACA", "deported"],
     mct=["left temple", "admitted overnight", "Rm 305"],
     cats=["immigration_status"], tags=["allow_violence"], trap=True)

# 42
case(school="TechBoston Academy", name="Cameron Hughes", grade=9,
     r="bpd/district-c11", g="credible_threat", at="2026-03-10 12:10",
     loc="TechBoston Academy, lunch line", fmt="short_log",
     d="""SSS report: at 1210 in the lunch line S-1 said "I'll shoot this whole place up" after being told he had no lunch balance. B/M, 5'4, gray sweats. S-1 says he was joking. No weapon found in bag search.""",
     dec="deny", reason="missing_threat_statement", mnc=["B/M"],
     cats=["ethnicity"], tags=["deny_threat_missing"])

# 43
case(school="Excel High School", name="Marcus Flynn", grade=12,
     r="bpd/district-c6", g="weapon", w="expandable baton", at="2025-09-25 14:30",
     loc="Excel High School, G St doors", fmt="narrative",
     d="""R/O (SSS Quinlan, Badge 212) was posted at the G St doors for dismissal. At 1430 R/O observed S-1 flick open a black expandable baton (approx 21 in. extended) and strike the metal railing twice while yelling at a group of students across the street. R/O radioed Unit 3 for backup.
S-1 collapsed the baton and put it in his backpack. R/O and Unit 3 escorted S-1 inside; the baton was recovered from the front pocket at 1436. No one was struck.
S-1 interviewed with AP Chen present. Lang: Mandarin; S-1 declined an interpreter.
S-1 stated he carries it because older kids took his phone last month at Andrew station.""",
     dec="allow", key="expandable baton", mnc=["Mandarin", "interpreter"],
     mct=["Badge 212", "G St doors", "Andrew station"],
     cats=["language"], tags=["allow_weapon"], trap=True)

# 44
case(school="Washington Irving Middle School", name="Aiden Murphy", grade=7,
     r="bpd/district-e5", g="weapon", w="BB gun", at="2026-04-28 13:40",
     loc="Washington Irving Middle School, Rm 110", fmt="incident_summary",
     d="""Incident - BB gun
1340 Rm 110: S-1 showed a Daisy BB pistol (black, CO2, with a tube of BBs) to classmates during study hall. Teacher took it; no one shot, no BBs fired.
SSS Gallagher secured the pistol in the safe, tag IRV-26-05.
S-1 says it belongs to his older brother.
Home address: 18 Poplar St, Roslindale.""",
     dec="deny", reason="other", mnc=["Poplar St", "Roslindale"],
     cats=["neighborhood"], tags=["deny_replica"])

# 45
case(school="English High School", name="Luis Peralta", grade=11,
     r="bpd/district-e13", g="drugs", s=["psilocybin mushrooms"], at="2026-04-23 11:00",
     loc="English High School, Rm 230", fmt="offense_report",
     d="""Incident #26-EHS-0311 - Drug poss. w/ intent to distribute
Reporting officer: Safety Specialist K. Walsh #114
On the above date at approx 1100 during English class (Rm 230) the teacher saw S-1 passing chocolate squares to two students for cash. R/O responded and S-1 handed over a Ziploc with 9 chocolate bar squares wrapped in foil labeled "Polkadot - 4g shrooms" and $60. S-1 stated he bought the bar online.
S-1: {LAST}, {FIRST} / DOB {dob}
Race-Eth: Dominican
Items tagged 26-311-1 and 26-311-2.""",
     dec="allow", key="shrooms", mnc=["Dominican"],
     mct=["English class (Rm 230)", "9 chocolate bar squares", "$60"],
     cats=["ethnicity"], tags=["allow_drugs"], trap=True)

# 46
case(school="John D. O'Bryant School of Mathematics & Science", name="Elijah Warren", grade=10,
     r="fbi/boston-jttf", g="credible_threat", at="2026-03-06 07:50",
     loc="O'Bryant main office", fmt="email_memo",
     t="""At 2240 the night before, S-1 posted in a Discord server "I'm doing it Friday at the O'Bryant, bringing my dad's AR" with a photo of a rifle. Two students reported it. S-1's father confirmed by phone that he owns a rifle.""",
     d="""To FBI Boston JTTF (SA Morrissey) - from O'Bryant Safety
S-1 posted in a Discord server at 2240 last night: "I'm doing it Friday at the O'Bryant, bringing my dad's AR," with a photo of a rifle.
S-1 and family attend the mosque on Malcolm X Blvd; father is an imam there.
S-1 held in the office 0750. Parent on the way.""",
     dec="deny", reason="recipient_not_permitted", mnc=["mosque", "imam"],
     cats=["religion"], tags=["deny_recipient"])

# 47
case(school="Madison Park Technical Vocational High School", name="Terrell Wynn", grade=11,
     r="bpd/district-b2", g="weapon", w="loaded handgun", at="2026-05-27 14:25",
     loc="Madison Park TVHS, Malcolm X Blvd bus stop on school property", fmt="cad_log",
     extra={"gang_database": {"listed": True, "group": "Lenox Crew"}},
     d="""CAD B2-26-051277 (BPS Safety / BPD B-2 joint)
1425 Unit 21 reports student adjusting waistband repeatedly at the Malcolm X Blvd bus stop on school property, req. backup
1426 Unit 22, Unit 9 en route
1428 Units on scene. S-1 ran approx 20 yds, stopped at the fence.
1429 Pat frisk: silver/black .380 pistol, loaded (6 rds in mag, 1 chambered), R waistband
1430 S-1 description: 5'10, 165, thin, low fade, maroon Holy Cross sweatshirt, black jeans, Timberlands
1431 Race: B / Sex: M
1432 BPD B-2 Ofc. Ahern #3301 takes custody of S-1 and pistol
1440 Tattoo noted R forearm: "LXC" w/ 3 stars, Lenox Crew sign per Ofc. Ahern""",
     dec="allow", key=".380 pistol", mnc=["Race: B", "LXC", "Lenox Crew"],
     mct=["maroon Holy Cross sweatshirt", "6 rds in mag", "Malcolm X Blvd bus stop"],
     cats=["ethnicity", "gang_affiliation"], tags=["allow_weapon"], trap=True)

# 48
case(school="East Boston High School", name="Brandon Pacheco", grade=10,
     r="bpd/district-a7", g="vandalism", at="2026-02-03 10:12",
     loc="East Boston High School, 2nd floor boys' room", fmt="damage_report",
     d="""VANDALISM
Location: 2nd fl boys' room
Damage: black spray paint on 3 stall doors and the mirror: "MVK" and "Maverick up"
S-1 seen on hallway camera entering at 1012 with a backpack, leaving at 1019; can of Krylon black found in his locker.
S-1 is documented Maverick crew (per district gang liaison).
Cost to repair: est. $900.""",
     dec="deny", reason="ground_not_permitted", mnc=["Maverick", "MVK"],
     cats=["gang_affiliation"], tags=["deny_ground"])

# 49
case(school="Boston Community Leadership Academy", name="Jaylin Barros", grade=11,
     r="bpd/district-e18", g="serious_violence", at="2025-10-16 14:35",
     loc="Hyde Park Ave bus stop in front of BCLA", fmt="witness_summary",
     d="""WITNESS SUMMARY SHEET - BCLA - {date}
W-1 (bus monitor Ms. Grant): at approx 1435 at the Hyde Park Ave bus stop in front of the school she saw S-1 punch V-1 from behind, then kick him in the face 3 or 4 times while he was on the ground.
W-2 (student, Gr 10): says S-1 had on a gray crew neck sweatshirt and black Jordans, and yelled "stay down."
W-2 also says S-1 runs with the River St Boys and that V-1 "talked" about them online.
W-3 (SSS Hanlon #41): arrived 1437. V-1 on the ground bleeding from the mouth; S-1 walking away toward Cleary Sq, then came back on his own at 1450 and went to the main office.
W-4 (crossing guard Mr. Boyle): saw S-1 and V-1 arguing inside the bus shelter at approx 1432, before the punch. Did not hear the words.
V-1 injuries: fractured jaw (wired shut per family), two teeth knocked out. BEMS transport to Carney Hospital.
Property: V-1's phone was found in the gutter by the bus stop, screen shattered; held in the main office for the family.
Next steps: the bus stop is covered by the MBTA shelter camera; SSS Hanlon requested the footage through the BPD E-18 school liaison.""",
     dec="allow", key="fractured jaw", mnc=["River St Boys"],
     mct=["gray crew neck sweatshirt", "Hyde Park Ave bus stop", "two teeth knocked out"],
     cats=["gang_affiliation"], tags=["allow_violence"], trap=True)

# 50
case(school="Snowden International School", name="Camila Restrepo", grade=11,
     r="allied-universal/prudential-center", g="weapon", w="knife", at="2026-01-27 15:45",
     loc="Prudential Center food court", fmt="email_memo",
     d="""To: Allied Universal - Prudential Center security office
Re: student with a knife in the food court after school
At 1545 one of your officers reported a Snowden student flashing a knife in the food court. S-1 came to the AP this morning and admitted it; knife (pink folding, 3 in.) turned in.
S-1: H/F, Gr 11, 5'3, long braid
Sending for your incident file as requested.""",
     dec="deny", reason="recipient_not_permitted", mnc=["H/F"],
     cats=["ethnicity"], tags=["deny_recipient"])

# 51
case(school="Jeremiah E. Burke High School", name="Corey Gaines", grade=12,
     r="bpd/district-b3", g="drugs", s=["crack cocaine"], at="2025-11-06 09:15",
     loc="Burke HS, 2nd floor stairwell", fmt="chain_of_custody",
     d="""CHAIN OF CUSTODY / EVIDENCE - Case 25-JEB-144
Item A: purple Crown Royal drawstring bag containing 16 off-white rock-like pieces, individually bagged (suspected crack cocaine)
Item B: roll of small corner-cut baggies
Where found: S-1's backpack, bottom compartment, during a search after staff saw S-1 selling in the 2nd floor stairwell.
Found by: SSS Johnson 0915; witnessed by Dean Hardy
Transfers: 0940 Johnson -> Dean Hardy (safe); 1105 Dean Hardy -> BPD B-3 Det. O'Neil #9910
Subject notes: S-1 {LAST}, {FIRST}, DOB {dob}
Home per SIS: 8 Harlem St""",
     dec="allow", key="crack cocaine", mnc=["Harlem St"],
     mct=["Crown Royal drawstring bag", "16 off-white rock-like pieces", "2nd floor stairwell"],
     cats=["neighborhood"], tags=["allow_drugs"], trap=True)

# 52
case(school="Thomas A. Edison K-8 School", name="Amira Hassan", grade=8,
     r="bpd/district-d14", g="drugs", s=["cigarettes"], at="2026-03-02 12:45",
     loc="Edison K-8, behind the portable classroom", fmt="short_log",
     d="""1245: S-1 and another 8th grader found smoking cigarettes (Marlboro Red, 4 left in pack) behind the portable. Lighter and pack confiscated.
S-1 asked that we not call home because the family is observing Ramadan and her father would be upset.
Consequence per code: 1 day ISS.""",
     dec="deny", reason="excluded_substance", mnc=["Ramadan"],
     cats=["religion"], tags=["deny_substance"])

# 53
case(school="Boston Latin School", name="Nathaniel Okoro", grade=12,
     r="bpd/district-d4", g="weapon", w="privately made firearm (ghost gun)", at="2026-04-09 07:55",
     loc="Boston Latin School faculty lot, space 41", fmt="vehicle_inventory",
     d="""VEHICLE INFORMATION / INVENTORY
Veh: 2012 Honda Accord, gray, MA reg 8TLX22, parked in the faculty lot, space 41, no permit
Operator: S-1 {LAST}, {FIRST}  DOB {dob}  (MA Class D license)
Registered owner per RMV: S-1's mother, 59 Woodrow Ave, Dorchester
0755 Lot attendant saw S-1 put a handgun into the glove box before walking to the main entrance.
0801 SSS O'Malley (ret. BPD) located S-1 in the lobby and held him in the office; BPD D-4 notified.
0820 BPD D-4 Ofc. Vasquez #2340, with S-1's consent, opened the glove box: privately made pistol ("ghost gun"), black polymer frame, no serial number, magazine loaded with 10 rounds.
0840 S-1 and pistol to BPD D-4.""",
     dec="allow", key="ghost gun", mnc=["Woodrow Ave", "Dorchester"],
     mct=["faculty lot, space 41", "no serial number", "8TLX22"],
     cats=["neighborhood"], tags=["allow_weapon"])

# 54
case(school="Brighton High School", name="Santiago Mejia", grade=11,
     r="dea/new-england", g="drugs", s=["oxycodone"], at="2026-02-18 09:30",
     loc="Brighton High School, Safety Office", fmt="email_memo",
     d="""To: DEA New England Field Division, Tactical Diversion Squad
Re: oxycodone distribution at school
{date} 0930: S-1 found with 30 round white tablets imprinted "A 215" (oxycodone 30 mg) in a prescription bottle labeled for his grandmother.
S-1 POB: Medellin, Colombia; in the US since 2022.""",
     dec="deny", reason="recipient_not_permitted", mnc=["Medellin", "Colombia", "in the US since"],
     cats=["national_origin"], tags=["deny_recipient"])

# 55
case(school="Dearborn STEM Academy", name="Aniyah Scott", grade=9,
     r="bpd/district-b2", g="credible_threat", at="2026-03-25 10:30",
     loc="Dearborn STEM Academy, Safety Office", fmt="qa_interview",
     t="""S-1 told teacher Ms. Carter at approx 1030 on {date} "I'm gonna cut you," then in a recorded interview said she has kitchen knives at home and that she would do it Monday ("She'll see"). S-1 has two prior write-ups for aggression toward this teacher.""",
     d="""INTERVIEW - conducted by Safety Specialist P. Hogan (fmr BPD Detective), AP Lewis present, 1040-1055
Q: What did you say to Ms. Carter this morning?
A: That I was gonna cut her. She keeps writing me up.
Q: Did you bring anything to school?
A: No. I got a knife at home though. My mom's kitchen ones.
Q: When?
A: Monday. She'll see.
Notes: S-1 wore a black Canada Goose jacket, hair in a long ponytail. Bag search negative.
S-1 has been residing with an aunt at 310 Blue Hill Ave since December (per counselor).""",
     dec="allow", key="knife", mnc=["Blue Hill Ave"],
     mct=["Canada Goose jacket", "1040-1055", "long ponytail"],
     cats=["neighborhood"], tags=["allow_threat"], trap=True)

# 56
case(school="Boston Green Academy", name="Tyler Grady", grade=10,
     r="bpd/district-d14", g="suspicious_activity", at="2025-10-21 15:05",
     loc="Boston Green Academy staff parking lot", fmt="contact_card",
     d="""SUSPICIOUS ACTIVITY
1505: S-1 and two non-students standing by the staff parking lot for 20 min after dismissal, looking into car windows.
No theft or damage found. S-1 left when approached.
Affil: Faneuil (suspected, per hallway talk).
Submitted for BPD awareness.""",
     dec="deny", reason="ground_not_permitted", mnc=["Faneuil"],
     cats=["gang_affiliation"], tags=["deny_ground"])

# 57
case(school="Boston International Newcomers Academy", name="Dawit Haile", grade=10,
     r="bpd/district-c11", g="weapon", w="switchblade", at="2025-10-09 11:45",
     loc="BINcA cafeteria", fmt="narrative",
     d="""INCIDENT NARRATIVE - Boston International Newcomers Academy
Writer: Safety Specialist D. Hearn (fmr BPD, District C-11)
At approx 1145, during 2nd lunch in the Newcomers Academy cafeteria, S-1 took out a switchblade (black handle, 3.5 in. blade, push-button) and snapped it open twice at a table of boys who had been laughing at him. Lunch monitor Ms. Dube radioed for Safety.
I responded with SSS Ocampo. S-1 closed the knife and put it on the table when told. Recovered at 1148.
Interpreter used: Y (Amharic, district line).
S-1 arrived in the US in August from Ethiopia per the intake sheet.
S-1 said the boys had taken his hat on the bus two days in a row. No one was hurt.
Knife tagged BINA-25-09.""",
     dec="allow", key="switchblade", mnc=["Interpreter", "Amharic", "Ethiopia", "arrived in the US"],
     mct=["Newcomers Academy cafeteria", "push-button", "Recovered at 1148"],
     cats=["language", "national_origin"], tags=["allow_weapon"], trap=True)

# 58
case(school="Dorchester Academy", name="Angel Batista", grade=10,
     r="bpd/district-c11", g="drugs", s=["marijuana", "nicotine"], at="2026-01-15 09:40",
     loc="Dorchester Academy, 3rd floor bathroom", fmt="short_log",
     extra={"race": "H", "pob": "Santo Domingo, DR"},
     d="""9:40 AM SSS Lopes found a half-smoked blunt and a JUUL with 2 mint pods in S-1's coat during a check after a smell complaint in the 3rd floor bathroom. Items taken, parent notified.""",
     dec="deny", reason="excluded_substance", mnc=["Santo Domingo"],
     cats=["ethnicity", "national_origin"], tags=["deny_substance"])

# 59
case(school="Madison Park Technical Vocational High School", name="Darius Jenkins", grade=11,
     r="bpd/district-b2", g="serious_violence", w="screwdriver", at="2026-02-03 10:20",
     loc="Madison Park TVHS, carpentry shop Rm B-14", fmt="offense_report",
     d="""OFFENSE: A&B w/ dangerous weapon (screwdriver)
VICTIM (V-1): Gr 11 male, carpentry shop
SUSPECT (S-1): {LAST}, {FIRST}, DOB {dob}, Gr {grade}
Address (S-1): Orchard Park, Bldg 4 (per emergency card)
NARRATIVE: At approx 1020 in the carpentry shop (Rm B-14), S-1 and V-1 argued over a tape measure. S-1 grabbed a Phillips screwdriver from the bench and stabbed V-1 once in the right thigh. Instructor Mr. Kowalski applied pressure and called 911. V-1 was transported by BEMS to BMC; wound approx 2 in. deep, required surgical closure.
S-1 remained in the shop and was detained by SSS Daly without resistance. Screwdriver (yellow/black handle, 6 in.) bagged as MP-26-031.""",
     dec="allow", key="screwdriver", mnc=["Orchard Park"],
     mct=["right thigh", "Rm B-14", "surgical closure"],
     cats=["neighborhood"], tags=["allow_violence"])

# 60
case(school="Another Course to College", name="Jean-Pierre Dorval", grade=10,
     r="bpd/district-e18", g="weapon", w="airsoft rifle", at="2026-05-12 14:40",
     loc="Another Course to College, front lawn", fmt="radio_log",
     d="""1440 Unit 5: "10-32, person with a rifle on the front lawn, dismissal." Units 1, 3 respond.
1442 S-1 detained. Item: black airsoft rifle (M4 style), battery-powered, orange muzzle tip removed, 6 mm plastic BBs in magazine.
1445 S-1 said he was filming a TikTok with friends. No one threatened.
1450 Lang: Haitian Creole at home; mother called with an interpreter.""",
     dec="deny", reason="other", mnc=["Haitian", "Creole", "interpreter"],
     cats=["language"], tags=["deny_replica"])

# 61
case(school="East Boston High School", name="Daniel Amaya", grade=10,
     r="bpd/district-a7", g="drugs", s=["oxycodone (Percocet, not prescribed)"], at="2026-03-17 08:45",
     loc="East Boston High School, AP office", fmt="statement",
     d="""STATEMENT OF SUBJECT (paraphrased by writer, SSS Arroyo, in presence of AP Kelley)
S-1 admitted he took a bottle of Percocet (oxycodone/acetaminophen 10/325) from his grandmother's medicine cabinet on Sunday.
S-1 sold 3 pills to a 9th grader at the Airport station busway before school for $20 each, and had 17 left in the bottle in his backpack when searched at 0845.
S-1 states he needed money for his phone bill.
Immigration: TPS holder (El Salvador) per counselor.
Pills counted by nurse (17), sealed EB-26-044.""",
     dec="allow", key="oxycodone", mnc=["TPS holder", "El Salvador"],
     mct=["17 left in the bottle", "Airport station busway", "$20 each"],
     cats=["immigration_status", "national_origin"], tags=["allow_drugs"])

# 62
case(school="Boston Arts Academy", name="Julian Reyes-Marsh", grade=12,
     r="bpd/district-d4", g="credible_threat", at="2026-02-14 08:15",
     loc="Boston Arts Academy, 3rd floor studio", fmt="message_log",
     t="""S-1 sent V-1 (his former girlfriend) 14 texts between 2/12 and 2/14 including "ill stab u at the valentines dance watch" and a photo of a large kitchen knife. V-1 holds a harassment prevention order, issued in January, that S-1 was served with.""",
     extra={"religion": "Jewish",
            "address": {"street": "77 Kittredge St", "city": "Roslindale", "zip": "02131"}},
     d="""RECORD OF TEXT MESSAGES - reviewed by SSS Kim with V-1's consent, {date} 0815
V-1: Gr 11 female. S-1: former boyfriend.
2/12 2214  "u think u can just leave me"
2/13 0702  "watch what happens"
2/13 2330  photo: large kitchen knife on a bed
2/14 0640  "ill stab u at the valentines dance watch"
Total: 14 messages from S-1's number 2/12-2/14 (screenshots in file).
V-1 has a harassment prevention order (issued January) that S-1 was served with.
S-1 was kept out of the dance. S-1 is in the building today, last seen in the 3rd fl studio wearing an olive bomber jacket.""",
     dec="allow", key="stab", mnc=["Jewish", "Kittredge", "Roslindale", "02131"],
     mct=["harassment prevention order", "olive bomber jacket", "14 messages"],
     cats=["religion", "neighborhood"], tags=["allow_threat"])

# 63
case(school="Jeremiah E. Burke High School", name="Wesly Jean-Baptiste", grade=9,
     r="bpd/district-b3", g="simple_assault", at="2025-12-04 13:30",
     loc="Burke HS gym", fmt="short_log",
     d="""SIMPLE ASSAULT - no injury
1330 gym: S-1 shoved V-1 into the bleachers after a dodgeball game. V-1 not hurt, declined nurse.
S-1 (Kreyol speaker, newcomer program) was upset that V-1 mocked the way he talks.""",
     dec="deny", reason="ground_not_permitted", mnc=["Kreyol", "newcomer program"],
     cats=["language", "national_origin"], tags=["deny_ground"])

# 64
case(school="Curley K-8 School", name="Kayla Johnson", grade=8,
     r="bpd/district-e13", g="weapon", w="razor blades", at="2026-01-06 09:15",
     loc="Curley K-8 upper campus, Rm 305", fmt="incident_form",
     d="""INCIDENT REPORT - CURLEY K-8 (Upper campus)
Date/Time: {date} 0915
Reporting: SSS Tavares
Weapon: razor blades (2), single-edge, taped inside the back of S-1's phone case
Circumstances: A classmate told the teacher S-1 had "blades in her phone." When SSS Tavares asked, S-1 popped off the case and handed over 2 single-edge razor blades. S-1 stated a girl in 8th grade "keeps starting" and she wanted to be ready. No one was cut.
Ethnicity: Jamaican (per family intake)
Disposition: blades in sharps container, tagged CUR-26-02; counselor referral; mother notified 0950.""",
     dec="allow", key="razor blades", mnc=["Jamaican"],
     mct=["phone case", "sharps container", "No one was cut"],
     cats=["ethnicity"], tags=["allow_weapon"])

# 65
case(school="East Boston High School", name="Cristian Rosales", grade=11,
     r="cbp/boston-field-office", g="weapon", w="revolver", at="2026-04-07 08:10",
     loc="East Boston High School, Safety Office", fmt="email_memo",
     d="""To: CBP Boston Field Office
Re: S-1 {LAST}, {FIRST}
S-1 brought an unloaded .22 revolver to school in his backpack on {date}; secured by SSS at 0810.
S-1 entered on a B-2 visitor visa in 2023 and overstayed; mother says the family's asylum case is pending.""",
     dec="deny", reason="recipient_not_permitted", mnc=["visitor visa", "overstayed", "asylum"],
     cats=["immigration_status"], tags=["deny_recipient"])

# 66
case(school="Boston Latin School", name="Henry Park", grade=12,
     r="bpd/district-d4", g="drugs", s=["LSD"], at="2026-05-14 13:30",
     loc="Boston Latin School, Rm 224 / Dean's office", fmt="property_inventory",
     d="""PROPERTY INVENTORY - search of backpack (consent) - BLS
Searched by Safety Specialist A. Rinaldi, witness Dean Whitman, 1330
1. Alienware laptop, black, BLS sticker - returned
2. Visa gift card, $25 - returned
3. Sheet of 20 perforated paper squares (blotter) printed with a cartoon sun, inside a sandwich bag - RETAINED, suspected LSD
4. 3 loose squares, same design, in a gum wrapper - RETAINED
5. Calculator, TI-84 - returned
Reason for search: S-1 told a classmate in Rm 224 he had "tabs for sale" and showed her the sheet; the classmate told the teacher.
S-1 stated he got the sheet from a friend at another school. Items 3-4 to BPD D-4 Ofc. Keane #1920.""",
     dec="allow", key="LSD", mnc=[],
     mct=["Alienware laptop", "Visa gift card", "Sheet of 20 perforated paper squares"],
     cats=[], tags=["allow_drugs", "clean"], trap=True)

# 67
case(school="Snowden International School", name="Marc-Antoine Pierre", grade=9,
     r="bpd/district-d4", g="credible_threat", at="2026-04-15 09:55",
     loc="Snowden International School, Rm 305", fmt="short_log",
     d="""Reported by teacher at 0955: S-1 wrote on the whiteboard "last day for all of y'all, wait till Thursday" and drew a gun. Erased before anyone took a photo. S-1 denies. S-1 recently arrived from Haiti. Request BPD follow up.""",
     dec="deny", reason="missing_threat_statement", mnc=["recently arrived", "Haiti"],
     cats=["national_origin"], tags=["deny_threat_missing"])

# 68
case(school="Charlestown High School", name="Sean Costello", grade=11,
     r="bpd/district-a15", g="serious_violence", w="padlock in a sock", at="2026-03-19 11:05",
     loc="Charlestown High School, 2nd floor hallway outside Rm 214", fmt="offense_report",
     d="""REPORT - ASSAULT W/ DANGEROUS WEAPON - CHS
Time: 1105   Loc: 2nd fl hallway outside Rm 214
S-1 swung a padlock knotted inside a white tube sock at V-1, hitting him in the back of the head 3 times.
V-1 was conscious but bleeding heavily. BEMS transported him to Mass General: 11 staples and a small skull fracture on CT, admitted.
S-1 description: 6'1, heavy build, buzz cut, black Champion sweatshirt, gray shorts
Affil: Mishawum Boys (confirmed, per district liaison)
Weapon: Master Lock padlock in tube sock, recovered from the hallway floor, tagged CHS-26-021.
S-1 detained by SSS Nolan and AP Burke, held for BPD A-15.""",
     dec="allow", key="padlock", mnc=["Mishawum"],
     mct=["Mass General", "small skull fracture", "buzz cut"],
     cats=["gang_affiliation"], tags=["allow_violence"], trap=True)

# 69
case(school="Fenway High School", name="Priya Gurung", grade=12,
     r="bpd/district-b2", g="drugs", s=["THC edibles", "rum"], at="2026-05-29 18:30",
     loc="Fenway High School bus loading area, prom", fmt="short_log",
     d="""Prom pre-party check, 1830 at the bus loading area. S-1 had 2 chocolate bars labeled THC 100mg and a flask of rum in her clutch. Not permitted on the bus; parent called. S-1's mother speaks Nepali; staff used an interpreter app.""",
     dec="deny", reason="excluded_substance", mnc=["Nepali", "interpreter"],
     cats=["language"], tags=["deny_substance"])

# 70
case(school="Community Academy of Science and Health", name="Isaiah Mitchell", grade=10,
     r="bpd/district-c11", g="weapon", w="karambit knife", at="2025-09-18 07:42",
     loc="CASH main lobby / Columbia Rd doors", fmt="shift_report",
     d="""SHIFT REPORT - Safety Specialist R. Moynihan - CASH
I was posted at the Columbia Rd doors for arrival. At 0742 a student told me S-1 had "a claw knife" and was showing it at the bus stop out front. I located S-1 in the main lobby. He was wearing a tan crew neck sweater and a black beanie, carrying a red backpack.
I asked S-1 to step into the security office with AP Lindqvist. In the front zip pocket of the backpack we found a karambit-style knife (curved 3 in. blade, black finger ring). S-1 said a cousin gave it to him for "protection on the walk."
S-1's family is Cape Verdean and his mother speaks limited English, so the AP called her with a staff member who speaks Kriolu.
No threats to anyone were reported. Knife tagged CASH-26-11 and secured.
Follow-up 0830: I reviewed the bus stop area with the morning crossing guard, Mr. Feeney, who saw S-1 show the knife to two boys around 0735 and put it back in his bag. Neither boy was threatened. Both were identified and spoke to the AP; their statements match S-1's.
S-1 has no prior weapon incidents on file. He was calm and cooperative the whole time and asked if he would get the knife back; I told him no, it would be turned over to BPD C-11 per SAF-02.
Parent arrived 0915 and S-1 was dismissed to her pending a suspension hearing.""",
     dec="allow", key="karambit", mnc=["Cape Verdean", "limited English", "Kriolu"],
     mct=["Columbia Rd doors", "tan crew neck sweater", "black finger ring"],
     cats=["ethnicity", "language"], tags=["allow_weapon"], trap=True)

# 71
case(school="Lilla G. Frederick Middle School", name="Yasmin Barbosa", grade=7,
     r="bpd/district-c11", g="truancy", at="2026-01-30 10:00",
     loc="Frederick MS attendance office", fmt="referral",
     d="""Attendance referral: S-1 absent 31 of 60 days. Home visits x2, no answer. Mother reached by phone says S-1 stays home to babysit on the days she has appointments for their green card case. Requesting BPD assist with a wellness/attendance visit.""",
     dec="deny", reason="ground_not_permitted", mnc=["green card"],
     cats=["immigration_status"], tags=["deny_ground"])

# 72
case(school="Boston Day and Evening Academy", name="Cody Marshall", grade=12,
     r="bpd/district-b2", g="drugs", s=["methamphetamine"], at="2026-02-26 13:10",
     loc="BDEA student lounge", fmt="field_note",
     d="""FIELD NOTE - BDEA - Safety Coordinator (ret. BPD Sgt.) L. Pina
1310 student lounge. S-1 seated with a glass pipe with burnt residue and a small bag of clear shards (suspected methamphetamine, approx 1 g).
S-1 referred to it as ice and said he has been using it to stay awake at work.
Home: currently at Pine St Inn (per case manager).
1320 BPD B-2 notified, items held in safe BDEA-26-07.""",
     dec="allow", key="methamphetamine", mnc=["Pine St Inn"],
     mct=["glass pipe", "referred to it as ice"],
     cats=["neighborhood"], tags=["allow_drugs"], trap=True)

# 73
case(school="Henderson K-12 Inclusion School", name="Malik Johnson", grade=11,
     r="bpd/district-c11", g="credible_threat", at="2026-02-19 12:40",
     loc="Henderson Upper, cafeteria", fmt="incident_summary",
     t="""During lunch on {date} S-1 told two classmates he would "bring the blicky to the Black History Month assembly Friday" and shoot V-1, who is performing. A classmate showed staff a photo S-1 sent her last week of a handgun in a shoebox.""",
     d="""INCIDENT: Threat to shoot - assembly
R/P: two Gr 11 students to Dean Morales at 1250
S-1: {LAST}, {FIRST}  Gr {grade}  DOB {dob}
B/M
5'9, 150, thin, short twists
Clothing: black puffer vest over a maroon Henderson hoodie
Threat: S-1 told them he would bring "the blicky" to the Black History Month assembly on Friday and shoot at V-1 while V-1 is on stage.
Corroboration: photo sent by S-1 on Snapchat last week, handgun in a shoebox (screenshot saved).
S-1 held in the Dean's office 1305. Bag search negative.""",
     dec="allow", key="blicky", mnc=["B/M"],
     mct=["Black History Month assembly", "short twists", "handgun in a shoebox"],
     cats=["ethnicity"], tags=["allow_threat"], trap=True)

# 74
case(school="Excel High School", name="Devin Lyons", grade=10,
     r="bpd/district-c6", g="robbery", at="2025-10-08 15:10",
     loc="Excel High School front steps", fmt="short_log",
     d="""ROBBERY (unarmed) - snatch
1510 Excel HS front steps. S-1 grabbed V-1's AirPods case out of his hand and ran toward the G St bus stop. No weapon shown, V-1 not hurt.
AirPods recovered from S-1 the next day.
S-1 Alias: "Tre" (Franklin Hill Giants)""",
     dec="deny", reason="ground_not_permitted", mnc=["Franklin Hill"],
     cats=["gang_affiliation"], tags=["deny_ground"])

# 75
case(school="Young Achievers Science and Mathematics Pilot School", name="Jermaine Clarke", grade=8,
     r="bpd/district-b3", g="weapon", w="revolver", at="2026-04-16 10:12",
     loc="Young Achievers, Rm 104", fmt="call_summary",
     d="""911 CALL SUMMARY (from AP Diallo, 1012)
Caller reports Gr 8 student S-1 has a gun in his backpack, seen by two classmates in Rm 104. Units responded.
1016 SSS Ramos and AP secured S-1 and the backpack in the office.
1020 BPD B-3 on scene (Ofc. Pierre #4410, Ofc. Doyle #2977). Recovered: .38 revolver, 5 rounds in cylinder, wrapped in a Jayson Tatum jersey.
S-1: {LAST}, {FIRST}, DOB {dob}, Gr {grade}
Citizenship: Jamaica (per SIS)
S-1 told Ofc. Pierre he found the revolver in a bush on the way to school.""",
     dec="allow", key="revolver", mnc=["Jamaica"],
     mct=["5 rounds in cylinder", "Jayson Tatum jersey", "Rm 104"],
     cats=["immigration_status", "national_origin"], tags=["allow_weapon"])

# 76
case(school="Josiah Quincy Upper School", name="Eric Wong", grade=9,
     r="mbta-transit-police", g="weapon", w="folding knife", at="2025-11-25 15:20",
     loc="Orange Line platform, Tufts Medical Center station", fmt="email_memo",
     d="""To: MBTA Transit Police, Detective Unit
S-1, Gr 9, pulled a folding knife on another student on the Orange Line platform at Tufts Medical Center at 1520; knife taken by school staff who were on the platform.
Lang: Cantonese (mother); father works nights.""",
     dec="deny", reason="recipient_not_permitted", mnc=["Cantonese"],
     cats=["language"], tags=["deny_recipient"])

# 77
case(school="Boston Latin Academy", name="Grace Liu", grade=10,
     r="bpd/district-b2", g="drugs", s=["Adderall (amphetamine, not prescribed)"], at="2026-03-05 09:20",
     loc="Boston Latin Academy, Rm 331", fmt="narrative",
     extra={"ell_status": "Former EL (FLEP)"},
     d="""NARRATIVE - Safety Specialist T. Brennan
At 0920 Ms. Ortiz (Chemistry, Rm 331) intercepted a note offering "addy 10 for $5." The note was traced to S-1, who admitted selling. S-1 produced a pencil pouch with 23 orange oval tablets imprinted "b 973" (amphetamine salts / Adderall 20 mg). S-1 has no prescription on file with the nurse; S-1 said they are her brother's.
Tablets sealed, custody to BPD B-2 at 1045.""",
     dec="allow", key="Adderall", mnc=["Former EL", "FLEP"],
     mct=["23 orange oval tablets", "pencil pouch", "Rm 331"],
     cats=["language"], tags=["allow_drugs"])

# 78
case(school="New Mission High School", name="Andre Thompson", grade=9,
     r="bpd/district-e18", g="serious_violence", w="metal chair", at="2025-12-17 11:40",
     loc="New Mission High School cafeteria", fmt="major_incident",
     d="""MAJOR INCIDENT (Tier 3) - New Mission HS
1140 cafeteria. S-1 and 2 other students attacked V-1. S-1 picked up a metal cafeteria chair and struck V-1 in the face with it while V-1 was on the floor.
Injuries: V-1 nasal fracture and orbital floor fracture (L), Carney Hospital, surgery scheduled.
S-1: 5'7, 140, thin, braids, white Nike tee, blue jeans, gray Crocs
Known associates: the Morton St set (per SSS).
Chair held in the Safety Office for BPD.""",
     dec="allow", key="metal cafeteria chair", mnc=["Morton St"],
     mct=["orbital floor fracture", "gray Crocs", "Safety Office"],
     cats=["gang_affiliation"], tags=["allow_violence"])

# 79
case(school="Boston Community Leadership Academy", name="Tyrone Burke", grade=12,
     r="bpd/district-e18", g="drugs", s=["cigars"], at="2026-04-01 12:00",
     loc="BCLA side door", fmt="short_log",
     d="""1200 S-1 smoking a Black & Mild cigar outside the side door. S-1 said "it's just a cigar." Pack of 4 wine-tips and a lighter confiscated.
Home: 12 Codman Hill Ave (per SIS)""",
     dec="deny", reason="excluded_substance", mnc=["Codman Hill"],
     cats=["neighborhood"], tags=["deny_substance"])

# 80
case(school="Brighton High School", name="Emeka Obi", grade=11,
     r="bpd/district-d14", g="weapon", w="explosive (M-80)", at="2026-01-21 12:25",
     loc="Brighton High School, 1st floor boys' room", fmt="incident_form",
     d="""EXPLOSIVE DEVICE - M-80 type
1225 1st fl boys' room. Loud detonation heard; smoke. SSS Kiley and AP Fox responded. Stall partition damaged (scorched, dented). No injuries.
1230 Witness W-1 identified S-1 as the student who lit it. S-1 located in the cafeteria; 2 more M-80s (red cardboard tubes, green fuses) found in his jacket pocket.
S-1 POB: Lagos, Nigeria
Devices held for the BPD Bomb Squad, area cleared.""",
     dec="allow", key="M-80", mnc=["Lagos", "Nigeria"],
     mct=["2 more M-80s", "green fuses", "Stall partition damaged"],
     cats=["national_origin"], tags=["allow_weapon"])

# 81
case(school="Jeremiah E. Burke High School", name="Kareem Banks", grade=11,
     r="bpd/district-b3", g="serious_violence", at="2026-03-24 14:50",
     loc="Burke HS, 3rd floor stairwell", fmt="request_memo",
     att=[{"kind": "photo", "name": "S1_ID_photo.jpg"}, {"kind": "document", "name": "video_stills.pdf"}],
     d="""V-1 (Gr 10) was beaten in the 3rd fl stairwell at 1450; broken left arm, BMC. The attacker's face is partly visible in a phone video. We believe it is S-1. Please run the attached ID photo of S-1 against the video stills with your facial recognition system to confirm before we proceed.""",
     dec="deny", reason="face_surveillance", mnc=[],
     cats=["face_surveillance"], tags=["deny_face"])

# 82
case(school="John D. O'Bryant School of Mathematics & Science", name="Xavier Bell", grade=11,
     r="bpd/district-b2", g="credible_threat", at="2026-04-30 08:00",
     loc="Nubian Square busway", fmt="threat_assessment",
     t="""On the afternoon of 4/29 at the Nubian Square busway S-1 told V-1 "you're getting shot Monday, I know where you get off the bus," then at 1611 sent V-1 a video of himself holding a handgun. S-1 brought a knife to school in 2025.""",
     d="""THREAT ASSESSMENT - TIER 2 SUMMARY (SSS Okonkwo, School Psych Dr. Fine)
Reported: {date} 0800 by V-1 and his mother
Location of threat: Nubian Square busway, approx 1520 the prior afternoon
Statement: "you're getting shot Monday, I know where you get off the bus"
Evidence: 11-second video sent to V-1 at 1611: S-1 holding a black semi-auto handgun, bedroom background.
Background: S-1 moved here from Trinidad in 2023.
Risk factors: prior knife possession (2025), access to weapon (video), specific target and date.
Plan: S-1 kept home pending BPD follow-up; safety plan for V-1.""",
     dec="allow", key="handgun", mnc=["Trinidad"],
     mct=["Nubian Square busway", "11-second video", "specific target and date"],
     cats=["national_origin"], tags=["allow_threat"], trap=True)

# 83
case(school="Madison Park Technical Vocational High School", name="Robert Lora", grade=12,
     r="bpd/district-b2", g="drugs", s=["marijuana"], at="2026-01-09 09:15",
     loc="Madison Park TVHS, shop wing lockers", fmt="shift_log",
     d="""Safety log - MP
0915: Shop teacher smelled weed by S-1's locker. Search found a vacuum-sealed bag (approx 1 lb) of marijuana buds and a box of empty dime bags.
0930: S-1 admitted selling.
Citizenship: Dominican Republic (dual)""",
     dec="deny", reason="excluded_substance", mnc=["Dominican"],
     cats=["immigration_status", "national_origin"], tags=["deny_substance"])

# 84
case(school="Thomas A. Edison K-8 School", name="Nikolai Petrov", grade=8,
     r="bpd/district-d14", g="weapon", w="Swiss Army knife", at="2025-10-14 08:30",
     loc="Edison K-8, homeroom Rm 302", fmt="incident_form",
     d="""Edison K-8 - Incident (Weapon) - Gr 8
0830 homeroom. S-1 opened a red Swiss Army knife (approx 3 in. main blade) and held it toward V-1's face, saying "move." V-1 moved; no contact.
Teacher Ms. Ryan called the office. SSS Coyle recovered the knife from S-1's desk at 0834.
S-1 speaks Russian at home; the AP called dad and spoke through a Russian-speaking staff member.
Knife tagged ED-26-01. Parent here 0915.""",
     dec="allow", key="Swiss Army knife", mnc=["Russian"],
     mct=["red Swiss Army knife", "held it toward", "at 0834"],
     cats=["language"], tags=["allow_weapon"], trap=True)

# 85
case(school="Excel High School", name="Jalen Crawford", grade=11,
     r="bpd/district-c6", g="drugs", s=["promethazine-codeine", "marijuana"], at="2026-03-31 10:10",
     loc="Excel High School, Rm 304", fmt="offense_report",
     d="""DRUG POSSESSION - Excel HS
1010 Rm 304: teacher saw S-1 drinking from a purple-tinted Sprite bottle and nodding off. Nurse eval: drowsy, vitals OK.
Search of backpack (consent, AP present): 4 oz bottle of promethazine-codeine syrup (pharmacy label removed), 1 bag marijuana (approx 2 g), and a pack of rolling papers.
S-1 said he bought the syrup from "a guy at Broadway station."
Tattoos: 'HH' with tear drop under L eye (Harbor Hill crew sign)
Items tagged EX-26-019/020.""",
     dec="allow", key="promethazine-codeine", mnc=["Harbor Hill", "'HH'"],
     mct=["purple-tinted Sprite bottle", "Broadway station", "rolling papers"],
     cats=["gang_affiliation"], tags=["allow_drugs"], trap=True)

# 86
case(school="TechBoston Academy", name="Quentin Hayes", grade=12,
     r="msp/gang-unit", g="weapon", w="loaded 9mm handgun", at="2026-02-20 14:20",
     loc="TechBoston Academy, dismissal", fmt="email_memo",
     d="""For Mass State Police gang unit (Tpr. Devlin), as requested:
S-1 had a loaded 9mm in his waistband at dismissal 1420; BPD C-11 took custody of S-1 and the gun. S-1 is a known Greenwood 50 member.""",
     dec="deny", reason="recipient_not_permitted", mnc=["Greenwood 50"],
     cats=["gang_affiliation"], tags=["deny_recipient"])

# 87
case(school="Jeremiah E. Burke High School", name="Shaquan Reid", grade=11,
     r="bpd/district-b3", g="serious_violence", w="handgun", at="2026-05-06 14:17",
     loc="Burke HS bus loop, Washington St", fmt="cad_log",
     d="""PRELIMINARY - SHOTS FIRED NEAR SCHOOL - CAD 26-B3-008812
1417 Multiple calls, shots fired, Washington St at the Burke bus loop during early dismissal.
1418 Units 1, 2, 5 to the bus loop; BPD B-2/B-3 notified.
1420 V-1 (Gr 10) on the sidewalk with a gunshot wound to the L calf, conscious. SSS Cole applying a tourniquet.
1424 BEMS on scene, V-1 transported to BMC.
1426 Witnesses (W-1 bus monitor, W-2 student) name S-1 as the shooter; fled on foot toward Grove Hall.
1432 S-1 stopped by BPD B-2 in the Grove Hall Mall parking lot. Handgun (black, .40 cal) recovered under a parked car nearby.
1440 Scene held by BPD B-3; shell casings (3) near the bus loop pole, marked with cones by SSS Cole before BPD arrival.
1445 Buses rerouted to the Normandy St side; students held in the auditorium until 1530.
1502 SSS Cole and the bus monitor walked BPD detectives through the bus loop camera (fixed, no audio): S-1 seen in a white puffer jacket and black ski mask pulled up on his head, firing from the sidewalk at 1416.
1530 Dismissal resumed with SSS at every exit.
Background per SSS: S-1 claims Geneva Ave; the beef with V-1's friends started on IG.""",
     dec="allow", key="gunshot wound", mnc=["Geneva Ave"],
     mct=["L calf", "Grove Hall Mall parking lot", "tourniquet"],
     cats=["gang_affiliation"], tags=["allow_violence"], trap=True)

# 88
case(school="John W. McCormack Middle School", name="Tiana Owens", grade=8,
     r="bpd/district-c11", g="welfare_check", at="2026-03-11 09:00",
     loc="McCormack MS main office", fmt="request_memo",
     d="""WELFARE / RUNAWAY REQUEST
S-1 (Gr 8) has not been in school or home since Monday per mother. Mother believes she is staying with an older boyfriend at 20 Dacia St. Requesting BPD check.""",
     dec="deny", reason="ground_not_permitted", mnc=["Dacia St"],
     cats=["neighborhood"], tags=["deny_ground"])

# 89
case(school="Dorchester Academy", name="Brianna Evans", grade=11,
     r="bpd/district-c11", g="weapon", w="Taser", at="2025-11-24 12:55",
     loc="Dorchester Academy, 2nd floor girls' room / hallway outside Rm 206", fmt="narrative",
     d="""R/O (Safety Specialist J. Kerrigan #338) report:
On {date} at approx 1255 R/O was notified by Ms. Fitts that a student had "a taser" in the 2nd floor girls' room. R/O located S-1 in the hallway outside Rm 206 and asked her to come to the office. S-1 handed over a yellow Taser Pulse+ (conducted energy device, cartridge spent).
W-1 stated S-1 fired it at a wall during an argument; the probes were found stuck in the tile.
S-1 stated she bought it online after being followed by a man near the Catholic Charities food pantry across the street.
B/F
5'5, heavy build, long box braids, gray North Face jacket.
Device and spent cartridge secured, DA-26-06.""",
     dec="allow", key="Taser", mnc=["B/F"],
     mct=["yellow Taser Pulse+", "Catholic Charities food pantry", "probes were found stuck in the tile"],
     cats=["ethnicity"], tags=["allow_weapon"], trap=True)

# 90
case(school="Madison Park Technical Vocational High School", name="Jasmine Ortiz", grade=10,
     r="bpd/district-b2", g="harassment", at="2025-12-10 11:15",
     loc="Madison Park TVHS, 2nd floor hallway", fmt="short_log",
     d="""HARASSMENT / BULLYING
1115 2nd fl hallway: S-1 pulled V-1's hijab off and posted a video of it on Snapchat with a slur. V-1 not physically injured. S-1 suspended 5 days.""",
     dec="deny", reason="ground_not_permitted", mnc=["hijab"],
     cats=["religion"], tags=["deny_ground"])

# 91
case(school="Snowden International School", name="Lucas Ferreira", grade=12,
     r="bpd/district-d4", g="drugs", s=["ketamine"], at="2026-02-09 09:40",
     loc="Snowden International School, Rm 402 (art room)", fmt="offense_report",
     extra={"citizenship": "Portugal"},
     d="""RPT 26-SN-014 / Safety Specialist V. Costa
0940 S-1 found slurring and unsteady in Rm 402 (art room). Nurse evaluated.
S-1 had a small vial of white powder labeled "K" and a folded bill with residue; S-1 said it was ketamine he bought near Back Bay station.
EMS evaluated, transported S-1 to Tufts MC for observation.
Vial and bill sealed SN-26-014-1/2 for BPD D-4.""",
     dec="allow", key="ketamine", mnc=["Portugal"],
     mct=["Back Bay station", "Rm 402", "small vial of white powder"],
     cats=["immigration_status"], tags=["allow_drugs"], trap=True)

# 92
case(school="Brighton High School", name="Darnell Price", grade=11,
     r="bpd/district-d14", g="weapon", w="hunting knife", at="2026-04-22 11:48",
     loc="Brighton High School cafeteria", fmt="arrest_summary",
     d="""ARREST SUMMARY (prepared for the BPD D-14 liaison by SSS Kiley)
Charge (per BPD): Carrying a dangerous weapon on school grounds
Time of arrest: 1150 hrs, BHS cafeteria
S-1: {LAST}, {FIRST}  DOB {dob}
Sex: M
Hgt 5-9 / Wgt 160 / Hair: short afro / Eyes: brown
Clothing: black hoodie, camo pants, white Air Max
Alias: "Lil Ashford" (Ashford St crew)
Weapon: fixed-blade hunting knife, 6 in., in a leather sheath on his belt under the hoodie
Facts: S-1 argued with another student at the lunch table, stood up, lifted his hoodie to show the knife and said "keep talking." Staff intervened; SSS Kiley removed the knife at 1148. No injuries.""",
     dec="allow", key="hunting knife", mnc=["Ashford"],
     mct=["short afro", "leather sheath", "keep talking"],
     cats=["gang_affiliation"], tags=["allow_weapon"], trap=True)

# 93
case(school="Dorchester Academy", name="Marvin Tate", grade=10,
     r="boston-gang-database", g="weapon", w="kitchen knife", at="2026-01-28 09:50",
     loc="Dorchester Academy, Rm 118", fmt="assessment_entry",
     d="""GANG ASSESSMENT ENTRY - submitted by school safety
S-1 had a 7 in. kitchen knife in his backpack on {date}, recovered 0950 in Rm 118.
Points: self-admission (Kilmer Tre), photos with members on IG, tattoo "KTB".""",
     dec="deny", reason="recipient_not_permitted", mnc=["Kilmer Tre", "KTB"],
     cats=["gang_affiliation"], tags=["deny_recipient"])

# 94
case(school="Washington Irving Middle School", name="Mateo Alvarez", grade=8,
     r="bpd/district-e5", g="serious_violence", at="2025-10-23 14:02",
     loc="Washington Irving Middle School, east stairwell", fmt="narrative",
     d="""INCIDENT NARRATIVE (ASSAULT - STAIRWELL) - Irving MS
At 1402 in the east stairwell, S-1 pushed V-1 (Gr 7) from behind off the landing between the 2nd and 1st floors. V-1 fell approx 10 steps and landed on his right leg. The nurse found an obvious deformity of the right lower leg. BEMS transported V-1 to Children's Hospital: displaced tibia fracture, surgery with rods.
Two students (W-1, W-2) and the stairwell camera show S-1 pushing with both hands after saying "bye."
S-1 was held in the Dean's office. His grandmother was contacted. Lang: Spanish, office staff interpreted.
S-1 description: 5'2, slim, curly hair in a top knot, gray school polo, black joggers.""",
     dec="allow", key="tibia fracture", mnc=["Spanish", "interpreted"],
     mct=["right lower leg", "top knot", "pushing with both hands"],
     cats=["language"], tags=["allow_violence"])

# 95
case(school="Boston Latin Academy", name="Michelle Tran", grade=11,
     r="bpd/district-b2", g="drugs", s=["alcohol", "nicotine vape"], at="2026-04-10 14:00",
     loc="Boston Latin Academy, 4th floor stairwell", fmt="short_log",
     d="""1400 SSS found S-1 and a friend in the 4th fl stairwell with a 200 ml bottle of Smirnoff (half full) and a Juul. Odor of alcohol. Nurse ok'd. Parents called.
S-1: A/F, Gr 11.""",
     dec="deny", reason="excluded_substance", mnc=["A/F"],
     cats=["ethnicity"], tags=["deny_substance"])

# 96
case(school="English High School", name="Tristan Cole", grade=12,
     r="bpd/district-e13", g="drugs", s=["fentanyl"], at="2026-03-26 11:18",
     loc="English High School, Rm 141", fmt="medical_log",
     extra={"religion": "Seventh-day Adventist"},
     d="""NARCAN ADMINISTRATION / MEDICAL RESPONSE LOG
1118 Call from Rm 141: student unresponsive. Nurse Guerra and SSS Pike on scene 1120.
1121 S-1 unresponsive, pinpoint pupils, shallow breathing. Narcan 4 mg nasal administered by nurse.
1123 2nd dose Narcan. S-1 responsive at 1125.
1126 BEMS on scene, S-1 transported to Faulkner Hospital.
1140 SSS Pike inventoried S-1's backpack: 3 small wax folds stamped "TESLA" with tan powder (suspected fentanyl), 1 straw cut short.
1150 Items sealed, EHS-26-031; BPD E-13 notified.""",
     dec="allow", key="fentanyl", mnc=["Adventist"],
     mct=["Narcan 4 mg nasal", "3 small wax folds", "straw cut short"],
     cats=["religion"], tags=["allow_drugs"])

# 97
case(school="Boston Latin School", name="Declan Murray", grade=10,
     r="bpd/district-d4", g="credible_threat", at="2026-05-20 06:12",
     loc="Boston Latin School (email threat)", fmt="incident_log",
     t="""At 0612 on {date} an email from S-1's school account went to the main office and 40 students: "there are 3 bombs in this building, they go off at 10, stay home if you want to live." District IT traced the login to S-1's Chromebook, whose history two days earlier shows searches for pipe bomb instructions.""",
     d="""INCIDENT LOG - BLS - BOMB THREAT (EMAIL)
0612 Email from S-1's school account to the main office + 40 students: "there are 3 bombs in this building, they go off at 10, stay home if you want to live."
0640 Head of School notified; BPD D-4 notified 0645.
0700 Building held closed; BPD sweep with K-9 0710-0920, nothing found.
0930 District IT: login from S-1's Chromebook; browser history 2 days earlier includes searches for pipe bomb instructions.
1015 S-1 and father at BPD D-4 with SSS Morrissey. S-1 denies sending.
S-1 ethnicity per SIS: Irish
Staging: staff and students held on the Avenue Louis Pasteur side until 0920.""",
     dec="allow", key="3 bombs", mnc=["Irish"],
     mct=["Avenue Louis Pasteur", "K-9 0710-0920", "pipe bomb instructions"],
     cats=["ethnicity"], tags=["allow_threat"], trap=True)

# 98
case(school="East Boston High School", name="Josue Melendez", grade=11,
     r="bpd/district-a7", g="drugs", s=["fentanyl"], at="2026-02-25 09:05",
     loc="East Boston High School, 3rd floor hallway", fmt="cad_log",
     att=[{"kind": "face_match", "name": "Rekognition_result_S1.json"}],
     d="""0905 SSS saw a hand-to-hand in the 3rd fl hallway on camera.
0910 Still image run through the district camera vendor's face recognition: returned S-1 (match 97%).
0925 S-1 located; 6 blue M30 pills (suspected fentanyl) in his sock.""",
     dec="deny", reason="face_surveillance", mnc=["match 97%"],
     cats=["face_surveillance"], tags=["deny_face"])

# 99
case(school="Maurice J. Tobin K-8 School", name="Ariana Vargas", grade=7,
     r="bpd/district-b2", g="weapon", w="kitchen knife", at="2026-01-12 08:20",
     loc="Tobin K-8, Gr 7 classroom", fmt="text_message",
     d="""Ofc Brady - 7th grader at Tobin had a 4 in. kitchen knife in her backpack this AM, found by her teacher during a supply check at 8:20. Secured in the office, no injuries, no threats. She said it was for cutting an apple. Mom coming in. -- R. Santos, Safety""",
     dec="allow", key="kitchen knife", mnc=[],
     mct=["supply check at 8:20", "cutting an apple"],
     cats=[], tags=["allow_weapon", "clean"])

# 100
case(school="Boston International Newcomers Academy", name="Ronel Augustin", grade=11,
     r="bpd", g="status_verification", at="2026-05-04 10:00",
     loc="BINcA main office", fmt="records_request",
     d="""REQUEST: status verification
S-1 {LAST}, {FIRST}  DOB {dob}
Enrollment documents show a foreign birth certificate (Haiti) and an expired visa.
A# on a paper in his file: 213-456-789
We need to know whether S-1 is lawfully present before we place him in the city internship program. Please check with your federal contacts and advise.""",
     dec="deny", reason="ground_not_permitted", mnc=["Haiti", "expired visa", "213-456-789"],
     cats=["immigration_status", "national_origin"], tags=["deny_ground", "status_check"])


# --------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def is_edt(d):
    """US Eastern daylight time for 2025/2026 (second Sunday of March to first Sunday of November)."""
    def nth_sunday(year, month, n):
        first = _dt.date(year, month, 1)
        off = (6 - first.weekday()) % 7
        return first + _dt.timedelta(days=off + 7 * (n - 1))
    start = nth_sunday(d.year, 3, 2)
    end = nth_sunday(d.year, 11, 1)
    return start <= d.date() < end


def dob_for(rng, grade, when):
    sy = when.year if when.month >= 8 else when.year - 1
    lo = _dt.date(sy - grade - 6, 9, 1)
    hi = _dt.date(sy - grade - 5, 8, 31)
    return lo + _dt.timedelta(days=rng.randint(0, (hi - lo).days))


def keys_of(obj, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            acc.add(k)
            keys_of(v, acc)
    return acc


def build():
    rng = random.Random(SEED)
    school_ids, used_sid, out = {}, set(), []
    for n, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:04d}"
        if c["school"] not in school_ids:
            while True:
                sid = f"BPS-{rng.randint(4000, 4999)}"
                if sid not in school_ids.values():
                    break
            school_ids[c["school"]] = sid
        while True:
            stu_id = str(rng.randint(100000, 999999))
            if stu_id not in used_sid:
                used_sid.add(stu_id)
                break
        when = _dt.datetime.strptime(c["at"], "%Y-%m-%d %H:%M")
        dob = dob_for(rng, c["grade"], when)
        first, last = c["name"].split(" ", 1)
        fill = {"FIRST": first.upper(), "LAST": last.upper(), "first": first, "last": last,
                "dob": dob.strftime("%m/%d/%Y"), "grade": c["grade"], "date": when.strftime("%m/%d/%y")}
        desc = c["d"].strip().format(**fill)
        offset = "-04:00" if is_edt(when) else "-05:00"
        req = {"request_id": cid, "school_id": school_ids[c["school"]], "recipient": c["r"], "ground": c["g"]}
        if c.get("s"):
            req["substances"] = c["s"]
        if c.get("w"):
            req["weapon"] = c["w"]
        if c.get("t"):
            req["threat_statement"] = c["t"].strip().format(**fill)
        req["incident"] = {"occurred_at": when.strftime("%Y-%m-%dT%H:%M:00") + offset,
                           "location": c["loc"], "description": desc}
        student = {"student_id": stu_id, "name": c["name"], "date_of_birth": dob.isoformat(),
                   "grade": c["grade"], "school": c["school"]}
        student.update(c.get("extra") or {})
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        allow = c["dec"] == "allow"
        tags = [FAMILY] + list(c["tags"]) + [f"fmt_{c['fmt']}"]
        if c.get("trap"):
            tags.append("precision_trap")
        exp = {"decision": c["dec"]}
        if not allow:
            exp["reason"] = c["reason"]
        exp.update({"must_not_contain": list(c["mnc"]),
                    "must_contain": [c["name"], c["school"], c["key"]] if allow else [],
                    "must_contain_text": list(c.get("mct") or []) if allow else [],
                    "categories": list(c["cats"]), "tags": tags})
        out.append({"id": cid, "request": req, "expect": exp})
        self_check(out[-1], c)
    return out


def self_check(case_obj, c):
    cid, req, exp = case_obj["id"], case_obj["request"], case_obj["expect"]
    whole = fold(json.dumps(req, ensure_ascii=False))
    for s in exp["must_not_contain"] + exp["must_contain"] + exp["must_contain_text"]:
        assert '"' not in s and "\\" not in s, (cid, "no quotes in labels", s)
    desc = fold(req["incident"]["description"])
    stu = req["student"]
    kept = fold(" ".join(str(stu[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"] + " " + req["incident"]["location"]
                + " " + req["incident"]["occurred_at"])
    codes = [fold(x) for x in CATEGORY_CODES] + [fold(k) for k in keys_of(stu, set())]
    codes += ["student." + fold(k) for k in stu]
    keep_strings = [fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
    for s in exp["must_not_contain"]:
        f = fold(s)
        assert len(f) >= 3, (cid, s)
        assert f in whole, (cid, "canary not in request", s)
        assert f not in kept, (cid, "canary in a released field", s)
        assert not any(f in code for code in codes), (cid, "canary inside a code or key name", s)
        for k in keep_strings:
            assert f not in k and k not in f, (cid, "canary overlaps a kept string", s, k)
    if exp["decision"] == "allow":
        assert fold(c["key"]) in desc, (cid, "key fact not in description", c["key"])
        assert 1 <= len(exp["must_contain_text"]) <= 3, cid
        for s in exp["must_contain_text"]:
            assert fold(s) in desc, (cid, "must_contain_text not in description", s)
        if c["g"] == "credible_threat":
            assert req.get("threat_statement"), cid
    else:
        assert exp["reason"] in ("ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                                 "missing_threat_statement", "face_surveillance", "other"), cid
    if c.get("trap"):
        assert exp["decision"] == "allow" and exp["must_contain_text"], cid
    for cat in exp["categories"]:
        assert cat in CATEGORY_CODES, (cid, cat)


def main():
    cases = build()
    assert len(cases) == 100, len(cases)
    descs = [c["request"]["incident"]["description"] for c in cases]
    assert len(set(descs)) == len(descs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
