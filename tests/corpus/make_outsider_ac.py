#!/usr/bin/env python3
"""Outsider corpus family "OAC": many people, many voices.

Deterministic, standard library only.  Writes tests/data/corpus/outsider_ac.jsonl (150 cases).

Each case is an incident narrative (800 to 2,500 characters) with three to six people in it: the
reported student, victims, student witnesses, parents and staff.  Forbidden facts (RULES.md s.4)
are stated about people other than the reported student as well, through chains of reported
speech, pronouns whose referent is several sentences back, comparisons, corrections, negations
that still reveal, and questions staff asked.  Incident facts (weapon, injury, drug, room, time)
are kept in separate sentences so that a good redactor can keep them.

Written from RULES.md and CONTRACT.md only; never from the service's code or tests.
"""
import datetime
import json
import pathlib
import random
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_ac.jsonl"
PREFIX = "OAC"
FAMILY = "outsider_ac"
SEED = 20260311


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def cap(s):
    return s[:1].upper() + s[1:]


# --------------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------------
MALE = ["Darnell", "Jaylen", "Malik", "Kevin", "Andre", "Marcus", "Tyrese", "Isaiah", "Josue",
        "Brandon", "Elijah", "Dante", "Kenny", "Omar", "Luis", "Christian", "Devin", "Jamal",
        "Nathan", "Victor", "Rafael", "Adrian", "Tyler", "Xavier", "Jonah", "Samuel", "Derek",
        "Mateo", "Kendrick", "Anthony", "Cameron", "Terrell", "Rashad", "Quentin", "Hector",
        "Felix", "Miguel", "Ronan", "Trevon", "Jalen", "Keon", "Dominic", "Caleb", "Julian"]
FEMALE = ["Kiara", "Jasmine", "Aaliyah", "Destiny", "Yesenia", "Maya", "Nia", "Gabriela", "Tiana",
          "Brianna", "Alondra", "Imani", "Sofia", "Leila", "Chloe", "Keisha", "Mariana", "Naomi",
          "Ashley", "Danielle", "Kayla", "Jada", "Ariana", "Serena", "Vanessa", "Paola", "Rosa",
          "Tatiana", "Bianca", "Amani", "Crystal", "Erica", "Monique", "Sasha", "Janelle",
          "Makayla", "Trinity", "Esther", "Lauren", "Zoe"]
LAST = ["Greene", "Alvarado", "Carter", "Pierce", "Whitfield", "Barros", "Nguyen", "Okafor",
        "Mendes", "Robinson", "Delgado", "Foster", "Hale", "Ibarra", "Jenkins", "Kowalski",
        "Lindsey", "Moreno", "Nash", "Ortega", "Pacheco", "Quinn", "Rowe", "Sanders", "Tavares",
        "Underwood", "Vance", "Wallace", "Yates", "Zamora", "Brennan", "Coleman", "Dwyer",
        "Ellis", "Fonseca", "Gallagher", "Holloway", "Joseph", "Keane", "Lynch", "Monteiro",
        "Norris", "Oliveira", "Park", "Reyes", "Simmons", "Tran", "Abreu", "Burgos", "Cruz",
        "Duarte", "Figueroa", "Gomes", "Hughes", "Ingram", "Jeune", "Lopes", "Mahoney", "Nunez",
        "Pereira", "Rosario", "Sealy", "Upton", "Vasquez", "Wiggins", "Young", "Daley", "Fortes"]
STAFF_LAST = ["Ferreira", "Kane", "Doyle", "Murphy", "Okonkwo", "Lindqvist", "Rivera", "Castillo",
              "Sullivan", "McBride", "Hanley", "Tobin", "Vega", "Ambrose", "Chen", "Donnelly",
              "Fitzgerald", "Grant", "Harrington", "Jacques", "Lyons", "Mercado", "Nolan", "Pina",
              "Rourke", "Santiago", "Tully", "Valdez", "Whelan", "Costa", "Dunbar", "Everett",
              "Galvin", "Hurley", "Kimball", "Prescott", "Ruiz", "Sheehan", "Toomey", "Wexler"]

PRON = {"m": ("he", "his", "him", "himself"), "f": ("she", "her", "her", "herself")}


class Person:
    def __init__(self, first, last, g, ref=None, rel=None, kind="student"):
        self.first, self.last, self.g, self.kind, self.rel = first, last, g, kind, rel
        self.full = f"{first} {last}" if first else last
        self.ref = ref or first

    def vars(self, p):
        he, his, him, himself = PRON[self.g]
        return {p: self.ref, p + "_full": self.full, p + "_last": self.last,
                p + "_he": he, p + "_He": cap(he), p + "_his": his, p + "_His": cap(his),
                p + "_him": him, p + "_himself": himself, p + "_rel": self.rel or ""}

    def xdict(self):
        """The person as the subject of a forbidden sentence."""
        he, his, him, _ = PRON[self.g]
        if self.kind == "student":
            fam = f"{self.ref}'s family"
        else:
            fam = f"the {self.last} family"
        return {"ref": self.ref, "he": he, "He": cap(he), "his": his, "His": cap(his), "him": him,
                "fam": fam, "Fam": cap(fam), "kind": self.kind}


REL_STUDENT = [("mother", "f"), ("father", "m"), ("grandmother", "f"), ("aunt", "f"),
               ("uncle", "m"), ("stepfather", "m"), ("older sister", "f")]
REL_ADULT = [("sister", "f"), ("brother", "m"), ("partner", "f"), ("cousin", "m")]

# --------------------------------------------------------------------------------------------
# schools, recipients, places
# --------------------------------------------------------------------------------------------
SCHOOLS = [  # name, district unit, lowest grade, highest grade
    ("Boston Latin Academy", "bpd/district-b2", 7, 12),
    ("Madison Park Technical Vocational High School", "bpd/district-b2", 9, 12),
    ("East Boston High School", "bpd/district-a7", 9, 12),
    ("Jeremiah E. Burke High School", "bpd/district-b3", 9, 12),
    ("English High School", "bpd/district-e13", 9, 12),
    ("Excel High School", "bpd/district-c6", 9, 12),
    ("Brighton High School", "bpd/district-d14", 9, 12),
    ("TechBoston Academy", "bpd/district-c11", 6, 12),
    ("Mission Hill K-8", "bpd/district-e13", 6, 8),
    ("John D. O'Bryant School", "bpd/district-b2", 7, 12),
    ("Charlestown High School", "bpd/district-a15", 9, 12),
    ("Snowden International School", "bpd/district-d4", 9, 12),
    ("Dearborn STEM Academy", "bpd/district-b2", 6, 12),
    ("Boston Community Leadership Academy", "bpd/district-e18", 9, 12),
    ("New Mission High School", "bpd/district-e18", 9, 12),
    ("Community Academy of Science and Health", "bpd/district-b3", 9, 12),
    ("Henderson K-12 Inclusion School", "bpd/district-c11", 6, 12),
    ("Fenway High School", "bpd/district-d4", 9, 12),
    ("Boston Arts Academy", "bpd/district-d4", 9, 12),
    ("Mildred Avenue K-8 School", "bpd/district-b3", 6, 8),
    ("Edward M. Kennedy Academy for Health Careers", "bpd/district-b2", 9, 12),
    ("Boston Green Academy", "bpd/district-d14", 6, 12),
    ("Dorchester Academy", "bpd/district-c11", 9, 12),
    ("Josiah Quincy Upper School", "bpd/district-a1", 6, 12),
]
SCHOOL_ID = {s[0]: f"BPS-{4011 + 37 * i}" for i, s in enumerate(SCHOOLS)}

PLACES = ["third-floor boys' bathroom", "second-floor girls' bathroom", "cafeteria",
          "gym locker room", "library", "main stairwell", "courtyard", "front lobby",
          "auditorium", "bus loop", "science wing hallway", "fourth-floor hallway",
          "weight room", "band room", "east stairwell", "second-floor landing"]
ROOMS = ["room 214", "room 108", "room 312", "room 127", "room 205", "room 401", "room 119",
         "room 230", "room 316", "room 104"]
PERIODS = ["first", "second", "third", "fourth", "fifth", "sixth"]
SUBJECTS = ["biology", "algebra", "world history", "chemistry", "ELA", "geometry", "physics",
            "US history", "art", "health"]
HOSPITALS = ["Boston Medical Center", "Boston Children's Hospital", "Tufts Medical Center",
             "Beth Israel Deaconess", "Mass General", "Brigham and Women's Hospital"]
MONTHS = ["April", "May", "June", "September", "October", "November"]

# --------------------------------------------------------------------------------------------
# forbidden value pools (RULES.md section 4)
# --------------------------------------------------------------------------------------------
COUNTRIES = [  # country (text form), canary, city, demonym
    ("Guatemala", "Guatemala", "Quetzaltenango", "Guatemalan"),
    ("Honduras", "Honduras", "Tegucigalpa", "Honduran"),
    ("El Salvador", "El Salvador", "San Salvador", "Salvadoran"),
    ("Haiti", "Haiti", "Port-au-Prince", "Haitian"),
    ("Cabo Verde", "Cabo Verde", "Praia", "Cape Verdean"),
    ("the Dominican Republic", "Dominican Republic", "Santo Domingo", "Dominican"),
    ("Somalia", "Somalia", "Mogadishu", "Somali"),
    ("Vietnam", "Vietnam", "Ho Chi Minh City", "Vietnamese"),
    ("Colombia", "Colombia", "Medellin", "Colombian"),
    ("Brazil", "Brazil", "Belo Horizonte", "Brazilian"),
    ("Nigeria", "Nigeria", "Lagos", "Nigerian"),
    ("Ethiopia", "Ethiopia", "Addis Ababa", "Ethiopian"),
    ("Morocco", "Morocco", "Casablanca", "Moroccan"),
    ("Ukraine", "Ukraine", "Kharkiv", "Ukrainian"),
    ("Albania", "Albania", "Tirana", "Albanian"),
    ("Venezuela", "Venezuela", "Caracas", "Venezuelan"),
    ("Jamaica", "Jamaica", "Montego Bay", "Jamaican"),
    ("Ecuador", "Ecuador", "Guayaquil", "Ecuadorian"),
    ("Afghanistan", "Afghanistan", "Kabul", "Afghan"),
    ("Eritrea", "Eritrea", "Asmara", "Eritrean"),
    ("Mexico", "Mexico", "Puebla", "Mexican"),
]
ETHNICITIES = ["Haitian", "Dominican", "Cape Verdean", "Puerto Rican", "Salvadoran", "Guatemalan",
               "Somali", "Vietnamese", "Colombian", "Brazilian", "Nigerian", "Jamaican",
               "Ethiopian", "Albanian", "Honduran", "Ecuadorian", "Chinese", "Irish", "Korean",
               "Cambodian", "Lebanese"]
