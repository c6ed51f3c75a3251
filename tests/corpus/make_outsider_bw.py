#!/usr/bin/env python3
"""Outsider corpus, family: school assignment, enrollment and transportation eligibility.

Writes ../data/corpus/outsider_bw.jsonl (relative to this file): 100 hand-written cases,
OBW-0001 .. OBW-0100.  Standard library only.

Authoring convention: inside a description or threat statement, each span that reveals a
forbidden fact (RULES.md section 4) is wrapped in [[ ... ]].  The markers are stripped before
writing; they exist only so that this script can check its own labels:
  * every must_not_contain string occurs in the request, and inside free text only within a
    marked span (so a correct redactor is never punished for keeping a legitimate word);
  * every marked span contains at least one must_not_contain string (no unlabeled leak);
  * every must_contain_text string occurs in the description outside all marked spans;
  * no must_not_contain string occurs in a field that police legitimately receive.
"""
import datetime as _dt
import json
import pathlib
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_bw.jsonl"
FAMILY = "enrollment_transport"

SCHOOL_IDS = {
    "Brighton High School": "BPS-4112",
    "Madison Park Technical Vocational High School": "BPS-4330",
    "Jeremiah E. Burke High School": "BPS-4261",
    "Boston International Newcomers Academy": "BPS-4417",
    "TechBoston Academy": "BPS-4542",
    "Excel High School": "BPS-4178",
    "East Boston High School": "BPS-4088",
    "Charlestown High School": "BPS-4030",
    "Snowden International School": "BPS-4391",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4207",
    "English High School": "BPS-4151",
    "Mission Hill K-8 School": "BPS-4623",
    "Fenway High School": "BPS-4290",
    "Boston Latin Academy": "BPS-4012",
    "Dorchester Academy": "BPS-4269",
    "Boston Arts Academy": "BPS-4340",
    "Community Academy of Science and Health": "BPS-4356",
    "New Mission High School": "BPS-4388",
    "Boston Community Leadership Academy": "BPS-4176",
    "Margarita Muñiz Academy": "BPS-4480",
    "John W. McCormack Middle School": "BPS-4606",
    "Orchard Gardens K-8 School": "BPS-4650",
    "Lilla G. Frederick Middle School": "BPS-4610",
    "Umana Academy": "BPS-4520",
    "Boston Green Academy": "BPS-4395",
    "Dearborn STEM Academy": "BPS-4590",
    "Maurice J. Tobin K-8 School": "BPS-4640",
    "Boston Day and Evening Academy": "BPS-4500",
    "Henderson K-12 Inclusion School": "BPS-4671",
    "Another Course to College": "BPS-4405",
}

CASES = []


def _clean(text):
    """Collapse the source layout; return (plain text, list of (start, end) marked spans)."""
    text = " ".join(text.split())
    spans, out, i = [], [], 0
    pos = 0
    while i < len(text):
        if text.startswith("[[", i):
            j = text.index("]]", i)
            inner = text[i + 2:j]
            spans.append((pos, pos + len(inner)))
            out.append(inner)
            pos += len(inner)
            i = j + 2
        else:
            out.append(text[i])
            pos += 1
            i += 1
    return "".join(out), spans


def _ts(stamp):
    d = _dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    assert d.weekday() < 5, ("weekend date", stamp)
    dst = (_dt.datetime(2025, 3, 9, 2) <= d < _dt.datetime(2025, 11, 2, 2)) or \
          (_dt.datetime(2026, 3, 8, 2) <= d < _dt.datetime(2026, 11, 1, 2))
    return d.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


def stu(sid, name, dob, grade, school, **extra):
    s = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    s.update(extra)
    return s


