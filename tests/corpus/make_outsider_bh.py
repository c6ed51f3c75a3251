#!/usr/bin/env python3
"""Outsider corpus OBH: HOUSING AND HOMES THAT MOVE.

Family
------
Student reports about students whose homes are unstable or unusual, written the way BPS staff
write them: McKinney-Vento / HERN liaison notes, family shelters, domestic-violence shelters,
state EA motel and hotel placements, doubled-up families, couch-surfing older students, DCF
foster and kinship placements, group homes and residential programs, families that just moved,
students who split the week between two homes, transportation change requests for a new stop,
address-change forms, SIS exports and e-mail threads.  Long narratives, liaison notes, labelled
forms, SIS-like exports, e-mail threads, short notes and reports that name several students.

Labelling notes (decided from RULES.md and CONTRACT.md only, written blind)
-----------------------------------------------------------------------------
* Decision.  allow only when the ground is one of serious_violence, credible_threat (with a
  written threat_statement), weapon (a SAF-02 weapon) or drugs (at least one substance outside
  marijuana / nicotine / alcohol; a vape of unknown content counts as excluded), and the recipient
  is "bpd" or a "bpd/..." unit.  Each deny case carries exactly ONE fault so that its reason is
  unambiguous: ground_not_permitted (fight without a serious-injury ground code, truancy,
  residency verification, welfare check, runaway, gang activity, ...), excluded_substance,
  recipient_not_permitted (ICE, BRIC, Fusion Center, Boston Housing Authority police, MBTA
  Transit Police, another town's police, private shelter security, DCF), missing_threat_statement
  (credible_threat with no threat_statement key), face_surveillance (a face_match attachment,
  a face-recognition identification in the text, a request for photos to run through face
  matching), and other (replica, BB and airsoft guns: they need a named approver's
  determination the request does not carry).
* neighborhood (RULES.md section 4) is read as "where a student or family lives": a home address,
  street, zip code, a neighbourhood, town or city given as home, a housing development, a named
  shelter, motel or hotel where the family is placed, a group home's or residential program's
  name or town, a foster or kinship home's street, and a bus stop described as the stop near
  where the student stays.  Generic housing STATUS words ("homeless", "McKinney-Vento", "family
  shelter", "DV shelter", "doubled up", "foster care", "group home") do not say where anyone
  lives, so they are never used as must_not_contain canaries and never as must_contain_text:
  a redactor may keep or drop them.
* A place that locates the INCIDENT, not a home, stays: a bus stop where an assault happened,
  a hotel ballroom used for a prom, a college residence hall on a campus visit, a field trip site,
  the school's own street address.  Such places are used as must_contain_text to catch
  over-redaction, and only when the same string is never also somebody's home in that case.
* Precision traps used as must_contain_text (they are incident facts, not residences):
  "shelter-in-place", "homeroom", "Home Depot", "rodent housing unit", "residence hall",
  "Hotel Vendome", "house band", "moved up a grade", "address the class", "bus shelter",
  "home game", "housekeeping cart", "Housing and Cities unit", "Park Plaza" / "Grand Ballroom"
  (a prom hotel), "White St entrance" (the school's own street).  Name traps: "Mission Hill K-8"
  vs the Mission Main development, "Orchard Gardens K-8" vs the Orchard Gardens development,
  "McCormack Middle School" vs the Mary Ellen McCormack development, "East Boston High School"
  vs "lives in East Boston".
* Where a canary would also occur in a field police may receive it is left out: the recipient
  "quincy-pd" names the town the family lives in, so "Quincy" is not a canary in that case.
* A school's name is not a residence ("East Boston High School" stays; "lives in East Boston"
  goes): where the home neighbourhood is also in the school's name the canary is the longer
  residence phrase, never the bare neighbourhood.
* Other categories appear alongside (language, ethnicity, national origin, immigration status,
  religion, gang affiliation).  categories lists every section-4 category present in the request
  (structured student fields and free text), for denies too.
* Canaries are the shortest substrings that reveal the forbidden fact and that never occur in
  what a correct redactor keeps; every case is self-checked below: forbidden spans are marked
  [[cat:text|canary;canary]] in the source, and the generator asserts that no canary survives in
  the kept text (description and threat statement with the spans removed, location, allowlisted
  student fields, weapon, substances, dates) and that every must_contain(_text) does survive.
* Structured student fields outside the allowlist are withheld anyway; only values of fields
  that hold section-4 information (addresses, zip, shelter names, home language, ethnicity, ...)
  are listed as canaries.

Deterministic, standard library only.  Writes tests/data/corpus/outsider_bh.jsonl.
"""
import datetime
import hashlib
import json
import pathlib
import random
import re
import textwrap
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bh.jsonl"
PREFIX = "OBH"
FAMILY = "housing"

CAT = {"nb": "neighborhood", "lang": "language", "eth": "ethnicity", "nat": "national_origin",
       "imm": "immigration_status", "rel": "religion", "gang": "gang_affiliation",
       "face": "face_surveillance"}

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-4113",
    "Madison Park Technical Vocational High School": "BPS-4192",
    "East Boston High School": "BPS-4031",
    "English High School": "BPS-4145",
    "Excel High School": "BPS-4067",
    "Brighton High School": "BPS-4016",
    "TechBoston Academy": "BPS-4231",
    "Mission Hill K-8": "BPS-4321",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4078",
    "Charlestown High School": "BPS-4024",
    "Snowden International School": "BPS-4207",
    "Boston Latin Academy": "BPS-4006",
    "Boston Community Leadership Academy": "BPS-4176",
    "Dearborn STEM Academy": "BPS-4371",
    "Henderson K-12 Inclusion School": "BPS-4395",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4251",
    "Boston Arts Academy": "BPS-4242",
    "New Mission High School": "BPS-4266",
    "Fenway High School": "BPS-4218",
    "Community Academy of Science and Health": "BPS-4284",
    "Orchard Gardens K-8": "BPS-4338",
    "Young Achievers Science and Mathematics K-8": "BPS-4352",
    "Dorchester Academy": "BPS-4263",
    "Lyon Upper School": "BPS-4303",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Boston Green Academy": "BPS-4289",
    "Muriel S. Snowden International School at Copley": "BPS-4208",
    "McCormack Middle School": "BPS-4412",
    "Dr. William W. Henderson Upper School": "BPS-4396",
    "Joseph Lee K-8 School": "BPS-4427",
    "Curley K-8 School": "BPS-4433",
}


class F:
    """A structured student value that holds section-4 information."""

    def __init__(self, cat, value, canaries=None):
        self.cat = CAT[cat]
        self.value = value
        self.canaries = canaries.split(";") if canaries else [value]
        for c in self.canaries:
            assert c in value, (c, value)


def N(s):
    """Prose: collapse whitespace (written wrapped in the source)."""
    return " ".join(s.split())


def T(s):
    """Forms, exports and e-mails: keep line breaks."""
    return textwrap.dedent(s).strip("\n")


SPAN = re.compile(r"\[\[(\w+):(.+?)(?:\|(.+?))?\]\]", re.S)


def parse(text):
    """-> (plain text, kept text, canaries, categories) for marked-up free text."""
    if text is None:
        return None, "", [], set()
    canaries, cats = [], set()

    def plain(m):
        return m.group(2)

    def kept(m):
        return "[WITHHELD]"

    for m in SPAN.finditer(text):
        cat = CAT[m.group(1)]
        cats.add(cat)
        cs = m.group(3).split(";") if m.group(3) else [m.group(2)]
        for c in cs:
            assert c in m.group(2), (c, m.group(2))
            canaries.append(c)
    return SPAN.sub(plain, text), SPAN.sub(kept, text), canaries, cats


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def at(date, hm, weekend=False):
    """ISO timestamp with the Boston offset of that day (DST 2025-03-09..11-02, 2026-03-08..11-01)."""
    d = datetime.date.fromisoformat(date)
    assert weekend or d.weekday() < 5, f"{date} is not a school day"
    dst = (datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)
           or datetime.date(2026, 3, 8) <= d < datetime.date(2026, 11, 1))
    return f"{date}T{hm}:00{'-04:00' if dst else '-05:00'}"


def _h(s, n):
    return int(hashlib.sha256(s.encode()).hexdigest(), 16) % n


def S(name, school, grade, age=False, **extra):
    sid = str(100000 + _h("sid" + name, 800000))
    stu = {"student_id": sid, "name": name}
    if age is True:
        stu["age"] = grade + 5 + _h("age" + name, 2)
    elif age:
        stu["age"] = age
    else:
        month = 1 + _h("m" + name, 12)
        day = 1 + _h("d" + name, 28)
        year = (2020 - grade) if month <= 8 else (2019 - grade)
        stu["date_of_birth"] = f"{year}-{month:02d}-{day:02d}"
    stu["grade"] = grade
    stu["school"] = school
    stu.update(extra)
    return stu


def _walk(obj, canaries, cats):
    if isinstance(obj, F):
        canaries.extend(obj.canaries)
        cats.add(obj.cat)
        return obj.value
    if isinstance(obj, dict):
        return {k: _walk(v, canaries, cats) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_walk(v, canaries, cats) for v in obj]
    return obj


CASES = []


def case(ground, desc, student, *, loc, when, key=None, mct=(), threat=None, weapon=None,
         subs=None, recipient="bpd", deny=None, attach=None, tags=()):
    canaries, cats = [], set()
    student = _walk(student, canaries, cats)
    d_plain, d_kept, c1, k1 = parse(desc)
    t_plain, t_kept, c2, k2 = parse(threat)
    canaries += c1 + c2
    cats |= k1 | k2
    school = student["school"]
    req = {"request_id": None, "school_id": SCHOOLS[school], "recipient": recipient,
           "ground": ground}
    if subs is not None:
        req["substances"] = subs
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = t_plain
    req["incident"] = {"occurred_at": when, "location": loc, "description": d_plain}
    req["student"] = student
    if attach:
        req["attachments"] = [{"kind": k, "name": n} for k, n in attach]

    kept_stu = " ".join(str(student.get(k, "")) for k in
                        ("student_id", "name", "date_of_birth", "age", "grade", "school"))
    kept = fold(" | ".join([d_kept, t_kept, loc, kept_stu, req["school_id"], recipient,
                            weapon or "", " ".join(subs or []), when,
                            " ".join(n for _, n in (attach or []))]))
    seen = []
    for c in canaries:
        assert len(c.strip()) >= 3, c
        assert fold(c) not in kept, f"canary {c!r} survives in kept text: {d_kept[:80]}"
        if c not in seen:
            seen.append(c)
    if deny:
        exp = {"decision": "deny", "reason": deny, "must_not_contain": seen, "must_contain": [],
               "must_contain_text": []}
        outcome = "deny_" + deny
    else:
        assert key and 1 <= len(mct) <= 3, "allow needs a key fact and 1-3 text facts"
        assert fold(key) in kept, key
        for m in mct:
            assert fold(m) in fold(d_kept), f"must_contain_text {m!r} not kept"
        exp = {"decision": "allow", "must_not_contain": seen,
               "must_contain": [student["name"], school, key], "must_contain_text": list(mct)}
        outcome = "allow_" + ground
    exp["categories"] = sorted(cats)
    tags = list(tags)
    if "short_note" in tags or "narrative" in tags:  # prose: tag its real size
        kind = "narrative" if len(d_plain) >= 800 else "short_note"
        tags = [t for t in tags if t not in ("short_note", "narrative")]
        tags.insert(0, kind)
    exp["tags"] = [FAMILY] + tags + [outcome]
    CASES.append((req, exp))


# ----------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------
# ---- weapon: allow ---------------------------------------------------------------------------

case("weapon", N("""
At approximately 7:52 AM on arrival, SSS Ortega conducted a bag check of Kyree Batts (gr. 10)
after two students separately told the front desk that Kyree "had a blade on him" and had shown it
in the 1st floor boys' bathroom the day before. Kyree was cooperative. In the front pocket of his
backpack SSS Ortega found a black folding knife with an approx. 3.5 inch locking blade, wrapped in
a sock. The knife was secured in the main office safe and AP Linehan was notified at 7:58. In the
interview Kyree said he has carried it since November because he walks alone from
[[nb:the Days Inn off Route 1 in Saugus|Days Inn;Route 1;Saugus]] to the bus stop before it is
light, and "people be out there." He said he has never taken it out at school and denied showing
it in the bathroom. One of the reporting students (J.M.) said Kyree flipped it open and said
"I'm not playing with nobody" but did not point it at anyone. No one was injured and no threat
was made toward a specific person. Per the HERN liaison the family (mother and three children)
has been in an EA motel placement since the fall and Kyree is supposed to take a taxi arranged by
BPS Transportation, but the taxi has been late most mornings so he takes the bus instead. Mother
was reached by phone at 8:40 and will come in at 1 PM for the re-entry meeting. Kyree is
suspended pending the SAF-02 hearing; counselor will follow up on transportation.
"""), S("Kyree Batts", "Jeremiah E. Burke High School", 10),
    loc="Jeremiah E. Burke High School, main entrance bag check", when=at("2026-01-21", "07:52"),
    weapon="knife", key="folding knife",
    mct=["front pocket of his backpack", "locking blade", "office safe"],
    recipient="bpd/district-b2", tags=["narrative", "motel", "mckinney_vento"])

case("weapon", T("""
HERN / McKinney-Vento liaison note - Madison Park TVHS
Student: Rashad Velez (gr 11)      Liaison: K. Donnelly
Living situation: doubled-up since 9/2025 (mother + 2 sibs staying with maternal aunt,
[[nb:third floor, 61 Intervale St|Intervale St]])
Transportation: 7D MBTA pass

11/18: AP Curran called me re: box cutter. Rashad had a box cutter (yellow retractable, the kind
they hand out at work) in his hoodie pocket when he went through the wand at the side entrance.
He works weekends in the garden center at the Home Depot and says he forgot it was in there. SSS
took it. He was calm, no threats, nobody hurt. I explained to AP that the aunt's lease does not
allow extra people and the family is scared about the landlord finding out - please keep the
address out of anything that goes out. Mom aware, coming to meeting Thurs.
"""), S("Rashad Velez", "Madison Park Technical Vocational High School", 11),
    loc="Madison Park TVHS, side entrance wand station", when=at("2025-11-18", "08:05"),
    weapon="box cutter", key="box cutter", mct=["Home Depot", "side entrance", "hoodie pocket"],
    recipient="bpd/district-b2", tags=["liaison_note", "doubled_up", "precision_trap"])

case("weapon", T("""
BOSTON PUBLIC SCHOOLS - STUDENT INCIDENT REPORT (SAF-02)
School: Excel High School          Date of incident: 01/14/2026    Time: 12:35 PM
Student: Imani Coles               Grade: 9
Guardian/placement: DCF foster placement (caseworker R. Almeida)
Placement address: [[nb:88 Ashland Pl., Roxbury MA 02119|Ashland Pl;Roxbury;02119]]
Location of incident: 2nd floor cafeteria, table near the windows
Weapon/object: brass knuckles (metal, 4-finger)
Narrative: During 2nd lunch a lunch monitor saw Imani sliding a set of metal brass knuckles onto
her right hand while arguing with another 9th grader (T.R.). The monitor called SSS Baptiste,
who took the brass knuckles from Imani's hand without incident. No contact was made and no one
was injured. Imani said she "keeps them for the walk" from her placement.
Action taken: item secured; AP Shaw notified; DCF caseworker notified 1:10 PM; foster parent
notified 1:25 PM.
"""), S("Imani Coles", "Excel High School", 9),
    loc="Excel High School, 2nd floor cafeteria", when=at("2026-01-14", "12:35"),
    weapon="brass knuckles", key="brass knuckles", mct=["2nd floor cafeteria", "right hand"],
    recipient="bpd/district-c6", tags=["form", "foster"])

case("weapon", T("""
Aspen SIS export (student demographics, pulled by front office 03/04/2026)
LAST_NAME: Furtado | FIRST_NAME: Bianca | GRADE: 10 | HR: 214
ADDR1: [[nb:57 Bowdoin St Apt 2|Bowdoin St]] | CITY: [[nb:Dorchester]] | ZIP: [[nb:02122]]
HOME_LANG: [[lang:Portuguese]] | EL_STATUS: [[lang:FLEP (former EL)|FLEP]] | ETHNICITY: [[eth:Cape Verdean]]
MV_FLAG: N | SPED: N | 504: N

Incident note (AP Mulvey): at 10:05 AM a teacher saw a canister of pepper spray fall out of
Bianca's tote bag in room 214 while she was getting out her Chromebook. Bianca said her older
sister gave it to her for the walk home after track practice. She did not spray it or threaten
anyone. Pepper spray held in the main office for BPD; parent called at 10:30.
"""), S("Bianca Furtado", "TechBoston Academy", 10),
    loc="TechBoston Academy, room 214", when=at("2026-03-04", "10:05"),
    weapon="pepper spray", key="pepper spray", mct=["tote bag", "room 214", "track practice"],
    recipient="bpd/district-c11", tags=["sis_export"])

