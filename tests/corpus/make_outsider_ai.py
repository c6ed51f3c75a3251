#!/usr/bin/env python3
"""Outsider corpus, family OAI: reports that come to the school through partners.

Incident write-ups forwarded to a Boston Public Schools administrator by community partners and
other systems (after-school programs, hospital social workers, DCF caseworkers, youth and street
workers, probation and court liaisons, the bus contractor, summer-jobs supervisors, mental-health
clinicians, shelter staff, libraries, camps, loss prevention) and then submitted to the gatekeeper.

Written from RULES.md and CONTRACT.md only. Deterministic, standard library only.

    python3 tests/corpus/make_outsider_ai.py   ->  tests/data/corpus/outsider_ai.jsonl

Free text uses a small markup so that every forbidden span and its canaries are declared where
they are written:  [[cat:sentence that reveals a forbidden fact|canary1;canary2]]
cat is one of imm nat eth rel nbh lang gang face.  The generator checks that every canary occurs
only inside forbidden spans or forbidden structured values, never in text a correct redactor keeps,
and that every must_contain_text fact sits inside one clean stretch of the description.
"""
import json
import pathlib
import random
import re
import sys
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

PREFIX = "OAI"
FAMILY_TAG = "partner_forwarded"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ai.jsonl"
TZ = ZoneInfo("America/New_York")

CAT = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity", "rel": "religion",
       "nbh": "neighborhood", "lang": "language", "gang": "gang_affiliation", "face": "face_surveillance"}

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-4113",
    "East Boston High School": "BPS-4052",
    "English High School": "BPS-4071",
    "Madison Park Technical Vocational High School": "BPS-4124",
    "Excel High School": "BPS-4208",
    "Brighton High School": "BPS-4036",
    "TechBoston Academy": "BPS-4277",
    "Mission Hill K-8": "BPS-4391",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4085",
    "Charlestown High School": "BPS-4049",
    "Snowden International School": "BPS-4152",
    "Boston Latin Academy": "BPS-4010",
    "Dearborn STEM Academy": "BPS-4316",
    "Boston Community Leadership Academy": "BPS-4176",
    "New Mission High School": "BPS-4233",
    "Henderson K-12 Inclusion School": "BPS-4362",
    "Boston Arts Academy": "BPS-4259",
    "Fenway High School": "BPS-4140",
    "Community Academy of Science and Health": "BPS-4287",
    "Lyon High School": "BPS-4344",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4221",
    "Boston Green Academy": "BPS-4329",
    "Lilla G. Frederick Pilot Middle School": "BPS-4418",
    "Young Achievers Science and Math K-8": "BPS-4427",
    "Curley K-8 School": "BPS-4402",
    "Another Course to College": "BPS-4190",
}

# Words that usually signal a forbidden fact. A clean stretch of text containing one is an error
# unless the case lists it in ok= (a decoy: a partner's name, a program site, a hospital).
SUSPECT = ["haiti", "creole", "kreyòl", "kriolu", "spanish", "portuguese", "somali", "dominican",
           "cape verd", "vietnam", "muslim", "mosque", "islam", "catholic", "jewish", "baptist",
           "church", "pastor", "undocumented", "asylum", "visa", "daca", "deport", "green card",
           "citizen", "refugee", "gang", "crew", "yvsf", "lives at", "lives on", "lives in",
           "lives with", "facial rec", "face rec", "interpreter", "born in", "hispanic", "latino",
           "latina", "arabic", "jehovah", "hijab", "kippah", "synagogue", "imam", "zip code"]

CASES = []


def C(**kw):
    CASES.append(kw)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


SPAN = re.compile(r"\[\[(\w+):(.*?)\|(.*?)\]\]", re.S)


def parse(marked):
    """-> (plain text, list of clean stretches, list of (cat, span text, [canaries]))"""
    out, clean, spans, pos = [], [], [], 0
    for m in SPAN.finditer(marked):
        clean.append(marked[pos:m.start()])
        out.append(marked[pos:m.start()])
        cat, text, can = m.group(1), m.group(2), [c for c in m.group(3).split(";") if c]
        if cat not in CAT:
            raise SystemExit(f"bad category {cat!r}")
        spans.append((CAT[cat], text, can))
        out.append(text)
        pos = m.end()
    clean.append(marked[pos:])
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise SystemExit(f"unbalanced markup in: {marked[:80]}")
    return text, clean, spans


def ts(s):
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d.isoformat()


def build(i, kw, rng):
    cid = f"{PREFIX}-{i:04d}"
    name, school, grade = kw["st"]
    when = kw["at"]
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    sy = dt.year if dt.month >= 7 else dt.year - 1
    bm = rng.randint(1, 12)
    by = sy - grade - 5 - (1 if bm >= 9 else 0)
    dob = f"{by:04d}-{bm:02d}-{rng.randint(1, 28):02d}"

    desc, desc_clean, desc_spans = parse(kw["d"])
    clean_parts = list(desc_clean)
    spans = list(desc_spans)
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": kw.get("rc", "bpd"),
           "ground": kw["g"]}
    if kw.get("sub"):
        req["substances"] = list(kw["sub"])
        clean_parts += kw["sub"]
    if kw.get("w"):
        req["weapon"] = kw["w"]
        clean_parts.append(kw["w"])
    if kw.get("th") is not None:
        th, th_clean, th_spans = parse(kw["th"])
        req["threat_statement"] = th
        clean_parts += th_clean
        spans += th_spans
    loc = kw.get("loc", "")
    req["incident"] = {"occurred_at": ts(when), "location": loc, "description": desc}
    clean_parts.append(loc)

    student = {"student_id": str(rng.randint(100000, 999999)), "name": name, "date_of_birth": dob,
               "grade": grade, "school": school}
    forbidden_values = []
    for k, v in (kw.get("sx") or {}).items():
        if isinstance(v, tuple):               # (cat, value): a forbidden structured field
            cat, val = v
            student[k] = val
            spans.append((CAT[cat], val, [val]))
            forbidden_values.append(val)
        else:                                  # a partner-system field: withheld, not forbidden
            student[k] = v
            clean_parts.append(json.dumps(v, ensure_ascii=False))
    req["student"] = student
    if kw.get("att"):
        req["attachments"] = []
        for a in kw["att"]:
            a = dict(a)
            can = a.pop("_canary", None)
            req["attachments"].append(a)
            if can:
                spans.append((CAT["face"], a["name"], list(can)))
            else:
                clean_parts.append(a["name"])
    clean_parts += [req["ground"], req["recipient"], req["school_id"], name, school]

    cats = sorted({c for c, _, _ in spans})
    canaries = []
    for c, _, cs in spans:
        for x in cs:
            if x not in canaries:
                canaries.append(x)

    # ---- self-checks (labels must be fair) ----
    forb_text = fold(" \u241e ".join(t for _, t, _ in spans))
    clean_text = fold(" \u241e ".join(clean_parts))
    for x in canaries:
        if fold(x) not in forb_text:
            raise SystemExit(f"{cid}: canary {x!r} not inside a forbidden span")
        if fold(x) in clean_text:
            raise SystemExit(f"{cid}: canary {x!r} also occurs in text a redactor keeps")
    ok = [fold(o) for o in kw.get("ok", [])]
    for part in desc_clean + ([] if kw.get("th") is None else parse(kw["th"])[1]) + [loc]:
        fp = fold(part)
        for s in SUSPECT:
            if re.search(r"(?<![a-z])" + re.escape(s), fp) and not any(s in o for o in ok):
                raise SystemExit(f"{cid}: clean text contains suspect {s!r}: ...{part[max(0, fp.find(s)-40):fp.find(s)+40]}...")
    decision = "deny" if kw.get("reason") else "allow"
    facts = kw.get("facts", [])
    key = kw.get("key")
    if decision == "allow":
        if not (1 <= len(facts) <= 3) or not key:
            raise SystemExit(f"{cid}: allow needs 1-3 facts and a key fact")
        for f in facts + [key]:
            if not any(fold(f) in fold(p) for p in desc_clean):
                raise SystemExit(f"{cid}: fact {f!r} is not inside one clean stretch of the description")
        if kw["g"] == "credible_threat" and not kw.get("th"):
            raise SystemExit(f"{cid}: allowed credible_threat needs a threat statement")
    else:
        if facts:
            raise SystemExit(f"{cid}: a deny has no facts")

    if decision == "deny":
        outcome = "deny_" + {"ground_not_permitted": "ground", "excluded_substance": "substance",
                             "recipient_not_permitted": "recipient",
                             "missing_threat_statement": "threat", "face_surveillance": "face",
                             "other": "replica"}[kw["reason"]]
    else:
        outcome = "allow_redact" if cats else "allow_clean"
    tags = [FAMILY_TAG, "p_" + kw["pt"], outcome] + (["decoy"] if kw.get("ok") else []) \
        + (["structured_forbidden"] if forbidden_values else []) + kw.get("tags", [])
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = kw["reason"]
    expect.update({
        "must_not_contain": canaries,
        "must_contain": [name, school, key] if decision == "allow" else [],
        "must_contain_text": facts if decision == "allow" else [],
        "categories": cats,
        "tags": tags,
    })
    return {"id": cid, "request": req, "expect": expect}


# =============================================================================================
# After-school programs (incident forms)
# =============================================================================================

C(pt="afterschool", st=("Darnell Pryce", "Jeremiah E. Burke High School", 10), rc="bpd/district-c11",
  g="weapon", w="folding knife", at="2026-02-11 16:35",
  loc="Dorchester Youth Collaborative program site, teen room",
  d="AFTER-SCHOOL INCIDENT REPORT FORM (forwarded to Burke HS by the program director)\n"
    "Program: Dorchester Youth Collaborative program site, teen room\n"
    "Date/Time of incident: 2/11/26, approx. 4:35 PM\n"
    "Staff completing form: K. Alvarado, Youth Program Coordinator\n"
    "What happened: During homework hour Darnell and another participant (initials T.R.) argued over a "
    "phone charger. Darnell took a black folding knife out of his jacket pocket, opened it and held it down "
    "by his leg while yelling at T.R. Staff member J. Okafor stepped between them and asked for the knife. "
    "Darnell closed it and handed it over after about a minute. No one was injured.\n"
    "Action taken: Knife secured in the director's office, locked drawer. Participant sent home with his "
    "mother at 5:15 PM. Suspended from program pending a meeting.\n"
    "Signed: K. Alvarado",
  facts=["black folding knife", "held it down by his leg", "Dorchester Youth Collaborative program site"],
  key="folding knife", ok=["Dorchester Youth Collaborative"])

C(pt="afterschool", st=("Brayan Quintero", "East Boston High School", 9), rc="bpd/district-a7",
  g="weapon", w="box cutter", at="2025-10-22 17:05",
  loc="East Boston Social Centers, back stairwell by the art room",
  d="East Boston Social Centers - Teen Program Incident Form\n"
    "Date: 10/22/25   Time: 5:05 pm   Location: back stairwell by the art room\n"
    "Reported by: M. Ferraro (Teen Program Lead)\n"
    "Narrative: Two participants reported that Brayan was showing a box cutter to younger kids in the back "
    "stairwell. I asked him to empty his pockets and he handed over a yellow box cutter with the blade "
    "extended about an inch. He said he uses it at his job unloading trucks. Nobody was threatened or hurt. "
    "[[nbh:Brayan lives with his aunt on Bennington St.|Bennington St]] "
    "[[nat:He came from Colombia last spring and only started at EBHS in September.|Colombia]] "
    "[[lang:I called the aunt and explained what happened in Spanish.|Spanish]] She picked him up at 5:40.\n"
    "Follow-up: Box cutter turned over to the EBHS assistant headmaster the next morning. - MF",
  facts=["yellow box cutter", "blade extended about an inch", "back stairwell"], key="box cutter")

C(pt="afterschool", st=("Tyrese Wilkins", "TechBoston Academy", 10), rc="bpd/district-c11",
  g="serious_violence", at="2025-11-18 17:20", loc="Blue Hill Boys & Girls Club, gym",
  d="BGC Incident/Accident Report - Blue Hill Club\n"
    "Member involved: Tyrese W. (teen center member, TechBoston 10th grade)\n"
    "Date/time: 11/18/25 approx 5:20 PM, gym, open run\n"
    "Staff witness: D. Boateng, Athletic Director\n"
    "What happened: After a hard foul Tyrese and another member (A.M., 15) started shoving. A.M. went down "
    "and Tyrese kicked him twice in the head while he was on the floor. A.M. was bleeding from the eye and "
    "was confused about where he was. Boston EMS transported him to Boston Children's Hospital. His mom "
    "called the club at 9 PM: fractured orbital bone and a concussion, and he is being seen by plastic "
    "surgery.\n"
    "Tyrese left the building before the ambulance arrived. Club suspension in effect. Forwarded to "
    "TechBoston per our MOU.\nD. Boateng",
  facts=["kicked him twice in the head", "fractured orbital bone"], key="fractured orbital bone")

C(pt="afterschool", st=("Luis Ocasio", "English High School", 11), rc="bpd/district-e13",
  g="credible_threat", at="2026-03-05 17:30",
  loc="Hyde Square Task Force, 2nd floor youth room (after-school program)",
  d="Hyde Square Task Force - After-School Program Incident Form\n"
    "Date: 3/5/2026  Time: ~5:30 PM  Where: 2nd floor youth room\n"
    "Staff: R. Pena (Program Manager)\n"
    "Incident: During the end-of-day circle Luis got into it with another participant, J.T., over something "
    "from school. Luis stood up and said \"Friday I'm bringing my brother's gun and you getting shot in front "
    "of everybody.\" When I pulled him aside he said it again and said he knows where the gun is kept. J.T. "
    "left with his father. "
    "[[eth:Both boys are Puerto Rican and staff think it goes back to a family thing.|Puerto Rican]] "
    "[[gang:One of our youth workers has heard Luis say he is with the Bickford boys.|Bickford]]\n"
    "Action: Called the EHS assistant headmaster Monday a.m. and sent this form. Luis is suspended from the "
    "program until a safety meeting.",
  th="Per after-school program staff: on 3/5/26 at about 5:30 PM the student told another student, in front "
     "of the group, \"Friday I'm bringing my brother's gun and you getting shot in front of everybody.\" He "
     "repeated it to the program manager when pulled aside, named the day and the target, and said he knows "
     "where the gun is kept. The school considers it a specific and credible threat to a student it enrolls.",
  facts=["Friday I'm bringing my brother's gun", "he knows where the gun is kept"], key="brother's gun")

C(pt="afterschool", st=("Nadia Beauvais", "Mission Hill K-8", 7), rc="bpd/district-b2",
  g="fight", at="2026-01-27 16:10", loc="BCYF Tobin Community Center, homework room",
  d="BCYF Tobin - After-School Incident Log\n"
    "1/27/26 4:10pm. Nadia and another 7th grader (K.S.) got into a fight in the homework room over a phone. "
    "Pulling hair and a couple of punches. Staff separated them in under a minute. No injuries, nurse not "
    "needed, both girls calmed down and ate snack. "
    "[[lang:Nadia's mom was called; she speaks Haitian Creole so our staff member Mr. Joseph interpreted.|Haitian Creole]] "
    "Program asked that the school be told. - L. Grant, site coord.",
  reason="ground_not_permitted")

C(pt="afterschool", st=("Jordan Mathis", "Boston Green Academy", 9), rc="bpd/district-d14",
  g="drugs", sub=["counterfeit pills"], at="2025-12-09 18:05",
  loc="Oak Square YMCA, teen lounge, 2nd floor",
  d="YMCA of Greater Boston - Oak Square Branch\nIncident Report (Teen Program)\n"
    "Date/Time: 12/9/2025 6:05 PM\nLocation: Teen lounge, 2nd floor\n"
    "Reported by: C. Mahoney, Teen Director\n"
    "Narrative: A participant told me Jordan was \"selling percs\" in the lounge. I asked Jordan to come to "
    "my office and he emptied his pockets. He had a sandwich bag with 11 light-blue round pills stamped "
    "\"M 30\" and $140 in cash. He said he was holding them for someone. The pills look like the counterfeit "
    "oxy pills that have been in the news. Pills were bagged, sealed, and put in the branch safe. Mom was "
    "called and picked him up at 6:50.\n"
    "Forwarded to BGA at the school's request. - CM",
  facts=["11 light-blue round pills", "$140 in cash"], key="M 30")

C(pt="afterschool", st=("Amaya Rosario", "Henderson K-12 Inclusion School", 10), rc="bpd/district-c11",
  g="drugs", sub=["THC cartridge", "Juul pods"], at="2025-10-08 17:45",
  loc="Dorchester House youth program, girls' bathroom",
  d="After-school (Dorchester House Youth Program) incident note - 10/8/25 5:45pm.\n"
    "Staff did a bag check after smelling vape in the girls' bathroom. Amaya had two THC cartridges (one "
    "half used) and a pack of Juul pods in the side pocket of her backpack. No one was sick. "
    "[[nbh:She said she got them from an older kid in the Mission Main development where she stays with her grandmother.|Mission Main]] "
    "Items handed to the Henderson assistant principal on 10/9.",
  reason="excluded_substance", ok=["Dorchester House"])

C(pt="afterschool", st=("Xavier Lindo", "Lilla G. Frederick Pilot Middle School", 8), rc="bpd/district-c11",
  g="weapon", w="airsoft pistol", at="2026-04-14 16:50", loc="After-school program site, back lot",
  d="Program incident report (after-school), 4/14/26 ~4:50 PM.\n"
    "Two kids told staff Xavier had a gun in his backpack. Staff brought him inside and found a black "
    "airsoft pistol (Glock style, the orange tip painted black) and a bag of plastic BBs. Xavier said he "
    "uses it in the woods with his cousin and forgot it was in his bag. Nobody was threatened with it. The "
    "pistol was held by staff and given to the Frederick assistant principal the next morning. Grandmother "
    "notified.",
  reason="other")

C(pt="afterschool", st=("Khalil Brathwaite", "Snowden International School", 11), rc="bpd/district-e13",
  g="weapon", w="brass knuckles", at="2026-02-20 19:40", loc="BCYF Curtis Hall Community Center, gym",
  d="BCYF Curtis Hall - Teen Basketball League Incident Report\n"
    "2/20/26, 7:40 PM, gym, second half of the 7 o'clock game\n"
    "Reported by: Site coordinator T. Walsh\n"
    "During a timeout a referee saw something metal fall out of Khalil's hoodie pocket. It was a set of "
    "brass knuckles (gold color, four finger holes). Khalil picked them up and put them back in his pocket. "
    "I asked him for them and he handed them over without an argument. He said he carries them for the "
    "walk to the bus. No one was hurt. "
    "[[rel:His mother told me on the phone that he had been at the mosque with his uncle earlier for Friday prayer and she did not know he had them.|mosque;Friday prayer]] "
    "[[nbh:Mom confirmed they live at 18 Delle Ave, Apt 3.|18 Delle Ave]]\n"
    "Brass knuckles kept in the site safe; copy of this report to Snowden.",
  facts=["gold color, four finger holes", "fall out of Khalil's hoodie pocket"], key="brass knuckles")

