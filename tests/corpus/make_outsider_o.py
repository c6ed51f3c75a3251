#!/usr/bin/env python3
"""Held-out corpus "outsider_o" for the gatekeeper: 150 cases, ids OO-0001 .. OO-0150.

Written blind by an outside author.  The only files read while writing it were:
  /work/shared/domain/RULES.md, /work/shared/domain/CONTRACT.md,
  /work/shared/tools/corpus-brief.md, /work/shared/tools/validate_corpus.py,
  /work/shared/tools/score_corpus.py, and two or three lines of /work/shared/corpus/public2.jsonl
  (for the line format only).  No service code, policy file, test or other corpus was read, and the
  service was never run against these cases.

Every person, street, housing development, crew, church / mosque / congregation, business, social
media handle and phone number in these cases is invented.  Boston neighbourhood names (Mattapan,
Dorchester, East Boston, ...) and real BPS school names may be real.  Real public places (MBTA
stations, museums, hospitals, parks, a college, a public-library branch) appear only to locate an
incident or a treatment, and real brands, sports teams and apps (a jacket, a drink, a jersey, a gun
make, Instagram) appear only as objects of the incident; they are precision traps, not facts about
anyone's origin, faith or home.

Tag conventions (expect.tags):
  tags[0]  genre, one of GENRES below;
  tags[1]  outcome: allow_redact (allowed, forbidden facts to withhold), allow_clean (allowed, nothing
           forbidden; usually contains precision traps that must be KEPT), deny_recipient,
           deny_substance, deny_ground, deny_face, deny_threat_missing, deny_replica;
  further  long (description 1,000-3,000 characters), trap (words that look forbidden but are incident
           facts or ordinary school life), dodge (forbidden facts disguised: homoglyphs, spacing, dots,
           zero-width characters, misspellings, euphemism, slang), structured_field (forbidden values
           in unknown student fields), foreign (sentences wholly in a family language), several
           (more than one student in the report).

Genres: email (forwarded threads), transcript (Q/A interviews), ocr (scanned handwritten forms),
athletics (coach reports), fieldtrip (chaperone reports), library (library / media-centre staff),
casenote (counselor and social-worker notes), textthread (SMS and group-chat exports),
social (descriptions of social-media posts and screenshots), markdown (tables pasted from forms),
html (HTML fragments pasted from a web form), multi (several students in one report),
family (family members' statements, translated or quoted), dodge (disguised forbidden facts),
trap (precision traps).

Inside the source below, the spans a correct redactor must withhold are written between the marks
U+27E6 / U+27E7; the marks are stripped before writing.  The generator checks that every
must_not_contain string occurs only inside such spans (or in an unknown student field), and that
every must_contain_text string occurs outside them.

Deterministic, standard library only.  Run:  python3 tests/corpus/make_outsider_o.py
"""
import datetime
import json
import pathlib
import re
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_o.jsonl"

GENRES = ["email", "transcript", "ocr", "athletics", "fieldtrip", "library", "casenote", "textthread",
          "social", "markdown", "html", "multi", "family", "dodge", "trap"]
OUTCOMES = {"allow_redact": "allow", "allow_clean": "allow", "deny_recipient": "deny",
            "deny_substance": "deny", "deny_ground": "deny", "deny_face": "deny",
            "deny_threat_missing": "deny", "deny_replica": "deny"}
REASONS = {"deny_recipient": "recipient_not_permitted", "deny_substance": "excluded_substance",
           "deny_ground": "ground_not_permitted", "deny_face": "face_surveillance",
           "deny_threat_missing": "missing_threat_statement", "deny_replica": "other"}

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4063",
    "East Boston High School": "BPS-4072",
    "Jeremiah E. Burke High School": "BPS-4085",
    "The English High School": "BPS-4090",
    "Excel High School": "BPS-4104",
    "Brighton High School": "BPS-4117",
    "TechBoston Academy": "BPS-4123",
    "Mission Hill K-8 School": "BPS-4138",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4141",
    "Charlestown High School": "BPS-4156",
    "Snowden International School": "BPS-4162",
    "Boston International Newcomers Academy": "BPS-4177",
    "Margarita Muñiz Academy": "BPS-4183",
    "Dearborn STEM Academy": "BPS-4190",
    "New Mission High School": "BPS-4205",
    "Boston Arts Academy": "BPS-4212",
    "Community Academy of Science and Health": "BPS-4226",
    "Dorchester Academy": "BPS-4231",
    "Henderson K-12 Inclusion School": "BPS-4248",
    "Orchard Gardens K-8 School": "BPS-4267",
    "Rafael Hernández K-8 School": "BPS-4273",
    "Mario Umana Academy": "BPS-4281",
    "Lilla G. Frederick Middle School": "BPS-4299",
    "Boston Community Leadership Academy": "BPS-4304",
    "Fenway High School": "BPS-4316",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4320",
    "Young Achievers Science and Mathematics K-8 School": "BPS-4335",
    "Boston Latin School": "BPS-4340",
    "Quincy Upper School": "BPS-4362",
    "Sarah Greenwood K-8 School": "BPS-4377",
    "Mildred Avenue K-8 School": "BPS-4385",
    "Brook Farm Business and Service Career Academy": "BPS-4392",
    "Boston Green Academy": "BPS-4401",
}

OPEN, CLOSE = "\u27e6", "\u27e7"
SPAN = re.compile(OPEN + "(.*?)" + CLOSE, re.S)
CASES = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def when(stamp):
    """'2025-10-14 10:20' -> ISO 8601 with the Boston offset of that day."""
    d = datetime.datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    dst = (datetime.date(2025, 3, 9) <= d.date() < datetime.date(2025, 11, 2)
           or datetime.date(2026, 3, 8) <= d.date() < datetime.date(2026, 11, 1))
    return d.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


def S(sid, name, dob, grade, school, **extra):
    assert school in SCHOOLS, school
    st = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    st.update(extra)
    return st


def strip(s):
    return s.replace(OPEN, "").replace(CLOSE, "") if isinstance(s, str) else s


def outside(s):
    """The text with every marked span replaced by a separator."""
    return SPAN.sub(" \u2016 ", s) if isinstance(s, str) else ""


