#!/usr/bin/env python3
"""Write tests/data/corpus/outsider_u.jsonl: 150 hand-written gatekeeper cases (outsider round U).

Standard library only, deterministic (fixed seed, no network).

Each case's free text marks forbidden spans inline as {{text@cat}} or {{text@cat@canary1;canary2}}
(cat: im no et re nb la ga fs).  The generator strips the marks, derives must_not_contain and
categories from them, and checks its own labels: every canary is absent from what a correct police
copy would hold (allowlisted student fields, free text with the marked spans withheld, field names,
category and reason codes), and every must_contain_text survives that redaction.
"""
import datetime
import json
import pathlib
import random
import re
import sys
import unicodedata

SEED = 20260316
rng = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_u.jsonl"
PREFIX = "OU"
FAMILY = "outsider_u"

CODES = {"im": "immigration_status", "no": "national_origin", "et": "ethnicity", "re": "religion",
         "nb": "neighborhood", "la": "language", "ga": "gang_affiliation", "fs": "face_surveillance"}
RESPONSE_WORDS = " ".join(list(CODES.values()) + [
    "not_allowlisted", "ground_not_permitted", "excluded_substance", "recipient_not_permitted",
    "missing_threat_statement", "invalid_request", "other", "incident.description", "incident.location",
    "threat_statement", "[WITHHELD]", "allow", "deny", "redactions", "policy_version", "notice"])

SCHOOL_NAMES = [
    "Boston Latin Academy", "Boston Latin School", "Madison Park Technical Vocational High School",
    "East Boston High School", "Jeremiah E. Burke High School", "English High School",
    "Excel High School", "Brighton High School", "TechBoston Academy", "Mission Hill K-8 School",
    "John D. O'Bryant School of Mathematics & Science", "Charlestown High School",
    "Snowden International School", "Dearborn STEM Academy", "Boston Arts Academy",
    "Fenway High School", "Another Course to College", "New Mission High School",
    "Community Academy of Science and Health", "Henderson K-12 Inclusion School",
    "Lilla G. Frederick Middle School", "Donald McKay K-8 School", "Margarita Muñiz Academy",
    "Josiah Quincy Upper School", "Orchard Gardens K-8 School", "Boston Community Leadership Academy",
    "Boston Green Academy", "Mario Umana Academy", "Edison K-8 School", "William Monroe Trotter K-8 School",
    "Curley K-8 School", "Haley Pilot School", "Edward M. Kennedy Academy for Health Careers",
    "Boston International Newcomers Academy", "Rafael Hernández K-8 School", "Maurice J. Tobin K-8 School",
]
_ids = rng.sample(range(4012, 4989), len(SCHOOL_NAMES))
SCHOOL_ID = dict(zip(SCHOOL_NAMES, (f"BPS-{i}" for i in _ids)))
S = {
    "BLA": "Boston Latin Academy", "BLS": "Boston Latin School",
    "MP": "Madison Park Technical Vocational High School", "EBHS": "East Boston High School",
    "BURKE": "Jeremiah E. Burke High School", "EHS": "English High School", "EXCEL": "Excel High School",
    "BHS": "Brighton High School", "TBA": "TechBoston Academy", "MHK8": "Mission Hill K-8 School",
    "OBR": "John D. O'Bryant School of Mathematics & Science", "CHS": "Charlestown High School",
    "SNOW": "Snowden International School", "DEAR": "Dearborn STEM Academy", "BAA": "Boston Arts Academy",
    "FENWAY": "Fenway High School", "ACC": "Another Course to College", "NMHS": "New Mission High School",
    "CASH": "Community Academy of Science and Health", "HEND": "Henderson K-12 Inclusion School",
    "FRED": "Lilla G. Frederick Middle School", "MCK": "Donald McKay K-8 School",
    "MUNIZ": "Margarita Muñiz Academy", "JQUS": "Josiah Quincy Upper School",
    "OG": "Orchard Gardens K-8 School", "BCLA": "Boston Community Leadership Academy",
    "BGA": "Boston Green Academy", "UMANA": "Mario Umana Academy", "EDISON": "Edison K-8 School",
    "TROTTER": "William Monroe Trotter K-8 School", "CURLEY": "Curley K-8 School", "HALEY": "Haley Pilot School",
    "EMK": "Edward M. Kennedy Academy for Health Careers", "BINCA": "Boston International Newcomers Academy",
    "HERN": "Rafael Hernández K-8 School", "TOBIN": "Maurice J. Tobin K-8 School",
}

OUTCOME_TAG = {
    ("allow", "weapon"): "allow_weapon", ("allow", "serious_violence"): "allow_violence",
    ("allow", "credible_threat"): "allow_threat", ("allow", "drugs"): "allow_drugs",
    "ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
    "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face", "other": "deny_replica",
}

CASES = []


def A(ground, school, name, grade, desc, keep, fact, **kw):
    CASES.append(dict(dec="allow", ground=ground, school=S[school], name=name, grade=grade, desc=desc,
                      keep=keep, fact=fact, **kw))


def D(reason, ground, school, name, grade, desc, **kw):
    CASES.append(dict(dec="deny", reason=reason, ground=ground, school=S[school], name=name, grade=grade,
                      desc=desc, keep=[], fact=None, **kw))


# ----------------------------------------------------------------------------------------------
# The cases.  Written one by one; no two share a sentence.
# ----------------------------------------------------------------------------------------------
# ---------------------------------------------------------------- weapon, allowed
A("weapon", "EBHS", "Mateo Quintanilla", 10,
  "During 4th period the {{Honduran@no}} sophomore who {{rents a room with his uncle over the bodega on Bennington St@nb@Bennington St}} "
  "pulled a yellow box cutter on J.M. in stairwell B and swiped once; the blade caught J.M.'s backpack strap and cut it clean "
  "through. Para Mr. Ferreira got between them and took the cutter. No one was injured. Mateo told the AP that J.M. had been "
  "'talking slick' about his girlfriend in the group chat.",
  ["yellow box cutter", "backpack strap"], "box cutter", weapon="box cutter", rcpt="bpd/district-a7", at="11:05",
  loc="East Boston High School, stairwell B between 2nd and 3rd floors",
  xf=[("country_of_birth", "Honduras", "no", ["Honduras"])], tags=["woven", "paraprofessional", "structured"])

A("weapon", "MP", "Khalid Warsame", 11,
  "Coming back late to lunch from {{Friday prayer at the Islamic Society@re@Friday prayer;Islamic Society}}, Khalid opened a "
  "folding knife under the table and told A.T. to 'say it again.' Cafeteria worker Ms. Lindqvist saw the blade and flagged "
  "SSS Barros, who recovered it from Khalid's hoodie pocket: roughly a 3-inch blade with a wooden handle. A.T. was not cut and "
  "went back to class.",
  ["wooden handle", "hoodie pocket", "folding knife"], "folding knife", weapon="knife", rcpt="bpd/district-b2",
  at="2026-01-16T12:55", loc="Madison Park cafeteria, table by the Malcolm X Blvd windows",
  tags=["woven", "cafeteria"])

A("weapon", "FRED", "Dariel Monteiro", 7,
  "TRANSPORTATION INCIDENT, Rt 0873 PM. 2:48p, Columbia Rd at Uphams Corner. Monitor M. Dube saw stu lift his shirt and show "
  "a black handgun in his waistband to the rider in seat 6. Stu said 'relax its not even loaded.' Driver pulled over + called "
  "dispatch, BPD met the bus. Gun recovered from stu's backpack by BPD. {{Stu answers only in Kriolu, monitor translated best "
  "she could@la@Kriolu;translated best she could}}. Dispatch card lists {{home addr 19 Ceylon St@nb@Ceylon St}}.",
  ["Uphams Corner", "waistband", "seat 6"], "handgun", weapon="firearm", rcpt="bpd/district-c11", at="14:48",
  loc="BPS bus Rt 0873 (PM run), Columbia Rd at Uphams Corner",
  tags=["transportation", "terse", "abbreviations", "precision_trap"])

A("weapon", "BLA", "Theo Marchetti", 10,
  "In Latin III, room 312, Theo took out a red Swiss Army knife, opened the big blade and held it against the side of L.K.'s "
  "neck, saying 'nobody's laughing now.' Ms. Holland got him to put it on her desk. L.K. had a small scratch under the left ear; "
  "the nurse cleaned it with a wipe. Theo told AP Greer the knife came from his grandfather's tackle box and he 'forgot it was "
  "in there.'",
  ["Swiss Army knife", "under the left ear", "Latin III"], "Swiss Army knife", weapon="knife", rcpt="bpd/district-b2",
  loc="Boston Latin Academy, room 312 (Latin III)", tags=["precision_trap", "surname_place"])

A("weapon", "BURKE", "Nia Pettaway", 9,
  "Para report (Ms. Ocampo, Rm 118). Nia had a single-edge razor blade taped inside her phone case. She peeled it out and waved "
  "it at two girls by the pencil sharpener, one of them {{the Haitian girl@et@Haitian girl}} who transferred in January, and told "
  "her 'I'll open your face.' Nobody was cut. I took the phone and case and walked Nia to the office. Grandmother was reached "
  "{{through the Amharic line@la@Amharic}}.",
  ["single-edge razor blade", "phone case", "open your face"], "razor blade", weapon="razor blade",
  rcpt="bpd/district-b3", loc="Jeremiah E. Burke High School, room 118",
  tags=["paraprofessional", "multi_person", "woven"])

A("weapon", "CHS", "Devon Kearney", 12,
  "Coach Pereira found a set of brass knuckles in Devon's gym bag during the team bag check before the Catholic Memorial game. "
  "Devon said he started carrying them after {{kids from the Bunker Hill projects@nb@Bunker Hill projects}} jumped his cousin at "
  "the Sullivan Square busway, and {{'everybody knows I'm with the Medford St crew now'@ga@Medford St crew}}. The knuckles are "
  "gold-colored with a spike on each ring. Devon was benched and sent to the AP.",
  ["gym bag", "Catholic Memorial game", "spike on each ring"], "brass knuckles", weapon="brass knuckles",
  rcpt="bpd/district-a15", loc="Charlestown High School, boys' locker room",
  tags=["coach", "woven", "precision_trap", "multi_person"])

A("weapon", "TBA", "Aaliyah Greene", 10,
  "Cafeteria manager note. While the line was waiting on Spanish rice and Jamaican beef patties, Aaliyah emptied a pink keychain "
  "pepper spray into the face of a 10th grader (M.O.) over a seat at table 3. M.O. and two kids behind her started coughing and "
  "one lunch aide's eyes were burning. Nurse flushed M.O.'s eyes at the sink for 15 minutes. Canister handed to SSS Trinh.",
  ["Jamaican beef patties", "pink keychain pepper spray", "flushed"], "pepper spray", weapon="pepper spray",
  rcpt="bpd/district-c11", at="11:40", loc="TechBoston Academy cafeteria, serving line",
  tags=["cafeteria", "precision_trap", "food"])

A("weapon", "BHS", "Giovanni Acevedo", 9,
  "Giovanni brought a black stun gun shaped like a flashlight and zapped E.S. on the upper arm in the 3rd floor hallway outside "
  "room 305; E.S. has two red burn marks. When AP Cho said police would be told, Giovanni started crying and said '{{if ICE finds "
  "out about this my mom gets sent back@im@if ICE finds out;my mom gets sent back}},' then admitted he bought the stun gun "
  "online with a gift card.",
  ["shaped like a flashlight", "upper arm", "room 305"], "stun gun", weapon="stun gun", rcpt="bpd/district-d14",
  loc="Brighton High School, 3rd floor hallway", tags=["hypothetical", "reported_speech"])

A("weapon", "EXCEL", "Marcus Doherty", 11,
  "Custodian Mr. Papadakis found a taped cardboard tube with a green fuse and roofing nails packed around it in the trash barrel "
  "of the boys' locker room at 7:40 AM and cleared the room. A classmate told the AP that Marcus had shown it off the day before "
  "and that Marcus is {{'that Southie kid from the Old Colony buildings'@nb@Southie kid;Old Colony}}. Marcus admitted he made it "
  "from fireworks bought in New Hampshire. BPD bomb squad removed it.",
  ["roofing nails", "locker room", "bomb squad"], "roofing nails", weapon="explosive", rcpt="bpd/district-c6", at="07:40",
  loc="Excel High School, boys' locker room", tags=["custodian", "slang", "reported_speech"])

A("weapon", "EHS", "Ibrahim Conteh", 10,
  "Sub note, Rm 220, per 3. Kid in back row (Ibrahim) had a kitchen knife, maybe 6 in., inside his binder. He showed it to the "
  "boy next to him and said he'd 'use it after school on Trey.' I called the office and SSS came. Another student told me her "
  "friend said Ibrahim's dad keeps telling people they're {{'not from here, not from this country'@no@not from here;not from "
  "this country}}, I don't know if that matters.",
  ["kitchen knife", "inside his binder", "after school on Trey"], "kitchen knife", weapon="knife",
  rcpt="bpd/district-e13", loc="English High School Rm 220",
  tags=["substitute", "terse", "negation", "reported_speech"])

A("weapon", "OBR", "Jaylen Whitaker", 10,
  "At dismissal Jaylen and two other O'Bryant students met an older male who is not in school outside Ruggles. SSS Mahoney watched "
  "Jaylen pass him a silver revolver out of his backpack; the older male slid it into his Canada Goose jacket and walked toward "
  "Tremont St. BPD B-2 stopped the older male a block away and recovered the revolver, loaded with 5 rounds.",
  ["silver revolver", "Canada Goose", "5 rounds"], "silver revolver", weapon="firearm", rcpt="bpd/district-b2", at="14:35",
  loc="Outside Ruggles station, Tremont St side ({{the Orchard Park crew's corner@ga@Orchard Park crew}}, per SSS)",
  tags=["school_police", "location_forbidden", "precision_trap", "multi_person"])

