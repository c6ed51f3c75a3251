#!/usr/bin/env python3
"""Outsider corpus "bb": substances as staff and nurses actually name them.

Family
------
Drug reports written the way Boston Public Schools staff write them: nurse SOAP notes, SSS
(school safety) logs with clock times, parent-call notes, field-test worksheets and lab sheets,
SIS incident exports, AP e-mails, teacher statements, student statements copied word for word.
The ``substances`` field and the narrative use the names people actually use: brand names
(Percocet, Xanax, Adderall, Klonopin, Suboxone, Ativan, Valium), street names (percs, bars,
blues, 30s, molly, shrooms, lean, wax, dabs, carts, gas, loud, zaza, tree, dope, K, ice,
crystal, robo / Triple C, whippets), gas-station products (delta-8, HHC, kratom, tianeptine sold
as "ZaZa Red"), field-test and lab results, mixed bags, unknown powders, unlabeled pills, vapes
of unknown content, edibles, caffeine pills next to a real drug, and a prescription a student
holds versus one they sold.

Labelling notes (decided from RULES.md and CONTRACT.md only)
-----------------------------------------------------------
* ground ``drugs`` is allowed only if at least one listed substance is outside the three excluded
  classes (marijuana incl. THC carts / wax / dabs / edibles / delta-8; nicotine incl. Zyn, Juul,
  Elf Bar, cigarillos; alcohol incl. beer, hard seltzer, Twisted Tea, cognac). A vape whose
  content is unknown is excluded. "gas", "loud", "za"/"zaza", "tree", "moonrocks" are marijuana;
  "ZaZa Red" capsules labelled tianeptine are not; "gas station heroin" is tianeptine.
* Caffeine pills / energy drinks never decide a case on their own: they only appear next to a
  clearly qualifying drug (allow) or as scenery.
* HHC never decides a case on its own either (it rides with Xanax).
* Denials carry exactly one failing condition, so the reason code is unambiguous:
  excluded_substance, recipient_not_permitted (BRIC, ICE, HSI, DEA, FBI, the Fusion Center, State
  Police, MBTA Transit Police, another town's police, private security), ground_not_permitted
  (truancy, theft, gang_activity, medical_emergency, distribution, ...),
  missing_threat_statement (credible_threat with no statement), face_surveillance (a face-match
  attachment, face recognition results, or a request for photos to face-match).
* A weapon-ground case that also lists marijuana is allowed on the weapon ground; a credible
  threat with a written statement is allowed whatever the substance.
* must_not_contain holds the shortest strings that reveal a forbidden fact (a crew name, a street,
  a zip, a faith, a home language, a birth country, an immigration term, a face-match vendor or
  score). None is a substring of a category or reason code, of the student's kept fields, of the
  school, school_id or recipient.
* must_contain: student name, school, and the drug as named in the narrative. must_contain_text:
  one to three incident facts that sit in their own clause, away from any forbidden statement.
* Precision traps (tag ``trap``) put innocent look-alikes in must_contain_text: product and
  flavour names built on places or peoples (Mexican Coke, Colombian coffee, Irish Cream, Thai
  tea, Turkish coffee, French Vanilla, Swedish Fish, Canada Goose, Red Thai, Hindu Kush, Dutch
  Masters, Cuban link, Fiji, Arizona, Poland Spring, Russian Standard, Hawaiian Punch, Patagonia,
  Vietnamese iced coffee, Alien Labs), "Spanish fly",
  "Latin class", "English class", "Spanish 3 class group chat", "stage crew", "crew neck",
  "C block", "rolling papers", a Visa gift card, a Citizen watch, Jordan 4s, heritage-month
  assemblies, the Native Plant Garden, and places where the incident happened (Seaport hotel,
  Jackson Square station, the Avenue Louis Pasteur entrance), which are not residences.

Deterministic: fixed seed, standard library only.  Run: python3 make_outsider_bb.py
"""
import datetime as dt
import json
import pathlib
import random

SEED = 20260307
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bb.jsonl"
FAMILY = "outsider_bb"

CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
         "language", "gang_affiliation", "face_surveillance", "not_allowlisted",
         "ground_not_permitted", "excluded_substance", "recipient_not_permitted",
         "missing_threat_statement", "invalid_request"]

SCHOOLS = {
    "BLA": ("Boston Latin Academy", 7, 12),
    "BLS": ("Boston Latin School", 7, 12),
    "MP": ("Madison Park Technical Vocational High School", 9, 12),
    "EB": ("East Boston High School", 9, 12),
    "JEB": ("Jeremiah E. Burke High School", 9, 12),
    "EHS": ("English High School", 9, 12),
    "EXC": ("Excel High School", 9, 12),
    "BRI": ("Brighton High School", 9, 12),
    "TBA": ("TechBoston Academy", 6, 12),
    "MH": ("Mission Hill K-8", 6, 8),
    "OB": ("John D. O'Bryant School of Mathematics & Science", 7, 12),
    "CHS": ("Charlestown High School", 9, 12),
    "SNO": ("Snowden International School", 9, 12),
    "BAA": ("Boston Arts Academy", 9, 12),
    "BCLA": ("Boston Community Leadership Academy", 9, 12),
    "DEA": ("Dearborn STEM Academy", 6, 12),
    "FEN": ("Fenway High School", 9, 12),
    "NM": ("New Mission High School", 7, 12),
    "ACC": ("Another Course to College", 9, 12),
    "CASH": ("Community Academy of Science and Health", 9, 12),
    "BGA": ("Boston Green Academy", 6, 12),
    "BDEA": ("Boston Day and Evening Academy", 9, 12),
    "MUN": ("Margarita Muñiz Academy", 9, 12),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", 9, 12),
    "HEN": ("Henderson K-12 Inclusion School", 9, 12),
    "JQUS": ("Josiah Quincy Upper School", 6, 12),
    "LGF": ("Lilla G. Frederick Middle School", 6, 8),
    "DOR": ("Dorchester Academy", 9, 12),
    "GEH": ("Greater Egleston High School", 9, 12),
    "HER": ("Rafael Hernández K-8 School", 6, 8),
}

CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# The cases.  Keys: s school, g grade, n name, r recipient, gr ground, sub substances, w weapon,
# th threat statement, loc location, t time, date (optional), d description, x extra student
# fields, att attachments, dec decision, rsn reason, mnc must_not_contain, key drug/fact for
# must_contain, mct must_contain_text, cats categories, tags extra tags, trap precision trap.
# ---------------------------------------------------------------------------------------------

case(s="BLA", g=10, n="Maya Okonkwo-Reilly", r="bpd/district-b2", gr="drugs",
     sub=["Percocet (oxycodone/acetaminophen 10/325), 2 tablets"],
     loc="Boston Latin Academy, health office", t="10:50",
     d=("S: Student walked into the health office at 10:50 escorted by her math teacher. States "
        "\"I'm just tired.\" When asked directly, student stated she took \"half a perc\" in the "
        "3rd floor girls' bathroom before 2nd period and got it from \"a kid at the bus stop.\" "
        "Denies other substances, denies intent to harm self. "
        "O: Drowsy but arousable to voice, pinpoint pupils, RR 12, SpO2 95% RA, HR 64, BP 104/66. "
        "Two whole white oblong tablets found in the front pocket of her backpack during the check "
        "with AP present, imprint \"M 523\". Per imprint reference these are Percocet "
        "(oxycodone/acetaminophen 10/325). No medications on file for this student. "
        "A: Suspected opioid ingestion, medication not prescribed to student. "
        "P: Narcan kept at bedside, not needed. Vitals q5 min x 30 min, stable. Mother notified "
        "11:05, picked up 11:40, will follow up with pediatrician today. Tablets bagged, labeled "
        "and handed to AP at 11:10."),
     dec="allow", key="Percocet", mct=["M 523", "pinpoint pupils"], tags=["brand_name", "nurse_note"])

case(s="MP", g=11, n="Dario Tavares", r="bpd/district-b2", gr="drugs",
     sub=["blues", "counterfeit M30 tablets (fentanyl test strip positive)"],
     loc="Madison Park, Building 1 stairwell by the auto shop", t="09:12",
     x={"home_language": "Cape Verdean Creole", "ell_status": "EL level 3"},
     d=("0912  SSS Doherty radioed: student passing something to two younger kids in the "
        "Bldg 1 stairwell by the auto shop.\n0915  Student stopped on the landing, the two "
        "younger students sent back to class. Walked to SSS office without incident, said \"I "
        "didn't do nothing.\"\n0921  AP present for search of backpack per policy. Found 1 "
        "Ziploc with 11 round light-blue pills stamped \"M\" / \"30\", and $140 in twenties "
        "folded inside a sock.\n0925  Student said they were \"blues\" and that he was holding "
        "them for someone he would not name. Says he has never taken one.\n0940  Nurse ran a "
        "fentanyl test strip on a scraping from one pill: POSITIVE. Nurse left Narcan in the "
        "SSS office as a precaution; student has no symptoms.\n0950  Both younger students "
        "interviewed separately by AP; both say he offered them \"a blue\" for $20 and that "
        "they did not buy.\n1005  Called home. Dad needed a Kriolu interpreter; Mr. Barros "
        "from the family liaison office got on the line. Dad will come in tomorrow 8 AM with "
        "mom.\n1030  Pills and cash locked in AP safe, chain of custody form started, photos "
        "taken."),
     dec="allow", key="fentanyl", mct=["11 round light-blue pills", "fentanyl test strip"],
     mnc=["Kriolu", "interpreter", "Cape Verdean", "EL level"], cats=["language"],
     tags=["street_name", "sss_log", "forbidden_fact"])

case(s="BRI", g=11, n="Kenji Watanabe-Cole", r="bpd/district-d14", gr="drugs",
     sub=["THC vape cartridge (Alien Labs, 1 g)", "JUUL device with 2 pods"],
     loc="Brighton High School, main entrance", t="08:05",
     d=("Hi all, writing this up for the file. At about 8:05 this morning the wand alerted on "
        "Kenji's bag at the main entrance during the random check. In the front pocket: a Juul "
        "with two pods, and a 1 g cartridge labeled Alien Labs \"Biscotti\" on a 510 battery, "
        "about a third full. It is a THC cart, he did not argue that. He says he uses it at night "
        "to sleep and does not sell. Nothing else in the bag. Parents notified; he is being "
        "assigned to the substance use curriculum with Ms. Park. I'd like this sent over per our "
        "usual practice. Thanks, J."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "mixed_bag", "email"])

case(s="JEB", g=11, n="Marcus Bellamy", r="bpd/district-b3", gr="drugs",
     sub=["bars", "alprazolam 2 mg (imprint S 90 3), 14 tablets"],
     loc="Jeremiah E. Burke High School, cafeteria (B lunch)", t="11:42",
     d=("Teacher statement (Mr. Lindgren, lunch coverage):\nI was covering B lunch in the cafeteria "
        "when I saw Marcus hand a folded napkin to a 9th grader at the table by the windows. I "
        "asked the 9th grader to open it. Inside were two white rectangular pills, scored, with "
        "\"S 90 3\" on one side. I walked both students to the AP. In the office Marcus took a "
        "pill bottle with the label torn off out of his jacket and it had 12 more of the same. "
        "He said they were \"just bars.\" The 9th grader told us he was going to give Marcus a gold "
        "Cuban link chain for four of them. The nurse looked up the imprint: alprazolam 2 mg "
        "(Xanax). Nobody had taken any that we know of."),
     dec="allow", key="alprazolam", mct=["Cuban link chain", "S 90 3"], trap=True,
     tags=["street_name", "teacher_statement"])

case(s="EXC", g=10, n="Terrell Whitfield", r="bric", gr="drugs",
     sub=["molly (MDMA) capsules x9"],
     loc="Excel High School, 2nd floor landing", t="13:05",
     d=("INCIDENT 25-0417 | Type: Drug possession | Reporter: AP M. Costello | Narrative: Student "
        "stopped on the 2nd floor landing with a sandwich bag of 9 clear capsules of tan crystal "
        "powder, which he called \"molly.\" Said he bought them at a party over the weekend. SSS "
        "notes student is known to run with the Homestead Street crew per prior incident 24-1180. "
        "| Disposition: 10-day suspension pending hearing; substance held for pickup. | Share: "
        "BRIC analyst requested copy."),
     dec="deny", rsn="recipient_not_permitted", mnc=["Homestead"], cats=["gang_affiliation"],
     tags=["sis_export", "recipient", "forbidden_fact"])

case(s="TBA", g=9, n="Nia Grayson", r="bpd/district-b2", gr="drugs",
     sub=["psilocybin chocolate bar (Polkadot brand)", "THC gummies (10 mg)"],
     loc="TechBoston Academy, nurse's office", t="13:35",
     d=("Nurse log 1:35 PM. 9th grader presented with nausea and giggling, says the walls are "
        "\"breathing.\" Her friend reports she ate \"two squares\" of a mushroom chocolate bar at "
        "lunch that a junior was selling, plus some gummies. Wrapper recovered from her hoodie "
        "pocket: Polkadot \"Cookies & Cream\", 4 of 15 squares missing, box says mushroom "
        "chocolate, 4g. Also a bag of red fish-shaped gummies that look like Swedish Fish, but "
        "the bag is labeled THC 10mg per piece. VS: BP 128/82, HR 110, pupils dilated. No "
        "vomiting. Kept lying down in the dark room, called grandmother 1:50. School physician "
        "phone consult: EMS not needed if improving. Wrapper and gummies given to AP."),
     dec="allow", key="mushroom chocolate", mct=["Swedish Fish", "4 of 15 squares"], trap=True,
     tags=["mixed_bag", "edible", "nurse_note"])

case(s="CHS", g=12, n="Brendan Sheehy", r="bpd/district-a1", gr="drugs", sub=["zaza"],
     loc="Charlestown High School, locker 2217", t="09:30",
     d=("Locker 2217 checked after student told 2 people he had \"za\" for sale. Found a mylar bag "
        "labeled ZAZA exotic, approx 3.5 g green plant material, strong marijuana odor, and a "
        "grinder. Nothing else. Student admitted it was his."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "street_name", "short"])

