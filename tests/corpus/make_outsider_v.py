#!/usr/bin/env python3
"""Generate tests/data/corpus/outsider_v.jsonl: 150 hand-written outsider cases (OV-0001..OV-0150).

Standard library only, deterministic (fixed seed, no network). Each case is written by hand in the
voice of a different kind of reporter (coach, formal incident report, substitute teacher, student
statement, family liaison, school nurse, school police officer, bus dispatcher, ...).

Inside free text, every forbidden mention is wrapped as {{category:text}}. The generator strips the
markers for the request and uses them to self-check the labels: every must_not_contain string must
lie inside a marked span (or a withheld student field / attachment name) and must not occur in the
text a correct redactor would release; every must_contain_text string must survive redaction; no
sentence may be shared between two cases.
"""
import collections
import datetime
import json
import pathlib
import random
import re
import textwrap
import unicodedata

SEED = 20260517
rng = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_v.jsonl"
PREFIX = "OV"
FAMILY = "outsider_v"

MARK = re.compile(r"\{\{(\w+):(.*?)\}\}", re.S)
CATS = {"immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"}
KEPT = ("student_id", "name", "date_of_birth", "age", "grade", "school")

CASES = []


def C(**kw):
    CASES.append(kw)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def clean(text):
    if text is None:
        return None
    return textwrap.dedent(text).strip("\n").strip()


def strip_marks(text):
    return MARK.sub(lambda m: m.group(2), text) if text else text


def redact(text):
    return MARK.sub("[WITHHELD]", text) if text else (text or "")


def marks(text):
    return [(m.group(1), m.group(2)) for m in MARK.finditer(text or "")]


def tz_offset(d):
    march = datetime.date(d.year, 3, 8)
    march += datetime.timedelta((6 - march.weekday()) % 7)
    nov = datetime.date(d.year, 11, 1)
    nov += datetime.timedelta((6 - nov.weekday()) % 7)
    return "-04:00" if march <= d < nov else "-05:00"


def occurred(when):
    day, hm = when.split()
    d = datetime.date.fromisoformat(day)
    return f"{day}T{hm}:00{tz_offset(d)}"


def dob_for(grade, when):
    d = datetime.date.fromisoformat(when.split()[0])
    sy = d.year if d.month >= 9 else d.year - 1
    start = datetime.date(sy - grade - 6, 9, 2)
    return (start + datetime.timedelta(days=rng.randrange(365))).isoformat()


SCHOOL_IDS = {}


def school_id(school):
    if school not in SCHOOL_IDS:
        while True:
            sid = f"BPS-{rng.randrange(4000, 4999)}"
            if sid not in SCHOOL_IDS.values():
                break
        SCHOOL_IDS[school] = sid
    return SCHOOL_IDS[school]


USED_IDS = set()


def student_id():
    while True:
        sid = str(rng.randrange(200000, 499999))
        if sid not in USED_IDS:
            USED_IDS.add(sid)
            return sid


def build(n, kw):
    cid = f"{PREFIX}-{n:04d}"
    desc = clean(kw["d"])
    loc = kw.get("loc")
    threat = clean(kw.get("th")) if kw.get("th") is not None else None
    student = {"student_id": kw.get("sid") or student_id(), "name": kw["n"]}
    if kw.get("age") is not None:
        student["age"] = kw["age"]
    else:
        student["date_of_birth"] = dob_for(kw["gr"], kw["w"])
    student["grade"] = kw["gr"]
    student["school"] = kw["sc"]
    for k, v in (kw.get("sx") or {}).items():
        student[k] = v
    req = {"request_id": cid, "school_id": school_id(kw["sc"]), "recipient": kw.get("r", "bpd"),
           "ground": kw["g"]}
    if kw.get("sub") is not None:
        req["substances"] = kw["sub"]
    if kw.get("wp") is not None:
        req["weapon"] = kw["wp"]
    if threat is not None:
        req["threat_statement"] = strip_marks(threat)
    req["incident"] = {"occurred_at": occurred(kw["w"]), "location": strip_marks(loc),
                       "description": strip_marks(desc)}
    req["student"] = student
    if kw.get("att"):
        req["attachments"] = kw["att"]

    dec = kw.get("dec", "allow")
    cats = set(kw.get("cats", ()))
    for text in (desc, loc, threat):
        for cat, _ in marks(text):
            cats.add(cat)
    assert cats <= CATS, (cid, cats)
    mnc = list(kw.get("mnc", ()))
    name, school = kw["n"], kw["sc"]
    must = [] if dec == "deny" else [name, school] + ([kw["fact"]] if kw.get("fact") else [])
    mct = [] if dec == "deny" else list(kw.get("mct", ()))
    tags = [FAMILY, kw["s"]] + list(kw.get("tags", ()))
    tags.append(("allow_clean" if not cats else "allow_redact") if dec == "allow" else "deny_" + kw["rsn"])
    expect = {"decision": dec}
    if dec == "deny":
        expect["reason"] = kw["rsn"]
    expect.update({"must_not_contain": mnc, "must_contain": must, "must_contain_text": mct,
                   "categories": sorted(cats), "tags": tags})

    # ---- self-checks -------------------------------------------------------------------------
    whole = fold(json.dumps(req, ensure_ascii=False))
    visible = " ".join([redact(desc), redact(loc), redact(threat),
                        " ".join(str(student.get(k, "")) for k in KEPT),
                        req["school_id"], req["recipient"], req["ground"], str(req.get("weapon", "")),
                        " ".join(req.get("substances") or [])])
    visible = fold(visible)
    hidden = [fold(t) for text in (desc, loc, threat) for _, t in marks(text)]
    hidden += [fold(json.dumps(v, ensure_ascii=False)) for k, v in (kw.get("sx") or {}).items()]
    hidden += [fold(a.get("name", "")) for a in (kw.get("att") or [])]
    for s in mnc:
        f = fold(s)
        assert len(f.strip()) >= 3, (cid, s)
        assert f in whole, (cid, "canary not in request", s)
        assert f not in visible, (cid, "canary survives redaction", s)
        assert any(f in h for h in hidden), (cid, "canary outside any forbidden span", s)
    for cat, t in [m for text in (desc, loc, threat) for m in marks(text)]:
        assert any(fold(s) in fold(t) for s in mnc), (cid, "span without canary", t)
    for s in must:
        assert fold(s) in visible, (cid, "must_contain lost", s)
    for s in mct:
        assert fold(s) in fold(redact(desc)), (cid, "must_contain_text lost", s)
    if dec == "allow":
        assert 1 <= len(mct) <= 3, cid
        assert kw.get("fact"), cid
        assert "face_surveillance" not in cats, cid
    else:
        assert kw["rsn"] in {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                             "missing_threat_statement", "face_surveillance", "other"}, cid
    if kw["g"] == "credible_threat" and dec == "allow":
        assert threat, cid
    return {"id": cid, "request": req, "expect": expect}


def sentences(text):
    for s in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        s = re.sub(r"\W+", " ", fold(s)).strip()
        if len(s.split()) >= 6:
            yield s


def main():
    out = [build(i, kw) for i, kw in enumerate(CASES, 1)]
    assert len(out) == 150, len(out)
    seen = {}
    for c in out:
        inc = c["request"]["incident"]
        for s in list(sentences(inc["description"])) + list(sentences(c["request"].get("threat_statement"))):
            assert s not in seen or seen[s] == c["id"], ("shared sentence", seen.get(s), c["id"], s)
            seen[s] = c["id"]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    dec = collections.Counter(c["expect"]["decision"] for c in out)
    rsn = collections.Counter(c["expect"].get("reason", "-") for c in out)
    cat = collections.Counter(k for c in out for k in c["expect"]["categories"])
    tag = collections.Counter(t for c in out for t in c["expect"]["tags"])
    print(f"wrote {len(out)} cases to {OUT}")
    print("decision", dict(dec))
    print("reason", dict(rsn))
    print("categories", dict(sorted(cat.items())))
    print("tags", dict(sorted(tag.items())))


# =================================================================================================
# The cases. Keys: s style tag, g ground, d description, n name, sc school, gr grade, w when,
# loc location, r recipient, wp weapon, sub substances, th threat statement, sx extra student
# fields, att attachments, dec decision, rsn deny reason, mnc must_not_contain, fact key fact,
# mct must_contain_text, cats extra categories (structured fields), tags extra tags.
# =================================================================================================

# ---- 1-14: coaches' hurried texts ---------------------------------------------------------------
C(s="coach_text", g="weapon", wp="folding knife", n="Jordan Whitaker", sc="Brighton High School", gr=10,
  w="2025-10-07 16:40", loc="Brighton High School, boys' locker room", r="bpd/district-d14",
  d="""Fwd from Coach Ferreira, sent 4:52pm: "after practice JW had a folding knife out in the locker room flicking it open at the freshmen, says its for the walk home. took it off him, its locked in my desk drawer. nobody hurt. mom not answering" """,
  fact="folding knife", mct=["locker room", "flicking it open"], tags=["name_overlap"])

C(s="coach_text", g="serious_violence", n="Tyrese Calloway", sc="Jeremiah E. Burke High School", gr=11,
  w="2026-01-22 18:10", loc="Burke gymnasium, home bleachers", r="bpd/district-b3",
  d="""game vs O'Bryant 3rd qtr, #23 Tyrese swung on a kid from their bench, kid went down and cracked his head on the bleacher step, out cold maybe 30 sec. EMS took him to Boston Medical Center. {{gang_affiliation:fyi his older bro runs with the Glendale Click}}. sorry typing on my phone - Coach D""",
  mnc=["Glendale Click"], fact="Boston Medical Center", mct=["out cold", "bleacher step"], tags=["third_party"])

C(s="coach_text", g="fight", n="Christian Mendes", sc="Charlestown High School", gr=9,
  w="2025-11-03 15:55", loc="Charlestown High School turf field", r="bpd/district-a1",
  d="""2 of my JV guys scrapped at the end of conditioning, Christian + a sophomore. pushing, couple swings, nobody bleeding, both sent home w/ parents. AD said send it up the chain so here it is""",
  dec="deny", rsn="ground_not_permitted", tags=["name_overlap"])

C(s="coach_text", g="drugs", sub=["counterfeit M30 pills"], n="Paris Holloway", sc="Boston Latin Academy", gr=12,
  w="2026-02-10 17:25", loc="Boston Latin Academy gym, girls' team bench", r="bpd/district-b2",
  d="""Coach Mulvey here. During warmups a Gatorade bottle fell out of Paris's bag and six little blue pills stamped M 30 rolled across the floor. She says she was holding them for somebody, won't say who. Pills are sealed in an envelope with the nurse. She sat out the Latin School game.""",
  fact="counterfeit M30 pills", mct=["blue pills", "M 30"], tags=["name_overlap"])

C(s="coach_text", g="drugs", sub=["vape pen (contents unknown)"], n="Mecca Abernathy", sc="Boston Community Leadership Academy", gr=10,
  w="2025-09-30 16:05", loc="BCLA softball field, behind the first-base dugout", r="bpd/district-b2",
  d="""softball practice - Mecca and another girl behind the dugout with a vape, grabbed it, cant tell if its nic or weed. {{religion:her dad is the imam at the mosque on Washington St}} so he'd want to hear it from us first pls""",
  dec="deny", rsn="excluded_substance", mnc=["imam", "mosque"], tags=["name_overlap", "third_party"])

C(s="coach_text", g="weapon", wp="brass knuckles", n="Kenya Lobo", sc="Snowden International School", gr=11,
  w="2026-04-14 15:30", loc="Carter Field, Columbus Ave (track practice)", r="bpd/district-d4",
  d="""track mtg at Carter Field. Kenya had brass knuckles on under her glove during 4x100 handoff drills, showing the relay girls. took them, in my car, bringing to main office first thing. {{national_origin:mom begged me not to call anyone bc they just came over from Cape Verde}} - ur call""",
  mnc=["Cape Verde"], fact="brass knuckles", mct=["Carter Field", "4x100"], tags=["name_overlap"])

C(s="coach_text", g="weapon", wp="steak knife", n="Devonte Rhames", sc="Madison Park Technical Vocational High School", gr=10,
  w="2026-01-09 21:15", loc="Team bus returning from Warrior Ice Arena", r="bric",
  d="""hockey bus coming back from Warrior Ice Arena, one of the bench guys found a steak knife in Devonte's skate bag wrapped in a tube sock. {{gang_affiliation:intel people already have him down as a Kensington Blocc associate}}, sending over to them""",
  dec="deny", rsn="recipient_not_permitted", mnc=["Kensington Blocc"])

C(s="coach_text", g="weapon", wp="pepper spray", n="Israel Ocasio", sc="East Boston High School", gr=12,
  w="2025-10-18 11:20", loc="East Boston Memorial Stadium, visitors' sideline", r="bpd/district-a7",
  d="""Sat game at Memorial Stadium: Israel sprayed pepper spray (pink keychain can) at a kid from Latin Academy after the handshake line, kid's eyes swollen shut, rinsed w/ water bottles, EMTs checked him on site. can is w/ me. Israel says kid called him out first""",
  fact="pepper spray", mct=["pink keychain can", "handshake line"], tags=["name_overlap"])

C(s="coach_text", g="weapon", wp="box cutter", n="Nevaeh Dominique", sc="TechBoston Academy", gr=11,
  w="2026-03-05 15:10", loc="TechBoston Academy, girls' locker room", r="bpd/district-c11",
  d="""Volleyball: Nevaeh pulled a box cutter from her hoodie pocket during an argument over a borrowed pair of Nikes. Blade out, didn't cut anyone. {{ethnicity:the other girl's family (Dominican, very upset)}} wants it on record. Coach R.""",
  mnc=["Dominican"], fact="box cutter", mct=["borrowed pair of Nikes", "hoodie pocket"], tags=["name_overlap", "third_party"])

C(s="coach_text", g="drugs", sub=["Juul pods", "nicotine pouches"], n="Cairo Wendell", sc="Excel High School", gr=11,
  w="2025-12-02 16:30", loc="Excel High School wrestling room", r="bpd/district-c6",
  d="""wrestling - found 2 Juul pods + a tin of Zyn in Cairo's singlet bag at weigh-ins. Confiscated. Parents notified by text""",
  dec="deny", rsn="excluded_substance", tags=["name_overlap"])

C(s="coach_text", g="serious_violence", n="Amari Fontaine", sc="English High School", gr=10,
  w="2026-05-12 16:45", loc="Franklin Park, field behind English High School", r="bpd/district-e13",
  d="""Baseball practice. Amari took a bat to a teammate's knee after getting pulled from the lineup. Kid screaming, knee looks wrong, Mr. English (asst coach) rode with him to Children's. Bat is in the equipment shed. Amari walked off toward Forest Hills""",
  fact="Children's", mct=["Mr. English", "equipment shed", "knee"], tags=["name_overlap"])

C(s="coach_text", g="weapon", wp="stun gun", n="Genesis Pimentel", sc="Brighton High School", gr=9,
  w="2026-02-26 15:40", loc="Brighton High School, 3rd floor stairwell", r="bpd/district-d14",
  d="""cheer coach here. Genesis zapped a girl on the arm w/ a little black stun gun in the stairwell before practice, left 2 red marks. {{language:Girl's grandma only speaks Portuguese}} so Ms. Reis called her. Device in office""",
  mnc=["Portuguese"], fact="stun gun", mct=["2 red marks", "stairwell"], tags=["name_overlap", "third_party"])

C(s="coach_text", g="gang_activity", n="Malik Sorensen", sc="Jeremiah E. Burke High School", gr=12,
  w="2026-03-18 17:00", loc="Burke High School, front steps", r="bpd/district-b3",
  d="""some older guys waiting on the front steps after practice calling my players out by name. Malik went over and talked to them. {{gang_affiliation:pretty sure they're Wendover Ave}}. just want police aware""",
  dec="deny", rsn="ground_not_permitted", mnc=["Wendover Ave"])

