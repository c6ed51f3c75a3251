#!/usr/bin/env python3
"""Outsider corpus "AG": forbidden facts and precision traps in the request fields OTHER than the
incident description (location, threat_statement, weapon, substances, attachments, odd student
structures, notes smuggled into fields police may receive), plus clean requests whose odd shape a
careless service might crash on or drop (long values, emoji, unusual Unicode, empty strings, nulls).

Written from RULES.md and CONTRACT.md only.  Deterministic, standard library only.

    python3 tests/corpus/make_outsider_ag.py   ->  tests/data/corpus/outsider_ag.jsonl
"""
import datetime as dt
import json
import pathlib
import random
import unicodedata

PREFIX = "OAG"
FAMILY = "outsider_ag"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ag.jsonl"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4123",
    "East Boston High School": "BPS-4148",
    "Jeremiah E. Burke High School": "BPS-4177",
    "English High School": "BPS-4190",
    "Excel High School": "BPS-4215",
    "Brighton High School": "BPS-4236",
    "TechBoston Academy": "BPS-4252",
    "Mission Hill K-8": "BPS-4318",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4339",
    "Charlestown High School": "BPS-4351",
    "Snowden International School": "BPS-4372",
    "Dorchester Academy": "BPS-4384",
    "Boston Community Leadership Academy": "BPS-4401",
    "Community Academy of Science and Health": "BPS-4417",
    "John W. McCormack Middle School": "BPS-4433",
    "Orchard Gardens K-8 School": "BPS-4458",
    "Mildred Avenue K-8 School": "BPS-4462",
    "New Mission High School": "BPS-4470",
    "Fenway High School": "BPS-4481",
    "Boston Arts Academy": "BPS-4495",
    "Henderson K-12 Inclusion School": "BPS-4503",
    "Edison K-8 School": "BPS-4517",
    "Dearborn STEM Academy": "BPS-4529",
    "Kennedy Academy for Health Careers": "BPS-4534",
    "Mario Umana Academy": "BPS-4546",
    "Lilla G. Frederick Middle School": "BPS-4551",
    "Curley K-8 School": "BPS-4563",
    "Another Course to College": "BPS-4570",
    "Margarita Muñiz Academy": "BPS-4582",
}

POLICE = ["bpd", "bpd/district-b2", "bpd/district-b3", "bpd/district-c11", "bpd/district-e18",
          "bpd/district-a7", "bpd/district-d4", "bpd/district-e13", "bpd/district-e5",
          "bpd/district-c6", "bpd/district-a1", "bpd/district-d14"]

CATS = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"]

# ---------------------------------------------------------------------------------------------
# The cases.  Keys:
#   k      clean | withhold | deny
#   g      ground;  name, school, grade;  loc, desc;  t "HH:MM" (local time) or at (full ISO)
#   w      weapon;  subs substances;  ts threat_statement;  att attachments;  rec recipient
#   sx     extra student keys;  stu  full student override (allowlisted keys chosen by the case)
#   top    raw top-level overrides (e.g. {"threat_statement": None})
#   mnc    must_not_contain;  fact key fact for must_contain;  mct must_contain_text
#   mcn    must_contain name override (when the name field carries a note);  mcs school override
#   cats   categories;  tags extra tags;  reason for a deny
# ---------------------------------------------------------------------------------------------
C = []


def case(**kw):
    C.append(kw)


# =============================== ALLOW, nothing forbidden (59) ===============================

case(k="clean", g="weapon", name="Darnell Whitfield", school="Madison Park Technical Vocational High School",
     grade=11, t="10:02", w="box cutter",
     loc="Madison Park TVHS, carpentry shop (Rm 1-114)",
     desc="Mr. Fallon saw Darnell slide a yellow box cutter into the sleeve of his hoodie at the end of 2nd "
          "period and asked him for it. Darnell refused and walked out of the shop; SSS Pires caught up with "
          "him by the east stairwell and he handed it over without a struggle. The blade was fully extended "
          "and there was tape wrapped around the handle. Darnell said he needed it \"for protection on the "
          "bus.\" It is not a shop-issued tool (shop cutters are numbered and all were accounted for).",
     sx={"homeroom": "1-114", "iep": False, "counselor": None},
     fact="box cutter", mct=["east stairwell", "tape wrapped around the handle"],
     tags=["f_weapon", "f_student_struct"])

case(k="clean", g="weapon", name="Kiara Mensah", school="TechBoston Academy", grade="10", t="11:40",
     w="brass knuckles", loc="TechBoston Academy, 3rd floor stairwell",
     desc="Around 11:40 two students told Ms. Castillo that Kiara had \"knucks\" in her bag and was showing "
          "them off in the stairwell. AP Durand and SSS Molloy searched the bag in the main office with "
          "Kiara present and found a set of metal brass knuckles wrapped in a sock at the bottom. Kiara said "
          "an older friend gave them to her over the weekend. Nobody was hurt or threatened with them.",
     stu={"age": 15},
     fact="brass knuckles", mct=["wrapped in a sock", "main office"],
     tags=["f_student_struct", "odd_shape"])

case(k="clean", g="weapon", name="Tamia Rowe", school="Excel High School", grade=10, t="14:25",
     w="pepper spray", loc="Excel High School, front steps at dismissal",
     desc="At dismissal Tamia sprayed a canister of pepper spray toward a group of girls on the front steps "
          "after an argument that started at lunch. Two students got it in the eyes and were rinsed out by "
          "the nurse; neither needed the hospital. SSS Lynch recovered the canister (pink, keychain size) "
          "from Tamia's coat pocket. Tamia said she carries it every day.",
     sx={"studentPhone": None, "lockerNumber": 412, "isSped": False, "middleName": ""},
     fact="pepper spray", mct=["keychain size", "rinsed out by the nurse"],
     tags=["f_student_struct", "odd_shape"])

case(k="clean", g="weapon", name="Andre Kimball", school="English High School", grade=12, t="07:52",
     w="handgun, loaded (9mm per responding officers)",
     loc="English High School, main entrance scanning station",
     desc="At 7:52 a.m. the scanner at the main entrance alarmed on Andre's backpack. SSS Grady and SSS "
          "Thibault walked Andre and the bag to the side office and found a handgun in the inside laptop "
          "sleeve. Nobody handled the gun; officers from the district arrived at 7:58 and made it safe, and "
          "said it had a full magazine. Andre did not resist and said \"it's not mine, I'm holding it for "
          "somebody.\" The building stayed on a soft hold for 20 minutes.",
     sx={"guardians": [{"relation": "mother", "phone": "617-555-0192", "primary": True},
                       {"relation": "grandfather", "phone": None, "primary": False}]},
     mnc=["617-555-0192"],
     fact="handgun", mct=["laptop sleeve", "full magazine"],
     tags=["f_student_struct", "allowlist", "precision"])

case(k="clean", g="weapon", name="Connor Fitzgerald", school="Charlestown High School", grade=9, t="11:55",
     w="stun gun (flashlight style)", loc="Charlestown High School, cafeteria",
     desc="During B lunch Connor took a small stun gun out of his jacket and clicked it twice near another "
          "student's neck as a \"joke.\" It sparked but did not touch him. The lunch monitor, Ms. Delgado, "
          "took it and brought Connor to the office. The device is marked \"stun gun / flashlight\", about "
          "6 inches long, and it was charged.",
     fact="stun gun", mct=["B lunch", "clicked it twice"],
     tags=["f_location", "precision"])

case(k="clean", g="weapon", name="Gianna Russo", school="East Boston High School", grade=10, t="09:35",
     w="razor blade", loc="East Boston High School, room 204",
     desc="Ms. Patel noticed fresh cuts on Gianna's fingers and asked to see her pencil case. Inside was a "
          "loose single-edge razor blade taped to a piece of cardboard. Gianna said a girl in her math class "
          "has been threatening her and she \"wasn't going to get jumped again.\" The nurse cleaned the cuts "
          "and her counselor sat in on the conversation.",
     fact="razor blade", mct=["pencil case", "taped to a piece of cardboard"],
     tags=["f_location", "precision"])

case(k="clean", g="weapon", name="Jalen Brooks", school="Jeremiah E. Burke High School", grade=9, t="12:50",
     w="kitchen knife, 8 inch", loc="Jeremiah E. Burke High School, boys' gym locker room",
     desc="Coach Harris found a kitchen knife (8 inch blade, wooden handle) in Jalen's gym locker while "
          "looking for a missing phone after 5th period. Jalen said it was his and that he took it from the "
          "drawer at home that morning because some older kids have been waiting for him after school. He "
          "was calm and cooperative. The knife is locked in the AP's office.",
     fact="kitchen knife", mct=["wooden handle", "gym locker"],
     tags=["f_weapon"])

case(k="clean", g="weapon", name="Hannah Greer", school="Snowden International School", grade=11, t="09:10",
     w="collapsible baton (expandable, steel)", loc="Snowden International School, 2nd floor corridor",
     desc="A teacher saw a metal collapsible baton fall out of Hannah's tote bag in the 2nd floor corridor "
          "around 9:10. Hannah grabbed it and snapped it shut before the teacher got to her. SSS Moran took "
          "it; extended it measures about 21 inches. Hannah said her older sister ordered it online for her "
          "after her phone was snatched on the train last month.",
     fact="collapsible baton", mct=["21 inches", "2nd floor corridor"],
     tags=["f_weapon", "precision"])

case(k="clean", g="weapon", name="Isaiah Grant", school="Boston Latin Academy", grade=10, t="12:30",
     w="revolver (unloaded)", loc="Boston Latin Academy, locker bank outside room 318",
     desc="After an anonymous tip to the head of school, SSS Curran and the AP opened Isaiah's locker at "
          "12:30 with him present. Inside a shoebox was a small silver revolver. It was not loaded and no "
          "ammunition was found in the locker or in his bag. Isaiah said he found it in a yard on his way to "
          "school and \"didn't know what to do with it.\" District officers took custody at 12:55.",
     fact="revolver", mct=["shoebox", "not loaded"],
     tags=["f_weapon", "precision"])

case(k="clean", g="weapon", name="Aaliyah Simmons", school="Mission Hill K-8", grade=8, t="12:20",
     w="switchblade", loc="Mission Hill K-8, playground (outdoor recess)",
     desc="During outdoor recess a 6th grader told Mr. Kowalski that Aaliyah had \"a real knife.\" He asked "
          "her to come inside, and in the office she took a switchblade out of her sock and put it on the "
          "desk. The blade springs open with a button and is about 3 inches. She said she found it in her "
          "cousin's car. Her mother picked her up at 1:15.",
     fact="switchblade", mct=["out of her sock", "springs open with a button"],
     tags=["f_location", "precision"])

case(k="clean", g="weapon", name="Tyrese Bolden", school="Dorchester Academy", grade=11, t="10:05",
     w="bear spray (pepper spray, 9.2 oz can)", loc="Dorchester Academy, hallway outside the main office",
     desc="At 10:05 Tyrese discharged a can of bear spray in the hallway outside the main office during an "
          "argument with another student. The hallway was cleared and the HVAC for that wing was shut off; "
          "six students and one staff member were treated by EMS for eye and throat irritation, none "
          "transported. Tyrese left the building and SSS Ryan found him at the bus stop still holding the "
          "can, which he gave up.",
     fact="bear spray", mct=["six students and one staff member", "HVAC"],
     tags=["f_weapon", "precision"])

LONG_TIMELINE = [
    "7:41 a.m. Marcus arrives through the side door with two students who are not enrolled here; "
    "SSS Dwyer tells the two non-students to leave and they do.",
    "7:48 a.m. Marcus goes to breakfast, sits alone, and is on his phone the whole time. Cafeteria staff say "
    "he did not eat.",
    "8:05 a.m. Advisory. Ms. Hurley notes he kept his backpack on his lap and refused to put it on the hook, "
    "which is unusual for him.",
    "8:50 a.m. Period 1 (Algebra II). Teacher reports nothing unusual except that he asked twice to use the "
    "bathroom and was told to wait for the pass.",
    "9:40 a.m. Passing time. The hallway recording reviewed by the AP shows him talking with a 10th grader near the trophy case for about two minutes.",
    "9:45 a.m. Period 2 (Chemistry). He asked to go to the nurse with a headache; the nurse log shows he "
    "arrived at 9:52 and left at 10:05 after taking his temperature (normal).",
    "10:30 a.m. Period 3 (English 12). Teacher says he was quiet but did the reading quiz.",
    "11:20 a.m. Lunch. Two students told the lunch monitor that Marcus had said he was \"ready for "
    "whoever\" and patted his backpack. The lunch monitor passed this on to the AP at 11:34.",
    "11:40 a.m. AP Santangelo and SSS Dwyer asked Marcus to come to the conference room next to the main "
    "office. He came without arguing but kept both hands on the backpack straps.",
    "11:46 a.m. Marcus agreed to open the backpack. In the main compartment, under a hoodie and two "
    "notebooks, was a hunting knife with a 6 inch fixed blade in a brown leather sheath.",
    "11:50 a.m. Marcus said he was carrying it because \"people from before\" were looking for him and that "
    "he had it since the weekend. He would not say who. He did not threaten anyone in the office.",
    "12:05 p.m. Parent reached by phone and came in at 1:30. District officers were called at 12:10 and "
    "took custody of the knife at 12:40.",
]