case(s="EXC", g=11, n="Jayden Pham", r="bpd/district-c6", gr="drugs",
     sub=["lean (promethazine with codeine syrup)"],
     loc="Excel High School, room 311", t="10:20",
     d=("Writing this down as asked. During 4th period Chemistry in room 311, Jayden was sipping "
        "from a glass Mexican Coke bottle, but what was in it was purple, not brown, and he kept "
        "nodding off. When I asked him to step out he left the bottle on the desk and it smelled "
        "like cough syrup. In his backpack the AP found a small amber pharmacy bottle, label "
        "scratched off except for \"PROMETHAZINE-COD\" and \"6.25-10 MG/5 ML\", about a third full. "
        "He told the AP it was lean and that he \"only drinks it Fridays.\" Sent to the nurse, "
        "vitals OK, mom picked him up at 11:30. -- Ms. Ferreira, Science"),
     dec="allow", key="PROMETHAZINE-COD", mct=["Mexican Coke bottle", "room 311"], trap=True,
     tags=["street_name", "teacher_statement"])

case(s="SNO", g=10, n="Omar Haddad", r="bpd/district-d4", gr="drugs",
     sub=["vape pen, contents unknown"], loc="Snowden International School, room 404", t="14:10",
     d=("Parent call, 3:20 PM, re: the vape Omar's teacher took in 6th period. It is a black "
        "disposable with no brand, no sticker and no flavor name. It doesn't smell like anything "
        "and we have no way to test it, so we can't say if it's nicotine or THC. Mother was on the "
        "call through an Arabic interpreter. She said he told her it belongs to his cousin. Omar "
        "had a vape taken in October as well."),
     dec="deny", rsn="excluded_substance", mnc=["Arabic", "interpreter"], cats=["language"],
     tags=["vape_unknown", "parent_call", "forbidden_fact"])

case(s="BLS", g=10, date="2026-01-22", n="Eli Brandstetter", r="bpd/district-b2", gr="drugs",
     sub=["Adderall XR 20 mg capsules (student's own prescription, sold to other students)"],
     loc="Boston Latin School, Avenue Louis Pasteur entrance", t="14:30",
     d=("Summary for the file. Three 10th graders came to the nurse during finals week with a "
        "racing heart and saying they couldn't sleep. Each of them, separately, said they bought "
        "\"addy\" from Eli for $5 a capsule. Eli has a prescription for Adderall XR 20 mg and his "
        "school dose is kept by the nurse, but his mother confirmed he also has a bottle at home "
        "that he \"manages himself.\"\n\nWhen we met with Eli and his mother he admitted selling "
        "\"maybe 15\" capsules over two weeks, arranged on Snapchat and handed off at the "
        "Avenue Louis Pasteur entrance after school. He had 6 orange/clear capsules marked "
        "\"dp 20 mg\" in his pencil case, which are not his school dose. His own prescription is "
        "not in question; the selling is. The three buyers were checked by the nurse and sent "
        "back to class."),
     dec="allow", key="Adderall", mct=["dp 20 mg", "Avenue Louis Pasteur entrance"], trap=True,
     tags=["brand_name", "prescription_sold"])

case(s="MH", g=8, n="Luis Alvarado", r="bpd/district-b2", gr="drugs",
     sub=["Klonopin (clonazepam 1 mg), 17 tablets"],
     loc="Mission Hill K-8, main office", t="08:40",
     d=("Mrs. Alvarado called the main office at 8:20, very upset. Her prescription Klonopin "
        "(clonazepam 1 mg, her name on the label) was missing from the kitchen cabinet this "
        "morning, and her daughter told her that Luis said he was bringing \"K-pins\" to "
        "school to \"make the bus fun.\" She said the family was at their Pentecostal church "
        "all weekend and she has no idea when he took the bottle.\n\nAP Garrity pulled Luis "
        "from homeroom at 8:40 and asked him straight out. He took the bottle out of his "
        "sock: 17 round yellow pills left. His mother says it was a fresh bottle of 30 "
        "filled Friday, so up to 13 are unaccounted for. Luis says he took 2 himself over "
        "the weekend and gave 2 to a classmate on the bus this morning, and \"doesn't know\" "
        "about the rest.\n\nThe classmate was brought to the nurse at 8:55: sleepy, vitals "
        "normal, parents called and picked him up. Luis was also seen by the nurse, no "
        "symptoms. Mother is coming in at 11; the bottle stays with the AP."),
     dec="allow", key="clonazepam", mct=["17 round yellow pills", "out of his sock"],
     mnc=["Pentecostal"], cats=["religion"], tags=["brand_name", "parent_call", "forbidden_fact"])

case(s="EHS", g=12, n="Kyle Donnelly", r="bpd/district-e13", gr="drugs",
     sub=["Suboxone (buprenorphine/naloxone) 8 mg/2 mg film strips, 3"],
     loc="English High School, 2nd floor hallway", t="12:15",
     d=("Kyle was sent out of class for sleeping for the third day this week. SSS asked him to "
        "empty his pockets and he said the rest was in his jacket. Strips were in the inner "
        "pocket of his Canada Goose jacket: 3 orange film strips in foil wrappers printed SUBOXONE "
        "8 mg/2 mg. No prescription on file. Kyle says his uncle \"has a bunch\" from the clinic "
        "and he takes them \"so I don't get sick,\" which the nurse flagged as possible "
        "dependence. Counselor referral made; mother aware."),
     dec="allow", key="SUBOXONE", mct=["Canada Goose jacket", "3 orange film strips"], trap=True,
     tags=["brand_name"])

case(s="DEA", g=10, n="Aaliyah Brooks", r="bpd", gr="drugs",
     sub=["suspected fentanyl (powder residue on folded dollar bill)"],
     loc="Dearborn STEM Academy, 2nd floor girls' bathroom", t="12:14",
     d=("OPIOID RESPONSE RECORD\nTime called: 12:14\nLocation: 2nd floor girls' bathroom, last "
        "stall\nFound by: another student, who ran to the main office\nOn arrival: student on the "
        "floor, unresponsive to voice and sternal rub, lips blue, snoring respirations approx "
        "6/min.\n12:16 Narcan 4 mg intranasal, R nostril\n12:18 rescue breaths with pocket mask\n"
        "12:19 911 called by main office\n12:20 second Narcan 4 mg, L nostril\n12:21 eyes open, "
        "vomited, placed in recovery position\n12:27 BEMS on scene, transport to BMC\nFound on the "
        "stall floor: a folded dollar bill with white powder residue and a cut straw; AP "
        "collected both. Residue tested positive on a fentanyl test strip at 1:05."),
     dec="allow", key="fentanyl", mct=["Narcan 4 mg", "folded dollar bill"],
     tags=["narcan_clue", "nurse_note", "form"])

case(s="NM", g=11, n="Jamal Pierce", r="bpd/district-b2", gr="medical_emergency",
     sub=["blues (suspected counterfeit oxycodone / fentanyl)"],
     loc="New Mission High School, gym locker room", t="15:05",
     d=("Student collapsed in the gym locker room after taking what he told EMS were \"two "
        "blues.\" Nurse gave Narcan, he came around and was transported to Carney. We want BPD to "
        "know because there may be more of these going around the building."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "street_name", "short"])

case(s="BCLA", g=11, date="2025-10-17", n="Lashawn Dixon", r="bpd/district-e13", gr="drugs",
     sub=["Twisted Tea (hard iced tea), 2 cans", "wax / dab pen (THC concentrate)"],
     loc="White Stadium, behind the bleachers", t="19:40",
     d=("After-hours report, home football game at White Stadium, 3rd quarter. Two students "
        "behind the bleachers on the Playstead side. Lashawn had an open can of Twisted Tea and a "
        "second unopened one in his bag, plus a dab pen with a cart of wax labeled \"Live Resin.\" "
        "He was calm, eyes red, smelled of alcohol. The other student had nothing and went back "
        "to the stands. Mom picked Lashawn up at the gate at 8:15."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "mixed_bag", "sss_log"])

case(s="FEN", g=12, n="Tyler Mahoney", r="bpd/district-c6", gr="drugs",
     sub=["Coors Light, 3 cans", "cocaine, approx 1 g"],
     loc="Seaport hotel ballroom (senior prom), men's room", t="21:50", date="2026-05-29",
     d=("Senior prom at the Seaport hotel ballroom, Friday night. Chaperones on duty: Mr. Haddad, "
        "Ms. Quint, Coach Reardon, AP Brennan (on call by phone).\n\n"
        "At about 9:50 PM a senior came up to Ms. Quint by the DJ table and told her \"people are "
        "doing coke in the bathroom.\" Mr. Haddad and Coach Reardon went into the men's room off "
        "the lobby and found Tyler at the sink with two other seniors. Coach Reardon asked all "
        "three to come out to the coat check area. Tyler had 3 cans of Coors Light inside his tux "
        "jacket, one opened. He handed over his wallet when asked and there was a knotted baggie "
        "of white powder in the card slot. The other two seniors had nothing on them and said "
        "they had only been in there to fix a bow tie; they went back to the dance.\n\n"
        "Tyler said the powder is cocaine and that he \"bought a gram off someone's cousin\" the "
        "week before, and that he had not shared any. He was steady on his feet and talking "
        "normally. Hotel security was not involved. Parents came for him at 10:30 and were told "
        "about the suspension process. The baggie was sealed in an envelope, kept in the hotel "
        "safe overnight under Mr. Haddad's name and handed to the AP Monday morning."),
     dec="allow", key="cocaine", mct=["3 cans of Coors Light", "knotted baggie", "Seaport hotel"],
     trap=True, tags=["mixed_bag", "long"])

case(s="ACC", g=12, n="Andrés Salcedo", r="ice/ero-boston", gr="drugs",
     sub=["crystal methamphetamine (\"ice\")"],
     loc="Another Course to College, 1st floor stairwell", t="09:50",
     x={"immigration_status": "asylum application pending", "country_of_birth": "Venezuela"},
     d=("Student seen in the 1st floor stairwell holding a small glass pipe with a bulb end. AP "
        "search found a baggie of clear crystal shards. Student said it is \"ice\" and he smokes "
        "it to stay awake for his night job. Mother notified by phone."),
     dec="deny", rsn="recipient_not_permitted", mnc=["asylum", "Venezuela"],
     cats=["immigration_status", "national_origin"], tags=["recipient", "street_name", "forbidden_fact"])

case(s="OB", g=11, n="Sebastian Marsh", r="bpd/district-b2", gr="drugs",
     sub=["ketamine (\"K\"), small vial"], loc="John D. O'Bryant School, library", t="12:10",
     d=("During lunch in the library Ms. Rowe saw Sebastian tip a little white powder from a "
        "small brown glass vial into a cup of Thai tea from the boba place. When she asked what it "
        "was he said \"just K, it's chill.\" The vial, about an inch tall with a screw cap and a "
        "tiny spoon on a chain, was about half full. The nurse noted the suspected substance as "
        "ketamine; he was a little slow to answer but oriented x3. He was pretty open: he buys it "
        "from an older guy at the skate park and says he only uses on weekends. Mom came at "
        "1:15."),
     dec="allow", key="ketamine", mct=["Thai tea", "brown glass vial"], trap=True,
     tags=["street_name"])

case(s="CASH", g=12, n="Cody Fallon", r="bpd/district-e18", gr="drugs",
     sub=["crystal (methamphetamine), field test positive"],
     loc="Community Academy of Science and Health, back parking lot", t="07:40",
     d=("Caught in the back parking lot at 7:40 AM with a glass pipe and a small baggie of "
        "crystal. The pipe was wrapped in a paper towel inside an empty Arizona iced tea can in his "
        "bag. Field test by the school police liaison (NIK U): positive for methamphetamine."),
     dec="allow", key="methamphetamine", mct=["Arizona iced tea can", "back parking lot"],
     trap=True, tags=["street_name", "field_test", "short"])

case(s="JQUS", g=9, n="Amir Kassem", r="bpd/district-a1", gr="drugs",
     sub=["ZYN nicotine pouches (6 mg)", "JUUL with Virginia Tobacco pod"],
     loc="Josiah Quincy Upper School, advisory room 208", t="08:55",
     x={"home_address": "77 Wilcock St, Apt 2, Dorchester, MA 02124"},
     d=("A Zyn tin (Cool Mint, 6 mg) was going around in Advisory, 4 students had pouches in. "
        "The tin is Amir's; he also had a Juul with a Virginia Tobacco pod. All four went to the "
        "nurse, one threw up. Parents of all four called."),
     dec="deny", rsn="excluded_substance", mnc=["Wilcock", "02124", "Dorchester"],
     cats=["neighborhood"], tags=["excluded_only", "forbidden_fact"])

case(s="EB", g=10, n="Gianna Russo", r="bpd/district-a7", gr="drugs",
     sub=["ZYN nicotine pouches", "oxycodone 30 mg tablet (imprint A 215)"],
     loc="East Boston High School, cafeteria", t="11:25",
     d=("I took a Zyn tin off of Gianna in the cafeteria. When I opened it to count the pouches "
        "for the referral there was a round blue pill pushed under them, imprint A 215. The nurse "
        "looked it up: oxycodone hydrochloride 30 mg. Gianna says she found it in her brother's "
        "car and \"was going to throw it out.\" She has no prescription for it. -- AP Marchetti"),
     dec="allow", key="oxycodone", mct=["A 215", "Zyn tin"], tags=["mixed_bag", "brand_name"])

case(s="BGA", g=10, date="2026-03-04", n="Hodan Warsame", r="bpd/district-b3", gr="drugs",
     sub=["THC gummies (Wyld, 10 mg)"], loc="Boston Green Academy, nurse's office", t="12:30",
     d=("12:30 student in, dizzy and anxious, says she ate 2 gummies from a classmate on the way "
        "to school. Wrapper: Wyld Raspberry, 10 mg THC each. She had not eaten since before "
        "sunrise because she is keeping the Ramadan fast, which may be why it hit her harder. BP "
        "118/76, HR 104. Rested, juice offered and declined. Dad picked up 1:15."),
     dec="deny", rsn="excluded_substance", mnc=["Ramadan"], cats=["religion"],
     tags=["excluded_only", "edible", "nurse_note", "forbidden_fact"])