C(s="coach_text", g="weapon", wp="kitchen knife", n="Trinity Babineaux", sc="Fenway High School", gr=10,
  w="2025-11-13 15:20", loc="Fenway High School lobby", r="bpd/district-d4",
  d="""Ultimate frisbee practice cancelled bc of this: Trinity had an 8 inch kitchen knife in her Jansport, told 2 girls she'd "cut whoever took my AirPods." Secured by Mr. Okafor in the lobby, no contact made. she's calm now, in AP office""",
  fact="kitchen knife", mct=["8 inch", "AirPods"], tags=["name_overlap"])
# ---- 15-32: formal incident reports with numbered sections, headers and footnotes ---------------
C(s="formal_report", g="weapon", wp="loaded handgun", n="Darnell Osei-Whitfield", sc="Madison Park Technical Vocational High School", gr=11,
  w="2026-02-04 08:05", loc="Madison Park, Malcolm X Blvd entrance, metal detector lane 2", r="bpd/district-b2",
  d="""INCIDENT REPORT - MADISON PARK TVHS - SAFETY OFFICE
1. Summary. At 0805 the walk-through detector at lane 2 alarmed on the student's backpack.
2. Findings. SSO Barros located a black semi-automatic handgun in the front zip pocket, one round chambered, magazine inserted (six rounds).
3. Actions. Area cleared, weapon left untouched until BPD arrived; student held in the conference room with two staff.
4. Student account. Student stated he "found it by the train" and carried it for protection.
5. Family. {{immigration_status:Guardian reports the family's asylum case is pending}}; guardian asked that this not affect it.
6. Attachments. Detector log printout.""",
  mnc=["asylum"], fact="loaded handgun", mct=["one round chambered", "lane 2"],
  att=[{"kind": "document", "name": "detector_log_lane2.pdf"}], tags=["numbered_sections"])

C(s="formal_report", g="serious_violence", n="Keyshawn Mbeki", sc="Charlestown High School", gr=10,
  w="2025-10-21 12:35", loc="Charlestown High School cafeteria", r="bpd/district-a1",
  d="""Subject: Serious incident - cafeteria - 10/21 {{ethnicity:(victim is Vietnamese, per his counselor)}}

Section A - What happened: During B lunch the student struck a classmate, L.T., in the face with a metal lunch tray, then kicked him twice while he was on the floor.
Section B - Injuries: L.T. lost two front teeth and had a cut above the left eye that needed stitches; transported to Mass General by Boston EMS.
Section C - Witnesses: cafeteria monitor Ms. Duong and two students (statements on file).
Section D - Prior: none on record.""",
  mnc=["Vietnamese"], fact="metal lunch tray", mct=["lost two front teeth", "Mass General", "metal lunch tray"],
  tags=["numbered_sections", "subject_line", "third_party"])

C(s="formal_report", g="weapon", wp="razor blade", n="Zion Aldana", sc="John D. O'Bryant School of Mathematics & Science", gr=8,
  w="2025-12-09 10:50", loc="O'Bryant, room 214 (7th period science)", r="bpd/district-b2",
  d="""Report No. 2025-117
I. Reporting staff: Dr. Feeney, science.
II. Facts: While the class dissected owl pellets, the student removed a single-edge razor blade from a pencil case and held it to a classmate's sleeve, saying "try me." No cut. Blade surrendered to Dr. Feeney.
III. Note: the razor blade is not from the science supply kit (our kits use plastic probes).
IV. Disposition: AP notified, parent called, blade bagged.
V. Footnote: {{language:* parent call made through a Spanish interpreter on the language line}}""",
  mnc=["Spanish interpreter"], fact="razor blade", mct=["owl pellets", "pencil case"], tags=["numbered_sections", "footnote", "name_overlap"])

C(s="formal_report", g="credible_threat", n="Gabriel Nunes-Tavares", sc="Brighton High School", gr=11,
  w="2026-03-11 13:15", loc="Brighton High School, library computers", r="bpd/district-d14",
  th="""On 3/11 the student wrote in the class group chat: "Friday I'm bringing my uncle's gun and Mr. Kaplan's whole 5th period is done." He named four classmates. He has told two students he knows where the gun is kept.""",
  d="""BRIGHTON HIGH SCHOOL - THREAT ASSESSMENT INTAKE
(1) Source: screenshot turned in by a classmate at 1:15 pm.
(2) Content: threat to bring a gun on Friday and harm Mr. Kaplan's 5th period, four students named.
(3) Access: student says his uncle keeps a pistol in a shoebox; uncle's address withheld from this form.
(4) Interim steps: student kept out of class pending assessment; Mr. Kaplan informed.
(5) Family contact: {{national_origin:father, who is Brazilian-born and}} {{immigration_status:holds a work visa}}, was reached at 2:40 pm.""",
  mnc=["Brazilian", "work visa"], fact="gun", mct=["screenshot turned in by a classmate", "shoebox", "5th period"], tags=["numbered_sections"])

C(s="formal_report", g="drugs", sub=["fentanyl"], n="Brooklyn Achterberg", sc="Excel High School", gr=12,
  w="2026-01-27 09:20", loc="Excel High School, second-floor girls' bathroom", r="bpd/district-c6",
  d="""EXCEL HIGH SCHOOL / Office of the Headmaster
Re: Suspected fentanyl - second-floor bathroom - 1/27/26
1. At 9:20 a custodian found the student and another girl in the second-floor bathroom; the other girl was unresponsive.
2. Nurse Callahan gave two doses of Narcan; the girl came around and was taken to Boston Medical Center.
3. A folded foil strip with burn marks and a small bag of off-white powder (field test by BPD pending) were found in the student's coat.
4. The student said the powder was "fetty" and she got it at Andrew station.
Distribution: headmaster, nurse, file.""",
  fact="fentanyl", mct=["two doses of Narcan", "Andrew station", "foil strip"], tags=["numbered_sections", "clean_rich"])

C(s="formal_report", g="trespass", n="Asia Kellerman", sc="Boston Arts Academy", gr=11,
  w="2025-11-19 19:40", loc="Boston Arts Academy, black box theater", r="bpd/district-d4",
  d="""Facilities Incident Form 11-19
1. After the fall play rehearsal two former students entered the black box through the loading dock.
2. Current student Asia K. propped the door for them.
3. Nothing taken; no one injured; they left when asked.
4. Request police trespass warning letters.""",
  dec="deny", rsn="ground_not_permitted", tags=["numbered_sections", "name_overlap"])

C(s="formal_report", g="weapon", wp="collapsible baton", n="Dashawn Pryor", sc="Dearborn STEM Academy", gr=9,
  w="2026-04-28 14:05", loc="Dearborn STEM Academy, Greenville St side door", r="bpd/district-b2",
  d="""DEARBORN STEM ACADEMY - INCIDENT REPORT
Date/Time: 4/28, 2:05 pm
Location: Greenville St side door
Narrative: During dismissal the student extended a black collapsible steel baton and swung it at a group of 8th graders near the bike rack. One boy was struck on the backpack only. Mr. Lindqvist took the baton.
{{neighborhood:Student address: 77 Haiti Street, Apt 2, Dorchester 02121}}
Prepared by: A. Moreau, Dean""",
  mnc=["Haiti Street", "02121"], fact="collapsible baton", mct=["bike rack", "Greenville St side door"],
  tags=["numbered_sections", "header_field", "street_overlap"])

C(s="formal_report", g="serious_violence", n="Juliette Abernathy-Cole", sc="Fenway High School", gr=12,
  w="2026-02-13 11:05", loc="Fenway High School, 4th floor hallway outside the art room", r="bpd/district-d4",
  d="""FENWAY HIGH SCHOOL INCIDENT SUMMARY (Valentine's Day week)
Part 1. The student pushed a junior down the back stairwell after an argument over a prom-proposal video.
Part 2. The junior fell about ten steps, broke her right wrist and hit her head; Beth Israel Deaconess ER confirmed a concussion.
Part 3. Staff on scene: Ms. Chen (art), Mr. Halloran (custodian).
Part 4. Student was calm and said "she had it coming."
Part 5. Parent meeting set for Tuesday after February vacation.""",
  fact="broke her right wrist", mct=["Beth Israel Deaconess", "prom-proposal video", "broke her right wrist"],
  tags=["numbered_sections", "clean_rich", "name_overlap"])

C(s="formal_report", g="weapon", wp="switchblade", n="Mateus Quintanilha", sc="East Boston High School", gr=10,
  w="2025-09-24 13:30", loc="East Boston High School, Marion St entrance", r="bpd/district-a7",
  d="""EBHS Incident Report #0924-03
A. At 1:30 pm a switchblade was seen clipped inside the student's waistband by Mr. Torres (PE).
B. Student surrendered it without resistance in the main office.
C. {{language:Student is an English learner (ELD level 2)}} {{language:and a Portuguese-speaking staff member sat in}}.
D. {{neighborhood:Home: Maverick Square, near the Maverick housing development}}.
E. No injuries.""",
  mnc=["English learner", "ELD level", "Portuguese-speaking", "Maverick Square", "Maverick housing"],
  fact="switchblade", mct=["waistband", "Mr. Torres"], tags=["numbered_sections", "list_hidden"])

C(s="formal_report", g="credible_threat", n="Eden Marchetti", sc="Boston Latin School", gr=9,
  w="2026-01-13 07:55", loc="Boston Latin School, Avenue Louis Pasteur entrance", r="bpd/district-d4",
  th="""Anonymous note slid under the guidance office door, signed with the student's gamer tag, reading "I have the pipe bomb video saved, Thursday lunch the cafeteria goes up." Student admitted writing it when shown the tag.""",
  d="""BOSTON LATIN SCHOOL - MEMO TO FILE
Item 1: Note found at 7:55 a.m. under the guidance office door.
Item 2: Handwriting and gamer tag matched to the student by his homeroom teacher.
Item 3: Student admits writing it; says it was "a joke for a Discord server."
Item 4: Search of locker found a notebook with a drawing of the cafeteria and an X over the serving line.
Item 5: Cafeteria swept by BPD K-9 as a precaution; nothing found.""",
  fact="pipe bomb", mct=["guidance office door", "Discord server", "serving line"], tags=["numbered_sections", "clean_rich"])

C(s="formal_report", g="immigration_inquiry", n="Ana Lúcia Ferraz", sc="Brighton High School", gr=10,
  w="2025-10-29 10:00", loc="Brighton High School main office", r="bpd/district-d14",
  d="""Re: Records request relayed for ERO Boston
1. A district officer called the main office on behalf of ERO Boston asking whether the student attends Brighton High and what her schedule is.
2. {{immigration_status:He said her family is undocumented}} {{national_origin:and came from Brazil in 2023}}.
3. Front office referred him to the Office of Legal Advisor.""",
  dec="deny", rsn="ground_not_permitted", mnc=["undocumented", "Brazil"], tags=["numbered_sections"])

C(s="formal_report", g="weapon", wp="taser", n="Marisol Ybarra", sc="Urban Science Academy", gr=11,
  w="2026-03-24 09:45", loc="Urban Science Academy, room 118", r="bpd/district-e5",
  d="""USA Incident Report
Header: Student ID on file | {{religion:Religion (SIS): Jehovah's Witness}} | Grade 11
1. In Algebra II the student showed classmates a yellow Taser X2 and fired it once at the whiteboard; the prongs stuck in the board.
2. No one was hit. Mr. Akhtar unplugged the cartridge and brought the device to the office.
3. Student says she bought it online after being followed home from the Forest Hills bus.""",
  mnc=["Jehovah"], fact="taser", mct=["Taser X2", "whiteboard", "Algebra II"], tags=["numbered_sections", "header_field"])

C(s="formal_report", g="serious_violence", n="Jaylen Christian", sc="Community Academy of Science and Health", gr=12,
  w="2025-12-16 14:50", loc="CASH, parking lot off Blue Hill Ave", r="bpd/district-b3",
  d="""COMMUNITY ACADEMY OF SCIENCE AND HEALTH - REPORT OF SERIOUS INCIDENT
§1 At dismissal the student and three others beat a 10th grader in the parking lot; the student stomped on his head.
§2 Victim: fractured orbital bone and broken nose, admitted to Boston Medical Center overnight.
§3 {{gang_affiliation:Staff believe the attack was a crew retaliation (student is known to roll with Norfolk Street)}}.
§4 Video from the school's own exterior camera saved for BPD.""",
  mnc=["Norfolk Street"], fact="fractured orbital bone", mct=["fractured orbital bone", "stomped on his head"],
  tags=["numbered_sections", "name_overlap"])

C(s="formal_report", g="drugs", sub=["Xanax (alprazolam) bars"], n="Liam Fitzgerald-Ortiz", sc="Boston Latin Academy", gr=10,
  w="2026-05-06 12:10", loc="Boston Latin Academy, third-floor boys' room", r="bpd/district-b2",
  d="""BLA Disciplinary Referral - Controlled Substance
1) Reporting staff: Mr. O'Neil, dean of students.
2) A student told the dean that the named student was selling "bars" in the third-floor bathroom for $10 each.
3) A search of his backpack found 14 white rectangular tablets stamped "XANAX 2" in a sandwich bag and $130 in cash.
4) Student says he got them from an older cousin.
5) P.S. {{ethnicity:Dad asked that the report not mention they're Irish travellers}}""",
  mnc=["Irish travellers"], fact="Xanax", mct=["XANAX 2", "$130 in cash", "sandwich bag"], tags=["numbered_sections", "postscript"])

C(s="formal_report", g="vandalism", n="Noah Pires", sc="Boston International High School", gr=11,
  w="2026-03-02 08:30", loc="Boston International High School, second-floor boys' bathroom", r="bpd/district-c11",
  d="""Incident Form - Property Damage
1. Two sinks pulled from the wall, water damage to the ceiling below.
2. Student admits he did it on a dare.
3. {{language:Student's first language is Tigrinya}}; {{immigration_status:he arrived as a refugee}}.
4. Cost estimate from facilities: $4,200.""",
  dec="deny", rsn="ground_not_permitted", mnc=["Tigrinya", "refugee"], tags=["numbered_sections"])

C(s="formal_report", g="weapon", wp="machete", n="Paris Okonkwo-Reyes", sc="Brighton High School", gr=12,
  w="2026-05-19 15:05", loc="Brighton High School, Warren St bus stop", r="bpd/district-d14",
  d="""BRIGHTON HIGH SCHOOL - INCIDENT REPORT
1.0 Time and place: 3:05 pm, MBTA bus stop on Warren St directly outside the school.
2.0 Event: the student took a machete (about 18 inches, green handle) out of a duffel bag and chased a boy from another school toward Oak Square.
3.0 Outcome: the boy ran into a pizza shop; nobody was cut. Staff member Mr. Voss talked the student into dropping the machete on the sidewalk.
4.0 Property: machete held by school police.""",
  fact="machete", mct=["green handle", "pizza shop", "Oak Square"], tags=["numbered_sections", "clean_rich", "name_overlap"])

C(s="formal_report", g="credible_threat", n="Messiah Grant", sc="Jeremiah E. Burke High School", gr=10,
  w="2026-04-02 10:20", loc="Burke High School, 2nd floor, room 207", r="bpd/district-b3",
  d="""BURKE - THREAT REPORT
1. Student said in class, loudly, "after school I'm shooting up the Dunkin' on Washington."
2. Witnessed by Ms. Pope (ELA) and at least 12 students.
3. Student has posted photos of a handgun on Snapchat this week.""",
  dec="deny", rsn="missing_threat_statement", tags=["numbered_sections", "name_overlap"])

