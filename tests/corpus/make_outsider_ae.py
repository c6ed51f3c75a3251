#!/usr/bin/env python3
"""Blind outsider corpus, family OAE: the terse report.

Short, hurried incident descriptions (20 to 250 characters) in which forbidden facts
(RULES.md section 4) sit right beside the incident facts, plus terse clean reports and
terse precision traps (category-looking words used innocently).

Written from RULES.md and CONTRACT.md only. Deterministic, standard library only.
Writes tests/data/corpus/outsider_ae.jsonl (relative to the repository root).

Markup used below (stripped before writing):
  [[ ... ]]  a span that reveals a forbidden category; a correct redactor removes it.
The generator checks its own labels: every must_not_contain string occurs in the
request but not in the text that remains once the marked spans are withheld, nor in
any field police may receive; every must_contain_text fact survives the withholding.
"""
import datetime as dt
import json
import pathlib
import re
import unicodedata

PREFIX = "OAE"
FAMILY = "terse_report"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ae.jsonl"

HIGH = [
    "Boston Latin Academy", "Madison Park Technical Vocational High School", "East Boston High School",
    "Jeremiah E. Burke High School", "English High School", "Excel High School", "Brighton High School",
    "TechBoston Academy", "John D. O'Bryant School", "Charlestown High School",
    "Snowden International School", "Boston Community Leadership Academy", "Dearborn STEM Academy",
    "Fenway High School", "New Mission High School", "Dorchester Academy", "Boston Arts Academy",
    "Community Academy of Science and Health",
]
MIDDLE = ["Mission Hill K-8", "Mildred Avenue K-8 School", "Lilla G. Frederick Middle School",
          "Edison K-8 School", "Curley K-8 School", "McKay K-8 School"]
SCHOOL_ID = {s: "BPS-4%03d" % (11 + 13 * i) for i, s in enumerate(HIGH + MIDDLE)}

FIRST = ["Jaylen", "Marisol", "Deshawn", "Kiara", "Tyrese", "Naomi", "Malik", "Alondra", "Jayden",
         "Brianna", "Xavier", "Imani", "Isaiah", "Yasmin", "Darnell", "Keisha", "Mateo", "Aaliyah",
         "Kevin", "Tatiana", "Andre", "Sophia", "Elijah", "Nia", "Carlos", "Destiny", "Omar",
         "Gabriela", "Luis", "Chloe", "Terrell", "Valeria", "Marcus", "Jasmine", "Nathan", "Leilani",
         "Rafael", "Ariana", "Trevon", "Bianca", "Caleb", "Zaria", "Julian", "Makayla", "Dante",
         "Selena", "Josiah", "Amara", "Rashad", "Liana"]
LAST = ["Alvarez", "Barnes", "Coleman", "Dupree", "Estrada", "Fofana", "Gomes", "Hines", "Ibarra",
        "Jenkins", "Kowalski", "Lopes", "Mendes", "Nguyen", "Okafor", "Pierre", "Quinones", "Rowe",
        "Simmons", "Tavares", "Underwood", "Vasquez", "Whitaker", "Yates", "Zamora", "Bishop",
        "Calloway", "Dorsey", "Ellison", "Fairchild", "Gaines", "Holloway", "Irving", "Jarrett",
        "Kimball", "Langley", "Moreland", "Norwood", "Oakes", "Prescott", "Rutledge", "Sutton",
        "Thornton", "Vance", "Wakefield", "Brennan", "Carver", "Delgado", "Everett", "Fleming"]

DISTRICTS = ["bpd", "bpd/district-b2", "bpd/district-b3", "bpd/district-c11", "bpd/district-e18",
             "bpd/district-a7", "bpd/district-d4", "bpd/district-e13", "bpd/district-e5",
             "bpd/district-a1", "bpd/district-d14", "bpd/district-c6"]

WITHHELD = "[WITHHELD]"
SPAN = re.compile(r"\[\[(.+?)\]\]")

CASES = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def allow(ground, loc, desc, mct, key, **kw):
    CASES.append(dict(decision="allow", ground=ground, loc=loc, desc=desc, mct=mct, key=key, **kw))


def deny(reason, ground, loc, desc, **kw):
    CASES.append(dict(decision="deny", reason=reason, ground=ground, loc=loc, desc=desc, mct=[],
                      key=None, **kw))


# ---------------------------------------------------------------------------------------------
# A. Terse clean reports and precision traps (allow, nothing forbidden)
# ---------------------------------------------------------------------------------------------
allow("weapon", "Main entrance", "Knife in backpack, 3in folding, found at bag check. No threats made.",
      ["bag check", "3in folding"], "Knife", weapon="knife")
allow("weapon", "Side door metal detector",
      "Box cutter in waistband, SSS caught at metal detector 7:52. Says it's for his Stop & Shop job.",
      ["metal detector 7:52"], "Box cutter", weapon="box cutter", t="07:52",
      extra={"homeroom": "118", "sis_src": "Aspen"}, tags=["student_fields"])
allow("weapon", "Room 207", "Loaded .380 in backpack front pocket, 6 rds. Tip from a student. BPD on scene 9:10.",
      ["front pocket", "6 rds"], "Loaded .380", weapon="firearm", t="08:50")
allow("weapon", "Gym", "Brass knuckles fell out of hoodie pocket in gym. Admits bringing them from home.",
      ["hoodie pocket"], "Brass knuckles", weapon="brass knuckles")
allow("weapon", "2nd floor stairwell",
      "Pepper spray set off in 2nd fl stairwell, 4 kids to nurse. Canister recovered from stu.",
      ["2nd fl stairwell", "Canister recovered"], "Pepper spray", weapon="pepper spray")
allow("weapon", "Locker 214", "Taser in locker 214; per 2 witnesses he sparked it at kids in hall earlier.",
      ["locker 214"], "Taser", weapon="taser", extra={"guardian_cell": "617-555-0148"},
      xcan=["617-555-0148"], tags=["student_fields"])
allow("weapon", "Front office", "Razor blade taped inside phone case. Found in search after threat rumor.",
      ["inside phone case"], "Razor blade", weapon="razor blade")
