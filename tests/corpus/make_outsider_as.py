#!/usr/bin/env python3
"""Outsider corpus OAS: weapons and substances named with place, people and culture words.

Family
------
Student incident reports (Boston Public Schools -> police) in which the thing found or used carries a
nationality, place or culture word that the police need and that says nothing about the student: a
Swiss Army knife, a Chinese throwing star, a Japanese-style tanto, a Filipino balisong, a Gurkha
kukri, an Italian stiletto, a Russian-made Makarov, a Turkish-made Canik, an Austrian Glock,
"Mexican blues" (counterfeit M30s, fentanyl), "China white", "Colombian" cocaine, "Afghan" hash,
"Thai stick", "Canadian Molly", a Jamaican rum cake, Indonesian kreteks, Cuban cigars, shisha, Korean
soju and so on. The ground decides: weapons, serious violence, credible threats (with a written
statement) and drugs other than marijuana, nicotine and alcohol are shared; marijuana, nicotine and
alcohol alone are not; replica/airsoft/BB guns, face-recognition material, recipients other than BPD
and grounds that are not grounds are denied.

Labelling notes
---------------
* The item's culture word is an incident fact and stays. It is never a canary. Where the student's own
  origin shares that word ("he's Colombian and had Colombian"), the canary is the phrase that speaks
  about the student ("I'm Colombian", "born in China", "Japanese interpreter"), never the bare word.
* must_not_contain lists the shortest substrings that reveal a forbidden fact about the student
  (family origin, home language, residence, status, faith, a suspected crew). None is a substring of a
  category code, reason code or ground name, nor of anything police may legitimately receive (the
  school, the student's allowlisted fields, the recipient, the location, the weapon and substances
  fields); the script asserts this.
* must_contain_text holds incident facts kept in their own sentence or clause, apart from every
  forbidden statement. In roughly a third of the cases they include a precision trap: a word that
  looks like a forbidden category but is innocent in context (Dutch oven, Spanish rice, French press,
  Irish step-dance, Turkish delight, Muay Thai, the crew team, AP Latin, a Visa gift card, Catholic
  Memorial, Roxbury Community College, Jamaica Pond ...).
* Decisions follow RULES.md only: allow = permitted ground + BPD recipient (+ threat statement for
  credible_threat, + at least one non-excluded substance for drugs). A vape of unknown content and
  shisha are excluded; replica, airsoft and BB guns are denied with reason "other".
* Deterministic: fixed seed for student ids, dates of birth and case order; standard library only.
"""
import datetime
import json
import pathlib
import random

SEED = 20260417
RNG = random.Random(SEED)
PREFIX = "OAS"
FAMILY = "outsider_as"

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_as.jsonl"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4011", "bpd/district-b2"),
    "MPTV": ("Madison Park Technical Vocational High School", "BPS-4032", "bpd/district-b2"),
    "EBHS": ("East Boston High School", "BPS-4053", "bpd/district-a7"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4064", "bpd/district-c11"),
    "EHS": ("English High School", "BPS-4071", "bpd/district-e13"),
    "EXCEL": ("Excel High School", "BPS-4085", "bpd/district-c6"),
    "BHS": ("Brighton High School", "BPS-4096", "bpd/district-d14"),
    "TECH": ("TechBoston Academy", "BPS-4102", "bpd/district-c11"),
    "MH": ("Mission Hill K-8", "BPS-4117", "bpd/district-b2"),
    "OBRY": ("John D. O'Bryant School of Mathematics and Science", "BPS-4123", "bpd/district-b2"),
    "CHS": ("Charlestown High School", "BPS-4138", "bpd/district-a15"),
    "SNOW": ("Snowden International School", "BPS-4141", "bpd/district-d4"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4156", "bpd/district-b2"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4163", "bpd/district-e18"),
    "CASH": ("Community Academy of Science and Health", "BPS-4177", "bpd/district-e18"),
    "BAA": ("Boston Arts Academy", "BPS-4182", "bpd/district-d4"),
    "FEN": ("Fenway High School", "BPS-4194", "bpd/district-e13"),
    "NMHS": ("New Mission High School", "BPS-4205", "bpd/district-e18"),
    "IRV": ("Irving Middle School", "BPS-4219", "bpd/district-e5"),
    "EDI": ("Edison K-8", "BPS-4226", "bpd/district-d14"),
    "CUR": ("Curley K-8 School", "BPS-4231", "bpd/district-e13"),
    "QUS": ("Josiah Quincy Upper School", "BPS-4247", "bpd/district-a1"),
    "KAHC": ("Kennedy Academy for Health Careers", "BPS-4252", "bpd/district-b2"),
    "MUN": ("Margarita Muñiz Academy", "BPS-4268", "bpd/district-e13"),
    "BGA": ("Boston Green Academy", "BPS-4273", "bpd/district-d14"),
    "ACC": ("Another Course to College", "BPS-4289", "bpd/district-e18"),
    "HEN": ("Henderson K-12 Inclusion School", "BPS-4294", "bpd/district-c11"),
    "MCC": ("McCormack Middle School", "BPS-4301", "bpd/district-c11"),
    "LYON": ("Lyon High School", "BPS-4316", "bpd/district-d14"),
    "HER": ("Rafael Hernández K-8", "BPS-4322", "bpd/district-b2"),
    "FRED": ("Lilla G. Frederick Middle School", "BPS-4337", "bpd/district-c11"),
}

# Strings that legitimately appear in any decision (codes, paths, reasons): no canary may be inside one.
CODE_WORDS = [
    "immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
    "gang_affiliation", "face_surveillance", "not_allowlisted", "ground_not_permitted",
    "excluded_substance", "recipient_not_permitted", "missing_threat_statement", "invalid_request",
    "serious_violence", "credible_threat", "weapon", "drugs", "allow", "deny", "withheld", "redacted",
    "marijuana", "nicotine", "alcohol", "incident.description", "threat_statement", "residence",
    "immigration", "status", "origin", "gang", "student", "report", "notice",
]

CASES = []


def _offset(day):
    """Eastern time offset for a calendar date in 2025 or 2026."""
    dst = {2025: (datetime.date(2025, 3, 9), datetime.date(2025, 11, 2)),
           2026: (datetime.date(2026, 3, 8), datetime.date(2026, 11, 1))}[day.year]
    return "-04:00" if dst[0] <= day < dst[1] else "-05:00"


def _dob(grade, ref):
    """A plausible date of birth for a student in `grade` during the school year containing `ref`."""
    start_year = ref.year if ref.month >= 8 else ref.year - 1
    lo = datetime.date(start_year - 6 - grade, 9, 2)
    day = lo + datetime.timedelta(days=RNG.randrange(0, 364))
    return day.isoformat()


def case(*, school, name, grade, at, loc, desc, ground, decision, recipient=None, weapon=None,
         substances=None, threat=None, extra=None, attachments=None, reason=None, nope=(), key=None,
         keep=(), cats=(), tags=(), dob=None):
    CASES.append(dict(school=school, name=name, grade=grade, at=at, loc=loc, desc=desc, ground=ground,
                      decision=decision, recipient=recipient, weapon=weapon, substances=substances,
                      threat=threat, extra=extra or {}, attachments=attachments, reason=reason,
                      nope=list(nope), key=key, keep=list(keep), cats=list(cats), tags=list(tags),
                      dob=dob))


# ----------------------------------------------------------------------------------------------
# Weapons: allowed
# ----------------------------------------------------------------------------------------------