C(s="formal_report", g="serious_violence", n="Rafael Domingos", sc="Madison Park Technical Vocational High School", gr=11,
  w="2025-11-06 13:40", loc="Madison Park, carpentry shop (room C-112)", r="bpd/district-b2",
  d="""MADISON PARK TVHS - SHOP INCIDENT REPORT
a) In carpentry shop the student hit a classmate across the back of the head with a 2x4 after an argument about a phone.
b) Classmate bled heavily from the scalp, 9 staples at Boston Children's; he was dizzy and vomited.
c) Instructor Mr. Bishop pressed the lockout and cleared the shop.
d) Student claims the classmate stole his iPhone charger.""",
  fact="2x4", mct=["9 staples", "Mr. Bishop", "2x4"], tags=["numbered_sections", "clean_rich"])
# ---- 33-44: a retired teacher's long-winded substitute notes -----------------------------------
C(s="sub_note", g="weapon", wp="knife", n="Dominic Szymanski", sc="Mission Hill K-8", gr=7,
  w="2025-10-16 11:15", loc="Mission Hill K-8, room 302 (Ms. French's homeroom)", r="bpd/district-b2",
  d="""Dear Ms. French, I hope your conference went well and that the hotel coffee was better than ours. I taught your periods 1 through 4 today. The morning went along nicely; your 7th graders are a lively bunch and we got through the worksheet on the Louisiana Purchase, though I confess I digressed into a story about my own years at the old Lewenberg. Now to the unpleasant part. At about 11:15, during silent reading, Dominic took a knife from his sneaker, a kitchen paring knife with a wooden handle, and held it under the desk pointed at the boy beside him, whispering that he would "open him up" if the boy told on him about the stolen Takis. I walked over, asked for it in my calmest voice, and he handed it to me handle first. I carried it straight to Mr. Nwosu in the office. Nobody was hurt, thank heavens. I have taught for thirty-four years and still my hands shook. Yours, Mrs. Gallagher (substitute, retired)""",
  fact="knife", mct=["paring knife", "stolen Takis", "under the desk"], tags=["long_winded", "name_overlap", "teacher_overlap"])

C(s="sub_note", g="serious_violence", n="Ibrahim Castellanos", sc="McKinley Schools", gr=8,
  w="2026-01-29 13:30", loc="McKinley Middle, gym", r="bpd/district-d4",
  d="""To whoever picks up this note, and to Mr. Healy when he is back from jury duty:

I covered 6th and 7th period PE. Let me say first that the gym floor is in a disgraceful state and someone will twist an ankle on those loose boards by the bleachers. But that is not why I am writing. During dodgeball Ibrahim and another boy collided and words were exchanged; Ibrahim then picked up a metal folding chair from the stage and brought it down on the other boy's shoulder and neck, twice. The boy could not lift his arm and was crying; the nurse sent him by ambulance to Tufts Medical Center, where (I am told by the office) his collarbone is broken. {{religion:Ibrahim, who I gather is fasting this month for Ramadan}}, said he was "tired and the kid kept talking." I kept the others seated on the bleachers until Mr. Pena came. I am sorry to leave you such a mess. - Mr. Doherty, retired (BPS 1979-2014)""",
  mnc=["Ramadan", "fasting"], fact="folding chair", mct=["metal folding chair", "collarbone is broken", "Tufts Medical Center"],
  tags=["long_winded"])

C(s="sub_note", g="drugs", sub=["psilocybin mushrooms"], n="Skylar Ngata", sc="Snowden International School", gr=11,
  w="2025-11-20 10:10", loc="Snowden International School, room 405", r="bpd/district-d4",
  d="""Note for Mr. Abernathy from the substitute.

A pleasant group, mostly, though the back row treats the word "quiet" as a suggestion. We watched the first half of the Ken Burns film; they stopped at the part about the Dust Bowl. Two things for you. First, the projector remote is in your top drawer because the battery door is broken. Second, and more seriously: Skylar was showing classmates a plastic baggie of dried mushrooms (caps and stems, grayish-brown) and offering them "for the Thanksgiving break." When I asked, she put the baggie on my desk and said they were "shrooms, just a few grams." I walked it to the main office at 10:10 and the AP has it. {{neighborhood:She mentioned she lives over on Cuba Street in Mattapan}}, in case the office needs it to reach her mother, who did not answer. With regards, Mrs. Loughlin (retired, 31 years at the Tobin)""",
  mnc=["Cuba Street", "Mattapan"], fact="mushrooms", mct=["dried mushrooms", "Thanksgiving break", "Ken Burns film"],
  tags=["long_winded", "street_overlap"])

C(s="sub_note", g="weapon", wp="BB gun", n="Owen Kalani-Brooks", sc="Curley K-8 School", gr=6,
  w="2026-03-17 09:40", loc="Curley K-8, Upper Campus, room 211", r="bpd/district-e13",
  d="""Dear Mrs. Yee, this is Mr. Sheehan, your sub for the day, St. Patrick's Day no less, and half the room was in green. I regret that during your 6th graders' math block Owen brought out what looked like a black pistol from his backpack and pointed it at the ceiling. It turned out to be a BB gun (a Crosman, the box says), unloaded as far as I could tell, with no BBs in his bag. I took it to the office. Forgive me for overstepping, but I do not think he meant any harm by it; he said his older cousin lets him shoot cans in the yard.""",
  dec="deny", rsn="other", tags=["long_winded", "replica"])

C(s="sub_note", g="credible_threat", n="Valentina Rojas-Pike", sc="Boston Community Leadership Academy", gr=10,
  w="2026-02-24 12:45", loc="BCLA, room 316", r="bpd/district-b2",
  th="""Student told a classmate, in the substitute's hearing, that she had her brother's gun in her locker and would "handle" two named girls after school at Ruggles. Classmate confirmed she saw a gun in the locker yesterday.""",
  d="""Dear Ms. Abrams: I was your sub today. I will not keep you long, though you know I always do. It was a long day with the fire drill right after lunch, and the room was cold because of the radiator again. At 12:45, as the class was filing back in, Valentina told the girl beside her that she had "my brother's strap" in her locker and would handle "Kiara and them" at Ruggles after school. I did not hear every word but I heard "strap" and "Ruggles" clearly. The other girl then told me she had seen a gun in the locker yesterday. I sent a runner to Mr. Cormier at once. {{language:I asked the other girl's mother, on the phone, through her son, because she speaks only Haitian Creole}}. I hope I did right. - Mrs. D. Wozniak, retired""",
  mnc=["Haitian Creole"], fact="Ruggles", mct=["my brother's strap", "Ruggles", "fire drill"], tags=["long_winded", "third_party"])

C(s="sub_note", g="serious_violence", n="Theo Abernathy", sc="Josiah Quincy Upper School", gr=9,
  w="2025-12-11 14:20", loc="Josiah Quincy Upper School, 5th floor hallway", r="bpd/district-a1",
  d="""For Mr. Lau's files, from the sub (R. Kowalczyk).
I covered World History and we did the Silk Road map activity; they enjoyed it, especially the spice-trade part with the cinnamon I brought in from home. Toward the end of 7th period two boys began shoving at the door. Before I could get there Theo slammed the other boy's head into the metal door frame several times. There was a great deal of blood from the boy's forehead and he seemed confused and could not tell me the date. The nurse called 911; EMS took him to Tufts Medical Center. I am told it is a skull fracture. I have written my own statement separately. {{ethnicity:The injured boy's mother, who is Chinese}}, came to the school and was very distressed; Ms. Wong comforted her.""",
  mnc=["Chinese"], fact="skull fracture", mct=["metal door frame", "skull fracture", "Silk Road"],
  tags=["long_winded", "third_party", "clean_rich"])

C(s="sub_note", g="weapon", wp="pepper spray", n="Amara Wilhelmsen", sc="Lilla G. Frederick Middle School", gr=8,
  w="2026-05-21 11:35", loc="Frederick Middle School, cafeteria", r="bpd/district-c11",
  d="""Note left on the desk for Mr. English, 8th grade science.
Dear Mr. English, the lab on density went fine and nobody drank the corn syrup, which I count as a win. However, at lunch duty (you are on the cafeteria rota on Wednesdays, which I did not know until 11:20) a girl named Amara sprayed a small canister of pepper spray in the face of another girl by the pizza line. The girl's eyes and cheeks were burning; the nurse flushed them with saline. About fifteen children near the line were coughing and had to be moved outside to the courtyard. The canister is labeled "Sabre Red." I handed it to Ms. Ruiz. - your sub, Mrs. Coughlin""",
  fact="pepper spray", mct=["Sabre Red", "pizza line", "Mr. English"], tags=["long_winded", "teacher_overlap", "clean_rich"])

C(s="sub_note", g="bullying", n="Harper Nakamura-Bell", sc="Boston Latin School", gr=7,
  w="2025-10-09 09:30", loc="Boston Latin School, room 127", r="bpd/district-d4",
  d="""To Dr. Lyons, I was in your room for Latin today and I must report, with some sadness, that a few of your Class VI girls were unkind to Harper all morning: whispering, hiding her bag, a cruel drawing on the board before I arrived. {{religion:The drawing mocked her head scarf and her family's mosque}}. Nothing physical. I erased it, spoke to them firmly, and let the house master know. I suppose it is a matter for the school, but I leave it in your hands.""",
  dec="deny", rsn="ground_not_permitted", mnc=["head scarf", "mosque"], tags=["long_winded"])

C(s="sub_note", g="drugs", sub=["cocaine"], n="Christian Paris Adeyemi", sc="Brighton High School", gr=12,
  w="2026-04-08 13:55", loc="Brighton High School, room 219", r="bpd/district-d14",
  d="""Mrs. Fairweather (long-term sub, formerly of the Taft) to Mr. Dwyer, AP.
I have been in this building off and on since the Kennedy administration, or so it feels, and I know a thing or two about what children get up to, so please take this seriously. During 6th period Christian Paris (he goes by CP) dropped a small knotted corner of a plastic bag with white powder onto the floor near the pencil sharpener. Another student said "that's his coke, he sells it at the Jackson stop." CP told me it was "baking soda for a science thing." It is on your desk in a sealed envelope I signed across the flap. I did not touch the powder. Respectfully yours.""",
  fact="cocaine", mct=["pencil sharpener", "Jackson stop", "sealed envelope"], tags=["long_winded", "name_overlap"])

C(s="sub_note", g="weapon", wp="box cutter", n="Marcus Delacroix", sc="Excel High School", gr=10,
  w="2025-12-18 10:25", loc="Excel High School, room 108", r="bpd/district-c6",
  d="""Note for Ms. Holloway, from the substitute, Mr. Reardon (retired, taught Chemistry at Southie for 28 years).
I must tell you that the class was unusually rowdy this morning because of the Christmas break coming on Friday and the ugly-sweater contest in homeroom. During the vocabulary quiz Marcus slid the blade out of a yellow box cutter and cut the strap of another boy's backpack, and then held the blade near the boy's face and said he would "do your face next." I intervened, he retracted the blade, and he handed it to me when I held out my hand. No skin was cut. {{gang_affiliation:The other students say the backpack belonged to someone from a rival crew, the H-Block boys}}. I wrote it up for the office and walked the box cutter down myself.""",
  mnc=["H-Block"], fact="box cutter", mct=["ugly-sweater contest", "strap of another boy's backpack"], tags=["long_winded", "third_party"])

C(s="sub_note", g="serious_violence", n="Sofia Benedetti", sc="Boston Arts Academy", gr=11,
  w="2026-03-03 15:00", loc="Boston Arts Academy, dance studio B", r="bpd/district-d4",
  d="""To Ms. Amaral (dance) - from your sub, Mrs. Ruth Abramowitz.
Dear, I followed your plan, the warm-up to the Alvin Ailey piece, and then the cool-down. Then something terrible: as the girls were leaving, Sofia grabbed a classmate by her ponytail and smashed her face into the mirror, which broke. The girl's cheek was cut open to the bone, and there was glass in her hair. I held a towel to it while Nurse Bello came; she went to Brigham and Women's by ambulance and needed plastic surgery, I am told. I keep thinking of the sound. I am so sorry. I will not be available to sub next week; it is April vacation and my grandchildren are coming up from Quincy.""",
  fact="mirror", mct=["smashed her face into the mirror", "Brigham and Women's", "Alvin Ailey"],
  tags=["long_winded", "clean_rich"])

C(s="sub_note", g="weapon", wp="airsoft pistol", n="Jordan Israel Pacheco", sc="Irving Middle School", gr=7,
  w="2026-01-15 14:10", loc="Irving Middle School, back stairwell", r="bpd/district-e5",
  d="""Note from the sub (Mrs. Keane) to Principal Walsh: A boy, Jordan, had a gun in the back stairwell. Before anybody panics: the school police officer looked at it and says it is an airsoft pistol, black, no orange tip, with a small bag of yellow pellets. He waved it at two 6th graders. I am told these things need a higher-up to decide about. {{national_origin:The 6th graders' father, recently arrived from Honduras}}, is angry and wants the police called.""",
  dec="deny", rsn="other", mnc=["Honduras"], tags=["long_winded", "replica", "name_overlap", "third_party"])
# ---- 45-56: students' handwritten statements, typed up with their spelling ----------------------
C(s="student_statement", g="weapon", wp="knife", n="Nevaeh Dominique Lawson", sc="TechBoston Academy", gr=9,
  w="2025-10-23 12:05", loc="TechBoston Academy, 2nd floor girls bathroom", r="bpd/district-c11",
  d="""STUDENT WRITTEN STATEMENT (typed exactly as written by the student, Nevaeh D. Lawson)
i was in the bathrom with my frend and this girl Tamia came in talking about my mom so i took out the knife i had from home its like a butter knife but sharp and i said back up. i didnt stab nobody i just had it out. then Ms Chery came in and took it. i only brung it cuz girls been jumping people at the Four Corners stop. {{ethnicity:me and Tamia both Haitian}} but she act like she better then me""",
  mnc=["Haitian"], fact="knife", mct=["Four Corners stop", "butter knife but sharp"], tags=["spelling", "name_overlap"])

C(s="student_statement", g="serious_violence", n="Jayden Okoro", sc="Jeremiah E. Burke High School", gr=10,
  w="2026-02-05 14:40", loc="Burke High School, Washington St sidewalk in front of the school", r="bpd/district-b3",
  d="""Witness statment - by a 10th grade student (name on file)
After school I seen Jayden and Marquis arguing by the corner store. Jayden punch him and Marquis fell and then Jayden kick him in the face like 3 times while he was on the ground. there was blood coming out his mouth and he was spitting teeth. Security came runing. Marquis couldnt talk right, they said his jaw was broke. {{gang_affiliation:its over the beef between Jayden's crew from Sonoma St and Marquis people}}. I dont want my name on this""",
  mnc=["Sonoma St"], fact="jaw", mct=["spitting teeth", "corner store", "jaw was broke"], tags=["spelling", "witness_statement"])

C(s="student_statement", g="drugs", sub=["THC wax", "dab pen"], n="Rio Castellano", sc="East Boston High School", gr=11,
  w="2026-03-10 09:15", loc="East Boston High School, auditorium balcony", r="bpd/district-a7",
  d="""my statment: the dab pen is mine and the wax but I wasnt selling it. I had it in my pocket in the auditorium becuz the assembly was boring. I got it off a kid at Airport station. I no its wrong im sorry. Please dont call my dad""",
  dec="deny", rsn="excluded_substance", tags=["spelling"])

