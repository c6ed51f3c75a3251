#!/usr/bin/env python3
"""Seeded generator for held-out corpus A (outside author). Standard library only.

Writes corpus_a.jsonl next to this file. Families (tags): narrative, residence, precision, residue.
Forbidden spans are written inside [[...]] while composing, so the generator can check that no
canary (must_not_contain) also occurs in the text a correct redactor keeps; markers are stripped
before writing.
"""
import datetime
import json
import pathlib
import random
import re
import unicodedata

SEED = 20260305
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_a.jsonl"
R = random.Random(SEED)

NOTICE_WORDS = ("notice of restriction on redisclosure ferpa 34 cfr 99.33 this report contains personally "
                "identifiable information from the education records of a boston public schools student. "
                "it is disclosed to you under 34 cfr 99.31 and 99.36 for the sole purpose stated in the report. "
                "you may not redisclose this information, or any information derived from it, to any other "
                "party, agency, database or system, without the prior written consent of the parent or eligible "
                "student, except as 34 cfr 99.33 expressly permits. boston city code 16-63 forbids its sharing "
                "with the boston regional intelligence center, any gang database, or any federal agency. records "
                "of this disclosure are kept under 34 cfr 99.32.")
CAT_CODES = ("immigration_status national_origin ethnicity religion neighborhood language gang_affiliation "
             "face_surveillance not_allowlisted withheld [withheld] student.incident.description threat_statement")

# --------------------------------------------------------------------------------------------
# Schools: name, id, grades, rooms, and "spots": places that locate the school or the incident
# (they must survive in the police copy).
SCHOOLS = [
    dict(name="East Boston High School", id="BPS-4112", hs=True,
         spots=["outside East Boston High School", "the White St entrance", "the Maverick T station",
                "the Central Square bus shelter"]),
    dict(name="Madison Park Technical Vocational High School", id="BPS-4270", hs=True,
         spots=["the Malcolm X Blvd entrance", "the Ruggles busway", "the Roxbury Crossing T stop",
                "the auto shop loading dock"]),
    dict(name="John D. O'Bryant School", id="BPS-4285", hs=True,
         spots=["the Malcolm X Blvd crosswalk", "the Ruggles busway", "the Tremont St bus stop"]),
    dict(name="Jeremiah E. Burke High School", id="BPS-4391", hs=True,
         spots=["the Washington St entrance", "the Grove Hall bus stop on Blue Hill Ave",
                "the Columbia Rd side gate"]),
    dict(name="English High School", id="BPS-4123", hs=True,
         spots=["the McBride St entrance", "the Forest Hills MBTA station", "the Washington St bus stop by Forest Hills"]),
    dict(name="Excel High School", id="BPS-4160", hs=True,
         spots=["the G St entrance", "the Broadway T station", "the East Broadway bus stop"]),
    dict(name="Brighton High School", id="BPS-4087", hs=True,
         spots=["the Warren St entrance", "the Cambridge St bus stop", "outside Brighton High School"]),
    dict(name="TechBoston Academy", id="BPS-4445", hs=True,
         spots=["the Peacevale Rd entrance", "the Codman Square bus stop", "the Washington St side lot"]),
    dict(name="Charlestown High School", id="BPS-4071", hs=True,
         spots=["the Medford St entrance", "the Sullivan Square station", "the Bunker Hill St bus stop"]),
    dict(name="Snowden International School", id="BPS-4301", hs=True,
         spots=["the Mass Ave bus stop", "the Hynes Convention Center T stop", "the Newbury St side door"]),
    dict(name="Boston Latin Academy", id="BPS-4020", hs=True,
         spots=["the Townsend St entrance", "the Humboldt Ave side door", "the Townsend St bus stop"]),
    dict(name="Henderson K-12 Inclusion School", id="BPS-4366", hs=True,
         spots=["the Croftland Ave entrance", "the Dorchester Ave entrance", "the Shawmut T station"]),
    dict(name="Boston Community Leadership Academy", id="BPS-4176", hs=True,
         spots=["the Hyde Park Ave bus stop", "the Cleary Square bus stop", "the River St side lot"]),
    dict(name="Dearborn STEM Academy", id="BPS-4418", hs=True,
         spots=["the Winthrop St entrance", "the Nubian Square busway", "the Dudley St crosswalk"]),
    dict(name="Boston Arts Academy", id="BPS-4330", hs=True,
         spots=["the Ipswich St entrance", "the Fenway T stop", "the Boylston St crosswalk"]),
    dict(name="Community Academy of Science and Health", id="BPS-4352", hs=True,
         spots=["the Dorchester Ave entrance", "the Fields Corner T station", "the Charles St side door"]),
    dict(name="New Mission High School", id="BPS-4401", hs=True,
         spots=["the Metropolitan Ave entrance", "the Cleary Square bus stop", "the Readville commuter rail platform"]),
    dict(name="Lilla G. Frederick Middle School", id="BPS-4520", hs=False,
         spots=["the Columbia Rd entrance", "the Uphams Corner bus stop", "the Columbia Rd crosswalk"]),
    dict(name="Washington Irving Middle School", id="BPS-4531", hs=False,
         spots=["the Cummins Hwy entrance", "the Roslindale Square bus stop", "the Cummins Hwy crosswalk"]),
    dict(name="Mildred Avenue K-8 School", id="BPS-4448", hs=False,
         spots=["the Mildred Ave entrance", "the Mattapan Square bus stop", "the Mildred Ave crosswalk"]),
]
ROOMS = ["room 108", "room 214", "room 306", "room 117", "room 231", "the B-wing stairwell", "the 2nd floor boys' bathroom",
         "the 3rd floor girls' bathroom", "the cafeteria", "the gym lobby", "the library", "the main lobby",
         "the band room hallway", "the science wing corridor", "the 4th floor landing"]

FIRST_M = ["Jaylen", "Kenson", "Darnell", "Mateo", "Tyrese", "Khalil", "Andre", "Luis", "Samir", "Jordy", "Malik",
           "Christopher", "Isaiah", "Abdi", "Kevin", "Jamari", "Elijah", "Rashad", "Dante", "Nelson", "Bryan",
           "Marcus", "Anthony", "Tavon", "Xavier", "Denzel", "Osvaldo", "Micah", "Caleb", "Josue"]
FIRST_F = ["Aaliyah", "Kiara", "Destiny", "Nayeli", "Imani", "Fatima", "Jasmine", "Tatiana", "Leila", "Brianna",
           "Mariana", "Nia", "Amara", "Yesenia", "Keisha", "Sofia", "Zainab", "Tiana", "Gabriela", "Shanice"]
LAST = ["Pierre-Louis", "Carter", "Delgado", "Mensah", "Okafor", "Barbosa", "Tran", "Nguyen", "Rivera", "Hassan",
        "Fontaine", "Greene", "Monteiro", "Alvarado", "Sealy", "Warsame", "Lindo", "Castillo", "Brathwaite", "Pham",
        "Osei", "Ferreira", "Coleman", "Dubois", "Whitfield", "Rosario", "Gomes", "Abernathy", "Nolasco", "Yusuf",
        "Bellamy", "Ortega", "Prescott", "Quintero", "Santana", "Holloway", "Medeiros", "Kamara", "Lomax", "Tejada"]
STAFF = ["Kane", "Hanley", "Doherty", "McNeil", "Boateng", "Velazquez", "Sullivan", "Ibarra", "Chen", "Fitzgerald",
         "Okonkwo", "Murray", "Greer", "Lozano", "Brennan", "Tavares", "Hill", "Costa", "Walsh", "Darby"]
INITIALS = ["C.F.", "J.M.", "D.R.", "T.W.", "A.B.", "K.L.", "M.S.", "R.J.", "E.P.", "N.O.", "S.V.", "B.T."]

RECIP_OK = ["bpd"] * 4 + ["bpd/district-b2", "bpd/district-b3", "bpd/district-c11", "bpd/district-e18",
                          "bpd/district-a7", "bpd/district-d4", "bpd/district-e13", "bpd/district-c6",
                          "bpd/district-e5", "bpd/district-a1", "bpd/district-d14"]
RECIP_BAD = ["bric", "bric", "bpd/bric", "ice", "ice/ero-boston", "dhs/hsi-boston", "cbp",
             "commonwealth-fusion-center", "mbta-transit-police", "fbi/boston-field-office",
             "allied-universal-security", "msp/troop-h"]

# -------- forbidden value pools --------
COUNTRIES = [("Haiti", "Haitian"), ("Guatemala", "Guatemalan"), ("El Salvador", "Salvadoran"), ("Honduras", "Honduran"),
             ("Brazil", "Brazilian"), ("Somalia", "Somali"), ("Cabo Verde", "Cape Verdean"),
             ("the Dominican Republic", "Dominican"), ("Colombia", "Colombian"), ("Venezuela", "Venezuelan"),
             ("Ecuador", "Ecuadorian"), ("Ethiopia", "Ethiopian"), ("Nigeria", "Nigerian"), ("Morocco", "Moroccan"),
             ("Afghanistan", "Afghan"), ("Albania", "Albanian"), ("Ukraine", "Ukrainian"), ("Vietnam", "Vietnamese"),
             ("Jamaica", "Jamaican"), ("Eritrea", "Eritrean"), ("Sudan", "Sudanese"), ("China", "Chinese"),
             ("Kenya", "Kenyan"), ("Syria", "Syrian")]
