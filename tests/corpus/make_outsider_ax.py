#!/usr/bin/env python3
"""Blind outsider corpus OAX: eligible students (18 to 21) and their adult lives.

Family
------
Every case is about a student aged 18 to 21: seniors who have turned 18, re-engagement and
adult-diploma students (Boston Adult Technical Academy, Boston Day and Evening Academy, Greater
Egleston, Boston Collaborative ...). These students have adult lives, and the reports written about
them say so: their own apartment or rented room and its lease, a job (the employer's name, sometimes
its street), a car with its plate and parking permit, a partner, their own children in the school's
child care room, their own immigration case or work permit, their own church, their own interpreter
at a hearing, their own records request.  Incidents: a weapon in a car in the student lot, a fight
with a partner on campus, a threat against a manager at work that spills into school, drugs sold
from a car, a custody dispute at child care pickup, alcohol at a senior event.

Labelling notes
---------------
* Decisions follow RULES.md only: the ground code as submitted (never second-guessed), the
  substance classes (marijuana / nicotine / alcohol and unknown vapes are excluded; a request that
  also names a drug outside them is allowed), the recipient (only ``bpd`` and its units), the
  written threat statement for ``credible_threat``, face-surveillance material, and replica / BB /
  airsoft guns (deny, reason ``other``: they need a named approver's determination).
* Police may learn the incident and what identifies the student and the car (make, model, colour,
  plate).  They may not learn the student's home, including the student's own lease or rented room
  (street, neighbourhood, town, zip, housing development), origin, immigration or work-permit status,
  language or interpreter needs, faith community, or a suspected crew.
* In the descriptions below a forbidden span is written ``[[like this]]``; the generator strips
  the brackets.  It also builds a "clean" copy with each span replaced by ``[WITHHELD]`` and checks
  that every must_not_contain canary is absent from the clean copy, from the kept student fields,
  from every key name (redaction paths) and from the response vocabulary, and that every
  must_contain_text item survives in the clean copy, so a correct redactor never has to cut into a
  kept fact.
* Canaries are the shortest strings that reveal the forbidden fact ("Wayland", "asylum",
  "Kriolu", "Temporary Protected").  None is a substring of a category code: the bare words
  "immigration", "status", "origin", "language", "gang", "religion", "residence" are never used.
  In a Visa-card case "visa" is not a canary; in a parking-permit case "permit" is not.
* Precision traps (tag ``precision_trap``) are listed in must_contain_text: employers named after a
  place or a people (Citizens Bank, Texas Roadhouse, Jersey Mike's, China King, the Hong Kong,
  America's Food Basket, Aztec Auto Body, Celtics concessions, Yankee Candle, HP Hood, Residence
  Inn, Church's Chicken, New England Baptist Hospital, Beth Israel Deaconess), cars named after
  places or peoples (Tucson, Durango, Cherokee, Colorado, Murano, Santa Fe, Tacoma, Malibu, Dakota,
  Passport), "status of his application", "parking permit", "learner's permit", "registration
  papers", a "Visa gift card", "landscaping crew" / "pit crew" / "crew cab", "body language",
  "foul language", "Ms. Faith", "As documented", "White Stadium", Roxbury Community College.
  Decided as innocent: a workplace or college named after a place is not the student's residence,
  in the same way "East Boston High School" is not.  A workplace's street is left unlabelled (it is
  neither a canary nor required text).
* Dates are in 2025 and 2026 with the correct Eastern offset; every student is 18 to 21 on the day.
"""
import datetime as _dt
import json
import pathlib
import random
import re
import unicodedata

SEED = 20260417
rng = random.Random(SEED)

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ax.jsonl"

CATS = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
        "language", "gang_affiliation", "face_surveillance"]
RESPONSE_WORDS = CATS + [
    "not_allowlisted", "ground_not_permitted", "excluded_substance", "recipient_not_permitted",
    "missing_threat_statement", "face_surveillance", "invalid_request", "request_id", "decision",
    "allow", "deny", "ground", "reasons", "code", "message", "report", "school_id", "recipient",
    "incident", "student", "notice", "redactions", "path", "category", "start", "end",
    "policy_version", "audit", "index", "leaf_hash", "occurred_at", "location", "description",
    "student_id", "name", "date_of_birth", "grade", "school", "threat_statement", "substances",
    "weapon", "attachments", "withheld", "[withheld]", "redacted"]

SCHOOLS = [
    "Madison Park Technical Vocational High School", "Boston Day and Evening Academy",
    "Boston Adult Technical Academy", "Greater Egleston High School",
    "Boston Collaborative High School", "Excel High School", "East Boston High School",
    "Charlestown High School", "Jeremiah E. Burke High School", "English High School",
    "Brighton High School", "TechBoston Academy", "Snowden International School",
    "Boston International Newcomers Academy", "Community Academy of Science and Health",
    "Dearborn STEM Academy", "Boston Community Leadership Academy", "New Mission High School",
    "John D. O'Bryant School of Mathematics and Science", "Boston Latin Academy",
    "Fenway High School", "Boston Arts Academy",
]
_ids = rng.sample(range(4010, 4990), len(SCHOOLS))
SCHOOL_ID = {s: f"BPS-{i}" for s, i in zip(SCHOOLS, _ids)}

MP, BDEA, BATA, GEHS, BCHS, EXCEL, EBHS, CHS, BURKE, ENG, BRIGHTON, TECH, SNOW, BINCA, CASH, \
    DEAR, BCLA, NMHS, OBR, BLA, FENWAY, BAA = SCHOOLS

CASES = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


SPAN = re.compile(r"\[\[(.+?)\]\]", re.S)


def _strip(text):
    if text is None:
        return None, None, []
    spans = SPAN.findall(text)
    raw = SPAN.sub(lambda m: m.group(1), text)
    clean = SPAN.sub("[WITHHELD]", text)
    return raw, clean, spans


def _offset(d):
    y = d.year
    # second Sunday of March, first Sunday of November
    mar = _dt.date(y, 3, 8) + _dt.timedelta(days=(6 - _dt.date(y, 3, 8).weekday()) % 7)
    nov = _dt.date(y, 11, 1) + _dt.timedelta(days=(6 - _dt.date(y, 11, 1).weekday()) % 7)
    return "-04:00" if mar <= d < nov else "-05:00"


def _keys(obj, acc):
    if isinstance(obj, dict):
        for k, v in obj.items():
            acc.append(k)
            _keys(v, acc)
    elif isinstance(obj, list):
        for v in obj:
            _keys(v, acc)
    return acc


def _values(obj, acc):
    if isinstance(obj, dict):
        for v in obj.values():
            _values(v, acc)
    elif isinstance(obj, list):
        for v in obj:
            _values(v, acc)
    else:
        acc.append(str(obj))
    return acc


def C(*, school, recipient, ground, name, when, location, desc, decision, tags,
      dob=None, age=None, grade=12, threat=None, weapon=None, substances=None, extra=None,
      attachments=None, reason=None, mnc=(), key=None, mct=(), cats=()):
    n = len(CASES) + 1
    cid = f"OAX-{n:04d}"
    day, hm = when.split(" ")
    d = _dt.date.fromisoformat(day)
    occurred = f"{day}T{hm}:00{_offset(d)}"
    raw_desc, clean_desc, spans_d = _strip(desc)
    raw_thr, clean_thr, spans_t = _strip(threat)
    student = {"student_id": f"{rng.randint(100000, 999999)}", "name": name}
    if dob:
        b = _dt.date.fromisoformat(dob)
        yrs = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        assert 18 <= yrs <= 21, (cid, yrs)
        student["date_of_birth"] = dob
    else:
        assert age and 18 <= age <= 21, cid
        student["age"] = age
    student["grade"] = grade
    student["school"] = school
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": SCHOOL_ID[school], "recipient": recipient,
           "ground": ground}
    if substances:
        req["substances"] = list(substances)
    if weapon:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = raw_thr
    req["incident"] = {"occurred_at": occurred, "location": location, "description": raw_desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments

    # ---- self-checks (labels must be fair to a correct redactor) ----
    spans = spans_d + spans_t
    kept_fields = [student["student_id"], name, str(student.get("date_of_birth", "")),
                   str(student.get("age", "")), str(grade), school, req["school_id"], recipient,
                   ground, weapon or "", " ".join(substances or []), location]
    kept_text = fold(" ".join([clean_desc, clean_thr or ""] + kept_fields))
    keys = fold(" ".join(_keys(req, []) + _values(attachments or [], [])))
    vocab = [fold(w) for w in RESPONSE_WORDS]
    extra_vals = fold(" ".join(_values(extra or {}, [])))
    for s in mnc:
        f = fold(s)
        assert len(f) >= 3, (cid, s)
        assert not any(f in w for w in vocab), (cid, "canary inside response vocabulary", s)
        assert f not in kept_text, (cid, "canary survives in kept text", s)
        assert f not in keys, (cid, "canary inside a key or attachment", s)
        assert any(f in fold(sp) for sp in spans) or f in extra_vals, (cid, "canary not forbidden", s)
    for sp in spans:
        assert any(fold(s) in fold(sp) for s in mnc), (cid, "span without canary", sp)
    if decision == "allow":
        assert reason is None and key and mct, cid
        mc = [name, school, key]
        for s in mc[2:]:
            assert fold(s) in kept_text, (cid, "key fact not kept", s)
        for s in mct:
            assert fold(s) in fold(clean_desc), (cid, "must_contain_text not kept", s)
            assert not any(fold(c) in fold(s) for c in mnc), (cid, s)
        assert 1 <= len(mct) <= 3, cid
    else:
        assert reason and not mct and key is None, cid
        mc = []
    if ground == "credible_threat" and decision == "allow":
        assert threat, cid
    if reason == "missing_threat_statement":
        assert threat is None, cid
    assert set(cats) <= set(CATS), cid
    if "precision_trap" in tags:
        assert decision == "allow", cid

    exp = {"decision": decision}
    if reason:
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc), "must_contain": mc, "must_contain_text": list(mct),
                "categories": list(cats), "tags": ["adult_students"] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": exp})


# --------------------------------------------------------------------------------------------
# 0001
C(school=MP, recipient="bpd/district-b2", ground="weapon", weapon="firearm",
  name="Darnell Whitfield", dob="2006-08-14", when="2025-10-07 07:52",
  location="Madison Park Technical Vocational High School, student lot behind Building D",
  desc=("At 7:52 AM SSS Ruiz was walking the student lot behind the Building D shops and saw the "
        "grip of a handgun under the driver's seat of a gray Hyundai Tucson, MA plate 3HTK58. The "
        "student parking permit on the mirror (P-0217) is issued to Darnell Whitfield, a "
        "19-year-old senior in the auto-body program. AP Donnelly pulled Darnell from first period; "
        "he walked out with us and unlocked the car himself. Under the seat was a black Taurus 9mm "
        "pistol with a magazine in it (7 rounds). Darnell said it belongs to a cousin he gave a "
        "ride to over the weekend and that he 'forgot it was in there.' He rents [[a room on "
        "Wayland St in Roxbury]] and drives in from there. No threats, nobody hurt. AP Donnelly "
        "kept the keys and SSS Ruiz stayed with the car."),
  extra={"vehicle": {"make_model": "Hyundai Tucson", "plate": "3HTK58"},
         "parking_permit_no": "P-0217",
         "lease_address": "12 Wayland St, Rm 3, Roxbury MA 02125"},
  decision="allow", mnc=["Wayland", "Roxbury", "02125"], key="9mm",
  mct=["Hyundai Tucson", "parking permit", "3HTK58"], cats=["neighborhood"],
  tags=["allow_weapon", "car", "precision_trap"])

# 0002
C(school=BDEA, recipient="bpd/district-b2", ground="fight", name="Keyshla Marrero",
  dob="2006-02-11", when="2025-11-13 16:40",
  location="Boston Day and Evening Academy, front steps",
  desc=("Keyshla and her boyfriend (not a student here, 22) got into it on the front steps around "
        "4:40 at dismissal. He came to pick her up and they were arguing about money for the rent "
        "at [[their place on Dudley St]]. She pushed him, he grabbed her phone out of her hand, she "
        "slapped him. Mr. Oyelaran and I separated them in under a minute. Nobody hurt, no weapons, "
        "no threats. He left in a blue sedan before we got a plate. Keyshla declined the nurse. "
        "Writing it up because he has been waiting outside at dismissal every day this week."),
  decision="deny", reason="ground_not_permitted", mnc=["Dudley"], cats=["neighborhood"],
  tags=["deny_ground", "partner"])

# 0003
C(school=TECH, recipient="bpd/district-c11", ground="credible_threat", name="Andre Beaulieu",
  dob="2007-05-30", when="2026-01-21 11:15", location="TechBoston Academy, room 312 (advisory)",
  threat=("Andre said his manager at the Citizens Bank branch where he works, Paul Rizzo, 'won't "
          "make it to Friday' and that he is 'going back to the branch with something.' He showed "
          "a classmate a photo of a handgun on his phone and said he can get it by Thursday. "
          "Friday is payday, when Mr. Rizzo closes the branch."),
  desc=("During advisory (11:15) Andre was visibly angry about his job. He works part time as a "
        "teller trainee at Citizens Bank and said his manager cut his hours and wrote him up on "
        "Monday. In front of the advisory group he said \"Paul won't make it to Friday\" and that "
        "he was going back to the branch \"with something.\" Two classmates came to Ms. Kaplan "
        "after class; one said Andre showed her a picture of a handgun on his phone and said he "
        "could get it by Thursday. When Ms. Kaplan and I met with him at 12:30 he said he was "
        "venting, then repeated that Paul \"has it coming.\" He pays the rent on [[his own "
        "apartment on Columbia Rd]] and said losing hours means losing the apartment. He is in "
        "the building until 2:45 today; his advisor has his schedule."),
  decision="allow", mnc=["Columbia Rd"], key="Paul won't make it to Friday",
  mct=["Citizens Bank", "picture of a handgun", "by Thursday"], cats=["neighborhood"],
  tags=["allow_threat", "workplace", "precision_trap"])