def add(decision, ground, when, location, desc, student, mnc, cats, tags, *, mc=(), mct=(),
        reason=None, recipient="bpd", weapon=None, substances=None, threat=None,
        attachments=None):
    n = len(CASES) + 1
    cid = "OBW-%04d" % n
    text, spans = _clean(desc)
    req = {"request_id": cid, "school_id": SCHOOL_IDS[student["school"]], "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    tspans = []
    if threat is not None:
        ttext, tspans = _clean(threat)
        req["threat_statement"] = ttext
    req["incident"] = {"occurred_at": _ts(when), "location": location, "description": text}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = reason
    expect.update({
        "must_not_contain": list(mnc),
        "must_contain": list(mc) if decision == "allow" else [],
        "must_contain_text": list(mct) if decision == "allow" else [],
        "categories": list(cats),
        "tags": [FAMILY] + list(tags),
    })
    CASES.append({"id": cid, "request": req, "expect": expect,
                  "_spans": {"description": spans, "threat_statement": tspans}})



def _fold(x):
    return unicodedata.normalize("NFKC", x).lower()


def _inside(i, j, spans):
    return any(a <= i and j <= b for a, b in spans)


def _overlaps(i, j, spans):
    return any(i < b and a < j for a, b in spans)


def _occurrences(hay, needle):
    out, k = [], hay.find(needle)
    while k >= 0:
        out.append(k)
        k = hay.find(needle, k + 1)
    return out


KEPT = ("student_id", "name", "date_of_birth", "grade", "school")


def self_check():
    problems = []
    sentences = {}
    for c in CASES:
        cid, req, e = c["id"], c["request"], c["expect"]
        free = {"description": req["incident"]["description"],
                "threat_statement": req.get("threat_statement") or ""}
        stu_ = req["student"]
        released = [req["school_id"], req["recipient"], str(req.get("ground", "")),
                    req["incident"]["location"], str(req.get("weapon", "")),
                    " ".join(req.get("substances", []))]
        released += [str(stu_.get(k, "")) for k in KEPT]
        released += [a.get("name", "") + " " + a.get("kind", "") for a in req.get("attachments", [])]
        extra = " ".join(json.dumps(v, ensure_ascii=False) for k, v in stu_.items() if k not in KEPT)
        extra += " " + " ".join(k for k in stu_)
        whole = _fold(json.dumps(req, ensure_ascii=False))
        for s in e["must_not_contain"]:
            f = _fold(s)
            if f not in whole:
                problems.append(f"{cid}: mnc {s!r} not in request")
            for r in released:
                if f in _fold(r):
                    problems.append(f"{cid}: mnc {s!r} occurs in released field {r!r}")
            if f in _fold(" ".join(stu_.keys())):
                problems.append(f"{cid}: mnc {s!r} occurs in a student field name")
            for fld, txt in free.items():
                for i in _occurrences(_fold(txt), f):
                    if not _inside(i, i + len(f), c["_spans"][fld]):
                        problems.append(f"{cid}: mnc {s!r} occurs outside a marked span in {fld}")
            for t in e["must_contain"] + e["must_contain_text"]:
                if f in _fold(t):
                    problems.append(f"{cid}: mnc {s!r} is inside kept fact {t!r}")
        for fld, txt in free.items():
            ft = _fold(txt)
            for a, b in c["_spans"][fld]:
                seg = ft[a:b]
                if not any(_fold(s) in seg for s in e["must_not_contain"]):
                    problems.append(f"{cid}: marked span {txt[a:b]!r} has no mnc label")
        if c["_spans"]["description"] or c["_spans"]["threat_statement"]:
            if not e["categories"]:
                problems.append(f"{cid}: marked spans but no categories")
        desc = req["incident"]["description"]
        fd = _fold(desc)
        for t in e["must_contain_text"]:
            ft = _fold(t)
            occ = _occurrences(fd, ft)
            if not occ:
                problems.append(f"{cid}: mct {t!r} not in description")
            elif all(_overlaps(i, i + len(ft), c["_spans"]["description"]) for i in occ):
                problems.append(f"{cid}: mct {t!r} only inside a marked span")
        if e["decision"] == "allow":
            if len(e["must_contain"]) != 3 or e["must_contain"][0] != stu_["name"] \
                    or e["must_contain"][1] != stu_["school"]:
                problems.append(f"{cid}: must_contain must be name, school, key fact")
            if not 1 <= len(e["must_contain_text"]) <= 3:
                problems.append(f"{cid}: need 1-3 mct")
            if req.get("ground") == "credible_threat" and not (req.get("threat_statement") or "").strip():
                problems.append(f"{cid}: allowed threat without statement")
            if not req["recipient"].startswith("bpd"):
                problems.append(f"{cid}: allowed case with a non-BPD recipient")
        else:
            if not e.get("reason"):
                problems.append(f"{cid}: deny without reason")
        if not 300 <= len(desc) <= 1500:
            problems.append(f"{cid}: description length {len(desc)}")
        for sent in re.split(r"(?<=[.!?])\s+", desc):
            if len(sent) > 40:
                if sent in sentences:
                    problems.append(f"{cid}: sentence repeated from {sentences[sent]}: {sent[:60]!r}")
                sentences[sent] = cid
    return problems


def main():
    probs = self_check()
    for p in probs:
        print("SELF-CHECK:", p)
    if probs:
        raise SystemExit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps({"id": c["id"], "request": c["request"], "expect": c["expect"]},
                                ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


# --------------------------------------------------------------------------- cases 1-20

add("allow", "weapon", "2025-10-14 09:40",
    "Welcome Center, Bolling Building, 2300 Washington Street, 1st floor waiting area",
    """Writing this up as the registration specialist on duty. At about 9:40 Mr. Duarte brought
    his son Andres in to finish a transfer into BPS. While dad was at my desk going over the
    proof-of-residency documents ([[a lease for an apartment on Chestnut Hill Ave]] and a National
    Grid bill), Andres got into it with another teenager in the waiting area over a seat by the
    window. He pulled a folding knife with a black handle out of his jacket pocket, opened it and
    held it down at his side while telling the other boy to "move." Security officer Reyes stepped
    between them and Andres handed the knife over without a struggle. The blade measures about
    3.5 inches and locks open. Nobody was cut and the other family left before we got their name.
    [[Dad completed the paperwork in Portuguese with our staff interpreter]] and told me
    [[they came from Minas Gerais in August]]. Andres is assigned to Brighton High School starting
    Monday. The knife is in the Welcome Center safe until BPD picks it up.""",
    stu("417203", "Andres Duarte Lima", "2010-02-11", 9, "Brighton High School",
        intake_language="Portuguese", prior_school_country="Brazil",
        registration_step="residency documents under review"),
    ["Chestnut Hill Ave", "Portuguese", "interpreter", "Minas Gerais", "Brazil"],
    ["neighborhood", "language", "national_origin"],
    ["allow_weapon", "structured_fields", "precision_trap"], weapon="knife",
    mc=["Andres Duarte Lima", "Brighton High School", "folding knife"],
    mct=["folding knife with a black handle", "3.5 inches", "waiting area"])

add("allow", "weapon", "2025-11-05 15:55",
    "Freeport Street bus yard, bus 0731 (Route 412)",
    """Statement of bus monitor L. Okafor, taken by the Transportation investigator at the
    Freeport Street yard. Route 412 (Madison Park afternoon run) came back into the yard at 3:55 PM.
    On the end-of-route sweep Ms. Okafor found a yellow box cutter, blade pushed all the way out,
    wedged between seat 9 and the wall. Darnell was the only student in row 9 on that run; the
    driver remembers him because he kept his hood up and would not sit down at the Ruggles light.
    The AP reached Darnell by phone at 4:30 and he admitted the box cutter was his. He said he
    carries it for the walk home [[because his stop on Brunswick Street is a long way from his
    building on Wendover]]. [[Eligibility shows he was moved to this route after the family's
    address change to Roxbury in October]]. No one reported being threatened with it on the bus.
    The box cutter was bagged and is at the yard office.""",
    stu("388140", "Darnell Whitfield", "2009-07-30", 10,
        "Madison Park Technical Vocational High School",
        home_address="14 Wendover St, Apt 3, Boston MA 02119", bus_route="412"),
    ["Brunswick Street", "Wendover", "Roxbury", "02119"],
    ["neighborhood"], ["allow_weapon", "structured_fields", "precision_trap"],
    weapon="box cutter",
    mc=["Darnell Whitfield", "Madison Park Technical Vocational High School", "box cutter"],
    mct=["yellow box cutter", "seat 9", "Freeport Street yard"])

add("allow", "weapon", "2026-01-13 08:35",
    "Jeremiah E. Burke High School, main office, 2nd floor",
    """Residency review meeting, main office, 8:30 AM. The Office of Welcome Services flagged
    Marquise's enrollment in December because [[mail sent to the Harvard Street address on file
    came back and a neighbor told the investigator the family moved to Randolph over the
    summer]]. Mom did not come to the meeting. While Marquise waited on the bench outside my
    office, Officer Tull noticed a hard outline in the front pocket of his hoodie and asked him
    to empty it. Marquise handed over a set of silver brass knuckles with "MF" scratched into the
    grip. He said he keeps them for the ride in [[from Randolph]] because a kid at the train has
    been "trying him." Nobody was threatened here and he was cooperative. The brass knuckles are
    in the main office safe. The residency decision is separate and still pending.
    -- K. Moynihan, Assistant Headmaster""",
    stu("352977", "Marquise Fenner", "2008-09-02", 11, "Jeremiah E. Burke High School",
        address_on_file="61 Harvard St Apt 2, Dorchester MA 02124",
        residency_review="open - suspected non-resident"),
    ["Harvard St", "Randolph", "02124"], ["neighborhood"],
    ["allow_weapon", "structured_fields"], weapon="brass knuckles",
    mc=["Marquise Fenner", "Jeremiah E. Burke High School", "brass knuckles"],
    mct=["brass knuckles", "scratched into the grip", "bench outside"])

add("deny", "residency_verification", "2026-02-03 11:00",
    "Office of Welcome Services, residency unit",
    """Referral from the residency unit. Fabiola's mother signed a residency affidavit in August
    listing [[an apartment on Geneva Ave]], but our field check found nobody by that name at the
    building and the landlord says the unit has been vacant since spring. [[The car registered to
    the mother is parked every night on Belmont Street in Brockton]] and Fabiola is dropped at
    the school by that car most mornings. We are asking BPD to help confirm where the family
    actually lives so we can complete the disenrollment hearing. [[The original intake was done in
    Haitian Creole]] and mom has not answered the last three letters. There is no safety incident
    here; Fabiola's attendance and behavior are fine.""",
    stu("440918", "Fabiola Desrosiers", "2013-04-19", 7, "Lilla G. Frederick Middle School",
        reported_address="Geneva Ave, Dorchester"),
    ["Geneva Ave", "Belmont Street", "Brockton", "Haitian", "Creole"],
    ["neighborhood", "language"], ["deny_ground", "structured_fields"],
    reason="ground_not_permitted")

add("allow", "weapon", "2025-12-09 14:25",
    "Boston International Newcomers Academy, bus loading zone in front of the building",
    """At dismissal (2:25 PM) in the bus loading zone in front of the building, Wilnes and another
    10th grader (K.L.) were arguing about a phone K.L. says Wilnes took. Wilnes pulled a black stun
    gun out of his coat and pressed it against K.L.'s side. Two teachers heard it crackle. K.L.
    jumped back and had a small red mark on his ribs; the nurse checked him and he went home on
    his bus. The device is a rectangular stun gun with a broken safety switch, so it fires as soon
    as the button is pressed. Wilnes says he bought it for $20 from a man outside Ashmont station.
    [[He arrived from Cap-Haïtien in January and is still in his first year of ESL]]; [[his uncle,
    who signed the caregiver affidavit, speaks only Kreyòl, so the call home was made through
    the district line]]. Wilnes was calm afterward and gave up the stun gun when asked.""",
    stu("451372", "Wilnes Dorvil", "2009-12-01", 10, "Boston International Newcomers Academy"),
    ["Cap-Haïtien", "ESL", "Kreyòl"], ["national_origin", "language"],
    ["allow_weapon", "precision_trap"], weapon="stun gun",
    mc=["Wilnes Dorvil", "Boston International Newcomers Academy", "stun gun"],
    mct=["bus loading zone", "small red mark", "broken safety switch"])

add("allow", "drugs", "2025-10-21 07:12",
    "Yellow bus Route 233, morning run to Community Academy of Science and Health",
    """Driver on Route 233 radioed dispatch at 7:12 AM. When the monitor told Jalen to sit down,
    he dropped a ziplock bag on the floor by the rear door and tried to kick it under a seat. The
    monitor picked it up: 14 small blue pills stamped "M 30" and two folded pieces of wax paper
    with a tan powder in them. Nobody else touched the bag. At school the nurse looked at him
    (alert, no signs of being high) and SSS Guerrero took custody of the bag. The pills look like
    the counterfeit oxycodone that has been testing positive for fentanyl in the city, and Jalen
    told Guerrero "they're perks, they're pressed." [[His stop was changed last month when the family
    moved into the Mildred Hailey apartments]], so he is new on this route and the driver does not
    know him well. His mother was called at 8:05.""",
    stu("469021", "Jalen Moody", "2011-01-24", 9, "Community Academy of Science and Health"),
    ["Mildred Hailey"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["fentanyl", "counterfeit oxycodone"],
    mc=["Jalen Moody", "Community Academy of Science and Health", "fentanyl"],
    mct=["ziplock bag", "14 small blue pills", "M 30"])

add("allow", "serious_violence", "2025-09-23 10:50",
    "Welcome Center, Bolling Building, 2300 Washington Street, 1st floor line",
    """Incident in the registration line. Yandel (here to finish his high school placement) and
    an older teen who was here with his own family started shoving near the ticket kiosk. The
    other teen said something about Yandel's sister. Yandel took a padlock out of his backpack,
    wrapped the shackle around his fingers and hit the other teen twice in the face with it. The
    teen fell against the kiosk and was bleeding heavily from his left eye. EMS took him to Boston
    Medical Center; his father called us at 3 PM to say he has an orbital fracture and needs
    surgery. Yandel stayed in the lobby with security until officers arrived. [[The family's
    paperwork shows they arrived from Santo Domingo on a tourist visa that has since expired]];
    [[mom asked several times whether this would be reported "to immigration."]] Placement at Excel
    High School was already issued.""",
    stu("472905", "Yandel Peralta", "2010-06-15", 9, "Excel High School",
        prior_schooling="Liceo, Santo Domingo (grades 7-8)"),
    ["Santo Domingo", "visa", "to immigration"], ["national_origin", "immigration_status"],
    ["allow_violence", "structured_fields"], weapon="padlock",
    mc=["Yandel Peralta", "Excel High School", "orbital fracture"],
    mct=["padlock", "orbital fracture", "Boston Medical Center"])

add("deny", "drugs", "2026-03-17 15:20",
    "Yellow bus Route 655, Boston Green Academy afternoon run",
    """Bus monitor on 655 smelled something sweet in the back and saw Aaliyah and another girl
    passing a vape back and forth. She turned over a black vape pen with a THC cartridge
    (the label says "Cake 1g") and a disposable Elf Bar. No pills, no powder, nothing else in
    her bag when the AP looked at the yard. Aaliyah said the cart was her cousin's. [[She has been
    staying with her aunt in Mattapan since the guardianship affidavit was signed]], and the aunt
    asked us to handle it at school, but the AP wanted BPD to have a record.""",
    stu("436611", "Aaliyah Brooks", "2008-11-08", 11, "Boston Green Academy"),
    ["Mattapan"], ["neighborhood"], ["deny_substance"], reason="excluded_substance",
    substances=["THC cartridge", "nicotine vape"])

add("allow", "credible_threat", "2026-01-21 14:10",
    "Welcome Center, Bolling Building, 2300 Washington Street, registration counter",
    """Omari came in with his grandfather for a mid-year school change. When I explained that his
    choices were limited to the schools with open seats [[on his home-based list, which only had
    three options because he lives down on River Street by the Milton line]], he got loud, hit the
    glass with his palm and told me he knew I drive the silver Nissan and that he would be "waiting
    in the lot with my cousin's gun." Security walked him out. At 4:35, when I left the Welcome
    Center at 2300 Washington Street, he was standing across the street by the bus stop, looked at
    me and pointed at the garage. That evening another student showed our family liaison an
    Instagram story Omari posted: a photo of the staff parking lot with a clock emoji and the
    caption "tomorrow." I have not come back to the front counter since.""",
    stu("425580", "Omari Haskins", "2009-03-03", 10, "Another Course to College"),
    ["River Street", "Milton"], ["neighborhood"],
    ["allow_threat", "precision_trap"],
    threat="""Omari Haskins told the registration specialist at the Welcome Center counter that he
    knows she drives a silver Nissan and that he will be waiting in the lot with his cousin's gun.
    He waited outside the building at 4:35 PM and pointed at the staff garage, and that night posted
    a photo of the staff parking lot captioned "tomorrow".""",
    mc=["Omari Haskins", "Another Course to College", "gun"],
    mct=["silver Nissan", "photo of the staff parking lot", "2300 Washington Street"])

add("allow", "weapon", "2026-02-10 12:40",
    "Mission Hill K-8 School, 2nd floor hallway outside room 211",
    """8th grade dean's report. Right after lunch, in the hallway outside room 211, Jaylani showed
    two classmates a steak knife with a serrated blade that she had in the front pocket of her
    backpack and said she was going to "cut" a girl from 7th grade if she said anything else about
    her mother. Ms. Lindqvist heard it, brought Jaylani to me and I took the knife from the bag
    myself: wooden handle, 5-inch blade, wrapped in a paper towel. The 7th grader was in the
    gym and never saw it. Jaylani said she took it from the kitchen at home after the same girl
    [[from her building in Mission Main]] threatened her on the walk. [[She is a walker;
    Transportation confirmed her address is inside the walk zone]], so there is no bus to adjust.
    Both families were called. The knife was locked in the safe outside the Mission Hill K-8 main
    office.""",
    stu("481236", "Jaylani Santos-Reed", "2012-05-27", 8, "Mission Hill K-8 School",
        transportation="walker - within walk zone"),
    ["Mission Main", "walk zone"], ["neighborhood"],
    ["allow_weapon", "precision_trap", "structured_fields"], weapon="knife",
    mc=["Jaylani Santos-Reed", "Mission Hill K-8 School", "steak knife"],
    mct=["room 211", "serrated blade", "Mission Hill K-8 main office"])

add("allow", "drugs", "2025-11-18 10:05",
    "Snowden International School, main office counter",
    """Kevin came to the main office to pick up his replacement MBTA pass (his eligibility was
    updated when the family moved). He emptied his pockets on the counter looking for his old card
    and an orange pill bottle with no label fell out. Inside: 9 white bars stamped "S 90 3"
    (these are sold as Xanax, 2 mg) and a small baggie of marijuana. Kevin said he bought the bars
    from a kid at the Copley stop and was holding them for "the weekend." He admitted he had
    split one with a friend last week. No one at school appeared impaired today. AP Chang kept the
    bottle and the baggie. [[Dad needed the Cantonese interpreter line for the call home]] and he
    asked that we not involve police, which I told him was not my decision.""",
    stu("402264", "Kevin Luong", "2008-08-14", 11, "Snowden International School",
        home_language="Cantonese", el_status="FLEP (former English learner)"),
    ["Cantonese", "interpreter", "FLEP"], ["language"],
    ["allow_drugs", "precision_trap", "structured_fields"],
    substances=["alprazolam", "marijuana"],
    mc=["Kevin Luong", "Snowden International School", "S 90 3"],
    mct=["9 white bars", "S 90 3", "Copley stop"])

add("deny", "weapon", "2025-10-02 13:15",
    "East Boston High School, 3rd floor locker bank",
    """During a locker clean-out after a fire drill a folding knife (4 in. blade) was found
    in Byron's locker. Byron admitted it was his and said he uses it at his job after school.
    [[Per the family's caseworker the family is undocumented]] and [[came from Huehuetenango last
    year]]; [[the father speaks K'iche' and only a little Spanish-to-English through his son]].
    Sending to the ICE liaison as requested by the caseworker's note, since the family's status
    may be relevant.""",
    stu("461840", "Byron Tzoc", "2010-10-10", 9, "East Boston High School"),
    ["undocumented", "Huehuetenango", "K'iche'", "Spanish-to-English"],
    ["immigration_status", "national_origin", "language"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="ice/ero-boston", weapon="knife")

add("allow", "serious_violence", "2026-03-11 07:05",
    "MBTA bus shelter at Blue Hill Ave and Morton St (students' morning stop)",
    """School police report. At 7:05 AM at the bus shelter at Blue Hill Ave and Morton St, where
    several TechBoston students catch the 28, Dante and an 11th grader (J.W.) argued about a
    jacket. Witnesses (two students, one adult at the shelter) say Dante pulled a kitchen knife
    from his waistband and stabbed J.W. once in the upper back. J.W. walked half a block and
    collapsed; he was taken to BMC with a stab wound that punctured his left lung and was
    admitted. Dante ran toward Morton St and came to school at 8:10, where SSS held him in the
    office until BPD arrived. The knife has not been found. [[Dante's intake file shows he
    transferred in last year from a senior high school in Kumasi]], and [[he lives two doors
    from the shelter on Ellington Street]]; his mother is on her way.""",
    stu("390512", "Dante Osei-Mensah", "2007-12-19", 12, "TechBoston Academy"),
    ["Kumasi", "Ellington"], ["national_origin", "neighborhood"],
    ["allow_violence", "precision_trap"], weapon="knife",
    mc=["Dante Osei-Mensah", "TechBoston Academy", "stab wound"],
    mct=["stab wound", "left lung", "Blue Hill Ave and Morton St"])

add("allow", "weapon", "2025-12-02 10:20",
    "Excel High School, main office, registrar's window",
    """Rashad came to the registrar's window at 10:15 with a change-of-address form signed by
    his grandmother. He set his backpack down on the floor of the main office while the registrar
    checked the form, and when another student bumped it the bag tipped over and the grip of a
    handgun showed in the open pocket. The registrar called me over. SSS Donnelly and I moved
    Rashad into the conference room and took the bag: black Taurus 9mm, magazine inserted, six
    rounds, nothing in the chamber. Rashad said he "found it" and was "getting rid of it."
    [[The address change was from the Old Colony development to his grandmother's place on
    Dorchester Street]]. No one was threatened and the building was not put in lockdown.
    -- Headmaster's office""",
    stu("377754", "Rashad Pina", "2008-06-30", 11, "Excel High School",
        previous_address="Old Colony, Boston 02127", new_address="Dorchester St, South Boston"),
    ["Old Colony", "Dorchester St", "02127", "South Boston"], ["neighborhood"],
    ["allow_weapon", "structured_fields"], weapon="firearm",
    mc=["Rashad Pina", "Excel High School", "9mm"],
    mct=["Taurus 9mm", "magazine inserted", "conference room"])

add("deny", "weapon", "2026-01-28 15:40",
    "Yellow bus Route 515, Dearborn STEM Academy afternoon run",
    """On the afternoon run of Route 515 a student was seen on the bus camera opening a folding
    knife and showing it around the back rows. The driver could not tell who it was. [[Transdev ran
    the camera clip through its face-match tool and it returned Tiana Wilkerson at 97% confidence]];
    the match report is attached. [[Tiana's stop is the last one on the route at Harbor Point]].
    The knife was not recovered.""",
    stu("428803", "Tiana Wilkerson", "2009-09-09", 10, "Dearborn STEM Academy"),
    ["97% confidence", "Harbor Point"], ["face_surveillance", "neighborhood"], ["deny_face"],
    reason="face_surveillance", weapon="knife",
    attachments=[{"kind": "face_match", "name": "route515_camera_match.pdf"}])

add("allow", "credible_threat", "2026-01-13 15:10",
    "English High School, Avenue Louis Pasteur bus loop",
    """At 3:10 PM in the English High School bus loop, Isaiah refused to get on Route 140 and
    argued with the driver, Mr. Burns, about being dropped at his "real corner." When Mr. Burns
    said he could only stop at the assigned stop, Isaiah told him that tomorrow he would bring his
    brother's strap and "you're done." He said it twice and pointed at the driver's seat. Two
    students heard it. One of them told the AP that last week Isaiah showed her a Snapchat of a
    black handgun lying on his lap. [[Isaiah is an English learner (level 2)]] and his mother asked
    that follow-up be by phone. Mr. Burns is refusing to drive the route tomorrow until this is
    addressed. Isaiah's English teacher says he has been angry all week about the bus change.""",
    stu("473318", "Isaiah Montrose", "2010-08-05", 9, "English High School"),
    ["English learner", "Franklin Field"], ["language", "neighborhood"],
    ["allow_threat", "threat_text", "precision_trap"],
    threat="""Isaiah Montrose told bus driver Gerald Burns at the bus loop: "Tomorrow I'm bringing
    my brother's strap and you're done," after being refused a drop-off at his old corner
    [[by the Franklin Field apartments]]. A student reports he showed a Snapchat photo of a handgun
    in his lap last week.""",
    mc=["Isaiah Montrose", "English High School", "strap"],
    mct=["English High School bus loop", "brother's strap", "English teacher"])

add("allow", "drugs", "2026-02-24 11:30",
    "Welcome Center, Bolling Building, 2300 Washington Street, 1st floor restroom corridor",
    """Re-enrollment appointment for Brayden after his out-of-district placement ended. His mother
    was at the counter finishing the residency affidavit [[that lists her boyfriend's apartment in
    the Bunker Hill development]]. Brayden asked to use the restroom. Our security guard was
    standing in the corridor and watched him come out and drop something in the trash can by the
    water fountain. The guard pulled it out: a folded dollar bill with white powder residue and a
    small knotted bag of white powder, about a gram. Brayden said "it's just coke, it's not
    even mine." No one else had been in the restroom. The bag is sealed in an evidence envelope at
    the security desk. Brayden's placement is Charlestown High School.""",
    stu("366402", "Brayden Kowalski", "2009-04-04", 10, "Charlestown High School"),
    ["Bunker Hill"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["cocaine"],
    mc=["Brayden Kowalski", "Charlestown High School", "cocaine"],
    mct=["white powder", "trash can", "folded dollar bill"])

add("deny", "fight", "2025-09-30 12:05",
    "John W. McCormack Middle School, cafeteria",
    """Two 8th grade boys fought in the cafeteria at lunch, punches only. Abdirahman had a
    scratch on his cheek and the other boy a bloody nose; the nurse saw both, ice packs, back
    to class. [[Both families are Somali]] and the other family says the argument started over
    [[something from the mosque]] on the weekend. Sending so BPD is aware in case it continues
    outside school.""",
    stu("487712", "Abdirahman Warsame", "2012-01-17", 8, "John W. McCormack Middle School"),
    ["Somali", "mosque"], ["ethnicity", "religion"], ["deny_ground"],
    reason="ground_not_permitted")

add("allow", "weapon", "2025-11-12 09:15",
    "Boston Day and Evening Academy, front desk",
    """Front desk log. Ms. Coleman (Shanice's grandmother) came in at 9:00 to sign the caregiver
    authorization affidavit so she can enroll Shanice and sign for her bus pass. While she was at
    the counter, Shanice and another student, R.M., started arguing next to the homeroom rosters
    posted by the door. Shanice took a pink pepper spray keychain off her bag and sprayed R.M. in
    the face from about three feet. R.M. and our receptionist were both coughing; the nurse
    flushed R.M.'s eyes with saline for twenty minutes and called her mother. Shanice put the
    canister on the counter herself. [[Grandmother gave her address as the Whittier Street
    apartments]] and said she has had custody since October.""",
    stu("398856", "Shanice Coleman", "2007-10-29", 12, "Boston Day and Evening Academy",
        guardian="grandmother (caregiver affidavit)"),
    ["Whittier Street"], ["neighborhood"], ["allow_weapon", "precision_trap"],
    weapon="pepper spray",
    mc=["Shanice Coleman", "Boston Day and Evening Academy", "pepper spray"],
    mct=["pink pepper spray keychain", "saline", "homeroom rosters"])

add("allow", "serious_violence", "2026-04-07 16:45",
    "Late bus Route 861, New Mission High School",
    """Transportation and school Title IX coordinator, joint report. On the 4:40 late bus (Route
    861) a 9th grade girl told the monitor at her stop that Malik had pinned her against the window
    in the back seat, put his hand under her skirt and inside her underwear, and kept going after
    she told him to stop. The monitor had been at the front with a student who was sick. Camera
    review by the Transportation investigator shows Malik moving into her seat at 4:47 and her
    pushing at his arm for about two minutes. She was taken to the Child Advocacy Center by her
    mother the same night. [[Malik boards at the Lenox Street apartments stop]]. Both students have
    been assigned to separate buses pending the investigation.""",
    stu("410357", "Malik Jernigan", "2008-03-12", 11, "New Mission High School"),
    ["Lenox Street"], ["neighborhood"], ["allow_violence"],
    mc=["Malik Jernigan", "New Mission High School", "back seat"],
    mct=["back seat", "Route 861", "4:47"])

# --------------------------------------------------------------------------- cases 21-40

add("deny", "weapon", "2025-10-28 07:35",
    "Yellow bus Route 327, Orchard Gardens K-8 morning run",
    """Monitor saw Tyrese take a black pistol out of his backpack and point it at the window while
    the bus was stopped at a light. She took it from him. It turned out to be an airsoft pistol
    (Glock-style, orange tip painted black, a bag of plastic BBs in the bag). No one was hit.
    [[He boards at the stop in front of the Orchard Park development]]. Principal wants BPD to
    have it because from outside the bus it looked exactly like a real gun.""",
    stu("495506", "Tyrese Hollins", "2012-09-21", 8, "Orchard Gardens K-8 School"),
    ["Orchard Park"], ["neighborhood"], ["deny_replica", "precision_trap"],
    reason="other", weapon="airsoft pistol")

add("allow", "weapon", "2026-02-26 10:30",
    "Madison Park Technical Vocational High School, automotive shop (room B-14)",
    """Counselor's account, written with the shop instructor. Josue enrolled three weeks ago
    through the Welcome Center [[as a SLIFE student whose last schooling was 4th grade in
    Choluteca, Honduras]]. This morning in automotive shop he argued with another 10th grader over
    a torque wrench. He took a machete-style knife with a 10-inch blade out of his backpack and
    swung it once toward the other student, who stepped back; the blade hit the workbench and left
    a deep cut in the wood. Mr. Alcott ordered him to drop it and he did. No one was injured. Josue
    says he carries it because older boys have been following him from the Orange Line. [[His
    asylum hearing is in March and his mother is terrified that any police contact will hurt
    it]]. The knife is in the shop office lockbox.""",
    stu("479950", "Josue Ramirez Cruz", "2009-05-08", 10,
        "Madison Park Technical Vocational High School", interrupted_schooling_flag="SLIFE",
        country_of_prior_schooling="Honduras"),
    ["SLIFE", "Choluteca", "Hondura", "asylum"],
    ["language", "national_origin", "immigration_status"],
    ["allow_weapon", "structured_fields"], weapon="knife",
    mc=["Josue Ramirez Cruz", "Madison Park Technical Vocational High School", "machete"],
    mct=["workbench", "10-inch blade", "torque wrench"])

add("allow", "drugs", "2025-12-16 15:05",
    "Yellow bus Route 318, Jeremiah E. Burke High School afternoon run",
    """Transportation investigator. The driver on Route 318 reported a hand-to-hand in the back
    of the bus on 12/15. I pulled the video for 12/16 and watched Nasir pass a small container to a
    9th grader at 3:05 in exchange for cash. The school was notified and SSS met the bus at the
    last stop. Nasir had a Tic Tac container with six pills marked "Percocet 10/325" and $85 in
    small bills. He does not have a prescription; he said they were his uncle's. The 9th grader
    had already taken one and was sent to the nurse and then home with his mother; he was drowsy
    but responsive. [[Burke's safety team notes Nasir is known to run with the Geneva Ave
    crew]].""",
    stu("355921", "Nasir Gaines", "2008-02-02", 11, "Jeremiah E. Burke High School"),
    ["Geneva Ave"], ["gang_affiliation"], ["allow_drugs"],
    substances=["oxycodone"],
    mc=["Nasir Gaines", "Jeremiah E. Burke High School", "Percocet"],
    mct=["Tic Tac container", "six pills", "$85"])

add("deny", "weapon", "2025-11-20 13:00",
    "Dorchester Academy, 1st floor stairwell",
    """Jamal was found with a kitchen knife in his waistband after a hallway argument; SSS took
    it without incident. [[The school safety team believes he is with the Stonehurst crew]] and
    [[address verification in November put the family on Bradshaw Street]]. Forwarding to the
    BRIC analyst who asked for anything on this group.""",
    stu("404417", "Jamal Odom", "2009-08-18", 10, "Dorchester Academy"),
    ["Stonehurst", "Bradshaw"], ["gang_affiliation", "neighborhood"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="bric", weapon="knife")

add("allow", "credible_threat", "2026-03-04 21:40",
    "Off campus (Snapchat story), concerning Boston Latin Academy",
    """The residency hearing officer told Colby's parents on Monday that BLA would disenroll him at
    the end of the month because [[the family has been living in Quincy since 2023]] ([[they kept
    a lease in Wollaston]] and used an aunt's Boston address). At 9:40 that night Colby posted a
    Snapchat story, seen by at least 30 students, that said "if they kick me out of BLA im coming
    back with my dads AR and nobody in the main office is walking out." Three students sent us
    screenshots. His father confirmed he has a licensed rifle at home and that Colby knows where the
    key to the safe is. Colby has also been telling friends the hearing officer "ruined his
    life." We kept him home Tuesday and the screenshot is attached.""",
    stu("350163", "Colby Tremblay", "2009-11-30", 10, "Boston Latin Academy"),
    ["Quincy", "Wollaston"], ["neighborhood"], ["allow_threat", "precision_trap"],
    threat="""Colby Tremblay posted: "if they kick me out of BLA im coming back with my dads AR and
    nobody in the main office is walking out." His father confirmed a licensed rifle is kept at
    home and that Colby knows where the safe key is.""",
    attachments=[{"kind": "document", "name": "snapchat_screenshot.png"}],
    mc=["Colby Tremblay", "Boston Latin Academy", "rifle"],
    mct=["Snapchat story", "nobody in the main office is walking out", "licensed rifle"])

add("allow", "weapon", "2025-09-18 07:50",
    "Yellow bus Route 602, Umana Academy morning run",
    """Monitor's statement (Route 602, 7:50 AM): Elvis and a 7th grader were yelling about a
    seat. Elvis took a black steel expandable baton out of his sleeve, snapped it open and hit the
    seat back right beside the younger boy's head, hard enough to tear the vinyl. He swung it a
    second time at the window. I got between them and told the driver to pull over on Bennington
    Street. Elvis closed the baton and gave it to me. The 7th grader was shaking but not touched.
    [[At intake the family said they arrived from Santiago de los Caballeros in 2024 and speak only
    Spanish at home, so the school will call with an interpreter]].""",
    stu("498271", "Elvis Batista", "2012-03-09", 8, "Umana Academy",
        intake_language="Spanish", country_of_prior_schooling="Dominican Republic"),
    ["Caballeros", "Spanish", "Dominican", "interpreter"], ["national_origin", "language"],
    ["allow_weapon", "structured_fields"], weapon="club",
    mc=["Elvis Batista", "Umana Academy", "expandable baton"],
    mct=["expandable baton", "seat back", "tear the vinyl"])

add("allow", "drugs", "2026-02-13 19:30",
    "Boston Community Leadership Academy, gymnasium (winter semi-formal)",
    """Nayeli transferred to BCLA in January. [[Her records from a high school in Bayamón, Puerto
    Rico]] are still incomplete, so she was only cleared to attend the semi-formal on Thursday.
    At about 7:30 PM a chaperone saw her handing something to two girls by the bleachers. When the
    AP asked, she gave up a small plastic bag with 5 pink pills stamped with a Tesla logo and one
    capsule of tan powder. She called it "molly" and said she was selling them for $20 each. One of
    the two girls admitted she had swallowed one; EMS checked her in the gym lobby and her mother
    took her home. Nayeli's father picked her up at 8:45.""",
    stu("384449", "Nayeli Cordero", "2007-07-07", 12, "Boston Community Leadership Academy"),
    ["Bayamón", "Puerto"], ["national_origin"], ["allow_drugs"],
    substances=["MDMA"],
    mc=["Nayeli Cordero", "Boston Community Leadership Academy", "molly"],
    mct=["Tesla logo", "5 pink pills", "bleachers"])

add("deny", "credible_threat", "2026-04-14 09:15",
    "Maurice J. Tobin K-8 School, room 304",
    """Kaden told his table in science that he was going to bring his stepdad's gun and "handle"
    the boy who took his seat on the bus, and that he knows which stop the boy gets off at. The
    teacher heard it directly. His bag was checked, nothing in it. [[The family lives at 33
    Calumet St]], a few blocks from the school. Parent contacted.""",
    stu("511836", "Kaden Murphy", "2013-06-02", 7, "Maurice J. Tobin K-8 School"),
    ["Calumet"], ["neighborhood"], ["deny_threat_missing"],
    reason="missing_threat_statement")

add("allow", "serious_violence", "2025-10-09 15:30",
    "Yellow bus Route 118 stopped at the Henderson Upper School bus lane",
    """DeShawn was upset that his door-to-door bus service ended this week [[after the family
    moved to Cummins Highway]] and he was put on a corner stop instead. At 3:30, while students were
    boarding in the bus lane, he argued with the monitor, Ms. Farrow, and then shoved her with both
    hands while she stood on the top step. She fell backward down the bus steps onto the curb,
    landing on her right arm and hitting her head. She was taken by EMS to Carney Hospital with a
    fractured wrist and a concussion and has not returned to work. Several students filmed it on
    their phones. DeShawn walked away and came back to the building at 3:50. [[His mother asked for
    the Haitian Creole interpreter]] for the meeting on Friday.""",
    stu("421790", "DeShawn Pryor", "2009-01-25", 10, "Henderson K-12 Inclusion School"),
    ["Cummins Highway", "Haitian", "Creole", "interpreter"], ["neighborhood", "language"],
    ["allow_violence"],
    mc=["DeShawn Pryor", "Henderson K-12 Inclusion School", "fractured wrist"],
    mct=["fractured wrist", "bus steps", "concussion"])

add("allow", "weapon", "2026-01-08 09:25",
    "East Boston High School, registrar's office",
    """Registrar's account. We are re-verifying addresses for students whose report cards came back
    from the post office. Genesis came to my office at 9:20 with her mother. [[Her mother admitted
    they moved to Revere in the fall]], and I explained the steps for withdrawal. Genesis got very
    angry, said "I'm not switching schools," took a small pocketknife with a pink handle out of the
    pocket of her black Canada Goose jacket, flicked it open and slashed the stack of forms on my
    counter twice, then stabbed it into the desk blotter. Nobody was cut. Mr. Pacheco from the
    office next door took the knife. Genesis left with her mother; the knife is in the main office
    safe.""",
    stu("431004", "Genesis Alvarado", "2008-04-12", 11, "East Boston High School",
        verified_address="Revere, MA"),
    ["Revere"], ["neighborhood"], ["allow_weapon", "precision_trap", "structured_fields"],
    weapon="knife",
    mc=["Genesis Alvarado", "East Boston High School", "pocketknife"],
    mct=["pink handle", "black Canada Goose jacket", "desk blotter"])

add("deny", "drugs", "2026-05-08 14:10",
    "Charter bus, Charlestown High School junior class field trip",
    """On the way back from the junior class trip a chaperone found Liam and two friends with a
    backpack full of nips (Fireball and Smirnoff) and a can of hard seltzer. Liam had clearly been
    drinking. No other substances. [[His bus stop is at the Bunker Hill development on Medford
    Street]] and his father picked him up there.""",
    stu("366950", "Liam Fitzgerald", "2008-12-22", 11, "Charlestown High School"),
    ["Bunker Hill", "Medford Street"], ["neighborhood"], ["deny_substance"],
    reason="excluded_substance", substances=["alcohol"])

add("allow", "credible_threat", "2026-03-19 12:20",
    "Lilla G. Frederick Middle School, cafeteria",
    """AP's write-up. At lunch Ayden told three boys at his table that he would "stick" M.D. with
    his knife tomorrow when they get off the bus, and that he "already got it in the bag." At 1:10
    M.D. got a text from Ayden's number: "tmrw at the stop ur done, i got the blade." M.D. showed it
    to his teacher. We searched Ayden's bag at 1:30 and found nothing, but his older sister told us
    there is a hunting knife in his room that he has shown friends on FaceTime. The two boys have
    been fighting about a basketball game for a week. [[Ayden's mom, who speaks Cape Verdean
    Kriolu, came in with her neighbor to translate]] and said she would check his room.""",
    stu("523664", "Ayden Pereira", "2012-10-14", 8, "Lilla G. Frederick Middle School"),
    ["Cape Verde", "Kriolu", "to translate", "Bowdoin Street"], ["language", "ethnicity", "neighborhood"],
    ["allow_threat", "threat_text"],
    threat="""Ayden Pereira told classmates and texted M.D.: "tmrw at the stop ur done, i got the
    blade." He named the time (tomorrow, getting off the bus) and the place ([[the stop they share on
    Bowdoin Street]]). His sister reports a hunting knife in his room.""",
    mc=["Ayden Pereira", "Lilla G. Frederick Middle School", "knife"],
    mct=["i got the blade", "hunting knife", "FaceTime"])

add("allow", "drugs", "2026-04-02 13:15",
    "Boston Arts Academy, 3rd floor dance studio",
    """Sofia has a pending MBTA pass request and [[her enrollment is under review because her
    father's address is in Brookline]]; neither is related to this. During the 1:00 rehearsal a
    teacher found a clear makeup bag in Sofia's tote with nail polish, lip gloss and four chocolate
    bars in a wrapper that says "Polkadot," which is sold as a psilocybin mushroom bar. Two squares
    were missing from one bar. Two dancers said Sofia gave them squares before rehearsal; one of
    them threw up in the dance studio and was seen by the nurse and picked up by her father. Sofia said
    she bought the bars online and thought they were "microdose, not a big deal." """,
    stu("392508", "Sofia Marchetti", "2008-01-20", 11, "Boston Arts Academy"),
    ["Brookline"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["psilocybin"],
    mc=["Sofia Marchetti", "Boston Arts Academy", "psilocybin"],
    mct=["nail polish", "Polkadot", "dance studio"])

add("deny", "weapon", "2025-12-04 07:20",
    "Yellow bus Route 744, TechBoston Academy morning run",
    """Transdev driver saw Marcus open a box cutter on the bus and close it again when he noticed
    the mirror. It was taken at school. [[He lives with his family on Ashmont Street]] and boards at
    the corner. Sending to the Transdev security office that handles driver safety so they have it
    on file for this route.""",
    stu("433290", "Marcus Bell", "2010-07-01", 9, "TechBoston Academy"),
    ["Ashmont Street"], ["neighborhood"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="transdev/security", weapon="box cutter")

add("allow", "serious_violence", "2026-03-24 14:50",
    "Jeremiah E. Burke High School, MBTA stop on Washington Street outside the school",
    """School safety specialist report. At 2:50 PM at the MBTA stop outside the school, Tavon
    walked up behind a 10th grader (R.J.) and swung a padlock inside a sock into the side of his
    head three times. R.J. went down and Tavon kicked him once more before two staff members pulled
    him off. R.J. had a deep laceration above his left ear that needed eleven staples at BMC and was
    kept overnight for a concussion. Tavon came back into the building with blood on his sleeve and
    the sock still in his hand; SSS recovered it. [[Staff say Tavon is believed to be with
    Greenwood]] and that this is retaliation for something on Instagram.""",
    stu("358804", "Tavon Hicks", "2008-05-05", 11, "Jeremiah E. Burke High School"),
    ["Greenwood"], ["gang_affiliation"], ["allow_violence", "precision_trap"],
    weapon="padlock in a sock",
    mc=["Tavon Hicks", "Jeremiah E. Burke High School", "staples"],
    mct=["padlock inside a sock", "eleven staples", "blood on his sleeve"])

add("allow", "weapon", "2025-11-03 09:05",
    "Readville bus yard, bus 1129 (Route 209)",
    """Driver's statement through dispatch. At 9:05 AM, pulling into the Readville yard after
    the morning runs, I did my child check and found a boy asleep across the back seat. He missed
    his stop at the Tobin. When I woke him up he grabbed his backpack fast and the zipper was open;
    I saw the grip of a handgun. I kept him on the bus and the yard supervisor called 911. Officers
    took a silver .380 pistol out of the bag; they told us it was not loaded and no ammunition was
    found. The student is Jaylen, 7th grade. [[His stop is at the corner of Wood Ave and Hyde Park
    Ave]], which is the second stop on the route. He was taken to the school by his aunt.""",
    stu("520147", "Jaylen Whitaker", "2013-02-14", 7, "Maurice J. Tobin K-8 School",
        bus_stop="Wood Ave @ Hyde Park Ave"),
    ["Wood Ave", "Hyde Park"], ["neighborhood"],
    ["allow_weapon", "precision_trap", "structured_fields"], weapon="firearm",
    mc=["Jaylen Whitaker", "Maurice J. Tobin K-8 School", ".380"],
    mct=["Readville yard", ".380 pistol", "back seat"])

add("deny", "document_fraud", "2025-09-25 10:00",
    "Dearborn STEM Academy, registrar's office",
    """The registrar thinks the birth certificate Wesline's family gave at enrollment has been
    altered (the date of birth is in different ink). [[It is a certificate from Port-au-Prince]],
    and [[the aunt who enrolled her said the parents have no papers]]. We would like BPD to look at
    the document and advise whether it is forged.""",
    stu("489930", "Wesline Augustin", "2013-08-08", 6, "Dearborn STEM Academy"),
    ["Port-au-Prince", "no papers"], ["national_origin", "immigration_status"], ["deny_ground"],
    reason="ground_not_permitted")

add("allow", "drugs", "2026-01-27 11:45",
    "Brighton High School, assistant headmaster's office",
    """Trevor came to the office to get his new address entered so his bus pass would be
    reissued ([[new address: Glenville Ave, Allston]]). A teacher had just reported seeing him
    put something up his nose in the 2nd floor bathroom, so I asked him to empty his pockets. He had
    a Juul and a folded Mass Lottery ticket with an off-white powder inside. Trevor said it was
    "fent, just a little." The nurse checked him; pupils pinpoint, speech slow, oxygen fine. We
    called EMS as a precaution and his mother met them at BMC. The ticket and the Juul are sealed
    in my office.""",
    stu("343861", "Trevor Sampson", "2007-05-16", 12, "Brighton High School"),
    ["Glenville", "Allston"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["fentanyl", "nicotine"],
    mc=["Trevor Sampson", "Brighton High School", "fent"],
    mct=["Mass Lottery ticket", "off-white powder", "2nd floor bathroom"])

add("allow", "credible_threat", "2026-02-05 16:35",
    "Welcome Center, Bolling Building, 2300 Washington Street, front sidewalk",
    """Welcome Center security report. Earlier in the day Yusuf was told at the counter that his
    school change request was denied. He told the registration specialist, Ms. Greer, "If you
    send me back to that school I'll come back here with a gun and start with you." He also said he
    knew she leaves at 4:30. At 4:35 PM he was on the sidewalk outside the glass doors and pointed
    at her through the window, making a gun with his hand. She stayed inside until security walked
    her to her car. [[His father had asked that the meeting not be on a Friday afternoon because of
    Jumu'ah]]. Ms. Greer has asked not to work the counter until this is resolved.""",
    stu("417765", "Yusuf Abdi", "2009-10-02", 11, "Community Academy of Science and Health",
        religion="Muslim", home_language="Somali"),
    ["Jumu'ah", "Muslim", "Somali"], ["religion", "language"],
    ["allow_threat", "structured_fields"],
    threat="""At the Welcome Center counter Yusuf Abdi told staff member Ms. Greer: "If you send me
    back to that school I'll come back here with a gun and start with you," added that he knew she
    leaves at 4:30, and at 4:35 PM stood outside the doors making a gun sign at her.""",
    mc=["Yusuf Abdi", "Community Academy of Science and Health", "gun"],
    mct=["start with you", "4:35 PM", "gun with his hand"])

add("allow", "weapon", "2025-10-16 11:55",
    "New Mission High School, stairwell by the gym",
    """Dean's notes. Edmilson held a single-edge razor blade to a classmate's neck in the stairwell
    by the gym during lunch. The blade was taped at one end as a handle. The classmate (T.B.) pushed
    him off and had a superficial scratch under his jaw; the nurse cleaned it and put on a bandage.
    Edmilson dropped the blade on the stairs and a teacher picked it up. He says T.B. has been
    taking his lunch. [[Edmilson arrived from Praia last spring]] and [[is in a Kriolu-speaking
    newcomer class]]. His father will come in tomorrow at 8 with the family liaison.""",
    stu("456628", "Edmilson Tavares", "2009-06-06", 10, "New Mission High School"),
    ["Praia", "Kriolu"], ["national_origin", "language"], ["allow_weapon"], weapon="razor blade",
    mc=["Edmilson Tavares", "New Mission High School", "razor blade"],
    mct=["single-edge", "taped at one end", "superficial scratch"])

# --------------------------------------------------------------------------- cases 41-60

add("deny", "attendance", "2026-01-15 13:30",
    "Excel High School, attendance office",
    """Kiara has missed 31 days since Thanksgiving. Calls go to voicemail and the home visit found
    the apartment empty. [[A classmate says the family moved to Union Street in Lynn]] and she
    is going to school there now, but we have no records request from any district. We would like
    BPD to do a wellness check and find out where she is living so we can close out her
    enrollment.""",
    stu("429172", "Kiara Mendes", "2010-03-30", 9, "Excel High School"),
    ["Lynn"], ["neighborhood"], ["deny_ground"], reason="ground_not_permitted")

add("allow", "serious_violence", "2025-10-23 14:40",
    "MBTA bus stop on Malcolm X Boulevard outside the John D. O'Bryant School",
    """At 2:40 PM at the bus stop on Malcolm X Boulevard right outside our building, Andy and a
    10th grader from another school got into a shoving match over something from a group chat.
    Andy pulled a box cutter and slashed the other boy across the right forearm. Our SSS and a
    Madison Park staff member applied pressure with a jacket until EMS arrived. The victim got 14
    stitches at Tufts Medical Center and has some loss of feeling in two fingers. Andy handed the box
    cutter to SSS Fontaine and waited on the steps. [[Andy's family lives in the Tai Tung Village
    apartments in Chinatown]]; his parents were contacted [[through the district language line
    in Toisanese]].""",
    stu("400388", "Andy Mei", "2009-02-27", 10,
        "John D. O'Bryant School of Mathematics and Science", home_language="Toisanese"),
    ["Tai Tung", "Chinatown", "Toisan", "language line"], ["neighborhood", "language"],
    ["allow_violence", "structured_fields", "precision_trap"], weapon="box cutter",
    mc=["Andy Mei", "John D. O'Bryant School of Mathematics and Science", "14 stitches"],
    mct=["14 stitches", "right forearm", "Malcolm X Boulevard"])

add("allow", "weapon", "2025-12-11 10:10",
    "Welcome Center, Bolling Building, 2300 Washington Street, intake counter 3",
    """I was doing Artem's intake at counter 3. [[He and his mother came from Kharkiv last year
    under humanitarian parole (U4U)]] and are enrolling him for Brighton High School. While I was
    scanning his transcript he took a black stun gun out of his jacket and kept flicking it on and
    off, making the blue arc. I asked him to put it away. He laughed and clicked it against the
    edge of the counter about an inch from my hand. I stepped back and called security; Artem gave
    it to the officer right away. [[His mother needed the Ukrainian/Russian interpreter]] and told
    us he found it "in the apartment." No one was touched. The device is in the security office.""",
    stu("482615", "Artem Kovalenko", "2010-01-19", 10, "Brighton High School",
        immigration_documents="I-94, humanitarian parole (U4U), expires 2026"),
    ["Kharkiv", "parole", "U4U", "Ukrain", "Russian", "interpreter", "I-94"],
    ["national_origin", "immigration_status", "language"],
    ["allow_weapon", "structured_fields"], weapon="stun gun",
    mc=["Artem Kovalenko", "Brighton High School", "stun gun"],
    mct=["counter 3", "blue arc", "inch from my hand"])

add("deny", "drugs", "2026-03-26 10:40",
    "Fenway High School, 2nd floor girls' bathroom",
    """A teacher found Brianna and another student in the bathroom with a bag of THC gummies
    (the package says 10 mg each, 8 left) and a disposable Elf Bar. Brianna said the gummies were
    "from a shop in Maine" and that she had two this morning. She was sent to the nurse and then
    home. [[She lives with her dad in Roslindale near the Square]] and takes the bus from there.""",
    stu("441739", "Brianna Tully", "2009-09-13", 10, "Fenway High School"),
    ["Roslindale"], ["neighborhood"], ["deny_substance", "precision_trap"],
    reason="excluded_substance", substances=["THC edibles", "nicotine vape"])

add("allow", "drugs", "2025-11-25 07:45",
    "Madison Park Technical Vocational High School, bus loop at 75 Malcolm X Blvd",
    """Bus attendant statement. When the 7:40 shuttle pulled into the Madison Park bus loop,
    Demetrius was the last one off and I saw him pull a cigarette pack out of his sock and pass it
    to a younger student. I asked for it and both boys gave it up. Inside the cellophane of the
    pack there were seven off-white rocks, each in its own little knot of plastic, plus a small
    bag of weed. Demetrius told the AP the rocks were "crack, I'm just holding it." The younger
    student had $40 he said was for "a bag." [[Demetrius boards at Academy Homes]], and the
    driver says he has been riding with that cigarette pack in his sock all week.""",
    stu("378835", "Demetrius Grant", "2007-08-23", 12,
        "Madison Park Technical Vocational High School"),
    ["Academy Homes"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["crack cocaine", "marijuana"],
    mc=["Demetrius Grant", "Madison Park Technical Vocational High School", "crack"],
    mct=["seven off-white rocks", "cellophane", "bus loop"])

add("allow", "credible_threat", "2026-02-18 17:10",
    "Phone call to BPS Transportation dispatch; concerns the Freeport Street bus yard",
    """Dispatch log, 5:10 PM. A caller who identified himself as Jaquan, and whose voice the driver
    on Route 522 recognized on the recording, said "I know where y'all park the buses on Freeport.
    I'll be there at six tomorrow with a pole and that driver is not leaving." Earlier that
    afternoon the Route 522 driver had put him off the bus for fighting and written him up, which
    suspended his bus privileges. Two students told TechBoston staff that Jaquan had shown them a
    gun in a school bathroom last month. [[BPD's gang unit lists him as a Lucerne Street
    associate]]. Yard management has asked for a patrol at the Freeport Street yard gate from 5:30
    AM tomorrow.""",
    stu("409121", "Jaquan Riley", "2008-10-05", 11, "TechBoston Academy"),
    ["Lucerne"], ["gang_affiliation"], ["allow_threat", "precision_trap"],
    threat="""Jaquan Riley called BPS Transportation dispatch and said: "I know where y'all park
    the buses on Freeport. I'll be there at six tomorrow with a pole and that driver is not
    leaving." He was suspended from the bus that day by the driver he named, and two students say
    he showed them a gun last month.""",
    mc=["Jaquan Riley", "TechBoston Academy", "pole"],
    mct=["Freeport Street yard", "six tomorrow with a pole", "Route 522"])

add("allow", "serious_violence", "2026-04-28 11:50",
    "Charlestown High School, cafeteria",
    """Rolando and an 11th grader argued in the lunch line about French fries (the other student
    took some off his tray). Rolando picked up a plastic cafeteria chair and brought it down on
    the other student's head while he was bent over picking up his tray. The boy was unconscious
    for about a minute. He was taken to Mass General, where they found a skull fracture and a
    bleed; he was in the ICU two nights. Rolando did not try to leave and sat with SSS until BPD
    arrived. [[Rolando's family arrived from Honduras in May and the Welcome Center placed him in
    the SEI program for Spanish speakers]]; his counselor says he has been isolated and picked on
    since he started.""",
    stu("452207", "Rolando Matos", "2010-05-20", 9, "Charlestown High School"),
    ["Hondura", "SEI program", "Spanish"], ["national_origin", "language"],
    ["allow_violence", "precision_trap"], weapon="chair",
    mc=["Rolando Matos", "Charlestown High School", "skull fracture"],
    mct=["French fries", "Mass General", "skull fracture"])

add("deny", "weapon", "2026-01-22 15:35",
    "Yellow bus Route 433, Another Course to College afternoon run",
    """A student on the bus was seen on camera holding a knife, but the stills are blurry. We are
    attaching the enrollment photos of the three boys who get on at that stop so BPD can run them
    against the camera stills with facial recognition and tell us which one it is. [[All three live
    in Bromley-Heath and board at the Heath Street stop]].""",
    stu("444550", "Christopher Dunn", "2009-12-12", 10, "Another Course to College"),
    ["Bromley", "Heath Street"], ["face_surveillance", "neighborhood"], ["deny_face"],
    reason="face_surveillance", weapon="knife",
    attachments=[{"kind": "photo", "name": "enrollment_photo_1.jpg"},
                 {"kind": "photo", "name": "enrollment_photo_2.jpg"},
                 {"kind": "photo", "name": "enrollment_photo_3.jpg"}])

add("allow", "weapon", "2025-10-07 09:55",
    "Excel High School, 2nd floor girls' bathroom",
    """Amina transferred to Excel last month from a school in the Bronx; her transfer packet is
    complete. This morning in the 2nd floor girls' bathroom another girl (S.T.) grabbed and pulled
    [[Amina's hijab]] while two friends filmed. Amina took a folding knife with a wooden handle out
    of her bag and slashed at S.T., cutting through the sleeve of her jacket. S.T. was not cut.
    A teacher heard screaming and came in; Amina gave her the knife and said "she touched me
    first." The video is being collected from the other two girls. [[Her New York records list
    Guinea as her birthplace]]; mom was called and came in with an uncle.""",
    stu("462581", "Amina Diallo", "2010-11-03", 9, "Excel High School",
        birthplace="Conakry, Guinea"),
    ["hijab", "Guinea", "Conakry"], ["religion", "national_origin"],
    ["allow_weapon", "structured_fields"], weapon="knife",
    mc=["Amina Diallo", "Excel High School", "folding knife"],
    mct=["2nd floor girls' bathroom", "wooden handle", "sleeve of her jacket"])

add("allow", "drugs", "2026-03-10 08:20",
    "Boston Latin Academy, locker room outside the gym",
    """Connor got his seat at BLA in the last round [[as a Tier 8 applicant from his West Roxbury
    census tract]] and his parents have been on us about his grades. This morning a coach found him
    in the locker room selling pills out of an Altoids tin. He was wearing a green Fighting Irish
    hoodie and had the tin in the front pocket. Inside: 11 white bars stamped "XANAX 2" that look
    pressed, and 6 blue pills marked "dp 20," which are Adderall. Connor has no prescription for
    either. He said he sells the Adderall "for finals" and the bars "to whoever." A 10th grader
    admitted buying two bars last week. Parents notified at 8:40.""",
    stu("357446", "Connor Walsh", "2009-02-08", 10, "Boston Latin Academy"),
    ["West Roxbury"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["counterfeit alprazolam", "amphetamine"],
    mc=["Connor Walsh", "Boston Latin Academy", "Adderall"],
    mct=["Altoids tin", "green Fighting Irish hoodie", "dp 20"])

add("deny", "drugs", "2025-11-13 12:00",
    "East Boston High School, main office",
    """Jesus was found with 20 blue pills that tested positive for fentanyl in his coat during a
    search on 11/12, after a teacher saw him hand one to another student in the stairwell. BPD
    district A-7 already has the pills. On 11/13 an agent from [[HSI called the main office and said
    Jesus has a visa overstay]] and [[arrived from Venezuela in 2023]]; the agent asked us to send
    him the full incident report and the student's enrollment file, so this is going to him.""",
    stu("435516", "Jesus Pernia", "2008-07-27", 11, "East Boston High School"),
    ["overstay", "Venezuela"], ["immigration_status", "national_origin"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="dhs/hsi-boston", substances=["fentanyl"])

add("allow", "weapon", "2025-12-18 15:10",
    "Washington Street sidewalk outside the Citizens Bank across from Boston Green Academy",
    """After dismissal, outside the Citizens Bank ATM across the street from the school, Tyler got
    in the face of an 11th grader who had pushed him at lunch. He slid a set of brass knuckles
    onto his right hand, held it up and said "say something now." The other student walked away.
    Ms. Okonkwo, who was on bus duty, saw it, walked over and told Tyler to give them to her, and he
    did. They are gold-colored with a spike on each knuckle. Tyler was wearing red Jordans and a
    gray hoodie; the other student confirmed it was him. Tyler said he bought them at a flea market
    in New Hampshire over the summer and keeps them on his keys.""",
    stu("385097", "Tyler Brennan", "2008-06-19", 11, "Boston Green Academy"),
    [], [], ["allow_weapon", "clean", "precision_trap"], weapon="brass knuckles",
    mc=["Tyler Brennan", "Boston Green Academy", "brass knuckles"],
    mct=["Citizens Bank ATM", "red Jordans", "spike on each knuckle"])

add("allow", "serious_violence", "2026-05-12 08:05",
    "Dorchester Academy, front steps",
    """At 8:05 on the front steps, Xavier punched a 12th grader (D.R.) in the face four times
    while D.R. was on the ground. Staff say Xavier had something in his fist; a roll of quarters
    was found on the steps afterward. D.R. has a broken jaw in two places and had surgery at BMC;
    his jaw is wired shut for six weeks. Xavier went inside, changed his shirt and went to first
    period, where SSS found him. [[Both boys live in the Four Corners area and both families are
    Jamaican]], and the mothers know each other; D.R.'s mother says this started at a party over
    the weekend.""",
    stu("341152", "Xavier Lopes", "2007-03-21", 12, "Dorchester Academy"),
    ["Four Corners", "Jamaican"], ["neighborhood", "ethnicity"], ["allow_violence"],
    mc=["Xavier Lopes", "Dorchester Academy", "broken jaw"],
    mct=["roll of quarters", "broken jaw", "wired shut"])

add("allow", "credible_threat", "2026-01-06 22:15",
    "Off campus (Instagram post), concerning Boston Arts Academy",
    """On Tuesday night Brandon posted on Instagram "finna shoot up BAA friday, pulling up at 11,"
    with a photo of a black handgun on a bed. About 40 students reacted. His stepfather, reached by
    the AP at 10:40 PM, confirmed he owns a licensed 9mm and that it was on the bed that night while
    he cleaned it. Brandon has been angry since the Welcome Center started processing his
    withdrawal: [[the family moved from Dorchester to Weymouth in December]] and he is losing his
    seat at BAA at the end of the term. He told a friend he wants "everybody to remember him."
    The stepfather has moved the gun to a locked case.""",
    stu("437760", "Brandon Kessler", "2010-04-11", 9, "Boston Arts Academy"),
    ["Dorchester", "Weymouth"], ["neighborhood"], ["allow_threat"],
    threat="""Brandon Kessler posted on Instagram "finna shoot up BAA friday, pulling up at 11"
    with a photo of a handgun on a bed; his stepfather confirmed the licensed 9mm in the photo is
    his and was accessible that night. Brandon told a friend he wants "everybody to remember him".""",
    mc=["Brandon Kessler", "Boston Arts Academy", "handgun"],
    mct=["pulling up at 11", "licensed 9mm", "locked case"])

add("allow", "weapon", "2026-03-31 10:45",
    "English High School, room 318",
    """Kenji was in his English teacher's class (Mr. Haddad, room 318) when another student
    laughed at his answer. Kenji took out a butterfly knife and spun it open and shut on his desk,
    then pointed the blade at the boy and said "laugh again." Mr. Haddad had the class step into the
    hall and Kenji put the knife on the desk when asked. Blade about 4 inches, black and silver
    handle. [[His ESL teacher says he has been teased all week about his accent]]. No one was hurt.
    Kenji said he bought the knife online and carries it because of a problem on his bus.""",
    stu("466104", "Kenji Alvarez", "2009-08-29", 10, "English High School",
        el_status="EL - WIDA composite 2.4", home_language="Spanish"),
    ["ESL", "WIDA", "Spanish"], ["language"],
    ["allow_weapon", "structured_fields", "precision_trap"], weapon="knife",
    mc=["Kenji Alvarez", "English High School", "butterfly knife"],
    mct=["English teacher", "butterfly knife", "room 318"])

add("deny", "weapon", "2026-02-11 07:30",
    "Yellow bus Route 140, Henderson K-12 Inclusion School morning run",
    """Owen fired a BB gun out the bus window at a stop sign while the bus was moving; you could
    hear it ping off the sign. The monitor took it from him. It is a black CO2 BB pistol made to
    look like a Beretta, with a full magazine of copper BBs. Nobody was hit and no cars were near.
    [[He gets on at the stop on Metropolitan Ave]], first stop of the route, and his mother came to
    school to pick him up at 9.""",
    stu("498017", "Owen Pike", "2012-12-03", 7, "Henderson K-12 Inclusion School"),
    ["Metropolitan"], ["neighborhood"], ["deny_replica"], reason="other", weapon="BB gun")

add("allow", "drugs", "2025-09-29 13:20",
    "Community Academy of Science and Health, nurse's office",
    """Destiny came to the nurse at 1:20 saying her stomach hurt, and when she opened her bag for
    a tissue the nurse saw an orange prescription bottle with the label scratched off. Destiny
    said it was "my grandma's pain pills." There were 12 oxycodone 5 mg tablets inside. Two friends
    later admitted she gave them each one at lunch; both were evaluated and one was picked up
    early. [[Her grandmother, who holds the caregiver affidavit, lives in Mattapan on Wellington
    Hill Street]], and she told us the bottle had gone missing from her kitchen on Sunday. The
    bottle is locked in the nurse's cabinet.""",
    stu("418399", "Destiny Hall", "2008-05-30", 11, "Community Academy of Science and Health"),
    ["Mattapan", "Wellington Hill"], ["neighborhood"], ["allow_drugs"],
    substances=["oxycodone"],
    mc=["Destiny Hall", "Community Academy of Science and Health", "oxycodone"],
    mct=["orange prescription bottle", "12 oxycodone", "label scratched off"])

add("allow", "weapon", "2025-10-30 07:25",
    "Yellow bus Route 219, Lilla G. Frederick Middle School morning run",
    """Monitor's report, Route 219. At 7:25 Malachi got on and sat in the second-to-last row. Two
    girls came up front and told me he had a gun. I saw the butt of a revolver in his waistband
    when he stood up. I told the driver to pull over and keep the doors shut, then asked Malachi to
    sit in the front seat with his hands on his knees, and he did. The driver radioed dispatch and
    BPD met the bus at Columbia Road. Officers removed a loaded .22 revolver from his waistband.
    Malachi told the officers he found it [[in the bushes by his building at 1540 Blue Hill
    Ave]]. No one on the bus was threatened.""",
    stu("501442", "Malachi Brown", "2012-07-16", 8, "Lilla G. Frederick Middle School",
        home_address="1540 Blue Hill Ave, Mattapan MA 02126"),
    ["1540 Blue Hill", "02126", "Mattapan"], ["neighborhood"],
    ["allow_weapon", "structured_fields"], recipient="bpd/district-b3", weapon="firearm",
    mc=["Malachi Brown", "Lilla G. Frederick Middle School", "revolver"],
    mct=[".22 revolver", "second-to-last row", "Columbia Road"])

add("allow", "serious_violence", "2026-04-09 09:40",
    "Madison Park Technical Vocational High School, east stairwell between 2nd and 3rd floors",
    """Title IX coordinator's intake, shared with the headmaster. A 9th grade girl reported that
    at about 9:40 in the east stairwell between the 2nd and 3rd floors, Anthony pushed her into the
    corner under the stairs, held her wrists and forced his hand down her pants and into her vagina
    while she cried and told him no. A custodian heard crying and came down the stairs, and
    Anthony ran. The girl was taken to BMC by her aunt for a forensic exam. [[She is new this year,
    arrived from El Salvador in October and does not yet speak much English]], and she said Anthony
    had been following her between classes for a week. Anthony was kept in the office until
    officers came.""",
    stu("361903", "Anthony Ruiz", "2007-09-14", 12,
        "Madison Park Technical Vocational High School"),
    ["El Salvador", "much English"], ["national_origin", "language"], ["allow_violence"],
    mc=["Anthony Ruiz", "Madison Park Technical Vocational High School", "forensic exam"],
    mct=["east stairwell", "held her wrists", "forensic exam"])

add("deny", "gang_activity", "2026-03-03 14:00",
    "Jeremiah E. Burke High School, main office",
    """We believe Kyrie is recruiting younger students for [[the Wendover Street gang]] and
    waiting outside the Welcome Center to talk to new families' kids. [[His family is Cape
    Verdean]] and we are worried about the newcomers being targeted. Two 9th graders told their
    counselor he offered them rides. No weapon, no threat, no incident at school, just the pattern
    staff have been seeing since January. Sending for BPD awareness.""",
    stu("362270", "Kyrie Mendes", "2009-01-01", 10, "Jeremiah E. Burke High School"),
    ["Wendover", "Cape Verde"], ["gang_affiliation", "ethnicity"], ["deny_ground"],
    reason="ground_not_permitted")

# --------------------------------------------------------------------------- cases 61-80

add("allow", "credible_threat", "2025-11-06 15:30",
    "Yellow bus Route 754, Excel High School afternoon run",
    """Monitor on Route 754 reported at 3:30 that Rayshawn stood up in the aisle and told D.S.,
    in front of about ten students, "tomorrow when this bus opens at my stop I'm airing it out, I
    got my cousin's Glock." He then sat down and showed the boys near him something on his phone
    that one of them described as a picture of a black handgun with an extended magazine. D.S. got
    off two stops early and called his mother. This follows a fight between the two boys in the
    cafeteria on Monday. Rayshawn's mother was called at 4:15 and said there is no gun in her home
    but that his cousin "is another story." D.S.'s family has asked for a different bus
    tomorrow.""",
    stu("376218", "Rayshawn Tolbert", "2008-03-02", 10, "Excel High School"),
    ["Old Colony", "Columbia Rd"], ["neighborhood"], ["allow_threat", "threat_text"],
    threat="""Rayshawn Tolbert told D.S. on the bus in front of about ten students: "tomorrow when
    this bus opens at my stop I'm airing it out, I got my cousin's Glock," and showed a photo of a
    handgun with an extended magazine. His stop is [[Old Colony Ave and Columbia Rd, outside the Old
    Colony development]], where D.S. also boards.""",
    mc=["Rayshawn Tolbert", "Excel High School", "Glock"],
    mct=["airing it out", "extended magazine", "two stops early"])

add("allow", "weapon", "2025-12-15 13:40",
    "Brighton High School, boys' locker room",
    """Gym teacher's account. During 6th period a student told me Farid had a knife in the locker
    room. I found Farid at locker 42 with an 8-inch kitchen knife wrapped in a towel, holding it
    toward a boy from his math class who had backed into the showers. I told him to put it on the
    bench and he did. The other boy said Farid has been getting pushed around on the bus and wanted
    to "scare" him back. No one was cut. [[Farid's family came from Kabul on a special immigrant
    visa (SIV)]] in October; [[the family liaison made the call home in Dari]]. The knife is in the
    main office safe.""",
    stu("476602", "Farid Ahmadi", "2010-02-25", 9, "Brighton High School",
        immigration_status="SIV", country_of_birth="Afghanistan", home_language="Dari"),
    ["Kabul", "special immigrant", "SIV", "Dari", "Afghan"],
    ["immigration_status", "national_origin", "language"],
    ["allow_weapon", "structured_fields"], weapon="knife",
    mc=["Farid Ahmadi", "Brighton High School", "kitchen knife"],
    mct=["wrapped in a towel", "locker 42", "8-inch kitchen knife"])

add("deny", "drugs", "2026-05-19 08:15",
    "Boston Latin Academy, main office",
    """Gianna came in to pick up her replacement 7D pass and a teacher saw a vape pen fall out of
    her bag. It is a plain silver pen with no label and an unmarked cartridge; she would not say
    what was in it. Nothing else was found. [[She is on the Charlestown pickup list, address on
    Bunker Hill Street]], and her mother was called at 8:40. The AP wants BPD to test it.""",
    stu("363081", "Gianna Russo", "2007-11-11", 12, "Boston Latin Academy"),
    ["Charlestown", "Bunker Hill Street"], ["neighborhood"], ["deny_substance"],
    reason="excluded_substance", substances=["vape (unknown content)"])

add("allow", "drugs", "2026-01-12 10:30",
    "Dorchester Academy, 1st floor boys' bathroom",
    """SSS Bannon found Cody slumped on the floor of the 1st floor boys' bathroom at 10:30,
    breathing slowly and gray around the lips. She gave two doses of Narcan and he came around
    after the second. Next to him were two glassine bags stamped with a red scorpion, one empty and
    one still full of tan powder, and a cut straw. At BMC he told the nurse it was heroin he bought
    on Mass Ave and that he started using over Christmas break. [[Cody has lived with his uncle on
    Savin Hill Ave since the guardianship affidavit was filed]]; the uncle met him at the
    hospital.""",
    stu("344971", "Cody Sullivan", "2007-04-26", 12, "Dorchester Academy",
        guardian_address="Savin Hill Ave, Dorchester"),
    ["Savin Hill"], ["neighborhood"], ["allow_drugs", "precision_trap", "structured_fields"],
    substances=["heroin"],
    mc=["Cody Sullivan", "Dorchester Academy", "heroin"],
    mct=["glassine bags", "red scorpion", "Christmas break"])

add("allow", "serious_violence", "2025-10-01 11:20",
    "Margarita Muñiz Academy, 3rd floor boys' bathroom",
    """At 11:20 a student ran into the main office saying a boy was bleeding in the 3rd floor
    bathroom. Staff found an 11th grader (E.G.) on the floor with a stab wound to his left thigh,
    bleeding heavily. Our nurse applied a tourniquet and EMS took him to Faulkner Hospital; he
    needed surgery for an artery injury. E.G. and two witnesses named Kelvin, who was found in the
    stairwell with blood on his sneakers and a kitchen knife in his backpack. Kelvin said E.G. has
    been "talking about his mother." [[Kelvin was placed here because his home language is Spanish
    and he arrived from Puerto Plata last year]], and he has had trouble with E.G. since
    September.""",
    stu("447829", "Kelvin Rosario", "2009-03-15", 11, "Margarita Muñiz Academy"),
    ["Spanish", "Puerto Plata"], ["language", "national_origin"], ["allow_violence"],
    weapon="knife",
    mc=["Kelvin Rosario", "Margarita Muñiz Academy", "stab wound"],
    mct=["stab wound to his left thigh", "tourniquet", "blood on his sneakers"])

add("allow", "weapon", "2026-02-09 12:15",
    "Snowden International School, 4th floor student lounge",
    """At lunch in the 4th floor lounge Olivia pulled a pink taser out of a Chinese takeout bag she
    had brought from the place on Newbury and zapped it in the air near two girls who had been
    posting about her. It crackled loudly and one girl screamed. Olivia then held it against the
    arm of one of them for about a second; she had a red welt the nurse looked at. The taser has a
    flashlight on one end and says "POLICE 5,000,000" on the side. Olivia gave it to her advisor.
    [[Her family speaks Mandarin at home]], and her father asked for the call to be in the evening
    when he is back from work.""",
    stu("426015", "Olivia Chen", "2009-05-04", 10, "Snowden International School"),
    ["Mandarin"], ["language"], ["allow_weapon", "precision_trap"], weapon="taser",
    mc=["Olivia Chen", "Snowden International School", "taser"],
    mct=["Chinese takeout bag", "red welt", "POLICE 5,000,000"])

add("deny", "credible_threat", "2026-04-16 09:00",
    "John D. O'Bryant School of Mathematics and Science, guidance office",
    """Terrell told his counselor that if his transfer is denied again he will "bring the gun from
    under my mom's mattress and end it in the cafeteria." The counselor considers this serious.
    [[He lives on Morton Street]] and the bus drops him nearby. The safety team wants the fusion
    center analysts to check his social media against other reports.""",
    stu("415523", "Terrell Banks", "2008-08-08", 11,
        "John D. O'Bryant School of Mathematics and Science"),
    ["Morton Street"], ["neighborhood"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="commonwealth-fusion-center",
    threat="""Terrell Banks told his counselor that if his transfer is denied again he will "bring
    the gun from under my mom's mattress and end it in the cafeteria".""")

add("allow", "credible_threat", "2026-03-06 16:20",
    "Bolling Building, 2300 Washington Street, parking garage level 2",
    """Residency investigator Paula Reis's statement. After the hearing at which [[the family
    was found to be living in Stoughton]] and Devin's enrollment was ended effective March 20,
    Devin followed me into the garage. At my car on level 2 he said, "You took my school, I'm gonna
    take your life. I got a blade in the car and I know you park up here." He pointed to a gray
    Honda parked near the ramp; I could see a long knife handle in the center console. Building
    security came when I yelled. Devin drove off. He has sent two Instagram messages to my work
    account since, one of them a photo of the level 2 elevator doors.""",
    stu("355609", "Devin Carr", "2007-06-22", 12, "Boston Community Leadership Academy"),
    ["Stoughton"], ["neighborhood"], ["allow_threat"],
    threat="""Devin Carr followed residency investigator Paula Reis to her car on level 2 of the
    Bolling Building garage and said: "You took my school, I'm gonna take your life. I got a blade
    in the car and I know you park up here." A knife handle was visible in his car's console, and
    he later messaged her a photo of the level 2 elevator doors.""",
    mc=["Devin Carr", "Boston Community Leadership Academy", "blade"],
    mct=["level 2", "long knife handle", "elevator doors"])

add("allow", "drugs", "2025-11-24 08:50",
    "Fenway High School, front lobby",
    """Noah was signed in late by his aunt, who became his guardian by affidavit this fall [[and
    whose apartment on Peterborough Street is now his address of record]]. While his aunt was at
    the desk, the security aide saw Noah hand a small square of paper to another student. When
    asked, Noah gave up a sheet of blotter paper with a printed cartoon, perforated into tabs, 12
    tabs left, in a plastic sleeve inside his phone case. He said it was acid and that he had not
    taken any today. The other student had already put one in his mouth and spit it out in the
    lobby. Both students' parents were called.""",
    stu("439210", "Noah Fortier", "2008-10-17", 11, "Fenway High School"),
    ["Peterborough"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["LSD"],
    mc=["Noah Fortier", "Fenway High School", "acid"],
    mct=["sheet of blotter paper", "12 tabs", "phone case"])

add("allow", "weapon", "2026-03-12 13:05",
    "John W. McCormack Middle School, art room (room 120)",
    """Art teacher's report. During 5th period in the art room Kayla took a box cutter out of her hoodie and cut
    the strap of another girl's bag, then held the blade up near the girl's face and said "next is
    you." Our room has no box cutters, so it came from outside. I told Kayla to put it on my desk
    and she did. The other girl was scared but not hurt. Kayla says the girl and her cousins have
    been waiting for her after school [[in the Mary Ellen McCormack development, where both
    families live]]. The box cutter is orange with a snap-off blade. Both families were called and
    the other girl was walked to her bus.""",
    stu("516044", "Kayla Dempsey", "2013-04-07", 7, "John W. McCormack Middle School"),
    ["Mary Ellen"], ["neighborhood"], ["allow_weapon", "precision_trap"], weapon="box cutter",
    mc=["Kayla Dempsey", "John W. McCormack Middle School", "box cutter"],
    mct=["art room", "snap-off blade", "next is you"])

add("deny", "theft", "2025-12-03 10:15",
    "Lilla G. Frederick Middle School, registration room",
    """Two Chromebooks went missing from the registration table during new-student intake on
    12/2. A parent volunteer saw Stevenson put one in his backpack. He returned it when asked but
    the second is still missing. [[The family is Haitian and just got TPS]]; the mother says they
    need the Chromebook for homework. We would like BPD to recover the second laptop.""",
    stu("507738", "Stevenson Noel", "2012-02-29", 8, "Lilla G. Frederick Middle School"),
    ["Haitian", "TPS"], ["ethnicity", "immigration_status"], ["deny_ground"],
    reason="ground_not_permitted")

add("allow", "serious_violence", "2026-02-20 15:15",
    "Yellow bus Route 310, TechBoston Academy afternoon run, stopped on Washington Street",
    """Dispatch and driver account. Jerome was told his pass did not cover Route 310 any more
    [[because his address on file is now on Norfolk Street]], which is on a different route. When the
    driver, Mr. Allen, refused to move the bus with him on it, Jerome pulled the fire extinguisher
    off its bracket and hit Mr. Allen in the side of the head with it, twice. Mr. Allen lost
    consciousness for a few seconds in his seat. Students called 911. Mr. Allen was taken to BMC
    with a concussion and a cut that needed stitches; he has not been cleared to drive. The
    custodial crew at the yard bagged the extinguisher for police.""",
    stu("403857", "Jerome Baptiste", "2008-12-09", 11, "TechBoston Academy"),
    ["Norfolk Street"], ["neighborhood"], ["allow_violence", "precision_trap"],
    weapon="fire extinguisher",
    mc=["Jerome Baptiste", "TechBoston Academy", "fire extinguisher"],
    mct=["fire extinguisher", "concussion", "custodial crew"])

add("allow", "weapon", "2025-09-16 08:10",
    "Boston International Newcomers Academy, front entrance",
    """Idris was in a group of students waiting to be let in at 8:10 when another boy grabbed his
    phone. Idris slid a set of black brass knuckles onto his hand and swung at the boy, missing
    and hitting the brick wall. A teacher on door duty saw it and took the brass knuckles. Idris's
    knuckles were scraped; the other boy was not hit. [[Idris and his family were resettled this
    summer as refugees from Somalia by the resettlement agency]], which is also helping with his
    transportation paperwork. He told the teacher he got the knuckles from an older cousin "for
    the train." His caseworker was called along with his father.""",
    stu("485330", "Idris Nuur", "2009-07-11", 10, "Boston International Newcomers Academy",
        caseworker_phone_on_file=True),
    ["refugee", "Somali", "resettle"], ["immigration_status", "national_origin"],
    ["allow_weapon", "precision_trap"], weapon="brass knuckles",
    mc=["Idris Nuur", "Boston International Newcomers Academy", "brass knuckles"],
    mct=["brick wall", "black brass knuckles", "door duty"])

add("allow", "drugs", "2026-04-29 07:55",
    "Another Course to College, main entrance",
    """At arrival a staff member saw Luis pass a small folded bag to a student who was getting
    off Route 433. Both were brought to the office. Luis had nine more bags in a sunglasses case:
    small wax-paper folds of off-white powder, each stamped with a blue star. He said it was
    "fetty" and that he was selling them for $10. The other student had not opened his. Our nurse
    reminded staff to keep Narcan close. [[Luis lives at 12 Dennis St]] and has been riding that
    bus for two weeks.""",
    stu("458071", "Luis Ocasio", "2009-10-28", 10, "Another Course to College",
        ethnicity="Hispanic/Latino", home_address="12 Dennis St, Roxbury MA 02119"),
    ["Dennis St", "Hispanic/Latino", "02119", "Roxbury"], ["neighborhood", "ethnicity"],
    ["allow_drugs", "structured_fields"], substances=["fentanyl"],
    mc=["Luis Ocasio", "Another Course to College", "fetty"],
    mct=["sunglasses case", "blue star", "nine more bags"])

add("allow", "credible_threat", "2026-01-30 11:00",
    "New Mission High School, guidance office",
    """Trey came to his counselor today, agitated, and said that when he sees J.R. at the Forest
    Hills bus transfer he will "put him in the ground." He said he has a gun at his grandmother's,
    described it as black with a laser on the rail, and said he can get it "any night." Trey came to
    New Mission on a safety transfer in December after a fight with J.R. at his old school; [[the
    transfer was requested because both boys are in rival Mattapan crews]]. J.R. attends another
    BPS school and takes the same bus through Forest Hills every afternoon. Trey's mother was
    called and said she would check her mother's apartment tonight.""",
    stu("446318", "Trey Castillo", "2009-04-18", 10, "New Mission High School"),
    ["Mattapan", "Walk Hill"], ["gang_affiliation", "neighborhood"],
    ["allow_threat", "threat_text"],
    threat="""Trey Castillo told his counselor that when he sees J.R. at the Forest Hills bus
    transfer he will "put him in the ground," that he has a black gun with a laser [[at his
    grandmother's apartment on Walk Hill Street]], and that he can get it any night.""",
    mc=["Trey Castillo", "New Mission High School", "gun"],
    mct=["Forest Hills", "laser on the rail", "put him in the ground"])

add("deny", "credible_threat", "2026-05-21 10:30",
    "Maurice J. Tobin K-8 School, main office",
    """Jacob wrote "I will shoot everyone on bus 17 on Friday" on the back of a seat on the bus
    and told two students it was real. The driver reported the writing this morning and the school
    called his father. We have not found any weapon. [[He lives in the Mission Park apartments]]
    and is picked up at the first stop of the route. The principal wants BPD notified.""",
    stu("518822", "Jacob Feeney", "2013-01-30", 7, "Maurice J. Tobin K-8 School"),
    ["Mission Park"], ["neighborhood"], ["deny_threat_missing"],
    reason="missing_threat_statement", threat="")

add("allow", "weapon", "2025-10-03 15:05",
    "Yellow bus Route 655, Boston Green Academy afternoon run",
    """Maya and another 9th grader (A.P.) have been arguing since Spanish II, where A.P. took her
    seat. On the afternoon bus A.P. pulled Maya's hair, and Maya took a small black pepper spray
    canister off her keyring and sprayed A.P. in the eyes from the next seat. The spray filled the
    back of the bus and four other students were coughing; the driver pulled over on Washington
    Street and opened all the windows. A.P.'s eyes were flushed by EMS at the scene. Maya said she
    carries it because she walks home in the dark after practice. [[She missed the first week of
    bus service for Rosh Hashanah]] and says A.P. has been teasing her since.""",
    stu("471129", "Maya Greenberg", "2011-02-06", 9, "Boston Green Academy"),
    ["Rosh Hashanah"], ["religion"], ["allow_weapon", "precision_trap"],
    weapon="pepper spray",
    mc=["Maya Greenberg", "Boston Green Academy", "pepper spray"],
    mct=["Spanish II", "pepper spray canister", "four other students"])

add("allow", "serious_violence", "2026-05-05 14:20",
    "Bus stop in front of Boston Day and Evening Academy",
    """At 2:20 PM, at the bus stop in front of our building, Jahmir fired a handgun three times at
    a 17-year-old who had just walked out of school. One round hit the victim in the left thigh.
    Staff brought everyone inside and put the building in a shelter-in-place. The victim was taken
    to BMC with a gunshot wound and is stable. Several students identified Jahmir by name and by
    his red jacket; he was arrested a few blocks away. [[Jahmir is from the Annunciation Road
    apartments]] and [[BPD's gang unit has both boys listed as Heath Street]]. Staff say the two had
    been threatening each other on Instagram.""",
    stu("354486", "Jahmir Coles", "2008-01-13", 11, "Boston Day and Evening Academy"),
    ["Annunciation Road", "Heath Street"], ["neighborhood", "gang_affiliation"],
    ["allow_violence"], weapon="firearm",
    mc=["Jahmir Coles", "Boston Day and Evening Academy", "gunshot wound"],
    mct=["gunshot wound", "left thigh", "red jacket"])

add("deny", "weapon", "2026-03-25 16:00",
    "Convenience store near East Boston High School",
    """The owner of the corner store near the school sent us an alert from his camera system's
    face-recognition feature saying it identified Roberto as the teen who showed a handgun in the
    store yesterday afternoon. The alert and the matched still are attached. [[Roberto lives near
    Maverick Square]] and walks past the store every day. We have nothing else tying him to a gun.""",
    stu("449953", "Roberto Quinones", "2008-09-25", 11, "East Boston High School"),
    ["Maverick"], ["neighborhood", "face_surveillance"], ["deny_face"],
    reason="face_surveillance", weapon="firearm",
    attachments=[{"kind": "face_match", "name": "store_camera_alert.png"}])

add("allow", "drugs", "2026-02-27 12:30",
    "Henderson K-12 Inclusion School, 3rd floor hallway",
    """Ashley was seen spraying something from a small nasal spray bottle into another student's
    nose in the hallway at 12:30. The other student became dizzy and could not stand and was taken
    to the nurse, then to Carney by EMS. Ashley gave up the bottle: clear liquid, no label. She told
    the nurse it was "ket" from her boyfriend. The hospital told the family the other student's
    symptoms fit ketamine. [[Ashley's family applied for asylum after arriving from Haiti through
    the Darién]]; her mother is afraid to come to the school because of that. We will meet with
    Ashley and the family liaison tomorrow.""",
    stu("431687", "Ashley Moreau", "2008-08-01", 12, "Henderson K-12 Inclusion School"),
    ["asylum", "Haiti", "Darién"], ["immigration_status", "national_origin"],
    ["allow_drugs"], substances=["ketamine"],
    mc=["Ashley Moreau", "Henderson K-12 Inclusion School", "ketamine"],
    mct=["nasal spray bottle", "clear liquid", "could not stand"])

# --------------------------------------------------------------------------- cases 81-100

add("deny", "trespass", "2026-02-04 12:45",
    "Charlestown High School, side entrance on Monument Street",
    """Dakota was withdrawn in January after the residency hearing found [[the family lives in
    Malden]]. Since then she has come into the building three times through the side door when
    students hold it open, most recently today at lunch, and sat in the cafeteria with friends.
    She leaves when asked and has not caused any other problem. We want BPD to issue a no-trespass
    order so she stops coming in.""",
    stu("372204", "Dakota Figueroa", "2008-07-04", 11, "Charlestown High School"),
    ["Malden"], ["neighborhood"], ["deny_ground"], reason="ground_not_permitted")

add("allow", "weapon", "2025-11-19 07:40",
    "Yellow bus Route 108, Umana Academy morning run",
    """Bus monitor report. Minh was showing a pocketknife to the boys in the back, opening and
    closing it. When the bus stopped at Meridian Street he held it against the neck of a 6th
    grader (A.R.) in the seat in front of him and told him to give up his AirPods. A.R. handed them
    over. I saw it in the mirror and went back; Minh closed the knife and gave it and the AirPods to
    me. The knife has a 3-inch blade and a camouflage handle. Minh was wearing a green Celtics
    jacket and gray sweatpants. A.R. was not cut. [[Minh's grandmother, who takes him to the stop,
    needs a Vietnamese interpreter]], and [[the family lives on the Eagle Hill side]], near the stop.""",
    stu("528193", "Minh Tran", "2012-04-23", 8, "Umana Academy"),
    ["Vietnamese", "interpreter", "Eagle Hill"], ["language", "neighborhood"],
    ["allow_weapon", "precision_trap"], weapon="knife",
    mc=["Minh Tran", "Umana Academy", "pocketknife"],
    mct=["green Celtics jacket", "3-inch blade", "AirPods"])

add("deny", "credible_threat", "2025-10-20 14:00",
    "East Boston High School, guidance office",
    """Alexis told two friends she would bring her brother's gun and "do what she has to do" to
    the girls who have been harassing her on the bus. One friend told the counselor. Alexis says she
    was joking. [[She has DACA]] and her counselor is worried about how this will affect it. The
    AP wants this on file with BPD.""",
    stu("393616", "Alexis Mejia", "2007-12-08", 12, "East Boston High School",
        immigration_status="DACA recipient"),
    ["DACA"], ["immigration_status"], ["deny_threat_missing", "structured_fields"],
    reason="missing_threat_statement")

add("deny", "vandalism", "2026-04-22 15:45",
    "Yellow bus Route 266, Dorchester Academy afternoon run",
    """Corey slashed four seats on Route 266 with a key and wrote his initials on the ceiling with a
    marker, all on camera. Transdev says the damage is about $1,800. [[His home stop is at Bowdoin
    and Geneva]] and the driver knows him. No one was threatened and no weapon other than the key.
    We need a police report number for the insurance claim.""",
    stu("419938", "Corey Langston", "2010-06-27", 9, "Dorchester Academy"),
    ["Bowdoin"], ["neighborhood"], ["deny_ground"], reason="ground_not_permitted")

add("allow", "credible_threat", "2026-04-01 20:50",
    "Off campus (group chat), concerning Snowden International School",
    """A parent forwarded screenshots from a group chat of about 15 Snowden students. At 8:50 PM
    Ethan wrote "next week snowden finna be on the news, i got the 40 and a list," followed by a
    photo of a handwritten list of five names. Two of the names are National Honor Society officers
    who voted against his membership; the other three are students from his bus. When the AP
    called, Ethan's father said Ethan has access to a .40 caliber pistol that belongs to his uncle,
    who lives with them. [[Ethan's family is Azorean and his dad asked for the Portuguese
    interpreter]]. The uncle has agreed to remove the gun from the house tonight.""",
    stu("407358", "Ethan Costa", "2008-02-17", 11, "Snowden International School"),
    ["Azorean", "Portuguese", "interpreter"], ["ethnicity", "language"],
    ["allow_threat", "precision_trap"],
    threat="""Ethan Costa wrote in a group chat "next week snowden finna be on the news, i got the
    40 and a list" with a photo of a list of five named students. His father confirms Ethan has
    access to a .40 caliber pistol in the home.""",
    mc=["Ethan Costa", "Snowden International School", "pistol"],
    mct=["National Honor Society", "list of five names", ".40 caliber pistol"])

add("deny", "drugs", "2026-06-04 16:30",
    "Late bus Route 890, Boston Latin Academy",
    """Caitlin and two friends were drinking hard seltzer out of water bottles on the late bus after
    the spring concert. The monitor smelled it and took the bottles; there were also two unopened
    cans of hard seltzer in her bag. No other substances. [[Her stop is in West Roxbury on Centre
    Street]] and her parents picked her up there.""",
    stu("368431", "Caitlin Moriarty", "2009-03-06", 10, "Boston Latin Academy"),
    ["West Roxbury", "Centre Street"], ["neighborhood"], ["deny_substance"],
    reason="excluded_substance", substances=["hard seltzer"])

add("allow", "drugs", "2026-03-02 09:35",
    "Charlestown High School, 2nd floor boys' bathroom",
    """Tristan's foster placement changed in February and DCF sent the new paperwork to our
    registrar; [[the new placement is in Everett]] and a cab is bringing him in under the foster
    care transportation rule. At 9:35 a teacher walked into the 2nd floor bathroom and saw Tristan
    with a glass pipe and a lighter. He dropped the pipe and it cracked. He had a small bag of clear
    crystals in his waistband. He told the nurse it was "ice" and he had smoked some before first
    period. His heart rate was 130; EMS was called and he was taken to Mass General for
    evaluation.""",
    stu("370095", "Tristan Boyle", "2007-10-10", 12, "Charlestown High School"),
    ["Everett"], ["neighborhood"], ["allow_drugs", "precision_trap"],
    substances=["methamphetamine"],
    mc=["Tristan Boyle", "Charlestown High School", "crystals"],
    mct=["glass pipe", "clear crystals", "Mass General"])

add("deny", "immigration_verification", "2025-09-22 11:30",
    "Brighton High School, registrar's office",
    """During enrollment Larissa's mother gave a foreign passport as ID and no Social Security
    number. [[A teacher heard Larissa say the family is undocumented]] and [[came from Brazil on a
    tourist visa]]. The registrar asks whether BPD can confirm the parents' status before we finalize
    enrollment. There has been no incident involving Larissa.""",
    stu("488260", "Larissa Oliveira", "2010-10-30", 9, "Brighton High School"),
    ["undocumented", "Brazil", "tourist visa"], ["immigration_status", "national_origin"],
    ["deny_ground"], reason="ground_not_permitted")

add("allow", "serious_violence", "2025-12-12 14:35",
    "Blue Hill Ave bus stop across from Jeremiah E. Burke High School",
    """At 2:35, at the Blue Hill Ave bus stop across from the school, Kobe and two boys we have not
    identified knocked a 10th grader (M.F.) to the ground. Kobe stomped on M.F.'s chest and side
    several times while the others held his arms. M.F. had three broken ribs and a bruised kidney
    and was admitted to BMC for two nights. A crossing guard and a teacher saw Kobe's face clearly
    and he was still at the stop when SSS arrived. M.F. told his mother this was about a girl.
    [[Kobe's family just moved into the Franklin Hill development]] and he has been on the new bus
    route since November.""",
    stu("416774", "Kobe Anderson", "2009-11-16", 10, "Jeremiah E. Burke High School"),
    ["Franklin Hill"], ["neighborhood"], ["allow_violence", "precision_trap"],
    mc=["Kobe Anderson", "Jeremiah E. Burke High School", "broken ribs"],
    mct=["Blue Hill Ave bus stop", "stomped", "three broken ribs"])

add("deny", "weapon", "2026-01-09 13:50",
    "Madison Park Technical Vocational High School, carpentry shop",
    """Darius was found with a folding knife in his coat in the carpentry shop during 3rd period
    and gave it up without any problem; the instructor saw the clip on his pocket. Blade about 3
    inches, no threats made, no one hurt. [[He lives in the Lenox/Camden development]], so the
    Housing Authority police asked us last fall for a copy of anything involving their residents,
    and the AP is sending this to their liaison instead of to BPD.""",
    stu("387713", "Darius Felton", "2009-02-14", 10,
        "Madison Park Technical Vocational High School"),
    ["Lenox/Camden"], ["neighborhood"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="bha-police", weapon="knife")

add("allow", "weapon", "2025-10-24 15:20",
    "Brighton High School, Warren Street parking lot",
    """Brendan came out of the building at dismissal carrying a hockey stick that had been cut down
    to about two feet and wrapped in black electrical tape, with screws sticking out of the end. In
    the parking lot he swung it at a car window belonging to an 11th grader's older brother and then
    held it over his head and told the 11th grader "you're next." A teacher yelled and Brendan
    dropped it and left. The stick is in the AP's office. No one was struck. [[Brendan's mother
    said he had been at youth group at St. Columbkille's]] the night the argument started, [[and the
    family's address in Oak Square]] is where the older brother drove by honking.""",
    stu("338824", "Brendan Kelley", "2009-06-12", 10, "Brighton High School"),
    ["Columbkille", "Oak Square"], ["religion", "neighborhood"],
    ["allow_weapon", "precision_trap"], weapon="club",
    mc=["Brendan Kelley", "Brighton High School", "hockey stick"],
    mct=["hockey stick", "black electrical tape", "screws sticking out"])

add("deny", "drugs", "2026-02-02 11:10",
    "New Mission High School, main office",
    """Mya had two rolled blunts and a bag of THC gummies in her backpack when she was searched
    after a teacher smelled weed on her in 2nd period. No pills, no powders, nothing else in the
    bag or her coat. She admitted smoking in the park before school and said the gummies were for
    after. [[She gets picked up at Columbia Point]] and her mother was informed at 11:30. The
    headmaster wants this in front of BPD because it is her third time this year.""",
    stu("429985", "Mya Jenkins", "2008-09-19", 11, "New Mission High School"),
    ["Columbia Point"], ["neighborhood"], ["deny_substance"],
    reason="excluded_substance", substances=["marijuana", "THC edibles"])

add("deny", "drugs", "2025-11-07 12:55",
    "Madison Park Technical Vocational High School, culinary arts hallway",
    """A bag of blue fentanyl pills was dropped in the culinary arts hallway. Nobody saw who dropped
    it. The hallway camera vendor's facial recognition software matched the person in the clip to
    Kenny's enrollment photo; the printout is attached. [[Kenny is Salvadoran]] and started here in
    September. We want BPD to follow up.""",
    stu("475542", "Kenny Osorio", "2009-08-31", 10,
        "Madison Park Technical Vocational High School"),
    ["Salvador"], ["ethnicity", "face_surveillance"], ["deny_face"],
    reason="face_surveillance", substances=["fentanyl"],
    attachments=[{"kind": "document", "name": "hallway_camera_match_printout.pdf"}])

add("allow", "drugs", "2026-05-14 10:50",
    "Excel High School, main office counter",
    """Sean came to the main office to drop off his transfer papers; he is finishing the year here
    and moving to a charter in the fall. When he pulled the folder out of his backpack a small
    knotted baggie of white powder and a rolled-up $20 bill fell onto the counter. The secretary
    called the AP. Sean said "it's coke, but it's not for school, I forgot it was in there." He
    did not appear impaired. He agreed to let us check the rest of the bag and there was nothing
    else. His enrollment status is not affected by this report; we just need it documented and the
    baggie picked up. Father was called at 11:05 and came in.""",
    stu("342590", "Sean Callahan", "2007-02-28", 12, "Excel High School"),
    [], [], ["allow_drugs", "clean", "precision_trap"], substances=["cocaine"],
    mc=["Sean Callahan", "Excel High School", "coke"],
    mct=["transfer papers", "white powder", "rolled-up $20 bill"])

add("deny", "bus_misconduct", "2026-03-18 08:00",
    "Yellow bus Route 231, Maurice J. Tobin K-8 School morning run",
    """Alex keeps getting on Route 231 instead of his assigned bus so he can get off near his
    father's place. [[He was assigned under the old East Zone list]] and [[his mother lives in
    Roslindale]], but he rides toward his father's. The driver has told him six times. No fights, no
    weapons. We would like an officer to talk to him.""",
    stu("514457", "Alex Ferreira", "2012-11-25", 8, "Maurice J. Tobin K-8 School"),
    ["East Zone", "Roslindale"], ["neighborhood"], ["deny_ground"],
    reason="ground_not_permitted")

add("deny", "credible_threat", "2025-12-08 09:20",
    "TechBoston Academy, 2nd floor hallway",
    """Devonte told a teacher in the hallway that "we're going to handle that kid from the bus
    tonight, and I'm bringing the thing." The teacher took it as a threat to shoot, because the
    boy from the bus was jumped last week and Devonte had said "next time it's not hands." [[Devonte
    is believed to be with the Cameron Street crew]]. Bag search found nothing. Parent called and
    the other boy's family has been warned.""",
    stu("422713", "Devonte Shaw", "2008-11-21", 11, "TechBoston Academy"),
    ["Cameron Street"], ["gang_affiliation"], ["deny_threat_missing"],
    reason="missing_threat_statement")

add("allow", "weapon", "2025-09-26 13:30",
    "Margarita Muñiz Academy, vice principal's office",
    """Yamilet was sent to the vice principal's office for being out of class. While she was
    waiting she took a box cutter out of her pencil case and started cutting the arm of the chair.
    When the vice principal asked for it, she pointed it at him and said "come get it." After
    about a minute she put it on the desk. She says she needs it because girls from her old school
    wait for her at the train. [[She lives with her aunt on Centre Street in Hyde Square]] and the
    aunt came in at 2:30. The box cutter is blue plastic with a long snap-off blade. No one was
    hurt.""",
    stu("443102", "Yamilet Reyes", "2009-12-05", 10, "Margarita Muñiz Academy",
        ethnicity="Dominican"),
    ["Hyde Square", "Centre Street", "Dominican"], ["neighborhood", "ethnicity"],
    ["allow_weapon", "structured_fields"], weapon="box cutter",
    mc=["Yamilet Reyes", "Margarita Muñiz Academy", "box cutter"],
    mct=["vice principal's office", "pencil case", "come get it"])

add("deny", "weapon", "2026-04-30 14:45",
    "East Boston High School, parking lot",
    """Wilmer showed other students a handgun in his waistband in the parking lot after school;
    three students described a black pistol with a silver slide. SSS searched his locker and bag
    the next morning and did not find the gun. [[His family has a final order of removal]] and
    [[is Guatemalan]]. The request from the ICE field office for any reports on him is attached, and
    the AP is sending this to them.""",
    stu("436201", "Wilmer Chavez", "2008-06-06", 11, "East Boston High School"),
    ["order of removal", "Guatemala"], ["immigration_status", "ethnicity"], ["deny_recipient"],
    reason="recipient_not_permitted", recipient="ice", weapon="firearm")

add("deny", "weapon", "2025-11-21 12:10",
    "Excel High School, cafeteria",
    """Nathaniel pulled a replica handgun out of his backpack in the cafeteria and pointed it at the
    ceiling. The orange tip had been cut off so it looked real. Students ran. SSS took it: a
    metal-and-plastic replica of a Glock, no firing mechanism. [[Nathaniel lives in the D Street
    development]] and his grandmother came in at 1. The principal wants BPD to have it.""",
    stu("467735", "Nathaniel Greer", "2010-08-13", 9, "Excel High School"),
    ["D Street"], ["neighborhood"], ["deny_replica"], reason="other", weapon="replica handgun")

add("allow", "serious_violence", "2026-01-23 10:25",
    "Welcome Center, Bolling Building, 2300 Washington Street, intake desk 2",
    """Welcome Center supervisor's report. Reggie was at intake desk 2 with his mother for a
    re-enrollment. Our clerk, Ms. Dunleavy, told them the residency documents did not match
    [[because the utility bill showed an address in Dedham]]. Reggie stood up, grabbed the heavy-duty
    stapler off her desk and hit her in the face with it. She fell out of her chair. She was taken
    to BMC with a fractured cheekbone and needed surgery; she is still out of work. Reggie's mother
    pulled him back and security held him in the lobby until BPD arrived at the Welcome Center at
    2300 Washington Street. Two other families saw it.""",
    stu("402286", "Reggie Mallory", "2008-05-09", 11, "Another Course to College"),
    ["Dedham"], ["neighborhood"], ["allow_violence", "precision_trap"], weapon="stapler",
    mc=["Reggie Mallory", "Another Course to College", "cheekbone"],
    mct=["heavy-duty stapler", "fractured cheekbone", "2300 Washington Street"])


if __name__ == "__main__":
    main()