def ccanary(country):
    return country.replace("the ", "") if country.startswith("the ") else country
LANGS = ["Haitian Creole", "Cape Verdean Creole", "Spanish", "Portuguese", "Somali", "Vietnamese", "Arabic",
         "Amharic", "Tigrinya", "Mandarin", "Cantonese", "K'iche'", "Dari", "Pashto", "Albanian"]
HOODS = ["Mattapan", "Hyde Park", "Roslindale", "Grove Hall", "Uphams Corner", "Codman Square", "Four Corners",
         "Bowdoin-Geneva", "Egleston Square", "Eagle Hill", "Orient Heights", "Savin Hill", "Lower Mills",
         "Mount Bowdoin", "Fields Corner", "Chelsea", "Roxbury", "Jamaica Plain", "Readville", "Ashmont",
         "Revere", "Franklin Field"]
DEVS = ["Orchard Gardens", "Mildred C. Hailey apartments", "Bromley-Heath", "Franklin Hill development",
        "Old Colony", "Mary Ellen McCormack", "Mission Main", "Alice Heyward Taylor", "Whittier Street development",
        "Archdale", "Washington Beech", "Academy Homes", "Cathedral development", "Lenox Street apartments",
        "Maverick Landing", "Heath Street development", "Charlestown development", "West Broadway development"]
def devcanary(d):
    for suf in (" apartments", " development"):
        if d.endswith(suf):
            return d[: -len(suf)]
    return d
STREETS = ["Brookford St", "Wendover St", "Blue Hill Ave", "Intervale St", "Norfolk St", "Seaver St", "Geneva Ave",
           "Bowdoin St", "Dudley St", "Woodrow Ave", "Almont St", "River St", "Hancock St", "Fuller St",
           "Magnolia St", "Sumner St", "Bennington St", "Saratoga St", "Lexington St", "Fessenden St",
           "Dakota St", "Harvard St", "Callender St", "Hazelton St", "Homes Ave", "Glenway St"]
ZIPS = ["02121", "02124", "02125", "02126", "02119", "02130", "02136", "02128", "02131", "02122"]
GANGS = ["H-Block", "Castlegate", "Heath Street", "Lenox Street", "Cameron Street", "Greenwood Street",
         "Columbia Point Dawgs", "Orchard Park Trailblazers", "Norfolk Ave Boys", "Wendover Boys", "Big Homie Gang",
         "Hendry Street"]
def gcanary(g):
    return "Trailblazers" if g == "Orchard Park Trailblazers" else g
IMM = [  # (marked clause, canaries); {his} etc filled later
    ("[[who is undocumented]]", ["undocumented"]),
    ("[[who does not have papers]]", ["have papers"]),
    ("[[who has a pending asylum case]]", ["asylum"]),
    ("[[who is here on TPS]]", ["here on TPS"]),
    ("[[whose visa expired last year]]", ["visa expired"]),
    ("[[who is in removal proceedings]]", ["removal proceedings"]),
    ("[[who is still waiting on a green card]]", ["green card"]),
    ("[[who came in as a refugee]]", ["refugee"]),
]
RELIG = [  # (phrase, canaries)
    ("[[the family attends the Masjid Al-Noor mosque on Washington St]]", ["Masjid", "mosque"]),
    ("[[the family is very active at Morning Star Baptist Church]]", ["Morning Star", "Baptist"]),
    ("[[the family are Jehovah's Witnesses]]", ["Jehovah"]),
    ("[[the family is Muslim]]", ["Muslim"]),
    ("[[the family goes to Iglesia Pentecostal Nueva Vida]]", ["Pentecostal", "Nueva Vida"]),
    ("[[the family attends Kingdom Hall on Sundays]]", ["Kingdom Hall"]),
    ("[[the family are Seventh-day Adventists]]", ["Adventist"]),
    ("[[the family attends St. Peter's Catholic parish]]", ["Catholic", "parish"]),
    ("[[the family is Orthodox Jewish]]", ["Orthodox", "Jewish"]),
    ("[[the family worships at the Buddhist temple in Fields Corner]]", ["Buddhist"]),
]
ETHN = ["Haitian", "Dominican", "Cape Verdean", "Somali", "Vietnamese", "Salvadoran", "Guatemalan", "Puerto Rican",
        "Brazilian", "Hispanic", "Latino", "African American", "Irish American", "Chinese American", "Albanian"]

# consistent family profiles: (country, adjective, pan-ethnic label or None, languages)
PROFILES = [("Haiti", "Haitian", None, ["Haitian Creole"]), ("Cabo Verde", "Cape Verdean", None, ["Cape Verdean Creole", "Portuguese"]),
            ("the Dominican Republic", "Dominican", "Latino", ["Spanish"]), ("Guatemala", "Guatemalan", "Hispanic", ["Spanish", "K'iche'"]),
            ("El Salvador", "Salvadoran", "Latino", ["Spanish"]), ("Honduras", "Honduran", "Hispanic", ["Spanish"]),
            ("Brazil", "Brazilian", None, ["Portuguese"]), ("Somalia", "Somali", None, ["Somali"]),
            ("Vietnam", "Vietnamese", None, ["Vietnamese"]), ("China", "Chinese", None, ["Cantonese", "Mandarin"]),
            ("Ethiopia", "Ethiopian", None, ["Amharic"]), ("Eritrea", "Eritrean", None, ["Tigrinya"]),
            ("Afghanistan", "Afghan", None, ["Dari", "Pashto"]), ("Albania", "Albanian", None, ["Albanian"]),
            ("Colombia", "Colombian", "Latino", ["Spanish"]), ("Venezuela", "Venezuelan", "Hispanic", ["Spanish"]),
            ("Morocco", "Moroccan", None, ["Arabic"]), ("Syria", "Syrian", None, ["Arabic"]),
            ("Nigeria", "Nigerian", None, ["Yoruba"]), ("Ukraine", "Ukrainian", None, ["Ukrainian"]),
            ("Jamaica", "Jamaican", None, ["Jamaican Patois"]), ("Ecuador", "Ecuadorian", "Latino", ["Spanish", "Kichwa"])]

MONTHS = ["September", "October", "November", "December", "January", "February", "March", "April", "May", "June"]


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


# --------------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, school, grade):
        self.r = r
        self.school = school
        male = r.random() < 0.62
        self.first = r.choice(FIRST_M if male else FIRST_F)
        self.last = r.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.he, self.him, self.his = ("he", "him", "his") if male else ("she", "her", "her")
        self.He, self.His = self.he.capitalize(), self.his.capitalize()
        self.grade = grade
        st = r.sample(STAFF, 7)
        self.sss, self.sss2, self.ap, self.couns, self.nurse, self.teacher, self.vteacher = st
        self.tch = r.choice(["Ms. ", "Mr. "]) + self.teacher
        self.ap_title = r.choice(["AP", "Assistant Principal", "Dean", "AP"])
        self.officer = r.choice(["SSS", "SSO", "SSS", "SRO"])
        self.guardian = r.choice(["mom", "mother", "dad", "father", "grandmother", "aunt", "stepdad", "older sister"])
        pr = r.choice(PROFILES)
        self.country, self.adj, self.pan, self.langs = pr
        self.ethn = r.choice([self.adj, self.adj, self.pan or self.adj])
        self.lang = r.choice(self.langs)
        self.other = r.choice(INITIALS)
        self.other2 = r.choice([x for x in INITIALS if x != self.other])
        self.room = r.choice(ROOMS)
        self.spot = r.choice(school["spots"])
        self.hh, self.mm = r.randint(7, 14), r.choice([2, 5, 8, 10, 12, 15, 18, 20, 25, 31, 35, 40, 42, 47, 50, 55])
        if self.hh == 7 and self.mm < 20:
            self.mm += 20
        self.t0 = self.hh * 60 + self.mm

    def t(self, plus=0, ampm=True):
        m = self.t0 + plus
        h, mi = divmod(m, 60)
        h12 = h if h <= 12 else h - 12
        return f"{h12}:{mi:02d}" + ((" AM" if h < 12 else " PM") if ampm else "")


# ---------------- cores: the incident itself (clean text only) ----------------
# each returns dict(ground, weapon?, substances?, threat?, events=[(minute, sentence)], facts=[...], key)

def core_knife_bagcheck(c):
    r = c.r
    kind = r.choice(["folding knife", "lock-blade knife", "steak knife", "butterfly knife", "hunting knife"])
    blade = r.choice(["3-inch", "3.5-inch", "4-inch", "5-inch"])
    where = r.choice(["the front pocket of " + c.his + " backpack", "the lining of " + c.his + " jacket",
                      c.his + " waistband", "a sock inside " + c.his + " gym bag"])
    ev = [(0, f"During random bag checks at the main entrance {c.officer} {c.sss} found a {kind} with a {blade} blade in {where}."),
          (2, f"{c.first} said \"it's for protection, I don't even use it\" and did not resist."),
          (6, f"{c.officer} {c.sss} secured the knife in the main office safe and {c.ap_title} {c.ap} was called down."),
          (25, f"{c.first} told {c.ap_title} {c.ap} that {c.he} had been carrying it since somebody jumped {c.his} cousin in October.")]
    return dict(ground="weapon", weapon="knife", events=ev, facts=[f"{blade} blade", kind, "main office safe"], key=kind)


