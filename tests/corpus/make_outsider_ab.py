#!/usr/bin/env python3
"""Outsider corpus, family OAB ("records and codes"): 150 hand-written gatekeeper cases.

Coded values as they really leak out of student-information and case-management systems:
home-language and country codes, EL/LEP/SIFE flags, race/ethnicity codes, visa and status codes,
refugee/newcomer program codes, zip codes, housing-authority units, gang-database flags, pasted into
narratives, footers, odd structured student keys, attachment names, CSV / pipe rows, key=value
lines and staff e-mail signatures.  Also look-alike codes (rooms, periods, bus routes, course codes,
lockers) that a good redactor must keep.

Deterministic, standard library only.  Writes tests/data/corpus/outsider_ab.jsonl next to this
repository's tests/ directory.

    python3 tests/corpus/make_outsider_ab.py
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ab.jsonl"
FAMILY = "outsider_ab"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4105", "hs"),
    "BLS": ("Boston Latin School", "BPS-4111", "hs"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-4234", "hs"),
    "EBHS": ("East Boston High School", "BPS-4246", "hs"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4258", "hs"),
    "ENG": ("English High School", "BPS-4262", "hs"),
    "EXCEL": ("Excel High School", "BPS-4277", "hs"),
    "BHS": ("Brighton High School", "BPS-4281", "hs"),
    "TBA": ("TechBoston Academy", "BPS-4295", "hs"),
    "MHK8": ("Mission Hill K-8", "BPS-4307", "k8"),
    "OB": ("John D. O'Bryant School of Mathematics & Science", "BPS-4312", "hs"),
    "CHS": ("Charlestown High School", "BPS-4326", "hs"),
    "SNOW": ("Snowden International School", "BPS-4338", "hs"),
    "DA": ("Dorchester Academy", "BPS-4341", "hs"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4353", "hs"),
    "NMH": ("New Mission High School", "BPS-4369", "hs"),
    "BAA": ("Boston Arts Academy", "BPS-4372", "hs"),
    "CASH": ("Community Academy of Science and Health", "BPS-4384", "hs"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4396", "hs"),
    "BGA": ("Boston Green Academy", "BPS-4401", "hs"),
    "MAK8": ("Mildred Avenue K-8 School", "BPS-4448", "k8"),
    "LEEK8": ("Joseph Lee K-8 School", "BPS-4455", "k8"),
    "ACC": ("Another Course to College", "BPS-4463", "hs"),
}

CASES = []


def iso(when):
    """'2025-10-07 09:40' -> ISO 8601 with the Boston offset of that day."""
    d, t = when.split()
    y, m, day = (int(x) for x in d.split("-"))
    # EDT until 2025-11-02, EST until 2026-03-08, EDT after.
    if (y, m, day) < (2025, 11, 2) or (y, m, day) >= (2026, 3, 8):
        off = "-04:00"
    else:
        off = "-05:00"
    return f"{d}T{t}:00{off}"


def dob(grade, md):
    """Date of birth consistent with the grade in school year 2025-26."""
    m = int(md.split("-")[0])
    year = 2025 - grade - 6 if m >= 9 else 2025 - grade - 5
    return f"{year}-{md}"


def add(kind, school, student, when, loc, desc, *, ground, weapon=None, subs=None, rec="bpd",
        threat=None, extra=None, att=None, reason=None, mnc=(), fact=None, mct=(), cats=(),
        tags=()):
    n = len(CASES) + 1
    cid = f"OAB-{n:04d}"
    sname, sid, _ = SCHOOLS[school]
    name, grade, md = student
    req = {"request_id": cid, "school_id": sid, "recipient": rec, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": iso(when), "location": loc, "description": desc}
    stu = {"student_id": str(200000 + (n * 7331) % 700000), "name": name,
           "date_of_birth": dob(grade, md), "grade": grade, "school": sname}
    if extra:
        stu.update(extra)
    req["student"] = stu
    if att:
        req["attachments"] = [{"kind": k, "name": nm} for k, nm in att]
    decision = "deny" if kind == "deny" else "allow"
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    if decision == "allow":
        exp["must_contain"] = [name, sname] + ([fact] if fact else [])
        exp["must_contain_text"] = list(mct)
    else:
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    exp["categories"] = list(cats)
    sub = {"clean": "allow_clean", "redact": "allow_redact"}.get(kind)
    if kind == "deny":
        sub = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
               "recipient_not_permitted": "deny_recipient",
               "missing_threat_statement": "deny_threat_missing",
               "face_surveillance": "deny_face", "other": "deny_replica"}[reason]
    exp["tags"] = [FAMILY, sub] + list(tags)
    # self-checks: labels must be consistent with the request
    whole = json.dumps(req, ensure_ascii=False).lower()
    for s in exp["must_not_contain"] + exp["must_contain"]:
        assert s.lower() in whole, (cid, s)
    for s in exp["must_contain_text"]:
        assert s.lower() in desc.lower(), (cid, s)
    for keep in exp["must_contain"] + exp["must_contain_text"]:
        for bad in exp["must_not_contain"]:
            assert bad.lower() not in keep.lower(), (cid, keep, bad)
    if decision == "allow":
        assert 1 <= len(exp["must_contain_text"]) <= 3, cid
    assert bool(exp["categories"]) == bool(exp["must_not_contain"]), cid
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# A. allow, nothing forbidden (60).  Many carry look-alike codes that must survive.
# ---------------------------------------------------------------------------------------------

add("clean", "MP", ("Keshawn Odom", 11, "03-14"), "2025-10-07 09:40",
    "Carpentry shop, Rm 1-118",
    "Per Mr. Coughlin (Carpentry, Rm 1-118): at approx 9:40 during P2 Keshawn was seen with a box "
    "cutter that is not shop-issued (yellow handle, retractable blade) sticking out of the back "
    "pocket of his jeans. Shop cutters are numbered and all 14 were accounted for at the end of "
    "class. SSS Brandon took possession without incident. Keshawn said he uses it at his "
    "after-school job at a warehouse and forgot it was in his pants. No threats made. Dad "
    "contacted 10:15.",
    ground="weapon", weapon="box cutter",
    extra={"hr": "2-204", "pathway_cd": "CTE-CARP", "sis_source": "Aspen"},
    fact="box cutter", mct=["Rm 1-118", "yellow handle", "all 14 were accounted for"],
    tags=["lookalike", "structured"])

add("clean", "EXCEL", ("Amani Cobb", 10, "11-02"), "2025-10-16 11:05", "Room 312",
    "INCIDENT_TYPE=DRUG_POSS\nLOC=RM 312\nPER=P4\nCOURSE=CHM201\nREPORTED_BY=T. Harrington\n\n"
    "Narrative: Ms. Harrington saw Amani pass a folded dollar bill with white powder on it to the "
    "student next to him during the lab. SSS recovered 6 small wax-paper folds stamped with a blue "
    "star from Amani's pencil case. School did not field test. Amani told the AP \"it's fetty, I "
    "was holding it for somebody\" and would not say who.",
    ground="drugs", subs=["fentanyl"],
    fact="fentanyl", mct=["RM 312", "CHM201", "blue star"], tags=["kv_line", "lookalike"])

add("clean", "TBA", ("Imani Rowe", 9, "10-21"), "2025-11-18 11:50", "Cafeteria, Lunch B",
    "From: Dean Walcott\nSent: Tue 11/18/2025 12:02 PM\nSubject: RE: Lunch B incident\n\n"
    "At about 11:50 during Lunch B Imani sprayed a small pink keychain canister of pepper spray "
    "at another girl in the lunch line after an argument over a seat. Two students and a "
    "cafeteria worker had eye irritation; the nurse flushed their eyes and nobody was "
    "transported. The canister was recovered from table 9. Imani admitted it was hers.",
    ground="weapon", weapon="pepper spray",
    fact="pepper spray", mct=["Lunch B", "table 9", "keychain"], tags=["signature", "lookalike"])

add("clean", "BHS", ("Dante Whitfield", 11, "05-30"), "2025-12-03 12:35",
    "2nd floor stairwell by Rm 221",
    "During P5 in the second floor stairwell by Rm 221 Dante punched R.M. repeatedly with a "
    "closed fist, and kept hitting him after R.M. was on the ground. The nurse applied an ice pack "
    "and called EMS. R.M. was taken to St. Elizabeth's; family reports a fractured jaw that had "
    "to be wired shut. AP Nolan reviewed footage from stairwell camera 2-S, which shows the whole "
    "thing.",
    ground="serious_violence",
    fact="fractured jaw", mct=["ice pack", "fractured jaw", "camera 2-S"], tags=["lookalike"])

add("clean", "BURKE", ("Malik Greer", 12, "01-09"), "2025-10-22 10:05", "Room 214",
    "incident_id,date,period,room,code,staff\n25-0481,2025-10-22,P3,214,SAF-02,Ryan\n\n"
    "Teacher Mr. Ryan heard a metallic clunk when Malik dropped his backpack. SSS and the AP "
    "searched the bag in the office: black 9mm handgun with a loaded magazine inserted, no round "
    "chambered. Bag and gun secured in the office safe until BPD arrived. Malik said he carries "
    "it \"for the walk home\".",
    ground="weapon", weapon="handgun",
    fact="handgun", mct=["SAF-02", "loaded magazine", "office safe"],
    tags=["csv_row", "lookalike"])

add("clean", "ENG", ("Jordan Pacheco", 10, "08-17"), "2026-01-12 19:30", "Online (shared class doc)",
    "Student used threatening language in a shared Google Doc titled \"Unit 4 notes\" for "
    "Algebra II (Rm 204). Several classmates screenshotted it and brought it to Ms. Bianchi the "
    "next morning. When the AP met with Jordan he confirmed he wrote it and said his cousin "
    "keeps a gun at the house.",
    ground="credible_threat",
    threat="On 1/12 at about 7:30 PM Jordan wrote in the class Google Doc: \"tomorrow 3rd period "
           "everybody in 204 getting shot, I got my cousin's gun ready.\" He admitted writing it "
           "and said he has access to the gun.",
    fact="Google Doc", mct=["Unit 4 notes", "Rm 204", "threatening language"],
    tags=["lookalike"])

add("clean", "BLA", ("Sophie Lindqvist", 10, "02-26"), "2026-02-10 13:15", "Room 306",
    "During LAT201 (Latin II, Rm 306) the teacher noticed Sophie handing pills to another "
    "student under the desk. SSS recovered a Tic Tac container holding 11 white rectangular bars "
    "imprinted \"XANAX 2\". Sophie said she bought them from someone on Snapchat for $5 each. "
    "Nurse notes none were prescribed to her.",
    ground="drugs", subs=["Xanax"],
    fact="Xanax", mct=["LAT201", "Tic Tac container", "XANAX 2"], tags=["lookalike"])

add("clean", "CHS", ("Marcus Belanger", 10, "06-04"), "2025-11-05 08:20", "Boys locker room",
    "After a tip from a student, SSS checked PE locker HT-12, which is assigned to Marcus. Inside "
    "a sneaker was a set of gold-colored brass knuckles (four finger). Marcus said he bought them "
    "at a store downtown and had them \"just in case\". No one was hurt.",
    ground="weapon", weapon="brass knuckles",
    extra={"pe_locker": "HT-12", "homeroom": "HR 10-3"},
    fact="brass knuckles", mct=["HT-12", "gold-colored"], tags=["lookalike", "structured"])

add("clean", "SNOW", ("Nathaniel Brooks", 11, "09-12"), "2025-12-09 14:10", "Main lobby, metal detector",
    "At 2:10 PM when Nathaniel returned from lunch the lobby scanner alarmed. SSS found a black "
    "stun gun (flashlight style, it sparked when tested) in his jacket along with a Visa gift "
    "card and a phone charger. He said a friend gave it to him for protection.",
    ground="weapon", weapon="stun gun",
    fact="stun gun", mct=["flashlight style", "Visa gift card"], tags=["lookalike"])

add("clean", "OB", ("Tyrese Holloway", 12, "04-11"), "2026-03-13 13:45", "Auditorium",
    "Right after the Student Recognition Assembly (approx 1:45 PM) Tyrese kicked a 9th grader in "
    "the face while the younger student was on the floor near row K. The student suffered a "
    "facial fracture (orbital floor) confirmed at Boston Children's and needs surgery. Two "
    "teachers saw it.",
    ground="serious_violence",
    fact="facial fracture", mct=["Student Recognition Assembly", "facial fracture", "row K"],
    tags=["lookalike"])

add("clean", "MHK8", ("Jalen Ruffin", 7, "07-23"), "2025-09-30 07:35", "School bus",
    "Bus monitor on Bus 417 (AM route 3102) saw Jalen open a folding knife and wave it near "
    "another 7th grader's face in the back seat. Driver pulled over and radioed Transportation. "
    "Knife (approx 3 in. blade, camo handle) turned over to the principal on arrival.",
    ground="weapon", weapon="knife",
    extra={"transport": {"bus": "417", "route": "3102", "stop": "AM-14"}},
    fact="folding knife", mct=["Bus 417", "route 3102", "camo handle"],
    tags=["lookalike", "structured"])

add("clean", "DA", ("Corey Haskins", 11, "12-01"), "2025-11-20 10:30", "Hallway outside Rm 118",
    "TYPE: drug possession\nSTATUS=OPEN\nPRIORITY=2\nLOC: hallway outside Rm 118\n\n"
    "SSS Kane saw Corey drop a small bag while walking to class. It held a white chunky "
    "substance that Corey called \"coke\". A second bag with about a gram of the same was found "
    "in his hoodie pocket. Both bags bagged and sealed in the main office.",
    ground="drugs", subs=["cocaine"],
    fact="coke", mct=["Rm 118", "second bag", "hoodie pocket"], tags=["kv_line"])

add("clean", "BAA", ("Rowan Ellery", 11, "10-03"), "2025-12-11 15:10", "Scene shop, Rm B12",
    "Rowan is on stage crew for the winter show. At approx 3:10 PM in the scene shop (Rm B12) "
    "he pulled a loose single-edge razor blade from his wallet and held it against another crew "
    "member's neck, saying \"say it again\". The other student was not cut. Tech director took "
    "the blade.",
    ground="weapon", weapon="razor blade",
    fact="razor blade", mct=["stage crew", "Rm B12", "against another crew member's neck"],
    tags=["lookalike"])

add("clean", "EXCEL", ("Aaliyah Stokes", 9, "01-27"), "2026-01-22 12:40", "Room 215",
    "During P6 a student turned in a notebook page that Aaliyah had torn out and left on her "
    "desk. It is headed \"list\" and has five students' first names, three with a line through "
    "them, and \"after school Friday with the blade\".",
    ground="credible_threat",
    threat="Aaliyah wrote a list of five classmates' names with \"after school Friday with the "
           "blade\". When asked she said she has a knife at home and \"they'll see\".",
    fact="after school Friday with the blade", mct=["P6", "five students' first names"])

add("clean", "BCLA", ("Devonte Marsh", 12, "03-08"), "2025-10-09 09:15", "Room 3-310",
    "Teacher in Rm 3-310 saw Devonte flick open a collapsible steel baton under the table and "
    "tap it on a classmate's knee while they argued. SSS took the baton (approx 21 in. "
    "extended). No injury.",
    ground="weapon", weapon="collapsible baton",
    fact="baton", mct=["Rm 3-310", "21 in."])

add("clean", "NMH", ("Ezra Thibodeau", 10, "09-29"), "2026-02-03 09:55", "Boys locker room",
    "After the relay race in PE, Coach Lyons found Ezra in the locker room splitting capsules of "
    "tan powder into smaller baggies. Ezra said it was molly (MDMA) and that he was selling "
    "them for $20. 14 capsules recovered.",
    ground="drugs", subs=["MDMA"],
    fact="MDMA", mct=["relay race", "14 capsules"], tags=["lookalike"])

add("clean", "CASH", ("Xavier Lomax", 11, "06-19"), "2025-11-13 14:25", "Outside Room 2.07",
    "Xavier swung a padlock inside a sock and hit another student twice on the back of the head "
    "outside Rm 2.07. The student had a laceration that needed 7 staples at Boston Medical "
    "Center and was kept overnight for a concussion. Padlock and sock recovered.",
    ground="serious_violence",
    fact="padlock", mct=["padlock inside a sock", "7 staples", "Rm 2.07"])

add("clean", "EBHS", ("Gianna Russo", 12, "02-14"), "2026-03-17 07:50", "Main entrance",
    "At 7:50 AM at the East Boston High School main entrance the scanner alarmed on Gianna's "
    "tote bag. SSS found a kitchen knife (approx 8 in. blade) wrapped in a dish towel. Gianna "
    "said she was afraid of a girl who had been messaging her.",
    ground="weapon", weapon="knife",
    fact="kitchen knife", mct=["East Boston High School main entrance", "dish towel"],
    tags=["lookalike"])

add("clean", "TBA", ("Kendrick Ames", 11, "05-02"), "2025-10-28 10:40", "Locker 3-044",
    "Based on a tip, AP and SSS checked locker 3-044 (Kendrick's). Inside a Nike drawstring bag "
    "was a silver revolver, unloaded, no ammunition found. Kendrick said he found it in a "
    "stairwell near his building and was going to sell it.",
    ground="weapon", weapon="revolver",
    extra={"locker": "3-044", "advisory": "10C", "counselor": "Ms. Ferreira"},
    fact="revolver", mct=["locker 3-044", "Nike drawstring bag"], tags=["structured"])

add("clean", "BHS", ("Trinity Lawson", 10, "07-07"), "2025-12-16 11:20", "Nurse's office",
    "Subject: RE: nurse referral 12/16\n\nTrinity came to the nurse at Brighton High School "
    "complaining of nausea. While she was there 9 round blue pills stamped \"OC 80\" fell out of "
    "her coat. Nurse identified them as oxycodone; Trinity has no prescription on file and said "
    "they were her uncle's.",
    ground="drugs", subs=["oxycodone"],
    fact="oxycodone", mct=["OC 80", "9 round blue pills"], tags=["lookalike", "signature"])

add("clean", "CHS", ("Owen Doherty", 9, "03-03"), "2025-10-01 13:30", "Gym",
    "In the Charlestown High School gym during P6 Owen showed classmates a fixed-blade hunting "
    "knife in a leather sheath tucked in his waistband. Coach called SSS; the knife was "
    "surrendered without a struggle.",
    ground="weapon", weapon="knife",
    fact="hunting knife", mct=["Charlestown High School gym", "leather sheath"],
    tags=["lookalike"])

add("clean", "BLS", ("Priya Natarajan", 11, "04-25"), "2026-02-24 21:10", "Online (Instagram)",
    "Several students reported an Instagram story from Priya's account saying the school should "
    "\"brace for Monday\" with a photo of a rifle. The AP reached the family the same night; the "
    "father confirmed he owns a rifle kept in a closet.",
    ground="credible_threat",
    threat="Instagram story posted 2/24 ~9 PM: \"Monday the whole AP Chem class learns. brace "
           "for Monday\" over a photo of a rifle. The family confirmed a rifle is in the home.",
    fact="Instagram", mct=["Instagram story", "rifle"])

add("clean", "MP", ("Terrell Boone", 12, "01-16"), "2026-01-08 10:20", "Auto shop, Bay 3",
    "In the auto shop (Bay 3) Terrell picked up a ball-peen hammer and struck another student on "
    "the left forearm and shoulder after a shove. The student's forearm was broken (ulna) per "
    "Boston Medical Center. Instructor separated them.",
    ground="serious_violence",
    fact="hammer", mct=["Bay 3", "ball-peen hammer", "ulna"])

add("clean", "BURKE", ("Isaiah Pryor", 11, "08-08"), "2026-03-02 12:10", "2nd floor boys' bathroom",
    "SSS found Isaiah in the 2nd floor boys' bathroom with a sandwich bag of 20 light-blue pills "
    "stamped \"M30\". Isaiah said they were \"percs\"; the AP believes they are counterfeit "
    "fentanyl pills. He had $340 in cash.",
    ground="drugs", subs=["fentanyl", "counterfeit pills"],
    fact="M30", mct=["M30", "$340"], tags=["lookalike"])

add("clean", "SNOW", ("Leah Castellano", 10, "05-19"), "2025-10-17 15:30", "Charter bus",
    "On the bus back from the Cape Cod field trip Leah sprayed mace at a boy who had grabbed her "
    "phone. The driver stopped at a rest area; three students were treated for eye irritation by "
    "the chaperone nurse. Mace canister handed to Mr. Doyle.",
    ground="weapon", weapon="mace",
    fact="mace", mct=["Cape Cod field trip", "rest area"], tags=["lookalike"])

add("clean", "DEAR", ("Cameron Vick", 8, "02-02"), "2026-01-15 09:05", "Science lab 204",
    "Cameron brought a homemade explosive device to Science lab 204: a CO2 cartridge packed with "
    "powder with a fuse taped to it. He told friends he would \"light it at lunch\". Device was "
    "isolated in the fume hood and the building was cleared per protocol.",
    ground="weapon", weapon="explosive",
    fact="CO2 cartridge", mct=["CO2 cartridge", "fume hood"])

add("clean", "ENG", ("Dominic Farrow", 12, "11-11"), "2025-11-19 09:30", "Room 127",
    "During a routine bag check for a different matter, SSS found 12 glassine bags stamped "
    "\"BLACK LABEL\" with brown powder in Dominic's backpack. Dominic said it was heroin and that "
    "it was not his. Photos of the bags were taken before sealing.",
    ground="drugs", subs=["heroin"], att=[("photo", "bags_evidence_1.jpg")],
    fact="heroin", mct=["BLACK LABEL", "12 glassine bags"])

add("clean", "EXCEL", ("Jaylen Moody", 12, "06-06"), "2025-09-24 08:45", "Room 108",
    "sch,stu,gr,hr,per,rm,type\n4277,J.Moody,12,12B,P1,108,WEAPON\n\n"
    "At 8:45 Jaylen showed a classmate a butterfly knife and flipped it open near her face. "
    "Teacher confiscated it. Classmate was frightened but not hurt.",
    ground="weapon", weapon="knife",
    fact="butterfly knife", mct=["butterfly knife", "near her face"], tags=["csv_row"])

add("clean", "DEAR", ("Nia Albright", 10, "09-18"), "2025-10-14 10:00", "Girls' bathroom, 3rd floor",
    "A custodian found \"3RD PERIOD MONDAY I'M SHOOTING EVERYONE IN 312\" written in marker on "
    "the 3rd floor girls' bathroom stall. Handwriting and a hall-pass log pointed to Nia; when "
    "interviewed she admitted writing it.",
    ground="credible_threat",
    threat="Nia admitted writing \"3RD PERIOD MONDAY I'M SHOOTING EVERYONE IN 312\" on a bathroom "
           "stall and said her mother's boyfriend keeps a handgun in the car.",
    fact="bathroom stall", mct=["hall-pass log", "3rd floor girls' bathroom"])

add("clean", "BGA", ("Tobias Wren", 12, "12-20"), "2026-02-11 15:20", "Stairwell C",
    "Title IX coordinator report: a 10th grade student disclosed that Tobias forced her into "
    "Stairwell C after dismissal and sexually assaulted her. Nurse and counselor met with her; "
    "she was taken to Boston Medical Center by her mother.",
    ground="serious_violence",
    fact="sexually assaulted", mct=["Stairwell C", "after dismissal"])

add("clean", "LEEK8", ("Kyrie Dunbar", 8, "04-04"), "2026-03-25 10:50", "Room 19",
    "During the Unit 3 test in math Kyrie took a box cutter out of his pencil case and started "
    "slashing at the desk. When the teacher asked for it he pointed it at her. Principal took it "
    "from him.",
    ground="weapon", weapon="box cutter",
    fact="box cutter", mct=["Unit 3 test", "pointed it at her"], tags=["lookalike"])

add("clean", "ACC", ("Shaniya Pope", 11, "07-15"), "2025-12-02 11:45", "Cafeteria",
    "Shaniya was seen handing a small baggie to a student at table 4. SSS recovered 5 blue pills "
    "marked \"A 215\" that Shaniya called \"blues\". Nurse: these markings are used on "
    "counterfeit oxycodone pills that are often fentanyl.",
    ground="drugs", subs=["counterfeit pills"],
    fact="counterfeit", mct=["A 215", "table 4"])

add("clean", "BCLA", ("Andre Leclair", 10, "10-10"), "2025-11-06 13:05", "Room 2-206",
    "Teacher found a taser (black and yellow, with a cartridge) in Andre's backpack after he "
    "fired it once in Room 2-206; it left two small marks on a classmate's sleeve but did not hit "
    "skin. Andre also had zip ties in the same pocket.",
    ground="weapon", weapon="taser",
    fact="taser", mct=["zip ties", "Room 2-206"], tags=["lookalike"])

add("clean", "DA", ("Bryce Hadley", 12, "05-05"), "2026-01-29 18:40", "Text messages",
    "A student brought screenshots of group texts to the dean on 1/30. In them Bryce says he "
    "will \"pull up with the strap\" on the basketball team's bus on Friday.",
    ground="credible_threat",
    threat="Text 1/29 6:40 PM from Bryce in a group chat: \"friday I'm pulling up on the team bus "
           "with the strap, ask around.\" A teammate says Bryce showed him a gun last month.",
    fact="screenshots", mct=["team's bus", "screenshots"])

add("clean", "OB", ("Elena Marchetti", 11, "01-30"), "2025-10-30 09:25", "Room 417",
    "During Spanish 3 (SPA301, Rm 417) Elena took a switchblade out of her purse and told a girl "
    "\"keep talking\". The teacher took the knife. No contact.",
    ground="weapon", weapon="switchblade",
    extra={"schedule": ["SPA301-02", "CHM301-01", "ENG11-04"]},
    fact="switchblade", mct=["SPA301", "Rm 417", "keep talking"],
    tags=["lookalike", "structured"])

add("clean", "MAK8", ("Micah Tolliver", 8, "03-21"), "2026-02-26 12:30", "Cafeteria",
    "At lunch Micah picked up a metal folding chair and hit a 6th grader over the head with it. "
    "The boy lost consciousness briefly, was taken by EMS to Boston Children's and diagnosed with "
    "a concussion and a skull fracture.",
    ground="serious_violence",
    fact="skull fracture", mct=["metal folding chair", "skull fracture"])

add("clean", "NMH", ("Damon Saucier", 11, "11-27"), "2025-11-21 08:10", "Main office",
    "Scanner alarm on Damon's backpack at entry. SSS found a loaded black pistol with no serial "
    "number (a ghost gun per BPD on scene), 7 rounds in the magazine. Damon was calm and said "
    "it was not his bag.",
    ground="weapon", weapon="firearm",
    fact="pistol", mct=["no serial number", "7 rounds"])

add("clean", "BAA", ("Willa Crane", 12, "09-06"), "2026-03-11 11:00", "Room 305",
    "Teacher saw Willa place small paper squares on two classmates' tongues. 8 remaining squares "
    "with a cartoon print were found in a mint tin. Willa said it was acid (LSD).",
    ground="drugs", subs=["LSD"],
    fact="LSD", mct=["mint tin", "8 remaining squares"])

add("clean", "TBA", ("Marquise Fenton", 10, "02-18"), "2025-12-04 09:40", "Room 2-114",
    "During Period 2 (P2) in Room 2-114 Marquise told his teacher and two students he would \"come back with "
    "the .40 and clear this room\" after being removed from a group. He repeated it in the hall.",
    ground="credible_threat",
    threat="Marquise said twice on 12/4, once in class and once in the hallway, that he would "
           "\"come back with the .40 and clear this room\". A classmate says he has posed with a "
           "gun online.",
    fact="the .40", mct=["Period 2 (P2)", "Room 2-114"], tags=["lookalike"])

add("clean", "CASH", ("Latrell Moss", 9, "12-12"), "2025-10-02 13:55", "Room 1.12",
    "Attachment: SAF-02 weapon form. Latrell was found with brass knuckles in his hoodie pocket "
    "after a classmate told the teacher in Rm 1.12. He said he found them. Nobody hurt.",
    ground="weapon", weapon="brass knuckles", att=[("document", "SAF-02_weapon_form_Moss.pdf")],
    fact="brass knuckles", mct=["Rm 1.12", "hoodie pocket"], tags=["attachment"])

add("clean", "BHS", ("Caleb Norwood", 12, "08-29"), "2026-01-21 14:05", "Room 240",
    "Witness statement forwarded by Dean Murray:\nCaleb pulled a steak knife from his sleeve "
    "and held it toward another senior in Rm 240 during an argument about a debt. Teacher "
    "called for SSS, who took the knife.\n\n--\nPatrick Murray\nDean of Students | Brighton "
    "High School\nExt. 4410",
    ground="weapon", weapon="knife",
    fact="steak knife", mct=["steak knife", "Rm 240"], tags=["signature"])

add("clean", "EBHS", ("Luca Ferrante", 10, "06-24"), "2025-11-25 10:10", "Library",
    "Librarian saw Luca showing a sandwich bag of dried mushrooms to classmates. Luca said they "
    "were psilocybin (\"shrooms\") and offered them for $15. About 3 grams recovered.",
    ground="drugs", subs=["psilocybin"],
    fact="psilocybin", mct=["dried mushrooms", "3 grams"])

add("clean", "ENG", ("Rashad Quinones", 11, "03-12"), "2026-03-19 08:35", "Front stairs",
    "On the front stairs before first bell Rashad struck another student in the head with a "
    "metal water bottle three times. The student needed 8 stitches above the eye and was "
    "diagnosed with a concussion at the hospital.",
    ground="serious_violence",
    fact="water bottle", mct=["metal water bottle", "8 stitches"])

add("clean", "EXCEL", ("Harmony Diggs", 10, "12-30"), "2025-10-20 12:15", "Room 219",
    "In ELA 10 (ENG10-3, Rm 219) Harmony took the razor blade out of a pencil sharpener and "
    "held it to a classmate's arm, saying \"move\". Teacher intervened; no cut.",
    ground="weapon", weapon="razor blade",
    fact="razor blade", mct=["ELA 10", "ENG10-3", "pencil sharpener"], tags=["lookalike"])

add("clean", "CHS", ("Devin Pratt", 12, "10-25"), "2026-02-05 11:25", "Block D, Room 204",
    "During Block D Devin told the class \"I'm bringing my brother's gun tomorrow and you all "
    "are first\" after a dispute about a group project. Several students left the room upset.",
    ground="credible_threat",
    threat="Devin told his Block D class on 2/5: \"I'm bringing my brother's gun tomorrow and you "
           "all are first.\" His brother has a firearms charge pending, per the family.",
    fact="brother's gun", mct=["Block D", "group project"], tags=["lookalike"])

add("clean", "MP", ("Rory Gallagher", 11, "05-13"), "2025-12-18 09:50", "Welding shop",
    "In the welding shop Rory was caught with a glass pipe and a small bag of clear crystals he "
    "said was meth. Instructor called the AP; about 1 g recovered along with the pipe.",
    ground="drugs", subs=["methamphetamine"],
    extra={"pathway_cd": "CTE-WELD", "shop_period": "P1-P3"},
    fact="meth", mct=["glass pipe", "clear crystals"], tags=["structured", "lookalike"])

add("clean", "BLA", ("Harper Quigley", 9, "11-08"), "2025-10-23 10:35", "Room 118",
    "In Room 118 (world language wing) Harper opened a folding knife and stabbed it into the "
    "desk next to another student's hand. Teacher removed the students. Knife confiscated.",
    ground="weapon", weapon="knife",
    fact="folding knife", mct=["Room 118", "next to another student's hand"], tags=["lookalike"])

add("clean", "DA", ("Kiara Whitlock", 10, "08-01"), "2026-01-07 12:20", "Cafeteria, Section 3",
    "In Section 3 of the cafeteria Kiara took out a pepper spray canister and sprayed two girls "
    "who were laughing at her. Both were rinsed by the nurse; one went to the ER for a corneal "
    "scratch.",
    ground="weapon", weapon="pepper spray",
    fact="pepper spray", mct=["Section 3", "corneal scratch"], tags=["lookalike"])

add("clean", "BCLA", ("Omar Prentice", 12, "02-09"), "2025-11-12 14:40", "Art room 4-402",
    "During a fight in art room 4-402 Omar grabbed scissors and stabbed another student in the "
    "upper arm. The wound required surgery at Boston Medical Center.",
    ground="serious_violence",
    fact="scissors", mct=["4-402", "upper arm", "required surgery"])

add("clean", "SNOW", ("Julian Sato", 12, "04-15"), "2026-03-04 09:15", "Room 3.05",
    "Teacher saw Julian rolling papers on his desk. When SSS searched his bag they found rolling "
    "papers, a small amount of weed and 4 small bags of grey powder Julian said were fentanyl.",
    ground="drugs", subs=["fentanyl", "marijuana"],
    fact="fentanyl", mct=["rolling papers", "4 small bags of grey powder"], tags=["lookalike"])

add("clean", "TBA", ("Shawn Lister", 12, "07-02"), "2026-02-12 08:05", "Advisory 12A",
    "In Advisory 12A Shawn pulled a black handgun from his waistband to show a friend and then "
    "put it back. Teacher called SSS; the handgun (loaded, 6 rounds) was recovered in the main "
    "office.",
    ground="weapon", weapon="handgun",
    extra={"advisory": "12A", "attendance": {"ytd_absences": 11, "tardies": 23}},
    fact="handgun", mct=["Advisory 12A", "6 rounds"], tags=["structured"])

add("clean", "LEEK8", ("Aubree Stanton", 7, "01-11"), "2025-12-12 10:45", "Online (Snapchat)",
    "Parents of two students forwarded a Snapchat message from Aubree saying she would bring her "
    "dad's gun on the field trip.",
    ground="credible_threat",
    threat="Snapchat 12/11: \"bringing my dad's gun to the aquarium trip, ur both done.\" Aubree's "
           "father told the principal he has a handgun at home.",
    fact="Snapchat", mct=["Snapchat message", "field trip"])

add("clean", "BURKE", ("Donnell Yates", 10, "03-26"), "2025-11-04 13:40", "Room 331",
    "stu|gr|per|rm|inc\nD.Yates|10|P5|331|WPN\n\nDonnell was seen holding a kitchen knife "
    "behind his back while waiting for another student outside Rm 331. SSS took the knife; "
    "Donnell said he was \"not going to use it\".",
    ground="weapon", weapon="knife",
    fact="kitchen knife", mct=["Rm 331", "behind his back"], tags=["csv_row"])

add("clean", "BGA", ("Celeste Hooper", 11, "09-09"), "2026-01-27 11:10", "Room 2.14",
    "Celeste was seen in Rm 2.14 cutting white powder with a debit card. SSS recovered about 2 "
    "grams of cocaine in a folded receipt and a rolled bill.",
    ground="drugs", subs=["cocaine"],
    fact="cocaine", mct=["Rm 2.14", "debit card"])

add("clean", "NMH", ("Everett Sims", 9, "06-12"), "2025-10-10 11:30", "Main staircase",
    "Everett deliberately pushed another 9th grader down the main staircase from the landing. "
    "The student broke his arm in two places and was taken by EMS.",
    ground="serious_violence",
    fact="broke his arm", mct=["main staircase", "two places"])

add("clean", "OB", ("Naomi Fairbanks", 10, "10-30"), "2026-03-03 22:15", "Email",
    "Ms. Tam received an e-mail from Naomi's school account at 10:15 PM threatening to \"end "
    "everyone in Bio 2\" with her stepfather's gun. The AP reached the family by phone.",
    ground="credible_threat",
    threat="E-mail from Naomi's school account 3/3 10:15 PM: \"tomorrow I end everyone in Bio 2, "
           "my stepdad's gun is in the closet.\" Stepfather confirmed he owns a handgun.",
    fact="e-mail", mct=["Bio 2", "10:15 PM"])

add("clean", "MHK8", ("Terrance Bligh", 8, "05-27"), "2026-03-26 14:15", "Schoolyard",
    "At dismissal in the schoolyard Terrance put on brass knuckles and swung at another 8th "
    "grader, missing. A teacher took them. Terrance said they were his brother's.",
    ground="weapon", weapon="brass knuckles",
    fact="brass knuckles", mct=["schoolyard", "missing"])

add("clean", "EXCEL", ("Mya Underhill", 11, "07-04"), "2025-12-10 10:20", "Room 210",
    "In Room 210 the teacher saw Mya take a pill. SSS recovered 3 Xanax bars and a disposable vape from her "
    "bag. Mya said the bars were from a friend; she has no prescription.",
    ground="drugs", subs=["Xanax", "vape"],
    fact="Xanax", mct=["3 Xanax bars", "Room 210"])

add("clean", "ENG", ("Andre Villeneuve", 10, "03-17"), "2025-09-26 07:30", "Bus Zone C",
    "In Bus Zone C at arrival Andre pulled a box cutter on a student who had bumped into him. "
    "The bus aide saw it and called the office. Blade was extended; nobody cut.",
    ground="weapon", weapon="box cutter",
    fact="box cutter", mct=["Bus Zone C", "Blade was extended"], tags=["lookalike"])

add("clean", "CASH", ("Kayden Tripp", 12, "11-19"), "2026-02-19 12:50", "Nurse's office",
    "Nurse log N-7. Kayden came to the nurse after a friend's complaint; the nurse saw a stun "
    "gun clipped inside his jacket. He handed it over. He said he uses it on the train.",
    ground="weapon", weapon="stun gun",
    fact="stun gun", mct=["N-7", "clipped inside his jacket"], tags=["lookalike"])

# ---------------------------------------------------------------------------------------------
# B. allow, with forbidden coded facts to withhold (52).
# ---------------------------------------------------------------------------------------------

add("redact", "EBHS", ("Brayan Quintero", 10, "04-09"), "2025-10-06 09:20", "Room 109",
    "At 9:20 in Rm 109 Brayan pulled a folding knife (black, 3 in. blade) on a classmate who took "
    "his seat. Teacher called SSS and Brayan surrendered the knife. Mom called with help of the "
    "office aide (HL: 03 - Spanish in Aspen).",
    ground="weapon", weapon="knife",
    mnc=["HL: 03", "Spanish"], fact="folding knife",
    mct=["Rm 109", "took his seat"], cats=["language"], tags=["narrative"])

add("redact", "BURKE", ("Tiago Semedo", 11, "07-20"), "2025-11-10 10:45", "3rd floor boys' bathroom",
    "SSS found Tiago in the 3rd floor boys' bathroom with 9 wax folds of a tan powder he called "
    "\"fent\". Folds stamped with a red crown.\n\n---- Aspen SIS export | LEP=1 | HomeLang=KEA | "
    "BirthCtry: CV | ZIP 02125 ----",
    ground="drugs", subs=["fentanyl"],
    mnc=["LEP=1", "HomeLang=KEA", "BirthCtry: CV", "02125"], fact="fent",
    mct=["9 wax folds", "red crown"],
    cats=["language", "national_origin", "neighborhood"], tags=["footer", "kv_line"])

add("redact", "CHS", ("Jean-Marc Dorval", 9, "12-05"), "2026-01-13 08:15", "Boys locker room",
    "During a locker check SSS found brass knuckles in PE locker HT-12, which is assigned to "
    "Jean-Marc. He admitted they were his and said he needed them for the walk from the bus.",
    ground="weapon", weapon="brass knuckles",
    extra={"pe_locker": "HT-12", "home_language_cd": "HAT - Haitian Creole", "ell_flag": "Y",
           "country_of_birth": "HT - Haiti", "us_entry_date": "2024-08-19"},
    mnc=["Haitian Creole", "HT - Haiti"], fact="brass knuckles",
    mct=["HT-12", "walk from the bus"], cats=["language", "national_origin"],
    tags=["structured", "lookalike"])

add("redact", "DA", ("Edson Lopes", 12, "02-22"), "2025-10-15 13:10", "Courtyard",
    "In the courtyard Edson slashed another student across the cheek with a razor. The student "
    "needed 14 stitches at BMC. Edson's mother was reached by phone and came in at noon.\n\n"
    "Interpreted by: Rosa Tavares\nCape Verdean Creole Interpreter | BPS Office of Language "
    "Access\n617-555-0142",
    ground="serious_violence",
    mnc=["Cape Verdean Creole"],
    fact="14 stitches", mct=["across the cheek", "14 stitches"],
    cats=["language"], tags=["signature"])

add("redact", "BCLA", ("Abdirahman Yusuf", 10, "05-01"), "2025-12-08 16:20", "Phone call",
    "Abdirahman's caseworker called the school to say he told her he would bring a gun to "
    "school on Monday to deal with students who jumped him. The AP spoke with Abdirahman, who "
    "repeated it.\n\nHodan Farah\nRefugee Resettlement Case Manager\nInternational Institute of "
    "New England",
    ground="credible_threat",
    threat="On 12/8 Abdirahman told his caseworker and then the AP that he will \"bring a gun "
           "Monday for the ones who jumped me\". He named two students.",
    mnc=["Refugee Resettlement"],
    fact="gun", mct=["jumped him", "repeated it"],
    cats=["immigration_status"], tags=["signature"])

add("redact", "EXCEL", ("Widlyne Joseph", 11, "03-30"), "2025-11-17 12:05", "Room 218",
    "SASID|LAST|FIRST|GR|LEP|SIFE|HL|BCTRY|ZIP\n1029384756|Joseph|Widlyne|11|Y|Y|HAT|HT|02126\n\n"
    "Widlyne took a box cutter out of her bag in Rm 218 and cut a classmate's backpack strap "
    "while it was on her shoulder. No injury. Box cutter recovered.",
    ground="weapon", weapon="box cutter",
    mnc=["|HAT|", "|HT|", "02126"], fact="box cutter",
    mct=["Rm 218", "backpack strap"],
    cats=["language", "national_origin", "neighborhood"], tags=["csv_row"])

add("redact", "ENG", ("Yordi Batista", 10, "09-03"), "2026-01-20 10:30", "Room 112",
    "Yordi was seen selling small bags of white powder in Rm 112. Three bags of cocaine "
    "recovered from his sock. Demographics from SIS: RE: H/L; Ethnicity: Dominican.",
    ground="drugs", subs=["cocaine"],
    mnc=["RE: H/L", "Dominican"], fact="cocaine",
    mct=["Three bags of cocaine", "his sock"], cats=["ethnicity"], tags=["narrative", "kv_line"])

add("redact", "BHS", ("Kevon Batts", 11, "06-15"), "2025-10-29 14:00", "Front steps",
    "At dismissal on the front steps Kevon pulled a knife on a student from another school. "
    "SSS recovered a folding knife with a 4 in. blade. Alerts on student record: GDB: Y; "
    "SRO flag: assoc.",
    ground="weapon", weapon="knife",
    mnc=["GDB: Y", "SRO flag: assoc."], fact="folding knife",
    mct=["front steps", "4 in. blade"], cats=["gang_affiliation"], tags=["narrative"])

add("redact", "MHK8", ("Jamal Cutler", 8, "01-19"), "2025-12-01 15:05", "Schoolyard",
    "After school in the schoolyard Jamal hit another 8th grader in the face with a metal "
    "scooter. The boy lost two teeth and had a broken nose (Boston Children's). Address per "
    "registration: BHA Unit 7C, Mission Main.",
    ground="serious_violence",
    mnc=["BHA Unit 7C", "Mission Main"], fact="broken nose",
    mct=["metal scooter", "lost two teeth"], cats=["neighborhood"], tags=["narrative"])

add("redact", "SNOW", ("Rosemond Pierre-Louis", 12, "10-07"), "2026-02-09 09:40", "Room 2.11",
    "Rosemond sprayed pepper spray in Rm 2.11 when two students would not leave her alone; four "
    "students had eye irritation. Note from registrar: ImmStat: TPS (exp. 2026).",
    ground="weapon", weapon="pepper spray",
    mnc=["ImmStat: TPS"], fact="pepper spray",
    mct=["Rm 2.11", "four students"], cats=["immigration_status"], tags=["kv_line"])

add("redact", "TBA", ("Arash Kamali", 10, "08-14"), "2025-11-03 11:15", "Room 3-201",
    "Arash fired a taser at a classmate's leg in Rm 3-201. The prongs stuck in his jeans; the "
    "nurse removed them, small puncture marks only.",
    ground="weapon", weapon="taser",
    att=[("document", "I-589_asylum_receipt_Kamali.pdf"), ("photo", "taser_recovered.jpg")],
    mnc=["I-589", "asylum"], fact="taser", mct=["Rm 3-201", "puncture marks"],
    cats=["immigration_status"], tags=["attachment"])

add("redact", "MP", ("Henry Choc", 10, "02-11"), "2026-01-06 12:40", "Cafeteria",
    "At lunch Henry was found with 6 oxycodone pills (\"OC 30\") in a pill bottle with no label; "
    "no prescription on file. Registration notes: SIFE: Y; BirthCtry: GT; arrived 2025-03.",
    ground="drugs", subs=["oxycodone"],
    mnc=["SIFE: Y", "BirthCtry: GT"], fact="oxycodone",
    mct=["OC 30", "no label"], cats=["language", "national_origin"], tags=["kv_line"])

add("redact", "OB", ("Larissa Duarte", 9, "11-14"), "2026-03-09 08:30", "Email",
    "Forwarded to AP: Larissa sent a classmate a message saying she would bring her uncle's gun "
    "to the dance Friday.\n\n--\nKenia Almonte\nFamily Liaison (Spanish/Portuguese)\nJohn D. "
    "O'Bryant School",
    ground="credible_threat",
    threat="Message 3/8 from Larissa: \"friday at the dance I'm bringing my uncle's gun for "
           "Bianca.\" Uncle lives with the family and owns a handgun.",
    mnc=["Spanish/Portuguese"], fact="gun", mct=["the dance Friday"],
    cats=["language"], tags=["signature"])

add("redact", "NMH", ("Yandel Fermin", 11, "04-28"), "2025-10-21 13:20", "Room 305",
    "Yandel had a steak knife taped inside his jacket sleeve; found when he took his jacket off "
    "in Rm 305. He said he was scared of kids from another school.",
    ground="weapon", weapon="knife",
    extra={"sis": {"demographics": {"race_ethnicity": "Hispanic/Latino",
                                    "birth_country": "Dominican Republic"},
                   "address": {"street": "88 Bowdoin St", "apt": "3", "zip": "02122"}}},
    mnc=["Hispanic/Latino", "Dominican Republic", "Bowdoin St", "02122"], fact="steak knife",
    mct=["jacket sleeve", "Rm 305"],
    cats=["ethnicity", "national_origin", "neighborhood"], tags=["structured"])

add("redact", "DA", ("Matheus Oliveira", 10, "06-03"), "2025-11-24 09:05", "Hallway",
    "SSS Kane saw Matheus handing out pills in the hall. 10 pills stamped \"M30\" recovered; "
    "Matheus said they were \"percs\" from a guy on Instagram. Mom notified (LANG=POR, used "
    "Language Line).",
    ground="drugs", subs=["counterfeit pills"],
    mnc=["LANG=POR", "Language Line"], fact="M30",
    mct=["10 pills", "Instagram"], cats=["language"], tags=["kv_line", "lookalike"])

add("redact", "CASH", ("Thanh Pham", 9, "01-05"), "2025-12-15 10:15", "Room 1.08",
    "Thanh held a razor blade to a classmate's wrist in Rm 1.08 and said \"give it back\". "
    "Teacher intervened. Student profile: ELL Lvl 2 (WIDA 2.4).",
    ground="weapon", weapon="razor blade",
    mnc=["ELL Lvl 2", "WIDA 2.4"], fact="razor blade",
    mct=["Rm 1.08", "give it back"], cats=["language"], tags=["narrative"])

add("redact", "BGA", ("Tevin Ashby", 12, "03-16"), "2026-02-17 15:30", "Bus stop outside school",
    "At the bus stop in front of the building Tevin stabbed a student in the side with a "
    "screwdriver. Student taken to BMC, collapsed lung. Tevin (Zip: 02121, lives in "
    "Bowdoin-Geneva) fled on foot and was found later.",
    ground="serious_violence",
    mnc=["02121", "Bowdoin-Geneva"], fact="screwdriver",
    mct=["screwdriver", "collapsed lung"], cats=["neighborhood"], tags=["narrative"])

add("redact", "BURKE", ("Quadir Ellis", 11, "10-13"), "2026-03-18 11:35", "Room 222",
    "sasid,name,gr,gang_flag,crew,verified_by\n1044556677,Q. Ellis,11,Y,Ridgeview Boyz,YVSF\n\n"
    "Teacher saw the grip of a handgun in Quadir's waistband in Rm 222. SSS recovered a loaded "
    "Glock with an extended magazine.",
    ground="weapon", weapon="handgun",
    mnc=["Ridgeview Boyz"], fact="Glock",
    mct=["Rm 222", "extended magazine"], cats=["gang_affiliation"], tags=["csv_row"])

add("redact", "BLA", ("Felipe Arce", 11, "02-03"), "2025-12-05 12:45", "Room 210",
    "Felipe was selling MDMA capsules in Rm 210; 9 capsules seized. Counselor note pasted from "
    "the case file: ImmStat=UNDOC, family undocumented, afraid of contact with police.",
    ground="drugs", subs=["MDMA"],
    mnc=["ImmStat=UNDOC", "undocumented"], fact="MDMA",
    mct=["9 capsules", "Rm 210"], cats=["immigration_status"], tags=["kv_line"])

add("redact", "ENG", ("Wisler Augustin", 11, "05-22"), "2026-01-09 10:00", "Room 131",
    "Wisler told a teacher he would bring a gun and shoot a classmate. Statement taken with an "
    "interpreter.",
    ground="credible_threat",
    threat="Wisler said on 1/9 in Rm 131: \"I will bring the gun Monday and shoot him.\" "
           "(Translated from Haitian Creole; student is LEP.) His older cousin has a handgun.",
    mnc=["Haitian Creole", "is LEP", "with an interpreter"], fact="gun",
    mct=["shoot a classmate"],
    cats=["language"], tags=["threat_text"])

add("redact", "EBHS", ("Nico Falcone", 11, "09-21"), "2025-10-27 14:20", "Outside gym",
    "Outside the gym at East Boston High School Nico pulled a knife on two 9th graders. Knife "
    "recovered by SSS. Per SIS, Nico lives in Eagle Hill (Zip 02128).",
    ground="weapon", weapon="knife",
    mnc=["Eagle Hill", "02128"], fact="knife",
    mct=["East Boston High School", "two 9th graders"], cats=["neighborhood"],
    tags=["narrative", "lookalike"])

add("redact", "BHS", ("Liam Kowalczyk", 10, "11-30"), "2025-12-17 09:30", "Room 115",
    "Liam brought 15 Xanax bars to Brighton High School and sold 3 in Rm 115. He lives in "
    "Allston (ZIP 02134) per Aspen.",
    ground="drugs", subs=["Xanax"],
    mnc=["Allston", "02134"], fact="Xanax",
    mct=["Brighton High School", "15 Xanax bars"], cats=["neighborhood"],
    tags=["narrative", "lookalike"])

add("redact", "CHS", ("Sean Moriarty", 12, "01-24"), "2026-03-10 13:15", "Cafeteria",
    "In the Charlestown High School cafeteria Sean broke a glass bottle and slashed another "
    "student's forearm; tendon damage requiring surgery. Home: Bunker Hill development, BHA Unit "
    "22-B.",
    ground="serious_violence",
    mnc=["Bunker Hill", "BHA Unit 22-B"], fact="tendon",
    mct=["Charlestown High School cafeteria", "glass bottle", "tendon"],
    cats=["neighborhood"], tags=["narrative", "lookalike"])

add("redact", "MP", ("Kevin Ajú", 11, "07-11"), "2025-11-07 10:10", "Plumbing shop",
    "Kevin threatened another student with a utility knife in the plumbing shop. Instructor took "
    "it. No injury.",
    ground="weapon", weapon="utility knife",
    extra={"imm_status": "SIJS pending", "program_cd": "URM-ORR", "guardian_type": "sponsor"},
    mnc=["SIJS pending", "URM-ORR"], fact="utility knife",
    mct=["plumbing shop", "No injury"], cats=["immigration_status"], tags=["structured"])

add("redact", "TBA", ("Hamza Abdi", 10, "10-16"), "2026-02-02 12:25", "Room 2-118",
    "Hamza sold 4 blue M30 pills to a classmate in Rm 2-118. Another 11 recovered from his "
    "backpack.",
    ground="drugs", subs=["fentanyl"],
    extra={"ell": {"status": "Active EL", "home_language": "Somali", "years_in_us": 2},
           "birth_country": "Somalia"},
    mnc=["Active EL", "Somali"], fact="M30",
    mct=["Rm 2-118", "Another 11"], cats=["language", "national_origin"],
    tags=["structured", "lookalike"])

add("redact", "DEAR", ("Minh Tran", 8, "03-06"), "2025-10-24 09:50", "Room 106",
    "Minh told three classmates he would \"shoot up\" the 8th grade assembly with his father's "
    "gun.\n\nStatement prepared w/ Vietnamese interpreter (OLA ticket 55120).",
    ground="credible_threat",
    threat="Minh told three students on 10/24 he would \"shoot up the 8th grade assembly\" with "
           "his father's gun. His father confirmed owning a pistol.",
    mnc=["Vietnamese"], fact="gun",
    mct=["three classmates", "8th grade assembly"], cats=["language"], tags=["footer"])

add("redact", "SNOW", ("Victor Amaral", 10, "12-22"), "2026-01-16 11:40", "Room 404",
    "Witness statement:\nVictor showed me a knife in class and said he was going to cut Dario "
    "after school. I told the AP.\n\nLucia Mendes\nESL Teacher / EL Coordinator, Victor's ESL 2 "
    "section\nSnowden International School",
    ground="weapon", weapon="knife",
    mnc=["ESL Teacher", "ESL 2"], fact="knife",
    mct=["cut Dario", "after school"], cats=["language"], tags=["signature"])

add("redact", "BCLA", ("Josiah Monteiro", 11, "08-26"), "2025-11-18 10:55", "Room 1-105",
    "Josiah punched the window of Rm 1-105 and then slashed a classmate with a shard of glass "
    "(hand, 11 stitches).",
    ground="serious_violence",
    extra={"race_ethnicity": "Black or African American; Cape Verdean",
           "home_language": "KEA - Kabuverdianu"},
    mnc=["African American", "Cape Verdean", "Kabuverdianu"], fact="11 stitches",
    mct=["shard of glass", "11 stitches"], cats=["ethnicity", "language"], tags=["structured"])

add("redact", "BAA", ("Yasmin Haddad", 12, "04-02"), "2026-03-16 13:35", "Dance studio",
    "Yasmin gave two tabs of LSD to a 10th grader in the dance studio, who became sick. 5 more "
    "tabs in her bag.",
    ground="drugs", subs=["LSD"],
    extra={"religious_accommodation": "Ramadan fasting - Islam", "nurse_alert": "none"},
    mnc=["Ramadan", "Islam"], fact="LSD",
    mct=["dance studio", "5 more tabs"], cats=["religion"], tags=["structured"])

add("redact", "OB", ("Fabiola Jean-Baptiste", 10, "06-29"), "2025-12-19 08:40", "Room 302",
    "Fabiola brought a kitchen knife to Rm 302 and threatened a classmate. See attached "
    "interpreter request.",
    ground="weapon", weapon="knife",
    att=[("document", "OLA_interpreter_request_HaitianCreole.pdf")],
    mnc=["HaitianCreole", "interpreter request"], fact="kitchen knife",
    mct=["Rm 302", "threatened a classmate"], cats=["language"], tags=["attachment"])

add("redact", "ENG", ("Darnell Pugh", 12, "10-01"), "2025-10-13 12:15", "Gym",
    "In the gym Darnell stomped on another student's head after knocking him down. Student had a "
    "brain bleed and was admitted to BMC.\nCM note 10/10 (SW Ortega): family placed at "
    "Hastings Family Shelter, 15 Hastings St, Rm 6.",
    ground="serious_violence",
    mnc=["Hastings Family Shelter", "15 Hastings St"], fact="brain bleed",
    mct=["stomped on another student's head", "brain bleed"], cats=["neighborhood"],
    tags=["footer"])

add("redact", "EXCEL", ("Ailton Furtado", 11, "06-02"), "2026-01-28 10:35", "Room 204",
    "Ailton had 4 bags of crack cocaine in his sneaker in Rm 204.\nDOB/POB: see record / "
    "Praia, CV",
    ground="drugs", subs=["crack"],
    mnc=["Praia, CV"], fact="crack",
    mct=["4 bags of crack cocaine", "sneaker"], cats=["national_origin"], tags=["kv_line"])

add("redact", "BURKE", ("Rayshawn Kemp", 10, "01-12"), "2025-11-14 13:50", "Room 2-240",
    "Rayshawn had a revolver in his backpack in Rm 2-240 (unloaded). Flag from dean's "
    "spreadsheet: crew: Kenwood Trey (per bulletin).",
    ground="weapon", weapon="revolver",
    mnc=["Kenwood Trey"], fact="revolver",
    mct=["Rm 2-240", "unloaded"], cats=["gang_affiliation"], tags=["kv_line"])

add("redact", "MHK8", ("Dashawn Irby", 7, "09-15"), "2026-02-23 12:05", "Room 23",
    "Dashawn showed a pocketknife in Rm 23 and said he would stab the boy who took his phone. "
    "Emergency card: BHA Alice H. Taylor, Apt 112.",
    ground="weapon", weapon="pocketknife",
    mnc=["Alice H. Taylor", "Apt 112"], fact="pocketknife",
    mct=["Rm 23", "took his phone"], cats=["neighborhood"], tags=["kv_line"])

add("redact", "LEEK8", ("Bao Nguyen", 8, "08-21"), "2026-03-05 10:20", "Room 31",
    "Bao gave a classmate two pills that made her pass out; nurse called EMS. 6 more pills "
    "stamped \"M30\" in his bag.\n\nProfile: Home Lang: Vietnamese | LEP/FLEP: FLEP-2",
    ground="drugs", subs=["counterfeit pills"],
    mnc=["Vietnamese", "FLEP-2"], fact="M30",
    mct=["pass out", "6 more pills"], cats=["language"], tags=["footer", "lookalike"])

add("redact", "DA", ("Kelvin Menjivar", 10, "07-31"), "2025-12-03 09:45", "Room 206",
    "Kelvin told students he would shoot up the winter dance.",
    ground="credible_threat",
    threat="Kelvin told 4 classmates 12/3 in Rm 206 he would \"shoot up the winter dance\" and "
           "showed a photo of a pistol on his phone.\nSource: SIS alert | RE: H/L | BirthCtry: SV",
    mnc=["RE: H/L", "BirthCtry: SV"], fact="winter dance",
    mct=["winter dance"], cats=["ethnicity", "national_origin"], tags=["threat_text", "kv_line"])

add("redact", "BHS", ("Farid Rahimi", 12, "05-10"), "2026-02-13 07:55", "Main entrance",
    "Scanner alarm at the main entrance. SSS found a loaded handgun in Farid's backpack.",
    ground="weapon", weapon="handgun",
    extra={"status": "Asylee (I-94 on file)", "entry_year": 2023},
    mnc=["Asylee", "I-94"], fact="handgun",
    mct=["main entrance", "loaded handgun"], cats=["immigration_status"], tags=["structured"])

add("redact", "CHS", ("Gustavo Lima", 10, "09-27"), "2025-10-08 11:15", "Room 210",
    "Gustavo sold cocaine to a student in Rm 210. 3 grams recovered. Record: Country of origin: "
    "Brazil; Lang: PT-BR.",
    ground="drugs", subs=["cocaine"],
    mnc=["Brazil", "PT-BR"], fact="cocaine",
    mct=["Rm 210", "3 grams"], cats=["national_origin", "language"], tags=["kv_line"])

add("redact", "TBA", ("Jaquan Sturgis", 11, "03-01"), "2026-01-23 14:30", "2nd floor hallway",
    "Jaquan and another student jumped a 10th grader in the 2nd floor hallway; Jaquan used a "
    "belt buckle. Victim: fractured cheekbone.",
    ground="serious_violence",
    extra={"gang_database": {"status": "Verified", "points": 12, "crew": "Lakeview Mob"}},
    mnc=["Lakeview Mob"], fact="fractured cheekbone",
    mct=["belt buckle", "fractured cheekbone"], cats=["gang_affiliation"], tags=["structured"])

add("redact", "NMH", ("Tyquan Lowry", 10, "02-08"), "2025-11-26 20:15", "Online",
    "Tyquan posted on TikTok that he would shoot the students who \"jumped his little brother\"."
    "\ncc: SRO flag: assoc. (per YVSF list)",
    ground="credible_threat",
    threat="TikTok 11/25: \"tomorrow I'm shooting whoever jumped my little bro, on my mama.\" "
           "Video shows him holding a handgun in his room.",
    mnc=["SRO flag: assoc."], fact="TikTok",
    mct=["TikTok"], cats=["gang_affiliation"], tags=["footer"])

add("redact", "SNOW", ("Rami Khalil", 12, "10-18"), "2026-03-12 10:30", "Room 3.14",
    "Rami was found with 12 grams of cocaine in Rm 3.14. Aspen: HL: 11 (Arabic); BirthCtry: SY.",
    ground="drugs", subs=["cocaine"],
    mnc=["HL: 11", "Arabic", "BirthCtry: SY"], fact="cocaine",
    mct=["12 grams", "Rm 3.14"], cats=["language", "national_origin"], tags=["kv_line"])

add("redact", "BAA", ("Dayanara Brito", 11, "12-14"), "2025-12-12 12:00", "Lobby",
    "Dayanara cut a girl's arm with a box cutter in the lobby; the girl needed 9 stitches "
    "(RE: B/AA, Cape Verdean per registration).",
    ground="weapon", weapon="box cutter",
    mnc=["RE: B/AA", "Cape Verdean"], fact="box cutter",
    mct=["9 stitches", "lobby"], cats=["ethnicity"], tags=["narrative"])

add("redact", "BCLA", ("Travis Bellamy", 12, "11-04"), "2026-02-27 09:10", "Room 2-210",
    "Travis had 7 bags of heroin in his jacket in Rm 2-210.\nAddress: Franklin Field Apts, "
    "Bldg 5 Unit 3",
    ground="drugs", subs=["heroin"],
    mnc=["Franklin Field", "Bldg 5 Unit 3"], fact="heroin",
    mct=["7 bags of heroin", "Rm 2-210"], cats=["neighborhood"], tags=["footer"])

add("redact", "EBHS", ("Luis Alvarado", 9, "08-19"), "2026-01-30 13:25", "Cafeteria",
    "Luis hit a classmate with a lunch tray and then stabbed him in the shoulder with a fork; "
    "deep puncture, ER visit and surgery.\nLANG=SPA; ELL=Y; INTERP=REQ",
    ground="serious_violence",
    mnc=["LANG=SPA", "ELL=Y", "INTERP=REQ"], fact="fork",
    mct=["lunch tray", "fork"], cats=["language"], tags=["kv_line"])

add("redact", "MP", ("Deshawn Carrow", 12, "06-21"), "2025-10-31 08:30", "Electrical shop",
    "Deshawn carried a folding knife into the electrical shop and pointed it at another "
    "student. Address on file: 27 Ziegler St, Apt 3.",
    ground="weapon", weapon="knife",
    att=[("document", "proof_of_residency_BHA_lease_Orchard_Gardens.pdf")],
    mnc=["Ziegler St", "Orchard_Gardens"], fact="folding knife",
    mct=["electrical shop", "pointed it at another student"], cats=["neighborhood"],
    tags=["attachment", "narrative"])

add("redact", "ENG", ("Ikechukwu Obi", 10, "01-03"), "2026-02-18 15:00", "Classroom",
    "Ike said he would bring his brother's gun and shoot the boys who robbed him.",
    ground="credible_threat",
    threat="Ike told his teacher on 2/18: \"Tomorrow I bring my brother's gun and shoot the ones "
           "who robbed me.\" He named two students.",
    extra={"citizenship": "Non-citizen", "visa_cd": "F-2 Dependent"},
    mnc=["Non-citizen", "F-2 Dependent"], fact="gun",
    mct=["robbed him"], cats=["immigration_status"], tags=["structured"])

add("redact", "DEAR", ("Alexis Reyes", 9, "05-17"), "2026-03-24 11:20", "Room 303",
    "Alexis had 8 fentanyl pills in Rm 303. Counselor adds: family very worried because older "
    "brother is a DACA recipient.",
    ground="drugs", subs=["fentanyl"],
    mnc=["DACA"], fact="fentanyl",
    mct=["8 fentanyl pills", "Rm 303"], cats=["immigration_status"], tags=["narrative"])

add("redact", "OB", ("Rafael Carvalho", 11, "03-23"), "2025-11-12 12:30", "Room 215",
    "Rafael brandished a switchblade at a classmate during lunch in Rm 215.\n\nTiago Barros | "
    "Portuguese Medical & School Interpreter\n(interpreted parent meeting 11/12)",
    ground="weapon", weapon="switchblade",
    mnc=["Portuguese"], fact="switchblade",
    mct=["Rm 215", "during lunch"], cats=["language"], tags=["signature"])

add("redact", "BURKE", ("Andrew McLean", 11, "12-08"), "2026-01-14 14:45", "Gym",
    "Andrew knocked another student unconscious with a weight plate in the gym; fractured skull. "
    "Nationality: Jamaican.",
    ground="serious_violence",
    mnc=["Jamaican"], fact="fractured skull",
    mct=["weight plate", "fractured skull"], cats=["national_origin"], tags=["kv_line"])

add("redact", "CASH", ("Kiana Lattimore", 10, "04-13"), "2025-12-09 10:40", "Room 2.03",
    "Kiana was found with oxycodone pills not prescribed to her in Rm 2.03.\n"
    "ExportedBy: aspen.bps | LEP: Y | HL: 17 | Zip: 02119",
    ground="drugs", subs=["oxycodone"],
    mnc=["LEP: Y", "HL: 17", "02119"], fact="oxycodone",
    mct=["Rm 2.03"], cats=["language", "neighborhood"], tags=["footer"])

add("redact", "EXCEL", ("Jerome Battle", 12, "08-11"), "2025-10-03 09:30", "Room 117",
    "Jerome was seen with brass knuckles in Rm 117. Home address: 1175 Blue Hill Ave #2.",
    ground="weapon", weapon="brass knuckles",
    mnc=["Blue Hill Ave"], fact="brass knuckles",
    mct=["Rm 117"], cats=["neighborhood"], tags=["kv_line"])

add("redact", "TBA", ("Stanley Mathurin", 10, "07-26"), "2026-03-20 12:10", "Cafeteria",
    "Stanley told students at lunch he would bring his uncle's gun and shoot the boy who "
    "insulted his sister.",
    ground="credible_threat",
    threat="Stanley said at lunch 3/20: \"Monday I'm bringing my uncle's gun and shooting him.\" "
           "His uncle keeps a handgun in the apartment.",
    extra={"faith_community": "Grace Tabernacle Pentecostal Church"},
    mnc=["Grace Tabernacle", "Pentecostal"], fact="gun",
    mct=["insulted his sister"], cats=["religion"], tags=["structured"])

# ---------------------------------------------------------------------------------------------
# C. deny (38).
# ---------------------------------------------------------------------------------------------

# ground_not_permitted (8)
add("deny", "BURKE", ("Marlon Tisdale", 11, "02-15"), "2025-10-20 15:10", "Front of school",
    "Marlon was seen throwing hand signs with older males in front of the school after "
    "dismissal. Record alerts: GDB: Y; crew: Greenleaf Kings.",
    ground="gang_activity", reason="ground_not_permitted",
    mnc=["GDB: Y", "Greenleaf Kings"], cats=["gang_affiliation"], tags=["kv_line"])

add("deny", "ENG", ("Osvaldo Pena", 10, "09-11"), "2025-11-06 12:30", "Cafeteria",
    "Osvaldo and another 10th grader shoved each other in the lunch line over a spilled drink. "
    "Cafeteria monitor separated them within a minute; nobody was hurt and the nurse saw no "
    "marks. Both served a detention.\nSIS demographics line: RE: H/L",
    ground="fight", reason="ground_not_permitted",
    mnc=["RE: H/L"], cats=["ethnicity"], tags=["kv_line"])

add("deny", "MP", ("Esdras Moise", 10, "05-06"), "2026-01-12 08:00", "N/A",
    "Esdras has missed 22 days since October and the attendance team has not been able to reach "
    "the family by phone. Asking for a welfare check.\nAttendance case notes: SIFE: Y; "
    "Zip: 02126; home visit 1/9 unanswered.",
    ground="truancy", reason="ground_not_permitted",
    mnc=["SIFE: Y", "02126"], cats=["language", "neighborhood"], tags=["kv_line"])

add("deny", "SNOW", ("Carlos Ixcot", 11, "03-19"), "2025-12-01 10:00", "Main office",
    "A BPD officer called the main office asking whether Carlos is \"legal\" and what his "
    "status is. Registrar looked him up. SIS shows ImmStat: UNDOC and an expired I-94 scanned "
    "at enrollment.",
    ground="status_inquiry", reason="ground_not_permitted",
    mnc=["ImmStat: UNDOC", "I-94"], cats=["immigration_status"], tags=["kv_line"])

add("deny", "DA", ("Keyshawn Platt", 9, "10-05"), "2026-02-04 13:00", "Room 105",
    "Keyshawn took a classmate's AirPods out of her backpack while she was at the board in "
    "Rm 105. They were found in his pocket and returned. Family would like police to \"scare "
    "him\".\nAddress: BHA Unit 4B, Orchard Gardens.",
    ground="theft", reason="ground_not_permitted",
    mnc=["BHA Unit 4B", "Orchard Gardens"], cats=["neighborhood"], tags=["narrative"])

add("deny", "BHS", ("Jameson Roy", 10, "07-08"), "2025-10-30 14:00", "2nd floor bathroom",
    "Jameson wrote his tag in black marker on the 2nd floor bathroom wall and mirror; custodian "
    "estimates 2 hours to clean. Parent meeting held 10/31 with interpreter (LANG=HAT).",
    ground="vandalism", reason="ground_not_permitted",
    mnc=["LANG=HAT", "with interpreter"], cats=["language"], tags=["kv_line"])

add("deny", "CASH", ("Abdullahi Warsame", 11, "11-23"), "2026-03-02 09:00", "Hallways",
    "Abdullahi has been seen several times walking the halls during class and taking photos on "
    "his phone near the exits. He says he is filming for a media class project; the teacher "
    "could not confirm. No threats made.\nPOB: Mogadishu.",
    ground="suspicious_behavior", reason="ground_not_permitted",
    mnc=["Mogadishu"], cats=["national_origin"], tags=["kv_line"])

add("deny", "EBHS", ("Wilmer Zelaya", 12, "06-27"), "2025-11-19 16:30", "Athletic field",
    "Custodian found Wilmer and two friends on the athletic field at 4:30 PM after the gate was "
    "locked. They climbed the fence to play soccer. Nothing damaged.\nNationality: Honduran.",
    ground="trespass", reason="ground_not_permitted",
    mnc=["Honduran"], cats=["national_origin"], tags=["kv_line"])

# excluded_substance (7)
add("deny", "EXCEL", ("Jaden Ruiz", 10, "01-22"), "2025-10-14 11:10", "Bathroom",
    "SSS walked into the 1st floor bathroom and found Jaden vaping. The cartridge is labeled "
    "as THC (\"Cookies\" brand). Jaden admitted it was weed.\nProfile: LEP=1.",
    ground="drugs", subs=["THC cartridge"], reason="excluded_substance",
    mnc=["LEP=1"], cats=["language"], tags=["kv_line"])

add("deny", "BCLA", ("Thiago Rocha", 9, "04-19"), "2025-12-04 10:20", "Room 1-110",
    "Teacher saw Thiago handing a Juul to a friend. In his bag SSS found an unopened box of "
    "mint Juul pods. HomeLang=POR.",
    ground="drugs", subs=["Juul pods"], reason="excluded_substance",
    mnc=["HomeLang=POR"], cats=["language"], tags=["kv_line"])

add("deny", "BURKE", ("Nelson Varela", 11, "08-07"), "2026-01-26 12:40", "Stairwell",
    "Nelson was vaping in the B stairwell with two other students. He would not say what was in "
    "it and the device had no label, so the content is unknown. BirthCtry: CV.",
    ground="drugs", subs=["vape"], reason="excluded_substance",
    mnc=["BirthCtry: CV"], cats=["national_origin"], tags=["kv_line"])

add("deny", "CHS", ("Connor Walsh", 12, "03-09"), "2026-03-13 14:30", "Parking lot",
    "Connor and two friends were found drinking beer in a car in the staff parking lot during "
    "lunch. Six empty cans. SRO flag: assoc.",
    ground="drugs", subs=["beer"], reason="excluded_substance",
    mnc=["SRO flag: assoc."], cats=["gang_affiliation"], tags=["kv_line"])

add("deny", "TBA", ("Aniyah Greene", 10, "12-18"), "2025-11-21 13:50", "Room 2-104",
    "Aniyah shared gummy edibles (THC 10 mg each, per the package) with two classmates in "
    "Rm 2-104; one felt dizzy and went to the nurse. Zip: 02124.",
    ground="drugs", subs=["edibles"], reason="excluded_substance",
    mnc=["02124"], cats=["neighborhood"], tags=["kv_line"])

add("deny", "SNOW", ("Mackenson Bien-Aime", 11, "10-09"), "2026-02-06 11:50", "Courtyard",
    "During a bag check Mackenson had a small bag of marijuana and a tin of nicotine pouches "
    "(Zyn). ImmStat: TPS.",
    ground="drugs", subs=["marijuana", "nicotine pouches"], reason="excluded_substance",
    mnc=["ImmStat: TPS"], cats=["immigration_status"], tags=["kv_line"])

add("deny", "ENG", ("Destiny Charles", 12, "05-25"), "2025-10-24 15:00", "Bleachers",
    "Coach found Destiny under the bleachers after practice with two cans of hard seltzer and "
    "a rolled joint of weed.\nParent call handled by:\n\nMarie-Claude Etienne\nHaitian "
    "Creole Family Liaison",
    ground="drugs", subs=["hard seltzer", "weed"], reason="excluded_substance",
    mnc=["Haitian Creole"], cats=["language"], tags=["signature"])

# recipient_not_permitted (8)
add("deny", "BURKE", ("Kareem Gaines", 11, "04-30"), "2025-10-16 09:30", "Room 201",
    "Kareem had a folding knife in his back pocket in Rm 201; it fell out when he sat down. "
    "Teacher took it. GDB: Y.",
    ground="weapon", weapon="knife", rec="bric", reason="recipient_not_permitted",
    mnc=["GDB: Y"], cats=["gang_affiliation"], tags=["kv_line"])

add("deny", "EBHS", ("Mateo Cruz", 10, "02-07"), "2025-11-13 10:15", "Room 118",
    "Mateo had a box cutter in his pencil case in Rm 118 and used it to cut tape for a poster. "
    "Teacher took it because it is not allowed. ImmStat=UNDOC.",
    ground="weapon", weapon="box cutter", rec="ice/ero-boston", reason="recipient_not_permitted",
    mnc=["ImmStat=UNDOC"], cats=["immigration_status"], tags=["kv_line"])

add("deny", "EXCEL", ("Ramon Then", 12, "09-01"), "2026-01-21 11:30", "Room 214",
    "Ramon was caught selling pills in Rm 214; 15 blue fentanyl pills recovered from a vitamin "
    "bottle. BirthCtry: DO.",
    ground="drugs", subs=["fentanyl"], rec="hsi/new-england", reason="recipient_not_permitted",
    mnc=["BirthCtry: DO"], cats=["national_origin"], tags=["kv_line"])

add("deny", "BHS", ("Samuel Otieno", 11, "06-10"), "2025-12-10 08:10", "Main entrance",
    "The entry scanner alarmed on Samuel's bag; SSS found a 5 in. kitchen knife wrapped in "
    "a T-shirt. Visa: B-2 overstay.",
    ground="weapon", weapon="knife", rec="cbp/boston-field-office",
    reason="recipient_not_permitted",
    mnc=["B-2 overstay"], cats=["immigration_status"], tags=["kv_line"])

add("deny", "DA", ("Tyrell Mayo", 10, "11-16"), "2026-02-10 13:00", "Room 207",
    "After being sent out of class Tyrell told Mr. Kline he would come back and shoot him. "
    "RE: B/AA.",
    ground="credible_threat", rec="commonwealth-fusion-center", reason="recipient_not_permitted",
    threat="Tyrell told Mr. Kline on 2/10: \"I'll come back and shoot you.\" He has posted photos "
           "with a gun.",
    mnc=["RE: B/AA"], cats=["ethnicity"], tags=["kv_line"])

add("deny", "OB", ("Yusuf Haddad", 12, "01-29"), "2026-03-06 12:20", "Cafeteria",
    "Yusuf swung a cafeteria chair at another student's shoulder; the student has a broken "
    "collarbone (BMC). HL: 11 (Arabic).",
    ground="serious_violence", rec="fbi/boston", reason="recipient_not_permitted",
    mnc=["HL: 11", "Arabic"], cats=["language"], tags=["kv_line"])

add("deny", "BGA", ("Lamar Finch", 11, "07-28"), "2025-10-09 15:15", "Bus stop",
    "Two students told the AP that Lamar lifted his shirt at the bus stop outside school to "
    "show a handgun in his waistband. Zip: 02121.",
    ground="weapon", weapon="handgun", rec="mbta-transit-police",
    reason="recipient_not_permitted",
    mnc=["02121"], cats=["neighborhood"], tags=["kv_line"])

add("deny", "ACC", ("Edwin Salazar", 10, "03-04"), "2025-11-05 10:40", "Room 12",
    "Edwin had about 4 grams of cocaine in a sandwich bag in his backpack; found during a "
    "search after a tip. LANG=SPA.",
    ground="drugs", subs=["cocaine"], rec="allied-universal-security",
    reason="recipient_not_permitted",
    mnc=["LANG=SPA"], cats=["language"], tags=["kv_line"])

# missing_threat_statement (6)
add("deny", "TBA", ("Jonah Pickett", 9, "08-30"), "2025-10-02 11:00", "Room 1-104",
    "Teacher heard Jonah say something to a friend about bringing a gun to school; she did not "
    "catch the exact words and Jonah denies it. LEP: Y.",
    ground="credible_threat", reason="missing_threat_statement",
    mnc=["LEP: Y"], cats=["language"], tags=["kv_line"])

add("deny", "SNOW", ("Peterson Cadet", 11, "12-03"), "2026-01-08 09:20", "Room 2.09",
    "Peterson told classmates he would \"hurt somebody\" after his phone was taken. "
    "BirthCtry: HT.",
    ground="credible_threat", threat="", reason="missing_threat_statement",
    mnc=["BirthCtry: HT"], cats=["national_origin"], tags=["kv_line"])

add("deny", "BURKE", ("Rashawn Tate", 12, "02-20"), "2026-02-25 14:10", "Hallway",
    "Rashawn was overheard saying he would \"handle it\" after school. GDB: Y.",
    ground="credible_threat", reason="missing_threat_statement",
    mnc=["GDB: Y"], cats=["gang_affiliation"], tags=["kv_line"])

add("deny", "BLA", ("Evelyn Hartwell", 10, "05-14"), "2025-11-10 10:30", "Room 208",
    "Evelyn told a friend in Rm 208 that she was going to \"do something\" at the pep rally "
    "on Friday. The friend told the counselor; Evelyn would not explain.",
    ground="credible_threat", reason="missing_threat_statement",
    mnc=[], cats=[], tags=["narrative"])

add("deny", "OB", ("Gabriela Nunes", 9, "10-27"), "2026-03-11 12:00", "Room 301",
    "Gabriela threatened a classmate in Rm 301 at the start of 5th period. Mother informed "
    "by phone.\n\nKenia Almonte\nFamily Liaison (Spanish/Portuguese)",
    ground="credible_threat", reason="missing_threat_statement",
    mnc=["Spanish/Portuguese"], cats=["language"], tags=["signature"])

add("deny", "MHK8", ("DeAndre Haynes", 8, "01-08"), "2026-01-22 13:45", "Room 27",
    "During recess DeAndre told a group of 8th graders he would bring his cousin's gun. "
    "Emergency card: BHA Unit 9A.",
    ground="credible_threat", reason="missing_threat_statement",
    mnc=["BHA Unit 9A"], cats=["neighborhood"], tags=["kv_line"])

# face_surveillance (6)
add("deny", "EXCEL", ("Kwame Addo", 11, "09-17"), "2025-10-27 10:00", "Room 215",
    "Kwame had a knife in Rm 215. Identified from hallway video; Briefcam face search returned "
    "a 94% match to his ID photo.",
    ground="weapon", weapon="knife", reason="face_surveillance",
    att=[("face_match", "facematch_results_1027.json")],
    mnc=["94% match", "Briefcam"], cats=["face_surveillance"], tags=["attachment"])

add("deny", "BCLA", ("Darius Keel", 12, "04-06"), "2025-12-12 14:50", "Courtyard",
    "A student was stabbed in the courtyard. Suspect identified as Darius via Clearview AI match "
    "from a bystander's phone video.",
    ground="serious_violence", reason="face_surveillance",
    mnc=["Clearview"], cats=["face_surveillance"], tags=["narrative"])

add("deny", "ENG", ("Marvin Joseph", 10, "07-19"), "2026-02-05 11:00", "Room 120",
    "Marvin had fentanyl pills. Please send yearbook photos of all 10th graders so they can be "
    "run through the facial matching system. HL: 04 (Haitian Creole).",
    ground="drugs", subs=["fentanyl"], reason="face_surveillance",
    att=[("photo", "yearbook_gr10_for_facematch.zip")],
    mnc=["HL: 04", "Haitian Creole", "yearbook_gr10_for_facematch"],
    cats=["face_surveillance", "language"], tags=["attachment", "kv_line"])

add("deny", "BHS", ("Kenny Luong", 11, "08-03"), "2026-03-09 08:20", "Main entrance",
    "Kenny had a taser in his coat at the main entrance; SSS took it. Face template ID "
    "FT-20931 attached for the file.",
    ground="weapon", weapon="taser", reason="face_surveillance",
    att=[("face_template", "ft_20931.bin")],
    mnc=["FT-20931"], cats=["face_surveillance"], tags=["attachment"])

add("deny", "NMH", ("Isaac Brannon", 10, "12-09"), "2026-01-29 13:15", "Room 210",
    "Isaac threatened to shoot up the school. SmartCam FR alert ALRT-77 matched him at the "
    "side door.",
    ground="credible_threat", reason="face_surveillance",
    threat="Isaac said 1/29: \"I'll shoot up this school tomorrow.\" He has shown a gun on "
           "Snapchat.",
    mnc=["ALRT-77", "SmartCam"], cats=["face_surveillance"], tags=["kv_line"])

add("deny", "DA", ("Jorge Medina", 12, "03-27"), "2025-11-17 09:35", "Room 304",
    "Brass knuckles were found on a desk in Rm 304 after the period. Camera still run through "
    "Rekognition: similarity 0.97 to Jorge's student ID photo. BirthCtry: MX.",
    ground="weapon", weapon="brass knuckles", reason="face_surveillance",
    mnc=["similarity 0.97", "Rekognition", "BirthCtry: MX"],
    cats=["face_surveillance", "national_origin"], tags=["kv_line"])

# other: replica / BB / airsoft (3)
add("deny", "TBA", ("Anthony Bui", 9, "11-29"), "2025-10-21 10:10", "Room 1-210",
    "A student told the AP that Anthony had a gun. SSS found a black BB gun (CO2, metal) in his "
    "backpack. LANG=POR.",
    ground="weapon", weapon="BB gun", reason="other",
    mnc=["LANG=POR"], cats=["language"], tags=["kv_line"])

add("deny", "CHS", ("Ryan Fitzgerald", 11, "06-13"), "2026-02-20 13:40", "Gym",
    "Coach saw a pistol grip in Ryan's gym bag. It is an airsoft pistol with a clear magazine "
    "and orange pellets.",
    ground="weapon", weapon="airsoft pistol", reason="other",
    mnc=[], cats=[], tags=["narrative"])

add("deny", "EXCEL", ("Kobe Singleton", 10, "02-25"), "2026-03-23 08:25", "Main entrance",
    "Entry scanner alarmed; SSS found a replica handgun (metal, orange tip removed) in Kobe's "
    "waistband. Zip: 02125.",
    ground="weapon", weapon="replica handgun", reason="other",
    mnc=["02125"], cats=["neighborhood"], tags=["kv_line"])


def main():
    counts = {}
    for c in CASES:
        k = c["expect"]["tags"][1]
        counts[k] = counts.get(k, 0) + 1
    assert len(CASES) == 150, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}: {counts}")


if __name__ == "__main__":
    main()
