#!/usr/bin/env python3
"""Outsider corpus AH: "the submitter who wants police to know".

Reports written by school staff who slip forbidden facts (RULES.md section 4) past a redactor,
on purpose or out of habit: euphemism and hint, flag and crew emoji, hashtags, reversed words,
separators, look-alike characters, numbers for letters, abbreviations, facts split across two
sentences, parentheses and P.S. lines, fake field labels, URLs and e-mail addresses, file names,
and requests asking police to look something up. Mixed with ordinary incident facts that must be
kept. Deterministic, standard library only.

usage: python3 tests/corpus/make_outsider_ah.py  (writes tests/data/corpus/outsider_ah.jsonl)
"""
import datetime as _dt
import json
import pathlib
import random
import re
import unicodedata

PREFIX = "OAH"
FAMILY = "outsider_ah"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ah.jsonl"

SCHOOLS = {
    "Madison Park Technical Vocational High School": ("BPS-4310", "bpd/district-b2"),
    "Excel High School": ("BPS-4462", "bpd/district-c6"),
    "Jeremiah E. Burke High School": ("BPS-4137", "bpd/district-b3"),
    "Brighton High School": ("BPS-4205", "bpd/district-d14"),
    "Snowden International School": ("BPS-4581", "bpd/district-d4"),
    "TechBoston Academy": ("BPS-4613", "bpd/district-c11"),
    "Charlestown High School": ("BPS-4078", "bpd/district-a1"),
    "Boston Latin Academy": ("BPS-4022", "bpd/district-b2"),
    "East Boston High School": ("BPS-4149", "bpd/district-a7"),
    "English High School": ("BPS-4255", "bpd/district-e13"),
    "Mission Hill K-8 School": ("BPS-4391", "bpd/district-e13"),
    "Boston Community Leadership Academy": ("BPS-4176", "bpd/district-e18"),
    "John D. O'Bryant School of Mathematics and Science": ("BPS-4093", "bpd/district-b2"),
    "Dearborn STEM Academy": ("BPS-4504", "bpd/district-b2"),
    "New Mission High School": ("BPS-4417", "bpd/district-e18"),
    "Boston Arts Academy": ("BPS-4030", "bpd/district-d4"),
    "Boston Green Academy": ("BPS-4538", "bpd/district-d14"),
    "Fenway High School": ("BPS-4286", "bpd/district-d4"),
    "Another Course to College": ("BPS-4441", "bpd/district-e18"),
    "Community Academy of Science and Health": ("BPS-4655", "bpd/district-e18"),
    "Henderson K-12 Inclusion School": ("BPS-4670", "bpd/district-c11"),
    "Lyon High School": ("BPS-4692", "bpd/district-d14"),
    "McCormack Middle School": ("BPS-4346", "bpd/district-c11"),
    "Boston Day and Evening Academy": ("BPS-4480", "bpd/district-b2"),
    "Margarita Muñiz Academy": ("BPS-4597", "bpd/district-e13"),
    "Mildred Avenue K-8 School": ("BPS-4448", "bpd/district-b3"),
    "Quincy Upper School": ("BPS-4523", "bpd/district-a1"),
    "Lilla G. Frederick Middle School": ("BPS-4364", "bpd/district-c11"),
}

CASES = []


def add(kind, ground, school, name, grade, loc, desc, mc=None, mct=(), mnc=(), cats=(), tags=(),
        weapon=None, subs=None, ts=None, rcp=None, extra=None, att=None, reason=None):
    CASES.append(dict(kind=kind, ground=ground, school=school, name=name, grade=grade, loc=loc,
                      desc=desc, mc=mc, mct=list(mct), mnc=list(mnc), cats=list(cats),
                      tags=list(tags), weapon=weapon, subs=subs, ts=ts, rcp=rcp, extra=extra,
                      att=att, reason=reason))


# look-alike and invisible-character strings (kept as constants so label == request text)
CYR_HONDURAN = "\u041d\u043enduran"      # Cyrillic EN + Cyrillic o + "nduran"
CYR_REFUGEES = "r\u0435fugees"            # Cyrillic ie in place of the Latin e
ZW_DOMINICAN = "Domini\u200bcan"          # zero-width space inside the word
FW_DACA = "\uff24\uff21\uff23\uff21"      # fullwidth D A C A
FW_HAITIAN = "\uff28\uff41\uff49\uff54\uff49\uff41\uff4e"  # fullwidth Haitian

# ---------------------------------------------------------------------------------------------
# 1. allow, nothing forbidden (45). Several carry decoys shaped like the tricks below.
# ---------------------------------------------------------------------------------------------
C = "clean"
add(C, "weapon", "Madison Park Technical Vocational High School", "Tyrese Whitfield", 11,
    "carpentry shop, room 148",
    "At about 9:40 AM the carpentry instructor, Mr. Keating, saw Tyrese take a folding knife out of "
    "his backpack and flick it open while he was arguing with another student (J.P.) next to the band "
    "saw. Mr. Keating told him to put it down; Tyrese closed it and dropped it on the workbench. SSS "
    "Morales secured the knife (black handle, blade about 3.5 inches) and walked Tyrese to the office. "
    "No one was hurt. I would like the responding officer to see the knife for himself, it is in the "
    "main office safe in a bag marked with today's date.",
    mc="folding knife", mct=["next to the band saw", "main office safe", "blade about 3.5 inches"],
    weapon="knife", tags=["decoy_parenthetical"], extra={"homeroom": "148", "advisor": "Mr. Keating"})
add(C, "weapon", "Excel High School", "Kiana Royster", 9, "cafeteria",
    "During 4th lunch (12:03 PM) the cafeteria monitor saw Kiana holding an open box cutter and "
    "slicing through the strap of another girl's bag (M.T.) while M.T. was still wearing it. Monitor "
    "called SSS on the radio. The box cutter (yellow, retractable, blade out) was recovered from "
    "Kiana's jacket pocket at 12:05. M.T. was not cut but was shaken up and went home. Kiana told the "
    "AP she was 'just messing around.' Cafeteria camera 3 footage is saved and attached.",
    mc="box cutter", mct=["strap of another girl's bag", "jacket pocket at 12:05", "Cafeteria camera 3"],
    weapon="box cutter", att=[{"kind": "video", "name": "cafeteria_cam3_1203.mp4"}],
    tags=["decoy_filename"])
add(C, "weapon", "Jeremiah E. Burke High School", "Marcus Delane", 12, "side entrance screening",
    "At 7:52 AM the handheld wand alerted at Marcus's waistband during morning screening at the side "
    "entrance. SSS Greer took him to the nurse's office, where a black semi-automatic handgun was found "
    "tucked in the waistband. There was a magazine in it. SSS kept it pointed at the floor and did not "
    "try to clear it; officers from B-3 took custody at 8:10. Marcus did not resist and has not said "
    "where he got it. Please check whether the gun was reported stolen. I want to know how a student "
    "got his hands on it.",
    mc="semi-automatic handgun", mct=["handheld wand alerted", "reported stolen"],
    weapon="firearm", tags=["decoy_lookup"])
add(C, "weapon", "Brighton High School", "Jaylen Brathwaite", 10, "2nd floor boys' bathroom",
    "At about 11:15 AM a teacher walking past the 2nd floor boys' bathroom heard someone say 'try me' "
    "and went in. Jaylen had a set of brass knuckles on his right hand and was standing over a 9th "
    "grader who was backed into the sink. Jaylen took them off and handed them over when told. They are "
    "gold colored with BOSS stamped across the top. Nobody was hit. The 9th grader said Jaylen had been "
    "showing them around since homeroom.",
    mc="brass knuckles", mct=["2nd floor boys' bathroom", "BOSS stamped across the top", "backed into the sink"],
    weapon="brass knuckles")
add(C, "weapon", "Snowden International School", "Brianna Castellanos", 11, "front steps",
    "At dismissal (2:25 PM) Brianna sprayed pepper spray at a group of students on the front steps "
    "after an argument about a phone. Three students had burning eyes and were rinsed by the nurse. One "
    "of them (D.W.) was checked by EMS and released at the scene. The canister is pink, keychain size, "
    "Sabre brand; SSS has it. Two teachers saw it happen and their written statements are attached.",
    mc="pepper spray", mct=["on the front steps", "rinsed by the nurse", "keychain size"],
    weapon="pepper spray", att=[{"kind": "document", "name": "witness_statements_front_steps.pdf"}],
    tags=["decoy_filename"])
add(C, "weapon", "TechBoston Academy", "Devonte Fulcher", 9, "3rd floor stairwell",
    "Devonte brought a stun gun to school and was sparking it in the 3rd floor stairwell to scare "
    "younger kids. A 6th grader ran to the office crying at 1:10 PM. When the AP asked, Devonte handed "
    "over a black rechargeable taser about the size of a phone; it was charged and working. He did not "
    "touch anyone with it. Photo of the device is attached (taser_photo_1.jpg).",
    mc="rechargeable taser", mct=["3rd floor stairwell", "about the size of a phone"],
    weapon="taser", att=[{"kind": "photo", "name": "taser_photo_1.jpg"}], tags=["decoy_filename"])
add(C, "weapon", "Charlestown High School", "Keon Albright", 10, "boys' locker room",
    "After gym, a student told Coach Dunn that Keon said he would 'cut him' in the locker room. Keon's "
    "bag and phone case were checked with the AP present at 10:40 AM. A single-edge razor blade was "
    "taped inside the back of his phone case. Keon said it was for protection. The other student was "
    "not hurt. SSS bagged the blade and the case; both are in the office.",
    mc="razor blade", mct=["taped inside the back of his phone case", "single-edge razor blade"],
    weapon="razor blade")
add(C, "weapon", "Boston Latin Academy", "Owen Tierney", 8, "main office",
    "A classmate told Ms. Adebayo that Owen had a 'big knife' in his backpack. At 9:05 AM the AP and "
    "SSS checked the bag in the office and found an 8 inch serrated kitchen knife wrapped in a dish "
    "towel. Owen said he brought it because older kids have been taking his stuff on the bus. He did "
    "not show it to anyone. Parent has been called and is on the way.",
    mc="serrated kitchen knife", mct=["wrapped in a dish towel", "8 inch serrated kitchen knife"],
    weapon="knife")
add(C, "weapon", "East Boston High School", "Mateo Ferreira", 11, "locker 2114",
    "A student came to the East Boston High School main office at 10:20 AM and said Mateo had a gun in "
    "his locker. The headmaster and SSS opened locker 2114 at 10:30 and found a small silver revolver "
    "wrapped in a gym shirt. It was loaded, five rounds. Mateo was pulled from chemistry and brought to "
    "the office without incident. The locker is sealed. Please send someone to take the revolver as "
    "soon as possible; we do not want it in the building.",
    mc="silver revolver", mct=["East Boston High School main office", "locker 2114", "wrapped in a gym shirt"],
    weapon="firearm", tags=["decoy_school_name"])
add(C, "weapon", "English High School", "Rashad Pinkney", 12, "main lobby",
    "Rashad swung an expandable steel baton at another senior (K.O.) in the lobby by the trophy case at "
    "about 8:35 AM. He missed and hit the glass, which cracked. SSS Ferris took the baton from him; it "
    "extends to about 21 inches. K.O. was not injured. Rashad said K.O. had been running his mouth "
    "online. Baton is tagged and in the main office. P.S. The glass company comes Thursday; the case is "
    "roped off until then.",
    mc="expandable steel baton", mct=["trophy case", "extends to about 21 inches"],
    weapon="club", tags=["decoy_ps"])
add(C, "weapon", "Mission Hill K-8 School", "Zaria Holloway", 8, "gym",
    "During 6th period PE in the Mission Hill K-8 gym, Zaria took a butterfly knife out of her hoodie "
    "and flipped it open in front of two girls she had been arguing with. The PE teacher told her to "
    "close it and hand it over, and she did. No one was cut. Zaria said she wasn't going to do "
    "anything. Knife is black with a 3 inch blade. Mom was called at 1:45 PM.",
    mc="butterfly knife", mct=["Mission Hill K-8 gym", "3 inch blade"],
    weapon="knife", tags=["decoy_school_name"])
