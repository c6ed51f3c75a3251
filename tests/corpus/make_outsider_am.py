#!/usr/bin/env python3
"""Outsider corpus "am": reports written by staff whose jobs and programs touch the
forbidden categories (ESL/ELD teachers, bilingual paras, family liaisons, newcomer
counselors, interpreters, McKinney-Vento liaisons, transportation coordinators,
partner-program chaplains, youth-violence prevention workers, attendance officers).

Two kinds of case are mixed:
  (a) precision: the role, room or program only identifies the staff member or the
      place; nothing forbidden is said about the student or the family -> the role
      words and incident facts must survive;
  (b) the author, out of professional habit, states a forbidden fact about the
      student or family (origin, status, home language / interpreter need, where the
      family lives or stays, ethnicity, faith, suspected crew) -> canaries.

Standard library only, fixed seed, deterministic output:
    python3 tests/corpus/make_outsider_am.py
writes tests/data/corpus/outsider_am.jsonl (120 cases, ids OAM-0001..OAM-0120).
"""
import datetime
import json
import pathlib
import random
import re

SEED = 20260311
PREFIX = "OAM"
TAG = "outsider_am"
N_CASES = 120
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_am.jsonl"

# ----------------------------------------------------------------------------- pools

# (full name, school_id, short name used by staff, lowest grade, highest grade, police district)
SCHOOLS = [
    ("Brighton High School", "BPS-4641", "Brighton High", 9, 12, "d14"),
    ("East Boston High School", "BPS-4652", "EBHS", 9, 12, "a7"),
    ("Madison Park Technical Vocational High School", "BPS-4573", "Madison Park", 9, 12, "b2"),
    ("Jeremiah E. Burke High School", "BPS-4594", "the Burke", 9, 12, "b3"),
    ("English High School", "BPS-4606", "English High", 9, 12, "e13"),
    ("Excel High School", "BPS-4627", "Excel", 9, 12, "c6"),
    ("TechBoston Academy", "BPS-4538", "TechBoston", 6, 12, "c11"),
    ("Charlestown High School", "BPS-4661", "Charlestown High", 9, 12, "a1"),
    ("Snowden International School", "BPS-4689", "Snowden", 9, 12, "d4"),
    ("Margarita Muñiz Academy", "BPS-4697", "the Muñiz", 9, 12, "e13"),
    ("John D. O'Bryant School of Mathematics & Science", "BPS-4612", "the O'Bryant", 7, 12, "b2"),
    ("Boston Latin Academy", "BPS-4511", "BLA", 7, 12, "b2"),
    ("Dearborn STEM Academy", "BPS-4719", "the Dearborn", 6, 12, "b2"),
    ("Mission Hill K-8 School", "BPS-4724", "Mission Hill K-8", 6, 8, "b2"),
    ("Rafael Hernández K-8 School", "BPS-4733", "the Hernández", 6, 8, "b2"),
    ("Community Academy of Science and Health", "BPS-4745", "CASH", 9, 12, "c11"),
    ("New Mission High School", "BPS-4751", "New Mission", 9, 12, "e18"),
    ("Lyon Upper School", "BPS-4766", "Lyon Upper", 9, 12, "d14"),
    ("Curley K-8 School", "BPS-4772", "the Curley", 6, 8, "e13"),
    ("Henderson K-12 Inclusion School", "BPS-4780", "the Henderson", 6, 12, "c11"),
    ("Boston Community Leadership Academy", "BPS-4788", "BCLA", 9, 12, "e18"),
    ("Fenway High School", "BPS-4794", "Fenway", 9, 12, "b2"),
    ("Edward M. Kennedy Academy for Health Careers", "BPS-4802", "EMK", 9, 12, "d4"),
    ("Joseph Lee K-8 School", "BPS-4815", "the Lee", 6, 8, "c11"),
    ("Young Achievers Science and Mathematics K-8 School", "BPS-4823", "Young Achievers", 6, 8, "b3"),
]
NEWCOMERS = ("Boston International Newcomers Academy", "BPS-4834", "BINcA", 9, 12, "c11")

MALE = ["Yandel", "Dario", "Kevin", "Jaylen", "Mateus", "Anderson", "Khalid", "Bryan", "Elvis",
        "Tyrese", "Minh", "Abdirahman", "Luis", "Wilson", "Josué", "Stevenson", "Marvin", "Kenson",
        "Nilton", "Rashad", "Jonathan", "Isaiah", "Edwin", "Bao", "Ricardo", "Malik", "Erick",
        "Denzel", "Adonis", "Fritz", "Omar", "Héctor", "Jordy", "Keanu", "Emmanuel", "Walter"]
FEMALE = ["Kiara", "Nayeli", "Dayana", "Fatima", "Yuliana", "Shanice", "Mirlande", "Thuy", "Ilhan",
          "Jasmine", "Leidy", "Ariana", "Naomi", "Keisha", "Sabrina", "Daniela", "Amina", "Taina",
          "Crystal", "Nadège", "Lorena", "Brianna", "Hawa", "Yesenia", "Destiny", "Mariela"]
LAST = ["Pereira", "Monteiro", "Rosario", "Joseph", "Nguyen", "Hassan", "Mejía", "Tavares", "Baptiste",
        "Lopes", "Reyes", "Alvarado", "Coleman", "Brooks", "Fernandes", "Pierre", "Tran", "Warsame",
        "Gomes", "Castillo", "Jean-Louis", "Ortiz", "Carter", "Simmons", "Henríquez", "Varela",
        "Mohamed", "Ly", "Figueroa", "Barros", "Delgado", "Andrade", "Whitfield", "Osei", "Rivas",
        "Semedo", "Duong", "Acevedo", "Charles", "Mensah", "Quiñones", "Burgos", "Lima", "Diallo"]
INITIALS = "ABCDEFGHJKLMNPRSTVWY"

SSS = ["SSS Hanley", "SSS Coughlin", "SSS Mendes", "SSS Bradshaw", "SSS Oliveira", "SSS Tierney",
       "SSS Whitaker", "SSS Grullón", "SSS Dacosta", "SSS Pruitt"]
APS = ["AP Morales", "AP Kowalski", "AP Sealy", "AP Fitzgerald", "AP Nwosu", "AP Castellanos",
       "AP Drummond", "AP Lavoie"]
NURSES = ["Nurse Kelly", "Nurse Adeyemi", "Nurse Callahan", "Nurse Paiva", "Nurse Goldberg"]

# staff by role: (full name, how colleagues write it)
ROLE_STAFF = {
    "esl": [("Grace Park", "Ms. Park"), ("Sami Haddad", "Mr. Haddad"), ("Ingrid Lindqvist", "Ms. Lindqvist"),
            ("Tunde Oyelaran", "Mr. Oyelaran"), ("Maureen Brennan", "Ms. Brennan"), ("Paula Achterberg", "Ms. Achterberg")],
    "para": [("Ana Duarte", "Ms. Duarte"), ("Wilfredo Peña", "Mr. Peña"), ("Lourdes Ocasio", "Ms. Ocasio"),
             ("Thanh Vo", "Mr. Vo"), ("Roseline Augustin", "Ms. Augustin"), ("Edmilson Cabral", "Mr. Cabral")],
    "liaison": [("Marisol Rosario", "Ms. Rosario"), ("Jean-Robert Baptiste", "Mr. Baptiste"),
                ("Carla Fortes", "Ms. Fortes"), ("Deborah Whitlock", "Ms. Whitlock"), ("Hung Lam", "Mr. Lam"),
                ("Yolanda Ferreira", "Ms. Ferreira")],
    "newcomer": [("Beatriz Salgado", "Ms. Salgado"), ("Patrick Odum", "Mr. Odum"), ("Leila Farouk", "Ms. Farouk"),
                 ("Kevin Shea", "Mr. Shea"), ("Rosa Amaral", "Ms. Amaral")],
    "interp": [("Dieudonné Étienne", "Mr. Étienne"), ("Lan Huynh", "Ms. Huynh"), ("Fernando Siqueira", "Mr. Siqueira"),
               ("Hodan Ali", "Ms. Ali"), ("Graciela Ibarra", "Ms. Ibarra")],
    "mv": [("Theresa Doyle", "Ms. Doyle"), ("Marcus Greene", "Mr. Greene"), ("Alicia Bermúdez", "Ms. Bermúdez"),
           ("Janet Cho", "Ms. Cho")],
    "transport": [("Dennis Fallon", "Mr. Fallon"), ("Keisha Grant", "Ms. Grant"), ("Ray Medeiros", "Mr. Medeiros"),
                  ("Sheila Nardone", "Ms. Nardone")],
    "chaplain": [("Rev. Alvin Mensah", "Rev. Mensah"), ("Rev. Dolores Pratt", "Rev. Pratt"),
                 ("Pastor Gil Santiago", "Pastor Santiago"), ("Chaplain Ruth Abernathy", "Chaplain Abernathy")],
    "youth": [("Damon Bright", "Damon"), ("Tasha Howard", "Tasha"), ("Luis \"Lu\" Carrasquillo", "Lu"),
              ("Andre Whitely", "Andre"), ("Nia Robinson", "Nia")],
    "attend": [("Brian Keane", "Mr. Keane"), ("Gloria Matos", "Ms. Matos"), ("Steve Pacheco", "Mr. Pacheco"),
               ("Nicole Dubé", "Ms. Dubé")],
}
PARTNER_PROGRAMS = ["Bridges After School", "the Pathways Evening Program", "Roxbury Youth Circle",
                    "Second Wind Mentoring", "the Harbor Lights after-school program"]

LANGS = ["Haitian Creole", "Cape Verdean Creole", "Portuguese", "Vietnamese", "Somali", "Arabic",
         "Cantonese", "Dari", "Amharic", "Spanish", "K'iche'", "Tigrinya"]
ORIGINS = [("Honduras", "Honduran"), ("Guatemala", "Guatemalan"), ("El Salvador", "Salvadoran"),
           ("Haiti", "Haitian"), ("Cape Verde", "Cape Verdean"), ("Brazil", "Brazilian"),
           ("the Dominican Republic", "Dominican"), ("Venezuela", "Venezuelan"), ("Somalia", "Somali"),
           ("Afghanistan", "Afghan"), ("Vietnam", "Vietnamese"), ("Angola", "Angolan"),
           ("Ecuador", "Ecuadorian"), ("Colombia", "Colombian")]
STREETS = ["Wendover St", "Harlem St", "Intervale St", "Lyndhurst St", "Woodrow Ave", "Norwell St",
           "Fayston St", "Brunswick St", "Magnolia St", "Humboldt Ave", "Bennington St", "Saratoga St",
           "Faneuil St", "Topliff St", "Hosmer St", "Ashmont St", "Wayland St", "Quincy St",
           "Glenway St", "Bradlee St"]
DEVS = ["Mildred C. Hailey", "Franklin Field", "Orchard Gardens", "Bromley-Heath", "Cathedral development",
        "Mary Ellen McCormack", "Villa Victoria", "Lenox-Camden", "Alice Taylor", "Bunker Hill development",
        "Archdale", "Heath Street development"]
NEIGHS = ["Mattapan", "Roslindale", "Hyde Park", "Four Corners", "Grove Hall", "Uphams Corner",
          "Codman Square", "Bowdoin-Geneva", "Fields Corner", "Eagle Hill", "Orient Heights"]
SHELTERS = [("the Crescent House family shelter", "Crescent House"),
            ("the Days Inn in Saugus", "Days Inn"),
            ("a family shelter on Magnolia Street", "Magnolia Street"),
            ("the Holiday Inn Express in Peabody", "Holiday Inn Express"),
            ("St. Brigid's family residence", "St. Brigid's"),
            ("the Quality Inn on the Revere Beach Parkway", "Revere Beach Parkway")]
CREWS = ["H-Block", "Creston Street crew", "1-9 set", "NLS", "Wolcott crew", "Lower End",
         "Big Steppers", "Topside", "KOB", "Ruggles Row"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# ----------------------------------------------------------------------------- leak pools
# each returns (sentence, canaries, category)


def leak_language(c, rng, style=None):
    L = rng.choice(LANGS)
    forms = [
        ("Mom only speaks {L}, so the call home went through the {L} line at the Office of Language Access.", [L]),
        ("Per SIS the home language is {L} and {F} is still an active EL.", [L, "active EL"]),
        ("Dad will need a {L} interpreter for the re-entry meeting.", [L]),
        ("{His} English is still limited, so {he} gave {his} side in {L} and I translated.", [L, "English is still limited"]),
        ("{He} is in our {L} SEI cohort.", [L, "SEI cohort"]),
        ("The guardian is grandmother, who speaks {L} only.", [L]),
        ("Note for whoever calls home: the parents need {L}, no English.", [L]),
    ]
    t, can = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t, L=L), can, "language"


