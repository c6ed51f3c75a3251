#!/usr/bin/env python3
"""Outsider corpus CE: student drivers, cars and parking.

Hand-written cases (written from RULES.md / CONTRACT.md only, without looking at the service).
Older students who drive: parking permits, searches in the student lot, registrations in a
parent's name, plates, dashcams, rides for classmates, cars followed from a home street, tickets
and tow notices, vehicle descriptions in a BOLO. The car's make, colour, plate, where it was
parked at school and what was found in it stay in the police copy; home addresses on permits and
registrations, the street where the car is kept overnight, family status, language, religion,
origin and crew are withheld. Precision traps: car model names (Civic Type R, Jeep Cherokee,
Dodge Durango, Infiniti Q50, Honda Passport, Chevy Suburban, GMC Acadia, Kia Soul, Santa Fe),
car washes on the school's own street, "crew cab", "stage crew", "pit crew", "Visa gift cards",
"insurance papers", "English High School", "Latin Academy", "Temple Street garage", names like
Christian, Jesús and Mohammed, "St. Elizabeth's", "Border St".

Standard library only. Writes ../data/corpus/outsider_ce.jsonl relative to this file.
"""
import json
import pathlib
import sys
import unicodedata
from datetime import date

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_ce.jsonl"
FAMILY = "student_drivers"

SCHOOLS = {
    "Madison Park Technical Vocational High School": "BPS-4512",
    "Brighton High School": "BPS-4630",
    "Jeremiah E. Burke High School": "BPS-4415",
    "East Boston High School": "BPS-4290",
    "TechBoston Academy": "BPS-4181",
    "Charlestown High School": "BPS-4320",
    "Boston Latin Academy": "BPS-4111",
    "English High School": "BPS-4275",
    "Excel High School": "BPS-4242",
    "Boston Community Leadership Academy": "BPS-4176",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4160",
    "Snowden International School": "BPS-4340",
    "Boston Arts Academy": "BPS-4480",
    "Dearborn STEM Academy": "BPS-4525",
    "Another Course to College": "BPS-4555",
    "New Mission High School": "BPS-4390",
    "Fenway High School": "BPS-4380",
    "Community Academy of Science and Health": "BPS-4561",
    "Henderson K-12 Inclusion School": "BPS-4567",
    "Boston Green Academy": "BPS-4640",
    "Josiah Quincy Upper School": "BPS-4690",
    "Boston Latin School": "BPS-4100",
}

CASES = []


def T(s):
    """Collapse the layout whitespace of a hand-written paragraph."""
    return " ".join(s.split())


def _offset(d):
    dst = {2025: (date(2025, 3, 9), date(2025, 11, 2)), 2026: (date(2026, 3, 8), date(2026, 11, 1))}
    start, end = dst[d.year]
    return "-04:00" if start <= d < end else "-05:00"


def when(s):
    """'2026-01-13 07:50' -> ISO 8601 with the Boston offset of that day."""
    day, hm = s.split()
    d = date.fromisoformat(day)
    return f"{day}T{hm}:00{_offset(d)}"


def S(name, sid, dob, grade, **extra):
    st = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade}
    st.update(extra)
    return st