def core_boxcutter(c):
    r = c.r
    lunch = r.choice(["B lunch", "C lunch", "second lunch"])
    ev = [(0, f"At {lunch} in the cafeteria {c.first} and {c.other} got into a loud argument over a phone."),
          (1, f"{c.first} pulled a yellow box cutter from {c.his} hoodie pocket, pushed the blade out and said \"back up, I'm not playing.\""),
          (2, f"Lunch monitor {c.tch} stepped between them and {c.officer} {c.sss} took the box cutter from {c.his} hand without anyone being cut."),
          (9, f"{c.first} was escorted to the office; {c.other} was sent to the nurse to calm down, no injuries.")]
    return dict(ground="weapon", weapon="box cutter", events=ev, facts=["yellow box cutter", lunch, "without anyone being cut"], key="box cutter")


def core_gun_locker(c):
    r = c.r
    gun = r.choice(["black 9mm Glock", "silver .380 pistol", "black Taurus 9mm handgun", "9mm Smith & Wesson handgun"])
    locker = r.choice(["locker 1142", "locker 318", "locker 2207", "locker 640"])
    rounds = r.choice(["7 rounds", "9 rounds", "11 rounds", "a full magazine"])
    ev = [(0, f"A student reported to {c.ap_title} {c.ap} that {c.first} had shown a gun to friends in the stairwell before 1st period."),
          (12, f"{c.ap_title} {c.ap} and {c.officer} {c.sss} searched {locker} (assigned to {c.first}) and found a {gun} wrapped in a T-shirt."),
          (13, f"The magazine was in the gun and was loaded with {rounds}; nobody touched it further and the {c.officer} called BPD."),
          (30, f"BPD officers from the district arrived, made the weapon safe and took custody of it.")]
    return dict(ground="weapon", weapon="firearm", events=ev, facts=[locker, rounds, "wrapped in a T-shirt"], key=gun)


def core_pepper(c):
    r = c.r
    n = r.choice(["four", "five", "six", "seven"])
    where = r.choice(["the 3rd floor hallway", "the bus line at dismissal", "the gym lobby", "the cafeteria line"])
    ev = [(0, f"{c.first} discharged a can of pepper spray in {where} during an argument with {c.other}."),
          (1, f"{n.capitalize()} students including {c.other} were affected (burning eyes, coughing); one student had trouble breathing."),
          (4, f"Nurse {c.nurse} flushed eyes with saline in the nurse's office and EMS was called for the student with breathing trouble."),
          (15, f"EMS evaluated the students; one was transported to BMC as a precaution. The can of pepper spray was recovered from a trash barrel.")]
    return dict(ground="weapon", weapon="pepper spray", events=ev, facts=["flushed eyes with saline", f"{n.capitalize()} students", "trash barrel"], key="pepper spray")


def core_knuckles(c):
    ev = [(0, f"{c.officer} {c.sss} saw {c.first} showing something metal to a group near {c.room} and asked {c.him} to step aside."),
          (3, f"{c.first} handed over a set of brass knuckles from {c.his} left jacket pocket."),
          (5, f"{c.first} said {c.he} \"was gonna handle\" {c.other} after school because of something online."),
          (20, f"{c.ap_title} {c.ap} met with {c.first}; the brass knuckles were photographed and logged.")]
    return dict(ground="weapon", weapon="brass knuckles", events=ev, facts=["left jacket pocket", "photographed and logged"], key="brass knuckles")


def core_taser(c):
    ev = [(0, f"Students told {c.tch} that {c.first} was sparking a stun gun in {c.room}."),
          (2, f"{c.officer} {c.sss} responded and {c.first} took the stun gun out of {c.his} bag and handed it over; it was still charged."),
          (4, f"{c.other} said {c.first} had pressed it against {c.other}'s arm during passing time; the nurse found a small red mark on the upper arm."),
          (30, f"{c.first} said {c.he} bought it online for $25.")]
    return dict(ground="weapon", weapon="stun gun", events=ev, facts=["still charged", "small red mark on the upper arm"], key="stun gun")


def core_razor(c):
    ev = [(0, f"During a search after a report from a teacher, {c.officer} {c.sss} found a razor blade taped inside the cover of {c.first}'s notebook."),
          (3, f"{c.first} said {c.he} was told \"to keep something on {c.him}\" because {c.other} had threatened {c.him}."),
          (15, f"The razor blade was secured in an envelope and the counselor ({c.couns}) checked on {c.first}; no self-harm indicators.")]
    return dict(ground="weapon", weapon="razor blade", events=ev, facts=["taped inside the cover", "no self-harm indicators"], key="razor blade")


def core_baton(c):
    ev = [(0, f"{c.first} swung a collapsible steel baton at {c.other} in {c.room}; it hit a locker door and left a dent."),
          (1, f"{c.officer} {c.sss} and {c.tch} separated them; {c.other} was not struck."),
          (5, f"The baton (about 21 inches extended) was recovered and {c.first} was brought to {c.ap_title} {c.ap}.")]
    return dict(ground="weapon", weapon="club", events=ev, facts=["collapsible steel baton", "left a dent", "21 inches"], key="baton")


def core_swiss(c):  # precision: 'Swiss' is a knife brand word
    ev = [(0, f"{c.first} opened a red Swiss Army knife in {c.room} and held the blade toward {c.other} saying \"say it again.\""),
          (2, f"{c.tch} called {c.officer} {c.sss} on the radio; {c.first} closed the knife and put it on the desk."),
          (8, f"No one was hurt. The Swiss Army knife was placed in the office safe.")]
    return dict(ground="weapon", weapon="knife", events=ev, facts=["red Swiss Army knife", "put it on the desk"], key="Swiss Army knife")


def core_stab(c):
    part = c.r.choice(["lower back", "left side", "right thigh", "left shoulder"])
    ev = [(0, f"At dismissal a fight started at {c.spot} between {c.first} and {c.other}."),
          (1, f"Witnesses say {c.first} pulled a knife and stabbed {c.other} once in the {part}."),
          (3, f"{c.officer} {c.sss} applied pressure to the wound and called BPD and EMS; {c.first} ran toward the street and was stopped by {c.officer} {c.sss2}."),
          (14, f"EMS transported {c.other} to BMC with a stab wound to the {part}; {c.other} was in surgery that evening."),
          (40, "The knife, a black kitchen knife with a 6-inch blade, was recovered under a parked car by BPD.")]
    return dict(ground="serious_violence", weapon="knife", events=ev, facts=[f"stab wound to the {part}", "6-inch blade", "under a parked car"], key="stab wound")


def core_jaw(c):
    ev = [(0, f"In {c.room} {c.first} punched {c.other} repeatedly after {c.other} fell, and kicked {c.other} in the head at least twice."),
          (2, f"{c.tch} pulled {c.first} off; {c.other} was bleeding from the mouth and could not close {c.other}'s jaw."),
          (10, "The nurse called EMS and the student was taken to BMC."),
          (240, f"Family of {c.other} called to say the jaw is fractured in two places and will be wired shut.")]
    return dict(ground="serious_violence", events=ev, facts=["fractured in two places", "wired shut", "kicked"], key="fractured")


def core_lock(c):
    ev = [(0, f"{c.first} swung a padlock inside a sock and struck {c.other} on the side of the head near {c.spot}."),
          (1, f"{c.other} fell and had a deep cut above the left eye; {c.officer} {c.sss} gave first aid."),
          (12, f"EMS transported {c.other} to BMC, where the cut needed 9 staples and a CT scan was done for a possible concussion.")]
    return dict(ground="serious_violence", weapon="padlock in a sock", events=ev, facts=["padlock inside a sock", "9 staples", "concussion"], key="padlock")


def core_unconscious(c):
    ev = [(0, f"Several students, including {c.first}, attacked {c.other} in {c.room}; {c.first} stomped on {c.other}'s head while {c.other} was on the floor."),
          (2, f"{c.other} lost consciousness for about a minute; staff called a medical emergency over the radio."),
          (9, f"EMS took {c.other} to Boston Children's Hospital with a skull fracture and a brain bleed."),
          (60, "Camera footage reviewed by the AP shows the stomping clearly.")]
    return dict(ground="serious_violence", events=ev, facts=["lost consciousness", "skull fracture", "brain bleed"], key="skull fracture")


def core_teacher(c):
    ev = [(0, f"When Mr. {c.vteacher} told {c.first} to leave the hallway, {c.first} shoved him down the stairs in the B-wing stairwell."),
          (1, f"Mr. {c.vteacher} fell about eight steps and landed on his right arm."),
          (20, f"Mr. {c.vteacher} was taken by EMS to BMC; X-rays showed a broken right wrist and he needs surgery.")]
    return dict(ground="serious_violence", events=ev, facts=["eight steps", "broken right wrist"], key="broken right wrist")


def core_sexual(c):
    ev = [(0, f"{c.other} disclosed to counselor {c.couns} that {c.first} sexually assaulted {c.other} in the C-stairwell during 4th period on the previous day."),
          (20, f"The counselor notified {c.ap_title} {c.ap} and the Title IX coordinator and a 51A was filed with DCF."),
          (45, f"{c.first} was removed from class and kept in the main office pending the investigation; {c.other} was taken to BMC by family for an exam.")]
    return dict(ground="serious_violence", events=ev, facts=["C-stairwell", "Title IX coordinator", "51A"], key="sexually assaulted")