case(s="BAA", g=11, n="Sierra Quint", r="bpd/district-d4", gr="drugs",
     sub=["MDMA (\"molly\") capsules x4", "nicotine disposable vape (French Vanilla, 5%)"],
     loc="Boston Arts Academy, dance studio dressing room", t="10:22",
     d=("FIELD TEST WORKSHEET\nItem 1: 4 clear gelatin capsules, tan crystalline powder, from "
        "student's makeup bag in the dance dressing room. Student statement: \"molly.\"\n"
        "Reagent: Marquis. Result: purple to black within 5 sec. Consistent with MDMA/MDA.\n"
        "Item 2: disposable vape, French Vanilla flavor, label reads 5% nicotine. Not tested.\n"
        "Collected by: SSS Arroyo 10:22. Witness: AP Dunne.\nNotes: student cooperative, said she "
        "was saving the capsules for a concert Saturday."),
     dec="allow", key="MDMA", mct=["French Vanilla", "Marquis"], trap=True,
     tags=["lab_sheet", "field_test", "mixed_bag"])

case(s="DOR", g=12, n="Kevin Moyer", r="bpd/district-c11", gr="gang_activity", sub=["percs"],
     loc="Dorchester Academy", t="13:00",
     d=("AP requesting info share. Kevin is believed to be selling percs in the building for the "
        "Ceylon Park crew. Two 9th graders have told SSS they owe him money. Nothing was found on "
        "him today."),
     dec="deny", rsn="ground_not_permitted", mnc=["Ceylon Park"], cats=["gang_affiliation"],
     tags=["ground", "street_name", "forbidden_fact", "short"])

case(s="BRI", g=10, n="Owen Kavanagh", r="bpd/district-d14", gr="drugs",
     sub=["HHC vape cartridge (2 g)", "Xanax bars x2 (imprint GG 249)"],
     loc="Brighton High School, AP office", t="09:45",
     d=("Student statement, copied word for word:\n\"I bought the HHC cart at the gas station "
        "with a Visa gift card my aunt gave me for my birthday. Its legal they sell it to anyone. "
        "The two bars were from a kid at the park I didnt take any yet. I was not selling I "
        "swear.\"\n\nAP note: cart labeled HHC 2g \"Blue Dream.\" Two white rectangular bars were "
        "inside the cart box. Nurse identified the bars by imprint (GG 249) as alprazolam 2 mg."),
     dec="allow", key="alprazolam", mct=["Visa gift card", "GG 249"], trap=True,
     tags=["mixed_bag", "student_statement"])

case(s="MUN", g=10, n="Mateo Quiñones", r="bpd/district-e13", gr="drugs",
     sub=["delta-8 THC gummies (25 mg)"], loc="Margarita Muñiz Academy, Algebra classroom", t="10:05",
     d=("Delta-8 gummies (Cake brand, 25 mg each), one sealed bag plus 3 loose, taken from "
        "student's pencil case in Algebra. Says he bought them at a smoke shop on Centre St. No "
        "other substances found."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "edible", "short"])

case(s="BDEA", g=12, n="Deshawn Gaines", r="bpd/district-b2", gr="drugs",
     sub=["kratom powder and capsules (Red Thai strain)"],
     loc="Boston Day and Evening Academy, Blue Room", t="18:20",
     d=("Dean's note. Deshawn had a bag of green powder and a box of empty capsules at his desk in "
        "the Blue Room and was filling capsules during independent work time. He said it is "
        "kratom, strain Red Thai, and that he sells 10 caps for $15. Bag label: \"Red Thai Kratom "
        "250g - Not for human consumption,\" about half gone. He says it helps his back from "
        "work. Mother informed by phone."),
     dec="allow", key="kratom", mct=["Red Thai", "10 caps for $15"], trap=True,
     tags=["gas_station_product"])

case(s="MP", g=12, n="Anthony Sousa-Greene", r="bpd/district-b2", gr="drugs",
     sub=["ZaZa Red (tianeptine sodium) capsules, 2 bottles"],
     loc="Madison Park, carpentry shop", t="13:30",
     d=("Student found shaking and sweating in the carpentry shop, asked to go home \"because I "
        "ran out.\" In his backpack the AP found an empty bottle of ZaZa Red capsules (label: "
        "Tianeptine Sodium, 20 count) and a second bottle still sealed. The nurse and I looked it "
        "up. Tianeptine is sold at gas stations and smoke shops, people online call it \"gas "
        "station heroin,\" and it causes withdrawal. Student says he takes \"like 6 a day\" and "
        "buys it at a Mobil. He is not selling. Nurse referral to the adolescent substance "
        "clinic."),
     dec="allow", key="Tianeptine", mct=["ZaZa Red", "carpentry shop"],
     tags=["gas_station_product", "slang_confusable"])

case(s="BCLA", g=11, n="Daniela Ocasio", r="bpd/district-e13", gr="drugs",
     sub=["salvia divinorum 20x extract"], loc="BCLA, stairwell by the gym", t="14:10",
     d=("SSS found three juniors in the stairwell by the gym at 2:10, one coughing hard, holding "
        "a glass bowl. The baggie on the step said \"Salvia Divinorum 20x extract.\" Daniela (the "
        "one with the bowl) was laughing uncontrollably and then could not stand for a couple "
        "minutes. Nurse came up; she was back to normal in about 10 minutes. The other two had "
        "nothing on them."),
     dec="allow", key="Salvia", mct=["stairwell by the gym", "glass bowl"], tags=["street_name"])

case(s="CHS", g=10, n="Malik Henley", r="bpd/district-a1", gr="drugs",
     sub=["nitrous oxide (Galaxy Gas canister)", "whippets"],
     loc="Charlestown High School, behind the dumpsters", t="12:45",
     d=("Custodian found 6 empty metal canisters and some balloons behind the dumpsters after "
        "lunch. Security saw two students come back in through the side door from that area. One "
        "of them, Malik, had a full Galaxy Gas canister (blue raspberry, 2.2L) and a cracker in "
        "his backpack. He said they were doing whippets, nitrous. He was dizzy with a headache; "
        "nurse saw him."),
     dec="allow", key="nitrous", mct=["Galaxy Gas", "behind the dumpsters"],
     tags=["street_name", "slang_confusable"])

case(s="EXC", g=9, n="Jordy Mercado", r="bpd/district-c6", gr="drugs",
     sub=["\"gas\" / \"loud\" (marijuana), approx 1 g", "rolling papers"],
     loc="Excel High School", t="11:00",
     d="kid said it was \"gas\" and \"loud\" lol. 1 small bag of weed maybe a gram plus rolling "
       "papers. no scale no cash.",
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "street_name", "short"])

case(s="JEB", g=10, n="Tiana Rowe", r="bpd/district-b3", gr="drugs",
     sub=["Coricidin HBP Cough & Cold (DXM), ~16 tablets", "Robitussin DM"],
     loc="Jeremiah E. Burke High School, nurse's office", t="09:20",
     d=("Student brought in by teacher: slurred speech, unsteady, says she feels like she's "
        "\"floating.\" States she took 16 \"Triple C's\" (Coricidin HBP Cough & Cold) before school "
        "and drank some Robitussin DM \"to make it hit.\" Friends say she calls it robotripping. "
        "Two empty blister packs, 2 x 16 count, in her bag. Poison control called 9:35, advised ED "
        "evaluation because of the chlorpheniramine. EMS transport to Boston Children's 9:55, "
        "mother to meet them there."),
     dec="allow", key="Coricidin", mct=["Poison control", "2 x 16 count"],
     tags=["brand_name", "nurse_note"])

case(s="TBA", g=10, n="Xavier Lundy", r="dea/new-england", gr="drugs",
     sub=["Percocet 10/325, 13 tablets"], loc="TechBoston Academy, 3rd floor hallway", t="10:35",
     d=("Student sold 4 Percocet 10/325 to a 10th grader in the 3rd floor hallway; the buyer gave "
        "them up to SSS. Seller had $260 and 9 more tablets. The DEA agent who spoke at our "
        "safety night asked schools to send these to them directly, so please route to DEA."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "brand_name"])

case(s="EHS", g=11, n="Rashawn Tolliver", r="bpd/district-e13", gr="drugs",
     sub=["unknown white powder (field test presumptive cocaine)"],
     loc="English High School, SSS office", t="08:15",
     d=("Powder was folded in a Keno slip tucked in the lining of his hat. White, a little chunky. "
        "He wouldn't say what it is, only \"it's not mine.\" Our school police officer ran a NIK "
        "cobalt thiocyanate test: blue, presumptive positive for cocaine."),
     dec="allow", key="cocaine", mct=["Keno slip", "lining of his hat"],
     tags=["unknown_substance", "field_test"])

case(s="LGF", g=8, n="Brianna Cole", r="bpd/district-c11", gr="drugs",
     sub=["unlabeled pill bottle, 31 assorted pills: alprazolam 2 mg (G 3722) x12, oxycodone 15 mg "
          "(M 15) x7, 12 unidentified"],
     loc="Lilla G. Frederick Middle School, counselor's office", t="13:20",
     x={"housing": "Mildred C. Hailey Apartments, Bldg 12"},
     d=("An 8th grader stayed after advisory to tell her counselor, Ms. Whitcomb, that "
        "Brianna had \"a whole pharmacy\" in her bag and had offered her \"something to chill\" "
        "in the bathroom that morning. Ms. Whitcomb walked straight to the AP. Brianna was "
        "brought to the counselor's office at 1:20 and the AP searched her bag with the "
        "counselor present; Brianna was calm and said \"it's not a big deal.\" In the inside "
        "zip pocket was one orange pharmacy bottle with the label peeled off, holding 31 "
        "assorted pills. The nurse sorted them on a tray and looked up the imprints: 12 "
        "white bars G 3722 (alprazolam 2 mg), 7 small white M 15 (oxycodone 15 mg), 9 round "
        "white with no imprint, and 3 blue capsules she could not identify. Brianna said she "
        "took them from a bottle at home and had not given any out yet. The girl who "
        "reported it did not take anything. The 12 unidentified pills are bagged separately "
        "for testing; the rest are in the AP's safe with the chain of custody form."),
     dec="allow", key="alprazolam", mct=["G 3722", "31 assorted pills"],
     mnc=["Hailey", "Bldg 12"], cats=["neighborhood"],
     tags=["unlabeled_pills", "forbidden_fact"])

case(s="NM", g=12, n="Corey Lattimore", r="bpd/district-b2", gr="drugs",
     sub=["THC cartridges (Muha Meds, 1 g), 7"], loc="New Mission High School", t="14:40",
     x={"gang_flag": "Y - associate, Lucerne St (YVSF 2024)"},
     d=("Tip from a parent through the anonymous line on Monday: a student was selling carts "
        "out of a locker on the 3rd floor. Tuesday 2:40, AP and SSS checked locker 3-114 "
        "(assigned to Corey) with Corey present. In a Nike shoebox: five sealed Muha Meds "
        "carts and two open ones, plus a 510 battery. Corey admitted he sells carts for $25 "
        "each to other students and showed us a list of Cash App payments on his phone from "
        "the last two weeks, about 30 payments. He said he gets them from \"a plug in Lynn\" "
        "and makes about $100 a week. No pills, powders or anything else. Parent meeting "
        "Thursday; suspension per code of conduct."),
     dec="deny", rsn="excluded_substance", mnc=["Lucerne", "YVSF"], cats=["gang_affiliation"],
     tags=["excluded_only", "forbidden_fact"])

case(s="BLA", g=11, n="Adam Kowalczyk", r="bpd/district-b2", gr="drugs",
     sub=["THC vape cartridge (Cookies)", "3 counterfeit M30 pills (\"percs\"), fentanyl positive"],
     loc="Boston Latin Academy, AP office", t="12:50",
     d=("Adam was pulled out of 5th period Latin class after his teacher smelled weed on him. In "
        "the AP's office he emptied his pockets and the front pouch of his grey crew neck "
        "sweatshirt: a Cookies THC cart about half full, a lighter, and 3 light-blue round pills "
        "stamped M/30 in the cut-off corner of a sandwich bag. He said the pills are \"percs\" he "
        "bought for a party and that he hadn't taken any. Nurse ran a test strip on one pill: "
        "fentanyl positive. Dad notified at 1:20."),
     dec="allow", key="fentanyl", mct=["Latin class", "crew neck sweatshirt"], trap=True,
     tags=["mixed_bag", "street_name"])

case(s="BLS", g=11, date="2026-05-12", n="Priya Raman", r="bpd/district-b2", gr="drugs",
     sub=["caffeine pills (Jet-Alert 200 mg) x6", "Celsius energy drinks x2",
          "Adderall (not prescribed) x2"],
     loc="Boston Latin School, nurse's office", t="09:10",
     d=("Nurse note 9:10 AM. AP exam week. Student c/o heart pounding, hands shaking, \"can't "
        "breathe right.\" HR 142, BP 146/90. Reports taking 6 Jet-Alert caffeine pills (200 mg "
        "each) since 6 AM and 2 Celsius, plus \"two addies\" she bought from a senior for $10. No "
        "Adderall prescription on file. School physician advised ED transfer. Mom met EMS at the "
        "school, transport to Children's 9:40."),
     dec="allow", key="Adderall", mct=["HR 142", "Jet-Alert"],
     tags=["mixed_bag", "caffeine", "nurse_note"])

case(s="GEH", g=11, date="2026-01-27", n="Tristan Burke", r="bpd/district-b2", gr="truancy",
     sub=["psilocybin mushrooms (dried)"], loc="home visit", t="10:00",
     d=("Attendance officer report, 3rd quarter. Tristan has 22 unexcused absences this term "
        "and 9 tardies. Letters went home in November and December with no response. Home "
        "visit to the apartment on Westview St: mother answered, said he has been \"doing "
        "mushrooms\" with friends during the day instead of going to school, and that she "
        "found a bag of dried shrooms in his room last week and flushed it. She asked for "
        "help. SST meeting scheduled. Requesting police assistance with the truancy, since "
        "mom says she can't get him out of the house in the morning."),
     dec="deny", rsn="ground_not_permitted", mnc=["Westview"], cats=["neighborhood"],
     tags=["ground", "street_name", "forbidden_fact"])