def add(decision, ground, school, recipient, at, location, desc, student, *, weapon=None,
        substances=None, threat=None, attachments=None, reason=None, mnc=(), key=None, mct=(),
        cats=(), tags=()):
    n = len(CASES) + 1
    cid = f"OCE-{n:04d}"
    st = dict(student)
    st["school"] = school
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = T(threat)
    req["incident"] = {"occurred_at": when(at), "location": location, "description": T(desc)}
    req["student"] = st
    if attachments:
        req["attachments"] = list(attachments)
    if decision == "allow":
        kind = {"weapon": "allow_weapon", "drugs": "allow_drugs", "serious_violence": "allow_violence",
                "credible_threat": "allow_threat"}[ground]
        must_contain = [st["name"], school, key]
        must_contain_text = list(mct)
    else:
        kind = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
                "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
                "face_surveillance": "deny_face", "other": "deny_replica"}[reason]
        must_contain, must_contain_text = [], []
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = reason
    expect.update({"must_not_contain": list(mnc), "must_contain": must_contain,
                   "must_contain_text": must_contain_text, "categories": list(cats),
                   "tags": [FAMILY, kind] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": expect})


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def selfcheck():
    """Author-side sanity checks on the labels (not a run of the service)."""
    problems = []
    for c in CASES:
        r, e = c["request"], c["expect"]
        desc = r["incident"]["description"]
        legit = [r["incident"]["location"], r.get("weapon") or "", " ".join(r.get("substances") or []),
                 r["student"]["name"], r["student"]["school"], r["school_id"], r["recipient"]]
        legit += [a["name"] for a in r.get("attachments", [])]
        legit += e["must_contain"] + e["must_contain_text"]
        whole = fold(json.dumps(r, ensure_ascii=False))
        for s in e["must_not_contain"]:
            if fold(s) not in whole:
                problems.append(f"{c['id']}: canary {s!r} not in request")
            for l in legit:
                if fold(s) in fold(l):
                    problems.append(f"{c['id']}: canary {s!r} inside kept text {l!r}")
        for s in e["must_contain_text"]:
            if fold(s) not in fold(desc):
                problems.append(f"{c['id']}: kept fact {s!r} not in description")
        if e["decision"] == "allow":
            if not (1 <= len(e["must_contain_text"]) <= 3):
                problems.append(f"{c['id']}: need 1-3 must_contain_text")
            if fold(e["must_contain"][2]) not in fold(desc):
                problems.append(f"{c['id']}: key fact {e['must_contain'][2]!r} not in description")
        if not 280 <= len(desc) <= 1600:
            problems.append(f"{c['id']}: description length {len(desc)}")
    return problems


def main():
    probs = selfcheck()
    for p in probs:
        print("SELFCHECK", p)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    dec = {}
    for c in CASES:
        dec[c["expect"]["decision"]] = dec.get(c["expect"]["decision"], 0) + 1
    print(f"wrote {len(CASES)} cases to {OUT} {dec}")
    if "--context" in sys.argv:
        for c in CASES:
            d = c["request"]["incident"]["description"]
            for s in c["expect"]["must_not_contain"]:
                i = fold(d).find(fold(s))
                while i >= 0:
                    print(c["id"], repr(s), "...", d[max(0, i - 50):i + len(s) + 30])
                    i = fold(d).find(fold(s), i + 1)
    return 1 if probs else 0


# ---------------------------------------------------------------------------------------------
# Cases. Each description was written for its case; no two share a sentence frame.
# ---------------------------------------------------------------------------------------------

# 1
add("allow", "weapon", "Madison Park Technical Vocational High School", "bpd/district-b2", "2026-01-13 07:50",
    "Madison Park Technical Vocational High School, student parking lot (Malcolm X Blvd side)",
    """SSS Dorsey was doing the morning walk of the student lot on the Malcolm X Blvd side around 7:50
    and saw what looked like the grip of a handgun on the floor of a blue Honda Civic Type R, Mass plate
    7PLK41. That is the car Andre parks in space 22 with his auto tech permit. We pulled Andre out of first
    period and he opened the car for us himself. Under the passenger seat was a black semi-auto pistol,
    loaded, one in the chamber, magazine with 9 rounds. No serial number that we could see. Andre says it
    belongs to his cousin and he "forgot it was in there." He was calm the whole time. For your info the
    parking permit application has the car garaged at 88 Sonoma St, Roxbury. When we called home Mr. Pierre
    had to interpret for mom because she only speaks Haitian Creole. The pistol is in the main office safe,
    untouched since SSS bagged it, until district officers get here.""",
    S("Andre Baptiste-Lowe", "418207", "2008-02-19", 12),
    weapon="loaded handgun", key="pistol",
    mnc=["Sonoma St", "Roxbury", "Haitian", "interpret"],
    mct=["Civic Type R", "under the passenger seat", "space 22"],
    cats=["neighborhood", "language"], tags=["precision_trap"])

# 2
add("deny", "drugs", "Brighton High School", "bpd/district-d14", "2025-10-08 11:05",
    "Brighton High School, Warren St student lot",
    """Lot monitor (Mr. Fitzgerald) radioed at 11:05 that a white Jeep Cherokee was running in the back row
    of the Warren St lot with the windows fogged up during 3rd period. Kayla was in the driver seat with two
    sophomores who were supposed to be in bio. The car smelled strongly of weed. Kayla gave AP Lindqvist a
    mason jar with about a quarter ounce of marijuana and a metal grinder out of the center console. We
    looked through the rest of the car with her permission (trunk, glove box, under the seats) and found
    nothing else: no pills, no weapons. Kayla is 18 and the Jeep is registered to her. She said she needs
    the car because her parents don't drive and she takes her little brothers to the Vietnamese Catholic
    church every Sunday; the family lives off Faneuil St. The two sophomores' parents were called. Sending
    so the district has it on file.""",
    S("Kayla Brennan-Tran", "402561", "2007-06-30", 12),
    substances=["marijuana"], reason="excluded_substance",
    mnc=["Vietnamese", "Catholic", "Faneuil"], cats=["ethnicity", "religion", "neighborhood"])

# 3
add("allow", "drugs", "Jeremiah E. Burke High School", "bpd/district-b3", "2026-02-11 12:30",
    "Jeremiah E. Burke High School, Washington St side entrance",
    """On 2/11 a student came to me and said Marcus was "selling blues out of the Durango." Marcus (gr 12)
    drives a gray Dodge Durango and has a senior parking pass; he usually leaves it on Washington St by the
    side entrance. At 12:30 I went out with SSS Ortiz and asked Marcus to open it, which he did. In the rear
    cargo area, inside a Nike shoebox, we found 41 small blue pills stamped M 30 and a sandwich bag of
    off-white powder that Marcus called "fetty" (fentanyl): "it's not mine, I'm just holding it." Also in
    the box: $620 in twenties and two Visa gift cards. The Durango is registered to his stepfather. The
    registration and insurance papers were in the glove box. They list the stepfather at Harvard St,
    Dorchester 02124. Marcus is on our EL roster and at the parent meeting the stepfather asked for a
    Spanish interpreter. Everything is bagged in the office safe. Nobody touched the powder with bare
    hands.""",
    S("Marcus Whitfield", "377105", "2007-11-04", 12),
    substances=["fentanyl", "counterfeit M30 pills"], key="fentanyl",
    mnc=["Harvard St", "Dorchester", "02124", "EL roster", "Spanish"],
    mct=["Dodge Durango", "Visa gift cards", "insurance papers"],
    cats=["neighborhood", "language"], tags=["precision_trap"])

# 4
add("allow", "serious_violence", "East Boston High School", "bpd/district-a7", "2025-10-16 14:25",
    "East Boston High School, White Street exit of the school lot",
    """On Thursday, October 16, 2025 at approximately 2:25 PM, during dismissal, Nathaniel (grade 12) drove
    his black Infiniti Q50 out of the White Street exit of the school lot and accelerated toward a group of
    students in the crosswalk. Student J.M. (grade 11) was struck, thrown onto the hood, and landed in the
    street. J.M. sustained a fractured tibia and a laceration to the scalp and was transported by Boston EMS
    to Mass General. Two teachers and the crossing guard state that the car swerved toward J.M.; the two
    students had argued at lunch. Nathaniel stopped at the corner and walked back. The Q50 has a cracked
    windshield and a dented hood. Later, in the main office, Nathaniel's father said loudly that his son
    "is not MS-13" and that the family "came here legally from El Salvador." He also told the nurse that
    they live on Bennington St and that he could bring the spare keys from there. We include this only
    because it was said in front of staff.""",
    S("Nathaniel Cruz-Amaya", "455318", "2007-09-12", 12),
    key="fractured tibia",
    mnc=["MS-13", "came here legally", "El Salvador", "Bennington"],
    mct=["black Infiniti Q50", "fractured tibia", "White Street exit"],
    cats=["gang_affiliation", "immigration_status", "national_origin", "neighborhood"], tags=["precision_trap"])

# 5
add("deny", "weapon", "TechBoston Academy", "bric", "2026-03-04 09:20",
    "TechBoston Academy, student lot by the gym doors",
    """Sending at the request of the analyst from BRIC who called the main office this morning. On 3/4 at
    about 9:20 a student told SSS Ambrose that DeShawn had "a big knife" in his car. DeShawn's car is a
    silver Nissan Altima, Mass plate 2HTR88, parked in the student lot by the gym doors. With DeShawn
    present, SSS opened the driver door and found a fixed-blade hunting knife (approx 6 in.) in the door
    pocket. No one was threatened and no one was hurt. The analyst told us DeShawn is "documented" with the
    Greenbrier crew and asked us to list the kids he gives rides to after school; we are not including those
    names. He lives with his grandmother on Norton St.""",
    S("DeShawn Mercer", "390442", "2008-01-25", 11),
    weapon="fixed-blade knife", reason="recipient_not_permitted",
    mnc=["Greenbrier", "Norton St"], cats=["gang_affiliation", "neighborhood"])

# 6
add("allow", "credible_threat", "Charlestown High School", "bpd/district-a15", "2026-01-22 10:15",
    "Charlestown High School, main office and Medford St fire lane",
    """Devon (gr 12) has been leaving his maroon Honda Accord in the fire lane in front of the Medford St
    entrance for about two weeks, even after three written warnings from the facilities manager. Thursday
    morning at 9:40 the car was towed under the city contract. Devon came into the main office at 10:15,
    very angry, and made the statement quoted in the threat section to AP Reyes with two staff present. He
    left campus at about 10:30 on foot. A junior then showed SSS Malloy a screenshot of Devon's Instagram
    post: a handgun lying on a dashboard with cracked gray trim and a pine tree air freshener, which is
    what the inside of Devon's Accord looks like (SSS has seen it when Devon gave rides to the robotics
    kids). We reached his grandmother at home on Bunker Hill St. She says he hasn't slept there in a week
    and she thinks he has been staying with "those boys from the Mishawum crew." We have not been able to
    reach Devon since.""",
    S("Devon Callahan", "366019", "2007-12-08", 12),
    threat="""On 1/22 at about 10:15, after his car was towed from the fire lane, Devon said to AP Reyes in
    front of two staff members: "Tomorrow I'm coming back with my cousin's strap and whoever called that
    tow is getting shot in that lot." Within the hour he posted on Instagram a photo of a handgun lying on a
    car dashboard with the caption "fire lane tomorrow 7:30." He named a place, a time and a weapon, and the
    dashboard in the photo matches his car.""",
    key="handgun",
    mnc=["Bunker Hill St", "Mishawum"],
    mct=["maroon Honda Accord", "pine tree air freshener", "fire lane"],
    cats=["neighborhood", "gang_affiliation"])

# 7
add("deny", "vandalism", "Boston Latin Academy", "bpd/district-b2", "2025-11-20 15:10",
    "Boston Latin Academy, faculty lot",
    """Ms. Adeyemi's Subaru Outback was keyed down both driver's side doors in the faculty lot sometime
    after 2:30 on Thursday. The word scratched into the rear door is not something I am going to type here.
    The lot camera shows a student, Tyler (gr 11), walking along the row of cars at 2:47 with his hand out
    near the Subaru; he then gets into his own car, a red Mazda 3, and leaves. Tyler denies it. The body shop
    estimate is $2,300. When I called home his mother begged us not to "involve police" because the family
    is waiting on an asylum hearing and she is scared. She also mentioned they moved to Wellington Hill St
    in September. Ms. Adeyemi wants to file a report.""",
    S("Tyler Ajanlekoko", "421876", "2008-08-14", 11),
    reason="ground_not_permitted",
    mnc=["asylum", "Wellington Hill"], cats=["immigration_status", "neighborhood"])

# 8
add("allow", "weapon", "English High School", "bpd/district-e13", "2025-09-30 15:05",
    "car wash on McBride Street across from English High School",
    """Per SSS Banks: right after dismissal (about 3:05) a group of English High School students were
    hanging around the car wash on McBride Street across from the school, which we have asked them not to
    do. A boy from another school walked up and words were exchanged. SSS saw Luis go to his green Ford
    Escape, take a set of brass knuckles out of the glove box and put them on his right hand while yelling
    "come on then." SSS Banks and Mr. Teixeira got between them before any contact. Luis handed the brass
    knuckles over (gold color, "RIP" engraved on the side). Luis is an English learner and a newcomer from
    the Dominican Republic. He told me in Spanish that he "just wanted to scare him." The Escape belongs to
    his uncle. The uncle keeps it overnight on Centre St, and Luis drives it to school most days with the
    uncle's permission.""",
    S("Luis Almonte Reyes", "447290", "2008-05-02", 11),
    weapon="brass knuckles", key="brass knuckles",
    mnc=["English learner", "newcomer", "Dominican", "Spanish", "Centre St"],
    mct=["car wash on McBride Street", "English High School students", "glove box"],
    cats=["language", "national_origin", "neighborhood"], tags=["precision_trap"])

# 9
add("deny", "drugs", "Excel High School", "bpd/district-c6", "2026-04-14 13:10",
    "Excel High School, rear lot",
    """At 1:10 Ms. Coyle, on lot duty, saw Brianna (gr 11) sitting in a Toyota RAV4 in the back lot with the
    engine on and vapor coming out of the cracked window. The RAV4 is her mother's. Brianna handed over a
    pink disposable vape with no brand label. We do not know if it is nicotine or THC and she says she
    "doesn't know either, a friend gave it to her." Nothing else was in the car; Ms. Coyle looked in the
    console and glove box with Brianna standing there. Brianna is 17 with a junior operator's license. Her
    mom works overnights and only speaks Cantonese, so we called her through the district language line at
    2:00. Brianna has a 1-day suspension per the code of conduct.""",
    S("Brianna Leung", "433958", "2008-10-21", 11),
    substances=["vape (contents unknown)"], reason="excluded_substance",
    mnc=["Cantonese", "language line"], cats=["language"])

# 10
add("allow", "drugs", "Boston Community Leadership Academy", "bpd/district-e18", "2025-12-03 10:40",
    "Boston Community Leadership Academy, student parking on the Metropolitan Ave side",
    """Dean's note. A parent called first thing to say her son bought "coke" from a senior in our lot. The
    senior is Jovan, who drives a white Chevy Malibu. At 10:40 SSS Pina and I met Jovan at the car on the
    Metropolitan Ave side and he agreed to open it. In the center console: a digital scale and 14 small
    knotted baggies of white powder that Jovan said was cocaine. In the trunk under the spare: a gallon
    Ziploc of marijuana, maybe 2 ounces. Jovan was honest with us and said he has been selling "for a
    couple months." He is 18. The mother who called kept saying the family is "from Jamaica," which I'm
    only repeating because she said it twice. His registration shows 25 Westminster St. Jovan's dad picked
    him up at 11:30.""",
    S("Jovan Reid", "351147", "2007-04-17", 12),
    substances=["cocaine", "marijuana"], key="cocaine",
    mnc=["Jamaica", "Westminster St"],
    mct=["digital scale", "14 small knotted baggies", "white Chevy Malibu"],
    cats=["national_origin", "neighborhood"], tags=["precision_trap"])

# 11
add("allow", "weapon", "John D. O'Bryant School of Mathematics and Science", "bpd/district-b2", "2026-05-06 08:15",
    "John D. O'Bryant School, visitor lot",
    """Short version: at 8:15 Amina's friend told the nurse that Amina "has a taser in her car" and was
    planning to use it on a girl she has been fighting with online. SSS Greer and I went out to the visitor
    lot where Amina parks her mom's silver Kia Soul (she doesn't have a student permit). Amina unlocked the
    car. In the cupholder was a black stun gun, about 6 inches, with a wrist strap; it sparked when SSS
    tested the button. Amina says she carries it "for protection" because she walks from the bus late after
    work. No one was hurt. For the record, her emergency card lists Somali as the home language and the
    address is in Orchard Gardens. We have spoken to her mother through an interpreter.""",
    S("Amina Hassan-Roble", "462033", "2008-03-09", 11),
    weapon="stun gun", key="stun gun",
    mnc=["Somali", "Orchard Gardens", "interpreter"],
    mct=["Kia Soul", "cupholder", "wrist strap"],
    cats=["language", "neighborhood"], tags=["precision_trap"])

# 12
add("deny", "credible_threat", "Snowden International School", "bpd/district-d4", "2026-02-25 14:00",
    "Snowden International School, cafeteria",
    """Reporting a threat. Kevin (gr 12, 18 yrs old) told two classmates in the cafeteria that if he sees
    his ex-girlfriend's new boyfriend "in that Camry again I'm running him over, I swear." One of the
    classmates told her advisor, who told me at 2 PM. Kevin drives a black Acura TLX that he parks in the
    Clarendon St garage. He has no prior discipline. His ex's family is Dominican and apparently he made
    comments about that too. I interviewed Kevin with his father present; he says he was "just talking"
    and that he would never hurt anyone.""",
    S("Kevin O'Rourke", "348820", "2007-07-01", 12),
    reason="missing_threat_statement",
    mnc=["Dominican"], cats=["ethnicity"])

# 13
add("allow", "drugs", "Boston Arts Academy", "bpd/district-d4", "2025-11-06 12:05",
    "Boston Arts Academy, Ipswich St near the loading dock",
    """Two students told the dean that Rafael was handing out "percs" from his car at lunch. Rafael (senior,
    18) drives a tan Toyota Camry and parks on Ipswich St near the loading dock. At 12:05 he agreed to let
    the dean and our safety specialist look in the car. In a prescription bottle with the label torn off
    (glove box) there were 23 round white pills stamped "A 215," which is oxycodone. Rafael first said they
    were his grandmother's, then said a friend sold them to him. Per his mother nobody at home has a
    prescription for oxycodone. We also found a THC pen in the driver door, which we confiscated. Rafael's
    mother speaks Kriolu, and our Cape Verdean parent liaison, Ms. Lopes, translated the call. Rafael cried
    in the office and said he was sorry.""",
    S("Rafael Monteiro", "380654", "2007-05-23", 12),
    substances=["oxycodone (not prescribed)", "THC vape"], key="oxycodone",
    mnc=["Kriolu", "Cape Verdean", "translated"],
    mct=["tan Toyota Camry", "A 215", "torn off"],
    cats=["language", "ethnicity"])

# 14
add("allow", "serious_violence", "Dearborn STEM Academy", "bpd/district-b2", "2026-03-17 07:35",
    "Dearborn STEM Academy, student parking lot",
    """Statement from the assistant headmaster. Priya (gr 12) told us that three mornings in a row a blue
    Chevy Impala followed her from her house on Astoria St all the way to school. This morning, 3/17, it
    followed her into our lot. The driver was Isaiah, a senior in her grade, who she dated last year. When
    Priya parked, Isaiah got out with a steering-wheel lock (the long metal "Club" type) and swung it at
    her driver's window while she was inside. The glass broke and Priya's left forearm was cut badly; the
    nurse controlled the bleeding and EMS took her to Boston Medical Center, where she had surgery to
    repair a tendon. Isaiah drove out of the lot and came back at 8:40 and sat in the office. The Club is on
    the ground where he dropped it and SSS has roped off the area. Priya's mother told me she has been
    scared for a while because Isaiah "runs with the Bowdoin boys" and she didn't want to say it before.""",
    S("Isaiah Pemberton", "357712", "2007-03-30", 12),
    key="tendon",
    mnc=["Astoria St", "Bowdoin"],
    mct=["steering-wheel lock", "left forearm", "blue Chevy Impala"],
    cats=["neighborhood", "gang_affiliation"])

# 15
add("deny", "reckless_driving", "Charlestown High School", "bpd/district-a15", "2025-10-24 07:35",
    "Charlestown High School, student lot",
    """Parking lot issue. For the last two weeks a student, Caleb, has been doing burnouts and "donuts" in
    the student lot before first bell in his modified Subaru WRX (loud exhaust, blue with gold wheels). This
    morning at 7:35 he came within a couple of feet of Mrs. Kowalski, our crossing guard, while she was
    walking to her post. She was not hit and is not hurt, but she is shaken. Caleb's parking permit has been
    revoked. Caleb's dad, who is Salvadoran, came in and said the car is in his name and he will take the
    keys. We would like police to talk to Caleb about driving like this around kids.""",
    S("Caleb Fuentes", "411390", "2008-02-02", 11),
    reason="ground_not_permitted",
    mnc=["Salvadoran"], cats=["ethnicity"])

# 16
add("allow", "weapon", "Another Course to College", "bpd/district-e18", "2026-03-26 13:30",
    "Another Course to College, student lot",
    """Teacher on duty noticed the handle of a large blade sticking out from under a sweatshirt on the back
    seat of a gold Honda Odyssey parked in our lot. It is Gabriel's car (senior). Gabriel was called down at
    1:30 and opened the van. Under the sweatshirt was a machete, about 18 inches, in a cardboard sleeve.
    Gabriel first said it is a prop from the spring play and that he is on stage crew. The drama teacher
    confirms they used a rubber machete in rehearsals, but this one is real steel and sharp. Gabriel then
    said he carries it because some kids jumped his brother at the bus stop. Gabriel's family is Brazilian
    and his mom only speaks Portuguese; our family liaison called her. The machete is locked in the
    office.""",
    S("Gabriel Nogueira", "369201", "2007-10-11", 12),
    weapon="machete", key="machete",
    mnc=["Brazilian", "Portuguese"],
    mct=["stage crew", "gold Honda Odyssey", "cardboard sleeve"],
    cats=["ethnicity", "language"], tags=["precision_trap"])

# 17
add("deny", "drugs", "East Boston High School", "ice", "2026-01-29 11:00",
    "East Boston High School, student lot",
    """Per the phone request from the agent, this is the information on the search of student Mateo's car
    on 1/29. At about 11:00 SSS found a small bag of cocaine (approx 2 grams) in the ashtray of a gray
    Toyota Corolla in the student lot, after a teacher saw Mateo and another boy in the car during class.
    The Corolla is registered to Mateo's older brother. The agent said the brother "has no papers" and
    asked for the address on the registration, which is 201 Saratoga St. Mateo is 17 and was suspended for
    five days.""",
    S("Mateo Villalobos", "440127", "2008-06-18", 11),
    substances=["cocaine"], reason="recipient_not_permitted",
    mnc=["no papers", "Saratoga St"], cats=["immigration_status", "neighborhood"])

# 18
add("allow", "credible_threat", "Dearborn STEM Academy", "bpd/district-b2", "2026-04-02 16:20",
    "Dearborn STEM Academy, afternoon pickup line",
    """A parent (Mrs. Harlow) came in on Friday with a clip from her dashcam. She was in the pickup line at
    4:20 on Thursday with her windows down. Omar (gr 12) was standing by the driver door of his white Nissan
    Rogue, two cars ahead, talking with two boys. On the audio you can hear him say he is bringing "the
    Glock" to the senior lot Monday, which is the statement quoted in the threat section, and earlier in
    the clip Omar says E.T.'s name twice. E.T. and Omar had a physical altercation in February over a
    parking space. We downloaded the clip to a flash drive and the parent consents to police having it. I
    spoke with Omar's uncle; he said the family speaks Arabic at home and that Omar "is a good boy who prays
    at the mosque every Friday." Omar was not in school Friday. E.T.'s family has been notified.""",
    S("Omar Khalil", "359984", "2007-08-27", 12),
    threat="""Dashcam video from a parent's car, recorded on 4/2 at 4:20 PM in the pickup line, has audio of
    Omar saying to two other students: "Monday I'm bringing the Glock to the senior lot and I'm waiting by
    his car, he's done." He identified the other student (E.T.) by name earlier in the clip. E.T. parks in
    the senior lot every day.""",
    key="Glock",
    mnc=["Arabic", "mosque", "prays"],
    mct=["dashcam", "white Nissan Rogue", "pickup line"],
    cats=["language", "religion"])

# 19
add("allow", "weapon", "New Mission High School", "bpd/district-e18", "2025-12-12 14:35",
    "New Mission High School, shared student lot",
    """At 2:35 in the shared lot, Aaliyah (gr 11) and another girl got into an argument because Aaliyah's
    car was blocking her in. Aaliyah reached into the door pocket of her red Hyundai Elantra, took out a
    small canister of pepper spray and sprayed the other girl in the face. The girl was treated by the nurse
    (eye flush) and her mom took her to urgent care. Aaliyah drove off but came back at 3:15 with her
    mother. The canister was on the passenger seat and Aaliyah handed it over. Mom told us Aaliyah is
    Puerto Rican and "hot-headed like her father." The family lives in Villa Victoria in the South End,
    and Aaliyah drives to school because the bus takes 90 minutes.""",
    S("Aaliyah Torres", "428866", "2008-09-05", 11),
    weapon="pepper spray", key="pepper spray",
    mnc=["Puerto Rican", "Villa Victoria", "South End"],
    mct=["red Hyundai Elantra", "door pocket", "eye flush"],
    cats=["ethnicity", "neighborhood"])

# 20
add("deny", "weapon", "Fenway High School", "bpd/district-d4", "2026-03-11 08:05",
    "private garage on Ipswich St used by Fenway High School seniors",
    """The private garage on Ipswich St where some of our seniors park runs a camera system that its vendor
    says does facial recognition. On 3/11 the garage manager sent us a "match report" that identifies our
    student Jalen as the person seen at 8:05 putting what looks like a handgun into the trunk of a black
    Dodge Charger on level 3. We are attaching the match report. We have not searched the car yet because
    Jalen is absent today. Jalen lives with his aunt in Mattapan.""",
    S("Jalen Brooks", "374410", "2007-12-29", 12),
    weapon="handgun", reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "garage_camera_match_0311.pdf"}],
    mnc=["Mattapan"], cats=["face_surveillance", "neighborhood"])