LANGS = [("Spanish", ["Spanish"]), ("Portuguese", ["Portuguese"]),
         ("Haitian Creole", ["Haitian", "Creole"]),
         ("Cape Verdean Creole", ["Cape Verdean", "Creole"]), ("Vietnamese", ["Vietnamese"]),
         ("Somali", ["Somali"]), ("Arabic", ["Arabic"]), ("Mandarin", ["Mandarin"]),
         ("Cantonese", ["Cantonese"]), ("Amharic", ["Amharic"]), ("Tigrinya", ["Tigrinya"]),
         ("K'iche'", ["K'iche"]), ("Albanian", ["Albanian"]), ("Russian", ["Russian"]),
         ("Pashto", ["Pashto"])]
STREETS = ["Blue Hill Ave", "Geneva Ave", "Bowdoin St", "Columbia Road", "Dudley St",
           "Norfolk St", "Hancock St", "Intervale St", "Seaver St", "Talbot Ave", "Morton St",
           "Centre St", "Hyde Park Ave", "Cummins Highway", "Meridian St", "Bennington St",
           "Warren St", "River St", "Magnolia St", "Glenway St"]
AREAS = ["Grove Hall", "Codman Square", "Uphams Corner", "Fields Corner", "Egleston Square",
         "Hyde Square", "Mattapan", "Roslindale", "Hyde Park", "Allston", "Orient Heights",
         "Maverick Square", "Savin Hill", "Jackson Square", "Roxbury", "Jamaica Plain",
         "the South End", "Chelsea", "Revere", "Franklin Field"]
DEVS = [("Bromley-Heath", "Bromley-Heath"), ("the Mildred Hailey apartments", "Mildred Hailey"),
        ("Orchard Gardens", "Orchard Gardens"), ("Mission Main", "Mission Main"),
        ("the Lenox Street apartments", "Lenox Street"), ("the Cathedral development", "Cathedral development"),
        ("Old Colony", "Old Colony"), ("the Mary Ellen McCormack", "Mary Ellen McCormack"),
        ("Franklin Hill", "Franklin Hill"), ("Washington Beech", "Washington Beech"),
        ("Charlesview", "Charlesview"), ("the Alice Taylor apartments", "Alice Taylor")]
ZIPS = ["02121", "02124", "02119", "02126", "02128", "02136", "02125", "02130"]
CREWS = [("the Lawndale Boys", "Lawndale"), ("Deuce Block", "Deuce Block"),
         ("the Tiverton Boys", "Tiverton"), ("the Greenway Hitters", "Greenway Hitters"),
         ("the Crescent Ave Boys", "Crescent Ave"), ("the Brunswick Kings", "Brunswick Kings"),
         ("the Seven Set", "Seven Set"), ("the Corbet Street crew", "Corbet Street"),
         ("the Ridgeview Boys", "Ridgeview"), ("the Homestead Hitters", "Homestead Hitters"),
         ("the Bellflower Boys", "Bellflower"), ("the Ashmont Terrace crew", "Ashmont Terrace")]
WHEN = ["last August", "in the summer of 2024", "two winters ago", "in 2023", "last spring",
        "right before Thanksgiving"]
WHEN_SINCE = ["last August", "the summer of 2024", "2023", "last spring", "right before Thanksgiving"]

# words that must never appear in a clean sentence (catch accidental leaks in templates)
SENSITIVE = set()
for c in COUNTRIES:
    SENSITIVE.update([c[1], c[2], c[3]])
SENSITIVE.update(ETHNICITIES)
for l in LANGS:
    SENSITIVE.update(l[1])
SENSITIVE.update(STREETS)
SENSITIVE.update(a.replace("the ", "") for a in AREAS)
SENSITIVE.update(d[1] for d in DEVS)
SENSITIVE.update(c[1] for c in CREWS)
SENSITIVE.update(["undocumented", "green card", "DACA", "asylum", "refugee", "visa", "deport",
                  "no papers", "citizen", "Temporary Protected", "overstay", "mosque", "Muslim",
                  "Ramadan", "Jehovah", "Sabbath", "Adventist", "Pentecostal", "Catholic",
                  "Baptist", "Evangelical", "pastor", "Coptic", "Hindu", "Shabbat", "halal",
                  "church", "interpreter", "English learner", "WIDA", "Sheltered English",
                  "bilingual", "verified member", "crew", "shelter", "zip code", "Latino",
                  "Hispanic", "face recognition", "facial", "Clearview", "BriefCam", "Avigilon",
                  "% match", "confidence", "lives on", "lives in", "born in", "arrived from"])
SENSITIVE = {fold(s) for s in SENSITIVE}

# --------------------------------------------------------------------------------------------
# forbidden-fact templates.  Each returns (text, canaries, category, style).
# X: subject person (xdict), SP: staff speaker (xdict), W: another student (xdict or fallback)
# --------------------------------------------------------------------------------------------


class Picker:
    """Draws values from pools without repeating within one case."""

    def __init__(self, r):
        self.r, self.used = r, set()

    def one(self, pool, key=lambda v: v):
        opts = [v for v in pool if fold(str(key(v))) not in self.used]
        v = self.r.choice(opts)
        self.used.add(fold(str(key(v))))
        return v


def rel_of(r, X):
    rel, g = r.choice(REL_STUDENT if X["kind"] == "student" else REL_ADULT)
    return rel, PRON[g][0]


def country(pk):
    c = pk.one(COUNTRIES, key=lambda c: c[0])
    pk.used.add(fold(c[3]))
    return c


def lang(pk):
    return pk.one(LANGS, key=lambda l: l[0])


def eth(pk):
    return pk.one(ETHNICITIES)


# ---- immigration_status
def imm_neg(r, X, SP, W, pk):
    return (f"{SP['ref']} said {X['ref']} is not undocumented, {X['he']} has a green card now.",
            ["undocumented", "green card"], "immigration_status", "negation")


def imm_chain(r, X, SP, W, pk):
    m = r.choice(MONTHS)
    if X["kind"] == "student":
        t = f"{SP['ref']} said the aunt told {SP['him']} that {X['ref']}'s father has a deportation hearing in {m}."
    else:
        t = f"{SP['ref']} said the aunt told {SP['him']} that {X['ref']} has a deportation hearing in {m}."
    return t, ["deportation hearing"], "immigration_status", "reported_speech"


def imm_q(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} asked whether {X['fam']} was still waiting on an asylum interview; "
            f"{X['his']} {rel} said it is set for the spring.",
            ["asylum interview"], "immigration_status", "question")


def imm_pron(r, X, SP, W, pk):
    return (f"{X['He']} had also told {SP['ref']} that the family is waiting on {X['his']} DACA "
            f"renewal and did not want anything mailed home.",
            ["DACA"], "immigration_status", "pronoun")


def imm_cmp(r, X, SP, W, pk):
    return (f"{cap(W['ref'])} said {X['ref']} gets nervous around police \"like {X['his']} cousins "
            f"who have no papers.\"", ["no papers"], "immigration_status", "comparison")


def imm_corr(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} first wrote down that {X['fam']} had refugee status; {X['his']} {rel} "
            f"corrected that, they have Temporary Protected Status.",
            ["refugee status", "Temporary Protected Status"], "immigration_status", "correction")


def imm_chain2(r, X, SP, W, pk):
    if X["kind"] != "student":
        return imm_chain(r, X, SP, W, pk)
    return (f"{cap(W['ref'])} told {SP['ref']} that {X['ref']}'s older brother overstayed a student "
            f"visa and that the family is afraid of any contact with police.",
            ["overstayed", "student visa"], "immigration_status", "reported_speech")


def imm_neg2(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{X['His']} {rel} stressed that {X['ref']} is a U.S. citizen, not a green card holder "
            f"like the rest of the family.", ["U.S. citizen", "green card"],
            "immigration_status", "negation")


# ---- national_origin
def nat_plain(r, X, SP, W, pk):
    c = country(pk)
    return (f"{X['ref']} arrived from {c[0]} {r.choice(WHEN)}, {SP['ref']} said.", [c[1]],
            "national_origin", "plain")


def nat_cmp(r, X, SP, W, pk):
    c = country(pk)
    return (f"{cap(W['ref'])} said {X['ref']} \"acts just like {X['his']} cousins back in {c[2]}\" "
            f"and always has.", [c[2]], "national_origin", "comparison")


def nat_corr(r, X, SP, W, pk):
    c1, c2 = country(pk), country(pk)
    rel, _ = rel_of(r, X)
    return (f"The referral form says {X['ref']} was born in {c1[0]}; {SP['ref']} corrected it after "
            f"speaking with {X['his']} {rel}: {c2[0]}, not {c1[0]}.", [c1[1], c2[1]],
            "national_origin", "correction")


def nat_chain(r, X, SP, W, pk):
    c = country(pk)
    if X["kind"] == "student":
        rel, _ = rel_of(r, X)
        t = (f"{SP['ref']} said {X['ref']}'s {rel} told the front desk that the whole family came "
             f"over from {c[0]} {r.choice(WHEN)}.")
    else:
        t = (f"{SP['ref']} said {X['ref']} told the front desk that {X['he']} came over from "
             f"{c[0]} {r.choice(WHEN)}.")
    return t, [c[1]], "national_origin", "reported_speech"


def nat_neg(r, X, SP, W, pk):
    c1, c2 = country(pk), country(pk)
    return (f"{X['ref']} is not from {c1[0]}, {SP['ref']} clarified; {X['he']} was born in {c2[0]}.",
            [c1[1], c2[1]], "national_origin", "negation")


def nat_q(r, X, SP, W, pk):
    c = country(pk)
    return (f"{SP['ref']} asked {X['ref']} whether {X['he']} was born in {c[0]}, and {X['he']} said yes.",
            [c[1]], "national_origin", "question")


def nat_pron(r, X, SP, W, pk):
    c = country(pk)
    rel, _ = rel_of(r, X)
    return (f"{X['He']} has only been in the country since {r.choice(WHEN_SINCE)}, after leaving {c[0]} "
            f"with {X['his']} {rel}.", [c[1]], "national_origin", "pronoun")


# ---- ethnicity
def eth_corr(r, X, SP, W, pk):
    e1, e2 = eth(pk), eth(pk)
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} had {X['ref']} down as {e1}; {X['his']} {rel} corrected that: not {e1}, "
            f"{X['he']}'s {e2}.", [e1, e2], "ethnicity", "correction")


def eth_plain(r, X, SP, W, pk):
    e = eth(pk)
    return (f"{SP['ref']} noted that {X['fam']} is {e}.", [e], "ethnicity", "plain")


def eth_cmp(r, X, SP, W, pk):
    e = eth(pk)
    return (f"{cap(W['ref'])} described {X['ref']} as \"{e}, like half the kids on {X['his']} bus.\"",
            [e], "ethnicity", "comparison")


def eth_chain(r, X, SP, W, pk):
    e = eth(pk)
    return (f"{SP['ref']} said {W['ref']}'s mother told {SP['him']} that {X['fam']} is {e} and "
            f"keeps to themselves.", [e], "ethnicity", "reported_speech")


def eth_neg(r, X, SP, W, pk):
    e1, e2 = eth(pk), eth(pk)
    return (f"{X['Fam']} is not {e1}, {SP['ref']} clarified, they are {e2}.", [e1, e2],
            "ethnicity", "negation")


