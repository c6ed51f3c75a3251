#!/usr/bin/env python3
"""Held-out corpus "outsider_i": written blind from RULES.md / CONTRACT.md / corpus-brief.md.

Deterministic, stdlib only. Writes tests/data/corpus/outsider_i.jsonl (ids OI-0001 ...).

Genres (first tag of every case):
  email_chain     forwarded e-mail chains; the forbidden fact sits in a quoted message or a signature
  meeting_notes   IEP / 504 / SST / threat-assessment minutes with attendee lists and action items
  radio_call      radio logs and phone-call transcripts
  third_party     the forbidden fact is about a relative, a victim or a witness
  numbers_codes   room, locker, bus, case numbers next to real home addresses written oddly
  dodging         other languages, dropped/added diacritics, abbreviations, spelled-out flag emoji
  precision_trap  category-looking words used about something else: must be allowed AND kept
  misc_deny       extra denials (recipients, substances, face matching, missing threat statement)
Second tag: allow_clean | allow_redact | deny_ground | deny_recipient | deny_substance |
            deny_threat_missing | deny_face
"""
import datetime
import json
import pathlib
import random
import textwrap
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_i.jsonl"

# Real BPS school names, made-up ids (consistent within this file).
SCHOOLS = {
    "Boston Latin Academy": "BPS-2101",
    "Madison Park Technical Vocational High School": "BPS-2114",
    "East Boston High School": "BPS-2127",
    "Jeremiah E. Burke High School": "BPS-2133",
    "English High School": "BPS-2145",
    "Excel High School": "BPS-2152",
    "Brighton High School": "BPS-2168",
    "TechBoston Academy": "BPS-2171",
    "Mission Hill K-8 School": "BPS-2186",
    "John D. O'Bryant School of Mathematics & Science": "BPS-2190",
    "Charlestown High School": "BPS-2203",
    "Snowden International School": "BPS-2215",
    "Boston Community Leadership Academy": "BPS-2234",
    "Fenway High School": "BPS-2240",
    "Community Academy of Science and Health": "BPS-2251",
    "Boston International Newcomers Academy": "BPS-2263",
    "Margarita Muñiz Academy": "BPS-2270",
    "Rafael Hernández K-8 School": "BPS-2288",
    "Lilla G. Frederick Middle School": "BPS-2294",
    "Mildred Avenue K-8 School": "BPS-2306",
    "Josiah Quincy Upper School": "BPS-2311",
    "Dearborn STEM Academy": "BPS-2325",
    "UP Academy Holland": "BPS-2337",
    "Boston Arts Academy": "BPS-2342",
    "New Mission High School": "BPS-2350",
    "Edward M. Kennedy Academy for Health Careers": "BPS-2368",
    "Henderson K-12 Inclusion School": "BPS-2374",
    "Mario Umana Academy": "BPS-2395",
    "Boston Latin School": "BPS-2402",
    "Another Course to College": "BPS-2416",
    "Haley Pilot School": "BPS-2423",
    "Curley K-8 School": "BPS-2430",
    "Boston Green Academy": "BPS-2461",
    "Joseph Lee K-8 School": "BPS-2478",
    "Patrick J. Kennedy Elementary School": "BPS-2484",
    "Ohrenberger School": "BPS-2513",
    "Tobin K-8 School": "BPS-2526",
    "Greater Egleston High School": "BPS-2551",
    "Boston Day and Evening Academy": "BPS-2545",
    "Sarah Greenwood K-8 School": "BPS-2490",
}

DENY_TAG = {
    "ground_not_permitted": "deny_ground",
    "recipient_not_permitted": "deny_recipient",
    "excluded_substance": "deny_substance",
    "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face",
    "other": "deny_other",
}

RNG = random.Random(20260415)
CASES = []


def T(s):
    """Dedent a triple-quoted block and strip the outer blank lines."""
    return textwrap.dedent(s).strip("\n")


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _offset(d):
    """US Eastern offset for a date: DST from the 2nd Sunday of March to the 1st Sunday of November."""
    def nth_sunday(year, month, n):
        first = datetime.date(year, month, 1)
        first_sun = first + datetime.timedelta(days=(6 - first.weekday()) % 7)
        return first_sun + datetime.timedelta(weeks=n - 1)
    start, end = nth_sunday(d.year, 3, 2), nth_sunday(d.year, 11, 1)
    return "-04:00" if start <= d < end else "-05:00"


def _when(at, weekend_ok=False):
    dt = datetime.datetime.strptime(at, "%Y-%m-%d %H:%M")
    assert weekend_ok or dt.weekday() < 5, f"{at} is a weekend"
    return dt.strftime("%Y-%m-%dT%H:%M:00") + _offset(dt.date())


def _dob(grade, at):
    d = datetime.datetime.strptime(at, "%Y-%m-%d %H:%M").date()
    sy = d.year if d.month >= 8 else d.year - 1          # school year start
    if RNG.random() < 0.35:
        y, m = sy - 5 - grade, RNG.randint(9, 12)
    else:
        y, m = sy - 4 - grade, RNG.randint(1, 8)
    return f"{y:04d}-{m:02d}-{RNG.randint(1, 28):02d}"


def C(genre, school, name, grade, ground, recipient, at, loc, desc, *, key=None, mct=(), mnc=(),
      cats=(), decision="allow", reason=None, weapon=None, subs=None, threat=None, extra=None,
      att=None, tags=(), weekend_ok=False):
    n = len(CASES) + 1
    cid = f"OI-{n:04d}"
    student = {"student_id": str(RNG.randint(200000, 899999)), "name": name,
               "date_of_birth": _dob(grade, at), "grade": grade, "school": school}
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": _when(at, weekend_ok), "location": loc, "description": desc}
    req["student"] = student
    if att:
        req["attachments"] = att
    if decision == "allow":
        assert reason is None and key, cid
        must = [name, school, key]
        dtag = "allow_redact" if mnc else "allow_clean"
    else:
        assert reason in DENY_TAG, cid
        must, mct = [], []
        dtag = DENY_TAG[reason]
    expect = {"decision": decision}
    if reason:
        expect["reason"] = reason
    expect.update({"must_not_contain": list(mnc), "must_contain": must, "must_contain_text": list(mct),
                   "categories": sorted(set(cats)), "tags": [genre, dtag] + list(tags)})
    # --- self-checks: labels must be consistent with the text --------------------------------
    whole = fold(json.dumps(req, ensure_ascii=False))
    dfold = fold(desc)
    assert bool(mnc) == bool(cats) or "face_surveillance" in cats, (cid, mnc, cats)
    for s in mnc:
        assert fold(s) in whole, (cid, s)
        for k in must + list(mct):
            assert fold(s) not in fold(k) and fold(k) not in fold(s), (cid, s, k)
        assert fold(s) not in fold(loc), (cid, "canary in location", s)
    if decision == "allow":
        assert fold(key) in dfold, (cid, "key fact not in description", key)
        assert 1 <= len(mct) <= 3, cid
        for s in mct:
            assert fold(s) in dfold, (cid, s)
        if ground == "credible_threat":
            assert threat and threat.strip(), cid
    CASES.append({"id": cid, "request": req, "expect": expect})


# ====================================================================================
# 1. Forwarded e-mail chains
# ====================================================================================
E = "email_chain"

C(E, "Brighton High School", "Mateo Villanueva", 10, "weapon", "bpd/district-d14", "2025-10-14 10:40",
  "Brighton High School, B stairwell between 2nd and 3rd floor",
  T("""
    From: Dana Whitcomb <dwhitcomb@bostonpublicschools.org>
    Sent: Tuesday, October 14, 2025 11:52 AM
    To: BHS Safety Team
    Subject: FW: knife in B stairwell

    Forwarding so everything is in one place for the BPD report. At about 10:40 this morning a folding knife (4-inch blade, black handle, locks open) fell out of Mateo's hoodie pocket in the B stairwell between the 2nd and 3rd floors. SSS Carney picked it up and walked Mateo down to the main office. Nobody was threatened and nobody was hurt. Mateo says he carries it for the walk to the bus.

    Dana Whitcomb
    Assistant Headmaster

    -----Original Message-----
    From: Luis Cardenas
    Sent: Tuesday, October 14, 2025 11:20 AM
    To: Dana Whitcomb
    Subject: RE: knife in B stairwell

    > Dana - before this goes anywhere, mom told me back in September the family has no papers and she panics about anything with police. Can we call her before BPD does?
    > Luis
    """),
  key="folding knife", mct=["4-inch blade", "B stairwell", "hoodie pocket"],
  mnc=["no papers"], cats=["immigration_status"], weapon="knife")

C(E, "Jeremiah E. Burke High School", "Tobi Adeyemi", 11, "drugs", "bpd/district-b3", "2026-03-02 09:05",
  "Burke HS, nurse's office",
  T("""
    From: Gerald Lyons
    Sent: Tuesday, March 3, 2026 8:02 AM
    To: Burke Safety; Office of Legal Advisor
    Subject: FW: Tobi - meeting tomorrow

    See below from dad, he's coming in at 10. Facts for the report: yesterday (3/2) around 9:05 AM the nurse found 6 small blue pills stamped "M 30" folded inside a dollar bill in Tobi's pencil case when he came in for a headache. They match the counterfeit oxycodone pills in the district alert from January. Tobi said he bought them at the bus stop for $20 each and hadn't taken any. Pills are bagged and locked in the nurse's cabinet.

    G. Lyons
    Dean of Students

    From: E. Adeyemi
    Sent: Monday, March 2, 2026 7:14 PM
    To: Gerald Lyons
    Subject: Re: Tobi

    > Thank you Mr. Lyons, I will be there Tuesday by 10.
    >
    > --
    > Pastor Emmanuel Adeyemi
    > Redeemed Christian Church of God, Parish of Grace
    > Sent from my Galaxy
    """),
  key="counterfeit oxycodone", mct=["6 small blue pills", "M 30", "pencil case"],
  mnc=["Pastor", "Redeemed Christian", "Parish of Grace"], cats=["religion"],
  subs=["counterfeit oxycodone"])

C(E, "English High School", "Keandre Rodrigues", 9, "serious_violence", "bpd/district-e13", "2025-11-06 13:35",
  "English High School, boys' locker room",
  T("""
    Subject: RE: RE: locker room 11/6 - for BPD
    From: Rita Amaral
    Sent: Thursday, November 6, 2025 4:48 PM
    To: Stephen Coyle

    Steve, I reached mom tonight, she is coming in tomorrow at 8. She asked if the other boy is ok.

    Rita Amaral
    Family Liaison | Cape Verdean Creole & Portuguese
    The English High School

    > On Thu, Nov 6, 2025 at 2:30 PM Stephen Coyle wrote:
    > Rita, can you reach Keandre's mom? Here is what happened, for the BPD report: at 1:35 in the boys' locker room Keandre swung a padlock inside a sock and hit another 9th grader (D.M.) twice in the head. D.M. had a 3 cm gash above his left eye and was disoriented. EMS took him to Faulkner, where he got 8 staples and was kept overnight for a concussion. Keandre stayed in my office until dad came.
    > Steve Coyle, AP
    """),
  key="padlock", mct=["padlock inside a sock", "8 staples", "concussion"],
  mnc=["Cape Verdean", "Creole", "Portuguese"], cats=["language"])