allow("weapon", "Room 305", "Flashed knife in Spanish class, 4in blade, teacher took it. No one hurt.",
      ["Spanish class", "4in blade"], "knife", weapon="knife", tags=["precision_trap"])
allow("weapon", "Auditorium, backstage",
      "Box cutter from stage crew bin held to a kid's neck backstage. Kid not cut.",
      ["stage crew"], "Box cutter", weapon="box cutter", tags=["precision_trap"])
allow("serious_violence", "Field trip bus",
      "On Cape Cod trip bus, punched kid over and over; broken orbital bone. EMS met bus at rest stop.",
      ["Cape Cod trip", "broken orbital bone"], "broken orbital bone", tags=["precision_trap"])
allow("drugs", "Hallway outside Room 110",
      "Fentanyl, 12 blue pills in Altoids tin, left jacket pocket. Admitted selling.",
      ["Altoids tin", "12 blue pills"], "Fentanyl", subs=["fentanyl"])
allow("drugs", "Nurse's office", "Cocaine approx 3g in baggie in sock. Found by SSS after nurse visit.",
      ["in sock"], "Cocaine", subs=["cocaine"], extra={"iep": "Y", "case_mgr": "Ms. Doherty"},
      tags=["student_fields"])
allow("drugs", "3rd floor boys' bathroom", "Xanax bars x9 in pencil case. Selling in 3rd fl bathroom per 2 students.",
      ["pencil case"], "Xanax bars", subs=["Xanax"])
allow("drugs", "Cafeteria", "MDMA capsules (6) in AirPods case. Stu says from a party, not hers.",
      ["AirPods case"], "MDMA", subs=["MDMA"])
allow("drugs", "Library", "Weed + 5 pressed perc pills in backpack. Pills look fake (M30 stamp).",
      ["5 pressed perc pills"], "M30", subs=["marijuana", "counterfeit pills"],
      tags=["precision_trap", "mixed_substances"])
allow("drugs", "Boys' bathroom, 1st floor",
      "Heroin, 10 wax bags stamped 'BATMAN', in sneaker. Stu nodding off 5th per.",
      ["10 wax bags", "in sneaker"], "Heroin", subs=["heroin"], tags=["precision_trap"])
allow("credible_threat", "Cafeteria",
      "Threat overheard at lunch, 2 witnesses. Sibling says uncle keeps a gun in the apt.",
      ["overheard at lunch", "2 witnesses"], "Threat",
      threat="Told 2 students he'd bring his uncle's gun Monday and 'clear out' the caf.")
allow("credible_threat", "Off campus (Snapchat)",
      "Snap post 9:40pm, screenshots from 3 parents. Account belongs to stu (admits).",
      ["screenshots from 3 parents"], "Snap post", t="21:40", school="Boston Latin Academy",
      threat="Snap story 9:40pm: 'tmrw BLA gonna be on the news, stay home'.")
allow("serious_violence", "Room 112", "Hit teacher w/ chair; teacher LOC ~1 min, taken to BMC. Concussion.",
      ["w/ chair", "taken to BMC"], "Concussion", extra={"sped": "504 plan"}, tags=["student_fields"])
allow("serious_violence", "1st floor bathroom",
      "Sexual assault in 1st fl bathroom, reported by victim to counselor 12:30. 51A filed.",
      ["51A filed"], "Sexual assault", t="12:05")
allow("weapon", "Team van, rear lot", "Knife in crew practice bag on team van. Fixed blade, 5in.",
      ["crew practice bag", "Fixed blade, 5in"], "Knife", weapon="knife", tags=["precision_trap"])
allow("serious_violence", "Hallway by Room 140",
      "Slammed kid's head into locker - 8 stitches + concussion. Nurse gave ice pack, then EMS.",
      ["ice pack", "8 stitches"], "concussion", tags=["precision_trap"])
allow("drugs", "Locker 330", "Fentanyl powder in a Visa gift card sleeve, 2 packets. Locker 330.",
      ["Visa gift card"], "Fentanyl powder", subs=["fentanyl"], tags=["precision_trap"])
allow("weapon", "Room 221", "Knife under stack of graded papers on sub's desk; stu put it there, admits. 3.5in.",
      ["graded papers"], "Knife", weapon="knife", tags=["precision_trap"])
allow("serious_violence", "Sidewalk across from school",
      "Jumped kid after dismissal w/ 2 others by Burger King, stomped head. Fractured skull, MGH.",
      ["Burger King", "Fractured skull"], "Fractured skull", t="14:35", tags=["precision_trap"])
allow("serious_violence", "Courtyard",
      "Cut kid's cheek w/ car key in fight, blood all over his shirt. 11 stitches at BMC.",
      ["blood all over his shirt"], "11 stitches", tags=["precision_trap"])
allow("drugs", "Field trip", "Oxy pills, 7, not prescribed to her, handed out on Chinatown field trip.",
      ["Chinatown field trip", "not prescribed"], "Oxy pills", subs=["oxycodone"], tags=["precision_trap"])
allow("weapon", "Room 318", "During French quiz pulled box cutter on seatmate over a pencil. Teacher stepped in.",
      ["French quiz"], "box cutter", weapon="box cutter", tags=["precision_trap"])
allow("credible_threat", "Room 204",
      "Said he'd bring a strap for Mr. D, in Latin class, 20+ kids heard. Prior weapon incident 2025.",
      ["Latin class", "Prior weapon incident"], "strap", school="John D. O'Bryant School",
      threat="Said 'bringing a strap tmrw for Mr. D' out loud in class; strap = gun.",
      tags=["precision_trap"])
allow("weapon", "Girls' locker room", "Stun gun in purse, works. Says it's for the walk home.",
      ["in purse"], "Stun gun", weapon="stun gun")
allow("weapon", "Boys' bathroom, 2nd floor", "Mace canister in jacket; sprayed at wall in boys rm 'to test it'.",
      ["boys rm"], "Mace", weapon="mace")
allow("weapon", "Main entrance", "Wooden club (sawed-off bat, taped grip) in duffel. Says 'for protection'.",
      ["taped grip"], "Wooden club", weapon="club")