def eth_q(r, X, SP, W, pk):
    e1, e2 = eth(pk), eth(pk)
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} asked whether {X['fam']} was {e1} or {e2}, and {X['his']} {rel} said {e2}.",
            [e1, e2], "ethnicity", "question")


def eth_pron(r, X, SP, W, pk):
    e = eth(pk)
    return (f"{X['He']} is {e}, {X['he']} said, and asked that the school send a {e} staff member "
            f"to any meeting.", [e], "ethnicity", "pronoun")


# ---- religion
def rel_chain(r, X, SP, W, pk):
    if X["kind"] == "student":
        rel, _ = rel_of(r, X)
        t = (f"{SP['ref']} said {X['ref']}'s {rel} told {SP['him']} the family would be at the "
             f"mosque for Friday prayers and could not come in until Monday.")
    else:
        t = (f"{SP['ref']} said {X['ref']} told {SP['him']} {X['he']} would be at the mosque for "
             f"Friday prayers and could not come in until Monday.")
    return t, ["mosque"], "religion", "reported_speech"


def rel_plain(r, X, SP, W, pk):
    return (f"{X['Fam']} are Jehovah's Witnesses, {SP['ref']} noted.", ["Jehovah"], "religion",
            "plain")


def rel_neg(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{X['His']} {rel} said they are not Muslim, they are Coptic Orthodox, and asked that "
            f"staff stop assuming.", ["Muslim", "Coptic"], "religion", "negation")


def rel_q(r, X, SP, W, pk):
    return (f"{SP['ref']} asked whether {X['ref']} was fasting for Ramadan, since {X['he']} had "
            f"not eaten all day.", ["Ramadan"], "religion", "question")


def rel_pron(r, X, SP, W, pk):
    return (f"{X['He']} asked that nobody call the house on Saturday because the family keeps the "
            f"Sabbath at their Seventh-day Adventist church.",
            ["Sabbath", "Seventh-day Adventist"], "religion", "pronoun")


def rel_cmp(r, X, SP, W, pk):
    return (f"{cap(W['ref'])} said {X['ref']} is \"strict like the Pentecostal kids at {X['his']} "
            f"church.\"", ["Pentecostal"], "religion", "comparison")


def rel_corr(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} wrote Catholic on the contact note; {X['his']} {rel} corrected it to "
            f"Baptist.", ["Catholic", "Baptist"], "religion", "correction")


def rel_chain2(r, X, SP, W, pk):
    return (f"{SP['ref']} said the pastor of {X['fam']}'s Evangelical church called to vouch for "
            f"{X['him']}.", ["Evangelical", "pastor"], "religion", "reported_speech")


def rel_hindu(r, X, SP, W, pk):
    rel, _ = rel_of(r, X)
    return (f"{X['His']} {rel} came straight from the Hindu temple and asked to speak with "
            f"{SP['ref']} privately.", ["Hindu"], "religion", "plain")


def rel_shabbat(r, X, SP, W, pk):
    return (f"{X['ref']}'s father asked to meet after Shabbat, {SP['ref']} said.", ["Shabbat"],
            "religion", "reported_speech")


# ---- neighborhood
def nb_q(r, X, SP, W, pk):
    s = pk.one(STREETS)
    return (f"{SP['ref']} asked whether {X['fam']} was still staying at the shelter on {s}.", [s],
            "neighborhood", "question")


def nb_plain(r, X, SP, W, pk):
    s, a = pk.one(STREETS), pk.one(AREAS)
    rel, _ = rel_of(r, X)
    return (f"{X['ref']} lives on {s} in {a} with {X['his']} {rel}.", [s, a.replace('the ', '')],
            "neighborhood", "plain")


def nb_chain(r, X, SP, W, pk):
    d = pk.one(DEVS, key=lambda d: d[1])
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} said {W['ref']} told {SP['him']} that {X['ref']} and {X['his']} {rel} just "
            f"moved into {d[0]}.", [d[1]], "neighborhood", "reported_speech")


def nb_pron(r, X, SP, W, pk):
    s = pk.one(STREETS)
    return (f"{X['He']} gave {X['his']} address as {r.randint(3, 240)} {s}, apartment "
            f"{r.randint(1, 4)}{r.choice('ABCD')}.", [s], "neighborhood", "pronoun")


def nb_corr(r, X, SP, W, pk):
    a1, a2 = pk.one(AREAS), pk.one(AREAS)
    return (f"{X['Fam']} does not live in {a1} anymore, {SP['ref']} said; they moved to {a2} in "
            f"January.", [a1.replace('the ', ''), a2.replace('the ', '')], "neighborhood", "correction")


def nb_neg(r, X, SP, W, pk):
    d, a = pk.one(DEVS, key=lambda d: d[1]), pk.one(AREAS)
    return (f"{X['ref']} is not at {d[0]} now; {X['he']} stays with an aunt in {a}.",
            [d[1], a.replace('the ', '')], "neighborhood", "negation")


def nb_cmp(r, X, SP, W, pk):
    a = pk.one(AREAS)
    return (f"{cap(W['ref'])} said {X['ref']} takes the long way home \"like everybody from {a} does.\"",
            [a.replace('the ', '')], "neighborhood", "comparison")


def nb_zip(r, X, SP, W, pk):
    z = pk.one(ZIPS)
    return (f"The emergency card for {X['fam']} lists zip code {z}.", [z], "neighborhood", "plain")


# ---- language
def lang_plain(r, X, SP, W, pk):
    l = lang(pk)
    if X["kind"] == "student":
        rel, rhe = rel_of(r, X)
        t = (f"{X['ref']}'s {rel} only speaks {l[0]}, so {SP['ref']} called back with an interpreter.")
    else:
        t = f"{X['ref']} only speaks {l[0]}, so {SP['ref']} called back with an interpreter."
    return t, l[1] + ["interpreter"], "language", "plain"


def lang_chain(r, X, SP, W, pk):
    l = lang(pk)
    return (f"{SP['ref']} said {W['ref']} told {SP['him']} that {X['ref']} translates for "
            f"{X['his']} parents because they speak {l[0]} at home.", l[1], "language",
            "reported_speech")


def lang_corr(r, X, SP, W, pk):
    l1, l2 = lang(pk), lang(pk)
    return (f"The contact sheet says {X['fam']} speaks {l1[0]}; {SP['ref']} corrected it: they "
            f"speak {l2[0]}, not {l1[0]}.", l1[1] + l2[1], "language", "correction")


def lang_neg(r, X, SP, W, pk):
    l = lang(pk)
    return (f"{X['ref']} is not an English learner anymore, {SP['ref']} said; {X['he']} exited the "
            f"{l[0]} bilingual program last year.", ["English learner"] + l[1], "language",
            "negation")


def lang_q(r, X, SP, W, pk):
    l = lang(pk)
    rel, _ = rel_of(r, X)
    return (f"{SP['ref']} asked whether {X['ref']}'s {rel} would need an interpreter for the "
            f"re-entry meeting, and {X['ref']} said {l[0]} would be best.",
            ["interpreter"] + l[1], "language", "question")


def lang_pron(r, X, SP, W, pk):
    l = lang(pk)
    return (f"{X['He']} gave {X['his']} written statement with help from a {l[0]} interpreter.",
            l[1] + ["interpreter"], "language", "pronoun")


def lang_cmp(r, X, SP, W, pk):
    l = lang(pk)
    return (f"{cap(W['ref'])} said {X['ref']} switches to {l[0]} when {X['he']} gets upset, \"like "
            f"{X['his']} grandmother does.\"", l[1], "language", "comparison")


def lang_sei(r, X, SP, W, pk):
    return (f"{X['ref']} is in the Sheltered English Immersion program at WIDA level 2, "
            f"{SP['ref']} noted.", ["Sheltered English Immersion", "WIDA"], "language", "plain")


# ---- gang_affiliation
def crew(pk):
    return pk.one(CREWS, key=lambda c: c[1])


def g_chain(r, X, SP, W, pk):
    c = crew(pk)
    return (f"{SP['ref']} said {W['ref']}'s older cousin told {W['him']} that {X['ref']} runs with "
            f"{c[0]}.", [c[1]], "gang_affiliation", "reported_speech")


def g_q(r, X, SP, W, pk):
    c = crew(pk)
    return (f"{SP['ref']} asked {X['ref']} directly whether {X['he']} was still claiming "
            f"{c[0].replace('the ', '')}, and {X['he']} did not answer.", [c[1]],
            "gang_affiliation", "question")


def g_neg(r, X, SP, W, pk):
    c1, c2 = crew(pk), crew(pk)
    return (f"{X['ref']} is not with {c1[0]} anymore, {W['ref']} said; {X['he']} moved over to "
            f"{c2[0]} in the fall.", [c1[1], c2[1]], "gang_affiliation", "negation")


def g_cmp(r, X, SP, W, pk):
    c = crew(pk)
    return (f"{cap(W['ref'])} said {X['ref']} dresses \"like {X['his']} cousins in {c[0]}.\"", [c[1]],
            "gang_affiliation", "comparison")


def g_plain(r, X, SP, W, pk):
    c = crew(pk)
    return (f"{X['His']} older brother is a verified member of {c[0]}, according to {SP['ref']}.",
            [c[1], "verified member"], "gang_affiliation", "plain")


def g_pron(r, X, SP, W, pk):
    c = crew(pk)
    return (f"{X['He']} has been writing {c[0].replace('the ', '')} on {X['his']} notebooks since "
            f"October, {SP['ref']} added.", [c[1]], "gang_affiliation", "pronoun")


def g_corr(r, X, SP, W, pk):
    c1, c2 = crew(pk), crew(pk)
    return (f"{SP['ref']} first noted that {X['ref']} was connected to {c1[0]}; {W['ref']} corrected "
            f"that, it is {c2[0]}.", [c1[1], c2[1]], "gang_affiliation", "correction")


FORBIDDEN = {
    "immigration_status": [imm_neg, imm_chain, imm_q, imm_pron, imm_cmp, imm_corr, imm_chain2, imm_neg2],
    "national_origin": [nat_plain, nat_cmp, nat_corr, nat_chain, nat_neg, nat_q, nat_pron],
    "ethnicity": [eth_corr, eth_plain, eth_cmp, eth_chain, eth_neg, eth_q, eth_pron],
    "religion": [rel_chain, rel_plain, rel_neg, rel_q, rel_pron, rel_cmp, rel_corr, rel_chain2,
                 rel_hindu, rel_shabbat],
    "neighborhood": [nb_q, nb_plain, nb_chain, nb_pron, nb_corr, nb_neg, nb_cmp, nb_zip],
    "language": [lang_plain, lang_chain, lang_corr, lang_neg, lang_q, lang_pron, lang_cmp, lang_sei],
    "gang_affiliation": [g_chain, g_q, g_neg, g_cmp, g_plain, g_pron, g_corr],
}
# templates that only make sense for a student subject (schooling facts)
STUDENT_ONLY = {lang_neg, lang_sei, imm_chain2, eth_cmp, rel_q, nat_cmp, g_pron, rel_shabbat}


