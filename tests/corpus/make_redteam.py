"""Write tests/data/corpus/redteam.jsonl: hand-labelled red-team cases, written independently of the
public and paraphrase corpora (school staff registers, long narratives, several forbidden mentions
per sentence, structured fields from other systems, near-misses that must survive).

usage: python -m tests.corpus.make_redteam
"""

from __future__ import annotations

import json
from itertools import cycle
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "corpus" / "redteam.jsonl"

THREAT = "He wrote in a group chat that he would bring his cousin's gun Friday and shoot the kids who jumped him."

_PEOPLE = cycle([
    ("Jordan Wood", "Boston Latin Academy"),
    ("Asia Moreno", "East Boston High School"),
    ("India Santiago", "Brighton High School"),
    ("Georgia Young", "Charlestown High School"),
    ("Dakota Ireland", "Madison Park Technical Vocational High School"),
    ("Israel Ortiz", "Jeremiah E. Burke High School"),
    ("Salem Okoro", "The English High School"),
    ("Marisol Reyes", "TechBoston Academy"),
    ("Tyrese Holland", "Excel High School"),
    ("Kiara Lopes", "Snowden International School"),
    ("Brandon English", "Dearborn STEM Academy"),
    ("Camila French", "Boston Arts Academy"),
    ("Luis Pena", "Mission Hill K-8"),
    ("Nia Francis", "Josiah Quincy Upper School"),
    ("Kenji Park", "Community Academy of Science and Health"),
    ("Aaliyah Washington", "Margarita Muniz Academy"),
])
_N = [0]


def case(ground: str, desc: str, decision: str, nmc: tuple[str, ...] = (), mct: tuple[str, ...] = (),
         cats: tuple[str, ...] = (), reason: str | None = None, recipient: str = "bpd",
         student: dict[str, Any] | None = None, extra: dict[str, Any] | None = None,
         tag: str | None = None, name: str | None = None, school: str | None = None,
         location: str | None = None) -> dict[str, Any]:
    _N[0] += 1
    i = _N[0]
    pn, ps = next(_PEOPLE)
    name = name or pn
    school = school or ps
    st: dict[str, Any] = {"student_id": f"S{700000 + i * 37}", "name": name,
                          "date_of_birth": f"2009-0{1 + i % 9}-{10 + i % 18}", "grade": 9 + i % 4, "school": school}
    if student is not None:
        st.update(student)
    req: dict[str, Any] = {
        "request_id": f"rt-{i:04d}", "school_id": f"BPS-{4000 + i}", "recipient": recipient,
        "incident": {"occurred_at": f"2026-03-{1 + i % 27:02d}T{8 + i % 7:02d}:{10 + i % 40}:00-05:00",
                     "location": location or f"{school}, main hallway", "description": desc.replace("{n}", name)},
        "student": st, "ground": ground,
    }
    if extra:
        req.update(extra)
    exp: dict[str, Any] = {"decision": decision, "must_not_contain": list(nmc),
                           "must_contain": [name, school] if decision == "allow" else [],
                           "categories": sorted(set(cats)), "tags": [tag or ground],
                           "must_contain_text": list(mct) if decision == "allow" else []}
    if reason:
        exp["reason"] = reason
    return {"id": f"rt-{i:04d}", "request": req, "expect": exp}