A("weapon", "SNOW", "Amina Yusuf", 10,
  "Nurse log 11:20. Student came in lightheaded ({{she has been fasting for Ramadan@re@Ramadan}}) and while I was taking her "
  "pulse a paring knife slid out of her coat sleeve onto the cot. She said she carries it on the Orange Line 'because of the man "
  "who follows girls at Back Bay station.' Knife given to the headmaster. Vitals normal, no injury.",
  ["paring knife", "coat sleeve", "Back Bay station"], "paring knife", weapon="knife", rcpt="bpd/district-d4",
  at="2026-03-03T11:20", loc="Snowden International School, nurse's office", tags=["nurse", "woven", "terse"])

A("weapon", "NMHS", "Ayden Fontaine", 9,
  "Morning pickup, 6:55 AM. While kids were waiting for the bus, Ayden slashed another rider, D.W. (gr 9), across the back of the "
  "right hand with a box cutter after an argument about a group chat. D.W. needed 4 stitches at Carney Hospital; his mother drove "
  "him. The bus monitor saw Ayden drop the cutter down a storm drain.",
  ["back of the right hand", "4 stitches", "storm drain"], "box cutter", weapon="box cutter", rcpt="bpd/district-b3",
  at="06:55",
  loc="Yellow-bus stop, Blue Hill Ave and Morton St, across from {{the student's building at 1203 Blue Hill Ave@nb@1203 Blue Hill}}",
  tags=["transportation", "location_forbidden"])

A("weapon", "MUNIZ", "Yesenia Orellana", 10,
  "Yesenia brought a steak knife from home in her lunch bag and at the 2nd floor water fountain told her ex-friend K.R. she "
  "would 'cut her hair off and then some.' A teacher took the knife from the lunch bag. Mom came in that afternoon; {{she said "
  "the family has been here without status since 2019@im@without status}} and begged us not to call anyone. Yesenia's older "
  "brother, {{who just got his work permit through his asylum case@im@work permit;asylum case}}, came with her.",
  ["steak knife", "lunch bag", "2nd floor water fountain"], "steak knife", weapon="knife", rcpt="bpd/district-e13",
  loc="Margarita Muñiz Academy, 2nd floor",
  xf=[("citizenship", "Non-citizen, no documentation on file", "im", ["Non-citizen"])],
  tags=["multi_person", "structured"])

A("weapon", "FENWAY", "Rafael Santana", 11,
  "During a locker check Coach Abernathy asked for after a phone went missing, SSS found an unloaded 9mm pistol and a magazine "
  "with 7 rounds in a Nike shoebox in Rafael's gym locker. Rafael said he was holding it for {{a cousin who is 'deep in with the "
  "Cathedral boys'@ga@Cathedral boys}}. Rafael's mother, a {{Dominican@et}} woman who works nights in the hospital laundry, came "
  "in at 1 PM.",
  ["9mm pistol", "7 rounds", "Nike shoebox"], "9mm pistol", weapon="firearm", rcpt="bpd/district-b2",
  loc="Fenway High School, gym hallway lockers", tags=["coach", "multi_person", "slang"])

A("weapon", "BAA", "Zaria Pryce", 11,
  "Stun gun taken from Z.P. in Dance Studio B. She pressed it to A.L.'s ribs and clicked it twice during warmups. Small mark on "
  "left ribs, nurse checked. Device is purple, says 'Guard Dog' on the side.",
  ["Dance Studio B", "left ribs", "Guard Dog"], "Stun gun", weapon="stun gun", rcpt="bpd/district-d4",
  loc="BAA Dance Studio B", tags=["terse"])

A("weapon", "BHS", "Omar Haddad", 10,
  "At 3:10 PM outside the CVS on Brighton Ave, Omar and {{a heavyset Hispanic male in his 20s@et@Hispanic male}} cornered a "
  "Brighton High freshman; Omar held a butterfly knife near the freshman's stomach while the older man took his AirPods and $20. "
  "The freshman ran back to school and told SSS Walsh, naming Omar.",
  ["butterfly knife", "AirPods", "$20"], "butterfly knife", weapon="knife", rcpt="bpd/district-d14", at="15:10",
  loc="Brighton Ave at Harvard Ave, outside the CVS", tags=["multi_person", "woven", "suspect_description"])

A("weapon", "DEAR", "Kevon Ashby", 8,
  "During the {{ESL pull-out group@la@ESL pull-out}} in room 109, para Mr. Ngata saw brass knuckles on Kevon's desk. Kevon slipped "
  "them on, punched the table hard enough to crack the laminate, then said to T.B. 'next one's your head.' Mr. Ngata asked for "
  "them and Kevon handed them over. T.B. was not touched.",
  ["crack the laminate", "room 109", "next one's your head"], "brass knuckles", weapon="brass knuckles",
  rcpt="bpd/district-b2", loc="Dearborn STEM Academy, room 109", tags=["paraprofessional", "woven"])

A("weapon", "CASH", "Jean-Marc Desrosiers", 11,
  "Music teacher noticed the guitar case Jean-Marc carried into rehearsal was far too heavy for a guitar. Under a towel inside was "
  "a sawed-off .22 rifle with the bolt in and a box of ammunition. Jean-Marc said it belongs to {{a deacon at his family's "
  "Pentecostal church on Blue Hill Ave@re@deacon;Pentecostal}} and he was 'just moving it' for him. SSS locked the case in the "
  "office safe until BPD arrived.",
  ["sawed-off .22 rifle", "guitar case", "office safe"], ".22 rifle", weapon="firearm", rcpt="bpd/district-b2",
  loc="Community Academy of Science and Health, music room", tags=["woven"])

A("weapon", "ACC", "Destiny Pagan", 11,
  "INCIDENT FORM - SAFETY SVCS\nStudent: Destiny P.   Gr 11\nFlags: {{[x] ELL@la@[x] ELL}}   [ ] IEP   [x] 504   [ ] homeless\n"
  "Weapon: [x] blade   [ ] firearm   [ ] other ______\nNarrative: stu pulled an orange retractable box cutter out of her waistband "
  "during argument w/ peer in 1st fl girls rm, slashed peer's jacket sleeve, no skin contact. Stu handed cutter to SSS when "
  "asked.\n{{Interpreter for parent mtg: [x] Spanish  [ ] Portuguese  [ ] Haitian Creole@la@[x] Spanish}}",
  ["orange retractable box cutter", "jacket sleeve", "1st fl girls rm"], "box cutter", weapon="box cutter",
  rcpt="bpd/district-e18", loc="ACC, 1st fl girls rm", tags=["form", "checkbox", "abbreviations"])

A("weapon", "MCK", "Brayan Zelaya", 8,
  "Two 8th graders were arguing in the schoolyard at recess about a soccer bet. Brayan, {{who the kids call 'el nuevo' since he's "
  "only a few months off the plane from San Pedro Sula@no@el nuevo;San Pedro Sula;off the plane}}, pulled a small folding knife and "
  "jabbed it toward Luis's belly, missing by inches. Yard monitor Ms. Conte took the knife and brought both boys inside.",
  ["soccer bet", "schoolyard", "small folding knife"], "folding knife", weapon="knife", rcpt="bpd/district-a7",
  loc="Donald McKay K-8 School, schoolyard",
  xf=[("ell_status", "EL - newcomer, WIDA 1.8", "la", ["WIDA 1.8"])], tags=["slang", "euphemism", "structured"])

A("weapon", "JQUS", "Darius Coleman", 9,
  "Between 2:40 and 2:50 PM, outside the Walgreens on Temple Place, Darius held a kitchen knife low against a JQUS 9th grader's "
  "side and made him hand over a gold Cuban link chain and a pair of Jordan 4s he was carrying in a bag. The victim came back to "
  "school shaking. Transit police stopped Darius by the Chinatown station entrance and recovered the chain.",
  ["Cuban link chain", "Temple Place", "Chinatown station"], "Cuban link chain", weapon="knife", rcpt="bpd/district-a1",
  at="14:45", loc="Temple Place at Washington St, Downtown Crossing",
  tags=["precision_trap", "brand", "street_name"])

A("weapon", "BURKE", "Samuel Okoro", 10,
  "Lunch aide report. Samuel from table 4 had a serrated bread knife taken from the staff lounge. He stood over R.J. and said "
  "he'd 'carve him up for the video' while two kids filmed. I heard a teacher say afterward, '{{what do you expect, he was raised "
  "in Kingston until last year@no@raised in Kingston}}?' I don't think that's right but I'm writing it down. R.J. was not hurt.",
  ["serrated bread knife", "staff lounge", "carve him up"], "bread knife", weapon="knife", rcpt="bpd/district-b3",
  loc="Burke cafeteria, table 4", tags=["cafeteria", "rhetorical", "reported_speech"])

A("weapon", "HEND", "Abdirahman Farah", 11,
  "SSS Moran report. At about 4:15 PM, {{on his way from Quran class at the masjid@re@Quran class;masjid}}, Abdirahman stopped at "
  "the Four Corners bus shelter and showed two Henderson students a small black pistol tucked into the front of his jeans. One of "
  "them texted her father, who called 911. BPD C-11 recovered a .380 pistol from Abdirahman at the shelter.",
  [".380 pistol", "front of his jeans", "Four Corners bus shelter"], ".380 pistol", weapon="firearm",
  rcpt="bpd/district-c11", at="16:15",
  loc="Bus shelter at Four Corners, Washington St and Columbia Rd ({{a block from his family's apartment on Bernard St@nb@Bernard St}})",
  tags=["school_police", "location_forbidden", "woven"])

A("weapon", "OG", "Kayla Soto", 8,
  "In the Orchard Gardens gym during PE, Kayla pulled a pocket knife out of her sock and cut the strap of another girl's bag, then "
  "pointed it at her and said 'the next cut is your face.' Gym teacher Mr. England took the knife. {{Kayla's grandmother, who she "
  "lives with in the Lenox Street development@nb@Lenox Street development}}, came to get her.",
  ["pocket knife", "out of her sock", "Mr. England"], "pocket knife", weapon="knife", rcpt="bpd/district-b2",
  loc="Orchard Gardens K-8 School, gym", tags=["precision_trap", "surname_place", "school_name_trap"])

A("weapon", "UMANA", "Santiago Villeda", 8,
  "Before school, on the Orient Heights platform, Santiago flicked open a gravity knife and pressed the tip against an Umana 7th "
  "grader's chest to get his phone passcode. The 7th grader's older sister saw it from the stairs and ran to the station attendant. "
  "{{Santiago's counselor notes say he crossed the border alone at 13 and is in removal proceedings@im@crossed the border alone;removal proceedings}}.",
  ["gravity knife", "Orient Heights platform", "phone passcode"], "gravity knife", weapon="knife", rcpt="bpd/district-a7",
  at="07:35", loc="Orient Heights station, outbound platform",
  tags=["precision_trap", "multi_person", "neighborhood_as_incident_place"])

A("weapon", "EDISON", "Kamari Dasilva", 6,
  "Custodian Mr. Osei found a 10-inch hunting knife in a leather sheath behind the radiator in the 2nd floor boys' bathroom. The "
  "hallway camera shows Kamari going in with his hand in his pocket and coming out without it, and he admitted hiding it. He says "
  "{{an older boy from the Commonwealth development@nb@Commonwealth development}} {{who 'runs the block'@ga@runs the block}} "
  "gave it to him to hold.",
  ["hunting knife", "leather sheath", "behind the radiator"], "hunting knife", weapon="knife", rcpt="bpd/district-d14",
  loc="Edison K-8 School, 2nd floor boys' bathroom", tags=["custodian", "multi_person"])

A("weapon", "BLS", "Aidan Nguyen", 10,
  "On the outbound Green Line platform at Kenmore, Aidan swung a black expandable baton at a 10th grader he'd argued with in "
  "Chemistry and caught him on the left collarbone. The boy's collarbone was X-rayed at Beth Israel: bruised, not broken. Aidan "
  "told SSS he bought the baton at a surplus store on India St 'for protection.'",
  ["expandable baton", "left collarbone", "India St"], "expandable baton", weapon="club", rcpt="bpd/district-d4",
  at="14:20", loc="Kenmore station, outbound Green Line platform", tags=["precision_trap", "street_name"])

A("weapon", "CHS", "Liam Flaherty", 9,
  "On the 9th grade field trip to the Bunker Hill Monument, a chaperone saw Liam, in a green Fighting Irish hoodie, flick a "
  "switchblade open and shut while telling a freshman 'keep looking at me.' The chaperone took the switchblade on the monument "
  "lawn: 4-inch blade, button release. The freshman said Liam had been following him since the Navy Yard.",
  ["Bunker Hill Monument", "switchblade", "Fighting Irish hoodie"], "switchblade", weapon="knife",
  rcpt="bpd/district-a15", loc="Bunker Hill Monument lawn, Monument Square", tags=["precision_trap", "brand", "landmark"])

A("weapon", "BGA", "Marisol Quiñones", 12,
  "In the front office, Marisol's stepfather and her father got into a shouting match over who was picking her up. Marisol took "
  "a canister of mace from her purse and sprayed her stepfather in the face; the spray drifted and hit the office secretary too. "
  "Both were rinsed out by EMS at the curb. The stepfather told the secretary he's '{{Puerto Rican@et}}, {{so a citizen, unlike "
  "that one@im@so a citizen;unlike that one}},' pointing at the father. The father left before police arrived.",
  ["canister of mace", "front office", "office secretary"], "mace", weapon="mace", rcpt="bpd/district-d14",
  loc="Boston Green Academy, front office", tags=["multi_person", "reported_speech", "parents"])