# ---- structured (student record) forbidden fields
def struct_field(r, pk):
    kind = r.choice(["home_language", "address", "race_ethnicity", "country_of_birth",
                     "english_learner", "gang_flag", "dietary_note", "immigration", "newcomer_note"])
    if kind == "home_language":
        l = lang(pk)
        return "home_language", l[0], l[1], "language"
    if kind == "address":
        s, z = pk.one(STREETS), pk.one(ZIPS)
        return "address", {"street": f"{r.randint(5, 300)} {s}", "city": "Boston", "state": "MA",
                           "zip": z}, [s, z], "neighborhood"
    if kind == "race_ethnicity":
        e = eth(pk)
        return "race_ethnicity", f"{e} (self-reported)", [e], "ethnicity"
    if kind == "country_of_birth":
        c = country(pk)
        return "country_of_birth", c[1], [c[1]], "national_origin"
    if kind == "english_learner":
        return "english_learner", {"status": "EL", "wida": "WIDA level 2.4", "program": "SEI"}, \
            ["WIDA level"], "language"
    if kind == "gang_flag":
        c = crew(pk)
        return "gang_flag", f"suspected associate - {c[0].replace('the ', '')}", [c[1]], "gang_affiliation"
    if kind == "dietary_note":
        return "dietary_note", "halal meals only", ["halal"], "religion"
    if kind == "immigration":
        return "immigration", {"status": "asylum pending", "since": "2024-08"}, ["asylum pending"], \
            "immigration_status"
    c = country(pk)
    return "newcomer_note", f"arrived 2024-08 from {c[1]}; SIFE screening done", [c[1]], "national_origin"


# --------------------------------------------------------------------------------------------
# clean narrative skeletons
# --------------------------------------------------------------------------------------------
WEAPONS = [
    dict(weapon="knife", wp="folding knife", ws="knife",
         detail="black handle, locking blade about three inches long", facts=["folding knife", "locking blade"]),
    dict(weapon="knife", wp="kitchen knife", ws="knife",
         detail="eight-inch blade wrapped in a paper towel", facts=["eight-inch blade", "paper towel"]),
    dict(weapon="knife", wp="switchblade", ws="switchblade",
         detail="spring-loaded blade, red handle", facts=["spring-loaded blade"]),
    dict(weapon="box cutter", wp="box cutter", ws="box cutter",
         detail="yellow plastic body, blade extended and taped in place", facts=["taped in place"]),
    dict(weapon="razor blade", wp="razor blade", ws="razor blade",
         detail="single-edge blade wrapped in electrical tape inside a lip balm tube",
         facts=["lip balm tube", "electrical tape"]),
    dict(weapon="brass knuckles", wp="set of brass knuckles", ws="brass knuckles",
         detail="gold-colored metal, four finger holes", facts=["brass knuckles", "four finger holes"]),
    dict(weapon="pepper spray", wp="canister of pepper spray", ws="pepper spray",
         detail="pink keychain canister, about half full", facts=["pepper spray", "keychain canister"]),
    dict(weapon="stun gun", wp="stun gun", ws="stun gun",
         detail="black rechargeable unit shaped like a flashlight", facts=["shaped like a flashlight"]),
    dict(weapon="firearm", wp="loaded 9mm handgun", ws="handgun",
         detail="black semi-automatic, seven rounds in the magazine, none in the chamber",
         facts=["9mm handgun", "seven rounds"]),
    dict(weapon="firearm", wp=".38 revolver", ws="revolver",
         detail="silver, no ammunition in the cylinder", facts=[".38 revolver", "no ammunition"]),
    dict(weapon="club", wp="expandable baton", ws="baton",
         detail="steel, extends to about 21 inches", facts=["expandable baton", "21 inches"]),
    dict(weapon="taser", wp="taser", ws="taser",
         detail="yellow, one cartridge still attached", facts=["one cartridge"]),
    dict(weapon="knife", wp="hunting knife", ws="knife",
         detail="fixed blade about five inches long in a brown leather sheath",
         facts=["leather sheath", "fixed blade"]),
    dict(weapon="mace", wp="can of mace", ws="mace",
         detail="small black can clipped to a lanyard", facts=["clipped to a lanyard"]),
]
REPLICAS = [
    dict(weapon="BB gun", wp="BB gun", ws="BB gun",
         detail="black CO2 pistol with a tube of copper BBs", facts=["copper BBs"]),
    dict(weapon="airsoft pistol", wp="airsoft pistol", ws="airsoft pistol",
         detail="black plastic, orange tip, bag of plastic pellets", facts=["orange tip"]),
    dict(weapon="replica handgun", wp="replica handgun", ws="replica",
         detail="metal toy pistol, orange tip painted over black", facts=["orange tip painted over"]),
]


def timestr(dt, add=0):
    t = dt + datetime.timedelta(minutes=add)
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def weapon_story(r, V, w):
    s = []
    o = r.randrange(5)
    if o == 0:
        s.append("At approximately {t0}, {W1_full} came into the main office and told {AP}, the assistant "
                 "principal on duty, that {S_full} had a {wp} in {S_his} backpack and had been showing it "
                 "to people in the {place}.")
    elif o == 1:
        s.append("During {period} period {T}, who teaches {subject} in {room}, saw {S_full} take a {wp} "
                 "out of {S_his} hoodie pocket and pass it under the table to {W1}; {T_he} called the "
                 "office at {t0}.")
    elif o == 2:
        s.append("{S_full} (grade {grade}) set off the metal detector wand at the front entrance at {t0}, "
                 "and school safety specialist {SSS} asked {S_him} to step aside and empty {S_his} pockets.")
    elif o == 3:
        s.append("At {t0} {W1_full} told school safety specialist {SSS} that {S_full} was carrying a {wp} "
                 "and had shown it to a group of students in the {place} before homeroom.")
    else:
        s.append("At about {t0} {PS}, the {PS_rel} of {S_full}, called the main office and told {AP} that "
                 "{PS_he} thought {S} had taken a {wp} to school that morning.")
    f = r.randrange(3)
    if f == 0:
        s.append("{SSS} and {AP} brought {S} to the office, and with {S_him} present they found a {wp} "
                 "in the front zip pocket of {S_his} backpack ({detail}).")
    elif f == 1:
        s.append("{S} handed the {ws} over to {SSS} without any trouble. It is a {wp} ({detail}).")
    else:
        s.append("The search of {S_his} bag by {SSS}, with {AP} watching, turned up a {wp} rolled inside "
                 "a gym sock at the bottom ({detail}).")
    q = r.randrange(4)
    if q == 0:
        s.append("{W1} said {S} had been \"flashing it all morning\" and that {W1_he} did not think {S} "
                 "meant to hurt anyone, but {W1_he} did not want to be in the middle of it.")
    elif q == 1:
        s.append("{W1} told {AP}: \"{S_He} said if anybody tried {S_him} again after school {S_he} was "
                 "ready. {S_He} wasn't joking.\"")
    elif q == 2:
        s.append("According to {W1}, {S} showed the {ws} to at least four students in the {place} and "
                 "said, \"I'm not playing this time.\"")
    else:
        s.append("{W1} wrote in {W1_his} statement that {S} told {W1_him} the {ws} came from an older "
                 "friend and that {S_he} had carried it since winter break.")
    sq = r.choice(["I carry it because people been following me after school, I wasn't gonna use it in here.",
                   "It's my cousin's, I forgot it was in my bag, I swear.",
                   "Somebody's been threatening me online, I just wanted to feel safe.",
                   "I wasn't showing nobody, they're lying on me.",
                   "I didn't bring it to do nothing, I just had it."])
    s.append("{S} told {AP}, \"" + sq + "\"")
    if w["weapon"] == "firearm":
        s.append("{SSS} secured the {ws} in the office and BPD officers arrived at {t2} to take custody of it.")
    else:
        s.append(r.choice([
            "The {ws} was photographed, sealed in an envelope and locked in the main office safe at {t2}.",
            "{AP} photographed the {ws} and locked it in the main office safe at {t2} to be handed to BPD.",
        ]))
    if r.random() < 0.6:
        s.append("{AP} reviewed the camera footage from {t1}, which shows {S} in the {place} with a small "
                 "group of students, although the {ws} itself is not visible on the video.")
    s.append(r.choice(["No one was hurt, and {S} stayed calm for the rest of the time in the office.",
                       "No one was injured and no other student was found with a weapon."]))
    if o != 4:
        pq = r.choice(["I'm coming right now, do not let {S_him} leave that building.",
                       "{S_He}'s been scared since the thing at the bus stop, I told {S_him} not to carry anything.",
                       "I didn't know, I swear I didn't know {S_he} had that."])
        s.append("{PS}, {S}'s {PS_rel}, was reached at {t2}. {PS_He} told {AP} over the phone, \"" + pq + "\"")
    else:
        s.append("{PS} arrived at {t3} and sat with {S} while {AP} explained the removal.")
    s.append(r.choice([
        "{S} was placed on emergency removal pending a suspension hearing, and the {ws} is being held for BPD.",
        "{S} will not return until a re-entry meeting is held with {S_his} family and {C}, the school counselor.",
        "{SSS} finished the incident report in SIS at {t3}, and {S} was placed on emergency removal.",
    ]))
    facts = list(w["facts"]) + ["{place}"] * (1 if "{place}" in " ".join(s) else 0) + ["{t0}"]
    return s, facts, w["wp"] if r.random() < 0.5 else w["facts"][0]


VIOLENCE = [
    dict(m="punched {V} repeatedly in the face and kept kicking {V_him} after {V_he} fell",
         inj="a fractured jaw", facts=["fractured jaw"], key="fractured jaw"),
    dict(m="struck {V} in the side of the head with a padlock inside a sock",
         inj="a deep cut above the left ear and a concussion", facts=["padlock inside a sock", "concussion"],
         key="padlock"),
    dict(m="slashed {V} across the left forearm with a box cutter",
         inj="a cut to the left forearm that needed 14 stitches", facts=["left forearm", "14 stitches"],
         key="box cutter"),
    dict(m="slammed {V}'s head into the corner of a metal locker",
         inj="a fractured orbital bone", facts=["fractured orbital bone", "metal locker"],
         key="fractured orbital bone"),
    dict(m="stabbed {V} once in the upper back with a screwdriver",
         inj="a puncture wound to the upper back", facts=["screwdriver", "puncture wound"], key="screwdriver"),
    dict(m="hit {V} in the face with a metal chair",
         inj="a broken nose and two front teeth knocked out", facts=["broken nose", "metal chair"],
         key="broken nose"),
    dict(m="choked {V} from behind until {V_he} went limp",
         inj="a loss of consciousness for about a minute", facts=["loss of consciousness"],
         key="loss of consciousness"),
    dict(m="stomped on {V}'s ankle several times while {V_he} was on the ground",
         inj="a broken ankle that needed surgery", facts=["broken ankle"], key="broken ankle"),
]


