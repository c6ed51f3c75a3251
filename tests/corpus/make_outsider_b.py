#!/usr/bin/env python3
"""Outside corpus B for the gatekeeper: SIS exports, multilingual reports, obfuscated mentions and
mixed-precision reports.  Standard library only; deterministic for a given SEED.

Written from RULES.md / CONTRACT.md only.  Every description is assembled from hand-written pieces;
a forbidden piece is an F span (its text, its category, the canaries that reveal it).  Before a case
is kept, the generator builds the "ideal police copy" (every F span replaced by [WITHHELD], every
non-allowlisted student field dropped) and checks that no canary survives in it, that every fact the
case expects to survive does survive, and that no canary sits in the fixed notice.  A case whose
random pieces collide is drawn again.

usage: python3 make_corpus_b.py [OUT]   (default: corpus_b.jsonl beside this file)
"""
import datetime as dt
import json
import pathlib
import random
import sys
import unicodedata

SEED = 20260307
N_PER_FAMILY = {"sis_export": 52, "multilingual": 50, "obfuscated": 50, "mixed_precision": 50}
DENY_SHARE = 0.25

HERE = pathlib.Path(__file__).resolve().parent
OUT = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "data" / "corpus" / "outsider_b.jsonl"
_notice_path = pathlib.Path("/work/shared/tools/NOTICE.txt")
NOTICE = _notice_path.read_text(encoding="utf-8") if _notice_path.exists() else (
    "Boston City Code 16-63 forbids its sharing with the Boston Regional Intelligence Center, any gang "
    "database, or any federal agency.")


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


class Conflict(Exception):
    pass


class F:
    """A forbidden span of free text."""

    def __init__(self, text, cat, canaries):
        self.text, self.cat = text, cat
        self.canaries = [c for c in canaries if c]
        for c in self.canaries:
            if fold(c) not in fold(text):
                raise ValueError(f"canary {c!r} not in {text!r}")


def render(parts):
    """parts: list of str | F  ->  (text, clean text, categories, canaries)"""
    full, clean, cats, cans = [], [], [], []
    for p in parts:
        if isinstance(p, F):
            full.append(p.text)
            clean.append("[WITHHELD]")
            cats.append(p.cat)
            cans.extend(p.canaries)
        else:
            full.append(p)
            clean.append(p)
    return "".join(full), "".join(clean), cats, cans


# ----------------------------------------------------------------------------------------------
# schools, people, places
# ----------------------------------------------------------------------------------------------

SCHOOLS = [  # name, school_id, grades, streets around the building (legitimate incident locations)
    ("Boston Latin Academy", "BPS-4013", (7, 12), ["Townsend St", "Humboldt Ave"]),
    ("Madison Park Technical Vocational High School", "BPS-4051", (9, 12), ["Malcolm X Blvd", "Shawmut Ave"]),
    ("East Boston High School", "BPS-4082", (9, 12), ["White St", "Marion St"]),
    ("Jeremiah E. Burke High School", "BPS-4104", (9, 12), ["Washington St", "Columbia Rd"]),
    ("English High School", "BPS-4127", (9, 12), ["McBride St", "Washington St"]),
    ("Excel High School", "BPS-4146", (9, 12), ["G St", "East Broadway"]),
    ("Brighton High School", "BPS-4158", (9, 12), ["Warren St", "Cambridge St"]),
    ("TechBoston Academy", "BPS-4173", (6, 12), ["Peacevale Rd", "Washington St"]),
    ("Mission Hill K-8", "BPS-4199", (6, 8), ["Alleghany St", "Parker St"]),
    ("John D. O'Bryant School", "BPS-4215", (7, 12), ["Malcolm X Blvd", "Tremont St"]),
    ("Charlestown High School", "BPS-4233", (9, 12), ["Medford St", "Bunker Hill St"]),
    ("Snowden International School", "BPS-4256", (9, 12), ["Newbury St", "Hereford St"]),
    ("Boston Community Leadership Academy", "BPS-4271", (9, 12), ["Metropolitan Ave", "River St"]),
    ("Dearborn STEM Academy", "BPS-4288", (6, 12), ["Winthrop St", "Warren St"]),
    ("New Mission High School", "BPS-4302", (9, 12), ["Metropolitan Ave", "Hyde Park Ave"]),
    ("Boston Arts Academy", "BPS-4317", (9, 12), ["Ipswich St", "Boylston St"]),
    ("Henderson K-12 Inclusion School", "BPS-4334", (6, 12), ["Croftland Ave", "Dorchester Ave"]),
    ("Lyon High School", "BPS-4350", (9, 12), ["Lyon St", "Dudley St"]),
    ("McCormack Middle School", "BPS-4366", (6, 8), ["Mount Vernon St", "Columbia Point"]),
    ("Rafael Hernández K-8 School", "BPS-4381", (6, 8), ["Atherton St", "Columbus Ave"]),
    ("Young Achievers Science and Mathematics K-8 School", "BPS-4397", (6, 8), ["Walk Hill St", "Harvard St"]),
    ("Margarita Muñiz Academy", "BPS-4412", (9, 12), ["Day St", "Centre St"]),
]

FIRST_M = ["Adilson", "Keyshawn", "Tuan", "Dmitri", "Jaylen", "Lucas", "Omar", "Mateus", "Kervens", "Abdirahman",
           "Bryan", "Danilo", "Elijah", "Fabio", "Gustavo", "Hakeem", "Isaiah", "Jonah", "Khalil", "Liam",
           "Marcus", "Nelson", "Osvaldo", "Pedro", "Quentin", "Rashad", "Samuel", "Thiago", "Wesley", "Yusuf",
           "Zion", "Anderson", "Cristian", "Dwayne", "Evens", "Minh", "Wei", "Ivan", "Mohamed", "Jayden"]
FIRST_F = ["Widlyne", "Mariana", "Hodan", "Yasmin", "Nia", "Anh", "Mei", "Fatima", "Ariana", "Bianca",
           "Camila", "Daniela", "Esther", "Fernanda", "Gabrielle", "Imani", "Jocelyn", "Kiara", "Leticia",
           "Makayla", "Naomi", "Odalys", "Priscila", "Rosalind", "Stephanie", "Tatiana", "Valeria", "Xiomara",
           "Yanelis", "Zainab", "Ngoc", "Ling", "Olga", "Sagal", "Denise", "Taliyah", "Kayla", "Jessenia"]
LAST = ["Fontes", "Pierre", "Nguyen", "Warsame", "Ortiz", "Barros", "Tran", "Lopes", "Jean-Louis", "Mohamud",
        "Volkov", "Chen", "Reyes", "Brooks", "Coleman", "Rosario", "Tavares", "Andrade", "Baptiste", "Duarte",
        "Gomes", "Hassan", "Liang", "Morales", "Walsh", "O'Neill", "Murphy", "Kowalski", "Delgado", "Etienne",
        "Figueroa", "Grant", "Hughes", "Ibrahim", "Jenkins", "Kamara", "Lindo", "Monteiro", "Noel", "Okafor",
        "Pham", "Quiñones", "Ramos", "Semedo", "Toussaint", "Vasquez", "Whitfield", "Yusuf", "Zayas", "Cardoso"]
STAFF = ["SSS Kane", "SSS Mbatha", "SSS Hanley", "SSS Correia", "SSS Dwyer", "AP Dorsey", "AP Lemieux",
         "AP Rivera-Cole", "Dean Albanese", "Dean Whitaker", "Nurse Fitzgerald", "Nurse Obi", "Mr. Castellano",
         "Ms. Thibodeau", "Ms. Abernathy", "Mr. Osei", "Coach Delaney", "Ms. Kearney", "Mr. Sandoval"]
COLORS = ["red", "black", "orange", "green", "blue", "silver", "camo", "yellow", "purple", "gray"]
SPOTS = ["the third-floor boys' bathroom", "second-floor stairwell B", "the cafeteria near the lunch line", "the main lobby",
         "the gym locker room", "the library computer lab", "the hallway outside room 214", "auto shop bay 2",
         "the fourth-floor landing by the science labs", "the front vestibule", "the band room", "room 118",
         "the east stairwell between floors 1 and 2", "the girls' bathroom on the first floor", "the weight room",
         "the bus line at the side exit", "the courtyard behind the cafeteria", "the hallway outside the guidance office",
         "room 306 (Algebra II)", "the auditorium balcony", "the culinary arts kitchen", "room 221 (Biology)",
         "the second-floor computer lab", "the stairwell by the nurse's office", "the locker bank outside room 140"]
WITNESS = ["C.F.", "J.M.", "T.R.", "A.B.", "K.L.", "M.S.", "R.W.", "D.P.", "S.G.", "N.H.", "E.V.", "L.O.", "B.K."]


def pron(g):
    return {"m": dict(sub="he", obj="him", pos="his", Sub="He", Pos="His"),
            "f": dict(sub="she", obj="her", pos="her", Sub="She", Pos="Her")}[g]


def school_day(rng):
    while True:
        if rng.random() < 0.3:
            d = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 160))
        else:
            d = dt.date(2025, 9, 8) + dt.timedelta(days=rng.randrange(0, 277))
        if d.weekday() >= 5:
            continue
        if (dt.date(2025, 2, 17) <= d <= dt.date(2025, 2, 21) or dt.date(2025, 4, 21) <= d <= dt.date(2025, 4, 25)
                or dt.date(2025, 6, 20) <= d <= dt.date(2025, 9, 5)
                or dt.date(2025, 12, 24) <= d <= dt.date(2026, 1, 2)
                or dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20) or dt.date(2026, 4, 20) <= d <= dt.date(2026, 4, 24)
                or d > dt.date(2026, 6, 12)):
            continue
        return d


def offset(d):
    dst = {2025: (dt.date(2025, 3, 9), dt.date(2025, 11, 2)), 2026: (dt.date(2026, 3, 8), dt.date(2026, 11, 1))}
    a, b = dst[d.year]
    return "-04:00" if a <= d < b else "-05:00"


def clock(rng):
    m = rng.randrange(7 * 60 + 20, 15 * 60 + 30)
    return m // 60, m % 60


def fmt_time(h, m, style):
    h12 = h if h <= 12 else h - 12
    ap = "AM" if h < 12 else "PM"
    if style == 0:
        return f"{h12}:{m:02d} {ap}"
    if style == 1:
        return f"{h12}:{m:02d}{ap[0].lower()}"
    return f"{h:02d}{m:02d}"


