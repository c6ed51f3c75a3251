#!/usr/bin/env python3
"""Outsider corpus, family DESCRIBING PEOPLE (tag ``describing_people``), ids OBG-0001 upward.

Writes tests/data/corpus/outsider_bg.jsonl (120 cases). Deterministic, standard library only:
run it again and the file is byte-identical.

What the family is
------------------
Reports that describe people so they can be identified or found: witness descriptions of a person
who showed a weapon or made a threat, camera-still descriptions, BOLO (be-on-the-lookout) notes
from the school safety officer, "who was in the stairwell" lineups, trespassers, drivers, an adult
at the fence, a student seen with pills.  Staff write height, build, age, hair, clothing, shoes,
bags, tattoos, scars, glasses, voice, what the person carried and which way they went; forbidden
facts (RULES.md section 4) slip into those descriptions.  Texts are long narratives, short notes,
forms with labelled fields, and multi-person lineups.

How labels were decided (from RULES.md only, written blind to the service and its tests)
---------------------------------------------------------------------------------------
Decision
* allow only for the four permitted grounds, a BPD recipient, a threat statement present for
  credible_threat, at least one non-excluded substance for drugs, and no face-surveillance
  material.  Everything else is a deny with the reason that RULES.md makes decisive:
  ground_not_permitted (trespass, theft, fight, vandalism, "gang_activity", "suspicious_person",
  truancy, immigration questions, intelligence sharing, ...), excluded_substance (only marijuana /
  nicotine / alcohol / a vape of unknown content), recipient_not_permitted (BRIC, ICE, HSI, the
  fusion center, state or transit police, private security: RULES.md names only BPD and its units),
  missing_threat_statement (credible_threat with no or an empty threat_statement),
  face_surveillance (a face_match attachment, a face-recognition match or template, a request to
  run student photos through face matching), other (airsoft, BB and replica guns: RULES.md says
  they need a named approver's determination, which a request cannot carry).
* Each deny case has exactly one decisive problem, so the reason is not arguable.

Forbidden inside a description (must_not_contain + categories)
* ethnicity: race words ("Hispanic", "Asian", "Caucasian", "Black girl", "white male", "Latina"),
  ethnic or national-origin group words used to describe a person ("Dominican", "Haitian",
  "Cape Verdean", "Somali", "Puerto Rican", "Vietnamese", "Honduran", "Jamaican", "Chinese"), and
  their stand-ins: skin-tone phrasing ("light-skinned", "dark-skinned", "light brown skin") and
  "looked X" / "X-looking" phrasing ("looked Middle Eastern", "Irish-looking").
* national_origin: country of birth or arrival ("came from Guatemala", "born in Honduras"),
  a structured nationality value.
* language: the language a person spoke or yelled in, home/primary language, EL status,
  interpreter needs, and an accent ("spoke with a heavy accent"): an accent says the person's
  language background.  A *voice* is not a language: "deep voice", "spoke fast", a stutter or a
  lisp stay.
* religion: headwear or dress that tells a faith (hijab, kufi, prayer cap, yarmulke, kippah,
  turban worn as a Sikh, a Star of David pendant) and faith words ("Muslim", "Sikh").
* gang_affiliation: a crew or gang named or read into colors, a bandana, a hand sign, graffiti or a
  tattoo ("the Wendover crew", "H-Block sign", "Latin Kings", "MS-13"), or a gang flag in a record.
  The clothing itself (a red bandana, all blue) is only withheld where the text reads it as a crew;
  the canary is the crew name, never the color.
* neighborhood: where a person lives (a street of residence, a housing development such as
  Bromley-Heath, Franklin Field, Mission Main, Orchard Gardens, Cathedral, a neighborhood named as
  home, an address, a zip code).  Where a person *went* (ran toward the commuter rail stop, a
  playground fence, a bus stop) and where the incident happened are incident facts and stay.
  A school name is never a residence: "Orchard Gardens K-8 School" and "Mission Hill K-8" stay.
* immigration_status: "undocumented", "doesn't have papers", an expired visa, asylum.
* face_surveillance: any face-recognition output -> deny outright.  A person who recognised a
  student by eye on a camera still is NOT face surveillance (stays, allow).

Kept on purpose (precision traps, listed in must_contain_text where they matter)
* brand / team / style names that look like categories: Canada Goose, Timberland, Patagonia,
  Jordan 1s / Jordan slides, Notre Dame "Fighting Irish" hoodie, Celtics, Cuban link chain,
  French braid, Swiss Army knife, Panama hat, "Canadian tuxedo", Columbia backpack, Nautica,
  Under Armour, Kryptonite lock;
* colors that are only clothing ("black hoodie", "white Air Force 1s", "olive green cargo jacket",
  "blue Patriots hoodie"); hair colour and style, scars, tattoos not read as a crew (a rose on the
  neck), limps, braces, voice, vehicles and plates, direction of travel.
Cases where a label was genuinely arguable (a cross necklace, a national-flag bandana, a
"Spanish teacher", hairstyles some read as racial stand-ins, regional accents) were left out.
"""
import json
import pathlib
import unicodedata
from datetime import date, timedelta

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bg.jsonl"
FAMILY = "describing_people"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4101"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-4102"),
    "EB": ("East Boston High School", "BPS-4103"),
    "JEB": ("Jeremiah E. Burke High School", "BPS-4104"),
    "EHS": ("English High School", "BPS-4105"),
    "EXC": ("Excel High School", "BPS-4106"),
    "BHS": ("Brighton High School", "BPS-4107"),
    "TB": ("TechBoston Academy", "BPS-4108"),
    "MH": ("Mission Hill K-8", "BPS-4109"),
    "OB": ("John D. O'Bryant School of Mathematics and Science", "BPS-4110"),
    "CHS": ("Charlestown High School", "BPS-4111"),
    "SN": ("Snowden International School", "BPS-4112"),
    "OG": ("Orchard Gardens K-8 School", "BPS-4113"),
    "DSA": ("Dearborn STEM Academy", "BPS-4114"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4115"),
    "NM": ("New Mission High School", "BPS-4116"),
    "CASH": ("Community Academy of Science and Health", "BPS-4117"),
    "FEN": ("Fenway High School", "BPS-4118"),
    "HEN": ("Henderson K-12 Inclusion School", "BPS-4119"),
    "BAA": ("Boston Arts Academy", "BPS-4120"),
    "MMA": ("Margarita Muñiz Academy", "BPS-4121"),
    "JQ": ("Josiah Quincy Upper School", "BPS-4122"),
    "BINA": ("Boston International Newcomers Academy", "BPS-4123"),
    "KA": ("Edward M. Kennedy Academy for Health Careers", "BPS-4124"),
}

DISTRICT = {  # a plausible BPD unit for each school
    "BLA": "bpd/district-b2", "MP": "bpd/district-b2", "EB": "bpd/district-a7",
    "JEB": "bpd/district-c11", "EHS": "bpd/district-e13", "EXC": "bpd/district-c6",
    "BHS": "bpd/district-d14", "TB": "bpd/district-c11", "MH": "bpd/district-e13",
    "OB": "bpd/district-b2", "CHS": "bpd/district-a1", "SN": "bpd/district-d4",
    "OG": "bpd/district-b2", "DSA": "bpd/district-b2", "BCLA": "bpd/district-e18",
    "NM": "bpd/district-e18", "CASH": "bpd/district-b3", "FEN": "bpd/district-d4",
    "HEN": "bpd/district-c11", "BAA": "bpd/district-d4", "MMA": "bpd/district-e13",
    "JQ": "bpd/district-a1", "BINA": "bpd/district-c11", "KA": "bpd/district-b2",
}

CASES = []