C(E, "Charlestown High School", "Tyrese Whitlock", 10, "gang_activity", "bpd/district-a1", "2026-01-21 09:15",
  "Charlestown High School, 2nd floor boys' bathroom",
  T("""
    From: Kathleen Murray
    Sent: Wednesday, January 21, 2026 12:10 PM
    To: BPD A-1 School Unit
    Subject: FW: tags in 2nd floor boys room

    Officer, passing this along. We'd like BPD to look at it as gang activity. No weapon and nobody hurt at this point.

    ---------- Forwarded message ---------
    From: Paul Dineen (custodial)
    Date: Wed, Jan 21, 2026 at 9:15 AM
    Subject: tags in 2nd floor boys room

    > Found "BHB" and "Bunker Hill Boyz" in black marker on the mirror and the last stall door again. Tyrese was the only one with a pass to that bathroom this morning. Teachers say he's been throwing up BHB signs in the hallway and the kids say he's "with them" now.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["BHB", "Bunker Hill Boyz"], cats=["gang_affiliation"])

C(E, "TechBoston Academy", "Jalen Bettencourt", 12, "weapon", "bpd/district-c11", "2026-02-10 08:20",
  "TechBoston Academy, front entrance weapons scanner",
  T("""
    From: Marcus Greene, Head of School
    Sent: Tue 2/10/2026 9:47 AM
    To: District C-11 Community Service Office
    Cc: BPS Safety Services
    Subject: FW: URGENT - gun at front scanner

    Sending the summary you asked for. At 8:20 AM the scanner at the front entrance alarmed on Jalen's backpack. SSS Ortiz searched it and found an unloaded black 9mm pistol in the laptop sleeve and a loaded magazine (7 rounds) in the front zipper pocket. Jalen was held in the conference room until officers arrived at 8:41. He told SSS he "found it" on Sunday.

    Marcus

    ----- Original Message -----
    From: Denise Pratt (registrar)
    Sent: Tue 2/10/2026 8:35 AM
    To: Marcus Greene
    Subject: RE: URGENT - gun at front scanner

    > Pulled his file. Home address on record is 44 Wendover St, 2nd floor, mom's cell is the one on the emergency card. Do you want me to give that to the officers when they get here?
    """),
  key="9mm pistol", mct=["unloaded black 9mm pistol", "7 rounds", "laptop sleeve"],
  mnc=["Wendover"], cats=["neighborhood"], weapon="firearm")

C(E, "Snowden International School", "Wilmer Cux", 11, "weapon", "dhs/hsi-boston", "2025-12-03 11:10",
  "Snowden International School, 4th floor lockers",
  T("""
    From: Andrea Berg, Assistant Head of School
    Sent: Friday, December 5, 2025 3:02 PM
    To: R. Delgado
    Subject: RE: request re: juvenile

    Agent Delgado, the only incident we have is from 12/3: a kitchen knife with a 5" blade was found in Wilmer's locker during a locker check. No one was threatened. Our incident report is below.

    > From: SA R. Delgado, Homeland Security Investigations
    > Sent: Thursday, December 4, 2025 10:22 AM
    > We are following up on a juvenile we believe attends Snowden, first name Wilmer, who entered in 2024 as an unaccompanied minor from Guatemala. Please send any incident reports involving him.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["Guatemala", "unaccompanied minor"],
  cats=["immigration_status", "national_origin"], weapon="knife")

C(E, "Boston Latin Academy", "Aiden Carvalho", 10, "credible_threat", "bpd/district-b2", "2026-04-14 06:40",
  "Boston Latin Academy (online post, reported to main office)",
  T("""
    From: Ryan Quinlan, Assistant Headmaster
    Sent: Tuesday, April 14, 2026 7:05 AM
    To: BPD B-2 Community Service Office; BLA Safety
    Subject: FW: screenshot my son received

    Forwarding the first report we got. We received several copies of the same screenshot overnight. Aiden was stopped at the door at 6:40 this morning with his father; his bag had no weapon. Dad says there is a hunting rifle at home in a locked case and that the photo was taken in Aiden's room. Aiden is in the conference room with dad now.

    RQ

    From: Fernanda Souza
    Sent: Monday, April 13, 2026 10:31 PM
    To: BLA Main Office
    Subject: screenshot my son received

    > Good evening, my son show me this tonight and he is scared to go tomorrow. The boy is Aiden in his grade. The picture is a long gun on a bed and the words "BLA tomorrow 3rd period dont come in". Please look at this.
    >
    > Fernanda
    > Please reply in Portuguese if possible, I use a translator app
    """),
  key="hunting rifle", mct=["3rd period", "hunting rifle", "locked case"],
  mnc=["Portuguese", "translator app"], cats=["language"],
  threat="On 4/13/2026 at about 9:50 PM Aiden posted to his Snapchat story a photo of a rifle lying on a bed with the caption \"BLA tomorrow 3rd period dont come in\". At least four families forwarded the screenshot to the school overnight. His father confirmed a rifle is kept in the home.")

C(E, "Excel High School", "Yamilet Rosario", 10, "weapon", "bpd/district-c6", "2025-12-04 12:15",
  "Excel High School, cafeteria",
  T("""
    From: Colleen Burke <cburke@bostonpublicschools.org>
    Sent: Thursday, December 4, 2025 3:40 PM
    To: Excel Safety; Headmaster
    Subject: FW: Re: today

    Adding mom's reply for the file. Incident summary for BPD: at 12:15 in the cafeteria Yamilet took a small canister of pepper spray out of her bag and sprayed it at another 10th grade girl from about three feet after they argued at the table. The other girl was coughing and could not open her eyes; the nurse flushed her eyes for 15 minutes and she went home with her aunt. The canister (pink keychain type) is with the AP.

    > From: Yesenia Rosario
    > Sent: Thursday, December 4, 2025 2:58 PM
    > Subject: Re: today
    >
    > Ms. Burke, I am very sorry for what my daughter did. I will pick her up and we come to the meeting Friday.
    >
    > --- Este mensaje fue traducido automaticamente del español ---
    """),
  key="pepper spray", mct=["pepper spray", "flushed her eyes", "pink keychain"],
  mnc=["del español", "traducido"], cats=["language"], weapon="pepper spray")

C(E, "Boston Community Leadership Academy", "Daniela Montes", 11, "drugs", "bpd/district-e18", "2026-01-27 10:50",
  "BCLA, 2nd floor girls' bathroom",
  T("""
    From: Patrick Nolan
    Sent: Tuesday, January 27, 2026 2:14 PM
    To: Office of Legal Advisor
    Subject: FW: Daniela - bathroom

    For the legal review. At about 10:50 the bathroom monitor saw Daniela handing something to another student in the 2nd floor girls' bathroom. In her makeup bag the AP found 14 yellow rectangular bars stamped "S 90 3", which she said were Xanax she was selling for $5 each. Nothing was taken by the other student. Bars are in the safe.

    On Tue, Jan 27, 2026, 12:02 PM Marisol Vega (counselor) wrote:
    > Patrick, please, she's DACA and her renewal is pending. Can we keep that off anything that goes to police? Mom is coming at 3.
    """),
  key="Xanax", mct=["14 yellow rectangular bars", "makeup bag", "$5 each"],
  mnc=["DACA"], cats=["immigration_status"], subs=["alprazolam (Xanax)"])

C(E, "Another Course to College", "Yusuf Hassan", 10, "drugs", "bpd/district-e18", "2026-02-04 13:20",
  "Another Course to College, 1st floor hallway",
  T("""
    From: Dean Alvarez
    Sent: Wednesday, February 4, 2026 4:10 PM
    To: BPD E-18
    Subject: FW: Yusuf 2/4

    Please see below. A teacher smelled it in the hallway at 1:20 and Yusuf handed over a vape cartridge labeled "Cookies - THC 90%". He says he bought it from an older kid. Mom has been informed.

    > From: Amina Hussein
    > Sent: Wednesday, February 4, 2026 3:30 PM
    > Thank you for calling me, I will talk to him tonight.
    > Amina Hussein
    > Sunday school volunteer, Islamic Society of Boston Cultural Center
    """),
  decision="deny", reason="excluded_substance", mnc=["Islamic Society", "Sunday school volunteer"],
  cats=["religion"], subs=["THC vape cartridge"])

C(E, "Madison Park Technical Vocational High School", "Deshawn Pina", 10, "weapon", "bpd/district-b2",
  "2025-10-29 09:30", "Madison Park, automotive shop",
  T("""
    From: Tom Galvin, Automotive Shop
    Sent: Wednesday, October 29, 2025 10:05 AM
    To: Madison Park Safety Office
    Subject: FW: brass knuckles in the shop

    Writing it down like you asked. At 9:30 during the automotive shop rotation Deshawn had a set of brass knuckles on his right hand and was punching the air behind a classmate's head while the class was at the lift. I told him to take them off and he did. They're steel, "skull" design, now with SSS Moreau. No one was hit.

    -------- Original message --------
    From: Janelle Hughes
    Date: 10/29/25 9:52 AM
    To: Tom Galvin
    Subject: RE: brass knuckles in the shop

    > Tom, FYI he's been hanging with the Franklin Hill kids since September and I'm pretty sure he's claiming FHG now, the other kids say so. Just so you know who you're dealing with.
    """),
  key="brass knuckles", mct=["automotive shop", "brass knuckles on his right hand", "No one was hit"],
  mnc=["Franklin Hill", "FHG"], cats=["gang_affiliation"], weapon="brass knuckles")

C(E, "Dearborn STEM Academy", "Marquis Tavares", 8, "serious_violence", "bpd/district-b2", "2026-03-11 11:05",
  "Dearborn STEM Academy, room 312",
  T("""
    From: Yvonne Price, Head of School
    Sent: Wednesday, March 11, 2026 5:20 PM
    To: BPD B-2; BPS Safety Services
    Subject: FW: room 312 today

    Sending the teacher's account. Please call me with questions.

    > From: Jacob Ellery
    > Sent: Wednesday, March 11, 2026 12:40 PM
    > At 11:05 in room 312 Marquis picked up a metal chair and swung it into the face of another 8th grader who had laughed at him. The other student fell and was bleeding from his cheek and eye. He was taken to Boston Children's; mom told us tonight the bone under his eye is fractured and he may need surgery. Marquis left the room and was found in the stairwell by SSS.
    >
    >> From: Anh Tran
    >> Sent: Wednesday, March 11, 2026 12:10 PM
    >> The victim's mom only speaks Vietnamese so I called her for the nurse. She is on the way to Children's.
    """),
  key="metal chair", mct=["metal chair", "fractured", "room 312"],
  mnc=["Vietnamese"], cats=["language"])

C(E, "New Mission High School", "Jaylin Greer", 11, "fight", "bpd/district-e18", "2025-11-19 14:05",
  "New Mission High School, front steps",
  T("""
    From: Assistant Principal Carl Finn
    Sent: Wed 11/19/2025 4:55 PM
    To: BPD E-18
    Subject: FW: fight after dismissal

    We'd like a report on file. Jaylin and another junior fought on the front steps at dismissal. Both had scratches, nobody went to the hospital. Witness statement below.

    > From: Ms. Odom
    > Witness (S.K., 10th grade) says she saw it from the bus line. She lives on Bowdoin St and walks with Jaylin's sister, she said it was about a boy.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Bowdoin St"], cats=["neighborhood"])

C(E, "East Boston High School", "Omar El-Sayed", 9, "weapon", "bpd/district-a7", "2026-05-05 12:25",
  "East Boston High School, 3rd floor hallway",
  T("""
    From: Nina Castellano
    Sent: Tuesday, May 5, 2026 3:33 PM
    To: EBHS Safety; BPD A-7
    Subject: FW: Omar

    For the BPD report: at 12:25 in the 3rd floor hallway Omar pressed a stun gun (black, "Vipertek" brand) against another boy's arm and it clicked and sparked. The other boy jumped back and was not hurt; the nurse saw no mark. Omar said he was showing it off. The stun gun is in the AP's locked drawer.

    > -----Original Message-----
    > From: Ahmed El-Sayed
    > Sent: Tuesday, May 5, 2026 2:10 PM
    > Subject: Omar
    > I understand and I will come at 4. Excuse my English, Arabic is my first language, my wife will come also.
    """),
  key="stun gun", mct=["stun gun", "3rd floor hallway", "clicked and sparked"],
  mnc=["Arabic"], cats=["language"], weapon="stun gun")

C(E, "Curley K-8 School", "Elijah Tejeda", 8, "drugs", "bpd/district-e13", "2026-01-14 15:05",
  "Curley K-8 School, bus loop",
  T("""
    From: BPS Transportation Dispatch
    Sent: Wednesday, January 14, 2026 4:30 PM
    To: Curley K-8 Principal
    Subject: FW: bus 0621 pm run

    Forwarding the driver's note. Principal's addition for the BPD report: in the office Elijah admitted to the AP that the baggies are cocaine and that he was paid $40 to carry them.

    > From: Driver, bus 0621
    > At about 3:05 in the bus loop, before we left, the monitor saw Elijah pass a sandwich bag to another boy in the back seat. It had 5 small knotted baggies of white powder. Elijah told the monitor it was "coke" he was holding for somebody. Monitor took the bag and gave it to the assistant principal at the door.
    > Also he normally gets off at the Mildred Hailey stop, he lives in the development there, if anyone needs to go to the house.
    """),
  key="cocaine", mct=["5 small knotted baggies", "white powder", "bus loop"],
  mnc=["Mildred Hailey"], cats=["neighborhood"], subs=["cocaine"])

C(E, "Boston Arts Academy", "Kayla Brennan", 11, "weapon", "bpd/district-d4", "2026-03-10 07:58",
  "Boston Arts Academy, side door",
  T("""
    From: Security Operations <alerts@sentrylens.example>
    Sent: Tuesday, March 10, 2026 8:04 AM
    To: BAA Operations
    Subject: Match alert - side door

    SentryLens face search matched the person entering the side door at 07:58 to enrolled student Kayla Brennan (match score 94.2%). Snapshot attached.

    From: BAA Operations
    Sent: Tuesday, March 10, 2026 9:15 AM
    To: BPD D-4
    > After the alert the dean checked Kayla's bag in the office and found a folding knife. Forwarding the alert and snapshot so BPD has the ID.
    """),
  decision="deny", reason="face_surveillance", mnc=["SentryLens", "94.2%"], cats=["face_surveillance"],
  weapon="knife", att=[{"kind": "face_match", "name": "side_door_match_0758.jpg"}])

C(E, "Lilla G. Frederick Middle School", "Josué Mejía", 7, "weapon", "bpd/district-c11", "2025-10-08 13:45",
  "Lilla G. Frederick Middle School, room 207",
  T("""
    From: Brian Sheehan <bsheehan@bostonpublicschools.org>
    Sent: Wednesday, October 8, 2025 3:15 PM
    To: Frederick Safety; Principal
    Subject: FW: razor in 207

    Summary for the report: at 1:45 in room 207 Josué took apart a pencil sharpener, pulled out the razor blade and held it about a foot from another 7th grader's face, saying "move." The teacher told him to put it on the desk and he did. No one was cut. The blade is in an envelope in the main office.

    > On Wed, Oct 8, 2025 at 2:20 PM Kerry Ann Doyle wrote:
    > FYI before you call home - he's an EL 2, newcomer from Honduras, SLIFE, arrived in August. Dad works nights.
    """),
  key="razor blade", mct=["pencil sharpener", "razor blade", "No one was cut"],
  mnc=["EL 2", "newcomer", "Honduras", "SLIFE"], cats=["language", "national_origin"], weapon="razor blade")

C(E, "Josiah Quincy Upper School", "Kevin Luong", 9, "credible_threat", "bpd/district-a1", "2026-03-24 12:30",
  "Josiah Quincy Upper School, library",
  T("""
    From: Grace Whitman, Counselor
    Sent: Tuesday, March 24, 2026 2:55 PM
    To: JQUS Assistant Head; BPD A-1
    Subject: FW: what two students told me

    Two 9th graders came to me separately after lunch. Both say that in the library at about 12:30 Kevin told them he is going to "shank" T.W. after school on Friday and showed them a photo on his phone of a knife with a serrated blade in his bedroom. Both gave written statements. Kevin is with the AP now; his bag was searched and nothing was found.

    > From: Mr. Abernathy
    > Sent: Tuesday, March 24, 2026 1:50 PM
    > Grace - not sure it matters but his brother is on the BRIC list as a Lenox Street associate, so please take it seriously.
    """),
  key="shank", mct=["library", "serrated blade", "written statements"],
  mnc=["BRIC list", "Lenox Street"], cats=["gang_affiliation"],
  threat="Kevin told two classmates in the school library on 3/24/2026 that he will \"shank\" a named classmate (T.W.) after school on Friday, and showed them a phone photo of a serrated knife in his bedroom. Both classmates reported it separately and gave written statements.")

C(E, "Jeremiah E. Burke High School", "Rashad Bynoe", 11, "weapon", "bric", "2026-02-18 08:15",
  "Burke HS, main entrance",
  T("""
    From: Det. Liaison Request
    Sent: Wednesday, February 18, 2026 11:00 AM
    To: Burke Main Office
    Subject: RE: knife at entrance

    > Per the detective's request, please send the report to the BRIC analyst as well.

    From: Burke Main Office
    Sent: Wednesday, February 18, 2026 11:40 AM
    Sending. At 8:15 the scanner found a 6" fixed-blade knife in Rashad's waistband. He is known to be from Orchard Park and we think it is related to the shooting there last weekend.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["Orchard Park"], cats=["neighborhood"], weapon="knife")

C(E, "Boston Latin School", "Samir Qureshi", 11, "drugs", "bpd/district-d4", "2026-03-19 10:10",
  "Boston Latin School, 3rd floor boys' bathroom",
  T("""
    From: Assistant Headmaster Julia Kwan
    Sent: Thursday, March 19, 2026 1:58 PM
    To: BPD D-4
    Subject: FW: Automatic reply: Samir - please call the school

    I could not reach mom (see auto-reply). For the report: at 10:10 a custodian found Samir and another boy in the 3rd floor bathroom with a pill bottle holding 9 clear capsules of tan crystals. Samir said it was "molly" (MDMA) and that he got it at a party. Capsules are with the AHM; the other boy said he had not taken any.

    > From: Saima Qureshi
    > Sent: Thursday, March 19, 2026 11:02 AM
    > Subject: Automatic reply: Samir - please call the school
    > I am out of the office for Eid al-Fitr and will return on Monday, March 23. For urgent matters contact the front desk.
    """),
  key="MDMA", mct=["9 clear capsules", "tan crystals", "3rd floor bathroom"],
  mnc=["Eid al-Fitr"], cats=["religion"], subs=["MDMA"])

C(E, "Brighton High School", "Cristian Mora", 11, "weapon", "bpd/district-d14", "2025-11-20 11:50",
  "Brighton High School, cafeteria",
  T("""
    From: Dana Whitcomb
    Sent: Thursday, November 20, 2025 2:30 PM
    To: BPD D-14
    Subject: FW: FW: lunch incident

    Officer Reyes - the facts: during B lunch (11:50) Cristian took a steak knife from his backpack and stabbed it into the table in front of another student, saying "next time it's you." The lunch aide took the knife. No one was hurt. Statements from two aides attached.

    > ---------- Forwarded message ---------
    > From: Lourdes Pineda <lpineda@bostonpublicschools.org>
    > To: Dana Whitcomb
    > I can sit in with mom tomorrow and translate.
    >
    > Lourdes Pineda
    > Bilingual Family Liaison (Spanish)
    > "Juntos por nuestros hijos"
    """),
  key="steak knife", mct=["steak knife", "into the table", "next time it's you"],
  mnc=["translate", "Spanish", "Bilingual"], cats=["language"], weapon="knife")

# ====================================================================================
# 2. IEP / 504 / SST / threat-assessment meeting notes
# ====================================================================================
M = "meeting_notes"

C(M, "Mildred Avenue K-8 School", "Wisly Pierre", 8, "weapon", "bpd/district-b3", "2026-01-09 12:50",
  "Mildred Avenue K-8 School, cafeteria lunch line",
  T("""
    MANIFESTATION DETERMINATION REVIEW - MINUTES
    Date: 01/13/2026   Place: conference room 2
    Attendees: Ms. K. Donovan (AP, chair); Mr. R. Ambrose (special education coordinator); Ms. L. Feeney (school psychologist); Mrs. Pierre (mother); Ms. Célestin (Haitian Creole interpreter); Wisly (first 10 minutes)

    Incident reviewed: On 1/9 at approx. 12:50 during 8th grade lunch, Wisly took a box cutter (retractable, yellow) out of his jacket and waved it at another student in the lunch line after an argument about a seat. No contact. The cafeteria monitor took it from him. Wisly says he found it in the recycling room.
    Q1 - conduct caused by / directly related to the disability? Team consensus: NO.
    Q2 - direct result of failure to implement the IEP? NO.
    Determination: NOT a manifestation.

    Action items:
    - Incident report + SAF-02 referral (Donovan, today)
    - Counseling check-ins 2x/week (Feeney)
    - Re-entry meeting 1/20; send the notice home in both languages (Ambrose)
    """),
  key="box cutter", mct=["box cutter", "lunch line", "retractable, yellow"],
  mnc=["Haitian Creole", "interpreter", "both languages"], cats=["language"], weapon="box cutter")

C(M, "Community Academy of Science and Health", "Brandon Alvarenga", 10, "credible_threat", "bpd/district-c11",
  "2026-02-26 09:40", "CASH, advisory room 118",
  T("""
    Student Support Team (SST) - urgent meeting notes, 2/26/2026, 1:00 PM
    Present: AP Hurley, counselor Ms. Dunn, school psych Dr. Sato, advisory teacher Mr. Kiernan, BPS Safety Services (by phone)

    What happened: during advisory (approx. 9:40, room 118) Brandon told Mr. Kiernan, calmly and without being asked, that he has "a list" of five students and that he is "going to bring my uncle's gun and take care of them before spring break." He named two of them. At lunch a classmate told Ms. Dunn that Brandon showed her the list in the back of his science notebook; AP Hurley has the notebook (page with 5 first names, two crossed out).
    Background shared: dad works nights; family recently arrived from El Salvador (2024); mom says the TPS application is pending and she is afraid of police involvement.
    Decisions: threat assessment = HIGH, refer to BPD today; Brandon stays in the office until a parent arrives; safety plan for the named students.
    To do: Hurley - BPD referral + notify families of named students. Dunn - call mom. Sato - follow-up assessment 2/27.
    """),
  key="uncle's gun", mct=["a list", "uncle's gun", "science notebook"],
  mnc=["El Salvador", "TPS"], cats=["immigration_status", "national_origin"],
  threat="On 2/26/2026 during advisory Brandon told his teacher that he has \"a list\" of five students and is \"going to bring my uncle's gun and take care of them before spring break\", naming two of them. A classmate saw the list in his notebook; the notebook is held by the AP.")

C(M, "John D. O'Bryant School of Mathematics & Science", "Hodan Abdi", 9, "weapon", "bpd/district-b2",
  "2025-12-09 08:10", "O'Bryant, front entrance bag check",
  T("""
    504 Plan Review + Incident Follow-up
    12/11/2025, room 2-104
    Team: Mr. Alston (504 coordinator), Ms. Ferreira (counselor), Ms. Rourke (AP), Hodan, mother
    Language access: ELD level 2; home language Somali; mother requests Somali interpretation for all meetings (provided today by phone).

    Incident (12/9, ~8:10 AM): at the front entrance bag check staff found an 8-inch kitchen knife wrapped in a dish towel in Hodan's backpack. Hodan said girls from another school had threatened her at the Ruggles bus stop and she wanted to "scare them." She did not take it out or show it to anyone.
    504 accommodations: no change. Added: check-in/check-out with counselor.
    Next steps: AP files the SAF-02 report (done 12/9); counselor connects Hodan with the mediation program; follow-up in 4 weeks.
    """),
  key="kitchen knife", mct=["8-inch kitchen knife", "dish towel", "bag check"],
  mnc=["ELD level 2", "Somali", "interpretation"], cats=["language"], weapon="knife")

C(M, "Jeremiah E. Burke High School", "Malik Coombs", 11, "serious_violence", "bpd/district-b3",
  "2025-10-02 14:10", "Burke HS, 2nd floor hallway near room 221",
  T("""
    Safety Planning Meeting - notes (draft)
    Date: Oct 6, 2025
    Attendees: AP R. Baptiste; counselor J. Harlow; SSS T. Grady; Malik; Ms. Coombs (grandmother); Br. Thomas Okafor (youth minister, St. Katharine Drexel Parish, attending at family's request)

    1. Incident recap: on 10/2 at 2:10 PM near room 221 Malik swung a combination lock on a lanyard and struck a 10th grader in the jaw. The student's jaw was broken in two places and wired shut at BMC; he is out of school for at least 3 weeks.
    2. Malik's statement: says the other student had been "talking about my mother" for weeks.
    3. Plan: Malik on 10-day suspension; re-entry with safety plan; no contact order; separate lunch.
    4. Action items: Baptiste - BPD report + notify victim's family; Harlow - anger-management referral; Grady - hallway coverage by 221 at dismissal.
    """),
  key="combination lock", mct=["combination lock", "broken in two places", "room 221"],
  mnc=["youth minister", "Katharine Drexel"], cats=["religion"])

C(M, "Henderson K-12 Inclusion School", "Anthony Nguyen", 11, "drugs", "bpd/district-c11",
  "2026-04-28 11:30", "Henderson Upper Campus, room 305",
  T("""
    IEP TEAM MEETING - NOTES
    Purpose: discipline review (drug incident 4/28)
    Present: Ms. Hagerty (ETL, chair), Mr. Ocasio (SPED teacher), Ms. Brandt (counselor), Anthony, father

    Summary of incident: on 4/28 around 11:30 in room 305 Mr. Ocasio saw Anthony sell two pills to a classmate for $30. Anthony had 11 more round white pills marked "512" in a mint tin; he said they are Percocet from "a guy in Fields Corner" and that they are not his prescription (he has none). Tin and pills turned over to AP.
    IEP: services continue during suspension (tutoring 2 hrs/day). Behavior plan to be revised.
    Action items:
    1) AP - BPD report (ground: drugs).
    2) Counselor - refer to substance use counseling (BPS Office of Health).
    3) Counselor to connect family with a Vietnamese-speaking family liaison before re-entry.
    """),
  key="Percocet", mct=["round white pills", "mint tin", "$30"],
  mnc=["Vietnamese"], cats=["language"], subs=["oxycodone (Percocet, not prescribed)"])

C(M, "Dearborn STEM Academy", "Edson Tavares", 9, "fight", "bpd/district-b2", "2026-01-22 14:00",
  "Dearborn STEM Academy, gym",
  T("""
    SST Notes 1/23/26
    Attendees: Dean Morrow, Ms. Akande (counselor), Mr. Nunes (Kriolu interpreter), Edson, father
    Incident: Edson and another 9th grader fought in the gym during PE on 1/22. Both had minor scrapes; the nurse sent both back to class.
    Dad asked through the interpreter that Edson not be suspended.
    Outcome: 1 day suspension, restorative circle on return. Dean asks that BPD take a report for the file.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Kriolu", "interpreter"], cats=["language"])

C(M, "Madison Park Technical Vocational High School", "Tremaine Wiggins", 11, "credible_threat",
  "bpd/district-b2", "2026-02-03 13:15", "Madison Park, culinary arts kitchen",
  T("""
    THREAT ASSESSMENT TEAM - MINUTES (confidential)
    Convened 2/3/2026 2:00 PM | Members: AP Lacey, Dr. Voss (psych), counselor Greer, SSS supervisor Pham, culinary instructor Ms. Doucette
    Report: at 1:15 in the culinary kitchen, after being told to leave for the day, Tremaine told Ms. Doucette "I'm coming back tomorrow with the Glock and you're the first one." He had a chef's knife in his hand at the time but put it down when asked. Two students heard it.
    Risk factors discussed: prior statements about guns in a journal assignment (Dec.); access to firearm unknown; SSS Pham reports he is believed to run with the Wash Park crew (unconfirmed).
    Level: HIGH. Actions: BPD referral today; parent contact (done 2:40); stay-away from culinary wing; re-assess 2/10.
    """),
  key="Glock", mct=["culinary kitchen", "chef's knife", "Two students heard it"],
  mnc=["Wash Park"], cats=["gang_affiliation"],
  threat="On 2/3/2026 at about 1:15 PM in the culinary kitchen Tremaine told his instructor \"I'm coming back tomorrow with the Glock and you're the first one\" after being sent out of class; two students heard it.")

C(M, "Boston Green Academy", "Devonte Marsh", 10, "credible_threat", "bpd/district-d14", "2025-12-15 10:20",
  "Boston Green Academy, room 210",
  T("""
    SST meeting 12/16/2025
    Present: AP Flynn, counselor Marte, Devonte's mother
    Concern: on 12/15 Devonte said in class that someone should "do something" to the substitute. Teacher was uncomfortable. No specific plan or weapon mentioned.
    Family info update: Religion: Jehovah's Witness (family declined the pledge and holiday events).
    Next: counselor check-in; AP to send to BPD as a threat.
    """),
  decision="deny", reason="missing_threat_statement", mnc=["Jehovah"], cats=["religion"])

C(M, "Josiah Quincy Upper School", "Jason Zhou", 10, "weapon", "bpd/district-a1", "2025-11-13 09:25",
  "Josiah Quincy Upper School, gym locker room",
  T("""
    504 Team - Incident Review
    11/17/2025, conference room
    Present: Ms. Li (504 coordinator), Mr. Garvey (AP), Mr. O'Shea (PE), Jason. Parent attended by phone with Mandarin interpreter (LanguageLine, ID 40812).
    Incident: 11/13, about 9:25, gym locker room. Mr. O'Shea heard a crackling noise and saw Jason holding a black stun gun against a locker door while two boys laughed. Jason said he bought it online "for protection on the Orange Line." No one was touched with it. Stun gun confiscated; in AP's safe.
    Team notes: no change to accommodations.
    Follow-up: AP to file report; PE teacher to supervise locker room from the doorway.
    """),
  key="stun gun", mct=["black stun gun", "locker door", "crackling noise"],
  mnc=["Mandarin", "LanguageLine"], cats=["language"], weapon="stun gun")

C(M, "Fenway High School", "Christopher Mayo", 11, "weapon", "bpd/district-b2", "2026-01-22 13:40",
  "Fenway High School, locker #318",
  T("""
    IEP Annual Review - ADDENDUM (incident)
    Meeting date: 1/26/2026
    Attendees: Ms. Okonjo (liaison), Mr. Fahey (AP), Dr. Singh (psych), Christopher, grandmother (guardian)
    Addendum: on 1/22 at about 1:40 PM, during a search after a tip from a student, SSS found a loaded .22 revolver (6 rounds) wrapped in a gym shirt on the top shelf of Christopher's locker #318. Christopher said a friend asked him to hold it over the weekend. BPD responded and took the revolver.
    Home: lives with grandmother in the Alice Taylor apartments since 2023; she is his legal guardian.
    Team discussion: services continue at the Re-Engagement Center during suspension.
    Action: AP to complete the incident report; liaison to schedule a re-entry meeting.
    """),
  key=".22 revolver", mct=["loaded .22 revolver", "gym shirt", "locker #318"],
  mnc=["Alice Taylor"], cats=["neighborhood"], weapon="firearm")

C(M, "Excel High School", "Abdirahman Farah", 10, "drugs", "bpd/district-c6", "2025-10-22 10:05",
  "Excel High School, 1st floor stairwell",
  T("""
    Re-entry Meeting Notes - 10/30/2025
    Present: AP Coughlin, counselor Ms. Rios, Abdirahman, mother
    Reason for suspension: on 10/22 at 10:05 SSS found Abdirahman in the 1st floor stairwell with 3 glassine bags stamped "ROLEX" in his sock; he said it was fentanyl he was holding for an older cousin. BPD was called.
    Mom shared that the family attends the mosque on Malcolm X Blvd and that the imam has been meeting with Abdirahman weekly since the incident.
    Re-entry plan: daily check-in with Ms. Rios; no stairwell passes; referral to substance use counselor.
    """),
  key="fentanyl", mct=["3 glassine bags", "ROLEX", "in his sock"],
  mnc=["mosque", "imam"], cats=["religion"], subs=["fentanyl"])

C(M, "Snowden International School", "Gabriel Dos Santos", 10, "serious_violence", "bpd/district-d4",
  "2026-04-07 15:10", "Snowden International School, Newbury St exit",
  T("""
    SST / Discipline Conference - Minutes
    4/9/2026
    Attendees: A. Kim (AP), R. Gomes (counselor), Ms. Dos Santos (mother), Mr. Lima (Portuguese interpreter, Office of Language Access), Gabriel

    Incident: 4/7 at dismissal (about 3:10) outside the Newbury St exit Gabriel punched a 9th grader until he fell, then kicked him in the face twice. The student lost two front teeth and has a broken nose; he was treated at Tufts Medical Center. Video from the exit camera shows the kicks.
    Gabriel: says the other boy stole his AirPods.
    Decisions: 10-day suspension; BPD report (serious bodily injury); no-contact order.
    Action items: Kim - BPD report; Gomes - restorative process after return.
    """),
  key="kicked him in the face", mct=["two front teeth", "broken nose", "Newbury St exit"],
  mnc=["Portuguese", "Office of Language Access"], cats=["language"])

C(M, "Brighton High School", "Walter Mendoza", 11, "credible_threat", "massachusetts-state-police",
  "2026-03-05 11:00", "Brighton High School, room 301",
  T("""
    Threat Assessment - notes 3/5/26
    Present: AP Whitcomb, psych Dr. Lowe, counselor Ruiz
    Walter wrote "3/12 everyone in 301 dies" on his desk and told a classmate he has access to a gun. Level: high.
    Background: Walter is an unaccompanied minor; his sponsor is his uncle, who works overnight.
    Action: send report to the State Police liaison who contacted the school.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["unaccompanied minor", "sponsor"],
  cats=["immigration_status"],
  threat="Walter wrote \"3/12 everyone in 301 dies\" on his desk on 3/5/2026 and told a classmate he has access to a gun.")

C(M, "Rafael Hernández K-8 School", "Kevin Alvarado", 8, "weapon", "bpd/district-b2", "2025-09-30 07:55",
  "Rafael Hernández K-8 School, schoolyard",
  T("""
    Student Support Team - notes
    10/2/2025
    Attendees: Principal, Ms. Arroyo (AP), Mr. Blake (counselor), Kevin's parents
    Incident: 9/30, 7:55 AM, schoolyard before the bell. Kevin took a 12-inch machete out of his backpack and swung it at a fence post while a group of 7th graders watched; one of them ran to tell Ms. Arroyo. He said it was for cutting weeds at his uncle's yard and he forgot it was in his bag. Nobody hurt.
    Family background (from intake): student identifies as Garifuna; parents active in the Garifuna community association.
    Actions: SAF-02 report; 5-day suspension; counselor check-ins.
    """),
  key="machete", mct=["12-inch machete", "fence post", "schoolyard"],
  mnc=["Garifuna"], cats=["ethnicity"], weapon="knife")

C(M, "Mario Umana Academy", "Adam Benali", 7, "credible_threat", "bpd/district-a7", "2026-05-12 10:30",
  "Mario Umana Academy, room 214",
  T("""
    IEP Team Meeting (annual + incident)
    Date: 5/14/2026
    Attendees: Ms. Rossi (ETL), Mr. Carvalho (SPED teacher), Ms. Yates (psych), Adam's father, interpreter
    Student profile: ELL: Yes (WIDA composite 2.1). Home language: Arabic.
    Incident discussed: 5/12 about 10:30 in room 214, after losing recess, Adam told Mr. Carvalho and the class "I'm going to bring my dad's gun and shoot you and Ms. Rossi." He drew a gun on the whiteboard and wrote "5/15". Dad says there are no firearms in the home.
    Decision: refer to BPD (credible threat); safety plan; psych to complete risk screening.
    """),
  key="dad's gun", mct=["dad's gun", "room 214", "whiteboard"],
  mnc=["WIDA", "Arabic", "Home language", "interpreter"], cats=["language"],
  threat="On 5/12/2026 in class Adam told his teacher \"I'm going to bring my dad's gun and shoot you and Ms. Rossi\", then drew a gun on the whiteboard and wrote \"5/15\".")

C(M, "Boston Latin Academy", "Nikita Orlov", 11, "drugs", "bpd/district-b2", "2026-02-12 12:45",
  "Boston Latin Academy, 4th floor hallway",
  T("""
    SST - follow-up after drug incident
    2/13/2026 | Present: AHM Quinlan, counselor Pereira, nurse Gately, Nikita; mother joined by phone with a Russian interpreter
    What happened: on 2/12 at about 12:45 a teacher saw Nikita giving orange pills to two sophomores in the 4th floor hallway. He had 20 orange "Adderall 20 mg" tablets in a vitamin bottle. They are not prescribed to him. He said he sells them before exams.
    Plan: BPD report; suspension 5 days; referral to counseling.
    To do: nurse to check the two sophomores (done, neither took any).
    """),
  key="Adderall", mct=["20 orange", "vitamin bottle", "4th floor hallway"],
  mnc=["Russian"], cats=["language"], subs=["amphetamine (Adderall, not prescribed)"])

C(M, "Tobin K-8 School", "Bilal Ahmed", 8, "drugs", "bpd/district-b2", "2026-03-03 12:05",
  "Tobin K-8 School, cafeteria",
  T("""
    504 Meeting Notes - 3/4/2026
    Team: 504 coordinator, counselor, AP, mother
    Incident: 3/3 at lunch Bilal shared gummies from a bag labeled "Delta-9 THC 10mg" with two classmates; one felt dizzy and saw the nurse.
    Notes: Family is Muslim; Ramadan fasting may affect afternoon behavior this month.
    Next: AP to send to BPD.
    """),
  decision="deny", reason="excluded_substance", mnc=["Muslim", "Ramadan"], cats=["religion"],
  subs=["THC gummies"])

C(M, "Haley Pilot School", "Roodly Jean-Louis", 7, "weapon", "bpd/district-e5", "2025-11-05 14:20",
  "Haley Pilot School, bus line",
  T("""
    SST REFERRAL - Section C (Incident) / Section D (Background)
    Referred by: Ms. Quigley, 7th grade team, 11/6/2025

    Section C: On 11/5 at 2:20 in the bus line Roodly sprayed pepper spray into the face of a 6th grader who had taken his hat. The 6th grader was coughing and crying; nurse rinsed his eyes and called his mom. Canister (black, "Sabre" brand) taken by Mr. Lopes.
    Section D: Country of birth: Haiti | Years in US: 2 | Lives with: mother, 2 siblings
    Requested: counseling, BPD report per SAF-02.
    """),
  key="pepper spray", mct=["pepper spray", "bus line", "Sabre"],
  mnc=["Country of birth", "Haiti", "Years in US"], cats=["national_origin"], weapon="pepper spray")

C(M, "TechBoston Academy", "Amari Holloway", 10, "serious_violence", "bpd/district-c11", "2026-01-08 12:15",
  "TechBoston Academy, 2nd floor hallway",
  T("""
    IEP Team Meeting Notes - 1/12/2026
    Attendees: ETL Ms. Dorsey, AP Mr. Greene, SPED teacher Ms. Lind, school psych Dr. Amato, Amari, mother
    1) Incident 1/8, 12:15, 2nd floor hallway: Amari slammed another 10th grader's head into a water fountain three times. The student lost consciousness briefly and was taken by EMS to BMC with a skull fracture; he was admitted for two nights.
    2) Manifestation determination: not a manifestation.
    3) Transportation: student's neighborhood (Grove Hall) came up - mom worries about the walk to the bus; discussed a safe route and a later dismissal.
    4) Action items: AP - BPD report; ETL - home tutoring during suspension; psych - FBA update.
    """),
  key="water fountain", mct=["water fountain", "skull fracture", "2nd floor hallway"],
  mnc=["Grove Hall"], cats=["neighborhood"])

C(M, "Brighton High School", "Jaylen Ortiz", 12, "weapon", "bpd/district-d14", "2026-02-24 07:50",
  "Brighton High School, side door",
  T("""
    SST notes 2/24/26
    Present: AP Whitcomb, Dean Sullivan, counselor Ruiz
    Per the vendor's face search on the new camera system, the person who propped the side door at 7:50 was a 91% match to Jaylen. Dean then searched Jaylen's bag and found a switchblade.
    Action: send report with the camera match printout to BPD.
    """),
  decision="deny", reason="face_surveillance", mnc=["91% match"], cats=["face_surveillance"],
  weapon="knife", att=[{"kind": "face_match", "name": "side_door_vendor_match.pdf"}])

C(M, "Edward M. Kennedy Academy for Health Careers", "Naomi Clarke", 11, "weapon", "bpd/district-b2",
  "2026-04-29 09:10", "Kennedy Academy for Health Careers, room 403",
  T("""
    Student Support Team - Meeting Minutes
    4/30/2026, 2:30 PM, room 110
    Attendees: AP Dorsainvil; counselor Mr. Keating; nurse Ms. Abreu; Naomi; Naomi's aunt (guardian)

    Incident: 4/29 about 9:10 AM in room 403 (anatomy lab) Naomi pulled a box cutter out of her sleeve and pointed it at another girl after an argument about a group chat. The teacher stepped between them and Naomi dropped it. No injury.
    Guardian statement: aunt says Naomi has been scared since a fight at their building; asked that the team not contact her mother, who is in Jamaica and "has no status to come back."
    Actions: SAF-02 referral/BPD report (AP); safety plan (counselor); mediation offered to both girls.
    """),
  key="box cutter", mct=["box cutter", "anatomy lab", "dropped it"],
  mnc=["in Jamaica", "no status"], cats=["immigration_status", "national_origin"], weapon="box cutter")

# ====================================================================================
# 3. Radio / walkie-talkie / phone-call transcripts
# ====================================================================================
R = "radio_call"

C(R, "Jeremiah E. Burke High School", "Jamal Whitfield", 11, "weapon", "bpd/district-c11", "2025-10-21 08:02",
  "Burke HS, Washington St doors (scanner line)",
  T("""
    Radio log - Burke HS, channel 2 (transcribed by SSS supervisor)
    08:02 Unit 4: Unit 4 to base.
    08:02 Base: Go ahead 4.
    08:02 Unit 4: I'm at the Washington St doors, got a student who dropped a knife coming through the scanner line. Kitchen knife, about six inches, wrapped in a paper towel. Student is compliant.
    08:03 Base: Copy. Name?
    08:03 Unit 4: Whitfield, Jamal, eleventh grade.
    08:03 Base: That's the kid from Mattapan, lives up on Almont, right? Bring him to the office.
    08:04 Unit 4: 10-4, en route. I've got the knife, blade's wrapped.
    08:10 Base: AP notified. AP calling C-11.
    """),
  key="Kitchen knife", mct=["Washington St doors", "six inches", "paper towel"],
  mnc=["Mattapan", "Almont"], cats=["neighborhood"], weapon="knife")

C(R, "Joseph Lee K-8 School", "Andre Sims", 7, "weapon", "bpd/district-c11", "2026-03-17 07:41",
  "Joseph Lee K-8 School, main office",
  T("""
    Main office phone log - Tues 3/17/2026
    07:12  Incoming call, parent of a 7th grader (name on file with AP). Call handled through the Spanish interpreter line.
    Caller states her son told her last night that a boy in his homeroom, "Dre," showed him a black handgun in his backpack on the afternoon bus (bus 14) and said he "has it for whoever." Caller states her son is scared to ride the bus. Caller asks that her family not be named.
    07:20  AP Russo checked roster: Andre Sims, 7th grade, homeroom 204, rides bus 14.
    07:41  Andre arrived on bus 14. AP and SSS searched his bag in the office with Andre present: black .380 pistol, loaded (6 rounds), in the inside pocket. BPD C-11 called 07:43.
    """),
  key=".380 pistol", mct=["bus 14", "loaded (6 rounds)", "inside pocket"],
  mnc=["Spanish", "interpreter line"], cats=["language"], weapon="firearm")

C(R, "East Boston High School", "Thiago Ferreira", 11, "weapon", "bpd/district-a7", "2025-12-11 10:17",
  "East Boston High School, 3rd floor boys' bathroom",
  T("""
    10:17 SSS Riley: Riley to base, I need another unit 3rd floor boys' bathroom.
    10:17 Base: What do you have?
    10:17 SSS Riley: Student with a taser, he sparked it at a kid by the sinks. Kid's fine, backed off. Taser's on the floor, I'm standing on it.
    10:18 Base: Copy, Pacheco is coming up. Is the student cooperating?
    10:18 SSS Riley: He's calm but he keeps talking in Portuguese, I need somebody who speaks it. ID says Ferreira, Thiago.
    10:20 SSS Pacheco: On scene. Taser secured, it's a black handheld one with two prongs.
    10:24 Base: AP en route, BPD A-7 notified.
    """),
  key="taser", mct=["3rd floor boys' bathroom", "sparked it", "two prongs"],
  mnc=["Portuguese"], cats=["language"], weapon="taser")

C(R, "Boston Latin School", "Hamza Karim", 10, "credible_threat", "bpd/district-d4", "2025-11-12 20:40",
  "Boston Latin School (report by phone to safety hotline)",
  T("""
    BPS Safety Hotline - call summary #25-1184
    Received 11/12/2025 20:40, caller anonymous (female adult).
    Caller states her son is in a group chat with a BLS 10th grader named Hamza. Caller states that tonight Hamza wrote "friday im shooting up the third floor, already got it from my cousin" and posted a photo of a handgun on a bed. Caller states she knows the family because they go to the same mosque and she is afraid to give her name.
    Caller forwarded the screenshot to the hotline email at 20:52.
    Hotline notified BLS headmaster 20:55 and BPD D-4 21:02.
    """),
  key="handgun", mct=["group chat", "third floor", "photo of a handgun"],
  mnc=["mosque"], cats=["religion"],
  threat="On 11/12/2025 Hamza wrote in a group chat \"friday im shooting up the third floor, already got it from my cousin\" and posted a photo of a handgun; a parent forwarded the screenshot to the BPS safety hotline.")

C(R, "Josiah Quincy Upper School", "Isaiah Banks", 11, "trespass", "bpd/district-a1", "2026-01-29 13:05",
  "Josiah Quincy Upper School, back fence",
  T("""
    13:05 Unit 2: Unit 2, I got a kid from the Cathedral projects hopping the back fence, coming in.
    13:05 Base: Ours or not?
    13:06 Unit 2: Ours, Banks, he was suspended yesterday. No weapon, just trying to get in.
    13:08 Base: Bring him to the front. Want BPD to document the trespass.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Cathedral"], cats=["neighborhood"])

C(R, "Madison Park Technical Vocational High School", "Luis Almonte", 10, "drugs", "bpd/district-b2",
  "2026-02-19 11:42", "Madison Park, gym doors",
  T("""
    11:42 Unit 7: Seven to base, I just watched a student drop a baggie by the gym doors when he saw me.
    11:42 Base: Go ahead.
    11:43 Unit 7: Small clear baggie, about eight off-white rocks, looks like crack. He's standing here with me, hands out of his pockets.
    11:43 Base: Copy. Is that the Dominican kid from the barber program?
    11:43 Unit 7: Affirmative. Almonte.
    11:44 Base: Keep him there, AP and second unit coming. Don't touch it without gloves.
    11:52 Unit 3: On scene, baggie bagged and tagged, 11:52.
    """),
  key="crack", mct=["gym doors", "eight off-white rocks", "clear baggie"],
  mnc=["Dominican"], cats=["ethnicity"], subs=["crack cocaine"])

C(R, "Excel High School", "Nelson Fernandes", 10, "weapon", "commonwealth-fusion-center", "2026-03-26 09:35",
  "Excel High School, main office",
  T("""
    Phone call - 3/26/2026, 9:35 AM
    Caller states she is Nelson's grandmother. Caller states she found a knife in his room this morning and he took another one to school. Caller states "they're Cape Verdean, he's been with the wrong kids."
    9:50 AP searched Nelson's backpack: folding knife. Report to be sent to the Fusion Center liaison as requested.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["Cape Verdean"], cats=["ethnicity"], weapon="knife")

C(R, "New Mission High School", "Tyler Nadeau", 10, "serious_violence", "bpd/district-e18", "2025-12-17 10:52",
  "New Mission High School, room 108",
  T("""
    Transcript of 911 call placed by school nurse (from BPS Safety Services recording), 12/17/2025
    10:52:10 Dispatcher: Boston 911, what's the address of your emergency?
    10:52:13 Nurse: I'm at New Mission High School. We have a student who's been stabbed with scissors.
    10:52:20 Dispatcher: Where on the body?
    10:52:22 Nurse: Upper left arm, it's deep, I have pressure on it. He's awake and talking. It happened in room 108.
    10:52:35 Dispatcher: Is the person who did it still there?
    10:52:37 Nurse: The other student was taken to the office by the AP. It was a pair of classroom scissors, they're on the desk.
    10:53:02 Dispatcher: Help is on the way.
    Note added by AP: victim taken to Carney Hospital, 9 stitches and a nerve check. Victim's mom only speaks Haitian Creole; Mr. Dorval called her.
    """),
  key="scissors", mct=["stabbed with scissors", "Upper left arm", "9 stitches"],
  mnc=["Haitian Creole"], cats=["language"])

C(R, "Brighton High School", "Cristian Arévalo", 10, "weapon", "bpd/district-d14", "2026-04-09 14:15",
  "Brighton High School, Cambridge St gate",
  T("""
    Radio - ch 1, 4/9/2026
    14:15 Unit 3: Unit 3 to base. At the Cambridge St gate, student just pulled metal knuckles out of his hoodie, the real kind, brass. He was about to go at a kid from the bus line.
    14:15 Base: Copy. You have them?
    14:16 Unit 3: Got them. Kid is with me. Arévalo, 10th grade.
    14:16 Base: 10-4. For when the AP calls home, his address on file is 31 Linden St, apartment 2.
    14:18 Unit 3: Copy, heading in. Other kid is fine, nobody swung.
    """),
  key="metal knuckles", mct=["Cambridge St gate", "metal knuckles", "nobody swung"],
  mnc=["Linden St"], cats=["neighborhood"], weapon="brass knuckles")

C(R, "Patrick J. Kennedy Elementary School", "Dayana Chávez", 3, "immigration_status_check", "bpd/district-a7",
  "2026-01-15 14:40", "Patrick J. Kennedy Elementary School, front desk",
  T("""
    Front desk call log 1/15/2026 2:40 PM
    Caller states she is the office manager calling the AP's line. A man at the front desk says he is Dayana's father and wants to pick her up; he is not on the pickup list. He said he "has no green card" and got loud when asked for ID.
    AP asks BPD to verify his status and whether he can pick her up.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["green card"], cats=["immigration_status"])

C(R, "Dearborn STEM Academy", "Khalil Brathwaite", 10, "weapon", "bpd/district-b2", "2025-10-16 11:58",
  "Dearborn STEM Academy, cafeteria lunch line",
  T("""
    11:58 Unit 6: Unit 6 to base, code 3 in the lunch line, a student pulled a box cutter.
    11:58 Base: Units respond to cafeteria. 6, status?
    11:59 Unit 6: Blade's out, he's waving it, other kid backed up. I'm talking to him.
    11:59 Unit 6: He's yelling he's Wendover and the other kid is from Geneva Ave.
    12:00 Unit 6: Box cutter on the floor, I've got it. Student is Brathwaite.
    12:01 Unit 2: On scene. Nobody cut. Other student walked to the nurse to calm down.
    """),
  key="box cutter", mct=["lunch line", "box cutter", "Nobody cut"],
  mnc=["Wendover", "Geneva Ave"], cats=["gang_affiliation", "neighborhood"], weapon="box cutter")

C(R, "Greater Egleston High School", "Destiny Charles", 11, "drugs", "bpd/district-b2", "2026-02-05 09:20",
  "Greater Egleston High School, main office",
  T("""
    Phone call notes - Ms. Baptiste (AP), 2/5/2026
    9:20 AM Caller states she is the family's case manager at the family shelter on Blue Hill Ave in Roxbury. Caller states that last night staff found a bag of blue pills stamped "M30" in Destiny's coat, and that Destiny said she was bringing them to school to sell.
    9:35 AM AP met Destiny at arrival: in her coat pocket, 22 blue "M30" pills in a sandwich bag. She said they are "percs" from a man on Warren St. Pills secured in the safe, BPD notified.
    """),
  key="M30", mct=["22 blue", "M30", "coat pocket"],
  mnc=["family shelter", "Blue Hill Ave", "Roxbury"], cats=["neighborhood"],
  subs=["counterfeit oxycodone (suspected fentanyl)"])

C(R, "Lilla G. Frederick Middle School", "Minh Le", 8, "weapon", "bpd/district-c11", "2026-01-07 08:05",
  "Lilla G. Frederick Middle School, front entrance",
  T("""
    08:05 SSS Doyle: Front door to office. I've got an 8th grader with a knife in his coat, fixed blade, maybe five inches, in a cardboard sleeve.
    08:05 Office: Copy. Is he upset?
    08:05 SSS Doyle: He's scared, not really talking. Can Mr. Pham come to the front and speak Vietnamese to him?
    08:06 Office: Sending Mr. Pham and the AP.
    08:11 SSS Doyle: Knife is with the AP. Student says he carries it because older kids rob him at the Fields Corner station.
    """),
  key="knife", mct=["fixed blade", "five inches", "cardboard sleeve"],
  mnc=["Vietnamese"], cats=["language"], weapon="knife")

C(R, "Boston Community Leadership Academy", "Kiara Solomon", 9, "credible_threat", "bpd/district-e18",
  "2026-04-22 19:10", "BCLA (off-campus message)",
  T("""
    Phone call 4/22/26, 7:10 PM, taken by AP on duty
    Caller states she is the mother of a 9th grader. Caller states Kiara sent her daughter a message "I'ma air this school out tmrw." Caller states she lives in the Franklin Field projects and Kiara's cousins are there too.
    AP asks BPD to treat as a threat.
    """),
  decision="deny", reason="missing_threat_statement", mnc=["Franklin Field"], cats=["neighborhood"])

C(R, "East Boston High School", "Bryan Zelaya", 10, "serious_violence", "bpd/district-a7", "2026-05-20 14:35",
  "East Boston High School, courtyard",
  T("""
    Radio - EBHS ch 2, 5/20/2026
    14:35 Unit 1: Unit 1, student down in the courtyard, bleeding from the head, he got hit with a skateboard. Call EMS.
    14:35 Base: EMS called. Suspect?
    14:36 Unit 1: Kid in the gray hoodie with the Honduran flag on his backpack, running toward the Marion St side.
    14:37 Unit 5: Got him at the side door. Zelaya. He still has the skateboard.
    14:44 Unit 1: EMS on scene, victim's scalp is split open, they're taking him to MGH.
    Follow-up by AP 5/21: victim received 11 staples and has a concussion.
    """),
  key="skateboard", mct=["hit with a skateboard", "11 staples", "courtyard"],
  mnc=["Honduran"], cats=["national_origin"])

# ====================================================================================
# 4. Third party: the forbidden fact is about a relative, the victim or a witness
# ====================================================================================
P3 = "third_party"

C(P3, "East Boston High School", "Elmer Portillo", 11, "weapon", "bpd/district-a7", "2025-10-23 09:50",
  "East Boston High School, room 126",
  T("""
    At 9:50 AM in room 126 Elmer's backpack fell off his chair and a butterfly knife slid out onto the floor. The teacher picked it up and called the office. Elmer said a friend gave it to him and he "just flips it." No threats made, nobody hurt. AP Castellano has the knife.
    When the AP called home, mom asked that police not come to the house because Elmer's sister (14, a student at the McKay) is undocumented and mom is afraid for her.
    """),
  key="butterfly knife", mct=["butterfly knife", "room 126", "just flips it"],
  mnc=["undocumented"], cats=["immigration_status"], weapon="knife")

C(P3, "Curley K-8 School", "Connor Walsh", 8, "serious_violence", "bpd/district-e13", "2026-02-11 12:30",
  "Curley K-8 School, upper schoolyard",
  T("""
    During 8th grade recess (12:30) Connor punched another 8th grade boy in the face four or five times after knocking him to the ground in the upper schoolyard. Two teachers pulled him off. The boy's nose was broken and he had a concussion; his father took him to Children's from the nurse's office. Witnesses say Connor had been mocking the boy's turban for a week; the boy is the only Sikh student in the grade. Connor says the other boy "started it."
    """),
  key="punched", mct=["nose was broken", "concussion", "upper schoolyard"],
  mnc=["turban", "Sikh"], cats=["religion"])

C(P3, "Jeremiah E. Burke High School", "Dashawn Fuller", 12, "credible_threat", "bpd/district-c11",
  "2026-03-31 14:20", "Burke HS, bus stop at dismissal",
  T("""
    Report from counselor Ms. Harlow: on 3/31 at dismissal a 10th grade witness (A.R.) heard Dashawn tell another senior at the bus stop "tomorrow I'm bringing the strap and Marcus is done." A.R. came to my office on 4/1 at 7:45. A.R. lives in Codman Square and takes the same bus and is afraid of being seen as a snitch; please do not contact the family at home.
    Marcus (12th grade) has been told and is staying home today with his mother's agreement.
    """),
  key="strap", mct=["bringing the strap", "bus stop", "Marcus is done"],
  mnc=["Codman Square"], cats=["neighborhood"],
  threat="On 3/31/2026 at the bus stop at dismissal Dashawn told another senior \"tomorrow I'm bringing the strap and Marcus is done\" (\"strap\" meaning a gun); overheard by a student witness who reported it the next morning.")

C(P3, "English High School", "Josiah Whitaker", 11, "drugs", "bpd/district-e13", "2025-12-02 08:30",
  "English High School, cafeteria (breakfast)",
  T("""
    At 8:30 during breakfast the cafeteria aide saw Josiah pass a folded lottery ticket to a 9th grader. The AP opened it: tan powder. Josiah then admitted he had 6 more folds in his sock and said it is heroin "with fent in it" that he is holding for his cousin. The 9th grader said he had not used any. Everything is in the AP's safe.
    Josiah told the AP the cousin is in the Mozart Street crew and will "come looking" for the stuff.
    """),
  key="heroin", mct=["folded lottery ticket", "tan powder", "6 more folds"],
  mnc=["Mozart Street"], cats=["gang_affiliation"], subs=["heroin", "fentanyl"])

C(P3, "Boston Latin School", "Preston Cole", 10, "theft", "bpd/district-d4", "2026-01-20 11:00",
  "Boston Latin School, library",
  T("""
    Preston took a MacBook from a backpack in the library. The owner is a Chinese exchange student who is here for the year and is worried about telling her host family. Requesting a police report for insurance.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Chinese", "exchange student"],
  cats=["immigration_status", "national_origin"])

C(P3, "Dearborn STEM Academy", "Yannick Gomes", 10, "weapon", "bpd/district-b2", "2025-11-12 13:15",
  "Dearborn STEM Academy, 3rd floor hallway",
  T("""
    On 11/12 at about 1:15 PM SSS Vance saw the handle of a knife sticking out of Yannick's waistband in the 3rd floor hallway. It was a 7-inch kitchen knife with a taped handle. Yannick said kids from another school had been waiting for him at the bus stop. No one was threatened inside the school.
    Mom (born in Cape Verde, works at the hospital laundry) came at 2:30 and says she doesn't know where the knife came from.
    """),
  key="kitchen knife", mct=["7-inch kitchen knife", "taped handle", "waistband"],
  mnc=["Cape Verde"], cats=["national_origin"], weapon="knife")

C(P3, "Brighton High School", "Owen Kilroy", 11, "serious_violence", "bpd/district-d14", "2026-03-12 12:10",
  "Brighton High School, gym",
  T("""
    In the gym at 12:10 Owen hit another junior in the back of the head with a metal water bottle, then kept hitting him while he was on the floor. The student had a 4 cm laceration on the scalp and a concussion and was taken to St. Elizabeth's by ambulance. A teacher and SSS separated them.
    The injured student's father called the AP at 2 PM. He is an asylum seeker and asked whether making a police report could affect his case; AP told him the school would explain the process.
    """),
  key="metal water bottle", mct=["metal water bottle", "4 cm laceration", "back of the head"],
  mnc=["asylum"], cats=["immigration_status"])

C(P3, "Mildred Avenue K-8 School", "Tavon Rhodes", 8, "weapon", "bpd/district-b3", "2026-04-15 15:05",
  "Mildred Avenue K-8 School, bus 7",
  T("""
    On the afternoon run (bus 7) at about 3:05 the bus monitor saw Tavon show a small silver handgun to the boy next to him, then put it back in his backpack. The monitor told the driver to stop and radioed the school; the AP and SSS met the bus one block from school and took the backpack: a .25 caliber pistol, loaded. No one was threatened.
    The bus monitor, Ms. Greaves, asked that her name be left out because she lives next door to Tavon's family on Woodrow Ave.
    """),
  key=".25 caliber pistol", mct=["small silver handgun", ".25 caliber pistol", "bus 7"],
  mnc=["Woodrow Ave", "lives next door"], cats=["neighborhood"], weapon="firearm")

C(P3, "Charlestown High School", "Liam Shea", 10, "weapon", "ice/ero-boston", "2026-02-25 10:00",
  "Charlestown High School, main office",
  T("""
    Liam was found with a switchblade in his jacket in the main office. ERO officers called asking for any reports on the family because Liam's father has a final deportation order from 2021. Sending as requested.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["deportation order"], cats=["immigration_status"],
  weapon="knife")

C(P3, "Another Course to College", "Jonathan Peralta", 12, "drugs", "bpd/district-e18", "2025-10-09 09:45",
  "Another Course to College, 2nd floor",
  T("""
    At 9:45 the AP searched Jonathan's bag after a teacher saw him selling in the 2nd floor hallway and found 30 wax bags stamped with a red star (heroin, per Jonathan) and $410 in cash. He said he started selling after his older brother was deported back to Santo Domingo last spring and the family needs the money.
    """),
  key="heroin", mct=["30 wax bags", "red star", "$410"],
  mnc=["deported", "Santo Domingo"], cats=["immigration_status", "national_origin"], subs=["heroin"])

C(P3, "Boston Latin Academy", "Caleb Brody", 9, "credible_threat", "bpd/district-b2", "2025-11-04 12:40",
  "Boston Latin Academy, room 2-118",
  T("""
    At 12:40 in room 2-118 Caleb showed two classmates a drawing of the classroom with a stick figure holding a rifle and X's over several desks. He wrote the initials of four classmates under the X's. Classmates reported it to the teacher. His notebook is with the AHM. A search of his locker found nothing.
    """),
  key="rifle", mct=["stick figure holding a rifle", "X's over several desks", "room 2-118"],
  mnc=["Jewish"], cats=["religion"],
  threat="Caleb drew his classroom with a figure holding a rifle and X's over the desks of four classmates, wrote their initials, and told two classmates \"Friday is for the Jewish kid first, then the rest.\" Classmates reported it the same day (11/4/2025).")

C(P3, "Boston Green Academy", "Marcus Ellery", 11, "weapon", "bpd/district-d14", "2026-01-13 09:00",
  "Boston Green Academy, room 114",
  T("""
    9:00 AM, room 114: teacher saw Marcus open a switchblade (black, 4 inch) under his desk and point it at the student behind him, then fold it. The student told the teacher. SSS took the knife. No contact, no injury.
    Marcus lives with mom and stepfather; stepdad picked him up and told the AP to call him, not mom. Stepdad speaks Nepali and some English, so the AP used the phone line.
    """),
  key="switchblade", mct=["switchblade", "room 114", "point it at the student"],
  mnc=["Nepali"], cats=["language"], weapon="knife")

C(P3, "Boston Arts Academy", "Sophie Marchetti", 10, "drugs", "bpd/district-d4", "2026-03-06 19:30",
  "Boston Arts Academy, theater dressing room",
  T("""
    During the evening show Sophie and a friend were drinking vodka from a water bottle in the dressing room. A witness (a senior) told the stage manager; the witness's family is Latter-day Saints and she was very upset.
    """),
  decision="deny", reason="excluded_substance", mnc=["Latter-day Saints"], cats=["religion"],
  subs=["vodka"])

C(P3, "Community Academy of Science and Health", "Darius Moody", 10, "serious_violence", "bpd/district-c11",
  "2026-04-16 10:25", "CASH, 1st floor stairwell",
  T("""
    At 10:25 in the 1st floor stairwell Darius pushed a 9th grader down half a flight of stairs and then stomped on his hand. The 9th grader's wrist and two fingers were broken; he was taken to BMC by EMS. Students in the stairwell heard Darius say it was because the boy is Haitian-American and "talks too much." A teacher broke it up.
    """),
  key="stomped on his hand", mct=["half a flight of stairs", "two fingers were broken", "1st floor stairwell"],
  mnc=["Haitian"], cats=["ethnicity"])

C(P3, "Boston Community Leadership Academy", "Jordan Whitley", 10, "weapon", "bpd/district-e18",
  "2025-12-10 11:35", "BCLA, 3rd floor bathroom",
  T("""
    At 11:35 SSS found Jordan in the 3rd floor bathroom with a black-handled hunting knife (6 inch blade) in a leather sheath on his belt. He said he was holding it for a friend who "needed it after school." When asked who, he said the friend lives at Franklin Hill, building 5, and is not a BCLA student. No one was threatened.
    """),
  key="hunting knife", mct=["hunting knife", "leather sheath", "3rd floor bathroom"],
  mnc=["Franklin Hill", "building 5"], cats=["neighborhood"], weapon="knife")

C(P3, "Brighton High School", "Anderson Lima", 9, "vandalism", "bpd/district-d14", "2026-05-08 13:00",
  "Brighton High School, 1st floor",
  T("""
    Anderson kicked in the glass on two trophy cases. A witness, a 9th grade girl who just arrived from Brazil this year, saw it and told her ESL teacher.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["from Brazil", "ESL teacher"],
  cats=["language", "national_origin"])

# ====================================================================================
# 5. Numbers and codes: rooms, lockers, buses, case numbers vs. home addresses written oddly
# ====================================================================================
N = "numbers_codes"

C(N, "Boston Latin Academy", "Ethan Wojcik", 9, "weapon", "bpd/district-b2", "2025-10-30 10:55",
  "Boston Latin Academy, 2nd floor lockers (2100 bank)",
  T("""
    Period 4, 10:55 AM. Locker 2121 was opened by SSS during a check after a student reported seeing a blade. Inside: a 5-inch fixed-blade knife in a nylon sheath under a gym bag. Locker is assigned to Ethan (combination on file; lock was not cut). Ethan was in room 214 at the time and was brought to the AHM's office. He said he uses the knife at his uncle's camp and forgot to take it out after the weekend. No threats reported.
    """),
  key="fixed-blade knife", mct=["Locker 2121", "room 214", "Period 4"], weapon="knife")

C(N, "Boston Green Academy", "Rafael Quiñones", 11, "drugs", "bpd/district-d14", "2026-02-09 12:20",
  "Boston Green Academy, room 112",
  T("""
    12:20, room 112. Teacher found a sunglasses case on the floor under Rafael's desk with 2 grams (approx.) of off-white powder in a folded bill and a straw. Rafael said it's fentanyl he bought for a friend and that he didn't use any. Nurse checked him: alert, pupils normal. Powder secured.
    Contact info he gave AP for dad: "apt 3 at 12 Hano, ring twice, dad works till 6".
    """),
  key="fentanyl", mct=["room 112", "sunglasses case", "folded bill"],
  mnc=["Hano"], cats=["neighborhood"], subs=["fentanyl"])

C(N, "Lilla G. Frederick Middle School", "Tyrell Bynum", 8, "weapon", "bpd/district-c11", "2026-03-04 08:25",
  "Lilla G. Frederick Middle School, homeroom 301",
  T("""
    08:25 homeroom 301: Tyrell showed two boys a box cutter and said he was going to "get" a 7th grader at lunch. Teacher took it (blue, retractable). AP spoke with Tyrell at 08:40; Tyrell said the 7th grader's brother jumped him on Saturday near "the triple-decker on Topliff" where Tyrell lives with his grandmother. Nobody was hurt at school.
    """),
  key="box cutter", mct=["homeroom 301", "box cutter", "blue, retractable"],
  mnc=["Topliff", "triple-decker"], cats=["neighborhood"], weapon="box cutter")

C(N, "Jeremiah E. Burke High School", "Kenny Okafor", 10, "weapon", "bpd/district-c11", "2025-11-18 14:40",
  "Burke HS, Route 22 bus stop in front of school",
  T("""
    14:40 at the Route 22 bus stop in front of the school: SSS on dismissal post saw Kenny pass a black handgun to another student, who put it in his waistband and ran toward the Route 22 bus. Kenny was stopped; his backpack had 4 loose 9mm rounds. BPD C-11 called at 14:42 with a description of the other student.
    Emergency card: mom + "grandma's, zip 02121, same bldg" for after-school pickup.
    """),
  key="handgun", mct=["Route 22 bus stop", "4 loose 9mm rounds", "black handgun"],
  mnc=["02121"], cats=["neighborhood"], weapon="firearm")

C(N, "TechBoston Academy", "Jerome Banks", 11, "weapon", "bpd/district-c11", "2026-01-29 09:15",
  "TechBoston Academy, room 2-205",
  T("""
    BPS incident no. SAF-26-02124 (Aspen). 09:15, room 2-205, period 2. During a lab, Jerome took a razor blade out of his pencil pouch and slashed a classmate's hoodie sleeve (no skin contact). Teacher called 2-205 -> office at 09:16 on ext. 4410. SSS arrived 09:18 and took the blade (single-edge utility blade). Jerome said it was a "joke." Classmate not hurt.
    """),
  key="razor blade", mct=["SAF-26-02124", "room 2-205", "hoodie sleeve"], weapon="razor blade")

C(N, "TechBoston Academy", "Rodney Fairweather", 12, "weapon", "bpd/district-c11", "2026-03-18 12:35",
  "TechBoston Academy, cafeteria",
  T("""
    12:35, cafeteria, table 14. Rodney had a 10-inch bread knife from home in his backpack and told the lunch aide he brought it to "handle" a student from another school at dismissal. Aide called SSS; knife secured at 12:38. Dismissal coverage increased; other student's school notified.
    """),
  key="bread knife", mct=["table 14", "10-inch bread knife", "at dismissal"],
  mnc=["Mt Bowdoin", "02121", "Dorchester"], cats=["neighborhood"], weapon="knife",
  extra={"address": {"line1": "58 Mt Bowdoin Ter, Unit 2", "city": "Dorchester", "zip": "02121"},
         "homeroom": "2-110"})

C(N, "Ohrenberger School", "Grady Lennox", 8, "weapon", "bpd/district-e5", "2025-12-09 07:52",
  "Ohrenberger School, bus drop-off",
  T("""
    Bus 1427 (stop 3 of 11) arrived at 7:52. At drop-off the bus monitor handed the AP a steak knife she saw Grady pass to a 6th grader on the bus. Grady admitted it was his; said he was "showing" it. 6th grader was not threatened. Knife is in the office (wooden handle, 5-inch serrated). Radio channel 4 log attached to Aspen incident 25-1209-07.
    """),
  key="steak knife", mct=["Bus 1427", "5-inch serrated", "stop 3 of 11"], weapon="knife")

C(N, "Mildred Avenue K-8 School", "Jamari Pollard", 8, "weapon", "bpd/district-b3", "2026-02-26 13:10",
  "Mildred Avenue K-8 School, gym",
  T("""
    1:10 PM in the gym: Jamari took a pair of brass knuckles out of his sweatpants and put them on during a dodgeball argument. PE teacher took them; no one was hit. Jamari said an older boy gave them to him.
    Emergency contact update from Jamari: "19 Fessenden, 3rd flr, bell doesn't work, knock."
    """),
  key="brass knuckles", mct=["brass knuckles", "dodgeball", "1:10 PM"],
  mnc=["Fessenden"], cats=["neighborhood"], weapon="brass knuckles")

C(N, "Excel High School", "Kyle Dunbar", 9, "vandalism", "bpd/district-c6", "2026-01-06 10:00",
  "Excel High School, room 108",
  T("""
    Room 108, 10:00: Kyle broke two Chromebooks and a window. Damage $1,400. Home: OC bldg 22 apt 4 (Old Colony). Asking for a police report for restitution.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Old Colony", "bldg 22 apt 4"], cats=["neighborhood"])

C(N, "Snowden International School", "Marcus Oyelaran", 11, "weapon", "bpd/district-d4", "2026-04-02 14:12",
  "Snowden International School, room 212",
  T("""
    At 2:12 PM, period 7, room 212: the teacher saw Marcus hold a razor blade taped inside his phone case against a classmate's neck for a few seconds while joking about "12 seconds." Classmate pushed him away; a 1 cm scratch on the neck, cleaned by the nurse. Blade removed from the case by SSS. 12 students present; 3 gave statements.
    """),
  key="razor blade", mct=["room 212", "phone case", "1 cm scratch"], weapon="razor blade")

C(N, "Joseph Lee K-8 School", "Aaliyah Morton", 8, "drugs", "bpd/district-c11", "2026-05-13 11:05",
  "Joseph Lee K-8 School, girls' bathroom near room 110",
  T("""
    11:05 girls' bathroom by room 110. Aide found Aaliyah with 4 pressed pills (light blue, "K9" stamp) in a lip-gloss tube; she told the AP a high schooler called them "oxys" and sold them to her for $15 each. Nurse checked her: fine. Pills bagged, envelope #3 in the safe.
    Pickup: she told the AP to send the police report "to the yellow house, 3 down from the Shawmut T stop, 02124" because mom's phone is off.
    """),
  key="oxys", mct=["lip-gloss tube", "K9", "$15 each"],
  mnc=["yellow house", "Shawmut", "02124"], cats=["neighborhood"], subs=["counterfeit oxycodone"])

C(N, "Dearborn STEM Academy", "Semaj Whitley", 11, "weapon", "bpd/district-b2", "2025-10-07 09:30",
  "Dearborn STEM Academy, room 224",
  T("""
    09:30, room 224, period 2. Semaj threatened a classmate with a folding knife (3.5 inch blade, green handle) after the classmate sat in his seat; he held it open at his side and said "move." Teacher called SSS (radio ch. 2); knife taken at 09:33. Classmate not hurt.
    """),
  key="folding knife", mct=["room 224", "3.5 inch blade", "green handle"],
  mnc=["02119", "0814.00", "Kabuverdianu"], cats=["language", "neighborhood"], weapon="knife",
  extra={"res_zip": "02119", "census_tract": "0814.00", "hh_lang": "Kabuverdianu", "bus_route": "BUS-47"})

C(N, "Mildred Avenue K-8 School", "Jayden Pierce", 8, "weapon", "bpd/district-b3", "2026-03-25 15:10",
  "MBTA route 28 bus stop, Blue Hill Ave at Morton St (school dismissal post)",
  T("""
    3:10 PM at the route 28 stop on Blue Hill Ave at Morton St, where our staff cover dismissal: SSS saw Jayden open a folding knife and wave it at two 7th graders waiting for the bus. SSS took it; no one was cut. Knife: 3-inch blade, camouflage handle. Jayden was walked back to the school office.
    """),
  key="folding knife", mct=["route 28", "Blue Hill Ave at Morton St", "camouflage handle"], weapon="knife")

C(N, "Jeremiah E. Burke High School", "Trevon Small", 10, "drugs", "bpd/district-c11", "2026-02-02 09:40",
  "Burke HS, room 305",
  T("""
    Room 305, 9:40, locker 1180 search: Juul and 3 pods. Home: 7 Dacia St #1.
    """),
  decision="deny", reason="excluded_substance", mnc=["Dacia"], cats=["neighborhood"], subs=["Juul pods"])

C(N, "Mission Hill K-8 School", "Darnell Reese", 8, "weapon", "bpd/district-b2", "2026-03-18 10:15",
  "Mission Hill K-8 School, 3rd floor stairwell",
  T("""
    Incident # 2026-0318-0441. 10:15, 3rd floor stairwell. Darnell showed a 7th grader a small black taser and pressed the button so it crackled, then said "next time it's on you." The 7th grader told his teacher. SSS took the taser from Darnell's front pocket at 10:22. No contact.
    Emergency contact on file: aunt, "Bldg 6, Mission Main, top floor".
    """),
  key="taser", mct=["2026-0318-0441", "3rd floor stairwell", "crackled"],
  mnc=["Mission Main", "Bldg 6"], cats=["neighborhood"], weapon="taser")

# ====================================================================================
# 6. Dodging text: other languages, diacritics, abbreviations, spelled-out flags
# ====================================================================================
D = "dodging"

C(D, "East Boston High School", "Brayan Hernández", 10, "weapon", "bpd/district-a7", "2025-10-15 11:20",
  "East Boston High School, room 233",
  T("""
    11:20, room 233: Brayan took out a black switchblade ("una navaja," he called it) and opened it in front of another student after an argument over a phone. Teacher told him to drop it and he did. SSS took the knife. Nobody was hurt.
    AP called mom at 12:00. La mamá dijo "no tenemos papeles, por favor no manden a la policía a la casa" y que el papá está en proceso de asilo.
    """),
  key="switchblade", mct=["room 233", "black switchblade", "Nobody was hurt"],
  mnc=["no tenemos papeles", "asilo"], cats=["immigration_status"], weapon="knife")

C(D, "Jeremiah E. Burke High School", "Stanley Joseph", 11, "drugs", "bpd/district-c11", "2025-12-16 13:30",
  "Burke HS, 3rd floor bathroom",
  T("""
    1:30 PM 3rd floor boys bathroom: SSS found Stanley with a plastic bag of 10 small rocks (crack) and a glass stem. He said "se pa pou mwen" (it's not mine). AP called home; manman l di: "nou pa gen papye isit la, tanpri pa rele lapolis". Drugs secured in the safe.
    """),
  key="crack", mct=["10 small rocks", "glass stem", "3rd floor boys bathroom"],
  mnc=["pa gen papye"], cats=["immigration_status"], subs=["crack cocaine"])

C(D, "Dearborn STEM Academy", "Elton Semedo", 9, "weapon", "bpd/district-b2", "2026-01-27 08:15",
  "Dearborn STEM Academy, front scanner",
  T("""
    8:15 at the front scanner: SSS found a 6-inch kitchen knife in Elton's coat sleeve. He said "N ka kre problema, e pa N defende" (I don't want trouble, it's to defend myself). No one threatened.
    Grandma came at 9; she said in Kriolu "nos e di Fogo, nu txiga li na 2023, e ka ten ninguem" and asked for him to come home with her.
    """),
  key="kitchen knife", mct=["6-inch kitchen knife", "coat sleeve", "front scanner"],
  mnc=["Kriolu", "di Fogo", "nu txiga li"], cats=["language", "national_origin"], weapon="knife")

C(D, "Brighton High School", "Lucas Andrade", 10, "weapon", "bpd/district-d14", "2026-02-18 10:05",
  "Brighton High School, room 118",
  T("""
    10:05 sala/room 118: Lucas tirou um canivete (folding knife, 3 in) do bolso e encostou no braço de um colega depois de uma briga pelo celular. Teacher separated them; no cut. SSS recolheu o canivete.
    A mãe falou no telefone que eles são de Minas Gerais e que o visto dele venceu em 2024, pediu para a escola não chamar a polícia.
    """),
  key="folding knife", mct=["room 118", "folding knife, 3 in", "no cut"],
  mnc=["Minas Gerais", "visto"], cats=["immigration_status", "national_origin"], weapon="knife")

C(D, "Lilla G. Frederick Middle School", "Khang Vo", 8, "drugs", "bpd/district-c11", "2026-03-09 12:40",
  "Lilla G. Frederick Middle School, cafeteria",
  T("""
    12:40 lunch: aide saw Khang give a small white pill marked "A 215" to a classmate. In his pocket: 7 more, in a folded paper. Khang said "thuốc giảm đau" (painkillers) and that they are oxycodone from his uncle's bottle, not prescribed to him. Classmate did not swallow it.
    Bố em gọi lại lúc 3 giờ, nói: "gia đình tôi không có giấy tờ, xin đừng gọi cảnh sát." (Typed in the SIS note without accents: "khong co giay to".)
    """),
  key="oxycodone", mct=["A 215", "folded paper", "7 more"],
  mnc=["không có giấy tờ", "khong co giay to"], cats=["immigration_status"], subs=["oxycodone (not prescribed)"])

C(D, "Snowden International School", "Hibaaq Warsame", 10, "weapon", "bpd/district-d4", "2025-11-04 09:50",
  "Snowden International School, 5th floor hallway",
  T("""
    9:50, 5th floor hallway: Hibaaq sprayed pepper spray at a girl who pulled her scarf. The girl's eyes were flushed by the nurse; no lasting injury. Canister (red, keychain) with the AP.
    Hooyadii ayaa tiri markii la wacay: "waxaan nahay qaxooti, Soomaali baan nahay, fadlan ha u yeerin booliska."
    """),
  key="pepper spray", mct=["pepper spray", "5th floor hallway", "red, keychain"],
  mnc=["qaxooti", "Soomaali"], cats=["immigration_status", "national_origin"], weapon="pepper spray")

C(D, "English High School", "Karim Haddad", 11, "serious_violence", "bpd/district-e13", "2026-02-24 12:55",
  "English High School, cafeteria",
  T("""
    12:55 cafeteria: Karim smashed a ceramic mug into the side of another junior's head. The student had a 5 cm cut near his ear that needed 12 stitches at Faulkner, and a concussion. Lunch aides held Karim until SSS arrived.
    Dad at the meeting, in his words: "ehna laje'een men Souria, el walad ta3ban, please don't make it police."
    """),
  key="ceramic mug", mct=["ceramic mug", "12 stitches", "concussion"],
  mnc=["laje'een", "Souria"], cats=["immigration_status", "national_origin"])

C(D, "Josiah Quincy Upper School", "Eric Lin", 10, "credible_threat", "bpd/district-a1", "2026-04-01 09:00",
  "Josiah Quincy Upper School, room 403",
  T("""
    Eric's English-class journal (found 4/1, 9:00, room 403) says he will bring "the gun from the restaurant" on 4/3 and "make them all pay," listing three boys by name. Counselor met with Eric; he did not deny writing it.
    Parent meeting: 家长说：我们是福建来的，没有身份，请不要叫警察。Dad says there is no gun at the restaurant.
    """),
  key="the gun from the restaurant", mct=["room 403", "listing three boys", "make them all pay"],
  mnc=["福建来的", "没有身份"], cats=["immigration_status", "national_origin"],
  threat="Eric wrote in his class journal (found 4/1/2026) that he will bring \"the gun from the restaurant\" on 4/3 and \"make them all pay\", naming three classmates.")

C(D, "Boston Latin School", "Artem Kovalenko", 9, "weapon", "bpd/district-d4", "2025-10-28 11:10",
  "Boston Latin School, room 219",
  T("""
    11:10 room 219: Artem unfolded a knife (folding, 4 in, wooden handle) during a group argument and stabbed the desk next to another student's hand. No injury. Teacher took it.
    Mom on the phone: "пожалуйста, без полиции, у нас нет документов, мы из Украины, приехали в прошлом году".
    """),
  key="knife", mct=["room 219", "folding, 4 in", "stabbed the desk"],
  mnc=["нет документов", "Украины"], cats=["immigration_status", "national_origin"], weapon="knife")

C(D, "Another Course to College", "Mamadou Diallo", 11, "drugs", "bpd/district-e18", "2026-01-20 10:30",
  "Another Course to College, room 210",
  T("""
    10:30 room 210: teacher found a tube of 12 purple "X" pills (MDMA, per Mamadou) in his jacket after he left it on a chair. He said a friend asked him to hold it.
    Mother (by phone, French): "ils sont sans-papiers, arrives de Guinee en 2022, il n'a pas d'autre famille ici." Asked that the school call her first.
    """),
  key="MDMA", mct=["12 purple", "room 210", "jacket"],
  mnc=["sans-papiers", "Guinee", "French"], cats=["immigration_status", "national_origin"], subs=["MDMA"])

C(D, "Margarita Muñiz Academy", "Yaritza Peña", 10, "weapon", "bpd/district-e13", "2026-03-03 13:50",
  "Margarita Muñiz Academy, 2nd floor",
  T("""
    13:50, 2nd floor: Yaritza took a box cutter out of her pencil case and cut through a classmate's backpack strap during an argument. Teacher stepped in. No one was cut. Box cutter with the AP.
    Counselor's Aspen note (copied as is): "undoc, DR-born, 1st gen, EL3, lives w/ tia, mom still in DR".
    """),
  key="box cutter", mct=["box cutter", "backpack strap", "No one was cut"],
  mnc=["undoc", "DR-born", "EL3", "still in DR"], cats=["immigration_status", "language", "national_origin"],
  weapon="box cutter")

C(D, "Boston Arts Academy", "Genesis Almanzar", 11, "credible_threat", "bpd/district-d4", "2026-02-10 21:15",
  "Boston Arts Academy (social media post)",
  T("""
    Screenshots sent to the dean 2/10, 9:15 PM: Genesis posted on her Instagram story a photo of a handgun with "BAA tmrw. u know who u are" and tagged two dancers. Her bio (copied by the student who reported): ":flag-do: :flag-do: Dominicana hasta la muerte | 17".
    Dean met Genesis with her mother 2/11 at 7:30 AM; bag searched, nothing found.
    """),
  key="handgun", mct=["photo of a handgun", "tagged two dancers", "bag searched"],
  mnc=[":flag-do:", "Dominicana"], cats=["national_origin"],
  threat="On 2/10/2026 Genesis posted a photo of a handgun on her Instagram story captioned \"BAA tmrw. u know who u are\" and tagged two classmates.")

C(D, "Mildred Avenue K-8 School", "Fabiola Noël", 8, "weapon", "bpd/district-b3", "2025-11-17 09:10",
  "Mildred Avenue K-8 School, room 206",
  T("""
    9:10 room 206: Fabiola took a small folding knife from her sock and told a classmate "m ap koupe w" (I'll cut you). The teacher took it. No injury.
    Mom came at 11. In the meeting she said the family is "Haïtienne, nou la depi 2 an" and that their pastor at Église Baptiste Béthel would come with her to the next meeting.
    """),
  key="folding knife", mct=["folding knife", "room 206", "from her sock"],
  mnc=["Haïtienne", "Église Baptiste", "pastor"], cats=["ethnicity", "national_origin", "religion"], weapon="knife")

C(D, "Mario Umana Academy", "Wilder Caal", 8, "weapon", "bpd/district-a7", "2026-04-28 12:20",
  "Mario Umana Academy, schoolyard",
  T("""
    12:20 recess, schoolyard: Wilder swung a belt with a large metal buckle, then pulled out a 4-inch switchblade when a 7th grader came at him. The yard teacher got between them; no one hurt. Knife taken.
    Wilder told the AP: "no soy de aquí, soy de Guate, mis papás son chapines, dont call ICE".
    """),
  key="switchblade", mct=["4-inch switchblade", "metal buckle", "schoolyard"],
  mnc=["de Guate", "chapines", "no soy de aquí"], cats=["national_origin"], weapon="knife")

C(D, "Jeremiah E. Burke High School", "Alcides Tavares", 11, "immigration_status_check", "bpd/district-c11",
  "2026-03-10 10:00", "Burke HS, main office",
  T("""
    Registrar says the uncle enrolling Alcides "el ka ten dokumentu" and his papers look wrong. Asking BPD to check status before we accept the guardianship form.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["ka ten dokumentu"], cats=["immigration_status"])

C(D, "East Boston High School", "Jefferson Ayala", 9, "drugs", "bpd/district-a7", "2026-05-14 11:00",
  "East Boston High School, 1st floor boys' bathroom",
  T("""
    Le encontraron un vape en el baño, no sabemos qué tiene adentro. Su familia es de Honduras y la mamá no habla inglés.
    """),
  decision="deny", reason="excluded_substance", mnc=["Honduras", "no habla inglés"], cats=["language", "national_origin"],
  subs=["vape (contents unknown)"])

C(D, "Brighton High School", "Vitória Santos", 10, "credible_threat", "ice/ero-boston", "2026-03-30 09:00",
  "Brighton High School",
  T("""
    Vitória escreveu no banheiro "vou trazer uma arma sexta". A família está sem documentos desde 2023. Enviando ao ICE conforme pedido.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["sem documentos"], cats=["immigration_status"],
  threat="Vitória wrote on the bathroom wall \"vou trazer uma arma sexta\" (I'll bring a gun Friday).")

C(D, "Boston Community Leadership Academy", "Abdullahi Noor", 10, "weapon", "bpd/district-e18", "2026-01-21 12:45",
  "BCLA, cafeteria",
  T("""
    12:45 cafeteria: Abdullahi held a box cutter to the side of a 10th grader's neck for about 5 seconds, said "say it again," then put it away. No cut. SSS took the box cutter from his left pocket.
    Registrar flag in Aspen (copied exactly): "r3fug33 / S0MALI / arr. 2023 / needs interp".
    """),
  key="box cutter", mct=["box cutter", "say it again", "left pocket"],
  mnc=["r3fug33", "S0MALI", "interp"], cats=["immigration_status", "language", "national_origin"], weapon="box cutter")

C(D, "Jeremiah E. Burke High School", "Ricardo Pierre-Louis", 11, "credible_threat", "bpd/district-c11",
  "2026-05-06 10:40", "Burke HS, room 214",
  T("""
    10:40 room 214: Ricardo told his teacher "I got something for Mr. Dunn at 2:30, tell him don't leave." Teacher reported to AP. Ricardo's bag was searched: nothing found. Mr. Dunn is on leave the rest of the day.
    """),
  key="Mr. Dunn", mct=["room 214", "tell him don't leave", "2:30"],
  mnc=["Haitian Creole"], cats=["language"],
  threat="On 5/6/2026 Ricardo told his teacher \"I got something for Mr. Dunn at 2:30, tell him don't leave\"; his cousin (who translated for him from Haitian Creole) says Ricardo told him he has a gun at a friend's house.")

# ====================================================================================
# 7. Precision traps: category-looking words used about something else -> allow AND keep
# ====================================================================================
P = "precision_trap"

C(P, "Boston Latin Academy", "Owen Pacheco", 10, "weapon", "bpd/district-b2", "2025-10-09 10:20",
  "Boston Latin Academy, room 204 (chemistry)",
  T("""
    At 10:20 in Mr. French's chemistry class (room 204) Owen was showing a classmate a gravity knife under the lab bench. Mr. French saw the blade, asked for it, and Owen handed it over. Mr. French walked it to the AHM's office. Blade about 3.5 inches, spring-assisted. No one threatened.
    """),
  key="gravity knife", mct=["Mr. French", "room 204", "under the lab bench"], weapon="knife", tags=["trap_surname"])

C(P, "UP Academy Holland", "Terrell Gaines", 8, "drugs", "bpd/district-c11", "2026-01-15 13:00",
  "UP Academy Holland, main office",
  T("""
    At 1:00 PM a 7th grader told Ms. Holland (Dean of Students) that Terrell was selling "percs" in the 8th grade hallway. Ms. Holland and the AP searched Terrell's bag with him present and found 9 blue pills stamped "M 30" in an Altoids tin. Terrell said he got them from an older cousin and sold 2 for $20 each. The Holland office secured the tin in the safe.
    """),
  key="M 30", mct=["Ms. Holland", "Altoids tin", "9 blue pills"], subs=["counterfeit oxycodone"],
  tags=["trap_surname"])

C(P, "Charlestown High School", "Anthony DiMarco", 11, "weapon", "bpd/district-a1", "2025-11-06 12:05",
  "Charlestown High School, 1st floor hallway by the gym",
  T("""
    At 12:05 a student reported that a boy in a yellow Brazil jersey had a knife in the 1st floor hallway by the gym. SSS Donnelly looked at the hallway camera, saw the boy in the yellow Brazil jersey, and found Anthony by the gym doors. In his jersey pocket: a folding knife, 3-inch blade. Anthony said he had it "for the walk home." No threats were made.
    """),
  key="folding knife", mct=["yellow Brazil jersey", "by the gym doors", "3-inch blade"], weapon="knife",
  tags=["trap_team"])

C(P, "Boston Latin School", "Declan Murphy", 12, "weapon", "bpd/district-d4", "2026-02-05 11:30",
  "Boston Latin School, room 305",
  T("""
    At 11:30 during the World Religions elective (room 305) Declan took a box cutter out of his pencil case and slid the blade out while arguing with another senior about a group project. The teacher told him to put it on her desk; he did. No one was cut or touched.
    """),
  key="box cutter", mct=["World Religions elective", "room 305", "pencil case"], weapon="box cutter",
  tags=["trap_course"])

C(P, "Fenway High School", "Mia Sorensen", 10, "drugs", "bpd/district-b2", "2026-03-16 09:15",
  "Fenway High School, Spanish 3 classroom",
  T("""
    During Spanish 3 (9:15) the teacher saw Mia pass a small baggie under the table. The baggie held 6 white bars stamped "XANAX 2". Mia said she bought them for $5 each and was giving 2 to a friend. Nurse checked both girls: neither had taken any. Bars with the AP.
    """),
  key="XANAX", mct=["Spanish 3", "6 white bars", "$5 each"], subs=["alprazolam (Xanax)"], tags=["trap_course"])

C(P, "Madison Park Technical Vocational High School", "Rasheed Vaughn", 11, "weapon", "bpd/district-b2",
  "2026-01-30 18:40", "Madison Park gym, home bleachers",
  T("""
    During the varsity basketball game against Catholic Memorial (6:40 PM, home bleachers) SSS saw the grip of a handgun in Rasheed's coat pocket when he stood up. SSS escorted him out to the lobby and BPD officers working the detail took a black 9mm handgun, loaded, from the pocket. The game against Catholic Memorial continued after a short pause. No one was threatened.
    """),
  key="9mm handgun", mct=["Catholic Memorial", "home bleachers", "loaded"], weapon="firearm", tags=["trap_school_name"])

C(P, "John D. O'Bryant School of Mathematics & Science", "Marcus Pettaway", 11, "serious_violence",
  "bpd/district-b2", "2026-02-12 14:25", "Ruggles station busway (dismissal route)",
  T("""
    At 2:25 PM, right after dismissal, Marcus stabbed a 10th grader once in the lower back with a small knife at the Ruggles station busway, in front of O'Bryant staff on dismissal duty. The student was taken to Beth Israel with a 2 cm deep wound and was admitted. Transit police held Marcus until BPD arrived. Staff statements from the Ruggles station busway post are attached.
    """),
  key="small knife", mct=["Ruggles station busway", "lower back", "admitted"], tags=["trap_place"])

C(P, "Dearborn STEM Academy", "Jayvon Mills", 9, "weapon", "bpd/district-b2", "2025-12-03 15:20",
  "outside the Dudley Square library branch (after-school program site)",
  T("""
    At 3:20 PM, during the school's after-school tutoring program held outside the Dudley Square library branch, Jayvon pulled a folding knife on another 9th grader in line at the door. Program staff (Dearborn teachers) got between them; Jayvon put the knife away and walked off. Staff found him at the corner and he gave up the knife (black, 4-inch blade). No one was hurt.
    """),
  key="folding knife", mct=["Dudley Square library branch", "black, 4-inch blade", "in line at the door"],
  weapon="knife", tags=["trap_place"])

C(P, "Excel High School", "Devin Kearney", 11, "weapon", "bpd/district-c6", "2026-02-19 10:40",
  "Excel High School, room 311 (US History)",
  T("""
    At 10:40 during a US History lesson on convict leasing and the chain gang system, Devin pulled a razor blade out of his phone case and drew it across the edge of his desk, telling the boy next to him "keep talking." The teacher removed the class and called SSS; Devin gave up the blade. No injuries.
    """),
  key="razor blade", mct=["chain gang", "phone case", "keep talking"], weapon="razor blade", tags=["trap_gang_word"])

C(P, "Madison Park Technical Vocational High School", "Kofi Mensah", 12, "weapon", "bpd/district-b2",
  "2026-03-05 08:45", "Madison Park, carpentry shop",
  T("""
    At 8:45 the carpentry instructor opened the shop's steel gang box to hand out the circular saws and found a revolver wrapped in a hand towel on top of the saw cases. Two students said Kofi put something in the gang box before first period; Kofi admitted it was his. The revolver was unloaded; 5 rounds were in Kofi's jacket.
    """),
  key="revolver", mct=["gang box", "circular saws", "5 rounds"], weapon="firearm", tags=["trap_gang_word"])

C(P, "Jeremiah E. Burke High School", "Devonte Ashby", 12, "drugs", "bpd/district-c11", "2026-04-08 11:45",
  "Burke HS, cafeteria",
  T("""
    At 11:45 a lunch aide saw Devonte hand another senior a Jamaican beef patty wrapper that was folded shut. Inside were 10 blue "M30" pills in a twist of plastic. Devonte said they are "blues," meaning fentanyl pills, and that he charges $10 each. The other senior said he had not taken any. Everything is in the AP's safe.
    """),
  key="fentanyl", mct=["Jamaican beef patty", "10 blue", "$10 each"], subs=["fentanyl"], tags=["trap_food_brand"])

C(P, "East Boston High School", "Leonardo Rocha", 9, "weapon", "bpd/district-a7", "2025-10-20 11:10",
  "East Boston High School, cafeteria serving line",
  T("""
    At 11:10, in the serving line for French fries, Leonardo sprayed pepper spray at a 9th grader who cut in front of him. The spray also hit a lunch aide. Both were taken to the nurse and had their eyes flushed; the aide went home early. Canister (black, clip-on) taken by SSS.
    """),
  key="pepper spray", mct=["French fries", "eyes flushed", "lunch aide"], weapon="pepper spray",
  tags=["trap_food_brand"])

C(P, "Charlestown High School", "Patrick Hurley", 10, "weapon", "bpd/district-a1", "2026-01-08 13:30",
  "Charlestown High School, 2nd floor",
  T("""
    At 1:30 a teacher saw a black-handled knife sticking out of the front pocket of Patrick's green Celtics hoodie. SSS brought him to the office; the knife is a kitchen paring knife, 4-inch blade. Patrick was also wearing a gold Cuban link chain, which he asked to keep. He says he forgot the knife was there after making lunch. No threats.
    """),
  key="paring knife", mct=["black-handled knife", "Celtics hoodie", "Cuban link chain"], weapon="knife",
  tags=["trap_color", "trap_food_brand"])

C(P, "Brighton High School", "Nolan Briggs", 12, "drugs", "bpd/district-d14", "2026-04-21 09:05",
  "Brighton High School, senior lounge",
  T("""
    At 9:05 in the senior lounge a teacher found a brown paper bag left under a couch. Inside: a black backpack pouch with 8 knotted baggies of white powder and a digital scale. Nolan came back for it and said it was cocaine he was "holding for a friend." Bag, powder and scale are with the AP.
    """),
  key="cocaine", mct=["brown paper bag", "white powder", "digital scale"], subs=["cocaine"], tags=["trap_color"])

C(P, "English High School", "Israel Reyes", 10, "weapon", "bpd/district-e13", "2025-11-13 12:15",
  "English High School, 3rd floor hallway",
  T("""
    At 12:15 in the 3rd floor hallway SSS saw Israel pass a switchblade to another student. When SSS asked, Israel told SSS the knife was his and that he had only "shown" it. The knife (silver, 4-inch blade) was recovered from the other student. Israel told the AP he bought it online.
    """),
  key="switchblade", mct=["Israel told", "silver, 4-inch blade", "3rd floor hallway"], weapon="knife",
  tags=["trap_name"])

C(P, "Community Academy of Science and Health", "Christian Baptiste", 11, "serious_violence",
  "bpd/district-c11", "2026-03-20 10:10", "CASH, 2nd floor classroom 204",
  T("""
    At 10:10 in room 204 Christian hit a classmate in the head with a wooden stool. The classmate had a 3 cm cut above his ear, was dizzy and vomited; EMS took him to BMC where he was diagnosed with a concussion. Christian said the other boy had been making fun of his sneakers. Christian waited in the office with SSS.
    """),
  key="wooden stool", mct=["wooden stool", "room 204", "Christian said"], tags=["trap_name"])

C(P, "Boston International Newcomers Academy", "Bruno Teixeira", 10, "weapon", "bpd/district-c11",
  "2026-02-03 08:10", "Boston International Newcomers Academy, front entrance",
  T("""
    At the 8:10 bag check at the front entrance staff found a pair of brass knuckles in Bruno's backpack, in the side pocket with his headphones. Bruno said he found them in a park over the weekend. He did not take them out at school and no one was threatened.
    """),
  key="brass knuckles", mct=["brass knuckles", "bag check", "side pocket"], weapon="brass knuckles",
  tags=["trap_school_name"])

C(P, "Margarita Muñiz Academy", "Adrian Colón", 11, "drugs", "bpd/district-e13", "2025-12-11 14:00",
  "Margarita Muñiz Academy, gym bleachers",
  T("""
    At 2:00 PM under the gym bleachers at the Muñiz Academy a teacher found Adrian and two friends with a bag of 20 small white pills stamped "M" in a box. Adrian said they are "tabs," meaning methamphetamine, bought from someone at the train. Pills were taken to the AP's office. None of the students appeared impaired.
    """),
  key="methamphetamine", mct=["gym bleachers", "20 small white pills", "Muñiz Academy"], subs=["methamphetamine"],
  tags=["trap_school_name"])

C(P, "East Boston High School", "Wesley Duarte", 10, "weapon", "bpd/district-a7", "2026-03-24 15:30",
  "East Boston High School, boys' locker room",
  T("""
    At 3:30 after practice Coach Ireland saw Wesley slip brass knuckles on and swing at a teammate's face in the locker room; he missed. Coach Ireland took them and walked Wesley to the AP. The teammate was not hit.
    When the AP called home, mom said they are renters who recently came from Haiti and asked that the police not come to the house.
    """),
  key="brass knuckles", mct=["Coach Ireland", "locker room", "he missed"],
  mnc=["from Haiti"], cats=["national_origin"], weapon="brass knuckles", tags=["trap_surname", "trap_mixed"])

C(P, "Boston Latin School", "Henry Castellanos", 9, "weapon", "bpd/district-d4", "2026-01-22 09:45",
  "Boston Latin School, room 118 (Latin 2)",
  T("""
    At 9:45 during Latin 2 in room 118 a student saw Henry open a switchblade under his desk and reported it to the teacher. The teacher asked for it and Henry handed it over. Knife: black, 3.5-inch blade. Henry said it was his brother's. No one was threatened.
    """),
  key="switchblade", mct=["Latin 2", "room 118", "3.5-inch blade"], weapon="knife", tags=["trap_course"])

C(P, "Brighton High School", "Beatriz Gonçalves", 11, "drugs", "bpd/district-d14", "2025-10-31 10:30",
  "Brighton High School, nurse's office",
  T("""
    At 10:30 Beatriz came to the nurse's office and, at the Dutch door, passed a classmate 3 oxycodone 30 mg pills (blue, "M 30") wrapped in a receipt. The nurse saw it through the open top half of the Dutch door and took the pills. Beatriz said the pills were her mother's; they are not prescribed to Beatriz.
    """),
  key="oxycodone", mct=["Dutch door", "wrapped in a receipt", "3 oxycodone"],
  mnc=["Portuguese"], cats=["language"], subs=["oxycodone (not prescribed)"],
  extra={"home_language": "Portuguese", "ell": True}, tags=["trap_mixed"])

C(P, "Another Course to College", "Dominic Reyes", 11, "weapon", "bpd/district-e18", "2026-02-26 12:20",
  "Another Course to College, counseling office",
  T("""
    At 12:20 Dominic came into the counseling office upset and, in front of Ms. Temple (counselor), pulled a box cutter from his sleeve and said he was "done with" a student who had posted about him. Ms. Temple talked with him until Mr. Bishop (PE teacher) came in; Dominic handed the box cutter to Mr. Bishop. No one was hurt.
    """),
  key="box cutter", mct=["Ms. Temple", "Mr. Bishop", "from his sleeve"], weapon="box cutter",
  tags=["trap_surname"])

C(P, "Charlestown High School", "Tyler Conway", 11, "credible_threat", "bpd/district-a1", "2026-04-13 21:30",
  "Charlestown High School (FaceTime call, reported next morning)",
  T("""
    On a FaceTime call at about 9:30 PM on 4/13 Tyler showed two classmates a black handgun on his bed and said "watch what happens at lunch tomorrow." One classmate screen-recorded part of the FaceTime call and showed it to the AP at 7:15 AM on 4/14. Tyler was met at the door and his bag was searched: no gun. He is in the office with his father.
    """),
  key="black handgun", mct=["FaceTime", "screen-recorded", "watch what happens at lunch tomorrow"],
  threat="On 4/13/2026 during a FaceTime call Tyler showed two classmates a handgun and said \"watch what happens at lunch tomorrow\"; one classmate recorded part of the call and showed it to the AP the next morning.",
  tags=["trap_face_word"])

C(P, "Boston Community Leadership Academy", "Isaac Holloway", 10, "weapon", "bpd/district-e18",
  "2026-03-12 13:05", "BCLA, east stairwell",
  T("""
    At 13:05 SSS reviewed the hallway recording from camera 3-East (time-stamped) after a student said she saw a knife. The recording shows Isaac handing a kitchen knife to another boy by the east stairwell, then taking it back. SSS found the knife (8-inch, black handle) in Isaac's backpack. Photo of the knife on the AP's desk attached.
    """),
  key="kitchen knife", mct=["camera 3-East", "east stairwell", "8-inch"], weapon="knife",
  att=[{"kind": "photo", "name": "knife_on_ap_desk.jpg"}], tags=["trap_face_word"])

C(P, "English High School", "Malcolm Pryor", 12, "weapon", "bpd/district-e13", "2025-12-09 14:30",
  "Forest Hills station, upper busway (dismissal)",
  T("""
    At 2:30 PM at the Forest Hills station upper busway, where English High staff cover dismissal, Malcolm pulled a small handgun from his waistband and showed it to a group of students, then put it back. Staff called BPD E-13 and Transit Police; officers found a .380 pistol in his waistband at the Forest Hills station lobby. No shots, no injuries.
    """),
  key=".380 pistol", mct=["Forest Hills station", "upper busway", "waistband"], weapon="firearm",
  tags=["trap_place"])

C(P, "Greater Egleston High School", "Andre Mayfield", 11, "serious_violence", "bpd/district-b2",
  "2026-01-26 15:05", "Egleston Square bus stop (after dismissal)",
  T("""
    At 3:05 PM at the Egleston Square bus stop after dismissal Andre hit another Greater Egleston student in the face with a glass bottle. The student needed 14 stitches across his cheek at BMC and has a fractured cheekbone. Two teachers walking to the Egleston Square bus stop saw it and stayed with the victim until EMS arrived.
    """),
  key="glass bottle", mct=["Egleston Square", "14 stitches", "fractured cheekbone"], tags=["trap_place"])

C(P, "Fenway High School", "Jonah Kessler", 10, "weapon", "bpd/district-b2", "2025-10-10 11:00",
  "Fenway High School, room 101",
  T("""
    On Friday 10/10, the day before the Indigenous Peoples' Day long weekend, Jonah brought a stun gun to advisory in room 101 and buzzed it next to a classmate's ear as a "prank." The classmate was startled but not touched. The teacher took the stun gun (purple, flashlight style).
    """),
  key="stun gun", mct=["Indigenous Peoples' Day", "room 101", "flashlight style"], weapon="stun gun",
  tags=["trap_holiday"])

C(P, "Boston Arts Academy", "Zoe Whitman", 11, "drugs", "bpd/district-d4", "2025-12-23 13:00",
  "Boston Arts Academy, 4th floor studio",
  T("""
    On the last day before Christmas break, at about 1:00 PM, a teacher found Zoe and two friends in the 4th floor studio with a folded dollar bill holding white powder. Zoe said it was ketamine from a party and that she had snorted "a bump." Nurse evaluated her: drowsy but responsive; mom picked her up. Powder in the AP's safe.
    """),
  key="ketamine", mct=["Christmas break", "4th floor studio", "a bump"], subs=["ketamine"], tags=["trap_holiday"])

C(P, "Joseph Lee K-8 School", "Shawn Kirby", 8, "drugs", "bpd/district-c11", "2026-02-04 11:50",
  "Joseph Lee K-8 School, cafeteria",
  T("""
    At 11:50 in the cafeteria Shawn's lunch bag fell over and a lunch aide saw pills inside: 5 blue "M30" pills wrapped in plastic, tucked under a turkey sandwich next to a Greek yogurt cup. Shawn said his older brother told him to hold them. The AP has the pills.
    """),
  key="M30", mct=["turkey sandwich", "Greek yogurt", "5 blue"], subs=["counterfeit oxycodone"],
  tags=["trap_food_brand"])

C(P, "Haley Pilot School", "Brianna Kent", 8, "drugs", "bpd/district-e5", "2026-03-10 09:30",
  "Haley Pilot School, girls' bathroom",
  T("""
    At 9:30 a teacher found Brianna in the girls' bathroom with an empty nail polish bottle that held 4 pills (white, "GG 249" — Xanax, per Brianna). She said a high school student gave them to her. She had not taken any; the nurse checked her. Bottle and pills are in the office.
    """),
  key="Xanax", mct=["nail polish bottle", "GG 249", "girls' bathroom"], subs=["alprazolam (Xanax)"],
  tags=["trap_food_brand"])

C(P, "Brighton High School", "Aidan Kowalski", 12, "weapon", "bpd/district-d14", "2026-01-12 08:05",
  "Brighton High School, front entrance",
  T("""
    At 8:05 at the front entrance the scanner alarmed on Aidan's black Canada Goose jacket. SSS found a loaded 9mm handgun in the inside pocket of the Canada Goose jacket. Aidan was held in the office; BPD D-14 took the gun at 8:21. He said he "carries it because of what happened in the summer."
    """),
  key="9mm handgun", mct=["Canada Goose", "inside pocket", "8:21"], weapon="firearm", tags=["trap_food_brand"])

C(P, "Boston Latin Academy", "Lucy Tran", 11, "credible_threat", "bpd/district-b2", "2026-02-27 10:05",
  "Boston Latin Academy, room 3-214 (AP English Language)",
  T("""
    During AP English Language (10:05, room 3-214) Lucy handed in an essay that ended "I'm bringing my brother's gun on Monday and Mr. Hale and Jenna will be the first." The teacher brought it to the AHM immediately. Lucy told the counselor her brother has a gun in his car.
    """),
  key="brother's gun", mct=["AP English Language", "room 3-214", "brother's gun"],
  threat="Lucy wrote in a class essay handed in on 2/27/2026: \"I'm bringing my brother's gun on Monday and Mr. Hale and Jenna will be the first\", and told the counselor her brother keeps a gun in his car.",
  tags=["trap_course"])

C(P, "Sarah Greenwood K-8 School", "Jalen Moss", 8, "drugs", "bpd/district-c11", "2026-05-01 10:45",
  "Sarah Greenwood K-8 School, room 8B",
  T("""
    At 10:45 in room 8B a teacher noticed Jalen pouring pills out of a Swedish Fish bag. There were 7 pink pills marked "E 404" (Adderall, not his prescription) mixed in with the candy. He said he takes them to stay awake and sold two to a classmate. Pills and bag are with the AP.
    """),
  key="Adderall", mct=["Swedish Fish", "E 404", "room 8B"], subs=["amphetamine (Adderall, not prescribed)"],
  tags=["trap_food_brand"])

C(P, "Charlestown High School", "Ronan Tully", 12, "weapon", "bpd/district-a1", "2026-04-02 07:55",
  "Charlestown High School, gangway between main building and annex",
  T("""
    At 7:55 SSS saw Ronan and another senior arguing in the gangway between the main building and the annex. Ronan pulled out a collapsible baton (expandable, black steel), snapped it open and stepped toward the other student. SSS took the baton. No one was hit.
    """),
  key="collapsible baton", mct=["gangway", "expandable, black steel", "the annex"], weapon="club",
  tags=["trap_gang_word"])

C(P, "New Mission High School", "Keon Whitaker", 10, "weapon", "bpd/district-e18", "2026-03-02 14:20",
  "bus shelter on Hyde Park Ave across from the school",
  T("""
    At 2:20 PM at the bus shelter on Hyde Park Ave across from the school, during dismissal, Keon opened a butterfly knife and pointed it at a 9th grader who had bumped him. Dismissal staff from the bus shelter on Hyde Park Ave saw it and took the knife. The 9th grader was not cut.
    """),
  key="butterfly knife", mct=["Hyde Park Ave", "bus shelter", "not cut"], weapon="knife", tags=["trap_place"])

C(P, "Boston Day and Evening Academy", "Jahlil Gray", 11, "weapon", "bpd/district-b2", "2025-11-24 10:00",
  "Boston Day and Evening Academy, main lobby",
  T("""
    At 10:00 in the lobby Jahlil bent down to fix his Jordan 4s and a box cutter fell out of his sock. SSS picked it up. Jahlil said he used it at his job at a warehouse. No one was threatened; he waited with SSS until the AP arrived.
    """),
  key="box cutter", mct=["Jordan 4s", "fell out of his sock", "warehouse"], weapon="box cutter",
  tags=["trap_food_brand"])

C(P, "Edward M. Kennedy Academy for Health Careers", "Kayla Simmons", 10, "weapon", "bpd/district-b2",
  "2026-04-23 13:40", "Kennedy Academy for Health Careers, room 212",
  T("""
    At 1:40 during the US History Ellis Island simulation in room 212, Kayla took a folding knife out of her bag and held it open toward a classmate who had taken her "passport" prop card. The teacher told her to close it and put it down; she did. No injury.
    """),
  key="folding knife", mct=["Ellis Island simulation", "passport", "room 212"], weapon="knife",
  tags=["trap_course"])

C(P, "Boston Green Academy", "Marcus Dorsey", 12, "drugs", "bpd/district-d14", "2026-03-27 12:10",
  "Boston Green Academy, senior hallway",
  T("""
    At 12:10 SSS searched Marcus after a tip and found a Visa gift card, a pack of rolling papers, and a sandwich bag of 15 pressed pills marked "R039" that he said were fentanyl. Marcus said he used the Visa gift card to pay for them. Items secured by the AP.
    """),
  key="fentanyl", mct=["Visa gift card", "rolling papers", "R039"], subs=["fentanyl"], tags=["trap_food_brand"])

C(P, "Jeremiah E. Burke High School", "Darren Hollis", 11, "serious_violence", "bpd/district-c11",
  "2025-10-17 15:00", "church parking lot next to the school (dismissal)",
  T("""
    At 3:00 PM in the church parking lot next to the school, where students wait for rides, Darren attacked a 10th grader with a tire iron, hitting him in the arm and shoulder. The student's forearm is broken in two places; EMS took him to BMC. Two teachers on dismissal duty at the church parking lot saw it.
    """),
  key="tire iron", mct=["church parking lot", "broken in two places", "tire iron"], tags=["trap_place"])

C(P, "Boston Arts Academy", "Tessa Lowell", 12, "weapon", "bpd/district-d4", "2026-02-17 16:30",
  "Boston Arts Academy, auditorium backstage",
  T("""
    At 4:30 PM during stage crew rehearsal backstage in the auditorium, Tessa threatened another crew member with a box cutter she uses for cutting gaff tape, holding it at his chest and saying "touch my set again." The stage crew teacher took the box cutter. No one was cut.
    """),
  key="box cutter", mct=["stage crew", "gaff tape", "touch my set again"], weapon="box cutter",
  tags=["trap_gang_word"])

C(P, "Madison Park Technical Vocational High School", "Trevor Okoye", 10, "weapon", "bpd/district-b2",
  "2026-05-07 11:25", "Madison Park, cafeteria (B-block lunch)",
  T("""
    During B-block lunch at 11:25 Trevor took a taser out of his bag and sparked it at a table of 10th graders. A lunch aide took it from him. Nobody was touched. Trevor says he bought it on the internet. Taser (black, rechargeable) is locked in the AP's office.
    """),
  key="taser", mct=["B-block lunch", "sparked it", "black, rechargeable"], weapon="taser",
  tags=["trap_gang_word"])

C(P, "Snowden International School", "Julian Meeks", 11, "drugs", "bpd/district-d4", "2026-01-09 15:15",
  "Massachusetts Ave Orange Line station (after-school)",
  T("""
    At 3:15 PM on the platform of the Mass Ave Orange Line station, where Snowden staff supervise the after-school crowd, Julian was seen selling pills to two Snowden 10th graders. Staff held him; he had 12 pills stamped "A 215" (oxycodone) in a vitamin bottle. Transit police notified BPD. The 10th graders did not take any.
    """),
  key="oxycodone", mct=["Mass Ave Orange Line station", "A 215", "vitamin bottle"], subs=["oxycodone"],
  tags=["trap_place"])

C(P, "Mildred Avenue K-8 School", "Corey Blanchard", 8, "weapon", "bpd/district-b3", "2026-04-09 15:00",
  "Mattapan trolley platform at Ashmont (after-school)",
  T("""
    At 3:00 PM on the Mattapan trolley platform at Ashmont, where 8th grade staff walk students after school, Corey pulled a kitchen knife out of his backpack and chased another 8th grader along the platform. Staff and a transit officer stopped him. The knife (6-inch, serrated) was taken; no one was cut.
    """),
  key="kitchen knife", mct=["Mattapan trolley platform", "6-inch, serrated", "no one was cut"], weapon="knife",
  tags=["trap_place"])

C(P, "Fenway High School", "Sean Cabrera", 11, "serious_violence", "bpd/district-b2", "2026-05-18 09:20",
  "Fenway High School, gym",
  T("""
    During PE at 9:20, while the class was doing Russian twists with medicine balls, Sean threw a 10 lb medicine ball at a classmate's head from close range and then kicked him while he was down. The classmate lost consciousness for about a minute and had a broken jaw; EMS took him to Children's. The PE teacher separated them.
    """),
  key="medicine ball", mct=["Russian twists", "broken jaw", "lost consciousness"], tags=["trap_other"])

C(P, "Josiah Quincy Upper School", "Ian Gallagher", 9, "weapon", "bpd/district-a1", "2025-11-19 12:40",
  "Josiah Quincy Upper School, gym locker room",
  T("""
    At 12:40 the nurse documented a 2 cm cut on a 9th grader's hand after Ian swung a razor blade at him in the gym locker room. The nurse documented the wound, cleaned it and applied steri-strips; no stitches needed. SSS recovered the razor blade (single-edge) from Ian's gym bag.
    """),
  key="razor blade", mct=["nurse documented", "2 cm cut", "steri-strips"], weapon="razor blade",
  tags=["trap_immigration_word"])

C(P, "Community Academy of Science and Health", "Darnell Ruiz", 10, "weapon", "bpd/district-c11",
  "2026-03-03 08:20", "CASH, front entrance",
  T("""
    At 8:20 at the front entrance Darnell's backpack set off the scanner. In a side pocket SSS found a can of police-strength pepper spray (Mace brand) and a "passport" folder from the school's College Passport program. Darnell said the spray was for the walk to the bus. No one was threatened.
    """),
  key="pepper spray", mct=["Mace brand", "College Passport", "side pocket"], weapon="pepper spray",
  tags=["trap_immigration_word"])

C(P, "Boston Community Leadership Academy", "Tariq Simmons", 12, "weapon", "bpd/district-e18",
  "2025-12-15 10:30", "BCLA, 2nd floor hallway",
  T("""
    At 10:30 in the 2nd floor hallway Tariq pulled a Black & Decker utility knife on a junior who had been teasing him. A teacher got between them; Tariq folded the blade and handed it over. Black-and-white security footage from the hallway camera confirms the time. No one was hurt.
    """),
  key="utility knife", mct=["Black & Decker utility knife", "Black-and-white", "2nd floor hallway"],
  weapon="box cutter", tags=["trap_color", "trap_face_word"])

# ====================================================================================
# 8. Extra denials (and one mixed-substance allow)
# ====================================================================================
X = "misc_deny"

C(X, "Jeremiah E. Burke High School", "Malik Ford", 11, "weapon", "bpd/district-c11", "2026-01-16 16:45",
  "corner store near Burke HS",
  T("""
    After school on 1/16 a store clerk says a teenager showed a knife at the corner store; the store's doorbell camera caught his face. We believe it is Malik. Attached is his yearbook photo: please run it through facial recognition against the store video to confirm the ID before we discipline him.
    """),
  decision="deny", reason="face_surveillance", cats=["face_surveillance"], weapon="knife",
  att=[{"kind": "photo", "name": "yearbook_2025_portrait.jpg"}, {"kind": "video", "name": "store_doorbell_clip.mp4"}])

C(X, "Charlestown High School", "Sean Rourke", 10, "weapon", "allied-universal/charlestown-navy-yard", "2026-02-09 08:30",
  "Charlestown High School, main entrance",
  T("""
    At 8:30 the scanner found a box cutter in Sean's backpack. The building's contracted security company asked for a copy of all weapons incidents for their site log.
    """),
  decision="deny", reason="recipient_not_permitted", weapon="box cutter")

C(X, "East Boston High School", "Andrés Cañas", 11, "drugs", "cbp/boston-field-office", "2026-03-13 09:50",
  "East Boston High School, room 240",
  T("""
    Andrés was found with 8 fentanyl pills in room 240. A CBP officer who is a parent volunteer asked for the report; he says Andrés and his mother crossed at Eagle Pass in 2023 and have a pending asylum case.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["Eagle Pass", "asylum"], cats=["immigration_status"],
  subs=["fentanyl"])

C(X, "Brighton High School", "Caden Murphy", 10, "drugs", "bpd/district-d14", "2026-04-20 13:40",
  "Brighton High School, 2nd floor boys' bathroom",
  T("""
    At 1:40 SSS found Caden with a dab pen (wax cartridge, "Cake" brand), a tin of ZYN pouches and a lighter in the 2nd floor boys' bathroom. He admitted the pen is THC.
    """),
  decision="deny", reason="excluded_substance", subs=["THC wax dab pen", "nicotine pouches"])

C(X, "Madison Park Technical Vocational High School", "Kaylee Boudreau", 11, "drugs", "bpd/district-b2",
  "2025-10-24 19:15", "Madison Park, homecoming dance",
  T("""
    At the homecoming dance (7:15 PM) a chaperone found Kaylee with 4 Fireball nips in her purse and a half-smoked blunt. She was visibly drunk; dad picked her up at 7:45.
    """),
  decision="deny", reason="excluded_substance", subs=["Fireball nips (whiskey)", "marijuana blunt"])

C(X, "Dearborn STEM Academy", "Jordan Pike", 9, "credible_threat", "bpd/district-b2", "2026-01-28 11:00",
  "Dearborn STEM Academy, room 118",
  T("""
    Teacher reports Jordan said something alarming about the school in class today. Details being collected; we want it on file with BPD right away. His father speaks only Kriolu, so Mr. Nunes will call home.
    """),
  decision="deny", reason="missing_threat_statement", threat="", mnc=["Kriolu"], cats=["language"])

C(X, "Snowden International School", "Abdirizak Yusuf", 12, "credible_threat", "fbi/boston", "2026-02-23 10:00",
  "Snowden International School",
  T("""
    Abdirizak told a teacher he would "blow up the gym at graduation." FBI agent asked the principal for any report. Note from registrar: Somali-born, came as a refugee in 2019, attends the Roxbury mosque.
    """),
  decision="deny", reason="recipient_not_permitted", mnc=["Somali", "refugee", "mosque"],
  cats=["immigration_status", "national_origin", "religion"],
  threat="On 2/23/2026 Abdirizak told a teacher he would \"blow up the gym at graduation.\"")

C(X, "English High School", "DeAndre Pruitt", 11, "gang_intelligence", "bpd/district-e13", "2026-03-04 12:00",
  "English High School",
  T("""
    Submitting for intelligence only: DeAndre has been seen with older males from the Academy Homes crew at dismissal and wears their colors. No incident at school.
    """),
  decision="deny", reason="ground_not_permitted", mnc=["Academy Homes"], cats=["gang_affiliation"])

C("misc_allow", "Boston Green Academy", "Logan Pereira", 11, "drugs", "bpd/district-d14", "2026-05-11 12:30",
  "Boston Green Academy, back stairwell",
  T("""
    At 12:30 SSS found Logan in the back stairwell with a THC vape pen and a pill bottle holding 6 white bars stamped "XANAX 2" and 3 blue "M30" pills. He said he sells the bars for $5 and the blues for $20. All items are in the AP's safe; Logan is in the office with his mother.
    """),
  key="XANAX 2", mct=["back stairwell", "3 blue", "pill bottle"],
  subs=["THC vape", "alprazolam (Xanax)", "counterfeit oxycodone"], tags=["mixed_substances"])


# ====================================================================================
def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