A("weapon", "MHK8", "Jalen Brooks", 8,
  "Coach note 5:40pm after track practice: found a steak knife wrapped in a sock in J. Brooks's cleat bag. Said it's for "
  "'{{the Mission Main kids@nb@Mission Main}}' who took his bike. Confiscated, gave to AD.",
  ["steak knife", "wrapped in a sock", "took his bike"], "steak knife", weapon="knife", rcpt="bpd/district-b2", at="17:40",
  loc="Mission Hill K-8 School field", tags=["coach", "terse"])

A("weapon", "TBA", "Andre Holloway", 12,
  "Principal's summary. At 12:30 in the senior lounge Andre showed a loaded Glock 19 to two seniors and let one of them hold it. "
  "A witness, {{a Vietnamese-speaking 9th grader who needed Mr. Tran to interpret@la@Vietnamese-speaking;needed Mr. Tran to interpret}}, "
  "saw the gun through the lounge door and told a teacher. SSS found the Glock in Andre's backpack with 12 rounds in the magazine. "
  "The two seniors have been interviewed and gave written statements. Andre said he got the gun 'from a friend' three days ago "
  "and carried it on the 28 bus every day since because of a fight at Mattapan Square over the weekend. His mother came in at 2 "
  "and was told the school is reporting to BPD.",
  ["Glock 19", "senior lounge", "12 rounds"], "Glock 19", weapon="firearm", rcpt="bpd/district-c11", at="12:30",
  loc="TechBoston Academy, senior lounge", tags=["long", "multi_person", "woven"])

A("weapon", "TROTTER", "Tyrell Sims", 7,
  "Tyrell had a kitchen knife in his coat at dismissal and waved it at a 6th grader who laughed at his shoes. A teacher took it "
  "at the door. Tyrell's older brother {{got put on the gang list last year@ga@gang list}}, which the AP says is why Tyrell 'acts "
  "tough.'",
  ["kitchen knife", "laughed at his shoes", "dismissal"], "kitchen knife", weapon="knife", rcpt="bpd/district-b3",
  loc="Trotter K-8, front doors",
  xf=[("gang_flag", "Associate - 'Greenwood St' (2024 entry)", "ga", ["Greenwood St"])],
  tags=["structured", "multi_person", "terse"])

A("weapon", "BLS", "Priya Raman", 11,
  "Priya zapped a boy with a pink stun gun in the 2nd floor library stacks after he grabbed her backpack. He has a small burn on "
  "his neck and went to the nurse. Priya said her older cousin gave it to her 'for the Orange Line.' {{Her English is still a work "
  "in progress, so Ms. Ilunga sat in on the interview@la@English is still a work in progress;sat in on the interview}}.",
  ["pink stun gun", "library stacks", "burn on his neck"], "stun gun", weapon="stun gun", rcpt="bpd/district-d4",
  loc="Boston Latin School library, 2nd floor", tags=["understatement"])

A("weapon", "EXCEL", "Nasir Ali", 9,
  "Nasir pulled a folding knife with a black pocket clip on a classmate during a dice game in the 2nd floor boys' room and made "
  "him hand back $15. The classmate told SSS right after. The counselor later wrote that Nasir's aunt told her that Nasir's "
  "father had told the aunt, in confidence, that {{the boy 'has no papers and can't get caught with anything'@im@has no papers}}.",
  ["black pocket clip", "dice game", "$15"], "folding knife", weapon="knife", rcpt="bpd/district-c6",
  loc="Excel High School, 2nd floor boys' room", tags=["reported_speech", "multi_level"])

A("weapon", "BCLA", "Jordan Pierre", 10,
  "BUS DRIVER REPORT / Rt 1142 / AM\n[x] weapon seen  [ ] fight  [ ] vandalism  [ ] other\nApprox 7:20 on River St by Mattapan "
  "Square a rider yelled 'he got a gun'. I stopped the bus. Student J. Pierre (gr 10) had a small silver handgun in his lap, said "
  "it was his brother's and put it in his bag. I radioed base; BPD met the bus at Cummins Hwy. Weapon recovered from bag.",
  ["small silver handgun", "Mattapan Square", "his brother's"], "handgun", weapon="firearm", rcpt="bpd/district-b3",
  at="07:20", loc="BPS bus Rt 1142, River St by Mattapan Square",
  xf=[("race_ethnicity", "Black / Haitian", "et", ["Black / Haitian"]),
      ("home_language", "Haitian Creole", "la", ["Haitian Creole"])],
  tags=["form", "checkbox", "transportation", "structured", "first_name_place"])

# ---------------------------------------------------------------- serious violence, allowed
A("serious_violence", "EHS", "Keon Battle", 11,
  "At 1:40 PM in the courtyard, Keon stabbed a 10th grader once in the left thigh with a screwdriver after the boy bumped him in "
  "the lunch line. The boy lost a lot of blood; SSS put on a tourniquet from the Stop the Bleed kit and EMS took him to BMC, "
  "where he had surgery. {{Keon's mother speaks only Krio, so the AP called her through the phone interpreter line.@la@Krio;phone "
  "interpreter line}} {{The victim's uncle, who says he's 'on the list with the Franklin Field boys,'@ga@Franklin Field boys}} "
  "showed up at the front door at 2:30 and was turned away.",
  ["left thigh", "screwdriver", "tourniquet"], "screwdriver", weapon="screwdriver", rcpt="bpd/district-e13", at="13:40",
  loc="English High School courtyard", tags=["multi_person", "parents", "woven"])

A("serious_violence", "BLA", "Trevor Lindgren", 10,
  "A 9th grade girl (V.) reported at 10:05 that during 2nd period passing time Trevor pinned her against the wall in the "
  "stairwell behind the auditorium and forced his hand down the front of her pants while she told him to stop. A 10th grader "
  "coming up the stairs saw Trevor holding her wrists. V. was seen by the nurse and the school social worker. Her parents, {{who "
  "are Orthodox Jewish@re@Orthodox Jewish}}, asked that she be interviewed by a woman officer.",
  ["stairwell behind the auditorium", "holding her wrists", "told him to stop"], "stairwell behind the auditorium",
  rcpt="bpd/district-b2", at="10:05", loc="Boston Latin Academy, stairwell behind the auditorium",
  tags=["sexual_assault", "multi_person", "parents"])

A("serious_violence", "MP", "Dwayne Ruffin", 12,
  "In the auto shop hallway Dwayne swung a padlock inside a tube sock at a junior, hitting him in the face twice. The junior's "
  "jaw is broken in two places and was wired at Boston Medical Center. Witnesses said it started because Dwayne thought the "
  "junior and {{'his Cabo kids'@et@Cabo kids}} had tagged his locker. The shop teacher kept Dwayne in the tool room until SSS "
  "arrived.",
  ["padlock inside a tube sock", "broken in two places", "auto shop hallway"], "padlock", weapon="padlock in a sock",
  rcpt="bpd/district-b2", loc="Madison Park, auto shop hallway", tags=["slang", "multi_person"])

A("serious_violence", "EBHS", "Kevin Ramos", 10,
  "Nurse note 9:12. 10th gr male (victim) brought in after being shoved down the B stairwell by K. Ramos. Obvious deformity L "
  "forearm, pain 9/10, splinted, EMS to MGH. X-ray later: both bones broken. Victim's mom on phone, {{needed interpreter "
  "(Tigrinya)@la@Tigrinya}}. Ramos escorted to office by SSS.",
  ["L forearm", "both bones broken", "B stairwell"], "both bones broken", rcpt="bpd/district-a7", at="09:12",
  loc="EBHS, B stairwell", tags=["nurse", "terse", "abbreviations"])

A("serious_violence", "BCLA", "Isaiah Mendes", 11,
  "At the Cleary Square bus stop after school, Isaiah and two other students knocked a 9th grader to the ground and Isaiah "
  "stomped on his head several times. The 9th grader was unresponsive for about a minute; a CT at Children's showed a small brain "
  "bleed and he is in the ICU. A crossing guard recorded part of it on her phone. According to the crossing guard, Isaiah "
  "{{'reps the Ave, everybody knows it'@ga@reps the Ave}}, and {{he lives two doors down from her on Maple St@nb@Maple St}}.",
  ["stomped on his head", "brain bleed", "crossing guard"], "brain bleed", rcpt="bpd/district-e18", at="14:25",
  loc="Cleary Square bus stop, Hyde Park Ave", tags=["multi_person", "slang", "reported_speech"])

A("serious_violence", "CHS", "Brendan Sullivan", 11,
  "In the student lot after the game, Brendan swung an aluminum bat at a senior's head; the senior got his arm up but the bat "
  "still hit his eye socket. Orbital fracture confirmed at Mass General. Brendan's father arrived before police and told the AD, "
  "'{{we're real Irish, not the plastic kind@et@real Irish}}, we settle our own business.' SSS bagged the bat.",
  ["aluminum bat", "Orbital fracture", "student lot"], "aluminum bat", weapon="aluminum bat", rcpt="bpd/district-a15",
  at="17:05", loc="Charlestown High School student parking lot", tags=["parents", "reported_speech"])

A("serious_violence", "TBA", "Marquise Lattimore", 10,
  "Marquise filled a paper cup with boiling water from the staff kettle in the teachers' workroom and threw it at a 10th grade "
  "girl in the hallway outside room 214. The water hit the left side of her face and soaked through {{her hijab@re@hijab}}; she "
  "has second-degree burns on her cheek and neck and was taken to Shriners. Marquise said she 'reported him for nothing.'",
  ["boiling water", "second-degree burns", "room 214"], "second-degree burns", rcpt="bpd/district-c11",
  loc="TechBoston Academy, hallway outside room 214", tags=["woven"])

A("serious_violence", "OBR", "Tiana Brooks", 9,
  "In the 3rd floor girls' bathroom Tiana cut another 9th grader across the cheek with a razor blade pried from a pencil "
  "sharpener; the cut needed 11 stitches at Children's. Two witnesses {{from the SEI newcomer class told us what happened through "
  "Ms. Duarte@la@SEI newcomer;through Ms. Duarte}}. Tiana's friend, {{a Dominican girl@et@Dominican girl}} from 10th grade, held "
  "the door shut.",
  ["11 stitches", "pencil sharpener", "held the door shut"], "11 stitches", weapon="razor blade", rcpt="bpd/district-b2",
  loc="O'Bryant, 3rd floor girls' bathroom", tags=["multi_person", "woven"])

A("serious_violence", "BHS", "Kyle Ferreira", 12,
  "Kyle punched custodian Mr. Alves in the side of the head from behind when he told Kyle to get off the gym balcony. Mr. Alves, "
  "who is {{Brazilian@no}} and {{doesn't speak much English@la}}, fell and struck his head on the radiator; he was unconscious "
  "about 30 seconds and was taken to St. Elizabeth's with a skull fracture. Kyle left the building through the Warren St door.",
  ["skull fracture", "radiator", "Warren St door"], "skull fracture", rcpt="bpd/district-d14",
  loc="Brighton High School gym balcony", tags=["custodian", "multi_person", "woven"])

A("serious_violence", "NMHS", "Deshawn Carter", 10,
  "At dismissal Deshawn picked up a half brick from the tree pit and hit a 9th grader in the back of the head with it. The 9th "
  "grader fell onto the sidewalk; he has a scalp laceration that needed staples and a concussion, and was kept overnight at "
  "Carney. Two teachers on bus duty saw it.",
  ["half brick", "scalp laceration", "bus duty"], "half brick", rcpt="bpd/district-e18", at="14:32",
  loc="Sidewalk in front of the school on River St, by the {{Haitian@et}} {{Baptist church his mother attends@re@Baptist}}",
  tags=["location_forbidden"])

A("serious_violence", "SNOW", "Maya Castellanos", 10,
  "In the 2nd floor hallway Maya grabbed a 10th grader by the hair and slammed her face into the lockers three times. The girl's "
  "nose is broken and two front teeth were knocked out; her mother took her to Tufts dental. The argument was over a boy {{who "
  "lives in Villa Victoria@nb@Villa Victoria}}. The victim's mother would not come in {{because she is undocumented and scared of "
  "the police@im@undocumented}}, so the victim's older sister signed for her.",
  ["nose is broken", "two front teeth", "into the lockers"], "two front teeth", rcpt="bpd/district-d4",
  loc="Snowden International School, 2nd floor hallway",
  xf=[("home_address", "47 W Newton St, Boston MA 02118", "nb", ["W Newton St", "02118"])],
  tags=["multi_person", "structured"])

A("serious_violence", "EXCEL", "Connor Walsh", 11,
  "During the World History presentations on the Ottoman Empire, Connor was told to put his phone away, stood up and threw a "
  "metal-legged chair at Ms. Ferrante. A leg struck her forehead; the gash needed 9 stitches at Tufts. Two students helped her to "
  "the nurse. Connor walked out the side door toward the beach.",
  ["metal-legged chair", "9 stitches", "Ottoman Empire"], "metal-legged chair", rcpt="bpd/district-c6",
  loc="Excel High School, room 207", tags=["precision_trap", "history_unit"])