def C(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# A. weapon, allow
# ---------------------------------------------------------------------------------------------
C(n="Dante Okafor", sch="BHS", gr=9, g="weapon", w="knife",
  loc="Brighton High School, 2nd floor boys' bathroom",
  d="At approx 9:40 AM two ninth graders came to Ms. Alvarez in the main office and said a boy had "
    "just shown a knife in the 2nd floor boys' bathroom and told another student he would \"poke him "
    "up\" if he kept talking about his sister. Neither witness knew his name. Their description, taken "
    "separately: about 5'7, skinny, braces on his top teeth, short twists, a gray Champion hoodie with "
    "the hood down, black joggers, white Air Force 1s, and a navy JanSport backpack with a small "
    "basketball keychain. One of them added that he looked Dominican and was yelling in Spanish at the "
    "other boy before he pulled the knife out of the front hoodie pocket. SSO Kearney pulled the "
    "hallway camera for 9:30-9:45 and saw a student matching the clothing leave the bathroom and walk "
    "toward the gym stairwell. The dean of the ninth-grade house looked at the footage and recognized "
    "him as {F}. {F} was located in the gym at 9:58 and searched by the SSO with the AP present. A "
    "folding knife with a green handle and a blade of about 3 inches was found in the front pocket of "
    "the backpack. {F} said he carries it for the walk home. No one was hurt. Parent was called at 10:20.",
  mc=["folding knife"], mct=["gray Champion hoodie", "braces on his top teeth", "green handle"],
  mnc=["Dominican", "Spanish"], cats=["ethnicity", "language"],
  tags=["narrative", "witness", "looked_phrase", "language", "trap_brand"])

C(n="Tyrell Mabry", sch="MP", gr=10, g="weapon", w="box cutter",
  loc="Madison Park, lockers outside room 214",
  d="BOLO - issued by SSO P. Doyle, 10:40 AM\n"
    "Subject: male student, grade 10 (name unknown at time of BOLO)\n"
    "Height: approx 5'10\nBuild: heavy-set\nHair: short, dark, faded on the sides\n"
    "Clothing: red North Face puffer, gray sweatpants, tan Timberland boots\n"
    "Carrying: black Nike duffel bag\n"
    "Marks: small scar through left eyebrow; clear-frame glasses\n"
    "Last seen: walking toward the cafeteria stairwell\n"
    "Reason: showed a box cutter to two students at the lockers outside room 214 and said \"try me\"\n"
    "Update 10:52: subject located in cafeteria and identified as {F}. Box cutter (yellow, "
    "retractable) recovered from the duffel.",
  mc=["box cutter"], mct=["red North Face puffer", "Timberland boots", "scar through left eyebrow"],
  mnc=[], cats=[], tags=["form", "bolo", "clean", "trap_brand"])

C(n="Kevon Ashby", sch="JEB", gr=11, g="weapon", w="brass knuckles",
  loc="Jeremiah E. Burke High School, east stairwell",
  d="Camera still 3 (east stairwell, 1:14 PM) shows {F} coming up from the first floor in a black "
    "hoodie with the hood up, black cargo pants and gray New Balance sneakers, with a red bandana "
    "hanging out of his right back pocket, which SSO Reyes says is how the Wendover crew reps. In "
    "still 4 he slips brass knuckles onto his right hand and waits on the landing. Still 5 shows him "
    "following a student (J.T.) into the second-floor hallway with his right hand in his hoodie "
    "pocket. SSO Reyes stopped him at 1:16 and took the brass knuckles (silver, four finger holes). "
    "J.T. said they had argued on the bus that morning.",
  mc=["brass knuckles"], mct=["east stairwell", "gray New Balance sneakers", "four finger holes"],
  mnc=["Wendover"], cats=["gang_affiliation"], tags=["camera_still", "gang_colors"])

C(n="Amira Stokes", sch="SN", gr=10, g="weapon", w="pepper spray",
  loc="Snowden International School, cafeteria",
  d="Cafeteria monitor saw a girl spray pepper spray at another student (R.M.) in the lunch line at "
    "11:50 after R.M. pulled at her hijab. Monitor described her as about 5'3, slim, gray Patagonia "
    "fleece, white Converse, small gold nose stud. Identified as {F} by the monitor. R.M.'s eyes were "
    "flushed by the nurse. Spray canister (pink, keychain size) taken by AP.",
  mc=["pepper spray"], mct=["gray Patagonia fleece", "gold nose stud", "lunch line"],
  mnc=["hijab"], cats=["religion"], tags=["short", "religious_dress", "trap_brand"])

C(n="Jalen Frazier", sch="TB", gr=11, g="weapon", w="handgun",
  loc="TechBoston Academy, north stairwell",
  d="Who was in the north stairwell between 11:02 and 11:06, per the hallway camera and Mr. Lindqvist, "
    "who was on hall duty at the third-floor door:\n"
    "1) {F} - about 6'0, lanky, gray Nike Tech fleece, black jeans, white AF1s, a small silver stud "
    "in the left ear.\n"
    "2) A.D. - Celtics cap worn backwards, white tee, Jordan 4s; he is Cape Verdean and was talking "
    "Kriolu on his phone the whole time.\n"
    "3) S.P. - girl, French braid, pink Canada Goose vest, carrying a clear plastic tote.\n"
    "4) M.R. - shorter, heavy, neck tattoo of a rose, walks with a slight limp; Mr. Lindqvist says he "
    "is from the Bromley-Heath projects.\n"
    "At 11:04 the camera shows {F} lift the front of his fleece and show the others the grip of a "
    "handgun in his waistband. S.P. left immediately and told her teacher. The SSO and AP stopped {F} "
    "at the second-floor landing at 11:09; a black semi-automatic handgun, loaded (magazine in, no "
    "round chambered), was taken from his waistband. A.D., S.P. and M.R. were interviewed as "
    "witnesses; none touched the gun. BPD was called at 11:10 and the building held in place until 11:40.",
  mc=["handgun"], mct=["Celtics cap", "French braid", "neck tattoo of a rose"],
  mnc=["Cape Verdean", "Kriolu", "Bromley-Heath"], cats=["ethnicity", "language", "neighborhood"],
  tags=["multi_person", "lineup", "narrative", "trap_brand", "residence"])

C(n="Owen Castellano", sch="OB", gr=10, g="weapon", w="knife",
  loc="O'Bryant, art room 118",
  d="In the art room at 2:10 {F} flicked open a Swiss Army knife and held it toward a classmate, saying "
    "\"keep talking.\" Art teacher describes him as tall, thin, wire glasses, mustard Carhartt beanie. "
    "Knife taken, no injuries.",
  mc=["Swiss Army knife"], mct=["Swiss Army knife", "Carhartt beanie", "art room"],
  mnc=[], cats=[], tags=["short", "clean", "trap_name"])

C(n="Rashad Bellamy", sch="EXC", gr=9, g="weapon", w="razor blade",
  loc="Excel High School, bus 14 at the school loop",
  d="Bus 14 monitor reported that a boy at the back of the bus was holding a razor blade between two "
    "fingers and telling a younger student to give up his phone. Her description: light-skinned, short, "
    "curly hair with a part shaved in on the left, a gold Cuban link chain over a maroon hoodie, and "
    "wheat Timberland boots. The driver pulled over at the school loop and the SSO met the bus. The "
    "monitor pointed out {F}; a single-edge razor blade wrapped in tape was in his hoodie pocket. The "
    "younger student kept his phone and was not cut.",
  mc=["razor blade"], mct=["Cuban link chain", "part shaved in", "Bus 14"],
  mnc=["light-skinned"], cats=["ethnicity"], tags=["witness", "skin_tone", "trap_name"])

C(n="Terrence Lowry", sch="EHS", gr=10, g="weapon", w="stun gun",
  loc="English High School, vending machines by the front desk",
  d="Parent volunteer Ms. Carrington was at the front desk at dismissal when she heard a crackling "
    "sound by the vending machines and saw a boy holding a black stun gun with a blue spark between the "
    "prongs, pointing it at another boy's side and laughing. She did not know either student. She "
    "described the one holding it: medium height, thin, black Adidas track jacket with the three white "
    "stripes, gray sweats, dental braces with blue bands, and a noticeable limp on his left leg. She "
    "said he's from the Franklin Field projects, because she has seen him there, and that he lives on "
    "Ballou Ave. The other boy backed away and was not shocked. The SSO found {F}, who matched the "
    "description and the limp, at the bus line at 2:35; the stun gun was in his jacket pocket and "
    "still worked when tested. {F} said he bought it online for protection. The other boy (D.W.) "
    "confirmed it was {F}. AP notified home.",
  mc=["stun gun"], mct=["limp on his left leg", "blue bands", "three white stripes"],
  mnc=["Franklin Field", "Ballou"], cats=["neighborhood"], tags=["narrative", "witness", "residence"])

C(n="Gabriel Fontes", sch="EB", gr=11, g="weapon", w="kitchen knife",
  loc="East Boston High School, science lab 204",
  d="INCIDENT FORM - WEAPON\n"
    "Reported by: Mr. Haskins, Gr. 11 chemistry\nTime: 12:35 PM\n"
    "What happened: Student took an 8-inch kitchen knife out of his backpack during lab and set it on "
    "the bench, said it was \"for after school.\"\n"
    "Description given to SSO before the student was named: 5'8, medium build, gray Jordan hoodie, "
    "black beanie, Nike slides with white socks, stud earrings in both ears.\n"
    "Action: knife taken by SSO, student to office, parent called.",
  x={"ethnicity": "Hispanic/Latino", "home_language": "Portuguese", "ell_status": "EL level 3",
     "address": {"street": "88 Saratoga St", "zip": "02128"}},
  mc=["kitchen knife"], mct=["gray Jordan hoodie", "8-inch kitchen knife", "Nike slides"],
  mnc=["Hispanic", "Portuguese", "EL level 3", "Saratoga", "02128"],
  cats=["ethnicity", "language", "neighborhood"], tags=["form", "structured_fields", "trap_brand"])

C(n="Isaiah Beckford", sch="DSA", gr=8, g="weapon", w="collapsible baton",
  loc="Dearborn STEM Academy, 2nd floor lockers",
  d="Student swung a collapsible baton at a locker during passing time and told a classmate \"you're "
    "next.\" SSO description before the stop: 5'5, stocky, white Nike Air Force 1s, black puffer, Red "
    "Sox cap. Identified as {F}. Baton recovered.",
  mc=["collapsible baton"], mct=["Red Sox cap", "white Nike Air Force 1s", "passing time"],
  mnc=[], cats=[], tags=["short", "clean", "color_clothing"])

C(n="Diego Marroquin", sch="CHS", gr=9, g="weapon", w="box cutter",
  loc="Charlestown High School, cafeteria breakfast line",
  d="At 8:20 AM {F} showed a box cutter to a student in the breakfast line and said he would cut him if "
    "he said anything about him again. Cafeteria staff described him as 5'6, thin, black Patriots "
    "beanie, olive green cargo jacket, acne on both cheeks. SSO Duffy found the box cutter in the "
    "jacket. Duffy noted in his write-up that {F} just came from Guatemala last year and does not have "
    "papers yet, and that the family is worried about that. The other student was not hurt.",
  mc=["box cutter"], mct=["black Patriots beanie", "olive green cargo jacket", "breakfast line"],
  mnc=["Guatemala", "have papers"], cats=["national_origin", "immigration_status"],
  tags=["witness", "immigration", "color_clothing"])

C(n="Marcus Delaney", sch="BCLA", gr=10, g="weapon", w="revolver",
  loc="Boston Community Leadership Academy, front entrance and 2nd floor bathroom",
  d="At 7:48 AM the front-entrance camera (camera 22) recorded a gray Honda Accord with a dented rear "
    "bumper and a missing hubcap stopping at the curb. A student got out of the rear passenger side "
    "and the car drove off toward the rotary. The student walked in wearing a gray Nike Tech hoodie, a "
    "black Nike backpack and red and white Jordan 1s, and the backpack hung low and heavy on one side. "
    "At 8:15 a student told Ms. Oyelaran that a boy in a gray Tech hoodie had shown a gun in the "
    "second-floor bathroom. Head of school Mr. Pruitt pulled the still from camera 22 at 7:48 and "
    "recognized him as {F}, whom he knows from the basketball team. No software was used; he "
    "recognized him by eye. {F} was removed from class by the SSO at 8:24 and a revolver (unloaded, no "
    "ammunition found) was recovered from the bottom of the backpack, wrapped in a T-shirt. The driver "
    "of the Honda has not been identified; the still shows a driver with a gray beard and a black knit "
    "cap.",
  mc=["revolver"], mct=["dented rear bumper", "recognized him", "gray beard"],
  mnc=[], cats=[], tags=["narrative", "camera_still", "clean", "human_recognition", "driver"])

C(n="Kiara Dunmore", sch="HEN", gr=7, g="weapon", w="knife",
  loc="Henderson K-12 Inclusion School, cafeteria",
  d="Lunch aide saw a short Black girl with a high ponytail and a pink Hello Kitty backpack pass a "
    "kitchen paring knife to a friend under the table. Aide knows her as {F}. Paring knife recovered "
    "from the backpack.",
  mc=["paring knife"], mct=["Hello Kitty backpack", "high ponytail"],
  mnc=["Black girl"], cats=["ethnicity"], tags=["short", "race_word"])

C(n="Samir Pettaway", sch="FEN", gr=10, g="weapon", w="knife",
  loc="Fenway High School, third-floor hallway",
  d="A 10th grader told Ms. Greene that a boy in the third-floor hallway showed him a knife at about "
    "10:05 and said \"don't walk past my locker again.\" He described the boy as tall, skinny, a thin "
    "mustache, a white kufi, a tan Canada Goose parka, and said he spoke with a heavy accent. Ms. "
    "Greene recognized the description and called the SSO, who found {F} at his locker (#318). A black "
    "folding knife with a clip was in the inside pocket of the parka. {F} said the other boy had been "
    "taking his food.",
  mc=["folding knife"], mct=["Canada Goose parka", "thin mustache", "#318"],
  mnc=["kufi", "accent"], cats=["religion", "language"],
  tags=["witness", "religious_dress", "accent", "trap_brand"])

C(n="Brianna Holloway", sch="BLA", gr=11, g="weapon", w="mace",
  loc="Boston Latin Academy, third-floor girls' room",
  d="Student sprayed mace in the third-floor girls' room at 1:30; two students coughing, seen by "
    "nurse. Witnesses: 5'6, French braid, gold hoops, navy Notre Dame Fighting Irish hoodie. AP "
    "identified her as {F}; keychain can of mace found in her bag.",
  mc=["mace"], mct=["French braid", "Fighting Irish hoodie", "third-floor girls' room"],
  mnc=[], cats=[], tags=["short", "clean", "trap_name"])

C(n="Liam Prescott", sch="MP", gr=11, g="weapon", w="hunting knife",
  loc="Madison Park, outside the auto shop",
  d="Shop teacher Mr. Vieira saw a student he didn't know cut the strap of another student's bag with a "
    "hunting knife outside the auto shop at 12:50 and then wave it at him. Description: 5'9, red hair, "
    "freckles, green Celtics jersey over a white long-sleeve, gray sweats. Mr. Vieira wrote that he "
    "was \"an Irish-looking kid.\" The SSO found {F} in the courtyard; the hunting knife (6-inch fixed "
    "blade in a leather sheath) was in his waistband.",
  mc=["hunting knife"], mct=["green Celtics jersey", "red hair", "leather sheath"],
  mnc=["Irish-looking"], cats=["ethnicity"], tags=["witness", "looked_phrase", "trap_name"])

C(n="Jamal Rutherford", sch="NM", gr=12, g="weapon", w="handgun",
  loc="New Mission High School, main entrance",
  d="Crossing guard Mr. Tobin saw {F} walk to a silver Nissan Altima idling across from the main "
    "entrance at 7:35 AM and take something small and heavy from the driver, which he put in his "
    "waistband. Tobin described the driver as an older Hispanic man with a gray goatee, a black Red Sox "
    "cap and a gold watch; partial plate 4KT. He told the SSO, who stopped {F} at the metal detector "
    "line; a small black handgun (unloaded, magazine in his sock) was recovered.",
  mc=["handgun"], mct=["silver Nissan Altima", "gray goatee", "4KT"],
  mnc=["Hispanic"], cats=["ethnicity"], tags=["driver", "race_word"])

C(n="DeShawn Pryor", sch="CASH", gr=10, g="weapon", w="brass knuckles",
  loc="Community Academy of Science and Health, 1st floor water fountain",
  d="Hall monitor saw {F} throw up the H-Block sign at two boys by the water fountain, then show brass "
    "knuckles on his right hand. Description: 5'11, black Champion hoodie, gray sweats, Nike slides. "
    "Brass knuckles recovered by SSO.",
  mc=["brass knuckles"], mct=["water fountain", "Champion hoodie"],
  mnc=["H-Block"], cats=["gang_affiliation"], tags=["short", "hand_sign"])

C(n="Kevin Lam", sch="JQ", gr=9, g="weapon", w="knife",
  loc="Josiah Quincy Upper School, room 306",
  d="WITNESS STATEMENT\nWitness: Ms. J. Kowalski, math, room 306\n"
    "What I saw: A student in the back row opened a folding knife under his desk and showed it to the "
    "boy next to him, then said \"after school, you'll see.\"\n"
    "Description of person:\n  Sex: M\n  Approx age: 15\n  Height/build: 5'6, slim\n  Race: Asian\n"
    "  Hair: black, bowl cut\n  Clothing: gray Uniqlo puffer, blue jeans, white Vans\n"
    "  Marks: mole on left cheek, clear retainer\n  Primary language: Vietnamese\n"
    "Identified as: {F} (my student)\nKnife turned over to SSO at 9:15.",
  mc=["folding knife"], mct=["mole on left cheek", "gray Uniqlo puffer", "room 306"],
  mnc=["Asian", "Vietnamese"], cats=["ethnicity", "language"], tags=["form", "race_word", "language"])

C(n="Andre Simmons", sch="JEB", gr=10, g="weapon", w="box cutter",
  loc="Jeremiah E. Burke High School, outside room 122",
  d="At about 2:15 PM Mr. Okonkwo heard shouting outside room 122 and stepped out to see a student he "
    "did not know holding an open box cutter at shoulder height toward a group of three boys. He told "
    "him to put it down; the student slid the blade back in and walked fast toward the back stairwell. "
    "Mr. Okonkwo's description to the SSO over the radio: about 5'9, medium build, a fresh fade with a "
    "line cut in on the right, a gray Nike Tech fleece zipped to the chin, black joggers, black and red "
    "Jordan 11s, and a tattoo on the back of his right hand. One of the three boys told Mr. Okonkwo "
    "afterward that the hand tattoo is the Castlegate crew mark and that the kid lives with his aunt on "
    "Intervale St. The SSO caught up with {F} at the back exit; he had a rose tattoo on his neck as well "
    "as the hand tattoo. The box cutter (orange, retractable, new blade) was in his front pocket. The "
    "three boys said they had never spoken to him before and had no idea why he came at them. Nobody "
    "was cut. Mother was called at 2:40.",
  mc=["box cutter"], mct=["line cut in on the right", "Jordan 11s", "rose tattoo on his neck"],
  mnc=["Castlegate", "Intervale"], cats=["gang_affiliation", "neighborhood"],
  tags=["narrative", "tattoo", "residence"])

C(n="Xavier Lindo", sch="BAA", gr=12, g="weapon", w="knife",
  loc="Boston Arts Academy, bus stop in front of the school",
  d="Two students described the boy who pulled a knife at the bus stop in front of the school: deep "
    "voice, spoke fast, about 17, tall, Bruins winter hat with a pom-pom, gray Nike backpack. SSO "
    "identified {F}; a steak knife was found in his backpack.",
  mc=["steak knife"], mct=["deep voice", "spoke fast", "Bruins winter hat"],
  mnc=[], cats=[], tags=["short", "clean", "voice"])

C(n="Wesley Bastien", sch="EHS", gr=11, g="weapon", w="knife",
  loc="English High School, boys' locker room",
  d="Gym teacher Mr. Rourke saw {F} take a folding knife from his sock in the locker room at 9:10 and "
    "point it at another student while yelling at him in Haitian Creole. Rourke described him to the "
    "SSO as 5'10, muscular, short twists with blond tips, wearing the gray gym shirt and black Under "
    "Armour shorts, with a Band-Aid on his chin. Knife (black, 3.5 inch blade) taken by SSO.",
  mc=["folding knife"], mct=["blond tips", "Under Armour shorts", "Band-Aid on his chin"],
  mnc=["Haitian", "Creole"], cats=["language"], tags=["witness", "language"])

C(n="Tyler Brennan", sch="CHS", gr=9, g="weapon", w="razor blade",
  loc="Charlestown High School, cafeteria",
  d="Lunch aide reports a boy in wire-rim glasses and a gray Boston Strong sweatshirt holding a razor "
    "blade to another student's arm; no cut. Aide knows him as {F}. Blade taken.",
  mc=["razor blade"], mct=["Boston Strong sweatshirt", "wire-rim glasses"],
  mnc=[], cats=[], tags=["short", "clean"])

C(n="Elijah Moody", sch="BHS", gr=11, g="weapon", w="handgun",
  loc="Brighton High School, back door and front bus stop",
  d="Two girls told Ms. Pratt that a boy at the back door showed a gun tucked in his waistband at 3:05 "
    "and said \"y'all gonna learn.\" They described him as dark-skinned and said he looked Somali; about "
    "6'1, very thin, gray Nike Tech fleece, black skully, scar on his chin. The SSO stopped {F} at the "
    "bus stop in front of the school at 3:12 and recovered a loaded 9mm handgun from his waistband.",
  mc=["handgun"], mct=["scar on his chin", "gray Nike Tech fleece", "black skully"],
  mnc=["dark-skinned", "Somali"], cats=["ethnicity"], tags=["skin_tone", "looked_phrase"])

C(n="Malik Osei", sch="TB", gr=9, g="weapon", w="knife",
  loc="TechBoston Academy, 3rd floor lockers",
  d="Student showed a knife at his locker and told a classmate to \"run your pockets.\" Description from "
    "the classmate: red and black Jordan 1s, Chicago Bulls jersey over a gray hoodie, black Nike "
    "backpack. AP identified {F}. Butterfly knife found in the backpack.",
  mc=["Butterfly knife"], mct=["Jordan 1s", "Chicago Bulls jersey"],
  mnc=[], cats=[], tags=["short", "clean", "color_clothing", "trap_brand"])

C(n="Nathan Greer", sch="BLA", gr=10, g="weapon", w="taser",
  loc="Boston Latin Academy, library stacks",
  d="A student came to the AP at 12:20 and said a boy zapped him on the arm with a taser in the library "
    "stacks. He said he gets picked on because he wears a yarmulke. He described the boy: 5'8, broad "
    "shoulders, a gray Under Armour quarter-zip, khaki pants, glasses with thick black frames, and a "
    "pencil behind his ear. The librarian confirmed {F} was in the stacks at that time. A handheld "
    "taser (black, rechargeable) was found in {F}'s backpack. The student had a small red mark on his "
    "forearm; the nurse saw him.",
  mc=["taser"], mct=["thick black frames", "library stacks", "quarter-zip"],
  mnc=["yarmulke"], cats=["religion"], tags=["witness", "religious_dress"])

C(n="Destiny Carrow", sch="MH", gr=8, g="weapon", w="pepper spray",
  loc="Mission Hill K-8, bus stop at the corner",
  d="At the 2:45 dismissal three 8th grade girls were at the bus stop on the corner. The crossing guard "
    "saw one of them spray pepper spray toward a sixth grader's face. Her notes on the three: (1) {F}: "
    "tallest, purple Nike puffer, gold hoop earrings, hair in a bun; she held the spray. (2) K.J.: "
    "glasses, gray sweatpants, carrying a skateboard. (3) T.R.: shortest, pink headphones, white Crocs. "
    "The guard added that all three are from Mission Main and walk home together. The sixth grader's "
    "eyes were rinsed by the school nurse; the spray (small red canister) was taken from {F}'s coat.",
  mc=["pepper spray"], mct=["purple Nike puffer", "skateboard", "white Crocs"],
  mnc=["Mission Main"], cats=["neighborhood"], tags=["multi_person", "residence"])

C(n="Jaylen Booker", sch="OG", gr=8, g="weapon", w="kitchen knife",
  loc="Orchard Gardens K-8 School, side door",
  d="At 8:05 AM the SSO at the Orchard Gardens K-8 side door saw {F} drop a kitchen knife from his "
    "sleeve while going through bag check, then pick it up and run back out toward the playground. "
    "Description sent to staff by radio: 5'4, thin, green Boston Celtics windbreaker, gray sweatpants, "
    "black Crocs with Jibbitz. He was found by the playground fence at 8:11 and gave up the knife "
    "(serrated, 7 inch). The SSO notes that {F} lives in the Lenox Street development with his "
    "grandmother.",
  mc=["kitchen knife"], mct=["Orchard Gardens K-8 side door", "Celtics windbreaker", "Jibbitz"],
  mnc=["Lenox Street"], cats=["neighborhood"], tags=["school_name_trap", "residence"])

C(n="Jonathan Mercier", sch="MP", gr=12, g="weapon", w="chef's knife",
  loc="Madison Park, culinary wing hallway by the loading dock",
  d="Statement of Ms. Farrah Quinlan, culinary instructor, written at 1:40 PM the same day.\n\n"
    "At about 12:55 I was setting up the demo station when I heard raised voices in the hallway by the "
    "loading dock. Four students were there. I knew two of them by sight. The first was a tall boy, "
    "maybe 6'2, heavy-set, with a gray Celtics cap turned backwards, a white T-shirt and a big gold "
    "watch; I later learned he is {F}. The second was a shorter boy, thin, in a green Champion hoodie "
    "with a hole in the left elbow and black-and-white checkered Vans. The third was a girl with a long "
    "French braid, a pink Canada Goose vest and a brace on her right wrist. The fourth boy had a limp "
    "and a neck tattoo of a rose, and wore a black Carhartt jacket. The tall boy took a chef's knife "
    "from my station's knife roll, which I had left open, and held it down by his leg while he argued "
    "with the boy in the green hoodie about money. He said \"run it or I'll run you through.\" I called "
    "the SSO on the radio. The girl pulled the boy in the green hoodie away and they left through the "
    "loading dock doors toward the parking lot. When the SSO arrived the tall boy put the knife on the "
    "counter. Nobody was cut. I want it noted that the knife roll will be locked from now on.",
  mc=["chef's knife"], mct=["gray Celtics cap", "brace on her right wrist", "loading dock"],
  mnc=[], cats=[], tags=["narrative", "multi_person", "clean", "trap_brand"])

C(n="Curtis Vaughn", sch="EXC", gr=11, g="weapon", w="knife",
  loc="Excel High School, hallway outside the weight room",
  d="Student pulled a small folding knife in the hallway outside the weight room and told a younger "
    "student to \"get out of here.\" SSO description at the time: slim, about 5'9, black North Face "
    "backpack, gray Essentials hoodie, burn scar on the back of his right hand. Knife recovered; "
    "student identified as {F}.",
  x={"religion": "Muslim", "gang_flag": "suspected member - Greenwood crew (SSO list)",
     "physical_description": {"height": "5'9", "build": "slim", "marks": "burn scar, right hand"}},
  mc=["folding knife"], mct=["burn scar", "Essentials hoodie", "weight room"],
  mnc=["Muslim", "Greenwood"], cats=["religion", "gang_affiliation"],
  tags=["structured_fields", "gang_record"])

C(n="Micah Sorensen", sch="KA", gr=10, g="weapon", w="box cutter",
  loc="Edward M. Kennedy Academy for Health Careers, 4th floor stairwell",
  d="Two students were in the 4th floor stairwell when the third pulled a box cutter: per the SSO's "
    "notes of the camera, 1) {F}, 5'7, stocky, bright orange beanie, black Nike Tech, the one with the "
    "box cutter; 2) a girl in a cream Sherpa jacket and Ugg boots, earbuds in; 3) a boy in a wheelchair "
    "whose backpack hangs off the handles. {F} held the box cutter toward the boy in the wheelchair "
    "and took his earbuds. SSO took the box cutter at 1:22; earbuds returned.",
  mc=["box cutter"], mct=["orange beanie", "cream Sherpa jacket", "wheelchair"],
  mnc=[], cats=[], tags=["multi_person", "lineup", "clean"])

# ---------------------------------------------------------------------------------------------
# B. serious_violence, allow
# ---------------------------------------------------------------------------------------------
C(n="Tavon Greenleaf", sch="JEB", gr=11, g="serious_violence",
  loc="Sidewalk across from the main entrance of Jeremiah E. Burke High School",
  d="At 3:10 PM a 10th grader (L.B.) was stabbed once in the left side of his back on the sidewalk "
    "across from the main entrance, about 15 minutes after dismissal. EMS took him to Boston Medical "
    "Center, where he had surgery for a collapsed lung. L.B. and two witnesses described the attacker "
    "before anyone named him: male, about 17, 5'9, slim, black puffer with a fur-trimmed hood, gray "
    "sweatpants, black slides over white socks, and a small birthmark under his right eye. He spoke "
    "with a thick accent. After the stabbing he ran toward the commuter rail stop. The assistant "
    "headmaster reviewed the front camera and recognized {F}, a current student, by his jacket and "
    "his walk. BPD located him that evening. L.B. said they had argued that morning about a girl. The "
    "knife has not been found.",
  mc=["stabbed"], mct=["collapsed lung", "birthmark under his right eye", "commuter rail stop"],
  mnc=["accent"], cats=["language"], tags=["narrative", "witness", "accent", "direction_of_travel"])

C(n="Adrian Kowal", sch="BHS", gr=10, g="serious_violence",
  loc="Brighton High School, courtyard",
  d="In the courtyard at 11:40 a student swung a U-shaped bike lock into the side of another student's "
    "head (N.C.), who fell and had a seizure; he was taken to St. Elizabeth's, needed 14 stitches and "
    "was kept overnight for a skull fracture. The courtyard aide described the attacker as a "
    "light-skinned Hispanic boy, about 5'10, stocky, with a gray Nike headband and a Cuban link chain, "
    "wearing a black Pacsun hoodie. She watched him walk into the building and the SSO stopped {F} at "
    "the cafeteria doors. The bike lock (yellow Kryptonite) was in his backpack with blood on it.",
  mc=["bike lock"], mct=["skull fracture", "gray Nike headband", "Kryptonite"],
  mnc=["light-skinned", "Hispanic"], cats=["ethnicity"],
  tags=["witness", "skin_tone", "race_word", "trap_name"])

C(n="Brendan Lusk", sch="SN", gr=12, g="serious_violence",
  loc="Snowden International School, stairwell by the auditorium",
  d="A 9th grade student told the counselor that an older boy sexually assaulted her in the stairwell "
    "near the auditorium at about 12:30 on the previous school day. She did not know his name and "
    "described him as tall, with acne on his forehead, a gray Nike hoodie with a bleach stain on the "
    "sleeve, and a strong cologne smell. The stairwell camera showed one student, {F}, entering and "
    "leaving at those times in a hoodie with the same stain. A student who knows him said he stays at "
    "the Cathedral development. The report was made to DCF and the student's family was notified.",
  mc=["sexually assaulted"], mct=["bleach stain on the sleeve", "auditorium"],
  mnc=["Cathedral"], cats=["neighborhood"], tags=["witness", "residence"])

C(n="Ryan Doucette", sch="EB", gr=11, g="serious_violence",
  loc="East Boston High School, C-wing stairwell",
  d="A fight in the C-wing stairwell at 10:20 left a 10th grader (P.H.) with a broken jaw; EMS took him "
    "to MGH and his jaw was wired. The stairwell camera shows four students: {F} (tallest, gray Red Sox "
    "hoodie, buzz cut), who threw the punches; a boy in a black Canada Goose jacket who filmed on his "
    "phone; a girl with a high bun and a pink backpack who ran for help; and a boy with a cast on his "
    "left arm. The teacher who responded wrote that the boy filming and the boy with the cast are "
    "Vietnamese and were arguing with P.H. in Vietnamese before it started.",
  mc=["broken jaw"], mct=["jaw was wired", "buzz cut", "cast on his left arm"],
  mnc=["Vietnamese"], cats=["ethnicity", "language"], tags=["multi_person", "lineup", "camera_still"])

C(n="Corey Madigan", sch="DSA", gr=9, g="serious_violence",
  loc="Dearborn STEM Academy, cafeteria",
  d="Student hit another student in the face with a padlock in a sock during lunch; the other student "
    "has a fractured orbital bone (Children's Hospital). Witnesses: stocky, bleached tips, Patriots "
    "hoodie. Identified as {F}.",
  mc=["padlock"], mct=["padlock in a sock", "orbital bone", "bleached tips"],
  mnc=[], cats=[], tags=["short", "clean"])

C(n="Kyle Ferreira", sch="BCLA", gr=11, g="serious_violence",
  loc="Boston Community Leadership Academy, student parking lot",
  d="SERIOUS INCIDENT REPORT\nType: assault with a weapon (glass bottle)\n"
    "Injured: 11th grade student, 9 stitches above the left eye, concussion\n"
    "Assailant description (from witness sheet):\n  Race: Caucasian\n  Nationality: Brazilian\n"
    "  Age: 16-17\n  Height: 5'11\n  Hair: curly brown, shoulder length\n"
    "  Clothing: navy Nautica windbreaker, light jeans, white Nike Cortez\n  Other: silver chain, lisp\n"
    "Identified as: {F}, by two teachers who know him\n"
    "Weapon: bottle broken over the injured student's head in the parking lot",
  mc=["glass bottle"], mct=["9 stitches", "Nautica windbreaker", "lisp"],
  mnc=["Caucasian", "Brazilian"], cats=["ethnicity", "national_origin"],
  tags=["form", "race_word", "nationality", "voice"])

C(n="Trevor Hanlon", sch="OB", gr=9, g="serious_violence",
  loc="O'Bryant, 2nd floor hallway",
  d="During passing time at 1:05 a student slashed a 9th grader (H.S.) across the cheek with a razor, "
    "leaving a 4 cm cut that needed plastic surgery at Children's. H.S. is Sikh and wears a turban, and "
    "other students had been making comments about it. H.S. and a teacher described the attacker: 5'7, "
    "thin, gray Nike Tech, a chipped front tooth, and a black Apple Watch. The SSO found {F} in the "
    "second-floor boys' room with a razor blade in his pocket.",
  mc=["razor"], mct=["4 cm cut", "chipped front tooth", "Apple Watch"],
  mnc=["Sikh", "turban"], cats=["religion"], tags=["witness", "religious_dress"])

C(n="Devin Ashworth", sch="EHS", gr=10, g="serious_violence",
  loc="English High School, front steps",
  d="After dismissal a group of students attacked a 10th grader (R.O.) at the bottom of the front "
    "steps; one of them hit him with an aluminum baseball bat and he has a fractured forearm and a head "
    "wound. The AP's notes of the camera review: the one with the bat is {F}, in a blue New England "
    "Patriots hoodie and gray joggers. Two others were in all blue with blue bandanas, which the SSO "
    "says is the color of the Greenwood crew. A fourth boy in a tan Timberland jacket stood apart and "
    "did not join in. {F} dropped the bat by the bike rack.",
  mc=["baseball bat"], mct=["blue New England Patriots hoodie", "fractured forearm", "bike rack"],
  mnc=["Greenwood"], cats=["gang_affiliation"], tags=["multi_person", "gang_colors", "color_clothing"])

C(n="Eric Santangelo", sch="MP", gr=9, g="serious_violence",
  loc="MBTA bus stop on the school side of the street, Madison Park",
  d="At 2:55 PM, at the MBTA bus stop on the school side of the street, three people beat a 9th grader "
    "(A.K.) until he was unconscious; he was taken by ambulance to Boston Medical Center with a brain "
    "bleed and is still admitted. The bus stop camera that faces the school and the two teachers on bus "
    "duty give these descriptions. First: a student, {F}, whom both teachers know, 5'11, heavy, maroon "
    "school hoodie, black Timberland boots; he kicked A.K. in the head while he was on the ground. "
    "Second: an adult man, about 25, with a shaved head, a gray Carhartt jacket and a full sleeve "
    "tattoo of clouds on his left arm; one teacher wrote that he looked Middle Eastern. Third: a young "
    "woman, 18-20, long straight hair dyed red at the ends, white puffer, black leggings, who held "
    "A.K.'s backpack. The man and the woman got into a white Toyota Sienna minivan with a cracked "
    "windshield and drove off. The teacher added that the man is from the projects on Annunciation "
    "Road. {F} walked back into the school and was held in the office by the SSO until BPD arrived at "
    "3:20.",
  mc=["unconscious"], mct=["brain bleed", "cracked windshield", "sleeve tattoo of clouds"],
  mnc=["Middle Eastern", "Annunciation Road"], cats=["ethnicity", "neighborhood"],
  tags=["narrative", "multi_person", "adults", "looked_phrase", "residence"])

C(n="Austin Keller", sch="HEN", gr=11, g="serious_violence",
  loc="Henderson K-12 Inclusion School, room 214",
  d="Student hit a teacher with a metal chair leg in room 214; the teacher's wrist is fractured in two "
    "places. Student described by the aide: 6'2, heavy, thin mustache, gray Celtics hoodie. Identified "
    "as {F}.",
  mc=["chair leg"], mct=["metal chair leg", "wrist is fractured", "thin mustache"],
  mnc=[], cats=[], tags=["short", "clean"])

C(n="Brandon Tavares", sch="EB", gr=12, g="serious_violence",
  loc="East Boston High School, staff parking lot",
  d="At 7:40 AM a student driving a gray Honda Civic with a dented front bumper and a Red Sox sticker "
    "on the back window drove at a group of students in the staff lot after an argument and struck a "
    "10th grader (M.S.), who has a broken pelvis. The lot attendant's description: driver about 17, "
    "5'10, thin, backwards black Yankees cap, gray hoodie, silver hoop in the left ear; plate 7GJ 418. "
    "The car is registered to the family of {F}, who came in at 8:30 in the same cap. His mother, who "
    "speaks only Portuguese, came to the office at 9 with a cousin to interpret.",
  mc=["broken pelvis"], mct=["broken pelvis", "dented front bumper", "7GJ 418"],
  mnc=["Portuguese", "interpret"], cats=["language"], tags=["driver", "language", "vehicle"])

C(n="Yesenia Duarte", sch="MMA", gr=10, g="serious_violence",
  loc="Margarita Muñiz Academy, 2nd floor hallway",
  d="A girl stabbed a classmate in the shoulder with scissors in the 2nd floor hall; the wound needed 6 "
    "stitches at the ER. Teacher: 5'2, Latina, long curly hair in a claw clip, green Nike Tech set. "
    "Identified as {F}.",
  mc=["scissors"], mct=["claw clip", "6 stitches"],
  mnc=["Latina"], cats=["ethnicity"], tags=["short", "race_word"])

C(n="Quentin Sayles", sch="NM", gr=12, g="serious_violence",
  loc="New Mission High School, senior parking lot",
  d="At 12:20 PM a 12th grader (C.M.) was hit twice in the head with a claw hammer in the senior "
    "parking lot and has a depressed skull fracture; he is in the ICU at Boston Medical Center. The lot "
    "camera (camera 31) shows the attacker get out of the passenger side of a dark blue Ford Fusion "
    "with a loud muffler and a temporary plate, walk straight to C.M.'s car and swing. In still 1 he "
    "wears a black hoodie with a white Nike swoosh, gray sweatpants and white and green Nike Dunks; he "
    "is about 5'8 with a thin build. Still 2 shows his left hand clearly: three dots tattooed between "
    "the thumb and index finger. The SSO wrote that the three dots are how the NOB crew marks its "
    "members. Coach Greer, who has coached {F} for two years, looked at still 2 and recognized him by "
    "his walk and his sneakers, which he wears every day. No software was used. The Fusion left the lot "
    "toward the highway on-ramp with the driver, a heavy man in a Bruins jersey, still at the wheel. "
    "{F} did not come to school the next day.",
  mc=["claw hammer"], mct=["claw hammer", "depressed skull fracture", "Nike Dunks"],
  mnc=["NOB crew"], cats=["gang_affiliation"],
  tags=["narrative", "camera_still", "tattoo", "human_recognition", "driver"])

C(n="Owen Batchelder", sch="FEN", gr=10, g="serious_violence",
  loc="Fenway High School, 1st floor hallway",
  d="Student stabbed another in the thigh with a screwdriver; the victim was taken to Beth Israel with "
    "a nicked artery. Witness description: 5'6, round glasses, Spider-Man backpack, limp from a soccer "
    "injury. Identified: {F}.",
  mc=["screwdriver"], mct=["screwdriver", "Spider-Man backpack", "nicked artery"],
  mnc=[], cats=[], tags=["short", "clean"])

# ---------------------------------------------------------------------------------------------
# C. credible_threat, allow (threat_statement present)
# ---------------------------------------------------------------------------------------------
C(n="Aaliyah Brooks", sch="MH", gr=7, g="credible_threat",
  t="An adult man at the recess fence told {F} (grade 7) \"tell your brother I'm coming back with the "
    "strap and I'll start with you,\" then lifted his jacket to show what staff believe was the handle "
    "of a gun. He has come to the fence three times this week and called her by name.",
  loc="Mission Hill K-8, playground fence by the basketball court",
  d="Recess aide Ms. Doherty's account: At 12:10 an adult man came up to the playground fence on the "
    "side by the basketball court and called {F} over by name. He is a white male about 40, heavy-set, "
    "about 5'11, with a scruffy brown beard, a missing front tooth, a black Bruins knit hat, a tan "
    "Carhartt jacket with paint on the sleeves, and work boots. He talked fast and was sweating. He told "
    "her to tell her brother he was coming back \"with the strap.\" After he said it he lifted the front "
    "of his jacket and Ms. Doherty saw a black handle in his waistband. He walked off toward the Forest "
    "Hills T station. {F} told Ms. Doherty he is a friend of her older brother's and that he came to "
    "the fence on Monday and Wednesday too. She was walked to the office and her mother picked her up "
    "at 12:45.",
  mc=["playground fence"], mct=["missing front tooth", "Bruins knit hat", "Forest Hills T station"],
  mnc=["white male"], cats=["ethnicity"], tags=["narrative", "adult_at_fence", "race_word"])

C(n="Nasir Coleman", sch="DSA", gr=10, g="credible_threat",
  t="{F} wrote in a class group chat that he will \"pull up tomorrow and spray the back lot\" at "
    "dismissal, and posted a photo of a handgun on his bed.",
  loc="Dearborn STEM Academy (online group chat)",
  d="Screenshot brought in by a student at 7:50 AM shows {F} writing in the group chat that he will "
    "\"pull up tomorrow and spray the back lot.\" The student described him as the boy who lives in "
    "Orchard Gardens, with the green Nike Tech and the chipped tooth. AP confirmed the account is "
    "{F}'s.",
  mc=["spray the back lot"], mct=["group chat", "chipped tooth"],
  mnc=["Orchard Gardens"], cats=["neighborhood"], tags=["short", "residence"])

C(n="Leah Martinez", sch="BCLA", gr=11, g="credible_threat",
  t="The student's ex-boyfriend, 19, messaged her last night that he would wait for her at school and "
    "\"put her in the ground\"; he has hit her before and she says he owns a gun.",
  loc="Boston Community Leadership Academy, front entrance",
  d="BE ON THE LOOKOUT - from SSO Martell, 7:30 AM\n"
    "Who: adult male, 19, ex-boyfriend of {F}\nHeight/build: 5'8, thin\n"
    "Face: star tattoo under the left eye, thin goatee\n"
    "Usually wears: black Canada Goose parka, gray sweats, Timberland boots\n"
    "Vehicle: black Jeep Cherokee, tinted windows, MA plate starting 2ZX\n"
    "Background: he is Puerto Rican and mostly speaks Spanish\n"
    "Why: last night he messaged {F} that he would wait for her at school and \"put her in the ground\"\n"
    "If seen: do not approach; call SSO on channel 2 and keep {F} inside.",
  mc=["put her in the ground"], mct=["star tattoo under the left eye", "black Jeep Cherokee",
                                     "Canada Goose parka"],
  mnc=["Puerto Rican", "Spanish"], cats=["ethnicity", "language"],
  tags=["form", "bolo", "adult", "trap_brand"])

C(n="Omar Haddad", sch="TB", gr=10, g="credible_threat",
  t="{F} told his counselor he would \"bring my uncle's gun and end it for them,\" naming three 10th "
    "grade boys; he says his uncle keeps a handgun in a shoebox and he knows where.",
  loc="TechBoston Academy, counseling office",
  d="THREAT ASSESSMENT - initial screen\nStudent: {F}\nReported by: counselor Ms. Ibe, 1:15 PM\n"
    "Statement made: \"I'm going to bring my uncle's gun and end it for them\"\n"
    "Targets named: three 10th grade boys (initials on file)\n"
    "Access to weapon: says his uncle keeps a handgun in a shoebox\n"
    "Context: student is Muslim and says the boys keep knocking off his prayer cap\n"
    "Student description for staff: 5'7, slim, glasses, gray Patagonia fleece, blue JanSport backpack\n"
    "Plan: student kept in the office with the counselor; family called.",
  mc=["uncle's gun"], mct=["shoebox", "gray Patagonia fleece", "three 10th grade boys"],
  mnc=["Muslim", "prayer cap"], cats=["religion"], tags=["form", "religious_dress", "trap_brand"])

C(n="Gavin Moriarty", sch="BLA", gr=11, g="credible_threat",
  t="{F} posted a photo of a rifle on his story with the caption \"BLA tomorrow 10am\" and told a "
    "friend he meant it.",
  loc="Boston Latin Academy (social media post)",
  d="A friend showed the AP the post with a photo of a rifle at 7:50 AM. Description given to the SSO "
    "at the door: 6'1, thin, curly blond hair, black North Face backpack, gray Nike Dunks. {F} was "
    "stopped at the door; the post was confirmed.",
  mc=["photo of a rifle"], mct=["curly blond hair", "gray Nike Dunks", "North Face backpack"],
  mnc=[], cats=[], tags=["short", "clean"])

C(n="Rasheed Lyle", sch="CASH", gr=11, g="credible_threat",
  t="{F} told two students he is with the Big Head Boys and that they are \"going to shoot up the bus "
    "stop Friday\" after school; he repeated it to the AP.",
  loc="Community Academy of Science and Health, 2nd floor lockers",
  d="Ms. Alcantara heard {F} tell two boys at the lockers that he is with the Big Head Boys and that "
    "they are going to shoot up the bus stop Friday after school. She described him as 5'10, thin, a "
    "fresh taper, a black Nike Tech, and a diamond stud in each ear. He repeated it to the AP later.",
  mc=["shoot up the bus stop"], mct=["fresh taper", "diamond stud"],
  mnc=["Big Head Boys"], cats=["gang_affiliation"], tags=["gang_claim"])

C(n="Leila Moreno", sch="SN", gr=9, g="credible_threat",
  t="A man who follows {F} from the bus stop told her yesterday he would \"cut her face\" if she talked "
    "to his girlfriend again; he has followed her four days in a row.",
  loc="Snowden International School, route from the bus stop to the front door",
  d="{F} told the counselor that a man follows her from the bus stop to the school door. She describes "
    "him: late 20s, 5'9, stocky, shaved head, a gray hoodie that says \"Everlast,\" a burn scar on his "
    "neck and a black backpack. Yesterday he told her he would cut her face. {F} also said he is "
    "undocumented and thinks nobody can touch him.",
  mc=["cut her face"], mct=["Everlast", "burn scar on his neck", "shaved head"],
  mnc=["undocumented"], cats=["immigration_status"], tags=["adult", "immigration"])

C(n="Cameron Pike", sch="BHS", gr=10, g="credible_threat",
  t="A caller from a blocked number told the main office \"there's a bomb in the gym, I'll set it off at "
    "noon\"; the voice and stutter were recognized as {F}'s.",
  loc="Brighton High School, main office phone",
  d="Office secretary took the call at 9:12; the caller said there was a bomb in the gym. Young male, "
    "deep voice, spoke fast, stuttered on 'gym'. The secretary recognized the stutter; the AP confirmed "
    "{F} was out of class at 9:10 with his phone. Gym cleared.",
  mc=["bomb in the gym"], mct=["deep voice", "stuttered"],
  mnc=[], cats=[], tags=["short", "clean", "voice"])

C(n="Imani Rowe", sch="EXC", gr=10, g="credible_threat",
  t="The former partner of {F}'s mother, who is under a restraining order, showed {F} a knife at the "
    "bus stop and said he would \"come into that school and get her\" before the order hearing.",
  loc="Excel High School, bus stop at the front of the building",
  d="{F} came to the front office at 7:25 AM crying. She said that at the bus stop in front of the "
    "school her mother's ex-partner walked up behind her, opened his coat so she could see a knife in "
    "a sheath on his belt, and said he would come into the school and get her before the court date. "
    "There is a restraining order against him; the mother faxed a copy to the school in January. "
    "Description for the SSO and front desk, from {F} and her mother by phone: adult male, 45, about "
    "6'0, heavy, gray hair in a short ponytail, reading glasses pushed up on his head, a black leather "
    "jacket, jeans and brown work boots. He drives a maroon Chevy Malibu with a spare donut on the rear "
    "driver's side and a cracked taillight. He lives at 45 Wendell St in Mattapan, and the mother "
    "believes he sleeps in the car some nights. He walked away toward the convenience store on the "
    "corner. The SSO and the AP walked {F} to class; the front door is on lockdown protocol for visitors "
    "until further notice and his photo from the mother is at the desk.",
  mc=["restraining order"], mct=["spare donut", "maroon Chevy Malibu", "short ponytail"],
  mnc=["Wendell St", "Mattapan"], cats=["neighborhood"], tags=["narrative", "adult", "vehicle", "residence"])

C(n="Ethan Cho", sch="JQ", gr=8, g="credible_threat",
  t="A man parked outside the school told {F} \"you're dead tomorrow, I'll be waiting right here\" after "
    "{F}'s fight with his son, and said he had something in the glove box for him.",
  loc="Josiah Quincy Upper School, curb outside the side entrance",
  d="At 3:00 PM a man sitting in a parked black Toyota Camry with a roof rack called {F} over to the "
    "car, said he was the father of the boy {F} fought with on Tuesday, and told him \"you're dead "
    "tomorrow.\" He tapped the glove box and said he had something in there for him. {F} describes him "
    "as around 50, bald, a salt-and-pepper beard, a gray suit jacket, and gold-rimmed glasses. The "
    "crossing guard said he looked Arab and yelled something in Arabic when she waved him off the "
    "curb. He drove off toward the expressway.",
  mc=["you're dead tomorrow"], mct=["roof rack", "salt-and-pepper beard", "gold-rimmed glasses"],
  mnc=["Arab", "Arabic"], cats=["ethnicity", "language"], tags=["adult", "driver", "looked_phrase"])

C(n="Marcus Yee", sch="OB", gr=11, g="credible_threat",
  t="{F} told three students on the bleachers he would \"bring the Glock Monday and clear out the bio "
    "lab,\" and described which door he would come in through.",
  loc="O'Bryant gymnasium bleachers",
  d="Gym teacher's notes on the four students on the bleachers at 1:40:\n"
    "- {F}: tall, thin, gray Adidas track pants, white Jordan 4s, black rubber bracelet; the one who "
    "said he would bring the Glock and clear out the bio lab.\n"
    "- J.W.: Red Sox cap, acne.\n"
    "- T.N.: girl, purple hair, nose ring.\n"
    "- E.L.: a Chinese boy with round glasses and a green Stussy hoodie.\n"
    "All four were sent to the AP; J.W. and T.N. confirmed what {F} said.",
  mc=["bio lab"], mct=["purple hair", "white Jordan 4s", "round glasses"],
  mnc=["Chinese"], cats=["ethnicity"], tags=["multi_person", "race_word", "trap_brand"])

C(n="Fatoumata Diallo", sch="BINA", gr=10, g="credible_threat",
  t="A man on the 3:05 bus grabbed {F}'s wrist and said he would \"break her neck\" if she spoke to his "
    "cousin again; he has ridden the same bus twice since.",
  loc="MBTA bus 2217, stop outside Boston International Newcomers Academy",
  d="The bus camera still (bus 2217, 3:05 PM) shows the man who got on behind {F} and sat next to her: "
    "about 30, thin, dark green army jacket, gray beanie, a scar across the bridge of his nose, "
    "carrying a black duffel bag. She says he told her he would \"break her neck\" if she spoke to his "
    "cousin again and held her wrist until she cried. The counselor notes that {F}'s family is seeking "
    "asylum and is afraid to call the police themselves.",
  mc=["break her neck"], mct=["bus 2217", "scar across the bridge of his nose", "army jacket"],
  mnc=["asylum"], cats=["immigration_status"], tags=["camera_still", "immigration", "school_name_trap"])

C(n="Kayla Desir", sch="JEB", gr=9, g="credible_threat",
  t="{F} told a classmate twice that she will bring her brother's gun and \"shoot her in the face\" "
    "after school.",
  loc="Jeremiah E. Burke High School, room 210",
  d="Teacher's note: the girl who said she would shoot her in the face is Haitian, 5'5, short pressed "
    "hair, gray Nike Tech, long pink acrylic nails. Identified as {F}.",
  mc=["shoot her in the face"], mct=["acrylic nails", "pressed hair"],
  mnc=["Haitian"], cats=["ethnicity"], tags=["short", "race_word"])

C(n="Shane Corbett", sch="EHS", gr=11, g="credible_threat",
  t="{F} said he would \"stab Mr. Alves in the neck\" if he got another detention and showed a folding "
    "knife in his bag to a classmate.",
  loc="English High School, room 305",
  d="A classmate reported that {F} said he'd stab Mr. Alves in the neck and showed a folding knife in "
    "his bag. Description given before naming him: wears a straw Panama hat indoors, a denim jacket "
    "over denim jeans (\"a Canadian tuxedo\"), a Columbia backpack, lip ring. The dean identified {F}.",
  mc=["Mr. Alves"], mct=["Panama hat", "Canadian tuxedo", "Columbia backpack"],
  mnc=[], cats=[], tags=["clean", "trap_name"])

C(n="Logan Ferris", sch="MP", gr=10, g="credible_threat",
  t="{F} left a note in the shared locker of a student he had argued with: \"3rd period Thursday, "
    "you and your friends, I'm bringing it,\" with a drawing of a gun; he told the locker owner in "
    "person the next day that the note was real.",
  loc="Madison Park, B-wing lockers",
  d="Summary from AP Cardoso after reviewing the B-wing hallway camera and talking to three students. "
    "The note was found at 8:10 AM by the locker owner (T.G.) and his two friends. The camera shows "
    "three people at that locker bank between 7:20 and 7:40. The first is a custodian, Mr. Beale, "
    "emptying trash. The second is a girl with a gray beanie and a cast on her left wrist, who opened "
    "the locker next to it and left. The third is {F}: about 5'9, stocky, a red Nike windbreaker, black "
    "cargo pants, white Reebok Classics and a Star of David pendant on a long chain, who stands at T.G.'s "
    "locker for about a minute and pushes something through the vent. T.G. says {F} told him in the "
    "cafeteria the next day, \"that note was real, I'm bringing it Thursday.\" {F}'s handwriting on a "
    "recent quiz matches the note. The note reads \"3rd period Thursday, you and your friends, I'm "
    "bringing it\" and has a drawing of a gun.",
  mc=["I'm bringing it"], mct=["red Nike windbreaker", "Reebok Classics", "pushes something through the vent"],
  mnc=["Star of David"], cats=["religion"], tags=["narrative", "camera_still", "multi_person"])

C(n="Bianca Ruiz", sch="KA", gr=11, g="credible_threat",
  t="The driver who picks up another student told {F} at the curb \"I know where you sit, I'll run you "
    "over\" and revved toward her; he has done it two days in a row.",
  loc="Edward M. Kennedy Academy for Health Careers, pickup curb",
  d="Pickup monitor's notes: the driver is a man in his 20s, thin, a neck tattoo of a clock, a black "
    "Yankees fitted cap, driving a white Nissan Sentra with a dented passenger door and a temporary "
    "plate. He told {F} \"I'll run you over\" and revved toward her. The monitor wrote that the student "
    "he picks up told her the man was born in Honduras. He turned left out of the lot both days.",
  mc=["run you over"], mct=["neck tattoo of a clock", "dented passenger door", "white Nissan Sentra"],
  mnc=["Honduras"], cats=["national_origin"], tags=["driver", "adult", "vehicle"])

C(n="Jordan Whitlock", sch="FEN", gr=12, g="credible_threat",
  t="{F} wrote \"everybody in room 112 dies Friday\" on a desk and told two students he has bullets at "
    "home.",
  loc="Fenway High School, room 112 and the 1st floor stairwell",
  d="Who was in the 1st floor stairwell by room 112 before first period, from Mr. Batista (on door "
    "duty):\n1) {F} - 6'3, heavy, gray Russell sweatshirt, black Jordan slides with socks, carries a "
    "guitar case.\n2) A girl with a red French braid and a yellow raincoat.\n3) A boy on crutches with "
    "a boot on his right foot.\nOnly {F} went into room 112, where the desk said \"everybody in room "
    "112 dies Friday.\" Two students say he told them he has bullets at home.",
  mc=["dies Friday"], mct=["guitar case", "red French braid", "crutches"],
  mnc=[], cats=[], tags=["multi_person", "lineup", "clean", "trap_name"])

# ---------------------------------------------------------------------------------------------
# D. drugs (at least one non-excluded substance), allow
# ---------------------------------------------------------------------------------------------
C(n="Jasmine Ocasio", sch="EXC", gr=11, g="drugs", s=["counterfeit oxycodone (M30)", "fentanyl"],
  loc="Excel High School, room 210",
  d="A teacher saw a girl in the back of room 210 shake blue pills stamped M30 out of an Advil bottle "
    "and hand two to another student. Her description: 5'4, acne, light brown skin, gray Champion "
    "hoodie, Jordan slides with fuzzy socks, a claw clip. The AP identified {F}. Eleven pills were in "
    "the bottle; the nurse believes they are counterfeit oxycodone and may contain fentanyl.",
  mc=["M30"], mct=["Advil bottle", "Jordan slides", "room 210"],
  mnc=["light brown skin"], cats=["ethnicity"], tags=["pills", "skin_tone", "trap_brand"])

C(n="Tyler Mack", sch="TB", gr=10, g="drugs", s=["alprazolam (Xanax)"],
  loc="TechBoston Academy, back stairwell",
  d="Hall monitor saw a student selling white bars from a sandwich bag in the back stairwell at 11:30. "
    "Her description: 5'8, thin, gray sweatpants, a black Nike Tech with the left sleeve torn, a Bruins "
    "hat, and a scab on his lip. SSO found {F} with 14 Xanax bars in the bag. The monitor added that he "
    "lives in Mission Hill with his cousins.",
  mc=["Xanax"], mct=["sandwich bag", "left sleeve torn", "scab on his lip"],
  mnc=["Mission Hill"], cats=["neighborhood"], tags=["pills", "residence"])

C(n="Luis Andrade", sch="BHS", gr=11, g="drugs", s=["cocaine"],
  loc="Brighton High School, fence by the athletic field",
  d="At 12:40 Coach Amato saw an adult man at the athletic field fence pass small baggies of white "
    "powder through the chain link to {F}, who handed him cash. The man: about 35, short, a paunch, a "
    "shiny black tracksuit, white Nike Cortez, a thick gold rope chain; the coach wrote \"a Honduran "
    "guy, I think.\" He walked off along the fence toward the parking garage. {F} had three baggies of "
    "cocaine in his sock when the SSO searched him with the AP present.",
  mc=["cocaine"], mct=["rope chain", "shiny black tracksuit", "parking garage"],
  mnc=["Honduran"], cats=["ethnicity"], tags=["adult_at_fence", "race_word"])

C(n="Kaitlyn Dorsey", sch="CHS", gr=12, g="drugs", s=["oxycodone", "THC vape"],
  loc="Charlestown High School, girls' locker room",
  d="Gym teacher found {F} in the locker room with a THC vape and a prescription bottle with someone "
    "else's name on it holding 9 oxycodone tablets. Earlier, a student had described the girl handing "
    "out pills as: tall, blonde high ponytail, black Lululemon leggings, a white Stanley cup with "
    "stickers.",
  mc=["oxycodone"], mct=["someone else's name", "Lululemon leggings", "Stanley cup"],
  mnc=[], cats=[], tags=["pills", "clean", "mixed_substances"])

C(n="Jared Espinal", sch="FEN", gr=11, g="drugs", s=["MDMA"],
  loc="Fenway High School, front steps",
  d="DRUG INCIDENT FORM\nSubstance: MDMA (pink pressed pills, 6, in a mint tin)\n"
    "Found on: {F}\nHow: teacher saw him giving pills to two students on the front steps at 8:15 AM\n"
    "Teacher's description before naming: 5'10, thin, bleached buzz cut, white Essentials hoodie, "
    "black cargo pants, a gap between his front teeth\n"
    "Primary language: Spanish (interpreter needed for the parent call)\n"
    "Parent contact: mother, called 9:30 AM",
  mc=["MDMA"], mct=["mint tin", "bleached buzz cut", "gap between his front teeth"],
  mnc=["Spanish", "interpreter"], cats=["language"], tags=["form", "pills", "language"])

C(n="Sienna Park", sch="BAA", gr=10, g="drugs", s=["psilocybin mushrooms"],
  loc="Boston Arts Academy, dance studio",
  d="Dance teacher saw a girl in a tie-dye Grateful Dead shirt and green Crocs share a bag of dried "
    "mushrooms in the studio at 2:00. Identified as {F}; bag of psilocybin mushrooms in her tote.",
  mc=["mushrooms"], mct=["Grateful Dead shirt", "green Crocs"],
  mnc=[], cats=[], tags=["short", "clean"])

C(n="Paulo Mendes", sch="EB", gr=10, g="drugs", s=["fentanyl"],
  loc="East Boston High School, side door by the gym",
  d="At 1:25 PM a staff member saw a boy open the gym side door for an adult who handed him a folded "
    "lottery ticket and left. The adult was about 30, gaunt, a black North Face with the logo peeled "
    "off, gray sweats, sores on his hands; when the staff member yelled he yelled back in Portuguese and "
    "ran down the alley behind the gym. The boy was identified as {F} by the gym teacher. The lottery "
    "ticket held a powder that field-tested positive for fentanyl.",
  mc=["fentanyl"], mct=["lottery ticket", "logo peeled off", "alley behind the gym"],
  mnc=["Portuguese"], cats=["language"], tags=["adult", "language", "direction_of_travel"])

C(n="Tremaine Hollis", sch="JEB", gr=12, g="drugs", s=["Percocet (not prescribed)"],
  loc="Jeremiah E. Burke High School, cafeteria",
  d="Cafeteria aide saw {F} sell pills from an Altoids tin at 11:20. Description: 6'0, slim, gray Nike "
    "Tech, diamond earrings, a tattoo of a five-point crown on his forearm, which the SSO says marks the "
    "Latin Kings. Tin held 12 Percocet, not prescribed to him.",
  mc=["Percocet"], mct=["Altoids tin", "diamond earrings"],
  mnc=["Latin Kings"], cats=["gang_affiliation"], tags=["pills", "tattoo"])

C(n="Colin Sheehan", sch="CASH", gr=11, g="drugs", s=["methamphetamine"],
  loc="Community Academy of Science and Health, 3rd floor bathroom",
  d="A student reported someone smoking from a glass pipe in the 3rd floor bathroom. She described "
    "him: very thin, pale, twitchy, a black Metallica T-shirt, torn jeans, an eyebrow ring and a cold "
    "sore. SSO found {F} with a glass pipe and a baggie of crystal that tested as methamphetamine.",
  mc=["methamphetamine"], mct=["glass pipe", "Metallica T-shirt", "eyebrow ring"],
  mnc=[], cats=[], tags=["clean"])

C(n="Aaron Feldman", sch="BLA", gr=11, g="drugs", s=["LSD"],
  loc="Boston Latin Academy, 3rd floor library",
  d="Librarian saw a student tear small squares off a sheet of blotter paper and hand them to two "
    "others at a library table. She described him as 5'9, thin, curly brown hair, a navy kippah, a "
    "Bruins quarter-zip and AirPods Max. SSO found a sheet of LSD blotter in {F}'s planner.",
  mc=["LSD"], mct=["blotter paper", "Bruins quarter-zip", "AirPods Max"],
  mnc=["kippah"], cats=["religion"], tags=["religious_dress"])

C(n="Jayden Pina", sch="DSA", gr=12, g="drugs", s=["heroin"],
  loc="Dearborn STEM Academy, student drop-off curb",
  d="The SSO watched a gray Toyota Corolla with a dented rear bumper and a Patriots license plate frame "
    "stop at the drop-off curb at 7:30 AM. The driver, a man about 40 with a long gray ponytail, handed "
    "{F} a small paper bag through the window. The SSO asked {F} for the bag, which held glassine "
    "packets stamped with a red star, tested as heroin. {F} said the driver lives above the bodega on "
    "Bowdoin St. The Corolla left toward the highway.",
  mc=["heroin"], mct=["Patriots license plate frame", "long gray ponytail", "red star"],
  mnc=["Bowdoin"], cats=["neighborhood"], tags=["driver", "vehicle", "residence"])

C(n="Noah Whitman", sch="OB", gr=10, g="drugs", s=["Adderall (not prescribed)"],
  loc="O'Bryant, testing room",
  d="Proctor saw a boy in a gray Harvard sweatshirt and round tortoiseshell glasses selling orange "
    "pills in the testing room. Identified as {F}; 10 Adderall tablets not prescribed to him.",
  mc=["Adderall"], mct=["Harvard sweatshirt", "tortoiseshell glasses"],
  mnc=[], cats=[], tags=["short", "clean", "pills"])

C(n="Darius Cole", sch="MP", gr=11, g="drugs", s=["crack cocaine"],
  loc="Madison Park, bleachers by the football field",
  d="Narrative by SSO Harkins, 4:15 PM.\n\nAt 2:40 PM, during last period, Mr. Kiley called me from the "
    "football field and said three people were under the bleachers. When I got there two adult males "
    "were walking away fast toward the bike path and a student was still under the bleachers. The "
    "student was {F}: 5'10, medium build, a red Nike windbreaker, black joggers, white Air Force 1s "
    "with red laces, and a white durable medical boot on his left foot from a recent injury. He had "
    "a clear sandwich bag with 11 small rocks in it, which tested positive for crack cocaine, and $240 "
    "in small bills. The two adults: the first about 30, tall, dreadlocks tied up, a camouflage "
    "jacket and a black backpack; the second about 25, short, heavy, a white tank top, gold front "
    "teeth, and a scar down his right forearm. Mr. Kiley said the two older guys are Jamaican and "
    "come by the field most afternoons. {F} said he was holding the bag for the man with the gold "
    "teeth. The two men went out the gate at the end of the bike path.",
  mc=["crack cocaine"], mct=["medical boot", "gold front teeth", "bike path"],
  mnc=["Jamaican"], cats=["ethnicity"], tags=["narrative", "multi_person", "adults"])

C(n="Gianna Russo", sch="NM", gr=11, g="drugs", s=["ketamine"],
  loc="New Mission High School, 2nd floor girls' room",
  d="Girl seen sniffing a white powder off a compact mirror in the 2nd floor girls' room; described by "
    "a classmate as short, red lipstick, a black bomber jacket with a NASA patch. {F} had a vial of "
    "ketamine.",
  x={"home_address": "27 Woodrow Ave, Dorchester, MA 02124", "locker_number": "B-114"},
  mc=["ketamine"], mct=["compact mirror", "NASA patch"],
  mnc=["Woodrow Ave", "02124"], cats=["neighborhood"], tags=["short", "structured_fields"])

C(n="Ethan Kaplan", sch="BHS", gr=12, g="drugs", s=["clonazepam (Klonopin)", "marijuana"],
  loc="Brighton High School, parking lot camera 9",
  d="Camera 9 still at 12:05 shows a student in a tan Carhartt beanie, a green Patagonia Better Sweater "
    "and brown Blundstone boots passing a pill bottle to a girl through a car window. AP recognized {F} "
    "from the still. The bottle held 20 clonazepam (Klonopin) tablets; there was also a small bag of "
    "weed in his pocket.",
  mc=["clonazepam"], mct=["Patagonia Better Sweater", "Blundstone boots", "car window"],
  mnc=[], cats=[], tags=["camera_still", "clean", "human_recognition", "mixed_substances", "trap_brand"])

C(n="Javon Brathwaite", sch="HEN", gr=12, g="drugs", s=["counterfeit Xanax"],
  loc="Henderson K-12 Inclusion School, back entrance",
  d="At 7:55 AM the back-door aide saw an adult hand {F} a pill bottle. The adult: a woman about 40, "
    "short gray locs under a black beret, a long purple coat, spoke with an accent, and walked away "
    "toward the bus stop. The bottle held 30 yellow bars the nurse identified as counterfeit Xanax.",
  mc=["counterfeit Xanax"], mct=["black beret", "long purple coat"],
  mnc=["accent"], cats=["language"], tags=["adult", "accent", "pills"])

C(n="Maya Lindgren", sch="KA", gr=9, g="drugs", s=["oxycodone", "alcohol"],
  loc="Edward M. Kennedy Academy for Health Careers, cafeteria",
  d="Two students seen at a back table with a water bottle that smelled of vodka and a pill bottle. "
    "The one holding the pills: 5'5, freckles, a pink Vera Bradley backpack, a French braid, wire "
    "braces. Identified as {F}; 5 oxycodone tablets not prescribed to her.",
  mc=["oxycodone"], mct=["Vera Bradley backpack", "French braid", "wire braces"],
  mnc=[], cats=[], tags=["short", "clean", "mixed_substances", "trap_name"])

# ---------------------------------------------------------------------------------------------
# E. deny: ground_not_permitted
# ---------------------------------------------------------------------------------------------
C(n="Kevin Amaral", sch="EB", gr=11, g="trespass", dec="deny", why="ground_not_permitted",
  loc="East Boston High School, rear door by the auditorium",
  d="At 10:30 an adult walked in through the rear door by the auditorium after {F} propped it open "
    "for him. Custodian's description: about 22, 5'7, thin mustache, white Nike Tech, black Nike "
    "slides, a black fanny pack across his chest. The custodian said he is Salvadoran and a friend of "
    "{F}'s cousin. He walked the first floor for ten minutes and left the same way. No weapon seen, "
    "nothing taken.",
  mnc=["Salvadoran"], cats=["ethnicity"], tags=["deny_ground", "trespass", "adult"])

C(n="Maria Sousa", sch="BHS", gr=10, g="theft", dec="deny", why="ground_not_permitted",
  loc="Brighton High School, girls' locker room",
  d="A student's AirPods and $40 were taken from the girls' locker room during 4th period. Witness "
    "description: 5'6, a black Canada Goose vest, white Nike Dunks, a long sleek ponytail, "
    "carrying a Lululemon belt bag. The AP identified {F}, who had the AirPods in her bag.",
  mnc=[], cats=[], tags=["deny_ground", "theft", "clean", "trap_brand"])

C(n="Jamari Wells", sch="JEB", gr=11, g="gang_activity", dec="deny", why="ground_not_permitted",
  loc="Jeremiah E. Burke High School, front plaza",
  d="BOLO / information only - from SSO Reyes.\n\nOver the past two weeks a group of five or six "
    "students has been gathering in the front plaza before first period and after dismissal. They "
    "wear red: red hoodies, red laces, red bandanas out of the back pocket, which I read as Wendover "
    "colors. Students who are part of it, as far as I can tell: {F} (6'0, slim, red Nike Tech, a "
    "scar through his right eyebrow), a shorter boy with a red skully and a limp, and "
    "a girl with a red and black Chicago Bulls jacket. Yesterday {F} threw up a W hand sign at a car "
    "going by on the avenue. Two of them live on Wendover St and one in the Mildred Hailey development. "
    "No weapon has been seen and nobody has been hurt. I am asking that this go to the district so "
    "they are aware of the group.",
  mnc=["Wendover", "Mildred Hailey"], cats=["gang_affiliation", "neighborhood"],
  tags=["deny_ground", "gang_activity", "narrative", "bolo", "multi_person"])

C(n="Sofia Barros", sch="MH", gr=6, g="suspicious_person", dec="deny", why="ground_not_permitted",
  loc="Mission Hill K-8, recess yard fence",
  d="Recess aide saw a man at the fence taking photos of the kids with his phone for about five "
    "minutes, including {F}. The aide said he looked Somali and wore a kufi; about 30, tall, a long "
    "gray puffer coat, a black backpack, a gray Toyota Prius parked behind him. He did not speak to "
    "anyone and drove off when she approached.",
  mnc=["Somali", "kufi"], cats=["ethnicity", "religion"],
  tags=["deny_ground", "suspicious_person", "adult_at_fence"])

C(n="Rondell Harris", sch="CASH", gr=10, g="vandalism", dec="deny", why="ground_not_permitted",
  loc="Community Academy of Science and Health, 2nd floor boys' room",
  d="\"H-Block\" and a crown were spray painted on the 2nd floor boys' room wall; the SSO reads it as "
    "an H-Block tag. Camera in the hall shows {F} (5'9, gray Essentials hoodie, paint on his fingers) "
    "going in at 10:02 with a backpack and coming out at 10:06.",
  mnc=["H-Block"], cats=["gang_affiliation"], tags=["deny_ground", "vandalism", "camera_still"])

C(n="Angel Batista", sch="EXC", gr=9, g="fight", dec="deny", why="ground_not_permitted",
  loc="Excel High School, cafeteria",
  d="Two 9th graders fought in the cafeteria at 11:15; no injuries beyond a scratch, nurse checked both. "
    "Aide's description of the one who started it: short, stocky, curly hair, gray Nike Tech, white AF1s; "
    "she wrote that he looked Dominican. Identified as {F}.",
  mnc=["Dominican"], cats=["ethnicity"], tags=["deny_ground", "fight", "looked_phrase"])

C(n="Rafael Cardoso", sch="EB", gr=11, g="immigration_status_check", dec="deny",
  why="ground_not_permitted",
  loc="East Boston High School, main office",
  d="The adult who signs {F} out most days (man, 40s, 5'9, gray work jacket with a drywall company "
    "logo, drives a white Ford Transit van) came to the office with a passport from Brazil and an "
    "expired visa when asked for ID. We are asking whether his status should be checked before he is "
    "allowed to pick up {F} again.",
  mnc=["Brazil", "expired visa", "passport"], cats=["national_origin", "immigration_status"],
  tags=["deny_ground", "immigration", "adult"])

C(n="DeAndre Finch", sch="NM", gr=10, g="truancy", dec="deny", why="ground_not_permitted",
  loc="New Mission High School",
  d="{F} has missed 23 days this term. The attendance officer saw him twice at 10 AM at a corner store "
    "on Geneva Ave near where he lives, with an older man in a black Carhartt jacket and a white "
    "Yankees fitted. {F} wore his red North Face both times.",
  mnc=["Geneva Ave"], cats=["neighborhood"], tags=["deny_ground", "truancy", "short"])

C(n="Hana Abdullahi", sch="SN", gr=9, g="bullying", dec="deny", why="ground_not_permitted",
  loc="Snowden International School, 3rd floor hallway",
  d="Three girls have been following {F} in the hallway and pulling at her hijab. Her description of "
    "the one who started it: tall, a brown Carhartt jacket, long acrylic nails, a nose ring, a pink "
    "Stanley cup. No physical injury; she is afraid to come to school.",
  mnc=["hijab"], cats=["religion"], tags=["deny_ground", "bullying", "religious_dress"])

C(n="Zaria Pinckney", sch="OG", gr=7, g="missing_person", dec="deny", why="ground_not_permitted",
  loc="Orchard Gardens K-8 School",
  d="{F} did not come home after school on Tuesday and has not been in school since. Last seen at the "
    "Orchard Gardens K-8 front door at 2:40 PM: 4'11, thin, two puffs, a lavender North Face puffer, "
    "white Crocs, a gray Hello Kitty backpack. Her grandmother says she lives with her in the Mildred "
    "Hailey development and may be with a cousin in Lynn. She has a small scar on her chin.",
  mnc=["Mildred Hailey"], cats=["neighborhood"], tags=["deny_ground", "missing_person", "school_name_trap"])

C(n="Khalil Hamdan", sch="TB", gr=12, g="intelligence", dec="deny", why="ground_not_permitted",
  loc="TechBoston Academy",
  d="For awareness only. The following have been seen together at dismissal most days this month and "
    "staff would like the district to know who they are:\n"
    "- {F}: 6'1, thin, black Nike Tech, a neck tattoo of a rose; he prays in the library at lunch and "
    "wears a prayer cap on Fridays.\n"
    "- An older male, about 20, heavy, gray Champion hoodie, drives a black Honda Accord with a loud "
    "exhaust; he is Cape Verdean and lives on Bowdoin St.\n"
    "- A girl, 11th grade, French braid, white Canada Goose.\n"
    "No incident has happened.",
  mnc=["prayer cap", "Cape Verdean", "Bowdoin"], cats=["religion", "ethnicity", "neighborhood"],
  tags=["deny_ground", "intelligence", "multi_person"])

# ---------------------------------------------------------------------------------------------
# F. deny: excluded_substance
# ---------------------------------------------------------------------------------------------
C(n="Vincent Sok", sch="CHS", gr=10, g="drugs", s=["vape (unknown content)"], dec="deny",
  why="excluded_substance", loc="Charlestown High School, 1st floor bathroom",
  d="Student seen passing a vape pen under the stall in the 1st floor bathroom. Monitor's description: "
    "5'6, slim, looked Cambodian, a black Essentials hoodie, white Vans, AirPods. {F} had the vape; "
    "content unknown.",
  mnc=["Cambodian"], cats=["ethnicity"], tags=["deny_substance", "vape", "looked_phrase"])

C(n="Terrell Knox", sch="DSA", gr=11, g="drugs", s=["marijuana"], dec="deny",
  why="excluded_substance", loc="Dearborn STEM Academy, fence by the basketball court",
  d="An adult at the basketball court fence sold {F} two bags of weed at 12:15. The adult: about 25, "
    "heavy, gray Champion hoodie, a white Bluetooth headset, spoke to {F} in Spanish, walked off toward "
    "the corner store. {F}: 5'10, a Celtics hoodie.",
  mnc=["Spanish"], cats=["language"], tags=["deny_substance", "marijuana", "adult_at_fence", "language"])

C(n="Ava Castillo", sch="BAA", gr=9, g="drugs", s=["THC gummies"], dec="deny",
  why="excluded_substance", loc="Boston Arts Academy, 4th floor",
  d="Student in a yellow Carhartt beanie and a Fighting Irish hoodie handed out THC gummies from a "
    "Sour Patch bag in the 4th floor lounge. Identified as {F}.",
  mnc=[], cats=[], tags=["deny_substance", "marijuana", "clean", "trap_name"])

C(n="Dashawn Grier", sch="EHS", gr=11, g="drugs", s=["vodka"], dec="deny",
  why="excluded_substance", loc="English High School, stairwell C",
  d="SSO found {F} drinking from vodka nips in stairwell C. Description from the teacher who called it "
    "in: 5'11, a blue bandana hanging from his left pocket which she read as a Crip flag, a gray "
    "Nike Tech, white Jordan 1s.",
  mnc=["Crip flag"], cats=["gang_affiliation"], tags=["deny_substance", "alcohol", "gang_colors"])

C(n="Emily Tran", sch="JQ", gr=8, g="drugs", s=["Juul pods"], dec="deny",
  why="excluded_substance", loc="Josiah Quincy Upper School, girls' room",
  d="VAPING REPORT\nStudent: {F}\nItem: Juul device with 2 mint Juul pods\n"
    "Description by teacher: 5'2, black puffer, pink scrunchie, clear-frame glasses\nAction: confiscated, "
    "parent called",
  mnc=[], cats=[], tags=["deny_substance", "nicotine", "form", "clean"])

C(n="Tyrone Bascom", sch="SN", gr=12, g="drugs", s=["THC dab pen", "blunts"], dec="deny",
  why="excluded_substance", loc="Snowden International School, back stairwell",
  d="Three students smoking blunts in the back stairwell; {F} also had a dab pen. {F}: 6'0, heavy, a "
    "black Timberland jacket, a burn mark on his left wrist. The SSO says he lives in the Bunker Hill "
    "development with his father.",
  mnc=["Bunker Hill"], cats=["neighborhood"], tags=["deny_substance", "marijuana", "residence"])

C(n="Sean Mulcahy", sch="CHS", gr=12, g="drugs", s=["beer", "Zyn nicotine pouches"], dec="deny",
  why="excluded_substance", loc="Charlestown High School, student parking lot",
  d="Student in a gray Honda Civic with a dented hood was seen drinking beer with a tin of Zyn on the "
    "dash. Description: 6'2, red hair, a Boston College hoodie, a cast on his right hand. Identified as "
    "{F}.",
  mnc=[], cats=[], tags=["deny_substance", "alcohol", "nicotine", "clean", "vehicle"])

# ---------------------------------------------------------------------------------------------
# G. deny: recipient_not_permitted (ground otherwise fine)
# ---------------------------------------------------------------------------------------------
C(n="Marquise Dandridge", sch="JEB", gr=11, g="weapon", w="knife", rec="bric", dec="deny",
  why="recipient_not_permitted", loc="Jeremiah E. Burke High School, 2nd floor",
  d="{F} was found with a folding knife in his waistband after a student said he showed it in class. "
    "Description: 5'10, black Nike Tech, a rose tattoo on his neck. The SSO believes he is with the "
    "Castlegate crew and wants BRIC to have this for their list.",
  mnc=["Castlegate"], cats=["gang_affiliation"], tags=["deny_recipient", "gang_claim"])

C(n="Carlos Menjivar", sch="EB", gr=10, g="credible_threat", rec="ice", dec="deny",
  why="recipient_not_permitted",
  t="{F} told a classmate he would \"bring a gun Monday and shoot the whole table.\"",
  loc="East Boston High School, cafeteria",
  d="{F} told a classmate at lunch he would bring a gun Monday and shoot the whole table. Description: "
    "5'6, thin, a gray Jordan hoodie, braces. Staff believe he is undocumented.",
  mnc=["undocumented"], cats=["immigration_status"], tags=["deny_recipient", "immigration"])

C(n="Wilmer Chacon", sch="CHS", gr=11, g="drugs", s=["fentanyl"], rec="dhs/hsi", dec="deny",
  why="recipient_not_permitted", loc="Charlestown High School, front steps",
  d="An adult handed {F} a baggie of powder that field-tested as fentanyl on the front steps. The "
    "adult: 30s, Guatemalan per the crossing guard, black Raiders cap, a gray pickup truck with a "
    "ladder rack.",
  mnc=["Guatemalan"], cats=["ethnicity"], tags=["deny_recipient", "adult"])

C(n="Connor Walsh", sch="BLA", gr=12, g="credible_threat", rec="commonwealth-fusion-center",
  dec="deny", why="recipient_not_permitted",
  t="{F} posted \"graduation is going to be loud\" with a photo of three rifles and told a teammate he "
    "would use them on the stage.",
  loc="Boston Latin Academy (social media)",
  d="Post by {F} with three rifles. Description for the door: 6'3, thin, a buzz cut, a navy Patriots "
    "hoodie, a black backpack with a BLA lacrosse tag.",
  mnc=[], cats=[], tags=["deny_recipient", "clean"])

C(n="Jerome Adkins", sch="HEN", gr=12, g="weapon", w="handgun", rec="msp", dec="deny",
  why="recipient_not_permitted", loc="Henderson K-12 Inclusion School, front lobby",
  d="{F} set off the metal detector; a loaded handgun was found in his backpack. Described by the "
    "officer at the detector: 5'11, heavy, a black Moncler puffer, a gold Cuban link chain, glasses.",
  mnc=[], cats=[], tags=["deny_recipient", "clean", "trap_name"])

C(n="Dawit Bekele", sch="MP", gr=11, g="serious_violence", rec="mbta-transit-police", dec="deny",
  why="recipient_not_permitted", loc="Ruggles station platform, after dismissal",
  d="{F} knocked a 10th grader down the stairs at the station after school; the boy has a broken arm "
    "and a concussion. Teacher's description of {F}: 5'9, slim, a Madison Park hoodie, a gray "
    "Jansport; she wrote that he is Ethiopian and was yelling in Amharic.",
  mnc=["Ethiopian", "Amharic"], cats=["ethnicity", "language"], tags=["deny_recipient", "language"])

C(n="Brady Kearns", sch="BCLA", gr=10, g="weapon", w="box cutter", rec="allied-universal-security",
  dec="deny", why="recipient_not_permitted", loc="Boston Community Leadership Academy, lobby",
  d="{F} was found with a box cutter at bag check. Description: 5'8, a gray Champion hoodie, a black "
    "Celtics cap, a limp.",
  mnc=[], cats=[], tags=["deny_recipient", "private_security", "clean"])

# ---------------------------------------------------------------------------------------------
# H. deny: missing_threat_statement (credible_threat with no or an empty threat_statement)
# ---------------------------------------------------------------------------------------------
C(n="Joao Semedo", sch="MP", gr=10, g="credible_threat", dec="deny", why="missing_threat_statement",
  loc="Madison Park, 3rd floor hallway",
  d="Two students told the AP at 9:20 that {F} said in the hallway he was going to \"light up\" a boy "
    "from the soccer team after practice and that he knows where to get a gun. They described him as "
    "5'10, thin, a white Nike Tech, diamond studs, a fresh line-up, and said he is Cape Verdean and was "
    "saying it half in Kriolu. He was found in the library; no weapon on him. The soccer coach was told "
    "to keep the team inside after practice and the AP called home. The boy from the soccer team said "
    "they argued over a girl last week and {F} has been staring at him since.",
  mnc=["Cape Verdean", "Kriolu"], cats=["ethnicity", "language"],
  tags=["deny_threat_missing", "witness"])

C(n="Harper Quinn", sch="BLA", gr=9, g="credible_threat", t="", dec="deny",
  why="missing_threat_statement", loc="Boston Latin Academy, girls' room",
  d="Writing on the girls' room mirror in purple marker: \"Friday 2nd period it's over for all of "
    "you.\" Camera outside shows {F} (French braid, purple JanSport, gray Bruins hoodie) going in alone "
    "at 10:40.",
  mnc=[], cats=[], tags=["deny_threat_missing", "empty_statement", "camera_still", "clean"])

C(n="Derek Omari", sch="KA", gr=11, g="credible_threat", dec="deny", why="missing_threat_statement",
  loc="Edward M. Kennedy Academy for Health Careers",
  d="BOLO from SSO Lam: student {F}, 6'0, heavy, a black North Face, a gray beanie, red Jordan 1s, a "
    "gold grill on his bottom teeth. Said he'd come back after 3 with something for the boy who jumped "
    "his brother. Keep him out of the building after dismissal.",
  mnc=[], cats=[], tags=["deny_threat_missing", "bolo", "clean"])

C(n="Andre Pimentel", sch="EXC", gr=10, g="credible_threat", dec="deny", why="missing_threat_statement",
  loc="Excel High School, bus line",
  d="At the bus line three boys were arguing. Staff notes: {F} (5'9, red Nike windbreaker, "
    "braces) said \"I'm gonna shoot you tomorrow\"; a second boy in a gray Carhartt beanie laughed; a "
    "third in a Celtics jersey pulled {F} away. {F} lives on Blue Hill Ave with his uncle.",
  mnc=["Blue Hill Ave"], cats=["neighborhood"], tags=["deny_threat_missing", "multi_person", "residence"])

C(n="Safiya Warsame", sch="BINA", gr=11, g="credible_threat", dec="deny", why="missing_threat_statement",
  loc="Boston International Newcomers Academy, cafeteria",
  d="A student told the counselor a girl in a black niqab said she would bring a knife and cut her. "
    "Identified as {F}, 5'4.",
  mnc=["niqab"], cats=["religion"], tags=["deny_threat_missing", "short", "religious_dress"])

C(n="Isaac Fonseca", sch="CASH", gr=12, g="credible_threat", dec="deny", why="missing_threat_statement",
  loc="Community Academy of Science and Health, front plaza",
  d="{F} threw up a Lenox hand sign at a car full of students and yelled he would \"clap\" all of them "
    "Friday. Description: 6'1, slim, a gray Nike Tech, a teardrop-shaped burn scar under his eye.",
  mnc=["Lenox"], cats=["gang_affiliation"], tags=["deny_threat_missing", "hand_sign"])

# ---------------------------------------------------------------------------------------------
# I. deny: face_surveillance
# ---------------------------------------------------------------------------------------------
C(n="Tariq Shabazz", sch="TB", gr=10, g="weapon", w="knife", dec="deny", why="face_surveillance",
  loc="TechBoston Academy, 2nd floor hallway",
  d="A student was shown a knife in the 2nd floor hallway at 1:05 by a boy in a gray Nike Tech and "
    "white AF1s. No one knew him. The still from camera 14 was run through FaceFinder, which returned "
    "{F} as a 97.4% match. He was searched at 1:30 and a folding knife was found.",
  att=[{"kind": "face_match", "name": "facefinder_cam14_result.pdf"},
       {"kind": "photo", "name": "cam14_still_1305.jpg"}],
  mnc=["FaceFinder", "97.4"], cats=["face_surveillance"], tags=["deny_face", "camera_still"])

C(n="Kenny Vo", sch="EB", gr=11, g="serious_violence", dec="deny", why="face_surveillance",
  loc="East Boston High School, courtyard",
  d="A 10th grader was stabbed in the arm in the courtyard (12 stitches). The attacker wore a black "
    "hoodie and gray sweats and had a neck tattoo of a rose. A teacher ran the camera still through "
    "Clearview and it returned {F}'s Instagram. Please confirm with the attached results.",
  att=[{"kind": "face_match", "name": "clearview_hits.pdf"}],
  mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face"])

C(n="Reggie Toussaint", sch="JEB", gr=11, g="credible_threat", dec="deny", why="face_surveillance",
  t="{F} told a teacher he would \"come back with the strap\" and shoot the dean.",
  loc="Jeremiah E. Burke High School, dean's office",
  d="{F} told Mr. Sutton he would come back with the strap and shoot the dean. He is 6'0, heavy, a red "
    "Nike windbreaker, a gold chain. His face template from the district visitor system is attached.",
  x={"face_template_id": "FT-88213-b", "face_match_score": "0.962"},
  mnc=["FT-88213-b", "0.962"], cats=["face_surveillance"], tags=["deny_face", "structured_fields"])

C(n="Lucas Pereira", sch="BHS", gr=12, g="drugs", s=["cocaine"], dec="deny", why="face_surveillance",
  loc="Brighton High School, lobby",
  d="The vendor's face search on the lobby camera (SafeLens) flagged {F} as the person on the BOLO for "
    "selling cocaine (match score 0.91). SSO then found 4 baggies of cocaine in his jacket. Description "
    "from the BOLO: 5'9, black Canada Goose, white AF1s.",
  mnc=["SafeLens", "0.91"], cats=["face_surveillance"], tags=["deny_face", "bolo"])

C(n="Dominic Reyes", sch="NM", gr=10, g="weapon", w="box cutter", dec="deny", why="face_surveillance",
  loc="New Mission High School, 3rd floor",
  d="Camera still at 9:40 shows a boy in a gray Champion hoodie and a Red Sox cap holding a box cutter "
    "near room 302. Identified as {F}; box cutter recovered from his locker.",
  att=[{"kind": "face_match", "name": "facematch_cam7_0940.json"}],
  mnc=["facematch_cam7"], cats=["face_surveillance"], tags=["deny_face", "attachment_only"])

C(n="Jonah Blake", sch="FEN", gr=10, g="weapon", w="handgun", dec="deny", why="face_surveillance",
  loc="Fenway High School, bus camera",
  d="A student said a boy on the 8:05 bus showed a handgun. The bus camera shows a boy in a black "
    "hoodie with the hood up, a gray Nike backpack and camo pants. We ask BPD to run the attached ID "
    "photos of all grade 10 boys against the bus still with face recognition to find out which one it "
    "was. {F} is one of the boys on that route.",
  att=[{"kind": "photo", "name": "grade10_boys_id_photos.zip"},
       {"kind": "photo", "name": "bus_still_0805.jpg"}],
  mnc=["grade10_boys_id_photos"], cats=["face_surveillance"], tags=["deny_face", "photo_request"])

C(n="Aliyah Grant", sch="DSA", gr=9, g="credible_threat", dec="deny", why="face_surveillance",
  t="An adult posted under {F}'s school photo that he will \"catch her after school and leave her in "
    "the lot.\"",
  loc="Dearborn STEM Academy (online)",
  d="An adult man commented under a photo of {F} that he will catch her after school. A teacher "
    "uploaded his profile picture to PimEyes and it matched a man in a gym photo; the results are "
    "attached. He is about 25, a Bulls cap, a gold grill.",
  att=[{"kind": "face_match", "name": "pimeyes_results.png"}],
  mnc=["PimEyes"], cats=["face_surveillance"], tags=["deny_face", "adult"])

# ---------------------------------------------------------------------------------------------
# J. deny: replica / BB / airsoft (needs a named approver's determination)
# ---------------------------------------------------------------------------------------------
C(n="Tristan Hughes", sch="CHS", gr=9, g="weapon", w="airsoft pistol", dec="deny", why="other",
  loc="Charlestown High School, back lot",
  d="Students said a boy in the back lot pulled a gun on them. It was an airsoft pistol with the "
    "orange tip painted black. Description: 5'6, thin, a Bruins jersey, camo cargo shorts, Heelys. "
    "Identified as {F}.",
  mnc=[], cats=[], tags=["deny_replica", "clean"])

C(n="Jordy Almonte", sch="MMA", gr=8, g="weapon", w="BB gun", dec="deny", why="other",
  loc="Margarita Muñiz Academy, side yard",
  d="At recess a boy shot another boy in the leg with a BB gun (small welt, no break in the skin). "
    "Aide's description: 4'11, a gray Nike hoodie, Jordan 4s; she wrote that he was yelling in Spanish "
    "and lives on Centre St. Identified as {F}.",
  mnc=["Spanish", "Centre St"], cats=["language", "neighborhood"],
  tags=["deny_replica", "language", "residence"])

C(n="Caleb Norris", sch="BCLA", gr=11, g="weapon", w="replica handgun", dec="deny", why="other",
  loc="Boston Community Leadership Academy, 2nd floor",
  d="BOLO at 10:10: a boy showing a gun in the 2nd floor hallway, 5'9, heavy, a white Champion hoodie, "
    "a black Celtics cap. Found at 10:18: {F}, with a metal replica handgun (non-firing). The SSO "
    "notes he is Irish-born and lives in Adams Village.",
  mnc=["Irish-born", "Adams Village"], cats=["national_origin", "neighborhood"],
  tags=["deny_replica", "bolo", "nationality", "residence"])


# ---------------------------------------------------------------------------------------------
# Follow-up paragraphs that turn some entries into the long narratives staff actually write.
# They add no forbidden information (each case's canaries are already in its first paragraph).
# ---------------------------------------------------------------------------------------------
EXTRA = {
    "Dante Okafor":
        "Follow-up by AP Sandoval, 11:30 AM: I spoke with both witnesses again with their house dean "
        "present. The first witness, a 9th grade boy, said he was at the sinks when the boy in the gray "
        "hoodie came in behind the other student and stood very close to him at the urinals; he heard "
        "the words \"poke you up\" twice and saw the blade come out, then go back in the pocket when "
        "the door opened. The second witness, also a 9th grader, came in while it was happening and "
        "said the knife was held low, near the hip, pointed at the other student's side. Both picked "
        "out the same details without hearing each other: the braces, the twists, the basketball "
        "keychain. The other student (E.M.) was not touched; he says {F} thinks he posted something "
        "about {F}'s sister. The knife is locked in the main office safe for BPD.",
    "Kevon Ashby":
        "Stills 1 and 2 (front lobby camera, 7:52 AM) show {F} arriving with the same black hoodie and "
        "gray New Balance sneakers and a small black crossbody bag, which he did not have at the stop. "
        "Still 6 (2:10 PM, after the stop) shows J.T. leaving by the side door with his mother. SSO Reyes "
        "searched the crossbody bag with the AP present and found nothing else. {F} said he found the "
        "brass knuckles on the bus and was going to throw them away; he could not say why he put them on. "
        "J.T. was not hurt and says he does not want to come back to school until this is settled.",
    "Rashad Bellamy":
        "Bus 14 monitor Ms. Fairweather wrote her statement at 8:30 AM. She says she noticed the boy "
        "because he moved seats three times after the Egleston stop and kept standing up while the bus "
        "was moving. The younger student (a 9th grader, initials R.S.) was sitting alone by the window "
        "with his phone out. The boy sat down next to him, held the blade up between two fingers so the "
        "edge faced R.S.'s neck, and said \"give me that, don't be stupid.\" R.S. froze. Ms. Fairweather "
        "walked to the back and told him to sit in the front seat, and he did, with his hand in the "
        "hoodie pocket. She radioed the driver, who pulled straight into the school loop instead of "
        "making the last stop. The driver, Mr. Ocampo, confirmed that the boy in the maroon hoodie was "
        "the one who moved seats. R.S. says he has seen the boy on the bus before but never spoke to him.",
    "Diego Marroquin":
        "Statement of the cafeteria manager, Ms. Lorraine Pike: \"I was at the register. The boy in the "
        "olive jacket cut the line and said something to the boy behind him, and I saw the box cutter "
        "come out of his sleeve, blue handle, with the blade pushed out maybe an inch. He held it by his "
        "waist so the lunch aides wouldn't see. The other boy put his tray down and backed into the "
        "milk cooler. I called SSO Duffy on the radio and he was there in less than a minute.\" The "
        "other student (initials B.K., grade 10) says {F} thinks he laughed at him in gym. Both families "
        "were called.",
    "Samir Pettaway":
        "The 10th grader (initials D.F.) was calm but said he had been avoiding that hallway for a week. "
        "Two other students who were at the lockers confirmed that a knife was shown but did not hear "
        "what was said. {F} was cooperative with the SSO and handed over the parka when asked. He has "
        "been at Fenway since September. His aunt, who is his guardian, came to the school at 11:30 "
        "and met with the AP and the counselor.",
    "Jamal Rutherford":
        "Mr. Tobin's written statement adds that the Altima had a black rim on the front passenger side "
        "that did not match the others, and that the driver kept the engine running and the window only "
        "half down. The driver looked around before handing the item over and pulled away fast toward "
        "the rotary as soon as {F} stepped back onto the sidewalk. {F} went straight into the entrance "
        "line. The metal detector alarmed at his waist; the SSO found the handgun in his waistband and "
        "the magazine, loaded with six rounds, in his left sock. {F} said a friend of his brother's gave "
        "it to him to hold and would not say more. BPD District E-18 was called at 7:41 and arrived at "
        "7:52. The building went on a shelter-in-place until 8:20.",
    "Destiny Carrow":
        "The sixth grader (initials L.V.) said the three girls had been following her since the school "
        "door, calling her names about a video, and that {F} said \"watch this\" before she sprayed. L.V. "
        "turned her face away and most of it hit her ear and neck; her eyes burned for about twenty "
        "minutes. The crossing guard called the main office on her radio at 2:47 and the AP came out to "
        "the corner. K.J. and T.R. stayed at the stop and told the AP they did not know {F} had the "
        "spray. All three families were called the same afternoon.",
    "Adrian Kowal":
        "The courtyard aide, Ms. Ocasio-Bell, said the two boys had been shoving each other near the "
        "benches for a minute before it happened and that the attacker took the lock out of his backpack, "
        "held it by the shackle and swung it overhand. N.C. went down on the concrete and was shaking. "
        "The nurse started first aid and the office called 911 at 11:42. EMS arrived at 11:50. Two other "
        "students filmed on their phones and the AP has both videos, which show the swing and the "
        "attacker's gray headband and chain clearly. {F} did not resist the SSO and said N.C. had been "
        "threatening him online for weeks.",
    "Ryan Doucette":
        "The camera shows the first punch at 10:19:40 and P.H. on the ground by 10:20:05. {F} kept "
        "punching after P.H. was down until the girl with the high bun came back with Mr. Ferraro. The "
        "boy in the black Canada Goose jacket kept filming the whole time; the AP has asked him to "
        "preserve the video. P.H.'s mother was called at 10:30 and met him at MGH. {F} was held in the "
        "office until his father arrived; he said P.H. \"had it coming\" and would not explain.",
    "Devin Ashworth":
        "The camera at the front steps shows the group waiting on the low wall for about five minutes "
        "before R.O. came out. {F} had the bat down the back of his hoodie; he pulled it out and swung "
        "it twice, hitting R.O.'s raised forearm and then the side of his head. The other two kicked "
        "R.O. after he fell. R.O. was taken to Boston Medical Center by EMS at 2:32 and had surgery on "
        "the forearm that night. The boy in the tan Timberland jacket came back inside and gave the AP "
        "the names of the other two. {F} was picked up by BPD at his mother's workplace at 4 PM.",
    "Brandon Tavares":
        "The lot attendant, Mr. Keaney, wrote that the Civic came in fast through the exit lane, braked "
        "hard in front of the group, then rolled forward and turned the wheel toward M.S. as he stepped "
        "back. M.S. was thrown onto the hood and slid off onto the pavement. The car reversed and left "
        "by the entrance lane. Two teachers ran out and one stayed with M.S. until EMS arrived at 7:49. "
        "The attendant took a photo of the back of the car with his phone as it left, showing the "
        "sticker and the plate. M.S. had surgery at MGH and is expected to be out of school for weeks.",
    "Aaliyah Brooks":
        "Ms. Doherty also wrote that a second adult, a young woman in a pink Adidas tracksuit with a "
        "small dog on a leash, waited for him at the corner and they walked away together. Staff "
        "checked the other fences at recess the next day; he did not come back while staff were out.",
    "Leah Martinez":
        "\nNotes from the AP, 8:10 AM: {F}'s mother brought the messages on {F}'s phone; they were sent "
        "between 11:40 PM and 1:15 AM from two different accounts. {F} says he hit her in October and "
        "that she has seen him with a black handgun in the Jeep's center console. She is staying with "
        "her aunt this week. The SSO walked the perimeter at 7:15 and did not see the Jeep. The front "
        "desk has the BOLO and has been told not to release {F} to anyone but her mother or aunt.",
    "Ethan Cho":
        "{F} says the fight on Tuesday was in the gym and the other boy was not hurt. The crossing guard "
        "wrote down the first three characters of the plate (5HP) and says the same Camry was parked in "
        "the same spot at dismissal on Wednesday, with the engine off and the driver reading a "
        "newspaper. The AP has asked the other boy's family to come in; they have not called back. {F}'s "
        "mother will pick him up at the front door until further notice.",
    "Fatoumata Diallo":
        "{F} rides the same bus home every day and says the man got on at the stop after the school and "
        "has been on the bus two more times since, once sitting behind her and once standing by the "
        "back door staring at her. Her cousin, a senior, confirmed the man grabbed her wrist and said "
        "the man told the cousin to \"mind your business.\" The still was printed by the SSO and given "
        "to the front desk and the bus monitor. The counselor will walk {F} to the bus for now.",
    "Luis Andrade":
        "Coach Amato's statement: he was on the field setting up cones for 6th period when he saw the "
        "man at the fence, and he recognized {F} from his gym class. He watched the exchange from about "
        "40 yards, saw two baggies go through the fence and then a third, and saw {F} put them in his "
        "sock. He walked toward them and the man left. {F} told the SSO he was buying for someone else "
        "and would not say who. The coach says he saw the same man at the fence once last week, "
        "leaning on a black motorcycle with a red helmet hanging from the handlebar.",
    "Paulo Mendes":
        "The staff member, a paraprofessional named Ms. Brigid Foley, says she was going to the gym "
        "office when she saw the side door held open with a sneaker. She saw the adult hand the folded "
        "ticket through the gap, and {F} put it inside his phone case. When she called out, the adult "
        "ran, and {F} let the door close and walked toward the locker room. The gym teacher, Mr. Nunes, "
        "identified {F} from her description (gray hoodie with a Bruins logo, black joggers, a cast on "
        "his left pinky). The SSO found the ticket in the phone case. {F} says he did not know what was "
        "in it.",
    "Jayden Pina":
        "The SSO's notes add that the driver wore a brown leather jacket and a Patriots winter hat and "
        "had a bandage across the back of his right hand. {F} says the man is a friend of the family "
        "who gives him rides, and that he was asked to hold the bag until after school. He was calm and "
        "did not resist. This is the third morning this week the Corolla has dropped {F} off; the SSO "
        "has the partial plate 3RB from Tuesday.",
    "Quentin Sayles":
        "Still 3 (camera 31, 12:21 PM) shows the attacker running back to the Fusion and getting into the "
        "rear seat instead of the front. The driver is visible through the windshield: a heavy man, "
        "round face, a Bruins jersey with the number 37, a gray baseball cap. A third person may have "
        "been in the back seat; the camera does not show it clearly. C.M.'s friends, who were sitting "
        "in his car, say they did not recognize the attacker at the time, but one of them said he had "
        "heard {F} had a problem with C.M. over a sneaker resale. The AP has the full video and the "
        "three stills saved for BPD. The hammer was not recovered at the scene.",
    "Jonathan Mercier":
        "\n\nAddendum (AP Whitcomb, 2:30 PM): The girl and the boy in the green hoodie came to the "
        "office on their own at 1:15 and gave the same account. The boy in the green hoodie says {F} "
        "thinks he owes him $60 for a pair of sneakers. The boy with the limp and the rose tattoo said "
        "he was only walking past to the loading dock and did not know either of them well. The knife "
        "was photographed on the counter and locked in the culinary office.",
    "Jamari Wells":
        "\n\nI have also seen {F} and the boy in the red skully standing by the bus shelter at the end "
        "of the block during lunch, which is off campus, three times this week. When I approached they "
        "walked away. I have not seen anything change hands. The AP has spoken to {F}'s mother, who "
        "says he is doing well in his classes and comes home right after school.",
    "Khalil Hamdan":
        "\nThe older male parks on the school side of the street at 2:30 and waits with the engine "
        "running. Staff say he sometimes gives rides to {F} and to the girl. One teacher says the girl "
        "has seemed upset recently. The AP does not know what the group is doing and wants the district "
        "to have this in case something happens later.",
    "Joao Semedo":
        " The AP interviewed {F} with his mother on the phone; he denied saying it and said the two "
        "students are friends of the other boy. The two students gave their accounts separately and "
        "both used the words \"light up\" and \"after practice.\"",
    "Jonah Blake":
        " The student who reported it says the boy sat in the back row and lifted his hoodie to show "
        "the grip; the student did not see his face because of the hood. The bus driver says about "
        "twenty students ride that route.",
    "Kevin Amaral":
        " {F} told the AP the man wanted to use the bathroom and he did not think it was a big deal. The "
        "AP reminded {F} about the door policy and called home.",
}


# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


HOLIDAYS = [(date(2025, 11, 26), date(2025, 11, 28)), (date(2025, 12, 24), date(2026, 1, 2)),
            (date(2026, 2, 16), date(2026, 2, 20)), (date(2026, 4, 20), date(2026, 4, 24))]


def school_day(i):
    d = date(2025, 9, 8) + timedelta(days=(i * 37) % 265)
    while d.weekday() >= 5 or any(a <= d <= b for a, b in HOLIDAYS):
        d += timedelta(days=1)
    return d


def clock(text):
    """The first clock time the description mentions (so occurred_at agrees with the text)."""
    import re
    m = re.search(r"\b(\d{1,2}):(\d{2})(\s*(AM|PM))?", text)
    if not m:
        return 10, 0
    h, mi, ap = int(m.group(1)), int(m.group(2)), m.group(4)
    if ap == "PM" and h < 12:
        h += 12
    elif ap is None and h < 7:
        h += 12
    return h, mi


def offset(d):
    return "-04:00" if d < date(2025, 11, 2) or d >= date(2026, 3, 8) else "-05:00"


def build():
    lines, problems = [], []
    for i, c in enumerate(CASES):
        cid = f"OBG-{i + 1:04d}"
        first = c["n"].split()[0]
        fill = lambda s: s.replace("{F}", first)  # noqa: E731
        school, school_id = SCHOOLS[c["sch"]]
        more = EXTRA.get(c["n"], "")
        if more:
            more = more if more[0] in " \n" else " " + more
        desc = fill(c["d"] + more)
        day = school_day(i)
        h, mi = clock(desc)
        gr = c["gr"]
        dob = date(2019 - gr, 1 + (i * 5) % 12, 1 + (i * 11) % 28)
        student = {"student_id": str(300000 + (i * 7919) % 600000), "name": c["n"],
                   "date_of_birth": dob.isoformat(), "grade": gr, "school": school}
        student.update(c.get("x", {}))
        rec = c.get("rec") or ("bpd" if i % 5 == 0 else DISTRICT[c["sch"]])
        req = {"request_id": cid, "school_id": school_id, "recipient": rec, "ground": c["g"]}
        if c.get("s"):
            req["substances"] = c["s"]
        if c.get("w"):
            req["weapon"] = c["w"]
        if "t" in c:
            req["threat_statement"] = fill(c["t"])
        req["incident"] = {"occurred_at": f"{day.isoformat()}T{h:02d}:{mi:02d}:00{offset(day)}",
                           "location": c["loc"], "description": desc}
        req["student"] = student
        att = c.get("att")
        dec = c.get("dec", "allow")
        if att is None and dec == "allow" and "camera_still" in c["tags"]:
            att = [{"kind": "photo", "name": f"camera_still_{cid.lower()}.jpg"}]
        if att:
            req["attachments"] = att
        exp = {"decision": dec}
        if dec == "deny":
            exp["reason"] = c["why"]
        exp["must_not_contain"] = list(c["mnc"])
        exp["must_contain"] = [c["n"], school] + list(c.get("mc", [])) if dec == "allow" else []
        exp["must_contain_text"] = list(c.get("mct", [])) if dec == "allow" else []
        exp["categories"] = list(c["cats"])
        gtag = f"allow_{c['g']}" if dec == "allow" else f"deny_{c['why']}"
        exp["tags"] = [FAMILY, gtag] + [t for t in c["tags"] if t != gtag]
        # self-checks (labels must be consistent with the text)
        whole = fold(json.dumps(req, ensure_ascii=False))
        kept = fold(" ".join([c["n"], school, school_id, rec]))
        for s in exp["must_not_contain"]:
            if fold(s) not in whole or fold(s) in kept:
                problems.append(f"{cid}: bad canary {s!r}")
            for k in exp["must_contain"] + exp["must_contain_text"]:
                if fold(s) in fold(k):
                    problems.append(f"{cid}: canary {s!r} inside kept fact {k!r}")
        for s in exp["must_contain"][2:] + exp["must_contain_text"]:
            if fold(s) not in fold(desc):
                problems.append(f"{cid}: kept fact {s!r} not in description")
        if dec == "allow" and not exp["must_contain_text"]:
            problems.append(f"{cid}: allow needs must_contain_text")
        if bool(exp["must_not_contain"]) != bool(exp["categories"]):
            problems.append(f"{cid}: canaries and categories disagree")
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
    return lines, problems


if __name__ == "__main__":
    lines, problems = build()
    for p in problems:
        print("SELF-CHECK:", p)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")