def violence_story(r, V, k):
    s = []
    o = r.randrange(3)
    if o == 0:
        s.append("At approximately {t0} in the {place}, {S_full} " + k["m"] + ".")
    elif o == 1:
        s.append("The incident began at about {t0} in the {place} when {S_full} walked up behind {V} and "
                 + k["m"] + ".")
    else:
        s.append("School safety specialist {SSS} was called to the {place} at {t0}. Students there said "
                 "{S_full} had " + k["m"] + ".")
    wq = r.choice(["{S_He} didn't say nothing, {S_he} just came up and started swinging.",
                   "{S_He} kept going even when {V} was on the floor, somebody had to pull {S_him} off.",
                   "It was about the group chat from the weekend, everybody knew something was gonna happen.",
                   "I told {S_him} to stop and {S_he} pushed me out the way."])
    s.append("{W1}, who was standing a few feet away, told {SSS}: \"" + wq + "\"")
    s.append("{SSS} separated the two students and kept {S} in the office while {RN}, the school nurse, "
             "treated {V}.")
    s.append(r.choice(["{RN} found that {V} had " + k["inj"] + ", and EMS took {V_him} to {hospital} at {t1}.",
                       "{V} was taken by ambulance to {hospital}, where doctors confirmed " + k["inj"] + "."]))
    sq = r.choice(["{V_He} been disrespecting me for weeks, I was done talking.",
                   "{V_He} jumped my little brother last month, so this was coming.",
                   "I didn't mean for it to get that bad.",
                   "I'm not saying nothing without my mother here."])
    s.append("{S} told {SSS}, \"" + sq + "\"")
    if r.random() < 0.7:
        s.append("Before EMS arrived {V} told {RN} that {V_he} never saw it coming and that {S} had messaged "
                 "{V_him} the night before saying \"watch tomorrow.\"")
    if r.random() < 0.5:
        s.append("{PV}, {V}'s {PV_rel}, met the ambulance at {hospital} and called {SSS} at {t2} to say "
                 "{PV_he} wants to press charges.")
    else:
        pq = r.choice(["I don't know what got into {S_him}, {S_he} was fine this morning.",
                       "{S_He} is going to answer for this, I'm not covering for {S_him}.",
                       "Is the other kid okay? Just tell me the other kid is okay."])
        s.append("{PS}, {S}'s {PS_rel}, picked {S} up at {t2} and said to {SSS}, \"" + pq + "\"")
    s.append(r.choice(["Camera footage from the {place} at {t0} shows the whole incident and has been preserved.",
                       "The hallway camera covering the {place} recorded the assault, and the clip has been saved."]))
    s.append(r.choice(["{S} is on emergency removal and a suspension hearing has been scheduled.",
                       "{S} was placed on emergency removal; {V} has not returned to school yet."]))
    facts = list(k["facts"]) + ["{place}", "{hospital}"]
    return s, facts, k["key"]


THREATS = [
    dict(t="posted a Snapchat story at {t0} showing a photo of a handgun on a bed with the caption "
           "\"{V} tomorrow 3rd lunch, no more talking\"",
         facts=["photo of a handgun", "3rd lunch"], key="photo of a handgun",
         ts="On {date} at {t0} {S_full} posted a photo of a handgun with a caption naming {V} and the third "
            "lunch period the next day."),
    dict(t="told {W1} and two other students in {room} that {S_he} was going to bring {S_his} brother's gun "
           "on Friday and \"light up\" {V} at dismissal",
         facts=["brother's gun", "at dismissal"], key="brother's gun",
         ts="On {date} {S_full} told three classmates {S_he} would bring {S_his} brother's gun on Friday and "
            "shoot {V} at dismissal."),
    dict(t="had a page in {S_his} notebook titled \"day of\" with five names on it, including {V}'s, and a "
           "drawing of a rifle next to a date two weeks away",
         facts=["five names", "drawing of a rifle"], key="five names",
         ts="A page in {S_full}'s notebook lists five students by name, including {V}, under the heading "
            "\"day of\" with a drawing of a rifle and a specific date."),
    dict(t="walked up to {V} at {V_his} locker at {t0} and said, \"I got a knife in my bag and you're getting "
           "cut after school\"",
         facts=["getting cut after school", "at {V_his} locker"], key="getting cut after school",
         ts="On {date} at {t0} {S_full} told {V} to {V_his} face that {S_he} had a knife and would cut {V_him} "
            "after school that day."),
    dict(t="wrote in a class group chat at {t0}, \"bringing the strap monday, {V} and whoever with {V_him} "
           "is done\"",
         facts=["bringing the strap monday", "group chat"], key="bringing the strap monday",
         ts="On {date} {S_full} wrote in a class group chat that {S_he} was bringing a gun on Monday and "
            "that {V} would be \"done.\""),
    dict(t="told {C}, the school counselor, that {S_he} had been planning to stab {V} in the {place} "
           "because {V_he} \"has it coming,\" and described which pocket {S_he} would carry the knife in",
         facts=["planning to stab", "which pocket"], key="planning to stab",
         ts="On {date} {S_full} told the school counselor {S_he} planned to stab {V} in the {place} and "
            "described how {S_he} would carry the knife."),
]


def threat_story(r, V, k):
    s = []
    o = r.randrange(3)
    if o == 0:
        s.append("{W1_full} came to {AP}, the assistant principal, at {t1} because {S_full} " + k["t"] + ".")
    elif o == 1:
        s.append("This report concerns {S_full}, grade {grade}, who " + k["t"] + ".")
    else:
        s.append("On {date} {S_full} " + k["t"] + ", according to {W1_full}, who reported it within the hour.")
    s.append(r.choice([
        "{W1} said {W1_he} took it seriously because {S} has talked about {V} \"for weeks\" and had shown a "
        "picture of a weapon on {S_his} phone before.",
        "{W1} told {AP}, \"{S_He} wasn't laughing when {S_he} said it. {S_He} looked at me like {S_he} meant it.\"",
        "{W1} said the threat came after {V} and {S} argued in the {place} on Tuesday, and that {S} said "
        "\"nobody is gonna stop me.\"",
    ]))
    s.append(r.choice([
        "When {AP} met with {V}, {V_he} said {V_he} was scared to walk to the bus and asked to be dismissed "
        "early.",
        "{V} told {AP}, \"I don't even know why {S_he} hates me, I never did nothing to {S_him}.\"",
        "{V} was called down separately; {V_he} said {V_he} had blocked {S} on every app after the argument.",
    ]))
    s.append(r.choice([
        "{S} was brought to the office at {t2}. {S_He} told {AP}, \"It was a joke, I don't even have nothing.\"",
        "{S} was brought to the office at {t2} and refused to answer questions without a parent.",
        "{S} told {AP} at {t2} that {S_he} was \"just mad\" and did not mean it, but would not say where "
        "{S_he} could get a weapon.",
    ]))
    if r.random() < 0.55:
        s.append("{AP} searched {S_his} locker and backpack with a second administrator present and found no "
                 "weapon in the building.")
        s.append("{C}, the school counselor, completed a threat assessment with {S} and rated it as a high "
                 "level of concern.")
    else:
        s.append("{SSS} searched {S_his} locker and backpack with {AP} present and found no weapon in the building.")
        s.append("{SSS} also checked the camera footage from the {place} and confirmed {S} and {V} had argued "
                 "there earlier in the week.")
    pq = r.choice(["{S_He} has access to a lot of things at {S_his} uncle's, I can't watch {S_him} every minute.",
                   "I will keep {S_him} home until you tell me what happens next.",
                   "{S_He} doesn't mean half of what {S_he} says, but I understand you have to report it."])
    s.append("{PS}, {S}'s {PS_rel}, came in at {t3} and said, \"" + pq + "\"")
    s.append(r.choice(["A safety plan is in place for {V}, and {S} is on emergency removal.",
                       "{V}'s family was told the school is referring the threat to BPD.",
                       "{S} is on emergency removal and will not return until the threat assessment team meets."]))
    facts = list(k["facts"]) + ["{place}"]
    return s, facts, k["key"]


DRUGS = [
    dict(subs=["fentanyl"], find="a sandwich bag holding 22 small blue pills stamped \"M30\"",
         name="{S} told {AP} the pills were \"blues\" and that everybody knows they are fentanyl.",
         key="fentanyl", facts=["22 small blue pills", "M30"], od=True),
    dict(subs=["cocaine"], find="nine small knotted baggies of white powder and a digital scale",
         name="{S} admitted to {SSS} that the powder was cocaine and that {S_he} was holding it for someone older.",
         key="cocaine", facts=["nine small knotted baggies", "digital scale"], od=False),
    dict(subs=["Xanax"], find="an unlabeled orange pill bottle with 30 white bar-shaped pills",
         name="{S} said the bars were Xanax {S_he} got from somebody at the bus stop.",
         key="Xanax", facts=["30 white bar-shaped pills", "unlabeled orange pill bottle"], od=True),
    dict(subs=["oxycodone"], find="a prescription bottle with the label scratched off and 14 tablets inside",
         name="{RN} compared the imprint and told {AP} the tablets are oxycodone 30 mg, which is not prescribed to {S}.",
         key="oxycodone", facts=["14 tablets", "label scratched off"], od=True),
    dict(subs=["MDMA"], find="a small zip bag of pink capsules",
         name="{S} called them \"molly\" and said they were MDMA for a party that weekend.",
         key="MDMA", facts=["pink capsules"], od=False),
    dict(subs=["psilocybin"], find="a sandwich bag of dried mushrooms",
         name="{S} said the mushrooms were psilocybin and that {S_he} had been selling them for twenty dollars a bag.",
         key="psilocybin", facts=["dried mushrooms", "twenty dollars a bag"], od=False),
    dict(subs=["marijuana", "fentanyl"],
         find="two bags of weed and, in a separate pocket, a folded lottery ticket with a tan powder inside",
         name="{S} told {SSS} the powder was fentanyl \"but only a little\" and that the weed was for {S_himself}.",
         key="fentanyl", facts=["folded lottery ticket", "tan powder"], od=False),
    dict(subs=["crack"], find="six small off-white rocks in the cut-off corner of a plastic bag",
         name="{S} said it was crack and that {S_he} was holding it for an older friend.",
         key="crack", facts=["six small off-white rocks"], od=False),
    dict(subs=["LSD"], find="a strip of blotter paper with ten printed squares tucked inside a phone case",
         name="{S} said the squares were LSD tabs {S_he} bought online.",
         key="LSD", facts=["blotter paper", "phone case"], od=False),
    dict(subs=["methamphetamine"], find="a small bag of clear crystals and a glass pipe",
         name="{S} admitted to {AP} that the crystals were methamphetamine.",
         key="methamphetamine", facts=["clear crystals", "glass pipe"], od=False),
    dict(subs=["heroin"], find="five glassine envelopes stamped with a red crown",
         name="{S} said the envelopes were heroin and were not {S_his}.",
         key="heroin", facts=["glassine envelopes", "red crown"], od=True),
    dict(subs=["nicotine vape", "counterfeit pills"],
         find="a nicotine vape and a mint tin holding eight blue pills stamped \"M30\"",
         name="{S} said the vape was {S_his} but the tin held counterfeit pills {S_he} bought on Snapchat.",
         key="counterfeit pills", facts=["mint tin", "eight blue pills"], od=True),
]