case(k="clean", g="weapon", name="Marcus Delacroix", school="New Mission High School", grade=12, t="11:46",
     w="hunting knife, 6 inch fixed blade",
     loc="New Mission High School, conference room next to the main office",
     desc=("Timeline compiled by AP Santangelo from staff statements, the nurse log and the hallway "
           "recording. All times are from the school clocks. " +
           " ".join(LONG_TIMELINE) + " " +
           " ".join(
               f"Follow-up note {i}: staff member {i} (period {(i % 6) + 1} teacher) was asked whether Marcus "
               f"said anything about the knife or anyone he was worried about during class this week; "
               f"answer: nothing noted, attendance normal, no conflicts seen in class." for i in range(1, 31))
           + " Summary: the hunting knife was found in his backpack in the conference room; the fixed blade "
             "measures 6 inches and it was inside a brown leather sheath."),
     fact="hunting knife", mct=["fixed blade", "brown leather sheath", "conference room"],
     tags=["long_value", "odd_shape"])

case(k="clean", g="weapon", name="Jordan Ames", school="Brighton High School", grade=10, t="07:40",
     w="butterfly knife (balisong) 🦋🔪", loc="Brighton High School, front entrance 🚪 scanner",
     desc="Around 7:30 p.m. the night before, Jordan posted a Snapchat story showing a butterfly knife with "
          "the caption \"y'all gonna learn tmrw 🔪🔪😤\". Three students showed it to Ms. Kerrigan first "
          "thing in the morning. SSS Boyle met Jordan at the scanner at 7:40 a.m. and the butterfly knife "
          "was in the front pocket of his backpack. Jordan said it was \"just for the video.\"",
     fact="butterfly knife", mct=["🔪🔪😤", "front pocket of his backpack"],
     tags=["emoji", "odd_shape"])

case(k="clean", g="weapon", name="Zoë Marchetti-Lévesque", school="Boston Arts Academy", grade=11, t="15:10",
     w="mace (4 oz canister)", loc="Boston Arts Academy, dance studio B",
     desc="Zoë's dance bag was left open in studio B and a classmate saw a canister of mace in it and told "
          "the instructor, who brought the bag to the office. It is a 4 oz canister labeled \"Mace Triple "
          "Action\" with a flip-top trigger. Zoë said she carries it because she gets off the train late "
          "after rehearsal.",
     fact="Mace Triple Action", mct=["studio B", "flip-top trigger"],
     tags=["unicode", "odd_shape"])

case(k="clean", g="weapon", name="Devonte Price", school="Kennedy Academy for Health Careers", grade=10,
     t="12:10", w="knife", loc="Kennedy Academy for Health Careers, lunchroom",
     desc="During lunch Devonte pulled a folding hunting knife with a camo handle out of his jacket during "
          "an argument over a seat and held it low by his side. Staff got between the two students and "
          "Devonte put the knife on the table when told to. The blade is about 4 inches. Nobody was cut. He "
          "told the AP he wanted to \"scare\" the other student.",
     top={"threat_statement": None, "substances": [], "attachments": []},
     fact="camo handle", mct=["camo handle", "held it low by his side"],
     tags=["null_value", "odd_shape"])

case(k="clean", g="weapon", name="Rashad Pierce", school="Community Academy of Science and Health", grade=11,
     t="08:15", w=".380 pistol with 14 rounds",
     loc="Community Academy of Science and Health, entrance bag check",
     desc="During the morning bag check, staff found 14 rounds of .380 ammunition loose in Rashad's bag. "
          "Officers were called, and when they arrived a small .380 pistol was found in the lining of his "
          "jacket. Rashad said he was shot at last summer and does not feel safe getting to school. He was "
          "cooperative with the officers.",
     fact=".380 pistol", mct=["14 rounds", "lining of his jacket"],
     tags=["f_weapon"])

case(k="clean", g="weapon", name="Nia Holloway", school="Dearborn STEM Academy", grade=9, t="13:20",
     w="straight razor", loc="Dearborn STEM Academy, 2nd floor girls' bathroom",
     desc="Nia was seen in the 2nd floor bathroom showing other girls a straight razor with a pearl handle. "
          "A student told the nurse, who told the AP. With a female staff member present Nia handed it over "
          "from inside her waistband. She said a girl from another school has been threatening to cut her "
          "and she wanted to \"be ready.\"",
     sx={"LAST_ATTENDANCE_DT": "2026-02-27", "ADVISOR_ID": 20417, "SPED_FLAG": "N"},
     fact="straight razor", mct=["pearl handle", "2nd floor bathroom"],
     tags=["f_student_struct", "odd_shape"])

case(k="clean", g="weapon", name="Kayden Moss", school="John W. McCormack Middle School", grade=7, t="09:45",
     w="steak knife — “serrated”, 4½ in", loc="McCormack Middle School, room 2\u00a0–\u00a0214",
     desc="At 9:45 a.m. Kayden’s teacher saw him carving into his desk with a serrated steak knife he "
          "brought from home. He gave it up right away and said he “wasn’t going to do anything with it.” "
          "The blade is 4½ inches with a plastic handle. No one was threatened.",
     fact="steak knife", mct=["4½ inches", "carving into his desk"],
     tags=["unicode", "odd_shape"])

case(k="clean", g="weapon", name="Olivia Thornton", school="Fenway High School", grade=10, t="08:40",
     w="pocket knife", loc="Fenway High School, Advisory room 3",
     desc="Olivia showed a pocket knife to a friend during Advisory and the friend told the teacher. Olivia "
          "handed it over when asked. It is a red multi-tool pocket knife with a 2.5 inch locking blade. She "
          "said she uses it to open boxes at her part-time job and forgot it was in her bag. No threats, "
          "nobody hurt.",
     sx={"sis": {"source": "Aspen", "exported_at": "2026-01-12T08:00:00Z",
                 "flags": {"sped": True, "504": False}, "attendance_pct": 91.4, "notes": []}},
     fact="pocket knife", mct=["Advisory", "locking blade"],
     tags=["f_student_struct", "odd_shape"])

case(k="clean", g="weapon", name="Caleb Norris", school="Henderson K-12 Inclusion School", grade=8, t="14:40",
     w="taser", loc="Henderson K-12 Inclusion School, bus line",
     desc="Caleb brought a handheld taser to school and set it off in the air near the bus line at 2:40 so "
          "it crackled loudly. Several younger students ran. The bus monitor, Ms. Hayes, took it from him. "
          "It is a pistol-grip style taser without a cartridge (contact only).",
     sx={"grade_history": [6, 7, 8], "enrolled": True, "transport": {"bus": 1311, "stop": None}},
     fact="taser", mct=["bus line", "pistol-grip"],
     tags=["f_student_struct", "odd_shape"])

case(k="clean", g="weapon", name="Amaré Ọládipọ̀", school="Edison K-8 School", grade=8, t="07:30",
     w="paring knife", loc="Edison K-8 School, breakfast line",
     desc="Amaré was found with a small kitchen paring knife in his coat at the 7:30 breakfast line after "
          "another student said he had been \"flashing\" it. SSS Ruiz took the knife (3 inch blade, green "
          "handle). Amaré said he uses it to peel fruit at lunch. Nobody reported being threatened.",
     sx={"medical_alert": "peanut allergy - EpiPen kept in the nurse's office"},
     mnc=["EpiPen"],
     fact="paring knife", mct=["green handle", "breakfast line"],
     tags=["unicode", "allowlist", "odd_shape"])

# serious violence, clean
case(k="clean", g="serious_violence", name="Khalil Bennett", school="Madison Park Technical Vocational High School",
     grade=10, t="13:05", w="padlock in a sock", loc="Madison Park TVHS, 3rd floor hallway",
     desc="At 1:05 pm in the 3rd floor hallway Khalil swung a combination padlock tied inside a sock and hit "
          "another student (D.M.) in the face twice. D.M. was bleeding heavily from above the left eye and "
          "was taken by EMS to Boston Medical Center, where they confirmed a fractured orbital bone. Khalil "
          "ran but was stopped by SSS Amaral at the stairs.",
     fact="padlock", mct=["fractured orbital bone", "3rd floor hallway"],
     tags=["f_weapon"])

case(k="clean", g="serious_violence", name="Trinity Walsh", school="Brighton High School", grade=11, t="14:20",
     loc="Brighton High School, outside the gym doors",
     desc="After school at 2:20 Trinity punched another student (K.L.) repeatedly in the face outside the gym "
          "doors and kept going after K.L. fell. K.L.'s jaw was broken in two places and was wired shut at "
          "Children's the next day, per her mother. Staff separated them. Witnesses say the fight was planned "
          "over social media.",
     fact="jaw", mct=["wired shut", "outside the gym doors"],
     tags=["f_location", "precision"])

case(k="clean", g="serious_violence", name="Mateo Ferris", school="Another Course to College", grade=12, t="14:50",
     loc="Another Course to College, rear lot",
     desc="Mateo and two young men who are not ACC students knocked a 9th grader to the ground in the rear lot "
          "and kicked and stomped on his head. The boy lost consciousness for about a minute. He was taken "
          "to Beth Israel with a concussion and a fractured cheekbone and kept overnight. Mateo admitted he "
          "was there when the AP spoke with him the next morning.",
     fact="concussion", mct=["fractured cheekbone", "rear lot"],
     tags=["f_location"])

case(k="clean", g="serious_violence", name="Jasmine Ocasio", school="Jeremiah E. Burke High School", grade=10,
     t="11:50", w="razor blade", loc="Jeremiah E. Burke High School, cafeteria, table 6",
     desc="In the cafeteria at 11:50 Jasmine cut another girl across the cheek with a razor blade she had "
          "been holding between her fingers. The girl needed 14 stitches at Carney Hospital. Jasmine dropped "
          "the blade and it was recovered under table 6.",
     fact="14 stitches", mct=["table 6", "across the cheek"],
     tags=["f_weapon"])

case(k="clean", g="serious_violence", name="Dashawn Mitchell", school="TechBoston Academy", grade=11, t="14:35",
     loc="St. Peter's parking lot, across from the school (where students wait for rides)",
     desc="At 2:35 pm, right after dismissal, Dashawn and another TechBoston student got into it in the "
          "St. Peter's parking lot where students wait for rides. Dashawn picked up a broken piece of a "
          "wooden pallet and hit the other student across the back of the head. The student was taken by EMS "
          "to BMC with a skull fracture and a brain bleed and admitted. Two crossing guards saw it and "
          "called 911.",
     fact="skull fracture", mct=["St. Peter's parking lot", "wooden pallet"],
     tags=["f_location", "precision"])

case(k="clean", g="serious_violence", name="Tyler Quinn", school="Fenway High School", grade=10, t="13:10",
     loc="Fenway High School, stairwell by the library",
     desc="A 9th grade student told her counselor that during 6th period Tyler followed her into the "
          "stairwell by the library, pinned her against the wall and sexually assaulted her. She told the "
          "counselor and the school nurse what happened; the Title IX coordinator was notified the same day. "
          "Tyler was removed from class at 1:30 pm. The student's mother has been informed.",
     fact="sexually assaulted", mct=["stairwell by the library", "Title IX coordinator"],
     tags=["f_location"])

case(k="clean", g="serious_violence", name="Samuel Ortega-Hines", school="John W. McCormack Middle School",
     grade=8, t="08:20", loc="McCormack Middle School, back stairs between floors 1 and 2",
     desc="Samuel shoved a 6th grader down the full flight of the back stairs at 8:20 am. The student landed "
          "on his arm; the nurse suspected a fracture and EMS transported him. His mother called at noon to "
          "say it is a broken wrist and a broken collarbone and he needs surgery on the wrist.",
     fact="broken collarbone", mct=["back stairs", "surgery on the wrist"],
     tags=["f_location"])

case(k="clean", g="serious_violence", name="Ava Duarte", school="Boston Community Leadership Academy", grade=9,
     t="10:41", w="metal chair", loc="BCLA, room 212",
     desc="During a fight in room 212 Ava picked up a metal chair and brought it down on another student's "
          "head. The student was bleeding from the scalp and confused; EMS took her to Tufts Medical Center "
          "where she got 9 staples and was checked for a head injury. The teacher pressed the emergency call "
          "button at 10:41.",
     fact="metal chair", mct=["9 staples", "room 212"],
     tags=["f_weapon"])