C(s="student_statement", g="weapon", wp="brass knuckles", n="Egypt Marshall", sc="Boston Arts Academy", gr=10,
  w="2025-11-25 11:50", loc="Boston Arts Academy, 3rd floor lockers", r="bpd/district-d4",
  d="""Statment of Egypt M. 11/25
I had the brass knuckes in my locker because my sister gave them to me for walking thru the Fens at night after rehersal. I did not use them on anybody. I showed Devin because he asked. I didnt know it was a weapon I thought it was like jewlery, mine have a skull on them. {{neighborhood:Im from the Mission Main projects}} and its not safe there for real""",
  mnc=["Mission Main"], fact="brass knuckles", mct=["skull on them", "the Fens"], tags=["spelling", "name_overlap"])

C(s="student_statement", g="serious_violence", n="Mateo Villanueva", sc="Snowden International School", gr=12,
  w="2026-04-30 13:10", loc="Snowden International School, Copley Square side entrance", r="bpd/district-d4",
  d="""Typed from the handwritten statement of the injured student (with his spelling):
"we was outside at lunch by Copley and Mateo came up behind me and put me in a choke hold til I past out. when I woke up my head was bleeding from the curb and I couldnt see out my left eye good. I got a concusion from Mass General and 6 stiches. He did it cuz I didnt give him my Jordan 4s. {{immigration_status:he keep saying he gonna get my family deported}}" """,
  mnc=["deported"], fact="concusion", mct=["choke hold", "Jordan 4s", "6 stiches"], tags=["spelling", "third_party"])

C(s="student_statement", g="credible_threat", n="Ayden Pereira-Lopes", sc="Charlestown High School", gr=9,
  w="2026-01-21 08:40", loc="Charlestown High School, room 113", r="bpd/district-a1",
  th="""Student wrote in a notebook left on his desk: "tomorow I bring my stepdads gun and shoot Mr. Carrow and the kids that laugh at me in 2nd period." Asked about it, he said he knows the gun is in the truck glovebox.""",
  d="""Student's own explanation, typed as he wrote it:
i wrote that stuff in my notebok becuz i was mad at Mr Carrow for taking my phone and everybody laughed. the gun is my stepdads he keep it in the truck glovebox. I wasnt gonna really do it i think. {{language:my mom cant read english}} so please call my aunt""",
  mnc=["cant read english"], fact="gun", mct=["truck glovebox", "taking my phone"], tags=["spelling"])

C(s="student_statement", g="weapon", wp="pepper spray", n="Kiara Batista", sc="Brighton High School", gr=11,
  w="2025-09-17 15:15", loc="Brighton High School, Cambridge St bus shelter", r="bpd/district-d14",
  d="""Kiara B. - what happend (typed by Ms. Sousa from her paper)
Them girls from the other school was waiting by the bus shelter on Cambridge st and one pulled my hair so I sprayed her with the pepper spray I keep on my keys. Then they ran to the 57 bus. I spray 2 of them. I was defending myself I swear. my eyes got some of it too. the spray is pink it say Guard Dog on it""",
  fact="pepper spray", mct=["57 bus", "Guard Dog", "bus shelter"], tags=["spelling", "clean_rich"])

C(s="student_statement", g="fight", n="Santiago Ferreira", sc="Boston International High School", gr=10,
  w="2026-03-26 12:20", loc="Boston International High School cafeteria", r="bpd/district-c11",
  d="""my statement. Kevin throw milk at me and I push him and he push me back and we fight a little bit, no blood. Mr Sampson stop us. {{language:I dont speak good english}} {{immigration_status:and I am scare for my papers}}, please dont call police""",
  dec="deny", rsn="ground_not_permitted", mnc=["speak good english", "my papers"], tags=["spelling"])

C(s="student_statement", g="drugs", sub=["Percocet (oxycodone) not prescribed"], n="Bryce Kowalski-Jean", sc="Madison Park Technical Vocational High School", gr=12,
  w="2026-02-18 10:05", loc="Madison Park, auto shop locker area", r="bpd/district-b2",
  d="""Statement written by Bryce K-J in the dean's office
the percs were for my back from football, they're not my prescription, my boy gave me like 10. I sold 2 to Devon in auto shop for $20 each because he was asking. I know I shouldnt. there are 6 left in the Altoids tin. I didnt know about counterfits and fentanyl, Mr Bishop showed me the news on it""",
  fact="Percocet", mct=["Altoids tin", "auto shop"], tags=["spelling", "teacher_overlap"])

C(s="student_statement", g="weapon", wp="loaded handgun", n="Josiah Mecca Freeman", sc="Community Academy of Science and Health", gr=11,
  w="2025-11-12 07:50", loc="CASH, front entrance scanners", r="bpd/district-b3",
  d="""Statement, Josiah F.
the gun in my bookbag is not mine. its my cousins. I was suppose to hold it for him till after school. I know theres bullets in it. {{gang_affiliation:my cousin is from Lucerne}} and people been after him so he didnt want it on him. I dont even know how to use it. I was gonna give it back at Mattapan station""",
  mnc=["Lucerne"], fact="loaded handgun", mct=["bookbag", "Mattapan station"], tags=["spelling", "name_overlap", "third_party"])

C(s="student_statement", g="serious_violence", n="Leilani Dubois", sc="Fenway High School", gr=10,
  w="2026-05-28 13:45", loc="Fenway High School, outside the Landmark Center", r="bpd/district-d4",
  d="""Victim's statement (typed as written, 10th grader, name withheld in this copy):
Leilani followed me out to the Landmark Center parking lot and hit me in the head with her water bottle it was the metal Hydro Flask. then she hit me again on the ear. my ear was ripped at the top and bleeding all down my shirt. they gave me stiches at Beth Israel and a CT scan. {{religion:She been mad since I told people she go to the Kingdom Hall}}""",
  mnc=["Kingdom Hall"], fact="Hydro Flask", mct=["metal Hydro Flask", "Landmark Center"], tags=["spelling", "clean_rich"])

C(s="student_statement", g="theft", n="Jordan Paris Whitlock", sc="Charlestown High School", gr=11,
  w="2025-12-04 11:30", loc="Charlestown High School locker room", r="bpd/district-a1",
  d="""my side: I took the Beats headphones from the locker room because they were left there. I was gonna give them back. I didnt break the lock it was open already""",
  dec="deny", rsn="ground_not_permitted", tags=["spelling", "name_overlap"])
# ---- 57-68: bilingual family liaisons' summaries -----------------------------------------------
C(s="liaison_summary", g="weapon", wp="knife", n="Yasmin Haddad", sc="Brighton High School", gr=10,
  w="2025-10-01 09:30", loc="Brighton High School, front steps", r="bpd/district-d14",
  d="""FAMILY LIAISON CONTACT SUMMARY - prepared by R. Saleh, family liaison
Reason for contact: on 10/1 at 9:30 Yasmin was found with a six-inch fixed-blade hunting knife in a sheath inside her jacket on the front steps; she told the dean she carries it because of a girl who threatened her on Instagram.
Call with family: {{language:I spoke with her father in Arabic}}; he was shocked and said the knife belongs to an uncle. {{religion:He asked that we call after Friday prayers at the Islamic Society}}.
Follow-up: meeting Monday with dean and counselor; the knife is with school police.""",
  mnc=["in Arabic", "Friday prayers", "Islamic Society"], fact="hunting knife", mct=["fixed-blade hunting knife", "Instagram"],
  tags=["bilingual"])

C(s="liaison_summary", g="serious_violence", n="Paris Nguyen-Baptiste", sc="Dearborn STEM Academy", gr=8,
  w="2026-02-11 15:20", loc="Dearborn STEM Academy, schoolyard", r="bpd/district-b2",
  d="""Liaison summary (Nguyen-Baptiste) - 2/11
What the school told the family: Paris knocked another 8th grader to the ground in the schoolyard and kicked her repeatedly in the stomach and ribs; the girl was taken by ambulance to Boston Children's with a ruptured spleen and had surgery that night.
Family response: mother came in at 5:00. {{language:Interpreted in Vietnamese by me}}; {{national_origin:mother says they moved here from Saigon last year}} and Paris has been struggling.
Injured girl's family: {{ethnicity:they are Somali}} and {{language:prefer contact in Somali}}; Ms. Warsame is following up with them.""",
  mnc=["in Vietnamese", "Saigon", "Somali"], fact="ruptured spleen", mct=["ruptured spleen", "Boston Children's"],
  tags=["bilingual", "name_overlap", "third_party"])

C(s="liaison_summary", g="drugs", sub=["MDMA (molly) capsules"], n="Francisco Ruiz Teixeira", sc="Excel High School", gr=11,
  w="2026-03-19 11:00", loc="Excel High School, main office", r="bpd/district-c6",
  d="""Parent liaison note. On 3/19 Francisco was found with 9 clear capsules of tan powder he called "molly" in his coat pocket; he said they were for a party during April vacation. The AP has them in the safe.
I reached grandmother, his guardian, by phone at 11:40. {{language:The call was in Portuguese}}. Grandmother said she had no idea and asked whether he will be expelled. I told her the AP would explain the process at the meeting Thursday at 3.
{{immigration_status:Note for staff only: grandmother's green card renewal is pending and she is frightened of police}}.""",
  mnc=["in Portuguese", "green card"], fact="molly", mct=["9 clear capsules", "April vacation"], tags=["bilingual", "third_party"])

C(s="liaison_summary", g="credible_threat", n="Emmanuel Saint-Louis", sc="Jeremiah E. Burke High School", gr=9,
  w="2025-12-03 13:00", loc="Burke High School, room 104", r="bpd/district-b3",
  th="""Student told his advisor that he would bring a gun "from the house" and shoot the three boys who jumped him at the Burke on Monday, naming them. He said the gun is under his brother's mattress and described it (black, silver slide).""",
  d="""FAMILY ENGAGEMENT - CALL LOG (E. Saint-Louis)
1:00 pm - Advisor reported the threat (see threat statement). Student calm, kept in the counselor's office.
1:20 pm - Called mother. {{language:Conversation held in Haitian Creole}}. Mother confirmed an older son keeps "something" under his mattress; she will let police in.
1:45 pm - {{religion:Mother asked that their pastor at Église Baptiste de la Grâce}} come to the meeting.
2:10 pm - Three named boys' families informed by AP.""",
  mnc=["Haitian Creole", "Église Baptiste", "pastor"], fact="gun", mct=["under his mattress", "counselor's office"],
  tags=["bilingual", "name_overlap"])

C(s="liaison_summary", g="weapon", wp="box cutter", n="Dulce Maria Arévalo", sc="Margarita Muñiz Academy", gr=10,
  w="2026-04-09 10:40", loc="Margarita Muñiz Academy, 2nd floor hallway", r="bpd/district-e13",
  d="""Resumen para el archivo / Summary for the file, prepared by the family liaison.
Dulce had a box cutter in her pencil pouch and slashed another girl's denim jacket in the hallway at 10:40 (jacket cut, skin not cut). She handed it to Ms. Ocasio. She said the other girl has been sending her messages on TikTok. I met with her mother and older sister at 2:00. {{neighborhood:Family lives on Centre St in Hyde Square}}, walking distance; they came right away.""",
  mnc=["Centre St", "Hyde Square"], fact="box cutter", mct=["pencil pouch", "denim jacket", "TikTok"], tags=["bilingual"])

C(s="liaison_summary", g="gang_database_check", n="Wilmer Castillo", sc="East Boston High School", gr=11,
  w="2026-01-06 12:00", loc="East Boston High School", r="bpd/district-a7",
  d="""Liaison note: officer asked us whether Wilmer is "involved" and wants to add him to their list. {{gang_affiliation:They believe he is MS-13 because of a tattoo}}. {{national_origin:Family is from El Salvador}}, {{language:mother speaks Spanish only}}. I told them I would pass the question to the principal.""",
  dec="deny", rsn="ground_not_permitted", mnc=["MS-13", "El Salvador", "Spanish only"], tags=["bilingual"])

C(s="liaison_summary", g="weapon", wp="switchblade", n="Tomás Ngata", sc="Boston International High School", gr=12,
  w="2025-10-28 14:30", loc="Boston International High School, Columbia Rd entrance", r="ice/ero-boston",
  d="""Liaison summary: switchblade found in Tomás's backpack at dismissal. {{immigration_status:Family is undocumented}}; a caseworker suggested we copy the regional immigration office. {{language:Family speaks Kriolu}}.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["undocumented", "Kriolu"], tags=["bilingual"])

C(s="liaison_summary", g="serious_violence", n="Christian Oyelaran", sc="Community Academy of Science and Health", gr=10,
  w="2026-03-13 12:30", loc="CASH, lunchroom", r="bpd/district-b3",
  d="""Family Liaison - Summary of contacts re: 3/13 lunchroom incident
Incident: Christian struck a classmate in the face with a glass Snapple bottle; the bottle broke and cut the boy's eyelid and cheek. He was taken to Boston Medical Center, where an eye surgeon repaired the eyelid.
Christian's family: father came at 2:15; {{language:I interpreted for him in Yoruba}}.
Victim's family: mother came at 1:30, very upset; {{religion:she asked that we pray with her, which the counselor did, as she is Pentecostal}}.
Next steps: safety plan; Christian suspended pending hearing.""",
  mnc=["Yoruba", "Pentecostal"], fact="Snapple bottle", mct=["glass Snapple bottle", "eyelid"], tags=["bilingual", "name_overlap", "third_party"])

C(s="liaison_summary", g="drugs", sub=["cocaine", "alcohol (vodka nips)"], n="Leonardo Bastos", sc="Charlestown High School", gr=12,
  w="2025-11-07 10:50", loc="Charlestown High School, senior lounge", r="bpd/district-a1",
  d="""FAMILY LIAISON SUMMARY
- 10:50: Leonardo found in the senior lounge with three vodka nips and two small bags of white powder he called "yayo"; the bags were in his Celtics hat.
- 11:30: {{national_origin:mother (born in Minas Gerais, Brazil)}} reached at work; she will come at 3.
- 12:00: powder tested positive for cocaine on the BPD kit per SRO.
- {{language:(Portuguese interpretation by me, L. Andrade)}}""",
  mnc=["Minas Gerais", "Portuguese interpretation"], fact="cocaine", mct=["Celtics hat", "vodka nips"],
  tags=["bilingual", "list_hidden"])

C(s="liaison_summary", g="weapon", wp="kitchen knife", n="Aaliyah Desrosiers", sc="Ellis Elementary School", gr=5,
  w="2025-12-12 09:10", loc="Ellis Elementary School, classroom 5B", r="bpd/district-b3",
  d="""Liaison note (Desrosiers). Aaliyah, 5th grade, brought a large kitchen knife from home in her lunch bag and showed it to the girls at her table during morning meeting, saying she'd "stab" a boy who pulled her braids. Teacher Ms. Irish took it. No one hurt. I met her aunt at pickup. The aunt says the knife is from the kitchen drawer and Aaliyah "watches too much TV." We talked about the holiday concert next week and how to keep her on track.""",
  fact="kitchen knife", mct=["lunch bag", "Ms. Irish", "pulled her braids"], tags=["bilingual", "teacher_overlap"])

C(s="liaison_summary", g="serious_violence", n="Deshawn Alves", sc="Madison Park Technical Vocational High School", gr=10,
  w="2026-05-14 15:05", loc="Madison Park, outside the Roxbury Crossing entrance", r="bpd/district-b2",
  d="""Liaison summary, 5/14. Deshawn and two others jumped a 9th grader near Roxbury Crossing station after school; Deshawn kicked him in the face while he was down and the boy was knocked unconscious. Boston Children's found a bleed on the brain and kept him in the ICU. I called Deshawn's father; {{language:we spoke in Cape Verdean Creole}}. {{gang_affiliation:Father said Deshawn has been hanging with the Bird Street kids and he can't stop it}}.""",
  mnc=["Cape Verdean Creole", "Bird Street"], fact="bleed on the brain", mct=["Roxbury Crossing station", "bleed on the brain"],
  tags=["bilingual"])