def leak_origin(c, rng, style=None):
    country, adj = rng.choice(ORIGINS)
    ck = country.replace("the ", "")
    forms = [
        ("{He} arrived from {country} in {mon} and started with us right after.", [ck], "national_origin"),
        ("{F} was born in {country}; the family came up two years ago.", [ck], "national_origin"),
        ("For context, {F} and {O} are both {adj} and this goes back to something from the summer.", [adj], "ethnicity"),
        ("{He} is one of our {adj} students and is usually very quiet.", [adj], "ethnicity"),
        ("{F} only came from {country} this school year and is still adjusting.", [ck], "national_origin"),
    ]
    t, can, cat = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t, country=country, adj=adj, mon=rng.choice(MONTHS[5:10])), can, cat


def leak_status(c, rng, style=None):
    forms = [
        ("The family has a pending asylum case and mom is scared of anything police-related.", ["asylum"]),
        ("{He} doesn't have papers yet, which is why the family hesitates to come in.", ["have papers"]),
        ("Dad is undocumented and did not want to come to the school.", ["undocumented"]),
        ("They came in on humanitarian parole in 2024 and a caseworker is involved.", ["humanitarian parole"]),
        ("{F}'s TPS paperwork is still pending.", ["TPS paperwork"]),
        ("The family has an immigration court date next month.", ["immigration court"]),
        ("Mom says {he} is here on a tourist visa that ran out last year.", ["tourist visa"]),
        ("Both parents are out of status, per the counselor.", ["out of status"]),
    ]
    t, can = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t), can, "immigration_status"


def leak_residence(c, rng, style=None):
    st, st2 = rng.sample(STREETS, 2)
    dev = rng.choice(DEVS)
    nb = rng.choice(NEIGHS)
    sh, shk = rng.choice(SHELTERS)
    num = rng.randint(4, 212)
    forms = [
        ("The family lives at {num} {st}, second floor.", [st]),
        ("{He} lives in {dev} with {his} grandmother.", [dev]),
        ("Since the fire they have been staying at {sh}.", [shk]),
        ("They are doubled up with an aunt over in {nb} right now.", [nb]),
        ("{His} bus stop is {st} at {st2}, right outside {his} building.", [st, st2]),
        ("Home is the {dev} apartments, building 3.", [dev]),
        ("Mom moved them to {nb} in January, so {he} now takes two buses.", [nb]),
    ]
    t, can = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t, st=st, st2=st2, dev=dev, nb=nb, sh=sh, num=num), can, "neighborhood"


def leak_religion(c, rng, style=None):
    forms = [
        ("{F}'s family is Muslim and {he} had been fasting for Ramadan all week.", ["Muslim", "Ramadan"]),
        ("I know the family from Iglesia Roca de Salvación, where mom sings in the choir.", ["Iglesia Roca"]),
        ("Mom is a Jehovah's Witness and asked that we keep this quiet at the Kingdom Hall.", ["Jehovah", "Kingdom Hall"]),
        ("The family attends the Pentecostal church where {his} father is a deacon.", ["Pentecostal", "deacon"]),
        ("{He} goes to Friday prayers at Masjid An-Nur with {his} uncle.", ["Friday prayers", "Masjid"]),
        ("{His} father is a pastor at Église Baptiste Béthel.", ["Église Baptiste", "pastor at"]),
    ]
    t, can = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t), can, "religion"


def leak_gang(c, rng, style=None):
    a, b = rng.sample(CREWS, 2)
    forms = [
        ("{He} runs with {a}, per the streetworkers.", [a]),
        ("Outreach notes have {him} as a {a} associate since last summer.", [a]),
        ("There has been beef between {a} and {b} since August and {F} is in the middle of it.", [a, b]),
        ("Word is {he} got put on with {a} over the winter.", [a]),
        ("{F} is suspected {a}.", [a]),
    ]
    t, can = forms[style if style is not None else rng.randrange(len(forms))]
    return c.fmt(t, a=a, b=b), can, "gang_affiliation"


LEAKS = {"language": leak_language, "origin": leak_origin, "status": leak_status,
         "residence": leak_residence, "religion": leak_religion, "gang": leak_gang}


def sis_overlay(c, rng, kind):
    """forbidden structured fields from the SIS export; returns (fields, canaries, cats)"""
    if kind == "lang":
        L = rng.choice(LANGS)
        lvl = rng.randint(1, 4)
        return ({"home_language": L, "el_status": f"Active EL - ELD level {lvl}", "homeroom": str(rng.randint(101, 330))},
                [L, f"ELD level {lvl}"], ["language"])
    if kind == "origin":
        country, adj = rng.choice(ORIGINS)
        ck = country.replace("the ", "")
        return ({"country_of_birth": ck, "us_entry_date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 "ethnicity": f"Hispanic/Latino - {adj}" if ck in ("Honduras", "Guatemala", "El Salvador",
                                                                    "Dominican Republic", "Venezuela",
                                                                    "Ecuador", "Colombia") else adj},
                [ck, adj], ["national_origin", "ethnicity"])
    if kind == "address":
        st = rng.choice(STREETS)
        num = rng.randint(3, 240)
        z = rng.choice(["02121", "02124", "02126", "02119", "02128", "02136", "02125"])
        return ({"address": {"line1": f"{num} {st}", "city": "Boston", "zip": z}, "guardian": "mother"},
                [f"{num} {st}", z], ["neighborhood"])
    if kind == "mv":
        sh, shk = rng.choice(SHELTERS)
        return ({"mckinney_vento": {"eligible": True, "nighttime_residence": f"Shelter - {shk}"},
                 "transport": {"route": f"{rng.randint(100, 899)}", "stop": "curbside"}},
                [shk], ["neighborhood"])
    if kind == "parent":
        L = rng.choice(LANGS)
        return ({"parent_contact": {"relationship": "mother", "preferred_language": L, "interpreter_required": True}},
                [L], ["language"])
    if kind == "religion":
        return ({"accommodations": {"religious": "Muslim - Friday Jumu'ah release 12:30"}},
                ["Muslim", "Jumu'ah"], ["religion"])
    raise ValueError(kind)


HARMLESS = [
    lambda c, rng: {"homeroom": str(rng.randint(101, 330))},
    lambda c, rng: {"iep": False, "counselor": "Ms. Greaney"},
    lambda c, rng: {"sis_id": f"S{rng.randint(1000000, 9999999)}"},
    lambda c, rng: {"advisory": f"Adv {rng.randint(1, 14)}"},
    lambda c, rng: {},
    lambda c, rng: {},
]

# ----------------------------------------------------------------------------- calendar


def _dst(d):
    y = d.year
    m = datetime.date(y, 3, 8)
    start = m + datetime.timedelta((6 - m.weekday()) % 7)
    n = datetime.date(y, 11, 1)
    end = n + datetime.timedelta((6 - n.weekday()) % 7)
    return start <= d < end


def _school_days():
    spans = [("2025-02-24", "2025-04-18"), ("2025-04-28", "2025-06-13"), ("2025-09-08", "2025-11-26"),
             ("2025-12-01", "2025-12-19"), ("2026-01-05", "2026-02-13"), ("2026-02-23", "2026-04-17"),
             ("2026-04-27", "2026-06-12")]
    days = []
    for a, b in spans:
        d = datetime.date.fromisoformat(a)
        e = datetime.date.fromisoformat(b)
        while d <= e:
            if d.weekday() < 5:
                days.append(d)
            d += datetime.timedelta(1)
    return days


SCHOOL_DAYS = _school_days()
DOW = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


class Ctx:
    def __init__(self, rng, school=None, grade=None):
        self.rng = rng
        self.g = None
        self.use_school(school or rng.choice(SCHOOLS))
        self.male = rng.random() < 0.6
        self.F = rng.choice(MALE if self.male else FEMALE)
        self.L = rng.choice(LAST)
        self.N = f"{self.F} {self.L}"
        if self.male:
            self.he, self.him, self.his = "he", "him", "his"
        else:
            self.he, self.him, self.his = "she", "her", "her"
        self.He, self.His, self.Him = self.he.capitalize(), self.his.capitalize(), self.him.capitalize()
        self.O = self._initials()
        self.O2 = self._initials()
        while self.O2 == self.O:
            self.O2 = self._initials()
        self.day = rng.choice(SCHOOL_DAYS)
        self.set_time(8, 14)
        self._dob_off = rng.randint(1, 364) + (365 if rng.random() < 0.15 else 0)
        self.sid = str(rng.randint(100000, 399999))
        self._plain_bpd = rng.random() < 0.3
        self.sss = rng.choice(SSS)
        self.ap = rng.choice(APS)
        self.nurse = rng.choice(NURSES)
        self.ext = str(rng.randint(2100, 7999))
        self.room = str(rng.choice([rng.randint(101, 142), rng.randint(201, 248), rng.randint(301, 336)]))
        self.md = f"{self.day.month}/{self.day.day}"
        self.mdy = f"{self.day.month}/{self.day.day}/{self.day.year % 100}"
        self.dow = DOW[self.day.weekday()]
        self.gth = {1: "1st", 2: "2nd", 3: "3rd"}.get(self.g, f"{self.g}th")
        self.program = rng.choice(PARTNER_PROGRAMS)

    def use_school(self, school):
        name, sid, short, g0, g1, dist = school
        self.school = school
        self.S, self.school_id, self.SS = name, sid, short
        self.g = self.rng.randint(g0, g1) if self.g is None else min(max(self.g, g0), g1)
        self.dist = dist

    @property
    def dob(self):
        y0 = self.day.year if self.day.month >= 8 else self.day.year - 1
        return datetime.date(y0 - self.g - 5, 9, 1) - datetime.timedelta(self._dob_off)

    @property
    def recipient(self):
        return "bpd" if self._plain_bpd else f"bpd/district-{self.dist}"

    def _initials(self):
        return f"{self.rng.choice(INITIALS)}.{self.rng.choice(INITIALS)}."

    def set_time(self, h0, h1):
        h = self.rng.randint(h0, h1)
        m = self.rng.randrange(0, 60)
        self.h, self.m = h, m
        hh = h if h <= 12 else h - 12
        self.hm = f"{hh}:{m:02d}"
        self.hm24 = f"{h:02d}{m:02d}"
        self.t = f"{hh}:{m:02d} {'AM' if h < 12 else 'PM'}"
        off = "-04:00" if _dst(self.day) else "-05:00"
        self.occurred = f"{self.day.isoformat()}T{h:02d}:{m:02d}:00{off}"

    def later(self, mins):
        tot = self.h * 60 + self.m + mins
        h, m = divmod(tot, 60)
        hh = h if h <= 12 else h - 12
        return f"{hh}:{m:02d}"

    def staff(self, role):
        return self.rng.choice(ROLE_STAFF[role])

    def fmt(self, t, **kw):
        self.gth = {1: "1st", 2: "2nd", 3: "3rd"}.get(self.g, f"{self.g}th")
        d = {k: v for k, v in vars(self).items() if isinstance(v, str)}
        d.update(kw)
        return t.format(**d)


def join(*parts):
    return " ".join(p for p in parts if p)


# ----------------------------------------------------------------------------- scenario helpers

def R(ground, location, desc, decision="allow", key=None, mct=(), mnc=(), cats=(), tags=(), reason=None,
      weapon=None, substances=None, threat=None, extra=None, attachments=None, recipient=None):
    return dict(ground=ground, location=location, desc=desc, decision=decision, key=key, mct=list(mct),
                mnc=list(mnc), cats=list(cats), tags=list(tags), reason=reason, weapon=weapon,
                substances=substances, threat=threat, extra=extra or {}, attachments=attachments,
                recipient=recipient)


def leak(c, kind, style=None):
    return LEAKS[kind](c, c.rng, style)


def addleak(r, lk):
    text, can, cat = lk
    r["mnc"] += can
    if cat not in r["cats"]:
        r["cats"].append(cat)
    return text


def overlay(c, r, kind):
    fields, can, cats = sis_overlay(c, c.rng, kind)
    r["extra"].update(fields)
    r["mnc"] += can
    for k in cats:
        if k not in r["cats"]:
            r["cats"].append(k)
    r["tags"].append("structured_field")


# ============================================================================= scenarios
# each: fn(c, v) -> R dict. v selects the variant.

# ---------------------------------------------------------------- allow: weapon

def s_esl_knife(c, v):
    n, short = c.staff("esl")
    if v in (0, 2):
        desc = c.fmt(
            "Writing this up because I was the closest adult. I teach ESL 3 in room {room} and was at my door for "
            "passing time at {hm}. {F} ({gth} grade, not one of my students) came down the hallway arguing with {O}. "
            "Right in front of the ELD 2 classroom {he} took a folding knife out of {his} hoodie pocket, opened it and "
            "held it down by {his} leg. I said {his} name twice and radioed for SSS. {He} folded it and dropped it in "
            "the trash barrel next to the water fountain; {sss} pulled it out of the barrel (black handle, about a 3 inch "
            "blade). Nobody was cut. {O} went to the nurse to calm down.\n\n{n}\nESL Teacher, {SS}\next. {ext}", n=n)
        r = R("weapon", c.fmt("{S}, 2nd floor hallway outside the ELD 2 classroom"), desc, key="folding knife",
              mct=["folding knife", "trash barrel", "in front of the ELD 2 classroom"], weapon="knife",
              tags=["precision_keep", "role_esl"])
        if v == 2:
            overlay(c, r, "lang")
            r["tags"] = ["forbidden_fact", "role_esl", "structured_field"]
        return r
    lk = leak(c, "language", 4)
    desc = c.fmt(
        "Incident {mdy}, approx {hm}, room {room}.\n{F} is in my ELD 2 block, WIDA composite 2.1. During partner work {he} "
        "and {O} argued over a phone charger. {F} took a folding knife from the front pocket of {his} backpack and pointed "
        "it at {O} across the table, maybe two feet away, and said \"say it again.\" I moved the other kids to the back "
        "wall and called the office. {sss} took the knife (silver, locking blade). ", n=n)
    r = R("weapon", c.fmt("{S}, room {room}"), desc, key="folding knife",
          mct=["folding knife", "across the table", "say it again"], weapon="knife",
          mnc=["ELD 2 block", "WIDA"], cats=["language"], tags=["forbidden_fact", "role_esl"])
    r["desc"] += addleak(r, lk) + c.fmt(" Family liaison will call home today.\n\n- {n}, ESL/ELD, x{ext}", n=n)
    return r