class Ctx:
    def __init__(self, rng, school=None, grade=None):
        self.rng = rng
        s = school or rng.choice(SCHOOLS)
        self.school, self.school_id, grades, self.streets = s
        self.grade = grade or rng.randint(*grades)
        self.g = rng.choice("mf")
        self.p = pron(self.g)
        self.first = rng.choice(FIRST_M if self.g == "m" else FIRST_F)
        self.last = rng.choice(LAST)
        self.name = f"{self.first} {self.last}"
        self.sid = str(rng.randrange(100000, 400000))
        self.day = school_day(rng)
        self.h, self.m = clock(rng)
        self.tstyle = rng.randrange(3)
        self.time = fmt_time(self.h, self.m, self.tstyle)
        self.spot = rng.choice(SPOTS)
        self.spot_bare = self.spot[4:] if self.spot.startswith("the ") else self.spot
        self.staff = rng.sample(STAFF, 3)
        self.wit = rng.choice(WITNESS)
        self.color = rng.choice(COLORS)
        sy = self.day.year if self.day.month >= 8 else self.day.year - 1
        by = sy - self.grade - 6 + (1 if rng.random() < 0.8 else 0)
        self.dob = dt.date(by, rng.randint(1, 12), rng.randint(1, 28)).isoformat()

    @property
    def occurred_at(self):
        return f"{self.day.isoformat()}T{self.h:02d}:{self.m:02d}:00{offset(self.day)}"

    def student(self):
        return {"student_id": self.sid, "name": self.name, "date_of_birth": self.dob, "grade": self.grade,
                "school": self.school}


# ----------------------------------------------------------------------------------------------
# incident cores, by ground.  Each returns dict(parts=[...sentences as lists of parts...], key=...,
# facts=[...], extra request fields)
# ----------------------------------------------------------------------------------------------

WEAPONS = [  # weapon field, phrase, key fact (substring of phrase)
    ("knife", "a folding knife with a {color} handle and a locking 3-inch blade", "folding knife"),
    ("knife", "a kitchen knife wrapped in a paper towel", "kitchen knife"),
    ("box cutter", "a {color} box cutter with the blade extended", "box cutter"),
    ("razor blade", "two loose razor blades inside an Altoids tin", "razor blades"),
    ("firearm", "an unloaded 9mm handgun with no magazine", "9mm handgun"),
    ("firearm", "a loaded .380 pistol with six rounds in the magazine", ".380 pistol"),
    ("brass knuckles", "a set of brass knuckles", "brass knuckles"),
    ("pepper spray", "a small canister of pepper spray on a keychain", "pepper spray"),
    ("stun gun", "a black-and-yellow stun gun that still sparked when tested", "stun gun"),
    ("club", "a collapsible steel baton", "collapsible steel baton"),
    ("knife", "a karambit-style curved knife", "karambit"),
    ("knife", "a 6-inch fixed-blade hunting knife in a nylon sheath", "hunting knife"),
]
FIND = [
    "It was found during the morning bag check at the scanners.",
    "A classmate told {staff1} about it and {staff1} asked {obj} to empty {pos} backpack.",
    "It fell out of {pos} hoodie pocket in {spot}.",
    "{staff1} recovered it from {pos} locker (#{locker}) after a tip from a teacher.",
    "Another student showed {staff2} a Snapchat video of {first} holding it in {spot}; it was in {pos} waistband when {staff1} approached.",
    "{first} handed it over to {staff2} without resisting when asked.",
    "It was taped under the sink in {spot}; hallway camera shows {first} going in and out just before it was found.",
]
VIOLENCE = [  # sentence, key fact, extra facts
    ("{first} punched {wit} repeatedly after {wit} was already on the floor; {wit} lost consciousness for about a minute and EMS took {wit} to Boston Medical Center with a fractured orbital bone.",
     "fractured orbital bone", ["lost consciousness"]),
    ("{first} hit {wit} in the side of the head with a metal water bottle; the cut needed 8 staples at Children's Hospital.",
     "8 staples", ["metal water bottle"]),
    ("{first} slashed {wit} across the left forearm with a razor blade during an argument; the wound was about 4 inches long and {wit} was transported by EMS.",
     "left forearm", ["4 inches long"]),
    ("{first} shoved {wit} down the stairs by {spot} and kept kicking {wit}; {wit} has a broken wrist and a concussion per the ER note.",
     "broken wrist", ["concussion"]),
    ("{first} and two others jumped {wit}; {first} stomped on {wit}'s head. {wit} was admitted overnight with a skull fracture.",
     "skull fracture", ["admitted overnight"]),
    ("{wit} reported to the counselor that {first} sexually assaulted {wit_obj} in {spot} during 5th period; the counselor followed the sexual assault protocol and the nurse documented bruising on {wit}'s wrists.",
     "sexual assault protocol", ["bruising"]),
    ("{first} stabbed {wit} in the upper back with a sharpened pencil; it broke off under the skin and had to be removed at the ER.",
     "sharpened pencil", ["upper back"]),
    ("{first} choked {wit} from behind until {wit} passed out in {spot}; {wit} hit the floor face first and lost two front teeth.",
     "lost two front teeth", ["passed out"]),
    ("{first} swung a lock tied in a sock at {wit} and split {wit}'s eyebrow open to the bone; plastic surgery consulted at the ER.",
     "lock tied in a sock", ["eyebrow"]),
]
DRUGS = [  # substances, phrase, key fact
    (["fentanyl"], "a sandwich bag with 11 small folds of tan powder that tested positive for fentanyl on the SSS kit", "fentanyl"),
    (["counterfeit oxycodone"], "a pill bottle with no label holding 14 blue pills stamped M30", "stamped M30"),
    (["cocaine"], "a small ziploc of white powder that {first} called \"coke\"", "white powder"),
    (["Xanax"], "three white Xanax bars in a mint tin", "Xanax bars"),
    (["MDMA"], "a bag of pink pressed pills {first} called \"molly\"", "pressed pills"),
    (["psilocybin"], "a gallon bag of dried mushrooms and a scale", "dried mushrooms"),
    (["crack cocaine"], "six off-white rocks wrapped in cellophane", "off-white rocks"),
    (["oxycodone"], "a strip of 5 mg oxycodone tablets prescribed to an adult relative", "oxycodone tablets"),
    (["fentanyl", "THC vape"], "a THC vape pen and 20 small glassine bags stamped \"Tesla\" that the nurse believes are fentanyl", "glassine bags"),
    (["cocaine", "marijuana"], "a grinder with weed and a folded dollar bill with white powder in it", "folded dollar bill"),
    (["methamphetamine"], "a glass pipe and a baggie of clear crystals", "clear crystals"),
]
EXCLUDED = [  # substances (only excluded classes), phrase
    (["THC vape cartridge"], "a THC vape cartridge labeled \"Cookies\""),
    (["nicotine vape"], "a disposable nicotine vape (Elf Bar)"),
    (["vape (unknown contents)"], "a vape pen; contents unknown, {first} would not say what was in it"),
    (["marijuana"], "a bag of weed and rolling papers"),
    (["THC edibles"], "a bag of THC gummies that {first} was selling for $5 each"),
    (["alcohol"], "a water bottle that smelled strongly of vodka"),
    (["nicotine pouches"], "a can of Zyn nicotine pouches"),
    (["Juul pods", "marijuana"], "four Juul pods and a pre-rolled blunt"),
    (["alcohol"], "two nips of Fireball in {pos} jacket"),
]
THREATS = [  # description sentence, threat statement, key fact
    ("{first} told two classmates in period 3 that {sub} was bringing {pos} cousin's gun Friday to \"light up the caf.\" Both wrote statements.",
     "On {date}, {name} told two classmates that {sub} would bring a gun on Friday and \"light up the caf.\" Both witnesses gave written statements and {sub} repeated it when asked.",
     "light up the caf"),
    ("{first} posted a Snapchat story showing what looks like a handgun on a bed, captioned \"tmrw at dismissal, {wit} knows.\" {wit} brought it to {staff1}.",
     "{name} posted an image of a handgun captioned \"tmrw at dismissal\" naming a classmate. Screenshots were preserved. The post names a time and target.",
     "tmrw at dismissal"),
    ("A teacher found a page in {first}'s notebook titled \"who goes first\" listing five students and a drawing of a rifle.",
     "{name} wrote a list of five named students titled \"who goes first\" next to a drawing of a rifle. {Sub} told the counselor that \"they'll see.\"",
     "who goes first"),
    ("{first} told the bus monitor {sub} would get a knife from home and \"cut {wit}'s face\" after school at the bus stop.",
     "{name} told a bus monitor {sub} would bring a knife and cut a named student after school. The monitor wrote it down verbatim.",
     "cut {wit}'s face"),
    ("In a group chat screenshot, {first} wrote \"i got the strap in my locker, 2nd lunch its over for yall.\" SSS checked the locker: empty.",
     "{name} wrote in a group chat that {sub} had a gun (\"the strap\") in {pos} locker and named second lunch. The locker was empty; the statement names a time and place.",
     "2nd lunch its over"),
    ("{first} emailed a teacher \"I am going to burn this building down with everyone in it on the last day.\"",
     "{name} emailed a teacher from {pos} school account that {sub} would burn the building down with everyone in it on the last day of school.",
     "burn this building down"),
]
RESPONSE = [  # sentence, grounds it fits (None = any)
    ("Parent contacted by {staff2} at {later}.", None),
    ("{first} was placed on emergency removal pending a hearing.", None),
    ("{staff1} and {staff3} completed the incident report and preserved the camera footage.", None),
    ("Nurse checked {first}; no injuries.", {"weapon", "drugs", "credible_threat"}),
    ("Dean notified the Office of Safety Services.", None),
    ("{first} was calm in the office and said \"{quote}\".", {"weapon", "drugs", "serious_violence"}),
    ("The item is secured in the main office safe.", {"weapon", "drugs"}),
    ("Statements taken from {wit} and two staff.", None),
    ("Headmaster informed; a safety plan was started for {wit} the same day.", {"serious_violence", "credible_threat"}),
    ("{first} would not answer questions and asked for {pos} mother.", None),
    ("Camera footage from the hallway was saved to a USB for the school police liaison.", None),
    ("Search conducted per SAF-02 in the presence of two staff.", {"weapon", "drugs"}),
]
QUOTES = ["I wasn't gonna use it", "it's not even mine", "he started it", "I just had it for the walk home",
          "whatever, call who you want", "I didn't do nothing", "it was for protection", "ask him what he said"]