C(s="liaison_summary", g="drugs", sub=["weed edibles"], n="Mei Lin Zhao", sc="Josiah Quincy Upper School", gr=10,
  w="2026-02-03 13:10", loc="Josiah Quincy Upper School, library", r="bpd/district-a1",
  d="""Liaison summary: Mei Lin shared gummy edibles (THC, per the package) with two friends in the library. {{language:I called her parents in Cantonese}}; {{neighborhood:they live near Tyler Street in Chinatown}}.""",
  dec="deny", rsn="excluded_substance", mnc=["Cantonese", "Tyler Street", "in Chinatown"], tags=["bilingual"])
# ---- 69-80: school nurses' SOAP notes ----------------------------------------------------------
C(s="soap_note", g="serious_violence", n="Malachi Brathwaite", sc="English High School", gr=11,
  w="2025-10-14 10:35", loc="English High School, health office (incident in stairwell C)", r="bpd/district-e13",
  d="""NURSING NOTE - SOAP
S: Injured student (11th gr, not the named student) states "Malachi stabbed me with a pen, like a real pen, in the neck" in stairwell C after a dispute over a seat in Mr. English's class.
O: 1.5 cm puncture wound L side of neck, active bleeding controlled with direct pressure. Alert, oriented x3. BP 128/84, HR 112. Ink tattooing around wound.
A: Penetrating neck wound; possible vascular involvement.
P: 911 at 10:38, Boston EMS transport to Boston Medical Center at 10:51. Parent notified. Pen retained in a specimen bag for the AP.
{{language:Note: the named student's mother requested an Amharic interpreter for the follow-up call}}.""",
  mnc=["Amharic"], fact="puncture wound", mct=["1.5 cm puncture wound", "stairwell C", "Mr. English"],
  tags=["soap", "teacher_overlap"])

C(s="soap_note", g="drugs", sub=["fentanyl"], n="Addison Cruz-Whalen", sc="Charlestown High School", gr=10,
  w="2026-01-08 13:25", loc="Charlestown High School, health office", r="bpd/district-a1",
  d="""SOAP - Health Office, Charlestown HS
S: Friend brought student in, reporting she "took half a blue from a kid at Sullivan Square" and then "went all floppy." Student unable to give history.
O: Pinpoint pupils, RR 6, O2 sat 84% on room air, unresponsive to sternal rub. Half of a blue round tablet found in her jeans pocket.
A: Suspected opioid overdose (counterfeit pill, possible fentanyl).
P: Narcan 4 mg intranasal x2; RR improved to 14. EMS to Mass General. Tablet half bagged and given to the AP for BPD.""",
  fact="fentanyl", mct=["Sullivan Square", "Narcan 4 mg", "O2 sat 84%"], tags=["soap", "clean_rich"])

C(s="soap_note", g="serious_violence", n="Israel Bonaparte", sc="TechBoston Academy", gr=12,
  w="2026-03-31 11:50", loc="TechBoston Academy, health office", r="bpd/district-c11",
  d="""S: 17 y/o male (victim) reports Israel Bonaparte "sliced me with a razor on the back of the arm" in the 3rd floor boys' room. Pain 8/10.
O: 9 cm linear laceration posterior R upper arm, gaping, moderate bleeding. No foreign body visible.
A: Laceration requiring closure, assault with a blade.
P: Pressure dressing; EMS called; transported to Carney Hospital. AP and SSO notified. {{ethnicity:Victim's father (Puerto Rican, per contact card)}} informed by phone.""",
  mnc=["Puerto Rican"], fact="razor", mct=["9 cm linear laceration", "Carney Hospital"], tags=["soap", "name_overlap", "third_party"])

C(s="soap_note", g="drugs", sub=["unknown vape cartridge"], n="Bella Santangelo", sc="Boston Latin Academy", gr=9,
  w="2025-11-18 09:05", loc="Boston Latin Academy, health office", r="bpd/district-b2",
  d="""S: Pt states she "hit a cart" from a friend in the bathroom, now dizzy and nauseous.
O: HR 118, pale, diaphoretic. Vape cartridge, unlabeled, brown oil.
A: Adverse reaction, unknown vape content.
P: Observed 45 min; mother picked up at 10:00.""",
  dec="deny", rsn="excluded_substance", tags=["soap"])

C(s="soap_note", g="weapon", wp="taser", n="Kenya Abdi-Larsson", sc="Excel High School", gr=10,
  w="2026-04-16 14:15", loc="Excel High School, 2nd floor hallway", r="bpd/district-c6",
  d="""NURSE'S NOTE (SOAP)
S: 10th grade female (not the named student) reports Kenya "tased me in the back by the lockers." Reports heart "racing" afterwards.
O: Two small red puncture marks 4 cm apart, L lower back. HR 104 regular. No LOC.
A: Contact injury from conducted-energy device (taser), stable.
P: Cleaned, covered; cardiac check by EMS on site, no transport needed. Device (black, "VIPERTEK" on side) given to AP.
{{neighborhood:Contact: student lives at Franklin Field housing}}""",
  mnc=["Franklin Field housing"], fact="taser", mct=["VIPERTEK", "4 cm apart"], tags=["soap", "name_overlap", "footnote"])

C(s="soap_note", g="serious_violence", n="Nasir Kowalczyk", sc="Brighton High School", gr=9,
  w="2026-05-07 12:40", loc="Brighton High School, courtyard", r="bpd/district-d14",
  d="""SOAP / Health office
S: 9th grader says Nasir and "his boys" jumped him in the courtyard; Nasir hit him in the mouth with a padlock swung in a sock.
O: Upper lip through-and-through laceration, two incisors avulsed (in milk, sent with pt), swelling L jaw.
A: Assault with improvised weapon; dental trauma, possible mandible fracture.
P: EMS to Boston Children's; avulsed teeth sent with pt. {{religion:Pt's mother asked that the hospital know he is a Christian Scientist}}.""",
  mnc=["Christian Scientist"], fact="padlock", mct=["padlock swung in a sock", "two incisors avulsed"], tags=["soap", "third_party"])

C(s="soap_note", g="drugs", sub=["Adderall not prescribed to the student"], n="Aubrey Lindqvist", sc="Boston Latin School", gr=11,
  w="2026-01-20 10:15", loc="Boston Latin School, health office", r="bpd/district-d4",
  d="""S: Student reports she took "two addys" from a classmate to study for the midterm in AP Chem; now chest pain, "can't sit still."
O: HR 132, BP 146/92, pupils dilated. Bottle of orange pills "AMPHETAMINE SALTS 20 MG" labeled with another person's name found in her bag, 31 pills remaining.
A: Stimulant toxicity, non-prescribed Adderall.
P: EMS to Beth Israel Deaconess. Bottle to the head of school. Classmate identified as source.""",
  fact="Adderall", mct=["AMPHETAMINE SALTS 20 MG", "AP Chem", "31 pills"], tags=["soap", "clean_rich"])

C(s="soap_note", g="serious_violence", n="Jordan Mecca Hayes", sc="Urban Science Academy", gr=10,
  w="2025-09-26 13:55", loc="Urban Science Academy, health office", r="bpd/district-e5",
  d="""SOAP note, Urban Science Academy health office
S: Student (victim, 16) reports that Jordan punched her repeatedly and then stomped on her hand in the 2nd floor hallway after she posted a video on Instagram.
O: Deformity R 4th and 5th fingers, swelling, unable to make a fist. Abrasions to both cheeks.
A: Suspected boxer's fractures of the R hand.
P: Splinted; mother took her to Faulkner Hospital; X-ray confirmed two fractures. {{language:Mother prefers Spanish; counselor Ms. Rivas translated}}.""",
  mnc=["prefers Spanish"], fact="fractures", mct=["Faulkner Hospital", "stomped on her hand"], tags=["soap", "name_overlap", "third_party"])

C(s="soap_note", g="credible_threat", n="Dylan Okafor-Ness", sc="Snowden International School", gr=12,
  w="2026-02-25 09:50", loc="Snowden International School, health office", r="bpd/district-d4",
  d="""S: Student came in saying he "can't be here" because he "has to do something about Jamal Friday." Said he has a gun at home.
O: Agitated, pacing, tearful.
A: Risk of harm to others.
P: Counselor and AP notified.""",
  dec="deny", rsn="missing_threat_statement", tags=["soap"])

C(s="soap_note", g="drugs", sub=["heroin"], n="Samuel Ortega-Blanchard", sc="Boston Adult Technical Academy", gr=12, age=20,
  w="2025-12-15 11:30", loc="Boston Adult Technical Academy, health office", r="bpd/district-d4",
  d="""S: 20 y/o student found nodding off in ELA; admits he "sniffed a bag" in the bathroom before class; "it's dope, not fent, I checked with the strips."
O: Drowsy, pupils constricted, RR 10, O2 92%. Wax-paper glassine bag stamped with a blue crown, residue present, found in his wallet.
A: Opioid intoxication (heroin by history).
P: Observed, naloxone at bedside; EMS declined by student, monitored until alert; counselor linked him to the Bay Cove clinic. {{immigration_status:Student disclosed he is a DACA recipient and is afraid of police}}.""",
  mnc=["DACA"], fact="heroin", mct=["blue crown", "glassine bag"], tags=["soap"])

C(s="soap_note", g="serious_violence", n="Ruby Christian", sc="Josiah Quincy Upper School", gr=8,
  w="2026-04-01 14:40", loc="Josiah Quincy Upper School, health office", r="bpd/district-a1",
  d="""SOAP
S: 8th grade girl states that Ruby pushed her through the glass display case outside the robotics lab "on purpose" during passing time.
O: Multiple lacerations both forearms, one 6 cm deep laceration R forearm with visible fat, bleeding controlled with tourniquet-style wrap.
A: Serious laceration, assault.
P: EMS to Tufts Medical Center; mother notified; glass cleanup by custodial.""",
  fact="glass display case", mct=["glass display case", "robotics lab", "Tufts Medical Center"], tags=["soap", "name_overlap"])

C(s="soap_note", g="weapon", wp="pepper spray", n="Mariana Esposito", sc="East Boston High School", gr=9,
  w="2025-09-19 12:10", loc="East Boston High School cafeteria", r="bpd/district-a7",
  d="""HEALTH OFFICE NOTE
S: Four students (two 9th, two 10th) c/o burning eyes and throat after "a girl sprayed something at the table."
O: Conjunctival injection all four; one with wheezing (hx asthma, used own albuterol).
A: OC spray exposure x4.
P: Eyes irrigated, fresh air in courtyard, all returned to class except the asthmatic student who went home with dad.
Addendum: the AP identified Mariana as the one who sprayed; canister (keychain, black) retrieved. {{immigration_status:Addendum 2: dad of the asthmatic student asked us not to put his name anywhere because he has no papers}}.""",
  mnc=["no papers"], fact="pepper spray", mct=["OC spray exposure", "albuterol"], tags=["soap", "third_party", "postscript"])
# ---- 81-93: school police officers' narratives in police jargon --------------------------------
C(s="police_narrative", g="weapon", wp="loaded handgun", n="Andre Lafleur", sc="Community Academy of Science and Health", gr=11,
  w="2026-03-09 07:42", loc="CASH, 11 Charles St entrance, screening station", r="bpd/district-b3",
  d="""NARRATIVE: On the above date and time R/O was assigned to morning screening at the main entrance. At approx 0742 hrs S-1 ({{ethnicity:B/M}}, 16) did pass through the detector causing an alarm. R/O did conduct a secondary wand search of S-1's person and located a black Taurus G2C 9mm pistol in S-1's right front waistband, loaded w/ 8 rds in the mag, none chambered. S-1 was detained without incident and the firearm was rendered safe and secured. S-1 stated "I got it off a kid on the Orange Line." Supervisor notified. District B-3 units responded. {{neighborhood:LKA: 22 Wendover St, Dorchester}}.""",
  mnc=["B/M", "Wendover St"], fact="loaded handgun", mct=["Taurus G2C", "Orange Line", "8 rds"], tags=["jargon", "header_field"])

C(s="police_narrative", g="serious_violence", n="Paris Jean-Pierre", sc="Jeremiah E. Burke High School", gr=12,
  w="2025-11-20 14:25", loc="Burke High School, Washington St at Columbia Rd", r="bpd/district-b3",
  d="""R/O responded to a radio call for a fight in progress at the corner of Washington St and Columbia Rd at approx 1425 hrs. Upon arrival R/O observed V-1 lying on the sidewalk bleeding from the head and S-1 (Paris Jean-Pierre) being held back by SSS Daley. W-1 (crossing guard) stated S-1 struck V-1 several times with a skateboard. V-1 was transported by BEMS to BMC w/ a depressed skull fracture. Skateboard (Element, black deck) taken as evidence. {{gang_affiliation:S-1 is a known FIO subject associated with the Castlegate group}}.""",
  mnc=["Castlegate"], fact="skateboard", mct=["skateboard", "depressed skull fracture", "crossing guard"], tags=["jargon", "name_overlap"])

C(s="police_narrative", g="fio_entry", n="Kevon Amado", sc="Madison Park Technical Vocational High School", gr=10,
  w="2026-02-12 12:00", loc="Madison Park", r="bpd/district-b2",
  d="""R/O requests that the below be entered as an FIO: S-1 observed at lunch w/ known associates, {{gang_affiliation:wearing colors consistent with the Orchard Park group}}, {{neighborhood:resides Orchard Park development}}. No crime observed.""",
  dec="deny", rsn="ground_not_permitted", mnc=["Orchard Park"], tags=["jargon"])

C(s="police_narrative", g="drugs", sub=["crack cocaine"], n="Terrell Mbatha", sc="Excel High School", gr=12,
  w="2026-04-22 10:40", loc="Excel High School, rear parking lot", r="bpd/district-c6",
  d="""On 4/22 at approx 1040 hrs R/O observed S-1 in the rear lot engaged in what appeared to be a hand-to-hand transaction w/ an unknown adult male in a gray Nissan Altima. Upon R/O's approach the adult fled the lot. S-1 was found to have 11 small knotted baggies of an off-white rock-like substance believed to be crack cocaine and $265 in small bills. Items secured & logged. {{ethnicity:S-1 is of West Indian descent}} per school records; {{language:home language listed as Jamaican Patois}}.""",
  mnc=["West Indian", "Patois"], fact="crack cocaine", mct=["hand-to-hand transaction", "Nissan Altima", "$265"], tags=["jargon"])

C(s="police_narrative", g="weapon", wp="brass knuckles", n="Christian Mendoza", sc="Brighton High School", gr=10,
  w="2025-12-10 11:15", loc="Brighton High School, cafeteria", r="bpd/district-d14",
  d="""R/O was approached by a teacher who reported that S-1 was displaying a set of brass knuckles in the cafeteria. R/O located S-1 at table 6 and asked him to empty his pockets; S-1 complied and produced gold-colored brass knuckles with the word "LOYAL" on the grip. S-1 stated he bought them at a smoke shop in Allston. No assault occurred. Item secured. Parent notified by AP.""",
  fact="brass knuckles", mct=["LOYAL", "smoke shop in Allston", "table 6"], tags=["jargon", "name_overlap"])