def s_liaison_spray(c, v):
    n, short = c.staff("liaison")
    c.set_time(11, 13)
    base = c.fmt(
        "At {hm} in the cafeteria {F} sprayed pepper spray (small pink canister on a keychain) toward {O} and two other "
        "girls at the end of table 6. Several students were coughing and their eyes were burning; {nurse} flushed eyes for "
        "{O} and one bystander. The cafeteria was cleared for about 20 minutes. {sss} took the canister.")
    if v == 0:
        desc = base + c.fmt(
            " {n}, our family liaison, reached mom at {l1} and she is coming in at 2:30 to meet with {ap}. "
            "The family liaison will also set up a check-in for {O}'s family.", n=short, l1=c.later(40))
        return R("weapon", c.fmt("{S}, cafeteria"), desc, key="pepper spray",
                 mct=["pepper spray", "table 6", "family liaison"], weapon="pepper spray",
                 tags=["precision_keep", "role_liaison"])
    r = R("weapon", c.fmt("{S}, cafeteria"), "", key="pepper spray", mct=["pepper spray", "table 6", "flushed eyes"],
          weapon="pepper spray", tags=["forbidden_fact", "role_liaison"])
    if v == 1:
        lk1 = leak(c, "language", 0)
        lk2 = leak(c, "residence", 2)
        r["desc"] = base + " Call home: " + addleak(r, lk1) + " " + addleak(r, lk2) + c.fmt(
            " Mom said {F} got the spray from an older cousin.\n\n{n}\nFamily Liaison | {SS} | ext. {ext}", n=n)
    else:
        lk = leak(c, "residence", 1)
        r["desc"] = c.fmt("Family liaison log, {mdy}.\n") + base + " " + addleak(r, lk) + c.fmt(
            " I went to the home with {ap} after dismissal; grandmother confirmed the canister belonged to her.\n-- {n}", n=short)
        overlay(c, r, "parent")
    return r


def s_mv_taser(c, v):
    n, short = c.staff("mv")
    c.set_time(7, 8)
    base = c.fmt(
        "{hm} AM at the front entrance scanners: the wand alerted on {F}'s backpack and {sss} found a black stun gun "
        "(\"Vipertek\" printed on the side, charged, it sparked when tested) in the inside pocket. {F} said it was for "
        "the walk to school.")
    if v == 0:
        desc = join(base, c.fmt(
            "I am the McKinney-Vento / homeless education liaison here and I was in the front lobby for morning "
            "arrival duty, so I saw the search. {F} was calm and cooperative. {ap} has the stun gun locked in the "
            "main office safe.\n\n{n}\nHomeless Education (McKinney-Vento) Liaison\n{SS} ext. {ext}", n=n))
        return R("weapon", c.fmt("{S}, front entrance / scanners"), desc, key="stun gun",
                 mct=["stun gun", "inside pocket", "main office safe"], weapon="stun gun",
                 tags=["precision_keep", "role_mv"])
    r = R("weapon", c.fmt("{S}, front entrance / scanners"), "", key="stun gun",
          mct=["stun gun", "inside pocket", "sparked"], weapon="stun gun", tags=["forbidden_fact", "role_mv"])
    if v == 1:
        lk = leak(c, "residence", 2)
        r["desc"] = join(base, c.fmt("{F} is on my MV caseload."), addleak(r, lk),
                         c.fmt("{He} says the walk from the bus at night is why {he} carries it. {ap} notified.\n-- {n}, MV liaison", n=short))
    else:
        r["desc"] = join(base, c.fmt("{F} is on my McKinney-Vento list, so I called the guardian myself. {ap} has the "
                                     "device.\n-- {n}, MV liaison x{ext}", n=short))
        overlay(c, r, "mv")
    return r


def s_bus_boxcutter(c, v):
    n, short = c.staff("transport")
    c.set_time(14, 14)
    bus = c.rng.randint(11, 48)
    base = c.fmt(
        "Bus {bus} (afternoon run) was still in the school loop at {hm} when the driver radioed that a student had a "
        "blade. {F} had a yellow box cutter out and was swiping it at {O} in the back seats; {O} has a shallow cut on "
        "the back of {O_h} hand (bandaged by the nurse). The driver opened the doors and {sss} took the box cutter from "
        "{F} on the steps.", bus=bus, O_h=c.rng.choice(["his", "her"]))
    if v in (0, 2):
        desc = join(base, c.fmt(
            "I coordinate transportation for the building and pulled the bus camera footage from the vendor portal; "
            "it shows the swipe at 2:{mm}. Driver statement attached.\n\n{n}, Transportation Coordinator, {SS}, x{ext}",
            n=n, mm=f"{c.m:02d}"))
        r = R("weapon", c.fmt("{S}, bus loop (bus {bus})", bus=bus), desc, key="box cutter",
              mct=["box cutter", "shallow cut", "school loop"], weapon="box cutter",
              tags=["precision_keep", "role_transport"],
              attachments=[{"kind": "document", "name": "Driver statement bus %d.pdf" % bus}])
        if v == 2:
            overlay(c, r, "address")
            r["tags"] = ["forbidden_fact", "role_transport", "structured_field"]
        return r
    r = R("weapon", c.fmt("{S}, bus loop (bus {bus})", bus=bus), "", key="box cutter",
          mct=["box cutter", "back seats", "on the steps"], weapon="box cutter",
          tags=["forbidden_fact", "role_transport"])
    lk = leak(c, "residence", 4)
    r["desc"] = join(base, addleak(r, lk), c.fmt(
        "I have moved {him} to a different route pending the hearing.\n{n} / Transportation / x{ext}", n=short))
    return r


def s_youth_gun(c, v):
    n, short = c.staff("youth")
    c.set_time(10, 13)
    if v == 0:
        desc = c.fmt(
            "I'm a youth-violence prevention worker with the city and I was in the building for a scheduled restorative "
            "circle in the library. At {hm} a student pulled me aside and said {F} had \"a hammer\" in {his} bag. I "
            "went straight to {ap}. {sss} and {ap} searched the bag in the office: a black 9mm handgun, magazine "
            "inserted, 7 rounds, no round in the chamber. {F} said {he} was holding it for someone and would not say "
            "who.\n\n{n}\nStreet Outreach / Youth Violence Prevention\ncell on file with {ap}", n=n)
        return R("weapon", c.fmt("{S}, main office (bag searched)"), desc, key="handgun",
                 mct=["9mm handgun", "7 rounds", "restorative circle"], weapon="firearm",
                 tags=["precision_keep", "role_youth"])
    r = R("weapon", c.fmt("{S}, main office (bag searched)"), "", key="handgun",
          mct=["handgun", "magazine inserted", "gym locker"], weapon="firearm",
          tags=["forbidden_fact", "role_youth"])
    lk = leak(c, "gang", 0 if v == 1 else 2)
    parts = [c.fmt("Case note {mdy} {hm24}. Tip from a student that {F} had a gun. {ap} and {sss} found a handgun in "
                   "{his} gym locker, magazine inserted, wrapped in a Celtics shirt."), addleak(r, lk)]
    if v == 2:
        lk2 = leak(c, "residence", 1)
        parts.append(addleak(r, lk2))
        r["tags"].append("multi_category")
    parts.append(c.fmt("I'll keep working with {him} on our side.\n-- {short}, YVP street outreach", short=short))
    r["desc"] = join(*parts)
    return r


def s_attend_knuckles(c, v):
    n, short = c.staff("attend")
    c.set_time(8, 8)
    base = c.fmt(
        "{hm} at the side door scanners. Brass knuckles (gold colored, four finger) fell out of {F}'s jacket sleeve when "
        "{he} put it in the bin. {sss} secured them.")
    if v == 0:
        desc = join(base, c.fmt(
            "I'm the attendance officer and I was at the door with the home-visit team going over the morning list, so "
            "we all saw it. {F} said {he} found them. {ap} called home.\n\n{n}, Attendance Officer, ext. {ext}", n=n))
        return R("weapon", c.fmt("{S}, side entrance"), desc, key="brass knuckles",
                 mct=["brass knuckles", "jacket sleeve", "home-visit team"], weapon="brass knuckles",
                 tags=["precision_keep", "role_attend"])
    r = R("weapon", c.fmt("{S}, side entrance"), "", key="brass knuckles",
          mct=["brass knuckles", "jacket sleeve", "four finger"], weapon="brass knuckles",
          tags=["forbidden_fact", "role_attend"])
    if v == 1:
        lk = leak(c, "residence", 0)
        r["desc"] = join(base, c.fmt("Background: I did a home visit on {F} last month for chronic absence."),
                         addleak(r, lk), c.fmt("Nobody answered the first two visits.\n{n}, Attendance Officer", n=n))
    else:
        st = c.rng.choice(STREETS)
        r["desc"] = join(c.fmt("Home visit follow-up turned into this."), base, c.fmt(
            "When I asked, {F} said {he} needs them for the walk home down {st} past the corner store, which is where "
            "we did the home visit in October.\n-- {short}", st=st, short=short))
        r["mnc"].append(st)
        r["cats"].append("neighborhood")
        r["tags"].append("mixed_sentence")
    return r


def s_interp_razor(c, v):
    n, short = c.staff("interp")
    c.set_time(9, 13)
    if v == 0:
        desc = c.fmt(
            "I am an interpreter with the BPS Office of Language Access and was waiting in the main office for an "
            "11:00 meeting with another family. At {hm} a teacher brought {F} in and {ap} asked {him} to empty {his} "
            "pockets. {He} had a single-edge razor blade wrapped in tape inside a pencil case. {ap} kept the blade and "
            "I left for my appointment.\n\n{n}, Interpreter, Office of Language Access", n=n)
        return R("weapon", c.fmt("{S}, main office"), desc, key="razor blade",
                 mct=["razor blade", "pencil case", "Office of Language Access"], weapon="razor blade",
                 tags=["precision_keep", "role_interp"])
    L = c.rng.choice(LANGS)
    desc = c.fmt(
        "Interpreter note, {mdy}. I was called to the AP office at {hm} to interpret for {F} because {his} English is "
        "still very basic; we spoke in {L}. {ap} found a razor blade taped inside {his} pencil case. {F} told me in {L} "
        "that {he} cut the tape off a box at home and forgot it was there, then said a boy in gym \"will see\" if he "
        "touches {him} again. I interpreted that exactly.\n\n{n}\n{L} Interpreter, OLA", L=L, n=n)
    return R("weapon", c.fmt("{S}, assistant principal's office"), desc, key="razor blade",
             mct=["razor blade", "pencil case", "will see"], weapon="razor blade",
             mnc=[L, "English is still very basic"], cats=["language"], tags=["forbidden_fact", "role_interp"])


def s_newcomer_locker(c, v):
    n, short = c.staff("newcomer")
    c.set_time(9, 14)
    r = R("weapon", c.fmt("{S}, 3rd floor lockers"), "", key="kitchen knife",
          mct=["kitchen knife", "locker", "8 inch"], weapon="knife", tags=["forbidden_fact", "role_newcomer"])
    if v == 0:
        lk = leak(c, "origin", 0)
        lk2 = leak(c, "status", 0)
        r["desc"] = join(c.fmt("Counselor note (newcomer program). At {hm} {O} told me {F} showed {him_o} a kitchen "
                               "knife in {his} locker. {sss} opened the locker with {ap}: 8 inch kitchen knife in a "
                               "dish towel, on the top shelf.", him_o=c.rng.choice(["him", "her"])),
                         addleak(r, lk), addleak(r, lk2),
                         c.fmt("{F} says {he} brought it because older boys take {his} money.\n{n}, Newcomer Counselor", n=n))
    else:
        country, adj = c.rng.choice(ORIGINS)
        ck = country.replace("the ", "")
        r["desc"] = c.fmt(
            "{hm}: {sss} and {ap} opened {F}'s locker after a tip and found an 8 inch kitchen knife wrapped in a towel. "
            "{F}, who has only been in the country since {mon} and whose asylum interview is in two weeks, said {he} "
            "was scared of a group of boys from {country}.  I sat with {him} in my office until mom arrived.\n"
            "-- {n}, newcomer counselor x{ext}", n=short, mon=c.rng.choice(MONTHS[6:10]), country=country)
        r["mnc"] += [ck, "asylum interview", "in the country since"]
        r["cats"] += ["national_origin", "immigration_status"]
        r["tags"].append("mixed_sentence")
    return r