allow("weapon", "Gym locker room", "Unloaded 9mm, mag separate, in gym bag. Found during locker check; BPD called.",
      ["mag separate"], "9mm", weapon="firearm", extra={"athletics": "JV football"}, tags=["student_fields"])
allow("drugs", "Bus loop", "Crack cocaine, 5 rocks, inside a cigarette pack (no cigs in it).",
      ["5 rocks", "cigarette pack"], "Crack cocaine", subs=["crack cocaine"], tags=["precision_trap"])
allow("drugs", "Room 109", "Meth in a vape case, ~2g crystal. No vape device found.",
      ["~2g crystal", "vape case"], "Meth", subs=["methamphetamine"], tags=["precision_trap"])
allow("drugs", "Cafeteria", "LSD tabs x6 on sheet in wallet; offered to others at lunch.",
      ["in wallet"], "LSD tabs", subs=["LSD"])
allow("drugs", "Hallway, 3rd floor", "Psilocybin choc bars x3 in bag, selling at $20 each per buyer.",
      ["$20 each"], "Psilocybin", subs=["psilocybin"])
allow("serious_violence", "Art room", "Stabbed peer in shoulder w/ scissors, art room. Deep wound, EMS to BMC.",
      ["art room", "Deep wound"], "scissors")
allow("serious_violence", "Stairwell C", "Broke classmate's jaw, 1 punch, stairwell C. Jaw wired shut per mom.",
      ["stairwell C"], "Broke classmate's jaw")
allow("credible_threat", "Room 204",
      "Note found by teacher 2:15; 2 staff matched handwriting to stu. Dad owns handgun per stu.",
      ["Note found by teacher 2:15"], "handgun", t="14:15",
      threat="Note in locker: 'Everyone in 204 dies Friday. I have my dad's gun.'")
allow("weapon", "Room 116", "Threatened Spanish teacher w/ pocketknife after detention. Knife 3in, taken by AP.",
      ["Spanish teacher"], "pocketknife", weapon="knife", tags=["precision_trap"])
allow("weapon", "Main entrance", "Black-handled knife, 4in, front hoodie pocket. Found on wand check.",
      ["Black-handled knife"], "knife", weapon="knife", tags=["precision_trap"])
allow("drugs", "Main office", "White powder in 2 baggies, BPD field test + for cocaine. Was in lunchbox.",
      ["White powder", "lunchbox"], "cocaine", subs=["cocaine"], tags=["precision_trap"])
allow("weapon", "Room 330", "Kitchen knife wrapped in crew neck sweatshirt in backpack. 8in blade.",
      ["crew neck sweatshirt", "8in blade"], "Kitchen knife", weapon="knife", tags=["precision_trap"])
allow("drugs", "Parking lot across the street",
      "Sold Xanax to 2 kids in the church parking lot across from school, 3:10pm.",
      ["church parking lot"], "Xanax", subs=["Xanax"], t="15:10", tags=["precision_trap"])
allow("weapon", "Front door", "Box cutter at Mission Hill K-8 front door, 8:05, in lunch bag.",
      ["Mission Hill K-8 front door"], "Box cutter", weapon="box cutter", t="08:05",
      school="Mission Hill K-8", tags=["precision_trap"])
allow("weapon", "Bus loop", "Knife pulled at East Boston High School bus loop 2:25, 6in kitchen knife. No one cut.",
      ["East Boston High School bus loop"], "6in kitchen knife", weapon="knife", t="14:25",
      school="East Boston High School", tags=["precision_trap"])
allow("drugs", "Gym lobby", "Fent pills sold in Charlestown High School gym lobby, 3 buyers named.",
      ["Charlestown High School gym lobby"], "Fent pills", subs=["fentanyl"],
      school="Charlestown High School", tags=["precision_trap"])
allow("serious_violence", "2nd floor hallway", "Stabbed w/ pen at Brighton High School 2nd fl, neck wound, EMS.",
      ["Brighton High School 2nd fl", "neck wound"], "neck wound", school="Brighton High School",
      tags=["precision_trap"])
allow("drugs", "Room 212", "Xanax x14 taped under desk in Spanish 2 room. Stu seen taping it.",
      ["Spanish 2 room"], "Xanax", subs=["Xanax"], tags=["precision_trap"])
allow("weapon", "Bus stop in front of school",
      "Handgun shown to 3 kids at bus stop out front, 2:40. Tucked back in waistband.",
      ["bus stop out front"], "Handgun", weapon="firearm", t="14:40")
allow("drugs", "Room 120", "2 THC carts + 3 fent pills in bag. Pills blue, M30.",
      ["3 fent pills"], "fent pills", subs=["THC cartridges", "fentanyl"],
      tags=["precision_trap", "mixed_substances"])
allow("serious_violence", "Cafeteria", "Punched girl into table, broken wrist + head lac. Ambulance 12:10.",
      ["broken wrist"], "broken wrist", t="11:55")
allow("weapon", "Locker room", "Pocketknife in gym shorts, 2.5in. Showed it to kid he's beefing with.",
      ["gym shorts"], "Pocketknife", weapon="knife", age=True, school="Edison K-8 School")
allow("drugs", "Library", "Coke 4g in eyeglass case, library. Said 'holding it for someone'.",
      ["eyeglass case"], "Coke", subs=["cocaine"],
      extra={"nickname": "Dre", "prior_incidents": 2, "advisory": "Adv 3"}, tags=["student_fields"])
allow("credible_threat", "Off campus (Instagram)",
      "IG comment screenshot from 2 students. Stu admits account is his.",
      ["IG comment screenshot"], "IG comment", school="Madison Park Technical Vocational High School",
      threat="IG comment: 'Monday I'm coming to Madison Park with the stick, no cap.' (stick = gun)")
allow("weapon", "Student parking lot", "Loaded Glock in glovebox of stu's car in school lot. Stu is 18, senior.",
      ["glovebox"], "Loaded Glock", weapon="firearm", dob="2007-11-03", grade=12)
allow("weapon", "2nd floor hallway", "Stun gun/taser in backpack, tested - works. Found after kid reported a zap.",
      ["reported a zap"], "taser", weapon="taser",
      extra={"guardian_cell": "857-555-0177", "emerg_contact": "aunt"}, xcan=["857-555-0177"],
      tags=["student_fields"])