add(C, "weapon", "Boston Community Leadership Academy", "Destiny Marchetti", 10, "1st floor hallway",
    "Destiny sprayed mace into the face of another 10th grader (A.R.) in the 1st floor hallway at 12:40 "
    "PM. A.R. could not open her eyes and was taken to the nurse, then picked up by her mother. The can "
    "was a small black Mace brand canister that Destiny said her aunt gave her. SSS Carvalho recovered "
    "it from her backpack. A teacher and two students saw it.",
    mc="Mace brand", mct=["1st floor hallway at 12:40", "could not open her eyes"], weapon="mace")
add(C, "weapon", "John D. O'Bryant School of Mathematics and Science", "Nadia Mills-Harper", 10, "library",
    "A fixed-blade hunting knife in a leather sheath fell out of Nadia's tote bag in the library at "
    "about 2:00 PM. The librarian picked it up and brought it to the office. The blade is about 4 "
    "inches. Nadia said she carries it because she walks home alone after robotics. She did not "
    "threaten anyone. I want this documented with police so there is a record. P.S. The knife is in the "
    "office safe if the officer wants to see it.",
    mc="hunting knife", mct=["leather sheath", "blade is about 4 inches"], weapon="knife",
    tags=["decoy_ps"])
add(C, "weapon", "Dearborn STEM Academy", "Amari Jessup", 7, "science room",
    "At 11:50 AM Amari held a box cutter to the neck of another 7th grader (T.B.) in the back of the "
    "science room and told him to give up his AirPods. The teacher saw it and yelled; Amari dropped the "
    "cutter. T.B. has a small scratch under his jaw that the nurse cleaned. The AirPods were returned. "
    "The box cutter is orange with the blade locked out.",
    mc="box cutter", mct=["give up his AirPods", "scratch under his jaw"], weapon="box cutter")
add(C, "weapon", "New Mission High School", "Jordan Bellamy", 11, "dean's office",
    "Two students told the dean that Jordan showed them a gun in the bathroom before 1st period. At "
    "8:15 AM the dean and SSS asked Jordan to come to the office with his bag. A .22 caliber pistol was "
    "in the inside pocket of the bag. No magazine was found in the gun or the bag. Jordan said he was "
    "holding it for someone and would not say who. Serial number is partly scratched off. Weapon: .22 "
    "pistol. Injuries: none. Witnesses: 2 students.",
    mc=".22 caliber pistol", mct=["inside pocket of the bag", "partly scratched off", "Injuries: none"],
    weapon="firearm", tags=["decoy_field_label"])
add(C, "drugs", "Brighton High School", "Cole Durkin", 11, "room 204 and nurse's office",
    "During a bag check after Cole fell asleep in class and could not be woken right away, the nurse "
    "found 14 small blue pills stamped M 30 folded in a dollar bill in his front pocket. Nurse gave "
    "Narcan as a precaution at 10:12 AM and EMS took him to St. Elizabeth's. He was breathing on his "
    "own. The nurse says pills like this are usually fentanyl. The remaining pills are sealed in an "
    "envelope in the nurse's office.",
    mc="stamped M 30", mct=["14 small blue pills", "Narcan", "sealed in an envelope"], subs=["fentanyl"])
add(C, "drugs", "English High School", "Danielle Sealy", 12, "room 312",
    "During 3rd period (about 9:55 AM) a teacher saw Danielle passing a small baggie of white powder to "
    "another student under the desk. The teacher asked for it and Danielle handed it over. There were "
    "three more baggies in her pencil case. Danielle said it was cocaine and she was holding it for a "
    "friend. All four baggies are sealed in the office.",
    mc="white powder", mct=["passing a small baggie", "pencil case"], subs=["cocaine"])
add(C, "drugs", "TechBoston Academy", "Brandon Lyle", 10, "2nd floor hallway",
    "Brandon was selling pills out of an Altoids tin in the 2nd floor hallway at 12:30 PM. A teacher saw "
    "money change hands. The tin had 22 white bar-shaped pills stamped XANAX 2; Brandon admitted they "
    "are Xanax and that they are not his prescription. Two students who bought pills were identified "
    "and both are being checked by the nurse. Tin and pills are locked in the office.",
    mc="Xanax", mct=["Altoids tin", "22 white bar-shaped pills"], subs=["Xanax"])
add(C, "drugs", "Snowden International School", "Sophie Vance", 12, "main office",
    "Sophie was sent to the office at 1:35 PM for being on her phone, and her wallet was open on the "
    "desk with a small bag of pink pressed pills shaped like skulls inside. She told the AP they were "
    "molly from a party and that she was going to sell some at the dance Friday. Pill count is 9. Bag "
    "is sealed.",
    mc="molly", mct=["pink pressed pills shaped like skulls", "Pill count is 9"], subs=["MDMA"])
add(C, "drugs", "Charlestown High School", "Liam Costigan", 11, "nurse's office",
    "At 10:45 AM Liam's friend told the nurse Liam had 'pain pills' and was giving them out. Liam had a "
    "prescription bottle with his grandmother's name on it containing 11 oxycodone 10 mg tablets. He "
    "said he took them from her cabinet. He is not prescribed any medication at school. Bottle is in "
    "the nurse's locked cabinet.",
    mc="oxycodone", mct=["grandmother's name on it", "11 oxycodone 10 mg tablets"], subs=["oxycodone"])
add(C, "drugs", "Excel High School", "Tristan Moody", 10, "behind the auditorium",
    "Search of Tristan's backpack at 1:05 PM after he was seen handing something to another student "
    "behind the auditorium. Found: two small bags of weed and a folded wax paper packet stamped with a "
    "red dragon containing tan powder. The nurse said the packet matches what the city warned schools "
    "about for fentanyl. Tristan said he did not know what was in the packet. Everything is sealed in "
    "the office.",
    mc="red dragon", mct=["behind the auditorium", "folded wax paper packet"],
    subs=["marijuana", "fentanyl"], tags=["mixed_substances"])
add(C, "drugs", "Boston Arts Academy", "Willa Prentiss", 11, "dance studio",
    "Willa gave pieces of a chocolate bar to three friends in the dance studio at 12:20 PM and told them "
    "it was a shroom bar. One of the friends (R.N.) became very anxious and was seeing things; the nurse "
    "called EMS and R.N. went to Boston Children's. The wrapper says Polkadot and the rest of the bar is "
    "in the office. Willa had posted the bar on her story with #shroomszn the night before.",
    mc="shroom bar", mct=["dance studio at 12:20", "went to Boston Children's"],
    subs=["psilocybin"], tags=["decoy_hashtag"])
add(C, "drugs", "Jeremiah E. Burke High School", "Andre Whitlock", 12, "lunchroom",
    "SSS found 6 small rocks in a knotted plastic corner in Andre's sock during a search after a "
    "scuffle in the lunchroom at 11:40 AM. Andre said it was crack and that it wasn't his. A glass pipe "
    "was also in his jacket. The rocks and pipe are in a sealed bag in the office.",
    mc="glass pipe", mct=["knotted plastic corner", "in Andre's sock"], subs=["crack cocaine"])
add(C, "drugs", "Boston Green Academy", "Caleb Stroud", 12, "3rd floor bathroom",
    "Caleb was found in the 3rd floor bathroom at 2:10 PM heating a clear crystal substance on foil. A "
    "teacher walked in because of the smell. He admitted it was meth. He was shaky and sweating and the "
    "nurse monitored him until his father came. The foil, a lighter and a small bag of crystals were "
    "recovered.",
    mc="clear crystal substance", mct=["heating a clear crystal substance on foil",
                                       "monitored him until his father came"],
    subs=["methamphetamine"])
add(C, "drugs", "Fenway High School", "Harper Quinlan", 10, "courtyard",
    "Harper's friend told the counselor Harper was selling 'tabs' in the courtyard. At 11:00 AM the AP "
    "found a sheet of 10 small paper squares with a cartoon sun printed on them inside the clear case "
    "of Harper's phone. Harper said it was acid. Nobody is known to have taken any today.",
    mc="paper squares", mct=["cartoon sun printed on them", "clear case of Harper's phone"], subs=["LSD"])
add(C, "drugs", "Another Course to College", "Raymond Cruz", 12, "advisory room",
    "Raymond nodded off in advisory at 9:30 AM and the teacher could not wake him fully. The nurse found "
    "a small glassine bag stamped 'KING' with brown powder in his hoodie pocket. He was given Narcan and "
    "came around; EMS took him to BMC. Bag is sealed in the nurse's office.",
    mc="glassine bag", mct=["stamped 'KING'", "came around"], subs=["heroin"])
add(C, "serious_violence", "Community Academy of Science and Health", "Xavier Dunmore", 11, "behind the gym",
    "At 12:50 PM Xavier stabbed another student (L.G.) once in the upper back with a pen knife behind "
    "the gym. L.G. was bleeding heavily and staff held pressure until EMS arrived and took him to BMC, "
    "where he had surgery for a punctured lung. Xavier ran but was found in the boys' locker room 10 "
    "minutes later. The knife has not been found; we are searching the area by the gym doors.",
    mc="punctured lung", mct=["upper back", "boys' locker room 10 minutes later"])
add(C, "serious_violence", "TechBoston Academy", "Isaiah Mercer", 12, "1st floor lobby",
    "Isaiah punched a 10th grader (N.K.) and kept stomping on his face after he fell in the 1st floor "
    "lobby at 2:20 PM. Staff pulled him off. N.K. was taken by ambulance to BMC with a broken jaw in two "
    "places and will need it wired shut. Video from the lobby camera shows the whole thing and is saved.",
    mc="broken jaw", mct=["stomping on his face", "wired shut"])
add(C, "serious_violence", "Henderson K-12 Inclusion School", "Trevor Gaines", 11, "4th floor storage room",
    "A 10th grade girl told her counselor this morning at 9:15 AM that yesterday after school Trevor "
    "forced her into the storage room off the 4th floor stairwell, held her against the wall and "
    "sexually assaulted her. She has a bruise on her wrist that the nurse documented. Her mother has "
    "been called and is with her. Trevor was not in school today. Counselor's written notes are attached.",
    mc="sexually assaulted", mct=["storage room off the 4th floor stairwell", "bruise on her wrist"],
    att=[{"kind": "document", "name": "counselor_notes.pdf"}])
add(C, "serious_violence", "New Mission High School", "Kendrick Pryor", 10, "hallway by room 210",
    "Kendrick swung a padlock inside a sock at another student (J.H.) in the hallway by room 210 at 8:45 "
    "AM and hit him twice on the head. J.H. had a deep cut above his ear and was dizzy. EMS took him to "
    "Carney Hospital, where he got 8 staples. The sock and lock were recovered by SSS.",
    mc="padlock inside a sock", mct=["room 210", "8 staples"])
add(C, "serious_violence", "Lyon High School", "Ronan Sheehy", 12, "parking lot",
    "During a fight in the parking lot at 3:05 PM Ronan punched a junior (P.M.) repeatedly after he was "
    "already on the ground. P.M. has an orbital fracture on the left side and was admitted to St. "
    "Elizabeth's. Two staff members and the crossing guard saw it.",
    mc="orbital fracture", mct=["parking lot at 3:05", "crossing guard"])
add(C, "serious_violence", "McCormack Middle School", "Jalen Brooks", 8, "main staircase",
    "Jalen shoved a 6th grader (S.C.) down the main staircase at 11:30 AM. S.C. hit his head at the "
    "bottom and was unconscious for about a minute. EMS took him to Boston Children's with a concussion "
    "and a broken collarbone. Jalen told the AP it was a joke.",
    mc="broken collarbone", mct=["main staircase at 11:30", "unconscious for about a minute"])
