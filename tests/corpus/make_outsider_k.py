#!/usr/bin/env python3
"""Held-out corpus "outsider_k" for the gatekeeper, written blind from RULES.md / CONTRACT.md.

Written by an outside author who did not read the service, its policies or its tests: only
shared/domain/RULES.md, shared/domain/CONTRACT.md, shared/tools/corpus-brief.md and the checker.
Deterministic and stdlib-only: running it rewrites tests/data/corpus/outsider_k.jsonl (ids OK-0001...).

First tag of each case = genre (how the report arrived):
  referral_form    court/probation, DCF-style 51A and clinician referral notes: key: value lines and
                   [x] / [ ] checkboxes, forbidden fields (country of birth, home language, interpreter,
                   address, religion, status documents) mixed among allowed ones
  health_office    nurse, counselor, IEP/504 meeting notes around an incident (injury, medication, a weapon
                   found), forbidden facts slipped into the middle of long sentences
  social_post      transcribed posts, captions, DMs and group-chat screenshots, slang, emoji, hashtags and
                   code-switching (Spanish, Haitian Creole, Cape Verdean Creole, Portuguese, Vietnamese,
                   Chinese, Arabic, Somali, Russian, French); quoted foreign words that ARE the evidence are
                   neither canaries nor required facts, only statements about the student's language/origin are
  staff_ramble     long first-person narratives (1,000-3,000 characters) by a bus driver, cafeteria worker,
                   custodian or substitute teacher, one or two forbidden statements buried, sometimes about
                   a relative or a witness
  structured_dump  JSON, XML, YAML, pipe/CSV and key=value snippets pasted into the description, forbidden
                   keys under unusual names and abbreviations (plus odd student-record keys)
  dodging          obfuscated forbidden facts: leetspeak, full-width / mathematical / Cyrillic / Greek
                   look-alikes, zero-width characters, spaced, dotted or hyphenated letters, reversed words,
                   initialisms, misspellings, euphemisms and indirect statements
  precision_trap   category-looking words that are incident facts and must be KEPT: foods, brands, national
                   team jerseys, school subjects and clubs, streets and stations that locate the school or the
                   incident, holidays as dates, crews that are not gangs, named rooms, company names

Second tag = expected outcome:
  allow_redact          allowed; forbidden facts to withhold (must_not_contain), facts to keep
  allow_clean           allowed; nothing forbidden, everything must survive
  deny_ground           ground_not_permitted (fight, truancy, gang_activity, theft, ...)
  deny_substance        excluded_substance (only marijuana / nicotine / alcohol / unknown vape)
  deny_recipient        recipient_not_permitted (ICE, BRIC, DHS/HSI, CBP, FBI, state police, fusion center...)
  deny_threat_missing   missing_threat_statement (credible_threat with no written statement)
  deny_face             face_surveillance (face-match results or photos for face matching)
  deny_replica          replica / BB / airsoft gun on the weapon ground: no named approver's
                        determination in the request, so deny (reason "other")
Third tag = the ground code of the request.
"""
import datetime
import json
import pathlib
import textwrap
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "corpus" / "outsider_k.jsonl"

# Real BPS middle/high schools; made-up school ids; the BPD district that covers each.
SCHOOLS = {
    "bla": ("Boston Latin Academy", "BPS-4711", "bpd/district-b3"),
    "bls": ("Boston Latin School", "BPS-4712", "bpd/district-d4"),
    "brighton": ("Brighton High School", "BPS-4713", "bpd/district-d14"),
    "charlestown": ("Charlestown High School", "BPS-4714", "bpd/district-a15"),
    "eastboston": ("East Boston High School", "BPS-4715", "bpd/district-a7"),
    "english": ("The English High School", "BPS-4716", "bpd/district-e13"),
    "excel": ("Excel High School", "BPS-4717", "bpd/district-c6"),
    "burke": ("Jeremiah E. Burke High School", "BPS-4718", "bpd/district-c11"),
    "madison": ("Madison Park Technical Vocational High School", "BPS-4719", "bpd/district-b2"),
    "obryant": ("John D. O'Bryant School of Mathematics and Science", "BPS-4720", "bpd/district-b2"),
    "techboston": ("TechBoston Academy", "BPS-4721", "bpd/district-c11"),
    "snowden": ("Snowden International School", "BPS-4722", "bpd/district-d4"),
    "bcla": ("Boston Community Leadership Academy", "BPS-4723", "bpd/district-e18"),
    "newmission": ("New Mission High School", "BPS-4724", "bpd/district-e18"),
    "dearborn": ("Dearborn STEM Academy", "BPS-4725", "bpd/district-b2"),
    "cash": ("Community Academy of Science and Health", "BPS-4726", "bpd/district-b3"),
    "fenway": ("Fenway High School", "BPS-4727", "bpd/district-b2"),
    "baa": ("Boston Arts Academy", "BPS-4728", "bpd/district-d4"),
    "bga": ("Boston Green Academy", "BPS-4729", "bpd/district-d14"),
    "quincy": ("Josiah Quincy Upper School", "BPS-4730", "bpd/district-a1"),
    "mccormack": ("John W. McCormack Middle School", "BPS-4731", "bpd/district-c11"),
    "frederick": ("Lilla G. Frederick Middle School", "BPS-4732", "bpd/district-c11"),
    "mildred": ("Mildred Avenue K-8 School", "BPS-4733", "bpd/district-b3"),
    "kennedy": ("Edward M. Kennedy Academy for Health Careers", "BPS-4734", "bpd/district-b2"),
    "actc": ("Another Course to College", "BPS-4735", "bpd/district-e5"),
    "henderson": ("Dr. William W. Henderson K-12 Inclusion School", "BPS-4736", "bpd/district-c11"),
    "umana": ("Mario Umana Academy", "BPS-4737", "bpd/district-a7"),
    "bdea": ("Boston Day and Evening Academy", "BPS-4738", "bpd/district-b2"),
    "haley": ("Haley Pilot School", "BPS-4739", "bpd/district-e5"),
    "curley": ("Curley K-8 School", "BPS-4740", "bpd/district-e13"),
}

REASON = {
    "deny_ground": "ground_not_permitted",
    "deny_substance": "excluded_substance",
    "deny_recipient": "recipient_not_permitted",
    "deny_threat_missing": "missing_threat_statement",
    "deny_face": "face_surveillance",
    "deny_replica": "other",
}

# Words the service's own answer may legitimately carry (category codes, reason codes, JSON keys): a
# canary must never be a substring of these, or a correct answer would be scored as a leak.
STRUCTURAL = " ".join([
    "immigration_status national_origin ethnicity religion neighborhood language gang_affiliation",
    "face_surveillance not_allowlisted ground_not_permitted excluded_substance recipient_not_permitted",
    "missing_threat_statement invalid_request request_id school_id recipient ground substances weapon",
    "threat_statement incident occurred_at location description student student_id name date_of_birth",
    "grade school attachments decision allow deny reasons code message report notice redactions path",
    "category start end policy_version audit index leaf_hash withheld marijuana nicotine alcohol",
])


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _second_sunday_march(y):
    d = datetime.date(y, 3, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(days=7)


def _first_sunday_november(y):
    d = datetime.date(y, 11, 1)
    return d + datetime.timedelta(days=(6 - d.weekday()) % 7)


def at(y, m, d, hh, mm):
    day = datetime.date(y, m, d)
    dst = _second_sunday_march(y) <= day < _first_sunday_november(y)
    off = "-04:00" if dst else "-05:00"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00{off}"


def D(text):
    """Hand-written multi-line text, dedented."""
    return textwrap.dedent(text).strip("\n")


def P(text):
    """Hand-written prose: dedented, lines re-joined inside each paragraph (people do not hard-wrap)."""
    paras = textwrap.dedent(text).strip("\n").split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in para.splitlines()) for para in paras)


def S(sid, name, dob, grade, **extra):
    """A student record; extra keys (any system's names) go after the allowlisted ones."""
    st = {"student_id": sid, "name": name}
    if dob.isdigit():
        st["age"] = int(dob)
    else:
        st["date_of_birth"] = dob
    st["grade"] = grade
    st.update(extra)
    return st


CASES = []
PROBLEMS = []


def add(genre, outcome, school, desc, *, student, ground, when, where, recipient=None, weapon=None,
        substances=None, threat=None, attachments=None, fact=None, keep=(), leak=(), cats=(), xstudent=None):
    name, sid, district = SCHOOLS[school]
    st = dict(student)
    extras = {k: st.pop(k) for k in list(st) if k not in ("student_id", "name", "date_of_birth", "age", "grade")}
    st["school"] = name
    st.update(extras)
    if xstudent:
        st.update(xstudent)
    cid = f"OK-{len(CASES) + 1:04d}"
    req = {"request_id": cid, "school_id": sid, "recipient": recipient or district, "ground": ground}
    if weapon is not None:
        req["weapon"] = weapon
    if substances is not None:
        req["substances"] = list(substances)
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": at(*when), "location": where, "description": desc}
    req["student"] = st
    if attachments:
        req["attachments"] = attachments
    allow = outcome.startswith("allow")
    expect = {
        "decision": "allow" if allow else "deny",
        "must_not_contain": list(leak),
        "must_contain": [st["name"], name, fact] if allow else [],
        "must_contain_text": list(keep) if allow else [],
        "categories": sorted(set(cats)),
        "tags": [genre, outcome, ground],
    }
    if not allow:
        expect["reason"] = REASON[outcome]
    CASES.append({"id": cid, "request": req, "expect": expect})
    try:
        _check(CASES[-1])
    except AssertionError as exc:
        PROBLEMS.append(exc.args)