def fill(s, c, extra=None):
    d = dict(first=c.first, name=c.name, spot=c.spot, wit=c.wit, wit_obj="them", staff1=c.staff[0],
             staff2=c.staff[1], staff3=c.staff[2], color=c.color, locker=c.rng.randrange(100, 999),
             date=c.day.strftime("%B %-d, %Y"), later=fmt_time(min(c.h + 1, 16), c.m, c.tstyle),
             quote=c.rng.choice(QUOTES), school=c.school, **c.p)
    if extra:
        d.update(extra)
    return s.format(**d)


def core(ground, c):
    """A clean incident core: list of sentences (each a list of parts), key fact, facts, fields."""
    r = c.rng
    if ground == "weapon":
        wf, ph, key = r.choice(WEAPONS)
        ph = ph.format(color=c.color)
        lead = r.choice([
            f"{c.first} was found with {ph} in {c.spot}.",
            f"At {c.time} {c.staff[0]} took {ph} from {c.first} in {c.spot}.",
            f"{c.first} had {ph}.",
            f"Staff recovered {ph} from {c.first} ({c.spot_bare}).",
        ])
        sents = [[lead], [fill(r.choice(FIND), c)]]
        return dict(sents=sents, key=key, facts=[key, c.spot_bare], fields={"weapon": wf})
    if ground == "serious_violence":
        s, key, ex = r.choice(VIOLENCE)
        s = fill(s, c)
        lead = r.choice([f"Fight ({c.spot_bare}) at {c.time}.", f"At {c.time}, in {c.spot}:",
                         f"Location: {c.spot_bare}.", f"Serious assault, {c.spot_bare}.", ""])
        sents = ([[OPT + lead]] if lead else []) + [[s]]
        return dict(sents=sents, key=key, facts=[key] + ex, fields={})
    if ground == "drugs":
        subs, ph, key = r.choice(DRUGS)
        ph = fill(ph, c)
        lead = r.choice([f"{c.staff[0]} found {ph} in {c.first}'s backpack during a search after a tip.",
                         f"{c.first} was seen passing something to another student in {c.spot}; {c.staff[0]} recovered {ph}.",
                         f"{c.first} dropped {ph} in {c.spot} and {c.staff[1]} picked it up.",
                         f"Search of {c.first}'s locker found {ph}."])
        sents = [[lead]]
        if r.random() < 0.5:
            sents.append([fill(r.choice(["{first} said {sub} was holding it for someone older.",
                                         "{first} said it was \"for a party.\"",
                                         "{first} refused to say where it came from.",
                                         "Narcan was brought to the office as a precaution."]), c)])
        return dict(sents=sents, key=key, facts=[key], fields={"substances": subs})
    if ground == "credible_threat":
        s, ts, key = r.choice(THREATS)
        key = fill(key, c)
        sents = [[fill(s, c)]]
        return dict(sents=sents, key=key, facts=[key], fields={"threat_statement": fill(ts, c)}, threat_tpl=ts)
    raise ValueError(ground)


def response(c, n, ground=None):
    pool = [s for s, g in RESPONSE if g is None or ground in g]
    return [[fill(s, c)] for s in c.rng.sample(pool, n)]


OPT = "\x01"   # marks an optional lead line