C(s="police_narrative", g="credible_threat", n="Darius Whitcomb", sc="English High School", gr=11,
  w="2026-01-30 08:15", loc="English High School, main office", r="bpd/district-e13",
  th="""S-1 sent a Snapchat message to V-1 reading "ima pop you when you get off the 39 tomorrow, I got the blick in my bag," along with a photo of a handgun on a bed. V-1 reported it at 0815 hrs.""",
  d="""R/O was notified by the AP at approx 0815 hrs that V-1 received a threatening Snapchat from S-1 (see threat statement). R/O viewed the screenshot: the photo depicts a black semi-auto handgun on a bedspread with a Celtics pattern. S-1 was located in homeroom and his bag was searched: negative for weapons. S-1 stated "it was just talk." {{national_origin:V-1 is a recent arrival from Guatemala}} {{language:who speaks K'iche'}}, interviewed w/ interpreter.""",
  mnc=["Guatemala", "K'iche'"], fact="handgun", mct=["Celtics pattern", "negative for weapons"], tags=["jargon", "third_party"])

C(s="police_narrative", g="weapon", wp="replica handgun", n="Jaylen Fuentes", sc="Charlestown High School", gr=9,
  w="2026-03-06 13:05", loc="Charlestown High School, 3rd floor", r="bpd/district-a1",
  d="""R/O located S-1 in the 3rd floor corridor after a report of a student with a gun. S-1 produced a black plastic replica Glock with the orange tip painted over. No ammunition. Item secured pending admin review.""",
  dec="deny", rsn="other", tags=["jargon", "replica"])

C(s="police_narrative", g="serious_violence", n="Jordan Adebayo", sc="Boston Community Leadership Academy", gr=11,
  w="2025-10-30 15:10", loc="BCLA, Ruggles station busway", r="bpd/district-b2",
  d="""At approx 1510 hrs R/O and SSS Moran were on dismissal post at the Ruggles busway when R/O observed S-1 (Jordan Adebayo) strike V-1 in the face w/ a closed fist while wearing a heavy ring, knocking V-1 to the pavement, then strike V-1's head against the curb. V-1 was unresponsive for approx 1 min. BEMS transported V-1 to BMC (facial fractures, laceration under L eye). S-1 was detained by R/O and turned over to B-2 units. {{ethnicity:V-1 described by witnesses as a Dominican kid}}; {{gang_affiliation:motive believed to be a dispute between S-1's crew (the Humboldt Ave set)}} and V-1's friends.""",
  mnc=["Dominican", "Humboldt Ave"], fact="facial fractures", mct=["heavy ring", "Ruggles busway", "facial fractures"], tags=["jargon", "name_overlap", "third_party"])

C(s="police_narrative", g="weapon", wp="knife", n="Marisol Haddad-Paz", sc="Dearborn STEM Academy", gr=7,
  w="2026-05-05 09:55", loc="Dearborn STEM Academy, room 117", r="bric",
  d="""R/O responded to room 117 for a student w/ a knife. S-1 surrendered a small folding knife. No injuries. Forwarding to the Regional Intel Center for their files per Sgt. {{religion:S-1's family attends the Islamic Society of Boston Cultural Center}}.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["Islamic Society"], tags=["jargon"])

C(s="police_narrative", g="weapon", wp="ghost gun (unserialized pistol)", n="Isaiah Francois-Mendes", sc="TechBoston Academy", gr=12,
  w="2026-02-27 12:30", loc="TechBoston Academy, boys' locker room", r="bpd/district-c11",
  d="""Supplemental narrative: R/O was alerted by the athletic director that a student had a firearm in the boys' locker room. R/O located locker #214 (assigned to S-1) and with the AP present observed a gray polymer pistol with no serial number (privately made firearm) inside a Foot Locker shoebox. The weapon was loaded with a 15-rd extended magazine. S-1 was located in the gym and detained. S-1 stated he bought it "off Telegram" for $600. {{neighborhood:S-1 resides in the Franklin Hill development}}. Weapon turned over to C-11 detectives.""",
  mnc=["Franklin Hill"], fact="ghost gun", mct=["locker #214", "Foot Locker shoebox", "no serial number"], tags=["jargon"])

C(s="police_narrative", g="drugs", sub=["counterfeit oxycodone pills (suspected fentanyl)"], n="Nevaeh Santos", sc="East Boston High School", gr=11,
  w="2025-11-04 13:20", loc="East Boston High School, Paris Street entrance", r="bpd/district-a7",
  d="""R/O received info from a school counselor that S-1 was selling "blues" near the Paris St entrance. R/O observed S-1 hand a small object to a male student in exchange for currency. Upon approach S-1 discarded a Tic Tac container which contained 22 blue round tablets stamped "M 30." S-1 admitted selling them for $15 each. Tablets secured for lab analysis. {{immigration_status:S-1 stated her mother is on TPS and asked that ICE not be notified}}.""",
  mnc=["on TPS", "ICE not be notified"], fact="M 30", mct=["Tic Tac container", "Paris St entrance", "22 blue round tablets"], tags=["jargon", "name_overlap", "street_overlap"])

C(s="police_narrative", g="serious_violence", n="Khalil Lindgren", sc="Urban Science Academy", gr=10,
  w="2026-04-27 14:50", loc="Urban Science Academy, Forest Hills station upper busway", r="bpd/district-e13",
  d="""At approx 1450 hrs R/O was flagged down at Forest Hills upper busway by a bus operator who reported a stabbing. R/O observed V-1 holding his side with blood through his shirt. V-1 identified S-1 as the one who stabbed him w/ "a little knife" over a pair of Beats. S-1 was located on the 34 bus and detained; a small folding knife w/ blood on the blade was recovered from S-1's jacket. V-1 transported to Faulkner, 2 cm stab wound L flank, admitted.""",
  fact="stab wound", mct=["Forest Hills upper busway", "34 bus", "pair of Beats"], tags=["jargon", "clean_rich"])

C(s="police_narrative", g="weapon", wp="stun gun", n="Genesis Acheampong", sc="Fenway High School", gr=11,
  w="2025-10-08 16:00", loc="Fenway High School, Kenmore station inbound platform", r="bpd/district-d4",
  d="""R/O was informed by SSS that S-1 had used a stun gun on V-1 on the inbound Green Line platform at Kenmore after school. V-1 reported a shock to the neck; small burn marks observed; declined transport. S-1 surrendered a black stun gun disguised as a flashlight. S-1 stated V-1 had been harassing her on the C train. {{national_origin:V-1's mother (a Ghanaian national)}} requested a copy of the report.""",
  mnc=["Ghanaian"], fact="stun gun", mct=["disguised as a flashlight", "Kenmore", "C train"], tags=["jargon", "third_party", "name_overlap"])
# ---- 94-104: bus company dispatchers' logs ------------------------------------------------------
C(s="dispatch_log", g="weapon", wp="knife", n="Omar Betancourt", sc="Irving Middle School", gr=8,
  w="2025-10-22 15:18", loc="School bus 0417, route R-32, Centre St near Hyde Park Ave", r="bpd/district-e5",
  d="""TRANSDEV DISPATCH LOG - Yard: Readville - Rt R-32 - Bus 0417
15:12 Drvr Okonjo radios: disturbance rear of bus, two boys, one showing a knife.
15:14 Dispatch advises pull over safely. Bus stopped Centre St at Hyde Park Ave.
15:15 Drvr reports knife is a black folding knife, approx 4 in blade, student (seat 14) held it to another boy's side.
15:16 BPS Transportation notified.
15:18 Monitor Ms. Abreu got the knife, student handed it over, no injury.
15:31 School police on scene; bus resumed 15:44, 27 min late.""",
  fact="knife", mct=["seat 14", "Centre St at Hyde Park Ave", "4 in blade"], tags=["log"])

C(s="dispatch_log", g="serious_violence", n="Ashanti Rosario", sc="Mission Hill K-8", gr=8,
  w="2026-01-14 07:25", loc="School bus 1102, route M-7, Tremont St stop", r="bpd/district-b2",
  d="""Dispatcher log, Wed 1/14, AM run, Bus 1102 Rt M-7
0718 driver calls in: fight on bus, 2 girls.
0719 dispatcher tells driver to stop at next safe spot (Tremont St stop).
0721 driver says one girl (Ashanti) hit the other girl in the face with a combination padlock several times, lots of blood, girl's nose "looks broken."
0722 911 called by dispatch.
0725 BEMS on scene, girl taken to Boston Children's; later confirmed broken nose and orbital fracture.
0740 other students transferred to Bus 1108. {{neighborhood:Ashanti's stop is 14 Parker Hill Ave (per route sheet)}}.""",
  mnc=["Parker Hill Ave"], fact="combination padlock", mct=["combination padlock", "orbital fracture", "Bus 1108"], tags=["log", "list_hidden"])

C(s="dispatch_log", g="weapon", wp="pepper spray", n="Christian Dos Santos", sc="Boston Latin Academy", gr=9,
  w="2025-12-01 15:45", loc="School bus 0288, Morton St", r="bpd/district-b3",
  d="""DISPATCH - 12/1 - PM - Bus 0288
1540 drvr: kid sprayed something, students coughing, pulling over Morton St.
1542 drvr opening all windows + doors; 8 students w/ burning eyes.
1545 monitor IDs sprayer as Christian D.S., canister = pepper spray (red/black, Mace brand).
1550 BEMS eval 8 students on scene, 1 transported to Carney (asthma).
1605 bus relieved by spare 0301.
Note from drvr: {{language:the boy who got sprayed first doesn't speak English, only Vietnamese}}, monitor helped.""",
  mnc=["only Vietnamese"], fact="pepper spray", mct=["Mace brand", "Morton St", "spare 0301"], tags=["log", "name_overlap", "third_party"])

C(s="dispatch_log", g="drugs", sub=["beer", "weed"], n="Kyle Fontenot", sc="Charlestown High School", gr=11,
  w="2026-03-20 15:05", loc="School bus 0650, Bunker Hill St", r="bpd/district-a1",
  d="""Dispatch log 3/20 Bus 0650: drvr reports 2 students drinking beer + smoking weed in back seats. Cans taken. Parents to be called by school.""",
  dec="deny", rsn="excluded_substance", tags=["log"])

C(s="dispatch_log", g="credible_threat", n="Jordan Haile", sc="Boston International High School", gr=10,
  w="2026-02-09 07:55", loc="School bus 0733, route D-19", r="bpd/district-c11",
  th="""Per the bus monitor, the student told three students on the bus that he had "a strap in my bag" and would shoot "{{ethnicity:that Somali kid}} {{neighborhood:from Fields Corner}}" at the 8:15 bell. The monitor saw a black handle in the bag.""",
  d="""FIRST STUDENT DISPATCH - 2/9 - AM
0748 Monitor on Bus 0733 calls: student making threats to shoot someone at school, says gun in bag.
0749 Dispatcher tells driver to continue to school, no stops, keep doors closed; school notified.
0755 Bus met at curb by school police and the AP; student removed first.
0757 Bag searched by school police: a black steel handgun found wrapped in a hoodie.
0805 Other students released into the building.""",
  mnc=["Somali", "Fields Corner"], fact="handgun", mct=["wrapped in a hoodie", "Bus 0733"], tags=["log", "name_overlap"])

C(s="dispatch_log", g="serious_violence", n="Malik Ferreira-Holt", sc="Jeremiah E. Burke High School", gr=11,
  w="2025-11-14 15:30", loc="School bus 0912, Blue Hill Ave at Quincy St", r="bpd/district-b3",
  d="""Bus 0912 / PM / Fri
15:22 drvr: student cut another student across the cheek w/ a razor blade from a pencil sharpener, heavy bleeding.
15:23 dispatch: stop and hold, 911 called.
15:26 drvr stopped at Blue Hill Ave at Quincy St.
15:30 BEMS transports injured student to BMC (laceration approx 8 cm, needed sutures).
15:33 school police take the blade.
15:40 {{gang_affiliation:drvr says kids on the bus say it's gang beef, Mozart St crew vs Cameron St crew}} - FYI only.""",
  mnc=["Mozart St crew", "Cameron St crew"], fact="razor blade", mct=["pencil sharpener", "8 cm", "Blue Hill Ave at Quincy St"], tags=["log"])

C(s="dispatch_log", g="weapon", wp="taser", n="Bianca Leclerc", sc="Boston Arts Academy", gr=10,
  w="2026-04-06 16:10", loc="Charter coach 22, returning from the Museum of Science field trip", r="bpd/district-d4",
  d="""COACH COMPANY DISPATCH - Field trip charter, Museum of Science to Boston Arts Academy
1555 coach 22 departs MOS.
1602 driver reports a loud cracking noise and a girl screaming in row 9.
1604 chaperone Ms. Sato reports a student tased another girl's thigh with a pink taser during an argument over seats.
1606 injured girl has a small burn, declines EMS.
1610 coach arrives at school, taser handed to the AP. Trip otherwise uneventful; kids loved the lightning show.""",
  fact="taser", mct=["Museum of Science", "row 9", "lightning show"], tags=["log", "clean_rich"])