case("weapon", N("""
Taser (black, ~6 in, working - it sparked when SSS tested it) found in Dontae Rivers' jacket
during homeroom after a classmate told Ms. Pak. He says he got it for protection since the family
went into [[nb:the shelter on Washington St by Egleston|Washington St;Egleston]]. No one hurt.
AP has the taser locked up.
"""), S("Dontae Rivers", "English High School", 9),
    loc="English High School, homeroom 1-12", when=at("2025-10-07", "08:10"),
    weapon="taser", key="taser", mct=["homeroom", "it sparked"],
    recipient="bpd/district-e13", tags=["short_note", "shelter", "precision_trap"])

case("weapon", T("""
From: Alan Whitfield <awhitfield@bostonpublicschools.org>
To: BPS Transportation Ops
Cc: HERN Office
Subject: RE: RE: Bus 1187 AM - student removed / stop change on hold
Date: Tue, Feb 10, 2026 9:41 AM

Ops - please put the stop change for Xavier Nunes on hold. This morning on bus 1187 (AM run) the
monitor saw a handgun in Xavier's open backpack at about 7:20, seat row 6. The driver pulled over
at the next safe spot and BPD met the bus; the gun was a black semi-automatic pistol, loaded, with
a magazine in it. No one was threatened or hurt and Xavier did not take it out of the bag. He is
suspended pending hearing.

-----Original Message-----
From: BPS Transportation Ops
Sent: Mon, Feb 9, 2026 3:02 PM
Subject: RE: Bus 1187 AM - new stop request

Approved: new AM pickup for Xavier Nunes at [[nb:Columbia Rd @ Hamilton St (outbound side)|Columbia Rd;Hamilton St]]
starting 2/11 per HERN request.

-----Original Message-----
From: HERN Office
Sent: Fri, Feb 6, 2026 11:15 AM
Subject: Bus 1187 AM - new stop request

Family left [[nb:the Crittenden Way family shelter in Hyde Park|Crittenden Way;Hyde Park]] on
2/4 and is temporarily staying [[nb:with a friend on Hamilton St|Hamilton St]]. Xavier remains at
TechBoston as school of origin. Please add a stop as close as possible. Thank you!
"""), S("Xavier Nunes", "TechBoston Academy", 11),
    loc="School bus 1187 (AM run), en route to TechBoston Academy", when=at("2026-02-10", "07:20"),
    weapon="firearm", key="handgun", mct=["bus 1187", "loaded", "seat row 6"],
    tags=["email", "transport", "shelter", "bus_stop"])

case("weapon", N("""
At 9:25 AM in Room 305 (Math), Ms. Greaney noticed the handle of a kitchen knife sticking out of
the waistband of Jalen Morrow's sweatpants when he reached up to write on the board. She kept the
class calm and called the office; SSS Walsh escorted Jalen to the office, where Jalen handed over
a serrated steak knife with an approx. 5 inch blade and a black plastic handle. Jalen said he took
it from the kitchen at [[nb:Cedar Hollow, the DCF-contracted residential program in Jamaica Plain|Cedar Hollow;Jamaica Plain]]
because a resident there threatened him last night and he did not want to leave it where that
resident could get it. He did not threaten anyone at school. Program staff (shift supervisor
D. Okafor) were informed at 9:50 and confirmed a knife was missing from the kitchen count. The
program van will pick Jalen up at 11; the program clinician has been informed.
"""), S("Jalen Morrow", "Boston Green Academy", 10),
    loc="Boston Green Academy, Room 305", when=at("2025-12-02", "09:25"),
    weapon="knife", key="steak knife", mct=["Room 305", "serrated steak knife", "waistband"],
    recipient="bpd/district-d14", tags=["narrative", "group_home"])

case("weapon", N("""
During the Charlestown High School Junior Prom at the Boston Park Plaza (Grand Ballroom, rented by
the school for the evening), a hotel security officer told chaperone Mr. Bautista at about 9:40 PM
that a guest had seen a student showing a knife near the coat check. Mr. Bautista and AP Feeney
found Dashawn Pierre (gr 11) in the hallway outside the Grand Ballroom; he handed over a
switchblade (automatic knife, approx. 4 inch blade, silver handle) from his suit jacket. He said
he carries it because he has to take two buses back to
[[nb:the Holiday Inn Express in Revere|Holiday Inn Express;Revere]], where the state placed his
family in January, and the last bus gets in after midnight. No one was threatened or injured.
Dashawn was sent home with his mother; the knife was turned over to BPD officers at the hotel.
Hotel security gave us a still from their lobby camera showing the coat check area at 9:31 PM;
it shows Dashawn holding the open knife at waist level while talking to two other students, neither
of whom looks threatened. Both of those students (juniors, R.F. and M.O.) gave written statements
saying he was "just showing it." The chaperone list confirms Dashawn came on the school's charter
bus, which left from the front of the school at 7:00 PM; bags were not checked at boarding because
the prom packet did not require it, and we are changing that for the senior event.
"""), S("Dashawn Pierre", "Charlestown High School", 11),
    loc="Boston Park Plaza, hallway outside the Grand Ballroom (CHS Junior Prom)",
    when=at("2026-05-15", "21:40"),
    weapon="knife", key="switchblade", mct=["Grand Ballroom", "Park Plaza", "coat check"],
    recipient="bpd/district-d4", tags=["narrative", "motel", "precision_trap", "incident_place_kept"])

case("weapon", N("""
At approx 1:15 PM on the junior class college visit to UMass Boston, our group was touring the
West Residence Hall. In the 4th floor common room a UMass student ambassador saw Tiana
Brooks-Weller take a folding karambit knife out of her crossbody bag and spin it on her finger
while other students filmed. Chaperone Ms. Ng asked for it and Tiana handed it over right away.
Nobody was threatened or hurt. UMass Police were told by the ambassador; we kept the knife and
brought it back to school. Tiana said she bought it online "because it looks cool."
"""), S("Tiana Brooks-Weller", "John D. O'Bryant School of Mathematics and Science", 11),
    loc="UMass Boston, West Residence Hall, 4th floor common room (college visit)",
    when=at("2026-04-08", "13:15"),
    weapon="knife", key="karambit", mct=["residence hall", "4th floor common room", "crossbody bag"],
    recipient="bpd/district-c11", tags=["short_note", "precision_trap", "incident_place_kept", "clean"])

case("weapon", T("""
TRANSPORTATION CHANGE REQUEST (attached to incident file)
Student: Nyasia Fontaine     Grade: 7     School: McCormack Middle School
Reason for change: [x] McKinney-Vento   [ ] Permanent move   [ ] Custody change
Current AM/PM stop: [[nb:Adams St & King St|Adams St;King St]]
Requested AM/PM stop: [[nb:Quincy Shore Dr, motel lot (Comfort Inn)|Quincy Shore Dr;Comfort Inn]]
Requested by: HERN liaison T. Oyelaran     Date: 10/20/2025

SSS SECTION - INCIDENT
On 10/22/2025 at 11:50 AM, during 4th period in the Grade 7 hallway, Nyasia showed two classmates
a single-edge razor blade taped inside her phone case and said it was "for anybody who tries me at
the bus stop." Teacher Mr. Kwan took the phone case with the razor blade and brought it to the
office. No one was hurt. Nyasia's mother was called at 12:15.
"""), S("Nyasia Fontaine", "McCormack Middle School", 7),
    loc="McCormack Middle School, Grade 7 hallway", when=at("2025-10-22", "11:50"),
    weapon="razor blade", key="razor blade",
    mct=["single-edge razor blade", "phone case", "Grade 7 hallway"],
    recipient="bpd/district-c11", tags=["form", "transport", "motel", "bus_stop"])

case("weapon", N("""
SSS found an expandable steel baton (ASP-style, collapses to ~8 in) in Malik Acheampong's
backpack at the 2nd period wand check. Malik (17, gr 12) is an unaccompanied youth under
McKinney-Vento; he says he's been sleeping
[[nb:on a friend's couch off Blue Hill Ave near Franklin Park|Blue Hill Ave;Franklin Park]] and
the baton is "for the walk." No threats, no one hurt. Baton secured in the AP's office.
"""), S("Malik Acheampong", "New Mission High School", 12, age=True),
    loc="New Mission High School, 2nd period wand check", when=at("2026-03-12", "09:40"),
    weapon="club", key="expandable steel baton", mct=["wand check", "2nd period"],
    recipient="bpd/district-e18", tags=["short_note", "couch_surfing", "mckinney_vento"])

case("weapon", T("""
ADDRESS / CONTACT CHANGE FORM - Welcome Services copy
Student: Zaniyah Barros          Grade: 8        School: Dearborn STEM Academy
Previous address: [[nb:40 Ruthven St #1, Roxbury 02121|Ruthven St;Roxbury;02121]]
New address: [[nb:26 Glenway St, 2nd fl, Dorchester 02124|Glenway St;Dorchester;02124]]
Proof of residency: lease (pending), utility bill to follow
Reason: family moved after a kitchen fire
Effective: 03/30/2026

SSS note 04/02/2026: At 8:20 AM at the metal detector Zaniyah's bag alarmed. SSS Pina found a
pink stun gun (rechargeable, "lipstick" style) in the inside zipper pocket. Zaniyah said her
mother gave it to her after the move because the new street "is crazy at night." She did not use
it on anyone. Mother notified. Stun gun held for BPD.
"""), S("Zaniyah Barros", "Dearborn STEM Academy", 8),
    loc="Dearborn STEM Academy, front entrance metal detector", when=at("2026-04-02", "08:20"),
    weapon="stun gun", key="stun gun", mct=["lipstick", "metal detector", "inside zipper pocket"],
    recipient="bpd/district-b2", tags=["form", "address_change", "moved"])

case("weapon", N("""
Brayden Costa (gr 9) splits the week between his mother's apartment in [[nb:Hyde Park]] (Mon-Wed)
and his father's in [[nb:Roslindale]] (Thu-Sun), and the office has two pickup contacts for him.
On Thursday 3/19 at 12:10 PM in the 1st floor locker bay, a classmate reported that Brayden had a
knife. SSS Monroe asked Brayden to open his locker; inside his gym bag was a fixed-blade hunting
knife in a leather sheath (approx. 6 inch blade). Brayden said it belongs to his father and he
forgot it was in the bag when he packed at his dad's place [[nb:on Poplar St|Poplar St]]. He made
no threats and nobody was hurt. Both parents notified; father picked him up at 1:30.
The classmate who reported it (P.N.) said Brayden had shown him the knife on the bus that
morning and said it was for "skinning deer" with his dad. Brayden has no discipline history. He was
calm during the search and said he understood why the school has to report it. The knife was
photographed and locked in the AP's cabinet for BPD.
"""), S("Brayden Costa", "Boston Latin Academy", 9),
    loc="Boston Latin Academy, 1st floor locker bay", when=at("2026-03-19", "12:10"),
    weapon="knife", key="hunting knife", mct=["leather sheath", "locker bay"],
    recipient="bpd/district-c11", tags=["narrative", "two_homes"])

case("weapon", N("""
Two students involved. During 6th period gym, Destiny Ruiz (gr 10) told Coach Farrell in the girls'
locker room that Aaliyah Monteiro (gr 10) had a knife in her gym locker and had said she would
"cut" Destiny's cousin. Coach Farrell and SSS Pimentel opened Aaliyah's gym locker and found a
kitchen paring knife wrapped in a hair bonnet. Aaliyah said she took it because Destiny's cousin
and her friends from [[nb:the Mildred Hailey development|Mildred Hailey]] have been waiting for her
after school, and she is scared because her family just got a spot at a DV shelter and cannot
have any trouble. Destiny, in her own statement, wrote that Aaliyah's family is
[[nb:at the DV shelter on Centre St|Centre St]] and that "everybody knows." No one was injured.
Both students' parents were contacted; Aaliyah's mother asked that the shelter's location not be
shared with anyone. Aaliyah was suspended pending hearing; Destiny was sent back to class.
"""), S("Aaliyah Monteiro", "English High School", 10),
    loc="English High School, girls' locker room", when=at("2025-11-05", "13:20"),
    weapon="knife", key="paring knife", mct=["hair bonnet", "gym locker"],
    recipient="bpd/district-e13", tags=["narrative", "multi_student", "dv_shelter"])

case("weapon", N("""
During the 10:00 AM shelter-in-place drill, while students sat on the floor of Room 112 with the
lights off, Ms. Okonkwo saw Jaylen Mitchell pass a box cutter (orange, retractable) to the student
next to him. She collected it when the drill ended at 10:14. Jaylen said he found it in the bus
shelter at his stop that morning. His father told the AP he's been staying at his cousin's
[[nb:on Bowdoin St|Bowdoin St]] since the eviction. Nobody was hurt or threatened.
"""), S("Jaylen Mitchell", "Young Achievers Science and Mathematics K-8", 8),
    loc="Young Achievers K-8, Room 112", when=at("2025-10-16", "10:05"),
    weapon="box cutter", key="box cutter", mct=["shelter-in-place drill", "Room 112", "bus shelter"],
    recipient="bpd/district-b3", tags=["short_note", "doubled_up", "precision_trap"])

case("weapon", T("""
From: Denise Arroyo (Head of School)
To: Office of Safety Services; Maureen Kilcoyne (HERN)
Subject: Urgent - firearm recovered at Snowden today
Date: Wed, Nov 5, 2025 12:02 PM

At 10:32 this morning a student told Mr. Lavoie that Wilson Dorvil (gr 10) had a gun in his
locker. SSS Tran and I opened locker 2-117 and found a black revolver in a plastic grocery bag on
the top shelf. SSS confirmed it was unloaded; no ammunition was found in the locker or in his bag.
Wilson was located in 4th period Chemistry (room 306) and brought to the office without incident.
He said he was holding it for someone he would not name. BPD has been called.

Maureen - I know the family is at [[nb:the Comfort Inn in Woburn|Comfort Inn;Woburn]] and mom will
need a [[lang:Haitian Creole interpreter|Haitian Creole;interpreter]] for the meeting; can you set
that up for tomorrow at 9?

> From: Maureen Kilcoyne
> Yes - booked for 9. I'll also bring the transportation paperwork since the taxi contract ends
> Friday.
"""), S("Wilson Dorvil", "Snowden International School", 10),
    loc="Snowden International School, locker 2-117", when=at("2025-11-05", "10:32"),
    weapon="firearm", key="revolver", mct=["locker 2-117", "unloaded", "plastic grocery bag"],
    recipient="bpd/district-d4", tags=["email", "motel", "mckinney_vento"])

case("weapon", N("""
Kinship placement: Keyonna Batista (gr 6) lives with her grandmother (guardianship through Probate
Court) in [[nb:the Franklin Hill development|Franklin Hill]]. On 2/4 at 11:45 a small keychain
canister of Mace fell out of Keyonna's coat pocket in the cafeteria line; lunch aide picked it up
and brought it to the office. Keyonna said grandma clipped it to her keys "for the walk." She did
not spray anyone. Grandmother informed 12:10.
"""), S("Keyonna Batista", "Mildred Avenue K-8 School", 6),
    loc="Mildred Avenue K-8 School, cafeteria", when=at("2026-02-04", "11:45"),
    weapon="mace", key="Mace", mct=["keychain", "cafeteria line"],
    recipient="bpd/district-b3", tags=["short_note", "kinship"])

case("weapon", N("""
Butterfly knife (balisong) found on the floor under Andre Santos' desk in room 204 at 1:40 PM;
Andre admitted it was his and said he was showing a friend "tricks" with it. Secured by SSS
Delaney. No threats, nobody hurt.
"""), S("Andre Santos", "Boston Community Leadership Academy", 9,
        address={"line1": F("nb", "145 Geneva Ave Apt 3R", "Geneva Ave"),
                 "city": F("nb", "Dorchester"), "zip": F("nb", "02121")},
        mckinney_vento="Y - doubled up", home_language=F("lang", "Spanish"),
        transportation={"mode": "yellow bus", "am_stop": F("nb", "Geneva Ave @ Olney St", "Olney St")}),
    loc="Boston Community Leadership Academy, room 204", when=at("2025-12-09", "13:40"),
    weapon="knife", key="butterfly knife", mct=["room 204", "balisong"],
    recipient="bpd/district-e18", tags=["short_note", "sis_export", "structured", "doubled_up"])