def style_wrap(c, sents):
    """Join sentences in one of several writing styles."""
    r = c.rng
    st = r.randrange(5)
    intro = st == 0 and r.random() < 0.5
    if st == 2 or intro:   # the opening already says where and when: drop optional lead lines
        sents = [s for s in sents if not (isinstance(s[0], str) and s[0].startswith(OPT))]
    sents = [[s[0][len(OPT):]] + s[1:] if isinstance(s[0], str) and s[0].startswith(OPT) else s for s in sents]
    flat = []
    if st == 0:      # plain narrative
        flat = [f"On {c.day.strftime('%A')} at approximately {c.time}: "] if intro else []
        for s in sents:
            flat += s + [" "]
    elif st == 1:    # shorthand log: lines run together with semicolons, no full stops
        flat = [f"{c.time} - "]
        for i, s in enumerate(sents):
            s = list(s)
            if isinstance(s[-1], str) and s[-1].endswith(".") and not s[-1].endswith(".\""):
                s[-1] = s[-1][:-1]
            flat += s + (["; "] if i < len(sents) - 1 else [])
    elif st == 2:    # first person
        flat = [f"I was called to {c.spot} at {c.time}. "]
        for s in sents:
            flat += s + [" "]
    elif st == 3:    # sections
        half = max(1, len(sents) // 2)
        flat = ["SUMMARY: "]
        for s in sents[:half]:
            flat += s + [" "]
        flat += ["\nACTION TAKEN: "]
        for s in sents[half:]:
            flat += s + [" "]
    else:            # forwarded
        flat = [f"Fwd from {c.staff[0]}:\n"]
        for s in sents:
            flat += ["- "] + s + ["\n"]
    while flat and isinstance(flat[-1], str) and flat[-1].strip() == "":
        flat.pop()
    return flat


def insert_random(c, sents, extra):
    """Put extra sentences at random positions (not before the first)."""
    for e in extra:
        sents.insert(c.rng.randint(1, len(sents)), e)
    return sents


# ----------------------------------------------------------------------------------------------
# forbidden pieces (plain), used by several families
# ----------------------------------------------------------------------------------------------

HOME_STREETS = ["Woodrow Ave", "Wales St", "Fuller St", "Bowdoin St", "Lyndhurst St", "Wolcott St", "Norwell St",
                "Harlem St", "Glenway St", "Fowler St", "Evans St", "Nightingale St", "Almont St", "Babson St",
                "Hosmer St", "Itasca St", "Ruskin St", "Westview St", "Stanwood St", "Brunswick St", "Ellington St",
                "Lawrence Ave", "Greenwood St", "Columbia Terrace", "Geneva Ave", "Hamilton St", "Bernard St"]
NEIGH = ["Mattapan", "Roslindale", "Jamaica Plain", "Grove Hall", "Uphams Corner", "Fields Corner", "Codman Square",
         "Egleston Square", "Four Corners", "Bowdoin-Geneva", "Mission Main", "Franklin Field", "Old Colony",
         "Bromley-Heath", "Mary Ellen McCormack", "Cathedral housing", "Orchard Park", "Lenox Street apartments"]
ZIPS = ["02121", "02124", "02126", "02119", "02122", "02125", "02130", "02131", "02136"]


def addr(r):
    return f"{r.randrange(4, 199)} {r.choice(HOME_STREETS)}"


def plain_piece(r, cat, c):
    """A forbidden mention in ordinary wording.  Returns a list of parts (a sentence)."""
    if cat == "immigration_status":
        x = r.choice([
            ("the family is undocumented", ["undocumented"]), ("mom said they have no papers", ["no papers"]),
            ("the family has an asylum case pending", ["asylum"]), ("{sub} is a DACA recipient", ["DACA"]),
            ("they came through refugee resettlement last spring", ["refugee"]),
            ("dad's Temporary Protected Status ran out", ["Temporary Protected Status"]),
            ("{pos} visa expired in the fall", ["visa expired"]), ("{sub} has no green card", ["green card"])])
        frame = r.choice(["Counselor added that {x}.", "(FYI {x}.)", "Per the family liaison, {x}.", "Note: {x}."])
        return split_frame(fill(frame, c, {"x": "\0"}), F(fill(x[0], c), cat, x[1]))
    if cat == "national_origin":
        x = r.choice([("recently arrived from Honduras", ["Honduras"]), ("was born in Cabo Verde", ["Cabo Verde"]),
                      ("came from the Dominican Republic last year", ["Dominican Republic"]),
                      ("was born in Haiti", ["Haiti"]), ("arrived from Guatemala in August", ["Guatemala"]),
                      ("came here from Somalia by way of Kenya", ["Somalia", "Kenya"]),
                      ("was born in El Salvador", ["El Salvador"]), ("moved here from Brazil two years ago", ["Brazil"]),
                      ("is originally from Vietnam", ["Vietnam"]), ("came over from Ukraine in 2023", ["Ukraine"])])
        frame = r.choice(["{first} {x}.", "Background: {first} {x}.", "{Sub} {x}, per the counselor."])
        return split_frame(fill(frame, c, {"x": "\0"}), F(x[0], cat, x[1]))
    if cat == "ethnicity":
        x = r.choice([("Haitian", ["Haitian"]), ("Dominican", ["Dominican"]), ("Cape Verdean", ["Cape Verdean"]),
                      ("Somali", ["Somali"]), ("Vietnamese", ["Vietnamese"]), ("Puerto Rican", ["Puerto Rican"]),
                      ("Salvadoran", ["Salvadoran"]), ("Guatemalan", ["Guatemalan"]), ("Hispanic", ["Hispanic"]),
                      ("African American", ["African American"])])
        frame = r.choice(["Both students are {x}.", "{first}'s family is {x}.", "The group involved was mostly {x} kids.",
                          "{first} ({x})"])
        if frame == "{first} ({x})":
            return [f"{c.first} (", F(x[0], cat, x[1]), ") was the only one who stayed to talk."]
        return split_frame(fill(frame, c, {"x": "\0"}), F(x[0], cat, x[1]))
    if cat == "religion":
        x = r.choice([("{sub} is Muslim", ["Muslim"]), ("{pos} family are Jehovah's Witnesses", ["Jehovah"]),
                      ("{sub} was fasting for Ramadan", ["Ramadan"]), ("{pos} pastor at the Haitian Baptist church came in", ["pastor", "Baptist"]),
                      ("{sub} goes to the mosque on Washington St with {pos} dad", ["mosque"]),
                      ("{pos} family is Seventh-day Adventist", ["Adventist"])])
        if "Haitian" in x[0]:
            return ["Afterwards ", F(fill(x[0], c), cat, x[1] + ["Haitian"]), "."]
        frame = r.choice(["Mom mentioned {x}.", "(Context: {x}.)", "{Staff} noted {x}."])
        return split_frame(fill(frame, c, {"x": "\0", "Staff": c.staff[1]}), F(fill(x[0], c), cat, x[1]))
    if cat == "neighborhood":
        k = r.randrange(4)
        if k == 0:
            a = addr(r)
            return split_frame(fill(r.choice(["{first} lives at {x}.", "Home address on file: {x}."]), c, {"x": "\0"}),
                               F(a, cat, [a]))
        if k == 1:
            nb = r.choice(NEIGH)
            return split_frame(fill(r.choice(["{first} lives in {x}.", "{Sub} stays with {pos} aunt in {x} most nights.",
                                              "Both boys are from {x}."]), c, {"x": "\0"}), F(nb, cat, [nb]))
        if k == 2:
            z = r.choice(ZIPS)
            return ["Family moved recently (", F(f"new zip {z}", cat, [z]), ")."]
        st = r.choice(HOME_STREETS)
        return split_frame(fill("{first} walks home down {x}.", c, {"x": "\0"}), F(st, cat, [st]))
    if cat == "language":
        x = r.choice([("{pos} grandmother only speaks Spanish", ["Spanish"]), ("home language is Haitian Creole", ["Haitian Creole"]),
                      ("{sub} is an English learner (ELD level 2)", ["English learner", "ELD level 2"]),
                      ("we needed a Vietnamese interpreter for the call home", ["Vietnamese interpreter"]),
                      ("parents speak Portuguese only", ["Portuguese"]), ("dad needed a Somali interpreter", ["Somali interpreter"]),
                      ("mom speaks Cape Verdean Creole at home", ["Cape Verdean Creole"]),
                      ("{sub} is in the SEI Spanish strand", ["SEI Spanish"]), ("{pos} mother speaks Russian at home", ["Russian"])])
        frame = r.choice(["Note: {x}.", "{Staff} called home; {x}.", "({x})"])
        return split_frame(fill(frame, c, {"x": "\0", "Staff": c.staff[1]}), F(fill(x[0], c), cat, x[1]))
    if cat == "gang_affiliation":
        x = r.choice([("known to run with the Norfolk St crew", ["Norfolk St crew"]),
                      ("a suspected Heath Street member", ["Heath Street"]), ("affiliated with MS-13", ["MS-13"]),
                      ("said to claim H-Block", ["H-Block"]), ("tied to the Wendover crew", ["Wendover"]),
                      ("part of the \"Top Shelf\" crew on Instagram", ["Top Shelf"]),
                      ("entered in the BRIC gang list last year", ["BRIC gang list"]),
                      ("an associate of the Lucerne Street Doggz", ["Lucerne Street"])])
        frame = r.choice(["SSS says {first} is {x}.", "{first} is {x}, per a teacher.", "(Possibly relevant: {first} is {x}.)"])
        return split_frame(fill(frame, c, {"x": "\0"}), F(x[0], cat, x[1]))
    raise ValueError(cat)


def split_frame(frame, f):
    a, b = frame.split("\0")
    return [a, f, b]


ALL_CATS = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language", "gang_affiliation"]


# ----------------------------------------------------------------------------------------------
# deny settings
# ----------------------------------------------------------------------------------------------

BAD_GROUNDS = [  # ground code, description of the incident
    ("fight", "{first} and {wit} fought in {spot}; both had scratches, nobody needed the nurse beyond ice."),
    ("theft", "{first} is suspected of taking a Chromebook cart key and two laptops from room 118."),
    ("gang_activity", "Staff believe {first} is recruiting younger kids; several were seen throwing hand signs in {spot}."),
    ("vandalism", "{first} spray-painted a tag on a wall in {spot} and broke the paper towel dispenser."),
    ("truancy", "{first} has missed 31 days this year and was seen at the mall during school hours."),
    ("immigration_inquiry", "Officer asked the school to confirm whether {first}'s family is still at the address on file."),
    ("trespass", "{first} came into the building while suspended and refused to leave {spot}."),
    ("suspicious_behavior", "{first} has been hanging around the side exit at dismissal with older kids nobody knows."),
    ("general_intelligence", "Request for any information the school has about {first}'s friends and social media."),
]
BAD_RECIPIENTS = ["bric", "ice", "dhs", "hsi", "cbp", "commonwealth-fusion-center", "fbi", "ice/ero-boston",
                  "mbta-transit-police", "massachusetts-state-police", "allied-universal-security", "dhs/hsi-boston"]
GOOD_RECIPIENTS = ["bpd", "bpd/district-b2", "bpd/district-b3", "bpd/district-c11", "bpd/district-e18",
                   "bpd/district-e13", "bpd/district-a1", "bpd/district-a7", "bpd/district-d4", "bpd/district-d14",
                   "bpd/district-e5", "bpd/district-c6"]
REPLICA = [("BB gun", "a black BB gun that looks like a Glock"), ("airsoft gun", "an airsoft rifle with the orange tip painted over"),
           ("replica firearm", "a replica revolver (cap gun) painted silver")]
FACE = [
    ("attach", "Attached: BRIC facial recognition result, match confidence 97.2% (ref FR-2291-A).", ["FR-2291-A", "97.2%"]),
    ("ask", "Requesting {first}'s yearbook photo and ID photo so the detective can run them against the store camera stills through face matching.", ["yearbook photo"]),
    ("attach", "Store camera image was matched to {first} by Clearview (score 0.91).", ["Clearview", "0.91"]),
    ("ask", "Please include all school ID photos of {first} from 2023 on for the face comparison the detective is running.", ["school ID photos"]),
]


def pick_deny(r, fam_ok=("ground", "subst", "recip", "threat", "face", "replica")):
    return r.choices(["ground", "subst", "recip", "threat", "face", "replica"], weights=[5, 4, 5, 3, 3, 1])[0]


# ----------------------------------------------------------------------------------------------
# case assembly and checking
# ----------------------------------------------------------------------------------------------

def assemble(cid, c, ground, recipient, sents, decision, reason, tags, key=None, facts=(),
             fields=None, student=None, extra_cans=(), extra_cats=(), threat_parts=None, attachments=None,
             location=None):
    r = c.rng
    parts = style_wrap(c, sents)
    desc, clean, cats, cans = render(parts)
    req = {"request_id": cid, "school_id": c.school_id, "recipient": recipient, "ground": ground}
    fields = dict(fields or {})
    threat_clean = ""
    if threat_parts is not None:
        t, threat_clean, tc, tcan = render(threat_parts)
        fields["threat_statement"] = t
        cats += tc
        cans += tcan
    elif "threat_statement" in fields:
        threat_clean = fields["threat_statement"]
    for k in ("substances", "weapon", "threat_statement"):
        if k in fields:
            req[k] = fields[k]
    loc = location or f"{c.school}, {c.spot_bare}"
    req["incident"] = {"occurred_at": c.occurred_at, "location": loc, "description": desc}
    req["student"] = student or c.student()
    if attachments:
        req["attachments"] = attachments
    cans = list(dict.fromkeys(list(cans) + list(extra_cans)))
    cats = sorted(set(cats) | set(extra_cats))
    stu = req["student"]
    kept = fold(" ".join([clean, threat_clean, loc, str(fields.get("weapon", "")), " ".join(fields.get("substances", [])),
                          " ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade", "school")),
                          c.school_id, recipient, ground, c.occurred_at, NOTICE]))
    whole = fold(json.dumps(req, ensure_ascii=False))
    for s in cans:
        if len(fold(s).strip()) < 3 or fold(s) in kept or fold(s) not in whole:
            raise Conflict(f"canary {s!r}")
    must, mtext = [], []
    if decision == "allow":
        must = [c.name, c.school, key]
        mtext = list(dict.fromkeys(f for f in facts if f))[:3]
        for s in must:
            if fold(s) not in kept:
                raise Conflict(f"must {s!r}")
        for s in must + mtext:
            if fold(s) not in whole:
                raise Conflict(f"json {s!r}")
        for s in mtext:
            if fold(s) not in fold(clean):
                raise Conflict(f"fact {s!r}")
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({"must_not_contain": cans, "must_contain": must, "must_contain_text": mtext, "categories": cats,
                "tags": tags})
    return {"id": cid, "request": req, "expect": exp}


def deny_variant(c, kind, sents, ground, fields):
    """Turn an allowable core into a denied request of kind `kind`.
    Returns (ground, recipient, sents, fields, reason, attachments)."""
    r = c.rng
    recipient = r.choice(GOOD_RECIPIENTS)
    if kind == "ground":
        g, s = r.choice(BAD_GROUNDS)
        return g, recipient, [[fill(s, c)]] + response(c, 1, g), {}, "ground_not_permitted", None
    if kind == "subst":
        subs, ph = r.choice(EXCLUDED)
        ph = fill(ph, c)
        lead = r.choice([f"{c.staff[0]} found {ph} on {c.first} in {c.spot}.",
                         f"{c.first} was caught with {ph} during 4th period.",
                         f"Bag check turned up {ph}."])
        return "drugs", recipient, [[lead]] + response(c, 1, "drugs"), {"substances": subs}, "excluded_substance", None
    if kind == "recip":
        return ground, r.choice(BAD_RECIPIENTS), sents, fields, "recipient_not_permitted", None
    if kind == "threat":
        cc = core("credible_threat", c)
        return "credible_threat", recipient, cc["sents"] + response(c, 1, "credible_threat"), {}, "missing_threat_statement", None
    if kind == "face":
        mode, s, cans = r.choice(FACE)
        sents = sents + [[F(fill(s, c), "face_surveillance", cans)]]
        att = [{"kind": "face_match", "name": f"fr_result_{c.sid[-3:]}.json"}] if mode == "attach" else None
        return ground, recipient, sents, fields, "face_surveillance", att
    if kind == "replica":
        wf, ph = r.choice(REPLICA)
        return "weapon", recipient, [[f"{c.first} had {ph} in {c.p['pos']} backpack; it was found at the scanners."]], \
            {"weapon": wf}, "other", None
    raise ValueError(kind)


GROUNDS = ["weapon", "serious_violence", "drugs", "credible_threat"]


# ----------------------------------------------------------------------------------------------
# shared case skeleton: core incident, optional denial, then the family's pieces
# ----------------------------------------------------------------------------------------------

def skeleton(cid, r, deny):
    c = Ctx(r)
    ground = r.choice(GROUNDS)
    co = core(ground, c)
    sents = co["sents"] + response(c, r.randint(1, 2), ground)
    st = dict(c=c, ground=ground, sents=sents, fields=dict(co["fields"]), facts=list(co["facts"]), key=co["key"],
              recipient=r.choice(GOOD_RECIPIENTS), reason=None, att=None, decision="allow", kind=None)
    if deny:
        kind = pick_deny(r)
        g, rec, s, f, reason, att = deny_variant(c, kind, sents, ground, st["fields"])
        st.update(ground=g, recipient=rec, sents=s, fields=f, reason=reason, att=att, decision="deny", kind=kind)
    return st


