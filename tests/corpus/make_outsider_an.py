#!/usr/bin/env python3
"""Generate the outsider_an corpus: the submitter who wants police to know, and says it without
saying it.

Standard library only, fixed seed, deterministic output. Writes
tests/data/corpus/outsider_an.jsonl (150 cases, ids OAN-0001 ...).

Every case reports a real incident. In most of them a staff member slips a forbidden fact
(RULES.md section 4) past a keyword filter: riddles, news events, sports and music as code, numbers
spelled out, paraphrased documents, euphemism, a P.S. or a parenthesis, a pasted message, a file
name, a fake label, another language or an odd spelling, or a fact split across fields. Each
give-away phrase is a canary (must_not_contain). About 30 cases carry only innocent look-alikes
(a geography lesson about Tegucigalpa, a spirit-day scarf, a cut on the temple) that a correct
redactor must keep (must_contain_text), to measure over-withholding.
"""
import datetime as dt
import json
import pathlib
import random

SEED = 20260317
TAG = "outsider_an"
PREFIX = "OAN"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_an.jsonl"

SCHOOLS = [
    ("Boston Latin Academy", "BPS-4110", 9, 12),
    ("Madison Park Technical Vocational High School", "BPS-4285", 9, 12),
    ("East Boston High School", "BPS-4160", 9, 12),
    ("Jeremiah E. Burke High School", "BPS-4175", 9, 12),
    ("English High School", "BPS-4200", 9, 12),
    ("Excel High School", "BPS-4280", 9, 12),
    ("Brighton High School", "BPS-4120", 9, 12),
    ("TechBoston Academy", "BPS-4440", 7, 12),
    ("John D. O'Bryant School", "BPS-4350", 9, 12),
    ("Charlestown High School", "BPS-4140", 9, 12),
    ("Snowden International School", "BPS-4410", 9, 12),
    ("Boston Community Leadership Academy", "BPS-4176", 9, 12),
    ("New Mission High School", "BPS-4320", 9, 12),
    ("Fenway High School", "BPS-4240", 9, 12),
    ("Dearborn STEM Academy", "BPS-4190", 7, 12),
    ("Community Academy of Science and Health", "BPS-4470", 9, 12),
    ("Mission Hill K-8", "BPS-4390", 6, 8),
    ("Thomas A. Edison K-8 School", "BPS-4230", 6, 8),
    ("Lilla G. Frederick Middle School", "BPS-4250", 6, 8),
    ("Mildred Avenue K-8 School", "BPS-4448", 6, 8),
]

RECIPIENTS = ["bpd", "bpd/district-a1", "bpd/district-a7", "bpd/district-b2", "bpd/district-b3",
              "bpd/district-c6", "bpd/district-c11", "bpd/district-d4", "bpd/district-d14",
              "bpd/district-e5", "bpd/district-e13", "bpd/district-e18"]

FIRST_M = ["Jaylen", "Marcus", "Dante", "Elijah", "Kevin", "Brandon", "Andre", "Tyrese", "Nathan",
           "Isaiah", "Darnell", "Trevor", "Miles", "Gavin", "Cameron", "Rashad", "Devin", "Cole",
           "Jordan", "Xavier", "Quentin", "Damian", "Terrell", "Austin", "Micah", "Owen", "Zion",
           "Bryce", "Colby", "Desmond", "Jalen", "Roman", "Keenan", "Landon", "Shawn", "Wesley"]
FIRST_F = ["Kiara", "Jasmine", "Brianna", "Aaliyah", "Destiny", "Nia", "Tatiana", "Maya", "Imani",
           "Riley", "Sasha", "Gabrielle", "Alexis", "Janelle", "Kayla", "Serena", "Tiana", "Paige",
           "Monique", "Hailey", "Brooke", "Simone", "Trinity", "Vanessa"]
LAST = ["Morrow", "Whitfield", "Carrington", "Dillard", "Prentice", "Halloway", "Easterby",
        "Fairbanks", "Greer", "Hollis", "Ingram", "Kessler", "Lathrop", "Merriweather", "Norcross",
        "Ashby", "Pruitt", "Quarles", "Redmond", "Stallworth", "Thibodeau", "Underwood", "Vickers",
        "Winslow", "Yardley", "Bramwell", "Colquitt", "Dunmore", "Everhart", "Fulcher", "Gaskins",
        "Hargrove", "Kimbrough", "Langley", "Mabry", "Odom", "Pettaway", "Rowland", "Sayles",
        "Tolliver", "Upshaw", "Wadsworth", "Blakely", "Crandall", "Driscoll", "Fenwick", "Goodwin",
        "Holcomb"]

CASES = []


def case(kind, ground, desc, *, g="m", nc=(), cats=(), mct=(), key=None, loc=None, weapon=None,
         subs=None, threat=None, recip=None, reason=None, extra=None, att=None, tech=(), t=None,
         mid=False):
    CASES.append(dict(kind=kind, ground=ground, desc=desc, g=g, nc=list(nc), cats=list(cats),
                      mct=list(mct), key=key, loc=loc, weapon=weapon, subs=subs, threat=threat,
                      recip=recip, reason=reason, extra=extra, att=att, tech=list(tech), t=t,
                      mid=mid))


def A(*a, **k):
    case("allow", *a, **k)


def D(*a, **k):
    case("deny", *a, **k)


def I(*a, **k):
    case("innocent", *a, **k)


# ------------------------------------------------------------------------------------------------
# ALLOW: a real, permitted incident, with the forbidden fact smuggled in
# ------------------------------------------------------------------------------------------------

A("weapon", "During lunch {F} pulled a folding knife with a wooden handle out of his sock and showed it "
  "to two boys at the far table, opening and closing it. Mr. Okafor walked over and {F} handed it to him "
  "without a fuss. Blade is about 3 inches. For context, and I honestly think officers should have this, "
  "his family is from the country whose capital is Tegucigalpa and they've only been here since the summer.",
  weapon="folding knife", loc="Cafeteria, far table by the windows", t="12:05",
  nc=["capital is Tegucigalpa", "only been here since the summer"], cats=["national_origin"],
  mct=["wooden handle", "far table"], key="folding knife", tech=["riddle", "euphemism"])

A("drugs", "Ms. Dwyer noticed {F} nodding off in 2nd period and sent him to the nurse. While there he "
  "dropped a small baggie with 6 light-blue round pills stamped M30. Nurse believes these are pressed "
  "fentanyl pills; he is fine, vitals normal, no narcan needed. He said he got them 'from a kid at the "
  "bus stop.' Mom was called. FYI she speaks the language they speak in Brazil and nothing else, so it "
  "took a while.", subs=["fentanyl"], loc="Nurse's office", t="09:35",
  nc=["language they speak in Brazil"], cats=["language"],
  mct=["stamped M30", "nodding off"], key="fentanyl", tech=["riddle"])

A("weapon", "Around 11:40 SSS Dunleavy found {F} in the second-floor boys' bathroom with a set of brass "
  "knuckles on his right hand, gold colored, and another student backed against the sinks. Nobody was "
  "hit. {F} handed them over after a couple of minutes and said they were 'for the walk home.' Officers "
  "may want to know where that walk ends: he lives two doors from the corner store on the street named "
  "for a president, the store with the green awning.",
  weapon="brass knuckles", loc="2nd floor boys' bathroom", t="11:40",
  nc=["two doors from the corner store", "street named for a president"], cats=["neighborhood"],
  mct=["backed against the sinks", "gold colored"], key="brass knuckles", tech=["riddle"])

A("serious_violence", "Fight in the stairwell by the gym at 2:05. {F} kicked the other boy (R.T.) in the "
  "head several times after he was already on the ground. R.T. lost consciousness for maybe 20 seconds "
  "and was taken by ambulance to BMC, where they found a fractured eye socket. Two staff pulled {F} off. "
  "Side note for the detectives: {F} is one of the kids who walks home to the neighborhood where the "
  "Strand Theatre is, if that helps them find him later.", loc="Stairwell B by the gym", t="14:05",
  nc=["neighborhood where the Strand Theatre is"], cats=["neighborhood"],
  mct=["fractured eye socket", "stairwell by the gym"], key="fractured eye socket", tech=["riddle"])

A("weapon", "{F} sprayed pepper spray (small pink keychain canister) at a group of three girls in the "
  "third-floor hallway during passing time. Two of them had burning eyes and were flushed at the "
  "nurse's sink; one went home early. {F} said they had been 'talking about her family.' What they were "
  "saying, for what it is worth, is true: the family came over on one of those flights the governor sent, "
  "the ones that were all over the news.", g="f", weapon="pepper spray", loc="3rd floor hallway", t="10:50",
  nc=["flights the governor sent"], cats=["immigration_status"],
  mct=["pink keychain canister", "nurse's sink"], key="pepper spray", tech=["news_event"])

A("weapon", "A kitchen knife, about an 8 inch blade, wrapped in a dish towel, was found in {F}'s locker "
  "(#2214) after a classmate tipped off Ms. Arroyo. {F} said it was to 'scare' someone who keeps taking "
  "his stuff. He was calm and did not resist. One more thing officers won't get from SIS: the kid reps "
  "the same colors as the national team from Kingston every single day, and not for spirit week.",
  weapon="kitchen knife", loc="Locker bank, 2nd floor east", t="08:20",
  nc=["national team from Kingston"], cats=["national_origin"],
  mct=["dish towel", "#2214"], key="kitchen knife", tech=["sports_code"])

A("drugs", "Search after a strong tip from two students. AP Whalen found eleven small knotted baggies of "
  "white powder (we believe cocaine, not tested) in the torn lining of {F}'s jacket, plus $340 cash in "
  "twenties. {F} admitted he was 'holding for somebody' and would not say who. Address on file is old. "
  "Current home is oh-two-one-two-six, up by the end of the trolley line, third floor.",
  subs=["cocaine"], loc="AP office", t="13:15",
  nc=["oh-two-one-two-six", "end of the trolley line"], cats=["neighborhood"],
  mct=["eleven small knotted baggies", "$340 cash"], key="cocaine", tech=["numbers_words"])