allow("drugs", "Cafeteria", "Fent in a hollowed-out dictionary on caf table, 1.5g. Stu's name inside cover.",
      ["hollowed-out dictionary"], "Fent", subs=["fentanyl"])
allow("weapon", "Main entrance", "Switchblade, says he bought it on Hampton Beach trip last summer. Found at scanner.",
      ["Hampton Beach trip"], "Switchblade", weapon="knife", tags=["precision_trap"])

# ---------------------------------------------------------------------------------------------
# B. Terse reports with forbidden facts to withhold (allow)
# ---------------------------------------------------------------------------------------------
allow("weapon", "Main entrance", "Knife in bag, 3in, [[Haitian]] kid, [[lives Mattapan]].",
      ["Knife in bag", "3in"], "Knife", weapon="knife", can=["Haitian", "Mattapan"],
      cats=["ethnicity", "neighborhood"])
allow("weapon", "Cafeteria, lunch line", "Pulled blade on J.R. in lunch line - [[fam undocumented per counselor]].",
      ["Pulled blade", "lunch line"], "blade", weapon="knife", can=["undocumented"],
      cats=["immigration_status"])
allow("drugs", "Locker 112", "Fentanyl x4 pills, locker 112. [[Mom only Portuguese]].",
      ["Fentanyl x4 pills", "locker 112"], "Fentanyl", subs=["fentanyl"], can=["Portuguese"],
      cats=["language"])
allow("weapon", "2nd floor boys' bathroom", "Box cutter, 2nd fl boys rm; [[MS13 per SSS]].",
      ["2nd fl boys rm"], "Box cutter", weapon="box cutter", can=["MS13"], cats=["gang_affiliation"])
allow("serious_violence", "1st floor hallway", "[[Muslim]] girl hit peer w/ lock in sock; orbital fx, EMS.",
      ["lock in sock", "orbital fx"], "lock in sock", can=["Muslim"], cats=["religion"])
allow("weapon", "Room 215", "Loaded .22 revolver in backpack. [[Undoc]], [[recently arrived from Guatemala]].",
      ["Loaded .22 revolver"], ".22 revolver", weapon="firearm", can=["Undoc", "Guatemala"],
      cats=["immigration_status", "national_origin"])
allow("drugs", "Gym", "Coke, 2 baggies, in sock. [[Dom. Rep. born]], [[ELL student]].",
      ["2 baggies"], "Coke", subs=["cocaine"], can=["Dom. Rep.", "ELL student"],
      cats=["national_origin", "language"])
allow("weapon", "Main entrance", "Switchblade in waistband/[[Rozzie]] kid/[[H-Block per SRO]].",
      ["Switchblade in waistband"], "Switchblade", weapon="knife", can=["Rozzie", "H-Block"],
      cats=["neighborhood", "gang_affiliation"])
allow("credible_threat", "Cafeteria", "Threat made in caf 11:40, 3 witnesses. Has posted pics w/ handgun on IG.",
      ["3 witnesses", "handgun on IG"], "handgun", t="11:40",
      threat="Said he'd 'shoot up the caf' Fri; [[DACA kid]], [[dad ICE detained last wk]], 'nothing to lose'.",
      can=["DACA kid", "ICE detained"], cats=["immigration_status"], tags=["threat_text"])
allow("drugs", "Room 118", "Xanax x20 in Tylenol bottle, selling; [[Cape Verdean]], mom [[needs Kriolu interpreter]].",
      ["Tylenol bottle"], "Xanax", subs=["Xanax"], can=["Cape Verdean", "Kriolu", "interpreter"],
      cats=["ethnicity", "language"])
allow("weapon", "Room 101 coat rack", "Brass knuckles in coat; [[Somali]], [[lives Orchard Park]].",
      ["Brass knuckles in coat"], "Brass knuckles", weapon="brass knuckles",
      can=["Somali", "Orchard Park"], cats=["ethnicity", "neighborhood"])
allow("serious_violence", "Stairwell A", "Stomped 10th grader: broken ribs x2 + lacerated spleen. [[Trinitarios beef per AP]].",
      ["broken ribs x2"], "lacerated spleen", can=["Trinitarios"], cats=["gang_affiliation"])
allow("weapon", "Main entrance", "Razor blade in mouth (!) at wand check. [[Asylum case pending per family]].",
      ["wand check"], "Razor blade", weapon="razor blade", can=["Asylum"], cats=["immigration_status"])
allow("drugs", "Locker 7", "Fent powder 3 bags + weed, locker 7. [[Lives off Blue Hill Ave]].",
      ["Fent powder 3 bags", "locker 7"], "Fent powder", subs=["fentanyl", "marijuana"],
      can=["Blue Hill Ave"], cats=["neighborhood"], tags=["mixed_substances"])
allow("weapon", "Room 302", "Kitchen knife in backpack - [[Vietnamese]], [[speaks little English]]; says for self-def.",
      ["Kitchen knife in backpack", "self-def"], "Kitchen knife", weapon="knife",
      can=["Vietnamese", "little English"], cats=["ethnicity", "language"])
allow("serious_violence", "Room 126", "Punched sub, fx nose + LOC, EMS. [[Jehovah's Witness]] fam per nurse.",
      ["fx nose + LOC"], "fx nose", can=["Jehovah"], cats=["religion"])
allow("drugs", "Cafeteria", "Oxy 30s x8, no script, in lunchbox. [[Brazilian]]; [[fam speaks Portuguese]].",
      ["Oxy 30s x8", "no script"], "Oxy", subs=["oxycodone"], can=["Brazilian", "Portuguese"],
      cats=["ethnicity", "language"])
allow("weapon", "Locker 56", "Ghost gun (P80) in locker 56, loaded. [[Heath St crew per YVSF]].",
      ["Ghost gun", "locker 56"], "Ghost gun", weapon="firearm", can=["Heath St"], cats=["gang_affiliation"])