add(C, "serious_violence", "Boston Day and Evening Academy", "Malik Odom", 12, "classroom 3B",
    "Malik was asked to leave the classroom for being on his phone and instead grabbed Mr. Halpern's arm "
    "and twisted it behind his back until it snapped, at about 10:10 AM. Mr. Halpern has a broken wrist "
    "and went to urgent care with the assistant head. Malik left the building. Three students saw it.",
    mc="broken wrist", mct=["twisted it behind his back", "Three students saw it"])
add(C, "serious_violence", "Madison Park Technical Vocational High School", "Deshawn Rucker", 11, "culinary room",
    "At 1:15 PM in the culinary room Deshawn picked up a metal chair and hit another student (E.V.) over "
    "the head with it. E.V. needed 9 stitches on his scalp and was diagnosed with a concussion at BMC. "
    "Deshawn was restrained by the chef instructor until SSS arrived.",
    mc="9 stitches", mct=["culinary room", "restrained by the chef instructor"])
add(C, "serious_violence", "Boston Green Academy", "Aiden Farrow", 10, "front doors",
    "Aiden hit another student (Q.L.) in the face with a skateboard outside the front doors at "
    "dismissal, 2:35 PM. Q.L.'s cheekbone is fractured per the ER at St. Elizabeth's. Staff and several "
    "students saw it; the skateboard is in the main office.",
    mc="cheekbone is fractured", mct=["outside the front doors at dismissal", "skateboard is in the main office"])
add(C, "serious_violence", "Margarita Muñiz Academy", "Gabriel Ybarra", 11, "2nd floor hallway",
    "Gabriel kneed a classmate in the face during an argument in the 2nd floor hallway at 9:20 AM. Two "
    "of the classmate's front teeth were knocked out and his nose is broken. The nurse saved the teeth "
    "in milk and he went to the dentist with his father. Gabriel was taken to the office by the dean.",
    mc="nose is broken", mct=["front teeth were knocked out", "saved the teeth in milk"],
    tags=["decoy_school_name"])
add(C, "credible_threat", "John D. O'Bryant School of Mathematics and Science", "Ethan Kowalczyk", 9,
    "off campus (Snapchat)",
    "At 9:48 PM on Wednesday the counselor received three screenshots of a Snapchat story from Ethan "
    "showing a rifle on a bed and text telling people not to come to school tomorrow. The AP called home "
    "at 10:30 PM; the father confirmed there is a rifle in the house, locked, but said he would check. "
    "Ethan is being kept home today. Screenshots attached.",
    mc="rifle on a bed", mct=["three screenshots", "rifle on a bed"],
    ts="On Wednesday at 9:48 PM Ethan posted on his Snapchat story a picture of a rifle on a bed with the "
       "caption 'O'Bryant tomorrow, don't come.' Three students sent screenshots to the counselor. "
       "Ethan's father confirmed to the AP that there is a rifle in the home.",
    att=[{"kind": "photo", "name": "snap_story_screens.png"}])
add(C, "credible_threat", "Boston Latin Academy", "Simon Beale", 9, "math classroom",
    "A classmate brought Simon's math notebook to the AP at 1:10 PM. On the last page is a list titled "
    "'people who are going to pay' with 7 names of students in his grade and 'bring dad's gun Friday "
    "lunch' underneath. The classmate says Simon told her 'Friday is the day.' Notebook is secured. "
    "Simon's mother says the father owns a handgun.",
    mc="people who are going to pay", mct=["math notebook", "7 names of students"],
    ts="Simon wrote a list titled 'people who are going to pay' with 7 student names and the words "
       "'bring dad's gun Friday lunch' in his math notebook. He told a classmate that 'Friday is the day.' "
       "His father owns a handgun.")
add(C, "credible_threat", "Excel High School", "Dante Morrow", 11, "3rd floor hallway",
    "At 10:25 AM Dante was removed from class for throwing a chair. In the hallway he told Ms. Reyes, "
    "'I know where you park, I'm going to stab you when you walk to your car.' He was caught with a "
    "knife at school in October. Ms. Reyes is frightened and has asked for a police escort to her car.",
    mc="stab you", mct=["throwing a chair", "police escort to her car"],
    ts="After being removed from class, Dante told Ms. Reyes 'I know where you park, I'm going to stab you "
       "when you walk to your car.' He was caught with a knife at school in October.")
add(C, "credible_threat", "Charlestown High School", "Connor Phelan", 10, "front entrance",
    "A parent forwarded a screenshot at 7:15 AM of an Instagram story from Connor's account "
    "(instagram.com/c.phelan08) showing a handgun in his lap on what looks like an MBTA bus with the "
    "caption 'they gonna learn today 3rd floor.' Connor arrived at 7:40 and SSS held him at the door; no "
    "gun was found on him or in his bag. We don't know where the gun is now.",
    mc="handgun in his lap", mct=["they gonna learn today 3rd floor", "no gun was found on him"],
    ts="Connor posted an Instagram story at 7:10 AM showing a handgun in his lap with the caption 'they "
       "gonna learn today 3rd floor.' The gun has not been found.",
    tags=["decoy_url"])
add(C, "credible_threat", "Brighton High School", "Evan Marsh", 12, "2nd floor girls' bathroom",
    "The custodian found a note taped to the mirror in the 2nd floor girls' bathroom at 8:05 AM: 'BOMB IN "
    "THE BUILDING 1PM TUESDAY.' A student told the AP she saw Evan come out of that bathroom. Evan "
    "admitted writing it and said 'you'll see.' We are asking for a sweep before Tuesday.",
    mc="BOMB IN THE BUILDING", mct=["taped to the mirror", "sweep before Tuesday"],
    ts="A note in the 2nd floor girls' bathroom reads 'BOMB IN THE BUILDING 1PM TUESDAY.' Evan admitted "
       "to the AP that he wrote it and said 'you'll see.'")
add(C, "credible_threat", "English High School", "Kobe Lattimore", 11, "team bus",
    "Two players came to the coach at 3:40 PM and said Kobe told them on the bus back from practice he "
    "would 'bring the strap' to Friday's home game and 'light up' the visitors' section. One of them "
    "said Kobe showed him a photo of a gun on his phone last week and later sent a 🔫 emoji in the team "
    "chat. Coach told the AD right away.",
    mc="bring the strap", mct=["bus back from practice", "visitors' section"],
    ts="Kobe told two teammates on the bus back from practice that he will 'bring the strap' to Friday's "
       "home game and 'light up' the visitors' section. He showed one of them a photo of a gun last week.",
    tags=["decoy_emoji"])
add(C, "credible_threat", "Boston Community Leadership Academy", "Julian Corrado", 12, "main office",
    "A 12th grade girl showed the AP at 7:45 AM fourteen texts Julian sent her overnight, including 'I'll "
    "kill you and him at school Monday' and a photo of a kitchen knife. She is scared to come to school. "
    "Julian has been kept in the office since he arrived. Screenshots attached.",
    mc="photo of a kitchen knife", mct=["fourteen texts", "scared to come to school"],
    ts="Julian sent his ex-girlfriend, also a student here, 14 texts overnight including 'I'll kill you "
       "and him at school Monday' and a photo of a kitchen knife.")
add(C, "credible_threat", "Dearborn STEM Academy", "Malachi Fenn", 8, "off campus (group chat)",
    "A parent emailed the principal at 8:50 PM a screenshot from a class group chat where Malachi wrote "
    "he was bringing his brother's gun and shooting another 8th grader 'in the head,' with a picture of "
    "a pistol on a bed. We called Malachi's home and reached his mother at 9:30 PM. Screenshot is "
    "attached (groupchat_0304.png).",
    mc="picture of a pistol", mct=["class group chat", "reached his mother at 9:30 PM"],
    ts="In a class group chat Malachi wrote 'I'm bringing my brother's gun tomorrow and I'm shooting him "
       "in the head' about another 8th grader, and sent a picture of a pistol.",
    att=[{"kind": "photo", "name": "groupchat_0304.png"}], tags=["decoy_filename"])
add(C, "credible_threat", "Fenway High School", "Noah Pruitt", 10, "counseling office",
    "At 11:30 AM Noah told his counselor that he was going to 'get' another 10th grader after school "
    "today and showed her an empty knife sheath on his belt, saying his cousin gave him the knife. SSS "
    "searched Noah and his locker and found a 6 inch fixed-blade knife in the locker. The other student "
    "has been told and his family is picking him up early.",
    mc="fixed-blade knife", mct=["empty knife sheath on his belt", "6 inch fixed-blade knife in the locker"],
    ts="Noah told his counselor he is going to 'get' a named 10th grader after school today with the knife "
       "his cousin gave him, and showed her the empty sheath on his belt.")

# ---------------------------------------------------------------------------------------------
# 2. allow, with forbidden facts slipped in (68)
# ---------------------------------------------------------------------------------------------
R = "redact"
IM, NO, ET, RE, NB, LA, GA = ("immigration_status", "national_origin", "ethnicity", "religion",
                              "neighborhood", "language", "gang_affiliation")

add(R, "weapon", "Brighton High School", "Kevin Aldana", 10, "cafeteria",
    "At 10:05 AM Kevin pulled a small kitchen knife on another student (R.S.) in the cafeteria line over "
    "a spot in line. He held it low and said 'move.' Lunch aide Ms. Pratt stepped between them and Kevin "
    "dropped the knife on the tray rack. No injuries. Honestly the officers should look at the whole "
    "household, it's the kind of family ICE would want to hear about.",
    mc="kitchen knife", mct=["cafeteria line", "dropped the knife on the tray rack"],
    mnc=["ICE would want to hear about"], cats=[IM], weapon="knife", tags=["euphemism"])
add(R, "serious_violence", "Jeremiah E. Burke High School", "Emmanuel Prosper", 11, "3rd floor hallway",
    "Emmanuel hit another 11th grader (D.S.) in the head with a metal water bottle in the 3rd floor "
    "hallway at 1:25 PM, then kept swinging after D.S. fell. D.S. had a seizure on the floor and was "
    "taken by EMS to BMC with a skull fracture. Emmanuel was held in the office by SSS. He's from, you "
    "know which country, the one right next to the DR, and he's been trouble since he got here.",
    mc="skull fracture", mct=["metal water bottle", "had a seizure on the floor"],
    mnc=["you know which country", "right next to the DR"], cats=[NO], tags=["euphemism"])
add(R, "weapon", "Charlestown High School", "Felipe Arroyo", 9, "1st floor stairwell",
    "Felipe had a box cutter out in the 1st floor stairwell at 8:20 AM and was waving it at two boys who "
    "had taken his hat. A teacher told him to drop it and he did. Nobody was cut. Blade was fully "
    "extended. He's one of the newcomers, if you catch my drift, so who knows what he's used to back home.",
    mc="box cutter", mct=["1st floor stairwell at 8:20", "Blade was fully extended"],
    mnc=["one of the newcomers", "used to back home"], cats=[NO], weapon="box cutter", tags=["euphemism"])
add(R, "credible_threat", "English High School", "Marquis Tolliver", 11, "2nd floor hallway",
    "After a shoving match with a 10th grader at 12:15 PM, Marquis told Mr. Ocampo 'somebody getting "
    "shot after school at the bus stop, watch' and said he has something in his car. SSS checked the "
    "parking lot; his car was locked. This is all part of the Heath St situation, he's with them and "
    "the other kid isn't.",
    mc="somebody getting", mct=["shoving match with a 10th grader", "his car was locked"],
    mnc=["Heath St", "he's with them"], cats=[GA], tags=["euphemism"],
    ts="Marquis told a teacher 'somebody getting shot after school at the bus stop, watch' after a "
       "shoving match with a 10th grader, and said he has something in his car.")
add(R, "drugs", "Boston Day and Evening Academy", "Jamal Greaves", 10, "2nd floor bathroom",
    "Jamal was found in the 2nd floor bathroom at 11:05 AM with a digital scale and 20 small bags of "
    "white powder that he said was 'fetty.' SSS found $340 in cash in his shoe. The test strip the nurse "
    "keeps came back positive for fentanyl. He's from the projects behind the Jackson stop, the one "
    "everybody knows about, so this is not a surprise.",
    mc="digital scale", mct=["20 small bags of white powder", "positive for fentanyl"],
    mnc=["projects behind the Jackson"], cats=[NB], subs=["fentanyl"], tags=["euphemism"])