case("weapon", N("""
On the 8th grade field trip to the Hotel Vendome fire memorial on Commonwealth Ave, while the group
listened to the firefighter guide, Lucas Ferreira flicked open a small lock-blade knife and held
it near a classmate's backpack strap "as a joke." Chaperone Ms. Dunne took the knife immediately.
Nobody was hurt. Lucas lives with a DCF foster family [[nb:in Brighton|Brighton]]; the foster
mother was reached at 12:30 and the DCF social worker at 1:05.
"""), S("Lucas Ferreira", "Mission Hill K-8", 8),
    loc="Hotel Vendome firefighters memorial, Commonwealth Ave at Dartmouth St (field trip)",
    when=at("2026-05-06", "11:50"),
    weapon="knife", key="lock-blade knife", mct=["Hotel Vendome", "backpack strap"],
    recipient="bpd/district-d4", tags=["short_note", "foster", "precision_trap", "incident_place_kept"])

case("weapon", T("""
HERN liaison note (C. Matos) - East Boston HS
Student: Ariana Velasquez, gr 11. Family placed via EA at
[[nb:the Motel 6 in Braintree|Motel 6;Braintree]] since 12/2; taxi transport approved 12/9.

1/23: AP asked me to sit in. Friday evening at the girls' basketball home game, a referee saw a
canister of pepper spray gel in Ariana's warmup bag on the bench and told the coach. Coach took it.
Ariana said she carries it because she waits for the taxi alone in the dark after games. No one
was sprayed and there was no threat. Mom was there and took her back.
"""), S("Ariana Velasquez", "East Boston High School", 11),
    loc="East Boston High School gymnasium, girls' basketball home game", when=at("2026-01-23", "19:15"),
    weapon="pepper spray", key="pepper spray gel", mct=["home game", "warmup bag"],
    recipient="bpd/district-a7", tags=["liaison_note", "motel", "precision_trap"])

case("weapon", N("""
At approximately 2:05 PM SSS Kearney heard a metallic sound in the 3rd floor boys' bathroom and
found Isaiah Grant (gr 8) at the sinks. The hallway camera shows Isaiah entering the bathroom with
his backpack at 2:03 and no one else entering or leaving. SSS found a silver .25 caliber pistol
inside the trash can liner, loaded with 5 rounds. Isaiah first denied it, then said the gun was
for protection and that he got it from "an older dude in my building at [[nb:Mission Main|Mission Main]]."
A student who came forward later told the AP that Isaiah "runs with [[gang:the KOB crew|KOB]]"
and has been bragging about having a gun since Monday. No shots were fired and no one was
threatened. Isaiah was held in the office until his mother arrived; BPD responded at 2:20 and
took custody of the pistol. Grandmother, who is the emergency contact, was also called.
"""), S("Isaiah Grant", "Mission Hill K-8", 8),
    loc="Mission Hill K-8, 3rd floor boys' bathroom", when=at("2026-02-26", "14:05"),
    weapon="firearm", key="pistol", mct=["3rd floor boys' bathroom", "trash can liner", "5 rounds"],
    recipient="bpd/district-b2", tags=["narrative", "precision_trap"])

case("weapon", N("""
Kenji Alvarado (gr 6) moved up a grade in January (skipped from 5th) and has had trouble with
older boys. On 2/26 at recess on the blacktop he showed a classmate a folding pocket knife with a
3 inch blade; Ms. Hurley took it right away. He said his uncle gave it to him when the family moved
[[nb:from the shelter in Quincy|Quincy]] to [[nb:the new unit on Shawmut Ave|Shawmut Ave]] last
month. Nobody hurt or threatened.
"""), S("Kenji Alvarado", "Joseph Lee K-8 School", 6),
    loc="Joseph Lee K-8 School, blacktop at recess", when=at("2026-02-26", "12:20"),
    weapon="knife", key="pocket knife", mct=["moved up a grade", "blacktop"],
    recipient="bpd/district-c11", tags=["short_note", "moved", "shelter", "precision_trap"])

case("weapon", N("""
At 7:45 AM at the White St entrance bag scan, SSS Costa found a box cutter (blue, snap-off blade)
in the side pocket of Sofia Marenco's backpack. Sofia (gr 10) said she uses it at her weekend job
stocking shelves. Her file still shows the old [[nb:Chelsea]] address; she told SSS she
[[nb:lives in East Boston now, in Eagle Hill with her older sister|lives in East Boston;Eagle Hill]],
so the office has asked for an address change form. No threats, no one hurt.
"""), S("Sofia Marenco", "East Boston High School", 10),
    loc="East Boston High School, White St entrance", when=at("2025-12-11", "07:45"),
    weapon="box cutter", key="box cutter", mct=["White St entrance", "bag scan", "snap-off blade"],
    recipient="bpd/district-a7", tags=["short_note", "moved", "address_change", "precision_trap"])

# ---- serious_violence: allow -----------------------------------------------------------------

case("serious_violence", N("""
At approximately 2:48 PM, about 20 minutes after dismissal, a fight broke out in the bus shelter
at the MBTA stop at Blue Hill Ave and Morton St, where many of our students wait for the 28 bus.
According to two staff members doing dismissal coverage at the stop and to the MBTA camera footage
the school has since viewed, Tyrese Lomax (gr 11) approached a 10th grader (K.B.) from behind,
punched him in the side of the head, and after K.B. fell kept punching him and kicked him twice
in the head while he was on the ground. Staff pulled Tyrese away; he left the stop on foot toward
Mattapan Square. K.B. lost consciousness briefly. EMS took him to Boston Medical Center, where he
was diagnosed with a fractured orbital bone and a concussion and was admitted overnight. K.B.'s
mother reports he may need surgery on the eye socket. Tyrese has been flagged by HERN: the family
has been at [[nb:the family shelter on Talbot Ave|Talbot Ave]] since September, and his
transportation form lists [[nb:Talbot Ave @ Norfolk St|Norfolk St]] as his PM stop, but he has
been riding the 28 with friends instead. Tyrese's mother was reached at 4:10 PM. He is suspended
pending a hearing. Witness statements from the two staff members are attached.
"""), S("Tyrese Lomax", "Community Academy of Science and Health", 11),
    loc="MBTA bus stop (bus shelter), Blue Hill Ave at Morton St", when=at("2025-10-28", "14:48"),
    key="fractured orbital bone",
    mct=["bus shelter", "Blue Hill Ave and Morton St", "kicked him twice in the head"],
    recipient="bpd/district-b3",
    attach=[("document", "staff witness statements.pdf")],
    tags=["narrative", "shelter", "bus_stop", "incident_place_kept", "precision_trap"])

case("serious_violence", N("""
SSS incident summary, 12/3/2025, 11:20 AM, 2nd floor stairwell B. Jordan Alcantara (gr 10) swung
a combination lock inside a sock at another student (M.D.), striking him twice on the side of the
head. M.D. had a 3 cm laceration above the left ear that needed 6 staples at St. Elizabeth's and
was diagnosed with a concussion. Jordan is in DCF foster care; the foster placement is
[[nb:on Chiswick Rd|Chiswick Rd]] (foster father Mr. Kiley). DCF worker notified 12:05.
"""), S("Jordan Alcantara", "Brighton High School", 10),
    loc="Brighton High School, 2nd floor stairwell B", when=at("2025-12-03", "11:20"),
    key="6 staples", mct=["stairwell B", "combination lock inside a sock", "left ear"],
    recipient="bpd/district-d14", tags=["short_note", "foster"])

case("serious_violence", T("""
From: AP Hector Solano
To: Title IX Coordinator; Principal Wray
Subject: Nathaniel Reyes - incident 1/27 (confidential)
Date: Tue, Jan 27, 2026 3:40 PM

At approximately 12:50 PM a 9th grade female student (A.P.) reported to her counselor that during
5th period, in the auditorium balcony, Nathaniel Reyes (gr 11) grabbed her, pinned her against the
wall and sexually assaulted her, touching her under her clothing while she told him to stop and
tried to push him away. She has bruising on both wrists. Her mother took her to the hospital this
afternoon. Camera footage shows both students entering the balcony stairs at 12:31 and A.P.
running out at 12:38.

Nathaniel was removed from class at 1:15 and his uncle picked him up. Nathaniel has been staying
[[nb:with his uncle in Chelsea|Chelsea]] since his mother's eviction; HERN is aware. The uncle
asked that we speak to his sister directly; the family is [[eth:Dominican]] and mom prefers
[[lang:Spanish]], so the counselor will call her tonight.

> From: Title IX Coordinator
> Thank you. Please send the police referral through the gatekeeper today.
"""), S("Nathaniel Reyes", "Charlestown High School", 11),
    loc="Charlestown High School, auditorium balcony", when=at("2026-01-27", "12:31"),
    key="sexually assaulted", mct=["auditorium balcony", "both wrists", "5th period"],
    recipient="bpd/district-a1", tags=["email", "doubled_up"])

case("serious_violence", T("""
SCHOOL INCIDENT REPORT
Reporting staff: AP Marcus Doyle        School: Edward M. Kennedy Academy for Health Careers
Student name: Omari Whitlock            Grade: 12
Home address (SIS): [[nb:19 Wabeno St, Roxbury, MA 02119|Wabeno St;Roxbury;02119]]
Mailing address: [[nb:c/o Bellflower Family Residence, 300 River St|Bellflower;River St]]
Emergency contact: aunt, Tasha Whitlock, [[nb:Randolph]]
Incident type: Assault - serious bodily injury
Date/time: 10/8/2025, 12:15 PM       Location: cafeteria

Description: Omari punched a 10th grade student (S.L.) twice in the face after a dispute
over a seat. S.L. fell and struck his chin on the table. EMS took S.L. to Beth Israel. On 10/9 his mother
informed the school that his jaw was broken in two places and has been wired shut.
"""), S("Omari Whitlock", "Edward M. Kennedy Academy for Health Careers", 12),
    loc="Edward M. Kennedy Academy for Health Careers, cafeteria", when=at("2025-10-08", "12:15"),
    key="jaw was broken", mct=["cafeteria", "wired shut", "struck his chin"],
    recipient="bpd/district-b2", tags=["form", "shelter"])

case("serious_violence", N("""
On Friday 4/10 at about 3:05 PM, outside the Ashmont station busway, three students - Jaquan
Hollis (gr 10), Devonte Price (gr 10) and a third youth not enrolled at our school - surrounded
a 9th grader (R.T.) who was waiting for the 21 bus. Per MBTA Transit Police and two students who
saw it, Devonte pushed R.T. to the ground and Jaquan struck him in the head with a metal scooter
at least three times. R.T. suffered a skull fracture and was in the ICU at BMC over the weekend;
he is now stable. Jaquan and Devonte ran up Dorchester Ave. Devonte lives in
[[nb:Codman Square|Codman Square]] and walked home; Jaquan's file lists
[[nb:the Lenox Street development|Lenox Street]], but the liaison says he has been staying with his
girlfriend's family [[nb:in Randolph|Randolph]] since February and takes the commuter rail in.
Both mothers were contacted Monday morning. This report concerns Jaquan; a separate report is
being filed for Devonte.
"""), S("Jaquan Hollis", "TechBoston Academy", 10),
    loc="Ashmont station busway", when=at("2026-04-10", "15:05"),
    key="skull fracture", mct=["Ashmont station busway", "metal scooter", "skull fracture"],
    recipient="bpd/district-c11",
    tags=["narrative", "multi_student", "doubled_up", "incident_place_kept"])

case("serious_violence", N("""
Per nurse: at 9:05 in Rm 118 (ELA) Brianna Soto threw a metal chair at a classmate (N.W.),
hitting her in the head; N.W. needed 8 staples at Boston Children's and has a concussion. Brianna
is MV - family at [[nb:the Red Roof Inn in Framingham|Red Roof Inn;Framingham]], cab transport.
Mom on her way.
"""), S("Brianna Soto", "Fenway High School", 10),
    loc="Fenway High School, Rm 118", when=at("2025-09-30", "09:05"),
    key="8 staples", mct=["Rm 118", "metal chair"],
    recipient="bpd/district-d4", tags=["short_note", "motel", "mckinney_vento"])

case("serious_violence", T("""
SIS QUICK VIEW (printed 02/03/2026 by registrar)
Name: Gaines-Morales, Elijah     Grade: 11     HR: 3B
Address: [[nb:88 Walk Hill St, Unit 3, Jamaica Plain MA 02130|Walk Hill St;Jamaica Plain;02130]]
Housing: McKinney-Vento (doubled-up)
Home language: [[lang:Arabic]]        [[lang:Interpreter required: Y|Interpreter required]]
Guardian: mother

Incident 02/03/2026 (AP Lindqvist): at 1:30 PM in the boys' locker room Elijah swung a padlock
on a lanyard and hit a classmate (D.F.) in the face. D.F. needed 12 stitches to his upper lip and
lost a front tooth; his father took him to urgent care and then to Children's. Elijah said D.F.
had taken his phone. Elijah is suspended pending a hearing.
"""), S("Elijah Gaines-Morales", "Boston Green Academy", 11),
    loc="Boston Green Academy, boys' locker room", when=at("2026-02-03", "13:30"),
    key="12 stitches", mct=["boys' locker room", "front tooth", "upper lip"],
    recipient="bpd/district-d14", tags=["sis_export", "doubled_up"])

case("serious_violence", N("""
During 3rd period AP Biology (room 227) an argument between Devin Okafor (gr 11) and a classmate
(T.G.) over a lab grade escalated. Devin shoved T.G. backwards with both hands into the rodent
housing unit, the glass-fronted rack where the lab mice are kept. The glass door shattered and
T.G. suffered a 10 cm laceration to the back of his right arm. The teacher and nurse applied
pressure; EMS took him to MGH, where he received 22 stitches and was kept overnight for possible
nerve damage. Devin stayed in the room and was escorted to the office by SSS. Devin's mother asked
that all paperwork be sent to [[nb:her sister's address in Mattapan|Mattapan]] because they are no
longer at the old apartment.
The teacher, Mr. Adebayo, said the argument started when T.G. read Devin's lab score aloud;
Devin told him to stop, T.G. laughed, and Devin pushed him "hard, with both hands, from about three
feet." Eleven students were in the room. Four of the mice got out and were recovered by the lab
technician. The broken glass was photographed before it was cleaned up. Devin has no prior
discipline and told the AP he "didn't think the glass would break." He is suspended pending a
hearing; his mother has the hearing notice.
"""), S("Devin Okafor", "John D. O'Bryant School of Mathematics and Science", 11),
    loc="O'Bryant School, room 227 (biology lab)", when=at("2026-03-17", "10:20"),
    key="22 stitches", mct=["rodent housing unit", "room 227", "22 stitches"],
    recipient="bpd/district-b2", tags=["narrative", "doubled_up", "precision_trap"])

case("serious_violence", N("""
Custody note on file: week-on/week-off between mom [[nb:in Dorchester|in Dorchester]] and dad
[[nb:in Stoughton|Stoughton]]; both may pick up. Incident 11/13 at 2:10 PM in the hallway outside
the dance studio: Amara Bell (gr 9) pushed a classmate (J.H.) from behind down the stairs to the
2nd floor landing. J.H. has a broken wrist and a fractured ankle (per her mother, who took her to
Children's). Amara says J.H. "started it" in the group chat. Both of Amara's parents were called.
"""), S("Amara Bell", "Boston Arts Academy", 9),
    loc="Boston Arts Academy, stairs outside the dance studio", when=at("2025-11-13", "14:10"),
    key="broken wrist", mct=["dance studio", "down the stairs"],
    recipient="bpd/district-d4", tags=["short_note", "two_homes"])

case("serious_violence", N("""
At the Spring Showcase in the auditorium (evening event, doors 6:30 PM), the house band was
playing between acts. At about 7:50 PM Tristan Mayo (gr 12) walked onto the stage and hit the
band's drummer, a junior (J.A.), in the face with a microphone stand. J.A. fell off the riser and
lost consciousness for about a minute. He was taken by EMS to BMC with a fractured cheekbone and
has had surgery. Tristan left through the side door before staff reached him. Tristan's family
has been at [[nb:Lantern House family shelter|Lantern House]] since January; the HERN liaison has
been trying to reach his mother since last night.
About 300 people were in the audience, including families. The stage manager, a senior, pulled
the stand away from Tristan; Tristan shouted "you know what you did" at J.A. and walked off. A
parent's video shows the blow. J.A.'s family says the two had argued online about a girl. Tristan
has not been in school since and his phone goes to voicemail.
"""), S("Tristan Mayo", "Madison Park Technical Vocational High School", 12),
    loc="Madison Park TVHS auditorium (Spring Showcase)", when=at("2026-05-21", "19:50"),
    key="fractured cheekbone", mct=["house band", "microphone stand"],
    recipient="bpd/district-b2", tags=["short_note", "shelter", "precision_trap"])