THREATS = [
    ("snap", lambda c: (f"{c.first} posted a Snapchat story showing a handgun on a bed with the caption \"dont come to {abbr(c)} tmrw, im serious\".",
                        f"{c.first} posted a photo of a handgun with \"dont come to {abbr(c)} tmrw, im serious\"; several students saw it and reported it; {c.first} has a documented conflict with {c.other} and said in school the day before that {c.he} would \"end it\".",
                        ["Snapchat story", "handgun on a bed"])),
    ("list", lambda c: (f"Counselor {c.couns} found a page in {c.first}'s notebook titled \"list\" with five students' names, a map of the 2nd floor and the words \"Friday 2nd lunch\".",
                        f"Written list of five named students with a map of the building and a day and time; {c.first} told the counselor {c.he} \"thought about it a lot\" and that {c.his} uncle keeps a rifle in the house.",
                        ["five students' names", "map of the 2nd floor"])),
    ("game", lambda c: (f"{c.first} told two teammates in the locker room that {c.he} would \"shoot the whole bleachers\" at Friday's game against Charlestown.",
                        f"Statement to two teammates that {c.he} would shoot at Friday's game; when asked, {c.he} repeated it to the AP and said {c.he} has access to a gun through an older friend.",
                        ["shoot the whole bleachers", "Friday's game"])),
    ("note", lambda c: (f"A note reading \"BOMB IN THE BUILDING 1:30\" was found in the 2nd floor bathroom; handwriting and camera footage of the hallway point to {c.first}, who admitted writing it.",
                        f"Written bomb threat with a specific time; {c.first} admitted writing it and said {c.he} had been searching how to make a pipe bomb on a school laptop.",
                        ["BOMB IN THE BUILDING 1:30", "2nd floor bathroom"])),
    ("stab", lambda c: (f"{c.first} told {c.other} in {c.room}: \"I'm bringing the knife tomorrow and I'm poking you up at dismissal.\"",
                        f"Direct threat to stab a named student at dismissal; {c.first} was found with a knife two weeks ago and {c.other}'s friends say {c.he} showed a knife on FaceTime last night.",
                        ["poking you up at dismissal"])),
    ("teacher", lambda c: (f"{c.first} wrote on a Google Classroom comment to {c.tch}: \"you wont make it to spring break, I know where you park.\"",
                           f"Written threat to a teacher naming where the teacher parks; {c.first} was seen standing by the teacher's car in the staff lot after school on two days this week.",
                           ["Google Classroom comment", "where you park"])),
]


def abbr(c):
    return {"East Boston High School": "Eastie", "English High School": "English", "Brighton High School": "Brighton High",
            "Charlestown High School": "Charlestown High", "Excel High School": "Excel"}.get(c.school["name"], "school")


def core_threat(c, variant=None):
    v = variant or c.r.choice(THREATS)
    text, stmt, facts = v[1](c)
    ev = [(0, text),
          (15, f"{c.ap_title} {c.ap} and {c.officer} {c.sss} met with {c.first}; {c.his} bag and locker were searched and nothing was found."),
          (40, f"{c.first} was kept in the office until {c.his} {c.guardian} arrived; a safety plan was started with counselor {c.couns}.")]
    return dict(ground="credible_threat", threat=stmt, events=ev, facts=facts, key=facts[0])


DRUGS = [
    ("fentanyl", lambda c: ([(0, f"{c.officer} {c.sss} saw {c.first} handing small bags to two students in the 1st floor bathroom."),
                             (3, f"{c.first} was brought to the office; 14 small glassine bags of a white powder stamped with a red crown were in {c.his} sneaker."),
                             (6, "Two bags field-tested by the responding officers as positive for fentanyl."),
                             (9, f"Narcan was brought to the office as a precaution; nobody was exposed.")],
                            ["14 small glassine bags", "red crown", "Narcan"], ["fentanyl"], "fentanyl")),
    ("m30", lambda c: ([(0, f"A parent called the main office to say {c.first} was selling \"percs\" to other students."),
                        (40, f"{c.ap_title} {c.ap} searched {c.first}'s bag with {c.officer} {c.sss} present and found 22 blue pills stamped \"M30\" in a vitamin bottle."),
                        (45, f"{c.first} said {c.he} \"didn't know they were fake\"; the pills appear to be counterfeit oxycodone and may contain fentanyl.")],
                       ["22 blue pills", "M30", "vitamin bottle"], ["counterfeit oxycodone pills"], "M30")),
    ("xanax", lambda c: ([(0, f"{c.first} was found asleep and hard to wake in {c.room}; the nurse checked vitals."),
                          (5, f"A pencil case in {c.his} bag held 9 Xanax bars (white, scored into four) not prescribed to {c.him}."),
                          (8, f"{c.first} said {c.he} took one before school; EMS evaluated {c.him} and {c.his} {c.guardian} took {c.him} home.")],
                         ["9 Xanax bars", "pencil case"], ["Xanax"], "Xanax")),
    ("cocaine", lambda c: ([(0, f"During a bag check {c.officer} {c.sss} found an Altoids tin in {c.first}'s jacket."),
                            (1, "The tin contained 6 small plastic bags of white powder and a folded $20 bill."),
                            (5, f"{c.first} said it was \"coke for a friend's party.\" BPD field-tested it positive for cocaine.")],
                           ["Altoids tin", "6 small plastic bags"], ["cocaine"], "cocaine")),
    ("mdma", lambda c: ([(0, f"At the winter dance chaperone {c.tch} saw {c.first} giving pills to students near the DJ table."),
                         (2, f"{c.officer} {c.sss} found 12 pink pills shaped like hearts in a small bag in {c.first}'s pocket."),
                         (5, f"{c.first} told the AP they were \"molly\"; one student who took a pill was evaluated by EMS for a racing heart.")],
                        ["12 pink pills", "racing heart"], ["MDMA"], "molly")),
    ("shrooms", lambda c: ([(0, f"{c.tch} saw {c.first} passing out pieces of a chocolate bar in {c.room}; the wrapper said \"Polkadot\"."),
                            (4, f"Three students who ate pieces were sent to the nurse with nausea and one was seeing things."),
                            (10, f"{c.first} said the bars were psilocybin mushroom chocolate {c.he} bought from a website; two unopened bars were recovered.")],
                           ["two unopened bars", "Polkadot"], ["psilocybin"], "psilocybin")),
    ("mixed", lambda c: ([(0, f"A search of {c.first}'s backpack after a report from a student found a bag of marijuana, a scale and 8 bags of a tan powder."),
                          (6, "The tan powder field-tested positive for fentanyl; the marijuana was about half an ounce."),
                          (10, f"{c.first} had $410 in cash and two phones.")],
                         ["digital scale" if False else "a scale", "8 bags of a tan powder", "$410 in cash"], ["marijuana", "fentanyl"], "fentanyl")),
    ("meth", lambda c: ([(0, f"{c.first} was found in the locker room with a glass pipe and a small bag of crystals."),
                         (3, "BPD field test: methamphetamine."),
                         (6, f"{c.first} was agitated and sweating and the nurse called EMS, who evaluated {c.him} at the school.")],
                        ["glass pipe", "small bag of crystals"], ["methamphetamine"], "methamphetamine")),
]


def core_drugs(c, variant=None):
    v = variant or c.r.choice(DRUGS)
    ev, facts, subs, key = v[1](c)
    return dict(ground="drugs", substances=subs, events=ev, facts=facts, key=key)


EXCLUDED = [
    (["THC vape cartridge"], lambda c: [(0, f"{c.first} was seen vaping in the 2nd floor bathroom; {c.officer} {c.sss} recovered a THC cartridge labeled \"Cake\"."),
                                         (5, f"{c.first} said it was {c.his} only one and {c.he} wasn't selling.")], ["THC cartridge"]),
    (["marijuana"], lambda c: [(0, f"A search of {c.first}'s bag found three small bags of marijuana and rolling papers."),
                               (4, f"{c.first} admitted the weed was {c.his}.")], ["three small bags of marijuana"]),
    (["vape (unknown content)"], lambda c: [(0, f"{c.first} was found with a disposable vape in {c.room}; the contents are unknown and {c.he} would not say what was in it."),
                                            (3, "The vape was confiscated.")], ["disposable vape"]),
    (["Juul pods", "nicotine pouches"], lambda c: [(0, f"{c.first} was selling Juul pods and Zyn pouches out of {c.his} locker to younger students."),
                                                   (10, "Staff recovered 14 pods and 3 tins of pouches.")], ["14 pods"]),
    (["vodka"], lambda c: [(0, f"{c.first} came back from lunch smelling of alcohol; {c.officer} {c.sss} found four empty vodka nips in {c.his} bag."),
                           (10, f"The nurse evaluated {c.him}; {c.his} {c.guardian} picked {c.him} up.")], ["four empty vodka nips"]),
    (["THC edibles"], lambda c: [(0, f"{c.first} shared gummies from a package labeled 500mg THC with two friends in {c.room}."),
                                 (20, "One student became anxious and was seen by the nurse; no EMS needed.")], ["500mg THC"]),
    (["cigarettes", "beer"], lambda c: [(0, f"On the field trip bus {c.first} had a pack of cigarettes and two cans of beer in {c.his} bag."),
                                        (5, "Chaperones confiscated both.")], ["two cans of beer"]),
]


def core_excluded(c):
    subs, f, facts = c.r.choice(EXCLUDED)
    return dict(ground="drugs", substances=subs, events=f(c), facts=facts, key=facts[0])