case(k="clean", g="serious_violence", name="Rafael Dunn", school="Mario Umana Academy", grade=8, t="13:35",
     w="scissors", loc="Mario Umana Academy, art room 115",
     desc="Rafael stabbed a classmate in the upper arm with a pair of pointed art scissors in room 115 after "
          "the classmate took his phone. The wound was about an inch deep; the nurse applied pressure and EMS "
          "took the student to MGH, where it was stitched and they are checking for nerve damage.",
     fact="art scissors", mct=["upper arm", "room 115"],
     tags=["f_weapon", "precision"])

case(k="clean", g="serious_violence", name="Jaylen Forde", school="New Mission High School", grade=11, t="15:05",
     w="metal bike lock", loc="MBTA station, inbound platform (after school)",
     desc="After school on the inbound platform Jaylen and two others surrounded a New Mission student and "
          "Jaylen hit him repeatedly with a metal bike lock. The student had a broken hand and a gash on his "
          "forehead closed with 11 stitches. Transit police responded first and shared their report with the "
          "school; the victim named Jaylen to the AP.",
     fact="bike lock", mct=["broken hand", "11 stitches"],
     tags=["f_weapon"])

case(k="clean", g="serious_violence", name="Derrick Lowe", school="English High School", grade=12, t="09:20",
     loc="English High School, room 307",
     desc="When Ms. Farrell tried to stop Derrick from leaving room 307 with another student's phone, he "
          "shoved her with both hands. She fell backward and hit her head on the radiator, had a brief "
          "seizure on the floor, and was taken by EMS to BMC, where a CT showed a small brain bleed. She has "
          "not returned to work.",
     fact="brain bleed", mct=["radiator", "room 307"],
     tags=["precision"])

case(k="clean", g="serious_violence", name="Bianca Ferreira",
     school="John D. O'Bryant School of Mathematics and Science", grade=9, t="12:15", loc="",
     desc="In the 4th floor girls' bathroom Bianca and another girl attacked a 10th grader and slammed her "
          "head into the sink. The victim lost two front teeth and had a deep cut on her lip that needed "
          "stitches at the dental ER. The bathroom monitor heard screaming at 12:15 and stepped in.",
     sx={"notes": {}, "tags": [], "preferred_name": "", "discipline_history": [
         {"date": "2025-10-02", "code": "SUSP-3", "days": 1}]},
     mnc=["SUSP-3"],
     fact="two front teeth", mct=["slammed her head into the sink", "12:15"],
     tags=["empty_value", "f_student_struct", "allowlist", "odd_shape"])

case(k="clean", g="serious_violence", name="Noah Pryor", school="Snowden International School", grade=11,
     t="15:30", loc="Snowden International School, rooftop court (5th fl.) 🏀",
     desc="During open gym on the rooftop court Noah lifted a smaller student and body-slammed him onto the "
          "concrete after an argument over a foul. The student could not feel his legs for several minutes. "
          "EMS immobilized him and MGH diagnosed a fractured vertebra. Coach Petrakis saw the whole thing.",
     fact="fractured vertebra", mct=["open gym", "body-slammed"],
     tags=["emoji", "odd_shape"])

case(k="clean", g="serious_violence", name="Isaac Rowan", school="Dearborn STEM Academy", grade=10, t="10:15",
     w="claw hammer", loc="Dearborn STEM Academy, 1st floor hallway",
     desc="Isaac took a claw hammer out of his backpack in the 1st floor hallway and swung it at another "
          "student's head. The student ducked and the hammer left a dent in the locker behind him. SSS Noonan "
          "tackled Isaac and took the hammer. The other student was not hurt but was very shaken.",
     fact="claw hammer", mct=["dent in the locker", "1st floor hallway"],
     tags=["f_weapon"])

# credible threat, clean
case(k="clean", g="credible_threat", name="Jamal Whitaker", school="Excel High School", grade=10, t="14:05",
     ts="\"I'm bringing my uncle's gun Monday and whoever jumped me is done. Y'all think I'm playing.\"",
     loc="Excel High School, room 118",
     desc="Jamal said this to two classmates and his teacher Mr. Sanchez in room 118 at 2:05 pm on Friday, two "
          "days after he was jumped near the school. He repeated it when the AP spoke with him and said his "
          "uncle keeps a gun in the house. His mother confirmed there is a firearm in the home.",
     fact="uncle keeps a gun", mct=["room 118", "firearm in the home"],
     tags=["f_threat"])

case(k="clean", g="credible_threat", name="Brianna Hollis", school="Boston Community Leadership Academy",
     grade=11, t="23:48",
     ts="Posted on her Instagram story at 11:48 pm: \"3rd period ain't gonna be safe tmrw 💥🔫 ik who u are\" "
        "with a photo of a handgun lying on a bed.",
     loc="Off campus (social media)",
     att=[{"kind": "photo", "name": "insta_story_screenshot_1148pm.png"}],
     desc="Several students sent screenshots to Ms. Kang before first period. The post tags the account of a "
          "classmate Brianna has been arguing with since December. Brianna was kept out of 3rd period and her "
          "bag was checked (nothing found). She said it was \"a joke\" but would not say whose gun is in the "
          "photo.",
     fact="3rd period", mct=["screenshots", "kept out of 3rd period"],
     tags=["f_threat", "emoji", "f_attachments"])

case(k="clean", g="credible_threat", name="Owen Pelletier", school="Brighton High School", grade=9, t="07:10",
     ts="Written in marker on the boys' bathroom mirror: BOMB IN THE GYM FRIDAY 2ND PERIOD. NOT A JOKE. "
        "Owen admitted writing it.",
     loc="Brighton High School, 1st floor boys' bathroom",
     desc="The custodian found the writing at 7:10 am. After a classmate's statement, Owen admitted he wrote "
          "it and said he wanted to get out of a test. He also told the AP he had \"looked up how to make one\" "
          "and showed the search history on his phone. The gym was swept by officers before classes; nothing "
          "was found.",
     fact="gym", mct=["looked up how to make one", "7:10 am"],
     tags=["f_threat"])

LONG_CHAT = " ".join([
    "[10:02 PM] k.dorsey: yall really thought it was funny huh",
    "[10:02 PM] k.dorsey: every single one of you that laughed in the caf",
    "[10:03 PM] k.dorsey: i wrote it all down. five names. you know who you are",
    "[10:03 PM] k.dorsey: my cousin got the AR and he said i can hold it whenever",
    "[10:04 PM] k.dorsey: thursday. lunch. dont come if you want to live",
    "[10:05 PM] (another student): bro chill",
    "[10:05 PM] k.dorsey: im not playing this time. screenshot it idc",
] + [f"[10:{6 + i:02d} PM] k.dorsey: " + ("." * (i + 1)) for i in range(12)] + [
    "[10:19 PM] k.dorsey: thursday"])

case(k="clean", g="credible_threat", name="Keanu Dorsey",
     school="John D. O'Bryant School of Mathematics and Science", grade=11, t="22:03",
     ts="Group chat messages (copied exactly from screenshots provided by three students): " + LONG_CHAT,
     loc="Off campus (group chat); target is the 11th grade lunch in the cafeteria",
     desc="Three students brought screenshots of the group chat to the AP at 7:15 the next morning. Keanu "
          "had been laughed at in the cafeteria on Monday after he slipped on a tray. In the chat he says "
          "he wrote down a list of five names and that his cousin will let him hold a rifle. Keanu's mother "
          "confirmed the cousin stays with them on weekends.",
     fact="list of five names", mct=["list of five names", "slipped on a tray"],
     tags=["f_threat", "long_value"])

case(k="clean", g="credible_threat", name="Xavier Tolliver", school="Jeremiah E. Burke High School", grade=12,
     t="09:30",
     ts="He said — word for word — “if Mr. Healy writes me up again I’m coming back with my brother’s strap "
        "and he’s first.”\u00a0(heard by Ms. Abbott and SSS Reyes)",
     loc="Jeremiah E. Burke High School, main office",
     desc="Xavier said this to two staff members in the main office at 9:30 after being sent out of class. "
          "Several students have heard Xavier say his brother has a gun. Mr. Healy has been told and is "
          "shaken; a parent was reached at 10:15.",
     fact="Mr. Healy", mct=["his brother has a gun", "main office"],
     tags=["f_threat", "unicode"])

case(k="clean", g="credible_threat", name="Logan Whitcomb", school="Charlestown High School", grade=10,
     t="11:05",
     ts="\"I'm going to shoot up this place on the last day. I know where my dad keeps the rifles.\"",
     loc="Charlestown High School, room 214 (after Spanish class)",
     desc="After Spanish class in room 214, Logan told a classmate he was going to \"shoot up this place on "
          "the last day\" and showed him pictures of rifles on his phone. The classmate told the teacher right "
          "away. Logan's mother said there are hunting rifles at his father's house.",
     fact="hunting rifles", mct=["Spanish class", "hunting rifles"],
     tags=["f_threat", "precision"])

case(k="clean", g="credible_threat", name="Maya Keating", school="Boston Latin Academy", grade=12, t="06:12",
     ts="Email to Mr. Osei from her school account at 6:12 am: \"you ruined my life with that grade. I know "
        "what car you drive. I'm going to run you over in the back lot after practice.\"",
     loc="Off campus (school email)",
     desc="Mr. Osei coaches track and leaves from the back lot at about 5 pm. The email came from Maya's BPS "
          "account and she confirmed to the AP that she wrote it. She has also posted photos of Mr. Osei's "
          "car on her private story this week.",
     fact="back lot", mct=["back lot", "photos of Mr. Osei's car"],
     tags=["f_threat", "precision"])

case(k="clean", g="credible_threat", name="Zion Haskins", school="Mildred Avenue K-8 School", grade=6,
     t="13:40",
     ts="Told his teacher: \"I'm going to stab Ms. Grant with the knife in my mom's drawer when she calls my "
        "mom again.\"",
     loc="Mildred Avenue K-8 School, front office",
     desc="Zion said this calmly during a conference in the front office of the Mildred Avenue K-8 at 1:40 "
          "pm and described the knife in detail. The counselor and AP met with his mother at 3; she said she "
          "would lock up the kitchen knives.",
     fact="knife", mct=["front office of the Mildred Avenue K-8", "lock up the kitchen knives"],
     tags=["f_threat", "precision"])

case(k="clean", g="credible_threat", name="Gabriel Stone",
     school="Madison Park Technical Vocational High School", grade=11, t="08:05",
     ts="Voice note to his ex-girlfriend: \"If I see you with him Friday I'm gonna shoot both of you. I "
        "ain't playing. I got it already.\"",
     loc="Off campus (voice note), played for the AP in the main office",
     att=[{"kind": "audio", "name": "voice_note_thursday.m4a"},
          {"kind": "document", "name": "voice_note_transcript.txt"}],
     desc="Gabriel's ex-girlfriend (11th grade) played the voice note for the AP at 8:05 on Thursday. "
          "Gabriel has posted a photo with what looks like a pistol in his waistband. SSS checked his bag at "
          "entry; nothing found.",
     fact="voice note", mct=["waistband", "8:05"],
     tags=["f_threat", "f_attachments"])

case(k="clean", g="credible_threat", name="Leah Carrington", school="Lilla G. Frederick Middle School",
     grade=7, t="15:05",
     ts="On bus 1427 Leah said \"tomorrow I'm bringing my dad's gun and shooting Kaylee in the head.\" She "
        "said it twice, per the bus monitor.",
     loc="School bus 1427, afternoon route",
     desc="Bus monitor Ms. Price wrote a statement at 3:20 pm. The next morning Leah denied it, but three "
          "students on the bus gave matching accounts. Kaylee's family has been told. Leah's father confirmed "
          "he owns a licensed handgun.",
     fact="licensed handgun", mct=["bus monitor", "matching accounts"],
     tags=["f_threat"])

case(k="clean", g="credible_threat", name="Corey Madden", school="Henderson K-12 Inclusion School", grade=10,
     t="11:00",
     ts="Written at the bottom of a worksheet he handed in: \"I'll bring a gun and end all of you in period "
        "4.\"",
     loc="Henderson K-12 Inclusion School, room 3-08",
     top={"weapon": None, "attachments": []},
     desc="Ms. Lacroix found the line at the bottom of a history worksheet collected at 11:00. Corey said he "
          "was angry about being moved seats. IT confirmed he searched for ghost gun kits on his Chromebook "
          "this week.",
     fact="worksheet", mct=["history worksheet", "ghost gun kits"],
     tags=["f_threat", "null_value", "odd_shape"])

case(k="clean", g="credible_threat", name="Sienna Park", school="Kennedy Academy for Health Careers", grade=9,
     t="22:14",
     ts="\"I'm shooting up KAHC tomorrow\" — posted on TikTok at 10:14 pm.",
     loc="Off campus (TikTok)",
     desc="Three parents reported the TikTok post overnight through the school hotline. Sienna confirmed the "
          "account is hers and said she was upset about a breakup. Her older cousin lives with them and, per "
          "Sienna, keeps a gun in his room.",
     fact="TikTok", mct=["school hotline", "keeps a gun in his room"],
     tags=["f_threat"])