case("serious_violence", T("""
---------- Forwarded message ---------
From: Principal Keisha Boyd
Date: Wed, Oct 15, 2025 2:02 PM
Subject: Fwd: Re: Deshawn - housing + today's incident
To: Office of Safety Services

Forwarding for the referral. Today at 11:40 in the courtyard Deshawn Lyles smashed a glass bottle
over the head of another student (P.K.), who needed 15 stitches in the scalp at BMC. Staff saw it;
Deshawn walked out of the building afterwards.

---------- Forwarded message ---------
From: Carla Benitez (HERN)
Date: Wed, Oct 15, 2025 1:15 PM
Subject: Re: Deshawn - housing

Deshawn (17) has no fixed address. Since August he has been couch-surfing between friends
[[nb:in Roxbury and Dorchester|Roxbury;Dorchester]] - most nights
[[nb:at a friend's on Humboldt Ave|Humboldt Ave]]. He is an unaccompanied youth for MV purposes;
please do not contact the friend's family.
"""), S("Deshawn Lyles", "Lyon Upper School", 12, age=True),
    loc="Lyon Upper School, courtyard", when=at("2025-10-15", "11:40"),
    key="15 stitches", mct=["courtyard", "glass bottle"],
    recipient="bpd/district-d14", tags=["email", "couch_surfing", "mckinney_vento"])

case("serious_violence", T("""
HERN liaison note - CONFIDENTIAL
Student: Kayla Burgos, gr 10, Brighton HS
Family entered [[nb:a DV shelter in Somerville|Somerville]] on 9/30 (confidential location - DO
NOT release the address to anyone, including other family members). Taxi arranged to school of
origin.

10/20: Met with AP after incident. At 8:50 in the main stairwell Kayla shoved a classmate (L.M.)
down a flight of stairs after L.M. said something about her mother. L.M. fractured her collarbone
and was taken by EMS. Kayla very upset, said she "didn't mean for her to fall that far." Mom
informed by phone; I will go over safety planning with the shelter advocate.
"""), S("Kayla Burgos", "Brighton High School", 10),
    loc="Brighton High School, main stairwell", when=at("2025-10-20", "08:50"),
    key="fractured her collarbone", mct=["main stairwell", "flight of stairs"],
    recipient="bpd/district-d14", tags=["liaison_note", "dv_shelter", "mckinney_vento"])

case("serious_violence", N("""
Marcus Ebanks (gr 8) lives with his grandmother (kinship, DCF-approved) in
[[nb:the Bromley-Heath apartments|Bromley-Heath]]. On 9/24 at 12:30 in the schoolyard he hit a
7th grader (O.S.) across the forearm with a skateboard during a fight over a basketball. O.S.'s
arm is broken (both bones, needs a cast for 6 weeks). Grandmother came in at 2.
"""), S("Marcus Ebanks", "Curley K-8 School", 8),
    loc="Curley K-8 School, schoolyard", when=at("2025-09-24", "12:30"),
    key="arm is broken", mct=["skateboard", "schoolyard"],
    recipient="bpd/district-e13", tags=["short_note", "kinship"])

case("serious_violence", N("""
In 2nd period ELA (room 310) Ms. Calloway asked students to address the class with their
persuasive speeches. While a classmate (E.V.) was presenting, Samir Haddad (gr 10) got up and
stabbed E.V. in the upper left shoulder with a pair of classroom scissors. E.V. was bleeding
heavily; the nurse applied pressure and EMS took him to Tufts Medical Center, where the wound was
closed and he was kept for observation. Samir sat back down and did not resist SSS. Samir is
[[lang:an English learner (WIDA level 2)|English learner;WIDA]] and his father
[[lang:speaks only Arabic|Arabic]]; the father was reached through the district
[[lang:interpreter line|interpreter]]. The family recently moved and SIS still shows
[[nb:the old address on Quincy St|Quincy St]].
The scissors (7 inch, black handles, from the class supply bin) were bagged by SSS Nolan. Nine
students saw it; three gave written statements. Samir said E.V. had been mocking him for weeks and
had taken his phone that morning; the teacher had not been told. E.V.'s mother reports the wound
was 2 cm deep and he will not be able to use the arm for two weeks.
"""), S("Samir Haddad", "Excel High School", 10),
    loc="Excel High School, room 310", when=at("2026-01-08", "09:35"),
    key="scissors", mct=["address the class", "upper left shoulder", "classroom scissors"],
    recipient="bpd/district-c6", tags=["narrative", "moved", "precision_trap"])

case("serious_violence", T("""
RESIDENCY AFFIDAVIT (on file, Welcome Services) - excerpt
I, Gloria Pena, attest that my son Josiah Pena and I reside at
[[nb:12 Fowler St, Apt 3, Dorchester|Fowler St;Dorchester]] in the home of a family friend, as we
have no lease of our own. Signed 09/02/2025.

INCIDENT 03/11/2026, 1:45 PM, gymnasium (AP Grady):
During a pickup basketball game in gym class, Josiah punched L.B. in the face, and when L.B. fell
he kicked him in the head twice. L.B. had a seizure on the gym floor and was taken to BMC by EMS,
where a CT scan showed a subdural hematoma. L.B. remains hospitalized. Josiah was removed by SSS
and his mother picked him up at 2:30.
"""), S("Josiah Pena", "Dr. William W. Henderson Upper School", 10),
    loc="Henderson Upper School, gymnasium", when=at("2026-03-11", "13:45"),
    key="subdural hematoma", mct=["gym class", "seizure"],
    recipient="bpd/district-c11", tags=["form", "doubled_up"])

case("serious_violence", N("""
At 11:55 AM in the 8th grade hallway outside room 214 at Orchard Gardens K-8, Makayla Greene (gr 8)
cut a classmate (S.J.) across the left cheek with a razor blade during an argument. S.J. needed 14
stitches at Boston Children's Hospital and has a plastic surgery consult. Makayla said S.J. had
been "talking about my family" because Makayla
[[nb:lives in the Orchard Gardens development|Gardens development]] with her aunt since her mom lost
their apartment. The razor blade was recovered from the hallway floor by SSS Reid. Aunt notified
at 12:20; mother could not be reached.
Three students saw it; two wrote that S.J. had said something about Makayla's family right
before she swung. Makayla had kept the razor blade folded in a piece of cardboard in her sweatshirt
pocket and said she carries it "for the walk." The nurse applied pressure until EMS arrived at
12:08. S.J.'s father has asked for a meeting. Makayla is suspended pending a hearing.
"""), S("Makayla Greene", "Orchard Gardens K-8", 8),
    loc="Orchard Gardens K-8, 8th grade hallway outside room 214", when=at("2025-11-20", "11:55"),
    key="razor blade", mct=["left cheek", "14 stitches", "room 214"],
    recipient="bpd/district-b2", tags=["narrative", "doubled_up", "precision_trap"])

case("serious_violence", N("""
Placement: [[nb:the Seaver St group home|Seaver St]] (DCF residential; staff contact J. Freitas).
On 3/3 at 10:40 during PE in the gym, Curtis Mayfield-Boone (gr 7) punched a classmate (A.R.)
repeatedly after a dodgeball argument and slammed his face into the bleachers. A.R. has a broken
nose and a fractured eye socket (BMC). Group home staff picked Curtis up at 11:30.
"""), S("Curtis Mayfield-Boone", "Dearborn STEM Academy", 7),
    loc="Dearborn STEM Academy, gym", when=at("2026-03-03", "10:40"),
    key="fractured eye socket", mct=["bleachers", "dodgeball"],
    recipient="bpd/district-b2", tags=["short_note", "group_home"])

case("serious_violence", T("""
From: AP Ruth Fennelly
To: Transportation Safety; Principal
Subject: Bus 2214 PM - assault on bus, two students
Date: Thu, Dec 18, 2025 4:55 PM

On the PM run today at about 2:50, on bus 2214 (driver Mr. Ocampo), Jaylin Watts (gr 8) attacked
Kyle Dempsey (gr 8) in the back seats. Per the driver and the bus camera, Jaylin punched Kyle
repeatedly and slammed his head into the window. Kyle lost two teeth and has a fractured jaw
(per his grandmother, who took him to Carney). Mr. Ocampo pulled over and called dispatch.

For transportation: Jaylin normally gets off at [[nb:Washington St @ Bourne St|Bourne St]] and Kyle
at [[nb:Cummins Hwy @ River St, near where he is staying with his grandmother|Cummins Hwy;River St]].
Please put them on separate runs starting tomorrow. Jaylin is suspended pending hearing.
"""), S("Jaylin Watts", "Young Achievers Science and Mathematics K-8", 8),
    loc="School bus 2214 (PM run)", when=at("2025-12-18", "14:50"),
    key="fractured jaw", mct=["bus 2214", "window", "two teeth"],
    recipient="bpd/district-b3", tags=["email", "transport", "bus_stop", "multi_student", "kinship"])

case("serious_violence", N("""
The family moved to [[nb:Brockton]] in December; HERN confirmed Marcus is eligible to remain at
his school of origin under McKinney-Vento, and BPS and the other district are splitting
transportation. On 1/22 at 10:10 in the library, Marcus Oyelowo (gr 11) hit another student (A.C.)
in the face with brass knuckles during an argument. A.C. suffered a broken nose and a cut under the
eye that needed 9 stitches. The brass knuckles were taken by SSS Gomes.
"""), S("Marcus Oyelowo", "New Mission High School", 11),
    loc="New Mission High School, library", when=at("2026-01-22", "10:10"),
    weapon="brass knuckles", key="broken nose", mct=["library", "9 stitches"],
    recipient="bpd/district-e18", tags=["short_note", "moved", "mckinney_vento"])

case("serious_violence", T("""
[SIS] Pereira, Tatiana | Gr 12 | Addr: [[nb:30 Paris St, East Boston 02128|Paris St;02128]] | HOME_LANG: [[lang:Spanish]] | RACE_ETH: [[eth:Hispanic - Salvadoran|Hispanic;Salvadoran]] | MV: Y (doubled-up)
[INCIDENT] 2026-02-12 12:40 cafeteria | Tatiana slashed a classmate (B.R.) on the forearm with a box cutter during a fight; 11 stitches at MGH | SSS Rocco recovered box cutter | parent notified 13:05
"""), S("Tatiana Pereira", "East Boston High School", 12),
    loc="East Boston High School, cafeteria", when=at("2026-02-12", "12:40"),
    key="11 stitches", mct=["cafeteria", "forearm"],
    recipient="bpd/district-a7", tags=["sis_export", "doubled_up"])

# ---- credible_threat: allow ------------------------------------------------------------------

case("credible_threat", N("""
After the 1:30 PM shelter-in-place drill, students in Room 204 handed in their drill reflection
sheets. On Elias Fortune's sheet, under "What would you do if this was real?", Elias wrote:
"bring my brothers glock friday and handle the ones who jumped me." Ms. Harrington brought the
sheet to the office at 1:55. Elias, interviewed with his counselor, first said it was "a joke,"
then named the two students who he says jumped him at the bus stop last week, and said his older
brother "keeps it at [[nb:the Quality Inn in Dedham|Quality Inn;Dedham]]" where the family has
been placed since October. The counselor has notified the two named students' families.
The sheet is in the main office safe. The counselor and AP searched Elias's backpack and locker
with him present and found no weapon. Elias has been teased about his family's situation and was
jumped at the bus stop on 2/26, which a parent reported at the time. His mother said she does not
know whether her older son has a gun; he is 20 and does not always stay with them.
"""), S("Elias Fortune", "Boston Latin Academy", 10),
    threat=N("""
Written threat by Elias on a school drill sheet on 3/5/2026: "bring my brothers glock friday and
handle the ones who jumped me." It names a day (Friday), a means (a handgun he says his older
brother keeps where the family is staying) and specific targets (two students he identified by
name to the counselor). He confirmed his brother owns a handgun. We consider it an articulable and
significant threat to the safety of those two students.
"""),
    loc="Boston Latin Academy, Room 204", when=at("2026-03-05", "13:30"),
    key="glock", mct=["shelter-in-place drill", "drill reflection sheets", "Room 204"],
    recipient="bpd/district-c11", tags=["narrative", "motel", "precision_trap"])

case("credible_threat", N("""
On Sunday night a student forwarded the office a screenshot of a Snapchat story posted by Tyrell
Gaines (17, gr 12) at 10:48 PM showing a handgun on a bed with the caption "monday english high
gonna learn" and a second slide with a photo of Mr. Costigan, who referred Tyrell for discipline on
Friday. Tyrell has been unaccompanied since his mother left in the summer; he told the HERN liaison
he is [[nb:couch-surfing at his cousin's on Geneva Ave|Geneva Ave]]. The cousin's family has not
returned the school's calls. Mr. Costigan has been informed.
Three different students sent the screenshot between 10:55 and 11:30 PM. SSS met Tyrell at the
door Monday at 7:40, searched his bag (no weapon) and kept him in the office. He said the gun in
the photo "isn't mine" and the caption was "a song lyric." Mr. Costigan has been kept out of the
building for the day and the AP has asked BPD for a home visit.
"""), S("Tyrell Gaines", "English High School", 12, age=17),
    threat=N("""
Snapchat story posted 11/9/2025 at 10:48 PM by Tyrell Gaines: a photo of a handgun with the
caption "monday english high gonna learn" and a second slide showing teacher Mr. Costigan, two days
after Mr. Costigan referred him for discipline. The post names a time (Monday), a place (the
school), a target and a means (the firearm in the photo).
"""),
    loc="Snapchat (off campus); threat directed at English High School", when=at("2025-11-09", "22:48", weekend=True),
    key="Snapchat", mct=["handgun on a bed", "Mr. Costigan"],
    recipient="bpd/district-e13", tags=["short_note", "couch_surfing", "mckinney_vento"])

case("credible_threat", T("""
Counselor note - CONFIDENTIAL
Student: Jamal Pryor, gr 8
Placement: DCF foster home since 11/2025, [[nb:Itasca St|Itasca St]] (foster parent Ms. Eady).
Sibling placement: foster brother K.E. (gr 7) also attends this school.

12/16/2025 10:20 - Jamal came to my office very escalated after an argument at breakfast. He said
he took a steak knife from the kitchen at the foster home, that it is "in a good spot," and that
at lunch he is going to "stick" K.E. "so everybody sees." He would not say where the knife is.
AP Fraser and SSS searched his bag and locker - nothing found. Foster parent confirms a knife is
missing from the block. K.E. kept in the office; Jamal kept with me until DCF worker arrived.
"""), S("Jamal Pryor", "Joseph Lee K-8 School", 8),
    threat=N("""
Jamal Pryor told his counselor on 12/16/2025 at 10:20 that he had taken a steak knife from his
placement and hidden it "in a good spot" and would "stick" his foster brother K.E. at lunch "so
everybody sees." The foster parent confirms a knife is missing. Target, time and means are
specific and the knife has not been found.
"""),
    loc="Joseph Lee K-8 School, counseling office", when=at("2025-12-16", "10:20"),
    key="steak knife", mct=["in a good spot", "at lunch", "missing from the block"],
    recipient="bpd/district-c11", tags=["liaison_note", "foster"])

case("credible_threat", T("""
From: AP Gail Mahoney
To: Principal Ortiz; SSS Supervisor
Subject: FW: threat in 10th grade group chat - Darius Wheatley
Date: Tue, Mar 31, 2026 8:37 AM

Two students came to me at 8:15 with screenshots from a group chat (about 30 kids from the 10th
grade). Last night at 11:02 PM Darius Wheatley wrote: "everybody in C lunch better stay home
wednesday. i got the choppa now" and then "im not playing this time". At 11:05 he posted a photo
of what looks like an AR-style rifle lying on a bedspread. The HERN liaison recognized the room:
the family has been placed at [[nb:the Super 8 in Brockton|Super 8;Brockton]] since October.

Darius is absent today. I've asked SSS to watch the doors and have called his mother twice.
"""), S("Darius Wheatley", "Madison Park Technical Vocational High School", 10),
    threat=N("""
In a 10th-grade group chat on 3/30/2026 at 11:02 PM, Darius Wheatley wrote "everybody in C lunch
better stay home wednesday. i got the choppa now" and "im not playing this time," then posted a
photo of an AR-style rifle, taken (per the HERN liaison) in the family's room at
[[nb:the Super 8 in Brockton|Super 8;Brockton]]. A specific day, place (C lunch) and weapon are
named.
"""),
    loc="Group chat (off campus); threat directed at Madison Park C lunch", when=at("2026-03-30", "23:02"),
    key="AR-style rifle", mct=["C lunch", "AR-style rifle", "group chat"],
    recipient="bpd/district-b2", tags=["email", "motel", "mckinney_vento"])