BAD_GROUND = [
    ("fight", lambda c: [(0, f"{c.first} and {c.other} fought in {c.room} after an argument about a group chat."),
                         (2, "Staff separated them within a minute; the nurse saw a scraped elbow and nothing else.")]),
    ("theft", lambda c: [(0, f"{c.first} is believed to have taken a Chromebook cart key and two laptops from {c.room}."),
                         (30, "One laptop was found in the gym lobby.")]),
    ("vandalism", lambda c: [(0, f"{c.first} spray-painted tags on the wall by {c.room} and broke a window in the door."),
                             (20, "Facilities estimated $1,200 in damage.")]),
    ("gang_activity", lambda c: [(0, f"Staff want the district to be aware of {c.first}'s social media posts with older youths."),
                                 (5, "There has been no incident at school.")]),
    ("trespass", lambda c: [(0, f"{c.first}, who was suspended this week, came into the building through a side door."),
                            (5, f"{c.officer} {c.sss} escorted {c.him} out without incident.")]),
    ("truancy", lambda c: [(0, f"{c.first} has missed 31 days this year and has been seen at {c.spot} during school hours."),
                           (5, "The attendance team has made home visits.")]),
    ("suspicious_behavior", lambda c: [(0, f"{c.first} was seen photographing the side doors and asking a custodian when they are unlocked."),
                                       (5, "No threat was made and nothing was found in a search.")]),
]


def core_badground(c):
    g, f = c.r.choice(BAD_GROUND)
    return dict(ground=g, events=f(c), facts=[], key=None)


REPLICA = [
    ("airsoft pistol", "a black airsoft pistol with the orange tip removed"),
    ("BB gun", "a BB gun that looks like a real revolver"),
    ("replica handgun", "a replica Glock (plastic, non-firing)"),
]


def core_replica(c):
    w, desc = c.r.choice(REPLICA)
    ev = [(0, f"{c.first} showed {desc} to students in {c.room}."),
          (3, f"{c.officer} {c.sss} took it from {c.his} backpack; {c.first} said it was a gift from {c.his} cousin.")]
    return dict(ground="weapon", weapon=w, events=ev, facts=[], key=None)


ALLOW_CORES = [core_knife_bagcheck, core_boxcutter, core_gun_locker, core_pepper, core_knuckles, core_taser, core_razor,
               core_baton, core_stab, core_jaw, core_lock, core_unconscious, core_teacher, core_sexual,
               core_threat, core_threat, core_threat, core_drugs, core_drugs, core_drugs]

# ---------------- forbidden pieces (sentences containing [[spans]]) ----------------

def f_immigration(c):
    clause, can = c.r.choice(IMM)
    tmpl = c.r.choice([
        "{His} {g}, {X}, came in at {t} and asked several times whether police would come to the house.",
        "When {AP} called home, {his} {g}, {X}, said {g2} could not come to the building and asked that we not call anyone.",
        "{AP} noted that {his} {g}, {X}, was very upset on the phone and kept asking if this would \"go to the government\".",
    ])
    return tmpl.format(His=c.His, his=c.his, g=c.guardian, g2="they", X=clause, t=c.t(50), AP=f"{c.ap_title} {c.ap}"), can, "immigration_status"


def f_origin(c):
    country = c.country
    can = [ccanary(country)]
    tmpl = c.r.choice([
        "The family [[came over from {C} last spring]] and {first} has been at {short} since {m}.",
        "{first} [[arrived from {C} in {m}]] and has had a hard time adjusting, per counselor {couns}.",
        "{first} [[was born in {C}]] and lived with {his} grandmother until two years ago.",
        "Counselor {couns} said {first} has been struggling since {his} dad [[went back to {C}]].",
        "{first}'s family [[is originally from {C}]]; {his} {g} works nights.",
    ])
    txt = tmpl.format(C=country, first=c.first, short="the school", m=c.r.choice(MONTHS), couns=c.couns, his=c.his, g=c.guardian)
    return txt, can, "national_origin"


def f_ethnicity(c):
    adj = c.ethn
    tmpl = c.r.choice([
        "{first} said the other kids had been calling {him} names [[because {he} is {A}]].",
        "The two groups involved were [[the {A} kids]] and a group of 10th graders.",
        "{His} {g}, [[who is {A}]], said {first} has never been in trouble before.",
        "{first} [[identifies as {A}]] per the intake form the counselor read from.",
    ])
    return tmpl.format(first=c.first, him=c.him, he=c.he, A=adj, His=c.His, g=c.guardian), [adj], "ethnicity"


def f_religion(c):
    phrase, can = c.r.choice(RELIG)
    tmpl = c.r.choice([
        "Counselor {couns} noted that {X}, which came up when the {g} was scheduling the re-entry meeting.",
        "{His} {g} mentioned that {X}, and asked us to call after 6.",
        "{first} seemed tired; {X} and {he} had been up late the night before.",
    ])
    txt = tmpl.format(couns=c.couns, X=phrase, g=c.guardian, His=c.His, first=c.first, he=c.he)
    if "pastor" in txt and any("pastor" in x.lower() for x in can):
        pass
    return txt, can, "religion"


def f_ramadan(c):
    return (f"{c.first} said {c.he} was light-headed [[because {c.he} was fasting for Ramadan]].", ["Ramadan"], "religion")


def f_neigh(c):
    kind = c.r.random()
    if kind < 0.35:
        h = c.r.choice(HOODS)
        tmpl = c.r.choice(["They live over in [[{H}]], so {g} took two buses to get here.",
                           "{first} [[lives in {H}]] with {his} {g} and two younger siblings.",
                           "{His} {g} said they [[just moved to {H}]] and {first} takes the 28 bus in."])
        return tmpl.format(H=h, g=c.guardian, first=c.first, his=c.his, His=c.His), [h], "neighborhood"
    if kind < 0.7:
        d = c.r.choice(DEVS)
        tmpl = c.r.choice(["{first} [[lives in {D}]] with {his} {g}.",
                           "{His} {g} came from [[their apartment in {D}]] and got here at {t}.",
                           "{first} has been staying with an aunt [[at {D}]] since the fall."])
        return tmpl.format(D=d if not d[0].isupper() or d.startswith(("Old", "Mary", "Mission", "Archdale", "Washington", "Academy", "Alice", "Bromley", "Maverick", "Orchard")) else "the " + d,
                           first=c.first, his=c.his, His=c.His, g=c.guardian, t=c.t(55)), [devcanary(d)], "neighborhood"
    n = c.r.randint(4, 212)
    s = c.r.choice(STREETS)
    z = c.r.choice(ZIPS)
    tmpl = c.r.choice(["The SIS lists the home address as [[{n} {S}, Boston {Z}]].",
                       "{first} [[lives at {n} {S}]], 2nd floor.",
                       "Aspen has them [[at {n} {S}, apt 3, {Z}]]."])
    txt = tmpl.format(n=n, S=s, Z=z, first=c.first)
    can = [s] + ([z] if z in txt else [])
    return txt, can, "neighborhood"


STREET_RE = re.compile(r"the ((?:[A-Z][\w']*\.? )+(?:St|Ave|Blvd|Rd|Hwy)) ")


def school_streets(school):
    out = []
    for sp in school["spots"]:
        m = STREET_RE.search(sp + " ")
        if m:
            out.append((sp, m.group(1)))
    return out


def f_neigh_same(c):
    """Residence on the same street that locates the school: the house number makes the canary."""
    opts = school_streets(c.school)
    if not opts:
        return f_neigh(c)
    match = [o for o in opts if o[0] == c.spot]
    sp, street = match[0] if match else c.r.choice(opts)
    c.spot = sp
    n = c.r.randint(12, 388)
    tmpl = c.r.choice(["{first} [[lives at {n} {S}, a few blocks up from the school]].",
                       "{His} {g} [[rents the 3rd floor at {n} {S}]] and walked over when we called.",
                       "The emergency card has [[{n} {S} #2]] as the home address."])
    return tmpl.format(first=c.first, n=n, S=street, His=c.His, g=c.guardian), [f"{n} {street}"], "neighborhood"


def f_language(c):
    lang = c.lang
    k = c.r.random()
    if k < 0.3:
        return (f"{c.His} {c.guardian}, [[who only speaks {lang}]], was reached with help from {c.tch}.", [lang], "language")
    if k < 0.55:
        return (f"We had to get [[a {lang} interpreter]] on the phone for the call home.", [lang, "interpreter"], "language")
    if k < 0.75:
        return (f"{c.first} [[is an English learner (WIDA level 2)]] and may not have understood everything {c.officer} {c.sss} said.",
                ["English learner", "WIDA"], "language")
    return (f"The argument was [[in {lang}]] so staff could not follow all of it.", [lang], "language")


def f_gang(c):
    g = c.r.choice(GANGS)
    tmpl = c.r.choice([
        "{He}'s [[been running with the {G} crowd]] since last summer according to {o} {s}.",
        "{o} {s} believes {first} [[is affiliated with {G}]].",
        "{first} [[has been claiming {G} on Instagram]] and {o} {s} thinks this is connected.",
        "Older kids [[from {G}]] have been waiting outside at dismissal for {first}.",
        "{first} [[is a known gang member]] per {o} {s}.",
    ])
    txt = tmpl.format(He=c.He, G=g, o=c.officer, s=c.sss, first=c.first)
    can = [gcanary(g)] if "{G}" in tmpl else ["gang member"]
    return txt, can, "gang_affiliation"