# 0004
C(school=CHS, recipient="bpd/district-a15", ground="drugs", substances=["vodka", "hard seltzer"],
  name="Brianna Costello", dob="2007-03-02", when="2026-05-29 18:45",
  location="Long Wharf, boarding gangway for the senior harbor cruise",
  desc=("Senior harbor cruise, boarding at Long Wharf at 6:45 PM. Bag check at the gangway: "
        "Ms. Castellano found four 50 ml nips of Tito's and a can of High Noon in the inside pocket "
        "of Brianna's tote. Brianna is 18. She said her roommate bought them and she 'wasn't going "
        "to drink on the boat, just after.' She was not allowed to board. Her roommate drove in "
        "from [[Medford]] to get her at the wharf. Bottles were poured out in front of two "
        "chaperones."),
  extra={"home_address": "40 Fellsway W Apt 6, Medford MA 02155"},
  decision="deny", reason="excluded_substance", mnc=["Medford", "Fellsway", "02155"],
  cats=["neighborhood"], tags=["deny_substance", "senior_event"])

# 0005
C(school=BCHS, recipient="bpd/district-c11", ground="drugs",
  substances=["counterfeit pills", "marijuana"], name="Jaylen Mercado", dob="2005-07-19",
  when="2026-02-10 12:05", location="Boston Collaborative High School, side parking lot",
  desc=("12:05  Two students tell Mr. Halloran that Jaylen is selling 'blues' out of his car in "
        "the side lot.\n"
        "12:20  Dean Lowe and SSS Pina go out. Jaylen is in the driver's seat of a black Dodge "
        "Durango, MA 1KRW62, with an adult male (not a student) in the passenger seat.\n"
        "12:22  Passenger gets out and walks off toward the bus stop.\n"
        "12:25  Jaylen agrees to open the center console. Inside: a sandwich bag with 23 small "
        "round blue pills stamped 'M 30', a digital scale, about $600 in cash and a small jar of "
        "weed.\n"
        "12:30  Jaylen says the pills are 'percs' and he's 'just holding them.' He has no "
        "prescription.\n"
        "12:40  In the office he says he needs money because [[his asylum case means he can't "
        "work on the books yet]].\n"
        "12:50  Car locked, keys held in the main office."),
  decision="allow", mnc=["asylum"], key="M 30",
  mct=["Dodge Durango", "1KRW62", "digital scale"], cats=["immigration_status"],
  tags=["allow_drugs", "car", "precision_trap"])

# 0006
C(school=BATA, recipient="ice", ground="weapon", weapon="knife", name="Yesenia Caal",
  dob="2005-10-02", when="2026-03-03 08:05",
  location="Boston Adult Technical Academy, main entrance scanners",
  desc=("On 3/3 at the morning scan Yesenia (20) had a folding knife, about a 3-inch blade, in the "
        "front pocket of her backpack. She said she carries it because she walks from the bus at "
        "11 PM after her shift cleaning offices downtown. The knife is kept in the office; she "
        "signed for it. This request is for ERO Boston, who called asking for any reports on her "
        "because [[her work permit application is pending]]."),
  extra={"country_of_birth": "Guatemala", "work_authorization": "pending I-765"},
  decision="deny", reason="recipient_not_permitted", mnc=["work permit", "Guatemala", "I-765"],
  cats=["immigration_status", "national_origin"], tags=["deny_recipient", "workplace"])

# 0007
C(school=BURKE, recipient="bpd/district-c11", ground="serious_violence", name="Tavon Greene",
  dob="2006-04-09", when="2025-12-03 14:10",
  location="Jeremiah E. Burke High School, third-floor stairwell",
  desc=("At about 2:10 PM Ms. Ayala (ELA) heard yelling in the third-floor stairwell. Tavon and "
        "his girlfriend Aaliyah Brooks (18, also a senior) were arguing about their son, who is in "
        "the Little Scholars infant room downstairs, and about who was picking him up. Ms. Ayala "
        "said Tavon's body language was tense, fists clenched, and she started up the stairs to "
        "separate them. Before she got there Tavon shoved Aaliyah down the stairs. She fell about "
        "eight steps to the landing and could not put weight on her right leg. Nurse Callahan "
        "splinted it and EMS transported her to Boston Medical Center at 2:40. Aaliyah's aunt "
        "called at 5 PM: a fracture of the right ankle, and she will need surgery. Tavon left the "
        "building at 2:15 through the side door and did not come back. Their son stayed in the "
        "infant room until the aunt picked him up."),
  extra={"home_address": "118 Harvard St Apt 2, Dorchester MA 02124",
         "emergency_contact": {"name": "Aaliyah Brooks", "relationship": "partner"}},
  decision="allow", mnc=["Harvard St", "Dorchester", "02124"], key="fracture",
  mct=["shoved Aaliyah down the stairs", "body language", "fracture of the right ankle"],
  cats=["neighborhood"], tags=["allow_violence", "partner", "daycare", "precision_trap"])

# 0008
C(school=EXCEL, recipient="bpd/district-c6", ground="weapon", weapon="brass knuckles",
  name="Connor Fahey", dob="2007-09-01", when="2025-11-18 08:10",
  location="Excel High School, student lot row C",
  desc=("SSS LOG 11/18. 0810 anonymous tip to front desk: senior 'Connor' has brass knuckles in "
        "his car. 0825 checked student lot row C. Maroon Jeep Cherokee, MA plate 8ZLM14, "
        "registered to Connor Fahey (18). Brass knuckles in plain view on the passenger seat. 0840 "
        "Connor brought to lot by AP Sheehan, opened the car. RECOVERED: one set of brass "
        "knuckles, gold color. Connor states he bought them online 'for protection' driving home "
        "from late shifts at the Stop & Shop. [[He is on the district list as associated with the "
        "Old Harbor Boys.]] No threats made, no injuries. Item bagged and held in AP office safe."),
  decision="allow", mnc=["Old Harbor"], key="brass knuckles",
  mct=["Jeep Cherokee", "8ZLM14", "passenger seat"], cats=["gang_affiliation"],
  tags=["allow_weapon", "car", "precision_trap"])

# 0009
C(school=ENG, recipient="bpd/district-e13", ground="custody_dispute", name="Dayana Rosario",
  dob="2005-06-23", when="2026-02-24 15:05",
  location="English High School, Cub Corner child care, room 104",
  desc=("3:05 PM pickup at the Cub Corner (room 104, our on-site child care). Dayana's ex, Luis "
        "Ortega (23, not a student), came to the door and said he was taking their daughter Mia "
        "(2) for the weekend. Dayana told him there is no agreement and he can't. They argued in "
        "the hallway for about five minutes; the child care staff kept Mia inside the room with "
        "the door shut. No one touched anyone. No weapons. No threats. Luis left when Mr. Pratt "
        "came down. Dayana said Luis has told her he'll 'make a call' about her because [[her "
        "Temporary Protected Status ran out in January]]. We gave her the number for the family "
        "court self-help center."),
  decision="deny", reason="ground_not_permitted", mnc=["Temporary Protected"],
  cats=["immigration_status"], tags=["deny_ground", "daycare", "partner"])

# 0010
C(school=BATA, recipient="bpd", ground="credible_threat", name="Isaiah Fontaine",
  dob="2006-01-15", when="2026-04-14 12:40",
  location="Boston Adult Technical Academy, second-floor hallway",
  threat=("After learning he was not selected for a job, Isaiah said in front of staff: 'I'm going "
          "to shoot the lady at the hiring office and then whoever in this building wrote my "
          "reference.' He named Ms. Grady, who wrote his reference, and said he can get his "
          "brother's gun from [[their apartment in Hyde Park]]."),
  desc=("Isaiah had been checking the status of his application for the MBTA bus operator "
        "trainee program all week; he told his advisor it was the job he needed to move out. "
        "During 4th period (about 12:40) the portal showed 'not selected.' He punched a locker "
        "hard enough to dent it and said loudly in the hallway, \"I'm going to shoot the lady at "
        "the hiring office and then whoever in this building wrote my reference.\" Ms. Grady "
        "wrote his reference and he knows that. Mr. Brandt walked him to the office, where he "
        "calmed down some but said again that he \"can get his brother's gun,\" which he says is "
        "kept at [[their apartment in Hyde Park]]. He left at 1:30 against our request. Ms. Grady "
        "has been moved out of her classroom for the rest of the day."),
  decision="allow", mnc=["Hyde Park"], key="brother's gun",
  mct=["status of his application", "punched a locker", "wrote my reference"],
  cats=["neighborhood"], tags=["allow_threat", "workplace", "precision_trap"])

# 0011
C(school=BRIGHTON, recipient="bpd/district-d14", ground="drugs",
  substances=["THC vape cartridges"], name="Tyler Nguyen", dob="2007-02-14",
  when="2025-10-29 07:35", location="Brighton High School, back parking lot",
  desc=("From: AP Kerrigan\nSubject: Tyler N. - selling carts in the lot\n\n"
        "Several juniors told us Tyler has been selling THC carts out of the trunk of his Honda "
        "Civic in the back lot before first period. Today (10/29) at 7:35 I watched two kids walk "
        "up to the car and hand him cash. When I came over he had a shoebox with 14 sealed carts "
        "(labels say 'Packwoods' and 'Muha') and about $220. He is 18. He says it's 'just weed.' "
        "No pills, no powders. I spoke with him with his mom on speaker because he asked for her; "
        "she needed [[a Vietnamese interpreter]] so Mr. Tran joined the call."),
  decision="deny", reason="excluded_substance", mnc=["Vietnamese", "interpreter"],
  cats=["language"], tags=["deny_substance", "car"])

# 0012
C(school=NMHS, recipient="bpd/district-e18", ground="weapon", weapon="stun gun",
  name="Shanice Pruitt", dob="2005-11-30", when="2026-03-17 16:55",
  location="New Mission High School, front lobby by the child care room",
  desc=("Shanice is 20 and in our evening credit-recovery cohort; her son Malachi (3) is in the "
        "Bright Futures child care room on the first floor. At 4:55 PM she came straight from her "
        "shift at Quincy Market to pick him up. Her son's father, Rodney Hale (24), was waiting in "
        "the lobby. Staff at the desk say he stepped in front of the stroller and she pulled a "
        "black stun gun from her jacket, triggered it so it sparked, and pushed it toward his "
        "chest. He backed off and left before the SSS got downstairs; no one was shocked and no "
        "one was hurt. Shanice handed the stun gun to SSS Barros. She says Rodney has been "
        "following her home to [[her room at the YWCA on Clarendon St]] and that she bought it "
        "two weeks ago."),
  decision="allow", mnc=["Clarendon", "YWCA"], key="stun gun",
  mct=["Quincy Market", "stun gun", "lobby"], cats=["neighborhood"],
  tags=["allow_weapon", "daycare", "partner", "precision_trap"])

# 0013
C(school=BURKE, recipient="bric", ground="weapon", weapon="firearm", name="Malik Dorsey",
  dob="2006-03-03", when="2025-11-04 08:05",
  location="Jeremiah E. Burke High School, parking lot gate",
  desc=("Forwarding for the BRIC analyst who asked for our write-up of the 11/4 lot incident for "
        "a network chart. Summary: at 8:05 Malik (19) was stopped at the lot gate; SSS saw a "
        "pistol in the open glovebox of his silver Nissan Altima. Loaded .380, 6 rounds. Malik "
        "said it was his girlfriend's. [[Malik is listed by BRIC as a Top Bloc associate]] and "
        "the analyst asked us to include who he was with that morning."),
  decision="deny", reason="recipient_not_permitted", mnc=["Top Bloc"],
  cats=["gang_affiliation"], tags=["deny_recipient", "car"])

# 0014
C(school=EBHS, recipient="bpd/district-a7", ground="drugs", substances=["cocaine"],
  name="Gabriel Teixeira", dob="2007-04-27", when="2025-12-09 12:10",
  location="East Boston High School, main office",
  desc=("Gabriel (18) left his backpack in the cafeteria at B lunch; a custodian brought it to "
        "the office to find the owner. Inside, on top, we found a Ziploc with eleven small "
        "baggies of white powder, a prepaid Visa gift card and $340 in twenties. Gabriel came to "
        "claim it at 12:10. In the office he said the baggies are cocaine, that he 'does "
        "deliveries' from his car after school, and that he buys groceries for his girlfriend and "
        "their baby with the Visa card. He [[recently arrived from Brazil]] and [[lives on "
        "Bennington St]] with the baby's mother, he said. Baggies and card are in the office "
        "safe."),
  decision="allow", mnc=["Brazil", "Bennington"], key="cocaine",
  mct=["Visa gift card", "eleven small baggies"], cats=["national_origin", "neighborhood"],
  tags=["allow_drugs", "car", "precision_trap"])

# 0015
C(school=BDEA, recipient="bpd/district-b2", ground="serious_violence",
  name="Jordan Mayweather", dob="2004-10-20", when="2026-01-27 17:30",
  location="Boston Day and Evening Academy, Tiny Steps child care hallway",
  desc=("Jordan, 21, is in our evening diploma program and his son is in the Tiny Steps room. At "
        "5:30 PM, at pickup, his son's mother's new partner, Devon Carr (24), came into the Tiny "
        "Steps hallway with her. Words were exchanged about who was taking the boy. Devon pushed "
        "Jordan into the cubbies. Jordan took a box cutter from his jacket (he works nights at a "
        "UPS hub) and slashed Devon across the left forearm. Staff got the children into the back "
        "room. Devon was bleeding heavily; Ms. Okoro held a towel on it until EMS came. He got 14 "
        "stitches at the Carney, per his partner. Jordan stayed and gave the box cutter to "
        "Mr. Reyes. He told me afterwards he had been on his way to [[Bible study at Jubilee "
        "Christian Church]] and had only stopped for his son."),
  decision="allow", mnc=["Bible study", "Jubilee"], key="box cutter",
  mct=["left forearm", "14 stitches"], cats=["religion"],
  tags=["allow_violence", "daycare", "partner"])