def s_chaplain_baton(c, v):
    n, short = c.staff("chaplain")
    c.set_time(15, 17)
    base = c.fmt(
        "{program} runs in the {SS} gym on weekday afternoons. At {hm} during open gym {F} pulled an expandable steel "
        "baton out of {his} bag, snapped it open and swung it at {O}'s legs; it missed and hit the bleachers. Staff "
        "separated them. The baton is with {ap}.")
    if v == 0:
        desc = join(base, c.fmt(
            "I serve as chaplain and mentor coordinator for {program} and was on the floor when it happened.\n\n"
            "{n}\nChaplain, {program}\n(617) 555-01{x}", n=n, x=c.rng.randint(10, 99)))
        return R("weapon", c.fmt("{S}, gymnasium (partner after-school program)"), desc, key="baton",
                 mct=["expandable steel baton", "bleachers", "chaplain"], weapon="club",
                 tags=["precision_keep", "role_chaplain"])
    r = R("weapon", c.fmt("{S}, gymnasium (partner after-school program)"), "", key="baton",
          mct=["expandable steel baton", "bleachers", "snapped it open"], weapon="club",
          tags=["forbidden_fact", "role_chaplain"])
    lk = leak(c, "religion", c.rng.choice([1, 3, 5]))
    r["desc"] = join(base, addleak(r, lk), c.fmt("I will visit with the family this weekend.\n{n}", n=n))
    return r


def s_eld_gun_tip(c, v):
    n, short = c.staff("esl")
    c.set_time(9, 12)
    if v == 0:
        desc = c.fmt(
            "During my prep period I was in the ESL resource room ({room}) when {O}, one of our peer tutors, "
            "told me {F} had shown a gun to kids by the 2nd floor bathrooms a few minutes earlier. I notified {ap} at "
            "{hm}. {sss} located {F} in the hallway; a loaded .380 pistol was in {his} waistband. Nobody was "
            "threatened with it that we know of.\n{n}, ESL Dept. Head, x{ext}", n=n)
        return R("weapon", c.fmt("{S}, 2nd floor hallway"), desc, key="pistol",
                 mct=[".380 pistol", "waistband", "ESL resource room"], weapon="firearm",
                 tags=["precision_keep", "role_esl"])
    L = c.rng.choice(LANGS)
    desc = c.fmt(
        "At {hm}, {O} came up to my desk in ELD 1 and whispered in {L} that {F} (also in this ELD 1 section) had a gun. "
        "I kept the class going and texted {ap}. {sss} found a loaded .380 pistol in {F}'s waistband in the hallway. "
        "{F}'s parents are both {L} speakers only; I will need the OLA line to call.\n{n}", L=L, n=n)
    return R("weapon", c.fmt("{S}, room {room}"), desc, key="pistol", mct=[".380 pistol", "waistband", "texted"],
             weapon="firearm", mnc=[L, "also in this ELD 1 section"], cats=["language"],
             tags=["forbidden_fact", "role_esl", "mixed_sentence"])


def s_homevisit_stungun(c, v):
    n, short = c.staff("attend")
    c.set_time(12, 13)
    if v == 0:
        desc = c.fmt(
            "12:00 - home-visit team (me, {other}) came back from the afternoon list early.\n{hm} - In the 1st floor "
            "hallway by the attendance office, {F} was showing a taser to friends and triggered it at {O}'s neck. "
            "Red mark on the neck, nurse checked {O}, no further treatment.\n{l1} - {sss} took the taser; {ap} "
            "notified.\n\n{n}, Attendance Officer", other=c.rng.choice(["Ms. Rosario", "Mr. Lam", "Ms. Fortes"]),
            n=n, l1=c.later(6))
        return R("weapon", c.fmt("{S}, 1st floor hallway outside the attendance office"), desc, key="taser",
                 mct=["taser", "neck", "home-visit team"], weapon="taser",
                 tags=["precision_keep", "role_attend"])
    nb = c.rng.choice(NEIGHS)
    desc = c.fmt(
        "{hm} - {F} triggered a taser against {O}'s neck in the hallway outside the attendance office. Red mark, nurse "
        "checked. {sss} recovered the taser.\nNote: this is the same student our home-visit team has been trying to "
        "reach in {nb}; the family moved without updating the address and is staying with a cousin.\n-- {n}", nb=nb, n=short)
    return R("weapon", c.fmt("{S}, hallway outside the attendance office"), desc, key="taser",
             mct=["taser", "neck", "Red mark"], weapon="taser", mnc=[nb], cats=["neighborhood"],
             tags=["forbidden_fact", "role_attend"])


def s_para_lunchbox(c, v):
    n, short = c.staff("para")
    c.set_time(11, 12)
    if v == 0:
        desc = c.fmt(
            "I am the bilingual para for the {gth} grade team and had lunch duty today. At {hm} {F} opened {his} "
            "lunchbox and showed a steak knife to the table, then held it up toward {O} and said \"you're next.\" "
            "I took the lunchbox and walked it to {ap}. It is a serrated steak knife, wood handle.\n{n} (para), ext. {ext}", n=n)
        return R("weapon", c.fmt("{S}, cafeteria"), desc, key="steak knife",
                 mct=["steak knife", "you're next", "wood handle"], weapon="knife",
                 tags=["precision_keep", "role_para"])
    lk = leak(c, "language", c.rng.choice([1, 5, 6]))
    r = R("weapon", c.fmt("{S}, cafeteria"), "", key="steak knife", mct=["steak knife", "you're next", "wood handle"],
          weapon="knife", tags=["forbidden_fact", "role_para"])
    r["desc"] = c.fmt("Lunch, {hm}. {F} showed a steak knife (wood handle, serrated) from {his} lunchbox and held it up "
                      "at {O} saying \"you're next.\" I took the lunchbox to {ap}. ") + addleak(r, lk) + c.fmt(
        " I usually sit with {him} in science and math.\n{n}", n=short)
    return r


def s_youth_gun_shelter(c, v):
    n, short = c.staff("youth")
    c.set_time(13, 14)
    r = R("weapon", c.fmt("{S}, outside gym doors"), "", key="revolver",
          mct=["revolver", "gym doors", "two rounds"], weapon="firearm", tags=["forbidden_fact", "role_youth"])
    if v == 0:
        sh, shk = c.rng.choice(SHELTERS)
        r["desc"] = c.fmt(
            "Outreach worker report. At {hm} by the back gym doors I saw {F} pass a small silver revolver to another "
            "kid, who handed it right back when he saw me. I got {ap} and {sss}; they recovered the revolver from {F}'s "
            "jacket, two rounds in the cylinder. {F} has been staying at {sh} since the eviction and I think {he} "
            "feels unsafe on the walk.\n{n}", sh=sh, n=n)
        r["mnc"].append(shk)
        r["cats"].append("neighborhood")
    else:
        crew = c.rng.choice(CREWS)
        r["desc"] = c.fmt(
            "{hm}: revolver (silver, two rounds) recovered by {sss} from {F}'s jacket by the gym doors after I saw {him} "
            "pass it to a younger kid and take it back. I have worked with {F} since the {crew} shooting in the spring "
            "and {he} has been tight with them since. Contact me before anyone talks to {him}.\n- {short}, Youth "
            "Violence Prevention", crew=crew, short=short)
        r["mnc"].append(crew)
        r["cats"].append("gang_affiliation")
    return r


def s_transport_mace(c, v):
    n, short = c.staff("transport")
    c.set_time(7, 7)
    if v in (0, 2):
        desc = c.fmt(
            "Report from the morning bus line. At {hm} at the bus drop on the school side of the street, {F} sprayed mace "
            "into {O}'s face from about three feet after they argued getting off bus {bus}. {O} was treated by the nurse "
            "and EMS checked {O_h} eyes. I took the canister (black, 'MACE Brand' label) and gave it to {sss}.\n\n"
            "{n}\nTransportation Coordinator\n{SS} | x{ext}", bus=c.rng.randint(3, 60), n=n,
            O_h=c.rng.choice(["his", "her"]))
        r = R("weapon", c.fmt("{S}, bus drop-off"), desc, key="mace", mct=["mace", "three feet", "bus drop"],
              weapon="mace", tags=["precision_keep", "role_transport"])
        if v == 2:
            overlay(c, r, "mv")
            r["tags"][0] = "forbidden_fact"
        return r
    lk = leak(c, "residence", 4)
    r = R("weapon", c.fmt("{S}, bus drop-off"), "", key="mace", mct=["mace", "three feet", "EMS checked"],
          weapon="mace", tags=["forbidden_fact", "role_transport"])
    r["desc"] = c.fmt("{hm} bus drop. {F} maced {O} in the face from about three feet. EMS checked {O}'s eyes. Canister "
                      "to {sss}. ") + addleak(r, lk) + c.fmt(" They ride the same bus, so I split them up starting "
                                                             "tomorrow.\n{n}, Transportation", n=short)
    return r


def s_newcomer_knife2(c, v):
    c.use_school(NEWCOMERS)
    n, short = c.staff("newcomer")
    c.set_time(12, 14)
    if v == 0:
        desc = c.fmt(
            "I am one of the counselors at the Newcomers Academy. At {hm} in the stairwell between the 2nd and 3rd "
            "floors {F} held a box cutter to {O}'s side and demanded {O_h} AirPods. {O} gave them up and came to my office "
            "right away. {sss} found {F} in the cafeteria with the AirPods and the box cutter (blue, retractable).\n"
            "{n}, School Counselor, x{ext}", n=n, O_h=c.rng.choice(["his", "her"]))
        return R("weapon", "Boston International Newcomers Academy, stairwell (2nd-3rd floor)", desc, key="box cutter",
                 mct=["box cutter", "AirPods", "stairwell"], weapon="box cutter",
                 tags=["precision_keep", "role_newcomer", "school_name_program"])
    r = R("weapon", "Boston International Newcomers Academy, stairwell (2nd-3rd floor)", "", key="box cutter",
          mct=["box cutter", "AirPods", "stairwell"], weapon="box cutter",
          tags=["forbidden_fact", "role_newcomer", "school_name_program"])
    lk = leak(c, "status", c.rng.choice([2, 4, 6, 7]))
    lk2 = leak(c, "origin", 2)
    r["desc"] = join(c.fmt("At {hm}, stairwell: {F} held a box cutter to {O}'s side and took {O}'s AirPods."),
                     addleak(r, lk2), addleak(r, lk),
                     c.fmt("Box cutter recovered by {sss}.\n{n}", n=short))
    return r


# ---------------------------------------------------------------- allow: serious violence

def s_para_cafeteria(c, v):
    nfull, short = c.staff("para")
    c.set_time(11, 12)
    if v == 0:
        desc = c.fmt(
            "B lunch, {hm}. Our bilingual para {short} was covering the far tables when {F} stood up and punched {O} in "
            "the face repeatedly, then kicked him while he was on the floor. {O} lost consciousness for a few seconds. "
            "{nurse} called EMS at {l1}; {O} went to Boston Medical Center with a suspected broken jaw and a cut over "
            "the eye that needed stitches. {short} and {sss} pulled {F} off. Written statement from {short} attached.",
            short=short, l1=c.later(4))
        return R("serious_violence", c.fmt("{S}, cafeteria"), desc, key="broken jaw",
                 mct=["broken jaw", "lost consciousness", short], tags=["precision_keep", "role_para"],
                 attachments=[{"kind": "document", "name": f"Statement - {nfull}.pdf"}])
    if v == 1:
        desc = c.fmt(
            "{short}, who supports {F} in Spanish in all of {his} core classes, was sitting with {him} at lunch at {hm} "
            "when {F} grabbed {O} by the hair and slammed {O}'s head into the edge of the lunch table twice. {O} was "
            "bleeding heavily from the scalp and was taken by EMS to Children's; eight staples and a concussion. "
            "{sss} escorted {F} to {ap}.", short=short)
        return R("serious_violence", c.fmt("{S}, cafeteria"), desc, key="concussion",
                 mct=["edge of the lunch table", "eight staples", "concussion"], mnc=["Spanish"], cats=["language"],
                 tags=["forbidden_fact", "role_para", "mixed_sentence"])
    desc = c.fmt(
        "{hm}, cafeteria. {short} knows {F} from the Haitian Creole SEI class and told {him} in Creole to stop, but {F} "
        "kept stomping on {O}'s ankle after {O} was down. {O}'s ankle is fractured (confirmed at Carney), surgery "
        "scheduled. {sss} and {short} restrained {F}.\n- {nfull}, Paraprofessional", short=short, nfull=nfull)
    return R("serious_violence", c.fmt("{S}, cafeteria"), desc, key="fractured",
             mct=["ankle is fractured", "stomping", "surgery"], mnc=["Haitian Creole", "in Creole"], cats=["language"],
             tags=["forbidden_fact", "role_para"])