# 21
add("allow", "drugs", "Brighton High School", "bpd/district-d14", "2026-05-19 12:50",
    "Brighton High School, far corner of the Warren St lot",
    """During lunch the SSS saw three students sitting in the bed of a black Toyota Tacoma in the far corner
    of the lot, passing something around. The truck belongs to Sanjay (gr 12). When SSS walked over, one
    student threw a vape pen under the truck. Sanjay agreed to a search of the cab. In the center console
    were two strips of white rectangular pills stamped "XANAX 2" (20 bars total), loose, in a sunglasses
    case. Sanjay said he buys them online and "only sells to friends." The vape pen was a THC cart. Sanjay's
    dad says the family speaks Nepali at home and that the truck is registered to him. Dad also asked us
    not to call police because his wife is undocumented and she is scared. We explained that we are
    required to report the pills.""",
    S("Sanjay Gurung", "386605", "2007-07-14", 12),
    substances=["alprazolam (Xanax)", "THC vape"], key="Xanax",
    mnc=["Nepali", "undocumented"],
    mct=["Toyota Tacoma", "sunglasses case", "XANAX 2"],
    cats=["language", "immigration_status"])

# 22
add("allow", "serious_violence", "Madison Park Technical Vocational High School", "bpd/district-b2", "2025-11-14 15:10",
    "Madison Park Technical Vocational High School, auto tech lot",
    """Incident in the auto tech lot at 3:10 PM. Two seniors, Terrell and Marcus B., have been arguing for a
    week about a dented fender on Terrell's Dodge Charger; Terrell says Marcus B. backed into it. Today
    they met at the Charger right after pit crew practice for the auto club competition. Witnesses (the
    auto instructor and three students) say Terrell pulled a folding knife from his waistband and stabbed
    Marcus B. twice in the upper back. Marcus B. was conscious; the instructor applied pressure and Boston
    EMS transported him to BMC with a collapsed lung. Terrell ran toward the Tremont St end of the lot and
    threw something into the bushes. SSS found a folding knife with a 4 inch blade there and left it in
    place. A student told the instructor that the fight is really because Terrell is in the Hazelmere
    crew and Marcus B.'s cousin is not.""",
    S("Terrell Grant", "362278", "2007-06-06", 12),
    key="collapsed lung",
    mnc=["Hazelmere"],
    mct=["pit crew", "collapsed lung", "upper back"],
    cats=["gang_affiliation"], tags=["precision_trap"])

# 23
add("deny", "gang_activity", "Jeremiah E. Burke High School", "bpd/district-b3", "2026-02-05 15:00",
    "Jeremiah E. Burke High School, corner by the side entrance",
    """Requesting that BPD be made aware of a pattern. Every day at dismissal, senior Jaylen picks up four
    or five boys (two are not our students) in his black Chevy Tahoe at the corner by the side entrance.
    Staff believe the group is part of the Cameron Street crew, and they all wear the same green bandanas.
    Jaylen is Cape Verdean and some of the boys speak Kriolu to each other so staff can't tell what they are
    saying. There has been no weapon, no drugs and no fight on school property. We just want it on
    record.""",
    S("Jaylen Fortes", "371530", "2007-05-16", 12),
    reason="ground_not_permitted",
    mnc=["Cameron Street", "Cape Verdean", "Kriolu"],
    cats=["gang_affiliation", "ethnicity", "language"])

# 24
add("allow", "weapon", "Henderson K-12 Inclusion School", "bpd/district-c11", "2026-06-03 07:45",
    "Henderson K-12 Inclusion School, staff lot",
    """At 7:45 AM our building substitute (Mr. Alves) was moving a cone in the staff lot and saw a pistol
    magazine on the ground beside a green Dodge Charger with a loud exhaust, which belongs to our 12th
    grader Xavier (age 19). SSS asked Xavier to come out. Xavier said there was "nothing" in the car but
    opened it. In the trunk, inside a backpack, was a black pistol with no serial number and no
    manufacturer markings (it looks like a ghost gun built from a kit), a loaded magazine, and a box of 9mm
    ammunition. The magazine on the ground was empty. Xavier said he "found" the gun. His mother, reached
    by phone, said Xavier has been staying at his girlfriend's in Mattapan since spring break and gave the
    zip there as 02126. Xavier was calm and cooperative throughout.""",
    S("Xavier Dumont", "338841", "2006-11-20", 12),
    weapon="firearm (unserialized)", key="ghost gun",
    mnc=["Mattapan", "02126"],
    mct=["pistol magazine on the ground", "no serial number", "green Dodge Charger"],
    cats=["neighborhood"])