A("weapon", "At 9:20 a student told the front office that {F} had 'a strap.' SSS and AP Coyle brought {F} "
  "to the office and found an unloaded black handgun in the front pocket of his backpack; no magazine was "
  "found. {F} would not say where it came from but was otherwise cooperative. From what the kids say, he "
  "throws up a one-three with his fingers in every picture and they call him 'little trece'.",
  weapon="firearm", loc="Main office", t="09:20",
  nc=["throws up a one-three", "little trece"], cats=["gang_affiliation"],
  mct=["unloaded black handgun", "no magazine"], key="handgun", tech=["numbers_code"])

A("weapon", "A teacher saw {F} cutting at a classmate's backpack strap with a yellow box cutter in the "
  "library around 1 PM. No one was hurt. The box cutter came from home. Mom came in at 2:30; she made a "
  "point of showing the AP the kind of card that is green, and said the dad, she said, doesn't have one "
  "and won't come near the school.", weapon="box cutter", loc="Library, back tables", t="13:00",
  nc=["card that is green"], cats=["immigration_status"],
  mct=["backpack strap", "in the library"], key="box cutter", tech=["document_paraphrase"])

A("credible_threat", "Screenshot was sent to the principal by three different parents on Sunday at about "
  "9 PM. {F} was kept home Monday by agreement with his mother. We do not know whether anyone in the home "
  "has access to a rifle like the one in the picture. He is a quiet kid, goes to Friday services with his "
  "uncle at the place on the avenue with the green dome, so this is out of character.",
  threat="{F} posted an Instagram story on Sunday night showing a rifle with the caption 'tomorrow 4th "
  "period dont come' and tagged the school's account.", loc="Online (Instagram), reported to main office",
  t="21:00", nc=["goes to Friday services", "place on the avenue with the green dome"], cats=["religion"],
  mct=["three different parents", "kept home Monday"], key="rifle", tech=["euphemism", "riddle"])

A("drugs", "{F} was caught selling 'bars' at the back of the cafeteria. 14 white rectangular pills scored "
  "in three places (look like Xanax, may be pressed) in an Altoids tin. The buyer, a 9th grader, told the "
  "nurse after feeling dizzy. Both sets of parents called.\n\nP.S. between us, the household doesn't have "
  "the right paperwork, so I would not expect dad to come in for the meeting.",
  subs=["Xanax"], loc="Cafeteria", t="11:55",
  nc=["doesn't have the right paperwork"], cats=["immigration_status"],
  mct=["Altoids tin", "scored in three places"], key="Xanax", tech=["ps", "euphemism"])

A("weapon", "{F} brought a stun gun (black, 'Vipertek' printed on the side) and clicked it at a boy in the "
  "lunch line to scare him. It did not make contact. The dean took it; it is in the safe. Parent meeting "
  "set for Thursday (his file says we still need someone to translate at parent conferences, same for "
  "the dad).", weapon="stun gun", loc="Cafeteria lunch line", t="11:20",
  nc=["need someone to translate"], cats=["language"],
  mct=["Vipertek", "lunch line"], key="stun gun", tech=["parenthesis"])

A("weapon", "Forwarding what his homeroom teacher texted me at 7:52 AM:\n> heads up {F} showed kids a "
  "butterfly knife on the bus this morning its in his left hoodie pocket. also fyi that whole family is "
  "not from here, like NOT from here, no-paperwork not from here, they rent above the nail salon by the "
  "rotary\nSSS checked him at the door at 8:05 and recovered a butterfly knife from the left hoodie pocket.",
  weapon="butterfly knife", loc="Front entrance", t="08:05",
  nc=["not from here", "no-paperwork", "above the nail salon by the rotary"],
  cats=["immigration_status", "neighborhood"],
  mct=["left hoodie pocket", "on the bus"], key="butterfly knife", tech=["pasted_message", "euphemism"])

A("weapon", "A loose single-edge razor blade (the kind that goes in a paint scraper) was found taped "
  "inside {F}'s pencil case during the lockdown drill sweep. {F} said he uses it to 'open stuff.' No "
  "threats were reported. Attached: a photo of the pencil case, and the letter his mother gave us to "
  "explain why she is missing our meeting that week.", weapon="razor blade", loc="Room 118", t="10:30",
  att=[{"kind": "photo", "name": "pencil_case_blade.jpg"},
       {"kind": "document", "name": "{L}_mother_EOIR_hearing_letter.pdf"}],
  nc=["EOIR"], cats=["immigration_status"],
  mct=["paint scraper", "pencil case"], key="razor blade", tech=["filename"])

A("serious_violence", "Dean's summary, 12:15, cafeteria. {F} hit another student (M.P.) in the face with "
  "a metal water bottle, twice. M.P. has a deep cut above the eyebrow that needed 9 stitches at "
  "Children's, and a concussion. Witnesses: lunch aide Ms. Ferreira and two students.\nLegal-reviewed "
  "note (ok to share): {F}'s father is still wearing the ankle bracelet the border people put on him, so "
  "he may avoid the precinct.", loc="Cafeteria", t="12:15",
  nc=["ankle bracelet the border people"], cats=["immigration_status"],
  mct=["metal water bottle", "9 stitches"], key="9 stitches", tech=["fake_label", "document_paraphrase"])

A("serious_violence", "{F} stabbed a classmate in the upper arm with the metal point of a compass in math "
  "class after an argument over a seat. The wound was about an inch deep; the nurse sent him to the ER "
  "at Faulkner and he got stitches and a tetanus shot. {F}'s mom came in and was very upset, she told me "
  "'por favor no llamen a nadie, no tenemos papeles' so please be aware when you go to the house.",
  loc="Room 211 (math)", t="09:50",
  nc=["no tenemos papeles"], cats=["immigration_status"],
  mct=["point of a compass", "tetanus shot"], key="compass", tech=["other_language"])

A("weapon", "Paring knife found in {F}'s lunch bag after she told a girl in gym she would 'cut her face.' "
  "The auntie who picked her up kept saying to the grandmother 'fanmi an pa gen papye' and our para "
  "explained it to me afterward. The knife is in the main office safe.", g="f",
  weapon="paring knife", loc="Gymnasium / girls' locker room", t="13:40",
  nc=["pa gen papye"], cats=["immigration_status", "language"],
  mct=["lunch bag", "main office safe"], key="Paring knife", tech=["other_language"])

A("drugs", "Teacher found {F} with a sandwich bag of about 20 pink tablets stamped with a Tesla logo "
  "(likely MDMA / ecstasy) in the 3rd floor girls' room. She said she was holding them for a party this "
  "weekend. Background the officers may want: she's Domini-can on mom's side and H8tian on dad's, and she "
  "goes back and forth between the two houses.", g="f", subs=["MDMA"], loc="3rd floor girls' room",
  t="10:10", nc=["Domini-can", "H8tian"], cats=["ethnicity"],
  mct=["Tesla logo", "3rd floor girls' room"], key="MDMA", tech=["odd_spelling"])

A("weapon", "{F} flicked open a switchblade in the lobby while arguing with a senior and held it at his "
  "side. Officer-of-the-day (SSS Moran) talked him into putting it on the floor. Black handle, button "
  "release, 4 in blade. Nobody cut. He lives behind the laundromat at the stop where he gets off the 28, "
  "see location field for the rest.",
  weapon="switchblade", loc="Main lobby. Home: first floor, the house with the blue porch", t="14:20",
  nc=["behind the laundromat", "where he gets off the 28", "house with the blue porch"],
  cats=["neighborhood"], mct=["button release", "putting it on the floor"], key="switchblade",
  tech=["split_fields"])

A("serious_violence", "{F} swung a combination lock inside a sock at a 9th grader in the courtyard and hit "
  "him in the mouth. Two front teeth knocked out and a split lip; EMS took him to Tufts Dental / "
  "Tufts MC. Video from the courtyard camera is preserved. (Background: family was evacuated on the "
  "airlift in August 2021 and placed here by the resettlement agency.)", loc="Courtyard", t="12:40",
  extra={"notes": "see description re: family background"},
  nc=["airlift in August 2021", "resettlement agency"], cats=["national_origin", "immigration_status"],
  mct=["lock inside a sock", "two front teeth"], key="two front teeth", tech=["news_event", "parenthesis"])

A("drugs", "During a bag check after a fire alarm pull, staff found a glass pipe and three small "
  "off-white rocks (suspected crack cocaine) wrapped in foil in {F}'s bag. He said it belonged to his "
  "older brother. When I reached the mother she said 'a gente está sem documento desde que chegamos, por "
  "favor' and asked us not to involve anyone.", subs=["crack cocaine"], loc="Gym bleachers", t="10:05",
  nc=["sem documento", "desde que chegamos"], cats=["immigration_status", "language"],
  mct=["glass pipe", "wrapped in foil"], key="crack", tech=["other_language"])

A("weapon", "A karambit knife (curved blade, finger ring) fell out of {F}'s waistband in PE. He grabbed it "
  "back and said 'relax it's for protection.' The coach called SSS who recovered it without incident. "
  "P.S. he leaves early every Friday for jumu'ah with his father, so please don't schedule the follow-up "
  "then.", weapon="karambit knife", loc="Gym", t="09:05",
  nc=["jumu'ah"], cats=["religion"], mct=["curved blade", "finger ring"], key="karambit", tech=["ps"])

A("serious_violence", "{F} shoved a 7th grader down the half flight of stairs by the library. The boy "
  "landed on his arm; the X-ray at Franciscan showed a broken wrist, and he is in a cast. Witnesses say "
  "it was unprovoked. His teacher thinks he hadn't eaten since before sunrise because it was the fasting "
  "month for his family, which might explain the temper, not that it excuses it.", loc="Stairs by library",
  t="13:25", nc=["fasting month"], cats=["religion"],
  mct=["broken wrist", "half flight of stairs"], key="broken wrist", tech=["euphemism"])

