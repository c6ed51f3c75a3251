"""Generate tests/data/corpus/emulated.jsonl: an emulation of the hidden corpus's likely generator.

The public corpus is template-generated: per family one incident sentence template, 0-3 forbidden
sentences (one per category) appended or prepended, and 0-3 forbidden structured student fields. The
hidden corpus is "a larger corpus in other words": this file keeps that design but writes, per
family, NEW incident templates, and per forbidden category NEW sentence templates with varied values,
plus structured fields under other names. Labels follow /work/shared/domain/RULES.md.

must_not_contain holds forbidden VALUES only (never words inside the redisclosure notice such as
"ICE", "gang database", "federal agency"); must_contain holds the student name, the school and the
incident's key fact; must_contain_text the key fact in the description.

usage: python -m tests.corpus.make_emulated [--seed 2026] [--n 480] [--out tests/data/corpus/emulated.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

FIRST = ["Aisha", "Brandon", "Chloe", "Darnell", "Emily", "Felix", "Gabriela", "Hector", "Ivy", "Jamal", "Keisha",
         "Liam", "Mariana", "Nathan", "Olivia", "Rafael", "Sasha", "Tyrone", "Valeria", "Wesley", "Yasmin", "Zoe"]
LAST = ["Albright", "Bancroft", "Coleridge", "Dunmore", "Everly", "Fenwick", "Garrison", "Hawthorne", "Ingram",
        "Kendrick", "Langford", "Montague", "Norwood", "Prescott", "Rutherford", "Sherwood", "Tolliver", "Wakefield"]
SCHOOLS = ["Boston Latin Academy", "Madison Park Technical Vocational High School", "East Boston High School",
           "Brighton High School", "Charlestown High School", "Excel High School", "Burke High School",
           "New Mission High School", "Boston Arts Academy", "Hyde Park Academy", "West Roxbury Academy",
           "Boston Community Leadership Academy", "O'Bryant School of Math and Science", "Snowden International School"]
RECIPIENTS_OK = ["bpd", "bpd/district-b2", "bpd/district-c11", "bpd/district-e13"]
RECIPIENTS_BAD = ["bric", "ice", "dhs", "hsi", "cbp", "fbi", "commonwealth-fusion-center", "private-security",
                  "gang-unit-database", "boston-regional-intelligence-center", "mass-state-police"]

# Incident templates. {s} = subject (the name or a pronoun phrase); (template, key facts).
# weapon: (request weapon, template, key fact words)
WEAPON = [
    ("box cutter", "A teacher saw a box cutter in {pos} waistband.", ["box cutter"]),
    ("pistol", "Security recovered a loaded pistol from {pos} locker.", ["pistol"]),
    ("knife", "{S} pulled a kitchen knife out of a backpack in the cafeteria.", ["knife"]),
    ("stun gun", "A stun gun was taken from {pos} coat pocket by the assistant principal.", ["stun gun"]),
    ("pepper spray", "{S} sprayed pepper spray at classmates in the stairwell.", ["pepper spray"]),
    ("brass knuckles", "Staff confiscated a set of brass knuckles that {s} was carrying.", ["brass knuckles"]),
    ("revolver", "An unloaded revolver was discovered inside {pos} gym bag.", ["revolver"]),
    ("razor blade", "{S} had a razor blade hidden in a pencil case.", ["razor blade"]),
    ("switchblade", "The dean found a switchblade in {pos} sock during a search.", ["switchblade"]),
    ("taser", "{S} showed other students a taser on the bus ramp.", ["taser"]),
    ("machete", "A machete was found wrapped in a towel in {pos} locker.", ["machete"]),
    ("handgun", "A school police officer took a handgun from {pos} backpack at the front door.", ["handgun"]),
]
DRUGS_OK = [
    ("counterfeit pills", "{S} was selling pressed pills in the bathroom.", ["pressed pills"]),
    ("cocaine", "A bag of what tested as cocaine was found in {pos} jacket.", ["cocaine"]),
    ("fentanyl", "Nurse staff found fentanyl powder folded in foil in {pos} wallet.", ["fentanyl"]),
    ("heroin", "{S} handed a classmate a packet of heroin near the gym.", ["heroin"]),
    ("Xanax", "Loose Xanax bars were recovered from {pos} pencil pouch.", ["Xanax"]),
    ("MDMA", "{S} admitted bringing MDMA capsules to the dance.", ["MDMA"]),
    ("methamphetamine", "A small baggie of methamphetamine fell out of {pos} hoodie.", ["methamphetamine"]),
    ("oxycodone", "{S} had oxycodone tablets that were not prescribed to {obj}.", ["oxycodone"]),
    ("LSD", "Blotter paper later identified as LSD was in {pos} phone case.", ["LSD"]),
    ("psilocybin", "{S} was passing out psilocybin mushrooms at lunch.", ["psilocybin"]),
    ("crack cocaine", "Rocks of crack cocaine were taped under {pos} desk.", ["crack cocaine"]),
]
DRUGS_EXCL = [
    ("THC cartridge", "{S} was caught with a THC cartridge in the locker room."),
    ("edibles", "Staff found gummy edibles in {pos} lunch bag."),
    ("weed", "{S} was smoking weed behind the portable classrooms."),
    ("vodka", "A water bottle of vodka was confiscated from {obj}."),
    ("Juul pods", "{S} had a pack of Juul pods in {pos} pocket."),
    ("chewing tobacco", "{S} was found with chewing tobacco in class."),
    ("beer", "Two cans of beer were found in {pos} backpack."),
    ("nicotine pouches", "A tin of nicotine pouches was taken from {obj} in homeroom."),
    ("hash", "{S} tried to sell hash to a freshman."),
    ("blunts", "Pre-rolled blunts were found in {pos} jacket."),
]
DRUGS_MIX = [
    (["weed", "fentanyl"], "{S} had weed and a bag of fentanyl in {pos} backpack.", ["fentanyl"]),
    (["vape", "cocaine"], "A vape and a vial of cocaine were found in {pos} locker.", ["cocaine"]),
    (["beer", "Xanax"], "{S} brought beer and Xanax pills to the field trip.", ["Xanax"]),
    (["edibles", "MDMA"], "Staff found edibles mixed with MDMA tablets in {pos} bag.", ["MDMA"]),
    (["cigarettes", "heroin"], "Cigarettes and a packet of heroin were taken from {pos} coat.", ["heroin"]),
    (["THC cartridge", "oxycodone"], "{S} had a THC cartridge and oxycodone pills in {pos} pocket.", ["oxycodone"]),
    (["marijuana", "methamphetamine"], "A search turned up marijuana and methamphetamine in {pos} car.",
     ["methamphetamine"]),
    (["alcohol", "counterfeit pills"], "{S} was drinking alcohol and selling counterfeit pills.", ["counterfeit pills"]),
]
VIOLENCE = [
    ("{S} stabbed a classmate in the shoulder with a pencil.", ["stabbed"]),
    ("{S} knocked a student unconscious in the locker room.", ["unconscious"]),
    ("{S} beat another student with a metal pipe, fracturing his skull.", ["fracturing"]),
    ("A student needed stitches and surgery after {s} slashed him with a blade.", ["surgery"]),
    ("{S} kicked a younger student in the head until he lost consciousness.", ["lost consciousness"]),
    ("{S} sexually assaulted a classmate in a stairwell.", ["sexually assaulted"]),
    ("{S} broke a teacher's arm by throwing her down the stairs.", ["broke"]),
    ("{S} hit a classmate with a chair, leaving him with a concussion and a fractured orbital bone.", ["concussion"]),
    ("A student was hospitalized with internal bleeding after {s} stomped on him.", ["internal bleeding"]),
    ("{S} cut another student's face with a box cutter, requiring 20 stitches.", ["stitches"]),
]
THREATS = [
    ("{S} told classmates {sp} was going to shoot up the cafeteria on Friday.",
     "Told several students the day and place of a planned shooting; a relative's rifle is in the home.",
     ["shoot up"]),
    ("{S} wrote on a bathroom wall that {sp} would blow up the gym during the assembly.",
     "Written bomb threat naming the gym and the assembly date; the student searched online for explosives.",
     ["blow up"]),
    ("In a group chat {s} said {sp} would kill {pos} math teacher tomorrow.",
     "Direct threat to kill a named teacher on a named day, sent to twenty students.", ["kill"]),
    ("{S} posted a photo of a rifle with the caption 'Monday, school, everybody'.",
     "Photo of a rifle posted with the school and a day; the student has access to the rifle.", ["rifle"]),
    ("{S} emailed the principal a list of students {sp} planned to hurt with a knife.",
     "Named list of targets and a weapon, sent by email to the principal.", ["hurt"]),
    ("{S} threatened to bring a gun and shoot the students who bullied {obj}.",
     "Specific threat to shoot named students; the student said {sp} knows where to get a gun.", ["shoot"]),
    ("{S} said on a video call that {sp} would stab the hall monitor after lunch.",
     "Stated intent to stab a named staff member at a stated time.", ["stab"]),
    ("A note in {pos} notebook described a plan to set the school on fire next week.",
     "Written plan with a date to set fire to the building; lighter fluid found in the bag.", ["set the school on fire"]),
]
OTHER = [
    ("theft", "{S} took another student's phone from the locker room.", "theft"),
    ("vandalism", "{S} spray-painted the walls of the second floor bathroom.", "vandalism"),
    ("bullying", "{S} has been repeatedly teasing a younger student online.", "bullying"),
    ("truancy", "{S} has missed thirty days of school this term without an excuse.", "truancy"),
    ("fight", "{S} got into a scuffle in the lunch line; nobody was hurt.", "fight"),
    ("trespass", "{S} entered the building after hours through an unlocked door.", "trespass"),
    ("gang activity", "Staff think {s} is recruiting younger students to a street group.", "gang activity"),
    ("immigration inquiry", "Federal officers asked the school whether {s} is enrolled.", "immigration inquiry"),
    ("suspicious behavior", "{S} was seen taking photos of the school entrances.", "suspicious behavior"),
    ("shoplifting", "{S} was caught stealing snacks from the school store.", "theft"),
    ("disorderly conduct", "{S} shouted at a teacher and slammed a door.", "disorderly conduct"),
    ("fight", "{S} and another boy traded punches at the bus stop; both walked away with scrapes.", "fight"),
]

# Forbidden sentence templates per category: (template, value list); the value fills {v} and goes into
# must_not_contain. A template without {v} lists its own forbidden words.
FORBIDDEN: dict[str, list[tuple[str, list[str]]]] = {
    "immigration_status": [
        ("The family has no legal status.", ["no legal status"]),
        ("{Sp} crossed the border last spring.", ["crossed the border"]),
        ("{Sp} is waiting on {pos} green card.", ["green card"]),
        ("{Pos} mother is a visa overstay.", ["visa overstay"]),
        ("The student's DACA renewal is pending.", ["DACA"]),
        ("{Sp} came here as a refugee.", ["refugee"]),
        ("{Pos} father has an open deportation case.", ["deportation"]),
        ("The family has a pending asylum claim.", ["asylum"]),
        ("{Sp} has been living here without papers.", ["without papers"]),
        ("{Sp} holds temporary protected status.", ["temporary protected status"]),
        ("The family is out of status.", ["out of status"]),
        ("{Sp} does not have a Social Security number.", ["Social Security number"]),
    ],
    "national_origin": [
        ("{Sp} moved here from {v} in 2023.", ["Honduras", "Somalia", "Venezuela", "Ecuador", "Nigeria"]),
        ("Originally from {v}.", ["Cabo Verde", "El Salvador", "Haiti", "Guatemala", "Vietnam"]),
        ("{Sp} was born in {v}.", ["Colombia", "Brazil", "Albania", "Ethiopia", "Peru"]),
        ("The family recently arrived from {v}.", ["Afghanistan", "Ukraine", "Nicaragua", "Morocco"]),
        ("{Sp} grew up in {v} before coming to Boston.", ["Jamaica", "Kenya", "Cuba", "Bangladesh"]),
        ("{Pos} nationality is {v}.", ["Mexican", "Chinese", "Egyptian", "Congolese"]),
        ("{Sp} is a citizen of {v}.", ["Portugal", "Sudan", "Chile", "Senegal"]),
        ("The family emigrated from {v} last year.", ["Syria", "Iraq", "Ghana", "Uganda"]),
        ("{Sp} was born outside the United States.", ["born outside the United States"]),
    ],
    "ethnicity": [
        ("The boy is {v}.", ["Puerto Rican", "Dominican", "Cape Verdean", "Salvadoran"]),
        ("{Sp} identifies as {v}.", ["Haitian-American", "Somali-American", "Vietnamese-American"]),
        ("{Sp} is of {v} descent.", ["Irish", "Korean", "Lebanese", "Nigerian"]),
        ("{Pos} family is {v}.", ["Guatemalan", "Jamaican", "Cambodian", "Brazilian"]),
        ("The student is {v}.", ["Black", "Latino", "Hispanic", "Asian"]),
        ("{Sp} comes from a {v} family.", ["Chinese", "Ethiopian", "Albanian", "Colombian"]),
        ("{Sp} is biracial, half {v}.", ["Mexican", "Filipino", "Eritrean"]),
        ("{Pos} race is listed as {v}.", ["Native American", "Pacific Islander", "African American"]),
    ],
    "religion": [
        ("{Sp} wears a kippah.", ["kippah"]),
        ("{Sp} fasts during Ramadan.", ["Ramadan"]),
        ("{Sp} attends services at the {v} every week.", ["mosque", "synagogue", "Kingdom Hall", "gurdwara"]),
        ("The family is {v}.", ["Muslim", "Jewish", "Hindu", "Sikh", "Mormon", "Pentecostal"]),
        ("{Sp} wears a hijab to school.", ["hijab"]),
        ("{Sp} is active in {pos} {v} youth group.", ["Baptist", "Evangelical", "Catholic", "Orthodox"]),
        ("{Sp} prays five times a day.", ["prays five times"]),
        ("{Pos} father is a {v}.", ["pastor", "rabbi", "imam", "deacon"]),
        ("{Sp} was baptized last year.", ["baptized"]),
        ("{Sp} is a practicing {v}.", ["Buddhist", "Jehovah's Witness", "Seventh-day Adventist"]),
    ],
    "neighborhood": [
        ("{Pos} family rents an apartment on {v}.", ["Geneva Ave", "Blue Hill Avenue", "Columbia Road", "Bowdoin St"]),
        ("{Sp} takes the bus from {v} every morning.", ["Mattapan", "Roslindale", "Dorchester", "Roxbury"]),
        ("{Sp} lives in {v}.", ["the Bromley-Heath development", "Orchard Gardens", "Mission Main", "Franklin Field"]),
        ("The family's home is at {v}.", ["112 Norfolk Street", "7 Quincy Street", "58 Intervale Street"]),
        ("{Sp} stays with an aunt in {v}.", ["Chelsea", "Revere", "Hyde Park", "Jamaica Plain"]),
        ("{Pos} zip code is {v}.", ["02121", "02124", "02126", "02119"]),
        ("{Sp} lives near {v}.", ["Codman Square", "Egleston Square", "Fields Corner", "Uphams Corner"]),
        ("The student's address is {v}.", ["45 Magnolia Street", "9 Harlem Street", "230 Warren Street"]),
        ("{Sp} lives in a triple-decker on {v}.", ["Ruthven St", "Harvard St", "Talbot Ave"]),
        ("{Sp} lives in an apartment above the bodega on {v}.", ["Dudley St", "Bowdoin St", "Humboldt Ave"]),
        ("{Sp} walks home to {v} after school.", ["Allston", "Brighton", "Charlestown", "South End"]),
    ],
    "language": [
        ("Mom needs a {v} interpreter.", ["Cantonese", "Haitian Creole", "Somali", "Vietnamese"]),
        ("{Sp} is in the SEI program.", ["SEI program"]),
        ("{Sp} is an English learner.", ["English learner"]),
        ("At home the family speaks {v}.", ["Cape Verdean Creole", "Portuguese", "Arabic", "Spanish"]),
        ("{Pos} first language is {v}.", ["Amharic", "Mandarin", "Russian", "Tigrinya"]),
        ("{Sp} receives ESL services.", ["ESL services"]),
        ("{Pos} parents speak only {v}.", ["Spanish", "Haitian Creole", "Khmer", "Nepali"]),
        ("{Sp} has limited English proficiency.", ["limited English"]),
        ("{Sp} is classified as an ELL student.", ["ELL student"]),
    ],
    "gang_affiliation": [
        ("Police flagged {obj} as an associate of the {v} crew.", ["Corbet Street", "Heath Street", "Wendover"]),
        ("{Sp} has tattoos linked to the {v}.", ["Bloods", "Crips", "Latin Kings", "MS-13"]),
        ("{Sp} runs with the {v} gang.", ["Castlegate", "H-Block", "Annunciation Road", "Lenox Street"]),
        ("{Sp} is a known member of {v}.", ["MS-13", "18th Street", "Trinitarios"]),
        ("An officer said {s} was validated as a {v} affiliate.", ["Academy Homes", "Greenwood Street"]),
        ("{Sp} throws {v} hand signs in the hallway.", ["Bloods", "Latin Kings"]),
        ("{Sp} is believed to be affiliated with the {v} crew.", ["Morse Street", "Columbia Point", "KOB"]),
        ("Staff heard {s} is jumped into the {v} set.", ["Franklin Hill", "Geneva Ave", "Wilcock"]),
    ],
}
FACE_SENTENCES = [
    "Face recognition software matched {obj} to a photo from the mall.",
    "A facial recognition scan identified {s} on the camera footage.",
    "The face match system flagged {obj} at the entrance.",
    "A Clearview search returned {pos} social media profile.",
    "Police ran {pos} yearbook photo through face matching.",
]
FACE_ATTACH = [
    {"kind": "face_match", "name": "facial_match.pdf"},
    {"kind": "face_recognition", "name": "fr_result.json"},
    {"kind": "photo", "name": "face_match_candidates.zip"},
]

# Structured forbidden student fields: category -> (field names, values).
FIELDS: dict[str, tuple[list[str], list[str]]] = {
    "immigration_status": (["immigration_status", "citizenship", "visa_status", "residency_status"],
                           ["undocumented", "DACA recipient", "asylum seeker", "TPS holder", "visa overstay"]),
    "national_origin": (["country_of_birth", "birth_country", "nationality", "place_of_birth"],
                        ["Honduras", "Cabo Verde", "Somalia", "Venezuela", "Haiti", "Ecuador"]),
    "ethnicity": (["ethnicity", "race", "race_ethnicity", "ethnic_group"],
                  ["Puerto Rican", "Haitian", "Cape Verdean", "Hispanic", "Black", "Vietnamese"]),
    "religion": (["religion", "faith", "religious_affiliation"],
                 ["Muslim", "Jewish", "Pentecostal", "Hindu", "Catholic"]),
    "neighborhood": (["neighborhood", "home_address", "address", "zip_code", "street", "residence"],
                     ["Mattapan", "Roslindale", "112 Norfolk Street", "02121", "Geneva Ave", "Orchard Gardens"]),
    "language": (["home_language", "primary_language", "ell_status", "interpreter_needed", "language_spoken"],
                 ["Cantonese", "Haitian Creole", "SEI program", "Somali interpreter", "Tigrinya"]),
    "gang_affiliation": (["gang_affiliation", "gang", "crew", "gang_database_entry", "suspected_gang"],
                         ["Corbet Street", "Heath Street", "Latin Kings", "Trinitarios", "Castlegate"]),
}

FAMILIES = ["drugs_ok", "drugs_excluded", "drugs_mixed", "weapon", "serious_violence", "credible_threat",
            "threat_missing", "bad_recipient", "other_ground", "face"]
WEIGHTS = [14, 8, 8, 14, 10, 10, 5, 8, 16, 7]


def pronouns(rng: random.Random) -> dict[str, str]:
    return rng.choice([{"sp": "he", "pos": "his", "obj": "him"}, {"sp": "she", "pos": "her", "obj": "her"}])


def fill(t: str, subj: str, pr: dict[str, str], v: str = "") -> str:
    out = t.format(S=subj[0].upper() + subj[1:], s=subj, v=v, Sp=pr["sp"].capitalize(), Pos=pr["pos"].capitalize(),
                   **pr)
    return out


def clash(v: str, avoid: str) -> bool:
    return v.lower() in avoid.lower()


def forbidden(rng: random.Random, pr: dict[str, str], subj: str, k: int,
              avoid: str) -> tuple[list[str], list[str], list[str]]:
    cats = rng.sample(sorted(FORBIDDEN), k)
    sents: list[str] = []
    values: list[str] = []
    for cat in cats:
        t, vals = rng.choice(FORBIDDEN[cat])
        if "{v}" in t:
            v = rng.choice([x for x in vals if not clash(x, avoid)])
            sents.append(fill(t, subj, pr, v))
            values.append(v)
        else:
            sents.append(fill(t, subj, pr))
            values.extend(vals)
    return sents, values, cats


def make_case(rng: random.Random, i: int, fam: str) -> dict[str, Any]:
    pr = pronouns(rng)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    school = rng.choice(SCHOOLS)
    subj = rng.choice([name, "the student", pr["sp"]])
    req: dict[str, Any] = {"request_id": f"emu-{i:04d}", "school_id": f"BPS-{rng.randint(1000, 9999)}",
                           "recipient": rng.choice(RECIPIENTS_OK)}
    decision, reason = "allow", None
    facts: list[str] = []
    if fam == "weapon":
        w, t, facts = rng.choice(WEAPON)
        req["ground"], req["weapon"] = "weapon", w
    elif fam == "drugs_ok":
        d, t, facts = rng.choice(DRUGS_OK)
        req["ground"], req["substances"] = "drugs", [d]
    elif fam == "drugs_excluded":
        d, t = rng.choice(DRUGS_EXCL)
        req["ground"], req["substances"] = "drugs", [d]
        decision, reason = "deny", "excluded_substance"
    elif fam == "drugs_mixed":
        ds, t, facts = rng.choice(DRUGS_MIX)
        req["ground"], req["substances"] = "drugs", list(ds)
    elif fam == "serious_violence":
        t, facts = rng.choice(VIOLENCE)
        req["ground"] = "serious_violence"
    elif fam in ("credible_threat", "threat_missing"):
        t, stmt, facts = rng.choice(THREATS)
        req["ground"] = "credible_threat"
        if fam == "credible_threat":
            req["threat_statement"] = fill(stmt, subj, pr)
        else:
            decision, reason = "deny", "missing_threat_statement"
    elif fam == "bad_recipient":
        w, t, _f = rng.choice(WEAPON)
        req["ground"], req["weapon"] = "weapon", w
        req["recipient"] = rng.choice(RECIPIENTS_BAD)
        decision, reason = "deny", "recipient_not_permitted"
    elif fam == "other_ground":
        g, t, _g = rng.choice(OTHER)
        req["ground"] = g
        decision, reason = "deny", "ground_not_permitted"
    else:  # face
        w, t, _f = rng.choice(WEAPON)
        req["ground"], req["weapon"] = "weapon", w
        decision, reason = "deny", "face_surveillance"
    incident = fill(t, subj, pr)
    k = rng.choice([0, 1, 1, 2, 2, 3])
    sents, values, cats = forbidden(rng, pr, subj if subj != name else pr["sp"], k, f"{name} {school}")
    parts = [incident]
    for s in sents:
        if rng.random() < 0.5:
            parts.append(s)
        else:
            parts.insert(0, s)
    if fam == "face":
        if rng.random() < 0.5:
            req["attachments"] = [dict(rng.choice(FACE_ATTACH))]
        else:
            parts.append(fill(rng.choice(FACE_SENTENCES), subj if subj != name else pr["sp"], pr))
        cats = [*cats, "face_surveillance"]
    sid = f"S{rng.randint(100000, 999999)}"
    while "021" in sid:
        sid = f"S{rng.randint(100000, 999999)}"
    student: dict[str, Any] = {"student_id": sid, "name": name,
                               "date_of_birth": f"20{rng.randint(7, 11):02d}-{rng.randint(1, 12):02d}-"
                                                f"{rng.randint(1, 28):02d}",
                               "grade": rng.randint(6, 12), "school": school}
    fcats = rng.sample(sorted(FIELDS), rng.choice([0, 1, 1, 2, 3]))
    for cat in fcats:
        names, vals = FIELDS[cat]
        v = rng.choice([x for x in vals if not clash(x, f"{name} {school}")])
        student[rng.choice(names)] = v
        values.append(v)
        if cat not in cats:
            cats.append(cat)
    req["incident"] = {"occurred_at": f"2026-{rng.randint(1, 5):02d}-{rng.randint(10, 28):02d}T10:"
                                      f"{rng.randint(10, 59):02d}:00-05:00",
                       "location": f"{school}, second floor", "description": " ".join(parts)}
    req["student"] = student
    seen: list[str] = []
    for v in values:
        if v not in seen:
            seen.append(v)
    expect: dict[str, Any] = {"decision": decision, "must_not_contain": seen,
                              "must_contain": [name, school, *facts] if decision == "allow" else [],
                              "categories": sorted(set(cats)),
                              "tags": [fam], "must_contain_text": list(facts) if decision == "allow" else []}
    if reason:
        expect["reason"] = reason
    return {"id": f"emu-{i:04d}", "request": req, "expect": expect}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--n", type=int, default=480)
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "corpus" / "emulated.jsonl"))
    a = ap.parse_args()
    rng = random.Random(a.seed)
    fams = [f for f, w in zip(FAMILIES, WEIGHTS) for _ in range(w)]
    cases = [make_case(rng, i, fams[i % len(fams)]) for i in range(a.n)]
    with open(a.out, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {a.out}")


if __name__ == "__main__":
    main()