def s_interp_stairwell(c, v):
    n, short = c.staff("interp")
    c.set_time(9, 13)
    base = c.fmt(
        "At {hm} in the east stairwell {F} and another student attacked {O}; {F} hit {O} in the head with a padlock "
        "swung in a sock. {O} had a deep laceration to the scalp and was taken to BMC; the ER found a skull fracture.")
    if v == 0:
        desc = join(c.fmt("I was at {SS} as an interpreter for a meeting in the guidance suite and was walking down the "
                          "east stairwell when this happened."), base,
                    c.fmt("I called for help and stayed with {O} until {nurse} arrived.\n\n{n}\nInterpreter, BPS "
                          "Office of Language Access", n=n))
        return R("serious_violence", c.fmt("{S}, east stairwell"), desc, key="skull fracture",
                 mct=["padlock", "skull fracture", "east stairwell"], tags=["precision_keep", "role_interp"])
    r = R("serious_violence", c.fmt("{S}, east stairwell"), "", key="skull fracture",
          mct=["padlock", "skull fracture", "laceration"], tags=["forbidden_fact", "role_interp"])
    if v == 1:
        L = c.rng.choice(LANGS)
        r["desc"] = join(base, c.fmt(
            "I interpreted the phone call to {F}'s father in {L} at 1:30; he said he will come in tomorrow.\n"
            "{n}, {L} interpreter, OLA", L=L, n=n))
        r["mnc"].append(L)
        r["cats"].append("language")
    else:
        adj, L = c.rng.choice([("Somali", "Somali"), ("Haitian", "Haitian Creole"), ("Brazilian", "Portuguese"),
                               ("Guatemalan", "K'iche'"), ("Afghan", "Dari"), ("Cape Verdean", "Cape Verdean Creole")])
        r["desc"] = join(base, c.fmt("{F} is one of our {adj} students; dad will need a {L} interpreter for the "
                                     "re-entry meeting, and OLA has already been booked.\n-- {n}", adj=adj, L=L, n=short))
        r["mnc"] += [adj, L]
        r["cats"] += ["ethnicity", "language"]
    return r


def s_liaison_locksock(c, v):
    n, short = c.staff("liaison")
    c.set_time(14, 14)
    if v in (0, 2):
        desc = c.fmt(
            "Dismissal, {hm}, at the bottom of the front steps. {F} swung a bike lock on a chain at {O} and hit {O} "
            "across the face. {O} lost two front teeth and has a fractured cheekbone (per mom after the ER). I am the "
            "family liaison and was on the steps doing pick-up; {ap} and I stayed with {O} until EMS came.\n"
            "{n}, Family Liaison, x{ext}", n=n)
        r = R("serious_violence", c.fmt("{S}, front steps"), desc, key="fractured cheekbone",
              mct=["bike lock", "fractured cheekbone", "front steps"], tags=["precision_keep", "role_liaison"])
        if v == 2:
            overlay(c, r, "religion")
            r["tags"][0] = "forbidden_fact"
        return r
    r = R("serious_violence", c.fmt("{S}, front steps"), "", key="fractured cheekbone",
          mct=["bike lock", "fractured cheekbone", "two front teeth"], tags=["forbidden_fact", "role_liaison"])
    lk = leak(c, "religion", 0 if c.male else 2)
    r["desc"] = c.fmt("{hm} dismissal: {F} hit {O} across the face with a bike lock on a chain; two front teeth out and "
                      "a fractured cheekbone. ") + addleak(r, lk) + c.fmt(
        " I called dad and he is coming straight from work.\n{n}", n=short)
    return r


def s_youth_stabbing(c, v):
    n, short = c.staff("youth")
    c.set_time(10, 14)
    if v == 0:
        desc = c.fmt(
            "I was at {SS} to co-lead a mediation between {F} and {O} that {ap} set up. Before it started, at {hm} in the "
            "hallway outside the conference room, {F} stabbed {O} once in the upper arm with a pen knife. {O} was "
            "bleeding a lot; EMS took {O} to the Brigham, where {O} needed surgery. I held pressure until the nurse got "
            "there.\n{n}\nYouth Violence Prevention Worker, Office of Public Safety", n=n)
        return R("serious_violence", c.fmt("{S}, hallway outside conference room"), desc, key="stabbed",
                 mct=["upper arm", "pen knife", "mediation"], weapon=None, tags=["precision_keep", "role_youth"])
    a, b = c.rng.sample(CREWS, 2)
    desc = c.fmt(
        "Mediation was supposed to start at {hm}. {F} ({a}) stabbed {O} ({b}) once in the upper arm with a pen knife in "
        "the hallway before we got into the room. {O} had surgery at the Brigham. This was the thing we were trying to "
        "prevent.\n-- {short}, YVP", a=a, b=b, short=short)
    return R("serious_violence", c.fmt("{S}, hallway outside conference room"), desc, key="stabbed",
             mct=["upper arm", "pen knife", "surgery"], mnc=[a, b], cats=["gang_affiliation"],
             tags=["forbidden_fact", "role_youth", "mixed_sentence"])


def s_newcomer_assault(c, v):
    if v == 0:
        c.use_school(NEWCOMERS)
    n, short = c.staff("newcomer")
    c.set_time(10, 13)
    if v == 0:
        desc = c.fmt(
            "At {hm} in the gym locker room {F} and two others held {O} down and {F} beat {O} with a length of metal "
            "pipe. {O} has a broken forearm and two broken ribs (Carney ER). I am a counselor here at {SS} and {O} came "
            "to me after gym.\n{n}, Counselor, ext. {ext}", n=n)
        return R("serious_violence", c.fmt("{S}, gym locker room"), desc, key="broken forearm",
                 mct=["metal pipe", "broken forearm", "two broken ribs"], tags=["precision_keep", "role_newcomer", "school_name_program"])
    r = R("serious_violence", c.fmt("{S}, gym locker room"), "", key="broken forearm",
          mct=["metal pipe", "broken forearm", "two broken ribs"], tags=["forbidden_fact", "role_newcomer"])
    lk = leak(c, "origin", 1)
    lk2 = leak(c, "status", c.rng.choice([1, 3, 5]))
    r["desc"] = join(c.fmt("Newcomer program counselor. {hm}: {F} and two others held {O} down in the gym locker room "
                           "and {F} beat {O} with a length of metal pipe (broken forearm, two broken ribs)."),
                     addleak(r, lk), addleak(r, lk2), c.fmt("{n}", n=n))
    return r


def s_attend_bottle(c, v):
    n, short = c.staff("attend")
    c.set_time(7, 8)
    if v == 0:
        desc = c.fmt(
            "I was at the corner crossing doing late-arrival sweeps ({SS} side of the street) at {hm} when {F} smashed a "
            "glass bottle over {O}'s head and then cut {O}'s neck with the broken end. EMS took {O} to BMC; 14 stitches, "
            "kept overnight. {sss} detained {F} at the door.\n{n}\nAttendance Officer / Home Visits\next. {ext}", n=n)
        return R("serious_violence", c.fmt("{S}, corner crossing in front of school"), desc, key="14 stitches",
                 mct=["glass bottle", "14 stitches", "broken end"], tags=["precision_keep", "role_attend"])
    dev = c.rng.choice(DEVS)
    desc = c.fmt(
        "{hm}: {F} broke a glass bottle over {O}'s head at the crossing in front of school and cut {O}'s neck with it (14 "
        "stitches, BMC). Both kids live in {dev} and I've done home visits to both units this year; it started over "
        "there last night.\n- {short}, attendance", dev=dev, short=short)
    return R("serious_violence", c.fmt("{S}, crossing in front of school"), desc, key="14 stitches",
             mct=["glass bottle", "14 stitches", "neck"], mnc=[dev], cats=["neighborhood"],
             tags=["forbidden_fact", "role_attend"])


def s_chaplain_chair(c, v):
    n, short = c.staff("chaplain")
    c.set_time(15, 17)
    if v == 0:
        desc = c.fmt(
            "Incident during {program} (after school, {SS} cafeteria) at {hm}. {F} picked up a metal chair and brought it "
            "down on {O}'s arm and shoulder. {O}'s arm is broken in two places (x-ray at Children's). I was the adult in "
            "the room, along with one of our volunteer mentors.\nIn service,\n{n}\nChaplain & Program Director",
            n=n)
        return R("serious_violence", c.fmt("{S}, cafeteria (after-school program)"), desc, key="broken in two places",
                 mct=["metal chair", "broken in two places", "In service"], tags=["precision_keep", "role_chaplain"])
    r = R("serious_violence", c.fmt("{S}, cafeteria (after-school program)"), "", key="broken in two places",
          mct=["metal chair", "broken in two places", "shoulder"], tags=["forbidden_fact", "role_chaplain"])
    lk = leak(c, "religion", 4 if c.male else 1)
    r["desc"] = join(c.fmt("{hm}, {program}: {F} brought a metal chair down on {O}'s arm and shoulder; arm broken in two "
                           "places."), addleak(r, lk), c.fmt("I have asked to be present when {he} is spoken to.\n{n}", n=n))
    return r


def s_transport_bus_assault(c, v):
    n, short = c.staff("transport")
    c.set_time(14, 15)
    bus = c.rng.randint(5, 70)
    if v == 0:
        desc = c.fmt(
            "Bus {bus}, {hm}, still parked in the loop. {F} pushed {O} down the front steps of the bus, then kicked {O} "
            "in the head several times on the pavement. {O} was unresponsive for about a minute; EMS transported. "
            "Orbital fracture per the hospital. Driver and I gave statements to {ap}.\n{n}, Transportation Coordinator",
            bus=bus, n=n)
        return R("serious_violence", c.fmt("{S}, bus loop"), desc, key="orbital fracture",
                 mct=["front steps of the bus", "Orbital fracture", "unresponsive"], tags=["precision_keep", "role_transport"])
    r = R("serious_violence", c.fmt("{S}, bus loop"), "", key="orbital fracture",
          mct=["front steps of the bus", "Orbital fracture", "kicked"], tags=["forbidden_fact", "role_transport"])
    overlay(c, r, "address")
    r["desc"] = c.fmt("Bus {bus} in the loop, {hm}. {F} pushed {O} down the front steps of the bus and kicked {O} in the "
                      "head on the pavement; unresponsive about a minute, Orbital fracture per hospital. I have attached "
                      "{F}'s route record.\n{n}", bus=bus, n=short)
    r["attachments"] = [{"kind": "document", "name": f"Route record bus {bus}.pdf"}]
    return r


# ---------------------------------------------------------------- allow: drugs

def s_newcomer_pills(c, v):
    c.use_school(NEWCOMERS)
    n, short = c.staff("newcomer")
    c.set_time(9, 13)
    base = c.fmt(
        "At {hm} {sss} found a sandwich bag with 22 blue pills stamped \"M 30\" in {F}'s jacket after a teacher saw {him} "
        "handing something to another student in the 3rd floor bathroom line. The pills look like counterfeit "
        "oxycodone; the nurse said these are often pressed fentanyl.")
    if v == 0:
        desc = join(base, c.fmt("I'm {F}'s counselor here at {SS}. {He} told me {he} was paid $40 to bring them in.\n"
                                "{n}, School Counselor, {SS}", n=n))
        return R("drugs", c.fmt("{S}, 3rd floor"), desc, key="fentanyl",
                 mct=["22 blue pills", "M 30", "bathroom line"], substances=["counterfeit oxycodone", "fentanyl"],
                 tags=["precision_keep", "role_newcomer", "school_name_program"])
    r = R("drugs", c.fmt("{S}, 3rd floor"), "", key="fentanyl", mct=["22 blue pills", "M 30", "$40"],
          substances=["counterfeit oxycodone", "fentanyl"], tags=["forbidden_fact", "role_newcomer"])
    if v == 1:
        lk = leak(c, "status", 0)
        r["desc"] = join(base, addleak(r, lk), c.fmt("{He} said {he} was paid $40 to carry them.\n{n}", n=n))
    else:
        r["desc"] = join(base, c.fmt("{He} says {he} was paid $40. {He} is SLIFE (no schooling between age 9 and 15) and "
                                     "reads at a 2nd grade level, so please be careful with any written statement.\n{n}",
                                     n=short))
        r["mnc"].append("SLIFE")
        r["cats"].append("language")
        overlay(c, r, "origin")
    return r


def s_esl_cocaine(c, v):
    n, short = c.staff("esl")
    c.set_time(8, 13)
    if v == 0:
        desc = c.fmt(
            "I teach ELD in room {room}. Between classes at {hm} I saw {F} (not in my class) drop a small bag in the "
            "hallway outside my room and pick it back up. {sss} searched with {ap}: 6 small knotted baggies of white "
            "powder that field-tested positive for cocaine, plus $215 in small bills.\n{n}, ELD teacher, x{ext}", n=n)
        return R("drugs", c.fmt("{S}, hallway outside room {room}"), desc, key="cocaine",
                 mct=["cocaine", "$215", "6 small knotted baggies"], substances=["cocaine"],
                 tags=["precision_keep", "role_esl"])
    lk = leak(c, "language", 1)
    r = R("drugs", c.fmt("{S}, room {room}"), "", key="cocaine",
          mct=["cocaine", "$215", "6 small knotted baggies"], substances=["cocaine"], tags=["forbidden_fact", "role_esl"])
    r["desc"] = c.fmt("{hm}, my room. {F} dropped a bag during independent reading. {sss} and {ap} found 6 small knotted "
                      "baggies of white powder (field test: cocaine) and $215. ") + addleak(r, lk) + c.fmt(" -{n}", n=short)
    return r