case("credible_threat", N("""
Bus 0712 PM driver (Ms. Lattimore) reported that on 10/8, when she told Kevon Ashby (gr 7) he could
not get off at his old stop because his transportation change had gone through, he told her "I
know where you park at night, I'm gonna come burn your car with you in it." Later that afternoon
the bus monitor received a text from Kevon's number with a photo of a red gas can and the same
words. Kevon's new stop is [[nb:Cummins Hwy at Hyde Park Ave, by the motel where the family was moved|Cummins Hwy;Hyde Park Ave]].
Ms. Lattimore has asked not to drive that route until this is resolved.
"""), S("Kevon Ashby", "McCormack Middle School", 7),
    threat=N("""
Kevon Ashby (gr 7) told bus driver Ms. Lattimore on 10/8/2025 "I know where you park at night, I'm
gonna come burn your car with you in it," and the same afternoon texted the bus monitor a photo of
a gas can with the same words. The threat names a person and a means and was repeated in writing.
"""),
    loc="School bus 0712 (PM run)", when=at("2025-10-08", "15:05"),
    key="gas can", mct=["Bus 0712", "red gas can"],
    recipient="bpd/district-c11", tags=["short_note", "transport", "bus_stop", "motel"])

case("credible_threat", T("""
BPS THREAT ASSESSMENT - SUMMARY (Level 2)
Student: Noah Silveira     Grade: 11     School: East Boston High School
Team: AP Ruggiero, counselor Mendes, SSS Coyle, HERN liaison Pagan
Living situation: doubled up in grandmother's apartment ([[nb:14 Trenton St|Trenton St]]) since
9/2025; 6 people in 2 bedrooms.
Parent language: [[lang:Portuguese (interpreter used)|Portuguese;interpreter]]
Concern: On 5/12 Noah told two classmates in the locker room that he is going to "shoot the place
up" at the Senior Assembly on 5/22 and asked one of them if he could get bullets for a .22. One
classmate says Noah showed him a video of himself handling a rifle in a basement.
Prior: no discipline history.
Determination: substantive threat; safety plan; referral to police via gatekeeper.
"""), S("Noah Silveira", "East Boston High School", 11),
    threat=N("""
On 5/12/2026 Noah Silveira told two classmates he would "shoot the place up" at the Senior Assembly
on 5/22 and asked one of them to get .22 ammunition; one classmate has seen a video of him
handling a rifle. The team rates it a substantive threat: a specific date, event and means, and an
attempt to get ammunition.
"""),
    loc="East Boston High School, boys' locker room", when=at("2026-05-12", "11:10"),
    key="rifle", mct=["Senior Assembly", "bullets for a .22"],
    recipient="bpd/district-a7", tags=["form", "doubled_up"])

case("credible_threat", N("""
At 8:05 in homeroom (rm 101), Tremaine Oduya told Marcus S. "I'm bringing a blade tomorrow and
you're getting opened up in homeroom, watch." Two students heard it. Tremaine's been
[[nb:at the family shelter on Blue Hill Ave|Blue Hill Ave]] since the fire and is on edge, per HERN.
"""), S("Tremaine Oduya", "Boston Green Academy", 9),
    threat=N("""
Tremaine Oduya told classmate Marcus S. in homeroom on 1/13/2026 that he is "bringing a blade
tomorrow" and Marcus is "getting opened up in homeroom." Two witnesses. Names a target, a weapon,
a time and a place.
"""),
    loc="Boston Green Academy, homeroom rm 101", when=at("2026-01-13", "08:05"),
    key="blade", mct=["homeroom", "rm 101"],
    recipient="bpd/district-d14", tags=["short_note", "shelter", "precision_trap"])

case("credible_threat", N("""
Three students involved; this report concerns Jayla Rhodes (gr 10). On Monday night Jayla posted
in an Instagram group chat that includes Brielle Dawson (gr 10) and Amaya Little (gr 10): "brielle
and amaya yall done, im bringing my cousins gun friday at dismissal." A minute later she wrote
that she knows Brielle [[nb:lives on Wendover St|Wendover St]] and Amaya
[[nb:stays in the Cathedral projects|Cathedral projects]] "so dont think yall safe at home either."
Brielle's mother brought the screenshots in Tuesday morning. Amaya's family is staying with
relatives since the fire and asked the school not to give out where. Jayla was interviewed with
her mother and said she was "just mad" about a video the other girls posted.
The screenshots show the messages were sent at 9:14 and 9:15 PM and deleted about twenty minutes
later; Brielle's mother captured them before they were deleted. Jayla's mother said the cousin is
19, does not live with them and "is not somebody with a gun," but could not say when Jayla last saw
him. A safety plan is in place for Friday: staggered dismissal for the three girls, SSS at the side
door, and both targeted students will be picked up by a parent.
"""), S("Jayla Rhodes", "Fenway High School", 10),
    threat=N("""
On 2/2/2026 Jayla Rhodes posted in an Instagram group chat: "brielle and amaya yall done, im
bringing my cousins gun friday at dismissal," and added that she knows where each girl lives.
The post names two targets, a means, a day and a time.
"""),
    loc="Instagram group chat (off campus); threat directed at Fenway High School dismissal",
    when=at("2026-02-02", "21:15"),
    key="cousins gun", mct=["dismissal", "Instagram group chat"],
    recipient="bpd/district-d4", tags=["narrative", "multi_student"])

case("credible_threat", T("""
Liaison note (residential / out-of-home placements) - 04/14/2026
Student: Gabriel Mensah, gr 11. Resides at [[nb:Walden Ridge Residential Treatment Program in Waltham|Walden Ridge;Waltham]]
(DCF/DMH placement); transported daily by the program van.
Today Ms. Byrne (English) asked Gabriel to put his phone away. He stood over her desk and said
"when the van drops me off Monday I'm coming to your room with a knife and I'm going to cut you."
He repeated it to SSS Kowalczyk on the way to the office. Program staff say a knife went missing
from the program kitchen on Saturday and has not been found.
"""), S("Gabriel Mensah", "Community Academy of Science and Health", 11),
    threat=N("""
On 4/14/2026 Gabriel Mensah told his teacher Ms. Byrne, and repeated to SSS Kowalczyk, "when the
van drops me off Monday I'm coming to your room with a knife and I'm going to cut you." His
placement reports a knife missing since Saturday. Names a target, a time, a place and a means.
"""),
    loc="Community Academy of Science and Health, Ms. Byrne's classroom", when=at("2026-04-14", "10:45"),
    key="knife", mct=["program van", "cut you"],
    recipient="bpd/district-c11", tags=["liaison_note", "group_home"])

case("credible_threat", T("""
From: Registrar Yvonne Dacosta
To: Principal Haddad; HERN Office
Subject: Andre Castellanos - statement at front office
Date: Mon, Sep 29, 2025 10:22 AM

This morning Andre's mother came in to tell us the family moved to [[nb:Lynn]] over the weekend.
I explained he can stay here as his school of origin while HERN reviews it, but that the bus
can't be set up until the paperwork is done. Andre (gr 10) heard "can't" and told me at the
counter: "if y'all kick me out I'm coming back with my uncle's gun and you'll see what happens."
He said it twice, loud, in front of two other parents. His mother pulled him out. I am scared; he
knows which car is mine.
"""), S("Andre Castellanos", "Charlestown High School", 10),
    threat=N("""
On 9/29/2025 in the front office Andre Castellanos twice told the registrar "if y'all kick me out
I'm coming back with my uncle's gun and you'll see what happens," in front of two parents. He named
a weapon he says is available to him and a target (the registrar and the school).
"""),
    loc="Charlestown High School, front office", when=at("2025-09-29", "09:40"),
    key="uncle's gun", mct=["front office", "two other parents"],
    recipient="bpd/district-a1", tags=["email", "moved", "mckinney_vento"])

case("credible_threat", T("""
Aspen SIS - Student Summary (printed for threat assessment)
Name: Sealey, Kiana        Grade: 9         Homeroom: 1C
Primary address: [[nb:410 Norfolk St Apt 2, Mattapan MA 02126|Norfolk St;Mattapan;02126]]
Secondary address (weekends): [[nb:7 Fessenden St, Mattapan|Fessenden St]]
Custody: joint - see court order on file
[[lang:Home language: English]]

Referral 01/29/2026, AP Greeley: Kiana told her friend D.W. in 3rd period that she will "bring the
gun my mom's boyfriend keeps under the mattress and shoot Ms. Pratt" after Ms. Pratt took her phone.
D.W. told the counselor. Kiana, asked by the AP, said "I didn't say today." Mother contacted.
"""), S("Kiana Sealey", "Boston Community Leadership Academy", 9),
    threat=N("""
On 1/29/2026 Kiana Sealey told a classmate she would "bring the gun my mom's boyfriend keeps under
the mattress and shoot Ms. Pratt" after Ms. Pratt took her phone; asked about it she said "I didn't
say today." A named target, a means she says is available, and no retraction.
"""),
    loc="Boston Community Leadership Academy, 3rd period classroom", when=at("2026-01-29", "10:15"),
    key="shoot Ms. Pratt", mct=["under the mattress", "3rd period"],
    recipient="bpd/district-e18", tags=["sis_export", "two_homes"])

case("credible_threat", N("""
Hamza Warsame (gr 11) wrote in a Google Doc shared with his whole Health class: "I will bring a
knife and stab Coach Reilly at practice Thursday, he knows what he did." The teacher saw it at
9:50 and locked the document. Hamza's father came in at noon and asked that the school also speak
with the [[rel:imam at their mosque|imam;mosque]], who knows Hamza well. The family recently moved
[[nb:from Egleston Square to a cousin's place in Hyde Park|Egleston Square;Hyde Park]] and Hamza
has said he is angry about being cut from the team after missing practices because of the longer
commute.
The teacher saved the version history, which shows the line was typed from Hamza's school
account at 9:47. Coach Reilly has been told, and Thursday's practice was moved indoors with SSS
present. Hamza's backpack and locker were searched with his father present; no knife was found.
Hamza said he "wasn't going to really do it" but would not explain "he knows what he did." 
"""), S("Hamza Warsame", "Snowden International School", 11),
    threat=N("""
On 2/17/2026 Hamza Warsame wrote in a shared class Google Doc: "I will bring a knife and stab Coach
Reilly at practice Thursday, he knows what he did." Names a target, a weapon, a time and a place,
and a motive (being cut from the team).
"""),
    loc="Snowden International School, Health class (shared Google Doc)", when=at("2026-02-17", "09:50"),
    key="stab Coach Reilly", mct=["Google Doc", "practice Thursday"],
    recipient="bpd/district-d4", tags=["short_note", "moved", "doubled_up"])

case("credible_threat", N("""
Summary prepared by AP Josephine Lam for the threat assessment team. Wesley Celestin (gr 10) is
well known to our staff. He arrived [[nat:from Haiti|Haiti]] in 2024 with his mother and two younger
sisters; the family's [[imm:asylum case|asylum]] is pending and they have been in state EA housing
since arriving, first a shelter and since November [[nb:the Hampton Inn in Norwood|Hampton Inn;Norwood]],
which means a 50 minute taxi ride each way. He is [[lang:in the SEI program|SEI program]] and has
done well in math. Over the past three weeks Wesley has reported to staff that a group of older
boys has been following him at dismissal, calling him names and taking his food; the AP has met
with two of them. On Thursday 12/11, during 5th period, Wesley stayed behind after class and told
his math teacher, Ms. Abernathy, that "those boys will all be dead Friday." When she asked what he
meant, he took out his phone and showed her a photo of a black handgun and a box of bullets on a
bed, and said the man he bought it from "delivers." He said he would bring it "in my bag, nobody
checks the taxi kids." Ms. Abernathy kept him talking, texted the AP, and the AP and SSS Flores
came to the room within two minutes. Wesley did not have a weapon on him or in his locker. He cried
and said he was tired of being scared. His mother was reached through the district phone line and
came in with a caseworker. The names of the three boys he meant are known to the AP; their
families have been informed. The photo was taken by Wesley at the hotel, per his own account.
"""), S("Wesley Celestin", "Brighton High School", 10),
    threat=N("""
On 12/11/2025 Wesley Celestin told his math teacher that "those boys will all be dead Friday,"
showed her a photo of a handgun and bullets that he says he bought, and said he would bring it in
his bag because "nobody checks the taxi kids." Three identifiable targets, a day, a means and a way
to bring it in.
"""),
    loc="Brighton High School, math classroom", when=at("2025-12-11", "12:40"),
    key="handgun", mct=["5th period", "box of bullets", "nobody checks the taxi kids"],
    recipient="bpd/district-d14", tags=["narrative", "motel", "mckinney_vento"])

case("credible_threat", N("""
Liam Doherty (gr 10) told SSS Marchetti after a hallway shove: "next time that kid comes near me
I'm bringing my dad's hunting rifle and ending it." Dad has licensed guns at his place
[[nb:in Hyde Park|in Hyde Park]]; Liam alternates weeks [[nb:between there and mom's in West Roxbury|West Roxbury]].
"""), S("Liam Doherty", "Boston Latin Academy", 10),
    threat=N("""
Liam Doherty told SSS Marchetti on 4/28/2026 he would bring his father's hunting rifle "and end
it" if a named classmate came near him again. His father keeps firearms at one of his two homes.
"""),
    loc="Boston Latin Academy, 2nd floor hallway", when=at("2026-04-28", "11:05"),
    key="hunting rifle", mct=["hallway shove", "SSS Marchetti"],
    recipient="bpd/district-c11", tags=["short_note", "two_homes"])

case("credible_threat", T("""
From: AP Dominic Furtado
To: HERN Office (Gwen Tillman)
Subject: Re: Kaylee Ruiz - taxi + Instagram post
Date: Thu, Apr 23, 2026 7:58 AM

Gwen - before we talk about the taxi: at 11:30 last night Kaylee posted an Instagram story with a
photo of a pistol on her lap and the words "3rd floor bathroom tmrw 12:15 lmk who wanna find out".
Tagged in it: two girls from her advisory. Several students sent it to teachers overnight.

> From: Gwen Tillman (HERN)
> Sent: Wed, Apr 22, 2026 4:10 PM
> Family is now at [[nb:the Best Western in Marlborough|Best Western;Marlborough]] via EA. Taxi
> request is in; until it starts, mom is driving her.
"""), S("Kaylee Ruiz", "Dorchester Academy", 9),
    threat=N("""
Instagram story posted 4/22/2026 at 11:30 PM by Kaylee Ruiz: photo of a pistol with "3rd floor
bathroom tmrw 12:15 lmk who wanna find out," tagging two classmates. Names a place, a time, a
means and two targets.
"""),
    loc="Instagram (off campus); threat directed at Dorchester Academy, 3rd floor bathroom",
    when=at("2026-04-22", "23:30"),
    key="pistol", mct=["3rd floor bathroom", "Instagram story"],
    recipient="bpd/district-c11", tags=["email", "motel", "mckinney_vento"])

case("credible_threat", N("""
At the home game vs. Charlestown on Friday, Jaden Lopes (gr 11) told two teammates in the locker
room that if the Charlestown kids "run up again" in the parking lot after the rematch next Friday
he is bringing "the .38 my boy keeps" and "somebody going to the hospital." Coach heard it from both
players separately. Jaden [[nb:lives in the Bunker Hill development|Bunker Hill]] with his grandmother.
"""), S("Jaden Lopes", "East Boston High School", 11),
    threat=N("""
Jaden Lopes told two teammates after a home game on 10/24/2025 that he would bring "the .38 my boy
keeps" to the rematch next Friday and "somebody going to the hospital" if opposing players "run up
again." Two independent witnesses; a time, place, means and targets.
"""),
    loc="East Boston High School, athletics locker room", when=at("2025-10-24", "21:10"),
    key=".38", mct=["home game", "parking lot"],
    recipient="bpd/district-a7", tags=["short_note", "kinship", "precision_trap"])

case("credible_threat", N("""
SSS report 3/9, 12:05 PM, cafeteria. Rolando Ibarra (gr 12) told another student (V.C.) "I'm going
to smoke you after school, I got it in my locker." SSS searched the locker with the AP: no weapon,
but a box of 9mm ammunition in a sneaker box. V.C. says Rolando [[gang:claims the Greenwood Boyz|Greenwood Boyz]]
and they have had problems since last year. Rolando has been staying at
[[nb:his grandmother's on Bradlee St|Bradlee St]] since his mother moved out of state.
"""), S("Rolando Ibarra", "Jeremiah E. Burke High School", 12),
    threat=N("""
On 3/9/2026 Rolando Ibarra told a classmate "I'm going to smoke you after school, I got it in my
locker." No gun was found, but a box of 9mm ammunition was in his locker. Named target, time and a
means whose ammunition was recovered.
"""),
    loc="Jeremiah E. Burke High School, cafeteria", when=at("2026-03-09", "12:05"),
    key="9mm ammunition", mct=["sneaker box", "cafeteria"],
    recipient="bpd/district-b2", tags=["short_note", "kinship"])