allow("weapon", "School bus 14", "Pepper spray used on bus 14; [[Puerto Rican]] girl, [[Bromley-Heath]] address.",
      ["bus 14"], "Pepper spray", weapon="pepper spray", can=["Puerto Rican", "Bromley-Heath"],
      cats=["ethnicity", "neighborhood"])
allow("credible_threat", "AP office", "Threat to named peer after fight last wk. Peer's mom also called school.",
      ["named peer"], "Threat",
      threat="Told AP 'I got a gun for Keon, watch' - [[from Honduras]], [[TPS holder]] per file.",
      can=["Honduras", "TPS holder"], cats=["national_origin", "immigration_status"], tags=["threat_text"])
# structured student fields with unusual keys
allow("weapon", "Main entrance", "Knife, 5in, taken off stu at door 7:40. Calm, cooperative.",
      ["taken off stu at door 7:40"], "Knife", weapon="knife", t="07:40",
      extra={"ethnicity": "Dominican", "home_lang": "Spanish"}, can=["Dominican", "Spanish"],
      cats=["ethnicity", "language"], tags=["student_fields"])
allow("drugs", "Cafeteria", "Molly caps x10, sold 2 in caf. Confessed to AP.",
      ["Molly caps x10"], "Molly", subs=["MDMA"],
      extra={"ctry_birth": "Haiti", "ELL_flag": "Y", "interp": "Haitian Creole"},
      can=["Haiti", "Haitian Creole"], cats=["national_origin", "language"], tags=["student_fields"])
allow("serious_violence", "Room 104", "Bit + punched aide; aide hospitalized, 2 fx fingers.",
      ["2 fx fingers"], "aide hospitalized",
      extra={"addr": "88 Wendover St, Dorchester MA 02125", "addr_type": "home"},
      can=["Wendover St", "02125"], cats=["neighborhood"], tags=["student_fields"])
allow("weapon", "2nd floor hallway", "Taser in backpack, zapped kid's arm, burn mark. Nurse saw it.",
      ["burn mark"], "Taser", weapon="taser",
      extra={"RaceEth": "Black/African American", "Religion": "Muslim"},
      can=["African American", "Muslim"], cats=["ethnicity", "religion"], tags=["student_fields"])
allow("weapon", "Main entrance", "Box cutter in pencil pouch. Found at scanner.",
      ["pencil pouch"], "Box cutter", weapon="box cutter",
      extra={"immig": {"status": "asylee", "since": "2023"}}, can=["asylee"],
      cats=["immigration_status"], tags=["student_fields"])
allow("drugs", "3rd floor boys' bathroom", "Heroin x6 bags in sock, 3rd fl bathroom, needle cap in trash.",
      ["needle cap"], "Heroin", subs=["heroin"],
      extra={"intel_flags": "gang: Lucerne St (assoc., 2025)"}, can=["Lucerne"],
      cats=["gang_affiliation"], tags=["student_fields"])
allow("weapon", "Room 210", "Pocketknife opened in math, pointed at T.M. No contact.",
      ["pointed at T.M."], "Pocketknife", weapon="knife",
      extra={"demo": {"eth": "Cape Verdean", "birth_place": "Praia, Cabo Verde", "lang": "Kriolu"}},
      can=["Cape Verdean", "Cabo Verde", "Praia", "Kriolu"],
      cats=["ethnicity", "national_origin", "language"], tags=["student_fields"])
allow("credible_threat", "Room 231", "Told counselor at 10:50, calm, repeated it twice.",
      ["repeated it twice"], "Told counselor", t="10:50",
      threat="Told counselor he will 'shoot Ms. P' Monday; knows where his cousin keeps a gun.",
      extra={"housing": "BHA - Mission Main", "zip": "02120"}, can=["Mission Main", "02120"],
      cats=["neighborhood"], tags=["student_fields"])
allow("drugs", "Locker 88", "Coke 2g + scale in locker 88.",
      ["scale in locker 88"], "Coke", subs=["cocaine"],
      extra={"nationality": "Salvadoran", "visa": "none - overstayed"}, can=["Salvadoran", "overstayed"],
      cats=["national_origin", "immigration_status"], tags=["student_fields"])
allow("weapon", "Main entrance", "Knife 3in in sock at scanner; said it's for the bus.",
      ["in sock at scanner"], "Knife", weapon="knife",
      extra={"LEP": "yes", "primary_language": "Somali", "faith_accom": "prayer room Fri"},
      can=["Somali", "prayer room"], cats=["language", "religion"], tags=["student_fields"])
allow("serious_violence", "Bus loop", "Hit kid w/ bike lock at bus loop; jaw fx, MGH.",
      ["bike lock", "jaw fx"], "jaw fx",
      extra={"flags": ["SRO watch", "suspected 18th St"]}, can=["18th St"],
      cats=["gang_affiliation"], tags=["student_fields"])
allow("weapon", "Main entrance", "Knife in sock at scanner. [[Lives w/ aunt in Hyde Park]].",
      ["Knife in sock"], "Knife", weapon="knife", extra={"ethnicity": "Haitian"},
      can=["Hyde Park", "Haitian"], cats=["neighborhood", "ethnicity"], tags=["student_fields"])
# more text-only
allow("weapon", "2nd floor hallway", "Butterfly knife, flipping it in hall; [[Guatemalan]] boy, [[newcomer ELL]].",
      ["Butterfly knife"], "Butterfly knife", weapon="knife", can=["Guatemalan", "newcomer ELL"],
      cats=["ethnicity", "language"])
allow("drugs", "Cafeteria", "Coke in Altoids tin, 1.5g / [[Albanian]] / [[Eastie]].",
      ["Altoids tin", "1.5g"], "Coke", subs=["cocaine"], can=["Albanian", "Eastie"],
      cats=["ethnicity", "neighborhood"])
allow("weapon", "Student parking lot", "Gun in stu's car in school lot, .40 cal, loaded; [[Latin Kings tat]] on hand.",
      [".40 cal"], "Gun", weapon="firearm", can=["Latin Kings"], cats=["gang_affiliation"])
allow("serious_violence", "Courtyard", "Swung bat at kid, skull fx, MGH ICU. [[Greenwood St crew]] beef.",
      ["Swung bat", "MGH ICU"], "skull fx", can=["Greenwood"], cats=["gang_affiliation"])
