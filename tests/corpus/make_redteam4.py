"""Generator of tests/data/corpus/redteam4.jsonl (seeded, reproducible): a fourth red-team round.
Run: .venv/bin/python -m tests.corpus.make_redteam4

Families (tags[0]):
  sis_*     student records as other systems export them (Aspen, PowerSchool, SIS): field names with
            spaces and abbreviations, nested objects, lists, numbers/booleans/null, name objects.
            Every non-allowlisted value must be absent from the whole response; id, name, dob,
            grade and school must survive.
  trick_*   text tricks: fullwidth, zero-width, soft hyphen, NBSP, tabs and line breaks inside a
            phrase, curly quotes, ALL CAPS, punctuation around values, abbreviations, homoglyphs.
  foreign_* words pasted from a family's note in Spanish / Haitian Creole / Portuguese.
  story_*   4-8 sentence narratives with forbidden mentions mid-sentence between incident facts.
  deny_*    requests that must be denied (ground, substance, recipient, face match), still leak-free.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 4404
OUT = Path(__file__).resolve().parents[1] / "data" / "corpus" / "redteam4.jsonl"

FIRST = ["Liam", "Aaliyah", "Noah", "Sofia", "Mateo", "Keisha", "Owen", "Priya", "Darius", "Nadia", "Colin",
         "Tiana", "Ezra", "Marisol", "Jamal", "Fiona", "Kofi", "Lena", "Tristan", "Yara", "Declan", "Imani",
         "Rafael", "Brianna", "Malik", "Chloe", "Andre", "Gianna", "Xavier", "Leah"]
LAST = ["Doherty", "Whitfield", "Okafor", "Castellano", "Brennan", "Pemberton", "Lindqvist", "Ashworth",
        "Quinlan", "Harrow", "Delacroix", "Mbeki", "Fairbanks", "Sorensen", "Thornton", "Kowalski", "Abernathy",
        "Rutledge", "Vasquez", "Calloway", "Drummond", "Ellison", "Hargrove", "Montague", "Prescott"]
SCHOOLS = ["East Boston High School", "Charlestown High School", "Brighton High School", "Dorchester Academy",
           "Boston Latin Academy", "Madison Park Technical Vocational High School", "Jeremiah E. Burke High School",
           "Excel High School", "Snowden International School", "New Mission High School", "Boston Arts Academy",
           "Community Academy of Science and Health", "Another Course to College", "Fenway High School",
           "TechBoston Academy", "Mattapan Early Elementary School"]
STAFF = ["Mr. Okonjo", "Ms. Alvarez", "Dean Whitaker", "Nurse Patel", "Officer Reyes", "Coach Holland",
         "Ms. French", "Mr. Gallagher", "Principal Ng", "Assistant Principal Kaur"]
PLACES = ["second-floor bathroom", "cafeteria", "gym locker room", "main stairwell", "library",
          "front entrance", "science lab", "bus loop"]
TIMES = ["10:15 a.m.", "1:40 p.m.", "8:05 a.m.", "12:30 p.m.", "2:55 p.m."]

# (ground, fact words that must survive, description fragment, extra request keys)
ALLOW = [
    ("weapon", ["box cutter"], "a box cutter was found in {n}'s backpack", {"weapon": "box cutter"}),
    ("weapon", ["loaded handgun"], "{n} was found carrying a loaded handgun", {"weapon": "handgun"}),
    ("weapon", ["brass knuckles"], "staff found brass knuckles in {n}'s coat", {"weapon": "brass knuckles"}),
    ("weapon", ["pepper spray"], "{n} sprayed pepper spray at another student", {"weapon": "pepper spray"}),
    ("weapon", ["switchblade"], "a switchblade knife fell from {n}'s waistband", {"weapon": "knife"}),
    ("weapon", ["stun gun"], "{n} showed classmates a stun gun", {"weapon": "stun gun"}),
    ("drugs", ["fentanyl"], "{n} had a bag of fentanyl powder in a jacket pocket", {"substances": ["fentanyl"]}),
    ("drugs", ["cocaine"], "{n} was seen selling cocaine near the lockers", {"substances": ["cocaine"]}),
    ("drugs", ["counterfeit Xanax"], "{n} had counterfeit Xanax pills in a pencil case",
     {"substances": ["counterfeit xanax"]}),
    ("drugs", ["MDMA"], "{n} had MDMA tablets in a water bottle", {"substances": ["MDMA"]}),
    ("serious_violence", ["broken jaw"], "{n} punched a classmate, who suffered a broken jaw", {}),
    ("serious_violence", ["stab wound"], "{n} left another student with a stab wound to the arm", {}),
    ("credible_threat", ["shoot"], "{n} posted that he would shoot people at dismissal on Friday",
     {"threat_statement": "Student posted on social media that he would shoot people at dismissal on Friday."}),
]

# forbidden mentions: (category, sentence with {v}, value, must_not list)
ETHN = ["Haitian", "Dominican", "Cape Verdean", "Guatemalan", "Salvadoran", "Somali", "Puerto Rican", "Vietnamese",
        "Brazilian", "Jamaican", "Honduran", "Colombian"]
COUNTRIES = ["Haiti", "the Dominican Republic", "Cape Verde", "Guatemala", "El Salvador", "Honduras", "Somalia",
             "Brazil", "Jamaica", "Vietnam", "Colombia", "Venezuela"]
HOODS = ["Dorchester", "Mattapan", "Roxbury", "East Boston", "Hyde Park", "Jamaica Plain", "Roslindale",
         "Mission Hill", "South Boston", "Charlestown", "Allston", "Brighton"]
LANGS = ["Spanish", "Haitian Creole", "Cape Verdean Creole", "Portuguese", "Vietnamese", "Somali", "Arabic",
         "Cantonese"]
RELIG = ["Muslim", "Catholic", "Jehovah's Witness", "Pentecostal", "Seventh-day Adventist", "Buddhist",
         "Jewish", "Evangelical"]
GANGS = ["Heath Street", "Castlegate", "MS-13", "H-Block", "Wendover Street", "Greenwood Street", "Lucerne Street"]
IMMIG = ["undocumented", "a DACA recipient", "an asylum seeker", "here on a tourist visa", "a green card holder",
         "in removal proceedings"]

R = random.Random(SEED)
CASES: list[dict[str, Any]] = []


def pick(xs: list[Any]) -> Any:
    return R.choice(xs)


def sid() -> str:
    return f"S{R.randint(100000, 999999)}"


def dob() -> str:
    return f"20{R.randint(8, 12):02d}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"


def when() -> str:
    return f"2026-0{R.randint(1, 6)}-{R.randint(10, 28)}T{R.randint(8, 14):02d}:{R.randint(10, 59)}:00-05:00"


def schools_without(*words: str) -> list[str]:
    return [s for s in SCHOOLS if not any(w.lower() in s.lower() for w in words)]


def add(tag: str, request: dict[str, Any], decision: str, must_not: list[str], must: list[str],
        text: list[str], cats: list[str], reason: str | None = None) -> None:
    cid = f"rt4-{len(CASES):04d}"
    request = {"request_id": cid, "school_id": f"BPS-{R.randint(1000, 9999)}", **request}
    exp: dict[str, Any] = {"decision": decision, "must_not_contain": sorted(set(must_not)),
                           "must_contain": must if decision == "allow" else [],
                           "categories": sorted(set(cats)), "tags": [tag],
                           "must_contain_text": text if decision == "allow" else []}
    if reason:
        exp["reason"] = reason
    CASES.append({"id": cid, "request": request, "expect": exp})


def allow_base(name: str) -> tuple[str, list[str], str, dict[str, Any]]:
    ground, facts, frag, extra = pick(ALLOW)
    return ground, facts, frag.format(n=name), extra


# ---------------------------------------------------------------------------------------------
# 1. SIS exports
# ---------------------------------------------------------------------------------------------
def sis_record(first: str, last: str, school: str, style: int) -> tuple[dict[str, Any], list[str], list[str],
                                                                        list[str]]:
    """A student record, the forbidden values in it, the allowlisted values that must survive, cats."""
    local = str(R.randint(100000, 999999))
    sasid = str(R.randint(1000000000, 9999999999))
    d = dob()
    grade = R.randint(6, 12)
    eth, ctry, hood, lang, rel, gang = pick(ETHN), pick(COUNTRIES), pick(HOODS), pick(LANGS), pick(RELIG), pick(GANGS)
    street = f"{R.randint(10, 999)} {pick(['Bowdoin', 'Geneva', 'Blue Hill', 'Columbia', 'Hancock', 'Bennington'])} St"
    zipc = pick(["02121", "02122", "02124", "02126", "02119", "02128", "02136", "02130"])
    forb: list[str] = []
    must: list[str] = [first, last, school]
    cats: list[str] = []
    if style == 0:  # Aspen-style flat export
        rec: dict[str, Any] = {
            "Local ID": local, "SASID": sasid, "Student Last Name": last, "Student First Name": first,
            "Birth Date": d, "Grade Lvl": f"{grade:02d}", "School Name": school, "Homeroom": f"HR-{R.randint(100, 399)}Q",
            "Federal Race Code": "Black or African American", "Hispanic Indicator": "Y",
            "Native Language": lang, "ELL Program": f"SEI {lang}", "Birth Country": ctry,
            "Mailing Address": f"{street}, {hood}, MA {zipc}",
        }
        forb += [sasid, "African American", lang, ctry.replace("the ", ""), street, zipc]
        if hood.lower() not in school.lower():
            forb.append(hood)
        forb.append(rec["Homeroom"])
        must += [local, d]
        cats += ["ethnicity", "language", "national_origin", "neighborhood"]
    elif style == 1:  # PowerSchool-ish with booleans and numbers
        rec = {
            "student_number": int(local), "Student_First_Name": first, "Student_Last_Name": last,
            "DOB": d, "Grade_Level": grade, "SchoolName": school, "LEP_Flag": True, "Immigrant_Flag": 1,
            "Citizenship_Status": "Non-citizen (pending asylum)", "Country_Of_Origin": ctry,
            "Home_Lang": lang, "Zip_Code": zipc, "Gang_Involvement": f"{gang} (BRIC verified)",
            "Housing_Status": "Doubled-up / motel", "Ethnicity": eth,
        }
        forb += ["Non-citizen", "asylum", ctry.replace("the ", ""), lang, zipc, gang, "Doubled-up", eth]
        must += [local, d]
        cats += ["immigration_status", "gang_affiliation", "national_origin", "language", "ethnicity"]
    elif style == 2:  # nested demographics / contact
        rec = {
            "id": local, "name": {"first": first, "last": last}, "dob": d, "grade": str(grade), "school": school,
            "demographics": {"race": "Asian", "ethnicity": eth, "birth_country": ctry, "religion": rel,
                             "languages": [lang, "English"]},
            "contact": {"address": {"street": street, "city": hood, "zip": zipc}, "phone": "617-555-0142"},
            "program": {"ell": True, "el_status": "Active EL", "slife": None},
        }
        forb += ["Asian", eth, ctry.replace("the ", ""), rel, lang, street, zipc, "617-555-0142", "Active EL"]
        if hood.lower() not in school.lower():
            forb.append(hood)
        must += [local, d]
        cats += ["ethnicity", "national_origin", "religion", "language", "neighborhood"]
    elif style == 3:  # SIS with spaces and mixed case, values null / numbers
        rec = {
            "Student ID": local, "Student Name": f"{first} {last}", "Age": R.randint(12, 18), "Grade": grade,
            "School": school, "EL Status": "EL - WIDA level 2", "LEP Flag": "Y", "Religious Affiliation": rel,
            "Street": street, "City": hood, "Zip Code": int(zipc), "BHA Resident": "Yes - Mildred Hailey Apartments",
            "Known Associates": "Kevin Marsh, Dante Price", "Immigrant Flag": None, "Citizenship Status": "Undocumented",
            "Birth Country": None,
        }
        forb += ["WIDA", rel, street, "Mildred Hailey", "Kevin Marsh", "Dante Price", "Undocumented"]
        if hood.lower() not in school.lower():
            forb.append(hood)
        must += [local]
        cats += ["language", "religion", "neighborhood", "immigration_status"]
    else:  # a grab bag: lists of objects, Spanish keys, flags
        rec = {
            "Local ID": local, "Student Full Name": f"{first} {last}", "Birth Date": d, "Grade Lvl": grade,
            "School": school, "Country Of Origin": ctry, "Home Lang": lang,
            "guardians": [{"name": "Maria Lopez", "relationship": "mother", "language": lang,
                           "address": f"{street} {zipc}"}],
            "flags": ["SLIFE", "Newcomer", eth], "Gang Involvement": [gang, "associate"],
            "notes": f"Family is {eth}, speaks {lang} at home, lives in {hood}.",
        }
        forb += [ctry.replace("the ", ""), lang, "Maria Lopez", street, zipc, "SLIFE", "Newcomer", eth, gang]
        if hood.lower() not in school.lower():
            forb.append(hood)
        must += [local, d]
        cats += ["national_origin", "language", "ethnicity", "gang_affiliation"]
    return rec, forb, must, cats


for i in range(85):
    first, last = pick(FIRST), pick(LAST)
    school = pick(SCHOOLS)
    style = i % 5
    rec, forb, must, cats = sis_record(first, last, school, style)
    name = f"{first} {last}"
    ground, facts, frag, extra = allow_base(name)
    place, t = pick(PLACES), pick(TIMES)
    desc = f"At {t} in the {place}, {frag}."
    req: dict[str, Any] = {"recipient": pick(["bpd", "bpd/district-c11", "bpd/district-b2"]), "ground": ground,
                           **extra, "incident": {"occurred_at": when(), "location": f"{school}, {place}",
                                                 "description": desc}, "student": rec}
    if i % 17 == 3:  # a face-recognition field in the record: denied outright
        rec["FR Match"] = {"source": "BRIC face search", "score": 0.94, "candidate": "booking photo 88231"}
        forb.append("booking photo 88231")
        add("sis_face", req, "deny", forb, [], [], [*cats, "face_surveillance"], "face_surveillance")
        continue
    if i % 13 == 5:  # an excluded substance: denied, still leak-free
        req["ground"] = "drugs"
        req["substances"] = ["THC vape cartridge"]
        req.pop("weapon", None)
        req.pop("threat_statement", None)
        req["incident"]["description"] = f"At {t} in the {place}, {name} was found with a THC vape cartridge."
        add("sis_excluded", req, "deny", forb, [], [], cats, "excluded_substance")
        continue
    add(f"sis_{style}", req, "allow", forb, must, [*facts, t], cats)


# ---------------------------------------------------------------------------------------------
# 2. text tricks
# ---------------------------------------------------------------------------------------------
def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else "\u3000" if c == " " else c for c in s)


ZW = "\u200b"
SHY = "\u00ad"
NBSP = "\u00a0"
CYR = str.maketrans({"a": "\u0430", "e": "\u0435", "o": "\u043e", "c": "\u0441", "p": "\u0440"})

# (sentence, must_not, category)
TRICKS: list[tuple[str, list[str], str]] = [
    ("The student is undoc" + ZW + "umented, per the counselor.", ["undoc"], "immigration_status"),
    ("Mother said the family is un" + SHY + "documented.", ["un" + SHY + "documented", "documented"],
     "immigration_status"),
    ("He lives in" + "\n" + "Dorchester with an aunt.", ["Dorchester"], "neighborhood"),
    ("She lives on\tBlue Hill Avenue.", ["Blue Hill Ave"], "neighborhood"),
    ("The family is Cape" + NBSP + "Verdean.", ["Verdean"], "ethnicity"),
    ("Her family attends a Jehovah\u2019s Witness kingdom hall.", ["Jehovah"], "religion"),
    ("THE STUDENT IS UNDOCUMENTED AND SPEAKS ONLY SPANISH AT HOME.", ["UNDOCUMENTED", "SPANISH"],
     "immigration_status"),
    ("HE WAS BORN IN HONDURAS AND IS A KNOWN HEATH STREET MEMBER.", ["HONDURAS", "HEATH STREET"], "gang_affiliation"),
    ("The boy (Haitian) was calm afterwards.", ["Haitian"], "ethnicity"),
    ("A classmate called him \"Dominican\" during the argument.", ["Dominican"], "ethnicity"),
    ("He describes himself as Cape Verdean-American.", ["Verdean"], "ethnicity"),
    ("The family is Guatemalan/Mexican.", ["Guatemalan", "Mexican"], "ethnicity"),
    ("She is ELL level 2 and needs a Spanish interpreter.", ["ELL level", "Spanish"], "language"),
    ("He is an LEP student.", ["an LEP"], "language"),
    ("She was flagged as SLIFE last year.", ["SLIFE"], "immigration_status"),
    ("He is a SIFE student who arrived in 2024.", ["SIFE"], "immigration_status"),
    ("The family came from the DR last summer.", ["the DR"], "national_origin"),
    ("He lives in JP near the pond.", ["in JP"], "neighborhood"),
    ("She lives in Eastie with her grandmother.", ["Eastie"], "neighborhood"),
    ("He grew up in Southie.", ["Southie"], "neighborhood"),
    ("The student lives in Dot, off Bowdoin.", ["in Dot", "Bowdoin"], "neighborhood"),
    ("The student is H\u0430itian.", ["itian"], "ethnicity"),
    ("Mother is \u0405omali and wears hijab.", ["omali", "hijab"], "ethnicity"),
    ("His family is D\u043emin\u0456can.", ["min"], "ethnicity"),
    ("The student is " + fullwidth("Haitian") + ".", [fullwidth("Haitian")], "ethnicity"),
    ("Counselor notes: " + fullwidth("DACA") + " recipient.", [fullwidth("DACA")], "immigration_status"),
    ("He is a member of the Castle" + ZW + "gate crew.", ["Castle", "gate crew"], "gang_affiliation"),
    ("She goes to the mosque on\nFridays with her father.", ["mosque"], "religion"),
    ("The family is Mus" + SHY + "lim.", ["lim."], "religion"),
    ("He speaks Viet" + ZW + "namese at home.", ["namese"], "language"),
    ("She was born in\nGuatemala City.", ["Guatemala"], "national_origin"),
    ("The student\u2019s family are refugees from Somalia.", ["refugee", "Somalia"], "immigration_status"),
    ("He is \u201cundocumented\u201d according to a peer.", ["undocumented"], "immigration_status"),
    ("The family lives in the Mildred\u00a0Hailey development.", ["Hailey"], "neighborhood"),
    ("Mom speaks Kreyol only; an interpreter was called.", ["Kreyol"], "language"),
    ("He is a suspected Heath-Street associate.", ["Heath"], "gang_affiliation"),
    ("The student, who is Puerto\u00a0Rican, left the room.", ["Rican"], "ethnicity"),
    ("She is from Brazil, arrived in March.", ["Brazil"], "national_origin"),
    ("HE IS A MEMBER OF MS-13 ACCORDING TO A PEER.", ["MS-13"], "gang_affiliation"),
    ("The student lives at 44 Geneva Ave. in Dorchester.", ["44 Geneva", "Dorchester"], "neighborhood"),
]

for i in range(64):
    sent, bad, cat = TRICKS[i % len(TRICKS)]
    first, last = pick(FIRST), pick(LAST)
    name = f"{first} {last}"
    school = pick(schools_without("Dorchester", "Boston Latin")) if "Dorchester" in bad else pick(SCHOOLS)
    ground, facts, frag, extra = allow_base(name)
    place, t = pick(PLACES), pick(TIMES)
    if i % 2:
        desc = f"{frag[0].upper()}{frag[1:]} in the {place} at {t}. {sent}"
    else:
        desc = f"{sent} At {t}, {frag} in the {place}."
    rec = {"student_id": sid(), "name": name, "date_of_birth": dob(), "grade": R.randint(6, 12), "school": school}
    req = {"recipient": pick(["bpd", "bpd/district-b3"]), "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": f"{school}, {place}", "description": desc}, "student": rec}
    add("trick", req, "allow", bad, [name, school, *facts], [*facts, place], [cat])


# ---------------------------------------------------------------------------------------------
# 3. words pasted from a family's note
# ---------------------------------------------------------------------------------------------
FOREIGN: list[tuple[str, list[str], str]] = [
    ("Note from the aunt: la familia es indocumentada.", ["indocumentad"], "immigration_status"),
    ("The mother wrote that they are sin papeles.", ["sin papeles"], "immigration_status"),
    ("The grandmother habla solo espa\u00f1ol.", ["espa\u00f1ol", "solo espa"], "language"),
    ("Dad speaks only krey\u00f2l.", ["krey"], "language"),
    ("Mom speaks criollo at home.", ["criollo"], "language"),
    ("The family has a pending asilo case.", ["asilo"], "immigration_status"),
    ("The student is afraid la migra will come to the house.", ["la migra"], "immigration_status"),
    ("A peer said he is in the mara.", ["the mara"], "gang_affiliation"),
    ("He has MS-13 tattoos on his hands.", ["MS-13"], "gang_affiliation"),
    ("He reps Barrio 18 on social media.", ["Barrio 18"], "gang_affiliation"),
    ("The family attends the iglesia pentecostal on Sundays.", ["iglesia", "pentecostal"], "religion"),
    ("His father prays at the mezquita every Friday.", ["mezquita"], "religion"),
    ("La familia vive en East Boston.", ["vive en East Boston"], "neighborhood"),
    ("Mother says: nou se moun Ayiti, nou pa gen papye.", ["Ayiti", "papye"], "national_origin"),
    ("The father is from Rep\u00fablica Dominicana.", ["Rep\u00fablica Dominicana", "Dominicana"], "national_origin"),
    ("The family only speaks portugu\u00eas.", ["portugu"], "language"),
    ("Note: the student is indocumentado and lives with a t\u00edo.", ["indocumentado"], "immigration_status"),
    ("Mom said he is Mara Salvatrucha.", ["Salvatrucha"], "gang_affiliation"),
    ("The family is hondure\u00f1a, llegaron el a\u00f1o pasado.", ["hondure"], "ethnicity"),
    ("He is salvadore\u00f1o and lives with his uncle.", ["salvadore"], "ethnicity"),
    ("The family is waiting on their TPS renewal.", ["TPS"], "immigration_status"),
    ("She said her family are refugiados.", ["refugiado"], "immigration_status"),
]

for i in range(46):
    sent, bad, cat = FOREIGN[i % len(FOREIGN)]
    first, last = pick(FIRST), pick(LAST)
    name = f"{first} {last}"
    school = pick(schools_without("East Boston")) if "East Boston" in " ".join(bad) else pick(SCHOOLS)
    ground, facts, frag, extra = allow_base(name)
    place, t = pick(PLACES), pick(TIMES)
    desc = f"{frag[0].upper()}{frag[1:]} in the {place} at {t}. {sent} {pick(STAFF)} secured the area."
    rec = {"Local ID": sid(), "Student First Name": first, "Student Last Name": last, "Birth Date": dob(),
           "Grade Lvl": R.randint(6, 12), "School Name": school}
    req = {"recipient": "bpd", "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": f"{school}, {place}", "description": desc}, "student": rec}
    if i % 11 == 7:
        req["ground"] = "immigration inquiry"
        add("foreign_deny", req, "deny", bad, [], [], [cat], "ground_not_permitted")
        continue
    add("foreign", req, "allow", bad, [first, last, school, *facts], [*facts, place], [cat])


# ---------------------------------------------------------------------------------------------
# 4. long narratives
# ---------------------------------------------------------------------------------------------
MIDS: list[tuple[str, list[str], str]] = [
    ("{n}, who is {e} and lives in {h}, then walked toward the exit", ["{e}", "{h}"], "ethnicity"),
    ("{n} told {s}, in {l}, that he was sorry", ["{l}"], "language"),
    ("A classmate, whose family is from {c}, saw the whole thing", ["{c}"], "national_origin"),
    ("{n}, a suspected {g} associate, did not resist", ["{g}"], "gang_affiliation"),
    ("{n}, who is {i}, was escorted to the office", ["{i}"], "immigration_status"),
    ("{n}, who attends a {r} church with his family, waited with {s}", ["{r}"], "religion"),
    ("{n} ran toward {h} Street before being stopped by {s}", ["{h} Street"], "neighborhood"),
]

for i in range(50):
    first, last = pick(FIRST), pick(LAST)
    name = f"{first} {last}"
    e, c, h, lang, g, imm = pick(ETHN), pick(COUNTRIES), pick(HOODS[:8]), pick(LANGS), pick(GANGS), pick(IMMIG)
    r = pick(["Pentecostal", "Baptist", "Catholic", "Adventist", "Evangelical"])
    school = pick(schools_without(h.split()[0]))
    s1, s2 = R.sample(STAFF, 2)
    place, t = pick(PLACES), pick(TIMES)
    ground, facts, frag, extra = allow_base(name)
    mid1, bad1, cat1 = MIDS[i % len(MIDS)]
    mid2, bad2, cat2 = MIDS[(i * 3 + 2) % len(MIDS)]
    vals = {"n": name, "e": e, "c": c, "h": h, "l": lang, "g": g, "i": imm, "r": r, "s": s1}
    m1 = mid1.format(**vals)
    vals["s"] = s2
    m2 = mid2.format(**vals).replace(name, first, 1)
    bad = [b.format(**vals) for b in bad1 + bad2]
    bad = [b.replace("the ", "").replace("a DACA recipient", "DACA").replace("an asylum seeker", "asylum")
           .replace("here on a tourist visa", "tourist visa").replace("a green card holder", "green card")
           .replace("in removal proceedings", "removal proceedings") for b in bad]
    sentences = [
        f"On the morning of the incident {s1} was on duty near the {place}.",
        f"At {t}, {frag}.",
        f"{m1}.",
        f"{s2} called the school police and the nurse.",
        f"{m2}.",
        f"The item was bagged and kept in the main office safe by {s1}.",
    ][: 4 + i % 3]
    if i % 3 == 0:
        sentences.insert(2, f"No other student was hurt; the {place} was closed for an hour.")
    desc = " ".join(sentences)
    rec = {"student_id": sid(), "name": name, "dob": dob(), "grade_level": str(R.randint(6, 12)), "school": school}
    req = {"recipient": pick(["bpd", "bpd/district-e13"]), "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": f"{school}, {place}", "description": desc}, "student": rec}
    add("story", req, "allow", bad, [name, school, *facts], [*facts, t, place, s1, s2], [cat1, cat2])


# ---------------------------------------------------------------------------------------------
# 5. denials with forbidden content
# ---------------------------------------------------------------------------------------------
DENY = [
    ({"ground": "gang activity"}, "ground_not_permitted"),
    ({"ground": "immigration status check"}, "ground_not_permitted"),
    ({"ground": "fight"}, "ground_not_permitted"),
    ({"ground": "weapon", "weapon": "knife", "recipient": "ice"}, "recipient_not_permitted"),
    ({"ground": "weapon", "weapon": "knife", "recipient": "bric"}, "recipient_not_permitted"),
    ({"ground": "drugs", "substances": ["weed", "juul pods"]}, "excluded_substance"),
    ({"ground": "drugs", "substances": ["hard seltzer"]}, "excluded_substance"),
    ({"ground": "credible_threat"}, "missing_threat_statement"),
]
for i in range(24):
    first, last = pick(FIRST), pick(LAST)
    name = f"{first} {last}"
    sent, bad, cat = pick(TRICKS + FOREIGN)
    school = pick(SCHOOLS)
    over, reason = DENY[i % len(DENY)]
    rec = {"Local ID": sid(), "Student Name": name, "Birth Date": dob(), "School": school,
           "Gang Involvement": pick(GANGS), "Home Lang": pick(LANGS)}
    req = {"recipient": "bpd", **over,
           "incident": {"occurred_at": when(), "location": school,
                        "description": f"{name} was involved in an incident in the {pick(PLACES)}. {sent}"},
           "student": rec}
    add("deny", req, "deny", [*bad, rec["Gang Involvement"], rec["Home Lang"]], [], [], [cat], reason)


# ---------------------------------------------------------------------------------------------
# 6. edges found while probing (fixed in this round); each wording twice, different incidents
# ---------------------------------------------------------------------------------------------
EDGE_TEXT: list[tuple[str, list[str], str]] = [
    ("Mom said he came over the border last year.", ["over the border"], "immigration_status"),
    ("The family is in the country without authorization.", ["without authorization"], "immigration_status"),
    ("She is Cabo Verdiana, per her file.", ["Verdiana"], "ethnicity"),
    ("His father prays at the ISBCC on Fridays.", ["ISBCC"], "religion"),
    ("He is u" + ZW + "n" + ZW + "d" + ZW + "o" + ZW + "c, the aunt said.", ["u" + ZW + "n"], "immigration_status"),
    ("A peer said he is affiliated with la 18.", ["la 18"], "gang_affiliation"),
    ("He moved here from Hati in 2024.", ["Hati"], "national_origin"),
    ("The student lives in Dot, just off Geneva.", ["in Dot", "Geneva"], "neighborhood"),
    ("Nota de la madre: el ni\u00f1o no tiene papeles.", ["papeles"], "immigration_status"),
    ("The boy is a member of la Mara Salvatrucha.", ["Salvatrucha", "la Mara"], "gang_affiliation"),
]
for i in range(2 * len(EDGE_TEXT)):
    sent, bad, cat = EDGE_TEXT[i % len(EDGE_TEXT)]
    first, last = pick(FIRST), pick(LAST)
    name = f"{first} {last}"
    school = pick(schools_without("Dorchester"))
    ground, facts, frag, extra = allow_base(name)
    place, t = pick(PLACES), pick(TIMES)
    desc = f"At {t}, {frag} in the {place}. {sent} {pick(STAFF)} took the report."
    rec = {"id": sid(), "name": {"first": first, "last": last}, "birth_date": dob(), "grade": R.randint(6, 12),
           "school": school}
    req = {"recipient": "bpd", "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": f"{school}, {place}", "description": desc}, "student": rec}
    add("edge_text", req, "allow", bad, [first, last, school, *facts], [*facts, place], [cat])

# an id or a date of birth that carries words
for i in range(6):
    first, last = pick(FIRST), pick(LAST)
    ctry = pick(["Haiti", "Guatemala", "Honduras", "Cape Verde"])
    school = pick(SCHOOLS)
    ground, facts, frag, extra = allow_base(f"{first} {last}")
    rec = {"Local ID": f"{R.randint(100000, 999999)} (undocumented)" if i % 2 else str(R.randint(100000, 999999)),
           "Student First Name": first, "Student Last Name": last,
           "Birth Date": f"2011-0{R.randint(1, 9)}-1{R.randint(0, 9)}, born in {ctry}", "School Name": school}
    req = {"recipient": "bpd", "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": school, "description": f"{frag[0].upper()}{frag[1:]}."},
           "student": rec}
    add("edge_dob", req, "allow", [ctry] + (["undocumented"] if i % 2 else []), [first, last, school, *facts],
        facts, ["national_origin"])

# face recognition in a withheld field's value or in the text: denied outright
FACE = [
    ({"Gang Notes": "Heath Street; ID confirmed by facial recognition"}, "", ["Heath Street"]),
    ({"FR Result": "94% - booking photo 55120"}, "", ["booking photo 55120"]),
    ({"alerts": [{"source": "BRIC face search", "hit": "Castlegate"}]}, "", ["Castlegate"]),
    ({}, " He was picked out by the face-rec system at the entrance.", []),
    ({}, " Camera FR hit on the student at 8:02.", []),
    ({"Notes": "Clearview hit; lives in Mattapan"}, "", ["Mattapan"]),
]
for i in range(12):
    fields, more, bad = FACE[i % len(FACE)]
    first, last = pick(FIRST), pick(LAST)
    school = pick(schools_without("Mattapan"))
    ground, facts, frag, extra = allow_base(f"{first} {last}")
    rec = {"student_id": sid(), "name": f"{first} {last}", "school": school, **fields}
    req = {"recipient": "bpd", "ground": ground, **extra,
           "incident": {"occurred_at": when(), "location": school, "description": f"{frag[0].upper()}{frag[1:]}.{more}"},
           "student": rec}
    add("edge_face", req, "deny", bad, [], [], ["face_surveillance"], "face_surveillance")


def main() -> None:
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