def s_para_xanax(c, v):
    n, short = c.staff("para")
    c.set_time(10, 13)
    if v == 0:
        desc = c.fmt(
            "I'm a bilingual paraprofessional on the {gth} grade team. At {hm} I saw {F} take a pill bottle with no "
            "label out of {his} sock in the locker hallway. {ap} searched: 14 white bar-shaped pills marked \"XANAX 2\" "
            "and a small bag of weed. {F} said the bars were for a friend.\n{n}", n=n)
        return R("drugs", c.fmt("{S}, 9th grade locker hallway"), desc, key="Xanax",
                 mct=["14 white bar-shaped pills", "sock", "bilingual paraprofessional"],
                 substances=["alprazolam (Xanax)", "marijuana"], tags=["precision_keep", "role_para", "mixed_substances"])
    nb = c.rng.choice(NEIGHS)
    L = c.rng.choice(LANGS)
    desc = c.fmt(
        "{hm} locker hallway: {F} took an unlabeled pill bottle from {his} sock; {ap} found 14 \"XANAX 2\" bars and some "
        "weed. I called home in {L} for {ap} because mom does not speak English; she says {F} has been hanging around "
        "{nb} after school.\n{n}, para", L=L, nb=nb, n=short)
    return R("drugs", c.fmt("{S}, locker hallway"), desc, key="Xanax", mct=["XANAX 2", "sock", "unlabeled pill bottle"],
             substances=["Xanax", "marijuana"], mnc=[L, nb, "does not speak English"], cats=["language", "neighborhood"],
             tags=["forbidden_fact", "role_para", "mixed_substances", "multi_category"])


def s_bus_oxy(c, v):
    n, short = c.staff("transport")
    c.set_time(7, 8)
    if v == 0:
        desc = c.fmt(
            "The monitor on bus {bus} saw {F} selling pills in the back row during the morning run and held {him} on the "
            "bus at arrival ({hm}). {ap} found an orange prescription bottle with someone else's name on it containing 11 "
            "oxycodone 10 mg tablets.\n{n}\nTransportation Coordinator, {SS}\nPhone ext. {ext}",
            bus=c.rng.randint(2, 90), n=n)
        return R("drugs", c.fmt("{S}, bus arrival area"), desc, key="oxycodone",
                 mct=["oxycodone", "someone else's name", "back row"], substances=["oxycodone"],
                 tags=["precision_keep", "role_transport"])
    r = R("drugs", c.fmt("{S}, bus arrival area"), "", key="oxycodone",
          mct=["oxycodone", "someone else's name", "back row"], substances=["oxycodone"],
          tags=["forbidden_fact", "role_transport"])
    lk = leak(c, "residence", 1)
    r["desc"] = c.fmt("Morning run, {hm}: monitor saw {F} selling pills in the back row. {ap} found a bottle with someone "
                      "else's name on it, 11 oxycodone tablets. ") + addleak(r, lk) + c.fmt(
        " Route change pending.\n{n}", n=short)
    return r


def s_mv_fentanyl(c, v):
    n, short = c.staff("mv")
    c.set_time(9, 14)
    r = R("drugs", c.fmt("{S}, nurse's office"), "", key="fentanyl",
          mct=["fentanyl", "Narcan", "nurse's office"], substances=["fentanyl"], tags=[])
    base = c.fmt(
        "At {hm} {O} collapsed in the nurse's office and {nurse} gave two doses of Narcan; {O} said {F} gave {O_h} "
        "\"blues\" in the bathroom. {sss} found a folded dollar bill with tan powder in {F}'s wallet; a fentanyl "
        "test strip from the nurse's office came back positive.", O_h=c.rng.choice(["him", "her"]))
    if v == 0:
        r["desc"] = join(base, c.fmt("I'm the school's homeless-education liaison and was meeting with the nurse about "
                                     "another matter.\n{n}, McKinney-Vento Liaison", n=n))
        r["tags"] = ["precision_keep", "role_mv"]
    else:
        lk = leak(c, "residence", 3)
        r["desc"] = join(base, c.fmt("{F} is one of my MV students."), addleak(r, lk), c.fmt("--{n}", n=short))
        r["tags"] = ["forbidden_fact", "role_mv"]
    return r


def s_liaison_mdma(c, v):
    n, short = c.staff("liaison")
    c.set_time(12, 14)
    if v == 0:
        desc = c.fmt(
            "Family liaison here; writing because {ap} asked me to sit in on the search at {hm}. {F} had a pill bottle "
            "with 9 pink triangle pills (sold as \"molly\") and a small bag of crystals that {he} said was MDMA. "
            "I called {his} mother with {ap} and set a re-entry meeting for Friday.\n{n}, Family Liaison", n=n)
        return R("drugs", c.fmt("{S}, assistant principal's office"), desc, key="MDMA",
                 mct=["MDMA", "pink triangle pills", "re-entry meeting"], substances=["MDMA"],
                 tags=["precision_keep", "role_liaison"])
    adj, L = c.rng.choice([("Cape Verdean", "Cape Verdean Creole"), ("Haitian", "Haitian Creole"),
                           ("Brazilian", "Portuguese"), ("Vietnamese", "Vietnamese"), ("Somali", "Somali"),
                           ("Dominican", "Spanish"), ("Salvadoran", "Spanish"), ("Eritrean", "Tigrinya")])
    desc = c.fmt(
        "Search at {hm} in {ap}'s office: 9 pink triangle pills (\"molly\") and a small bag of MDMA crystals from {F}'s "
        "bag. I'm the {adj} family liaison, so I made the call home in {L}; mom cried and asked if this would affect their "
        "green card application.\n{n}", adj=adj, L=L, n=short)
    return R("drugs", c.fmt("{S}, assistant principal's office"), desc, key="MDMA",
             mct=["MDMA", "pink triangle pills"], substances=["MDMA"],
             mnc=[adj, L, "green card"], cats=["ethnicity", "language", "immigration_status"],
             tags=["forbidden_fact", "role_liaison", "multi_category"])


def s_attend_meth(c, v):
    n, short = c.staff("attend")
    c.set_time(9, 12)
    if v == 0:
        desc = c.fmt(
            "I brought {F} back to school at {hm} after finding {him} at the bus shelter across from the school during "
            "my morning sweep. When {ap} did the re-entry check, a glass pipe and a baggie of clear crystals (meth, per "
            "{F}) were in {his} coat.\n{n}, Attendance Officer", n=n)
        return R("drugs", c.fmt("{S}, main office"), desc, key="meth",
                 mct=["glass pipe", "clear crystals", "bus shelter across from the school"],
                 substances=["methamphetamine"], tags=["precision_keep", "role_attend"])
    r = R("drugs", c.fmt("{S}, main office"), "", key="meth", mct=["glass pipe", "clear crystals"],
          substances=["methamphetamine"], tags=["forbidden_fact", "role_attend"])
    lk = leak(c, "residence", c.rng.choice([0, 5]))
    r["desc"] = c.fmt("Re-entry check {hm}: glass pipe and baggie of clear crystals (meth, per {F}) in {his} coat. I "
                      "picked {him} up on a home visit this morning. ") + addleak(r, lk) + c.fmt(" -{n}", n=short)
    return r


# ---------------------------------------------------------------- allow: credible threat

def s_chaplain_threat(c, v):
    n, short = c.staff("chaplain")
    c.set_time(15, 17)
    quote = c.rng.choice([
        "I'm bringing my brother's gun Monday and I'm shooting {O} in the face",
        "on Monday I'm coming in with the strap and {O} is done",
        "watch, Friday I bring the gun and light up the cafeteria"])
    quote = c.fmt(quote)
    base = c.fmt(
        "During {program} in the {SS} library at {hm}, {F} told two mentors and me: \"{q}.\" {He} said {his} brother keeps "
        "a pistol in a shoebox. {He} was not joking; {he} repeated it when I asked.", q=quote)
    threat = c.fmt("{F} told staff on {mdy} at {hm}: \"{q}.\" {He} named the target, said where the gun is kept, and "
                   "repeated the statement when asked.", q=quote)
    if v == 0:
        desc = join(base, c.fmt("I reported it to {ap} before leaving.\n{n}\nChaplain, {program}", n=n))
        return R("credible_threat", c.fmt("{S}, library (after-school program)"), desc, key="pistol",
                 mct=["shoebox", "library", "two mentors"], threat=threat,
                 tags=["precision_keep", "role_chaplain"])
    r = R("credible_threat", c.fmt("{S}, library (after-school program)"), "", key="pistol",
          mct=["shoebox", "two mentors"], threat=threat, tags=["forbidden_fact", "role_chaplain"])
    lk = leak(c, "religion", c.rng.choice([0, 2, 3] if v == 1 else [4, 5]))
    r["desc"] = join(base, addleak(r, lk), c.fmt("Reported to {ap}.\n{n}", n=n))
    return r


def s_youth_ig_threat(c, v):
    n, short = c.staff("youth")
    c.set_time(7, 9)
    base = c.fmt("At {hm} a student showed me an Instagram story posted by {F} overnight: a photo of a handgun on a bed "
                 "with the caption \"{cap} tomorrow, 3rd lunch, no more talking.\" ", cap=c.SS.replace("the ", ""))
    threat = c.fmt("Instagram story posted by {F} the night before {mdy}: photo of a handgun with the caption \"{cap} "
                   "tomorrow, 3rd lunch, no more talking.\" Names the school, a time and shows a gun.",
                   cap=c.SS.replace("the ", ""))
    if v == 0:
        desc = base + c.fmt("I'm a youth-violence prevention worker assigned to {SS} two days a week. I screenshotted it "
                            "and brought it to {ap} at {l1}; {F} had not arrived yet.\n{n}", l1=c.later(10), n=n)
        return R("credible_threat", c.fmt("{S}"), desc, key="handgun",
                 mct=["3rd lunch", "no more talking", "screenshotted"], threat=threat,
                 attachments=[{"kind": "document", "name": "IG story screenshot.png"}],
                 tags=["precision_keep", "role_youth"])
    r = R("credible_threat", c.fmt("{S}"), "", key="handgun", mct=["3rd lunch", "no more talking", "screenshotted"],
          threat=threat, tags=["forbidden_fact", "role_youth"],
          attachments=[{"kind": "document", "name": "IG story screenshot.png"}])
    if v == 1:
        crew = c.rng.choice(CREWS)
        r["threat"] = threat + c.fmt(" Posted from the account {F} uses with {crew}.", crew=crew)
        r["mnc"].append(crew)
        r["cats"].append("gang_affiliation")
        r["desc"] = base + c.fmt("I screenshotted it and brought it to {ap}.\n{n}", n=short)
        r["tags"].append("leak_in_threat_statement")
    else:
        lk = leak(c, "gang", c.rng.choice([1, 3, 4]))
        lk2 = leak(c, "residence", 6)
        r["desc"] = base + c.fmt("I screenshotted it. ") + addleak(r, lk) + " " + addleak(r, lk2) + c.fmt(
            "\n-- {n}", n=short)
        r["tags"].append("multi_category")
    return r


def s_interp_note(c, v):
    n, short = c.staff("interp")
    c.set_time(10, 13)
    L = c.rng.choice([x for x in LANGS if x != "Spanish"])
    r = R("credible_threat", c.fmt("{S}, room {room}"), "", key="knife", mct=["Friday", "knife", "bathroom"],
          tags=["forbidden_fact", "role_interp"])
    if v == 0:
        r["desc"] = c.fmt(
            "{ap} asked me to translate a note a teacher found on {F}'s desk at {hm}. It is written in {L}, in {F}'s "
            "handwriting. My translation: \"Friday I bring the knife and {O} bleeds in the bathroom. Nobody will help "
            "him.\" {F} confirmed to me (in {L}) that {he} wrote it.\n{n}, OLA", L=L, n=n)
        r["threat"] = c.fmt("Handwritten note by {F} found {mdy}, translated by OLA: \"Friday I bring the knife and {O} "
                            "bleeds in the bathroom. Nobody will help him.\" {F} admitted writing it.")
        r["mnc"].append(L)
    else:
        r["desc"] = c.fmt(
            "Translation requested by {ap}, {mdy} {hm}. Note found in {F}'s notebook says: \"Friday I bring the knife "
            "and {O} bleeds in the bathroom.\" Original is in {L}.\n{n}, Interpreter", L=L, n=short)
        r["threat"] = c.fmt("Note in {F}'s {L}-language notebook, translated: \"Friday I bring the knife and {O} bleeds "
                            "in the bathroom.\"", L=L)
        r["mnc"].append(L)
        r["tags"].append("leak_in_threat_statement")
    r["cats"].append("language")
    r["mct"] = ["Friday", "knife", "bleeds in the bathroom"]
    return r