allow("weapon", "Room 110", "Mace sprayed at sub in rm 110; [[fam Pentecostal]], [[res. Hyde Pk]].",
      ["rm 110"], "Mace", weapon="mace", can=["Pentecostal", "Hyde Pk"], cats=["religion", "neighborhood"])
allow("drugs", "Girls' bathroom", "Fent pills x15 (blue M30) in bra; [[Jamaican]] fam, [[green card]] holders.",
      ["blue M30"], "Fent pills", subs=["fentanyl"], can=["Jamaican", "green card"],
      cats=["ethnicity", "immigration_status"])
allow("weapon", "Room 214", "Steak knife in binder, took it out in math. [[Chinese]], [[Cantonese only at home]].",
      ["Steak knife in binder"], "Steak knife", weapon="knife", can=["Chinese", "Cantonese"],
      cats=["ethnicity", "language"])
allow("serious_violence", "Room 119", "Stabbed boy w/ pencil in eye - surgery at MEEI. [[Undocumented]]/[[Honduran]] per nurse.",
      ["pencil in eye"], "surgery at MEEI", can=["Undocumented", "Honduran"],
      cats=["immigration_status", "ethnicity"])
allow("weapon", "Locker 401", "Stun gun in locker 401, [[Wendover crew]] kid per SSS.",
      ["locker 401"], "Stun gun", weapon="stun gun", can=["Wendover"], cats=["gang_affiliation"])
allow("drugs", "Room 133", "Meth pipe + 1g crystal in backpack; [[Vietnamese-speaking]] grandma is guardian.",
      ["Meth pipe", "1g crystal"], "Meth", subs=["methamphetamine"], can=["Vietnamese"], cats=["language"])
allow("credible_threat", "Room 206", "Repeated threat to staff 2 days in a row. [[Lives in Franklin Field projects]].",
      ["2 days in a row"], "Repeated threat",
      threat="Said 'I'ma bring the strap and handle Mr. K' - twice, once in front of SSS.",
      can=["Franklin Field"], cats=["neighborhood"])
allow("weapon", "Room 141", "Box cutter, 1 slash to peer's arm (shallow). [[Refugee from Somalia]], [[arrived 2024]].",
      ["slash to peer's arm"], "Box cutter", weapon="box cutter", can=["Refugee", "Somalia"],
      cats=["immigration_status", "national_origin"])
allow("drugs", "Cafeteria", "LSD blotter x10 in phone case; [[home zip 02136]].",
      ["LSD blotter x10", "phone case"], "LSD", subs=["LSD"], can=["02136"], cats=["neighborhood"])
allow("weapon", "Room 220", "Knife (4in) in coat; [[DACA recipient]] per guidance; [[Salvadoran]].",
      ["Knife (4in) in coat"], "Knife", weapon="knife", can=["DACA recip", "Salvadoran"],
      cats=["immigration_status", "ethnicity"])
allow("serious_violence", "Gym", "Punched girl, knocked out 2 teeth + concussion. [[Hindu fam]], [[from Nepal]].",
      ["knocked out 2 teeth"], "concussion", can=["Hindu", "Nepal"], cats=["religion", "national_origin"])
allow("weapon", "Locker 19", "Revolver, unloaded, locker 19. [[Undoc]] [[Brazilian]] kid; [[mom Portuguese only]].",
      ["locker 19"], "Revolver", weapon="firearm", can=["Undoc", "Brazilian", "Portuguese"],
      cats=["immigration_status", "ethnicity", "language"])
allow("drugs", "Bus stop out front", "Crack rocks x4 in sock; [[Dominican]], [[Trinitarios per SRO]].",
      ["Crack rocks x4"], "Crack rocks", subs=["crack cocaine"], can=["Dominican", "Trinitarios"],
      cats=["ethnicity", "gang_affiliation"])
allow("weapon", "Team bus", "Machete in duffel on team bus. [[Honduran]]; [[MS-13 suspected per SRO]].",
      ["Machete in duffel"], "Machete", weapon="knife", can=["Honduran", "MS-13"],
      cats=["ethnicity", "gang_affiliation"])
allow("serious_violence", "Stairwell B", "Stomped 7th grader in stairwell, broken arm, 911 called. [[Arabic interpreter used w/ dad]].",
      ["broken arm"], "broken arm", can=["Arabic", "interpreter"], cats=["language"],
      school="Mildred Avenue K-8 School")
allow("credible_threat", "Off campus (group chat)",
      "Group chat screenshot sent by a parent. [[Lives Codman Sq]]; [[Haitian Creole at home]].",
      ["Group chat screenshot"], "Group chat", t="22:14",
      threat="'Bringing my brother's Glock Fri, y'all see' - group chat, sent 10:14pm.",
      can=["Codman Sq", "Haitian Creole"], cats=["neighborhood", "language"])

# ---------------------------------------------------------------------------------------------
# C. Denials
# ---------------------------------------------------------------------------------------------
# not a permitted ground
deny("ground_not_permitted", "fight", "Cafeteria",
     "Fight in caf, 2 kids, scratches only. [[Haitian]] vs [[Dominican]] thing per SSS.",
     can=["Haitian", "Dominican"], cats=["ethnicity"])
deny("ground_not_permitted", "theft", "Library", "Stole 2 Chromebooks off library cart; admitted, returned 1.")
deny("ground_not_permitted", "vandalism", "3rd floor bathroom", "Spray-painted 3rd fl bathroom mirror, [[Wendover tag]].",
     can=["Wendover"], cats=["gang_affiliation"])
deny("ground_not_permitted", "gang_activity", "Main hallway",
     "Throwing signs in hall; [[H-Block per SSS]]. No weapon, no fight.", can=["H-Block"],
     cats=["gang_affiliation"])
deny("ground_not_permitted", "truancy", "Attendance office",
     "Absent 22 days since Jan. [[Mom no English]]; [[lives Rozzie]].",
     can=["Rozzie", "Mom no English"], cats=["language", "neighborhood"],
     extra={"res_zip": "02131"}, xcan=["02131"], tags=["student_fields"])