# 0016
C(school=SNOW, recipient="bpd/district-d4", ground="trespass", name="Kiara Benoit",
  dob="2007-08-08", when="2025-10-15 10:15",
  location="Snowden International School, 2nd floor",
  desc=("Kiara's ex-boyfriend Marlon (20, not a student) walked in behind a group at 10:15 "
        "without signing in and was found on the 2nd floor looking for her. He left when "
        "Mr. Dube asked him to. No threats, nothing in his hands. Kiara asked that we note [[she "
        "and Marlon go to the same Haitian church and she is asking their pastor to speak with "
        "him]]."),
  decision="deny", reason="ground_not_permitted", mnc=["Haitian", "church", "pastor"],
  cats=["ethnicity", "religion"], tags=["deny_ground", "partner"])

# 0017
C(school=BATA, recipient="bpd", ground="weapon", weapon="machete", name="Wilson Amaya",
  dob="2005-12-05", when="2026-04-28 13:10",
  location="Boston Adult Technical Academy, back lot",
  desc=("Wilson, 20, works mornings on a landscaping crew and drives to school in the company's "
        "white Chevy Colorado (plate 9TPV23), which he parks in our back lot. At 1:10 PM a "
        "classmate, Erick, reported that Wilson had pulled a machete off the dashboard and swung "
        "it through the air near him during an argument over a girl, saying 'next time it's "
        "you.' SSS Walsh went out with AP Moran. The machete (about 18 inches) was on the "
        "dashboard. Wilson said it is for cutting brush at work and that he was 'playing.' Erick "
        "was not touched. Wilson asked us not to call anyone because of [[his removal hearing "
        "next month, where he will have a Spanish interpreter]]."),
  extra={"home_language": "Spanish"},
  decision="allow", mnc=["removal hearing", "Spanish", "interpreter"], key="machete",
  mct=["landscaping crew", "Chevy Colorado", "9TPV23"],
  cats=["immigration_status", "language"], tags=["allow_weapon", "car", "workplace",
                                                 "precision_trap"])

# 0018
C(school=BLA, recipient="bpd/district-d4", ground="drugs", substances=["rum"],
  name="Olivia Brennan", dob="2007-05-05", when="2025-05-30 21:40",
  location="Seaport hotel ballroom, Senior Prom",
  desc=("Senior Prom, Seaport hotel ballroom. At 9:40 PM a chaperone saw Olivia and her date "
        "(Ryan, 21, not a BLA student) passing a metal flask under the table. The flask held "
        "spiced rum. Olivia is 18. Both were walked out to the lobby and her date drove her home. "
        "Nobody was sick or hurt. Flask kept by Mr. Abernathy."),
  decision="deny", reason="excluded_substance", mnc=[], cats=[],
  tags=["deny_substance", "senior_event", "partner"])

# 0019
C(school=CASH, recipient="bpd/district-c11", ground="credible_threat", name="Deshawn Lyles",
  dob="2006-09-12", when="2026-02-05 07:15",
  location="Community Academy of Science and Health, main office",
  threat=("Deshawn messaged his ex-girlfriend's new boyfriend, Tyrell Moss (a junior here): 'pull "
          "up to school tomorrow and you getting clapped, I already got it in the car.' He sent a "
          "photo of a handgun on a car seat. Tyrell's first class is at 7:30."),
  desc=("Tyrell Moss (junior, 17) came to the office at 7:15 this morning with his mother and "
        "showed us a Snapchat from Deshawn Lyles (19, senior) sent at 11:48 last night: 'pull up "
        "to school tomorrow and you getting clapped, I already got it in the car,' with a photo "
        "of what looks like a black handgun on a gray cloth car seat. Tyrell is now dating "
        "Deshawn's ex, Amani. Deshawn drives a gray Honda Accord to school and usually parks on "
        "the street by the side entrance. He has not arrived yet (7:40). We have kept Tyrell in "
        "the office. We called Deshawn's grandmother, his emergency contact, who needed [[a "
        "Kriolu interpreter]] on the line; she said he left early in the car."),
  decision="allow", mnc=["Kriolu", "interpreter"], key="handgun",
  mct=["gray Honda Accord", "photo of what looks like a black handgun"], cats=["language"],
  tags=["allow_threat", "partner", "car"])

# 0020
C(school=BCLA, recipient="bpd/district-e18", ground="drugs", substances=["MDMA"],
  name="Caleb Morrissey", dob="2007-11-22", when="2026-03-13 21:00",
  location="Boston Community Leadership Academy, gym and boys' locker room",
  desc=("Senior semi-formal, school gym. At about 9 PM Mr. Pacheco found Caleb in the boys' "
        "locker room handing a small bag to another senior. The bag held 6 pink pills stamped "
        "with a Tesla logo; Caleb had 9 more in his jacket. He said they are molly (MDMA), that "
        "he was 'selling them at cost' to friends, and that he got them from a line cook he works "
        "with at Texas Roadhouse in Dedham. The other senior, Brayden, had not taken any. No one "
        "was sick. Caleb's girlfriend drove him home at 9:40."),
  decision="allow", mnc=[], key="MDMA", mct=["Texas Roadhouse", "6 pink pills", "Tesla logo"],
  cats=[], tags=["allow_drugs", "senior_event", "workplace", "precision_trap"])

# 0021
C(school=BRIGHTON, recipient="hsi", ground="drugs", substances=["fentanyl"],
  name="Rafael Quinones", dob="2005-08-30", when="2025-12-16 09:30",
  location="Brighton High School, faculty lot",
  desc=("HSI Boston asked for this. On 12/16 SSS found a knotted bag with about 30 small blue "
        "pills and a pill press die in the back seat of Rafael's Toyota Camry in the faculty lot, "
        "where he had parked without a permit. Rafael (20) said the bag is a friend's. [[His U "
        "visa application is in process]], he told me, and he asked whether this would affect "
        "it."),
  decision="deny", reason="recipient_not_permitted", mnc=["U visa"],
  cats=["immigration_status"], tags=["deny_recipient", "car"])

# 0022
C(school=GEHS, recipient="bpd/district-b2", ground="weapon", weapon="pepper spray",
  name="Nia Alston", dob="2006-06-06", when="2025-10-21 15:20",
  location="Greater Egleston High School, front lobby outside the infant-toddler room",
  desc=("Pickup at the infant-toddler room, 3:20 PM. Nia (19) was putting her daughter in the "
        "stroller in the front lobby when the baby's father, Keon Lyle (22), came in and grabbed "
        "the stroller handle, saying it was his weekend. Ms. Faith, the lead teacher, told him to "
        "let go. Nia took a pepper spray canister off her keychain and sprayed him in the face "
        "from about two feet. Keon stumbled out the door. The spray drifted: Ms. Faith and two "
        "toddlers had red, watery eyes and were rinsed at the sink; none needed more than that. "
        "Keon was seen driving off in a black Kia Optima. Nia gave the canister to the SSS. Nia "
        "says he knows where she lives because [[her lease at Orchard Gardens]] is in both their "
        "names."),
  decision="allow", mnc=["Orchard Gardens"], key="pepper spray",
  mct=["Ms. Faith", "two toddlers", "black Kia Optima"], cats=["neighborhood"],
  tags=["allow_weapon", "daycare", "partner", "precision_trap"])

# 0023
C(school=CHS, recipient="bpd/district-a15", ground="serious_violence", name="Bryce Holloway",
  dob="2007-07-07", when="2025-11-05 14:22", location="Charlestown High School, student lot",
  desc=("Summary: At 2:22 PM on 11/5, during dismissal, senior Bryce Holloway (18) drove his "
        "silver Nissan Murano across the student lot at Jamal Price (17), striking him with the "
        "front bumper.\nWitnesses: SSS Grant and two teachers on bus duty. The two had argued at "
        "the lot entrance about Bryce's girlfriend a minute earlier.\nInjuries: Jamal was thrown "
        "onto the hood and then the pavement; EMS transported him to MGH with a broken femur "
        "(left).\nVehicle: Bryce stopped at the exit, got out and stayed; SSS Grant took the "
        "keys.\nOther: [[Bryce is documented as a Bunker Hill crew member]] per a teacher who "
        "asked that it be included."),
  decision="allow", mnc=["Bunker Hill", "crew member"], key="broken femur",
  mct=["Nissan Murano", "broken femur"], cats=["gang_affiliation"],
  tags=["allow_violence", "car", "partner", "precision_trap"])

# 0024
C(school=BURKE, recipient="bpd/district-c11", ground="credible_threat", name="Lamar Toussaint",
  dob="2007-01-19", when="2025-09-30 08:40",
  location="Jeremiah E. Burke High School, room 204",
  desc=("Lamar told a teacher's aide this morning he was 'done' with his manager at the Popeyes "
        "on Blue Hill Ave and was 'gonna handle it after school.' He was fired Saturday. The aide "
        "didn't hear any mention of a weapon. [[Lamar's family is from Haiti]] and his mom works "
        "at the same Popeyes."),
  decision="deny", reason="missing_threat_statement", mnc=["Haiti"],
  cats=["national_origin"], tags=["deny_threat_missing", "workplace"])

# 0025
C(school=BRIGHTON, recipient="bpd/district-d14", ground="weapon", weapon="firearm",
  name="Jenna Kowalski", dob="2007-06-18", when="2026-01-13 07:45",
  location="Brighton High School, front circle fire lane",
  desc=("Reported by SSS Tomasz Nowak, 1/13, 7:45 AM.\n"
        "I saw a blue Subaru Impreza pull into the front circle too fast and park in the fire "
        "lane. The driver was Jenna Kowalski (senior). When I asked for her license she showed me "
        "a learner's permit, and there was no licensed adult in the car. Her boyfriend's "
        "registration papers were in the visor. When she reached into the glove box for them I "
        "saw a handgun. I asked her to step out and called AP Russo. It was a loaded Glock 19 "
        "(one in the chamber, 15 in the magazine). Jenna said the car and the gun are her "
        "boyfriend's, Kyle Dwyer (22), and she borrowed the car because hers is in the shop. She "
        "was driving from [[her parents' house in Allston]]. AP Russo took the keys and stood by "
        "the car."),
  decision="allow", mnc=["Allston"], key="Glock 19",
  mct=["learner's permit", "registration papers", "Glock 19"], cats=["neighborhood"],
  tags=["allow_weapon", "car", "partner", "precision_trap"])

# 0026
C(school=ENG, recipient="bpd/district-e13", ground="drugs", substances=["Xanax"],
  name="Trevor Banks", dob="2006-10-10", when="2026-02-26 08:20",
  location="English High School, student parking lot",
  desc=("Trevor (19) works concessions at TD Garden on Celtics game nights. Two students told the "
        "dean he'd been selling 'bars' out of his Camry in the lot on the mornings after game "
        "nights. This morning at 8:20 Dean Farrow and SSS Jones spoke with him at the car. He "
        "handed over a pill bottle with no label holding 40 white rectangular pills marked "
        "'XANAX 2' and said he gets them from someone at work and sells them for $5 each. He does "
        "not have a prescription. [[He has been in ESL classes since he came in 9th grade]] and "
        "asked for his advisor, Ms. Pham, to be present, which we did."),
  decision="allow", mnc=["ESL"], key="XANAX 2",
  mct=["Celtics", "40 white rectangular pills"], cats=["language"],
  tags=["allow_drugs", "car", "workplace", "precision_trap"])

# 0027
C(school=BINCA, recipient="bpd/district-c11", ground="immigration_inquiry",
  name="Oksana Melnyk", dob="2006-12-01", when="2026-01-08 10:00",
  location="Boston International Newcomers Academy, main office",
  desc=("Officer from C-11 called the main office asking whether Oksana is here on [[humanitarian "
        "parole]] and for her file. Context: on 1/7 her car was bumped in our lot by another "
        "student's car backing out; minor dent, nobody hurt, no report made at the time. Oksana "
        "[[arrived from Ukraine in 2023]]. I told the officer I'd submit what I could."),
  decision="deny", reason="ground_not_permitted", mnc=["humanitarian parole", "Ukraine"],
  cats=["immigration_status", "national_origin"], tags=["deny_ground", "car"])

# 0028
C(school=MP, recipient="bpd/district-b2", ground="credible_threat", name="Dominic Ferraro",
  dob="2007-03-25", when="2025-10-16 11:50",
  location="Madison Park Technical Vocational High School, cafeteria",
  threat=("Dominic told two seniors, and then the co-op coordinator, that he will 'come back to "
          "the Hood plant with a rifle' and 'start with Sal,' his former supervisor, and that the "
          "two seniors who still work there 'can get it too.' He said his uncle keeps a rifle and "
          "that he is 'not joking this time.'"),
  desc=("Dominic was let go last Friday from his co-op placement at the HP Hood plant. In the "
        "cafeteria today (11:50) he told two seniors who still work there, Alexis and Ben, that "
        "he was going to \"come back to the Hood plant with a rifle\" and \"start with Sal\" (his "
        "former supervisor), and that they \"can get it too.\" The co-op coordinator, "
        "Mr. Lavoie, spoke with him at 12:30; Dominic said his uncle keeps a rifle and that he's "
        "\"not joking this time.\" He had to give up his apartment after losing the job and now "
        "[[stays with his girlfriend in Chelsea]]. Alexis and Ben are in the building; Mr. Lavoie "
        "has called the plant's HR."),
  decision="allow", mnc=["Chelsea"], key="rifle", mct=["HP Hood", "start with Sal"],
  cats=["neighborhood"], tags=["allow_threat", "workplace", "precision_trap"])