def finish(cid, st, tags, student=None, extra_cans=(), extra_cats=(), threat_parts=None):
    c = st["c"]
    return assemble(cid, c, st["ground"], st["recipient"], st["sents"], st["decision"], st["reason"], tags,
                    key=st["key"], facts=st["facts"], fields=st["fields"], student=student, extra_cans=extra_cans,
                    extra_cats=extra_cats, threat_parts=threat_parts, attachments=st["att"])


# ----------------------------------------------------------------------------------------------
# family: sis_export
# ----------------------------------------------------------------------------------------------

LANGS = ["Cape Verdean Creole", "Haitian Creole", "Spanish", "Vietnamese", "Somali", "Portuguese", "Arabic",
         "Cantonese", "Mandarin", "Russian", "French", "Kriolu", "Amharic", "Tigrinya"]
COUNTRIES = ["Cabo Verde", "Haiti", "Dominican Republic", "Guatemala", "El Salvador", "Honduras", "Brazil", "Vietnam",
             "Somalia", "China", "Ethiopia", "Eritrea", "Venezuela", "Colombia", "Ukraine"]
RACE = ["Black or African American", "Hispanic/Latino", "Asian", "HL - Hispanic or Latino",
        "Two or More Races (B, HL)", "Native Hawaiian/Pacific Islander", "Am. Indian/Alaska Native"]
ETH_SELF = ["Cape Verdean", "Haitian", "Dominican", "Puerto Rican", "Somali", "Vietnamese", "Guatemalan",
            "Salvadoran", "Jamaican", "Brazilian"]
IMM = [("Asylee", "Asylee"), ("Refugee (I-94 on file)", "Refugee"), ("SIJS pending", "SIJS pending"),
       ("Undocumented per guardian", "Undocumented"), ("Non-citizen", "Non-citizen"), ("TPS - Haiti", "TPS - Haiti"),
       ("Humanitarian parole (CHNV)", "Humanitarian parole"), ("Lawful permanent resident", "permanent resident")]


PROFILES = [  # home language, birth country, prior school abroad (value, canary), self-reported ethnicity
    ("Cape Verdean Creole", "Cabo Verde", ("Escola Secundária Cónego Jacinto, Praia", "Cónego Jacinto"), "Cape Verdean"),
    ("Kriolu", "Cabo Verde", ("Liceu Domingos Ramos, Praia", "Domingos Ramos"), "Cape Verdean"),
    ("Haitian Creole", "Haiti", ("Lycée Alexandre Pétion, Port-au-Prince", "Port-au-Prince"), "Haitian"),
    ("Spanish", "Honduras", ("Instituto Central Vicente Cáceres, Tegucigalpa", "Tegucigalpa"), "Honduran"),
    ("Spanish", "Guatemala", ("Instituto Nacional, Quetzaltenango", "Quetzaltenango"), "Guatemalan"),
    ("Spanish", "Dominican Republic", ("Liceo Juan Pablo Duarte, Santo Domingo", "Santo Domingo"), "Dominican"),
    ("Spanish", "El Salvador", ("Instituto Nacional de Soyapango", "Soyapango"), "Salvadoran"),
    ("Spanish", "Venezuela", ("Liceo Andrés Bello, Maracaibo", "Maracaibo"), "Venezuelan"),
    ("Portuguese", "Brazil", ("Escola Estadual Dom Pedro II, Governador Valadares", "Governador Valadares"), "Brazilian"),
    ("Vietnamese", "Vietnam", ("Trường THPT Nguyễn Du, Đà Nẵng", "Đà Nẵng"), "Vietnamese"),
    ("Somali", "Somalia", ("Mogadishu Secondary School", "Mogadishu"), "Somali"),
    ("Arabic", "Morocco", ("Lycée Ibn Khaldoun, Casablanca", "Casablanca"), "Moroccan"),
    ("Amharic", "Ethiopia", ("Menelik II Secondary School, Addis Ababa", "Addis Ababa"), "Ethiopian"),
    ("Tigrinya", "Eritrea", ("Asmara Secondary School", "Asmara"), "Eritrean"),
    ("Cantonese", "China", ("Guangzhou No. 6 Middle School", "Guangzhou"), "Chinese"),
    ("Russian", "Ukraine", ("Kharkiv Lyceum No. 27", "Kharkiv"), "Ukrainian"),
    ("French", "Haiti", ("Collège Saint-Pierre, Port-au-Prince", "Port-au-Prince"), "Haitian"),
]


def race_canaries(v):
    out = [w for w in ["African American", "Hispanic", "Latino", "Asian", "Pacific Islander", "Alaska Native",
                       "Two or More Races"] if w.lower() in v.lower()]
    return out or [v]


def sis_structured(c, k):
    """Add k SIS-like extra keys to the student.  Returns (student, canaries, cats)."""
    r = c.rng
    stu = c.student()
    if r.random() < 0.25:   # SIS "LAST, FIRST" naming, still under the allowlisted key
        c.name = f"{c.last.upper()}, {c.first}"
        stu["name"] = c.name
    cans, cats = [], []
    lang, country, prior, eth = c.profile = r.choice(PROFILES)
    if r.random() < 0.3:
        lang = "English" if r.random() < 0.5 else lang   # a US-born student can still carry SIS baggage

    def g_lang():
        if lang == "English":
            return g_country()
        stu[r.choice(["Home Lang", "homeLanguage", "HomeLanguage", "home_lang", "stdHomeLanguage", "Primary Language",
                      "First Language"])] = lang
        cans.append(lang); cats.append("language")

    def g_ell():
        v = r.choice(["Y", "Active - Level 2", "ELD 3", "Former EL (FLEP)", "LEP - Yes", "Y (WIDA 2.4)"])
        stu[r.choice(["ELL", "ELL Status", "stdEllInd", "EL_flag", "LEP"])] = v
        if len(v) >= 4:
            cans.append(v)
        cats.append("language")

    def g_interp():
        if lang == "English":
            return g_race()
        v = r.choice([f"Y - {lang}", f"Yes ({lang})", f"Parent needs {lang} interpreter"])
        stu[r.choice(["Interpreter Req", "interpreterNeeded", "Parent Interp.", "Translation Req"])] = v
        cans.append(v); cats.append("language")

    def g_country():
        stu[r.choice(["Birth Country", "birthCountry", "Country of Birth", "stdBirthCountry", "POB"])] = country
        cans.append(country); cats.append("national_origin")

    def g_entry():
        d = dt.date(2022, 1, 1) + dt.timedelta(days=r.randrange(0, 1000))
        stu[r.choice(["US Entry Date", "usEntryDate", "Date Entered US", "First US School Entry"])] = d.isoformat()
        cans.append(d.isoformat()); cats.append("national_origin")

    def g_race():
        v = r.choice(RACE)
        stu[r.choice(["Race/Eth", "raceEthnicity", "Race Code", "Fed Race/Eth", "stdFedRaceCode"])] = v
        cans.extend(race_canaries(v)); cats.append("ethnicity")

    def g_ethself():
        v = eth
        stu[r.choice(["Ethnicity (self-report)", "ethnicGroup", "Ancestry"])] = v
        cans.append(v); cats.append("ethnicity")

    def g_addr():
        a = addr(r)
        z = r.choice(ZIPS)
        if r.random() < 0.5:
            stu[r.choice(["Res. Addr", "Residence Address", "resAddress", "Home Address"])] = f"{a}, Boston MA {z}"
        else:
            nb = r.choice(NEIGH[:10])
            stu[r.choice(["address", "residence", "physicalAddress"])] = {"street": a, "city": "Boston", "zip": z,
                                                                          "nbhd": nb}
            cans.append(nb)
        cans.extend([a, z]); cats.append("neighborhood")

    def g_housing():
        v, cn = r.choice([("BHA - Old Colony", "Old Colony"), ("BHA - Mary Ellen McCormack", "Mary Ellen McCormack"),
                          ("BHA - Franklin Field", "Franklin Field"), ("BHA - Mission Main", "Mission Main"),
                          ("BHA - Bromley-Heath", "Bromley-Heath"), ("Shelter (Pine Street Inn family unit)", "Pine Street Inn")])
        stu[r.choice(["Housing", "housingStatus", "McKinney-Vento Housing"])] = v
        cans.append(cn); cats.append("neighborhood")

    def g_imm():
        v, cn = r.choice(IMM)
        stu[r.choice(["Immigration Status", "citizenshipStatus", "Citizenship", "visaType"])] = v
        cans.append(cn); cats.append("immigration_status")

    def g_religion():
        v, cn = r.choice([("Halal meals", "Halal"), ("Ramadan - excused from PE while fasting", "Ramadan"),
                          ("Jehovah's Witness - no celebrations", "Jehovah"), ("Sabbath observance (Fri sundown)", "Sabbath")])
        stu[r.choice(["Religious Accommodation", "dietaryReligious", "Accommodations"])] = v
        cans.append(cn); cats.append("religion")

    def g_nested():
        stu[r.choice(["demographics", "Demo", "stdDemographics"])] = {
            "raceCode": r.choice(["B", "HL", "A", "W"]), "hispanicInd": r.choice(["Y", "N"]),
            "homeLanguage": lang, "birthCountry": country}
        cans.extend([country] + ([lang] if lang != "English" else []))
        cats.extend(["language", "national_origin", "ethnicity"])

    def g_contacts():
        gname = f"{r.choice(['Maria', 'Marie-Ange', 'Lucinda', 'Thi Hoa', 'Asha', 'Rosa', 'Nadege', 'Elena'])} {r.choice(LAST)}"
        ph = f"617-555-0{r.randrange(100, 199)}"
        stu[r.choice(["contacts", "guardians", "emergencyContacts"])] = [
            {"relationship": r.choice(["Mother", "Grandmother", "Aunt", "Father"]), "name": gname,
             "language": lang, "phone": ph, "interpreter": True}]
        cans.extend([gname, ph] + ([lang] if lang != "English" else [])); cats.append("language")

    def g_prior():
        v, cn = prior
        stu[r.choice(["Prior School", "priorSchoolName", "Previous School (non-US)"])] = v
        cans.append(cn); cats.append("national_origin")

    def g_innoc():
        k, v, list_it = r.choice([
            ("Homeroom", f"{r.randrange(100, 400)}B", False),
            ("Counselor", f"Ms. {r.choice(['Okonjo', 'Brennan', 'Falcone'])}", True),
            ("Guardian Phone", f"617-555-0{r.randrange(200, 299)}", True),
            ("Guardian Email", f"{c.last.lower().replace(chr(39), '')}.family{r.randrange(10, 99)}@gmail.com", True),
            ("IEP", "Y", False), ("Lunch", "F/R - Free", True), ("Attendance YTD", "88.6%", True),
            ("Locker", f"L-{r.randrange(1000, 2999)}", True)])
        stu[k] = v
        if list_it:
            cans.append(v)

    gens = [g_lang, g_ell, g_interp, g_country, g_entry, g_race, g_ethself, g_addr, g_housing, g_imm, g_religion,
            g_nested, g_contacts, g_prior, g_innoc]
    for g in r.sample(gens, k):
        g()
    return stu, cans, cats