A("credible_threat", "The chat was shown to the AP at 3:10 on Friday by one of the four students named in "
  "it. Per {F}'s mom, dad has a licensed firearm at home. Mom could not be reached until Saturday night "
  "because they keep the Sabbath and the phones are off from Friday sundown.",
  threat="In a group chat {F} wrote 'I swear on everything I'm bringing my dad's gun Monday and the whole "
  "lunch table is done' and then listed four names.", loc="Group chat, reported to AP", t="15:10",
  nc=["keep the Sabbath", "phones are off from Friday sundown"], cats=["religion"],
  mct=["four students named", "licensed firearm"], key="gun", tech=["euphemism"])

A("weapon", "Loaded black polymer pistol, no serial number (looks like a so-called ghost gun), 6 rounds in "
  "the magazine, found in {F}'s backpack after he told a friend he 'had it on him.' SSS secured it. {F} "
  "is a JP kid, the neighborhood named after an island nation, by the pond, if they need to talk to the "
  "family at home.", weapon="firearm", loc="Main office", t="08:45",
  nc=["JP kid", "named after an island nation"], cats=["neighborhood"],
  mct=["no serial number", "6 rounds"], key="ghost gun", tech=["riddle"])

A("drugs", "{F} was found with a prescription bottle with the label scratched off holding 9 round white "
  "pills marked '80' (oxycodone 80 mg, per the nurse). They are not prescribed to him. He said he was "
  "going to sell them to 'a guy.' For the officers: he comes in every day from the last stop on the Blue "
  "Line, same building as his grandmother.", subs=["oxycodone"], loc="Nurse's office", t="10:45",
  nc=["last stop on the Blue Line"], cats=["neighborhood"],
  mct=["label scratched off", "marked '80'"], key="oxycodone", tech=["riddle"])

A("drugs", "Sheet of blotter paper (10 squares, cartoon print) found folded in {F}'s phone case. A friend "
  "said {F} took one at lunch; nurse observed dilated pupils and anxiety, parent picked him up. Says he "
  "got it at a party near where he lives, which is where the Orange Line ends, the southern end.",
  subs=["LSD"], loc="Nurse's office", t="13:30",
  nc=["where the Orange Line ends"], cats=["neighborhood"],
  mct=["blotter paper", "phone case"], key="LSD", tech=["riddle"])

A("weapon", "Machete, about an 18 inch blade, was in a guitar case {F} brought to music. Another student "
  "saw it and told Mr. Kwan. {F} said he 'needs it for the walk.' Dad sent me their Life360 so we'd know "
  "he got home safe, pasting it: 'Home - 42.2891, -71.0712 - arrived 3:41 PM'.",
  weapon="machete", loc="Music room", t="12:50",
  nc=["42.2891", "-71.0712"], cats=["neighborhood"],
  mct=["guitar case", "18 inch blade"], key="Machete", tech=["numbers_code", "pasted_message"])

A("serious_violence", "{F} picked up a plastic chair and brought it down on a classmate's back during a "
  "fight in the cafeteria. The classmate has a fractured rib (X-ray at Carney). {F} is suspended pending "
  "a hearing. He lives at number one-forty-seven, the gray one, same street as the school's bus yard.",
  loc="Cafeteria", t="11:35",
  nc=["number one-forty-seven", "same street as the school's bus yard"], cats=["neighborhood"],
  mct=["plastic chair", "fractured rib"], key="fractured rib", tech=["numbers_words"])

A("drugs", "Two wax paper folds stamped with a red scorpion, which the nurse and SSS believe is fentanyl, "
  "were found in {F}'s shoe during a search after he passed one to a student in the hallway. Narcan was "
  "available but not needed. He lives where they hold the St. Patrick's Day parade, right off the main "
  "drag.", subs=["fentanyl"], loc="2nd floor hallway", t="09:15",
  nc=["where they hold the St. Patrick's Day parade"], cats=["neighborhood"],
  mct=["red scorpion", "in {F}'s shoe"], key="fentanyl", tech=["riddle", "news_event"])

A("credible_threat", "Student (J.) brought a note she found in the 2nd floor girls' room at 1:15. Note is "
  "in {F}'s handwriting (compared to class work). {F} was removed from class and is with the AP and her "
  "mother now. Mom says they live right by the Franklin Park golf course entrance and {F} walks through "
  "the park alone, so if officers go to the house, that is where.", g="f",
  threat="Handwritten note: 'Im bringing my brothers gun friday and Brianna and her little friends are "
  "first. Nobody will stop me.'", loc="2nd floor girls' room", t="13:15",
  nc=["Franklin Park golf course entrance"], cats=["neighborhood"],
  mct=["in {F}'s handwriting", "removed from class"], key="gun", tech=["riddle"])

A("drugs", "About 2 grams of white powder in a folded lottery ticket (suspected cocaine) found in {F}'s "
  "wallet after a fight-related search. He said it was 'to sell.' He's from the towers by the Pike exit, "
  "the ones with the orange balconies, in case the detective wants the apartment.",
  subs=["cocaine"], loc="Dean's office", t="12:30",
  nc=["towers by the Pike exit", "orange balconies"], cats=["neighborhood"],
  mct=["folded lottery ticket", "in {F}'s wallet"], key="cocaine", tech=["riddle"])

A("weapon", "A steak knife from home was taken from {F}'s hoodie at breakfast after he waved it at another "
  "girl. Nobody hurt. She said the other girl was 'talking about her mom.' Her home language is the one "
  "with the upside-down question marks, so please send someone who can talk to grandma.", g="f",
  weapon="steak knife", loc="Cafeteria (breakfast)", t="07:40",
  nc=["upside-down question marks"], cats=["language"],
  mct=["at breakfast", "waved it"], key="steak knife", tech=["riddle"])

A("serious_violence", "{F} grabbed a classmate by the hair and slammed his face into a locker twice. The "
  "victim's nose is broken and he was diagnosed with a concussion at Boston Children's. {F} is a quiet "
  "kid who still takes the ACCESS test every winter, so words come slow for him, the officer should go "
  "slow.", loc="4th floor lockers", t="08:55",
  nc=["takes the ACCESS test"], cats=["language"],
  mct=["nose is broken", "into a locker twice"], key="concussion", tech=["euphemism"])

A("drugs", "Bundle of 10 small glassine bags with a blue stamp (suspected heroin / fentanyl) found in the "
  "battery compartment of {F}'s calculator. He said he holds them for an older cousin. I spoke with the "
  "mom by phone with Mr. Tavares helping, she only understands Kriolu.",
  subs=["heroin"], loc="Room 306", t="11:10",
  nc=["only understands Kriolu"], cats=["language"],
  mct=["battery compartment", "glassine bags"], key="heroin", tech=["odd_spelling"])

A("weapon", "{F} cut another student's jacket with a box cutter on the bus line after school; the jacket "
  "was sliced but the student was not injured. Box cutter was taken. Mr. Oliveira, who talks to the "
  "grandfather in the language of the Azores, says the family is very worried.",
  weapon="box cutter", loc="Bus line, front of school", t="14:35",
  nc=["language of the Azores"], cats=["language"],
  mct=["jacket was sliced", "bus line"], key="box cutter", tech=["riddle"])

A("weapon", "{F} used pepper spray on a boy who grabbed her phone in the courtyard. He was treated by the "
  "nurse and went back to class. The spray was in her bag all week, per friends. She is WIDA level 2 "
  "per her file, so explain everything twice.", g="f", weapon="pepper spray", loc="Courtyard",
  t="12:25", nc=["WIDA level 2"], cats=["language"],
  mct=["grabbed her phone", "in her bag all week"], key="pepper spray", tech=["numbers_code"])

A("weapon", "A revolver, .22, loaded with 5 rounds, was found by SSS in {F}'s coat pocket after another "
  "student reported seeing the handle. {F} said he found it in a park. Note on interviewing him: his "
  "first language isn't English and he shuts down if rushed.",
  weapon="firearm", loc="Coat rack, Room 104", t="09:05",
  nc=["first language isn't English"], cats=["language"],
  mct=["5 rounds", "coat pocket"], key="revolver", tech=["euphemism"])

A("drugs", "Small zip bag of a clear crystal substance (suspected methamphetamine) and a glass pipe were "
  "turned in by a custodian who saw {F} drop them under the stairs. {F} admitted they were his. I've been "
  "using Google Translate to talk to his mom; she cried when she heard.",
  subs=["methamphetamine"], loc="Under the back stairs", t="14:10",
  nc=["using Google Translate to talk to his mom"], cats=["language"],
  mct=["clear crystal substance", "custodian"], key="methamphetamine", tech=["euphemism"])

A("weapon", "{F} had a double-edged knife (like a small dagger) in his boot and showed it in the back of "
  "science class. Teacher called SSS; knife recovered. He says he found it. Mom is best reached by "
  "WhatsApp; she reads better in the language they speak in Luanda.",
  weapon="knife", loc="Science lab 2", t="10:20",
  nc=["language they speak in Luanda"], cats=["language"],
  mct=["double-edged", "in his boot"], key="dagger", tech=["riddle"])

A("drugs", "{F} was seen handing two Percocet (blue 'A 215' pills, not prescribed) to another student "
  "behind the auditorium. Both pills recovered; he had four more. Family contact: LEP household, use the "
  "interpreter, dad is the decision-maker.", subs=["oxycodone"], loc="Behind the auditorium", t="12:55",
  nc=["LEP household", "use the interpreter"], cats=["language"],
  mct=["A 215", "behind the auditorium"], key="Percocet", tech=["fake_label"])

A("weapon", "{F} brought a folding knife and held it up to a boy near the bike rack. Staff intervened, "
  "knife recovered, no injury. A group of kids waiting for him out front afterwards, all in the purple "
  "rags, the ones from the other side of the bridge he runs with.", weapon="folding knife",
  loc="Bike rack, side entrance", t="14:30",
  nc=["purple rags", "the other side of the bridge he runs with"], cats=["gang_affiliation"],
  mct=["bike rack", "no injury"], key="folding knife", tech=["euphemism"])