def drug_story(r, V, k, overdose):
    s = []
    if overdose:
        s.append("At about {t0} {W1_full} ran into the nurse's office and told {RN} that {V} had collapsed in "
                 "the {place} after taking a pill from {S_full}.")
        s.append("{RN} found {V} breathing very slowly and gave {V_him} two doses of Narcan; {V_he} came around "
                 "before EMS took {V_him} to {hospital} at {t1}.")
        s.append("{W1} told {RN}, \"{S} gave {V_him} half of one in the bathroom, {S_he} said it was chill.\"")
        s.append("{AP} found {S} in {room} and searched {S_his} backpack with {S_him} present; inside "
                 "was " + k["find"] + ".")
    else:
        o = r.randrange(3)
        if o == 0:
            s.append("At approximately {t0} school safety specialist {SSS} saw {S_full} and {W1} leave the {place} "
                     "together and stopped them in the hallway.")
        elif o == 1:
            s.append("At {t0} {W1_full} told {T}, who teaches {subject}, that {S_full} had been selling something "
                     "out of {S_his} backpack in the {place}.")
        else:
            s.append("A bag left on a table in the {place} at {t0} was turned in to the main office; {SSS} "
                     "recognized it as belonging to {S_full}.")
        s.append("With {AP} present, {SSS} searched the bag and found " + k["find"] + ".")
        s.append(r.choice([
            "{W1} said {S} had offered {W1_him} some earlier in the week and that {W1_he} said no.",
            "{W1} told {AP}, \"Everybody knows {S_he} be having stuff, I wasn't buying nothing.\"",
            "{W1} said {S_he} only walked in with {S} and did not know what was in the bag.".replace("{S_he}", "{W1_he}"),
        ]))
    s.append(k["name"])
    s.append(r.choice(["{S} also said, \"I'm not the only one, you should be checking everybody.\"",
                       "When asked where it came from, {S} said only, \"Somebody older, I'm not saying who.\"",
                       "{S} kept asking whether the police were coming and said {S_he} did not want to get anybody else in trouble."]))
    s.append(r.choice(["The items were sealed in an evidence bag and locked in the main office safe at {t2}.",
                       "{AP} bagged and labeled everything and locked it in the safe at {t2} for BPD."]))
    pq = r.choice(["I don't know where {S_he} is getting this from, I need to know who gave it to {S_him}.",
                   "Please don't let anybody else take {S_him} anywhere, I'm on my way.",
                   "I knew something was going on, {S_he} hasn't been sleeping."])
    s.append("{PS}, {S}'s {PS_rel}, was called at {t2} and said, \"" + pq + "\"")
    s.append(r.choice(["{PS} arrived at {t3} and sat in on the rest of the meeting with {AP}.",
                       "{AP} went over the drug policy and the removal paperwork with {PS} when {PS_he} arrived at {t3}.",
                       "{PS} came to the school at {t3} and asked to see what had been found."]))
    s.append(r.choice(["{S} was placed on emergency removal pending a hearing.",
                       "{S} was sent home with {S_his} {PS_rel} and placed on emergency removal.",
                       "No other students were found with any substance after the {place} was checked."]))
    facts = list(k["facts"]) + ["{place}"] + (["Narcan", "{hospital}"] if overdose else [])
    return s, facts, k["key"]


# ---- deny-only skeletons
def fight_story(r, V):
    return [
        "At about {t0} in the {place}, {S_full} and {V} got into a shoving match that turned into a short fight.",
        "{W1} said it lasted \"maybe ten seconds\" before {SSS} got between them, and that nobody else jumped in.",
        "According to {W1}, the two of them had been going back and forth since {period} period about a "
        "seat at lunch.",
        "{S} told {SSS}, \"{V_He} bumped me on purpose and then said something about my brother, so I pushed "
        "{V_him}.\"",
        "{V} said {V_he} was just walking to class and {S} swung first, and that {V_he} only pushed back.",
        "{RN}, the school nurse, checked both students; {V} had a scratch on {V_his} cheek and got an ice "
        "pack, and neither student needed to leave school or see a doctor.",
        "Camera footage from the {place} at {t0} matches what {W1} described.",
        "{PS}, {S}'s {PS_rel}, was called at {t2} and said {PS_he} would come in the next morning to talk "
        "about it.",
        "Both students were given a one-day suspension under the Code of Conduct and a mediation is planned.",
        "The school would like BPD to know about the fight in case it continues outside school.",
    ], []


def theft_story(r, V):
    return [
        "On {date} {V} reported that {V_his} AirPods and a school Chromebook were taken from {V_his} bag in "
        "the {place} during {period} period.",
        "{W1} told {AP} that {W1_he} saw {S_full} go through the bag while the class was at the board, "
        "and that {S} \"acted like it was {S_his} own bag.\"",
        "Camera footage shows {S} leaving the {place} at {t0} with a grey backpack that was not {S_his}.",
        "{S} told {AP}, \"I was holding it for {V_him}, I was gonna give it back, I swear.\"",
        "{V} said {V_he} never asked anybody to hold anything and that {V_he} had never really talked to {S}.",
        "The Chromebook was found in {S_his} locker at {t2}; the AirPods were not recovered.",
        "{PV}, {V}'s {PV_rel}, called {AP} and asked the school to report the theft to police so the AirPods "
        "could be listed as stolen.",
        "{PS}, {S}'s {PS_rel}, came in at {t3} and offered to pay for the AirPods.",
        "No one was threatened or hurt at any point.",
    ], []


def vandalism_story(r, V):
    return [
        "Between {t0} and {t1} on {date} someone spray-painted the walls and two mirrors of the {place}.",
        "{SSS} reviewed the hallway camera and saw {S_full} and {W1} go into the {place} with a backpack and "
        "come out eleven minutes later.",
        "{W1} admitted to {AP} that {W1_he} was the lookout and that {S} did the painting with two cans "
        "{S_he} brought from home.",
        "{W1} said, \"I told {S_him} it was dumb, but {S_he} said nobody checks the cameras.\"",
        "{S} told {AP}, \"It's just paint, they paint over it every summer anyway.\"",
        "Facilities estimated the cleanup at about $1,800, and one mirror has to be replaced.",
        "{PS}, {S}'s {PS_rel}, was called at {t2} and agreed to a restitution meeting the following week.",
        "No one was hurt, no one was threatened and no weapons were involved.",
        "The school is asking BPD to take a report for the damage.",
    ], []


def trespass_story(r, V):
    return [
        "At about {t0} a former student, {S_full}, came into the building through the side door by the "
        "{place} when a student propped it open.",
        "{SSS} recognized {S} from last year and asked {S_him} to leave; {S_he} said {S_he} was only there to "
        "see {W1}.",
        "{W1} told {AP} that {S} had texted {W1_him} that morning asking what lunch {W1_he} had, and that "
        "{W1_he} did not invite {S_him}.",
        "{S} walked with {SSS} to the front lobby and said, \"I'm going, I'm going, I just wanted to say "
        "what's up.\"",
        "{S} left the building at {t1} without any trouble and did not threaten anyone.",
        "{AP} called {S}'s {PS_rel}, {PS}, at {t2}, who said {S} is enrolled at a program in another city now "
        "and should have been there.",
        "{AP} checked the side door afterwards and the alarm had been taped over.",
        "This is the second time this month {S} has come into the building without permission.",
        "The school wants BPD to issue a no-trespass notice.",
    ], []


def gang_story(r, V):
    return [
        "Over the last two weeks staff have noticed {S_full} and several other students meeting in the "
        "{place} before first period.",
        "{SSS} says the group has been seen filming videos near the bus loop after dismissal.",
        "{W1} told {AP} that the group \"is a whole thing\" and that people are scared of them, but could not "
        "name anything they had actually done.",
        "{T}, who teaches {subject}, said {S} has been late to {room} most mornings since the group started "
        "meeting.",
        "No fight, weapon or threat has been reported involving {S}, and {S_his} discipline record is clean.",
        "{AP} spoke with {S}'s {PS_rel}, {PS}, at {t2}; {PS_he} said {S} is just hanging out with friends "
        "and asked what {S_he} had done wrong.",
        "{AP} told {PS} that nothing had happened yet but that staff wanted to be careful.",
        "The school is asking BPD to look into the group and to keep an eye on {S}.",
    ], []


def truancy_story(r, V):
    return [
        "{S_full} has missed 23 of the last 40 school days, most of them on Mondays and Fridays.",
        "{C}, the school counselor, made two home visits and left notes for {S}'s {PS_rel}, {PS}, without a "
        "response.",
        "{W1} told {C} that {S} has been hanging out at the mall during the day and \"doesn't see the point\" "
        "of coming.",
        "{S} came in on {date} at {t0} and told {AP}, \"I'm here now, what else do you want.\"",
        "{AP} went over the attendance letter with {S}, who said {S_he} is behind in every class and "
        "embarrassed to come back.",
        "{PS} finally returned the call at {t2} and said {PS_he} leaves for work before {S} is up.",
        "{T}, who teaches {subject}, said {S} is polite when {S_he} does come and just needs to catch up.",
        "There has been no violence, weapon, drug or threat involving {S} this year.",
        "The school is asking BPD to pick {S} up on days {S_he} is absent.",
    ], []


def status_story(r, V):
    return [
        "{S_full} enrolled at the school in January and has had no disciplinary incidents.",
        "{AP} received a call at {t0} from a person asking a lot of questions about {S}'s family.",
        "The caller would not give a name and hung up when {AP} asked for one.",
        "{C}, the school counselor, met with {S}, who was upset and asked whether {S_he} would be taken away.",
        "{W1} told {C} that other students had been teasing {S} about the phone call all afternoon.",
        "{S}'s {PS_rel}, {PS}, came in at {t2} and asked the school not to share anything about the family.",
        "{AP} asked {S} whether anyone at school had bothered {S_him} since, and {S_he} said only the teasing.",
        "There was no violence, weapon, drug or threat involved, and {S} finished the school day in class.",
        "The school is asking police to confirm {S}'s status with the federal government.",
    ], []


def suspicious_story(r, V):
    return [
        "Staff have reported that {S_full} has been walking the halls during class and looking into "
        "classrooms.",
        "{T} said {S} was outside {room} three times on {date} between {t0} and {t1} and did not answer "
        "when {T_he} asked if {S_he} needed help.",
        "{W1} told {T} that {S} \"acts weird\" but has never threatened anyone or said anything about hurting "
        "people.",
        "{S} told {AP} that {S_he} was looking for a quiet place to charge {S_his} phone because the outlets "
        "in {S_his} classes are broken.",
        "{AP} checked with facilities, and two outlets on that floor are in fact broken.",
        "{PS}, {S}'s {PS_rel}, said on the phone at {t2} that {S} has trouble sitting still and has a "
        "doctor's appointment next week.",
        "No weapon, threat, drug or injury is involved.",
        "The school would like BPD to be aware of the behaviour and to talk to {S}.",
    ], []