# 0029
C(school=TECH, recipient="mbta-transit-police", ground="serious_violence",
  name="Destiny Harper", dob="2006-05-14", when="2025-12-11 14:35",
  location="Bus shelter in front of TechBoston Academy",
  desc=("At 2:35 PM Destiny and her boyfriend, Andre Cole (21, not a student), were fighting at "
        "the bus shelter in front of the school. He hit her in the face; she cut his hand and arm "
        "with a razor she had in her purse. Andre needed stitches at BMC. Transit Police asked "
        "for our report because it happened at the bus stop. Destiny [[lives near Codman "
        "Square]]."),
  decision="deny", reason="recipient_not_permitted", mnc=["Codman Square"],
  cats=["neighborhood"], tags=["deny_recipient", "partner"])

# 0030
C(school=DEAR, recipient="bpd/district-b2", ground="weapon", weapon="box cutter",
  name="Alexis Romero", dob="2007-08-20", when="2025-09-23 08:02",
  location="Dearborn STEM Academy, entrance scanning area",
  desc=("Morning scan, 8:02. The wand went off on Alexis's hoodie pocket: a yellow box cutter, "
        "blade out about an inch. She said it's from her weekend job stocking at the Home Depot "
        "and she forgot to take it out. She is 18. She did not threaten anyone. A classmate says "
        "she showed it on Friday to a girl she's been arguing with; Alexis denies that. Alexis "
        "also said she's stressed because [[her green card interview]] is next week and asked if "
        "this will go on her record."),
  decision="allow", mnc=["green card"], key="box cutter", mct=["Home Depot", "hoodie pocket"],
  cats=["immigration_status"], tags=["allow_weapon", "workplace", "precision_trap"])

# 0031
C(school=EXCEL, recipient="bpd/district-c6", ground="drugs", substances=["nicotine vapes"],
  name="Brandon Leahy", age=19, when="2026-01-30 07:40",
  location="Excel High School, student lot",
  desc=("Brandon (19) is selling disposable vapes (Geek Bar, Elf Bar) out of the trunk of his car "
        "before school. Took 31 units off him this morning. He [[lives in Southie]] and says he "
        "buys them in NH. No THC, nothing else found."),
  decision="deny", reason="excluded_substance", mnc=["Southie"], cats=["neighborhood"],
  tags=["deny_substance", "car"])

# 0032
C(school=BDEA, recipient="bpd/district-b2", ground="serious_violence", name="Kevin Oduya",
  dob="2005-04-04", when="2025-10-09 18:50",
  location="Boston Day and Evening Academy, stairwell between 2nd and 3rd floors",
  desc=("At 6:50 PM (evening session) a student ran into the main office saying a girl was "
        "'passing out' in the stairwell between the 2nd and 3rd floors. Mr. Kane found Kevin "
        "Oduya (20) with his arm around the neck of his girlfriend, Tiana Ross (19, also "
        "enrolled), from behind. Mr. Kane pulled him off. Tiana was on the floor, unresponsive "
        "for several seconds, then came to. She told the nurse Kevin choked her until she lost "
        "consciousness because he saw messages on her phone. She had red marks around her neck "
        "and small red dots around her eyes. EMS took her to Boston Medical Center. Kevin left "
        "the building and was seen getting into a gray Toyota Corolla on Washington St."),
  extra={"home_language": "Yoruba", "country_of_birth": "Nigeria"},
  decision="allow", mnc=["Yoruba", "Nigeria"], key="choked",
  mct=["lost consciousness", "stairwell between the 2nd and 3rd floors"],
  cats=["language", "national_origin"], tags=["allow_violence", "partner"])

# 0033
C(school=FENWAY, recipient="bpd", ground="drugs", substances=["oxycodone"],
  name="Ashley Doherty", dob="2006-02-02", when="2025-11-20 13:15",
  location="Fenway High School, side street parking",
  desc=("Ashley (19) drives her grandmother's Toyota Sienna to school. On 11/20 a junior was found "
        "in the bathroom with two round blue 'K 56' tablets and said she bought them from Ashley "
        "in the van at lunch for $20 each. At 1:15 AP Morales and SSS Colon met Ashley at the "
        "van; she opened the sliding door. In a makeup bag: a prescription bottle in her "
        "grandmother's name for oxycodone 30 mg with 41 tablets left of 90, and $260. Ashley said "
        "her grandmother 'doesn't need them all.' She is not prescribed oxycodone. The junior was "
        "seen by the nurse and was not impaired. Ashley lives with her grandmother in [[their "
        "apartment in Hyde Park]]."),
  decision="allow", mnc=["Hyde Park"], key="oxycodone",
  mct=["Toyota Sienna", "oxycodone 30 mg", "41 tablets"], cats=["neighborhood"],
  tags=["allow_drugs", "car"])

# 0034
C(school=BATA, recipient="dhs", ground="weapon", weapon="knife", name="Mariam Yusuf",
  dob="2006-07-21", when="2026-03-26 10:20",
  location="Boston Adult Technical Academy, locker bank 3",
  desc=("Request from a DHS agent who says it's about an 'ongoing case.' Incident: 3/26 at 10:20 "
        "a kitchen knife (8-inch) was found in Mariam's locker after a classmate said Mariam "
        "threatened her with it over a boyfriend. No one hurt. Mariam (19) is [[a Somali "
        "refugee]] and [[prays at the mosque on Malcolm X Blvd]]; her caseworker called us."),
  decision="deny", reason="recipient_not_permitted",
  mnc=["Somali", "refugee", "mosque", "Malcolm X"],
  cats=["ethnicity", "immigration_status", "religion"], tags=["deny_recipient", "partner"])

# 0035
C(school=ENG, recipient="bpd/district-e13", ground="weapon", weapon="firearm",
  name="Garrett Sullivan", dob="2005-09-17", when="2026-05-06 07:40",
  location="English High School, staff lot",
  desc=("SSS saw the stock of a long gun under a blanket in the bed of a green Toyota Tacoma crew "
        "cab parked in the staff lot at 7:40 AM (MA plate 6BNK90). The truck belongs to Garrett "
        "Sullivan, 20, a senior in the adult diploma track. With AP Quinlan present, Garrett "
        "lifted the blanket: a pump-action shotgun, unloaded, and a box of 12-gauge shells next "
        "to it in a milk crate. He said he's been sleeping in the truck [[since he was evicted "
        "from his place on Mount Bowdoin Terrace]] and keeps 'everything he owns' in it. He made "
        "no threats. The truck was locked; AP Quinlan holds the keys."),
  decision="allow", mnc=["Mount Bowdoin"], key="pump-action shotgun",
  mct=["Toyota Tacoma", "crew cab", "6BNK90"], cats=["neighborhood"],
  tags=["allow_weapon", "car", "precision_trap"])

# 0036
C(school=NMHS, recipient="bpd/district-e18", ground="harassment", name="Jasmine Whitaker",
  dob="2007-02-27", when="2025-12-02 09:00", location="New Mission High School, counseling office",
  desc=("Jasmine's ex-girlfriend (a senior at another school) has sent her about 200 texts since "
        "Thanksgiving, some calling her names, none threatening violence. Jasmine asked us to "
        "document it. They met through [[the youth group at the mosque in Roxbury]]. Jasmine is "
        "18 and wants a no-contact letter."),
  decision="deny", reason="ground_not_permitted", mnc=["mosque"], cats=["religion"],
  tags=["deny_ground", "partner"])

# 0037
C(school=EBHS, recipient="bpd/district-a7", ground="credible_threat", name="Christopher Mejia",
  dob="2006-08-03", when="2026-05-20 08:30", location="East Boston High School, main office",
  threat=("Christopher told a coworker at the Residence Inn, who is also a senior here, that he "
          "will 'bring the strap to graduation rehearsal' and shoot Mr. Salerno and 'the kids who "
          "snitched.' The coworker saw a handgun in his car last week. Rehearsal is Friday 5/22 at "
          "9 AM in the gym."),
  desc=("Marisol Vega, a senior, came to me at 8:30 this morning. She and Christopher (19) both "
        "work housekeeping at the Residence Inn near the airport. On their shift Sunday night he "
        "told her he's going to \"bring the strap to graduation rehearsal\" and shoot Mr. Salerno, "
        "who took him off the walk list, and \"the kids who snitched.\" She says she saw a black "
        "handgun in the center console of his Honda Pilot last week in the hotel employee lot. "
        "Christopher is not on the walk list because of attendance. Rehearsal is Friday at 9 in "
        "the gym. He [[lives on Saratoga St]] with his girlfriend and their baby; Marisol has "
        "been there."),
  decision="allow", mnc=["Saratoga"], key="handgun",
  mct=["Residence Inn", "graduation rehearsal", "Honda Pilot"], cats=["neighborhood"],
  tags=["allow_threat", "workplace", "senior_event", "precision_trap"])

# 0038
C(school=TECH, recipient="bpd/district-c11", ground="credible_threat", name="Nathaniel Price",
  dob="2007-10-30", when="2026-02-17 16:20", location="Pharmacy near TechBoston Academy",
  threat=("Per the store manager, the young man said 'I'll be back for you and everybody at that "
          "school' and showed a gun in his waistband."),
  desc=("On 2/17 a man showed a gun in his waistband to the manager of the pharmacy near the "
        "school and said he'd 'be back for you and everybody at that school.' The store's loss "
        "prevention ran the camera still through their face recognition system and it returned "
        "a match to Nathaniel (18, senior) from a photo online; they sent us the match sheet "
        "(attached). We have not confirmed it is him."),
  attachments=[{"kind": "face_match", "name": "store_cam_match_0217.pdf"}],
  decision="deny", reason="face_surveillance", mnc=[], cats=["face_surveillance"],
  tags=["deny_face", "workplace"])

# 0039
C(school=GEHS, recipient="bpd/district-b2", ground="drugs", substances=["methamphetamine"],
  name="Cody Pelletier", dob="2004-12-12", when="2025-10-02 09:15",
  location="Greater Egleston High School, back row of the parking lot",
  desc=("- 10/2, 9:15 AM: SSS Dunbar smelled a burning chemical smell near a tan Hyundai Santa Fe "
        "in the back row of the lot.\n"
        "- Cody Pelletier (21, re-engagement cohort) in the driver's seat with a glass pipe and a "
        "lighter.\n"
        "- Cody opened the glove box when asked: four small zip bags of clear crystal shards "
        "(Cody called it 'tina'), about 3.5 g each, plus a small scale.\n"
        "- Cody said he sells 'a little' to people from his old job to pay for the car.\n"
        "- Cody was alert, not in distress; declined the nurse.\n"
        "- [[Cody comes up on the district's crew list under Lenox Street]]; noting because staff "
        "asked.\n"
        "- Car locked, keys with Mr. Shea."),
  decision="allow", mnc=["Lenox"], key="crystal",
  mct=["Hyundai Santa Fe", "glass pipe", "clear crystal shards"], cats=["gang_affiliation"],
  tags=["allow_drugs", "car", "precision_trap"])

# 0040
C(school=CASH, recipient="bpd/district-c11", ground="serious_violence", name="Maya Thompson",
  dob="2006-03-17", when="2025-10-23 15:10",
  location="Community Academy of Science and Health, front vestibule",
  desc=("At 3:10 PM pickup, Maya (19) and her ex, Jerome Baptiste (21, not a student), argued in "
        "the front vestibule over their son's car seat. Jerome grabbed Maya by the hair. Maya "
        "pulled the steel handlebar off the folding stroller and hit Jerome in the face with it "
        "three times. He was bleeding from around the left eye. EMS took him to Beth Israel "
        "Deaconess, where he was diagnosed with an orbital fracture. Their son (18 months) was "
        "with child care staff the whole time and was not hurt. [[Maya's pastor at Greater Love "
        "Tabernacle]] came to the school at 4 and sat with her until she was done giving her "
        "statement."),
  decision="allow", mnc=["pastor", "Tabernacle"], key="orbital fracture",
  mct=["Beth Israel Deaconess", "orbital fracture", "steel handlebar"], cats=["religion"],
  tags=["allow_violence", "daycare", "partner", "precision_trap"])

# 0041
C(school=BCLA, recipient="bpd/district-e18", ground="drugs", substances=["beer"],
  name="Xavier Dunn", dob="2007-12-24", when="2026-05-14 20:15",
  location="Florian Hall parking lot, senior banquet",
  desc=("Senior banquet at Florian Hall. A chaperone noticed seniors going in and out to Xavier's "
        "car. At 8:15 Mr. Gillis found an open 12-pack of Sam Adams in the back seat, 7 cans "
        "left, and three seniors drinking behind the car. Xavier is 18 and said his older brother "
        "bought it. No one needed medical help. Guardians of the under-18 students were called."),
  decision="deny", reason="excluded_substance", mnc=[], cats=[],
  tags=["deny_substance", "senior_event", "car"])

# 0042
C(school=BDEA, recipient="bpd/district-b2", ground="weapon", weapon="firearm",
  name="Elijah Grant", dob="2005-05-25", when="2026-02-12 12:40",
  location="Boston Day and Evening Academy, staff and student lot",
  desc=("Hi Ms. Hogan - writing down what happened with Elijah in the lot at lunch so it's in one "
        "place. Around 12:40 I was walking to my car and saw Elijah sitting in the passenger seat "
        "of a black Kia Forte with the door open, showing a pistol to two younger guys. It was "
        "tan and black and looked homemade; Mr. Ruiz later said it's a Polymer 80 with no serial "
        "number. When I said his name he put it under the seat. SSS came and Elijah let them take "
        "it out; it was loaded (10 rounds). The Forte is his girlfriend's, plate 4XPL27. Elijah "
        "said it was for protection walking home to [[the Mildred C. Hailey apartments]] late. "
        "That's everything I saw. - Ms. Reardon"),
  decision="allow", mnc=["Mildred C. Hailey"], key="pistol",
  mct=["Polymer 80", "no serial number", "4XPL27"], cats=["neighborhood"],
  tags=["allow_weapon", "car", "partner"])