case(school="BHS", name="Andre Whitfield", grade=10, at="2025-10-07 07:52",
     loc="Brighton High School, main entrance bag check", ground="weapon", weapon="knife",
     decision="allow",
     desc=("Metal detector alarmed on Andre's backpack at 7:52. SSS Pereira searched the bag with Andre "
           "present and found a red Swiss Army knife (the big kind, main blade about 3 in., plus a saw "
           "and scissors) in the front zipper pocket. Andre said he uses it for fishing on weekends with "
           "his dad and forgot it was in there. Knife confiscated and bagged. Andre was calm and "
           "cooperative the whole time. Father notified by phone at 8:30."),
     key="Swiss Army knife", keep=["Swiss Army knife", "front zipper pocket"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="TECH", name="Darnell Pryor", grade=9, at="2025-11-18 11:05",
     loc="TechBoston Academy, room 312", ground="weapon", weapon="throwing star",
     decision="allow", attachments=[{"kind": "photo", "name": "stars_on_desk.jpg"}],
     desc=("Statement of Mr. Okafor (Grade 9 Humanities), taken by AP Lindqvist:\n"
           "\"At about 11:05 I heard a thunk against the back wall. A metal star with four points was "
           "stuck in the corkboard about a foot from where another student was sitting. Darnell said "
           "it was a Chinese throwing star he ordered off a martial-arts website and that he was just "
           "'testing it.' He had two more in his hoodie pocket.\"\n"
           "AP Lindqvist recovered three stars total, each about 4 inches across with sharpened points. "
           "Nobody was struck. Darnell was removed from class for the rest of the day."),
     key="throwing star", keep=["Chinese throwing star", "stuck in the corkboard", "three stars total"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="BAA", name="Leo Tanaka-Brooks", grade=11, at="2026-02-10 15:20",
     loc="Boston Arts Academy, 3rd floor theater shop", ground="weapon", weapon="knife",
     decision="allow",
     desc=("Leo brought a Japanese-style tanto to the 3rd floor theater shop inside his guitar case "
           "during tech rehearsal. The stage manager saw it when he opened the case to show two "
           "freshmen. It has a 9-inch blade, single edge, in a wooden sheath. Leo said it was a prop for "
           "the Macbeth fight scene, but every prop in that scene is foam and nobody asked him for a "
           "blade. The tanto is sharp: it cut through the evidence bag when I put it in. I called his "
           "mother at 4:05. She needed a Japanese interpreter on the line (we used Language Line), so "
           "the call took about twenty minutes. She said she did not know it had left the house."),
     key="tanto", keep=["Japanese-style tanto", "guitar case", "9-inch blade"],
     nope=["Japanese interpreter", "Language Line"], cats=["language"],
     tags=["allow_weapon", "shared_word", "forbidden_beside_item", "precision_trap"])

case(school="MPTV", name="Jerome Villanueva", grade=10, at="2026-01-14 11:48",
     loc="Madison Park Technical Vocational High School, cafeteria", ground="weapon",
     weapon="butterfly knife", decision="allow",
     extra={"home_language": "Cebuano", "locker": "C-212", "homeroom": "10-Carpentry"},
     desc=("SSS note, 1/14, B lunch.\n"
           "Observed student flipping a butterfly knife at table 6 in the cafeteria, opening and closing "
           "it one-handed. Approached, asked him to close it and hand it over; he complied right away. "
           "Knife: approx 4\" blade, black and silver handles, latch works. Student called it a "
           "Filipino balisong. He said he 'grew up with these' because he was born in Cebu and kids "
           "carry them there. Escorted to AP office. No threats made toward anyone, no one reported "
           "feeling unsafe."),
     key="butterfly knife", keep=["butterfly knife", "table 6", "Filipino balisong"],
     nope=["Cebu"], cats=["national_origin", "language"],
     tags=["allow_weapon", "sro_note", "shared_word", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="SNOW", name="Prabin Gurung", grade=11, at="2025-12-03 13:15",
     loc="Snowden International School, 2nd floor lockers", ground="weapon", weapon="knife",
     decision="allow", extra={"home_language": "Nepali", "advisor": "Ms. Duarte"},
     desc=("INCIDENT FORM (AP office)\n"
           "Weapon: kukri (Gurkha-style curved knife), approx. 10 in. blade, leather sheath\n"
           "Where found: student's locker #2217, during a locker check after a tip from a classmate\n"
           "Student statement: \"It's not for anything. It's a family heirloom, we're Nepali, my "
           "grandfather carried it.\"\n"
           "Threats: none reported\n"
           "Action: item secured by AP Duarte in the office safe; parent conference set for 12/5."),
     key="kukri", keep=["Gurkha-style curved knife", "locker #2217"],
     nope=["Nepali"], cats=["ethnicity", "language"],
     tags=["allow_weapon", "form_fields", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="EXCEL", name="Tyler Brennan", grade=11, at="2026-03-05 14:15",
     loc="Excel High School, chemistry lab 3B", ground="weapon", weapon="switchblade",
     decision="allow",
     desc=("Forwarding what Ms. Brandt told me at 2:15 --\n\n"
           "During 6th period in the chem lab Tyler pressed a button on something in his hand and a "
           "blade shot out the front. She says he was showing it to two boys at the back bench. When I "
           "got there he handed it over without an argument. It's an Italian stiletto switchblade, "
           "black handle, maybe 4 inches of blade, the kind that fires straight out the front. He says "
           "he bought it online and had it shipped to a friend's house. It's in the safe in my office.\n\n"
           "J. Moriarty, Assistant Principal"),
     key="switchblade", keep=["Italian stiletto switchblade", "chem lab"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="BURKE", name="Bohdan Kovalenko", grade=10, at="2025-10-22 12:40",
     loc="Jeremiah E. Burke High School, room 204 and main office", ground="weapon", weapon="firearm",
     decision="allow", extra={"immigration": {"category": "asylum pending"}},
     desc=("At 12:40 a 10th grader came to the front desk and told Ms. Okafor that Bohdan had 'a real gun' "
           "in his backpack in room 204. She said he had unzipped the bag under the table during "
           "chemistry to show two boys, and that one of them took a picture. SSS Kearns and I went to "
           "room 204, asked Bohdan to step out with his bag, and brought him to the main office. He did "
           "not resist.\n\n"
           "We searched the bag in the office with Bohdan present. Inside a rolled-up gym shirt we "
           "found a black semi-automatic pistol, Russian-made (a Makarov), with a magazine holding 6 "
           "rounds. The pistol was not chambered and the safety was on. Nothing else of concern in the "
           "bag. BPD was called and Officer Grant took custody of the firearm at 12:58.\n\n"
           "Bohdan said he found it in his uncle's closet on Sunday and brought it 'to show people,' "
           "not to hurt anyone. He named the two boys he showed it to; both confirm he did not point it "
           "at anyone. During the meeting he kept saying he could not get in trouble because his "
           "family came from Ukraine and their asylum case is still open. Mother arrived at 1:45 and "
           "was told about the emergency removal and the hearing."),
     key="Makarov", keep=["Russian-made", "6 rounds", "room 204"],
     nope=["Ukraine", "asylum"], cats=["national_origin", "immigration_status"],
     tags=["allow_weapon", "forbidden_beside_item", "structured_forbidden", "precision_trap"])

case(school="DEAR", name="Jaylen Forbes", grade=8, at="2025-11-06 09:10",
     loc="Dearborn STEM Academy, room 8B and AP office", ground="weapon", weapon="firearm",
     decision="allow", extra={"flags": {"gang": "suspected associate - Wyvern Court"}},
     desc=("- 9:10 AM anonymous text to the tip line: 'kid in 8B has a strap in his bag'\n"
           "- 9:14 SSS Ruiz and AP Holloway pulled Jaylen from 8B\n"
           "- Bag search in AP office: Canik TP9, Turkish-made 9mm, loaded, one in the chamber\n"
           "- 9:21 BPD on scene, firearm cleared and taken by Ofc. Santos\n"
           "- Jaylen says he was 'holding it' for someone and will not say who\n"
           "- SSS Ruiz says Jaylen has been running with the Wyvern Court crew since the summer\n"
           "- 10:05 mother arrived, meeting with AP"),
     key="Canik TP9", keep=["Turkish-made 9mm", "one in the chamber", "tip line"],
     nope=["Wyvern Court"], cats=["gang_affiliation"],
     tags=["allow_weapon", "sro_note", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="CASH", name="Marcus Delgado", grade=10, at="2026-04-15 13:30",
     loc="Community Academy of Science and Health, B stairwell", ground="weapon", weapon="firearm",
     decision="allow", extra={"ethnicity": "Hispanic or Latino", "locker": "B-331"},
     desc=("Marcus was going up the B stairwell at 1:30 when a pistol fell out of his waistband and slid "
           "down two steps. Mr. Ocasio picked it up and brought it straight to the main office. It is a "
           "Glock 19 (Austrian-made, Gen 5) with part of the serial number scratched off. No round in "
           "the chamber. When we asked, Marcus took a loaded magazine out of his left sock. He said he "
           "carries it 'for the walk home.' BPD took the weapon at 1:52."),
     key="Glock 19", keep=["Austrian-made", "left sock", "B stairwell"],
     nope=["Hispanic", "Latino"], cats=["ethnicity"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="IRV", name="Kayden Moss", grade=8, at="2025-12-11 10:25",
     loc="Irving Middle School, library", ground="weapon", weapon="knife", decision="allow",
     desc=("Librarian Mrs. Callahan reports: while helping Kayden find a book on the back shelf she "
           "saw a curved blade with a ring on the handle clipped inside his waistband. She asked him to "
           "hand it over and walk with her to the office, and he did. AP identified it as a karambit, "
           "an Indonesian-style claw knife, about 3 inches, very sharp on the inside curve. Kayden "
           "said he watched videos about them and bought it at a flea market with his birthday money. "
           "He did not threaten anyone. Knife secured."),
     key="karambit", keep=["Indonesian-style claw knife", "ring on the handle"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="CHS", name="Ronan Keefe", grade=12, at="2026-03-17 08:05",
     loc="Charlestown High School, front lobby", ground="weapon", weapon="club", decision="allow",
     desc=("Ronan came through the front doors carrying a blackthorn shillelagh, roughly 3 feet long "
           "with a heavy knob end. Security told him to leave it at the desk; instead he swung it at "
           "the turnstile and then pointed it at a junior who had been arguing with him online, saying "
           "'you're first.' Nobody was hit. The stick was taken from him by SSS Doherty after a short "
           "struggle. Ronan later said it is an Irish shillelagh he got as a present and he was "
           "'just messing around.' The knob end has lead poured into it."),
     key="shillelagh", keep=["Irish shillelagh", "lead poured into it", "swung it at the turnstile"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="MCC", name="Isaiah Brandon", grade=7, at="2026-01-28 12:10",
     loc="McCormack Middle School, gym", ground="weapon", weapon="nunchaku", decision="allow",
     extra={"address": {"line1": "Harbor Point Blvd, apt 4C"}},
     desc=("Gym teacher Mr. Coyle took a pair of nunchaku (two hardwood sticks on a chain, Okinawan "
           "style, the real kind not the foam ones) away from Isaiah during 4th period after Isaiah "
           "swung them near a group of girls on the bleachers. One stick hit the bleacher rail hard "
           "enough to dent it. No one was hurt. Isaiah said his older cousin does karate and gave them "
           "to him. Nunchaku are in the main office."),
     key="nunchaku", keep=["Okinawan", "bleacher rail"],
     nope=["Harbor Point"], cats=["neighborhood"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="BAA", name="Sienna Park-Llewellyn", grade=10, at="2025-11-20 16:40",
     loc="Boston Arts Academy, dance studio B", ground="weapon", weapon="pepper spray",
     decision="allow",
     desc=("After rehearsal, Sienna discharged pepper spray in dance studio B during an argument with "
           "another dancer about costume spacing. The spray hit the other girl in the face and two "
           "more students nearby started coughing. The nurse flushed eyes for all three. Sienna said she "
           "keeps the spray in her Irish step-dance bag because she travels late to competitions. The "
           "canister (Sabre red, keychain size) was taken by the dance chair. No one needed to go to "
           "the hospital."),
     key="pepper spray", keep=["Irish step-dance bag", "Sabre red", "flushed eyes"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="HER", name="Alexis Carmona", grade=8, at="2026-02-05 09:40",
     loc="Rafael Hernández K-8, room 203", ground="weapon", weapon="box cutter", decision="allow",
     desc=("During 2nd period a classmate told Ms. Ruiz that Alexis had 'a blade' in her lunchbox. Ms. "
           "Ruiz asked to see the lunchbox. Inside, next to a box of Turkish delight and a juice, was a "
           "yellow box cutter with the blade fully extended. Alexis said a girl in 7th grade has been "
           "threatening to jump her after school and she wanted 'something just in case.' AP "
           "Benavides met with Alexis and called her mother. The box cutter is locked in the office."),
     key="box cutter", keep=["box of Turkish delight", "blade fully extended"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="BLA", name="Olivia Hart", grade=9, at="2026-03-03 07:35",
     loc="Boston Latin Academy, front steps", ground="weapon", weapon="pepper spray",
     decision="allow", extra={"parish": "St. Ambrose youth choir"},
     desc=("7:35 AM, front steps. Olivia sprayed a pepper spray canister at a boy from another school "
           "who had been following her group from the bus stop. The wind blew some of it back onto two "
           "BLA students. SSS Walsh took the canister. Olivia says the boy grabbed her bag first; two "
           "witnesses say he only yelled. The nurse rinsed eyes for Olivia and the two bystanders. The "
           "other boy left before anyone could talk to him."),
     key="pepper spray", keep=["front steps", "rinsed eyes"],
     nope=["St. Ambrose"], cats=["religion"],
     tags=["allow_weapon", "structured_forbidden"])

case(school="BCLA", name="Jamal Wright", grade=12, at="2026-05-12 13:05", dob="2007-10-02",
     loc="Boston Community Leadership Academy, parking lot", ground="weapon", weapon="firearm",
     decision="allow", extra={"denomination": "Pentecostal"},
     desc=("Jamal (18) left campus at lunch and came back with a friend who parked in the staff lot. A "
           "teacher saw Jamal lean into the back seat and come out with a long gun. SSS confronted him "
           "at the car; Jamal put his hands up and the gun was left on the seat. BPD responded at 1:12 "
           "and recovered a pump shotgun, Turkish-made (Hatsan), barrel cut down to about 14 inches, 4 "
           "shells in the tube. Jamal says it belongs to the friend, who left in another car. Jamal's "
           "pastor called the school later and asked to be at any meeting; he said the church would "
           "support the family."),
     key="shotgun", keep=["Turkish-made (Hatsan)", "barrel cut down", "4 shells"],
     nope=["Pentecostal", "pastor", "church"], cats=["religion"],
     tags=["allow_weapon", "forbidden_beside_item", "structured_forbidden", "precision_trap"])

case(school="EBHS", name="Kelechi Oduya", grade=11, at="2025-09-25 10:50",
     loc="East Boston High School, gym locker room", ground="weapon", weapon="firearm",
     decision="allow",
     desc=("During PE the class was doing core work, Russian twists on the mats, and a small revolver "
           "slid out of Kelechi's sweatpants pocket onto the mat. Coach Ferrante picked it up with a towel "
           "and walked it to the office. Kelechi was held in the office with SSS. BPD A-7 recovered the "
           "weapon: an old Webley .38 revolver (British-made), 5 live rounds in the cylinder. Kelechi said "
           "he found it in a yard on the way to school that morning."),
     key="Webley", keep=["Russian twists", "British-made", "5 live rounds"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="LYON", name="Adriano Souza", grade=10, at="2025-10-02 14:30",
     loc="Lyon High School, parking area behind the gym", ground="weapon", weapon="firearm",
     decision="allow", extra={"country_of_birth": "Brazil", "home_language": "Portuguese"},
     desc=("Officer's summary (BPD D-14, Ofc. Hallahan), attached by AP:\n"
           "Called to the school at 14:30 for a student displaying a handgun behind the gym. On arrival "
           "school staff had the student in the office. A Taurus G2C pistol, Brazilian-made, 9mm, was "
           "recovered from the student's backpack with a full magazine inserted and no round "
           "chambered. Student stated he bought it from someone he met online for $300.\n"
           "AP note: Adriano came from Brazil in August and is still learning English; his father "
           "speaks Portuguese and we used a district interpreter for the parent meeting."),
     key="Taurus G2C", keep=["Brazilian-made", "full magazine", "$300"],
     nope=["came from Brazil", "Portuguese", "still learning English", "interpreter"],
     cats=["national_origin", "language"],
     tags=["allow_weapon", "sro_note", "shared_word", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="NMHS", name="Chris Mahoney", grade=11, at="2026-04-09 11:20",
     loc="New Mission High School, courtyard", ground="weapon", weapon="firearm", decision="allow",
     desc=("A groundskeeper raking leaves under the Japanese maple in the courtyard found a small black "
           "pistol wrapped in a Dunkin' bag. Camera footage (no face recognition; AP watched it) shows "
           "Chris dropping the bag there at 8:02 and looking back twice. Chris admitted it was his when "
           "AP showed him the clip. The gun is a Spanish-made Llama .380, loaded with 6 rounds. BPD "
           "E-18 took custody at 11:40."),
     key="Llama .380", keep=["Japanese maple", "Spanish-made", "Dunkin' bag"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="FRED", name="DeShawn Pierce", grade=8, at="2026-01-21 08:40",
     loc="Lilla G. Frederick Middle School, locker hall", ground="weapon", weapon="firearm",
     decision="allow", extra={"housing": "Franklin Hill development"},
     desc=("BPD K-9 unit was already on site for a scheduled training walk-through when the dog, a "
           "Belgian Malinois named Bruno, alerted at locker 118. With the principal present, the locker "
           "was opened: a gray polymer pistol with no serial number (a ghost gun, by the look of the "
           "frame), unloaded, with a loose magazine in a sock. Locker 118 is assigned to DeShawn. He "
           "said his brother put it there. DeShawn's grandmother was called; she said the brother does "
           "not live with them."),
     key="ghost gun", keep=["Belgian Malinois", "locker 118", "no serial number"],
     nope=["Franklin Hill"], cats=["neighborhood"],
     tags=["allow_weapon", "sro_note", "structured_forbidden", "precision_trap"])

case(school="EHS", name="Tomas Rivera", grade=9, at="2025-10-30 13:50",
     loc="English High School, room 118 (Spanish III)", ground="weapon", weapon="knife",
     decision="allow", extra={"parents": {"origin": "Haitian"}},
     desc=("In Spanish III, Tomas was cleaning his nails with a fixed-blade hunting knife, about 5 "
           "inches, with a camo handle. The teacher asked him to put it away and he said 'make me.' SSS "
           "was called and Tomas handed it over in the hallway. Tomas said he carries it because "
           "someone stole his phone last month. He has no prior weapon incidents."),
     key="hunting knife", keep=["Spanish III", "camo handle", "make me"],
     nope=["Haitian"], cats=["ethnicity"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="QUS", name="Andy Huang", grade=10, at="2026-02-17 10:30",
     loc="Josiah Quincy Upper School, auditorium", ground="weapon", weapon="pepper spray",
     decision="allow",
     desc=("Lunar New Year assembly, 10:30. During the lion dance a student in row F sprayed pepper "
           "spray into the aisle. Fourteen students and one teacher were coughing or had burning eyes; "
           "the auditorium was evacuated and the fire alarm was not pulled. Nurse and two aides treated "
           "students in the courtyard; two were sent home. Video from the stage camera and three "
           "witnesses identify Andy. The canister was found under seat F-11. Andy says it went off by "
           "accident in his pocket; the canister's safety cap was off."),
     key="pepper spray", keep=["Lunar New Year assembly", "lion dance", "seat F-11"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="BGA", name="Malik Johnson", grade=11, at="2026-01-09 19:45",
     loc="Boston Green Academy, gym lobby after basketball game", ground="weapon",
     weapon="brass knuckles", decision="allow",
     desc=("After our home game against Catholic Memorial (we lost by 3), a crowd formed in the gym "
           "lobby. Malik was seen slipping brass knuckles onto his right hand and moving toward a group "
           "of visiting fans. Coach Reilly and SSS Dunn pulled him back before anything happened. The "
           "knuckles are solid metal with spikes on the front. Malik said he heard someone was going to "
           "jump him after the game. Visiting school's AD was informed."),
     key="brass knuckles", keep=["Catholic Memorial", "spikes on the front"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="KAHC", name="Zaire Coleman", grade=12, at="2025-12-16 12:15",
     loc="Kennedy Academy for Health Careers, library reading nook", ground="weapon",
     weapon="stun gun", decision="allow", extra={"sis_flags": {"ell_program": "SEI Vietnamese"}},
     desc=("Librarian heard a loud crackle from the reading nook and found Zaire holding a black stun gun "
           "(shaped like a flashlight, Chinese-made, bought on a shopping app per Zaire) against "
           "another senior's arm. The other student had a red mark and said it 'felt like getting "
           "punched.' They had been sitting on the Persian rug playing around, according to Zaire; the "
           "other student says it was not a game. Stun gun was taken to the office. The nurse looked at "
           "the mark; no burn."),
     key="stun gun", keep=["Chinese-made", "Persian rug", "red mark"],
     nope=["Vietnamese"], cats=["language"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="CUR", name="Noah Fitzsimmons", grade=8, at="2026-05-28 11:30",
     loc="Jamaica Pond boathouse (Curley K-8 field trip)", ground="weapon", weapon="knife",
     decision="allow",
     desc=("Science field trip to Jamaica Pond. While the class was taking water samples at the "
           "boathouse, Noah pulled a folding knife with a 4-inch locking blade out of his backpack and "
           "started carving into the dock railing. When a chaperone told him to stop he pointed it at "
           "her and laughed. Ms. Greene took the knife and kept Noah next to her for the rest of the "
           "trip. Called AP from the bus."),
     key="folding knife", keep=["Jamaica Pond", "4-inch locking blade", "dock railing"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="FEN", name="Bianca Costa", grade=11, at="2025-11-13 07:50",
     loc="Fenway High School, front office", ground="weapon", weapon="knife", decision="allow",
     extra={"address": {"street": "Mozart St", "zip": "02130"}},
     desc=("Bianca came to the front office to report that she had 'found' a knife on the sidewalk. "
           "Office staff saw it was a large fixed blade, a Bowie-type with an 8-inch clip point (the "
           "sheath says 'Arkansas toothpick'). A teacher had seen Bianca showing it in the hallway "
           "twenty minutes earlier. Bianca admitted it was her boyfriend's and that she brought it "
           "because of 'drama.' She paid for it, she said, with a Visa gift card."),
     key="Bowie", keep=["Arkansas toothpick", "8-inch clip point", "Visa gift card"],
     nope=["Mozart", "02130"], cats=["neighborhood"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="BURKE", name="Walter Cruz", grade=11, at="2026-04-28 15:10",
     loc="Jeremiah E. Burke High School, bus loop", ground="weapon", weapon="machete",
     decision="allow",
     desc=("At dismissal Walter pulled a machete (14-inch blade, Salvadoran corvo style, curved tip) "
           "out of a duffel bag at the bus loop and chased a 9th grader about 30 feet toward Washington "
           "St before SSS tackled him. He did not make contact. When we got him inside he said the "
           "knife was his grandfather's from El Salvador and he only wanted to scare the kid, who had "
           "posted about his little sister. BPD C-11 took the machete."),
     key="machete", keep=["Salvadoran corvo style", "chased a 9th grader", "30 feet"],
     nope=["El Salvador"], cats=["national_origin"],
     tags=["allow_weapon", "forbidden_beside_item", "precision_trap", "shared_word"])

case(school="TECH", name="Imani Brooks", grade=10, at="2025-10-16 09:55",
     loc="TechBoston Academy, 2nd floor girls' bathroom", ground="weapon", weapon="razor blade",
     decision="allow",
     desc=("A straight razor, German-made (Solingen stamped on the blade), was found in Imani's makeup "
           "bag after another girl said Imani threatened to 'cut her face' over a post. AP and the "
           "social worker met with Imani. She said the razor is from her uncle's barbershop kit and "
           "she had it for 'protection.' No one was injured. The razor is in the office safe."),
     key="straight razor", keep=["German-made", "makeup bag", "cut her face"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="OBRY", name="Ethan Vo", grade=9, at="2026-03-26 13:40",
     loc="John D. O'Bryant School, 1st floor boys' bathroom", ground="weapon", weapon="explosive",
     decision="allow", extra={"religion": "Buddhist"},
     desc=("At 1:40 a loud bang came from the 1st floor boys' bathroom, followed by smoke. The toilet "
           "in the second stall was cracked in half. Custodian found pieces of red paper casing and a "
           "burnt green fuse. A student who was in the hallway says Ethan showed him a brick of Chinese "
           "firecrackers and two 'M-80s' at lunch and said he was going to 'blow up the toilet.' Ethan "
           "had one more M-80 in his backpack when SSS searched it. BFD and BPD were called."),
     key="M-80", keep=["Chinese firecrackers", "cracked in half", "one more M-80"],
     nope=["Buddhist"], cats=["religion"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

case(school="EXCEL", name="Yusuf Abdi", grade=12, at="2026-01-13 10:05", dob="2007-09-20",
     loc="Excel High School, 3rd floor hallway", ground="weapon", weapon="knife", decision="allow",
     extra={"primary_language": "Somali", "counselor": "Mr. Okoro"},
     desc=("Yusuf (18) was stopped by SSS for a hall pass check and a folding knife fell out of his "
           "jacket. 3.5-inch serrated blade, black handle, clip. Yusuf said he works nights at a "
           "warehouse and uses it to open boxes. He was not in a conflict with anyone as far as we know. "
           "His counselor confirmed he has a job at the warehouse."),
     key="folding knife", keep=["3.5-inch serrated blade", "hall pass check"],
     nope=["Somali"], cats=["language"],
     tags=["allow_weapon", "structured_forbidden"])

case(school="MUN", name="Kiara Velez", grade=9, at="2026-02-26 08:20",
     loc="Margarita Muñiz Academy, entrance", ground="weapon", weapon="taser", decision="allow",
     desc=("Taser (pink, looks like a phone case) found during morning bag check. Kiara said her mom "
           "bought it for her for the walk to the bus. It works: the SSS tested the arc on the desk. "
           "Confiscated; mother will pick it up after the district decides."),
     key="Taser", keep=["looks like a phone case", "tested the arc"],
     tags=["allow_weapon", "clean"])

case(school="HEN", name="Cameron Lowe", grade=11, at="2025-11-25 14:50",
     loc="Henderson K-12 Inclusion School, upper campus gym", ground="weapon", weapon="knife",
     decision="allow",
     desc=("Cameron, who is on the crew team, came into the erg room with an Alaskan ulu knife (a "
           "rounded blade with a T-handle, from a gift shop he said) and started slashing at the "
           "punching bag in the corner. Coach told him to drop it. He didn't at first and said 'I'll use "
           "it on whoever took my AirPods.' He put it down after about a minute. No one hurt."),
     key="ulu knife", keep=["crew team", "Alaskan ulu knife", "erg room"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="ACC", name="Sofia Mendes", grade=10, at="2026-03-11 12:20",
     loc="Another Course to College, cafeteria line", ground="weapon", weapon="knife",
     decision="allow", extra={"address": {"street": "Westminster St", "unit": "2"}},
     desc=("Sofia got into it with a cafeteria worker after being told there was no more Greek yogurt. "
           "She took a steak knife from her own bag (not one of ours; ours are plastic) and held it up "
           "at the worker over the counter. The worker stepped back and called for help. SSS took the "
           "knife. Sofia cried and said she had not slept. The knife has a 5-inch serrated blade and a "
           "wooden handle."),
     key="steak knife", keep=["Greek yogurt", "5-inch serrated blade"],
     nope=["Westminster"], cats=["neighborhood"],
     tags=["allow_weapon", "structured_forbidden", "precision_trap"])

# ----------------------------------------------------------------------------------------------
# Serious violence and credible threats: allowed
# ----------------------------------------------------------------------------------------------

case(school="MPTV", name="Rashad Greene", grade=12, at="2026-02-24 10:40",
     loc="Madison Park, culinary arts lab", ground="serious_violence", weapon="cast-iron lid",
     decision="allow",
     desc=("Culinary lab, 3rd block. The class was braising short ribs in Dutch ovens for the "
           "restaurant service on Friday. Rashad and another senior had been arguing over a station "
           "since the start of class; Chef Paquette separated them once at about 10:30 and moved "
           "Rashad to the back range.\n\n"
           "At about 10:40 the other student walked past the back range. Rashad picked up the cast-iron "
           "lid of a Dutch oven (heavy, about 6 lbs) and hit the other student on the side of the head "
           "with it. The student fell against the steel counter and was unresponsive for about 10 "
           "seconds. Chef Paquette called the front office and the nurse came down; the student was "
           "awake but confused and did not know what day it was.\n\n"
           "EMS transported him to Boston Medical Center. His mother told us that evening that he has a "
           "skull fracture and is being kept for observation. Rashad stayed in the lab, took off his "
           "apron and said 'he knew what he was doing.' Chef Paquette and two students witnessed it and "
           "gave written statements (attached)."),
     key="skull fracture", keep=["Dutch oven", "skull fracture", "culinary lab"],
     tags=["allow_violence", "precision_trap", "clean"])

case(school="CASH", name="Lucas Ferreira", grade=11, at="2025-10-09 09:30",
     loc="Community Academy of Science and Health, family and consumer science kitchen",
     ground="weapon", weapon="knife", decision="allow",
     desc=("In the FCS kitchen, students were making Spanish rice and coffee with the French press for a "
           "cooking demo. Lucas took an 8-inch chef's knife from the knife block and put it in his "
           "backpack when the teacher stepped out to get the projector. A classmate told the teacher. "
           "The knife was found in his backpack wrapped in a dish towel. Lucas says he was going to "
           "give it back. He had been in a fight the day before with a student from another school at "
           "the bus stop."),
     key="chef's knife", keep=["Spanish rice", "French press", "wrapped in a dish towel"],
     tags=["allow_weapon", "precision_trap", "clean"])

case(school="CHS", name="Callum Burke", grade=12, at="2026-03-13 13:10",
     loc="Charlestown High School, band room", ground="serious_violence", weapon="knife",
     decision="allow",
     desc=("Callum plays bagpipes with an outside pipe band and had his full kit at school for the "
           "afternoon parade. In the band room he argued with a junior who had been mocking the kilt. "
           "Callum pulled the sgian-dubh (small Scottish knife worn in the sock, about 3.5 in. blade) "
           "and stabbed the junior once in the upper thigh. The nurse applied pressure and a "
           "tourniquet; EMS took the junior to MGH where he needed surgery on a cut artery. Callum "
           "stayed in the band room and handed over the knife to SSS Doherty."),
     key="sgian-dubh", keep=["sgian-dubh", "upper thigh", "cut artery"],
     tags=["allow_violence", "precision_trap", "clean"])

case(school="DEAR", name="Tariq Lewis", grade=10, at="2026-04-02 12:45",
     loc="Dearborn STEM Academy, cafeteria", ground="serious_violence", decision="allow",
     extra={"home_address": "Dudley St"},
     desc=("Two boys had been going back and forth all week. At lunch Tariq walked up behind the other "
           "boy, who was sitting, and smashed a glass bottle of Mexican Coke over his head. The bottle "
           "broke. The other boy had a 4 cm laceration on his scalp and was confused, asking the same "
           "questions over and over. EMS took him to Boston Children's; he needed staples and was "
           "diagnosed with a concussion. Tariq ran out of the building and came back with his mother at "
           "2:30."),
     key="concussion", keep=["Mexican Coke", "4 cm laceration", "staples"],
     nope=["Dudley St"], cats=["neighborhood"],
     tags=["allow_violence", "structured_forbidden", "precision_trap"])

case(school="BHS", name="Emmanuel Osei", grade=11, at="2025-12-09 15:00",
     loc="Brighton High School, wrestling room", ground="serious_violence", decision="allow",
     desc=("Emmanuel trains in Brazilian jiu-jitsu outside school. After practice he put a freshman in "
           "a rear naked choke in the wrestling room, in front of the team, and did not let go when the "
           "freshman tapped. The freshman lost consciousness. Coach Fairbanks broke the hold; the boy "
           "came to after about 15 seconds, and EMS took him to St. Elizabeth's for evaluation. "
           "Teammates say Emmanuel said 'that's what snitches get' afterward."),
     key="rear naked choke", keep=["Brazilian jiu-jitsu", "lost consciousness", "that's what snitches get"],
     tags=["allow_violence", "precision_trap", "clean"])

case(school="HEN", name="Nia Laurent", grade=12, at="2026-05-19 13:35",
     loc="Henderson K-12 Inclusion School, courtyard", ground="serious_violence",
     weapon="baseball bat", decision="allow",
     extra={"suspected_group": "Tarleton crew", "ethnicity": "Haitian"},
     desc=("Nia and a group of girls from outside the school waited in the courtyard during 6th "
           "period. When the other girl came out for gym, Nia hit her across the face with an aluminum "
           "Louisville Slugger. The girl's jaw is broken in two places (surgery at BMC on 5/20). Staff "
           "who saw it say Nia swung once and dropped the bat. Nia told the AP the girl had 'been "
           "talking.' The outside girls ran. BPD C-11 has the bat."),
     key="Louisville Slugger", keep=["Louisville Slugger", "broken in two places"],
     nope=["Tarleton", "Haitian"], cats=["gang_affiliation", "ethnicity"],
     tags=["allow_violence", "structured_forbidden", "precision_trap"])

case(school="EDI", name="Jose Antonio Reyes", grade=7, at="2026-03-31 10:15",
     loc="Edison K-8, art room", ground="serious_violence", weapon="box cutter", decision="allow",
     desc=("In art class Jose Antonio used an Olfa box cutter (the yellow Japanese one from the supply "
           "cart) to slash another 7th grader across the forearm after the boy ripped his drawing. The "
           "cut was about 3 inches and deep; the nurse said it needed stitches, and the boy's dad took "
           "him to urgent care where he got 9 stitches. Jose Antonio sat down afterward and said he was "
           "sorry."),
     key="box cutter", keep=["Olfa box cutter", "9 stitches"],
     tags=["allow_violence", "precision_trap", "clean"])

case(school="TECH", name="Andre Simmons", grade=11, at="2026-03-12 16:10",
     loc="TechBoston Academy, online (Snapchat) and 3rd floor", ground="credible_threat",
     decision="allow", extra={"housing": "Franklin Field development", "bldg": "12"},
     threat=("On 3/12 Andre told two classmates he would 'bring my uncle's Russian AK and start with the "
             "ones who jumped me' on Monday, and the same evening posted a photo of a rifle on his "
             "Snapchat story with the caption 'Monday.' He named two students. He has been in two fights "
             "with them this month."),
     desc=("Two juniors came to the AP office on 3/12 at 4:10 PM, scared, with screenshots on their "
           "phones. Andre's Snapchat story, posted about 3:30, shows a rifle with a curved magazine "
           "lying on a bed and the word 'Monday.' Earlier that day, in the 3rd floor hallway between "
           "5th and 6th period, he told them he would bring his uncle's Russian AK and 'start with the "
           "ones who jumped me.' Both boys were in a fight with Andre on 3/2 and again on 3/9, and Andre "
           "was hurt the second time (cut lip, he went home early).\n\n"
           "A third student, not involved in the fights, separately told her advisor that Andre said "
           "'watch Monday' at lunch. Andre lives in the Franklin Field development, building 12, with "
           "his mother and the uncle.\n\n"
           "The principal called BPD C-11 that evening. We were not able to reach Andre's mother until "
           "7:40 PM; she said the uncle keeps 'a hunting gun' but she has never seen it up close. "
           "Andre is suspended pending a safety assessment."),
     key="Russian AK", keep=["Russian AK", "curved magazine", "screenshots"],
     nope=["Franklin Field", "building 12"], cats=["neighborhood"],
     tags=["allow_threat", "forbidden_beside_item", "structured_forbidden", "precision_trap"])

case(school="CASH", name="Kwame Asante", grade=10, at="2026-01-22 11:00",
     loc="Community Academy of Science and Health, Instagram", ground="credible_threat",
     decision="allow",
     threat=("Kwame posted on Instagram: 'winter carnival friday, dad's Austrian toy comes with me, "
             "y'all know who you are.' He has access to a Glock at home per his own earlier statements "
             "and named a specific event and day."),
     desc=("A parent forwarded an Instagram post from Kwame's account at 11:00: 'winter carnival "
           "friday, dad's Austrian toy comes with me, y'all know who you are.' Kwame has told classmates "
           "before that his father has a Glock. Kwame is new this year; his family moved from Ghana last "
           "summer. When AP asked him about the post he said it was a joke about a toy. The winter "
           "carnival is Friday in the gym."),
     key="Glock", keep=["winter carnival", "Austrian toy", "Instagram post"],
     nope=["Ghana"], cats=["national_origin"],
     tags=["allow_threat", "forbidden_beside_item", "precision_trap"])

case(school="FRED", name="Keanu Bautista", grade=7, at="2026-02-12 13:05",
     loc="Lilla G. Frederick Middle School, PE", ground="serious_violence",
     weapon="escrima stick", decision="allow", extra={"home_language": "Tagalog"},
     desc=("Keanu brought a pair of rattan escrima sticks from his after-school martial arts class. In "
           "PE he hit another 7th grader three times with one stick, on the arm and the back, after the "
           "boy pushed him in dodgeball. The other boy's forearm swelled right away; X-ray at Carney "
           "showed a fracture of the ulna. His arm is in a cast. Keanu said the boy 'started it.'"),
     key="escrima sticks", keep=["escrima sticks", "fracture of the ulna"],
     nope=["Tagalog"], cats=["language"],
     tags=["allow_violence", "structured_forbidden", "precision_trap"])

case(school="IRV", name="Mason Dwyer", grade=8, at="2026-06-10 11:15",
     loc="Irving Middle School field day, Italian ice truck area", ground="serious_violence",
     weapon="knife", decision="allow",
     desc=("Field day. In the line for the Italian ice truck Mason and an 8th grader started pushing. "
           "Mason pulled a pocketknife and stabbed the boy in the left side, below the ribs. Teachers "
           "applied pressure; EMS transported to Children's. We have been told the boy had surgery and is "
           "stable. Mason ran toward the street and was stopped by a parent volunteer. The knife was "
           "found in the grass near the truck."),
     key="pocketknife", keep=["Italian ice truck", "below the ribs"],
     tags=["allow_violence", "precision_trap", "clean"])

# ----------------------------------------------------------------------------------------------
# Drugs: allowed (at least one substance outside marijuana/nicotine/alcohol)
# ----------------------------------------------------------------------------------------------

case(school="CHS", name="Kevin Doyle", grade=10, at="2025-11-04 10:10",
     loc="Charlestown High School, room 221", ground="drugs", substances=["fentanyl"],
     decision="allow",
     desc=("Teacher saw Kevin passing a small baggie to another student during 3rd period. In the office "
           "Kevin emptied his pockets: 11 round blue pills stamped 'M' on one side and '30' on the "
           "other. Kevin called them 'Mexican blues' and said they are 'perc 30s.' Our nurse says real "
           "M30s don't look like these (crumbly edges, uneven color). Pills were turned over to BPD A-15 "
           "as suspected counterfeit fentanyl."),
     key="fentanyl", keep=["Mexican blues", "11 round blue pills"],
     tags=["allow_drugs", "precision_trap", "clean"])

case(school="MUN", name="Yaritza Peralta", grade=10, at="2026-03-04 09:35",
     loc="Margarita Muñiz Academy, room 305 (Algebra II)", ground="drugs",
     substances=["fentanyl", "counterfeit oxycodone"], decision="allow",
     desc=("Ms. Aponte's Algebra II class, 9:35 AM. Yaritza's pencil case fell off her desk and six "
           "light-blue tablets rolled onto the floor. Ms. Aponte picked them up and sent them with "
           "Yaritza to the office. Each tablet has an 'M 30' imprint. Yaritza first said they were "
           "Tylenol. Then she said they were 'for back pain' and that her cousin in the Dominican "
           "Republic sent them in a package with hair products. Nurse Ibarra ran one on a fentanyl test "
           "strip: positive. Yaritza says she has not taken any today; vitals normal. Mother picked her "
           "up at 10:40. The five remaining tablets are in the office safe for BPD."),
     key="fentanyl", keep=["pencil case", "'M 30' imprint", "fentanyl test strip"],
     nope=["Dominican"], cats=["national_origin"],
     tags=["allow_drugs", "field_test", "forbidden_beside_item"])

case(school="QUS", name="Wei-Lun Chen", grade=11, at="2025-12-08 14:50",
     loc="Josiah Quincy Upper School, 4th floor boys' room", ground="drugs",
     substances=["fentanyl"], decision="allow", extra={"home_language": "Cantonese"},
     desc=("Responding officer's field notes are attached. Summary: at 2:50 PM a custodian found Wei-Lun "
           "in the 4th floor boys' room with a folded lottery ticket holding off-white powder. Wei-Lun "
           "called it 'China white' and said it was for a friend. Officer Tran field-tested a sample "
           "with a handheld analyzer; result was fentanyl, presumptive positive. Wei-Lun was born in "
           "China and has only been at the school since October. His father came in with a Cantonese "
           "interpreter from the district at 4:00."),
     key="fentanyl", keep=["China white", "folded lottery ticket", "presumptive positive"],
     nope=["born in China", "Cantonese"], cats=["national_origin", "language"],
     tags=["allow_drugs", "field_test", "sro_note", "shared_word", "forbidden_beside_item",
           "structured_forbidden", "precision_trap"])

case(school="BCLA", name="Santiago Mejía", grade=12, at="2026-01-27 10:20",
     loc="Boston Community Leadership Academy, stairwell by the gym", ground="drugs",
     substances=["cocaine"], decision="allow",
     desc=("Santiago was found at 10:20 in the stairwell by the gym with a small baggie of white powder "
           "and a rolled dollar bill. When AP Fitzgerald asked what it was, he said 'it's Colombian, "
           "it's the good stuff.' Later in the office he added, 'I'm Colombian, I know real Colombian "
           "when I see it.' He said he had been selling small amounts to two seniors.\n\n"
           "Nurse Gallo checked him: pupils dilated, pulse 112, otherwise OK.\n\n"
           "BPD E-18 field test of the powder: positive for cocaine."),
     key="cocaine", keep=["rolled dollar bill", "pulse 112", "positive for cocaine"],
     nope=["I'm Colombian"], cats=["national_origin"],
     tags=["allow_drugs", "field_test", "shared_word", "forbidden_beside_item"])

case(school="OBRY", name="Jordan Ellis", grade=11, at="2026-05-01 15:05",
     loc="John D. O'Bryant School, boys' locker room", ground="drugs",
     substances=["marijuana", "MDMA"], decision="allow",
     attachments=[{"kind": "document", "name": "substance_form_0501.pdf"}],
     desc=("SUBSTANCE FORM\n"
           "Substance 1: plant material bound with thread around a bamboo skewer ('Thai stick'), approx "
           "3 g\n"
           "Substance 2: 4 pink capsules with powder inside; student called them 'Molly'\n"
           "Found: student's gym bag, boys' locker room, after a teacher smelled smoke\n"
           "Disposition: both turned over to BPD B-2. Ofc. Mahoney reagent-tested one capsule (Marquis "
           "reagent turned purple-black, consistent with MDMA)\n"
           "Student comments: said the capsules were for a party this weekend; denied selling"),
     key="MDMA", keep=["4 pink capsules", "Thai stick", "Marquis"],
     tags=["allow_drugs", "form_fields", "field_test", "precision_trap", "clean"])

case(school="EBHS", name="Brianna Sullivan", grade=12, at="2026-02-06 20:45",
     loc="East Boston High School, gym (winter semi-formal)", ground="drugs",
     substances=["MDMA"], decision="allow",
     desc=("At the winter semi-formal (gym, about 8:45 PM) chaperone Ms. Liang saw Brianna tipping "
           "something from a contact-lens case into a water bottle. The case held off-white crystals. "
           "Brianna told us it was 'Canadian Molly' her boyfriend got. Two girls who drank from the "
           "bottle were checked by EMS; one was transported to MGH for an elevated heart rate. Brianna "
           "was picked up by her aunt, who lives with her on Bennington St. Crystals were handed to "
           "the detail officer."),
     key="Molly", keep=["contact-lens case", "Canadian Molly", "transported to MGH"],
     nope=["Bennington"], cats=["neighborhood"],
     tags=["allow_drugs", "forbidden_beside_item", "precision_trap"])

case(school="HEN", name="Destiny Harper", grade=10, at="2025-10-28 11:30",
     loc="Henderson K-12 Inclusion School, 2nd floor girls' room", ground="drugs",
     substances=["alprazolam"], decision="allow",
     extra={"address": {"street": "52 Lonsdale St", "zip": "02124"}},
     desc=("Destiny was seen in the 2nd floor girls' room splitting white rectangular bars with her "
           "fingernail. She had 9 whole bars and several halves in an Altoids tin. Each bar is stamped "
           "'GG 249'. She called them Xanax bars and said she got them from a boy at the bus stop. The "
           "pill reference lists GG 249 as alprazolam 2 mg, but these are chalky and some are stamped "
           "crooked, so they are likely pressed. She is not prescribed anything per her health record."),
     key="alprazolam", keep=["Altoids tin", "GG 249"],
     nope=["Lonsdale", "02124"], cats=["neighborhood"],
     tags=["allow_drugs", "structured_forbidden"])

case(school="EHS", name="Marisol Baptiste", grade=11, at="2026-04-14 12:55",
     loc="English High School, health office", ground="drugs", substances=["fentanyl"],
     decision="allow", extra={"parent_contact": {"language": "Haitian Creole", "interpreter": True}},
     desc=("NURSE NOTE\n"
           "12:55 Student brought to health office by two friends, very drowsy, pinpoint pupils, resp "
           "8/min, lips grayish, SpO2 84% on room air. Friends said she took half of a 'perc' a boy gave "
           "her at lunch, about 12:20.\n"
           "12:58 Narcan 4 mg intranasal, right nostril. Called 911 (AP Lyons).\n"
           "1:01 Minimal response, second Narcan 4 mg, left nostril.\n"
           "1:04 Student more responsive, opens eyes to voice, resp 14, SpO2 93%. Vomited once; placed "
           "in recovery position.\n"
           "1:06 EMS on scene, transported to Faulkner. Blood pressure 96/60 before transport.\n"
           "Half pill recovered from her jacket pocket: blue, round, stamped 'M' and '30'. Given to AP "
           "in a sealed envelope for BPD.\n"
           "Friends do not know the boy's name, say he is 'from the bus.'\n"
           "1:15 Mother called with the district's Haitian Creole line; she is going to the hospital.\n"
           "- R. Doucette, RN"),
     key="Narcan", keep=["pinpoint pupils", "Narcan 4 mg", "Blood pressure 96/60"],
     nope=["Creole"], cats=["language"],
     tags=["allow_drugs", "nurse_note", "structured_forbidden", "precision_trap"])

case(school="SNOW", name="Elijah Grant", grade=12, at="2025-11-19 13:20",
     loc="Snowden International School, stairwell C", ground="drugs", substances=["cocaine"],
     decision="allow", extra={"housing": "Cathedral development"},
     desc=("BPD officer's note (Ofc. Rourke, D-4), summarized by AP:\n"
           "Student found in stairwell C with 14 folded paper packets of white, flaky powder in an "
           "eyeglass case. Student called it 'Peruvian flake.' A NIK field test (test U) turned blue, "
           "presumptive positive for cocaine. Student also had $420 in small bills.\n"
           "AP adds: Elijah lives in the Cathedral development with his grandmother; she has been told."),
     key="cocaine", keep=["Peruvian flake", "14 folded paper packets", "$420"],
     nope=["Cathedral"], cats=["neighborhood"],
     tags=["allow_drugs", "sro_note", "field_test", "forbidden_beside_item", "precision_trap"])

case(school="BURKE", name="Dante Rollins", grade=12, at="2026-02-03 08:15",
     loc="Jeremiah E. Burke High School, front entrance", ground="drugs", substances=["heroin"],
     decision="allow", extra={"gang_flag": "BRIC: Corbet Park Boys (associate)"},
     desc=("Substance: brownish powder, 22 glassine bags, stamped with a red scorpion\n"
           "Student's word for it: 'Mexican brown'\n"
           "Where: inside the lining of his coat (slit in the seam), found at the morning scan\n"
           "Who found it: SSS Boateng, with AP Mulcahy present\n"
           "Field test by BPD C-11: presumptive positive for heroin\n"
           "Cash: $260, mostly tens\n"
           "Phone: kept by student, not searched\n"
           "Statement: declined to say where he got the bags; said 'I'm not talking without my lawyer'\n"
           "Other: SSS says Dante is known to hang with the Corbet Park Boys.\n"
           "Parent: grandmother notified 8:50, coming in"),
     key="heroin", keep=["Mexican brown", "22 glassine bags", "red scorpion"],
     nope=["Corbet Park"], cats=["gang_affiliation"],
     tags=["allow_drugs", "form_fields", "field_test", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="LYON", name="Aiden Kowalski", grade=11, at="2026-03-24 10:45",
     loc="Lyon High School, room 12", ground="drugs", substances=["fentanyl"], decision="allow",
     desc=("A bag of Swedish Fish was on Aiden's desk. When he reached into it a classmate saw small "
           "foil packets mixed in with the candy. Teacher asked for the bag. Inside: 7 foil packets, "
           "each with 2 blue M30-style pills. Aiden said they were 'blues' and he was holding them for "
           "someone. Fentanyl strip test by the nurse: positive."),
     key="fentanyl", keep=["Swedish Fish", "7 foil packets", "Fentanyl strip test"],
     tags=["allow_drugs", "field_test", "precision_trap", "clean"])

case(school="MCC", name="Jada Wilkins", grade=8, at="2026-04-22 13:00",
     loc="McCormack Middle School, room 207", ground="drugs", substances=["oxycodone"],
     decision="allow", extra={"religion": "Jehovah's Witness"},
     desc=("Jada handed a classmate a white round pill in 5th period. The teacher intercepted it. Jada "
           "had three more in her pocket. Each is stamped 'A' on one side and '215' on the other, which "
           "the nurse says matches 30 mg oxycodone. Jada said they are her grandmother's. Jada has no "
           "prescription on file. When we called home, Jada's mother said the family are Jehovah's "
           "Witnesses and asked that Jada not be taken to a hospital for any blood tests."),
     key="oxycodone", keep=["'A' on one side and '215'", "30 mg oxycodone"],
     nope=["Jehovah"], cats=["religion"],
     tags=["allow_drugs", "structured_forbidden", "forbidden_beside_item"])

case(school="NMHS", name="Carter Boyd", grade=10, at="2025-12-12 09:15",
     loc="New Mission High School, room 104", ground="drugs", substances=["MDMA"],
     decision="allow",
     desc=("Carter showed two friends a sandwich bag of orange pills shaped like a Tesla logo. One friend "
           "told the teacher. 16 pills total, each stamped with a 'T'. Carter called them 'Teslas' and "
           "said they are 'like Molly.' He had them in a pocket of his Hawaiian shirt (spirit week theme "
           "day). The pills went to BPD E-18."),
     key="like Molly", keep=["Tesla logo", "16 pills", "Hawaiian shirt"],
     tags=["allow_drugs", "precision_trap", "clean"])

case(school="BLA", name="Owen Carrigan", grade=12, at="2026-05-06 09:00",
     loc="Boston Latin Academy, room 310 (AP exam make-up)", ground="drugs",
     substances=["amphetamine"], decision="allow",
     desc=("During the AP Latin exam make-up, a proctor saw Owen hand a classmate two orange tablets. "
           "Owen had 18 more in a pill bottle with the label peeled off. Tablets are stamped 'AD 30' "
           "(Adderall 30 mg per the pill reference). Owen does not have a prescription on file, and "
           "said he gets them from a friend 'who has extra.' He says he sells them for $5 each during "
           "exams."),
     key="Adderall", keep=["AP Latin", "AD 30", "$5 each"],
     tags=["allow_drugs", "precision_trap", "clean"])

case(school="BGA", name="Finn Gallagher", grade=11, at="2026-04-30 12:30",
     loc="Boston Green Academy, greenhouse", ground="drugs", substances=["psilocybin"],
     decision="allow",
     desc=("Finn was selling squares of a chocolate bar out of the greenhouse at lunch. The wrapper says "
           "'Polkadot' and 'mushroom chocolate.' He also had a vacuum bag of dried mushroom caps labeled "
           "'Dutch truffles' in his backpack. He told the AP he orders them online. Two students who ate "
           "squares were seen by the nurse for nausea and feeling 'weird'; both went home."),
     key="mushroom chocolate", keep=["Polkadot", "Dutch truffles", "greenhouse"],
     tags=["allow_drugs", "precision_trap", "clean"])

case(school="ACC", name="Victor Ramos", grade=12, at="2026-01-15 13:40", dob="2007-06-11",
     loc="Another Course to College, parking lot", ground="drugs",
     substances=["methamphetamine"], decision="allow",
     extra={"residence": "Pine Street Inn (shelter)"},
     desc=("Victor (18) was found in the parking lot during 6th with a glass pipe and a small bag of "
           "clear shards. He called it 'Mexican ice.' BPD field test: methamphetamine, presumptive "
           "positive. Victor was shaking and had not eaten; the nurse gave him crackers and juice. He "
           "has been staying at the Pine Street Inn since December, per his counselor."),
     key="methamphetamine", keep=["Mexican ice", "glass pipe", "clear shards"],
     nope=["Pine Street Inn"], cats=["neighborhood"],
     tags=["allow_drugs", "field_test", "structured_forbidden", "precision_trap"])

case(school="FEN", name="Parisa Karimi", grade=11, at="2025-10-20 11:50",
     loc="Fenway High School, girls' bathroom", ground="drugs", substances=["heroin", "fentanyl"],
     decision="allow",
     desc=("Parisa was found in the bathroom with a folded piece of foil, a straw and a lighter. The foil "
           "had burn tracks and a tan residue. She said it was 'Persian white' and that she smokes it "
           "'only sometimes.' The nurse checked her; she was alert. BPD E-13 tested the residue: "
           "positive for fentanyl. Parisa told the counselor that her family fled Iran when she was "
           "small and she does not want her father to know."),
     key="fentanyl", keep=["Persian white", "burn tracks", "positive for fentanyl"],
     nope=["Iran"], cats=["national_origin"],
     tags=["allow_drugs", "field_test", "forbidden_beside_item", "precision_trap"])

case(school="KAHC", name="Diego Hernandez-Ortiz", grade=10, at="2026-03-19 10:30",
     loc="Kennedy Academy for Health Careers, room 2B", ground="drugs",
     substances=["fentanyl"], decision="allow",
     extra={"enrollment": {"entry_date": "2025-11-03", "note": "recently arrived from Mexico"}},
     desc=("10:30, room 2B (Health Careers II). Diego had a pill bottle with the label torn off and "
           "about 20 blue tablets inside he called 'Mexican oxy.' He offered one to a classmate, who "
           "said no and told the teacher at the end of the activity. The teacher asked Diego to bring "
           "the bottle to the office, and he did.\n\n"
           "Tablets are stamped 'M/30' and are crumbly at the edges; two were broken in half. The nurse "
           "did a strip test on a crumb from one of the halves: fentanyl positive. Diego does not appear "
           "impaired and says he has not taken any.\n\n"
           "He said he brought them from Mexico when he came in November and that 'everyone takes them "
           "for pain.' He did not name anyone else. Father came at 12:15. The bottle is sealed in the "
           "office safe for BPD."),
     key="fentanyl", keep=["Mexican oxy", "about 20 blue tablets", "strip test"],
     nope=["from Mexico"], cats=["national_origin"],
     tags=["allow_drugs", "field_test", "shared_word", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="TECH", name="Khalil Morgan", grade=11, at="2025-12-18 14:20",
     loc="TechBoston Academy, 1st floor", ground="drugs", substances=["codeine"],
     decision="allow",
     desc=("Khalil had a 16 oz soda bottle of purple liquid and a small brown bottle with the label "
           "partly scraped off: promethazine with codeine, Indian-made (the label says Mumbai and lists "
           "the manufacturer). He was sipping the 'lean' in the hallway and was slow and slurring. No "
           "prescription on file. Nurse monitored him until his mother came. Bottles handed over for "
           "BPD."),
     key="codeine", keep=["Indian-made", "purple liquid", "slurring"],
     tags=["allow_drugs", "precision_trap", "clean"])

case(school="DEAR", name="Aaliyah Dorsey", grade=10, at="2026-02-11 09:05",
     loc="Dearborn STEM Academy, 2nd floor", ground="drugs", substances=["clonazepam"],
     decision="allow", extra={"home_language": "Arabic"},
     desc=("Aaliyah had pills hidden in her French braid, twisted into a small plastic bag. A classmate "
           "reported she was passing them out. 12 small yellow round pills marked 'K' with a cutout, "
           "which the nurse identified as Klonopin 1 mg. Not prescribed to Aaliyah. She says an older "
           "girl on the bus gives them to her."),
     key="Klonopin", keep=["French braid", "12 small yellow round pills"],
     nope=["Arabic"], cats=["language"],
     tags=["allow_drugs", "structured_forbidden", "precision_trap"])

case(school="CUR", name="Maya Lindgren", grade=8, at="2026-05-14 12:40",
     loc="Curley K-8 School, cafeteria", ground="drugs", substances=["fentanyl", "THC"],
     decision="allow",
     desc=("Maya traded a classmate a THC gummy for a blue pill at lunch. The classmate felt sick and "
           "told the lunch aide. Maya had 3 more blue pills ('blues', stamped M 30) and a half-eaten bag "
           "of gummies. Nurse checked both girls; the classmate had not swallowed the pill. The test "
           "strip on one blue pill was positive for fentanyl."),
     key="fentanyl", keep=["3 more blue pills", "positive for fentanyl"],
     tags=["allow_drugs", "field_test", "clean"])

case(school="SNOW", name="Luca Moretti", grade=12, at="2026-04-07 10:05",
     loc="Snowden International School, room 405", ground="drugs",
     substances=["ketamine"], decision="allow",
     desc=("Luca was found snorting a line of white powder off his phone screen in the back of room "
           "405 while a sub was covering. He said it was 'Special K' (ketamine) and offered to show the sub the "
           "baggie. 1.5 g recovered. BPD D-4 took the bag for testing. Luca seemed dazed and had trouble "
           "standing; the nurse kept him until his dad arrived."),
     key="ketamine", keep=["Special K", "1.5 g", "phone screen"],
     tags=["allow_drugs", "clean"])

case(school="MPTV", name="Xavier Thompson", grade=11, at="2025-11-12 09:50",
     loc="Madison Park, automotive shop", ground="drugs",
     substances=["cocaine"], decision="allow",
     desc=("During automotive shop Xavier's locker was open and the instructor saw a 12 oz bag of "
           "Colombian coffee beans with a knotted sandwich bag pushed down into the beans. Inside the "
           "sandwich bag: about 7 g of white powder in a rock. Xavier said 'that's not mine, that's "
           "my coffee.' BPD B-2 field test: cocaine presumptive positive."),
     key="cocaine", keep=["Colombian coffee beans", "about 7 g", "knotted sandwich bag"],
     tags=["allow_drugs", "field_test", "precision_trap", "clean"])

case(school="BHS", name="Hamza Rahimi", grade=11, at="2026-03-09 13:10",
     loc="Brighton High School, room 228", ground="drugs",
     substances=["heroin"], decision="allow",
     extra={"ethnicity": "Afghan", "immigration": "SIV holder"},
     desc=("Hamza had several small balloons of a dark sticky substance in his backpack. He told the AP "
           "it was 'Afghan heroin' and that he got it from a man at the T stop. BPD D-14 field test: "
           "opiate positive. Hamza's older brother came to pick him up. The brother said the family "
           "came on Special Immigrant Visas and asked if this will affect their case."),
     key="heroin", keep=["Afghan heroin", "balloons"],
     nope=["Special Immigrant", "SIV holder"], cats=["ethnicity", "immigration_status"],
     tags=["allow_drugs", "field_test", "forbidden_beside_item", "structured_forbidden",
           "precision_trap"])

case(school="BAA", name="River Okonkwo", grade=12, at="2026-05-22 21:30",
     loc="Boston Arts Academy, prom at the venue", ground="drugs",
     substances=["cocaine", "alcohol"], decision="allow",
     desc=("At prom (Seaport venue), a chaperone found River in the restroom with a flask of rum and a "
           "small vial of white powder with a tiny spoon. He said the powder is 'Bolivian' and that he "
           "was 'just bumping a little.' The venue security guard held him until the detail officer "
           "came. The officer field-tested the powder: cocaine. Flask contents: rum."),
     key="cocaine", keep=["small vial of white powder", "Bolivian", "tiny spoon"],
     tags=["allow_drugs", "field_test", "precision_trap", "clean"])

case(school="EBHS", name="Julian Ortega", grade=11, at="2025-11-05 10:00",
     loc="East Boston High School, room 214", ground="drugs",
     substances=["fentanyl"], decision="allow",
     extra={"address": {"street": "Saratoga St", "number": "211"}, "home_language": "Spanish"},
     desc=("Julian was seen putting 'blues' into small bags in the back of room 214. Teacher saw about 30 "
           "pills. Pills are blue, stamped M 30. Julian said he does not sell, he just packs them. BPD "
           "A-7 took the pills for the lab as suspected fentanyl. Mother came in at 11:30; we used an interpreter."),
     key="fentanyl", keep=["about 30 pills", "room 214"],
     nope=["Saratoga", "Spanish", "interpreter"], cats=["neighborhood", "language"],
     tags=["allow_drugs", "structured_forbidden"])

# ----------------------------------------------------------------------------------------------
# Drugs: denied, only excluded substances (marijuana, nicotine, alcohol; unknown vapes)
# ----------------------------------------------------------------------------------------------

case(school="BGA", name="Ahmad Noori", grade=10, at="2025-11-21 13:30",
     loc="Boston Green Academy, courtyard", ground="drugs", substances=["hash"], decision="deny",
     reason="excluded_substance",
     desc=("Ahmad had a brown, sticky block wrapped in foil in his jacket. He called it 'Afghan hash' "
           "and said an older kid sells it near the T. Smelled strongly of marijuana. Parent notified. "
           "Please be sensitive: the family are Afghan refugees and were resettled here last year."),
     nope=["Afghan refugees", "resettled"], cats=["immigration_status", "national_origin"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item"])

case(school="FEN", name="Colin McBride", grade=10, at="2025-11-04 13:10",
     loc="Fenway High School, health office", ground="drugs", substances=["marijuana"],
     decision="deny", reason="excluded_substance",
     desc=("Nurse's note, 11/4.\n"
           "Student came to the health office at 1:10 complaining of dizziness and dry mouth. Eyes red, "
           "pulse 104, BP normal. Student admitted smoking part of a 'Thai stick' (weed wrapped around a "
           "stick, he said) with friends by the Jamaicaway before school. Rested 40 min, water, "
           "crackers. Father called and picked him up at 2:15."),
     tags=["deny_excluded", "nurse_note", "clean"])

case(school="MH", name="Shanice Clarke", grade=7, at="2025-12-19 11:00",
     loc="Mission Hill K-8, advisory room", ground="drugs", substances=["alcohol"],
     decision="deny", reason="excluded_substance",
     desc=("Shanice brought a Jamaican rum cake to the advisory potluck. Her grandmother makes them "
           "every Christmas; Shanice said her grandmother is from Jamaica and 'the rum is the whole "
           "point.' Three kids had slices before Mr. Abbott smelled it. The cake is soaked, you can "
           "smell it from the doorway. No one is sick. Reporting under the substances protocol."),
     nope=["from Jamaica"], cats=["national_origin"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item"])

case(school="BHS", name="Nikolai Petrov", grade=11, at="2026-04-16 14:35",
     loc="Brighton High School, behind the portable", ground="drugs", substances=["tobacco"],
     decision="deny", reason="excluded_substance",
     desc=("Two students caught smoking behind the portable at 2:35. The pack was Djarum Black, "
           "Indonesian clove cigarettes (kreteks). Nikolai said they are 'basically incense.' They are "
           "tobacco. Pack confiscated, parents called."),
     tags=["deny_excluded", "clean"])

case(school="NMHS", name="Jonathan Varela", grade=12, at="2026-05-29 17:30",
     loc="New Mission High School senior trip, Canobie Lake Park", ground="drugs",
     substances=["cigars"], decision="deny", reason="excluded_substance",
     desc=("From: Ms. Kaplan (trip lead)\nSubject: senior trip - cigars\n\n"
           "On the bus back Jonathan and two friends lit Cuban cigars in the last row. The driver "
           "stopped and we put them out. Jonathan said the cigars were a graduation present from his "
           "grandfather, who's Cuban, and that 'everybody in my family smokes them.' I took the box "
           "(Cohiba, 3 left). Nobody was sick."),
     nope=["who's Cuban"], cats=["ethnicity"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item"])

case(school="DEAR", name="Layla Mansour", grade=9, at="2026-01-07 10:40",
     loc="Dearborn STEM Academy, 3rd floor girls' bathroom", ground="drugs",
     substances=["vape"], decision="deny", reason="excluded_substance",
     desc=("Layla was using a 'shisha pen' (disposable, mint flavor, no label about what's in it) in the "
           "bathroom. She says it's 'just hookah flavor, no nicotine.' We can't tell. Pen confiscated. "
           "Her parents only speak Arabic, so the call home went through the interpreter line."),
     nope=["Arabic", "interpreter"], cats=["language"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="EXCEL", name="Brandon Tully", grade=11, at="2025-10-24 07:40",
     loc="Excel High School, school bus", ground="drugs", substances=["alcohol"],
     decision="deny", reason="excluded_substance",
     desc="Brandon was drinking a Four Loko (watermelon) on the bus at 7:40 AM. Can taken by monitor.",
     tags=["deny_excluded", "clean"])

case(school="KAHC", name="Amira Farouk", grade=10, at="2026-02-19 13:15",
     loc="Kennedy Academy for Health Careers, room 3A", ground="drugs",
     substances=["edibles", "THC"], decision="deny", reason="excluded_substance",
     desc=("Amira shared gummy edibles with two friends in room 3A. The package says 100 mg THC, "
           "10 pieces, from a dispensary in Maine. One of the friends got very anxious and went to the "
           "nurse. Amira was upset and said she had never done this before and that she is very "
           "involved at her mosque and her parents will be crushed."),
     nope=["mosque"], cats=["religion"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="BLA", name="Seo-yeon Park", grade=11, at="2026-03-20 15:30",
     loc="Boston Latin Academy, robotics room", ground="drugs", substances=["alcohol"],
     decision="deny", reason="excluded_substance",
     extra={"birth_country": "South Korea"},
     desc=("During robotics club after school the advisor found two green bottles of Korean soju "
           "(Chamisul) in a backpack under the table, one half empty. Seo-yeon said they were hers. She "
           "was born in Seoul and said her family 'drinks it with dinner, it's normal.' Three students "
           "had tried it. Bottles poured out."),
     nope=["born in Seoul", "South Korea"], cats=["national_origin"],
     tags=["deny_excluded", "shared_word", "structured_forbidden"])

case(school="LYON", name="Yassine Benali", grade=12, at="2025-12-05 12:30", dob="2007-04-30",
     loc="Lyon High School, parking lot", ground="drugs", substances=["hash"],
     decision="deny", reason="excluded_substance",
     desc=("Yassine (18) had a small slab of hash in his car, which he called 'Moroccan.' SSS smelled it "
           "when he came back from lunch. Yassine said his dad is Moroccan and 'this is how it's done "
           "there,' which is not an excuse. He also had rolling papers."),
     nope=["dad is Moroccan"], cats=["ethnicity"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item"])

case(school="SNOW", name="Pema Sherpa", grade=10, at="2026-04-23 14:00",
     loc="Snowden International School, roof deck door", ground="drugs",
     substances=["hash"], decision="deny", reason="excluded_substance",
     extra={"family_background": "Bhutanese refugee family, resettled 2019"},
     desc=("Pema and a friend were caught by the roof deck door smoking hash from a pipe. Pema had two "
           "dark round balls in a film canister and called them 'Nepalese temple balls.' She told the "
           "counselor she grew up in a refugee camp in Nepal before coming here and that older boys "
           "there used it. Parent meeting scheduled."),
     nope=["refugee camp", "Bhutanese", "resettled"],
     cats=["immigration_status", "national_origin", "ethnicity"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item", "structured_forbidden"])

case(school="MUN", name="Valeria Ochoa", grade=11, at="2026-01-08 09:30",
     loc="Margarita Muñiz Academy, room 108", ground="drugs", substances=["marijuana"],
     decision="deny", reason="excluded_substance",
     desc=("Valeria had a jar of bud labeled 'Acapulco Gold' in her backpack. It smelled through the bag. "
           "She said she got it over break when she visited family in Mexico City. Confiscated."),
     nope=["Mexico City", "visited family"], cats=["national_origin"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="ACC", name="Kai Nakamura", grade=10, at="2025-10-01 10:10",
     loc="Another Course to College, room 6", ground="drugs", substances=["THC"],
     decision="deny", reason="excluded_substance",
     desc=("THC cart ('Maui Wowie' strain sticker) found in Kai's hoodie. Battery attached. Confiscated."),
     tags=["deny_excluded", "clean"])

case(school="CHS", name="Dmitri Volkov", grade=12, at="2026-05-08 12:10",
     loc="Charlestown High School, senior lounge", ground="drugs", substances=["alcohol"],
     decision="deny", reason="excluded_substance",
     desc=("A bottle of Russian Standard vodka (750 ml, about a third gone) was found in Dmitri's "
           "locker after a teacher smelled it on him during 4th period. Dmitri admitted drinking. The "
           "nurse checked him; he was steady. His mother, who speaks only Russian, was called through an "
           "interpreter and came to get him."),
     nope=["only Russian", "interpreter"], cats=["language"],
     tags=["deny_excluded", "shared_word", "forbidden_beside_item"])

case(school="BURKE", name="Patrick Dunleavy", grade=11, at="2026-03-16 10:20",
     loc="Jeremiah E. Burke High School, room 115", ground="drugs", substances=["liquor"],
     decision="deny", reason="excluded_substance",
     desc=("Patrick had a water bottle that was half Irish whiskey (Jameson). He said he took it from the "
           "cabinet at home after Mass on Sunday at St. Mark's, when the family had people over. He was "
           "giggly in class but not sick."),
     nope=["St. Mark's", "after Mass"], cats=["religion"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="HER", name="Natalia Rosario", grade=8, at="2025-12-17 14:40",
     loc="Rafael Hernández K-8, 8th grade hallway", ground="drugs", substances=["alcohol"],
     decision="deny", reason="excluded_substance",
     desc=("Natalia had a small Bacardi bottle (rum, 200 ml) in her tote. She shared it with two girls "
           "after lunch. Mom said on the phone that Natalia is Puerto Rican and they'd had a family "
           "party the night before for Nochebuena prep, and the bottle must have come from there."),
     nope=["Puerto Rican"], cats=["ethnicity"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="TECH", name="Marquise Dunbar", grade=10, at="2026-02-25 15:05",
     loc="TechBoston Academy, side entrance", ground="drugs", substances=["cigars", "marijuana"],
     decision="deny", reason="excluded_substance",
     desc=("Marquise was splitting a Swisher Sweets cigarillo at the side entrance after dismissal and "
           "filling it with weed from a small bag. SSS took the bag and the pack."),
     tags=["deny_excluded", "clean"])

case(school="EBHS", name="Ana Lucia Duarte", grade=9, at="2025-10-17 11:20",
     loc="East Boston High School, room 122", ground="drugs", substances=["tobacco"],
     decision="deny", reason="excluded_substance",
     desc=("Pack of Camel Turkish Royal cigarettes fell out of Ana Lucia's backpack in class. Two missing. "
           "She said they were her brother's. Confiscated."),
     tags=["deny_excluded", "clean"])

case(school="BHS", name="Erik Lindqvist", grade=12, at="2026-01-12 09:15", dob="2007-11-08",
     loc="Brighton High School, room 301", ground="drugs", substances=["nicotine pouches"],
     decision="deny", reason="excluded_substance",
     desc=("Erik had a tin of Swedish snus (General brand) in class and had one in his lip. He's 18. "
           "Told to put it away; tin confiscated."),
     tags=["deny_excluded", "clean"])

case(school="OBRY", name="Jasmine Alves", grade=10, at="2026-04-06 12:50",
     loc="John D. O'Bryant School, 2nd floor bathroom", ground="drugs",
     substances=["vape"], decision="deny", reason="excluded_substance",
     extra={"home_language": "Cape Verdean Creole"},
     desc=("Jasmine was vaping in the 2nd floor bathroom. The vape is a black disposable with no "
           "markings; she would not say what's in it. Confiscated. Mom called."),
     nope=["Cape Verdean"], cats=["language"],
     tags=["deny_excluded", "structured_forbidden"])

case(school="CUR", name="Ryan O'Sullivan", grade=8, at="2026-03-17 13:45",
     loc="Curley K-8 School, gym", ground="drugs", substances=["beer"],
     decision="deny", reason="excluded_substance",
     desc=("Ryan brought two cans of Guinness to school in his gym bag and gave one to a friend during "
           "the St. Patrick's Day dance practice. Cans taken by Ms. Dolan. Both boys' parents called."),
     tags=["deny_excluded", "clean"])

case(school="IRV", name="Darius Coleman", grade=7, at="2026-04-13 10:40",
     loc="Irving Middle School, room 115", ground="drugs", substances=["marijuana"],
     decision="deny", reason="excluded_substance",
     extra={"neighborhood": "Archdale"},
     desc=("Darius had a pre-roll in a tube in his pencil case. Label: 'Jamaican Dream.' He said a high "
           "schooler gave it to him at the bus stop. He had not smoked it. Confiscated, grandmother "
           "called."),
     nope=["Archdale"], cats=["neighborhood"],
     tags=["deny_excluded", "structured_forbidden"])

case(school="FRED", name="Tatiana Pierre", grade=8, at="2026-05-04 09:20",
     loc="Lilla G. Frederick Middle School, homeroom", ground="drugs", substances=["edibles"],
     decision="deny", reason="excluded_substance",
     desc=("Tatiana had a bag of 'Nerds Rope' that turned out to be a THC edible copy (says 600 mg on the "
           "back). She had cut pieces for her friends. One friend ate a piece and was sleepy in 2nd; "
           "nurse monitored. Tatiana said she found the bag in her aunt's car. Her aunt is picking her "
           "up; the family's pastor at the Haitian church will come to the meeting, mom asked."),
     nope=["Haitian church", "pastor"], cats=["religion", "ethnicity"],
     tags=["deny_excluded", "forbidden_beside_item"])

case(school="EHS", name="Samuel Kiprono", grade=11, at="2025-12-10 14:10",
     loc="English High School, 3rd floor", ground="drugs", substances=["alcohol", "marijuana"],
     decision="deny", reason="excluded_substance",
     desc=("Samuel and another boy were found in an empty classroom with a bottle of Kenyan Tusker beer "
           "and a blunt. Samuel admitted both were his. His uncle came to pick him up."),
     tags=["deny_excluded", "clean"])

case(school="QUS", name="Minh Tran", grade=12, at="2026-04-21 15:45",
     loc="Josiah Quincy Upper School, front steps", ground="drugs", substances=["vape"],
     decision="deny", reason="excluded_substance",
     extra={"ell_status": "Former EL", "home_language": "Vietnamese"},
     desc=("Minh was blowing clouds from a vape on the front steps after school. The device is a "
           "silver pen with a Chinese-language sticker; Minh says it's 'just fruit.' Unknown content. "
           "Confiscated."),
     nope=["Vietnamese", "Former EL"], cats=["language"],
     tags=["deny_excluded", "structured_forbidden"])

case(school="NMHS", name="Andres Quiroga", grade=11, at="2026-03-02 08:55",
     loc="New Mission High School, entrance", ground="drugs", substances=["marijuana"],
     decision="deny", reason="excluded_substance",
     extra={"deferred_action": "DACA recipient, renewal due 2026"},
     desc=("About 5 g of 'Colombian red' weed in a mason jar at bag check. Andres says it's for his own "
           "use. Confiscated. Note from counselor: Andres is very worried about anything that could "
           "affect his DACA renewal."),
     nope=["DACA", "renewal due"], cats=["immigration_status"],
     tags=["deny_excluded", "structured_forbidden", "forbidden_beside_item"])

# ----------------------------------------------------------------------------------------------
# Denied: recipient not permitted
# ----------------------------------------------------------------------------------------------

case(school="EBHS", name="Luis Alberto Mejía", grade=10, at="2026-02-02 12:15",
     loc="East Boston High School, cafeteria", ground="weapon", weapon="butterfly knife",
     recipient="ice/ero-boston", decision="deny", reason="recipient_not_permitted",
     desc=("Luis was showing a balisong (butterfly knife, Filipino-style, 4-inch blade) at lunch. SSS "
           "took it. Requesting this go to ICE liaison as well since his family is from Honduras and "
           "the mother overstayed a tourist visa."),
     nope=["Honduras", "overstayed"], cats=["national_origin", "immigration_status"],
     tags=["deny_recipient", "forbidden_beside_item"])

case(school="BURKE", name="Terrell Banks", grade=11, at="2025-12-04 09:30",
     loc="Jeremiah E. Burke High School, AP office", ground="weapon", weapon="firearm",
     recipient="bric", decision="deny", reason="recipient_not_permitted",
     extra={"gang": {"name": "Rockvale crew", "level": "associate"}},
     desc=("Czech-made CZ 75 pistol, loaded, recovered from Terrell's backpack after a tip. BPD C-11 "
           "already took the gun. Sending to BRIC because Terrell is a Rockvale crew associate and they "
           "track that set."),
     nope=["Rockvale"], cats=["gang_affiliation"],
     tags=["deny_recipient", "structured_forbidden", "forbidden_beside_item"])

case(school="CASH", name="Jorge Alvarado", grade=11, at="2026-03-10 11:40",
     loc="Community Academy of Science and Health, room 212", ground="drugs",
     substances=["fentanyl"], recipient="hsi/boston", decision="deny",
     reason="recipient_not_permitted",
     desc=("Jorge had 40 'Mexican blues' in a vitamin bottle. HSI asked schools to send pill cases with "
           "a cross-border angle. Jorge is a DACA recipient."),
     nope=["DACA"], cats=["immigration_status"],
     tags=["deny_recipient", "forbidden_beside_item"])

case(school="SNOW", name="Abdirahman Hussein", grade=12, at="2026-01-26 13:00",
     loc="Snowden International School, 3rd floor", ground="weapon", weapon="knife",
     recipient="commonwealth-fusion-center", decision="deny", reason="recipient_not_permitted",
     extra={"home_language": "Somali"},
     desc=("A Gurkha kukri in a cloth wrap was found in Abdirahman's locker. He says he bought it at a "
           "flea market for his room. Submitting to the Commonwealth Fusion Center liaison at their "
           "request for any edged weapons."),
     nope=["Somali"], cats=["language"],
     tags=["deny_recipient", "structured_forbidden"])

case(school="MPTV", name="Nathaniel Pryce", grade=10, at="2025-10-27 15:20",
     loc="MBTA bus 28 at the school stop", ground="weapon", weapon="knife",
     recipient="mbta-transit-police", decision="deny", reason="recipient_not_permitted",
     extra={"housing": "Orchard Gardens"},
     desc=("Bus monitor saw Nathaniel open a Swiss Army knife on the 28 bus at the school stop and wave "
           "it at a younger student. MBTA Transit Police asked for a copy."),
     nope=["Orchard Gardens"], cats=["neighborhood"],
     tags=["deny_recipient", "structured_forbidden"])

case(school="QUS", name="Kevin Zhao", grade=11, at="2026-03-13 10:05",
     loc="Josiah Quincy Upper School, room 506", ground="drugs", substances=["fentanyl"],
     recipient="dea/new-england", decision="deny", reason="recipient_not_permitted",
     desc=("'China white' powder, about 2 g, found in Kevin's pencil case; BPD field test positive for "
           "fentanyl. The DEA agent who spoke at the parent night asked to be sent these directly."),
     tags=["deny_recipient", "clean"])

case(school="BCLA", name="Miguel Santana", grade=12, at="2025-11-10 14:10",
     loc="Boston Community Leadership Academy, gym", ground="weapon", weapon="firearm",
     recipient="cbp", decision="deny", reason="recipient_not_permitted",
     extra={"citizenship": "Dominican Republic"},
     desc=("Austrian Glock 26, unloaded, found in Miguel's gym bag. BPD E-18 has the gun. Forwarding to "
           "CBP because he is here on a visa that may be affected."),
     nope=["Dominican Republic", "on a visa"], cats=["immigration_status", "national_origin"],
     tags=["deny_recipient", "structured_forbidden", "forbidden_beside_item"])

case(school="BAA", name="Zoe Castellanos", grade=11, at="2026-04-10 16:00",
     loc="Boston Arts Academy, black box theater", ground="weapon", weapon="knife",
     recipient="allied-universal/boylston-st", decision="deny", reason="recipient_not_permitted",
     desc=("Italian stiletto (switchblade) found in a costume bag during strike. The building's private "
           "security company wants a copy for their incident log."),
     tags=["deny_recipient", "clean"])

case(school="TECH", name="Jalen Carter", grade=12, at="2026-02-20 09:40",
     loc="TechBoston Academy, AP office", ground="drugs", substances=["MDMA"],
     recipient="bpd-gang-database", decision="deny", reason="recipient_not_permitted",
     extra={"crew": "Norwood Street Kings"},
     desc=("Jalen had 10 'Molly' pills (pink, stamped with a crown). We are adding this to the gang "
           "database entry the district keeps with BPD since he's been seen with the Norwood Street "
           "Kings."),
     nope=["Norwood Street Kings"], cats=["gang_affiliation"],
     tags=["deny_recipient", "structured_forbidden", "forbidden_beside_item"])

# ----------------------------------------------------------------------------------------------
# Denied: ground not permitted
# ----------------------------------------------------------------------------------------------

case(school="MH", name="Jahmari Tate", grade=8, at="2026-01-23 14:20",
     loc="Mission Hill K-8, 2nd floor boys' bathroom", ground="gang_activity", decision="deny",
     reason="ground_not_permitted",
     desc=("'GFB' tagged in black Sharpie in the 2nd floor boys' bathroom next to a drawing of a samurai "
           "sword. Jahmari and two other 8th graders were seen coming out of the bathroom. Jahmari told "
           "another student they are 'Grenfell Block' now. Asking BPD to look at this as gang activity."),
     nope=["Grenfell"], cats=["gang_affiliation"],
     tags=["deny_ground", "forbidden_beside_item"])

case(school="EHS", name="Oscar Delacruz", grade=10, at="2025-11-07 11:35",
     loc="English High School, gym", ground="fight", decision="deny", reason="ground_not_permitted",
     desc=("Oscar and another 10th grader got into a fight in the gym. Oscar does Muay Thai and landed a "
           "couple of kicks; the other boy has a bruised shin and a scraped elbow. Nurse saw both. No "
           "weapons. Sending so BPD is aware."),
     tags=["deny_ground", "clean"])

case(school="FEN", name="Aidan Kerrigan", grade=11, at="2026-02-04 13:50",
     loc="Fenway High School, coat rack outside room 210", ground="theft", decision="deny",
     reason="ground_not_permitted",
     extra={"address": {"development": "Mildred Hailey Apartments"}},
     desc=("A black Canada Goose jacket was taken from the coat rack outside room 210. Camera shows Aidan "
           "taking it and walking out the side door. The jacket is worth about $1,200."),
     nope=["Mildred Hailey"], cats=["neighborhood"],
     tags=["deny_ground", "structured_forbidden"])

case(school="BAA", name="Kacper Nowak", grade=9, at="2026-03-06 10:10",
     loc="Boston Arts Academy, ceramics room", ground="vandalism", decision="deny",
     reason="ground_not_permitted",
     desc=("Kacper knocked over the display case in the ceramics room and broke six pieces of Polish "
           "pottery that a teacher had lent the class. He said it was an accident; a classmate says he "
           "kicked the case. His mom is Polish and offered to replace them."),
     nope=["mom is Polish"], cats=["ethnicity"],
     tags=["deny_ground", "shared_word"])

case(school="DEAR", name="Trevor Mills", grade=9, at="2025-10-29 12:00",
     loc="Dearborn STEM Academy", ground="suspicious_behavior", decision="deny",
     reason="ground_not_permitted",
     desc=("Trevor has been drawing Chinese throwing stars and katanas all over his notebooks and "
           "searching for them on the school Chromebook. No weapon found when his bag was checked. "
           "Teacher is uneasy. Passing along."),
     tags=["deny_ground", "clean"])

case(school="HER", name="Emilio Vargas", grade=8, at="2026-04-17 09:00",
     loc="Rafael Hernández K-8", ground="immigration_inquiry", decision="deny",
     reason="ground_not_permitted",
     extra={"status_notes": "parents undocumented per intake"},
     desc=("Emilio was found with a Swiss Army knife last week (handled internally). A detective asked "
           "whether the family is undocumented. Responding to that question."),
     nope=["undocumented"], cats=["immigration_status"],
     tags=["deny_ground", "structured_forbidden"])

case(school="BURKE", name="Rayshawn Pitts", grade=12, at="2026-05-05 10:00",
     loc="Jeremiah E. Burke High School", ground="intelligence", decision="deny",
     reason="ground_not_permitted",
     extra={"associates": "Westview Boys", "address": "Bowdoin St"},
     desc=("BPD asked for anything we have on Rayshawn and his friends. We don't have an incident. He "
           "did post a picture with a Turkish-made pistol on his Instagram last year (removed). He's "
           "known to run with the Westview Boys and lives on Bowdoin St."),
     nope=["Westview", "Bowdoin"], cats=["gang_affiliation", "neighborhood"],
     tags=["deny_ground", "structured_forbidden", "forbidden_beside_item"])

# ----------------------------------------------------------------------------------------------
# Denied: credible threat without a statement; replica/airsoft/BB; face surveillance
# ----------------------------------------------------------------------------------------------

case(school="EXCEL", name="Cody Sheehan", grade=10, at="2026-02-18 14:25",
     loc="Excel High School, online", ground="credible_threat", decision="deny",
     reason="missing_threat_statement",
     desc=("Cody texted a group chat last night: 'bringing my stars tomorrow, whoever snitched is "
           "getting one in the neck.' He sent a photo of four Chinese throwing stars on his bed. His ESL "
           "teacher saw the screenshot first and brought it to us."),
     nope=["ESL teacher"], cats=["language"],
     tags=["deny_threat_missing", "forbidden_beside_item"])

case(school="LYON", name="Xander Price", grade=11, at="2026-05-13 12:45",
     loc="Lyon High School, hallway", ground="credible_threat", threat="", decision="deny",
     reason="missing_threat_statement",
     desc=("Xander told a teacher in the hallway that his cousin has a 'Turkish shotgun' and 'this place "
           "will find out.' He wouldn't say more. Teacher wrote it down word for word."),
     tags=["deny_threat_missing", "clean"])

case(school="ACC", name="Ebony Walker", grade=9, at="2025-10-08 10:55",
     loc="Another Course to College", ground="credible_threat", decision="deny",
     reason="missing_threat_statement",
     extra={"address": {"street": "River St", "city": "Mattapan"}},
     desc=("Ebony said in class that she would 'bring Molly and put it in the teacher's coffee.' "
           "Students laughed. She later said it was a joke. Flagging."),
     nope=["River St", "Mattapan"], cats=["neighborhood"],
     tags=["deny_threat_missing", "structured_forbidden"])

case(school="IRV", name="Hiro Matsuda-Lane", grade=7, at="2026-03-25 08:10",
     loc="Irving Middle School, bus line", ground="weapon", weapon="airsoft pistol",
     decision="deny", reason="other",
     desc=("Hiro had an airsoft pistol in his backpack, a Japanese-made Tokyo Marui copy of a Glock, with "
           "the orange tip painted black. He took it out at the bus line and pointed it at a friend "
           "as a joke. Several kids panicked. No BBs in it."),
     tags=["deny_replica", "clean"])

case(school="MCC", name="Derek Connolly", grade=8, at="2025-11-03 13:30",
     loc="McCormack Middle School, stairwell", ground="weapon", weapon="BB gun",
     decision="deny", reason="other", extra={"address": {"development": "Harbor Point"}},
     desc=("Derek had a Crosman BB pistol made to look like a German Walther PPK in his jacket. He fired "
           "one BB at a window in the stairwell; it chipped the glass. Gun and a tube of BBs "
           "confiscated."),
     nope=["Harbor Point"], cats=["neighborhood"],
     tags=["deny_replica", "structured_forbidden"])

case(school="BGA", name="Ty'Quan Hollis", grade=10, at="2026-04-08 15:10",
     loc="Boston Green Academy, back lot", ground="weapon", weapon="replica firearm",
     decision="deny", reason="other",
     desc=("Ty'Quan was filming a music video in the back lot with a replica Uzi (metal, non-firing, the "
           "Israeli-style one from a prop store) and waving it at passing cars. Security took it."),
     tags=["deny_replica", "clean"])

case(school="TECH", name="Tyrese Bell", grade=12, at="2026-01-29 12:30",
     loc="TechBoston Academy, cafeteria", ground="weapon", weapon="firearm", decision="deny",
     reason="face_surveillance", extra={"housing": "Franklin Hill"},
     attachments=[{"kind": "face_match", "name": "vendor_match_report.pdf"},
                  {"kind": "photo", "name": "cafeteria_cam_1229.jpg"}],
     desc=("An Austrian Glock was seen tucked into a student's waistband on the cafeteria camera. We did "
           "not know who it was, so the camera vendor's face recognition trial matched the still to "
           "Tyrese (94% confidence, report attached). Tyrese lives in Franklin Hill. Gun not yet "
           "found."),
     nope=["Franklin Hill"], cats=["face_surveillance", "neighborhood"],
     tags=["deny_face", "structured_forbidden", "forbidden_beside_item"])

case(school="CASH", name="Jaylin Ortiz", grade=11, at="2026-03-18 09:20",
     loc="Community Academy of Science and Health", ground="drugs", substances=["fentanyl"],
     decision="deny", reason="face_surveillance",
     attachments=[{"kind": "photo", "name": "yearbook_photos_grade11.zip"},
                  {"kind": "face_match", "name": "match_request.txt"}],
     desc=("Someone has been selling 'Mexican blues' in the 2nd floor bathroom. Jaylin was caught with "
           "12 pills this morning. BPD asked for all grade 11 yearbook photos to run against their face "
           "recognition system to find the others; photos attached as requested."),
     cats=["face_surveillance"],
     tags=["deny_face", "clean"])


# ----------------------------------------------------------------------------------------------
# Build, self-check, write
# ----------------------------------------------------------------------------------------------

def _fold(text):
    return text.lower()


def _paths(obj, prefix="student"):
    """Dotted paths of every key in a nested student record (they may appear in the redaction list)."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(f"{prefix}.{k}")
            out.extend(_paths(v, f"{prefix}.{k}"))
    return out


def build():
    order = list(range(len(CASES)))
    RNG.shuffle(order)
    lines = []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"{PREFIX}-{n:04d}"
        school, school_id, district = SCHOOLS[c["school"]]
        day_s, time_s = c["at"].split()
        day = datetime.date.fromisoformat(day_s)
        student = {"student_id": str(RNG.randrange(100000, 999999)), "name": c["name"],
                   "date_of_birth": c["dob"] or _dob(c["grade"], day), "grade": c["grade"], "school": school}
        student.update(c["extra"])
        req = {"request_id": cid, "school_id": school_id,
               "recipient": c["recipient"] or district, "ground": c["ground"]}
        if c["substances"] is not None:
            req["substances"] = c["substances"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": f"{day_s}T{time_s}:00{_offset(day)}", "location": c["loc"],
                           "description": c["desc"]}
        req["student"] = student
        if c["attachments"]:
            req["attachments"] = c["attachments"]
        allow = c["decision"] == "allow"
        exp = {"decision": c["decision"]}
        if not allow:
            exp["reason"] = c["reason"]
        exp.update({
            "must_not_contain": c["nope"],
            "must_contain": [c["name"], school, c["key"]] if allow else [],
            "must_contain_text": c["keep"] if allow else [],
            "categories": c["cats"],
            "tags": [FAMILY] + c["tags"],
        })
        _selfcheck(cid, c, req, exp)
        lines.append({"id": cid, "request": req, "expect": exp})
    return lines


def _selfcheck(cid, c, req, exp):
    whole = _fold(json.dumps(req, ensure_ascii=False))
    desc = _fold(c["desc"])
    stu = req["student"]
    legit = [str(stu[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school")]
    legit += [req["school_id"], req["recipient"], req["ground"], req["incident"]["location"],
              req["incident"]["occurred_at"], str(req.get("weapon") or ""),
              " ".join(req.get("substances") or [])]
    legit += _paths({k: v for k, v in stu.items()})
    legit += exp["must_contain"] + exp["must_contain_text"]
    legit += [a["name"] for a in req.get("attachments", [])]
    for s in exp["must_not_contain"]:
        f = _fold(s)
        assert len(f) >= 3, (cid, s)
        assert f in whole, (cid, "canary absent", s)
        for w in CODE_WORDS:
            assert f not in w, (cid, "canary inside a code word", s, w)
        for t in legit:
            assert f not in _fold(t), (cid, "canary inside released text", s, t)
    for s in exp["must_contain_text"]:
        assert _fold(s) in desc, (cid, "keep text absent", s)
    if exp["decision"] == "allow":
        assert _fold(c["key"]) in desc, (cid, "key fact absent from the description", c["key"])
        assert 1 <= len(exp["must_contain_text"]) <= 3, cid
        assert req["recipient"].startswith("bpd"), cid
    else:
        assert exp["reason"], cid
    if exp["decision"] == "allow" and req["ground"] == "credible_threat":
        assert req.get("threat_statement"), cid


def main():
    cases = build()
    descs = [c["request"]["incident"]["description"] for c in cases]
    assert len(set(descs)) == len(descs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