case(s="EMK", g=10, n="Jalen Whitaker", r="bpd/district-b2", gr="credible_threat",
     loc="Edward M. Kennedy Academy, cafeteria", t="11:50",
     d=("During lunch Jalen told two girls at his table he was going to \"put a bar in Mr. "
        "Costa's water bottle so he chills out.\" He had been removed from Mr. Costa's class that "
        "morning. Both girls told the counselor. Jalen says he was joking. No pills found on him."),
     dec="deny", rsn="missing_threat_statement", tags=["threat", "street_name"])

case(s="FEN", g=11, date="2025-12-08", n="Camden Hollis", r="bpd/district-c6", gr="credible_threat",
     sub=["ketamine (residue in vial)"],
     th=("Camden posted on his Snapchat story at 9:48 PM Sunday: \"bringing K to the winter "
         "formal, whoever doesn't drink with me is getting a surprise in their punch,\" with a "
         "photo of a small vial. Four students screenshotted it and reported it Monday morning. "
         "The formal is this Friday in our building. Camden was found with ketamine in October. "
         "We consider this an articulable and significant threat to the students attending."),
     loc="Fenway High School, front office", t="08:15",
     d=("Monday 8:15: four students brought screenshots of Camden's Snapchat story to the front "
        "office. AP met with Camden and his father at 10:00. Camden admitted posting it and said "
        "it was \"a joke about vodka.\" His locker was checked with his father present and a "
        "small brown vial with white residue was found inside a sock in his gym bag. Vial bagged. "
        "Camden is suspended through Friday and barred from the winter formal."),
     dec="allow", key="winter formal", mct=["gym bag", "brown vial with white residue"],
     tags=["threat", "street_name"])

case(s="MP", g=11, date="2026-03-10", n="Dante Alcott", r="bpd/district-b2", gr="drugs",
     sub=["blues (counterfeit oxycodone, fentanyl)"], loc="Ruggles busway", t="14:20",
     att=[{"kind": "face_match", "name": "clearview_results_ruggles.pdf"}],
     d=("The sale happened on the Ruggles busway right after dismissal on Tuesday. One of "
        "our 10th graders bought 5 blues from an older male there; she overdosed at home "
        "that night, her mother used Narcan, and she survived. Her phone shows a Snapchat "
        "name for the seller but no real name. Our AP pulled a still from the busway camera "
        "footage the MBTA shared with us, and our camera vendor ran it through Clearview. "
        "The top hit, 97.2% match, is Dante Alcott, a current Madison Park student, 11th "
        "grade. Nobody at school has seen Dante with pills. Please confirm his identity and "
        "follow up; the results file is attached."),
     dec="deny", rsn="face_surveillance", mnc=["Clearview", "97.2%"], cats=["face_surveillance"],
     tags=["face", "street_name"])

case(s="JEB", g=10, n="Rashad Pemberton", r="bpd/district-b3", gr="weapon", w="box cutter",
     sub=["marijuana, approx 2 g"], loc="Jeremiah E. Burke High School, main entrance", t="07:35",
     d=("At morning entry the scanner alarmed on Rashad's bag. SSS found an open box cutter "
        "(yellow, blade extended about an inch) loose in the main compartment and a small bag of "
        "weed in the side pocket. Rashad said he uses the box cutter stocking shelves at his "
        "supermarket job and forgot it was in the bag. He did not threaten anyone."),
     dec="allow", key="box cutter", mct=["blade extended", "morning entry"],
     tags=["weapon_ground", "excluded_with_weapon"])

case(s="SNO", g=10, n="Kiara Lomax", r="bpd/district-d4", gr="weapon", w="pepper spray",
     sub=["Xanax (alprazolam), 2 tablets"], loc="Snowden International School, front entrance",
     t="15:10",
     d=("Dismissal, front entrance. Kiara and another 10th grader were arguing loudly on the "
        "steps about a boy; it did not get physical. When SSS separated them Kiara said "
        "\"I'll spray her\" and reached into her jacket, and SSS took the jacket. In the left "
        "pocket: a pink Sabre pepper spray, full, safety on. In the right pocket: 2 white "
        "bars in plastic wrap that Kiara said are Xanax \"for sleep\" from a friend; no "
        "prescription. She did not spray anyone and the other girl was not hurt.\nHer mother "
        "says Kiara carries the spray because she walks home to Orchard Gardens alone after "
        "practice.\nBoth items are in the AP's office."),
     dec="allow", key="pepper spray", mct=["pink Sabre", "front entrance"],
     mnc=["Orchard Gardens"], cats=["neighborhood"], tags=["weapon_ground", "forbidden_fact"])

case(s="BRI", g=11, age=16, date="2026-06-05", n="Tomás Ibarra", r="bpd/district-d14", gr="drugs",
     sub=["White Claw hard seltzer (Black Cherry), 2 cans"], loc="Brighton High School, field day",
     t="12:30",
     d=("Two cans of White Claw (Black Cherry) in Tomás's cooler at field day. He is 16. His "
        "father, who is a deacon at their church, came to pick him up and was very embarrassed."),
     dec="deny", rsn="excluded_substance", mnc=["deacon"], cats=["religion"],
     tags=["excluded_only", "forbidden_fact", "short"])

case(s="DOR", g=10, n="Jaquan Ellis", r="bpd/district-c11", gr="drugs",
     sub=["marijuana blunt (Dutch Masters wrap), half-smoked"],
     loc="Dorchester Academy, boys' 2nd floor bathroom", t="10:10",
     d="Half-smoked blunt (Dutch Masters wrap) and a lighter in the boys' 2nd floor bathroom trash. "
       "Student admitted it was his.",
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "short"])

case(s="HEN", g=11, date="2026-04-30", n="Nathan Egan", r="bpd/district-c11", gr="drugs",
     sub=["Xanax 2 mg (alprazolam), 6 tablets"], loc="Henderson K-12 Inclusion School, AP office",
     t="14:40",
     d=("Two girls from the volleyball team came to me (counselor) Thursday afternoon. They "
        "said Nathan had been telling boys in the locker room that he has \"Spanish fly\" for "
        "the party at his house Saturday, to put in girls' drinks, and had shown them pills "
        "in an Altoids tin. I brought this to the AP right away.\n\nNathan was called down at "
        "2:40 and the tin was in his backpack: 6 white rectangular pills with XANAX 2 on one "
        "side. He said it was a joke and the pills are for his anxiety. He has no "
        "prescription on file with us and his mother says he is not prescribed "
        "anything.\n\nFollow-up Friday: I spoke with both girls again. They said the talk had "
        "been going on for about a week and other boys were laughing along; they gave me two "
        "names, which I passed to the AP. The volleyball coach has been told. I checked with "
        "the nurse and no student has reported feeling drugged at any recent event. Nathan's "
        "mother came in at 9 and was shocked; she says there is no Xanax in the house and "
        "she does not know where he got them. Nathan is suspended pending a hearing and his "
        "parents have cancelled the party."),
     dec="allow", key="XANAX", mct=["Spanish fly", "Altoids tin"], trap=True,
     tags=["brand_name", "counselor_note"])

case(s="EB", g=11, n="Kevin Orellana", r="bpd/district-a7", gr="drugs",
     sub=["cocaine, 8 small baggies (field test presumptive positive)"],
     loc="East Boston High School, AP office", t="13:15", x={"birth_country": "Honduras"},
     d=("AP write-up, 1:15 PM. Two students, separately, told SSS this week that Kevin was "
        "selling \"white\" in the 2nd floor bathroom between classes. Kevin was called to the "
        "office during 6th period; his father was called and agreed to the search by phone, "
        "and SSS Medeiros was present. In the backpack: school books, a charger, and a 12 oz "
        "bag of Colombian coffee that had been opened and resealed with clear tape. Inside "
        "the coffee grounds were 8 small knotted baggies of white powder, each about the "
        "size of a fingertip. The school police liaison field tested one of them: "
        "presumptive positive for cocaine. No cash, no scale. Kevin said the coffee is his "
        "mother's, that he grabbed it by mistake, and that he doesn't know anything about "
        "the baggies. He was calm and polite the whole time. Suspension letter going home "
        "today; hearing to be scheduled."),
     dec="allow", key="cocaine", mct=["Colombian coffee", "8 small knotted baggies"],
     mnc=["Honduras"], cats=["national_origin"], trap=True, tags=["field_test", "forbidden_fact"])

case(s="DEA", g=9, date="2026-02-27", n="Sophie Kowalski", r="bpd/district-b2", gr="drugs",
     sub=["Baileys Irish Cream (50 ml, empty)", "oxycodone 5 mg tablets x4"],
     loc="Dearborn STEM Academy, girls' room during the Friday dance", t="19:30",
     d=("Call with Mr. Kowalski (father), Monday 3:15 PM. He had the AP's voicemail and "
        "wanted the whole story. I explained: at the Friday dance, around 7:30, a chaperone "
        "checking the girls' room found Sophie and another 9th grader in the big stall. "
        "Sophie had an empty mini bottle of Baileys Irish Cream (50 ml) in her purse and 4 "
        "small round white pills in a folded receipt; she said they were \"oxys from a "
        "friend\" and that she had not taken any yet. The nurse on duty identified them by "
        "imprint as oxycodone 5 mg. The other girl had nothing. Sophie was walked to the "
        "lobby and her mother came for her at 8.\n\nDad says there are no opioids in the house "
        "and nobody in the family has had surgery. He wants to know who gave them to her; "
        "Sophie won't tell him either. I told him we are following up with the students who "
        "were with her, that Sophie will have a hearing, and that the report goes to BPD as "
        "required. He asked for the counselor to call him; done, she will call tomorrow."),
     dec="allow", key="oxycodone", mct=["Irish Cream", "Friday dance"], trap=True,
     tags=["mixed_bag", "parent_call"])

case(s="BAA", g=10, n="Leo Marchand", r="bpd/district-d4", gr="drugs",
     sub=["MDMA crystal (\"molly\"), approx 1 g"], loc="Boston Arts Academy, Studio B", t="13:40",
     d=("Ms. Hart saw Leo and another student looking at something in a small tin under the desk "
        "in Studio B. It's a gold tin that says Kurukahveci Mehmet Efendi, the Turkish coffee "
        "brand. Inside: brownish crystal chunks in a fold of foil, maybe a gram. Leo said it was "
        "molly from his older cousin and he had not sold any. SSS field test (Marquis) went dark "
        "purple right away, consistent with MDMA."),
     dec="allow", key="molly", mct=["Turkish coffee", "Studio B"], trap=True,
     tags=["street_name", "field_test"])

case(s="OB", g=9, n="Ella Brightwater", r="bpd/district-b2", gr="drugs",
     sub=["vape, unknown content (French Vanilla flavor sticker)"],
     loc="O'Bryant, 3rd floor bathroom", t="10:55",
     d=("Vape taken in the 3rd floor bathroom. Unbranded, white, sticker says French Vanilla, "
        "nothing about what's in it. Student says \"it's just flavor.\" Can't tell if nicotine or "
        "THC."),
     dec="deny", rsn="excluded_substance", tags=["vape_unknown", "short"])

case(s="CHS", g=11, n="Vitória Almeida", r="bpd/district-a1", gr="drugs",
     sub=["lorazepam 1 mg (grandmother's prescription), 18 tablets"],
     loc="Charlestown High School, nurse's office", t="09:05",
     d=("Vitória had a pharmacy bottle with her grandmother's name on it: lorazepam 1 mg, #30, "
        "filled two weeks ago, 18 left. A friend told the nurse Vitória gave her one in the "
        "morning \"to calm down\" before the math test; the friend was sleepy and went home. "
        "Grandmother came in at noon and said she didn't know the bottle was missing. She only "
        "speaks Portuguese, so the meeting went through an interpreter."),
     dec="allow", key="lorazepam", mct=["18 left", "math test"],
     mnc=["Portuguese", "interpreter"], cats=["language"], tags=["brand_name", "forbidden_fact"])

case(s="EXC", g=11, n="Isaiah Brandt", r="securitas/venue-security", gr="drugs",
     sub=["molly capsules x3"], loc="Cyclorama (junior semi-formal)", t="20:15",
     d=("At the junior semi-formal at the Cyclorama, venue security found 3 molly capsules in "
        "Isaiah's jacket at bag check and removed him. Their supervisor asked us for a copy of our "
        "incident report for the venue's file."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "street_name", "short"])

case(s="EHS", g=12, n="Rodney Fairbanks", r="msp/troop-h", gr="drugs",
     sub=["fentanyl, 20 glassine bags stamped GODZILLA"],
     loc="English High School, boys' locker room", t="15:30",
     d=("20 glassine bags stamped GODZILLA found in Rodney's gym bag in the boys' locker room. "
        "Field test by the trooper working the detail outside: fentanyl. The trooper asked for "
        "the report for his case."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "short"])

case(s="JQUS", g=10, n="Aaliyah Monroe", r="mbta-transit-police", gr="drugs",
     sub=["percs (Percocet), 6 tablets"], loc="Josiah Quincy Upper School, gym", t="14:00",
     d=("Aaliyah was seen handing \"percs\" to two students in the gym during 7th period; 6 "
        "Percocet tablets were in her bag. Transit Police stopped her at Chinatown station last "
        "month and asked for our report on this incident for their follow-up."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "brand_name"])