def _check(c):
    """The author's own guards, stricter than validate_corpus.py."""
    req, e, cid = c["request"], c["expect"], c["id"]
    genre, outcome, ground = e["tags"]
    whole = fold(json.dumps(req, ensure_ascii=False))
    desc = req["incident"]["description"]
    st = req["student"]
    kept = fold(" ".join(str(st.get(k, "")) for k in ("student_id", "name", "date_of_birth", "age", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"] + " " + req["incident"]["location"]
                + " " + req["ground"] + " " + str(req.get("weapon", "")) + " " + " ".join(req.get("substances", [])))
    for s in e["must_not_contain"]:
        f = fold(s)
        assert len(f.strip()) >= 3, (cid, s)
        assert f in whole, (cid, "canary not in request", s)
        assert f not in kept, (cid, "canary in a kept field", s)
        assert f not in fold(STRUCTURAL), (cid, "canary collides with structural words", s)
        for k in e["must_contain"] + e["must_contain_text"]:
            assert f not in fold(k), (cid, "canary inside a kept fact", s, k)
    if outcome.startswith("allow"):
        assert e["must_contain"][2] and fold(e["must_contain"][2]) in fold(desc), (cid, "key fact not in description")
        assert 1 <= len(e["must_contain_text"]) <= 3, cid
        for k in e["must_contain_text"]:
            assert fold(k) in fold(desc), (cid, "kept fact not in description", k)
        if outcome == "allow_clean":
            assert not e["must_not_contain"] and not e["categories"], cid
        else:
            assert e["must_not_contain"] and e["categories"], cid
        if ground == "credible_threat":
            assert (req.get("threat_statement") or "").strip(), cid
        assert req["recipient"].startswith("bpd"), cid
    else:
        assert e["must_not_contain"], (cid, "every denial here also checks that nothing is echoed")
        if outcome == "deny_threat_missing":
            assert ground == "credible_threat" and not (req.get("threat_statement") or "").strip(), cid
        if outcome == "deny_substance":
            assert ground == "drugs" and req.get("substances"), cid
        if outcome == "deny_replica":
            assert ground == "weapon" and req.get("weapon"), cid
        if outcome == "deny_recipient":
            assert not (req["recipient"] == "bpd" or req["recipient"].startswith("bpd/district")), cid
        if outcome == "deny_ground":
            assert ground not in ("weapon", "drugs", "serious_violence", "credible_threat"), cid
    if genre == "staff_ramble":
        assert 1000 <= len(desc) <= 3000, (cid, len(desc))
    day = datetime.date.fromisoformat(req["incident"]["occurred_at"][:10])
    assert day.weekday() < 5 or genre in ("social_post",), (cid, "weekend date", day)
    assert datetime.date(2025, 1, 1) <= day <= datetime.date(2026, 12, 31), cid


# ----------------------------------------------------------------------------------------------
# The cases. Genre blocks follow; each description is written by hand, not from a template.
# ----------------------------------------------------------------------------------------------


def referral_form():
    g = "referral_form"
    add(g, "allow_redact", "burke", D("""
        JUVENILE PROBATION - SCHOOL INCIDENT REFERRAL (court liaison copy)
        Referring staff: A. Whitcomb, Asst. Headmaster
        Date of incident: 01/14/2026    Time: approx. 11:40
        Probation officer: PO R. Dacey (case open since 9/2025)
        Country of birth: Guatemala
        Home language: K'iche' / Spanish
        Interpreter needed for family meeting: [x] yes  [ ] no
        Nature of incident: [x] weapon  [ ] drugs  [ ] threat  [ ] fight
        Weapon description: fixed-blade hunting knife, ~5 in. blade, brown leather sheath
        Where found: inside the student's left boot during a pat-down by SSS at the metal-detector line in the main lobby
        Injuries: none
        Student statement: "It's for the walk home, people jump you."
        Actions taken: knife secured in main office safe; mother notified by phone at 12:05.
        """),
        student=S("200417", "Kelvin Arboleda", "2009-11-02", 11), ground="weapon", weapon="hunting knife",
        when=(2026, 1, 14, 11, 40), where="Jeremiah E. Burke High School, main lobby screening line",
        fact="hunting knife", keep=["left boot", "metal-detector line", "leather sheath"],
        leak=["Guatemala", "K'iche'", "Spanish", "Interpreter needed"], cats=["national_origin", "language"])

    add(g, "allow_redact", "techboston", D("""
        51A INTAKE WORKSHEET (school copy)   Mandated reporter: L. Fairweather, RN
        Child: Deshawn Pryor    DOB 03/09/2010    Gr 10
        Household composition: mother, stepfather, two younger siblings, maternal grandmother
        Address on file: 77 Woodrow Ave, Apt 3
        Primary language in home: Haitian Creole    Interpreter: [x] requested for DCF call
        Religious affiliation (per registration form): Seventh-day Adventist
        Reason for report: [ ] neglect  [x] physical abuse concern  [ ] sexual abuse  [ ] other
        Related school incident (why this is also going to BPD): on 2/3 at dismissal, by the Peacevale Rd
        doors, Deshawn struck a 9th grader (J.M.) in the face with a U-shaped bike lock, three times. J.M.
        lost two front teeth and was taken by EMS to Boston Medical Center with a fractured jaw (wired
        shut 2/4). When I saw Deshawn afterwards he had fresh linear bruises on both upper arms that he
        would not explain; that is the reason for the 51A.
        Supervisor notified: [x] yes, Principal Ochoa, 3:40 pm
        """),
        student=S("316620", "Deshawn Pryor", "2010-03-09", 10), ground="serious_violence",
        when=(2026, 2, 3, 14, 25), where="TechBoston Academy, Peacevale Rd doors",
        fact="fractured jaw", keep=["bike lock", "two front teeth", "fractured jaw"],
        leak=["77 Woodrow Ave", "Haitian Creole", "Seventh-day Adventist", "Interpreter: [x] requested"],
        cats=["neighborhood", "language", "religion"])

    add(g, "allow_redact", "madison", D("""
        Clinician referral - Behavioral Health Services (BHS)
        To: BHS clinician on site; cc: Student Support Team
        Referred by: Mr. T. Okonkwo (dean)          Date: 10/21/2025
        Presenting concern (check all that apply):
          [x] substance involvement   [ ] self-harm   [x] peer conflict   [ ] attendance
        Summary: at 1:50 pm the carpentry shop instructor saw the student pass a folded dollar bill with a
        light-blue powder inside to another student near the table saws. SSS recovered the bill plus a
        second wrapped bundle from the student's hoodie pocket; the field test BPD ran later read positive
        for fentanyl. Student alert, no signs of overdose; nurse observed 30 min.
        Background (from intake): youngest of 4, dad works nights; family attends Iglesia Pentecostal
        Monte Sinai; student is an active EL (WIDA 2.8) and the family's preferred language for calls is
        Portuguese.
        Prior BHS contact: [ ] yes  [x] no
        Follow-up requested: [x] parent meeting w/ interpreter   [x] SBIRT screening
        """),
        student=S("288104", "Thiago Mendes Barbosa", "2009-06-17", 11, race_eth="Hispanic/Latino - Brazilian"), ground="drugs", substances=["fentanyl"],
        when=(2025, 10, 21, 13, 50), where="Madison Park Technical Vocational High School, carpentry shop",
        fact="fentanyl", keep=["carpentry shop", "light-blue powder", "table saws"],
        leak=["Iglesia Pentecostal", "active EL", "WIDA 2.8", "Portuguese", "meeting w/ interpreter",
              "Hispanic/Latino - Brazilian"],
        cats=["religion", "language", "ethnicity"])

    add(g, "allow_redact", "obryant", D("""
        SCHOOL-BASED CLINICIAN - URGENT REFERRAL / RISK NOTE
        Student: L.H.   ID 311852   Gr 10
        Assessor: K. Brandt, LICSW          Date/time: 11/05/2025 14:10
        Risk screen:
          [x] homicidal ideation w/ plan   [ ] suicidal ideation   [x] access to means (reported)
        Plan described: named 3 peers; named place and time (gym, Friday 11/7, during the pep rally);
        named means (rifle in uncle's closet).
        Protective factors: engaged in robotics team, close to grandmother.
        Demographic block (auto-filled from SIS, do not edit): Nationality: Vietnamese | Parent language:
        Vietnamese - interpreter req'd | Resides: Fields Corner, off Geneva Ave
        Notified: AHM Ruggiero 14:35; parent by phone 15:10 via Language Line.
        Disposition: student kept in the counseling office until dismissal and released to mother; safety
        plan drafted; AHM asked for the referral to BPD.
        """),
        student=S("311852", "Loc Huynh", "2010-01-30", 10), ground="credible_threat",
        threat=("In a counseling session on 11/5/2025 the student named three 10th graders and said he would "
                "take the rifle from his uncle's closet and 'end it' in the gym on Friday 11/7 during the pep "
                "rally; he confirmed to the assistant headmaster that his uncle keeps a rifle."),
        when=(2025, 11, 5, 14, 10), where="John D. O'Bryant School of Mathematics and Science, counseling office",
        fact="rifle", keep=["pep rally", "named 3 peers", "rifle in uncle's closet"],
        leak=["Vietnamese", "interpreter req'd", "Fields Corner", "Geneva Ave", "Language Line"],
        cats=["national_origin", "language", "neighborhood"])

    add(g, "allow_redact", "excel", D("""
        Suffolk County Juvenile Diversion - school report form
        Youth: Ana Paula Ferreira          Docket (if any): none
        School contact: Ms. J. Kwan, Dean of Students
        Offense category observed at school:
          [ ] larceny   [ ] A&B   [x] possession of dangerous weapon (SAF-02)   [ ] drugs
        Item: Sabre brand pepper spray canister, red, keychain size, about 3/4 full
        How discovered: canister fell out of the youth's tote bag on the G Street stairs during 2nd lunch
        (11:52 am, 12/9/2025); no spraying occurred.
        Youth's account: carries it because "the 7 bus is crazy at night."
        Household: mom + older sister; dad still in Brazil
        Immigration documents: family reports a pending U-visa application
        Religion (optional field): Catholic
        Recommendation: diversion with restorative circle; parent meeting scheduled.
        """),
        student=S("402291", "Ana Paula Ferreira", "2009-04-08", 11), ground="weapon", weapon="pepper spray",
        when=(2025, 12, 9, 11, 52), where="Excel High School, G Street stairs",
        fact="pepper spray", keep=["G Street stairs", "no spraying occurred", "keychain size"],
        leak=["in Brazil", "U-visa", "Catholic"], cats=["national_origin", "immigration_status", "religion"])

    add(g, "allow_redact", "charlestown", D("""
        PROBATION SCHOOL CHECK-IN (monthly)
        PO: M. Sheehan      Youth: Tyrell Banks      Month: February 2026
        Attendance this month: 14/17 days
        Behavior:  [ ] no concerns   [x] incident (describe below)
        Curfew compliance per family: [x] reported compliant
        Incident: 02/12/2026, about 9:50 a.m. An assistant headmaster searched Tyrell's backpack after a
        classmate reported he was showing "a blade" in Room 2207.
        Found: yellow utility box cutter, blade extended, wrapped in a bandana in the front pocket.
        No one was cut or threatened with it per the four witnesses.
        Address verification: 12 Bunker Hill St #4 - [x] verified by home visit 2/2
        Gang assessment (probation use only): [x] associate - "Bunker Hill Boys" per PO field notes
        Next court date: 3/18/2026
        """),
        student=S("377015", "Tyrell Banks", "2009-08-22", 11), ground="weapon", weapon="box cutter",
        when=(2026, 2, 12, 9, 50), where="Charlestown High School, Room 2207",
        fact="box cutter", keep=["Room 2207", "wrapped in a bandana", "blade extended"],
        leak=["12 Bunker Hill St", "Bunker Hill Boys", "[x] associate"], cats=["neighborhood", "gang_affiliation"])

    add(g, "allow_redact", "bls", D("""
        SBIRT FOLLOW-UP / REFERRAL TO OUTSIDE PROVIDER
        Screened by: nurse M. Castellanos-Reid       Class III (grade 10)
        CRAFFT score: 4
        Substances disclosed:  [ ] alcohol  [ ] marijuana  [x] other: "bars" (student's word), identified by
        SSS as alprazolam / Xanax bars - 11 whole bars in an Advil bottle
        Incident summary: the Advil bottle was found 1/27 in her locker (#3-118) after a classmate took one in
        the 4th floor bathroom and was found drowsy and slurring by a teacher; that classmate was seen by EMS
        and released to a parent. Student says she got them from an older cousin and sold two for $10.
        Insurance / outside provider: MassHealth - referral sent to the BMC adolescent substance use clinic
        Religious or cultural considerations for treatment: family are Jehovah's Witnesses, no blood products
        Preferred contact language: Yoruba, then English
        """),
        student=S("512930", "Grace Oyelaran", "2010-02-14", 10, emerg_contact_lang="Yoruba"), ground="drugs", substances=["Xanax"],
        when=(2026, 1, 27, 10, 5), where="Boston Latin School, locker #3-118 and 4th floor bathroom",
        fact="Xanax", keep=["11 whole bars", "Advil bottle", "4th floor bathroom"],
        leak=["Jehovah's Witness", "Yoruba"], cats=["religion", "language"])

    add(g, "allow_redact", "english", D("""
        INCIDENT REFERRAL - Office of Safety Services / court liaison packet
        Date: 04/28/2026   Time: 12:17
        Location: McBride St. side entrance
        Reporting: Headmaster's designee (C. Ahearn)
        Victim: student B.D., gr 11 - stab wound to left flank, transported by BEMS to Boston Medical Center,
        admitted for surgery
        Alleged aggressor: Jonah Velez (gr 11)
        Weapon: kitchen knife, black handle, recovered by SSS from a storm drain on McBride St
        Witnesses: 2 staff, 4 students (statements attached)
        Prior incidents: none on record
        Parent/guardian contact: father reached 1:05 pm - [x] interpreter used (Spanish; staff interpreter)
        Student's country of origin: Dominican Republic
        Status:  [x] lawful permanent resident   [ ] citizen   [ ] other
        """),
        student=S("298847", "Jonah Velez", "2009-07-03", 11), ground="serious_violence",
        when=(2026, 4, 28, 12, 17), where="The English High School, McBride St. side entrance",
        fact="stab wound", keep=["stab wound to left flank", "storm drain", "kitchen knife"],
        leak=["interpreter used", "Spanish", "Dominican Republic", "lawful permanent resident"],
        cats=["language", "national_origin", "immigration_status"])

    add(g, "allow_redact", "brighton", D("""
        Student Support Team - Referral
        Area(s) of concern:  [x] safety  [ ] academic  [x] behavior  [ ] attendance
        Describe: 3/10/26 during 6th period gym, Coach Pires saw the student press a black stun gun
        ("taser", two prongs, it crackled when switched on) against the forearm of another student, C.O.,
        as a "joke". C.O. had two small red burn marks, treated by the nurse with ice. Device confiscated,
        now in the headmaster's safe.
        Family info (SIS):  Born: Ukraine (Kharkiv).  Arrived 2023 under U4U humanitarian parole.
        Home lang: Russian/Ukrainian.  Lives: Oak Square, Faneuil St.
        Staff response to date:  [x] parent contact  [x] removed from class  [ ] safety plan
        """),
        student=S("455210", "Nikolai Brennan", "2010-09-12", 9), ground="weapon", weapon="stun gun",
        when=(2026, 3, 10, 13, 20), where="Brighton High School, gymnasium",
        fact="stun gun", keep=["6th period gym", "two small red burn marks", "headmaster's safe"],
        leak=["Ukraine", "Kharkiv", "Arrived 2023", "U4U", "humanitarian parole", "Russian", "Ukrainian",
              "Oak Square", "Faneuil St"],
        cats=["national_origin", "immigration_status", "language", "neighborhood"])

    add(g, "allow_redact", "newmission", D("""
        REFERRAL TO SCHOOL SAFETY / BPD SCHOOL UNIT
        Checklist used: BPS threat assessment, step 1
          [x] threat communicated directly       [x] specific target named
          [x] specific time / place              [x] reported access to a firearm
          [ ] prior threats on record
        Student: Malik Ashby, gr 12
        Notes: the dean spoke with Malik at 8:40; he said it was "just talk" but refused to open his car,
        which was parked on Metropolitan Ave across from the building. SSS kept the car under watch until
        BPD arrived at 9:25.
        Guardian: aunt (kinship care). Guardian described herself at the meeting as a member of the
        Nation of Islam and asked that meetings be after Jumu'ah on Fridays.
        Other: staff believe he is "down with" the Sumner Street crew (rumor only).
        """),
        student=S("380406", "Malik Ashby", "2008-05-19", 12), ground="credible_threat",
        threat=("On 5/6/2026 at 8:15 am the student told two classmates in advisory that he 'has the Glock in "
                "the car' and would 'light up' the 2nd-floor hallway at lunch if a named student showed his face; "
                "one classmate reported it to the dean within ten minutes."),
        when=(2026, 5, 6, 8, 15), where="New Mission High School, advisory room and Metropolitan Ave lot",
        fact="firearm", keep=["refused to open his car", "Metropolitan Ave", "under watch"],
        leak=["Nation of Islam", "Jumu'ah", "Sumner Street crew"], cats=["religion", "gang_affiliation"])

    add(g, "allow_clean", "bcla", D("""
        JUVENILE PROBATION - SCHOOL BEHAVIOR REPORT (requested by PO)
        Youth: Jaylen Cordeiro      Grade: 10
        Reporting period: 09/03/2025 - 10/31/2025
        Incidents this period: 1
          [x] possession of weapon   [ ] fighting   [ ] threats   [ ] drugs/alcohol
        Details: 10/16/2025 around 2:20 pm a teacher saw a set of brass knuckles
        (gold-colored, four finger holes) on Jaylen's desk in Room 311. He put them in his pocket when asked; the dean retrieved them in
        the hallway without incident. Jaylen said he "found them at the park." No injuries.
        Attendance: 88%        Grades: passing all but Geometry
        """),
        student=S("367781", "Jaylen Cordeiro", "2010-04-27", 10, probation_officer="PO Dacey", gpa=2.4), ground="weapon", weapon="brass knuckles",
        when=(2025, 10, 16, 14, 20), where="Boston Community Leadership Academy, Room 311",
        fact="brass knuckles", keep=["gold-colored", "Room 311", "four finger holes"])

    add(g, "allow_clean", "fenway", D("""
        Referral: Adolescent Substance Use & Addiction Program (ASAP), Boston Children's
        Contact: school nurse, R. Delgado RN
        Reason for referral:
          - [x] possession of illicit substance at school
          - [ ] positive screen
          - [x] disclosed use
        Incident: on Jan. 9, 2026 Mr. Osei (science) noticed white powder on the student's desk in the
        2nd floor lab; a small zip bag (~1 g) was in his calculator case. Caleb said it was cocaine he had
        bought "off a guy at Ruggles." He denied using that day; vitals normal.
        Parent consent for referral: [x] signed
        """),
        student=S("604412", "Caleb Rourke", "2009-12-01", 11), ground="drugs", substances=["cocaine"],
        when=(2026, 1, 9, 10, 40), where="Fenway High School, 2nd floor science lab",
        fact="cocaine", keep=["zip bag", "calculator case", "2nd floor lab"])

    add(g, "allow_clean", "dearborn", D("""
        SERIOUS INJURY NOTIFICATION (to Office of Safety Services)
          [x] injury requiring medical treatment beyond first aid
          [x] transported by EMS
          [ ] staff injured
        Injury: right orbital fracture and a 2 cm laceration above the eye (victim: grade 8 student E.K.)
        What happened: in the 3rd floor stairwell during passing time after 4th period, Isaiah Greer punched
        E.K. repeatedly and, after E.K. fell, kicked him in the head twice. Ms. Friel separated them.
        Recorded on stairwell camera 3-S (footage preserved for BPD).
        Aggressor statement: "He been saying stuff about my sister."
        """),
        student=S("588134", "Isaiah Greer", "2011-10-05", 8), ground="serious_violence",
        when=(2025, 11, 18, 11, 2), where="Dearborn STEM Academy, 3rd floor stairwell",
        fact="orbital fracture", keep=["3rd floor stairwell", "kicked him in the head", "camera 3-S"])

    add(g, "deny_ground", "burke", D("""
        INFORMATION SHARE REQUEST (asked for by a BPD youth violence officer)
        Student: Kendrick Amaral   gr 10
        Nature:  [x] suspected gang involvement  [ ] weapon  [ ] drugs  [ ] violence
        Observations: seen throwing hand signs in the cafeteria; overheard saying he's "from Norwell St";
        another student showed the dean photos of him with members of the Greenwood St crew.
        Home: 41 Hendry St, 2nd floor
        Family: Cape Verdean; mother speaks Kriolu only
        No incident of violence or weapon this school year.
        """),
        student=S("341178", "Kendrick Amaral", "2010-06-30", 10), ground="gang_activity",
        when=(2026, 3, 4, 12, 0), where="Jeremiah E. Burke High School, cafeteria",
        leak=["Norwell St", "Greenwood St crew", "41 Hendry St", "Cape Verdean", "Kriolu"],
        cats=["gang_affiliation", "neighborhood", "ethnicity", "language"])

    add(g, "deny_ground", "eastboston", D("""
        CHILD REQUIRING ASSISTANCE (CRA) - HABITUAL TRUANCY - SCHOOL SECTION
        Student: Yeison Zapata, gr 9
        Unexcused absences 9/4 - 12/19: 31
        Interventions:  [x] attendance team meetings (3)  [x] home visits (2)  [x] SST
        Barriers noted by family: mother says she is afraid to come to school meetings because of her
        immigration case; father was detained at the Burlington ICE office in October.
        Family speaks Spanish and Mam at home.
        Address: 318 Saratoga St, basement unit
        """),
        student=S("478820", "Yeison Zapata", "2011-02-11", 9), ground="truancy",
        when=(2025, 12, 19, 9, 0), where="East Boston High School, attendance office",
        leak=["immigration case", "Burlington ICE", "Spanish and Mam", "318 Saratoga St"],
        cats=["immigration_status", "language", "neighborhood"])

    add(g, "deny_substance", "bla", D("""
        Referral to SBIRT / substance use counselor
        Substance(s):  [x] marijuana/THC   [ ] alcohol   [ ] nicotine   [ ] other: ______
        Details: on 3/3/26 the student gave two gummy edibles (10 mg THC each per the packaging) to friends
        in the library; one friend became anxious and was seen by the nurse. Packaging recovered.
        Home language survey: Swedish (father), English
        Previous referrals: none
        """),
        student=S("530017", "Sophie Lindqvist", "2010-11-20", 9), ground="drugs", substances=["THC gummies"],
        when=(2026, 3, 3, 10, 30), where="Boston Latin Academy, library",
        leak=["Swedish"], cats=["language"])

    add(g, "deny_substance", "quincy", D("""
        Health office -> dean referral slip
          [x] tobacco/nicotine   [x] vaping   [ ] alcohol   [ ] other drugs
        Item(s): one tin of ZYN pouches (6 mg); one disposable vape, flavor "blue razz", no label, contents
        unknown (could be nicotine or THC)
        Student found in the 2nd floor boys' room at 10:05 by Mr. Ha.
        Guardian contact: grandfather; needs a Cantonese interpreter; lives on Tyler St in Chinatown
        """),
        student=S("619903", "Kevin Zhou", "2011-05-05", 9), ground="drugs",
        substances=["nicotine pouches", "disposable vape (unknown contents)"],
        when=(2026, 1, 21, 10, 5), where="Josiah Quincy Upper School, 2nd floor boys' room",
        leak=["Cantonese", "Tyler St", "Chinatown"], cats=["language", "neighborhood"])

    add(g, "deny_recipient", "umana", D("""
        Info-share form (please route to the agent who called on 10/8)
        Student: Bryan Alvarado, gr 8
        Incident: 10/7/2025 - folding knife (3") found in his sneaker during a search after a fight on the bus
        Agent asked for: A-number if known, country of birth, parents' names
        A-number: A-219-448-031
        Country of birth: El Salvador
        """),
        student=S("701145", "Bryan Alvarado", "2012-01-09", 8), ground="weapon", weapon="folding knife",
        recipient="ice", when=(2025, 10, 7, 15, 10), where="Mario Umana Academy, bus loop",
        leak=["A-219-448-031", "El Salvador"], cats=["immigration_status", "national_origin"])

    add(g, "deny_recipient", "madison", D("""
        BRIC STUDENT INFORMATION REFERRAL
        Subject: Jamal Hyde    Gr 11    Shop: carpentry
        Incident type:  [x] firearm   [ ] knife   [ ] drugs
        Summary: 9mm handgun (loaded, 7 rounds) found in his backpack at the Malcolm X Blvd entrance scanners,
        11/13/2025, 7:48 am.
        Known associates: "H-Block" per BRIC bulletin 25-114
        Residence: Lenox St development, apt 14B
        """),
        student=S("287765", "Jamal Hyde", "2009-03-15", 11), ground="weapon", weapon="handgun",
        recipient="bric", when=(2025, 11, 13, 7, 48),
        where="Madison Park Technical Vocational High School, Malcolm X Blvd entrance",
        leak=["H-Block", "Lenox St development", "apt 14B"], cats=["gang_affiliation", "neighborhood"])

    add(g, "deny_threat_missing", "cash", D("""
        THREAT ASSESSMENT REFERRAL (level 1)
        Date: 12/04/2025          Reported by: Ms. Abernathy, ELA
          [x] verbal threat   [ ] written   [ ] online
        Target: teacher (Mr. Voss)
        Summary: after being removed from class the student told Mr. Voss "watch your car after school, I
        know which one it is." Similar statements reported twice in November.
        Student home language: Haitian Creole; mother needs an interpreter for meetings.
        """),
        student=S("356090", "Widlene Joseph", "2010-08-18", 10), ground="credible_threat",
        when=(2025, 12, 4, 13, 15), where="Community Academy of Science and Health, room 204",
        leak=["Haitian Creole", "needs an interpreter"], cats=["language"])

    add(g, "deny_face", "techboston", D("""
        POLICE REFERRAL - ASSAULT ON SCHOOL GROUNDS
        Victim: grade 9 student - broken nose, two teeth knocked out, taken to Carney Hospital
        Suspect identification:
          [x] staff recognition   [x] facial recognition result (vendor match list attached, top candidate 96%)
          [ ] student witness
        Suspect (per the match): Andre Nwachukwu, gr 11
        Family notes: recently arrived from Nigeria, lives with an uncle
        """),
        student=S("349921", "Andre Nwachukwu", "2009-09-09", 11), ground="serious_violence",
        when=(2026, 2, 25, 15, 5), where="TechBoston Academy, side parking lot",
        attachments=[{"kind": "face_match", "name": "FR_candidate_list_0225.pdf"}],
        leak=["top candidate 96%", "FR_candidate_list", "from Nigeria"],
        cats=["face_surveillance", "national_origin"])

    add(g, "deny_replica", "mccormack", D("""
        WEAPON INCIDENT FORM (SAF-02)
        Type:  [ ] firearm   [ ] knife   [x] other: airsoft pistol (black, orange tip removed), no gas cartridge
        Found: in the student's desk, room 214, 1/15/2026, by the homeroom teacher
        Threats made: none reported
        Parent notified: [x] yes - the family's parish, St. Peter's (Vietnamese Mass), helped reach dad
        """),
        student=S("733318", "Danny Pham", "2012-07-14", 7), ground="weapon", weapon="airsoft pistol",
        when=(2026, 1, 15, 8, 20), where="John W. McCormack Middle School, room 214",
        leak=["St. Peter's", "Vietnamese Mass"], cats=["religion", "ethnicity"])


def health_office():
    g = "health_office"
    add(g, "allow_redact", "brighton", P("""
        Nurse's note, 11/14/2025, 10:25. Student came to the health office complaining of a stomach ache.
        While I was taking his temperature he kept telling me, half in English and half in Arabic because he
        gets flustered when he is sick, that nobody could pick him up because his father had gone to Friday
        prayers at the mosque and his mother does not drive. When he took off his jacket a folding knife with
        a green handle fell out of the inside pocket onto the cot. I did not touch it; I called SSS Mr. Fahey,
        who secured it in the main office safe. The blade is about 4 inches and locks open. Student said he
        carries it "for the train." No injuries. Temp 98.9; he returned to class after lunch with a pass from
        the dean, who then took the report.
        """),
        student=S("466018", "Yusuf Haddad", "2010-04-02", 10), ground="weapon", weapon="folding knife",
        when=(2025, 11, 14, 10, 25), where="Brighton High School, health office",
        fact="folding knife", keep=["green handle", "locks open", "for the train"],
        leak=["Arabic", "Friday prayers", "mosque"], cats=["language", "religion"])

    add(g, "allow_redact", "charlestown", P("""
        Counseling note (confidential; shared with administration for safety only). I met with the student at
        1:15 on 9/30 after the incident in the courtyard. By his own account, and on the clip Mr. Donnelly
        saved from the courtyard camera, he hit a sophomore several times in the head with a metal water
        bottle (a 32 oz Hydro Flask) until the other boy stopped moving. The other boy was taken by ambulance
        to Mass General with a skull fracture and was still in the ICU that evening. The student was tearful,
        said the boy had been picking on him for months, and told me that since his family moved here from
        Albania two years ago - they share a unit with his uncle in the Bunker Hill development, the brick
        buildings near the Navy Yard side - he has "no one" at school. He denied any intent to kill. Safety
        plan: no contact order, escorted dismissal, counselor check-in daily; AP is making the BPD referral.
        """),
        student=S("370552", "Arben Hoxha", "2009-10-10", 11), ground="serious_violence",
        when=(2025, 9, 30, 12, 40), where="Charlestown High School, courtyard",
        fact="skull fracture", keep=["Hydro Flask", "skull fracture", "courtyard camera"],
        leak=["Albania", "Bunker Hill development", "Navy Yard"], cats=["national_origin", "neighborhood"])

    add(g, "allow_redact", "excel", P("""
        At 12:52 on 2/24 a student ran into the health office saying someone was "passed out" in the
        third-floor girls' bathroom. I responded with the AED bag and found the student slumped against the
        stall, lips blue, breathing about 4 times a minute. I gave 4 mg Narcan nasal at 12:55 and a second
        dose at 12:58; she began breathing on her own and BEMS took her to Tufts. In her sweatshirt pocket,
        which the AP searched in my presence while we waited for EMS and while her cousin, who was crying and
        telling me in a mix of English and Cape Verdean Creole that "she promised she stopped," held her hand,
        there were two small blue pills stamped M 30 and a folded piece of foil with burn marks. BPD later told
        the AP the pills were pressed fentanyl. Her mother was called; per the emergency card the call has to
        go through the family's Kriolu-speaking aunt.
        """),
        student=S("419932", "Keyla Semedo", "2009-05-28", 11), ground="drugs", substances=["fentanyl"],
        when=(2026, 2, 24, 12, 52), where="Excel High School, third-floor girls' bathroom",
        fact="fentanyl", keep=["4 mg Narcan", "lips blue", "stamped M 30"],
        leak=["Cape Verdean Creole", "Kriolu"], cats=["language"])

    add(g, "allow_redact", "english", P("""
        Hi all - following up on today (5/12). During my 2nd period check-in the student admitted that the
        bottle of oxycodone 10 mg we found in her backpack this morning is her grandmother's prescription, which
        she has been taking from the apartment in Roslindale where she has lived with her grandmother ever since
        her parents' deportation proceedings started, and that she sold them for $20 each to two juniors.
        Grandma's name is on the label; we have the bottle, 23 tabs left of 60. She did not appear impaired. I
        told her we would have to involve the AP, and she begged me not to tell her grandmother, who is very
        devout (they go to the Ethiopian Orthodox church every Sunday), because "she'll send me back." AP
        has the bottle and is submitting the report; I will see her again Thursday. - J. Morrissey, counselor
        """),
        student=S("455803", "Hiwot Tesfaye", "2010-01-19", 10), ground="drugs", substances=["oxycodone"],
        when=(2026, 5, 12, 8, 10), where="The English High School, counseling office",
        fact="oxycodone", keep=["oxycodone 10 mg", "23 tabs left of 60", "$20 each"],
        leak=["Roslindale", "deportation proceedings", "Ethiopian Orthodox", "send me back"],
        cats=["neighborhood", "immigration_status", "religion", "national_origin"])

    add(g, "allow_redact", "henderson", P("""
        IEP annual review - notes (team chair: D. Whelan). Present: parent, student (for part of the meeting),
        SPED teacher, gen ed ELA teacher, school psychologist, and an Amharic interpreter by phone for the
        mother. Discussion of present levels was interrupted at 10:40 when the student, upset about being moved
        out of Ms. Rooney's inclusion class, said he would stab Ms. Rooney with the art-room scissors tomorrow
        morning and described waiting behind the door by the elevator on the 2nd floor. The team paused; the
        school psychologist did a safety screen in the next room. The mother, who the team was reminded has an
        open asylum case and who asked that nothing be sent to "any government office," consented to a same-day
        risk evaluation at Franciscan Children's. Student left with her at 12:00; the art room scissors are now
        locked away and the principal is referring the statement to BPD.
        """),
        student=S("521066", "Dawit Bekele", "2010-12-03", 9), ground="credible_threat",
        threat=("During his IEP meeting on 1/22/2026 the student said, in front of his mother and four staff, "
                "that he would stab Ms. Rooney with the scissors from the art room the next morning and described "
                "waiting behind the door by the 2nd-floor elevator; he repeated it when asked if he was joking."),
        when=(2026, 1, 22, 10, 40), where="Dr. William W. Henderson K-12 Inclusion School, conference room",
        fact="scissors", keep=["art-room scissors", "door by the elevator", "Franciscan Children's"],
        leak=["Amharic", "asylum case"], cats=["language", "immigration_status"])

    add(g, "allow_redact", "fenway", P("""
        504 re-evaluation meeting, 3/4/26 - summary for the file. The meeting was moved up because on 3/2 a
        teacher found a single-edge razor blade taped under the student's desk in room 204, which the student
        admitted putting there "just in case" after being threatened on the 39 bus; the blade was removed and
        given to the AP. Accommodations for ADHD (extended time, movement breaks) continue. The student's
        mother, who attended with a Somali interpreter from the district's OEL pool and who explained that the
        family has moved twice this year, most recently to a family shelter in Mattapan, asked for help with
        transportation. Team added: daily counselor check-in; bag check on arrival for 30 days; AP referral to
        BPD for the blade.
        """),
        student=S("577420", "Ayaan Warsame", "2009-11-11", 11), ground="weapon", weapon="razor blade",
        when=(2026, 3, 2, 9, 35), where="Fenway High School, room 204",
        fact="razor blade", keep=["taped under the student's desk", "room 204", "39 bus"],
        leak=["Somali", "OEL pool", "Mattapan"], cats=["language", "neighborhood"])

    add(g, "allow_redact", "baa", D("""
        Nurse log 10/09/2025.
        13:32 walk-in, escorted by Ms. Tamsin (visual arts): a 10th grader, not the student named in this
        report, with a puncture wound to the back of the right hand (approx 1 cm) and a second wound near the
        wrist, bleeding controlled with pressure. Per Ms. Tamsin the named student stabbed him with pointed
        fabric shears during an argument over a seat in the costume studio.
        13:40 EMS called - possible tendon involvement (unable to flex 2 fingers); transported to Boston
        Children's.
        13:55 the named student came to the office asking whether he was OK. She was shaking and said, between
        sobs, that her father would take her back to Dhaka if he found out and that she is only allowed to stay
        in Boston because of her aunt's work visa.
        14:10 AP took over.
        """),
        student=S("640079", "Nusrat Chowdhury", "2010-06-06", 10), ground="serious_violence",
        when=(2025, 10, 9, 13, 25), where="Boston Arts Academy, costume studio",
        fact="puncture wound", keep=["fabric shears", "costume studio", "unable to flex 2 fingers"],
        leak=["Dhaka", "work visa"], cats=["national_origin", "immigration_status"])

    add(g, "allow_redact", "dearborn", P("""
        Counselor note. I was in the middle of a restorative conversation with two 9th grade girls in my office
        - one of them, the student named here, had been telling me how hard it is that her mom works nights and
        that her older brother, who according to her is "in the Rox crew," is the one who watches her - when she
        pulled a pink stun gun shaped like a lipstick tube out of her bag and clicked it twice at the other girl,
        who screamed but was not touched. I took it; it is in the principal's office. The student said her
        brother gave it to her for the walk home to Cheney St. Principal notified 11:20, mother notified 11:45.
        """),
        student=S("593317", "Tiana Greene", "2010-08-08", 9), ground="weapon", weapon="stun gun",
        when=(2025, 12, 16, 11, 5), where="Dearborn STEM Academy, counseling office",
        fact="stun gun", keep=["pink stun gun", "lipstick tube", "clicked it twice"],
        leak=["Rox crew", "Cheney St"], cats=["gang_affiliation", "neighborhood"])

    add(g, "allow_redact", "snowden", P("""
        Nurse, 4/2/2026, 11:10. A student was brought in by a friend after vomiting in the 5th floor hallway:
        jaw clenching, pupils dilated, HR 132, temp 100.4. She said she took "half a molly" that another student
        (the named student in this report) sold her in Copley Square before school. The named student was later
        found by the AP with six tan capsules in a sandwich bag in her backpack and said they were MDMA. The named
        student's advisor reminded me that the family is devout Russian Orthodox and that they recently moved
        into an apartment at Franklin Field after losing their place; I note this only because the advisor asked
        me to put it in for the counselor. First student released to her father at 12:40 after observation.
        """),
        student=S("668200", "Daria Volkova", "2009-02-17", 12, Relig="Russian Orthodox", advisor="Mr. Kerr"), ground="drugs", substances=["MDMA"],
        when=(2026, 4, 2, 11, 10), where="Snowden International School, 5th floor",
        fact="MDMA", keep=["six tan capsules", "sandwich bag", "HR 132"],
        leak=["Russian Orthodox", "Franklin Field"], cats=["religion", "neighborhood"])

    add(g, "deny_replica", "burke", P("""
        Health office, 1/30/2026. The student came in with a cut thumb (minor, cleaned and bandaged) and, when I
        asked how he cut it, said he was "fixing the slide" on the gun in his bag. The AP searched the bag in my
        office: a black BB pistol (CO2 type, no cartridge in it) with a tin of copper BBs in the same pocket. No one
        was threatened, per the student and per the two students he sat with at lunch. His grandmother, who is
        his guardian, speaks only Haitian Creole; we used the Language Line to reach her.
        """),
        student=S("344561", "Jean-Marc Toussaint", "2010-02-02", 10), ground="weapon", weapon="BB pistol",
        when=(2026, 1, 30, 11, 45), where="Jeremiah E. Burke High School, health office",
        leak=["Haitian Creole", "Language Line"], cats=["language"])

    add(g, "allow_redact", "newmission", P("""
        Nurse note 3/19/26. Student in for an asthma flare at 9:20 (albuterol 2 puffs, O2 sat 97% after). When I
        asked her to hand me her bag to find her inhaler she hesitated; the inhaler was in the bag next to a small
        black handgun, which I saw but did not touch. I closed the bag, kept it on my desk and called the AP and
        SSS. SSS removed the gun; it was loaded (magazine in, no round in the chamber, per BPD on arrival). The
        student said it belongs to her boyfriend, who is "from the Franklin Hill side and has beef with the
        Mattapan kids," and that he asked her to hold it. She was calm and cooperative. Her mother, reached at
        work, said in Spanish that she would come right away.
        """),
        student=S("391187", "Yaritza Collado", "2009-07-21", 11), ground="weapon", weapon="handgun",
        when=(2026, 3, 19, 9, 20), where="New Mission High School, health office",
        fact="handgun", keep=["magazine in", "asthma flare", "inhaler"],
        leak=["Franklin Hill", "Mattapan", "Spanish"], cats=["neighborhood", "gang_affiliation", "language"])

    add(g, "allow_clean", "bga", P("""
        Counselor's incident summary: on Thursday 11/20 at about 10 a.m. a student told me the named student was
        offering "percs" for sale in the library. When the dean checked, she had a bag with 14 round blue pills
        marked A 215 (they look like oxycodone 30 mg; per the dean, pressed pills around Boston lately have had
        fentanyl in them). She said she bought them through Snapchat and takes "one at night to sleep." The nurse
        evaluated her - not impaired - and she went home with her dad at 12:30. I have referred her to the
        adolescent substance use program and will follow up Monday.
        """),
        student=S("627715", "Brianna Kelleher", "2009-09-29", 11), ground="drugs",
        substances=["counterfeit Percocet (oxycodone) pills"],
        when=(2025, 11, 20, 10, 0), where="Boston Green Academy, library",
        fact="14 round blue pills", keep=["marked A 215", "library", "Snapchat"])

    add(g, "allow_clean", "frederick", P("""
        Note from IEP team member (paraprofessional), 12/8. During the student's scheduled sensory break in the
        resource room at 9:15 I noticed him cutting strips of paper with a steak knife he had brought from home
        (serrated, wooden handle, about 8 inches overall). He handed it over right away when I asked. He said he
        wanted to "make a sword for the play." No threats, no injuries. Knife given to the assistant principal.
        The team will reconvene to update his behavior plan; parent informed by phone at 10:00 and picked him up.
        """),
        student=S("745530", "Marcus Bell", "2013-03-03", 6), ground="weapon", weapon="steak knife",
        when=(2025, 12, 8, 9, 15), where="Lilla G. Frederick Middle School, resource room",
        fact="steak knife", keep=["resource room", "wooden handle", "make a sword for the play"])

    add(g, "allow_clean", "kennedy", P("""
        Athletic trainer / nurse joint note. JV basketball practice in the gym, 1/13/2026, 3:45 pm. After an
        argument over a foul the named student swung a metal folding chair at a teammate, striking him on the
        left side of the face. The teammate lost consciousness for about 30 seconds, had a deep laceration along
        the left eyebrow and vomited twice. EMS took him to Beth Israel, where a CT showed a small subdural bleed;
        he was admitted. The named student left the gym and was found by the coach at the Longwood Ave bus stop
        at 4:10.
        """),
        student=S("650941", "Trevor Mahoney", "2009-01-26", 11), ground="serious_violence",
        when=(2026, 1, 13, 15, 45), where="Edward M. Kennedy Academy for Health Careers, gym",
        fact="subdural bleed", keep=["metal folding chair", "subdural bleed", "Longwood Ave bus stop"])

    add(g, "deny_substance", "obryant", P("""
        Nurse note 2/6: a student came in at 1:30 feeling "weird" and paranoid; she said she ate a brownie that a
        classmate (the named student) brought in. The named student later told the AP the brownies were made with
        THC oil from her brother's dispensary cartridge. No other substance involved. The named student's mother
        was called with a Vietnamese interpreter - Ms. Lam from the family liaison office helped.
        """),
        student=S("516642", "Vy Nguyen", "2010-10-01", 10), ground="drugs", substances=["THC brownies"],
        when=(2026, 2, 6, 13, 30), where="John D. O'Bryant School of Mathematics and Science, health office",
        leak=["Vietnamese"], cats=["language"])

    add(g, "deny_substance", "excel", P("""
        Counselor note: the named student and a friend were found drinking from a Poland Spring bottle that held
        vodka, behind the auditorium stage during the winter concert rehearsal. Both smelled strongly of alcohol;
        the friend said the vodka came from her parents' cabinet. The named student told me she drinks because she
        misses her father, who was deported to Honduras in the spring.
        """),
        student=S("428860", "Daniela Pineda", "2010-03-23", 10), ground="drugs", substances=["vodka"],
        when=(2025, 12, 11, 14, 30), where="Excel High School, auditorium",
        leak=["deported", "Honduras"], cats=["immigration_status", "national_origin"])

    add(g, "deny_ground", "burke", P("""
        Nurse: two 10th graders came in at 11:05 after a fight in the lunchroom. The named student had a scratch on
        his neck and a swollen knuckle; the other had a nosebleed that stopped after 5 minutes. Ice packs given,
        both returned to the dean. The dean asked me to note that the named student's mother said on the phone -
        in French, the dean translated - that the other boy's family are Dominicans who "started this in the
        neighborhood."
        """),
        student=S("340027", "Samuel Baptiste", "2010-07-07", 10), ground="fight",
        when=(2026, 4, 15, 11, 5), where="Jeremiah E. Burke High School, lunchroom",
        leak=["French", "Dominicans"], cats=["language", "ethnicity"])

    add(g, "deny_ground", "actc", P("""
        Counselor: the student has been withdrawn for two weeks, cried in advisory today and said "nothing
        matters." No plan, no means, no threat to anyone; she is fasting for Ramadan and says she is tired. I am
        asking for a police wellness check at her home on Harvard St this evening because I could not reach her
        mother by phone.
        """),
        student=S("690318", "Amina Sheikh", "2009-06-15", 12), ground="wellness_check",
        when=(2026, 3, 5, 12, 30), where="Another Course to College, advisory",
        leak=["Ramadan", "Harvard St"], cats=["religion", "neighborhood"])

    add(g, "deny_threat_missing", "mccormack", P("""
        IEP team notes (behavior), 10/28/2025. The student drew a picture of the school on fire with the words
        "FRIDAY" and the name of his math teacher and told the para "that's what's gonna happen." Team chair
        flagged it for threat assessment. Mother attended; she says his older brother runs with the Columbia
        Point crew and that the student "copies him." BIP to be revised.
        """),
        student=S("738816", "Jalen Pierce", "2012-04-04", 8), ground="credible_threat",
        when=(2025, 10, 28, 10, 0), where="John W. McCormack Middle School, room 118",
        leak=["Columbia Point crew"], cats=["gang_affiliation"])

    add(g, "deny_recipient", "eastboston", P("""
        Nurse note 11/4: student came in with a small cut on her palm from a box cutter she carries in her jacket.
        The AP took the box cutter. While I was bandaging it she told me her mother is a TPS holder from Haiti and
        asked whether "they" would find out.
        """),
        student=S("481129", "Rose-Merline Jeune", "2010-05-25", 9), ground="weapon", weapon="box cutter",
        recipient="dhs/hsi-boston", when=(2025, 11, 4, 10, 50), where="East Boston High School, health office",
        leak=["TPS holder", "Haiti"], cats=["immigration_status", "national_origin"])

    add(g, "deny_face", "charlestown", P("""
        Counselor note for the file. The AP told me that the person who hit the 9th grader with a lock in the
        Medford St stairwell (victim has a fractured cheekbone) was identified when SSS ran a still from the
        hallway video through the facial recognition trial app, which returned the named student (score 0.91).
        The named student denies it. His mother, who is Salvadoran, asked for a meeting.
        """),
        student=S("372264", "Christian Mejia", "2010-02-28", 10), ground="serious_violence",
        when=(2026, 2, 10, 12, 15), where="Charlestown High School, Medford St stairwell",
        leak=["score 0.91", "Salvadoran"], cats=["face_surveillance", "ethnicity"])


def social_post():
    g = "social_post"
    add(g, "allow_redact", "burke", D("""
        Transcription of screenshots handed to the AP by three students, 2/10/2026, 7:40 am.

        Screenshot 1 - Instagram story, account @_kd.4x, posted "9h" ago:
          [photo: black handgun lying on a gray comforter, a hand with a red rubber band on the wrist]
          caption: "Burke tmrw 3rd lunch. M pa jwe 😤 anybody from 10B catching it 🔫🔫"
        Screenshot 2 - replies under the story:
          @mikaa.j: "bro chill 😭"
          @_kd.4x: "ask ya boy Dre if im playing"
        Screenshot 3 - group chat "10B ONLY 💯":
          "yo kd said he bringing it tmrw fr"
          "im not coming to lunch"

        Staff note: "M pa jwe" is Haitian Creole for "I'm not playing" (translated by Mr. Pierre-Louis, who
        added that KD's whole family is Haitian and attends his church, Eglise Baptiste Bethel). The AP met
        with the student at 8:05 with SSS present; he admitted posting the story. His bag and locker were
        searched: no gun found at school.
        """),
        student=S("343390", "Kendall Dorsainvil", "2009-12-12", 11), ground="credible_threat",
        threat=("Instagram story posted the night of 2/9/2026 from the student's account showing a handgun with "
                "the caption 'Burke tmrw 3rd lunch ... anybody from 10B catching it' and two gun emojis; the "
                "student admitted posting it."),
        when=(2026, 2, 9, 22, 40), where="Jeremiah E. Burke High School (online post about 3rd lunch)",
        fact="handgun", keep=["3rd lunch", "gray comforter", "10B ONLY"],
        leak=["Haitian", "Eglise Baptiste"], cats=["language", "ethnicity", "religion"])

    add(g, "allow_redact", "eastboston", D("""
        Snapchat messages a 9th grader showed the dean on 10/22/2025 (she screen-recorded them before they
        disappeared). "me" is the 9th grader.

        me: why u keep looking at me in bio
        her: cállate. tomorrow after 6th im bringing my cousin's knife and u gonna see
        her: no estoy jugando 🔪🔪
        her: tell ur lil friends not to come near the white st doors
        me: im telling
        her: tell who u want lol im not scared, my family got no papers anyway so what they gonna do, deport me??

        The account was confirmed as the student's. She told the dean she was "just mad" and wrote the messages
        in a mix of English and Spanish "because that's how I talk." Her bag was checked on arrival 10/22;
        nothing found. Dean is referring the threat.
        """),
        student=S("480055", "Genesis Rivas", "2011-01-15", 9), ground="credible_threat",
        threat=("Snapchat messages sent 10/21/2025 in which the student told a classmate she would bring her "
                "cousin's knife 'tomorrow after 6th' and that the classmate's friends should not come near the "
                "White St doors."),
        when=(2025, 10, 21, 21, 15), where="East Boston High School, White St doors (threatened location)",
        fact="knife", keep=["white st doors", "after 6th", "cousin's knife"],
        leak=["no papers", "deport me", "Spanish"], cats=["immigration_status", "language"])

    add(g, "allow_redact", "techboston", D("""
        TikTok, posted 4/14/2026 7:52 am, removed by 9:30 (a teacher screen-recorded it):
        15-second video filmed in the 2nd floor boys' bathroom - the blue tiles and the broken hand dryer are
        visible. The student holds a machete, about 18 inches, black handle, and swings it at the mirror.
        Caption: "ken ki kre ?? 😈 #TBA #2ndfloor #nopressure"   Audio: a drill song
        Comments: "yo thats IN school 💀" / "bro deleted it lmaooo" / "TBA wildin"

        AP note: we found the machete at 10:15 in the student's gym locker (#214) wrapped in a towel. Mr. Lopes
        says the caption is Cape Verdean Creole for "who wants it?" and that the student's mom only speaks Kriolu;
        he helped call her. The student lives with his mom on Bowdoin St near Geneva Ave.
        """),
        student=S("352207", "Edson Tavares", "2009-08-30", 11), ground="weapon", weapon="machete",
        when=(2026, 4, 14, 7, 52), where="TechBoston Academy, 2nd floor boys' bathroom and gym locker #214",
        fact="machete", keep=["gym locker (#214)", "broken hand dryer", "18 inches"],
        leak=["Cape Verdean Creole", "Kriolu", "Bowdoin St", "Geneva Ave"], cats=["language", "neighborhood"])

    add(g, "allow_redact", "brighton", D("""
        Instagram DMs - the student's mother handed over his phone at the 3/26 meeting and let the AP photograph
        the thread:

          @rafa_zl: tem mais? need 2 blues
          student: yea 2 blues 40. pressed but they hit
          @rafa_zl: u sure no fent 😬
          student: nah bro its fent thats why they hit 😂 meet me by the vending machines 3rd floor after lunch
          student: traz o dinheiro certo

        Background: on 3/25 SSS found 9 blue "M30" pills in the student's pencil case; a BPD field test the same day
        was positive for fentanyl. The mother, speaking through the Portuguese interpreter, told us they came from
        Minas Gerais last year on a tourist visa that has since expired.
        """),
        student=S("462274", "Rafael Souza", "2009-10-19", 11), ground="drugs", substances=["fentanyl"],
        when=(2026, 3, 25, 12, 20), where="Brighton High School, 3rd floor vending machines",
        fact="fentanyl", keep=["vending machines 3rd floor", "pencil case", "9 blue"],
        leak=["Portuguese", "Minas Gerais", "tourist visa"],
        cats=["language", "national_origin", "immigration_status"])

    add(g, "allow_redact", "quincy", D("""
        Screenshots from a parent, Messenger group chat "ae 8A 🐉":
          [video thumbnail, 0:21]
          "video của thằng Minh đánh nó nè"
          "bro he really stomped him 😳😳"
          "he wasnt moving for like a min"
          "xóa đi, cops gonna see"
          "nah its already on the story 💀"

        What the video shows (AP viewed it 5/19): on the basketball court behind the school at about 3:05 pm on
        5/18 the named student knocks a 7th grader down and stomps on his head three times; the boy does not get
        up. The 7th grader was taken to Tufts with a concussion and a broken cheekbone.
        Staff note: Mr. Tran translated the Vietnamese lines ("video of Minh beating him up", "delete it"). Both
        families are from Vietnam; the named student is an EL 3 and his parents need interpreters.
        """),
        student=S("624438", "Minh Lac", "2012-09-25", 8), ground="serious_violence",
        when=(2026, 5, 18, 15, 5), where="Josiah Quincy Upper School, basketball court behind the school",
        fact="broken cheekbone", keep=["basketball court behind the school", "stomps on his head", "concussion"],
        leak=["Vietnamese", "from Vietnam", "EL 3", "need interpreters"], cats=["language", "national_origin"])

    add(g, "allow_redact", "bls", D("""
        WeChat class group, screenshots forwarded by a parent at 6:10 am on 12/2/2025 (times are the night before):

          [student] 23:02  明天数学课我带刀
          [student] 23:02  callahan gonna learn
          [student] 23:04  room 235 4th period. dont sit in the front row 🙂🔪
          [another]  23:05  ??? 你疯了吗
          [student] 23:05  im serious. he failed me for nothing

        The parent, who translated the Mandarin ("tomorrow in math class I'm bringing a knife"), said the family
        came from Fuzhou three years ago. Headmaster's office met the student at 7:15 am with SSS; a folding knife
        was in his coat. Mr. Callahan teaches Class IV math in room 235.
        """),
        student=S("509981", "Jason Lin", "2010-03-31", 9), ground="credible_threat",
        threat=("WeChat messages sent 12/1/2025 at 11:02 pm saying he would bring a knife to Mr. Callahan's math "
                "class in room 235, 4th period, and that classmates should not sit in the front row; a folding knife "
                "was found in his coat the next morning."),
        when=(2025, 12, 1, 23, 2), where="Boston Latin School, room 235 (threatened location)",
        fact="folding knife", keep=["room 235", "front row", "he failed me for nothing"],
        leak=["Mandarin", "Fuzhou"], cats=["language", "national_origin"])

    add(g, "allow_redact", "charlestown", D("""
        Instagram post (now deleted), transcribed by the AP from a student's screenshot, 1/8/2026:
          [photo: mirror selfie in stairwell B, silver pistol tucked in the waistband of gray sweatpants]
          caption: "والله they not ready 🤫 #CHS #stairwellB"
          likes: 63
          comments: "delete that 😭😭" / "in SCHOOL??" / "🔥🔥"
        SSS searched his locker at 10:40: a silver .380 pistol, unloaded, no magazine, wrapped in a T-shirt.
        Ms. Haddad said the Arabic in the caption is just "I swear." She added that the student is Moroccan and
        is fasting this month, so he may be tired in the meeting.
        """),
        student=S("376653", "Ilyas Benali", "2009-04-13", 11), ground="weapon", weapon="pistol",
        when=(2026, 1, 8, 10, 40), where="Charlestown High School, stairwell B and locker",
        fact=".380 pistol", keep=["stairwell B", "unloaded, no magazine", "wrapped in a T-shirt"],
        leak=["Arabic", "Moroccan", "fasting this month"], cats=["language", "national_origin", "religion"])

    add(g, "allow_redact", "english", D("""
        From a TikTok live replay (saved by a student, shown to the dean 11/19/2025). Comment thread under the live:
          user "xo.hamdi": "mcbride stop at 2:30 im airing it out. everybody who jumped my lil bro"
          user "xo.hamdi": "dont say i aint warn u 🔫"
          user "yuscamm": "wallahi hes serious"
          user "xo.hamdi": "waan ku dhaafi maayo" [Somali, per staff]
        Dean note: the account is the student's (his photo, his nickname). His brother was jumped at the McBride
        St bus stop on 11/17. The student's mother speaks Somali and the family liaison called her. BPD school
        unit asked for the referral in writing.
        """),
        student=S("458820", "Hamdi Abdullahi", "2009-07-12", 11), ground="credible_threat",
        threat=("On a TikTok live on 11/18/2025 the student wrote 'mcbride stop at 2:30 im airing it out. everybody "
                "who jumped my lil bro' and 'dont say i aint warn u' with a gun emoji; his brother had been jumped at "
                "the McBride St bus stop the day before."),
        when=(2025, 11, 18, 20, 30), where="The English High School, McBride St bus stop (threatened location)",
        fact="airing it out", keep=["mcbride stop at 2:30", "jumped my lil bro", "airing it out"],
        leak=["Somali"], cats=["language"])

    add(g, "allow_redact", "bcla", D("""
        Snapchat story (public), screen-recorded by a classmate, 2/27/2026:
          [photo: palm full of white rectangular bars]
          text: "xanny bars 💊 $5 a pop hmu 📲 BCLA only dont be weird"
          second slide: "пиши в лс" 
        What happened next: the AP asked the student to empty his pockets at 8:30 am. Twenty white bars stamped
        XANAX 2 were in his left sock. He said the second slide means "DM me" in Russian and that he "wasn't really
        selling." His counselor added that he was born in Moldova and the family speaks Russian at home.
        """),
        student=S("366402", "Artem Rusu", "2010-05-14", 10), ground="drugs", substances=["Xanax"],
        when=(2026, 2, 27, 8, 30), where="Boston Community Leadership Academy, main office",
        fact="Xanax", keep=["Twenty white bars", "left sock", "$5 a pop"],
        leak=["Russian", "Moldova"], cats=["language", "national_origin"])

    add(g, "allow_redact", "snowden", D("""
        Instagram story, 3/16/2026 - two slides.
          slide 1: [brass knuckles on a desk, a Snowden planner visible underneath] "cadeau de mon cousin 😂 c'est pour
          les jaloux #snowden #newbury"
          slide 2: "ask about me 🤐"
        Teacher noticed it at lunch and told the AP. The brass knuckles were in the student's backpack, front pocket,
        silver, "Love" engraved on the grip. He says a cousin gave them to him as a joke.
        Advisor's note: arrived from Côte d'Ivoire in summer 2025, asylum still pending, writes mostly in French.
        """),
        student=S("671159", "Moussa Kone", "2009-09-02", 11,
                  immig={"status": "asylum applicant", "entry": "2025-07"}), ground="weapon", weapon="brass knuckles",
        when=(2026, 3, 16, 12, 10), where="Snowden International School, cafeteria and backpack",
        fact="brass knuckles", keep=["front pocket", "engraved on the grip", "ask about me"],
        leak=["Côte d'Ivoire", "asylum", "French"], cats=["national_origin", "immigration_status", "language"])

    add(g, "allow_redact", "madison", D("""
        TikTok video 5/7/2026, 11:48 pm (7.2k views before it came down):
          [student in a ski mask, holding what looks like a rifle, in a car at night]
          on-screen text: "MP parking lot friday 2:15 📍 u know who u r"
          hashtags: #CGB4L #castlegateboys #freetheguys #MPtech
        Comments: "thats Jay 😳" / "bro on live again" / "yall be careful friday"
        Three students came to the dean 5/8 at 7:30 am. Students say CGB is the crew from Castlegate Rd and that
        the student has been "repping" it since freshman year. Dean and SSS met the student at 8:10; he said it was
        a "music video."
        """),
        student=S("291108", "Jaylin Roach", "2009-06-01", 11), ground="credible_threat",
        threat=("TikTok video posted 5/7/2026 at 11:48 pm of the student in a ski mask holding what looks like a "
                "rifle with the text 'MP parking lot friday 2:15 ... u know who u r'."),
        when=(2026, 5, 7, 23, 48), where="Madison Park Technical Vocational High School, parking lot (threatened)",
        fact="rifle", keep=["MP parking lot friday 2:15", "ski mask", "music video"],
        leak=["CGB4L", "castlegateboys", "CGB is the crew", "Castlegate Rd"], cats=["gang_affiliation"])

    add(g, "allow_clean", "newmission", D("""
        Group chat "senior szn 🎓" - screenshot from a student, 1/12/2026:
          Deja: whos coming to the game wed
          [student]: not me. im shooting up the cafe wednesday no cap 🔫 the ones who jumped me better be there
          Deja: ???? dont play like that
          [student]: who said im playing. 2nd lunch. watch
          Mekhi: bro delete that
        The student was kept out of school Wednesday pending a threat assessment; he told the AP he "was mad" about
        being jumped near the bus stop the week before.
        """),
        student=S("384471", "Darnell Whitfield", "2008-02-09", 12), ground="credible_threat",
        threat=("In a group chat on 1/12/2026 the student wrote that he was 'shooting up the cafe wednesday no cap' "
                "during 2nd lunch and that the students who jumped him 'better be there'."),
        when=(2026, 1, 12, 19, 40), where="New Mission High School, cafeteria (threatened location)",
        fact="shooting up the cafe", keep=["2nd lunch", "no cap", "who said im playing"])

    add(g, "allow_clean", "excel", D("""
        Snapchat video (15 s) sent to at least 30 people, shown to the dean 10/30/2025:
        in the 3rd floor hallway by the water fountain the student holds a black taser to a friend's shoulder, it
        sparks, the friend yelps and drops, everyone laughs. Caption "prank war pt 3 😂⚡". Friend had a red mark,
        nurse saw him. The taser was in the student's backpack, charged, when the dean checked at 1:15 pm.
        """),
        student=S("421187", "Kyle Doherty", "2010-09-04", 10), ground="weapon", weapon="taser",
        when=(2025, 10, 30, 11, 20), where="Excel High School, 3rd floor hallway",
        fact="taser", keep=["water fountain", "prank war pt 3", "red mark"])

    add(g, "allow_clean", "fenway", D("""
        DMs (the buyer's mom sent the screenshots to the principal, 4/28/2026):
          buyer: u got beans?
          student: ye molly caps 20 each. blue ones
          buyer: 2. tmrw?
          student: bring cash. gym bathroom after 2nd
        On 4/29 the AP stopped the student outside the gym bathroom; 6 blue capsules were in a mint tin in his
        hoodie. He said it was "molly, not even that strong." Buyer had $40 in hand.
        """),
        student=S("606035", "Owen Fitzgerald", "2009-11-29", 11), ground="drugs", substances=["MDMA (molly)"],
        when=(2026, 4, 29, 9, 50), where="Fenway High School, gym bathroom",
        fact="molly", keep=["mint tin", "6 blue capsules", "gym bathroom after 2nd"])

    add(g, "deny_threat_missing", "dearborn", D("""
        IG comments under a fight video, transcribed by the dean:
          "the dominican girls from 9th better stay home tmrw"
          "im bringing smth for them fr"
        The student admits writing them. The dean was told the student "only beefs with them because they're Dominican
        and she's Puerto Rican."
        """),
        student=S("596684", "Yarelis Matos", "2010-11-03", 9), ground="credible_threat",
        when=(2026, 4, 21, 21, 0), where="Dearborn STEM Academy (online)",
        leak=["dominican girls", "Dominican", "Puerto Rican"], cats=["ethnicity"])

    add(g, "deny_threat_missing", "bga", D("""
        Snap from 5/4: "everybody at BGA watch out monday i got something for yall 😈🔫". Reported by a student's
        parent. The student's cousin says he "got it from his Salvadoran uncle" but nobody has seen a gun.
        """),
        student=S("631270", "Kevin Orellana", "2010-01-01", 10), ground="credible_threat", threat="",
        when=(2026, 5, 4, 20, 0), where="Boston Green Academy (online)",
        leak=["Salvadoran"], cats=["ethnicity"])

    add(g, "deny_ground", "frederick", D("""
        Group chat screenshots (7th grade): students making fun of a classmate's clothes and her accent -
        "guatemalan ahh 😂", "go back lol". The student named here started the chat and added 40 people. No
        threats of violence. Counselor request: have an officer "talk to them."
        """),
        student=S("749903", "Mia Cardoso", "2012-08-19", 7), ground="cyberbullying",
        when=(2026, 2, 11, 19, 30), where="Lilla G. Frederick Middle School (online)",
        leak=["guatemalan"], cats=["ethnicity"])

    add(g, "deny_ground", "burke", D("""
        For the gang unit's awareness: student posts hashtags #BSNG and #NoLoveForTheHill, wears green
        flags in his videos, and his bio says "Bowdoin St Next Gen 🍀". No incident at school.
        """),
        student=S("347712", "Jovan Lopes", "2009-03-07", 11), ground="gang_intelligence",
        when=(2026, 1, 20, 10, 0), where="Jeremiah E. Burke High School (online)",
        leak=["#BSNG", "Bowdoin St Next Gen", "NoLoveForTheHill"], cats=["gang_affiliation"])

    add(g, "deny_substance", "charlestown", D("""
        Snapchat story: "carts 🍯 $30, za $10 a bag, dm me CHS only". Dean found 4 THC cartridges and a small bag of
        weed in his backpack. He lives in the Bunker Hill projects with his grandmother.
        """),
        student=S("379940", "Liam Doyle", "2010-06-21", 10), ground="drugs",
        substances=["THC cartridges", "marijuana"],
        when=(2026, 3, 12, 9, 15), where="Charlestown High School, dean's office",
        leak=["Bunker Hill projects"], cats=["neighborhood"])

    add(g, "deny_recipient", "obryant", D("""
        Twitter/X post from the student: "o'bryant gonna be on the news friday". Reported 3/9. The student is a Syrian
        refugee who arrived in 2024. Sending to the FBI tip line as asked by a parent.
        """),
        student=S("513378", "Omar Khalil", "2009-12-24", 11), ground="credible_threat",
        threat="Post on X on 3/8/2026 saying the school 'gonna be on the news friday'.",
        recipient="fbi/boston", when=(2026, 3, 8, 22, 0), where="John D. O'Bryant School of Mathematics and Science (online)",
        leak=["Syrian", "refugee"], cats=["national_origin", "immigration_status"])

    add(g, "deny_face", "techboston", D("""
        A video circulating on Instagram shows someone in a black hoodie holding a gun outside the Peacevale Rd
        entrance on 4/29. We believe it is the named student. Attached: this year's yearbook photos for grade 10 so
        that BPD can run them against the video with face recognition and confirm. His family is Nigerian.
        """),
        student=S("350104", "Chidi Okeke", "2010-04-16", 10), ground="weapon", weapon="handgun",
        when=(2026, 4, 29, 15, 0), where="TechBoston Academy, Peacevale Rd entrance",
        attachments=[{"kind": "photo", "name": "yearbook_gr10_for_face_recognition.zip"}],
        leak=["Nigerian"], cats=["face_surveillance", "ethnicity"])

    add(g, "deny_replica", "mildred", D("""
        IG video (student's account) from the school yard at recess 5/27: the student points a black BB gun at a
        group of 6th graders and says "pop pop." Caption "mi abuela jamaicana me mata 😂". SSS took the BB gun from
        his backpack. His Jamaican grandmother is his guardian.
        """),
        student=S("760051", "Javier Campbell", "2012-10-10", 7), ground="weapon", weapon="BB gun",
        when=(2026, 5, 27, 12, 0), where="Mildred Avenue K-8 School, school yard",
        leak=["Jamaican"], cats=["ethnicity"])


def staff_ramble():
    g = "staff_ramble"
    add(g, "allow_redact", "burke", P("""
        I been driving the 7:05 run for the Burke going on six years now, mostly the same kids, and I know most of
        them by their backpacks before I know their names, so when I tell you this one is usually no trouble I
        mean it. Tuesday morning, March 3rd, I'm sitting at the light at Washington and Columbia and the kids in the
        back go quiet, which is never a good sign. I look in the big mirror and he's standing in the aisle with a
        knife out, one of those with the curved blade and the finger hole, like a little claw, holding it down by
        his leg and talking to a boy in the last seat. I put the flashers on, pulled over in front of the pharmacy
        and got on the radio to dispatch. I did not go back there, we're told not to. I just said real loud put it
        away and sit down, and he did, he folded it and put it in the front pouch of his hoodie. Nobody got cut.
        When we got to the school I kept the doors closed until Mr. Alston and the safety officer came out, and
        they took him off first and found the knife right where I said it was. Now here's the part I don't know if
        you need. His mom came to the bus stop that afternoon to talk to me, nice lady, and she was crying, saying
        please don't call the police on him because she doesn't have papers and she's scared they'll take her too.
        I told her it's not up to me. I'm writing it down because Mr. Alston said put everything, so that's
        everything. The other boy, the one in the back seat, said it was about a girl. That's what I heard anyway.
        I'd like to not have him on my bus for a while if that's possible, I got thirty-some kids on there and
        some of them are little ones going to the elementary.
        """),
        student=S("339018", "Rashad Monteiro", "2009-02-25", 11), ground="weapon", weapon="karambit knife",
        when=(2026, 3, 3, 7, 20), where="School bus (7:05 run to Jeremiah E. Burke High School)",
        fact="knife", keep=["curved blade and the finger hole", "front pouch of his hoodie", "Washington and Columbia"],
        leak=["doesn't have papers", "they'll take her too"], cats=["immigration_status"])

    add(g, "allow_redact", "english", P("""
        My name is Denise and I work the serving line at English, second lunch mostly. I'm writing this the same
        day because they asked me to, so excuse the spelling. Around 11:50 on Thursday, December 4th, there was
        already a lot of noise over by the windows and I figured it was the usual. Then the boy you have the name
        of walks over to the return cart, picks up one of the metal sheet trays, the big heavy ones we bake the
        chicken on, and swings it with two hands into the side of the other boy's head. I heard it from the line.
        The other boy went straight down and there was blood all down his face from above his eye and he kept
        saying he couldn't see out of it. I ran over with the towels and held one on it until the nurse came. Then
        EMS. Later Mr. Keane told us the hospital said the bone around his eye, the orbital bone, was broken in two
        places. The one who did it just sat down at the table after like nothing happened and ate his fries until
        the safety officers came, that's what got me. The only other grown-up who saw the start was Mr. Keane and
        he only saw the end. But there's a girl who was sitting right there, sweet girl, the Somali girl who helps
        me wipe the tables at the end, and she told me the boy had been messing with the hurt boy since the
        morning, in the hallway, taking his hat. She's scared to say anything official because of her family's
        situation, she said they're still waiting on their green card interview and she doesn't want her name on
        anything. I'm not going to give her name unless the office tells me I have to. The tray is in the kitchen
        office in a garbage bag, I didn't wash it.
        """),
        student=S("452286", "Connor Walsh", "2009-08-14", 11), ground="serious_violence",
        when=(2025, 12, 4, 11, 50), where="The English High School, cafeteria",
        fact="orbital bone", keep=["metal sheet trays", "orbital bone", "return cart"],
        leak=["Somali", "green card"], cats=["ethnicity", "immigration_status"])

    add(g, "allow_redact", "madison", P("""
        I'm on nights at Madison Park usually but I was covering days the week of the 26th because Eddie was out.
        Monday the 26th, around 9:30 in the morning, I was doing the second floor boys' room by the auto body shop,
        the one with the drop ceiling, and one of the tiles over the last stall was pushed up crooked. Kids hide
        stuff up there all the time, usually vapes, so I got the step ladder. There's a plastic grocery bag up there,
        a Star Market bag, and inside is a handgun, black, with the clip sitting next to it in the bag. I didn't
        touch it more than to see what it was. I came down, locked the bathroom with my key and called Mr. Danvers
        on the radio and stood at the door till he came with the safety guys. BPD came after that and took it. They
        looked at the hallway camera and the only kid who went in and came out of there in the right time was the
        one whose name they gave you: he went in at 9:12 with his book bag and came out at 9:15, and Mr. Danvers says
        the bag looked flatter. I don't know the kid personally. One thing, the other custodian told me the kids
        say he runs with the Orchard Park boys and stays over at Orchard Gardens with his grandmother, but I don't
        know that for a fact so take it for what it's worth. Also for the record the ceiling tiles in that bathroom
        need to be the kind that lock, I've asked for that twice. It was a lot of kids in the hall when the police
        came, the bell rang right then, and some of them were filming, so you might see it online.
        """),
        student=S("284471", "Damion Pierce", "2009-05-05", 11), ground="weapon", weapon="handgun",
        when=(2026, 1, 26, 9, 30), where="Madison Park Technical Vocational High School, 2nd floor boys' room",
        fact="handgun", keep=["tiles over the last stall", "Star Market bag", "auto body shop"],
        leak=["Orchard Park boys", "Orchard Gardens"], cats=["gang_affiliation", "neighborhood"])

    add(g, "allow_redact", "cash", P("""
        I was the long-term sub for Ms. Garrity's 10th grade biology this spring, I'd been there about five weeks,
        so I know the group a little. On Wednesday April 8th, last period, we were cleaning up after the owl pellet
        lab and the student named in this report was arguing with Mr. Keller, the assistant principal, who had come
        in to take him to the office about his phone. After Mr. Keller stepped out to the hallway the student said,
        loud enough for the whole back half of the room to hear, that he was going to "bring the strap Friday and do
        Mr. Keller first, then whoever." A couple of kids laughed but most of them got real quiet. Then on his way out
        he took the marker and wrote FRIDAY 4/10 on the whiteboard with a little gun drawn next to it. I took a photo
        of the whiteboard with my phone before I erased it and I sent it to the main office and to Mr. Keller. I
        didn't say anything to him because honestly I didn't want to escalate. When I called home that evening like
        the office asked, his uncle answered and said he would talk to him when he got back from the masjid, and he
        told me the boy's father is still in Guinea and he, the uncle, has custody here. He was polite and said he'd
        come in. I'm not trained in threat stuff so I'm just writing what I saw and heard. A few of the kids came to
        me after class and said he has "one at the house", I don't know if that's true. I asked to have my room
        changed for Friday, and the office moved the class to the library.
        """),
        student=S("358816", "Ibrahima Diallo", "2009-10-30", 10), ground="credible_threat",
        threat=("On 4/8/2026 during biology lab cleanup the student said he would 'bring the strap Friday and do Mr. "
                "Keller first, then whoever', then wrote 'FRIDAY 4/10' with a drawn gun on the whiteboard; "
                "classmates said he has a gun at home."),
        when=(2026, 4, 8, 14, 30), where="Community Academy of Science and Health, biology classroom",
        fact="bring the strap Friday", keep=["FRIDAY 4/10", "photo of the whiteboard", "owl pellet lab"],
        leak=["masjid", "Guinea"], cats=["religion", "national_origin"])

    add(g, "allow_redact", "techboston", P("""
        This is the driver on the TechBoston morning run, bus 1137. On Tuesday March 17 around 7:25, we were on
        Talbot Ave, I saw in the mirror two boys in seat 9 leaning together and passing something, and then the
        bigger one, the one the school has the name of, jumped up and dropped a little sandwich bag, and it slid
        under seat 10. He tried to get it with his foot. When we got to the school at 7:40 I kept everybody seated and
        the safety officer came on and picked it up, and it was blue pills, maybe fifteen, twenty of them, the round
        kind with letters on them. BPD came later and told the vice principal it was fentanyl in those pills, which
        scares me because I've got a Narcan in my kit but I never had to use it. Nobody took any that I saw. The boy
        said it wasn't his. The other boy in seat 9 said nothing, he just put his hood up. I want it on record that
        I did not leave my seat while the bus was moving. I've had the bigger one on my run since September and he's
        usually quiet. His stop is the last one, he gets off on Stanwood St by the corner store, and his older sister,
        who rode last year, told me once their family came from the DR when he was a baby, I only mention it
        because the vice principal asked me if I knew anything about the family and I said that's all I know. I'd
        like the camera footage from the bus pulled if it's not too late, it records over after 72 hours.
        """),
        student=S("351190", "Luis Almonte", "2009-01-08", 11), ground="drugs", substances=["fentanyl"],
        when=(2026, 3, 17, 7, 25), where="School bus 1137 (TechBoston Academy morning run), Talbot Ave",
        fact="fentanyl", keep=["sandwich bag", "under seat 10", "72 hours"],
        leak=["Stanwood St", "came from the DR"], cats=["neighborhood", "national_origin"])

    add(g, "allow_redact", "frederick", P("""
        I've been working the lunch line at the Frederick for three years and I never had to write one of these, so
        bear with me. It was 6th grade lunch, 11:10, Friday November 21st. The boy in this report sits at the round
        table by the milk cooler. I noticed he was cutting the plastic wrap on his milk with a box cutter, a yellow
        one with the slide button, and I thought okay, that's not allowed, but before I could get over there he
        started waving it at the kid next to him, like pretend stabbing, close to his face, and the other kid was
        leaning way back. I walked over and put my hand out and said give me that, and he did, he wasn't mad about
        it. I pushed the blade in and brought it straight to Mr. Ruiz in the office. Nobody got cut. The other kid
        said he was "just playing." After school the grandmother came to get him, she only speaks Vietnamese, so one
        of the 8th graders had to stand there and translate for Mr. Ruiz, which I didn't think was right, a kid doing
        that about another kid. I also want to say the kids at that table have been picking on the boy for a while,
        his lunch, his clothes, I've told them to knock it off. I don't think he meant to hurt anybody but I know the
        rule is the rule with a blade. The box cutter had a sticker on it from a hardware store, I think his dad works
        construction. That's all I know.
        """),
        student=S("742205", "Tommy Nguyen", "2013-06-12", 6), ground="weapon", weapon="box cutter",
        when=(2025, 11, 21, 11, 10), where="Lilla G. Frederick Middle School, cafeteria",
        fact="box cutter", keep=["milk cooler", "slide button", "pretend stabbing"],
        leak=["Vietnamese", "stand there and translate"], cats=["language"])

    add(g, "allow_redact", "charlestown", P("""
        Custodian, days, Charlestown High. Wednesday February 4th, about 10:15, I went to do the boys' bathroom by
        the gym because the teacher said the soap was out. When I opened the door the student in this report was at
        the sink with a little round mirror, like from a makeup compact, and a rolled up dollar bill, and there was
        white powder on the mirror in lines. He saw me in the big mirror and grabbed his bag and ran out past me. He
        left a baggie on the sink with maybe a gram left in it, a corner of a sandwich bag tied in a knot. I stood
        there so nobody could touch it and called on the radio and Officer Pina from the school safety came and took
        it in a glove. Later I heard it tested as cocaine. There was another kid with him, in the stall, who ran too.
        I know that one because I see him every morning; he's the Dominican kid who lives up on the Bunker Hill St side
        by the projects, he always says good morning to me. He didn't have anything in his hands that I saw. I'm
        telling you about him because the office asked who else was there, but to be honest I don't think he was
        doing anything, I think he was just in there. I cleaned the sink after the officer was done. The rolled up
        dollar I gave to the officer too. It was a twenty, not a dollar, sorry, I said dollar before.
        """),
        student=S("374418", "Aidan Costa", "2009-09-19", 11), ground="drugs", substances=["cocaine"],
        when=(2026, 2, 4, 10, 15), where="Charlestown High School, boys' bathroom by the gym",
        fact="cocaine", keep=["little round mirror", "rolled up dollar", "bathroom by the gym"],
        leak=["Dominican", "Bunker Hill St"], cats=["ethnicity", "neighborhood"])

    add(g, "allow_redact", "snowden", P("""
        I'm a day-to-day sub, I was in room 412 covering 9th grade English on Friday January 16th, and I want to
        give you my account of the incident during 3rd period. We were doing independent reading. Two boys started
        arguing about a seat, and it went from words to shoving very fast. The student named here grabbed the other
        boy by the back of the neck and slammed his head down onto the metal radiator cover under the window, twice.
        The second time the other boy didn't put his hands up, he just went limp and slid down. There was a lot of
        blood from the top of his head. I pressed the emergency call button and sent a student for the nurse and
        told everyone to go into the hallway, which they did. The nurse came in two minutes, then the AP, then EMS.
        He was awake by the time EMS came but confused and asking the same question over and over. The AP told me
        later he had 8 staples and a concussion at Mass General. The student named here stood by the door the whole
        time and didn't try to leave. Afterwards his advisor came to me and asked me to "go easy" in my write-up
        because he has an asylum case pending and a police report could hurt it, and that he came from Eritrea alone
        last year. I'm including that because I was asked to write down everything that was said to me about the
        incident and I don't think it's my call what goes in. The radiator cover has a dent in it now. I've subbed in
        this school maybe ten times and I've never seen anything like it.
        """),
        student=S("675521", "Samuel Tesfamariam", "2009-03-28", 9), ground="serious_violence",
        when=(2026, 1, 16, 9, 40), where="Snowden International School, room 412",
        fact="8 staples", keep=["radiator cover", "8 staples", "room 412"],
        leak=["asylum case", "Eritrea"], cats=["immigration_status", "national_origin"])

    add(g, "allow_redact", "henderson", P("""
        I'm the monitor on bus 41 for the Henderson upper campus, afternoon. Thursday, October 2nd, we'd just left,
        maybe 2:50, and two girls in the middle of the bus were going back and forth about something from lunch. The
        girl named here stood up and took a pink canister out of her jacket, pepper spray, the little keychain kind,
        and sprayed it right in the other girl's face from maybe two feet away. It got in my eyes too and the driver's
        a little, everybody was coughing, we had to open all the windows. The driver pulled over on Dorchester Ave by
        the gas station and called it in. I took the canister from her, she let me. The other girl was screaming that
        her eyes were burning. EMS came and flushed her eyes right there on the sidewalk and then took her to Carney to
        be checked. The girl who sprayed said the other one "put her business out." For what it's worth, both families
        are Cape Verdean and the mothers know each other from Saint Patrick's, the church, so this is some kind of
        family thing from before that the kids brought on the bus. I don't know the details. I gave the canister to the
        principal the next morning, it's in a ziploc. Three kids on the bus said they had trouble breathing but they
        were okay after the windows were open. The driver can tell you the exact time, his tablet logs the stop.
        """),
        student=S("523390", "Keisha Andrade", "2010-07-29", 10), ground="weapon", weapon="pepper spray",
        when=(2025, 10, 2, 14, 50), where="School bus 41 (Henderson upper campus), Dorchester Ave",
        fact="pepper spray", keep=["pink canister", "flushed her eyes", "pulled over on Dorchester Ave"],
        leak=["Cape Verdean", "Saint Patrick's"], cats=["ethnicity", "religion"])

    add(g, "allow_redact", "quincy", P("""
        I work in the cafeteria at the Quincy Upper, I do the register. On Tuesday March 24th during the 12 o'clock
        lunch I was restocking by the milk cooler and there were three boys at the end table, and the boy in this
        report was showing the other two a picture on his phone. I could see it, it was a gun on a bed, a black
        handgun. He said, and I heard it clear because I was right there with the crates, "my dad keeps it in the
        closet, I'm bringing it tomorrow and I'm shooting Jason and his boys right here at 12." Then he pointed at the
        table where Jason sits. One of the other boys said "you're lying" and he said "watch." I went straight to the
        cafeteria monitor, Ms. Dunn, and she got the AP. I know the boy a little, he's the quiet Chinese kid whose mom
        works at the bakery on Beach St, and they live upstairs from it, he buys the same thing every day. I never had
        a problem with him. I'm upset writing this. The other two boys can tell you the same, they looked scared.
        The AP took his phone, I saw that. I want to say I'm not trying to get him in trouble, I just thought if I
        heard that and didn't say anything and something happened, I couldn't live with myself.
        """),
        student=S("622089", "Kenny Wu", "2011-04-06", 9), ground="credible_threat",
        threat=("At lunch on 3/24/2026 the student showed two classmates a photo of a handgun on his phone and said "
                "his dad keeps it in the closet and he would bring it 'tomorrow' and shoot a named student and his "
                "friends in the cafeteria at 12, pointing at that student's table."),
        when=(2026, 3, 24, 12, 5), where="Josiah Quincy Upper School, cafeteria",
        fact="handgun", keep=["milk cooler", "picture on his phone", "right here at 12"],
        leak=["Chinese", "Beach St"], cats=["ethnicity", "neighborhood"])

    add(g, "allow_redact", "eastboston", P("""
        Custodian at East Boston High, 6:30 to 3. Thursday November 6th, right before first bell, around 7:35, I was
        coming up the back stairs on the Paris St side with my mop bucket and I heard yelling. Two boys on the landing.
        The bigger one, the student named in this report, pulled the wooden handle out of my mop, it comes off if you
        twist it, and he swung it at the other boy, hit him across the back and then across the arm when he put his
        arm up, and then on the side of the head. I heard the arm crack. I yelled and got between them and he dropped
        the handle and ran up the stairs. The other boy was on the floor holding his arm, it was bent wrong below the
        elbow, and his ear was bleeding. I called the office on the radio. Nurse and EMS came and they took him to the
        hospital, and later the AP told me it's a broken forearm, both bones, and he needed surgery. I gave the handle
        to the AP. There was only one other person who saw it, a girl, Karla, who was on the stairs above, but the
        teacher told me she's not coming back, her family went back to Honduras last week, so I don't know if you can
        get her side. I'm 62, I shouldn't be getting between kids, but I wasn't going to let him keep hitting. My
        shoulder is sore, I'll see about that myself. The mop handle has a crack in it now too.
        """),
        student=S("483312", "Brandon Leite", "2009-11-17", 11), ground="serious_violence",
        when=(2025, 11, 6, 7, 35), where="East Boston High School, back stairs (Paris St side)",
        fact="broken forearm", keep=["wooden handle", "broken forearm", "Paris St side"],
        leak=["Honduras"], cats=["national_origin"])

    add(g, "deny_face", "brighton", P("""
        I was subbing for Mr. Feeney's world history on Monday, February 23rd, and I was on hall duty outside room 218
        during passing time after 5th period when there was a fight at the other end of the corridor, by the water
        fountain. By the time I got down there a boy was on the ground holding his face, his nose was obviously broken,
        and there was blood on his shirt and on the floor, and two teeth on the floor. Whoever did it was gone down the
        stairs. A lot of kids were standing around. I stayed with the boy until the nurse came. Later, in the office,
        the vice principal showed me the new camera system on her computer, the one that picks out faces, and it had
        put a green box around the kid who ran with his name next to it, 88 percent match, and she asked me if that
        looked like who I saw. I honestly only saw the back of him. She said the system is "pretty much always right."
        She also said the boy the system picked is in the newcomer ESL program so I should be careful what I say to him
        because he may not understand. I'm writing this because I was told to give a statement. I don't feel
        comfortable saying it was him, because I didn't see his face. The injured boy was taken to St. Elizabeth's by
        ambulance. His friends said it was about a video. I'd just like it noted that my statement is only what I saw
        myself and not what the computer said.
        """),
        student=S("468804", "Ahmed Farouk", "2010-01-22", 10), ground="serious_violence",
        when=(2026, 2, 23, 12, 40), where="Brighton High School, second floor corridor",
        leak=["88 percent match", "newcomer ESL"], cats=["face_surveillance", "language"])

    add(g, "allow_clean", "bla", P("""
        Driver, bus 2210, BLA afternoon run, Thursday September 25th. We were still sitting at the curb on Townsend St
        loading up, about 2:25, when I heard a metal snap sound and a kid yell. The student named here had a black
        expandable baton, the kind that snaps open to like two feet, and he snapped it open and hit the seat back next
        to another boy's head, twice, hard enough that the vinyl split. He didn't hit the boy. The boy moved to the
        front. I got on the radio and the school safety officer came out to the bus and took the baton and took the
        student back into the building. I drove the route fifteen minutes late. The seat is seat 14 on the right side,
        the vinyl is split about four inches, I put tape on it and wrote it up for the garage. From what the kids said
        the two of them had words in gym. I've got the student on my run every day and he's never been a problem
        before, he usually sits up front with his headphones. I think something is going on with him. I'd like to know
        if he's coming back on the bus so I can plan where he sits. The baton had a clip on it like it goes on a belt.
        The bus camera should have it, the front camera looks down the aisle, I already asked the garage to save it.
        That's my statement.
        """),
        student=S("537712", "Dylan Sweeney", "2010-12-19", 9), ground="weapon", weapon="expandable baton",
        when=(2025, 9, 25, 14, 25), where="School bus 2210 at Boston Latin Academy, Townsend St curb",
        fact="expandable baton", keep=["Townsend St", "vinyl split", "seat 14"])

    add(g, "allow_clean", "excel", P("""
        I'm the day custodian at Excel. Thursday, April 30th, I was emptying the trash in the third floor stairwell,
        the one that goes down to the side door, about 1:10, and I found a bunch of little wax paper folds in the bottom
        of the can, maybe a dozen, each one stamped with a red star, and two of them still had powder in them, tan
        colored. I know what those are, I've seen them in the neighborhood where I grew up, so I didn't touch them with
        my hands. I tied the bag and called the assistant headmaster. She came up with the safety officer. They looked
        at the stairwell camera and about ten minutes before I came, the student in this report was sitting on the
        steps there with another kid, and you can see him drop something in the can. BPD came and took the folds and
        they told the assistant headmaster it was fentanyl. The AH said the student was sent to the nurse to be
        checked and he was okay. I want to say I'm glad nobody found him in there not breathing. We need a Narcan box
        on every floor, I've said that before. I did my job and put a new bag in. The stairwell smells like smoke a lot
        too, I don't know if that's related.
        """),
        student=S("418805", "Jayden Burke-Ellis", "2009-04-01", 11), ground="drugs", substances=["fentanyl"],
        when=(2026, 4, 30, 13, 10), where="Excel High School, third floor stairwell",
        fact="fentanyl", keep=["wax paper folds", "red star", "third floor stairwell"])

    add(g, "allow_clean", "kennedy", P("""
        I run the a la carte window at the Kennedy Academy. Thursday May 21st, second lunch, around 12:20. Two girls had
        been at it all lunch, words back and forth across the tables, and I said to the monitor we should separate them.
        Before anybody could, the student named here went to the recycling bin, took out a glass Snapple bottle, broke it
        on the edge of the table, and swung it at the other girl. The broken part caught her on the cheek and along the
        jaw. There was so much blood. I got the first aid kit from under my counter and put gauze on it and pressed until
        the nurse came running. The nurse said it was deep. The ambulance took her to Brigham and Women's and I heard
        later it was 14 stitches and she might need a plastic surgeon. The student who did it dropped the bottle and sat
        down on the floor and cried. Nobody else was hurt but a boy cut his hand a little on the glass when he tried to
        pick it up, the nurse cleaned it. We had the floor closed off for the safety officer to take pictures and I swept
        it up after. I've been working here eleven years. We shouldn't have glass bottles in the recycling in the
        cafeteria, I'm going to talk to my manager about that.
        """),
        student=S("652230", "Tiara Lowe", "2009-07-09", 11), ground="serious_violence",
        when=(2026, 5, 21, 12, 20), where="Edward M. Kennedy Academy for Health Careers, cafeteria",
        fact="14 stitches", keep=["glass Snapple bottle", "14 stitches", "along the jaw"])

    add(g, "deny_ground", "mildred", P("""
        I drive the Mildred Ave K-8 route in the afternoons. I want to report what the boys in the back have been doing
        to my bus, because it's gotten bad. Over the last two weeks somebody has been writing on the seats with a
        marker and scratching the windows with something sharp, keys or a coin, and on Monday, November 10th, I caught
        the student named here with the black Sharpie in his hand, writing his tag on the back of seat 22. I told him to
        stop and he laughed. When I stopped at the school I told the vice principal and she said she would call home.
        The seats are a mess, the garage wants a report, they say it's going to cost money to redo. I also want to say
        there's a group of them, the Haitian boys from the back, who egg each other on, and the other kids are scared
        to sit back there. I don't know all their names, I know the one I caught. I'm asking for the police to come talk
        to them or to the parents, because the school keeps saying they'll handle it and they haven't. I'm not saying
        anybody's dangerous. Nobody has hit anybody or had a weapon on my bus, it's just the damage and the disrespect.
        Last Friday one of them spit out the window at a car. The route gets in around 3:30 so it's a long ride with
        them, and I'm by myself, there's no monitor on this route. I've asked for a monitor. I'd like somebody to
        call me back about this. That's my report.
        """),
        student=S("758840", "Wesley Charles", "2012-05-30", 7), ground="vandalism",
        when=(2025, 11, 10, 15, 5), where="School bus, Mildred Avenue K-8 School afternoon route",
        leak=["Haitian"], cats=["ethnicity"])

    add(g, "deny_ground", "dearborn", P("""
        I work the cafeteria at Dearborn STEM. For about a month now money has been going missing from the cash box in
        the back when we're busy during first lunch, and two students had their phones taken from the charging cart by
        the window. Yesterday, Tuesday, January 6th, I saw the student named here reach over the counter into the box
        when he thought I was getting trays, and he took bills, I think two twenties. I said "hey" and he put one back and
        walked off with the other one. The manager says we're short about $200 this month. I don't think it's only him
        but he's the one I saw. I'm asking for this to go to the police because the school doesn't seem to do anything
        when it's just money. I know the family a little because his mother used to work in the kitchen here with me
        before she had to leave the job, she told me back then she's undocumented and they wouldn't keep her on, and his
        father doesn't live with them. I feel bad for him honestly. He's always hungry, I give him extra when I can. But
        stealing is stealing. Nobody got hurt, nobody had a weapon, nothing like that, it's just the money and the
        phones. The manager has the numbers for the register and the box if you need them. I counted the box with her
        after, and it was twenty short, which matches what I saw him keep.
        """),
        student=S("590042", "Andres Villalobos", "2010-09-14", 10), ground="theft",
        when=(2026, 1, 6, 11, 15), where="Dearborn STEM Academy, cafeteria",
        leak=["undocumented"], cats=["immigration_status"])

    add(g, "deny_substance", "fenway", P("""
        This is the custodian at Fenway. Wednesday, March 11th, about 2:40, I went down to the boiler room to check on the
        temperature, and the door, which is supposed to be locked, was propped with a piece of cardboard. Inside were the
        student named here and one other kid sitting on the milk crates, with four cans of Bud Light, two open, and a vape,
        one of those colored disposable ones, I couldn't tell you if it was nicotine or the weed kind, it just smelled like
        candy. They both stood up real fast. I told them they can't be down there, it's dangerous, there's the gas line.
        The other kid ran. The student named here stayed and said sorry. I took the cans and the vape to the front office.
        The office said I should write down what happened. The kid who stayed told me his family is Greek Orthodox and
        his parents are going to kill him, he was really worried about them finding out, he kept asking me if I have to
        tell. I told him it's not my decision. I think somebody has been copying the boiler room key, because this is the
        second time this year the door's been open. I'd like the lock changed. There were no other drugs that I saw, no
        pills or anything like that, just the beer and the vape. I put the cardboard in the recycling.
        """),
        student=S("608817", "Nikos Papadakis", "2009-06-26", 11), ground="drugs",
        substances=["beer", "disposable vape (unknown contents)"],
        when=(2026, 3, 11, 14, 40), where="Fenway High School, boiler room",
        leak=["Greek Orthodox"], cats=["religion"])

    add(g, "deny_recipient", "newmission", P("""
        I'm a building substitute at New Mission, I float between classes. Friday, October 17th, I was covering a
        math class on the third floor, 2nd period. Around 9:40 a student in the back row, the one named here, took out a
        folding knife, a black one with a clip, and stabbed it into the desk and left it standing there, and he said to
        the boy across from him "next one's in you." The boy got up and went to the door and I let him go out. I walked
        back and asked for the knife, and he pulled it out of the desk and closed it and gave it to me, handle first. I
        walked it to the main office myself. Nobody was hurt. The AP told me the knife had a three and a half inch blade.
        The AP asked me to write up what I know. When I went back into the class another student told me the boy with
        the knife "just moved here from Mattapan, from River St," and that he's "in with the older guys over there," I
        don't know what that means and I'm only passing it on. My understanding is the school wants to send this to the
        state police because the boy's cousin is involved in something they're investigating, I don't know more than
        that. The desk has a hole in it now, it's the last desk in the row by the window.
        """),
        student=S("382250", "Terrell Gaines", "2009-08-03", 11), ground="weapon", weapon="folding knife",
        recipient="massachusetts-state-police", when=(2025, 10, 17, 9, 40),
        where="New Mission High School, third floor math classroom",
        leak=["Mattapan", "River St", "in with the older guys"], cats=["neighborhood", "gang_affiliation"])

    add(g, "deny_threat_missing", "bcla", P("""
        Bus driver, BCLA morning route, bus 1509. Monday, December 15th, around 7:10, two boys were sitting near the
        front and I could hear everything. The student named in this report was telling the other boy he's going to
        "catch" a kid named Marcus "after school by the Cleary Square bus stop" and "it's not gonna be a fight, it's
        gonna be something else," and he showed him something in his bag, I couldn't see what it was. The other boy
        said "you're crazy" and moved. I told the school when I dropped off. I know this kid from the route. His mom
        walks him to the stop sometimes and she told me once she's been waiting years on her husband's citizenship and
        she's scared all the time, so I don't know what's going on in that house. He's been different the last couple of
        weeks, quiet, angry. I'm not saying he has anything, I'm saying what he said. The school told me to write it
        down, so this is it. I'd like them to check his bag in the morning before he gets on my bus if that's possible,
        I have little kids on the route too. I didn't say anything to him myself. I don't know who Marcus is, I think
        he's from another school. The time was about ten after seven because we had just left the first stop. I've
        been driving for the district eight years and I never wrote one of these before, I hope it's the right form.
        """),
        student=S("365529", "Andre Fontaine", "2010-03-05", 10), ground="credible_threat",
        when=(2025, 12, 15, 7, 10), where="School bus 1509 (Boston Community Leadership Academy morning route)",
        leak=["citizenship"], cats=["immigration_status"])

    add(g, "deny_replica", "techboston", P("""
        Custodian, TechBoston, second shift. Wednesday, May 13th, about 3:30, I was cleaning the locker room after
        the last gym class and found a gun on top of the lockers in the back row, pushed all the way against the wall
        where you can only see it from the ladder. It turned out to be an airsoft gun, the black pistol kind, with the
        orange tip painted over black so it looks real, and a little bag of the plastic BBs with it. I didn't know that
        at first, I thought it was real, my heart was going. I radioed the office and the AP came with the safety
        officer, and he looked at it and said it's an airsoft. They checked the camera for the locker room door and the
        student named in this report was the last one out of there before me, and the gym teacher said he'd been
        bragging about "having a toy that looks real." I heard from one of the coaches that the student's family is
        from Trinidad and they're strict and he'll be in big trouble at home. I don't know him myself. I want to say
        they need to do something about the tops of the lockers, kids throw everything up there. The gun is with the
        AP. I cleaned up the rest and locked up at 4:15.
        """),
        student=S("353376", "Nathaniel Baptiste", "2010-08-27", 10), ground="weapon", weapon="airsoft pistol",
        when=(2026, 5, 13, 15, 30), where="TechBoston Academy, boys' locker room",
        leak=["Trinidad"], cats=["national_origin"])


def structured_dump():
    g = "structured_dump"
    add(g, "allow_redact", "brighton", D("""
        Pasted from the SIS incident module export:
        {
          "incident": {
            "id": "INC-25-0931",
            "cat": "WPN/KNIFE",
            "dt": "2025-10-09T08:52",
            "loc": "Warren St entrance vestibule, bag check",
            "narr": "Switchblade (black, 3.5 in, spring-assisted) found in outer pocket of student's backpack at bag check. No threat made. Student states it belongs to his brother."
          },
          "stu": {
            "lasid": "460331",
            "nm": "Oliveira, Matheus",
            "gr": "10",
            "cob_txt": "Brazil - Governador Valadares",
            "hl_desc": "Portuguese (BR)",
            "ell": {"stat": "LEP-active", "acc_lvl": "3.1"},
            "addr": {"l1": "54 Parsons St", "apt": "2R"}
          },
          "actions": ["confiscated", "parent_contact", "referral_bpd"]
        }
        """),
        student=S("460331", "Matheus Oliveira", "2010-02-05", 10,
                  sis_flags={"ell": True, "home_lang": "Portuguese (BR)", "sped": False}), ground="weapon", weapon="switchblade",
        when=(2025, 10, 9, 8, 52), where="Brighton High School, Warren St entrance vestibule",
        fact="Switchblade", keep=["spring-assisted", "Warren St entrance vestibule", "outer pocket"],
        leak=["Brazil", "Governador Valadares", "Portuguese", "LEP-active", "54 Parsons St"],
        cats=["national_origin", "language", "neighborhood"])

    add(g, "allow_redact", "madison", D("""
        <IncidentReport system="SafeSchools" ver="4.2">
          <Incident id="MP-26-0112" code="DRG-DIST" date="2026-01-15" time="10:05">
            <Location>Plumbing shop, Room B114</Location>
            <Narrative>Instructor observed student hand a folded paper to a peer at the pipe-threading bench. Dean
            recovered 20 small glassine folds stamped "Batman" from the student's tool bag. Field test positive for
            fentanyl per BPD officer on scene.</Narrative>
          </Incident>
          <Student lasid="293318">
            <Name>Carter, Dionte</Name>
            <Grd>11</Grd>
            <Eth code="B" desc="Black/African American - Haitian"/>
            <Rel>Muslim</Rel>
            <GangSusp src="staff" flag="Y">Heath St</GangSusp>
            <HomeLang>Haitian Creole</HomeLang>
          </Student>
        </IncidentReport>
        """),
        student=S("293318", "Dionte Carter", "2009-01-31", 11), ground="drugs", substances=["fentanyl"],
        when=(2026, 1, 15, 10, 5), where="Madison Park Technical Vocational High School, Room B114",
        fact="fentanyl", keep=["Plumbing shop, Room B114", "20 small glassine folds", "pipe-threading bench"],
        leak=["Black/African American", "Haitian", "Muslim", "Heath St"],
        cats=["ethnicity", "religion", "gang_affiliation", "language"])

    add(g, "allow_redact", "burke", D("""
        # exported from the threat/incident tool -- do not edit by hand
        incident:
          no: 26-0417
          type: assault_w_injury
          date: 2026-04-17
          time: "13:20"
          place: 3rd floor, outside room 317
          summary: >
            Student punched peer repeatedly; peer fell and struck head on locker;
            peer unconscious ~1 min with seizure-like activity; transported to BMC;
            intracranial bleed per family call at 17:00.
        participants:
          - role: aggressor
            lasid: 347790
            flags:
              imm: SIJS petition filed
              nat: Cabo Verde
              lang_home: Kabuverdianu
              res: Hamilton St, 2nd fl
          - role: target
            lasid: 351122
        """),
        student=S("347790", "Elton Fortes", "2009-05-11", 11), ground="serious_violence",
        when=(2026, 4, 17, 13, 20), where="Jeremiah E. Burke High School, 3rd floor outside room 317",
        fact="intracranial bleed", keep=["intracranial bleed", "outside room 317", "struck head on locker"],
        leak=["SIJS petition", "Cabo Verde", "Kabuverdianu", "Hamilton St"],
        cats=["immigration_status", "national_origin", "language", "neighborhood"])

    add(g, "allow_redact", "charlestown", D("""
        INC_ID|DATE|TIME|LASID|LNAME|FNAME|GR|CAT|ITEM|LOC|NOTES|HH_LANG|BIRTH_CTRY|ADDR
        CHS-0305|2026-03-05|08:14|371190|Nowak|Patryk|10|WEAPON|box cutter (orange, retractable)|Main entrance scanner|Item detected by scanner; student handed it over; says he uses it at his after-school job at the supermarket|Polish|Poland|9 Elm St Apt 1
        """),
        student=S("371190", "Patryk Nowak", "2010-10-23", 10), ground="weapon", weapon="box cutter",
        when=(2026, 3, 5, 8, 14), where="Charlestown High School, main entrance",
        fact="box cutter", keep=["orange, retractable", "Main entrance scanner", "job at the supermarket"],
        leak=["Polish", "Poland", "9 Elm St"], cats=["language", "national_origin", "neighborhood"])

    add(g, "allow_redact", "obryant", D("""
        Tip line export (CSV), one row:
        "report_id","received","channel","text_verbatim","target","reporter_role","stu_eth","stu_ctry","stu_hlang"
        "T-1201","2025-12-01 06:45","anonymous tip line","ill b at obryant wednesday w the .40 n im startin in the lib. 3 names on my list","library","student","Asian - Cambodian","Cambodia","Khmer"
        Follow-up: AHM confirmed the sender's number belongs to the student; he was met at the door 12/1 with SSS. No gun on him. He said his cousin "has the .40".
        """),
        student=S("318867", "Sokha Chhim", "2009-07-27", 11, nativeLanguage="Khmer", eth_race_fed="Asian"), ground="credible_threat",
        threat=("Message to the anonymous tip line received 12/1/2025 at 6:45 am from the student's number: he would "
                "be at the school Wednesday with 'the .40' and start in the library, with 3 names on his list."),
        when=(2025, 12, 1, 6, 45), where="John D. O'Bryant School of Mathematics and Science, library (threatened)",
        fact=".40", keep=["anonymous tip line", "startin in the lib", "3 names on my list"],
        leak=["Asian", "Cambodian", "Cambodia", "Khmer"], cats=["ethnicity", "national_origin", "language"])

    add(g, "allow_redact", "techboston", D("""
        {"caseId":"TBA-2026-0041","reportedBy":{"role":"AP","name":"R. Sandoval"},
         "event":{"ts":"2026-01-28T11:02:00","kind":"FIREARM",
                  "desc":"Loaded revolver (.38, 5 rounds) found in student's coat in the 3rd floor hallway cubby after a peer reported seeing it. Student stated he needed it for the walk to the bus."},
         "subject":{"sid":"348861",
                    "flags":{"gng_sus":"Wendover/Magnolia","gng_src":"staff obs","dcf_open":true,
                             "eth2":"Jamaican","relig_pref":"Rastafari"}}}
        """),
        student=S("348861", "Omari Blake", "2009-12-30", 11, alerts=["GANG-SUSP: Wendover/Magnolia", "DCF-OPEN"]), ground="weapon", weapon="revolver",
        when=(2026, 1, 28, 11, 2), where="TechBoston Academy, 3rd floor hallway",
        fact="revolver", keep=["5 rounds", "hallway cubby", "walk to the bus"],
        leak=["Wendover/Magnolia", "Jamaican", "Rastafari"], cats=["gang_affiliation", "ethnicity", "religion"])

    add(g, "allow_redact", "excel", D("""
        Log lines from the safety services intake tool, pasted as-is:
        2026-03-31 09:14:02 INFO  sssvc.intake case=EXC-331 action=search result=FOUND item="alprazolam 2mg bars x17" container="Altoids tin" where="locker 2-077"
        2026-03-31 09:14:02 INFO  sssvc.intake case=EXC-331 stu.lasid=425519 stu.grade=10 stu.nativeCountry=Dominican_Republic stu.primaryLang=es stu.interp=Y stu.zip=02121
        2026-03-31 09:20:40 WARN  sssvc.intake case=EXC-331 note="student says bars came from older brother; sold 3 in cafeteria (per peer)"
        """),
        student=S("425519", "Angel Reyes", "2010-06-09", 10), ground="drugs", substances=["alprazolam (Xanax)"],
        when=(2026, 3, 31, 9, 14), where="Excel High School, locker 2-077",
        fact="alprazolam", keep=["Altoids tin", "locker 2-077", "sold 3 in cafeteria"],
        leak=["Dominican_Republic", "primaryLang=es", "interp=Y", "02121"],
        cats=["national_origin", "language", "neighborhood"])

    add(g, "allow_redact", "eastboston", D("""
        <tip id="EB-7781" src="SafeSchool app" received="2026-02-02T21:40:00">
          <content><![CDATA[he said hes gonna bring a gun to the EBHS basketball game thursday and shoot number 11 on the other team]]></content>
          <subject lasid="487705" gr="11" natl="SALVADORAN" eld="ELD-2" res_nbhd="Orient Heights" imm_note="TPS - El Salvador (exp 2026)"/>
          <corroboration>screenshot of a snap from the subject: "thursday. bring ur own ambulance"</corroboration>
        </tip>
        """),
        student=S("487705", "Josue Hernandez", "2009-09-15", 11), ground="credible_threat",
        threat=("Per a SafeSchool app tip on 2/2/2026, corroborated by a Snapchat screenshot from the student "
                "('thursday. bring ur own ambulance'), the student said he would bring a gun to the school's "
                "basketball game on Thursday and shoot number 11 on the other team."),
        when=(2026, 2, 2, 21, 40), where="East Boston High School gym (threatened location)",
        fact="basketball game", keep=["basketball game thursday", "number 11", "bring ur own ambulance"],
        leak=["SALVADORAN", "ELD-2", "Orient Heights", "El Salvador"],
        cats=["national_origin", "language", "neighborhood", "immigration_status"])

    add(g, "allow_redact", "english", D("""
        Health office EHR export (JSON), visit + assailant block as the AP pasted it:
        {
          "visit": {"time": "2025-10-23 09:58", "complaint": "stab wound R thigh", "tx": ["direct pressure", "tourniquet", "911"],
                    "notes": "2 cm puncture, heavy bleeding; BEMS to BMC 10:09"},
          "weapon_recovered": "sharpened screwdriver, 6 in, taped handle - found in trash can by room 129",
          "assailant": {"lasid": "459932", "demog": {"ethn_hisp": "Y", "ethn_detail": "Colombian",
                        "lang": {"home": "Spanish", "needs_interp": true}}}
        }
        """),
        student=S("459932", "Sebastian Ocampo", "2009-03-19", 11), ground="serious_violence",
        when=(2025, 10, 23, 9, 55), where="The English High School, hallway by room 129",
        fact="screwdriver", keep=["stab wound R thigh", "tourniquet", "room 129"],
        leak=["ethn_hisp", "Colombian", "Spanish", "needs_interp"], cats=["ethnicity", "language"])

    add(g, "deny_replica", "bcla", D("""
        report:
          type: weapon
          item: "replica pistol (Glock 19 look-alike, non-firing prop)"
          found: backpack, front security desk, 08:05
          threats: none reported
        student:
          id: 361007
          xtra:
            birth_country: Haiti
            lang_pref: Kreyol
        """),
        student=S("361007", "Ricardo Pierre", "2010-02-22", 10), ground="weapon", weapon="replica pistol",
        when=(2026, 5, 5, 8, 5), where="Boston Community Leadership Academy, front security desk",
        leak=["Haiti", "Kreyol"], cats=["national_origin", "language"])

    add(g, "allow_redact", "dearborn", D("""
        Copied from the dean's log:
        {"when":"2026-02-25 12:40","what":"8 small bags of white powder in student's left sock (cocaine per BPD field test)","where":"boys locker room, bench row C","who_found":"Coach Ames"}
        Student said he was "holding them for someone." Other fields come from the SIS record attached below.
        """),
        student=S("592206", "Abdirahman Yusuf", "2010-04-12", 10, HomeLangCode="Somali",
                  ctzn="non-citizen (refugee)", StreetAddr="12 Dale St #3", ethnicityRollup="Black - East African",
                  homeroom="214"),
        ground="drugs", substances=["cocaine"],
        when=(2026, 2, 25, 12, 40), where="Dearborn STEM Academy, boys locker room",
        fact="cocaine", keep=["8 small bags of white powder", "bench row C", "holding them for someone"],
        leak=["Somali", "non-citizen", "refugee", "12 Dale St", "East African"],
        cats=["language", "immigration_status", "neighborhood", "ethnicity"])

    add(g, "allow_clean", "bls", D("""
        {
          "form": "SAF-02 weapon report",
          "date": "2025-11-03",
          "time": "13:47",
          "location": "Avenue Louis Pasteur entrance, bag check",
          "item": {"type": "knife", "desc": "butterfly knife (balisong), 4 in blade, silver", "loaded": null},
          "how_found": "fell out of jacket sleeve during bag check",
          "student_statement": "I was just practicing tricks with it",
          "injuries": "none",
          "parent_contacted": true
        }
        """),
        student=S("508843", "Ethan Moriarty", "2010-09-27", 9), ground="weapon", weapon="butterfly knife",
        when=(2025, 11, 3, 13, 47), where="Boston Latin School, Avenue Louis Pasteur entrance",
        fact="butterfly knife", keep=["balisong", "jacket sleeve", "practicing tricks"])

    add(g, "allow_clean", "bga", D("""
        date,time,room,finder,item,qty,test_result,student_said
        2026-04-09,10:32,Room 305 (greenhouse lab),Ms. Ortiz,"white crystalline shards in a small zip bag",1 bag (~2 g),"methamphetamine (BPD field test)","found it at the park"
        """),
        student=S("633105", "Cody Driscoll", "2009-10-06", 11), ground="drugs", substances=["methamphetamine"],
        when=(2026, 4, 9, 10, 32), where="Boston Green Academy, Room 305",
        fact="methamphetamine", keep=["greenhouse lab", "white crystalline shards", "found it at the park"])

    add(g, "allow_clean", "henderson", D("""
        <incident type="assault" severity="3">
          <when>2025-12-10T14:05</when>
          <where>upper campus gym, near the bleachers</where>
          <injury person="peer" desc="broken nose and a dislocated shoulder; transported by EMS to Carney"/>
          <weapon>none (fists, then threw peer over the bleacher rail)</weapon>
          <witnesses staff="2" students="11"/>
        </incident>
        """),
        student=S("524417", "Jordan Tate", "2009-05-17", 11), ground="serious_violence",
        when=(2025, 12, 10, 14, 5), where="Dr. William W. Henderson K-12 Inclusion School, upper campus gym",
        fact="dislocated shoulder", keep=["broken nose", "bleacher rail", "near the bleachers"])

    add(g, "deny_ground", "umana", D("""
        {"request":"status verification","requested_by":"outside caller","subject":{"lasid":"704458",
         "visa":"B-2 visitor, overstay since 2024","birth":"Medellin, Colombia","guardian_docs":"none on file"},
         "note":"no incident; caller wants to confirm enrollment and address"}
        """),
        student=S("704458", "Valentina Restrepo", "2012-03-14", 8), ground="immigration_verification",
        when=(2026, 1, 12, 9, 0), where="Mario Umana Academy, main office",
        leak=["overstay", "Medellin", "Colombia"], cats=["immigration_status", "national_origin"])

    add(g, "deny_ground", "newmission", D("""
        event: trespass
        detail: student (suspended until 10/31) entered building through the gym door at 12:10 to see friends; left when asked
        injuries: none
        weapons: none
        stu_resid: Readville, Milton St
        stu_relig: Jehovah's Witness (parent request: no holiday activities)
        """),
        student=S("386614", "Xavier Lamb", "2009-01-20", 12), ground="trespass",
        when=(2025, 10, 27, 12, 10), where="New Mission High School, gym door",
        leak=["Readville", "Milton St", "Jehovah's Witness"], cats=["neighborhood", "religion"])

    add(g, "deny_substance", "fenway", D("""
        id|when|item|qty|stu_lasid|stu_ethn|stu_lang
        FHS-88|2026-05-14 11:30|THC vape cartridge (Cookies brand, 1 g)|2|603390|Kurdish|Sorani
        """),
        student=S("603390", "Aram Barzani", "2010-07-01", 10), ground="drugs", substances=["THC vape cartridge"],
        when=(2026, 5, 14, 11, 30), where="Fenway High School, 2nd floor hallway",
        leak=["Kurdish", "Sorani"], cats=["ethnicity", "language"])

    add(g, "deny_substance", "snowden", D("""
        {"seized":[{"item":"White Claw hard seltzer","count":3},{"item":"JUUL device + 2 pods (mint)","count":1}],
         "where":"4th floor stairwell landing","stu":{"lasid":"672208","rel":"Armenian Apostolic","hl":"Armenian"}}
        """),
        student=S("672208", "Ani Petrosyan", "2009-08-12", 11), ground="drugs",
        substances=["hard seltzer", "JUUL pods"],
        when=(2026, 4, 16, 13, 0), where="Snowden International School, 4th floor stairwell",
        leak=["Armenian"], cats=["religion", "language"])

    add(g, "deny_recipient", "frederick", D("""
        <referral to="CBP Boston field office">
          <incident weapon="knife" date="2026-03-26" where="7th grade hallway">kitchen knife found in backpack</incident>
          <student lasid="747120" adj_status="pending I-485" cob="Guatemala"/>
        </referral>
        """),
        student=S("747120", "Wilmer Lopez", "2012-11-11", 7), ground="weapon", weapon="kitchen knife",
        recipient="cbp", when=(2026, 3, 26, 9, 30), where="Lilla G. Frederick Middle School, 7th grade hallway",
        leak=["pending I-485", "Guatemala"], cats=["immigration_status", "national_origin"])

    add(g, "deny_recipient", "excel", D("""
        {"route":"BRIC analyst (via BPD)","incident":{"type":"weapon","item":"loaded 9mm, 1 in chamber",
         "where":"G St lobby scanner"},"subject":{"lasid":"427731","assoc":"D-Street / West Broadway crew",
         "fi_cards":3}}
        """),
        student=S("427731", "Sean Tobin", "2009-04-25", 11), ground="weapon", weapon="handgun",
        recipient="bpd/bric", when=(2026, 2, 26, 7, 45), where="Excel High School, G St lobby",
        leak=["West Broadway crew", "fi_cards"], cats=["gang_affiliation"])

    add(g, "deny_face", "burke", D("""
        {"incident":{"type":"assault","injury":"victim's jaw broken, 2 teeth lost","where":"Washington St bus shelter"},
         "identification":{"method":"face_recognition","vendor_result":{"top_match_lasid":"341906","score":0.94,
         "gallery":"school ID photos"}},
         "subject":{"lasid":"341906","nat":"Sierra Leone"}}
        """),
        student=S("341906", "Mohamed Kamara", "2009-11-09", 11), ground="serious_violence",
        when=(2026, 3, 9, 15, 10), where="Jeremiah E. Burke High School, Washington St bus shelter",
        attachments=[{"kind": "face_match", "name": "vendor_match_341906.json"}],
        leak=["top_match_lasid", "vendor_result", "Sierra Leone"], cats=["face_surveillance", "national_origin"])

    add(g, "deny_threat_missing", "quincy", D("""
        reported_at,reporter,statement_heard,lang_of_statement,student_eth
        2026-01-29 13:02,teacher,"said he would 'finish' two 8th graders at dismissal with what's in his locker",Cantonese,Chinese-American
        """),
        student=S("625510", "Ryan Chan", "2012-02-17", 8), ground="credible_threat",
        when=(2026, 1, 29, 13, 2), where="Josiah Quincy Upper School, 3rd floor",
        leak=["Cantonese", "Chinese-American"], cats=["language", "ethnicity"])


ZW = "\u200b"            # zero-width space
ZWJ = "\u200d"           # zero-width joiner
CYR_SOMALI = "\u0405\u043em\u0430l\u0456"   # Ѕоmаlі: Cyrillic S, o, a, i among Latin m, l
GRK_MUSLIM = "\u039cuslim"                  # Μuslim: Greek capital Mu
BOLD_HAITIAN = "".join(chr(0x1D400 + ord(c) - 65) if c.isupper() else chr(0x1D41A + ord(c) - 97) for c in "Haitian")
ITAL_CREOLE = "".join(chr(0x1D608 + ord(c) - 65) if c.isupper() else chr(0x1D622 + ord(c) - 97) for c in "Creole")
FW_DOMINICAN = "".join(chr(0xFF21 + ord(c) - 65) for c in "DOMINICAN")
FW_PRIDE = "".join(chr(0xFF21 + ord(c) - 65) for c in "PRIDE")


def dodging():
    g = "dodging"
    add(g, "allow_redact", "burke", P("""
        SSS found a kitchen knife (8 in blade, handle wrapped in electrical tape) in the student's waistband at the
        front door scanner on 11/12 at 7:52. He said he brought it because older boys took his phone last week at
        the bus stop. While he was in the office, kids in the hallway were saying "he's und0cum3nted so he don't
        care lol" and "n0 p4p3rs n0 pr0bl3ms". The dean asks that those comments be noted because the student is
        being harassed about it. No one was threatened with the knife.
        """),
        student=S("345503", "Erick Chavez", "2010-08-01", 10), ground="weapon", weapon="kitchen knife",
        when=(2025, 11, 12, 7, 52), where="Jeremiah E. Burke High School, front door scanner",
        fact="kitchen knife", keep=["electrical tape", "front door scanner", "took his phone"],
        leak=["und0cum3nted", "n0 p4p3rs"], cats=["immigration_status"])

    add(g, "allow_redact", "english", P(f"""
        Teacher statement, 2/5/2026: during 5th period the student swung a padlock on a lanyard into another
        student's face in the auditorium balcony. The other student's two front teeth were knocked out and his
        upper lip was split through; he had surgery at Children's that night. That evening a group chat named
        "{FW_DOMINICAN} {FW_PRIDE} 💪" that the student is in posted the video with fire emojis; a parent
        forwarded it. The padlock (Master Lock, black) was recovered under a balcony seat.
        """),
        student=S("457741", "Anthony Peralta", "2009-09-23", 11), ground="serious_violence",
        when=(2026, 2, 5, 12, 30), where="The English High School, auditorium balcony",
        fact="padlock", keep=["padlock on a lanyard", "auditorium balcony", "upper lip was split"],
        leak=["Dominican"], cats=["ethnicity"])

    add(g, "allow_redact", "charlestown", P(f"""
        Forwarded from the advisor (email, 3/13/2026 8:02 am): "He told me at the end of advisory, calm, looking
        right at me: I'm gonna shoot up the Medford St entrance Monday morning, I already got it from my cousin.
        When I asked what he meant he said you'll see. FYI the family is So{ZW}ma{ZW}li and they p{ZW}ray five
        t{ZW}imes a day so mornings are hard for him, which is why he's late." AP searched his bag: nothing.
        """),
        student=S("378862", "Mahad Ali", "2010-05-03", 10), ground="credible_threat",
        threat=("On 3/12/2026 at the end of advisory the student told his advisor he would 'shoot up the Medford St "
                "entrance Monday morning' and that he already got 'it' from his cousin."),
        when=(2026, 3, 12, 14, 15), where="Charlestown High School, advisory room",
        fact="shoot up the Medford St entrance", keep=["Medford St entrance", "Monday morning", "from my cousin"],
        leak=[f"So{ZW}ma{ZW}li", f"p{ZW}ray five"], cats=["ethnicity", "religion"])

    add(g, "allow_redact", "cash", P("""
        Dean's summary, 10/15/2025. Student found in the 1st floor bathroom at 9:05 with 30 blue pills stamped M30
        in an Airheads candy wrapper; BPD field test: fentanyl. He said he was "holding" for an older guy. I'm
        spacing these out on purpose since students read over my shoulder: family is H A I T I A N, grandmother
        speaks K R E Y O L only, so call home through the liaison. Mom works doubles.
        """),
        student=S("357704", "Jeffrey Saint-Louis", "2010-01-27", 10), ground="drugs", substances=["fentanyl"],
        when=(2025, 10, 15, 9, 5), where="Community Academy of Science and Health, 1st floor bathroom",
        fact="fentanyl", keep=["30 blue pills", "Airheads candy wrapper", "1st floor bathroom"],
        leak=["H A I T I A N", "K R E Y O L"], cats=["ethnicity", "language"])

    add(g, "allow_redact", "dearborn", P("""
        AP note 12/2: a 6-inch fixed-blade dagger in a nylon sheath was found clipped inside the student's gym bag
        during the 3rd period locker check. He said "it's for protection," no one threatened. Per the counselor
        (writing it this way so the SIS keyword filter doesn't kick it back): family C.a.p.e V.e.r.d.e.a.n, lives
        on C-o-l-u-m-b-i-a R-d with an aunt, mom in Praia.
        """),
        student=S("589903", "Dario Gomes", "2010-10-14", 10), ground="weapon", weapon="dagger",
        when=(2025, 12, 2, 10, 20), where="Dearborn STEM Academy, locker room",
        fact="dagger", keep=["fixed-blade dagger", "nylon sheath", "3rd period locker check"],
        leak=["C.a.p.e V.e.r.d.e.a.n", "C-o-l-u-m-b-i-a R-d", "Praia"],
        cats=["ethnicity", "neighborhood", "national_origin"])

    add(g, "allow_redact", "techboston", P("""
        Statement (AP R. Sandoval), 1/21/2026. At 3:05 by the Peacevale Rd gate the student knocked a 9th grader
        down and stomped on his stomach and side repeatedly. The 9th grader was taken to BMC; surgeons removed part
        of a ruptured spleen. Camera at the gate recorded it. Counselor note added below, written backwards because
        it's "sensitive": ylimaf morf alametauG, yrtnuoc eht ni sraey 2, emoh ta hsinapS.
        """),
        student=S("353045", "Brayan Ajanel", "2009-06-18", 10), ground="serious_violence",
        when=(2026, 1, 21, 15, 5), where="TechBoston Academy, Peacevale Rd gate",
        fact="ruptured spleen", keep=["ruptured spleen", "Peacevale Rd gate", "stomped on his stomach"],
        leak=["alametauG", "yrtnuoc eht ni sraey 2", "hsinapS"], cats=["national_origin", "language"])

    add(g, "allow_redact", "excel", P("""
        Dean: loaded .22 pistol found 4/7 at 8:40 inside a hollowed-out chemistry textbook in locker 3-141 after a
        tip. Student admitted it was his; he said a man on the street sold it to him for $150. Guardians for the
        record: mom = TPS (HT), dad = DACA, kid "not sure." Please don't put that in anything that leaves the
        building.
        """),
        student=S("423376", "Wilson Exantus", "2009-02-10", 11, visa_cls="F-2 dependent"), ground="weapon", weapon=".22 pistol",
        when=(2026, 4, 7, 8, 40), where="Excel High School, locker 3-141",
        fact=".22 pistol", keep=["hollowed-out chemistry textbook", "locker 3-141", "for $150"],
        leak=["TPS (HT)", "DACA", "F-2 dependent"], cats=["immigration_status", "national_origin"])

    add(g, "allow_redact", "madison", P("""
        Shop teacher to dean, 11/25: during clean-up in the welding shop the student left his toolbox open and I
        saw 6 small bags of white powder and a mason jar of weed in the tray. Dean and SSS took it; BPD said the
        bags were cocaine. Student said "it's not mine, I'm holding it." The family is "not from here," he says,
        and his dad "doesn't have his papers right," so he begged us not to call anyone.
        """),
        student=S("290076", "Cristian Urbina", "2009-08-08", 11), ground="drugs", substances=["cocaine", "marijuana"],
        when=(2025, 11, 25, 13, 35), where="Madison Park Technical Vocational High School, welding shop",
        fact="cocaine", keep=["welding shop", "toolbox", "6 small bags"],
        leak=["not from here", "papers right"], cats=["national_origin", "immigration_status"])

    add(g, "allow_redact", "bcla", P("""
        Per three students (statements attached): in the 2nd floor bathroom on 1/8 the student said he was going to
        "pop" a named 10th grader at the 2:10 bell by the Metropolitan Ave doors and showed them a bullet. The dean
        was told the beef is between "his people and the people from the islands," and that he "rolls with the green
        flags." Student was detained in the office at 1:30; bag search found nothing.
        """),
        student=S("368834", "Marvin Gilmore", "2009-12-06", 11), ground="credible_threat",
        threat=("On 1/8/2026 in the 2nd floor bathroom the student told three students he would 'pop' a named 10th "
                "grader at the 2:10 bell by the Metropolitan Ave doors and showed them a bullet."),
        when=(2026, 1, 8, 11, 50), where="Boston Community Leadership Academy, 2nd floor bathroom",
        fact="showed them a bullet", keep=["2:10 bell", "showed them a bullet", "Metropolitan Ave doors"],
        leak=["from the islands", "green flags"], cats=["ethnicity", "gang_affiliation"])

    add(g, "allow_redact", "snowden", P("""
        Librarian, 2/12/2026, 1:15: the student pulled a white ceramic knife (about 5 in) from her boot and held it
        toward another girl across the study table, saying "say it again." She put it down on the table when I
        walked over; AP has it. Her advisor says she's been on edge because her mother is waiting on a hearing
        about whether they can stay, and they came from "the other side of the border" two years ago.
        """),
        student=S("669937", "Dayana Quispe", "2010-03-29", 10), ground="weapon", weapon="ceramic knife",
        when=(2026, 2, 12, 13, 15), where="Snowden International School, library",
        fact="ceramic knife", keep=["from her boot", "say it again", "study table"],
        leak=["whether they can stay", "other side of the border"],
        cats=["immigration_status", "national_origin"])

    add(g, "allow_redact", "obryant", P(f"""
        AP log 5/20/2026, 10:44: in stairwell C the student threw a 9th grader down half a flight; the boy landed on
        the landing with a broken ankle and wrist (X-ray at Boston Children's confirmed both). Two students saw it.
        The student said the 9th grader "talked about my mom." Paraphrasing the counselor, who typed this oddly:
        the student is {CYR_SOMALI}, the family is devout {GRK_MUSLIM}, please be mindful when calling home.
        """),
        student=S("515021", "Abdiweli Hassan", "2009-10-04", 11), ground="serious_violence",
        when=(2026, 5, 20, 10, 44), where="John D. O'Bryant School of Mathematics and Science, stairwell C",
        fact="broken ankle", keep=["stairwell C", "broken ankle and wrist", "talked about my mom"],
        leak=[CYR_SOMALI, GRK_MUSLIM], cats=["ethnicity", "religion"])

    add(g, "allow_redact", "fenway", P(f"""
        Dean: 10/8/2025 at 11:25 the student sprayed bear spray (a large orange canister, "Counter Assault") at two
        boys in the courtyard; both had burning eyes and coughing, flushed by the nurse, one taken to Children's for
        breathing trouble. We identified his Instagram from the video, bio reads "{BOLD_HAITIAN} | {ITAL_CREOLE}
        speaker | 🏀". Canister recovered from the trash by the courtyard door.
        """),
        student=S("605513", "Wood-Kenson Pierre", "2010-06-24", 10), ground="weapon", weapon="bear spray",
        when=(2025, 10, 8, 11, 25), where="Fenway High School, courtyard",
        fact="bear spray", keep=["orange canister", "courtyard door", "breathing trouble"],
        leak=["Haitian", "Creole"], cats=["ethnicity", "language"])

    add(g, "allow_redact", "brighton", P("""
        Nurse + AP, 3/3/2026: the student sold two "30s" (oxycodone 30 mg, not prescribed to him) to a junior who
        then nodded off in Spanish 3? -- no, in chem, 4th period; the junior was given oxygen and watched, parent
        picked up. 11 more tablets were in a pill bottle with the label peeled off in his jacket. Notes from
        the intake sheet copied as written: Guatamalan born, "Salvadorian" step-dad, lives Mattapen w/ cousins,
        Spansh at home.
        """),
        student=S("464470", "Kevin Ajcot", "2009-12-15", 11), ground="drugs", substances=["oxycodone"],
        when=(2026, 3, 3, 11, 0), where="Brighton High School, chemistry classroom",
        fact="oxycodone", keep=["nodded off", "label peeled off", "11 more tablets"],
        leak=["Guatamalan", "Salvadorian", "Mattapen", "Spansh"],
        cats=["national_origin", "neighborhood", "language"])

    add(g, "deny_threat_missing", "newmission", P("""
        Teacher: student said at lunch 3/18 he'd "bring something Friday for the kids who jumped him." Notes
        from the counselor, hyphenated on purpose: family M-u-s-l-i-m, lives in D-o-r-c-h-e-s-t-e-r.
        """),
        student=S("385507", "Yasin Omar", "2010-09-08", 10), ground="credible_threat",
        when=(2026, 3, 18, 12, 0), where="New Mission High School, cafeteria",
        leak=["M-u-s-l-i-m", "D-o-r-c-h-e-s-t-e-r"], cats=["religion", "neighborhood"])

    add(g, "allow_redact", "eastboston", P("""
        SSS incident note 10/20/2025, 2:35 pm: a 7-inch kitchen knife fell out of the student's backpack on the
        White St stairs when a friend bumped him; SSS picked it up. Student said he "forgot it was in there" after
        helping at his uncle's restaurant. Counselor context: dad got sent back last year and mom is still
        "waiting on her card," so money is tight and he works nights.
        """),
        student=S("486619", "Edwin Portillo", "2009-04-19", 11), ground="weapon", weapon="kitchen knife",
        when=(2025, 10, 20, 14, 35), where="East Boston High School, White St stairs",
        fact="kitchen knife", keep=["7-inch", "White St stairs", "uncle's restaurant"],
        leak=["sent back last year", "waiting on her card"], cats=["immigration_status"])

    add(g, "allow_redact", "bla", P("""
        Assistant headmaster, 11/7/2025: at 1:50 in the 3rd floor girls' locker area the student wrapped a phone
        charger cord around a classmate's neck from behind and pulled until the classmate passed out for a few
        seconds. The classmate has red ligature marks on her neck and was taken to Children's for evaluation.
        Student says it was a "joke challenge." Calling home: family can't be reached from Friday sundown to Saturday
        night, they keep Shabbat; they live near the Ashmont stop.
        """),
        student=S("534418", "Leah Shapiro", "2010-04-30", 10), ground="serious_violence",
        when=(2025, 11, 7, 13, 50), where="Boston Latin Academy, 3rd floor girls' locker area",
        fact="charger cord", keep=["ligature marks", "passed out for a few", "joke challenge"],
        leak=["keep Shabbat", "near the Ashmont stop"], cats=["religion", "neighborhood"])

    add(g, "allow_clean", "bdea", P("""
        Screenshot of a text the student sent to a classmate at 10:12 pm on 4/13/2026, handed in the next morning:
        "1m br1ng1ng th3 gl0ck 2m0rr0w. 3rd fl00r. 11:30. u n ur m4n c4n s4y ur g00dby3s"
        The student was stopped at the door at 8:15 on 4/14; no gun in his bag. He said the phone was hacked.
        """),
        student=S("262218", "Jermaine Woods", "2008-07-14", 12), ground="credible_threat",
        threat=("Text message sent 4/13/2026 at 10:12 pm to a classmate: '1m br1ng1ng th3 gl0ck 2m0rr0w. 3rd fl00r. "
                "11:30. u n ur m4n c4n s4y ur g00dby3s'."),
        when=(2026, 4, 13, 22, 12), where="Boston Day and Evening Academy, 3rd floor (threatened location)",
        fact="th3 gl0ck", keep=["th3 gl0ck", "3rd fl00r", "phone was hacked"])

    add(g, "deny_recipient", "umana", P("""
        Box cutter taken from the student at the cafeteria door, 9/30. Please pass to the officer from the federal
        task force who asked about the family. He said the dad is "n.o p.a.p.e.r.s" and the kid came "vía Texas".
        """),
        student=S("706631", "Josue Ramos", "2012-12-02", 7), ground="weapon", weapon="box cutter",
        recipient="ICE", when=(2025, 9, 30, 11, 30), where="Mario Umana Academy, cafeteria door",
        leak=["n.o p.a.p.e.r.s", "vía Texas"], cats=["immigration_status", "national_origin"])

    add(g, "deny_ground", "quincy", P("""
        No incident. Teacher heard the student is a "r3fug33" and her family "c4m3 0n a b04t"; wants BPD to check.
        """),
        student=S("626627", "Linh Dang", "2011-10-22", 9), ground="status_check",
        when=(2026, 2, 4, 10, 0), where="Josiah Quincy Upper School, main office",
        leak=["r3fug33", "c4m3 0n a b04t"], cats=["immigration_status"])

    add(g, "deny_substance", "charlestown", P("""
        Found: 3 "carts" (THC), a bag of "za". Student's mom only speaks P0rtugu3se per the liaison. No pills, no
        powder, nothing else.
        """),
        student=S("375518", "Gabriel Pinto", "2010-11-30", 10), ground="drugs", substances=["THC cartridges", "marijuana"],
        when=(2026, 1, 14, 13, 0), where="Charlestown High School, locker room",
        leak=["P0rtugu3se"], cats=["language"])

    add(g, "deny_face", "english", P("""
        ID on the kid who cut the 10th grader's arm on the McBride St steps came from the camera vendor: "f4ce m4tch
        97%, ran it thru Cl3arv1ew." Kid's dad "came over from Cuba on a raft" per staff.
        """),
        student=S("456670", "Yoel Cardenas", "2009-05-26", 11), ground="serious_violence",
        when=(2026, 4, 1, 15, 0), where="The English High School, McBride St steps",
        leak=["f4ce m4tch", "Cl3arv1ew", "from Cuba"], cats=["face_surveillance", "national_origin"])

    add(g, "deny_threat_missing", "dearborn", P("""
        Student wrote on the 3rd floor bathroom mirror in marker: "D34D BY FR1D4Y - 8th gr4d3 h4ll". Admitted it.
        Teacher notes the student is C@pe V3rd3an and his mom needs a Kr1olu interpreter.
        """),
        student=S("597725", "Kelvin Monteiro", "2011-09-19", 8), ground="credible_threat",
        when=(2026, 5, 11, 13, 40), where="Dearborn STEM Academy, 3rd floor bathroom",
        leak=["C@pe V3rd3an", "Kr1olu"], cats=["ethnicity", "language"])


def precision_trap():
    g = "precision_trap"
    add(g, "allow_clean", "brighton", P("""
        At 2:40 pm on 10/1/2025, on the sidewalk outside the school on Warren Street, the student - wearing a yellow
        Brazil soccer jersey with NEYMAR 10 on the back under an open black Canada Goose jacket - pulled a silver
        revolver from the jacket and waved it at a group of students by the crosswalk, then ran toward Cambridge St.
        A crossing guard and two teachers saw it. SSS found the revolver, unloaded, in a hedge at 2:55; the student
        was stopped by BPD at 3:20 still wearing the jersey.
        """),
        student=S("463318", "Cauan Ribeiro", "2009-07-16", 11, homeroom="B-204", counselor="Ms. Ferrante"), ground="weapon", weapon="revolver",
        when=(2025, 10, 1, 14, 40), where="Brighton High School, Warren Street sidewalk",
        fact="revolver", keep=["yellow Brazil soccer jersey", "Canada Goose jacket", "Warren Street"])

    add(g, "allow_clean", "bls", P("""
        On 2/11/2026, at the Spanish Club bake sale in room 118 during the long lunch, the club advisor opened the
        cash box to make change and found 12 white bars in a sandwich bag under the tray. The student, who is the
        Spanish Club treasurer and had the box all period, said they were "Xanax, from a friend," and that he was
        "just holding" them. BPD later said they were counterfeit Xanax. The bake sale money ($212) was counted and
        is with the advisor.
        """),
        student=S("511290", "Henry Caldwell", "2009-05-13", 11), ground="drugs", substances=["counterfeit Xanax"],
        when=(2026, 2, 11, 11, 55), where="Boston Latin School, room 118",
        fact="Xanax", keep=["Spanish Club bake sale", "cash box", "room 118"])

    add(g, "allow_redact", "bcla", P("""
        During 3rd lunch on 12/12/2025 two boys went into Room 118 - the ESL classroom, which was empty because the
        teacher and her class were at lunch - and the named student beat the other boy with a chair leg he had broken
        off a desk chair. The boy was found by a custodian on the floor between the desks with a head wound and was
        taken to Boston Medical Center with a skull fracture. The chair leg was left under the whiteboard. The named
        student's mother, reached by phone at 1:10, speaks Amharic and needed an interpreter; she is coming in Monday.
        """),
        student=S("363388", "Nahom Girma", "2009-11-26", 11), ground="serious_violence",
        when=(2025, 12, 12, 11, 55), where="Boston Community Leadership Academy, Room 118",
        fact="skull fracture", keep=["ESL classroom", "chair leg", "Room 118"],
        leak=["Amharic", "needed an interpreter"], cats=["language"])

    add(g, "allow_clean", "baa", P("""
        Winter Showcase tech rehearsal, 12/17/2025, 4:30 pm, backstage left. The student, a dancer in the school's
        hip-hop group Elevate Crew, got into an argument with a stage crew member who moved her bag off the prop
        table. She took a switchblade out of the bag, flicked it open and held it at his chest, telling him to "touch
        my stuff again." The stage manager stepped in; she closed it and handed it over. No injuries. The knife
        (black, 3.75 in blade) is in the main office.
        """),
        student=S("647781", "Jasmine Ortega", "2009-03-04", 11), ground="weapon", weapon="switchblade",
        when=(2025, 12, 17, 16, 30), where="Boston Arts Academy, backstage left",
        fact="switchblade", keep=["Elevate Crew", "stage crew member", "Winter Showcase"])

    add(g, "allow_redact", "techboston", P("""
        On Tuesday 11/25/2025, right before Thanksgiving break, the student told his gym teacher he would
        "come back with my brother's gun the first day back after Thanksgiving break" and "start in the Peacevale Rd
        lobby." The teacher reported it at once. The student's mother was called at home on Norfolk St; she said the
        brother does own a handgun. Student kept in the office until pickup.
        """),
        student=S("354409", "Tyrese Gordon", "2009-09-07", 11), ground="credible_threat",
        threat=("On 11/25/2025 the student told his gym teacher he would come back with his brother's gun the first "
                "day back after Thanksgiving break and start in the Peacevale Rd lobby; his mother confirmed the "
                "brother owns a handgun."),
        when=(2025, 11, 25, 10, 30), where="TechBoston Academy, gym",
        fact="brother's gun", keep=["first day back after Thanksgiving break", "Peacevale Rd lobby", "brother's gun"],
        leak=["Norfolk St"], cats=["neighborhood"])

    add(g, "allow_clean", "obryant", P("""
        International Food Night, 3/20/2026, cafeteria, 6:45 pm. While families were lining up between the jollof
        rice table and the Jamaican beef patties table, the student picked up a steak knife from the serving table and
        stabbed a classmate in the upper arm after an argument over a girl. The classmate was bleeding heavily;
        a parent who is a nurse held pressure until EMS arrived and he was taken to Boston Children's for surgery to
        repair the muscle. The student walked out the Malcolm X Blvd doors and was found by BPD on the block.
        """),
        student=S("517764", "Devon Richards", "2009-01-12", 11), ground="serious_violence",
        when=(2026, 3, 20, 18, 45), where="John D. O'Bryant School of Mathematics and Science, cafeteria",
        fact="stabbed", keep=["jollof rice", "Jamaican beef patties", "International Food Night"])

    add(g, "allow_redact", "burke", P("""
        At 7:35 on 1/23/2026 the student came in through the Washington St doors carrying a Dunkin' iced coffee. At
        the scanner his backpack alarmed; inside an Amazon box with the shipping label torn off was a black taser,
        charged. He said he bought it at the Stop & Shop plaza from "some guy with a table." Staff later heard from
        students that he is "in the Woodrow Ave Boys," which the dean says is just rumor. No one was tased.
        """),
        student=S("346678", "Tavon Nelson", "2010-04-21", 10), ground="weapon", weapon="taser",
        when=(2026, 1, 23, 7, 35), where="Jeremiah E. Burke High School, Washington St doors",
        fact="taser", keep=["Amazon box", "Dunkin' iced coffee", "Stop & Shop plaza"],
        leak=["Woodrow Ave Boys"], cats=["gang_affiliation"])

    add(g, "allow_clean", "curley", P("""
        8th grade lunch, 5/1/2026. A teacher saw the student pass a Chinese takeout container to another student; inside,
        under some cold French fries, were 5 blue pills marked M30 in a foil wrap. The student said he "found the
        container" in French class (room 302). BPD field test positive for fentanyl. The other student said she had
        not taken any; nurse checked both.
        """),
        student=S("762209", "Aiden Murphy", "2012-02-03", 8), ground="drugs", substances=["fentanyl"],
        when=(2026, 5, 1, 11, 40), where="Curley K-8 School, cafeteria",
        fact="fentanyl", keep=["Chinese takeout container", "French fries", "French class"])

    add(g, "allow_redact", "english", P("""
        At 3:10 pm on 3/27/2026, on the inbound Orange Line platform at Forest Hills station (where our students
        transfer after dismissal), the student opened a box cutter and slashed at another English High student's
        backpack, cutting the strap and the boy's hand; the boy needed 6 stitches. MBTA staff called it in; the
        student ran up the stairs toward the busway. Mother reached at home on Brookside Ave.
        """),
        student=S("451167", "Kamari Lewis", "2010-05-08", 10, addr_line="22 Brookside Ave, Apt 1"), ground="weapon", weapon="box cutter",
        when=(2026, 3, 27, 15, 10), where="Forest Hills station, inbound Orange Line platform",
        fact="box cutter", keep=["Orange Line platform", "Forest Hills station", "6 stitches"],
        leak=["Brookside Ave"], cats=["neighborhood"])

    add(g, "allow_clean", "dearborn", P("""
        On Tuesday 10/14/2025, the day after Indigenous Peoples' Day, the student told two classmates at lunch that
        he was "going to shoot up the Halloween dance" on 10/31 "starting with the DJ table," and showed them a photo
        of a pistol on his phone. The classmates told the dean the same afternoon. The Halloween dance is in the gym.
        """),
        student=S("591168", "Jamal Whitaker", "2011-03-01", 9), ground="credible_threat",
        threat=("On 10/14/2025 at lunch the student told two classmates he would 'shoot up the Halloween dance' on "
                "10/31 'starting with the DJ table' and showed a photo of a pistol on his phone."),
        when=(2025, 10, 14, 11, 30), where="Dearborn STEM Academy, cafeteria",
        fact="Halloween dance", keep=["Indigenous Peoples' Day", "Halloween dance", "DJ table"])

    add(g, "allow_redact", "snowden", P("""
        In the Frederick Douglass Room (the 3rd floor seminar room) on 10/22/2025 at 12:15 the student hit a classmate in
        the face with a glass paperweight from the bookshelf, breaking his nose and cheekbone; he was taken to Tufts.
        The paperweight is in the office. The student's advisor asked that we note the student is Hindu and was
        fasting for Navratri that week and had not eaten, which may explain the outburst.
        """),
        student=S("673350", "Arjun Patel", "2010-02-19", 10), ground="serious_violence",
        when=(2025, 10, 22, 12, 15), where="Snowden International School, 3rd floor seminar room",
        fact="glass paperweight", keep=["Frederick Douglass Room", "breaking his nose and cheekbone"],
        leak=["Hindu", "Navratri"], cats=["religion"])

    add(g, "allow_clean", "eastboston", P("""
        Cafeteria, 2nd lunch, 6/5/2026. The student, wearing an Italy national team jersey, was at the back table with
        friends watching a Portugal highlight video on a phone when an argument started over a bet. He pulled a folding
        knife and pointed it at the other boy's stomach, saying "pay me." A lunch monitor grabbed his wrist and the knife
        fell. No injuries. Knife (Buck brand, 3 in) given to SSS.
        """),
        student=S("484451", "Matteo Russo", "2009-06-28", 11), ground="weapon", weapon="folding knife",
        when=(2026, 6, 5, 11, 45), where="East Boston High School, cafeteria",
        fact="folding knife", keep=["Italy national team jersey", "Portugal highlight video", "pay me"])

    add(g, "allow_redact", "bls", P("""
        After crew team (rowing) practice on 4/28/2026, at the boathouse on the Charles, the coach found the student
        handing out psilocybin mushroom chocolates from a Trader Joe's bag; two rowers had eaten pieces. Both were
        checked by EMS and released. The student said he ordered them online. He was due at a Latin II make-up test at
        5. His parents speak Hebrew at home and asked for the call to be in the evening.
        """),
        student=S("513004", "Noam Friedman", "2009-08-18", 11), ground="drugs", substances=["psilocybin mushrooms"],
        when=(2026, 4, 28, 16, 30), where="Boston Latin School crew team boathouse",
        fact="psilocybin", keep=["crew team (rowing)", "Trader Joe's bag", "Latin II"],
        leak=["Hebrew"], cats=["language"])

    add(g, "allow_clean", "baa", P("""
        At 3:20 pm on 11/19/2025, at the bus stop on Mass Ave across from Symphony station, the student pulled a
        fixed-blade knife on a BAA junior and took his phone, nicking his wrist (cleaned at the nurse's office, no stitches).
        A teacher on her way to the Green Line saw it and called SSS. Knife recovered from a planter on Mass Ave.
        """),
        student=S("643327", "Marcus Doyle", "2009-10-28", 11), ground="weapon", weapon="fixed-blade knife",
        when=(2025, 11, 19, 15, 20), where="Bus stop on Mass Ave near Boston Arts Academy",
        fact="fixed-blade knife", keep=["Mass Ave", "Symphony station", "nicking his wrist"])

    add(g, "allow_redact", "quincy", P("""
        On 2/12/2026, during rehearsal for the Lunar New Year assembly in the auditorium, the student told the stage
        manager he would "bring my uncle's gun to the assembly Friday and shoot the whole front row of teachers." He
        repeated it to the AP. His mother told the AP the family are Falun Gong practitioners and very private.
        """),
        student=S("620047", "Tony Liang", "2010-07-30", 9), ground="credible_threat",
        threat=("On 2/12/2026 the student told the stage manager and then the AP he would bring his uncle's gun to the "
                "Lunar New Year assembly on Friday and shoot the whole front row of teachers."),
        when=(2026, 2, 12, 14, 0), where="Josiah Quincy Upper School, auditorium",
        fact="uncle's gun", keep=["Lunar New Year assembly", "front row of teachers"],
        leak=["Falun Gong"], cats=["religion"])

    add(g, "allow_clean", "quincy", P("""
        After dismissal on 1/9/2026, about 2:50 pm, on the Chinatown Orange Line platform, the student punched a 7th
        grader from our school and kicked him in the face while he was down; the boy's jaw was broken in two places.
        Back at school the nurse gave him an ice pack until his father came and took him to Tufts. Transit police
        have platform video.
        """),
        student=S("621188", "Jimmy Tran", "2011-08-11", 8), ground="serious_violence",
        when=(2026, 1, 9, 14, 50), where="Chinatown Orange Line platform",
        fact="jaw was broken", keep=["Chinatown Orange Line platform", "ice pack", "jaw was broken"])

    add(g, "deny_substance", "snowden", P("""
        Spanish Club bake sale, 3/19/2026: the student sold "special" brownies (THC, per the student) from the club
        table. No other substances. The family is from Venezuela, per the advisor.
        """),
        student=S("670012", "Sofia Marquez", "2009-12-09", 11), ground="drugs", substances=["THC edibles"],
        when=(2026, 3, 19, 11, 30), where="Snowden International School, lobby",
        leak=["Venezuela"], cats=["national_origin"])

    add(g, "deny_replica", "baa", P("""
        Drama club: an airsoft rifle from the props closet (orange tip intact) was carried by the student into the
        hallway during passing time on 4/9/2026 and pointed at students as a "bit." Family is Sikh and asked for a
        meeting with the head of school.
        """),
        student=S("648890", "Harpreet Gill", "2010-01-11", 10), ground="weapon", weapon="airsoft rifle",
        when=(2026, 4, 9, 10, 15), where="Boston Arts Academy, 2nd floor hallway",
        leak=["Sikh"], cats=["religion"])

    add(g, "deny_substance", "excel", P("""
        Four bottles of Smirnoff Ice found in the student's locker 5/15/2026 after a teacher smelled alcohol during
        4th period. No other substance. Student lives in the Old Colony development with her grandmother.
        """),
        student=S("429915", "Caitlin Walsh", "2010-03-16", 10), ground="drugs", substances=["Smirnoff Ice"],
        when=(2026, 5, 15, 11, 0), where="Excel High School, 2nd floor lockers",
        leak=["Old Colony"], cats=["neighborhood"])

    add(g, "deny_recipient", "fenway", P("""
        Student hit a classmate with a metal water bottle (broken orbital, the classmate was given an ice pack and taken to
        Children's). Sending to the fusion center per a request from a detective. Student is Ecuadorian.
        """),
        student=S("607731", "Mateo Guaman", "2009-09-05", 11), ground="serious_violence",
        recipient="commonwealth-fusion-center", when=(2026, 2, 9, 12, 20), where="Fenway High School, 2nd floor",
        leak=["Ecuadorian"], cats=["ethnicity"])


for _block in (referral_form, health_office, social_post, staff_ramble, structured_dump, dodging, precision_trap):
    _block()


def main():
    if PROBLEMS:
        for p in PROBLEMS:
            print("PROBLEM", *p)
        raise SystemExit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