# drugs, clean
case(k="clean", g="drugs", name="Aiden Costa", school="East Boston High School", grade=11, t="10:25",
     subs=["fentanyl pills (blue M30, pressed)"], loc="East Boston High School, 2nd floor boys' bathroom",
     desc="After Aiden was seen passing something to another student in the 2nd floor bathroom, SSS found a "
          "sandwich bag with 22 blue pills stamped M30 in his sock. They look like counterfeit oxycodone and "
          "are likely fentanyl. Aiden said he was \"holding them for someone.\"",
     fact="M30", mct=["22 blue pills", "sandwich bag"],
     tags=["f_substances", "precision"])

case(k="clean", g="drugs", name="Ethan Marsh", school="English High School", grade=12, t="11:45",
     subs=["cocaine"], loc="English High School, cafeteria",
     desc="A teacher reported Ethan selling in the cafeteria. In his backpack were seven small zip baggies of "
          "white powder and a digital scale; Ethan told the AP it was cocaine. He had $340 in small bills in "
          "his wallet.",
     fact="cocaine", mct=["digital scale", "$340"],
     tags=["f_substances", "precision"])

case(k="clean", g="drugs", name="Skylar Bishop", school="Fenway High School", grade=10, t="09:50",
     subs=["Xanax (alprazolam) bars ×6"], loc="Fenway High School, room 2B",
     desc="Skylar was falling asleep in class and slurring her words; the nurse called EMS as a precaution. In "
          "her pencil pouch were six white rectangular bars stamped XANAX 2. She said she bought them from "
          "someone online. EMS cleared her at school.",
     fact="XANAX 2", mct=["XANAX 2", "slurring"],
     tags=["f_substances", "unicode"])

case(k="clean", g="drugs", name="Julian Reyes", school="Snowden International School", grade=12, t="13:30",
     subs=["MDMA (molly) capsules"], loc="Snowden International School, 4th floor lounge",
     desc="Julian was found with eleven clear capsules of tan powder in an Altoids tin after a classmate got "
          "sick and said she took \"molly\" Julian gave her. Julian said the capsules are MDMA. The classmate "
          "was taken to Tufts Medical Center with a high heart rate and released that night.",
     fact="MDMA", mct=["Altoids tin", "eleven clear capsules"],
     tags=["f_substances"])

case(k="clean", g="drugs", name="Hailey Dunbar", school="Charlestown High School", grade=11, t="08:30",
     subs=["oxycodone 30 mg (not prescribed to student)"], loc="Charlestown High School, nurse's office",
     desc="Hailey came to the nurse saying she felt dizzy. A prescription bottle with someone else's name on "
          "it, containing 17 oxycodone 30 mg tablets, fell out of her bag. Hailey said she takes them from a "
          "relative and sells a few at school.",
     fact="oxycodone", mct=["17 oxycodone", "someone else's name"],
     tags=["f_substances", "precision"])

case(k="clean", g="drugs", name="Tristan Kelley", school="Madison Park Technical Vocational High School",
     grade=11, t="12:40", subs=["weed", "cocaine"], loc="Madison Park TVHS, welding shop",
     desc="During a search after Tristan was seen dealing in the welding shop, staff found a bag of weed and "
          "four baggies of cocaine in his jacket. Tristan admitted both were his and that he sells the "
          "cocaine to older students.",
     fact="cocaine", mct=["four baggies", "welding shop"],
     tags=["f_substances", "mixed_substances"])

case(k="clean", g="drugs", name="Emani Grier", school="TechBoston Academy", grade=10, t="14:00",
     subs=["Juul pods", "Percocet (not prescribed)"], loc="TechBoston Academy, girls' locker room",
     desc="Emani's gym bag was searched after she was reported selling pills. Staff found two Juul pods and "
          "nine Percocet tablets in a folded receipt. She does not have a prescription; she said they belong "
          "to her mother.",
     fact="Percocet", mct=["nine Percocet tablets", "folded receipt"],
     tags=["f_substances", "mixed_substances"])

case(k="clean", g="drugs", name="Riley Conroy", school="Boston Arts Academy", grade=11, t="10:10",
     subs=["LSD (blotter tabs)"], loc="Boston Arts Academy, black box theater",
     desc="Riley gave another student a small square of blotter paper during rehearsal; that student became "
          "very disoriented and said she took \"acid.\" Riley had six more tabs in a sheet inside his phone "
          "case and said it was LSD.",
     fact="LSD", mct=["blotter paper", "phone case"],
     tags=["f_substances"])

case(k="clean", g="drugs", name="Cameron Yates", school="John D. O'Bryant School of Mathematics and Science",
     grade=12, t="12:25", subs=["psilocybin mushroom chocolate bar"], loc="O'Bryant, courtyard",
     desc="Cameron was selling squares of a chocolate bar in the courtyard at lunch. The wrapper says it "
          "contains psilocybin mushrooms and Cameron confirmed it. Two students who bought squares were "
          "checked by the nurse; one was sent home.",
     fact="psilocybin", mct=["courtyard", "wrapper"],
     tags=["f_substances"])

case(k="clean", g="drugs", name="Dylan Mercer", school="Jeremiah E. Burke High School", grade=12, t="09:15",
     subs=["methamphetamine (crystal)"], loc="Jeremiah E. Burke High School, parking lot",
     desc="SSS saw Dylan and another student smoking from a glass pipe behind a car in the parking lot. Dylan "
          "had a small bag of clear crystals and the pipe. He said it was meth.",
     fact="meth", mct=["glass pipe", "clear crystals"],
     tags=["f_substances"])

case(k="clean", g="drugs", name="Nathan Greaves", school="Excel High School", grade=12, t="13:50",
     subs=["HEROIN"], loc="Excel High School, stairwell B",
     desc="Nathan was found nodding off in stairwell B. The nurse gave Narcan and he came around. In his "
          "pocket were three glassine bags stamped with a red star and he told EMS it was heroin.",
     fact="heroin", mct=["Narcan", "red star"],
     tags=["f_substances", "odd_shape"])

case(k="clean", g="drugs", name="Jade Whitmore", school="Community Academy of Science and Health", grade=11,
     t="11:10", subs=["ketamine (powder, ~2 g)", "", "nicotine vape"],
     loc="Community Academy of Science and Health, room 204",
     desc="Jade was seen snorting a white powder off her phone screen in room 204. Staff found a small vial "
          "of powder and a nicotine vape in her bag. She said the powder is ketamine she bought at a party.",
     fact="ketamine", mct=["phone screen", "small vial"],
     tags=["f_substances", "empty_value", "mixed_substances"])

# ============================ ALLOW, with forbidden facts to withhold (53) ============================

# --- incident.location
case(k="withhold", g="weapon", name="Shanice Tolbert", school="English High School", grade=10,
     at="2026-02-07T21:30:00-05:00", w="box cutter",
     loc="outside her building at Mildred Hailey",
     desc="On Saturday night Shanice cut another English High student (K.R.) on the left forearm with a box "
          "cutter during an argument. K.R. needed 12 stitches at Faulkner Hospital. K.R. told her advisor on "
          "Monday and showed the discharge papers; two students who were there gave the same account. "
          "Shanice told the AP \"she came to me.\"",
     mnc=["Mildred Hailey"], cats=["neighborhood"],
     fact="box cutter", mct=["left forearm", "12 stitches"],
     tags=["f_location"])

case(k="withhold", g="weapon", name="Victor Hale", school="Curley K-8 School", grade=8, t="07:25",
     w="folding knife", loc="Bus stop at the corner by the Bromley-Heath houses, where he lives",
     desc="Before school Victor pulled a folding knife on a classmate at the bus stop and told him to hand "
          "over his headphones. The classmate told the bus driver, who radioed the school. On arrival the "
          "knife was in Victor's backpack (3.5 in blade).",
     mnc=["Bromley-Heath"], cats=["neighborhood"],
     fact="folding knife", mct=["bus driver", "3.5 in"],
     tags=["f_location"])

case(k="withhold", g="weapon", name="Amir Pollard", school="Madison Park Technical Vocational High School",
     grade=11, t="10:50", w="9mm pistol, loaded",
     loc="Madison Park TVHS, auto shop (student lives in Lenox Street Apartments, Bldg 3)",
     desc="Amir was seen handing something to another student behind the lifts in the auto shop at 10:50. "
          "Staff locked down the shop and SSS found a loaded 9mm pistol wrapped in a shop rag in Amir's "
          "toolbox.",
     mnc=["Lenox Street"], cats=["neighborhood"],
     fact="9mm pistol", mct=["shop rag", "behind the lifts"],
     tags=["f_location"])

case(k="withhold", g="drugs", name="Kenji Bowers", school="Boston Latin Academy", grade=9, t="07:35",
     subs=["fentanyl"], loc="Bus stop in front of 1420 Dorchester Ave (student's home address)",
     desc="SSS Curran saw Kenji hand a small bag to an older teen at the bus stop before school. In the "
          "bag Kenji still had were eight folded wax papers of tan powder. Kenji said it was fentanyl he was "
          "supposed to drop off for someone and that he gets $20 per run.",
     mnc=["1420 Dorchester"], cats=["neighborhood"],
     fact="fentanyl", mct=["wax papers", "$20 per run"],
     tags=["f_location"])

case(k="withhold", g="weapon", name="Terrell Dixon", school="Jeremiah E. Burke High School", grade=11,
     t="13:30", w="handgun, loaded",
     loc="Jeremiah E. Burke High School, side lot (student said he was coming back from Friday prayers at "
         "the Islamic Society)",
     desc="At 1:30 pm SSS Hughes saw Terrell in the side lot showing two students a handgun in his waistband. "
          "When Hughes walked over, Terrell ran into the building and was stopped in the main hall without "
          "the gun. It was found 20 minutes later, loaded, in a trash barrel just inside the side lot "
          "entrance.",
     mnc=["Friday prayers", "Islamic Society"], cats=["religion"],
     fact="handgun", mct=["trash barrel", "main hall"],
     tags=["f_location"])

case(k="withhold", g="weapon", name="Luca Ferraro", school="East Boston High School", grade=10, t="07:45",
     w="brass knuckles",
     loc="East Boston High School, back entrance (student walked over from his apartment in Maverick Square)",
     desc="Luca was wearing brass knuckles on his right hand when he came in the back entrance and told "
          "another student \"come outside, I got something for you.\" SSS Bianchi took them. Nobody was "
          "hit.",
     mnc=["Maverick Square"], cats=["neighborhood"],
     fact="brass knuckles", mct=["right hand", "come outside"],
     tags=["f_location", "precision"])

case(k="withhold", g="serious_violence", name="Nelson Tavares", school="Snowden International School",
     grade=10, t="12:35", w="glass bottle",
     loc="Snowden International School, lobby (interview held with a Cape Verdean Creole interpreter)",
     desc="Nelson broke a glass bottle on the edge of a lobby bench and slashed another student across the "
          "hand and wrist. The student lost a lot of blood and had surgery at MGH to repair a tendon. SSS "
          "restrained Nelson until officers arrived.",
     mnc=["Cape Verdean"], cats=["language"],
     fact="glass bottle", mct=["repair a tendon", "lobby bench"],
     tags=["f_location", "precision"])

case(k="withhold", g="drugs", name="Kevin Doyle", school="Brighton High School", grade=11, t="10:40",
     subs=["cocaine"],
     loc="Room 105 — SSS note: family is ＤＯＭＩＮＩＣＡＮ, mom speaks no English, use the aide",
     desc="Kevin's teacher saw him pass a folded dollar bill with white powder to another student in room "
          "105. SSS found four more folded bills with powder in his pencil case and Kevin said it was "
          "cocaine.",
     mnc=["Dominican", "speaks no English"], cats=["ethnicity", "language"],
     fact="cocaine", mct=["folded dollar bill", "pencil case"],
     tags=["f_location", "unicode"])

LONG_LOC = ("Dearborn STEM Academy, 3rd floor science wing, lab 3-12 (the lab at the far end of the hall "
            "past the water fountain, with the broken door closer that staff have reported several times; "
            "the incident happened between the second and third lab benches, closest to the fume hood, "
            "while the class was setting up a titration lab; the teacher was at the prep room door signing "
            "out goggles; the room camera does not cover that corner; after the incident the class was moved "
            "to room 3-10 and the lab was closed until custodial staff cleared it. "
            + "Additional SSS remarks follow. " * 12
            + "SSS remark: student lives with his grandmother in Orchard Park, 2nd floor.")

case(k="withhold", g="weapon", name="Jamir Coleman", school="Dearborn STEM Academy", grade=10, t="09:55",
     w="utility knife", loc=LONG_LOC,
     desc="Jamir took a utility knife out of his hoodie pocket and pointed it at a lab partner's face during "
          "an argument. The teacher got between them and Jamir put the knife down on the lab bench. Nobody "
          "was cut.",
     mnc=["Orchard Park"], cats=["neighborhood"],
     fact="utility knife", mct=["lab partner", "lab bench"],
     tags=["f_location", "long_value"])