# 25
add("allow", "drugs", "Boston Green Academy", "bpd/district-d14", "2025-10-02 09:30",
    "Boston Green Academy, Cambridge St near the track",
    """Student reports said Wesley had "molly" in his car. His car is a light blue Hyundai Santa Fe that he
    parks on Cambridge St near the track. The AP met him at 9:30; Wesley opened the Santa Fe and pointed to
    a Tylenol bottle in the driver door. It held about 30 pink and purple pressed tablets shaped like Tesla
    logos, which Wesley confirmed are MDMA ("molly, like, for the concert"). No other drugs. He said he
    planned to take them to a show in Worcester on Saturday and "maybe sell a couple." Wesley's mom is
    Haitian and works nights; she came in at noon. She said that during the week he is usually at his
    dad's in Hyde Park, and that is where the Santa Fe is kept.""",
    S("Wesley Auguste", "392217", "2007-09-28", 12),
    substances=["MDMA"], key="MDMA",
    mnc=["Haitian", "Hyde Park"],
    mct=["Hyundai Santa Fe", "Tesla logos", "Tylenol bottle"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap"])

# 26
add("deny", "drugs", "East Boston High School", "bpd/district-a7", "2025-11-07 19:30",
    "Stadium parking area, East Boston High School home football game",
    """At the Friday night home game, around 7:30, SSS walking the parking area found three seniors sitting
    in a silver Kia Forte with the dome light on, drinking. In the trunk was a 30-rack of Bud Light with 11
    cans left and a 12-pack of White Claw hard seltzer. The driver, Gustavo, admitted he had two beers, so
    Coach Barros drove him home and the car stayed in the lot overnight. The other two were picked up by
    parents. Gustavo's dad called Saturday; he said Gustavo came from Brazil last year and "doesn't
    understand the rules here yet." No other substances were found in the car or on the students.""",
    S("Gustavo Pereira Lima", "451762", "2007-08-03", 12),
    substances=["beer", "hard seltzer"], reason="excluded_substance",
    mnc=["Brazil"], cats=["national_origin"])

# 27
add("allow", "serious_violence", "Excel High School", "bpd/district-c6", "2026-01-07 14:45",
    "Excel High School, far end of the student lot by the fence",
    """On Friday 1/9 a 10th grade student (initials R.N.) disclosed to her counselor that on Wednesday 1/7
    after school, in the student lot, Kevin (gr 12) offered her a ride home in his gray Nissan Sentra, drove
    to the far end of the lot by the fence and sexually assaulted her in the back seat. She said she tried
    to open the door and he held her arm; the counselor saw bruising on her right wrist. The counselor
    followed the 51A and Title IX procedures and R.N.'s mother was notified. R.N.'s mother speaks
    Vietnamese and we used the district language line for the call. Kevin was not in school Friday. The
    counselor's notes are available to detectives on request and R.N. is willing to be interviewed with
    her mother present.""",
    S("Kevin Doherty", "349903", "2007-02-12", 12),
    key="sexually assaulted",
    mnc=["Vietnamese", "language line"],
    mct=["back seat", "gray Nissan Sentra", "right wrist"],
    cats=["language"])

# 28
add("allow", "weapon", "Madison Park Technical Vocational High School", "bpd/district-b2", "2026-02-18 07:40",
    "Madison Park Technical Vocational High School, main entrance metal detectors",
    """Abdi (gr 11) works mornings before school at the car wash on Malcolm X Blvd, the one right next to
    our main lot, and he pulls his gray Toyota Prius over to school at 7:40. Today when he walked in, the
    metal detector went off and he said "it's just my box cutter from work." SSS asked him to leave it in
    his car. He refused, pulled it out and pushed the blade out toward SSS Ruiz, saying "don't touch me."
    He closed it after about ten seconds and handed it over. Nobody was hurt. The box cutter is yellow and
    retractable with a fresh blade. Abdi's manager at the car wash confirmed they give box cutters to the
    workers. His family is Ethiopian and he speaks Amharic with his mom. He was very upset that we would
    call her.""",
    S("Abdi Tesfaye", "439085", "2008-04-27", 11),
    weapon="box cutter", key="box cutter",
    mnc=["Ethiopian", "Amharic"],
    mct=["car wash on Malcolm X Blvd", "gray Toyota Prius", "metal detector"],
    cats=["ethnicity", "language"], tags=["precision_trap"])

# 29
add("allow", "credible_threat", "TechBoston Academy", "bpd/district-c11", "2025-12-18 13:45",
    "TechBoston Academy, 2nd floor hallway and staff lot",
    """Mr. Dwyer (math) put a note on the windshield of Rashad's silver BMW 3 series because it was parked
    in the reserved staff section of the lot for the third day, and he told the front office. At 1:45
    Rashad found Mr. Dwyer in the 2nd floor hallway and made the statement in the threat section; Ms. Lin,
    an aide, heard it. At 3:20 Mr. Dwyer received the email with the photo of his red Jeep Cherokee. Mr.
    Dwyer is very frightened and did not drive home; SSS drove him. Rashad left at 2:10 without signing out.
    Rashad's advisor says he has been "hanging with the Franklin Hill crew" this year, and that the family
    moved in with his aunt on Ashmont St last summer.""",
    S("Rashad Coleman", "364097", "2007-10-30", 12),
    threat="""On 12/18 at 1:45 PM, after Mr. Dwyer reported Rashad's car for parking in a staff spot, Rashad
    said to him in the hallway, in front of a teacher aide: "I know your car, the red Cherokee. I'm gonna
    follow you home and put one in your head in front of your kids." Later that afternoon Rashad sent Mr.
    Dwyer's school email a photo of Mr. Dwyer's red Jeep Cherokee in the staff lot with a skull emoji.""",
    key="Jeep Cherokee",
    mnc=["Franklin Hill", "Ashmont St"],
    mct=["red Jeep Cherokee", "silver BMW", "reserved staff section"],
    cats=["gang_affiliation", "neighborhood"], tags=["precision_trap"])

# 30
add("deny", "weapon", "Excel High School", "massachusetts-state-police", "2026-03-02 10:00",
    "Excel High School, street behind the school",
    """A trooper called the school and asked for this to be sent to him directly. On 3/2 at about 10:00 SSS
    recovered an unloaded revolver from the glove box of a black Honda Pilot that senior Tevin parks on
    the street behind the school; a classmate had seen him showing it off before homeroom. The Pilot is
    registered to his mother at her address on West Broadway. Tevin said the gun was his late grandfather's
    and that he was going to sell it. No ammunition was found in the car or on Tevin.""",
    S("Tevin Marshall", "345516", "2007-01-09", 12),
    weapon="revolver", reason="recipient_not_permitted",
    mnc=["West Broadway"], cats=["neighborhood"])

# 31
add("allow", "drugs", "Community Academy of Science and Health", "bpd/district-c11", "2026-04-21 11:15",
    "Community Academy of Science and Health, street side of the student lot",
    """11:15 - I (SSS Carrington) was told by a teacher that a student was seen handing small baggies
    through the window of a gray Infiniti Q50 parked on the street side of our lot.
    11:20 - Located the Q50, driver Ezequiel (gr 12) sitting inside with the engine running. Asked him to
    shut it off and step out, AP Flores present.
    11:25 - Ezequiel gave the AP consent to look. Found a dashcam case on the passenger seat containing 3
    small zip bags, each with 10 light blue round pills marked "M" and "30" (they look like counterfeit
    oxy, likely fentanyl). $410 in cash in the visor.
    11:40 - Ezequiel stated "I just drive them, I don't press them." Other student not identified yet.
    Notes: Ezequiel's family is from Honduras and he has TPS, per his counselor, and he is worried this
    will affect it. His mom asked us to make sure police "don't come to the house on Topliff St." """,
    S("Ezequiel Bonilla", "376288", "2007-11-15", 12),
    substances=["counterfeit oxycodone pills (suspected fentanyl)"], key="counterfeit",
    mnc=["Honduras", "TPS", "Topliff St"],
    mct=["Infiniti Q50", "dashcam case", "$410"],
    cats=["national_origin", "immigration_status", "neighborhood"], tags=["precision_trap"])

# 32
add("deny", "drugs", "English High School", "bpd/district-e13", "2026-03-12 12:20",
    "English High School, student lot",
    """A junior told the front office that "Jalisa sells carts from her trunk." At 12:20 Jalisa (gr 12) came
    out to the lot with the AP and opened the trunk of her blue Ford Focus. Inside a shoe box were 26 THC
    vape cartridges (sealed, dispensary packaging) and 9 packs of gummy edibles labeled 100 mg THC, plus a
    notebook with first names and amounts. Jalisa admitted she has been selling them to underclassmen. She
    is 18. She lives in the Bromley-Heath development and says an older cousin supplies her. We found no
    other substances.""",
    S("Jalisa Fenton", "355824", "2007-03-03", 12),
    substances=["THC cartridges", "THC edibles"], reason="excluded_substance",
    mnc=["Bromley-Heath"], cats=["neighborhood"])

# 33
add("allow", "weapon", "Snowden International School", "bpd/district-d4", "2025-10-21 08:20",
    "Snowden International School, Clarendon St entrance",
    """Our Clarendon St entrance staff saw the end of a black metal baton sticking out of Ardit's backpack
    as he came in from parking. Ardit (gr 12) parks his dad's black Lincoln Navigator in the garage across
    the street. When asked, he took out a 21-inch expandable steel baton (collapsed) and handed it over.
    He says his dad keeps it in the Navigator "for road rage" and that he took it because some older guys
    have been following him after school. No threats or injuries were reported. Dad came in. He told us
    the family is Albanian and Muslim and believes Ardit is being targeted for that; we are looking into it
    separately as a bullying matter.""",
    S("Ardit Hoxha", "381173", "2007-06-21", 12),
    weapon="expandable baton", key="baton",
    mnc=["Albanian", "Muslim"],
    mct=["Lincoln Navigator", "21-inch", "garage across the street"],
    cats=["ethnicity", "religion"])

# 34
add("allow", "serious_violence", "Jeremiah E. Burke High School", "bpd/district-b3", "2026-05-28 14:40",
    "Jeremiah E. Burke High School, student lot",
    """At 2:40 PM there was an altercation in the student lot between Malik (gr 12) and a 10th grader, D.L.,
    over D.L. leaning on Malik's car, a white Chevrolet Camaro. Staff on duty say Malik opened his trunk,
    took out a tire iron and hit D.L. on the side of the head. D.L. fell and was unresponsive for about a
    minute. EMS transported him to Boston Medical Center; his mother later told us he has a skull fracture
    and is in the ICU. SSS secured the tire iron, which Malik dropped beside the Camaro. Malik waited in the
    office until officers came. Malik's father, who speaks Haitian Creole, was called with an interpreter.
    The emergency contact sheet lists Malik at Morton St.""",
    S("Malik Desir", "363349", "2007-04-04", 12),
    key="tire iron",
    mnc=["Haitian", "interpreter", "Morton St"],
    mct=["tire iron", "skull fracture", "white Chevrolet Camaro"],
    cats=["language", "neighborhood"])

# 35
add("deny", "weapon", "Boston Latin Academy", "bpd/district-b2", "2025-09-17 07:55",
    "Boston Latin Academy, Townsend St parking",
    """A student told SSS that Connor had "a rifle" in his car. Connor's car is a green Subaru Forester
    parked on Townsend St. With Connor present, SSS opened the trunk: a black airsoft rifle (AR-style,
    with the orange tip painted over), a bag of plastic BBs and a gas canister. Connor says he plays
    airsoft at a field in New Hampshire on weekends and forgot to take it out. No threats were made to
    anyone. Connor's parents are Irish citizens here on work visas and are worried this will affect
    them.""",
    S("Connor Gallagher", "416650", "2008-01-31", 11),
    weapon="airsoft rifle", reason="other",
    mnc=["Irish", "visas"], cats=["national_origin", "immigration_status"])

# 36
add("allow", "weapon", "Boston Community Leadership Academy", "bpd/district-e18", "2026-01-15 09:10",
    "Boston Community Leadership Academy, student lot",
    """At 8:30 BPD E-18 sent the school a BOLO for a gray Dodge Durango, Mass plate starting "4RT," with a
    dented rear passenger door, wanted in connection with shots fired on River St overnight. The BOLO
    described the driver as a "Hispanic male, 17-19, slim." At 9:10 our SSS saw a gray Durango with a
    dented rear door in our lot, plate 4RT-K92, belonging to senior Adrian. Adrian was brought to the
    office and his father was called. With his father present, Adrian opened the glove box and there was a
    silver revolver with five rounds in the cylinder. We did not touch it; SSS stood by the vehicle until
    E-18 arrived. Dad said Adrian only started driving the Durango last week, and that it is usually parked
    overnight on Hyde Park Ave outside their apartment.""",
    S("Adrian Velasquez", "372606", "2007-12-01", 12),
    weapon="revolver", key="revolver",
    mnc=["Hispanic", "Hyde Park Ave"],
    mct=["gray Dodge Durango", "dented rear", "five rounds"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap", "bolo"])

# 37
add("allow", "credible_threat", "East Boston High School", "bpd/district-a7", "2026-03-20 12:00",
    "East Boston High School, AP office",
    """M.R. (gr 12) came to AP Santos at noon with her phone. Her ex-boyfriend Brandon (gr 12) has been
    sending her messages since they broke up, including the two quoted in the threat section, one with a
    photo of a handgun on his lap. She moved her white Toyota Corolla from her usual spot to the Brooks St
    side of the lot last week to avoid him. Brandon's car is a black Dodge Challenger with a matte hood.
    M.R. also says Brandon has driven past her house on Trenton St "like five times" this week at night.
    Brandon was pulled from class; he said "it's a joke" and would not unlock his phone. He is 18. M.R.'s
    family has asked that police also know she is afraid to drive to school.""",
    S("Brandon Sullivan", "347765", "2007-05-08", 12),
    threat="""Brandon sent his ex-girlfriend (our student, M.R.) Snapchat messages on 3/19 and 3/20, which she
    showed the AP: "I know you park on the Brooks St side now. Friday I'm putting a bullet through your
    windshield and you better be in the car." A second message has a photo of a handgun on his lap. M.R.
    drives to school every day and Friday is tomorrow.""",
    key="handgun",
    mnc=["Trenton St"],
    mct=["white Toyota Corolla", "Brooks St side", "black Dodge Challenger"],
    cats=["neighborhood"], tags=["precision_trap"])

# 38
add("deny", "theft", "Madison Park Technical Vocational High School", "bpd/district-b2", "2025-12-09 16:00",
    "Madison Park Technical Vocational High School, back staff lot",
    """Since October three catalytic converters have been cut off staff cars in the back lot. On 12/9 at
    about 4 PM the auto shop teacher caught two students, one of them Kenneth (gr 12), under Ms. Walsh's
    Toyota Prius with a battery-powered reciprocating saw. They ran; Kenneth dropped the saw. Kenneth's car,
    a white Honda Civic, was still in the lot with a second converter on the back seat. The dashcam on the
    shop teacher's truck recorded them. Kenneth's father called the next day, told me he is undocumented,
    and asked whether this would get him deported.""",
    S("Kenneth Osei", "358391", "2007-02-26", 12),
    reason="ground_not_permitted",
    mnc=["undocumented", "deported"], cats=["immigration_status"])

# 39
add("allow", "drugs", "Boston Arts Academy", "bpd/district-d4", "2026-05-12 10:05",
    "Boston Arts Academy, Ipswich St parking",
    """Ivan (gr 11, 17) came into 2nd period acting strange: laughing, pupils huge. The nurse asked what he
    took and he said "a tab." He said the rest was in his car. With his mom on speaker and her consent, the
    dean and SSS went to his dark green Subaru Forester on Ipswich St. Found: a blotter sheet with 12
    squares left (cartoon sun design) in a sunglasses clip on the visor, and a quart bag of dried mushrooms
    (about 1 oz) in the seat-back pocket. The Forester has a dashcam and Ivan asked that we not take the
    card. Mom says the family is Russian-speaking and she had trouble following the call, so a counselor
    who speaks Russian called her back. Ivan was checked by EMS as a precaution and released to his
    mom.""",
    S("Ivan Sokolov", "429940", "2008-07-19", 11),
    substances=["LSD", "psilocybin mushrooms"], key="mushrooms",
    mnc=["Russian"],
    mct=["Subaru Forester", "blotter sheet", "12 squares"],
    cats=["language"])

# 40
add("allow", "weapon", "Brighton High School", "bpd/district-d14", "2025-11-18 08:00",
    "Brighton High School, Warren St gate",
    """Permit check at the Warren St gate at 8:00. The monitor saw a switchblade clipped to the keys hanging
    in the ignition of a gray Mazda CX-5 with permit #147. The car is Tuan's (gr 12). The monitor asked Tuan
    to hand over the keys; the knife is an automatic push-button switchblade with a 3.5 inch blade,
    attached to the key ring with a carabiner. Tuan says he uses it to open boxes at his job at the
    supermarket and forgot it was on his keys. He did not threaten anyone and was polite. We took it off the
    key ring and kept it, and gave him his keys back at dismissal.""",
    S("Tuan Pham", "384462", "2007-08-08", 12,
      parking_permit={"permit_no": "BHS-P-0147", "vehicle": "2016 Mazda CX-5, gray",
                      "home_address": "17 Algonquin St, Dorchester, MA 02124"},
      home_language="Vietnamese", homeroom="212"),
    weapon="switchblade", key="switchblade",
    mnc=["Algonquin", "Dorchester", "02124", "Vietnamese"],
    mct=["push-button", "carabiner", "Warren St gate"],
    cats=["neighborhood", "language"], tags=["structured_fields"])

# 41
add("deny", "credible_threat", "Charlestown High School", "bpd/district-a15", "2026-04-09 09:30",
    "Charlestown High School, senior lot",
    """Reporting a student threat. At 9:30 this morning, in the senior lot, Cesar (gr 12) told two classmates,
    after finding his Civic sideswiped overnight, that he knows who did it and "I'm gonna light up that
    whole lot Monday." The classmates reported it to their coach. He drives a white Honda Civic with a red
    stripe. We searched the car with his mom's consent and found nothing. Cesar is a DACA recipient and
    his counselor asked that we handle this carefully.""",
    S("Cesar Orellana", "367054", "2007-09-09", 12),
    reason="missing_threat_statement",
    mnc=["DACA"], cats=["immigration_status"])

# 42
add("allow", "serious_violence", "Fenway High School", "bpd/district-d4", "2025-10-29 15:15",
    "Ipswich St outside the parking garage entrance near Fenway High School",
    """After school a fight started on Ipswich St next to the parking garage entrance. Emilio (gr 12) got
    into his silver Toyota Highlander while another student, K.P., was holding the driver-side mirror and
    yelling at him. Emilio drove off fast and K.P. was dragged about 40 feet before he let go; his legs
    went under the rear wheel. K.P. has a broken femur and road rash on both arms, and EMS took him to Beth
    Israel. Emilio stopped at the light at the end of the block, then left. A parent's dashcam in the
    pickup line caught the plate: 6XKD 210. Emilio's mother came in at 5. She only speaks K'iche' and a
    little Spanish, and she told the counselor they are Guatemalan and that "the papers are not finished."
    Emilio has not come back to school.""",
    S("Emilio Tzoc", "370819", "2007-06-13", 12),
    key="broken femur",
    mnc=["K'iche'", "Spanish", "Guatemalan", "papers are not finished"],
    mct=["broken femur", "40 feet", "6XKD 210"],
    cats=["language", "ethnicity", "immigration_status"])

# 43
add("allow", "weapon", "TechBoston Academy", "bpd/district-c11", "2026-02-03 08:45",
    "TechBoston Academy, student lot",
    """After a junior reported that Marcus T. said he was going to "cut" a girl who posted about him, SSS
    and the AP searched his car, a black Honda Civic in the student lot, at 8:45 with his consent. In the
    driver door: a box cutter with the blade extended and taped in place, and a pack of 5 single-edge
    razor blades in a mint tin. Marcus T. said they are for "art class." The art teacher says no. Marcus
    T. is 18. His mother asked that we talk to the elders at their Kingdom Hall before any police
    involvement, since the family are Jehovah's Witnesses; we told her we cannot do that.""",
    S("Marcus Tillman", "350678", "2007-03-14", 12),
    weapon="razor blades and box cutter", key="razor blades",
    mnc=["Kingdom Hall", "Jehovah"],
    mct=["black Honda Civic", "mint tin", "taped"],
    cats=["religion"])

# 44
add("deny", "drugs", "Excel High School", "rmv", "2026-01-27 13:00",
    "Excel High School, student lot",
    """The Registry of Motor Vehicles asked us to send this so they can review the student's junior operator
    license. On 1/27 at about 1:00 the student, Diego (17), was found with approximately 3 grams of cocaine
    in the center console of his mom's silver Nissan Versa in our lot, after a teacher saw him leave class
    for the third time. His mom told us in Portuguese, through our family liaison, that she will sell the
    car.""",
    S("Diego Carvalho", "437713", "2008-05-29", 11),
    substances=["cocaine"], reason="recipient_not_permitted",
    mnc=["Portuguese"], cats=["language"])

# 45
add("allow", "drugs", "Boston Latin School", "bpd/district-d4", "2026-03-31 14:10",
    "Boston Latin School, Avenue Louis Pasteur side",
    """A teacher smelled something burning near the Avenue Louis Pasteur side of the building during 6th
    period and found senior Quentin sitting in the driver seat of a black Chevy Tahoe with a glass stem
    pipe in his hand. Quentin was calm but clearly impaired, and the nurse checked him. In the Tahoe's
    cupholder was a film canister with 8 small off-white rocks, which Quentin said was crack. Quentin is
    18. He said he got it "around Mission Main where I stay." His grandmother, who he lives with, confirmed
    their apartment in the Mission Main development and said she has been worried about him since
    Christmas.""",
    S("Quentin Hale", "341985", "2007-01-22", 12),
    substances=["crack cocaine"], key="crack",
    mnc=["Mission Main"],
    mct=["film canister", "glass stem pipe", "black Chevy Tahoe"],
    cats=["neighborhood"])

# 46
add("allow", "credible_threat", "Jeremiah E. Burke High School", "bpd/district-b3", "2025-12-02 21:40",
    "Jeremiah E. Burke High School, senior group chat and student lot",
    """The AP received five screenshots and the video by email between 9:45 and 11 PM. Jamal (gr 12) is seen
    in the driver seat of a car whose interior matches his orange Dodge Charger, which he parks in the
    student lot off Washington St. In the video he racks a black pistol. At 6:45 AM the AP called BPD B-3
    and Jamal's father. Jamal did not come to school. D.W. and K.S. were kept inside and their parents
    were notified. The school police liaison mentioned that Jamal is listed in BPD's system as a Tiverton
    Ave associate; we do not know anything about that. The video and screenshots are saved on a school
    laptop.""",
    S("Jamal Whitaker", "360126", "2007-07-07", 12),
    threat="""In a group chat of about 30 seniors on 12/2 at 9:40 PM, Jamal posted a video of himself in the
    driver seat of his car racking a pistol, with the text: "yall think its funny. tmrw 7:30 student lot,
    Dre and Kev, I got one for each of yall." Dre and Kev are two seniors (D.W. and K.S.) who park in the
    student lot. Several students sent the screenshots to staff overnight.""",
    key="pistol",
    mnc=["Tiverton"],
    mct=["orange Dodge Charger", "racks a black pistol", "6:45 AM"],
    cats=["gang_affiliation"])

# 47
add("deny", "serious_violence", "Brighton High School", "bpd/district-d14", "2026-02-26 15:30",
    "Brighton High School, Warren St lot",
    """A student was assaulted in the Warren St lot on 2/26 at about 3:30 (broken nose, two teeth knocked
    out) by a driver who got out of a white Hyundai Sonata, punched him repeatedly and drove away. A
    parent's dashcam caught the driver. Our IT staff ran a still of the driver's face through a facial
    recognition app against the yearbook photos and it came back as a 94% match to our student Bryce, so we
    are submitting Bryce. Please confirm. Bryce speaks Cape Verdean Creole at home.""",
    S("Bryce Andrade", "387741", "2007-10-02", 12),
    reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "yearbook_match_bryce.png"}],
    mnc=["Cape Verdean"], cats=["face_surveillance", "language"])

# 48
add("allow", "weapon", "Josiah Quincy Upper School", "bpd/district-a1", "2026-04-28 08:10",
    "Josiah Quincy Upper School, front door bag check",
    """At 8:10 a bag check at the front door found a keychain canister of pepper spray (pink, Sabre brand)
    in Lily's backpack, and she said there was a bigger one in her car. Lily (gr 12) drove her mother's
    champagne Toyota Highlander today. With her permission SSS checked the car and found a full-size
    canister of pepper gel in the driver door pocket. Lily says her mom bought both after someone
    followed her from the T station. There was no threat to anyone at school. Mom was called; she speaks
    Mandarin and the call was done through our counselor, Ms. Zhou. Mom also told us the family is Chinese
    and that Lily has had people yell at her on the street.""",
    S("Lily Chen-Wu", "425508", "2007-12-17", 12),
    weapon="pepper spray", key="pepper spray",
    mnc=["Mandarin", "Chinese"],
    mct=["champagne Toyota Highlander", "Sabre", "driver door pocket"],
    cats=["language", "ethnicity"])

# 49
add("allow", "serious_violence", "Charlestown High School", "bpd/district-a15", "2025-10-10 14:50",
    "Charlestown High School, student lot",
    """About 2:50, right after dismissal, senior Liam pulled an aluminum baseball bat out of the back seat
    of his tan soft-top Jeep Wrangler in the student lot and hit junior A.H. in the face with it. Witnesses
    say A.H. was walking past the Jeep and Liam said something to him first. A.H. has a fractured orbital
    bone and needed surgery at MGH. Several students told staff that Liam has been harassing A.H. for
    weeks because A.H. is Somali and Muslim and wears a kufi. Liam left in the Jeep and returned with his
    father at 4:30. The bat is in the office.""",
    S("Liam Doyle", "343352", "2007-03-25", 12),
    key="baseball bat",
    mnc=["Somali", "Muslim", "kufi"],
    mct=["aluminum baseball bat", "fractured orbital", "Jeep Wrangler"],
    cats=["ethnicity", "religion"])

# 50
add("deny", "trespass", "Boston Latin Academy", "bpd/district-b2", "2026-01-07 07:30",
    "Boston Latin Academy, student lot and Townsend St doors",
    """A former student, now 19, has been parking his gray Nissan Maxima in our student lot every morning
    since December and hanging around the Townsend St doors. He was told verbally and in writing on 12/15
    that he is not allowed on campus. This morning, 1/7, he was there again at 7:30 and refused to leave
    until SSS said we would call police. He has not threatened anyone and has no weapon that we know of.
    His mother speaks only Vietnamese and lives near Fields Corner; our liaison tried calling her
    twice.""",
    S("Minh Nguyen-Hollis", "301447", "2006-09-03", 12),
    reason="ground_not_permitted",
    mnc=["Vietnamese", "Fields Corner"], cats=["language", "neighborhood"])

# 51
add("allow", "drugs", "Community Academy of Science and Health", "bpd/district-c11", "2026-06-09 10:30",
    "Community Academy of Science and Health, side lot",
    """Ricardo (19, senior) nodded off in 2nd period and the nurse found pinpoint pupils and slow breathing.
    She gave Narcan and he came around; EMS evaluated him in the nurse's office. He told the nurse "the rest
    is in my car." His car is a maroon Buick LaCrosse parked in the side lot. With Ricardo's consent the AP
    and SSS looked: in the glovebox were 6 wax paper bags stamped with a red crown, containing brown powder
    that Ricardo said is heroin, plus 4 syringes, a spoon and a lighter. Ricardo lives with his older
    sister; their mother went back to Puerto Rico in the fall. His sister was called and met him at the
    hospital.""",
    S("Ricardo Maldonado", "330962", "2006-10-14", 12),
    substances=["heroin"], key="heroin",
    mnc=["Puerto Rico"],
    mct=["wax paper bags", "red crown", "maroon Buick LaCrosse"],
    cats=["national_origin"])

# 52
add("allow", "weapon", "Excel High School", "bpd/district-c6", "2025-11-25 07:20",
    "Excel High School, student lot",
    """Cody (gr 12, 18) drove his father's red Ram 1500 crew cab to school Tuesday. At 7:20 SSS saw a long
    gun case on the back seat of the crew cab through the window. Cody says he and his dad were going duck
    hunting in Plymouth after school and he "didn't think." The case held a 12-gauge pump shotgun,
    unloaded, and there was a box of shells in the center console. Cody has a hunting license, but he knows
    guns are not allowed on school grounds. SSS has the shotgun and shells locked in the office until
    officers arrive. Cody's family is Portuguese-American and his dad fishes out of New Bedford; dad is on
    his way in from their place on East 4th St. Cody has no prior discipline.""",
    S("Cody Medeiros", "346627", "2007-04-30", 12),
    weapon="shotgun (unloaded)", key="shotgun",
    mnc=["Portuguese", "East 4th St"],
    mct=["crew cab", "12-gauge pump shotgun", "box of shells"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap"])

# 53
add("deny", "drugs", "Boston Green Academy", "bpd/district-d14", "2026-02-10 10:20",
    "Boston Green Academy, student lot",
    """The lot monitor found senior Artan and two sophomore passengers smoking cigarettes in his Volkswagen
    Jetta during 2nd period, at about 10:20. In the door pocket were two cans of Zyn nicotine pouches and a
    carton of Newports, which Artan said he resells to younger kids for $2 a pouch and $1 a cigarette.
    Nothing else was found in the car or on any of them. Artan's father, who speaks Albanian, came in with
    an uncle to interpret. Artan will lose his parking permit for the rest of the year.""",
    S("Artan Berisha", "389274", "2007-11-27", 12),
    substances=["nicotine pouches", "cigarettes"], reason="excluded_substance",
    mnc=["Albanian", "interpret"], cats=["language"])

# 54
add("allow", "credible_threat", "Madison Park Technical Vocational High School", "bpd/district-b2", "2026-05-14 14:55",
    "Madison Park Technical Vocational High School, bus loop",
    """Hector (gr 11, 17) has been driving onto the bus loop to get out faster, which is dangerous. Today Mr.
    Okafor, the transportation coordinator, told him his parking permit is revoked. Hector made the
    statement in the threat section and then drove his black Ford Explorer up onto the curb of the bus
    loop, stopping about 3 feet from bus #12, which had students loading. No one was hit. A bus driver got
    the plate: 1ZPN 77. Hector's teacher says he is in ESL classes and may not have understood the
    revocation letter, and that at home he speaks Spanish with his grandmother. We have not reached a
    parent yet.""",
    S("Hector Rosario", "426083", "2008-08-22", 11),
    threat="""At 2:55 PM on 5/14, after being told his parking privileges were revoked, Hector told the
    transportation coordinator and a bus driver: "Tomorrow when your buses line up I'm driving the Explorer
    straight through them, I don't care who's on them." He then revved the engine and drove his Ford
    Explorer onto the curb of the bus loop, stopping a few feet from a parked bus. He repeated "tomorrow"
    as he drove off.""",
    key="Ford Explorer",
    mnc=["ESL", "Spanish"],
    mct=["bus loop", "bus #12", "1ZPN 77"],
    cats=["language"])

# 55
add("allow", "weapon", "Boston Latin Academy", "bpd/district-b2", "2025-12-16 12:40",
    "Boston Latin Academy, student lot",
    """During lunch a junior told her Latin teacher, Mr. Havel, that senior Owen had shown people "a big
    knife" in his car. SSS and the dean asked Owen to come out to the Latin Academy lot at 12:40. Owen's car
    is a white Toyota Corolla with a cracked rear bumper. He opened the driver door and handed over an
    8-inch kitchen chef's knife that was under the floor mat. He said he took it from home after getting
    jumped near the Temple Street garage downtown on Saturday night. No one at school was threatened. His
    mother picked him up and supports police being informed.""",
    S("Owen Fitzpatrick", "352290", "2007-02-05", 12),
    weapon="kitchen knife", key="kitchen",
    mnc=[],
    mct=["Latin Academy lot", "Temple Street garage", "under the floor mat"],
    cats=[], tags=["precision_trap", "clean"])

# 56
add("deny", "weapon", "Jeremiah E. Burke High School", "commonwealth-fusion-center", "2026-02-19 09:00",
    "Jeremiah E. Burke High School, student lot",
    """As requested by the Fusion Center liaison, here is the vehicle information for our student Kareem,
    who was found on 2/19 at about 9:00 with a loaded handgun in a gray Dodge Durango in the student lot.
    The Durango, plate 3JVK 18, is registered to Kareem's uncle at an address on Bowdoin St. The liaison also
    asked us whether the family is Haitian; they are. Kareem is suspended pending an expulsion hearing.""",
    S("Kareem Jean-Baptiste", "361847", "2007-05-11", 12),
    weapon="handgun", reason="recipient_not_permitted",
    mnc=["Bowdoin St", "Haitian"], cats=["neighborhood", "ethnicity"])

# 57
add("allow", "drugs", "Snowden International School", "bpd/district-d4", "2026-03-05 15:30",
    "Snowden International School, Clarendon St garage",
    """This came up after senior Mei (18) gave three students a ride to the Back Bay T station in her silver
    Lexus IS on Tuesday. One of them, a sophomore, collapsed at home that night and told her mom she had
    snorted "K" in Mei's car. The sophomore's mom called us. On Thursday at 3:30 we asked Mei about it; she
    opened her car in the Clarendon St garage and gave SSS a small vial of white crystalline powder and a
    house key with residue on it, and said it was ketamine she bought from a college student. Mei's parents
    are here from Taiwan on work visas and she kept saying she "can't get in trouble." Their address on
    file is on Hemenway St.""",
    S("Mei Lin Huang", "394518", "2007-09-17", 12),
    substances=["ketamine"], key="ketamine",
    mnc=["Taiwan", "work visas", "Hemenway St"],
    mct=["silver Lexus", "small vial", "Clarendon St garage"],
    cats=["national_origin", "immigration_status", "neighborhood"])

# 58
add("allow", "serious_violence", "Dearborn STEM Academy", "bpd/district-b2", "2025-09-26 15:20",
    "Dearborn STEM Academy, school driveway",
    """What we know so far: senior Tyrese offered three sophomores a ride home after school in his dark blue
    Honda Accord. According to two of the passengers, Tyrese and sophomore B.C. started arguing about money
    as they pulled out of the school driveway. Tyrese reached across, opened the passenger door and shoved
    B.C. out while the car was moving at maybe 20 mph. B.C. hit the pavement, broke his collarbone and had a
    concussion; he was taken to Boston Children's. The other two passengers got out at the next light and
    walked back to school. Tyrese drove off and has not answered calls. B.C.'s mom says Tyrese's family is
    "connected to the Dudley crew" and she is afraid. The passengers say Tyrese lives on Dale St.""",
    S("Tyrese Holloway", "358804", "2007-06-25", 12),
    key="collarbone",
    mnc=["Dudley", "Dale St"],
    mct=["dark blue Honda Accord", "broke his collarbone", "20 mph"],
    cats=["gang_affiliation", "neighborhood"])

# 59
add("deny", "weapon", "Boston Green Academy", "bpd/district-d14", "2026-04-07 11:00",
    "Boston Green Academy, student lot",
    """At 11:00 SSS found a black BB pistol (Daisy, CO2-powered, made to look like a Beretta) in the glove
    box of senior Nico's Ford Fusion during a consent search, after a student said Nico had "showed a gun"
    in the lot before school. No threat to anyone was reported and Nico never took it out of the car at
    school. Nico says he uses it for target shooting at his uncle's. Nico's mother speaks Greek and asked
    for a Greek interpreter at the meeting.""",
    S("Nico Papadakis", "373671", "2007-12-12", 12),
    weapon="BB gun", reason="other",
    mnc=["Greek"], cats=["language"])

# 60
add("allow", "weapon", "English High School", "bpd/district-e13", "2026-01-20 08:30",
    "English High School, McBride St side parking",
    """During the morning metal-detector line, Grace (gr 12) told SSS she had a taser in her car and didn't
    want to get in trouble for leaving it there. The car, a dark gray Nissan Rogue, was parked on the McBride
    St side. SSS retrieved it with her: a black TASER Pulse with a live cartridge attached, in the center
    console. Grace says she bought it after her car was broken into last fall. She was cooperative and
    honest. Grace's father asked that we call him in Swahili next time; he came in with a friend from their
    church to help with English.""",
    S("Grace Mwangi", "369512", "2007-08-01", 12),
    weapon="taser", key="taser",
    mnc=["Swahili", "church", "help with English"],
    mct=["TASER Pulse", "live cartridge", "dark gray Nissan Rogue"],
    cats=["language", "religion"])

# 61
add("allow", "drugs", "Another Course to College", "bpd/district-e18", "2026-05-05 13:15",
    "Another Course to College, student lot",
    """A teacher reported that Sabir (19) was pacing and said he hadn't slept in days. The nurse saw him
    around 1:15 and he said he "needed to get something from the car." The AP went with him to his red
    Mazda 6 and saw a clear glass pipe and a baggie of clear shards on the driver seat. Sabir said it was
    meth ("ice") he got from a coworker at the warehouse; roughly 3 grams. Nobody else was involved. His
    caseworker from the refugee resettlement agency is his emergency contact and was called; the family
    arrived from Afghanistan in 2022.""",
    S("Sabir Noori", "329417", "2006-08-30", 12),
    substances=["methamphetamine"], key="meth",
    mnc=["refugee", "Afghanistan"],
    mct=["red Mazda 6", "clear glass pipe", "clear shards"],
    cats=["immigration_status", "national_origin"])

# 62
add("deny", "truancy", "Excel High School", "bpd/district-c6", "2026-03-16 10:00",
    "Excel High School, student lot",
    """For the third time this month senior Jordan drove four classmates off campus after 2nd period in her
    white Jeep Grand Cherokee and they did not come back. We believe they go down to Castle Island. The
    attendance office has been notified and parents called. No drugs or weapons were found in the car when
    we checked it with her permission. Jordan's aunt told us the family has been in a shelter in Roxbury
    since an eviction in January, which may be part of it.""",
    S("Jordan Whitcomb", "347190", "2007-04-12", 12),
    reason="ground_not_permitted",
    mnc=["Roxbury"], cats=["neighborhood"])

# 63
add("allow", "credible_threat", "Boston Latin School", "bpd/district-d4", "2026-02-24 11:30",
    "Boston Latin School, library and Avenue Louis Pasteur lot",
    """A library aide overheard part of the conversation, and the classmate came forward at 11:30 with the
    details quoted in the threat section: Yusuf said he had a pipe bomb in his trunk. Yusuf (gr 12, 18) drives a gray Volkswagen Passat. At 11:45 we
    kept all students inside and called BPD. Yusuf was held in the dean's office and cooperated; he says
    the photo "is from the internet" and it was a joke. The Passat is in the lot near the Avenue Louis
    Pasteur gate and no one has opened it. Yusuf's family came from Syria in 2017, and his father told me on
    the phone that they pray at the mosque in Roxbury and that Yusuf is a good son. I am sharing this
    because the father is on his way.""",
    S("Yusuf Haddad", "353061", "2007-10-19", 12),
    threat="""On 2/24 Yusuf told a classmate in the library: "There's a pipe bomb in my trunk. If they tow my
    car again the whole lot goes up." He showed the classmate a phone photo of a metal pipe with end caps
    and wires in a car trunk. His car was towed twice this month from the Avenue Louis Pasteur lot.""",
    key="pipe bomb",
    mnc=["Syria", "mosque", "Roxbury"],
    mct=["gray Volkswagen Passat", "Avenue Louis Pasteur gate", "dean's office"],
    cats=["national_origin", "religion"])

# 64
add("allow", "weapon", "Brighton High School", "bpd/district-d14", "2025-12-05 12:10",
    "Brighton High School, edge of the student lot by the Cambridge St fence",
    """Christian (gr 12) brought a set of three throwing knives to school in his black Kia Optima to show
    friends at lunch. At 12:10 he was seen throwing them at a telephone pole at the edge of the student lot
    by the Cambridge St fence. Staff stopped him. The knives are black steel, about 6.5 inches, in a nylon
    sheath. He was not aiming at anyone, but there were students standing nearby. Christian said he got
    them at a flea market. His grandmother told us the family is Haitian and that he moved in with her on
    Lake Shore Rd after his mom got sick.""",
    S("Christian Moreau", "368823", "2007-07-23", 12),
    weapon="throwing knives", key="throwing knives",
    mnc=["Haitian", "Lake Shore"],
    mct=["telephone pole", "Christian said", "black Kia Optima"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap"])

# 65
add("deny", "drugs", "East Boston High School", "dhs/hsi", "2026-04-15 10:00",
    "East Boston High School, student lot",
    """Per the request of an HSI special agent, here is the information about senior Kevin's vehicle: a blue
    Nissan Altima searched in our lot on 4/15 at about 10:00, with 20 pills the agent believes are
    fentanyl in a sock in the trunk. Kevin told staff he was born in Colombia and came on a tourist visa
    in 2021 that has expired. The car is kept at his aunt's on Meridian St. Kevin is 18.""",
    S("Kevin Arboleda", "344098", "2007-02-18", 12),
    substances=["fentanyl"], reason="recipient_not_permitted",
    mnc=["Colombia", "tourist visa", "Meridian St"],
    cats=["national_origin", "immigration_status", "neighborhood"])

# 66
add("allow", "drugs", "Henderson K-12 Inclusion School", "bpd/district-c11", "2026-01-30 09:50",
    "Henderson K-12 Inclusion School, morning drop-off",
    """Joshua (gr 12) was reported by a parent whose dashcam recorded Joshua handing a small bag to a 9th
    grader through the window of his car at the morning drop-off. Joshua's car is a white Honda HR-V. When
    the AP and SSS asked at 9:50, Joshua opened it. In the console was a pill bottle with 18 blue "M30"
    pills and a folded bill with tan powder; Joshua said "it's fentanyl, I don't use it." The 9th grader
    admitted buying two pills for $20 each "to sleep" and was seen by the nurse. The parent has the
    dashcam clip and will share it. Joshua's father said Joshua has been staying with his older brother in
    Mattapan since Christmas.""",
    S("Joshua Pryor", "356674", "2007-04-01", 12),
    substances=["fentanyl", "counterfeit pills"], key="fentanyl",
    mnc=["Mattapan"],
    mct=["white Honda HR-V", "folded bill", "$20 each"],
    cats=["neighborhood"])

# 67
add("allow", "serious_violence", "Charlestown High School", "bpd/district-a15", "2026-04-30 07:40",
    "Charlestown High School, student lot entrance",
    """At 7:40 this morning, at the entrance to our lot, two student drivers had a near-collision: junior
    Duc's gray Honda CR-V and senior Brady's blue Ford F-150. Staff saw Brady get out, go to Duc's window
    and start punching through it. Duc got out with a folding knife he keeps in the car and stabbed Brady
    once in the left thigh. Brady was bleeding heavily; Nurse Ahern applied a tourniquet and EMS took him
    to MGH, where he had surgery on a lacerated artery. Duc dropped the knife by the lot gate. Duc's mother
    speaks Vietnamese and was reached through the language line. Duc says Brady has been calling him slurs
    about being Vietnamese since September.""",
    S("Duc Tran", "415536", "2008-03-16", 11),
    key="folding knife",
    mnc=["Vietnamese", "language line"],
    mct=["left thigh", "tourniquet", "lot gate"],
    cats=["language", "ethnicity"])

# 68
add("deny", "drugs", "Boston Latin School", "bpd/district-d4", "2026-06-05 18:30",
    "Senior prom venue parking lot",
    """At senior prom arrival, 6:30 PM, chaperones found 14 Fireball and Smirnoff nips in the door pockets of
    senior Peter's Audi A4 in the venue lot, plus a Juul with two mint pods in the cupholder. Peter had not
    been drinking yet as far as we could tell, but he was not allowed into prom and his parents came to get
    him. No other substances. The parents told us they are here on asylum and are worried about anything
    that goes to police.""",
    S("Peter Kovalenko", "340577", "2007-01-03", 12),
    substances=["vodka and whiskey nips", "Juul pods"], reason="excluded_substance",
    mnc=["asylum"], cats=["immigration_status"])

# 69
add("allow", "weapon", "New Mission High School", "bpd/district-e18", "2025-10-14 10:30",
    "New Mission High School, shared lot",
    """At 10:30 SSS did a plain-view check of the shared lot after a student said Elijah had "a strap" in his
    car. Elijah's car is a silver Toyota Sienna minivan with a Student Driver magnet on the back. On the
    back seat, partly under a jacket, SSS saw the butt of a handgun. Elijah (gr 12) was called out of class
    and unlocked the van. The handgun is a black Smith & Wesson M&P with a loaded magazine inserted and no
    round in the chamber. Elijah said a friend asked him to hold it. The Sienna is registered to his
    mother; the registration was in the glove box. Nobody was threatened.""",
    S("Elijah Santos", "349931", "2007-05-27", 12,
      vehicle={"plate": "4WKL 63", "registered_owner": "Maria Santos",
               "registration_address": "54 Hosmer St, Mattapan, MA 02126"},
      home_language="Portuguese", lunch_status="free"),
    weapon="handgun", key="Smith & Wesson",
    mnc=["Hosmer St", "02126", "Mattapan", "Portuguese"],
    mct=["Student Driver", "silver Toyota Sienna", "under a jacket"],
    cats=["neighborhood", "language"], tags=["structured_fields"])

# 70
add("allow", "credible_threat", "East Boston High School", "bpd/district-a7", "2026-05-21 16:00",
    "East Boston High School, faculty row of the lot",
    """Ms. Ocampo suspended Andres (gr 12) last week for cheating. At 4:00 PM on 5/21 a junior showed SSS the
    Snapchat story described in the threat section; it was up for about 20 minutes. The dashcam footage is
    clearly from the windshield of Andres's own car, a blue Subaru Impreza with a dashcam stuck behind the
    mirror, driving slowly past the faculty row. Ms. Ocampo has been told and is staying with relatives.
    Andres's older brother told staff that Andres has been hanging around with the Maverick Square crew
    and "has something." The family lives on Meridian St. The Snapchat was saved by screenshot.""",
    S("Andres Gil", "366391", "2007-11-09", 12),
    threat="""On 5/21 a student showed SSS a Snapchat story posted by senior Andres: a video from his dashcam
    showing a teacher's car in the school lot, with the text "this that Q50 that got me suspended. I know
    where it parks. Monday it's getting shot up with her in it." The teacher, Ms. Ocampo, drives a white
    Infiniti Q50 and parks in the faculty row.""",
    key="Snapchat story",
    mnc=["Maverick", "Meridian St"],
    mct=["faculty row", "blue Subaru Impreza", "dashcam"],
    cats=["gang_affiliation", "neighborhood"])

# 71
add("deny", "credible_threat", "Fenway High School", "bpd/district-d4", "2026-01-12 13:00",
    "Fenway High School, classroom",
    """Need this to go to police today. Student Samir told a teacher at about 1:00 that he is going to "come
    back with a gun and shoot whoever slashed my tires." His Honda Fit's tires were slashed in the Ipswich
    St garage over the weekend. Samir attends the Islamic Society mosque with his dad, who told us he will
    handle it through the imam. Samir's dad also said they live on Peterborough St and that Samir will
    stay home tomorrow.""",
    S("Samir Bouzid", "378246", "2007-12-04", 12),
    reason="missing_threat_statement",
    mnc=["Islamic", "mosque", "imam", "Peterborough St"], cats=["religion", "neighborhood"])

# 72
add("allow", "weapon", "TechBoston Academy", "bpd/district-c11", "2026-03-24 08:05",
    "TechBoston Academy, student lot and front door",
    """Malcolm (gr 11) was seen by a teacher at 8:05 putting a steak knife into his waistband after getting
    out of his black Nissan Maxima in the student lot. SSS stopped him at the door. He handed over a
    serrated steak knife with a wood handle and about a 5 inch blade. Malcolm said a boy from another school
    has been waiting near his car after school for a week and "I'm not getting jumped." He did not threaten
    anyone here. We have his parking permit on file with the plate 9GHV 34, and the boy he described drives
    a gold Chevy Trailblazer.""",
    S("Malcolm Ellison", "412750", "2008-06-04", 11,
      parking_permit={"number": "TBA-22", "plate": "9GHV 34",
                      "garaged_overnight": "Seaver St near Franklin Park"},
      race_ethnicity="Black or African American", ell=True),
    weapon="steak knife", key="steak knife",
    mnc=["Seaver St", "Franklin Park", "African American"],
    mct=["black Nissan Maxima", "serrated steak knife", "waistband"],
    cats=["neighborhood", "ethnicity", "language"], tags=["structured_fields", "precision_trap"])

# 73
add("allow", "drugs", "Excel High School", "bpd/district-c6", "2025-11-13 13:40",
    "Excel High School, back lot",
    """Layla (gr 12) was found asleep in the driver seat of a white Mercedes C300 in the back lot during 5th
    period with the engine running. SSS woke her; she was groggy and slurring, and the nurse evaluated
    her. In her purse on the passenger seat was an orange pill bottle with no label containing 17 white
    bar-shaped pills stamped "S 903" (Xanax). She said she takes them "for anxiety" and buys them from
    someone at work. Her parents were called. Her dad speaks Arabic and French, and Ms. Haddad from our
    counseling office was on the call to help. The Mercedes is her dad's.""",
    S("Layla Mansour", "374985", "2007-10-27", 12),
    substances=["alprazolam (Xanax)"], key="Xanax",
    mnc=["Arabic", "French"],
    mct=["white Mercedes C300", "S 903", "engine running"],
    cats=["language"])

# 74
add("deny", "immigration_inquiry", "Brighton High School", "bpd/district-d14", "2026-02-02 09:00",
    "Brighton High School, main office",
    """A BPD officer asked the school whether senior Wilmer, who drives a blue Toyota Yaris registered in his
    father's name, has a valid license "given the family's status." The father told us in October that he
    and Wilmer have no papers and that Wilmer's license application is going through under the Work and
    Family Mobility Act. Wilmer has no discipline history and has never had a problem in our lot. The family
    lives on Cambridge St in Allston.""",
    S("Wilmer Pocasangre", "380021", "2007-07-29", 12),
    reason="ground_not_permitted",
    mnc=["no papers", "Work and Family Mobility", "Allston", "Cambridge St"],
    cats=["immigration_status", "neighborhood"])

# 75
add("allow", "serious_violence", "Boston Green Academy", "bpd/district-d14", "2026-06-02 15:05",
    "Boston Green Academy, Cambridge St lot exit",
    """At dismissal (3:05), Shanice (gr 12) walked up to a red Honda Fit as it was leaving the Cambridge St
    lot, driven by junior T.A., and threw a half brick through the open passenger window. The brick hit
    T.A. in the left side of the face and the car rolled into the fence. T.A. has a fractured cheekbone and
    a broken tooth; EMS took her to St. Elizabeth's. Witnesses say the two had been arguing on Instagram
    over a boy. Shanice walked away toward the bus stop and was brought back by SSS. Shanice's mom told us
    they are from Trinidad and that Shanice is usually calm.""",
    S("Shanice Baptiste", "357058", "2007-08-15", 12),
    key="fractured cheekbone",
    mnc=["Trinidad"],
    mct=["half brick", "fractured cheekbone", "St. Elizabeth's"],
    cats=["national_origin"], tags=["precision_trap"])

# 76
add("deny", "weapon", "Madison Park Technical Vocational High School", "bpd/district-b2", "2026-03-03 09:00",
    "Malcolm X Blvd near Madison Park Technical Vocational High School",
    """A BOLO image from a traffic camera shows a driver in a black Infiniti Q50 with what looks like a rifle
    on the passenger seat, on Malcolm X Blvd near our school on Monday night. Detectives asked us to send
    the ID photos of all juniors and seniors with parking permits so they can run facial matching against
    the BOLO image. We think it may be our student Jonathan, who drives a black Q50, but we are sending the
    full set as asked. His home address on the permit is on Warren St.""",
    S("Jonathan Mack", "363905", "2007-09-21", 12),
    weapon="rifle", reason="face_surveillance",
    attachments=[{"kind": "photo", "name": "permit_id_photos_gr11_gr12.zip"}],
    mnc=["Warren St"], cats=["face_surveillance", "neighborhood"])

# 77
add("allow", "weapon", "Charlestown High School", "bpd/district-a15", "2025-12-10 11:20",
    "Charlestown High School, student lot and 2nd floor bathroom",
    """At 11:20 a teacher looking out the window saw Nelson (gr 11) and another boy leaning into the trunk of
    a dark green Acura TL in the student lot, and one of them tucked something black into his waistband.
    SSS found Nelson in the 2nd floor bathroom and a black .380 pistol was in his waistband, loaded. He said
    he got it out of the Acura's trunk, which belongs to a friend who graduated last year and still parks in
    our lot. The Acura's plate is 8BNM 52. The other boy left campus. Nelson made no threats, but he said
    he "needed it for after school." """,
    S("Nelson Barbosa", "419962", "2008-04-06", 11,
      ethnicity="Cape Verdean", birth_country="Cabo Verde",
      gang_flag="listed: Wendover associate (2024)", bus_route="none (walker)"),
    weapon="pistol", key="pistol",
    mnc=["Cape Verdean", "Cabo Verde", "Wendover"],
    mct=["dark green Acura TL", ".380", "8BNM 52"],
    cats=["ethnicity", "national_origin", "gang_affiliation"], tags=["structured_fields"])

# 78
add("deny", "weapon", "Fenway High School", "securitas-ipswich-garage", "2026-04-22 08:30",
    "Ipswich St parking garage, level 2",
    """The security company that runs the Ipswich St garage asked for a copy of our report on senior Aiden,
    whose white Volkswagen Tiguan was searched on their level 2 on 4/22 at 8:30 after their guard saw him
    show a friend something; he had brass knuckles in the console. They want to ban him from parking there.
    Aiden's mother told us the family is Orthodox Jewish and walks to synagogue on Saturdays, so he only
    drives on weekdays.""",
    S("Aiden Rosenthal", "371298", "2007-06-02", 12),
    weapon="brass knuckles", reason="recipient_not_permitted",
    mnc=["Jewish", "synagogue"], cats=["religion"])

# 79
add("allow", "credible_threat", "Boston Latin Academy", "bpd/district-b2", "2026-02-09 07:55",
    "Boston Latin Academy, student lot and junior lockers",
    """N.O. (gr 11) came to the dean at 7:55 shaking. She says a gray Nissan Sentra with a loud muffler and a
    Patriots sticker followed her from her street (Bernard St) to the Townsend St entrance this morning and
    parked two spaces from her black Toyota Camry in the student lot. The driver was senior Marcus L., her
    ex-boyfriend. At her locker he said what is written in the threat section and showed her a knife. SSS
    found Marcus L. in the cafeteria at 8:10; he had a black folding knife with a 3 inch blade in his jacket
    pocket, which SSS took. N.O.'s mother told the dean that the family is Haitian and that Marcus has
    threatened to call immigration on her dad.""",
    S("Marcus Lindgren", "344816", "2007-03-08", 12),
    threat="""Senior Marcus L. told junior N.O. at her locker on 2/9: "I followed you from your house this
    morning, I know your car, and next time I'll be waiting with the knife, not just watching." He showed
    her a folding knife in his jacket pocket. N.O. has a restraining order request pending against him in
    juvenile court.""",
    key="folding knife",
    mnc=["Bernard St", "Haitian", "call immigration"],
    mct=["gray Nissan Sentra", "Patriots sticker", "two spaces"],
    cats=["neighborhood", "ethnicity", "immigration_status"])

# 80
add("deny", "weapon", "English High School", "mbta-transit-police", "2026-05-08 08:15",
    "Forest Hills station parking lot",
    """The MBTA Transit Police asked for our report. On 5/8 at about 8:15 senior Rosa was found with a
    5-inch fixed blade knife in the console of her green Kia Rio, which she parks at the Forest Hills
    station lot and walks to school from; a transit officer saw it through the window and called the
    school. Rosa's mom says they are Dominican and that Rosa speaks Spanish at home.""",
    S("Rosa Peralta", "377483", "2007-11-26", 12),
    weapon="fixed blade knife", reason="recipient_not_permitted",
    mnc=["Dominican", "Spanish"], cats=["ethnicity", "language"])

# 81
add("allow", "drugs", "Madison Park Technical Vocational High School", "bpd/district-b2", "2025-09-23 12:15",
    "Madison Park Technical Vocational High School, trade lot",
    """Lunch duty SSS noticed a group of students around a silver Chevy Colorado pickup in the trade lot
    drinking something purple out of Styrofoam cups. The truck belongs to senior Javon. Javon handed over a
    bottle labeled "promethazine with codeine" with the patient name scratched off, about 4 oz left, and two
    empty 2-liter Sprite bottles. He said he pours "lean" for people for $10 a cup. One of the students, a
    10th grader, was dizzy and vomiting and the nurse called EMS. Javon's grandmother told us the family
    attends the Haitian Baptist church on Blue Hill Ave and that she is ashamed.""",
    S("Javon Pierre-Louis", "354187", "2007-01-16", 12),
    substances=["codeine (promethazine with codeine, not prescribed)"], key="codeine",
    mnc=["Haitian", "Baptist", "Blue Hill Ave"],
    mct=["silver Chevy Colorado", "Styrofoam cups", "$10 a cup"],
    cats=["ethnicity", "religion"])

# 82
add("allow", "weapon", "Jeremiah E. Burke High School", "bpd/district-b3", "2025-10-03 08:10",
    "car wash on Washington St one block from Jeremiah E. Burke High School",
    """Every morning senior Keandre picks up three friends and drives them to school in his black Toyota
    4Runner, and they usually stop at the car wash on Washington St, a block from school, to vacuum it out
    before first period. This morning at 8:10 the car wash attendant called our main office: while they
    were vacuuming he saw one of the passengers, our junior Rashawn, push a handgun under the passenger
    seat. SSS and the AP walked down. Keandre consented to a search, and under the front passenger seat was
    a loaded black Taurus 9mm. Rashawn admitted it was his; Keandre said he didn't know. The attendant, Mr.
    Dos Santos, is willing to talk to police. Rashawn's mother told the AP she moved the family to her
    sister's place in Mattapan in January.""",
    S("Rashawn Tillery", "417326", "2008-02-23", 11),
    weapon="handgun", key="Taurus",
    mnc=["Mattapan"],
    mct=["car wash on Washington St", "black Toyota 4Runner", "Taurus 9mm"],
    cats=["neighborhood"], tags=["precision_trap"])

# 83
add("allow", "weapon", "Snowden International School", "bpd/district-d4", "2026-01-16 14:20",
    "Snowden International School, main office",
    """Tow notice backstory: senior Mohammed's white Honda Civic Type R was towed from Newbury St yesterday
    for unpaid tickets (7 tickets, $480). Today at 2:20 he came to the main office asking for a letter to
    the tow lot saying he was in school. While he was digging through his bag for the tow notice, a set of
    black brass knuckles fell out onto the counter. He said "those are my brother's, I use them as a
    keychain." He did not threaten anyone. We kept them. Mohammed's mom was called with a Bengali
    interpreter. She said the family is Bangladeshi and asked that we not tell his father.""",
    S("Mohammed Rahman", "382259", "2007-08-11", 12),
    weapon="brass knuckles", key="brass knuckles",
    mnc=["Bengali", "Bangladeshi"],
    mct=["Civic Type R", "7 tickets", "tow notice"],
    cats=["language", "ethnicity"], tags=["precision_trap"])

# 84
add("deny", "property_damage", "Boston Green Academy", "bpd/district-d14", "2026-03-19 15:00",
    "Boston Green Academy, student lot",
    """Senior Caroline backed her mother's Volvo XC90 into a teacher's parked car in the lot on 3/19 at about
    3:00 and drove off without leaving a note. The dashcam on the teacher's car shows it clearly. Damage to
    the teacher's bumper is estimated at $1,100. No one was injured. Caroline's mother, who is French and
    lives on Chestnut Hill Ave, has offered to pay, but the teacher wants a police report for the
    insurance.""",
    S("Caroline Dubois", "383640", "2007-09-07", 12),
    reason="ground_not_permitted",
    mnc=["French", "Chestnut Hill Ave"], cats=["national_origin", "neighborhood"])

# 85
add("allow", "drugs", "Brighton High School", "bpd/district-d14", "2026-04-24 10:15",
    "Brighton High School, Warren St lot",
    """Mid-morning, senior Felipe's Honda Passport (black, tinted windows) was parked across two spaces in the
    Warren St lot with a 9th grader sitting in the passenger seat during class time. SSS approached and saw
    the 9th grader snorting something off a key. Felipe came out and agreed to open the center console: a
    small digital scale and an Altoids tin with 6 folded paper packets of white powder, which Felipe said
    was cocaine ("just a little blow"). The 9th grader was brought to the nurse. Felipe is 18. In the
    office he told SSS he doesn't have a green card, "just the car," and asked if he will be deported.""",
    S("Felipe Arriaga", "350362", "2007-02-28", 12),
    substances=["cocaine"], key="cocaine",
    mnc=["green card", "deported"],
    mct=["Honda Passport", "Altoids tin", "across two spaces"],
    cats=["immigration_status"], tags=["precision_trap"])

# 86
add("allow", "weapon", "Dearborn STEM Academy", "bpd/district-b2", "2026-05-27 09:35",
    "Dearborn STEM Academy, front door and street parking",
    """Kwame (gr 12) was stopped at the front door metal detector at 9:35 (late arrival) with an empty
    holster on his belt. He said he "left it in the truck." His car is his uncle's dark blue Chevy
    Suburban, parked on the street in front of the school. The AP, SSS and Kwame went to the Suburban;
    Kwame unlocked it and there was a loaded Hi-Point pistol in the driver door pocket. Kwame said he
    carries it because his cousin was shot last month. Kwame's uncle came in. He is from Ghana, and he spoke
    to Kwame in Twi for a while before talking to us. The uncle's address on the registration is in Grove
    Hall.""",
    S("Kwame Asante", "360741", "2007-05-05", 12),
    weapon="handgun", key="Hi-Point",
    mnc=["Ghana", "in Twi", "Grove Hall"],
    mct=["Chevy Suburban", "empty holster", "Hi-Point pistol"],
    cats=["national_origin", "language", "neighborhood"], tags=["precision_trap"])

# 87
add("deny", "suspicious_activity", "East Boston High School", "bpd/district-a7", "2025-11-04 14:30",
    "street across from East Boston High School",
    """For three days a gray Honda Accord with two men in it has been parked across from our school during
    dismissal. Students say the men watch the girls as they come out. We think the car is connected to a
    student, Isabella, who got into it on Monday. Staff describe the two men as Hispanic, in their 20s. The
    car has a Massachusetts plate; staff only got part of it. Isabella lives on Princeton St and says one
    of them is her cousin and there is nothing wrong.""",
    S("Isabella Quintanilla", "438876", "2008-07-07", 11),
    reason="ground_not_permitted",
    mnc=["Hispanic", "Princeton St"], cats=["ethnicity", "neighborhood"])

# 88
add("allow", "serious_violence", "Excel High School", "bpd/district-c6", "2026-02-12 07:50",
    "Excel High School, back lot by the fence",
    """This morning before first bell two seniors, Jasmine and K.W., were arguing in the back lot. K.W. was
    standing between her own parked car and the fence. Jasmine got into her white GMC Acadia (pink
    steering wheel cover, easy to see through the windshield), backed up, then drove forward into K.W.'s
    car, which was pushed into K.W. and pinned her leg against the fence. K.W. had an open fracture of the
    lower leg; Boston Fire had to move the car. K.W. is at Tufts Medical Center. Three students recorded it
    on their phones. Jasmine stayed in the car until SSS took her keys. Jasmine's father told our family
    liaison that the family is Cape Verdean and that he wants to speak with police in Portuguese.""",
    S("Jasmine Lopes", "351903", "2007-06-29", 12),
    key="open fracture",
    mnc=["Cape Verdean", "Portuguese"],
    mct=["GMC Acadia", "open fracture", "pink steering wheel cover"],
    cats=["ethnicity", "language"], tags=["precision_trap"])

# 89
add("deny", "drugs", "Charlestown High School", "bpd/district-a15", "2025-12-19 10:30",
    "Charlestown High School, student lot",
    """Junior Emma's friend told the nurse that Emma "sells dabs out of her car." At 10:30 Emma (17) opened
    her black Jeep Renegade in the lot for the AP: six 1-gram jars of THC wax, a small block of hash, and a
    box of pre-rolled blunts. No pills and no powders. Emma said she buys it from a dispensary using an
    older friend's ID. Emma's mother told us their family is Jewish and celebrating Hanukkah this week,
    and asked if this could wait until after.""",
    S("Emma Kaplan", "431175", "2008-05-14", 11),
    substances=["THC wax", "hash", "blunts"], reason="excluded_substance",
    mnc=["Jewish", "Hanukkah"], cats=["religion"])

# 90
add("allow", "weapon", "TechBoston Academy", "bpd/district-c11", "2025-10-30 15:40",
    "TechBoston Academy, afternoon pickup line",
    """Ms. Grady's dashcam caught this at 3:40 in the pickup line: senior Zion got out of his silver Nissan
    Murano, walked to the car behind him (a parent's minivan) after the parent honked, and waved an open
    box cutter at the driver's window while yelling. He got back in and drove toward the exit gate. The
    parent was not hurt but was very shaken and reported it at the front desk. SSS stopped Zion's Murano at
    the exit gate and recovered a yellow box cutter from the driver door. Zion's grandmother says he is "a
    good Christian boy" and that they go to Morning Star Baptist every Sunday. His school file lists an
    address on Lithgow St.""",
    S("Zion Batts", "365520", "2007-10-08", 12),
    weapon="box cutter", key="box cutter",
    mnc=["Christian", "Baptist", "Lithgow St"],
    mct=["dashcam", "silver Nissan Murano", "exit gate"],
    cats=["religion", "neighborhood"])

# 91
add("allow", "credible_threat", "Brighton High School", "bpd/district-d14", "2026-03-09 07:45",
    "Brighton High School, Warren St lot gate",
    """Dmitri (gr 12) lost his parking permit last month for reckless driving. This morning he tried to drive
    his gray Audi Q5 into the Warren St lot and Mr. Fitzgerald, the parking monitor, stopped him at the
    gate. Dmitri yelled the statement quoted above and then parked on the street. At 8:30 a student brought
    the text screenshot to the guidance office. Dmitri's father confirmed on the phone that he owns two
    registered handguns kept in a safe at home; he has since changed the code. The family is Ukrainian,
    here on humanitarian parole since 2022, and Dmitri's counselor says he has been under a lot of
    stress.""",
    S("Dmitri Bondarenko", "377902", "2007-07-10", 12),
    threat="""Dmitri told the parking monitor on 3/9 at 7:45 AM, after being refused entry to the lot without a
    permit: "My dad has guns. I'll bring one and you're the first one I shoot, then whoever gave away my
    spot." He then texted a friend (screenshot provided): "monitor is dead tomorrow fr, dad's safe code is
    0317." """,
    key="handguns",
    mnc=["Ukrainian", "humanitarian parole"],
    mct=["gray Audi Q5", "parking monitor", "two registered handguns"],
    cats=["national_origin", "immigration_status"])

# 92
add("allow", "weapon", "Boston Community Leadership Academy", "bpd/district-e18", "2026-04-13 08:20",
    "Boston Community Leadership Academy, student lot",
    """A BPD E-18 officer stopped by at 8:00 to ask if we knew a maroon Nissan Pathfinder with a smashed left
    taillight that was in a BOLO for a road-rage incident on Truman Parkway on Saturday, where a knife was
    shown to another driver. We recognized it: senior Luca drives it, and he gives three juniors a ride
    every morning. At 8:20 we asked Luca to open it, and in the driver door pocket was a butterfly knife
    (balisong) with a 4-inch blade. Luca said he was "just scaring the guy." Luca's mom asked that police
    not come to their apartment on Hyde Park Ave because the landlord will evict them.""",
    S("Luca Ferreira", "359468", "2007-03-19", 12),
    weapon="butterfly knife", key="butterfly knife",
    mnc=["Hyde Park Ave"],
    mct=["maroon Nissan Pathfinder", "left taillight", "butterfly knife"],
    cats=["neighborhood"], tags=["bolo"])

# 93
add("allow", "drugs", "Another Course to College", "bpd/district-e18", "2026-05-20 14:00",
    "Another Course to College, student lot",
    """Facilities had senior Tariq's black Nissan Altima towed from the handicap spaces at 1:15. At 2:00 the
    tow driver came back and told the front office that when he hooked the car he saw, in plain view on
    the back seat, a gallon bag with a couple ounces of weed and a sandwich bag of what looked like
    fentanyl powder next to a small scale. The tow driver left the car in our lot and we called Tariq and his
    mom. Tariq came out, saw the bags, and said the weed is his but the powder "is my boy's, I swear." The
    powder is about the size of a golf ball. Tariq's mom told us in Arabic, through Mr. Saleh, that they
    are Muslim and "don't do this." Tariq is 18.""",
    S("Tariq Saleem", "342633", "2007-02-01", 12),
    substances=["fentanyl", "marijuana"], key="fentanyl",
    mnc=["Arabic", "Muslim"],
    mct=["handicap spaces", "tow driver", "golf ball"],
    cats=["language", "religion"])

# 94
add("deny", "credible_threat", "Dearborn STEM Academy", "bpd/district-b2", "2026-06-04 12:00",
    "Dearborn STEM Academy, online post",
    """Student Marco posted on Instagram a picture of his car's dashcam screen showing a teacher's license
    plate in our lot, with the caption "see u soon." Several teachers feel unsafe and one has asked to
    park off site. Marco has not said anything else to anyone. Marco's family is Brazilian and his mother is
    undocumented, according to his counselor. His Nissan Sentra is kept on Dudley St overnight.""",
    S("Marco Azevedo", "366870", "2007-10-23", 12),
    reason="missing_threat_statement",
    mnc=["Brazilian", "undocumented", "Dudley St"],
    cats=["ethnicity", "immigration_status", "neighborhood"])

# 95
add("allow", "weapon", "Jeremiah E. Burke High School", "bpd/district-b3", "2026-01-06 15:10",
    "Jeremiah E. Burke High School, student lot",
    """At dismissal SSS saw senior Dante standing next to his gray Jeep Liberty in the student lot, swinging a
    short wooden club, the kind truckers call a tire thumper, about 18 inches with a lead-weighted end, at
    the side mirror of a parked car that belongs to a junior. He had hit the mirror twice before SSS got to
    him. When SSS told him to drop it he said "I'll use it on you next," then dropped it. No one was hurt.
    Dante said the junior "keeps parking too close." Dante's mother told the AP in Haitian Creole, through
    Ms. Jean-Louis, that Dante was never in a gang, and that the family lives at Franklin Field.""",
    S("Dante Morisseau", "354920", "2007-04-20", 12),
    weapon="club (tire thumper)", key="tire thumper",
    mnc=["Haitian", "in a gang", "Franklin Field"],
    mct=["tire thumper", "gray Jeep Liberty", "side mirror"],
    cats=["language", "gang_affiliation", "neighborhood"])

# 96
add("allow", "drugs", "Boston Arts Academy", "bpd/district-d4", "2026-05-29 13:00",
    "Boston Arts Academy, Ipswich St lot",
    """Senior Nora gave two friends a ride at lunch and they came back giggling, and one of them, a junior,
    had a panic attack in the dance studio. The junior told the nurse she ate "a square of a mushroom
    chocolate bar" that Nora had in her car. Nora opened her white Mini Cooper in the Ipswich St lot for
    the dean: in the glove compartment were three Polkadot brand chocolate bars labeled as psilocybin (one
    partly eaten) and a sealed box of gummies labeled "magic mushroom." No cannabis. Nora said she bought
    them at a smoke shop. Her parents are traveling. Nora speaks mostly Korean at home, and her aunt asked
    us to use an interpreter when we reach her parents.""",
    S("Nora Park", "388129", "2007-12-21", 12),
    substances=["psilocybin chocolate bars", "psilocybin gummies"], key="psilocybin",
    mnc=["Korean", "interpreter"],
    mct=["white Mini Cooper", "Polkadot", "dance studio"],
    cats=["language"], tags=["precision_trap"])

# 97
add("allow", "weapon", "East Boston High School", "bpd/district-a7", "2025-09-12 08:30",
    "East Boston High School overflow lot, Border St side",
    """Frontier search, 9/12. A parent tipped us that there was a gun in "the red pickup" that senior Jesús
    drives his younger cousins to school in. At 8:30 Jesús agreed to open his red Nissan Frontier in the
    overflow lot on the Border St side. In a locked toolbox in the truck bed was a black Ruger pistol with
    an empty magazine and a separate box of .22 ammunition. Jesús said it was his father's, for target
    practice in New Hampshire, and that he forgot it was in the toolbox. His father came in. He said the
    family is Mexican, that the gun is licensed in his name, and that they live on Chelsea St.""",
    S("Jesús Herrera", "347016", "2007-05-30", 12),
    weapon="pistol", key="Ruger",
    mnc=["Mexican", "Chelsea St"],
    mct=["red Nissan Frontier", "Border St", "Jesús said"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap"])

# 98
add("deny", "weapon", "Boston Community Leadership Academy", "bpd/district-e18", "2026-02-27 08:00",
    "Boston Community Leadership Academy, student lot",
    """Staff saw what looked like a handgun on the dashboard of senior Malachi's black Chrysler 300 in our lot
    at 8:00. It turned out to be a metal replica (non-firing) of a Colt 1911 with the orange tip removed.
    Malachi says it is a prop for a music video a friend is shooting. Nobody was threatened and he never
    took it out of the car. His mother told us the family belongs to the Nation of Islam and that they live
    on Wood Ave.""",
    S("Malachi Greene", "352746", "2007-03-11", 12),
    weapon="replica handgun", reason="other",
    mnc=["Islam", "Wood Ave"], cats=["religion", "neighborhood"])

# 99
add("deny", "drugs", "Brighton High School", "brookline-pd", "2026-02-14 09:30",
    "Brighton High School, Warren St lot",
    """Brookline PD asked us for a copy. Senior Sebastián was stopped in Brookline on 2/13 driving his gray
    BMW X3, and they say he told them he bought cocaine from a kid in our school lot. We searched the X3 in
    our lot on 2/14 at 9:30 with his father present and found a bag of cocaine in the spare tire well. His
    father told us the family are Venezuelan asylum seekers and asked us to be careful with this.""",
    S("Sebastián Urdaneta", "345583", "2007-01-27", 12),
    substances=["cocaine"], reason="recipient_not_permitted",
    mnc=["Venezuelan", "asylum"], cats=["national_origin", "immigration_status"])

# 100
add("allow", "weapon", "Snowden International School", "bpd/district-d4", "2026-04-16 09:10",
    "car wash on Newbury St near Snowden International School",
    """At 9:10 senior Adrianna came in late to English class and told Ms. Ruiz she had "put the knife back in
    the car" because the metal detector line was long. Ms. Ruiz sent her to the dean. Adrianna drives a
    white Jeep Cherokee that she parks at the car wash on Newbury St near the school (the owner lets seniors
    park there for $5). The dean and SSS walked over with her at 9:25 and she handed over a black folding
    knife with a 4-inch blade from under the driver seat. She says a man followed her in a tan Hyundai Santa
    Fe last week and she got scared. The dean has the Santa Fe's partial plate (7ML) in case it helps.
    Nobody at school was threatened, and Adrianna's mom supports police being told.""",
    S("Adrianna Kowalczyk", "390307", "2007-06-17", 12),
    weapon="folding knife", key="folding knife",
    mnc=[],
    mct=["English class", "white Jeep Cherokee", "car wash on Newbury St"],
    cats=[], tags=["precision_trap", "clean"])


if __name__ == "__main__":
    sys.exit(main())