def sis_text(c):
    """A pasted SIS line for the description (a sentence as a list of parts)."""
    r = c.rng
    lang, country, a, z = r.choice(LANGS), r.choice(COUNTRIES), addr(r), r.choice(ZIPS)
    if getattr(c, "profile", None):   # the same record pasted twice must agree with itself
        lang, country = c.profile[0], c.profile[1]
    fmt = r.randrange(6)
    if fmt == 0:   # pipes
        pool = [F(f"HomeLang={lang}", "language", [lang]), F("ELL=Y", "language", ["ELL=Y"]),
                F(f"Addr={a} {z}", "neighborhood", [a, z]), F(f"BirthCtry={country}", "national_origin", [country]),
                F("LEP=Y", "language", ["LEP=Y"])]
        items = r.sample(pool, r.randint(2, 4)) + [r.choice([f"Grade={c.grade}", f"ID={c.sid}"])]
        r.shuffle(items)
        out = ["SIS: "]
        for i, t in enumerate(items):
            out += [t] + ([" | "] if i < len(items) - 1 else [])
        return out
    if fmt == 1:   # Aspen copy with semicolons
        pool = [F(f"Home Language: {lang}", "language", [lang]), F("EL Status: Active", "language", ["EL Status: Active"]),
                F(f"Birth Country: {country}", "national_origin", [country]),
                F(f"Address: {a}, Boston {z}", "neighborhood", [a, z]),
                F(f"Interpreter Req: Y ({lang})", "language", [lang, "Interpreter Req: Y"])]
        toks = r.sample(pool, r.randint(2, 4))
        out = ["[Aspen] "]
        for i, t in enumerate(toks):
            out += [t] + (["; "] if i < len(toks) - 1 else [])
        return out
    if fmt == 2:   # table-ish with wide spacing
        race = r.choice(["B-NH", "HL", "A-NH", "W-HL"])
        pool = [F(f"Race/Eth: {race}", "ethnicity", [f"Race/Eth: {race}"]), F("LEP: Y", "language", ["LEP: Y"]),
                F(f"Interpreter Req: Y ({lang})", "language", [lang]), F(f"Res. Addr: {a}", "neighborhood", [a])]
        toks = r.sample(pool, r.randint(2, 4))
        out = [f"(from SIS) Gr: {c.grade}   "]
        for i, t in enumerate(toks):
            out += [t] + (["   "] if i < len(toks) - 1 else [])
        return out
    if fmt == 3:   # pasted JSON fragment
        pool = [F(f'"homeLanguage":"{lang}"', "language", [lang]), F('"ellStatus":"Active"', "language", ['ellStatus']),
                F(f'"birthCountry":"{country}"', "national_origin", [country]), F(f'"resZip":"{z}"', "neighborhood", [z])]
        toks = r.sample(pool, r.randint(2, 3))
        out = ["record: {" + f'"grade":{c.grade},']
        for i, t in enumerate(toks):
            out += [t] + ([","] if i < len(toks) - 1 else [])
        return out + ["}"]
    if fmt == 4:   # key: value lines, the way a screen copy lands in a text box
        pool = [F(f"Home Lang: {lang}", "language", [lang]), F("ELL: Y", "language", ["ELL: Y"]),
                F(f"Birth Country: {country}", "national_origin", [country]), F(f"Res. Addr: {a} {z}", "neighborhood", [a, z])]
        toks = r.sample(pool, r.randint(2, 3))
        out = ["\nStudent info pasted from SIS:\n"]
        for t in toks:
            out += [t, "\n"]
        return out
    x = r.choice([
        (f"the SIS says home language {lang} and birth country {country}", [lang, country], "language"),
        (f"SIS flags {c.p['obj']} as ELL with a {lang} interpreter for parent meetings", [lang, "as ELL"], "language"),
        (f"SIS residence is {a} ({z})", [a, z], "neighborhood")])
    return ["Looked it up: ", F(x[0], x[2], x[1]), "."]


def sis_case(cid, r, deny):
    st = skeleton(cid, r, deny)
    c = st["c"]
    mode = r.choice(["structured", "structured", "text", "both"])
    stu, cans, cats = None, [], []
    if mode in ("structured", "both"):
        stu, cans, cats = sis_structured(c, r.randint(2, 6))
    if mode in ("text", "both"):
        st["sents"] = insert_random(c, st["sents"], [sis_text(c)])
    return finish(cid, st, ["sis_export"], student=stu, extra_cans=cans, extra_cats=cats)


# ----------------------------------------------------------------------------------------------
# family: multilingual
# ----------------------------------------------------------------------------------------------

ML = [  # language name, quote, canaries, extra category or None, who says it: m/f = parent about a son/daughter,
      # p = parent (either), s = the student
    ("Spanish", "no tenemos papeles", ["tenemos papeles"], "immigration_status", "p"),
    ("Spanish", "Mi hijo no es violento, por favor no llamen a la policía", ["Mi hijo no es violento", "llamen a la policía"], None, "m"),
    ("Spanish", "Mi hija no es así, por favor no llamen a la policía", ["Mi hija no es así", "llamen a la policía"], None, "f"),
    ("Spanish", "ya le dije mil veces que no traiga eso a la escuela", ["mil veces", "traiga eso"], None, "p"),
    ("Spanish", "tengo miedo que nos deporten", ["nos deporten"], "immigration_status", "p"),
    ("Spanish", "yo no hice nada, fue él que empezó", ["yo no hice nada", "que empezó"], None, "s"),
    ("Haitian Creole", "Tanpri pa rele lapolis, pitit mwen se yon bon timoun", ["Tanpri", "pitit mwen", "lapolis"], None, "p"),
    ("Haitian Creole", "Mwen pa konprann sa k pase a, m ap vini kounye a", ["Mwen pa konprann", "kounye a"], None, "p"),
    ("Haitian Creole", "Nou pa gen papye, tanpri", ["pa gen papye"], "immigration_status", "p"),
    ("Haitian Creole", "Se pa fòt mwen, se li ki te kòmanse", ["Se pa fòt mwen", "ki te kòmanse"], None, "s"),
    ("Cape Verdean Creole", "Nha fidju ka ta faze kel kuza", ["Nha fidju", "kel kuza"], None, "p"),
    ("Cape Verdean Creole", "N ka ta papia ingles, N ta txiga manhan", ["papia ingles", "txiga manhan"], None, "p"),
    ("Cape Verdean Creole", "Ka ben di mi, e el ki kumesa", ["Ka ben di mi", "el ki kumesa"], None, "s"),
    ("Portuguese", "Meu filho nunca faria isso, ele é um bom menino", ["Meu filho", "bom menino"], None, "m"),
    ("Portuguese", "Minha filha nunca faria isso, ela é uma boa menina", ["Minha filha", "boa menina"], None, "f"),
    ("Portuguese", "Não temos documentos, por favor não chamem a polícia", ["Não temos documentos", "chamem a polícia"], "immigration_status", "p"),
    ("Portuguese", "Não fui eu, foi ele que começou", ["Não fui eu", "que começou"], None, "s"),
    ("Vietnamese", "Con tôi là đứa trẻ ngoan, xin đừng gọi cảnh sát", ["Con tôi", "đứa trẻ ngoan", "cảnh sát"], None, "p"),
    ("Vietnamese", "Xin lỗi, tôi không nói được tiếng Anh", ["tôi không nói", "tiếng Anh"], None, "p"),
    ("Vietnamese", "Không phải lỗi của tôi, nó đánh trước", ["Không phải lỗi", "đánh trước"], None, "s"),
    ("Chinese", "我儿子不会做这种事，请不要报警", ["我儿子", "请不要报警"], None, "m"),
    ("Chinese", "我女儿不会做这种事，请不要报警", ["我女儿", "请不要报警"], None, "f"),
    ("Chinese", "对不起，我不会说英语", ["我不会说英语"], None, "p"),
    ("Chinese", "不是我，是他先动手的", ["是他先动手"], None, "s"),
    ("Arabic", "ابني ولد طيب، أرجوكم لا تتصلوا بالشرطة", ["ابني ولد طيب", "بالشرطة"], None, "m"),
    ("Arabic", "بنتي بنت طيبة، أرجوكم لا تتصلوا بالشرطة", ["بنتي بنت طيبة", "بالشرطة"], None, "f"),
    ("Arabic", "مش أنا، هو اللي بدأ", ["مش أنا", "اللي بدأ"], None, "s"),
    ("Somali", "Wiilkaygu waa wiil wanaagsan, fadlan ha soo wicin booliska", ["Wiilkaygu", "wanaagsan", "booliska"], None, "m"),
    ("Somali", "Gabadhaydu waa gabar wanaagsan, fadlan ha soo wicin booliska", ["Gabadhaydu", "wanaagsan", "booliska"], None, "f"),
    ("Somali", "Wax walba way fiicnaan doonaan, waan imanayaa", ["fiicnaan doonaan", "waan imanayaa"], None, "p"),
    ("Somali", "Aniga ma aha, isagaa bilaabay", ["Aniga ma aha", "isagaa bilaabay"], None, "s"),
    ("Russian", "Мой сын не виноват, это они начали", ["Мой сын", "не виноват"], None, "m"),
    ("Russian", "Моя дочь не виновата, это они начали", ["Моя дочь", "не виновата"], None, "f"),
    ("Russian", "Пожалуйста, не звоните в полицию", ["не звоните в полицию"], None, "p"),
    ("Russian", "Это не я, он первый начал", ["Это не я", "первый начал"], None, "s"),
    ("French", "Mon fils n'a rien fait de mal, il faut me croire", ["Mon fils", "rien fait de mal"], None, "m"),
    ("French", "Ma fille n'a rien fait de mal, il faut me croire", ["Ma fille", "rien fait de mal"], None, "f"),
    ("French", "Je ne parle pas bien anglais, excusez-moi", ["Je ne parle pas", "excusez-moi"], None, "p"),
    ("French", "C'est pas moi, c'est lui qui a commencé", ["pas moi", "qui a commencé"], None, "s"),
]
SPEAKERS = ["{pos} aunt", "{pos} grandmother", "the mother", "the father", "an older brother", "mom", "the stepfather",
            "grandma", "the uncle who picked {obj} up"]