case(s="GEH", g=12, n="Wilson Acevedo", r="hsi/boston", gr="drugs",
     sub=["counterfeit M30 pills (fentanyl), 22"], loc="Greater Egleston High School", t="11:10",
     x={"citizenship": "DACA recipient", "parent_note": "father has no papers, avoid calling the house line"},
     d=("Search on reasonable suspicion after a teacher saw Wilson show pills to a group by "
        "the lockers. A Tylenol bottle in his hoodie held 22 blue M30 pills, not Tylenol. "
        "Test strip on one: fentanyl. Wilson said they were for \"a guy\" and wouldn't say "
        "more. He was cooperative. A Homeland Security agent called the principal last month "
        "asking to be sent any fentanyl cases involving our students, so we are requesting "
        "this go to HSI."),
     dec="deny", rsn="recipient_not_permitted", mnc=["DACA", "no papers"],
     cats=["immigration_status"], tags=["recipient", "forbidden_fact"])

case(s="BGA", g=11, n="Colin Dwyer", r="commonwealth-fusion-center", gr="drugs",
     sub=["pressed \"Xanax\" bars (suspected counterfeit), 40"], loc="Boston Green Academy", t="09:30",
     d=("40 pressed bars, yellow, R039 imprint, in a vitamin bottle. The AP believes they come off "
        "a home pill press and wants the Fusion Center to compare the stamp to other seizures in "
        "the state."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "counterfeit"])

case(s="BLA", g=12, n="Hannah Voss", r="fbi/boston", gr="drugs",
     sub=["LSD blotter, 25 tabs"], loc="Boston Latin Academy", t="12:05",
     d=("Sheet of 25 blotter tabs (printed with a checkerboard) in a hollowed-out highlighter, "
        "found when Hannah dropped her pencil case. She says she ordered them online with crypto. "
        "Because it came through the mail and the dark web, the AP would like the FBI to have "
        "it."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "street_name"])

case(s="CASH", g=11, n="Julian Reyes-Marin", r="cambridge-pd", gr="drugs",
     sub=["cocaine, approx 2 g"], loc="Community Academy of Science and Health", t="10:40",
     x={"address": "212 Putnam Ave, Apt 3"},
     d=("About 2 g of cocaine in a folded paper in his sneaker, found after another student "
        "reported him. He says he got it near his house. Cambridge PD called asking for a copy "
        "since he lives in their city."),
     dec="deny", rsn="recipient_not_permitted", mnc=["Putnam Ave"], cats=["neighborhood"],
     tags=["recipient", "forbidden_fact"])

case(s="BLA", g=10, date="2026-02-11", n="Zoe Castellano", r="bpd/district-b2", gr="drugs",
     sub=["LSD (\"tabs\"/\"acid\") blotter, 10 squares"], loc="Boston Latin Academy, auditorium",
     t="09:40",
     d=("Found during the Black History Month assembly in the auditorium, when a teacher asked "
        "Zoe to put her phone away and a sheet of paper slid out. Blotter, 10 squares (one row "
        "partly torn), printed with a cartoon sun, tucked behind her phone in the clear phone "
        "case. Zoe said \"they're tabs, acid,\" that she took one at a concert last month and is "
        "\"holding these for a friend.\" SSS sealed them in an envelope and signed across the "
        "flap."),
     dec="allow", key="acid", mct=["Black History Month assembly", "phone case"], trap=True,
     tags=["street_name"])

case(s="JEB", g=12, n="Devon Harwell", r="bpd/district-b3", gr="drugs",
     sub=["crack cocaine, 5 rocks", "glass stem"], loc="Jeremiah E. Burke High School, coat room",
     t="08:30",
     d=("Coat room, 8:30. A teacher saw Devon take something out of his coat and put it back "
        "fast when he thought nobody was looking, and told SSS. SSS and the AP checked the "
        "coat with Devon present. In the inside pocket: five small off-white rocks in a Tic "
        "Tac container and a glass stem with a piece of Brillo in it, the ends burnt. The "
        "school police officer identified the rocks as crack cocaine. Devon says he doesn't "
        "use it, he \"holds for people.\"\nHe walks to school from Franklin Field and says "
        "older guys there make him carry it.\nCounselor has been looped in. Grandmother came "
        "in at 11."),
     dec="allow", key="crack", mct=["Tic Tac container", "glass stem"],
     mnc=["Franklin Field"], cats=["neighborhood"], tags=["street_name", "forbidden_fact"])

case(s="CHS", g=11, n="Ryan Pacheco", r="bpd/district-a1", gr="drugs",
     sub=["\"dope\": 3 glassine bags, fentanyl and xylazine test strips positive"],
     loc="Charlestown High School, AP office", t="11:20",
     d=("Ryan said \"it's dope\" when SSS asked, which around here means heroin, these days "
        "fentanyl. Three glassine bags stamped with a red crown, tan powder. Nurse test strips: "
        "fentanyl positive, xylazine positive. Ryan was alert and said he hadn't used today. Mom "
        "on the way; counselor and the BPHC youth program referral offered."),
     dec="allow", key="xylazine", mct=["red crown", "glassine"], tags=["street_name", "field_test"])

case(s="TBA", g=11, n="Marquise Dunbar", r="bpd/district-c11", gr="drugs",
     sub=["30s (counterfeit M30, fentanyl), 4 tablets"], loc="TechBoston Academy, cafeteria",
     t="11:35",
     d=("INCIDENT REPORT (SIS export)\nIncident #: 26-0382\nIncident Type: Drugs - possession "
        "with intent\nLocation: Cafeteria, 2nd lunch\nReported By: AP R. Nolan\nStaff Involved: "
        "SSS Kerrigan, Nurse Dalton\nBehavior Code(s): 4.1 (possession), 4.3 "
        "(distribution)\nDescription: A parent came to the front office at 8:10 and showed "
        "the AP messages from the student to her son offering \"30s\" for $20 each, sent the "
        "night before. At 2nd lunch SSS watched the student hand something to the parent's "
        "son at lunch; both were brought to the office. The parent's son handed over 1 round "
        "blue pill marked M/30. The student had 3 more of the same in a folded dollar bill "
        "in his phone case. Nurse test strip on one pill: fentanyl positive. Neither student "
        "appeared impaired.\nStudent Statement: \"I was just getting them for people, I don't "
        "take them.\"\nAction Taken: Parent meeting held 2:30. Suspension hearing scheduled. "
        "Referral to counseling.\nAttachments: photos of pills (4), screenshots (3)"),
     dec="allow", key="fentanyl", mct=["$20 each", "parent's son at lunch"],
     tags=["street_name", "sis_export"])

case(s="DOR", g=10, n="Stephanie Joseph", r="bpd/district-c11", gr="drugs",
     sub=["Valium (diazepam 10 mg), 9 tablets"], loc="Dorchester Academy, nurse's office", t="10:10",
     x={"home_language": "Haitian Creole", "parent_contact_language": "Haitian Creole"},
     d=("Stephanie came to the nurse asking to lie down; a friend brought in the baggie she'd been "
        "showing people: 9 round blue pills with a V cut-out, diazepam 10 mg (Valium) by imprint. "
        "She says they are her grandmother's and that she took one for cramps. No prescription "
        "for her on file. Called home at 10:40, spoke to her aunt in Creole through Mr. Jean-Louis."),
     dec="allow", key="diazepam", mct=["V cut-out", "9 round blue pills"],
     mnc=["Creole", "Haitian"], cats=["language"], tags=["brand_name", "forbidden_fact"])

case(s="HEN", g=12, n="Griffin Tate", r="bpd/district-c11", gr="drugs",
     sub=["hash, approx 5 g"], loc="Henderson K-12 Inclusion School", t="13:10",
     d=("Brown block wrapped in plastic, about 5 g, stamped with a lion. Student called it hash. "
        "No other items."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "short"])

case(s="EB", g=12, n="Luca Ferraro", r="bpd/district-a7", gr="drugs",
     sub=["moonrocks (cannabis flower dipped in hash oil and kief), 2 g"],
     loc="East Boston High School, courtyard", t="12:20",
     d=("Two little brown-green nuggets covered in dust in a pill bottle labeled \"MOONROCKS.\" "
        "Luca explained they're weed dipped in oil and kief and that they are \"stronger than "
        "regular.\" Taken in the courtyard at lunch, with a small glass piece."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "street_name"])

case(s="GEH", g=12, n="Trey Bowman", r="bpd/district-b2", gr="drugs",
     sub=["Backwoods cigar", "Hennessy (\"Henny\") 200 ml"], loc="Greater Egleston, parking lot",
     t="15:20",
     d=("After dismissal, SSS saw Trey and two friends by the fence. Trey had a Backwoods and a "
        "200 ml bottle of Henny, about half gone. He smelled of it and admitted "
        "drinking; the other two said they had only had \"a sip.\" Uncle picked him up at 4."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "street_name"])

case(s="BCLA", g=12, date="2026-06-02", n="Jasmine Olaniyan", r="bpd/district-e13", gr="drugs",
     sub=["Hennessy (\"Henny\")", "molly (MDMA) capsules x2"],
     loc="BCLA, senior trip bus", t="17:45",
     d=("Senior trip to Six Flags, on the bus back. Around 5:45 two chaperones (Ms. Adeyemi and "
        "Mr. Cronin) noticed Jasmine sweating a lot, clenching her jaw and talking non-stop to "
        "nobody in particular. Ms. Adeyemi sat with her and asked if she had taken anything. "
        "Jasmine said \"just a little\" and handed over her tote. In it: a Poland Spring bottle "
        "that was brown and smelled like Henny, about half full, and two capsules in a lip balm "
        "tin. She said the capsules were molly, that she \"took one at the park\" around 2, and "
        "that a friend from another school gave them to her. Chaperones kept her in the front "
        "seat with water and the window cracked; she stayed alert and answered questions the "
        "whole ride. Mom met the bus at 6:30 and took her home. Next morning the nurse checked "
        "her: temp 99.8, otherwise fine. Capsules and bottle handed to the AP."),
     dec="allow", key="molly", mct=["lip balm tin", "Poland Spring bottle"], trap=True,
     tags=["mixed_bag", "street_name"])

case(s="MUN", g=11, n="Yesenia Cardona", r="bpd/district-e13", gr="drugs",
     sub=["green bars (\"Hulks\", alprazolam 2 mg) x5", "Russian Standard vodka (nip)"],
     loc="Margarita Muñiz Academy, 2nd floor", t="13:25",
     d=("Yesenia was slurring in 5th period. In her bag: 5 green rectangular bars, the kind kids "
        "call \"Hulks,\" and an empty nip of Russian Standard vodka. The nurse identified the bars "
        "by imprint as alprazolam 2 mg. She says she took one with the vodka at lunch. Vitals OK, "
        "sleepy. Mom picked her up; pediatrician follow-up."),
     dec="allow", key="alprazolam", mct=["Russian Standard", "5 green rectangular bars"],
     trap=True, tags=["street_name", "mixed_bag"])

case(s="EMK", g=10, n="Dominic Fuller", r="bpd/district-b2", gr="theft",
     sub=["Ritalin (methylphenidate 10 mg), 12 tablets"],
     loc="Edward M. Kennedy Academy, nurse's office", t="10:30",
     d=("Dominic took a blister card of another student's Ritalin from the nurse's desk while she "
        "was on the phone. 12 tablets missing. Found in his locker the same day."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "brand_name", "short"])

case(s="NM", g=9, n="Kayden Foster", r="bpd/district-b2", gr="disorderly_conduct",
     sub=["unknown pills"], loc="New Mission High School, hallway", t="09:55",
     d=("Kayden was yelling and knocking things off desks in the hallway, pupils huge, said he "
        "\"took something\" but wouldn't say what. Nothing found on him. Nurse evaluated, EMS "
        "took him to Children's. AP filed as disorderly."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "unknown_substance"])

case(s="EXC", g=10, n="Jahmir Wells", r="bpd/district-c6", gr="suspicious_behavior",
     sub=["small baggies (contents unknown)"], loc="Excel High School", t="14:55",
     d=("SSS saw Jahmir hand small baggies to students near the side door three days in a row. "
        "Nothing found when he was searched today. Filing so police are aware."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "short"])

case(s="BDEA", g=12, n="Shaun McBride", r="bpd/district-b2", gr="distribution",
     sub=["percs (oxycodone 10/325), 30 tablets"], loc="Boston Day and Evening Academy", t="17:40",
     d=("Shaun had 30 percs in a sunglasses case and $400; two students say he sells at the bus "
        "stop after evening classes. Requesting share as a distribution case."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "street_name"])

case(s="CASH", g=10, n="Marco Bianchi", r="bpd/district-e18", gr="paraphernalia",
     sub=["glass pipe with methamphetamine residue"], loc="CASH, 2nd floor bathroom", t="09:15",
     d=("Glass pipe with burnt white residue found in Marco's pencil case. He says it's not his. "
        "SRO field test of the residue: methamphetamine."),
     dec="deny", rsn="ground_not_permitted", tags=["ground", "short"])

case(s="JEB", g=12, n="Quentin Sayles", r="bpd", gr="drugs",
     sub=["counterfeit Xanax bars (lab result: protonitazene, bromazolam)"],
     loc="Jeremiah E. Burke High School", t="08:00", date="2026-04-14",
     d=("LAB RESULT RECEIVED (State Police Crime Laboratory, via BPD Drug Control Unit)\nRe: "
        "item seized 3/10 from this student, our incident 26-0291\n  Exhibit 1: 8 white "
        "rectangular tablets, scored, imprint \"XANAX\" | \"2\".\n  Net weight: 2.41 g.\n  Result: "
        "alprazolam NOT detected. Bromazolam and protonitazene identified.\n  Analyst note: "
        "consistent with counterfeit alprazolam from a pill press.\n\nNurse note: "
        "protonitazene is a nitazene opioid, many times stronger than fentanyl, and one "
        "Narcan dose may not be enough. Bromazolam is a designer benzodiazepine. These were "
        "sold in the building as Xanax. I have restocked Narcan in every first aid bag and "
        "sent an alert to staff.\n\nAP note: in March Quentin admitted he sold \"about 10\" of "
        "these at $5 each before we found the 8. We do not know who all the buyers are. "
        "Requesting this lab result be added to the report on file."),
     dec="allow", key="protonitazene", mct=["Bromazolam", "2.41 g"],
     tags=["lab_sheet", "counterfeit"])