A("serious_violence", "CASH", "Jamal Whitfield", 12,
  "Around 2:55 PM at Jackson Square station, Jamal stabbed an 11th grader from another school in the lower back with a folding "
  "knife during a fight that started on the 22 bus. The victim has a punctured kidney and is at BMC in stable condition. MBTA "
  "Transit Police have the platform video; two CASH students who were with Jamal are witnesses and gave statements to SSS the "
  "next morning. Jamal did not come to school the next day. {{Per the school social worker, Jamal and the victim are on opposite "
  "sides of the Heath St / Academy Homes beef@ga@Heath St / Academy Homes beef}}, and the fight on the bus began when the victim "
  "grabbed Jamal's phone. The knife was not recovered.",
  ["lower back", "punctured kidney", "22 bus"], "punctured kidney", weapon="knife", rcpt="bpd/district-e13", at="14:55",
  loc="Jackson Square station, Centre St busway",
  xf=[("sis_flags", {"safety_plan": "yes", "gang_involvement": "suspected", "group": "Academy crew"}, "ga",
       ["Academy crew"])],
  tags=["long", "structured", "multi_person"])

A("serious_violence", "MHK8", "Elijah Banks", 8,
  "In the cafeteria Elijah came up behind a 7th grader, put him in a chokehold and held it until the boy went limp and slid to "
  "the floor. Lunch monitor Ms. Kaplan pulled Elijah off; the boy came to after a few seconds but had petechiae around his eyes "
  "and EMS took him to Children's. According to the monitor, Elijah had been calling the boy a slur for {{Vietnamese@et}} people "
  "all week.",
  ["chokehold", "went limp", "petechiae"], "chokehold", rcpt="bpd/district-b2", at="11:50",
  loc="Mission Hill K-8 School cafeteria", tags=["cafeteria", "woven"])

A("serious_violence", "FENWAY", "Anthony Reyes", 10,
  "Anthony dragged his girlfriend (gr 10) into the stairwell by the Alleghany St exit and punched and kicked her repeatedly in "
  "the stomach. A teacher heard screaming and ran in. She was taken to Brigham and Women's, where a ruptured spleen was found and "
  "removed. {{Her mother speaks only K'iche' and was reached through the hospital's interpreter.@la@K'iche';hospital's interpreter}}",
  ["ruptured spleen", "Alleghany St exit", "in the stomach"], "ruptured spleen", rcpt="bpd/district-b2",
  loc="Fenway High School, stairwell by the Alleghany St exit", tags=["parents", "dating_violence"])

A("serious_violence", "DEAR", "Jahmir Cole", 8,
  "During outdoor recess Jahmir shoved a classmate off the edge of the loading dock behind the school, about a 5-foot drop. The "
  "boy landed on his right side and broke his right wrist and ankle; EMS took him to Boston Children's. Jahmir then ran toward "
  "Nubian Square and came back 20 minutes later with his aunt.",
  ["loading dock", "right wrist and ankle", "Nubian Square"], "loading dock", rcpt="bpd/district-b2",
  loc="Dearborn STEM Academy, loading dock behind the building", tags=["precision_trap", "landmark"])

A("serious_violence", "BURKE", "Tyquan Mayo", 11,
  "Tyquan and two others jumped a 9th grader in the back stairwell, shouting '{{go back to Haiti@no@back to Haiti}}' while Tyquan "
  "kicked him in the ribs. The 9th grader has three cracked ribs (confirmed at BMC) and a cut over his eye. A teacher who came "
  "through the stairwell door saw all three boys.",
  ["cracked ribs", "back stairwell", "cut over his eye"], "cracked ribs", rcpt="bpd/district-c11",
  loc="Jeremiah E. Burke High School, back stairwell", tags=["multi_person", "bias", "woven"])

A("serious_violence", "ACC", "Xavier Lugo", 11,
  "Xavier hit a classmate across the face with his skateboard on the sidewalk outside on Metropolitan Ave. The classmate lost "
  "consciousness briefly and has a fractured cheekbone and a cut that needed stitches at Carney. {{Xavier's father was deported "
  "in the spring@im@deported}} and the counselor says Xavier has been 'a different kid' since.",
  ["skateboard", "fractured cheekbone", "Metropolitan Ave"], "skateboard", rcpt="bpd/district-e18",
  loc="Sidewalk outside Another Course to College, Metropolitan Ave", tags=["woven"])

A("serious_violence", "UMANA", "Jonathan Reyes", 8,
  "After school at Piers Park, Jonathan hit an Umana 8th grader in the temple with a rock the size of a fist. The boy had a "
  "seizure on the grass; EMS took him to MGH where he has a depressed skull fracture. {{Jonathan and the victim both live in the "
  "Orient Heights projects@nb@Orient Heights projects}} and have been fighting since the summer.",
  ["Piers Park", "depressed skull fracture", "had a seizure"], "depressed skull fracture", rcpt="bpd/district-a7",
  at="15:05", loc="Piers Park, East Boston, near the playground", tags=["multi_person", "precision_trap"])

A("serious_violence", "JQUS", "Kevin Zhou", 10,
  "During the Lunar New Year lion dance rehearsal in the gym, Kevin stabbed a teammate in the hand with the point of a geometry "
  "compass, going all the way through the palm. The teammate needed surgery at Tufts Medical Center for a damaged tendon. "
  "{{Kevin's parents speak only Cantonese, so Mr. Leung made the call home@la@Cantonese}}.",
  ["Lunar New Year lion dance", "geometry compass", "damaged tendon"], "geometry compass", rcpt="bpd/district-a1",
  loc="Josiah Quincy Upper School gym", tags=["precision_trap", "holiday", "woven"])

A("serious_violence", "EHS", "Sean McNamara", 12,
  "On the class walk to Jamaica Pond for Environmental Science, Sean got into an argument with a junior at the boathouse and "
  "shoved him backwards onto the rocks at the water's edge. The junior hit his head and was bleeding from the ear; Boston EMS "
  "took him to Faulkner Hospital, where they found a skull fracture. Sean left along the Jamaicaway and was found by SSS back at "
  "school at 12:30.",
  ["Jamaica Pond", "boathouse", "bleeding from the ear"], "skull fracture", rcpt="bpd/district-e13", at="11:10",
  loc="Jamaica Pond boathouse", tags=["precision_trap", "landmark", "country_word"])

A("serious_violence", "HALEY", "Owen Kessler", 8,
  "During floor hockey in gym, Owen swung his stick two-handed into another 8th grader's mouth after being checked. The boy lost "
  "three teeth and has a fractured upper jaw; taken to Children's. Owen's dad arrived with {{the priest from St. Nectarios, their "
  "Greek Orthodox parish,@re@St. Nectarios;Greek Orthodox}} and asked that the school 'keep it in-house.'",
  ["floor hockey", "fractured upper jaw", "three teeth"], "fractured upper jaw", weapon="hockey stick",
  rcpt="bpd/district-e5", loc="Haley Pilot School gym", tags=["parents", "coach"])

A("serious_violence", "EMK", "Dante Pires", 11,
  "SSS note 15:20. D. Pires kicked a Kennedy Academy 10th grader in the face while he was on the ground at the Longwood E-branch "
  "stop. Victim LOC approx 2 min, transported to Beth Israel, concussion + broken nose. 3 witnesses (Kennedy students), statements "
  "attached.",
  ["LOC approx 2 min", "E-branch stop", "broken nose"], "broken nose", rcpt="bpd/district-b2", at="15:20",
  loc="Longwood Medical Area stop (Green Line E branch), {{steps from the victim's home at Mission Park@nb@Mission Park}}",
  attach=[("document", "witness_statements_3.pdf")], tags=["school_police", "terse", "location_forbidden"])

# ---------------------------------------------------------------- credible threat, allowed
A("credible_threat", "FRED", "Malik Grant", 7,
  "Reported at 1:05 PM to Ms. Abernathy by two students. AP and SSS met with Malik, who said he was 'joking.' His phone lock "
  "screen shows a black pistol on a bed. Malik's uncle is listed as an emergency contact. Parents called; the uncle was not "
  "reachable.",
  ["lock screen", "black pistol on a bed", "emergency contact"], "black pistol", rcpt="bpd/district-c11", at="13:05",
  threat="Per two 7th graders interviewed separately: in the gym line Malik said 'Monday I'm bringing my uncle's Glock and I'm "
         "starting with {{the Somali kids@et@Somali}} at the back table, then whoever.' One of them has seen a photo of a pistol "
         "on Malik's phone.",
  loc="Lilla G. Frederick Middle School, gym line", tags=["threat_forbidden", "bias"])

A("credible_threat", "EBHS", "Luis Carrasco", 11,
  "Advisory teacher reported it at 9:30. Luis was calm when the AP met him and confirmed he said it. He said there are 'two red "
  "gas cans' in the shed behind his building and would not say more. Mother notified by phone.",
  ["two red gas cans", "shed behind his building", "9:30"], "gas cans", rcpt="bpd/district-a7", at="09:30",
  threat="Said out loud in Ms. Baptiste's advisory, in front of 14 students: '{{If they call ICE on my dad because of this "
         "school@im@call ICE on my dad}}, I'll burn it down with everybody in it. I already got the gas cans in the shed, I'm "
         "not playing.'",
  loc="East Boston High School, advisory room 114", tags=["threat_forbidden", "hypothetical"])

A("credible_threat", "EHS", "Noah Brennan", 10,
  "The classmate's mother brought the screenshot to the main office at 7:50 AM. Noah admitted sending it and said 'the thing' is "
  "a gun his grandmother keeps. He named the student he meant, a 10th grader he fought with last week. SSS posted at the Forest "
  "Hills busway at dismissal.",
  ["screenshot", "Forest Hills busway", "his grandmother keeps"], "gun his grandmother keeps", rcpt="bpd/district-e13",
  at="07:50",
  threat="Snapchat to a classmate, screenshot attached: 'bet. tmrw at dismissal by the Forest Hills busway, bringing the thing "
         "from {{my grandma's crib on Walk Hill@nb@Walk Hill}}, he done.'",
  loc="English High School main office; threat names the Forest Hills busway",
  attach=[("photo", "snapchat_screenshot.png")], tags=["threat_forbidden", "slang"])

A("credible_threat", "BLA", "Ava Monahan", 9,
  "Ms. French saw the comment in the shared doc at 8:40 PM and emailed the headmaster. Ava's account made the comment at 8:31 "
  "PM. Her father confirmed to SSS that he owns a registered AR-15 and that it is now at a relative's house.",
  ["Ms. French", "AR-15", "8:31"], "AR-15", rcpt="bpd/district-b2", at="20:40",
  threat="Typed into the class's shared Google Doc for the discussion of 'The House on Mango Street': 'on friday bring "
         "everyone to the cafeteria so i can get all of you at once. my dads AR is in the closet.'",
  loc="Online (class shared document), Boston Latin Academy English 9", tags=["precision_trap", "book", "surname_place"])

A("credible_threat", "OBR", "Tyrese Gaines", 11,
  "Ms. Kowalski, a parent volunteer, emailed the principal on Sunday night. On Monday SSS interviewed Tyrese's sister, who "
  "confirmed he said it and that he keeps a handgun under his mattress. Tyrese denied everything. The formal is in 10 days.",
  ["under his mattress", "parent volunteer", "10 days"], "handgun", rcpt="bpd/district-b2", at="2026-02-02T08:40",
  threat="Ms. Kowalski heard from her daughter (gr 11), who heard it from Tyrese's sister, that Tyrese said he will 'pop off at "
         "the Winter Formal at the Reggie Lewis Center' with 'the .40 under my mattress.' The sister also said {{the family came "
         "on a tourist visa and never left@im@tourist visa}}.",
  loc="John D. O'Bryant School; threat concerns the Winter Formal at the Reggie Lewis Center",
  tags=["reported_speech", "multi_level", "threat_forbidden"])

A("credible_threat", "BAA", "Felipe Rocha", 10,
  "The classmate told her guidance counselor at 11 AM, upset and crying. According to the classmate, Felipe's father owns a "
  "handgun that she has seen in their kitchen drawer. The spring show is March 28 in the Black Box theater.",
  ["Black Box theater", "kitchen drawer", "spring show"], "handgun", rcpt="bpd/district-d4", at="2026-03-09T11:00",
  threat="Told a classmate {{in Portuguese (Mr. Almeida translated it for us)@la@Portuguese;Mr. Almeida translated}}: 'I'm "
         "going to bring my father's gun and shoot the theater teacher during the spring show.'",
  loc="Boston Arts Academy, 3rd floor studio", tags=["threat_forbidden", "precision_trap", "race_word_trap"])

A("credible_threat", "BLS", "Harrison Cho", 12,
  "Three students forwarded the story to teachers before 7 AM. Harrison's family was reached at 7:20 and his father found a "
  "handgun missing from the locked box in his car. SSS kept Harrison out of the building; BPD D-4 notified.",
  ["forwarded the story", "locked box in his car", "before 7 AM"], "handgun missing", rcpt="bpd/district-d4", at="06:55",
  threat="Posted on his Instagram story: a photo of the front steps of the school on Avenue Louis Pasteur with the caption 'tmrw "
         "no more talking', a gun emoji, and {{the Mozart Park boys' hand sign@ga@Mozart Park boys}}.",
  loc="Online; photo of Boston Latin School front steps, Avenue Louis Pasteur", tags=["threat_forbidden", "social_media"])