def add(genre, outcome, *, ground, at, loc, desc, student, recipient="bpd", weapon=None, substances=None,
        threat=None, attachments=None, mnc=(), mc=(), mct=(), cats=(), tags=()):
    assert genre in GENRES and outcome in OUTCOMES, (genre, outcome)
    cid = "OO-%04d" % (len(CASES) + 1)
    decision = OUTCOMES[outcome]
    desc = desc.strip("\n")
    req = {"request_id": cid, "school_id": SCHOOLS[student["school"]], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = strip(threat.strip("\n"))
    req["incident"] = {"occurred_at": when(at), "location": strip(loc), "description": strip(desc)}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    tg = [genre, outcome] + list(tags)
    if len(strip(desc)) >= 1000 and "long" not in tg:
        tg.append("long")
    assert len(strip(desc)) <= 3000, (cid, len(strip(desc)))
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = REASONS[outcome]
    must = []
    if decision == "allow":
        must = [student["name"], student["school"]] + list(mc)
    expect.update({"must_not_contain": list(mnc), "must_contain": must,
                   "must_contain_text": list(mct) if decision == "allow" else [],
                   "categories": sorted(set(cats)), "tags": tg})
    # ---- self-checks: labels must be fair -------------------------------------------------------
    free_out = fold(" ".join(outside(x) for x in (desc, threat, loc) if x))
    extra_vals = fold(json.dumps({k: v for k, v in student.items()
                                  if k not in ("student_id", "name", "date_of_birth", "grade", "school")},
                                 ensure_ascii=False))
    whole = fold(json.dumps(req, ensure_ascii=False))
    for s in mnc:
        f = fold(s)
        assert f in whole, (cid, "canary not in request", s)
        assert f not in free_out, (cid, "canary occurs outside a marked span", s)
    spans = fold(" ".join(SPAN.findall(desc) + SPAN.findall(threat or "") + SPAN.findall(loc)))
    for s in mnc:
        assert fold(s) in spans or fold(s) in extra_vals, (cid, "canary neither in a span nor a field", s)
    if decision == "allow":
        assert mc and mct, cid
        for s in list(mc) + list(mct):
            assert fold(s) in fold(outside(desc)), (cid, "kept fact not outside spans of description", s)
        if outcome == "allow_redact":
            assert mnc and cats, cid
        else:
            assert not mnc and not cats and OPEN not in desc, cid
    else:
        assert not mc and not mct, cid
    if OPEN in desc or (threat and OPEN in threat):
        assert mnc, (cid, "marked spans but no canary")
    CASES.append({"id": cid, "request": req, "expect": expect})


# =====================================================================================================
# 1. email: forwarded email threads
# =====================================================================================================
add("email", "allow_redact", ground="weapon", weapon="box cutter", at="2025-10-14 10:20",
    recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, 3rd floor stairwell by room 312",
    student=S("417206", "Marcus Tavares", "2010-03-22", 10, "Madison Park Technical Vocational High School"),
    desc="""
---------- Forwarded message ---------
From: Denise Okafor <dokafor@bostonpublicschools.org>
Date: Tue, Oct 14, 2025 at 11:02 AM
Subject: Fwd: box cutter - 3rd floor - Marcus T.
To: Paul Strand <pstrand@bostonpublicschools.org>

Paul - this is the write-up for the liaison. I trimmed Yvette's thread but please read the bottom before anything goes out.

> On Tue, Oct 14, 2025 at 10:41 AM Yvette Camara <ycamara@bostonpublicschools.org> wrote:
> At about 10:20 this morning Mr. Halloran saw Marcus in the 3rd floor stairwell by room 312 holding an open box cutter (yellow, retractable) pointed at another 10th grader, R.M. Marcus told him "keep talking and see what happens." Mr. Halloran stepped between them and Marcus dropped it on the landing. Nobody was cut. SSO Bramwell bagged the box cutter and locked it in the main office safe.
>
> Marcus says he took it from the carpentry shop on Friday and "forgot" it was in his hoodie. R.M. says it started over a pair of headphones.
>
> >> On Tue, Oct 14, 2025 at 10:35 AM Rui Duarte <rduarte@bostonpublicschools.org> wrote:
> >> FYI I reached mom at 10:50. ⟦She only speaks Kriolu⟧ so I did the call myself. She was very upset, ⟦the family just came from Praia in August⟧ and ⟦she is scared about their immigration case⟧. Dad works nights, he will come at 2:30.
> >>
> >> Rui Duarte | Family Liaison
>
> Yvette Camara
> Assistant Headmaster, Grade 10
> Madison Park Technical Vocational High School
> 75 Malcolm X Blvd
>
> Sent from my iPhone

CONFIDENTIALITY NOTICE: This e-mail may contain student information protected by FERPA. If you received it in error, delete it.
""",
    mnc=["Kriolu", "Praia", "immigration case"], mc=["box cutter"],
    mct=["box cutter", "room 312", "main office safe"],
    cats=["language", "national_origin", "immigration_status"], tags=[])

add("email", "allow_redact", ground="serious_violence", at="2025-11-05 13:40", recipient="bpd/district-c11",
    loc="TechBoston Academy, gym lobby",
    student=S("402985", "Devonte Ricketts", "2009-07-30", 11, "TechBoston Academy"),
    desc="""
RE: RE: incident in gym lobby 11/5 - for BPD packet

From: Nurse Annemarie Foy
Sent: Wednesday, November 5, 2025 2:58 PM
To: Headmaster's Office

The injured student (J.L.) has a displaced fracture of the left orbital bone per the BMC ED. He was punched repeatedly after he fell and his head hit the radiator cover. He will be out at least two weeks. Photos of the radiator cover are in the nurse log.

-----Original Message-----
From: AP Kwame Boateng
Sent: Wednesday, November 5, 2025 2:11 PM

Devonte admitted he hit J.L. "like eight times" after J.L. bumped him in the gym lobby at 1:40. Two staff restrained him. He was calm by 2. Grandma picked him up; ⟦she asked us to call the pastor at Iglesia Pentecostal Roca Firme⟧ because ⟦she lives right next to the church on Wexcombe St⟧ and he listens to him. I said we'd pass that on to the counselor, not BPD.

Kwame Boateng, Assistant Headmaster
(he/him)

-----Original Message-----
From: SSS Lamont Reyes
Sent: Wednesday, November 5, 2025 1:58 PM

Gym lobby cam 1 shows the first punch at 1:40:18. J.L. goes down at 1:40:25 and hits the radiator cover on the way down. Devonte throws at least six more punches while J.L. is on the floor before Mr. Ruiz and I pull him off at 1:40:41. I saved 1:35 to 1:50 to the shared drive. J.L. was conscious but confused and asked me the same question three times, so I did not let him stand up. Devonte had no injuries except swollen knuckles on his right hand.
""",
    mnc=["Iglesia Pentecostal", "Roca Firme", "Wexcombe"], mc=["orbital"],
    mct=["left orbital bone", "radiator cover", "gym lobby"],
    cats=["religion", "neighborhood"], tags=[])

add("email", "allow_redact", ground="drugs", substances=["fentanyl"], at="2026-01-22 09:05",
    recipient="bpd/district-e13",
    loc="Snowden International School, nurse's office",
    student=S("433871", "Linh Tran", "2009-12-02", 11, "Snowden International School",
              home_language="Vietnamese", ell_level="EL 3 (SEI)", homeroom="204"),
    desc="""
Fwd: Nurse report 1/22 - powder in eyeglass case

Begin forwarded message:
> From: "Nurse Oyelaran, Bisi" <boyelaran@bostonpublicschools.org>
> Subject: powder in eyeglass case
>
> At 9:05 Linh came to my office to ask for a pass and dropped an eyeglass case. It opened and had four small wax-paper folds stamped with a blue scorpion, tan powder. He said a kid at the Copley T stop sold them to him as "fetty" (fentanyl) for $20 each. I did not open the folds. SSS Cardoso bagged them and they are in the locked med cabinet. Narcan was NOT needed, he was alert and oriented.
>
> Parents contacted at 9:40 ⟦with a Vietnamese interpreter⟧ (⟦dad's English is limited⟧).
>
> Bisi
""",
    mnc=["Vietnamese", "EL 3 (SEI)", "dad's English is limited"], mc=["fentanyl", "wax-paper folds"],
    mct=["blue scorpion", "eyeglass case", "locked med cabinet"],
    cats=["language"], tags=["structured_field"])

add("email", "allow_redact", ground="credible_threat", at="2026-02-10 12:15", recipient="bpd/district-d4",
    loc="Boston Arts Academy, shared Google Doc for Visual Arts 2",
    threat="""
In a shared class Google Doc at 12:15 on 2/10 Quentin typed: "thursday after 7th period i'm bringing the glock to the 2nd floor studio and nobody is leaving. especially not Ms Reyes." Classmates say Quentin showed them a photo of a black handgun on a bed on Monday.
""",
    student=S("428760", "Quentin Albright", "2010-06-08", 10, "Boston Arts Academy"),
    desc="""
From: Ms. Talia Reyes
To: Safety Team
Subject: FW: please read - doc comment

Forwarding what A.P. sent me at 12:30. I copied the doc text into the incident form. The doc history shows Quentin's account typed it at 12:15 and deleted it at 12:19. Three students saw it before it was deleted and one took a screenshot.

> I'm scared for u Ms Reyes, Quentin wasn't playing. He showed us a pic of a gun on his bed Monday. ⟦He keeps saying he's with the Dunsmere Street kids now⟧ and ⟦they told him to "handle" it⟧.

The screenshot is attached to the form. Quentin has been absent since 1 PM. His mother has been called twice.
""",
    mnc=["Dunsmere"], mc=["a gun on his bed"],
    mct=["deleted it at 12:19", "took a screenshot"],
    cats=["gang_affiliation"], tags=[])

add("email", "allow_redact", ground="weapon", weapon="firearm", at="2026-03-03 08:12", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, main entrance scanners",
    student=S("391540", "Kervens Dorlus", "2008-11-17", 12, "Jeremiah E. Burke High School"),
    desc="""
Subject: Re: Re: 8:12 scanner hit - K.D. - FOR LIAISON

Ok I am fine with this version. One thing, take out the last paragraph before it goes to the district, the liaison does not need it.
Sent from my iPhone

> On Mar 3, 2026, at 9:47 AM, Headmaster Grier wrote:
>
> Draft:
> At 8:12 AM the entry scanner alarmed on Kervens' backpack. SSS Monteiro searched it in the vestibule and found a silver .380 pistol wrapped in a gym towel, magazine inserted, 5 rounds, none chambered. The pistol was secured by SSS and handed to the B-3 officers who arrived at 8:31. Kervens said he "needed it for the walk" and would not say where he got it.
>
> Reminder from the FRC: ⟦family is undocumented⟧, ⟦they came from Les Cayes last year⟧, and ⟦mom only speaks Kreyol⟧. Please be careful with how this is written up.
>
> Grier
>
> > On Mar 3, 2026, at 8:44 AM, SSS Lead Monteiro wrote:
> > Quick facts for the draft: scanner lane 2 alarmed at 8:12:05. Bag searched in the vestibule with AP Lindo watching. Pistol was in the main compartment inside a rolled-up gym towel. Magazine inserted, 5 rounds in the mag, chamber empty (I checked before bagging). Serial number looks intact. Student was cooperative, no resistance, said "I'm not trying to hurt nobody at school." He was held in the conference room until B-3 arrived at 8:31. His phone was taken by the officers with the pistol.
> >
> > Sent from my iPhone
""",
    mnc=["undocumented", "Les Cayes", "Kreyol"], mc=[".380 pistol"],
    mct=[".380 pistol", "gym towel", "5 rounds"],
    cats=["immigration_status", "national_origin", "language"], tags=[])

add("email", "allow_redact", ground="serious_violence", at="2025-12-09 14:50", recipient="bpd/district-b2",
    loc="Dearborn STEM Academy, 2nd floor girls' locker room",
    student=S("446132", "Hodan Warsame", "2010-04-14", 10, "Dearborn STEM Academy"),
    desc="""
-------- Original Message --------
Subject: 12/9 locker room incident, statement summary + nurse (please combine for BPD form)
Date: 2025-12-09 16:20
From: Coach Imani Pryor
To: AP Brendan Lusk, Nurse Delgado, Counselor Sahra Jama

Brendan,

Summary of what I saw and what the girls told me after 7th period PE:

At about 2:50 Hodan and another 10th grader (T.W.) argued about a phone charger. T.W. says Hodan swung a combination lock inside a sock and hit her on the side of the head twice. I came in when I heard screaming. T.W. was on the floor by the benches bleeding from above her right ear. I applied pressure with a towel and radioed the nurse. Hodan was sitting on the bench holding the sock with the lock still in it. She handed it to me without saying anything.

Hodan's version: T.W. "kept laughing" at her in class for weeks. She says she only meant to scare her.

> Nurse Delgado 3:35 PM: T.W. had a 4 cm laceration above the right ear that needed 9 staples at Children's, and a concussion. She lost consciousness briefly per two witnesses. Mom is with her.

> Counselor Jama 3:52 PM: I spoke with Hodan's mother by phone. ⟦Mom asked me to do the call in Somali⟧. ⟦She asked that Hodan be allowed to keep her hijab on⟧ if police talk to her and ⟦that they not come during Friday prayers at the masjid⟧. She is picking Hodan up at 4:30.

The sock and lock are in a bag in my office. Locker room camera covers only the entrance; the recording from 2:45 to 3:00 has been saved.

Imani Pryor
Physical Education / Girls' Volleyball
Dearborn STEM Academy
"Sent from a phone, forgive typos"
""",
    mnc=["Somali", "hijab", "Friday prayers", "masjid"], mc=["9 staples"],
    mct=["combination lock inside a sock", "9 staples", "concussion"],
    cats=["language", "religion"], tags=[])

add("email", "allow_clean", ground="weapon", weapon="pepper spray", at="2025-10-28 10:05", recipient="bpd/district-a7",
    loc="East Boston High School, room 207 (Spanish III)",
    student=S("420377", "Brianna Flores-Kelley", "2009-09-01", 11, "East Boston High School"),
    desc="""
Fwd: Spanish III - pepper spray - 10/28 period 3

AP Gutiérrez (11:05 AM): Adding the nurse's notes below Maribel's email so the whole thing goes in one report. D.S. and K.O. each had their eyes flushed for 15 minutes with saline. D.S. had redness and stinging and went back to class at 11:20. K.O. has asthma, was coughing, used her inhaler and was picked up by her father at 11:40. Two other students in the back row said their throats burned but did not need the nurse. Brianna's mother was called at 10:50 and came in at 12:15. Brianna is suspended for two days pending a hearing.

From: Sra. Maribel Quiñones
Sent: Tuesday, October 28, 2025 10:31 AM

During 3rd period Spanish III (room 207) Brianna pulled a small pink pepper spray canister off her keychain during an argument with a classmate over a seat and sprayed it toward the back row. Two students (D.S. and K.O.) got it in their eyes and were taken to the nurse to flush. The room was evacuated to the library for the rest of the period; custodial aired the room out. The canister is in the main office.

Brianna said she carries it for the walk from Maverick station in the dark. I asked for the keychain and she gave it right away.

--
Maribel Quiñones
World Languages Department - Spanish II/III, AP Spanish Language
"Hablamos, escribimos, aprendemos"
""",
    mc=["pepper spray"], mct=["Spanish III", "room 207", "flush"], tags=["trap"])

add("email", "allow_clean", ground="drugs", substances=["counterfeit oxycodone", "fentanyl"], at="2026-04-07 11:30",
    recipient="bpd/district-e18",
    loc="Brook Farm Business and Service Career Academy, bus loop by the greenhouse",
    student=S("398214", "Tyler Gomes-Healy", "2008-08-19", 12, "Brook Farm Business and Service Career Academy"),
    desc="""
RE: blue pills - bus loop
---
Thanks Carla. Adding for the record: the pills tested presumptive positive for fentanyl with the nurse's strip. Sending to the liaison now.
- AP M. Sadowski

> Carla Ibsen wrote at 11:48:
> Tyler and two other seniors were in the bus loop by the greenhouse at 11:30 when they should have been in Agriculture lab. I saw Tyler pass a sandwich bag to a junior. I asked for it. 14 round blue pills marked "M 30" (look like counterfeit oxy). Tyler said "they're not mine, I was holding them." The junior (name on file) had $60 in his hand. Both walked with me to the main office without a problem.
> Sorry for the late email, my Chromebook died.
>
> Carla Ibsen | Farm & Greenhouse Coordinator
""",
    mc=["fentanyl", "M 30"], mct=["14 round blue pills", "bus loop by the greenhouse", "presumptive positive"],
    tags=[])

add("email", "deny_recipient", ground="weapon", weapon="knife", at="2026-01-13 09:20", recipient="ice/ero-boston",
    loc="Boston International Newcomers Academy, 1st floor cafeteria",
    student=S("447023", "Edwin Portillo Ramos", "2009-05-27", 10, "Boston International Newcomers Academy"),
    desc="""
Fwd: ERO inquiry re: student E.P.R.
---------------------------------
From: Officer (ERO Boston)
Date: Jan 13, 2026 2:14 PM

Per our phone call, please provide the incident report for the student involved in the knife incident this morning and any information on file regarding ⟦his final order of removal⟧ and ⟦his entry through the Laredo port in 2024⟧.

> From the school's incident log: At 9:20 in the cafeteria Edwin showed a 4 inch folding knife to another student during breakfast and put it away when staff approached. The knife was taken by SSS and is in the office.

---------- Forwarded by Principal's Office, Jan 13, 2026 3:05 PM ----------
Legal, the officer called the main office twice and then sent the email above. ⟦He says he has "a detainer" for Edwin⟧ and asked what time dismissal is and which door Edwin uses. The front office did not answer those questions. I am sending this through the system because the district told us every request for a student report has to go through it; please tell me what we are allowed to do. The officer also asked for ⟦Edwin's mother's address on Marlowe Street⟧ and ⟦whether the family has applied for asylum⟧. Nobody here has given him anything.

Edwin was calm after the knife was taken and said he brought it because of "older guys" on the walk to school. His mother is coming in tomorrow.
""",
    mnc=["final order of removal", "Laredo", "Marlowe Street", "asylum", "detainer"],
    cats=["immigration_status", "national_origin"], tags=[])

add("email", "deny_face", ground="weapon", weapon="knife", at="2025-11-18 15:05", recipient="bpd/district-d14",
    loc="Brighton High School, parking lot by the football field",
    student=S("409988", "Jalen Whitcombe", "2009-01-14", 11, "Brighton High School"),
    attachments=[{"kind": "face_match", "name": "RTCC_candidate_list_1118.pdf"},
                 {"kind": "photo", "name": "lot_cam_still_1505.jpg"}],
    desc="""
Fwd: still from lot camera / candidate list

The district analyst ran the still from our parking-lot camera (15:05, male with a knife near the football field) through their facial recognition system and sent back a candidate list. ⟦Top candidate was our student at a 91.4% match⟧. Please attach to the request so the liaison can confirm ID. Still and list are attached.
""",
    mnc=["91.4% match"], cats=["face_surveillance"], tags=[])

# =====================================================================================================
# 2. transcript: Q/A interviews
# =====================================================================================================
add("transcript", "allow_redact", ground="serious_violence", weapon="knife", at="2025-10-02 14:35",
    recipient="bpd/district-b3",
    loc="Lilla G. Frederick Middle School, MBTA bus stop in front of the school",
    student=S("455310", "Dashawn Pike", "2011-02-09", 8, "Lilla G. Frederick Middle School"),
    desc="""
STUDENT INTERVIEW - transcribed from the AP's recording (student and mother consented to recording)
Date: 10/2/2025, 3:20 PM. Present: AP Lorraine Whitfield (LW), SSS Ortiz (SO), student Dashawn Pike (DP), mother by phone for the first part.

LW: Dashawn, tell me in your own words what happened at the bus stop at dismissal.
DP: He came at me. He been talking all week. [inaudible] I just had it for protection.
LW: Had what?
DP: The knife. The black kitchen one.
LW: Where was the knife before the bus stop?
DP: In my backpack, the front pocket. All day.
SO: So it came through the side door this morning?
DP: Yeah. Nobody checks the side door.
LW: Witnesses say you swung it at J.K. and cut him on the upper arm. The nurse says the cut was deep and he went to the hospital in the ambulance.
DP: I ain't mean to cut him for real, I was swinging so he back up.
LW: Where is the knife now?
DP: I threw it in the bushes by the bus shelter. [crosstalk] Mr. Ortiz found it.
SO: For the record I recovered a black-handled kitchen knife, about 8 inch blade, in the bushes behind the bus shelter at 2:52.
LW: Why did you feel you needed protection?
DP: [long pause] Because ⟦I stay with my aunt on Marrowby Rd now⟧, and ⟦we just came up from Kingston in the summer⟧, so people don't know me. They test me.
LW: Okay. Your mom is on the phone. Mom, can you hear us?
Mother: [inaudible] ... yes. ⟦I am his mother but the papers, the immigration, it is not finished⟧, please. He is a good boy.
LW: I understand. We'll talk after.
[recording paused 3:34 PM]

Transcriber's note: J.K. received 11 stitches to the left upper arm at Carney Hospital per his father.
""",
    mnc=["Marrowby", "Kingston", "the immigration", "papers"], mc=["kitchen knife"],
    mct=["bushes behind the bus shelter", "11 stitches", "side door"],
    cats=["neighborhood", "national_origin", "immigration_status"], tags=[])

add("transcript", "allow_redact", ground="credible_threat", at="2026-02-04 11:10", recipient="bpd/district-e13",
    loc="Mission Hill K-8 School, counselor's office",
    threat="""
Witness M.R. (grade 7) reports that at lunch on 2/4 Adrian said: "tomorrow I'm bringing my stepdad's gun and shooting Mr. Costa in the face, I know the combination to the safe." M.R. says Adrian described the gun as a black revolver kept in a closet safe, and said it twice.
""",
    student=S("466902", "Adrian Villalobos", "2012-08-21", 7, "Mission Hill K-8 School"),
    desc="""
Q/A with witness M.R. (7th grade), 2/4/26, 11:40 AM, Counselor Pinto's office. Counselor Pinto asking, AP Hendry present.

Q: What did Adrian say at lunch?
A: That tomorrow he's bringing his stepdad's gun and shooting Mr. Costa. In the face. He said it two times.
Q: Did he say where the gun is?
A: In a safe in the closet. He knows the code. He said it's a revolver, black.
Q: Was he joking, do you think?
A: No. He wasn't laughing. He was mad because Mr. Costa took his phone and gave him detention.
Q: Has he said things like this before?
A: Not about a gun. [inaudible] He talks to me ⟦in Spanish at lunch so the teachers don't understand⟧, ⟦we're both Dominican⟧, so he tells me stuff.
Q: Did anyone else hear him?
A: Jaylen maybe. He was at the end of the table.
Q: Has Adrian ever shown you a gun, or a picture of one?
A: He showed me a picture once of the safe. Not the gun. It's gray with a keypad.
Q: Does he know the code or does he have a key?
A: He said he watched his stepdad put the code in. He said it's his birthday.
Q: Is Mr. Costa the only person he talked about?
A: Yes. He said "just Costa." [inaudible] ... and maybe anyone who gets in the way.
Q: Thank you, you did the right thing.

Action: Mr. Costa informed 11:55. Adrian held in the office; stepfather called and asked to secure the firearm; threat assessment team convened.
""",
    mnc=["Dominican", "in Spanish"], mc=["revolver"],
    mct=["safe in the closet", "shooting Mr. Costa", "threat assessment team"],
    cats=["ethnicity", "language"], tags=[])

add("transcript", "allow_redact", ground="drugs", substances=["alprazolam (counterfeit Xanax)"], at="2025-12-03 12:25",
    recipient="bpd/district-c11",
    loc="Community Academy of Science and Health, 2nd floor boys' bathroom",
    student=S("438119", "Wellington Araújo", "2009-10-30", 10, "Community Academy of Science and Health"),
    desc="""
Interview notes - Wellington A. - 12/3 - SSS Brandão (Q) / student (A). Typed by SSS from handwritten notes.

Q: What's in the bag?
A: Bars. Xanax. Like 20.
Q: Where did you get them?
A: A guy at Fields Corner station. I don't know his name.
Q: Were you selling them?
A: [no answer]
Q: There's $140 in your pocket.
A: That's my money from work.
Q: The kid who passed out in the bathroom 5th period said you gave him two bars.
A: He asked me. I didn't force him.
Q: We have to call home.
A: You can't call my mom, ⟦she doesn't have papers⟧, she'll think it's about that. And ⟦she only reads Portuguese⟧ anyway.
Q: We'll call your dad then.
A: He's at work in the kitchen until 10.

Count: 21 white rectangular bars scored in three places, imprint "2", in a sandwich bag; 1 student (E.S.) transported by EMS after taking two of them, stable.
""",
    mnc=["doesn't have papers", "Portuguese"], mc=["Xanax"],
    mct=["21 white rectangular bars", "Fields Corner station", "transported by EMS"],
    cats=["immigration_status", "language"], tags=[])

add("transcript", "allow_redact", ground="weapon", weapon="brass knuckles", at="2026-03-17 09:50",
    recipient="bpd/district-c6",
    loc="Excel High School, front vestibule",
    student=S("410572", "Tavon Scruggs", "2009-04-03", 11, "Excel High School"),
    desc="""
[Transcript, student interview, 3/17/26 10:05 AM. AP R. Lindqvist = RL, Tavon Scruggs = TS.]

RL: You know why you're here.
TS: Cause of the knuckles.
RL: Brass knuckles, in your left coat pocket, found when the wand went off in the vestibule. Why?
TS: For the walk. Broadway station to here.
RL: Who are you worried about?
TS: [inaudible] ... ⟦the Kelsall Terrace boys⟧. ⟦Everybody knows I'm from Orrin Way⟧, so it's a problem.
RL: Has anyone threatened you at school?
TS: Not in school. On the train.
RL: Did you plan to use them here?
TS: No. I forgot to leave them in my locker at... I don't got a locker. I forgot.
RL: Okay. They're going to stay with SSS and we're calling your grandmother.

Item: one set of brass knuckles, gold colored, four finger holes, now in SSS safe.
""",
    mnc=["Kelsall", "Orrin Way"], mc=["brass knuckles"],
    mct=["left coat pocket", "four finger holes", "SSS safe"],
    cats=["gang_affiliation", "neighborhood"], tags=[])

add("transcript", "allow_redact", ground="serious_violence", at="2026-03-12 13:15", recipient="bpd/district-d14",
    loc="Brighton High School, east stairwell between 2nd and 3rd floor",
    student=S("404421", "Corey Baptiste", "2008-06-25", 12, "Brighton High School"),
    desc="""
VICTIM INTERVIEW (by phone, victim at St. Elizabeth's) - 3/12/26 5:10 PM
Interviewer: Dean of Students Farah Mansour (FM). Victim: Y.H., grade 10 (YH). Victim's older sister on speaker (SIS).

FM: Can you tell me what happened in the east stairwell?
YH: Corey and two kids came down behind me. Corey said something about my bag. I said leave me alone.
FM: And then?
YH: He hit me in the face, I fell, and he kicked me when I was on the stairs. In my face and my ribs.
FM: Did you hit him back?
YH: No. ⟦I'm Muslim and I was fasting for Ramadan⟧, I was weak, I didn't have energy to fight back.
SIS: The doctor says his jaw is broken in two places and they have to wire it. He also has a cracked rib.
FM: I'm so sorry. Is there anything else you want the school to know?
YH: They always say stuff about ⟦my dad's accent⟧ and ⟦that we're Arab⟧. [inaudible] I don't know if that's why today.
SIS: We want the police to know what happened.
FM: The school is making a report. Feel better.

Dean's note: stairwell camera shows Corey Baptiste striking Y.H. at 1:15 PM and kicking him at least four times while he is down. Two other students identified and interviewed separately.
""",
    mnc=["Muslim", "Ramadan", "Arab"], mc=["jaw is broken"],
    mct=["jaw is broken in two places", "cracked rib", "east stairwell"],
    cats=["religion", "ethnicity"], tags=[])

add("transcript", "allow_redact", ground="credible_threat", at="2025-11-20 08:40", recipient="bpd/district-b2",
    loc="Boston Latin Academy, Room 118 (after student reported a Snapchat message)",
    threat="""
Malik sent a classmate a Snapchat at 8:40 AM on 11/20: "i got the strap in my bag today. if Jordan P. walks past the library at lunch he's done." The classmate saw a photo of a handgun inside an open backpack with the BLA planner visible.
""",
    student=S("423308", "Malik Odom", "2010-01-19", 10, "Boston Latin Academy"),
    desc="""
Interview w/ reporting student (S.N., gr 10). Q = AP Durand, A = S.N.

Q: When did you get the message?
A: 8:40 in homeroom. It disappeared but I took a screenshot.
Q: Does Malik have a problem with Jordan?
A: They had a fight at a party. Jordan's cousin jumped Malik.
Q: Where does Malik usually hang out after school?
A: ⟦He lives in the Marlowe Street Apartments⟧, ⟦the tall building behind the laundromat⟧, he's always there. Jordan knows that.
Q: Did he show you anything else?
A: The picture. A gun in his backpack, you can see the planner.

Action taken: Malik located in Room 118 at 8:58; backpack searched by SSS and AP; no weapon found in the backpack or locker. Parent called. Jordan P. and parent notified. BPD B-2 liaison called at 9:20.
""",
    mnc=["Marlowe Street", "behind the laundromat"], mc=["gun in his backpack"],
    mct=["Room 118", "no weapon found"],
    cats=["neighborhood"], tags=[])

add("transcript", "allow_clean", ground="weapon", weapon="stun gun", at="2026-01-29 14:05", recipient="bpd/district-c11",
    loc="Dorchester Academy, Latin club room (room 221)",
    student=S("431995", "Keyanna Whitfield-Ross", "2010-09-12", 10, "Dorchester Academy"),
    desc="""
Q/A - student K.W.R. - 1/29 - AP Okonjo (Q)

Q: What was in your jacket?
A: A stun gun. It's pink, it looks like a phone.
Q: Which jacket?
A: My Canada Goose, the black one. It was on the chair in the Latin club room.
Q: Did you use it on anyone?
A: I clicked it at Tyrell to scare him because he took my Takis. I didn't touch him with it.
Q: Tyrell says it touched his neck.
A: Maybe a little. He's fine.
Q: Nurse says there's a small red mark on the left side of his neck.

Stun gun (pink, phone-shaped, "Vipertek"-style) retrieved from the jacket pocket by SSS at 2:15 and placed in the office safe. Latin club advisor Mr. Galvin was present.
""",
    mc=["stun gun"], mct=["Canada Goose", "Latin club room", "small red mark"], tags=["trap"])

add("transcript", "allow_clean", ground="serious_violence", weapon="knife", at="2026-05-06 15:20",
    recipient="bpd/district-b2",
    loc="Roxbury Crossing MBTA station, outbound platform",
    student=S("419874", "Jerome Acheampong", "2009-03-08", 11, "New Mission High School"),
    desc="""
Witness interview, 5/6/26, by phone with student witness T.G. (Q = Dean Whitcomb)

Q: Where were you when it happened?
A: On the outbound platform at Roxbury Crossing, like 3:20, we just got out.
Q: What started it?
A: Jerome and Nas were arguing over the Jamaican beef patty Nas bought at the bakery before the train. Nas grabbed it and threw it on the tracks.
Q: And then?
A: Jerome pulled out a little knife, like a pocket knife, and stabbed him in the leg. The back of his thigh.
Q: Did you see the knife after?
A: He dropped it in the trash can by the stairs.
Q: Did Jerome say anything when he did it?
A: He said "that's my food" and then after, "he started it." Then he just stood there.
Q: Did anybody try to stop him?
A: Me and Kiyanna pulled Nas away from the edge of the platform because he was sitting down by the yellow line.
Q: Was Nas okay?
A: He was bleeding a lot. A lady on the platform tied her scarf around his leg. The transit cops came and an ambulance.

School note: N.F. has a 3 cm stab wound to the back of the right thigh, treated at BMC, admitted overnight. Both students are New Mission High School students.
""",
    mc=["pocket knife", "stab wound"], mct=["Roxbury Crossing", "Jamaican beef patty", "back of the right thigh"],
    tags=["trap"])

add("transcript", "deny_ground", ground="fight", at="2025-09-30 11:45", recipient="bpd/district-c11",
    loc="Dorchester Academy, cafeteria",
    student=S("437740", "Brayan Ochoa", "2010-11-11", 10, "Dorchester Academy"),
    desc="""
Q: Who threw the first punch?
A: He did. After he said ⟦"go back to Guatemala"⟧ for like the fifth time.
Q: Was anybody hurt?
A: My lip is split a little. He has a scratch. The nurse said ice.
Q: Did anybody have a weapon?
A: No. Just hands.
AP note: cafeteria fight, both students suspended 1 day; no serious injury. Submitting for BPD awareness only.
""",
    mnc=["Guatemala"], cats=["national_origin"], tags=[])

add("transcript", "deny_substance", ground="drugs", substances=["THC vape cartridge", "THC gummies"], at="2026-02-26 10:30",
    recipient="bpd/district-e18",
    loc="Brook Farm Business and Service Career Academy, locker 3-114",
    student=S("426555", "Mia Castellanos", "2010-07-07", 10, "Brook Farm Business and Service Career Academy"),
    desc="""
Q: Whose cart is this?
A: Mine. It's just weed.
Q: And the gummies?
A: Same. My cousin makes them.
Q: Were you selling?
A: No, they're for me. ⟦We live over the bodega on Ravensworth Ave⟧, you can ask anybody, I'm not a dealer.
Items: 1 THC cartridge (1 g, "Cali Plug" label), 9 gummies in a bag labeled 10 mg THC. Nothing else.
""",
    mnc=["Ravensworth"], cats=["neighborhood"], tags=[])

# =====================================================================================================
# 3. ocr: scans of handwritten forms (hyphenation broken across lines, l/1 and O/0 swaps, stray marks)
# =====================================================================================================
add("ocr", "allow_redact", ground="weapon", weapon="knife", at="2025-10-21 12:40", recipient="bpd/district-c11",
    loc="TechBoston Academy, cafeteria line",
    student=S("452687", "Elton Fernandes", "2010-05-19", 10, "TechBoston Academy"),
    desc="""
B0ST0N PUBLlC SCH00LS  -  STUDENT lNCIDENT REP0RT (hand written, scanned 10/21/25 p.1 of 2)
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
Date of incident: l0/2l/25    Time: 12:4O pm    Reported by: Ms. C. Amoah (lunch m0nitor)
Location: cafe-
teria line, by the sa1ad bar

Descripti0n (use back if needed):
Student E1ton F. was in line w/ tray. Anoth-
er student (D.R.) pushed him. Elton took a f0lding knife out of his right sock, op-
ened it, and he1d it at his side and said "try it aga1n". I ca11ed f0r SSS. SSS Mr. Kwan t0ok the knife (bl ack h andle, 3 in bl ade, 1ocks). N0 one hurt. ¦
Elton said he carries it "since summer".

Parent/Guardian name: ________ (see SIS)    ⟦Parent language: Cape Verd-
ean Creo1e⟧  ☐ interpreter needed ☒
⟦Address (per card): 14 Tolland Ter #2, D0rchester 02l24⟧
Signature: C Amoah     Admin rev: ___ J.P. 10/21
|  |  .  '

- - - - - - - - - - - - - - - - - - - - - - - - p.2 of 2
ADMlNISTRAT0R F0LL0W-UP (AP J. Pimentel)
Knife rec'd fr0m SSS Kwan 12:52 -> 1ocked in AP 0ffice safe, tag #T-1021-A.
Cam: cafeteria cam 4 sh0ws push at 12:39:50 & knife 0ut 12:40:02 ti1l 12:40:20.
D.R. interviewed 1:15 - admits push, says E1ton "was 1ooking at him". N0 injuries.
Elton interviewed 1:30 - says he carries it f0r the wa1k fr0m the bus, never used it.
Search 0f 1ocker #2l7: n0thing.
Suspensi0n 3 days pending hearing; safety p1an meeting 10/27.
""",
    mnc=["Cape Verd", "Creo1e", "Tolland", "D0rchester", "02l24"], mc=["f0lding knife"],
    mct=["right sock", "sa1ad bar", "SSS Mr. Kwan"],
    cats=["language", "neighborhood", "ethnicity"], tags=["dodge"])

add("ocr", "allow_redact", ground="serious_violence", at="2026-01-08 10:10", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, auto body shop",
    student=S("405913", "Abdirahman Yusuf", "2008-12-04", 12, "Madison Park Technical Vocational High School"),
    desc="""
WITNESS STATEMENT - print clearly -- (scan)   pg 1/1
Name of witness: Mr. Ruben Tejada, auto b0dy instruct0r
Date/time: 1/8/26   l0:10 AM

What did you see? At appr0x 10:l0 I heard ye11ing by the paint b00th. Abdirahman had a 14" pry bar and hit student S.K. across the back 0f the head 0nce. S.K. went d0wn and was not resp0nd-
ing for maybe 30 sec0nds. I ca11ed 911 and the nurse. Abdirahman put the pry bar d0wn on the bench when I t0ld him. He said S.K. ⟦made fun 0f his m0ther's hijab⟧ and ⟦said things about the mosq-
ue they both go to on Fri⟧.
S.K. went by ambu1ance to BMC. Later: skull fracture, kept overnight (per AP).
Anything e1se?  The pry bar is in the t0ol r0om cage #4, I 1ocked it.
Signature ___R Tejada_____
""",
    mnc=["hijab", "mosq"], mc=["pry bar"],
    mct=["paint b00th", "skull fracture", "cage #4"],
    cats=["religion"], tags=[])

add("ocr", "allow_redact", ground="drugs", substances=["cocaine"], at="2025-12-15 09:30", recipient="bpd/district-a7",
    loc="East Boston High School, nurse's office",
    student=S("448236", "Kevin Alvarenga", "2009-02-15", 11, "East Boston High School"),
    desc="""
NURSE VISIT L0G - handwritten - scanned
12/15/25 9:3O a.m.   Student: K. A1varenga  gr 11
C/O: nose b1eed, jittery, HR 124.
Student st ates he "did a bump" of c0ke in the 3rd f1 b0ys bathroom bef ore 1st per.
Sma11 zip bag w/ white p0wder f0und in his wa1let when he t0ok out his ID -> given to AP Russo 9:45. Appr0x 1 g.
⟦Student st ates he arrived fr0m Hond-
uras 3 m0s ago⟧ & ⟦is stay ing w/ uncle⟧. ⟦Uncle on1y speaks Span1sh - ca11ed w/ interp⟧.
vitals re-chk 10:15 HR 98. Returned to class 10:40.   -- RN S. Medeiros
""",
    mnc=["Hond", "Span1sh"], mc=["c0ke"],
    mct=["zip bag w/ white p0wder", "HR 124"],
    cats=["national_origin", "language"], tags=[])

add("ocr", "allow_redact", ground="weapon", weapon="razor blade", at="2026-02-24 13:55", recipient="bpd/district-b3",
    loc="Boston International Newcomers Academy, 2nd floor hallway",
    student=S("460017", "Rami Haddad", "2010-10-10", 9, "Boston International Newcomers Academy"),
    desc="""
SAF-12 INClDENT F0RM  [scanner: page skewed]
Date 2/24/26   time 1:55p   staff Mr. O'Leary (hall)
WHAT HAPPENED: During passing Rami was h0lding a raz0r blade (s ingle edge, like from a scraper) between his fingers & swiped at student B.M.'s backpack strap. Strap cut. Nobody cut. Blade taken by me, wrapped in paper, gave to AP Ngozi.
B.M. says it was ab0ut a s0ccer game at recess.
NOTES: ⟦Rami is S1IFE / EL level 1⟧, ⟦needs Arab1c interp f0r parent mtg⟧ (sched 2/26).
⟦Fami1y resett1ed by the refugee agency in Nov⟧.
                                            ~ T.O'L.
""",
    mnc=["S1IFE", "EL level 1", "Arab1c", "refugee", "resett1ed"], mc=["raz0r blade"],
    mct=["backpack strap", "gave to AP Ngozi"],
    cats=["language", "immigration_status"], tags=[])

add("ocr", "allow_redact", ground="credible_threat", at="2026-04-14 09:15", recipient="bpd/district-b2",
    loc="Jeremiah E. Burke High School, room 305",
    threat="""
Handwritten note found on Javon's desk in room 305 on 4/14, written in his hand per his teacher: "FRIDAY 3RD LUNCH I'M SPRAYING THE CAFETERIA. D. AND HIS PEOPLE FIRST. NOT A JOKE." On 4/13 Javon told D.M. in the hallway "you won't see Saturday."
""",
    student=S("399450", "Javon Mickens", "2008-09-29", 12, "Jeremiah E. Burke High School"),
    desc="""
TEACHER REFERRAL (scanned, handwritten)  rm 3O5  4/14/26  9:15
Found n0te on Javon's desk after 1st peri0d (c0py attached). It says he is "spraying the cafeteria" Friday 3rd lunch. "D." = D.M. I think. They had words in the hall yesterday, Javon t0ld D.M. "y0u won't see Saturday".
Other students say ⟦Javon is affi1iated w/ "Vinton B1ock"⟧ and ⟦D.M. is from the other side of Quarring-
ton Park⟧ -- I d0n't know if that's true.
Orig. n0te given t0 AP Stanfield 9:30. Javon was in class, calm, when SSS came.
   sig. L. Ferreira (ELA)
""",
    mnc=["Vinton", "B1ock", "Quarring"], mc=["spraying the cafeteria"],
    mct=["rm 3O5", "won't see Saturday"],
    cats=["gang_affiliation", "neighborhood"], tags=[])

add("ocr", "allow_redact", ground="weapon", weapon="mace", at="2025-11-13 15:10", recipient="bpd/district-b3",
    loc="Young Achievers Science and Mathematics K-8 School, front steps at dismissal",
    student=S("471288", "Nadifa Abdullahi", "2012-06-30", 8, "Young Achievers Science and Mathematics K-8 School",
              ocr_emergency_card="EMERG CARD (scan): Addr 88 Kestridge St Apt 3, Mattapan MA 02l26 / Home lang: Soma1i / "
                                 "Birthplace: Mogad1shu / Re1ig: Mus1im - no pork",
              emergency_contact="Aunt (see card)"),
    desc="""
INCIDENT - DISMISSAL - scanned from clipboard form
11/13/25  3:1O pm  fr0nt steps
Nadifa sprayed a sma11 can of mace (red/b1ack, "Defense" 1abe1) at 2 8th grade b0ys wh0 were fo11owing her d0wn the steps. 0ne b0y (A.J.) g0t it in both eyes, c0ughing, nurse flushed eyes f0r 15 min. Other b0y n0t hit.
Can taken by Mr. Pelletier (c0ach) and given t0 the office.
Nadifa says the boys "a1ways" b0ther her at dismissal. She cried.
    - M. Pelletier
""",
    mnc=["Kestridge", "02l26", "Soma1i", "Mogad1shu", "Mus1im"], mc=["mace"],
    mct=["both eyes", "15 min"],
    cats=["neighborhood", "language", "national_origin", "religion"], tags=["structured_field"])

add("ocr", "allow_clean", ground="serious_violence", at="2026-02-12 11:20", recipient="bpd/district-c11",
    loc="Community Academy of Science and Health, auditorium during the Lunar New Year assembly",
    student=S("436610", "Roderick Vaughn", "2009-08-08", 11, "Community Academy of Science and Health"),
    desc="""
STAFF STATEMENT (handwritten, scanned)  2/12/26
During the Lunar New Year assemb1y (auditorium, 11:20) Roderick and student P.L. started fighting in r0w M. Roderick p ushed P.L. down the aisle steps and stomped on his right hand and wrist severa1 times. P.L. was screaming. I and Mr. Dube separated them. Nurse splinted the wrist.
P.L.'s m0m ca11ed 3:30: c0mpound fracture of right wrist, surgery t0morrow at Boston Children's.
The dragon dance group had just finished. Video from the AV c1ub camera was saved.
   - Ms. Haruka Ito, Chinese 2 teacher
""",
    mc=["c0mpound fracture"],
    mct=["Lunar New Year assemb1y", "r0w M", "Chinese 2 teacher"], tags=["trap"])

add("ocr", "allow_clean", ground="drugs", substances=["MDMA"], at="2025-10-09 10:55", recipient="bpd/district-e13",
    loc="English High School, room 214 (World History)",
    student=S("429931", "Sebastian Kowalczyk", "2009-05-05", 11, "The English High School"),
    desc="""
REFERRAL - scanned    10/09/25   rm 214  World Hist0ry
While c0llecting binders f0r the 0ttoman Empire unit test, I found a sma11 baggie with 6 purp1e pi11s shaped 1ike skulls inside Sebastian's binder p0cket. Sebastian said "that's m0lly, it's not mine". Baggie given t0 AP Hart at 11:05. 2 other students said he was se11ing "skull pills" at lunch f0r $15.
  - Mr. D. Ohanian
""",
    mc=["m0lly"], mct=["0ttoman Empire unit test", "6 purp1e pi11s"], tags=["trap"])

add("ocr", "deny_substance", ground="drugs", substances=["vodka (nips)"], at="2026-03-20 13:00", recipient="bpd/district-c6",
    loc="Excel High School, 2nd floor girls' bathroom",
    student=S("414783", "Danielle Mendes", "2009-11-23", 11, "Excel High School"),
    desc="""
DISClPLINE REFERRAL (scan)  3/2O/26 1:00p
Danie11e f0und with 3 nips (50 ml vodka, 2 empty) in her purse in 2nd f1 girls bathr00m, sme1led of a1cohol. N0 other items.
⟦Fami1y from Cab0 Verde⟧, ⟦mom works nights at the fish p1ant⟧.
""",
    mnc=["Cab0 Verde"], cats=["national_origin"], tags=[])

add("ocr", "deny_recipient", ground="weapon", weapon="firearm", at="2026-04-28 07:55",
    recipient="massachusetts-state-police/troop-h",
    loc="Charlestown High School, main entrance",
    student=S("432219", "Luis Batista", "2009-06-17", 11, "Charlestown High School"),
    desc="""
SCANNED F0RM - REQUEST F0R lNF0RMATION (State Police)
Re: 4/28/26 0755 - .22 revo1ver in backpack at Char1estown HS main entrance.
Trooper requests inc. report and ⟦whether student is undocu-
mented⟧ / ⟦has a pending asy1um case⟧.
""",
    mnc=["undocu", "asy1um"], cats=["immigration_status"], tags=[])

# =====================================================================================================
# 4. athletics: coach and athletic-department reports
# =====================================================================================================
add("athletics", "allow_redact", ground="weapon", weapon="knife", at="2026-01-16 19:45", recipient="bpd/district-b2",
    loc="Reggie Lewis Track and Athletic Center, visiting locker room (away game)",
    student=S("418846", "Isaiah Monteiro", "2008-10-02", 12, "Charlestown High School"),
    desc="""
ATHLETIC DEPARTMENT - POST-GAME INCIDENT REPORT
Sport: Boys Varsity Basketball   Opponent: away game   Coach: Dwayne Haskins   Filed: 1/17/26 7:10 AM

Summary: At about 7:45 PM on 1/16, after our loss, I came back into the visiting locker room and saw senior guard Isaiah Monteiro holding a fixed-blade hunting knife (about 5 inch blade, brown leather sheath) and yelling at two players from the other team who had come to the door. Assistant coach Ferreira and I got between them. Isaiah put the knife back in the sheath and handed it to me. No one was touched with it. I locked the knife in the team's equipment trunk and turned it over to our AD, Mr. Lowry, on the bus.

Background (for the AD, not sure what goes in the police part): there was trash talk all game, including about the Celtics-Knicks game last week and about our guys' shoes. At halftime one of their players said something to Isaiah I did not hear. Isaiah told me afterward that the other team's players were "from around his way" and that ⟦they've been beefing with his cousins from the Tessaly Court development⟧ all year. ⟦He's one of my Cape Verdean kids⟧ and ⟦he told me in Kriolu to stay out of it⟧ when I first walked in, which is not like him.

Isaiah has been a captain for two seasons, no prior incidents. He said he had the knife "for the walk to the 28 bus" and forgot it was in his gym bag. I do not believe the knife was ever out on the court.

Parents: Dad came to the school at 7:00 this morning. Players on the other team: names unknown, their coach has been contacted by our AD.

Witnesses: Asst. coach Ferreira, team manager (student) L.P., bus driver.

Coach Dwayne Haskins
Boys Basketball, Charlestown High School
""",
    mnc=["Tessaly", "Cape Verdean", "Kriolu"], mc=["hunting knife"],
    mct=["hunting knife", "equipment trunk", "Celtics-Knicks game"],
    cats=["neighborhood", "ethnicity", "language"], tags=["trap"])

add("athletics", "allow_redact", ground="serious_violence", at="2025-10-18 12:30", recipient="bpd/district-e18",
    loc="Brook Farm Business and Service Career Academy, soccer field, end of game",
    student=S("442105", "Larissa Nogueira", "2010-01-27", 10, "Brook Farm Business and Service Career Academy"),
    desc="""
Coach's incident report - Girls Varsity Soccer - Sat 10/18/25 home game

In the handshake line after the game (about 12:30) #7 Larissa N. swung her cleats (she was holding them by the laces) into the face of a player from the visiting team. The metal studs cut the girl under her left eye and she had a broken nose. The visiting trainer packed it and EMS took her to Faulkner Hospital; their coach called me at 4 to say she also has a concussion.

Larissa had a Brazil national team jersey on over her uniform in warm-ups, and the other team had been chirping about it all game. ⟦Her dad was yelling at the ref in Portuguese⟧ the second half and ⟦Larissa answered him in Portuguese⟧ during the handshake line before she swung.

Timeline from the livestream (parent camera at midfield):
- 12:29:40 handshake line starts at the bench side
- 12:30:05 Larissa reaches the visiting #11, words exchanged
- 12:30:09 Larissa swings the cleats by the laces, contact to #11's face
- 12:30:15 both benches step in; our assistant coach pulls Larissa back
- 12:31 visiting trainer on the field; ice and gauze
- 12:44 EMS arrives at the gate by the parking lot

Larissa sat on our bench afterward and would not talk. Her mother arrived at 1:15 and took her home. The referee's game report lists a red card after the final whistle. The league office has been notified and our AD is handling the eligibility review.

Cleats are in my office. I have video from the parent livestream.
- Coach Renata Kimball
""",
    mnc=["Portuguese"], mc=["broken nose"],
    mct=["broken nose", "Brazil national team jersey", "under her left eye"],
    cats=["language"], tags=["trap"])

add("athletics", "allow_redact", ground="drugs", substances=["oxycodone"], at="2026-04-22 16:10", recipient="bpd/district-c11",
    loc="TechBoston Academy, track team bus",
    student=S("421067", "Jean-Wilson Pierre", "2009-01-05", 11, "TechBoston Academy"),
    desc="""
Track & Field - Incident Note (Coach M. Abernathy)

On the team bus to the Franklin Park meet at 4:10, a teammate told me Jean-Wilson was handing out "30s". I asked for his bag. In the side pocket there was an orange prescription bottle with the label scratched off and 17 small round green pills marked "OC 80" - oxycodone per the nurse's lookup the next morning. Not prescribed to him per his mother. He said he got them from "a friend's grandmother."

I kept the bottle in my jacket and gave it to AP Kane when we got back. He did not compete.

His mom called me crying at 9 PM. ⟦She said the family has TPS from Haiti⟧ and ⟦she is worried this will affect their renewal⟧.
""",
    mnc=["has TPS", "Haiti", "renewal"], mc=["oxycodone"],
    mct=["OC 80", "17 small round green pills", "team bus"],
    cats=["immigration_status", "national_origin"], tags=[])

add("athletics", "allow_redact", ground="credible_threat", at="2025-11-10 17:25", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, football practice field",
    threat="""
At 5:25 PM on 11/10, after being benched for Saturday's game, Darnell told Coach Whitley in front of the team: "I'm coming back tomorrow with my brother's nine and you're the first one, watch." He repeated to teammate R.T. in the locker room: "I'm not playing, I know where my brother keeps it."
""",
    student=S("408377", "Darnell Foxworth", "2008-12-19", 12, "Madison Park Technical Vocational High School"),
    desc="""
Football - Coach's Statement - 11/10/25

I told Darnell at 5:20 he would not start Saturday because he missed two practices. He threw his helmet and said he was coming back with his brother's nine and I'd be first. Then in the locker room he told R.T. he knows where his brother keeps it. R.T. told me at 5:40.

Darnell has been posting hand signs in pictures and ⟦the younger players say he is "Corwin Ave" now⟧, ⟦which the AD says is a crew⟧. I am not sure about any of that.

I called AP Bellamy at 5:45. Darnell left practice at 5:30. Mom reached at 6:15.
""",
    mnc=["Corwin"], mc=["brother's nine"],
    mct=["missed two practices", "threw his helmet"],
    cats=["gang_affiliation"], tags=[])

add("athletics", "allow_redact", ground="weapon", weapon="switchblade knife", at="2026-02-07 10:40", recipient="bpd/district-a7",
    loc="East Boston High School, wrestling room",
    student=S("455901", "Yusuf Koroma", "2009-07-14", 11, "East Boston High School",
              athletic_eligibility={"physical_on_file": True, "immigration": "SIJS pending",
                                    "race": "Black or African American", "insurance": "MassHealth"},
              jersey_number="34"),
    desc="""
Wrestling - Saturday tournament - weigh-in room report (Coach P. Gallo)

During weigh-ins at 10:40, a referee saw a switchblade knife fall out of Yusuf's singlet bag when he took his shoes out. The blade was closed. Yusuf said it was for the bus ride home after dark. Nobody was threatened. The referee gave the knife to me and I locked it in the trainer's kit and handed it to SSS Monday morning. Yusuf wrestled at 152.
""",
    mnc=["SIJS pending", "Black or African American"], mc=["switchblade"],
    mct=["singlet bag", "trainer's kit"],
    cats=["immigration_status", "ethnicity"], tags=["structured_field"])

add("athletics", "allow_clean", ground="weapon", weapon="switchblade knife", at="2026-04-09 15:40", recipient="bpd/district-d4",
    loc="Community rowing boathouse on the Charles River (crew practice)",
    student=S("426803", "Owen Battaglia", "2009-03-30", 11, "Boston Latin School"),
    desc="""
Crew (rowing) - Coach's Report - 4/9/26

At 3:40 before crew practice, in the boathouse bay, Owen opened a switchblade and held it near the face of a novice rower (F.D.) who had dropped the bow of Owen's boat on the rack. He said "do that again." Coxswain E.M. and I were ten feet away. I told Owen to close it and give it to me, and he did. F.D. was not cut.

The knife (black handle, 3.5 inch blade, button opening) was in my car until I gave it to the AP the next morning. Owen is suspended from the crew team pending the school's process.

- Coach Lindsey Farrow, Boys Crew
""",
    mc=["switchblade"], mct=["crew practice", "boathouse bay", "Boys Crew"], tags=["trap"])

add("athletics", "allow_clean", ground="weapon", weapon="brass knuckles", at="2026-05-14 16:05", recipient="bpd/district-e13",
    loc="The English High School turf field, Jamaica Plain",
    student=S("439112", "Marcus Delacroix", "2009-09-09", 10, "Snowden International School"),
    desc="""
Girls/Boys Track - City League meet at the English High turf field in Jamaica Plain - 5/14/26

At 4:05 between the 4x100 and the mile, a volunteer parent saw Marcus (our team, sophomore) put on a set of brass knuckles by the long jump pit and walk toward a runner from another school he'd had words with. I got to him first and he handed them over. No contact. The other runner's coach was told. The brass knuckles are silver, with "SOUTHSIDE STEP SQUAD" written on them in marker (that is our school's step team, which Marcus is on).
- Asst. Coach Theresa Moody
""",
    mc=["brass knuckles"], mct=["Jamaica Plain", "long jump pit", "SOUTHSIDE STEP SQUAD"], tags=["trap"])

add("athletics", "deny_ground", ground="theft", at="2026-01-27 16:30", recipient="bpd/district-c11",
    loc="Dorchester Academy, boys' locker room",
    student=S("417459", "Terrence Bolden", "2009-12-12", 11, "Dorchester Academy"),
    desc="""
Basketball - locker room thefts. Three phones and a pair of AirPods taken from unlocked lockers during practice 1/27. Terrence was seen with one of the phones. Players say ⟦he and two kids from the Harlow Sq projects⟧ have been doing this at other schools too. Requesting police follow-up.
""",
    mnc=["Harlow Sq"], cats=["neighborhood"], tags=[])

add("athletics", "deny_substance", ground="drugs", substances=["nicotine pouches"], at="2025-12-02 15:15",
    recipient="bpd/district-a1",
    loc="Quincy Upper School, gym bleachers",
    student=S("440721", "Kenny Zhou", "2010-02-02", 10, "Quincy Upper School"),
    desc="""
Coach note: Kenny had two cans of nicotine pouches in his gym bag and was handing them to teammates on the bleachers. Confiscated. ⟦Mom only speaks Cantonese at home⟧; ⟦the bilingual aide will call⟧.
""",
    mnc=["Cantonese", "bilingual aide"], cats=["language"], tags=[])

add("athletics", "deny_replica", ground="weapon", weapon="airsoft pistol", at="2026-02-19 06:30", recipient="bpd/district-d14",
    loc="Brighton High School, hockey bus pickup",
    student=S("403388", "Colin Mahoney", "2008-05-21", 12, "Brighton High School"),
    desc="""
Hockey - 6:30 AM bus for the tournament. Colin's equipment bag had a black airsoft pistol (orange tip painted over) in the glove pocket. Bus driver saw it when the bag fell open. Colin said it's for a backyard game and forgot it. Pistol held by the AD. No threat made.
""",
    tags=[])

# =====================================================================================================
# 5. fieldtrip: chaperone reports
# =====================================================================================================
add("fieldtrip", "allow_redact", ground="weapon", weapon="knife", at="2025-11-06 12:15", recipient="bpd/district-a1",
    loc="Museum of Science food court (9th grade Biology field trip)",
    student=S("461930", "Wiltendy Joseph", "2010-08-16", 9, "Jeremiah E. Burke High School"),
    desc="""
FIELD TRIP CHAPERONE REPORT
Trip: Grade 9 Biology - Museum of Science, Thursday 11/6/25. Depart 9:00 / return 2:15. 58 students, 5 chaperones, 1 nurse.
Chaperone writing this: Mr. Everett Sang (Biology), group C (12 students).

Timeline
9:05  Bus 2 loaded, all 12 of group C present.
10:00-11:45  Human Body Connection and the Hall of Human Life. No problems.
12:15  Lunch in the food court. Wiltendy and a student from group D (K.B.) argued about a seat. K.B. shoved Wiltendy's tray. Wiltendy took a folding knife with a green handle out of his jacket and opened it. He swung it once at K.B. and caught the side of K.B.'s right hand. A museum staff member and I got between them. Wiltendy closed the knife and gave it to me.
12:20  Nurse Haley cleaned and taped K.B.'s cut (about 2 cm, shallow). K.B. did not need the hospital.
12:25  Museum security wrote down my name. I called AP Castillo.
12:40  Wiltendy stayed with me for the rest of the trip, quiet. Knife in my zip pocket until I gave it to the AP at 2:30.

Chaperone notes on my group (so the next chaperone knows)
- ⟦I paired Wiltendy with another Haitian kid⟧ ⟦so they could talk in Creole⟧ because he is still shy in English.
- ⟦He asked to skip the planetarium show because his family is Jehovah's Witness⟧, and he sat with Nurse Haley during it.
- Bus back: everyone accounted for at 1:50 at the Science Park stop side entrance.

Other: K.B.'s mother was called by the AP at 1:00. K.B. said he wants to press charges.

Signed, E. Sang
""",
    mnc=["Haitian", "Creole", "Jehovah"], mc=["folding knife"],
    mct=["folding knife with a green handle", "right hand", "food court"],
    cats=["ethnicity", "language", "religion"], tags=[])

add("fieldtrip", "allow_redact", ground="weapon", weapon="taser", at="2026-03-26 11:05", recipient="bpd/district-a1",
    loc="New England Aquarium, penguin exhibit railing (7th grade field trip)",
    student=S("476514", "Genesis Almonte", "2012-11-02", 7, "Rafael Hernández K-8 School"),
    desc="""
Chaperone report - Grade 7 Aquarium trip 3/26/26 - Ms. Yolanda Bright

At the penguin railing around 11:05 Genesis pulled a small black taser out of her hoodie pocket and sparked it at a boy (L.V.) who had been pulling her hair on the bus. It touched his arm for a second. He yelled, and he had two small burn marks on his forearm; aquarium first aid put cream on it. I took the taser and put it in my bag with the first-aid kit.

She told me she was upset because ⟦she couldn't come on the Montreal trip last year because she has no passport or green card⟧ and the boys tease her about it.
""",
    mnc=["green card", "no passport"], mc=["taser"],
    mct=["penguin railing", "two small burn marks"],
    cats=["immigration_status"], tags=[])

add("fieldtrip", "allow_redact", ground="drugs", substances=["cocaine"], at="2025-10-24 13:20", recipient="bpd/district-d4",
    loc="Charter bus, college visit to UMass Amherst",
    student=S("424490", "Tremaine Sutton", "2008-07-11", 12, "Boston Green Academy"),
    desc="""
Chaperone: Mr. Ansel Ward (college counselor)
College visit, UMass Amherst, 10/24/25

On the bus home at 1:20 PM, Tremaine's bag spilled in the aisle. Three small knotted baggies of white powder fell out and he grabbed at them. I picked them up. He said "it's coke, it's not for me, I'm holding it for somebody." There were also 11 more baggies in the bottom of the bag and $300 in twenties. Bag zipped and kept at the front of the bus next to the driver.

Tremaine said ⟦he has been staying at a family shelter in Roxbury since October⟧ and ⟦his mom's phone is off⟧. I told him the AP would reach out to his mom and the shelter social worker.
""",
    mnc=["Roxbury"], mc=["coke"],
    mct=["11 more baggies", "$300 in twenties"],
    cats=["neighborhood"], tags=[])

add("fieldtrip", "allow_redact", ground="serious_violence", at="2026-05-29 11:40", recipient="bpd/district-c6",
    loc="Spectacle Island (Boston Harbor Islands), beach below the visitor center",
    student=S("458302", "Jaylin Correia", "2010-02-18", 10, "Excel High School"),
    desc="""
Harbor Islands trip (Environmental Science) - chaperone incident statement - Ms. K. Obi

11:40 on the rocky beach below the visitor center. Jaylin picked up a fist-sized rock and hit a boy from our class (R.D.) in the back of the head while R.D. was bent over looking at crabs. R.D. fell and was bleeding a lot. Park ranger called the boat EMT. On the mainland R.D. needed 6 staples and has a concussion, per his mom.

Before the trip two students warned me that ⟦Jaylin reps the Lark Street crew⟧ and ⟦R.D. is from the other side⟧, so I had put them in separate groups. They ended up on the same beach at lunch.
""",
    mnc=["Lark Street"], mc=["6 staples"],
    mct=["fist-sized rock", "6 staples", "back of the head"],
    cats=["gang_affiliation"], tags=[])

add("fieldtrip", "allow_redact", ground="weapon", weapon="pepper spray", at="2025-09-26 10:30", recipient="bpd/district-b2",
    loc="Franklin Park Zoo, giraffe savannah viewing deck",
    student=S("480026", "Aaliyah Bashir", "2013-03-03", 6, "Orchard Gardens K-8 School",
              trip_roster_notes="needs halal lunch; carries travel letter as a visa holder; mother chaperone needs Arabic interpreter",
              allergy="peanuts"),
    desc="""
6th grade Zoo Trip 9/26/25 - chaperone note (Mr. Benoit)
At the giraffe deck at 10:30 Aaliyah sprayed pepper spray at two girls who were taking her snacks. One girl (N.P.) got it in her face and was coughing; zoo staff rinsed her eyes at the first aid station. Spray can (keychain size, pink) taken by me and given to Ms. Kaplan (AP) back at school.
""",
    mnc=["halal", "visa holder", "Arabic interpreter"], mc=["pepper spray"],
    mct=["giraffe deck", "first aid station"],
    cats=["religion", "immigration_status", "language"], tags=["structured_field"])

add("fieldtrip", "allow_clean", ground="weapon", weapon="box cutter", at="2026-03-05 11:10", recipient="bpd/district-d4",
    loc="Museum of Fine Arts, Art of Ancient Egypt gallery (11th grade art history trip)",
    student=S("427780", "Peyton Landry", "2008-11-30", 11, "Boston Arts Academy"),
    desc="""
Chaperone report, MFA trip, 3/5/26 - Mr. Tobias Greer (Art History)

In the Ancient Egypt gallery next to the mummy cases, around 11:10, Peyton and another junior (S.A.) got into it over a sketchbook. Peyton took a box cutter out of her pencil pouch, pushed the blade out, and said "touch my stuff again." Museum guard and I separated them. She handed me the box cutter. No one was cut and no art was touched. After that we sat in the Greek and Roman court while I called the school.

Box cutter (orange, snap-off blade) given to AP Rios at 1:30.
""",
    mc=["box cutter"], mct=["Ancient Egypt gallery", "mummy cases", "snap-off blade"], tags=["trap"])

add("fieldtrip", "allow_clean", ground="weapon", weapon="knife", at="2026-02-17 12:50", recipient="bpd/district-a1",
    loc="Chinatown MBTA station, Orange Line platform (after the Lunar New Year field trip)",
    student=S("469305", "Dmitri Lebedev", "2011-06-06", 8, "Mission Hill K-8 School"),
    desc="""
Trip: Grade 8 social studies walking tour, Lunar New Year traditions, 2/17/26. Chaperone: Ms. Priya Raman.

After lunch at a dumpling restaurant, we walked to Chinatown station. On the Orange Line platform at 12:50 Dmitri took out a kitchen knife wrapped in a napkin (he had taken it from the restaurant table, serrated, about 6 inches) and waved it at two 8th graders who had been filming him. I told him to put it on the bench and he did. Nobody was hurt. The knife went back to school in my bag and was given to SSS.
""",
    mc=["kitchen knife"], mct=["Chinatown station", "dumpling restaurant", "Orange Line platform"], tags=["trap"])

add("fieldtrip", "deny_recipient", ground="serious_violence", at="2026-04-30 14:25", recipient="mbta-transit-police",
    loc="Downtown Crossing station (return leg of field trip)",
    student=S("446688", "Abdiwali Farah", "2010-12-01", 9, "Boston International Newcomers Academy"),
    desc="""
Transit Police detective requested a copy of the chaperone's report on the 4/30 assault at Downtown Crossing (victim broke his collarbone falling down the stairs after being pushed). Chaperone notes: ⟦two of the boys are Somali⟧, ⟦one is Eritrean⟧.
""",
    mnc=["Somali", "Eritrean"], cats=["ethnicity", "national_origin"], tags=[])

add("fieldtrip", "deny_substance", ground="drugs", substances=["THC edibles"], at="2026-06-05 10:15", recipient="bpd/district-b3",
    loc="Charter bus to end-of-year amusement park trip",
    student=S("463374", "Khanh Nguyen", "2011-04-04", 8, "Young Achievers Science and Mathematics K-8 School"),
    desc="""
On the bus a chaperone saw Khanh sharing gummy bears from a bag labeled "THC 10mg each." 8 left. ⟦Mr. Dao, the chaperone who speaks Vietnamese with his mom⟧, will call her.
""",
    mnc=["Vietnamese"], cats=["language"], tags=[])

add("fieldtrip", "deny_ground", ground="vandalism", at="2026-01-23 11:30", recipient="bpd/district-d4",
    loc="Isabella Stewart Gardner Museum, basement restroom",
    student=S("438865", "Tyquan Ellis", "2009-10-15", 10, "Fenway High School"),
    desc="""
Museum reported marker graffiti in the restroom after our visit. Chaperone identified Tyquan's handwriting: ⟦he tagged "KTO" (Kelsall Terrace Only)⟧ on the mirror. Museum asked the school for a report for their insurance; the AP is sending it to BPD.
""",
    mnc=["KTO", "Kelsall Terrace Only"], cats=["gang_affiliation"], tags=[])

# =====================================================================================================
# 6. library: library and media-centre staff
# =====================================================================================================
add("library", "allow_redact", ground="weapon", weapon="knife", at="2025-12-11 13:05", recipient="bpd/district-b2",
    loc="Dearborn STEM Academy library, back stacks (900s, history and geography)",
    student=S("449570", "Abdikarim Hassan", "2010-03-09", 10, "Dearborn STEM Academy"),
    desc="""
LIBRARY / MEDIA CENTER - STAFF INCIDENT NOTE
Staff: Ms. Gwendolyn Ashby, librarian. Date: Thursday 12/11/25. Period 5 (12:50-1:40).

What happened: Around 1:05 I heard a raised voice in the back stacks (the 900s shelves, history and geography). When I got there Abdikarim had another 10th grader (T.J.) backed against the shelf and was holding a kitchen paring knife with a wooden handle close to T.J.'s stomach. He was saying "say it again." I said his name twice and told him to put it on the cart. He did. T.J. was shaking but not hurt. I pressed the office call button at 1:07 and SSS Reardon came at 1:10 and took the knife and Abdikarim to the office.

T.J. told me afterward that he had been "joking" about Abdikarim's sneakers and would not say what else he said.

Other students present: four at the round table, one at the computer bank. I have their names.

Background (I'm including this because the AP asked for everything I know about him; please take out what should not go to police):
- He is in the library every lunch. ⟦He borrows the Somali-language picture books for his little sister⟧ every week.
- ⟦Last month he used the library computer to fill out his asylum paperwork⟧ with his caseworker on the phone. He was stressed about it.
- He has never been a problem in the library before this.

The knife: about 3 inch blade, wooden handle, looks like it came from a kitchen drawer. Now in the SSS safe.

G. Ashby, Library Media Specialist
""",
    mnc=["Somali", "asylum"], mc=["paring knife"],
    mct=["paring knife", "900s shelves", "SSS safe"],
    cats=["language", "immigration_status"], tags=[])

add("library", "allow_redact", ground="credible_threat", at="2026-03-24 10:45", recipient="bpd/district-c11",
    loc="TechBoston Academy media center, shared printer",
    threat="""
A document printed from Elijah's student account on the media-center printer at 10:45 on 3/24 is titled "THEY WILL PAY" and lists four students by first name with the line: "Friday 4/3 last period. Bringing the AR from my uncle's. Starting in the 3rd floor hallway." Elijah told a classmate that week "watch what happens Friday."
""",
    student=S("416234", "Elijah Brandt", "2009-09-25", 11, "TechBoston Academy"),
    desc="""
Media center note - Mr. Caleb Osei (media specialist) - 3/24/26

At 10:45 a print job came out titled "THEY WILL PAY" with four first names and a plan for Friday last period in the 3rd floor hallway with "the AR from my uncle's." The print queue shows Elijah's account, computer MC-14. Elijah was at MC-14 when I looked over. I took the page and called the AP. Elijah said it was "a story for English."

Context: Elijah is quiet. ⟦He comes in at lunch on Fridays to pray in the back study room⟧, and ⟦he told me his uncle takes him to the mosque on Blake Rd⟧ - I'm only mentioning it because the AP asked who the uncle is.
""",
    mnc=["pray", "mosque", "Blake Rd"], mc=["the AR from my uncle's"],
    mct=["MC-14", "THEY WILL PAY"],
    cats=["religion", "neighborhood"], tags=[])

add("library", "allow_redact", ground="drugs", substances=["fentanyl"], at="2026-01-09 14:20", recipient="bpd/district-e18",
    loc="Boston Community Leadership Academy library, book return bin",
    student=S("420958", "Zoe Haskell", "2009-04-18", 11, "Boston Community Leadership Academy"),
    desc="""
Library staff note (Mr. Oduya, library aide) - 1/9/26 2:20 PM

Checking in returns, I found a hollowed-out copy of "The Hunger Games" (school barcode 3300918842, last checked out to Zoe). Inside the cut-out were two rolled bills and a small bag with eight blue M30 pills; nurse's test strip showed fentanyl. Zoe came back at 2:35 asking if the book had been turned in "because I left a bookmark." I kept the book with me and called the AP.

Another student told me ⟦Zoe lives across from the Ellery Brook Homes⟧ and that is where she "gets stuff."
""",
    mnc=["Ellery Brook"], mc=["fentanyl"],
    mct=["hollowed-out copy", "eight blue M30 pills", "barcode 3300918842"],
    cats=["neighborhood"], tags=[])

add("library", "allow_redact", ground="serious_violence", at="2025-10-30 11:25", recipient="bpd/district-e13",
    loc="Margarita Muñiz Academy library, circulation desk",
    student=S("437326", "Gael Ventura", "2009-08-01", 11, "Margarita Muñiz Academy",
              library_account={"preferred_language_materials": "Haitian Creole",
                               "address_on_card": "31 Fenwright St Apt 2",
                               "fines": "$0.00"},
              lunch_status="free"),
    desc="""
Circulation desk incident - 10/30/25 11:25 - librarian Ms. Odette Marchand

Gael grabbed the heavy desktop stapler from the circulation desk and hit student W.R. in the face with it twice after W.R. took his seat at the computer. W.R. had blood from his nose and mouth. Nurse came to the library. W.R. went to Boston Children's by ambulance: fractured cheekbone and two teeth knocked loose. Gael sat down on the floor afterward and waited for SSS. The stapler is in the AP's office.
""",
    mnc=["Haitian Creole", "Fenwright"], mc=["stapler"],
    mct=["fractured cheekbone", "circulation desk", "desktop stapler"],
    cats=["language", "neighborhood"], tags=["structured_field"])

add("library", "allow_redact", ground="weapon", weapon="firearm", at="2026-02-03 09:35", recipient="bpd/district-d14",
    loc="Brighton High School library, computer bank",
    student=S("402761", "Artem Sokolov", "2008-04-12", 12, "Brighton High School"),
    desc="""
Librarian's statement (Mrs. Beverly Nakamura) - 2/3/26

At 9:35 Artem was at the computer bank. He unzipped his backpack to get his charger and I saw the grip of a black handgun in the main compartment. I walked away calmly and called the office from the back room. SSS and the AP took the backpack at 9:41; SSS found a loaded 9mm pistol.

Earlier that morning ⟦Artem had asked me to help him print a letter in Russian⟧ ⟦for his parents' asylum hearing⟧ next week. He seemed fine then.
""",
    mnc=["Russian", "asylum"], mc=["9mm pistol"],
    mct=["loaded 9mm pistol", "computer bank"],
    cats=["language", "immigration_status"], tags=[])

add("library", "allow_clean", ground="weapon", weapon="box cutter", at="2026-02-18 12:30", recipient="bpd/district-b2",
    loc="Boston Latin Academy library, Black History Month display",
    student=S("412645", "Naomi Oyelowo-Burns", "2009-11-08", 11, "Boston Latin Academy"),
    desc="""
Library incident - 2/18/26 - Mr. Desmond Clarke, librarian

During lunch at the Black History Month display by the front windows, Naomi and a 10th grader (C.H.) argued over a poster C.H. had torn. Naomi took a box cutter out of her tote bag, pushed out the blade and held it up toward C.H.'s face, about a foot away. I stepped between them and asked for it. She gave it to me. No injuries. The display was being put up by the Black Student Union and the library's Book Club.

Box cutter (blue, retractable) is in the office.
""",
    mc=["box cutter"], mct=["Black History Month display", "Black Student Union", "tote bag"], tags=["trap"])

add("library", "allow_clean", ground="drugs", substances=["counterfeit Adderall (methamphetamine)"], at="2026-04-16 13:15",
    recipient="bpd/district-a7",
    loc="East Boston High School library, Spanish-language fiction shelf",
    student=S("454413", "Cristian Paredes", "2010-06-28", 10, "East Boston High School"),
    desc="""
Library staff report, 4/16/26, Ms. Ileana Cruz (library aide)

I saw Cristian tucking small bags behind the books on the Spanish-language fiction shelf (between the poetry anthologies) and another student pulling one out a minute later and leaving cash. I checked the shelf: 5 bags, each with 4 orange "Adderall" tablets stamped "AD 30". The nurse's test showed methamphetamine. The Mandarin Club was meeting at the big table at the time and saw nothing. Bags given to AP Fonseca.
""",
    mc=["methamphetamine"], mct=["Spanish-language fiction shelf", "AD 30", "Mandarin Club"], tags=["trap"])

add("library", "deny_face", ground="weapon", weapon="knife", at="2025-11-25 14:00", recipient="bpd/district-c6",
    loc="Excel High School library entrance",
    student=S("441178", "Shane Doherty", "2009-07-22", 10, "Excel High School"),
    attachments=[{"kind": "face_match", "name": "library_cam_1400_FR_result.pdf"}],
    desc="""
Library camera at the entrance caught a student with a knife at 2:00 PM. The media specialist sent the clip to a detective, who ran it through their facial recognition software; the result identifies Shane ⟦with a similarity score of 0.93⟧. Attaching the result so this report can go with it.
""",
    mnc=["similarity score of 0.93"], cats=["face_surveillance"], tags=[])

add("library", "deny_face", ground="weapon", weapon="handgun", at="2026-03-10 10:20", recipient="bpd/district-b3",
    loc="Lilla G. Frederick Middle School media center",
    student=S("470839", "Unidentified 8th grader (see photos)", "2011-01-01", 8, "Lilla G. Frederick Middle School"),
    attachments=[{"kind": "photo", "name": "yearbook_grade8_2025-26_all_portraits.zip"}],
    desc="""
Detective asked the media center (which keeps the yearbook portraits) for every 8th grade portrait so their system can compare faces against a Snapchat video of a boy with a handgun. The media specialist exported all 212 portraits and they are attached. Please send with this request.
""",
    tags=[])

add("library", "deny_recipient", ground="credible_threat", at="2026-05-12 11:50", recipient="fbi/boston-field-office",
    loc="Henderson K-12 Inclusion School library",
    threat="""
On a library Chromebook on 5/12 Omar typed in a Google search and then in a chat: "how to make a pipe bomb for graduation day, they deserve it." A classmate saw the screen.
""",
    student=S("415502", "Omar Saleh", "2008-02-14", 12, "Henderson K-12 Inclusion School"),
    desc="""
The FBI agent who called the principal asked for this report directly. Librarian notes: ⟦his family is from Yemen⟧, ⟦he reads Arabic newspapers online at lunch⟧.
""",
    mnc=["Yemen", "Arabic"], cats=["national_origin", "language"], tags=[])

# =====================================================================================================
# 7. casenote: counselor and social-worker case notes (clinical register, abbreviations)
# =====================================================================================================
add("casenote", "allow_redact", ground="credible_threat", at="2025-10-16 10:00", recipient="bpd/district-c11",
    loc="Community Academy of Science and Health, counseling office",
    threat="""
In a counseling session at 10:00 on 10/16 Wilmer stated: "If Kevin's people touch me again I'm bringing the gun my roommate has, I'll do it at dismissal by the buses. I already held it, I know how it works." He named the 2:30 dismissal on Friday 10/17 and said the gun is a black pistol kept under a mattress.
""",
    student=S("464750", "Wilmer Ixcot Tzoc", "2008-03-11", 10, "Community Academy of Science and Health"),
    desc="""
SCHOOL ADJUSTMENT COUNSELOR - PROGRESS NOTE (confidential)
Date of service: 10/16/25  Time: 10:00-10:50  Setting: counseling office, individual
Clinician: R. Akinyemi, LICSW   Ref. source: self-referral after hallway incident 10/15

S: Stu reports being "jumped" 10/15 p.m. near the bus loop by 3 peers incl. "Kevin's people." Reports poor sleep x 1 wk, "can't focus," ruminating on retaliation. Stu stated verbatim: "If Kevin's people touch me again I'm bringing the gun my roommate has, I'll do it at dismissal by the buses." Names Fri 10/17 2:30 dismissal. Describes gun (black pistol) kept under roommate's mattress; states he has held it and "knows how it works."

O: Stu alert, oriented x3, affect constricted, speech soft, eye contact limited. No visible injuries today. Not under influence per obs. Denies SI. Endorses HI toward named peers, w/ plan + means + timeframe.

Psychosocial (for clinical file): ⟦Stu is an unaccompanied minor⟧, ⟦arrived via the southern border in 2024⟧, ⟦lives w/ sponsor (adult cousin) in East Boston⟧ w/ 3 other adult roommates. ⟦Primary lang K'iche'⟧, ⟦limited Spanish⟧; ⟦session conducted in English and Spanish w/ gestures⟧. Works evenings.

A: Imminent risk of harm to others, moderate-high. Credible threat per protocol: specific target, means, time and place.

P: 1) Immediate notification of AP Sorensen + principal (done 10:52). 2) Threat assessment team convened 11:15. 3) Request to BPD via gatekeeper for the threat only. 4) Safety plan; stu to remain in office until guardian arrives. 5) Mandated report to DCF considered; consult supervisor. 6) F/u 10/17 a.m.

R. Akinyemi, LICSW
""",
    mnc=["unaccompanied minor", "southern border", "sponsor", "East Boston", "K'iche'", "Spanish"],
    mc=["black pistol"], mct=["black pistol", "under roommate's mattress", "Threat assessment team"],
    cats=["immigration_status", "national_origin", "neighborhood", "language"], tags=[])

add("casenote", "allow_redact", ground="serious_violence", weapon="scissors", at="2025-12-17 09:50", recipient="bpd/district-b3",
    loc="Mildred Avenue K-8 School, art room",
    student=S("478118", "Widlyne Charles", "2012-01-29", 7, "Mildred Avenue K-8 School"),
    desc="""
SW NOTE 12/17/25 - crisis contact - D. Okwu, MSW
Reason for contact: stu stabbed peer (K.M., gr 7) in the L shoulder w/ pointed art scissors during 2nd per. art, ~9:50. K.M. transported via EMS, wound req. sutures + tetanus; per mo., 2.5 cm deep.
Stu presentation: tearful, dysregulated, stated peer "kept touching my hair." Calmed w/ breathing.
Fam hx (clinical only): ⟦Mo. reports fam fled Haiti after 2021⟧; ⟦fam attends Eglise Baptiste Bon Berger⟧ and pastor is main support. No prior SW involvement.
Plan: safety plan, parent mtg 12/18, referral to outpatient. Scissors secured by art tchr, given to AP.
""",
    mnc=["Haiti", "Bon Berger", "Eglise"], mc=["scissors"],
    mct=["L shoulder", "pointed art scissors", "2.5 cm deep"],
    cats=["national_origin", "religion"], tags=[])

add("casenote", "allow_redact", ground="drugs", substances=["heroin"], at="2026-02-02 11:30", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, counseling office",
    student=S("407729", "Andre Lafleur", "2008-09-03", 12, "Jeremiah E. Burke High School"),
    desc="""
Counseling note 2/2/26 (SAC J. Whitaker)
Stu self-referred; disclosed using "dope" (heroin) intranasally since summer. Produced from his sock 6 glassine bags stamped "RED DEVIL" and handed them to writer - given to AP per protocol 11:40. Denies IV use. Denies SI. Narcan education given.
Social: ⟦lives in Mattapan w/ MGM⟧, ⟦undoc per self-report⟧, MGM works two jobs.
Plan: SBIRT, referral to adolescent substance use program, f/u Wed.
""",
    mnc=["Mattapan", "undoc"], mc=["heroin"],
    mct=["6 glassine bags", "RED DEVIL"],
    cats=["neighborhood", "immigration_status"], tags=[])

add("casenote", "allow_redact", ground="weapon", weapon="knife", at="2026-03-31 13:20", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, adjustment counselor's office",
    student=S("426091", "Nelson Gonçalves", "2009-12-21", 10, "Madison Park Technical Vocational High School"),
    desc="""
Adj. counselor note - 3/31/26 1:20p - M. Rosario, LMHC
During session stu disclosed "I got a blade on me" after threats on social media. Agreed to hand it over: butterfly knife, approx 4", from L front pocket. Secured, given to SSS Nunes 1:35.
Background: ⟦ELL lvl 2⟧. ⟦Interp (Cape Verdean Creole) used w/ father by phone⟧ 2:00. Father supportive.
Risk: no HI/SI today. Plan: safety plan, f/u tomorrow, notify AP (done).
""",
    mnc=["ELL lvl 2", "Cape Verdean Creole"], mc=["butterfly knife"],
    mct=["butterfly knife", "L front pocket"],
    cats=["language", "ethnicity"], tags=[])

add("casenote", "allow_redact", ground="serious_violence", at="2026-04-02 12:40", recipient="bpd/district-d4",
    loc="Boston Green Academy, cafeteria",
    student=S("451367", "Ahmad Noorzai", "2009-06-19", 11, "Boston Green Academy",
              clinical_profile={"dx": "PTSD (F43.10)",
                                "cultural_factors": "Muslim; observes Ramadan, was fasting on date of incident",
                                "immigration": "refugee (arrived 2023), SIV family",
                                "gang_risk": "approached by Vinton Block recruiters per stu"},
              case_manager="N. Farrow"),
    desc="""
SW incident summary 4/2/26 - stu struck peer (J.S.) w/ a metal lunch tray repeatedly at ~12:40 after verbal altercation. J.S.: orbital fx + 3 cm lac. above eye, ED at Tufts. Stu restrained by 2 staff, then compliant. Tray retained by SSS. Stu stated J.S. had "been saying things for weeks." Stu in office w/ SW until uncle arrived 2:15.
""",
    mnc=["Muslim", "observes Ramadan", "refugee", "SIV family", "Vinton Block"], mc=["metal lunch tray"],
    mct=["metal lunch tray", "orbital fx"],
    cats=["religion", "immigration_status", "gang_affiliation"], tags=["structured_field"])

add("casenote", "allow_redact", ground="credible_threat", at="2025-11-24 09:10", recipient="bpd/district-e13",
    loc="Margarita Muñiz Academy, school psychologist's office",
    threat="""
On 11/24 Yariel told the school psychologist: "Next Monday I'm bringing my dad's rifle from the closet and I'm going to kill everyone in Ms. Kraus's chemistry class. I have the key to the closet." He repeated the plan when asked, named the date and room 312.
""",
    student=S("432604", "Yariel Peña Rosario", "2009-03-14", 11, "Margarita Muñiz Academy"),
    desc="""
Psych note (confidential) - 11/24/25 - Dr. L. Abernathy, school psychologist
RFR: tchr referral for withdrawal. During interview pt. disclosed HI w/ plan: bring father's rifle "from the closet" next Mon to rm 312 (chem) and "kill everyone in Ms. Kraus's class." Has key to closet. Affect flat, consistent on repetition. Denied SI.
Cultural formulation: ⟦pt. identifies as Dominican-American⟧, ⟦bilingual Span/Eng⟧, ⟦dad is a deacon at Iglesia Monte Sion⟧.
Action: AP + principal notified 9:35. Threat assessment initiated. Parents called 9:50.
""",
    mnc=["Dominican", "Span/Eng", "Monte Sion", "deacon"], mc=["rifle"],
    mct=["rm 312", "key to closet"],
    cats=["ethnicity", "language", "religion"], tags=[])

add("casenote", "allow_clean", ground="weapon", weapon="knife", at="2026-01-20 14:10", recipient="bpd/district-c6",
    loc="Excel High School, counseling office",
    student=S("448807", "Riley Sweeney", "2009-08-27", 11, "Excel High School"),
    desc="""
Counseling contact note 1/20/26 (G. Amaral, SAC)
Stu came in upset re: AP World History essay on the Haitian Revolution due Fri and a breakup. Mid-session disclosed a steak knife in backpack, "for the train." Handed over without incident - 5" serrated, wooden handle - given to AP Conley 2:25. No HI/SI. Plan: f/u Thurs, parent call (done 2:40), extension on essay requested.
""",
    mc=["steak knife"], mct=["Haitian Revolution", "wooden handle"],
    tags=["trap"])

add("casenote", "deny_recipient", ground="weapon", weapon="knife", at="2026-02-11 10:30", recipient="hsi/boston",
    loc="Boston International Newcomers Academy, counseling office",
    student=S("466210", "Bryan Elías Cruz", "2009-05-09", 10, "Boston International Newcomers Academy"),
    desc="""
Counselor note shared on request of an HSI special agent (school received a phone call 2/11). Stu disclosed knife in bag; knife secured. Agent asked about ⟦stu's pending SIJS petition⟧ and ⟦his sponsor's address in Chelsea⟧.
""",
    mnc=["SIJS", "Chelsea"], cats=["immigration_status", "neighborhood"], tags=[])

add("casenote", "deny_threat_missing", ground="credible_threat", at="2026-05-04 13:00", recipient="bpd/district-a1",
    loc="Quincy Upper School, counselor's office",
    student=S("457036", "Ethan Mizrahi-Cole", "2010-10-21", 9, "Quincy Upper School"),
    desc="""
Counselor note 5/4: stu made statements in session about hurting peers at the spring concert; details in clinical file. ⟦Fam attends Congregation Ohel Shalom⟧, rabbi is a support. Threat assessment pending.
""",
    mnc=["Ohel Shalom"], cats=["religion"], tags=[])

add("casenote", "deny_ground", ground="chronic_absenteeism", at="2026-03-09 08:00", recipient="bpd/district-c11",
    loc="Dorchester Academy",
    student=S("422388", "Destiny Amado", "2010-05-31", 10, "Dorchester Academy"),
    desc="""
SW note: stu absent 23 of last 30 days; mother reports stu "runs off" for days. ⟦Fam doubled up at aunt's on Auburndell Pl⟧ since eviction. Requesting police wellness checks / truancy follow-up.
""",
    mnc=["Auburndell"], cats=["neighborhood"], tags=[])

# =====================================================================================================
# 8. textthread: SMS and group-chat exports
# =====================================================================================================
add("textthread", "allow_redact", ground="credible_threat", at="2026-02-27 21:14", recipient="bpd/district-b2",
    loc="Group chat (shown to the AP the next morning); threat concerns the John D. O'Bryant gym",
    threat="""
In a student group chat at 9:14 PM on 2/27, Jalen wrote: "friday game i'm pulling up with the blicky, #3 on their team gonna get it in the parking lot after, on my mama." He then posted a photo of a silver revolver on a bed and wrote "not playing." The game is on Friday 3/6 at the O'Bryant gym.
""",
    student=S("409154", "Jalen Whitaker-Brooks", "2008-12-30", 12, "John D. O'Bryant School of Mathematics & Science"),
    desc="""
Export of group chat "🏀 hoopers 24/7 🏀" (shown to AP Moreau by a student at 7:40 AM 2/28; phone screenshots typed up by the AP, emoji kept)

[2/27/26, 9:02:41 PM] ty 🐐: yall see what #3 did to Jalen in the 4th 😭😭
[2/27/26, 9:03:05 PM] Kam: that was dirty fr
[2/27/26, 9:05:33 PM] Jalen W: it's cool 💯
[2/27/26, 9:05:50 PM] Jalen W: ⟦he from the Bury⟧ he think that mean something 😂
[2/27/26, 9:09:12 PM] ty 🐐: chill
[2/27/26, 9:14:20 PM] Jalen W: friday game i'm pulling up with the blicky, #3 gonna get it in the parking lot after, on my mama
[2/27/26, 9:14:58 PM] Jalen W: <image omitted>
[2/27/26, 9:15:10 PM] Kam: 💀💀 bro delete that
[2/27/26, 9:15:31 PM] Jalen W: not playing 🔫
[2/27/26, 9:16:02 PM] ty 🐐: ⟦u know he a Hollis Ave kid⟧ right, ⟦his whole block gonna be there⟧
[2/27/26, 9:16:40 PM] Jalen W: ⟦and i'm Wendell Park till i die⟧ so
[2/27/26, 9:20:11 PM] Kam: i'm leaving this chat 😶
[2/27/26, 9:20:14 PM] Kam left

AP note: the image shows a silver revolver on a bed with a gray comforter. Jalen was located in homeroom at 7:55 AM and his backpack and locker were searched; nothing found. Parent contacted at 8:20. The opposing team's school and athletic director were informed. Friday's game is under review.
""",
    mnc=["the Bury", "Hollis Ave", "Wendell Park"], mc=["silver revolver"],
    mct=["silver revolver", "parking lot after", "gray comforter"],
    cats=["neighborhood", "gang_affiliation"], tags=[])

add("textthread", "allow_redact", ground="serious_violence", at="2025-10-07 14:45", recipient="bpd/district-b3",
    loc="Young Achievers Science and Mathematics K-8 School, playground",
    student=S("473329", "Stanley Bellegarde", "2012-04-25", 7, "Young Achievers Science and Mathematics K-8 School"),
    desc="""
SMS thread, AP Natasha Byers' school phone, pasted into the report at the AP's request:

Radio log pasted first (recess duty, 2:45-2:50 PM):
2:45 Ms. Pratt: need nurse on the playground by the scooter rack, boy down, head bleeding
2:46 Nurse Kwon: on my way
2:47 Ms. Pratt: Stanley S. hit D.T. with a scooter, the metal kind, on the head. I have the scooter.
2:49 AP Byers: calling 911, clear the playground, everyone inside
2:58 AP Byers: EMS here

AP Byers (3:32 PM): Hi Mrs. Bellegarde, this is AP Byers. Stanley is safe in my office. Another student was hurt at recess and we need you to come in today please.
(617) xxx-4471 (3:40 PM): What he do
AP Byers (3:41 PM): He hit a student in the head with a metal scooter during recess. The other boy went to the hospital. We have to do a report.
(617) xxx-4471 (3:44 PM): Please dont call the cops on my son 🙏🙏 ⟦we have no papers⟧
(617) xxx-4471 (3:45 PM): ⟦Yo pa pale angle byen, mwen ap vini ak sè m⟧
AP Byers (3:47 PM): I understand. Please come in, we will have someone to help talk with you.
(617) xxx-4471 (4:30 PM): Ok on the way

Nurse addendum: the injured boy (D.T., grade 7) had a 5 cm scalp laceration and a skull fracture per Boston Children's.
""",
    mnc=["no papers", "pa pale angle", "mwen ap vini"], mc=["metal scooter"],
    mct=["metal scooter", "skull fracture", "5 cm scalp laceration"],
    cats=["immigration_status", "language"], tags=["foreign"])

add("textthread", "allow_redact", ground="weapon", weapon="firearm", at="2026-01-06 08:25", recipient="bpd/district-c11",
    loc="Dorchester Academy, boys' bathroom 1st floor",
    student=S("411840", "Tariq Simmons", "2009-02-11", 11, "Dorchester Academy"),
    desc="""
Staff text thread (SSS Doyle and AP Ngata), 1/6/26, copied for the report:

Doyle 8:25: got a kid in the 1st fl bathroom w a gun in his waistband. Tariq S. I have him and it.
Ngata 8:25: omw
Doyle 8:27: black glock, mag in, I cleared it. nobody hurt. he was showing it to 2 kids
Ngata 8:29: ok lock it in the safe. I'm calling B-11
Doyle 8:31: kids say ⟦he been running with the Ledgewood Terrace crew⟧ since Xmas
Ngata 8:32: keep that out of the written report
Doyle 8:33: 👍
""",
    mnc=["Ledgewood"], mc=["black glock"],
    mct=["black glock", "mag in", "1st fl bathroom"],
    cats=["gang_affiliation"], tags=[])

add("textthread", "allow_redact", ground="drugs", substances=["fentanyl (counterfeit oxycodone M30)"], at="2026-03-19 22:05",
    recipient="bpd/district-b2",
    loc="Snapchat group chat among students; sales arranged for Boston Green Academy side door",
    student=S("419347", "Yamilet Cordero", "2009-07-04", 10, "Boston Green Academy"),
    desc="""
Group chat "the girlsss 💅" (screenshots given to the AP by a parent on 3/20; typed up):

yami 🦋 10:05 PM: got 30s tmrw 💊💊 $15 or 2 for 25
yami 🦋 10:05 PM: dm me dont put it in here
jess 10:07 PM: where
yami 🦋 10:08 PM: side door by the gym at 7:45 b4 first bell
yami 🦋 10:08 PM: or ⟦my building on Pellridge Ave⟧ after 5 🏠
nia 10:12 PM: r those real
yami 🦋 10:13 PM: blue ones, they hit. ⟦mi mamá no sabe inglés⟧ so she dont even know lol
jess 10:15 PM: 😳

AP follow-up 3/20: at 7:45 SSS met Yamilet at the side door by the gym; she had 9 blue M30 pills in a pill bottle. Nurse test strip: fentanyl positive.
""",
    mnc=["Pellridge", "no sabe inglés"], mc=["fentanyl"],
    mct=["9 blue M30 pills", "side door by the gym"],
    cats=["neighborhood", "language"], tags=["foreign"])

add("textthread", "allow_redact", ground="weapon", weapon="knife", at="2025-12-05 13:15", recipient="bpd/district-e18",
    loc="Boston Community Leadership Academy, locker 2-207",
    student=S("436972", "Kenji Harrington", "2009-05-12", 11, "Boston Community Leadership Academy"),
    desc="""
iMessage thread (teachers) - Fri 12/5:
Ms. Ruiz 1:15 PM: Kenji just opened his locker and there's a MACHETE in there. Like 18 inches. He showed it to Andre.
Mr. Platt 1:16 PM: don't touch it, I'm coming up with SSS
Ms. Ruiz 1:16 PM: he says it's for a costume??
Mr. Platt 1:24 PM: SSS has it. It's real and sharp. Kenji says he brought it to show people
Ms. Ruiz 1:30 PM: weird, he's such a quiet kid. ⟦he's been going to the Kingdom Hall with his grandma⟧ every weekend lately
Mr. Platt 1:31 PM: ok that's not for the report lol
""",
    mnc=["Kingdom Hall"], mc=["machete"],
    mct=["18 inches", "real and sharp"],
    cats=["religion"], tags=[])

add("textthread", "allow_redact", ground="weapon", weapon="taser", at="2026-04-01 12:05", recipient="bpd/district-a7",
    loc="Mario Umana Academy, 8th grade hallway",
    student=S("475608", "Ximena Lazo", "2011-09-13", 8, "Mario Umana Academy",
              sis_flags={"race_ethnicity": "Hispanic/Latino - Salvadoran", "home_lang": "Spanish", "zip": "02128",
                         "el_status": "Former EL (FLEP)"},
              transportation="Walker"),
    desc="""
Text from 8th grade teacher to AP, 12:05: "Ximena just tased Brianna on the arm in the hallway outside 305!! B is crying, has 2 red marks. I have the taser, it's purple. Send nurse pls." AP reply 12:06: "coming." Nurse note: two 3 mm red marks on the left forearm, ice applied, parent called.
""",
    mnc=["Salvadoran", "Hispanic/Latino", "02128", "FLEP", "Former EL"], mc=["taser"],
    mct=["2 red marks", "outside 305"],
    cats=["ethnicity", "language", "neighborhood", "national_origin"], tags=["structured_field"])

add("textthread", "allow_clean", ground="weapon", weapon="knife", at="2026-03-12 17:30", recipient="bpd/district-d4",
    loc="Boston Arts Academy, backstage (International Night rehearsal)",
    student=S("433190", "Caleb Iverson", "2009-10-05", 11, "Boston Arts Academy"),
    desc="""
Texts between Mr. Hollis (theater tech) and AP Dunbar, 3/12:
Hollis 5:30 PM: During International Night rehearsal one of my stage crew kids, Caleb, pulled a fixed blade knife on another crew kid backstage. Over a headset. Blade was 4 in, no one cut
Dunbar 5:31 PM: where is the knife now
Hollis 5:32 PM: in my toolbox, locked. Caleb is sitting in the green room with me
Dunbar 5:34 PM: ok calling mom. keep the rest of the crew away from him
Hollis 5:35 PM: 👍 the K-pop dance group and the salsa group already left
""",
    mc=["fixed blade knife"], mct=["stage crew", "International Night rehearsal", "salsa group"], tags=["trap"])

add("textthread", "allow_clean", ground="drugs", substances=["fentanyl"], at="2025-11-14 10:10", recipient="bpd/district-e13",
    loc="Snowden International School, 4th floor stairwell",
    student=S("418520", "Israel Mendoza", "2009-01-22", 11, "Snowden International School"),
    desc="""
SSS radio-to-text log, 11/14:
10:10 SSS Brito: 2 students in 4th fl stairwell. Israel dropped the bag when he saw me. Retrieved: 1 knotted bag, grayish powder, approx 2 g.
10:12 SSS Brito: Israel says "it's fetty, it's not mine."
10:14 AP Costa: bring him down. Don't open the bag. Gloves.
10:31 Nurse: test strip positive fentanyl. Bag sealed in evidence envelope #114.
""",
    mc=["fentanyl"], mct=["Israel dropped the bag", "evidence envelope #114", "4th fl stairwell"], tags=["trap"])

add("textthread", "deny_substance", ground="drugs", substances=["vape (contents unknown)"], at="2026-01-15 11:45",
    recipient="bpd/district-d14",
    loc="Brighton High School, 3rd floor bathroom",
    student=S("429478", "Dawit Bekele", "2009-09-19", 10, "Brighton High School"),
    desc="""
AP text: "Dawit caught with a vape in 3rd fl bathroom, we don't know if it's nic or THC, no label. Sending to BPD." Counselor reply: "⟦his fam is Ethiopian Orthodox⟧, ⟦dad is a priest⟧ - pls call me before you call home."
""",
    mnc=["Ethiopian", "Orthodox", "priest"], cats=["religion", "ethnicity"], tags=[])

add("textthread", "deny_ground", ground="gang_activity", at="2026-04-24 15:00", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School",
    student=S("410339", "Rashad Ivory", "2008-11-06", 12, "Madison Park Technical Vocational High School"),
    desc="""
Group chat screenshots show Rashad and others trading insults and hand-sign emojis with ⟦"Greyfield Boys"⟧ members. No weapon or threat of violence mentioned. Submitting for gang intel.
""",
    mnc=["Greyfield"], cats=["gang_affiliation"], tags=[])

# =====================================================================================================
# 9. social: descriptions of social-media posts and screenshots
# =====================================================================================================
add("social", "allow_redact", ground="weapon", weapon="firearm", at="2026-01-30 12:10", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, 2nd floor boys' bathroom (per the mirror in the photo)",
    student=S("404877", "Stevenson Augustin", "2008-08-08", 12, "Jeremiah E. Burke High School"),
    desc="""
DESCRIPTION OF SOCIAL MEDIA EVIDENCE (prepared by AP Felicia Grant from screenshots provided by two students, 1/30/26)

Screenshot 1 - Instagram story, account @stevie.gotnext (display name "Stevie 🏀"), posted "2h" before the screenshot was taken at 2:05 PM. The photo is a mirror selfie in what is clearly our 2nd floor boys' bathroom (green tile, cracked mirror over the second sink, the "WASH YOUR HANDS" sign in English and Spanish that our custodians posted). Stevenson is holding a black semi-automatic handgun sideways toward the mirror with his school ID lanyard visible around his neck. Caption: "on campus 🔫 they know what it is". Sticker: a clock showing 12:10 PM. ⟦Hashtags: #BrackleySqGang #BSQ⟧. Music sticker: a rap song.

Screenshot 2 - same account, profile page. ⟦Bio: "🇭🇹 Ayiti cheri"⟧, "class of 26", ⟦"📍 Brackley Sq"⟧. 4,112 followers.

Screenshot 3 - comments on a later post from the same account (a photo of a hallway with no gun): "bro took that in the school 😭", "delete that", ⟦"free my cuz from Oxbridge Ct"⟧, "u wild".

Actions: Stevenson was in class (room 214, Algebra 2) when SSS located him at 2:20 PM. His backpack, locker and person were searched with the AP present; no firearm found. He said the gun was "a friend's" and he gave it back "at lunch." Lunch period camera footage is being reviewed for the exchange. Mother notified 2:45 PM. Screenshots saved to the incident file.
""",
    mnc=["BrackleySq", "BSQ", "Brackley", "Ayiti", "Oxbridge"], mc=["semi-automatic handgun"],
    mct=["semi-automatic handgun", "cracked mirror", "room 214"],
    cats=["gang_affiliation", "national_origin", "neighborhood"], tags=["trap"])

add("social", "allow_redact", ground="serious_violence", at="2025-11-21 15:10", recipient="bpd/district-e13",
    loc="Path behind English High School athletic field (filmed and posted to TikTok)",
    student=S("430015", "Enmanuel Batista Reyes", "2009-04-11", 11, "The English High School"),
    desc="""
TikTok video (posted 11/21 4:02 PM by @wildtimes.617, 38 seconds, 12K views before removal) shows Enmanuel kicking a student (M.O.) in the head several times while M.O. is on the ground on the path behind the athletic field, and then stomping on his hand. People are cheering. Caption: "said what he said 🤷🏽‍♂️ ⟦#DominicanPride #DR🇩🇴⟧ #fightvideo". M.O. had a broken jaw and three broken fingers per his mother; surgery at BMC 11/23. Enmanuel admitted to the AP that he is the one in the video.
""",
    mnc=["DominicanPride", "#DR🇩🇴"], mc=["broken jaw"],
    mct=["broken jaw", "three broken fingers", "path behind the athletic field"],
    cats=["ethnicity", "national_origin"], tags=[])

add("social", "allow_redact", ground="credible_threat", at="2026-03-02 23:40", recipient="bpd/district-c11",
    loc="Snapchat story; threat concerns TechBoston Academy",
    threat="""
At 11:40 PM on 3/2 Jaquan posted a Snapchat story showing a handgun on his lap with the text: "tmrw TBA 3rd floor whoever jumped my lil bro gettin SPRAYED. first period. i know who u are." Several students sent the screenshot to staff overnight.
""",
    student=S("413962", "Jaquan Pettaway", "2009-08-15", 11, "TechBoston Academy"),
    desc="""
Snap story screenshot (forwarded by 6 students and 2 parents between 11:45 PM and 6:30 AM): handgun on lap, text overlay "tmrw TBA 3rd floor whoever jumped my lil bro gettin SPRAYED. first period. i know who u are." ⟦Location sticker: "📍Harrowgate Apartments"⟧. Jaquan's little brother (gr 9) was in a fight on 3/2 on the 3rd floor.
Actions 3/3: Jaquan met at the front door at 7:20 by SSS and AP; search negative. BPD C-11 notified 6:45 AM. 3rd floor first period moved to the library.
""",
    mnc=["Harrowgate"], mc=["handgun on lap"],
    mct=["3rd floor", "search negative"],
    cats=["neighborhood"], tags=[])

add("social", "allow_redact", ground="drugs", substances=["oxycodone (Percocet)", "fentanyl"], at="2026-02-13 19:00",
    recipient="bpd/district-d14",
    loc="X (Twitter) post; sales at Brighton High School",
    student=S("401523", "Hamza Ali", "2008-10-28", 12, "Brighton High School"),
    desc="""
X post from ⟦@somali_prince_617⟧ (Hamza's account, he confirmed) at 7:00 PM 2/13: photo of a sandwich bag of white pills marked "512" and blue pills marked "M 30", text "plugged in 💊 percs and blues, school delivery mon-fri, DM". 3 students told the AP they bought "blues" from Hamza by the main stairs. On 2/17 SSS found 22 white "512" and 14 blue "M 30" pills in his jacket; nurse strip positive for fentanyl on the blue pills.
""",
    mnc=["somali_prince"], mc=["fentanyl"],
    mct=["plugged in", "by the main stairs", "22 white"],
    cats=["ethnicity"], tags=[])

add("social", "allow_redact", ground="weapon", weapon="knife", at="2025-09-19 07:50", recipient="bpd/district-c6",
    loc="Excel High School, front steps",
    student=S("434459", "Javier Urbáez", "2009-06-02", 11, "Excel High School"),
    desc="""
Instagram post (public, 9/19, 7:50 AM) by @javi.urb: Javier on our front steps holding a large hunting knife to the camera, caption "first day back 🔪 try me". Comments include "wyd bro 😭", "that's crazy" and one in Spanish: ⟦"ese es el hijo de la dominicana de la calle Tolliver"⟧. SSS found the knife (9 inch, camo handle) in Javier's backpack at 8:15.
""",
    mnc=["dominicana", "Tolliver"], mc=["hunting knife"],
    mct=["camo handle", "first day back"],
    cats=["ethnicity", "neighborhood"], tags=["foreign"])

add("social", "allow_clean", ground="weapon", weapon="brass knuckles", at="2026-06-17 14:30", recipient="bpd/district-c11",
    loc="Dorchester Academy, auditorium (World Cup watch party)",
    student=S("440046", "Tyrese Lomax", "2009-03-25", 11, "Dorchester Academy"),
    desc="""
Snapchat video (forwarded by a teacher) from the school's World Cup watch party in the auditorium: during the Brazil vs Morocco match on the projector, Tyrese slips on brass knuckles and punches the seat next to a classmate, saying "you next." The AP collected the brass knuckles from his hoodie at 2:45; no one was hit. Hashtags on the repost: #WorldCup2026 #watchparty #fail.
""",
    mc=["brass knuckles"], mct=["World Cup watch party", "Brazil vs Morocco match", "#WorldCup2026"], tags=["trap"])

add("social", "allow_clean", ground="weapon", weapon="knife", at="2025-10-03 15:05", recipient="bpd/district-b2",
    loc="Orchard Gardens K-8 School, schoolyard at dismissal",
    student=S("477251", "Amir Jefferson", "2011-12-12", 8, "Orchard Gardens K-8 School"),
    desc="""
Instagram reel posted from the Orchard Gardens K-8 schoolyard at 3:05 by an 8th grader's account (@lil.amirr): Amir flips open a gravity knife and points it at a 7th grader by the basketball hoop while someone off camera laughs. Caption "ogk8 after school 😈". Reel reported by a parent; the knife was found in Amir's backpack the next morning.
""",
    mc=["gravity knife"], mct=["Orchard Gardens K-8 schoolyard", "basketball hoop"], tags=["trap"])

add("social", "deny_face", ground="weapon", weapon="knife", at="2026-02-09 16:00", recipient="bpd/district-e18",
    loc="Boston Community Leadership Academy",
    student=S("425781", "Unknown (Instagram account @xx.nightshade)", "2009-01-01", 10, "Boston Community Leadership Academy"),
    attachments=[{"kind": "photo", "name": "ig_nightshade_posts_for_facial_recognition.zip"}],
    desc="""
An anonymous IG account posted a video of a masked student with a knife in our hallway. We are sending the account's photos so BPD can run them through facial recognition against the student ID photo roster and tell us who it is.
""",
    tags=[])

add("social", "deny_recipient", ground="weapon", weapon="firearm", at="2026-03-27 18:20", recipient="bric",
    loc="Instagram post; concerns Charlestown High School",
    student=S("412297", "Deshawn Kimbrough", "2008-06-06", 12, "Charlestown High School"),
    desc="""
BRIC analyst asked for the school's report on the IG post showing Deshawn with a pistol near the school gym. ⟦Post tagged #OxbridgeCt and #ForeverBSQ⟧.
""",
    mnc=["OxbridgeCt", "ForeverBSQ"], cats=["gang_affiliation", "neighborhood"], tags=[])

add("social", "deny_ground", ground="cyberbullying", at="2026-04-08 20:00", recipient="bpd/district-a7",
    loc="Instagram; students of East Boston High School",
    student=S("456624", "Madison Lowry", "2009-12-09", 11, "East Boston High School"),
    desc="""
Madison made a fake account posting photos of a classmate with captions ⟦saying her family is "illegal" and should be deported⟧. No threats of violence. Parent wants police to charge harassment.
""",
    mnc=["illegal", "deported"], cats=["immigration_status"], tags=[])

# =====================================================================================================
# 10. markdown: tables pasted from a web form
# =====================================================================================================
add("markdown", "allow_redact", ground="weapon", weapon="club", at="2025-12-19 14:35", recipient="bpd/district-e18",
    loc="Brook Farm Business and Service Career Academy, bus line on the front circle",
    student=S("423615", "Delroy Whitfield", "2009-05-16", 11, "Brook Farm Business and Service Career Academy"),
    desc="""
## Incident Report (exported from the safety-team form, 12/19/25)

| Field | Value |
|---|---|
| Incident # | SST-2025-1219-03 |
| Date / time | 12/19/2025 2:35 PM |
| Location | Bus line, front circle |
| Type | Weapon - club / baton |
| Reporting staff | SSS Colleen Murtagh |
| Student | Delroy Whitfield, gr 11 |
| Home address | ⟦47 Galloway Ter, Hyde Park⟧ |
| Race / ethnicity (SIS) | ⟦Black - Jamaican⟧ |
| Primary home language | ⟦Jamaican Patois / English⟧ |
| Religion (from 504 accommodations) | ⟦Rastafari - no haircut requirement⟧ |
| Injuries | None |
| Narrative | At 2:35 PM in the bus line Delroy flicked open a black expandable steel baton (about 21 in. extended) and swung it at the back window of the 2:40 bus while a student (P.G.) he had argued with was inside. The window cracked; P.G. was not hurt. SSS Murtagh told Delroy to drop it and he did. |
| Item recovered | Expandable steel baton, black, in SSS office locker #2 |
| Parent notified | Yes, father at 3:10 PM |
| Admin | AP Harold Brennan |

### Follow-up
- [x] Camera footage (front circle cam 3) saved 2:30-2:45
- [x] Bus company notified of window damage
- [ ] Re-entry meeting
""",
    mnc=["Galloway", "Hyde Park", "Jamaican", "Patois", "Rastafari"], mc=["expandable steel baton"],
    mct=["expandable steel baton", "back window of the 2:40 bus", "locker #2"],
    cats=["neighborhood", "ethnicity", "language", "religion"], tags=[])

add("markdown", "allow_redact", ground="credible_threat", at="2026-01-12 09:00", recipient="bpd/district-b2",
    loc="Boston Latin Academy, room 204",
    threat="""
On 1/12 at 9:00 AM Tremayne told the class in room 204 that he would "come back with a gun and shoot Dre and his boys at the 2:20 dismissal," and at 9:05 said again to the teacher, "I mean it, I got one at home."
""",
    student=S("417003", "Tremayne Oakes", "2009-11-01", 11, "Boston Latin Academy"),
    desc="""
| Time | What happened | Who saw |
|---|---|---|
| 9:00 | Tremayne says in room 204 he'll "come back with a gun and shoot Dre and his boys at 2:20 dismissal" | Ms. Aldana + ~20 students |
| 9:05 | Repeats "I mean it, I got one at home" when teacher asks him to step out | Ms. Aldana |
| 9:10 | Removed to the office by SSS; search negative | SSS Coyle |
| 9:30 | Notes from students: ⟦Tremayne "claims" Fenner Hill⟧, ⟦Dre's people are from the Quarrington side⟧ | AP Pham |
| 9:45 | Mother called; threat assessment started | AP Pham |
""",
    mnc=["Fenner Hill", "Quarrington"], mc=["come back with a gun"],
    mct=["room 204", "search negative"],
    cats=["gang_affiliation", "neighborhood"], tags=[])

add("markdown", "allow_redact", ground="drugs", substances=["crack cocaine"], at="2026-03-04 11:20", recipient="bpd/district-a1",
    loc="Josiah Quincy Upper School stairwell B",
    student=S("450089", "Vincent Lau", "2009-08-11", 11, "Quincy Upper School"),
    desc="""
**Items seized - stairwell B - 3/4/26 11:20**

| # | Item | Qty | Notes |
|---|---|---|---|
| 1 | Off-white rocks in a cut-off plastic bag corner | 9 | suspected crack cocaine, approx 1.5 g total |
| 2 | Glass stem with burnt ends | 1 | in left sock |
| 3 | Cash | $85 | small bills |

**Student statement:** "I was holding it for someone."
**Parent contact:** 12:05 PM ⟦with Mandarin interpreter⟧ (⟦father does not speak English⟧).
""",
    mnc=["Mandarin", "does not speak English"], mc=["crack cocaine"],
    mct=["Glass stem with burnt ends", "cut-off plastic bag corner"],
    cats=["language"], tags=[])

add("markdown", "allow_redact", ground="serious_violence", at="2025-10-08 12:25", recipient="bpd/district-c11",
    loc="TechBoston Academy, cafeteria",
    student=S("447790", "Yassine Bennani", "2009-02-27", 10, "TechBoston Academy"),
    desc="""
### Witness statements (copied from the form)

| Witness | Grade | Statement |
|---|---|---|
| A.K. | 10 | Yassine hit Omar with the metal napkin holder, like four times on the head. There was blood on the table. |
| L.T. | 10 | ⟦They were arguing in Arabic⟧ before it started. Omar said something about his sister. |
| Ms. Davenport (lunch aide) | staff | I saw Yassine swing the napkin holder. Omar fell off the bench. I called for the nurse at 12:26. |
| J.R. | 11 | ⟦They're both from Morocco⟧, they were friends before. |

**Injuries:** Omar - 3 scalp lacerations closed with staples at Carney, concussion, held overnight.
""",
    mnc=["in Arabic", "Morocco"], mc=["napkin holder"],
    mct=["metal napkin holder", "closed with staples"],
    cats=["language", "national_origin"], tags=["several"])

add("markdown", "allow_redact", ground="weapon", weapon="knife", at="2026-05-20 10:40", recipient="bpd/district-e13",
    loc="Snowden International School, 3rd floor hallway",
    student=S("451812", "Minh Pham", "2010-03-17", 10, "Snowden International School",
              form_export={"Race": "Asian - Vietnamese", "Country of birth": "Vietnam",
                           "Address": "12 Halvorsen Ct #3", "Lang. at home": "Vietnamese",
                           "Counselor": "Ms. Ortega"}),
    desc="""
| Field | Value |
|---|---|
| Incident | Student displayed a folding knife during passing time |
| Time | 10:40 |
| Where | 3rd floor hallway by the elevator |
| Injuries | None |
| Recovered | Folding knife, 3 in. blade, silver, from right jacket pocket |
| Witness | Mr. Kowalski (science) |
""",
    mnc=["Vietnamese", "Vietnam", "Halvorsen"], mc=["Folding knife"],
    mct=["by the elevator", "right jacket pocket"],
    cats=["ethnicity", "national_origin", "neighborhood", "language"], tags=["structured_field"])

add("markdown", "allow_redact", ground="weapon", weapon="firearm", at="2026-02-25 07:50", recipient="bpd/district-a7",
    loc="East Boston High School, metal detector at main entrance",
    student=S("430881", "Diego Saravia", "2008-07-23", 12, "East Boston High School"),
    desc="""
**Firearm at entry - checklist (SSS lead)**

- [x] Student held at the metal detector at 7:50 AM
- [x] Firearm recovered: black Taurus-style 9mm pistol, loaded, 1 round chambered, from backpack front pocket
- [x] Weapon made safe by SSS Lead Okafor and bagged
- [x] B-7/A-7 liaison called 7:56
- [x] Parent notified (⟦via Portuguese interpreter⟧)
- [ ] ~~Sibling pickup~~ n/a
- [x] Note from FRC: ⟦DACA recipient - do not share status⟧

Student statement: "I had it for the bus. People been following me."
""",
    mnc=["Portuguese", "DACA"], mc=["9mm pistol"],
    mct=["1 round chambered", "backpack front pocket"],
    cats=["language", "immigration_status"], tags=[])

add("markdown", "allow_clean", ground="drugs", substances=["crack cocaine"], at="2025-11-04 13:10", recipient="bpd/district-b2",
    loc="Jackson Square MBTA station busway (students of the Mission Hill K-8 School)",
    student=S("468533", "Marquis Dunbar", "2011-03-01", 8, "Mission Hill K-8 School"),
    desc="""
| Question | Answer |
|---|---|
| Where? | Jackson Square station busway, 1:10 PM, during a school walking trip to the library |
| What class was the student in? | Period 4 Chinese 1 (trip led by Ms. Lin) |
| What was found? | 4 small rocks of crack cocaine in a candy wrapper, dropped by Marquis when he pulled out his phone |
| Who found it? | Ms. Lin and SSS Greer |
| Statement | "I found it on the ground" |
""",
    mc=["crack cocaine"], mct=["Jackson Square station busway", "Period 4 Chinese 1", "candy wrapper"], tags=["trap"])

add("markdown", "allow_clean", ground="serious_violence", weapon="baseball bat", at="2026-04-15 15:20", recipient="bpd/district-e13",
    loc="Margarita Muñiz Academy, courtyard",
    student=S("445526", "Julian Archer", "2009-06-21", 11, "Margarita Muñiz Academy"),
    desc="""
| Field | Value |
|---|---|
| What | Student struck another student with an aluminum baseball bat |
| When | 4/15/26 3:20 PM, during the Spanish Club bake sale in the courtyard |
| Why (per witnesses) | Argument over the last empanada and a Yankees cap |
| Injury | Victim (C.S.) - broken left forearm (ulna), splinted; surgery at Children's |
| Bat | Recovered by Coach Sanz, in athletics office |
""",
    mc=["aluminum baseball bat"], mct=["Spanish Club bake sale", "Yankees cap", "broken left forearm"], tags=["trap"])

add("markdown", "deny_recipient", ground="weapon", weapon="knife", at="2026-01-21 09:00", recipient="cbp/boston-field-office",
    loc="Boston International Newcomers Academy",
    student=S("459948", "Kiran Thapa", "2009-04-30", 10, "Boston International Newcomers Academy"),
    desc="""
| Requested by | CBP officer |
|---|---|
| Incident | Knife in backpack 1/21 |
| Officer asked | ⟦whether student's I-94 expired⟧ and ⟦country of citizenship (Nepal)⟧ |
""",
    mnc=["I-94", "Nepal"], cats=["immigration_status", "national_origin"], tags=[])

add("markdown", "deny_substance", ground="drugs", substances=["hard seltzer"], at="2026-05-22 19:30", recipient="bpd/district-c6",
    loc="Excel High School, junior prom",
    student=S("443371", "Aidan Flaherty", "2008-12-08", 11, "Excel High School"),
    desc="""
| Item | Found |
|---|---|
| Hard seltzer cans | 4, in a tote bag at prom check-in |
| Student home | ⟦Ambrose Lane, South Boston⟧ |
""",
    mnc=["Ambrose", "South Boston"], cats=["neighborhood"], tags=[])

# =====================================================================================================
# 11. html: fragments pasted from a web form
# =====================================================================================================
add("html", "allow_redact", ground="weapon", weapon="knife", at="2025-10-29 11:50", recipient="bpd/district-b3",
    loc="Lilla G. Frederick Middle School, gym bleachers",
    student=S("474460", "Ricardo Semedo", "2011-05-05", 8, "Lilla G. Frederick Middle School"),
    desc="""
<div class="incident-form" id="frm-20251029-7">
  <h3>Student Safety Incident &ndash; Submitted 10/29/2025 1:12 PM</h3>
  <input type="hidden" name="form_version" value="3.2">
  <input type="hidden" name="home_language" value="⟦Cape Verdean Creole⟧">
  <div class="row"><label>Location:</label> <span>Gym bleachers, 5th period PE</span></div>
  <div class="row"><label>Reporter:</label> <span>Mr. Alphonse Gedeon (PE)</span></div>
  <div class="row narrative">
    <label>Narrative:</label>
    <p>At approx. 11:50 during PE, Ricardo took a black folding knife out of his sweatpants pocket on the bleachers and pointed it at a classmate (J.F.), saying &quot;move or I&#39;ll poke you.&quot; I told him to close it and put it on the floor. He did, and I picked it up. No one was hurt.</p>
    <p>J.F. says Ricardo was upset that J.F. took his spot on the bleachers.</p>
    <p>Knife: black handle, 3&frac12; inch blade, locking. Given to AP Noonan at 12:05.</p>
  </div>
  <div class="row"><label>Guardian contact:</label> <span>Father, 12:30 PM, ⟦by phone with the Kriolu-speaking paraprofessional⟧</span></div>
  <div class="row"><label>Address on file:</label> <span class="addr">⟦22 Brennock St, Apt 1, Dorchester 02122⟧</span></div>
  <div class="row"><label>Prior incidents:</label> <span>None</span></div>
  <div class="row"><label>Camera:</label> <span>Gym cam 2 footage saved 11:45&ndash;12:00</span></div>
  <div class="footer">Submitted by: AP M. Noonan &bull; <a href="mailto:mnoonan@bostonpublicschools.org">mnoonan@bostonpublicschools.org</a></div>
</div>
""",
    mnc=["Cape Verdean", "Kriolu", "Brennock", "Dorchester", "02122"], mc=["black folding knife"],
    mct=["black folding knife", "Given to AP Noonan at 12:05", "Gym cam 2"],
    cats=["language", "ethnicity", "neighborhood"], tags=[])

add("html", "allow_redact", ground="drugs", substances=["ketamine", "MDMA"], at="2026-03-13 21:30", recipient="bpd/district-d4",
    loc="Boston Arts Academy, spring showcase after-party in the black box theater",
    student=S("438402", "Camila Serrano", "2008-10-10", 12, "Boston Arts Academy"),
    desc="""
<p><b>Summary:</b> At the spring showcase (black box theater) at 9:30 PM, a chaperone saw Camila handing out capsules from a small tin.<br>
The tin held 6 clear capsules of tan powder (student said &quot;molly&quot;) and a folded paper of white powder she called &quot;K&quot; (ketamine).<br>
One student who took a capsule was evaluated by EMS and released to a parent.</p>
<ul>
  <li>Ethnicity: ⟦Puerto Rican⟧</li>
  <li>⟦Lives with abuela in Jamaica Plain⟧</li>
  <li>Tin: given to AP Sutherland, 9:50 PM</li>
</ul>
""",
    mnc=["Puerto Rican", "Jamaica Plain"], mc=["ketamine"],
    mct=["6 clear capsules", "black box theater"],
    cats=["ethnicity", "neighborhood"], tags=[])

add("html", "allow_redact", ground="serious_violence", at="2025-12-08 08:05", recipient="bpd/district-b2",
    loc="Dearborn STEM Academy, 1st floor hallway near the main office",
    student=S("436041", "Kayla Mitchell", "2009-09-06", 11, "Dearborn STEM Academy"),
    desc="""
<table class="report">
<tr><th>Narrative</th><td>At 8:05 AM Kayla slammed a classmate's (R.B.) head into the metal edge of a locker door three times. R.B. lost consciousness briefly and had a 5 cm laceration on her forehead. EMS took her to BMC; CT showed a skull fracture.</td></tr>
<tr><th>Weapon/object</th><td>Locker door (no weapon carried)</td></tr>
<tr><th>Residence</th><td>⟦Brennock St⟧</td></tr>
<tr><th>Zip</th><td>⟦02119⟧</td></tr>
<tr><th>Notes</th><td>⟦Kayla is in the housing at Vesey Park⟧; R.B. lives with her too (cousins).</td></tr>
</table>
""",
    mnc=["Brennock", "02119", "Vesey Park"], mc=["skull fracture"],
    mct=["metal edge of a locker door", "5 cm laceration"],
    cats=["neighborhood"], tags=[])

add("html", "allow_redact", ground="weapon", weapon="knife", at="2026-02-05 12:40", recipient="bpd/district-a7",
    loc="Mario Umana Academy, lunchroom",
    student=S("472991", "Edson Tavares Lopes", "2011-11-19", 8, "Mario Umana Academy"),
    desc="""
<div class="note">Edson pulled a steak knife from his lunch bag at 12:40 and held it to the side of a classmate&rsquo;s neck for a few seconds (&ldquo;say sorry&rdquo;). No cut. Lunch monitor Ms. Ayala took the knife.</div>
<div class="note">Family: ⟦Cabo&nbsp;Verdean &amp; undocumented⟧ per FRC &mdash; ⟦mom speaks Portugu&ecirc;s and Kriolu⟧ only.</div>
""",
    mnc=["Cabo&nbsp;Verdean", "undocumented", "Portugu&ecirc;s", "Kriolu"], mc=["steak knife"],
    mct=["side of a classmate", "Ms. Ayala took the knife"],
    cats=["ethnicity", "immigration_status", "language"], tags=["dodge"])

add("html", "allow_redact", ground="credible_threat", at="2026-04-06 10:20", recipient="bpd/district-c11",
    loc="Dorchester Academy, main office",
    threat="""
On 4/6 at 10:20 Marquell told the school secretary: "Tell Mr. Greene I'm coming back at 2 with my cousin's .40 and he's getting it in the parking lot. I know what car he drives." He then left the building.
""",
    student=S("405558", "Marquell Dixon", "2008-04-27", 12, "Dorchester Academy"),
    desc="""
<p>At 10:20 Marquell came to the main office counter angry about his suspension and said he was &quot;coming back at 2 with my cousin&#39;s .40&quot; for Mr. Greene in the parking lot, and that he knows what car Mr. Greene drives. He left through the front door at 10:23.</p>
<!-- staff comment, do not print: ⟦SRO says Marquell is listed as Fenner Hill⟧, ⟦sister is with the Quarrington side⟧ -->
<p>Mr. Greene's car was moved; police requested at dismissal.</p>
""",
    mnc=["Fenner Hill", "Quarrington"], mc=["coming back at 2"],
    mct=["main office counter", "car was moved"],
    cats=["gang_affiliation"], tags=[])

add("html", "allow_redact", ground="weapon", weapon="knife", at="2025-11-17 09:15", recipient="bpd/district-e18",
    loc="Henderson K-12 Inclusion School, upper campus hallway",
    student=S("428112", "Abdullahi Jama", "2010-08-24", 10, "Henderson K-12 Inclusion School",
              html_form_fields={"ethnicity_select": "Somali", "lang_select": "Somali (Maay Maay)",
                                "address_text": "9 Pennick Ct, Hyde Park", "religion_diet": "Muslim (halal meals)"}),
    desc="""
<p>At 9:15 AM Abdullahi showed a classmate a folding knife in the upper campus hallway and said &quot;I&#39;m not scared to use it.&quot; Teacher Mr. Rowan asked for it; he handed it over. No one hurt.</p><p>Knife: 3 inch, green.</p>
""",
    mnc=["Somali", "Maay Maay", "Pennick", "Hyde Park", "Muslim", "halal"], mc=["folding knife"],
    mct=["upper campus hallway", "3 inch, green"],
    cats=["ethnicity", "language", "neighborhood", "religion"], tags=["structured_field"])

add("html", "allow_clean", ground="weapon", weapon="razor blade", at="2026-05-07 15:05", recipient="bpd/district-b2",
    loc="Roxbury Community College bus stop (after the dual-enrollment class)",
    student=S("425240", "Kiara Holloway", "2008-09-14", 12, "Boston Green Academy"),
    desc="""
<p>After the dual-enrollment class at Roxbury Community College, at the RCC bus stop at 3:05 PM, Kiara took a razor blade out of her phone case and slashed at another BGA senior&#39;s arm. She cut her sleeve but not her skin. The dual-enrollment coordinator took the blade.</p>
<p>Course: AP Chinese Language (both students). Argument was about a group project.</p>
""",
    mc=["razor blade"], mct=["Roxbury Community College", "AP Chinese Language", "cut her sleeve"], tags=["trap"])

add("html", "deny_recipient", ground="weapon", weapon="knife", at="2026-01-26 16:10", recipient="keystone-protective-services",
    loc="Shopping plaza near Charlestown High School",
    student=S("411376", "Ronan Gillis", "2008-03-03", 12, "Charlestown High School"),
    desc="""
<p>The plaza's private security company asked for our report about Ronan showing a knife to a store clerk after school. <span>⟦He lives in the Tessaly Court development⟧</span>.</p>
""",
    mnc=["Tessaly"], cats=["neighborhood"], tags=[])

add("html", "deny_face", ground="weapon", weapon="knife", at="2026-03-18 12:00", recipient="bpd/district-b3",
    loc="Young Achievers Science and Mathematics K-8 School",
    student=S("473866", "Nasir Holmes", "2011-07-07", 8, "Young Achievers Science and Mathematics K-8 School"),
    attachments=[{"kind": "face_match", "name": "face_match_result.png"}],
    desc="""
<p>Knife seen on hallway camera at 12:00.</p><img src="face_match_result.png" alt="Face recognition result: ⟦Nasir Holmes, match 97%⟧">
""",
    mnc=["match 97%"], cats=["face_surveillance"], tags=[])

add("html", "deny_threat_missing", ground="credible_threat", at="2026-02-20 13:45", recipient="bpd/district-c11",
    loc="TechBoston Academy",
    student=S("420643", "Shaquille Ramdass", "2009-10-10", 11, "TechBoston Academy"),
    desc="""
<p>Student made threatening comments in class; see counselor. <i>⟦Family is Guyanese⟧, ⟦Hindu⟧.</i></p>
""",
    mnc=["Guyanese", "Hindu"], cats=["national_origin", "religion"], tags=[])

# =====================================================================================================
# 12. multi: several students in one report (forbidden facts about one, incident facts about another)
# =====================================================================================================
add("multi", "allow_redact", ground="serious_violence", weapon="knife", at="2026-03-06 11:55", recipient="bpd/district-c11",
    loc="The English High School, 2nd floor hallway outside room 227",
    student=S("406617", "Terrell Haynes", "2008-05-30", 12, "The English High School"),
    desc="""
MULTI-STUDENT INCIDENT SUMMARY - 3/6/26 - prepared by AP Gloria Santangelo
Students involved: (1) Terrell Haynes, gr 12 - subject of this request; (2) victim D.A., gr 11; (3) witness M.C., gr 10; (4) witness F.O., gr 12.

What happened: At 11:55, during the change to 4th period, Terrell and D.A. argued outside room 227 about money D.A. owed him. Terrell pulled a small kitchen knife with a red handle from his waistband and stabbed D.A. once in the left side, below the ribs. D.A. walked about ten steps and collapsed by the water fountain. Teacher Mr. Akers applied pressure until the nurse and EMS arrived at 12:04. D.A. was taken to BMC, had surgery for a lacerated spleen, and is in stable condition.

Terrell ran down the east stairs and dropped the knife in the trash can by the 1st floor vending machines. SSS Dellamonica recovered it at 12:10. Terrell was stopped at the side exit by the gym at 12:07 and held in the office until B-13 officers arrived.

Witness M.C. (gr 10) saw the stabbing from the doorway of 227. ⟦M.C. just arrived from Honduras in January⟧ and ⟦only speaks Spanish⟧; her statement was taken ⟦with Ms. Quiroga interpreting⟧. She says Terrell said "you think I'm playing?" before he stabbed D.A.

Witness F.O. (gr 12) was walking with Terrell and says she did not know he had a knife. ⟦F.O. lives in the Cheswick Gardens development⟧ ⟦with D.A.'s family⟧ and says the money was for sneakers.

Victim D.A.: ⟦D.A.'s mother asked that the hospital chaplain from their mosque be called⟧; that request was passed to the hospital.

Cameras: hallway cam 2-3 shows the stabbing at 11:55:40. Footage saved.
""",
    mnc=["Honduras", "only speaks Spanish", "Quiroga interpreting", "Cheswick", "mosque"], mc=["kitchen knife"],
    mct=["lacerated spleen", "red handle", "1st floor vending machines"],
    cats=["national_origin", "language", "neighborhood", "religion"], tags=["several"])

add("multi", "allow_redact", ground="drugs", substances=["fentanyl", "xylazine"], at="2026-01-14 12:30", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, cosmetology shop",
    student=S("433508", "Brandon Tolliver-Hayes", "2009-03-31", 11, "Madison Park Technical Vocational High School"),
    desc="""
Three students (Brandon, subject; J.M.; A.G.) in the cosmetology shop supply closet at 12:30. Brandon was handing J.M. and A.G. small bags of gray powder; he told SSS it was "dope with tranq." 7 bags recovered from Brandon's apron. A.G. became drowsy and was given Narcan by the nurse at 12:41; EMS transported her. Test strips: fentanyl and xylazine positive.
About the other two students: ⟦J.M. is Cape Verdean⟧ and ⟦her dad only speaks Kriolu⟧; ⟦A.G. is in foster care and lives in the Tessaly Court development⟧.
""",
    mnc=["Cape Verdean", "Kriolu", "Tessaly"], mc=["xylazine"],
    mct=["7 bags", "supply closet", "Narcan"],
    cats=["ethnicity", "language", "neighborhood"], tags=["several"])

add("multi", "allow_redact", ground="credible_threat", at="2025-10-23 10:15", recipient="bpd/district-d14",
    loc="Brighton High School, room 118 (Physics)",
    threat="""
On 10/23 at 10:15 in room 118, Logan told classmates K.S. and T.B.: "Monday I'm bringing my dad's shotgun and the first one I'm shooting is Harpreet, then Mr. Diaz." He described the shotgun as a pump-action in the basement and said "I already loaded it in my head."
""",
    student=S("400982", "Logan Pacheco", "2009-11-29", 11, "Brighton High School"),
    desc="""
Physics, room 118, 10:15. Logan (subject) made a statement about bringing his dad's pump-action shotgun Monday and shooting a named classmate and the teacher. Heard by K.S. and T.B. (written statements attached).
Named classmate H.S.: ⟦a Sikh student who wears a turban⟧; H.S. has been harassed before about it. H.S. and parents notified 11:00. Teacher Mr. Diaz notified.
Logan was removed to the office at 10:25; search negative. Father contacted about securing the shotgun at 10:50.
""",
    mnc=["Sikh", "turban"], mc=["shotgun"],
    mct=["pump-action shotgun", "room 118", "search negative"],
    cats=["religion"], tags=["several"])

add("multi", "allow_redact", ground="weapon", weapon="firearm", at="2026-04-27 07:35", recipient="bpd/district-e13",
    loc="Boston Community Leadership Academy, staff parking lot",
    student=S("414028", "Darius Whitlock", "2008-02-20", 12, "Boston Community Leadership Academy"),
    desc="""
At 7:35 AM SSS saw three students sitting in a parked Honda in the staff lot. Darius (subject, driver's seat) had a black pistol on his lap; the other two (R.P., gr 11; C.J., gr 12) were in the back. SSS told Darius to put his hands on the wheel; he did. The pistol (Smith & Wesson-style .40, loaded magazine) was taken from his lap by the B-13 officer who arrived at 7:41.
R.P. and C.J. had nothing on them. ⟦C.J. is on the BRIC list as a Corwin Ave associate⟧ per the officer's remark; ⟦R.P. is from the Quarry Lane side⟧.
""",
    mnc=["Corwin", "Quarry Lane"], mc=["pistol"],
    mct=["loaded magazine", "staff lot", "hands on the wheel"],
    cats=["gang_affiliation"], tags=["several"])

add("multi", "allow_redact", ground="serious_violence", at="2025-12-12 15:10", recipient="bpd/district-a7",
    loc="Maverick MBTA station, outbound bus berth (East Boston High School dismissal)",
    student=S("452043", "Giovanni Russo-Lima", "2009-05-08", 11, "East Boston High School"),
    desc="""
Group assault at Maverick station at 3:10 PM. Giovanni (subject) and two other EBHS students (A.R., S.T.) punched and kicked a 9th grader (V.N.) on the ground at the outbound bus berth. Giovanni kicked V.N. in the face while he was down. V.N.: fractured eye socket and a broken tooth, surgery scheduled.
V.N. is ⟦a Vietnamese newcomer⟧ who ⟦arrived last year⟧; ⟦his mother came in with a Vietnamese interpreter⟧. A.R. and S.T. will be submitted separately.
""",
    mnc=["Vietnamese", "newcomer", "arrived last year"], mc=["fractured eye socket"],
    mct=["fractured eye socket", "outbound bus berth", "broken tooth"],
    cats=["ethnicity", "immigration_status", "language"], tags=["several"])

add("multi", "allow_redact", ground="weapon", weapon="knife", at="2026-05-01 12:20", recipient="bpd/district-c6",
    loc="Excel High School, cafeteria",
    student=S("439964", "Kevin Martínez Ayala", "2009-09-30", 11, "Excel High School",
              roster_export={"ML_status": "Active EL - WIDA 2.4", "hispanic_latino": "Y",
                             "birth_country": "El Salvador", "entry_date_us": "2023-08-15"}),
    desc="""
Two students involved. Kevin (subject) and N.D. At 12:20 in the cafeteria N.D. threw milk on Kevin. Kevin pulled out a 4 inch folding knife and held it at N.D.'s stomach; lunch aide Mr. Fitch grabbed Kevin's wrist and the knife fell. N.D. was not cut. N.D. (gr 12) was suspended for the milk; N.D.'s dad is a Boston firefighter and came in.
""",
    mnc=["WIDA", "El Salvador", "2023-08-15", "Active EL"], mc=["folding knife"],
    mct=["threw milk", "grabbed Kevin's wrist"],
    cats=["language", "ethnicity", "national_origin", "immigration_status"], tags=["several", "structured_field"])

add("multi", "allow_clean", ground="serious_violence", at="2026-03-23 08:30", recipient="bpd/district-d14",
    loc="Brighton High School, front steps",
    student=S("403645", "Marcus O'Neil", "2008-11-21", 12, "Brighton High School"),
    desc="""
First day back after the Eid al-Fitr school holiday (school was closed 3/20). At 8:30 on the front steps Marcus (subject) and two juniors (J.W. and T.C.) fought; Marcus hit T.C. with a skateboard across the face. T.C. had a broken nose and a broken cheekbone; surgery at St. Elizabeth's. J.W. tried to stop it and was not hurt.
""",
    mc=["skateboard"], mct=["Eid al-Fitr school holiday", "broken cheekbone", "front steps"], tags=["several", "trap"])

add("multi", "allow_clean", ground="weapon", weapon="knife", at="2025-11-12 15:15", recipient="bpd/district-c6",
    loc="Excel High School, dance studio",
    student=S("444317", "Brenna Kowalski", "2009-02-06", 11, "Excel High School"),
    desc="""
During Irish step dance club practice in the dance studio, Brenna (subject) and two other dancers (E.M. and R.D.) argued over a video. Brenna took a small knife out of her dance bag and jabbed it toward E.M.'s arm; R.D. pulled E.M. back. No injuries. R.D. recorded part of it on her phone for the club advisor. The knife (pink handle, 2.5 inch blade) was given to the advisor, Ms. Tierney, and then the AP.
""",
    mc=["small knife"], mct=["Irish step dance club", "pink handle", "dance bag"], tags=["several", "trap"])

add("multi", "deny_ground", ground="fight", at="2026-02-24 14:20", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, courtyard",
    student=S("401890", "Jonel Pierre-Louis", "2008-07-31", 12, "Jeremiah E. Burke High School"),
    desc="""
Group fight, 5 students, courtyard 2:20. Scrapes and a bloody nose, no serious injury. ⟦Two of the boys are Haitian, one is Dominican⟧ and staff think it was about that. Submitting all five.
""",
    mnc=["Haitian", "Dominican"], cats=["ethnicity"], tags=["several"])

add("multi", "deny_recipient", ground="weapon", weapon="firearm", at="2026-05-18 16:00", recipient="commonwealth-fusion-center",
    loc="Near Dorchester Academy",
    student=S("418771", "Anthony Reese", "2008-01-15", 12, "Dorchester Academy"),
    desc="""
Fusion center analyst asked for the reports on Anthony and two other students after a gun was found near the school. ⟦All three are associated with the Greyfield Boys⟧ per the analyst.
""",
    mnc=["Greyfield"], cats=["gang_affiliation"], tags=["several"])

# =====================================================================================================
# 13. family: family members' statements, translated or quoted (sentences wholly in a family language)
# =====================================================================================================
add("family", "allow_redact", ground="weapon", weapon="knife", at="2025-10-10 09:40", recipient="bpd/district-e13",
    loc="Rafael Hernández K-8 School, 6th grade classroom 104",
    student=S("481175", "Mateo Quispe", "2013-02-12", 6, "Rafael Hernández K-8 School"),
    desc="""
PARENT STATEMENT - taken by AP Lucía Ferreira-Brandt on 10/10/25 at 1:30 PM in the main office.
⟦Statement given in Spanish⟧; the AP wrote the mother's words as she said them and then translated them for the file.

Background from the teacher: at 9:40 AM in room 104 Mateo took a kitchen knife (black plastic handle, about 7 inch blade) out of his backpack during morning meeting and pointed it at a classmate who had been calling him names for weeks. The teacher, Mr. Oduya, told him to put it down on the desk and he did. No one was hurt. The knife was wrapped in a dish towel in the backpack.

Mother's words:
"⟦Él sacó el cuchillo de mi cocina esta mañana, yo no sabía nada. Los niños le dicen cosas todos los días porque no habla bien inglés.⟧"
"⟦Nosotros no tenemos papeles. Por favor, no llamen a inmigración, tengo miedo.⟧"
"⟦Vinimos de Cusco hace un año y vivimos con mi hermana en Hyde Park.⟧"

Translation for the file (AP):
"He took the knife from my kitchen this morning; I didn't know anything."
⟦"The children say things to him every day because he does not speak English well."⟧
⟦"We don't have papers. Please don't call immigration, I'm scared."⟧
⟦"We came from Cusco a year ago and live with my sister in Hyde Park."⟧

AP note: the mother was calm and cooperative. She took Mateo home at 2:00. Safety plan and re-entry meeting scheduled for 10/14. The classmate's parents were called at 11:00 and the name-calling is being addressed separately under the bullying protocol.
""",
    mnc=["in Spanish", "cuchillo", "no tenemos papeles", "inmigración", "Cusco", "Hyde Park", "don't have papers",
         "call immigration", "speak English well", "no habla bien"],
    mc=["kitchen knife"], mct=["kitchen knife", "dish towel", "room 104"],
    cats=["language", "immigration_status", "national_origin", "neighborhood"], tags=["foreign"])

add("family", "allow_redact", ground="weapon", weapon="firearm", at="2026-01-28 08:05", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, main entrance",
    student=S("397703", "Woodley Thermidor", "2008-02-02", 12, "Jeremiah E. Burke High School"),
    desc="""
Grandmother's statement, 1/28/26, 11:00 AM, taken by the family liaison and written down word for word, then translated.

⟦Pitit la pa janm fè sa anvan. Nou se moun Jakmèl, nou rive isit an 2023, nou pa gen papye toujou.⟧ ⟦Zam nan pa pou li, li te jwenn li nan chanm tonton li.⟧

Translation: ⟦"The boy has never done this before. We are from Jacmel, we arrived here in 2023, we still don't have papers."⟧ "The gun isn't his, he found it in his uncle's room."

School note: at 8:05 the entry scanner alarmed on Woodley's bag. SSS found a black 9mm handgun, unloaded, with a loaded magazine in a separate pocket. Secured by SSS; B-3 officers took custody at 8:20.
""",
    mnc=["Pitit la", "Jakmèl", "Jacmel", "nou rive isit", "pa gen papye", "don't have papers", "Zam nan"],
    mc=["9mm handgun"], mct=["9mm handgun", "loaded magazine in a separate pocket"],
    cats=["language", "national_origin", "immigration_status"], tags=["foreign"])

add("family", "allow_redact", ground="serious_violence", at="2025-11-19 12:50", recipient="bpd/district-c11",
    loc="Jeremiah E. Burke High School, cafeteria",
    student=S("426339", "Adilson Rodrigues", "2009-01-09", 11, "Jeremiah E. Burke High School"),
    desc="""
Father's statement (by phone, 11/19, 4:15 PM; counselor Ms. Fortes wrote it down and translated):
"⟦Nha fidju ka ta fazi kel-li. Nos e di Fogo, nu txiga li ten dos anu.⟧ He told me the other boy hit him first."
Translation of the first part: ⟦"My son doesn't do this. We are from Fogo, we got here two years ago."⟧

Incident: at 12:50 in the cafeteria Adilson hit student P.W. in the face with a full glass juice bottle; the bottle broke and cut P.W.'s cheek and eyelid. P.W. needed 14 stitches at BMC and an eye exam for a corneal scratch.
""",
    mnc=["Nha fidju", "di Fogo", "from Fogo", "nu txiga"], mc=["glass juice bottle"],
    mct=["glass juice bottle", "14 stitches", "corneal scratch"],
    cats=["language", "national_origin"], tags=["foreign"])

add("family", "allow_redact", ground="drugs", substances=["cocaine"], at="2026-03-11 10:15", recipient="bpd/district-d14",
    loc="Brighton High School, 2nd floor bathroom",
    student=S("435806", "Thiago Moreira", "2009-07-29", 11, "Brighton High School"),
    desc="""
Incident: SSS found Thiago in the 2nd floor bathroom at 10:15 with a plastic bag of white powder (approx 3.5 g, field test by the B-14 officer: cocaine) and a digital scale in his backpack. He said he was "holding it."

Mother's statement at the 1 PM meeting, in her words (family liaison Ms. Prado translating for the AP):
"⟦Somos de Minas Gerais, chegamos faz oito meses. Meu filho não tem documento, ninguém na casa tem.⟧"
"⟦Ele não é traficante. Alguém deu isso para ele guardar.⟧"
The liaison's translation: ⟦"We are from Minas Gerais, we arrived eight months ago. My son has no documents, nobody in the house does."⟧ "He's not a dealer. Someone gave it to him to hold."

AP summary for the file: the bag was knotted and held roughly 3.5 g of white powder. The digital scale had white residue on the tray. Thiago also had $210 in cash (mostly twenties) and two phones; he would only unlock one of them. Two students told the AP on 3/10 that Thiago had been "selling bumps" in the 2nd floor bathroom during lunch for about two weeks. Thiago is suspended pending a hearing and was referred to the adolescent substance use program. The B-14 officer took the bag and the scale at 11:05 and gave the AP a receipt.
""",
    mnc=["Minas Gerais", "não tem documento", "Meu filho", "chegamos", "no documents", "Ele não é"],
    mc=["cocaine"], mct=["digital scale", "3.5 g"],
    cats=["national_origin", "immigration_status", "language"], tags=["foreign"])

add("family", "allow_redact", ground="drugs", substances=["fentanyl"], at="2026-02-06 13:30", recipient="bpd/district-c11",
    loc="Dorchester Academy, nurse's office",
    student=S("444932", "Bao Tran Huynh", "2010-09-03", 10, "Dorchester Academy"),
    desc="""
Nurse: at 1:30 Bao came to the office drowsy with pinpoint pupils; a classmate said Bao "took half a blue." Narcan 4 mg given at 1:34, responsive at 1:36. In his pocket: 3 blue M30 pills; test strip positive for fentanyl. EMS transported to BMC.

Father at the hospital, as the interpreter wrote it down:
"⟦Gia đình tôi mới sang từ Việt Nam năm ngoái. Con tôi không biết gì về thuốc đó.⟧"
Interpreter's English: ⟦"My family came over from Vietnam last year."⟧ "My son didn't know anything about that drug."
""",
    mnc=["Gia đình tôi", "Việt Nam", "Con tôi", "from Vietnam"], mc=["fentanyl"],
    mct=["pinpoint pupils", "3 blue M30 pills", "Narcan 4 mg"],
    cats=["language", "national_origin"], tags=["foreign"])

add("family", "allow_redact", ground="weapon", weapon="knife", at="2025-12-01 11:00", recipient="bpd/district-a1",
    loc="Quincy Upper School, 2nd floor hallway",
    student=S("450614", "Jason Lin", "2010-04-07", 10, "Quincy Upper School"),
    desc="""
At 11:00 Jason pulled a cleaver-style kitchen knife from his backpack in the 2nd floor hallway and chased a classmate (E.W.) about ten feet. Teacher Ms. Gorski blocked the hallway; Jason dropped the knife. No injuries.

Mother's written note, handed to the AP at pickup (in Chinese; the school's translation follows):
"⟦我们是从福建来的，还没有绿卡。⟧⟦孩子不是坏孩子，他被欺负了很久。⟧"
Translation: ⟦"We came from Fujian and still don't have green cards."⟧ "He is not a bad kid; he has been bullied for a long time."
""",
    mnc=["从福建来", "没有绿卡", "Fujian", "green cards", "孩子不是坏孩子"], mc=["cleaver-style kitchen knife"],
    mct=["cleaver-style kitchen knife", "chased a classmate"],
    cats=["national_origin", "immigration_status", "language"], tags=["foreign"])

add("family", "allow_redact", ground="serious_violence", at="2026-04-13 14:10", recipient="bpd/district-b2",
    loc="Boston Green Academy, 3rd floor stairwell",
    student=S("441659", "Yousef Al-Khatib", "2009-12-25", 10, "Boston Green Academy"),
    desc="""
Incident: at 2:10 Yousef pushed a 9th grader (B.K.) down the 3rd floor stairwell after B.K. grabbed his phone. B.K. fell about eight steps and broke his left leg (tibia and fibula); surgery at Boston Children's on 4/14.

Uncle's statement at 3:30 PM, in his words, interpreted by ⟦Mr. Haddad, our Arabic-speaking aide⟧:
"⟦نحن لاجئون من سوريا⟧. ⟦ابني ولد طيب، لم يقصد أن يؤذيه⟧"
Interpreter: ⟦"We are refugees from Syria."⟧ "He is a good boy, he did not mean to hurt him."
""",
    mnc=["لاجئون", "سوريا", "ابني", "refugees", "Syria", "Arabic-speaking"], mc=["tibia and fibula"],
    mct=["tibia and fibula", "eight steps"],
    cats=["immigration_status", "national_origin", "language"], tags=["foreign"])

add("family", "deny_recipient", ground="weapon", weapon="knife", at="2026-02-12 10:00", recipient="dhs",
    loc="Boston International Newcomers Academy",
    student=S("462288", "Hamdi Nur", "2009-08-19", 10, "Boston International Newcomers Academy"),
    desc="""
DHS asked for the knife incident report and the mother's statement. Mother said: "⟦Waxaan ka nimid Soomaaliya sanadkii hore⟧" ⟦(we came from Somalia last year)⟧.
""",
    mnc=["Soomaaliya", "Waxaan ka nimid", "Somalia"], cats=["national_origin", "language"], tags=["foreign"])

add("family", "deny_ground", ground="immigration_status_check", at="2026-03-02 09:00", recipient="bpd/district-e18",
    loc="Henderson K-12 Inclusion School",
    student=S("437988", "Christelle Mbala", "2010-06-11", 9, "Henderson K-12 Inclusion School"),
    desc="""
The mother told the registrar: "⟦Nous sommes demandeurs d'asile, notre audience est en juin⟧." The registrar asks BPD to confirm the family's status before the student's records are updated.
""",
    mnc=["demandeurs d'asile", "notre audience"], cats=["immigration_status", "language"], tags=["foreign"])

add("family", "deny_substance", ground="drugs", substances=["THC wax (dabs)"], at="2026-05-27 12:00", recipient="bpd/district-a1",
    loc="Quincy Upper School, cafeteria",
    student=S("449201", "Nikita Volkov", "2010-01-31", 10, "Quincy Upper School"),
    desc="""
Student had a jar of THC wax and a dab pen. Father at pickup: "⟦Мы из Украины, у нас временный статус.⟧ ⟦Пожалуйста, не звоните в полицию.⟧"
""",
    mnc=["Украины", "временный статус", "Пожалуйста"], cats=["national_origin", "immigration_status", "language"], tags=["foreign"])

# =====================================================================================================
# 14. dodge: forbidden facts disguised (homoglyphs, spacing, dots, zero-width, misspelling, slang)
# =====================================================================================================
add("dodge", "allow_redact", ground="weapon", weapon="knife", at="2025-10-20 10:30", recipient="bpd/district-b3",
    loc="Lilla G. Frederick Middle School, 7th grade hallway",
    student=S("479420", "Roodley Cadet", "2012-05-15", 7, "Lilla G. Frederick Middle School"),
    desc="""
Teacher note 10/20: at 10:30 Roodley showed a classmate a folding knife with a wooden handle inside his pencil case and said "after school." I took the pencil case; the knife is in the office. No one hurt. Mom came at 11:30; ⟦she said the family is H\u0430itian⟧ and ⟦und\u043ecumented⟧ and ⟦asked us not to write that down⟧.
""",
    mnc=["H\u0430itian", "und\u043ecumented"], mc=["folding knife"],
    mct=["pencil case", "wooden handle"],
    cats=["ethnicity", "immigration_status"], tags=["dodge"])

add("dodge", "allow_redact", ground="serious_violence", at="2026-01-22 12:15", recipient="bpd/district-b2",
    loc="Madison Park Technical Vocational High School, welding shop",
    student=S("402230", "Devin Kearse", "2008-09-09", 12, "Madison Park Technical Vocational High School"),
    desc="""
Shop instructor: at 12:15 Devin hit another senior (A.M.) on the forearm with a steel welding hammer; A.M.'s forearm is broken (radius), surgery scheduled. Devin said A.M. had been calling him names. Staff notes say ⟦A.M. is S o m a l i⟧ and ⟦u.n.d.o.c.u.m.e.n.t.e.d⟧, and that ⟦Devin's mom is a d e a c o n e s s at Shiloh Tabernacle⟧.
""",
    mnc=["S o m a l i", "u.n.d.o.c.u.m.e.n.t.e.d", "d e a c o n e s s", "Shiloh Tabernacle"], mc=["welding hammer"],
    mct=["steel welding hammer", "broken (radius)"],
    cats=["ethnicity", "immigration_status", "religion"], tags=["dodge", "several"])

add("dodge", "allow_redact", ground="drugs", substances=["fentanyl"], at="2026-03-25 09:20", recipient="bpd/district-b3",
    loc="Young Achievers Science and Mathematics K-8 School, 8th grade bathroom",
    student=S("476082", "Josué Almánzar", "2011-10-28", 8, "Young Achievers Science and Mathematics K-8 School"),
    desc="""
SSS found Josué with 5 blue pills marked "M 30" in a folded dollar bill at 9:20; nurse strip positive for fentanyl. ⟦He's Dom\u200binican⟧, ⟦lives in Mat\u200btapan with his tía⟧, ⟦tía only speaks Span\u200bish⟧.
""",
    mnc=["Dom\u200binican", "Mat\u200btapan", "Span\u200bish"], mc=["fentanyl"],
    mct=["folded dollar bill", "5 blue pills"],
    cats=["ethnicity", "neighborhood", "language"], tags=["dodge"])

add("dodge", "allow_redact", ground="weapon", weapon="knife", at="2025-11-03 14:20", recipient="bpd/district-e13",
    loc="Margarita Muñiz Academy, 1st floor hallway",
    student=S("430770", "Edgar Tzul", "2009-04-22", 11, "Margarita Muñiz Academy"),
    desc="""
Hall monitor write-up (typed fast, sorry for spelling): at 2:20 Edgar had a knife out, a big kichen knife w/ black handel, waving it at 3 boys by the water fountian. I yelled and he put it in the trash can and I got it out w/ gloves. Nobody hurt. ⟦He is Guatamalan⟧, ⟦undocumentd⟧ I think, ⟦mom is Kreyol-speeking⟧? no, ⟦Kiche speeker⟧, ⟦needs Portugese or Spanis interpeter⟧ not sure.
""",
    mnc=["Guatamalan", "undocumentd", "Kreyol", "Kiche speeker", "Portugese", "Spanis"], mc=["kichen knife"],
    mct=["kichen knife", "water fountian"],
    cats=["national_origin", "immigration_status", "language"], tags=["dodge"])

add("dodge", "allow_redact", ground="credible_threat", at="2026-02-23 09:30", recipient="bpd/district-b3",
    loc="Jeremiah E. Burke High School, room 110 (advisory)",
    threat="""
On 2/23 in advisory Kwame told two classmates and then his advisor: "Wednesday, B lunch, I'm bringing the thing and Dorian's not walking out of the cafeteria. I'm dead serious, I got it from my cousin already." Kwame has shown classmates a video of himself holding a handgun in a car.
""",
    student=S("400419", "Kwame Osei-Bonsu", "2008-06-03", 12, "Jeremiah E. Burke High School"),
    desc="""
ADVISOR MEMO (Mr. Desmond Futrell), 2/23/26, for the AP and the threat team

I'm writing this up in full because the AP asked for everything. Please cut what doesn't belong in the police version; a lot of it is just what the kids say.

9:30 AM, advisory, room 110. Kwame told two classmates (I.S. and R.N.) that "Wednesday, B lunch" he is "bringing the thing" and that Dorian is "not walking out of the cafeteria." When I asked him to step into the hall, he said it again to me: "I'm dead serious, I got it from my cousin already." I.S. showed me a video on her phone from last week of Kwame in the back seat of a car holding what looks like a black handgun.

What the kids say about the background:
- ⟦Dorian "ain't got his papers straight"⟧, ⟦his people came over from the DR⟧, and Kwame had been teasing him about it in the group chat.
- ⟦Kwame "stays out in the 'Pan" now⟧, ⟦with his grandmother off Kestridge⟧, ⟦which puts him with the Oxbridge boys⟧ according to R.N.
- ⟦Dorian "keeps the fast" every spring⟧ and ⟦kids were making jokes about that⟧ too.
- ⟦Somebody said Kwame's mom "talks Twi on the phone all day"⟧, which I don't know why that matters.

What I did: sent I.S. and R.N. to the counselor with their phones, walked Kwame to the office at 9:40 and stayed with him. SSS searched his bag and locker; nothing found. AP called his mother at 9:55. The video is saved on I.S.'s phone and she sent it to the AP. Dorian was told at 10:30 and his family called.

I have known Kwame three years. I have never heard him say anything like this. He was shaking when we walked to the office.

- D. Futrell, Grade 12 Advisor
""",
    mnc=["papers straight", "from the DR", "the 'Pan", "Kestridge", "Oxbridge", "keeps the fast", "talks Twi"],
    mc=["black handgun"], mct=["B lunch", "not walking out of the cafeteria", "back seat of a car"],
    cats=["immigration_status", "national_origin", "neighborhood", "gang_affiliation", "religion", "language"],
    tags=["dodge", "several"])

add("dodge", "allow_redact", ground="weapon", weapon="pepper spray", at="2026-04-03 15:00", recipient="bpd/district-a7",
    loc="Mario Umana Academy, schoolyard gate",
    student=S("470557", "Stephanie Rocha", "2011-12-01", 8, "Mario Umana Academy"),
    desc="""
Dismissal report, 4/3: Stephanie sprayed pepper spray into the face of an 8th grade girl at the schoolyard gate at 3:00; the girl's eyes were flushed by the nurse for 20 minutes. Canister (black, keychain) confiscated. Parent form copied from the app: ⟦"Heritage: Ｃａｐｅ Ｖｅｒｄｅａｎ"⟧, ⟦"Neighborhood: 𝐄𝐚𝐬𝐭𝐢𝐞"⟧, ⟦"Lang: 𝘒𝘳𝘪𝘰𝘭𝘶"⟧.
""",
    mnc=["Cape Verdean", "Eastie", "Kriolu"], mc=["pepper spray"],
    mct=["schoolyard gate", "20 minutes"],
    cats=["ethnicity", "neighborhood", "language"], tags=["dodge"])

add("dodge", "allow_redact", ground="drugs", substances=["alprazolam"], at="2025-12-10 11:05", recipient="bpd/district-c11",
    loc="TechBoston Academy, computer lab 3",
    student=S("421778", "Shanice Dupree", "2009-10-18", 11, "TechBoston Academy"),
    desc="""
Lab tech: at 11:05 Shanice was passing "xanny bars" (yellow, scored, 14 total in a mint tin) to two students in computer lab 3. Tin confiscated, given to AP. Her notebook cover has ⟦"H41t14n & pr0ud"⟧ and ⟦"n0 p4p3rs n0 pr0bl3ms"⟧ and ⟦"D0rch3st3r"⟧ written on it.
""",
    mnc=["H41t14n", "n0 p4p3rs", "D0rch3st3r"], mc=["xanny bars"],
    mct=["mint tin", "computer lab 3"],
    cats=["ethnicity", "immigration_status", "neighborhood"], tags=["dodge"])

add("dodge", "deny_substance", ground="drugs", substances=["marijuana (\"za\")", "THC carts"], at="2026-01-07 13:45",
    recipient="bpd/district-e18",
    loc="Boston Community Leadership Academy, back stairwell",
    student=S("427315", "Tyler Boateng", "2009-03-03", 10, "Boston Community Leadership Academy"),
    desc="""
Caught with "za" and two "carts" in the back stairwell; said it's "just gas, nothing crazy." ⟦Lives up in the 'Pan (Mattapan)⟧ per his friend.
""",
    mnc=["'Pan", "Mattapan"], cats=["neighborhood"], tags=["dodge"])

add("dodge", "deny_replica", ground="weapon", weapon="BB gun", at="2026-05-05 08:10", recipient="bpd/district-e13",
    loc="The English High School, main lobby",
    student=S("429645", "Adrián Colón", "2009-08-14", 11, "The English High School"),
    desc="""
Black BB pistol found in Adrián's backpack at the lobby scanner, no CO2 cartridge. He said it's "for target practice." ⟦Teacher writes he's "100% Boricua"⟧, ⟦"habla puro español en casa"⟧.
""",
    mnc=["Boricua", "habla puro español"], cats=["ethnicity", "language"], tags=["dodge", "foreign"])

add("dodge", "deny_ground", ground="suspicious_behavior", at="2026-03-30 15:30", recipient="bpd/district-b3",
    loc="Outside Lilla G. Frederick Middle School",
    student=S("478835", "Jamari Nixon", "2011-08-08", 8, "Lilla G. Frederick Middle School"),
    desc="""
Jamari has been seen after school ⟦wearing the Brackley colors⟧ and ⟦throwing up "BSQ" with his hands⟧. Nothing illegal observed. Please keep an eye on him.
""",
    mnc=["Brackley", "BSQ"], cats=["gang_affiliation"], tags=["dodge"])

# =====================================================================================================
# 15. trap: precision traps (words that look forbidden but are incident facts or ordinary school life)
# =====================================================================================================
add("trap", "allow_clean", ground="serious_violence", weapon="knife", at="2026-05-08 18:40", recipient="bpd/district-e13",
    loc="Boston Community Leadership Academy gym, International Food Festival",
    student=S("415873", "DeAndre Whitley", "2008-10-19", 12, "Boston Community Leadership Academy"),
    desc="""
INCIDENT NARRATIVE - International Food Festival (family night), Friday 5/8/26
Written by: AP Corinne Mabry, with statements from two staff and three students

The school's International Food Festival ran from 5:30 to 8:00 PM in the gym. Tables were set up by the World Languages department, the Culinary Arts class, the Latin club, the Model UN club and the Soccer team (the soccer team was selling jollof rice, pupusas and beef patties to raise money for their new uniforms). About 300 people attended. The music was a playlist put together by the Step Team.

At about 6:40 PM, DeAndre Whitley (grade 12) and a junior, M.S., argued in the line for the jollof rice table. Witnesses say M.S. knocked DeAndre's plate out of his hands. DeAndre walked to the Culinary Arts table, picked up a chef's knife (about 8 inch blade) that had been used to cut plantains, came back and stabbed M.S. once in the upper back, near the left shoulder blade.

Mr. Ferreira (Culinary Arts teacher) grabbed DeAndre's arm and took the knife. Two parents who are nurses helped the nurse on duty keep pressure on the wound. BPD officers working the detail at the front door came in at 6:43. EMS took M.S. to Boston Medical Center, where he was treated for a 4 cm stab wound that collapsed his left lung; he was admitted and is expected to recover.

DeAndre was held by the detail officers. The knife was bagged by the officers at 6:50. The gym was cleared by 7:15 and the festival ended early. Families were sent an announcement at 8:30 PM.

Other notes for the file:
- The Model UN club's table had flags of 24 countries hanging behind it; some were knocked down in the rush, no one was hurt.
- Video: the school's livestream of the festival (set up by the AV club for families who could not come) shows the stabbing at 6:41:12.
- Students interviewed: M.S. (victim, by phone from the hospital on 5/9), J.T. and A.W. (witnesses in line).

The school will hold a community meeting next week. The World Languages department has asked that the festival continue next year with more staff.
""",
    mc=["chef's knife"], mct=["International Food Festival", "jollof rice table", "collapsed his left lung"], tags=["trap"])

add("trap", "allow_clean", ground="serious_violence", at="2025-10-22 15:30", recipient="bpd/district-b3",
    loc="Outside the Mattapan Branch of the Boston Public Library (after-school tutoring program)",
    student=S("467791", "Quintin Barros", "2009-02-25", 10, "New Mission High School"),
    desc="""
Tutoring coordinator report: at 3:30, on the steps outside the Mattapan Branch of the Boston Public Library, where our after-school tutoring program meets, Quintin hit another tutee (O.L.) in the head with a metal water bottle four times. O.L. was taken by EMS to Carney Hospital: skull fracture and a brain bleed, ICU overnight. Quintin stayed on the steps until officers came.
""",
    mc=["metal water bottle"], mct=["Mattapan Branch of the Boston Public Library", "brain bleed"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="box cutter", at="2026-01-15 10:50", recipient="bpd/district-d14",
    loc="Brighton High School, room 312 (AP World History)",
    student=S("408870", "Owen Castellano", "2009-09-17", 11, "Brighton High School"),
    desc="""
Referral: during AP World History (lesson on the Mexican Revolution and the Partition of India), Owen took a box cutter from his French 2 binder and slid the blade out toward a student who had taken his seat. The teacher took the box cutter. No injury. Owen said he used it to open boxes at his job.
""",
    mc=["box cutter"], mct=["Mexican Revolution", "Partition of India", "French 2 binder"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="club", at="2025-12-18 13:25", recipient="bpd/district-c11",
    loc="Dorchester Academy, cafeteria",
    student=S("422507", "Luis Ocasio", "2009-12-03", 11, "Dorchester Academy"),
    desc="""
Lunch aide: Luis, wearing his Argentina national team jersey, swung a padlock in a sock at a student in the cafeteria at 1:25 and hit the table, cracking a tray. He was arguing about the Celtics and Real Madrid. The aide took the sock and lock. No one was hit.
""",
    mc=["padlock in a sock"], mct=["Argentina national team jersey", "Real Madrid", "cracking a tray"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="box cutter", at="2026-02-26 16:15", recipient="bpd/district-b2",
    loc="John D. O'Bryant School, robotics lab (room 019)",
    student=S("434008", "Priya Raghunathan", "2009-05-20", 11, "John D. O'Bryant School of Mathematics & Science"),
    desc="""
Robotics coach: after-school build session of our FIRST Robotics team, the "Gear Gang" (team 9421), robotics lab 019. At 4:15 Priya pointed a box cutter at a teammate's face during an argument over the drive-train and said "back off my robot." Coach took it. No injury. The rest of the Gear Gang build crew was sent home early.
""",
    mc=["box cutter"], mct=["Gear Gang", "build crew", "robotics lab 019"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="knife", at="2025-10-14 07:55", recipient="bpd/district-d4",
    loc="Boston Green Academy, front doors",
    student=S("425996", "Tobias Reinhardt", "2009-07-01", 11, "Boston Green Academy"),
    desc="""
First day back after the Indigenous Peoples' Day long weekend. At 7:55 at the front doors Tobias showed a classmate a hunting knife (6 inch, in a sheath) in his backpack and said he was "ready for anybody." Knife taken by SSS. No one threatened directly.
""",
    mc=["hunting knife"], mct=["Indigenous Peoples' Day", "6 inch, in a sheath"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="knife", at="2026-04-29 12:35", recipient="bpd/district-c11",
    loc="TechBoston Academy, 4th floor lounge",
    student=S("419930", "Chelsea Jordan", "2009-11-15", 11, "TechBoston Academy"),
    desc="""
At 12:35 in the 4th floor lounge Chelsea pulled a kitchen knife on a classmate who had spilled her iced coffee. Teacher Mr. Santos came in. Chelsea dropped the knife on the couch. The classmate was not hurt. Knife has a white handle and a 5 inch blade.
""",
    mc=["kitchen knife"], mct=["Chelsea dropped the knife", "white handle"], tags=["trap"])

add("trap", "allow_clean", ground="weapon", weapon="box cutter", at="2026-03-16 12:05", recipient="bpd/district-e18",
    loc="Brook Farm Business and Service Career Academy, cafeteria",
    student=S("411983", "Xavier Pinto", "2008-08-28", 12, "Brook Farm Business and Service Career Academy"),
    desc="""
Cafeteria report: Xavier and another senior fought over an Arizona iced tea and a Fiji water bottle. Xavier took out a box cutter and cut the other student's hoodie sleeve; no skin cut. Also present: a bag of Takis and a can of Canada Dry that got knocked over. Box cutter taken by the cafeteria manager.
""",
    mc=["box cutter"], mct=["Arizona iced tea", "Fiji water bottle", "Canada Dry"], tags=["trap"])

add("trap", "allow_redact", ground="weapon", weapon="knife", at="2026-01-21 11:10", recipient="bpd/district-a7",
    loc="East Boston High School, room 219 (Spanish 3)",
    student=S("445710", "Rosa Benítez", "2009-02-19", 11, "East Boston High School"),
    desc="""
Teacher report: in Spanish 3 class (room 219) at 11:10 Rosa held a small folding knife to a classmate's hand on the desk and said "say it again." The classmate pulled away, not cut. The knife was given to the AP. Mom came at 1:00; ⟦she only speaks Spanish⟧ so the Spanish 3 teacher ⟦interpreted for her⟧; ⟦she said they moved here from Honduras in 2024⟧.
""",
    mnc=["only speaks Spanish", "interpreted for her", "Honduras"], mc=["folding knife"],
    mct=["Spanish 3 class", "room 219"],
    cats=["language", "national_origin"], tags=["trap"])

add("trap", "deny_recipient", ground="weapon", weapon="knife", at="2026-02-02 09:45", recipient="bpd/bric",
    loc="Boston Latin School, 2nd floor hallway",
    student=S("423946", "Henry Nakashima-Ruiz", "2009-05-25", 11, "Boston Latin School"),
    desc="""
Knife shown in the 2nd floor hallway at 9:45; no injury. The request is addressed to the BPD's intelligence center at their analyst's request. ⟦Family attends Iglesia Nueva Vida⟧.
""",
    mnc=["Nueva Vida"], cats=["religion"], tags=["trap"])


# =====================================================================================================
def main():
    assert len(CASES) == 150, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    by_outcome, by_genre = {}, {}
    for c in CASES:
        t = c["expect"]["tags"]
        by_genre[t[0]] = by_genre.get(t[0], 0) + 1
        by_outcome[t[1]] = by_outcome.get(t[1], 0) + 1
    longs = sum("long" in c["expect"]["tags"] for c in CASES)
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("by outcome:", dict(sorted(by_outcome.items())))
    print("by genre:", by_genre)
    print("long:", longs)


if __name__ == "__main__":
    main()
