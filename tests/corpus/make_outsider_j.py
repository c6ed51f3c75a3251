#!/usr/bin/env python3
"""Held-out corpus "outsider_j" for the gatekeeper, written blind from RULES.md / CONTRACT.md.

Deterministic, stdlib only. Writes tests/data/corpus/outsider_j.jsonl (ids OJ-0001 ...).

Genres (first tag of each case):
  ocr_scan         typed-up scans and handwriting with OCR damage
  student_voice    witness / victim statements in a student's own words, some translated
  housing_liaison  homeless-liaison, social-worker and attendance notes around an incident
  activity         sports, field trips, after-school and summer programs
  passing_culture  faith, culture or language mentioned only in passing
  dodging          forbidden facts split, abbreviated, parenthesised, spaced or in other scripts
  precision_trap   category-looking words that are really incident facts: must be kept

Second tag is the expected outcome: allow_redact, allow_clean, deny_ground, deny_substance,
deny_recipient, deny_threat_missing, deny_face, deny_replica.
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_j.jsonl"

# Real BPS school names, made-up ids, and the BPD district the building sits in (approximately).
SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-3101", "c11"),
    "EBHS": ("East Boston High School", "BPS-3102", "a7"),
    "CHS": ("Charlestown High School", "BPS-3103", "a15"),
    "BHS": ("Brighton High School", "BPS-3104", "d14"),
    "EHS": ("English High School", "BPS-3105", "e13"),
    "EXCEL": ("Excel High School", "BPS-3106", "c6"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-3107", "b2"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-3108", "b3"),
    "TBA": ("TechBoston Academy", "BPS-3109", "c11"),
    "SNOW": ("Snowden International School", "BPS-3110", "d4"),
    "OB": ("John D. O'Bryant School of Mathematics and Science", "BPS-3111", "b2"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-3112", "e18"),
    "NM": ("New Mission High School", "BPS-3113", "e18"),
    "FEN": ("Fenway High School", "BPS-3114", "b2"),
    "BAA": ("Boston Arts Academy", "BPS-3115", "d4"),
    "BINCA": ("Boston International Newcomers Academy", "BPS-3116", "b3"),
    "CASH": ("Community Academy of Science and Health", "BPS-3117", "c11"),
    "DEAR": ("Dearborn STEM Academy", "BPS-3118", "b2"),
    "MUNIZ": ("Margarita Mu\u00f1iz Academy", "BPS-3119", "e13"),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", "BPS-3120", "b2"),
    "FRED": ("Lilla G. Frederick Middle School", "BPS-3121", "c11"),
    "MCC": ("John W. McCormack Middle School", "BPS-3122", "c11"),
    "MILD": ("Mildred Avenue K-8 School", "BPS-3123", "b3"),
    "OGK8": ("Orchard Gardens K-8 School", "BPS-3124", "b2"),
    "HERN": ("Rafael Hern\u00e1ndez K-8 School", "BPS-3125", "b2"),
    "UMANA": ("Mario Umana Academy", "BPS-3127", "a7"),
    "CURLEY": ("Curley K-8 School", "BPS-3128", "e13"),
    "BLS": ("Boston Latin School", "BPS-3129", "d4"),
    "HEND": ("Henderson K-12 Inclusion School", "BPS-3130", "c11"),
    "JQUS": ("Josiah Quincy Upper School", "BPS-3131", "a1"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-3132", "b2"),
    "ACC": ("Another Course to College", "BPS-3133", "e18"),
    "MURPHY": ("Richard J. Murphy K-8 School", "BPS-3134", "c11"),
    "LEE": ("Joseph Lee K-8 School", "BPS-3135", "c11"),
    "YA": ("Young Achievers Science and Mathematics K-8 School", "BPS-3136", "b3"),
    "EGLES": ("Greater Egleston High School", "BPS-3137", "b2"),
    "BGA": ("Boston Green Academy", "BPS-3138", "d14"),
    "ELIOT": ("Eliot K-8 Innovation School", "BPS-3139", "a1"),
}

REASON = {
    "deny_ground": "ground_not_permitted",
    "deny_substance": "excluded_substance",
    "deny_recipient": "recipient_not_permitted",
    "deny_threat_missing": "missing_threat_statement",
    "deny_face": "face_surveillance",
    "deny_replica": "other",
}

CATS = {"immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"}

# Strings a correct response may carry for reasons of its own (codes, field paths, notice words):
# a canary must never be a substring of one of them.
RESPONSE_WORDS = sorted(CATS) + [
    "ground_not_permitted", "excluded_substance", "recipient_not_permitted",
    "missing_threat_statement", "invalid_request", "not_allowlisted", "[withheld]", "redactions",
    "policy_version", "incident.description", "incident.location", "threat_statement",
    "student.student_id", "student.name", "student.date_of_birth", "student.grade", "student.school",
    "occurred_at", "attachments", "recipient", "decision", "leaf_hash",
]

CASES = []
PROBLEMS = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def edt(date):
    """True when the date falls in US daylight time (2025: Mar 9 - Nov 2; 2026: Mar 8 - Nov 1)."""
    y, m, d = (int(x) for x in date.split("-"))
    start = {2025: (3, 9), 2026: (3, 8)}[y]
    end = {2025: (11, 2), 2026: (11, 1)}[y]
    return start <= (m, d) < end


def iso(when):
    date, hm = when.split(" ")
    return f"{date}T{hm}:00{'-04:00' if edt(date) else '-05:00'}"


def dob(grade, n):
    month = 1 + (n * 5) % 12
    day = 1 + (n * 11) % 28
    year = (2019 - grade) if month >= 9 else (2020 - grade)
    return f"{year}-{month:02d}-{day:02d}"


def mk(genre, outcome, school, name, grade, when, location, desc, *, ground, key=None, mct=(),
       nmc=(), cats=(), weapon=None, substances=None, threat=None, recipient=None, stu=None,
       att=None, tags=()):
    n = len(CASES) + 1
    cid = f"OJ-{n:04d}"
    sname, sid, district = SCHOOLS[school]
    rec = recipient or f"bpd/district-{district}"
    student = {"student_id": str(200000 + (n * 7919) % 700000), "name": name,
               "date_of_birth": dob(grade, n), "grade": grade, "school": sname}
    if stu:
        student.update(stu)
    req = {"request_id": cid, "school_id": sid, "recipient": rec, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": iso(when), "location": location, "description": desc}
    req["student"] = student
    if att:
        req["attachments"] = att
    deny = outcome.startswith("deny")
    expect = {"decision": "deny" if deny else "allow"}
    if deny:
        expect["reason"] = REASON[outcome]
    expect.update({
        "must_not_contain": list(nmc),
        "must_contain": [] if deny else [name, sname, key],
        "must_contain_text": [] if deny else list(mct),
        "categories": sorted(set(cats)),
        "tags": [genre, outcome] + list(tags),
    })
    CASES.append({"id": cid, "request": req, "expect": expect})

    # ---- self-checks: labels must be fair, and must not fight each other ----
    def bad(msg):
        PROBLEMS.append(f"{cid}: {msg}")
    whole = fold(json.dumps(req, ensure_ascii=False))
    kept_texts = [fold(x) for x in (list(mct) + ([name, sname, key] if not deny else []))]
    resp_words = [fold(w) for w in RESPONSE_WORDS] + [fold(rec), fold(sid), fold(ground)]
    resp_words += [fold("student." + k) for k in student]
    resp_words += [fold(s) for s in (substances or [])] + ([fold(weapon)] if weapon else [])
    for c in nmc:
        f = fold(c)
        if f not in whole:
            bad(f"canary {c!r} not in request")
        if any(f in k for k in kept_texts):
            bad(f"canary {c!r} inside a kept string")
        if any(f in w for w in resp_words):
            bad(f"canary {c!r} collides with a response word")
        if f in fold(location):
            bad(f"canary {c!r} in the incident location")
    if set(cats) - CATS:
        bad(f"unknown category {set(cats) - CATS}")
    if bool(nmc) != bool(cats):
        bad("canaries and categories must come together")
    if deny:
        if outcome == "deny_recipient" and rec.startswith("bpd"):
            bad("deny_recipient needs a non-BPD recipient")
        if outcome != "deny_recipient" and not rec.startswith("bpd"):
            bad("a second deny reason (recipient) muddies the label")
        if outcome != "deny_face" and (att and any(a["kind"] == "face_match" for a in att)):
            bad("face attachment on a non-face deny")
    else:
        if not rec.startswith("bpd"):
            bad("allow needs a BPD recipient")
        if ground not in ("weapon", "serious_violence", "credible_threat", "drugs"):
            bad("allow needs a permitted ground")
        if ground == "credible_threat" and not (threat or "").strip():
            bad("allowed threat needs a statement")
        if not key or key not in desc:
            bad(f"key fact {key!r} must be in the description verbatim")
        if not 1 <= len(mct) <= 3:
            bad("must_contain_text needs 1 to 3 items")
        for t in mct:
            if t not in desc:
                bad(f"must_contain_text {t!r} not verbatim in description")
        if (outcome == "allow_clean") != (not nmc):
            bad("allow_clean iff no canaries")
        if att and any(a["kind"] == "face_match" for a in att):
            bad("face attachment on an allow")


def doc(name):
    return [{"kind": "document", "name": name}]


# =====================================================================================
# 1. OCR'd scans and handwriting (20)
# =====================================================================================
G = "ocr_scan"

mk(G, "allow_redact", "EXCEL", "Kyrie Barros", 10, "2025-10-21 10:40",
   "Excel High School, 2nd floor boys' bathroom",
   "[Typed from a scanned handwritten statement. Original on file. Some words could not be read.]\n"
   "Witness statement \u2014 J.M., gr 10\n"
   "l was in the 2nd fl00r bathroorn around 10:40 and Kyrie pulled out a knife frorn his sock, like a "
   "steak knife w/ a brown hand1e, and said he was gonna poke the kid that took his AirPods. l left and "
   "told Mr. Alvarado. Mr. Alvarado and the SSS took the knife off hirn by the sinks.\n"
   "---\n"
   "Admin note (typed): mother contacted; she speaks Portu- guese only so we used the lnterpreter line (L-0417).",
   ground="weapon", weapon="knife", key="steak knife", mct=["steak knife", "by the sinks"],
   nmc=["Portu- guese", "lnterpreter line"], cats=["language"], att=doc("statement_JM_scan.pdf"))

mk(G, "allow_redact", "MCC", "Danny Pham", 8, "2025-11-18 10:05",
   "John W. McCormack Middle School, nurse's office",
   "NURSE LOG \u2014 11/18 (scanned, OCR)\n"
   "1O:O5 Student sent frorn Rm 2O3 by Ms. Keane, c/o dizzy. Bag check by AP w/ SSS present: sm. ziploc "
   "w/ 6 blue pi1ls stamped \"M 3O\". Student stated he got thern from \"a kid at the bus st0p.\" "
   "Fentanyl test strip (per protocol) = P0SITIVE. Pil1s secured, handed to SSS Reyes for BPD.\n"
   "SIS flags: LEP / home lang Vietnarnese \u2014 dad needs int. for calls.",
   ground="drugs", substances=["fentanyl"], key="Fentanyl", mct=["6 blue pi1ls", "Rm 2O3"],
   nmc=["Vietnarnese", "LEP /", "needs int.", "EL - WIDA 2.1"], cats=["language"],
   stu={"ell_status": "EL - WIDA 2.1"}, tags=["structured_fields"])

mk(G, "deny_ground", "BURKE", "Amari Gaines", 11, "2026-01-08 11:35",
   "Jeremiah E. Burke High School, cafeteria",
   "STATEMENT (typed frorn scan \u2014 orig. in folder)\n"
   "At lunch Amari and a boy frorn 12th grade started pushing by the rnilk cooler. Arnari swung first. "
   "Nobody was hurt bad, the other kid had a scratch on his cheek. Lunch aides broke it up.\n"
   "Per SSS: Amari is \"known to be c1ique'd up with the Geneva Ave crew\" and the fight was about that.",
   ground="fight", nmc=["Geneva Ave crew", "c1ique'd up"], cats=["gang_affiliation"])

mk(G, "deny_substance", "BHS", "Liam Costa", 10, "2025-12-03 13:15",
   "Brighton High School, 3rd floor stairwell",
   "Incident rpt (scanned, OCR \u2014 poor quality)\n"
   "Student found in the 3rd fl stairwell w/ 2 other students. Strong srnell of rnarijuana. Search of "
   "backpack: 1 pre-ro1led blunt, grinder, lighter. No other substances. Student said he \"was holding it "
   "for sorneone.\"\n"
   "Horne address on file: 88 Faneui1 St",
   ground="drugs", substances=["marijuana"], nmc=["Faneui1 St"], cats=["neighborhood"])

mk(G, "allow_redact", "CHS", "Tyrese Holloway", 12, "2026-02-04 14:50",
   "Charlestown High School, front doors",
   "TYPED FROM HANDWRITTEN STATEMENT (SSS J. Morrow) \u2014 spelling as in orig.\n"
   "@ approx 2:50 dismissal, outside frnt doors, Tyrese punched D.K. multiple tirnes after D.K. fell, "
   "kicked him in the head 2x. D.K. unconscious ~1 min. EMS transported to MGH \u2014 orbital fracture + "
   "concussion per dad's call next day.\n"
   "Bystander said it started because D.K. called Tyrese's girlfriend a \"Dorninican\" something. "
   "Tyrese's mom is also Dorninican, she said on the phone.",
   ground="serious_violence", key="orbital fracture",
   mct=["orbital fracture", "kicked him in the head 2x"], nmc=["Dorninican"], cats=["ethnicity"],
   att=doc("sss_morrow_statement.pdf"))

mk(G, "allow_redact", "TBA", "Jaylen Price", 9, "2026-01-27 11:05",
   "TechBoston Academy, Room 312",
   "Statement of staff (Ms. Odom), scanned 1/27\n"
   "During 4th pd in Rm 3l2 l saw Jaylen slide a yel1ow box cutter out of his hoodie pocket and open the "
   "b1ade toward L.S. who was sitting next to him. l said put it on the desk and he did. Nobody cut.\n"
   "Guardian info frorn intake sheet (attached by office): grandrnother, l4 Bowdoin St apt 3 \u2014 best # "
   "is horne phone.",
   ground="weapon", weapon="box cutter", key="box cutter", mct=["yel1ow box cutter", "Rm 3l2"],
   nmc=["Bowdoin St"], cats=["neighborhood"])

mk(G, "allow_redact", "BCLA", "Mateo Reyes", 10, "2026-03-16 12:10",
   "Boston Community Leadership Academy, Room 118",
   "Note found by sub teacher under a desk in Rm 118 after 3rd period \u2014 a note about bringing his "
   "uncle's gun to school. Typed here frorn the scan (OCR). AP Lindqvist and SSS met with Mateo at 12:10; "
   "he admitted writing it and said he \"was just tired of it.\" Threat assessment opened, Mateo kept in "
   "office, mom came in 1:30.\n"
   "Counselor file: farni1y carne from Guatemala in 2024, asy1um case pending.",
   ground="credible_threat",
   threat="From the scanned note (student admits he wrote it): \"l'rn bringing rny uncles gun rnonday and "
          "the kids in 3rd period that laugh at rne are gonna find out. not a joke.\" Student told AP "
          "Lindqvist his uncle keeps a pisto1 in a shoebox and he knows where.",
   key="uncle's gun", mct=["Rm 118", "Threat assessment opened"], nmc=["Guatemala", "asy1um"],
   cats=["national_origin", "immigration_status"], att=doc("note_rm118_scan.pdf"))

mk(G, "deny_recipient", "EHS", "Kevin Sosa", 11, "2025-10-02 07:50",
   "English High School, main entrance",
   "Incident (OCR frorn fax copy)\n"
   "Kevin was found with a folding knife in his waistband at rnorning entry scan. Knife secured by SSS. "
   "He said it was for \"protection on the way to schoo1.\"\n"
   "Request frorn BRlC analyst: please include any known associates / set affi1iation. SSS believes he "
   "runs with \"Lucerne\".",
   ground="weapon", weapon="knife", recipient="bric", nmc=["Lucerne", "set affi1iation"],
   cats=["gang_affiliation"])

mk(G, "allow_clean", "SNOW", "Maya Whitfield", 11, "2026-03-12 08:52",
   "Snowden International School, Newbury St entrance",
   "Typed frorn handwritten SSS log, 3/12\n"
   "08:52 \u2014 bag went thru scanner at Newbury St entrance, flagged. Found srna11 pink canister of pepper "
   "spray (\"Sabre\" brand) in front pocket. Student says her aunt gave it to her for the T. Canister "
   "secured, logged #26-114. Student cooperative. Parent called 9:15, VM left.\n"
   "09:40 \u2014 rnom called back.",
   ground="weapon", weapon="pepper spray", key="pepper", mct=["Newbury St entrance", "Sabre"])

mk(G, "allow_redact", "MP", "Dario Fontes", 12, "2025-11-13 11:10",
   "Madison Park Technical Vocational High School, auto shop hallway",
   "SEARCH REP0RT \u2014 scan of carbon copy\n"
   "Student observed by carnera at 11:10 in the auto shop hallway handing a srnall knotted bag to another "
   "student. On search w/ AP Dunne: 4 knotted baggies w/ white powder in his jacket, $240 cash. Field test "
   "(SSS) consistent w/ cocaine. Student said \"it's not mine I'm holding it.\"\n"
   "Social worker notes pg 2: farni1y is Cape Ver- dean, rnom prefers Kriolu, needs interp for all rntgs.",
   ground="drugs", substances=["cocaine"], key="cocaine",
   mct=["auto shop hallway", "4 knotted baggies"], nmc=["Cape Ver- dean", "Kriolu", "needs interp"],
   cats=["ethnicity", "language"])

mk(G, "allow_redact", "CASH", "Naima Abdi", 11, "2026-02-10 09:30",
   "Community Academy of Science and Health, gym locker room",
   "STUDENT STATEMENT \u2014 victim (S.W.) \u2014 typed up by office from scan\n"
   "Naima came up behind rne in the gym locker roorn and hit rne with a padlock in a sock like 3 or 4 "
   "tirnes on my head and arrn. I was bleeding a lot frorn rny head. Nurse called 911.\n"
   "(Admin: S.W. received 9 staples, fractured left ulna per BMC discharge.)\n"
   "S.W. says the beef started when Naima said she was late b/c of prayers at the rnosque and S.W. laughed.",
   ground="serious_violence", key="padlock in a sock", mct=["fractured left ulna", "9 staples"],
   nmc=["rnosque"], cats=["religion"])

mk(G, "deny_face", "OB", "Devonte Ashby", 10, "2025-12-09 13:15",
   "John D. O'Bryant School, hallway near Room 208",
   "Typed frorn printout attached to the SSS report\n"
   "lncident: knife (4\" folding) found in hallway near Rm 208 at 1:15. Nobody saw who dropped it.\n"
   "Printout frorn the vendor's carnera search: \"CLEARVlEW Al \u2014 probable rnatch 0.93 \u2014 ASHBY, "
   "DEVONTE (yearbook 2024)\". AP then pulled Devonte frorn class and he said it was his.",
   ground="weapon", weapon="knife", nmc=["CLEARVlEW", "rnatch 0.93"], cats=["face_surveillance"],
   att=[{"kind": "face_match", "name": "vendor_printout_p1.pdf"}])

mk(G, "allow_redact", "EGLES", "Isaiah Montgomery", 12, "2026-04-28 10:30",
   "Greater Egleston High School, main office",
   "Typed from SSS hand notes (OCR, spelling kept)\n"
   "During the 10:30 pat-down (after his cousin tipped the office) SSS found a set of brass knuck1es in "
   "lsaiah's right coat pocket, gold color, 4 finger holes. He said he carries them since \"sornething "
   "happened at the bus stop\". Knuckles turned over to SSS Mahoney.\n"
   "SSS note: lsaiah is suspected to be with the Wendover St boys, per his PO.",
   ground="weapon", weapon="brass knuckles", key="brass knuck1es",
   mct=["gold color, 4 finger holes", "right coat pocket"], nmc=["Wendover St boys"],
   cats=["gang_affiliation"])

mk(G, "deny_threat_missing", "HEND", "Ethan Caldwell", 8, "2026-01-22 13:40",
   "Henderson K-12 Inclusion School, science room",
   "scan of teacher ernail, printed and re-typed\n"
   "Ethan told his table during science that he wants to \"do a school shooting\" and laughed. Other kids "
   "upset. He has said weird stuff before. Counselor is meeting him today. His dad is a deacon at a church "
   "on Norfolk St and wants it handled quiet.",
   ground="credible_threat", nmc=["deacon"], cats=["religion"])

mk(G, "allow_redact", "FRED", "Jariel Matos", 8, "2026-03-03 10:20",
   "Lilla G. Frederick Middle School, Room 114",
   "lNCIDENT \u2014 OCR of fax frorn the nurse\n"
   "Student gave 2 round white tabs to a classrnate in Rrn 114 who said they were for \"headaches\". Tabs "
   "imprinted \"M 523\" \u2014 nurse identified as oxycodone/acetaminophen. Student said they are his "
   "grandrna's pills frorn her cabinet; they are not prescribed to him.\n"
   "Per teacher: dad has n0 papers and works nights, rnom is the one to call.",
   ground="drugs", substances=["oxycodone"], key="oxycodone", mct=["M 523", "Rrn 114"],
   nmc=["n0 papers"], cats=["immigration_status"])

mk(G, "allow_clean", "BGA", "Bryce Donnelly", 10, "2025-10-15 09:20",
   "Boston Green Academy, physics lab (Room 206)",
   "TYPED FROM SCANNED STATEMENT (Mr. English, Physics)\n"
   "At about 9:20 in Rm 2O6 Bryce was clicking a black stun gun/taser under the lab bench and it sparked. "
   "He pointed it at M.T.'s neck and said \"wanna try it.\" M.T. moved away. l took it and brought it to "
   "the main office. Nobody was shocked.\n"
   "Signed \u2014 R. English",
   ground="weapon", weapon="taser", key="taser", mct=["Mr. English", "pointed it at M.T.'s neck"],
   tags=["surname_trap"])

mk(G, "allow_redact", "BINCA", "Abdirahman Yusuf", 10, "2025-11-05 11:45",
   "Boston International Newcomers Academy, cafeteria",
   "Statement (scan), translated by staff during the rneeting\n"
   "Abdirahman stabbed A.H. in the left thigh with a sharpened pencil after A.H. took his phone, in the "
   "cafeteria line. Wound needed 6 stitches at Boston Children's; A.H. is on crutches.\n"
   "Intake sheet: Sornali-speaking, needs Sornali interpreter for all parent contact.",
   ground="serious_violence", key="6 stitches", mct=["left thigh", "sharpened pencil"],
   nmc=["Sornali"], cats=["language"])

mk(G, "deny_substance", "DEAR", "Keanu Ramos", 9, "2026-02-24 10:00",
   "Dearborn STEM Academy, 2nd floor boys' room",
   "OCR of handwritten referral\n"
   "Keanu was vaping in the 2nd fl00r boys rm. SSS took a black disposable vape (no label, unknown what's "
   "in it). He would not say where he got it. No other itenns. Referral to counselor.",
   ground="drugs", substances=["vape"])

mk(G, "allow_redact", "BDEA", "Shaniya Booker", 11, "2026-04-07 12:45",
   "Boston Day and Evening Academy, 1st floor lounge",
   "Typed frorn scanned incident sheet\n"
   "At 12:45 Shaniya took a razor b1ade out of her cheek (she had it in her rnouth) during an argurnent "
   "with T.G. in the 1st fl lounge and swung it. T.G. was cut on the chin, shal1ow, cleaned by nurse. "
   "Blade recovered frorn floor by SSS.\n"
   "Shaniya lives in the Franklin Hi11 developrnent, bldg 5.",
   ground="weapon", weapon="razor blade", key="razor b1ade", mct=["cut on the chin", "1st fl lounge"],
   nmc=["Franklin Hi11", "bldg 5"], cats=["neighborhood"])

mk(G, "allow_redact", "JQUS", "Kayla Sim", 11, "2026-05-13 08:30",
   "Josiah Quincy Upper School, main office",
   "Scan of AP notes (OCR)\n"
   "Tip frorn student at 8:30. Kayla's bag searched in the main office w/ AP Chen and SSS: 11 white "
   "bar-shaped pills marked \"XANAX 2\", loose in a gum pack. She said she bought thern on Snap. Not "
   "prescribed (confirrned w/ nurse + mom).\n"
   "Mom asked that nobody call on Saturday since the farnily are Jehovah's Witnesses and have rneetings.",
   ground="drugs", substances=["Xanax"], key="XANAX 2",
   mct=["gum pack", "11 white bar-shaped pills"], nmc=["Jehovah"], cats=["religion"])

# =====================================================================================
# 2. Student voice: witness and victim statements (20)
# =====================================================================================
G = "student_voice"

mk(G, "allow_redact", "BURKE", "Marquise Dunbar", 11, "2026-02-09 12:50",
   "Jeremiah E. Burke High School, 2nd floor lockers",
   "Victim statement, written by R.P. (gr 10) in the office, copied exactly:\n"
   "so i was just walking to my locker and marquise come up on me talking bout i was looking at his girl "
   "which i wasnt and he keep calling me a dirty dominican and stuff and then he punched me and i fell into "
   "the lockers and he kept stomping my face like 4 times. my teeth is broke and my jaw is wired now. i "
   "didnt even do nothing to him i dont even know him like that\n"
   "(Admin: R.P. had a fractured mandible, surgery at BMC 2/10.)",
   ground="serious_violence", key="fractured mandible",
   mct=["jaw is wired", "fractured mandible", "stomping my face"],
   nmc=["dominican", "Black or African American"], cats=["ethnicity"],
   stu={"race": "Black or African American", "homeroom": "214"}, tags=["structured_fields"])

mk(G, "allow_redact", "MUNIZ", "Juli\u00e1n Ferreira", 10, "2025-10-09 11:20",
   "Margarita Mu\u00f1iz Academy, 2nd floor",
   "Witness statement of L.C., 9th grade [translated from Spanish by staff, Ms. Beltr\u00e1n]\n"
   "I was by the water fountain on the second floor and Juli\u00e1n showed me a knife, one of those that "
   "open with a button, silver, and he said that today he was going to teach a lesson to the boy who pushed "
   "his little brother. I got scared and went to tell Ms. Pacheco. I don't want problems, I only said what "
   "I saw.\n"
   "Admin: switchblade recovered from Juli\u00e1n's backpack at 11:20 by SSS.",
   ground="weapon", weapon="switchblade", key="switchblade",
   mct=["water fountain on the second floor", "switchblade recovered"], nmc=["Spanish"],
   cats=["language"], tags=["translated"])

mk(G, "allow_redact", "MILD", "Wesley Charles", 8, "2026-01-14 14:05",
   "Mildred Avenue K-8 School, bathroom by the gym",
   "Statement of victim M.J., grade 7 [translated from Haitian Creole by the family liaison]\n"
   "Wesley and two other boys pulled me into the bathroom by the gym. Wesley held me and hit my head on "
   "the sink. There was a lot of blood. They took my jacket. I did not tell at first because I was afraid "
   "they would do it again after school.\n"
   "Nurse: 3 cm laceration above right eye, closed with 5 stitches at Carney; CT negative.",
   ground="serious_violence", key="5 stitches",
   mct=["hit my head on the sink", "laceration above right eye"], nmc=["Haitian", "Creole"],
   cats=["language"], tags=["translated"])

mk(G, "deny_ground", "NM", "Dashawn Mills", 10, "2025-12-15 12:30",
   "New Mission High School, vending machines",
   "statement by Dashawn (his words):\n"
   "ok so basically he been talking crazy on my story all weekend so when i seen him by the vending "
   "machine i said say it to my face and he pushed me first so i hit him back thats it. he thought cuz im "
   "from Mattapan im soft. nobody got hurt for real he just had a bloody lip. i aint sorry tho he was "
   "wrong. we squashed it in the office.",
   ground="fight", nmc=["from Mattapan"], cats=["neighborhood"])

mk(G, "deny_substance", "EMK", "Aaliyah Grant", 11, "2026-03-25 08:40",
   "Edward M. Kennedy Academy for Health Careers, bathroom",
   "Student's written account:\n"
   "it was literally just a dab pen i found it on the 39 bus, like it wasn't even full. i took one hit in "
   "the bathroom before 2nd and the sub smelled it. i dont sell nothing. my mom already took my phone so "
   "can this be over pls\n"
   "Admin: cartridge labeled \"THC 90%\" taken, nothing else found.",
   ground="drugs", substances=["THC cartridge"])

mk(G, "allow_redact", "BHS", "Omar Haddad", 11, "2026-04-13 07:45",
   "Brighton High School, main office",
   "Statement of J.T., gr 11, who brought the screenshot in:\n"
   "yo i dont play about stuff like that so i sent it to mr quinn right away. omar been acting different "
   "since his pops left, he stay in the Bury now with his aunt and he been saying everybody hate him. i "
   "didnt think he was fr until i seen the gun in the pic. pls dont say it was me\n"
   "Admin: Omar kept out of building Monday; BPD D-14 notified Sunday night; parent meeting 9 AM.",
   ground="credible_threat",
   threat="Omar posted on his Snapchat story Sunday night (screenshot kept by AP): \"monday 3rd period "
          "everybody in 214 getting shot, i got the glock from my cousin already, watch.\" The photo showed "
          "a black handgun on a bed. Two students sent the screenshot to Mr. Quinn at 10:40 PM.",
   key="screenshot", mct=["sent it to mr quinn right away", "kept out of building Monday"],
   nmc=["the Bury"], cats=["neighborhood"])

mk(G, "allow_redact", "TBA", "Jamal Whitaker", 12, "2026-05-05 14:05",
   "TechBoston Academy, stairwell by the gym / Room 104",
   "Statement of K.B. (gr 12), handwritten, typed as written:\n"
   "after 6th period jamal was in the stairwell by the gym showing ppl a strap in his waistband, it was "
   "black with a extended clip, he let me see it but i aint touch it. he was saying he repping Castlegate "
   "now and if anybody from the other side come around he ready. i told ms Ruiz cuz i got little cousins "
   "here.\n"
   "Admin: SSS and BPD recovered a loaded 9mm pistol from Jamal's waistband in room 104 at 2:05 PM.",
   ground="weapon", weapon="firearm", key="9mm pistol",
   mct=["loaded 9mm pistol", "stairwell by the gym", "extended clip"], nmc=["Castlegate"],
   cats=["gang_affiliation"])

mk(G, "allow_redact", "DEAR", "Edson Tavares", 9, "2025-11-20 14:30",
   "Dearborn STEM Academy, fence by the front walk",
   "Statement of victim D.M., 9th grade [translated from Kriolu (Cabo Verdean Creole) by Mr. Fortes]\n"
   "When we came out of the school Edson and his friend were waiting by the fence. Edson hit me in the "
   "face with a bottle and I fell. He kept hitting me with his feet. I could not see from my eye. My mother "
   "took me to the hospital.\n"
   "Admin: D.M. has a fractured orbital bone and a detached retina per Boston Medical Center; surgery "
   "scheduled.",
   ground="serious_violence", key="detached retina",
   mct=["hit me in the face with a bottle", "fractured orbital bone"],
   nmc=["Kriolu", "Cabo Verdean Creole"], cats=["language"], tags=["translated"])

mk(G, "allow_clean", "BLA", "Connor Walsh", 10, "2026-01-21 12:20",
   "Boston Latin Academy, 3rd floor bathroom",
   "Written by A.R., gr 10, to Mr. Dagher:\n"
   "not tryna snitch but connor been selling percs in the 3rd floor bathroom, like the blue ones, he said "
   "they're \"pressed\" and 10 a pop. my friend took one at lunch and was nodding out in bio and her lips "
   "looked kinda blue. i'm scared someone's gonna die fr\n"
   "Admin: Connor's bag searched 12:20 w/ SSS; 14 blue pills marked M30 in an Altoids tin. Friend (E.S.) "
   "given Narcan by nurse, EMS transported, stable.",
   ground="drugs", substances=["counterfeit pills"], key="M30",
   mct=["Altoids tin", "given Narcan by nurse", "3rd floor bathroom"])

mk(G, "deny_recipient", "FEN", "Rafael Santos", 11, "2026-04-07 15:10",
   "MBTA Green Line, Kenmore to Fenway",
   "Statement of T.W. (gr 11):\n"
   "me and rafael got on the green line at kenmore after school and this kid from another school started "
   "talking mess, rafael pulled out a knife like a kitchen one and the kid ran off the train at fenway "
   "stop. rafael put it back in his bag. i told my advisor the next day bc i couldnt sleep.\n"
   "Admin: knife (8\" kitchen) recovered from Rafael's locker on 4/8.",
   ground="weapon", weapon="knife", recipient="mbta-transit-police")

mk(G, "allow_redact", "EXCEL", "Brianna Kelley", 10, "2026-03-05 13:10",
   "Excel High School, girls' locker room",
   "Victim statement \u2014 S.A., grade 10, her own words:\n"
   "all year brianna and them been making fun of my hijab and saying stuff when i walk by. today in the "
   "locker room she pushed me from behind into the bench and i hit my mouth, two of my front teeth came "
   "out and theres blood everywhere. the coach wasnt there. i want her to stop for real.\n"
   "Nurse: two permanent incisors avulsed; dentist at Tufts re-implanted them same day.",
   ground="serious_violence", key="incisors avulsed",
   mct=["two of my front teeth came out", "pushed me from behind into the bench"], nmc=["hijab"],
   cats=["religion"])

mk(G, "allow_redact", "CHS", "Tommy Nguyen", 9, "2025-09-23 11:55",
   "Charlestown High School, Room 221",
   "Statement by witness H.L., grade 9 [translated from Vietnamese by staff]\n"
   "In the morning before homeroom Tommy showed me and two friends a knife with a black handle in his "
   "backpack. He said the boys from 10th grade who take his money will see it. He told me not to tell. I "
   "told Ms. Tran at lunch because I was afraid.\n"
   "Admin: 6-inch fixed-blade knife found in backpack in room 221 at 11:55.",
   ground="weapon", weapon="knife", key="fixed-blade knife",
   mct=["6-inch fixed-blade knife", "before homeroom"], nmc=["Vietnamese"], cats=["language"],
   tags=["translated"])

mk(G, "allow_clean", "OGK8", "Jaden Morris", 7, "2025-10-28 12:40",
   "Orchard Gardens K-8 School, playground",
   "What Z.P. (gr 7) wrote on the statement sheet:\n"
   "Jaden had a lil taser thing that looks like a flashlight and he was zapping it at recess by the slide "
   "and then he put it on D.'s arm and D. screamed and had a red mark. Then Jaden said he would do it to "
   "anybody that told so I waited till we was inside and told Ms. Greer.\n"
   "Admin: stun gun/flashlight combo recovered from Jaden's coat at 12:40; D.'s arm checked by nurse, small "
   "burn mark.",
   ground="weapon", weapon="stun gun", key="stun gun",
   mct=["looks like a flashlight", "by the slide", "small burn mark"])

mk(G, "allow_redact", "OB", "Xavier Lambert", 11, "2025-10-22 07:35",
   "John D. O'Bryant School, entry scanner",
   "Statement of N.F., gr 11:\n"
   "we was at the Ruggles busway after school waiting on the 22 and xavier got into it with some dude "
   "over a jacket. xavier pulled a knife out his bag, like a red pocket knife, and the dude backed up and "
   "left. xavier said he always got it on him cuz he stay on Annunciation Rd and it be crazy over there. i "
   "told mr. o'neil next morning.\n"
   "Admin: red Swiss Army-style knife found in Xavier's bag at entry, 7:35 AM 10/22.",
   ground="weapon", weapon="knife", key="pocket knife", mct=["Ruggles busway", "red pocket knife"],
   nmc=["Annunciation Rd"], cats=["neighborhood"], stu={"home_address": "23 Annunciation Rd #4"},
   tags=["structured_fields"])

mk(G, "deny_ground", "CURLEY", "Sophie Brennan", 6, "2026-02-26 12:15",
   "Curley K-8 School, cafeteria",
   "Statement from the victim, C.O., grade 6:\n"
   "Sophie and her friends made a group chat about me and they put my picture in it and say I smell and "
   "that my family is illegal and should go back. I cried in the bathroom at lunch. Sophie also took my "
   "lunch card and hid it. I want to change my lunch table.\n"
   "Admin: screenshots printed, parents of both called.",
   ground="bullying", nmc=["family is illegal"], cats=["immigration_status"])

mk(G, "deny_face", "ACC", "Andre Baptiste", 11, "2026-01-15 15:05",
   "Another Course to College, side door",
   "Statement of staff + student:\n"
   "Victim P.L. (gr 11): a guy in a black ski mask flashed a knife at me by the side door after school "
   "and told me give him my phone, i ran.\n"
   "AP note: The building's new camera system ran the clip through its face-matching tool and it came "
   "back Andre Baptiste, 96% match, so we pulled him in. He denies it. Knife not recovered.",
   ground="weapon", weapon="knife", nmc=["96% match"], cats=["face_surveillance"],
   att=[{"kind": "face_match", "name": "camera_search_result.png"}])

mk(G, "allow_redact", "EHS", "Liban Warsame", 10, "2026-03-10 08:00",
   "English High School, counseling office",
   "Statement of H.A., grade 10 [translated from Somali by staff]\n"
   "Liban was very angry after Coach Doyle took him off the team in front of everyone. At the bus stop he "
   "said he will bring a knife and cut the coach on Wednesday. Later he opened his bag and showed us a big "
   "knife in a towel. I believe him because he does not joke like that.\n"
   "Admin: Coach Doyle informed; Liban met with AP and counselor Tuesday 8:00; threat assessment opened; "
   "bag checked daily.",
   ground="credible_threat",
   threat="Liban told H.A. and M.I. at the bus stop: \"Wednesday I am bringing the knife from my house "
          "and I will cut Coach Doyle, he will not embarrass me again.\" He showed them a large kitchen knife "
          "wrapped in a towel in his backpack that afternoon.",
   key="knife in a towel", mct=["took him off the team", "threat assessment opened"],
   nmc=["Somali"], cats=["language"], tags=["translated"])

mk(G, "allow_redact", "BGA", "Caleb Jenkins", 9, "2025-11-12 07:48",
   "Boston Green Academy, bag check",
   "Caleb's own statement:\n"
   "the knife is for real not for school. me and my boy was coming from youth group at my church last "
   "night on the bus and these older kids was following us, so i took my dad's hunting knife for the walk "
   "this morning cuz the same kids be at the stop. i forgot it was in my bag till the scanner. i wasnt "
   "gonna do nothing with it\n"
   "Admin: 5\" hunting knife with sheath found at bag check, 7:48 AM.",
   ground="weapon", weapon="knife", key="hunting knife",
   mct=["hunting knife with sheath", "7:48 AM"], nmc=["my church"], cats=["religion"])

mk(G, "allow_clean", "ELIOT", "Gianna Russo", 8, "2025-09-30 15:45",
   "Langone Park field (after-school soccer)",
   "Witness account, written by B.M., grade 8:\n"
   "okay so gianna and K. were arguing at the Langone Park field during afterschool soccer and K. said "
   "something about her mom and gianna just grabbed the corner flag, the metal one, and swung it and it "
   "hit K. in the side of the head and she went down and wasnt moving for a sec. coach lena ran over and "
   "called 911. there was blood in her hair. everybody was screaming.\n"
   "Admin: K. admitted to MGH overnight, skull fracture (non-displaced).",
   ground="serious_violence", key="skull fracture", mct=["Langone Park", "corner flag"])

mk(G, "deny_substance", "BAA", "Nora Feeney", 11, "2025-12-18 18:30",
   "Boston Arts Academy, backstage",
   "Nora's statement:\n"
   "we had like 4 Fireball nips in my water bottle before the winter showcase, it was stupid i know. i "
   "wasnt drunk drunk. nobody else had anything besides that, it was just the nips. pls dont call my dad "
   "at work\n"
   "Admin: bottle smelled of alcohol, nurse assessed, parent picked up.",
   ground="drugs", substances=["Fireball whisky"])

# =====================================================================================
# 3. Homeless-liaison, social-worker and attendance notes (15)
# =====================================================================================
G = "housing_liaison"

mk(G, "allow_redact", "EBHS", "Yeison Cardona", 10, "2026-01-14 08:05",
   "East Boston High School, main entrance",
   "Homeless liaison note (K. Fitzgerald), 1/14, added to incident file:\n"
   "Family (mom + 3 kids) lost the apartment in November; since 12/20 they have been at the Days Inn on "
   "Route 1 in Saugus through the state EA program. Transportation set up (taxi to EBHS). Y. has been late "
   "most days; mom reports he is not sleeping.\n"
   "Incident 1/14: At 8:05 AM bag scan at main entrance flagged; SSS found a 7-inch kitchen knife wrapped "
   "in a T-shirt in Y.'s backpack. Y. said he brought it because men at the motel were fighting in the "
   "hallway at night. No threats made at school. Knife secured.",
   ground="weapon", weapon="knife", key="kitchen knife",
   mct=["7-inch kitchen knife", "wrapped in a T-shirt", "main entrance"],
   nmc=["Days Inn", "Saugus", "Route 1"], cats=["neighborhood"],
   stu={"mckinney_vento": True, "nighttime_residence": "Motel/Hotel"})

mk(G, "allow_redact", "MP", "Christopher Lugo", 11, "2026-03-04 09:50",
   "Madison Park Technical Vocational High School, Building B carpentry shop",
   "SW note 3/3 (L. Amado, LICSW): C. and his mom have been doubled up since January \u2014 staying with "
   "cousins in Lynn, 6 people in a 2BR. C. takes the commuter rail + 2 buses, arrives 9:30 most days. "
   "McKinney-Vento eligibility confirmed.\n"
   "Incident 3/4, 9:50 AM, Building B carpentry shop: instructor saw C. pass a folded dollar bill with "
   "powder to another student. AP and SSS searched: 3 folded bills containing tan powder, plus a glassine "
   "bag stamped \"GOAT\". Field test positive for fentanyl. C. said an older cousin gives him stuff to hold.",
   ground="drugs", substances=["fentanyl"], key="fentanyl",
   mct=["Building B carpentry shop", "glassine bag stamped"], nmc=["Lynn"], cats=["neighborhood"],
   stu={"residence": "Lynn, MA (doubled-up)"}, tags=["structured_fields"])

mk(G, "allow_redact", "FRED", "Destiny Coleman", 7, "2025-10-09 13:30",
   "Lilla G. Frederick Middle School, 2nd floor girls' bathroom",
   "Family liaison / attendance note, 10/6: Destiny's family is in the Sojourner House family shelter "
   "since September. She has missed 9 days; bus route 14B added. Mom works nights.\n"
   "Incident 10/9, 1:30 PM, 2nd floor girls' bathroom: Destiny struck another 7th grader (A.L.) repeatedly "
   "with a metal water bottle, then kicked her while down. A.L. was taken by EMS to Franciscan Children's: "
   "broken nose and a concussion. Destiny said A.L. told people where she sleeps.",
   ground="serious_violence", key="broken nose",
   mct=["metal water bottle", "broken nose and a concussion"], nmc=["Sojourner House"],
   cats=["neighborhood"])

mk(G, "deny_ground", "BURKE", "Kiana Soto", 10, "2026-02-02 09:00",
   "Jeremiah E. Burke High School, attendance office",
   "Attendance team note: Kiana has 31 unexcused absences this year. Family has been moving between the "
   "Holiday Inn Express in Taunton (EA placement) and her grandmother's place at 52 Tonawanda St. "
   "Chronically late when she does attend. Request: BPD wellness/attendance follow-up and home visit.",
   ground="truancy", nmc=["Holiday Inn Express", "Taunton", "Tonawanda St", "02124"],
   cats=["neighborhood"], stu={"address": {"street": "52 Tonawanda St", "zip": "02124"}},
   tags=["structured_fields"])

mk(G, "deny_substance", "LEE", "Marcus Bellamy", 8, "2026-05-02 12:05",
   "Joseph Lee K-8 School, cafeteria",
   "Counselor/social worker note: M. currently sleeps at his uncle's apartment at Fields Corner (doubled "
   "up, 3 families). Teachers report he falls asleep in class.\n"
   "Incident 5/2: M. shared gummies from a bag labeled \"Delta-9 THC 10mg\" with two classmates in the "
   "cafeteria. One classmate felt sick, nurse monitored, parent picked up. No other substances found.",
   ground="drugs", substances=["THC edibles"], nmc=["Fields Corner"], cats=["neighborhood"])

mk(G, "allow_redact", "CASH", "Javon Reid", 11, "2026-02-12 09:15",
   "Community Academy of Science and Health, Room 109",
   "Homeless liaison note (2/11): family placed by the state at a hotel in Framingham since January; "
   "Javon commutes 1.5 hrs each way. Dad not in the picture. DCF case open.\n"
   "Incident 2/12: Javon made the statement above to his advisor in Rm 109 after being told he could not "
   "stay after school. SSS and AP spoke with him; he repeated it. Mr. Fallon informed. Javon sent home with "
   "aunt; re-entry meeting and threat assessment scheduled.",
   ground="credible_threat",
   threat="Javon told his advisor Ms. Kent at 9:15 AM, calmly: \"If they move us again I'm coming back "
          "here and shooting Mr. Fallon, he's the one who called DCF on my mom. I know where to get a gun.\" "
          "Two weeks ago he showed a classmate a photo of a pistol on his phone.",
   key="threat assessment", mct=["Rm 109", "Mr. Fallon informed"], nmc=["Framingham"],
   cats=["neighborhood"])

mk(G, "allow_redact", "MILD", "Tiana Hollis", 8, "2026-04-22 12:05",
   "Mildred Avenue K-8 School, lunchroom",
   "Social worker note (4/21): Since the eviction, mom and the three kids have been sleeping in the car, "
   "usually parked on Geneva Ave near the laundromat; mom applied for EA. T. showers at school per plan.\n"
   "Incident 4/22, 12:05 PM, lunchroom: T. pulled a steak knife from her hoodie and held it toward another "
   "8th grader who had been saying she 'lives in a car.' Lunch monitor Mr. Abreu stepped between them; T. "
   "dropped the knife. No one was cut.",
   ground="weapon", weapon="knife", key="steak knife",
   mct=["lunchroom", "Mr. Abreu stepped between them"], nmc=["Geneva Ave"], cats=["neighborhood"])

mk(G, "allow_redact", "EHS", "Kelvin Osorio", 9, "2025-11-13 07:55",
   "English High School, entry scanner",
   "Liaison note: K. and his mom are doubled up in grandmother's unit in the Mildred C. Hailey Apartments "
   "since the fire at their old place. Uniform vouchers given.\n"
   "Incident 11/13, 7:55 AM: at the entry scanner SSS found a black collapsible steel baton (extends to "
   "21\") in K.'s backpack. K. said he carries it walking home at night. No threats. Baton secured.",
   ground="weapon", weapon="baton", key="collapsible steel baton",
   mct=["entry scanner", "extends to 21"], nmc=["Mildred C. Hailey"], cats=["neighborhood"])

mk(G, "allow_redact", "UMANA", "Wilner Joseph", 8, "2025-05-15 10:30",
   "Mario Umana Academy, Room 312",
   "Attendance/liaison note: W. and his mother arrived from Haiti in March and were placed at the state's "
   "overflow shelter in Cambridge; they have TPS paperwork pending. W. started at Umana 4/1.\n"
   "Incident 5/15, 10:30 AM, Rm 312: W. took a box cutter from the art supply cart and slashed at C.B.'s "
   "arm after C.B. grabbed his phone. C.B. has a 4 cm cut on the forearm, steri-stripped by the nurse. Box "
   "cutter recovered by SSS.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["art supply cart", "4 cm cut on the forearm"],
   nmc=["Haiti", "TPS paperwork", "Cambridge"],
   cats=["national_origin", "immigration_status", "neighborhood"])

mk(G, "deny_recipient", "TBA", "Malik Harris", 9, "2026-02-09 10:30",
   "TechBoston Academy, library",
   "SW note: family doubled up at 19 Bowdoin Ave, 2nd fl (aunt's) since December; 7 people. Request to "
   "share with DCF and police liaison.\n"
   "Incident: Malik brought a pocket knife to school 2/9 and showed it to friends in the library. Secured "
   "by SSS.",
   ground="weapon", weapon="knife", recipient="dcf/boston-region", nmc=["Bowdoin Ave"],
   cats=["neighborhood"])

mk(G, "allow_redact", "BHS", "Sienna Duarte", 12, "2026-03-18 11:40",
   "Brighton High School, senior lounge",
   "Social worker note: S. left her mom's place in February and is staying with an aunt on Stanwood St; "
   "unaccompanied youth under McKinney-Vento. Works evenings at a pharmacy.\n"
   "Incident 3/18, 11:40 AM, senior lounge: S. was seen giving small pink pills to two students. AP search "
   "of her tote bag: a pill bottle with 22 pink tablets stamped with a Tesla logo and a bag of white "
   "crystals. Nurse/BPD test kit positive for MDMA. S. said they were for a party Friday.",
   ground="drugs", substances=["MDMA"], key="MDMA", mct=["Tesla logo", "senior lounge"],
   nmc=["Stanwood St"], cats=["neighborhood"])

mk(G, "allow_redact", "BDEA", "Troy Lindsey", 12, "2026-01-30 15:10",
   "Boston Day and Evening Academy, outside the main entrance",
   "Liaison note: T. (18) has no fixed address. He stays some nights with his dad at Pine Street Inn and "
   "other nights at his girlfriend's in Chelsea. Bus pass issued.\n"
   "Incident 1/30, 3:10 PM, outside the main entrance: T. and another student fought; T. pulled a lock "
   "from his bag, swung it and struck the other student in the face. Victim lost consciousness briefly; "
   "taken to BMC with a fractured cheekbone (zygoma) requiring surgery.",
   ground="serious_violence", key="fractured cheekbone",
   mct=["struck the other student in the face", "fractured cheekbone"],
   nmc=["Pine Street Inn", "Chelsea"], cats=["neighborhood"])

mk(G, "deny_ground", "HERN", "\u00c1ngel Rivera", 7, "2025-12-03 14:00",
   "Rafael Hern\u00e1ndez K-8 School, Room 204",
   "Liaison note: family at the Casa Nueva Vida shelter in Jamaica Plain; attends with taxi transport.\n"
   "Incident: \u00c1. took a Chromebook and $40 from a teacher's desk on 12/3; Chromebook found in his "
   "locker. Request to report theft to BPD.",
   ground="theft", nmc=["Casa Nueva Vida", "Jamaica Plain"], cats=["neighborhood"])

mk(G, "allow_clean", "YA", "Nia Thornton", 8, "2026-02-26 08:20",
   "Young Achievers Science and Mathematics K-8 School, gym door",
   "Liaison note (McKinney-Vento): N.'s family is in a state shelter placement; address kept confidential "
   "per liaison. Transport by taxi, breakfast at school.\n"
   "Incident 2/26, 8:20 AM: at the gym door N. sprayed pepper spray in the face of an 8th grade boy who had "
   "grabbed her backpack. Boy's eyes flushed by nurse, parent came; N. said the spray was for the walk from "
   "the taxi. Canister secured.",
   ground="weapon", weapon="pepper spray", key="pepper spray",
   mct=["gym door", "eyes flushed by nurse"])

mk(G, "deny_threat_missing", "EXCEL", "Dylan Moreau", 10, "2026-03-30 11:00",
   "Excel High School, counseling office",
   "SW note: D. and his dad are doubled up with friends in a triple-decker on Dorchester Ave near Savin "
   "Hill. Attendance poor.\n"
   "Incident: a classmate told the counselor D. 'said something about bringing a gun'. Counselor couldn't "
   "get details. Sending to police for follow-up.",
   ground="credible_threat", threat="", nmc=["Dorchester Ave", "Savin Hill"], cats=["neighborhood"])

# =====================================================================================
# 4. Sports, field trips, after-school and summer programs (17)
# =====================================================================================
G = "activity"

mk(G, "allow_redact", "CHS", "Marcus Delgado", 11, "2026-01-23 19:40",
   "Cathedral High School gym (away game)",
   "Athletic director's report: Away boys' basketball game at Cathedral High School (South End), 1/23. In "
   "the 3rd quarter a fight started in the visitors' bleachers. Our student Marcus was seen by Coach Leary "
   "and Cathedral's AD holding an open folding knife over the railing toward a Cathedral fan. He closed it "
   "when the coach yelled. Cathedral staff took the knife and gave it to our AD; game was stopped for 10 "
   "min. Marcus rode the team bus back and his dad picked him up at school to take him home to Mattapan.",
   ground="weapon", weapon="knife", recipient="bpd/district-d4", key="folding knife",
   mct=["Cathedral High School", "visitors' bleachers", "South End"], nmc=["Mattapan"],
   cats=["neighborhood"], tags=["place_trap"])

mk(G, "allow_clean", "MURPHY", "Ava Mulligan", 7, "2026-05-07 11:30",
   "Museum of Science (field trip)",
   "Field trip report, 7th grade trip to the Museum of Science, 5/7. In the Blue Wing at about 11:30 a "
   "chaperone saw Ava spraying a small canister of pepper spray into the air near the Theater of "
   "Electricity line; four students and one museum visitor coughed and had burning eyes. Museum security "
   "and our chaperones moved the group outside; museum first aid rinsed eyes. Ava gave the canister to Ms. "
   "Ferraro. No one went to hospital.",
   ground="weapon", weapon="pepper spray", recipient="bpd/district-a1", key="pepper spray",
   mct=["Museum of Science", "Theater of Electricity"])

mk(G, "allow_redact", "EMK", "Jordan Pike", 10, "2025-07-16 14:15",
   "BCYF Tobin Community Center, lobby (summer program)",
   "BPS summer learning site report (BCYF Tobin Community Center, Mission Hill), 7/16, 2:15 PM. After a "
   "pickup basketball argument, Jordan was sent out of the gym by counselor Rico Alves and made the "
   "statement quoted in the threat statement to two counselors in the lobby. Site director called BPS "
   "Safety Services and the AP on call. Jordan's mom was called; the emergency card lists their home as "
   "Smith St, apt 2. Program suspended him pending assessment.",
   ground="credible_threat",
   threat="At the BCYF Tobin summer program on 7/16, Jordan told two counselors after being sent out of "
          "the gym: \"tomorrow I'm coming back with my brother's gun and I'm lighting this whole gym up, "
          "starting with Rico.\" He had posted a video the week before of himself holding a handgun.",
   key="BCYF Tobin Community Center", mct=["BCYF Tobin Community Center", "sent out of the gym"],
   nmc=["Smith St"], cats=["neighborhood"], tags=["place_trap"])

mk(G, "deny_ground", "EBHS", "Nicol\u00e1s Paredes", 11, "2025-10-03 17:20",
   "Team bus, Route 1A",
   "Coach's report: on the team bus to the away game at Lynn English on 10/3, Nicol\u00e1s and a teammate "
   "got into a shoving match over a seat and Nicol\u00e1s slapped him. Bus pulled over on Route 1A for five "
   "minutes. No injuries. Nicol\u00e1s was benched for the game.",
   ground="fight")

mk(G, "allow_clean", "BLS", "Ethan Cho", 11, "2026-01-31 13:00",
   "Reggie Lewis Center (city indoor track meet)",
   "Coach's report, indoor track city meet at the Reggie Lewis Center (Roxbury Crossing), 1/31. In the team "
   "area under the bleachers a sprinter from our team told Coach Baptiste that Ethan was selling 'study "
   "pills' for $5. Coach and the meet's BPS administrator checked Ethan's duffel: an unlabeled orange pill "
   "bottle with 18 capsules later identified by the nurse as Adderall XR 20 mg. Ethan has no prescription "
   "(confirmed with parent and nurse). Two students admitted buying one each.",
   ground="drugs", substances=["Adderall"], recipient="bpd/district-b2", key="Adderall XR 20 mg",
   mct=["Reggie Lewis Center", "Roxbury Crossing", "under the bleachers"], tags=["place_trap"])

mk(G, "allow_redact", "LEE", "Kyle Pinder", 6, "2026-03-05 16:40",
   "Joseph Lee K-8 School, Room 15 (after-school program)",
   "After-school program report (Lee K-8 partner program, Rm 15), 3/5, 4:40 PM. Kyle took a kitchen knife "
   "out of his backpack during homework time and pointed it at another 6th grader's stomach, saying "
   "'move.' Program staff Ms. Okoye took the knife. Kyle said he grabbed it from home that morning because "
   "older boys in the Franklin Field Apartments, where he lives, take his stuff on the walk over.",
   ground="weapon", weapon="knife", key="kitchen knife",
   mct=["homework time", "Ms. Okoye took the knife"], nmc=["Franklin Field"], cats=["neighborhood"])

mk(G, "allow_redact", "BURKE", "Darnell Fuller", 10, "2025-08-06 13:20",
   "Franklin Park, near the zoo parking lot (summer jobs)",
   "Summer jobs supervisor report, 8/6/2025, 1:20 PM: youth crew clearing brush near the Franklin Park Zoo "
   "parking lot. Darnell argued with another crew member over a rake and hit him across the back of the "
   "head with the metal rake; the other youth fell and had a seizure. EMS took him to BMC; he has a skull "
   "fracture and was admitted. Darnell left on foot toward Franklin Hill, where his family lives, and came "
   "back with his uncle an hour later.",
   ground="serious_violence", recipient="bpd/district-e13", key="skull fracture",
   mct=["Franklin Park Zoo parking lot", "metal rake", "youth crew"], nmc=["Franklin Hill"],
   cats=["neighborhood"], tags=["place_trap", "crew_trap"])

mk(G, "allow_clean", "ELIOT", "Ryan Costello", 8, "2026-02-22 11:40",
   "Chinatown Gate, Beach Street (field trip)",
   "Field trip incident, 2/22: our 8th grade walked to Chinatown to watch the Lunar New Year lion dance on "
   "Beach Street. While the group waited near the Chinatown Gate, a chaperone saw Ryan flicking a box "
   "cutter open and closed and then swipe it near a classmate's face as a 'joke.' Chaperone Mr. Blum took "
   "it; it was an orange utility box cutter from the tech room. No one was hurt; group returned by 12:30.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Chinatown Gate", "Lunar New Year lion dance", "Beach Street"], tags=["place_trap"])

mk(G, "allow_redact", "EXCEL", "Bryan Alvarenga", 11, "2025-09-25 16:30",
   "Moakley Park, soccer field",
   "Coach's report, varsity soccer vs. Brighton at Moakley Park, 9/25. In the 70th minute Bryan ran at an "
   "opposing player after a tackle and kicked him in the knee while he was on the ground. The player's knee "
   "bent sideways; trainer suspected a torn ACL, and MRI at Children's confirmed ACL and MCL tears "
   "requiring surgery. Referee ended the game. Our assistant coach said Bryan plays in a Salvadoran league "
   "on weekends and 'plays rough.'",
   ground="serious_violence", key="ACL and MCL tears",
   mct=["Moakley Park", "kicked him in the knee"], nmc=["Salvadoran", "El Salvador"],
   cats=["ethnicity", "national_origin"], stu={"country_of_birth": "El Salvador"},
   tags=["structured_fields"])

mk(G, "deny_substance", "BGA", "Owen Brady", 12, "2026-02-07 16:10",
   "Charter bus, returning from Wachusett Mountain",
   "Ski club trip to Wachusett Mountain, 2/7. On the bus home a chaperone caught Owen and another senior "
   "using a disposable Elf Bar vape (mint, nicotine 5%) in the back row. Vape confiscated. No other items "
   "found in bags. Parents notified on arrival.",
   ground="drugs", substances=["nicotine vape"])

mk(G, "deny_ground", "NM", "Jahlil Brooks", 11, "2026-02-13 20:30",
   "MBTA bus yard, Hyde Park Ave",
   "After the home basketball game on 2/13, Jahlil and two friends climbed the fence into the closed Hyde "
   "Park Ave bus yard to get a ball back and were chased out by MBTA staff. Nothing damaged. The AP would "
   "like BPD to follow up on trespassing.",
   ground="trespass")

mk(G, "allow_clean", "OB", "Tobias Lindgren", 11, "2025-11-20 17:10",
   "John D. O'Bryant School, Room 115 (robotics club)",
   "Robotics club (after school, Rm 115), 11/20, 5:10 PM. While packing the competition bin, the club "
   "advisor found a small zip bag of clear shard-like crystals and a glass pipe in Tobias's tool pouch. "
   "Tobias said a friend from his summer job gave it to him. Nurse and SSS field test consistent with "
   "methamphetamine. No one reported using it at school.",
   ground="drugs", substances=["methamphetamine"], key="methamphetamine",
   mct=["Robotics club", "glass pipe", "competition bin"])

mk(G, "allow_redact", "JQUS", "Kevin Leung", 9, "2025-07-24 12:15",
   "UMass Boston, Campus Center (summer bridge program)",
   "BPS summer bridge program at UMass Boston (Campus Center, 3rd floor), 7/24/2025. During the lunch "
   "break Kevin pulled a folding knife on another student who had taken his seat, held it open and said "
   "'get up.' A program counselor who spoke to Kevin in Cantonese calmed him down and took the knife. "
   "Kevin said his grandmother, who only speaks Cantonese, doesn't know he carries it.",
   ground="weapon", weapon="knife", recipient="bpd/district-c11", key="folding knife",
   mct=["UMass Boston", "Campus Center, 3rd floor", "get up"], nmc=["Cantonese"], cats=["language"],
   stu={"interpreter_needed": "Yes - Cantonese"}, tags=["structured_fields"])

mk(G, "allow_clean", "DEAR", "Malcolm Terry", 9, "2025-06-05 14:20",
   "Harbor ferry, Spectacle Island to Long Wharf (field trip)",
   "9th grade science field trip to Spectacle Island, 6/5/2025. On the return ferry to Long Wharf, "
   "Malcolm made the statement in the threat statement after an argument with Tyler D. during the beach "
   "survey. Chaperone Ms. Ng heard it and saw the photo of a handgun in a dresser drawer. AP notified from "
   "the dock; BPD notified; Malcolm's mother met staff at Long Wharf.",
   ground="credible_threat", recipient="bpd",
   threat="On the ferry back from Spectacle Island, Malcolm told three classmates and chaperone Ms. Ng: "
          "\"Monday I'm bringing my stepdad's gun to school and shooting Tyler and whoever's with him. I "
          "already took a picture of where he hides it.\" He then showed the classmates a phone photo of a "
          "handgun in a dresser drawer.",
   key="handgun", mct=["Spectacle Island", "Long Wharf", "dresser drawer"])

mk(G, "deny_recipient", "MP", "Jaquan Prescott", 12, "2025-10-17 21:15",
   "Everett High School parking lot (away game)",
   "Away football game at Everett High, 10/17. After the game Jaquan was seen in the parking lot flashing "
   "what looked like a knife at Everett fans. AD collected a folding knife from him on the bus. BRIC "
   "requested this report to update his profile; SSS says he's been tied to the Academy Homes crew.",
   ground="weapon", weapon="knife", recipient="bric", nmc=["Academy Homes crew"],
   cats=["gang_affiliation"])

mk(G, "deny_replica", "FRED", "Aiden Sheehan", 7, "2026-04-09 16:05",
   "Ronan Park (after-school program walk)",
   "After-school program walk to Ronan Park, 4/9: Aiden pulled a black BB pistol out of his backpack and "
   "pointed it at two 6th graders on the swings, then put it away. Program staff took it; it is a CO2 BB "
   "gun with an orange tip painted black. No one was hit.",
   ground="weapon", weapon="BB gun")

mk(G, "deny_replica", "CURLEY", "Mason Griffin", 8, "2025-06-10 12:30",
   "Castle Island (field trip)",
   "8th grade trip to Castle Island, 6/10/2025: Mason showed classmates an airsoft rifle he had broken "
   "down in his duffel; a parent chaperone saw the orange tip. Staff held the bag on the bus. Mason's mom, "
   "who lives in Southie with him and his grandfather, picked him up at school.",
   ground="weapon", weapon="airsoft gun", nmc=["Southie"], cats=["neighborhood"])

# =====================================================================================
# 5. Faith, culture and language in passing (16)
# =====================================================================================
G = "passing_culture"

mk(G, "allow_redact", "BCLA", "Yusuf Rahimi", 10, "2026-03-11 12:20",
   "Boston Community Leadership Academy, library",
   "AP report 3/11: Yusuf has been spending lunch in the library because he is fasting for Ramadan. Around "
   "12:20 two students came into the library and started teasing him; Yusuf took a folding knife from his "
   "jacket and opened it, telling them to back off. Librarian Ms. Hartigan called SSS, who took a 3.5-inch "
   "folding knife. No contact, no injuries.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["3.5-inch folding knife", "Ms. Hartigan called SSS"], nmc=["Ramadan", "Muslim"],
   cats=["religion"], stu={"religion": "Muslim"}, tags=["structured_fields"])

mk(G, "allow_redact", "TBA", "Darius Wynn", 11, "2025-12-04 14:25",
   "TechBoston Academy, office",
   "AP notes 12/4: Darius's grandmother picks him up most days in the Greater Love Tabernacle church van "
   "at the Peacevale Rd side door. At dismissal the van driver saw Darius hand a classmate a small baggie "
   "and told the AP. AP and SSS checked Darius's backpack in the office: 9 small bags of an off-white rock "
   "substance, later field-tested as crack cocaine, and a digital scale.",
   ground="drugs", substances=["crack cocaine"], key="crack cocaine",
   mct=["digital scale", "9 small bags"], nmc=["Tabernacle", "church van"], cats=["religion"])

mk(G, "allow_redact", "HERN", "Camila Ortega", 8, "2026-04-29 12:40",
   "Rafael Hern\u00e1ndez K-8 School, Room 210",
   "Nurse/AP report 4/29: Camila gave two classmates 'candy' at lunch that turned out to be pressed pills. "
   "One classmate (R.) became very drowsy in Rm 210 and was given Narcan; EMS took her to Children's. "
   "Camila had four more blue pills in a lip balm tube; she said she took them from a bag she found at her "
   "cousin's quincea\u00f1era on Saturday. Pills tested positive for fentanyl (test strip).",
   ground="drugs", substances=["counterfeit pills", "fentanyl"], key="fentanyl",
   mct=["lip balm tube", "given Narcan"], nmc=["quincea\u00f1era"], cats=["ethnicity"])

mk(G, "allow_clean", "MUNIZ", "Diego Mar\u00edn", 11, "2025-10-16 09:40",
   "Margarita Mu\u00f1iz Academy, Room 302",
   "Teacher report 10/16, AP Spanish Language and Culture, Rm 302, 2nd period. During a group presentation "
   "Diego pulled a box cutter from his pencil case and cut the strap of a classmate's bag to 'prove a "
   "point' after she laughed at him, then pointed it at her. Teacher Sra. Ibarra took it. No injury. SSS "
   "logged a yellow retractable box cutter.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["AP Spanish Language and Culture", "Rm 302", "cut the strap"], tags=["course_trap"])

mk(G, "allow_clean", "JQUS", "Nathan Wu", 10, "2026-01-29 10:15",
   "Josiah Quincy Upper School, auditorium",
   "During the school's Lunar New Year assembly in the auditorium, 1/29, a teacher saw Nathan passing a "
   "black switchblade down the row to a friend, who opened it. Teacher stopped the row; AP and SSS took the "
   "knife at the auditorium doors. Nathan said he bought it online. No threats or injuries.",
   ground="weapon", weapon="switchblade", key="switchblade",
   mct=["Lunar New Year assembly", "auditorium doors"], tags=["event_trap"])

mk(G, "allow_clean", "BLA", "Aidan Mercer", 12, "2025-11-07 19:30",
   "Boston Latin Academy, back hallway by the cafeteria",
   "At the Diwali Night family event in the BLA cafeteria (student-run), 11/7, a student volunteer found "
   "Aidan in the back hallway with two other seniors, cutting lines of white powder on a phone case. SSS "
   "recovered a small bag of white powder that field-tested as cocaine and a rolled-up $20. Aidan admitted "
   "it was his.",
   ground="drugs", substances=["cocaine"], key="cocaine",
   mct=["Diwali Night family event", "back hallway", "rolled-up $20"], tags=["event_trap"])

mk(G, "allow_redact", "BHS", "Karim Saleh", 9, "2026-05-20 13:40",
   "Brighton High School, front desk",
   "AP report 5/20: At 1:40 Karim's mother came to pick him up for an appointment and the office staff "
   "overheard them arguing in Arabic; Karim then left his backpack at the front desk. The office manager "
   "moved it and it felt heavy; SSS checked and found a pair of brass knuckles and a 6-inch fixed-blade "
   "knife in the front pocket. Karim said the knife was for 'the park'.",
   ground="weapon", weapon="brass knuckles", key="brass knuckles",
   mct=["front desk", "6-inch fixed-blade knife"], nmc=["Arabic"], cats=["language"],
   stu={"primary_language": "Arabic"}, tags=["structured_fields"])

mk(G, "allow_redact", "BLS", "Grace Flanagan", 10, "2026-02-18 10:05",
   "Boston Latin School, 3rd floor stairwell",
   "AP report 2/18: Grace arrived at 9:40 after Ash Wednesday service with her family at St. Cecilia's. In "
   "the 3rd floor hallway, she got into an argument with a classmate (B.T.) about a posted video and shoved "
   "B.T. down the stairwell; B.T. fell about 8 steps and broke her wrist and two ribs (BMC). Staff on duty "
   "Mr. Kaplan saw the shove.",
   ground="serious_violence", key="broke her wrist and two ribs",
   mct=["down the stairwell", "about 8 steps"], nmc=["Ash Wednesday", "St. Cecilia"],
   cats=["religion"])

mk(G, "allow_clean", "BURKE", "Terrence Oduya", 11, "2026-02-26 11:10",
   "Jeremiah E. Burke High School, auditorium side aisle",
   "After the Black History Month assembly in the auditorium on 2/26, students were leaving through the "
   "side aisle when Terrence punched a 10th grader (L.J.) from behind and kept hitting him after he fell, "
   "breaking his jaw in two places (BMC, wired shut). Teachers Ms. Carver and Mr. Boyd pulled Terrence off.",
   ground="serious_violence", key="breaking his jaw in two places",
   mct=["Black History Month assembly", "side aisle"], tags=["event_trap"])

mk(G, "allow_redact", "BAA", "Eli Rosen", 10, "2025-10-03 09:25",
   "Boston Arts Academy, dance studio changing area",
   "AP report 10/3/2025: Eli returned after missing two days for Yom Kippur. In the dance studio changing "
   "area, a classmate saw a black handgun in Eli's open bag and told Ms. Okafor. SSS secured the bag; BPD "
   "D-4 responded and recovered an unloaded Glock 19 with a loaded magazine in a separate pocket. Eli said "
   "he took it from his uncle's car to 'show people'.",
   ground="weapon", weapon="firearm", key="Glock 19",
   mct=["dance studio changing area", "loaded magazine"], nmc=["Yom Kippur"], cats=["religion"])

mk(G, "allow_clean", "SNOW", "Jonah Whitcomb", 10, "2026-03-04 10:50",
   "Snowden International School, Room 507",
   "Teacher report, Mandarin II class, Rm 507, 3/4: while the class practiced dialogues, Jonah took a razor "
   "blade out of a pencil sharpener he had taken apart and started carving into the desk, then flicked it "
   "toward a classmate's hand, cutting her knuckle slightly. Teacher Ms. Zhou took the blade; nurse cleaned "
   "the cut.",
   ground="weapon", weapon="razor blade", key="razor blade",
   mct=["Mandarin II class", "Rm 507", "pencil sharpener"], tags=["course_trap"])

mk(G, "deny_recipient", "EBHS", "Hamza Benali", 11, "2026-03-24 07:45",
   "East Boston High School, entry scanner",
   "AP report: Hamza was absent 3 days around Eid al-Fitr and his dad (who has an expired student visa, "
   "per the counselor) asked for homework. On return Hamza was found with a knife at the entry scan. ICE "
   "ERO has asked the school for all records on the family.",
   ground="weapon", weapon="knife", recipient="ice/ero-boston",
   nmc=["Eid al-Fitr", "expired student visa"], cats=["religion", "immigration_status"])

mk(G, "allow_redact", "MILD", "Zoe Pierre", 8, "2026-01-15 09:10",
   "Mildred Avenue K-8 School, Room 122",
   "AP report 1/15: a teacher found 5 pills in Zoe's pencil pouch during a desk check in Rm 122, round "
   "white pills marked 'OC 80'. The nurse identified them as oxycodone 80 mg; they are not prescribed to "
   "Zoe. At the parent meeting that afternoon, Zoe's mother brought the family's pastor from Eglise "
   "Baptiste Bethel to speak for them.",
   ground="drugs", substances=["oxycodone"], key="oxycodone", mct=["OC 80", "pencil pouch", "Rm 122"],
   nmc=["pastor", "Eglise Baptiste Bethel"], cats=["religion"])

mk(G, "deny_substance", "CASH", "Fatima Diallo", 11, "2026-03-02 13:20",
   "Community Academy of Science and Health, Room 204",
   "Teacher saw Fatima and a friend putting nicotine pouches (Zyn, 6 mg) under their lips in the back of "
   "Rm 204. She told the teacher she started using them to get through the Ramadan fast. Pouches "
   "confiscated. Nothing else found.",
   ground="drugs", substances=["nicotine pouches"], nmc=["Ramadan"], cats=["religion"])

mk(G, "allow_redact", "CHS", "Gabriel Souza", 10, "2026-03-27 14:10",
   "Charlestown High School, weight room",
   "AP report 3/27: Gabriel threatened a classmate with a butterfly knife in the weight room at 2:10, "
   "swinging it open and closed in front of his face and saying 'try me.' Coach Sully took the knife. At "
   "the re-entry meeting the next day Gabriel's mother participated through a Portuguese interpreter and "
   "said he had been getting jumped on the way home.",
   ground="weapon", weapon="knife", key="butterfly knife",
   mct=["weight room", "Coach Sully took the knife"], nmc=["Portuguese"], cats=["language"])

mk(G, "deny_ground", "BURKE", "Malachi Owens", 10, "2026-04-16 10:00",
   "Jeremiah E. Burke High School, 2nd floor hallway",
   "Request: BPD to check gang involvement. Malachi was wearing red and making hand signs in the hallway. "
   "His mom says he's at Morning Star Baptist every Sunday and 'not in any of that.' SSS thinks he's in "
   "with the Greenwood St kids.",
   ground="gang_activity", nmc=["Morning Star Baptist", "Greenwood St kids"],
   cats=["religion", "gang_affiliation"])

# =====================================================================================
# 6. Dodging text (18)
# =====================================================================================
G = "dodging"

mk(G, "allow_redact", "CASH", "Mariana Lopes", 9, "2025-11-04 10:15",
   "Community Academy of Science and Health, Room 117",
   "Counselor context (per mom, at intake): M. has only been in the US since August. She was born there. "
   "There = Praia. Mom asked that this not go in the school file.\n"
   "Incident 11/4, 10:15 AM, Rm 117: M. took a box cutter from her coat and slashed a classmate's notebook "
   "and then her sleeve after the classmate laughed at her drawing; no skin cut. Teacher took the box cutter.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Rm 117", "slashed a classmate's notebook"], nmc=["Praia", "in the US since August"],
   cats=["national_origin"])

mk(G, "allow_redact", "CHS", "Anderson Mej\u00eda", 11, "2026-01-07 13:05",
   "Charlestown High School, gym lockers",
   "SSS found 3 bundles (10 glassine bags each) stamped 'RED DEVIL' in Anderson's gym locker at 1:05 PM "
   "during a search after a tip; test strip positive for heroin/fentanyl. Anderson said they belonged to "
   "'a dude from the park.'\n"
   "Aside for the file: the counselor asked Anderson about his status. He said it's pending \u2014 the "
   "asylum one \u2014 and asked if this would 'mess it up'.",
   ground="drugs", substances=["heroin", "fentanyl"], key="heroin/fentanyl",
   mct=["RED DEVIL", "gym locker"], nmc=["asylum", "his status"], cats=["immigration_status"])

mk(G, "allow_redact", "HEND", "Jean-Marc Toussaint", 11, "2026-03-09 09:05",
   "Henderson K-12 Inclusion School, Room 2-14",
   "Incident 3/9, 9:05 AM, Rm 2-14: Jean-Marc took a taser out of his hoodie and triggered it near a "
   "classmate's ear; no contact. AP took the taser.\n"
   "Contacts: (1) mother \u2014 Krey\u00f2l only, needs interp; (2) uncle R\u00e9ginald, 617-555-0142, home "
   "after 6; (3) school nurse (asthma).",
   ground="weapon", weapon="taser", key="taser", mct=["Rm 2-14", "near a classmate's ear"],
   nmc=["Krey\u00f2l", "needs interp"], cats=["language"])

mk(G, "allow_redact", "BINCA", "Oumar Keita", 10, "2026-01-08 12:30",
   "Boston International Newcomers Academy, cafeteria",
   "Inc. 1/8, 12:30, caf.: Stu (EL lvl 2, SLIFE, ELD 2 sched.) swung a 12\" length of metal pipe at peer "
   "(A.M.) after dispute re: seat; struck A.M. on L shoulder. A.M. to nurse -> EMS; X-ray at BMC = fx L "
   "clavicle. Pipe recov. by SSS. Stu's guardian (uncle) req'd interp for call.",
   ground="serious_violence", key="fx L clavicle", mct=["metal pipe", "L shoulder"],
   nmc=["EL lvl 2", "SLIFE", "ELD 2", "req'd interp"], cats=["language"])

mk(G, "allow_redact", "JQUS", "Jason Lau", 9, "2026-04-02 14:45",
   "Josiah Quincy Upper School, 4th floor stairwell",
   "Family info sheet excerpt attached by office: \u5bb6\u5ead\u8a9e\u8a00 / home language: \u5ee3\u6771\u8a71 "
   "(Cantonese); parent needs interpreter.\n"
   "Incident 4/2, 2:45 PM: Jason was seen by Mr. Devlin in the 4th floor stairwell giving a classmate a "
   "strip of blotter paper. SSS found 9 more squares of blotter with a printed cartoon design in his phone "
   "case; nurse and BPD test = LSD. Jason said he got them from an older friend.",
   ground="drugs", substances=["LSD"], key="LSD",
   mct=["4th floor stairwell", "phone case", "squares of blotter"],
   nmc=["\u5ee3\u6771\u8a71", "Cantonese", "needs interpreter"], cats=["language"],
   stu={"home_language": "\u5ee3\u6771\u8a71"}, tags=["mixed_script", "structured_fields"])

FW_SOMALI = "\uff33\uff4f\uff4d\uff41\uff4c\uff49"  # full-width letters
mk(G, "allow_redact", "EHS", "Hodan Farah", 10, "2025-12-11 11:50",
   "English High School, girls' locker room",
   f"SIS export pasted by office: ethnicity = {FW_SOMALI} ; lang = {FW_SOMALI} ; EL = Y\n"
   "Incident 12/11, 11:50 AM, girls' locker room: Hodan slashed a classmate's upper arm with a broken "
   "mirror shard during a fight over a phone. 5 cm cut, 8 stitches at Faulkner Hospital. Mirror piece "
   "recovered by Coach Ames.",
   ground="serious_violence", key="8 stitches", mct=["broken mirror shard", "girls' locker room"],
   nmc=[FW_SOMALI, "EL = Y"], cats=["ethnicity", "language"], tags=["mixed_script"])

mk(G, "allow_redact", "UMANA", "Brayan Mendoza", 8, "2026-03-26 09:30",
   "Mario Umana Academy, Room 205",
   "Counselor context: B.'s dad has been in detention since January. The ICE kind, not the school kind. B. "
   "has been very angry since.\n"
   "Incident 3/26, 9:30 AM, Rm 205: B. took a folding knife out and stabbed it into his desk repeatedly, "
   "then pointed it at the teacher when told to put it away. Teacher Ms. Murray cleared the room; SSS took "
   "the knife. No injuries.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["stabbed it into his desk", "Rm 205", "cleared the room"],
   nmc=["ICE kind", "dad has been in detention"], cats=["immigration_status"])

mk(G, "allow_redact", "BGA", "Yaritza Pe\u00f1a", 10, "2025-10-28 10:50",
   "Boston Green Academy, 2nd floor hall",
   "Incident 10/28: Yaritza (D.R.-born, per mom; 'still waiting on her residency,' per aunt) grabbed a "
   "classmate by the hair in the 2nd floor hall and slammed her face into a locker door; the classmate "
   "lost a tooth and has a fractured nose (Children's).",
   ground="serious_violence", key="fractured nose",
   mct=["2nd floor hall", "lost a tooth", "locker door"],
   nmc=["D.R.-born", "waiting on her residency", "Hispanic"],
   cats=["national_origin", "immigration_status", "ethnicity"], stu={"ethnicity": "Hispanic"},
   tags=["structured_fields"])

mk(G, "allow_redact", "BURKE", "Rashad Greene", 12, "2026-04-14 07:40",
   "Jeremiah E. Burke High School, front entrance",
   "BPD C-11 gang unit has flagged the Corbet St group for weeks. Per the AP, Rashad is one of them, and "
   "that is why other seniors are scared of him.\n"
   "Incident 4/14, 7:40 AM, front entrance: the metal detector alerted on Rashad's jacket; SSS found a "
   ".380 pistol, unloaded, with no magazine, in the inside pocket. Rashad said he needed it for the walk.",
   ground="weapon", weapon="firearm", key=".380 pistol",
   mct=["front entrance", "inside pocket", "metal detector alerted"],
   nmc=["Corbet St group", "Rashad is one of them", "gang unit"], cats=["gang_affiliation"])

mk(G, "allow_redact", "EBHS", "Kevin Romero", 11, "2026-01-22 10:10",
   "East Boston High School, Room 140",
   "Note from teacher (she typed it oddly on purpose, 'so the system won't flag it'): his mom is u n d o "
   "c u m e n t e d, please don't call the house.\n"
   "Incident 1/22, 10:10 AM, Rm 140: Kevin dropped a pill bottle in class; it held 30 round blue 'M30' "
   "tablets and 2 white Xanax bars. Test strip on one blue tablet = fentanyl positive. Kevin said he was "
   "holding them for someone at the bus stop.",
   ground="drugs", substances=["fentanyl", "Xanax"], key="fentanyl",
   mct=["Rm 140", "pill bottle", "Xanax bars"], nmc=["u n d o c u m e n t e d"],
   cats=["immigration_status"])

mk(G, "allow_redact", "CURLEY", "Liam O'Connell", 8, "2026-05-06 13:15",
   "Curley K-8 School, 8th grade hallway",
   "Incident 5/6, 1:15 PM, 8th grade hallway: Liam took a small kitchen knife from his lunch bag and held "
   "it to a classmate's neck for a few seconds, saying 'don't move.' Classmate unhurt but shaken; teacher "
   "Mr. Pacheco intervened and took the knife.\n"
   "For the officer, where to find the family: Call first. Same house as last year. Zip is 02130, the "
   "yellow one near the pond, #17.",
   ground="weapon", weapon="knife", key="kitchen knife", mct=["8th grade hallway", "classmate's neck"],
   nmc=["02130", "yellow one near the pond", "#17"], cats=["neighborhood"])

mk(G, "allow_redact", "BLS", "Alice Kimball", 9, "2026-02-05 07:50",
   "Boston Latin School, locker bay",
   "Incident 2/5, 7:50 AM, locker bay: Alice opened her locker and a friend saw a can of pepper spray and "
   "a pink stun gun; Alice said she takes them on the early bus. Both items given to SSS.\n"
   "Admin note: dad says the language they use at home is the same one she studies at her Saturday school "
   "\u2014 Mandarin.",
   ground="weapon", weapon="stun gun", key="stun gun", mct=["locker bay", "early bus"],
   nmc=["Mandarin"], cats=["language"])

mk(G, "allow_redact", "MILD", "Stanley Jean-Baptiste", 7, "2026-04-30 12:10",
   "Mildred Avenue K-8 School, schoolyard",
   "Incident 4/30, 12:10 PM, schoolyard: Stanley swung a chain with a padlock on the end at two 7th "
   "graders; one (K.V.) was hit on the hand and the nurse suspected a broken finger (X-ray at Carney "
   "confirmed fx of the 4th finger). Yard aide took the chain.\n"
   "Counselor: family status = TPS (Haiti); mom works doubles; will need a call after 7 PM.",
   ground="serious_violence", key="fx of the 4th finger", mct=["chain with a padlock", "schoolyard"],
   nmc=["status = TPS", "Haiti"], cats=["immigration_status", "national_origin"])

mk(G, "allow_redact", "HERN", "Elvin Orellana", 8, "2025-09-30 08:45",
   "Rafael Hern\u00e1ndez K-8 School, 2nd floor hallway",
   "Incident 9/30, 8:45 AM, 2nd floor hallway: Elvin opened a gravity knife and chased a 6th grader to the "
   "stairs; SSS Lopez caught up and took the knife. No injury.\n"
   "Nota de la consejera (copiada tal cual): la mam\u00e1 dice que Elvin es de Honduras y que llegaron hace "
   "seis meses, sin papeles todav\u00eda.",
   ground="weapon", weapon="knife", key="gravity knife",
   mct=["2nd floor hallway", "chased a 6th grader to the stairs"],
   nmc=["Honduras", "sin papeles", "llegaron hace seis meses"],
   cats=["national_origin", "immigration_status"], tags=["mixed_language"])

mk(G, "deny_ground", "BINCA", "Samuel Mensah", 11, "2026-02-17 10:00",
   "Boston International Newcomers Academy, main office",
   "BPD asked whether this student is here legally. What we know: he came in 2024. Came from where? Ghana, "
   "per the enrollment packet. Papers? His uncle said 'not yet.' Please confirm to BPD.",
   ground="immigration_inquiry", recipient="bpd", nmc=["Ghana", "here legally"],
   cats=["national_origin", "immigration_status"])

mk(G, "deny_recipient", "EXCEL", "Kenny Vo", 11, "2026-03-03 09:00",
   "Excel High School, locker 3-118",
   "Knife (folding, 3\") found in Kenny's locker 3/3. CFC analyst asked for 'network info.' Network = the "
   "Old Colony kids. Kenny's cousins are in it too, per SSS.",
   ground="weapon", weapon="knife", recipient="commonwealth-fusion-center",
   nmc=["Old Colony"], cats=["gang_affiliation"])

mk(G, "deny_recipient", "CHS", "Edwin Flores", 12, "2026-05-05 07:40",
   "Charlestown High School, entry scanner",
   "HSI agent requested. Student: E.F. Incident: box cutter in bag at entry, 5/5. Agent's note: 'parents' "
   "A-numbers on file?' \u2014 yes (see packet), both in removal proceedings.",
   ground="weapon", weapon="box cutter", recipient="dhs/hsi-boston",
   nmc=["A-numbers", "removal proceedings"], cats=["immigration_status"])

mk(G, "deny_face", "BHS", "Jonah Baker", 10, "2025-12-02 10:20",
   "Brighton High School, boys' bathroom",
   "Knife found in the boys' bathroom trash at 10:20, 12/2. Jonah was identified as the person who "
   "dropped it (see the face recognition match attached to his record) and admitted it.",
   ground="weapon", weapon="knife", nmc=["Rekognition", "FT-88213"], cats=["face_surveillance"],
   stu={"face_recognition": {"vendor": "Rekognition", "face_match_score": 0.912,
                            "face_template_id": "FT-88213"}},
   tags=["structured_fields"])

# =====================================================================================
# 7. Precision traps: must be allowed and keep their words (50)
# =====================================================================================
G = "precision_trap"

mk(G, "allow_clean", "EHS", "Devin Marsh", 10, "2025-11-12 14:55",
   "Jackson Square station, inbound Orange Line platform",
   "At 2:55 PM on 11/12, on the inbound Orange Line platform at Jackson Square station, Devin pulled a "
   "folding knife on a 10th grader from our school who had bumped him on the stairs. MBTA Transit Police "
   "and our SSS on post at the station separated them; the knife, a 4-inch black lockblade, was taken "
   "from Devin by SSS Guti\u00e9rrez.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["Jackson Square station", "inbound Orange Line platform", "4-inch black lockblade"],
   tags=["station"])

mk(G, "allow_redact", "JQUS", "Marco DeSantis", 11, "2026-01-09 15:40",
   "Chinatown station, Washington St exit",
   "A parent called the school at 3:40 PM on 1/9 to say Marco was selling pills on the stairs of the "
   "Chinatown station (Orange Line, Washington St exit) right after dismissal. The next morning SSS "
   "searched his bag with the AP: 20 blue pills stamped M30 in a sandwich bag. Test strip positive for "
   "fentanyl.",
   ground="drugs", substances=["counterfeit pills"], key="M30",
   mct=["Chinatown station", "Washington St exit", "sandwich bag"], nmc=["44 Oak St", "02111"],
   cats=["neighborhood"], stu={"address": "44 Oak St, Apt 3, Boston MA 02111"},
   tags=["station", "structured_fields"])

mk(G, "allow_clean", "YA", "Kaylee Dunn", 8, "2026-03-18 07:45",
   "Young Achievers Science and Mathematics K-8 School, main office",
   "The classmate showed the text to Ms. Ortiz at 7:45 AM on 3/18. AP and SSS met with Kaylee, who said "
   "she 'was just mad' but also said J.S. 'knows what she did.' A razor blade was found in Kaylee's coat "
   "pocket. SSS alerted BPD B-3 to have officers at Mattapan station at dismissal.",
   ground="credible_threat",
   threat="Kaylee sent a classmate a text at 9:12 PM on 3/17: \"tmrw after school at Mattapan station im "
          "cutting her face with my moms razor, she gonna learn.\" The target is another 8th grader, J.S.",
   key="razor blade", mct=["Mattapan station", "coat pocket"], tags=["station"])

mk(G, "allow_redact", "MP", "Andre Whitlock", 11, "2025-10-29 15:20",
   "Roxbury Crossing station lobby",
   "On 10/29 at 3:20 PM in the Roxbury Crossing station lobby, Andre hit a Madison Park junior in the head "
   "with a skateboard, knocking him down the last few steps. The victim had a subdural hematoma and spent "
   "two nights at BMC. MBTA video confirmed; our SSS identified Andre from the footage. Andre lives in the "
   "Whittier Street development, per the emergency card.",
   ground="serious_violence", key="subdural hematoma",
   mct=["Roxbury Crossing", "skateboard", "identified Andre from the footage"],
   nmc=["Whittier Street"], cats=["neighborhood"], tags=["station", "mixed_trap"])

mk(G, "allow_redact", "CHS", "Sean Moriarty", 9, "2025-12-19 10:45",
   "Charlestown High School, outside Room 130",
   "Hall monitor saw a knife handle sticking out of the waistband of a student in a green Celtics jersey "
   "outside Rm 130 at 10:45 on 12/19. It was Sean; SSS took a 5-inch fixed-blade hunting knife in a "
   "leather sheath. Sean said it was his grandfather's.",
   ground="weapon", weapon="knife", key="hunting knife",
   mct=["green Celtics jersey", "Rm 130", "leather sheath"], nmc=["Bunker Hill associate"],
   cats=["gang_affiliation"], stu={"gang_flag": "Bunker Hill associate"},
   tags=["team_trap", "structured_fields"])

mk(G, "allow_clean", "BGA", "Patrick Nolan", 11, "2026-02-03 11:58",
   "Boston Green Academy, cafeteria",
   "Camera footage reviewed by the AP shows a student in a navy Notre Dame Fighting Irish hoodie placing a "
   "pair of brass knuckles on the cafeteria table and sliding them to another student at 11:58 on 2/3. The "
   "AP recognized Patrick from the footage and his hoodie; SSS recovered the brass knuckles from his bag.",
   ground="weapon", weapon="brass knuckles", key="brass knuckles",
   mct=["Notre Dame Fighting Irish hoodie", "cafeteria table", "recognized Patrick from the footage"],
   tags=["team_trap", "camera_not_face"])

mk(G, "allow_clean", "BLA", "Jasmine Oyelaran", 12, "2026-01-16 10:20",
   "Boston Latin Academy, Room 311",
   "During a fire drill on 1/16 a teacher picked up a black Canada Goose jacket left in Rm 311; a box "
   "cutter fell out of the pocket with the blade extended. Jasmine came back for the jacket and said the "
   "box cutter was from her job at Target. SSS kept it.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["black Canada Goose jacket", "Rm 311", "fire drill"], tags=["brand_trap"])

mk(G, "allow_clean", "TBA", "Kamari Lee", 10, "2026-03-02 14:35",
   "TechBoston Academy, Peacevale Rd doors",
   "Dismissal, 3/2, 2:35 PM, outside the Peacevale Rd doors: Kamari knocked a 9th grader down and stomped "
   "his head with his Jordan 4s at least three times. The victim had a fractured eye socket and a brain "
   "bleed (BMC ICU). Kamari's white-and-red Jordan 4s had blood on them when SSS stopped him.",
   ground="serious_violence", key="fractured eye socket",
   mct=["Jordan 4s", "Peacevale Rd doors", "brain bleed"], tags=["brand_trap"])

mk(G, "allow_clean", "EXCEL", "Brianna Sullivan", 10, "2025-11-06 10:10",
   "Excel High School, Room 204",
   "In Ms. French's Algebra 2 class, Rm 204, on 11/6, Brianna took a razor blade out of a makeup bag and "
   "dragged it across a classmate's desk toward her hand during an argument about a seat. Ms. French took "
   "the blade; the classmate's finger was nicked. Earlier at lunch the two had argued over a tray of "
   "French fries.",
   ground="weapon", weapon="razor blade", key="razor blade",
   mct=["Ms. French's Algebra 2 class", "French fries", "makeup bag"], tags=["surname_trap", "food_trap"])

mk(G, "allow_clean", "BLS", "Henry Kwon", 10, "2026-02-11 11:30",
   "Boston Latin School, Room 228",
   "During Latin III (Magister Phelps, Rm 228) on 2/11, Henry showed two classmates a switchblade under "
   "the desk and flicked it open toward one of them, saying he'd 'use it on whoever snitched' about a "
   "group chat. Magister Phelps took the knife and called the AP.",
   ground="weapon", weapon="switchblade", key="switchblade",
   mct=["Latin III", "Magister Phelps", "Rm 228"], tags=["course_trap"])

mk(G, "allow_clean", "SNOW", "Ellie Chambers", 11, "2026-03-05 15:30",
   "Snowden International School, Room 402 (Model UN)",
   "At Model UN practice after school on 3/5 (Rm 402), Ellie, who was representing Brazil in the committee "
   "session, got into a shouting match with a delegate and sprayed pepper spray at him from across the "
   "table. He and two others were treated by the nurse for burning eyes. The canister was taken by the "
   "club advisor.",
   ground="weapon", weapon="pepper spray", key="pepper spray",
   mct=["representing Brazil", "Model UN practice", "Rm 402"], tags=["club_trap"])

mk(G, "allow_redact", "EBHS", "Adrian Pacheco", 12, "2025-11-25 13:30",
   "East Boston High School, gym",
   "During the pep rally in the East Boston High School gym on 11/25, Adrian was seen passing a handgun to "
   "a friend under the bleachers. SSS and BPD A-7 detained both; a loaded .22 revolver was recovered from "
   "the friend's backpack, and Adrian admitted bringing it in through the White St doors. His grandmother, "
   "who speaks only K'iche', was reached through the district's phone interpreter.",
   ground="weapon", weapon="firearm", key=".22 revolver",
   mct=["East Boston High School gym", "under the bleachers", "White St doors"],
   nmc=["K'iche'", "phone interpreter"], cats=["language"], tags=["school_name_trap", "mixed_trap"])

mk(G, "allow_clean", "CHS", "Riley Coughlin", 12, "2025-10-15 12:15",
   "Charlestown High School, library",
   "Riley is in a dual-enrollment class at Bunker Hill Community College. On 10/15 in the Charlestown High "
   "School library, a librarian saw Riley give a friend a small bag of white powder and take cash. SSS "
   "recovered two more bags; field test consistent with cocaine.",
   ground="drugs", substances=["cocaine"], key="cocaine",
   mct=["Bunker Hill Community College", "Charlestown High School library"], tags=["school_name_trap"])

mk(G, "allow_clean", "OGK8", "Josiah Banks", 8, "2025-09-17 07:55",
   "Orchard Gardens K-8 School, main entrance on Albany St",
   "At 7:55 AM on 9/17, outside the Orchard Gardens K-8 main entrance on Albany St, Josiah opened a box "
   "cutter and waved it at a 7th grader in line. Principal's assistant Ms. Dorsey took it. Nobody was cut.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Orchard Gardens K-8 main entrance", "Albany St"], tags=["school_name_trap"])

mk(G, "allow_redact", "BINCA", "Roberto D\u00edaz", 11, "2026-03-20 12:10",
   "Boston International Newcomers Academy, cafeteria",
   "On 3/20 at 12:10 PM, in the Boston International Newcomers Academy cafeteria, Roberto pulled a knife "
   "from his sock and held it to a classmate's side during an argument over a card game. Cafeteria staff "
   "Mr. Doherty talked him into dropping it; SSS secured a 4-inch steak knife.",
   ground="weapon", weapon="knife", key="steak knife",
   mct=["Newcomers Academy cafeteria", "card game", "from his sock"],
   nmc=["Venezuela", "asylum seeker"], cats=["national_origin", "immigration_status"],
   stu={"country_of_birth": "Venezuela", "immigration": {"status": "asylum seeker", "entry": "2024-06"}},
   tags=["school_name_trap", "structured_fields"])

mk(G, "allow_clean", "EHS", "Tavon Richards", 11, "2026-04-28 09:35",
   "English High School, English department office",
   "On 4/28 Tavon came into the English department office on the 3rd floor and told Ms. Kerrigan he had a "
   "taser 'for the kids who keep jumping me.' He took a black stun gun out of his bag and set it on her "
   "desk. SSS took it. Tavon was calm.",
   ground="weapon", weapon="stun gun", key="stun gun", mct=["English department office", "3rd floor"],
   tags=["school_name_trap"])

mk(G, "allow_clean", "SNOW", "Maya Ferris", 12, "2026-05-29 09:15",
   "Snowden International School, 4th floor bathroom",
   "During the Snowden International School senior breakfast on 5/29, Maya took a razor blade out of her "
   "phone case and threatened to cut another senior in the 4th floor bathroom. The teacher on duty took "
   "the blade.",
   ground="weapon", weapon="razor blade", key="razor blade",
   mct=["Snowden International School senior breakfast", "4th floor bathroom"],
   tags=["school_name_trap"])

mk(G, "allow_clean", "BURKE", "Kendrick Vaughn", 10, "2026-01-20 09:10",
   "Jeremiah E. Burke High School, 2nd floor water fountain",
   "Hallway camera, 1/20, 9:10 AM: a student in a gray crew neck sweatshirt and black joggers pulls a knife "
   "from his sleeve and shows it to two others by the 2nd floor water fountain. AP Sampson reviewed the "
   "video and recognized Kendrick; SSS found a 3-inch folding knife in his sleeve.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["gray crew neck sweatshirt", "2nd floor water fountain"], tags=["crew_trap", "camera_not_face"])

mk(G, "allow_clean", "BAA", "Finn Gallagher", 11, "2026-04-03 16:00",
   "Boston Arts Academy, black box theater",
   "During stage crew load-in for the spring musical on 4/3 (Boston Arts Academy black box theater), the "
   "technical director found Finn and another crew member in the fly gallery with a bag of psilocybin "
   "mushrooms and a bag of chocolate squares. Finn said the mushrooms were his. Nurse and SSS secured both "
   "bags.",
   ground="drugs", substances=["psilocybin"], key="psilocybin mushrooms",
   mct=["stage crew load-in", "another crew member", "fly gallery"], tags=["crew_trap"])

mk(G, "allow_clean", "BLS", "Oliver Tran", 12, "2026-04-22 16:30",
   "Boathouse on the Charles (crew practice)",
   "At crew practice on 4/22 at the boathouse on the Charles, the coach found a balisong (butterfly knife) "
   "in Oliver's gear bag after a teammate said Oliver had flipped it open at him in the erg room. The "
   "teammate was not cut. Coach turned the knife over to the AP the next morning.",
   ground="weapon", weapon="knife", key="butterfly knife",
   mct=["crew practice", "boathouse on the Charles", "erg room"], tags=["crew_trap"],
   stu={"guardian": "Linh Tran"})

mk(G, "allow_clean", "BAA", "Isabel Quincy", 12, "2025-12-12 17:45",
   "Boston Arts Academy, recital hall",
   "At the jazz combo soundcheck on 12/12 in the recital hall, a teacher picking up the set list from the "
   "piano found a box cutter taped under the lid. Isabel said she put it there 'in case' and that a "
   "student in the band had threatened her. SSS took it.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["set list", "jazz combo soundcheck", "taped under the lid"], tags=["set_trap"])

mk(G, "allow_clean", "BHS", "Luis Carrasco", 10, "2026-02-24 14:20",
   "Brighton High School, band room",
   "Music teacher Mr. Haddad found a kitchen knife hidden inside the bass drum of the drum set in the band "
   "room on 2/24 while moving it for a concert. Luis, who plays drums in the jazz band, admitted hiding it "
   "after a fight at the bus stop the week before. SSS secured a 9-inch kitchen knife.",
   ground="weapon", weapon="knife", key="kitchen knife", mct=["drum set", "band room", "bass drum"],
   tags=["set_trap"])

mk(G, "allow_clean", "DEAR", "Jerome Patterson", 10, "2025-10-08 15:30",
   "Dearborn STEM Academy, locker room",
   "At 3:30 PM on 10/8, after JV basketball tryouts, Coach Holland saw Jerome pointing a black handgun at "
   "the ceiling in the locker room. He called Ms. Ireland (AP) and Mr. Welsh (SSS), who cleared the room; "
   "BPD B-2 recovered an unloaded Hi-Point 9mm from Jerome's gym bag.",
   ground="weapon", weapon="firearm", key="Hi-Point 9mm",
   mct=["Coach Holland", "Ms. Ireland", "Mr. Welsh"], tags=["surname_trap"])

mk(G, "allow_redact", "NM", "Christian Okafor", 11, "2026-03-12 13:05",
   "New Mission High School, library",
   "Christian handed a friend a can of mace in the library at 1:05 PM on 3/12 and told him to 'spray "
   "whoever comes at us after school.' The librarian heard it and called SSS, who took the mace canister "
   "from the friend. Christian admitted it was his. His father is a Nigerian national on a work visa, per "
   "the registration file.",
   ground="weapon", weapon="mace", key="mace", mct=["Christian handed a friend", "library"],
   nmc=["Nigerian", "work visa"], cats=["national_origin", "immigration_status"],
   tags=["name_trap", "mixed_trap"])

mk(G, "allow_clean", "EXCEL", "Deja Warren", 11, "2026-04-16 10:20",
   "Excel High School, main office",
   "SSS Bishop found a folded paper packet of brown powder in Deja's jacket during a search at 10:20 on "
   "4/16 after a teacher reported her nodding off. Field test positive for heroin. Nurse monitored; no "
   "Narcan needed. Deja said she got it from an adult near Andrew station.",
   ground="drugs", substances=["heroin"], key="heroin",
   mct=["SSS Bishop", "Andrew station", "folded paper packet"], tags=["surname_trap", "station"])

mk(G, "allow_redact", "FRED", "Kenya Matthews", 8, "2026-01-13 11:15",
   "Lilla G. Frederick Middle School, 8th grade girls' bathroom",
   "In the 8th grade girls' bathroom at 11:15 on 1/13, Kenya pulled a box cutter on a classmate who had "
   "posted a video of her. Kenya pulled the blade out and said 'I'll cut you.' A teacher heard the yelling "
   "and came in; Kenya handed over the box cutter. Counselor note: Kenya's family is Jamaican and mom "
   "works overnights.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Kenya pulled the blade out", "8th grade girls' bathroom"], nmc=["Jamaican"],
   cats=["ethnicity"], tags=["name_trap", "mixed_trap"])

mk(G, "allow_clean", "EGLES", "Israel Figueroa", 12, "2026-05-12 12:40",
   "Greater Egleston High School, Room 10 computer lab",
   "Israel showed a loaded revolver to two classmates in the Rm 10 computer lab at 12:40 PM on 5/12 and "
   "told them 'Israel don't play.' One classmate told the director; SSS and BPD B-2 recovered a .38 "
   "revolver with five rounds from Israel's backpack.",
   ground="weapon", weapon="firearm", key=".38 revolver",
   mct=["Israel showed a loaded revolver", "Rm 10 computer lab"], tags=["name_trap"])

mk(G, "allow_clean", "MURPHY", "Tre Jackson", 8, "2026-02-20 11:50",
   "Richard J. Murphy K-8 School, cafeteria",
   "At lunch on 2/20, Tre and another 8th grader argued over a Jamaican beef patty Tre had brought from the "
   "corner store on Dorchester Ave. Tre hit the other boy in the head with a metal lunch tray several "
   "times; the boy needed 7 staples in his scalp and was diagnosed with a concussion at Carney Hospital.",
   ground="serious_violence", key="7 staples",
   mct=["Jamaican beef patty", "metal lunch tray", "corner store on Dorchester Ave"], tags=["food_trap"])

mk(G, "allow_clean", "MP", "Nico Amato", 11, "2026-03-24 10:40",
   "Madison Park Technical Vocational High School, culinary arts kitchen",
   "In the culinary arts kitchen on 3/24, while the class was making Cuban sandwiches and Italian subs for "
   "the caf\u00e9, Chef Duran found a bag of 12 white pills stamped 'M 367' in Nico's apron pocket. The "
   "nurse identified them as hydrocodone; Nico has no prescription.",
   ground="drugs", substances=["hydrocodone"], key="hydrocodone",
   mct=["Cuban sandwiches and Italian subs", "culinary arts kitchen", "apron pocket"], tags=["food_trap"])

mk(G, "allow_redact", "BCLA", "Wyatt Beaulieu", 10, "2025-11-19 10:05",
   "Boston Community Leadership Academy, 2nd floor boys' bathroom",
   "A student reported a classmate in a tan Patagonia fleece and American Eagle jeans showing a knife in "
   "the 2nd floor boys' bathroom on 11/19. AP Ramos checked the hall camera, saw Wyatt in that outfit, and "
   "found a 4-inch serrated knife in his fleece pocket.",
   ground="weapon", weapon="knife", key="serrated knife",
   mct=["tan Patagonia fleece", "American Eagle jeans"], nmc=["White (non-Hispanic)"],
   cats=["ethnicity"], stu={"race_ethnicity": "White (non-Hispanic)"},
   tags=["brand_trap", "structured_fields"])

mk(G, "allow_clean", "BDEA", "Jalen Forbes", 12, "2025-12-08 14:15",
   "Boston Day and Evening Academy, entry scanner",
   "At 2:15 PM on 12/8 Jalen came back from lunch wearing a purple Holy Cross Crusaders hat and an "
   "oversized coat; the entry scanner alerted and SSS found a pair of brass knuckles in the coat lining. "
   "Jalen said he found them.",
   ground="weapon", weapon="brass knuckles", key="brass knuckles",
   mct=["Holy Cross Crusaders hat", "coat lining"], tags=["team_trap"])

mk(G, "allow_clean", "FEN", "Nate Coffey", 11, "2026-05-14 10:30",
   "McLaughlin Playground, Mission Hill (PE class)",
   "During the school's gym class at the McLaughlin Playground courts on Mission Hill on 5/14, a student "
   "in a New Orleans Saints cap (Nate) pulled out a folding knife when another player shoved him. The gym "
   "teacher took the knife and walked the class back to school.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["New Orleans Saints cap", "McLaughlin Playground courts on Mission Hill"],
   tags=["team_trap", "place_trap"])

mk(G, "allow_clean", "JQUS", "Eric Ma", 10, "2025-10-22 15:05",
   "Church Street near Park Square",
   "On 10/22 at 3:05 PM, on Church Street near Park Square, Eric and two friends attacked a 10th grader, "
   "and Eric hit him with a bike lock. The victim had a broken collarbone and a gash over the eye (Tufts "
   "Medical Center). A crossing guard at the corner saw it and called 911.",
   ground="serious_violence", key="broken collarbone",
   mct=["Church Street near Park Square", "bike lock"], tags=["street_trap"])

mk(G, "allow_clean", "HEND", "Brandon Ruiz", 11, "2025-11-24 13:00",
   "Henderson K-12 Inclusion School, upper school gym",
   "During the Thanksgiving turkey giveaway in the upper school gym on 11/24, a volunteer saw Brandon "
   "threatening another student with a box cutter near the pallet of frozen turkeys. The AP took the box "
   "cutter; the other student was not hurt.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Thanksgiving turkey giveaway", "frozen turkeys"], tags=["food_trap"])

mk(G, "allow_clean", "ACC", "Alexis Dunmore", 11, "2026-01-28 11:20",
   "Another Course to College, family and consumer science room",
   "In the family and consumer science room on 1/28, Alexis smashed a china plate from the display cabinet "
   "and slashed a classmate's forearm with a shard. The cut was 6 cm long and needed 12 stitches and a "
   "tendon check at Carney Hospital.",
   ground="serious_violence", key="12 stitches", mct=["china plate", "display cabinet", "forearm"],
   tags=["nation_word_trap"])

mk(G, "allow_redact", "YA", "Aubrey Simmons", 7, "2026-03-31 13:30",
   "Young Achievers Science and Mathematics K-8 School, Room 109",
   "The science teacher found a vial of white powder taped under the guinea pig cage in Rm 109 on 3/31. "
   "Aubrey admitted hiding it there for an older cousin. Nurse/SSS field test consistent with cocaine. "
   "Aubrey's mother said the family worships at the Kingdom Hall and asked that elders not be told.",
   ground="drugs", substances=["cocaine"], key="cocaine", mct=["guinea pig cage", "Rm 109"],
   nmc=["Kingdom Hall"], cats=["religion"], tags=["nation_word_trap", "mixed_trap"])

mk(G, "allow_clean", "MP", "Kai Emerson", 12, "2026-02-12 10:10",
   "Madison Park Technical Vocational High School, culinary lab",
   "In the culinary lab on 2/12, Kai took a chef's knife from the knife roll by the Dutch ovens and chased "
   "a classmate around the prep tables, yelling he'd stab him. Chef Ram\u00edrez blocked him and took the "
   "knife. No one was cut.",
   ground="weapon", weapon="knife", key="chef's knife", mct=["Dutch ovens", "prep tables"],
   tags=["nation_word_trap"])

mk(G, "allow_clean", "BLA", "Aaron Feldman", 9, "2025-12-10 10:30",
   "Boston Latin Academy, Room 115",
   "A 9th grader told Mr. Cole that Aaron had opened the large blade of a red Swiss Army knife and held it "
   "to her backpack strap in Rm 115, threatening to cut it and 'then her.' SSS took the Swiss Army knife "
   "from Aaron's pocket at 10:30.",
   ground="weapon", weapon="knife", key="Swiss Army knife", mct=["Swiss Army knife", "Rm 115"],
   tags=["brand_trap"])

mk(G, "allow_clean", "MCC", "Mekhi Dawson", 8, "2025-12-03 13:40",
   "John W. McCormack Middle School, gym",
   "During PE on 12/3, while the class did Russian twists with medicine balls, Mekhi threw a 10-pound "
   "medicine ball at a classmate's head from close range after an argument. The classmate fell and had a "
   "seizure; EMS took him to BMC, where he was diagnosed with a skull fracture.",
   ground="serious_violence", key="skull fracture", mct=["Russian twists", "medicine ball"],
   tags=["nation_word_trap"])

mk(G, "allow_clean", "BLS", "Theo Marshall", 11, "2026-03-06 14:40",
   "MBTA 1 bus, Mass Ave near Symphony Hall",
   "On 3/6 at 2:40 PM, on the 1 bus on Mass Ave near Symphony Hall, Theo pulled a pocket knife on a BLS "
   "classmate after a dispute about a phone, then got off at the next stop. The classmate told the AP; SSS "
   "recovered the knife from Theo's locker the next morning.",
   ground="weapon", weapon="knife", key="pocket knife", mct=["1 bus on Mass Ave", "Symphony Hall"],
   tags=["street_trap"])

mk(G, "allow_redact", "DEAR", "Jada Mitchell", 11, "2025-11-14 15:10",
   "Nubian Square bus station",
   "Jada was seen by an SSS at the Nubian Square bus station at 3:10 PM on 11/14 handing two Dearborn "
   "students small baggies; the next day the AP found 8 more baggies of white powder and a scale in her "
   "locker. Field test: crack cocaine. Jada's emergency card gives a Dale St address.",
   ground="drugs", substances=["crack cocaine"], key="crack cocaine",
   mct=["Nubian Square bus station", "scale in her locker"], nmc=["Dale St"], cats=["neighborhood"],
   tags=["station", "mixed_trap"])

mk(G, "allow_clean", "CASH", "Tiara Gordon", 10, "2026-04-07 09:00",
   "Community Academy of Science and Health, main office",
   "During a bag search on 4/7 after a tip, the AP found a razor blade hidden inside the cap of a nail "
   "polish bottle in Tiara's makeup pouch. Tiara said she keeps it for 'the girls on the bus.'",
   ground="weapon", weapon="razor blade", key="razor blade",
   mct=["nail polish bottle", "makeup pouch"], tags=["nation_word_trap"])

mk(G, "allow_clean", "ACC", "Corey Tobin", 12, "2026-01-07 08:02",
   "Another Course to College, entry scanner",
   "At 8:02 AM on 1/7, Corey walked past the scanner with his hood up; it alerted on his hoodie pocket and "
   "SSS recovered a can of pepper spray and a 3-inch knife. Corey pulled his hood up again and refused to "
   "talk until his mom came.",
   ground="weapon", weapon="pepper spray", key="pepper spray",
   mct=["pulled his hood up", "3-inch knife"], tags=["slang_trap"])

mk(G, "allow_clean", "MURPHY", "Devon Shaw", 8, "2026-03-19 10:30",
   "Richard J. Murphy K-8 School, gym (science fair)",
   "While judges walked the science fair projects in the gym on 3/19, a teacher found a sandwich bag of "
   "Xanax bars (14, white, 'S 90 3') hidden in the trifold board of Devon's project. Devon said he was "
   "selling them for an older brother's friend.",
   ground="drugs", substances=["Xanax"], key="Xanax",
   mct=["science fair projects", "trifold board"], tags=["slang_trap"])

mk(G, "allow_redact", "BHS", "Ricky Pereira", 10, "2026-01-10 08:15",
   "Brighton High School, homeroom 204",
   "In homeroom 204 on the morning after the home game against Charlestown, Ricky showed classmates a "
   "loaded magazine and a small black pistol in his backpack. A classmate texted the AP; SSS and BPD D-14 "
   "recovered a .25 caliber pistol from the bag at 8:15.",
   ground="weapon", weapon="firearm", key=".25 caliber pistol",
   mct=["homeroom 204", "home game against Charlestown"], nmc=["Former EL", "Portuguese"],
   cats=["language"], stu={"ell": {"status": "Former EL", "language": "Portuguese"}},
   tags=["slang_trap", "structured_fields"])

mk(G, "allow_clean", "EMK", "Leah Donovan", 11, "2025-12-15 12:50",
   "Edward M. Kennedy Academy for Health Careers, 3rd floor lounge",
   "Leah and a classmate argued in the 3rd floor lounge on 12/15 over a $50 Visa gift card that went "
   "missing. Leah took a box cutter out of her bag and slashed toward the classmate's hand; the classmate "
   "pulled back and was not cut. A teacher took the box cutter.",
   ground="weapon", weapon="box cutter", key="box cutter",
   mct=["Visa gift card", "3rd floor lounge"], tags=["immigration_word_trap"])

mk(G, "allow_clean", "FEN", "Simone Hartley", 10, "2026-04-09 14:00",
   "Fenway High School, Mr. Ames's classroom",
   "Simone left a stack of graded papers on Mr. Ames's desk on 4/9 and a folding knife slid out from "
   "between them. She said she carries it on the Green Line since a man followed her at Longwood. SSS "
   "secured it.",
   ground="weapon", weapon="knife", key="folding knife",
   mct=["stack of graded papers", "Green Line"], tags=["immigration_word_trap"])

mk(G, "allow_clean", "OB", "Kieran Lowe", 11, "2026-02-27 13:15",
   "John D. O'Bryant School, computer science room",
   "In AP Computer Science Principles on 2/27, while the class was testing code in the Python interpreter, "
   "Kieran took a taser from his bag and zapped a classmate's shoulder as a 'prank.' The classmate had a "
   "small burn mark. Ms. Adeyemi confiscated the taser.",
   ground="weapon", weapon="taser", key="taser",
   mct=["Python interpreter", "AP Computer Science Principles", "small burn mark"],
   tags=["language_word_trap"])

mk(G, "allow_clean", "BGA", "Dante Ellis", 11, "2026-05-21 15:40",
   "School bus, Sagamore rest stop (field trip)",
   "On the bus back from the Cape Cod National Seashore marine biology trip on 5/21, Dante pulled out a "
   "folding knife and held it near a classmate's neck as a 'joke.' The chaperone, Ms. Laurent, took it at "
   "the Sagamore rest stop. No injury.",
   ground="weapon", weapon="knife", recipient="bpd", key="folding knife",
   mct=["Cape Cod National Seashore", "Sagamore rest stop"], tags=["place_trap"])

mk(G, "allow_clean", "BURKE", "Quentin Barrows", 11, "2026-03-03 13:20",
   "Jeremiah E. Burke High School, Room 106",
   "During a face-to-face mediation in Rm 106 on 3/3, Quentin jumped across the table and punched the "
   "other student repeatedly. The student suffered multiple facial fractures and a broken orbital bone "
   "(BMC surgery 3/4). The mediator, Ms. Okafor, pressed the panic button.",
   ground="serious_violence", key="facial fractures",
   mct=["face-to-face mediation", "facial fractures", "Rm 106"],
   att=[{"kind": "photo", "name": "rm106_table_after.jpg"}], stu={"sis_notes": "No concerns on file"},
   tags=["face_word_trap"])


def main():
    if PROBLEMS:
        raise SystemExit("self-check failed:\n" + "\n".join(PROBLEMS))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