case(k="withhold", g="serious_violence", name="Brandon Oyelaran", school="Lilla G. Frederick Middle School",
     grade=8, t="15:10", w="tire iron",
     loc="Outside the Lilla G. Frederick Middle School (student was coming from youth group at St. Peter's, "
         "where the family attends Mass)",
     desc="Brandon hit an 8th grader on the shoulder and ribs with a tire iron after dismissal. The student "
          "has two broken ribs and a broken collarbone (Boston Children's). A teacher on bus duty saw it and "
          "took the tire iron.",
     mnc=["St. Peter's", "attends Mass"], cats=["religion"],
     fact="tire iron", mct=["two broken ribs", "bus duty"],
     tags=["f_location", "precision"])

# --- threat_statement
case(k="withhold", g="credible_threat", name="Malik Gaines", school="Jeremiah E. Burke High School", grade=10,
     t="11:35",
     ts="Malik told D.W. in the lunch line: \"This is H-Block, you already know. After school I'm shooting "
        "you, on my mother.\"",
     loc="Jeremiah E. Burke High School, cafeteria lunch line",
     desc="Said at 11:35 in the lunch line in front of cafeteria staff. D.W. reported it right away. Another "
          "student showed the AP a photo on Malik's Instagram of him holding a revolver in his bedroom last "
          "week.",
     mnc=["H-Block"], cats=["gang_affiliation"],
     fact="revolver", mct=["lunch line", "revolver"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Cody Brannigan", school="Brighton High School", grade=11,
     t="13:15",
     ts="Overheard by Mr. Flores: Cody said he was going to \"bring my dad's AR and smoke every Dominican kid "
        "in this school\" on Monday.",
     loc="Brighton High School, room 220",
     desc="Cody said this to a group at the back table in room 220 at 1:15 pm; Mr. Flores wrote it down word "
          "for word. Cody's father posts about being a licensed gun owner. Cody has had two arguments with "
          "the same group this month.",
     mnc=["Dominican"], cats=["ethnicity"],
     fact="licensed gun owner", mct=["room 220", "word for word"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Jonas Bellamy", school="Boston Community Leadership Academy",
     grade=9, t="08:00",
     ts="Written in Haitian Creole on a note left in the victim's locker: \"M ap touye w vandredi\" "
        "(translated by staff: \"I'm going to kill you Friday\"). Jonas admitted writing it.",
     loc="BCLA, 2nd floor lockers",
     desc="The victim found the note at 8:00 am and brought it to the main office. Jonas admitted to the AP "
          "that he wrote it, said he has a knife at home, and said he \"knows where she gets off the bus.\"",
     mnc=["Haitian"], cats=["language"],
     fact="knife", mct=["knows where she gets off the bus", "main office"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Curtis Vance", school="Curley K-8 School", grade=8, t="21:40",
     ts="Snapchat message to a classmate, 9:40 pm Sunday: \"Heath Street runs this. Friday you done, I got "
        "the blick.\"",
     loc="Off campus (Snapchat)",
     desc="The classmate's mother brought the Snapchat screenshot in on Monday morning. Curtis admitted sending it. "
          "\"Blick\" is slang for a gun. Curtis has been seen by staff with an older teen who waits for him at "
          "dismissal.",
     mnc=["Heath Street"], cats=["gang_affiliation"],
     fact="Snapchat", mct=["slang for a gun", "waits for him at dismissal"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Elias Moreno", school="Margarita Muñiz Academy", grade=10,
     t="12:05",
     ts="Elias told the AP: \"I'm undocumented, I got nothing to lose. I'll stab him Friday when he gets off "
        "the bus.\"",
     loc="Margarita Muñiz Academy, AP's office",
     desc="Elias said this to the AP at 12:05 after a fight was broken up in the hallway (no injuries). He "
          "showed the AP a photo on his phone of a kitchen knife he says he keeps in his backpack on the "
          "weekends. His backpack was checked; no knife today.",
     mnc=["undocumented"], cats=["immigration_status"],
     fact="kitchen knife", mct=["kitchen knife", "no knife today"],
     tags=["f_threat", "unicode"])

case(k="withhold", g="credible_threat", name="Brody Keane", school="Charlestown High School", grade=10,
     t="12:50",
     ts="In the hallway: \"Go back to Somalia or I'll put you in the ground. I got a strap in my locker.\"",
     loc="Charlestown High School, outside room 130",
     desc="Said to a 9th grade girl outside room 130 at 12:50. Two teachers heard it. A locker search at 1:10 "
          "found nothing, but Brody's older brother, who drives him to school, is holding a handgun in a video "
          "Brody posted in December.",
     mnc=["Somalia"], cats=["national_origin"],
     fact="handgun", mct=["outside room 130", "locker search"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Garrett Lyle",
     school="John D. O'Bryant School of Mathematics and Science", grade=9, t="10:20",
     ts="Told classmates in the library: \"I'm gonna shoot the Muslim girl in 204 and anyone who sticks up "
        "for her.\"",
     loc="O'Bryant, library",
     desc="Three classmates reported it at 10:20. Garrett has a hunting license and his family keeps rifles "
          "at home, per his own class presentation in the fall. His mother was called and came in at noon.",
     mnc=["Muslim"], cats=["religion"],
     fact="rifles", mct=["hunting license", "class presentation"],
     tags=["f_threat"])

case(k="withhold", g="credible_threat", name="Adrian Colón", school="East Boston High School", grade=9,
     t="09:05",
     ts="(translated from Spanish by the bilingual aide) \"Voy a traer la pistola de mi primo mañana y los "
        "voy a matar a todos.\" — \"I'm bringing my cousin's pistol tomorrow and I'm going to kill all of "
        "them.\"",
     loc="East Boston High School, room 112",
     desc="Adrian said this at 9:05 in room 112 to a group of boys who had been teasing him. His cousin was arrested last "
          "year with a pistol, according to Adrian himself. His aunt was reached by phone at 11.",
     mnc=["Spanish"], cats=["language"],
     fact="pistol", mct=["room 112", "teasing him"],
     tags=["f_threat", "unicode", "precision"])

# --- weapon field
case(k="withhold", g="weapon", name="Jaquan Mills", school="Community Academy of Science and Health",
     grade=10, t="08:20", w="kitchen knife from his aunt's apartment on Blue Hill Ave",
     loc="Community Academy of Science and Health, main entrance",
     desc="The kitchen knife set off the scanner at 8:20. It was wrapped in a T-shirt inside Jaquan's "
          "backpack. He said a group of boys jumped his friend and he was \"not going out like that.\" Blade "
          "about 7 inches.",
     mnc=["Blue Hill Ave"], cats=["neighborhood"],
     fact="kitchen knife", mct=["wrapped in a T-shirt", "7 inches"],
     tags=["f_weapon"])

case(k="withhold", g="weapon", name="Wesley Amaro", school="East Boston High School", grade=11, t="13:45",
     w="folding knife, handle engraved 'MS-13'", loc="East Boston High School, gym bleachers",
     desc="A folding knife fell out of Wesley's pocket under the gym bleachers during 6th period. The gym "
          "teacher picked it up and brought Wesley to the office. Blade about 3.5 inches; the handle has an "
          "engraving.",
     mnc=["MS-13"], cats=["gang_affiliation"],
     fact="folding knife", mct=["gym bleachers", "6th period"],
     tags=["f_weapon", "precision"])

case(k="withhold", g="weapon", name="Tavon Greene", school="TechBoston Academy", grade=11, t="09:25",
     w="loaded .22 pistol - older brother's; brother is in the gang database as Cameron St",
     loc="TechBoston Academy, 2nd floor stairwell",
     desc="A teacher saw the grip of a pistol sticking out of Tavon's waistband in the 2nd floor stairwell at "
          "9:25. SSS recovered a loaded .22 pistol. Tavon said it belongs to his older brother and he took it "
          "because someone threatened him on the walk to school.",
     mnc=["Cameron St"], cats=["gang_affiliation"],
     fact=".22 pistol", mct=["sticking out of Tavon's waistband", "walk to school"],
     tags=["f_weapon"])

case(k="withhold", g="weapon", name="Imani Battle", school="Lilla G. Frederick Middle School", grade=8,
     t="14:30", w="pepper spray (mom gave it to her for walking home through Franklin Hill)",
     loc="Lilla G. Frederick Middle School, 2nd floor hallway",
     desc="Imani sprayed pepper spray at two girls in the 2nd floor hallway after they pulled her hair. Both "
          "girls were treated by the nurse for burning eyes. The canister was taken by the AP.",
     mnc=["Franklin Hill"], cats=["neighborhood"],
     fact="pepper spray", mct=["pulled her hair", "burning eyes"],
     tags=["f_weapon"])

case(k="withhold", g="weapon", name="Oscar Delgado", school="Brighton High School", grade=9, t="10:30",
     w="switchblade he brought from El Salvador when the family arrived last year",
     loc="Brighton High School, room 118",
     desc="Oscar flicked open a switchblade in room 118 while the teacher was out of the room for a minute "
          "and waved it at a classmate who took his chair. Students told the teacher when she came back and "
          "Oscar handed it over.",
     mnc=["El Salvador"], cats=["national_origin"],
     fact="switchblade", mct=["room 118", "took his chair"],
     tags=["f_weapon"])

# --- substances
case(k="withhold", g="drugs", name="Marquis Shaw", school="Madison Park Technical Vocational High School",
     grade=12, t="12:15",
     subs=["fentanyl pills (blue M30)", "weed (from his uncle at the Alice Taylor houses)"],
     loc="Madison Park TVHS, 1st floor bathroom",
     desc="Marquis was found with a sandwich bag of blue M30 pills and a small bag of weed in his boot during "
          "a search after a student overdosed in the 1st floor bathroom and said she got a pill from him. "
          "Narcan was given and the student was transported.",
     mnc=["Alice Taylor"], cats=["neighborhood"],
     fact="M30", mct=["in his boot", "Narcan"],
     tags=["f_substances", "mixed_substances"])

case(k="withhold", g="drugs", name="Devin Ashford", school="Dorchester Academy", grade=11, t="11:20",
     subs=["cocaine, 3 baggies (student says he sells for the Columbia Point crew)"],
     loc="Dorchester Academy, 2nd floor hallway",
     desc="Devin was seen handing a baggie to another student. A search found three baggies of cocaine in his "
          "sock and $210 in his phone case.",
     mnc=["Columbia Point"], cats=["gang_affiliation"],
     fact="cocaine", mct=["three baggies", "$210"],
     tags=["f_substances"])

case(k="withhold", g="drugs", name="Samira Collins", school="English High School", grade=10, t="09:40",
     subs=["oxycodone 10 mg - mother's prescription (mother has a pending asylum case; please do not "
           "contact her)"],
     loc="English High School, room 231",
     desc="Samira was selling oxycodone tablets in room 231 before the bell. She had 12 tablets in a mint "
          "tin. The prescription is not hers.",
     mnc=["asylum"], cats=["immigration_status"],
     fact="oxycodone", mct=["mint tin", "12 tablets"],
     tags=["f_substances"])

case(k="withhold", g="drugs", name="Quentin Hayes", school="Excel High School", grade=11, t="13:05",
     subs=["Xanax bars", "Percocet - per student, bought near his house on Geneva Ave"],
     loc="Excel High School, 3rd floor bathroom",
     desc="Quentin was found in the 3rd floor bathroom with five Xanax bars and four Percocet tablets in a "
          "folded napkin. He said he was going to sell them at a party.",
     mnc=["Geneva Ave"], cats=["neighborhood"],
     fact="Xanax", mct=["folded napkin", "five Xanax bars"],
     tags=["f_substances"])

case(k="withhold", g="drugs", name="Thiago Moreira", school="Charlestown High School", grade=12, t="14:10",
     subs=["MDMA (molly) capsules", "note from SIS: student ELL, Portuguese speaker"],
     loc="Charlestown High School, senior lounge",
     desc="Thiago was found with a sandwich bag of 15 capsules in the senior lounge after a student fainted "
          "and said she took molly. Thiago said they are MDMA.",
     mnc=["Portuguese"], cats=["language"],
     fact="MDMA", mct=["15 capsules", "senior lounge"],
     tags=["f_substances"])

case(k="withhold", g="drugs", name="Cole Brady", school="Boston Latin Academy", grade=11, t="10:55",
     subs=["LSD tabs, blotter printed with the Wendover St crew logo"],
     loc="Boston Latin Academy, 4th floor stairwell",
     desc="Cole sold two tabs of LSD to a 9th grader in the 4th floor stairwell. The 9th grader had a bad "
          "reaction in class and EMS was called. Cole had eight more tabs in his wallet.",
     mnc=["Wendover"], cats=["gang_affiliation"],
     fact="LSD", mct=["eight more tabs", "bad reaction"],
     tags=["f_substances"])

# --- attachments
case(k="withhold", g="weapon", name="Alexis Guevara", school="Mario Umana Academy", grade=8, t="09:05",
     w="knife", loc="Mario Umana Academy, 2nd floor hallway",
     att=[{"kind": "photo", "name": "photo_of_tattoo_MS13.jpg"},
          {"kind": "photo", "name": "knife_recovered_0905.jpg"}],
     desc="Alexis had a fixed-blade knife in his waistband that a teacher saw when his shirt rode up at 9:05. "
          "He gave it up to SSS in the hallway. Blade about 5 inches with a black sheath.",
     mnc=["MS13"], cats=["gang_affiliation"],
     fact="fixed-blade knife", mct=["shirt rode up", "black sheath"],
     tags=["f_attachments", "precision"])

case(k="withhold", g="serious_violence", name="Marcus Tate", school="Jeremiah E. Burke High School",
     grade=10, t="14:45", w="brick",
     loc="Jeremiah E. Burke High School, front walkway",
     att=[{"kind": "document", "name": "witness_statement_1.docx"},
          {"kind": "document", "name": "statement_translated_from_Somali.docx"}],
     desc="Marcus threw a brick that hit a 9th grader in the head on the front walkway at dismissal. The "
          "student had a skull fracture and was admitted to BMC. Two witnesses gave written statements.",
     mnc=["Somali"], cats=["language"],
     fact="brick", mct=["skull fracture", "front walkway"],
     tags=["f_attachments"])

case(k="withhold", g="drugs", name="Rodney Carr", school="New Mission High School", grade=10, t="11:30",
     subs=["crack cocaine"], loc="New Mission High School, back stairwell",
     att=[{"kind": "document", "name": "Aspen_ethnicity_HT_export.pdf"},
          {"kind": "photo", "name": "baggies_on_desk.jpg"}],
     desc="Rodney was found in the back stairwell with six small baggies of crack cocaine and a lighter. He "
          "said he was holding it for someone outside.",
     mnc=["ethnicity_HT"], cats=["ethnicity"],
     fact="crack cocaine", mct=["six small baggies", "lighter"],
     tags=["f_attachments"])

case(k="withhold", g="weapon", name="Daniel Voss", school="Boston Latin Academy", grade=11, t="08:10",
     w="expandable baton", loc="Boston Latin Academy, main office",
     att=[{"kind": "document", "name": "I-20_visa_copy.pdf"},
          {"kind": "photo", "name": "baton_extended.jpg"}],
     desc="Daniel's expandable baton was found during a bag check for a field trip. Extended, it is about 16 "
          "inches. He said he carries it on the train.",
     mnc=["visa_copy"], cats=["immigration_status"],
     fact="expandable baton", mct=["field trip", "16 inches"],
     tags=["f_attachments", "precision"])

case(k="withhold", g="weapon", name="Trey Lawson", school="Boston Community Leadership Academy", grade=11,
     t="12:55", w="knife", loc="BCLA, locker 2217",
     att=[{"kind": "document", "name": "BRIC_gang_assessment_Annunciation_Rd.pdf"},
          {"kind": "photo", "name": "knife_in_locker.jpg"}],
     desc="A locker check after a tip found a large kitchen knife taped under the top shelf of Trey's locker. "
          "Trey said it was not his but his combination was the only one on file.",
     mnc=["Annunciation"], cats=["gang_affiliation"],
     fact="kitchen knife", mct=["taped under the top shelf", "combination"],
     tags=["f_attachments"])

case(k="withhold", g="credible_threat", name="Kevin Lam", school="Dorchester Academy", grade=10, t="19:20",
     ts="Voicemail left on a classmate's phone: \"You snitched. Tomorrow after school I'm going to shoot "
        "you.\"",
     loc="Off campus (voicemail)",
     att=[{"kind": "audio", "name": "voicemail_in_Vietnamese_with_translation.m4a"}],
     desc="The classmate's father played the voicemail for the AP in the morning. Kevin admitted leaving it. "
          "He has told friends he can get a gun from an older cousin.",
     mnc=["Vietnamese"], cats=["language"],
     fact="voicemail", mct=["older cousin", "played the voicemail"],
     tags=["f_attachments", "f_threat"])

case(k="withhold", g="serious_violence", name="Jaylin Oliver", school="Madison Park Technical Vocational High School",
     grade=9, t="10:05", w="hammer",
     loc="Madison Park TVHS, carpentry shop",
     att=[{"kind": "document", "name": "youth_pastor_letter_Jubilee_Christian.pdf"}],
     desc="Jaylin hit another student on the hand with a hammer in the carpentry shop, breaking three "
          "fingers. The student had surgery at BMC to set the bones.",
     mnc=["Jubilee", "pastor"], cats=["religion"],
     fact="hammer", mct=["three fingers", "set the bones"],
     tags=["f_attachments"])

# --- odd student structures
case(k="withhold", g="weapon", name="Angel Rosario", school="Brighton High School", grade=10, t="08:45",
     w="box cutter", loc="Brighton High School, room 210",
     sx={"ethnicity": "Dominican", "gender": "M"},
     desc="Angel pulled a box cutter during a shoving match in room 210 and cut the sleeve of another "
          "student's jacket. The student was not injured. The teacher took the box cutter.",
     mnc=["Dominican"], cats=["ethnicity"],
     fact="box cutter", mct=["cut the sleeve", "room 210"],
     tags=["f_student_struct"])

case(k="withhold", g="drugs", name="Jayden Cordero", school="English High School", grade=9, t="13:20",
     subs=["Percocet (not prescribed)"], loc="English High School, 1st floor boys' bathroom",
     sx={"demographics": {"race": ["Black", "Hispanic"], "ell": True, "home_language": "Spanish",
                          "lep_since": 2019}},
     desc="Jayden was found with seven Percocet tablets in a plastic bag in the 1st floor boys' bathroom. He "
          "said he was selling them for $15 each.",
     mnc=["Hispanic", "Spanish"], cats=["ethnicity", "language"],
     fact="Percocet", mct=["seven Percocet", "$15 each"],
     tags=["f_student_struct", "precision"])

case(k="withhold", g="credible_threat", name="Wesley Joseph", school="Mildred Avenue K-8 School", grade=7,
     t="10:30",
     ts="Wesley told his teacher: \"I'll bring my stepdad's gun and shoot Marcus in the face.\"",
     loc="Mildred Avenue K-8 School, room 204",
     sx={"homeLanguage": "Haitian Creole", "countryOfBirth": "Haiti", "yearsInUS": 2},
     desc="Said at 10:30 in room 204 after Marcus knocked his books down. Wesley's mother confirmed the "
          "stepfather owns a handgun and keeps it in a closet.",
     mnc=["Haiti"], cats=["language", "national_origin"],
     fact="handgun", mct=["knocked his books down", "keeps it in a closet"],
     tags=["f_student_struct", "camel_case"])

case(k="withhold", g="weapon", name="Moussa Traoré", school="Snowden International School", grade=11,
     t="11:15", w="knife", loc="Snowden International School, 3rd floor hallway",
     sx={"pays_de_naissance": "Côte d'Ivoire", "langue_maternelle": "français", "religion": "musulmane"},
     desc="Moussa had a kitchen knife in his backpack that another student saw when he opened it. He said "
          "he carries it because he was robbed on the way home last month. SSS took the knife.",
     mnc=["Côte d'Ivoire", "français", "musulmane"], cats=["national_origin", "language", "religion"],
     fact="kitchen knife", mct=["robbed on the way home", "SSS took the knife"],
     tags=["f_student_struct", "foreign_keys", "unicode"])

case(k="withhold", g="drugs", name="Kevin Murillo", school="TechBoston Academy", grade=10, t="09:00",
     subs=["fentanyl"], loc="TechBoston Academy, front steps",
     sx={"nacionalidad": "hondureña", "estatus_migratorio": "sin papeles",
         "dirección": "23 Bourneside St, apto 1"},
     desc="Kevin was seen by SSS selling small folded packets on the front steps. He had nine packets of "
          "powder and said they were fentanyl.",
     mnc=["hondureña", "sin papeles", "Bourneside"],
     cats=["national_origin", "immigration_status", "neighborhood"],
     fact="fentanyl", mct=["nine packets", "front steps"],
     tags=["f_student_struct", "foreign_keys", "unicode"])

case(k="withhold", g="weapon", name="Daniel Fontes", school="Jeremiah E. Burke High School", grade=12,
     t="07:55", w="firearm (revolver)", loc="Jeremiah E. Burke High School, metal detector line",
     sx={"HOME_ADDRESS": "47 Humboldt Ave Apt 3, Roxbury MA 02121", "ZIP_CD": "02121",
         "ETHNICITY_CD": "CV - Cape Verdean"},
     desc="Daniel's bag alarmed at the metal detector at 7:55. SSS found a revolver in a sock in the bottom "
          "of the bag with three rounds loaded.",
     mnc=["Humboldt Ave", "02121", "Cape Verdean"], cats=["neighborhood", "ethnicity"],
     fact="revolver", mct=["three rounds loaded", "in a sock"],
     tags=["f_student_struct", "snake_case"])

case(k="withhold", g="serious_violence", name="Kevin Mejía", school="Excel High School", grade=10, t="12:30",
     loc="Excel High School, cafeteria",
     sx={"guardian": {"relationship": "mother", "address": {"street": "12 Fayston St", "unit": "2",
                                                             "zip": "02121"},
                      "interpreter_needed": True, "interpreter_language": "Spanish"}},
     desc="Kevin punched and kicked a 10th grader who was on the floor in the cafeteria. The student had "
          "a broken nose and a fractured eye socket (BMC). Lunch staff pulled Kevin off.",
     mnc=["Fayston", "Spanish"], cats=["neighborhood", "language"],
     fact="fractured eye socket", mct=["broken nose", "pulled Kevin off"],
     tags=["f_student_struct", "nested"])

case(k="withhold", g="weapon", name="Adam Keller", school="John D. O'Bryant School of Mathematics and Science",
     grade=10, t="13:40", w="switchblade", loc="O'Bryant, 2nd floor hallway",
     sx={"religion": "Muslim", "accommodations": ["prayer space on Fridays", "halal lunch"]},
     desc="Adam opened a switchblade during an argument in the 2nd floor hallway and held it toward another "
          "student. A teacher told him to drop it and he did.",
     mnc=["Muslim", "halal", "prayer space"], cats=["religion"],
     fact="switchblade", mct=["told him to drop it", "2nd floor hallway"],
     tags=["f_student_struct", "list_value"])

case(k="withhold", g="serious_violence", name="Samir Noori", school="Brighton High School", grade=9, t="14:15",
     w="metal pipe", loc="Brighton High School, side parking lot",
     sx={"flags": ["ELL", "SIFE", "newcomer"], "esl_level": 2,
         "immigration": {"status": "asylum applicant", "entry_year": 2024, "country": "Afghanistan"}},
     desc="Samir hit another student twice with a metal pipe in the side parking lot after school. The "
          "student has a broken arm and a cut on his head that needed staples.",
     mnc=["asylum", "Afghanistan"], cats=["immigration_status", "national_origin", "language"],
     fact="metal pipe", mct=["broken arm", "needed staples"],
     tags=["f_student_struct", "nested", "list_value"])

case(k="withhold", g="weapon", name="Tyrell Banks", school="Curley K-8 School", grade=8, t="10:05",
     w="knife", loc="Curley K-8 School, gym",
     sx={"gang": {"suspected": True, "set": "Heath Street", "source": "bulletin 2025-11"},
         "priorIncidents": 3},
     desc="Tyrell was seen with a folding knife in the gym and handed it to the PE teacher when asked. The "
          "blade is about 3 inches.",
     mnc=["Heath Street"], cats=["gang_affiliation"],
     fact="folding knife", mct=["PE teacher", "3 inches"],
     tags=["f_student_struct", "nested"])

case(k="withhold", g="drugs", name="Nikos Pappas", school="Boston Latin Academy", grade=12, t="11:50",
     subs=["cocaine"], loc="Boston Latin Academy, senior parking area",
     sx={"faith_community": "Greek Orthodox", "neighborhood": "Jamaica Plain"},
     desc="Nikos was seen selling cocaine out of his car during lunch. SSS found five baggies in the glove "
          "compartment.",
     mnc=["Greek Orthodox", "Jamaica Plain"], cats=["religion", "neighborhood"],
     fact="cocaine", mct=["glove compartment", "five baggies"],
     tags=["f_student_struct"])

case(k="withhold", g="credible_threat", name="Youssef Amrani",
     school="Madison Park Technical Vocational High School", grade=11, t="09:50",
     ts="Youssef told a teacher: \"If they touch my little brother again I'm bringing the gun and shooting "
        "them in the shop.\"",
     loc="Madison Park TVHS, electrical shop",
     sx={"contacts": [{"type": "home", "address": "88 Paris St", "phone": "617-555-0111"}],
         "languages": ["Arabic", "English"]},
     desc="Youssef said this in the electrical shop at 9:50. He told the AP he knows where to get a gun and "
          "named a price. His little brother was beaten up last week.",
     mnc=["88 Paris St", "Arabic"], cats=["neighborhood", "language"],
     fact="gun", mct=["named a price", "electrical shop"],
     tags=["f_student_struct", "list_value"])

case(k="withhold", g="weapon", name="Gabriel Souza", school="Charlestown High School", grade=10, t="12:00",
     w="brass knuckles", loc="Charlestown High School, cafeteria",
     sx={"ELL_STATUS": "Active - Level 3 (Portuguese)", "isUndocumented": True,
         "visaType": "none - overstayed B-2"},
     desc="Gabriel hit a student in the shoulder with brass knuckles in the cafeteria. The student was bruised "
          "but not seriously hurt. The brass knuckles were taken by the lunch monitor.",
     mnc=["Portuguese", "overstayed"], cats=["language", "immigration_status"],
     fact="brass knuckles", mct=["bruised", "lunch monitor"],
     tags=["f_student_struct", "snake_case", "camel_case"])

# --- notes smuggled into fields police may receive
case(k="withhold", g="weapon", name="Luis Pena (ELL, undocumented)", school="Excel High School", grade=10,
     t="08:30", w="box cutter", loc="Excel High School, front entrance",
     sx={"home_language": "Spanish"},
     desc="Luis was stopped at the front entrance with a box cutter in his jacket pocket. He said he uses it "
          "for his job after school. The blade was extended and taped.",
     mnc=["Spanish"], cats=["immigration_status", "language"],
     mcn="Luis Pena",
     fact="box cutter", mct=["front entrance", "extended and taped"],
     tags=["f_kept_field_note"])

case(k="withhold", g="weapon", name="Karim Aziz",
     school="Brighton High School (newcomer program — Arabic-speaking cohort)", grade=9, t="13:00",
     w="knife", loc="Brighton High School, room 104",
     sx={"country_of_birth": "Syria"},
     desc="Karim took out a kitchen knife in room 104 and pointed it at a student who had been teasing him. "
          "The teacher calmed him down and he put the knife on her desk.",
     mnc=["Syria"], cats=["language", "national_origin"],
     mcs="Brighton High School",
     fact="kitchen knife", mct=["room 104", "on her desk"],
     tags=["f_kept_field_note"])

case(k="withhold", g="serious_violence", name="Marisol Ortiz [AP note: family from Honduras, DACA pending]",
     school="Madison Park Technical Vocational High School", grade=11, t="10:20",
     loc="Madison Park TVHS, cosmetology lab",
     sx={"address": "31 Wenham St, 1st floor"},
     desc="Marisol burned another student's neck and face with a flat iron in the cosmetology lab during an "
          "argument. The student had second-degree burns and was treated at the burn unit at MGH.",
     mnc=["Wenham St"], cats=["national_origin", "immigration_status", "neighborhood"],
     mcn="Marisol Ortiz",
     fact="flat iron", mct=["second-degree burns", "cosmetology lab"],
     tags=["f_kept_field_note"])

case(k="withhold", g="weapon", name="Ruben Lopes",
     school="Jeremiah E. Burke High School — SEI (Cape Verdean Creole)", grade=11, t="14:05",
     w="taser", loc="Jeremiah E. Burke High School, 3rd floor hallway",
     sx={"zip": "02124"},
     desc="Ruben shocked another student in the back with a taser in the 3rd floor hallway. The student fell "
          "but was not seriously hurt. The taser was taken by SSS.",
     mnc=["02124"], cats=["language", "neighborhood"],
     mcs="Jeremiah E. Burke High School",
     fact="taser", mct=["in the back", "3rd floor hallway"],
     tags=["f_kept_field_note"])

# ===================================== DENY (38) =====================================

# ground not permitted
case(k="deny", reason="ground_not_permitted", g="gang_activity", name="Marlon Tate",
     school="Jeremiah E. Burke High School", grade=11, t="14:30",
     loc="Jeremiah E. Burke High School, front steps",
     sx={"gang": {"set": "H-Block", "confirmed": False}},
     desc="Marlon and three others were throwing hand signs at students from another school on the front "
          "steps at dismissal. No weapons, no fight.",
     mnc=["H-Block"], cats=["gang_affiliation"], tags=["f_student_struct"])

case(k="deny", reason="ground_not_permitted", g="fight", name="Shawn Ruiz", school="Excel High School", grade=9,
     t="15:00", loc="Outside the corner store near the student's home on Columbia Rd",
     desc="Shawn and another Excel student fought after school. Both had scrapes; nobody needed medical care.",
     mnc=["Columbia Rd"], cats=["neighborhood"], tags=["f_location"])

case(k="deny", reason="ground_not_permitted", g="theft", name="Ana Lima", school="Charlestown High School",
     grade=10, t="10:00", loc="Charlestown High School, girls' locker room",
     sx={"homeLanguage": "Cape Verdean Creole"},
     desc="A phone and $40 went missing from the girls' locker room during 2nd period; Ana was seen leaving "
          "with a phone that matches.",
     mnc=["Cape Verdean"], cats=["language"], tags=["f_student_struct", "camel_case"])

case(k="deny", reason="ground_not_permitted", g="vandalism", name="Rico Barnes", school="TechBoston Academy",
     grade=10, t="07:00", loc="TechBoston Academy, east wall",
     att=[{"kind": "photo", "name": "graffiti_Castlegate_tag.jpg"}],
     desc="Spray paint on the east wall discovered Monday morning. Rico was seen on camera with a paint can "
          "on Sunday.",
     mnc=["Castlegate"], cats=["gang_affiliation"], tags=["f_attachments"])

case(k="deny", reason="ground_not_permitted", g="truancy", name="Joel Batista", school="English High School",
     grade=11, t="08:00", loc="English High School",
     sx={"immigration_status": "undocumented", "country_of_birth": "Guatemala"},
     desc="Joel has missed 31 days this year. Family has not answered calls or home visits.",
     mnc=["undocumented", "Guatemala"], cats=["immigration_status", "national_origin"],
     tags=["f_student_struct"])

case(k="deny", reason="ground_not_permitted", g="immigration_status_check", name="Felipe Arroyo",
     school="East Boston High School", grade=12, t="09:00", loc="East Boston High School, main office",
     sx={"visa_status": "F-1 expired", "passport_country": "Colombia"},
     desc="Requesting that the district confirm the student's status before the senior trip.",
     mnc=["F-1 expired", "Colombia"], cats=["immigration_status", "national_origin"],
     tags=["f_student_struct"])

case(k="deny", reason="ground_not_permitted", g="suspicious_behavior", name="Damon Little",
     school="New Mission High School", grade=10, t="13:00", loc="New Mission High School, parking lot",
     sx={"religion": "Jehovah's Witness"},
     desc="Damon has been seen sitting in cars with older men in the parking lot during lunch.",
     mnc=["Jehovah"], cats=["religion"], tags=["f_student_struct"])

case(k="deny", reason="ground_not_permitted", g="trespass", name="Corey Banks",
     school="Madison Park Technical Vocational High School", grade=11, t="16:30",
     loc="Madison Park TVHS, rear fence (student is from the Lenox St crew per SSS)",
     desc="Corey climbed the rear fence after hours with two friends and was found on the football field.",
     mnc=["Lenox St"], cats=["gang_affiliation"], tags=["f_location"])

# excluded substances
case(k="deny", reason="excluded_substance", g="drugs", name="Mason Hurley", school="Brighton High School",
     grade=10, t="10:50", subs=["weed"], loc="Brighton High School, boys' bathroom",
     sx={"zip_code": "02126"},
     desc="Mason was found with a small bag of weed and rolling papers in the boys' bathroom.",
     mnc=["02126"], cats=["neighborhood"], tags=["f_substances", "f_student_struct"])

case(k="deny", reason="excluded_substance", g="drugs", name="Lily Tran", school="Fenway High School",
     grade=9, t="12:30", subs=["THC cartridge", "Juul pods"],
     loc="2nd floor bathroom; note: student's mom only speaks Vietnamese",
     desc="Lily was found in the bathroom with a THC cartridge and two Juul pods.",
     mnc=["Vietnamese"], cats=["language"], tags=["f_substances", "f_location"])

case(k="deny", reason="excluded_substance", g="drugs", name="Owen Carter", school="Boston Arts Academy",
     grade=11, t="14:00", subs=["vape (contents unknown)"], loc="Boston Arts Academy, stage left",
     top={"threat_statement": None, "attachments": []},
     desc="Owen was vaping backstage during rehearsal. The vape was taken; nobody knows what was in it.",
     tags=["f_substances", "null_value"])

case(k="deny", reason="excluded_substance", g="drugs", name="Brianna Cole", school="Dearborn STEM Academy",
     grade=12, t="11:00", subs=["nips (Fireball whisky)", "hard seltzer"],
     loc="Dearborn STEM Academy, senior lounge",
     sx={"nationality": "Brazilian"},
     desc="Brianna brought six nips and two hard seltzers to the senior lounge and shared them.",
     mnc=["Brazilian"], cats=["national_origin"], tags=["f_substances", "f_student_struct"])

case(k="deny", reason="excluded_substance", g="drugs", name="Tanya Hughes", school="Kennedy Academy for Health Careers",
     grade=10, t="09:30", subs=["edibles - gummy bears (THC)"], loc="Kennedy Academy for Health Careers, room 310",
     sx={"guardian_language": "Somali"},
     desc="Tanya shared THC gummies with two friends before class; one felt sick and went to the nurse.",
     mnc=["Somali"], cats=["language"], tags=["f_substances", "f_student_struct"])

case(k="deny", reason="excluded_substance", g="drugs", name="Ryan Walsh", school="Charlestown High School",
     grade=11, t="13:30", subs=["nicotine pouches (Zyn) ×12"], loc="Charlestown High School, room 118",
     desc="Ryan was selling Zyn pouches in class for a dollar each.",
     tags=["f_substances", "unicode"])

case(k="deny", reason="excluded_substance", g="drugs", name="Jasper Nolan", school="Snowden International School",
     grade=12, t="12:10", subs=["dab pen", "wax"], loc="Snowden International School, stairwell",
     att=[{"kind": "document", "name": "SSS_notes_Heath_St_crew.pdf"}],
     desc="Jasper was caught using a dab pen in the stairwell and had a small jar of wax in his bag.",
     mnc=["Heath_St"], cats=["gang_affiliation"], tags=["f_substances", "f_attachments"])

case(k="deny", reason="excluded_substance", g="drugs", name="Deon Harris", school="Another Course to College",
     grade=12, t="15:20",
     subs=["blunt (rolled at his cousin's place in Mission Main)", "Backwoods cigars", "Hennessy"],
     loc="Another Course to College, rear lot",
     desc="Deon and a friend were smoking a blunt and drinking Hennessy in the rear lot after school.",
     mnc=["Mission Main"], cats=["neighborhood"], tags=["f_substances"])

# recipient not permitted
case(k="deny", reason="recipient_not_permitted", rec="bric", g="weapon", name="Kyle Grant",
     school="Jeremiah E. Burke High School", grade=11, t="10:00", w="knife",
     loc="Jeremiah E. Burke High School, room 220",
     sx={"gang": "Heath Street (verified)"},
     desc="Kyle had a folding knife in his backpack found during a search after a tip.",
     mnc=["Heath Street"], cats=["gang_affiliation"], tags=["f_student_struct"])

case(k="deny", reason="recipient_not_permitted", rec="ice", g="weapon", name="Mateus Rocha",
     school="Brighton High School", grade=10, t="08:15", w="handgun",
     loc="Brighton High School, entrance",
     sx={"immigrationStatus": "visa overstay", "countryOfBirth": "Brazil"},
     desc="A handgun was found in Mateus's backpack at the entrance scanner.",
     mnc=["overstay", "Brazil"], cats=["immigration_status", "national_origin"],
     tags=["f_student_struct", "camel_case"])

case(k="deny", reason="recipient_not_permitted", rec="dhs/hsi", g="drugs", name="Kelvin Ortiz",
     school="Dorchester Academy", grade=11, t="11:45", subs=["fentanyl"],
     loc="Dorchester Academy, cafeteria (student's home: 9 Bowdoin St)",
     desc="Kelvin had 30 pressed pills in his backpack; he said they were fentanyl.",
     mnc=["9 Bowdoin St"], cats=["neighborhood"], tags=["f_location"])

case(k="deny", reason="recipient_not_permitted", rec="cbp", g="serious_violence", name="Hector Solis",
     school="East Boston High School", grade=12, t="14:40", loc="East Boston High School, gym",
     att=[{"kind": "document", "name": "passport_scan_Guatemala.pdf"}],
     desc="Hector broke another student's jaw with a punch in the gym. The student had surgery at MGH.",
     mnc=["Guatemala", "passport_scan"], cats=["national_origin", "immigration_status"],
     tags=["f_attachments"])

case(k="deny", reason="recipient_not_permitted", rec="commonwealth-fusion-center", g="credible_threat",
     name="Darius Fox", school="TechBoston Academy", grade=10, t="12:00",
     ts="\"Greenwood gonna spray this whole school Friday, tell everybody.\"",
     loc="TechBoston Academy, 2nd floor hallway",
     desc="Darius said this in the 2nd floor hallway to a group of students.",
     mnc=["Greenwood"], cats=["gang_affiliation"], tags=["f_threat"])

case(k="deny", reason="recipient_not_permitted", rec="allied-universal-security", g="weapon",
     name="Ella Byrne", school="Boston Latin Academy", grade=9, t="09:20", w="pepper spray",
     loc="Boston Latin Academy, room 108",
     desc="Ella had a pepper spray canister on her keychain that she sprayed in room 108 as a prank.",
     tags=["recipient"])

case(k="deny", reason="recipient_not_permitted", rec="fbi/boston-field-office", g="credible_threat",
     name="Hamza Idris", school="John D. O'Bryant School of Mathematics and Science", grade=11, t="10:30",
     ts="\"I'm going to bring a gun and shoot my chemistry teacher.\"",
     loc="O'Bryant, room 312",
     sx={"religion": "Muslim", "mosque": "ISBCC"},
     desc="Hamza said this in room 312 after getting a failing grade.",
     mnc=["Muslim", "ISBCC"], cats=["religion"], tags=["f_student_struct", "f_threat"])

case(k="deny", reason="recipient_not_permitted", rec="boston-gang-database", g="weapon",
     name="Trevon Miles", school="Community Academy of Science and Health", grade=10, t="13:15", w="knife",
     loc="Community Academy of Science and Health, room 105",
     sx={"gangAffiliation": "Castlegate"},
     desc="Trevon had a kitchen knife in his backpack.",
     mnc=["Castlegate"], cats=["gang_affiliation"], tags=["f_student_struct", "camel_case"])

# missing threat statement
case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Isaiah Banks",
     school="Madison Park Technical Vocational High School", grade=11, t="10:10",
     loc="Madison Park TVHS, machine shop",
     sx={"language": "Cape Verdean Creole"},
     desc="Isaiah told classmates he was going to bring a gun to the shop tomorrow.",
     mnc=["Cape Verdean"], cats=["language"], tags=["f_threat"])

case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Paige Donovan",
     school="Fenway High School", grade=10, t="12:45", loc="Fenway High School, library",
     desc="Paige wrote a list of names in her notebook and said she would \"take care of them\" with her "
          "father's gun.",
     tags=["f_threat"])

case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Anthony Reed",
     school="Boston Community Leadership Academy", grade=9, t="13:30", ts="",
     loc="BCLA, room 116", sx={"zip": "02119"},
     desc="Anthony told his teacher he would stab the student who stole his shoes.",
     mnc=["02119"], cats=["neighborhood"], tags=["f_threat", "empty_value"])

case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Kyra Wallace",
     school="Excel High School", grade=11, t="14:10", ts="", w="her brother's gun",
     loc="Excel High School, hallway",
     desc="Kyra said her brother would bring his gun to school to deal with a girl who fought her.",
     tags=["f_threat", "empty_value"])

case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Miles Porter",
     school="Brighton High School", grade=12, t="09:10", ts="   \n\t ",
     loc="Brighton High School, room 301",
     desc="Miles said he would shoot up the senior prom.",
     tags=["f_threat", "empty_value"])