FORB = {"immigration_status": [f_immigration], "national_origin": [f_origin], "ethnicity": [f_ethnicity],
        "religion": [f_religion, f_religion, f_ramadan], "neighborhood": [f_neigh], "language": [f_language],
        "gang_affiliation": [f_gang]}
CATS = list(FORB)

# ---------------- residue pieces (the kind of fact stays visible if only the value is cut) ----------------

def r_born(c):
    country = c.country
    return f"{c.first}, [[who was born in {country}]], has been at the school since grade {max(6, c.grade - 1)}.", [ccanary(country)], "national_origin"


def r_speaks(c):
    lang = c.lang
    return f"{c.first}, [[who speaks {lang} at home]], answered the AP's questions in English.", [lang], "language"


def r_newly(c):
    adj = c.adj
    return f"{c.first} is [[a newly arrived {adj} student]] who started in {c.r.choice(MONTHS)}.", [adj], "national_origin"


def r_mosque(c):
    name = c.r.choice(["Masjid Al-Noor", "Masjid Al-Quran", "Islamic Society of Boston", "Masjid Bilal"])
    return f"{c.His} {c.guardian} asked that the meeting be moved to Friday afternoon because [[the family attends the {name} mosque]].", [name], "religion"


def r_church(c):
    name = c.r.choice(["Iglesia Pentecostal Monte Sion", "Morning Star Baptist Church", "St. Mark's Catholic Church",
                       "Haitian Evangelical Church of Boston", "Kingdom Hall of Jehovah's Witnesses"])
    can = {"Iglesia Pentecostal Monte Sion": ["Pentecostal", "Monte Sion"], "Morning Star Baptist Church": ["Morning Star", "Baptist"],
           "St. Mark's Catholic Church": ["Catholic", "St. Mark's"], "Haitian Evangelical Church of Boston": ["Haitian", "Evangelical"],
           "Kingdom Hall of Jehovah's Witnesses": ["Kingdom Hall", "Jehovah"]}[name]
    cats = "religion"
    if name.startswith("Haitian") and c.adj != "Haitian":
        name, can = "Morning Star Baptist Church", ["Morning Star", "Baptist"]
    return f"[[The family attends {name} and the youth pastor there]] offered to mentor {c.first}.", can, cats


def r_status(c):
    clause, can = c.r.choice(IMM)
    who = c.r.choice(["father", "mother", "older brother", "uncle"])
    return f"{c.first} said {c.his} {who}, {clause}, would be in trouble if police came.", can, "immigration_status"


def r_ell(c):
    lang = c.lang
    return f"{c.first} [[is in the {lang} SEI program]] on the 3rd floor.", [lang, "SEI program"], "language"


def r_ethnic(c):
    adj = c.ethn
    return f"{c.first}, [[a {adj} 10th grader]], was the only student who stayed to help.", [adj], "ethnicity"


def r_lives(c):
    d = c.r.choice(DEVS)
    return f"{c.first}, [[who lives in the {d}]], was picked up by {c.his} {c.guardian}.", [devcanary(d)], "neighborhood"


def r_gang(c):
    g = c.r.choice(GANGS)
    return f"{c.first} [[is a documented {g} associate]], per the {c.officer}.", [gcanary(g)], "gang_affiliation"


def r_came(c):
    country = c.country
    return f"[[The family came from {country} eighteen months ago]] and {c.first} repeated 9th grade.", [ccanary(country)], "national_origin"


RESIDUE = [r_born, r_speaks, r_newly, r_mosque, r_church, r_status, r_ell, r_ethnic, r_lives, r_gang, r_came]

# ---------------- precision traps: category words used about something else (must survive) ----------------
TRAPS_ANY = [
    (lambda c: f"Just before this {c.first} had been eating an Italian sub from the corner store.", "Italian sub"),
    (lambda c: f"A tray of French fries got knocked over in the middle of it.", "French fries"),
    (lambda c: f"Witnesses said the argument started over a bag of Swedish Fish.", "Swedish Fish"),
    (lambda c: f"{c.other} was holding a turkey sandwich from the lunch line.", "turkey sandwich"),
    (lambda c: f"{c.first} left {c.his} Canada Goose jacket on a chair in the office.", "Canada Goose jacket"),
    (lambda c: f"{c.first} was wearing a black North Face jacket and red Jordan 4s.", "North Face jacket"),
    (lambda c: f"{c.first} was wearing an American Eagle hoodie and grey sweatpants.", "American Eagle hoodie"),
    (lambda c: f"Earlier that period {c.his} US History class had been watching a Vietnam War documentary.", "Vietnam War documentary"),
    (lambda c: f"{c.first} is on stage crew for the spring musical and had stayed late the day before.", "stage crew"),
    (lambda c: f"{c.officer} {c.sss} noted {c.first}'s body language was escalating and {c.he} used foul language toward staff.", "body language"),
    (lambda c: f"This happened next to the National Honor Society bake sale table.", "National Honor Society"),
    (lambda c: f"This happened next to the Catholic Charities coat drive table in the lobby.", "Catholic Charities coat drive"),
    (lambda c: f"A spilled Thai iced tea was still on the floor when staff arrived.", "Thai iced tea"),
    (lambda c: f"The custodial crew closed off the hallway afterward.", "custodial crew"),
    (lambda c: f"{c.first} had come in from the turf field after C block gym.", "turf field"),
    (lambda c: f"{c.first} called {c.other} on a FaceTime call right before and said \"come outside.\"", "FaceTime call"),
    (lambda c: f"Hallway camera footage was reviewed by {c.ap_title} {c.ap} and matches the witness accounts.", "camera footage"),
    (lambda c: f"Earlier that morning {c.first} had been in English Language Arts in room 212.", "English Language Arts"),
    (lambda c: f"Before this {c.first} had been sitting in the library eating a Greek yogurt.", "Greek yogurt"),
    (lambda c: f"{c.first} was wearing a white hoodie and a black Polo hat.", "white hoodie"),
]
TRAPS_DRUGS = [
    (lambda c: f"{c.first} also had a $50 Visa gift card and $300 in cash in {c.his} wallet.", "Visa gift card"),
    (lambda c: f"Rolling papers and a lighter were in the same pocket.", "Rolling papers"),
    (lambda c: f"The bags were kept inside an empty Dutch Masters box.", "Dutch Masters box"),
    (lambda c: f"{c.first} told the AP {c.he} used a Bank of America ATM to pay {c.his} supplier.", "Bank of America ATM"),
]
TRAPS_INJURY = [
    (lambda c: f"Nurse {c.nurse} briefed the EMS crew when they came in.", "EMS crew"),
    (lambda c: f"{c.other} had a Cuban link chain pulled off {c.other}'s neck in the struggle.", "Cuban link chain"),
    (lambda c: f"{c.other} had a laceration to the left temple from hitting the door frame.", "left temple"),
    (lambda c: f"The nurse gave {c.other} an ice pack for a swollen left eye.", "ice pack"),
    (lambda c: f"{c.other} was punched in the face twice before falling.", "punched in the face"),
    (lambda c: f"{c.other} was later taken by family to St. Elizabeth's Medical Center for a follow-up.", "St. Elizabeth's Medical Center"),
    (lambda c: f"Two days earlier there had been words between them at the ice rink after the JV hockey game.", "ice rink"),
]

# ---------------- face surveillance deny pieces ----------------
FACE = [
    (lambda c: (f"BPD had sent over a still from a store camera; the [[Clearview search]] came back with {c.first} as a [[96% match]], which is why we are sending this.",
                ["Clearview", "96% match"], [{"kind": "face_match", "name": "clearview_result_0314.pdf"}])),
    (lambda c: (f"Please run the attached school ID photos [[against the facial recognition system]] to confirm the other students in the video.",
                ["school ID photos"], [{"kind": "photo", "name": "student_id_photos_for_face_match.zip"}])),
    (lambda c: (f"The building's new camera vendor [[auto-tagged {c.first} by face]] at {c.t(-20)} entering the side door.",
                ["auto-tagged"], [{"kind": "face_match", "name": "vendor_face_tag_export.csv"}])),
]

# ---------------- narrative dressing (clean) ----------------

QUIET_GROUNDS = ("drugs", "fight", "theft", "vandalism", "gang_activity", "trespass", "truancy", "suspicious_behavior")


def quotes(c, quiet=False):
    if quiet:
        return c.r.sample([
            f"{c.first} said \"it's not even mine, I was holding it for somebody.\"",
            f"{c.tch} said {c.first} \"had been off all morning, head down, wouldn't talk.\"",
            f"{c.other2} told {c.officer} {c.sss} that \"everybody knew\" {c.first} had stuff on {c.him} this week.",
            f"When asked about it {c.first} said \"I'm not saying nothing without my {c.guardian}.\"",
        ], 2)
    return c.r.sample([
        f"{c.other2} told {c.officer} {c.sss} \"I didn't see it start, I just heard people yelling.\"",
        f"{c.tch} said {c.first} \"had been off all morning, head down, wouldn't talk.\"",
        f"{c.first} kept saying \"I'm good, I'm good\" while being walked to the office.",
        f"A 9th grader (name withheld by staff) said \"everybody knew something was gonna happen today.\"",
        f"{c.other2} said it started over a post on Instagram from the weekend.",
        f"When asked what happened {c.first} said \"ask them, they started it.\"",
    ], 2)