deny("ground_not_permitted", "trespass", "2nd floor", "Former stu on 2nd fl w/o pass, left when asked. No threats.")
deny("ground_not_permitted", "immigration_status_check", "Front office",
     "BPD asked if stu is [[undocumented]]; pls confirm.", can=["undocumented"], cats=["immigration_status"])
deny("ground_not_permitted", "suspicious_behavior", "Side door",
     "Hanging at side door w/ older guys, [[MS13 colors]]? Nothing found.", can=["MS13"],
     cats=["gang_affiliation"])
deny("ground_not_permitted", "bullying", "Online (group chat)",
     "Repeated name-calling in group chat, 6th grader targeted, ongoing 3 wks.", school="Curley K-8 School")
# only excluded substances
deny("excluded_substance", "drugs", "Room 101", "Weed, ~2g, in backpack. Smell in hall 10:20.",
     subs=["marijuana"], t="10:20")
deny("excluded_substance", "drugs", "Room 225", "3 THC carts in pencil case; selling per peers.",
     subs=["THC cartridges"])
deny("excluded_substance", "drugs", "2nd floor bathroom", "Vape pen, unk contents, 2nd fl bathroom. Not tested.",
     subs=["vape"])
deny("excluded_substance", "drugs", "Cafeteria", "Gummies (THC edibles) shared w/ 3 kids; one to nurse, dizzy.",
     subs=["edibles"])
deny("excluded_substance", "drugs", "Locker 61", "4 cans beer in locker; drinking before the dance.",
     subs=["beer"])
deny("excluded_substance", "drugs", "Cafeteria", "Juul + 10 pods, selling in caf. [[Cape Verdean]] kid.",
     subs=["Juul pods"], can=["Cape Verdean"], cats=["ethnicity"])
deny("excluded_substance", "drugs", "School bus 22", "Zyn pouches, 3 tins, handing out on bus 22.",
     subs=["nicotine pouches"], extra={"bus_monitor_note": "2nd time"}, tags=["student_fields"])
deny("excluded_substance", "drugs", "Nurse's office", "Vodka in water bottle, drunk by 4th per, nurse. [[Lives Eastie]].",
     subs=["liquor"], can=["Eastie"], cats=["neighborhood"])
deny("excluded_substance", "drugs", "Main entrance", "Blunt + nip of Fireball in jacket. [[Lives Bromley-Heath]].",
     subs=["marijuana", "alcohol"], can=["Bromley-Heath"], cats=["neighborhood"])
# recipient not permitted (everything else fine)
deny("recipient_not_permitted", "weapon", "Main entrance", "Knife 4in in bag at scanner. [[Heath St assoc.]]",
     weapon="knife", rec="bric", can=["Heath St"], cats=["gang_affiliation"])
deny("recipient_not_permitted", "drugs", "Locker 240", "Fent pills x6 in locker. [[Undocumented per registrar]].",
     subs=["fentanyl"], rec="ice", can=["Undocumented"], cats=["immigration_status"])
deny("recipient_not_permitted", "weapon", "Room 118", "Loaded handgun in backpack 9:05; BPD on scene.",
     weapon="firearm", rec="dhs", t="09:05")
deny("recipient_not_permitted", "credible_threat", "Off campus (Instagram)",
     "Bomb threat on IG story, reported by 4 kids.", rec="commonwealth-fusion-center",
     threat="IG story: 'bomb in the gym tmrw 10am'. Posted from stu's account.")
deny("recipient_not_permitted", "serious_violence", "Cafeteria", "Stabbing in caf, victim 3 wounds, BMC trauma.",
     rec="fbi")
deny("recipient_not_permitted", "drugs", "Locker 77", "Coke 10g, bagged for sale, locker. [[Born in Colombia]].",
     subs=["cocaine"], rec="hsi", can=["Colombia"], cats=["national_origin"])
deny("recipient_not_permitted", "weapon", "Main entrance", "Box cutter at scanner; [[recently arrived from Haiti]].",
     weapon="box cutter", rec="cbp", can=["Haiti"], cats=["national_origin"])
deny("recipient_not_permitted", "weapon", "Main entrance", "Knife in waistband, taken at door 7:50.",
     weapon="knife", rec="allied-universal-security", t="07:50")
# credible_threat without a written threat statement
deny("missing_threat_statement", "credible_threat", "Hallway", "Said he'd shoot up the school Fri, per 2 kids.")
deny("missing_threat_statement", "credible_threat", "Locker 150",
     "Threatening note in locker 'you're next', handwriting unclear.", threat="")
deny("missing_threat_statement", "credible_threat", "Off campus (Snapchat)",
     "Snap post: 'last day for everyone' - [[lives Orchard Park]].", can=["Orchard Park"], cats=["neighborhood"])
deny("missing_threat_statement", "credible_threat", "Room 140",
     "Told teacher 'watch what happens tmrw'. [[Muslim]], [[Somali]] family.",
     can=["Muslim", "Somali"], cats=["religion", "ethnicity"])
deny("missing_threat_statement", "credible_threat", "Gym", "Threat vs AP overheard in gym; [[Trinitarios per SRO]].",
     can=["Trinitarios"], cats=["gang_affiliation"])
deny("missing_threat_statement", "credible_threat", "Front office",
     "Bomb threat call to front office 8:10. Secretary sure it was stu's voice.", t="08:10")
# face surveillance
deny("face_surveillance", "weapon", "3rd floor hallway", "Knife in hallway 3; stu ID'd by [[Clearview match from cam still]].",
     weapon="knife", att=[{"kind": "face_match", "name": "clearview_hit_0412.pdf"}],
     can=["Clearview"], cats=["face_surveillance"])
deny("face_surveillance", "weapon", "Locker room", "Razor blade, locker rm. ID'd by [[face rec on hall cam, 97% match]].",
     weapon="razor blade", can=["97% match"], cats=["face_surveillance"])
deny("face_surveillance", "weapon", "2nd floor hallway",
     "Pls run attached class photos thru face matching to ID 2nd kid w/ knife.",
     weapon="knife", att=[{"kind": "photo", "name": "class_photos_for_face_matching.zip"}],
     cats=["face_surveillance"])