C(s="dispatch_log", g="weapon", wp="knife", n="Dante Moreira", sc="Madison Park Technical Vocational High School", gr=12,
  w="2026-05-26 07:40", loc="School bus 0555, Dudley / Nubian Square", r="hsi/boston",
  d="""Bus 0555 AM: student showed a knife to the driver. Secured. {{immigration_status:Company safety manager asked dispatch to notify Homeland Security because the kid "might not be legal"}}.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["might not be legal"], tags=["log"])

C(s="dispatch_log", g="weapon", wp="machete", n="Israel Ferreira Lima", sc="Brighton High School", gr=11,
  w="2025-09-29 15:20", loc="MBTA route 57 bus, Washington St at Oak Square", r="bpd/district-d14",
  d="""MBTA BUS OPS - OPERATOR INCIDENT LOG (shared with BPS)
15:14 Op #4471 rt 57 reports a youth waving a machete on the bus, passengers moving to front.
15:15 Control: stop, open front door, let passengers off.
15:17 Youth (Brighton High hoodie, later ID'd by school as Israel F.L.) got off at Oak Square still holding machete, then dropped it in a trash barrel.
15:20 School police + D-14 arrived, machete recovered (approx 20 in).
15:26 {{language:Op reports youth was yelling in Portuguese}} the whole time.""",
  mnc=["in Portuguese"], fact="machete", mct=["trash barrel", "Oak Square", "Op #4471"], tags=["log", "name_overlap"])

C(s="dispatch_log", g="drugs", sub=["fentanyl powder"], n="Brianna Cahill", sc="East Boston High School", gr=10,
  w="2026-01-26 15:05", loc="School bus 0431, Meridian St", r="bpd/district-a7",
  d="""Dispatch log - Bus 0431 - 1/26 PM
1458 Monitor: girl slumped in seat 7, not waking, lips blue.
1459 911; monitor gave Narcan from the bus kit.
1502 Girl breathing; EMS to Mass General.
1505 Monitor found a small wax bag of white powder on the floor by seat 7; another student says Brianna C. (seat 6) gave it to her "as fent" and Brianna had three more bags in her coat, handed over to the monitor.
1520 School police took the bags.""",
  fact="fentanyl", mct=["seat 7", "Narcan from the bus kit", "three more bags"], tags=["log", "clean_rich"])

C(s="dispatch_log", g="weapon", wp="box cutter", n="Jamal Okonkwo", sc="Ellis Elementary School", gr=5,
  w="2026-03-12 08:05", loc="School van V-14 (special transportation), Warren St", r="bpd/district-b2",
  d="""Van V-14 AM log: 0750 driver notices 5th grader (Jamal) cutting seat vinyl with a box cutter; 0752 van stopped on Warren St; 0753 monitor takes box cutter, student calm, no one hurt; 0805 arrived Ellis, handed to principal. {{religion:Per route notes, student is picked up late on Fridays after Jummah}}.""",
  mnc=["Jummah"], fact="box cutter", mct=["seat vinyl", "Warren St"], tags=["log"])
# ---- 105-127: assorted staff (AP e-mails, counselors, cafeteria, library, after-school, security
#      desk, chaperones, custodians, music and art teachers), many clean reports rich in detail ----
C(s="ap_email", g="weapon", wp="knife", n="Mecca Thornton", sc="Boston Community Leadership Academy", gr=12,
  w="2025-10-31 12:20", loc="BCLA cafeteria, Halloween costume lunch", r="bpd/district-b2",
  d="""From: Assistant Principal
Subject: Knife at the Halloween costume lunch

Team - during the costume lunch today Mecca (dressed as Wednesday Addams) pulled a real knife, a black-handled steak knife, out of her costume's belt and pointed it at a boy dressed as Spider-Man who had knocked over her tray of chicken nuggets and fries. Mr. Gaines took it from her without a struggle. Nobody hurt. She says the knife was "part of the costume." It is bagged in my office. Mom is coming at 2.""",
  fact="knife", mct=["Wednesday Addams", "chicken nuggets and fries", "black-handled steak knife"], tags=["subject_line", "name_overlap", "clean_rich"])

C(s="ap_email", g="serious_violence", n="Ezekiel Obi-Marsh", sc="Boston Latin School", gr=10,
  w="2026-03-27 10:05", loc="Boston Latin School, Avenue Louis Pasteur sidewalk", r="bpd/district-d4",
  d="""Subject: URGENT - assault on Ave Louis Pasteur this morning

Ezekiel (Class IV) came up behind a Class III student on the sidewalk between BLS and the Museum of Fine Arts and hit him twice in the back of the head with a bike lock (U-lock, Kryptonite). The boy fell and was bleeding; EMTs took him to Boston Children's, where they stapled the scalp and admitted him for observation for a concussion. Ezekiel says the boy posted his grades from the AP Bio test in a group chat. Lock is in the office safe. - D. Whelan, AP""",
  fact="U-lock", mct=["U-lock", "Museum of Fine Arts", "AP Bio"], tags=["subject_line", "clean_rich"])

C(s="ap_email", g="weapon", wp="knife", n="Julian Bautista", sc="Snowden International School", gr=10,
  w="2026-01-12 09:00", loc="Snowden International School", r="bpd/district-d4",
  d="""Subject: Julian B. - knife - {{religion:(pls be sensitive, family are devout Mormons)}}

Julian had a pocketknife in his coat this morning; found during a search after a classmate reported it. He said he uses it for whittling with his scout troop. No threat made, no one hurt. The knife is with me.""",
  mnc=["Mormon"], fact="pocketknife", mct=["whittling", "scout troop"], tags=["subject_line"])

C(s="counselor_note", g="credible_threat", n="Nevaeh Dominique Price", sc="Excel High School", gr=11,
  w="2026-02-02 11:15", loc="Excel High School, counseling office", r="bpd/district-c6",
  th="""Student told her counselor she has been "planning it since Christmas break": she will bring her mother's boyfriend's pistol to school Wednesday and shoot two girls who spread a video of her, naming both. She showed a photo on her phone of the pistol in a shoebox in the boyfriend's closet.""",
  d="""Counseling note (disclosed to admin because of imminent risk): Nevaeh came in for her usual Monday check-in and said she was "done being nice." She described a plan to bring a gun Wednesday and named two girls. She showed me a photo of the gun in a shoebox, which she took last night. She knows when the apartment is empty. She was calm and specific. I stayed with her while the AP called her mother. We had been working on her college essay for UMass Boston just last week.""",
  fact="gun", mct=["shoebox", "UMass Boston", "Wednesday"], tags=["name_overlap", "clean_rich"])

C(s="counselor_note", g="credible_threat", n="Ari Feldman-Osei", sc="Boston Latin Academy", gr=9,
  w="2025-12-17 13:40", loc="Boston Latin Academy, counseling office", r="bpd/district-b2",
  th="",
  d="""Counselor to AP: Ari said he wants to "blow up the school before the winter concert" and has looked up how to build a pipe bomb. {{religion:He's been bullied for being Jewish}}. Please advise.""",
  dec="deny", rsn="missing_threat_statement", mnc=["Jewish"])

C(s="cafeteria_report", g="weapon", wp="box cutter", n="Haiti Lucien-Rowe", sc="Jeremiah E. Burke High School", gr=9,
  w="2025-11-17 11:45", loc="Burke High School cafeteria, serving line", r="bpd/district-b3",
  d="""Cafeteria manager's report (Aramark / BPS Food & Nutrition Services)
Today was build-your-own taco day. At about 11:45 a 9th grade girl, Haiti Lucien-Rowe, got into it with another girl over the last of the churros. She pulled a box cutter out of her bra and swung it across the sneeze guard, cutting the plexiglass; one of my servers, Doreen, got a small nick on her glove but not her hand. Haiti dropped it on the tray slide and ran out toward the gym. Mr. Obi caught up with her by the trophy case.""",
  fact="box cutter", mct=["taco day", "sneeze guard", "trophy case"], tags=["name_overlap", "clean_rich"])

C(s="librarian_note", g="drugs", sub=["LSD blotter tabs"], n="Phoebe Anand-Reilly", sc="Boston Arts Academy", gr=12,
  w="2026-04-13 14:30", loc="Boston Arts Academy library, graphic novel shelf", r="bpd/district-d4",
  d="""From the library: while reshelving the graphic novels (the new Dog Man and Heartstopper copies) I found a small envelope tucked in a copy of Maus with a sheet of tiny colored paper squares printed with cartoon faces. Phoebe came back for the book ten minutes later and admitted they were "tabs" of acid, 20 of them, that she was selling before Patriots' Day weekend. I gave the envelope to the AP.""",
  fact="acid", mct=["Maus", "Patriots' Day weekend", "cartoon faces"], tags=["clean_rich"])

C(s="afterschool_report", g="serious_violence", n="Carlos Paris-Dunn", sc="Mario Umana Academy", gr=8,
  w="2026-02-19 17:05", loc="Umana Academy gym (BCYF after-school basketball)", r="bpd/district-a7",
  d="""After-school program incident - BCYF basketball at the Umana
At 5:05 Carlos, upset about a foul call, grabbed a metal folding chair and hit a 7th grader on the head and back; the boy had a gash over the ear and was vomiting afterwards, a sign of concussion. Coach Ramos called 911; EMS took him to Mass General for Children. Carlos ran out the side door toward Maverick station in his red Celtics shorts and Kyrie sneakers, and his mom brought him back at 6:10.""",
  fact="folding chair", mct=["Maverick station", "Kyrie sneakers", "Mass General for Children"], tags=["name_overlap", "clean_rich"])

C(s="security_desk_log", g="weapon", wp="loaded handgun", n="Tariq Holloway-Brown", sc="Madison Park Technical Vocational High School", gr=12,
  w="2026-05-11 07:35", loc="Madison Park, main lobby scanner", r="bpd/district-b2",
  d="""SECURITY DESK LOGBOOK - Main lobby
07:31 scanner alarm, backpack, student Tariq H-B.
07:32 bag to table, SSO Grant searching.
07:33 revolver found in the lunch compartment under a container of rice and beans; 5 of 6 chambers loaded.
07:34 lobby held, students redirected to side door.
07:35 BPD called. Student in custody of SSO. Says it belongs to a "friend from the barbershop."
07:58 B-2 officers took the revolver.""",
  fact="revolver", mct=["rice and beans", "5 of 6 chambers loaded", "barbershop"], tags=["log", "clean_rich"])

C(s="chaperone_report", g="serious_violence", n="Kenzie Abernathy-Moon", sc="Josiah Quincy Upper School", gr=7,
  w="2026-05-29 11:20", loc="New England Aquarium, penguin exhibit ramp (field trip)", r="bpd/district-a1",
  d="""Chaperone's account, 7th grade trip to the New England Aquarium
We'd just finished the harbor seal talk. On the ramp by the penguin exhibit Kenzie shoved a classmate hard into the railing and then smashed her head against the glass of the giant ocean tank. The girl's front tooth broke and her lip split and she briefly blacked out. Aquarium first-aid staff called EMS; she went to Mass General. Kenzie said the girl "took my seat on the Blue Line." We brought everyone back on the Blue Line from Aquarium station and ate our bag lunches at school.""",
  fact="blacked out", mct=["giant ocean tank", "Aquarium station", "penguin exhibit"], tags=["clean_rich"])

C(s="custodian_note", g="weapon", wp="loaded handgun", n="Devin Marsh-Kelley", sc="Charlestown High School", gr=11,
  w="2026-01-05 06:10", loc="Charlestown High School, 2nd floor boys' bathroom ceiling tile", r="bpd/district-a1",
  d="""Custodian's note, 6:10 am: while changing a light in the 2nd floor boys' room I pushed up a ceiling tile and a gun fell out, silver revolver, I think loaded. I didn't touch it after that. Locked the bathroom and called the head custodian. (Added by the AP at 9:40: Devin Marsh-Kelley came to the office with his father and admitted he hid the revolver up there Friday afternoon.) {{gang_affiliation:The kids have been writing "Bunker Hill Bloods" on that ceiling for months}}.""",
  mnc=["Bunker Hill Bloods"], fact="revolver", mct=["ceiling tile", "silver revolver"], tags=["found_property"])

C(s="music_teacher_note", g="weapon", wp="brass knuckles", n="Aurelio Christmas", sc="Boston Arts Academy", gr=11,
  w="2025-12-19 13:25", loc="Boston Arts Academy, band room", r="bpd/district-d4",
  d="""From Mr. Hale, band: during our last rehearsal before the winter concert (we were running "Sleigh Ride" and the Stevie Wonder medley), Aurelio pulled brass knuckles out of his trumpet case and slipped them on, saying a senior had "better watch himself after the show." I asked for them and he gave them up. Nobody got hurt. They're black with spikes. Trumpet case stays with me.""",
  fact="brass knuckles", mct=["Sleigh Ride", "trumpet case", "Stevie Wonder"], tags=["name_overlap", "clean_rich"])

C(s="art_teacher_note", g="serious_violence", n="Santiago Lemaire", sc="Fenway High School", gr=10,
  w="2026-03-16 10:30", loc="Fenway High School, art room 402", r="bpd/district-d4",
  d="""Art room incident. We were glazing pottery for the spring show. Santiago grabbed an X-Acto knife from the supply bin and slashed a classmate across the palm when the boy smeared his ceramic bowl. Deep cut, tendon showing; I wrapped it in paper towels and the nurse sent him to Beth Israel Deaconess, where he had hand surgery. X-Acto is in a sealed bag.""",
  fact="X-Acto knife", mct=["X-Acto knife", "glazing pottery", "hand surgery"], tags=["clean_rich"])

C(s="para_note", g="weapon", wp="scissors used as a weapon", n="Brayden Okafor", sc="Ellis Elementary School", gr=4,
  w="2026-04-29 10:10", loc="Ellis Elementary School, room 12", r="bpd/district-b2",
  d="""Paraprofessional's note: Brayden (4th gr) stabbed a classmate in the upper arm with pointed metal scissors during the Earth Day poster project, after the girl took his green marker. Puncture wound, bleeding through her sleeve; nurse applied pressure, mother took her to Boston Children's for stitches. {{language:Brayden's mom is in the ESL program at night and asked that we text in simple English}}.""",
  mnc=["ESL program"], fact="scissors", mct=["Earth Day poster", "green marker"], tags=["clean_rich"])

C(s="crossing_guard_note", g="weapon", wp="knife", n="Jordan Cuba-Whitfield", sc="Curley K-8 School", gr=8,
  w="2025-10-10 15:05", loc="Centre St at Pond St crosswalk, Jamaica Plain", r="bpd/district-e13",
  d="""Crossing guard Mrs. Toomey (post: Centre St at Pond St) called the school at 3:05: an 8th grader from the Curley with a green North Face backpack was waving a long kitchen knife at two boys outside the CVS. She yelled and he put it in his backpack and walked toward the pond. The school identified him as Jordan Cuba-Whitfield; the AP found the knife in his backpack at 3:20 by Jamaica Pond boathouse. No one hurt.""",
  fact="knife", mct=["North Face backpack", "outside the CVS", "Jamaica Pond boathouse"], tags=["name_overlap", "clean_rich"])

C(s="principal_memo", g="drugs", sub=["methamphetamine"], n="Colton Reyes-Ambrose", sc="Brighton High School", gr=11,
  w="2026-03-04 09:45", loc="Brighton High School, auto body shop", r="bpd/district-d14",
  d="""MEMORANDUM
To: File / BPD liaison
From: Headmaster
Re: Controlled substance, auto body shop, 3/4/26
A shop instructor saw Colton pass a small clear bag of shard-like crystals to a classmate near the paint booth. When asked, he said it was "crystal, like from Breaking Bad, but I don't use it." About 2 grams in two bags. Colton was cooperative. The bags are in the office safe and the classmate (who did not use it) is safe and in class.""",
  fact="methamphetamine", mct=["paint booth", "about 2 grams", "shard-like crystals"], tags=["clean_rich"])

C(s="trainer_note", g="drugs", sub=["oxycodone (not prescribed)", "nicotine vape"], n="Brody Callahan", sc="East Boston High School", gr=12,
  w="2025-11-26 15:30", loc="East Boston High School, athletic training room", r="bpd/district-a7",
  d="""Athletic trainer's note (day before Thanksgiving, Turkey Day game prep): Brody asked me for "something stronger" for his shoulder; when I said no he showed me five 30 mg oxycodone pills in a Ziploc he got "from a guy at Wonderland." His vape (Elf Bar, blue razz) was in the same pocket. I took both and gave them to the AD. He's supposed to start at QB against Winthrop.""",
  fact="oxycodone", mct=["Wonderland", "Elf Bar", "against Winthrop"], tags=["clean_rich"])

C(s="text_transcript", g="credible_threat", n="Paris Montgomery", sc="Urban Science Academy", gr=11,
  w="2026-05-04 21:40", loc="Instagram direct messages (reported to school 5/5)", r="bpd/district-e5",
  th="""In an Instagram DM to a classmate on 5/4 at 9:40 pm, the student wrote: "tmrw at lunch im bringing my brothers 9 and everybody in that lunch table getting hit, starting with Destiny." He sent a video of himself loading a magazine.""",
  d="""Transcript of screenshots submitted by a parent on 5/5 at 7:10 am:
[9:38 PM] paris.m: yall think its funny
[9:40 PM] paris.m: tmrw at lunch im bringing my brothers 9 and everybody in that lunch table getting hit, starting w Destiny
[9:41 PM] paris.m: (video, 0:08, loading a magazine on a bed with a Patriots blanket)
[9:52 PM] classmate: bro stop playing
AP note: student kept at home by mother this morning; we need police to check the brother's gun.""",
  fact="magazine", mct=["Patriots blanket", "loading a magazine"], tags=["name_overlap", "clean_rich"])

C(s="field_trip_report", g="weapon", wp="pepper spray", n="Savannah Moreau-Diallo", sc="Dearborn STEM Academy", gr=8,
  w="2026-05-15 12:40", loc="Franklin Park Zoo, Tropical Forest building", r="bpd/district-b2",
  d="""Field trip report - 8th grade, Franklin Park Zoo. Inside the Tropical Forest building, near the gorillas, Savannah sprayed pepper spray in the face of a girl who had been teasing her since the bus ride. The girl and two bystanders had burning eyes; zoo staff flushed them at the first-aid station near the giraffe barn. The can (small, lipstick-shaped, purple) is with Mr. Crane. We skipped the carousel and went back to school early.""",
  fact="pepper spray", mct=["Tropical Forest", "giraffe barn", "lipstick-shaped"], tags=["clean_rich"])

C(s="social_worker_note", g="serious_violence", n="Lamar Christian-Baptiste", sc="TechBoston Academy", gr=10,
  w="2026-01-16 12:15", loc="TechBoston Academy, 2nd floor computer lab", r="bpd/district-c11",
  d="""School social worker's note: in the computer lab Lamar threw a Chromebook at a girl who laughed at him, then punched her repeatedly in the face. Her jaw was fractured in two places (confirmed at Carney Hospital) and wired shut. Lamar told me he'd had no sleep because of the MLK Day weekend at his dad's, which he said was "chaos." I've set up a safety plan with his advisor.""",
  fact="jaw was fractured", mct=["Chromebook", "Carney Hospital", "wired shut"], tags=["name_overlap", "clean_rich"])

C(s="attendance_clerk_note", g="truancy", n="Zion Paris-Mendez", sc="Charlestown High School", gr=10,
  w="2026-02-23 09:00", loc="Charlestown High School", r="bpd/district-a1",
  d="""Attendance office: student has missed 22 days this term; home visits unanswered. {{neighborhood:Family last known at the Bunker Hill housing development}}. Requesting a police wellness/truancy visit.""",
  dec="deny", rsn="ground_not_permitted", mnc=["Bunker Hill housing"], tags=["name_overlap"])

C(s="athletic_director_email", g="weapon", wp="hunting knife", n="Caleb Israelson", sc="New Mission High School", gr=11,
  w="2025-09-12 18:45", loc="Draper Field, West Roxbury, football sideline", r="bpd/district-e5",
  d="""AD email, Fri night: during the JV game at Draper Field a junior on our sideline, Caleb, had a fixed-blade hunting knife strapped to his ankle under his sock. A teammate saw it when he retaped. Caleb says he uses it for deer season with his uncle in New Hampshire. No threat, no one hurt. Knife secured in my truck, brought to the office Monday. We won 21-14, for what it's worth.""",
  fact="hunting knife", mct=["Draper Field", "strapped to his ankle", "21-14"], tags=["name_overlap", "clean_rich"])
# ---- 128-150: denials of each kind the rules give ----------------------------------------------
C(s="ap_email", g="weapon", wp="knife", n="Jalen Whitmore", sc="Boston Community Leadership Academy", gr=10,
  w="2026-03-23 13:10", loc="BCLA, 1st floor hallway", r="bpd/district-b2",
  d="""Subject: RE: hallway knife - ID confirmed
Detective called back: the department's crime center ran our hallway still through their facial recognition system and got a {{face_surveillance:97% match}} to Jalen. Adding that to the packet with the knife description (black folding, about 3 in).""",
  dec="deny", rsn="face_surveillance", mnc=["97% match"], tags=["subject_line"])

C(s="formal_report", g="serious_violence", n="Christian Baptiste Moreau", sc="Jeremiah E. Burke High School", gr=11,
  w="2026-02-17 15:40", loc="Burke High School, Talbot Ave bus stop", r="bpd/district-b3",
  d="""1. Victim beaten at the Talbot Ave bus stop; broken jaw, BMC.
2. Suspect identified from corner-store video by a face search (printout attached).
3. School confirms the identified person is our student.""",
  att=[{"kind": "face_match", "name": "clearview_result_0217.png"}],
  dec="deny", rsn="face_surveillance", mnc=["clearview_result"], cats=["face_surveillance"], tags=["numbered_sections", "name_overlap"])

C(s="police_narrative", g="drugs", sub=["fentanyl"], n="Rashad Kimani", sc="Excel High School", gr=12,
  w="2025-12-05 10:30", loc="Excel High School, main office", r="bpd/district-c6",
  d="""R/O seized 6 bags of suspected fentanyl from S-1's jacket. S-1 identity previously established by BRIC face comparison (see student record fields).""",
  sx={"face_template_id": "FT-88213-A", "face_match_confidence": 0.93},
  dec="deny", rsn="face_surveillance", mnc=["FT-88213-A"], cats=["face_surveillance"], tags=["jargon", "structured_field"])

C(s="principal_memo", g="credible_threat", n="Israel Duarte", sc="East Boston High School", gr=11,
  th="""An unknown student posted on a school meme account: "bringing the glizzy to EB Friday, watch." The post came with a photo of a handgun.""",
  w="2026-04-10 08:30", loc="East Boston High School", r="bpd/district-a7",
  d="""Memo: Detectives ask that we send all 11th grade yearbook portraits so they can run them against the poster's profile picture {{face_surveillance:in the Clearview system}} to identify who posted the threat. Israel Duarte is the student they currently suspect.""",
  dec="deny", rsn="face_surveillance", mnc=["Clearview"], tags=["name_overlap"])

C(s="security_desk_log", g="weapon", wp="pepper spray", n="Zaria Okafor", sc="Boston Latin Academy", gr=9,
  w="2026-01-28 07:50", loc="Boston Latin Academy, main entrance", r="bpd/district-b2",
  d="""07:44 camera system issued a {{face_surveillance:Person of Interest alert (face match to a watchlist photo)}} on the girl later identified as Zaria O.
07:46 search at desk found a pepper spray canister.
07:50 logged for police.""",
  dec="deny", rsn="face_surveillance", mnc=["Person of Interest alert"], tags=["log"])

C(s="liaison_summary", g="serious_violence", n="Mecca Ibrahim-Jones", sc="Brighton High School", gr=10,
  w="2025-11-29 16:20", loc="Arsenal Yards mall food court, Watertown", r="bpd/district-d14",
  d="""Mall security told the family they identified Mecca as the girl who hit another teen with a glass bottle in the food court, {{face_surveillance:using their FaceFirst match}}. The other teen needed stitches at St. Elizabeth's. {{language:I explained this to Mecca's mother in Somali}}.""",
  dec="deny", rsn="face_surveillance", mnc=["FaceFirst", "in Somali"], tags=["bilingual", "name_overlap"])

C(s="parent_email", g="weapon", wp="knife", n="Nolan Abernathy", sc="Mission Hill K-8", gr=8,
  w="2026-05-20 16:30", loc="Mission Hill K-8, Smith St side", r="bpd/district-b2",
  d="""Forwarded from a parent: "My Ring camera caught the kid who pulled a knife on my son on Smith St. {{face_surveillance:I ran the clip through FaceCheck.ID}} and it came back with Nolan's Instagram, so it's him." Please send to police.""",
  dec="deny", rsn="face_surveillance", mnc=["FaceCheck"], tags=["forwarded"])

C(s="ap_email", g="weapon", wp="box cutter", n="Giovanni Estrela", sc="Snowden International School", gr=11,
  w="2026-02-06 11:05", loc="Snowden International School, 3rd floor", r="fbi/boston",
  d="""Subject: box cutter - sending to FBI task force contact
Giovanni had a box cutter in his pencil case. {{national_origin:He was born in Brazil}} {{immigration_status:and his visa expired last year}} according to the guidance file.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["born in Brazil", "visa expired"], tags=["subject_line"])

C(s="counselor_note", g="credible_threat", n="Omar Nasser", sc="Boston International High School", gr=12,
  th="""Student wrote on his desk: "this school will burn Friday," and told a classmate he has gasoline in his garage.""",
  w="2026-03-30 12:00", loc="Boston International High School", r="commonwealth-fusion-center",
  d="""Counselor note: threat written on a desk (see statement). The district safety office wants the state fusion center to have it. {{religion:Student attends the mosque on Prospect St}}.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["mosque on Prospect"])

C(s="coach_text", g="weapon", wp="knife", n="Jordan Devereaux", sc="Madison Park Technical Vocational High School", gr=10,
  w="2025-12-20 14:15", loc="South Bay Center, Dorchester", r="allied-universal/south-bay-center",
  d="""coach: Jordan had a knife on him at South Bay during our team holiday shopping trip, mall security wants the school report for their file""",
  dec="deny", rsn="recipient_not_permitted", tags=["name_overlap"])

C(s="dispatch_log", g="serious_violence", n="Kwame Asante-Ruiz", sc="English High School", gr=11,
  w="2026-01-23 15:35", loc="Jackson Square station, Orange Line platform", r="mbta-transit-police",
  d="""Dispatch: student punched another student off the platform edge at Jackson Square; victim broke his ankle on the tracks (power was off). {{ethnicity:Victim is Cape Verdean}}. Transit police want the school's report.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["Cape Verdean"], tags=["log"])

C(s="formal_report", g="drugs", sub=["cocaine"], n="Brandon Soto-Kelly", sc="Charlestown High School", gr=12,
  w="2026-04-15 11:00", loc="Charlestown High School", r="cbp",
  d="""1. Cocaine found in student's locker. 2. {{immigration_status:Student is not a citizen}}; a staff member asked that Customs and Border Protection receive the report.""",
  dec="deny", rsn="recipient_not_permitted", mnc=["not a citizen"], tags=["numbered_sections"])

C(s="sub_note", g="drugs", sub=["hard seltzer (White Claw)"], n="Paris Delgado", sc="Boston Latin Academy", gr=11,
  w="2025-10-24 13:50", loc="Boston Latin Academy, room 304", r="bpd/district-b2",
  d="""From the sub: two cans of White Claw in Paris's backpack, one opened, during 6th period. She said it was for the homecoming dance. {{religion:She asked me not to tell her mother, who is a deaconess at their church}}.""",
  dec="deny", rsn="excluded_substance", mnc=["deaconess"], tags=["name_overlap"])

C(s="police_narrative", g="drugs", sub=["chewing tobacco", "cigarettes"], n="Hunter McBride", sc="Brighton High School", gr=10,
  w="2026-02-20 12:45", loc="Brighton High School, bleachers", r="bpd/district-d14",
  d="""R/O observed S-1 spitting tobacco juice under the bleachers; can of Grizzly wintergreen and a pack of Newports recovered.""",
  dec="deny", rsn="excluded_substance", tags=["jargon"])

C(s="student_statement", g="drugs", sub=["hash"], n="Ignacio Ferreira", sc="East Boston High School", gr=12,
  w="2026-05-08 10:20", loc="East Boston High School, courtyard", r="bpd/district-a7",
  d="""my statment: the brown stuff is hash, my cousin gave it to me. I wasnt gonna sell it. {{language:my parents only speak spanish}} so call my sister pls""",
  dec="deny", rsn="excluded_substance", mnc=["only speak spanish"], tags=["spelling"])

C(s="para_note", g="drugs", sub=["blunt (marijuana)", "vodka"], n="Kayden Moreno", sc="Jeremiah E. Burke High School", gr=11,
  w="2025-11-21 14:00", loc="Burke High School, boys' bathroom", r="bpd/district-b3",
  d="""Para note: Kayden in the bathroom with a half-smoked blunt and a water bottle that smelled like vodka. {{neighborhood:Lives on Bowdoin St}}, mom at work.""",
  dec="deny", rsn="excluded_substance", mnc=["Bowdoin St"])

C(s="ap_email", g="suspicious_behavior", n="Amir Haddad", sc="Josiah Quincy Upper School", gr=9,
  w="2026-01-09 10:00", loc="Josiah Quincy Upper School", r="bpd/district-a1",
  d="""Subject: FYI - student acting strange
Amir has been drawing maps and reading about chemistry on his own. Nothing specific, no threat. {{religion:He recently started praying in the stairwell}}. Thought police should know.""",
  dec="deny", rsn="ground_not_permitted", mnc=["praying"], tags=["subject_line"])

C(s="counselor_note", g="runaway", n="Trinity Dominique Vaz", sc="TechBoston Academy", gr=9,
  w="2026-03-02 09:00", loc="TechBoston Academy", r="bpd/district-c11",
  d="""Trinity has not been home since Friday per her aunt. {{neighborhood:Aunt's apartment: 18 Bowdoin Ave, Dorchester}}. Requesting police look for her.""",
  dec="deny", rsn="ground_not_permitted", mnc=["Bowdoin Ave"], tags=["name_overlap"])

C(s="formal_report", g="harassment", n="Lucas Fontaine", sc="Boston Arts Academy", gr=10,
  w="2026-04-23 13:00", loc="Boston Arts Academy, online", r="bpd/district-d4",
  d="""1. Student posted mean memes about a classmate on a class Instagram account.
2. {{ethnicity:The memes mocked the classmate for being Korean}}.
3. No threats of violence.""",
  dec="deny", rsn="ground_not_permitted", mnc=["Korean"], tags=["numbered_sections", "third_party"])

C(s="police_narrative", g="credible_threat", n="Devon Ashby", sc="Urban Science Academy", gr=11,
  w="2026-05-13 09:15", loc="Urban Science Academy, parking lot", r="bpd/district-e5",
  d="""R/O was told by W-1 that S-1 said he'd "spray the lot" after school. {{gang_affiliation:S-1 is a suspected Heath Street associate}}.""",
  dec="deny", rsn="missing_threat_statement", mnc=["Heath Street"], tags=["jargon"])

C(s="coach_text", g="credible_threat", n="Christian Paris", sc="Fenway High School", gr=12,
  th="",
  w="2026-02-27 18:00", loc="Fenway High School", r="bpd/district-d4",
  d="""coach: Christian told the team he'd shoot up the senior night game. He laughed after. idk""",
  dec="deny", rsn="missing_threat_statement", tags=["name_overlap"])

C(s="security_desk_log", g="weapon", wp="airsoft rifle", n="Marcus Okonjo", sc="Madison Park Technical Vocational High School", gr=11,
  w="2026-03-25 07:40", loc="Madison Park, main lobby", r="bpd/district-b2",
  d="""07:38 student arrived carrying a long gun in a guitar case; 07:40 SSO opened it: airsoft rifle (AR-style, black, no orange tip), battery pack and a bag of 6mm pellets. Student says it's for a game in the Middlesex Fells on Saturday.""",
  dec="deny", rsn="other", tags=["log", "replica"])

C(s="trainer_note", g="weapon", wp="BB rifle", n="Wyatt Sullivan-Osei", sc="Charlestown High School", gr=9,
  w="2025-09-22 15:50", loc="Charlestown High School, baseball field", r="bpd/district-a1",
  d="""Trainer: a 9th grader shot a BB rifle (Daisy, lever action) at the outfield fence after practice; no one hit. {{ethnicity:The other kids say he was aiming near the Haitian boys}}.""",
  dec="deny", rsn="other", mnc=["Haitian"], tags=["replica", "third_party"])

C(s="dean_log", g="weapon", wp="mace", n="Dieudonné Pierre-Louis", sc="Jeremiah E. Burke High School", gr=10,
  w="2026-06-03 14:35", loc="Burke High School, Washington St entrance, near the ice cream truck", r="bpd/district-b3",
  d="""Dean's log entry, last week of school. Dismissal, 2:35. Ice cream truck parked on Washington St like every warm day. Dieudonné (goes by "Dédé") got into an argument in the line with a 9th grader over cutting, pulled a can of Mace from his fanny pack and sprayed it across the boy's face and into the open truck window. The 9th grader and the truck driver both had burning eyes; the driver closed up and left. Nurse flushed the boy's eyes with saline; he went home with his grandmother. Can (black, "MACE Triple Action") is in the dean's safe. Photo attached.""",
  sx={"nickname": "Dédé", "home_language": "Haitian Creole", "ell_status": "EL level 3",
      "country_of_birth": "Haiti", "address": {"street": "31 Haiti Street", "city": "Boston", "zip": "02124"}},
  att=[{"kind": "document", "name": "parent_call_notes_Haitian_Creole_interpreter.docx"},
       {"kind": "photo", "name": "mace_can_evidence.jpg"}],
  cats=["language", "national_origin", "neighborhood"],
  mnc=["Haitian Creole", "EL level 3", "Haiti", "02124"], fact="Mace", mct=["ice cream truck", "MACE Triple Action", "fanny pack"],
  tags=["structured_field", "attachment_name", "street_overlap"])

if __name__ == "__main__":
    main()