def actions(c, quiet=False):
    if quiet:
        return c.r.sample([
            f"BPS Safety Services was notified (incident # {c.r.randint(250000, 269999)}).",
            f"Statements were taken from {c.other2}, {c.tch} and {c.officer} {c.sss}.",
            f"{c.first}'s IEP liaison was informed before the re-entry meeting was scheduled.",
            f"Everything recovered was photographed, bagged and logged by {c.officer} {c.sss2}.",
        ], 2)
    return c.r.sample([
        f"A hold-in-place was called over the radio at {c.t(2)} and lifted at {c.t(21)}.",
        f"BPS Safety Services was notified (incident # {c.r.randint(250000, 269999)}).",
        f"The Operational Leader and the Office of Safety were notified per SAF-02.",
        f"Camera footage from the hallway was pulled by {c.officer} {c.sss2} and saved for the investigation.",
        f"Statements were taken from {c.other2}, {c.tch} and {c.officer} {c.sss}.",
        f"{c.first}'s IEP liaison was informed before the re-entry meeting was scheduled.",
        "Classes on the floor were held for about ten minutes while the area was cleared.",
    ], 2)


def background(c, k, quiet=False):
    pool = [
        f"Background: {c.first} is a grade {c.grade} student with no prior weapons or drug incidents; two prior referrals this year for class cutting.",
        f"{c.tch} reported that {c.first} had asked to go to the nurse twice that morning and seemed distracted.",
        f"{c.first}'s attendance has dropped since January (about 70% in the last month); the attendance team made two calls home.",
        f"{c.other} and {c.first} had a verbal altercation on the bus the week before; {c.ap_title} {c.ap} did a restorative conversation with both on that occasion.",
        f"After the incident {c.officer} {c.sss} completed the BPS Safety Services report and turned over the evidence log to the responding officers.",
        f"The CARE team will meet on Thursday to discuss supports for {c.first} and for the other students who witnessed this.",
        f"{c.first}'s phone was held in the office and returned to {c.his} {c.guardian} at pickup; staff did not search the phone.",
        f"Counselor {c.couns} will check in with {c.other} daily for the next two weeks; a no-contact agreement is in place.",
        f"Several students recorded parts of it on their phones; {c.ap_title} {c.ap} asked them to delete and one video is already on Instagram.",
        f"{c.first} was calm in the office, asked for water, and asked twice whether {c.he} was going to be arrested.",
        f"The responding BPD officers spoke with {c.ap_title} {c.ap} and took photos of the area.",
        f"Teachers on the floor were told to keep students in rooms until the all-clear; 6th period started about ten minutes late.",
        f"{c.first} has an IEP (specific learning disability); the special education coordinator was present for the interview.",
        f"Per SAF-02 any evidence was kept by the school until it was handed over to BPD.",
    ]
    if quiet:
        pool = [x for x in pool if not any(w in x for w in ("recorded parts", "all-clear", "photos of the area", "witnessed", "no-contact"))]
    return c.r.sample(pool, min(k, len(pool)))


def disposition(c):
    return c.r.choice([
        f"{c.first} was suspended for 10 days pending a 37H hearing. Aspen incident log completed.",
        f"Emergency removal per 37H1/2; the re-entry meeting will be scheduled by {c.ap_title} {c.ap}.",
        f"{c.first} was released to {c.his} {c.guardian} at {c.t(95)}. Suspension letter and parent notification sent home.",
        f"Long-term suspension hearing to be scheduled; parent notification made by phone and letter. SAF-02 report filed.",
    ])


HEADERS = [
    lambda c: f"Incident narrative - {c.ap_title} {c.ap}\n",
    lambda c: f"Reported by {c.officer} {c.sss}.\n",
    lambda c: f"Counselor note ({c.couns}, School Counselor), summarizing the AP's and the {c.officer}'s accounts.\n",
    lambda c: "",
]


def fmt_event(c, style, minute, s):
    t = c.t(minute)
    if style == "timeline":
        return f"{c.t(minute, False)} - {s}"
    if style == "prose":
        first = s.split(" ")[0]
        if first in ("The", "A", "An", "Two", "Three", "Several", "Students", "Staff", "During", "When", "Witnesses", "At", "Family",
                     "Lunch", "Camera", "No", "One", "Chaperones", "Facilities", "On", "In", "Before", "Earlier", "After",
                     "Nobody", "Teachers", "Statements", "Classes", "Older"):
            s = s[0].lower() + s[1:]
        return f"At approx. {t}, {s}"
    return f"({t}) {s}"


def strip(s):
    return s.replace("[[", "").replace("]]", "")


def clean_part(s):
    return re.sub(r"\[\[.*?\]\]", " | ", s, flags=re.S)


# ---------------- case assembly ----------------
def school_day(r):
    start = datetime.date(2025, 9, 8)
    while True:
        d = start + datetime.timedelta(days=r.randint(0, 275))
        if d.weekday() >= 5:
            continue
        if datetime.date(2025, 12, 24) <= d <= datetime.date(2026, 1, 2):
            continue
        if datetime.date(2026, 2, 16) <= d <= datetime.date(2026, 2, 20) or datetime.date(2026, 4, 20) <= d <= datetime.date(2026, 4, 24):
            continue
        if d > datetime.date(2026, 6, 17):
            continue
        return d


def occurred(d, c):
    off = "-04:00" if (d < datetime.date(2025, 11, 2) or d >= datetime.date(2026, 3, 8)) else "-05:00"
    h, m = divmod(c.t0, 60)
    return f"{d.isoformat()}T{h:02d}:{m:02d}:00{off}"


def dob(r, grade):
    y0 = 2019 - grade
    d = datetime.date(y0, 9, 1) + datetime.timedelta(days=r.randint(0, 364))
    return d.isoformat()


STRUCT = {
    "ethnicity": lambda r, c: ("race_ethnicity", c.ethn, "ethnicity"),
    "language": lambda r, c: ("home_language", c.lang, "language"),
    "national_origin": lambda r, c: ("country_of_birth", ccanary(c.country), "national_origin"),
    "neighborhood": lambda r, c: ("address", {"street": f"{r.randint(5, 180)} {r.choice(STREETS)}", "city": "Boston", "zip": r.choice(ZIPS)}, "neighborhood"),
    "immigration_status": lambda r, c: ("immigration_status", r.choice(["asylum pending", "undocumented (per family)", "TPS holder"]), "immigration_status"),
    "gang_affiliation": lambda r, c: ("safety_flags", {"gang_flag": True, "group": r.choice(GANGS)}, "gang_affiliation"),
    "religion": lambda r, c: ("religion", r.choice(["Muslim", "Jehovah's Witness", "Pentecostal"]), "religion"),
}


def struct_canaries(key, val):
    if key == "address":
        return [val["street"].split(" ", 1)[1], val["zip"]]
    if key == "immigration_status":
        return {"asylum pending": ["asylum"], "undocumented (per family)": ["undocumented"], "TPS holder": ["TPS holder"]}[val]
    if key == "safety_flags":
        return [gcanary(val["group"])]
    if key == "religion":
        return {"Muslim": ["Muslim"], "Jehovah's Witness": ["Jehovah"], "Pentecostal": ["Pentecostal"]}[val]
    return [val]


NEUTRAL_FIELDS = [("homeroom", lambda r: str(r.randint(101, 420))), ("iep", lambda r: r.choice([True, False])),
                  ("guardian", lambda r: {"relationship": r.choice(["mother", "father", "grandmother"]), "phone": f"617-555-{r.randint(1000, 9999)}"}),
                  ("attendance_rate", lambda r: f"{r.randint(61, 98)}%"), ("sis", lambda r: "Aspen"),
                  ("counselor", lambda r: r.choice(STAFF))]


def _cycle():
    order = RECIP_BAD[:]
    R.shuffle(order)
    while True:
        for x in order:
            yield x


BAD_CYCLE = _cycle()


class Bad(Exception):
    pass