A("credible_threat", "MCK", "Ashley Rivas", 8,
  "The girl told Ms. Ruiz at 1:30. Ashley told the AP 'she deserves it' and described the knife as a long kitchen knife with a "
  "black handle. Janelle has been told and her parents called. {{Ashley's counselor notes she is SLIFE and reads at about a 2nd "
  "grade level in English@la@SLIFE;2nd grade level in English}}.",
  ["long kitchen knife", "black handle", "she deserves it"], "long kitchen knife", rcpt="bpd/district-a7", at="13:30",
  threat="Ashley told the girl who sits next to her in science: 'I'm bringing the big knife from my house to the 8th grade social "
         "and I'm going to stab Janelle in the neck, I swear on my mother.'",
  loc="Donald McKay K-8 School, science room",
  xf=[("home_language_survey", {"first_language": "Spanish", "language_at_home": "Spanish"}, "la", ["Spanish"])],
  tags=["structured", "woven"])

A("credible_threat", "TBA", "Quentin Ames", 11,
  "Screenshots came from a parent at 6:45 AM. SSS met Quentin at the door; no weapon on him or in his bag. He said the revolver "
  "is his older brother's, {{who police already have down as a Wayland St associate@ga@Wayland St associate}}. Quentin was sent "
  "home with his mother.",
  ["Screenshots", "6:45 AM", "no weapon on him"], "revolver", rcpt="bpd/district-c11", at="06:45",
  threat="In the junior class group chat Quentin wrote: 'i got the strap from my cousin, first period monday whoever laughed at me "
         "is getting it.' Then he posted a photo of a revolver on a bed.",
  loc="Online group chat; threat concerns TechBoston Academy, first period", attach=[("photo", "groupchat_1.png")],
  tags=["multi_person", "social_media"])

A("credible_threat", "NMHS", "Kiara Boyd", 9,
  "Reported to the AP at 3:30 PM the same day. Kiara had a fight with the other girl at lunch. The other girl's mother has been "
  "told and she and her daughter are staying with relatives tonight.",
  ["fight with the other girl at lunch", "staying with relatives", "3:30 PM"], "staying with relatives",
  rcpt="bpd/district-b3", at="15:10",
  threat="Kiara told the monitor on the school trolley run: 'I'm gonna shoot up {{her crib on Regis Rd@nb@Regis Rd}} tonight, my "
         "man got the gun in the car.'",
  loc="Mattapan station, trolley platform", tags=["threat_forbidden", "transportation", "victim_address"])

A("credible_threat", "BURKE", "Jerome Wiggins", 10,
  "Custodian Ms. Ortiz found the writing at 6:30 AM and photographed it. The hallway camera shows Jerome as the only student "
  "entering that bathroom between 2:05 and 2:12 PM the day before. He admitted writing it. Extra SSS assigned for Friday.",
  ["photographed it", "2:05 and 2:12 PM", "6:30 AM"], "photographed it", rcpt="bpd/district-b3", at="2026-03-10T06:30",
  threat="Written in black marker on the mirror of the 2nd floor boys' room: 'BURKE SHOT UP FRI 3/13 11:11'. Jerome admitted to "
         "SSS that he wrote it and said he has 'access' to a gun through a friend.",
  loc="Jeremiah E. Burke High School, 2nd floor boys' room", tags=["custodian"])

A("credible_threat", "CASH", "Abdullah Karimi", 12,
  "Teacher Mr. Dube reported it at 10:15. According to his father, Abdullah has a hunting license and the father owns two "
  "rifles. {{The family's imam at the Roxbury mosque@re@imam;Roxbury mosque}} called the school that afternoon and offered to "
  "help. Graduation is June 4 at the Reggie Lewis Center.",
  ["hunting license", "two rifles", "June 4"], "two rifles", rcpt="bpd/district-b2", at="2026-05-20T10:15",
  threat="During a class debate Abdullah stood up, said 'graduation is going to be like Parkland and you'll all know my name,' and "
         "mimed sweeping a rifle across the room.",
  loc="Community Academy of Science and Health, room 204", tags=["woven"])

A("credible_threat", "MUNIZ", "Camila Ortega", 11,
  "One friend told the counselor at 12:40 and wrote it out. Camila's backpack had a bottle of lighter fluid and a 7-inch chef's "
  "knife wrapped in a T-shirt. She said Mr. Gil 'humiliated' her over a grade.",
  ["lighter fluid", "chef's knife", "T-shirt"], "lighter fluid", rcpt="bpd/district-e13", at="12:40",
  threat="Camila told two friends at lunch, {{in Spanish@la@in Spanish}}: 'Tomorrow I'm bringing the knife and the lighter fluid "
         "and nobody is getting out of Mr. Gil's room.'",
  loc="Margarita Muñiz Academy cafeteria",
  xf=[("primary_language", "Spanish", "la", ["Spanish"])], tags=["threat_forbidden", "structured"])

A("credible_threat", "SNOW", "Ethan Boateng", 10,
  "The classmate played the voice note for Ms. Harlow at 8:15. Ethan confirmed it was his voice. SSS searched his bag and found "
  "nothing; he said the blade was 'at home.' Devonte's parents were called, and SSS walked Devonte to Copley station at dismissal.",
  ["voice note", "Copley station", "at home"], "voice note", rcpt="bpd/district-d4", at="08:15",
  threat="Voice note sent to a classmate at 7:02 AM: 'I'm waiting for Devonte at Copley by Trinity Church after school with my "
         "blade, he's getting poked, bet.'",
  loc="Copley Square near Trinity Church (planned)", tags=["precision_trap", "landmark", "faith_word_trap"])

A("credible_threat", "BCLA", "Nathaniel Okafor", 11,
  "His lab partner told Ms. Dwyer at 9:50. Nathaniel said it was 'just talk.' {{In the meeting his mother said they 'came here "
  "for a better life, not for this' and asked whether he could lose his green card.@im@green card;came here for a better life}} "
  "The teacher who failed him is Ms. Lowe (Chemistry); she parks in the municipal lot by Wolcott Square.",
  ["Ms. Lowe", "just talk", "municipal lot"], "Ms. Lowe", rcpt="bpd/district-e18", at="09:50",
  threat="Nathaniel told his lab partner: 'the teacher who failed me won't make it to spring break, I know where she parks and "
         "I've got my cousin's 9.'",
  loc="Boston Community Leadership Academy, chemistry lab", tags=["parents", "euphemism"])

A("credible_threat", "CURLEY", "Gabriel Suarez", 6,
  "Art teacher found the drawing at 10:45. Gabriel told the counselor his dad keeps a gun 'in the truck.' The father confirmed to "
  "SSS that he has a licensed pistol in the glove box of {{the van he drives for his church, Iglesia Pentecostal Fuente de "
  "Vida@re@Iglesia Pentecostal;for his church}}. Picture day is next Thursday.",
  ["picture day", "glove box", "10:45"], "licensed pistol", rcpt="bpd/district-e13", at="10:45",
  threat="Gabriel drew the school with stick figures lying on the ground and wrote under it: 'I will bring my dads gun on picture "
         "day and kill Ms. Vance and Aiden.'",
  loc="Curley K-8 School, art room", tags=["woven", "younger_student"])

A("credible_threat", "BGA", "Riley Murphy", 10,
  "The classmate reported it to the AP at 8:05 Thursday. Riley's locker had an empty pistol holster in it. The AP asked BPD "
  "D-14 for officers at the track fence at 2:30 Friday.",
  ["empty pistol holster", "track fence", "2:30 Friday"], "pistol holster", rcpt="bpd/district-d14", at="2026-04-09T08:05",
  threat="On the Green Line, Riley told a classmate: '{{the Commonwealth boys@ga@Commonwealth boys}} are pulling up to the school "
         "Friday at 2:30 and I'm passing them the strap through the fence by the track.'",
  loc="Boston Green Academy, track fence (planned)", tags=["threat_forbidden", "slang"])

A("credible_threat", "EXCEL", "Jasmine Okeke", 12,
  "The ex-boyfriend's mother forwarded the email to the principal at 10 PM. IT confirmed it came from Jasmine's account at 9:14 "
  "PM. Prom is May 29 at the Seaport Hotel. Jasmine's mother said there is no gun in the home but that Jasmine's older cousin, "
  "{{who 'is one of those Fenton St dudes'@ga@Fenton St dudes}}, has been visiting.",
  ["9:14 PM", "Seaport Hotel", "May 29"], "Seaport Hotel", rcpt="bpd/district-c6", at="2026-05-11T21:14",
  threat="Email from Jasmine's school account to her ex-boyfriend: 'you and that girl won't walk out of prom alive. I have the "
         "gun, ask anyone.'",
  loc="Online (school email); threat concerns prom at the Seaport Hotel", tags=["multi_person", "slang"])

A("credible_threat", "DEAR", "Cedric Bell", 8,
  "Teacher's aide Ms. Pina reported it at 12:20. Cedric repeated it to the AP and said his brother 'keeps it in a sneaker box.' "
  "Marcus and his grandmother were told; Marcus will be dismissed through a side door.",
  ["sneaker box", "side door", "Ms. Pina"], "sneaker box", rcpt="bpd/district-b2", at="12:20",
  threat="Cedric told a teacher's aide: 'I'm going to wait for Marcus at the Greenville St door tomorrow with my brother's gun and "
         "then go to his house.'",
  loc="Dearborn STEM Academy, Greenville St entrance, and {{the target's home on Dale St@nb@Dale St}}",
  tags=["location_forbidden", "paraprofessional"])

A("credible_threat", "BLA", "Sophie Tran", 11,
  "Señora Díaz found it while grading at 4 PM. The counselor met Sophie the next morning; Sophie said she keeps a knife in her "
  "nightstand. Her mother came in and a safety plan was started. The note was written on her AP Spanish exam booklet.",
  ["AP Spanish exam booklet", "nightstand", "safety plan"], "nightstand", rcpt="bpd/district-b2", at="16:00",
  threat="Written on her AP Spanish Language and Culture exam booklet: 'If I fail this I'm bringing the pills and the knife and "
         "taking Señora Díaz with me.'",
  loc="Boston Latin Academy, room 221 (AP Spanish)", tags=["precision_trap", "course_name"])

A("credible_threat", "TBA", "Rashad Greer", 10,
  "Reported by three students separately between 11:30 and noon. One witness's father, {{who only speaks Arabic@la@only speaks "
  "Arabic}}, came in with him and {{kept asking whether talking to police could hurt his asylum case@im@asylum case}}. Another "
  "witness said Rashad showed a handgun in a Snapchat video last night. Rashad was kept in the office and his father came at 1 PM.",
  ["Snapchat video", "three students", "1 PM"], "Snapchat video", rcpt="bpd/district-c11", at="11:30",
  threat="Rashad told a group of boys outside the cafeteria: 'everybody in that group chat is getting shot Friday, I got it from "
         "my uncle, watch.'",
  loc="TechBoston Academy, outside the cafeteria", tags=["multi_person", "parents"])

A("credible_threat", "UMANA", "Bryan Castro", 8,
  "Math teacher Mr. Souza heard it and called SSS at 11:10. A folding knife was found in Bryan's left sock. The 7B student was "
  "kept after school and picked up by his mother.",
  ["left sock", "Mr. Souza", "7B"], "folding knife", rcpt="bpd/district-a7", at="11:10",
  threat="Bryan said during math: 'after school at Maverick, the kid from 7B gets stabbed, I got my blade in my sock, {{and my "
         "boys from Orient Heights got my back@nb@boys from Orient Heights}}.'",
  loc="Mario Umana Academy, room 312; threat concerns the Maverick Square T entrance", tags=["threat_forbidden", "slang"])

# ---------------------------------------------------------------- drugs, allowed
A("drugs", "SNOW", "Brianna Kelley", 11,
  "Nurse note 1:15 PM: student found in the 4th floor bathroom stall, pinpoint pupils, breathing slow. Gave 4 mg Narcan, "
  "responded in 2 min. 3 blue pills stamped 'M 30' (suspected fentanyl) in her jacket. She said she buys them at Mass and Cass "
  "{{on the walk from her aunt's place on Southampton St, where she's been staying@nb@Southampton St}}. EMS transported to BMC.",
  ["M 30", "4 mg Narcan", "Mass and Cass"], "fentanyl", subs=["fentanyl"], rcpt="bpd/district-d4", at="13:15",
  loc="Snowden International School, 4th floor bathroom", tags=["nurse", "woven", "terse"])

A("drugs", "MP", "Jose Almonte", 12,
  "During a hall sweep SSS Barros searched the jacket Jose {{left on the hook in the ELD classroom@la@ELD classroom}} after a "
  "teacher smelled weed. In the lining: 11 small baggies of white powder that field-tested positive for cocaine, a jar of "
  "marijuana buds and $340 in small bills. Jose admitted the jacket is his.",
  ["11 small baggies", "cocaine", "$340"], "cocaine", subs=["cocaine", "marijuana"], rcpt="bpd/district-b2",
  loc="Madison Park, 2nd floor hallway", tags=["woven", "school_police", "mixed_substances"])

A("drugs", "HEND", "Isaac Mensah", 10,
  "Nurse: Isaac came in drowsy and itchy after lunch and admitted taking two oxycodone 30s a friend sold him. 4 more in his "
  "pocket (round, blue, 'A 215'). Parents at first refused an ambulance, {{saying that as Jehovah's Witnesses they did not want "
  "him at a hospital@re@Jehovah}}, then agreed. EMS to Carney.",
  ["oxycodone", "A 215", "after lunch"], "oxycodone", subs=["oxycodone"], rcpt="bpd/district-c11",
  loc="Henderson Upper Campus, nurse's office", tags=["nurse", "parents"])

