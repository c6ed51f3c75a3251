"""Generator of tests/data/corpus/rephrased.jsonl (seeded, reproducible): every sentence template of
public.jsonl said again in other words, the way a careful rewriter or a language model would (synonyms,
reordered clauses, passive voice, other subject nouns and verbs), with many values per category.
Run: .venv/bin/python -m tests.corpus.make_rephrased

Labels follow RULES.md. must_not_contain holds forbidden values only (never a value that also occurs in
the student's or the school's name); must_contain_text keeps the incident's key fact words literally.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "data" / "corpus" / "rephrased.jsonl"
R = random.Random(20261122)

FIRST = ["Marcus", "Elena", "Tobias", "Naomi", "Quentin", "Priya", "Wesley", "Harriet", "Nolan", "Bianca",
         "Desmond", "Yolanda", "Felix", "Imogen", "Rashad", "Celeste", "Otis", "Valeria", "Gideon", "Leona"]
LAST = ["Pemberton", "Okonjo", "Sterling", "Vance", "Lindqvist", "Marchetti", "Abernathy", "Fairweather",
        "Kaczmarek", "Delacroix", "Thornbury", "Ashby", "Winslow", "Bramwell", "Cartwright", "Merriweather"]
SCHOOLS = ["Boston Latin Academy", "Madison Park Technical Vocational High School", "Burke High School",
           "Brighton High School", "East Boston High School", "Charlestown High School", "TechBoston Academy",
           "Another Course to College", "Boston Arts Academy", "Margarita Muniz Academy", "Kennedy Academy"]

SUBJ = ["The student", "The pupil", "The youth", "The boy", "The girl", "The 10th grader", "The child",
        "This student", "The ninth grader", "The teen"]

# --- forbidden sentence templates: 15 paraphrases each, {S} = a subject noun, {V} = the value -----------
ETHNICITY = (["Dominican", "Haitian", "Cape Verdean", "Puerto Rican", "Salvadoran", "Guatemalan", "Somali",
              "Vietnamese", "Honduran", "Colombian", "Jamaican", "Ecuadorian", "Fulani"], [
    "{S} is of {V} descent.",
    "{S} identifies as {V}.",
    "Ethnically, {s} is {V}.",
    "{S} comes from a {V} family.",
    "{S}'s family is {V}.",
    "By heritage {s} is {V}.",
    "{S} is {V} by background.",
    "Staff note that {s} is {V}.",
    "{S} belongs to the {V} community.",
    "The family of {s} is {V}.",
    "{S} has a {V} background.",
    "{S}'s parents are both {V}.",
    "{S} is {V}-American.",
    "It is noted that {s} is ethnically {V}.",
    "{S} describes himself as {V}.",
])
ORIGIN = (["Guatemala", "Honduras", "El Salvador", "Haiti", "Cape Verde", "Colombia", "Brazil", "Somalia",
           "Vietnam", "Venezuela", "Ecuador", "Nigeria", "Jamaica", "Chiquimula", "San Pedro Sula"], [
    "{S} originates from {V}.",
    "{S} hails from {V}.",
    "{S} was raised in {V}.",
    "{S} is a native of {V}.",
    "{S} came here from {V} last year.",
    "{S}'s birthplace is {V}.",
    "{S} is a {V} native.",
    "{V} is where {s} was born.",
    "{S} recently arrived from {V}.",
    "{S} moved to Boston from {V}.",
    "Originally, {s} is from {V}.",
    "{S} spent her early childhood in {V}.",
    "{S} emigrated from {V} with her mother.",
    "{S}'s country of birth is {V}.",
    "{S} holds citizenship of {V}.",
])
LANGUAGE = (["Spanish", "Portuguese", "Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Somali", "Arabic",
             "Mandarin", "Cantonese", "French", "Russian", "Amharic", "Wolof"], [
    "{S} converses in {V} at home.",
    "At home the family talks in {V}.",
    "{V} is the language spoken in {s}'s household.",
    "{S}'s first language is {V}.",
    "{S} mainly uses {V} with his parents.",
    "The household language is {V}.",
    "{S} communicates with family in {V}.",
    "{S} is a native {V} speaker.",
    "{S}'s parents only speak {V}.",
    "{S} needs a {V} interpreter for meetings.",
    "{S}'s primary language is {V}.",
    "{S} grew up speaking {V}.",
    "In the home, {V} is spoken.",
    "{S} is fluent in {V} and still learning English.",
    "The mother of {s} speaks only {V}.",
])
NEIGHBORHOOD = (["Hyde Park", "Jamaica Plain", "Dorchester", "Roxbury", "Mattapan", "East Boston", "Roslindale",
                 "Charlestown", "Brighton", "Allston", "South Boston", "West Roxbury", "Mission Hill",
                 "Readville", "Fields Corner"], [
    "{S} resides in {V}.",
    "{S} makes her home in {V}.",
    "{S}'s family lives over in {V}.",
    "{S} stays with an aunt in {V}.",
    "Home for {s} is in {V}.",
    "{S} lives near Centre Street in {V}.",
    "{S} is a {V} resident.",
    "{V} is where {s} lives.",
    "{S} has lived in {V} since 2019.",
    "{S} lives on a street in {V}.",
    "The family rents an apartment in {V}.",
    "{S} commutes to school from {V}.",
    "{S} is living in {V} with his grandmother.",
    "{S} resides with relatives in {V}.",
    "{S}'s home address is in {V}.",
])
RELIGION = (["Catholic", "Muslim", "Jewish", "Buddhist", "Hindu", "Evangelical", "Pentecostal", "Sikh",
             "Greek Orthodox", "Baptist", "Mormon", "Seventh-day Adventist", "Zoroastrian"], [
    "{S} is a practicing {V}.",
    "{S} belongs to a {V} congregation.",
    "{S}'s family is devoutly {V}.",
    "{S} was raised {V}.",
    "{S} practices the {V} faith.",
    "By faith, {s} is {V}.",
    "{S} attends {V} services weekly.",
    "{S} identifies as {V}.",
    "The family of {s} is {V}.",
    "{S} comes from a {V} household.",
    "{S} is an observant {V}.",
    "Religiously, {s} is {V}.",
    "{S} is a member of a {V} church.",
    "{S}'s parents are {V}.",
    "{S} follows the {V} religion.",
])
IMMIGRATION = ([("is undocumented", "undocumented"), ("has DACA status", "DACA"),
                ("is an asylum seeker", "asylum"), ("came as a refugee", "refugee"),
                ("has no papers", "no papers"), ("holds Temporary Protected Status", "Temporary Protected Status"),
                ("overstayed a tourist visa", "overstayed"), ("lacks legal immigration status", "immigration status"),
                ("is in the country illegally", "illegally"), ("is awaiting a green card", "green card"),
                ("has a pending deportation case", "deportation"), ("is out of status", "out of status")], [
    "{S} {V}.",
    "Staff were told that {s} {V}.",
    "It is understood that {s} {V}.",
    "According to the family, {s} {V}.",
    "{S} reportedly {V}.",
    "The counselor noted that {s} {V}.",
    "We believe {s} {V}.",
    "Records suggest {s} {V}.",
    "{S}'s mother said {s} {V}.",
    "Please note {s} {V}.",
    "As far as staff know, {s} {V}.",
    "A teacher mentioned that {s} {V}.",
    "The family disclosed that {s} {V}.",
    "It was reported that {s} {V}.",
    "Apparently {s} {V}.",
])
GANG = (["Castlegate", "Wendover", "H-Block", "Heath Street", "Orchard Park", "Franklin Hill", "Academy Homes",
         "Bromley", "Cathedral", "Lenox Street", "Thetford", "Columbia Point", "Ridgeway", "Trinos"], [
    "{S} is affiliated with the {V} gang.",
    "{S} is said to run with the {V} crew.",
    "Staff suspect {s} belongs to the {V} gang.",
    "{S} is believed to be part of {V}.",
    "{S} has been seen hanging out with {V} members.",
    "{S} is a known associate of the {V} crew.",
    "{S} reportedly claims {V}.",
    "Teachers think {s} is tied to the {V} gang.",
    "{S} is allegedly involved with {V}.",
    "{S} is thought to be in the {V} set.",
    "{S} was recruited by the {V} gang.",
    "There are rumors that {s} reps {V}.",
    "{V} is the gang {s} belongs to.",
    "Word is {s} is said to run with the {V}.",
    "{S} is listed as a {V} gang associate.",
])
FORBIDDEN = {"ethnicity": ETHNICITY, "national_origin": ORIGIN, "language": LANGUAGE, "neighborhood": NEIGHBORHOOD,
             "religion": RELIGION, "immigration_status": IMMIGRATION, "gang_affiliation": GANG}

# structured fields (value, canary)
FIELDS = {
    "ethnicity": ("ethnicity", ["Haitian", "Dominican", "Cape Verdean", "Salvadoran"]),
    "national_origin": ("country_of_birth", ["Brazil", "Guatemala", "Haiti", "Honduras"]),
    "language": ("home_language", ["Portuguese", "Spanish", "Haitian Creole", "Vietnamese"]),
    "neighborhood": ("neighborhood", ["Jamaica Plain", "Hyde Park", "Mattapan", "Roslindale"]),
    "religion": ("religion", ["Buddhist", "Muslim", "Catholic", "Hindu"]),
    "immigration_status": ("immigration_status", ["pending asylum", "undocumented", "DACA recipient"]),
    "gang_affiliation": ("gang_affiliation", ["Wendover Street", "Castlegate", "Heath Street"]),
}

# --- incident templates: 8 paraphrases each, keeping the fact words ----------------------------------
THREAT = [
    "{N} put up a post that named the school and a date and said he would bring a gun.",
    "In an online message naming the school and a specific date, {N} wrote that he would bring a gun.",
    "A message from {N} named the school and a date; in it he said he would bring a gun.",
    "{N} wrote on social media that he would bring a gun to the school on a stated date.",
    "Staff saw a post by {N} naming the school and a day on which he would bring a gun.",
    "{N} messaged classmates, naming the school and a date, that he planned to bring a gun.",
    "According to a post naming the school and a date, {N} intends to bring a gun.",
    "The school and a date were named in a message where {N} said he would bring a gun.",
]
WEAPON = {
    "knife": ("knife", "knife", [
        "A folding knife was found on {n} during a bag check.",
        "During a search of his bag, {n} was discovered carrying a folding knife.",
        "Staff checking bags found a folding knife in the possession of {n}.",
        "{N} had a folding knife in a backpack, which staff found during a bag check.",
        "A bag check turned up a folding knife belonging to {n}.",
        "A folding knife was recovered from the bag of {n}.",
        "At a routine bag check, a folding knife was located on {n}.",
        "{N} was carrying a folding knife, staff found at a bag check.",
    ]),
    "firearm": ("firearm", "handgun", [
        "A loaded handgun was found on {n} during a bag check.",
        "During a search of his bag, {n} was discovered carrying a loaded handgun.",
        "Staff checking bags found a loaded handgun in the possession of {n}.",
        "{N} had a loaded handgun in a backpack, which staff found during a bag check.",
        "A bag check turned up a loaded handgun belonging to {n}.",
        "A loaded handgun was recovered from the bag of {n}.",
        "At a routine bag check, a loaded handgun was located on {n}.",
        "{N} was carrying a loaded handgun, staff found at a bag check.",
    ]),
    "brass knuckles": ("brass knuckles", "brass knuckles", [
        "Brass knuckles were found on {n} during a bag check.",
        "During a search of his bag, {n} was discovered carrying brass knuckles.",
        "Staff checking bags found brass knuckles in the possession of {n}.",
        "{N} had brass knuckles in a backpack, which staff found during a bag check.",
        "A bag check turned up brass knuckles belonging to {n}.",
        "A set of brass knuckles was recovered from the bag of {n}.",
        "At a routine bag check, brass knuckles were located on {n}.",
        "{N} was carrying brass knuckles, staff found at a bag check.",
    ]),
}
DRUG_OK = [
    "{X} was discovered by a staff member in {n}'s locker.",
    "A staff member searched the locker of {n} and found {x}.",
    "Staff located {x} inside {n}'s locker.",
    "In {n}'s locker, an employee found {x}.",
    "{N} had {x} in a locker, a staff member found.",
    "A staff member came across {x} stored in the locker of {n}.",
    "{X} turned up in {n}'s locker when a staff member checked it.",
    "An adult on staff found {x} hidden in {n}'s locker.",
]
DRUG_PAIR = [
    "{N} was in possession of {x} and {y}.",
    "{X} and {y} were found on {n}.",
    "Staff found {n} carrying {x} along with {y}.",
    "{N} had both {x} and {y} on him.",
    "Staff discovered {y} together with {x} on {n}.",
    "A search found {n} holding {x} as well as {y}.",
    "{N} was caught with {x} and also {y}.",
    "On {n}, staff found {x} and {y}.",
]
DRUG_EXCL = [
    "{X} was found in a backpack belonging to {n}.",
    "Staff found {n} carrying {x} in a backpack.",
    "{N} had {x} in a backpack.",
    "A backpack belonging to {n} contained {x}.",
    "{N} was caught with {x} in a bag.",
    "Staff discovered {x} in {n}'s backpack.",
    "In a backpack, {n} had {x}.",
    "{X} turned up in the backpack of {n}.",
]
VIOLENCE = [
    "{N} repeatedly hit another student, who suffered a broken jaw and needed hospital care.",
    "Another student was left with a broken jaw requiring hospital treatment after {n} struck him repeatedly.",
    "{N} punched a classmate several times, causing a broken jaw that required hospital care.",
    "A classmate was taken to hospital with a broken jaw after being struck repeatedly by {n}.",
    "Repeated blows from {n} caused another student a broken jaw that needed hospital care.",
    "{N} attacked another student, repeatedly striking him and breaking his jaw; the victim had a broken jaw "
    "treated at a hospital.",
    "The victim needed hospital care for a broken jaw after {n} hit him again and again.",
    "{N} beat another student repeatedly, and the other student's broken jaw required hospital care.",
]
FIGHT = [
    "{N} was part of a pushing match in the corridor.",
    "There was a shoving incident in the hallway involving {n}.",
    "{N} and another student shoved each other in the hallway.",
    "A hallway scuffle, with pushing, involved {n}.",
    "{N} got into a brief shoving match near the lockers.",
    "Staff broke up some pushing between {n} and a classmate in the hall.",
    "{N} pushed another student during a hallway argument.",
    "A shoving match in the hall involved {n}; nobody was hurt.",
]
TRUANT = [
    "{N} has missed many days without an excuse.",
    "The matter concerns repeated absences by {n} that were not excused.",
    "{N} has been absent again and again without a valid reason.",
    "Repeated unexcused absences by {n} are the issue.",
    "{N} keeps skipping school without permission.",
    "Attendance records show {n} has many unexcused absences.",
    "{N} has a pattern of unexcused absence from class.",
    "The concern is {n}'s chronic truancy.",
]

THREAT_STATEMENTS = [
    "Specific written threat naming the school, a date and a firearm; the student has access to a firearm at home.",
    "The post names the school and a date and says he will bring a gun; a relative owns a handgun.",
    "Written threat to bring a gun to the school on a named date, repeated to two classmates.",
]


def subject() -> str:
    return R.choice(SUBJ)


def sentence(cat: str, name: str) -> tuple[str, str]:
    values, templates = FORBIDDEN[cat]
    t = R.choice(templates)
    v = R.choice(values)
    if cat == "immigration_status":
        phrase, canary = v  # type: ignore[misc]
    else:
        phrase, canary = v, v  # type: ignore[assignment]
    s = R.choice([subject(), name, subject()])
    text = t.replace("{S}", s).replace("{s}", s[0].lower() + s[1:] if s.startswith("The ") or s.startswith(
        "This ") else s).replace("{V}", phrase)
    text = text[0].upper() + text[1:]
    return text, canary


def fill(t: str, name: str, x: str = "", y: str = "") -> str:
    s = R.choice([name, "the student", "the pupil", "the youth", "the boy"])
    out = t.replace("{N}", s).replace("{n}", s).replace("{X}", x).replace("{x}", x).replace("{y}", y)
    return out[0].upper() + out[1:]


def incident(family: str, name: str) -> dict[str, Any]:
    """-> request extras, decision, tag, reason, must_contain_text, description"""
    if family == "weapon":
        key = R.choice(list(WEAPON))
        wfield, fact, ts = WEAPON[key]
        return {"extra": {"ground": "weapon", "weapon": wfield}, "desc": fill(R.choice(ts), name),
                "decision": "allow", "tag": "weapon", "facts": [fact]}
    if family == "drugs_ok":
        x = R.choice(["cocaine", "fentanyl", "oxycodone"])
        return {"extra": {"ground": "drugs", "substances": [x]}, "desc": fill(R.choice(DRUG_OK), name, x),
                "decision": "allow", "tag": "drugs_ok", "facts": [x]}
    if family == "drugs_mixed":
        x = R.choice(["beer", "a vape pen", "marijuana"])
        y = R.choice(["cocaine", "fentanyl", "oxycodone"])
        sx = {"a vape pen": "vape pen"}.get(x, x)
        return {"extra": {"ground": "drugs", "substances": [sx, y]}, "desc": fill(R.choice(DRUG_PAIR), name, x, y),
                "decision": "allow", "tag": "drugs_mixed", "facts": [y]}
    if family == "drugs_excluded":
        x = R.choice(["beer", "cigarettes", "marijuana", "a vape pen"])
        sx = {"a vape pen": "vape pen"}.get(x, x)
        return {"extra": {"ground": "drugs", "substances": [sx]}, "desc": fill(R.choice(DRUG_EXCL), name, x),
                "decision": "deny", "tag": "drugs_excluded", "reason": "excluded_substance", "facts": []}
    if family == "serious_violence":
        return {"extra": {"ground": "serious_violence"}, "desc": fill(R.choice(VIOLENCE), name),
                "decision": "allow", "tag": "serious_violence", "facts": ["broken jaw"]}
    if family == "credible_threat":
        return {"extra": {"ground": "credible_threat", "threat_statement": R.choice(THREAT_STATEMENTS)},
                "desc": fill(R.choice(THREAT), name), "decision": "allow", "tag": "credible_threat",
                "facts": ["bring a gun"]}
    if family == "threat_missing":
        return {"extra": {"ground": "credible_threat"}, "desc": fill(R.choice(THREAT), name), "decision": "deny",
                "tag": "threat_missing", "reason": "missing_threat_statement", "facts": []}
    if family == "other_ground":
        ground, ts = R.choice([("fight", FIGHT), ("truancy", TRUANT)])
        return {"extra": {"ground": ground}, "desc": fill(R.choice(ts), name), "decision": "deny",
                "tag": "other_ground", "reason": "ground_not_permitted", "facts": []}
    if family == "bad_recipient":
        key = R.choice(list(WEAPON))
        wfield, _, ts = WEAPON[key]
        return {"extra": {"ground": "weapon", "weapon": wfield}, "desc": fill(R.choice(ts), name),
                "decision": "deny", "tag": "bad_recipient", "reason": "recipient_not_permitted", "facts": [],
                "recipient": R.choice(["bric", "ice", "dhs", "fusion-center"])}
    if family == "face":
        wfield, _, ts = WEAPON["firearm"]
        return {"extra": {"ground": "weapon", "weapon": wfield,
                          "attachments": [{"kind": "face_match", "name": "match_result.json"}]},
                "desc": fill(R.choice(ts), name), "decision": "deny", "tag": "face", "reason": "face_surveillance",
                "facts": []}
    raise ValueError(family)


FAMILIES = ["weapon", "drugs_ok", "drugs_mixed", "drugs_excluded", "serious_violence", "credible_threat",
            "threat_missing", "other_ground", "bad_recipient", "face"]
WEIGHTS = [8, 6, 5, 4, 5, 5, 2, 3, 2, 1]


def clash(value: str, name: str, school: str) -> bool:
    v = value.lower()
    return v in name.lower() or v in school.lower() or any(w in school.lower() for w in v.split() if len(w) > 3)


def make(i: int) -> dict[str, Any]:
    rid = f"reph-{i:04d}"
    name = f"{R.choice(FIRST)} {R.choice(LAST)}"
    school = R.choice(SCHOOLS)
    family = R.choices(FAMILIES, WEIGHTS)[0]
    inc = incident(family, name)
    cats: set[str] = set()
    canaries: list[str] = []
    sentences: list[str] = []
    cat_cycle = list(FORBIDDEN)
    # every case carries 1-2 rephrased forbidden sentences; categories cycle so each template is used
    picks = [cat_cycle[i % len(cat_cycle)]]
    if R.random() < 0.45:
        picks.append(R.choice(cat_cycle))
    for cat in picks:
        for _ in range(20):
            text, canary = sentence(cat, name)
            if not clash(canary, name, school):
                break
        else:
            continue
        sentences.append(text)
        cats.add(cat)
        canaries.append(canary)
    student: dict[str, Any] = {"student_id": f"S{R.randint(100000, 999999)}", "name": name,
                               "date_of_birth": f"2010-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                               "grade": R.randint(6, 12), "school": school}
    if R.random() < 0.5:
        cat = R.choice(list(FIELDS))
        fname, vals = FIELDS[cat]
        v = R.choice(vals)
        if not clash(v, name, school):
            student[fname] = v
            cats.add(cat)
            canaries.append(v)
    pos = R.randint(0, len(sentences))
    parts = [*sentences[:pos], inc["desc"], *sentences[pos:]]
    desc = " ".join(parts)
    req: dict[str, Any] = {"request_id": rid, "school_id": f"BPS-{R.randint(1000, 9999)}",
                           "recipient": inc.get("recipient", R.choice(["bpd", "bpd/district-b2"])),
                           "incident": {"occurred_at": f"2026-{R.randint(2, 9):02d}-{R.randint(10, 28)}T10:"
                                                       f"{R.randint(10, 59)}:00-05:00",
                                        "location": f"{school}, second floor", "description": desc},
                           "student": student}
    req.update(inc["extra"])
    must_contain: list[str] = []
    if inc["decision"] == "allow":
        must_contain = [name, school, inc["facts"][0]]
    expect: dict[str, Any] = {"decision": inc["decision"], "must_not_contain": list(dict.fromkeys(canaries)),
                              "must_contain": must_contain, "categories": sorted(cats), "tags": [inc["tag"]]}
    if "reason" in inc:
        expect["reason"] = inc["reason"]
    expect["must_contain_text"] = list(inc["facts"])
    return {"id": rid, "request": req, "expect": expect}


def main() -> None:
    cases = [make(i) for i in range(480)]
    OUT.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