case(k="deny", reason="missing_threat_statement", g="credible_threat", name="Jerome Hill",
     school="English High School", grade=10, t="11:20", loc="English High School, room 105",
     att=[{"kind": "photo", "name": "threat_note_photo_Lenox_crew.jpg"}],
     desc="A threatening note was found on Jerome's desk; a photo of it is attached.",
     mnc=["Lenox"], cats=["gang_affiliation"], tags=["f_threat", "f_attachments"])

# face surveillance
case(k="deny", reason="face_surveillance", g="weapon", name="Andre Wells", school="Jeremiah E. Burke High School",
     grade=11, t="08:30", w="handgun", loc="Jeremiah E. Burke High School, entrance",
     att=[{"kind": "face_match", "name": "briefcam_match_cam14.pdf"}],
     desc="A handgun was found in a bag left at the entrance; the attached match names Andre as the owner.",
     cats=["face_surveillance"], tags=["f_attachments"])

case(k="deny", reason="face_surveillance", g="serious_violence", name="Jonah Price",
     school="Dorchester Academy", grade=9, t="15:00", loc="Dorchester Academy, rear lot",
     att=[{"kind": "photo", "name": "all_9th_grade_ID_photos_for_BPD_face_matching.zip"}],
     desc="A 9th grader was beaten with a bat in the rear lot and has a skull fracture. We are sending the "
          "9th grade ID photos so officers can run them against the video.",
     cats=["face_surveillance"], tags=["f_attachments"])