C(pt="afterschool", st=("Brianna Colon", "Boston Arts Academy", 10), rc="bpd/district-d4",
  g="weapon", w="pepper spray", at="2026-01-13 16:15", loc="United South End Settlements, teen program room",
  d="United South End Settlements - Teen Program Incident Form\n"
    "Date of incident: 1/13/2026  Time: 4:15 PM\nLocation: teen program room\n"
    "Description: During a disagreement with another participant (initials S.K.) Brianna took a small pink "
    "canister of pepper spray from her keychain and sprayed it toward S.K.'s face from about three feet "
    "away. S.K. had burning eyes and was coughing; staff flushed her eyes with water at the sink and she "
    "recovered within half an hour. Two staff were also coughing. The room was cleared and aired out.\n"
    "Staff took the canister. Brianna's dad picked her up at 5:00. S.K.'s mother was notified.\n"
    "Reported by: P. Nguyen, Youth Development Specialist",
  facts=["pink canister of pepper spray", "from about three feet away"], key="pepper spray")

C(pt="afterschool", st=("Jamal Odom", "Dearborn STEM Academy", 9), rc="bpd/district-b2",
  g="drugs", sub=["Xanax"], at="2026-04-02 15:50",
  loc="Dearborn STEM Academy, room 204 (after-school robotics run by a partner organization)",
  d="From the after-school partner (STEM robotics program) - incident summary\n"
    "On 4/2/26 at about 3:50 PM a 9th grader in the program told our instructor that Jamal was handing out "
    "\"bars\" in the back of room 204. The instructor asked Jamal to step into the hall. Jamal gave him an "
    "unlabeled pill bottle containing 9 white rectangular pills scored into sections. He said they were "
    "Xanax and that he sells them for $5 each. He does not have a prescription; his mother confirmed this. "
    "[[imm:Mom asked us not to involve anyone outside the school because the family is undocumented and she is scared.|undocumented]] "
    "[[nat:She said they came from Honduras in 2022.|Honduras]]\n"
    "The instructor held the bottle until the assistant principal arrived at 4:10.",
  facts=["9 white rectangular pills", "sells them for $5 each"], key="Xanax")

C(pt="afterschool", st=("Marcus Tavares", "Charlestown High School", 10), rc="bpd/district-a1",
  g="weapon", w="fixed-blade knife", at="2025-11-05 18:20", loc="Teen program, boys' locker room",
  d="Teen program incident report - 11/5/25 6:20 PM.\n"
    "A staff member found a 5-inch fixed-blade knife on the floor of the boys' locker room after the open "
    "gym session. Staff did not see who dropped it. "
    "[[face:The building's new camera system (VeriFace) ran the locker-room door footage and flagged Marcus Tavares as a 96.4% match for the person who dropped it.|VeriFace;96.4% match]] "
    "Sending to CHS so the school can follow up with police.",
  reason="face_surveillance")

C(pt="afterschool", st=("Rashawn Tillman", "Community Academy of Science and Health", 10),
  rc="bpd/district-b3", g="weapon", w="collapsible baton", at="2025-12-04 17:10",
  loc="Mattapan teen program, front desk",
  d="Teen Center Incident Form (forwarded to CASH by the program director)\n"
    "Date/time: 12/4/25, 5:10 PM  Where: front desk sign-in\n"
    "Staff: G. Lafleur (front desk), O. Mensah (director)\n"
    "What happened: At sign-in Rashawn was told he could not bring his backpack into the gym. He pulled out "
    "a black collapsible baton (the kind that snaps out to about 21 inches), flicked it open and slammed it "
    "on the counter, cracking the plastic sneeze guard. He said \"nobody is checking my bag.\" The director "
    "talked him down and he handed the baton over, closed. No one was struck.\n"
    "Baton held by the director and brought to CASH the next day. Mother informed by phone.",
  facts=["black collapsible baton", "cracking the plastic sneeze guard"], key="collapsible baton")

C(pt="afterschool", st=("Selena Marte", "Excel High School", 11), rc="bpd/district-c6",
  g="weapon", w="switchblade", at="2026-03-18 16:40", loc="South Boston after-school program, art room",
  sx={"home_address": ("nbh", "88 Bowdoin St, Apt 2, Dorchester, MA 02122"),
      "program_participant_id": "SBAS-20391"},
  d="After-school Program - Incident Report (copy to Excel HS)\n"
    "Date: 3/18/26  Time: 4:40 PM  Room: art room\n"
    "Staff: N. Whelan, Art Instructor\n"
    "Selena and another participant were arguing about a sketchbook. Selena took a switchblade out of her "
    "boot, pressed the button so the blade came out, and told the other girl \"say it again.\" I told her "
    "to close it and put it on the table, and she did. The blade is about 3 and a half inches with a pink "
    "handle. Nobody was hurt. The other participant's mother picked her up early.\n"
    "Knife locked in the office. Selena suspended from program for two weeks.",
  facts=["switchblade out of her boot", "pink handle"], key="switchblade")

C(pt="afterschool", st=("Dominic Farrow", "Lyon High School", 9), rc="bpd/district-d14",
  g="serious_violence", at="2026-05-12 16:25", loc="After-school program, outdoor basketball court",
  d="After-school program incident report, forwarded to Lyon HS\n"
    "5/12/26 at 4:25 PM on the outdoor court. A 9th grader (initials P.O.) bumped Dominic during a game. "
    "Dominic picked up a loose piece of brick from the edge of the court and hit P.O. on the back of the "
    "head with it, twice. P.O. was bleeding heavily and vomited. EMS took him to St. Elizabeth's Medical "
    "Center where a CT showed a skull fracture; he is being kept for observation. "
    "[[gang:Kids at the court said Dominic had been bragging that he is in the Allston Ave crew.|Allston Ave]]\n"
    "Staff on duty: B. Haines, Program Lead",
  facts=["piece of brick", "skull fracture"], key="skull fracture", ok=["St. Elizabeth's"])

C(pt="afterschool", st=("Tamara Greenlee", "New Mission High School", 10), rc="bpd/district-e18",
  g="drugs", sub=["cocaine"], at="2026-02-25 17:00", loc="After-school tutoring room",
  d="Tutoring program incident report (after-school) - 2/25/26 5:00 PM\n"
    "A tutor saw Tamara pass a folded dollar bill with white powder in it to another student under the "
    "table. When asked, Tamara took out a small zip bag with more white powder and said it was cocaine, and "
    "that she had sold some at school that day. She had $60 in her phone case. Items sealed in an envelope "
    "and handed to the New Mission dean on 2/26. "
    "[[rel:Her grandmother, who is very involved at Greater Love Tabernacle, asked us to call her pastor instead of the school.|Greater Love Tabernacle]]\n"
    "Program coordinator: F. Osei",
  facts=["folded dollar bill with white powder", "sold some at school that day"], key="cocaine")

C(pt="afterschool", st=("Andrew Nolan", "Boston Latin Academy", 8), rc="bpd/district-b2",
  g="credible_threat", at="2025-10-30 16:00", loc="After-school chess club (partner-run)",
  d="After-school partner incident note (chess & robotics program)\n"
    "10/30/25, about 4:00 PM. Andrew lost a game and said to the boy who beat him, loud enough for staff "
    "to hear, \"Tomorrow I'm bringing my stepdad's gun and I'm going to shoot you in homeroom.\" Staff "
    "asked him if he meant it and he said yes and described the gun. His stepfather told us a handgun is "
    "kept in the house. Mom picked him up.",
  reason="missing_threat_statement")

# =============================================================================================
# Hospital social work and clinical notes
# =============================================================================================

C(pt="hospital", st=("Malik Haddad", "English High School", 10), rc="bpd/district-e13",
  g="serious_violence", w="kitchen knife", at="2026-01-14 15:10",
  loc="Sidewalk outside the main entrance of English High School",
  d="BMC ED - Social Work Consult Note\nDate of service: 1/14/26 19:40\n"
    "Reason for consult: 15 y/o M, BPS student, s/p stab wound L flank, assault\n"
    "SW spoke with pt and mother at bedside. Pt reports that at approx 3:10 PM today, outside the main "
    "entrance of English High School after dismissal, a classmate he identified as Malik Haddad stabbed him "
    "once with a kitchen knife after an argument about a girl. Trauma surgery: 3 cm laceration L flank, no "
    "organ involvement, sutured, admitted overnight for observation. "
    "[[lang:Mother's primary language is Haitian Creole; interpreter used for this encounter.|Haitian Creole]] "
    "[[nbh:Family resides on Hyde Park Ave near Cleary Sq.|Hyde Park Ave;Cleary Sq]] "
    "SW provided safety planning. Mother consents to SW informing the school.\n"
    "Plan: SW to f/u with school AP re: safety on return. - R. Delacroix, LICSW",
  facts=["stab wound L flank", "3 cm laceration L flank"], key="kitchen knife")

C(pt="hospital", st=("Devin Ashford", "TechBoston Academy", 8), rc="bpd/district-c11",
  g="drugs", sub=["fentanyl", "counterfeit pills"], at="2026-02-03 11:40",
  loc="TechBoston Academy, 2nd floor boys' bathroom",
  d="Boston Children's Hospital - Emergency Department Social Work Note\n"
    "Pt: 13 y/o M, BPS student. Arrived via Boston EMS from school after being found unresponsive in a "
    "2nd-floor boys' bathroom at approx 11:40. School nurse gave two doses of Narcan; pt was breathing on "
    "EMS arrival. Urine tox positive for fentanyl. Pt told SW he bought 'blues' from an older kid and took "
    "half of one in the bathroom. He had five more blue pills folded in a dollar bill in his sock, which "
    "the school nurse gave to the school safety specialist before transport. Mother at bedside, engaged, "
    "consented to SW contacting the AP.\n"
    "Plan: admit for observation, adolescent substance use consult, SW to follow.\n"
    "- J. Brennan, LICSW, Dept. of Social Work",
  facts=["two doses of Narcan", "five more blue pills"], key="fentanyl")

C(pt="hospital", st=("Rayan Mahmoud", "Boston Latin Academy", 10), rc="bpd/district-b2",
  g="drugs", sub=["alcohol", "THC edibles"], at="2025-12-12 19:30", loc="Boston Latin Academy, winter dance, gym",
  d="MGH Pediatric ED - Social Work Note 12/12/25 22:15\n"
    "Pt is a 15 y/o M brought by EMS from a school dance (BLA gym) with vomiting and decreased "
    "responsiveness. Pt and friends report he drank vodka from a water bottle before the dance and ate two "
    "THC gummies a friend gave him. BAL 0.14. No other substances reported; tox otherwise negative. "
    "[[rel:Father arrived at 21:30, very upset, stated the family is Muslim and does not allow alcohol in the home.|Muslim]] "
    "SW provided psychoeducation. School informed by father. - A. Kowalczyk, LICSW",
  reason="excluded_substance")

C(pt="hospital", st=("Jaquan Reed", "Madison Park Technical Vocational High School", 11), rc="bpd/district-b2",
  g="serious_violence", at="2025-10-29 14:25", loc="Bus stop across the street from Madison Park",
  d="Boston Medical Center - Social Work Note, Pediatric Trauma\n"
    "DOS 10/29/25. Pt is a 16 y/o M, Madison Park student, admitted after an assault at approx 2:25 PM at "
    "the bus stop across from the school. Pt states three boys jumped him; he names Jaquan Reed as the one "
    "who punched him repeatedly and stomped on his face after he fell. OMFS: bilateral mandibular fracture, "
    "jaw to be wired shut; two teeth avulsed. "
    "[[gang:Pt believes it was crew-related and says Jaquan runs with the Ruggles Hill boys.|Ruggles Hill]] "
    "[[nat:Pt's mother reports the family recently arrived from the Dominican Republic.|Dominican Republic]] "
    "She is afraid for him to return to school. SW to contact MPTVHS AP re: safety plan, with mother's consent.",
  facts=["stomped on his face", "bilateral mandibular fracture", "two teeth avulsed"],
  key="mandibular fracture")

C(pt="hospital", st=("Tariq Bello", "Jeremiah E. Burke High School", 12), rc="bric",
  g="serious_violence", w="pocketknife", at="2026-04-08 15:05",
  loc="Parking lot behind Jeremiah E. Burke High School",
  d="BMC ED Social Work Note 4/8/26.\n"
    "17 y/o M pt presented with two stab wounds to the left thigh, sustained in the lot behind the Burke "
    "after dismissal. Pt identifies the assailant as Tariq Bello, a classmate, who he says used a "
    "pocketknife. Vascular surgery consulted, pt to OR. "
    "[[gang:ED staff heard pt tell a friend that Tariq is Greenwood and that this is about a video.|Greenwood]] "
    "Mother requested SW notify the school. - M. Ortiz, LICSW",
  reason="recipient_not_permitted")

C(pt="hospital", st=("Connor Gallagher", "Boston Latin Academy", 9), rc="bpd/district-b2",
  g="credible_threat", at="2026-01-22 09:00",
  loc="MGH Pediatric Emergency Department (disclosure); threat concerns Boston Latin Academy",
  d="Massachusetts General Hospital - Pediatric Psychiatry Consult Note (ED), 1/22/26\n"
    "ID: 14 y/o M, 9th grade, brought by parents after they found a notebook entry. CC: \"I was going to do "
    "it Monday.\"\n"
    "HPI: Pt endorses a plan to bring his father's hunting knife to school on Monday and stab two named "
    "classmates in the locker area because they 'made his life hell.' He wrote their names and a schedule "
    "of when they are at their lockers. Parents have since locked up the knife. Pt denies SI. Denies access "
    "to firearms (confirmed with father).\n"
    "Assessment: Specific, planned threat of violence toward identified peers; risk to others elevated.\n"
    "Plan: Inpatient psychiatric admission; duty-to-warn notification to school administration; parents "
    "aware.\n- S. Iyer, MD / C. Flanagan, LICSW",
  th="Hospital psychiatry consult (MGH, 1/22/26): the student described a plan to bring his father's hunting "
     "knife to school on Monday and stab two named classmates at their lockers, and wrote their names and a "
     "schedule of when they are at their lockers. The hospital made a duty-to-warn notification to the "
     "school. Specific targets, means and time: an articulable and significant threat.",
  facts=["father's hunting knife", "schedule of when they are at their lockers"], key="hunting knife")

C(pt="hospital", st=("Mateo Ferreira", "John D. O'Bryant School of Mathematics & Science", 10),
  rc="bpd/district-b2", g="credible_threat", at="2026-02-20 14:00",
  loc="Franciscan Children's, inpatient unit (disclosure); threat concerns the O'Bryant cafeteria",
  d="Franciscan Children's - Inpatient Psychiatry Discharge Summary (excerpt forwarded to the school with "
    "guardian consent)\nAdmit 2/9/26, discharge 2/20/26.\n"
    "Course: On the unit pt repeatedly told staff and peers that when he goes back he will 'shoot up the "
    "O'Bryant cafeteria at second lunch' with his uncle's rifle, and named three students. He drew a floor "
    "plan of the cafeteria in group. Mother confirmed the uncle owns a rifle; the uncle has been asked to "
    "remove it from the home. "
    "[[rel:Pt identifies as Catholic and met with the chaplain twice during the stay.|Catholic]] "
    "[[imm:Mother is worried about her Temporary Protected Status renewal and asked that police not come to the home.|Temporary Protected Status]]\n"
    "Discharge meds: sertraline 50 mg daily, hydroxyzine 25 mg PRN anxiety. Outpatient: CBHI IHT, CANS "
    "updated (Danger to Others: 2).\n- Discharging clinician: E. Whitcomb, LICSW",
  th="Per the Franciscan Children's discharge summary (2/20/26): while inpatient the student repeatedly said "
     "that when he returns he will 'shoot up the O'Bryant cafeteria at second lunch' with his uncle's rifle, "
     "named three students, and drew a floor plan of the cafeteria. His mother confirmed the uncle owns a "
     "rifle. The school considers this a specific, credible threat.",
  facts=["cafeteria at second lunch", "floor plan of the cafeteria"],
  key="uncle's rifle", ok=["Franciscan"])

C(pt="hospital", st=("Nathaniel Osei", "Brighton High School", 12), rc="bpd/district-d14",
  g="drugs", sub=["cocaine"], at="2025-11-07 12:15", loc="Brighton High School, cafeteria",
  d="St. Elizabeth's Medical Center ED - Social Work Note 11/7/25\n"
    "17 y/o M transported from Brighton High after chest pain and agitation in the cafeteria around 12:15. "
    "Pt admits snorting cocaine in the bathroom before lunch. School staff found a plastic baggie with "
    "about 2 grams of white powder and a rolled bill in his jacket, which the school held. EKG: sinus "
    "tachycardia, troponin negative. "
    "[[nat:Pt was born in Ghana and moved here at age 10 to live with his father.|Ghana]] "
    "[[lang:Father's preferred language is Akan; phone interpreter used.|Akan]]\n"
    "Dispo: discharged to father 17:40. SW provided resources. - K. Mensah, LICSW",
  facts=["about 2 grams of white powder", "rolled bill"], key="cocaine", ok=["St. Elizabeth's"])

C(pt="hospital", st=("Isaiah Crowder", "Community Academy of Science and Health", 11), rc="bpd/district-b3",
  g="serious_violence", w="box cutter", at="2026-03-17 10:05",
  loc="Community Academy of Science and Health, north stairwell",
  d="Boston Medical Center - Pediatric ED Social Work Note, 3/17/26\n"
    "Pt: 16 y/o M, CASH student, sent by the school nurse. Pt reports that at about 10:05 a classmate, "
    "Isaiah Crowder, swung a box cutter at him in the north stairwell after an argument about a sneaker "
    "sale; pt put his hand up and the blade cut across his right palm. Hand surgery: 4 cm laceration with "
    "partial flexor tendon injury, repaired in the ED, splinted, follow-up in hand clinic. Mother at "
    "bedside and requested that SW inform the school. SW provided victim-of-crime resources.\n"
    "- N. Duarte, LICSW",
  facts=["swung a box cutter", "partial flexor tendon injury"], key="box cutter")

C(pt="hospital", st=("Kendrick Hale", "Madison Park Technical Vocational High School", 12), rc="bpd/district-b2",
  g="serious_violence", w="claw hammer", at="2026-04-16 10:50", loc="Madison Park, carpentry shop",
  d="Boston Medical Center - Trauma Social Work Note 4/16/26\n"
    "Pt is a 17 y/o M, Madison Park carpentry student. Per pt and the EMS run sheet, at about 10:50 in "
    "the carpentry shop a classmate, Kendrick Hale, hit him on the side of the head with a claw hammer "
    "after pt laughed at him. Pt lost consciousness briefly. CT: depressed left temporal skull fracture "
    "with a small epidural hematoma; neurosurgery took pt to the OR. Shop teacher applied pressure and "
    "called 911. Parents at bedside; father asked SW to make sure the school has the hospital's account.\n"
    "- L. Paredes, MSW, LICSW",
  facts=["claw hammer", "depressed left temporal skull fracture"], key="claw hammer")