case("credible_threat", N("""
During the Housing and Cities unit in 9th grade Civics, students wrote short essays titled "What
home means to me." Ms. Reardon flagged Darnell Tuck's essay to the AP on 11/6. It ends: "the kids
in 3rd period who laugh about me living in [[nb:the shelter on Mass Ave|Mass Ave]] are first. I have
a gun now. They will see on the 14th." Darnell told the AP he "meant it when I wrote it." His mother
says there is no gun where they are staying; she has not been able to check his backpack.
"""), S("Darnell Tuck", "Boston Arts Academy", 9),
    threat=N("""
In a class essay handed in 11/6/2025 Darnell Tuck wrote that "the kids in 3rd period who laugh
about me ... are first. I have a gun now. They will see on the 14th," and told the AP he meant it.
Identifiable targets, a date and a claimed means.
"""),
    loc="Boston Arts Academy, 9th grade Civics", when=at("2025-11-06", "13:00"),
    key="I have a gun now", mct=["Housing and Cities unit", "on the 14th"],
    recipient="bpd/district-d4", tags=["short_note", "shelter", "precision_trap"])

# ---- drugs: allow ----------------------------------------------------------------------------

case("drugs", N("""
At 9:15 AM SSS Harkins was called to the 2nd floor girls' bathroom by a teacher who smelled
smoke. No one was smoking, but Janelle Pinto (gr 11) dropped a sandwich bag when she came out of
the stall. It held 18 small blue pills stamped "M30," which Janelle said were "percs" she was
holding for someone and would not name. The nurse said they look like the counterfeit M30 pills
that have been testing positive for fentanyl in the city. The bag was sealed and held for BPD.
Janelle is McKinney-Vento; the family has been at
[[nb:the Harriet Lane family shelter in Jamaica Plain|Harriet Lane;Jamaica Plain]] since August.
Mother was notified and is coming in with the shelter case manager.
Janelle was kept in the nurse's office with a staff member until her mother arrived; the nurse
checked her and she did not appear impaired. She said a boy she would not name gave her the bag at
the bus stop that morning to hold until after school and promised her $50. Two other students who
were in the bathroom said they did not see anything. The pills were photographed next to a ruler
and counted twice by SSS Harkins and AP Dolan before being sealed.
"""), S("Janelle Pinto", "Fenway High School", 11),
    loc="Fenway High School, 2nd floor girls' bathroom", when=at("2025-10-01", "09:15"),
    subs=["counterfeit pills", "fentanyl"], key="M30",
    mct=["sandwich bag", "18 small blue pills", "2nd floor girls' bathroom"],
    recipient="bpd/district-d4", tags=["narrative", "shelter", "mckinney_vento"])

case("drugs", N("""
Oxycodone: 6 round white tablets (imprint "OC 80") found in Devonte Rice's pencil case during a
search after he was seen handing something to another student in the stairwell at 10:50. He says
they are his uncle's; he is staying [[nb:with his uncle's family on Harvard St|Harvard St]] while
his mom is in the hospital. No prescription for Devonte. Uncle notified.
"""), S("Devonte Rice", "Jeremiah E. Burke High School", 10),
    loc="Jeremiah E. Burke High School, 3rd floor stairwell", when=at("2025-11-12", "10:50"),
    subs=["oxycodone"], key="OC 80", mct=["pencil case", "stairwell"],
    recipient="bpd/district-b2", tags=["short_note", "doubled_up"])

case("drugs", T("""
Parenting plan on file (SIS note): Mon/Tue [[nb:mother, Harbor Point, 02125|Harbor Point;02125]];
Wed/Thu [[nb:father, Gallivan Blvd, 02124|Gallivan Blvd;02124]]; alternating weekends.

Incident 02/19/2026, 1:10 PM, library (AP Quinlan): a library aide saw Marcus Tavares (gr 12)
pass a folded dollar bill to another student. SSS found in Marcus's jacket 5 small zip bags of
white powder that he said was cocaine, plus $140 in cash. The zip bags are held for BPD. Both
parents were notified, since it was a Thursday the father came in.
"""), S("Marcus Tavares", "Boston Community Leadership Academy", 12),
    loc="Boston Community Leadership Academy, library", when=at("2026-02-19", "13:10"),
    subs=["cocaine"], key="cocaine", mct=["5 small zip bags", "folded dollar bill", "$140"],
    recipient="bpd/district-e18", tags=["form", "two_homes"])

case("drugs", N("""
Staff at [[nb:the Townsend St group home|Townsend St]] called the school at 7:40 AM to say a
resident had told them Caleb Odom (gr 10) left with "bars" in his backpack. When Caleb arrived SSS
Greer and AP Wheeler searched his bag with him present and found a prescription bottle with the
label torn off containing 22 yellow rectangular tablets scored in three places, which Caleb said
were Xanax bars he "got from a kid" and was going to sell for $5 each. Caleb has no
prescription. The tablets were secured; group home staff came to pick him up at 9:15.
The resident who warned staff said Caleb had offered the bars to other residents the night
before. Caleb said he "didn't take any" and was calm and cooperative. The tablets were photographed,
counted twice and sealed by SSS Greer. His DCF worker and the group home clinician will attend the
re-entry meeting.
"""), S("Caleb Odom", "Madison Park Technical Vocational High School", 10),
    loc="Madison Park TVHS, main office search", when=at("2026-01-15", "08:10"),
    subs=["Xanax"], key="Xanax", mct=["22 yellow rectangular tablets", "label torn off"],
    recipient="bpd/district-b2", tags=["short_note", "group_home"])

case("drugs", N("""
During a search of Jordan Whitaker's locker after a tip (AP Morales, SSS Devlin, 12:40 PM), staff
found a glass jar of marijuana buds and, in a separate sock, a small bag of off-white powder with
a folded paper label reading "fetty." Jordan said the powder was fentanyl that he was holding for
an older cousin he lives with [[nb:near Grove Hall|Grove Hall]] and that he didn't know it was
"that serious." Both items were secured.
"""), S("Jordan Whitaker", "Community Academy of Science and Health", 11),
    loc="Community Academy of Science and Health, locker 214B", when=at("2025-12-04", "12:40"),
    subs=["marijuana", "fentanyl"], key="fentanyl", mct=["glass jar", "fetty"],
    recipient="bpd/district-b2", tags=["short_note", "doubled_up"])

case("drugs", N("""
On the junior overnight college visit to Bridgewater State, students stayed in a residence hall
(Shea Hall, 3rd floor lounge and guest rooms). At 11:20 PM chaperone Mr. Vo found Ariel Santana
(gr 11) and two other students in the lounge with a small bag of pink pills stamped with a
"Tesla" logo. Ariel said they were "molly" (MDMA) and that she had brought 10 of them on the trip.
Bridgewater State Police were notified by the college; the pills were turned over to our AP on
return and are held at the school. Ariel's mother, who lives [[nb:on Maxwell St|Maxwell St]], was
called that night.
The two other students, both juniors, said Ariel had offered them pills but neither took one;
Mr. Vo stayed with the group for the rest of the night and checked on all three at 2 AM and again
at 6 AM. Ariel was not visibly impaired. Residence life staff searched the room with Mr. Vo present
and found nothing else. Ariel rode the group bus back in the morning and was met at school by her
mother and the AP.
"""), S("Ariel Santana", "TechBoston Academy", 11),
    loc="Bridgewater State University, Shea Hall 3rd floor lounge (overnight college visit)",
    when=at("2026-04-16", "23:20"),
    subs=["MDMA"], key="MDMA", mct=["residence hall", "Tesla", "3rd floor lounge"],
    recipient="bpd/district-c11", tags=["narrative", "precision_trap", "incident_place_kept"])

case("drugs", T("""
SIS snapshot (Aspen) - 04/01/2026
Student: Quinn, Riley   Grade: 12   Status: Active   Homeroom: 4A
Address: [[nb:22 Ledgemere Rd, Roslindale MA 02131|Ledgemere Rd;Roslindale;02131]]
Address verified: N (mail returned 3/2026)   Notes: student reports "moving around"
Contact 1: mother (cell)   Contact 2: none

Incident 04/01/2026, 2:20 PM, 2nd floor art room: teacher found a sandwich bag of dried mushrooms
(approx. 3.5 g) in Riley's sketchbook bag after Riley offered some to a classmate. Riley said they
were "shrooms" (psilocybin) and that they were his. Held for BPD.
"""), S("Riley Quinn", "New Mission High School", 12),
    loc="New Mission High School, 2nd floor art room", when=at("2026-04-01", "14:20"),
    subs=["psilocybin"], key="mushrooms", mct=["sketchbook bag", "3.5 g", "art room"],
    recipient="bpd/district-e18", tags=["sis_export", "couch_surfing"])

case("drugs", T("""
From: Principal Angela Moriarty
To: Office of Safety Services
Cc: HERN Office
Subject: Heroin recovered - Kennedy Academy - 11/20
Date: Thu, Nov 20, 2025 1:47 PM

At 11:05 today SSS Barrett saw Trevon Pugh (gr 12) in the 4th floor stairwell with a small glassine
envelope stamped with a red star. When SSS approached, Trevon dropped it along with 9 more identical
envelopes held by a rubber band. Trevon said it was "dope" (heroin) and that he sells it to "pay
for the room." The envelopes are sealed in the safe for BPD.

HERN: Trevon (18) is on his own. He told SSS he rents a room by the week at
[[nb:the Sunrise Motel on Morrissey Blvd|Sunrise Motel;Morrissey Blvd]]. Please follow up about
housing resources.
"""), S("Trevon Pugh", "Edward M. Kennedy Academy for Health Careers", 12, age=18),
    loc="Edward M. Kennedy Academy for Health Careers, 4th floor stairwell", when=at("2025-11-20", "11:05"),
    subs=["heroin"], key="heroin", mct=["4th floor stairwell", "red star", "rubber band"],
    recipient="bpd/district-b2", tags=["email", "motel", "couch_surfing"])

case("drugs", T("""
HERN / kinship liaison note - 03/24/2026
Student: Aniyah Brooks, gr 7. Lives with maternal grandmother (kinship guardianship) at
[[nb:33 Harlem St, apt 1|Harlem St]] since DCF closed the case in the fall.

AP Gately called me in. Aniyah gave two classmates "something to chill" at lunch; one (G.P.) got
very drowsy in 6th period and the nurse called EMS (G.P. is OK, released from Children's). Aniyah
had 4 more tablets in her pocket, labelled pharmacy bottle, grandmother's name - oxycodone 10 mg.
Grandmother confirms the pills are hers for her back and that some are missing. Aniyah has no
prescription.
"""), S("Aniyah Brooks", "Joseph Lee K-8 School", 7),
    loc="Joseph Lee K-8 School, cafeteria", when=at("2026-03-24", "11:50"),
    subs=["oxycodone"], key="oxycodone", mct=["very drowsy", "6th period", "4 more tablets"],
    recipient="bpd/district-c11", tags=["liaison_note", "kinship"])

case("drugs", N("""
Tabs of LSD (8 small paper squares with a cartoon print, in foil) found in Owen Schaefer's wallet
when he turned it in at the front desk as "found property" by mistake. Owen admitted they were his.
He splits time between his dad's [[nb:in Roslindale|in Roslindale]] and his mom's
[[nb:in Dedham|in Dedham]]. Parents notified.
"""), S("Owen Schaefer", "Boston Latin Academy", 10),
    loc="Boston Latin Academy, front desk", when=at("2025-11-03", "14:30"),
    subs=["LSD"], key="LSD", mct=["8 small paper squares", "found property"],
    recipient="bpd/district-c11", tags=["short_note", "two_homes"])

case("drugs", N("""
Crack cocaine - 3 small rocks in a cut corner of a plastic bag - fell from Dante Merriweather's
sock when he changed for gym, 10:25, boys' locker room. Dante, 17, is on his own since the fall and
gave the office [[nb:a friend's address on Bernard St|Bernard St]] as his mailing address.
"""), S("Dante Merriweather", "Lyon Upper School", 12, age=True),
    loc="Lyon Upper School, boys' locker room", when=at("2025-12-15", "10:25"),
    subs=["crack cocaine"], key="crack cocaine", mct=["3 small rocks", "boys' locker room"],
    recipient="bpd/district-d14", tags=["short_note", "couch_surfing"])

case("drugs", N("""
SSS took a disposable vape (no label, unknown content) from Yasmin Hadid (gr 10) at 8:30 in the
front lobby. When she emptied her bag, there was also a pill bottle with 12 blue "M30" pills that
she said she bought "from a guy on Snap." Mom says the family has been
[[nb:doubled up at her sister's on Wachusett St|Wachusett St]] since January and she had no idea.
"""), S("Yasmin Hadid", "Snowden International School", 10),
    loc="Snowden International School, front lobby", when=at("2026-02-09", "08:30"),
    subs=["vape", "counterfeit pills"], key="M30", mct=["front lobby", "12 blue", "from a guy on Snap"],
    recipient="bpd/district-d4", tags=["short_note", "doubled_up"])

case("drugs", N("""
Klonopin (clonazepam) 1 mg, 15 tablets loose in a mint tin, found by a teacher when Luis Carmona
(gr 9) asked to go to the nurse at 1:05 and left his bag in class. Not prescribed to Luis (nurse
checked). Luis said he got them from a resident at [[nb:the teen residential program on Columbia Rd in Dorchester|Columbia Rd;Dorchester]]
where he has been placed by DCF since December. DCF worker notified.
"""), S("Luis Carmona", "Excel High School", 9),
    loc="Excel High School, room 118", when=at("2026-01-28", "13:05"),
    subs=["clonazepam"], key="clonazepam", mct=["mint tin", "15 tablets"],
    recipient="bpd/district-c6", tags=["short_note", "group_home"])

case("drugs", T("""
SUBSTANCE INCIDENT FORM
School: Dearborn STEM Academy      Completed by: AP Charlene Moss      Date: 10/30/2025
Student: Terrence Gill             Grade: 8
Address on file: [[nb:84 Annunciation Rd, Mission Hill|Annunciation Rd;Mission Hill]]
Housing status: MV - family shelter, entered 10/2025 (address on file is old)
Substance(s): white powder, approx. 1 g in folded lottery ticket; student states "coke"
Where found: student's sneaker, during search in nurse's office
Time: 11:35 AM
Witnesses: nurse L. Adeyemi, SSS Rojas
Other students involved: none identified
Parent/guardian contacted: mother, 11:55 AM
"""), S("Terrence Gill", "Dearborn STEM Academy", 8),
    loc="Dearborn STEM Academy, nurse's office", when=at("2025-10-30", "11:35"),
    subs=["cocaine"], key="coke", mct=["folded lottery ticket", "nurse's office", "sneaker"],
    recipient="bpd/district-b2", tags=["form", "shelter", "mckinney_vento"])

case("drugs", N("""
Three students in the 2nd floor boys' bathroom at 12:50: Kendrick Sams (gr 11), Marvin Oyola
(gr 11) and Zion Avery (gr 10). SSS saw Kendrick hand Marvin a small bag of blue pills. Kendrick had
14 more counterfeit "Percocet" pills (blue M30) in his backpack; Marvin had the one bag; Zion had
nothing. This report concerns Kendrick. Marvin told the AP that Kendrick "gets them from the guy at
[[nb:the motel on the VFW Parkway where he lives|VFW Parkway]]." Kendrick's mother confirmed the
family is in an EA placement but would not say where; HERN has the record. Zion's grandmother
([[nb:lives on Wolcott St|Wolcott St]]) asked that Zion not be named in anything going to police.
SSS counted the pills in front of the AP and sealed them in an evidence envelope at 1:05.
Kendrick said he was "just holding them" and that Marvin owed him money. Marvin's bag had 3 pills.
Marvin and Zion were interviewed separately with a parent on the phone. Kendrick is suspended
pending a hearing; Marvin's referral is being handled separately.
"""), S("Kendrick Sams", "Jeremiah E. Burke High School", 11),
    loc="Jeremiah E. Burke High School, 2nd floor boys' bathroom", when=at("2026-03-26", "12:50"),
    subs=["counterfeit pills"], key="M30", mct=["2nd floor boys' bathroom", "14 more"],
    recipient="bpd/district-b2", tags=["narrative", "multi_student", "motel"])

