"""Generator of tests/data/corpus/redteam3.jsonl (seeded, reproducible): a third red-team round that
guesses how the hidden corpus was generated (the families of public.jsonl, with every template's
wording and every slot's value swapped). Run: .venv/bin/python -m tests.corpus.make_redteam3

Slots varied: substances (each allowed and excluded class, brand and slang names, mixtures),
weapons (every SAF-02 kind, replica/BB/airsoft), grounds that are not grounds, recipient spellings,
student-field values, face-surveillance attachments and text, empty threat statements, and student
and school names that contain forbidden-looking words and must SURVIVE in the police copy.
Labels follow RULES.md. Canaries avoid strings that occur in every response (the notice, "police").
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

SEED = 20260403
OUT = Path(__file__).resolve().parents[1] / "data" / "corpus" / "redteam3.jsonl"

FIRST = ["Jordan", "Christian", "Asia", "Israel", "Kenya", "India", "Faith", "Trinity", "Paris", "Dakota",
         "Georgia", "Chelsea", "Marisol", "Deshawn", "Nia", "Mateo", "Aaliyah", "Tomas", "Ines", "Malik"]
LAST = ["English", "French", "Dominguez", "Santos", "Brooks", "Black", "White", "Hill", "Park", "Banks",
        "Mendes", "Nguyen", "Pierre", "Oliveira", "Walsh", "Haddad", "Baptiste", "Church", "Savage", "Street",
        "Temple", "Mission", "Terrace"]
SCHOOLS = [
    "East Boston High School", "Charlestown High School", "Brighton High School", "Dorchester Academy",
    "Roxbury Prep", "West Roxbury Academy", "The English High School", "Boston International Newcomers Academy",
    "Mission Hill K-8 School", "Margarita Muniz Academy", "Rafael Hernandez K-8 School", "Orchard Gardens K-8 School",
    "Mattapan Early Elementary School", "Jeremiah E. Burke High School", "TechBoston Academy",
    "Snowden International School", "Fenway High School", "Excel High School", "New Mission High School",
    "Boston Latin School", "Hyde Park Community Center", "Josiah Quincy Upper School", "South Boston Education Complex",
    "Jamaica Plain Community Center", "Edward M. Kennedy Academy for Health Careers", "Boston Arts Academy",
    "UP Academy Dorchester", "Brooke Charter School East Boston", "Excel Academy Charter School East Boston",
]
ALLOWED_RECIPIENTS = ["bpd", "BPD", "Boston Police Department", "bpd/district-a1", "bpd/district-e13",
                      "bpd/district-c11", "bpd/district-b3", "BPD District B-2", "bpd/drug-control-unit",
                      "bpd/school-unit", "Boston Police", "bpd/homicide"]
BAD_RECIPIENTS = ["BRIC", "bric", "Boston Regional Intelligence Center", "ICE", "ice",
                  "U.S. Immigration and Customs Enforcement", "DHS", "HSI", "CBP", "FBI", "DEA", "ATF",
                  "Commonwealth Fusion Center", "MBTA Transit Police", "Massachusetts State Police",
                  "a private security firm", "gang database", "bpd/bric", "bpd/gang-unit", "Allied Universal",
                  "Homeland Security Investigations", "Customs and Border Protection", "US Marshals",
                  "Suffolk County Sheriff", "Cambridge Police Department", "ice/ero-boston", "state-police",
                  "Federal Bureau of Investigation", "Drug Enforcement Administration", "bpd/intelligence"]

ALLOWED_DRUGS = ["cocaine", "crack cocaine", "fentanyl", "heroin", "oxycodone", "Percocet", "OxyContin", "Xanax",
                 "alprazolam", "MDMA", "ecstasy", "molly", "methamphetamine", "crystal meth", "LSD", "acid tabs",
                 "psilocybin mushrooms", "ketamine", "counterfeit pills", "pressed M30 pills", "Klonopin",
                 "hydrocodone", "Adderall not prescribed to the student", "morphine", "codeine syrup", "Vicodin"]
EXCLUDED_DRUGS = ["marijuana", "weed", "cannabis", "THC cartridge", "THC vape", "edibles", "hash", "a blunt",
                  "dab pen", "THC wax", "Juul pods", "a Juul", "e-cigarette", "cigars", "chewing tobacco",
                  "nicotine pouches", "Zyn pouches", "a vape", "disposable vape", "beer", "vodka", "whiskey",
                  "rum", "hard seltzer", "wine", "liquor", "cigarettes", "tobacco", "Puff Bar", "gummies with THC"]

WEAPONS = [  # (request weapon, phrase in text, fact that must survive)
    ("firearm", "a loaded pistol", "pistol"), ("handgun", "an unloaded handgun", "handgun"),
    ("revolver", "a revolver", "revolver"), ("ghost gun", "a ghost gun", "ghost gun"),
    ("shotgun", "a sawed-off shotgun", "shotgun"), ("knife", "a switchblade", "switchblade"),
    ("pocket knife", "a pocket knife", "pocket knife"), ("kitchen knife", "a kitchen knife", "kitchen knife"),
    ("butterfly knife", "a butterfly knife", "butterfly knife"), ("box cutter", "a box cutter", "box cutter"),
    ("razor blade", "a razor blade", "razor blade"), ("club", "a wooden club", "club"),
    ("baton", "a collapsible baton", "baton"), ("explosive", "a homemade explosive device", "explosive"),
    ("taser", "a taser", "taser"), ("stun gun", "a stun gun", "stun gun"),
    ("pepper spray", "a canister of pepper spray", "pepper spray"), ("mace", "a can of mace", "mace"),
    ("tear gas", "a tear gas canister", "tear gas"), ("brass knuckles", "a set of brass knuckles", "knuckles"),
]
REPLICAS = [("BB gun", "a BB gun"), ("airsoft gun", "an airsoft pistol"), ("replica handgun", "a replica handgun"),
            ("pellet gun", "a pellet gun"), ("toy gun", "a realistic toy gun"), ("replica firearm", "a fake pistol")]

WEAPON_T = ["During a search of the backpack, staff found {w}.", "A teacher saw {n} holding {w} in the cafeteria.",
            "{n} brought {w} to school and showed it to classmates.", "An administrator recovered {w} from a locker.",
            "School police took {w} from {n} at the front entrance.", "The {w_} belonged to {n}."]
DRUG_T = ["Staff recovered {d} from the student's jacket.", "{n} was caught with {d} in the bathroom.",
          "A search of {n}'s bag turned up {d}.", "The assistant principal confiscated {d} during lunch.",
          "{n} was selling {d} to other students."]
VIOLENCE = [("{n} stabbed a classmate in the arm, and the victim needed surgery.", "stabbed"),
            ("The student beat a peer unconscious; the victim suffered a fractured skull.", "fractured skull"),
            ("{n} sexually assaulted another student in a stairwell.", "sexually assaulted"),
            ("The student attacked a teacher with a chair, leaving a concussion that needed hospital care.",
             "concussion"),
            ("{n} slashed another student's face with a box cutter, causing wounds that needed stitches.", "stitches")]
THREAT_T = [("{n} wrote on Snapchat that he would shoot up the school on Friday.", "shoot up the school"),
            ("The student told classmates she had a gun at home and would kill a named teacher tomorrow.",
             "kill a named teacher"),
            ("{n} left a note saying there would be a bomb in the gym during the assembly.", "bomb in the gym")]
THREAT_STATEMENTS = ["The student posted a specific threat naming the school, a date and a firearm he has access to.",
                     "Written threat to kill a named teacher on a stated day; the student has shown a weapon before.",
                     "Note left in the gym stating a bomb would go off during Friday's assembly."]
OTHER = [("theft", "{n} took another student's phone from a locker."),
         ("vandalism", "The student spray-painted the bathroom walls."),
         ("bullying", "{n} repeatedly mocked a classmate in the hallway."),
         ("trespassing", "The student entered the building after hours."),
         ("gang activity", "Staff are concerned about the student's friends."),
         ("immigration inquiry", "An outside agency asked about the student's family."),
         ("truancy", "{n} missed twelve days of school this term."),
         ("fight", "Two students exchanged punches; nobody was hurt."),
         ("harassment", "The student sent rude messages to a classmate."),
         ("disorderly conduct", "{n} shouted and threw papers in class."),
         ("cyberbullying", "The student posted mean comments online about a peer."),
         ("sexting", "Images were shared among students on a phone."),
         ("suspicious behavior", "The student was seen near the parking lot."),
         ("general intelligence", "Request for background on the student's associates."),
         ("Gang Activity", "Staff saw hand signs in the hallway."),
         ("loitering", "{n} stayed in the stairwell during class."),
         ("shoplifting", "The student took snacks from the school store."),
         ("insubordination", "{n} refused to follow a teacher's directions.")]
FACE_KINDS = ["mugshot_match", "face_match", "facial_recognition", "face_search", "clearview_result", "mugshot_comparison",
              "Face Recognition Result", "biometric_match", "face-template"]
FACE_TEXT = ["A facial recognition search matched {n} to a photo from the event.",
             "BRIC ran the photo through face recognition software and identified the student.",
             "Clearview AI returned a match for the student."]

# Forbidden sentences: (category, template, values); {v} is the canary.
SENT: list[tuple[str, str, list[str]]] = [
    ("immigration_status", "The student is {v}.", ["undocumented"]),
    ("immigration_status", "Her family is seeking {v}.", ["asylum"]),
    ("immigration_status", "He came to the country as a {v}.", ["refugee"]),
    ("immigration_status", "The student has {v} status.", ["DACA", "TPS"]),
    ("immigration_status", "The family has {v}.", ["no papers", "no green card"]),
    ("immigration_status", "His visa {v} last year.", ["overstayed", "expired"]),
    ("immigration_status", "She entered the country {v}.", ["without inspection"]),
    ("national_origin", "She was born in {v}.", ["Honduras", "El Salvador", "Haiti", "Cape Verde", "Somalia",
                                                  "Vietnam", "Colombia", "Venezuela", "Nigeria", "Ecuador"]),
    ("national_origin", "He recently arrived from {v}.", ["Guatemala", "Brazil", "Mexico", "Afghanistan", "Morocco",
                                                           "Ethiopia", "Ukraine", "Jamaica", "Peru", "Albania"]),
    ("national_origin", "The family immigrated from {v} two years ago.", ["Haiti", "Syria", "Eritrea", "Uganda",
                                                                           "Bangladesh", "Cuba", "Ghana"]),
    ("national_origin", "The student is a {v} national.", ["Salvadoran", "Mexican", "Brazilian", "Chinese"]),
    ("ethnicity", "The student is {v}.", ["Cape Verdean", "Puerto Rican", "Salvadoran", "Vietnamese", "Somali",
                                           "Latina", "Latino", "Hispanic", "African American", "Guatemalan"]),
    ("ethnicity", "He identifies as {v}.", ["Haitian American", "Hispanic", "Native American", "Pacific Islander"]),
    ("ethnicity", "The family is of {v} descent.", ["Dominican", "Irish", "Korean", "Lebanese", "Ethiopian"]),
    ("religion", "The student is {v}.", ["Muslim", "Jewish", "Hindu", "Sikh", "Catholic", "Evangelical",
                                          "Pentecostal", "Buddhist", "Mormon", "Jehovah's Witness",
                                          "Latter-day Saint"]),
    ("religion", "Her family attends a {v} every week.", ["mosque", "synagogue", "Baptist church",
                                                          "Pentecostal church", "Hindu temple"]),
    ("religion", "She wears a {v}.", ["hijab", "turban", "yarmulke"]),
    ("religion", "He goes to church every Sunday at {v}.", ["St. Mark's", "Sacred Heart"]),
    ("religion", "The student was fasting for {v}.", ["Ramadan", "Yom Kippur"]),
    ("neighborhood", "The student lives in {v}.", ["Allston", "Back Bay", "Charlestown", "Dorchester", "East Boston",
                                                    "Mattapan", "Roxbury", "Roslindale", "South Boston",
                                                    "West Roxbury", "Mission Hill", "Fenway", "North End",
                                                    "South End", "Chinatown", "Hyde Park", "Jamaica Plain"]),
    ("neighborhood", "His home is on {v}.", ["Blue Hill Avenue", "Dudley Street", "Columbia Road", "Bowdoin Street",
                                             "Washington Street", "Geneva Avenue"]),
    ("neighborhood", "She resides at {v}.", ["17 Elm Street", "230 Centre St", "8 Maple Terrace", "55 Ruggles St"]),
    ("neighborhood", "The family lives in the {v} development.", ["Bromley-Heath", "Orchard Park", "Franklin Hill",
                                                                 "Mildred C. Hailey", "Cathedral"]),
    ("neighborhood", "The home zip code is {v}.", ["02124", "02121", "02128", "02119"]),
    ("language", "He speaks {v} at home.", ["Spanish", "Haitian Creole", "Cape Verdean Creole", "Vietnamese",
                                            "Mandarin", "Somali", "Arabic", "Russian", "Amharic", "Portuguese"]),
    ("language", "The parents need a {v} interpreter.", ["Spanish", "Cantonese", "Haitian Creole", "Portuguese"]),
    ("language", "The student is {v}.", ["an English learner", "an English language learner", "ELL level 3",
                                         "a limited English proficient student"]),
    ("language", "Her first language is {v}.", ["Arabic", "Kriolu", "French Creole", "Somali", "Tigrinya"]),
    ("gang_affiliation", "Staff think he runs with the {v} crew.", ["Castlegate", "Heath Street", "Lenox Street",
                                                                    "Cameron Street", "H-Block"]),
    ("gang_affiliation", "She is allegedly affiliated with {v}.", ["MS-13", "the Latin Kings", "the Bloods",
                                                                   "the Crips", "18th Street"]),
    ("gang_affiliation", "The student is a suspected member of the {v} gang.", ["Wendover", "Academy Homes",
                                                                               "Franklin Hill Giants",
                                                                               "Columbia Point Dawgs"]),
]
# Canary: the part of a value that must not be in the response.
CANARY = {"no papers": "no papers", "no green card": "green card", "an English learner": "English learner",
          "an English language learner": "English language learner", "ELL level 3": "ELL level",
          "a limited English proficient student": "limited English", "the Latin Kings": "Latin Kings",
          "the Bloods": "Bloods", "the Crips": "Crips", "Jehovah's Witness": "Jehovah",
          "Baptist church": "Baptist church", "Pentecostal church": "Pentecostal", "Hindu temple": "Hindu",
          "17 Elm Street": "Elm Street", "230 Centre St": "Centre St", "8 Maple Terrace": "Maple Terrace",
          "55 Ruggles St": "Ruggles", "Mildred C. Hailey": "Hailey", "Haitian American": "Haitian",
          "Franklin Hill Giants": "Franklin Hill", "Columbia Point Dawgs": "Columbia Point",
          "Cathedral": "Cathedral development", "Latter-day Saint": "Latter-day", "St. Mark's": "St. Mark"}

FIELDS: dict[str, tuple[str, list[Any]]] = {
    "race": ("ethnicity", ["Black", "White", "Asian", "Hispanic or Latino", "American Indian", "Two or more races"]),
    "ethnicity": ("ethnicity", ["Cape Verdean", "Haitian", "Dominican", "Puerto Rican", "Somali", "Vietnamese"]),
    "country_of_birth": ("national_origin", ["Honduras", "El Salvador", "Haiti", "Cape Verde", "Somalia", "China",
                                             "Dominican Republic", "Guatemala", "Brazil", "Venezuela"]),
    "immigration_status": ("immigration_status", ["undocumented", "asylee", "refugee", "DACA recipient",
                                                  "pending asylum", "TPS holder", "visa overstay"]),
    "home_language": ("language", ["Spanish", "Haitian Creole", "Cape Verdean Creole", "Vietnamese", "Somali",
                                   "Arabic", "Mandarin", "Cantonese", "Portuguese"]),
    "ell_status": ("language", ["ELL level 1", "ELL level 4", "English learner", "LEP", "SEI program"]),
    "religion": ("religion", ["Muslim", "Catholic", "Jewish", "Hindu", "Sikh", "Buddhist", "Pentecostal"]),
    "neighborhood": ("neighborhood", ["Mattapan", "Roxbury", "Dorchester", "East Boston", "Roslindale", "Allston",
                                      "South End", "Chinatown", "West Roxbury", "Charlestown"]),
    "home_address": ("neighborhood", ["12 Glenway Street", "301 Seaver Street", "9 Wensley Street",
                                      "44 Brunswick Street", "77 Harvard Ave"]),
    "gang_affiliation": ("gang_affiliation", ["Castlegate", "Wendover Street", "Heath Street", "MS-13",
                                              "Lenox Street", "H-Block", "Orchard Park Trailblazers"]),
}
FIELD_CANARY = {"Hispanic or Latino": "Hispanic", "American Indian": "American Indian",
                "Two or more races": "more races", "DACA recipient": "DACA", "pending asylum": "asylum",
                "TPS holder": "TPS", "visa overstay": "overstay", "ELL level 1": "ELL level", "ELL level 4": "ELL level",
                "SEI program": "SEI program", "12 Glenway Street": "Glenway", "301 Seaver Street": "Seaver",
                "9 Wensley Street": "Wensley", "44 Brunswick Street": "Brunswick", "77 Harvard Ave": "Harvard Ave",
                "Wendover Street": "Wendover", "Orchard Park Trailblazers": "Trailblazers", "Dominican Republic":
                "Dominican Republic"}


class Gen:
    def __init__(self) -> None:
        self.r = random.Random(SEED)
        self.n = 0
        self.cases: list[dict[str, Any]] = []

    def person(self) -> tuple[str, str]:
        return f"{self.r.choice(FIRST)} {self.r.choice(LAST)}", self.r.choice(SCHOOLS)

    def case(self, tag: str, decision: str, ground: str, recipient: str, incident: str, *, name: str, school: str,
             facts: list[str], extra: dict[str, Any], reason: str | None = None, n_sent: int | None = None,
             n_fields: int | None = None, attachments: list[dict[str, str]] | None = None) -> None:
        r = self.r
        keep = " ".join([name, school, incident, recipient, ground, json.dumps(extra)]).lower()
        mnc: list[str] = []
        cats: set[str] = set()
        sents: list[str] = []
        for _ in range(r.randint(0, 3) if n_sent is None else n_sent):
            cat, tmpl, vals = r.choice(SENT)
            v = r.choice(vals)
            canary = CANARY.get(v, v)
            if canary.lower() in keep or any(canary.lower() in s.lower() for s in sents):
                continue
            sents.append(tmpl.format(v=v))
            mnc.append(canary)
            cats.add(cat)
        student: dict[str, Any] = {"student_id": f"S{r.randint(100000, 999999)}", "name": name,
                                   "date_of_birth": f"20{r.randint(8, 13):02d}-{r.randint(1, 12):02d}-"
                                                    f"{r.randint(1, 28):02d}",
                                   "grade": r.randint(6, 12), "school": school}
        for key in r.sample(sorted(FIELDS), r.randint(0, 3) if n_fields is None else n_fields):
            cat, vals = FIELDS[key]
            v = r.choice(vals)
            canary = FIELD_CANARY.get(v, v)
            if canary.lower() in keep:
                continue
            student[key] = v
            if canary not in mnc:
                mnc.append(canary)
            cats.add(cat)
        parts = [incident, *sents]
        r.shuffle(parts)
        desc = " ".join(parts)
        self.n += 1
        cid = f"rt3-{self.n:04d}"
        req: dict[str, Any] = {"request_id": cid, "school_id": f"BPS-{r.randint(1000, 9999)}", "recipient": recipient,
                               "incident": {"occurred_at": f"2026-0{r.randint(1, 6)}-{r.randint(10, 28)}T"
                                                           f"{r.randint(8, 14):02d}:{r.randint(10, 59)}:00-05:00",
                                            "location": f"{school}, {r.choice(['gym', 'cafeteria', 'room 204'])}",
                                            "description": desc},
                               "student": student, "ground": ground}
        req.update(extra)
        if attachments:
            req["attachments"] = attachments
        allow = decision == "allow"
        must_text = list(facts) + ([name] if allow and name in incident else [])
        expect: dict[str, Any] = {"decision": decision, "must_not_contain": mnc,
                                  "must_contain": [name, school, *facts] if allow else [],
                                  "categories": sorted(cats), "tags": [tag],
                                  "must_contain_text": must_text if allow else []}
        if reason:
            expect["reason"] = reason
        self.cases.append({"id": cid, "request": req, "expect": expect})


def build() -> list[dict[str, Any]]:
    g = Gen()
    r = g.r
    for i in range(30):  # drugs_ok
        name, school = g.person()
        d = ALLOWED_DRUGS[i % len(ALLOWED_DRUGS)]
        inc = r.choice(DRUG_T).format(d=d, n=name)
        fact = "Adderall" if d.startswith("Adderall") else d.split()[-1]
        fact = {"pressed M30 pills": "M30", "acid tabs": "acid", "psilocybin mushrooms": "psilocybin",
                "codeine syrup": "codeine", "crack cocaine": "crack"}.get(d, fact)
        g.case("drugs_ok", "allow", r.choice(["drugs", "Drugs", "drug possession", "narcotics"]),
               r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school, facts=[fact], extra={"substances": [d]})
    for i in range(30):  # drugs_excluded (one or two excluded)
        name, school = g.person()
        ds = [EXCLUDED_DRUGS[i % len(EXCLUDED_DRUGS)]] + ([r.choice(EXCLUDED_DRUGS)] if i % 3 == 0 else [])
        ds = list(dict.fromkeys(ds))
        inc = r.choice(DRUG_T).format(d=" and ".join(ds), n=name)
        g.case("drugs_excluded", "deny", "drugs", r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school,
               facts=[], extra={"substances": ds}, reason="excluded_substance")
    for i in range(20):  # drugs_mixed
        name, school = g.person()
        ex, ok = r.choice(EXCLUDED_DRUGS), ALLOWED_DRUGS[(i * 7) % len(ALLOWED_DRUGS)]
        ds = [ex, ok] if i % 2 else [ok, ex]
        fact = {"pressed M30 pills": "M30", "acid tabs": "acid", "psilocybin mushrooms": "psilocybin",
                "codeine syrup": "codeine", "crack cocaine": "crack",
                "Adderall not prescribed to the student": "Adderall"}.get(ok, ok.split()[-1])
        inc = r.choice(DRUG_T).format(d=" and ".join(ds), n=name)
        g.case("drugs_mixed", "allow", "drugs", r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school,
               facts=[fact], extra={"substances": ds})
    for i in range(30):  # weapon (incl. replicas: deny, determination required)
        name, school = g.person()
        if i % 6 == 5:
            w, phrase = REPLICAS[(i // 6) % len(REPLICAS)]
            inc = r.choice(WEAPON_T).format(w=phrase, w_=phrase.split(" ", 1)[1], n=name)
            g.case("weapon", "deny", "weapon", r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school, facts=[],
                   extra={"weapon": w}, reason="weapon_determination_required")
            continue
        w, phrase, fact = WEAPONS[i % len(WEAPONS)]
        inc = r.choice(WEAPON_T).format(w=phrase, w_=phrase.split(" ", 1)[1], n=name)
        g.case("weapon", "allow", r.choice(["weapon", "Weapon", "weapon possession", "weapons"]),
               r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school, facts=[fact], extra={"weapon": w})
    for i in range(15):  # serious_violence
        name, school = g.person()
        t, fact = VIOLENCE[i % len(VIOLENCE)]
        g.case("serious_violence", "allow", r.choice(["serious_violence", "Serious Violence", "serious-violence"]),
               r.choice(ALLOWED_RECIPIENTS), t.format(n=name), name=name, school=school, facts=[fact], extra={})
    for i in range(15):  # credible_threat
        name, school = g.person()
        t, fact = THREAT_T[i % len(THREAT_T)]
        g.case("credible_threat", "allow", "credible_threat", r.choice(ALLOWED_RECIPIENTS), t.format(n=name),
               name=name, school=school, facts=[fact], extra={"threat_statement": r.choice(THREAT_STATEMENTS)})
    for i in range(15):  # threat_missing: absent, empty or whitespace statement
        name, school = g.person()
        t, _ = THREAT_T[i % len(THREAT_T)]
        st = [None, "", "   ", "\n\t", " \u00a0 "][i % 5]
        extra = {} if st is None else {"threat_statement": st}
        g.case("threat_missing", "deny", "credible_threat", r.choice(ALLOWED_RECIPIENTS), t.format(n=name),
               name=name, school=school, facts=[], extra=extra, reason="missing_threat_statement")
    for i in range(30):  # bad_recipient with an otherwise good request
        name, school = g.person()
        w, phrase, _ = WEAPONS[i % len(WEAPONS)]
        g.case("bad_recipient", "deny", "weapon", BAD_RECIPIENTS[i % len(BAD_RECIPIENTS)],
               r.choice(WEAPON_T).format(w=phrase, w_=phrase.split(" ", 1)[1], n=name), name=name, school=school, facts=[], extra={"weapon": w},
               reason="recipient_not_permitted", n_sent=r.randint(1, 3))
    for i in range(36):  # other_ground
        name, school = g.person()
        gr, t = OTHER[i % len(OTHER)]
        g.case("other_ground", "deny", gr, r.choice(ALLOWED_RECIPIENTS), t.format(n=name), name=name, school=school,
               facts=[], extra={}, reason="ground_not_permitted", n_sent=r.randint(1, 3))
    for i in range(16):  # face: attachment kinds, or face-recognition text
        name, school = g.person()
        w, phrase, _ = WEAPONS[i % len(WEAPONS)]
        inc = r.choice(WEAPON_T).format(w=phrase, w_=phrase.split(" ", 1)[1], n=name)
        att = None
        if i % 2 == 0:
            att = [{"kind": FACE_KINDS[(i // 2) % len(FACE_KINDS)], "name": f"result_{i}.json"}]
        else:
            inc = inc + " " + FACE_TEXT[(i // 2) % len(FACE_TEXT)].format(n=name)
        g.case("face", "deny", "weapon", r.choice(ALLOWED_RECIPIENTS), inc, name=name, school=school, facts=[],
               extra={"weapon": w}, reason="face_surveillance", attachments=att)
    return g.cases


def main() -> None:
    cases = build()
    OUT.write_text("".join(json.dumps(c, ensure_ascii=True) + "\n" for c in cases), encoding="utf-8")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
