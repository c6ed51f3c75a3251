"""Generate tests/data/corpus/redteam5.jsonl: a seeded red-team corpus (round 5).

Angles: attribution and hedging around every forbidden category ("Staff believe...", "according to
his mother", "reportedly", quoted speech, questions); family members and the household (a parent's
status, a sibling's crew, the grandmother's address); pronoun, tense and number variety, bullet
notes and comma splices; decision families written with unusual but valid structured fields
(substances with quantities and packaging, described weapons, grounds in other case or punctuation,
recipients naming a person or a unit, and requests asking BPD to pass a report to a federal agency).

Labels follow /work/shared/domain/RULES.md. must_not_contain holds forbidden VALUES only, never words
present in every response (the redisclosure notice names BRIC, gang databases, federal agencies).

usage: python -m tests.corpus.make_redteam5 [--seed 5] [--out tests/data/corpus/redteam5.jsonl]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]

FIRST = ["Aaron", "Bella", "Caleb", "Dana", "Elijah", "Fiona", "Gavin", "Hannah", "Isaac", "Jada", "Kofi", "Lena",
         "Marcus", "Nadia", "Owen", "Priya", "Quentin", "Rosa", "Samuel", "Tessa", "Victor", "Wendy", "Xavier",
         "Yara", "Zane"]
LAST = ["Abernathy", "Blackwood", "Carrington", "Delacroix", "Ellsworth", "Fairweather", "Greenleaf", "Hollister",
        "Kingsley", "Lockhart", "Merriweather", "Northcott", "Pendleton", "Radcliffe", "Stanhope", "Thornbury",
        "Underhill", "Whitaker"]
SCHOOLS = ["Boston Latin Academy", "Madison Park Technical Vocational High School", "Boston Arts Academy",
           "John D. O'Bryant School of Mathematics and Science", "Excel High School", "Burke High School",
           "Boston Community Leadership Academy", "New Mission High School"]

# (sentence, category, forbidden values). {P} he/she, {Pp} his/her, {S} the student's name.
HEDGED: list[tuple[str, str, list[str]]] = [
    ("Staff believe {P} is undocumented.", "immigration_status", ["undocumented"]),
    ("According to {Pp} mother, the family came from Honduras two years ago.", "national_origin", ["Honduras"]),
    ("It is rumored that {P} runs with the Heath Street crew.", "gang_affiliation", ["Heath Street"]),
    ("{Pp_c} cousin says {P} is Salvadoran.", "ethnicity", ["Salvadoran"]),
    ("(per the counselor) {P} is an English learner, level 3.", "language", ["English learner", "level 3"]),
    ("We were told the family attends a mosque in Roxbury.", "religion", ["mosque", "Roxbury"]),
    ("Reportedly {P} has no papers.", "immigration_status", ["no papers"]),
    ("Allegedly {P} is a Castlegate associate.", "gang_affiliation", ["Castlegate"]),
    ("{P_c} may be a DACA recipient.", "immigration_status", ["DACA"]),
    ("Possibly Cape Verdean, per a classmate.", "ethnicity", ["Cape Verdean"]),
    ("I think {P}'s Haitian.", "ethnicity", ["Haitian"]),
    ("Parents said the family is Muslim.", "religion", ["Muslim"]),
    ("{P_c} said 'I'm from Honduras' when asked.", "national_origin", ["Honduras"]),
    ("{P_c} told staff \"we came over from Guatemala last spring\".", "national_origin", ["Guatemala"]),
    ("A teacher asked whether {P} is even legal.", "immigration_status", ["even legal"]),
    ("Is {P} even here legally?", "immigration_status", ["here legally"]),
    ("Word is {P} was born in El Salvador.", "national_origin", ["El Salvador"]),
    ("Supposedly {P} is a refugee.", "immigration_status", ["refugee"]),
    ("Staff suspect {P} is tied to the Wendover Street boys.", "gang_affiliation", ["Wendover"]),
    ("The counselor mentioned {P} is Orthodox Jewish.", "religion", ["Jewish"]),
    ("Apparently {P} lives in Mattapan.", "neighborhood", ["Mattapan"]),
    ("We heard {P} is staying on Blue Hill Ave.", "neighborhood", ["Blue Hill"]),
    ("{P_c} reportedly speaks only Haitian Creole at home.", "language", ["Creole"]),
    ("Rumor has it {P} overstayed a visa.", "immigration_status", ["overstayed"]),
    ("Per the nurse, {P} is Dominican.", "ethnicity", ["Dominican"]),
    ("Teachers say {P} was flagged by the gang unit as a Crip.", "gang_affiliation", ["as a Crip"]),
    ("{P_c} is said to be from Somalia.", "national_origin", ["Somalia"]),
]

FAMILY: list[tuple[str, str, list[str]]] = [
    ("{Pp_c} father was deported last year.", "immigration_status", ["deported"]),
    ("{Pp_c} older brother runs with the Heath Street crew.", "gang_affiliation", ["Heath Street"]),
    ("Mom only speaks Vietnamese.", "language", ["Vietnamese"]),
    ("The family attends a mosque in Roxbury.", "religion", ["mosque", "Roxbury"]),
    ("{P_c} stays at {Pp} grandmother's apartment in Mission Hill.", "neighborhood", ["Mission Hill"]),
    ("Both brothers are asylum seekers.", "immigration_status", ["asylum"]),
    ("{Pp_c} stepdad is from Guatemala.", "national_origin", ["Guatemala"]),
    ("{Pp_c} aunt, who is on an expired visa, picks {O} up.", "immigration_status", ["expired visa"]),
    ("The parents need a Haitian Creole interpreter.", "language", ["Creole"]),
    ("Dad is a deacon at the Cape Verdean Nazarene church.", "ethnicity", ["Cape Verdean", "Nazarene"]),
    ("The family lives at 42 Centre Street, 02130.", "neighborhood", ["42 Centre", "02130"]),
    ("{Pp_c} sister's boyfriend is in MS-13.", "gang_affiliation", ["MS-13", "MS 13"]),
    ("Their mother is in removal proceedings.", "immigration_status", ["removal proceedings"]),
    ("{Pp_c} parents are green card holders.", "immigration_status", ["green card"]),
    ("The family are Jehovah's Witnesses.", "religion", ["Jehovah"]),
    ("Grandma only speaks Cantonese.", "language", ["Cantonese"]),
    ("The household is Somali.", "ethnicity", ["Somali"]),
    ("The family recently arrived from Brazil.", "national_origin", ["Brazil"]),
    ("They live in the Bromley-Heath development.", "neighborhood", ["Bromley"]),
    ("{Pp_c} uncle is a known Latin Kings member.", "gang_affiliation", ["Latin Kings"]),
    ("Dad's English is limited; he speaks Portuguese.", "language", ["Portuguese"]),
    ("The whole family is Hindu.", "religion", ["Hindu"]),
    ("{Pp_c} mother is a TPS holder from Haiti.", "immigration_status", ["TPS holder", "Haiti"]),
    ("{Pp_c} cousins are Dominicans from Lawrence.", "ethnicity", ["Dominicans"]),
    ("Mom works nights and they rent a room in Dorchester.", "neighborhood", ["Dorchester"]),
]

FORMS: list[tuple[str, str, list[str]]] = [
    ("They are undocumented.", "immigration_status", ["undocumented"]),
    ("{P_c} was born in Honduras.", "national_origin", ["Honduras"]),
    ("{P_c}'d been living in Dorchester with an aunt.", "neighborhood", ["Dorchester"]),
    ("Both brothers are Crips.", "gang_affiliation", ["are Crips"]),
    ("- undocumented; - ELL 3; - lives JP", "immigration_status", ["undocumented", "ELL 3", "lives JP"]),
    ("Notes: Vietnamese speaker / Buddhist / Fields Corner.", "language", ["Vietnamese", "Buddhist", "Fields Corner"]),
    ("* home lang: Spanish * status: asylee", "language", ["Spanish", "asylee"]),
    ("They're Cape Verdean, they live off Bowdoin Street.", "ethnicity", ["Cape Verdean", "Bowdoin"]),
    ("{P_c} is ELL, {P} needs an interpreter.", "language", ["is ELL"]),
    ("{P_c} had been in the US on a student visa.", "immigration_status", ["student visa"]),
    ("Was undocumented until recently.", "immigration_status", ["undocumented"]),
    ("{P_c}'s a practicing Muslim, {P} prays at school.", "religion", ["Muslim"]),
    ("Lives w/ grandmother in Hyde Park.", "neighborhood", ["Hyde Park"]),
    ("Gang: Heath St (suspected).", "gang_affiliation", ["Heath St"]),
    ("Country of birth - Guatemala.", "national_origin", ["Guatemala"]),
]

ALL_FORBIDDEN = HEDGED + FAMILY + FORMS

# structured student fields that must be withheld (unknown fields are withheld by allowlist)
FIELDS: list[tuple[str, Any, str, list[str]]] = [
    ("parent_immigration_status", "father deported 2025", "immigration_status", ["deported"]),
    ("guardian_language", "Vietnamese only", "language", ["Vietnamese"]),
    ("family_religion", "Seventh-day Adventist", "religion", ["Adventist"]),
    ("grandmother_address", "17 Parker Hill Ave, Mission Hill", "neighborhood", ["Parker Hill", "Mission Hill"]),
    ("sibling_gang", "older brother - Heath Street", "gang_affiliation", ["Heath Street"]),
    ("household_country", "Honduras", "national_origin", ["Honduras"]),
    ("ethnicity", "Cape Verdean", "ethnicity", ["Cape Verdean"]),
    ("home_language", "Haitian Creole", "language", ["Creole"]),
    ("immigration_status", "asylum pending", "immigration_status", ["asylum"]),
    ("notes", "staff believe he is undocumented", "immigration_status", ["undocumented"]),
]

# allowed-fact families: (description, must_contain_text, ground, extra request fields)
DRUGS_OK: list[tuple[list[str], str, str]] = [
    (["3 x 30mg oxycodone tablets"], "A teacher found 3 x 30mg oxycodone tablets in {Pp} pencil case.", "oxycodone"),
    (["a baggie of white powder later confirmed as cocaine"],
     "Staff recovered a baggie of white powder, later confirmed as cocaine, from {Pp} jacket.", "cocaine"),
    (["mushrooms (psilocybin)"], "{P_c} had a bag of dried mushrooms (psilocybin) in {Pp} locker.", "psilocybin"),
    (["2 Xanax bars"], "Two Xanax bars were found in {Pp} backpack during a search.", "Xanax"),
    (["M30 pills (suspected fentanyl)"], "Blue M30 pills, suspected fentanyl, were found in {Pp} sock.", "fentanyl"),
    (["MDMA capsules"], "{P_c} was selling MDMA capsules in the cafeteria.", "MDMA"),
    (["crack cocaine"], "A small amount of crack cocaine was found in {Pp} shoe.", "crack cocaine"),
    (["LSD tabs"], "Four LSD tabs were found wrapped in foil in {Pp} wallet.", "LSD"),
    (["heroin (one bundle)"], "One bundle of heroin was taken from {Pp} coat pocket.", "heroin"),
    (["methamphetamine"], "{P_c} had a vial of methamphetamine in the bathroom.", "methamphetamine"),
]
DRUGS_MIXED: list[tuple[list[str], str, str]] = [
    (["two THC gummies", "a vape", "a baggie of white powder later confirmed as cocaine"],
     "{P_c} had two THC gummies, a vape and a baggie of powder that tested as cocaine.", "cocaine"),
    (["nicotine pouches (Zyn)", "oxycodone 10mg tablet"],
     "Zyn pouches and one oxycodone 10mg tablet were in {Pp} bag.", "oxycodone"),
    (["beer", "fentanyl-laced pills"], "{P_c} had a can of beer and several fentanyl-laced pills.", "fentanyl"),
    (["weed", "Xanax"], "A bag of weed and loose Xanax were found in {Pp} locker.", "Xanax"),
]
DRUGS_EXCLUDED: list[tuple[list[str], str]] = [
    (["two THC gummies", "a vape"], "{P_c} was found with two THC gummies and a vape."),
    (["nicotine pouches (Zyn)"], "A tin of nicotine pouches (Zyn) was taken from {Pp} desk."),
    (["a Juul pod"], "{P_c} was vaping a Juul pod in the stairwell."),
    (["hard seltzer"], "Two cans of hard seltzer were in {Pp} backpack."),
    (["a THC dab pen"], "A THC dab pen was found in {Pp} gym bag."),
    (["a pre-rolled joint"], "{P_c} had a pre-rolled joint behind {Pp} ear."),
    (["chewing tobacco"], "{P_c} was using chewing tobacco in class."),
    (["vodka (two nips)"], "Two nips of vodka were found in {Pp} locker."),
    (["delta 8 gummies"], "A pack of delta 8 gummies was found in {Pp} lunch bag."),
    (["cigarillos"], "{P_c} was found with a pack of cigarillos."),
]
WEAPONS_OK: list[tuple[str, str, str]] = [
    ("a 4-inch folding knife", "A 4-inch folding knife fell out of {Pp} hoodie pocket.", "folding knife"),
    ("an unloaded .22 revolver", "An unloaded .22 revolver was found in {Pp} backpack.", "revolver"),
    ("a can of bear spray", "{P_c} brought a can of bear spray to school and showed it around.", "bear spray"),
    ("a taser-style flashlight", "Security found a taser-style flashlight in {Pp} bag.", "taser"),
    ("box cutter (retractable)", "{P_c} had a retractable box cutter in {Pp} waistband.", "box cutter"),
    ("a straight razor", "A straight razor was found in {Pp} pencil case.", "straight razor"),
    ("switchblade", "{P_c} flicked open a switchblade in the hallway.", "switchblade"),
    ("a 9mm pistol (unloaded, no magazine)", "An unloaded 9mm pistol was recovered from {Pp} locker.", "9mm pistol"),
    ("pepper spray keychain", "{P_c} had a pepper spray keychain clipped to {Pp} bag.", "pepper spray"),
    ("a machete", "{P_c} carried a machete into the gym.", "machete"),
    ("brass knuckles (metal)", "Metal brass knuckles were found in {Pp} jacket.", "brass knuckles"),
    ("stun gun", "A stun gun was taken from {Pp} backpack.", "stun gun"),
]
WEAPONS_REPLICA: list[tuple[str, str]] = [
    ("airsoft pistol", "{P_c} had an airsoft pistol in {Pp} bag."),
    ("a replica handgun", "A replica handgun was found in {Pp} locker."),
    ("BB gun", "{P_c} brought a BB gun on the bus."),
]
VIOLENCE: list[tuple[str, str]] = [
    ("{P_c} stabbed a classmate in the arm with a pencil, the wound needed stitches at the ER.", "stitches"),
    ("{P_c} punched a student until he lost consciousness; EMS transported him.", "lost consciousness"),
    ("A student suffered a fractured skull after {P} hit him with a metal pipe.", "fractured skull"),
    ("{P_c} sexually assaulted a younger student in the locker room.", "sexually assaulted"),
    ("{P_c} slashed another student's face with a razor, causing deep cuts.", "deep cuts"),
]
THREATS: list[tuple[str, str, str]] = [
    ("{P_c} wrote on Snapchat that {P} would shoot up the school on Friday.", "shoot up the school",
     "Snapchat post naming the school and Friday; the student has access to a relative's rifle."),
    ("{P_c} told two classmates {P} had a list of people to kill at dismissal.", "list of people to kill",
     "Written kill list with named students and a time; the student said a gun is at home."),
    ("A note in {Pp} handwriting said the gym would burn during the assembly.", "gym would burn",
     "Handwritten note naming the assembly and setting the gym on fire; lighter fluid found in locker."),
]
OTHER_GROUNDS: list[tuple[str, str]] = [
    ("Gang Activity", "{P_c} was seen flashing hand signs in the courtyard."),
    ("fight", "{P_c} got into a shoving match with another student; no one was hurt."),
    ("immigration inquiry", "An officer asked whether the student is enrolled."),
    ("suspicious behaviour", "{P_c} was seen loitering near the parking lot."),
    ("theft", "{P_c} took a phone from a classmate's bag."),
    ("vandalism", "{P_c} spray-painted a bathroom wall."),
    ("truancy", "{P_c} has missed 20 days this term."),
    ("trespass", "{P_c} entered the building after hours."),
]
GROUND_SPELLINGS = {
    "weapon": ["Weapon ", "WEAPON", " weapon", "Weapon"],
    "drugs": ["Drugs", "DRUGS", "drugs "],
    "serious_violence": ["serious-violence", "Serious Violence", "SERIOUS_VIOLENCE", "serious violence"],
    "credible_threat": ["Credible Threat", "credible-threat", "CREDIBLE_THREAT", "credible threat"],
}
OK_RECIPIENTS = ["bpd", "bpd/district-b2", "BPD", "bpd/district-b3", "Boston Police Department",
                 "bpd / district-e18", "BPD/District-C11"]
ODD_OK_RECIPIENTS = ["Boston Police - District E-18", "bpd/district-b3 (Det. Ruiz)", "BPD District B-2",
                     "Boston Police Department/District A-1"]
BAD_RECIPIENTS = ["ICE via BPD", "BPD for transfer to DHS", "bpd/ice-liaison", "bpd (forward to HSI)",
                  "Boston Police for ICE", "bpd/district-b2 -> dhs", "BPD, cc: CBP", "bpd/gang-unit",
                  "bpd/bric", "Commonwealth Fusion Center", "BPS school police", "ice", "dhs/hsi",
                  "BPD on behalf of Homeland Security", "private security (Allied)", "fbi"]


class Gen:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.cases: list[dict[str, Any]] = []

    def student(self) -> tuple[dict[str, Any], dict[str, str]]:
        r = self.r
        name = f"{r.choice(FIRST)} {r.choice(LAST)}"
        fem = r.random() < 0.5
        pro = {"P": "she" if fem else "he", "Pp": "her" if fem else "his", "O": "her" if fem else "him"}
        pro.update({k + "_c": v.capitalize() for k, v in list(pro.items())})
        pro["S"] = name
        grade = r.randint(6, 12)
        st = {"student_id": f"S{r.randint(100000, 999999)}", "name": name,
              "date_of_birth": f"{2026 - grade - 6}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
              "grade": grade, "school": r.choice(SCHOOLS)}
        return st, pro

    def forbidden(self, pro: dict[str, str], k: int, pool: list[tuple[str, str, list[str]]] | None = None
                  ) -> tuple[list[str], set[str], list[str]]:
        picks = self.r.sample(pool or ALL_FORBIDDEN, k)
        return ([t.format(**pro) for t, _, _ in picks], {c for _, c, _ in picks},
                [v for _, _, vs in picks for v in vs])

    def compose(self, fact: str, extra: list[str]) -> str:
        """Place the forbidden sentences before, after, around, or comma-spliced onto the fact."""
        r = self.r
        mode = r.randrange(4)
        if not extra:
            return fact
        if mode == 0:
            return " ".join([*extra, fact])
        if mode == 1:
            return " ".join([fact, *extra])
        if mode == 2 and len(extra) > 1:
            return " ".join([*extra[:1], fact, *extra[1:]])
        # comma splice: the fact, then the first note run on after a comma
        first = extra[0]
        if first[0].isalpha() and not first.startswith(("I ", "Is ")):
            first = first[0].lower() + first[1:]
        return " ".join([fact.rstrip(".") + ", " + first, *extra[1:]])

    def add(self, tag: str, decision: str, req: dict[str, Any], forbidden: list[str], cats: set[str],
            must: list[str] | None = None, text: list[str] | None = None, reason: str | None = None) -> None:
        cid = f"rt5-{len(self.cases):04d}"
        req = {"request_id": cid, "school_id": f"BPS-{self.r.randint(1000, 9999)}", **req}
        exp: dict[str, Any] = {"decision": decision, "must_not_contain": sorted(set(forbidden)),
                               "must_contain": must or [], "categories": sorted(cats), "tags": [tag],
                               "must_contain_text": text or []}
        if reason:
            exp["reason"] = reason
        self.cases.append({"id": cid, "request": req, "expect": exp})

    def incident(self, desc: str) -> dict[str, Any]:
        r = self.r
        return {"occurred_at": f"2026-{r.randint(1, 6):02d}-{r.randint(1, 28):02d}T{r.randint(8, 14):02d}:"
                               f"{r.randint(0, 59):02d}:00-05:00",
                "location": "second floor hallway", "description": desc}

    def with_fields(self, st: dict[str, Any], cats: set[str], bad: list[str]) -> None:
        if self.r.random() < 0.35:
            key, val, cat, vals = self.r.choice(FIELDS)
            st[key] = val
            cats.add(cat)
            bad.extend(vals)

    def allow_case(self, tag: str, fact: str, keep: str, req_extra: dict[str, Any], pool: Any = None,
                   recipient: str | None = None, k: int | None = None) -> None:
        st, pro = self.student()
        fact = fact.format(**pro)
        k = self.r.randint(1, 3) if k is None else k
        extra, cats, bad = self.forbidden(pro, k, pool)
        self.with_fields(st, cats, bad)
        desc = self.compose(fact, extra)
        req = {"recipient": recipient or self.r.choice(OK_RECIPIENTS), "incident": self.incident(desc),
               "student": st, **req_extra}
        self.add(tag, "allow", req, bad, cats, [st["name"], st["school"], keep], [keep])

    def deny_case(self, tag: str, fact: str, req_extra: dict[str, Any], reason: str,
                  recipient: str | None = None) -> None:
        st, pro = self.student()
        extra, cats, bad = self.forbidden(pro, self.r.randint(1, 3))
        self.with_fields(st, cats, bad)
        desc = self.compose(fact.format(**pro), extra)
        req = {"recipient": recipient or self.r.choice(OK_RECIPIENTS), "incident": self.incident(desc),
               "student": st, **req_extra}
        self.add(tag, "deny", req, bad, cats, reason=reason)

    def build(self) -> list[dict[str, Any]]:
        r = self.r
        # every forbidden sentence at least once around an allowed fact, each pool in turn
        for pool in (HEDGED, FAMILY, FORMS):
            for item in pool:
                fam = r.choice(["drugs", "weapon", "violence"])
                if fam == "drugs":
                    subs, fact, keep = r.choice(DRUGS_OK)
                    extra = {"ground": "drugs", "substances": subs}
                elif fam == "weapon":
                    w, fact, keep = r.choice(WEAPONS_OK)
                    extra = {"ground": "weapon", "weapon": w}
                else:
                    fact, keep = r.choice(VIOLENCE)
                    extra = {"ground": "serious_violence"}
                others = [x for x in ALL_FORBIDDEN if x is not item]
                chosen = [item, *r.sample(others, r.randint(0, 1))]
                self.allow_case(fam + "_hedged", fact, keep, extra, pool=chosen, k=len(chosen))
        # the same notes on denied requests: nothing forbidden may come back in a denial either
        for item in FAMILY + FORMS:
            st, pro = self.student()
            g, fact = r.choice(OTHER_GROUNDS)
            extra, cats, bad = self.forbidden(pro, 1, [item])
            desc = self.compose(fact.format(**pro), extra)
            req = {"recipient": r.choice(OK_RECIPIENTS), "incident": self.incident(desc), "student": st, "ground": g}
            self.add("other_ground_notes", "deny", req, bad, cats, reason="ground_not_permitted")
        for subs, fact, keep in DRUGS_OK + DRUGS_MIXED:
            g = r.choice(GROUND_SPELLINGS["drugs"])
            self.allow_case("drugs_ok", fact, keep, {"ground": g, "substances": subs})
        for subs, fact in DRUGS_EXCLUDED * 2:
            self.deny_case("drugs_excluded", fact, {"ground": "drugs", "substances": subs}, "excluded_substance")
        for w, fact, keep in WEAPONS_OK:
            g = r.choice(GROUND_SPELLINGS["weapon"])
            self.allow_case("weapon", fact, keep, {"ground": g, "weapon": w})
        for w, fact in WEAPONS_REPLICA:
            self.deny_case("weapon_replica", fact, {"ground": "weapon", "weapon": w}, "weapon_determination_required")
        for fact, keep in VIOLENCE * 2:
            g = r.choice(GROUND_SPELLINGS["serious_violence"])
            self.allow_case("serious_violence", fact, keep, {"ground": g})
        for fact, keep, stmt in THREATS * 2:
            g = r.choice(GROUND_SPELLINGS["credible_threat"])
            self.allow_case("credible_threat", fact, keep, {"ground": g, "threat_statement": stmt})
        for fact, _, _ in THREATS:
            self.deny_case("threat_missing", fact, {"ground": "credible_threat"}, "missing_threat_statement")
        for g, fact in OTHER_GROUNDS * 2:
            self.deny_case("other_ground", fact, {"ground": g}, "ground_not_permitted")
        for rec in ODD_OK_RECIPIENTS:
            w, fact, keep = r.choice(WEAPONS_OK)
            self.allow_case("odd_recipient", fact, keep, {"ground": "weapon", "weapon": w}, recipient=rec)
        for rec in BAD_RECIPIENTS:
            w, fact, _ = r.choice(WEAPONS_OK)
            self.deny_case("bad_recipient", fact, {"ground": "weapon", "weapon": w}, "recipient_not_permitted",
                           recipient=rec)
        for fact in ["{P_c} was identified by the face recognition camera at the station holding a knife.",
                     "A facial recognition match placed {O} at the scene with a handgun.",
                     "Per a Clearview search, the person with the knife is {S}."]:
            self.deny_case("face", fact, {"ground": "weapon", "weapon": "knife"}, "face_surveillance")
        for _ in range(2):
            self.deny_case("face", "{P_c} had a folding knife in {Pp} bag.",
                           {"ground": "weapon", "weapon": "knife",
                            "attachments": [{"kind": "face_match", "name": "match.json"}]}, "face_surveillance")
        return self.cases


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--out", default=str(ROOT / "tests" / "data" / "corpus" / "redteam5.jsonl"))
    a = ap.parse_args()
    cases = Gen(a.seed).build()
    with open(a.out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(cases), "cases ->", a.out)


if __name__ == "__main__":
    main()