C(pt="hospital", st=("Victor Amado", "East Boston High School", 11), rc="bpd/district-a7",
  g="weapon", w="firearm", at="2026-03-06 16:20",
  loc="Hospital ED entrance (weapons screening); student reports carrying it at East Boston High School",
  sx={"interpreter_needed": ("lang", "Yes - Portuguese"), "mrn": "BMC-8842107"},
  d="Boston Medical Center - ED Security / Social Work joint note, 3/6/26 16:20\n"
    "Pt's friend (a BPS 11th grader, not the patient) was stopped at the ED weapons screening when he came "
    "in with the patient's family. Security found a loaded 9mm handgun in the front pocket of his school "
    "backpack. The young man, Victor Amado, told SW he has carried it to East Boston High 'every day this "
    "week' because of threats online. The firearm was secured by hospital public safety (magazine with 7 "
    "rounds, one in the chamber). He was cooperative. Social work notified the school AP with his "
    "mother's knowledge.\n- Public Safety Sgt. D. Ruane; SW T. Medeiros, LICSW",
  facts=["loaded 9mm handgun", "one in the chamber"], key="9mm handgun")

C(pt="hospital", st=("Zion Whitaker", "TechBoston Academy", 11), rc="bpd/district-c11",
  g="drugs", sub=["nicotine pouches", "THC vape"], at="2025-09-24 13:15", loc="TechBoston Academy, nurse's office",
  d="Carney Hospital ED - SW Note 9/24/25\n"
    "16 y/o M sent from school by the nurse after dizziness and vomiting in class. Pt admits using a THC "
    "vape in the bathroom at lunch and 'a lot' of nicotine pouches. School sent the vape and the pouch tin "
    "with EMS. Pt recovered with fluids; discharged to mother. "
    "[[nat:Mother states the family is from Brazil and the pouches are a brand from home.|Brazil]]",
  reason="excluded_substance")

C(pt="hospital", st=("Leandro Costa", "Brighton High School", 10), rc="bpd/district-d14",
  g="drugs", sub=["methamphetamine"], at="2026-05-05 11:30", loc="Brighton High School, 3rd floor hallway",
  d="St. Elizabeth's Medical Center - Pediatric ED SW Note, 5/5/26\n"
    "Pt is a 15 y/o M brought from school after he was found pacing and yelling in a 3rd floor hallway at "
    "about 11:30, heart rate 160. Pt admits smoking 'tina' (methamphetamine) from a glass pipe in the "
    "stairwell. School staff found the glass pipe and a small bag of clear crystals in his backpack and "
    "kept them for the school's report. Tox positive for amphetamines. "
    "[[nbh:Pt lives with his aunt in the Mildred C. Hailey apartments.|Mildred C. Hailey]] "
    "Plan: observe, adolescent addiction consult. - SW G. Wrenn",
  facts=["glass pipe and a small bag of clear crystals", "heart rate 160"], key="methamphetamine",
  ok=["St. Elizabeth's"])

C(pt="hospital", st=("Amara Diallo", "Snowden International School", 10), rc="bpd/district-d4",
  g="credible_threat", at="2025-11-14 12:00",
  loc="Boston Children's Hospital, adolescent clinic (disclosure); threat concerns Snowden International School",
  d="Boston Children's Hospital - Adolescent Medicine Clinic, SW Note 11/14/25\n"
    "Pt disclosed to SW that she plans to throw bleach in the face of a girl who has been posting about "
    "her, 'next Tuesday in the cafeteria at Snowden.' She has already put bleach in a water bottle and "
    "keeps it in her locker. She said it calmly and repeated the plan when SW asked again. "
    "[[imm:Pt's green card interview is next month and mother does not want any police involvement.|green card]] "
    "[[eth:Pt and the other girl are both Guinean and pt says the other girl's family started it.|Guinean]] "
    "SW made a duty-to-warn call to the Snowden headmaster at 12:40 PM.",
  th="Per a Boston Children's Hospital social worker (11/14/25): the student said she will throw bleach in "
     "the face of a named girl 'next Tuesday in the cafeteria,' that she has already put bleach in a water "
     "bottle kept in her school locker, and repeated the plan when asked again.",
  facts=["throw bleach in the face", "bleach in a water bottle"], key="bleach")

C(pt="hospital", st=("Marquise Lyle", "Excel High School", 12), rc="bpd/district-c6",
  g="serious_violence", at="2026-02-27 14:30", loc="Excel High School, gym locker room",
  d="Tufts Medical Center - Floating Hospital ED, SW Note 2/27/26\n"
    "Pt is a 16 y/o M brought from Excel HS. Pt reports that in the gym locker room after 6th period an "
    "older student, Marquise Lyle, pinned him against the lockers and cut him across the back with a razor "
    "blade while two others held his arms. Exam: 11 cm laceration across the upper back, closed in layers "
    "with 22 sutures. Pt's parents informed and asked SW to send the hospital's account to the school.\n"
    "- SW A. Brandt",
  facts=["cut him across the back with a razor blade", "11 cm laceration", "22 sutures"],
  key="razor blade")

# =============================================================================================
# DCF caseworker summaries (51A / 51B language)
# =============================================================================================

C(pt="dcf", st=("Rashad Pettaway", "Madison Park Technical Vocational High School", 10), rc="bpd/district-b2",
  g="weapon", w="handgun", at="2025-11-06 16:30",
  loc="Observed during a DCF home visit; youth reports carrying it to Madison Park",
  d="DCF - Dimock Street Area Office\n"
    "Caseworker Summary for school (shared under the safety plan)\n"
    "Re: 51A filed 11/3/25 by Madison Park (neglect), screened in for response; CW assigned.\n"
    "On 11/6/25 at approx 4:30 PM CW conducted a home visit. "
    "[[nbh:The family lives at 14 Dixwell St, 2nd floor.|14 Dixwell St]] "
    "During the visit youth's younger brother told CW there was a gun in youth's school backpack. With "
    "mother present, youth opened the front pocket and CW observed a black semi-automatic handgun. Youth "
    "stated it is 'not loaded' and that he has brought it to Madison Park 'a couple times' for protection "
    "on the walk. Mother took the backpack and called youth's uncle, who removed the gun from the home at "
    "5:10 PM. "
    "[[nat:Mother came from Haiti in 2019.|Haiti]] "
    "[[lang:Her English is limited; the visit was conducted in Kreyol with CW Lamothe interpreting.|Kreyol]]\n"
    "CW notified supervisor and the school AP by phone 11/7.\n"
    "- T. Okonkwo, DCF Social Worker (CW), Dimock St AO",
  facts=["black semi-automatic handgun", "brought it to Madison Park 'a couple times'"], key="handgun")

C(pt="dcf", st=("Destiny Harmon", "Excel High School", 10), rc="bpd/district-c6",
  g="credible_threat", at="2026-01-09 15:00",
  loc="DCF family team meeting (disclosure); threat concerns Excel High School, 3rd floor bathroom",
  d="DCF Park Street Area Office - Caseworker Summary\n"
    "During a family team meeting on 1/9/26 (mother, youth, CW, FSS worker, youth's therapist) youth became "
    "upset discussing a girl at Excel who posted a video about her. Youth stated she is going to 'cut her "
    "face up' on Tuesday in the 3rd floor bathroom, and that she already has a razor blade hidden in her "
    "makeup bag. The therapist asked her to hand the razor over; youth refused and said 'you can't stop me, "
    "I'll get another one.' CW and therapist completed a safety plan with mother. CW informed the Excel HS "
    "headmaster by phone 1/9 at 4:10 PM.\n"
    "- CW: D. Ferreira | Supervisor: M. Sullivan",
  th="Per DCF caseworker: at a family team meeting on 1/9/26 the student said she is going to 'cut her face "
     "up' on Tuesday in the 3rd floor bathroom, named the target (a classmate who posted a video), said she "
     "already has a razor blade hidden in her makeup bag, refused to give it up and said she would get "
     "another one.",
  facts=["cut her face up", "razor blade hidden in her makeup bag"], key="razor blade")

C(pt="dcf", st=("Samuel Tesfaye", "Another Course to College", 11), rc="bpd/district-e18",
  g="credible_threat", at="2026-04-22 17:00",
  d="DCF Caseworker Summary - Hyde Park Area Office\n"
    "Youth called CW on 4/22/26 after school, very angry about a teacher who reported him for skipping. "
    "Youth said 'I'm going to come in with a bat and break his legs, watch.' CW spoke with youth's foster "
    "mother, who does not believe he has access to a bat but will check. "
    "[[imm:Youth's asylum case is pending and his attorney is aware of the placement change.|asylum]] "
    "[[nat:Youth arrived from Eritrea as an unaccompanied minor in 2023.|Eritrea;unaccompanied minor]] "
    "CW will attend a school meeting Thursday.",
  reason="missing_threat_statement")

C(pt="dcf", st=("Aaliyah Grant", "Boston Community Leadership Academy", 9), rc="bpd",
  g="runaway", at="2026-03-02 08:00",
  d="DCF - Caseworker Summary, Dimock Street AO\n"
    "Youth has been AWOL from her foster placement since 2/27/26 and has not attended BCLA since 2/26. "
    "There is no incident at school. CW asks that the school share its attendance records and anything it "
    "learns from her friends with police so she can be located. "
    "[[nbh:CW believes she is staying with her grandmother in the Franklin Field development on Ames St.|Franklin Field;Ames St]]",
  reason="ground_not_permitted")

C(pt="dcf", st=("Kevin Ramirez", "East Boston High School", 11), rc="dhs/hsi-boston",
  g="drugs", sub=["fentanyl"], at="2026-02-12 13:30", loc="East Boston High School, locker 3-118",
  d="DCF Harbor Area Office - Caseworker Summary\n"
    "School staff found 30 blue pills marked 'M30' in youth's locker during a search on 2/12/26 at about "
    "1:30 PM; the school safety specialist said the pills are believed to contain fentanyl. Youth told CW "
    "he was holding them for an older cousin. "
    "[[imm:CW notes youth is undocumented; his father was deported in 2024.|undocumented;deported]] "
    "[[nat:Youth was born in El Salvador.|El Salvador]]",
  reason="recipient_not_permitted")

C(pt="dcf", st=("Trevor Vance", "Lyon High School", 11), rc="bpd/district-d14",
  g="serious_violence", at="2025-12-03 20:15", loc="Group home common room (DCF congregate care program)",
  d="DCF Caseworker Summary - forwarded to school by CW with supervisor approval\n"
    "On 12/3/25 at approx 8:15 PM, in the common room of the group home, youth hit another resident (16, "
    "also a Lyon HS student) in the head three times with a padlock inside a sock after an argument over "
    "the TV. The victim was transported to BMC and diagnosed with a depressed skull fracture; he had "
    "surgery 12/4. Staff restrained youth per protocol. A 51A was filed by program staff regarding "
    "supervision. "
    "[[rel:Youth has been going to Bethel AME youth group on Wednesdays with his mentor.|Bethel AME]] "
    "[[nbh:Before placement youth lived with his mother at 230 Columbia Rd, Apt 4.|230 Columbia Rd]] "
    "CW is asking that the school be aware for safety planning since both youths attend Lyon.\n"
    "- J. Alcantara, DCF SW; Sup. P. Reilly",
  facts=["padlock inside a sock", "depressed skull fracture"], key="skull fracture")