# 0043
C(school=BRIGHTON, recipient="bpd/district-d14", ground="credible_threat", name="Sean Delgado",
  dob="2007-09-09", when="2025-10-28 08:00", location="Brighton High School, main office",
  threat=("Sean texted his former manager at Jersey Mike's: 'You fired me in front of everybody. I "
          "know your daughter goes to Brighton. Watch what happens to her Thursday.' The daughter, "
          "Lily, is a sophomore here. Sean told a classmate he has 'something in the car for "
          "Thursday.'"),
  desc=("Mr. Ahern, who manages the Jersey Mike's on Market St where Sean (18) worked until "
        "Sunday, came to the school this morning with his daughter Lily (10th grade) and showed "
        "us texts Sean sent him last night. Sean wrote that Mr. Ahern fired him 'in front of "
        "everybody' and 'I know your daughter goes to Brighton. Watch what happens to her "
        "Thursday.' A classmate of Sean's told the dean Sean said he has 'something in the car "
        "for Thursday.' Sean drives a white Nissan Sentra (plate 2MJD81). Sean told the dean he "
        "was 'just mad' and that [[his family's Pentecostal church]] would 'set him straight.' "
        "Lily is staying in the office."),
  decision="allow", mnc=["Pentecostal", "church"], key="Watch what happens to her Thursday",
  mct=["Jersey Mike's", "2MJD81", "something in the car"], cats=["religion"],
  tags=["allow_threat", "workplace", "car", "precision_trap"])

# 0044
C(school=SNOW, recipient="commonwealth-fusion-center", ground="drugs", substances=["cocaine"],
  name="Omar Haddad", dob="2006-01-29", when="2025-11-06 11:00",
  location="Garage where Snowden students rent parking spaces",
  desc=("CFC analyst asked for our file on the 11/6 incident. Omar (19) was found with 8 grams "
        "of cocaine in a sunglasses case in his car's door pocket, in the garage where we rent "
        "student spaces. [[Omar is Lebanese]] and [[speaks Arabic at home]], per his emergency "
        "card."),
  decision="deny", reason="recipient_not_permitted", mnc=["Lebanese", "Arabic"],
  cats=["ethnicity", "language"], tags=["deny_recipient", "car"])

# 0045
C(school=BCHS, recipient="bpd/district-c11", ground="drugs", substances=["psilocybin"],
  name="Rosa Medina", dob="2006-05-03", when="2026-04-09 11:30",
  location="Boston Collaborative High School, nurse's office and side lot",
  desc=("Rosa (19) works the deli counter at America's Food Basket. Today at 11:30 a junior got "
        "sick in the bathroom and told the nurse she had eaten a square of a chocolate bar Rosa "
        "sold her for $15 in Rosa's car. The nurse called EMS; the junior was taken to the Carney "
        "with vomiting and a racing heart and was released by evening. AP Chen and SSS Lopes met "
        "Rosa at her car, a red Mazda 3. In a lunch bag: three mushroom chocolate bars, two "
        "partly broken, and a note with prices. Rosa said they are psilocybin ('shroom') bars she "
        "buys from a guy at work. She was worried about losing her job and about [[her EAD card "
        "expiring]]."),
  decision="allow", mnc=["EAD card"], key="psilocybin",
  mct=["America's Food Basket", "mushroom chocolate bars", "red Mazda 3"],
  cats=["immigration_status"], tags=["allow_drugs", "car", "workplace", "precision_trap"])

# 0046
C(school=MP, recipient="bpd/district-b2", ground="vandalism", name="Tatiana Rivera",
  dob="2005-10-14", when="2026-03-05 10:50",
  location="Madison Park Technical Vocational High School, student lot",
  desc=("Tatiana (20) keyed her ex-boyfriend's car in the student lot at 10:50 and slashed two "
        "tires. He is also a senior here. The lot camera shows her doing it. No one was hurt and "
        "there was no confrontation. [[She moved here from Puerto Rico after Hurricane Fiona.]]"),
  decision="deny", reason="ground_not_permitted", mnc=["Puerto Rico", "Fiona"],
  cats=["national_origin"], tags=["deny_ground", "partner", "car"])

# 0047
C(school=EXCEL, recipient="bpd/district-c6", ground="weapon", weapon="knife",
  name="Crystal Vance", dob="2007-04-01", when="2025-12-17 15:00",
  location="Excel High School, Teen Parent Program nursery sign-out desk",
  desc=("3:00 pickup at the Teen Parent Program nursery. Crystal (18) arrived to get her son and "
        "found her son's paternal grandmother, Mrs. Lorraine Hicks, already at the sign-out desk "
        "with a letter she said gave her permission. Staff would not release the baby without "
        "Crystal. Crystal and Mrs. Hicks argued; Crystal took a kitchen knife with a 6-inch blade "
        "out of her diaper bag and held it at her side, saying 'you're not taking him.' Ms. Dwyer "
        "stood between them and talked Crystal into putting the knife on the desk. No one was "
        "cut. The baby stayed in the nursery. Mrs. Hicks left and says she will file for custody. "
        "Crystal told Ms. Dwyer she keeps the knife because [[of who's around her building on "
        "Bowdoin St]]."),
  attachments=[{"kind": "photo", "name": "knife_on_signout_desk.jpg"}],
  decision="allow", mnc=["Bowdoin"], key="kitchen knife",
  mct=["kitchen knife with a 6-inch blade", "sign-out desk"], cats=["neighborhood"],
  tags=["allow_weapon", "daycare"])

# 0048
C(school=EBHS, recipient="massachusetts-state-police", ground="weapon", weapon="firearm",
  name="Kelvin Arevalo", dob="2006-04-25", when="2026-04-30 08:10",
  location="East Boston High School, student lot",
  desc=("State Police Troop F (Logan) asked for this because Kelvin works ramp at the airport and "
        "was stopped there last week. Our incident: 4/30 at 8:10 AM a .22 revolver was found in "
        "the trunk of Kelvin's Honda Accord in the student lot during a search after a tip. "
        "Unloaded, no ammunition. Kelvin (20) said it was his late grandfather's. [[Kelvin's "
        "family is Salvadoran]] and [[he has Temporary Protected Status]]."),
  decision="deny", reason="recipient_not_permitted", mnc=["Salvadoran", "Temporary Protected"],
  cats=["ethnicity", "immigration_status"], tags=["deny_recipient", "car", "workplace"])

# 0049
C(school=MP, recipient="bpd/district-b2", ground="drugs", substances=["fentanyl", "marijuana"],
  name="Mateo Ibarra", dob="2006-07-01", when="2026-01-15 09:30",
  location="Madison Park Technical Vocational High School, shop lot",
  desc=("Mateo is in his co-op placement at Aztec Auto Body three days a week and drives in on "
        "the other two. Today at 9:30 an auto-tech instructor, Mr. Kowal, saw him in his car (a "
        "white Kia Sorento) in the shop lot with a junior, passing something. SSS approached. In "
        "the cup holder: a folded lottery ticket with tan powder that later tested positive for "
        "fentanyl on a test strip, two more folds in his wallet, a small bag of weed, and $180. "
        "The junior said Mateo was selling 'fetty' for $20 a fold. Mateo said nothing. [[One of "
        "his shop teachers says he runs with the Hardwick crew.]]"),
  decision="allow", mnc=["Hardwick"], key="fentanyl",
  mct=["Aztec Auto Body", "tan powder", "test strip"], cats=["gang_affiliation"],
  tags=["allow_drugs", "car", "workplace", "precision_trap"])

# 0050
C(school=BCHS, recipient="bpd/district-c11", ground="credible_threat", name="Jamal Okonkwo",
  dob="2005-11-02", when="2026-03-12 12:15",
  location="Boston Collaborative High School, cafeteria",
  desc=("Jamal got into an argument with his girlfriend's brother over the phone during lunch and "
        "said 'I'll see him at the daycare at 3.' His girlfriend's son is in our child care room. "
        "Staff are worried. Staff also say [[Jamal runs with the Norfolk Street boys]]."),
  decision="deny", reason="missing_threat_statement", mnc=["Norfolk Street"],
  cats=["gang_affiliation"], tags=["deny_threat_missing", "daycare", "partner"])

# 0051
C(school=FENWAY, recipient="bpd/district-b2", ground="weapon", weapon="knife",
  name="Marcus Belton", dob="2006-11-08", when="2026-01-22 11:05",
  location="Fenway High School, student parking",
  desc=("Marcus (19) works weekends as a patient transporter at New England Baptist Hospital and "
        "drives to school on weekdays. On 1/22 at 11:05 a student told Ms. Ibanez that Marcus had "
        "shown him 'a claw knife' in his car and said he was 'waiting on' a kid from another "
        "school. SSS Moore checked: in the driver's door pocket of Marcus's black Chevy Malibu "
        "(plate 7GHR36) was a karambit knife, curved 3-inch blade, with a finger ring. Marcus said "
        "he carries it for the walk from the hospital garage at night. He did not say who he was "
        "waiting for. [[Marcus came from Cabo Verde at 12.]]"),
  decision="allow", mnc=["Cabo Verde"], key="karambit",
  mct=["New England Baptist Hospital", "karambit", "Chevy Malibu"], cats=["national_origin"],
  tags=["allow_weapon", "car", "workplace", "precision_trap"])

# 0052
C(school=OBR, recipient="bpd/district-b2", ground="drugs", substances=["Adderall"],
  name="Priya Raman", dob="2007-03-12", when="2026-05-07 07:50",
  location="John D. O'Bryant School, parking lot",
  desc=("Priya (18, senior) has a seasonal job at H&R Block and drives her mother's car to school. "
        "During AP exam week several seniors told the guidance office they'd been buying 'study "
        "pills' from her for $10 each. On 5/7 at 7:50 the dean and SSS spoke with her in the "
        "parking lot; she handed over an Advil bottle containing 22 orange pills marked 'b 973' "
        "and said they were Adderall from 'a friend's prescription.' She has no prescription. One "
        "buyer, a junior, told the nurse she took two and had chest pains; she was checked and "
        "sent back to class. Priya cried and asked us not to call her job."),
  decision="allow", mnc=[], key="Adderall", mct=["H&R Block", "22 orange pills", "b 973"],
  cats=[], tags=["allow_drugs", "car", "workplace", "precision_trap"])

# 0053
C(school=BAA, recipient="bpd/district-d4", ground="domestic_dispute", name="Alana Pierce",
  dob="2007-01-26", when="2026-02-03 13:30",
  location="Boston Arts Academy, dance studio hallway",
  desc=("Alana (18) and her girlfriend Jess, also a senior, had a loud fight in the dance studio "
        "hallway at 1:30. Jess threw Alana's phone against the wall and shoved her; Alana has a "
        "small scratch on her wrist, which the nurse cleaned. Neither wants to press anything. "
        "Alana says things have been tense since Jess moved into [[her studio on Peterborough "
        "St]] in October. We're setting up a safety plan through counseling."),
  decision="deny", reason="ground_not_permitted", mnc=["Peterborough"], cats=["neighborhood"],
  tags=["deny_ground", "partner"])

# 0054
C(school=BATA, recipient="bpd", ground="serious_violence", name="Derrick Mensah",
  dob="2005-06-30", when="2025-11-25 10:05",
  location="Boston Adult Technical Academy, second-floor student lounge",
  desc=("Derrick (20) and his girlfriend, Akosua (19), argued in the second-floor lounge at 10:05 "
        "about her going to a party with coworkers from the Amazon warehouse where they both "
        "work. He punched her once in the face; she fell against the vending machine. Teachers "
        "and the SSS separated them. Her jaw was visibly out of line and she could not close her "
        "mouth; EMS took her to BMC, where she had surgery that night to wire a broken jaw. "
        "Derrick walked out and drove off in a silver Toyota Corolla, MA plate 5WLT03. He came "
        "back to school the next morning and was held in the office."),
  extra={"work_authorization": "EAD category C08, valid to 08/2026",
         "employer": {"name": "Amazon", "site": "BOS7"}},
  decision="allow", mnc=["EAD category"], key="broken jaw", mct=["broken jaw", "5WLT03"],
  cats=["immigration_status"], tags=["allow_violence", "partner", "car"])

# 0055
C(school=BURKE, recipient="bpd/district-b3", ground="credible_threat", name="Raymond Pugh",
  dob="2007-02-09", when="2026-03-09 10:30",
  location="Jeremiah E. Burke High School, room 218",
  threat=("Raymond said in class and repeated to the dean that he is going to 'light up' the "
          "Church's Chicken where he was fired, and his manager, Tasha, 'when she closes "
          "Saturday,' and that he already paid a coworker $300 for a gun."),
  desc=("Raymond (19) was fired from Church's Chicken on Saturday for coming up short on his "
        "drawer. Monday in 3rd period (about 10:30) he told the class he's going to 'light up' the "
        "store and his manager Tasha 'when she closes Saturday.' The teacher, Ms. Gould, sent him "
        "to the dean. With the dean he repeated it and said he 'already paid a coworker $300' for "
        "a gun. He was calm and specific about the closing time (11 PM). Raymond takes the bus; "
        "he doesn't have a car. He was suspended pending a hearing and left at 11:45 with his "
        "aunt. [[He lives with her on Woodrow Ave.]]"),
  decision="allow", mnc=["Woodrow"], key="$300",
  mct=["Church's Chicken", "when she closes Saturday"], cats=["neighborhood"],
  tags=["allow_threat", "workplace", "precision_trap"])