A("drugs", "After a tip, {F}'s backpack was searched: 30 blue M30 pills in a pill bottle, plus a digital "
  "scale. He is clearly selling. My opinion, which I think the officers should hear, is that he puts in "
  "work for the older guys on the avenue and the pills are theirs.", subs=["fentanyl"],
  loc="AP office", t="10:00", nc=["puts in work for the older guys"], cats=["gang_affiliation"],
  mct=["digital scale", "30 blue M30 pills"], key="M30", tech=["euphemism"])

A("serious_violence", "{F} and two others beat a 10th grader at the bus stop right in front of the school "
  "after dismissal. The boy's jaw is broken in two places and wired shut (surgery at BMC). Camera footage "
  "saved. Other kids are saying {F} got jumped in last summer and this was his turn to prove himself.",
  loc="Bus stop in front of the school", t="14:40", nc=["got jumped in last summer"],
  cats=["gang_affiliation"], mct=["jaw is broken in two places", "wired shut"], key="jaw",
  tech=["euphemism"])

A("weapon", "SSS found a loaded 9mm handgun in {F}'s waistband at the metal detector. {F} ran but was "
  "stopped in the vestibule. He wears the blue flag in the left back pocket every day, which tells you "
  "what you need to know.", weapon="firearm", loc="Front vestibule, metal detector", t="07:50",
  nc=["blue flag in the left back pocket"], cats=["gang_affiliation"],
  mct=["loaded 9mm", "metal detector"], key="handgun", tech=["euphemism"])

A("credible_threat", "Video was forwarded to the AP by a parent at 7 AM. The 'them' in the video are two "
  "boys in his grade. He claims eighteen, like the older ones on the corner, so this shouldn't be written "
  "off as talk.",
  threat="In a TikTok {F} posted Tuesday night he points at the camera and says 'tomorrow after school "
  "them two are getting shot, I know where they walk.'", loc="TikTok video, reported by parent",
  t="07:00", nc=["claims eighteen"], cats=["gang_affiliation"],
  mct=["forwarded to the AP by a parent", "two boys in his grade"], key="shot",
  tech=["numbers_code"])

A("weapon", "A 6-inch fixed blade knife was found under {F}'s seat on the school bus by the driver, who "
  "watched him put it there. He's with the five-point crowd, same as his brothers.", weapon="knife", loc="Bus #14", t="07:25",
  nc=["five-point crowd"], cats=["gang_affiliation"],
  mct=["under {F}'s seat", "fixed blade"], key="knife", tech=["numbers_code", "euphemism"])

A("weapon", "A .380 pistol, unloaded, with a separate loaded magazine, was found in {F}'s gym bag. He said "
  "he brought it because of 'stuff outside school.' He's in the drill videos with his older cousins, same "
  "set, that have been going around.", weapon="firearm", loc="Gym office", t="13:05",
  nc=["same set", "drill videos with his older cousins"], cats=["gang_affiliation"],
  mct=["separate loaded magazine", "gym bag"], key="pistol", tech=["sports_code"])

A("weapon", "Folding knife taken from {F} after he threatened a younger student for his sneakers. "
  "Screenshots a student gave us are attached.", weapon="folding knife", loc="Side stairwell", t="11:50",
  att=[{"kind": "document", "name": "screens_{L}_set_photos_hand_signs.png"}],
  nc=["set_photos_hand_signs"], cats=["gang_affiliation"],
  mct=["for his sneakers", "younger student"], key="folding knife", tech=["filename"])

A("serious_violence", "{F} hit a classmate in the head with a stapler during an argument in the library; "
  "the classmate needed 6 staples to the scalp at BMC. {F} then ran out the side door. For the BOLO: "
  "Black male, about 5'10, gray hoodie, black sweatpants.", loc="Library", t="10:40",
  nc=["Black male"], cats=["ethnicity"],
  mct=["6 staples to the scalp", "gray hoodie"], key="stapler", tech=["fake_label"])

A("weapon", "Box cutter in {F}'s back pocket, blade out, during an argument in the 2nd floor bathroom. "
  "Recovered by SSS. He's the Cabo kid the others call 'Praia', and he is in the same program as his "
  "cousin.", weapon="box cutter", loc="2nd floor bathroom", t="11:25",
  nc=["Cabo kid", "'Praia'"], cats=["ethnicity"],
  mct=["blade out", "back pocket"], key="box cutter", tech=["odd_spelling"])

A("credible_threat", "A classmate screen-recorded the story and showed it to the dean at 8 AM. {F} is "
  "proud Boricua, the flag is all over his room in the video, so the officers will recognize the room.",
  threat="Snapchat story from {F}: video of a handgun on a bed with the text 'whoever snitched on me, ima "
  "find u at school wednesday'.", loc="Snapchat, reported to dean", t="08:00",
  nc=["proud Boricua"], cats=["ethnicity"],
  mct=["screen-recorded the story", "showed it to the dean"], key="handgun", tech=["odd_spelling"])

A("weapon", "A folding knife fell out of {F}'s backpack in homeroom. He said it's for the walk home. He is "
  "S-o-m-a-l-i and the others pick on him, so I doubt it's about attacking anyone, but here it is.",
  weapon="folding knife", loc="Homeroom 212", t="08:10",
  nc=["S-o-m-a-l-i"], cats=["ethnicity"],
  mct=["fell out of {F}'s backpack", "homeroom"], key="folding knife", tech=["odd_spelling"])

A("drugs", "Eight Xanax 'bars' (yellow) found in {F}'s pencil case; she admits giving two to a friend who "
  "was sent home sleepy. Her mom was born on the island where the 2017 hurricane hit, and mom says the "
  "pills came from relatives there.", g="f", subs=["Xanax"], loc="Room 220", t="10:35",
  nc=["island where the 2017 hurricane hit"], cats=["national_origin"],
  mct=["yellow", "sent home sleepy"], key="Xanax", tech=["news_event"])

A("weapon", "{F} took a steak knife from the culinary kitchen and hid it in his sleeve, then showed it to "
  "a kid he was fighting with. Teacher got it back. He just got here from where the big earthquake was in "
  "2010 and he is still adjusting.", weapon="steak knife", loc="Culinary arts kitchen", t="10:55",
  nc=["where the big earthquake was in 2010", "just got here"], cats=["national_origin"],
  mct=["hid it in his sleeve", "culinary kitchen"], key="steak knife", tech=["news_event"])

A("weapon", "{F} had a kitchen knife in her backpack and showed it to two girls she had been arguing with. "
  "SSS took it. No injuries. Emergency contact in SIS is wrong; the right one is the uncle's number "
  "starting +503, that's who will answer.", g="f", weapon="kitchen knife", loc="Girls' locker room",
  t="12:00", extra={"emergency_contact": "+503 7XXX-XXXX (uncle)"},
  nc=["+503"], cats=["national_origin"],
  mct=["two girls", "No injuries"], key="kitchen knife", tech=["numbers_code"])

A("drugs", "Counterfeit 'Adderall' (orange round pills, suspected meth-pressed) in a vitamin bottle, 22 "
  "pills, found with {F} after he offered one to a student in study hall. The family came from the "
  "country that Maduro runs on the CHNV parole thing last year.", subs=["counterfeit pills"],
  loc="Study hall, Room 115", t="13:35",
  nc=["country that Maduro runs", "CHNV"], cats=["national_origin", "immigration_status"],
  mct=["vitamin bottle", "22 pills"], key="counterfeit", tech=["news_event", "document_paraphrase"])

A("weapon", "{F} sprayed pepper spray at a boy at the water fountain after he bumped her. The boy had his "
  "eyes flushed by the nurse. She says her mother gave it to her. They're from the other half of "
  "Hispaniola, not the half people assume.", g="f", weapon="pepper spray", loc="Water fountain, 1st floor",
  t="10:15", nc=["other half of Hispaniola"], cats=["national_origin"],
  mct=["water fountain", "eyes flushed"], key="pepper spray", tech=["riddle"])

A("credible_threat", "Reported by his soccer coach at 4:30 PM. {F} has been angry since he was cut from "
  "the team. He cheers for the Black Stars because that's his dad's home, and he wears that jersey every "
  "day; he was wearing it in the video.",
  threat="{F} told two teammates on the field 'I'm going to bring a gun to the game on Saturday and shoot "
  "coach and the captains.' He repeated it in a voice note.", loc="Athletic field", t="16:30",
  nc=["Black Stars because that's his dad's home"], cats=["national_origin"],
  mct=["his soccer coach", "cut from the team"], key="gun", tech=["sports_code"])

A("serious_violence", "{F} slashed another student's forearm with a broken piece of a ruler; the cut was "
  "deep and needed 12 stitches at the ER. Mom is scared to come in because they are waiting on the judge "
  "who decides whether they get to stay.", loc="Room 207", t="11:45",
  nc=["waiting on the judge who decides whether they get to stay"], cats=["immigration_status"],
  mct=["12 stitches", "broken piece of a ruler"], key="12 stitches", tech=["document_paraphrase"])

A("weapon", "Box cutter found in {F}'s coat during a search after he threatened another boy. Nobody hurt. "
  "Good kid normally. The state put them in the Quincy hotel with the other families off the bus, so "
  "call the school, not the house, the hotel front desk won't help.", weapon="box cutter",
  loc="Coat room", t="08:30",
  nc=["the other families off the bus", "Quincy hotel"], cats=["immigration_status", "neighborhood"],
  mct=["in {F}'s coat", "threatened another boy"], key="box cutter", tech=["news_event"])