def build(family, idx, deny):
    r = R
    school = r.choice(SCHOOLS)
    grade = r.randint(9, 12) if school["hs"] else r.randint(6, 8)
    c = Ctx(r, school, grade)
    same_street = family == "residence" and bool(school_streets(school)) and r.random() < 0.45
    if same_street:
        c.spot = r.choice(school_streets(school))[0]
    # ---- core
    reason = None
    if deny == "excluded":
        core = core_excluded(c); reason = "excluded_substance"
    elif deny == "ground":
        core = core_badground(c); reason = "ground_not_permitted"
    elif deny == "threat_missing":
        core = core_threat(c); core.pop("threat"); reason = "missing_threat_statement"
    elif deny == "replica":
        core = core_replica(c); reason = "other"
    else:
        if family == "precision" and r.random() < 0.2:
            core = core_swiss(c)
        else:
            core = r.choice(ALLOW_CORES)(c)
        if deny == "recipient":
            reason = "recipient_not_permitted"
        elif deny == "face":
            reason = "face_surveillance"
    recipient = next(BAD_CYCLE) if deny == "recipient" else r.choice(RECIP_OK)

    pieces = []  # (text, canaries, category) forbidden-bearing sentences
    cats = set()
    attachments = []
    if deny == "face":
        txt, can, att = r.choice(FACE)(c)
        pieces.append((txt, can, "face_surveillance"))
        attachments += att

    # family-specific forbidden/trap content
    must_text = []
    if family == "narrative":
        ncat = r.choice([1, 2, 2, 3])
        for cat in r.sample(CATS, ncat):
            pieces.append(r.choice(FORB[cat])(c))
    elif family == "residence":
        if same_street:
            pieces.append(f_neigh_same(c))
        for _ in range(r.choice([0, 0, 1]) if pieces else r.choice([1, 1, 2])):
            pieces.append(f_neigh(c))
        if r.random() < 0.25:
            pieces.append(r.choice(FORB[r.choice(["language", "national_origin"])])(c))
    elif family == "residue":
        for fn in r.sample(RESIDUE, r.choice([1, 2, 2, 3])):
            pieces.append(fn(c))
    elif family == "precision":
        if r.random() < 0.35:
            cat = r.choice(CATS)
            pieces.append(r.choice(FORB[cat])(c))

    # ---- description
    evs = list(core["events"])
    if family == "narrative":
        style = r.choice(["timeline", "prose", "paren", "prose"])
        parts = [r.choice(HEADERS)(c)]
        body = [fmt_event(c, style, m, s) for m, s in evs]
        quiet = core["ground"] in QUIET_GROUNDS
        extras = quotes(c, quiet) + actions(c, quiet) + background(c, r.choice([0, 1, 2, 3, 4, 5, 6, 8, 10]), quiet)
        # weave forbidden pieces between events and extras
        mix = body[:2]
        rest = body[2:] + extras
        r.shuffle(extras)
        rest = body[2:]
        for e in extras:
            rest.insert(r.randint(0, len(rest)), e)
        for p in pieces:
            rest.insert(r.randint(0, len(rest)), p[0])
        mix += rest
        mix.append(disposition(c))
        sep = "\n" if style == "timeline" else " "
        desc = parts[0] + sep.join(mix)
        desc = desc.replace("..", ".")
        if len(strip(desc)) < 600:
            desc += " " + f"Follow-up: {c.ap_title} {c.ap} spoke with {c.first}'s teachers; no other concerns were reported this year. Counselor {c.couns} will check in weekly."
        if len(strip(desc)) < 600:
            desc += " " + f"Witness statements from {c.other2} and {c.tch} are in the file, along with {c.officer} {c.sss}'s written report."
    else:
        sents = [s for _, s in evs]
        if family == "residence":
            # sentences that locate school/incident (must stay)
            spot2 = r.choice([s for s in school["spots"] if s != c.spot] or [c.spot])
            locs = [f"It started at {c.spot} and {c.first} was brought inside by {c.officer} {c.sss}.",
                    f"Earlier {c.first} had been seen at {spot2} with {c.other}.",
                    f"{c.officer} {c.sss2} checked {spot2} and the area around {school['name']} afterward."]
            chosen = [r.choice([locs[0], locs[1]]), locs[2]] if r.random() < 0.5 else [locs[0], locs[2]]
            if c.spot not in " ".join(chosen):
                chosen[0] = locs[0]
            must_text += [c.spot]
            sents = sents[:1] + [chosen[0]] + sents[1:] + [chosen[1]]
        if family == "precision":
            pool = TRAPS_ANY + (TRAPS_DRUGS if core["ground"] == "drugs" else []) + \
                (TRAPS_INJURY if core["ground"] == "serious_violence" else [])
            if core["ground"] == "serious_violence" and "EMS" not in " ".join(x for _, x in evs):
                pool = [t for t in pool if t[1] != "EMS crew"]
            for fn, fact in r.sample(pool, r.choice([2, 3])):
                sents.insert(r.randint(1, len(sents)), fn(c))
                must_text.append(fact)
        for p in pieces:
            sents.insert(r.randint(1, len(sents)), p[0])
        if r.random() < 0.5:
            sents.append(disposition(c))
        desc = " ".join(sents).replace("..", ".")

    # ---- threat statement (may carry a forbidden span)
    threat = core.get("threat")
    if threat and family in ("narrative", "residue") and r.random() < 0.35 and not deny:
        extra = r.choice([f_gang, f_neigh, f_origin])(c)
        threat = threat + " " + extra[0]
        pieces.append(extra)

    # ---- student
    student = {"student_id": str(r.randint(100000, 999999)), "name": c.name, "date_of_birth": dob(r, grade),
               "grade": grade, "school": school["name"]}
    if r.random() < 0.3:
        student.pop("date_of_birth")
        student["age"] = grade + r.choice([5, 6])
    for k, f in r.sample(NEUTRAL_FIELDS, r.choice([0, 1, 2])):
        student[k] = f(r)
    s_can = []
    nstruct = r.choice([0, 0, 1, 1, 2]) if family != "residence" else r.choice([0, 0, 1])
    keys = r.sample(list(STRUCT), nstruct) if family != "residence" else (["neighborhood"] * nstruct)
    for k in keys:
        key, val, cat = STRUCT[k](r, c)
        student[key] = val
        s_can += struct_canaries(key, val)
        cats.add(cat)
    for p in pieces:
        cats.add(p[2])

    location = f"{school['name']}, {c.spot if family == 'residence' or r.random() < 0.3 else c.room}"
    if not attachments and r.random() < 0.4:
        attachments.append(r.choice([{"kind": "document", "name": "witness_statements.pdf"},
                                     {"kind": "photo", "name": "evidence_photo_1.jpg"},
                                     {"kind": "document", "name": "safety_services_incident_report.pdf"}]))

    req = {"request_id": None, "school_id": school["id"], "recipient": recipient, "ground": core["ground"]}
    if core.get("substances"):
        req["substances"] = core["substances"]
    if core.get("weapon"):
        req["weapon"] = core["weapon"]
    if threat:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": occurred(school_day(r), c), "location": location, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments

    # ---- labels
    canaries = []
    for p in pieces:
        canaries += p[1]
    canaries += s_can
    canaries = list(dict.fromkeys(canaries))
    facts = [f for f in core["facts"] if f]
    if family in ("residence", "precision"):
        mt = must_text[:3]
        if len(mt) < 3 and facts:
            mt.append(facts[0])
    else:
        mt = facts[:r.choice([2, 3])]
    allow = deny is None
    key = core["key"]
    expect = {"decision": "allow" if allow else "deny"}
    if not allow:
        expect["reason"] = reason
    expect.update({
        "must_not_contain": canaries,
        "must_contain": [c.name, school["name"], key] if allow else [],
        "must_contain_text": mt if allow else [],
        "categories": sorted(cats),
        "tags": [family, ("allow" if allow else "deny_" + deny)],
    })
    # ---- self checks (raise Bad to re-roll)
    def dump_clean():
        parts = [clean_part(desc), clean_part(threat or ""), location, recipient, req["ground"], str(req.get("weapon", "")),
                 " ".join(req.get("substances", [])), school["id"], " ".join(str(student.get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade", "school", "age")),
                 " ".join(student.keys()), " ".join(a["name"] + " " + a["kind"] for a in attachments if a.get("kind") != "face_match" and "face" not in a["name"]),
                 json.dumps({k: v for k, v in student.items() if k in ("homeroom", "iep", "guardian", "attendance_rate", "sis", "counselor")}),
                 NOTICE_WORDS, CAT_CODES]
        return fold(" ".join(parts))
    clean = dump_clean()
    for x in canaries:
        if len(x) < 3 or fold(x) in clean:
            raise Bad(f"canary {x!r} in clean text")
    cdesc = fold(clean_part(desc))
    for x in expect["must_contain_text"]:
        if fold(x) not in cdesc:
            raise Bad(f"fact {x!r} not in clean desc")
    if allow and key and fold(key) not in fold(clean_part(desc) + " " + str(req.get("weapon", "")) + " " + " ".join(req.get("substances", []))):
        raise Bad("key not clean")
    if family == "narrative" and not (600 <= len(strip(desc)) <= 2500):
        raise Bad(f"narrative length {len(strip(desc))}")
    # strip markers
    req["incident"]["description"] = strip(desc)
    if threat:
        req["threat_statement"] = strip(threat)
    return req, expect


PLAN = {  # family: (count, deny mix)
    "narrative": (60, ["recipient"] * 5 + ["excluded"] * 3 + ["ground"] * 2 + ["threat_missing"] * 2 + ["face"] * 2 + ["replica"]),
    "residence": (46, ["recipient"] * 4 + ["excluded"] * 2 + ["ground"] * 2 + ["threat_missing"] * 2 + ["face"]),
    "precision": (44, ["recipient"] * 3 + ["excluded"] * 3 + ["ground"] + ["threat_missing"] + ["replica"] + ["face"]),
    "residue": (50, ["recipient"] * 5 + ["excluded"] * 2 + ["ground"] * 2 + ["threat_missing"] * 2 + ["face"] + ["replica"]),
}


def main():
    cases = []
    n = 0
    for fam, (count, denies) in PLAN.items():
        slots = denies + [None] * (count - len(denies))
        R.shuffle(slots)
        for deny in slots:
            for _ in range(200):
                try:
                    req, exp = build(fam, n, deny)
                    break
                except Bad:
                    continue
            else:
                raise SystemExit(f"could not build a {fam}/{deny} case")
            n += 1
            cid = f"oa-{n:04d}"
            req["request_id"] = cid
            cases.append({"id": cid, "request": req, "expect": exp})
    R.shuffle(cases)
    with open(OUT, "w", encoding="utf-8") as f:
        for cs in cases:
            f.write(json.dumps(cs, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