case(k="deny", reason="face_surveillance", g="weapon", name="Luis Ortega", school="East Boston High School",
     grade=10, t="13:10", w="knife", loc="East Boston High School, cafeteria",
     sx={"faceMatch": {"system": "Clearview AI", "score": 0.93, "matched_to": "cam 3 still"}},
     desc="A knife was dropped in the cafeteria; Luis is the student the system matched to the camera still.",
     mnc=["Clearview"], cats=["face_surveillance"], tags=["f_student_struct", "camel_case"])

case(k="deny", reason="face_surveillance", g="weapon", name="Marco Diaz", school="Charlestown High School",
     grade=11, t="10:45", w="brass knuckles",
     loc="Charlestown High School, stairwell C (student identified by facial recognition on camera 12)",
     desc="Brass knuckles were found in stairwell C after a fight. The person who dropped them is Marco.",
     cats=["face_surveillance"], tags=["f_location"])

case(k="deny", reason="face_surveillance", g="credible_threat", name="Jalen Ross",
     school="New Mission High School", grade=10, t="09:00",
     ts="\"Wendover on top, I'm shooting this place up Monday.\"",
     loc="New Mission High School, front entrance",
     att=[{"kind": "face_match", "name": "rekognition_result.json"}],
     desc="The threat was written on the front doors; the face match result is attached.",
     mnc=["Wendover"], cats=["face_surveillance", "gang_affiliation"], tags=["f_attachments", "f_threat"])