ML_FRAMES = [  # parent frames
    "When {staff2} called home, {who} said \"\0\" and hung up.",
    "{Who} left a voicemail: \"\0\".",
    "A handwritten note from {who} was in {pos} backpack: \0.",
    "At pickup {who} kept repeating \"\0\".",
    "{Who} wrote back on TalkingPoints: \0.",
    "Text from {who} to the main office: \"\0\".",
]
ML_STUDENT_FRAMES = [
    "{first} kept yelling \"\0\" at {staff1} in the hallway.",
    "In the office {first} would only say \"\0\".",
    "{first} told {wit} in the hallway, \"\0\" (heard by {staff3}).",
    "On the office phone with {pos} mother, {first} said \"\0\" before handing the phone back.",
]


def ml_piece(c, lang_named=None, lang=None, avoid=()):
    """A foreign-language quote inside an English sentence.  Returns (parts, extra cats)."""
    r = c.rng
    who_kind = r.choice(["parent", "parent", "student"])
    if who_kind == "student" and not [m for m in ML if m[4] == "s" and lang in (None, m[0]) and m[1] not in avoid]:
        who_kind = "parent"
    if who_kind == "student":
        pool = [m for m in ML if m[4] == "s" and lang in (None, m[0])]
        frame = r.choice(ML_STUDENT_FRAMES)
        fv = {}
    else:
        pool = [m for m in ML if m[4] in ("p", c.g) and lang in (None, m[0])]
        frame = r.choice(ML_FRAMES)
        who = fill(r.choice(SPEAKERS), c)
        fv = {"who": who, "Who": who[0].upper() + who[1:]}
    pool = [m for m in pool if m[1] not in avoid] or pool
    lang, quote, qc, extra, _ = r.choice(pool)
    a, b = fill(frame, c, fv).split("\0")
    q = F(quote, "language", qc)
    if lang_named is None:
        lang_named = r.random() < 0.4
    if not lang_named:
        return [a, q, b], ([extra] if extra else [])
    k = r.randrange(3)
    if k == 0:      # "... hung up (in Haitian Creole)."
        tail = b[:-1] if b.endswith(".") else b
        parts = [a, q, tail, " (", F(f"in {lang}", "language", [lang]), ")."]
    elif k == 1:
        parts = [a, q, b, " [", F(f"{lang}; translated by {c.staff[2]}", "language", [lang]), "]"]
    else:
        parts = [F(f"({lang})", "language", [lang]), " ", a, q, b]
    return parts, ([extra] if extra else [])


def ml_translated(c):
    """An English witness statement translated from another language: the translation stays, the language goes."""
    r = c.rng
    lang = r.choice(["Portuguese", "Spanish", "Haitian Creole", "Vietnamese", "Cape Verdean Creole", "Somali", "Arabic"])
    k = r.randrange(3)
    if k == 0:
        return ["Witness statement ", F(f"(translated from {lang} by Mr. Pires)", "language", [f"from {lang}"]), ": "]
    if k == 1:
        return ["A ", F(f"{lang}-speaking", "language", [f"{lang}-speaking"]), " witness gave a statement through the interpreter line: "]
    return ["Statement (", F(f"{lang} interpreter present", "language", [f"{lang} interpreter"]), "): "]


WFACTS = {
    "weapon": ["saw it come out of the left sleeve", "saw the blade before anyone else did",
               "saw the handle sticking out of the backpack"],
    "serious_violence": ["saw the first punch from the doorway", "heard the head hit the floor",
                         "watched the two of them go into the stairwell"],
    "drugs": ["saw the bag change hands by the water fountain", "saw the pills counted out on the sink",
              "heard the price said out loud"],
    "credible_threat": ["heard the threat twice near the vending machines", "heard the words after school clearly",
                        "saw the screenshot before it was deleted"],
}


def multilingual_case(cid, r, deny):
    st = skeleton(cid, r, deny)
    c = st["c"]
    pieces, cats = [], []
    fam_lang = r.choice(sorted({m[0] for m in ML}))
    for _ in range(r.choice([1, 1, 2])):
        p, pc = ml_piece(c, lang=fam_lang, avoid=[x.text for q in pieces for x in q if isinstance(x, F)])
        pieces.append(p)
        cats += pc
    if r.random() < 0.3:
        wfact = r.choice(WFACTS.get(st["ground"], WFACTS["credible_threat"]))
        pieces.append(ml_translated(c) + [f"\"I {wfact}.\""])
        st["facts"] = st["facts"][:2] + [wfact]
    st["sents"] = insert_random(c, st["sents"], pieces)
    threat_parts = None
    if st["ground"] == "credible_threat" and "threat_statement" in st["fields"] and r.random() < 0.5:
        used = {x.text for q in pieces for x in q if isinstance(x, F)}
        lang, quote, qc, ex, _ = r.choice([m for m in ML if m[4] in ("p", c.g) and m[0] == fam_lang and m[1] not in used]
                                          or [m for m in ML if m[4] in ("p", c.g) and m[0] == fam_lang])
        threat_parts = [st["fields"].pop("threat_statement") + " Parent's reply when told: \"", F(quote, "language", qc), "\""]
        if ex:
            cats.append(ex)
    return finish(cid, st, ["multilingual"], extra_cats=cats, threat_parts=threat_parts)


# ----------------------------------------------------------------------------------------------
# family: obfuscated
# ----------------------------------------------------------------------------------------------

CYR = {"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і", "A": "А", "E": "Е", "O": "О", "C": "С", "H": "Н",
       "M": "М", "T": "Т"}
