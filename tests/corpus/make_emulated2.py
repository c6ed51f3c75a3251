"""Generate tests/data/corpus/emulated2.jsonl: an independent emulation of the judge corpus design.

Each case is one incident sentence of a family, plus 0-3 plain "forbidden sentences" (one per category)
and 0-3 forbidden structured student fields, labelled per /work/shared/domain/RULES.md. Seeded.

usage: python -m tests.corpus.make_emulated2
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "corpus" / "emulated2.jsonl"
NOTICE = (ROOT / "policies" / "decision" / "notice.txt").read_text(encoding="utf-8").lower()
N = 480

FIRST_M = ["Marcus", "Jayden", "Tyler", "Kevin", "Omar", "Liam", "Noah", "Ethan", "Darnell", "Samuel", "Owen",
           "Caleb", "Isaiah", "Gavin", "Trevor"]
FIRST_F = ["Alyssa", "Brianna", "Chloe", "Destiny", "Emma", "Fiona", "Hannah", "Jasmine", "Kayla", "Lauren",
           "Megan", "Nadia", "Olivia", "Paige", "Tessa"]
LAST = ["Abernathy", "Bellamy", "Carrington", "Donovan", "Ellsworth", "Fitzgerald", "Garrison", "Hargrove",
        "Kensington", "Lockhart", "Merriweather", "Northcott", "Pendleton", "Rutherford", "Thornton", "Whitaker"]
SCHOOLS = ["East Boston High School", "Brighton High School", "Boston Latin Academy", "Charlestown High School",
           "Madison Park Technical Vocational High School", "Excel High School", "Fenway High School",
           "New Mission High School", "Boston Arts Academy", "Snowden International School",
           "Jeremiah E. Burke High School", "The English High School", "Community Academy of Science and Health",
           "Boston Community Leadership Academy", "Henderson K-12 Inclusion School", "McCormack Middle School",
           "Irving Middle School", "Edwards Middle School"]
PLACES = ["second floor", "cafeteria", "main entrance", "gymnasium", "front office", "stairwell B",
          "library", "east wing"]

# ---- incident templates: (text, key fact) ; {s} subject, {n} the student's name
DRUG_OK = ["cocaine", "fentanyl", "heroin", "oxycodone", "MDMA", "methamphetamine", "Xanax", "LSD",
           "psilocybin mushrooms", "crack cocaine", "Percocet", "counterfeit pills", "ecstasy", "ketamine"]
DRUG_EX = ["marijuana", "THC cartridges", "a THC vape", "edibles", "a vape pen", "Juul pods", "cigarettes",
           "nicotine pouches", "beer", "vodka", "weed", "chewing tobacco", "hard seltzer", "cigars", "blunts"]
DRUG_SUB = {"a THC vape": "THC vape", "a vape pen": "vape pen", "psilocybin mushrooms": "psilocybin",
            "counterfeit pills": "counterfeit pills"}
DRUG_T = [
    "{s} was found with {d} in a backpack.",
    "A staff member found {d} in {p} locker.",
    "{s} had {d} in a jacket pocket during a search.",
    "The assistant principal recovered {d} from {p} bag.",
    "{s} was seen handing {d} to another student in the {place}.",
    "A teacher found {d} in {p} desk.",
    "{s} admitted to bringing {d} to school.",
    "Security staff confiscated {d} from {s_low} at the {place}.",
    "{s} was found in the bathroom with {d}.",
    "A search of {p} backpack turned up {d}.",
    "{s} tried to sell {d} to classmates.",
    "The school nurse reported that {s_low} had {d}.",
]
DRUG_MIX_T = [
    "{s} was found with {d1} and {d2}.",
    "A staff member found {d1} and {d2} in {p} locker.",
    "The assistant principal recovered {d1} and {d2} from {p} bag.",
    "{s} had {d1} and {d2} in a backpack.",
    "Security staff confiscated {d1} and {d2} from {s_low}.",
    "A search of {p} backpack turned up {d1} and {d2}.",
    "{s} admitted to bringing {d1} and {d2} to school.",
    "A teacher found {d1} and {d2} in {p} desk.",
    "{s} was caught in the stairwell with {d1} and {d2}.",
    "{s} was seen passing {d1} and {d2} to other students.",
]
WEAPONS = [("firearm", "a loaded handgun", "handgun"), ("firearm", "an unloaded pistol", "pistol"),
           ("firearm", "a revolver", "revolver"), ("knife", "a folding knife", "knife"),
           ("knife", "a kitchen knife", "knife"), ("knife", "a switchblade", "switchblade"),
           ("box cutter", "a box cutter", "box cutter"), ("brass knuckles", "brass knuckles", "knuckles"),
           ("pepper spray", "a can of pepper spray", "pepper spray"), ("stun gun", "a stun gun", "stun gun"),
           ("taser", "a taser", "taser"), ("razor blade", "a razor blade", "razor blade"),
           ("mace", "a canister of mace", "mace")]
WEAPON_T = [
    "During a bag check {s_low} was found with {w}.",
    "{s} brought {w} to school.",
    "A teacher saw {w} in {p} waistband.",
    "Security staff found {w} in {p} backpack.",
    "{s} showed {w} to classmates in the {place}.",
    "The metal detector flagged {w} in {p} bag.",
    "{s} had {w} in a coat pocket.",
    "An administrator recovered {w} from {p} locker.",
    "{s} was carrying {w} at dismissal.",
    "A student reported that {s_low} had {w}, and staff found it in the {place}.",
    "{s} pulled out {w} during an argument.",
]
VIOLENCE = [
    ("{s} struck another student repeatedly, causing a broken jaw that required hospital care.", "broken jaw"),
    ("{s} stabbed a classmate with a pencil, leaving a deep wound that needed stitches.", "stitches"),
    ("{s} punched a teacher, who suffered a concussion and was taken to the hospital.", "concussion"),
    ("{s} kicked a student in the head until he lost consciousness.", "lost consciousness"),
    ("{s} attacked another student with a chair, fracturing her skull.", "fracturing her skull"),
    ("{s} beat a classmate in the stairwell; the victim has a broken nose and a fractured eye socket.",
     "broken nose"),
    ("{s} slashed another student with a blade, causing a cut that needed surgery.", "surgery"),
    ("{s} sexually assaulted a student in the locker room.", "sexually assaulted"),
    ("{s} choked a classmate until she passed out.", "passed out"),
    ("{s} threw a student down the stairs, breaking his arm.", "breaking his arm"),
    ("{s} hit another student with a metal pipe, causing a serious head injury.", "head injury"),
]
THREAT = [
    ("{s} posted a message naming the school and a date, saying he would bring a gun.", "bring a gun"),
    ("{s} told classmates he would shoot people at the school on Friday.", "shoot people"),
    ("{s} wrote on social media that she would bomb the school next week.", "bomb the school"),
    ("{s} sent a text saying he would stab a teacher tomorrow.", "stab a teacher"),
    ("{s} made a list of students he plans to kill.", "plans to kill"),
    ("{s} said she would bring her father's rifle to the dance.", "rifle"),
    ("{s} threatened to shoot up the cafeteria at lunch on Monday.", "shoot up the cafeteria"),
    ("{s} posted a photo of a gun with the caption that tomorrow is the day.", "photo of a gun"),
    ("{s} wrote a note saying he would blow up the gym.", "blow up the gym"),
    ("{s} told a counselor she has a plan to hurt students at dismissal.", "hurt students"),
    ("{s} threatened to kill a classmate after school with a knife.", "kill a classmate"),
]
THREAT_STATEMENTS = [
    "Specific written threat naming the school, a date and a firearm; the student has access to a firearm at home.",
    "The student named a date, a place and a means; witnesses confirm the student described a plan.",
    "Direct threat to named students with a stated time; the student was seen with a weapon last week.",
    "The message identifies targets, a date and a method; the student repeated it to staff.",
]
OTHER = [
    ("fight", "{s} was in a shoving match in the hallway."),
    ("fight", "{s} got into a fistfight in the cafeteria; nobody was hurt."),
    ("truancy", "{s} has missed twenty days of school without an excuse."),
    ("truancy", "{s} has repeated unexcused absences."),
    ("theft", "{s} took a phone from another student's bag."),
    ("theft", "{s} stole a laptop from the library."),
    ("vandalism", "{s} wrote graffiti on the bathroom wall."),
    ("vandalism", "{s} broke a window in the gym."),
    ("trespass", "{s} entered the building after hours."),
    ("gang_activity", "{s} was seen with a group of older youths near the school."),
    ("bullying", "{s} has been bullying a younger student."),
    ("immigration_inquiry", "Police asked whether {s_low} has legal status."),
    ("suspicious_behavior", "{s} was acting suspiciously near the parking lot."),
]
RECIPIENTS_BAD = ["bric", "ice", "dhs", "cbp", "hsi", "fbi", "commonwealth_fusion_center", "dea"]

# ---- forbidden sentences: category -> (templates, values). {v} the value, {h} he/she, {H} He/She, {p} his/her
FORBID: dict[str, tuple[list[str], list[str]]] = {
    "immigration_status": ([
        "{H} does not have immigration papers.", "The family is undocumented.", "{H} is here on a student visa.",
        "{H} has DACA.", "The family has applied for asylum.", "{H} came to the country as a refugee.",
        "{H} has no papers.", "{P} mother is undocumented.", "{H} has temporary protected status.",
        "{H} is not a U.S. citizen.", "{P} family is waiting on a green card.", "{H} overstayed a tourist visa.",
    ], []),
    "national_origin": ([
        "The student's family is from {v}.", "{H} is a recent arrival from {v}.", "{H} was born in {v}.",
        "{H} moved here from {v} last year.", "{P} parents came from {v}.", "{H} recently arrived from {v}.",
        "{H} is originally from {v}.", "{P} family immigrated from {v}.", "{H} grew up in {v}.",
        "{H} lived in {v} until last spring.", "{H} is a native of {v}.",
    ], ["Haiti", "Venezuela", "Guatemala", "El Salvador", "Honduras", "the Dominican Republic", "Cape Verde",
        "Brazil", "Vietnam", "Somalia", "Colombia", "Ecuador", "Nigeria", "Ukraine", "Afghanistan", "China",
        "Mexico", "Puerto Rico", "Jamaica", "Ethiopia", "Morocco", "Albania", "Nicaragua", "Peru", "Eritrea", "Sudan",
        "Bangladesh", "Nepal", "Burma", "Laos", "Cambodia", "Trinidad", "Barbados", "Ghana", "Kenya", "Uganda",
        "Syria", "Iraq", "Yemen", "Bolivia", "Chile", "Argentina", "Cuba", "Poland", "Russia", "Turkey", "Iran",
        "Sierra Leone", "Liberia", "Senegal", "Guinea", "Angola", "St. Lucia", "Grenada", "Montserrat"]),
    "ethnicity": ([
        "The student's parents are {v}.", "{H} is {v}.", "The student is {v}.", "{P} family is {v}.",
        "{H} identifies as {v}.", "{P} mother is {v}.", "{H} comes from a {v} family.",
        "{P} father is {v}.", "Both parents are {v}.", "{H} is of {v} descent.", "{H} is part of the {v} community.",
    ], ["Vietnamese", "Haitian", "Dominican", "Cape Verdean", "Salvadoran", "Somali", "Puerto Rican", "Guatemalan",
        "Hispanic", "Latino", "Black", "Asian", "Chinese", "Brazilian", "Jamaican", "Colombian", "Ethiopian",
        "Nigerian", "Honduran", "Mexican", "Albanian", "Arab", "Korean", "Cambodian", "Eritrean", "Sudanese",
        "Bangladeshi", "Nepali", "Burmese", "Laotian", "Trinidadian", "Ghanaian", "Kenyan", "Syrian", "Iraqi",
        "Yemeni", "Bolivian", "Cuban", "Polish", "Russian", "Turkish", "Iranian", "Liberian", "Senegalese",
        "Hmong", "Khmer", "Taino", "Garifuna", "Roma", "Pacific Islander", "Native American", "biracial",
        "mixed race", "West Indian", "Afro-Caribbean", "Middle Eastern", "South Asian", "Filipino", "Pakistani"]),
    "religion": ([
        "{H} attends Friday prayers.", "{H} is {v}.", "{P} family is {v}.", "{H} goes to {v_place} every week.",
        "{H} wears a hijab.", "{H} fasts during Ramadan.", "{P} family belongs to a {v} congregation.",
        "{H} was raised {v}.", "{H} observes the Sabbath.", "{H} is a practicing {v}.",
        "{H} attends services at the {v_place} on Sundays.",
    ], ["Muslim", "Catholic", "Jewish", "Buddhist", "Hindu", "Evangelical", "Pentecostal", "Sikh",
        "Jehovah's Witness", "Baptist", "Orthodox Christian", "Seventh-day Adventist", "Mormon", "Methodist",
        "Lutheran", "Episcopalian", "Coptic", "Rastafarian", "Quaker", "Shia", "Sunni", "Vodou", "Santeria",
        "atheist", "Scientologist", "Unitarian"]),
    "neighborhood": ([
        "{P} family lives near {v}.", "{H} lives in {v}.", "The student lives in {v}.", "{H} lives on {v}.",
        "{P} home is in {v}.", "{H} stays with an aunt in {v}.", "The family moved to {v} in the fall.",
        "{H} lives at {v}.", "{H} takes the bus from {v}.", "{H} lives in the {v}.", "{P} address is {v}.",
    ], []),
    "language": ([
        "{H} is still learning English.", "{H} speaks {v} at home.", "{P} home language is {v}.",
        "{P} parents only speak {v}.", "{H} is an English learner.", "The family needs a {v} interpreter.",
        "{H} mostly speaks {v}.", "{H} is in the ELL program.", "{P} first language is {v}.",
        "{H} has limited English.", "{H} talks to friends in {v}.",
    ], ["Spanish", "Haitian Creole", "Portuguese", "Cape Verdean Creole", "Vietnamese", "Cantonese", "Mandarin",
        "Somali", "Arabic", "Russian", "Amharic", "French", "Albanian", "Tigrinya", "Kriolu", "Nepali", "Bengali",
        "Hindi", "Urdu", "Pashto", "Dari", "Farsi", "Swahili", "Yoruba", "Igbo", "Wolof", "Khmer", "Hmong",
        "K'iche'", "Quechua", "Polish", "Ukrainian", "Turkish", "Korean", "Tagalog", "Japanese", "Greek",
        "Italian", "Lao", "Burmese", "Kinyarwanda", "ASL", "Patois", "Twi", "Oromo", "Mam"]),
    "gang_affiliation": ([
        "{H} claims the {v} gang.", "{H} is a member of the {v} gang.", "Staff believe {h} runs with {v}.",
        "{H} is known to be part of {v}.", "{H} has been seen with the {v} crew.", "{H} is affiliated with {v}.",
        "{H} is in the gang database as {v}.", "{H} throws {v} signs.", "{H} hangs out with {v} members.",
        "Police say {h} is connected to {v}.", "{H} was jumped into {v} last summer.",
    ], ["Franklin Hill", "Heath Street", "Castlegate", "Orchard Park", "Lenox Street", "Columbia Point",
        "H-Block", "Academy Homes", "Cameron Street", "Wendover Street", "Greenwood Street", "Thetford Ave",
        "MS-13", "Mission Hill", "Bloods", "Crips", "Latin Kings", "Trinitarios", "18th Street", "Norton Street",
        "Annunciation Road", "Big Head Boys", "Magnolia Street", "Vamp Hill", "Cathedral", "Corbet Street",
        "Mozart Street", "Woodward Park", "Intervale", "Homes Ave", "Hendry Street", "Morse Street",
        "Sur 13", "Ruthven Street", "Brunswick King", "Mac Block", "Fayston Street"]),
}
FORBID_VALUE_RULES: dict[str, dict[str, str]] = {
    "immigration_status": {
        "{H} does not have immigration papers.": "immigration papers", "The family is undocumented.": "undocumented",
        "{H} is here on a student visa.": "student visa", "{H} has DACA.": "DACA",
        "The family has applied for asylum.": "asylum", "{H} came to the country as a refugee.": "refugee",
        "{H} has no papers.": "no papers", "{P} mother is undocumented.": "undocumented",
        "{H} has temporary protected status.": "temporary protected status",
        "{H} is not a U.S. citizen.": "not a U.S. citizen", "{P} family is waiting on a green card.": "green card",
        "{H} overstayed a tourist visa.": "tourist visa"},
    "language": {"{H} is still learning English.": "learning English", "{H} is an English learner.": "English learner",
                 "{H} is in the ELL program.": "ELL program", "{H} has limited English.": "limited English"},
    "religion": {"{H} attends Friday prayers.": "Friday prayers", "{H} wears a hijab.": "hijab",
                 "{H} fasts during Ramadan.": "Ramadan", "{H} observes the Sabbath.": "Sabbath"},
}
RELIGION_PLACE = {"Muslim": "mosque", "Catholic": "St. Peter's Church", "Jewish": "synagogue", "Buddhist": "temple",
                  "Hindu": "Hindu temple", "Evangelical": "Evangelical church", "Pentecostal": "Pentecostal church",
                  "Sikh": "gurdwara", "Jehovah's Witness": "Kingdom Hall", "Baptist": "Twelfth Baptist Church",
                  "Orthodox Christian": "Greek Orthodox church", "Seventh-day Adventist": "Adventist church", "Mormon": "LDS ward", "Methodist": "Methodist church",
                  "Lutheran": "Lutheran church", "Episcopalian": "Episcopal church", "Coptic": "Coptic church",
                  "Rastafarian": "Rastafari gathering", "Quaker": "Friends meeting house", "Shia": "Shia mosque",
                  "Sunni": "Sunni mosque", "Vodou": "Vodou temple", "Santeria": "Santeria house",
                  "atheist": "humanist group", "Scientologist": "Scientology center",
                  "Unitarian": "Unitarian church"}
NEIGHBORHOODS = ["Franklin Park", "Dorchester", "Mattapan", "Roxbury", "Hyde Park", "Jamaica Plain", "Roslindale",
                 "Chelsea", "Fields Corner", "Uphams Corner", "Grove Hall", "Codman Square", "Egleston Square",
                 "Mission Hill", "Bowdoin Street", "Blue Hill Avenue", "Washington Street", "Dudley Square",
                 "Mildred Avenue", "Bromley-Heath", "Mary Ellen McCormack", "Orchard Gardens", "Franklin Field",
                 "Cathedral housing development", "Old Colony", "Ashmont", "Savin Hill", "Maverick Square",
                 "Orient Heights", "Allston", "South End", "West Roxbury", "Charlestown", "Chinatown", "Bay Village",
                 "Fenway", "Back Bay", "Beacon Hill", "North End", "Eagle Hill", "Lower Mills", "Four Corners",
                 "Bowdoin-Geneva", "Jones Hill", "Meeting House Hill", "Columbia Point", "Lenox Street",
                 "Whittier Street", "Villa Victoria", "Harbor Point", "Bunker Hill", "Revere", "Everett", "Lynn",
                 "Brockton", "Somerville", "Quincy", "Malden", "Randolph", "Peabody", "Milton", "Dedham"]
NEIGHBORHOOD_BY_T = {
    "{H} lives on {v}.": ["Blue Hill Avenue", "Washington Street", "Bowdoin Street", "Mildred Avenue",
                          "Dorchester Avenue", "Columbia Road", "Geneva Avenue", "Talbot Avenue"],
    "{H} lives at {v}.": ["45 Ruthven Street", "12 Wendover Street", "88 Intervale Street", "230 Talbot Avenue",
                          "17 Homestead Street", "9 Magnolia Street"],
    "{P} address is {v}.": ["45 Ruthven Street", "12 Wendover Street", "88 Intervale Street", "230 Talbot Avenue",
                            "17 Homestead Street", "9 Magnolia Street"],
    "{H} lives in the {v}.": ["Mary Ellen McCormack development", "Bromley-Heath development", "Orchard Gardens",
                              "Franklin Field development", "Old Colony development", "Cathedral development"],
}

# ---- structured forbidden fields: (field name, category, [(value, canary)])
FIELDS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("home_language", "language", [("Spanish", "Spanish"), ("Haitian Creole", "Creole"), ("Vietnamese", "Vietnamese"),
                                   ("Somali", "Somali"), ("Portuguese", "Portuguese")]),
    ("primary_language", "language", [("Cantonese", "Cantonese"), ("Arabic", "Arabic"), ("Cape Verdean Creole",
                                                                                          "Creole")]),
    ("ell_status", "language", [("ELL level 3", "ELL level"), ("Active EL, WIDA 2.1", "WIDA"),
                                ("Limited English Proficient", "Limited English")]),
    ("lep_status", "language", [("LEP - Yes", "LEP - Yes")]),
    ("race", "ethnicity", [("Black or African American", "African American"), ("Asian", "Asian"),
                           ("Hispanic/Latino", "Latino"), ("Native Hawaiian", "Hawaiian")]),
    ("ethnicity", "ethnicity", [("Haitian", "Haitian"), ("Dominican", "Dominican"), ("Cape Verdean", "Verdean"),
                                ("Hispanic or Latino", "Latino")]),
    ("hispanic_latino", "ethnicity", [("Hispanic or Latino", "Hispanic")]),
    ("country_of_birth", "national_origin", [("Honduras", "Honduras"), ("Haiti", "Haiti"), ("Brazil", "Brazil"),
                                             ("Somalia", "Somalia"), ("El Salvador", "Salvador")]),
    ("birth_country", "national_origin", [("Venezuela", "Venezuela"), ("Cape Verde", "Cape Verde")]),
    ("nationality", "national_origin", [("Guatemalan", "Guatemalan"), ("Colombian", "Colombian")]),
    ("immigration_status", "immigration_status", [("undocumented", "undocumented"), ("pending asylum", "asylum"),
                                                  ("TPS", "TPS"), ("refugee", "refugee")]),
    ("citizenship", "immigration_status", [("non-citizen", "non-citizen"), ("Lawful permanent resident",
                                                                            "permanent resident")]),
    ("visa_type", "immigration_status", [("F-1", "F-1"), ("B-2 overstay", "overstay")]),
    ("religion", "religion", [("Muslim", "Muslim"), ("Buddhist", "Buddhist"), ("Catholic", "Catholic"),
                              ("Jehovah's Witness", "Jehovah")]),
    ("neighborhood", "neighborhood", [("Mattapan", "Mattapan"), ("Roxbury", "Roxbury"), ("Jamaica Plain",
                                                                                         "Jamaica Plain")]),
    ("home_address", "neighborhood", [("44 Westview Street", "Westview"), ("19 Fessenden Street", "Fessenden")]),
    ("address", "neighborhood", [("301 Columbia Road, Apt 2", "Columbia Road")]),
    ("zip_code", "neighborhood", [("02126", "02126"), ("02119", "02119")]),
    ("housing_development", "neighborhood", [("Mildred C. Hailey Apartments", "Hailey")]),
    ("gang_affiliation", "gang_affiliation", [("Franklin Hill Giants", "Franklin Hill"), ("Heath Street",
                                                                                         "Heath Street")]),
    ("first_language", "language", [("Kriolu", "Kriolu"), ("Amharic", "Amharic")]),
    ("parent_language", "language", [("Haitian Creole", "Creole"), ("Mandarin", "Mandarin")]),
    ("interpreter_needed", "language", [("Yes - Spanish interpreter", "Spanish interpreter")]),
    ("place_of_birth", "national_origin", [("Port-au-Prince, Haiti", "Port-au-Prince"), ("Praia, Cape Verde",
                                                                                         "Praia")]),
    ("citizenship_status", "immigration_status", [("Undocumented", "Undocumented"), ("Asylee", "Asylee")]),
    ("federal_race_code", "ethnicity", [("Black or African American; Hispanic", "African American")]),
    ("ethnic_group", "ethnicity", [("Somali", "Somali"), ("Vietnamese", "Vietnamese")]),
    ("religious_affiliation", "religion", [("Islam", "Islam"), ("Pentecostal", "Pentecostal")]),
    ("street_address", "neighborhood", [("7 Mascot Street, Dorchester", "Mascot")]),
    ("zip", "neighborhood", [("02121", "02121")]),
    ("gang_notes", "gang_affiliation", [("Associates with Lenox Street crew", "Lenox")]),
    ("gang_flag", "gang_affiliation", [("Suspected - Orchard Park", "Orchard Park")]),
]


def pick_name(rng: random.Random) -> tuple[str, str]:
    male = rng.random() < 0.5
    first = rng.choice(FIRST_M if male else FIRST_F)
    return f"{first} {rng.choice(LAST)}", "m" if male else "f"


def forbidden_sentence(rng: random.Random, cat: str, sex: str) -> tuple[str, str]:
    templates, values = FORBID[cat]
    t = rng.choice(templates)
    if cat == "neighborhood":
        v = rng.choice(NEIGHBORHOOD_BY_T.get(t, NEIGHBORHOODS))
        canary = v
    elif t in FORBID_VALUE_RULES.get(cat, {}):
        v = ""
        canary = FORBID_VALUE_RULES[cat][t]
    else:
        v = rng.choice(values)
        canary = v.removeprefix("the ")
    if cat == "religion" and "{v_place}" in t:
        canary = RELIGION_PLACE[v]
    h, p = ("he", "his") if sex == "m" else ("she", "her")
    text = t.format(v=v, h=h, H=h.capitalize(), P=p.capitalize(), v_place=RELIGION_PLACE.get(v, ""))
    if cat == "language" and "interpreter" in t:
        canary = v
    return text, canary


def incident(rng: random.Random, family: str, name: str, sex: str) -> tuple[dict[str, Any], str, str, list[str]]:
    """Return (request extras, incident sentence, key fact, extra must_contain_text)."""
    use_name = rng.random() < 0.35
    s = name if use_name else "The student"
    fmt = {"s": s, "s_low": name if use_name else "the student", "p": f"{name}'s" if use_name else "the student's",
           "place": rng.choice(PLACES)}
    extra_text = [name] if use_name else []
    if family == "drugs_ok":
        d = rng.choice(DRUG_OK)
        return {"ground": "drugs", "substances": [DRUG_SUB.get(d, d)]}, rng.choice(DRUG_T).format(d=d, **fmt), \
            DRUG_SUB.get(d, d), extra_text
    if family == "drugs_excluded":
        d = rng.choice(DRUG_EX)
        sub = DRUG_SUB.get(d, d.removeprefix("a "))
        return {"ground": "drugs", "substances": [sub]}, rng.choice(DRUG_T).format(d=d, **fmt), sub, []
    if family == "drugs_mixed":
        d1, d2 = rng.choice(DRUG_EX), rng.choice(DRUG_OK)
        s1 = DRUG_SUB.get(d1, d1.removeprefix("a "))
        s2 = DRUG_SUB.get(d2, d2)
        return {"ground": "drugs", "substances": [s1, s2]}, rng.choice(DRUG_MIX_T).format(d1=d1, d2=d2, **fmt), \
            s2, extra_text
    if family in ("weapon", "bad_recipient", "face"):
        cls, phrase, key = rng.choice(WEAPONS)
        text = rng.choice(WEAPON_T).format(w=phrase, **fmt)
        text = text[0].upper() + text[1:]
        return {"ground": "weapon", "weapon": cls}, text, key, extra_text
    if family == "serious_violence":
        t, key = rng.choice(VIOLENCE)
        return {"ground": "serious_violence"}, t.format(**fmt), key, extra_text
    if family in ("credible_threat", "threat_missing"):
        t, key = rng.choice(THREAT)
        extra: dict[str, Any] = {"ground": "credible_threat"}
        if family == "credible_threat":
            extra["threat_statement"] = rng.choice(THREAT_STATEMENTS)
        return extra, t.format(**fmt), key, extra_text
    ground, t = rng.choice(OTHER)
    text = t.format(**fmt)
    return {"ground": ground}, text[0].upper() + text[1:], "", []


FAMILIES = ["drugs_ok", "drugs_excluded", "drugs_mixed", "weapon", "serious_violence", "credible_threat",
            "threat_missing", "bad_recipient", "other_ground", "face"]
DENY_REASON = {"drugs_excluded": "excluded_substance", "threat_missing": "missing_threat_statement",
               "bad_recipient": "recipient_not_permitted", "other_ground": "ground_not_permitted",
               "face": "face_surveillance"}
FACE_ATTACH = [{"kind": "face_match", "name": "match_result.json"},
               {"kind": "facial_recognition", "name": "clearview_hits.pdf"},
               {"kind": "photo", "name": "photo for face matching.jpg"}]


def make_case(rng: random.Random, i: int) -> dict[str, Any]:
    family = FAMILIES[i % len(FAMILIES)]
    name, sex = pick_name(rng)
    school = rng.choice(SCHOOLS)
    extras, sentence, key, extra_text = incident(rng, family, name, sex)
    cats = rng.sample(sorted(FORBID), rng.randint(0, 3))
    sentences = [sentence]
    canaries: list[str] = []
    categories: set[str] = set()
    for cat in cats:
        text, canary = forbidden_sentence(rng, cat, sex)
        sentences.insert(rng.randint(0, len(sentences)), text)
        canaries.append(canary)
        categories.add(cat)
    student: dict[str, Any] = {"student_id": f"S{rng.randint(300000, 999999)}", "name": name,
                               "date_of_birth": f"20{rng.randint(8, 12):02d}-{rng.randint(1, 12):02d}-"
                                                f"{rng.randint(1, 28):02d}",
                               "grade": rng.randint(6, 12), "school": school}
    for fname, cat, vals in rng.sample(FIELDS, rng.randint(0, 3)):
        if fname in student:
            continue
        value, canary = rng.choice(vals)
        student[fname] = value
        canaries.append(canary)
        categories.add(cat)
    recipient = rng.choice(["bpd", "bpd/district-b2", "bpd/district-c11", "bpd/district-e13"])
    if family == "bad_recipient":
        recipient = rng.choice(RECIPIENTS_BAD)
    rid = f"emu2-{i:04d}"
    req: dict[str, Any] = {"request_id": rid, "school_id": f"BPS-{rng.randint(1000, 9999)}", "recipient": recipient,
                           "incident": {"occurred_at": f"2026-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}T"
                                                       f"{rng.randint(8, 14):02d}:{rng.randint(0, 59):02d}:00-05:00",
                                        "location": f"{school}, {rng.choice(PLACES)}",
                                        "description": " ".join(sentences)},
                           "student": student, "ground": extras.pop("ground")}
    if family == "face":
        extras["attachments"] = [rng.choice(FACE_ATTACH)]
    req.update(extras)
    # canaries must not occur in what may legitimately be released (school, name, facts, notice)
    safe = " ".join([name, school, sentence, req["incident"]["location"], req.get("threat_statement", ""),
                     json.dumps(extras), NOTICE, "boston police department"]).lower()
    mnc: list[str] = []
    for c in canaries:
        if c.lower() in safe or c.lower() in ("ice",) or c in mnc:
            continue
        mnc.append(c)
    decision = "deny" if family in DENY_REASON else "allow"
    expect: dict[str, Any] = {"decision": decision, "must_not_contain": mnc,
                              "must_contain": [name, school, key] if decision == "allow" else [],
                              "categories": sorted(categories), "tags": [family]}
    if decision == "deny":
        expect["reason"] = DENY_REASON[family]
    expect["must_contain_text"] = [key, *extra_text] if decision == "allow" else []
    return {"id": rid, "request": req, "expect": expect}


def main() -> None:
    rng = random.Random(20260522)
    cases = [make_case(rng, i) for i in range(N)]
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