EXCLUDED = [
    dict(subs=["THC vape cartridge"], find="a THC vape cartridge and a battery"),
    dict(subs=["marijuana edibles"], find="a bag of gummies labeled 100 mg THC"),
    dict(subs=["vape"], find="a disposable vape; nobody could tell what was in it"),
    dict(subs=["vodka", "nicotine pouches"], find="three nips of vodka and a can of nicotine pouches"),
    dict(subs=["Juul pods", "cigarettes"], find="a pack of Juul pods and a half-empty pack of cigarettes"),
    dict(subs=["hash"], find="a small brick of hash wrapped in foil"),
    dict(subs=["beer", "marijuana"], find="two cans of beer and a sandwich bag of weed"),
    dict(subs=["blunt"], find="a half-smoked blunt and a lighter"),
]


def excluded_story(r, V, k):
    return [
        "At about {t0} school safety specialist {SSS} smelled smoke coming from the {place} and found "
        "{S_full} and {W1} inside.",
        "With {AP} present, {SSS} searched {S_his} backpack and found " + k["find"] + ".",
        "{W1} said, \"It's not mine, I was just in there with {S_him}, I didn't touch nothing.\"",
        "{S} told {AP}, \"Everybody does it, I don't know why this is a big deal.\"",
        "{S} also said {S_he} had not sold anything to anyone and that it was all for {S_himself}.",
        "{RN}, the school nurse, checked {S} at {t1} and said {S_he} was alert and fine.",
        "{PS}, {S}'s {PS_rel}, was called at {t2} and came to pick {S_him} up at {t3}.",
        "No other substances were found after the {place} was checked, and no one was hurt.",
        "The items were confiscated and {S} was referred to the substance use counselor.",
    ], []


# --------------------------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------------------------
def school_day(r):
    while True:
        if r.random() < 0.3:
            d = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randrange(0, 158))
        else:
            d = datetime.date(2025, 9, 8) + datetime.timedelta(days=r.randrange(0, 276))
        if d.weekday() < 5 and not (d.month in (7, 8)) and not (d.month == 12 and d.day > 22) \
                and not (d.month == 1 and d.day < 3):
            return d