def s_attend_homevisit_threat(c, v):
    n, short = c.staff("attend")
    c.set_time(10, 15)
    threat = c.fmt("During a home visit on {mdy}, {F} told the attendance officer that if {O} is in school tomorrow "
                   "{he} will \"stab him in the neck in front of everybody,\" and showed a hunting knife.")
    if v == 0:
        desc = c.fmt("Home-visit team report, {mdy}. At {hm}, during a scheduled attendance home visit, {F} said that if "
                     "{O} is in school tomorrow {he} will \"stab him in the neck in front of everybody\" and showed us a "
                     "hunting knife with a camo handle. We left and called {ap} from the car.\n{n}, Attendance Officer, "
                     "ext. {ext}", n=n)
        return R("credible_threat", c.fmt("off campus, during attendance home visit"), desc, key="hunting knife",
                 mct=["hunting knife", "in front of everybody", "camo handle"], threat=threat,
                 tags=["precision_keep", "role_attend"])
    st = c.rng.choice(STREETS)
    num = c.rng.randint(5, 190)
    desc = c.fmt("Home visit to {num} {st} (3rd floor rear) at {hm}. {F} said if {O} is at school tomorrow {he} will "
                 "\"stab him in the neck in front of everybody\" and held up a hunting knife with a camo handle.\n{n}",
                 num=num, st=st, n=short)
    return R("credible_threat", "off campus, during attendance home visit", desc, key="hunting knife",
             mct=["hunting knife", "in front of everybody", "camo handle"], threat=threat,
             mnc=[st], cats=["neighborhood"], tags=["forbidden_fact", "role_attend"])


def s_liaison_call_threat(c, v):
    n, short = c.staff("liaison")
    c.set_time(9, 15)
    threat = c.fmt("{F}'s mother told the family liaison by phone on {mdy} that {F} said {he} would \"shoot up\" the 2nd "
                   "floor during the pep rally on Friday and that {he} has been asking a cousin for a gun.")
    if v == 0:
        desc = c.fmt("I am the family liaison. At {hm} {F}'s mother called me, upset, and said {F} told {his} little "
                     "brother {he} would \"shoot up\" the 2nd floor during the pep rally Friday and has been asking a "
                     "cousin for a gun. I walked straight to {ap}.\n{n}\nFamily Liaison, {SS}, x{ext}", n=n)
        return R("credible_threat", c.fmt("{S}"), desc, key="pep rally",
                 mct=["pep rally", "asking a cousin for a gun", "family liaison"], threat=threat,
                 tags=["precision_keep", "role_liaison"])
    r = R("credible_threat", c.fmt("{S}"), "", key="pep rally", mct=["pep rally", "asking a cousin for a gun"],
          threat=threat, tags=["forbidden_fact", "role_liaison"])
    lk = leak(c, "language", c.rng.choice([0, 5, 6]))
    lk2 = leak(c, "status", c.rng.choice([2, 5, 7]))
    r["desc"] = join(c.fmt("{hm}: mom called me: {F} told {his} little brother {he} would \"shoot up\" the 2nd floor "
                           "during the pep rally Friday, and has been asking a cousin for a gun."),
                     addleak(r, lk), addleak(r, lk2), c.fmt("Reported to {ap}.\n{n}", n=short))
    return r


def s_esl_journal_threat(c, v):
    n, short = c.staff("esl")
    c.set_time(9, 12)
    threat = c.fmt("Journal entry by {F}, found {mdy}: a list of five students headed \"Kill list - last day\" with "
                   "\"I will bring my uncle's rifle\" underneath; {O} is first on the list.")
    if v == 0:
        desc = c.fmt("I co-teach 10th grade English with the ESL team (I'm the ESL push-in teacher). At {hm}, reading "
                     "journals, I found a page in {F}'s journal headed \"Kill list - last day\" with five names, {O} "
                     "first, and \"I will bring my uncle's rifle\" underneath. Gave it to {ap} immediately.\n{n}", n=n)
        return R("credible_threat", c.fmt("{S}, room {room}"), desc, key="rifle",
                 mct=["Kill list", "uncle's rifle", "ESL push-in teacher"], threat=threat,
                 tags=["precision_keep", "role_esl"])
    r = R("credible_threat", c.fmt("{S}, room {room}"), "", key="rifle", mct=["Kill list", "uncle's rifle"],
          threat=threat, tags=["forbidden_fact", "role_esl"])
    lk = leak(c, "origin", 4)
    r["desc"] = c.fmt("{hm}: {F}'s dialogue journal (ELD 3 section) has a page \"Kill list - last day\" with five names, "
                      "{O} first, and \"I will bring my uncle's rifle\". ") + addleak(r, lk) + c.fmt(" To {ap}.\n{n}", n=short)
    r["mnc"].append("ELD 3 section")
    r["cats"].append("language")
    return r


def s_newcomer_threat(c, v):
    n, short = c.staff("newcomer")
    c.set_time(10, 14)
    if v == 0:
        c.use_school(NEWCOMERS)
    threat = c.fmt("{F} told {his} counselor on {mdy}: \"if they touch me again I bring the machete from home and cut "
                   "them, I swear\"; {he} named {O} and {O2} as the targets.")
    if v == 0:
        desc = c.fmt("Counselor note, {SS}. {hm}, my office. {F} told me, calmly: \"if they touch me again I bring "
                     "the machete from home and cut them, I swear,\" and named {O} and {O2} as the ones {he} meant. {He} described the machete "
                     "(long, kept under the bed). Safety plan started with {ap}.\n{n}", n=n)
        return R("credible_threat", c.fmt("{S}, counseling office"), desc, key="machete",
                 mct=["machete", "under the bed", "Safety plan"], threat=threat,
                 tags=["precision_keep", "role_newcomer"])
    r = R("credible_threat", c.fmt("{S}, counseling office"), "", key="machete", mct=["machete", "under the bed"],
          threat=threat, tags=["forbidden_fact", "role_newcomer"])
    lk = leak(c, "status", c.rng.choice([3, 6]))
    country, adj = c.rng.choice(ORIGINS)
    r["desc"] = c.fmt("{hm}, my office. {F} said \"if they touch me again I bring the machete from home and cut them, "
                      "I swear,\" naming {O} and {O2}, the two {adj} boys who have been taking {his} lunch. Machete is "
                      "kept under the bed. ", adj=adj) + addleak(r, lk) + c.fmt("\n{n}", n=short)
    r["mnc"].append(adj)
    r["cats"].append("ethnicity")
    return r


# ---------------------------------------------------------------- deny scenarios

def d_esl_fight(c, v):
    n, short = c.staff("esl")
    c.set_time(9, 14)
    base = c.fmt("At {hm} outside room {room} {F} and {O} pushed each other and traded a couple of punches before I got "
                 "between them. No injuries beyond a scratch on {O}'s cheek; nurse cleaned it.")
    r = R("fight", c.fmt("{S}, outside room {room}"), "", decision="deny", reason="ground_not_permitted",
          tags=["role_esl", "deny_ground"])
    if v == 0:
        r["desc"] = join(base, c.fmt("I was at the ESL office door at the time.\n{n}, ESL Department", n=n))
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "origin", 2 if v == 1 else 3)
        r["desc"] = join(base, addleak(r, lk), c.fmt("{n}", n=short))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_para_vape(c, v):
    n, short = c.staff("para")
    c.set_time(9, 14)
    r = R("drugs", c.fmt("{S}, 2nd floor girls' bathroom" if not c.male else "{S}, 2nd floor boys' bathroom"), "",
          decision="deny", reason="excluded_substance", substances=["vape (unknown contents)"],
          tags=["role_para", "deny_substance"])
    base = c.fmt("At {hm} I walked into the bathroom and {F} was hitting a vape (blue, disposable). I took it to {ap}. "
                 "We do not know what is in it.")
    if v == 0:
        r["desc"] = join(base, c.fmt("-- {n}, bilingual para", n=short))
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "language", 3)
        r["desc"] = join(base, addleak(r, lk), c.fmt("-- {n}", n=short))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_liaison_truancy(c, v):
    n, short = c.staff("liaison")
    c.set_time(8, 10)
    r = R("truancy", c.fmt("{S}"), "", decision="deny", reason="ground_not_permitted",
          tags=["forbidden_fact", "role_liaison", "deny_ground"])
    lk = leak(c, "residence", 2 if v == 0 else 3)
    lk2 = leak(c, "language", 0)
    r["desc"] = join(c.fmt("{F} has missed 23 days since January. I have called home eleven times."),
                     addleak(r, lk), addleak(r, lk2),
                     c.fmt("Asking for a police wellness check at the address.\n{n}, Family Liaison", n=n))
    return r


def d_newcomer_status(c, v):
    n, short = c.staff("newcomer")
    c.set_time(9, 14)
    r = R("welfare_check" if v == 0 else "records_request", c.fmt("{S}"), "", decision="deny",
          reason="ground_not_permitted", tags=["forbidden_fact", "role_newcomer", "deny_ground"])
    if v == 0:
        lk = leak(c, "status", c.rng.choice([0, 5, 7]))
        lk2 = leak(c, "origin", 0)
        r["desc"] = join(c.fmt("{F} has not been in school for a week and a classmate says the family may have moved "
                               "out of state."), addleak(r, lk2), addleak(r, lk),
                         c.fmt("Can someone check on them?\n{n}", n=n))
    else:
        r["desc"] = c.fmt("An officer called asking whether {F} is enrolled and what {his} visa status is. For the "
                          "record {he} is on a pending asylum application and arrived from Guatemala in March. Sending "
                          "what we have.\n{n}", n=short)
        r["mnc"] += ["visa status", "asylum", "Guatemala"]
        r["cats"] += ["immigration_status", "national_origin"]
    return r


def d_youth_gangactivity(c, v):
    n, short = c.staff("youth")
    c.set_time(10, 15)
    a, b = c.rng.sample(CREWS, 2)
    r = R(["gang_activity", "gang_intelligence", "suspicious_behavior"][v], c.fmt("{S}"), "", decision="deny",
          reason="ground_not_permitted", tags=["forbidden_fact", "role_youth", "deny_ground"])
    if v == 0:
        r["desc"] = c.fmt("{F} and {O} were throwing {a} signs in the courtyard at lunch ({hm}) and posting "
                          "disses at {b}. No weapons seen, no fight. Flagging for awareness.\n{n}", a=a, b=b, n=short)
        r["mnc"] += [a, b]
    elif v == 1:
        dev = c.rng.choice(DEVS)
        r["desc"] = c.fmt("Sharing my outreach list: {F} ({a}), {O} ({a}), {O2} ({b}). All three hang out at {dev}. "
                          "Nothing specific happened; just so district knows who is who.\n{n}", a=a, b=b, dev=dev, n=n)
        r["mnc"] += [a, b, dev]
        r["cats"].append("neighborhood")
    else:
        r["desc"] = c.fmt("{F} has been wearing {a} colors and hanging at the back door with older kids who are not "
                          "students. Nothing happened that I saw. {hm}.\n{n}", a=a, n=short)
        r["mnc"].append(a)
    r["cats"].insert(0, "gang_affiliation")
    return r


def d_youth_bric(c, v):
    n, short = c.staff("youth")
    c.set_time(10, 14)
    crew = c.rng.choice(CREWS)
    r = R("weapon", c.fmt("{S}, 1st floor hallway"), "", decision="deny", reason="recipient_not_permitted",
          weapon="knife", recipient="bric" if v == 0 else "bric/gang-unit",
          tags=["forbidden_fact", "role_youth", "deny_recipient"])
    r["desc"] = c.fmt("{hm}: {sss} took a folding knife from {F}'s waistband in the 1st floor hallway. {F} is {crew} and "
                      "I want BRIC to have it for their file.\n{n}", crew=crew, n=short)
    r["mnc"].append(crew)
    r["cats"].append("gang_affiliation")
    return r


def d_transport_face(c, v):
    n, short = c.staff("transport")
    c.set_time(7, 8)
    bus = c.rng.randint(4, 80)
    r = R("weapon", c.fmt("{S}, bus {bus}", bus=bus), "", decision="deny", reason="face_surveillance",
          weapon="knife", tags=["role_transport", "deny_face"])
    score = f"{c.rng.randint(91, 99)}.{c.rng.randint(1, 9)}%"
    if v == 0:
        r["desc"] = c.fmt("A knife was found under seat 9 on bus {bus} after the morning run ({hm}). The bus camera "
                          "vendor ran its face-matching tool on the footage and it matched {F} at {score}. Match "
                          "report attached.\n{n}, Transportation", bus=bus, score=score, n=short)
        r["attachments"] = [{"kind": "face_match", "name": f"vendor_face_match_bus{bus}.pdf"}]
        r["mnc"].append(score)
        r["tags"].insert(0, "face_only")
    else:
        st = c.rng.choice(STREETS)
        r["desc"] = c.fmt("Knife found under a seat on bus {bus} ({hm}). Face recognition from the camera vendor "
                          "identified {F} ({score} similarity), who boards at the {st} stop by {his} house.\n{n}",
                          bus=bus, score=score, st=st, n=short)
        r["attachments"] = [{"kind": "photo", "name": f"bus{bus}_still.jpg"},
                            {"kind": "face_match", "name": "similarity_report.pdf"}]
        r["mnc"] += [score, st]
        r["cats"].append("neighborhood")
        r["tags"].insert(0, "forbidden_fact")
    r["cats"].insert(0, "face_surveillance")
    return r