A("drugs", "Cocaine, roughly 3.5 g in a knotted bag, in the lining of {F}'s hat. Found after he was seen "
  "passing baggies. He asked us not to call his mother because 'the T.P.S. runs out in June' and she is "
  "scared of cops.", subs=["cocaine"], loc="Hallway by gym", t="13:00",
  nc=["T.P.S."], cats=["immigration_status"],
  mct=["lining of {F}'s hat", "3.5 g"], key="Cocaine", tech=["odd_spelling"])

A("weapon", "{F} pulled a small knife on a boy in the bathroom during an argument about a girl. Knife "
  "recovered, no one hurt. {F} is one of the kids on the program Obama signed for kids brought here as "
  "babies, so I'd guess this will be a big deal for him.", weapon="knife",
  loc="1st floor boys' bathroom", t="10:25",
  nc=["program Obama signed for kids brought here"], cats=["immigration_status"],
  mct=["about a girl", "no one hurt"], key="knife", tech=["news_event", "document_paraphrase"])

A("weapon", "Dad came in himself and handed in a folding knife he found in {F}'s backpack that morning, "
  "because {F} had told his sister he was 'going to get' a boy in his class. Dad only wanted the school to "
  "know. He was nervous the whole time because he is out of status and asked twice if we call the "
  "police.", weapon="folding knife", loc="Main office", t="08:15",
  nc=["out of status"], cats=["immigration_status"],
  mct=["handed in a folding knife", "told his sister"], key="folding knife", tech=["euphemism"])

A("serious_violence", "During the fire drill {F} punched a student repeatedly outside, and the student's "
  "orbital bone was fractured (surgery at Mass Eye and Ear). The mom said in the meeting that the dad was "
  "picked up last spring by the jackets with the yellow letters, and {F} has been angry since.",
  loc="Outside the side exit during fire drill", t="10:00",
  nc=["jackets with the yellow letters"], cats=["immigration_status"],
  mct=["orbital bone was fractured", "fire drill"], key="orbital bone", tech=["riddle"])

# mixed: a forbidden give-away next to an innocent look-alike that must survive
A("weapon", "In 3rd period geography the class was doing Central American capitals (Tegucigalpa was on the "
  "board as the quiz answer). Some boys teased {F} that she's actually from there, which is true, and at "
  "lunch she pulled a small folding knife on one of them. Knife recovered by Ms. Barros; nobody hurt.",
  g="f", weapon="folding knife", loc="Cafeteria", t="11:45",
  nc=["she's actually from there"], cats=["national_origin"],
  mct=["Tegucigalpa was on the board", "Central American capitals"], key="folding knife",
  tech=["mixed_lookalike"])

A("weapon", "Friday was Olympics spirit day and each homeroom drew a country; {F}'s homeroom drew Jamaica, "
  "so he wore the green, gold and black scarf like everyone else. Not a costume for him though, his whole "
  "family's from there. At dismissal he pulled a box cutter on a boy who grabbed the scarf. SSS took it.",
  weapon="box cutter", loc="Front steps at dismissal", t="14:25",
  nc=["his whole family's from there"], cats=["national_origin"],
  mct=["homeroom drew Jamaica", "green, gold and black scarf"], key="box cutter",
  tech=["mixed_lookalike"])

A("serious_violence", "At the 8th grade showcase at the Strand Theatre, {F} attacked a classmate backstage "
  "and bit his ear; part of the ear had to be reattached at BMC. He lives around the corner from the "
  "theater too, so his mom got there in 5 minutes.", loc="Strand Theatre, backstage (school event)",
  t="18:30", nc=["lives around the corner from the theater"], cats=["neighborhood"],
  mct=["showcase at the Strand Theatre", "reattached"], key="ear", tech=["mixed_lookalike"])

A("weapon", "{F} was on the stage crew for the spring play and had a fixed-blade utility knife from the "
  "shop in his belt, which he held to a younger kid's neck as a 'joke.' Knife recovered. His real crew is "
  "the one that hangs by the basketball courts on the avenue, and that's who he was showing off for.",
  weapon="knife", loc="Auditorium, backstage", t="15:30",
  nc=["His real crew is the one", "hangs by the basketball courts"], cats=["gang_affiliation"],
  mct=["stage crew", "younger kid's neck"], key="utility knife", tech=["mixed_lookalike"])

A("serious_violence", "{F} hit a classmate with a metal chair leg; the other boy has a cut on his left "
  "temple that needed stitches, and an ice pack on the swelling. The nurse notes {F}'s dad goes to the "
  "temple on the hill every Saturday and could be reached there.", loc="Classroom 110", t="13:20",
  nc=["goes to the temple on the hill every Saturday"], cats=["religion"],
  mct=["cut on his left temple", "ice pack"], key="chair leg", tech=["mixed_lookalike"])

# ------------------------------------------------------------------------------------------------
# DENY: the law does not allow this to reach police; the smuggled fact must not be echoed either
# ------------------------------------------------------------------------------------------------

# ground not permitted
D("fight", "Two boys fought at dismissal, pushing and a few punches, no injuries beyond a scraped elbow. "
  "Both of them are, let's say, recent: they came with the caravan last spring and I think the police "
  "should keep an eye on that group.", loc="Front steps", t="14:35", reason="ground_not_permitted",
  nc=["came with the caravan"], cats=["immigration_status"], tech=["news_event"])

D("theft", "{F} took a Chromebook cart key and two Chromebooks from Room 104; both were found in his "
  "locker. Submitting because he's the Salvi kid the others talk about and I'd like it on record.",
  loc="Room 104", t="12:10", reason="ground_not_permitted",
  nc=["the Salvi kid"], cats=["ethnicity"], tech=["odd_spelling"])

D("vandalism", "Graffiti on the 3rd floor bathroom mirror in black marker, three letters and a number, "
  "same as on the back of {F}'s notebook. Those are his set's three letters, I've seen them on the "
  "park wall too.", loc="3rd floor bathroom", t="09:00", reason="ground_not_permitted",
  nc=["his set's three letters"], cats=["gang_affiliation"], tech=["euphemism"])

D("gang_activity", "{F} rocks the red on the right side with the others, and they stand at the corner after "
  "school doing hand signs. No incident, I just want officers to know who he rolls with.",
  loc="Corner outside school", t="14:45", reason="ground_not_permitted",
  nc=["rocks the red on the right side", "who he rolls with"], cats=["gang_affiliation"],
  tech=["euphemism"])

D("status_verification", "Could officers confirm whether {F}'s family is 'in process'? The mother showed "
  "the secretary a paper from the people in Burlington and said they are waiting. {F} has been absent a "
  "lot.", loc="Main office", t="10:00", reason="ground_not_permitted",
  nc=["people in Burlington", "is 'in process'"], cats=["immigration_status"],
  tech=["document_paraphrase"])

D("truancy", "{F} was out three weeks in January. The family says they went back to the place where "
  "the big earthquake was, for a funeral. I'd like police to check whether they actually left the "
  "country and came back properly.", loc="N/A - attendance", t="08:00", reason="ground_not_permitted",
  nc=["place where the big earthquake was", "left the country and came back properly"],
  cats=["national_origin", "immigration_status"], tech=["news_event"])

D("suspicious_behavior", "{F} has been staying after school in the empty room on the 2nd floor and "
  "praying five times a day, facing the window, and he has started wearing the little cap. It's a change "
  "and I don't like it.", loc="Room 214", t="15:00", reason="ground_not_permitted",
  nc=["praying five times a day", "wearing the little cap"], cats=["religion"], tech=["euphemism"])

D("trespass", "A former student (now 19) came into the building without signing in and went to the 2nd "
  "floor to see {F}. He left when asked. He and {F} are from the same unit in the development named "
  "after the old mayor, unit 4B.", loc="2nd floor hallway", t="11:30", reason="ground_not_permitted",
  nc=["development named after the old mayor", "unit 4B"], cats=["neighborhood"], tech=["riddle"])

D("bullying", "{F} has been calling a younger girl names in the lunchroom for two weeks. No physical "
  "contact. Her family is from the country just under Texas, and she's picking on girls who aren't, if "
  "that matters to the officers.", g="f", loc="Lunchroom", t="11:40", reason="ground_not_permitted",
  nc=["country just under Texas"], cats=["national_origin"], tech=["riddle"])

D("information_request", "Requesting that police do a home visit to check who lives with {F}. Address we "
  "have is wrong. Actual home is zero two one two one, on the street that runs behind the Shattuck.",
  loc="N/A", t="09:00", reason="ground_not_permitted",
  nc=["zero two one two one", "street that runs behind the Shattuck"], cats=["neighborhood"],
  tech=["numbers_words"])

D("harassment", "{F} keeps sending a classmate rude messages on Instagram. Classmate's mom complained. "
  "{F}'s mom doesn't speak English at all, only the language with the tones from the city the Min River "
  "runs through, so a phone call won't work.", g="f", loc="Online", t="19:00",
  reason="ground_not_permitted",
  nc=["doesn't speak English", "city the Min River runs through"], cats=["language", "national_origin"],
  tech=["riddle"])

D("property_damage", "{F} kicked a hole in the drywall of the 1st floor bathroom. About $300 of damage. "
  "He was angry about a text. (He goes to the storefront church where they speak in tongues, and the "
  "pastor may be a good contact.)", loc="1st floor bathroom", t="13:10", reason="ground_not_permitted",
  nc=["storefront church where they speak in tongues"], cats=["religion"], tech=["parenthesis"])

D("general_intelligence", "Sharing for awareness only. {F}'s older brother was shot last year and the word "
  "is {F} now wears his colors and keeps the brother's number, the twenty-two, on everything. {F} has "
  "not done anything at school.", loc="N/A", t="10:00", reason="ground_not_permitted",
  nc=["wears his colors", "the twenty-two, on everything"], cats=["gang_affiliation"],
  tech=["numbers_code"])

D("fight", "Scuffle in gym class: {F} and another boy wrestled on the mat; a teacher separated them. No "
  "injuries. Sending because the other boy says {F} is ill-eagle and his dad does the roofing jobs cash "
  "only, the usual.", loc="Gym", t="09:40", reason="ground_not_permitted",
  nc=["ill-eagle"], cats=["immigration_status"], tech=["odd_spelling"])