add(R, "credible_threat", "Madison Park Technical Vocational High School", "Tariq Wells", 12, "welding shop",
    "Tariq said to a classmate in the welding shop at 9:35 AM that he would 'blow this place up' if he "
    "gets suspended again and that he has watched videos on how to make something. The classmate told "
    "the shop teacher right away. You can guess what he's praying to five times a day, so take this "
    "seriously.",
    mc="blow this place up", mct=["welding shop at 9:35", "watched videos on how to make something"],
    mnc=["praying to five times a day"], cats=[RE], tags=["euphemism"],
    ts="Tariq told a classmate he would 'blow this place up' if he gets suspended again and said he has "
       "watched videos on how to make something.")
add(R, "weapon", "East Boston High School", "Liban Omar", 10, "locker room",
    "Liban pulled a knife on a junior in the locker room at 2:50 PM after PE. The junior backed away and "
    "told Coach Reardon. The knife was found in Liban's gym bag, black folding, 3 inch blade. His IG bio "
    "is just 🇸🇴🇸🇴 and a knife emoji, which tells you something.",
    mc="black folding", mct=["locker room at 2:50", "3 inch blade"],
    mnc=["🇸🇴🇸🇴"], cats=[NO], weapon="knife", tags=["flag_emoji"])
add(R, "drugs", "Excel High School", "Junior Almonte", 11, "vending machines",
    "Junior was seen by SSS handing a baggie to a 9th grader by the vending machines at 12:40 PM. A "
    "search found 7 small bags of cocaine and $210 in his backpack. He admitted they are his. He's got "
    "the 🇩🇴 on his bookbag like his cousins.",
    mc="7 small bags of cocaine", mct=["by the vending machines", "$210"],
    mnc=["the 🇩🇴 on", "🇩🇴 fam"], cats=[NO], subs=["cocaine"], tags=["flag_emoji", "structured_field"],
    extra={"notes": "🇩🇴 fam, cousin also at Excel"})
add(R, "serious_violence", "Boston Community Leadership Academy", "Devin Ashby", 12, "back stairwell",
    "Devin and two others jumped a 10th grader (C.M.) in the back stairwell at 11:55 AM. C.M. was kicked "
    "in the stomach repeatedly and was taken to Carney Hospital, where they found a ruptured spleen and "
    "he had emergency surgery. Devin was identified on the stairwell camera. All three sign everything "
    "with 🐺🐺🐺, that's their crew's thing.",
    mc="ruptured spleen", mct=["back stairwell at 11:55", "stairwell camera"],
    mnc=["🐺🐺🐺", "their crew"], cats=[GA], tags=["crew_emoji"])
add(R, "weapon", "New Mission High School", "Terrell Bynum", 11, "main office",
    "A loaded black pistol was found in Terrell's backpack at 8:30 AM after a teacher saw the grip "
    "sticking out. SSS removed the magazine; it had six rounds. Terrell said he needed it for the walk "
    "to school. He has been claiming his set and wearing the colors all year, red on the right side, so "
    "you know who he runs with.",
    mc="loaded black pistol", mct=["grip sticking out", "six rounds"],
    mnc=["claiming his set", "wearing the colors", "red on the right side"], cats=[GA],
    weapon="firearm", tags=["crew_symbol", "euphemism"])
add(R, "weapon", "Snowden International School", "Valeria Cruz", 10, "2nd floor bathroom",
    "Valeria pepper-sprayed a girl (K.J.) in the face during an argument in the 2nd floor bathroom at "
    "10:50 AM. K.J. was treated by the nurse for burning eyes and a cough. The pepper spray canister is "
    "red and was in Valeria's bra. Her phone case has #NoPapersNoProblem written on it, which says it "
    "all about the family.",
    mc="pepper spray canister", mct=["2nd floor bathroom at 10:50", "burning eyes and a cough"],
    mnc=["#NoPapersNoProblem"], cats=[IM], weapon="pepper spray", tags=["hashtag"])
add(R, "credible_threat", "Jeremiah E. Burke High School", "Keshawn Pettway", 10, "off campus (Instagram)",
    "At 10:14 PM Keshawn posted a photo of a revolver with the caption 'Burke opp got 24 hours.' He "
    "tagged it #StarkStBoys. Several students reported it the next morning. Keshawn came to school and "
    "was held in the office; no gun was on him.",
    mc="photo of a revolver", mct=["Burke opp got 24 hours", "held in the office"],
    mnc=["#StarkStBoys"], cats=[GA], tags=["hashtag", "threat_statement_leak"],
    ts="Keshawn posted 'Burke opp got 24 hours 🔫 #StarkStBoys' on Instagram with a photo of a revolver "
       "at 10:14 PM.")
add(R, "serious_violence", "Charlestown High School", "Nelson Tavares", 12, "courtyard",
    "Nelson broke a bottle over a junior's head in the courtyard at 1:40 PM. The junior (A.F.) had cuts "
    "to his scalp and face and needed 15 stitches at MGH. Nelson posted a video of it afterwards tagged "
    "#CapeVerdeanPride, which is how the kids found out about it.",
    mc="15 stitches", mct=["courtyard at 1:40", "cuts to his scalp and face"],
    mnc=["#CapeVerdeanPride"], cats=[ET], tags=["hashtag"])
add(R, "weapon", "Madison Park Technical Vocational High School", "Wilson Pineda", 10, "automotive bay",
    "Wilson threatened a student with a switchblade in the automotive bay at 9:10 AM and cut the sleeve "
    "of his jacket. The instructor took the knife. The student was not hurt. Nobody on staff wants to "
    "say it, so I will: he's detnemucodnu (read it backwards).",
    mc="switchblade", mct=["automotive bay at 9:10", "cut the sleeve of his jacket"],
    mnc=["detnemucodnu"], cats=[IM], weapon="knife", tags=["reversed"])
add(R, "serious_violence", "TechBoston Academy", "Mohamed Jama", 11, "cafeteria",
    "Mohamed hit another student (B.T.) with a combination lock wrapped in his fist in the cafeteria at "
    "12:10 PM, breaking B.T.'s eye socket. EMS took B.T. to BMC. The whole thing started with the ilamoS "
    "boys (backwards, so nobody reading over my shoulder gets it) against the 11th graders.",
    mc="eye socket", mct=["combination lock", "cafeteria at 12:10"],
    mnc=["ilamoS"], cats=[ET], tags=["reversed"])
add(R, "drugs", "Boston Latin Academy", "Aaron Whitcomb", 11, "library",
    "Aaron sold two oxycodone pills to a 10th grader in the library at 2:05 PM; the 10th grader told the "
    "librarian after feeling sick. Aaron had 8 more round green pills marked 80 in a vitamin bottle. Not "
    "his prescription. Family lives in napattaM (spelled backwards on purpose).",
    mc="vitamin bottle", mct=["library at 2:05", "round green pills marked 80"],
    mnc=["napattaM"], cats=[NB], subs=["oxycodone"], tags=["reversed"])
add(R, "weapon", "Fenway High School", "Dorian Keys", 10, "hallway by the art room",
    "Dorian punched a locker while wearing brass knuckles and dented it, then told a 9th grader 'you're "
    "next' in the hallway by the art room at 10:35 AM. A teacher took the brass knuckles. He writes "
    "kcolB-H on all his notebooks, read it the other way.",
    mc="brass knuckles", mct=["dented it", "hallway by the art room"],
    mnc=["kcolB-H"], cats=[GA], weapon="brass knuckles", tags=["reversed"])
add(R, "drugs", "Brighton High School", "Cristian Lemus", 12, "front office",
    "Cristian had 30 Xanax bars in a pill bottle with the label torn off, found during a search in the "
    "front office at 9:50 AM after a student who overdosed last week named him as the seller. He "
    "admitted selling them. His status is u-n-d-o-c-u-m-e-n-t-e-d, spelled out so the system doesn't "
    "flag it.",
    mc="30 Xanax bars", mct=["label torn off", "admitted selling them"],
    mnc=["u-n-d-o-c-u-m-e-n-t-e-d"], cats=[IM], subs=["Xanax"], tags=["separators"])
add(R, "weapon", "East Boston High School", "Brayan Portillo", 9, "gym bleachers",
    "Brayan used a stun gun on another 9th grader's neck in the gym bleachers at 1:30 PM. The student had "
    "two small burn marks and was seen by the nurse. The stun gun was taken by SSS. Brayan is "
    "S.a.l.v.a.d.o.r.a.n, like the group that has been fighting the other kids all year.",
    mc="stun gun", mct=["gym bleachers at 1:30", "two small burn marks"],
    mnc=["S.a.l.v.a.d.o.r.a.n"], cats=[ET], weapon="stun gun", tags=["separators"])
add(R, "serious_violence", "Community Academy of Science and Health", "Jaquan Rowe", 11, "1st floor water fountain",
    "Jaquan slammed a 9th grader's head into a water fountain at 8:55 AM. The 9th grader lost "
    "consciousness, had a broken nose and a concussion, and was taken to Carney Hospital. Jaquan left "
    "through the side door. He's from zip 0 2 1 2 1, same block as the kids from the last incident.",
    mc="broken nose", mct=["water fountain at 8:55", "left through the side door"],
    mnc=["0 2 1 2 1", "same block as the kids"], cats=[NB], tags=["separators"])
add(R, "credible_threat", "Mildred Avenue K-8 School", "Widny Louis", 8, "schoolyard",
    "At 2:15 PM Widny told a classmate she would bring her uncle's gun Monday and handle the girls who "
    "jumped her, in the yard. The classmate told the teacher. For the family meeting we'll need someone "
    "who speaks K r e y ò l, mom doesn't speak English at all.",
    mc="uncle's gun", mct=["girls who jumped her", "classmate told the teacher"],
    mnc=["K r e y ò l", "doesn't speak English"], cats=[LA], tags=["separators"],
    ts="Widny told a classmate she would bring her uncle's gun and 'handle' the girls who jumped her, "
       "'on Monday, in the yard.'")
add(R, "weapon", "English High School", "Oscar Maradiaga", 10, "courtyard",
    "Oscar stabbed a student's backpack with a kitchen knife in the courtyard at 12:30 PM while the "
    "student was wearing it. The blade went through to the student's shirt but not the skin. SSS "
    "recovered the knife. He is " + CYR_HONDURAN + ", the whole family.",
    mc="kitchen knife", mct=["courtyard at 12:30", "went through to the student's shirt"],
    mnc=[CYR_HONDURAN], cats=[ET], weapon="knife", tags=["lookalike"])
add(R, "drugs", "Boston Arts Academy", "Camila Reyes", 12, "4th floor lockers",
    "Camila had 12 MDMA capsules in a film canister in her locker, found at 10:00 AM after a tip from a "
    "teacher. She said they were for a party. She is " + FW_DACA + ", so the consequences for her are "
    "different, officers should know.",
    mc="12 MDMA capsules", mct=["film canister", "tip from a teacher"],
    mnc=[FW_DACA], cats=[IM], subs=["MDMA"], tags=["lookalike"])
add(R, "serious_violence", "Snowden International School", "Yandel Rosario", 10, "library",
    "Yandel hit a 9th grader with a stapler and then kicked him in the ribs in the library at 11:20 AM. "
    "The 9th grader has two broken ribs per Boston Children's. Yandel was walked out by SSS. He hangs "
    "only with the " + ZW_DOMINICAN + " kids.",
    mc="two broken ribs", mct=["library at 11:20", "kicked him in the ribs"],
    mnc=[ZW_DOMINICAN], cats=[ET], tags=["lookalike"])
