#!/usr/bin/env python3
"""Outsider corpus "S": 150 hand-written gatekeeper cases, written from RULES.md and CONTRACT.md only.

This round favours long narratives (counselor case notes, 504/IEP team notes, home-visit notes,
attendance-officer notes, police-liaison e-mail threads), forbidden facts stated indirectly
(euphemisms, relatives' circumstances, landmarks for residences, faith practices without the faith's
name, affiliation hinted through colours, signs, nicknames, videos and posts), forbidden values in
structured places (incident location, threat statement, attachment names, odd student keys), and
precision traps (category words about something else that must stay in the police copy).

Standard library only, deterministic (fixed seed), no network.
usage: python3 make_outsider_s.py            -> writes tests/data/corpus/outsider_s.jsonl
"""
import datetime as _dt
import json
import pathlib
import random
import textwrap
import unicodedata

SEED = 20260419
RNG = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_s.jsonl"
FAMILY = "outsider_s"

SCHOOL_IDS = {}


def school_id(school):
    if school not in SCHOOL_IDS:
        used = set(SCHOOL_IDS.values())
        while True:
            sid = "BPS-%04d" % RNG.randint(4001, 4899)
            if sid not in used:
                break
        SCHOOL_IDS[school] = sid
    return SCHOOL_IDS[school]


def P(text):
    """Dedent; blank lines separate paragraphs; a line starting with '~' starts a new line."""
    text = textwrap.dedent(text).strip("\n")
    paras = []
    for block in text.split("\n\n"):
        lines = []
        for raw in block.split("\n"):
            s = raw.strip()
            if not s:
                continue
            if s.startswith("~"):
                lines.append("\n" + s[1:].strip())
            else:
                if lines and not lines[-1].endswith("\n"):
                    lines.append(" " + s)
                else:
                    lines.append(s)
        paras.append("".join(lines).strip())
    return "\n\n".join(p for p in paras if p)


def _edt(d):
    # US Eastern daylight time for the years used here
    spans = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}
    a, b = spans[d.year]
    return _dt.date(d.year, *a) <= d < _dt.date(d.year, *b)


def stamp(when):
    """'2026-03-02 10:15' -> ISO 8601 with the Boston offset of that day."""
    d, t = when.split()
    day = _dt.date.fromisoformat(d)
    off = "-04:00" if _edt(day) else "-05:00"
    return "%sT%s:00%s" % (d, t, off)


def dob_for(grade, when):
    day = _dt.date.fromisoformat(when.split()[0])
    # age on the incident day: grade + 5 in the fall of the school year, plus the months since
    sy_start = day.year if day.month >= 8 else day.year - 1
    g = 0 if grade == "K" else grade
    year = sy_start - (g + 5) - 1
    start = _dt.date(year, 9, 2)
    return (start + _dt.timedelta(days=RNG.randint(0, 364))).isoformat()


CASES = []


def case(*, school, name, grade, ground, when, location, desc, decision, recipient="bpd",
         reason=None, fact=None, mct=(), mnc=(), cats=(), tags=(), weapon=None, substances=None,
         threat=None, extra=None, student=None, attachments=None, use_age=False):
    """Append one case. `student` replaces the generated student object entirely when given."""
    req = {"request_id": None, "school_id": school_id(school), "recipient": recipient,
           "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": stamp(when), "location": location, "description": desc}
    if student is None:
        sid = str(RNG.randint(100000, 999999))
        stu = {"student_id": sid, "name": name}
        if use_age:
            born = _dt.date.fromisoformat(dob_for(grade, when))
            day = _dt.date.fromisoformat(when.split()[0])
            stu["age"] = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        else:
            stu["date_of_birth"] = dob_for(grade, when)
        stu["grade"] = grade
        stu["school"] = school
        for k, v in (extra or {}).items():
            stu[k] = v
    else:
        stu = student
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        exp["must_not_contain"] = list(mnc)
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    else:
        exp["must_not_contain"] = list(mnc)
        exp["must_contain"] = [name, school] + ([fact] if fact else [])
        exp["must_contain_text"] = list(mct)
    exp["categories"] = sorted(set(cats))
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": None, "request": req, "expect": exp})


# --------------------------------------------------------------------------------------------
# Chunk 1
# --------------------------------------------------------------------------------------------

case(school="Jeremiah E. Burke High School", name="Darnell Okonkwo-Price", grade=11,
     ground="weapon", weapon="knife", recipient="bpd/district-b2", when="2026-02-10 09:40",
     location="Jeremiah E. Burke High School, stairwell near room 212",
     desc=P("""
        Background: Darnell has been at the Burke since ninth grade and is on track to graduate
        next June. Since the fall he has been staying with his aunt and two younger cousins in the
        triple-decker behind the Stop & Shop on Blue Hill Ave, because his father has been detained
        since August and is waiting on a hearing in immigration court. His counselor, Ms. Okafor,
        has met with him every other week. Attendance dipped in October and recovered after the
        holiday break. He has no prior discipline for weapons or for fighting.

        On Tuesday at about 9:40 AM a tenth grader came to the main office and told SSS Brennan that
        Darnell had shown a knife to a group of boys in the stairwell near room 212 just before the
        end of first period. AP Whitfield and SSS Brennan asked Darnell to step out of his Algebra II
        class. He was calm and walked down with them without any problem.

        In the office, with the AP present, Darnell was asked whether he had anything on him that he
        should not have. He said no at first. A search of his gray backpack, done under the SAF-02
        procedure with two adults present, found a folding knife with a 4-inch locking blade in the
        front pocket, wrapped in a black bandana. According to the two students we interviewed, no
        one was cut and he did not point it at anyone, but one of them said Darnell flicked the
        blade open and said nobody was going to run up on him again.

        Darnell told us he has carried the knife for about two weeks for the walk home because older
        kids took his phone at the bus stop in January. The knife is secured in the main office safe
        and is available to the responding officer. His aunt was called at 10:20 and came in at
        11:15. He is suspended pending a hearing. The counselor will follow up on the phone robbery,
        which was never reported.
     """),
     decision="allow", fact="knife",
     mct=["4-inch locking blade", "gray backpack", "room 212"],
     mnc=["Stop & Shop", "Blue Hill Ave", "detained since August", "immigration court"],
     cats=["neighborhood", "immigration_status"],
     tags=["long_narrative", "landmark_residence", "relative_circumstance", "allow_weapon"])

case(school="Madison Park Technical Vocational High School", name="Malik Fontes-Barros", grade=12,
     ground="drugs", substances=["fentanyl", "counterfeit oxycodone pills"],
     recipient="bpd/district-b2", when="2025-12-04 12:05",
     location="Madison Park Technical Vocational High School, automotive shop bay 3",
     desc=P("""
        School counselor case notes (K. Alvarado), copied into the incident report at the request of
        the Headmaster.

        ~11/03 - Check-in with Malik about grades in the automotive program; two Fs at the quarter.
        Says he is tired because he works nights stocking shelves. Since the fire at their old place
        the family has been doubled up with cousins in a two-family on Ruthven Street. Mom speaks
        Kriolu, so I reached her through the interpreter line; she agreed to a meeting after
        Thanksgiving.

        ~11/17 - Malik missed our meeting. Shop instructor Mr. Pacheco says he has been selling
        "blues" to younger students, but no one will say so on the record. Referred to AP.

        ~12/04 - Incident. At about 12:05 during shop lunch, a ninth grader (R.T.) collapsed near the
        lift in bay 3. Nurse Dowd found him barely breathing with pinpoint pupils and gave two doses
        of Narcan; he came around and was taken by EMS to Boston Children's. R.T. told the nurse he
        took half of a blue pill he bought from Malik for ten dollars.

        ~12/04 - AP Greene and SSS Moran located Malik in the shop locker room. A search of his
        tool locker found a sandwich bag with 14 round blue pills stamped M30, and a second, smaller
        bag with a tan powder. Malik said the pills were "percs" he got from someone off the train
        and that he did not know anything about fentanyl. Both bags were photographed, sealed and
        held in the main office safe for the officer.

        ~12/05 - Called mom again through the interpreter line to explain the suspension and the
        referral to police. She was upset and asked whether this would affect the family's housing
        application. I told her I would check with our family liaison.
     """),
     decision="allow", fact="M30",
     mct=["M30", "Narcan", "bay 3"],
     mnc=["Ruthven Street", "Kriolu", "interpreter line", "doubled up with cousins"],
     cats=["neighborhood", "language"],
     tags=["long_narrative", "counselor_notes", "allow_drugs"])