def nth_sunday(y, m, n):
    d = datetime.date(y, m, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(days=7 * (n - 1))


def offset(d):
    return "-04:00" if nth_sunday(d.year, 3, 2) <= d < nth_sunday(d.year, 11, 1) else "-05:00"


def dob_for(r, d, grade):
    y = d.year if d.month >= 8 else d.year - 1
    start = datetime.date(y - grade - 6, 9, 2)
    return start + datetime.timedelta(days=r.randrange(0, 365))


def tidy(s):
    """Initials at the end of a sentence ("treated E.W..") keep a single period."""
    while s.endswith(".."):
        s = s[:-1]
    return s.replace(".. ", ". ").replace('.."', '."')


class Case:
    pass


def build(r, idx, spec):
    """spec: dict(kind=allow_clean|allow_withhold|deny, ground=..., reason=...)."""
    pk = Picker(r)
    used_first, used_last = set(), set()

    def student(g=None, initials=False, last=None):
        g = g or r.choice("mf")
        first = r.choice([n for n in (MALE if g == "m" else FEMALE) if n not in used_first])
        used_first.add(first)
        ln = last or r.choice([n for n in LAST if n not in used_last])
        used_last.add(ln)
        ref = f"{first[0]}.{ln[0]}." if initials else first
        return Person(first, ln, g, ref=ref)

    def staff(title_g=None):
        g = title_g or r.choice("mf")
        ln = r.choice([n for n in STAFF_LAST if n not in used_last])
        used_last.add(ln)
        t = "Mr." if g == "m" else "Ms."
        return Person("", ln, g, ref=f"{t} {ln}", kind="staff")

    def parent(child, same_last=True):
        rel, g = r.choice([("mother", "f"), ("father", "m"), ("grandmother", "f"), ("aunt", "f"),
                           ("uncle", "m"), ("stepfather", "m"), ("guardian", r.choice("mf"))])
        ln = child.last if same_last else r.choice([n for n in LAST if n not in used_last])
        used_last.add(ln)
        t = "Mr." if g == "m" else "Ms."
        return Person("", ln, g, ref=f"{t} {ln}", rel=rel, kind="adult")

    S = student()
    V = student(initials=r.random() < 0.35)
    W1 = student()
    AP, SSS, RN, T, C = staff(), staff(), staff("f" if r.random() < 0.8 else "m"), staff(), staff()
    PS = parent(S, same_last=r.random() < 0.75)
    PV = parent(V, same_last=r.random() < 0.6)
    people = {"S": S, "V": V, "W1": W1, "AP": AP, "SSS": SSS, "RN": RN, "T": T, "C": C, "PS": PS, "PV": PV}

    school, unit, glo, ghi = r.choice(SCHOOLS) if not spec.get("school") else spec["school"]
    grade = r.randint(max(glo, 6), ghi)
    d = school_day(r)
    hh, mm = r.choice([(7, 40), (8, 5), (8, 50), (9, 15), (9, 40), (10, 10), (10, 35), (11, 5), (11, 30),
                       (12, 10), (12, 45), (13, 20), (13, 55), (14, 15)])
    mm = (mm + r.randrange(0, 5)) % 60
    dt = datetime.datetime(d.year, d.month, d.day, hh, mm)
    place, room = r.choice(PLACES), r.choice(ROOMS)
    hospital = r.choice(HOSPITALS)

    ground = spec["ground"]
    story = spec["story"]
    key = None
    extra = {}
    if story == "weapon":
        w = spec.get("w") or r.choice(WEAPONS)
        extra = dict(wp=w["wp"], ws=w["ws"], detail=w["detail"])
        sents, facts, key = weapon_story(r, V, w)
        extra["weapon"] = w["weapon"]
    elif story == "violence":
        k = r.choice(VIOLENCE)
        sents, facts, key = violence_story(r, V, k)
    elif story == "threat":
        k = r.choice(THREATS)
        sents, facts, key = threat_story(r, V, k)
        extra["ts"] = k["ts"]
    elif story == "drugs":
        k = spec.get("drug") or r.choice(DRUGS)
        od = k["od"] and r.random() < 0.5
        sents, facts, key = drug_story(r, V, k, od)
        extra["subs"] = k["subs"]
    elif story == "excluded":
        k = spec["excl"]
        sents, facts = excluded_story(r, V, k)
        extra["subs"] = k["subs"]
    else:
        sents, facts = {"fight": fight_story, "theft": theft_story, "vandalism": vandalism_story,
                        "trespass": trespass_story, "gang": gang_story, "truancy": truancy_story,
                        "status": status_story, "suspicious": suspicious_story}[story](r, V)

    fmt = {}
    for k_, p in people.items():
        fmt.update(p.vars(k_))
    fmt.update(dict(t0=timestr(dt), t1=timestr(dt, 12), t2=timestr(dt, 35), t3=timestr(dt, 80),
                    place=place, room=room, period=r.choice(PERIODS), subject=r.choice(SUBJECTS),
                    hospital=hospital, grade=grade, date=f"{d:%B} {d.day}"))
    fmt.update({k_: v for k_, v in extra.items() if isinstance(v, str)})
    clean = [tidy(s_.format(**fmt)) for s_ in sents]
    facts = [f_.format(**fmt) for f_ in facts]
    if key:
        key = key.format(**fmt)

    # cast actually present in the text
    text0 = " ".join(clean)
    present = [k_ for k_, p in people.items() if p.ref in text0]
    # face surveillance (deny) sentence
    face_items, attachments, face_canaries = [], [], []
    staff_keys = [k_ for k_ in ("AP", "SSS", "RN", "T", "C") if k_ in present]
    if spec.get("face"):
        SSS = AP = people[r.choice([k_ for k_ in staff_keys if k_ in ("AP", "SSS")] or staff_keys)]
        fk = spec["face"]
        pct = r.randint(88, 99)
        if fk == "match":
            clean_face = (f"{SSS.ref} ran a still from the hallway camera through the BriefCam face search, "
                          f"which returned {S.ref} with a match score of {pct} percent.")
            face_canaries = [f"match score of {pct}", "BriefCam"]
            attachments.append({"kind": "face_match", "name": f"briefcam_facesearch_{r.randint(1000, 9999)}.png"})
            face_canaries.append(attachments[-1]["name"].rsplit(".", 1)[0])
        elif fk == "clearview":
            clean_face = (f"Before calling the family, {AP.ref} had the district's vendor run the video through "
                          f"Clearview, and the identification of {S.ref} came back at {pct}% confidence.")
            face_canaries = ["Clearview", f"{pct}% confidence"]
        elif fk == "photos":
            clean_face = ("We are attaching the yearbook photos of the students in the video so BPD can run "
                          "them through Clearview and confirm who was involved.")
            face_canaries = ["Clearview"]
            for p in (S, W1):
                attachments.append({"kind": "photo", "name": f"yearbook_{p.last.lower()}_{r.randint(10, 99)}.jpg"})
        else:  # avigilon
            clean_face = (f"The Avigilon appearance search flagged {S.ref} at the side entrance at {timestr(dt, -20)} "
                          f"with a {pct}% face similarity score.")
            face_canaries = ["Avigilon", f"{pct}% face similarity"]
            attachments.append({"kind": "face_match", "name": f"avigilon_face_hit_{r.randint(100, 999)}.pdf"})
            face_canaries.append(attachments[-1]["name"].rsplit(".", 1)[0])
        face_items.append((clean_face, face_canaries, "face_surveillance", "face"))

    # forbidden sentences
    n_forb = spec.get("n_forb", 0)
    forb = []
    cats_wanted = spec.get("cats") or []
    staff_keys = [k_ for k_ in ("AP", "SSS", "RN", "T", "C") if k_ in present]
    student_keys = [k_ for k_ in ("S", "V", "W1") if k_ in present]
    subj_keys = [k_ for k_ in ("S", "V", "W1", "PS", "PV") if k_ in present]
    others = [k_ for k_ in subj_keys if k_ != "S"]
    for i in range(n_forb):
        cat = cats_wanted[i] if i < len(cats_wanted) else r.choice(list(FORBIDDEN))
        subj = "S" if (r.random() < 0.28 or not others) else r.choice(others)
        X = people[subj].xdict()
        opts = [f_ for f_ in FORBIDDEN[cat] if not (X["kind"] != "student" and f_ in STUDENT_ONLY)]
        fn = r.choice(opts)
        sp = people[r.choice(staff_keys)].xdict()
        wk = [k_ for k_ in student_keys if k_ != subj]
        W = people[r.choice(wk)].xdict() if wk else {"ref": "a classmate", "him": "them"}
        text, canaries, cat_, style = fn(r, X, sp, W, pk)
        text = tidy(text)
        forb.append(dict(text=text, canaries=canaries, cat=cat_, style=style, subj=subj,
                         about="student" if subj == "S" else "other"))

    # insert forbidden sentences after their subject is introduced (pronouns: 2+ sentences later)
    items = [dict(text=c_, forb=False) for c_ in clean]
    for f_ in forb:
        ref = people[f_["subj"]].ref
        intro = next((i for i, it in enumerate(items) if ref in it["text"]), 0)
        starts_with_pronoun = f_["text"].split(" ", 1)[0] in ("He", "She", "His", "Her")
        lo = intro + (3 if (f_["style"] == "pronoun" or starts_with_pronoun) else 1)
        lo = max(lo, 1)
        if lo > len(items):
            return None
        pos = r.randint(lo, len(items))
        items.insert(pos, dict(text=f_["text"], forb=True))
    for fi in face_items:
        pos = r.randint(2, len(items))
        items.insert(pos, dict(text=fi[0], forb=True))
    description = " ".join(it["text"] for it in items)

    # threat statement
    threat = None
    if ground == "credible_threat" and spec.get("threat_statement", True) is not False:
        if spec.get("threat_statement") == "":
            threat = ""
        else:
            ts = extra["ts"].format(**fmt)
            ts += " " + f"{W1.ref} reported it to {AP.ref} the same day. The school considers this a specific " \
                        f"and credible threat to {V.ref}'s safety."
            threat = ts

    # structured fields
    stu = {"student_id": str(r.randint(100000, 999999)), "name": S.full,
           "date_of_birth": dob_for(r, d, grade).isoformat(), "grade": grade, "school": school}
    benign = r.sample(["homeroom", "iep", "guardian", "counselor", "attendance_rate", "sis_source"], r.randint(0, 3))
    for b in benign:
        stu[b] = {"homeroom": f"{grade}{r.choice('ABCD')}-{r.randint(100, 420)}", "iep": r.random() < 0.3,
                  "guardian": {"name": PS.ref, "relationship": PS.rel, "phone": f"617-555-01{r.randint(10, 99)}"},
                  "counselor": C.ref, "attendance_rate": round(r.uniform(0.7, 0.99), 2),
                  "sis_source": "Aspen"}[b]
    struct = []
    for i in range(spec.get("n_struct", 0)):
        k_, v_, can, cat_ = struct_field(r, pk)
        if k_ in stu:
            continue
        stu[k_] = v_
        struct.append(dict(canaries=can, cat=cat_, style="structured", about="student", field=k_))

    req = {"request_id": None, "school_id": SCHOOL_ID[school],
           "recipient": spec.get("recipient") or (unit if r.random() < 0.7 else "bpd"), "ground": ground}
    if extra.get("subs"):
        req["substances"] = extra["subs"]
    if ground == "weapon" or spec.get("weapon_key"):
        if extra.get("weapon"):
            req["weapon"] = extra["weapon"]
    if threat is not None:
        req["threat_statement"] = threat
    loc = r.choice([f"{school}, {place}", f"{school} - {place}", f"{place}, {school}"])
    req["incident"] = {"occurred_at": dt.strftime("%Y-%m-%dT%H:%M:00") + offset(d), "location": loc,
                       "description": description}
    req["student"] = stu
    if attachments or r.random() < 0.3:
        attachments = attachments or []
        if not spec.get("face") or spec["face"] != "photos":
            attachments.append({"kind": "document", "name": r.choice(
                ["witness_statements.pdf", "incident_report_sis.pdf", "staff_statement.docx",
                 "photo_of_item.jpg" if story == "weapon" else "nurse_note.pdf"])})
        req["attachments"] = attachments
    if req.get("attachments") and any(a["name"] == "photo_of_item.jpg" for a in req["attachments"]):
        for a in req["attachments"]:
            if a["name"] == "photo_of_item.jpg":
                a["kind"] = "photo"

    c = Case()
    c.req, c.clean, c.forb, c.struct, c.face = req, clean, forb, struct, face_items
    c.facts, c.key, c.S, c.school, c.present = facts, key, S, school, present
    c.threat_clean = threat or ""
    return c


def check_and_label(r, c, spec, cid):
    req = c.req
    desc = req["incident"]["description"]
    if not (800 <= len(desc) <= 2500):
        return None
    if not (3 <= len(c.present) <= 6):
        return None
    canaries, cats, styles, abouts = [], [], set(), set()
    for f_ in c.forb + c.struct:
        for x in f_["canaries"]:
            if x not in canaries:
                canaries.append(x)
        if f_["cat"] not in cats:
            cats.append(f_["cat"])
        styles.add(f_["style"])
        abouts.add(f_["about"])
    for fi in c.face:
        for x in fi[1]:
            if x not in canaries:
                canaries.append(x)
        if "face_surveillance" not in cats:
            cats.append("face_surveillance")
    # everything that may legitimately reach police
    stu = req["student"]
    kept = " ".join([" ".join(c.clean), req["incident"]["location"], req["incident"]["occurred_at"],
                     req["school_id"], req["recipient"], req["ground"], req.get("weapon", ""),
                     " ".join(req.get("substances", [])), c.threat_clean,
                     " ".join(str(stu[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school")),
                     " ".join(a["name"] for a in req.get("attachments", []) if a["kind"] == "document")])
    fk = fold(kept)
    whole = fold(json.dumps(req, ensure_ascii=False))
    for x in canaries:
        if fold(x) in fk or fold(x) not in whole or len(x) < 3:
            return None
    # clean sentences must carry nothing sensitive
    clean_words = fold(" ".join(c.clean) + " " + c.threat_clean + " " + req["incident"]["location"])
    for w in SENSITIVE:
        if w in clean_words:
            return None
    for v in stu.values():
        if isinstance(v, str) and any(w in fold(v) for w in SENSITIVE) and not any(
                f_.get("field") and stu.get(f_["field"]) == v for f_ in c.struct):
            return None
    decision = "deny" if spec["kind"] == "deny" else "allow"
    must, mct = [], []
    if decision == "allow":
        clean_desc = fold(" ".join(c.clean))
        facts = [f_ for f_ in dict.fromkeys(c.facts) if fold(f_) in clean_desc
                 and not any(fold(x) in fold(f_) or fold(f_) in fold(x) for x in canaries)]
        if not facts or fold(c.key) not in clean_desc:
            return None
        r.shuffle(facts)
        mct = facts[:r.randint(1, min(3, len(facts)))]
        must = [c.S.full, c.school, c.key]
    if spec["kind"] == "allow_clean" and cats:
        return None
    if spec["kind"] == "allow_withhold" and not cats:
        return None
    if spec["kind"] == "allow_clean" and cats:
        return None
    req["request_id"] = cid
    tags = [FAMILY, spec["tag"], "ground_" + req["ground"]]
    if len(c.present) >= 5:
        tags.append("many_voices")
    tags += sorted("style_" + s_ for s_ in styles)
    tags += sorted("about_" + a_ for a_ in abouts)
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = spec["reason"]
    expect.update({"must_not_contain": canaries, "must_contain": must, "must_contain_text": mct,
                   "categories": cats, "tags": tags})
    return {"id": cid, "request": req, "expect": expect}


def specs():
    S = []
    cats = list(FORBIDDEN)

    def add(n, **kw):
        for _ in range(n):
            S.append(dict(kw))

    # allow, nothing forbidden (53)
    add(19, kind="allow_clean", tag="allow_clean", ground="weapon", story="weapon")
    add(13, kind="allow_clean", tag="allow_clean", ground="serious_violence", story="violence")
    add(11, kind="allow_clean", tag="allow_clean", ground="credible_threat", story="threat")
    add(10, kind="allow_clean", tag="allow_clean", ground="drugs", story="drugs")
    # allow, forbidden facts to withhold (60)
    add(21, kind="allow_withhold", tag="allow_withhold", ground="weapon", story="weapon")
    add(14, kind="allow_withhold", tag="allow_withhold", ground="serious_violence", story="violence")
    add(12, kind="allow_withhold", tag="allow_withhold", ground="credible_threat", story="threat")
    add(13, kind="allow_withhold", tag="allow_withhold", ground="drugs", story="drugs")
    # deny (37)
    for g, st in [("fight", "fight"), ("theft", "theft"), ("vandalism", "vandalism"),
                  ("gang_activity", "gang"), ("trespass", "trespass"), ("truancy", "truancy"),
                  ("immigration_status_check", "status"), ("suspicious_behavior", "suspicious")]:
        S.append(dict(kind="deny", tag="deny_ground", reason="ground_not_permitted", ground=g, story=st))
    for e in EXCLUDED[:7]:
        S.append(dict(kind="deny", tag="deny_substance", reason="excluded_substance", ground="drugs",
                      story="excluded", excl=e))
    for rc, (g, st) in zip(["bric", "commonwealth-fusion-center", "ice/ero-boston", "dhs/hsi-boston",
                            "cbp", "fbi/boston", "allied-universal-security", "mbta-transit-police"],
                           [("weapon", "weapon"), ("serious_violence", "violence"), ("drugs", "drugs"),
                            ("weapon", "weapon"), ("credible_threat", "threat"), ("serious_violence", "violence"),
                            ("weapon", "weapon"), ("drugs", "drugs")]):
        S.append(dict(kind="deny", tag="deny_recipient", reason="recipient_not_permitted", ground=g,
                      story=st, recipient=rc))
    for i in range(6):
        S.append(dict(kind="deny", tag="deny_threat_missing", reason="missing_threat_statement",
                      ground="credible_threat", story="threat", threat_statement=("" if i in (2, 5) else False)))
    for fk, (g, st) in zip(["match", "clearview", "photos", "avigilon", "match"],
                           [("weapon", "weapon"), ("serious_violence", "violence"), ("serious_violence", "violence"),
                            ("weapon", "weapon"), ("drugs", "drugs")]):
        S.append(dict(kind="deny", tag="deny_face", reason="face_surveillance", ground=g, story=st, face=fk))
    for w in REPLICAS:
        S.append(dict(kind="deny", tag="deny_replica", reason="other", ground="weapon", story="weapon", w=w))
    return S


def main():
    r = random.Random(SEED)
    sp = specs()
    assert len(sp) == 150, len(sp)
    order = list(range(len(sp)))
    r.shuffle(order)
    cats = list(FORBIDDEN)
    # spread categories over the withhold cases: each case gets 1-4 facts, categories rotate
    rot = 0
    for i in order:
        s = sp[i]
        if s["kind"] == "allow_withhold":
            n = r.choice([1, 2, 2, 3, 3, 4])
            s["cats"] = [cats[(rot + j) % len(cats)] for j in range(n)]
            rot += n
            s["n_forb"] = n
            s["n_struct"] = 1 if r.random() < 0.25 else 0
        elif s["kind"] == "deny":
            if s["story"] == "gang":
                s["n_forb"], s["cats"] = 2, ["gang_affiliation", r.choice(cats)]
            elif s["story"] == "status":
                s["n_forb"], s["cats"] = 2, ["immigration_status", "national_origin"]
            elif r.random() < 0.6:
                n = r.choice([1, 2, 3])
                s["cats"] = [cats[(rot + j) % len(cats)] for j in range(n)]
                rot += n
                s["n_forb"] = n
            s["n_struct"] = 1 if r.random() < 0.2 else 0
    out = []
    for n, i in enumerate(order, 1):
        cid = f"{PREFIX}-{n:04d}"
        for attempt in range(400):
            c = build(r, n, sp[i])
            if c is None:
                continue
            line = check_and_label(r, c, sp[i], cid)
            if line is not None:
                out.append(line)
                break
        else:
            raise SystemExit(f"could not build {cid} {sp[i]}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for line in out:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {OUT}")


if __name__ == "__main__":
    main()