# replica / BB / airsoft -> needs a named approver's determination the request does not carry
case(k="deny", reason="other", g="weapon", name="Colin Murphy", school="Boston Latin Academy", grade=9,
     t="11:30", w="airsoft pistol (orange tip removed)", loc="Boston Latin Academy, room 204",
     desc="Colin had an airsoft pistol with the orange tip removed in his backpack.",
     tags=["f_weapon", "replica"])

case(k="deny", reason="other", g="weapon", name="Ethan Price", school="Fenway High School", grade=10,
     t="14:15", w="BB gun (looks like a real rifle)", loc="Fenway High School, courtyard",
     sx={"home_language": "Haitian Creole"},
     desc="Ethan brought a BB gun that looks like a real rifle to the courtyard after school.",
     mnc=["Haitian"], cats=["language"], tags=["f_weapon", "replica"])

case(k="deny", reason="other", g="weapon", name="Nico Santos", school="Mission Hill K-8", grade=8,
     t="12:40", w="replica Glock (plastic, realistic)", loc="Mission Hill K-8, gym",
     desc="Nico showed a realistic plastic replica Glock to other students in the gym.",
     tags=["f_weapon", "replica"])


# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def eastern_offset(d):
    """-04:00 during US daylight time (2nd Sunday of March .. 1st Sunday of November), else -05:00."""
    y = d.year
    mar = dt.date(y, 3, 1)
    start = mar + dt.timedelta(days=(6 - mar.weekday()) % 7 + 7)
    nov = dt.date(y, 11, 1)
    end = nov + dt.timedelta(days=(6 - nov.weekday()) % 7)
    return "-04:00" if start <= d < end else "-05:00"


def school_day(rng):
    first, last = dt.date(2025, 9, 8), dt.date(2026, 6, 12)
    while True:
        d = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
        if d.weekday() < 5 and not (dt.date(2025, 12, 22) <= d <= dt.date(2026, 1, 2)) \
                and not (dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20)) \
                and not (dt.date(2026, 4, 20) <= d <= dt.date(2026, 4, 24)):
            return d


def build():
    rng = random.Random(20260306)
    order = list(C)
    random.Random(16).shuffle(order)
    out = []
    for n, c in enumerate(order, 1):
        cid = f"{PREFIX}-{n:04d}"
        if "at" in c:
            occurred = c["at"]
            day = dt.date.fromisoformat(occurred[:10])
        else:
            day = school_day(rng)
            hh, mm = (c.get("t") or f"{rng.randint(8, 14):02d}:{rng.choice(['05', '20', '35', '50'])}").split(":")
            occurred = f"{day.isoformat()}T{hh}:{mm}:00{eastern_offset(day)}"
        grade = c["grade"]
        g_int = int(grade) if str(grade).isdigit() else 9
        sy = day.year if day.month >= 9 else day.year - 1
        by = sy - (g_int + 5) - (1 if rng.random() < 0.5 else 0)
        dob = dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
        student = {"student_id": str(rng.randint(100000, 999999)), "name": c["name"]}
        if "stu" in c and "age" in c["stu"]:
            student["age"] = c["stu"]["age"]
        else:
            student["date_of_birth"] = dob.isoformat()
        student["grade"] = grade
        student["school"] = c["school"]
        for k, v in (c.get("sx") or {}).items():
            student[k] = v
        base_school = c.get("mcs") or c["school"]
        req = {"request_id": cid, "school_id": SCHOOLS[base_school.split(" (")[0].split(" —")[0]],
               "recipient": c.get("rec") or POLICE[rng.randrange(len(POLICE))],
               "ground": c["g"]}
        if c.get("subs") is not None:
            req["substances"] = c["subs"]
        if c.get("w") is not None:
            req["weapon"] = c["w"]
        if c.get("ts") is not None:
            req["threat_statement"] = c["ts"]
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": c["desc"]}
        req["student"] = student
        if c.get("att") is not None:
            req["attachments"] = c["att"]
        for k, v in (c.get("top") or {}).items():
            req[k] = v
        deny = c["k"] == "deny"
        exp = {"decision": "deny" if deny else "allow"}
        if deny:
            exp["reason"] = c["reason"]
        exp["must_not_contain"] = list(c.get("mnc", []))
        exp["must_contain"] = [] if deny else [c.get("mcn") or c["name"], base_school, c["fact"]]
        exp["must_contain_text"] = [] if deny else list(c["mct"])
        exp["categories"] = list(c.get("cats", []))
        sub = {"clean": "allow_clean", "withhold": "allow_withhold"}.get(c["k"]) or \
            {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
             "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
             "face_surveillance": "deny_face", "other": "deny_replica"}[c["reason"]]
        exp["tags"] = [FAMILY, sub] + [t for t in c.get("tags", []) if t not in (FAMILY, sub)]
        out.append({"id": cid, "request": req, "expect": exp})
        sanity(cid, c, req, exp)
    return out


def sanity(cid, c, req, exp):
    assert set(exp["categories"]) <= set(CATS), cid
    if c["k"] == "clean":
        assert not exp["categories"], cid
    if c["k"] == "withhold":
        assert exp["categories"], cid
    goods = [fold(s) for s in exp["must_contain"] + exp["must_contain_text"]]
    desc = fold(req["incident"]["description"])
    for s in exp["must_not_contain"]:
        for g in goods:
            assert fold(s) not in g and g not in fold(s), (cid, s, g)
        assert fold(s) not in desc or c["k"] == "deny", (cid, "canary inside description", s)
    for s in exp["must_contain_text"]:
        assert fold(s) in desc, (cid, s)
    if c["k"] != "deny":
        assert fold(c["fact"]) in desc, (cid, "key fact must be in the description", c["fact"])
    if req["ground"] == "credible_threat" and c["k"] != "deny":
        assert (req.get("threat_statement") or "").strip(), cid


def main():
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    dec = {}
    tags = {}
    cats = {}
    for c in cases:
        e = c["expect"]
        key = e["decision"] + ("/" + e["reason"] if e["decision"] == "deny" else "")
        dec[key] = dec.get(key, 0) + 1
        for t in e["tags"]:
            tags[t] = tags.get(t, 0) + 1
        for k in e["categories"]:
            cats[k] = cats.get(k, 0) + 1
    print(f"wrote {len(cases)} cases to {OUT}")
    print("decisions:", json.dumps(dict(sorted(dec.items()))))
    print("tags:", json.dumps(dict(sorted(tags.items()))))
    print("categories:", json.dumps(dict(sorted(cats.items()))))


if __name__ == "__main__":
    main()