A("drugs", "BGA", "Noel Rivera", 10,
  "Bus monitor, Rt 2210 AM: found a sandwich bag with 14 yellow bar-shaped pills ('S 90 3', look like Xanax) under seat 9 after "
  "Noel got off; he had been sitting there alone. Noel said they are 'for anxiety' but he has no prescription (nurse checked). "
  "{{He boards at the Franklin Hill stop by his building@nb@Franklin Hill}}.",
  ["14 yellow", "seat 9", "no prescription"], "Xanax", subs=["alprazolam (Xanax)"], rcpt="bpd/district-d14", at="08:05",
  loc="BPS bus Rt 2210 (AM run), arriving Boston Green Academy",
  xf=[("home_address", {"street": "Franklin Hill Ave, Apt 4B", "zip": "02124"}, "nb", ["Franklin Hill Ave", "02124"])],
  tags=["transportation", "structured"])

A("drugs", "BAA", "Chloe Whitman", 11,
  "At the spring dance in the BAA black box, a chaperone saw Chloe handing out capsules with tan powder; she had 9 more in an "
  "Altoids tin. She said it's molly she bought off {{a Cabo Verdean guy@et@Cabo Verdean}} at a party. Two students who took one "
  "were checked by the nurse and sent home with parents.",
  ["Altoids tin", "9 more", "black box"], "molly", subs=["MDMA"], rcpt="bpd/district-d4", at="20:30",
  loc="Boston Arts Academy black box theater", tags=["precision_trap", "multi_person"])

A("drugs", "OBR", "Hugo Batista", 11,
  "A teacher smelled chocolate and saw Hugo selling squares of a 'Polkadot' mushroom bar and a bag of gummies labeled 'THC 10mg' "
  "in the library. Hugo admitted the chocolate has shrooms in it. 2 full bars, 1 partial and 20 gummies confiscated. A buyer, {{a "
  "quiet girl from the WIDA level 2 group@la@WIDA level 2}}, ate a square and was seen by the nurse.",
  ["Polkadot", "mushroom", "library"], "shrooms", subs=["psilocybin", "THC edibles"], rcpt="bpd/district-b2",
  loc="O'Bryant library", tags=["mixed_substances", "multi_person"])

A("drugs", "BURKE", "Terrell Hines", 12,
  "SSS patdown after a fight alert (no fight happened): 6 small knotted baggies of off-white rocks, field-tested positive for "
  "cocaine base (crack), and a glass stem in Terrell's front pocket. Terrell said he holds them for {{'the dudes from the Wash "
  "Park crew'@ga@Wash Park crew}}.",
  ["glass stem", "knotted baggies", "front pocket"], "crack", subs=["crack cocaine"], rcpt="bpd/district-b3",
  loc="Burke main lobby", tags=["school_police", "terse"])

A("drugs", "EHS", "Aisha Bangura", 10,
  "Aisha was selling orange Adderall 20s for $5 each in the 2nd floor girls' room; a buyer told the AP. 18 pills in a pill "
  "bottle with the label torn off. No prescription for Aisha on file. {{Aisha's mother came with an aunt to interpret from "
  "Mende.@la@interpret from Mende}}",
  ["Adderall 20s", "$5 each", "pill bottle"], "Adderall", subs=["Adderall (amphetamine), not prescribed"],
  rcpt="bpd/district-e13", loc="English High School, 2nd floor girls' room", tags=["parents"])

A("drugs", "CHS", "Tyler Dunn", 11,
  "Coach found a cooler in Tyler's car in the lot before the away game: 6 cans of beer and a pill bottle with 22 white pills "
  "stamped 'M523' (Percocet). Tyler said the pills are {{from his grandmother's surgery; she lives over on Polk St and he stays "
  "there most nights@nb@Polk St}}.",
  ["M523", "cooler", "away game"], "Percocet", subs=["oxycodone (Percocet)", "beer"], rcpt="bpd/district-a15", at="15:15",
  loc="Charlestown High School parking lot", tags=["coach", "mixed_substances"])

A("drugs", "EBHS", "Valentina Rojas", 9,
  "A teacher walked in on Valentina in the 1st floor bathroom with a small vial of pink powder and a house key she was using to "
  "sniff it. She called it 'tusi.' The nurse checked her: heart rate 128. She said {{she got it from her cousin who is 'fresh "
  "from Medellín, like she's been here two weeks'@no@Medellín;been here two weeks}}. Vial sent to BPD for testing.",
  ["pink powder", "heart rate 128", "tusi"], "pink powder", subs=["tusi (pink cocaine)"], rcpt="bpd/district-a7",
  loc="East Boston High School, 1st floor bathroom",
  xf=[("nationality", "Colombian", "no", ["Colombian"])], tags=["slang", "structured"])

A("drugs", "EXCEL", "Michael Bui", 10,
  "Custodian Mr. Dailey found a fanny pack behind the toilet tank in the 3rd floor boys' room: 25 glassine bags stamped with a "
  "green scorpion (heroin with fentanyl, per field test), a digital scale and a roll of cash. Hallway camera footage shows "
  "Michael going into that bathroom with the fanny pack at 8:52 AM and coming out without it. He was called to the office and "
  "said the pack belongs to 'a guy from Andrew station' who pays him to hold it during the day. {{Michael's father is an asylum "
  "seeker and the family has an ICE check-in on Friday@im@asylum seeker;ICE check-in}}, which the counselor says is why Michael "
  "begged us not to call anyone.",
  ["glassine bags", "green scorpion", "digital scale"], "glassine bags", subs=["heroin", "fentanyl"],
  rcpt="bpd/district-c6", at="08:52", loc="Excel High School, 3rd floor boys' room",
  tags=["custodian", "long", "woven"])

A("drugs", "MHK8", "Jayda Freeman", 8,
  "Jayda brought 8 oxycodone 10 mg pills from her grandmother's bottle and gave 2 to a friend on the steps of Mission Church "
  "before school. The friend vomited in homeroom and told the nurse. Jayda handed over the remaining 6 pills.",
  ["Mission Church", "vomited in homeroom", "remaining 6 pills"], "oxycodone", subs=["oxycodone"], rcpt="bpd/district-b2",
  at="07:45", loc="Steps of Mission Church (Basilica), Tremont St", tags=["precision_trap", "landmark", "faith_word_trap"])

A("drugs", "DEAR", "Nico Petrakis", 8,
  "A teacher saw Nico pouring purple liquid from an unlabeled medicine bottle into a Sprite bottle at lunch. Nico said it's 'lean' "
  "and the bottle came from his older brother; what is left of the pharmacy label reads promethazine with codeine. Nico was "
  "groggy; the nurse monitored him. {{His brother, who hangs with the Greenville St set,@ga@Greenville St set}} picked him up.",
  ["purple liquid", "Sprite bottle", "promethazine with codeine"], "codeine", subs=["codeine (promethazine-codeine syrup)"],
  rcpt="bpd/district-b2", loc="Dearborn cafeteria", tags=["cafeteria", "slang"])

A("drugs", "ACC", "Brandon Leclerc", 12,
  "SSS found a glass pipe and a baggie of clear crystal shards (meth, per field test) in Brandon's pencil case during a search "
  "after he was seen passing it around. Brandon was jittery and said he had not slept. A note in his file says the family are "
  "'{{Quebecois@et}}, {{came down from Montreal@no@from Montreal}} {{on a work visa@im@work visa}}.'",
  ["glass pipe", "crystal shards", "pencil case"], "meth", subs=["methamphetamine"], rcpt="bpd/district-e18",
  loc="Another Course to College, room 12", tags=["structured_note", "woven"])

A("drugs", "BHS", "Derek Mahoney", 10,
  "Derek had a sheet of 10 tabs with a cartoon print, which he said is acid, inside his copy of 'Things Fall Apart' in his "
  "locker. A sophomore who took a tab from him on Wednesday went home with his father after seeing 'colors on the walls' in "
  "Biology.",
  ["Things Fall Apart", "10 tabs", "colors on the walls"], "acid", subs=["LSD"], rcpt="bpd/district-d14",
  loc="Brighton High School, 2nd floor lockers", tags=["precision_trap", "book"])

A("drugs", "FENWAY", "Gianna Russo", 11,
  "Gianna's clear backpack showed a vape pen and a Tic Tac box with 7 blue 'M 30' pills inside. She said she bought them on "
  "Snapchat as 'percs.' Nurse: no symptoms. {{Her mom asked us to 'go easy, we're Italian, we handle things in the "
  "family.'@et@we're Italian}}",
  ["Tic Tac box", "7 blue", "Snapchat"], "Tic Tac box", subs=["counterfeit oxycodone pills", "vape"], rcpt="bpd/district-b2",
  loc="Fenway High School main entrance", tags=["parents", "mixed_substances"])

A("drugs", "CASH", "Kwame Asante", 11,
  "Kwame was found in the back of the auditorium with two other students snorting a white powder off a phone screen; one of them "
  "passed out for about a minute. Kwame said it's 'ket.' SSS took a small baggie (about 1 gram) from him. {{One of the other two, "
  "an unaccompanied minor living with a sponsor,@im@unaccompanied minor}} was sent to Children's.",
  ["phone screen", "about 1 gram", "auditorium"], "white powder", subs=["ketamine"], rcpt="bpd/district-b2",
  loc="CASH auditorium, back rows", tags=["multi_person"])

A("drugs", "TBA", "Elena Vasquez", 9,
  "Elena's friend told a teacher that Elena had 'fetty' folded inside a lottery ticket. SSS found a folded scratch ticket with "
  "tan powder (field test: fentanyl) and a tin of Zyn nicotine pouches in her bag. {{Elena is in the Cape Verdean Creole SEI "
  "program@la@Cape Verdean Creole}}, and {{the bilingual para explained everything to her mother@la@bilingual para}}.",
  ["scratch ticket", "tan powder", "Zyn"], "fentanyl", subs=["fentanyl", "nicotine pouches"], rcpt="bpd/district-c11",
  loc="TechBoston Academy, room 301", tags=["mixed_substances", "paraprofessional"])

A("drugs", "JQUS", "Alex Huang", 10,
  "Alex sold 'bars' (counterfeit Xanax, white, stamped 'GG 249') to two 10th graders by the Chinatown Gate after school. One of "
  "them fell asleep in class the next day and admitted it. Alex had 12 more bars in his AirPods case.",
  ["Chinatown Gate", "GG 249", "AirPods case"], "counterfeit Xanax", subs=["counterfeit alprazolam"], rcpt="bpd/district-a1",
  loc="Chinatown Gate, Beach St and Surface Rd", tags=["precision_trap", "landmark", "ethnic_word_trap"])

A("drugs", "NMHS", "Kendrick Lowe", 11,
  "SSS FIELD NOTE\nLoc: 2nd fl boys rm\nSubstance: [ ] MJ  [ ] vape  [ ] alcohol  [x] other: brown powder, 4 wax-paper bags "
  "(heroin per stu)\nStudent status: {{[x] LEP@la@[x] LEP}}  {{[x] newcomer (<1 yr in US)@no@newcomer (<1 yr in US)}}  [ ] IEP\n"
  "Notes: stu nodding, nurse on scene, Narcan not needed. Stu says bags came from 'a guy at Mattapan Sq.'",
  ["wax-paper bags", "nodding", "Mattapan Sq"], "heroin", subs=["heroin"], rcpt="bpd/district-e18",
  loc="New Mission HS, 2nd fl boys rm", tags=["form", "checkbox", "abbreviations", "school_police"])

A("drugs", "BINCA", "Wesley Amaral", 10,
  "At the BINcA front desk metal-detector check, the screener found a prescription bottle in Wesley's jacket with someone "
  "else's name on it and 15 oxycodone 5 mg tablets inside. Wesley said a man at Fields Corner station gave it to him to deliver. "
  "No injuries. Mother called and came in at 9:30.",
  ["prescription bottle", "15 oxycodone", "Fields Corner station"], "oxycodone", subs=["oxycodone"], rcpt="bpd/district-c11",
  at="08:10", loc="Boston International Newcomers Academy, front desk", tags=["precision_trap", "school_name_trap"])

# ---------------------------------------------------------------- denied: ground not permitted
D("ground_not_permitted", "fight", "BHS", "Jorge Mejia", 10,
  "Jorge and K.T. threw punches in the Warren St lobby over a girl. Jorge had a bloody lip, K.T. a scratch on his cheek; nurse "
  "saw both, ice packs only. Both suspended 2 days. {{Jorge is Guatemalan@no@Guatemalan}} and {{his father is in ICE detention in "
  "Burlington@im@ICE detention}}, which the counselor thinks is behind his temper.",
  rcpt="bpd/district-d14", loc="Brighton High School, Warren St lobby", tags=["woven"])

D("ground_not_permitted", "gang_activity", "CHS", "Jason Crowley", 11,
  "Requesting that BPD add {{Jason to their list as a Bunker Hill crew member@ga@Bunker Hill crew member}}. {{He wears red every "
  "day and throws up the 'BH' sign in photos@ga@throws up the 'BH' sign}}. No incident at school this month.",
  rcpt="bpd/district-a15", loc="Charlestown High School",
  xf=[("bric_status", "Verified member (2025)", "ga", ["Verified member"])], tags=["structured", "intel_request"])

D("ground_not_permitted", "immigration_inquiry", "EBHS", "Wilmer Aguilar", 9,
  "The parent of another student came to the office saying {{Wilmer is here without papers@im@without papers}} and {{came "
  "across alone from Guatemala last spring@no@Guatemala}}. She wants BPD to 'look into the family.' No incident involving Wilmer "
  "has been reported by staff.",
  rcpt="bpd/district-a7", loc="East Boston High School main office", tags=["immigration_question"])

D("ground_not_permitted", "theft", "TBA", "Jamie Okafor", 10,
  "Jamie took a school MacBook off the library cart during 5th period. It was found in his locker the next morning, undamaged. "
  "{{The family has a Section 8 apartment on Geneva Ave@nb@Geneva Ave}}, and the librarian wants police to 'send a message.'",
  rcpt="bpd/district-c11", loc="TechBoston Academy library", tags=["terse"])