case(s="SNO", g=11, n="Ava Lindqvist", r="bpd/district-d4", gr="drugs",
     sub=["Runtz pre-rolls (marijuana) x3", "Swisher Sweets cigarillos"],
     loc="Snowden International School, 4th floor", t="11:45",
     d=("Three Runtz pre-rolls in a tube and a pack of Swisher Sweets in Ava's locker. She says "
        "she doesn't sell. Parent meeting Thursday."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "short"])

case(s="DEA", g=8, n="Jayla Norris", r="bpd/district-b2", gr="drugs",
     sub=["Elf Bar disposable vape (5% nicotine)"], loc="Dearborn STEM Academy, 8th grade wing",
     t="13:30", x={"gang_affiliation": "suspected - Greenwood Ave set (per SRO)"},
     d=("8th grader had an Elf Bar (5% nicotine, watermelon) in her sweatshirt. Confiscated, mom "
        "called."),
     dec="deny", rsn="excluded_substance", mnc=["Greenwood Ave"], cats=["gang_affiliation"],
     tags=["excluded_only", "forbidden_fact", "short"])

case(s="BAA", g=12, date="2026-05-14", n="Simone Achterberg", r="bpd/district-d4", gr="drugs",
     sub=["MDMA dissolved in water (\"molly water\"), Fiji bottle"],
     loc="Boston Arts Academy, black box theater", t="19:10",
     d=("During the spring showcase, stage manager saw Simone offering sips of a Fiji water bottle "
        "to other seniors backstage in the black box theater and saying \"it's molly water.\" Two "
        "students who drank it said it tasted bitter. AP took the bottle (about a third left). "
        "Simone admitted she dissolved \"half a cap\" of molly in it. Both students were checked "
        "by the nurse on duty, no symptoms at the time; parents of all three called that night."),
     dec="allow", key="molly", mct=["Fiji water bottle", "black box theater"], trap=True,
     tags=["street_name"])

case(s="MH", g=8, date="2025-10-06", n="Kenny Tran", r="bpd/district-b2", gr="drugs",
     sub=["psilocybin mushrooms (\"shrooms\"), approx 3 g dried"],
     loc="Mission Hill K-8, gym", t="09:30",
     d=("During the Hispanic Heritage Month assembly in the gym an 8th grader told a teacher that "
        "Kenny had shrooms. After the assembly AP checked his backpack with the counselor "
        "present: a Ziploc of dried mushrooms, brown caps with bluish stems, about 3 grams. Kenny "
        "said his older brother grows them in the closet and he was going to sell them \"for like "
        "$20.\" Father on the phone at 10:15; he will meet with the AP."),
     dec="allow", key="mushrooms", mct=["Hispanic Heritage Month assembly", "bluish stems"],
     trap=True, tags=["street_name"])

case(s="JQUS", g=7, n="Lily Chen-Harper", r="bpd/district-a1", gr="drugs",
     sub=["Kiva chocolate (THC)", "Camino gummies (THC)", "JUUL"],
     loc="Josiah Quincy Upper School", t="15:30",
     d=("Call log: mother called back at 3:30 after getting my email. I told her what we "
        "found in Lily's backpack this morning when she was sent to the office for being "
        "giggly and sleepy in Science: a Kiva chocolate bar (THC, 2 squares eaten), a tin of "
        "Camino gummies (THC, 4 left), and a Juul with one pod. The nurse checked Lily at "
        "10:15; vitals normal, she slept for an hour and was fine by lunch. Mother said the "
        "edibles are hers, from a dispensary, and she keeps them in a locked box in her "
        "bedroom; she'll be looking into how Lily got into it. She did not know about the "
        "Juul. She asked whether this would go to police; I told her it is going up to the "
        "district and that the district decides. We set a meeting for Thursday with the "
        "counselor."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "edible", "parent_call"])

case(s="EXC", g=9, n="Kiana Barros", r="bpd/district-c6", gr="drugs",
     sub=["promethazine-codeine syrup (aunt's prescription)"],
     loc="Excel High School, girls' bathroom", t="12:40",
     x={"country_of_birth": "Cabo Verde", "ethnicity": "Cape Verdean"},
     d=("Kiana was found in the girls' bathroom pouring syrup into a Hawaiian Punch can. The bottle "
        "is a pharmacy bottle with her aunt's name, promethazine with codeine. She said she and a "
        "friend were \"making drank.\" Bottle about two-thirds full."),
     dec="allow", key="codeine", mct=["Hawaiian Punch can", "two-thirds full"],
     mnc=["Cabo Verde", "Cape Verdean"], cats=["national_origin", "ethnicity"], trap=True,
     tags=["street_name", "forbidden_fact"])

case(s="HEN", g=10, n="Gabriel Okafor", r="bpd/district-c11", gr="drugs",
     sub=["wine (thermos)"], loc="Henderson K-12 Inclusion School, cafeteria", t="11:30",
     x={"religion": "Jehovah's Witness"},
     d=("Thermos of red wine at lunch; a lunch aide smelled it. Gabriel said he took it from home. "
        "Parents notified."),
     dec="deny", rsn="excluded_substance", mnc=["Jehovah"], cats=["religion"],
     tags=["excluded_only", "forbidden_fact", "short"])

case(s="OB", g=12, n="Caleb Stroud", r="bric/analyst-unit", gr="drugs",
     sub=["Percocet (counterfeit), 8"], loc="O'Bryant, 2nd floor", t="13:40",
     d=("Eight counterfeit Percocet (blue, M/30) in a Skittles bag. Caleb named a supplier. Our SRO "
        "wants this to the BRIC analyst who tracks pill networks."),
     dec="deny", rsn="recipient_not_permitted", tags=["recipient", "counterfeit"])

case(s="DOR", g=11, n="Marcus Velez", r="bpd/district-c11", gr="drugs",
     sub=["ketamine (Ketaset veterinary vial, 10 ml)"], loc="Dorchester Academy", t="10:20",
     d=("Marcus had a 10 ml vial labeled KETASET (ketamine HCl, veterinary use only), about a "
        "quarter full, wrapped in a sock. He said a friend's sister works at an animal hospital. "
        "He had not used it at school that he would admit. Vial sealed in evidence bag."),
     dec="allow", key="ketamine", mct=["KETASET", "wrapped in a sock"], tags=["brand_name"])

case(s="TBA", g=9, n="Aniyah Fleming", r="bpd/district-b2", gr="drugs",
     sub=["unknown pills"], loc="TechBoston Academy", t="10:00",
     att=[{"kind": "face_match", "name": "hallway_cam3_face_hits.pdf"}],
     d=("A student said someone was selling pills on the 2nd floor. We ran the hallway cam 3 "
        "footage through the face matching tool and it came back with Aniyah. Attached."),
     dec="deny", rsn="face_surveillance", mnc=["face_hits"], cats=["face_surveillance"],
     tags=["face", "unknown_substance", "short"])

case(s="CHS", g=10, n="Logan Pires", r="bpd/district-a1", gr="drugs",
     sub=["percs (counterfeit M30)"], loc="Charlestown High School", t="12:00",
     att=[{"kind": "photo", "name": "class_photos_grade10_for_face_comparison.zip"}],
     d=("Student Logan Pires was seen selling percs near the cafeteria; the buyer hasn't been "
        "identified. We are attaching the grade 10 class photos so BPD can run the buyer from the "
        "phone video against them with face recognition."),
     dec="deny", rsn="face_surveillance", mnc=["face_comparison"], cats=["face_surveillance"],
     tags=["face", "street_name"])

case(s="GEH", g=11, n="Shania Brooks", r="bpd/district-b2", gr="drugs",
     sub=["Hindu Kush marijuana, 3.5 g", "cocaine, approx 1 g"],
     loc="Greater Egleston High School, AP office", t="11:15",
     d=("AP search at 11:15 after a teacher reported Shania showing something in a jar to "
        "friends in the hallway. In her bag: an eighth of weed in a dispensary jar labeled "
        "Hindu Kush (3.5 g, dispensary sticker from Maine), and, inside a coin purse, a "
        "small baggie of white powder, maybe a gram. SRO field test on the powder: "
        "presumptive positive for cocaine. Shania says both belong to her boyfriend, who is "
        "19 and not a student, and that she was holding them because his mother searches his "
        "room. She did not appear impaired. Mom called; she will come in tomorrow."),
     dec="allow", key="cocaine", mct=["Hindu Kush", "coin purse"], trap=True,
     tags=["mixed_bag", "field_test"])

case(s="CASH", g=12, n="Jerome Tillman", r="bpd/district-e18", gr="drugs",
     sub=["crack cocaine, 3 rocks", "Dutch Masters cigarillos"],
     loc="Community Academy of Science and Health, parking lot", t="07:50",
     d=("Before first period SRO saw Jerome and another student in a car in the lot. Jerome had a "
        "pack of Dutch Masters with the tobacco dumped out and three rocks of crack in the box. "
        "He said he was going to \"lace a blunt.\""),
     dec="allow", key="crack", mct=["Dutch Masters", "three rocks"], trap=True,
     tags=["mixed_bag", "street_name"])

case(s="EB", g=12, n="Nicolás Herrera", r="bpd/district-a7", gr="drugs",
     sub=["Percocet 5/325, 12 tablets (traded for a watch)"],
     loc="East Boston High School, AP office", t="13:35",
     x={"immigration_status": "undocumented", "language_at_home": "Spanish"},
     d=("AP Marchetti, summary.\n\nMonday morning the mother of a 10th grader (D.) came in "
        "with her son and a sandwich bag of pills she found in his jacket over the weekend: "
        "12 white round tablets, which the nurse looked up by imprint as Percocet 5/325. D. "
        "told us he got them from Nicolás on Friday in exchange for a Citizen watch he had "
        "gotten for his birthday. D. had not taken any.\n\nI met with Nicolás at 10:15 with "
        "SSS Lyons present. He was wearing the watch, a gold-tone Citizen Eco-Drive, and did "
        "not deny the trade. He said the 12 Percocet are left over from his father's back "
        "surgery last spring, that the bottle was \"just sitting there,\" and that he \"didn't "
        "think it was a big deal because they're from a doctor.\" He says he has never sold "
        "pills before and has not taken any himself.\n\nHe was upset and asked that we not "
        "call home; I explained we have to. Dad only speaks Spanish, so Ms. Ruiz made the "
        "call with me. Dad asked us not to involve police because the family is "
        "undocumented; I told him the decision is made by the district.\n\nThe watch was "
        "returned to D.'s mother. The pills are in the safe. Nicolás is suspended pending a "
        "hearing."),
     dec="allow", key="Percocet", mct=["Citizen watch", "12 Percocet"],
     mnc=["undocumented", "Spanish"], cats=["immigration_status", "language"], trap=True,
     tags=["brand_name", "forbidden_fact"])

case(s="JEB", g=10, n="Ronnie Baptiste", r="bpd/district-b3", gr="drugs",
     sub=["Xanax bars, 20", "percs, 10"], loc="Jeremiah E. Burke High School, gym", t="14:30",
     d=("Ronnie came to school in new Jordan 4s and told Mr. Keefe in 3rd period that he "
        "paid for them \"with bars.\" Two students also told the AP separately that Ronnie has "
        "been selling pills in the gym. During a search later in the day (reasonable "
        "suspicion, SSS and AP present) there was a sock inside his gym locker holding 20 "
        "white bars and 10 blue percs. The nurse identified the white bars as alprazolam 2 "
        "mg by imprint; the blue pills are stamped M/30 and one tested positive on a "
        "fentanyl strip. Ronnie says he's \"done selling\" and that these were left over."),
     dec="allow", key="bars", mct=["Jordan 4s", "gym locker"], trap=True,
     tags=["street_name", "mixed_bag"])

case(s="BAA", g=11, n="Camila Restrepo", r="bpd/district-d4", gr="drugs",
     sub=["Adderall 30 mg (not prescribed), 8 tablets"], loc="Boston Arts Academy, theater", t="16:30",
     d=("Stage crew supervisor Ms. Liang found 8 orange tablets marked \"dp 30\" (Adderall 30 "
        "mg) in a prop box during load-in for the spring musical. Camila, who runs lights "
        "for the stage crew, said they were hers and that she sells them to \"people who need "
        "to focus\" during tech week, usually $10 a pill. She has no prescription and the "
        "nurse has no medication on file for her. She named no buyers. Parents called; "
        "meeting set with the AP and Ms. Liang."),
     dec="allow", key="Adderall", mct=["stage crew", "prop box"], trap=True,
     tags=["brand_name", "prescription_sold"])

case(s="BRI", g=10, n="Angel Soto", r="bpd/district-d14", gr="drugs",
     sub=["cocaine, approx 1.5 g", "rolling papers"], loc="Brighton High School", t="10:45",
     x={"address": "38 Faneuil St, Brighton MA 02135"},
     d=("A pack of rolling papers and a small baggie of white powder (field test: presumptive "
        "cocaine) in Angel's jacket. He says he rolls \"primos.\" 1.5 g approx."),
     dec="allow", key="cocaine", mct=["rolling papers", "1.5 g"],
     mnc=["Faneuil", "02135"], cats=["neighborhood"], trap=True,
     tags=["field_test", "forbidden_fact", "short"])

case(s="EHS", g=11, n="Imani Rhodes", r="bpd/district-e13", gr="drugs",
     sub=["percs (oxycodone), 4 tablets"], loc="English High School, room 204", t="09:30",
     d=("Imani had 4 percs in her pencil pouch during English class; the teacher saw her pass one "
        "to the student beside her. Nurse identified the pills as oxycodone/acetaminophen "
        "10/325 by imprint."),
     dec="allow", key="oxycodone", mct=["English class", "pencil pouch"], trap=True,
     tags=["street_name", "short"])

case(s="MUN", g=12, n="Sofía Benítez", r="bpd/district-e13", gr="drugs",
     sub=["GHB (\"G\") in a nail polish remover bottle"], loc="Margarita Muñiz Academy", t="12:45",
     d=("During 4th period a teacher noticed a salty chemical smell from Sofía's bag. Staff "
        "found a small clear bottle labeled as nail polish remover in the side pocket; it "
        "smelled salty, not like acetone, and the liquid was a little thick. Sofía said it "
        "was \"G\" for the weekend and that she measures it with the cap. SRO field test (GHB "
        "kit): positive. She says she doesn't give it to anyone and has never brought it to "
        "school before. Nurse checked her, no symptoms. Mother notified."),
     dec="allow", key="GHB", mct=["nail polish remover", "not like acetone"], trap=True,
     tags=["street_name", "field_test"])