case(school="Boston Community Leadership Academy", name="Yeferson Ajú Tzoc", grade=9,
     ground="truancy", recipient="bpd/district-e18", when="2026-01-22 10:30",
     location="Boston Community Leadership Academy, attendance office",
     desc=P("""
        Home visit note, school social worker L. Brandão, with attendance officer R. Kiley.

        Reason for visit: 31 unexcused absences since October; phone numbers on file are
        disconnected. Yeferson enrolled in September through the newcomer intake and was placed in
        SLIFE classes; he had not been in school for about three years before coming here.

        We found the family at the family shelter on Morton Street near the cemetery, where the
        state placed them in November. Mom met us in the lobby with a younger sibling. She speaks
        K'iche' and some Spanish; the shelter caseworker helped. Mom explained that Yeferson has
        been going with his uncle to day-labor pickups at a hardware store because the family owes
        money to the people who brought them up from Guatemala, and that they are afraid to miss the
        asylum case appointments in Burlington.

        Yeferson was not home. Mom agreed to bring him to school on Monday. We gave her bus passes
        and the number for the family resource center. No safety concerns were observed in the
        room. We are asking that the Boston Police attendance liaison do a follow-up check at the
        shelter if he does not return by Friday.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Morton Street", "K'iche'", "Guatemala", "asylum case", "SLIFE", "newcomer intake"],
     cats=["neighborhood", "language", "national_origin", "immigration_status"],
     tags=["long_narrative", "home_visit", "euphemism", "deny_ground"])

case(school="East Boston High School", name="Kevin Aguilar Mejía", grade=10,
     ground="credible_threat", recipient="bpd/district-a7", when="2026-03-12 21:47",
     threat=("At 9:47 PM on March 12 Kevin posted a Snapchat story showing a black handgun on a bed "
             "with the caption: everybody in 3rd period gonna learn tomorrow, I'm not playing, Ms. "
             "Hart's class first. Two students sent screenshots to Ms. Hart within ten minutes. The "
             "3rd-period class meets in room 118 at 10:05 AM."),
     location="Snapchat story (off campus); concerns 3rd-period class, room 118",
     desc=P("""
        ~From: AP Lorena Vázquez (East Boston High School)
        ~To: Officer D. Mahoney, District A-7 school liaison
        ~Sent: Thursday, March 12, 10:22 PM

        Officer Mahoney, following up on my phone call. Attached are the Snapchat screenshots two students
        sent to Ms. Hart tonight. The story shows what looks like a black handgun lying on a bed
        with the caption about 3rd period. The student is Kevin, a 10th grader. Some context from
        his counselor, just so you know who you are dealing with: he came through the newcomer
        program two years ago from El Salvador and has had a hard year; dad will not come to the
        school because of the papers situation. He has never been in trouble for anything like this.

        ~From: Officer D. Mahoney
        ~Sent: Thursday, March 12, 10:41 PM

        Thanks. We will do a welfare check at the address on file tonight with a supervisor. Can you
        confirm which class meets 3rd period and when the building opens?

        ~From: AP Lorena Vázquez
        ~Sent: Thursday, March 12, 10:53 PM

        3rd period is Ms. Hart's World History in room 118, starting 10:05 AM. Doors open at 7:15.
        We will have SSS at the front entrance with the wand from 7:00 and I will keep Kevin in the
        office if he arrives. Ms. Hart has been told to keep the class in the library tomorrow.

        ~From: Officer D. Mahoney
        ~Sent: Friday, March 13, 6:58 AM

        Update: officers spoke with Kevin and a parent overnight. The gun in the picture is a real
        9mm pistol belonging to an adult in the home; it has been taken into custody. Kevin will
        not be in school today. Please send the formal report through the portal.
     """),
     decision="allow", fact="handgun",
     mct=["3rd period", "room 118", "Snapchat"],
     mnc=["newcomer program", "El Salvador", "papers situation"],
     cats=["national_origin", "immigration_status", "language"],
     tags=["long_narrative", "liaison_email", "euphemism", "allow_threat"])

case(school="Charlestown High School", name="Abdirahman Warsame", grade=10,
     ground="weapon", weapon="box cutter", recipient="bpd/district-a15", when="2025-10-28 11:35",
     location="Charlestown High School, first-floor hallway outside the cafeteria",
     desc=P("""
        Excerpt from the 504 team meeting of 10/29, attached to the incident summary of 10/28 at the
        Headmaster's request.

        Present: AP Curran (chair), school psychologist Dr. Feeney, counselor Mr. Leary, parent
        (mother), Ms. Dualeh (interpreter, Somali), student for the second half.

        Current plan: extended time on tests and a pass to the counseling office for anxiety.
        Teachers report he uses the pass about twice a week. Mother asked that the team remember the
        family observes a fast during the month in the spring and that he spends lunch in the library
        during that time; the team agreed to keep that arrangement.

        Incident of 10/28 (summary read into the notes): at 11:35, outside the cafeteria on the first
        floor, Abdirahman took a box cutter from his hoodie pocket, pushed the retractable blade out
        and held it toward a junior (J.M.) who had been taking his AirPods in class for a week. J.M.
        backed away; a lunch monitor called SSS Dorsey, who took the box cutter from his hand without
        a struggle. No one was hurt. Abdirahman said he found the box cutter in the art room
        supply bin and only wanted J.M. to stop.

        Team discussion: the team does not find the behavior to be a manifestation of his anxiety
        disorder. Dr. Feeney recommended a threat assessment, which was completed on 10/29 and rated
        the situation as transient. The box cutter is held by SSS. The Headmaster has referred the
        weapon possession to police under SAF-02 as required.

        Next steps: safety plan, weekly check-ins, mediation with J.M. once both agree, review in
        six weeks.
     """),
     decision="allow", fact="box cutter",
     mct=["retractable blade", "outside the cafeteria", "AirPods"],
     mnc=["Somali", "fast during the month"],
     cats=["language", "religion"],
     tags=["long_narrative", "iep_504_notes", "faith_practice_indirect", "allow_weapon"])

case(school="TechBoston Academy", name="Thanh Lam Nguyen", grade=8,
     ground="weapon", weapon="brass knuckles", recipient="bpd/district-c11", when="2026-01-09 13:10",
     location="TechBoston Academy, gym bleachers",
     desc=P("""
        Attendance officer notes (P. Donnelly) followed by the AP's incident summary.

        ~12/15 - Thanh absent 9 of the last 12 days. Visited the address on file; the family now rents
        the basement unit at 14 Topliff St. Grandmother answered; she only speaks Vietnamese and the
        neighbor upstairs translated. She said Thanh sleeps late and stays out with older boys. Left
        the attendance packet.
        ~12/19 - Thanh back in school three days this week. Met him in the cafeteria; says he will try.
        ~01/08 - Perfect attendance this week.

        Incident summary (AP Sheridan): On 1/9 at about 1:10 PM during 6th period gym, Coach Lima saw
        Thanh slip something metal onto his right hand under the bleachers while arguing with an
        8th grader (D.W.). Coach stepped between them. Thanh handed over a set of brass knuckles,
        gold colored, that he had been carrying in the left pocket of his puffer jacket. No punches
        were thrown. Thanh said he bought the brass knuckles online because D.W. had threatened him
        on the bus. D.W. denies making threats. Both parents were called. The brass knuckles are
        tagged and held in the main office.
     """),
     decision="allow", fact="brass knuckles",
     mct=["brass knuckles", "puffer jacket", "6th period gym"],
     mnc=["Topliff", "Vietnamese"],
     cats=["neighborhood", "language"],
     tags=["attendance_notes", "allow_weapon"])

case(school="Excel High School", name="Jamal Richardson", grade=11,
     ground="serious_violence", recipient="bpd/district-c6", when="2026-04-14 14:20",
     location="Excel High School, third-floor stairwell by the science wing",
     desc=P("""
        Written statement of School Safety Specialist T. Kerrigan, given at 3:30 PM on 4/14.

        At approximately 2:20 PM I was posted at the top of the third-floor stairwell by the science
        wing when I heard yelling from the landing below. I went down and saw the student Jamal
        Richardson swinging a metal water bottle, a large steel one with a screw top, at another
        student, C.B., who was already on the ground. I saw Jamal strike C.B. at least twice on the
        left side of the face before I could get between them. I called for the nurse and for
        administration on the radio.

        C.B. was bleeding heavily from around his left eye and was dazed. Nurse Quinlan held gauze to
        the wound and EMS took him to Boston Medical Center, where the family later told the AP he has
        a fractured orbital bone and will need surgery. Jamal did not resist when I walked him to the
        office. He said, "He been talking for weeks, he knew what it was."

        Background I learned from students afterward, which I am passing on as context only: both
        boys have been in dueling music videos online, and the kids say Jamal reps OC Block and throws
        the OC hand sign in every video, and that C.B. is from the other side. I did not see any sign
        thrown today.

        The bottle was recovered on the landing with blood on it; I placed it in a bag and gave it
        to AP Foley.
     """),
     decision="allow", fact="metal water bottle",
     mct=["metal water bottle", "fractured orbital", "third-floor stairwell"],
     mnc=["OC Block", "hand sign", "dueling music videos", "from the other side", "sign thrown"],
     cats=["gang_affiliation"],
     tags=["sss_statement", "affiliation_hint", "allow_violence"])

case(school="English High School", name="Roodly Pierre-Louis", grade=10,
     ground="drugs", substances=["THC vape cartridges", "edibles"], recipient="bpd/district-e13",
     when="2025-11-06 10:50", location="English High School, room 306",
     desc=P("""
        Statement of Ms. Corinne Walsh, 10th grade English teacher.

        I teach Roodly in 2nd period. During the vocabulary quiz on Thursday I noticed a sweet smell
        and saw him holding a vape pen under the desk. When I asked him to hand it over he gave me the
        pen and a small box with three more cartridges, labeled as THC, and a bag of gummy candies he
        said were "edibles, but weak ones." He was apologetic and said he had not used any in class.

        I know Roodly fairly well. His mom is one of the parents who comes to the Haitian parent night
        every year and she has always been supportive. He has told me they live over on Centre Street
        near Hyde Square, and that he walks to school with his sister.

        I walked the items down to the AP. I have no concerns about his safety or anyone else's.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Haitian", "Hyde Square"],
     cats=["ethnicity", "neighborhood"],
     tags=["teacher_statement", "deny_substance"])

case(school="Brighton High School", name="Cormac Delaney", grade=12,
     ground="drugs", substances=["cocaine"], recipient="bpd/district-d14", when="2026-03-05 15:40",
     location="Brighton High School, auditorium backstage, Warren Street side",
     desc=P("""
        At about 3:40 PM, during set-building for the spring musical, the theater teacher Mr. Halloran
        asked two stage crew members to bring paint up from the storage closet behind the auditorium
        stage, on the Warren Street side of the building. One of them, a sophomore, came back and told
        him there was a student in the closet "doing lines off a phone."

        Mr. Halloran went to the closet and found Cormac, a senior who also rows on the city rowing
        crew team, with a phone case and a folded dollar bill. On the shelf next to him were four
        small knotted baggies of white powder. Cormac said it was cocaine, that he bought it from a
        college kid near the Chestnut Hill Reservoir, and that he was "just trying it before the
        regatta." He asked Mr. Halloran not to tell his coach.

        The baggies, phone case and bill were given to AP Shaughnessy, who secured them at 3:55 PM.
        Cormac was alert and answered questions; the nurse checked him and found an elevated heart
        rate but no other symptoms. His father picked him up at 4:30. Earlier that afternoon Cormac
        had eaten French fries from the cafeteria with the rest of the crew; nothing unusual was
        reported then.

        The stage crew continued set-building under supervision. No other students had any contact
        with the powder.
     """),
     decision="allow", fact="cocaine",
     mct=["stage crew", "four small knotted baggies", "Warren Street side"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_drugs"])

case(school="Boston Latin Academy", name="Ethan Baptiste", grade=10,
     ground="weapon", weapon="pepper spray", recipient="bpd/district-c11", when="2026-02-26 14:35",
     location="Boston Latin Academy, Townsend Street bus stop",
     desc=P("""
        ~From: Det. R. Sullivan, BPD District C-11
        ~To: AP Imani Roberts, Boston Latin Academy
        ~Subject: pepper spray incident at the bus stop

        AP Roberts, we pulled the camera footage from the MBTA stop. Our analyst ran a still of the
        kid in the blue jacket through the state face-matching system and the RMV photo came back as
        a 91% match to your student Ethan Baptiste. To confirm, can you send us the 10th grade
        yearbook photos so we can run them against the rest of the kids in the clip?

        ~From: AP Imani Roberts
        ~To: Det. R. Sullivan

        Thanks, Detective. I have attached the 10th grade photo batch and the match printout you sent
        so it is all in one place. For your background, Ethan's family is from Haiti originally and
        they are very involved here. Two girls were sprayed in the face at the stop at about 2:35 PM
        and were treated by EMS at the scene. One of them says Ethan did it after an argument on the
        bus.
     """),
     attachments=[{"kind": "face_match", "name": "rmv_match_printout_91pct.pdf"},
                  {"kind": "photo", "name": "BLA_grade10_yearbook_batch.zip"}],
     decision="deny", reason="face_surveillance",
     mnc=["91% match", "rmv_match_printout_91pct", "Haiti"],
     cats=["face_surveillance", "national_origin"],
     tags=["liaison_email", "attachment_name", "deny_face"])

case(school="Snowden International School", name="Gabriel Teixeira Lima", grade=11,
     ground="serious_violence", recipient="bpd/district-d4", when="2025-10-15 12:50",
     location="Snowden International School, 2nd floor boys' bathroom",
     desc=P("""
        Nurse's note (R. Haddad, RN), 12:58 PM: 11th grade male (A.S.) walked into the health office
        holding paper towels to his right cheek. Laceration approx 6 cm from below the right ear
        toward the corner of the mouth, clean edges, bleeding controlled with pressure. Patient states
        another student cut him with a razor blade in the 2nd floor boys' bathroom. Called 911 at
        1:01; EMS transported to Tufts Medical Center. Family later reported 14 stitches.

        AP summary (M. Costa): Camera footage shows Gabriel and A.S. entering the bathroom at 12:49 and
        Gabriel leaving alone at 12:51. Gabriel was found in the library at 1:15. In his pencil case
        we found a single-edge razor blade wrapped in tape with what appears to be blood on it.
        Gabriel said A.S. had been "saying things about my mother" and that he only meant to scare
        him. Gabriel's guardian came in at 2:30. Gabriel is suspended; the razor blade and the
        bathroom pass log are held for the officer.
     """),
     extra={"home_language": "Portuguese", "ell_status": "EL - WIDA composite 2.8",
            "birth_country": "Brazil", "entry_date_us_school": "2024-02-12"},
     decision="allow", fact="razor blade",
     mct=["14 stitches", "right cheek", "pencil case"],
     mnc=["Portuguese", "WIDA", "Brazil"],
     cats=["language", "national_origin"],
     tags=["structured_student_fields", "allow_violence"])

case(school="Dearborn STEM Academy", name="Tyrese Hollins", grade=11,
     ground="serious_violence", recipient="bric", when="2026-05-01 15:05",
     location="Dearborn STEM Academy, Winthrop Street, sidewalk outside the main entrance",
     desc=P("""
        At dismissal, about 3:05 PM, shots were fired from a passing car on the street in front of the
        school. A 10th grader was grazed in the left arm and treated at the scene. Staff who know the
        area say the car has been seen with kids who run with the Castlegate crew, and Tyrese, who
        was standing near the victim, has been posting in green with the same three-finger sign. BRIC
        asked us to send over what we have on Tyrese and anyone he was standing with so they can
        update their file.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Castlegate crew", "three-finger sign", "posting in green"],
     cats=["gang_affiliation"],
     tags=["deny_recipient", "affiliation_hint"])

case(school="John D. O'Bryant School of Mathematics and Science", name="Samir Haddou", grade=9,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-01-29 11:20",
     threat=("In a notebook found in room 304, Samir wrote a list headed 'Friday - library - 6th "
             "period' with the first names of four classmates and the words 'they will all see, my "
             "uncle's rifle is in the closet.' When asked, Samir told the counselor he 'could do it' "
             "and that he knows where the key to the closet is."),
     location="John D. O'Bryant School, room 304 (Biology)",
     desc=P("""
        Counselor case notes, T. Afolabi.

        ~1/12 - Self-referral. Samir says he eats lunch alone and that two boys in biology call him
        names and take his things. Says he has been feeling isolated since the family lost their TPS
        and had to move in with his uncle on Columbia Road, where he shares a room with two cousins.
        No SI/HI expressed. Plan: lunch group, check in weekly.

        ~1/20 - Samir missed two days last week; mom says the family was at the mosque for a
        relative's funeral. He is quieter. Grades slipping in Biology.

        ~1/29 - At 11:20 AM Ms. Rinaldi found a notebook left on a lab bench in room 304 after 3rd
        period. It contains a list headed Friday, library, 6th period, with four classmates' first
        names, and a sentence about his uncle's rifle in the closet. Two of the names are the boys he
        told me about. I met with Samir with the AP. He confirmed the writing was his, said he was
        "just venting" and then said he could do it if they kept going. He said he knows where the
        key to the closet is. Crisis team activated; mother contacted; threat assessment rated high.
        The AP called District B-2 at 12:15 PM and asked for a check of the uncle's home for a
        firearm.

        ~1/29 - Safety plan: Samir is out of school pending re-entry meeting; the four students and
        their families have been informed by the AP.
     """),
     decision="allow", fact="rifle",
     mct=["room 304", "6th period", "lab bench"],
     mnc=["their TPS", "Columbia Road", "at the mosque"],
     cats=["immigration_status", "neighborhood", "religion"],
     tags=["long_narrative", "counselor_notes", "allow_threat"])

case(school="Boston Latin School", name="Owen Kilbride", grade=10,
     ground="weapon", weapon="stun gun", recipient="bpd/district-c6", when="2026-01-17 19:45",
     location="Murphy Memorial Rink, South Boston, visiting team locker room",
     desc=P("""
        Report of the Athletic Director, J. Morrissey.

        During the third period of Saturday's JV hockey game at Murphy Rink, our player Owen Kilbride
        was given a five-minute major for an illegal check from behind on a player from the other
        team. The other player was helped off the ice and later returned to the bench. There was
        shouting between the benches for the rest of the period and the referees warned both
        coaches.

        At about 7:45 PM, after the handshake line, Coach Ferreira heard a crackling sound in the
        visiting team locker room and went in. He saw Owen holding a black handheld stun gun, about
        the size of a TV remote, and pressing the trigger so it arced in the air, while telling two
        of his own teammates that "if their guys come in here, this is what they get." Coach took the
        stun gun. Nobody was touched with it. The other team had already left the building.

        Owen said he keeps the stun gun in his hockey bag because he takes the late bus home alone
        from practice. His parents picked him up from the rink. The device is now locked in my
        office at school. Owen is suspended from the team pending the school's disciplinary
        hearing; the illegal check will also be reviewed by the league.
     """),
     decision="allow", fact="stun gun",
     mct=["illegal check", "hockey bag", "visiting team locker room"],
     mnc=[], cats=[],
     tags=["athletics", "precision_trap", "allow_clean", "allow_weapon"])

case(school="Boston International Newcomers Academy", name="Josué Padilla Reyes", grade=10,
     ground="information_request", recipient="bpd/district-c11", when="2026-02-03 09:00",
     location="Boston International Newcomers Academy, main office",
     desc=P("""
        Memo to the Office of Legal Advisor from the Headmaster.

        A detective from District C-11 called the main office this morning asking us to confirm
        whether Josué is "here legally," whether his family filed an I-589, and whether his mother
        still lives at the address on Geneva Ave. He said a federal partner had asked. There is no
        incident at school involving Josué; he has excellent attendance. The family is from
        Honduras. I told the detective we would put the request through the portal so that Legal
        can decide.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["I-589", "Geneva Ave", "Honduras", "here legally"],
     cats=["immigration_status", "neighborhood", "national_origin"],
     tags=["headmaster_memo", "deny_ground"])

# --------------------------------------------------------------------------------------------
# Chunk 2
# --------------------------------------------------------------------------------------------

case(school="Henderson K-12 Inclusion School", name="DeShawn Mercer", grade=10,
     ground="credible_threat", recipient="bpd/district-c11", when="2025-11-20 14:10",
     threat=("DeShawn told his advisory teacher Mr. Coyle, in front of two students: 'Tomorrow I'm "
             "bringing my cousin's gun and Dean Alvarez is getting it in the parking lot when she "
             "does dismissal. I already got it in my room.' He repeated the Dean's name and the time "
             "when asked if he was joking."),
     location="Henderson K-12 Inclusion School (upper campus), advisory room 2B",
     desc=P("""
        Incident: At about 2:10 PM in advisory, after he was told he could not go on the field trip,
        DeShawn said he would bring his cousin's gun tomorrow and shoot Dean Alvarez in the parking
        lot at dismissal, and that he already had it in his room. Mr. Coyle asked him twice whether
        he was joking; he repeated the Dean's name and the time. Mr. Coyle called the office at
        2:14 PM and the Dean's supervisor notified District C-11 at 2:30 PM.

        Social worker's home-visit note (S. Okoro, same evening, with the District C-11 officer
        waiting outside): The family has been staying at the grandmother's, the yellow house across
        from the Fields Corner T station, since October. Present: grandmother, mother, DeShawn, two
        younger siblings. The living room has a family altar with candles, and grandmother mentioned
        the Saturday services they attend at the Kingdom Hall and asked that the school not schedule
        the re-entry meeting then. Mother said the cousin stayed over last weekend and left a bag in
        DeShawn's room. With mother's consent the officer searched the room; a loaded .38 revolver was
        found in a shoebox under the bed and taken by the officer.

        Plan: DeShawn will not attend school tomorrow; threat assessment meeting Monday; the Dean has
        been told; extra SSS at dismissal for the week.
     """),
     decision="allow", fact="revolver",
     mct=["parking lot", "shoebox under the bed", "advisory"],
     mnc=["Fields Corner", "Kingdom Hall", "yellow house"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "home_visit", "landmark_residence", "allow_threat"])

case(school="Fenway High School", name="Hana Tesfaye", grade=11,
     ground="drugs", substances=["alprazolam (counterfeit Xanax bars)"], recipient="bpd/district-d4",
     when="2026-03-24 09:25", location="Fenway High School, girls' locker room",
     desc=P("""
        At 9:25 AM a student told the gym teacher, Ms. Bergeron, that Hana had offered her "bars" in
        the girls' locker room before 2nd period. Ms. Bergeron and AP Dunlap spoke to Hana in the
        office. Hana handed over an Altoids tin containing eleven white rectangular tablets scored into
        four sections and stamped with a letter and numbers. She said they were Xanax bars she bought
        through an app for "test anxiety" and that she had given one to a friend on Monday.

        The friend (a 10th grader) was checked by the nurse and is fine. The nurse compared the tablets
        to the reference chart and noted they do not match any pharmacy imprint, so they may be
        counterfeit; a pharmacist at the health center agreed. The tin and tablets are sealed in the
        office safe.

        Hana is a strong student: she was inducted into the National Honor Society in the fall and is
        on the mock trial team. She was upset and asked whether this would go on her college record.
        Her father came to the school at 11:00.
     """),
     student={"student_id": "SIS-" + str(RNG.randint(100000, 999999)), "name": "Hana Tesfaye",
              "date_of_birth": "2008-12-03", "grade": 11, "school": "Fenway High School",
              "Demographics": {"RaceEthnicity": "Black or African American",
                               "Country_Of_Birth": "Ethiopia"},
              "Guardian": {"Name": "Tesfaye Bekele", "PreferredLanguage": "Amharic",
                           "InterpreterNeeded": True}},
     decision="allow", fact="Xanax",
     mct=["Altoids tin", "eleven white rectangular tablets", "National Honor Society"],
     mnc=["African American", "Ethiopia", "Amharic"],
     cats=["ethnicity", "national_origin", "language"],
     tags=["nested_student_fields", "precision_trap", "allow_drugs"])

case(school="Boston Arts Academy", name="Keisha Monteiro", grade=12,
     ground="drugs", substances=["hard seltzer", "nicotine pouches"], recipient="bpd/district-d4",
     when="2026-04-30 16:20", location="Chartered coach bus returning from the New York field trip",
     desc=P("""
        Chaperone report, senior trip to New York. On the ride home, at about 4:20 PM near Hartford,
        the chaperone at the back of the bus (Mr. Tran) noticed two seniors passing a can between them.
        They were speaking Cape Verdean Creole to each other, so he could not follow what they were
        saying, but when he asked, Keisha handed him three cans of hard seltzer from her tote bag and
        a tin of nicotine pouches. Nobody was intoxicated. The items were thrown away at the rest
        stop and parents were called when we arrived at school.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Cape Verdean Creole"], cats=["language"],
     tags=["chaperone_report", "deny_substance"])

case(school="New Mission High School", name="Marquis Vance", grade=10,
     ground="weapon", weapon="firearm (loaded revolver)", recipient="bpd/district-e18",
     when="2025-12-09 08:10", location="New Mission High School, 2nd floor locker bank B",
     desc=P("""
        Background. Marquis transferred to New Mission in January of last year from a school in
        Brockton. His mother works double shifts as a CNA and his older brother, who was his main
        support, moved out over the summer. Teachers describe him as quiet and bright in math; he has
        had two minor referrals this year, both for leaving class without a pass. The family lives
        in the Georgetowne Homes off Washington Street, and he usually arrives on the 32 bus.

        ~7:50 AM - The anonymous safety text line received a message saying a 10th grader named
        Marquis "has a strap in his locker" and had been showing it in a video with the Fairmount
        Ave boys the night before. The message was forwarded to AP Dacosta at 7:52.
        ~8:05 AM - AP Dacosta and SSS Nwosu confirmed Marquis was in 1st period and opened locker
        B-214, assigned to him, under SAF-02 with the Headmaster's approval.
        ~8:10 AM - Inside a winter boot on the locker floor, wrapped in a white sock, they found a
        black revolver. SSS Nwosu did not handle it beyond confirming it was in the sock; the locker
        was closed and guarded. District E-18 was called at 8:12 and an officer arrived at 8:24,
        who took the revolver and reported it was loaded with five rounds.
        ~8:30 AM - Marquis was brought to the office from class. He said the gun was not his and that
        someone "put it there." He was not searched further by staff. His mother was called at 8:35
        and arrived at 9:40.

        No one was threatened at school. The video mentioned in the tip has not been located by
        staff. Classes continued normally; the 2nd floor lockers were closed until 10 AM.
     """),
     decision="allow", fact="revolver",
     mct=["locker B-214", "winter boot", "five rounds"],
     mnc=["Georgetowne", "Fairmount Ave boys"],
     cats=["neighborhood", "gang_affiliation"],
     tags=["long_narrative", "timeline", "affiliation_hint", "allow_weapon"])

case(school="Charlestown High School", name="Bryan Costello", grade=11,
     ground="credible_threat", recipient="bpd/district-a15", when="2026-02-18 13:30",
     location="Charlestown High School, 3rd floor, outside room 331",
     desc=P("""
        ~From: AP Nora Flaherty
        ~To: Sgt. P. Walsh, District A-15
        ~Subject: Bryan C. - what we talked about

        Sergeant, as discussed on the phone: Bryan got into it with a teacher outside room 331 after
        lunch, slammed the door and said something to the effect that people should watch out. No
        weapon, no specific person, nobody heard the exact words. His mother is very involved and
        came right in. I know your officers know the family since they live in the Bunker Hill
        development near the Medford Street entrance.

        ~From: Sgt. P. Walsh
        ~To: AP Nora Flaherty

        Thanks Nora. File it as a threat and we will take a look. No need to write anything more,
        we'll talk to him.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Bunker Hill development"], cats=["neighborhood"],
     tags=["liaison_email", "deny_threat_missing"])

case(school="McCormack Middle School", name="Luis Ángel Ortiz", grade=8,
     ground="serious_violence", recipient="bpd/district-c11", when="2026-03-03 10:45",
     location="McCormack Middle School, 8th grade hallway near the water fountain",
     desc=P("""
        AP incident report. At 10:45 AM, during the change from 2nd to 3rd period, Luis swung a
        combination lock tied inside a tube sock and hit another 8th grader, M.R., on the back of the
        head near the water fountain. M.R. fell and was briefly unresponsive. Teachers cleared the
        hallway; the nurse found a 3 cm scalp laceration and signs of a concussion. EMS took M.R. to
        Boston Medical Center; he was kept overnight for observation.

        Luis ran into the boys' bathroom and dropped the sock and lock in the trash, where SSS Lynch
        recovered them. Luis said M.R. had been "jumping kids" and that he wanted to get him first.
        Several students said the two had argued at the basketball court the day before.

        M.R.'s mother was reached at 11:10. She asked that the school not call the family on Saturdays
        because of their Sabbath and said she would come in Monday to meet with us. Luis's father came
        to school at noon.
     """),
     extra={"raceEthnicity": "Hispanic or Latino - Puerto Rican", "homeroom": "8B"},
     decision="allow", fact="combination lock",
     mct=["combination lock", "tube sock", "3 cm scalp laceration"],
     mnc=["Puerto Rican", "their Sabbath"],
     cats=["ethnicity", "religion"],
     tags=["structured_student_fields", "allow_violence"])

case(school="Brighton High School", name="Luis Delgado Ramos", grade=9,
     ground="weapon", weapon="knife", recipient="bpd/district-d14", when="2026-01-14 12:30",
     location="Brighton High School, cafeteria",
     desc=P("""
        At 12:30 PM a ninth grader was seen on camera passing a kitchen knife under a cafeteria table.
        We did not know who it was until the district's camera vendor ran a face search on the
        clip overnight and returned a match to Luis from his student ID photo. The knife was not
        recovered. We are sending the face search results and Luis's ID photo so police can
        confirm.
     """),
     attachments=[{"kind": "face_match", "name": "face_search_hits_cafeteria_0114.pdf"},
                  {"kind": "photo", "name": "student_id_photo.jpg"}],
     decision="deny", reason="face_surveillance",
     mnc=["face_search_hits_cafeteria_0114"], cats=["face_surveillance"],
     tags=["attachment_name", "deny_face"])

case(school="Mario Umana Academy", name="Youssef El Amrani", grade=7,
     ground="weapon", weapon="taser", recipient="bpd/district-a7", when="2025-10-07 08:20",
     location="Mario Umana Academy, schoolyard by the Harborside Drive fence",
     desc=P("""
        Statement of the morning yard supervisor, Ms. Ruggiero, and the AP's follow-up.

        At 8:20 AM, while students were lining up in the yard by the fence, I heard a loud clicking
        and saw a blue spark. Youssef, a 7th grader, was holding a small black taser and pointing it
        at the arm of another 7th grade boy, who jumped back. I do not think it touched him. I told
        Youssef to give it to me and he did right away. The other boy was checked by the nurse and
        has no marks.

        AP follow-up: Youssef said the taser belongs to his older sister, who carries it when she
        walks home from her night job, and that he took it to show his friends. He said he was only
        "playing" and did not mean to scare anyone. I reached his mother through WhatsApp voice notes,
        which she sends in Arabic; our family liaison translated. She said they live above the bakery
        on Bennington Street across from the library and she would come in after her shift. She came
        at 1 PM with the sister, who confirmed the device is hers. The taser is locked in the office.
     """),
     decision="allow", fact="taser",
     mct=["blue spark", "lining up in the yard", "older sister"],
     mnc=["Arabic", "Bennington Street", "above the bakery"],
     cats=["language", "neighborhood"],
     tags=["yard_statement", "landmark_residence", "allow_weapon"])

case(school="Community Academy of Science and Health", name="Mamadou Diallo", grade=11,
     ground="fight", recipient="bpd/district-e18", when="2026-02-06 12:40",
     location="Community Academy of Science and Health, front steps",
     desc=P("""
        Counselor case notes (A. Pereira), summarizing the lead-up to the fight.

        ~1/15 - Mamadou came to me upset: a group of juniors keeps making comments about the way he
        leaves at 12:30 on Fridays for congregational prayer and calls him names in the hallway. He
        asked whether he could change lunch periods. I spoke with the AP.

        ~1/29 - Follow-up. Mamadou says the comments continue, mostly from one student, K.J. He also
        says K.J. has been telling people that Mamadou's family "came over on a boat" and that he
        doesn't have papers; Mamadou was very hurt by this. He told me his family has had their
        green cards since 2019 and that he doesn't want to talk about it with anyone at school.

        ~2/06 - At 12:40 on the front steps K.J. said something to Mamadou as he was leaving for
        Friday prayers; Mamadou pushed him and they exchanged punches for a few seconds before SSS
        separated them. K.J. has a red mark on his cheek; Mamadou has a scraped knuckle. Neither
        needed more than an ice pack from the nurse. Both were suspended for one day.

        The family of K.J. has asked the school to report Mamadou to police for assault.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["congregational prayer", "Friday prayers", "green cards", "came over on a boat", "have papers"],
     cats=["religion", "immigration_status"],
     tags=["counselor_notes", "faith_practice_indirect", "deny_ground"])

case(school="Boston Green Academy", name="Sofia Brennan-Ruiz", grade=12,
     ground="drugs", substances=["MDMA"], recipient="bpd/district-d14", when="2026-05-15 20:30",
     location="Boston Green Academy, gymnasium (spring semi-formal)",
     desc=P("""
        At the spring semi-formal, which was chaperoned by teachers and by volunteers from Citizen
        Schools, a junior told Ms. Aucoin at about 8:30 PM that a friend "took molly" in the bathroom
        and felt sick. The friend was sweating and clenching her jaw; the nurse on duty gave her
        water and an ice pack and her mother took her to the emergency room, where she was treated
        and released.

        The friend said the capsule came from Sofia. AP Nguyen and Ms. Aucoin asked Sofia to come to
        the gym office. In her clutch bag they found five clear capsules filled with off-white
        crystals in a small zip bag, and she said they were MDMA she had bought for the after-party.
        Her parents picked her up at 9:15 PM. The capsules are secured in the main office.

        The DJ finished the set at 10 PM and the dance ended without other incidents.
     """),
     decision="allow", fact="MDMA",
     mct=["five clear capsules", "Citizen Schools", "ice pack"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_drugs"])

case(school="Another Course to College", name="Trevaughn Sims", grade=11,
     ground="credible_threat", recipient="bpd/district-e18", when="2026-03-19 07:55",
     threat=("In the group chat for the junior class at 7:55 AM Trevaughn wrote: 'me and the H-Block "
             "boys pulling up friday at lunch with poles, whoever was in that video is done, "
             "cafeteria 11:30.' Two minutes later he posted a photo of a rifle across a bed."),
     location="Junior class group chat; threat concerns the Another Course to College cafeteria",
     desc=P("""
        The junior class group chat message was reported by three students before homeroom. It names
        Friday, lunch, the cafeteria and 11:30, and says whoever was in "that video" is done; the
        photo that followed shows a rifle lying on a bed. The video referred to is a clip of a fight
        last week in which Trevaughn was knocked down. AP Gallo and the counselor met with Trevaughn
        at 9:00 AM; he said it was a joke but would not say whose rifle it was. His mother was called.
        District E-18 was called at 9:20 AM and the Headmaster has moved lunch to classrooms on Friday.
     """),
     decision="allow", fact="rifle",
     mct=["group chat", "cafeteria", "knocked down"],
     mnc=["H-Block"], cats=["gang_affiliation"],
     tags=["threat_field", "allow_threat"])

case(school="Jeremiah E. Burke High School", name="Wilmer Rosario Peña", grade=10,
     ground="drugs", substances=["heroin"], recipient="ice/ero-boston", when="2026-01-27 10:15",
     location="Jeremiah E. Burke High School, boys' bathroom, 1st floor",
     desc=P("""
        Student was found in the 1st floor boys' bathroom with 12 glassine bags stamped with a red
        crown, which he said were heroin. The AP wrote that the father is in removal proceedings and
        that the family is from the Dominican Republic, and the request was addressed to the ICE
        field office because "they asked us last year to let them know about this family."
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["removal proceedings", "Dominican Republic"],
     cats=["immigration_status", "national_origin"],
     tags=["deny_recipient"])

case(school="Josiah Quincy Upper School", name="Kenny Huang", grade=8,
     ground="weapon", weapon="explosive device", recipient="bpd/district-a1",
     when="2026-04-08 09:05", location="Josiah Quincy Upper School, science lab 2",
     desc=P("""
        Notes of the IEP team meeting held the day after the incident (present: special education
        coordinator Ms. Leung, school psychologist, science teacher Mr. Obi, AP Fraser, parent with a
        Cantonese interpreter, and the student for part of the meeting).

        Student profile as reviewed: 8th grader with an IEP for a specific learning disability in
        reading; receives ESL pull-out three times a week; strong in science and robotics; lives with
        his mother and grandmother in Tai Tung Village. No prior discipline.

        The incident, as described by Mr. Obi: at 9:05 AM in science lab 2, Kenny showed two
        classmates a homemade device made from a CO2 cartridge packed with a gray powder and a
        length of green fuse, sealed with hot glue. He said he had made it from fireworks powder and
        wanted to set it off in the courtyard after school. Mr. Obi took the device and placed it in
        the fume hood; the AP evacuated the lab and called 911 at 9:12. The bomb squad responded,
        removed the device and said it was capable of exploding.

        Team discussion: the team considered whether the behavior was a manifestation of the
        disability and found it was not. Kenny told the team he saw how to make it in a video and did
        not want to hurt anyone. Mother was very upset and said she did not know. Interim placement
        and a threat assessment were agreed. The team will reconvene in ten school days.
     """),
     decision="allow", fact="CO2 cartridge",
     mct=["CO2 cartridge", "green fuse", "fume hood"],
     mnc=["Cantonese", "Tai Tung", "ESL pull-out"],
     cats=["language", "neighborhood"],
     tags=["long_narrative", "iep_504_notes", "allow_weapon"])

case(school="Margarita Muñiz Academy", name="Adrián Castellanos", grade=11,
     ground="weapon", weapon="knife", recipient="bpd/district-e13", when="2025-11-13 13:50",
     location="Margarita Muñiz Academy, room 207 (AP Spanish Language and Culture)",
     desc=P("""
        During 6th period in room 207, the AP Spanish Language and Culture class, students were
        handing in their research papers when Adrián and another junior (E.V.) began arguing about a
        grade on a group project. Adrián took a kitchen paring knife, about 3 inches, out of his lunch
        bag and held it at his side while saying E.V. had better fix the papers before Friday. The
        teacher, Sra. Delgado, told him to put it on the desk and he did. Nobody was hurt.

        AP Burgos took the knife and spoke with both students. Adrián said he brought the knife to cut
        a mango at lunch. E.V. said he felt threatened. Adrián's mother came in at 3:15 PM and asked
        about the status of his makeup work, since he will miss a week. The knife is held in the main
        office; the papers were collected by the teacher as usual.
     """),
     decision="allow", fact="paring knife",
     mct=["AP Spanish Language and Culture", "research papers", "lunch bag"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

case(school="Dearborn STEM Academy", name="Jaylen Forbes", grade=10,
     ground="gang_activity", recipient="bpd/district-b2", when="2026-02-12 11:00",
     location="Dearborn STEM Academy (online activity)",
     desc=P("""
        SSS Coleman reports that Jaylen appears in a drill video posted over the weekend with the
        Lenox crew, wearing a black ski mask and making a hand sign with his left hand. There has been
        no incident at school. Attendance officer notes that he has missed Mondays since January and
        that the family recently moved in with an aunt on Humboldt Ave. SSS is asking BPD to add this
        to what they have on the group.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Lenox crew", "drill video", "Humboldt Ave"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["deny_ground", "affiliation_hint"])

# --------------------------------------------------------------------------------------------
# Chunk 3
# --------------------------------------------------------------------------------------------

case(school="Boston Day and Evening Academy", name="Anthony Barros", grade=12,
     ground="serious_violence", recipient="bpd/district-b2", when="2026-01-21 17:35",
     location="Boston Day and Evening Academy, hallway outside the Dean's office",
     desc=P("""
        ~From: Officer K. Tran, District B-2 school unit
        ~To: Dean Marisol Henry
        ~Subject: stabbing this evening - need your summary

        Dean Henry, the victim is at BMC and stable. Please send me a summary with times, the weapon,
        where it happened, and who saw it. We have the suspect's name from the 911 call.

        ~From: Dean Marisol Henry
        ~To: Officer K. Tran

        Here is what we have. At about 5:35 PM, during the break between evening classes, Anthony and
        another student (L.G., 19) argued in the hallway outside my office over money L.G. says he is
        owed. Anthony pulled a flathead screwdriver from his coat and stabbed L.G. once in the lower
        back. Our security guard, Mr. Boateng, and I saw the end of it; Ms. Pike, a teacher, saw the
        whole thing from her doorway. Anthony dropped the screwdriver and walked out the side door
        onto the street. L.G. was conscious and bleeding; I applied pressure until EMS came at 5:44.

        Some background you may need for talking to him: Anthony enrolled with us last spring after
        aging out of his old school. He has been sleeping at a friend's on Intervale Street since his
        older brother got deported last spring and the apartment was lost. He works afternoons and
        has good attendance in the evening program. He has never been violent here before.

        ~From: Officer K. Tran

        Thanks. Please hold the screwdriver; an officer will collect it tonight.

        ~From: Dean Marisol Henry

        It is bagged and in the safe. Ms. Pike has written a statement and will be here tomorrow at
        4 PM if a detective needs to speak with her.
     """),
     decision="allow", fact="screwdriver",
     mct=["flathead screwdriver", "lower back", "outside my office"],
     mnc=["Intervale Street", "got deported"],
     cats=["neighborhood", "immigration_status"],
     tags=["long_narrative", "liaison_email", "relative_circumstance", "allow_violence"])

case(school="Brighton High School", name="Dara Sok", grade=11,
     ground="weapon", weapon="knife", recipient="allied-universal/site-security",
     when="2026-03-27 15:10", location="Brighton High School, rear parking lot",
     desc=P("""
        After school a junior showed a butterfly knife to two students in the rear parking lot. The
        building's contracted security company asked for a copy of the report for its incident log,
        and the request was addressed to them. The AP's note adds that the student is Cambodian and
        that his uncle, who picked him up, drives for the company.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Cambodian"], cats=["ethnicity"],
     tags=["deny_recipient"])

case(school="Washington Irving Middle School", name="Connor Mahaney", grade=7,
     ground="credible_threat", recipient="bpd/district-e5", when="2026-02-24 12:55",
     threat=("Written on the 2nd floor boys' bathroom mirror in black marker at about 12:55 PM: 'BOMB "
             "IN THE BUILDING GOES OFF AT 1:45 EVERYBODY DIES.' Connor admitted to AP Rourke that he "
             "wrote it and said, 'next time I'll actually make one,' and showed the AP videos he had "
             "saved on his phone about building a pipe bomb."),
     location="Washington Irving Middle School, 2nd floor boys' bathroom",
     desc=P("""
        Background. Connor is a 7th grader who came to the Irving in the fall through a foster
        placement; DCF is the guardian and his foster parents are the Hallorans. The placement is
        with a family in the Cathedral development, and he has changed schools three times in two
        years. He has an IEP for emotional impairment and a behavior plan. Teachers describe him as
        funny and artistic but easily frustrated; he has hit a wall twice this year. He does not
        stand for the pledge or attend classroom holiday parties because of the family's faith, which
        the foster mother asked us to respect.

        The incident. At about 12:55 PM a 6th grader told a teacher there was writing on the mirror
        in the 2nd floor boys' bathroom. It read that a bomb in the building would go off at 1:45
        and everybody would die. The AP called District E-5 at 1:02 PM; the building was evacuated to
        the field at 1:08 and officers swept it with a dog. Nothing was found and students returned
        at 2:30.

        Camera footage shows only Connor entering and leaving that bathroom between 12:40 and
        12:55. When the AP spoke with him at 2:40 with his foster mother on the phone, he admitted
        writing the message, said he wanted to get out of a math test, and then said that next time he
        would actually make one. He showed the AP saved videos on his phone about building a pipe
        bomb. The phone was held. The marker was found in his backpack.

        Safety planning: threat assessment scheduled; Connor is on interim removal pending the
        meeting; DCF caseworker informed at 3:10 PM.
     """),
     decision="allow", fact="pipe bomb",
     mct=["2nd floor boys' bathroom", "evacuated", "math test"],
     mnc=["Cathedral development", "family's faith"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "faith_practice_indirect", "allow_threat"])

case(school="Jeremiah E. Burke High School", name="Foday Kamara", grade=9,
     ground="drugs", substances=["vape (contents unknown)"], recipient="bpd/district-b3",
     when="2025-10-30 11:15", location="Jeremiah E. Burke High School, room 118",
     desc=P("""
        Counselor case notes (J. Mensah), compiled for the AP after the incident.

        Foday is a 9th grader who recently arrived from Sierra Leone in August and is in our SLIFE
        program; he is learning to read and write in English for the first time and is working hard.
        He lives with an older sister who is his guardian. He is shy and has one close friend in the
        program.

        ~10/30 - At about 11:15 AM in room 118 Foday put his head down, then slid off his chair. The
        teacher called the nurse, who found him pale and dizzy but alert; his blood sugar and vitals
        were normal and he recovered in the health office within half an hour. He had a gray vape
        pen in his hoodie pocket. He said an older boy gave it to him at the bus stop and told him it
        would "relax" him, and that he did not know what was in it. The pen has no label. The nurse
        could not tell if it contained nicotine or THC.

        ~10/30 - Sister was called and came at 1 PM. She asked that the school report the older boy
        to police; Foday does not know his name.

        ~10/31 - Foday is back in class and fine. I will meet with him weekly.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Sierra Leone", "SLIFE", "recently arrived"],
     cats=["national_origin", "language"],
     tags=["counselor_notes", "euphemism", "deny_substance"])

case(school="Lilla G. Frederick Middle School", name="Aaliyah Brooks", grade=8,
     ground="weapon", weapon="expandable baton", recipient="bpd/district-c11",
     when="2025-12-16 15:05", location="Lilla G. Frederick Middle School, front walkway at dismissal",
     desc=P("""
        At dismissal, at 3:05 PM, Aaliyah and another 8th grader (T.S.) began arguing on the front
        walkway about a post. Aaliyah took a black expandable baton out of her tote bag, snapped it
        open to full length and swung it at T.S., hitting the tote T.S. was holding up to block.
        T.S. was not injured. The crossing guard and Mr. Pina, the dean, separated them and Mr. Pina
        took the baton, which is about 21 inches extended.

        Aaliyah said her mother bought the baton for her because she walks home alone after the
        after-school program. Her mother confirmed this by phone and came to the school at 4 PM. The
        baton is locked in the dean's office. A home visit is planned for Thursday.
     """),
     extra={"ADDR_LINE1": "23 Hendry St Apt 3", "CITY": "Dorchester", "ZIP": "02125",
            "ProgramCodes": ["ASP-MON-THU"]},
     attachments=[{"kind": "document", "name": "home_visit_plan_23_Hendry_St.docx"},
                  {"kind": "photo", "name": "baton_extended.jpg"}],
     decision="allow", fact="baton",
     mct=["expandable baton", "21 inches", "front walkway"],
     mnc=["Hendry", "02125"],
     cats=["neighborhood"],
     tags=["structured_student_fields", "attachment_name", "allow_weapon"])

case(school="Edward M. Kennedy Academy for Health Careers", name="Jordan Alcindor", grade=10,
     ground="drugs", substances=["oxycodone (not prescribed to the student)"],
     recipient="bpd/district-b2", when="2026-04-02 10:40",
     location="Kennedy Academy for Health Careers, 4th floor study hall",
     desc=P("""
        During study hall a student reported that Jordan was selling "blues" for $20. AP Carver and
        the school nurse met with him; in his jacket he had an orange pharmacy bottle with 20 round
        tablets, 30 mg oxycodone, prescribed to his grandmother after her hip surgery. Jordan admitted
        he had sold four tablets that week to two juniors. The juniors were seen by the nurse; neither
        had taken the tablets yet and both handed them over.

        His grandmother, who is his guardian, came to the school at 1 PM and asked for a Haitian
        Creole interpreter, which the family liaison provided. She confirmed the bottle was hers and
        that she had been missing pills. The bottle and all 24 tablets are secured in the nurse's
        office for police. The pharmacy label shows the grandmother's name and the status of the
        prescription as active.
     """),
     decision="allow", fact="oxycodone",
     mct=["orange pharmacy bottle", "30 mg", "hip surgery"],
     mnc=["Haitian Creole"], cats=["language"],
     tags=["precision_trap", "allow_drugs"])

case(school="Greater Egleston High School", name="Isaiah Rowe", grade=11,
     ground="weapon", weapon="firearm", recipient="bpd/district-b2", when="2026-03-16 08:40",
     location="Greater Egleston High School, front entrance wand check",
     desc=P("""
        Attendance officer notes (M. Doherty), with the Dean's entry for 3/16.

        ~11/04 - Isaiah absent 14 of 20 days in October. No answer at the number on file. Dean says
        the family was moved into a motel in Revere through the state's shelter program in September
        and the commute is two trains and a bus. Sent the transportation request.
        ~11/18 - Transportation approved. Isaiah came in on the 11/17 and 11/18. Spoke with him: he is
        worried about his mother, who had her check-in at the ICE office in Burlington and came home
        scared. Referred to counselor.
        ~12/09 - Attendance 80% since the transportation started. Good progress.
        ~01/26 - Missed a week in January. Says he was sick.
        ~03/02 - Attendance back up. Isaiah asked whether he could start coming to the Saturday credit
        recovery program.

        Dean's entry, 3/16: At about 8:40 AM, during the random wand check at the front entrance, the
        wand alerted on Isaiah's waistband. He stepped back and said, "It's not what you think." SSS
        Oyelaran asked him to put his hands on the table and felt a hard object at the front of his
        waistband; the Dean called District B-2 at 8:41. Officers arrived at 8:47 and removed a
        black semi-automatic pistol with a loaded magazine from his waistband. Isaiah said he carries
        it on the late-night walk from the bus stop to the motel because of something that happened
        there in February. He was taken by the officers. His mother was called at 8:50.
     """),
     decision="allow", fact="pistol",
     mct=["waistband", "wand check", "loaded magazine"],
     mnc=["motel in Revere", "check-in at the ICE office"],
     cats=["neighborhood", "immigration_status"],
     tags=["long_narrative", "attendance_notes", "relative_circumstance", "allow_weapon"])

case(school="Henderson K-12 Inclusion School", name="Marcus Delgado", grade=9,
     ground="weapon", weapon="airsoft pistol", recipient="bpd/district-c11", when="2025-11-04 13:20",
     location="Henderson upper campus, courtyard",
     desc=P("""
        During lunch in the courtyard, Marcus showed friends a black pistol from his backpack. SSS
        Quigley took it; it is an airsoft pistol, painted black with the orange tip removed, and
        there was a small bag of plastic BBs with it. Nobody was threatened. Marcus said he uses it
        for target practice in the lot behind their building in the Franklin Field development. His
        father came in and confirmed the airsoft gun is his son's.
     """),
     decision="deny", reason="other",
     mnc=["Franklin Field development"], cats=["neighborhood"],
     tags=["deny_replica"])

case(school="Mission Hill K-8 School", name="Gianna Russo", grade=8,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-01-08 09:30",
     threat=("Gianna told her teacher Mr. Ocampo at 9:30 AM, after being told she would be kept out of "
             "the basketball game: 'My dad keeps his gun in the top drawer in the kitchen. Tomorrow "
             "I'm bringing it and you're the first one.' She said it again when the AP asked."),
     location="Mission Hill K-8 School, room 8A",
     desc=P("""
        In room 8A at 9:30 AM Gianna was told she could not play in Friday's basketball game because
        of missing work. She stood up, said her father keeps a gun in the top drawer in the kitchen,
        and that she would bring it tomorrow and Mr. Ocampo would be the first one. She repeated this
        to AP Kim at 9:45. Her father confirmed by phone that he owns a licensed handgun and said he
        would secure it. District B-2 was notified at 10:05 AM. Gianna was sent home with her father
        for the rest of the day and a threat assessment was scheduled.
     """),
     extra={"faith_community": "St. Mary of the Angels parish", "team": "girls' basketball"},
     decision="allow", fact="handgun",
     mct=["top drawer in the kitchen", "basketball game", "room 8A"],
     mnc=["St. Mary of the Angels"], cats=["religion"],
     tags=["structured_student_fields", "allow_threat"])

case(school="Snowden International School", name="Min-jun Park", grade=12,
     ground="weapon", weapon="knife", recipient="bpd/district-d4", when="2026-02-05 16:15",
     location="Snowden International School, Newbury Street entrance",
     desc=P("""
        At 4:15 PM, as students were leaving the after-school tutoring session, Min-jun and a student
        from another school argued on the sidewalk by the Newbury Street entrance. Witnesses say the
        other student grabbed Min-jun's Canada Goose jacket by the collar. Min-jun took a folding
        knife with a 3.5-inch blade out of his pants pocket, opened it and held it up. The other
        student let go and ran toward the Hynes station.

        A teacher saw the knife and called SSS, who met Min-jun at the door. He handed over the knife
        and said he keeps it because he works late at the Korean fried chicken place on Mass Ave and
        walks to the train after closing. Nobody was injured. The knife and the footage from the
        entrance camera are being held.
     """),
     decision="allow", fact="folding knife",
     mct=["Canada Goose jacket", "Korean fried chicken", "3.5-inch blade"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

case(school="East Boston High School", name="Ahmad Noorzai", grade=11,
     ground="credible_threat", recipient="commonwealth-fusion-center", when="2026-04-21 22:10",
     threat=("Ahmad posted on Instagram at 10:10 PM: 'tomorrow the whole second floor pays for what "
             "they said, I have what I need' with a photo of a hunting rifle."),
     location="Instagram (off campus)",
     desc=P("""
        The AP forwarded the post to the state fusion center because a staff member said the post
        was written partly in Pashto and she thought the center would have translators. The note adds
        that Ahmad's family are Afghan evacuees who arrived in 2022 on humanitarian parole.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Pashto", "Afghan", "humanitarian parole"],
     cats=["language", "ethnicity", "immigration_status"],
     tags=["deny_recipient", "threat_field"])

case(school="East Boston High School", name="Tyler Ferraro", grade=12,
     ground="serious_violence", recipient="bpd/district-a7", when="2026-03-10 14:25",
     location="East Boston High School, 3rd floor classroom 312 (empty during 7th period)",
     desc=P("""
        Summary by AP Gómez for the Office of Legal Advisor.

        At about 2:25 PM a 10th grade girl (S.A.) was walking to the nurse with a pass when Tyler,
        a senior, followed her into the empty classroom 312 on the 3rd floor. S.A. reports that he
        closed the door, pushed her against the wall, and touched her over her clothing while she
        told him to stop, and that he held the door shut when she tried to leave. A teacher, Ms.
        Lindqvist, heard her shouting and opened the door at about 2:30. Tyler left quickly.

        S.A. was brought to the nurse and then to the counselor. Her mother came to school; the
        family asked that the interpreter be a woman who speaks Dari, and the district provided one
        by phone. S.A. has bruising on her upper arm. The family has asked that police be involved.

        Tyler was located in the gym at 2:45 and held in the office until his father arrived at 3:30.
        He denied touching S.A. Camera footage of the 3rd floor hallway shows both students entering
        room 312 and the teacher opening the door. Tyler is on emergency removal.
     """),
     decision="allow", fact="classroom 312",
     mct=["held the door shut", "bruising on her upper arm", "classroom 312"],
     mnc=["speaks Dari"], cats=["language"],
     tags=["ap_summary", "allow_violence"])

case(school="Orchard Gardens K-8 School", name="Destiny Cabral", grade=8,
     ground="weapon", weapon="mace", recipient="bpd/district-b2", when="2026-05-20 08:05",
     location="Orchard Gardens K-8 School, 8th grade line-up area",
     desc=P("""
        At 8:05 AM in the 8th grade line-up area, Destiny sprayed mace from a pink keychain canister
        toward a group of girls who had been teasing her. Two girls had burning eyes and were rinsed
        with water by the nurse; one went home early. Staff noticed the smell and kept the line
        outdoors for ten minutes.

        Destiny said she carries the mace because of older teenagers in the hallway of the Orchard
        Gardens apartments on Ziegler Street, where she lives with her mom. The keychain canister was
        taken by the AP and is in the office. Destiny's mother came in at 9:30.
     """),
     decision="allow", fact="mace",
     mct=["pink keychain canister", "burning eyes", "line-up area"],
     mnc=["Ziegler Street"], cats=["neighborhood"],
     tags=["school_name_trap", "allow_weapon"])

case(school="TechBoston Academy", name="Jeremiah Lopes", grade=10,
     ground="vandalism", recipient="bpd/district-c11", when="2026-02-27 07:30",
     location="TechBoston Academy, east stairwell and the gym doors",
     desc=P("""
        Custodian found spray-painted tags in the east stairwell and on the gym doors before school.
        Camera shows Jeremiah and another boy at 6:50 AM. The tags read NOB with a crown, which the
        SSS says is the sign for the Norfolk crew, and the same tag appears on his Instagram. The
        family lives on Norfolk St near Mattapan Square. The AP is asking police to charge the
        students for the damage, estimated at $1,800.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Norfolk crew", "Mattapan Square", "Norfolk St"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["deny_ground", "affiliation_hint"])

case(school="Excel High School", name="Sopheak Chhim", grade=11,
     ground="drugs", substances=["methamphetamine"], recipient="bpd/district-c6",
     when="2026-01-13 13:30", location="Excel High School, 2nd floor boys' bathroom",
     desc=P("""
        Family liaison notes (R. Tavares) and the AP's incident description.

        ~Liaison, 1/6: Called Sopheak's guardian, an older cousin, about missing homework. The parents
        remain in Cambodia and the cousin, who works at a nail salon, has been his guardian for two
        years. They rent a room in a two-family on Dorchester Ave near Savin Hill. We spoke in Khmer;
        she asked for a meeting with the counselor, which is set for 1/20.

        ~AP, 1/13: At about 1:30 PM SSS Gillis entered the 2nd floor boys' bathroom after smelling
        something burning and found Sopheak in a stall with a glass pipe and a lighter. A small zip
        bag in his hand held clear crystal shards. Sopheak said it was "ice," meaning crystal meth,
        and that he had smoked it twice before. The nurse found his heart rate at 132 and had him rest;
        he was picked up by his cousin at 2:45. The pipe, lighter and bag are secured. The AP notified
        the cousin that the methamphetamine possession would be reported to police.

        ~Liaison, 1/13: Called the cousin back at 3:30 to explain next steps and the support group
        at the health center. She agreed.
     """),
     decision="allow", fact="methamphetamine",
     mct=["glass pipe", "clear crystal shards", "heart rate at 132"],
     mnc=["Cambodia", "Savin Hill", "Dorchester Ave", "Khmer"],
     cats=["national_origin", "neighborhood", "language"],
     tags=["family_liaison_notes", "allow_drugs"])

# --------------------------------------------------------------------------------------------
# Chunk 4
# --------------------------------------------------------------------------------------------

case(school="English High School", name="Carlos Benítez", grade=10,
     ground="credible_threat", threat="", recipient="bpd/district-e13", when="2025-12-11 10:05",
     location="English High School, 2nd floor, counseling suite",
     desc=P("""
        Counselor case notes (E. Rooney), attached in place of a statement.

        ~11/20 - Carlos is living with his uncle in the Mildred Hailey apartments since his mother
        went back to handle the paperwork issue; he does not know when she will be able to return.
        He is behind in three classes. Talked about supports and a tutor.

        ~12/04 - He seemed angry about a group of boys who posted a video of him tripping on the
        stairs. He said they would "see." Did not elaborate.

        ~12/11 - In my office at 10:05 he said he was going to make them all pay and that they
        would be sorry at the winter concert. He would not say more. The AP has asked that this go to
        police as a threat. I have not written up his exact words separately.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Mildred Hailey", "paperwork issue"],
     cats=["neighborhood", "immigration_status"],
     tags=["counselor_notes", "euphemism", "deny_threat_missing"])

case(school="Boston Latin School", name="Eli Rosenfeld", grade=11,
     ground="weapon", weapon="firearm (privately made pistol)", recipient="bpd/district-d4",
     when="2026-05-06 15:20", location="Boston Latin School, robotics lab (room 129)",
     desc=P("""
        Background provided by the Head of School for the Office of Legal Advisor.

        Eli is a junior with a strong record: honors classes, captain of the robotics team, no prior
        discipline. His parents are divorced and he splits the week between them; his father's
        condo is the one across from the Victory Gardens, and his mother's apartment is in another
        town. His father asked that meetings avoid Friday evenings and Saturdays because the family
        keeps Shabbat. Teachers noticed this spring that he had become withdrawn and was spending
        long hours alone in the robotics lab after school.

        What happened. At about 3:20 PM the robotics coach, Ms. Castellano, came into room 129 and saw
        Eli at the workbench with what looked like a black pistol partly disassembled on a towel,
        next to a 3D printer that was running. She asked him to step away from the bench and called
        the main office; the Head of School and SSS arrived at 3:24. On the towel was a pistol with a
        printed frame and a metal slide and barrel, and a loaded magazine with eight rounds.

        Eli told us he printed the frame on his home printer, bought the other parts online, and
        brought the gun to school in his gym bag to "test the fit" of a part he had printed in the
        lab. He said he never meant to hurt anyone. He did not make any threats and no one else was
        in the room. The lab was locked and District D-4 officers arrived at 3:41 and took the gun,
        the magazine and the printed parts.

        His father came to the school at 4:15. Eli is on emergency removal. Counseling support has
        been arranged.
     """),
     decision="allow", fact="pistol",
     mct=["printed frame", "loaded magazine with eight rounds", "gym bag"],
     mnc=["Victory Gardens", "Shabbat"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "faith_practice_indirect", "landmark_residence", "allow_weapon"])

case(school="Lyon High School", name="Arben Hoxha", grade=11,
     ground="drugs", substances=["crack cocaine"], recipient="bpd/district-d14",
     when="2026-02-02 12:20", location="Lyon High School, courtyard bench",
     desc=P("""
        Attendance officer notes (C. McGrath), copied with the AP's report.

        ~12/01 - Arben has missed 11 days since Thanksgiving. His mother speaks Albanian and little
        English; a neighbor translated on the phone. She said he has been staying out late and is now
        doubled up with an aunt in the Commonwealth development because of a fight at home.
        ~12/15 - Home visit at the aunt's. Arben was home; he agreed to come back after the break.
        ~01/12 - Attendance fine in January so far.

        AP report, 2/2: At 12:20 PM a teacher on lunch duty saw Arben hand a younger student a small
        object on the courtyard bench. The AP and SSS Riordan spoke with both. The younger student
        handed over an off-white rock in a piece of plastic. Arben had a Tic Tac container with nine
        more rocks and $140 in small bills. He said it was crack and that he was holding it for
        someone. The items are sealed in the office safe. Both families were called.
     """),
     decision="allow", fact="crack",
     mct=["Tic Tac container", "nine more rocks", "courtyard bench"],
     mnc=["Albanian", "Commonwealth development", "neighbor to interpret", "neighbor translated"],
     cats=["language", "neighborhood"],
     tags=["attendance_notes", "allow_drugs"])

case(school="Charlestown High School", name="Ryan Tobin", grade=10,
     ground="serious_violence", recipient="bpd/district-a15", when="2026-03-31 14:50",
     location="Charlestown High School, gym",
     desc=P("""
        ~From: Det. A. Keane, District A-15
        ~To: Headmaster's office
        ~Subject: fight video - student photos

        We have a phone video of the fight in your gym where a student was knocked out and taken to
        MGH with a broken jaw. I'd like your 10th and 11th grade ID photos. We'll run them through
        Clearview along with the video frames and get you names by tomorrow.

        ~From: AP R. Doyle
        ~To: Det. A. Keane

        Attached are the ID photos and the list of hits your analyst already sent on the first pass,
        which came back with Ryan Tobin as the top match. Ryan is the one who threw the punches; the
        victim's jaw is wired shut.
     """),
     attachments=[{"kind": "photo", "name": "CHS_gr10_gr11_ID_photos.zip"},
                  {"kind": "face_match", "name": "clearview_first_pass_hits.csv"}],
     decision="deny", reason="face_surveillance",
     mnc=["Clearview", "clearview_first_pass_hits"], cats=["face_surveillance"],
     tags=["liaison_email", "deny_face"])

case(school="Boston Community Leadership Academy", name="Brandon Ocasio", grade=11,
     ground="credible_threat", recipient="bpd/district-e18", when="2026-04-09 19:30",
     threat=("Brandon sent a direct message at 7:30 PM to a classmate: 'Monday at lunch I'm shooting all "
             "the Dominicans in the cafeteria, my brother's Glock is in the car. Don't come to school.' "
             "The classmate's mother brought screenshots to the school Friday morning."),
     location="Instagram direct messages; threat concerns the BCLA cafeteria, Monday lunch",
     desc=P("""
        ~From: AP Yolanda Pratt
        ~To: Officer J. Rinaldi, District E-18 school liaison
        ~Sent: Friday 7:42 AM

        Officer, a parent just brought in screenshots of a direct message sent last night to her
        daughter by one of our juniors. It names Monday, lunch, the cafeteria and his brother's Glock
        in the car, and tells her not to come to school. I have called the student's mother and asked
        her to keep him home. He has no prior discipline; he was in a fight with two boys in March
        that was mediated.

        ~From: Officer J. Rinaldi
        ~Sent: Friday 8:15 AM

        We are going to the home with a supervisor now. Do you know the brother's name or car?

        ~From: AP Yolanda Pratt
        ~Sent: Friday 8:21 AM

        The brother graduated from here in 2022. The car is a silver Honda Accord, per the
        classmate. I am sending the screenshots through the portal with the formal report.

        ~From: Officer J. Rinaldi
        ~Sent: Friday 11:02 AM

        Located the car and the brother. A Glock 19 was recovered from the glove box; the brother
        holds a license, and the firearm is being held pending review. Brandon is with his mother and
        will not be in school. We will coordinate on re-entry.
     """),
     decision="allow", fact="Glock",
     mct=["silver Honda Accord", "glove box", "direct message"],
     mnc=["Dominicans"], cats=["ethnicity"],
     tags=["long_narrative", "liaison_email", "threat_field", "allow_threat"])

case(school="Boston International Newcomers Academy", name="Nasser Al-Hakimi", grade=11,
     ground="suspicious_behavior", recipient="bpd/district-c11", when="2026-01-15 07:45",
     location="Boston International Newcomers Academy, outside the side doors",
     desc=P("""
        A teacher saw Nasser filming the side doors and the parking lot on his phone before school.
        He said it was for a photography assignment. Staff added that he is from Yemen, that he
        prays in the stairwell at midday, and that he has been quiet since arriving in September.
        No threat was made and nothing was found. The teacher asked that police be made aware.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Yemen", "prays in the stairwell"],
     cats=["national_origin", "religion"],
     tags=["deny_ground", "faith_practice_indirect"])

case(school="Josiah Quincy Upper School", name="Tremaine Lowell", grade=10,
     ground="weapon", weapon="knife (chef's knife)", recipient="bpd/district-a1",
     when="2025-10-22 11:50", location="Josiah Quincy Upper School, cafeteria serving line",
     desc=P("""
        Statement of the cafeteria manager, Ms. Dolores Ianelli, with times from the camera system.

        Wednesday's lunch was Spanish rice with chicken, Italian subs, and French toast sticks for the
        breakfast-for-lunch line. At about 11:50 AM Tremaine came through the serving line and argued
        with one of my servers, Mr. Quach, because we had run out of the Italian subs. Tremaine
        reached over the sneeze guard, grabbed the 8-inch chef's knife we use to cut the subs from
        the cutting board, and pointed it at Mr. Quach, saying "make me one then."

        I yelled for the lunch monitor. Tremaine held the knife for maybe ten seconds and then
        dropped it on the counter and walked off to his table. Mr. Quach was not cut. He was shaken
        and went home early. The lunch monitor and SSS Abernathy walked Tremaine to the office at
        11:53.

        The knife is in a bag in my office. We have changed the line so knives are kept on the
        back counter. I can give a statement to the officer any day before 2 PM.
     """),
     decision="allow", fact="chef's knife",
     mct=["8-inch chef's knife", "sneeze guard", "Italian subs"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

case(school="TechBoston Academy", name="Andre Whitaker", grade=12,
     ground="serious_violence", recipient="bpd/district-c11", when="2026-04-28 14:40",
     location="Bus stop in front of TechBoston Academy, Peacevale Road",
     desc=P("""
        Report from the bus monitor, Mr. Isidro Flores, with the AP's notes.

        At 2:40 PM I was at the front of the bus line when three older boys I did not recognize
        walked up to a junior waiting at the stop. Andre, one of our seniors, was with them. Andre
        pointed at the junior and the three boys started punching him. When he fell they kicked him
        in the head. Andre kicked him too. I blew my whistle and ran over and they all ran toward
        Washington Street. One of the older boys wore a gray hoodie with a white stripe.

        The junior, D.P., was bleeding from the mouth and could not close his jaw. EMS took him to
        Boston Medical Center; his mother told the AP later that his jaw is broken in two places and
        he lost a tooth.

        AP notes: Andre was located at home by his mother and came in with her the next morning. He
        said D.P. had "snitched" about something last year. Staff believe Andre rides with the
        Wendover crew and say he always wears their blue; D.P. is friendly with another group. Camera
        footage from the front of the building shows the assault and Andre kicking D.P. at 2:41.
     """),
     decision="allow", fact="jaw",
     mct=["broken in two places", "gray hoodie with a white stripe", "kicked him in the head"],
     mnc=["Wendover crew", "wears their blue", "friendly with another group"],
     cats=["gang_affiliation"],
     tags=["bus_monitor_report", "affiliation_hint", "allow_violence"])

case(school="Madison Park Technical Vocational High School", name="Yonas Berhane", grade=10,
     ground="drugs", substances=["wax dabs", "blunts", "Juul pods"], recipient="bpd/district-b2",
     when="2026-03-11 09:50", location="Madison Park, carpentry shop",
     desc=P("""
        Notes of the IEP team's manifestation determination, 3/13.

        Present: special education team leader Mr. Carr, carpentry teacher Ms. Holloway, school
        psychologist, parent (mother) with a Tigrinya interpreter, and Yonas.

        Yonas has an IEP for ADHD and receives accommodations in the shop. On 3/11 at 9:50 AM Ms.
        Holloway saw him passing something to another student behind the table saw. In his backpack
        the AP found a small jar of wax dabs, two rolled blunts and a pack of Juul pods. Yonas said
        they were for the weekend.

        The team found the conduct not a manifestation of the disability. A substance use referral
        was made. Mother asked that the school not involve the police; the AP had already submitted
        the report.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Tigrinya"], cats=["language"],
     tags=["iep_504_notes", "deny_substance"])

case(school="Boston Arts Academy", name="Valentina Ospina", grade=11,
     ground="drugs", substances=["LSD"], recipient="bpd/district-d4", when="2026-02-19 10:30",
     location="Boston Arts Academy, dance studio B",
     desc=P("""
        At 10:30 AM in dance studio B, the teacher noticed Valentina handing another dancer a small
        square of paper. The other student said Valentina told her it was acid. Valentina gave the AP
        a folded sheet of foil with nine more paper squares printed with a cartoon sun. She said it was
        LSD from a friend at a concert and that she had not taken any at school. The nurse checked
        both students; neither showed any effects. Parents were called and came in by noon. The
        squares and foil are in the office safe.

        Valentina's counselor notes she has been under a lot of pressure with the spring showcase
        and has asked for support.
     """),
     extra={"Hispanic_Latino_Ethnicity": "Yes - Colombian", "Major": "Dance",
            "Counselor": "Ms. Adeyemi"},
     decision="allow", fact="LSD",
     mct=["folded sheet of foil", "cartoon sun", "dance studio B"],
     mnc=["Colombian"], cats=["ethnicity"],
     tags=["structured_student_fields", "allow_drugs"])

case(school="Jeremiah E. Burke High School", name="Kwame Osei", grade=11,
     ground="weapon", weapon="knife", recipient="regional-gang-database",
     when="2026-01-07 09:10", location="Jeremiah E. Burke High School, main entrance",
     desc=P("""
        A knife was found in Kwame's backpack during a morning bag check. The SSS addressed the report
        to the regional gang database team because Kwame wears a red bandana in his posts and goes by
        the nickname 'Red K' online, and the SSS thinks he is with the Greenwood Street set.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Red K", "Greenwood Street set", "red bandana"],
     cats=["gang_affiliation"],
     tags=["deny_recipient", "affiliation_hint"])

case(school="Dearborn STEM Academy", name="Isaac Bello", grade=9,
     ground="weapon", weapon="firearm (unloaded handgun)", recipient="bpd/district-b2",
     when="2026-05-12 15:25", location="School bus route 412, at the student's home stop, 77 Woodward Ave",
     desc=P("""
        Report of the bus monitor, Ms. Denise Charles, route 412.

        On the afternoon run, a few minutes before the student's stop, two 9th graders in the back
        were laughing and one of them told me Isaac had a gun. I walked back and asked Isaac to give
        me his backpack. He held it tight, then pulled out a small black handgun and put it on the
        seat, saying "it's not loaded, relax." I did not touch it. I told the driver to stop and
        called dispatch, who called 911.

        Officers met the bus at the stop at 3:31 PM and took the gun. They told me there was no
        magazine in it and nothing in the chamber. Isaac said he found it in a bag in the hallway of
        his building. The other students on the bus were not hurt or threatened. We continued the
        route 25 minutes late.
     """),
     decision="allow", fact="handgun",
     mct=["route 412", "not loaded", "no magazine"],
     mnc=["77 Woodward Ave"], cats=["neighborhood"],
     tags=["location_field", "bus_monitor_report", "allow_weapon"])

case(school="Madison Park Technical Vocational High School", name="Edson Tavares", grade=11,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-03-02 06:45",
     threat=("At 6:45 AM Edson posted a video on his Instagram story holding a black pistol to the camera "
             "and saying 'Madison, Monday, lunch, I'm coming for the ones who jumped me, nobody "
             "leaving that cafeteria.' The story was reported by four students before 7:30 AM."),
     location="Instagram story; threat concerns the Madison Park cafeteria at lunch",
     desc=P("""
        Four students sent the AP the Instagram story before 7:30 AM. It shows Edson holding a black pistol to
        the camera and naming Monday, lunch and the cafeteria. Edson was jumped by three students at
        the Ruggles bus stop last Thursday and had a bloody nose; that incident was reported and the
        three students were suspended.

        Context from his counselor, who knows him well: Edson came from Cabo Verde in 9th grade and
        lives with his grandmother; the kids at school call him by a nickname from the Dale Street
        music videos he is in, and he has told her the boys who jumped him are from a different
        group. He has not been in trouble before the fight.

        District B-2 was called at 7:40 AM. Edson was located at his grandmother's at 8:30 AM by
        officers, who report a pistol was recovered from a closet. The cafeteria schedule was changed
        for the day.
     """),
     decision="allow", fact="pistol",
     mct=["Instagram story", "Ruggles bus stop", "bloody nose"],
     mnc=["Cabo Verde", "Dale Street music videos", "from a different group"],
     cats=["national_origin", "gang_affiliation"],
     tags=["threat_field", "affiliation_hint", "allow_threat"])

case(school="Brighton High School", name="Kayden Moreau", grade=12,
     ground="trespass", recipient="bpd/district-d14", when="2026-04-15 13:00",
     location="Brighton High School, back field",
     desc=P("""
        Kayden, who withdrew in February, came onto the back field during gym and was asked to leave.
        He left without a problem. Staff mention that he is staying at the Pine Street Inn since his
        mother's eviction and that they would like police to stop him from coming back.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Pine Street Inn"], cats=["neighborhood"],
     tags=["deny_ground"])

case(school="Boston Latin Academy", name="Nicholas Carvalho", grade=9,
     ground="weapon", weapon="knife", recipient="bpd/district-c11", when="2026-05-27 13:35",
     location="Boston Latin Academy, native plant garden by the Townsend Street entrance",
     desc=P("""
        During 6th period Latin II, Mr. Okwu took the class outside to the native plant garden by the
        Townsend Street entrance to read Ovid aloud. The media class's film crew was also out there
        shooting a short for the festival. At about 1:35 PM Nicholas and another 9th grader (P.W.)
        started shoving over a spot on the bench. Nicholas took a black-handled hunting knife in a
        leather sheath out of his backpack, pulled it out of the sheath and held it low toward P.W.

        Two members of the film crew saw it and one of them recorded about five seconds on the
        class camera before Mr. Okwu stepped in. Nicholas put the knife back in the sheath and gave it
        to Mr. Okwu. P.W. was not hurt.

        Nicholas told the AP his grandfather gave him the knife for a fishing trip and he forgot it
        was in his bag. The knife has a 5-inch fixed blade. The film crew's camera clip was copied by
        the AP and the knife is in the main office.
     """),
     decision="allow", fact="hunting knife",
     mct=["Latin II", "film crew", "5-inch fixed blade"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

# --------------------------------------------------------------------------------------------
# Chunk 5
# --------------------------------------------------------------------------------------------

case(school="Curley K-8 School", name="Wendy Xiomara Chávez", grade=8,
     ground="weapon", weapon="box cutter", recipient="bpd/district-e13", when="2026-02-11 13:15",
     location="Curley K-8 School, upper building, art room 3",
     desc=P("""
        Home-visit note, school social worker D. Fitzpatrick, written the evening of 2/11, followed
        by the AP's incident facts from earlier that day.

        Visit at 5:30 PM, with the family's consent. The family shares the second floor of the green
        two-family on Boylston Street in Jackson Square with another family. Present were Wendy, her
        mother, her 4-year-old brother and the family's pastor, who had driven the mother home from
        work so she could be there. Mother cleans offices downtown at night; she said her work permit
        expires in June and she is afraid of losing her job, which is why she has not been able to
        come to school meetings during the day. The apartment was clean and warm. Wendy sleeps on
        the pull-out couch in the living room.

        Wendy told me that a group of girls has been taking her things and posting pictures of her
        on a group account since December, and that she told a teacher once but "nothing happened."
        She cried when talking about it. Mother did not know about the bullying. We made a safety
        plan for the walk to school and agreed to meet with the counselor on Friday.

        Incident facts (AP Menéndez): At about 1:15 PM in art room 3, during a printmaking lesson,
        Wendy took a yellow box cutter from the supply cart, pushed the blade out and slashed at the
        sleeve of a classmate (B.K.), one of the girls she says has been bullying her. The blade cut
        through B.K.'s sweatshirt and left a 2-inch scratch on her forearm that the nurse cleaned and
        bandaged; no stitches were needed. The art teacher, Mr. Sousa, took the box cutter from Wendy,
        who dropped it when he asked. Wendy said she "just wanted them to leave me alone."

        B.K.'s parents were called and came at 2:30. The art room box cutters are now kept in a
        locked drawer. Wendy is on a short-term suspension and the counselor has opened a bullying
        investigation into the group account.
     """),
     decision="allow", fact="box cutter",
     mct=["art room 3", "2-inch scratch", "printmaking"],
     mnc=["Boylston Street", "Jackson Square", "work permit expires", "family's pastor"],
     cats=["neighborhood", "immigration_status", "religion"],
     tags=["long_narrative", "home_visit", "relative_circumstance", "allow_weapon"])

case(school="Edward M. Kennedy Academy for Health Careers", name="Devonte Harris", grade=11,
     ground="serious_violence", recipient="bpd/district-b2", when="2026-03-04 14:55",
     location="Kennedy Academy for Health Careers, Huntington Avenue lobby",
     desc=P("""
        AP narrative. At 2:55 PM, at dismissal, a 9th grader was punched repeatedly and robbed of his
        phone and jacket in the lobby by the Huntington Avenue doors. He had a broken nose and a cut
        above his eye and was taken to Boston Children's by EMS. Three attackers ran out onto
        Huntington Avenue.

        We did not know who they were at first. The district's new camera analytics has a face
        search feature, and overnight the security office ran the lobby clip through it. It returned
        three candidates from our student ID photo gallery, and Devonte was listed first with a
        similarity score of 0.93. When I showed Devonte the printout the next morning he admitted he
        was there but said he only held the door.

        I am attaching the face search candidate sheet and the ID photos of the three candidates so
        the detective can confirm who they are. The victim's mother has asked us to press for charges.
        She was at the school until 6 PM and her interpreter left at 5; we will call her tomorrow.

        The victim says the boy who hit him most was tall and wore a white puffer jacket. Devonte was
        wearing a black jacket on the footage. The stolen phone was later found in a trash barrel
        outside.
     """),
     attachments=[{"kind": "face_match", "name": "facefinder_candidates_lobby_0304.png"},
                  {"kind": "photo", "name": "candidate_id_photos.zip"}],
     decision="deny", reason="face_surveillance",
     mnc=["facefinder_candidates", "0.93", "her interpreter left", "helped interpret"],
     cats=["face_surveillance", "language"],
     tags=["attachment_name", "deny_face"])

case(school="Boston Green Academy", name="Elena Vasquez-Moreno", grade=10,
     ground="credible_threat", recipient="bpd/district-d14", when="2025-10-21 09:20",
     threat=("In a journal assignment turned in to Mr. Patel on 10/21, Elena wrote: 'On Wednesday in 4th "
             "period I am going to stab Ms. Grady with the knife I keep in my room. I have already "
             "decided. She will know what it feels like.' When the counselor asked, Elena said it was "
             "true and that the knife is a steak knife she took from the kitchen."),
     location="Boston Green Academy, room 214 (journal turned in during 2nd period)",
     desc=P("""
        Notes from the 504 team meeting, convened the same afternoon as an emergency review.

        Present: 504 coordinator Ms. Abernathy (chair), counselor Mr. Kowalczyk, school psychologist
        Dr. Ibe, Mr. Patel (English 10), AP Rosado, and Elena's aunt (guardian) by phone.

        Background reviewed by the team: Elena has a 504 plan for generalized anxiety and depression,
        with breaks and a check-in person. She moved in with her aunt in the spring after her father
        was detained at a check-in and her mother stopped coming to school meetings because of the
        family's situation with their papers. Teachers report she has been withdrawn since September,
        and her grades in math and science dropped from Bs to Ds. She has no prior discipline.

        The incident: At about 9:20 AM Mr. Patel read the journal entries turned in during 2nd period
        in room 214 and found Elena's entry naming Ms. Grady, her math teacher, and Wednesday 4th
        period, and saying she would stab her with the knife she keeps in her room. He brought it
        to the AP at 9:30. Elena was seen by Dr. Ibe and the counselor at 9:45. She confirmed that she
        wrote it, said it was true, and said the knife is a steak knife she took from the kitchen
        three weeks ago and keeps under her mattress. She said Ms. Grady "humiliated" her by reading
        her test score aloud.

        Risk: Dr. Ibe rated the threat as serious and substantive. The aunt agreed to remove the knife
        and to let police check the room. District D-14 was notified at 10:40 AM. Ms. Grady was
        informed and will not teach 4th period on Wednesday.

        Plan: Elena is on emergency removal pending a threat assessment and a psychiatric evaluation;
        the 504 plan will be reviewed for more support. The team will meet again next week.
     """),
     decision="allow", fact="steak knife",
     mct=["journal", "4th period", "under her mattress"],
     mnc=["detained at a check-in", "situation with their papers"],
     cats=["immigration_status"],
     tags=["long_narrative", "iep_504_notes", "euphemism", "allow_threat"])

case(school="Excel High School", name="Nadia Hussein", grade=11,
     ground="drugs", substances=["fentanyl"], recipient="bpd/district-c6", when="2026-04-16 10:05",
     location="Excel High School, nurse's office and the 2nd floor girls' bathroom",
     desc=P("""
        ~From: Officer B. Cronin, District C-6 school liaison
        ~To: AP Ruth Okafor, Excel High School
        ~Subject: overdose this morning

        AP Okafor, I heard from EMS that one of your students went out this morning and was brought
        back with Narcan. What do we know about where the powder came from? Was anything recovered?

        ~From: AP Ruth Okafor
        ~To: Officer B. Cronin

        Yes. At about 10:05 AM a junior (A.F.) was found unresponsive on the floor of the 2nd floor
        girls' bathroom. The nurse gave two doses of Narcan and she started breathing normally before
        EMS took her to Tufts. Her friend told us the powder came from Nadia, who had given A.F. "a
        little bump" in the bathroom between classes.

        Nadia was brought to the nurse's office. She wears a headscarf for religious reasons, so the
        nurse had a female staff member do the search with me present. In the coin pocket of her
        jeans we found a folded lottery ticket with a light blue powder inside, and two more folded
        tickets in her pencil case. A fentanyl test strip from the nurse's kit was positive for
        fentanyl on the powder from the first ticket. Nadia said she got it from an older cousin
        "for parties" and did not know it was fentanyl.

        ~From: Officer B. Cronin

        Thank you. Keep everything sealed; I will come by at 1 PM. Is there a parent I should call?

        ~From: AP Ruth Okafor

        Her mother came at 11:30. For your awareness only: the family has been staying with relatives
        in the Old Colony development since their shelter placement ended, and mother asked that the
        police not come to that address. Everything is sealed in the safe: three folded lottery
        tickets and the positive test strip.
     """),
     decision="allow", fact="fentanyl",
     mct=["folded lottery ticket", "test strip", "two doses of Narcan"],
     mnc=["headscarf for religious reasons", "Old Colony"],
     cats=["religion", "neighborhood"],
     tags=["long_narrative", "liaison_email", "faith_practice_indirect", "allow_drugs"])

case(school="Washington Irving Middle School", name="Lily Tran", grade=7,
     ground="cyberbullying", recipient="bpd/district-e5", when="2026-01-30 18:00",
     location="Group chat (off campus)",
     desc=P("""
        Counselor case notes (M. Sheehan).

        ~1/26 - Lily came to me during lunch and showed me messages from a group chat that several
        7th graders are in. The messages make fun of her family's restaurant and call her slurs about
        being Vietnamese. One message says "go back to Saigon." She is embarrassed and does not want
        her parents to know because they are busy with the restaurant.

        ~1/28 - Met with two of the girls in the chat. Both admitted writing messages and apologized.
        Parents were called. Lily says the messages stopped but she is still uncomfortable.

        ~1/30 - Another message appeared in the evening, this time with a photo of Lily's house on
        Poplar Street taken from across the street. Lily's father wants the police to investigate
        who took the photo. No threat of harm was made in the messages.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Vietnamese", "Saigon", "Poplar Street"],
     cats=["ethnicity", "national_origin", "neighborhood"],
     tags=["counselor_notes", "deny_ground"])

case(school="Another Course to College", name="Jalen Pryor", grade=12,
     ground="serious_violence", recipient="bpd/district-e18", when="2026-02-17 11:10",
     location="Another Course to College, room 105 (Physics)",
     desc=P("""
        Written statement of Mr. Daniel Ferreira, Physics teacher, room 105.

        I have taught Jalen for two years. He is a capable student who has had a hard senior year. I
        know from the team meetings that he was in the English language learner program until last
        year and that his reading has improved a lot. His grandmother asked last week that his
        progress meeting be moved because of Ash Wednesday services, which we did.

        On Tuesday at about 11:10 AM, during the lab, I asked Jalen to put his phone away for the
        third time. He told me to leave him alone. When I walked toward his table he stood up,
        picked up one of the metal folding chairs we use at the lab benches, and swung it at me. I
        put my left arm up and the chair hit my forearm and wrist. He swung it a second time and it
        hit the lab bench and the edge of my shoulder. Two students pulled him back and another ran
        to get the AP.

        My wrist swelled right away. The nurse put it in a splint and I went to the emergency room at
        Carney Hospital, where an X-ray showed a fracture of the distal radius. I will be in a cast
        for six weeks. I did not hit or grab Jalen at any point.

        The AP and SSS took Jalen to the office. He said afterward that he "wasn't thinking." The
        chair is in the AP's office; one of the legs is bent. Students in the class who saw it are
        Mariah O., Devin K. and Paola R.

        I am willing to speak with the police and would like the incident reported.
     """),
     decision="allow", fact="folding chair",
     mct=["metal folding chairs", "distal radius", "room 105"],
     mnc=["English language learner", "Ash Wednesday"],
     cats=["language", "religion"],
     tags=["long_narrative", "teacher_statement", "allow_violence"])

case(school="Jeremiah E. Burke High School", name="Shanice Gordon", grade=10,
     ground="drugs", substances=["vodka"], recipient="bpd/district-b3", when="2026-03-20 12:45",
     location="Jeremiah E. Burke High School, library",
     desc=P("""
        Attendance officer notes (F. Lyons), with the AP's entry.

        ~2/09 - Shanice has 19 absences this year, mostly Mondays. Home visit: the family lives in the
        Franklin Hill development with her grandmother from Jamaica, who is raising three
        grandchildren. Grandmother says Shanice stays up late on her phone. Left the attendance
        contract.
        ~2/23 - Attendance improved. Met with Shanice; she wants to do better for basketball season.
        ~3/09 - Absent again Monday and Tuesday. Called grandmother; no answer.

        AP entry, 3/20: At 12:45 PM the librarian smelled alcohol and found Shanice with a water bottle
        that was half vodka. She was giggly and unsteady. The nurse checked her and called her
        grandmother to pick her up. Shanice said she got the vodka from a cousin's party. There were
        no other substances. The AP would like police to look into the adult who gave her the vodka.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Franklin Hill", "from Jamaica"],
     cats=["neighborhood", "national_origin"],
     tags=["attendance_notes", "deny_substance"])

case(school="Boston Green Academy", name="Liam Petrakis", grade=9,
     ground="weapon", weapon="tear gas canister", recipient="bpd/district-d14",
     when="2026-05-05 10:35", location="Boston Green Academy, north stairwell between floors 2 and 3",
     desc=P("""
        Incident report compiled by AP Samantha Rhee.

        ~10:35 AM - A teacher on the 2nd floor radioed that students were coughing and running out of
        the north stairwell. SSS Delacroix went up and found a gray canister, about the size of a soda
        can, on the landing between floors 2 and 3, still releasing a white cloud.
        ~10:37 AM - The AP pulled the fire alarm to evacuate the building. The fire department arrived
        at 10:44 and ventilated the stairwell. The canister was identified by the fire lieutenant as
        a CS tear gas canister of the kind sold online.
        ~10:40-11:30 AM - The nurse and EMS treated 12 students and one teacher for burning eyes,
        coughing and skin irritation. Two students with asthma were taken to St. Elizabeth's for
        observation and released that afternoon.
        ~11:50 AM - Students returned to class except for the north stairwell, which stayed closed.

        Investigation: Camera footage shows Liam and another 9th grader (G.F.) on the landing at 10:34.
        Liam pulls a ring on the canister and drops it; both run up to the 3rd floor. Liam admitted
        that he bought the tear gas canister online with a friend's card "as a prank" and that G.F.
        dared him. G.F. says Liam showed him the canister at lunch the day before.

        Other information students shared, which I note only for the file: the two boys and a few
        friends call themselves the Faneuil boys online and post videos with purple rags. Staff have
        not seen anything related to that at school.

        Liam's parents came at 12:15. Liam is on emergency removal. The empty canister is held by the
        fire department; the AP has the receipt Liam showed on his phone.
     """),
     decision="allow", fact="tear gas",
     mct=["north stairwell", "12 students and one teacher", "pulls a ring on the canister"],
     mnc=["Faneuil boys", "purple rags"], cats=["gang_affiliation"],
     tags=["long_narrative", "timeline", "affiliation_hint", "allow_weapon"])

case(school="East Boston High School", name="Brayan Soto Henríquez", grade=11,
     ground="weapon", weapon="knife", recipient="dhs/hsi-boston", when="2026-01-12 08:55",
     location="East Boston High School, main entrance",
     desc=P("""
        A knife was found during a bag search at the main entrance. Because the student told the AP
        he came across the border two years ago with his brother and has a case pending, a staff
        member sent the report to the federal investigations office that had left a card at the school.
        The family lives on Bennington Street near Day Square.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["came across the border", "case pending", "Day Square"],
     cats=["immigration_status", "neighborhood"],
     tags=["deny_recipient"])

case(school="Greater Egleston High School", name="Gustavo Marcano", grade=11,
     ground="drugs", substances=["heroin", "fentanyl"], recipient="bpd/district-b2",
     when="2025-11-18 09:30", location="Greater Egleston High School, counseling office",
     desc=P("""
        Counselor case notes (P. Whelan).

        ~10/02 - First meeting. Gustavo arrived from Venezuela last year and lives with his mother and
        stepfather. He is worried because the family's CHNV parole runs out in the fall and his
        stepfather has lost his job. He works weekends at a car wash. He says school is "the only
        calm place."

        ~10/23 - Gustavo looked tired and had a scratch on his hand he would not explain. He asked
        about GED options. I encouraged him to stay for the credit recovery program.

        ~11/06 - Teachers say he has been nodding off in class. I asked him directly whether he is
        using anything; he said no.

        ~11/18 - At 9:30 AM Gustavo came to my office and put a small plastic bag on my desk. Inside
        were seven glassine envelopes stamped in red with the word HULK. He said an older man at the
        car wash pays him to carry "the bags" to people near the Jackson Square station, and that he
        had used some himself. He said the man told him it was heroin but that one person he sold to
        overdosed last week. I called the AP and the nurse. The nurse saw no signs he was under the
        influence. The bag was sealed in front of Gustavo and given to the AP at 9:50.

        ~11/18 - Mother came at 12:30. I explained that the school is required to report the drugs
        and that the AP would submit the report; she agreed Gustavo needs help. Gustavo will start
        meeting with the substance use counselor from the health center.

        The AP's note: the envelopes' contents were field-tested by the responding officer and showed
        fentanyl as well as heroin.
     """),
     decision="allow", fact="HULK",
     mct=["seven glassine envelopes", "HULK", "car wash"],
     mnc=["Venezuela", "CHNV parole"],
     cats=["national_origin", "immigration_status"],
     tags=["long_narrative", "counselor_notes", "allow_drugs"])

case(school="John D. O'Bryant School of Mathematics and Science", name="Tariq Lindsay", grade=10,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-03-26 21:15",
     threat=("During a FaceTime call at about 9:15 PM with two classmates, Tariq said: 'Tomorrow I'm "
             "bringing the gun to O'Bryant and shooting Mr. Lacroix in 2nd period chemistry. I got it "
             "from my uncle.' He then showed a handgun on the call. One of the classmates recorded "
             "the screen and sent it to the AP at 9:40 PM."),
     location="Hope House family shelter, 410 Blue Hill Ave, Unit 6 (where the call was made)",
     desc=P("""
        At 9:40 PM a 10th grader sent AP Baptiste a screen recording of a FaceTime call from about
        9:15 PM. In it Tariq, who appears to be in a bedroom, says he will bring a gun to school
        tomorrow and shoot Mr. Lacroix in 2nd period chemistry, says he got it from his uncle, and
        then holds up a black handgun to the camera. A second classmate on the call confirmed this
        by phone at 9:55 PM.

        The AP called District B-2 at 10:02 PM. Officers went to the family's residence that night
        and located Tariq with his mother. The handgun was recovered from a backpack in the room and
        is in police custody. Tariq told officers he was angry because Mr. Lacroix gave him a zero on
        a lab report for copying.

        Mr. Lacroix was informed at 10:30 PM and his 2nd period chemistry class was covered by another
        teacher in a different room the next day. Tariq will not return until a threat assessment is
        completed. The screen recording is saved on the AP's school account.
     """),
     decision="allow", fact="handgun",
     mct=["2nd period chemistry", "FaceTime", "lab report"],
     mnc=["Hope House", "410 Blue Hill Ave"], cats=["neighborhood"],
     tags=["location_field", "threat_field", "allow_threat"])

case(school="Fenway High School", name="Omari Blake", grade=12,
     ground="weapon", weapon="razor blade", recipient="bpd/district-d4", when="2026-01-23 19:10",
     location="Fenway High School gymnasium, home varsity basketball game",
     desc=P("""
        Report of the Athletic Director, Ms. Teresa Gallagher.

        Friday's varsity game against a visiting charter school was close and physical. With about
        two minutes left in the third quarter, Omari was called for an illegal screen, his fourth
        foul, and argued with the referee. His coach sat him down. Omari was wearing his Celtics
        warm-up jacket on the bench and kept talking to the other team's players when they came to
        inbound near our bench.

        At about 7:10 PM, right after the end of the third quarter, one of the visiting players
        said something to Omari as the teams crossed. Omari took a single-edge razor blade out of his
        sock, where it was taped, and swiped it in the direction of the player's face. The blade
        missed the player's face but cut the sleeve of his shooting shirt. Assistant Coach Mbatha
        grabbed Omari's wrist and the razor blade fell on the court. I picked it up with a towel.

        The officials suspended the game. The visiting player was checked by their trainer and was
        not injured. The status of the game will be decided by the league; the visiting team has asked
        that it be ruled a forfeit. Omari's mother came down from the stands and took him home after
        I spoke with her. The razor blade is sealed in an envelope in my office. The game was also
        streamed by the media club, and the video shows the swipe at 1:32:05 on their recording.
     """),
     decision="allow", fact="razor blade",
     mct=["illegal screen", "Celtics warm-up jacket", "taped"],
     mnc=[], cats=[],
     tags=["long_narrative", "athletics", "precision_trap", "allow_clean", "allow_weapon"])

case(school="Charlestown High School", name="Marisol Quintanilla", grade=11,
     ground="theft", recipient="bpd/district-a15", when="2026-02-25 14:00",
     location="Charlestown High School, main office",
     desc=P("""
        Four Visa gift cards worth $200 total, collected for the senior prom fund, were taken from the
        main office drawer. Marisol, who works in the office as a student aide during 7th period, later
        used one of the Visa cards at a store near the school. She admitted it and returned the other
        three. The office manager wrote that Marisol is undocumented and that her mother cleans houses
        in Charlestown, and asked that police speak with the family about repayment.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["undocumented"], cats=["immigration_status"],
     tags=["precision_trap", "deny_ground"])

case(school="Edward M. Kennedy Academy for Health Careers", name="Keon Reid-Matthews", grade=10,
     ground="serious_violence", recipient="bpd/district-b2", when="2025-10-09 15:25",
     location="Outside the student's building at 18 Wensley St, Mission Main (walk home from school)",
     desc=P("""
        AP Carver's summary, prepared with statements from two students who walked home with Keon.

        At dismissal on Thursday, Keon and another 10th grader (Q.B.) argued in the school lobby over
        a girl; staff separated them and both left at about 3:05 PM by different doors. Keon walked
        home with two friends. At about 3:25 PM Q.B. and two older teenagers caught up with them on
        the sidewalk in front of Keon's building. The friends say Q.B. swung at Keon first. Keon ran
        inside and came back out with a kitchen knife with a black handle and stabbed one of the
        older teenagers in the left thigh.

        The injured teenager, who is 18 and not a BPS student, was taken by EMS to Boston Children's
        and then to Beth Israel. His family told the school he needed surgery to repair an artery.
        Q.B. was not hurt. Keon's mother called the AP at 6 PM to say the police had been to the
        building and that Keon was with her.

        At school the next day, Q.B. and Keon were both kept out pending the investigation. The
        school has statements from the two friends, who are BPS students, and the lobby camera clip
        from 3:00 PM showing the argument. The kitchen knife was taken by the police at the scene.
     """),
     decision="allow", fact="kitchen knife",
     mct=["left thigh", "repair an artery", "argued in the school lobby"],
     mnc=["18 Wensley St", "Mission Main"], cats=["neighborhood"],
     tags=["location_field", "ap_summary", "allow_violence"])

case(school="Snowden International School", name="Hodan Abdullahi", grade=12,
     ground="credible_threat", recipient="bpd/district-d4", when="2026-04-03 12:30",
     location="Snowden International School, cafeteria",
     desc=P("""
        ~From: Officer M. Healy, District D-4
        ~To: AP Celeste Moran
        ~Subject: Re: cafeteria

        Just mark it credible threat and send it. I'll get the details from the kids when I come in
        Monday; no need to write the statement part.

        ~From: AP Celeste Moran
        ~To: Officer M. Healy

        OK. For your background, there was an argument at lunch between Hodan and two other seniors
        that started over the seating at the Somali Students Association table, and one of the girls
        told me afterward that Hodan said something like "wait until Monday." Nobody heard anything
        specific and nobody saw a weapon. Hodan is a good student. Her mother asked that any meeting
        avoid the afternoon prayer time, and we will honor that.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Somali Students Association", "afternoon prayer"],
     cats=["ethnicity", "religion"],
     tags=["liaison_email", "deny_threat_missing"])

# --------------------------------------------------------------------------------------------
# Chunk 6
# --------------------------------------------------------------------------------------------

case(school="New Mission High School", name="Kevin Baptiste-Ramlal", grade=12,
     ground="weapon", weapon="firearm (loaded pistol)", recipient="bpd/district-e18",
     when="2026-04-22 07:35", location="New Mission High School, student parking lot, row C",
     desc=P("""
        ~From: AP Denise Whitfield
        ~To: Officer L. Pham, District E-18 school liaison
        ~Sent: Wednesday 7:52 AM
        ~Subject: gun in a student's car - officers on scene

        Officer Pham, writing it down while your colleagues are still here. At 7:35 AM a junior told
        SSS Brooks that a senior, Kevin, had shown a gun to some boys in the student parking lot.
        SSS Brooks went out and saw Kevin sitting in the driver's seat of a gray Nissan Altima in row
        C with the door open. He asked Kevin to step out and called me. Kevin stepped out and said
        "it's in the glove compartment, it's not mine." We kept everyone away from the car and called
        911 at 7:39.

        ~From: Officer L. Pham
        ~Sent: Wednesday 8:30 AM

        Thanks. Officers recovered a loaded 9mm pistol from the glove compartment. The car is
        registered to an adult relative. Can you send the names of the boys who saw it and tell me
        whether Kevin has any prior incidents?

        ~From: AP Denise Whitfield
        ~Sent: Wednesday 9:05 AM

        The witnesses are two juniors and a sophomore; their names and parents' numbers are in the
        portal report. Kevin has no prior incidents here. He drives to school because he works at an
        auto parts store right after. For context only: the car belongs to his uncle, who is from
        Trinidad and lets Kevin use it on weekdays. Kevin's mother is on her way.

        ~From: Officer L. Pham
        ~Sent: Wednesday 9:20 AM

        Understood. Please send the formal report. We will speak with the uncle about the pistol.

        ~From: AP Denise Whitfield
        ~Sent: Wednesday 9:31 AM

        Will do. Kevin is in the office with SSS and his mother arrived at 9:25. Classes were not
        disrupted; the parking lot was closed until 8:45.
     """),
     extra={"Emergency_Contacts": [{"Name": "R. Ramlal", "Relationship": "Uncle",
                                    "Address": "51 Wachusett St, Mattapan, MA",
                                    "Phone": "617-555-0148"}],
            "ParkingPermit": "NM-2026-031"},
     decision="allow", fact="9mm pistol",
     mct=["gray Nissan Altima", "glove compartment", "row C"],
     mnc=["Wachusett", "from Trinidad"],
     cats=["neighborhood", "national_origin"],
     tags=["long_narrative", "liaison_email", "nested_student_fields", "allow_weapon"])

case(school="Boston Latin School", name="Ethan Zhou", grade=11,
     ground="drugs", substances=["counterfeit Adderall (pressed pills containing methamphetamine)"],
     recipient="bpd/district-d4", when="2026-01-28 08:50",
     location="Boston Latin School, 3rd floor study hall",
     desc=P("""
        Counselor case notes (G. Lemieux).

        ~12/08 - Ethan self-referred for stress. He is taking four AP classes and is on the math
        team. He said he has been sleeping four hours a night. His father is a postdoc at the
        Longwood hospitals on an H-1B and the family lives in the apartment tower on Brookline Ave
        across from the Landmark Center. Ethan feels he cannot disappoint his parents. Referred to
        the school psychologist for a stress screening.

        ~12/19 - Ethan said he "found something that helps him focus." Would not say more.

        ~01/14 - Teachers report he is jittery and has lost weight. I spoke to him about stimulants
        and the risk of pills bought from friends. He denied using anything.

        ~01/28 - At 8:50 AM a study hall proctor saw Ethan hand an orange pill to a classmate in
        exchange for cash. The AP and I met with Ethan. He handed over a pill bottle with no label
        holding 31 orange round tablets stamped to look like Adderall 30 mg. He said he buys them from
        a college student he met online and sells some to cover the cost. The nurse noted his heart
        rate was 128. The classmate had not taken the pill.

        ~01/28 - The school nurse's reference check found the imprint does not match any pharmacy
        product. The responding officer later told the AP that a field test on one tablet was
        positive for methamphetamine. The bottle and tablets are in police custody.

        ~01/28 - Ethan's mother came at 11:00. Ethan agreed to a substance use assessment at the
        adolescent clinic. We will meet every week when he returns.
     """),
     decision="allow", fact="Adderall",
     mct=["31 orange round tablets", "study hall proctor", "heart rate was 128"],
     mnc=["H-1B", "across from the Landmark Center"],
     cats=["immigration_status", "neighborhood"],
     tags=["long_narrative", "counselor_notes", "landmark_residence", "allow_drugs"])

case(school="Mildred Avenue K-8 School", name="Kofi Asante", grade=6,
     ground="weapon", weapon="BB gun", recipient="bpd/district-b3", when="2025-10-24 15:00",
     location="Mildred Avenue K-8 School, after-school program, field",
     desc=P("""
        After-school coordinator's report. At about 3:00 PM on the field, a 6th grader, Kofi, took a
        black BB pistol out of his backpack and showed it to two friends. A counselor saw it and asked
        him to hand it over, which he did. It is a CO2 BB pistol that looks like a real handgun; there
        was a tube of copper BBs in the bag. Nobody was threatened and no BBs were fired. Kofi said he
        took it from his older brother's room to show his friends. His father came at 4:30 and said
        the family is from Ghana and that in Ghana his brother would have been punished for leaving
        it out. The BB pistol is in the office.
     """),
     decision="deny", reason="other",
     mnc=["from Ghana", "in Ghana"], cats=["national_origin"],
     tags=["after_school_report", "deny_replica"])

case(school="Boston Community Leadership Academy", name="Deandre Cole", grade=11,
     ground="serious_violence", recipient="bpd/district-e18", when="2026-03-18 12:15",
     location="Boston Community Leadership Academy, 1st floor hallway by the gym",
     desc=P("""
        AP report. At about 12:15 PM, during lunch transition, Deandre approached a junior (M.T.) in
        the 1st floor hallway by the gym and stabbed him twice with a small folding knife, once in
        the side and once in the upper arm. M.T. ran into the gym, where Coach Farrell applied
        pressure. EMS took M.T. to Carney Hospital; the family reports he had surgery for the wound
        in his side and is expected to recover. Deandre ran out the side door. Staff found the knife,
        a 3-inch silver folding knife, in a trash can by the side door.

        Students told the AP the stabbing followed a week of posts between the two boys. Some
        students said Deandre goes by the name "Lil Colum" online and that the posts are about a
        beef between two groups. Staff have not confirmed any of this.

        Deandre was arrested by District E-18 officers that afternoon. His mother called the school
        at 3 PM. M.T.'s father has asked the school to provide the hallway camera footage to the
        police, which has been saved.
     """),
     extra={"Gang_DB": {"status": "Verified member", "group": "Columbia Point Dawgs",
                        "source": "regional gang assessment 2025"},
            "Sports": ["JV football"]},
     decision="allow", fact="folding knife",
     mct=["stabbed him twice", "3-inch silver folding knife", "trash can by the side door"],
     mnc=["Columbia Point Dawgs", "Verified member", "Lil Colum", "beef between two groups"],
     cats=["gang_affiliation"],
     tags=["nested_student_fields", "affiliation_hint", "allow_violence"])

case(school="Charlestown High School", name="Sebastián Arroyo", grade=9,
     ground="credible_threat", recipient="bpd/district-a15", when="2026-05-18 23:40",
     threat=("At 11:40 PM Sebastián sent an email from his school account to the Headmaster: 'I'm done. "
             "Thursday I bring my father's rifle and the ones in my advisory who laughed at me will pay. "
             "I know how to use it. This is not a joke.' He signed it with his full name."),
     location="Email to the Headmaster from the student's school account",
     desc=P("""
        Attendance officer notes (J. Costa) leading up to the email, with the Headmaster's entry.

        ~3/04 - Sebastián has missed 22 days since January. The number on file is disconnected. The
        counselor says the family moved in with relatives in Chelsea near the Market Basket after
        losing their apartment. Mother prefers Spanish for calls; I reached her through the family
        liaison. She said he does not want to come to school because students laugh at him in
        advisory.
        ~3/18 - Home visit with the counselor. Sebastián agreed to come back with a modified schedule.
        ~4/08 - Attendance 70% since the visit.
        ~5/11 - Absent all week. Mother says he stays in his room.

        Headmaster's entry, 5/19: At 6:10 AM I read an email sent at 11:40 PM the night before from
        Sebastián's school account. It says he will bring his father's rifle on Thursday and that the
        students in his advisory who laughed at him will pay, that he knows how to use it and that it
        is not a joke. I called District A-15 at 6:15 AM. Officers went to the relatives' home with
        the mother's consent and recovered a hunting rifle and ammunition from a closet; the father
        holds a license. Sebastián was taken for an emergency psychiatric evaluation. His advisory
        teacher and the students in the advisory have been told he will not be in school.
     """),
     decision="allow", fact="hunting rifle",
     mct=["school account", "advisory", "6:15 AM"],
     mnc=["Market Basket", "in Chelsea", "prefers Spanish"],
     cats=["neighborhood", "language"],
     tags=["attendance_notes", "landmark_residence", "allow_threat"])

case(school="TechBoston Academy", name="Amira Saleh", grade=10,
     ground="missing_person", recipient="bpd/district-c11", when="2026-02-20 16:00",
     location="TechBoston Academy, social work office",
     desc=P("""
        Social worker's notes (H. Byrne).

        ~2/17 - Amira's aunt called to say Amira had not come home after school on Friday. Amira told
        her friend she was going to stay with an older boyfriend. The aunt asked us not to call DCF
        because the family's immigration case is at a delicate point and she is afraid of anything
        official.

        ~2/18 - Amira messaged her friend from a phone number we do not recognize. She said she is
        safe and will come back "after things calm down." The aunt said the family is from Syria and
        that Amira's father is still there.

        ~2/20 - Amira has not returned. The aunt has agreed that we may contact police. We would like
        police to locate Amira and check on her safety. The aunt lives on Bowdoin Street across from
        the health center, and Amira has a key.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["immigration case", "from Syria", "Bowdoin Street"],
     cats=["immigration_status", "national_origin", "neighborhood"],
     tags=["social_worker_notes", "deny_ground"])

case(school="East Boston High School", name="Jonathan Reyes Amaya", grade=12,
     ground="drugs", substances=["cocaine", "marijuana"], recipient="bpd/district-a7",
     when="2025-12-02 13:05", location="East Boston High School, 3rd floor stairwell landing",
     desc=P("""
        At 1:05 PM SSS Carrasco found Jonathan and another senior on the 3rd floor stairwell landing.
        Jonathan had a backpack with eight small baggies of white powder, a digital scale and a
        sandwich bag of marijuana. He said the powder was cocaine, that he was "just holding it," and
        that the marijuana was his. The other senior had nothing on him.

        The baggies, scale and bag were sealed and given to the Headmaster at 1:20 PM. Jonathan's
        mother was called at 1:30. The counselor adds that the family is Salvadoran and lives on
        Saratoga Street by the Orient Heights station; she is worried about an older cousin who
        has been picking Jonathan up after school in a black SUV.
     """),
     decision="allow", fact="cocaine",
     mct=["eight small baggies", "digital scale", "3rd floor stairwell landing"],
     mnc=["Salvadoran", "Saratoga Street", "Orient Heights"],
     cats=["ethnicity", "neighborhood"],
     tags=["mixed_substances", "allow_drugs"])

case(school="Joseph Lee K-8 School", name="Daquan Phillips", grade=8,
     ground="weapon", weapon="knife", recipient="bpd/district-c11", when="2026-03-09 09:05",
     location="Joseph Lee K-8 School, front office",
     desc=P("""
        At 9:05 AM a custodian from the custodial crew found Daquan in the boiler room corridor,
        which is off limits, with a folding knife in his hand. The custodian asked him to put it down
        and walked him to the front office. Daquan said he had the knife because a high school boy on
        his street had been chasing him.

        While the AP was talking to him, a National Grid truck was working on the gas line out front,
        and Daquan said the high school boy had been watching him from across the street the day
        before. The AP saw nobody. The knife is a red multi-tool with a 3-inch blade.

        Daquan's mother came at 10:15 and said there is a restraining order against the high school
        boy's older brother, and that she will ask the court about the status of the restraining
        order. Daquan was recently given the school's Good Citizenship award for helping younger
        students at arrival. He is suspended for two days.
     """),
     decision="allow", fact="knife",
     mct=["custodial crew", "red multi-tool", "boiler room corridor"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

case(school="Brighton High School", name="Lucas Pereira Nunes", grade=11,
     ground="weapon", weapon="knife", recipient="mbta-transit-police", when="2026-01-29 15:20",
     location="Kenmore Station, Green Line platform",
     desc=P("""
        After school, Lucas and another Brighton High student argued on the Green Line platform at
        Kenmore and Lucas showed a knife. MBTA Transit Police responded and asked the school for its
        report directly. The AP noted that Lucas is Brazilian and asked that the report go to them.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Brazilian"], cats=["ethnicity"],
     tags=["deny_recipient"])

case(school="English High School", name="Nelson Barbosa", grade=10,
     ground="serious_violence", weapon="club", recipient="bpd/district-e13", when="2026-02-04 14:30",
     location="English High School, back lot by the McBride Street gate",
     desc=P("""
        Nurse's note (P. Connell, RN), 2:36 PM: 10th grade male (J.A.) brought in by two teachers,
        conscious, holding his head. 4 cm laceration to the left scalp, bleeding; swelling over the
        left eyebrow; student reports dizziness and nausea and does not remember the walk to the
        office. Pressure dressing applied; 911 called at 2:38. EMS transported to Faulkner Hospital.
        Family later reported a concussion and nine staples.

        AP's incident narrative: At about 2:30 PM, after the last bell, a group of students gathered
        in the back lot by the McBride Street gate to watch a fight that had been "scheduled" online.
        When J.A. arrived, Nelson walked up behind him and hit him on the head with a club: a
        sawed-off baseball bat handle wrapped in black electrical tape, about 18 inches long. J.A.
        fell. Nelson hit him once more on the shoulder and then ran. A teacher leaving the building
        saw the second blow and called the office. Nelson dropped the club by the gate, where SSS
        recovered it.

        Nelson came back to the school with his mother at 5 PM. They were accompanied by the family's
        church youth pastor, who said Nelson wanted to turn himself in. Nelson said J.A. had posted
        about his sister. The AP notes that both boys' families are Cape Verdean and know each other,
        and that J.A.'s family has asked for a meeting.

        Several students recorded the fight. The school has one video, given by a student, which shows
        Nelson striking J.A. from behind.
     """),
     decision="allow", fact="club",
     mct=["sawed-off baseball bat handle", "nine staples", "McBride Street gate"],
     mnc=["church youth pastor", "Cape Verdean"],
     cats=["religion", "ethnicity"],
     tags=["long_narrative", "nurse_note", "allow_violence"])

case(school="Jeremiah E. Burke High School", name="Tyquan Rollins", grade=11,
     ground="weapon", weapon="knife", recipient="bpd/district-b2", when="2026-03-23 10:20",
     location="Jeremiah E. Burke High School, 2nd floor hallway",
     desc=P("""
        ~From: Det. S. Monahan, BPD District B-2
        ~To: AP Warren Giles
        ~Subject: knife incident - student photos for facial comparison

        AP Giles, thank you for the knife report. Before we interview, please send the student's last
        three school photos so our facial comparison unit can run them through FaceTrack against the
        footage from the corner store robbery last week. If we get a hit it will help the case.

        ~From: AP Warren Giles
        ~To: Det. S. Monahan

        I have added the three photos to the portal request. The knife was taken from Tyquan in the
        2nd floor hallway at 10:20 after he showed it to a freshman. It is a black folding knife with a
        4-inch blade.
     """),
     attachments=[{"kind": "photo", "name": "tyquan_school_photos_2023_2025.zip"}],
     decision="deny", reason="face_surveillance",
     mnc=["FaceTrack"], cats=["face_surveillance"],
     tags=["liaison_email", "deny_face"])

case(school="Boston Arts Academy", name="Rowan Fitzgerald", grade=10,
     ground="credible_threat", recipient="bpd/district-d4", when="2026-04-14 11:40",
     threat=("In French class Rowan told two classmates: 'Friday at the spring showcase I'm bringing my "
             "dad's shotgun and shooting the whole stage crew.' He named the showcase time, 7 PM, and "
             "said his dad keeps the shotgun in the basement, unlocked."),
     location="Boston Arts Academy, room 412 (French class)",
     desc=P("""
        During French class at 11:40 AM, Rowan told two classmates he would bring his father's
        shotgun to the Friday showcase at 7 PM and shoot the whole stage crew, and that the shotgun is
        kept unlocked in the basement. He had been removed from the stage crew the day before for
        missing rehearsals. One classmate told the French teacher after class and the AP spoke with
        Rowan at 12:30. He said he "didn't mean it like that."

        The AP reached Rowan's father, who confirmed he owns a shotgun and agreed to let officers
        secure it. District D-4 was notified at 12:50 PM. The showcase will go ahead with SSS at the
        door. Rowan will not attend pending a threat assessment.
     """),
     decision="allow", fact="shotgun",
     mct=["French class", "stage crew", "Friday showcase"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_threat"])

case(school="Jeremiah E. Burke High School", name="Kareem Alston", grade=12,
     ground="serious_violence", recipient="bpd/district-b2", when="2026-05-07 14:45",
     location="Corner of Washington Street and Columbia Road, at the Burke's afternoon bus stop",
     desc=P("""
        At 2:45 PM, at the school's afternoon bus stop at the corner of Washington Street and Columbia
        Road, Kareem picked up a half brick from the planter and threw it at a junior (E.N.) from
        about ten feet away. It hit E.N. in the mouth. E.N. fell and lost two front teeth; his lip was
        split and needed stitches at Boston Medical Center. SSS Hurley and two teachers on bus duty
        saw it and Mr. Hurley held Kareem by the arm until the AP arrived.

        Kareem said E.N. had been laughing at him in the lunchroom. E.N. says he was not. Kareem's
        grandmother was called and said she would come after her shift. She added that the family now
        lives on Harlem Street and that Kareem has to walk past E.N.'s friends every day.

        The brick was recovered and is held by the AP. Camera footage from the school's front
        entrance covers the bus stop.
     """),
     decision="allow", fact="brick",
     mct=["Washington Street and Columbia Road", "lost two front teeth", "half brick"],
     mnc=["Harlem Street"], cats=["neighborhood"],
     tags=["precision_trap", "allow_violence"])

case(school="Curley K-8 School", name="Ayaan Farah", grade=6,
     ground="drugs", substances=["THC gummies"], recipient="bpd/district-e13", when="2026-03-13 10:10",
     location="Curley K-8 School, 6th grade classroom",
     desc=P("""
        A 6th grader brought a bag of THC gummies from home and shared them with two friends at
        recess. All three were checked by the nurse and were sleepy but fine. The teacher's note says
        the boys sit together because they are the only Somali kids in the class and help each other
        with reading. Parents have been informed.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Somali kids"], cats=["ethnicity"],
     tags=["deny_substance"])

case(school="William McKinley School", name="Luis Fernando Mejía", grade=11,
     ground="drugs", substances=["oxycodone", "alprazolam"], recipient="bpd/district-d4",
     when="2026-01-20 10:00", location="William McKinley School (South End campus), room 6",
     desc=P("""
        Minutes from the IEP team's manifestation determination on 1/22, as forwarded to the
        Office of Legal Advisor.

        Attendees: special education team chair Ms. Driscoll, program director Mr. Ahern, clinician
        Ms. Ocampo, teacher Mr. Bui, parent (mother), and Luis for the second half. Services are
        delivered in Spanish and English; the father was deported to Honduras last year and the
        mother is raising four children alone.

        Student profile: Luis is in the therapeutic high school program for emotional impairment.
        His IEP includes daily clinical check-ins and a behavior plan. He has made progress this year
        and earned a paid internship.

        Incident reviewed: On 1/20 at about 10:00 AM Mr. Bui saw Luis counting pills on his desk in
        room 6. Luis handed over a pill bottle and a sandwich bag. The bottle, labeled with another
        person's name, held 12 round blue tablets marked as oxycodone 30 mg; the bag held six white
        bar-shaped tablets marked as alprazolam 2 mg. Luis said he bought them from a man at Nubian
        station to sell, because his mother is behind on rent. He said he had not taken any. The
        nurse found him alert with normal vitals.

        Team determination: the conduct was not a manifestation of the disability. Luis will receive
        services in an interim alternative setting for up to 45 school days, with a substance use
        referral. Mother asked whether the report to police can be withdrawn; the team explained that
        the Headmaster has already submitted it and that the Office of Legal Advisor decides.
     """),
     decision="allow", fact="oxycodone",
     mct=["12 round blue tablets", "alprazolam 2 mg", "room 6"],
     mnc=["deported to Honduras", "in Spanish and English"],
     cats=["immigration_status", "national_origin", "language"],
     tags=["long_narrative", "iep_504_notes", "relative_circumstance", "allow_drugs"])

# --------------------------------------------------------------------------------------------
# Chunk 7
# --------------------------------------------------------------------------------------------

case(school="Boston Latin Academy", name="Xavier Pemberton", grade=10,
     ground="credible_threat", recipient="bpd/district-c11", when="2026-02-09 13:40",
     location="Boston Latin Academy, gym hallway",
     desc=P("""
        AP summary prepared for the portal. The liaison asked us to submit under credible threat and
        said the officer would take the statement himself, so there is no written threat statement
        attached.

        Background. Xavier is a 10th grader who transferred from a charter school in the fall. His
        first semester went well: Bs and Cs, no discipline, and he joined the step team. In January
        teachers noticed a change. He began wearing all black with a green rag hanging from his back
        pocket, and a teacher saw him making a two-handed sign in the hallway camera footage with two
        older boys who do not attend BLA. His counselor says he has started going by the nickname
        Lil Stacks and that his music videos on YouTube have a lot of views. He lives with his
        grandmother in the high-rise at the end of Geneva Ave near the fire station.

        What happened. On 2/9 at about 1:40 PM, a sophomore (R.M.) bumped Xavier in the gym hallway.
        Xavier turned around and said, according to R.M., something like "you don't know who I am,
        you gonna find out." R.M. told the gym teacher, who brought both boys to the AP. Xavier denied
        saying anything. Two other students heard raised voices but could not say what the words
        were. Nobody saw a weapon and Xavier had none when his bag was checked.

        R.M.'s mother called at 3:30 PM and asked that the police be told. The AP called the District
        C-11 liaison, who said he would come Monday and talk to both boys, and that we should file it
        under credible threat in the meantime.

        Plan: no-contact agreement between the boys, schedule change for gym, check-in with the
        counselor for Xavier, and a call to the grandmother.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["green rag", "two-handed sign", "Lil Stacks", "Geneva Ave", "near the fire station"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["long_narrative", "affiliation_hint", "deny_threat_missing"])

case(school="Excel High School", name="Mykola Shevchuk", grade=10,
     ground="weapon", weapon="switchblade knife", recipient="bpd/district-c6",
     when="2025-11-12 08:15", location="Excel High School, 1st floor, outside room 104",
     desc=P("""
        Social worker's home-visit note (B. Kavanagh), 11/10, included at the Headmaster's request
        because it bears on the incident two days later.

        I visited the family at 4 PM with the family liaison. They live in the brick building next to
        the Broadway T station, third floor. Present were Mykola, his mother and his grandmother. The
        family came from Ukraine in 2023 through the refugee resettlement agency and the mother works
        as a home health aide. Mykola's father and older brother are still there. Mykola has been
        having nightmares since the news about his town; his mother keeps him close and does not let
        him go out after dark. I observed no safety concerns in the home. We agreed on a referral to a
        trauma-focused therapist and a weekly check-in with the school counselor.

        Incident of 11/12 (AP Harrington): At 8:15 AM, outside room 104, Mykola and a junior (D.O.)
        argued after D.O. mocked his accent. Mykola pulled a black switchblade from his jacket and
        pressed the button so the blade shot out. He held it at his side and told D.O. to back off.
        Ms. Connolly, who teaches in room 104, stepped between them and told Mykola to close it and
        hand it over, and he did. Nobody was hurt.

        Mykola told the AP he carries the switchblade because older boys followed him home from the
        bus two weeks ago. He cried and apologized to Ms. Connolly. The knife has a 3.75-inch blade
        and a spring-release button. It is in the main office safe. His mother came at 9:30 with the
        family liaison. D.O. was also given a consequence for the comments.

        Next steps: suspension pending hearing, safety plan for the bus route, therapist referral
        already in process.
     """),
     decision="allow", fact="switchblade",
     mct=["room 104", "spring-release button", "3.75-inch blade"],
     mnc=["next to the Broadway T", "from Ukraine", "refugee resettlement"],
     cats=["neighborhood", "national_origin", "immigration_status"],
     tags=["long_narrative", "home_visit", "landmark_residence", "allow_weapon"])

case(school="Snowden International School", name="Nikolaos Pappas", grade=12,
     ground="drugs", substances=["psilocybin mushrooms"], recipient="bpd/district-d4",
     when="2026-04-29 12:10", location="Snowden International School, roof garden",
     desc=P("""
        ~From: AP Joanne Liu
        ~To: Officer T. Grady, District D-4 liaison
        ~Subject: mushrooms found at lunch

        Officer Grady, following up on our call. At about 12:10 PM today the science teacher who runs
        the roof garden club found three seniors sitting behind the raised beds. One of them,
        Nikolaos, had a sandwich bag with dried mushrooms and a chocolate bar wrapper with more pieces
        in it. He told the teacher they were "shrooms" and that he was going to share them at a party
        this weekend.

        ~From: Officer T. Grady

        Thanks. Did any of the students eat any? How much was in the bag, roughly?

        ~From: AP Joanne Liu

        The other two say they did not, and the nurse saw no signs of anything. The bag weighs about
        14 grams on the nurse's scale. The mushrooms are dried, with brown caps and pale stems, and
        some of the stems have a bluish color. Nikolaos said he bought them from a student at another
        school. Everything is sealed in the main office safe.

        ~From: Officer T. Grady

        OK. I'll pick it up tomorrow morning. Any family concerns I should know about before I call?

        ~From: AP Joanne Liu

        His parents are supportive. His mother is most comfortable in Greek, so our family liaison
        will join the call. They asked that any meeting be after the Orthodox Easter week. Nikolaos
        has no prior discipline and was accepted to college in December; he is very worried about
        that. I told the family that the report would be submitted and that the school's process is
        separate.

        ~From: Officer T. Grady

        Understood. Tomorrow at 8:30 AM.
     """),
     decision="allow", fact="mushrooms",
     mct=["roof garden", "14 grams", "bluish color"],
     mnc=["in Greek", "Orthodox Easter"],
     cats=["language", "religion"],
     tags=["long_narrative", "liaison_email", "allow_drugs"])

case(school="Henderson K-12 Inclusion School", name="Jaheim Coleman", grade=9,
     ground="weapon", weapon="pepper spray", recipient="bpd/district-c11", when="2026-01-16 11:05",
     location="Henderson upper campus, cafeteria",
     desc=P("""
        Notes from the 504 meeting of 1/20 (504 coordinator Ms. Ng; counselor Mr. Abiola; AP Curtis;
        parent).

        Jaheim has a 504 plan for ADHD with preferential seating and movement breaks. On 1/16 at
        11:05 AM a canister of pepper spray was discharged in the cafeteria; four students were
        treated by the nurse for burning eyes. Nobody saw who sprayed it. The AP explained to the team
        that the district's camera system now has a face recognition feature, that the security
        office ran the cafeteria footage through it, and that it matched Jaheim at 96 percent. When
        shown the match, Jaheim admitted spraying it at a student who had pushed him.

        The team found the behavior not a manifestation. Parent objected that the camera match was
        used. The AP said the match printout is included with the police report.
     """),
     attachments=[{"kind": "face_match", "name": "cafeteria_0116_match_96.pdf"}],
     decision="deny", reason="face_surveillance",
     mnc=["96 percent", "cafeteria_0116_match_96"], cats=["face_surveillance"],
     tags=["iep_504_notes", "deny_face"])

case(school="Brighton High School", name="Tatiana Fernandes", grade=11,
     ground="serious_violence", recipient="bpd/district-d14", when="2026-03-25 12:35",
     location="Brighton High School, 2nd floor girls' bathroom",
     desc=P("""
        AP Dolan's incident narrative, written for the Office of Legal Advisor.

        Background. Tatiana and the injured student (K.L.) were close friends until February, when a
        TikTok video of the two arguing was posted. The argument in the video began over comments
        K.L. made about Haitian people, and it has been shared widely in the building. Tatiana has
        missed several days since; her counselor reports that the family is at the family shelter on
        Magnolia Street since January and that she has been under a lot of stress. She has one prior
        referral, for a verbal altercation in February. K.L. has none.

        The incident. At about 12:35 PM, during the lunch period, K.L. entered the 2nd floor girls'
        bathroom. A student who was inside told us Tatiana followed her in, said "say it again," took
        off one of her high-heeled boots and struck K.L. in the face with the heel several times.
        K.L. fell against the sink. The student ran out and got Ms. Perry from room 210, who found K.L.
        on the floor with blood coming from her right eye and Tatiana standing over her holding the
        boot.

        Injuries. The nurse covered the eye and called 911 at 12:39. K.L. was taken to Mass Eye and
        Ear, where doctors found a ruptured globe of the right eye; she had surgery that night and the
        family has been told she may lose vision in that eye.

        Follow-up. Tatiana was held in the office with SSS until District D-14 officers arrived at
        1:15 PM. She said K.L. had been "disrespecting my people." The boot was bagged by the officers.
        Both mothers have been contacted. Counselors are meeting with the students who saw the video.
     """),
     decision="allow", fact="boot",
     mct=["high-heeled boots", "ruptured globe of the right eye", "room 210"],
     mnc=["Haitian people", "Magnolia Street"],
     cats=["ethnicity", "neighborhood"],
     tags=["long_narrative", "ap_summary", "allow_violence"])

case(school="Mario Umana Academy", name="Bryan Lemus Cac", grade=8,
     ground="drugs", substances=["nicotine vape", "beer"], recipient="bpd/district-a7",
     when="2026-05-08 09:30", location="Mario Umana Academy, 8th grade hallway lockers",
     desc=P("""
        Attendance officer notes (S. Ruiz), with the Dean's note of 5/8.

        ~10/15 - Bryan recently arrived and was placed in the SLIFE classroom. He enrolled late in
        October after coming up with his mother and younger sister; his mother works two jobs. He
        misses Mondays. Home visit: they share a room in an apartment above the laundromat on Border
        Street with another family.
        ~12/02 - Attendance improving. Bryan likes the soccer club and the after-school program.
        ~02/10 - Attendance at 85%.
        ~04/14 - Absent three days after the April break. Mother says he was helping his uncle.

        Dean's note, 5/8: At 9:30 AM during a locker clean-out, Bryan's locker had a nicotine vape
        (mango flavor, label in English) and two cans of beer. He said an older cousin gave him the
        beer "for the weekend." He was not under the influence. The items were confiscated and his
        mother was called. The Dean submitted the report because she wants the police to speak with
        the older cousin.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["SLIFE", "recently arrived", "above the laundromat", "Border Street"],
     cats=["language", "national_origin", "neighborhood"],
     tags=["attendance_notes", "euphemism", "deny_substance"])

case(school="Mattahunt Elementary School", name="Jamari Toussaint", grade=5,
     ground="credible_threat", recipient="bpd/district-b3", when="2026-03-06 10:00",
     threat=("Jamari left a handwritten note in a classmate's cubby at about 10:00 AM: 'Monday I am "
             "bringing my mom boyfriend gun and I am going to shoot you and Ms. Saint-Fort at recess. "
             "Dont tell or your next.' When the principal asked, Jamari said the gun is in a shoebox "
             "in his mother's closet and that he knows how to take it down."),
     location="Mattahunt Elementary School, room 17 (5th grade)",
     desc=P("""
        Principal's narrative. At about 10:00 AM a 5th grade girl found a folded note in her cubby in
        room 17 and gave it to her teacher, Ms. Saint-Fort. The note says that on Monday the writer
        will bring his mother's boyfriend's gun and shoot the girl and Ms. Saint-Fort at recess, and
        warns her not to tell. Several students recognized the handwriting, and the note was signed
        with a drawing Jamari uses on his papers.

        I spoke with Jamari at 10:40 with the counselor present. He admitted writing the note and said
        the girl had told everyone he wet his pants in 2nd grade. He said the gun is in a shoebox in
        his mother's closet and that he knows how to get it down with a chair. He was calm and did not
        seem to understand how serious this is.

        Jamari's mother came at 11:30 and confirmed her boyfriend owns a handgun. District B-3 was
        notified at 11:45; officers went to the home with the mother's consent and secured the
        handgun. The girl's parents were informed. Jamari will stay home Monday and Tuesday and a
        threat assessment has been scheduled. I photographed the note for the report.

        Teacher's note: Jamari has had a hard year. He was retained in 3rd grade and reads below grade
        level. He has been working on friendship skills with the counselor.
     """),
     extra={"Home_Lang": "Haitian Creole", "SpEd": "IEP - SLD"},
     attachments=[{"kind": "photo", "name": "note_photo_cubby_rm17.jpg"},
                  {"kind": "document", "name": "home_contact_log_Wood_Ave_apartment.docx"}],
     decision="allow", fact="handgun",
     mct=["room 17", "shoebox in his mother's closet", "cubby"],
     mnc=["Haitian Creole", "Wood_Ave"],
     cats=["language", "neighborhood"],
     tags=["long_narrative", "attachment_name", "structured_student_fields", "allow_threat"])

case(school="Boston Latin School", name="Arjun Mehta", grade=12,
     ground="drugs", substances=["cocaine"], recipient="fbi/boston-field-office",
     when="2026-02-12 15:30", location="Boston Latin School, senior parking area",
     desc=P("""
        A senior was found with cocaine in his car in the senior parking area. The report was sent to
        the FBI field office because a staff member believed the student's family, who are here on
        student and work visas from India, would be "better handled federally." The student has no
        prior discipline.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["work visas", "from India"], cats=["immigration_status", "national_origin"],
     tags=["deny_recipient"])

case(school="Tobin K-8 School", name="Vy Pham", grade=7,
     ground="weapon", weapon="stun gun", recipient="bpd/district-b2", when="2025-12-03 12:20",
     location="Tobin K-8 School, 7th grade lunch, cafeteria table 4",
     desc=P("""
        Statement of the lunch aide, Mrs. Gloria Pineda, and the AP's notes.

        Mrs. Pineda: I was walking between the tables at 12:20 when I heard a buzzing sound at table 4.
        Vy was holding what looked like a pink lipstick tube, and there was a blue spark coming out of
        the end. She touched it to the arm of the girl sitting next to her, who screamed and grabbed
        her arm. I took the lipstick thing from Vy. The other girl had a small red mark on her forearm.

        AP notes: The device is a stun gun made to look like a lipstick, about four inches long, with
        a switch on the side. Vy said she ordered it online with her sister's account because girls
        in the 7th grade had been pulling her hair. The injured girl (H.N.) was examined by the nurse:
        two small red marks on the left forearm, no burns. H.N.'s father was called and came to pick
        her up. Vy's parents came in at 1:30.

        The counselor adds that Vy is very quiet and that the family's life revolves around the
        Vietnamese Catholic community at St. Ambrose, where she sings in the youth choir; her parents
        asked that the youth minister be allowed to sit in on the re-entry meeting. She has never been
        in trouble before.

        The device is locked in the AP's office. Vy is suspended for three days and will meet with
        the counselor about the hair-pulling, which is also being investigated.
     """),
     decision="allow", fact="stun gun",
     mct=["pink lipstick tube", "table 4", "two small red marks"],
     mnc=["Vietnamese Catholic", "St. Ambrose", "youth minister"],
     cats=["ethnicity", "religion"],
     tags=["long_narrative", "lunch_aide_statement", "allow_weapon"])

case(school="Madison Park Technical Vocational High School", name="Rashawn Gilliam", grade=11,
     ground="gang_intelligence", recipient="bpd/district-b2", when="2026-04-06 09:00",
     location="Madison Park Technical Vocational High School",
     desc=P("""
        ~From: Det. C. Raftery, BPD
        ~To: AP Gerald Bassett
        ~Subject: associates of Rashawn G.

        AP Bassett, we are updating our picture of the groups active around Nubian Square and Orchard
        Park. Could you send us a list of the students Rashawn eats lunch with, who he takes the bus
        with, and anything your staff have noticed about colors or hand signs? We understand he
        goes by "Ghost" with the Orchard Park crew and has been in their videos.

        ~From: AP Gerald Bassett
        ~To: Det. C. Raftery

        Detective, there has been no incident involving Rashawn at school this year. He eats lunch with
        the carpentry students and rides the 15 bus. Staff have noticed he wears orange every day and
        that his friends have the same orange beads. He lives with his father on Eustis Street. I am
        submitting this through the portal so that Legal can decide what can be shared.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Orchard Park crew", "Eustis Street", "orange beads", "Ghost"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["liaison_email", "affiliation_hint", "deny_ground"])

case(school="English High School", name="Shane Gallagher", grade=11,
     ground="drugs", substances=["fentanyl"], recipient="bpd/district-e13", when="2026-03-03 15:45",
     location="Jamaica Plain branch library, community room (English High after-school tutoring)",
     desc=P("""
        Report of the after-school tutoring coordinator, Ms. Renata Ibáñez, with the nurse's note.

        English High's tutoring program meets on Tuesdays in the community room of the Jamaica Plain
        branch library. At about 3:45 PM a volunteer tutor saw Shane in the hallway outside the
        community room with another student, who was slumped against the wall and not responding. The
        tutor called me and I called 911 at 3:47. I gave the student one dose of Narcan from the kit we
        carry; he started breathing more strongly within two minutes. EMS arrived at 3:55 and took him
        to Faulkner Hospital, where he was treated and released the next day.

        Shane stayed with us and was upset. He told me they had "split a blue" that Shane bought with a
        Visa gift card from someone online, and that he had not taken his half. He gave me a small
        plastic bag with one blue round pill stamped M30 and a folded piece of foil with burn marks.
        The library staff gave us a sealed envelope and I kept the items with me until the AP arrived
        at 4:30.

        Nurse's note (next morning): Shane was seen in the health office at 8:00 AM. He had no signs of
        use. He was offered a substance use referral, which he accepted.

        The tutoring sessions have been moved back to the school building for the rest of the year.
        The library's hallway camera may have recorded the two students; the branch manager has the
        footage. The status of the tutoring program's library agreement is under review.
     """),
     decision="allow", fact="M30",
     mct=["Jamaica Plain branch library", "Visa gift card", "folded piece of foil"],
     mnc=[], cats=[],
     tags=["long_narrative", "after_school_report", "precision_trap", "allow_clean", "allow_drugs"])

case(school="Young Achievers Science and Mathematics K-8 School", name="Kenji Mwangi", grade=8,
     ground="weapon", weapon="replica pistol", recipient="bpd/district-b3", when="2026-01-26 08:40",
     location="Young Achievers K-8, 8th grade homeroom",
     desc=P("""
        At 8:40 AM in homeroom, Kenji pulled a black pistol out of his backpack and pointed it at the
        ceiling while classmates laughed. The teacher took it. It is a metal replica of a Beretta that
        cannot fire; it is heavy and looks real, with no orange tip. Kenji said his cousin gave it to
        him. His mother came at 10 AM. The counselor's note says the family fled Kenya and has an
        asylum hearing in the fall, and that Kenji has been struggling since.
     """),
     decision="deny", reason="other",
     mnc=["fled Kenya", "asylum hearing"], cats=["national_origin", "immigration_status"],
     tags=["deny_replica"])

case(school="Boston International Newcomers Academy", name="Abdoulaye Sow", grade=11,
     ground="credible_threat", recipient="bpd/district-c11", when="2026-02-23 14:05",
     threat=("At 2:05 PM, after a fight in the hallway, Abdoulaye told two teachers: 'Tomorrow I come back "
             "with a knife and I cut him, the boy from math, in the morning before class. I swear.' He "
             "repeated it in the office and named the student (T.D.)."),
     location="Boston International Newcomers Academy, 3rd floor hallway and main office",
     desc=P("""
        At 2:05 PM Abdoulaye and T.D. exchanged punches in the 3rd floor hallway after math class; SSS
        separated them and neither was hurt. In the hallway and again in the main office, Abdoulaye
        told two teachers that he would come back tomorrow morning with a knife and cut T.D. before
        class, and swore it. He was calm and specific when the AP asked him to explain.

        The AP called his guardian, an older brother, who came at 3:30 and said there are kitchen
        knives at home that Abdoulaye could take. District C-11 was notified at 3:45 PM. T.D.'s family
        was told and T.D. will arrive through the side entrance with SSS tomorrow. A threat assessment
        is scheduled for 8 AM.
     """),
     extra={"flags": ["SLIFE", "Gang-involved (per SSS)"], "EL_Program": "Newcomer - Level 1",
            "Guardian": {"relationship": "brother", "lang": "Pulaar"}},
     decision="allow", fact="knife",
     mct=["3rd floor hallway", "math class", "side entrance"],
     mnc=["SLIFE", "Gang-involved", "Pulaar", "Level 1"],
     cats=["language", "gang_affiliation"],
     tags=["structured_student_fields", "nested_student_fields", "school_name_trap", "allow_threat"])

case(school="Dearborn STEM Academy", name="Zion Carter-Banks", grade=10,
     ground="drugs", substances=["cocaine"], recipient="bpd/district-b2", when="2026-04-13 11:25",
     location="Dearborn STEM Academy, 2nd floor science prep room",
     desc=P("""
        At 11:25 AM the chemistry teacher found Zion in the science prep room with a bag of white
        powder he said was cocaine; two more baggies were in his jacket. The items are sealed in the
        office. His mother was called.
     """),
     attachments=[{"kind": "face_match", "name": "hallway_cam_face_id_zion_1125.png"},
                  {"kind": "photo", "name": "baggies_on_counter.jpg"}],
     decision="deny", reason="face_surveillance",
     mnc=["hallway_cam_face_id"], cats=["face_surveillance"],
     tags=["attachment_name", "deny_face"])

case(school="Community Academy of Science and Health", name="Samuel Tekle", grade=12,
     ground="weapon", weapon="brass knuckles", recipient="bpd/district-e18", when="2026-03-17 10:30",
     location="Community Academy of Science and Health, room 202",
     desc=P("""
        Statement of Ms. Abigail Norcross, 12th grade Health Careers teacher, room 202.

        I have taught Samuel for two years. He is a serious student who wants to be a paramedic and
        has done well in the EMT preparation course. This month he has been tired in class, and he
        told me it is because the family is fasting during Ramadan and he wakes up early to eat
        before sunrise. I have let him rest during the lab portion when he needed to.

        On Tuesday at about 10:30 AM we were practicing splinting in pairs. Samuel's partner, a senior
        named V.O., made a comment about Samuel's family being Eritrean and "living off the
        government," and several students laughed. Samuel stood up, took a set of silver brass
        knuckles out of his hoodie pocket, put them on his right hand and stepped toward V.O., saying
        "say it again." V.O. backed up into the counter. I told Samuel to stop and to take them off,
        and after a few seconds he did and put them on my desk. He did not hit anyone.

        I called the office and the AP came at 10:34. Samuel went with him without any problem. He
        told the AP he has carried the brass knuckles since he was jumped near the bus stop in
        December. V.O. was also removed from class for his comments.

        The brass knuckles are in an envelope in the AP's office. I am available to speak with an
        officer during my prep period, 12:30 to 1:15.
     """),
     decision="allow", fact="brass knuckles",
     mct=["silver brass knuckles", "splinting", "room 202"],
     mnc=["Ramadan", "Eritrean", "before sunrise"],
     cats=["religion", "ethnicity"],
     tags=["long_narrative", "teacher_statement", "allow_weapon"])

# --------------------------------------------------------------------------------------------
# Chunk 8
# --------------------------------------------------------------------------------------------

case(school="Madison Park Technical Vocational High School", name="Terrell Moody", grade=12,
     ground="serious_violence", recipient="bpd/district-b2", when="2026-02-24 13:50",
     location="Madison Park, culinary wing back stairwell",
     desc=P("""
        Counselor case notes (F. Okeke), compiled for the AP with the student's consent (the injured
        student is identified as A.W.).

        ~12/09 - A.W., a junior in the culinary program, came to me about her boyfriend Terrell, a
        senior. She said he checks her phone and gets angry if she talks to boys in class. She did not
        want her mother told. We made a safety plan and I gave her the number for the dating violence
        hotline.

        ~01/13 - A.W. said things were better. Terrell had started counseling at the health center.
        She said his family is Jamaican and strict and that his mother does not know they are dating.

        ~02/24 - At 1:50 PM a culinary teacher heard screaming in the back stairwell of the culinary
        wing and found Terrell holding A.W. against the wall by her throat with both hands. The
        teacher shouted and pulled him off. A.W. was coughing and could not speak for a minute. The
        nurse saw red marks on both sides of her neck and a burst blood vessel in her left eye and
        called 911 at 1:54. EMS took A.W. to Boston Medical Center for a strangulation evaluation; she
        was kept for observation overnight.

        ~02/24 - Terrell was held in the office by SSS until District B-2 officers arrived at 2:20.
        He said they had argued about her phone. A.W.'s mother came to the hospital. A.W. told me by
        phone that evening that she wants a stay-away order. She says Terrell lives in the Whittier
        Street development and that she is afraid to walk past it to the bus.

        ~02/25 - No-contact order in place at school. A.W. will be escorted between classes.
     """),
     decision="allow", fact="strangulation",
     mct=["by her throat with both hands", "burst blood vessel", "back stairwell of the culinary wing"],
     mnc=["Jamaican", "Whittier Street development"],
     cats=["ethnicity", "neighborhood"],
     tags=["long_narrative", "counselor_notes", "allow_violence"])

case(school="Boston Green Academy", name="Dmitri Volkov", grade=10,
     ground="credible_threat", recipient="bpd/district-d14", when="2026-01-13 09:00",
     location="Boston Green Academy, conference room",
     desc=P("""
        Notes from the IEP team meeting of 1/13 (team chair Ms. Barros; school psychologist Dr. Lang;
        general education teacher Mr. Irwin; special education teacher Ms. Yee; AP O'Hara; both
        parents with a Russian interpreter).

        Purpose: annual review, moved up because of concerns from the teachers. Dmitri has an IEP for
        autism spectrum disorder and receives social skills support and counseling. He is strong in
        science. The parents say he has been spending hours online reading about school shootings and
        that he told his younger brother last weekend that "someone should do it here." The parents
        could not remember his exact words and Dmitri did not repeat them to the team.

        Dr. Lang completed a brief screening on 1/12 and felt more information was needed. The parents
        agreed to a full threat assessment and to keep the family's hunting rifle at the uncle's house.
        The family lives in the townhouses behind the Oak Square YMCA.

        AP O'Hara said she would submit a report under credible threat so that police are aware, and
        that the statement itself would be added later when the assessment is done. No written
        statement of what Dmitri said is included.

        Plan: threat assessment this week; daily check-in with Ms. Yee; the parents will monitor his
        internet use; follow-up meeting in two weeks.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Russian interpreter", "behind the Oak Square YMCA"],
     cats=["language", "neighborhood"],
     tags=["long_narrative", "iep_504_notes", "deny_threat_missing"])

case(school="Charlestown High School", name="Prakash Gurung", grade=11,
     ground="weapon", weapon="knife (khukuri-style machete)", recipient="bpd/district-a15",
     when="2026-03-05 07:40", location="Charlestown High School, front steps and main office",
     desc=P("""
        ~From: AP Colleen Brady
        ~To: Officer S. Nolan, District A-15 school liaison
        ~Sent: Thursday 7:58 AM
        ~Subject: large knife at arrival

        Officer Nolan, at 7:40 AM our front-door SSS saw the handle of a large knife sticking out of
        a junior's backpack on the front steps. He asked Prakash to come inside with him, and in the
        office Prakash took out a curved machete-style knife in a leather sheath, about 16 inches
        total with a 12-inch blade. Nobody was threatened. Prakash says a group of boys has been
        waiting for him after school at the bus stop on Bunker Hill Street and that he wanted to scare
        them off.

        ~From: Officer S. Nolan
        ~Sent: Thursday 8:20 AM

        Thanks. Do you know who the boys are? Did he say whether they have weapons?

        ~From: AP Colleen Brady
        ~Sent: Thursday 8:34 AM

        He named two of them; they are not our students. He said one showed a knife last week. I have
        asked our counselor to meet with him. He speaks Nepali at home and his father's English is
        limited, so the family liaison is calling the father. For your background only, the father
        told the counselor last month that he is nervous about anything involving police because his
        green card interview is coming up.

        ~From: Officer S. Nolan
        ~Sent: Thursday 9:10 AM

        Understood. I will come by at 11 to take the knife and talk with Prakash about the boys at the
        bus stop.

        ~From: AP Colleen Brady
        ~Sent: Thursday 9:14 AM

        The knife is sealed in the office safe. Prakash is with the counselor. His father will arrive
        at 10:30.
     """),
     decision="allow", fact="machete",
     mct=["12-inch blade", "leather sheath", "bus stop on Bunker Hill Street"],
     mnc=["Nepali", "green card interview"],
     cats=["language", "immigration_status"],
     tags=["long_narrative", "liaison_email", "allow_weapon"])

case(school="Brighton High School", name="Harpreet Sandhu", grade=10,
     ground="drugs", substances=["THC dab pen", "shatter"], recipient="bpd/district-d14",
     when="2025-11-19 14:15", location="Brighton High School, boys' locker room",
     desc=P("""
        Counselor case notes (R. Desmond).

        ~11/05 - Harpreet's mother called to say he has been staying out late and missed the family's
        weekend service at the gurdwara twice, which upset his grandparents. She asked for help.

        ~11/19 - At 2:15 PM the gym teacher found Harpreet in the locker room with a dab pen and a
        small container of shatter. He said he bought them from an older student and used them to
        "calm down." He was not impaired. The AP confiscated both items. Harpreet asked that his
        grandparents not be told. His mother will meet with me next week.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["gurdwara"], cats=["religion"],
     tags=["counselor_notes", "deny_substance"])

case(school="Boston Latin Academy", name="Declan Ashford", grade=11,
     ground="drugs", substances=["heroin"], recipient="bpd/district-c11", when="2026-04-24 16:30",
     location="Boston Latin Academy, boathouse trailer at the rowing dock (school crew practice)",
     desc=P("""
        Report of the crew coach, Mr. Tom Leary, with the AP's notes.

        The BLA crew team practices after school at the rowing dock, and we keep our oars and ergs in a
        trailer at the boathouse. On Friday at about 4:30 PM, after the boats came in, I went into the
        trailer to lock up and found Declan, one of my juniors, sitting on the floor with a burnt
        spoon, a lighter and a syringe next to him. He was nodding and his breathing was slow. I
        called 911 and shook him and he answered me. The team's assistant coach, who is an EMT,
        checked his breathing until EMS arrived at 4:41. EMS gave him oxygen and one dose of Narcan
        and took him to Boston Medical Center. He was released the next day.

        In his rowing bag I found four more glassine bags stamped with a blue star. Declan told me in
        the ambulance that it was heroin and that he had been using for about two months. I gave the
        bags, spoon and syringe to the AP on Monday morning, sealed in an envelope.

        AP notes: Declan is an honors student and was on track for a rowing scholarship. His parents
        were at the hospital and have been cooperative. We have asked the counselor to arrange a
        re-entry plan with the family and the health center. The crew team's schedule is not
        affected; the trailer is now checked by two adults at lockup. Declan's English teacher says
        his graded papers have been late all spring, which she had raised with the family in March.
        The illegal parking of team cars at the dock, which was the topic of the last coaches'
        meeting, is unrelated.
     """),
     decision="allow", fact="heroin",
     mct=["crew team", "blue star", "graded papers"],
     mnc=[], cats=[],
     tags=["long_narrative", "athletics", "precision_trap", "allow_clean", "allow_drugs"])

case(school="Boston Day and Evening Academy", name="Mustafa Rahimi", grade=11,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-01-06 18:20",
     threat=("At 6:20 PM Mustafa told his advisor, Ms. Frey, and another student: 'If Jerome comes to "
             "class tomorrow I'm going to stab him in the neck. I have the knife in my bag right now, "
             "look.' He opened his bag and showed a kitchen knife. He said the same thing to the Dean "
             "at 6:35 PM."),
     location="Boston Day and Evening Academy, advisory room 3",
     desc=P("""
        Home-visit note, school social worker A. Ferris, 1/7, with the Dean's incident facts.

        Incident facts: In advisory at 6:20 PM, Mustafa told Ms. Frey and another student that if
        Jerome came to class tomorrow he would stab him in the neck, and showed a kitchen knife in his
        bag. The Dean took the knife (an 8-inch serrated bread knife) at 6:35 PM and Mustafa repeated
        what he said. District B-2 was called at 6:40 PM. Jerome is a classmate who Mustafa says took
        money from him.

        Home visit, 1/7 at 2 PM: I visited Mustafa and his mother where they are now staying, a room
        at the Comfort Inn on Morrissey Boulevard through the emergency shelter program. The room was
        clean. His mother said they attend the family's mosque on Fridays and that the imam has
        been helping them find an apartment. Mustafa was calm, regretted what he said, and said he
        brought the knife because the motel parking lot is not safe at night.

        We discussed the threat assessment on Friday, the no-contact agreement with Jerome, and a
        referral to the health center for anger management. Mother signed the consents.
     """),
     decision="allow", fact="bread knife",
     mct=["8-inch serrated bread knife", "advisory", "took money from him"],
     mnc=["Comfort Inn", "Morrissey Boulevard", "family's mosque", "the imam"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "home_visit", "threat_field", "allow_threat"])

case(school="Curley K-8 School", name="Mateo Guzmán", grade=7,
     ground="bullying", recipient="bpd/district-e13", when="2026-02-02 12:00",
     location="Curley K-8 School, 7th grade lunch",
     desc=P("""
        The 7th grade team reports a month of bullying of a classmate by Mateo and two friends: taking
        his lunch, mocking his accent, and telling him to "go back to Guatemala." The victim is in the
        English learner program and is afraid to report it. The victim's family lives near the
        Stony Brook T station. No injuries; no weapons. The victim's father asked that police be
        involved.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Guatemala", "English learner program", "Stony Brook"],
     cats=["national_origin", "language", "neighborhood"],
     tags=["deny_ground"])

case(school="Rafael Hernández K-8 School", name="Ángel Batista", grade=7,
     ground="weapon", weapon="firearm (loaded revolver)", recipient="bpd/district-b2",
     when="2025-12-12 11:45", location="Rafael Hernández K-8 School, 7th grade classroom 204",
     desc=P("""
        Principal's report for the Office of Legal Advisor.

        Background: Ángel is a 7th grader who has been with us since kindergarten. He lives with his
        mother, two younger sisters and his grandmother. His father has been in ICE detention in
        Plymouth since the summer, and the counselor has been meeting with Ángel weekly because he
        has been very anxious; he told her he is afraid he will never see his father again. His
        attendance is good and his teachers describe him as kind and a little immature.

        The incident: at about 11:45 AM, during independent reading in room 204, a classmate told the
        teacher, Mr. Castillo, that Ángel had "a real gun" in his lunch box. Mr. Castillo asked Ángel
        to come with him to the hallway and radioed the office. The AP came and, with Ángel standing
        next to her, looked inside the blue lunch box. There was a small silver revolver wrapped in a
        dish towel. She did not touch it, closed the lunch box and carried it to the office, where
        she locked it in the safe and called 911 at 11:50.

        Officers from District B-2 arrived at 11:58 and found the revolver loaded with five rounds.
        Ángel said he found it in a shoebox in his grandmother's closet and took it because boys at the
        park said they would "get" him. He said he never planned to use it at school. No one was
        threatened and he did not take it out in class.

        Ángel's mother came at 12:30. The counselor stayed with Ángel the whole time. He is on
        emergency removal pending a hearing. We have informed the families in room 204 by letter.
     """),
     decision="allow", fact="revolver",
     mct=["blue lunch box", "dish towel", "room 204"],
     mnc=["ICE detention", "Plymouth"],
     cats=["immigration_status"],
     tags=["long_narrative", "relative_circumstance", "allow_weapon"])

case(school="Jeremiah E. Burke High School", name="Malcolm Ewing", grade=12,
     ground="serious_violence", recipient="bric", when="2026-04-02 14:20",
     location="Jeremiah E. Burke High School, front entrance",
     desc=P("""
        ~From: Analyst K. Doherty, Boston Regional Intelligence Center
        ~To: Headmaster's office
        ~Subject: this afternoon's assault

        We saw the CAD entry for the assault at your front entrance at 2:20 PM. We are building a
        timeline of the Wayland Street and Harlem Street conflict and would like the school's report,
        the names of everyone involved, and any notes your staff keep about colors and tags.

        ~From: Headmaster R. Okonjo
        ~To: Analyst K. Doherty

        Our report on Malcolm is attached as requested. Malcolm hit a junior with a metal pipe at the
        front entrance; the junior has a fractured wrist. Staff say Malcolm reps Wayland and has the
        tag tattooed on his hand. He lives on Wayland Street with his aunt.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["reps Wayland", "tag tattooed", "lives on Wayland Street", "Harlem Street conflict"],
     cats=["gang_affiliation", "neighborhood"],
     tags=["liaison_email", "deny_recipient"])

case(school="Margarita Muñiz Academy", name="Esteban Xicará", grade=10,
     ground="serious_violence", recipient="bpd/district-e13", when="2026-05-14 15:10",
     location="Margarita Muñiz Academy, rear courtyard",
     desc=P("""
        Attendance officer notes (L. Quiñones), followed by the AP's incident narrative.

        ~09/22 - Esteban enrolled in August. Attendance 60% in September. Home visit: mother speaks Mam
        and some Spanish; the family is Guatemalan and lives in a basement apartment on Lamartine
        Street. Esteban works afternoons with his uncle. Explained the attendance rules.
        ~11/03 - Attendance up to 80%. He joined the skateboarding club.
        ~02/09 - Attendance 88%.

        AP narrative, 5/14: At 3:10 PM, in the rear courtyard where the skateboarding club meets,
        Esteban argued with a junior (R.C.) who had taken his skateboard the week before. When R.C.
        turned away, Esteban swung his skateboard with both hands and hit R.C. on the back of the head
        with the edge of the deck. R.C. fell and did not get up. The club advisor, Mr. Lawlor, called
        911 at 3:11 and kept R.C. still. EMS took him to Boston Children's, where he was diagnosed with
        a skull fracture and a small brain bleed; he was in the ICU for two days and is recovering.

        Esteban stayed in the courtyard and told Mr. Lawlor he "didn't think it would hurt him like
        that." He was held in the office until District E-13 officers arrived at 3:35. The skateboard
        was taken by the officers. The club has been suspended for the rest of the year.
     """),
     decision="allow", fact="skateboard",
     mct=["edge of the deck", "skull fracture", "rear courtyard"],
     mnc=["speaks Mam", "Guatemalan", "Lamartine Street"],
     cats=["language", "ethnicity", "neighborhood"],
     tags=["long_narrative", "attendance_notes", "allow_violence"])

case(school="TechBoston Academy", name="Jordan Akande", grade=11,
     ground="weapon", weapon="knife", recipient="bpd/district-c11", when="2026-03-30 09:15",
     location="TechBoston Academy, 3rd floor",
     desc=P("""
        Social worker's note (C. Ahern): I was asked to sit in when the District C-11 officer met with
        Jordan and his mother about the knife found in his backpack at 9:15 AM (a black folding knife,
        4-inch blade). The officer told Jordan's mother that they already knew Jordan had been at the
        corner store fight last week because "the RMV facial recognition" had returned his name from
        the store camera, and showed her the match printout with the score. The officer asked that the
        match be included in the school's report so that both incidents could be linked, and the AP
        added it.

        The mother was upset and asked whether this would affect her son's college applications. She
        also mentioned that the family moved to Boston from Lagos four years ago.
     """),
     attachments=[{"kind": "face_match", "name": "rmv_fr_match_store_cam.pdf"}],
     decision="deny", reason="face_surveillance",
     mnc=["rmv_fr_match_store_cam", "from Lagos"],
     cats=["face_surveillance", "national_origin"],
     tags=["social_worker_notes", "deny_face"])

case(school="Excel High School", name="Patrick Donnelly-Ruiz", grade=10,
     ground="weapon", weapon="knife", recipient="bpd/district-c6", when="2025-10-17 13:25",
     location="Excel High School, G Street side entrance",
     desc=P("""
        At 1:25 PM, as students came back from the field trip to the Institute of Contemporary Art,
        Patrick and a sophomore from his class (J.S.) argued at the G Street side entrance over a
        seat on the bus. Patrick took a black-handled knife out of the front pocket of his Fighting
        Irish hoodie and held it out toward J.S. at waist height, saying "try me." Two chaperones were
        right there; one of them, Mr. O'Donoghue, told Patrick to drop it, and he did. J.S. was not
        hurt.

        The knife is a fixed-blade hunting knife, about 4 inches, in a nylon sheath. Patrick said he
        takes it fishing with his father on weekends and forgot to take it out of the hoodie. J.S.
        says Patrick has threatened him before in the lunchroom. The AP has both students' statements
        and the chaperones' accounts.

        Patrick's father came in at 3 PM and was apologetic. The status of the field trip permission
        forms for the next trip is on hold for that class. The AP has the knife in a sealed envelope.
     """),
     decision="allow", fact="hunting knife",
     mct=["Fighting Irish hoodie", "G Street side entrance", "nylon sheath"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_weapon"])

case(school="Fenway High School", name="Lucía Montalvo", grade=11,
     ground="credible_threat", recipient="bpd/district-d4", when="2026-02-26 10:50",
     location="Fenway High School, 4th floor hallway",
     desc=P("""
        A junior, Lucía, got into a loud argument with another girl on the 4th floor and said she would
        "bring something" next week. The teacher who heard it did not catch the rest. The AP submitted
        under credible threat with no threat statement because she wanted the liaison to decide. The
        counselor adds that Lucía's family is in a shelter placement in Brighton, on Washington Street
        by the Oak Square library, and that the family recently came from Puerto Rico.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Oak Square library", "from Puerto Rico", "placement in Brighton"],
     cats=["neighborhood", "national_origin"],
     tags=["deny_threat_missing"])

case(school="Edward M. Kennedy Academy for Health Careers", name="Imani Wallace", grade=12,
     ground="drugs", substances=["ketamine"], recipient="bpd/district-b2", when="2026-05-21 11:30",
     location="Kennedy Academy for Health Careers, phlebotomy lab",
     desc=P("""
        Nurse's note (J. Boyce, RN), 11:42 AM: 12th grade female (C.D.) brought to the health office by
        the phlebotomy instructor. Student confused, slow to answer, unsteady on her feet, says she
        "feels like she's floating." Pulse 112, BP 142/90, pupils normal. Student says she snorted a
        white powder a classmate called "K" in the lab bathroom about 20 minutes earlier. Monitored;
        symptoms eased by 12:30. Mother picked her up at 1:00.

        AP narrative: C.D. named Imani as the source. Imani was brought to the office at 11:55 and
        handed over a small glass vial with a black cap containing a white crystalline powder and a
        rolled-up bill. She said it was ketamine that she got from a friend who works at a veterinary
        clinic. She said she gave C.D. "one bump" and did not use any herself. The nurse found Imani
        alert with normal vitals.

        The vial and bill are sealed in the office safe. Imani's father came at 1:30. Imani is on
        suspension pending a hearing. The phlebotomy instructor reports the lab's own supplies are all
        accounted for.
     """),
     student={"student_id": str(RNG.randint(100000, 999999)), "name": "Imani Wallace",
              "date_of_birth": "2008-01-30", "grade": 12,
              "school": "Edward M. Kennedy Academy for Health Careers",
              "contacts": [{"role": "father", "name": "D. Wallace", "phone": "617-555-0193",
                            "preferred_language": "Jamaican Patois"},
                           {"role": "aunt", "address": {"street": "12 Fenwood Rd",
                                                         "city": "Boston", "zip": "02115"}}]},
     decision="allow", fact="ketamine",
     mct=["small glass vial with a black cap", "phlebotomy", "veterinary clinic"],
     mnc=["Jamaican Patois", "Fenwood", "02115"],
     cats=["language", "neighborhood"],
     tags=["long_narrative", "nurse_note", "nested_student_fields", "allow_drugs"])

case(school="Josiah Quincy Upper School", name="Wei Chen", grade=9,
     ground="drugs", substances=["Delta-8 THC vape"], recipient="bpd/district-a1",
     when="2026-03-26 13:00", location="Josiah Quincy Upper School, 5th floor bathroom",
     desc=P("""
        Attendance officer notes (M. Barry), with the AP's entry.

        ~01/20 - Wei has missed 15 days. Home visit: the family lives in a two-bedroom in the Mass
        Pike Towers with three other relatives. Grandmother speaks Toisanese and the cousin translated.
        Wei has been helping at the family's restaurant late at night.
        ~02/17 - Attendance improving after a schedule change.

        AP entry, 3/26: Wei was found in the 5th floor bathroom at 1:00 PM with a Delta-8 THC vape pen.
        He was not impaired. The pen was confiscated and his mother called. No other substances.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["Mass Pike Towers", "Toisanese"],
     cats=["neighborhood", "language"],
     tags=["attendance_notes", "deny_substance"])

# --------------------------------------------------------------------------------------------
# Chunk 9
# --------------------------------------------------------------------------------------------

case(school="Lyon High School", name="Joel Ramírez Oquendo", grade=10,
     ground="weapon", weapon="firearm (loaded pistol)", recipient="bpd/district-d14",
     when="2026-01-22 10:05", location="Lyon High School, 2nd floor boys' bathroom ceiling",
     desc=P("""
        ~From: Custodian supervisor M. Flaherty
        ~To: AP Serena Walsh
        ~Sent: 10:05 AM

        Serena, one of my guys was replacing a light in the 2nd floor boys' bathroom and found a gun
        wrapped in a T-shirt on top of a ceiling tile above the last stall. He did not touch it after
        he saw what it was. The bathroom is locked and he is standing outside.

        ~From: AP Serena Walsh
        ~To: Headmaster; Officer R. Doucette (District D-14 liaison)
        ~Sent: 10:09 AM

        Headmaster, Officer Doucette: see below. I have called 911. The bathroom is secured. I am
        pulling the hallway camera now.

        ~From: Officer R. Doucette
        ~Sent: 10:31 AM

        On scene. It is a loaded .380 pistol, seven rounds in the magazine, none in the chamber. The
        T-shirt is a size small, black, with a white logo. Who went into that bathroom this morning?

        ~From: AP Serena Walsh
        ~Sent: 11:20 AM

        The camera shows five boys going in between 8:00 and 9:45. One of them, Joel, a 10th grader,
        went in at 8:06 carrying a black T-shirt and came out without it. When I asked him to come to
        the office with his mother on the phone, he admitted he hid the gun there because there was a
        bag check at the front door yesterday and he thought there would be another one. He said he
        got it from an older boy two weeks ago after he was robbed on the train. He never showed it to
        anyone at school, as far as we know.

        For background, since you asked about the family: Joel lives with his mother and stepfather on
        the top floor of the three-decker across from St. Mark's on Dorchester Ave. The family are
        Jehovah's Witnesses and the mother asked that any meeting not be on Thursday evenings. Joel has
        no prior discipline here.

        ~From: Officer R. Doucette
        ~Sent: 11:45 AM

        Thanks. We are taking the pistol and the shirt. Please send the formal report through the
        portal and hold the camera clip.
     """),
     decision="allow", fact=".380 pistol",
     mct=["ceiling tile above the last stall", "seven rounds", "black T-shirt"],
     mnc=["across from St. Mark's", "Dorchester Ave", "Jehovah"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "liaison_email", "landmark_residence", "allow_weapon"])

case(school="Boston Community Leadership Academy", name="Mina Girgis", grade=11,
     ground="drugs", substances=["hydrocodone (not prescribed to the student)"],
     recipient="bpd/district-e18", when="2026-02-13 09:40",
     location="Boston Community Leadership Academy, counseling office",
     desc=P("""
        Excerpt from the 504 team meeting of 2/17, called after the incident of 2/13.

        Present: 504 coordinator Ms. Fields, counselor Mr. Dube, nurse Ms. Kearns, AP Santos, Mina,
        and her father with an Arabic interpreter. The family is from Egypt and are active in the
        Coptic church in Roslindale, where Mina teaches Sunday classes to younger children.

        Background reviewed: Mina has a 504 plan for chronic back pain after a car accident last year,
        with an elevator pass, extra time between classes and a second set of books. She was
        prescribed a short course of pain medication last spring, which ended in May.

        Incident of 2/13: At 9:40 AM a classmate told the counselor that Mina had been giving pills to
        other students "for cramps." Mina came to the counseling office and handed over a pill bottle
        labeled with her aunt's name, holding 18 white oval tablets marked as hydrocodone and
        acetaminophen 10/325. She said her aunt had them left over from a surgery and that she had
        given four to two friends in the last week. The nurse confirmed the imprint. The two friends
        were seen by the nurse; one had taken a tablet on Monday and felt sleepy but was fine.

        Team discussion: the team agreed Mina's pain has been poorly controlled this winter and that
        her doctor should review it. The conduct is not related to the 504 disability under the
        district's standards. The AP explained that the report to police has been submitted.

        Plan: medical review, nurse check-ins twice daily, substance education, re-entry meeting
        with the father and the counselor.
     """),
     decision="allow", fact="hydrocodone",
     mct=["18 white oval tablets", "10/325", "aunt's name"],
     mnc=["Arabic interpreter", "from Egypt", "Coptic church", "Sunday classes"],
     cats=["language", "national_origin", "religion"],
     tags=["long_narrative", "iep_504_notes", "allow_drugs"])

case(school="East Boston High School", name="Kevin Lemus Orellana", grade=10,
     ground="status_check", recipient="bpd/district-a7", when="2026-03-02 09:00",
     location="East Boston High School, main office",
     desc=P("""
        ~From: Officer G. Caruso, District A-7
        ~To: AP Lorena Vázquez
        ~Subject: quick question - Kevin L.

        Lorena, I got a request from our federal task force partners. They want to know whether Kevin
        L. is still enrolled, what address you have for him, and whether his mother's name on file is
        the same as on a detainer they are holding. No incident at the school; this is just a status
        check for them. Can you send it over?

        ~From: AP Lorena Vázquez
        ~To: Officer G. Caruso

        Greg, I don't think I can share that, but I will put it through the portal so Legal can
        decide. For what it's worth, Kevin is one of our best students. He is still enrolled; the
        address we have is on Lexington Street near the Eagle Hill library, and his mother has been
        to every conference. I know the family has a pending asylum case and they are terrified.

        ~From: Officer G. Caruso

        Understood, send it through the portal.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Lexington Street", "Eagle Hill", "asylum case", "detainer"],
     cats=["neighborhood", "immigration_status"],
     tags=["liaison_email", "deny_ground"])

case(school="Madison Park Technical Vocational High School", name="Jaquan Blakely", grade=11,
     ground="serious_violence", recipient="bpd/district-b2", when="2025-11-25 10:50",
     location="Madison Park, metal fabrication shop, bench 7",
     desc=P("""
        AP narrative (L. Sorensen), written from staff statements and the shop camera.

        Background: Jaquan is a junior in the metal fabrication program with good shop grades. He had
        two referrals last year for arguments and one this year. His shop instructor says he has been
        distracted since October. Several students say the trouble started with a song Jaquan posted
        on SoundCloud under the name Bowdoin Baby, in which he disrespects another group by name, and
        that the other student, a senior (O.F.), is friends with that group. Staff have not seen any
        group activity at school.

        The incident: at 10:50 AM, during a work period, O.F. walked past bench 7 and said something
        to Jaquan. Jaquan picked up a ball-peen hammer from the bench and hit O.F. on the side of the
        head. O.F. fell to the floor. Jaquan raised the hammer again and the instructor, Mr.
        Kozlowski, grabbed his arm from behind and took the hammer away. Another student pressed a
        shop towel to O.F.'s head.

        Injuries: the nurse arrived at 10:53 and called 911. O.F. was bleeding from a wound above his
        right ear and was confused. He was taken to Boston Medical Center, where he was diagnosed with
        a depressed skull fracture and had surgery that evening. His family says he is recovering.

        After: Jaquan sat down on the floor and waited. He told the AP that O.F. had "been on him" for
        weeks. He was held in the office until District B-2 officers arrived at 11:20. The hammer was
        bagged by Mr. Kozlowski and given to the officers. The shop was closed for the rest of the day.
     """),
     decision="allow", fact="ball-peen hammer",
     mct=["ball-peen hammer", "depressed skull fracture", "bench 7"],
     mnc=["Bowdoin Baby", "disrespects another group"],
     cats=["gang_affiliation"],
     tags=["long_narrative", "affiliation_hint", "allow_violence"])

case(school="Josiah Quincy Upper School", name="Rubén Ocasio Vélez", grade=11,
     ground="credible_threat", recipient="bpd/district-a1", when="2026-04-27 08:30",
     threat=("Rubén told his counselor at 8:30 AM: 'I'm going to shoot Mr. Hogan on Friday when he does "
             "hall duty by the gym. My cousin sold me a gun, it's at my uncle's. I already decided.' "
             "He repeated the plan, the day and the place when the AP joined the meeting."),
     location="Josiah Quincy Upper School, counseling office",
     desc=P("""
        Counselor case notes (S. Varghese).

        ~03/02 - Rubén referred by his English teacher for falling asleep in class and saying he
        "doesn't care anymore." He told me he is scared because his mother's immigration court date is
        on the 14th and he might have to choose between staying with his uncle or leaving with her. He
        lives with his uncle in Villa Victoria. He came through the newcomer program in 9th grade and
        has made big progress in English.

        ~03/16 - His mother's hearing was postponed. He seemed relieved but said he is tired of
        "everything being up in the air."

        ~04/06 - Rubén said Mr. Hogan, the gym teacher, embarrassed him in front of the class by
        calling out his weight. He was very angry.

        ~04/27 - At 8:30 AM Rubén came to my office without an appointment and said he is going to
        shoot Mr. Hogan on Friday during hall duty by the gym, that his cousin sold him a gun, that it
        is at his uncle's, and that he has already decided. I kept him with me and called the AP, who
        joined at 8:40. Rubén repeated the plan, the day and the place. He was calm and did not take
        it back. The AP called District A-1 at 8:55.

        ~04/27 - Officers went to the uncle's apartment with the uncle's consent at 11:30 and found a
        handgun in a gym bag. Rubén was taken for an evaluation at Boston Children's. Mr. Hogan was
        informed. Threat assessment and re-entry planning will follow.
     """),
     decision="allow", fact="handgun",
     mct=["hall duty by the gym", "gym bag", "calling out his weight"],
     mnc=["immigration court date", "Villa Victoria", "newcomer program"],
     cats=["immigration_status", "neighborhood", "language"],
     tags=["long_narrative", "counselor_notes", "euphemism", "allow_threat"])

case(school="Charlestown High School", name="Colin Murphy", grade=12,
     ground="weapon", weapon="knife", recipient="massachusetts-state-police",
     when="2026-05-29 21:30", location="Charlestown High School senior boat cruise, Boston Harbor",
     desc=P("""
        During the senior boat cruise, a student showed a folding knife on the upper deck. A chaperone
        took it. Because the boat was in the harbor, the chaperone addressed the report to the State
        Police marine unit, which met the boat at the pier. The chaperone's note says Colin is "a good
        Irish Catholic kid from the Navy Yard apartments" who has never been in trouble.
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["Irish Catholic", "Navy Yard apartments"],
     cats=["ethnicity", "religion", "neighborhood"],
     tags=["deny_recipient"])

case(school="East Boston High School", name="Ximena Huamán", grade=9,
     ground="weapon", weapon="pepper spray", recipient="bpd/district-a7", when="2026-02-12 09:20",
     location="East Boston High School, auditorium, row M",
     desc=P("""
        AP incident narrative (D. Sciarra).

        At 9:20 AM, during the 9th grade assembly on internship opportunities, a canister of pepper
        spray went off in the back of the auditorium. About twenty students near rows K through N
        began coughing and rubbing their eyes and the assembly was stopped. Teachers moved all
        students outside to the front yard. The nurse and EMS treated fourteen students for eye and
        throat irritation; one student with asthma was taken to MGH and released that afternoon.

        A student sitting in row M told the SSS that Ximena sprayed it at a boy who had been kicking
        her seat. Ximena was found in the front yard crying. She handed over a small black canister of
        pepper spray with a flip-top trigger from her jacket pocket. She said the boy had been pulling
        her hair and kicking her seat since the beginning of the assembly and that she "just wanted
        him to stop," and that she did not mean to spray so many people.

        The counselor adds for the school's records: Ximena arrived from Peru last summer and speaks
        Quechua and Spanish at home; she is in the ESL program and has made friends slowly. Her mother
        asked the family liaison whether the police report would affect the family's green card
        application. The liaison did not answer that question.

        Ximena's mother came at 11:00. The canister is held by the AP. The boy who was kicking her seat
        has also been given a consequence. The auditorium was aired out and used again after lunch.
     """),
     decision="allow", fact="pepper spray",
     mct=["row M", "fourteen students", "flip-top trigger"],
     mnc=["from Peru", "Quechua", "ESL program", "green card application"],
     cats=["national_origin", "language", "immigration_status"],
     tags=["long_narrative", "ap_summary", "allow_weapon"])

case(school="Boston Latin School", name="Brendan O'Brien", grade=12,
     ground="drugs", substances=["vodka", "marijuana"], recipient="bpd/district-d4",
     when="2026-05-30 21:45", location="Senior prom, hotel ballroom",
     desc=P("""
        At the senior prom, chaperones found Brendan and two friends in a stairwell with a flask of
        vodka and a joint. None was seriously intoxicated. Parents were called to pick them up. The
        chaperone's note says "the O'Briens are a big Irish family, dad is a firefighter," and asks
        that police speak to the boys about drinking and driving.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["big Irish family"], cats=["ethnicity"],
     tags=["chaperone_report", "deny_substance"])

case(school="Charlestown High School", name="Nathan Doherty", grade=11,
     ground="weapon", weapon="knife", recipient="bpd/district-a15", when="2026-04-07 07:50",
     location="Charlestown High School, Medford Street doors",
     desc=P("""
        At 7:50 AM, during arrival at the Medford Street doors, SSS Keohane saw Nathan pass something
        to a sophomore and then take it back. When SSS asked what it was, Nathan showed a black
        folding knife with a 3-inch blade and a pocket clip. He said he was showing the sophomore the
        knife he got for his birthday. The sophomore said Nathan told him to "watch himself" earlier
        in the week on the bus. SSS took the knife and brought both boys to the AP.

        Nathan's mother came at 9:00. She said the family lives in Mishawum Park and that Nathan has
        been getting picked on at the bus stop there. SSS locked the knife in the office safe. The AP
        reviewed the entrance camera, which shows the knife being handed back and forth at 7:49.
     """),
     decision="allow", fact="folding knife",
     mct=["Medford Street doors", "pocket clip", "handed back and forth"],
     mnc=["Mishawum"], cats=["neighborhood"],
     tags=["precision_trap", "allow_weapon"])

case(school="Greater Egleston High School", name="Darius Holt", grade=11,
     ground="credible_threat", recipient="bpd/district-b2", when="2026-03-11 12:00",
     threat=("Darius posted on TikTok at noon: 'Egleston Friday, I'm bringing it, whoever laughed is "
             "first.' The video shows him holding a black handgun in front of a mirror."),
     location="TikTok (off campus)",
     desc=P("""
        The AP received the TikTok link from three students. Before sending the report, the district
        safety office ran a still from the video through the Real Time Crime Center's face matching,
        which confirmed it was Darius with a 98 percent score; the match sheet is attached. Darius is
        a junior with no prior discipline.
     """),
     attachments=[{"kind": "face_match", "name": "rtcc_face_match_darius.pdf"}],
     decision="deny", reason="face_surveillance",
     mnc=["98 percent", "rtcc_face_match"], cats=["face_surveillance"],
     tags=["threat_field", "attachment_name", "deny_face"])

case(school="Boston Arts Academy", name="Chloe Beaumont", grade=12,
     ground="drugs", substances=["cocaine", "Juul pods"], recipient="bpd/district-d4",
     when="2026-01-30 13:10", location="Boston Arts Academy, costume shop",
     desc=P("""
        At 1:10 PM the costume shop supervisor found Chloe and a junior in the back of the costume
        shop with a mirror, a cut straw and a small bag of white powder. Chloe said it was cocaine and
        that it was hers. She also had a Juul with two pods in her bag. The junior said she had not
        used anything. The nurse checked both; Chloe's heart rate was high but she was otherwise fine.

        The bag, mirror and straw are sealed in the main office; the Juul was confiscated under the
        school's tobacco policy. Chloe's mother came at 2:30. Chloe is the lead in the spring play and
        the director has been told she will miss rehearsals while suspended.
     """),
     decision="allow", fact="cocaine",
     mct=["costume shop", "cut straw", "small bag of white powder"],
     mnc=[], cats=[],
     tags=["mixed_substances", "allow_clean", "allow_drugs"])

case(school="Jeremiah E. Burke High School", name="Reginald Toussaint", grade=10,
     ground="serious_violence", recipient="bpd/district-b3", when="2026-02-19 14:35",
     location="Jeremiah E. Burke High School, side lot by the gym",
     desc=P("""
        Statement of SSS Andrea Mulcahy, with the AP's follow-up.

        At 2:35 PM I was called to the side lot by the gym where a crowd had formed. When I got there,
        four boys were kicking a 10th grader (F.J.) who was on the ground. Reginald was standing over
        F.J. holding a leather belt wrapped around his fist with the heavy metal buckle hanging down,
        and I saw him swing the buckle into F.J.'s face twice. I yelled and the crowd scattered. I
        held Reginald; the other three ran.

        F.J. had a deep cut across his cheekbone and his left eye was swollen shut. He was taken by EMS
        to Carney Hospital, where he got 22 stitches and was treated for a fractured cheekbone.

        AP follow-up: students shared a TikTok in which Reginald and the other three make the same
        hand signs and call themselves by a name the students say is a group from Norfolk Street. A
        teacher who knows the family says they fled Port-au-Prince in 2023. Reginald told the AP F.J.
        had "disrespected the group" online. The belt is held by SSS. Two of the other three boys have
        been identified by staff who saw them run; their names are in the portal report.
     """),
     decision="allow", fact="belt",
     mct=["metal buckle", "22 stitches", "fractured cheekbone"],
     mnc=["same hand signs", "Norfolk Street", "Port-au-Prince", "disrespected the group"],
     cats=["gang_affiliation", "national_origin"],
     tags=["sss_statement", "affiliation_hint", "allow_violence"])

case(school="Brighton High School", name="Ivan Morales Díaz", grade=11,
     ground="disorderly_conduct", recipient="bpd/district-d14", when="2026-02-10 11:30",
     location="Brighton High School, cafeteria",
     desc=P("""
        During lunch, Ivan stood on a table, shouted, and threw a tray that hit the wall. Nobody was
        hurt. The AP's note says Ivan has been upset since his family was moved to the shelter on
        Cambridge Street in Allston and since the school learned the family is undocumented. The AP is
        asking police to speak with him about respect for staff.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Cambridge Street in Allston", "undocumented"],
     cats=["neighborhood", "immigration_status"],
     tags=["deny_ground"])

case(school="McCormack Middle School", name="Kai Robinson", grade=8,
     ground="weapon", weapon="nunchucks", recipient="bpd/district-c11", when="2026-03-19 12:40",
     location="McCormack Middle School, schoolyard near the basketball hoops",
     desc=P("""
        At 12:40 PM at recess, Kai took a pair of wooden nunchucks joined by a metal chain out of his
        backpack and swung them at an 8th grade boy (L.P.) near the basketball hoops. The nunchucks
        hit L.P. on the shoulder and he fell back against the fence; he had a bruise and was checked by
        the nurse. A teacher on recess duty took the nunchucks from Kai.

        Kai said L.P. and his friends had been throwing balls at him and that he brought the nunchucks
        from martial arts class to "show them." L.P. says Kai swung first. Both boys' parents were
        called. The nunchucks are in the office.
     """),
     extra={"address": {"line1": "9 Mount Vernon St, Apt 2", "neighborhood": "Columbia Point",
                        "zip": "02125"},
            "transportation": "walker"},
     decision="allow", fact="nunchucks",
     mct=["wooden nunchucks", "metal chain", "basketball hoops"],
     mnc=["Mount Vernon St", "Columbia Point", "02125"],
     cats=["neighborhood"],
     tags=["nested_student_fields", "allow_weapon"])

case(school="Dearborn STEM Academy", name="Tamia Greene", grade=11,
     ground="harassment", recipient="bpd/district-b2", when="2026-01-21 15:00",
     location="Dearborn STEM Academy, online",
     desc=P("""
        A parent reports that Tamia has been sending harassing messages to her daughter for weeks,
        calling her names and mocking her family's Muslim faith and the head covering she wears.
        No threats of violence were made. The parent lives on Dale Street and wants police to
        tell Tamia to stop.
     """),
     decision="deny", reason="ground_not_permitted",
     mnc=["Muslim", "Dale Street"], cats=["religion", "neighborhood"],
     tags=["deny_ground"])

# --------------------------------------------------------------------------------------------
# Chunk 10
# --------------------------------------------------------------------------------------------

case(school="Boston Community Leadership Academy", name="Antoine Lafleur", grade=10,
     ground="credible_threat", recipient="bpd/district-e18", when="2026-05-04 20:15",
     threat=("In a voice message sent at 8:15 PM to a classmate (J.R.), Antoine said: 'I know you live at "
             "34 Westminster St, second floor. Tomorrow after school I'm catching you at the bus stop "
             "with my brother's nine, and if I miss you there I'm coming to the house.' The classmate's "
             "mother played the message for the AP the next morning."),
     location="Voice message (off campus); concerns the BCLA afternoon bus stop",
     desc=P("""
        ~From: AP Yolanda Pratt
        ~To: Officer J. Rinaldi, District E-18
        ~Sent: Tuesday 7:35 AM
        ~Subject: threat - voice message

        Officer, J.R.'s mother came in at 7:10 with a voice message her son received last night from
        Antoine, a 10th grader. In it he says he will catch J.R. at the bus stop after school today
        with his brother's "nine" and that if he misses him there he will come to his house. The two
        boys fought in the cafeteria on Friday over a basketball bet; both were suspended for a day.
        I have kept a copy of the recording.

        ~From: Officer J. Rinaldi
        ~Sent: Tuesday 7:50 AM

        Thank you. Is Antoine in the building? Does he have an older brother at BCLA?

        ~From: AP Yolanda Pratt
        ~Sent: Tuesday 8:05 AM

        Antoine arrived at 7:40 and is in the office with SSS; his bag was checked and there was
        nothing in it. His brother is 20 and does not attend here. Antoine told me he "was just
        talking." His mother is on her way. J.R. is in class and will be dismissed to his mother.

        ~From: Officer J. Rinaldi
        ~Sent: Tuesday 10:30 AM

        We spoke with the brother at home with a supervisor. A 9mm handgun was recovered from a
        dresser in the room the boys share. We will have a cruiser at the bus stop at dismissal for the
        rest of the week.

        ~From: AP Yolanda Pratt
        ~Sent: Tuesday 10:42 AM

        Thank you. Antoine is on emergency removal pending a threat assessment. We will send the
        recording with the formal report.
     """),
     decision="allow", fact="9mm handgun",
     mct=["voice message", "basketball bet", "bus stop"],
     mnc=["34 Westminster St"], cats=["neighborhood"],
     tags=["long_narrative", "liaison_email", "threat_field", "allow_threat"])

case(school="Snowden International School", name="Yasmin Benali", grade=10,
     ground="credible_threat", threat="", recipient="bpd/district-d4", when="2026-03-09 13:00",
     location="Snowden International School, 5th floor",
     desc=P("""
        Social worker's note (T. Ocampo). I was asked to document for the portal a conversation
        overheard on the 5th floor in which Yasmin, during an argument with two classmates, said that
        she "would deal with them." The teacher who heard it could not give the rest of the words and
        nobody saw anything in her hands. The AP wanted the liaison aware before the spring break.

        Background on Yasmin from my sessions: the family is from Algeria and is waiting on a decision
        in their asylum case; she lives with her mother and two brothers in a one-bedroom on Hemenway
        Street. She has been anxious about the case and has had trouble sleeping. She prays at lunch in
        the counseling office and has asked for a quiet space during that time, which we give her.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["from Algeria", "asylum case", "Hemenway Street", "prays at lunch"],
     cats=["national_origin", "immigration_status", "neighborhood", "religion"],
     tags=["social_worker_notes", "deny_threat_missing"])

case(school="TechBoston Academy", name="Dwayne Fairley", grade=12,
     ground="drugs", substances=["fentanyl"], recipient="bpd/district-c11", when="2026-04-01 11:10",
     location="TechBoston Academy, 2nd floor computer lab",
     desc=P("""
        Attendance officer notes (K. Sheehan), with the AP's incident facts for 4/1.

        ~10/20 - Dwayne, a senior, has 18 absences. The phone number on file is out of service. His
        grandmother, who was his guardian, passed away in September; he has been doubled up with a
        friend's family in the yellow three-decker next to the laundromat on Bowdoin Street. Spoke with
        Dwayne at school; he wants to graduate and is working nights.
        ~11/17 - Connected Dwayne with the McKinney-Vento liaison for transportation and a fee waiver.
        ~01/12 - Attendance improved to 85% in December.
        ~03/09 - Dwayne has missed five days; he says he is working more hours.

        AP incident facts, 4/1: At 11:10 AM a teacher in the 2nd floor computer lab saw Dwayne hand a
        small folded paper to a junior, who handed him cash. The teacher called the office. In the AP's
        office, Dwayne handed over eleven small folded paper packets of white powder from his jacket
        and $230 in cash. He said the packets were "fetty" that a man pays him to carry. The junior
        handed over the one packet he had just bought.

        A fentanyl test strip from the nurse's kit tested positive on one packet. The packets, strip
        and cash are sealed in the office safe. Dwayne was calm and cooperative. He asked that the
        school not call his friend's family. The counselor and the McKinney-Vento liaison met with him
        after the AP. District C-11 was notified at 12:05 PM.
     """),
     decision="allow", fact="fentanyl",
     mct=["eleven small folded paper packets", "computer lab", "$230 in cash"],
     mnc=["next to the laundromat", "Bowdoin Street", "yellow three-decker"],
     cats=["neighborhood"],
     tags=["long_narrative", "attendance_notes", "landmark_residence", "allow_drugs"])

case(school="East Boston High School", name="Wilson Ayala Cruz", grade=11,
     ground="drugs", substances=["MDMA"], recipient="cbp/boston-logan",
     when="2026-03-18 12:30", location="East Boston High School, cafeteria",
     desc=P("""
        MDMA pills were found on a junior at lunch. A staff member whose spouse works at the airport
        addressed the report to Customs and Border Protection at Logan because the student "flew in
        from Honduras last year and might be here on a visitor visa."
     """),
     decision="deny", reason="recipient_not_permitted",
     mnc=["from Honduras", "visitor visa"],
     cats=["national_origin", "immigration_status"],
     tags=["deny_recipient"])

case(school="Josiah Quincy Upper School", name="Tiffany Kwan", grade=8,
     ground="serious_violence", recipient="bpd/district-a1", when="2026-02-16 13:20",
     location="Josiah Quincy Upper School, art room 3B",
     desc=P("""
        Written statement of Ms. Harriet Oyelowo, Visual Arts teacher, art room 3B.

        On Monday my 8th grade class was finishing the Chinese New Year lanterns for the display in
        the lobby. We were using pointed craft scissors to cut the red paper panels. At about 1:20 PM
        Tiffany and another girl, N.L., began arguing about who would hang the lanterns. I told them
        both to sit down. N.L. took one of Tiffany's lanterns and crumpled it.

        Tiffany stood up with the scissors in her right hand and stabbed N.L. in the upper left arm,
        through her sweater. N.L. screamed. I ran over and took the scissors from Tiffany, who let go
        right away, and pressed paper towels on N.L.'s arm, which was bleeding a lot. I sent a student
        to the office and another to get the nurse.

        The nurse arrived at 1:23 and wrapped the arm. The wound was about an inch long and deep. N.L.
        was taken by EMS to Tufts Medical Center, where she received six stitches and a tetanus shot.
        Her mother met her there.

        Tiffany sat at her table and cried. She told me "she always ruins everything." The AP came and
        took Tiffany to the office at 1:30. The scissors are in a plastic bag in the AP's office. The
        rest of the class went to the library, and I finished the lanterns with the other students the
        next day.

        I would like to add that Tiffany has never been in trouble in my class before and that she and
        N.L. have been friends since 6th grade.
     """),
     decision="allow", fact="scissors",
     mct=["Chinese New Year lanterns", "upper left arm", "six stitches"],
     mnc=[], cats=[],
     tags=["long_narrative", "teacher_statement", "precision_trap", "allow_clean", "allow_violence"])

case(school="Boston Green Academy", name="Marcus Oyelaran", grade=11,
     ground="weapon", weapon="box cutter", recipient="bpd/district-d14", when="2026-01-27 10:40",
     location="Boston Green Academy, 3rd floor",
     desc=P("""
        A box cutter was taken from a junior in the 3rd floor hallway at 10:40 AM after he held it up
        during an argument. To identify the other student in the argument, the security office used
        the camera system's face search on the hallway video; the face search hit list with both
        students' names is included with this report.
     """),
     attachments=[{"kind": "face_match", "name": "face_search_hitlist_3rd_floor.xlsx"}],
     decision="deny", reason="face_surveillance",
     mnc=["face_search_hitlist"], cats=["face_surveillance"],
     tags=["attachment_name", "deny_face"])

case(school="Another Course to College", name="Jayvon Pierce", grade=10,
     ground="weapon", weapon="firearm (loaded pistol)", recipient="bpd/district-e18",
     when="2025-10-02 12:55", location="Another Course to College, library study room B",
     desc=P("""
        Incident timeline compiled by the Headmaster from staff statements.

        ~12:48 PM - The librarian, Ms. Doyle, sees Jayvon and two friends in study room B passing a
        phone around and laughing. One of the friends looks nervous and leaves.
        ~12:52 PM - That friend tells SSS Marchetti in the hallway that Jayvon "has a gun in his
        backpack" and showed it to them in the study room.
        ~12:53 PM - SSS Marchetti radios the Headmaster. The Headmaster calls 911 at 12:54.
        ~12:55 PM - SSS Marchetti and AP Bowman go to study room B. Jayvon is sitting with his
        backpack on the table. The AP asks him to step away from the backpack, which he does. SSS stays
        with the backpack; nobody opens it.
        ~1:02 PM - District E-18 officers arrive and open the backpack. Inside a pencil pouch they find
        a black 9mm pistol with a loaded magazine. Officers take custody of the pistol.
        ~1:10 PM - Jayvon tells the AP he bought the pistol from someone he met through a friend
        because boys from another school jumped him at the Cleary Square bus stop in September.

        Background from the counselor and the family, shared with the Headmaster: Jayvon lives with
        his mother and stepfather on Fessenden Street. He has been going to the youth group at the
        Baptist church on Blue Hill Ave on Wednesday evenings, which his mother says has helped him.
        He has no prior discipline. His grades dropped after the September assault.

        ~1:30 PM - Jayvon's mother arrives. The library is reopened at 1:45. Students in study room B
        and the library are offered time with counselors.
     """),
     decision="allow", fact="9mm pistol",
     mct=["study room B", "pencil pouch", "Cleary Square bus stop"],
     mnc=["Fessenden Street", "Baptist church"],
     cats=["neighborhood", "religion"],
     tags=["long_narrative", "timeline", "allow_weapon"])

case(school="Fenway High School", name="Devin Castellano", grade=11,
     ground="credible_threat", recipient="bpd/district-d4", when="2026-03-05 14:40",
     threat=("Devin told two classmates and Ms. Reyes in Chemistry at 2:40 PM: 'I got an illegal gun "
             "from my cousin and Monday I'm bringing it for Tyrell at lunch. I'm not playing.' He "
             "repeated that he has the gun at home and named Tyrell and lunch on Monday to the AP."),
     location="Fenway High School, Chemistry classroom 305",
     desc=P("""
        At 2:40 PM in Chemistry, after an argument with Tyrell about a borrowed charger, Devin told two
        classmates and Ms. Reyes that he had an illegal gun from his cousin and would bring it Monday at
        lunch for Tyrell. Ms. Reyes sent a student to the office. AP Kirby met with Devin at 2:55 and he
        repeated the plan and said the gun is at home. His father was called at 3:05 and agreed to let
        officers check the home. District D-4 was notified at 3:10 PM.

        Tyrell and his mother were informed. Devin will not return Monday pending a threat assessment.
        The AP notes the status of the charger dispute is resolved; Tyrell had returned it.
     """),
     decision="allow", fact="gun",
     mct=["illegal gun", "borrowed charger", "Chemistry"],
     mnc=[], cats=[],
     tags=["precision_trap", "allow_clean", "allow_threat"])

case(school="Washington Irving Middle School", name="Cole Brennan", grade=8,
     ground="drugs", substances=["Zyn nicotine pouches", "weed"], recipient="bpd/district-e5",
     when="2026-04-09 09:15", location="Washington Irving Middle School, 8th grade hallway",
     desc=P("""
        An 8th grader was found with a can of Zyn pouches and a small bag of weed in his backpack. He
        was not under the influence. The AP's note says the family lives in the blue house behind the
        Roslindale Village commuter rail stop and that the boy gets the pouches from an older neighbor.
     """),
     decision="deny", reason="excluded_substance",
     mnc=["behind the Roslindale Village"], cats=["neighborhood"],
     tags=["deny_substance"])

case(school="Mario Umana Academy", name="Fabricio Neves", grade=8,
     ground="weapon", weapon="knife", recipient="bpd/district-a7", when="2026-01-08 10:30",
     location="Mario Umana Academy, resource room",
     desc=P("""
        IEP team record, manifestation determination held 1/12.

        Present: team chair Mr. Souza; special education teacher Ms. Grant; ESL teacher Ms. Hoang;
        school psychologist Dr. Kimani; AP Russo; Fabricio's mother, with a Portuguese interpreter by
        phone; Fabricio for the last part.

        Profile reviewed: Fabricio is an 8th grader with an IEP for a language-based learning
        disability and is also in the SLIFE program because he missed almost two years of school before
        arriving. He reads at about a 3rd grade level and works very hard. He has had no discipline
        until this year; in November he pushed a student who took his chair.

        Incident reviewed: On 1/8 at about 10:30 AM in the resource room, a classmate (G.T.) kept
        taking Fabricio's pencil case and throwing it. Fabricio took a kitchen knife with a 5-inch
        blade out of his backpack and held it up toward G.T., saying in Portuguese and then in English
        that he would "cut" him. Ms. Grant stood between them and asked for the knife, and Fabricio put
        it on her desk. G.T. was not hurt. Fabricio told the AP he brought the knife because teenagers
        in his building take his things. His mother confirmed the knife came from their kitchen.

        Team discussion: Dr. Kimani noted that Fabricio's frustration with communication is part of
        his disability profile, but the team agreed that bringing a knife to school was not caused by
        the disability. The team agreed on a 45-day interim setting with continued services, a safety
        plan, and daily check-ins with Ms. Hoang.

        The AP confirmed the knife was turned over to police under SAF-02 and that the report has been
        submitted.
     """),
     decision="allow", fact="kitchen knife",
     mct=["5-inch blade", "pencil case", "resource room"],
     mnc=["Portuguese interpreter", "in Portuguese", "SLIFE program", "ESL teacher"],
     cats=["language"],
     tags=["long_narrative", "iep_504_notes", "euphemism", "allow_weapon"])

case(school="Lilla G. Frederick Middle School", name="Ashanti Morris", grade=7,
     ground="credible_threat", recipient="bpd/district-c11", when="2026-05-11 09:50",
     location="Lilla G. Frederick Middle School, 7th grade hallway",
     desc=P("""
        ~From: AP N. Vargas
        ~To: Officer D. Lyons, District C-11 liaison
        ~Subject: Ashanti M.

        Officer Lyons, as we discussed: there was a hallway argument this morning and another student
        said Ashanti told her she would "get her." I did not hear it and the girl was not sure of the
        words. You said to send it as a credible threat and leave the threat statement for you to fill
        in after you talk with the girls, so I have left it off.

        Background, since you asked: Ashanti lives in the Franklin Field apartments with her
        grandmother, and the family has been in the news because her uncle is a leader in the
        Franklin Field set.
     """),
     decision="deny", reason="missing_threat_statement",
     mnc=["Franklin Field apartments", "Franklin Field set"],
     cats=["neighborhood", "gang_affiliation"],
     tags=["liaison_email", "deny_threat_missing"])

case(school="Jeremiah E. Burke High School", name="Nathaniel Osei-Bonsu", grade=11,
     ground="drugs", substances=["counterfeit Percocet (fentanyl)"], recipient="bpd/district-b3",
     when="2026-01-15 12:25", location="Jeremiah E. Burke High School, 3rd floor boys' bathroom",
     desc=P("""
        ~From: Officer A. Kimball, District B-3 school liaison
        ~To: AP Warren Giles
        ~Sent: Thursday 2:05 PM
        ~Subject: pills - need details for the report

        AP Giles, thanks for the call. Please send what you found, how many, where, and who else was
        involved. Also whether any student took any.

        ~From: AP Warren Giles
        ~To: Officer A. Kimball
        ~Sent: Thursday 2:40 PM

        At 12:25 PM SSS Ruane checked the 3rd floor boys' bathroom after a teacher reported students
        crowding in. Nathaniel was at the sink with a pill bottle with no label. Inside were 26 round
        blue pills stamped M 30, which he said were "Percs." He said he was holding them for someone
        and would not say who. Two other boys in the bathroom had nothing on them. Nobody appears to
        have taken any today; the nurse checked all three and they were fine.

        ~From: Officer A. Kimball
        ~Sent: Thursday 3:10 PM

        Thanks. Those are almost certainly pressed fentanyl. We will test them. Any background that
        would help us approach him?

        ~From: AP Warren Giles
        ~Sent: Thursday 3:32 PM

        Nathaniel is usually a solid student. His counselor says things have been very hard at home
        since December: his father was detained by immigration at work and is being held in a
        facility in New Hampshire, and his mother, who works nights, is trying to find a lawyer. He
        has younger siblings he takes care of after school. I am sharing this so you understand what
        he is dealing with; please be careful how it is used.

        ~From: Officer A. Kimball
        ~Sent: Thursday 3:50 PM

        Understood. I will pick up the bottle tomorrow at 8 AM.

        ~From: AP Warren Giles
        ~Sent: Thursday 3:55 PM

        It is sealed in the safe with the chain of custody form. See you at 8.
     """),
     decision="allow", fact="M 30",
     mct=["26 round blue pills", "3rd floor boys' bathroom", "pill bottle with no label"],
     mnc=["detained by immigration", "facility in New Hampshire"],
     cats=["immigration_status"],
     tags=["long_narrative", "liaison_email", "relative_circumstance", "allow_drugs"])

case(school="Jeremiah E. Burke High School", name="Lamar Hightower", grade=12,
     ground="serious_violence", recipient="bpd/district-b3", when="2026-03-31 15:15",
     location="MBTA Route 28 bus, Blue Hill Avenue at the Morton Street stop",
     desc=P("""
        Report of the school's transportation coordinator, Mr. Evan Sutherland, based on the bus
        operator's statement, the MBTA bus video and two student witnesses.

        After dismissal, about twenty Burke students boarded the Route 28 bus. At about 3:15 PM, as the
        bus stopped on Blue Hill Avenue at the Morton Street stop, the operator asked Lamar to stop
        holding the rear door open. Lamar walked to the front, argued with the operator, and then swung
        a steel U-lock from his bike at her, hitting her in the face through the opening of the
        operator's shield.

        The operator's nose was broken and she had a cut under her eye that needed stitches. She was
        taken by EMS to Carney Hospital. Passengers held the rear door while another adult called 911.
        Lamar left the bus with the U-lock and walked toward Franklin Park.

        The two Burke students who witnessed it gave statements to the AP the next morning. The MBTA
        has the bus video; the AP has seen a copy showing Lamar swinging the lock. Lamar came to school
        the next day and was removed from class by the AP; his mother came at 10 AM. He said the
        operator "disrespected" him.

        The school is reporting because the assault was committed by a Burke student on the way home
        from school with a weapon and caused serious injury. The MBTA Transit Police have their own
        case; this report is for the BPD district.
     """),
     decision="allow", fact="U-lock",
     mct=["Blue Hill Avenue", "steel U-lock", "nose was broken"],
     mnc=[], cats=[],
     tags=["long_narrative", "transportation_report", "precision_trap", "allow_clean", "allow_violence"])

case(school="Dorchester Academy", name="Kiara Mendes", grade=10,
     ground="weapon", weapon="box cutter", recipient="bpd/district-c11", when="2026-02-03 07:20",
     location="Morning bus pickup outside Crossroads Family Shelter, 25 Olney St (student's residence)",
     desc=P("""
        Bus monitor's report. At the 7:20 AM pickup, as students were boarding, Kiara and another
        10th grade girl (S.W.) argued at the door of the bus. Kiara pulled an orange box cutter out of
        her coat sleeve and slashed toward S.W., cutting the strap of S.W.'s bag. S.W. was not cut. I
        stepped between them and told Kiara to give me the box cutter, and she did. The driver did not
        move the bus until the AP arrived at the stop at 7:45.

        Kiara said S.W. had been spreading rumors about her. S.W.'s mother was called and picked her
        up. Kiara rode to school with the AP. The box cutter is in the main office.
     """),
     decision="allow", fact="box cutter",
     mct=["orange box cutter", "coat sleeve", "strap of S.W.'s bag"],
     mnc=["Crossroads Family Shelter", "25 Olney St"], cats=["neighborhood"],
     tags=["location_field", "bus_monitor_report", "allow_weapon"])

case(school="Brighton High School", name="Tomás Aguirre", grade=11,
     ground="credible_threat", recipient="bpd/district-d14", when="2026-04-20 22:30",
     threat=("At 10:30 PM Tomás emailed the varsity soccer coach from his school account: 'You cut me "
             "from the team in front of everyone. Thursday at practice I'm bringing my stepdad's gun and "
             "you're going to feel it. I know where he keeps it.'"),
     location="Email to the varsity soccer coach; concerns Thursday practice at the school field",
     desc=P("""
        The coach forwarded the email to the AP at 6 AM. Tomás was cut from the varsity soccer team on
        Monday. The email names Thursday practice, the coach, and his stepfather's gun. Tomás's mother
        confirmed by phone that her husband owns a handgun; District D-14 officers secured it at the
        home at 8:30 AM. Tomás is on emergency removal pending a threat assessment.

        A teammate also sent a screenshot of a post Tomás wrote in another language; the family liaison
        translated it and the translation is attached. It repeats the threat against the coach.
     """),
     attachments=[{"kind": "document", "name": "Spanish_translation_of_post.docx"},
                  {"kind": "document", "name": "coach_email_0420.pdf"}],
     decision="allow", fact="gun",
     mct=["varsity soccer", "Thursday practice", "cut from the varsity soccer team"],
     mnc=["Spanish_translation"], cats=["language"],
     tags=["attachment_name", "threat_field", "allow_threat"])

# --------------------------------------------------------------------------------------------
# Later entries added to the same reports (follow-ups, second statements, replies). Each is
# appended to the incident description of the named student's case, as staff append to a record.
# --------------------------------------------------------------------------------------------

def addendum(name, text, mnc=(), cats=(), mct=()):
    hits = [c for c in CASES if c["request"]["student"]["name"] == name]
    assert len(hits) == 1, name
    c = hits[0]
    inc = c["request"]["incident"]
    inc["description"] = inc["description"] + "\n\n" + P(text)
    e = c["expect"]
    e["must_not_contain"] += [s for s in mnc if s not in e["must_not_contain"]]
    e["categories"] = sorted(set(e["categories"]) | set(cats))
    if e["decision"] == "allow":
        e["must_contain_text"] += list(mct)


addendum("Prakash Gurung", """
    ~From: Officer S. Nolan
    ~Sent: Thursday 11:48 AM

    Collected the knife and spoke with Prakash and the counselor. The two boys he named are known to
    us. We will have a cruiser at the bus stop at dismissal through next week.
""")

addendum("Ximena Huamán", """
    Follow-up, 2/13: The counselor met with Ximena and with the boy who had been kicking her seat. He
    admitted pulling her hair during the assembly and apologized. Ximena has a new seat in the
    advisory where both are placed, and the 9th grade team will seat assemblies by advisory from now
    on. The teacher who was sitting in row K has written a short statement that matches the others.
""")

addendum("Shane Gallagher", """
    Statement of the volunteer tutor, Mr. Adrian Lowe (added 3/4): I saw Shane kneeling next to the
    other boy and saying his name. Shane told me right away that they had taken something. He did not
    try to leave.
""")

addendum("Nelson Barbosa", """
    Follow-up, 2/5: J.A.'s mother met with the AP and the Headmaster in the morning. She asked that
    the video be kept for the police and that the school stop students from "scheduling" fights
    online; the Headmaster agreed to send a letter to families. The McBride Street gate will now be
    locked at dismissal with SSS at the main doors.
""")

addendum("Jalen Pryor", """
    AP's addendum (2/18): The three students named above gave written statements that match Mr.
    Ferreira's. The nurse's note records swelling and a splint on the left wrist at 11:18 AM. Jalen is
    on emergency removal; a hearing is set for next week. The bent chair has been kept for the officer.
""")

addendum("Isaiah Rowe", """
    Dean's addendum, 3/17: The officers told us the pistol had one round in the chamber and seven in
    the magazine. Isaiah's mother met with the Dean and the counselor this morning. The school has
    asked the transportation office to change his route so he is not walking alone at night.
""")

addendum("Tiffany Kwan", """
    AP's note (2/17): Tiffany's parents met with me and the counselor this morning. Tiffany wrote an
    apology letter to N.L. The pointed scissors have been replaced with blunt-tip scissors in the art
    room.
""")

addendum("Dwayne Fairley", """
    ~04/02 - Dwayne did not come in today. I left a message through the friend's phone number he gave
    us in March.
""")

addendum("Antoine Lafleur", """
    ~From: Officer J. Rinaldi
    ~Sent: Tuesday 3:40 PM

    Cruiser was at the bus stop at dismissal; no problems. J.R. went home with his mother.
""")

addendum("Rubén Ocasio Vélez", """
    ~04/28 - Mr. Hogan has been moved off hall duty for the rest of the week. I spoke with the
    gym department about the comment about Rubén's weight; the Headmaster is following up separately.
""")

addendum("Kenny Huang", """
    Addendum from AP Fraser (4/10): The bomb squad's report says the powder was flash powder taken
    from consumer fireworks. The two classmates have written statements. Kenny will not be in the
    science lab until the team reconvenes.
""")

addendum("Omari Blake", """
    Follow-up from the Athletic Director (1/26): the visiting team's coach has sent a statement from
    their player, who says Omari said "I'll cut you" just before the swipe. The league has asked for
    the media club's recording.
""")

addendum("Lamar Hightower", """
    Addendum (4/2): The operator has told the MBTA she will be out of work for several weeks. Lamar's
    bike, with the U-lock bracket empty, was in the school's bike rack the next morning.
""")

addendum("Samuel Tekle", """
    Addendum from the AP (3/18): V.O. has been given a consequence for the comments and both students
    will meet with a counselor separately. Samuel's mother came in this morning. The brass knuckles
    are held for the officer.
""")

addendum("Vy Pham", """
    Addendum (12/5): The packaging in Vy's backpack shows the device is rated at a high voltage.
    H.N.'s father has asked the school to report the incident to police, which the AP has done.
""")

addendum("Jamal Richardson", """
    Addendum from AP Foley (4/15): C.B.'s mother says the surgery went well. Two students who were on
    the landing have given written statements that Jamal struck first and kept swinging after C.B.
    fell. Jamal is on emergency removal; his father came in this morning. The stairwell camera covers
    only the top landing, so the footage shows the two boys entering the stairwell at 2:18 PM and SSS
    Kerrigan coming down at 2:20.
""")

addendum("Samir Haddou", """
    ~1/30 - Re-entry meeting scheduled for next week with mother, AP, me and the school psychologist.
    The AP reports that District B-2 found a rifle at the uncle's home and secured it. The notebook is
    with the AP. The four students named on the list are being checked on daily by their teachers, and
    one family has asked for a meeting with the Headmaster.
""")

addendum("Dmitri Volkov", """
    Follow-up, 1/15: The threat assessment interview is scheduled for Thursday. Dmitri's parents called
    to confirm the rifle was moved to the uncle's house on Tuesday. Ms. Yee reports that Dmitri has
    been calm in class. No statement of Dmitri's words has been written down yet.
""")

addendum("Sebastián Arroyo", """
    Headmaster's follow-up, 5/20: the threat assessment team met and Sebastián will not return until
    he is cleared by the hospital. His advisory has a new teacher. The students in the advisory have
    been offered time with the counselors, and two parents have asked for a meeting about the
    laughing incidents, which will be investigated as bullying.
""")

addendum("DeShawn Mercer", """
    Follow-up, 11/21: DeShawn's mother and the AP met at 9 AM. The cousin has been asked not to stay at
    the home. Dean Alvarez has been told of the outcome and will do dismissal duty with SSS next to
    her. The advisory teacher has written a statement matching the two students' accounts.
""")

addendum("Esteban Xicará", """
    ~05/15 - The AP called R.C.'s father in the ICU waiting room. He asked that the courtyard footage be
    saved for the police, which has been done.
    ~05/18 - Esteban's mother came with the family liaison and asked what happens next. The AP explained
    the suspension hearing and the police report.
""")

addendum("Cormac Delaney", """
    Addendum from AP Shaughnessy (3/6): Cormac's father met with the AP and the counselor at 8 AM. The
    rowing coach has been told that Cormac will not compete this weekend. The closet key has been
    removed from the stage crew's hook and is now kept in the theater teacher's office.
""")

addendum("Jamari Toussaint", """
    Counselor's addendum: I will meet with Jamari and his mother on Wednesday. The girl who found the
    note and her parents have met with the principal, and she is being checked on by her teacher every
    morning. The note itself has been kept in the principal's office.
""")

addendum("Owen Kilbride", """
    Addendum from the Head of School (1/20): Owen's parents met with me and the athletic director this
    morning. They say the stun gun was bought online by Owen himself. The two teammates who were in
    the locker room have written statements that match the coach's account. The league has asked for
    the game video as part of its review of the illegal check, which is a separate matter. The team's
    next away game will have a second adult in the locker room.
""")

addendum("Keon Reid-Matthews", """
    Addendum (10/14): The AP met with Keon and his mother on Monday. Keon said he was scared because
    the older teenagers had chased him before. He has been referred to the counselor. Q.B.'s family
    has been contacted as well, and both students will have separate dismissal times. The two friends
    who walked home with Keon have each been offered a meeting with the counselor.
""")

addendum("Devonte Harris", """
    Additional note: the victim's mother came back the next day with a cousin who helped interpret. She
    said her son is afraid to return to school. The AP has arranged for him to enter through the side
    door with SSS. The phone has been returned to the family.
""")

addendum("Yeferson Ajú Tzoc", """
    Follow-up: On Monday Yeferson did not come to school. The attendance officer called the shelter
    caseworker, who said the family was moved to a different placement on Sunday night and that she
    would send the new information. The school would like the police to do the welfare check instead.
""")

addendum("Brandon Ocasio", """
    ~From: AP Yolanda Pratt
    ~Sent: Friday 1:15 PM

    The classmate and her mother have met with the counselor. The cafeteria will have extra staff on
    Monday. I have told the family we will schedule the threat assessment once Brandon's mother is
    available.
""")

addendum("Mamadou Diallo", """
    ~2/09 - Met with K.J. and his mother. K.J. admitted the comments and apologized in writing. The AP
    has opened a bullying investigation into the comments, separate from the fight.
""")

addendum("Reginald Toussaint", """
    Follow-up, 2/20: F.J.'s father met with the AP and asked for the video from the side lot, which
    the school has saved. Reginald is suspended pending a hearing. The belt has a large brass buckle
    shaped like a lion's head.
""")

addendum("Thanh Lam Nguyen", """
    Follow-up (1/12): D.W. and Thanh met with the counselor separately. D.W.'s mother says her son was
    also threatened on the bus. The bus company has been asked for the bus video from the week before.
    Thanh returned from suspension on 1/14 with a safety plan for the bus ride and a daily check-in.
    The attendance officer will keep following his attendance through the end of the year.
""")

addendum("Mustafa Rahimi", """
    Dean's follow-up, 1/8: Jerome's family was informed and he came to school with his father. The
    no-contact agreement was signed by both students.
""")

addendum("Sopheak Chhim", """
    ~Liaison, 1/20: The counselor's meeting with the cousin took place. Sopheak will begin the
    substance use group next week. He told the counselor that an older student at the bus stop sells
    the crystal and that he has not used since the incident.
""")

addendum("Andre Whitaker", """
    Addendum (4/30): D.P.'s mother met with the AP and the Headmaster. She has asked that the school
    keep all the footage. The AP has shared the names of the students who were on the bus line and
    saw the assault. Andre is on emergency removal pending a hearing. The other three attackers have
    not been identified; none of them is a student at the school according to the staff who saw them.
""")

addendum("Foday Kamara", """
    ~11/07 - Foday is doing well. He pointed out the older boy to his sister from the bus window, and
    she has given his description to the AP. He is not a student here.
""")

addendum("Tyler Ferraro", """
    Addendum (3/11): Ms. Lindqvist has written her own statement. She says she heard S.A. say "let me
    out" twice before she opened the door. The 3rd floor hallway footage has been saved. S.A. is being
    supported by the counselor and the school nurse and has a safety plan for moving between classes.
    The family has met with a victim advocate.
""")

addendum("Imani Wallace", """
    Addendum from the AP (5/22): C.D.'s mother told us her daughter is fine. Imani's friend at the
    veterinary clinic is an adult and not a BPS student. The vial has a partial label that appears to be
    from a veterinary supplier. The phlebotomy instructor has written a statement. Imani's father has
    asked for a meeting with the counselor, which is set for Tuesday. Both students will receive
    substance education and a check-in with the school nurse when they return.
""")

addendum("Youssef El Amrani", """
    AP's addendum, next day: The other 7th grader's parents met with me in the morning. They were
    upset that the taser reached the yard and asked what the school will do about arrival supervision.
    We have added a second adult at the yard gate at arrival. Youssef wrote an apology letter and
    will serve a two-day suspension. His older sister came back to school to sign a statement that the
    device is hers, bought legally, and that she will keep it locked up at home.
""")

addendum("Hana Tesfaye", """
    Follow-up from AP Dunlap (3/25): Hana's father met with the AP and the counselor. The friend who
    took one tablet on Monday has told her parents, and they have been in touch with the school. The app
    Hana used is a messaging app; she showed the AP the conversation with the seller, who she has never
    met. Screenshots of the conversation have been saved for the officer. Hana has agreed to meet with
    the school psychologist about test anxiety, and her teachers have been asked to set up a plan for
    the upcoming exams so that she has support.
""")

addendum("Tremaine Lowell", """
    AP addendum (10/23): I met with Tremaine and his grandmother this morning. Tremaine said he had not
    eaten since the day before and "lost it" when the subs ran out. He apologized to Mr. Quach through
    the counselor. He is suspended for three days pending a hearing. The cafeteria camera shows the
    knife in his hand for about ten seconds, as Ms. Ianelli described. Mr. Quach has asked that the
    police be informed and has written his own statement. The school nutrition office has been told
    about the change to the serving line.
""")

addendum("Deandre Cole", """
    Follow-up from the AP (3/19): M.T. is out of surgery and recovering at Carney Hospital. His father
    has met with the Headmaster. Teachers in the 1st floor hallway have given statements, and the
    footage shows Deandre walking up to M.T. from behind before the first blow. Deandre's mother has
    asked for his belongings from his locker, which will be given to her after the police have seen
    them. The school has offered counseling to the students who saw the stabbing, and a letter went
    home to families that evening.
""")

addendum("Patrick Donnelly-Ruiz", """
    Addendum (10/20): J.S. and his mother met with the AP. J.S. gave the AP a written statement about the
    lunchroom comments from the week before, and two students confirmed them. Patrick is suspended for
    five days and will have a re-entry meeting with his father and the counselor. The chaperones'
    written accounts agree on the time, about 1:25 PM, and on the words Patrick used. The field trip
    bus company has also been asked whether its driver saw anything.
""")

addendum("Gabriel Teixeira Lima", """
    Follow-up (10/16), AP M. Costa: Gabriel's guardian met with me and the counselor this morning. A.S.'s
    mother also came in and said A.S. will be out for several days. Two students have told us that the
    argument began in the cafeteria during 5th period lunch over a post about Gabriel's mother. The
    cafeteria camera shows the two boys talking loudly at a table at 12:40. Gabriel is suspended
    pending a hearing and will meet with the school psychologist before returning.
""")

addendum("Tariq Lindsay", """
    Follow-up from AP Baptiste (3/27): I met with Tariq's mother at 8 AM. She said she did not know the
    uncle had left a gun in their room and that she has told him not to come back. Tariq is on
    emergency removal pending a threat assessment. Mr. Lacroix has met with the Headmaster and will be
    escorted to his car this week. The two classmates on the call have met with the counselor and have
    each written a statement. The screen recording has been added to the report.
""")

addendum("Arben Hoxha", """
    AP follow-up, 2/3: The younger student's parents met with the AP and the counselor. The younger
    student said he paid Arben $20 for the rock and that it was the first time. Arben's mother came in
    with a neighbor to interpret and said she did not know about the drugs. Arben has been referred to
    the adolescent substance use program. The courtyard camera shows the hand-off at 12:19 PM.
""")

addendum("Nicholas Carvalho", """
    AP's addendum (5/28): I met with Nicholas and his mother. He said he was embarrassed and that P.W.
    had been taking his seat all week. P.W. confirmed that the two had been arguing over the bench for
    several days. Both students have met with the counselor. The film crew's five-second clip shows
    the blade pointed toward P.W. Nicholas is suspended for five days; his grandfather has been asked
    to keep the knife at home. Mr. Okwu has written a statement.
""")

addendum("Luis Ángel Ortiz", """
    Follow-up, 3/4: M.R. was released from the hospital and is resting at home. The camera in the 8th
    grade hallway shows Luis taking the sock out of his backpack before M.R. walked by, which the AP
    has saved. Luis's father said Luis had told him about "trouble at the court" but not about the
    lock. Luis is suspended pending a hearing. The students who saw the argument at the basketball
    court have given statements to the counselor. The nurse has kept her notes on M.R.'s injuries.
""")

addendum("Daquan Phillips", """
    AP's follow-up (3/10): I asked the custodian for a written statement, which he gave. He said
    Daquan was holding the knife open and pacing in the corridor. The boiler room corridor door has
    been fitted with a new lock. Daquan's mother has given us a copy of the restraining order so that
    front office staff know who is not allowed to pick up. The school police liaison has been asked
    to drive by at arrival this week. Daquan will check in with the counselor every morning.
""")

addendum("Edson Tavares", """
    Follow-up, 3/3: The AP met with Edson's grandmother with the family liaison. She said she did not
    know there was a gun in the home. Edson is on emergency removal pending a threat assessment. The
    three students who jumped him at the Ruggles bus stop have been told not to have contact with
    him, and their families have been informed that a threat was made against them. The counselor
    will meet with all four students separately. The officers have asked that the school keep the
    screenshots the four students sent, which the AP has done.
""")

addendum("Kareem Alston", """
    Follow-up (5/8): Kareem's grandmother met with the AP. Kareem is suspended pending a hearing. E.N.'s
    parents have asked for the front entrance footage, which has been saved for the police. The two
    teachers on bus duty have written statements, both of which say the brick was thrown from about
    ten feet. E.N. will need dental surgery and has been excused from classes for the week. The school
    will place an extra adult at the bus stop through June.
""")

# second round of later entries
addendum("Yeferson Ajú Tzoc", """
    Note from the attendance officer (1/27): I called the number the caseworker gave and reached the
    uncle, who said Yeferson is working and "will come back when things are settled." I explained the
    school's obligation and the supports available.
""")

addendum("Thanh Lam Nguyen", """
    ~01/16 - Thanh attended every day this week.
""")

addendum("Gabriel Teixeira Lima", """
    Nurse's addendum: A.S. returned on 10/22 with the stitches still in and a note from the clinic.
    He is excused from gym for two weeks.
""")

addendum("Luis Ángel Ortiz", """
    Addendum from the AP (3/6): the combination lock and the sock are bagged and labelled for the
    officer. M.R.'s mother met with the AP on Monday as planned.
""")

addendum("Youssef El Amrani", """
    The nurse's log confirms the other boy had no marks at 8:30 AM.
""")

addendum("Mamadou Diallo", """
    ~2/10 - K.J.'s family repeated their request for a police report about the fight. The AP told them
    the district's Legal office decides what may be shared with police. Mamadou returned to class on
    2/9 and is changing lunch periods, as he asked in January.
""")

addendum("Foday Kamara", """
    ~11/14 - The nurse followed up with Foday; he has had no more dizziness. His sister asked for the
    name of a doctor at the health center, which I gave her. I will keep meeting with Foday each week.
""")

addendum("Tyler Ferraro", """
    Second addendum (3/12): Tyler's father met with the Headmaster and has asked for a copy of the
    footage. The Headmaster told him the footage will be held for the police.
""")

addendum("Sopheak Chhim", """
    ~AP, 1/22: Sopheak returned from suspension with his cousin. His heart rate on return was normal.
    He has agreed to a weekly check-in with the nurse and the counselor, and the cousin has signed
    the substance use program consent.
""")

addendum("Arben Hoxha", """
    Attendance officer, 2/9: Arben's attendance since the incident has been full. The aunt says he is
    home every night by 8. I will keep checking in each month.
""")

addendum("Brandon Ocasio", """
    ~From: Officer J. Rinaldi
    ~Sent: Friday 2:02 PM

    Thanks. The brother has been told to keep the car away from the school.
""")

addendum("Tremaine Lowell", """
    Mr. Quach returned to work on Thursday.
""")

addendum("Andre Whitaker", """
    Bus monitor's addendum: the bus line was held inside until 2:55 PM.
""")

addendum("Edson Tavares", """
    Counselor's note, 3/4: Edson called me from home and said he is sorry and scared. I have set up a
    meeting with him and his grandmother for the re-entry plan once the threat assessment is done.
""")

addendum("Nicholas Carvalho", """
    Second addendum (5/29): the knife was handed to the District C-11 officer at 9 AM and a receipt was
    given to the main office.
""")

addendum("Devonte Harris", """
    The AP also notes that two teachers who were at the Huntington Avenue doors at dismissal have
    given statements about three boys running out, which do not describe their faces.
""")

addendum("Tariq Lindsay", """
    Addendum (3/30): Tariq's mother signed the consent for the threat assessment.
""")

addendum("Deandre Cole", """
    Second addendum: the knife was given to the officers on the day of the stabbing.
""")

addendum("Daquan Phillips", """
    Second addendum (3/11): the red multi-tool was handed to the officer who came at noon.
""")

addendum("Kareem Alston", """
    Second follow-up (5/11): Kareem's hearing is set for Thursday. E.N. came back to school on Monday
    with his father and will be dismissed from the side door for the next two weeks. The planter at
    the bus stop has been cleared of loose bricks by the custodial staff.
""")

addendum("Mustafa Rahimi", """
    Social worker, 1/9: I called Mustafa's mother to confirm the threat assessment time. She has asked
    that the family liaison be present. The bread knife was handed to the District B-2 officer on the
    evening of the incident, and the Dean has the receipt. Mustafa's advisor, Ms. Frey, has written
    her own statement, which matches the Dean's account.
""")

addendum("Patrick Donnelly-Ruiz", """
    Second addendum (10/21): the knife was collected by the District C-6 officer this morning.
""")

addendum("Imani Wallace", """
    Nurse's addendum: C.D.'s symptoms did not return.
""")

addendum("Reginald Toussaint", """
    Second follow-up (2/23): F.J. returned to school this morning with his mother. He will have a
    schedule change so that he is not in classes with the boys from the lot. SSS will be posted at the
    side lot at dismissal. The counselors are meeting with the students who recorded the assault.
""")

addendum("Dwayne Fairley", """
    ~04/03 - Dwayne came in with the McKinney-Vento liaison.
""")

# third round: short closing entries
addendum("Foday Kamara", """
    ~11/21 - Sister reports Foday is sleeping well and likes his new math teacher.
""")

addendum("Arben Hoxha", """
    ~03/02 - Attendance remains full. Arben asked about summer jobs; referred to the career office.
""")

addendum("Brandon Ocasio", """
    ~From: AP Yolanda Pratt
    ~Sent: Friday 2:10 PM

    Thank you, Officer.
""")

addendum("Nicholas Carvalho", """
    Mr. Okwu's class returned to the garden the following week with an SSS nearby.
""")

addendum("Tariq Lindsay", """
    The zero on the lab report has been reviewed by the science department head.
""")

addendum("Daquan Phillips", """
    The National Grid crew finished the gas line work the same afternoon.
""")


# --------------------------------------------------------------------------------------------
# Assemble, check, write
# --------------------------------------------------------------------------------------------

def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def build():
    cases = [json.loads(json.dumps(c)) for c in CASES]
    order = list(range(len(cases)))
    random.Random(SEED + 1).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        c = cases[i]
        # the "long_narrative" tag follows the final description length (1,500 characters or more)
        tags = [t for t in c["expect"]["tags"] if t != "long_narrative"]
        if len(c["request"]["incident"]["description"]) >= 1500:
            tags.insert(1, "long_narrative")
        c["expect"]["tags"] = tags
        cid = "OS-%04d" % n
        c["id"] = cid
        c["request"]["request_id"] = cid
        req = {"request_id": cid}
        req.update({k: v for k, v in c["request"].items() if k != "request_id"})
        c["request"] = req
        out.append({"id": cid, "request": req, "expect": c["expect"]})
    # self-checks (labels must be consistent with the request text)
    assert len(out) == 150, len(out)
    for c in out:
        e, whole = c["expect"], _fold(json.dumps(c["request"], ensure_ascii=False))
        desc = _fold(c["request"]["incident"]["description"])
        keep = [_fold(x) for x in e["must_contain"] + e["must_contain_text"]]
        for s in e["must_not_contain"]:
            assert _fold(s) in whole, (c["id"], s)
            assert not any(_fold(s) in k for k in keep), (c["id"], s)
        for s in e["must_contain"]:
            assert _fold(s) in whole, (c["id"], s)
        for s in e["must_contain_text"]:
            assert _fold(s) in desc, (c["id"], s)
        if e["decision"] == "deny":
            assert e["reason"] and not e["must_contain"] and not e["must_contain_text"], c["id"]
        else:
            assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]
    return out


def main():
    out = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(out), OUT))


if __name__ == "__main__":
    main()