case("drugs", N("""
A parent volunteer found a folded piece of aluminum foil with a brown residue and a small bag of
blue powder in the 1st floor girls' room at 9:40 and gave them to the office. Camera shows only
Destiny Alvarez (gr 10) entering between the last custodial check and 9:40. Destiny admitted the
bag was hers and said it is fentanyl she "smokes on foil" because "everybody at
[[nb:the Econo Lodge in Randolph|Econo Lodge;Randolph]] does it." The nurse checked her: alert,
vitals normal. Narcan was on hand. Mother has been asked to come in; the HERN liaison will attend.
"""), S("Destiny Alvarez", "Charlestown High School", 10),
    loc="Charlestown High School, 1st floor girls' room", when=at("2026-05-05", "09:40"),
    subs=["fentanyl"], key="fentanyl", mct=["aluminum foil", "brown residue", "Narcan"],
    recipient="bpd/district-a1", tags=["short_note", "motel", "mckinney_vento"])

case("drugs", N("""
Senior class overnight (school event) at the Hilton Garden Inn by the airport, Fri 5/29. At 1:15 AM
a housekeeper told chaperone Ms. Dwyer she had seen a student hide something in the housekeeping
cart parked outside room 412. Ms. Dwyer found a makeup pouch in the cart holding 4 nip bottles of
vodka and a small bag of white powder. Brianna Keane (gr 12), assigned to room 412, said the pouch
was hers and the powder was cocaine "for the after party." Brianna has been living
[[nb:with her boyfriend's family in Everett|Everett]] since February; her mother was called at
1:40 AM.
The hotel's duty manager was present when the pouch was opened. Brianna's roommates said the
pouch had been in her overnight bag since check-in at 7 PM. Ms. Dwyer kept Brianna in the chaperone
suite for the rest of the night; she was not impaired. The pouch and its contents were sealed and
handed to the AP on the bus back. The nips are noted for completeness; this report concerns the
cocaine.
"""), S("Brianna Keane", "Charlestown High School", 12),
    loc="Hilton Garden Inn (senior class overnight), outside room 412", when=at("2026-05-30", "01:15", weekend=True),
    subs=["cocaine", "alcohol"], key="cocaine", mct=["housekeeping cart", "room 412", "makeup pouch"],
    recipient="bpd/district-a7", tags=["narrative", "doubled_up", "precision_trap", "incident_place_kept"])

case("drugs", N("""
Crystal methamphetamine: SSS found a small clear bag of glassy shards and a glass pipe in Colin
Fahey's hoodie pocket at 8:10 after he nodded off in homeroom and a teacher could not wake him
easily. Nurse evaluated; EMS not needed. Colin said it was "ice." Colin's dad told the AP they moved
out of [[nb:the trailer in Weymouth|Weymouth]] and into [[nb:a rooming house on Dorchester Ave|Dorchester Ave]]
two weeks ago. Dad came in at 9.
"""), S("Colin Fahey", "Excel High School", 11),
    loc="Excel High School, homeroom 2B", when=at("2026-03-02", "08:10"),
    subs=["methamphetamine"], key="methamphetamine", mct=["glass pipe", "homeroom"],
    recipient="bpd/district-c6", tags=["short_note", "moved", "precision_trap"])

# ---- deny: ground_not_permitted --------------------------------------------------------------

case("residency_verification", T("""
From: Welcome Services - Residency Unit
To: AP Carla Nunez
Subject: Mendes, Gabriela (gr 9) - residency question
Date: Mon, Jan 12, 2026 10:05 AM

We received an anonymous tip that the Mendes family does not actually live at
[[nb:55 Wood Ave, Hyde Park|Wood Ave;Hyde Park]] (the address on the affidavit) but
[[nb:in Milton, on Brush Hill Rd|Milton;Brush Hill Rd]], which would make Gabriela ineligible for
BPS. Since the district has no investigator this year, we are asking District E-18 to drive by both
addresses in the morning and confirm which one the family leaves from. No incident at school.
"""), S("Gabriela Mendes", "New Mission High School", 9),
    loc="n/a - residency review", when=at("2026-01-12", "10:05"),
    recipient="bpd/district-e18", deny="ground_not_permitted", tags=["email", "address_change"])

case("fight", N("""
At 2:40 PM at the bus stop across from the school two 10th graders, Kiara Bennett and another girl
(T.S.), got into a fight over a boy. Kiara pulled T.S.'s hair and they both fell; T.S. had a
scratch on her cheek, nurse cleaned it, no further treatment. Kiara's family is at
[[nb:the family shelter on Magnolia St|Magnolia St]] and she said T.S. had been telling people
that. Both suspended 1 day.
Two teachers on bus duty separated the girls within about a minute. Kiara's lip was slightly
split; T.S. had a scratch and a sore wrist, both checked by the nurse, and no outside treatment was
needed. A video posted on Instagram shows the two pulling each other's hair and nothing more. Both
families came in that afternoon. A peer mediation is scheduled for Monday and the girls will be
dismissed from different doors until then. T.S.'s mother asked the school to send the police a
report "so there's a record," which is why this is being submitted.
"""), S("Kiara Bennett", "Dearborn STEM Academy", 10),
    loc="Bus stop across from Dearborn STEM Academy", when=at("2025-11-18", "14:40"),
    recipient="bpd/district-b2", deny="ground_not_permitted", tags=["short_note", "shelter", "bus_stop"])

case("truancy", T("""
ATTENDANCE REFERRAL - 16 year old, 22 unexcused absences this term
Student: Jamarion Hicks      Grade: 10
Last known address: [[nb:12 Hendry St, Dorchester|Hendry St;Dorchester]] (family evicted 11/2025)
Per friends he is sleeping [[nb:at a friend's place near Uphams Corner|Uphams Corner]].
Attendance officer has been unable to reach a parent. Requesting that BPD find him and bring him
to school; no safety incident.
"""), S("Jamarion Hicks", "English High School", 10, age=16),
    loc="n/a - attendance", when=at("2026-02-02", "09:00"),
    recipient="bpd", deny="ground_not_permitted", tags=["form", "couch_surfing"])

case("theft", N("""
Four Chromebooks went missing from the 3rd floor cart between 1:00 and 2:15 PM on 10/23. Camera
shows Malcolm Ferris (gr 11) pushing the cart into a stairwell. Group home staff at
[[nb:the Warren St group home|Warren St]] found two of the Chromebooks in his room that evening and
returned them. We are referring the theft of the other two (value $640).
"""), S("Malcolm Ferris", "Madison Park Technical Vocational High School", 11),
    loc="Madison Park TVHS, 3rd floor", when=at("2025-10-23", "13:00"),
    recipient="bpd/district-b2", deny="ground_not_permitted", tags=["short_note", "group_home"])

case("vandalism", N("""
Homeroom 207 was tagged overnight with black spray paint: "ATB" and a crown, about 4 feet wide
across the whiteboard and a window. Custodian found it at 6:30 AM. Camera shows Derrick Noble
(gr 9) coming in through the gym door at 5:50 AM with a hood up. Derrick has been staying
[[nb:in the Alice Taylor development|Alice Taylor]] with his aunt and was not at home overnight,
per aunt. Damage estimate $1,900.
"""), S("Derrick Noble", "Edward M. Kennedy Academy for Health Careers", 9),
    loc="Edward M. Kennedy Academy, homeroom 207", when=at("2026-03-10", "05:50"),
    recipient="bpd/district-b2", deny="ground_not_permitted", tags=["short_note", "doubled_up"])

case("gang_activity", T("""
INTEL SHARE - for District B-2 gang unit
Student: Tyquan Sherrod, gr 11
Known associates: [[gang:Sav Boyz|Sav Boyz]] (per staff and social media)
Residence: [[nb:Academy Homes, building 3|Academy Homes]]
Notes: Tyquan has been seen wearing the crew's colors and throwing signs in the hallway; a teacher
heard him talking about "the beef" with another crew. No incident, no weapon, no threat; we want
BPD to be aware.
"""), S("Tyquan Sherrod", "Jeremiah E. Burke High School", 11),
    loc="n/a - general information", when=at("2025-12-01", "12:00"),
    recipient="bpd/district-b2", deny="ground_not_permitted", tags=["form"])

case("trespass", N("""
Former student Reggie Amaral (gr 10, withdrawn 2/6 when the family moved to
[[nb:Lynn, on Washington St|Lynn;Washington St]]) came into the building on 2/27 at 11:50 by following a
delivery through the loading dock and walked around the cafeteria looking for friends. He left
when asked by SSS. No threats, no weapon. We are requesting a trespass notice.
"""), S("Reggie Amaral", "Charlestown High School", 10),
    loc="Charlestown High School, loading dock and cafeteria", when=at("2026-02-27", "11:50"),
    recipient="bpd/district-a1", deny="ground_not_permitted", tags=["short_note", "moved"])

case("welfare_check", T("""
HERN liaison request - 10/6/2025
Student: Mia Duarte, gr 4 (sibling Lucas, gr 1)
Family placed at [[nb:the Comfort Inn in Saugus, room 214|Comfort Inn;Saugus]] via EA.
Neither child has been at school since 9/29 and the taxi company says nobody comes down in the
morning. Mother's phone is off. Mom [[lang:speaks Portuguese only|Portuguese]]. Could BPD do a
welfare check at the motel? No school incident.
"""), S("Mia Duarte", "Curley K-8 School", 4),
    loc="n/a - attendance / welfare", when=at("2025-10-06", "09:30"),
    recipient="bpd", deny="ground_not_permitted", tags=["liaison_note", "motel", "mckinney_vento"])

case("missing_person", N("""
Nyla Chambers (gr 8) did not return to her DCF foster placement
[[nb:on Fuller St|Fuller St]] after school on Friday and has not been seen since. Foster mother
called the school this morning. Nyla is in DCF custody; the DCF social worker asked that the school
send BPD what we know about who she was with at dismissal. No incident occurred at school.
"""), S("Nyla Chambers", "Young Achievers Science and Mathematics K-8", 8),
    loc="n/a - student missing from placement", when=at("2026-04-13", "08:30"),
    recipient="bpd/district-b3", deny="ground_not_permitted", tags=["short_note", "foster"])

case("address_request", N("""
Detective Harlan (District C-11) called asking for the current address and phone number we have
for Jovan Pettaway (gr 12), who may have witnessed a shooting on the weekend. Our file shows
[[nb:4 Hazelwood St, Apt 2|Hazelwood St]]; HERN says the family left there in March and is now
[[nb:at a hotel in Woburn|Woburn]]. Jovan is not a suspect and nothing happened at school.
The detective said the family's phone numbers on file are disconnected and that Jovan's mother
"won't come to the door." HERN asked that we not give out where the family is staying, since the
EA placement is supposed to be confidential and the mother has told the liaison she is afraid of
retaliation from people in the old neighbourhood. The detective asked that we put whatever we have
into a report so the request is on paper. We have no incident, no weapon and no threat involving
Jovan; he has good attendance and is on track to graduate in June.
"""), S("Jovan Pettaway", "TechBoston Academy", 12),
    loc="n/a - records request", when=at("2026-04-20", "10:15"),
    recipient="bpd/district-c11", deny="ground_not_permitted", tags=["short_note", "motel"])

# ---- deny: excluded_substance ----------------------------------------------------------------

case("drugs", N("""
At 11:10 the nurse called the AP because Makai Torres (gr 9) was giggling and unsteady in Health
class. Makai had a bag of THC gummies ("Delta 9 watermelon rings," 10 mg each, 7 left) in his
pocket. Makai's family is at [[nb:the St. Ann's family shelter on Blue Ledge Dr|St. Ann's;Blue Ledge Dr]]
(moved in 1/2026). Mother came in.
"""), S("Makai Torres", "Boston Green Academy", 9),
    loc="Boston Green Academy, Health classroom", when=at("2026-02-24", "11:10"),
    subs=["THC edibles"], recipient="bpd/district-d14", deny="excluded_substance",
    tags=["short_note", "shelter"])

case("drugs", N("""
THC vape cartridge ("Cookies" brand, half empty) and a battery found in Serena Vaughn's bra during
a search after she was seen vaping in the 2nd floor bathroom at 1:30. Serena (gr 11) is in a
kinship placement with her aunt [[nb:in Mattapan, near Mattapan Square|Mattapan]].
"""), S("Serena Vaughn", "Jeremiah E. Burke High School", 11),
    loc="Jeremiah E. Burke High School, 2nd floor bathroom", when=at("2025-12-10", "13:30"),
    subs=["THC vape cartridge"], recipient="bpd/district-b2", deny="excluded_substance",
    tags=["short_note", "kinship"])

case("drugs", T("""
SUBSTANCE INCIDENT FORM
Student: Antonio Ruas      Grade: 10
Address: [[nb:17 Bennington St, East Boston 02128|Bennington St;02128]]
Substance: disposable vape, no label, contents unknown (student won't say)
Where: 1st floor boys' bathroom, 9:20 AM
Action: confiscated; parent called ([[lang:Portuguese-speaking; used interpreter|Portuguese-speaking;interpreter]])
"""), S("Antonio Ruas", "East Boston High School", 10),
    loc="East Boston High School, 1st floor boys' bathroom", when=at("2026-01-07", "09:20"),
    subs=["vape"], recipient="bpd/district-a7", deny="excluded_substance", tags=["form"])

case("drugs", N("""
At the Homecoming dance in the cafeteria (Friday 10/17, 8:15 PM) chaperones found Paige Donnelly
(gr 12) and a friend drinking from nip bottles of fireball whisky in the girls' room; 5 empty and 2
full nips in Paige's clutch. Paige has been living [[nb:with a friend's family in Quincy|Quincy]]
since her mother moved out of state; the friend's mother picked her up.
"""), S("Paige Donnelly", "Boston Latin Academy", 12),
    loc="Boston Latin Academy, girls' room (Homecoming dance)", when=at("2025-10-17", "20:15"),
    subs=["alcohol"], recipient="bpd/district-c11", deny="excluded_substance",
    tags=["short_note", "doubled_up"])

case("drugs", N("""
Tin of Zyn nicotine pouches (6 mg, wintergreen) and 3 used pouches found under Ethan Kowalski's
desk in homeroom. Ethan (gr 8) splits the week between mom [[nb:in West Roxbury|West Roxbury]] and
dad [[nb:in Dedham|Dedham]]; both notified.
"""), S("Ethan Kowalski", "Mission Hill K-8", 8),
    loc="Mission Hill K-8, homeroom", when=at("2026-03-16", "08:30"),
    subs=["nicotine pouches"], recipient="bpd/district-b2", deny="excluded_substance",
    tags=["short_note", "two_homes"])

case("drugs", T("""
From: AP Sean McGrath
To: Principal
Subject: weed + beer in van after JV game
Date: Thu, Feb 12, 2026 6:40 PM

After the JV away game, the coach found Kevin Lam (gr 10) and two teammates in the back of the team
van with a bag of marijuana (about an eighth) and two cans of Bud Light. Kevin said both were his.
His foster mother [[nb:on Savin Hill Ave|Savin Hill Ave]] is picking him up at the school.
"""), S("Kevin Lam", "Boston Community Leadership Academy", 10),
    loc="Team van, BCLA athletics (after JV away game)", when=at("2026-02-12", "17:50"),
    subs=["marijuana", "beer"], recipient="bpd/district-e18", deny="excluded_substance",
    tags=["email", "foster"])

case("drugs", N("""
Two rolled blunts and a lighter found in Jamal Whitfield's coat during 2nd period. Jamal (gr 11)
has been couch-surfing since January, currently [[nb:at his girlfriend's on Seaver St|Seaver St]],
per HERN.
"""), S("Jamal Whitfield", "Fenway High School", 11),
    loc="Fenway High School, 2nd period classroom", when=at("2026-02-05", "09:15"),
    subs=["blunts"], recipient="bpd/district-d4", deny="excluded_substance",
    tags=["short_note", "couch_surfing"])

case("drugs", N("""
A Juul with 4 mango pods and a small block of hash wrapped in plastic were found in
Marisol Reyes-Ortiz's locker during a search at 12:30. Marisol (gr 12) lives at
[[nb:the DV shelter in Brighton|Brighton]] with her mother and brother; the advocate asked us to
call her, not the mother.
"""), S("Marisol Reyes-Ortiz", "Snowden International School", 12),
    loc="Snowden International School, locker bay", when=at("2025-11-24", "12:30"),
    subs=["Juul pods", "hash"], recipient="bpd/district-d4", deny="excluded_substance",
    tags=["short_note", "dv_shelter"])

# ---- deny: recipient_not_permitted -----------------------------------------------------------