D("ground_not_permitted", "vandalism", "BLS", "Eliot Sanborn", 12,
  "Eliot was seen on camera spray-painting {{the Lucerne St crew's tag@ga@Lucerne St crew}} on the back wall facing the Fenway "
  "path, about 6 feet wide, black and silver. Facilities estimate $1,800 to remove. Nobody was hurt and nothing else was damaged.",
  rcpt="bpd/district-d4", loc="Boston Latin School, rear wall", tags=["precision_trap"])

D("ground_not_permitted", "truancy", "BURKE", "Kayden Morris", 9,
  "Kayden has missed 31 days this year. The attendance officer's home visit found nobody at {{14 Ballou Ave, 2nd floor@nb@Ballou "
  "Ave}}; a neighbor said {{the family went back to Jamaica for a funeral@no@back to Jamaica}} and nobody knows when they return.",
  rcpt="bpd/district-b3", loc="Home visit", tags=["attendance"])

D("ground_not_permitted", "trespass", "EHS", "Darnell Hughes", 11,
  "Darnell, who is on a 5-day suspension, came into the building through the gym side door and walked the halls for about 20 "
  "minutes before SSS walked him out. No weapon, no fight, no threats. SSS describes him as {{'a known Egleston Sq "
  "associate'@ga@Egleston Sq associate}}.",
  rcpt="bpd/district-e13", loc="English High School, 2nd floor hallway", tags=["school_police"])

D("ground_not_permitted", "suspicious_behavior", "MP", "Yusuf Abdi", 10,
  "Some staff have raised concerns that Yusuf has been {{praying in the stairwell at lunch@re@praying in the stairwell}} and "
  "handing classmates pamphlets from {{the mosque on Tremont St@re@mosque on Tremont}}. {{He is Somali@et@Somali}} and keeps to "
  "himself. There has been no threat, weapon or violence.",
  rcpt="bpd/district-b2", loc="Madison Park, north stairwell", tags=["bias"])

D("ground_not_permitted", "intelligence", "HEND", "Luis Delgado", 10,
  "BPD E-18 asked the school whether Luis hangs around with {{the River St crew@ga@River St crew}} and for his {{home address "
  "(31 Fairmount Ave)@nb@Fairmount Ave}}. There has been no incident at school.",
  rcpt="bpd/district-e18", loc="n/a", tags=["intel_request", "terse"])

D("ground_not_permitted", "bullying", "MHK8", "Sophia Lin", 7,
  "Sophia posted edited photos of a classmate on a private account with captions calling her '{{a dirty Dominican@et@Dominican}}' "
  "and saying nobody should sit with her. No physical contact and no threats of violence. Parents of both girls met with the "
  "principal.",
  rcpt="bpd/district-b2", loc="Online (private account)", tags=["social_media"])

D("ground_not_permitted", "harassment", "BAA", "Marco DiNapoli", 12,
  "Over three weeks Marco kept commenting on a classmate's body in class and sent her unwanted messages after she blocked him on "
  "two apps. {{The classmate wears a hijab@re@hijab}} and says he mocked that too. He never touched her. Title IX coordinator has "
  "the case.",
  rcpt="bpd/district-d4", loc="Boston Arts Academy", tags=["multi_person"])

D("ground_not_permitted", "rumor", "NMHS", "Jalen Ford", 10,
  "Students say Jalen 'might' bring a gun after a fight last week. SSS searched his bag and locker and found nothing, and nobody "
  "heard him say anything. {{He lives in the Cathedral development@nb@Cathedral development}}.",
  rcpt="bpd/district-e18", loc="New Mission High School", tags=["terse"])

D("ground_not_permitted", "missing_student", "ACC", "Rosa Galeano", 9,
  "Rosa did not come home after school Tuesday. {{Her mother thinks she left for the Dominican Republic with her father@no@Dominican "
  "Republic}}, {{who is not a citizen and has a deportation order@im@deportation order;not a citizen}}. The school is asking BPD "
  "to find her.",
  rcpt="bpd/district-e18", loc="Another Course to College", tags=["parents"])

D("ground_not_permitted", "disorderly_conduct", "EDISON", "Kenson Joseph", 6,
  "Kenson yelled and knocked over four chairs in the cafeteria after losing his recess. Nobody was hurt. {{His home language is "
  "Haitian Creole@la@Haitian Creole}} and he had not had his interpreter that morning.",
  rcpt="bpd/district-d14", loc="Edison K-8 School cafeteria",
  xf=[("lep", "Y - Haitian Creole (interpreter)", "la", ["Y - Haitian Creole"])], tags=["cafeteria", "structured"])

# ---------------------------------------------------------------- denied: excluded substances only
D("excluded_substance", "drugs", "BLA", "Owen Patel", 11,
  "A teacher smelled weed on Owen after lunch; 2 pre-rolls in a Backwoods pack in his bag. {{Owen said he buys from a guy on his "
  "street, Wachusett St@nb@Wachusett St}}.",
  subs=["marijuana"], rcpt="bpd/district-b2", loc="Boston Latin Academy, 3rd floor", tags=["terse"])

D("excluded_substance", "drugs", "BLS", "Leah Goldberg", 10,
  "A half-full THC cart ('Jeeter' brand) was taken from Leah's pencil case. {{Her mom asked that we not call during Shabbat@re@Shabbat}}.",
  subs=["THC cartridge"], rcpt="bpd/district-d4", loc="Boston Latin School, room 114", tags=["terse", "parents"])

D("excluded_substance", "drugs", "EXCEL", "Bailey Conroy", 9,
  "A blue disposable vape was taken from Bailey in the girls' locker room. She would not say what is in it and it was not "
  "tested. {{Her family moved here from the Bahamas two years ago@no@from the Bahamas}}.",
  subs=["vape (contents unknown)"], rcpt="bpd/district-c6", loc="Excel High School girls' locker room",
  tags=["unknown_vape"])

D("excluded_substance", "drugs", "CHS", "Ryan Kavanagh", 10,
  "Ryan had a can of Zyn pouches (6 mg) and was handing them out in the weight room. {{He lives at the Navy Yard apartments on "
  "First Ave@nb@Navy Yard apartments}}.",
  subs=["nicotine pouches"], rcpt="bpd/district-a15", loc="Charlestown High School weight room", tags=["terse"])

D("excluded_substance", "drugs", "EHS", "Caleb Frost", 11,
  "At the Thanksgiving game Caleb had five nips of Smirnoff and a Twisted Tea in his backpack. He was not drunk. {{His father is "
  "an Irish national@no@Irish national}} {{on an expired work visa@im@expired work visa}} and asked that police not be involved.",
  subs=["vodka", "hard iced tea (malt alcohol)"], rcpt="bpd/district-e13", at="2025-11-27T10:30", loc="White Stadium bleachers",
  tags=["slang", "alcohol"])

D("excluded_substance", "drugs", "MHK8", "Zoe Chen", 7,
  "Zoe shared 'Delta-9' gummies at recess; two kids felt sick and were seen by the nurse, both fine by 1 PM. {{Zoe's grandmother "
  "speaks only Cantonese@la@Cantonese}}.",
  subs=["THC edibles"], rcpt="bpd/district-b2", loc="Mission Hill K-8 School yard", tags=["terse"])

D("excluded_substance", "drugs", "TBA", "Kiana Reed", 12,
  "Kiana and a friend were found in a parked car on the school lot during 6th period with a White Claw and a half-smoked blunt. "
  "{{Kiana's boyfriend, who was in the car, is 'a Ruggles Court crew guy'@ga@Ruggles Court crew}}, according to SSS.",
  subs=["hard seltzer", "marijuana blunt"], rcpt="bpd/district-c11", loc="TechBoston Academy parking lot",
  tags=["multi_person"])

D("excluded_substance", "drugs", "BGA", "Ian Murray", 11,
  "Ian's dab pen (THC concentrate, per the label) was confiscated after he hit it in the bathroom. No other substances.",
  subs=["THC concentrate (dab pen)"], rcpt="bpd/district-d14", loc="Boston Green Academy, boys' room",
  xf=[("ethnicity", "White, non-Hispanic", "et", ["non-Hispanic"])], tags=["structured", "terse"])

D("excluded_substance", "drugs", "CHS", "Cody Brennan", 10,
  "Cody had a tin of Grizzly dip and was spitting into a cup in class. {{He says his church youth group leader@re@church youth "
  "group}} 'would kill him' if he found out.",
  subs=["chewing tobacco"], rcpt="bpd/district-a15", loc="Charlestown High School, room 203", tags=["terse"])

D("excluded_substance", "drugs", "MUNIZ", "Nayeli Cruz", 9,
  "A weed brownie and a small bottle of Hennessy were found in Nayeli's locker. Nayeli's mom {{has TPS@im@has TPS}} from {{El "
  "Salvador@no@El Salvador}} that runs out in September and is terrified of any police contact.",
  subs=["marijuana edible", "cognac"], rcpt="bpd/district-e13", loc="Margarita Muñiz Academy lockers",
  tags=["woven", "parents"])

# ---------------------------------------------------------------- denied: recipient not permitted
D("recipient_not_permitted", "weapon", "BURKE", "DeAndre Lyons", 11,
  "SSS recovered a folding knife from DeAndre's waistband at the metal detector. {{He is already in the system as a Franklin "
  "Field associate@ga@Franklin Field associate}}, so the AP asked that this go straight to the intelligence center.",
  weapon="knife", rcpt="bric", loc="Burke metal detector", tags=["intel_request"])

D("recipient_not_permitted", "serious_violence", "EBHS", "Kevin Alvarado", 11,
  "Kevin broke a classmate's nose and orbital bone with a punch to the face in the gym. {{He is undocumented@im@undocumented}} and "
  "{{the family is from El Salvador@no@from El Salvador}}. The submitter wants immigration authorities informed.",
  rcpt="ice", loc="East Boston High School gym",
  xf=[("a_number", "A-213-456-789", "im", ["A-213-456-789"])], tags=["structured"])

D("recipient_not_permitted", "drugs", "MP", "Tomas Pereira", 12,
  "Tomas was caught with 30 counterfeit M30 pills. {{His family came from Cabo Verde on visitor visas@no@Cabo Verde}} and "
  "{{overstayed@im@overstayed}}.",
  subs=["fentanyl"], rcpt="dhs/hsi", loc="Madison Park", tags=["federal"])

D("recipient_not_permitted", "credible_threat", "OBR", "Marcus Oyelaran", 11,
  "Marcus said in class that he would shoot the vice principal. His older brother has a gun, according to two classmates.",
  threat="Marcus said during 3rd period: 'I'm going to shoot Mr. Hale in the parking lot Friday, my brother has the gun.'",
  rcpt="commonwealth-fusion-center", loc="O'Bryant, room 305", tags=["fusion_center"])

D("recipient_not_permitted", "weapon", "JQUS", "Kenny Wu", 9,
  "Kenny pulled a box cutter on another student on the Orange Line platform at Chinatown station. The transit police officer "
  "on the platform took it. {{Kenny's parents speak only Mandarin@la@Mandarin}}.",
  weapon="box cutter", rcpt="mbta-transit-police", loc="Chinatown station, Orange Line platform", tags=["precision_trap"])

D("recipient_not_permitted", "weapon", "BAA", "Imani Rollins", 10,
  "Imani had pepper spray in her bag and sprayed a girl outside the Berklee dining hall across the street. The building's "
  "security company asked for a copy of the report.",
  weapon="pepper spray", rcpt="allied-universal-security", loc="Massachusetts Ave outside Berklee", tags=["private_security"])

D("recipient_not_permitted", "credible_threat", "SNOW", "Adil Rahman", 11,
  "Adil posted that he would 'bomb the school' on an anonymous account. Staff matched the account to Adil. {{He prays at the "
  "Islamic center in Cambridge@re@prays at the Islamic center}}, and the submitter wants federal investigators to see it.",
  threat="Anonymous account post: 'snowden is getting bombed tomorrow, not a joke this time.'",
  rcpt="fbi/boston-field-office", loc="Online", tags=["federal", "bias"])

D("recipient_not_permitted", "weapon", "HERN", "Josue Benitez", 8,
  "Josue had a kitchen knife in his backpack on the school bus. {{He lives with his aunt at 22 Dennison St@nb@Dennison St}}.",
  weapon="knife", rcpt="suffolk-county-sheriff", loc="BPS bus, Columbus Ave", tags=["terse"])

D("recipient_not_permitted", "drugs", "UMANA", "Edwin Portillo", 8,
  "Edwin had 4 Percocet pills in his backpack. {{He is in the country on a pending asylum claim@im@pending asylum}} and "
  "{{crossed at the Texas border last year@no@Texas border}}.",
  subs=["oxycodone"], rcpt="cbp", loc="Mario Umana Academy", tags=["federal"])

# ---------------------------------------------------------------- denied: credible threat without a statement
D("missing_threat_statement", "credible_threat", "EBHS", "Angel Cruz", 10,
  "Approx 10:20, in the cafeteria, Angel told two friends he was going to bring his cousin's gun to the talent show and 'handle' "
  "a senior. {{He lives on Saratoga St by the Orient Heights station@nb@Saratoga St}}. The friends told a lunch aide.",
  rcpt="bpd/district-a7", at="10:20", loc="East Boston High School cafeteria", tags=["cafeteria", "woven"])