deny("face_surveillance", "weapon", "Main entrance", "Box cutter at scanner 7:45.",
     weapon="box cutter", t="07:45", extra={"face_template_id": "FT-77x19a"}, can=["FT-77x19a"],
     cats=["face_surveillance"], tags=["student_fields"])
deny("face_surveillance", "drugs", "School bus", "[[Rekognition]] matched stu to bus cam still holding pills.",
     subs=["fentanyl"], can=["Rekognition"], cats=["face_surveillance"])
deny("face_surveillance", "serious_violence", "Bus stop", "Stabbing at bus stop; suspect ID by [[face recognition, score 0.91]].",
     att=[{"kind": "face_match", "name": "fr_result_0917.pdf"}], can=["score 0.91"], cats=["face_surveillance"])


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
def occurred(i, t=None):
    start = dt.date(2025, 9, 8)
    d = start + dt.timedelta(days=(i * 37) % 265)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    if t is None:
        m = 7 * 60 + 30 + (i * 17) % 450
        t = "%02d:%02d" % (m // 60, m % 60)
    dst = d < dt.date(2025, 11, 2) or d >= dt.date(2026, 3, 8)
    return "%sT%s:00%s" % (d.isoformat(), t, "-04:00" if dst else "-05:00"), d


def strip(text):
    return SPAN.sub(lambda m: m.group(1), text)


def withhold(text):
    return SPAN.sub(WITHHELD, text)


def build():
    out, names, sids = [], set(), set()
    hi = 0
    for i, c in enumerate(CASES):
        n = i + 1
        cid = "%s-%04d" % (PREFIX, n)
        can = list(c.get("can", [])) + list(c.get("xcan", []))
        # school: explicit, or the next high school that carries none of the canaries
        school = c.get("school")
        if school is None:
            while any(fold(x) in fold(HIGH[hi % len(HIGH)]) for x in can):
                hi += 1
            school = HIGH[hi % len(HIGH)]
            hi += 1
        middle = school in MIDDLE
        grade = c.get("grade") or ((6 + (n * 5) % 3) if middle else (9 + (n * 7) % 4))
        if middle and school == "Mission Hill K-8":
            grade = 7
        when, day = occurred(i, c.get("t"))
        by = 2011 - (grade - 9)  # a 9th grader in 2025-26 was born Sep 2010 - Aug 2011
        dob = c.get("dob") or "%d-%02d-%02d" % (by, 1 + (n * 5) % 8, 1 + (n * 11) % 28)
        k = i
        while True:
            name = "%s %s" % (FIRST[k % len(FIRST)], LAST[(k * 7 + k // len(FIRST)) % len(LAST)])
            if name not in names and not any(fold(x) in fold(name) for x in can):
                break
            k += 1
        names.add(name)
        sid = "%d" % (310000 + (n * 4733) % 89999)
        while sid in sids or any(fold(x) in sid for x in can):
            sid = str(int(sid) + 1)
        sids.add(sid)
        first = name.split()[0]

        student = {"student_id": sid, "name": name}
        if c.get("age"):
            born = dt.date.fromisoformat(dob)
            student["age"] = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        else:
            student["date_of_birth"] = dob
        student["grade"] = grade
        student["school"] = school
        for key, val in (c.get("extra") or {}).items():
            student[key] = val

        raw_desc = c["desc"].replace("{fn}", first)
        desc = strip(raw_desc)
        clean_desc = withhold(raw_desc)
        assert 20 <= len(desc) <= 250, (cid, len(desc))

        recipient = c.get("rec") or DISTRICTS[(n * 5) % len(DISTRICTS)]
        req = {"request_id": cid, "school_id": SCHOOL_ID[school], "recipient": recipient,
               "ground": c["ground"]}
        if c.get("subs") is not None:
            req["substances"] = c["subs"]
        if c.get("weapon"):
            req["weapon"] = c["weapon"]
        clean_threat = ""
        if "threat" in c:
            req["threat_statement"] = strip(c["threat"])
            clean_threat = withhold(c["threat"])
        req["incident"] = {"occurred_at": when, "location": c["loc"], "description": desc}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        elif n % 9 == 0 and c["decision"] == "allow":
            req["attachments"] = [{"kind": "document", "name": "incident_form_%s.pdf" % sid}]

        # --- self-checks of the labels -------------------------------------------------------
        whole = fold(json.dumps(req, ensure_ascii=False))
        released = fold(" ".join([clean_desc, clean_threat, c["loc"], when, req["school_id"], recipient,
                                  c["ground"], c.get("weapon") or "", " ".join(c.get("subs") or []),
                                  sid, name, dob, str(grade), school]))
        for x in can:
            assert fold(x) in whole, (cid, "canary not in request", x)
            assert fold(x) not in released, (cid, "canary survives a correct redaction", x)
            assert len(x.strip()) >= 3, (cid, x)
        spans = SPAN.findall(c["desc"]) + SPAN.findall(c.get("threat", ""))
        cats = list(c.get("cats", []))
        if spans:
            assert cats, (cid, "spans without categories")
        for f in c["mct"]:
            assert f in clean_desc, (cid, "fact not kept", f)
        if c["decision"] == "allow":
            assert c["key"] in clean_desc, (cid, "key fact not kept", c["key"])
            assert 1 <= len(c["mct"]) <= 3, cid
            must_contain = [name, school, c["key"]]
            sub = "allow_redact" if cats else "allow_clean"
        else:
            must_contain = []
            sub = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
                   "recipient_not_permitted": "deny_recipient",
                   "missing_threat_statement": "deny_threat_missing",
                   "face_surveillance": "deny_face"}[c["reason"]]
        expect = {"decision": c["decision"]}
        if c["decision"] == "deny":
            expect["reason"] = c["reason"]
        expect.update({"must_not_contain": can, "must_contain": must_contain,
                       "must_contain_text": list(c["mct"]) if c["decision"] == "allow" else [],
                       "categories": cats, "tags": [FAMILY, sub] + list(c.get("tags", []))})
        out.append({"id": cid, "request": req, "expect": expect})
    return out


def main():
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()