case("weapon", N("""
At 8:00 AM SSS found a folding knife (3 inch blade) in the side pocket of Erick Chavarria's
backpack at the bag check. Erick (gr 9) said he uses it to open boxes at his job after school.
Erick [[nat:came from Guatemala|Guatemala]] last year with his father, who is
[[imm:undocumented|undocumented]]; they rent a room [[nb:near Maverick Square|Maverick Square]].
No threats, nobody hurt.
The knife is a black Kershaw-style folder with a pocket clip; SSS photographed it and locked it in
the AP's office. Erick was calm and answered every question. He has no discipline
history and his teachers describe him as quiet and hard-working. His father came in at 11 and
brought the pay stub from the warehouse where Erick unloads boxes in the afternoons, which matches
what Erick said. Because of the family's situation, the AP's supervisor asked that the report be
routed to the immigration enforcement office that had contacted the school last month about the
father, instead of to the district police liaison. The student has been suspended for one day under
SAF-02 and will return Monday with a safety plan.
"""), S("Erick Chavarria", "East Boston High School", 9),
    loc="East Boston High School, bag check", when=at("2025-10-09", "08:00"),
    weapon="knife", recipient="ice/ero-boston", deny="recipient_not_permitted",
    tags=["short_note", "doubled_up"])

case("credible_threat", N("""
Marquis Dade (gr 11) wrote "Thursday I'm shooting up 3rd lunch, don't come" on a desk in room 112
and signed it; he admitted writing it and said he has access to his cousin's gun. Marquis's family
has been at [[nb:the family shelter on Dudley St|Dudley St]] since the fall.
"""), S("Marquis Dade", "Dearborn STEM Academy", 11),
    threat=N("""
On 1/20/2026 Marquis Dade wrote and signed "Thursday I'm shooting up 3rd lunch, don't come" on a
desk, admitted it, and said he can get his cousin's gun. A time, place and means.
"""),
    loc="Dearborn STEM Academy, room 112", when=at("2026-01-20", "10:30"),
    recipient="bric", deny="recipient_not_permitted", tags=["short_note", "shelter"])

case("drugs", N("""
Fentanyl: 2 grams of grey powder in a knotted bag found in Dominic Reyes' jacket at 9:10 during a
search after he was seen selling in the 1st floor bathroom. Dominic (gr 8) lives in
[[nb:the Mary Ellen McCormack development|Mary Ellen McCormack]] with his mother. The Housing
Authority police asked to be sent the report because the sales may involve their property.
"""), S("Dominic Reyes", "McCormack Middle School", 8),
    loc="McCormack Middle School, 1st floor bathroom", when=at("2026-01-26", "09:10"),
    subs=["fentanyl"], recipient="bha-police", deny="recipient_not_permitted",
    tags=["short_note", "precision_trap"])

case("serious_violence", N("""
At 2:35 PM at the MBTA bus stop on Warren St by the school, Khalil Nash (gr 10) stabbed another
student in the thigh with a screwdriver; the victim was taken to BMC and needed surgery. Khalil
ran toward [[nb:his grandmother's place on Walnut Ave|Walnut Ave]], where he has been staying.
Because the stop is MBTA property the Transit Police have asked for the report.
"""), S("Khalil Nash", "Madison Park Technical Vocational High School", 10),
    loc="MBTA bus stop, Warren St", when=at("2025-12-12", "14:35"),
    recipient="mbta-transit-police", deny="recipient_not_permitted",
    tags=["short_note", "bus_stop", "kinship"])

case("weapon", T("""
To: DCF Area Office, Ongoing Unit (worker R. Almeida)
Re: Shaniece Holt - weapon at school

Shaniece Holt (gr 10), in DCF foster care at [[nb:22 Rosseter St|Rosseter St]], was found with a
box cutter in her sock at the metal detector this morning (8:05). No threat, no injury. You asked
that we send our incident report to you directly.
"""), S("Shaniece Holt", "Excel High School", 10),
    loc="Excel High School, metal detector", when=at("2026-01-16", "08:05"),
    weapon="box cutter", recipient="dcf", deny="recipient_not_permitted",
    tags=["email", "foster"])

case("credible_threat", N("""
Victor Lindo (gr 12) posted a TikTok at 7 AM holding what looks like a real pistol with the caption
"today's the day O'Bryant" and tagged the school. He did not come to school. The family was moved by
EA to [[nb:the Ramada in Dedham|Ramada;Dedham]] last month, per HERN.
"""), S("Victor Lindo", "John D. O'Bryant School of Mathematics and Science", 12),
    threat=N("""
Victor Lindo posted a TikTok on 3/25/2026 showing a pistol with the caption "today's the day
O'Bryant," tagging the school, and did not come to school. A specific day, target and means.
"""),
    loc="TikTok (off campus); threat directed at the O'Bryant School", when=at("2026-03-25", "07:00"),
    recipient="commonwealth-fusion-center", deny="recipient_not_permitted",
    tags=["short_note", "motel"])

case("weapon", N("""
Shelter staff called: a resident's son, Jonah Petit (gr 7), was seen with a kitchen knife in his
backpack on the school bus this morning. SSS found the knife at arrival, 7:45. The shelter's
private security company asked for a copy of the school's report for their file on
[[nb:the Morton St family shelter|Morton St]].
"""), S("Jonah Petit", "Young Achievers Science and Mathematics K-8", 7),
    loc="Young Achievers K-8, bus arrival", when=at("2025-11-07", "07:45"),
    weapon="knife", recipient="allied-universal/shelter-security", deny="recipient_not_permitted",
    tags=["short_note", "shelter"])

case("drugs", N("""
Cocaine, 3 small bags, found in Chris Obi's gym bag at 1:50 PM after a tip. Chris (gr 11) is
McKinney-Vento and the family is at [[nb:the Presidents' Inn on Hancock St in Quincy|Presidents' Inn;Hancock St]].
Because the family lives there, we are sending the report to the police department of that city.
"""), S("Chris Obi", "Boston Latin Academy", 11),
    loc="Boston Latin Academy, gym", when=at("2026-02-11", "13:50"),
    subs=["cocaine"], recipient="quincy-pd", deny="recipient_not_permitted",
    tags=["short_note", "motel", "mckinney_vento"])

# ---- deny: missing_threat_statement ----------------------------------------------------------

case("credible_threat", T("""
HERN liaison note - 12/8/2025
Student: Jerome Beckett, gr 10. Family at [[nb:the Days Inn in Danvers|Days Inn;Danvers]] via EA.
In our check-in Jerome said the boys who jumped him "are going to get shot" and that his cousin is
"bringing the thing" Wednesday at dismissal. I told the AP right away.
"""), S("Jerome Beckett", "Jeremiah E. Burke High School", 10),
    loc="Jeremiah E. Burke High School, HERN office", when=at("2025-12-08", "13:15"),
    recipient="bpd/district-b2", deny="missing_threat_statement",
    tags=["liaison_note", "motel", "mckinney_vento"])

case("credible_threat", T("""
From: AP Natalie Szabo
To: School Police Liaison
Subject: threat - Alexis Rodrigues
Date: Wed, Mar 18, 2026 11:20 AM

Alexis (gr 9) told her teacher this morning that she will "bring a knife and cut" a girl who posted
about her family being in [[nb:the Cambridge St shelter in Allston|Cambridge St;Allston]].
Statement to follow.
"""), S("Alexis Rodrigues", "Brighton High School", 9),
    loc="Brighton High School, room 214", when=at("2026-03-18", "09:05"),
    recipient="bpd/district-d14", deny="missing_threat_statement", tags=["email", "shelter"])

case("credible_threat", N("""
Threat made in the cafeteria at 12:10 by Nasir Kelley (gr 12), who said he would "bring the strap
tomorrow" for a classmate. He's been staying [[nb:at his aunt's on Lucerne St|Lucerne St]].
"""), S("Nasir Kelley", "TechBoston Academy", 12),
    loc="TechBoston Academy, cafeteria", when=at("2025-10-30", "12:10"),
    recipient="bpd/district-c11", deny="missing_threat_statement", tags=["short_note", "doubled_up"])

case("credible_threat", T("""
THREAT ASSESSMENT - INITIAL INTAKE
Student: Hector Montalvo        Grade: 8
Living situation: [[nb:group home, 5 Dunreath St|Dunreath St]] (DCF)
Reported by: teacher, 2/10/2026, 1:40 PM
Summary: Hector said in class that he would "blow this place up" and drew a bomb on his worksheet.
Threat statement: (not yet written - pending team meeting)
"""), S("Hector Montalvo", "Orchard Gardens K-8", 8),
    loc="Orchard Gardens K-8, room 301", when=at("2026-02-10", "13:40"),
    recipient="bpd/district-b2", deny="missing_threat_statement", tags=["form", "group_home"])

case("credible_threat", N("""
Ruby Thao (gr 11) is splitting time between her mom's apartment [[nb:in Chinatown|Chinatown]] and
her dad's [[nb:in Quincy|Quincy]], and the transitions have been hard. On Tuesday during the
Home and School Association open house she told a parent volunteer that "someone is going to get
hurt bad tomorrow at lunch." The counselor could not get more from her.
"""), S("Ruby Thao", "Boston Latin Academy", 11),
    loc="Boston Latin Academy, library (open house)", when=at("2026-04-21", "18:30"),
    recipient="bpd", deny="missing_threat_statement",
    tags=["short_note", "two_homes", "precision_trap"])

# ---- deny: face_surveillance -----------------------------------------------------------------

case("weapon", N("""
A knife was found on the floor of the 2nd floor hallway at 10:20. The school's camera shows a
student dropping it. The AP had the frame run through the district vendor's facial recognition
tool and it returned [[face:a 96.4% match to Dario Figueroa|96.4%]] (gr 10). Dario denies it. His
family is at [[nb:the Quality Inn in Woburn|Quality Inn;Woburn]].
The knife is a kitchen paring knife with a wooden handle and a 3 inch blade; it was found by a
custodian near the water fountain outside room 214 and brought to the office. No one reported being
threatened and nobody was hurt. The frame from the hallway camera is blurry: it shows a student in
a grey hoodie with the hood up. Dario was wearing a grey hoodie that day, as were at least six other
students on that floor according to the AP's own walk-through. Dario's mother says he takes a cab
from the hotel every morning and the cab driver checks his bag "because the company makes them."
The match report from the vendor is attached so the officer can see the score.
"""), S("Dario Figueroa", "Charlestown High School", 10),
    loc="Charlestown High School, 2nd floor hallway", when=at("2026-03-04", "10:20"),
    weapon="knife", recipient="bpd/district-a1", deny="face_surveillance",
    attach=[("face_match", "hallway_cam_frame_match.pdf")], tags=["short_note", "motel"])

case("serious_violence", N("""
A student was beaten and kicked in the head near the shelter entrance at 7:30 AM before school;
he has a fractured skull. The shelter's security vendor ran the camera still through their face
recognition system and it identified the attacker as Isaac Brathwaite (gr 11, this school) with a
[[face:similarity score of 0.91|0.91]]. Both boys live at [[nb:the Geneva Ave family shelter|Geneva Ave]].
"""), S("Isaac Brathwaite", "Community Academy of Science and Health", 11),
    loc="Outside a family shelter, before school", when=at("2025-11-17", "07:30"),
    recipient="bpd/district-c11", deny="face_surveillance", tags=["short_note", "shelter"])

case("credible_threat", N("""
A video of a masked boy saying he will shoot up the school Friday is going around. We believe it
may be Troy Ellison (gr 10): the hoodie matches one he wears, and the family moved
[[nb:to the Franklin Field apartments|Franklin Field]] in March. Attached are the grade 10 class photos so BPD can run them through face matching against
the video.
"""), S("Troy Ellison", "Jeremiah E. Burke High School", 10),
    threat=N("""
A video circulated on 5/4/2026 shows a masked boy saying he will shoot up the school Friday. The
speaker is not yet identified.
"""),
    loc="Video circulating online", when=at("2026-05-04", "08:00"),
    recipient="bpd/district-b3", deny="face_surveillance",
    attach=[("photo", "grade10_class_photos.zip"), ("document", "video_screenshot.png")],
    tags=["short_note", "moved"])

case("drugs", N("""
Counterfeit M30 pills (11) found in a backpack left in the library at 1:00. Security footage was
compared by the vendor's face search and gave [[face:match ID FM-22817|FM-22817]] for Rocco Salerno
(gr 12). Rocco lives [[nb:in the Old Colony development|Old Colony]].
"""), S("Rocco Salerno", "Excel High School", 12),
    loc="Excel High School, library", when=at("2026-01-30", "13:00"),
    subs=["counterfeit pills"], recipient="bpd/district-c6", deny="face_surveillance",
    attach=[("face_match", "library_cam_face_search.pdf")], tags=["short_note"])

case("weapon", N("""
Brass knuckles found in Kofi Asante's locker at 9:30 during a search (gr 9). The SIS record sent
with this report includes the student's face profile from the new visitor/ID system.
"""), S("Kofi Asante", "Boston Community Leadership Academy", 9,
        address=F("nb", "60 Ashley St, Hyde Park 02136", "Ashley St;02136"),
        face_template_id=F("face", "ft-8c21e0a94b", "ft-8c21e0a94b"),
        face_match={"system": "visitor/ID", "score": F("face", "0.987")},
        mckinney_vento="N"),
    loc="Boston Community Leadership Academy, locker 3-044", when=at("2026-02-25", "09:30"),
    weapon="brass knuckles", recipient="bpd/district-e18", deny="face_surveillance",
    tags=["short_note", "sis_export", "structured"])

# ---- deny: other (replica / BB / airsoft: needs a named approver's determination) -------------

case("weapon", N("""
A BB gun (black, pistol-shaped, CO2-powered) was found in Jayden Whitmore's backpack at the 7:50
bag check. Jayden (gr 8) said he uses it to shoot cans in the lot behind
[[nb:the Motel 6 in Danvers|Motel 6;Danvers]], where the family has been since October. No threat.
"""), S("Jayden Whitmore", "Dearborn STEM Academy", 8),
    loc="Dearborn STEM Academy, bag check", when=at("2025-12-03", "07:50"),
    weapon="BB gun", recipient="bpd/district-b2", deny="other", tags=["short_note", "motel"])

case("weapon", N("""
Airsoft pistol (orange tip painted black) found in the waistband of Ricardo Maldonado (gr 10) at
11:15 after a teacher saw the grip. He said he brought it from [[nb:the Annunciation Rd group home|Annunciation Rd]]
to show a friend. No threats.
"""), S("Ricardo Maldonado", "English High School", 10),
    loc="English High School, 2nd floor hallway", when=at("2026-02-03", "11:15"),
    weapon="airsoft pistol", recipient="bpd/district-e13", deny="other",
    tags=["short_note", "group_home"])

case("weapon", T("""
From: SSS Supervisor Denis Kiely
To: AP Monique Ward
Subject: replica handgun - bus stop video
Date: Fri, Oct 31, 2025 3:10 PM

A TikTok filmed at the bus stop [[nb:outside the Walnut Ave apartments where he lives|Walnut Ave]]
shows Tariq Bowens (gr 9) pointing what looks like a pistol at the camera. This afternoon he
brought the same thing to school in his bag; SSS recovered it at dismissal: a plastic replica
handgun (metal-look, no orange tip), not capable of firing.
"""), S("Tariq Bowens", "Madison Park Technical Vocational High School", 9),
    loc="Madison Park TVHS, dismissal", when=at("2025-10-31", "14:30"),
    weapon="replica handgun", recipient="bpd/district-b2", deny="other",
    tags=["email", "bus_stop"])

case("weapon", N("""
Daisy BB rifle (Red Ryder style) brought to school in a guitar case by Corey Lindgren (gr 7) for
"show and tell" with friends. He's staying with his grandparents [[nb:on Beech St in Roslindale|Beech St;Roslindale]]
while mom is in treatment. No threat, nobody hurt.
"""), S("Corey Lindgren", "Joseph Lee K-8 School", 7),
    loc="Joseph Lee K-8 School, music room", when=at("2026-05-11", "10:00"),
    weapon="BB gun", recipient="bpd/district-c11", deny="other", tags=["short_note", "kinship"])

case("weapon", N("""
Airsoft rifle, full size, found in Aidan Murphy's sports locker at 3:30 PM. Aidan (gr 11)
alternates weeks between his mother [[nb:in South Boston|South Boston]] and his father
[[nb:in Braintree|Braintree]] and said it was left in his lacrosse bag from the weekend. No threat.
"""), S("Aidan Murphy", "Boston Latin Academy", 11),
    loc="Boston Latin Academy, athletics locker room", when=at("2026-04-09", "15:30"),
    weapon="airsoft rifle", recipient="bpd/district-c11", deny="other",
    tags=["short_note", "two_homes"])

# ----------------------------------------------------------------------------------------------


def main():
    rows = list(CASES)
    random.Random(20260302).shuffle(rows)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, (req, exp) in enumerate(rows, 1):
            cid = f"{PREFIX}-{i:04d}"
            req = dict(req, request_id=cid)
            fh.write(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