C(pt="dcf", st=("Andre Lowery", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="drugs", sub=["heroin"], at="2026-03-10 07:15",
  loc="Foster home (items found in the youth's school backpack before school)",
  d="DCF Caseworker Summary (CW: R. Baptista, Park Street AO)\n"
    "3/10/26: Foster mother called CW at 7:30 AM. While looking for his bus pass she found in youth's "
    "school backpack 12 small glassine bags of tan powder, stamped with a red logo and rubber-banded "
    "together, and a small digital scale. Youth told CW by phone the bags are heroin ('dope') and that he "
    "was supposed to hand them to someone at the Burke during lunch. Foster mother kept the bags and scale "
    "in a locked box; youth went to school. CW notified the Burke AP at 8:05 AM and the foster mother "
    "brought the items to the school. CW will convene an FTM this week.",
  facts=["12 small glassine bags", "digital scale"], key="heroin", ok=["Baptista"])

C(pt="dcf", st=("Kiara Whitfield", "New Mission High School", 10), rc="bpd/district-e18",
  g="credible_threat", at="2025-10-17 18:00",
  loc="DCF caseworker interview (disclosure); threat concerns New Mission High School at dismissal",
  d="Department of Children and Families - 51A Response, CW Summary (excerpt)\n"
    "CW interviewed youth on 10/17/25. "
    "[[nbh:The interview took place at her aunt's apartment at 61 Wood Ave.|61 Wood Ave]] "
    "Youth disclosed that a boy at school (N.M.) has been sending her messages, and said \"I told him if he "
    "sends one more I'm bringing my cousin's gun to New Mission and I'm shooting him at dismissal, and I "
    "mean it.\" Youth showed CW a photo on her phone of a handgun on a bed that she said belongs to her "
    "aunt's boyfriend. "
    "[[eth:CW notes the family is Jamaican and the aunt is the youth's legal guardian.|Jamaican]] "
    "CW called the New Mission headmaster at 6:40 PM.",
  th="Per DCF caseworker (10/17/25): the student said 'if he sends one more I'm bringing my cousin's gun to "
     "New Mission and I'm shooting him at dismissal, and I mean it,' naming a specific classmate, and "
     "showed the caseworker a phone photo of a handgun she said is kept where she is staying.",
  facts=["shooting him at dismissal", "photo on her phone of a handgun"], key="cousin's gun")

C(pt="dcf", st=("Wendell Fortes", "Jeremiah E. Burke High School", 10), rc="bpd/district-c11",
  g="serious_violence", at="2026-01-16 12:10", loc="Jeremiah E. Burke High School, cafeteria",
  d="DCF - Caseworker Summary for school safety planning (CW: M. Rocha, Dimock Street AO)\n"
    "Youth is an open DCF case (51A screened in 12/2025, neglect). On 1/16/26 CW met with youth at the "
    "Burke after the school called about an incident. Per school staff and youth's own account to CW: at "
    "about 12:10 in the cafeteria youth picked up a metal folding chair and swung it at a 10th grader, "
    "hitting him across the shoulder and neck. The other student's collarbone was broken and he was taken "
    "to BMC by EMS. Youth told CW the boy 'kept talking about my mother.' "
    "[[nat:Youth and his mother came from Cabo Verde in 2021.|Cabo Verde]] "
    "[[lang:Mother speaks Kriolu and limited English; CW Rocha interprets at meetings.|Kriolu]] "
    "CW will attend the re-entry meeting.",
  facts=["metal folding chair", "collarbone was broken"], key="collarbone")

C(pt="dcf", st=("Yesenia Marrero", "Boston Community Leadership Academy", 11), rc="bpd/district-e18",
  g="drugs", sub=["oxycodone"], at="2026-03-30 09:15",
  loc="Boston Community Leadership Academy, girls' locker room",
  sx={"dcf_case_no": "DCF-2291043", "dcf_worker": "L. Henault, DCF Area Office"},
  d="DCF Area Office - Caseworker Summary (shared with school per safety plan)\n"
    "3/30/26: The school nurse called CW at 9:40. During a search of the girls' locker room after a theft "
    "report, staff found a prescription bottle in youth's gym bag with her grandmother's name on the "
    "label, holding 23 Percocet tablets (oxycodone/acetaminophen 10/325). Youth admitted to CW she takes "
    "them from her grandmother and sells them to other students for $10 each. Youth has no prescription "
    "for oxycodone. "
    "[[imm:The grandmother has no papers and is afraid to come to the school.|no papers]] "
    "[[nat:The family is from Guatemala.|Guatemala]] "
    "CW will hold a family team meeting 4/2.",
  facts=["23 Percocet tablets", "sells them to other students for $10 each"], key="Percocet")

C(pt="dcf", st=("Micah Stewart", "Fenway High School", 9), rc="bpd",
  g="weapon", w="karambit knife", at="2025-09-30 07:45",
  loc="Kinship home (found in youth's school bag before school); youth reports carrying it at Fenway High School",
  d="DCF Caseworker Summary - Park Street Area Office\n"
    "Re: youth in kinship placement with maternal aunt.\n"
    "On 9/30/25 the aunt called CW at 7:50 AM: while packing youth's lunch she found a curved karambit "
    "knife with a finger ring, blade about 3 inches, in the inside pocket of his school bag. Youth told the "
    "aunt and CW that he has carried it to Fenway every day for two weeks because older boys took his phone. "
    "[[rel:The aunt said she will ask the elders at their Seventh-day Adventist church to talk with him.|Seventh-day Adventist]] "
    "[[nbh:The aunt lives at 57 Brookledge St, 1st floor.|57 Brookledge St]] "
    "The aunt brought the knife to the Fenway main office at 8:30.",
  facts=["curved karambit knife with a finger ring", "carried it to Fenway every day for two weeks"],
  key="karambit")

C(pt="dcf", st=("Jared Moultrie", "Dearborn STEM Academy", 8), rc="bpd/district-b2",
  g="serious_violence", at="2025-11-21 14:05", loc="Dearborn STEM Academy, main staircase",
  d="DCF - Caseworker Summary (Ongoing Unit), forwarded to Dearborn with supervisor approval\n"
    "CW was at Dearborn on 11/21/25 for a scheduled meeting and was in the main lobby at about 2:05 PM when "
    "youth, after an argument on the landing, shoved a 7th-grade girl down the main staircase with both "
    "hands. CW saw the girl land at the bottom and heard her scream. The school nurse and EMS responded; the "
    "girl was taken to Boston Children's, where she was found to have a broken femur and needed surgery. "
    "Youth told CW afterwards 'I meant to, she deserved it.' CW notified her supervisor and the youth's "
    "guardian.\n- R. Castellano, DCF SW",
  facts=["down the main staircase", "broken femur"], key="broken femur")

C(pt="dcf", st=("Kiana Lofton", "Henderson K-12 Inclusion School", 11), rc="bpd/district-c11",
  g="weapon", w="mace", at="2026-05-19 08:20", loc="Henderson K-12 Inclusion School, upper campus, 2nd floor hallway",
  d="DCF Caseworker Summary - Area Office, Adolescent Unit\n"
    "On 5/19/26 at 8:20 AM youth called CW from school, upset, and said she 'maced' a girl in the 2nd floor "
    "hallway because the girl was following her. Youth said she bought the canister (Mace brand, red and "
    "black, with a flip-top) online. School staff confirmed to CW that the other girl was treated by the "
    "nurse for eye irritation and that staff took the canister from youth. CW met youth at school at 10:00 "
    "and reviewed her safety plan.",
  facts=["Mace brand, red and black", "eye irritation"], key="Mace")

C(pt="dcf", st=("Tobias Keane", "Curley K-8 School", 7), rc="bpd/district-e13",
  g="weapon", w="BB pistol", at="2026-01-12 07:00", loc="Foster home; youth reports showing it at Curley K-8",
  d="DCF Caseworker Summary, 1/12/26\n"
    "Foster father called CW at 7:05 AM: he found a CO2 BB pistol (black, made to look like a Beretta) and a "
    "tin of steel BBs in youth's school backpack. Youth said he showed it to friends at Curley last Friday "
    "but never took it out of the bag in class. Foster father kept the pistol and will bring it to the "
    "school. CW notified the Curley assistant principal.",
  reason="other")

# =============================================================================================
# Youth workers and streetworkers (messages, texts)
# =============================================================================================

C(pt="youthworker", st=("Jaylen Bowman", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="credible_threat", at="2026-02-08 20:00",
  loc="Community basketball court (statement); threat concerns Burke dismissal Wednesday",
  d="Text message forwarded by the Burke AP from a City of Boston streetworker, received Sun 2/8/26 8:14 PM:\n"
    "\"hey Ms. Gordon its Andre from the streetworker program. heads up, Jaylen Bowman was at the court by "
    "the rink today telling people he gonna pop Khalil when yall let out wednesday. he showed the gun on IG "
    "live last night, black with the extended clip. "
    "[[gang:its the Greenwood vs Norton thing again, Jaylen been claiming Norton since the summer.|Greenwood;Norton]] "
    "[[nbh:he stay on Woodrow Ave w his grandmother.|Woodrow Ave]] "
    "i talked to him but he not hearing me. pls keep Khalil inside at dismissal. -Andre (SW)\"",
  th="Streetworker report (2/8/26): the student told people at a basketball court he is going to 'pop' a "
     "named classmate when school lets out Wednesday, and showed a black handgun with an extended magazine "
     "on an Instagram live the night before. The school considers this specific (target, time, place, "
     "means) and credible.",
  facts=["when yall let out wednesday", "black with the extended clip"],
  key="extended clip")

C(pt="youthworker", st=("DeShawn Mercer", "Dearborn STEM Academy", 8), rc="bpd/district-b2",
  g="weapon", w="switchblade", at="2025-12-16 18:45", loc="BCYF Vine Street Community Center, lobby",
  d="From: Youth Worker (YW) T. Hinds, BCYF Vine Street Community Center\n"
    "To: Dearborn STEM AP\nRe: DeShawn M., 12/16\n"
    "Around 6:45 tonight in the lobby DeShawn was showing two younger boys a switchblade, flicking it open "
    "and shut. I asked him to give it to me and he did. It's a black switchblade with about a 4 inch blade "
    "and a button on the side. He said he found it. Nobody was threatened. I put it in the director's "
    "lockbox and called his mom, who came at 7:20. Letting you know because he said he was going to bring "
    "it to school to show his friends.\n- Tasha (YW)",
  facts=["black switchblade with about a 4 inch blade", "Vine Street Community Center"], key="switchblade",
  tags=["decoy"])

C(pt="youthworker", st=("Marquis Langley", "Madison Park Technical Vocational High School", 10), rc="bpd/district-b2",
  g="gang_activity", at="2026-01-30 16:00",
  d="Forwarded by Madison Park from a youth worker at a community partner org:\n"
    "Ms. Daley - some info I think the school and BPD should have. "
    "[[gang:Marquis has been hanging with the Cameron St crew since December and threw up their hand sign in a photo on Snap.|Cameron St]] "
    "There was back-and-forth on Snap this week between them and kids from another street. Nothing has "
    "happened yet and I don't know of any weapons. Just want people aware. - Curtis, YW",
  reason="ground_not_permitted")

C(pt="youthworker", st=("Tevin Baptiste", "English High School", 12), rc="bpd/district-e13",
  g="weapon", w="firearm", at="2026-03-24 14:20", loc="Bus stop outside English High School",
  d="Incident write-up from a streetworker (BCYF Streetworker Program), sent to EHS 3/24/26:\n"
    "At about 2:20 PM at the bus stop outside English High I saw Tevin adjust something heavy in his "
    "waistband. I know him from the program so I asked him straight up. He lifted his shirt and showed me "
    "the handle of a pistol (silver and black, looked like a .380). I told him to walk with me to the "
    "school's main office and he did. Once we were inside he took the gun out and gave it to the school "
    "safety specialist, who cleared it - it had a magazine with 5 rounds in it. "
    "[[gang:Tevin told me he needs it because of the H-Block beef.|H-Block]] "
    "[[nbh:His family moved to 9 Sunnyside St in January.|9 Sunnyside St]]\n- B. Clarke, Streetworker",
  facts=["magazine with 5 rounds", "handle of a pistol"], key="pistol")

C(pt="youthworker", st=("Nia Holloway", "Boston Community Leadership Academy", 10), rc="bpd/district-e18",
  g="serious_violence", at="2025-10-10 15:30",
  loc="Basketball courts behind the BCYF Hyde Park Community Center",
  d="Message from a youth worker (YW) at the BCYF Hyde Park Community Center to the BCLA dean, 10/10/25:\n"
    "This afternoon at around 3:30, on the courts behind the center, Nia and two other girls attacked a "
    "9th grader from BCLA. I saw Nia hit her in the face with a metal water bottle at least three times. "
    "The girl's nose was clearly broken and she had a deep cut over her eyebrow. Boston EMS took her to "
    "Carney Hospital. The other two girls ran; Nia stayed and said the girl had been 'talking about her "
    "mother.' Other staff have the video from our outdoor camera (no audio).\n- M. Figueroa, Youth Worker",
  facts=["metal water bottle", "deep cut over her eyebrow"], key="metal water bottle", tags=["decoy"])

C(pt="youthworker", st=("Dante Morales", "Brighton High School", 11), rc="bpd/district-d14",
  g="drugs", sub=["crack cocaine"], at="2026-04-28 15:40",
  loc="Brighton High School, side entrance by the athletic field",
  d="Youth worker note (Allston-Brighton youth program) forwarded to BHS:\n"
    "4/28/26 approx 3:40 PM. While walking youth from BHS to our program I saw Dante hand a small bag to a "
    "younger student by the side entrance near the field. I asked Dante to show me what was in his pockets. "
    "He had 6 small baggies of white rocks (he called it crack) and $90. He admitted he was selling. I "
    "walked him back into BHS and he gave the baggies to the dean. "
    "[[nat:Dante told me his family is from the Dominican Republic and he sends money back.|Dominican Republic]] "
    "[[lang:I spoke with his father in Spanish by phone.|Spanish]]\n- YW J. Rivera",
  facts=["6 small baggies of white rocks", "gave the baggies to the dean"], key="crack")

C(pt="youthworker", st=("Jamari Wells", "Snowden International School", 10), rc="bpd/district-d4",
  g="serious_violence", at="2026-02-26 16:45", loc="Boylston St sidewalk",
  d="Email from a youth worker at a downtown teen program, forwarded by Snowden:\n"
    "A boy in our program was jumped on Boylston St at 4:45 today and his phone was taken; his cheekbone is "
    "fractured and he was seen at Tufts. "
    "[[face:The store across the street ran its camera footage through its facial recognition service and it returned Jamari Wells as the top match (score 0.91).|top match;score 0.91]] "
    "Can the school send this to BPD?",
  reason="face_surveillance")

C(pt="youthworker", st=("Shanice Dorsey", "TechBoston Academy", 11), rc="bpd/district-c11",
  g="credible_threat", at="2026-01-15 21:30",
  loc="Youth program group (statement); threat concerns TechBoston Academy, 2nd floor girls' bathroom",
  d="Forwarded text from a youth worker (Dorchester Youth Collaborative) to the TechBoston AP, Thu 1/15/26, "
    "9:42 PM:\n"
    "\"Hi Mr. Pham, this is Leah from DYC. Shanice told me tonight at group that she is bringing a knife "
    "tomorrow to 'stab Brielle in the neck' in the 2nd floor girls room because of the fight on Tuesday. "
    "She said it calmly and more than once and showed me the kitchen knife in her tote bag. She left "
    "before I could get it. I called her mom, no answer. Please call me first thing. Leah (YW)\"",
  th="Per a youth worker at a community program (text of 1/15/26, 9:42 PM): the student said, calmly and "
     "more than once, that she is bringing a knife to school tomorrow to 'stab Brielle in the neck' in the "
     "2nd floor girls' bathroom, and showed the youth worker a kitchen knife in her tote bag before "
     "leaving.",
  facts=["stab Brielle in the neck", "kitchen knife in her tote bag"], key="kitchen knife")

C(pt="youthworker", st=("Samuel Aristide", "Charlestown High School", 11), rc="bpd/district-a1",
  g="serious_violence", w="folding knife", at="2025-12-05 15:10",
  loc="Outside the main doors of Charlestown High School",
  d="Youth worker write-up (Charlestown youth program), sent to CHS:\n"
    "Friday 12/5 around 3:10 outside the main doors, Samuel got into it with a senior and pulled a small "
    "folding knife. He slashed the senior across the left forearm; the cut was deep enough that you could "
    "see the muscle and the school nurse packed it until EMS came. EMS took the senior to MGH, where he got "
    "14 stitches and they checked for nerve damage. Samuel ran toward the bus stop. "
    "[[rel:I know Samuel through his church, Eglise Baptiste Bethanie, where I run the youth group.|Eglise Baptiste]] "
    "[[lang:His parents are more comfortable in Haitian Creole, so I went with the AP to the house to explain.|Haitian Creole]]\n"
    "- W. Etienne, youth worker",
  facts=["slashed the senior across the left forearm", "14 stitches"], key="14 stitches")

C(pt="youthworker", st=("Cole Brennan", "Boston Arts Academy", 11), rc="bpd/district-d4",
  g="drugs", sub=["vape"], at="2025-11-19 16:30", loc="After-school arts program, stairwell",
  d="Youth worker note, 11/19/25: caught Cole and two friends passing a vape pen in the stairwell during "
    "program at 4:30 PM. Pen is black with an unmarked cartridge; we don't know what's in it. No one was "
    "sick. Confiscated and given to the BAA dean. - P. Lund, YW",
  reason="excluded_substance")

C(pt="youthworker", st=("Danny Luong", "Dearborn STEM Academy", 11), rc="bpd/district-c11",
  g="credible_threat", at="2026-01-09 21:00",
  loc="Youth program office (statement); threat concerns the Dearborn bus stop Monday after school",
  d="Forwarded by the Dearborn AP. From: J. Pham, Outreach Youth Worker, youth program office in Fields "
    "Corner. Sent 1/9/26 9:04 PM.\n"
    "Danny came to our office tonight very heated about a fight last week. He said he is going to 'light "
    "up' the boy who jumped him (he named him, a Dearborn 11th grader) at the Dearborn bus stop Monday "
    "after school, and he showed me a photo on his phone of a revolver he says he got from an older guy. I "
    "tried to talk him down; he left at 8:30. "
    "[[gang:Other youth say he has been rolling with the Dot Ave Kings since the fall.|Dot Ave Kings]] "
    "[[eth:Both boys are Vietnamese and it started over a girl from their community.|Vietnamese]]",
  th="Per an outreach youth worker (1/9/26): the student said he is going to 'light up' a named Dearborn "
     "11th grader at the Dearborn bus stop Monday after school, and showed the youth worker a phone photo of "
     "a revolver he says he obtained from an older man.",
  facts=["light up", "photo on his phone of a revolver"], key="revolver", tags=["decoy"])

C(pt="youthworker", st=("Quentin Abney", "Community Academy of Science and Health", 12), rc="bpd/district-b3",
  g="serious_violence", w="screwdriver", at="2025-10-03 15:20",
  loc="Walkway behind the Community Academy of Science and Health",
  d="Streetworker incident write-up, forwarded to CASH 10/3/25\n"
    "At 3:20 PM I saw Quentin and another young man (from CASH, 16) squaring up on the walkway behind the "
    "school. Quentin pulled a screwdriver out of his sleeve and stabbed the other young man twice in the "
    "side. I put pressure on it and called 911. EMS took him to BMC; I heard later he had a punctured lung "
    "and is in the ICU. Quentin ran toward the main road. "
    "[[gang:This is a Franklin Hill vs. Lucerne beef that has been going since summer.|Franklin Hill;Lucerne]]\n"
    "- S. Dorsainvil, Streetworker",
  facts=["stabbed the other young man twice in the side", "punctured lung"], key="screwdriver")

C(pt="youthworker", st=("Terrance Boyd", "Madison Park Technical Vocational High School", 12), rc="bpd/district-b2",
  g="drugs", sub=["fentanyl"], at="2026-02-18 13:00", loc="Madison Park, outside the auto shop entrance",
  d="From a youth worker (violence prevention program) to the Madison Park dean, 2/18/26:\n"
    "I was at Madison Park for a mentoring session and at about 1 PM outside the auto shop entrance I "
    "watched Terrance sell two small wax-paper folds to a younger kid. I asked him what it was and he said "
    "'fetty' (fentanyl), and he showed me 15 more folds stamped with a blue crown in a sandwich bag. I "
    "walked him to the dean and he handed the bag over. "
    "[[nbh:He told me he has been staying at his girlfriend's on Warren St, 02119, since his mom put him out.|Warren St;02119]]\n"
    "- M. Coates, YW",
  facts=["15 more folds stamped with a blue crown", "wax-paper folds"], key="fentanyl")

C(pt="youthworker", st=("Olivia Brandt", "Boston Arts Academy", 12), rc="bpd/district-d4",
  g="drugs", sub=["psilocybin"], at="2026-04-23 15:15", loc="Boston Arts Academy, front steps",
  d="Youth mentor note (arts mentoring partner), forwarded to BAA:\n"
    "4/23/26, about 3:15 on the front steps, Olivia was selling 'shroom chocolates' to younger students. I "
    "saw two sales. She showed me a tote with 12 chocolate bars wrapped in foil, each marked '3.5g "
    "psilocybin', and a notebook with names and amounts. She gave me the tote and I brought it to the BAA "
    "dean.\n- R. Okafor, youth mentor",
  facts=["12 chocolate bars wrapped in foil", "notebook with names and amounts"], key="psilocybin")

C(pt="youthworker", st=("Jalil Harrington", "English High School", 11), rc="bpd/district-e13",
  g="weapon", w="firearm (ghost gun)", at="2026-03-09 08:10", loc="English High School, side entrance",
  d="Youth worker (YW) message to the EHS headmaster, Mon 3/9/26 8:31 AM:\n"
    "\"Good morning. This morning around 8:10 at the side entrance Jalil told me he had 'something' on him "
    "and wanted to get rid of it before he went in. He handed me a backpack with a black pistol with no "
    "serial number (looks like a home-built ghost gun kit) and a loaded magazine separate in the front "
    "pocket. I did not touch the gun; I carried the bag straight to your safety specialist, who has it now. "
    "Jalil came with me and is in the office. - Curtis, YW\"",
  facts=["no serial number", "loaded magazine separate in the front pocket"], key="ghost gun")

C(pt="youthworker", st=("Fernando Paz", "East Boston High School", 10), rc="ice/ero-boston",
  g="credible_threat", at="2026-05-01 18:00",
  d="Youth worker note, 5/1/26: Fernando told two youth workers at the program that he is going to stab a "
    "named boy in the EBHS cafeteria on Monday with the knife he carries, and showed the knife. "
    "[[imm:The youth worker adds that Fernando has no papers and is afraid of being sent back.|no papers]]",
  th="Per youth workers (5/1/26): the student said he will stab a named classmate in the cafeteria on "
     "Monday with the knife he carries, and showed them the knife.",
  reason="recipient_not_permitted")

# =============================================================================================
# Probation officers and court liaisons
# =============================================================================================

C(pt="court", st=("Josiah Carrington", "Excel High School", 11), rc="bpd/district-c6",
  g="weapon", w="steak knife", at="2026-01-21 07:50", loc="Excel High School, main entrance screening",
  d="COMMONWEALTH OF MASSACHUSETTS - Suffolk County Juvenile Court, Probation Department\n"
    "Probation Officer Note (shared with school under the education release on file)\nDate: 1/21/26\n"
    "Juvenile is on pretrial probation with GPS. Conditions include no possession of weapons. This morning "
    "at approx 7:50 school staff at Excel called me: during entry screening the wand alerted and staff "
    "recovered a 6-inch steak knife from juvenile's waistband, wrapped in a bandana. Juvenile told me by "
    "phone he had it 'for the walk from the train.' I will file a notice of violation. "
    "[[gang:YVSF lists the juvenile as an associate of the Bay Street Boys.|YVSF;Bay Street Boys]] "
    "[[nbh:GPS shows he left his residence at 42 Mercer St at 7:05 AM.|42 Mercer St]]\n"
    "PO K. Donnelly, Suffolk JC",
  facts=["6-inch steak knife", "wrapped in a bandana"], key="steak knife")

C(pt="court", st=("Dorian Keyes", "Boston Green Academy", 10), rc="bpd/district-d14",
  g="probation_violation", at="2026-02-04 10:00",
  d="Probation Officer note to BGA, 2/4/26\n"
    "Juvenile missed curfew three nights last week per GPS. PO requests that the school share his "
    "attendance and any behavior reports with BPD to support a violation hearing. There is no new incident "
    "at school. "
    "[[nbh:He has been staying at his cousin's apartment on Fidelis Way instead of at home.|Fidelis Way]]",
  reason="ground_not_permitted")

C(pt="court", st=("Malcolm Price", "Jeremiah E. Burke High School", 12), rc="dys/metro-region",
  g="weapon", w="folding knife", at="2026-03-03 08:10", loc="Jeremiah E. Burke High School, locker search",
  d="DYS Metro Region - Court/Community Liaison note, 3/3/26\n"
    "Youth is on DYS community release (grant of conditional liberty). The school reported a folding knife "
    "found in his backpack during a locker search at 8:10 AM. DYS requests that the school send its report "
    "to the DYS liaison for the revocation packet.",
  reason="recipient_not_permitted")

C(pt="court", st=("Bryce Danforth", "Charlestown High School", 10), rc="bpd/district-a1",
  g="serious_violence", at="2026-03-02 11:20", loc="Charlestown High School, 3rd floor hallway by the library",
  d="Suffolk County Juvenile Court - School/Court Liaison Note\n"
    "To: CHS headmaster's office. For the school's records before the arraignment.\n"
    "On 3/2/26 at about 11:20 AM, in the 3rd floor hallway by the library, the juvenile punched a 10th "
    "grader from behind, and when the boy fell he kicked him in the chest and stomped on him repeatedly "
    "while wearing work boots. The victim had three broken ribs and a collapsed lung (pneumothorax) and was "
    "admitted to MGH for a chest tube. Application for complaint: A&B with a dangerous weapon (shod foot) "
    "and A&B causing serious bodily injury. Juvenile is not currently on probation.\n"
    "- L. Moreau, Court Liaison",
  facts=["three broken ribs", "collapsed lung", "work boots"], key="broken ribs")

C(pt="court", st=("Adrian Velasquez", "East Boston High School", 12), rc="bpd/district-a7",
  g="drugs", sub=["cocaine"], at="2025-10-15 12:30", loc="East Boston High School, room off the guidance office",
  d="Suffolk Juvenile Court Probation - PO Note 10/15/25\n"
    "During a scheduled check-in with the juvenile at EBHS (room off the guidance office) at 12:30, the "
    "juvenile emptied his pockets as required. He had a knotted plastic bag containing 14 small bags of "
    "white powder and a folded piece of paper with names and amounts. Juvenile said it was cocaine ('coke') "
    "and that he was holding it for someone. PO turned the items over to the EBHS assistant headmaster for "
    "the school's process; PO will seek a violation. "
    "[[imm:Juvenile's DACA renewal is due in December and his attorney has been contacted.|DACA]] "
    "[[nat:Born in San Salvador, El Salvador; came to Boston at 9.|El Salvador]]\n- PO R. Gallo",
  facts=["14 small bags of white powder", "folded piece of paper with names and amounts"], key="cocaine")

C(pt="court", st=("Trey Hollis", "Community Academy of Science and Health", 11), rc="bpd",
  g="general_intelligence", at="2026-01-26 09:00",
  d="Probation note, shared with CASH 1/26/26: FYI for the school. Over the weekend the juvenile was a "
    "passenger in a car stopped by police in which a gun was found under the driver's seat; he was not "
    "charged. "
    "[[gang:He is documented as a Wendover Street associate.|Wendover]] "
    "There has been no incident at school. Requesting that the school pass along to BPD anything it hears "
    "about him.",
  reason="ground_not_permitted")

C(pt="court", st=("Imani Brooks", "Lilla G. Frederick Pilot Middle School", 8), rc="bpd/district-c11",
  g="weapon", w="stun gun", at="2026-04-07 09:30", loc="Lilla G. Frederick Pilot Middle School, 2nd floor bathroom",
  d="Juvenile Court - Probation (CRA docket) note shared with the Frederick\n"
    "The child is on a CRA (Child Requiring Assistance) petition for truancy; no delinquency. At the CRA "
    "review on 4/9 the mother reported, and the child confirmed, that the child took a stun gun (black, "
    "rechargeable, with a flashlight on the end) to school on 4/7 in her backpack and showed it to friends "
    "in the 2nd floor bathroom, zapping it in the air. The mother has since taken it. Sharing so the school "
    "can respond.\n- Probation Officer A. Kimura",
  facts=["zapping it in the air", "2nd floor bathroom"], key="stun gun")

C(pt="court", st=("Reggie Castellanos", "Boston Community Leadership Academy", 12), rc="bpd/district-e18",
  g="credible_threat", at="2026-02-17 10:00",
  loc="Probation office check-in (statement); threat concerns Boston Community Leadership Academy",
  d="Suffolk County Juvenile Court - Probation Officer Note, 2/17/26\n"
    "At today's check-in the juvenile told PO he is going to 'finish' the boy who testified against him, a "
    "BCLA student, and that 'it's gonna happen at school where he can't run.' He said he can get a gun "
    "through his older brother. PO asked him to repeat it and he did. "
    "[[gang:The juvenile is listed by YVSF as a confirmed Lenox St member.|YVSF;Lenox St]] "
    "[[lang:His mother required a Spanish interpreter at the last hearing.|Spanish]] "
    "PO notified the BCLA headmaster at 10:45 AM.\n- PO J. Whitcomb",
  th="Per probation officer (2/17/26): the student said he is going to 'finish' the classmate who testified "
     "against him, that 'it's gonna happen at school where he can't run,' and that he can get a gun "
     "through his older brother; he repeated it when asked.",
  facts=["where he can't run"], key="older brother")

C(pt="court", st=("Demetrius Vaughn", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="weapon", w="revolver", at="2025-12-10 09:35", loc="Jeremiah E. Burke High School, 1st floor boys' bathroom",
  sx={"court_docket": "2584JV000417",
      "gang_status": ("gang", "Verified associate - Annunciation Rd"),
      "race_ethnicity": ("eth", "Black or African American")},
  d="Suffolk County Juvenile Court - Probation: notice to school of incident (PO copy)\n"
    "12/10/25. The school reported to PO that at 9:35 AM a custodian found a .38 revolver wrapped in a "
    "sweatshirt inside the paper towel dispenser in the 1st floor boys' bathroom. The juvenile admitted to "
    "the AP and to PO that it was his and that he hid it there when he arrived. The revolver was loaded with "
    "5 rounds. Juvenile is on probation for receiving stolen property; this is a violation. PO will seek "
    "detention.",
  facts=[".38 revolver wrapped in a sweatshirt", "paper towel dispenser"], key="revolver")

C(pt="court", st=("Omari Brown", "Charlestown High School", 12), rc="bpd/district-a1",
  g="serious_violence", w="paring knife", at="2026-04-13 13:40", loc="Charlestown High School, courtyard",
  d="School/Court Liaison Note, Suffolk County Juvenile Court, 4/14/26\n"
    "For the school's file. The juvenile was arraigned today on ABDW (knife) and ABSBI. Per the police report "
    "and the juvenile's own statement: on 4/13/26 at about 1:40 PM in the CHS courtyard he cut a senior "
    "across the face and neck with a small kitchen paring knife during an argument about a sneaker deal. "
    "The victim needed 30 stitches and a plastic surgery repair at MGH. "
    "[[nat:Juvenile was born in Jamaica and came to Boston at age 12 to live with his father.|Jamaica]] "
    "Conditions of release: stay away from victim, no contact, GPS.\n- Court Liaison D. Ferreira",
  facts=["kitchen paring knife", "30 stitches"], key="30 stitches")

C(pt="court", st=("Kevin Dao", "Snowden International School", 12), rc="bpd/district-d4",
  g="drugs", sub=["oxycodone"], at="2026-01-28 11:00",
  loc="Snowden International School, guidance office (probation check-in)",
  sx={"needs_interpreter": ("lang", "Vietnamese (for parent)"), "probation_officer": "PO S. Leary"},
  d="Suffolk Juvenile Court Probation - PO Note 1/28/26\n"
    "Scheduled school check-in at the Snowden guidance office, 11:00. Juvenile was asked to empty his "
    "pockets per his conditions. He had a pill bottle without a label containing 31 round blue tablets "
    "stamped 'A 215' (oxycodone 30 mg) and $260 in small bills. Juvenile admitted he was selling them at "
    "school and that they are not his prescription. PO turned the items over to the Snowden assistant "
    "headmaster for the school's process and filed a violation notice.\n- PO S. Leary",
  facts=["31 round blue tablets stamped 'A 215'", "$260 in small bills"], key="oxycodone")

C(pt="court", st=("Cedric Moss", "New Mission High School", 11), rc="bpd/district-e18",
  g="credible_threat", at="2026-02-09 10:30",
  loc="Probation office visit (statement); threat concerns the New Mission cafeteria",
  d="Suffolk County Juvenile Court - Probation Officer Note, 2/9/26\n"
    "During today's office visit the juvenile showed PO a video on his phone of himself holding a black "
    "handgun and said: 'That's for Jaylin at New Mission. Thursday at lunch, in the cafeteria, everybody's "
    "gonna see.' He repeated the name and the day when PO asked him to explain. Juvenile is on probation "
    "for unarmed robbery; conditions include no firearms. PO notified the New Mission headmaster by phone at "
    "11:05 AM and will file a violation.\n- PO M. Griffin",
  th="Per probation officer (2/9/26): the student showed a phone video of himself holding a black handgun "
     "and said 'That's for Jaylin at New Mission. Thursday at lunch, in the cafeteria, everybody's gonna "
     "see,' repeating the name and the day when asked.",
  facts=["Thursday at lunch, in the cafeteria", "holding a black handgun"], key="black handgun")

C(pt="court", st=("Alexis Yancey", "Another Course to College", 10), rc="bpd/district-e18",
  g="weapon", w="razor blade", at="2025-12-15 09:50", loc="Another Course to College, stairwell",
  d="Juvenile Court - CRA Court Liaison note, 12/16/25\n"
    "At today's CRA hearing the child's mother handed the liaison a box of single-edge razor blades and two "
    "blades taped inside a compact mirror that she found in the child's school bag after school on 12/15. "
    "The child said she keeps them 'for protection' at ACC and that she showed one to a girl in the "
    "stairwell at 9:50 that morning and told her to back off. Liaison turned the items over to the ACC "
    "dean.",
  facts=["taped inside a compact mirror", "showed one to a girl in the stairwell"], key="razor blades")

C(pt="court", st=("Ricky Paulino", "English High School", 11), rc="bpd/district-e13",
  g="drugs", sub=["marijuana"], at="2026-03-26 12:00", loc="English High School, locker",
  d="Probation Officer note, 3/26/26: School staff found 28 grams of marijuana split into small bags and a "
    "pack of rolling papers in the juvenile's locker at about noon. Juvenile admitted they were his. "
    "[[gang:PO notes he is a Heath Street associate per the court's intake assessment.|Heath Street]]",
  reason="excluded_substance")

# =============================================================================================
# Bus contractor (driver / monitor logs)
# =============================================================================================

C(pt="bus", st=("Kobe Simmons", "Young Achievers Science and Math K-8", 7), rc="bpd/district-b3",
  g="weapon", w="box cutter", at="2026-01-08 07:40",
  loc="School bus (bus 2214, route 0712 AM), en route to Young Achievers",
  d="TRANSDEV - BPS Transportation\nDRIVER / MONITOR INCIDENT LOG\n"
    "Bus: 2214   Route: 0712 (AM)   Date: 01/08/26   Time: 07:40\n"
    "Driver: #4471   Monitor: #8120\n"
    "Description: Student (7th gr) took out a box cutter, pushed the blade out and pointed it at another "
    "student across the aisle, saying 'move.' Monitor told him to put it away and he gave it to her. Driver "
    "radioed dispatch and continued to school (4 min). Monitor handed the box cutter to the Young Achievers "
    "principal at the curb. No injuries.\n"
    "Dispatch notified: Y  School notified: Y\n"
    "Supervisor review: C. Oduya, Yard Supervisor, Freeport St yard",
  facts=["across the aisle", "pushed the blade out"], key="box cutter", tags=["decoy"])

C(pt="bus", st=("Kayla Dunmore", "Jeremiah E. Burke High School", 9), rc="bpd/district-c11",
  g="serious_violence", w="razor blade", at="2025-11-12 14:55", loc="School bus 1187, route 0350 (PM), near the Burke",
  d="Transdev Incident Log - Bus 1187 / Rt 0350 PM / 11-12-25 / 14:55\n"
    "Monitor statement: Two girls were arguing in the back seats. Student (K.D., 9th) took a razor blade "
    "out of her phone case and cut the other girl across the cheek. Lots of blood. Driver stopped at the "
    "curb on the next block and called dispatch for EMS. I held a towel on the cut. EMS took the girl to "
    "BMC. Student got off the bus and walked away. Later we were told the cut needed 12 stitches and a "
    "plastic surgery consult. "
    "[[nbh:The student boards at her home stop, 102 Intervale St.|102 Intervale St]] "
    "[[lang:I spoke to her in Cape Verdean Creole to get her to hand over the blade, but she would not.|Cape Verdean Creole]]\n"
    "Dispatcher: J. Ahern",
  facts=["razor blade out of her phone case", "across the cheek", "12 stitches"], key="razor blade")

C(pt="bus", st=("Gavin Pereira", "Curley K-8 School", 6), rc="bpd/district-e13",
  g="weapon", w="BB gun", at="2026-03-12 07:25", loc="School bus, route 0918 AM",
  d="Transdev Driver Log: 3/12/26, Rt 0918 AM, 7:25. A 6th grader showed a BB gun (looks like a real black "
    "pistol) to other kids in the back. The monitor took it. Student said it is his brother's BB gun; he "
    "also had a tube of copper BBs. Nobody was pointed at. Given to the Curley main office on arrival.",
  reason="other")

C(pt="bus", st=("Tiana Loughlin", "Boston Latin Academy", 8), rc="bpd/district-b2",
  g="drugs", sub=["vape (contents unknown)"], at="2026-02-24 14:50", loc="School bus, route 0201 PM",
  d="Transdev - Monitor Report, 2/24/26, PM Rt 0201, 2:50 PM.\nStudents vaping in the back; fruity smell. "
    "Monitor took a purple disposable vape from Tiana. Unknown what is in it. No one sick. Vape turned in to "
    "the BLA office the next morning.",
  reason="excluded_substance")

C(pt="bus", st=("Nathan Coleman", "Madison Park Technical Vocational High School", 10), rc="bpd/district-b2",
  g="serious_violence", at="2026-03-19 15:10", loc="School bus 0733, route 0577 PM",
  att=[{"kind": "face_match", "name": "rt0577_0319_fr_match_report.pdf", "_canary": ["fr_match_report"]}],
  d="Transdev Safety Department - Incident Review, Bus 0733 / Rt 0577 PM, 3/19/26 15:10.\n"
    "A passenger threw a glass bottle that struck a student in the head; the student needed 9 staples and "
    "was diagnosed with a concussion at BMC. The driver did not see who threw it. "
    "[[face:Our video review vendor ran the interior camera footage through its facial recognition module and it returned Nathan Coleman (match confidence 93%) as the thrower.|match confidence 93%]] "
    "Match report attached.",
  reason="face_surveillance")

C(pt="bus", st=("Ifrah Hassan", "Snowden International School", 9), rc="bpd/district-d4",
  g="weapon", w="stun gun", at="2026-02-05 07:20", loc="School bus 0451, route 0633 AM",
  d="TRANSDEV INCIDENT LOG | Bus 0451 | Route 0633 AM | 02/05/2026 | 07:20\n"
    "Monitor: Student pulled a black stun gun out of her coat and clicked it at a boy who had grabbed her "
    "scarf. It sparked, loud. It did not touch him. Monitor asked for it and she gave it up. Item turned in "
    "to the Snowden front office at 07:52. "
    "[[eth:She and the girl next to her are both Somali and they told the monitor the boy had been bothering them.|Somali]] "
    "[[rel:The other girl said the boy had pulled at her hijab earlier in the week.|hijab]]\n"
    "Driver #2290",
  facts=["black stun gun", "It sparked, loud"], key="stun gun")

C(pt="bus", st=("Jeremy Dutra", "Brighton High School", 10), rc="bpd/district-d14",
  g="drugs", sub=["MDMA"], at="2025-12-02 14:40", loc="School bus 1302, route 0811 PM",
  d="Transdev - Monitor Incident Report\nBus 1302, Rt 0811 PM, Tue 12/2/25 2:40 PM\n"
    "A student told me that a boy in the 4th row was selling 'molly.' I watched him hand a small bag to "
    "another student. When I went over, he had a pill bottle in his jacket with about 20 purple and pink "
    "pills shaped like skulls. He said they were ecstasy (MDMA). I took the bottle and radioed dispatch. The "
    "driver returned to the school, two stops back, and the bottle was given to the Brighton HS assistant "
    "headmaster. - Monitor #7719",
  facts=["20 purple and pink pills shaped like skulls", "radioed dispatch"], key="MDMA")

C(pt="bus", st=("Darius Fenton", "Dearborn STEM Academy", 9), rc="bpd/district-b2",
  g="weapon", w="kitchen knife", at="2026-04-09 15:05", loc="School bus 0602, route 0412 PM",
  d="Transdev PM incident log 04/09/26 15:05, Bus 0602 Rt 0412.\n"
    "Student (D.F.) got into a shouting match with the driver about a stop. He pulled a kitchen knife with a "
    "7-inch blade from his backpack, held it up and said 'open the door.' Driver opened the door at the "
    "light and the student got off. Monitor recorded the time and location; the knife was not recovered. "
    "[[nbh:The driver says he wanted to be let off closer to his house on Humboldt Ave instead of at the assigned stop.|Humboldt Ave]]",
  facts=["kitchen knife with a 7-inch blade", "open the door"], key="kitchen knife")

C(pt="bus", st=("Peter Lam", "John D. O'Bryant School of Mathematics & Science", 8), rc="bpd/district-b2",
  g="credible_threat", at="2026-03-04 15:00", loc="School bus, route 0266 PM",
  d="Transdev Monitor Log, 3/4/26, Rt 0266 PM.\nAfter other students took his seat, student said loudly: "
    "'Tomorrow I'm bringing my dad's gun and I'm shooting all of you on this bus.' He said it twice and "
    "said his dad keeps it in the car. "
    "[[lang:The monitor had another student translate for the parent in Vietnamese at drop-off.|Vietnamese]] "
    "Reported to dispatch and the school.",
  reason="missing_threat_statement")

C(pt="bus", st=("Corey Stallworth", "Excel High School", 11), rc="bpd/district-c6",
  g="serious_violence", w="U-lock", at="2025-10-21 07:35", loc="School bus 0918, route 0540 AM",
  d="Transdev - Driver/Monitor Incident Log\nBus 0918 | Rt 0540 AM | 10/21/25 | 07:35\n"
    "Monitor statement: Student (C.S.) got up from his seat and hit another student three times with a "
    "steel bike U-lock, on the arm and the side of the face. The other student's wrist was clearly broken "
    "and he had a cut on his cheekbone that would not stop bleeding. Driver pulled over and called "
    "dispatch; EMS met the bus and took the student to BMC (broken wrist, facial fracture). C.S. stayed on "
    "the bus and was handed to the Excel assistant headmaster at drop-off.\nDispatcher: R. Souza",
  facts=["steel bike U-lock", "broken wrist, facial fracture"], key="U-lock")

C(pt="bus", st=("Aliyah Simpson", "New Mission High School", 10), rc="bpd/district-e18",
  g="weapon", w="pepper spray", at="2025-12-17 15:15", loc="School bus 1440, route 0729 PM",
  d="Transdev Incident Log - Bus 1440 / Rt 0729 PM / 12/17/25 / 15:15\n"
    "Monitor: Student sprayed pepper gel from a small black keychain canister at two boys who were "
    "throwing things at her. Both boys had burning eyes; one was coughing badly. Driver opened the windows "
    "and pulled over; dispatch sent a field supervisor. Monitor took the canister. The boys were checked by "
    "the school nurse at New Mission and sent back to class.\nField supervisor: K. Barros",
  facts=["small black keychain canister", "burning eyes"], key="pepper gel")

C(pt="bus", st=("Brandon Oyelaran", "TechBoston Academy", 9), rc="bpd/district-c11",
  g="credible_threat", at="2026-04-29 07:50", loc="School bus 0617, route 0390 AM",
  d="Transdev Monitor Report, Bus 0617, Rt 0390 AM, 4/29/26 7:50\n"
    "A boy in 9th grade showed the kids around him a photo on his phone of a handgun lying in a drawer and "
    "said 'I'm bringing this Friday and I'm shooting Mr. Grady in the science room.' He said it again when "
    "another kid laughed and said 'you'll see.' Monitor wrote down his words and told the TechBoston "
    "assistant principal at drop-off.\n- Monitor #6603",
  th="Per the bus monitor (Transdev, 4/29/26): on the morning bus the student showed a phone photo of a "
     "handgun in a drawer and said 'I'm bringing this Friday and I'm shooting Mr. Grady in the science "
     "room,' repeating it and saying 'you'll see.' Named target, place, day and means.",
  facts=["shooting Mr. Grady in the science room", "photo on his phone of a handgun"], key="handgun")

C(pt="bus", st=("Mariana Lopes", "Brighton High School", 11), rc="bpd/district-d14",
  g="drugs", sub=["counterfeit pills"], at="2026-01-20 14:35", loc="School bus 0880, route 0812 PM",
  sx={"ethnicity": ("eth", "Hispanic or Latino"), "transport_eligibility": "Door-to-stop, 1.5 mi"},
  d="Transdev Monitor Incident Report - 1/20/26, Bus 0880, Rt 0812 PM, 2:35 PM\n"
    "Monitor saw student hand a folded napkin to another girl. The napkin had four small blue pills in it "
    "marked 'M 30'. Student then gave the monitor a pill bottle from her bag with about 25 more of the same "
    "pills. She said they are 'percs' she buys from someone and that she sells them for $15. "
    "[[lang:Her mother was called at drop-off; the dispatcher spoke with her in Portuguese.|Portuguese]] "
    "Pills turned in to the Brighton HS dean.",
  facts=["four small blue pills", "sells them for $15"], key="M 30")

C(pt="bus", st=("Yusuf Karimi", "Charlestown High School", 10), rc="bpd/district-a1",
  g="credible_threat", at="2026-03-02 07:30", loc="School bus 0209, route 0114 AM",
  d="Transdev Driver/Monitor Log, Bus 0209, Rt 0114 AM, 3/2/26 07:30\n"
    "Student got into an argument with an older boy and said: 'I have a knife in my bag and at lunch I'm "
    "going to stab you in the stomach, watch.' He unzipped his bag and showed the handle of a large kitchen "
    "knife to the boy. Monitor tried to get the bag; student held onto it and ran into the school at "
    "drop-off. Monitor told the CHS assistant headmaster right away. "
    "[[rel:The monitor thinks he was irritable because he had been fasting for Ramadan.|Ramadan]]",
  th="Per the bus monitor: the student said to an older boy 'I have a knife in my bag and at lunch I'm going "
     "to stab you in the stomach, watch,' and showed the handle of a large kitchen knife, then ran into the "
     "school with the bag.",
  facts=["stab you in the stomach", "handle of a large kitchen knife"], key="kitchen knife")

C(pt="bus", st=("Ahmad Rahimi", "Snowden International School", 11), rc="bpd/district-d4",
  g="serious_violence", at="2025-11-03 15:20", loc="Bus stop at drop-off, route 0466 PM",
  d="Transdev Incident Log, Rt 0466 PM, 11/3/25 15:20\n"
    "Monitor: When the bus stopped, student (A.R.) followed another boy off the bus and hit him in the head "
    "with a glass bottle, then kept kicking him on the ground. The other boy was unconscious for a minute "
    "and bleeding from the head. Driver called 911; EMS took him to Tufts, where he was admitted with a "
    "skull fracture. "
    "[[imm:Both families are refugees resettled last year by the same agency.|refugees]] "
    "[[nat:The monitor says the fight was about something that happened back in Afghanistan.|Afghanistan]]\n"
    "Driver #3178",
  facts=["hit him in the head with a glass bottle", "skull fracture"], key="glass bottle")

C(pt="bus", st=("Ella Fitzgerald-Moore", "Boston Latin Academy", 10), rc="bpd/district-b2",
  g="drugs", sub=["LSD"], at="2026-05-14 15:05", loc="School bus 0351, route 0208 PM",
  d="Transdev Monitor Report, 5/14/26, Bus 0351, Rt 0208 PM, 3:05 PM\n"
    "Two students told the monitor that a girl was giving out 'tabs.' Monitor asked her and she handed over "
    "a small sheet of blotter paper with 9 squares left, printed with a cartoon sun, in a plastic sleeve. She "
    "said it was acid (LSD) and that she had sold two tabs at school that day. Monitor radioed dispatch. "
    "Sheet given to the BLA assistant head of school the next morning.\n- Monitor #5519",
  facts=["blotter paper with 9 squares left", "sold two tabs at school"], key="LSD")

# =============================================================================================
# Summer jobs supervisors (e-mails)
# =============================================================================================

C(pt="summerjobs", st=("Terrell Oakes", "Madison Park Technical Vocational High School", 11), rc="bpd/district-b2",
  g="weapon", w="folding knife", at="2025-07-16 11:30",
  loc="Franklin Park, near the picnic grove (summer jobs worksite)",
  d="Subject: Incident at Franklin Park worksite - Terrell O.\nSent: Wed 7/16/2025 1:05 PM\n"
    "To: Madison Park summer programs coordinator\n\n"
    "Hi - writing up what happened this morning with our Parks summer crew at Franklin Park. Around 11:30 "
    "during trash pickup two crew members got into an argument and Terrell pulled out a folding knife with "
    "about a 4 inch blade and waved it at the other youth, saying 'back up.' Our crew leader told him to "
    "put it away and he did, then handed it over when asked. Nobody was cut. We sent Terrell home for the "
    "day and are following the youth employment suspension policy.\n"
    "Thanks,\nMarisol Vega, Summer Crew Supervisor, Parks & Recreation Youth Employment",
  facts=["waved it at the other youth", "folding knife with about a 4 inch blade"], key="folding knife",
  ok=["crew"])

C(pt="summerjobs", st=("Erick Tzoc", "Boston Community Leadership Academy", 11), rc="bpd/district-e18",
  g="credible_threat", at="2025-08-05 15:45", loc="Community garden worksite, parking lot",
  d="Subject: Concern - youth threatened supervisor\nFrom: Summer jobs site supervisor, community garden "
    "project\nDate: Tue Aug 5, 2025 4:30 PM\n\n"
    "After I let Erick go for the day for sleeping on shift, he said in front of the group 'I'm coming back "
    "tomorrow with my cousin's gun and I'm going to shoot you in the parking lot.' He repeated it as he "
    "walked out and pointed at my car. Two other youth heard it. "
    "[[nat:He told the group last week he came from Guatemala two years ago.|Guatemala]] "
    "[[lang:His mom speaks K'iche' and a little Spanish, so I could not reach her.|K'iche';Spanish]]\n"
    "I am forwarding this to his school (BCLA) because the program ends Friday and he starts back there in "
    "September.",
  th="Per the summer-jobs site supervisor (8/5/25): after being sent home, the student said in front of the "
     "group 'I'm coming back tomorrow with my cousin's gun and I'm going to shoot you in the parking lot,' "
     "repeated it while walking out and pointed at the supervisor's car. Two youth witnessed it.",
  facts=["shoot you in the parking lot", "pointed at my car"], key="cousin's gun")

C(pt="summerjobs", st=("Brandon Kilroy", "Charlestown High School", 10), rc="bpd/district-a1",
  g="theft", at="2025-07-24 15:00",
  d="Subject: missing cash box - farm stand\nFrom: summer jobs supervisor\n\n"
    "The cash box with $220 from the farm stand went missing on 7/24 around 3 PM. Two youth say they saw "
    "Brandon near the table. No one was hurt and there were no threats. We would like the school to report "
    "it to police. "
    "[[nbh:He lives in the Bunker Hill development, so he walks home right past the stand.|Bunker Hill development]]",
  reason="ground_not_permitted")

C(pt="summerjobs", st=("Jerome Greer", "Excel High School", 12), rc="bpd/district-c6",
  g="serious_violence", w="metal rake", at="2025-07-29 13:10", loc="Carson Beach bathhouse (summer jobs worksite)",
  d="Subject: Serious incident today at the beach worksite\nFrom: Program supervisor, summer youth "
    "employment\n\n"
    "Today around 1:10 PM Jerome got into a fight with another youth worker by the bathhouse. Jerome hit "
    "him in the head with a metal rake handle. The other youth was bleeding a lot from his scalp and lost "
    "consciousness for a short time. EMS took him to BMC; he has a skull fracture and a brain bleed and is "
    "in the ICU. "
    "[[nbh:Jerome lives with his mom in the Old Colony development, at 7 Patterson Way.|Old Colony;7 Patterson Way]] "
    "[[gang:The other youth said Jerome had been claiming the 'OC Boys' all summer.|OC Boys]]\n"
    "We have suspended Jerome from the program.",
  facts=["metal rake handle", "skull fracture and a brain bleed"], key="rake handle")

C(pt="summerjobs", st=("Sierra Gaines", "Fenway High School", 11), rc="bpd/district-d4",
  g="drugs", sub=["oxycodone"], at="2025-07-22 12:00", loc="Library branch (summer jobs worksite), staff room",
  d="Subject: Youth found with pills at worksite\nFrom: Site supervisor, summer youth employment (library "
    "program)\n\n"
    "At lunch a youth told me Sierra had 'oxy' in her lunch bag and was offering them. I asked to see and "
    "she gave me an orange prescription bottle with another person's name on the label, containing 18 "
    "round green pills marked 'OC 80' (oxycodone). She said they were her uncle's. I took the bottle and "
    "called her mother. The bottle is locked in the branch manager's office.",
  facts=["18 round green pills", "another person's name on the label"], key="oxycodone")

C(pt="summerjobs", st=("Owen McBride", "Boston Latin Academy", 11), rc="allied-universal/prudential-center",
  g="weapon", w="butterfly knife", at="2025-08-08 14:00", loc="Shopping center food court (summer job site)",
  d="Subject: youth with a knife at work\nFrom: summer employer supervisor (food court)\n\n"
    "During his shift on 8/8 Owen was flipping a butterfly knife behind the counter and pointed it at a "
    "coworker. We took it. Mall security asked us to have the school send the report to them.",
  reason="recipient_not_permitted")

C(pt="summerjobs", st=("Minh Tran", "Snowden International School", 10), rc="bpd/district-d4",
  g="weapon", w="butterfly knife", at="2025-08-12 10:15", loc="Southwest Corridor Park (summer jobs worksite)",
  sx={"ell_status": ("lang", "EL - WIDA level 2"), "home_language": ("lang", "Vietnamese"),
      "summer_jobs_id": "SJ25-04418"},
  d="Subject: Knife at worksite - Minh T.\nFrom: Youth Employment Supervisor, park maintenance team\n"
    "Date: 8/12/2025 11:02 AM\n\n"
    "During the morning safety talk at 10:15 Minh was flipping a butterfly knife open and closed. When I "
    "told him to stop he pointed it at another youth's stomach and said 'just playing.' The blade is about "
    "4 inches, silver with a black handle. He gave it to me when I asked. Nobody was hurt. He is suspended "
    "for the rest of the week and I'm sending this to Snowden since he is a student there.",
  facts=["pointed it at another youth's stomach", "silver with a black handle"], key="butterfly knife")

C(pt="summerjobs", st=("Kaitlyn Rourke", "Boston Green Academy", 11), rc="bpd/district-d14",
  g="drugs", sub=["hard seltzer"], at="2025-07-31 12:30", loc="Summer jobs worksite, break area",
  d="Subject: alcohol at the worksite\nFrom: summer jobs supervisor\n\n"
    "At lunch on 7/31 Kaitlyn had four cans of hard seltzer in a cooler and shared them with two other "
    "youth. Nobody got sick. We sent all three home and want the school to know.",
  reason="excluded_substance")

C(pt="summerjobs", st=("Jaden Marsh", "Mission Hill K-8", 8), rc="bpd/district-b2",
  g="serious_violence", w="aluminum bat", at="2025-07-10 14:20", loc="Summer day camp (summer job site), ball field",
  d="Subject: Incident at camp - CIT Jaden M.\nFrom: Camp director (summer jobs placement)\n"
    "Sent: 7/10/2025 5:40 PM\n\n"
    "At 2:20 PM on the ball field our counselor-in-training Jaden got angry at a 10-year-old camper who "
    "laughed at him and hit the camper across the forearm with an aluminum bat, then swung again and hit "
    "his shoulder. The camper's forearm was visibly bent; EMS took him to Boston Children's where both bones "
    "in the forearm were found broken and he needed surgery. Jaden has been removed from the placement. I "
    "am sending this to Mission Hill K-8 because Jaden starts 8th grade there in the fall.",
  facts=["across the forearm", "both bones in the forearm"],
  key="aluminum bat")

C(pt="summerjobs", st=("Marcus Alleyne", "English High School", 12), rc="bpd/district-e13",
  g="credible_threat", at="2025-08-14 16:10", loc="Summer jobs worksite, community center",
  d="Subject: Threat made by youth worker today\nFrom: Summer Youth Employment site supervisor\n"
    "Date: Thu 8/14/2025 6:15 PM\n\n"
    "At 4:10 PM, after I told Marcus his hours would be cut, he said to me and my assistant: 'Tomorrow at "
    "payday I'm bringing my strap and I'm lighting this whole office up, starting with you.' He said "
    "'strap' means gun when I asked. He has talked before about a cousin with guns. Three youth heard it. "
    "We have closed the site for tomorrow and I'm sending this to English High where he is a senior.",
  th="Per the summer-jobs site supervisor (8/14/25): after being told his hours would be cut, the student "
     "said 'Tomorrow at payday I'm bringing my strap and I'm lighting this whole office up, starting with "
     "you,' and confirmed 'strap' meant a gun. Three youth witnessed it.",
  facts=["lighting this whole office up", "Three youth heard it"], key="strap")

C(pt="summerjobs", st=("Dwayne Carter", "Another Course to College", 11), rc="bpd/district-e18",
  g="weapon", w="push dagger", at="2025-07-23 09:05", loc="Summer jobs orientation room",
  d="Subject: Weapon found at orientation\nFrom: Summer youth employment coordinator\nSent: 7/23/2025 10:00 AM\n\n"
    "During the bag check at this morning's orientation (9:05 AM), staff found a push dagger - a "
    "double-edged blade about 3 inches long with a T-shaped handle - in a sheath clipped inside Dwayne's "
    "waistband. He said he carries it every day, including at ACC. He handed it over without trouble. No "
    "threats were made.",
  facts=["double-edged blade about 3 inches long", "T-shaped handle"], key="push dagger")

C(pt="summerjobs", st=("Jean-Robert Valcourt", "Boston Arts Academy", 11), rc="bpd/district-d4",
  g="drugs", sub=["MDMA"], at="2025-08-01 13:30", loc="Summer arts program (youth employment), studio B",
  d="Subject: drugs at the worksite - please read\nFrom: Arts program supervisor (summer youth employment)\n\n"
    "Around 1:30 PM in studio B a youth told me Jean-Robert was selling 'molly.' I asked him to come with "
    "me and he handed me a bag of about 30 grams of brown crystals and a bag of gel capsules. He said it was "
    "MDMA and he was selling capsules for $20. "
    "[[eth:He is one of our Haitian youth and his family is well known in the community.|Haitian]]\n"
    "He has been let go from the program. Forwarding to BAA.",
  facts=["30 grams of brown crystals", "selling capsules for $20"], key="MDMA")

C(pt="summerjobs", st=("Kevin Mendes", "Dearborn STEM Academy", 10), rc="bpd/district-b2",
  g="credible_threat", at="2025-08-20 11:00", loc="Summer jobs worksite, youth center",
  d="Subject: Youth made a threat toward another youth\nFrom: Summer jobs supervisor\n\n"
    "This morning Kevin told another youth on the team, 'When school starts I'm catching you at Dearborn "
    "and I'm stabbing you, I already got the knife.' He showed the other youth a hunting knife in his bag. "
    "The knife was taken by staff. "
    "[[imm:His mother says the family's asylum hearing is in September and she is terrified of anything going on his record.|asylum hearing]] "
    "[[nbh:They live on Quincy St near Blue Hill Ave.|Quincy St]]",
  th="Per the summer-jobs supervisor (8/20/25): the student told another youth 'When school starts I'm "
     "catching you at Dearborn and I'm stabbing you, I already got the knife,' and showed a hunting knife "
     "in his bag.",
  facts=["catching you at Dearborn", "hunting knife in his bag"], key="hunting knife")

C(pt="summerjobs", st=("Tyler Banks", "Brighton High School", 12), rc="bpd/district-d14",
  g="drugs", sub=["Adderall (not prescribed to the student)"], at="2025-07-18 10:30",
  loc="Summer jobs worksite, office",
  d="Subject: Youth selling pills at the worksite\nFrom: Summer jobs site supervisor\n\n"
    "This morning a youth worker told me Tyler was selling 'addys.' Tyler showed me a bag with 40 orange "
    "tablets marked 'AD 30' (Adderall). He said his brother's prescription, not his, and that he sells them "
    "at school too. I kept the bag in the office safe.",
  facts=["40 orange tablets marked 'AD 30'", "sells them at school too"], key="Adderall")

# =============================================================================================
# Mental-health clinicians (risk notes, SOAP, CANS)
# =============================================================================================

C(pt="clinician", st=("Ethan Kowalski", "Boston Latin Academy", 10), rc="bpd/district-b2",
  g="credible_threat", at="2026-03-11 16:00",
  loc="Home-based therapy session (disclosure); threat concerns Boston Latin Academy, room 214",
  d="CBHI In-Home Therapy - Risk Note (SOAP)\n"
    "Client: E.K., 15 | Clinician: N. Adebayo, LMHC | Date: 3/11/26, session 4:00-5:00 PM\n"
    "S: Client stated, \"I'm going to shoot Mr. Duffy and anyone else in room 214 on Monday. My dad's gun "
    "is in the closet and I know the code.\" Client said this three times and described which door he "
    "would use.\n"
    "O: Client calm, organized, affect flat. Father confirmed a handgun in a locked safe; father has since "
    "given the gun to a relative.\n"
    "A: Risk of harm to others HIGH. CANS Danger to Others = 3. "
    "[[rel:Family are Jehovah's Witnesses and mother declined an inpatient referral for religious reasons.|Jehovah]]\n"
    "P: Duty to warn: informed the BLA head of school by phone at 5:20 PM; mobile crisis (BEST) evaluation "
    "requested; safety plan with parents.",
  th="Per the student's in-home therapist (risk note 3/11/26): the student said 'I'm going to shoot Mr. Duffy "
     "and anyone else in room 214 on Monday. My dad's gun is in the closet and I know the code,' three times, "
     "and described which door he would use. The father confirmed a handgun in the home (since removed). "
     "Duty-to-warn notification to the school.",
  facts=["anyone else in room 214 on Monday", "which door he would use"], key="room 214")

C(pt="clinician", st=("Maya Thornton", "Edward M. Kennedy Academy for Health Careers", 11), rc="bpd/district-b2",
  g="credible_threat", at="2025-11-20 14:00",
  loc="Outpatient clinic (disclosure); threat concerns the girls' locker room at EMK",
  d="Outpatient Clinic (community health center behavioral health) - Clinician Risk Note\n"
    "DOS 11/20/25. Client disclosed she bought pepper spray and a kitchen knife and intends to 'jump' a "
    "named classmate in the girls' locker room after gym on Friday with two friends, because of posts about "
    "her sister. Client has a written list of who does what. Client declined to reconsider.\n"
    "Risk formulation: specific target, plan, means, timeline: imminent risk to others.\n"
    "Plan: Duty-to-warn call to the EMK headmaster 11/20 at 3:15 PM; parent notified; crisis evaluation "
    "scheduled.\n- K. Sato, LICSW",
  th="Per the student's outpatient clinician (11/20/25): the student said she bought pepper spray and a "
     "kitchen knife and intends to attack a named classmate in the girls' locker room after gym on Friday "
     "with two friends, and has a written list of who does what.",
  facts=["girls' locker room after gym on Friday", "written list of who does what"],
  key="pepper spray and a kitchen knife")

C(pt="clinician", st=("Julian Ames", "Fenway High School", 12), rc="bpd/district-d4",
  g="credible_threat", at="2026-05-28 15:00",
  d="Clinician risk note, 5/28/26: Client said he will 'make them all pay' at graduation and that he "
    "knows how to get a gun from a friend's older brother. He would not say who 'them' is. "
    "[[lang:Session was held in Portuguese at client's request.|Portuguese]] "
    "Clinician notified the Fenway HS headmaster.",
  reason="missing_threat_statement")

C(pt="clinician", st=("Kyle Dempsey", "Brighton High School", 10), rc="bpd/district-d14",
  g="weapon", w="hunting knife", at="2026-01-29 13:30",
  loc="Brighton High School, school-based clinician's office",
  d="School-based mental health partner (CBHI clinician co-located at BHS) - Risk Note 1/29/26\n"
    "During a session in the clinician's office at 1:30 PM client took a fixed-blade hunting knife in a "
    "leather sheath out of his backpack and put it on the table, saying he brings it every day 'in case.' "
    "The blade is about 5 inches. Client agreed to give the knife to the clinician, who walked it to the "
    "AP's office. Client denies intent to harm anyone. "
    "[[nbh:Client lives with his father at 300 Faneuil St, Apt 12.|Faneuil]] "
    "CANS updated.\n- B. Nwosu, LMHC",
  facts=["fixed-blade hunting knife in a leather sheath", "blade is about 5 inches"], key="hunting knife")

C(pt="clinician", st=("Gabriel Sousa", "Boston Arts Academy", 11), rc="bpd/district-d4",
  g="credible_threat", at="2026-04-02 17:00",
  loc="Outpatient session (disclosure); threat concerns the BAA dance studio",
  sx={"primary_language": ("lang", "Portuguese"), "country_of_birth": ("nat", "Brazil"),
      "payer": "MassHealth MCO"},
  d="Clinician Risk Note - Outpatient, 4/2/26\n"
    "S: Client says he is 'done' with a group of boys who bully him in the dance studio and that on Monday "
    "he will 'bring a blade and cut the first one who says something.' Client showed clinician a photo of "
    "a box cutter in his bag.\n"
    "O: Client tearful, then calm; consistent story.\n"
    "A: Elevated risk to others; specific place, time and means.\n"
    "P: Clinician called the BAA dean 4/2 at 5:40 PM (duty to warn); parents informed; follow-up Friday.\n"
    "- H. Castillo, LMHC",
  th="Per the student's outpatient clinician (4/2/26): the student said that on Monday he will 'bring a blade "
     "and cut the first one who says something' to a group of boys in the dance studio, and showed a phone "
     "photo of a box cutter in his bag.",
  facts=["cut the first one who says something", "photo of a box cutter"], key="box cutter")

C(pt="clinician", st=("Graham Caldwell", "Boston Latin Academy", 12), rc="commonwealth-fusion-center",
  g="credible_threat", at="2026-03-03 16:30",
  d="Outpatient clinician risk note, 3/3/26: Client stated he will bring a rifle to the senior assembly and "
    "'take out' three named students. Father confirmed a rifle in the home, since removed to a relative. "
    "Duty to warn completed with the head of school.",
  th="Per the student's clinician (3/3/26): the student said he will bring a rifle to the senior assembly "
     "and 'take out' three named students; a rifle was in the home.",
  reason="recipient_not_permitted")

C(pt="clinician", st=("Isaac Renner", "Lyon High School", 10), rc="bpd/district-d14",
  g="credible_threat", at="2026-02-02 16:00",
  d="Outpatient therapy - Risk Note (SOAP), 2/2/26\n"
    "S: Client reports ongoing bullying in gym class and said 'one day I'll bring a knife and nobody will "
    "laugh anymore.'\nO: Client guarded; would not name anyone.\n"
    "A: Moderate risk to others; no plan, date or target given.\n"
    "P: Increase sessions; school counselor informed with consent. "
    "[[rel:Client's parents asked that the elders at their Kingdom Hall be included in the safety plan.|Kingdom Hall]]",
  reason="missing_threat_statement")

C(pt="clinician", st=("Sabrina Okoye", "Edward M. Kennedy Academy for Health Careers", 11), rc="bpd/district-b2",
  g="welfare_check", at="2026-01-14 17:00",
  d="Clinician note, 1/14/26: Client missed two sessions and has not answered calls. Clinician is worried "
    "about her mood after a breakup and asks the school to request a police wellness check at her home. "
    "There is no threat to others and no incident at school. "
    "[[nbh:Home address on file: 19 Waumbeck St, 2nd floor.|19 Waumbeck St]]",
  reason="ground_not_permitted")

C(pt="clinician", st=("Dashawn Ellison", "Community Academy of Science and Health", 12), rc="bpd/district-b3",
  g="weapon", w="firearm", at="2026-04-01 10:15", loc="School-based health center, counseling room",
  d="School-Based Health Center (community health center partner) - Behavioral Health Risk Note\n"
    "DOS 4/1/26 10:15\n"
    "During a scheduled session client said he needed to tell someone something: he had a gun in his "
    "backpack. With client's permission clinician looked: a small silver .22 pistol in the inside pocket. "
    "Client said it is loaded and that he carries it because he was robbed on the way home last month. "
    "Clinician kept the backpack in sight, called the CASH dean to the room, and the dean and the school "
    "safety specialist took the bag at 10:25. Client was calm and cooperative throughout. Denies intent to "
    "harm anyone.\n- R. Achebe, LICSW",
  facts=["small silver .22 pistol", "took the bag at 10:25"], key=".22 pistol")

C(pt="clinician", st=("Hannah Voss", "Boston Latin Academy", 11), rc="bpd/district-b2",
  g="drugs", sub=["clonazepam"], at="2025-10-09 13:00",
  loc="Outpatient clinic (disclosure); pills sold at Boston Latin Academy",
  d="Outpatient clinician note (adolescent program), forwarded with the student's and parent's consent\n"
    "10/9/25: In session client disclosed she has been selling clonazepam ('K-pins') at school and that "
    "there are more in her pencil case now. Client handed the clinician a pencil case containing a blister "
    "pack and loose tablets - 26 small yellow round tablets stamped 'K' on one side. Client has no "
    "prescription for clonazepam; her mother confirmed she has never been prescribed it. Clinician brought "
    "the pencil case to the BLA nurse's office at 1:20 PM, as agreed with the parent.\n- T. Halvorsen, LICSW",
  facts=["26 small yellow round tablets", "selling clonazepam"], key="clonazepam")

C(pt="clinician", st=("Logan Pierce", "Charlestown High School", 9), rc="bpd/district-a1",
  g="credible_threat", at="2026-01-27 15:30",
  loc="Outpatient session (disclosure); threat concerns the Charlestown High School pep rally",
  d="Mental Health Clinician Risk Note (SOAP) - CBHI outpatient\nDate: 1/27/26\n"
    "S: Client states, 'I made a list. Five people at Charlestown. I'm going to do it at the pep rally "
    "Friday with my grandfather's shotgun.' Client reports he knows where the shotgun shells are kept.\n"
    "O: Client calm, speech organized; showed clinician the list on his phone (five names, the time of the "
    "pep rally).\n"
    "A: CANS Danger to Others = 3. High, specific, imminent risk to others.\n"
    "P: Duty-to-warn call to the CHS headmaster at 4:10 PM; grandparent reached and firearm removed to a "
    "relative's home; BEST mobile crisis evaluation tonight.\n- Clinician: V. Tran, LMHC",
  th="Per the student's clinician (1/27/26): the student said 'I made a list. Five people at Charlestown. "
     "I'm going to do it at the pep rally Friday with my grandfather's shotgun,' showed the list of five "
     "names on his phone, and knows where the shells are kept.",
  facts=["pep rally Friday", "five names"], key="shotgun")

C(pt="clinician", st=("Janelle Ruiz", "Lilla G. Frederick Pilot Middle School", 8), rc="bpd/district-c11",
  g="serious_violence", w="scissors", at="2026-03-12 11:00", loc="Lilla G. Frederick Pilot Middle School, art room",
  d="Clinician Note - school-based counseling partner, 3/13/26\n"
    "In session today client told clinician, and the Frederick AP confirmed, that yesterday at about 11:00 "
    "in the art room she stabbed a classmate in the upper arm with a pair of pointed scissors after the "
    "girl tore up her drawing. The other girl needed surgery at Boston Children's to repair a cut artery. "
    "Client said 'I wanted to hurt her.' "
    "[[rel:Client says her family are Pentecostal and her mother believes counseling is not needed.|Pentecostal]] "
    "Plan: increase sessions to twice weekly; coordinate with school.\n- A. Morales, LMHC",
  facts=["pair of pointed scissors", "repair a cut artery"], key="scissors")

C(pt="clinician", st=("Jonas Delva", "Madison Park Technical Vocational High School", 12), rc="bpd/district-b2",
  g="credible_threat", at="2026-05-07 17:00",
  loc="In-home therapy session (disclosure); threat concerns the Madison Park carpentry shop",
  sx={"home_language": ("lang", "Haitian Creole"), "address": ("nbh", "40 Fenelon St, Dorchester"),
      "cans_last_score": "DTO 3"},
  d="In-Home Therapy - Risk Note\nSession 5/7/26, 4:00-5:00 PM\n"
    "S: Client said the shop teacher 'disrespected' him and that on Monday he will 'hit him with a hammer in "
    "the head until he stops moving.' He described taking the framing hammer from his tool bag in the "
    "carpentry shop.\n"
    "O: Client angry but oriented; repeated the statement twice.\n"
    "A: Elevated risk to others with identified target, means and time.\n"
    "P: Duty-to-warn to the Madison Park principal by phone at 5:25 PM; safety plan with parent; clinician "
    "will coordinate with school.",
  th="Per the student's in-home therapist (5/7/26): the student said that on Monday he will 'hit him with a "
     "hammer in the head until he stops moving' about his shop teacher, described taking the framing hammer "
     "from his tool bag in the carpentry shop, and repeated it twice.",
  facts=["framing hammer from his tool bag", "until he stops moving"], key="framing hammer")

C(pt="clinician", st=("Yadiel Santana", "Boston Community Leadership Academy", 10), rc="bpd/district-e18",
  g="drugs", sub=["fentanyl", "counterfeit pills"], at="2025-12-11 15:30",
  loc="Outpatient substance use program (disclosure); drugs sold at BCLA",
  d="Clinician note (outpatient adolescent substance use program), forwarded with consent\n"
    "12/11/25: Client brought a backpack to session and disclosed it held what he sells at school. With "
    "client's consent the clinician saw 8 small bags of white powder and a bag of blue pills; client said "
    "the powder is fentanyl ('fent') and the pills are pressed M30s, and that he sold at BCLA this week. "
    "Clinician called the BCLA dean, who collected the backpack at 4:15 PM. "
    "[[eth:Client identifies strongly as Dominican and says the older guys who supply him are from his community.|Dominican]] "
    "[[nbh:Client stays with his father at 1490 River St.|1490 River St]]\n- L. Burgos, LADC-I",
  facts=["8 small bags of white powder", "sold at BCLA this week"], key="fentanyl")

C(pt="clinician", st=("Jacob Wendt", "Boston Green Academy", 10), rc="bpd/district-d14",
  g="serious_violence", w="padlock", at="2026-02-24 12:40", loc="Boston Green Academy, 1st floor hallway",
  d="Clinician Risk Note (school-based mental health partner), 2/24/26\n"
    "Client came to the counseling office at 1:15 PM and reported that at 12:40 in the 1st floor hallway "
    "he hit a 9th grader in the face with a padlock he keeps on his keychain, 'as hard as I could,' after "
    "the boy shoved him. School staff confirmed the other boy was taken to St. Elizabeth's with an orbital "
    "fracture and a cut needing stitches. Client was shaking and tearful; denies ongoing intent. Clinician "
    "informed the BGA assistant principal.\n- S. Kealoha, LMHC",
  facts=["padlock he keeps on his keychain", "orbital fracture"], key="padlock")

C(pt="clinician", st=("Priya Ramnarine", "John D. O'Bryant School of Mathematics & Science", 11),
  rc="bpd/district-b2", g="weapon", w="taser", at="2026-03-25 14:15",
  loc="John D. O'Bryant School, counseling office",
  d="Partner clinician note (co-located counseling), 3/25/26 2:15 PM\n"
    "Client told clinician she carries a taser 'for the train' and showed it: a black handheld stun gun, "
    "about 6 inches, with two metal prongs and a safety switch. She said she used it on a boy in the 2nd "
    "floor stairwell at lunch who grabbed her, and he 'jumped back.' Clinician asked her to hand it over and "
    "walked it to the O'Bryant assistant headmaster. Client was cooperative.\n- M. Lindgren, LICSW",
  facts=["two metal prongs and a safety switch", "2nd floor stairwell"], key="taser")

# =============================================================================================
# Shelter staff (family shelters, EA placements)
# =============================================================================================

C(pt="shelter", st=("Wesley Jeudy", "Jeremiah E. Burke High School", 10), rc="bpd/district-c11",
  g="weapon", w="handgun", at="2026-02-14 21:10", loc="Family shelter, room check",
  d="Family Shelter - Staff Incident Report\nDate/Time: 2/14/26, 9:10 PM\n"
    "Staff: Case manager on duty (S. Morrison) and residential aide\n"
    "During the nightly room check, staff saw the handle of a handgun sticking out of a BPS backpack on the "
    "top bunk. Staff called the on-call supervisor and asked the 16-year-old to step out. His mother opened "
    "the backpack in front of staff: black handgun, magazine inserted. The youth said a friend at school "
    "gave it to him to hold and that he had carried it in that backpack to the Burke on Friday. Staff "
    "secured the room; the shelter director called BPD at 9:25 PM. "
    "[[nat:The family came from Haiti in 2023 and was placed here through EA.|Haiti]] "
    "[[lang:Mother speaks Haitian Creole; night staff used the phone interpreter.|Haitian Creole]]\n"
    "Report forwarded to the Burke by the shelter's school liaison.",
  facts=["sticking out of a BPS backpack", "magazine inserted"], key="handgun")

C(pt="shelter", st=("Tyrell Hughes", "Henderson K-12 Inclusion School", 9), rc="bpd/district-c11",
  g="serious_violence", w="chair leg", at="2025-12-20 19:45", loc="Family shelter, common room",
  d="Shelter staff report (forwarded to Henderson by the shelter's education liaison)\n"
    "12/20/25, approx 7:45 PM, common room. Two teens were arguing over the TV remote. Tyrell broke the leg "
    "off a wooden chair and swung it at the other teen, hitting him on the forearm and the side of the head. "
    "The other teen's arm was visibly deformed. EMS transported him to Boston Children's; an X-ray showed a "
    "broken ulna and he needed a cast and was kept overnight for a head CT. Staff separated the families "
    "for the night. Tyrell was calm afterwards and apologized.\n"
    "Staff on duty: R. Kaplan (Residential Counselor)",
  facts=["leg off a wooden chair", "broken ulna"], key="broken ulna")

C(pt="shelter", st=("Kenya Wheeler", "Boston Green Academy", 10), rc="bpd/district-d14",
  g="drugs", sub=["alcohol", "marijuana"], at="2026-01-05 21:00", loc="Family shelter, room check",
  d="Shelter staff incident report, 1/5/26, 9 PM: during a room check staff found a pint of vodka and a "
    "bag of weed in the teen's school backpack; she said she drinks before school sometimes. "
    "[[nbh:The family lived at 12 Annunciation Rd before the eviction.|Annunciation Rd]] "
    "Items discarded per shelter policy.",
  reason="excluded_substance")

C(pt="shelter", st=("Abdirahman Nur", "English High School", 11), rc="bpd/district-e13",
  g="credible_threat", at="2026-03-03 20:30",
  loc="Shelter case management office (disclosure); threat concerns the English High School back gate",
  d="Shelter - Incident Report (Youth)\n"
    "3/3/26 8:30 PM. Youth (17) told his case manager that the boys who jumped him at English High last "
    "week 'are going to get shot,' that he has a strap coming from his cousin on Thursday, and that he will "
    "be waiting by the back gate at dismissal on Friday. He named two students. He was angry but clear. "
    "[[rel:Youth asked that staff not tell the imam at his mosque.|imam;mosque]] "
    "[[imm:The family has a pending asylum case and staff are worried about any police contact.|asylum]]\n"
    "- Case Manager, family shelter (R. Haley)",
  th="Per the family shelter case manager (3/3/26): the student said two named students who jumped him 'are "
     "going to get shot,' that a gun ('strap') is coming from his cousin on Thursday, and that he will be "
     "waiting by the back gate at dismissal on Friday.",
  facts=["back gate at dismissal on Friday", "strap coming from his cousin"], key="back gate")

C(pt="shelter", st=("Rico Vasquez", "Excel High School", 10), rc="bpd/district-c6",
  g="trespass", at="2026-03-08 14:00",
  d="Shelter case manager note: residents reported that Rico and two friends climbed onto the roof of "
    "Excel High School on Sunday afternoon and were filming. No damage is known and no one was hurt. The "
    "shelter asks the school to report it to police. "
    "[[lang:Rico's mother only speaks Spanish and asked the case manager to call the school for her.|Spanish]]",
  reason="ground_not_permitted")

C(pt="shelter", st=("Liam Costa", "Curley K-8 School", 8), rc="bpd/district-e13",
  g="weapon", w="folding knife", at="2026-05-06 08:05", loc="Family shelter lobby, waiting for the school van",
  d="From the family shelter's education liaison to the Curley assistant principal, 5/6/26\n"
    "This morning at 8:05, while kids were waiting in the lobby for the school van, Liam was showing other "
    "kids a folding knife with a camouflage handle and a 3-inch blade and said he brings it to Curley 'in "
    "case.' Our residential aide asked for it and he handed it over. No one was threatened. The knife is in "
    "the front office safe; his mother knows.\n- A. Dubois, Education Liaison",
  facts=["camouflage handle and a 3-inch blade", "brings it to Curley"], key="folding knife")

C(pt="shelter", st=("Abdullahi Warsame", "Brighton High School", 10), rc="bpd/district-d14",
  g="credible_threat", at="2026-02-11 19:30",
  d="Shelter staff incident report, 2/11/26, 7:30 PM: Youth (16) told staff he will beat the boy who stole "
    "his phone with a hammer at BHS tomorrow, and showed a hammer in his bag. Staff took the hammer. "
    "[[nat:Youth and his mother arrived from Somalia in 2024.|Somalia]]",
  reason="missing_threat_statement")

C(pt="shelter", st=("Marlon Greaves", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="weapon", w="handgun", at="2026-04-19 22:30",
  d="Shelter security report, 4/19/26: a resident reported a teen with a gun in the courtyard at 10:30 PM. "
    "Staff did not see the teen's face. "
    "[[face:The shelter's new entry system uses face recognition at the door and its log identified Marlon Greaves as entering at 10:27 PM (similarity 0.88).|similarity 0.88;face recognition at the door]] "
    "We are asking the school to send this to police.",
  reason="face_surveillance")

C(pt="shelter", st=("Tatiana Kerr", "Henderson K-12 Inclusion School", 11), rc="bpd/district-c11",
  g="drugs", sub=["fentanyl"], at="2026-03-15 20:00", loc="Family shelter, teen room",
  d="Shelter Staff Incident Report - Teen Room\n3/15/26, approx 8:00 PM\n"
    "Staff on duty: B. Lyons (Residential Counselor)\n"
    "A younger resident told staff that Tatiana had 'fent' and was showing it to other teens. Staff asked "
    "Tatiana to empty her bag in the office with her mother present. Inside were 20 small bags of white "
    "powder stamped with a green dollar sign and a folded list of names with amounts. Tatiana said it is "
    "fentanyl and that she was going to sell it at school on Monday. Staff secured the bags in the office "
    "safe and called the shelter director.\n"
    "Forwarded to Henderson by the shelter's school liaison.",
  facts=["20 small bags of white powder", "green dollar sign", "sell it at school on Monday"],
  key="fentanyl")

C(pt="shelter", st=("Keon Ellis", "Madison Park Technical Vocational High School", 9), rc="bpd/district-b2",
  g="credible_threat", at="2026-01-19 18:00",
  loc="Family shelter, homework room (disclosure); threat concerns the Madison Park lunch line",
  d="Family shelter - Youth Incident Report, 1/19/26 6:00 PM\n"
    "During homework time Keon told a staff member that the boys who jumped his little brother go to Madison "
    "Park and that on Wednesday he is going to 'shoot them in the lunch line.' He said a friend is giving him "
    "a gun on Tuesday and named the friend and two of the boys. He was calm when he said it and repeated it "
    "to the case manager. Staff informed his mother and the shelter director, who called the Madison Park "
    "principal at 7:10 PM.\n- Case Manager D. Whitlock",
  th="Per family shelter staff (1/19/26): the student said that on Wednesday he is going to 'shoot them in "
     "the lunch line' about named Madison Park students, that a friend is giving him a gun on Tuesday, and "
     "repeated it to the case manager.",
  facts=["shoot them in the lunch line", "a friend is giving him a gun on Tuesday"], key="lunch line")

C(pt="shelter", st=("Andres Rojas", "East Boston High School", 11), rc="bpd/district-a7",
  g="serious_violence", w="brick", at="2026-02-03 16:45", loc="Outside East Boston High School",
  d="Shelter case manager report (emergency assistance shelter), forwarded to EBHS\n"
    "2/3/26: Youth came back to the shelter at 5:30 PM with blood on his jacket and told staff that at about "
    "4:45, outside EBHS, he hit a boy in the head with a brick during a fight over a phone. EBHS confirmed a "
    "student was taken to MGH with a skull fracture and bleeding on the brain. "
    "[[imm:The family entered on humanitarian parole in 2024 and is waiting on work permits.|humanitarian parole]] "
    "[[nat:They came from Venezuela through Texas.|Venezuela]] "
    "Staff have kept youth inside and informed his father.\n- J. Salas, Case Manager",
  facts=["hit a boy in the head with a brick", "skull fracture and bleeding on the brain"], key="brick")

C(pt="shelter", st=("Yassine Benali", "Snowden International School", 12), rc="bpd/district-d4",
  g="drugs", sub=["Xanax"], at="2026-04-14 21:15", loc="Family shelter, room check",
  d="Shelter Incident Report, 4/14/26, 9:15 PM\n"
    "During a room check staff found a sandwich bag with about 30 white oval pills marked 'XANAX' and a "
    "second bag of loose pills in the youth's school backpack. Youth said he sells them at Snowden for $5 "
    "each and has no prescription. Items secured in the office. "
    "[[lang:His mother speaks Arabic; night staff used the phone line to explain.|Arabic]] "
    "[[nat:The family is from Morocco and arrived last year.|Morocco]]\n"
    "Forwarded by the shelter's school liaison.",
  facts=["30 white oval pills marked 'XANAX'", "sells them at Snowden for $5"], key="Xanax")

C(pt="shelter", st=("Nyla Fontaine", "Boston Community Leadership Academy", 9), rc="bpd/district-e18",
  g="weapon", w="chef's knife", at="2025-11-24 07:30", loc="Family shelter, front door (found before school)",
  d="Shelter staff report - 11/24/25 7:30 AM\n"
    "Kitchen staff noticed a large chef's knife missing. At 7:30 AM, as families were leaving for school, "
    "the residential aide saw the handle sticking out of Nyla's school backpack. Nyla said she took it "
    "because a girl at BCLA said she would 'jump' her today. Staff took the knife (10-inch chef's knife, "
    "black handle). Nyla was upset but cooperative and went to school. The shelter director called the BCLA "
    "dean at 7:50.\n- K. Oyelowo, Shelter Director",
  facts=["10-inch chef's knife", "handle sticking out of Nyla's school backpack"], key="chef's knife")

C(pt="shelter", st=("Ruben Lima", "Jeremiah E. Burke High School", 12), rc="bpd/district-c11",
  g="weapon", w="handgun", at="2026-03-23 07:40", loc="Family shelter, front desk bag check",
  sx={"ethnicity": ("eth", "Cape Verdean"), "previous_address": ("nbh", "23 Hendry St, Dorchester 02125"),
      "shelter_case_id": "EA-55107"},
  d="Shelter Incident Report (front desk)\n3/23/26, 7:40 AM\n"
    "At the morning bag check, the front desk aide felt something heavy in Ruben's backpack and asked him to "
    "open it. Inside was a black .40 caliber handgun with an empty magazine, wrapped in a towel. Ruben said "
    "he was holding it for someone at the Burke and was bringing it to them today. The shelter director "
    "secured the backpack in the office and called BPD and the Burke.\n- Front desk: S. Pacheco",
  facts=[".40 caliber handgun", "wrapped in a towel"], key="handgun")

# =============================================================================================
# Other systems: libraries, transit ambassadors, museums, camps, loss prevention, monitoring vendors
# =============================================================================================

C(pt="other", st=("Micah Dunbar", "Boston Latin Academy", 9), rc="bpd/district-d4",
  g="weapon", w="dagger", at="2026-01-06 15:40", loc="Boston Public Library, Central Library, Teen Central",
  d="Boston Public Library - Security Incident Log\n"
    "Incident #: 26-0014  Location: Central Library, Teen Central  Date/Time: 01/06/26 15:40\n"
    "Narrative: Patron (BLA student, 14) took a double-edged dagger in a black sheath out of his backpack "
    "and pointed it at another teen patron during an argument over a computer. Security officer responded; "
    "patron put the dagger on the table and surrendered it without further incident. No injuries. Patron's "
    "mother contacted; patron issued a 30-day suspension of library privileges. Item logged and held for "
    "the school.\nOfficer: P. Sweeney, BPL Security",
  facts=["double-edged dagger in a black sheath", "argument over a computer"], key="dagger")

C(pt="other", st=("Isaac Moreland", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="weapon", w="folding knife", at="2026-02-21 16:10", loc="Pharmacy, register area",
  d="Loss Prevention Incident Report (pharmacy chain), forwarded to the Burke by the district LP manager\n"
    "2/21/26, 4:10 PM: A teen in a gray hoodie showed a folding knife to a cashier and took two phone "
    "chargers. No one was hurt. "
    "[[face:Our facial recognition system compared the register camera still to a gallery that includes local yearbook photos and returned Isaac Moreland at 98.1% similarity.|98.1% similarity;yearbook photos]] "
    "Please confirm with his school photo.",
  reason="face_surveillance")

C(pt="other", st=("Jasmine Fuentes", "Another Course to College", 12), rc="bpd/district-e18",
  g="drugs", sub=["cocaine"], at="2026-02-10 14:50", loc="MBTA station busway, after dismissal",
  d="MBTA Transit Ambassador Incident Report, forwarded to ACC by the MBTA youth liaison\n"
    "Date/Time: 2/10/26 14:50  Location: station busway\n"
    "[[eth:Subject description: Hispanic female, approx 17, black puffer jacket, ACC lanyard.|Hispanic female]] "
    "The ambassador saw the subject hand a small bag to another student in exchange for cash. When "
    "approached, she dropped a sandwich bag with 9 small bags of white powder, which she said was cocaine "
    "('coke'), and left. The ambassador recovered the bag and turned it over to the ACC dean, who identified "
    "the student from her lanyard.\nAmbassador #A-114",
  facts=["9 small bags of white powder", "in exchange for cash"], key="cocaine")

C(pt="other", st=("Jalen Mosley", "Dearborn STEM Academy", 7), rc="bpd/district-b2",
  g="credible_threat", at="2026-03-26 16:20",
  loc="Twelfth Baptist Church fellowship hall (after-school tutoring program)",
  d="Tutoring program incident note (program hosted in the fellowship hall of Twelfth Baptist Church), "
    "forwarded to Dearborn:\n"
    "3/26/26, 4:20 PM. Jalen got angry at a tutor who took his phone and said, loud enough for the whole "
    "room, 'I'm gonna bring my uncle's gun tomorrow and shoot you and Ms. Carter at school.' He said it "
    "twice, then said 'I know where she parks.' Ms. Carter is his math teacher at Dearborn and volunteers "
    "here. We called his grandmother, who picked him up.\n- T. Rowe, Program Coordinator",
  th="Per the after-school tutoring program (3/26/26): the student said 'I'm gonna bring my uncle's gun "
     "tomorrow and shoot you and Ms. Carter at school,' said it twice, and added 'I know where she parks.' "
     "Ms. Carter is his math teacher at Dearborn.",
  facts=["I know where she parks", "shoot you and Ms. Carter at school"], key="uncle's gun",
  ok=["Twelfth Baptist Church"])

C(pt="other", st=("Bryan Amaya", "East Boston High School", 9), rc="bpd/district-a7",
  g="weapon", w="kitchen knife", at="2025-07-09 10:40", loc="Long Wharf ferry dock (summer day camp bag check)",
  d="Summer day camp (harbor islands program) - Incident Report, forwarded to EBHS\n"
    "7/9/25, 10:40 AM. During the bag check before boarding the ferry at Long Wharf, staff found a 9-inch "
    "kitchen knife wrapped in a t-shirt in Bryan's backpack. He said a boy on the island 'has a problem' "
    "with him and he wanted to be ready. No one was threatened. The knife is held by the program director. "
    "[[nat:Staff note he recently arrived from Honduras and is still adjusting.|Honduras]] "
    "[[lang:We used his friend to translate into Spanish for him.|Spanish]]",
  facts=["9-inch kitchen knife", "wrapped in a t-shirt"], key="kitchen knife")

C(pt="other", st=("Ryan Sheehan", "Charlestown High School", 9), rc="bpd/district-a1",
  g="weapon", w="replica handgun", at="2025-11-13 17:30", loc="Boys & Girls Club, game room",
  d="Boys & Girls Club - staff incident report, 11/13/25 5:30 PM: staff found a replica pistol (all metal, "
    "realistic, cannot fire, orange tip removed) in Ryan's backpack after another member said he showed it "
    "in the game room. Ryan said he bought it online as a prop. Nobody was threatened. The replica was held "
    "by staff and given to CHS.",
  reason="other")

C(pt="other", st=("Elijah Hurd", "Boston Latin Academy", 10), rc="mbta-transit-police",
  g="weapon", w="switchblade", at="2026-01-29 15:20", loc="MBTA platform",
  d="MBTA Transit Ambassador report, 1/29/26: a BLA student flashed a switchblade at another rider on the "
    "platform at 3:20 PM; the ambassador took it. The school was asked to send its report to the transit "
    "police.",
  reason="recipient_not_permitted")

C(pt="other", st=("Denzel Barros", "Jeremiah E. Burke High School", 11), rc="bpd/district-c11",
  g="serious_violence", at="2026-01-24 18:30", loc="YMCA, men's locker room",
  d="YMCA - Incident Report (Member Services)\n"
    "1/24/26, 6:30 PM, men's locker room. A staff member heard yelling and found Denzel standing over "
    "another teen who was on the floor bleeding heavily from the mouth and nose. Witnesses said Denzel "
    "slammed his head into a locker door several times. The teen lost three teeth and had a fractured "
    "cheekbone; Boston EMS took him to BMC. Denzel left the building. "
    "[[eth:Both young men are Cape Verdean.|Cape Verdean]] "
    "[[lang:Witnesses said the argument before it was in Kriolu.|Kriolu]]\n- Member Services Director",
  facts=["slammed his head into a locker door", "fractured cheekbone", "lost three teeth"],
  key="fractured cheekbone")

C(pt="other", st=("Travis Quill", "Brighton High School", 11), rc="bpd/district-d14",
  g="serious_violence", w="skateboard", at="2026-04-04 14:00", loc="Branch library, front plaza",
  d="Library Security Incident Report - branch library\n4/4/26, 2:00 PM, front plaza\n"
    "Two teens were arguing outside the entrance. Patron (BHS student, 16) swung his skateboard by the "
    "trucks and hit the other teen in the jaw with the edge of the board; the other teen fell and hit his "
    "head on the granite step. The other teen was bleeding from the mouth and could not close his jaw. "
    "Boston EMS transported him to St. Elizabeth's; staff were later told his jaw is fractured in two "
    "places. The patron stayed on scene until staff arrived and was identified by his library card.\n"
    "- Branch security: L. Okoro",
  facts=["edge of the board", "jaw is fractured in two places"],
  key="skateboard")

C(pt="other", st=("Anthony Ruggiero", "East Boston High School", 12), rc="bpd/district-a7",
  g="drugs", sub=["heroin"], at="2026-03-05 15:10", loc="MBTA station lobby near East Boston High School",
  d="MBTA Transit Ambassador Incident Report (forwarded by the MBTA youth liaison)\n"
    "3/5/26, 3:10 PM, station lobby\n"
    "The ambassador saw a student (EBHS lanyard) hand a small glassine bag to another student. When spoken "
    "to, the student gave the ambassador a rubber-banded bundle of 10 glassine bags of brown powder stamped "
    "'Gucci' in red and said it was heroin ('dope'). The ambassador recorded the lanyard name and turned the "
    "bundle over to the EBHS assistant headmaster, who was at the station for dismissal duty.\n"
    "Ambassador #A-207",
  facts=["10 glassine bags of brown powder", "stamped 'Gucci' in red"], key="heroin")

C(pt="other", st=("Malachi Dunn", "New Mission High School", 11), rc="bpd/district-e18",
  g="credible_threat", at="2026-02-12 16:30",
  loc="Branch library, teen area (statement); threat concerns the New Mission gym doors",
  d="Library staff incident note, branch library teen area, 2/12/26 4:30 PM\n"
    "A teen librarian overheard Malachi on a video call say: 'Tomorrow after 6th period I'm waiting for him "
    "by the gym doors at New Mission and I'm stabbing him up, I got the knife right here,' and he held a "
    "large folding knife up to the camera. When staff approached he put the knife away and left. He is a "
    "regular and staff know his name. "
    "[[gang:Other teens told staff Malachi is in the River Street crew and the boy is from a rival group.|River Street crew]]\n"
    "- Teen Services Librarian, Branch Library",
  th="Per branch library staff (2/12/26): the student was overheard on a video call saying 'Tomorrow after "
     "6th period I'm waiting for him by the gym doors at New Mission and I'm stabbing him up, I got the "
     "knife right here,' while holding a large folding knife up to the camera.",
  facts=["by the gym doors at New Mission", "held a large folding knife up to the camera"],
  key="folding knife")

C(pt="other", st=("Nico Bellini", "Fenway High School", 10), rc="bpd/district-d4",
  g="weapon", w="box cutter", at="2026-04-30 15:45", loc="Museum teen program, studio classroom",
  sx={"faith_community": ("rel", "St. Peter's Parish youth group"),
      "emergency_contact_language": ("lang", "Italian"), "program_cohort": "Spring 2026 Teen Arts"},
  d="Museum Teen Arts Program - Security Incident Report, forwarded to Fenway High School\n"
    "4/30/26, 3:45 PM, studio classroom\n"
    "During a critique a teen participant (Fenway HS, 15) pulled a box cutter from his sleeve, slashed the "
    "canvas of another teen's painting and then held the box cutter toward the other teen's face, saying "
    "'you're next.' Museum security responded within two minutes; he dropped the box cutter on the floor. "
    "No one was cut. Security retained the box cutter and called the Fenway HS headmaster.\n"
    "- Protection Services Officer R. Ibarra",
  facts=["slashed the canvas", "toward the other teen's face"], key="box cutter")

C(pt="other", st=("Rosalind Tate", "Lyon High School", 10), rc="bpd/district-d14",
  g="weapon", w="steak knife", at="2025-10-28 15:25", loc="MBTA Green Line platform, after dismissal",
  d="MBTA Transit Ambassador Incident Report\n10/28/25, 3:25 PM, Green Line platform\n"
    "A student in a Lyon HS hoodie pulled a steak knife from her waistband and waved it at two girls who "
    "were following her, saying 'come closer.' The ambassador stepped in; she put the knife on the bench "
    "and stepped back. Blade about 5 inches, wooden handle. Nobody was cut. The ambassador turned the knife "
    "over to the Lyon HS dean, who came to the station.\nAmbassador #A-088",
  facts=["wooden handle", "waved it at two girls"], key="steak knife")

C(pt="other", st=("Evan Holcomb", "Boston Latin Academy", 11), rc="bpd/district-b2",
  g="credible_threat", at="2026-05-20 23:10",
  loc="Online (school-issued Chromebook); threat concerns the Boston Latin Academy library",
  d="Student safety monitoring vendor - Critical Alert (forwarded to the BLA head of school at 11:24 PM)\n"
    "Alert level: Imminent threat | Source: school-issued Chromebook, document draft | Time: 5/20/26 23:10\n"
    "Excerpt flagged: 'Thursday I bring the AR in my cello case. Start in the library at 2nd period. "
    "[three student names]. Then whoever is left.'\n"
    "Reviewer notes: The document also contains a hand-drawn map of the 2nd floor with the library marked. "
    "The account belongs to the student. Vendor reviewer escalated by phone to the school's emergency "
    "contact.\n- Safety Operations Center, reviewer #R-31",
  th="Per the school's safety monitoring vendor alert (5/20/26): a document on the student's school-issued "
     "Chromebook reads 'Thursday I bring the AR in my cello case. Start in the library at 2nd period,' "
     "names three students and includes a hand-drawn map of the 2nd floor with the library marked.",
  facts=["AR in my cello case", "hand-drawn map of the 2nd floor"], key="cello case")


# =============================================================================================

def main():
    rng = random.Random(20260302)
    order = list(range(len(CASES)))
    random.Random(4021).shuffle(order)         # mix partners, deterministically
    rows, names = [], set()
    for n, idx in enumerate(order, 1):
        kw = CASES[idx]
        if kw["st"][0] in names:
            raise SystemExit(f"student name used twice: {kw['st'][0]}")
        names.add(kw["st"][0])
        rows.append(build(n, kw, rng))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