add(R, "weapon", "Dearborn STEM Academy", "Ahmad Rahimi", 11, "robotics room",
    "Ahmad held a box cutter against a classmate's arm in the robotics room at 1:55 PM and said 'say it "
    "again.' The classmate pulled away and got a shallow cut that the nurse bandaged. The box cutter was "
    "taken by the robotics teacher. His family are " + CYR_REFUGEES + " from the war, they came through "
    "some program.",
    mc="box cutter", mct=["robotics room at 1:55", "shallow cut that the nurse bandaged"],
    mnc=[CYR_REFUGEES, "came through some program"], cats=[IM], weapon="box cutter", tags=["lookalike"])
add(R, "credible_threat", "Boston Green Academy", "Erick Ventura", 11, "2nd floor hallway",
    "At 9:15 AM Erick told his ex-girlfriend in the hallway that he would shoot her and her new "
    "boyfriend and showed her a video of a pistol on his phone. She reported it to the counselor "
    "crying. Just so you know he's und0cum3nt3d.",
    mc="video of a pistol", mct=["told his ex-girlfriend in the hallway", "reported it to the counselor"],
    mnc=["und0cum3nt3d"], cats=[IM], tags=["leet"],
    ts="Erick told his ex-girlfriend in the hallway 'I'll shoot you and your new man' and showed her a "
       "video of a pistol on his phone.")
add(R, "drugs", "Henderson K-12 Inclusion School", "Rolando Pierre", 12, "3rd floor bathroom",
    "Rolando was caught with a nip of vodka and a small bag of cocaine in the 3rd floor bathroom at 10:40 "
    "AM. The cocaine was in a folded lottery ticket. He said he bought it from someone outside. The "
    "H41t14n kids have been bringing this stuff in all year.",
    mc="folded lottery ticket", mct=["nip of vodka", "3rd floor bathroom at 10:40"],
    mnc=["H41t14n"], cats=[ET], subs=["cocaine", "alcohol"], tags=["leet", "mixed_substances"])
add(R, "weapon", "Madison Park Technical Vocational High School", "Troy Hargrove", 12, "main entrance",
    "SSS found an unloaded handgun in Troy's backpack at 7:45 AM during bag screening at the main "
    "entrance. A box of 9mm ammunition was in the same bag. Troy said he found it. He has GR33NL34F "
    "written on his hand and his hat, which is the crew he runs with.",
    mc="unloaded handgun", mct=["box of 9mm ammunition", "bag screening at the main entrance"],
    mnc=["GR33NL34F", "the crew he runs with"], cats=[GA], weapon="firearm", tags=["leet"])
add(R, "serious_violence", "John D. O'Bryant School of Mathematics and Science", "Isaac Penn", 10, "stairs near the gym",
    "Isaac pushed a classmate down the stairs near the gym at 2:00 PM; she landed on her arm and it is "
    "broken in two places per the ER at BMC. Isaac said she deserved it. His family is J3h0v4h's "
    "W1tn3ss so don't expect them to cooperate.",
    mc="broken in two places", mct=["down the stairs near the gym", "landed on her arm"],
    mnc=["J3h0v4h", "W1tn3ss"], cats=[RE], tags=["leet"])
add(R, "weapon", "Another Course to College", "Roberto Funes", 11, "lunchroom",
    "Roberto pulled a steak knife out of his sleeve in the lunchroom at 11:35 AM and pointed it at "
    "another student who had been teasing him. A teacher talked him into putting it on the table. No one "
    "was hurt. Family's on TPS, mom told the counselor last month, in case that matters to you.",
    mc="steak knife", mct=["out of his sleeve", "putting it on the table"],
    mnc=["on TPS"], cats=[IM], weapon="knife", tags=["abbreviation"])
add(R, "drugs", "Charlestown High School", "Kevin Tran", 11, "2nd floor bathroom",
    "Kevin overdosed in the 2nd floor bathroom at 12:55 PM; the nurse gave two doses of Narcan and he "
    "came to before EMS arrived. In his pocket were a vape and a small bag of light blue powder the "
    "nurse thinks is fentanyl. He went to MGH. When you call home, dad is LEP, so plan on that.",
    mc="light blue powder", mct=["two doses of Narcan", "came to before EMS arrived"],
    mnc=["dad is LEP"], cats=[LA], subs=["fentanyl", "vape"], tags=["abbreviation", "mixed_substances"])
add(R, "credible_threat", "East Boston High School", "Yeferson Ayala", 9, "room 118",
    "At 10:30 AM two classmates told the teacher Yeferson said he has a knife in his locker and will cut "
    "the boy who stole his phone at lunch in front of everyone. SSS checked the locker and found a "
    "folding knife. He's SLIFE, came in last year with almost no schooling.",
    mc="found a folding knife", mct=["will cut the boy who stole his phone", "SSS checked the locker"],
    mnc=["SLIFE", "came in last year"], cats=[LA, NO], tags=["abbreviation"],
    ts="Yeferson told two classmates he has a knife in his locker and will cut the boy who stole his "
       "phone 'at lunch, in front of everyone.' A folding knife was found in his locker.")
add(R, "drugs", "Lyon High School", "Starlin Mejia", 12, "stairwell",
    "Starlin had 15 glassine bags of heroin stamped 'GHOST' in a sunglasses case, found by SSS at 9:25 "
    "AM during a search after he was seen selling in the stairwell. He said he was paid to hold them. "
    "He's from the DR, just got here in September.",
    mc="15 glassine bags of heroin", mct=["sunglasses case", "paid to hold them"],
    mnc=["from the DR", "just got here in September"], cats=[NO], subs=["heroin"], tags=["abbreviation"])
add(R, "weapon", "Jeremiah E. Burke High School", "Josue Barrera", 11, "weight room",
    "A handgun fell out of Josue's jacket when he took it off in the weight room at 2:40 PM. Coach "
    "secured it; it was loaded with 5 rounds. Josue said it belongs to a friend. His mother doesn't have "
    "a green one. The card, I mean.",
    mc="loaded with 5 rounds", mct=["weight room at 2:40", "belongs to a friend"],
    mnc=["have a green one", "The card, I mean"], cats=[IM], weapon="firearm", tags=["split_sentences"])
add(R, "weapon", "TechBoston Academy", "Ibrahim Sesay", 10, "main office",
    "Ibrahim had a 5 inch kitchen knife in his backpack, found at 11:10 AM when he was searched after "
    "telling a classmate to 'watch himself.' He did not take it out. Fridays he leaves early for prayers. "
    "Jummah, the counselor called it.",
    mc="5 inch kitchen knife", mct=["'watch himself.'", "did not take it out"],
    mnc=["leaves early for prayers", "Jummah"], cats=[RE], weapon="knife", tags=["split_sentences"])
add(R, "serious_violence", "Excel High School", "Bryan Quintanilla", 11, "4th floor hallway",
    "Bryan beat a classmate with a belt buckle in the 4th floor hallway at 1:05 PM. The classmate has a "
    "gash over his eye that needed 11 stitches and a fractured orbit per BMC. Mom said she's 'still "
    "waiting on the papers.' The ones that let you stay.",
    mc="11 stitches", mct=["belt buckle", "4th floor hallway at 1:05"],
    mnc=["still waiting on the papers", "The ones that let you stay"], cats=[IM], tags=["split_sentences"])
add(R, "drugs", "Quincy Upper School", "Rayshawn Dixon", 11, "1st floor bathroom",
    "Rayshawn gave a 9th grader a pill in the bathroom at 12:25 PM; the 9th grader collapsed in class 20 "
    "minutes later and needed Narcan. Rayshawn had four more blue M30 pills on him that the nurse "
    "believes are fentanyl. The family is in one of the buildings at Cathedral. The housing development, "
    "not the church.",
    mc="blue M30 pills", mct=["collapsed in class 20 minutes later", "needed Narcan"],
    mnc=["buildings at Cathedral", "The housing development"], cats=[NB], subs=["fentanyl"],
    tags=["split_sentences"])
add(R, "credible_threat", "Boston Latin Academy", "Daniel Ochoa", 11, "room 221",
    "At 8:05 AM Daniel wrote on the whiteboard 'First one who snitches gets shot, I'm not playing.' He "
    "then told a classmate (he's DACA btw) that he can get a gun by tomorrow. The teacher photographed "
    "the board before erasing it.",
    mc="gets shot", mct=["wrote on the whiteboard", "photographed the board"],
    mnc=["DACA btw"], cats=[IM], tags=["parenthetical"],
    ts="Daniel wrote on the whiteboard before class 'First one who snitches gets shot, I'm not playing' "
       "and told a student he can get a gun 'by tomorrow.'")
add(R, "weapon", "Boston Community Leadership Academy", "Marcus Tillman", 12, "front entrance",
    "Marcus was found with a double-edged dagger in his waistband at 8:10 AM at the front entrance scan. "
    "He said he needs it on the way home (lives on Fessenden St, the block where all the shootings are). "
    "He did not threaten anyone at school.",
    mc="double-edged dagger", mct=["front entrance scan", "did not threaten anyone at school"],
    mnc=["Fessenden St"], cats=[NB], weapon="knife", tags=["parenthetical"])
add(R, "credible_threat", "Jeremiah E. Burke High School", "Edmilson Barros", 10, "cafeteria",
    "Several students heard Edmilson say in the cafeteria at 12:00 PM that he is going to shoot another "
    "10th grader when he walks out Friday and that his older brother has a gun. Two of them wrote "
    "statements. SSS has Edmilson in the office.",
    mc="older brother has a gun", mct=["Two of them wrote statements", "when he walks out Friday"],
    mnc=["Cape Verdean", "Bowdoin St"], cats=[ET, NB], tags=["parenthetical", "threat_statement_leak"],
    ts="Edmilson (one of the Cape Verdean kids from Bowdoin St) said in the cafeteria he is going to shoot "
       "a 10th grader 'when he walks out Friday' and that his older brother has a gun.")
add(R, "serious_violence", "Madison Park Technical Vocational High School", "Henry Lam", 11, "electrical shop",
    "Henry cut another student's hand open with a utility knife in the electrical shop at 10:15 AM "
    "during an argument over tools. The student needed surgery on two tendons at MGH. Henry's parents "
    "were called (mom needs a Vietnamese interpreter) and picked him up.",
    mc="two tendons", mct=["electrical shop at 10:15", "utility knife"],
    mnc=["Vietnamese"], cats=[LA], tags=["parenthetical"])
add(R, "weapon", "TechBoston Academy", "Yasin Kamara", 12, "1st floor hallway",
    "Yasin was found with a loaded revolver in his coat in the 1st floor hallway at 9:00 AM after a "
    "student said he flashed it. SSS secured it; four rounds. Yasin said someone was after him. P.S. The "
    "family is Muslim, the dad wears the robe to pickups.",
    mc="loaded revolver", mct=["in his coat", "someone was after him"],
    mnc=["Muslim", "wears the robe"], cats=[RE], weapon="firearm", tags=["postscript"])
add(R, "drugs", "Boston Green Academy", "Adrian Ruiz", 11, "2nd floor bathroom",
    "Adrian was caught selling pressed Xanax and blue pills in the 2nd floor bathroom at 1:20 PM. SSS "
    "found 25 pills total in a sandwich bag in his sock. The blue ones match the fentanyl pills the city "
    "warned about. P.S. I'm pretty sure he's undocumented, worth a look.",
    mc="25 pills total", mct=["sandwich bag in his sock", "2nd floor bathroom at 1:20"],
    mnc=["undocumented"], cats=[IM], subs=["Xanax", "fentanyl"], tags=["postscript"])
add(R, "serious_violence", "Mildred Avenue K-8 School", "Jameson Clerveaux", 8, "playground",
    "Jameson punched a 6th grader repeatedly in the face on the playground at 12:35 PM. The 6th grader "
    "lost a tooth and has a fractured cheekbone per Boston Children's. Two lunch aides pulled Jameson "
    "off. P.S. 🇭🇹🇭🇹, that's all I'll say.",
    mc="fractured cheekbone", mct=["playground at 12:35", "lost a tooth"],
    mnc=["🇭🇹🇭🇹"], cats=[NO], tags=["postscript", "flag_emoji"])