case(s="OB", g=10, n="Ethan Morales", r="bpd/district-b2", gr="drugs",
     sub=["Adderall 20 mg (not prescribed), 5 tablets"], loc="O'Bryant, room 212", t="09:05",
     d=("Ethan sold 5 Adderall 20 mg to a classmate during C block study hall. Classmate's parent "
        "turned them in with screenshots of the Venmo payment. Ethan has no prescription."),
     dec="allow", key="Adderall", mct=["C block", "Venmo"], trap=True, tags=["brand_name", "short"])

case(s="DEA", g=11, n="Zaid Hammoud", r="bpd/district-b2", gr="drugs",
     sub=["Xanax bars x3"], loc="Dearborn STEM Academy, cafeteria", t="12:15",
     x={"religion": "Muslim", "home_language": "Arabic"},
     d=("Lunch aide saw Zaid drop something into another boy's Vietnamese iced coffee at the end "
        "table, then laugh about it. Three more white bars in a folded receipt were in his hand "
        "when the AP came over. He said they were Xanax and that it was \"a prank.\" The cup was "
        "taken before anyone drank from it and poured out in the office sink after the AP "
        "photographed it."),
     dec="allow", key="Xanax", mct=["Vietnamese iced coffee", "folded receipt"], trap=True,
     mnc=["Muslim", "Arabic"], cats=["religion", "language"], tags=["brand_name", "forbidden_fact"])

case(s="BCLA", g=10, n="Keanu Alvarez", r="bpd/district-e13", gr="drugs",
     sub=["nicotine pouches (Zyn)", "unlabeled white pill (imprint 'M 367', hydrocodone/APAP)"],
     loc="BCLA, 3rd floor hallway", t="13:20",
     x={"home_address": "Mission Main, 45 Smith St"},
     d=("Keanu dropped a Zyn can in the 3rd floor hallway during passing time and a white "
        "capsule-shaped pill fell out with the pouches. A teacher picked it up. Imprint M "
        "367, which the nurse identified as hydrocodone/acetaminophen 10/325. Keanu says he "
        "doesn't know how it got in there and that he \"found the can.\" Nurse checked him, no "
        "signs of use. Mom called.\nSIS address on file is in the Mission Main development "
        "(45 Smith St)."),
     dec="allow", key="hydrocodone", mct=["M 367", "3rd floor hallway"],
     mnc=["Mission Main", "Smith St"], cats=["neighborhood"], tags=["mixed_bag", "forbidden_fact"])

case(s="HER", g=8, n="Kevin Nguyen", r="bpd/district-b2", gr="drugs",
     sub=["unknown white powder (Narcan-reversed overdose; suspected fentanyl)"],
     loc="Rafael Hernández K-8 School, 3rd floor boys' bathroom", t="10:30",
     x={"home_language": "Vietnamese", "interpreter_needed": True},
     d=("Called to the 3rd floor boys' bathroom at about 10:30 by a custodian. Eighth grader "
        "on the floor by the sinks, not responding, breathing very slow, lips grey. Nurse "
        "gave Narcan x1 (4 mg nasal) at 10:33; he woke up within 2 minutes, vomited, and was "
        "confused about where he was. 911 called at 10:32, EMS on scene 10:41, transported "
        "to Children's. In his front pocket was a folded paper with white powder; not yet "
        "tested, locked in the nurse's cabinet for the SRO. A classmate said Kevin got "
        "\"something\" from a high school kid at the bus stop.\nParents reached via "
        "interpreter; they are going to the hospital."),
     dec="allow", key="Narcan", mct=["3rd floor boys' bathroom", "folded paper with white powder"],
     mnc=["Vietnamese", "interpreter"], cats=["language"],
     tags=["narcan_clue", "unknown_substance", "forbidden_fact"])

case(s="LGF", g=7, n="Destiny Harmon", r="bpd/district-c11", gr="drugs",
     sub=["THC edible (brownie)"], loc="Lilla G. Frederick Middle School, 7th grade lunch", t="11:15",
     d=("Destiny shared a brownie at lunch that her friend says \"had weed in it.\" Two students "
        "felt sick, nurse saw both. Destiny says her cousin made it. No other substance."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "edible", "short"])

case(s="JQUS", g=11, n="Victor Leung", r="bpd/district-a1", gr="drugs",
     sub=["THC cart (unknown brand)", "nicotine vape (Elf Bar)"],
     loc="Josiah Quincy Upper School, 6th floor bathroom", t="13:50",
     x={"country_of_birth": "Hong Kong", "ethnicity": "Chinese"},
     d=("6th floor bathroom, 1:50. A teacher heard two students and smelled something sweet. "
        "Victor came out with two vapes in his hand and gave them up. One is an Elf Bar "
        "(nicotine, 5% on the box). The other is a 510 cart with a sticker that says \"THC "
        "90%\" and no brand, about a quarter full. He admitted both are his and said he buys "
        "them from a kid at another school. No other items. Mom called at 2:30; she will "
        "come in Monday. Family was told about the vaping cessation group."),
     dec="deny", rsn="excluded_substance", mnc=["Hong Kong", "Chinese"],
     cats=["national_origin", "ethnicity"], tags=["excluded_only", "mixed_bag", "forbidden_fact"])

case(s="BLS", g=12, n="Wesley Grant", r="bpd/district-b2", gr="drugs",
     sub=["Vyvanse 50 mg (student's own prescription)", "Xanax bars x4 (not prescribed)"],
     loc="Boston Latin School, nurse's office", t="08:45",
     d=("Wesley gets Vyvanse 50 mg from the nurse every morning (prescribed, on file, dose "
        "verified with the pharmacy in September). This morning when he came for his dose at "
        "8:45 he pulled a folded napkin out of his pocket by mistake and 4 white bars fell "
        "out on the counter. He said they are Xanax from \"a guy in Quincy\" and that he takes "
        "one when he can't sleep. He has no prescription for those and they did not come "
        "from home. The nurse identified them by imprint as alprazolam 2 mg. The Vyvanse is "
        "his own medication and is not part of this referral; the Xanax is. Parents called."),
     dec="allow", key="Xanax", mct=["folded napkin", "4 white bars"],
     tags=["brand_name", "prescription_own"])

case(s="ACC", g=11, n="Malcolm Reid", r="bpd", gr="drugs",
     sub=["fentanyl powder, approx 0.3 g"], loc="Another Course to College", t="10:15",
     x={"neighborhood": "Columbia Point", "zip": "02125"},
     d=("SSS saw Malcolm by the back stairs at 10:15, during 3rd period when he was supposed "
        "to be in class. A small plastic bag of grey-white powder was in his vape case. Test "
        "strip: fentanyl positive. He said it was \"fent\" and that he snorts it on weekends, "
        "never at school. Nurse gave overdose education and a Narcan kit to his mother when "
        "she came at noon, and referred him to the adolescent program."),
     dec="allow", key="fentanyl", mct=["vape case", "grey-white powder"],
     mnc=["Columbia Point", "02125"], cats=["neighborhood"],
     tags=["street_name", "forbidden_fact"])

case(s="TBA", g=12, n="Elijah Mensah", r="bpd/district-c11", gr="drugs",
     sub=["\"carts\" (THC), 3", "\"wax\" jar (THC concentrate)"],
     loc="TechBoston Academy, parking lot", t="15:00",
     x={"ethnicity": "Ghanaian", "religion": "Seventh-day Adventist"},
     d=("Elijah was in the parking lot after school with a shoebox: 3 carts and a small jar of "
        "wax. He said he sells carts and dabs to kids from other schools. No other drugs."),
     dec="deny", rsn="excluded_substance", mnc=["Ghanaian", "Adventist"],
     cats=["ethnicity", "religion"], tags=["excluded_only", "street_name", "forbidden_fact"])

case(s="EHS", g=10, n="Lamar Jenkins", r="bpd/district-e13", gr="drugs",
     sub=["\"tree\" (marijuana), 2 bags", "Cali pack"], loc="English High School", t="10:20",
     d=("Lamar had two small bags of \"tree\" and an empty mylar Cali pack in his locker. Says "
        "it's for personal use."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "street_name", "short"])

case(s="BDEA", g=12, age=19, n="Ricardo Pena", r="bpd/district-b2", gr="drugs",
     sub=["beer (Corona), 1 bottle", "Juul"], loc="Boston Day and Evening Academy, front steps",
     t="19:55",
     d=("On the front steps during the evening break: one open Corona and a Juul. Student is 19. "
        "Told to leave for the night."),
     dec="deny", rsn="excluded_substance", tags=["excluded_only", "short"])

case(s="MUN", g=9, n="Valeria Mejía", r="bpd/district-e13", gr="drugs",
     sub=["\"Xanax\" bars (counterfeit, bromazolam per lab)"], loc="Margarita Muñiz Academy",
     t="09:50",
     x={"national_origin": "Guatemala", "arrival_date": "2025-07"},
     d=("Follow-up report. On 1/14 Valeria brought 6 \"Xanax\" bars to school and gave one to "
        "a friend in 2nd period Biology. The friend fell asleep at her desk and could not be "
        "woken for about 10 minutes; the nurse gave oxygen and EMS evaluated her and "
        "released her to her father. The remaining 5 bars were taken from Valeria's makeup "
        "bag. BPD sent them to the lab and the result came back this week: bromazolam, a "
        "designer benzo, and no alprazolam. Valeria says she bought them from an older girl "
        "on Instagram for $5 each and thought they were real Xanax. She is very upset about "
        "her friend."),
     date="2026-02-03", dec="allow", key="bromazolam", mct=["designer benzo", "could not be woken for about 10 minutes"],
     mnc=["Guatemala"], cats=["national_origin"], tags=["counterfeit", "lab_sheet", "forbidden_fact"])

case(s="EB", g=11, n="Brian Sullivan", r="bpd/district-a7", gr="drugs",
     sub=["ketamine, approx 1 g (\"K\")", "Alien Labs THC cart"],
     loc="East Boston High School, stairwell C", t="14:20",
     d=("Two items taken from Brian in stairwell C: an Alien Labs THC cart and a small baggie of "
        "white powder he called K, about a gram. SRO field test consistent with ketamine. Brian "
        "says he \"bumps\" it before basketball games to relax."),
     dec="allow", key="ketamine", mct=["Alien Labs", "stairwell C"], trap=True,
     tags=["mixed_bag", "street_name"])

case(s="CASH", g=10, n="Amara Diallo", r="bpd/district-e18", gr="drugs",
     sub=["Percocet 10/325, 3 tablets"], loc="CASH, Native Plant Garden", t="12:35",
     x={"religion": "Muslim", "ethnicity": "Guinean", "home_language": "Fula"},
     d=("A teacher on lunch duty saw Amara and two other 10th graders in the Native Plant "
        "Garden behind the school, which is off limits at lunch. When she walked over, Amara "
        "closed a small velvet ring box and put it in her pocket. The teacher brought all "
        "three inside. In the AP's office Amara opened the ring box: 3 white oblong tablets, "
        "which the nurse identified by imprint as Percocet 10/325 (oxycodone/acetaminophen). "
        "Amara said she took them from her uncle's medicine cabinet after his knee surgery "
        "and that the three of them were going to split them \"for fun\" after school. Nobody "
        "had taken any; the other two had nothing on them and went back to class after their "
        "parents were called.\nMom came in at 2; the meeting used a Fula interpreter.\nThe "
        "tablets are in the AP safe."),
     dec="allow", key="Percocet", mct=["Native Plant Garden", "ring box"],
     mnc=["Fula", "interpreter", "Guinean", "Muslim"], cats=["language", "ethnicity", "religion"], trap=True,
     tags=["brand_name", "forbidden_fact"])

case(s="JEB", g=11, n="Andre Thibodeaux", r="bpd/district-b3", gr="drugs",
     sub=["\"molly\" (lab: methylone / eutylone, no MDMA)"], loc="Jeremiah E. Burke High School",
     t="08:00", date="2026-02-24",
     d=("LAB SHEET (forwarded by BPD)\nCase ref: seizure at Burke, 01/29\nSubmitted as: \"molly\" "
        "powder, 0.8 g, light brown\nFindings: eutylone detected. MDMA not detected.\nComment: "
        "eutylone is a synthetic cathinone (\"bath salts\" family) commonly sold as molly.\n"
        "School note: adding to file for student; he was the one holding it."),
     dec="allow", key="eutylone", mct=["0.8 g", "bath salts"], tags=["lab_sheet", "street_name"])

case(s="DOR", g=12, n="Kareem Lawson", r="bpd/district-c11", gr="drugs",
     sub=["Xanax bars x6", "lean"], loc="Dorchester Academy, courtyard", t="12:10",
     x={"address": "Bowdoin St", "gang": "Bowdoin Bloods (per 2024 FIO)"},
     d=("Lunch, courtyard. SSS Whitman noticed Kareem holding a double cup (two white foam "
        "cups stacked) and walking table to table. When she asked to see it, it was pink and "
        "smelled like cough syrup and Jolly Ranchers. Kareem said it was lean and laughed. "
        "In the AP's office he handed over a cigarette pack that had 6 white bars in it "
        "instead of cigarettes; the nurse identified them by imprint as Xanax 2 mg. He said "
        "he was going to \"sip and sell\" at a party this weekend. He was drowsy but answered "
        "questions. Grandmother picked him up at 1:30. Cup contents poured into an evidence "
        "bottle before disposal."),
     dec="allow", key="Xanax", mct=["double cup", "Jolly Ranchers"],
     mnc=["Bowdoin", "Bloods"], cats=["neighborhood", "gang_affiliation"],
     tags=["street_name", "mixed_bag", "forbidden_fact"])