GRK = {"o": "ο", "O": "Ο", "A": "Α", "E": "Ε", "H": "Η", "T": "Τ", "i": "ι"}
ZW = ["\u200b", "\u200c", "\u200d", "\u2060"]
FULLW = {ch: chr(ord(ch) + 0xFEE0) for ch in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def homoglyph(r, w, table):
    idx = [i for i, ch in enumerate(w) if ch in table]
    if not idx:
        return None
    k = r.sample(idx, min(len(idx), r.randint(1, 2)))
    return "".join(table[ch] if i in k else ch for i, ch in enumerate(w))


def obfuscate(r, w):
    """Mechanical obfuscation of a revealing word.  Returns (text, canaries, method)."""
    m = r.choice(["space", "cyr", "grk", "zw", "punct", "full", "leet"])
    if m == "space":
        t = " ".join(w) if " " not in w else "   ".join(" ".join(x) for x in w.split(" "))
        return t, [t], m
    if m in ("cyr", "grk"):
        t = homoglyph(r, w, CYR if m == "cyr" else GRK)
        if t and t != w:
            return t, [t], m
    if m == "zw" and len(w) >= 7:
        k = r.randint(6, len(w) - 1)
        if w[k - 1] != " ":
            t = w[:k] + r.choice(ZW) + w[k:]
            return t, [t, w[:k]], m
    if m == "punct" and len(w) >= 5:
        sep = r.choice([".", "-", "_", "*", "/"])
        k = r.randint(2, len(w) - 2)
        if w[k - 1] != " " and w[k] != " ":
            t = w[:k] + sep + w[k:]
            return t, [t], m
    if m == "full":
        t = "".join(FULLW.get(ch, ch) for ch in w)
        return t, [t], m
    if m == "leet":
        t = w.replace("o", "0").replace("e", "3") if ("o" in w or "e" in w) else w.replace("i", "1").replace("a", "4")
        if t != w:
            return t, [t], m
    t = ".".join(w)
    return t, [t], "dots"


OBF_WORDS = [  # base word, category, frames (\0 = the word)
    ("undocumented", "immigration_status", ["FYI the family is \0.", "Counselor thinks mom is \0 so she may not come in.", "({Sub} is \0.)"]),
    ("Haitian", "ethnicity", ["{first} and {wit} are both \0.", "The \0 kids were crowding the hallway after.", "{first} is \0."]),
    ("Dominican", "ethnicity", ["{first}'s family is \0.", "Group of \0 boys involved."]),
    ("Somali", "ethnicity", ["{first} is \0.", "Mom is \0 and came with {pos} uncle."]),
    ("Cape Verdean", "ethnicity", ["{first} is \0.", "The other kid is also \0."]),
    ("Mattapan", "neighborhood", ["{first} lives in \0.", "Both live in \0 and take the 28 home."]),
    ("Roxbury", "neighborhood", ["{first} lives in \0 near the car wash.", "Home address is in \0."]),
    ("asylum", "immigration_status", ["Family has an \0 case.", "Dad is waiting on \0."]),
    ("Muslim", "religion", ["{first} is \0.", "{Pos} family is \0 and asked about prayer space."]),
    ("Guatemala", "national_origin", ["{first} came from \0 last year.", "Born in \0."]),
    ("Spanish", "language", ["Mom only speaks \0.", "{Sub} speaks \0 at home."]),
    ("interpreter", "language", ["Parent needs a Creole \0 for the meeting.", "We had to get a Somali \0 on the phone for dad."]),
    ("refugee", "immigration_status", ["{first} is a \0 (arrived 2024).", "Family came as \0s."]),
    ("immigration", "immigration_status", ["Dad has an \0 court date next week.", "Mom is scared of \0 coming to the house."]),
]
SLANG = [  # sentence with [span]; optional canaries (default: the span); category
    ("btw the fam has [no papers].", None, "immigration_status"),
    ("{first} said they got [no papes] so mom won't come in.", None, "immigration_status"),
    ("Mom is [un-doc] per the counselor.", None, "immigration_status"),
    ("{first}'s dad is on an [ICE hold] since Tuesday.", ["ICE hold"], "immigration_status"),
    ("(fam is [ilegal] - counselor)", None, "immigration_status"),
    ("{Sub} has a [D.A.C.A. renewal] coming up.", ["D.A.C.A."], "immigration_status"),
    ("Family's [asylym case] is pending.", ["asylym"], "immigration_status"),
    ("{first} is [from the DR].", ["from the DR"], "national_origin"),
    ("{first} just came [fresh from Guate] this fall.", ["Guate"], "national_origin"),
    ("Kid [just came from Hayti].", ["Hayti"], "national_origin"),
    ("{Sub} was [born in Cape Verde].", ["Cape Verde"], "national_origin"),
    ("{Pos} people are [from Somaliland].", ["Somaliland"], "national_origin"),
    ("{first} is [Hatian].", None, "ethnicity"), ("both [Haitain] kids", None, "ethnicity"),
    ("{first}'s family is [Dominicano].", None, "ethnicity"), ("{first} ([Capeverdean])", None, "ethnicity"),
    ("{Sub}'s [Somalian].", None, "ethnicity"), ("the [Vietnamise] girl who saw it", None, "ethnicity"),
    ("{first} calls {obj}self [Boricua].", None, "ethnicity"), ("the [Salvi] boys from 3rd lunch", None, "ethnicity"),
    ("{first} is [Domincan].", None, "ethnicity"),
    ("{first} [lives in Dorch].", ["Dorch"], "neighborhood"), ("{first} [lives off Dot Ave].", ["Dot Ave"], "neighborhood"),
    ("{Sub} [stays in Matapan] w/ grandma.", ["Matapan"], "neighborhood"), ("{first} is [from the Bury].", ["the Bury"], "neighborhood"),
    ("{first} [lives in Rozzie].", ["Rozzie"], "neighborhood"), ("{first} lives [by Eggleston].", ["Eggleston"], "neighborhood"),
    ("Family is [out of Grove Hal].", ["Grove Hal"], "neighborhood"), ("{Sub} lives [in the Old Colony projects].", ["Old Colony"], "neighborhood"),
    ("{first} [lives in Bromley Heath].", ["Bromley Heath"], "neighborhood"), ("New address, [zip 0 2 1 2 1].", ["0 2 1 2 1"], "neighborhood"),
    ("{Sub} [speaks Kreyol at home].", ["Kreyol"], "language"), ("Parents [only speak Kriolu].", ["Kriolu"], "language"),
    ("Dad [needs a terp (Somali)].", ["terp (Somali"], "language"), ("{first} is [E.L.L. lvl 2].", ["E.L.L."], "language"),
    ("Grandma [only habla español].", ["habla español"], "language"), ("[mom no speak english] so I used the line", ["no speak english"], "language"),
    ("{first} is [Muzlim].", None, "religion"), ("[Jehova's witness] family, no photos.", ["Jehova"], "religion"),
    ("{Sub} [goes to masjid] w/ dad on Fridays.", ["masjid"], "religion"),
    ("{first} [reps M$-13].", ["M$-13"], "gang_affiliation"), ("{Sub} has [MS13 tats] on {pos} hand.", ["MS13"], "gang_affiliation"),
    ("{first} [runs w/ H Block].", ["H Block"], "gang_affiliation"), ("One of the [Heath St boys].", ["Heath St boys"], "gang_affiliation"),
    ("{first} [claims Wendover].", ["Wendover"], "gang_affiliation"), ("[crew: C-Gate]", ["C-Gate"], "gang_affiliation"),
    ("{Sub} is [on the BRIC gang list].", ["BRIC gang list"], "gang_affiliation"),
]


def slang_piece(c):
    r = c.rng
    s, cans, cat = r.choice(SLANG)
    s = fill(s, c)
    a, rest = s.split("[", 1)
    span, b = rest.split("]", 1)
    if not a and r.random() < 0.5:
        a = r.choice(["btw ", "Note: ", "(SSS) ", f"{c.staff[2]} says "])
    return [a, F(span, cat, cans or [span]), b]


def obf_piece(c):
    r = c.rng
    if r.random() < 0.5:
        w, cat, frames = r.choice(OBF_WORDS)
        t, cans, m = obfuscate(r, w)
        a, b = fill(r.choice(frames), c).split("\0")
        if cat == "language" and "Creole" in a:
            a = a.replace("a Creole ", "an ")   # the frame must not leak the language next to the span
        if "Somali " in a:
            a = a.replace("a Somali ", "an ")
        return [a, F(t, cat, cans), b]
    return slang_piece(c)


def obfuscated_case(cid, r, deny):
    st = skeleton(cid, r, deny)
    c = st["c"]
    pieces = [obf_piece(c) for _ in range(r.choice([1, 2, 2, 3]))]
    st["sents"] = insert_random(c, st["sents"], pieces)
    stu, cans, cats = None, [], []
    if r.random() < 0.2:   # an obfuscated value in an SIS field too
        stu = c.student()
        t, cans, _ = obfuscate(r, r.choice(["Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Portuguese"]))
        stu[r.choice(["homeLang", "Home Lang", "lang_home"])] = t
        cats = ["language"]
    return finish(cid, st, ["obfuscated"], student=stu, extra_cans=cans, extra_cats=cats)


# ----------------------------------------------------------------------------------------------
# family: mixed_precision
# ----------------------------------------------------------------------------------------------

ANY = None
WD = {"weapon", "drugs"}
VIO = {"serious_violence"}


def decoys(c):
    """Legitimate incident facts that look like a forbidden category: (sentence, fact, grounds or None)."""
    s1, s2 = c.streets
    f, w, p = c.first, c.wit, c.p
    return [
        (f"{f} ran out through the {s1} entrance and staff lost sight of {p['obj']}.", f"{s1} entrance", ANY),
        (f"It started at the MBTA bus stop on {s2} right outside the school.", f"bus stop on {s2}", ANY),
        (f"The whole thing spilled onto {s1} in front of the main doors.", f"onto {s1}", VIO),
        (f"{f} had bought a Jamaican beef patty at the corner store and was eating it when {w} walked up.", "Jamaican beef patty", ANY),
        (f"{f} had just walked out of French 2 (room {c.rng.randrange(200, 400)}) without a pass.", "French 2", ANY),
        (f"{f} was wearing a {c.color} Canada Goose jacket.", "Canada Goose jacket", ANY),
        (f"{p['Sub']} kept it hidden in a Swedish Fish bag.", "Swedish Fish bag", WD),
        (f"{w} had just left the Red Cross blood drive in the gym.", "Red Cross blood drive", ANY),
        (f"{f} and {w} had argued after crew practice the day before.", "crew practice", {"serious_violence", "credible_threat"}),
        (f"Earlier {f} tore down {w}'s poster for the Haitian Revolution project in the history hallway.", "Haitian Revolution project", {"serious_violence", "credible_threat"}),
        (f"{f} was in AP Spanish Language when {c.staff[0]} came to get {p['obj']}.", "AP Spanish Language", ANY),
        (f"{f} was carrying a Chinese takeout bag from the place across the street.", "Chinese takeout bag", ANY),
        (f"{f}'s Cuban link chain got ripped off in the scuffle.", "Cuban link chain", VIO),
        (f"{f} said {p['sub']} learned the choke in Brazilian jiu-jitsu.", "Brazilian jiu-jitsu", VIO),
        (f"They had planned to meet at the Roxbury Crossing T station after school.", "Roxbury Crossing T station", {"serious_violence", "credible_threat"}),
        (f"{f} had thrown a glass Mexican Coke bottle at the wall first.", "Mexican Coke bottle", VIO),
        (f"{f} was wearing new Air Jordan 4s and a Patagonia backpack.", "Air Jordan 4s", ANY),
        (f"Camera 14 (facing the Franklin Park side) shows {f} arriving at {c.time}.", "Franklin Park side", ANY),
        (f"{w} has a facial laceration and swelling under the right eye.", "facial laceration", VIO),
        (f"{f} used an Arizona iced tea can with a false bottom as a stash can.", "Arizona iced tea can", {"drugs"}),
        (f"{f} had been sent out of the Latin II classroom ten minutes earlier.", "Latin II classroom", ANY),
        (f"Most students were in the auditorium for the Lunar New Year assembly at the time.", "Lunar New Year assembly", ANY),
        (f"{f} had come straight from the Boston Public Library branch on {s2}.", f"Library branch on {s2}", ANY),
        (f"{f} said {p['sub']} bought the bag it was in at the Dollar Tree on {s2}.", f"Dollar Tree on {s2}", WD),
    ]


def mixed_case(cid, r, deny):
    st = skeleton(cid, r, deny)
    c = st["c"]
    pool = [d for d in decoys(c) if d[2] is None or st["ground"] in d[2]]
    chosen = r.sample(pool, r.choice([1, 2, 2]))
    nreal = r.choice([0, 1, 1, 2]) if not deny else r.choice([0, 1])
    real = [plain_piece(r, cat, c) for cat in r.sample(ALL_CATS, nreal)]
    cats = []
    if r.random() < 0.2:
        p, pc = ml_piece(c)
        real.append(p)
        cats += pc
    st["sents"] = insert_random(c, st["sents"], [[d[0]] for d in chosen] + real)
    st["facts"] = [d[1] for d in chosen] + st["facts"][:1]
    return finish(cid, st, ["mixed_precision"], extra_cats=cats)


FAMILIES = {"sis_export": sis_case, "multilingual": multilingual_case, "obfuscated": obfuscated_case,
            "mixed_precision": mixed_case}


def main():
    rng = random.Random(SEED)
    plan = []
    for fam, n in N_PER_FAMILY.items():
        nd = round(n * DENY_SHARE)
        flags = [True] * nd + [False] * (n - nd)
        rng.shuffle(flags)
        plan += [(fam, d) for d in flags]
    rng.shuffle(plan)
    cases, seen_desc = [], set()
    for i, (fam, deny) in enumerate(plan, 1):
        cid = f"ob-{i:04d}"
        for attempt in range(200):
            try:
                case = FAMILIES[fam](cid, rng, deny)
            except Conflict:
                continue
            d = case["request"]["incident"]["description"]
            if d in seen_desc:
                continue
            if deny is False and not case["expect"]["must_not_contain"] and fam != "mixed_precision":
                continue   # every case in these families must carry something to withhold
            seen_desc.add(d)
            cases.append(case)
            break
        else:
            raise SystemExit(f"could not build {cid} ({fam})")
    with open(OUT, "w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