D("missing_threat_statement", "credible_threat", "TROTTER", "Deon Whitley", 8,
  "Deon wrote a note to a classmate about 'shooting up' the 8th grade trip. Note attached.",
  threat="", rcpt="bpd/district-b3", loc="William Monroe Trotter K-8 School",
  attach=[("document", "note_scan.pdf")], tags=["terse", "empty_statement"])

D("missing_threat_statement", "credible_threat", "FRED", "Roberto Fonseca", 7,
  "Student said he would come back with a knife. {{Speaks Portuguese at home@la@Portuguese}}; {{family from Minas Gerais@no@Minas "
  "Gerais}}. Parents called.",
  rcpt="bpd/district-c11", loc="Lilla G. Frederick Middle School", tags=["terse"])

D("missing_threat_statement", "credible_threat", "BHS", "Hector Maldonado", 11,
  "Hector has been 'saying things' for a week. Several students are scared. {{His crew, the Comm Ave boys@ga@Comm Ave boys}}, "
  "were outside school Friday.",
  threat="   ", rcpt="bpd/district-d14", loc="Brighton High School", tags=["empty_statement", "vague"])

D("missing_threat_statement", "credible_threat", "EMK", "Aaron Lacroix", 12,
  "Teacher worried after Aaron's essay about violence and a comment in class. {{Aaron is Haitian-American@et@Haitian-American}} "
  "and {{attends the Seventh-day Adventist church@re@Adventist}} with his family.",
  rcpt="bpd/district-b2", loc="Edward M. Kennedy Academy for Health Careers", tags=["vague"])

D("missing_threat_statement", "credible_threat", "EDISON", "Mason Kelly", 7,
  "Reported by the gym teacher at 2:05: Mason said to a group of 7th graders that he will 'do a school shooting' when the "
  "weather gets warm. See description of incident; no separate statement was written.",
  rcpt="bpd/district-d14", at="14:05", loc="Edison K-8 School gym", tags=["coach"])

# ---------------------------------------------------------------- denied: face surveillance
D("face_surveillance", "weapon", "BLS", "Julian Baptiste", 11,
  "A knife was left in the 1st floor boys' room. {{We ran the hallway camera still through facial recognition and it matched "
  "Julian@fs@facial recognition}}. Julian denies it.",
  weapon="knife", rcpt="bpd/district-d4", loc="Boston Latin School, 1st floor", tags=["face"])

D("face_surveillance", "serious_violence", "OBR", "Kofi Mensah", 10,
  "A 10th grader was stabbed at Ruggles station at 3:05 PM. BPD has platform video of the attacker. {{BPD asked the school for "
  "the 9th and 10th grade yearbook photos so they can compare faces with the video@fs@compare faces}}; Kofi was the top result.",
  weapon="knife", rcpt="bpd/district-b2", at="15:05", loc="Ruggles station",
  attach=[("photo", "yearbook_gr9_gr10.zip")], tags=["face", "photo_request"])

D("face_surveillance", "weapon", "CASH", "Jaheim Price", 11,
  "Jaheim is believed to have brought a handgun to the CASH basketball game. Match report attached.",
  weapon="firearm", rcpt="bpd/district-b2", loc="Community Academy of Science and Health gym",
  xf=[("face_match", {"system": "Clearview AI", "score": 0.97, "probe": "gym_cam_0214.jpg"}, "fs", ["Clearview"])],
  attach=[("face_match", "match_report_0214.pdf")], tags=["face", "structured"])

D("face_surveillance", "weapon", "EHS", "Tristan Moore", 10,
  "The visitor-management kiosk {{flagged Tristan through its face scan@fs@face scan}} when he came in the side door with what "
  "looked like a knife handle in his pocket. A knife was found in his bag.",
  weapon="knife", rcpt="bpd/district-e13", loc="English High School side entrance", tags=["face"])

D("face_surveillance", "credible_threat", "HALEY", "Logan Pratt", 8,
  "A neighbor's doorbell camera recorded a boy saying he'd bring a gun to the school. {{The camera's Familiar Faces feature "
  "tagged him as Logan@fs@Familiar Faces}}, and the neighbor sent the clip to the school.",
  threat="On the doorbell clip: 'tomorrow I'm bringing my dad's gun to Haley and everybody's gonna see.'",
  rcpt="bpd/district-e5", loc="Sidewalk near Haley Pilot School", tags=["face"])

D("face_surveillance", "drugs", "EXCEL", "Nathan Coyle", 11,
  "Someone left a bag of 40 fentanyl pills in the 3rd floor boys' room. {{Amazon Rekognition matched the hallway footage to "
  "Nathan at 94%@fs@Rekognition}}.",
  subs=["fentanyl"], rcpt="bpd/district-c6", loc="Excel High School, 3rd floor", tags=["face"])

# ---------------------------------------------------------------- denied: replica, BB, airsoft (need an approver's determination)
D("other", "weapon", "MCK", "Cristian Alfaro", 8,
  "Cristian brought a black BB gun that looks like a real pistol and pointed it at a 7th grader in the schoolyard. Nobody was "
  "hit. {{His mother, who cleans offices at night and 'has no papers,'@im@has no papers}} came to get him.",
  weapon="BB gun", rcpt="bpd/district-a7", loc="Donald McKay K-8 School schoolyard", tags=["replica"])

D("other", "weapon", "BCLA", "Tyler Nguyen", 10,
  "Tyler had an airsoft pistol with the orange tip painted black in his backpack. He took it out in the bathroom and showed "
  "friends. {{He lives off Hyde Park Ave near Cleary Sq.@nb@Hyde Park Ave}}",
  weapon="airsoft pistol", rcpt="bpd/district-e18", loc="BCLA 2nd floor bathroom", tags=["replica"])

D("other", "weapon", "BAA", "Simone Harper", 12,
  "Simone brought a replica revolver from the theater prop room and waved it around on the front steps at dismissal; a passerby "
  "called 911. It is a non-firing prop.",
  weapon="replica handgun (prop)", rcpt="bpd/district-d4", at="14:40", loc="Boston Arts Academy front steps, Ipswich St",
  tags=["replica", "clean"])


# ----------------------------------------------------------------------------------------------
# Building and self-checking
# ----------------------------------------------------------------------------------------------
MARK = re.compile(r"\{\{(.+?)\}\}", re.S)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def parse(text):
    """Return (plain text, police text with marked spans withheld, [(category, canaries, span)])."""
    spans = []

    def plain(m):
        parts = m.group(1).split("@")
        if len(parts) < 2 or parts[1] not in CODES:
            raise ValueError(f"bad mark {m.group(0)!r}")
        cans = parts[2].split(";") if len(parts) > 2 else [parts[0]]
        for c in cans:
            if fold(c) not in fold(parts[0]):
                raise ValueError(f"canary {c!r} not inside its span {parts[0]!r}")
        spans.append((CODES[parts[1]], cans, parts[0]))
        return parts[0]

    if text is None:
        return None, "", []
    clean = MARK.sub(plain, text)
    red = MARK.sub("[WITHHELD]", text)
    return clean, red, spans


VACATION = [(datetime.date(2025, 11, 26), datetime.date(2025, 11, 28)),
            (datetime.date(2025, 12, 24), datetime.date(2026, 1, 2)),
            (datetime.date(2026, 2, 16), datetime.date(2026, 2, 20)),
            (datetime.date(2026, 4, 20), datetime.date(2026, 4, 24))]
SCHOOL_DAYS = []
_d = datetime.date(2025, 9, 8)
while _d <= datetime.date(2026, 6, 12):
    if _d.weekday() < 5 and not any(a <= _d <= b for a, b in VACATION):
        SCHOOL_DAYS.append(_d)
    _d += datetime.timedelta(days=1)


def offset(day):
    # US Eastern: EDT until 2025-11-02, EST until 2026-03-08, EDT after
    if day < datetime.date(2025, 11, 2) or day >= datetime.date(2026, 3, 8):
        return "-04:00"
    return "-05:00"


def occurred(at):
    if at and "T" in at:
        day = datetime.date.fromisoformat(at[:10])
        hhmm = at[11:16]
    else:
        day = rng.choice(SCHOOL_DAYS)
        hhmm = at or f"{rng.randint(8, 14):02d}:{rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]):02d}"
    return f"{day.isoformat()}T{hhmm}:00{offset(day)}"


def dob(grade):
    start = datetime.date(2025 - grade - 6, 9, 2)
    return (start + datetime.timedelta(days=rng.randint(0, 364))).isoformat()


def leaves(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from leaves(x)
    elif isinstance(v, list):
        for x in v:
            yield from leaves(x)
    else:
        yield str(v)


def keys(v, prefix=""):
    if isinstance(v, dict):
        for k, x in v.items():
            yield k
            yield from keys(x)


def build(c, cid, sid):
    problems = []
    desc, rdesc, sp = parse(c["desc"])
    loc, rloc, sp2 = parse(c.get("loc"))
    has_threat = "threat" in c
    threat, rthreat, sp3 = parse(c.get("threat")) if has_threat else (None, "", [])
    spans = sp + sp2 + sp3
    attach, rattach = [], []
    for kind, name in c.get("attach", []):
        n, rn, s4 = parse(name)
        spans += s4
        attach.append({"kind": kind, "name": n})
        rattach.append(rn)

    school = c["school"]
    student = {"student_id": sid, "name": c["name"], "date_of_birth": dob(c["grade"]), "grade": c["grade"],
               "school": school}
    cats = set(c.get("cats", []))
    canaries = []
    for cat, cans, _ in spans:
        cats.add(cat)
        canaries += cans
    for key, val, cat, cans in c.get("xf", []):
        student[key] = val
        cats.add(CODES[cat])
        canaries += cans
        for cn in cans:
            if not any(fold(cn) in fold(x) for x in leaves(val)):
                problems.append(f"{cid}: structured canary {cn!r} not in value of {key}")
    student.update(c.get("extra", {}))

    req = {"request_id": cid, "school_id": SCHOOL_ID[school], "recipient": c.get("rcpt", "bpd"), "ground": c["ground"]}
    if c.get("subs"):
        req["substances"] = c["subs"]
    if c.get("weapon"):
        req["weapon"] = c["weapon"]
    if has_threat:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": occurred(c.get("at")), "location": loc, "description": desc}
    req["student"] = student
    if attach:
        req["attachments"] = attach

    # dedupe canaries, keep order
    seen, mnc = set(), []
    for cn in canaries:
        if fold(cn) not in seen:
            seen.add(fold(cn))
            mnc.append(cn)

    # what a correct police copy (or a denial) could legitimately hold
    police = " ".join([student["student_id"], student["name"], student["date_of_birth"], str(student["grade"]), school,
                       req["school_id"], req["recipient"], req["ground"], c.get("weapon") or "",
                       " ".join(c.get("subs") or []), rloc, rdesc, rthreat, " ".join(rattach),
                       " ".join(keys(student)), RESPONSE_WORDS, cid])
    fp = fold(police)
    whole = fold(json.dumps(req, ensure_ascii=False))
    for cn in mnc:
        if len(fold(cn).strip()) < 3:
            problems.append(f"{cid}: canary {cn!r} too short")
        if fold(cn) in fp:
            problems.append(f"{cid}: canary {cn!r} occurs in text a correct copy keeps")
        if fold(cn) not in whole:
            problems.append(f"{cid}: canary {cn!r} not in request")

    if c["dec"] == "allow":
        must = [c["name"], school, c["fact"]]
        if fold(c["fact"]) not in fold(rdesc):
            problems.append(f"{cid}: key fact {c['fact']!r} does not survive in the description")
        if not 1 <= len(c["keep"]) <= 3:
            problems.append(f"{cid}: need 1 to 3 must_contain_text")
        for k in c["keep"]:
            if fold(k) not in fold(rdesc):
                problems.append(f"{cid}: must_contain_text {k!r} does not survive redaction")
        if c["ground"] == "credible_threat" and not (threat or "").strip():
            problems.append(f"{cid}: allowed threat without a statement")
    else:
        must = []

    tags = [FAMILY]
    tags.append(OUTCOME_TAG[("allow", c["ground"])] if c["dec"] == "allow" else OUTCOME_TAG[c["reason"]])
    if not cats:
        tags.append("clean")
    for t in c.get("tags", []):
        if t not in tags:
            tags.append(t)
    expect = {"decision": c["dec"]}
    if c["dec"] == "deny":
        expect["reason"] = c["reason"]
    expect.update({"must_not_contain": mnc, "must_contain": must,
                   "must_contain_text": list(c["keep"]) if c["dec"] == "allow" else [],
                   "categories": sorted(cats), "tags": tags})
    if "face_surveillance" in cats and not (c["dec"] == "deny" and c["reason"] == "face_surveillance"):
        problems.append(f"{cid}: face surveillance content must be denied as face_surveillance")
    sentences = [s for t in (desc, threat or "") for s in re.split(r"(?<=[.!?])\s+|\n", t) if len(s) > 30]
    return {"id": cid, "request": req, "expect": expect}, problems, sentences


def main():
    order = list(range(len(CASES)))
    rng.shuffle(order)
    sids = rng.sample(range(100000, 999999), len(CASES))
    lines, problems, seen_sent = [], [], {}
    for n, i in enumerate(order, 1):
        cid = f"{PREFIX}-{n:04d}"
        rec, probs, sents = build(CASES[i], cid, str(sids[n - 1]))
        problems += probs
        for s in sents:
            k = fold(s).strip()
            if k in seen_sent:
                problems.append(f"{cid}: sentence shared with {seen_sent[k]}: {s[:60]!r}")
            seen_sent[k] = cid
        lines.append(json.dumps(rec, ensure_ascii=False))
    if len(lines) != 150:
        problems.append(f"expected 150 cases, have {len(lines)}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