case(s="HEN", g=12, n="Zachary Lindell", r="bpd/district-c11", gr="drugs",
     sub=["unknown brown powder (field test inconclusive) in a turkey sandwich bag"],
     loc="Henderson K-12 Inclusion School, cafeteria", t="11:45",
     d=("Lunch aide noticed brown powder spilling out of the wax paper of a turkey sandwich "
        "when Zachary opened his lunch bag; he closed it fast. AP and SRO came over. The "
        "powder was folded into the wax paper under the sandwich, a little less than a gram. "
        "SRO ran two field tests: the opioid test was positive for fentanyl; the cocaine "
        "test was negative. Zachary says he \"didn't know it was in there\" and that his older "
        "brother packed his lunch. Nurse checked him, no symptoms. Father called."),
     dec="allow", key="fentanyl", mct=["turkey sandwich", "cocaine test was negative"], trap=True,
     tags=["unknown_substance", "field_test"])

case(s="TBA", g=10, n="Kobe Ashworth", r="bpd/district-c11", gr="drugs",
     sub=["oxycodone 30 mg (imprint K9), 5", "nicotine pouches"],
     loc="TechBoston Academy, Patagonia jacket in coat closet", t="14:20",
     d=("5 blue round pills imprint K9 (oxycodone 30 mg) inside the chest pocket of Kobe's "
        "Patagonia fleece, hung in the coat closet in room 112. A Zyn tin was in the other pocket. "
        "Kobe says the pills are his cousin's. Found after a classmate tipped off the teacher."),
     dec="allow", key="oxycodone", mct=["Patagonia fleece", "room 112"], trap=True,
     tags=["mixed_bag", "brand_name"])

case(s="BLA", g=9, n="Mia Santangelo", r="bpd/district-b2", gr="drugs",
     sub=["ice (methamphetamine)"], loc="Boston Latin Academy, Jackson Square station platform",
     t="07:25",
     d=("Incident happened before school on the inbound platform at Jackson Square station: "
        "Ms. Geller, who takes the same train, saw Mia hand a small bag of clear crystals to "
        "another student and take cash, about 7:25. She reported it when she got to school. "
        "The AP called Mia in during 1st period; a second bag was in her phone wallet, with "
        "about $40. SRO field test: methamphetamine. Mia called it \"ice\" and said she got it "
        "from her older brother's friend. The other student has not been identified. Mother "
        "called."),
     dec="allow", key="methamphetamine", mct=["Jackson Square station", "phone wallet"], trap=True,
     tags=["street_name", "field_test"])

case(s="MP", g=12, n="Isaac Fontaine", r="bpd/district-b2", gr="weapon", w="folding knife",
     sub=["zaza (marijuana)"], loc="Madison Park, Building 2 entrance", t="07:50",
     x={"ethnicity": "Haitian", "home_language": "Haitian Creole"},
     d=("Morning entry, Bldg 2 doors, 7:50. The scanner alarmed and SSS Pina asked Isaac to "
        "step aside. He had a folding knife (4 inch blade, black handle, locking) clipped to "
        "his waistband under his shirt; he handed it over without a problem. In the same "
        "pocket was a small bag of \"zaza,\" about a gram of weed. Isaac says the knife is for "
        "protection on the way to school because he was jumped in December, and that he has "
        "never taken it out at school. No threats made, no one hurt. Father notified.\nFamily "
        "is Haitian; dad prefers calls in Creole."),
     dec="allow", key="folding knife", mct=["4 inch blade", "clipped to his waistband"],
     mnc=["Haitian", "Creole"], cats=["ethnicity", "language"],
     tags=["weapon_ground", "excluded_with_weapon", "forbidden_fact"])

case(s="BRI", g=12, date="2026-03-03", n="Evan Holt", r="bpd/district-d14", gr="credible_threat",
     sub=["fentanyl"],
     th=("Evan told two students in Spanish 3 on Tuesday, and then wrote in the class group chat, "
         "that he would \"put fent in the punch\" at Friday's senior breakfast because \"nobody "
         "will miss the seniors.\" He was found with fentanyl test-strip-positive powder in "
         "December. The breakfast is in the cafeteria this Friday for about 280 seniors."),
     loc="Brighton High School, Spanish 3 classroom", t="10:50",
     d=("Tuesday, about 3 PM: two students came to the counselor with screenshots of a "
        "message Evan posted earlier that day in the Spanish 3 class group chat. The same "
        "two students say he said it out loud in class too, and that he was not smiling. "
        "Counselor brought it to the AP right away and the principal was informed at "
        "3:30.\n\nAP met with Evan and his mother Wednesday at 8 AM. Evan said he was \"being "
        "dark\" and did not mean it. He has been in conflict with several seniors since a "
        "basketball game in January. His bag and locker were searched with his mother "
        "present: nothing found. He is suspended pending a threat assessment, and the senior "
        "breakfast will have extra staff at the food tables."),
     dec="allow", key="senior breakfast", mct=["Spanish 3 class group chat", "threat assessment"],
     trap=True, tags=["threat"])

case(s="EXC", g=10, n="Brandon Oyelaran", r="bpd/district-c6", gr="credible_threat",
     sub=["Xanax"], th="",
     loc="Excel High School", t="13:00",
     d=("Brandon said in a group chat that he'd \"bar up\" the girls at the party and see what "
        "happens. A parent sent it to us."),
     dec="deny", rsn="missing_threat_statement", tags=["threat", "street_name", "short"])

case(s="OB", g=11, n="Lena Hoffmann", r="bpd/district-b2", gr="drugs",
     sub=["Klonopin (clonazepam 2 mg) x6", "Irish cream liqueur (Carolans), 1 nip"],
     loc="O'Bryant, band room", t="15:40",
     x={"interpreter_needed": "German"},
     d=("In the band room after rehearsal, at 3:40, Mr. Oyelowo came back for his music and "
        "found Lena and a friend on the risers with a nip of Carolans Irish Cream liqueur, "
        "nearly empty, and a prescription bottle with the label scratched off. Inside were 6 "
        "white round pills Lena said are Klonopin 2 mg from \"a senior\"; the nurse later "
        "confirmed by imprint: clonazepam 2 mg. The friend said she had taken one about "
        "twenty minutes earlier. Both girls were walked to the nurse: the friend was sleepy "
        "but oriented, Lena was alert. Both sets of parents called and picked them up by "
        "4:45."),
     dec="allow", key="clonazepam", mct=["Irish Cream", "band room"],
     mnc=["German"], cats=["language"], trap=True, tags=["brand_name", "mixed_bag", "forbidden_fact"])

case(s="CHS", g=9, n="Aidan Murphy", r="bpd/district-a1", gr="drugs",
     sub=["Zyn", "Juul", "beer (Bud Light)"], loc="Charlestown High School", t="15:20",
     x={"home_address": "Bunker Hill development, Bldg 8"},
     d=("Aidan and two friends on the back steps after school with a Zyn tin, a Juul and 3 Bud "
        "Lights in a backpack. Nothing else."),
     dec="deny", rsn="excluded_substance", mnc=["Bunker Hill development", "Bldg 8"],
     cats=["neighborhood"], tags=["excluded_only", "mixed_bag", "forbidden_fact", "short"])

case(s="BAA", g=10, n="Ruby Castillo", r="dhs/ice-liaison", gr="drugs",
     sub=["cocaine, 1 g"], loc="Boston Arts Academy", t="11:00",
     x={"immigration_status": "visa overstay (family)"},
     d=("1 g of cocaine in a folded receipt in Ruby's jacket, found by a teacher. The DHS liaison "
        "who attends our safety meeting asked to be sent these."),
     dec="deny", rsn="recipient_not_permitted", mnc=["visa overstay"],
     cats=["immigration_status"], tags=["recipient", "forbidden_fact"])

case(s="GEH", g=10, n="Destiny Vaughn", r="bpd/district-b2", gr="drugs",
     sub=["blues (M30), 15", "$310 cash"], loc="Greater Egleston High School", t="10:40",
     x={"ethnicity": "Puerto Rican", "gang_affiliation": "girlfriend of suspected Heath Street member"},
     d=("15 blue M30 pills in a Pringles can in Destiny's locker with $310 in small bills. A test "
        "strip on one pill was positive for fentanyl. Destiny says a boy asked her to hold it."),
     dec="allow", key="fentanyl", mct=["Pringles can", "$310"],
     mnc=["Puerto Rican", "Heath Street"], cats=["ethnicity", "gang_affiliation"],
     tags=["street_name", "forbidden_fact", "short"])


# ---------------------------------------------------------------------------------------------
# Building the JSONL
# ---------------------------------------------------------------------------------------------

DENY_REASONS = {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                "missing_threat_statement", "face_surveillance", "other"}
NO_SCHOOL = {dt.date(2025, 10, 13), dt.date(2025, 11, 11), dt.date(2026, 1, 19),
             dt.date(2026, 2, 16), dt.date(2026, 4, 20)}
BREAKS = [(dt.date(2025, 11, 26), dt.date(2025, 11, 28)), (dt.date(2025, 12, 22), dt.date(2026, 1, 2)),
          (dt.date(2026, 2, 16), dt.date(2026, 2, 20)), (dt.date(2026, 4, 20), dt.date(2026, 4, 24))]


def school_days():
    d, out = dt.date(2025, 9, 8), []
    while d <= dt.date(2026, 6, 12):
        if d.weekday() < 5 and d not in NO_SCHOOL and not any(a <= d <= b for a, b in BREAKS):
            out.append(d)
        d += dt.timedelta(days=1)
    return out


def utc_offset(day):
    """Boston: EDT (-04:00) until 2025-11-02 and from 2026-03-08, EST (-05:00) between."""
    return "-05:00" if dt.date(2025, 11, 2) <= day < dt.date(2026, 3, 8) else "-04:00"


def birth_date(rng, grade, day, age=None):
    if age is None:  # age on 1 Sept 2025 is grade + 5
        lo = dt.date(2025 - grade - 6, 9, 2)
        hi = dt.date(2025 - grade - 5, 9, 1)
    else:  # exactly `age` on the incident day
        lo = dt.date(day.year - age - 1, day.month, min(day.day, 28)) + dt.timedelta(days=1)
        hi = dt.date(day.year - age, day.month, min(day.day, 28))
    return lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))


def sentences(text):
    import re
    return [p for p in re.split(r"(?<=[.!?])\s+|\n+", text) if p.strip()]


def check(c, req):
    """Self-checks on the labels (the shared validator checks the rest)."""
    d = c["d"]
    blob = json.dumps(req, ensure_ascii=False).lower()
    kept = " ".join([c["n"], SCHOOLS[c["s"]][0], req["school_id"], req["recipient"]]).lower()
    mct = c.get("mct", [])
    assert d.strip(), c["n"]
    if c["dec"] == "allow":
        assert c["key"] in d, (c["n"], c["key"])
        assert 1 <= len(mct) <= 3, c["n"]
        for m in mct:
            assert m in d, (c["n"], m)
    else:
        assert c["rsn"] in DENY_REASONS, c["n"]
    for bad in c.get("mnc", []):
        b = bad.lower()
        assert b in blob, (c["n"], bad)
        assert b not in kept, (c["n"], bad)
        assert b not in c["loc"].lower(), (c["n"], bad)
        assert not any(b in code for code in CODES), (c["n"], bad)
        assert not any(b in m.lower() for m in mct + [c.get("key", "")]), (c["n"], bad)
        for m in mct:  # a kept fact never shares a sentence with a forbidden mention
            for sent in sentences(d):
                if m in sent:
                    assert b not in sent.lower(), (c["n"], m, bad)
    if c.get("mnc"):
        assert c.get("cats"), c["n"]


def build():
    rng = random.Random(SEED)
    days = school_days()
    ids = rng.sample(range(4000, 4999), len(SCHOOLS))
    school_id = {k: f"BPS-{i}" for k, i in zip(sorted(SCHOOLS), ids)}
    order = list(range(len(CASES)))
    rng.shuffle(order)
    seen_desc, seen_sid, lines = set(), set(), []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"OBB-{n:04d}"
        day = dt.date.fromisoformat(c["date"]) if c.get("date") else rng.choice(days)
        occurred = f"{day.isoformat()}T{c['t']}:00{utc_offset(day)}"
        school, g_lo, g_hi = SCHOOLS[c["s"]]
        assert g_lo <= c["g"] <= g_hi, c["n"]
        sid = str(rng.randrange(100000, 999999))
        while sid in seen_sid:
            sid = str(rng.randrange(100000, 999999))
        seen_sid.add(sid)
        student = {"student_id": sid, "name": c["n"],
                   "date_of_birth": birth_date(rng, c["g"], day, c.get("age")).isoformat(),
                   "grade": c["g"], "school": school}
        student.update(c.get("x", {}))
        req = {"request_id": cid, "school_id": school_id[c["s"]], "recipient": c["r"],
               "ground": c["gr"]}
        if c.get("sub"):
            req["substances"] = list(c["sub"])
        if c.get("w"):
            req["weapon"] = c["w"]
        if "th" in c:
            req["threat_statement"] = c["th"]
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": c["d"]}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        check(c, req)
        assert c["d"] not in seen_desc, c["n"]
        seen_desc.add(c["d"])
        allow = c["dec"] == "allow"
        tags = [FAMILY, "allow" if allow else "deny_" + c["rsn"]]
        if c.get("trap"):
            tags.append("trap")
        if c.get("mnc") and "forbidden_fact" not in c.get("tags", []):
            tags.append("forbidden_fact")
        tags += [t for t in c.get("tags", []) if t not in tags and t not in ("short", "long")]
        if len(c["d"]) < 200:
            tags.append("short")
        elif len(c["d"]) >= 1000:
            tags.append("long")
        expect = {"decision": c["dec"]}
        if not allow:
            expect["reason"] = c["rsn"]
        expect.update({
            "must_not_contain": list(c.get("mnc", [])),
            "must_contain": [c["n"], school, c["key"]] if allow else [],
            "must_contain_text": list(c.get("mct", [])) if allow else [],
            "categories": list(c.get("cats", [])),
            "tags": tags,
        })
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def main():
    lines = build()
    assert len(lines) == 120, len(lines)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