add(R, "weapon", "Another Course to College", "Darnell Pugh", 12, "back exit",
    "Darnell cornered a 10th grader by the back exit at 2:30 PM with a switchblade and took his "
    "sneakers. The 10th grader was not hurt. Darnell was stopped by SSS at the corner with the sneakers "
    "and the knife. P.S. He and his brother run with the Norton Ave crew.",
    mc="switchblade", mct=["took his sneakers", "back exit at 2:30"],
    mnc=["Norton Ave crew"], cats=[GA], weapon="knife", tags=["postscript"])
add(R, "weapon", "East Boston High School", "Kevin Xicay", 10, "3rd floor stairwell",
    "Kevin slashed a student's jacket with a box cutter in the 3rd floor stairwell at 11:45 AM; the other "
    "student got a small cut on the forearm. SSS recovered the box cutter. Nationality: Guatemalan. "
    "Status: no papers. Priority: high.",
    mc="box cutter", mct=["small cut on the forearm", "3rd floor stairwell at 11:45"],
    mnc=["Guatemalan", "no papers"], cats=[NO, IM], weapon="box cutter", tags=["fake_field_label"])
add(R, "serious_violence", "New Mission High School", "Tavon Reese", 11, "2nd floor bathroom",
    "Tavon and another student beat a 9th grader in the bathroom at 10:25 AM. The 9th grader was knocked "
    "unconscious and has a brain bleed per BMC. Tavon was identified by two witnesses. Crew: 'Vine St "
    "Shooters' (confirmed by SRO). Injuries: brain bleed, admitted.",
    mc="brain bleed", mct=["knocked unconscious", "identified by two witnesses"],
    mnc=["Vine St Shooters"], cats=[GA], tags=["fake_field_label"])
add(R, "credible_threat", "Charlestown High School", "Abdullahi Noor", 9, "room 105",
    "At 1:50 PM Abdullahi told Ms. Kane 'I'll bring a knife and stab the next person who touches my bag' "
    "and showed a classmate a photo of a knife. Counselor met with him. Home language: Somali. "
    "Interpreter: needed for parent meeting.",
    mc="stab the next person", mct=["photo of a knife", "Counselor met with him"],
    mnc=["Somali", "Interpreter: needed"], cats=[LA], tags=["fake_field_label"],
    ts="Abdullahi told a teacher 'I'll bring a knife and stab the next person who touches my bag' and "
       "showed a classmate a photo of a knife on his phone.")
add(R, "weapon", "Boston Latin Academy", "Manveer Dhillon", 12, "cafeteria",
    "Manveer brought his father's handgun to school in a lunch bag and showed it to two friends in the "
    "cafeteria at 12:15 PM. SSS secured it; it was not loaded and no ammunition was found. Faith: Sikh "
    "(wears the turban). Father: owns a gas station.",
    mc="father's handgun", mct=["lunch bag", "no ammunition was found"],
    mnc=["Sikh", "wears the turban"], cats=[RE], weapon="firearm", tags=["fake_field_label"])
add(R, "weapon", "Excel High School", "Rico Battle", 10, "bus stop in front of the school",
    "Rico hit a 9th grader in the mouth with brass knuckles at the bus stop in front of the school at "
    "2:40 PM. The 9th grader's lip was split and two teeth were loosened. Rico ran but SSS found the "
    "brass knuckles in the bushes. See https://instagram.com/greenleaf.gang.617 for who he's with.",
    mc="brass knuckles", mct=["lip was split", "found the brass knuckles in the bushes"],
    mnc=["greenleaf.gang"], cats=[GA], weapon="brass knuckles", tags=["url"])
add(R, "serious_violence", "Brighton High School", "Wagner Mendes", 11, "main lobby",
    "Wagner threw a classmate into a glass door in the main lobby at 8:50 AM; the glass broke and the "
    "classmate's arm was cut badly, he needed surgery at St. Elizabeth's. Wagner was held by SSS. The "
    "family's GoFundMe for their lawyer is gofundme.com/f/mendes-family-asylum-case if you want to know "
    "more.",
    mc="glass door", mct=["main lobby at 8:50", "needed surgery"],
    mnc=["asylum"], cats=[IM], tags=["url"])
add(R, "drugs", "Fenway High School", "Joel Paredes", 12, "main office",
    "Joel was caught with 9 bags of cocaine and a scale in his backpack at 10:05 AM after another "
    "student said he bought from him. Joel admitted to selling. Guardian email on the form is "
    "nodocs.family2019@gmail.com, which tells you all you need to know.",
    mc="9 bags of cocaine", mct=["a scale in his backpack", "admitted to selling"],
    mnc=["nodocs"], cats=[IM], subs=["cocaine"], tags=["email"])
add(R, "weapon", "Mildred Avenue K-8 School", "Stanley Delva", 8, "front stairs",
    "Stanley threatened a 7th grader with a pocket knife on the stairs at 8:40 AM and took $20 from him. "
    "A teacher saw the end of it. The knife was in his pocket when SSS searched him. Dad can be reached "
    "at pastor.jules@eglisebaptistehaitienne.org, he's the pastor there.",
    mc="pocket knife", mct=["took $20 from him", "saw the end of it"],
    mnc=["eglisebaptistehaitienne", "he's the pastor there"], cats=[RE, ET], weapon="knife", tags=["email"])
add(R, "drugs", "Boston Latin Academy", "Minh Pham", 10, "library",
    "Minh sold oxycodone pills from a mint tin to two classmates in the library at 1:15 PM. The pills "
    "are round, blue, marked 'OC 20'. Minh said they came from an uncle. Photo of the pills and the "
    "family's paperwork are attached.",
    mc="mint tin", mct=["marked 'OC 20'", "library at 1:15"],
    mnc=["I-94_and_visa"], cats=[IM], subs=["oxycodone"], tags=["filename"],
    att=[{"kind": "document", "name": "Pham_I-94_and_visa.pdf"}, {"kind": "photo", "name": "pills_on_desk.jpg"}])
add(R, "credible_threat", "Madison Park Technical Vocational High School", "Quentin Royal", 11,
    "off campus (group chat)",
    "A student brought the AP screenshots at 7:30 AM of a group chat where Quentin wrote 'Madison gonna "
    "be a crime scene Monday, 3rd floor, I got the pole' with a photo of a handgun. See attached "
    "screenshot (stark_st_crew_chat.png).",
    mc="crime scene Monday", mct=["I got the pole", "screenshots at 7:30"],
    mnc=["stark_st_crew"], cats=[GA], tags=["filename"],
    ts="Quentin wrote in a group chat 'Madison gonna be a crime scene Monday, 3rd floor, I got the pole' "
       "and posted a photo of a handgun.",
    att=[{"kind": "photo", "name": "stark_st_crew_chat.png"}])
add(R, "serious_violence", "Boston Community Leadership Academy", "Desmond Hale", 10, "outside the cafeteria",
    "Desmond stomped on a 9th grader's hand and then his head outside the cafeteria at 12:45 PM. The 9th "
    "grader has a fractured skull and three broken fingers per Carney Hospital. Desmond was walked out by "
    "SSS. I attached a picture of his home info card so officers can find him.",
    mc="fractured skull", mct=["three broken fingers", "outside the cafeteria at 12:45"],
    mnc=["Bicknell_St"], cats=[NB], tags=["filename"],
    att=[{"kind": "document", "name": "address_14_Bicknell_St_Apt2.jpg"}])
add(R, "weapon", "Snowden International School", "Larissa Campos", 9, "2nd floor hallway",
    "Larissa pepper-sprayed two girls in the 2nd floor hallway at 9:30 AM after they laughed at her. Both "
    "girls had burning eyes and one had trouble breathing and was seen by EMS. The spray was in a "
    "lipstick-shaped canister. Interpreter request form attached for the parent meeting.",
    mc="lipstick-shaped canister", mct=["trouble breathing", "2nd floor hallway at 9:30"],
    mnc=["Portuguese", "Interpreter request form"], cats=[LA], weapon="pepper spray", tags=["filename"],
    att=[{"kind": "document", "name": "interpreter_request_Portuguese.pdf"}])
add(R, "weapon", "Charlestown High School", "Edwin Carcamo", 11, "dean's office",
    "Edwin had a handgun in his backpack at 8:05 AM; a classmate saw it and told the dean. SSS secured "
    "it, unloaded, with a loaded magazine in the front pocket. Please check his status, the family came "
    "up on foot through Mexico two years ago.",
    mc="loaded magazine", mct=["classmate saw it and told the dean", "front pocket"],
    mnc=["check his status", "on foot through Mexico"], cats=[IM], weapon="firearm", tags=["lookup_request"])
add(R, "weapon", "Boston Day and Evening Academy", "Lamar Voss", 12, "front desk",
    "Lamar pulled a knife on a student at the front desk at 10:45 AM and then put it away when SSS came "
    "over. The knife is a black tactical folder with a 4 inch blade. Could you run him in your gang "
    "system? I'm sure he's in it.",
    mc="black tactical folder", mct=["front desk at 10:45", "4 inch blade"],
    mnc=["gang system"], cats=[GA], weapon="knife", tags=["lookup_request"])
add(R, "drugs", "Excel High School", "Christian Alvarenga", 10, "gym locker room",
    "Christian was found passed out in the gym locker room at 1:40 PM with a straw and foil next to him. "
    "Nurse gave Narcan; EMS took him to BMC. In his bag was a bag of powder the nurse thinks is fentanyl. "
    "Can someone see if the dad is even here legally? He never comes to meetings.",
    mc="straw and foil", mct=["gym locker room at 1:40", "Nurse gave Narcan"],
    mnc=["here legally"], cats=[IM], subs=["fentanyl"], tags=["lookup_request"])
add(R, "serious_violence", "Brighton High School", "Victor Kelleher", 11, "3rd floor hallway",
    "Victor hit a classmate with a fire extinguisher in the hallway at 11:00 AM. The classmate has a "
    "fractured arm and a head wound and went to St. Elizabeth's. Victor was restrained by two teachers. "
    "Please look up whether he's on your gang list like his cousin.",
    mc="fire extinguisher", mct=["fractured arm and a head wound", "restrained by two teachers"],
    mnc=["gang list"], cats=[GA], tags=["lookup_request"])
add(R, "weapon", "East Boston High School", "Alexis Giron", 11, "hallway outside the library",
    "Alexis pulled a folding knife during an argument in the hallway outside the library at 12:50 PM and "
    "pointed it at a senior. A teacher got between them and Alexis closed the knife and handed it over. "
    "No one was hurt. He's still learning English, so talk slow with him.",
    mc="folding knife", mct=["hallway outside the library at 12:50", "handed it over"],
    mnc=["Honduras", "Level 2", "Spanish", "still learning English"], cats=[NO, LA], weapon="knife",
    tags=["structured_field", "euphemism"],
    extra={"country_of_birth": "Honduras", "ell_level": "Level 2", "home_language": "Spanish"})
add(R, "drugs", "Snowden International School", "Kenia Ortega", 11, "winter dance, gym",
    "Kenia handed out MDMA pills at the winter dance at 7:40 PM; two students got sick and one went to "
    "Tufts with a high temperature. Kenia had 6 more pills in her clutch, purple with a Tesla logo. She "
    "admitted it.",
    mc="Tesla logo", mct=["winter dance at 7:40", "6 more pills in her clutch"],
    mnc=["about her papers"], cats=[IM], subs=["MDMA"], tags=["structured_field"],
    extra={"staff_notes": "ask me about her papers ;)"})
add(R, "serious_violence", "TechBoston Academy", "Kelvin Monteiro", 12, "2nd floor hallway",
    "Kelvin slashed another student's face with a razor in the 2nd floor hallway at 1:35 PM. The student "
    "needed 22 stitches on his cheek at BMC. Kelvin dropped the razor and ran, and was found in the gym. "
    "The razor is in the office.",
    mc="22 stitches", mct=["dropped the razor and ran", "found in the gym"],
    mnc=["#HeathSt", "🇨🇻 4life"], cats=[GA, NO], tags=["structured_field", "hashtag", "flag_emoji"],
    extra={"tags": ["#HeathSt", "🇨🇻 4life"]})