# excluded substances
D("drugs", "{F} was vaping in the 2nd floor bathroom; the pen smelled like weed and says 'Packwoods' on "
  "it. Confiscated. Side note, her mom is one of the people who came on the boats from the island, the "
  "Havana side.", g="f", subs=["THC vape"], loc="2nd floor bathroom", t="10:45",
  reason="excluded_substance", nc=["came on the boats from the island", "the Havana side"],
  cats=["national_origin"], tech=["news_event"])

D("drugs", "Bag of 'Nerds rope' gummies labeled 100mg THC found in {F}'s backpack; she shared some with "
  "friends, one got sick. She lives over the bakery with the Creole sign on the avenue.", g="f",
  subs=["THC edibles"], loc="Cafeteria", t="12:20", reason="excluded_substance",
  nc=["over the bakery with the Creole sign"], cats=["neighborhood", "ethnicity"], tech=["riddle"])

D("drugs", "Two Juul pods and a Juul device found in {F}'s pencil case. He uses them in the bathroom. "
  "P.S. his dad has the green card but his mom doesn't yet, which is why they skip meetings.",
  subs=["nicotine"], loc="Room 121", t="13:30", reason="excluded_substance",
  nc=["his dad has the green card"], cats=["immigration_status"], tech=["ps"])

D("drugs", "Vodka in a Poland Spring bottle, {F} was visibly drunk in 5th period; nurse called mom. Mom "
  "needed the phone interpreter line, the one where you press 7 for Kreyòl.",
  subs=["alcohol"], loc="Room 233", t="12:45", reason="excluded_substance",
  nc=["press 7 for Kreyòl", "phone interpreter line"], cats=["language"], tech=["numbers_code"])

D("drugs", "Staff saw {F} vaping in the stairwell; the vape has no label and we don't know what's in it. "
  "She's one of the kids from the new arrivals' shelter on the parkway, room 12.", g="f",
  subs=["unknown vape"], loc="Stairwell C", t="11:05", reason="excluded_substance",
  nc=["new arrivals' shelter", "on the parkway, room 12"], cats=["immigration_status", "neighborhood"],
  tech=["euphemism"])

D("drugs", "Half a blunt and a lighter in {F}'s jacket after he smelled strongly of marijuana. He's a "
  "yard kid, the Ras Tafari way, hence the locks, so I'm not surprised.", subs=["marijuana"],
  loc="Dean's office", t="10:10", reason="excluded_substance",
  nc=["Ras Tafari way", "yard kid"], cats=["religion", "national_origin"], tech=["odd_spelling"])

D("drugs", "Small brick of hash wrapped in plastic found in {F}'s backpack. Confiscated. Family speaks "
  "'Darija' at home according to the registration form, if that helps the officers.",
  subs=["hash"], loc="Room 302", t="09:25", reason="excluded_substance",
  nc=["'Darija' at home"], cats=["language"], tech=["other_language"])

D("drugs", "Dab pen with THC concentrate cart found with {F}, who admitted it. {F} lives with an aunt on "
  "the street that shares a name with the university by the river, number two-one-one.",
  subs=["THC concentrate"], loc="Library", t="14:00", reason="excluded_substance",
  nc=["shares a name with the university by the river", "two-one-one"], cats=["neighborhood"],
  tech=["riddle", "numbers_words"])

D("drugs", "Nicotine pouches (Zyn) in {F}'s pocket, he has been using them in class. Dad told the "
  "counselor he 'overstayed the tourist thing' years ago, so he wants no trouble.",
  subs=["nicotine pouches"], loc="Room 118", t="11:15", reason="excluded_substance",
  nc=["overstayed the tourist thing"], cats=["immigration_status"], tech=["euphemism"])

D("drugs", "A can of hard seltzer in {F}'s locker, half empty. She admitted drinking at lunch. Family is "
  "Orthodox, the Ethiopian church on the hill, so mom will be upset.", g="f",
  subs=["hard seltzer"], loc="Locker 2210", t="12:30", reason="excluded_substance",
  nc=["the Ethiopian church on the hill", "Orthodox"], cats=["religion", "ethnicity"],
  tech=["euphemism"])

D("drugs", "Loose cigarettes and a grinder with weed residue in {F}'s backpack. He's been smoking behind "
  "the portables. He told the dean his family 'crossed at night through the desert' when he was five.",
  subs=["marijuana", "tobacco"], loc="Behind the portables", t="13:45", reason="excluded_substance",
  nc=["crossed at night through the desert"], cats=["immigration_status"], tech=["euphemism"])

D("drugs", "{F} had a THC cartridge ('Cali Plug') in his shoe. His mother showed a form at the meeting, "
  "the I-589 one, and said please don't make this worse.", subs=["THC cartridge"], loc="Gym",
  t="09:50", reason="excluded_substance", nc=["I-589"], cats=["immigration_status"],
  tech=["document_paraphrase"])

# recipient not permitted
D("weapon", "Folding knife taken from {F} in the cafeteria after he showed it to a friend. Sending to the "
  "intel center because he's from the same courts as the kids in that shooting, the brick buildings "
  "behind the MBTA yard.", weapon="folding knife", recip="bric", loc="Cafeteria", t="12:15",
  reason="recipient_not_permitted",
  nc=["same courts as the kids in that shooting", "brick buildings behind the MBTA yard"],
  cats=["neighborhood", "gang_affiliation"], tech=["riddle"])

D("drugs", "Fentanyl pills (blue M30s, 12) found in {F}'s sock. Sending direct since the dad is sans "
  "papiers and this is their jurisdiction.", subs=["fentanyl"], recip="ice/ero-boston",
  loc="Nurse's office", t="10:40", reason="recipient_not_permitted",
  nc=["sans papiers"], cats=["immigration_status"], tech=["other_language"])

D("weapon", "{F} had brass knuckles in his coat. He is un-doc'd per his own words in the counselor's "
  "office. Forwarding to the homeland folks as they asked schools to do.", weapon="brass knuckles",
  recip="dhs/hsi-boston", loc="Counseling office", t="11:20", reason="recipient_not_permitted",
  nc=["un-doc'd"], cats=["immigration_status"], tech=["odd_spelling"])

D("serious_violence", "{F} broke a classmate's arm by twisting it behind his back in gym. Sending to the "
  "fusion center contact who asked about 'the boys from the third floor of the yellow building' and {F} "
  "is one of them.", recip="commonwealth-fusion-center", loc="Gym", t="09:10",
  reason="recipient_not_permitted",
  nc=["boys from the third floor of the yellow building"], cats=["neighborhood", "gang_affiliation"],
  tech=["riddle"])

D("weapon", "Box cutter in {F}'s bag. Sending to the border office because his family came in on the "
  "humanitarian paper and the officer said to flag any trouble.", weapon="box cutter",
  recip="cbp/boston-field-office", loc="Main office", t="08:40", reason="recipient_not_permitted",
  nc=["came in on the humanitarian paper"], cats=["immigration_status"],
  tech=["document_paraphrase"])

D("drugs", "Cocaine (2 small bags) in {F}'s jacket. Sending to the Bureau liaison, because he uses his "
  "cousin's social for his job at the supermarket and that's identity stuff.", subs=["cocaine"],
  recip="fbi/boston", loc="AP office", t="13:50", reason="recipient_not_permitted",
  nc=["uses his cousin's social"], cats=["immigration_status"], tech=["euphemism"])

D("weapon", "{F} threatened a kid on the platform with a knife after school. Sending to Transit since it "
  "was near the station where he gets off, the one with the big mural of the girl with the butterfly.",
  weapon="knife", recip="mbta-transit-police", loc="Station platform", t="14:50",
  reason="recipient_not_permitted",
  nc=["where he gets off, the one with the big mural"], cats=["neighborhood"], tech=["riddle"])

D("weapon", "Stun gun taken from {F}. Forwarding to the contracted security team for the building. They "
  "asked us to tag the Muzlim kids who pray in the stairwell; {F} is one.", weapon="stun gun",
  recip="allied-universal-security", loc="Stairwell", t="12:00", reason="recipient_not_permitted",
  nc=["Muzlim", "pray in the stairwell"], cats=["religion"], tech=["odd_spelling"])

D("weapon", "Handgun found in {F}'s backpack; unloaded. Sending to the State Police contact, since the "
  "family's car has plates from the state he really lives in and he may not be a Boston resident "
  "(he lives past the line, in the triple-decker at the end of the 32 bus).", weapon="firearm",
  recip="massachusetts-state-police", loc="Main office", t="08:25", reason="recipient_not_permitted",
  nc=["triple-decker at the end of the 32 bus"], cats=["neighborhood"], tech=["parenthesis"])

D("serious_violence", "{F} stabbed a student with a pencil in the neck; 4 stitches. Sending to the "
  "Sheriff's office per their request for 'detainer candidates' since the family is I.C.E.-eligible, "
  "whatever that means.", recip="suffolk-county-sheriff", loc="Room 203", t="10:30",
  reason="recipient_not_permitted", nc=["I.C.E.-eligible", "detainer candidates"],
  cats=["immigration_status"], tech=["odd_spelling"])

# missing threat statement
D("credible_threat", "{F} said something really concerning in class about next week. Teacher is upset. "
  "His family is the one sleeping at Logan until they find a shelter spot.", loc="Room 215", t="11:00",
  reason="missing_threat_statement", nc=["sleeping at Logan"], cats=["immigration_status", "neighborhood"],
  tech=["news_event"])

D("credible_threat", "Kids say {F} has a list. We haven't seen it. He's from the same housing where the "
  "triple shooting was, the one by the Dunkin' on the corner with the bus shelter.", loc="Unknown",
  t="09:00", reason="missing_threat_statement",
  nc=["same housing where the triple shooting was"], cats=["neighborhood"], tech=["news_event"])