# 0056
C(school=CHS, recipient="allied-universal-security", ground="weapon", weapon="knife",
  name="Tiffany Dao", dob="2007-01-03", when="2026-02-09 07:55",
  location="Charlestown High School, main entrance",
  desc=("Allied Universal, the security contractor at the mall where Tiffany works, asked for our "
        "report. On 2/9 Tiffany (19) was found with a switchblade in her purse at the school "
        "entrance. She said she carries it for the late walk from work to the bus. She asked that "
        "we contact her sister instead of her mother, who [[only speaks Cantonese]]."),
  decision="deny", reason="recipient_not_permitted", mnc=["Cantonese"], cats=["language"],
  tags=["deny_recipient", "workplace"])

# 0057
C(school=BCLA, recipient="bpd/district-e18", ground="weapon", weapon="expandable baton",
  name="Ethan Morales", dob="2006-05-19", when="2025-11-10 14:45",
  location="Boston Community Leadership Academy, student lot",
  desc=("Around 2:45 an argument between Ethan (19) and another senior, Dylan Cruz, moved into "
        "the student lot. Dylan says Ethan popped his trunk and pulled out a black expandable "
        "baton, snapped it open and told him \"come here then.\" Staff arrived and Ethan threw it "
        "back in the trunk. SSS recovered it: a 21-inch steel baton. Ethan said he keeps it in "
        "his car because he drives late deliveries for a Yankee Candle distributor and \"things "
        "happen.\" Nobody was hit. Dylan is dating a girl who used to go out with Ethan; that's "
        "what the argument was about."),
  decision="allow", mnc=[], key="baton",
  mct=["Yankee Candle", "21-inch steel baton", "come here then"], cats=[],
  tags=["allow_weapon", "car", "workplace", "precision_trap"])

# 0058
C(school=BLA, recipient="bpd/district-b2", ground="drugs", substances=["THC edibles"],
  name="Madison Curran", dob="2007-06-02", when="2026-04-02 07:30",
  location="Boston Latin Academy, student parking",
  desc=("Madison (18) has been selling gummy edibles, labelled 10 mg THC each, from her car before "
        "school. This morning she had two bags, about 60 gummies, and $95. Nothing else was "
        "found. She [[rents a room in Jamaica Plain on Boylston St]] and said she needs the money "
        "for rent."),
  decision="deny", reason="excluded_substance", mnc=["Jamaica Plain", "Boylston"],
  cats=["neighborhood"], tags=["deny_substance", "car"])

# 0059
C(school=GEHS, recipient="bpd/district-b2", ground="drugs", substances=["crack cocaine"],
  name="Terrence Holder", dob="2004-11-15", when="2026-04-02 13:55",
  location="Greater Egleston High School, rear student parking",
  desc=("Date/time: 4/2/2026, 1:55 PM. Location: rear student parking.\n"
        "Narrative: While on lot patrol I observed student Terrence Holder standing at the open "
        "driver door of a black Dodge Charger (MA plate 2PDQ47) and exchanging something "
        "hand-to-hand with a man who is not a student. The man walked off toward Columbus Ave "
        "when he saw me. I asked Terrence what was exchanged; he said 'nothing.' He then agreed to "
        "empty his pockets: 14 small knotted bags of off-white rocks (crack cocaine, per his own "
        "statement) and $410. No weapons. Terrence was cooperative and was escorted to the office "
        "by me and Mr. Ferreira. He told Mr. Ferreira he was selling to cover child care co-pays "
        "for his daughter, who attends the center downstairs.\n"
        "Reporting: SSS D. Mahoney"),
  extra={"religion": "Nation of Islam", "home_address": "27 Bragdon St #2, Roxbury MA 02119"},
  decision="allow", mnc=["Islam", "Bragdon", "Roxbury", "02119"], key="crack cocaine",
  mct=["2PDQ47", "off-white rocks", "hand-to-hand"], cats=["religion", "neighborhood"],
  tags=["allow_drugs", "car", "daycare"])

# 0060
C(school=MP, recipient="bpd/district-b2", ground="credible_threat", name="Kayla Simmons",
  dob="2006-08-29", when="2025-12-04 09:50",
  location="Madison Park Technical Vocational High School, cosmetology wing",
  threat=("Kayla told junior Jada Mills, whom she accuses of messaging her boyfriend, that she "
          "will 'cut her face open after school' today, and showed her a razor blade taped inside "
          "her phone case."),
  desc=("At 9:50 in the cosmetology wing Kayla (19) confronted junior Jada Mills, accusing her of "
        "messaging Kayla's boyfriend, who works with Jada at the Shaw's. Ms. Rocha heard a lot of "
        "foul language from both of them, then heard Kayla say she will 'cut her face open after "
        "school.' Jada says Kayla showed her a razor blade taped inside her phone case. The dean "
        "looked in the case with Kayla's consent and found a single-edge razor blade. Kayla is in "
        "the office. Jada's mother is picking her up at 11. Kayla told Ms. Rocha she 'doesn't "
        "care' because [[she's moving back to Honduras anyway]]."),
  decision="allow", mnc=["Honduras"], key="razor blade",
  mct=["foul language", "razor blade taped inside her phone case"], cats=["national_origin"],
  tags=["allow_threat", "partner", "precision_trap"])

# 0061
C(school=BINCA, recipient="bpd", ground="theft", name="Victor Amado", dob="2005-09-08",
  when="2025-10-08 13:20", location="Boston International Newcomers Academy, gym",
  desc=("Victor (20) admitted taking a classmate's AirPods from the gym bleachers on 10/8. He "
        "returned them the same day. The classmate's family wants a police report. [[Victor came "
        "from Venezuela last year through the parole program]] and is worried about what a report "
        "would mean."),
  decision="deny", reason="ground_not_permitted", mnc=["Venezuela", "parole program"],
  cats=["national_origin", "immigration_status"], tags=["deny_ground"])

# 0062
C(school=SNOW, recipient="bpd/district-d4", ground="weapon", weapon="firearm",
  name="Devonte King", dob="2007-05-16", when="2026-03-04 08:30",
  location="Metered parking across from Snowden International School",
  desc=("Tip from a parent at 8:30 that Devonte (18) had 'a gun in the Honda.' SSS and the AP "
        "found his gray Honda Fit at a meter across from school and Devonte unlocked it. A .38 "
        "revolver, 5 rounds, was in the glovebox wrapped in a T-shirt. He said it's his "
        "girlfriend's father's. [[He sleeps at his girlfriend's family's place in Mattapan]] most "
        "nights."),
  decision="allow", mnc=["Mattapan"], key=".38", mct=["gray Honda Fit", "glovebox"],
  cats=["neighborhood"], tags=["allow_weapon", "car", "partner"])

# 0063
C(school=CHS, recipient="bpd/district-a15", ground="weapon", weapon="airsoft pistol",
  name="Patrick Rooney", dob="2007-04-18", when="2025-10-20 09:10",
  location="Charlestown High School, student lot",
  desc=("During a lot check after a tip, an airsoft pistol (a Glock replica, CO2, orange tip) was "
        "found in the center console of Patrick's Ford Focus. He's 18. He said he and his friends "
        "play in the Middlesex Fells on weekends. No threats were made and no one saw it out of "
        "the car."),
  decision="deny", reason="other", mnc=[], cats=[], tags=["deny_replica", "car"])

# 0064
C(school=BDEA, recipient="bpd/district-b2", ground="drugs", substances=["heroin"],
  name="Julio Fontanez", dob="2005-02-27", when="2026-03-19 12:15",
  location="Boston Day and Evening Academy, dean's office",
  desc=("Statement taken by Dean Winslow, 3/19, 12:15 PM, with SSS Carter present.\n"
        "Q: Whose car is the green Chevy Impala in spot 14?\nA: Mine.\n"
        "Q: What's in the bag under the seat?\nA: Dope. Like 20 bags. It's not mine, I'm holding "
        "it.\n"
        "Q: Is it heroin?\nA: That's what they told me. Heroin.\n"
        "Q: And the Visa debit card in the bag, with a different name on it?\nA: Somebody paid "
        "with it.\n"
        "Q: Did you sell anything on school property?\nA: No comment.\n"
        "Note: SSS Carter counted 22 glassine bags stamped 'Black Label'. Staff say [[Julio is a "
        "Latin King]]."),
  decision="allow", mnc=["Latin King"], key="heroin",
  mct=["green Chevy Impala", "22 glassine bags", "Visa debit card"],
  cats=["gang_affiliation"], tags=["allow_drugs", "car", "precision_trap"])

# 0065
C(school=EXCEL, recipient="bpd/district-c6", ground="drugs", substances=["vape"],
  name="Aidan Kearney", dob="2006-03-28", when="2026-06-05 13:00",
  location="Excel High School, senior cookout, student lot",
  desc=("At the senior cookout on 6/5, Aidan (20) was handing out vape pens from his car. We took "
        "6 unmarked cartridges; we don't know what's in them (could be nicotine or THC, no "
        "labels). Nobody got sick. He [[lives over in Old Colony]]."),
  decision="deny", reason="excluded_substance", mnc=["Old Colony"], cats=["neighborhood"],
  tags=["deny_substance", "senior_event", "car"])

# 0066
C(school=TECH, recipient="bpd/district-c11", ground="serious_violence", name="Gerald Watts",
  dob="2006-09-30", when="2026-04-07 16:05",
  location="TechBoston Academy, Little Learners center, hallway outside room 120",
  desc=("Incident at the Little Learners center (room 120), Tuesday 4:05 PM. Gerald Watts (19, "
        "senior) came to pick up his son, Gerald Jr. (14 months). The child's mother, Kiana, had "
        "sent her brother, Marcus Bell (25), to pick up instead, saying Gerald was not allowed. "
        "Gerald and Mr. Bell argued in the hallway outside the classroom. Gerald hit Mr. Bell "
        "with a closed fist; Mr. Bell fell backwards and struck his head on the tile floor. He "
        "was unconscious for about a minute and vomited after he came to. EMS took him to BMC; "
        "Kiana called us at 8 PM to say he has a skull fracture and a brain bleed and is in the "
        "ICU. Gerald Jr. was inside the classroom with me the whole time. Gerald made a phone "
        "call in [[Haitian Creole]] as he left, before EMS arrived.\n- L. Moreau, Center "
        "Director"),
  decision="allow", mnc=["Haitian", "Creole"], key="skull fracture",
  mct=["skull fracture", "tile floor"], cats=["language"],
  tags=["allow_violence", "daycare", "partner"])

# 0067
C(school=BRIGHTON, recipient="bpd/district-d14", ground="weapon", weapon="firearm",
  name="Shawn Ortiz", dob="2007-07-22", when="2026-01-20 15:30",
  location="Star Market parking lot near Brighton High School",
  desc=("A BPD detective asked for Shawn's yearbook and ID photos to run through a face matching "
        "tool against video from the Star Market lot, where a young man showed a gun to another "
        "driver on 1/20. Shawn (18) works at that Star Market. We are attaching the ID photo as "
        "asked. [[Shawn lives off Faneuil St]], two blocks from the store."),
  attachments=[{"kind": "photo", "name": "student_id_photo.jpg"}],
  decision="deny", reason="face_surveillance", mnc=["Faneuil"],
  cats=["face_surveillance", "neighborhood"], tags=["deny_face", "workplace"])

# 0068
C(school=ENG, recipient="bpd/district-e13", ground="credible_threat", name="Naomi Fields",
  dob="2007-10-04", when="2026-03-02 08:15", location="English High School, counseling office",
  threat=("Naomi posted on Instagram a photo of a kitchen knife captioned 'Monday at RCC, room "
          "214, I'll be waiting,' tagging Kiara Lewis, her ex-boyfriend's new girlfriend, who is "
          "in the same dual-enrollment class. Naomi told the counselor 'I mean it.'"),
  desc=("Naomi (18) takes a dual-enrollment English class at Roxbury Community College on Monday "
        "afternoons; the school buses the cohort over at 12:30. Sunday night she posted a photo "
        "of a kitchen knife on Instagram with the caption 'Monday at RCC, room 214, I'll be "
        "waiting' and tagged Kiara Lewis, a 19-year-old in the same class who is dating Naomi's "
        "ex. Kiara's aunt sent us the screenshot at 7 AM. When the counselor asked Naomi about it "
        "at 8:15 she said 'I mean it, she knows what she did,' and refused to let the counselor "
        "look in her bag. [[She lives with her grandmother on Seaver St.]]"),
  decision="allow", mnc=["Seaver"], key="kitchen knife",
  mct=["Roxbury Community College", "room 214", "I'll be waiting"], cats=["neighborhood"],
  tags=["allow_threat", "partner", "precision_trap"])

# 0069
C(school=BURKE, recipient="bpd/district-c11", ground="gang_activity", name="Jaquan Miles",
  dob="2006-10-17", when="2025-12-12 14:20",
  location="Jeremiah E. Burke High School, student lot at dismissal",
  desc=("Jaquan (19) and four young men who are not students were gathered around his car at "
        "dismissal, throwing hand signs at the buses going by. [[Staff believe they are part of "
        "the Homes Ave crew.]] No weapons were seen and there was no fight. They left when "
        "asked."),
  decision="deny", reason="ground_not_permitted", mnc=["Homes Ave"],
  cats=["gang_affiliation"], tags=["deny_ground", "car"])