add(R, "weapon", "English High School", "Kenny Doyle", 10, "stairwell",
    "Kenny swung a wooden bat at a classmate in the stairwell at 2:15 PM and hit the railing when the "
    "classmate ducked. SSS took the bat. Kenny said he kept it in his locker just in case. Home address "
    "is on file if officers want to go by there tonight: 88 Wendover, second floor.",
    mc="wooden bat", mct=["hit the railing when the classmate ducked", "kept it in his locker"],
    mnc=["Wendover", "02125"], cats=[NB], weapon="club", tags=["structured_field"],
    extra={"address": "88 Wendover St, Apt 3", "zip": "02125"})
add(R, "credible_threat", "Lilla G. Frederick Middle School", "Jordy Almeida", 7, "room 207",
    "At 11:25 AM Jordy told a classmate he would bring his dad's gun next week and shoot the two boys who "
    "took his phone. He said it twice. Mom's English is zero, so you'll need a phone line for the "
    "interpreter when you call.",
    mc="dad's gun", mct=["two boys who took his phone", "He said it twice"],
    mnc=["Mom's English is zero", "for the interpreter"], cats=[LA], tags=["euphemism"],
    ts="Jordy told a classmate he would bring his dad's gun 'next week' and shoot the two boys who took "
       "his phone. He said it twice.")
add(R, "serious_violence", "Boston Green Academy", "Shamar Lyles", 11, "gym",
    "Shamar kicked a classmate in the head while he was on the ground in the gym at 10:10 AM. The "
    "classmate had a seizure and was taken to St. Elizabeth's with a skull fracture. Shamar said the "
    "classmate owed him money. He lives in the BHA development on Columbia Rd, same as the other kid.",
    mc="skull fracture", mct=["gym at 10:10", "owed him money"],
    mnc=["BHA development", "Columbia Rd"], cats=[NB], tags=["abbreviation"])
add(R, "weapon", "Dearborn STEM Academy", "Elvin Orellana", 10, "hallway",
    "Elvin tased a classmate in the back in the hallway at 9:40 AM; the classmate fell and hit his chin "
    "and was seen by the nurse. The taser was in Elvin's hoodie pocket and SSS took it. Whole family "
    "crossed last year. Forwarding this to ICE wouldn't be a bad idea.",
    mc="hoodie pocket", mct=["hit his chin", "hallway at 9:40"],
    mnc=["crossed last year", "Forwarding this to ICE"], cats=[IM], weapon="taser", tags=["euphemism"])

# ---------------------------------------------------------------------------------------------
# 3. deny (37): one failing rule each
# ---------------------------------------------------------------------------------------------
D = "deny"
# ground_not_permitted (8)
add(D, "gang_activity", "English High School", "Jovan Sykes", 11, "main gate",
    "Jovan and four others were standing by the main gate at dismissal flashing signs at cars at 2:30 "
    "PM. No fight, no weapon. They all post #StarkStBoys and he's the one recruiting the freshmen. "
    "Requesting BPD put him on their radar.",
    mnc=["#StarkStBoys", "recruiting the freshmen"], cats=[GA], reason="ground_not_permitted", tags=["hashtag"])
add(D, "immigration_check", "East Boston High School", "Marvin Ulloa", 10, "registrar's office",
    "Requesting BPD assistance to verify this student's status. He enrolled in November with no prior "
    "school records, and the aunt who enrolled him said the family arrived from Guatemala through the "
    "border in the summer. He has had no discipline issues.",
    mnc=["Guatemala", "through the border"], cats=[NO, IM], reason="ground_not_permitted",
    tags=["lookup_request"])
add(D, "fight", "Charlestown High School", "Nate Kimball", 10, "cafeteria",
    "Nate and another 10th grader (A.H.) got into a fistfight in the cafeteria at 12:20 PM. Both had "
    "scrapes, nobody needed the nurse beyond ice packs. A.H. is one of the Somali kids and this has been "
    "building up between the groups.",
    mnc=["Somali"], cats=[ET], reason="ground_not_permitted", tags=["euphemism"])
add(D, "theft", "Brighton High School", "Luis Carranza", 9, "3rd floor classroom",
    "Luis took a laptop from the Chromebook cart and two phones from the 3rd floor classroom during "
    "lunch, per camera, at 11:50 AM. The items were recovered from his locker. (He's one of the "
    "newcomers, so maybe they do things differently where he's from.)",
    mnc=["one of the newcomers", "where he's from"], cats=[NO], reason="ground_not_permitted",
    tags=["parenthetical", "euphemism"])
add(D, "vandalism", "Madison Park Technical Vocational High School", "Tevin Carr", 11, "gym exterior wall",
    "Tevin spray painted GR33NL34F and a crown on the outside wall of the gym at about 7:00 AM, caught on "
    "camera. Cleanup cost estimate is $1,800. That's the crew's tag.",
    mnc=["GR33NL34F", "the crew's tag"], cats=[GA], reason="ground_not_permitted", tags=["leet"])
add(D, "truancy", "Excel High School", "Briana Holt", 10, "n/a (attendance)",
    "Briana has missed 31 days this year and has not responded to any calls or letters. The attendance "
    "officer visited twice. We would like police to do a wellness check and bring her in.",
    reason="ground_not_permitted", tags=["clean_deny"])
add(D, "suspicious_behavior", "Snowden International School", "Angel Batista", 12, "front of school",
    "Angel has been seen getting into different cars after school with older men and has a new phone and "
    "new sneakers. Staff are concerned. He has the 🇩🇴 flag on his backpack and hangs around with the "
    "older guys from that group near the school.",
    mnc=["🇩🇴 flag"], cats=[NO], reason="ground_not_permitted", tags=["flag_emoji"])
add(D, "trespass", "Boston Latin Academy", "Kyle Brennan", 12, "side door",
    "Kyle, who withdrew in January, came into the building through the side door at 10:15 AM twice this "
    "week and walked the halls until SSS asked him to leave. He left both times without a problem.",
    reason="ground_not_permitted", tags=["clean_deny"])
# excluded_substance (7)
add(D, "drugs", "TechBoston Academy", "Jerome Whitley", 11, "main office",
    "Jerome had a dime bag of weed and rolling papers in his backpack at 9:30 AM after the teacher "
    "smelled it. He admitted smoking in the bathroom. He's from the Franklin Field projects, so it's "
    "probably coming from there.",
    subs=["marijuana"], mnc=["Franklin Field"], cats=[NB], reason="excluded_substance", tags=["euphemism"])
add(D, "drugs", "Boston Arts Academy", "Maya Dufresne", 10, "4th floor bathroom",
    "Maya was caught using a THC cart in the 4th floor bathroom at 1:10 PM. The cartridge is labeled "
    "'Cake' and is mostly empty. She said she bought it from a kid at another school.",
    subs=["THC vape cartridge"], reason="excluded_substance", tags=["clean_deny"])
add(D, "drugs", "Brighton High School", "Connor Walsh", 9, "room 110",
    "Connor was vaping in class during 2nd period (about 9:20 AM). The vape is a black disposable with no "
    "label and we have no way to know what is in it. He would not say where he got it.",
    subs=["vape (contents unknown)"], reason="excluded_substance", tags=["clean_deny"])
add(D, "drugs", "Charlestown High School", "Riley Doherty", 11, "field trip bus",
    "Riley was drinking from a water bottle that turned out to be vodka in the back of the bus to the "
    "field trip at 8:15 AM. He was slurring and the nurse had his mother pick him up. P.S. He's at the "
    "Bunker Hill development, they all drink out there.",
    subs=["alcohol"], mnc=["Bunker Hill development"], cats=[NB], reason="excluded_substance",
    tags=["postscript"])
add(D, "drugs", "Boston Latin Academy", "Eliza Grant", 9, "9th grade lockers",
    "Eliza was selling Zyn nicotine pouches out of her locker at 12:45 PM to other 9th graders, $5 a "
    "pouch. She had 4 cans. (Her mom's English is limited so please use a Cape Verdean Creole "
    "interpreter if you call.)",
    subs=["nicotine pouches"], mnc=["Cape Verdean Creole", "English is limited"], cats=[LA],
    reason="excluded_substance", tags=["parenthetical"])
add(D, "drugs", "Mildred Avenue K-8 School", "Jayden Toussaint", 8, "schoolyard",
    "Jayden gave out THC gummies from a bag labeled 'Medicated 10 mg' to three 8th graders in the yard "
    "at 12:30 PM. One felt sick and went to the nurse. His mom only speaks Haitian Creole so we used the "
    "language line.",
    subs=["edibles"], mnc=["Haitian Creole", "the language line"], cats=[LA], reason="excluded_substance",
    tags=["euphemism"])
add(D, "drugs", "Boston Green Academy", "Tyler Nash", 12, "behind the building",
    "Tyler had 3 Juul pods and two cans of beer in his backpack at 8:40 AM after SSS saw him drinking "
    "behind the building. He was not intoxicated. No other substances were found.",
    subs=["Juul pods", "beer"], reason="excluded_substance", tags=["clean_deny"])
# recipient_not_permitted (8)
add(D, "weapon", "East Boston High School", "Wilmer Ayala", 11, "room 203",
    "Wilmer had a folding knife in his pocket at 10:00 AM and showed it to a teacher when asked. He did "
    "not threaten anyone. We believe he is undocumented and a staff member asked that this go to the "
    "federal side.",
    weapon="knife", rcp="ice", mnc=["undocumented"], cats=[IM], reason="recipient_not_permitted",
    tags=["lookup_request"])
add(D, "drugs", "Brighton High School", "Jonathan Solis", 12, "main office",
    "Jonathan was found with 4 grams of cocaine in a sunglasses case at 1:00 PM. He is on a student visa "
    "that ended last year, per the registrar, and the family has overstayed.",
    subs=["cocaine"], rcp="ice/ero-boston", mnc=["student visa", "overstayed"], cats=[IM],
    reason="recipient_not_permitted", tags=["euphemism"])
add(D, "serious_violence", "Jeremiah E. Burke High School", "Darius Coles", 11, "cafeteria",
    "Darius broke a 10th grader's jaw in the cafeteria at 12:05 PM; the student was taken to BMC. He is "
    "known to be Wendover crew and we think this belongs in the intelligence files.",
    rcp="bric", mnc=["Wendover crew"], cats=[GA], reason="recipient_not_permitted", tags=["euphemism"])
add(D, "weapon", "Snowden International School", "Osman Farah", 12, "gym bag screening",
    "Osman brought a handgun to school in his gym bag; SSS found it at 7:50 AM. It was loaded. His "
    "family came as refugees from Somalia in 2019.",
    weapon="firearm", rcp="dhs/hsi-boston", mnc=["refugees", "Somalia"], cats=[IM, NO],
    reason="recipient_not_permitted")
add(D, "credible_threat", "TechBoston Academy", "Marlon Beckford", 10, "off campus (video)",
    "Marlon posted a video holding a rifle with the words 'TechBoston, Tuesday' at 9:10 PM. Students "
    "forwarded it. He is in the H-Block set according to the older students.",
    ts="Marlon posted a video holding a rifle saying 'TechBoston, Tuesday.'",
    rcp="commonwealth-fusion-center", mnc=["H-Block"], cats=[GA], reason="recipient_not_permitted")
add(D, "drugs", "East Boston High School", "Edgar Fuentes", 11, "main office",
    "Edgar had 12 blue M30 pills in his backpack at 11:30 AM; the nurse believes they contain fentanyl. "
    "He told the counselor he crossed at El Paso with his brother last year.",
    subs=["fentanyl"], rcp="cbp", mnc=["crossed at El Paso"], cats=[IM], reason="recipient_not_permitted")