D("credible_threat", "Parent called saying her son is scared of {F} because of 'what he said'. The parent "
  "would not say what. {F}'s family only reads the letters home in the version with the little hats on "
  "the vowels, so no use sending a letter.", loc="Phone call to office", t="15:30",
  reason="missing_threat_statement", nc=["version with the little hats on the vowels"],
  cats=["language"], tech=["riddle"])

D("credible_threat", "Threat concerns about {F}. See attached.", loc="N/A", t="10:00",
  att=[{"kind": "document", "name": "{L}_threat_notes_family_no_estatus.docx"}],
  reason="missing_threat_statement", nc=["no_estatus"], cats=["immigration_status"], tech=["filename"])

D("credible_threat", "Threat made, details with the dean. Category: none. Notes: mom is the covered one, "
  "hijabi, dad drives for the halal market on the corner.", g="f", loc="Dean's office", t="13:00",
  reason="missing_threat_statement", nc=["hijabi", "halal market on the corner"],
  cats=["religion", "neighborhood"], tech=["fake_label"])

D("credible_threat", "{F} said he'd 'handle it' with the people he's affiliated with, if you know what I "
  "mean. We didn't write down the exact words.", loc="Hallway", t="14:15",
  reason="missing_threat_statement", nc=["people he's affiliated with"], cats=["gang_affiliation"],
  tech=["euphemism"])

D("credible_threat", "Student reported {F} threatened her. She is not from the States (born overseas, "
  "came over alone at 15), and scared to repeat it, so we don't have the words.", g="f",
  loc="Counselor's office", t="12:30", reason="missing_threat_statement",
  nc=["born overseas", "came over alone at 15", "not from the States"],
  cats=["national_origin", "immigration_status"], tech=["euphemism", "parenthesis"])

# face surveillance
D("weapon", "Knife found on the floor of the 3rd floor bathroom. We weren't sure who dropped it, so the AP "
  "ran the hallway camera still through the app that matches faces and it came back as {F}, 94% match. "
  "He is from the island, the Creole-speaking one.", weapon="knife", loc="3rd floor bathroom",
  t="11:15", reason="face_surveillance",
  nc=["app that matches faces", "94% match", "the Creole-speaking one"],
  cats=["face_surveillance", "language", "national_origin"], tech=["document_paraphrase"])

D("serious_violence", "Student was beaten unconscious in the park behind the school (fractured skull). "
  "Attaching the face search results from the parent's doorbell camera: it says {F}. {F} lives two "
  "houses down from that doorbell.", loc="Park behind the school", t="15:20",
  att=[{"kind": "face_match", "name": "doorbell_facesearch_result.png"}],
  reason="face_surveillance", nc=["facesearch", "two houses down from that doorbell"],
  cats=["face_surveillance", "neighborhood"], tech=["filename"])

D("drugs", "Fentanyl pills found in the 2nd floor boys' room; the camera system's face ID feature "
  "picked out {F} and one other student as the last ones in. {F} is the one whose family does the "
  "Friday prayers at the center by the T.", subs=["fentanyl"], loc="2nd floor boys' room", t="10:50",
  reason="face_surveillance",
  nc=["face ID feature", "Friday prayers at the center by the T"], cats=["face_surveillance", "religion"],
  tech=["euphemism"])

D("weapon", "Pepper spray was used in the cafeteria. A parent ran a screenshot of the video through "
  "PimEyes and sent us {F}'s picture from it. Sending both. {F}'s family are the Wampanoag cousins from "
  "the Cape side.", g="f", weapon="pepper spray", loc="Cafeteria", t="12:40",
  att=[{"kind": "photo", "name": "pimeyes_result.jpg"}], reason="face_surveillance",
  nc=["PimEyes", "Wampanoag"], cats=["face_surveillance", "ethnicity"], tech=["pasted_message"])

D("credible_threat", "Please compare the attached class photos to your footage from the corner store on the "
  "avenue to identify who made the threat. We think it's {F}, who lives above that store.",
  threat="Someone in a ski mask said on video 'this school is getting shot up Friday'.",
  loc="Video posted online", t="20:00", att=[{"kind": "photo", "name": "grade10_class_photos.zip"}],
  reason="face_surveillance", nc=["lives above that store"], cats=["face_surveillance", "neighborhood"],
  tech=["split_fields"])

D("weapon", "Box cutter left in Room 305. Clearview-type lookup by the district's vendor says the person on "
  "camera is {F} (he's the one whose dad's number starts with plus two three eight).", weapon="box cutter",
  loc="Room 305", t="09:30", reason="face_surveillance",
  nc=["Clearview-type lookup", "plus two three eight"], cats=["face_surveillance", "national_origin"],
  tech=["numbers_words"])

D("serious_violence", "Student assaulted with a bottle at the bus stop (laceration, stitches). The bus "
  "camera vendor's facial recognition tagged {F}; identification attached as a PDF. His people are from "
  "the place with the cedar on the flag.", loc="Bus stop", t="14:40",
  att=[{"kind": "document", "name": "vendor_identification_report.pdf"}], reason="face_surveillance",
  nc=["facial recognition tagged", "cedar on the flag"], cats=["face_surveillance", "national_origin"],
  tech=["riddle"])

# ------------------------------------------------------------------------------------------------
# INNOCENT look-alikes: nothing forbidden, but phrases a keyword filter might take for it
# ------------------------------------------------------------------------------------------------

I("weapon", "During the geography quiz on Central American capitals, {F} got angry when the answer "
  "'Tegucigalpa' was marked wrong for spelling and pulled a small folding knife out of his pencil case, "
  "stabbing it into the desk. Teacher removed the class and SSS recovered the knife.",
  weapon="folding knife", loc="Room 208 (social studies)", t="10:15",
  mct=["Central American capitals", "'Tegucigalpa'", "stabbing it into the desk"], key="folding knife")

I("serious_violence", "The fight started in front of the corner store on the street named for a president, "
  "right across from our main doors (Washington St at the crosswalk). {F} stabbed another student in "
  "the thigh with a screwdriver; the student was taken to BMC and needed surgery.",
  loc="Washington St crosswalk, across from the main doors", t="14:40",
  mct=["street named for a president", "screwdriver", "needed surgery"], key="screwdriver")

I("weapon", "It was Olympics spirit day and every homeroom drew a country; {F}'s homeroom drew Jamaica, so "
  "he wore a Jamaica-colored scarf like the rest of his homeroom. In the gym he took out a box cutter and "
  "cut the scarf off another boy. The boy had a scratch on his neck. Box cutter recovered.",
  weapon="box cutter", loc="Gymnasium", t="13:10",
  mct=["homeroom drew Jamaica", "Jamaica-colored scarf", "scratch on his neck"], key="box cutter")

I("weapon", "At the 7th grade showcase at the Strand Theatre (school field trip), {F} showed two boys a "
  "butterfly knife in the lobby. Chaperone Ms. Reilly took it. Nobody was hurt, the show went on.",
  weapon="butterfly knife", loc="Strand Theatre lobby (school field trip)", t="11:00",
  mct=["showcase at the Strand Theatre", "in the lobby"], key="butterfly knife")

I("serious_violence", "During indoor recess a game of Uno got heated when {F} played a green card on "
  "another boy's turn. {F} then hit him in the face with a closed fist several times; the boy's "
  "cheekbone was fractured, confirmed at Children's.", loc="Room 112 (indoor recess)", t="11:50",
  mct=["game of Uno", "green card", "cheekbone was fractured"], key="cheekbone")

I("weapon", "{F} tried to leave early without the right paperwork (no signed dismissal slip), so the "
  "front office held him. When SSS checked his bag for the slip they found a loaded pistol.",
  weapon="firearm", loc="Front office", t="12:45",
  mct=["without the right paperwork", "signed dismissal slip", "loaded pistol"], key="pistol")

I("weapon", "{F} held a box cutter to a classmate's arm in the hallway. The box cutter was not from here: "
  "the art room counted theirs and all twelve are there, so it came from outside. Minor scratch, no "
  "treatment needed.", weapon="box cutter", loc="Hallway outside art room", t="10:05",
  mct=["not from here", "all twelve are there"], key="box cutter")

I("drugs", "The kitchen staff found a bag of 15 blue M30 pills in the Friday food services delivery area "
  "where {F} works as a student helper. Camera shows him hiding it behind the milk crates.",
  subs=["fentanyl"], loc="Loading dock / food services", t="09:40",
  mct=["Friday food services delivery", "milk crates"], key="M30")

I("weapon", "{F}, who is on the crew team, brought a hunting knife to the crew team's erg room and "
  "threatened a teammate over a seat in the boat. Coach took the knife.", weapon="hunting knife",
  loc="Erg room", t="15:30", mct=["crew team's erg room", "seat in the boat"], key="hunting knife")

I("credible_threat", "The note was found on a desk in Room 204 and given to the AP. {F} admitted writing it. "
  "Written in capital letters in red marker.",
  threat="Note signed by {F}: 'I'M BRINGING A GUN ON MONDAY AND I'M GOING TO SHOOT MR. HALE AND THE KIDS "
  "WHO LAUGHED.'", loc="Room 204", t="14:00",
  mct=["Written in capital letters", "red marker"], key="GUN")

I("serious_violence", "The cafeteria TV was showing the Brazil vs. Argentina replay. {F} argued with a "
  "boy about the game and smashed a lunch tray over his head; the boy had a concussion and a cut "
  "needing 5 stitches.", loc="Cafeteria", t="12:10",
  mct=["Brazil vs. Argentina replay", "lunch tray", "5 stitches"], key="concussion")

I("weapon", "During third-period Latin, {F} took a switchblade out and pointed it at a classmate who "
  "had laughed at his translation. Teacher got the class out; SSS recovered the knife.",
  weapon="switchblade", loc="Room 312", t="10:00",
  mct=["third-period Latin", "laughed at his translation"], key="switchblade")