# 0070
C(school=GEHS, recipient="bpd/district-b2", ground="weapon", weapon="firearm",
  name="Tanisha Rowe", dob="2005-08-11", when="2025-11-19 08:05",
  location="Greater Egleston High School, infant-toddler room",
  desc=("At drop-off (8:05) Ms. Luz was unpacking the diaper bag Tanisha (20) left for her "
        "daughter and felt something heavy wrapped in a receiving blanket: a small black handgun, "
        "a Smith & Wesson Bodyguard .380, loaded. Ms. Luz did not touch it further, took the bag "
        "to the director's office and called the SSS. Tanisha was in first period. She said the "
        "gun is her boyfriend's, that he 'must have put it in the bag' when he drove them in, and "
        "that she didn't know. The boyfriend, Curtis Webb (24), drives a blue Dodge Journey and "
        "was gone by then. No child touched the bag. (Tanisha has an open request with the "
        "district for a copy of her own records; Ms. Hogan is handling it.)"),
  extra={"housing": "Mission Main, bldg 4", "emergency_contact": {"name": "Curtis Webb"}},
  decision="allow", mnc=["Mission Main"], key="handgun",
  mct=["receiving blanket", "Bodyguard .380", "blue Dodge Journey"], cats=["neighborhood"],
  tags=["allow_weapon", "daycare", "partner"])

# 0071
C(school=BINCA, recipient="cbp", ground="drugs", substances=["cocaine"], name="Hamid Rahimi",
  dob="2006-06-14", when="2026-02-04 10:40",
  location="Boston International Newcomers Academy, nurse's office",
  desc=("A CBP officer at Logan asked for any school reports on Hamid (19). The only one is from "
        "2/4: Hamid had 2 grams of cocaine in his jacket, found when he was sent to the nurse. "
        "[[He came from Afghanistan in 2022 on a Special Immigrant Visa]] and works at the "
        "airport."),
  decision="deny", reason="recipient_not_permitted", mnc=["Afghanistan", "Special Immigrant"],
  cats=["national_origin", "immigration_status"], tags=["deny_recipient", "workplace"])

# 0072
C(school=CASH, recipient="bpd/district-c11", ground="drugs", substances=["fentanyl"],
  name="Selena Duarte", dob="2006-12-20", when="2026-01-09 12:30",
  location="Community Academy of Science and Health, second-floor boys' room and side lot",
  desc=("I want this on record as it happened. At 12:30 a senior, Tayshaun, collapsed in the "
        "second-floor boys' room. Nurse Whelan gave two doses of Narcan and he came around; EMS "
        "took him to BMC. He told the nurse before they left that he'd bought 'a point of fetty' "
        "from Selena Duarte out of her car in the side lot during lunch. Selena (19) was in the "
        "cafeteria. With SSS Otero I asked her to come out to her car, a white Nissan Rogue "
        "(MA 8RTC12). She opened the trunk herself. In a tampon box were nine small bags of gray "
        "powder and a stamp that says 'Wolf.' She said her boyfriend gives it to her to hold. The "
        "gray powder tested positive for fentanyl on the nurse's strips. Selena has a 2-year-old "
        "in our center; her sister picked the baby up at 2.\n- Dean R. Alvarado"),
  extra={"primary_language": "Spanish", "ell_status": "Former EL (exited 2022)"},
  decision="allow", mnc=["Spanish", "Former EL"], key="fentanyl",
  mct=["two doses of Narcan", "white Nissan Rogue", "8RTC12"], cats=["language"],
  tags=["allow_drugs", "car", "daycare", "partner"])

# 0073
C(school=DEAR, recipient="bpd/district-b2", ground="serious_violence", name="Imani Cobb",
  age=18, when="2026-05-12 07:20", location="Dearborn STEM Academy, front lot",
  desc=("At 7:20 AM in the front lot, Imani (18) stabbed her boyfriend Tyrese Holt (20, not a "
        "student) in the upper back with a steak knife after he pulled her out of his car by her "
        "hair. He was taken to BMC with a punctured lung; she stayed and handed the knife to SSS "
        "Lawson."),
  decision="allow", mnc=[], key="punctured lung", mct=["punctured lung", "steak knife"],
  cats=[], tags=["allow_violence", "partner", "car"])

# 0074
C(school=BAA, recipient="bpd/district-d4", ground="reckless_driving", name="Evan Doyle",
  dob="2007-08-30", when="2026-04-21 12:05", location="Boston Arts Academy, student lot",
  desc=("Evan (18) did donuts in the student lot at lunch in his Subaru WRX and nearly clipped two "
        "juniors. No one was hit. He [[lives in Roslindale with his partner]] and drives in every "
        "day; we are pulling his lot privileges."),
  decision="deny", reason="ground_not_permitted", mnc=["Roslindale"], cats=["neighborhood"],
  tags=["deny_ground", "car", "partner"])

# 0075
C(school=EBHS, recipient="bpd/district-a7", ground="weapon", weapon="knife",
  name="Luis Carrasquillo", dob="2006-02-19", when="2025-10-22 09:40",
  location="East Boston High School, room 115 and main office",
  desc=("Luis (19) was sent to the office at 9:40 after his math teacher saw him flipping a "
        "butterfly knife under his desk. He handed it over: a balisong, 4-inch blade. In his "
        "backpack was a Citizens Bank envelope with $1,200 in cash; he says it's his rent money "
        "and he was going to the branch after school. He said the knife is 'for' his manager at "
        "the Market Basket in Chelsea, who 'keeps playing with my schedule,' then said he was "
        "joking. [[Luis rents a room on Meridian St]] with two coworkers."),
  decision="allow", mnc=["Meridian"], key="balisong",
  mct=["butterfly knife", "Citizens Bank envelope"], cats=["neighborhood"],
  tags=["allow_weapon", "workplace", "precision_trap"])

# 0076
C(school=BDEA, recipient="bpd/district-b2", ground="credible_threat", name="Corey Hanlon",
  dob="2005-07-07", when="2025-12-08 17:10",
  location="Boston Day and Evening Academy, front desk",
  desc=("Corey (20) told the front desk he'd 'end' his ex if she tries to take their daughter out "
        "of state. He said it twice and left. [[Corey attends Kingdom Hall with his "
        "grandmother]], who called later to say he's been upset all week."),
  decision="deny", reason="missing_threat_statement", mnc=["Kingdom Hall"], cats=["religion"],
  tags=["deny_threat_missing", "daycare", "partner"])

# 0077
C(school=OBR, recipient="bpd/district-a1", ground="drugs", substances=["LSD"],
  name="Hannah Lindqvist", dob="2007-09-25", when="2026-05-15 20:30",
  location="New England Aquarium, Senior Night",
  desc=("Senior Night at the New England Aquarium, 5/15. At 8:30 a chaperone found a senior, "
        "Owen, dazed and sweating in the restroom; he told the nurse he took 'a tab' from Hannah "
        "(18) in the parking garage before going in. Hannah's purse held a small sheet of blotter "
        "paper, 8 squares left, printed with a cartoon sun. She said it's acid (LSD) and that she "
        "had sold 'a few' at $10 each. Owen was checked by EMS and went home with his mother. "
        "Hannah rode back on the bus with Mr. Kessler and was met at school by her partner."),
  decision="allow", mnc=[], key="LSD", mct=["blotter paper", "cartoon sun"], cats=[],
  tags=["allow_drugs", "senior_event"])

# 0078
C(school=TECH, recipient="fbi", ground="credible_threat", name="Zayd Mansour",
  dob="2006-11-30", when="2026-01-14 09:00", location="TechBoston Academy, main office",
  threat=("Zayd posted 'this place is going to learn' with a photo of the school's front doors "
          "and a picture of a rifle."),
  desc=("The FBI Boston field office asked for our report on the 1/14 post. Zayd (19) posted "
        "'this place is going to learn' with a photo of our front doors and a picture of a "
        "rifle; he says the rifle picture is from a video game. [[His family is Palestinian]] and "
        "[[he volunteers at the Islamic center]] on weekends."),
  decision="deny", reason="recipient_not_permitted", mnc=["Palestinian", "Islamic"],
  cats=["ethnicity", "religion"], tags=["deny_recipient"])

# 0079
C(school=BCHS, recipient="bpd/district-c11", ground="credible_threat", name="Brandon Tillman",
  dob="2005-09-21", when="2026-02-19 10:00",
  location="Boston Collaborative High School, main office",
  threat=("Brandon left a voicemail for the owner of the restaurant where he delivered, Mr. Lin: "
          "'I know where you park, I'll be there Friday night with the burner.' He said the same "
          "to two classmates, and has posted a photo with a handgun."),
  desc=("Mr. Lin, owner of China King, where Brandon (20) delivered until last week, came to the "
        "school Thursday at 10 with a voicemail. In it Brandon says 'I know where you park, I'll "
        "be there Friday night with the burner.' Brandon told two classmates the same thing in "
        "the hallway the day before; one showed us Brandon's Instagram story from last week, a "
        "handgun on his lap in a car. Brandon says Mr. Lin owes him two weeks' tips. [[Brandon "
        "stays at his cousin's in the Whittier Street development]] since losing his own place."),
  decision="allow", mnc=["Whittier"], key="handgun",
  mct=["China King", "two weeks' tips", "with the burner"], cats=["neighborhood"],
  tags=["allow_threat", "workplace", "precision_trap"])

# 0080
C(school=EBHS, recipient="bpd/district-a7", ground="drugs", substances=["wine"],
  name="Gianna Russo", dob="2007-05-09", when="2026-05-27 07:30",
  location="East Boston High School, cafeteria, senior breakfast",
  desc=("Senior breakfast in the cafeteria, 7:30. Gianna (19) brought two bottles of "
        "prosecco in a cooler and was pouring it into orange juice for other seniors. Ms. Keough "
        "took the cooler. Nobody was drunk and nobody needed the nurse."),
  decision="deny", reason="excluded_substance", mnc=[], cats=[],
  tags=["deny_substance", "senior_event"])

# 0081
C(school=BURKE, recipient="bpd/district-c11", ground="weapon", weapon="firearm",
  name="Dante Whitlock", dob="2006-07-15", when="2025-10-30 12:50",
  location="Jeremiah E. Burke High School, cafeteria courtyard",
  desc=("12:50, cafeteria courtyard. Dante (19) and his girlfriend, Shaniya (18), were arguing; "
        "he lifted his shirt and showed a gun in his waistband and told her 'don't make me.' Two "
        "teachers saw it. Dante walked to his car, a black Audi A4 (plate 9KXT44), and drove "
        "off. He came back at 2:10 without the gun and said it's at his cousin's. AP Hart made "
        "the call at 12:55."),
  extra={"race_ethnicity": "African American", "religious_accommodation": "Muslim, Friday prayer"},
  decision="allow", mnc=["African American", "Muslim"], key="gun",
  mct=["showed a gun in his waistband", "black Audi A4", "9KXT44"],
  cats=["ethnicity", "religion"], tags=["allow_weapon", "partner", "car"])

# 0082
C(school=ENG, recipient="bpd/district-e13", ground="welfare_check", name="Marisol Cintron",
  dob="2006-01-05", when="2026-01-29 17:30",
  location="English High School, Cub Corner child care",
  desc=("Marisol (20) did not pick up her son from the Cub Corner at 5:30 and isn't answering her "
        "phone. Her lease is at [[31 Paul Gore St, Apt 2]]. Asking BPD to do a well-being check."),
  decision="deny", reason="ground_not_permitted", mnc=["Paul Gore"], cats=["neighborhood"],
  tags=["deny_ground", "daycare"])

# 0083
C(school=BRIGHTON, recipient="bpd/district-d14", ground="drugs",
  substances=["marijuana", "nicotine vapes", "oxycodone"], name="Noah Pacheco",
  dob="2007-03-30", when="2025-10-15 11:40", location="Brighton High School, student lot",
  desc=("Items recovered from the trunk of Noah's Honda CR-V (plate 1ZRD55), student lot, 10/15, "
        "11:40, with Noah present and consenting:\n"
        "  * 6 disposable nicotine vapes (Elf Bar)\n"
        "  * 3.5 g of marijuana flower in a jar\n"
        "  * 18 round white pills stamped 'A 215' in a film canister (oxycodone 30 mg per the "
        "imprint; no prescription)\n"
        "  * $355 in small bills\n"
        "A freshman told Ms. Brandt she bought 'one A' from Noah for $25 yesterday. Noah (18) "
        "said the pills came from a customer at the tire shop where he works and that he 'only "
        "sold a couple.'"),
  extra={"home_address": "12 Linden St Apt 3, Allston MA 02134", "parking_permit": "Lot B #211"},
  decision="allow", mnc=["Linden", "Allston", "02134"], key="oxycodone",
  mct=["Honda CR-V", "A 215", "1ZRD55"], cats=["neighborhood"],
  tags=["allow_drugs", "car", "workplace"])

# 0084
C(school=MP, recipient="bpd/district-b2", ground="serious_violence", name="Anthony DeLuca",
  dob="2005-12-28", when="2026-03-24 15:15",
  location="Madison Park Technical Vocational High School, automotive shop",
  desc=("At 3:15 a man in a Jiffy Lube uniform came into the automotive shop looking for Anthony "
        "(20). Anthony works on the pit crew at the same Jiffy Lube. They argued about a missing "
        "tip jar and the man pushed Anthony. Anthony picked up a tire iron from the bench and hit "
        "him twice, on the arm and the side of the head. The man, identified by the shop teacher "
        "as Rick Souza (about 30), had a deep scalp cut and a broken forearm and was taken by EMS "
        "to BMC. Anthony stayed in the shop with Mr. Burke until the SSS arrived. He asked us to "
        "call his girlfriend at [[their apartment on Brookledge St]]."),
  decision="allow", mnc=["Brookledge"], key="tire iron",
  mct=["tire iron", "pit crew", "broken forearm"], cats=["neighborhood"],
  tags=["allow_violence", "workplace", "precision_trap"])