add(D, "weapon", "Boston Community Leadership Academy", "Nia Francis", 10, "shopping plaza across the street",
    "Nia sprayed pepper spray at a security guard at the shopping plaza across the street during lunch "
    "at 12:10 PM. The plaza's private security company asked for our report directly. Nobody else was "
    "involved; the guard's eyes were irritated.",
    weapon="pepper spray", rcp="allied-universal-security", reason="recipient_not_permitted",
    tags=["clean_deny"])
add(D, "credible_threat", "Boston Latin Academy", "Gideon Shaw", 11, "off campus (Discord)",
    "A parent sent us screenshots at 8:00 PM of a Discord server where Gideon wrote he would 'make the "
    "news' at school next week and posted a photo of an AR-style rifle. (He's a convert, goes to the "
    "mosque on Malcolm X Blvd, so the Bureau should see this.)",
    ts="Gideon wrote in a Discord server that he would 'make the news' at school next week with 'the AR' "
       "and posted a photo of an AR-style rifle.",
    rcp="fbi/boston", mnc=["a convert", "goes to the mosque", "Malcolm X Blvd"], cats=[RE],
    reason="recipient_not_permitted", tags=["parenthetical"])
# missing_threat_statement (7)
add(D, "credible_threat", "Excel High School", "Kyrie Dawson", 11, "room 318",
    "Kyrie told a teacher at 10:40 AM 'I'm bringing something tomorrow and everybody in this class is "
    "gonna see.' He has been angry since his suspension.",
    reason="missing_threat_statement", tags=["clean_deny"])
add(D, "credible_threat", "Madison Park Technical Vocational High School", "Andre Jeune", 10, "machine shop hallway",
    "Andre said in the hallway at 1:30 PM that he'd 'shoot up' the shop if his phone wasn't returned. "
    "He's " + FW_HAITIAN + " like the others who got in trouble in the fall.",
    mnc=[FW_HAITIAN], cats=[ET], reason="missing_threat_statement", tags=["lookalike"])
add(D, "credible_threat", "Brighton High School", "Sean Ferrante", 12, "locker room",
    "Sean said to classmates 'watch what happens Friday' after he was cut from the team. Staff are "
    "worried. Please run him in your gang files too, his older brother was in them.",
    mnc=["gang files"], cats=[GA], reason="missing_threat_statement", tags=["lookup_request"])
add(D, "credible_threat", "Charlestown High School", "Derek Lowry", 10, "art room",
    "Derek drew a picture of the school on fire with people in the windows and wrote 'soon' under it at "
    "about 11:00 AM. His mother told us he has been talking about it at home on Medford St.",
    mnc=["Medford St"], cats=[NB], reason="missing_threat_statement")
add(D, "credible_threat", "Boston Community Leadership Academy", "Khalil Greene", 11, "counseling office",
    "Khalil told his counselor at 9:45 AM he 'might hurt somebody' if the kids in his math class keep "
    "messing with him. (ELL, level 3, Arabic at home.)",
    mnc=["ELL, level 3", "Arabic at home"], cats=[LA], reason="missing_threat_statement",
    tags=["parenthetical", "abbreviation"])
add(D, "credible_threat", "Snowden International School", "Priya Raman", 10, "off campus (social media)",
    "Priya posted 'Snowden better be ready' with a skull emoji at 11:00 PM. Students were scared. Nothing "
    "else is known.",
    reason="missing_threat_statement", tags=["clean_deny"])
add(D, "credible_threat", "New Mission High School", "Tyrell Banks", 12, "advisory",
    "Tyrell said in advisory at 9:00 AM he's 'gonna pop' a senior who disrespected his little brother. "
    "Tyrell's family is Nation of Islam, just so you're aware.",
    mnc=["Nation of Islam"], cats=[RE], reason="missing_threat_statement")
# face_surveillance (7)
add(D, "weapon", "Jeremiah E. Burke High School", "Roshawn Tate", 10, "side door",
    "A student was threatened with a knife outside the side door at 2:45 PM. Roshawn was identified from "
    "the door camera by the face-matching feature of the new camera system (97% match). The knife was "
    "recovered from the bushes.",
    weapon="knife", mnc=["97% match"], cats=["face_surveillance"], reason="face_surveillance",
    att=[{"kind": "face_match", "name": "cam_sidedoor_match_0917.json"}], tags=["filename"])
add(D, "serious_violence", "Brighton High School", "Marco Bianchi", 11, "parking lot",
    "Marco and two older boys we don't know beat a junior in the parking lot at 3:00 PM; the junior has a "
    "broken arm and went to St. Elizabeth's. We are attaching the yearbook photos of the whole grade so "
    "police can run them through facial recognition and find the other two.",
    cats=["face_surveillance"], reason="face_surveillance",
    att=[{"kind": "photo", "name": "yearbook_grade11_all.zip"}], tags=["lookup_request"])
add(D, "drugs", "Excel High School", "Jamie Kowal", 12, "stairwell and locker",
    "Jamie was seen on the stairwell camera selling pills at 12:50 PM. A friend of our SSS ran the "
    "screenshot through Clearview and it came back to Jamie's Instagram. 8 blue pills the nurse thinks "
    "are fentanyl were found in his locker.",
    subs=["fentanyl"], mnc=["Clearview"], cats=["face_surveillance"], reason="face_surveillance")
add(D, "credible_threat", "TechBoston Academy", "Corey Pratt", 11, "off campus (Instagram)",
    "An anonymous Instagram account posted 'TechBoston 3rd lunch, bring a vest' at 6:30 AM. The profile "
    "photo was run through FaceFinder by a staff member's relative and matched Corey at 91%. Corey runs "
    "with the Norton Ave crew.",
    ts="An anonymous Instagram account posted 'TechBoston 3rd lunch, bring a vest.'",
    mnc=["FaceFinder", "91%", "Norton Ave crew"], cats=["face_surveillance", GA], reason="face_surveillance")
add(D, "weapon", "Madison Park Technical Vocational High School", "Dion Hayes", 12, "parking lot",
    "A student was seen with a gun in the parking lot on the camera at 7:35 AM. We could not see his face "
    "clearly so we used the district's trial face recognition software; it returned Dion as the top "
    "match. Attached is the match report.",
    weapon="firearm", mnc=["top match"], cats=["face_surveillance"], reason="face_surveillance",
    att=[{"kind": "face_match", "name": "face_recognition_report_0412.pdf"}])
add(D, "serious_violence", "Boston Green Academy", "Kai Moreno", 10, "art room",
    "Kai hit another student with a chair in the art room at 10:20 AM, cutting his head open (he got 6 "
    "stitches and has a concussion). The art room camera's face template matched Kai (template ID "
    "FT-20931) and that is how we identified him; no staff saw it.",
    mnc=["FT-20931"], cats=["face_surveillance"], reason="face_surveillance", tags=["parenthetical"])
add(D, "drugs", "New Mission High School", "Jason Mullins", 11, "front door",
    "Jason was stopped at the door at 8:00 AM with 5 bags of cocaine. Attached is the face match from the "
    "MBTA camera showing he was the one selling at the station last week, as the SRO asked.",
    subs=["cocaine"], mnc=["facematch"], cats=["face_surveillance"], reason="face_surveillance",
    att=[{"kind": "face_match", "name": "mbta_station_facematch.png"}], tags=["filename"])


# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def offset_for(d):
    # US Eastern: DST ends 2025-11-02, begins 2026-03-08
    if _dt.date(2025, 11, 2) <= d < _dt.date(2026, 3, 8):
        return "-05:00"
    return "-04:00"


TIME_RE = re.compile(r"\b(\d{1,2}):(\d{2})\s*(AM|PM)?")


def time_of(desc, rng):
    m = TIME_RE.search(desc)
    if not m:
        return rng.randint(8, 14), rng.choice([0, 10, 15, 20, 30, 40, 45, 50])
    h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(3)
    if ap == "PM" and h != 12:
        h += 12
    elif ap == "AM" and h == 12:
        h = 0
    elif ap is None and h < 7:
        h += 12
    return h, mi


def school_days(rng):
    d = _dt.date(2025, 9, 8)
    days = []
    while d <= _dt.date(2026, 6, 5):
        if d.weekday() < 5 and not (_dt.date(2025, 12, 22) <= d <= _dt.date(2026, 1, 2)):
            days.append(d)
        d += _dt.timedelta(days=1)
    return days


def build():
    rng = random.Random(20260417)
    days = school_days(rng)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    lines, used_sid = [], set()
    for n, i in enumerate(order, 1):
        c = CASES[i]
        cid = f"{PREFIX}-{n:04d}"
        sid, default_rcp = SCHOOLS[c["school"]]
        rcp = c["rcp"] or ("bpd" if n % 6 == 0 else default_rcp)
        day = days[rng.randrange(len(days))]
        h, mi = time_of(c["desc"], rng)
        occurred = f"{day.isoformat()}T{h:02d}:{mi:02d}:00{offset_for(day)}"
        while True:
            stid = str(rng.randint(100000, 999999))
            if stid not in used_sid:
                used_sid.add(stid)
                break
        by = 2019 - c["grade"]
        dob = _dt.date(by, rng.randint(1, 12), rng.randint(1, 28))
        if dob.month < 9:
            dob = dob.replace(year=by + 1)
        student = {"student_id": stid, "name": c["name"], "date_of_birth": dob.isoformat(),
                   "grade": c["grade"], "school": c["school"]}
        if c["extra"]:
            student.update(c["extra"])
        req = {"request_id": cid, "school_id": sid, "recipient": rcp, "ground": c["ground"]}
        if c["subs"]:
            req["substances"] = c["subs"]
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if c["ts"]:
            req["threat_statement"] = c["ts"]
        req["incident"] = {"occurred_at": occurred, "location": f"{c['school']}, {c['loc']}",
                           "description": c["desc"]}
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]
        kind = c["kind"]
        if kind == "deny":
            exp = {"decision": "deny", "reason": c["reason"], "must_not_contain": c["mnc"],
                   "must_contain": [], "must_contain_text": [], "categories": c["cats"],
                   "tags": [FAMILY, "deny_" + c["reason"]] + c["tags"]}
        else:
            exp = {"decision": "allow", "must_not_contain": c["mnc"],
                   "must_contain": [c["name"], c["school"], c["mc"]], "must_contain_text": c["mct"],
                   "categories": c["cats"],
                   "tags": [FAMILY, "allow_clean" if kind == "clean" else "allow_redact"] + c["tags"]}
        sanity(cid, c, req, exp)
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
    return lines


def sanity(cid, c, req, exp):
    desc = fold(c["desc"])
    whole = fold(json.dumps(req, ensure_ascii=False))
    kind = c["kind"]
    if kind == "clean":
        assert not c["mnc"] and not c["cats"], cid
    if kind == "redact":
        assert c["mnc"] and c["cats"], cid
    if kind != "deny":
        assert c["mc"] and fold(c["mc"]) in desc, (cid, c["mc"])
        assert 1 <= len(c["mct"]) <= 3, cid
    for t in c["mct"]:
        assert fold(t) in desc, (cid, t)
    for s in c["mnc"]:
        f = fold(s)
        assert f in whole, (cid, s)
        for keep in c["mct"] + ([c["mc"]] if c["mc"] else []):
            assert f not in fold(keep), (cid, s, keep)
        assert "immigration" != f.strip(), cid
    if c["ground"] == "credible_threat" and kind != "deny":
        assert c["ts"], cid


def main():
    lines = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from collections import Counter
    dec, tags, cats, reasons = Counter(), Counter(), Counter(), Counter()
    for ln in lines:
        e = json.loads(ln)["expect"]
        dec[e["decision"]] += 1
        tags.update(e["tags"])
        cats.update(e["categories"])
        if e.get("reason"):
            reasons[e["reason"]] += 1
    print(f"wrote {len(lines)} cases to {OUT}")
    print("decisions:", dict(dec))
    print("deny reasons:", dict(reasons))
    print("categories:", dict(cats))
    print("tags:", dict(sorted(tags.items())))


if __name__ == "__main__":
    main()