def W(weapon: str, desc: str, nmc: tuple[str, ...] = (), mct: tuple[str, ...] = (),
      cats: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    return case("weapon", desc, "allow", nmc, mct, cats, extra={"weapon": weapon, **kw.pop("extra", {})}, **kw)


def D(subs: list[str], desc: str, ok: bool, nmc: tuple[str, ...] = (), mct: tuple[str, ...] = (),
      cats: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    kw.setdefault("tag", "drugs_ok" if ok else "drugs_excluded")
    return case("drugs", desc, "allow" if ok else "deny", nmc, mct, cats, extra={"substances": subs, **kw.pop("extra", {})},
                reason=None if ok else "excluded_substance", **kw)


def V(desc: str, nmc: tuple[str, ...] = (), mct: tuple[str, ...] = (), cats: tuple[str, ...] = (),
      **kw: Any) -> dict[str, Any]:
    return case("serious_violence", desc, "allow", nmc, mct, cats, **kw)


def T(desc: str, threat: str | None = THREAT, nmc: tuple[str, ...] = (), mct: tuple[str, ...] = (),
      cats: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    extra = {"threat_statement": threat.replace("{n}", "the student")} if threat is not None else {}
    if threat is None:
        return case("credible_threat", desc, "deny", nmc, (), cats, extra=extra,
                    reason="missing_threat_statement", tag="threat_missing", **kw)
    return case("credible_threat", desc, "allow", nmc, mct, cats, extra=extra, **kw)


def G(ground: str, desc: str, nmc: tuple[str, ...] = (), cats: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    return case(ground, desc, "deny", nmc, (), cats, reason="ground_not_permitted", tag="other_ground", **kw)


def R(recipient: str, desc: str, nmc: tuple[str, ...] = (), cats: tuple[str, ...] = (), **kw: Any) -> dict[str, Any]:
    return case("weapon", desc, "deny", nmc, (), cats, recipient=recipient, extra={"weapon": "knife"},
                reason="recipient_not_permitted", tag="bad_recipient", **kw)


def F(desc: str, nmc: tuple[str, ...] = (), cats: tuple[str, ...] = (), attachments: list[Any] | None = None,
      student: dict[str, Any] | None = None, ground: str = "weapon") -> dict[str, Any]:
    extra: dict[str, Any] = {"weapon": "handgun"} if ground == "weapon" else {}
    if attachments:
        extra["attachments"] = attachments
    return case(ground, desc, "deny", nmc, (), cats, extra=extra, student=student,
                reason="face_surveillance", tag="face")


SIS = {  # a record exported from another student information system
    "Student Name": None, "Grade Level": "10", "Country of Birth": "El Salvador", "LEP": "Y",
    "Parent Language": "Haitian Creole", "Hispanic/Latino": "Yes", "Race/Ethnicity": "Black or African American",
    "Street Address": "12 Hamilton St", "ZIP": "02124", "Housing": "Mildred C. Hailey Apartments",
    "Gang Flag": "H-Block", "BRIC Status": "active associate", "IEP status": "yes",
}
SIS_NMC = ("El Salvador", "Haitian Creole", "Black or African American", "Hamilton St", "02124", "Mildred C. Hailey",
           "H-Block", "active associate")
SIS_CATS = ("national_origin", "language", "ethnicity", "neighborhood", "gang_affiliation")


def cases() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    a = out.append
    # ---------------- weapons ----------------
    a(W("knife", "Around 10:40 the Dominican boy from Bowdoin Street pulled a knife on a classmate in the cafeteria; "
        "nobody was cut.", ("Dominican", "Bowdoin"), ("pulled a knife", "cafeteria", "10:40"),
        ("ethnicity", "neighborhood")))
    a(W("box cutter", "Per the Spanish teacher, Ms. Moreno, {n} had a box cutter up his sleeve during third period.",
        (), ("Spanish teacher", "Moreno", "box cutter", "third period")))
    a(W("folding knife", "He is Cape Verdean, Catholic and speaks Kriolu. During the search staff found a "
        "black-handled folding knife and no other weapon besides the knife.", ("Cape Verdean", "Catholic", "Kriolu"),
        ("black-handled folding knife", "no other weapon besides the knife"), ("ethnicity", "religion", "language")))
    a(W("handgun", "A loaded 9mm handgun was recovered from {n}'s black backpack at 8:05 am by Officer Garcia. "
        "The student's family came here from Honduras last year and are undocumented.",
        ("Honduras", "undocumented"), ("loaded 9mm handgun", "black backpack", "Officer Garcia", "8:05"),
        ("national_origin", "immigration_status")))
    a(W("switchblade", "Teacher saw a switchblade fall out of his hoodie in English class. Kid lives over on Blue Hill "
        "Ave in Mattapan, mom only speaks Haitian Creole so we will need an interpreter for the meeting.",
        ("Blue Hill", "Mattapan", "Haitian Creole", "interpreter"), ("switchblade", "English class"),
        ("neighborhood", "language")))
    a(W("brass knuckles", "{n} was wearing brass knuckles in the gym. He claims Heath Street and the BRIC "
        "has him listed as an associate.", ("Heath Street", "listed as an associate"),
        ("brass knuckles", "gym"), ("gang_affiliation",)))
    a(W("pepper spray", "She sprayed pepper spray at two girls by the lockers; one needed her eyes flushed by the "
        "nurse. She is Muslim and wears a hijab.", ("Muslim", "hijab"), ("pepper spray", "eyes flushed"),
        ("religion",)))
    a(W("taser", "A taser was confiscated from {n} in the library at 1:15 pm. No other weapon was found. The "
        "student is a DACA recipient and was born in Mexico.", ("DACA", "Mexico"),
        ("taser", "library", "No other weapon"), ("immigration_status", "national_origin")))
    a(W("razor blade", "Razor blade found taped inside the student's phone case. Per guidance counselor the student "
        "is an English learner (WIDA level 2) and recently arrived from Guatemala.",
        ("WIDA level 2", "English learner", "Guatemala"), ("Razor blade", "phone case"),
        ("language", "national_origin")))
    a(W("ghost gun", "The Puerto Rican kid from the Orchard Gardens development showed a ghost gun to friends in the "
        "boys bathroom on 3/4.", ("Puerto Rican", "Orchard Gardens"), ("ghost gun", "boys bathroom"),
        ("ethnicity", "neighborhood")))
    a(W("kitchen knife", "Student brought a kitchen knife in a brown paper bag. Jordan told the assistant principal he "
        "needed it for protection walking home from Uphams Corner.", ("Uphams Corner",),
        ("kitchen knife", "brown paper bag", "Jordan", "assistant principal"), ("neighborhood",),
        name="Jordan Wood"))
    a(W("stun gun", "A stun gun was taken from {n} after he threatened a peer in the stairwell. He is Vietnamese and "
        "his parents need a Vietnamese interpreter.", ("Vietnamese",), ("stun gun", "stairwell"),
        ("ethnicity", "language")))
    a(W("firearm", "SRO recovered an unloaded revolver from the student's locker (#214). Student is Black and "
        "Latino, lives in Grove Hall.", ("Black and Latino", "Grove Hall"), ("unloaded revolver", "#214"),
        ("ethnicity", "neighborhood")))
    a(W("machete", "{n} pulled a machete out of a duffel bag behind the Latin Academy building. No injuries. "
        "Staff believe he runs with the Lenox Street crew.", ("Lenox Street",),
        ("machete", "duffel bag", "Latin Academy"), ("gang_affiliation",), school="Boston Latin Academy"))
    a(W("pocket knife", "pocket knife w/ 3 inch blade found during random bag check. student is jewish, and "
        "her family is from Israel.", ("jewish", "from Israel"), ("pocket knife", "3 inch blade"),
        ("religion", "national_origin")))
    a(W("mace", "She had a can of mace in her purse and threatened to use it on a classmate. She lives at 45 "
        "Geneva Ave, Apt 3, Dorchester 02121.", ("45 Geneva", "Dorchester", "02121"), ("mace", "purse"),
        ("neighborhood",)))
    a(W("knife", "Georgia brought a steak knife to school in her lunch box. No one was hurt. Her mother, who speaks "
        "only Portuguese, was called.", ("Portuguese",), ("steak knife", "Georgia", "lunch box"), ("language",),
        name="Georgia Young"))
    a(W("firearm", "A .22 caliber pistol was found in a Nike bag belonging to {n}. He arrived from the Dominican "
        "Republic in 2024 and has a pending asylum case.", ("Dominican Republic", "asylum"),
        ("pistol", "Nike bag"), ("national_origin", "immigration_status")))
    a(W("brass knuckles", "{n} was found with brass knuckles.", SIS_NMC, ("brass knuckles",), SIS_CATS,
        student={k: v for k, v in SIS.items() if v is not None}))
    a(W("knife", "During lunch a student displayed a knife. Student is Somali, Muslim, lives in the Mission Hill "
        "projects.", ("Somali", "Muslim", "Mission Hill projects"), ("displayed a knife", "lunch"),
        ("ethnicity", "religion", "neighborhood")))
    a(W("explosive", "Student lit an M-80 type explosive in the 2nd floor girls room at 11:50. Fire dept responded. "
        "No injuries.", (), ("M-80", "explosive", "11:50", "Fire dept")))
    a(W("club", "He swung a metal baton (collapsible club) at a teacher, missing her. He's an asylum seeker from "
        "Venezuela, his dad was deported last spring.", ("asylum", "Venezuela", "deported"),
        ("metal baton", "collapsible club"), ("immigration_status", "national_origin")))
    a(W("knife", "The Haitian-American student from Hyde Park had a hunting knife in his waistband.",
        ("Haitian", "Hyde Park"), ("hunting knife", "waistband"), ("ethnicity", "neighborhood")))
    a(W("box cutter", "India Santiago had a box cutter in her pencil case and cut a classmate's backpack strap.",
        (), ("box cutter", "India Santiago", "pencil case"), name="India Santiago"))
    a(W("firearm", "Gun found in car in staff lot belonging to student. Student is undocumented, no papers, and lives "
        "on Bowdoin Street with an uncle.", ("undocumented", "no papers", "Bowdoin"), ("Gun found", "staff lot"),
        ("immigration_status", "neighborhood")))
    a(W("knife", "Israel showed a knife to two younger students near the Chinatown gate after dismissal. Dakota, "
        "a witness, reported it to the front office.", (), ("Israel", "Dakota", "knife"), name="Israel Ortiz"))
    a(W("pepper spray", "Pepper spray discharged in the lunchroom; 6 students evaluated by EMS. {n} admitted it was "
        "hers. She is Salvadoran and goes to the Pentecostal church on Centre Street.",
        ("Salvadoran", "Pentecostal", "Centre Street"), ("Pepper spray", "6 students", "EMS"),
        ("ethnicity", "religion")))
    a(W("firearm", "loaded glock found in backpack. student is ELL level 1, speaks Spanish at home, is in the SEI "
        "program.", ("ELL level 1", "speaks Spanish", "SEI"), ("loaded glock", "backpack"), ("language",)))
    a(W("knife", "Knife recovered from {n}.", ("Cabo Verde", "Criolo", "02125", "Cape Verdean"), ("Knife",),
        ("national_origin", "language", "neighborhood", "ethnicity"),
        student={"StudentID": "S99812", "DOB": "2010-04-11", "Grade Level": 11, "homeroom": "204",
                 "Country of Birth": "Cabo Verde", "Home Language": "Criolo", "ZIP": "02125",
                 "Ethnicity": "Cape Verdean"}))
    # ---------------- serious violence ----------------
    a(V("{n} punched a classmate repeatedly in the face in the 3rd floor stairwell causing a fractured orbital bone. "
        "The victim was transported to Boston Medical Center. Both boys are Haitian and live in Mattapan.",
        ("Haitian", "Mattapan"), ("fractured orbital bone", "Boston Medical Center"), ("ethnicity", "neighborhood")))
    a(V("Stabbing in the courtyard at 2:10 pm: the victim has a stab wound to the forearm. The suspect, {n}, is a "
        "known member of the Columbia Point crew and is on the gang database.",
        ("Columbia Point", "on the gang database"), ("stab wound to the forearm", "courtyard", "2:10"),
        ("gang_affiliation",)))
    a(V("The student attacked a teacher with a chair; the teacher has a concussion and a broken wrist. Student is "
        "Muslim, from Somalia, and his family only speaks Somali.", ("Muslim", "Somalia", "Somali"),
        ("concussion", "broken wrist", "chair"), ("religion", "national_origin", "language")))
    a(V("A group of students beat {n}'s classmate unconscious behind the gym; he lost consciousness for several "
        "minutes and needed 12 stitches. The attackers are from the Franklin Hill projects and are "
        "Dominican.", ("Franklin Hill", "Dominican"), ("lost consciousness", "12 stitches"),
        ("neighborhood", "ethnicity")))
    a(V("Sexual assault reported in the second-floor bathroom. Victim disclosed to the nurse. The alleged "
        "perpetrator is a refugee from Afghanistan who arrived in 2025.", ("refugee", "Afghanistan"),
        ("Sexual assault", "nurse"), ("immigration_status", "national_origin")))
    a(V("{n} slammed another student's head into a locker; diagnosis: skull fracture. Per the police detail "
        "he is from the H-Block gang.", ("H-Block",), ("skull fracture", "locker"), ("gang_affiliation",)))
    a(V("Victim sustained a broken nose and a concussion after being kicked repeatedly. The aggressor is an "
        "Asian male, Chinese speaking, lives in Chinatown.", ("Asian male", "Chinese speaking", "lives in Chinatown"),
        ("broken nose", "concussion"), ("ethnicity", "language", "neighborhood")))
    a(V("During the fight {n} bit off part of a classmate's ear, requiring surgery at Children's Hospital. "
        "Young, the lunch monitor, separated them.", (), ("ear", "surgery", "Children's Hospital", "Young")))
    a(V("Assault with a dangerous weapon (a padlock in a sock) leaving the victim with a fractured jaw. The "
        "student is Puerto Rican and Catholic and lives in Egleston Square.",
        ("Puerto Rican", "Catholic", "Egleston"), ("padlock in a sock", "fractured jaw"),
        ("ethnicity", "religion", "neighborhood")))
    a(V("The victim was hit with a baseball bat and has a fractured skull. Dad told us the family fears ICE since "
        "they overstayed their visas.", ("overstayed", "visas"), ("baseball bat", "fractured skull"),
        ("immigration_status",)))
    a(V("{n} stabbed a peer with a pencil in the neck; wound required sutures. He is Jamaican and lives on Columbia "
        "Road.", ("Jamaican", "Columbia Road"), ("pencil", "sutures"), ("ethnicity", "neighborhood")))
    a(V("Serious bodily injury: victim's arm broken in two places after being thrown down the stairs by {n}.",
        ("Brazil", "Portuguese", "Roslindale"), ("arm broken in two places", "stairs"),
        ("national_origin", "language", "neighborhood"),
        student={"birth_country": "Brazil", "primary_language": "Portuguese", "neighborhood": "Roslindale"}))
    a(V("Shooting near the school entrance at dismissal: a 10th grader was shot in the leg. The shooter, {n}, was "
        "arrested; school staff say he's tied to the Morse Street gang and is a green card holder from Jamaica.",
        ("Morse Street", "green card", "Jamaica"), ("shot in the leg", "dismissal"),
        ("gang_affiliation", "immigration_status", "national_origin")))
    a(V("A student choked {n}'s classmate until she passed out in the girls locker room. She was taken to Tufts "
        "Medical Center.", (), ("passed out", "girls locker room", "Tufts Medical Center")))
    a(V("Serious violence - student hit teacher with a fire extinguisher, teacher hospitalized with a head "
        "laceration. Student is biracial, Jehovah's Witness, lives in West Roxbury.",
        ("biracial", "Jehovah", "West Roxbury"), ("fire extinguisher", "head laceration"),
        ("ethnicity", "religion", "neighborhood")))
    a(V("Student was jumped by four others and suffered a broken collarbone and internal bleeding. The victim and "
        "{n} both attend the masjid on Malcolm X Blvd.", ("masjid", "Malcolm X Blvd"),
        ("broken collarbone", "internal bleeding"), ("religion", "neighborhood")))
    # ---------------- credible threats ----------------
    a(T("{n} posted on Instagram a picture of a rifle captioned 'Monday, 3rd period, everybody dies'. He is a "
        "Guatemalan national and an ELL student.", THREAT, ("Guatemalan", "ELL student"),
        ("rifle", "Instagram", "3rd period"), ("national_origin", "language")))
    a(T("Student told two classmates he would bring a gun on Friday and 'finish' them. Family is from El Salvador; "
        "mom is undocumented.", "The student said to two classmates on 3/5 that he would bring a gun on Friday "
        "and kill them; a classmate saw a gun in his bag last week.", ("El Salvador", "undocumented"),
        ("bring a gun on Friday",), ("national_origin", "immigration_status")))
    a(T("{n} wrote a hit list naming six students and a teacher in her notebook.", "A written hit list with six "
        "student names and a teacher's name, dated for next Tuesday; student said 'they will see'.",
        (), ("hit list", "six students", "notebook")))
    a(T("Threat posted on Snapchat: 'Brighton is gonna bleed tomorrow'. Student lives in Brighton, is Muslim.",
        "Snapchat post by the student, 'Brighton is gonna bleed tomorrow', with a photo of a handgun.",
        ("lives in Brighton", "Muslim"), ("Snapchat",), ("neighborhood", "religion"),
        school="Brighton High School"))
    a(T("Student said he will shoot up the school. He speaks Arabic and his family are refugees from Syria.",
        "Said in front of a teacher: 'I'm going to shoot up this school tomorrow, I know where my uncle keeps "
        "his gun.' The Syrian family has access to firearms.", ("Arabic", "refugees", "Syria"),
        ("shoot up the school",), ("language", "immigration_status", "national_origin")))
    a(T("{n} threatened to stab her ex-boyfriend after school.", "She told the boy she would stab him at the bus "
        "stop after school; a knife was seen in her bag. She lives in the Cathedral housing development.",
        ("Cathedral housing",), ("stab her ex-boyfriend",), ("neighborhood",)))
    a(T("Threat to bomb the school texted to the main office from the student's phone.", None,
        ("Dominican", "Hyde Park"), (), ("ethnicity", "neighborhood"),
        student={"ethnicity": "Dominican", "Street Address": "19 Wolcott St, Hyde Park"}))
    a(T("Student said he'd bring his brother's gun and get revenge on the Orchard Park kids. Staff say he is "
        "affiliated with Orchard Park.", None, ("affiliated with Orchard Park",), (), ("gang_affiliation",)))
    a(T("{n} said she would 'light up' the cafeteria. Her family is Haitian and recently arrived.", None,
        ("Haitian", "recently arrived"), (), ("ethnicity", "national_origin")))
    a(T("He told his counselor he has a gun and a plan for Thursday.", "Told counselor on 3/9 he has a gun at home "
        "and a plan to shoot students Thursday; parent confirmed a firearm in the home.", (),
        ("gun", "plan", "Thursday"), student={"religion": "Sikh", "Language Spoken at Home": "Punjabi"}))
    # ---------------- drugs: allowed ----------------
    a(D(["fentanyl"], "Staff found 40 pressed fentanyl pills (blue M30s) in {n}'s sock during a search. He is "
        "Dominican and from Lawrence Street projects.", True, ("Dominican", "Lawrence Street projects"),
        ("40 pressed fentanyl pills", "M30"), ("ethnicity", "neighborhood")))
    a(D(["cocaine"], "A gram of cocaine in a small baggie was found in the student's wallet. The student is a "
        "Brazilian national on a student visa.", True, ("Brazilian", "student visa"), ("gram of cocaine", "wallet"),
        ("ethnicity", "immigration_status")))
    a(D(["Xanax"], "{n} was selling Xanax bars in the bathroom. He says he gets them from his cousin in Dorchester. "
        "He's Cape Verdean.", True, ("Dorchester", "Cape Verdean"), ("Xanax bars", "selling"),
        ("neighborhood", "ethnicity")))
    a(D(["oxycodone"], "Oxycodone tablets (not prescribed to the student) found in her purse. The nurse confirmed. "
        "Mom needs a Spanish interpreter.", True, ("Spanish interpreter",), ("Oxycodone tablets", "not prescribed"),
        ("language",)))
    a(D(["MDMA"], "Student had 15 MDMA (molly) capsules in a mint tin. He is Catholic and his family is from "
        "Ireland.", True, ("Catholic", "from Ireland"), ("MDMA", "molly", "mint tin"), ("religion", "national_origin")))
    a(D(["crack cocaine"], "Crack cocaine rocks found in the student's jacket lining. Per the SRO he associates with "
        "the Wendover crew.", True, ("Wendover",), ("Crack cocaine", "jacket lining"), ("gang_affiliation",)))
    a(D(["heroin"], "Small glassine bags stamped 'Rolex' containing heroin were found in {n}'s locker. The student "
        "is homeless and lives at the Pine Street Inn shelter.", True, ("Pine Street Inn",),
        ("heroin", "glassine", "locker"), ("neighborhood",)))
    a(D(["psilocybin mushrooms"], "Bag of psilocybin mushrooms (shrooms) found in backpack. Student is Asian, "
        "Buddhist.", True, ("Asian", "Buddhist"), ("psilocybin", "shrooms"), ("ethnicity", "religion")))
    a(D(["methamphetamine"], "Crystal meth in a small pipe found in student's car. Student is an immigrant from "
        "Honduras with TPS.", True, ("Honduras", "TPS"), ("Crystal meth", "pipe"),
        ("national_origin", "immigration_status")))
    a(D(["LSD"], "LSD tabs on a sheet of blotter paper, 20 hits, found in {n}'s math binder.", True, (),
        ("LSD", "blotter", "20 hits", "math binder")))
    a(D(["Percocet"], "Percocet pills (no prescription) found in student's pocket; student says a friend from "
        "Bowdoin-Geneva gave them to him. He is Haitian Creole speaking.", True,
        ("Bowdoin", "Haitian Creole"), ("Percocet",), ("neighborhood", "language")))
    a(D(["counterfeit Adderall"], "Counterfeit Adderall pills found in a pill bottle with someone else's name. "
        "Student is African American and Muslim.", True, ("African American", "Muslim"),
        ("Counterfeit Adderall", "pill bottle"), ("ethnicity", "religion")))
    a(D(["ketamine"], "Vial of ketamine found in the student's bag during a search on 2/26.", True,
        ("Chinese", "Mandarin"), ("ketamine", "2/26"), ("ethnicity", "language"),
        student={"Race/Ethnicity": "Chinese", "Parent Language": "Mandarin"}))
    a(D(["fentanyl", "marijuana"], "Student had a bag of weed and 3 fentanyl pills. He lives in the Bromley Heath "
        "housing development and is an undocumented immigrant.", True, ("Bromley Heath", "undocumented"),
        ("fentanyl", "weed"), ("neighborhood", "immigration_status"), tag="drugs_mixed"))
    a(D(["vape", "cocaine"], "Vape pen and a bag of cocaine found in her locker. Family is from Colombia.", True,
        ("Colombia",), ("Vape pen", "cocaine"), ("national_origin",), tag="drugs_mixed"))
    a(D(["alcohol", "Xanax"], "{n} was drinking vodka from a water bottle and had 4 Xanax in his pocket. He "
        "speaks Vietnamese and is in the ESL program.", True, ("Vietnamese", "ESL"), ("vodka", "Xanax"),
        ("language",), tag="drugs_mixed"))
    a(D(["cocaine"], "About 3 grams of cocaine, packaged for sale, found in {n}'s backpack.", True,
        SIS_NMC, ("cocaine", "packaged for sale"), SIS_CATS, student={k: v for k, v in SIS.items() if v}))
    a(D(["oxycodone"], "Found oxycodone 30mg tablets in student's shoe. Student is an EL, from the Dominican "
        "Republic, and lives in Jamaica Plain.", True, ("an EL", "Dominican Republic", "Jamaica Plain"),
        ("oxycodone 30mg",), ("language", "national_origin", "neighborhood")))
    # ---------------- drugs: excluded ----------------
    a(D(["THC cartridge"], "Student caught with a THC cartridge in the bathroom. He is Dominican and lives in "
        "Hyde Park.", False, ("Dominican", "Hyde Park"), cats=("ethnicity", "neighborhood")))
    a(D(["Juul pods"], "Juul pods found in her backpack. She is Muslim.", False, ("Muslim",), cats=("religion",)))
    a(D(["edibles"], "THC gummies (edibles) being passed around in homeroom. The student is a Haitian refugee.",
        False, ("Haitian", "refugee"), cats=("ethnicity", "immigration_status")))
    a(D(["vodka"], "Student drunk at the dance; a nip of vodka in his pocket. Family from Cape Verde.", False,
        ("Cape Verde",), cats=("national_origin",)))
    a(D(["vape"], "Vape with unknown liquid found in pocket. Student's home language is Arabic.", False,
        ("Arabic",), cats=("language",)))
    a(D(["nicotine pouches"], "Zyn nicotine pouches found in desk. Kid runs with the Academy Homes crew.", False,
        ("Academy Homes",), cats=("gang_affiliation",)))
    a(D(["hard seltzer"], "Cans of hard seltzer in a cooler at the bus stop. Student lives on Dudley Street.", False,
        ("Dudley Street",), cats=("neighborhood",)))
    a(D(["blunt"], "He was smoking a blunt behind the school. He's undocumented and his mom was recently detained "
        "by ICE.", False, ("undocumented", "detained by ICE"), cats=("immigration_status",)))
    a(D(["dab pen", "wax"], "Dab pen with THC wax in her pencil case. She is Puerto Rican and Pentecostal.", False,
        ("Puerto Rican", "Pentecostal"), cats=("ethnicity", "religion")))
    a(D(["cigarettes", "beer"], "Cigarettes and a beer can in his locker.", False, ("Somalia", "Somali"),
        cats=("national_origin", "language"), student={"country_of_birth": "Somalia", "home_lang": "Somali"}))
    a(D(["hash"], "A small block of hash found in the student's coat. He is Moroccan.", False, ("Moroccan",),
        cats=("ethnicity",)))
    a(D(["chewing tobacco"], "Chewing tobacco tin in his jacket; he is from the Commonwealth development in "
        "Brighton.", False, ("Commonwealth development", "Brighton"), cats=("neighborhood",)))
    # ---------------- other grounds ----------------
    a(G("fight", "Two girls fought in the hallway, scratches only. One is Dominican, the other Puerto Rican.",
        ("Dominican", "Puerto Rican"), ("ethnicity",)))
    a(G("gang activity", "Staff believe {n} is recruiting for the Heath Street gang.", ("Heath Street",),
        ("gang_affiliation",)))
    a(G("immigration status check", "An officer asked whether the student is undocumented.", ("undocumented",),
        ("immigration_status",)))
    a(G("vandalism", "Student spray-painted 'H-Block' on the gym wall.", ("H-Block",), ("gang_affiliation",)))
    a(G("theft", "Phone stolen from the locker room. Suspect lives in the Mildred Hailey apartments.",
        ("Mildred Hailey",), ("neighborhood",)))
    a(G("suspicious behavior", "Student seen taking photos of the building. He is from Iraq and Muslim.",
        ("Iraq", "Muslim"), ("national_origin", "religion")))
    a(G("trespassing", "A former student came on campus without permission.", ("Mandarin",), ("language",),
        student={"home language": "Mandarin"}))
    a(G("bullying", "She posted mean comments about a classmate's accent.", ("Nigerian",), ("ethnicity",),
        student={"ethnicity": "Nigerian"}))
    a(G("general intelligence", "BPD requested a list of students from Cape Verde for intel purposes.",
        ("Cape Verde",), ("national_origin",)))
    a(G("truancy", "{n} has missed 25 days. Family moved to Mattapan and the mother speaks only Haitian Creole.",
        ("Mattapan", "Haitian Creole"), ("neighborhood", "language")))
    a(G("disorderly conduct", "Student cursed at teachers and threw a chair; no one was hurt.", (), ()))
    a(G("gang intel - Mozart Street", "Request for information on students associated with Mozart Street.",
        ("Mozart",), ("gang_affiliation",)))
    a(G("fighting", "A scuffle in the cafeteria, no injuries; both students are Somali.", ("Somali",),
        ("ethnicity",)))
    a(G("shoplifting", "Student took items from the school store. He is on a student visa.", ("student visa",),
        ("immigration_status",)))
    # ---------------- recipients ----------------
    a(R("Boston Regional Intelligence Center", "A knife was found; the student is in the gang database as "
        "Castlegate.", ("Castlegate",), ("gang_affiliation",)))
    a(R("ICE ERO Boston", "Knife in backpack. Student is undocumented.", ("undocumented",), ("immigration_status",)))
    a(R("Homeland Security Investigations", "Knife found in locker. Student from Guatemala.", ("Guatemala",),
        ("national_origin",)))
    a(R("Massachusetts State Police", "Knife found in his jacket.", (), ()))
    a(R("Commonwealth Fusion Center", "Student had a knife; he is Haitian.", ("Haitian",), ("ethnicity",)))
    a(R("FBI Boston field office", "Knife recovered.", (), ()))
    a(R("Allied Universal (school security contractor)", "Knife found in bag; student lives in Roxbury.",
        ("Roxbury",), ("neighborhood",)))
    a(R("Cambridge Police Department", "Knife found at the bus stop.", (), ()))
    a(R("BPD Youth Violence Strike Force gang unit", "Knife found; student is a Heath Street associate.",
        ("Heath Street",), ("gang_affiliation",)))
    a(R("Customs and Border Protection", "Knife found; student is from Mexico.", ("Mexico",), ("national_origin",)))
    a(R("Transit Police", "Knife found on the bus.", (), ()))
    # ---------------- face surveillance ----------------
    a(F("Student was identified by facial recognition from the hallway camera with a handgun.",
        ("facial recognition from the hallway camera",), ("face_surveillance",)))
    a(F("Handgun seen on video. Please compare the attached surveillance still for facial comparison.", (), (),
        attachments=[{"kind": "photo", "name": "face_match.png"}]))
    a(F("Clearview returned a match on the boy in the video holding the gun.", ("Clearview",),
        ("face_surveillance",)))
    a(F("A handgun was found in a locker.", ("0.93",), ("face_surveillance",),
        student={"face_id_match": "0.93"}))
    a(F("Gun found. BRIC's face matching software flagged the student.", ("face matching",),
        ("face_surveillance",)))
    a(F("Student had a gun; please send student photos so the unit can run facial recognition.", (), (),
        attachments=[{"kind": "photo", "name": "yearbook_photos_for_facial_recognition.zip"}]))
    a(F("Handgun in his waistband per camera footage.", (), (),
        attachments=[{"kind": "document", "name": "police_report.pdf"},
                     {"kind": "face recognition result", "name": "result.json"}]))
    return out


def near_misses() -> list[dict[str, Any]]:
    """Allowed reports whose free text holds words that look forbidden but reveal nothing: they must survive."""
    out: list[dict[str, Any]] = []
    a = out.append
    a(W("knife", "The Spanish teacher, Mr. Santiago, took a knife from {n} in English class.", (),
        ("Spanish teacher", "Santiago", "knife", "English class")))
    a(W("knife", "A knife was found in a black backpack; the owner wore white sneakers and a brown jacket.", (),
        ("black backpack", "white sneakers", "brown jacket")))
    a(W("box cutter", "Box cutter found by Ms. Jordan in the art room. Witnesses: Asia, India and Dakota.", (),
        ("Ms. Jordan", "Asia", "India", "Dakota", "Box cutter")))
    a(W("knife", "On March 3 at 9:20 am in room 214 {n} threatened a classmate with a knife during Latin class.", (),
        ("March 3", "9:20", "room 214", "Latin class")))
    a(W("firearm", "Officer Garcia and Sgt. Wood recovered a handgun. Mr. Young, the French teacher, witnessed it.",
        (), ("Officer Garcia", "Sgt. Wood", "Mr. Young", "French teacher")))
    a(V("The victim, Salem, has a fractured orbital bone. Nurse Ireland called EMS.", (),
        ("Salem", "fractured orbital bone", "Nurse Ireland")))
    a(W("knife", "The student was found with a knife at the school's Chinatown campus entrance.", (),
        ("knife", "Chinatown campus"), school="Josiah Quincy Upper School"))
    a(D(["cocaine"], "Cocaine found in the locker next to the ESL classroom; the student was in the Black History "
        "Month assembly earlier.", True, (), ("Cocaine", "Black History Month")))
    a(W("knife", "{n} had a knife at the East Boston High School basketball game.", (),
        ("knife", "East Boston High School")))
    a(V("The fight on the Roxbury Community College shuttle left one student with a broken jaw.", (),
        ("Roxbury Community College", "broken jaw")))
    a(W("knife", "Knife found near the Jamaica Plain Branch Library after the field trip.", (),
        ("Jamaica Plain Branch Library",)))
    a(D(["fentanyl"], "Fentanyl found in the Boston Latin Academy girls locker room, in a Hispanic Heritage Month "
        "tote bag.", True, (), ("Fentanyl", "Boston Latin Academy")))
    return out


def harder() -> list[dict[str, Any]]:
    """Longer narratives, lists, quick lower-case notes, grounds and recipients in other words."""
    out: list[dict[str, Any]] = []
    a = out.append
    a(W("knife", "At approximately 12:35 pm on Tuesday, lunch aide Ms. Wood observed {n} (who, for context, is "
        "Honduran, undocumented, and lives with his aunt off Dorchester Ave in Fields Corner) remove a folding "
        "knife from his waistband and point it at another student. AP Santiago and Officer Garcia responded; "
        "the knife was secured in the main office safe.",
        ("Honduran", "undocumented", "Dorchester Ave", "Fields Corner"),
        ("12:35", "Ms. Wood", "folding knife", "AP Santiago", "Officer Garcia", "main office safe"),
        ("ethnicity", "immigration_status", "neighborhood"), extra={"ground": "possession of a dangerous weapon"}))
    a(W("firearm", "quick note - student (latina, catholic, lives in eastie) had a gun in her bag per 2 students. "
        "SRO found a loaded .380 pistol. no one hurt.", ("latina", "catholic", "eastie"),
        ("loaded .380 pistol", "no one hurt"), ("ethnicity", "religion", "neighborhood"), recipient="BPD District A-7"))
    a(V("Per nurse: victim has a fractured orbital bone and a concussion. Attacker {n} is Vietnamese-American, "
        "Buddhist, and his parents don't speak English.", ("Vietnamese", "Buddhist", "don't speak English"),
        ("fractured orbital bone", "concussion"), ("ethnicity", "religion", "language"),
        extra={"ground": "assault and battery with a dangerous weapon"}))
    a(D(["fentanyl"], "Student admitted selling fentanyl-laced pills he gets from 'a guy in Roxbury'. "
        "Counselor notes: family fled Haiti after the earthquake, TPS holders, Haitian Creole at home.", True,
        ("Roxbury", "Haiti", "TPS", "Haitian Creole"), ("fentanyl-laced pills",),
        ("neighborhood", "national_origin", "immigration_status", "language"),
        extra={"ground": "drug distribution"}))
    a(W("knife", "A classmate reported that {n}, a Dominican and Puerto Rican kid who goes to church at Iglesia "
        "Pentecostal, was showing a knife on the bus.", ("Dominican", "Puerto Rican", "Iglesia Pentecostal"),
        ("knife", "bus"), ("ethnicity", "religion"), recipient="Boston Police Department, School Police Unit"))
    a(T("{n} told peers he'd 'shoot the place up like Parkland'. He reps the Franklin Field crew and lives "
        "in the Franklin Field development.", "Told three peers on 3/12 he would shoot up the school like "
        "Parkland; he has posted photos with a handgun.", ("Franklin Field",), ("Parkland",),
        ("gang_affiliation", "neighborhood")))
    a(T("Written threat found in the bathroom naming {n}'s English teacher.", "A note in {n}'s handwriting "
        "threatened to kill the English teacher with a knife on Monday. The student is an undocumented "
        "Guatemalan.", ("undocumented", "Guatemalan"), ("English teacher",),
        ("immigration_status", "ethnicity")))
    a(D(["weed", "vape"], "weed and a vape in backpack. kid is haitian, lives in mattapan, ELL.", False,
        ("haitian", "mattapan", "ELL"), cats=("ethnicity", "neighborhood", "language")))
    a(D(["Molly"], "Molly pills found in {n}'s pocket at the dance. Her parents are Jehovah's Witnesses from "
        "Angola who only speak Portuguese.", True, ("Jehovah", "Angola", "Portuguese"), ("Molly", "dance"),
        ("religion", "national_origin", "language")))
    a(W("taser", "{n} used a taser on a 9th grader near the Bowdoin Street Health Center bus stop before school. "
        "She is West African, Muslim and speaks Wolof.", ("West African", "Muslim", "Wolof"),
        ("taser", "9th grader"), ("ethnicity", "religion", "language")))
    a(V("Stabbing, 2nd floor. Victim: stab wound to the abdomen, transported to BMC. Suspect {n} (Cape Verdean, "
        "from Brockton, Kriolu speaker, Norfolk St crew) fled and was arrested on Washington St.",
        ("Cape Verdean", "Brockton", "Kriolu", "Norfolk St"), ("stab wound to the abdomen", "BMC"),
        ("ethnicity", "neighborhood", "language", "gang_affiliation"), extra={"ground": "stabbing"}))
    a(W("knife", "Student had a knife in gym class.", ("Black", "Hispanic", "Spanish", "Mattapan"), ("knife",),
        ("ethnicity", "language", "neighborhood"),
        student={"Race": "Black", "Hispanic/Latino Ethnicity": "Hispanic", "Language of Parent/Guardian": "Spanish",
                 "Residence Neighborhood": "Mattapan", "Special Ed": "504"}))
    a(W("firearm", "Gun in locker.", ("Kabul", "SIV", "Pashto", "Islam"),
        ("Gun in locker",), ("national_origin", "immigration_status", "language", "religion"),
        student={"profile": {"birthplace": "Kabul", "visa_type": "SIV", "languages": ["Pashto", "English"],
                             "faith": "Islam"}}))
    a(W("knife", "Knife taken from {n}. His parent asked that the report not mention that the family is "
        "seeking asylum or that they attend the Haitian Baptist church.", ("asylum", "Haitian Baptist"),
        ("Knife",), ("immigration_status", "ethnicity")))
    a(D(["oxycodone"], "Oxy pills, 12 of them, in a Tylenol bottle. student goes by Israel, moved from Puerto Rico "
        "after Hurricane Maria, lives with grandma in Villa Victoria.", True,
        ("Puerto Rico", "Villa Victoria"), ("Oxy pills", "Tylenol bottle", "Israel"),
        ("national_origin", "neighborhood"), name="Israel Ortiz"))
    a(R("bpd/gang-unit", "Knife found; please add to the gang file.", (), ()))
    a(R("Boston Police Department and BRIC", "Knife found in bag.", (), ()))
    a(G("immigration", "Request from an agent asking whether the student has a green card.", ("green card",),
        ("immigration_status",)))
    a(G("gang affiliation", "He was seen throwing Castlegate signs at dismissal.", ("Castlegate",),
        ("gang_affiliation",)))
    a(G("social media monitoring", "Student posts videos with the H Block crew.", ("H Block",),
        ("gang_affiliation",)))
    a(F("Student with a gun was matched through face recognition against the BRIC database.",
        ("matched through face recognition",), ("face_surveillance",)))
    a(F("Please run the attached photo through facial recognition to confirm the shooter.", (), (),
        attachments=[{"kind": "photo", "name": "hallway_cam.jpg"}]))
    a(F("Gun found in locker.", (), (), attachments=[{"kind": "face_match", "name": "result.pdf"}]))
    a(W("knife", "A knife was found in {n}'s backpack after a tip from a classmate.", (), ("knife", "tip"),
        extra={"attachments": [{"kind": "document", "name": "police_report.pdf"}]}))
    a(W("knife", "Knife displayed in the cafeteria; photo of the knife attached.", (), ("Knife",),
        extra={"weapon": "knife", "attachments": [{"kind": "photo", "name": "knife_photo.jpg"}]}))
    a(D(["cocaine"], "Cocaine found in {n}'s jacket.", True, ("02126", "Wood Ave", "Creole", "Haiti"),
        ("Cocaine",), ("neighborhood", "language", "national_origin"),
        student={"Street Address": "77 Wood Ave", "ZIP": "02126", "Parent Language": "Creole",
                 "Country of Birth": "Haiti", "Grade Level": "11"}))
    a(V("Student {n} broke a classmate's nose with a lock; the classmate, who is Chinese, needed surgery.",
        ("Chinese",), ("broke a classmate's nose", "surgery"), ("ethnicity",)))
    a(W("knife", "The Latin Academy student had a knife in English class, reported by the Spanish teacher. "
        "He's also in ESL and lives in Charlestown.", ("ESL", "lives in Charlestown"),
        ("Latin Academy", "English class", "Spanish teacher"), ("language", "neighborhood")))
    a(T("{n} said she would stab a teacher tomorrow.", "Student said in class on 3/3 she would bring a knife "
        "and stab Ms. Jordan tomorrow; a knife was found in her bag the week before.", (),
        ("stab a teacher",), student={"Gang Flag": "Y", "BRIC Status": "Verified Associate"}))
    a(D(["fentanyl", "Juul"], "Fentanyl powder and a Juul found. He is Salvadoran, MS-13 affiliated per SRO.", True,
        ("Salvadoran", "MS-13"), ("Fentanyl powder", "Juul"), ("ethnicity", "gang_affiliation"), tag="drugs_mixed"))
    a(W("knife", "Kid pulled a knife. He and his brother are both Young Dorchester Boys.", ("Young Dorchester",),
        ("pulled a knife",), ("gang_affiliation",)))
    return out


def second_pass() -> list[dict[str, Any]]:
    """Cases written after the first fixes: placeholders, other wordings of grounds and recipients,
    titles before surnames, unlisted gang names, unlawful presence, limited English."""
    out: list[dict[str, Any]] = []
    a = out.append
    for desc, stmt, nmc, cats, st in [
        ("{n} said he would shoot up the school.", "N/A", ("Dominican",), ("ethnicity",), {"ethnicity": "Dominican"}),
        ("Threat made in class by {n}; student lives in Roslindale.", "See above.", ("Roslindale",),
         ("neighborhood",), None),
        ("{n} said she would bring a gun.", "none", (), (), None),
    ]:
        a(case("credible_threat", desc, "deny", nmc, (), cats, reason="missing_threat_statement",
               tag="threat_missing", extra={"threat_statement": stmt}, student=st))
    a(case("Weapon possession (SAF-02)", "{n} had a switchblade in her coat pocket. She is a Haitian refugee.",
           "allow", ("Haitian", "refugee"), ("switchblade",), ("ethnicity", "immigration_status"),
           extra={"weapon": "switchblade"}, tag="weapon"))
    a(case("assault w/ dangerous weapon", "{n} hit a classmate with a metal pipe causing a skull fracture. He "
           "is Cape Verdean.", "allow", ("Cape Verdean",), ("metal pipe", "skull fracture"), ("ethnicity",),
           tag="serious_violence"))
    a(case("bomb threat", "{n} emailed a bomb threat to the school. She is Muslim and from Somalia.", "allow",
           ("Muslim", "Somalia"), ("bomb threat",), ("religion", "national_origin"),
           extra={"threat_statement": "Emailed the front office on 3/10: 'a bomb will go off in the gym at noon "
                  "tomorrow'; the student has posted about making explosives."}, tag="credible_threat"))
    a(W("knife", "Knife taken from {n} at lunch.", (), ("Knife",), recipient="Boston Police Department (BPD)"))
    a(W("knife", "Knife in backpack; BPD Drug Control Unit already on scene for an unrelated call.", (),
        ("Knife",), recipient="BPD Drug Control Unit"))
    a(R("Boston Police Department, Bureau of Intelligence and Analysis", "Knife found. He is a Heath Street "
        "associate.", ("Heath Street",), ("gang_affiliation",)))
    a(R("BPD (BRIC)", "Knife found on the student.", (), ()))
    a(W("knife", "Nurse Ireland, Coach Holland and Ms. French saw {n} wave a knife in the gym.", (),
        ("Nurse Ireland", "Coach Holland", "Ms. French", "knife")))
    a(W("box cutter", "Officer Brazil took a box cutter from {n} in Mr. English's room.", (),
        ("Officer Brazil", "box cutter", "Mr. English")))
    a(W("knife", "He had a knife. He goes to the Baptist church on Warren Street and lives on Intervale St.",
        ("Baptist", "Warren Street", "Intervale"), ("knife",), ("religion", "neighborhood")))
    a(W("knife", "{n} had a knife. He goes to Mass every Sunday with his grandmother.", ("Mass every Sunday",),
        ("knife",), ("religion",)))
    a(V("{n} broke a boy's jaw with a padlock. He is a Blood and a SIFE student.", ("a Blood", "SIFE"),
        ("broke a boy's jaw", "padlock"), ("gang_affiliation", "immigration_status")))
    a(V("Victim needed 20 stitches after {n} cut him with a bottle. {n} is from another country and is here "
        "illegally.", ("another country", "here illegally"), ("20 stitches", "bottle"),
        ("national_origin", "immigration_status")))
    a(W("firearm", "Handgun recovered. Staff say he is a Ridgeway affiliate and part of the Ridgeway set.",
        ("Ridgeway",), ("Handgun recovered",), ("gang_affiliation",)))
    a(D(["fentanyl"], "Fentanyl found. {n} doesn't speak much English; English is her second language.", True,
        ("doesn't speak much English", "English is her second language"), ("Fentanyl",), ("language",)))
    a(W("knife", "Knife found in English Language Arts class by the ELA teacher.", (),
        ("English Language Arts class", "ELA teacher")))
    a(W("knife", "{n} had a knife. His set is Wainwright and BRIC has him listed as an associate.",
        ("Wainwright", "listed as an associate"), ("knife",), ("gang_affiliation",)))
    return out


def main() -> None:
    rows = cases() + near_misses() + harder() + second_pass()
    OUT.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "cases ->", OUT)


if __name__ == "__main__":
    main()