I("serious_violence", "In the JV game {F}, who wears number eighteen, elbowed an opponent after the whistle "
  "and then stomped his hand; two broken fingers. Ref ejected him.", loc="Gymnasium (JV game)",
  t="17:30", mct=["number eighteen", "two broken fingers"], key="broken fingers")

I("weapon", "At the championship rally everyone was in the school colors. {F} pulled brass knuckles on a "
  "senior who pushed him in the bleachers. Nobody hit. SSS took them.", weapon="brass knuckles",
  loc="Gym bleachers", t="13:30", mct=["in the school colors", "championship rally"], key="brass knuckles")

I("drugs", "Behind the science fair projects table, {F} was counting out small rocks (suspected crack "
  "cocaine) into baggies. The judge, Mr. Patel, saw it.", subs=["crack cocaine"],
  loc="Gym (science fair)", t="10:30", mct=["science fair projects", "into baggies"], key="crack")

I("weapon", "{F}, wearing a Black Sabbath t-shirt, pulled a knife on a boy in the hallway. SSS recovered "
  "it. No injuries.", weapon="knife", loc="2nd floor hallway", t="08:40",
  mct=["Black Sabbath t-shirt", "No injuries"], key="knife")

I("serious_violence", "{F} smashed a phone into a classmate's face. The classmate has a deep cut on his "
  "left temple and a concussion; EMS took him to BMC.", loc="Hallway by Room 101", t="11:05",
  mct=["left temple", "concussion"], key="left temple")

I("drugs", "In {F}'s wallet: a prepaid Visa gift card and two foil folds of suspected fentanyl powder. "
  "He said the card was a birthday gift.", subs=["fentanyl"], loc="AP office", t="09:15",
  mct=["prepaid Visa gift card", "foil folds"], key="fentanyl")

I("weapon", "At the Halloween parade {F}, in an alien costume, had a real knife tucked in the costume "
  "belt and showed it to younger kids. A teacher took it.", weapon="knife",
  loc="Schoolyard (Halloween parade)", t="13:00", mct=["alien costume", "costume belt"], key="knife")

I("serious_violence", "{F} hit another student with a skateboard in the courtyard. The boy had a broken "
  "collarbone; the nurse gave him an ice pack while waiting for EMS.", loc="Courtyard", t="12:20",
  mct=["broken collarbone", "ice pack"], key="skateboard")

I("weapon", "On the Harbor Islands field trip, on the ferry, {F} took out a folding knife and threatened a "
  "classmate. Chaperone took it.", weapon="folding knife", loc="Ferry (Harbor Islands field trip)",
  t="10:45", mct=["Harbor Islands field trip", "on the ferry"], key="folding knife")

I("serious_violence", "The student council president saw {F} push a 6th grader down the stairs; the 6th "
  "grader has a broken ankle.", loc="Main stairwell", t="08:50",
  mct=["student council president", "broken ankle"], key="broken ankle")

I("weapon", "{F} was carrying a stun gun on the flight of stairs by the library and zapped the railing to "
  "scare kids walking up.", weapon="stun gun", loc="Stairs by the library", t="13:40",
  mct=["flight of stairs", "zapped the railing"], key="stun gun")

I("weapon", "Razor blade found taped behind the Salvador Dalí poster in the art room; {F} admitted it was "
  "his and said he hides it there.", weapon="razor blade", loc="Art room", t="14:10",
  mct=["Salvador Dalí poster", "taped behind"], key="razor blade")

I("weapon", "The crossing guard, Mr. Dolan, saw {F} hand a handgun to another student at the corner of "
  "the school driveway at 7:45. SSS found it in the other student's bag. {F} admitted it was his.",
  weapon="firearm", loc="School driveway", t="07:45",
  mct=["crossing guard", "school driveway"], key="handgun")

I("drugs", "During choir rehearsal of 'Hallelujah' for the winter concert, {F} was seen passing MDMA pills "
  "to two sopranos. 8 pills recovered.", g="f", subs=["MDMA"], loc="Music room", t="15:15",
  mct=["choir rehearsal", "'Hallelujah'"], key="MDMA")

I("weapon", "{F} brought pepper spray to the French club bake sale and sprayed it at a boy who took a "
  "cupcake. The boy's eyes were flushed.", g="f", weapon="pepper spray", loc="Cafeteria (bake sale)",
  t="14:30", mct=["French club bake sale", "eyes were flushed"], key="pepper spray")

I("weapon", "A knife was found in the 'new arrivals' shelf display in the library, where {F} had hidden "
  "it. He admitted it.", weapon="knife", loc="Library", t="12:15",
  mct=["'new arrivals' shelf", "had hidden it"], key="knife")

I("serious_violence", "During the Passport to College workshop, {F} threw a laptop at a classmate; the "
  "classmate's nose was broken.", loc="Room 120", t="09:30",
  mct=["Passport to College workshop", "nose was broken"], key="laptop")

I("weapon", "{F} took a pruning knife from the native plants garden shed and held it up to a boy at the "
  "garden gate, saying he would cut him. Teacher took the knife; nobody hurt.", weapon="knife",
  loc="School garden", t="13:15", mct=["native plants garden", "garden gate"], key="pruning knife")


# ------------------------------------------------------------------------------------------------

TIME_RE_DEFAULT = ["07:45", "08:20", "09:10", "10:35", "11:25", "12:15", "13:05", "13:55", "14:30"]


def school_days(rng):
    start = dt.date(2025, 9, 8)
    end = dt.date(2026, 6, 12)
    while True:
        d = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        if d.weekday() < 5:
            return d


def tz(d):
    # EDT before 2025-11-02 and from 2026-03-08
    if d < dt.date(2025, 11, 2) or d >= dt.date(2026, 3, 8):
        return "-04:00"
    return "-05:00"


def dob(rng, grade, d):
    # school year start
    sy = d.year if d.month >= 8 else d.year - 1
    base_year = sy - grade - 5
    if rng.random() < 0.5:
        return dt.date(base_year - 1, rng.randint(9, 12), rng.randint(1, 28)).isoformat()
    return dt.date(base_year, rng.randint(1, 8), rng.randint(1, 28)).isoformat()


def fill(s, F, L):
    return s.replace("{F}", F).replace("{L}", L)


def build():
    rng = random.Random(SEED)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    used_names = set()
    out = []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"{PREFIX}-{n:04d}"
        while True:
            F = rng.choice(FIRST_M if c["g"] == "m" else FIRST_F)
            L = rng.choice(LAST)
            if (F, L) not in used_names:
                used_names.add((F, L))
                break
        text = c["desc"]
        if any(w in text for w in ("6th grade", "7th grade", "8th grade")):
            sname, sid, lo, hi = rng.choice([s for s in SCHOOLS if s[3] == 8])
        elif any(w in text for w in ("9th grade", "10th grade", "senior", "JV game", "spring play")):
            sname, sid, lo, hi = rng.choice([s for s in SCHOOLS if s[3] == 12])
            lo = max(lo, 10) if ("9th grade" in text or "senior" in text) else max(lo, 9)
        else:
            sname, sid, lo, hi = rng.choice(SCHOOLS)
        grade = rng.randint(lo, hi)
        for g_, phrase in ((8, "the 8th grade showcase"), (7, "the 7th grade showcase")):
            if phrase in text:
                grade = g_
        d = school_days(rng)
        t = c["t"] or rng.choice(TIME_RE_DEFAULT)
        occurred = f"{d.isoformat()}T{t}:00{tz(d)}"
        desc = fill(c["desc"], F, L)
        student = {"student_id": str(rng.randint(100000, 999999)), "name": f"{F} {L}",
                   "date_of_birth": dob(rng, grade, d), "grade": grade, "school": sname}
        if c["extra"]:
            student.update({k: fill(v, F, L) for k, v in c["extra"].items()})
        req = {"request_id": cid, "school_id": sid,
               "recipient": c["recip"] or rng.choice(RECIPIENTS), "ground": c["ground"]}
        if c["subs"]:
            req["substances"] = c["subs"]
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if c["threat"]:
            req["threat_statement"] = fill(c["threat"], F, L)
        req["incident"] = {"occurred_at": occurred, "location": fill(c["loc"] or "School", F, L),
                           "description": desc}
        req["student"] = student
        if c["att"]:
            req["attachments"] = [{"kind": a["kind"], "name": fill(a["name"], F, L)} for a in c["att"]]

        nc = [fill(s, F, L) for s in c["nc"]]
        mct = [fill(s, F, L) for s in c["mct"]]
        kind = c["kind"]
        allow = kind in ("allow", "innocent")
        tags = [TAG]
        if kind == "innocent":
            tags.append("innocent_lookalike")
        else:
            tags += ["smuggled"] + c["tech"]
        tags.append("allow" if allow else "deny_" + c["reason"])
        expect = {"decision": "allow" if allow else "deny"}
        if not allow:
            expect["reason"] = c["reason"]
        expect.update({
            "must_not_contain": nc,
            "must_contain": [student["name"], sname, fill(c["key"], F, L)] if allow else [],
            "must_contain_text": mct if allow else [],
            "categories": c["cats"],
            "tags": tags,
        })
        # self-checks: labels must be consistent with each other
        whole = json.dumps(req, ensure_ascii=False).lower()
        for s in nc:
            assert s.lower() in whole, (cid, s)
            for m in expect["must_contain"] + expect["must_contain_text"]:
                assert s.lower() not in m.lower() and m.lower() not in s.lower(), (cid, s, m)
        for m in expect["must_contain_text"]:
            assert m.lower() in desc.lower(), (cid, m)
        for m in expect["must_contain"]:
            assert m.lower() in whole, (cid, m)
        if kind == "innocent":
            assert not nc and not c["cats"], cid
        else:
            assert nc and c["cats"], cid
        if allow:
            assert 1 <= len(mct) <= 3 and c["key"], cid
            if c["ground"] == "credible_threat":
                assert c["threat"], cid
        out.append({"id": cid, "request": req, "expect": expect})
    return out


def main():
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