def d_attend_no_statement(c, v):
    n, short = c.staff("attend")
    c.set_time(9, 14)
    r = R("credible_threat", c.fmt("{S}"), "", decision="deny", reason="missing_threat_statement",
          tags=["role_attend", "deny_threat_missing"])
    if v == 0:
        r["desc"] = c.fmt("Attendance officer. {F} came back from a 9-day absence at {hm} and told the front desk \"you'll "
                          "see what happens.\" Reporting to be safe.\n{n}", n=n)
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "residence", 0)
        r["desc"] = join(c.fmt("{F} told a classmate at {hm} {he} \"might do something\" to {O}."), addleak(r, lk),
                         c.fmt("I'll go by the house again.\n{n}", n=short))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_interp_alcohol(c, v):
    n, short = c.staff("interp")
    c.set_time(10, 14)
    r = R("drugs", c.fmt("{S}, room {room}"), "", decision="deny", reason="excluded_substance",
          substances=["alcohol"] if v == 0 else ["vodka", "beer"], tags=["role_interp", "deny_substance"])
    if v == 0:
        r["desc"] = c.fmt("I was interpreting for a parent conference next door when {ap} found three nip bottles of "
                          "vodka in {F}'s backpack at {hm}. {F} had been drinking.\n{n}, Interpreter, OLA", n=n)
        r["tags"].insert(0, "precision_keep")
    else:
        L = c.rng.choice(LANGS)
        r["desc"] = c.fmt("I interpreted for {F}'s mother in {L} after {ap} found nip bottles of vodka and a can of beer "
                          "in {F}'s bag at {hm}.\n{n}, {L} interpreter", L=L, n=short)
        r["mnc"].append(L)
        r["cats"].append("language")
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_chaplain_bb(c, v):
    n, short = c.staff("chaplain")
    c.set_time(15, 17)
    gun = "BB gun" if v == 0 else "airsoft pistol"
    r = R("weapon", c.fmt("{S}, gym (after-school program)"), "", decision="deny", reason="other",
          weapon=gun, tags=["role_chaplain", "deny_replica"])
    base = c.fmt("At {hm} during {program} {F} showed a black {gun} to other kids in the gym; it looks real. It was not "
                 "pointed at anyone. Staff took it.", gun=gun)
    if v == 0:
        r["desc"] = join(base, c.fmt("{n}, Chaplain", n=n))
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "religion", c.rng.choice([0, 2, 3]))
        r["desc"] = join(base, addleak(r, lk), c.fmt("{n}", n=n))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_esl_theft(c, v):
    n, short = c.staff("esl")
    c.set_time(9, 14)
    r = R("theft", c.fmt("{S}, room {room}"), "", decision="deny", reason="ground_not_permitted",
          tags=["role_esl", "deny_ground"])
    if v == 0:
        r["desc"] = c.fmt("Two Chromebooks went missing from the ESL cart in room {room} at {hm}; {F} was seen leaving "
                          "with a bag. One was recovered from {his} locker.\n{n}, ESL", n=short)
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "language", 4)
        r["desc"] = c.fmt("Chromebooks missing from my ELD cart ({hm}); one found in {F}'s locker. ") + addleak(r, lk) + \
            c.fmt(" {n}", n=short)
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_newcomer_ice(c, v):
    n, short = c.staff("newcomer")
    c.set_time(10, 13)
    r = R("weapon", c.fmt("{S}, main office"), "", decision="deny", reason="recipient_not_permitted",
          weapon="knife", recipient="ice/ero-boston", tags=["forbidden_fact", "role_newcomer", "deny_recipient"])
    r["desc"] = c.fmt("{F} had a paring knife in {his} backpack at {hm}; {ap} took it. The officer asked us to copy this "
                      "to the federal partner because {F} is undocumented.\n{n}", n=short)
    r["mnc"].append("undocumented")
    r["cats"].append("immigration_status")
    return r


def d_youth_graffiti(c, v):
    n, short = c.staff("youth")
    c.set_time(7, 9)
    crew = c.rng.choice(CREWS)
    r = R("vandalism", c.fmt("{S}, back stairwell"), "", decision="deny", reason="ground_not_permitted",
          tags=["forbidden_fact", "role_youth", "deny_ground"])
    if v == 0:
        r["desc"] = c.fmt("{F} was seen on camera tagging the back stairwell at {hm} with \"{crew}\" in red paint. It is "
                          "{his} crew.\n{n}", crew=crew, n=short)
        r["mnc"].append(crew)
        r["cats"].append("gang_affiliation")
    else:
        dev = c.rng.choice(DEVS)
        r["desc"] = c.fmt("Fresh tags in the back stairwell at {hm}: \"{crew}\" and \"{dev} 4 life\". {F} was caught with "
                          "the paint marker.\n{n}, YVP", crew=crew, dev=dev, n=short)
        r["mnc"] += [crew, dev]
        r["cats"] += ["gang_affiliation", "neighborhood"]
    return r


def d_weed(c, v):
    role = "mv" if v == 0 else "liaison"
    n, short = c.staff(role)
    c.set_time(9, 14)
    subs = ["THC edibles", "THC cartridge"] if v == 0 else ["marijuana", "nicotine pouches"]
    r = R("drugs", c.fmt("{S}, 1st floor"), "", decision="deny", reason="excluded_substance", substances=subs,
          tags=["role_" + role, "deny_substance"])
    if v == 0:
        r["desc"] = c.fmt("{ap} found a bag of THC gummies and a THC vape cartridge in {F}'s backpack at {hm}. I'm the "
                          "McKinney-Vento liaison and was helping with the bag check.\n{n}", n=n)
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "residence", c.rng.choice([1, 3, 5]))
        r["desc"] = join(c.fmt("{hm}: weed and a tin of nicotine pouches in {F}'s jacket."), addleak(r, lk),
                         c.fmt("Called home.\n{n}, Family Liaison", n=short))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_assault_ground(c, v):
    n, short = c.staff("para")
    c.set_time(10, 14)
    r = R("assault", c.fmt("{S}, hallway"), "", decision="deny", reason="ground_not_permitted",
          tags=["forbidden_fact", "role_para", "deny_ground"])
    country, adj = c.rng.choice(ORIGINS)
    r["desc"] = c.fmt("{hm}: {F} slapped {O} in the hallway; no injury. {O}'s family told me in Spanish that they are "
                      "{adj} and think it was about that.\n{n}", adj=adj, n=short)
    r["mnc"] += ["Spanish", adj]
    r["cats"] += ["language", "ethnicity"]
    return r


def d_liaison_trespass(c, v):
    n, short = c.staff("liaison")
    c.set_time(12, 15)
    r = R("trespass", c.fmt("{S}, side door"), "", decision="deny", reason="ground_not_permitted",
          tags=["role_liaison", "deny_ground"])
    if v == 0:
        r["desc"] = c.fmt("{F}, who was withdrawn in March, came in through the side door at {hm} to see friends. The "
                          "family liaison walked {him} out; no trouble.\n{n}", n=short)
        r["tags"].insert(0, "precision_keep")
    else:
        lk = leak(c, "residence", 6)
        lk2 = leak(c, "origin", 1)
        r["desc"] = join(c.fmt("{F} (withdrawn) came in the side door at {hm}."), addleak(r, lk2), addleak(r, lk),
                         c.fmt("{n}", n=short))
        r["tags"].insert(0, "forbidden_fact")
    return r


def d_cfc(c, v):
    n, short = c.staff("attend")
    c.set_time(9, 13)
    r = R("drugs", c.fmt("{S}, main office"), "", decision="deny", reason="recipient_not_permitted",
          substances=["cocaine"], recipient="commonwealth-fusion-center",
          tags=["forbidden_fact", "role_attend", "deny_recipient"])
    lk = leak(c, "residence", 1)
    r["desc"] = join(c.fmt("{ap} found two baggies of cocaine in {F}'s coat at {hm}."), addleak(r, lk),
                     c.fmt("Sending to the fusion center as requested.\n{n}", n=short))
    return r


# ----------------------------------------------------------------------------- schedule
# (function, variants to run)
SCHEDULE = [
    (s_esl_knife, [0, 1, 2]), (s_liaison_spray, [0, 1, 2]), (s_mv_taser, [0, 1, 2]),
    (s_bus_boxcutter, [0, 1, 2]), (s_youth_gun, [0, 1, 2]), (s_attend_knuckles, [0, 1, 2]),
    (s_interp_razor, [0, 1]), (s_newcomer_locker, [0, 1]), (s_chaplain_baton, [0, 1]),
    (s_eld_gun_tip, [0, 1]), (s_homevisit_stungun, [0, 1]), (s_para_lunchbox, [0, 1]),
    (s_youth_gun_shelter, [0, 1]), (s_transport_mace, [0, 1, 2]), (s_newcomer_knife2, [0, 1]),
    (s_para_cafeteria, [0, 1, 2]), (s_interp_stairwell, [0, 1, 2]), (s_liaison_locksock, [0, 1, 2]),
    (s_youth_stabbing, [0, 1]), (s_newcomer_assault, [0, 1]), (s_attend_bottle, [0, 1]),
    (s_chaplain_chair, [0, 1]), (s_transport_bus_assault, [0, 1]),
    (s_newcomer_pills, [0, 1, 2]), (s_esl_cocaine, [0, 1]), (s_para_xanax, [0, 1]), (s_bus_oxy, [0, 1]),
    (s_mv_fentanyl, [0, 1]), (s_liaison_mdma, [0, 1]), (s_attend_meth, [0, 1]),
    (s_chaplain_threat, [0, 1, 2]), (s_youth_ig_threat, [0, 1, 2]), (s_interp_note, [0, 1]),
    (s_attend_homevisit_threat, [0, 1]), (s_liaison_call_threat, [0, 1]), (s_esl_journal_threat, [0, 1]),
    (s_newcomer_threat, [0, 1]),
    (d_esl_fight, [0, 1, 2]), (d_para_vape, [0, 1]), (d_liaison_truancy, [0, 1]), (d_newcomer_status, [0, 1]),
    (d_youth_gangactivity, [0, 1, 2]), (d_youth_bric, [0, 1]), (d_transport_face, [0, 1]),
    (d_attend_no_statement, [0, 1]), (d_interp_alcohol, [0, 1]), (d_chaplain_bb, [0, 1]), (d_esl_theft, [0, 1]),
    (d_newcomer_ice, [0]), (d_youth_graffiti, [0, 1]), (d_weed, [0, 1]), (d_assault_ground, [0]),
    (d_liaison_trespass, [0, 1]), (d_cfc, [0]),
]


def build(rng, fn, v):
    c = Ctx(rng)
    r = fn(c, v)
    stu = {"student_id": c.sid, "name": c.N, "date_of_birth": c.dob.isoformat(), "grade": c.g, "school": c.S}
    harmless = rng.choice(HARMLESS)(c, rng)
    for k, val in harmless.items():
        stu.setdefault(k, val)
    stu.update(r["extra"])
    req = {"request_id": None, "school_id": c.school_id, "recipient": r["recipient"] or c.recipient,
           "ground": r["ground"]}
    if r["substances"]:
        req["substances"] = r["substances"]
    if r["weapon"]:
        req["weapon"] = r["weapon"]
    if r["threat"]:
        req["threat_statement"] = r["threat"]
    desc = re.sub(r"([A-Z]\.[A-Z]\.)\.", r"\1", r["desc"])
    if r["threat"]:
        req["threat_statement"] = re.sub(r"([A-Z]\.[A-Z]\.)\.", r"\1", r["threat"])
    req["incident"] = {"occurred_at": c.occurred, "location": r["location"], "description": desc}
    req["student"] = stu
    if r["attachments"]:
        req["attachments"] = r["attachments"]
    allow = r["decision"] == "allow"
    mnc = []
    for s in r["mnc"]:
        if s not in mnc:
            mnc.append(s)
    cats = []
    for k in r["cats"]:
        if k not in cats:
            cats.append(k)
    tags = [TAG] + [t for t in r["tags"]]
    tags.append(("allow_" if allow else "deny_") + ("forbidden" if cats else "clean"))
    exp = {"decision": r["decision"]}
    if not allow:
        exp["reason"] = r["reason"]
    exp.update({"must_not_contain": mnc,
                "must_contain": [c.N, c.S, r["key"]] if allow else [],
                "must_contain_text": r["mct"] if allow else [],
                "categories": cats,
                "tags": list(dict.fromkeys(tags))})
    return req, exp


def main():
    rng = random.Random(SEED)
    jobs = [(fn, v) for fn, vs in SCHEDULE for v in vs]
    assert len(jobs) == N_CASES, len(jobs)
    rng.shuffle(jobs)
    lines = []
    for i, (fn, v) in enumerate(jobs, 1):
        cid = f"{PREFIX}-{i:04d}"
        req, exp = build(rng, fn, v)
        req["request_id"] = cid
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