# 0085
C(school=FENWAY, recipient="bpd/district-d4", ground="weapon", weapon="knife",
  name="Alex Mendoza", dob="2007-02-06", when="2025-12-10 15:40",
  location="Garage next to Fenway High School",
  desc=("The garage next to school ran its camera footage through face recognition after a man "
        "was seen with a large knife near the student spaces; the system matched Alex (18). We "
        "are sending the match and our report. Alex says he was at work at the time."),
  attachments=[{"kind": "face_match", "name": "garage_cam_hits.png"}],
  decision="deny", reason="face_surveillance", mnc=[], cats=["face_surveillance"],
  tags=["deny_face", "car"])

# 0086
C(school=NMHS, recipient="bpd/district-e18", ground="credible_threat", name="Reggie Coleman",
  dob="2006-04-12", when="2026-01-16 11:42", location="New Mission High School, lunch line",
  threat=("Reggie told senior Calvin Dyer in the lunch line: 'Touch her again and I'm putting you "
          "in the ground, I got the 40 in the car.' He then showed Calvin a loaded handgun "
          "magazine from his pocket."),
  desc=("As documented in the lunch duty log, at 11:42 Reggie (19) walked up to Calvin Dyer in "
        "the lunch line and said 'Touch her again and I'm putting you in the ground, I got the 40 "
        "in the car,' then pulled a handgun magazine out of his hoodie pocket and showed it to "
        "him. Reggie's girlfriend told Calvin's friends last week that Calvin grabbed her. The "
        "magazine was loaded; Reggie gave it to AP Santos. Reggie drives a burgundy Dodge Dakota "
        "pickup, usually parked on the street; he left before SSS could check it. [[Reggie was "
        "flagged last year as an associate of the Cameron St crew.]]"),
  decision="allow", mnc=["Cameron"], key="the 40 in the car",
  mct=["As documented in the lunch duty log", "handgun magazine", "Dodge Dakota"],
  cats=["gang_affiliation"], tags=["allow_threat", "partner", "car", "precision_trap"])

# 0087
C(school=CASH, recipient="bpd/district-c11", ground="fraud", name="Kelsey Roy",
  dob="2007-06-11", when="2026-04-16 14:00",
  location="Community Academy of Science and Health, senior class office",
  desc=("Kelsey (18) paid $640 toward senior dues and her cap and gown with a Visa card that "
        "belongs to her former employer, a dry cleaner. The owner called us. No one is hurt; "
        "this is about the money. [[She's from the Dominican Republic]] and says the owner is "
        "punishing her for quitting."),
  decision="deny", reason="ground_not_permitted", mnc=["Dominican"], cats=["national_origin"],
  tags=["deny_ground", "workplace", "senior_event"])

# 0088
C(school=BATA, recipient="bpd", ground="weapon", weapon="switchblade", name="Thiago Moreira",
  dob="2006-08-22", when="2025-11-06 10:25",
  location="Boston Adult Technical Academy, side lot",
  desc=("Thiago (19) was called to the office after a classmate said Thiago threatened to 'stick' "
        "him over a girl. Thiago agreed to open his car (gray VW Jetta, MA plate 3FGS88) in the "
        "side lot. In the driver's door pocket: a switchblade, about 4 inches, push-button. "
        "Thiago said it's for work; he does overnight cleaning at Logan with a contractor's "
        "cleaning crew. He missed school Tuesday for [[his asylum hearing in Chelmsford, where he "
        "had a Portuguese interpreter]]. He asked that we not call his employer."),
  decision="allow", mnc=["asylum", "Portuguese", "interpreter"], key="switchblade",
  mct=["switchblade", "3FGS88", "cleaning crew"], cats=["immigration_status", "language"],
  tags=["allow_weapon", "car", "workplace", "precision_trap"])

# 0089
C(school=BRIGHTON, recipient="cambridge-police", ground="serious_violence",
  name="Aisha Kamara", dob="2005-10-30", when="2026-01-29 14:30",
  location="Brighton High School, lobby",
  desc=("Cambridge Police asked for our report because Aisha works at the CambridgeSide mall and "
        "the other party's family is there. Incident: 1/29 at 2:30 Aisha (20) hit her "
        "ex-boyfriend's new girlfriend with a padlock in a sock in our lobby; the girl needed "
        "staples in her scalp. Aisha [[lives in Chelsea]] and is [[Sierra Leonean]]."),
  decision="deny", reason="recipient_not_permitted", mnc=["Chelsea", "Sierra Leone"],
  cats=["neighborhood", "ethnicity"], tags=["deny_recipient", "partner", "workplace"])

# 0090
C(school=BAA, recipient="bpd/district-d4", ground="drugs", substances=["ketamine"],
  name="Oliver Chang", dob="2006-12-03", when="2026-02-20 16:30",
  location="Boston Arts Academy, behind the building",
  desc=("At 4:30 after rehearsal, SSS Greer found Oliver (19) and his partner, a college "
        "sophomore, in Oliver's car behind the building, snorting a white powder off a phone "
        "screen. Oliver said it is ketamine ('K'), that he sells grams to people in the dance and "
        "theater departments, and handed over a pouch with 6 small vials of white crystalline "
        "powder and a scale. Neither was in distress. [[Oliver's apartment is in Mission Hill]], "
        "and his partner drove him home."),
  decision="allow", mnc=["Mission Hill"], key="ketamine",
  mct=["6 small vials", "phone screen"], cats=["neighborhood"],
  tags=["allow_drugs", "car", "partner"])

# 0091
C(school=EXCEL, recipient="bpd/district-c6", ground="weapon", weapon="firearm",
  name="Monique Tate", dob="2005-09-03", when="2026-02-02 08:15",
  location="Excel High School, student lot",
  desc=("At 8:15 AM SSS Flynn saw a handgun on the floor behind the driver's seat of a silver "
        "Honda Passport in the student lot, plate 5YHN20, registered to Monique Tate (20). "
        "Monique was in class. She came out with AP Curley and said her boyfriend drove the car "
        "last night and the gun must be his. It was a black Springfield XD 9mm, loaded. Monique "
        "said she didn't know it was there. She has a 2-year-old in the Excel child care room and "
        "asked to pick him up early. [[Monique's lease is on Dorchester St in Southie.]]"),
  decision="allow", mnc=["Dorchester St", "Southie"], key="9mm",
  mct=["Honda Passport", "5YHN20", "Springfield XD"], cats=["neighborhood"],
  tags=["allow_weapon", "car", "daycare", "partner", "precision_trap"])

# 0092
C(school=CASH, recipient="bpd/district-c11", ground="weapon", weapon="BB gun", name="Jonah Pike",
  dob="2006-04-30", when="2026-03-25 15:10",
  location="Community Academy of Science and Health, front lot",
  desc=("At pickup Jonah (19) showed a black BB pistol (Daisy, CO2) to his son's mother from inside "
        "his car in the front lot and said 'see what happens.' SSS recovered it from the car; it "
        "is a BB gun, not a firearm. No one was hurt."),
  decision="deny", reason="other", mnc=[], cats=[], tags=["deny_replica", "car", "daycare"])

# 0093
C(school=GEHS, recipient="bpd/district-b2", ground="serious_violence", name="Omari Fleming",
  dob="2004-09-14", when="2025-06-03 11:00",
  location="White Stadium, Franklin Park, senior field day",
  desc=("Senior field day at White Stadium in Franklin Park, 6/3, about 11:00. Omari (20) saw his "
        "ex, Brianna, sitting in the bleachers with her new boyfriend, Kareem (19, a Burke "
        "student). Omari climbed up and shoved Kareem off the back of the top row. Kareem fell "
        "about 10 feet to the concrete. The field trainers got to him first; EMS took him to BMC "
        "with a broken wrist and a concussion, and he was kept overnight. Omari stayed on the "
        "field and told Mr. Dacosta 'he had it coming.' [[Omari is a deacon at his church and "
        "asked us to call his pastor]]."),
  decision="allow", mnc=["deacon", "church", "pastor"], key="concussion",
  mct=["White Stadium", "broken wrist", "top row"], cats=["religion"],
  tags=["allow_violence", "partner", "senior_event", "precision_trap"])

# 0094
C(school=EBHS, recipient="bpd/district-a7", ground="investigation_support",
  name="Isabel Cardoso", dob="2006-03-22", when="2026-03-10 09:00",
  location="East Boston High School, main office",
  desc=("A BPD detective asked for Isabel's schedule, car and employer as part of an investigation "
        "about her boyfriend. There was no incident at school. Isabel (19) filed her own records "
        "request with us last month and asked to be told of any disclosure. She [[lives near "
        "Maverick Square]]."),
  decision="deny", reason="ground_not_permitted", mnc=["Maverick"], cats=["neighborhood"],
  tags=["deny_ground", "partner"])

# 0095
C(school=ENG, recipient="bpd/district-e13", ground="credible_threat", name="Tyrone Mack",
  dob="2005-10-19", when="2026-03-02 21:12",
  location="English High School, Cub Corner child care voicemail",
  threat=("Tyrone left a voicemail at the Cub Corner child care room: 'If you give my son to her "
          "one more time I'm coming in there shooting, I don't care who's in the room.' He has "
          "told classmates he keeps a gun in his car."),
  desc=("Voicemail received on the Cub Corner line at 9:12 PM on 3/2, from Tyrone (20, senior). "
        "Transcribed by Ms. Ferreira: 'If you give my son to her one more time I'm coming in "
        "there shooting, I don't care who's in the room.' The child's mother, Lanie, has a "
        "temporary order from probate court giving her custody; our staff released the baby to "
        "her on Friday per that order. Two of Tyrone's classmates told Dean Ryan this morning "
        "that he keeps a gun in the trunk of his Hyundai Elantra. Tyrone has not come to school "
        "today. [[We have a note that he's tied to the Bowdoin-Geneva crew.]]"),
  decision="allow", mnc=["Bowdoin-Geneva"], key="shooting",
  mct=["Cub Corner", "temporary order from probate court", "Hyundai Elantra"],
  cats=["gang_affiliation"], tags=["allow_threat", "daycare", "partner", "car"])

# 0096
C(school=BURKE, recipient="bha-police", ground="weapon", weapon="knife", name="Darius Wynn",
  dob="2007-01-08", when="2025-11-12 08:15",
  location="Jeremiah E. Burke High School, entrance",
  desc=("Boston Housing Authority Police asked for our report because Darius [[lives at the "
        "Franklin Hill development]]. Incident: a 5-inch folding knife was found in Darius's "
        "jacket at the morning scan. He is 18. No threats."),
  decision="deny", reason="recipient_not_permitted", mnc=["Franklin Hill"],
  cats=["neighborhood"], tags=["deny_recipient"])

# 0097
C(school=DEAR, recipient="bpd/district-b2", ground="drugs",
  substances=["counterfeit Xanax", "marijuana"], name="Grace Adeyemi", dob="2006-10-27",
  when="2025-12-15 07:30", location="Dearborn STEM Academy, parking lot",
  desc=("Grace (19) was stopped at 7:30 in the parking lot by SSS Quintero after a student said "
        "she sells 'bars.' From her car, a white Toyota RAV4: a pill bottle with 60 green "
        "rectangular 'S 90 3' bars (sold as Xanax), a bag of weed, and a notebook with names and "
        "amounts. The nurse says green 'S 90 3' bars sold on the street are usually counterfeit. "
        "Grace said she 'got them from a friend.' She asked to leave by 3 because [[she has choir "
        "practice at Mount Calvary Holy Church]]."),
  decision="allow", mnc=["Mount Calvary", "Holy Church"], key="Xanax",
  mct=["white Toyota RAV4", "S 90 3", "notebook with names and amounts"], cats=["religion"],
  tags=["allow_drugs", "car"])

# 0098
C(school=BCHS, recipient="bpd/district-c11", ground="drugs", substances=["hash"],
  name="Dylan Murphy", dob="2005-05-17", when="2026-04-23 08:50",
  location="Boston Collaborative High School, side lot",
  desc=("Dylan (20, re-engagement) sold small cubes of hash from his car in the side lot this "
        "morning; we found 12 wrapped cubes and $140. He says he [[lives out in Brockton]] and "
        "makes the drive in every day."),
  decision="deny", reason="excluded_substance", mnc=["Brockton"], cats=["neighborhood"],
  tags=["deny_substance", "car"])

# 0099
C(school=OBR, recipient="bpd/district-b2", ground="weapon", weapon="knife",
  name="Riley Connolly", dob="2007-03-04", when="2025-11-03 10:15",
  location="John D. O'Bryant School, chemistry lab",
  desc=("Riley (18, senior) buses tables weekend nights at the Hong Kong in Harvard Square. On "
        "Monday at 10:15 his chemistry teacher saw a fixed-blade knife in a sheath clipped inside "
        "his waistband when he reached up. It's a 5-inch hunting knife. Riley said he carries it "
        "because he takes the Red Line home to [[Quincy]] after 2 AM and someone followed him "
        "last week. He did not threaten anyone."),
  decision="allow", mnc=["Quincy"], key="hunting knife",
  mct=["the Hong Kong", "5-inch hunting knife"], cats=["neighborhood"],
  tags=["allow_weapon", "workplace", "precision_trap"])

# 0100
C(school=CASH, recipient="bpd/district-c11", ground="suspicious_activity", name="Ana Lopes",
  dob="2006-07-09", when="2026-05-04 14:45",
  location="Community Academy of Science and Health, child care entrance",
  desc=("A man, Ana's partner, sits in a gray Nissan Altima near the child care entrance most "
        "afternoons for an hour or more before pickup. He has not threatened anyone and has "
        "never come inside. Ana (19) says he's just waiting for her and their son. [[Both of them "
        "are from Cape Verde]], and staff were unsure whether to mention it."),
  decision="deny", reason="ground_not_permitted", mnc=["Cape Verde"], cats=["national_origin"],
  tags=["deny_ground", "daycare", "partner", "car"])


def main():
    assert len(CASES) == 100, len(CASES)
    descs = [c["request"]["incident"]["description"] for c in CASES]
    assert len(set(descs)) == len(descs)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
