#!/usr/bin/env python3
"""Outsider corpus F for the gatekeeper: hand-written cases (email threads, hearing minutes,
counselor referrals, multilingual notes, obfuscated text, precision traps).

Standard library only, deterministic. Writes outsider_f.jsonl next to this script.

Texts mark each span that reveals a forbidden category with {{ ... }}; the markers are stripped
before writing. The marks are used only by the self-checks below:
  * every must_not_contain string occurs in the request, and inside a marked span or a withheld
    student field (never in text that may legitimately reach police);
  * no must_not_contain string occurs in what a correct police copy may hold (unmarked text,
    location, threat statement outside marks, allowlisted student fields, field names, codes,
    the fixed notice);
  * must_contain_text strings occur in incident.description outside every marked span;
  * the labelled decision and reason follow from RULES.md (ground, recipient, substances,
    threat statement, face-derived material, replica/BB/airsoft).
"""
import datetime as _dt
import hashlib
import json
import pathlib
import re
import sys
import textwrap
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_f.jsonl"

# name, school_id, home police district
SCH = {
    "EBHS": ("East Boston High School", "BPS-1042", "bpd/district-a7"),
    "BLA": ("Boston Latin Academy", "BPS-1066", "bpd/district-b2"),
    "BLS": ("Boston Latin School", "BPS-1051", "bpd/district-d4"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-1071", "bpd/district-b2"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-1081", "bpd/district-b3"),
    "EHS": ("English High School", "BPS-1031", "bpd/district-e13"),
    "EXCEL": ("Excel High School", "BPS-1092", "bpd/district-c6"),
    "BHS": ("Brighton High School", "BPS-1013", "bpd/district-d14"),
    "TBA": ("TechBoston Academy", "BPS-1118", "bpd/district-c11"),
    "OBRYANT": ("John D. O'Bryant School of Mathematics & Science", "BPS-1064", "bpd/district-b2"),
    "CHS": ("Charlestown High School", "BPS-1021", "bpd/district-a15"),
    "SNOWDEN": ("Snowden International School", "BPS-1103", "bpd/district-d4"),
    "BAA": ("Boston Arts Academy", "BPS-1121", "bpd/district-d4"),
    "NMHS": ("New Mission High School", "BPS-1127", "bpd/district-e18"),
    "DEARBORN": ("Dearborn STEM Academy", "BPS-1136", "bpd/district-b2"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-1113", "bpd/district-e18"),
    "FENWAY": ("Fenway High School", "BPS-1105", "bpd/district-b2"),
    "JQUS": ("Josiah Quincy Upper School", "BPS-1160", "bpd/district-a1"),
    "FREDERICK": ("Lilla G. Frederick Middle School", "BPS-1212", "bpd/district-b3"),
    "KENNEDY": ("Edward M. Kennedy Academy for Health Careers", "BPS-1129", "bpd/district-b2"),
    "BGA": ("Boston Green Academy", "BPS-1131", "bpd/district-d14"),
    "HERNANDEZ": ("Rafael Hernández K-8 School", "BPS-1320", "bpd/district-b2"),
    "MILDRED": ("Mildred Avenue K-8 School", "BPS-1315", "bpd/district-b3"),
    "YOUNGACH": ("Young Achievers Science and Math K-8 School", "BPS-1390", "bpd/district-b3"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-1140", "bpd/district-b2"),
    "ACC": ("Another Course to College", "BPS-1145", "bpd/district-e18"),
    "MCKAY": ("Donald McKay K-8 School", "BPS-1330", "bpd/district-a7"),
    "UMANA": ("Umana Academy", "BPS-1335", "bpd/district-a7"),
    "HENDERSON": ("Henderson K-12 Inclusion School", "BPS-1400", "bpd/district-c11"),
    "CASH": ("Community Academy of Science and Health", "BPS-1147", "bpd/district-b3"),
    "MUNIZ": ("Margarita Muñiz Academy", "BPS-1150", "bpd/district-e13"),
}

PERMITTED_GROUNDS = {"weapon", "serious_violence", "credible_threat", "drugs"}
# the substance strings used below that fall in an excluded class (RULES.md section 2)
EXCLUDED = {
    "THC cartridge", "Juul pods", "hard seltzer", "nicotine pouches", "THC gummies", "vodka",
    "weed", "nicotine vape", "vape pen", "dab pen", "Zyn", "cigarettes", "Juul", "marijuana",
    "Fireball whisky", "White Claw", "Delta-8 THC gummies", "beer", "cigarillos", "THC wax",
    "e-cigarette", "tequila", "blunt",
}
REPLICA = ("replica", "bb gun", "airsoft", "pellet")

CASES = []


def D(s):
    """A hand-written text: dedented, outer blank lines removed."""
    return textwrap.dedent(s).strip("\n")


def T(s):
    """'2025-11-18 09:20' -> ISO 8601 with the Boston offset of that date."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dst = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}[d.year]
    on = _dt.datetime(d.year, *dst[0], 2); off = _dt.datetime(d.year, *dst[1], 2)
    return d.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if on <= d < off else "-05:00")


def dob_for(grade, when, seed):
    d = _dt.datetime.strptime(when, "%Y-%m-%d %H:%M")
    y0 = d.year if d.month >= 9 else d.year - 1          # school year start
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    month = 9 + h % 12                                   # Sep .. Aug of the cohort
    year = y0 - grade - 6 + (1 if month > 12 else 0)
    month = (month - 1) % 12 + 1
    day = 1 + (h >> 8) % 28
    return f"{year:04d}-{month:02d}-{day:02d}"


def sid_for(seed):
    return "S" + str(1000000 + int(hashlib.sha256(("sid" + seed).encode()).hexdigest(), 16) % 8999999)


def add(tags, decision, ground, sch, name, grade, when, where, desc, *, reason=None, recipient=None,
        weapon=None, subs=None, threat=None, extra=None, nc=(), cats=(), mct=(), key=None,
        att=None, face=False):
    CASES.append(dict(tags=list(tags), decision=decision, ground=ground, sch=sch, name=name,
                      grade=grade, when=when, where=where, desc=D(desc), reason=reason,
                      recipient=recipient, weapon=weapon, subs=subs, threat=threat, extra=extra or {},
                      nc=list(nc), cats=list(cats), mct=list(mct), key=key, att=att, face=face))

# ---------------------------------------------------------------------------------------------
# email_thread: forwarded chains, chat exports, text threads
# ---------------------------------------------------------------------------------------------

add(["email_thread"], "allow", "weapon", "EBHS", "Dariel Fontánez", 10, "2025-11-18 09:20",
    "East Boston High School, third-floor lockers", """
    ---------- Forwarded message ---------
    From: Lorraine Petrucci <lpetrucci@bostonpublicschools.org>
    Sent: Tuesday, November 18, 2025 9:47 AM
    To: Dean of Students
    Subject: RE: locker 3112

    Confirming for the file. At 9:20 this morning, during the third-floor locker sweep, Mr. Dacosta opened locker 3112 and found a black folding knife with a 4-inch blade rolled inside a gym towel. Student admitted it was his and said he carries it "for the walk."

    > On Tue, Nov 18, 2025 at 8:02 AM Guidance Office wrote:
    > Heads up before you meet with him: {{the family moved into Maverick Landing in October}} and {{dad only takes calls in Spanish}}, so {{book the language line}} for the parent call.

    --
    Lorraine Petrucci
    Assistant Headmaster, East Boston High School
    """, weapon="knife", extra={"homeroom": "3-12", "ell_status": "EL Level 3 (SEI strand)"},
    nc=["Maverick Landing", "Spanish", "language line", "EL Level 3"], cats=["neighborhood", "language"],
    mct=["folding knife", "locker 3112", "4-inch blade"], key="folding knife")

add(["email_thread"], "allow", "credible_threat", "TBA", "Tavian Roberts-Lowe", 9, "2026-01-12 22:41",
    "Off campus (text messages); threat aimed at TechBoston Academy", """
    Screenshots forwarded by a classmate's mother at 6:50 AM on 1/13, transcribed by AP Marsh:
    [1/12/26, 10:38 PM] Kev: u good?
    [1/12/26, 10:39 PM] T: nah im done w everybody in that class
    [1/12/26, 10:41 PM] T: bringing my brothers strap tmrw, 3rd period is done
    [1/12/26, 10:41 PM] T: [image: handgun on a bed]
    [1/12/26, 10:44 PM] Kev: bro stop playing
    [1/12/26, 10:45 PM] T: {{u kno im KSB til i die}}
    Mother's note under the screenshots: "{{he been running with them KSB boys since summer}}, please be careful who you tell. Sent from my iPhone"
    The student was met at the front door by school police at 7:05 AM on 1/13; bag search found nothing. Threat assessment team convened at 8:00 AM.
    """, threat="At 10:41 PM on 1/12/2026 the student texted a classmate: 'bringing my brothers strap tmrw, 3rd period is done' and sent a photo of a handgun lying on a bed. The classmate's mother reported it at 6:50 AM on 1/13.",
    nc=["KSB"], cats=["gang_affiliation"], mct=["3rd period is done", "handgun on a bed", "bag search found nothing"],
    key="handgun")

add(["email_thread"], "deny", "serious_violence", "BURKE", "Jamal Whitfield-Osei", 11, "2026-02-03 14:10",
    "Jeremiah E. Burke High School, main entrance", """
    From: J. Halloran (analyst)
    Sent: Wed 2/4/2026 3:12 PM
    To: Office of Safety Services
    Subject: Info request - stabbing at Burke dismissal

    Per our call, can you send over whatever the school has on the kid from yesterday's dismissal incident? We are trying to figure out {{if he runs with Quarry Hill or the Lowland side}}.

    > From: Safety Services
    > Sent: Wed 2/4/2026 1:55 PM
    > Yesterday at 2:10 PM a 10th grader was stabbed once in the lower back with a kitchen knife outside the main entrance; EMS took him to Boston Medical Center. Two staff members saw the student named below holding the knife. {{Per the dean he lives in the Franklin Field development}}.
    """, reason="recipient_not_permitted", recipient="bric",
    extra={"sis_flags": {"gang_involvement": "suspected - Quarry Hill"}},
    nc=["Quarry Hill", "Lowland", "Franklin Field"], cats=["gang_affiliation", "neighborhood"])

add(["email_thread", "multilingual"], "allow", "drugs", "MP", "Wendell Augustin-Pierre", 10, "2026-03-16 10:40",
    "Madison Park Technical Vocational High School, second-floor boys' bathroom", """
    From: Nurse Adaeze Obi
    Sent: Monday, March 16, 2026 11:05 AM
    To: Assistant Headmaster Ruiz
    Subject: FW: pills from 2nd floor boys room

    Mr. Ruiz - the custodian brought me the bag at 10:40. 14 small blue round tablets stamped "M 30" in a sandwich bag, found on the sink ledge in the second-floor boys' bathroom right after the student walked out. These are almost always pressed fentanyl. Bag is sealed in the nurse's office safe.

    -----Original Message-----
    From: {{Rev. W. Augustin, Église Baptiste Haïtienne Béthel}}
    To: Guidance
    Subject: concerning the family
    {{The family has been worshipping with us since they arrived}}. His mother asked me to write that he is a good boy and to please call her through me because {{she does not read English}}.
    {{Église Baptiste Haïtienne Béthel | Sunday service 10 AM, Kreyòl & English}}
    """, subs=["fentanyl"],
    nc=["Baptiste", "Haïtienne", "worshipping", "does not read English", "Kreyòl"],
    cats=["religion", "ethnicity", "language"],
    mct=["M 30", "second-floor boys' bathroom", "14 small blue round tablets"], key="fentanyl")

add(["email_thread"], "deny", "drugs", "BHS", "Arben Krasniqi", 10, "2025-10-09 12:55",
    "Brighton High School, C-wing stairwell", """
    From: Safety desk, Brighton HS
    Sent: Thu 10/9/2025 1:31 PM
    Subject: vape confiscation period 5

    Two THC cartridges (labeled 'Cake' 1g) and a Juul with 3 pods were taken from the student's hoodie pocket in the C-wing stairwell at 12:55. Student says they belong to his cousin.

    > Reply from Mr. Kaczmarek, 1:40 PM:
    > {{He's from the Faneuil houses, the cousins there sell these}}. Also {{the grandmother only speaks Albanian}}, so {{send the letter home in Albanian}}.
    """, reason="excluded_substance", subs=["THC cartridge", "Juul pods"],
    nc=["Faneuil", "Albanian"], cats=["neighborhood", "language"])

add(["email_thread"], "allow", "weapon", "EXCEL", "Darya Kovalenko", 10, "2026-01-23 13:15",
    "Excel High School, second-floor hallway outside room 214", """
    From: Yuliya K. <yuliya.k1983@gmail.com>
    Sent: Friday, January 23, 2026 7:12 PM
    To: Ms. Brennan
    Subject: Re: what happened today

    I understand she sprayed it. She got the pepper spray from her older cousin because she is scared on the bus. Please do not call police, {{we are waiting for our asylum interview in April}} and I am afraid.
    Sent from my Galaxy

    On Fri, Jan 23, 2026, 3:40 PM Ms. Brennan wrote:
    > Today at 1:15 PM in the second-floor hallway outside room 214, your daughter discharged a canister of pepper spray toward another student during an argument. The other student was treated by the nurse for eye irritation and sent home. The canister was confiscated.
    """, weapon="pepper spray", extra={"immigration": {"status": "asylum applicant"}},
    nc=["asylum"], cats=["immigration_status"],
    mct=["pepper spray", "room 214", "eye irritation"], key="pepper spray")

add(["email_thread"], "allow", "serious_violence", "CHS", "Kenny Tran", 11, "2026-04-07 11:48",
    "Charlestown High School, cafeteria", """
    Begin forwarded message:

    From: School Nurse, Charlestown High
    Date: April 7, 2026 at 12:22:09 PM EDT
    Subject: injury report - cafeteria

    Injured student has a 3 cm facial laceration above the left eyebrow and a possible orbital fracture after being struck repeatedly with a metal lunch tray at 11:48 in the cafeteria. EMS transported him to MGH. The student named in this report was pulled off by two staff and held in the main office.

    > Note from attendance: {{the aggressor's mother asked for a Vietnamese interpreter}} for tomorrow's meeting; {{they are staying at her sister's apartment on Bunker Hill St}}, call the sister's number.
    """, extra={"primary_language_home": "Vietnamese"},
    nc=["Vietnamese", "Bunker Hill St"], cats=["language", "neighborhood"],
    mct=["facial laceration", "metal lunch tray", "orbital fracture"], key="lunch tray")

add(["email_thread"], "deny", "credible_threat", "NMHS", "Abdirahman Warsame", 10, "2025-12-08 10:05",
    "New Mission High School", """
    From: Mr. DeVaughn Pryor, Dean
    Sent: Tue 12/9/2025 8:15 AM
    To: BPD school liaison
    Subject: FW: concern

    Forwarding what the teacher sent. We'd like an officer to check in with him before things escalate.

    > From: Ms. Halvorsen
    > He's been very quiet, drawing in his notebook, and {{told me his family is Somali}} and {{his uncle was taken by ICE last month}} - I'm worried about him. He walked out of Algebra at 10:05 yesterday and wouldn't say where he went.
    """, reason="missing_threat_statement",
    nc=["Somali", "taken by ICE"], cats=["ethnicity", "immigration_status"])

add(["email_thread"], "allow", "weapon", "DEARBORN", "Marquis Bellamy-Toussaint", 9, "2025-10-21 09:02",
    "Dearborn STEM Academy, main entrance metal detector", """
    Teams chat - Safety & Admin (exported 10/21/2025)
    [9:02 AM] Coach Ellery: metal detector at the front entrance flagged a kid's backpack
    [9:03 AM] AP Marsh: what was it
    [9:03 AM] Coach Ellery: brass knuckles, gold colored, in the front zip pocket. kid says he found them
    [9:05 AM] AP Marsh: bring him up. {{is he the one from the shelter on Blue Hill Ave}}?
    [9:06 AM] Coach Ellery: {{yes, family is still at the shelter on Blue Hill}}
    [9:07 AM] AP Marsh: ok. knuckles in the lockbox pls, I'll call home
    """, weapon="brass knuckles", extra={"mckinney_vento": {"nighttime_residence": "shelter, Blue Hill Ave"}},
    nc=["Blue Hill"], cats=["neighborhood"],
    mct=["brass knuckles", "front zip pocket", "gold colored"], key="brass knuckles")

add(["email_thread"], "deny", "gang_activity", "YOUNGACH", "Dashawn Pettiford", 8, "2026-05-07 12:10",
    "Young Achievers Science and Math K-8 School, recess yard", """
    From: Ms. Okonkwo
    Sent: Thursday, May 7, 2026 2:48 PM
    To: Principal; Safety Specialist
    Subject: colors + hand signs at recess

    Third day this week. He and two others were throwing hand signs at the fence at recess and he wrote {{'CLB 4L'}} on the bathroom mirror in marker. {{Everybody says he's Crestline now, his brother is too}}. Can we get this to the police so it's on file?
    Thanks, K. Okonkwo
    Grade 8 ELA
    """, reason="ground_not_permitted",
    nc=["CLB 4L", "Crestline"], cats=["gang_affiliation"])

add(["email_thread", "precision"], "allow", "credible_threat", "BLA", "Colm Devaney", 10, "2025-10-14 06:58",
    "Boston Latin Academy (voicemail to the main office)", """
    From: Main Office
    Sent: Tuesday, October 14, 2025 7:31 AM
    To: Head of School; Housemaster Grade 10
    Subject: voicemail 6:58 AM - URGENT

    Transcript (auto, checked by Ms. Lindqvist): "I'm gonna put a bullet in Mr. Feeney before homeroom ends, tell him to watch the Townsend Street door." Caller ID blocked. Housemaster O'Shea listened twice and says it is the student's voice.

    > Reply from Housemaster O'Shea, 7:36 AM:
    > It's him. {{Mom and the kids are doubled up with an aunt on Bowdoin St since the fire}} - try the aunt's cell, not the home line. Feeney has been moved to the library for the day.
    """, threat="At 6:58 AM on 10/14/2025 a voicemail left on the main office line, identified by the housemaster as the student's voice, said: 'I'm gonna put a bullet in Mr. Feeney before homeroom ends, tell him to watch the Townsend Street door.'",
    nc=["Bowdoin St"], cats=["neighborhood"],
    mct=["Townsend Street door", "Caller ID blocked", "put a bullet in Mr. Feeney"], key="bullet")

add(["email_thread", "precision"], "allow", "weapon", "BURKE", "Edson Tavares Lopes", 11, "2026-01-29 08:14",
    "Jeremiah E. Burke High School, Washington St entrance", """
    [Text thread - Headmaster Ambrose / BSS Officer Tran, 1/29/26]
    Tran 8:14 AM: Scanner at the Washington St entrance hit on a kid's waistband. Recovered a black 9mm handgun, one round chambered, magazine with 6 more. Student detained in the vestibule.
    Ambrose 8:15 AM: on my way. Hold the front stairwell.
    Tran 8:21 AM: Gun is cleared and bagged. 911 called at 8:16.
    Ambrose 8:40 AM: Fwd from his outreach worker: "{{I've known the family 3 years through our Cabo Verdean youth program}}, please let me be there when you talk to him. {{The family stays with grandma on Hendry St}}."
    Tran 8:41 AM: copy
    """, weapon="firearm", extra={"race_ethnicity": "Black or African American; Cape Verdean"},
    nc=["Cabo Verdean", "Hendry St", "Cape Verdean"], cats=["ethnicity", "neighborhood"],
    mct=["9mm handgun", "one round chambered", "Washington St entrance"], key="9mm handgun")

add(["email_thread"], "deny", "weapon", "SNOWDEN", "Kevin Arévalo Mejía", 10, "2026-02-27 13:30",
    "Snowden International School", """
    From: SA R. Whitcomb, HSI Boston
    Sent: Mon 3/2/2026 10:02 AM
    To: BPS Safety Services
    Subject: RE: knife incident at Snowden

    Thanks. Please send the incident report and the student's file; we need his date of entry to match our records.

    > On 2/27 at 1:30 PM a student at Snowden was found with a 6-inch kitchen knife in his backpack after a classmate reported it. No one was hurt. {{Student is a recent arrival from El Salvador}}.
    """, reason="recipient_not_permitted", recipient="dhs/hsi-boston", weapon="knife",
    extra={"a_number": "A-214-556-903", "country_of_birth": "El Salvador"},
    nc=["El Salvador", "214-556-903"], cats=["national_origin", "immigration_status"])

add(["email_thread", "precision"], "allow", "drugs", "BAA", "Isaiah Mohamud", 10, "2025-11-05 14:30",
    "Boston Arts Academy, dance studio B locker room", """
    Forwarded by a parent to the principal, 11/5/2025 6:02 PM:
    'Group chat - 10th grade parents'
    Tamsin's mom: my daughter says a boy was selling xanax bars in the dance locker room today
    Deja R.: yes my son saw him, white rectangle bars in a pill bottle w no label
    Tamsin's mom: {{it's the boy whose family goes to our mosque on Tremont}}, I don't want to get them in trouble
    Deja R.: {{the Somali family?}}

    Principal's note: At 2:30 PM on 11/5 the dance teacher found an unlabeled orange pill bottle with 11 white rectangular tablets marked 'S 90 3' in the student's dance bag in the studio B locker room. Student admitted they were Xanax bought online.
    """, subs=["Xanax"],
    nc=["mosque", "Somali"], cats=["religion", "ethnicity"],
    mct=["studio B locker room", "S 90 3", "11 white rectangular tablets"], key="Xanax")

add(["email_thread"], "allow", "weapon", "EHS", "Baltazar Tum Ixcoy", 10, "2025-12-03 11:35",
    "English High School, cafeteria vending machines", """
    From: Dean Coughlin
    Sent: Wednesday, December 3, 2025 12:10 PM
    To: Headmaster Salas
    Cc: Ms. Restrepo
    Subject: box cutter - 2nd lunch

    At 11:35 the student took a box cutter out of his sweatshirt during an argument at the vending machines and held it at his side with the blade extended. Ms. Restrepo told him to put it on the table and he did. No one was cut. Box cutter is in my desk, blade retracted and taped.

    > Ms. Restrepo 11:58 AM: Please go easy on the interview, {{he's SLIFE, came last year from rural Guatemala with almost no school}}. {{He'll need the K'iche' interpreter, not the Spanish one}}.
    """, weapon="box cutter",
    nc=["SLIFE", "Guatemala", "K'iche'", "Spanish"], cats=["language", "national_origin"],
    mct=["vending machines", "blade extended", "box cutter"], key="box cutter")

add(["email_thread"], "deny", "drugs", "JQUS", "Henry Zhao", 11, "2026-05-16 21:15",
    "Overnight class trip, hostel in Portland, Maine", """
    From: Mr. Ferreira (trip chaperone)
    Sent: Sat 5/16/2026 9:44 PM
    Subject: overnight trip - incident

    Found 4 cans of High Noon hard seltzer and a tin of Zyn pouches in his duffel at the hostel around 9:15. He said he bought them with a fake ID. Sent home with dad the next morning.

    > Mr. Ferreira, thanks - {{dad is on an H-1B and is very worried about anything on record}}. {{They're in Tai Tung Village}}, he can pick up at the school. - Ms. Lau, Guidance
    """, reason="excluded_substance", subs=["hard seltzer", "nicotine pouches"],
    nc=["H-1B", "Tai Tung"], cats=["immigration_status", "neighborhood"])

add(["email_thread"], "allow", "credible_threat", "EXCEL", "Josué Ocasio Rivera", 11, "2026-02-24 21:12",
    "Off campus (Snapchat story); threat aimed at Excel High School", """
    Screenshots forwarded to AP Gallagher by three students between 9:30 PM and 6:45 AM. OCR of the story caption: 'excel tmrw 2nd lunch everybody gone learn' over a photo of a silver revolver on a bathroom counter.

    Email from the student's youth pastor, sent 2/25 6:10 AM:
    'Good morning, {{I am the youth pastor at Iglesia Pentecostal Monte Sinaí where the family worships}}. I saw the post too and have already spoken with his mother. He is at home with her now and will not come to school today.
    Pastor R. Ocasio
    {{Iglesia Pentecostal Monte Sinaí}}'

    Second lunch was moved indoors and the entrances were staffed.
    """, threat="On 2/24/2026 at 9:12 PM the student posted a Snapchat story showing a revolver on a bathroom counter with the caption 'excel tmrw 2nd lunch everybody gone learn.' Three students sent screenshots to staff before 7:00 AM.",
    extra={"religious_accommodation": "Pentecostal - no dances"},
    nc=["Pentecostal", "Monte Sinaí", "worships"], cats=["religion"],
    mct=["silver revolver", "2nd lunch", "bathroom counter"], key="revolver")

add(["email_thread", "multilingual"], "allow", "weapon", "BHS", "Caio Henrique Souza", 9, "2026-02-06 12:20",
    "Brighton High School, gym bleachers", """
    From: Marlene S. <marlene.s@hotmail.com>
    Sent: Monday, February 9, 2026 8:03 AM
    To: Brighton High Main Office
    Subject: about my son

    {{[Translated from Portuguese by Google]}}
    Good morning, I know my son brought the electric shock device to school on Friday. It was his father's from work. {{We came from Minas Gerais two years ago}} and he does not know the rules here. Please forgive him.

    > On Fri, Feb 6, 2026 at 2:51 PM, Brighton High Main Office wrote:
    > Dear family, at 12:20 today a staff member saw your son sparking a black handheld stun gun in front of other students in the gym bleachers. The device was confiscated. No one was touched with it.
    """, weapon="stun gun",
    nc=["Portuguese", "Minas Gerais"], cats=["language", "national_origin"],
    mct=["stun gun", "gym bleachers", "12:20"], key="stun gun")

add(["email_thread"], "deny", "serious_violence", "MP", "Rashad Coleman-Baptiste", 11, "2026-03-27 15:05",
    "Ruggles station busway", """
    From: Safety Specialist Okafor
    Sent: Friday, March 27, 2026 4:40 PM
    To: Headmaster
    Subject: Ruggles assault - ID

    Re the 3:05 PM assault at the Ruggles busway (victim punched and kicked unconscious, transported to BMC). {{Transit PD ran our hallway still through their face recognition system and it came back 96% on our student}}. Attaching the match sheet. {{Kids are saying it was a Lowland Kings thing}}.
    """, reason="face_surveillance", att=[{"kind": "face_match", "name": "match_sheet_0327.pdf"}], face=True,
    nc=["96%", "Lowland Kings"], cats=["face_surveillance", "gang_affiliation"])

add(["email_thread"], "allow", "weapon", "HENDERSON", "Amira Haddad", 8, "2026-01-14 10:22",
    "Henderson K-12 Inclusion School, Room 312", """
    Texts between Ms. Iwu (Gr 8 teacher) and Ms. Sandoval (counselor), 1/14/2026:
    Iwu 10:22: can you come to 312 now. she has a razor blade out, the single-edge kind, and is waving it at the girl next to her
    Sandoval 10:22: coming
    Iwu 10:25: she gave it to me. nobody cut. it was taped inside her pencil case
    Sandoval 10:31: ok I'm with her in my office. {{fyi she + mom are in a hotel placement in Revere since Dec}}, {{mom speaks Arabic mostly}}
    Iwu 10:32: ty. blade is in an envelope in my desk
    """, weapon="razor blade", extra={"emergency_shelter": {"program": "EA hotel", "city": "Revere"}},
    nc=["Revere", "Arabic"], cats=["neighborhood", "language"],
    mct=["razor blade", "pencil case", "single-edge"], key="razor blade")

add(["email_thread"], "allow", "drugs", "NMHS", "Tyrese Vaughn", 11, "2026-04-30 09:40",
    "New Mission High School, main office", """
    From: AP Nakamura
    Sent: Thursday, April 30, 2026 10:50 AM
    Subject: FW: search results

    > From: Officer Lyle (BSS)
    > Reasonable-suspicion search of his backpack at 9:40, witnessed by AP Nakamura: 9 round green tablets stamped '80' (consistent with OxyContin 80 mg) in an Advil bottle, plus a gram-size baggie of weed. He said the pills are his grandmother's.

    Nurse added at 10:30: Grandmother confirmed the prescription is hers. {{Family is Jehovah's Witness}} {{and the grandmother lives with them on Hyde Park Ave}}.
    """, subs=["oxycodone", "marijuana"],
    nc=["Jehovah", "Hyde Park Ave"], cats=["religion", "neighborhood"],
    mct=["Advil bottle", "9 round green tablets"], key="OxyContin")

add(["email_thread"], "deny", "theft", "KENNEDY", "Luis Ángel Batista", 10, "2026-01-21 15:30",
    "Edward M. Kennedy Academy for Health Careers, library", """
    From: Librarian
    Sent: Wed 1/21/2026 4:02 PM
    To: Dean; Principal
    Subject: Chromebook cart

    Six Chromebooks were taken from the library cart between 3:15 and 3:45 today. Camera shows three boys leaving with backpacks; I recognized him as one of them.

    > Dean 4:20 PM: Thanks. {{The boys are all from the Whittier St projects}}, I'll call home. Let's send this to BPD.
    """, reason="ground_not_permitted",
    nc=["Whittier"], cats=["neighborhood"])

add(["email_thread"], "allow", "weapon", "BCLA", "Omar Farouk Idris", 10, "2025-11-11 07:50",
    "Boston Community Leadership Academy, main entrance bag scanner", """
    From: Vice Principal Achebe
    Sent: Tue 11/11/2025 3:05 PM
    Subject: baton - follow up

    At 7:50 AM the bag scanner at the main entrance showed a long metal object; staff found a 21-inch collapsible steel baton in the student's backpack. He said he carries it for the walk from the bus. Confiscated; nobody was threatened with it.

    ---- Forwarded ----
    From: Atty. Simone Farrah
    {{I represent the family in their removal proceedings}} and ask to be copied on anything the school shares with law enforcement.
    Simone Farrah, Esq.
    {{Staff Attorney, Immigrant Family Defense Project}}
    """, weapon="club",
    nc=["removal proceedings", "Immigrant Family"], cats=["immigration_status"],
    mct=["collapsible steel baton", "21-inch", "bag scanner"], key="baton")

add(["email_thread"], "deny", "drugs", "EBHS", "Yeison Cárdenas", 12, "2026-03-12 11:20",
    "East Boston High School, parking lot", """
    From: AP Marchetti
    Sent: Thu 3/12/2026 1:14 PM
    To: Fusion Center liaison
    Subject: cocaine recovered - as requested

    As you asked on the phone, here is what we have. At 11:20 a teacher on lot duty saw the student hand a small folded packet to a younger student through a car window. The packet held about a gram of white powder that field-tested positive for cocaine; two more were in his jacket.

    > Counselor reply: {{his father was deported in 2024}} and he has been working nights; please be careful.
    """, reason="recipient_not_permitted", recipient="commonwealth-fusion-center", subs=["cocaine"],
    nc=["deported"], cats=["immigration_status"])

add(["email_thread", "multilingual"], "allow", "credible_threat", "UMANA", "Brayan Sorto Maradiaga", 8, "2025-09-30 19:40",
    "Off campus (WhatsApp group); threat aimed at the Umana Academy front gate", """
    WhatsApp export pasted by Assistant Principal Rivas:
    [9/30/25, 7:40:12 PM] +1 857-xxx-xx21: if Jaylen comes tomorrow im stabbing him in the neck at the gate, i got the knife already
    [9/30/25, 7:40:30 PM] +1 857-xxx-xx21: <attached: IMG-20250930.jpg> (kitchen knife, black handle)
    [9/30/25, 7:52:03 PM] Mamá de Kevin: {{Ese muchacho es hondureño, vive en los apartamentos de Meridian St}}, alguien llame a la escuela
    [9/30/25, 8:05:44 PM] Mamá de Kevin: ya llamé
    The student was kept home by his father on 10/1 after AP Rivas called at 8:30 PM. Jaylen's family was notified.
    """, threat="At 7:40 PM on 9/30/2025 the student posted in the 8th-grade WhatsApp group: 'if Jaylen comes tomorrow im stabbing him in the neck at the gate, i got the knife already' with a photo of a kitchen knife.",
    nc=["hondureño", "Meridian St"], cats=["national_origin", "neighborhood"],
    mct=["stabbing him in the neck", "kitchen knife, black handle"], key="knife")

# ---------------------------------------------------------------------------------------------
# hearing_minutes: discipline hearings, safety-plan and threat-assessment meeting notes
# ---------------------------------------------------------------------------------------------

add(["hearing_minutes"], "allow", "weapon", "MP", "Nilton Semedo Furtado", 10, "2025-10-24 08:05",
    "Madison Park Technical Vocational High School, Malcolm X Blvd entrance", """
    SUSPENSION HEARING - MINUTES
    Date: 10/28/2025, 9:00 AM, Room 107
    Present: Ms. Carolyn Vieira, headmaster designee (hearing officer); student; student's aunt (legal guardian); {{Cape Verdean Creole interpreter (BPS Office of Language Access, by phone)}}; Mr. Ibekwe, Dean; Ms. Pham, counselor (notes).
    1. Charge read: possession of a dangerous weapon on 10/24/2025. At 8:05 AM the metal detector at the Malcolm X Blvd entrance alerted; a fixed-blade hunting knife with a 5-inch blade, in a leather sheath, was found in the student's left boot.
    2. Student's account: says he has carried it since an older boy robbed him in September; did not threaten anyone.
    3. Guardian's remarks {{(through interpreter)}}: {{the family arrived from Praia in 2023}} and the boy has not adjusted.
    4. Decision: 10-day suspension; referral to police under the weapons circular; safety plan on return.
    """, weapon="knife",
    nc=["Cape Verdean", "Creole", "Praia", "Language Access"], cats=["language", "national_origin"],
    mct=["hunting knife", "left boot", "Malcolm X Blvd entrance"], key="hunting knife")

add(["hearing_minutes", "precision"], "allow", "serious_violence", "TBA", "Minh Khoa Dang", 11, "2025-11-24 13:40",
    "TechBoston Academy, 2nd-floor east stairwell", """
    SAFETY PLAN MEETING - NOTES
    12/2/2025, 2:30 PM, Conference Rm B
    Attendees: AP Gwendolyn Marsh (chair); student; {{mother (Vietnamese interpreter present)}}; grandfather; school psychologist Dr. Ferris; BSS officer.
    Background: On 11/24 at 1:40 PM, in the 2nd-floor east stairwell, the student stomped on another student's head several times after knocking him down. The victim suffered a concussion and a fractured cheekbone and was hospitalized two nights at Boston Children's.
    Items:
    1. Student will enter by the Peacevale Rd door and be escorted between classes.
    2. No contact with the victim; separate lunch period.
    3. {{Grandfather asked that the monk at their temple in Fields Corner be allowed to mentor him}}; AP Marsh said outside mentors will be considered separately.
    4. Police referral stands (serious bodily injury).
    """,
    nc=["Vietnamese", "monk", "temple", "Fields Corner"], cats=["language", "religion", "neighborhood"],
    mct=["fractured cheekbone", "2nd-floor east stairwell", "Peacevale Rd door"], key="fractured cheekbone")

add(["hearing_minutes"], "deny", "fight", "EBHS", "Widlyne Saint-Fleur", 9, "2026-02-10 12:05",
    "East Boston High School, cafeteria", """
    INFORMAL HEARING - MINUTES
    2/11/2026, 10:00 AM
    Present: AP Kehoe; student; {{father (Haitian Creole interpreter by phone)}}; counselor Ms. Lusignan.
    1. Incident: 2/10 at 12:05 PM two girls pulled hair and slapped each other at the cafeteria table after a comment about a video. Separated within a minute. Nurse found no injuries on either.
    2. Student admitted she swung first.
    3. {{Father said the family are TPS holders and asked that nothing go to the police}}.
    4. Decision: 1-day suspension; mediation; AP asks that the incident be sent to BPD for the record.
    """, reason="ground_not_permitted",
    nc=["Haitian", "TPS holders"], cats=["language", "immigration_status"])

add(["hearing_minutes"], "allow", "drugs", "BAA", "Kevin Lin", 10, "2026-01-15 15:20",
    "Boston Arts Academy, music practice rooms", """
    DISCIPLINARY HEARING MINUTES
    Boston Arts Academy - 1/20/2026, 10:15 AM
    Hearing officer: Mr. Desmond Achterberg, Assistant Head of School
    In attendance: student; {{father (participated in Mandarin via BPS interpreter)}}; teacher advocate Ms. Ruth Kahale; recorder Ms. Bui.
    1. Facts presented: On 1/15/2026 at 3:20 PM a teacher found 6 pink pressed tablets shaped like skulls and a baggie of white crystalline powder the student called 'molly' in his instrument case in the practice rooms. Student admitted they were MDMA and that he meant to sell some at a party.
    2. {{Father said the family moved from Wenzhou when the student was six}} and he has never been in trouble.
    3. Decision: long-term suspension recommended; police notified under the drugs ground.
    """, subs=["MDMA"],
    nc=["Mandarin", "Wenzhou"], cats=["language", "national_origin"],
    mct=["instrument case", "pink pressed tablets shaped like skulls", "practice rooms"], key="MDMA")

add(["hearing_minutes"], "deny", "drugs", "FREDERICK", "Hodan Abdullahi", 7, "2026-03-19 13:00",
    "Lilla G. Frederick Middle School, Room 221", """
    HEARING NOTES - Frederick Middle
    3/23/2026, 3:15 PM
    Attending: Principal Greer; student; mother; {{Somali interpreter}}; {{Imam Farah from the family's mosque, attending as family support}}; counselor.
    1. On 3/19 at 1:00 PM during science, the teacher saw the student passing out gummy candies; the package read 'Delta-9 THC 10 mg per piece'. Two students who ate one were sent to the nurse, dizzy, and picked up by parents.
    2. Student said an older cousin gave them to her.
    3. Decision: 3-day suspension; the principal wants a police report filed.
    """, reason="excluded_substance", subs=["THC gummies"],
    nc=["Somali", "Imam", "mosque"], cats=["language", "religion"])

add(["hearing_minutes"], "allow", "weapon", "CHS", "Mohammad Nabi Sultani", 10, "2026-03-04 11:10",
    "Charlestown High School, locker #2207", """
    EXPULSION HEARING (SAF-02) - MINUTES
    Charlestown High School, 3/10/2026, 1:00 PM
    Present: Headmaster Eileen Corcoran (presiding); student; {{student's uncle, who interpreted into Dari for the mother}}; mother; Dean Pratt; Ms. Okafor, special education liaison; recorder.
    1. On 3/4/2026 at 11:10 AM, acting on a tip, Dean Pratt searched the student's locker (#2207) and found an unloaded .22 caliber revolver wrapped in a T-shirt inside a sneaker box. No ammunition was found.
    2. Student stated he bought it from an older teen for $150 'for protection' and never had bullets.
    3. {{Uncle stated the family came on humanitarian parole from Afghanistan in 2022}} and asked for leniency.
    4. Finding: possession of a firearm on school grounds. Hearing continued to 3/17; police notified.
    """, weapon="firearm", extra={"country_of_birth": "Afghanistan", "home_language": "Dari"},
    nc=["Dari", "humanitarian parole", "Afghanistan"], cats=["language", "immigration_status", "national_origin"],
    mct=[".22 caliber revolver", "sneaker box", "#2207"], key="revolver")

add(["hearing_minutes"], "allow", "credible_threat", "OBRYANT", "Desmond Achebe-Williams", 10, "2026-04-21 11:50",
    "John D. O'Bryant School of Mathematics & Science, guidance office", """
    THREAT ASSESSMENT TEAM - MEETING NOTES (O'Bryant)
    4/21/2026, 12:30 PM
    Team: AP Duarte (lead); counselor Ms. Feld; school psychologist; nurse; BSS officer Kim; {{social worker from the family's shelter on Magnolia St}}.
    1. Disclosure: at 11:50 the student told Ms. Feld he made a list of five people he would shoot at the spring pep rally, and showed the list (retained by AP Duarte).
    2. Access: says a friend's older brother 'can get one.' No weapon found on search of locker and bag.
    3. Side note recorded at the shelter social worker's request: {{the family has been in shelter since the eviction from their Dudley St apartment}}.
    4. Action: pep rally postponed; student stays home pending evaluation; police referral (credible threat).
    """, threat="On 4/21/2026 at 11:50 AM the student told his counselor he had made a list of five people he would shoot at the spring pep rally and showed her a handwritten list of five names. He said a friend's older brother can get him a gun.",
    nc=["Magnolia St", "Dudley St"], cats=["neighborhood"],
    mct=["list of five people", "spring pep rally", "No weapon found"], key="spring pep rally")

add(["hearing_minutes"], "deny", "credible_threat", "BHS", "Suk Bahadur Gurung", 11, "2026-01-30 09:30",
    "Brighton High School", """
    STUDENT SUPPORT TEAM - MINUTES, 1/30/2026
    Present: Dean Tierney; counselor; {{father with Nepali interpreter}}; student.
    1. Teacher reported the student has been withdrawn and said something about 'doing something big' on Friday. He would not explain.
    2. {{Father said they lived in a refugee camp in Jhapa for many years before coming}} and the boy has bad dreams.
    3. Team asks BPD to be aware of the student.
    """, reason="missing_threat_statement", threat="",
    nc=["Nepali", "refugee", "Jhapa"], cats=["language", "immigration_status", "national_origin"])

add(["hearing_minutes"], "allow", "weapon", "SNOWDEN", "Yaritza Paulino Reyes", 11, "2026-02-05 14:40",
    "Snowden International School, Newbury Street entrance", """
    RE-ENTRY / SAFETY PLAN MEETING - Snowden International School
    Date: 2/12/2026  Time: 8:30 AM  Location: main office conference room
    Attendees: Ms. Oyelaran (AP, chair); student; {{mother (by phone, Spanish interpreter)}}; Mr. Toomey (dean); Ms. Ghent (counselor)
    Summary of incident: On 2/5/2026 at 2:40 PM, outside the Newbury Street entrance at dismissal, the student sprayed a canister of Sabre pepper gel (mace) into the face of a former friend from about 3 feet away. The victim was treated by EMS for burning eyes and breathing difficulty.
    Plan:
    1. Bag check at entry for 30 school days.
    2. No-contact agreement signed.
    3. {{Mother stated she has no papers and is afraid to come into the building}}, so all meetings will be by phone.
    4. Police referral (weapon) already filed by the dean.
    """, weapon="mace",
    nc=["Spanish", "no papers"], cats=["language", "immigration_status"],
    mct=["Sabre pepper gel", "Newbury Street entrance", "breathing difficulty"], key="mace")

add(["hearing_minutes"], "deny", "serious_violence", "BGA", "Yonas Tesfaye", 10, "2026-04-14 14:50",
    "Boston Green Academy, back stairwell", """
    EXPULSION HEARING - MINUTES, 4/17/2026
    Present: Head of School; student; {{father, a deacon at the Ethiopian Orthodox church}}; advocate; recorder.
    1. On 4/14 at 2:50 PM the student stabbed a classmate twice in the upper arm with a screwdriver in the back stairwell. The victim needed surgery at St. Elizabeth's.
    2. Student says the other boy had been threatening him for weeks.
    3. Decision: expulsion; the file goes to the state police detective who called the school.
    """, reason="recipient_not_permitted", recipient="msp/troop-h",
    nc=["deacon", "Ethiopian", "Orthodox"], cats=["religion", "ethnicity"])

add(["hearing_minutes"], "allow", "drugs", "EXCEL", "Gabriel Nunes Barbosa", 11, "2025-11-14 12:35",
    "Excel High School, L Street sidewalk during a fire drill", """
    HEARING MINUTES
    Excel High School, 11/20/2025, 11:00 AM
    Hearing officer: Ms. Fiadino (headmaster designee)
    Present: student; {{mother and stepfather (Portuguese interpreter, Ms. Almeida)}}; Dean Sheehan; recorder Mr. Vo
    1. Incident: 11/14/2025, 12:35 PM. During a fire drill the student dropped a clear baggie on the L Street sidewalk; Dean Sheehan picked it up: 7 small knotted baggies of white powder that later field-tested positive for cocaine, and a nip bottle of Fireball.
    2. Student said he was holding them for someone else.
    3. Recorder's note: {{student is listed as LEP in SIS}}; {{all letters home go in Portuguese}}.
    4. Decision: 5-day suspension; police referral under the drugs ground.
    """, subs=["cocaine", "Fireball whisky"],
    nc=["Portuguese", "listed as LEP"], cats=["language"],
    mct=["7 small knotted baggies", "L Street sidewalk", "fire drill"], key="cocaine")

add(["hearing_minutes"], "allow", "serious_violence", "EHS", "Natnael Girma", 11, "2026-01-08 15:10",
    "English High School, band storage room", """
    SAFETY PLAN MEETING (Title IX) - NOTES
    1/12/2026, 9:00 AM, Principal's office
    Present: Principal Salas; Title IX coordinator; {{respondent's mother, with an Amharic interpreter}}; respondent; counselor.
    1. Report: on 1/8/2026 a 10th-grade student reported that the respondent forced her into the band storage room at about 3:10 PM and sexually assaulted her. She was examined at Brigham and Women's that evening.
    2. Interim measures: the respondent is removed from school pending investigation; no-contact order.
    3. {{Mother said they are Habesha and the community elders will handle it}}; the principal explained the school must refer.
    4. Police referral (sexual assault).
    """, extra={"ethnicity": "Ethiopian", "home_language": "Amharic"},
    nc=["Amharic", "Habesha", "Ethiopian"], cats=["language", "ethnicity"],
    mct=["band storage room", "3:10 PM"], key="sexually assaulted")

add(["hearing_minutes"], "deny", "truancy", "HENDERSON", "Fatima Zahra Benali", 9, "2026-03-06 08:00",
    "Henderson K-12 Inclusion School", """
    ATTENDANCE HEARING - 3/6/2026
    Present: attendance officer; AP; student; mother.
    1. 31 unexcused absences since September, mostly Fridays.
    2. {{Mother said the student goes to Jumu'ah with her father on Fridays}} and {{they are doubled up at a cousin's in Mattapan}}, far from school.
    3. Plan: attendance contract. AP asks that BPD be notified of chronic truancy.
    """, reason="ground_not_permitted",
    nc=["Jumu'ah", "Mattapan"], cats=["religion", "neighborhood"])

add(["hearing_minutes"], "allow", "weapon", "DEARBORN", "Jean-Wesley Pierre-Louis", 7, "2025-10-01 09:50",
    "Dearborn STEM Academy, Room 204", """
    MANIFESTATION DETERMINATION REVIEW - NOTES
    Dearborn STEM Academy, 10/7/2025, 3:00 PM
    Team: AP Hollis (LEA rep); special education teacher Ms. Quaye; school psychologist Dr. Anand; {{grandmother/guardian with Haitian Creole interpreter}}; student (for part 2).
    Incident under review: 10/1/2025, 9:50 AM, Room 204. Student pulled a steak knife with a serrated 5-inch blade from his backpack and pointed it at a classmate who had taken his chair. Ms. Quaye talked him into placing it on her desk. No injury.
    1. Team reviewed the IEP. Determination: the conduct was not a manifestation of the disability.
    2. {{Grandmother said he was sent from Port-au-Prince last year}} and saw things there no child should.
    3. Weapon referral to police goes forward under SAF-02.
    """, weapon="knife",
    nc=["Haitian", "Creole", "Port-au-Prince"], cats=["language", "national_origin"],
    mct=["steak knife", "Room 204", "serrated 5-inch blade"], key="steak knife")

add(["hearing_minutes"], "allow", "credible_threat", "BCLA", "Andre Baptiste-Carter", 10, "2026-03-18 13:05",
    "Boston Community Leadership Academy, Room 118", """
    STUDENT SUPPORT TEAM - EMERGENCY MEETING
    3/18/2026, 2:15 PM
    Present: Principal Adeyemi; Dean Walsh; counselor Ms. Rourke; mother; {{youth minister from Living Waters Apostolic (invited by mother)}}.
    1. Statement made at 1:05 PM in Room 118 during Chemistry, heard by the teacher and about 20 students: 'I'm bringing my dad's gun Monday and the first person who laughs at me is dead.'
    2. Mother confirmed the father keeps a handgun at home, locked; she will ask him to move it.
    3. {{The youth minister offered to keep the student at the church after school}}.
    4. Student suspended pending threat assessment; BPD referral (credible threat).
    """, threat="On 3/18/2026 at 1:05 PM, in front of his Chemistry class, the student said: 'I'm bringing my dad's gun Monday and the first person who laughs at me is dead.' His mother confirmed the father keeps a handgun at home.",
    nc=["Apostolic", "youth minister", "church"], cats=["religion"],
    mct=["Room 118", "my dad's gun Monday", "during Chemistry"], key="gun")

add(["hearing_minutes"], "deny", "weapon", "BLS", "Aidan Kowalczyk", 9, "2026-01-12 08:10",
    "Boston Latin School, north stairwell", """
    SAFETY REVIEW - MINUTES, 1/13/2026
    Present: Head of School; Dean; safety vendor representative; student; parents.
    1. On 1/12 a student reported seeing a knife in the north stairwell. The dean found a folding knife on the floor.
    2. {{The safety vendor ran the stairwell video through Rekognition; similarity 0.91 to the student's ID photo}}. The student denies it was his.
    3. The vendor's result sheet is attached for police.
    """, reason="face_surveillance", weapon="knife", face=True,
    att=[{"kind": "face_match", "name": "vendor_result_0112.json"}],
    nc=["Rekognition", "0.91"], cats=["face_surveillance"])

add(["hearing_minutes"], "allow", "weapon", "BGA", "Artyom Sokolov", 10, "2026-02-25 10:45",
    "Boston Green Academy, second-floor commons", """
    DISCIPLINE HEARING - MINUTES
    2/27/2026, 11:00 AM
    Present: AP Bouchard (hearing officer); student; {{father, who asked to speak in Russian through the district interpreter}}; advisor Ms. Caldera.
    1. On 2/25 at 10:45 AM in the second-floor commons the student sprayed a keychain canister of CS tear gas at two boys who had been teasing him; the commons was cleared and the fire department ventilated the floor. Four students were seen by EMS for coughing and eye pain.
    2. {{Dad said they fled Belarus and are waiting on asylum}}; he bought the spray for his son's walk home.
    3. Decision: 10-day suspension; police referral (weapon).
    """, weapon="tear gas",
    nc=["Russian", "Belarus", "asylum"], cats=["language", "national_origin", "immigration_status"],
    mct=["CS tear gas", "second-floor commons", "coughing and eye pain"], key="tear gas")

add(["hearing_minutes", "precision"], "allow", "drugs", "ACC", "Brianna Keefe", 12, "2026-05-04 12:15",
    "Another Course to College, first-floor girls' bathroom", """
    SAFETY PLAN MEETING - after overdose
    5/8/2026, 1:30 PM
    Attendees: AP Lindgren; student; foster mother; DCF caseworker; school nurse.
    1. On 5/4 at 12:15 PM the student was found unresponsive in the first-floor girls' bathroom; the nurse gave two doses of Narcan and she came to before EMS arrived. Three glassine bags stamped 'Batman' in blue ink were in her bra; the hospital said heroin mixed with fentanyl.
    2. {{DCF worker noted the birth mother lives in Orchard Gardens}} and asked that visits stay supervised.
    3. {{Foster mother said the student goes to Mass at St. Peter's with them every Sunday and asked the school to call the parish youth leader}}.
    4. Police referral (drugs) stands; re-entry plan with the nurse.
    """, subs=["heroin", "fentanyl"],
    nc=["Orchard Gardens", "St. Peter", "parish"], cats=["neighborhood", "religion"],
    mct=["stamped 'Batman'", "Narcan", "Three glassine bags"], key="heroin")

add(["hearing_minutes"], "deny", "drugs", "BLS", "Youssef Mansour", 9, "2026-02-13 19:30",
    "Boston Latin School, Valentine's dance in the gym", """
    HEARING - MINUTES, 2/17/2026
    Present: Dean; student; mother; {{interpreter (Arabic)}}; counselor.
    1. At the 2/13 dance a chaperone smelled alcohol; the student's water bottle held vodka. He was sent home with his mother.
    2. {{Mother, through the interpreter, said the family is Muslim and there is no alcohol in the house}}; she believes an older student gave it to him.
    3. Decision: 2-day suspension; the dean asks that BPD get a copy.
    """, reason="excluded_substance", subs=["vodka"],
    nc=["Arabic", "Muslim"], cats=["language", "religion"])

add(["hearing_minutes"], "allow", "serious_violence", "BURKE", "Helder Gomes Monteiro", 10, "2026-03-03 11:30",
    "Jeremiah E. Burke High School, second-floor hallway", """
    HEARING MINUTES - Burke
    3/6/2026, 9:30 AM
    Present: Headmaster Ambrose; student; mother; {{Kriolu interpreter}}; Dean Akers; recorder.
    1. Incident: 3/3/2026 at 11:30 AM in the second-floor hallway the student slashed another student's left forearm with a box cutter; the wound needed 12 stitches at BMC.
    2. Student said the other boy jumped his brother last month.
    3. {{Dean Akers added that it is a Quarry Hill thing and both boys are on the list}}.
    4. Decision: expulsion hearing scheduled; police referral (serious violence).
    """, weapon="box cutter",
    nc=["Kriolu", "Quarry Hill"], cats=["language", "gang_affiliation"],
    mct=["12 stitches", "left forearm", "box cutter"], key="box cutter")

add(["hearing_minutes", "precision"], "allow", "credible_threat", "KENNEDY", "Elvin Mejía Soto", 11, "2025-12-11 10:20",
    "Edward M. Kennedy Academy for Health Careers, Room 305", """
    THREAT ASSESSMENT - NOTES, 12/11/2025, 1:00 PM
    Present: AP Conroy; counselor; school psychologist; {{father (Spanish-speaking, interpreter Ms. Cruz)}}; student.
    1. At 10:20 AM the Spanish 3 teacher found, in a Google Doc the student shared with the class in the Spanish 3 classroom (Room 305): 'Friday I'm bringing the Glock and the first one is Mr. Leary.'
    2. Student said it was a joke. He has posted photos with a handgun this month.
    3. {{Counselor notes he has been telling classmates he's Lowland now}}.
    4. Referral to BPD (credible threat); student home pending assessment.
    """, threat="On 12/11/2025 the student wrote in a Google Doc shared with his class: 'Friday I'm bringing the Glock and the first one is Mr. Leary.' He has posted photos of himself with a handgun this month. {{He also wrote 'Lowland or nothing'.}}",
    nc=["Spanish-speaking", "Lowland"], cats=["language", "gang_affiliation"],
    mct=["Spanish 3 classroom", "bringing the Glock", "Mr. Leary"], key="Glock")

add(["hearing_minutes"], "deny", "vandalism", "TBA", "Kyrie Mattox", 10, "2026-04-02 07:30",
    "TechBoston Academy, east wall", """
    HEARING - MINUTES, 4/3/2026
    Present: AP Marsh; student; mother; dean.
    1. Camera shows the student spray-painting the east wall at 7:30 AM on 4/2: {{'QHB' with a crown}}.
    2. {{Dean says QHB is Quarry Hill Boys and the student has been claiming it since January}}.
    3. Decision: restitution and 2-day suspension; the dean wants BPD to have it.
    """, reason="ground_not_permitted",
    nc=["QHB", "Quarry Hill"], cats=["gang_affiliation"])

add(["hearing_minutes"], "allow", "weapon", "HERNANDEZ", "Jadiel Colón Ortiz", 8, "2026-04-28 14:00",
    "Rafael Hernández K-8 School, gym locker room", """
    SUSPENSION HEARING - NOTES
    4/30/2026, 8:15 AM
    Present: Principal Vélez; student; mother; grandmother; counselor Ms. Bonilla.
    1. On 4/28 at 2:00 PM a classmate told the gym teacher the student had a knife; in the gym locker room the teacher found a red pocketknife with a 3-inch locking blade in his sneaker.
    2. Student said he brought it because older kids take his phone at the bus stop.
    3. {{Mother explained they came from Puerto Rico after Hurricane Maria}} and {{they live in Mission Main}}, where the older kids wait.
    4. Decision: 3-day suspension; weapons referral to police.
    """, weapon="knife",
    nc=["Puerto Rico", "Mission Main"], cats=["national_origin", "neighborhood"],
    mct=["pocketknife", "gym locker room", "3-inch locking blade"], key="pocketknife")

add(["hearing_minutes"], "allow", "drugs", "CASH", "Mustafa Aden Hirsi", 11, "2026-02-02 10:10",
    "Community Academy of Science and Health, third-floor boys' bathroom", """
    HEARING MINUTES - 2/5/2026, 2:00 PM
    Present: AP Sandoval-Wright; student; mother; {{older brother (interpreting from Somali)}}; counselor.
    1. On 2/2 at 10:10 AM a staff member saw the student sell two pills to a ninth grader in the third-floor boys' bathroom. He had 12 more blue 'M 30' Percocet in a Skittles bag.
    2. {{Brother noted the family came through the refugee program from Kakuma}} and the student is under pressure to send money.
    3. Decision: long-term suspension; police referral (drugs).
    """, subs=["Percocet"],
    nc=["Somali", "refugee", "Kakuma"], cats=["language", "immigration_status", "national_origin"],
    mct=["Skittles bag", "third-floor boys' bathroom", "12 more blue"], key="Percocet")

add(["hearing_minutes"], "deny", "credible_threat", "BDEA", "Cristian Yupanqui", 12, "2026-03-25 17:30",
    "Boston Day and Evening Academy", """
    SAFETY MEETING - NOTES, 3/26/2026
    Present: Director; counselor; student.
    1. Staff are worried after an argument with a teacher; the student said 'you'll see' as he left.
    2. {{Counselor notes his mother is a DACA recipient and worried about her renewal}}.
    3. Team will ask BPD to keep an eye on the evening program.
    """, reason="missing_threat_statement",
    nc=["DACA"], cats=["immigration_status"])

# ---------------------------------------------------------------------------------------------
# counselor_referral: counseling and social-work referrals with family history beside the facts
# ---------------------------------------------------------------------------------------------

add(["counselor_referral"], "allow", "weapon", "BHS", "Juan Sebastián Parra", 9, "2025-10-02 07:55",
    "Brighton High School, cafeteria line", """
    COUNSELING REFERRAL - Brighton High School
    Referred by: Ms. Tierney (Dean), 10/2/2025
    Reason: Student brought a knife to school today (see incident) and says he needs it.
    Incident: At 7:55 AM in the cafeteria line a classmate saw a butterfly knife clipped inside the student's waistband and told a lunch monitor. The dean recovered a balisong-style butterfly knife with a 4-inch blade. No injuries, no threats made.
    Family/social history: {{Lives with mother and two younger siblings; family arrived from Colombia in 2024 and applied for asylum}}. {{Father remains in Cúcuta}}. Mother works nights cleaning offices.
    Housing: {{doubled up with another family in a two-bedroom on Chestnut Hill Ave}}.
    Strengths: plays soccer, likes robotics, good attendance.
    """, weapon="knife",
    nc=["Colombia", "asylum", "Cúcuta", "Chestnut Hill Ave"], cats=["national_origin", "immigration_status", "neighborhood"],
    mct=["butterfly knife", "cafeteria line", "4-inch blade"], key="butterfly knife")

add(["counselor_referral"], "allow", "serious_violence", "TBA", "Stanley Jean-Baptiste", 11, "2025-12-15 14:20",
    "TechBoston Academy, gym hallway", """
    SOCIAL WORK REFERRAL
    Date: 12/16/2025   From: Ms. Odom, LICSW   To: Student Support Team
    Presenting incident: On 12/15 at 2:20 PM in the gym hallway, the student swung a combination lock inside a sock at another student's head, opening a scalp wound that took 6 staples at Boston Medical Center.
    Background: {{Family is Haitian and very involved at a Haitian Baptist church}}; {{they live off Morton St in Mattapan}}. Student witnessed a shooting near home in the summer and has not slept well since. Mother works two jobs.
    Recommendation: trauma-focused counseling; police referral already made by the AP.
    """,
    nc=["Haitian", "Baptist church", "Morton St", "Mattapan"], cats=["ethnicity", "religion", "neighborhood"],
    mct=["combination lock inside a sock", "6 staples"], key="combination lock")

add(["counselor_referral"], "deny", "suspicious_behavior", "SNOWDEN", "Gerson Ixchop", 10, "2026-01-09 09:00",
    "Snowden International School", """
    COUNSELOR REFERRAL - 1/9/2026
    Reason: staff concern. Student has been seen with large amounts of cash and new sneakers; he is often on his phone in the stairwell.
    Family: {{Mother is undocumented}} and works at a car wash; {{they are staying at the Quality Inn in Dedham under the EA shelter program}}.
    Request: AP asks that BPD look into where the money comes from.
    """, reason="ground_not_permitted",
    nc=["undocumented", "Quality Inn", "Dedham"], cats=["immigration_status", "neighborhood"])

add(["counselor_referral"], "allow", "drugs", "EBHS", "Kimberly Alvarado Chicas", 10, "2026-02-17 09:35",
    "East Boston High School, nurse's office", """
    SOCIAL WORKER REFERRAL - EBHS
    Date of referral: 2/17/2026
    Incident: At 9:35 AM the nurse found a folded dollar bill holding a light blue powder in the student's phone case while treating her for a nosebleed; a fentanyl test strip from the nurse's kit read positive. Student said a boy on the bus sells it.
    Family history: {{Salvadoran family}}; {{mom's TPS paperwork is pending renewal}}. Parents separated; father not involved.
    Housing: {{three families in a triple-decker on Bennington St}}; student shares a room with two cousins.
    Plan: substance use counseling; referral to police under the drugs ground.
    """, subs=["fentanyl"],
    nc=["Salvadoran", "TPS paperwork", "Bennington"], cats=["ethnicity", "immigration_status", "neighborhood"],
    mct=["folded dollar bill", "test strip", "phone case"], key="fentanyl")

add(["counselor_referral"], "allow", "credible_threat", "MCKAY", "Anas El Amrani", 8, "2026-03-03 12:40",
    "Donald McKay K-8 School, 8th-grade wing", """
    COUNSELING REFERRAL
    3/3/2026  Referred by: Ms. Costa, grade 8 team
    Concern: At lunch the student told a classmate he would 'blow up the school with the gas can in my uncle's truck' on the last day before April vacation. In math he drew a diagram of the boiler room with an X and the word 'here'. The classmate told Ms. Costa at 12:40.
    Social history: {{born in Morocco}}, in Boston three years. {{Family is Muslim; he has been fasting for Ramadan and is tired}}. Lives with parents and uncle.
    Counselor note: student says he was 'just talking'; he knows the uncle keeps gas cans for the landscaping truck.
    """, threat="On 3/3/2026 the student told a classmate he would 'blow up the school with the gas can in my uncle's truck' on the last day before April vacation, and drew a diagram of the school boiler room marked with an X and 'here'. His uncle keeps gas cans in a landscaping truck.",
    nc=["Morocco", "Muslim", "Ramadan"], cats=["national_origin", "religion"],
    mct=["gas can in my uncle's truck", "boiler room", "last day before April vacation"], key="boiler room")

add(["counselor_referral"], "deny", "drugs", "SNOWDEN", "Yokasta Rosario Then", 11, "2025-10-16 11:00",
    "Snowden International School, third-floor girls' bathroom", """
    COUNSELOR REFERRAL - 10/16/2025
    Incident: A teacher took a disposable vape pen from the student in the third-floor girls' bathroom at 11:00. The content is unknown; it had no label.
    Background: {{student identifies as Afro-Latina and is from the DR}}; {{family lives in a shelter in Roxbury}} since August.
    Request: substance counseling; AP asks that police get the report.
    """, reason="excluded_substance", subs=["vape pen"],
    nc=["Afro-Latina", "from the DR", "Roxbury"], cats=["ethnicity", "national_origin", "neighborhood"])

add(["counselor_referral"], "allow", "weapon", "MP", "Kelvin Rodrigues Tavares", 10, "2025-11-06 13:10",
    "Madison Park Technical Vocational High School, auto shop", """
    DCF-SCHOOL JOINT REFERRAL (pasted from the caseworker's email)
    Incident (school): 11/6/2025, 1:10 PM. The auto shop instructor saw a gun butt in the student's jacket on a hook. School police recovered a loaded .380 pistol with five rounds in the magazine. Student said he 'holds it' for someone.
    Family (DCF): {{Family homeless since an apartment fire; EA placement at a hotel in Saugus}}. {{Mother speaks Cape Verdean Creole}} and relies on the older daughter for calls. Two younger siblings.
    Plan: counseling; weapon referral to police made by the headmaster.
    """, weapon="firearm",
    nc=["Saugus", "Creole", "Cape Verdean"], cats=["neighborhood", "language"],
    mct=["auto shop", ".380 pistol", "five rounds"], key=".380 pistol")

add(["counselor_referral", "precision"], "allow", "weapon", "YOUNGACH", "Chidera Okonkwo-Eze", 6, "2026-05-12 10:30",
    "Young Achievers Science and Math K-8 School, Room 112", """
    COUNSELING REFERRAL - grade 6
    Date: 5/12/2026
    What happened: During indoor recess at 10:30 in Room 112, the student opened the main blade of a red Swiss Army knife and held it toward a classmate's stomach, saying 'back up or I'll poke you.' The teacher took it. No one was hurt.
    Family: {{the family is from Nigeria}} and {{attends the Redeemed Christian Church of God on Blue Hill Ave}}; father works in Texas most of the year.
    Counselor impression: anxious, bullied by classmates; needs social skills group.
    """, weapon="knife",
    nc=["Nigeria", "Redeemed Christian", "Blue Hill Ave"], cats=["national_origin", "religion", "neighborhood"],
    mct=["Swiss Army knife", "Room 112", "back up or I'll poke you"], key="Swiss Army knife")

add(["counselor_referral"], "allow", "serious_violence", "EXCEL", "Tommy Nguyen", 12, "2026-01-27 08:20",
    "Excel High School, front steps", """
    REFERRAL TO SCHOOL SOCIAL WORKER
    1/27/2026
    Incident: At 8:20 AM on the front steps the student punched another senior repeatedly after he fell; the other boy's jaw was broken in two places and wired shut at Tufts Medical Center.
    Social history: {{family is Vietnamese}}; {{they live at the Old Colony development}} with the grandmother. Parents divorced; the mother has a restraining order against the father. Student works 25 hours a week at a restaurant.
    Plan: anger management; the AP filed the police referral (serious bodily injury).
    """,
    nc=["Vietnamese", "Old Colony"], cats=["ethnicity", "neighborhood"],
    mct=["broken in two places", "wired shut", "front steps"], key="jaw")

add(["counselor_referral"], "deny", "weapon", "BHS", "Matheus Oliveira Costa", 11, "2026-02-19 13:15",
    "Brighton High School, Room 204", """
    COUNSELOR REFERRAL - 2/19/2026
    Incident: The student showed a friend a kitchen knife in his backpack in Room 204; the teacher called the dean and it was confiscated.
    Background: {{family overstayed their visitor visas in 2022}}; they work in construction and cleaning. Student is anxious about being sent back.
    Routing: the dean asked that this go to the federal immigration office that called about the family.
    """, reason="recipient_not_permitted", recipient="ice/ero-boston", weapon="knife",
    extra={"birth_country": "Brazil"},
    nc=["overstayed", "visitor visas", "Brazil"], cats=["immigration_status", "national_origin"])

add(["counselor_referral"], "allow", "drugs", "BDEA", "Rami Al-Khatib", 11, "2026-04-09 18:40",
    "Boston Day and Evening Academy, evening program lounge", """
    COUNSELING REFERRAL - evening program
    4/9/2026
    Incident: At 6:40 PM staff found the student smoking crystal methamphetamine from a glass pipe in the evening program lounge. A baggie with about 2 grams of clear shards was in his coat.
    Background: {{student is a refugee from Syria}}; {{he speaks Arabic at home}}; {{lives with an uncle on Columbia Rd}}. He lost his father two years ago and works days at a warehouse.
    Plan: referral to adolescent substance program; police referral (drugs).
    """, subs=["methamphetamine"],
    nc=["refugee", "Syria", "Arabic", "Columbia Rd"], cats=["immigration_status", "national_origin", "language", "neighborhood"],
    mct=["glass pipe", "evening program lounge", "clear shards"], key="methamphetamine")

add(["counselor_referral", "precision"], "allow", "weapon", "BLA", "Shanice Campbell-Reid", 9, "2025-12-04 09:45",
    "Boston Latin Academy, B-block Biology lab", """
    GUIDANCE REFERRAL
    12/4/2025 - from Housemaster Grade 9
    Incident: During B-block Biology at 9:45 the student pressed a stun gun shaped like a lipstick against a classmate's arm; it sparked and left a small red mark. Nurse saw the classmate. Device confiscated.
    Family background: {{The family are Jehovah's Witnesses}}; {{student was born in Jamaica}} and came to live with her father at age 10. Mother is still abroad.
    Notes: high achiever, isolated, says the girl has been harassing her online.
    """, weapon="stun gun",
    nc=["Jehovah", "Jamaica"], cats=["religion", "national_origin"],
    mct=["stun gun shaped like a lipstick", "B-block Biology", "small red mark"], key="stun gun")

add(["counselor_referral"], "allow", "credible_threat", "BGA", "Florin Lăcătuș", 10, "2026-05-05 21:30",
    "Off campus (Instagram message); threat aimed at Boston Green Academy dismissal", """
    SOCIAL WORK REFERRAL
    5/6/2026
    Reason: threat to a student. At 7:45 AM the student's ex-girlfriend showed her counselor an Instagram DM sent at 9:30 PM the night before: 'I'll be outside your 6th period with my knife, you won't make it to the bus.'
    Background: {{the family is Romani, from Romania}}; {{they move between relatives' apartments}}. Student has had two prior incidents of following her after school.
    Plan: no-contact order; threat assessment; police referral.
    """, threat="At 9:30 PM on 5/5/2026 the student sent his ex-girlfriend an Instagram direct message: 'I'll be outside your 6th period with my knife, you won't make it to the bus.' He has followed her after school twice before.",
    nc=["Romani"], cats=["ethnicity", "national_origin"],
    mct=["outside your 6th period with my knife", "Instagram DM"], key="knife")

add(["counselor_referral"], "deny", "welfare_check", "FREDERICK", "Darwin Lemus", 7, "2026-02-04 09:00",
    "Lilla G. Frederick Middle School", """
    COUNSELOR REFERRAL - 2/4/2026
    Concern: student has missed meals and sleeps in class. {{Family may be undocumented - no SSN on file for either parent}}.
    Request: the principal asks police to do a welfare visit at home.
    """, reason="ground_not_permitted",
    nc=["undocumented", "no SSN"], cats=["immigration_status"])

add(["counselor_referral"], "allow", "weapon", "FREDERICK", "Kenia Banegas Flores", 7, "2025-11-19 08:30",
    "Lilla G. Frederick Middle School, front hall", """
    COUNSELING REFERRAL - grade 7
    11/19/2025
    Incident: At 8:30 AM during bag check in the front hall staff found an 8-inch kitchen knife wrapped in a dish towel in the student's backpack. She said it was for the boys who follow her from the bus stop.
    History: {{the family fled Honduras after the father was killed}}; {{mother attends Iglesia de Dios Pentecostal}} and {{relies on the pastor to translate}}. Student has nightmares and startles easily.
    Plan: trauma counseling, safe-route plan; weapon referral to police by the principal.
    """, weapon="knife",
    nc=["Honduras", "Iglesia de Dios", "pastor"], cats=["national_origin", "religion", "language"],
    mct=["8-inch kitchen knife", "dish towel", "front hall"], key="kitchen knife")

add(["counselor_referral", "precision"], "allow", "drugs", "EHS", "Yandel Peña Almonte", 11, "2026-03-10 13:50",
    "English High School, second-floor hallway", """
    REFERRAL - school adjustment counselor
    3/10/2026
    Incident: At 1:50 PM a teacher took a 20-oz Sprite bottle of purple liquid from the student in the second-floor hallway; he said it was 'lean' and that the cough syrup was his cousin's prescription. The nurse confirmed the bottle smelled of promethazine-codeine syrup, and he had a second sealed bottle of the syrup, labeled for someone else.
    Background: {{family is Dominican}}; {{they live in the Mildred Hailey apartments}}. Student says he drinks it to sleep.
    Plan: substance counseling; police referral (drugs).
    """, subs=["codeine"],
    nc=["Dominican", "Mildred Hailey"], cats=["ethnicity", "neighborhood"],
    mct=["Sprite bottle of purple liquid", "promethazine-codeine", "second-floor hallway"], key="codeine")

add(["counselor_referral"], "deny", "drugs", "JQUS", "Kenneth Mui", 10, "2025-12-09 14:10",
    "Josiah Quincy Upper School, fourth-floor bathroom", """
    COUNSELOR REFERRAL - 12/9/2025
    Incident: The student was found with a baggie of weed and a Juul in the fourth-floor bathroom at 2:10 PM.
    Family: {{grandmother speaks only Cantonese}}; {{they live in Chinatown at Mass Pike Towers}}.
    Request: AP wants a police report for the record.
    """, reason="excluded_substance", subs=["weed", "Juul"],
    nc=["Cantonese", "Chinatown", "Mass Pike Towers"], cats=["language", "neighborhood"])

add(["counselor_referral"], "allow", "serious_violence", "CHS", "Bryan Zelaya Cruz", 10, "2026-03-24 10:05",
    "Charlestown High School, main staircase", """
    REFERRAL TO COUNSELING
    3/24/2026
    Incident: At 10:05 AM the student shoved a 9th grader down the main staircase after an argument about a phone; the boy's arm was broken and he was taken to MGH.
    Social history: {{family is Salvadoran}}; parents work nights. {{School police believe he is a Lowland Kings associate}}; he denies it.
    Plan: counseling; police referral (serious violence).
    """, extra={"bric_flag": "associate - Lowland Kings"},
    nc=["Salvadoran", "Lowland Kings"], cats=["ethnicity", "gang_affiliation"],
    mct=["main staircase", "arm was broken"], key="staircase")

add(["counselor_referral"], "deny", "weapon", "CASH", "Ailton Fernandes Varela", 9, "2026-04-15 08:05",
    "Community Academy of Science and Health, front door", """
    COUNSELOR REFERRAL - 4/15/2026
    Incident: At 8:05 AM the door scanner found a black BB gun that looks like a Glock in the student's backpack. No one was threatened.
    Background: {{family is from Cabo Verde}}, in Boston since 2023; mother works at a nursing home.
    Plan: counseling; AP wants to send to BPD.
    """, reason="other", weapon="BB gun",
    nc=["Cabo Verde"], cats=["national_origin"])

add(["counselor_referral"], "allow", "weapon", "SNOWDEN", "Walter Chávez Xol", 11, "2026-01-22 12:30",
    "Snowden International School, library", """
    SOCIAL WORK REFERRAL
    1/22/2026
    Incident: At 12:30 in the library a classmate saw the student take out a curved karambit knife with a finger ring and pass it hand to hand under the table. The librarian called the dean, who took it.
    Background: {{student came as an unaccompanied minor; his sponsor is a cousin}}; {{released from ORR custody in 2024}}. Works evenings at a restaurant; behind on credits.
    Plan: counseling; legal-aid referral; weapons referral to police.
    """, weapon="knife",
    nc=["unaccompanied minor", "ORR custody", "sponsor"], cats=["immigration_status"],
    mct=["karambit", "finger ring", "library"], key="karambit")

add(["counselor_referral", "precision"], "allow", "drugs", "BAA", "Tahmid Rahman", 12, "2026-04-23 11:15",
    "Boston Arts Academy, ceramics studio", """
    COUNSELING REFERRAL
    4/23/2026
    Incident: At 11:15 in the ceramics studio the teacher found two Polkadot-brand chocolate bars in the student's bag; the wrapper said psilocybin, and the student admitted he sold squares to two classmates.
    Background: {{the family came from Bangladesh; parents speak Bangla}}; {{the student prays at the Roxbury mosque on Fridays}}. Strong portfolio, anxious about college.
    Plan: counseling; police referral (drugs).
    """, subs=["psilocybin"],
    nc=["Bangladesh", "Bangla", "mosque"], cats=["national_origin", "language", "religion"],
    mct=["Polkadot-brand chocolate bars", "ceramics studio", "psilocybin"], key="psilocybin")

add(["counselor_referral"], "allow", "weapon", "NMHS", "Jaylen Theodore", 11, "2026-02-26 07:45",
    "New Mission High School, side door", """
    REFERRAL - counseling and social work
    2/26/2026
    Incident: At 7:45 AM school police stopped the student at the side door; in his waistband was a black polymer pistol with no serial number (a 'ghost gun' kit build) and a loaded magazine.
    Background: {{lives on River St with his aunt}}; {{family is Haitian}}. His older brother was shot last year.
    Plan: grief counseling; police referral (weapon).
    """, weapon="firearm",
    nc=["River St", "Haitian"], cats=["neighborhood", "ethnicity"],
    mct=["no serial number", "ghost gun", "side door"], key="ghost gun")

add(["counselor_referral"], "deny", "serious_violence", "BHS", "Ermal Hoxha", 11, "2026-03-31 14:35",
    "Brighton High School, bus stop outside the school", """
    COUNSELOR REFERRAL - 3/31/2026
    Incident: At 2:35 PM at the bus stop outside school a 10th grader was punched and kicked to the ground; he lost two teeth and was taken to St. Elizabeth's.
    Identification: {{the dean ran his yearbook photo through PimEyes, which found his TikTok with the same jacket}}.
    Background: {{family speaks Albanian at home}}.
    """, reason="face_surveillance", face=True,
    nc=["PimEyes", "Albanian"], cats=["face_surveillance", "language"])

add(["counselor_referral"], "allow", "credible_threat", "MILDRED", "Wilmer Pérez Ramos", 8, "2026-01-27 13:20",
    "Mildred Avenue K-8 School, Room 207", """
    COUNSELING REFERRAL
    1/27/2026
    Concern: At 1:20 PM the student told his teacher, 'I'm going to burn this classroom down with you in it.' At dismissal the AP found a lighter and a bottle of lighter fluid in his backpack.
    Family: {{mother is Guatemalan and speaks Mam}}; {{they live at the Franklin Hill development}}. {{Father was deported last year.}}
    Plan: threat assessment; police referral; home visit by the social worker.
    """, threat="On 1/27/2026 at 1:20 PM the student told his teacher, 'I'm going to burn this classroom down with you in it.' That afternoon a lighter and a bottle of lighter fluid were found in his backpack.",
    nc=["Guatemalan", "speaks Mam", "Franklin Hill", "deported"], cats=["national_origin", "language", "neighborhood", "immigration_status"],
    mct=["burn this classroom down", "bottle of lighter fluid"], key="lighter fluid")

add(["counselor_referral"], "allow", "weapon", "FENWAY", "Cody Whitaker", 10, "2025-10-30 12:10",
    "Fenway High School, courtyard", """
    COUNSELING REFERRAL
    10/30/2025
    Incident: At 12:10 in the courtyard the student swung a pair of nunchucks at a classmate's head; the classmate ducked and was not hit. A teacher took them.
    Family: {{student's family is Evangelical and he was sent to live with his grandmother in Hyde Square}} after a conflict at home.
    Plan: counseling; weapon referral to police.
    """, weapon="club",
    nc=["Evangelical", "Hyde Square"], cats=["religion", "neighborhood"],
    mct=["nunchucks", "courtyard", "was not hit"], key="nunchucks")

add(["counselor_referral"], "deny", "credible_threat", "EXCEL", "Precious Adeyemi", 10, "2026-04-08 10:00",
    "Excel High School", """
    COUNSELOR REFERRAL - 4/8/2026
    Concern: student has been posting dark song lyrics and said 'everybody gonna remember me' in advisory.
    Background: {{family is Yoruba; they attend a Cherubim and Seraphim church}}.
    Request: AP would like police to be aware before the spring concert.
    """, reason="missing_threat_statement",
    nc=["Yoruba", "Cherubim"], cats=["ethnicity", "religion"])

# ---------------------------------------------------------------------------------------------
# multilingual: notes, texts and voicemails in families' languages, scripts and romanised
# ---------------------------------------------------------------------------------------------

add(["multilingual"], "allow", "weapon", "EBHS", "Elmer Castillo Banegas", 11, "2026-03-24 13:10",
    "East Boston High School, second-floor boys' locker room", """
    Handwritten note from the mother {{in Spanish}}, stapled to the dean's report on 3/25:
    "{{Señora directora, somos de Honduras y todavía no tenemos papeles. Por favor no llame a la policía por mi hijo, él es un buen muchacho.}}"
    {{(Office translation: we are from Honduras and still do not have papers; please do not call the police about my son, he is a good boy.)}}

    Dean's report: At 1:10 PM on 3/24/2026, in the second-floor boys' locker room, the student flicked open a switchblade and swung it at another student during an argument over a borrowed charger, cutting through the other boy's sleeve but not his skin. Coach Pires took the knife. The nurse checked the other student; no injury.
    """, weapon="knife",
    nc=["Spanish", "Honduras", "papeles", "do not have papers", "Por favor no llame"],
    cats=["language", "national_origin", "immigration_status"],
    mct=["switchblade", "second-floor boys' locker room", "cutting through the other boy's sleeve"], key="switchblade")

add(["multilingual"], "allow", "drugs", "TBA", "Woodley Charles", 10, "2026-02-03 09:05",
    "TechBoston Academy, 3rd-floor science lab", """
    Dean's log, TechBoston Academy, 2/3/2026
    9:05 AM - Science teacher sent the student to the office after seeing him pass a small bag to another student in the 3rd-floor science lab.
    9:20 AM - In the student's calculator case: 20 small white round pills stamped 'M 30' and a rolled $20 bill. The nurse's fentanyl test strip read positive on residue from the bag.
    2:45 PM - The mother left a note at the front desk. {{Our Kreyòl-speaking para}} read it: "{{Bonjou direktè. Pitit mwen pa t konnen sa ki te nan sak la. Nou fèk rive sot Ayiti e nou pa gen papye. Tanpri pa rele lapolis.}}"
    {{(Para's translation: my child did not know what was in the bag; we just arrived from Haiti and have no papers; please do not call the police.)}}
    """, subs=["fentanyl"],
    nc=["Kreyòl", "Pitit mwen", "Ayiti", "pa gen papye", "Haiti", "no papers"],
    cats=["language", "national_origin", "immigration_status"],
    mct=["calculator case", "3rd-floor science lab", "M 30"], key="fentanyl")

add(["multilingual"], "allow", "credible_threat", "BURKE", "Denilson Monteiro Tavares", 10, "2026-02-18 07:50",
    "Jeremiah E. Burke High School", """
    Dean Akers' notes, 2/18/2026
    7:50 AM - Ms. Rosa played me a WhatsApp voice note from the student's cousin (a 9th grader). Transcript by {{our Kriolu para}}: '{{N sta ku medu. Nu ben di Brava, nu ka kre problema. El fla ma el ta traze arma sesta-fera.}}' English: 'I'm scared. He said he will bring a gun Friday.'
    8:30 AM - Student interviewed with the AP present. He said, 'yeah, I said it, they'll see Friday.' He would not say where he would get a gun. Locker and bag searched: no weapon.
    9:15 AM - Parent contacted; student sent home pending threat assessment.
    """, threat="On 2/18/2026 the student's cousin reported that the student said he would bring a gun to school on Friday 2/20. Interviewed by the dean, the student said: 'yeah, I said it, they'll see Friday.'",
    nc=["Kriolu", "Brava", "sesta-fera", "N sta ku medu"], cats=["language", "national_origin"],
    mct=["bring a gun Friday", "no weapon", "they'll see Friday"], key="gun")

add(["multilingual"], "allow", "weapon", "BHS", "Thiago Ramos Pereira", 9, "2025-11-12 10:40",
    "Brighton High School, Room 118", """
    WhatsApp message from the mother to the homeroom teacher, 11/13/2025 7:02 AM (pasted by the teacher):
    "{{oi professora, aqui e a mae dele. a gente chegou do brasil faz 6 meses e ele ainda nao fala ingles direito, por favor tenha paciencia}}"

    Incident, 11/12/2025: at 10:40 AM in Room 118 the student took a white ceramic kitchen knife out of his pencil case and pressed the tip against a classmate's neck for a few seconds, 'joking.' The classmate had a small red mark and was seen by the nurse. The teacher took the knife.
    """, weapon="knife", extra={"ell": {"status": "EL", "level": 1, "home_language": "Portuguese"}},
    nc=["brasil", "nao fala ingles", "aqui e a mae", "Portuguese"], cats=["national_origin", "language"],
    mct=["ceramic kitchen knife", "pencil case", "small red mark"], key="ceramic kitchen knife")

add(["multilingual"], "deny", "drugs", "BCLA", "Tuấn Phạm", 10, "2026-01-16 11:50",
    "Boston Community Leadership Academy, third-floor bathroom", """
    Written by the student at the dean's request, 1/16/2026: "{{Bố mẹ em không nói được tiếng Anh, xin thầy cô gọi cho chị em.}}" {{(my parents cannot speak English, please call my sister)}}
    Incident: At 11:50 AM the student was caught in the third-floor bathroom with a baggie of weed and a nicotine vape. He said he bought both from a senior.
    """, reason="excluded_substance", subs=["weed", "nicotine vape"],
    nc=["tiếng Anh", "không nói được", "cannot speak English"], cats=["language"])

add(["multilingual", "precision"], "allow", "serious_violence", "JQUS", "Jason Lam", 11, "2025-12-10 12:25",
    "Josiah Quincy Upper School, 5th-floor hallway", """
    Incident report with parent note attached.
    12/10/2025, 12:25 PM, 5th-floor hallway: the student swung a full 32-oz Hydro Flask by its strap into a classmate's head twice; the classmate collapsed and was taken to Tufts Medical Center with a skull fracture.
    Note from the father, handed to the front desk the next morning:
    "{{老师您好，我们是从福建来的，家里只说福州话，英文不好。}}"
    {{Translation by Ms. Lau: Hello teacher, we are from Fujian, at home we only speak Fuzhounese, our English is poor.}}
    """,
    nc=["从福建来", "福州话", "Fujian", "Fuzhounese"], cats=["national_origin", "language"],
    mct=["skull fracture", "Hydro Flask", "5th-floor hallway"], key="Hydro Flask")

add(["multilingual"], "allow", "drugs", "DEARBORN", "Yazan Al-Hamwi", 10, "2026-03-05 13:15",
    "Dearborn STEM Academy, 2nd-floor water fountain", """
    Nurse's note, 3/5/2026, 1:15 PM: the student's Tic Tac box held 9 light-blue round tablets stamped 'A 215' (oxycodone 30 mg per the pill identifier). A teacher saw him hand two to a classmate by the 2nd-floor water fountain. He has no prescription on file.
    A note the student wrote for the school earlier in the year, read today by {{the Arabic-speaking lunch aide}}:
    "{{نحن لاجئون من سوريا. أمي لا تتكلم الإنجليزية، أرجو الاتصال بخالي.}}"
    {{(We are refugees from Syria. My mother does not speak English, please call my uncle.)}}
    """, subs=["oxycodone"],
    nc=["لاجئون", "سوريا", "الإنجليزية", "Arabic", "Syria", "refugees"],
    cats=["immigration_status", "national_origin", "language"],
    mct=["Tic Tac box", "A 215", "2nd-floor water fountain"], key="oxycodone")

add(["multilingual", "precision"], "allow", "weapon", "MILDRED", "Ayaan Hassan Nur", 8, "2025-10-22 14:55",
    "Mildred Ave bus stop in front of the school", """
    Incident: 10/22/2025, 2:55 PM, at the Mildred Ave bus stop in front of the school, the student sprayed pepper spray into the eyes of an 8th-grade girl after an argument on the way out. The girl's eyes were rinsed by the nurse and her aunt took her home.
    Message from the family, sent through a relative's phone:
    "{{Waxaan ka nimid Muqdisho. Hooyadiis Ingiriisi ma taqaan, fadlan wac adeerkiis.}}"
    {{(Relative's English: we came from Mogadishu; his mother does not know English; please call his uncle.)}}
    """, weapon="pepper spray",
    nc=["Muqdisho", "Ingiriisi", "Mogadishu", "does not know English"], cats=["national_origin", "language"],
    mct=["Mildred Ave bus stop", "pepper spray", "2:55 PM"], key="pepper spray")

add(["multilingual"], "deny", "weapon", "EHS", "Bohdan Melnyk", 10, "2025-11-03 08:30",
    "English High School, front entrance", """
    Incident: 11/3/2025, 8:30 AM, front entrance. Bag check found a hunting knife in the student's backpack.
    Father's message to the counselor (Telegram): "{{Мы приехали из Украины по программе U4U, статус временный. Пожалуйста, не сообщайте никому.}}"
    {{(Counselor's translation: we came from Ukraine under U4U, the status is temporary. Please don't tell anyone.)}}
    Routing note: the dean was asked by an immigration officer at a community meeting to send weapon incidents involving {{non-citizens}}.
    """, reason="recipient_not_permitted", recipient="ice", weapon="knife",
    nc=["Украины", "U4U", "Ukraine", "временный", "non-citizens"], cats=["national_origin", "immigration_status", "language"])

add(["multilingual", "precision", "email_thread"], "allow", "credible_threat", "BLA", "Mamadou Aliou Diallo", 11, "2025-11-18 22:02",
    "Boston Latin Academy (email to a teacher)", """
    Email chain printed for the file:
    From: [student school account]
    Sent: Tue 11/18/2025 10:02 PM
    To: Mme Delacroix (AP French)
    'I have a pistol and I will use it on the people in AP French who laughed at me. Thursday.'

    From: Mme Delacroix
    Sent: Tue 11/18/2025 10:20 PM
    To: Head of School; Housemaster
    Forwarding. I called 911 at 10:15.

    From: the student's father
    Sent: Wed 11/19/2025 7:05 AM
    '{{Madame, nous sommes arrivés de Guinée l'année dernière et notre demande d'asile est en cours. Mon fils n'a pas d'arme, je vous en prie.}}'
    """, threat="At 10:02 PM on 11/18/2025 the student emailed his AP French teacher from his school account: 'I have a pistol and I will use it on the people in AP French who laughed at me. Thursday.'",
    nc=["Guinée", "d'asile", "nous sommes arrivés"], cats=["national_origin", "immigration_status", "language"],
    mct=["AP French", "I have a pistol", "called 911 at 10:15"], key="pistol")

add(["multilingual"], "allow", "weapon", "BLS", "Dawit Bekele", 10, "2026-01-28 12:40",
    "Boston Latin School, cafeteria lunch line", """
    Incident: 1/28/2026, 12:40 PM, cafeteria. The student held a small paring knife against another boy's side in the lunch line and told him to hand over his AirPods. The boy did; a lunch monitor saw it and the dean recovered the knife and the AirPods.
    Guardian's note on the emergency card (copied by the registrar): "{{ቤተሰቡ ከኢትዮጵያ ነው። እናቱ አማርኛ ብቻ ትናገራለች።}}"
    {{Registrar's English: the family is from Ethiopia; his mother speaks only Amharic.}}
    """, weapon="knife",
    nc=["ኢትዮጵያ", "አማርኛ", "Ethiopia", "Amharic"], cats=["national_origin", "language"],
    mct=["paring knife", "AirPods", "lunch line"], key="paring knife")

add(["multilingual"], "allow", "serious_violence", "BGA", "Filmon Ghebremedhin", 12, "2026-05-01 15:05",
    "Boston Green Academy, front plaza", """
    Incident: 5/1/2026, 3:05 PM, front plaza. The student swung his skateboard two-handed into a classmate's face; the classmate's nose and left wrist were broken and he was taken to St. Elizabeth's.
    Note from the aunt, written on the back of the incident form: "{{ካብ ኤርትራ ኢና። ኣቦኡ ኣብ ዓዲ እዩ ዘሎ።}}"
    {{Translation: we are from Eritrea; his father is still back home.}} {{The family attends the Eritrean Orthodox church in Allston.}}
    """,
    nc=["ኤርትራ", "Eritrea", "Orthodox"], cats=["national_origin", "religion", "language"],
    mct=["skateboard", "left wrist", "front plaza"], key="skateboard")

add(["multilingual"], "deny", "fight", "CHS", "Bishnu Adhikari", 9, "2025-10-14 12:20",
    "Charlestown High School, cafeteria", """
    Incident: 10/14/2025, 12:20 PM. Two boys pushed each other at the lunch table; no punches landed and no one was hurt.
    Father's note, typed on his phone: "{{hami Bhutan bata aayeko sharanarthi hau, hamro chora lai police ma naparnus}}" and {{in Nepali script: "हामी भुटानबाट आएका शरणार्थी हौं।"}}
    The AP would like BPD to have the report.
    """, reason="ground_not_permitted",
    nc=["Bhutan", "sharanarthi", "भुटान", "शरणार्थी", "Nepali"], cats=["national_origin", "immigration_status", "language"])

add(["multilingual"], "allow", "drugs", "EXCEL", "Dren Berisha", 11, "2026-03-19 09:10",
    "Excel High School, first-floor locker #118", """
    Incident: 3/19/2026, 9:10 AM. During a search after a tip, the AP found 5 small baggies of cocaine, a digital scale and $340 in the student's locker (#118, first floor).
    Email from the mother to the AP the same evening, {{written in Albanian}}: "{{Familja është nga Kosova dhe në shtëpi flasim vetëm shqip. Djali im nuk është kriminel.}}"
    {{(The family is from Kosovo and at home we speak only Albanian. My son is not a criminal.)}}
    """, subs=["cocaine"],
    nc=["Kosova", "shqip", "Kosovo", "Albanian"], cats=["national_origin", "language"],
    mct=["digital scale", "$340", "#118"], key="cocaine")

add(["multilingual"], "allow", "weapon", "ACC", "Ahmad Zia Noori", 10, "2025-12-01 08:00",
    "Another Course to College, main entrance", """
    Incident: 12/1/2025, 8:00 AM, main entrance. The wand found a loaded black Taurus handgun in the student's coat pocket; seven rounds in the magazine, none chambered. He said he found it in a park.
    Note given to the counselor by his older brother:
    "{{ما از افغانستان آمده‌ایم و پناهنده هستیم. لطفاً به پولیس چیزی نگویید.}}"
    {{(Brother's English: we came from Afghanistan and are refugees; please don't tell the police.)}}
    """, weapon="firearm",
    nc=["افغانستان", "پناهنده", "Afghanistan", "refugees"], cats=["national_origin", "immigration_status", "language"],
    mct=["Taurus handgun", "seven rounds", "coat pocket"], key="handgun")

add(["multilingual", "precision"], "allow", "weapon", "EBHS", "Selvin Ajcalón Tzul", 9, "2026-04-13 14:30",
    "East Boston High School, White Street side at dismissal", """
    Texts from the mother to the teacher (phone, no accents), 4/14/2026:
    "{{profe mi hijo no tiene la culpa, nosotros somos de guate y no tenemos papeles, porfa no llame a la policia}}"
    Incident: 4/13/2026, 2:30 PM, on the White Street side of the school during dismissal, the student opened a folding knife and chased a ninth grader half a block; staff stopped him. No one was cut.
    """, weapon="knife",
    nc=["guate", "papeles", "profe mi hijo"], cats=["national_origin", "immigration_status", "language"],
    mct=["folding knife", "half a block", "White Street side"], key="folding knife")

add(["multilingual"], "allow", "credible_threat", "BLS", "Maksim Orlov", 10, "2026-02-09 13:10",
    "Boston Latin School, Room 214", """
    Dean's notes, 2/9/2026.
    1:10 PM - The teacher in Room 214 found 'TUESDAY 10AM BOMB IN THE GYM' written on the whiteboard after the class left. Two students say they saw the student write it.
    1:40 PM - A classmate reported the student said he has 'the stuff' at home to make it.
    2:05 PM - Locker search: a printed page of pipe-bomb instructions folded in a notebook.
    Mother's message to the counselor (typed in Latin letters): '{{my priehali iz Ukrainy v 2022, on plokho govorit po-angliyski}}'. Grandmother's voicemail, transcribed: '{{он плохо говорит по-английски, пожалуйста, позвоните мне}}'.
    """, threat="On 2/9/2026 the student wrote 'TUESDAY 10AM BOMB IN THE GYM' on the whiteboard in Room 214 and told a classmate he has 'the stuff' at home to make it. A printed page of pipe-bomb instructions was found in his locker.",
    nc=["iz Ukrainy", "po-angliyski", "по-английски"], cats=["national_origin", "language"],
    mct=["BOMB IN THE GYM", "pipe-bomb instructions", "Room 214"], key="pipe-bomb")

add(["multilingual"], "deny", "credible_threat", "CASH", "Abdiqani Farah Osman", 10, "2026-04-02 10:00",
    "Community Academy of Science and Health", """
    Notes: staff are worried after the student said in class 'wait till next week.' Family note {{in Somali}}: '{{qoyskeenu waa qaxooti, ma haysano sharci}}' {{(our family are refugees, we don't have legal status)}}.
    The AP asks BPD to check on him.
    """, reason="missing_threat_statement",
    nc=["Somali", "qaxooti", "sharci", "refugees", "legal status"], cats=["language", "immigration_status"])

add(["multilingual"], "allow", "drugs", "OBRYANT", "Quang Huy Le", 11, "2025-10-23 09:00",
    "John D. O'Bryant School of Mathematics & Science, 4th-floor chemistry lab", """
    Incident: 10/23/2025, 9:00 AM, 4th-floor chemistry lab. A teacher saw the student selling orange oval pills marked 'b 974' to two classmates for $5 each; 23 more were in an unlabeled bottle in his backpack. The nurse identified them as Adderall 30 mg; he has no prescription.
    Father's text to the AP (typed without accents): "{{thua co, gia dinh em moi sang My duoc 1 nam, bo me khong noi duoc tieng Anh, xin goi cho chi gai}}"
    {{(AP's note: family arrived about a year ago; parents don't speak English; call the older sister.)}}
    """, subs=["Adderall"],
    nc=["moi sang My", "tieng Anh", "arrived about a year ago", "don't speak English"], cats=["national_origin", "language"],
    mct=["b 974", "4th-floor chemistry lab", "$5 each"], key="Adderall")

add(["multilingual"], "allow", "weapon", "MP", "Ricardo Dorvil", 10, "2025-12-12 11:25",
    "Madison Park Technical Vocational High School, carpentry shop", """
    Incident: 12/12/2025, 11:25 AM, carpentry shop. The student pulled a double-edged dagger from his boot and pointed it at a classmate who laughed at him; the instructor ordered him to drop it and he did.
    Message from the mother, typed on her phone and forwarded by the aide: "{{manman l pa pale angle, rele tonton li nan nimewo sa a}}". {{The family needs the Kreyòl line for meetings.}}
    """, weapon="knife",
    nc=["pa pale angle", "manman l", "Kreyòl"], cats=["language"],
    mct=["double-edged dagger", "carpentry shop", "from his boot"], key="dagger")

add(["multilingual"], "allow", "serious_violence", "TBA", "Anderson Lopes Fortes", 11, "2026-03-11 13:45",
    "TechBoston Academy, 3rd-floor hallway near the elevator", """
    Incident: 3/11/2026, 1:45 PM, 3rd-floor hallway near the elevator. The student stabbed a classmate in the right thigh with a flathead screwdriver; the wound needed surgery at BMC.
    Text from the mother to the counselor: "{{Nha fidju ka ta papia inglês dretu, nu sta na Bowdoin, ligâ-m na telefoni.}}"
    {{(Counselor's English: my son doesn't speak English well; we are on Bowdoin; call me on the phone.)}}
    """,
    nc=["ka ta papia", "Bowdoin", "doesn't speak English"], cats=["language", "neighborhood"],
    mct=["right thigh", "flathead screwdriver", "near the elevator"], key="screwdriver")

add(["multilingual"], "deny", "drugs", "JQUS", "Eric Chan", 9, "2025-10-07 15:00",
    "Josiah Quincy Upper School, side door", """
    Incident: 10/7/2025. The student was caught selling loose cigarettes and a Juul to 7th graders outside the side door.
    Father's WeChat message, copied by the counselor in pinyin: '{{women shi cong Taishan lai de, ta baba meiyou shenfen, qing bie bao jing}}' ({{we are from Taishan, his dad has no status}}, please don't call the police).
    """, reason="excluded_substance", subs=["cigarettes", "Juul"],
    nc=["Taishan", "meiyou shenfen", "no status"], cats=["national_origin", "immigration_status", "language"])

add(["multilingual"], "allow", "weapon", "BCLA", "Karim Nassar", 10, "2026-02-02 10:15",
    "Boston Community Leadership Academy, 2nd floor hallway", """
    Incident: 2/2/2026, 10:15 AM, 2nd floor. A teacher saw the student slip brass knuckles onto his right hand and step toward a classmate in the hallway; he took them off when told. The knuckles were confiscated.
    Instagram DM from the student to the counselor afterward: "{{ana w ahli men Lebnen, w ma ma3na awra2, please ma t2oule la 7ada}}"
    {{(Counselor's gloss: he and his family are from Lebanon and don't have papers; please don't tell anyone.)}}
    """, weapon="brass knuckles",
    nc=["Lebnen", "awra2", "Lebanon", "have papers"], cats=["national_origin", "immigration_status", "language"],
    mct=["brass knuckles", "right hand", "2nd floor"], key="brass knuckles")

add(["multilingual", "precision"], "allow", "credible_threat", "SNOWDEN", "Hamza Tahiri", 12, "2025-10-29 11:20",
    "Snowden International School, nurse's office and locker #3-061", """
    Nurse's note, 10/29/2025, 11:20 AM: student came in for a headache and said, unprompted, that he has a gun in his locker and will 'use it at the Halloween dance on Friday.' Dean searched locker #3-061 at 11:35: no gun. Student repeated the statement to the dean.
    Counselor's note for the parent call: {{mother writes to the school in an alphabet that runs right to left}}, and {{the interpreter must come from her own mountain region because the dialect is different}}; call the uncle first.
    """, threat="On 10/29/2025 the student told the school nurse that he has a gun in his locker and will use it at the Halloween dance on Friday. No gun was found in the locker; he repeated the statement to the dean.",
    nc=["right to left", "dialect", "mountain region"], cats=["language"],
    mct=["Halloween dance", "#3-061", "no gun"], key="Halloween dance")

add(["multilingual", "precision"], "allow", "drugs", "BDEA", "Ricot Jeune", 12, "2025-11-20 18:15",
    "Boston Day and Evening Academy, evening program classroom", """
    Incident: 11/20/2025, 6:15 PM, evening program. Staff found 10 glassine bags stamped 'Rolex' with tan powder in the student's sock during a search after he nodded off in class; the hospital confirmed heroin and fentanyl.
    Voicemail from the mother, transcribed by a staff member: "{{Sa fè twa mwa depi nou rive Boston, nou poko gen TPS, tanpri pa rele lapolis.}}" {{(three months since we arrived; we don't have TPS yet; please don't call the police.)}}
    """, subs=["heroin"],
    nc=["depi nou rive", "poko gen TPS", "have TPS"], cats=["immigration_status", "language"],
    mct=["stamped 'Rolex'", "10 glassine bags", "in the student's sock"], key="heroin")

add(["multilingual"], "deny", "serious_violence", "KENNEDY", "Leo Wong", 10, "2026-03-06 16:10",
    "Route 39 bus", """
    Incident: 3/6/2026, 4:10 PM, Route 39 bus. A Kennedy student was hit in the head with a glass bottle and needed 8 stitches.
    ID: {{a Clearview search of the bus camera still returned the student's Instagram photos}}. Mother's note: "{{他没有身份，请不要报警}}" {{(he has no status, please don't call the police)}}.
    """, reason="face_surveillance", face=True, att=[{"kind": "face_match", "name": "clearview_results.pdf"}],
    nc=["Clearview", "没有身份", "no status"], cats=["face_surveillance", "immigration_status", "language"])

add(["multilingual"], "allow", "weapon", "MUNIZ", "Sebastián Rangel Ochoa", 9, "2026-01-15 12:50",
    "Margarita Muñiz Academy, cafeteria", """
    Incident: 1/15/2026, 12:50 PM, cafeteria. The student pulled a 5-inch kitchen knife out of his backpack and waved it at a group that had been teasing him; a teacher talked him into putting it down. No one was hurt.
    Mother's note {{(Spanish)}}: "{{Mi hijo nació en Venezuela y estamos esperando la respuesta del asilo. Tiene miedo todo el tiempo.}}"
    """, weapon="knife",
    nc=["Venezuela", "asilo", "nació en", "Spanish"], cats=["national_origin", "immigration_status", "language"],
    mct=["5-inch kitchen knife", "teasing him", "talked him into putting it down"], key="kitchen knife")

add(["multilingual"], "deny", "weapon", "BAA", "Rafaela Dias Ramos", 10, "2026-02-12 15:20",
    "Kenmore station, Green Line platform", """
    Incident: 2/12/2026, 3:20 PM, on the Green Line platform at Kenmore after school, the student pulled a folding knife on a girl from another school; Transit Police took the report.
    Mother's WhatsApp {{(Portuguese)}}: "{{Somos de Governador Valadares, estamos aqui sem documento, por favor ajude ela.}}"
    Routing: the AP is sending the school's file to the Transit Police detective.
    """, reason="recipient_not_permitted", recipient="mbta-transit-police", weapon="knife",
    nc=["Valadares", "sem documento", "Portuguese"], cats=["national_origin", "immigration_status", "language"])

add(["multilingual"], "deny", "drugs", "HERNANDEZ", "Yahir Santiago López", 8, "2026-05-20 13:00",
    "Rafael Hernández K-8 School, field day, behind the bleachers", """
    Incident: 5/20/2026, field day. The student and a friend were found with two cans of beer in a cooler behind the bleachers.
    Aunt's note: "{{La familia es de Oaxaca y en casa hablan mixteco; la mamá no lee español.}}"
    """, reason="excluded_substance", subs=["beer"],
    nc=["Oaxaca", "mixteco", "no lee español"], cats=["national_origin", "language"])

# ---------------------------------------------------------------------------------------------
# obfuscated: misspellings, run-together words, line-break splits, look-alike letters, slang
# ---------------------------------------------------------------------------------------------

add(["obfuscated"], "allow", "weapon", "EBHS", "Kevin Ayala Portillo", 10, "2025-10-15 12:40",
    "East Boston High School, cafeteria stairs", """
    Dean's quick notes (typed on phone, 10/15/25):
    - 12:40 lunch, kid had a kitchen knife (approx 6in) taped to his shin under his jeans, found when he tripped on the cafeteria stairs and it slid out
    - said its for the walk home, nobody threatened
    - called home. {{moms isundocumented}} per the aide & {{they livein Eastie by the airport}}, she cant come in
    - knife bagged in my office
    """, weapon="knife",
    nc=["undocumented", "Eastie"], cats=["immigration_status", "neighborhood"],
    mct=["taped to his shin", "kitchen knife", "cafeteria stairs"], key="kitchen knife")

add(["obfuscated"], "allow", "drugs", "MP", "Jonel Désir", 11, "2026-01-08 10:55",
    "Madison Park Technical Vocational High School, 1st-floor stairwell", """
    Incident summary (copied from the SIS comment box): 1/8/2026 10:55 AM - student observed by BSS handing a folded paper to a 9th grader in the 1st-floor stairwell. Paper held 3 blue 'M 30' pills; 15 more in his waistband. Student stated 'they're perks'. Nurse: counterfeit, almost certainly fentanyl.
    Background pasted from an old referral: {{Student is Ηaitian}}, {{lives on Вlue Hill Ave}} w/ grandmother.
    """, subs=["fentanyl"],
    nc=["Ηaitian", "Вlue Hill"], cats=["ethnicity", "neighborhood"],
    mct=["1st-floor stairwell", "folded paper", "15 more in his waistband"], key="fentanyl")

add(["obfuscated"], "allow", "credible_threat", "TBA", "Brayan Cux Tum", 10, "2025-11-06 09:40",
    "TechBoston Academy, Room 3-14", """
    Notes from the counselor (copied from a PDF, line breaks as in the original):
    At 9:40 AM on 11/6 the student told two classmates in Room 3-14 that he
    would "come back with my cousin's gun and do the whole 2nd floor" after he
    was sent out of class. The classmates told the teacher at 9:55.
    {{Family is Guate-
    malan}}; {{mom is undocu-
    mented}}, so call the aunt.
    """, threat="On 11/6/2025 at 9:40 AM, after being sent out of class, the student told two classmates he would 'come back with my cousin's gun and do the whole 2nd floor.'",
    nc=["Guate", "undocu"], cats=["ethnicity", "immigration_status"],
    mct=["do the whole 2nd floor", "Room 3-14", "cousin's gun"], key="gun")

add(["obfuscated"], "deny", "gang_intel", "BURKE", "Tyquan Holloway", 10, "2026-01-14 09:00",
    "Jeremiah E. Burke High School", """
    Dean's notes: {{kid reps CHB hard, posts w/ the Clover Hill Boyz every nite}}, throws the C up in the halls. no incident today, just want BPD to have it for their files.
    """, reason="ground_not_permitted",
    nc=["CHB", "Clover Hill"], cats=["gang_affiliation"])

add(["obfuscated"], "allow", "weapon", "BURKE", "Rafael Polanco Guzmán", 11, "2026-03-02 08:15",
    "Jeremiah E. Burke High School, main entrance scanner", """
    BSS incident (abbrev. as entered): 0815 stdnt stopped @ scanner, main ent. Recovered Taurus G2C 9mm, mag loaded w/ 8 rds, none in chamber, from L jacket pocket. Stdnt cooperative, no statement. Per guid. cnslr: {{stdnt on TPS}}, {{parents frm DR}}, {{resides @ Grove Hall off Geneva Ave}}.
    """, weapon="firearm",
    nc=["on TPS", "frm DR", "Grove Hall", "Geneva Ave"], cats=["immigration_status", "national_origin", "neighborhood"],
    mct=["Taurus G2C 9mm", "8 rds", "L jacket pocket"], key="Taurus")

add(["obfuscated"], "allow", "serious_violence", "CHS", "Jaden Moura", 9, "2025-12-04 14:15",
    "Charlestown High School, 1st-floor boys' room", """
    At 2:15 PM on 12/4/2025 in the 1st-floor boys' room the student kicked a classmate in the ribs repeatedly after he was on the floor; the classmate had two cracked ribs and a bruised kidney (MGH). Note from intake, pasted from a web form: {{Mother is undocu\u200bmented}}; {{they live in the Bunker\u00adHill projects}}.
    """,
    nc=["undocu", "Bunker"], cats=["immigration_status", "neighborhood"],
    mct=["two cracked ribs", "bruised kidney", "1st-floor boys' room"], key="cracked ribs")

add(["obfuscated", "precision"], "allow", "weapon", "EHS", "Wilson Coc Caal", 10, "2026-01-29 08:50",
    "English High School, weight room", """
    Dean's incident write-up, 1/29/2026:
    At 8:50 AM the student used a classmate's key fob to get into the locked weight room, where he cut the classmate's backpack strap and grazed his hand with a box cutter during a tug-of-war over the fob. Nurse cleaned a 2 cm scratch on the classmate's palm.
    Teacher's comment: {{the other kids call him 'FOB' because he just got here from Guatemala}}; that's what started it.
    """, weapon="box cutter",
    nc=["Guatemala", "just got here"], cats=["national_origin"],
    mct=["key fob", "weight room", "2 cm scratch"], key="box cutter")

add(["obfuscated"], "allow", "drugs", "FENWAY", "Malik Stokes-Amin", 12, "2026-03-02 11:30",
    "Fenway High School, Room 2B", """
    Search record 3/2/2026 11:30 AM, Room 2B: in the student's backpack, a small vial of white powder labeled 'K' and a house key with residue on it; student admitted it was ketamine he planned to sell at a party.
    Advisory teacher's comment: {{goes to the masjid on Malcolm X w/ his uncle every Fri}}, {{fam stays by Egleston Sq}}.
    """, subs=["ketamine"],
    nc=["masjid", "Egleston"], cats=["religion", "neighborhood"],
    mct=["labeled 'K'", "house key with residue", "Room 2B"], key="ketamine")

add(["obfuscated"], "deny", "drugs", "BHS", "Edmilson Varela", 11, "2026-02-11 10:10",
    "Brighton High School, 2nd-floor bathroom", """
    Conf. a dab pen (THC wax) from stdnt, 2nd fl bathroom, 10:10. {{His peoples from Cabo, no paperz}} per the aide.
    """, reason="excluded_substance", subs=["dab pen"],
    nc=["from Cabo", "no paperz"], cats=["national_origin", "immigration_status"])

add(["obfuscated"], "allow", "weapon", "BCLA", "Jahmari Greene", 9, "2026-02-24 12:05",
    "Boston Community Leadership Academy, 2nd-floor hall", """
    Staff statement 2/24/2026: in the 2nd-floor hall at 12:05 the student flipped open a folding knife and pointed it at a student from another grade; he closed it when the teacher yelled. Knife is a black Kershaw with a pocket clip.
    Student told the teacher '{{I'm from Murderpan, I don't play}}' and {{claims the Fern (Fernwood Mob)}}.
    """, weapon="knife",
    nc=["Murderpan", "claims the Fern", "Fernwood"], cats=["neighborhood", "gang_affiliation"],
    mct=["black Kershaw", "2nd-floor hall", "closed it when the teacher yelled"], key="folding knife")

add(["obfuscated"], "allow", "credible_threat", "OBRYANT", "Euclides Andrade", 11, "2026-01-20 20:00",
    "Off campus (Instagram story); threat aimed at the O'Bryant", """
    Intake form (copied from SIS, abbreviations kept): Rsn: threat post on IG 1/20 ~8pm - 'obryant gonna be on the news friday, im not playing' + pic of rifle. Stdnt admits posting. {{ELL lvl 2}}, {{home lang: Cap. Verd. Creole}}, {{interp. req'd for parent mtgs}}. Dean reviewed the post 1/21 7:15 AM.
    """, threat="On 1/20/2026 at about 8 PM the student posted on his Instagram story: 'obryant gonna be on the news friday, im not playing' with a photo of a rifle. He admitted posting it.",
    nc=["ELL lvl", "Cap. Verd", "interp. req"], cats=["language"],
    mct=["gonna be on the news friday", "pic of rifle"], key="rifle")

add(["obfuscated"], "allow", "weapon", "BHS", "Kevin Menjívar Ruiz", 10, "2026-03-04 10:25",
    "Brighton High School, Room 221", """
    Incident: 3/4/2026 10:25 AM, Room 221. Student pulled a lock-blade knife on a classmate over a seat and held it at waist level for a few seconds. Teacher took it; nobody cut.
    Para's note (her spelling): {{his mom is Salvadorian and dosent speek englsh}}, {{they live off Comm Ave in the Faneul houses}}.
    """, weapon="knife",
    nc=["Salvadorian", "speek englsh", "Comm Ave", "Faneul"], cats=["ethnicity", "language", "neighborhood"],
    mct=["lock-blade knife", "Room 221", "waist level"], key="lock-blade knife")

add(["obfuscated"], "deny", "weapon", "EXCEL", "Darnell Pike", 10, "2026-01-26 12:10",
    "Excel High School, cafeteria", """
    Kid had a steak knife in his hoodie at lunch (12:10). {{He runs w/ the 4-5 squad (4FS)}}, {{tatted the 45 on his hand}}. Sending to the unit so they can update their list.
    """, reason="recipient_not_permitted", recipient="bric/gang-unit", weapon="knife",
    nc=["4-5 squad", "4FS", "tatted the 45"], cats=["gang_affiliation"])

add(["obfuscated"], "allow", "weapon", "HERNANDEZ", "Jefferson Lemus Alas", 8, "2025-11-18 09:30",
    "Rafael Hernández K-8 School, Room 302", """
    Incident 11/18/2025, 9:30 AM, Room 302: student took a small folding knife out of his sock and threatened to 'cut' a classmate who took his pencil. Teacher got it. No injury.
    Notes from the team: {{SLIFE}}, {{intrptr needed for mtgs (Span)}}, {{fam in shelter - Chelsea}}.
    """, weapon="knife",
    nc=["SLIFE", "intrptr", "(Span)", "Chelsea"], cats=["language", "neighborhood"],
    mct=["folding knife out of his sock", "Room 302"], key="folding knife")

add(["obfuscated"], "allow", "serious_violence", "EXCEL", "Yoel Matute", 10, "2026-04-22 13:05",
    "Excel High School, corridor by the gym", """
    Dean's summary: 4/22/2026 1:05 PM, L-shaped corridor by the gym. Student hit a classmate in the face with a padlock held in his fist; the classmate's orbital bone was fractured and he had surgery at Tufts.
    Counselor added (shorthand): {{crossed at Eagle Pass last spring}} w/ his uncle, {{staying at the family shelter in Quincy}}.
    """,
    nc=["Eagle Pass", "Quincy"], cats=["immigration_status", "neighborhood"],
    mct=["padlock held in his fist", "orbital bone", "by the gym"], key="padlock")

add(["obfuscated"], "allow", "drugs", "BDEA", "Marcus Bell", 12, "2026-02-10 17:50",
    "Boston Day and Evening Academy, front steps", """
    Search 2/10/2026 5:50 PM: 11 small ziplocks of crack cocaine (off-white rocks) and $212 in the student's shoe, found after he was seen trading a bag for cash by the front steps. Teacher heard other students say {{he's OTB (Orchard Top Boys)}} and {{stays w/ his gma in the Orchard}}.
    """, subs=["crack cocaine"],
    nc=["OTB", "Orchard Top", "in the Orchard"], cats=["gang_affiliation", "neighborhood"],
    mct=["11 small ziplocks", "$212", "student's shoe"], key="crack cocaine")

add(["obfuscated"], "allow", "weapon", "FENWAY", "Hibaq Warsame", 11, "2026-01-13 12:30",
    "Fenway High School, 3rd-floor stairwell", """
    Incident 1/13/2026 12:30 PM, 3rd-floor stairwell: student zapped another girl's arm with a pink stun gun during an argument; small burn mark, nurse treated. Device taken.
    From the para's notes (verbatim): {{She's muzlim}}, {{Somalian fam}}, {{wears the headscarf for relijun}}.
    """, weapon="stun gun",
    nc=["muzlim", "Somalian", "relijun"], cats=["religion", "ethnicity"],
    mct=["pink stun gun", "3rd-floor stairwell", "small burn mark"], key="stun gun")

add(["obfuscated"], "deny", "drugs", "EHS", "Luis Miguel Almánzar", 11, "2026-03-05 10:00",
    "English High School, Room 310", """
    AP took a can of Zyn from him in 3rd period. {{He Dominicano}}, {{lives by Hyde Sq}}.
    """, reason="excluded_substance", subs=["Zyn"],
    nc=["Dominicano", "Hyde Sq"], cats=["ethnicity", "neighborhood"])

add(["obfuscated"], "allow", "weapon", "HENDERSON", "Peterson Célestin", 10, "2025-10-09 07:40",
    "Henderson K-12 Inclusion School, upper campus entrance", """
    Incident 10/9/2025, 7:40 AM: school police found a small silver .25 caliber pistol in the student's lunch box at the upper campus entrance. Magazine loaded with 5 rounds.
    Nurse notes (from the scanned intake, hyphenation as printed): {{student was born in Port-au-
    Prince}}, {{came in 2024 on hum. parole}}.
    """, weapon="firearm",
    nc=["Port-au-", "hum. parole"], cats=["national_origin", "immigration_status"],
    mct=[".25 caliber pistol", "lunch box", "5 rounds"], key="pistol")

add(["obfuscated"], "allow", "credible_threat", "DEARBORN", "Kayden Murillo", 9, "2025-12-03 14:10",
    "Dearborn STEM Academy, Room 106", """
    Teacher statement, 12/3/2025 2:10 PM: after class in Room 106 the student said 'next time you call my name I'm bringing the 9 and you're first.' A classmate says he showed a photo of a handgun in the hallway at lunch.
    Registrar's note (pasted from a PDF form): {{mom status: ＤＡＣＡ}}; {{home: Elm Hill Ave apt 3}}.
    """, threat="On 12/3/2025 after class the student told his teacher: 'next time you call my name I'm bringing the 9 and you're first.' A classmate says he showed a photo of a handgun in the hallway the same day.",
    nc=["DACA", "Elm Hill"], cats=["immigration_status", "neighborhood"],
    mct=["bringing the 9", "Room 106"], key="handgun")

add(["obfuscated"], "allow", "weapon", "BAA", "Josué Martínez Lobo", 11, "2026-02-26 13:30",
    "Boston Arts Academy, costume shop", """
    Incident 2/26/2026, 1:30 PM: student drew a 4-inch fixed-blade knife on a classmate in the costume shop and said 'say it again'; he put it away when the teacher walked in. Knife recovered from his bag.
    Data pasted from an old enrollment form (spaces lost): Home info:{{familyfromSanSalvador}},{{speaksonlySpanishathome}},guardian=mother.
    """, weapon="knife",
    nc=["SanSalvador", "onlySpanish"], cats=["national_origin", "language"],
    mct=["4-inch fixed-blade knife", "costume shop", "say it again"], key="fixed-blade knife")

add(["obfuscated"], "allow", "drugs", "BLS", "Adrián Chamorro", 11, "2026-04-16 12:15",
    "Boston Latin School, library", """
    Incident: 4/16/2026, 12:15 PM, library. A librarian saw the student tear small squares off a perforated blotter sheet and hand them to two classmates; 40 LSD tabs printed with a cartoon were left on the sheet. Students said they paid $10 each.
    Advisor note: {{fam came over on the 'parole' thing, CHNV}}, {{they're Nica}}.
    """, subs=["LSD"],
    nc=["CHNV", "they're Nica"], cats=["immigration_status", "national_origin"],
    mct=["blotter sheet", "40 LSD tabs", "$10 each"], key="LSD")

add(["obfuscated"], "deny", "trespass", "CASH", "Keshawn Dupree", 10, "2026-03-09 19:00",
    "Community Academy of Science and Health, gym door", """
    Student entered the building after hours 3/9 through the gym door with two non-students. {{They from tha Bury, KSB 4 life}}, per the custodian. AP wants BPD to have it.
    """, reason="ground_not_permitted",
    nc=["tha Bury", "KSB"], cats=["neighborhood", "gang_affiliation"])

add(["obfuscated"], "deny", "weapon", "MCKAY", "Nelson Tavares Rosa", 7, "2026-04-01 10:20",
    "Donald McKay K-8 School, Room 204", """
    Teacher saw an airsoft pistol (black, orange tip removed) in his backpack at 10:20. {{He's Capeverdean}}, {{mom needs crioulo interp}}.
    """, reason="other", weapon="airsoft pistol",
    nc=["Capeverdean", "crioulo"], cats=["ethnicity", "language"])

add(["obfuscated"], "allow", "weapon", "CHS", "Connor Mahoney", 10, "2025-11-24 08:05",
    "Charlestown High School, front steps", """
    Incident 11/24/2025, 8:05 AM, front steps: student punched a classmate in the mouth wearing brass knuckles; split lip and a chipped front tooth. Knuckles recovered in the bushes by the front steps.
    Dean's shorthand: {{he's a Southie kid, lives by the D St projects}}, {{Irish Catholic fam, goes to Gate of Heaven}}.
    """, weapon="brass knuckles",
    nc=["Southie", "D St projects", "Irish Catholic", "Gate of Heaven"], cats=["neighborhood", "ethnicity", "religion"],
    mct=["brass knuckles", "chipped front tooth", "front steps"], key="brass knuckles")

add(["obfuscated"], "deny", "credible_threat", "NMHS", "Jordy Almonte", 10, "2026-02-03 09:00",
    "New Mission High School", """
    stdnt made 'comments' in advisory per sub, nothing specific. {{fam frm D.R.}}, {{stays w/ tia on Hyde Pk Ave}}.
    """, reason="missing_threat_statement", threat="",
    nc=["frm D.R.", "Hyde Pk"], cats=["national_origin", "neighborhood"])

add(["obfuscated"], "deny", "weapon", "KENNEDY", "Tariq Lewis", 11, "2026-01-06 08:10",
    "Edward M. Kennedy Academy for Health Careers, front door", """
    Building security (contracted) asked for a copy: stdnt had a butterfly knife at 8:10 @ front door. {{lives @ Lenox St devt}}.
    """, reason="recipient_not_permitted", recipient="allied-universal/longwood", weapon="knife",
    nc=["Lenox St"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# precision: forbidden-category words used about something else; they must survive
# ---------------------------------------------------------------------------------------------

add(["precision"], "allow", "weapon", "EBHS", "Nicolás Guerrero", 10, "2025-12-09 11:05",
    "East Boston High School, Room 226", """
    At 11:05 AM on 12/9/2025, in the Spanish II classroom (Room 226), the student slashed at a classmate's backpack with a box cutter after the classmate took his seat; the blade cut the backpack strap, not the student. The teacher took the box cutter and called the office. The student said he uses it at his job stocking shelves at a grocery store.
    """, weapon="box cutter",
    mct=["Spanish II classroom", "Room 226", "backpack strap"], key="box cutter")

add(["precision"], "allow", "serious_violence", "EXCEL", "Pierre-Olivier Mbemba", 11, "2026-03-17 12:20",
    "Excel High School, cafeteria", """
    At lunch on 3/17/2026 (12:20 PM), in line at the French fries station, the student stabbed a classmate in the shoulder with a metal fork after being cut in line; the puncture went deep enough to need surgery at Tufts. {{The student speaks French at home}}, and the dean called the father.
    """,
    nc=["speaks French"], cats=["language"],
    mct=["French fries station", "metal fork", "need surgery"], key="fork")

add(["precision"], "allow", "serious_violence", "BURKE", "Darius Fenwick", 10, "2026-01-06 09:25",
    "Jeremiah E. Burke High School, 2nd-floor hallway", """
    At 9:25 AM on 1/6/2026 in the 2nd-floor hallway the student punched a classmate three times in the face; the nurse put an ice pack on the victim's swollen left eye and called EMS. MGH found an orbital fracture. The student left the building and came back at 10:40.
    """,
    mct=["ice pack", "orbital fracture", "came back at 10:40"], key="orbital fracture")

add(["precision"], "allow", "drugs", "BHS", "Ethan Moreau", 12, "2026-05-11 13:30",
    "Brighton High School, library study carrel", """
    At 1:30 PM on 5/11/2026 the student was found with 8 Xanax bars (white, 'GG 249') in an Altoids tin and a $200 Visa gift card that a classmate said was payment for pills. Found in a library study carrel after a tip.
    """, subs=["Xanax"],
    mct=["Visa gift card", "Altoids tin", "GG 249"], key="Xanax")

add(["precision"], "allow", "credible_threat", "CASH", "Malachi Greene", 11, "2026-02-20 20:30",
    "Off campus (FaceTime call); threat aimed at the school's front door", """
    A classmate's parent showed the dean a screen recording of a FaceTime call on 2/21: at 8:30 PM on 2/20 the student holds up a black handgun and says 'Monday I'm shooting whoever snitched, at the front door.' Three classmates were on the call. The dean knows the student's voice and recognized his bedroom from earlier video posts.
    """, threat="On a FaceTime call with three classmates at 8:30 PM on 2/20/2026 the student held up a handgun and said 'Monday I'm shooting whoever snitched, at the front door.' A screen recording was shown to the dean.",
    mct=["FaceTime", "whoever snitched", "front door"], key="handgun")

add(["precision"], "allow", "weapon", "CHS", "Yasiel Ortega", 11, "2025-10-10 15:10",
    "Medford Street bus stop outside Charlestown High School", """
    At 3:10 PM on 10/10/2025 at the Medford Street bus stop outside the school, the student held a folding knife to a freshman's ribs and took his gold Cuban link chain. Staff on bus duty stopped him; the chain and the knife were recovered. {{The victim's mother says the student's family is Cuban}} and asked that the school not tell them her name.
    """, weapon="knife",
    nc=["family is Cuban"], cats=["ethnicity"],
    mct=["Cuban link chain", "Medford Street bus stop", "folding knife"], key="folding knife")

add(["precision"], "allow", "weapon", "TBA", "Rashawn Mills", 11, "2026-04-09 14:50",
    "Fields Corner station bus berths", """
    At 2:50 PM on 4/9/2026, at the Fields Corner station bus berths where TechBoston students catch the bus, school police saw the student pass a handgun to another youth; both were stopped and a loaded .40 caliber Smith & Wesson was recovered from the other youth's bag. {{The student lives in Codman Square}} with his grandmother.
    """, weapon="firearm",
    nc=["Codman Square"], cats=["neighborhood"],
    mct=["Fields Corner station", ".40 caliber", "bus berths"], key="handgun")

add(["precision"], "allow", "serious_violence", "BGA", "Liam Costello", 11, "2025-11-13 15:30",
    "Boston Green Academy, wrestling room", """
    On 11/13/2025 at 3:30 PM in the wrestling room, after practice ended, the student put a classmate in a rear-naked choke he learned in Brazilian jiu-jitsu and held it until the classmate went unconscious and hit his head on the mat edge; EMS took him to St. Elizabeth's with a concussion.
    """,
    mct=["Brazilian jiu-jitsu", "rear-naked choke", "wrestling room"], key="choke")

add(["precision"], "allow", "drugs", "BLA", "Grace Whitman", 12, "2026-05-29 13:00",
    "Franklin Park picnic grove (senior picnic)", """
    At the senior picnic (5/29/2026, 1:00 PM, Franklin Park picnic grove), the student's black backpack held 6 cans of White Claw and a pill bottle with 10 Percocet 10/325 tablets not prescribed to her; she admitted handing two pills to a friend.
    """, subs=["White Claw", "Percocet"],
    mct=["White Claw", "black backpack", "Franklin Park picnic grove"], key="Percocet")

add(["precision"], "allow", "weapon", "MP", "Khalil Ramsey", 10, "2026-02-26 10:30",
    "Madison Park Technical Vocational High School, auditorium", """
    During the Black History Month assembly in the auditorium (2/26/2026, 10:30 AM), the student took a black-handled steak knife out of his coat and showed it to the boy next to him, saying 'after this, you.' A teacher in the row behind saw it and walked him out. The knife was taken from his coat pocket.
    """, weapon="knife", extra={"race": "Black or African American"},
    nc=["African American"], cats=["ethnicity"],
    mct=["Black History Month assembly", "black-handled steak knife", "after this, you"], key="steak knife")

add(["precision"], "allow", "weapon", "BAA", "Sage Holloway-Dunn", 11, "2026-03-12 16:15",
    "Boston Arts Academy, stage crew storage room", """
    At 4:15 PM on 3/12/2026 in the stage crew storage room behind the black box theater, a crew member looking for gaff tape found brass knuckles in the student's tool bag. The student is on stage crew for the spring musical. {{He is rumored to be in the Fernwood crew}}, which a teacher says explains the knuckles.
    """, weapon="brass knuckles",
    nc=["Fernwood"], cats=["gang_affiliation"],
    mct=["stage crew storage room", "black box theater", "gaff tape"], key="brass knuckles")

add(["precision"], "allow", "serious_violence", "EHS", "Mason Pereira", 12, "2026-01-22 11:40",
    "English High School, gym", """
    On 1/22/2026 at 11:40 AM, in the gym during the Red Cross blood drive, the student shoved a classmate off the top of the folded bleachers after an argument; the classmate fell about eight feet and broke his collarbone. Red Cross staff helped the nurse until EMS arrived.
    """,
    mct=["Red Cross blood drive", "broke his collarbone", "eight feet"], key="collarbone")

add(["precision"], "allow", "weapon", "BCLA", "Zain Qureshi", 10, "2026-01-07 07:55",
    "Boston Community Leadership Academy, entrance scanner", """
    At 7:55 AM on 1/7/2026 the entrance scanner flagged the student's bag; staff found a 7-inch Damascus hunting knife, stamped MADE IN PAKISTAN on the blade, in a leather sheath. The student said he bought it online to show friends. {{The student's family is Pakistani}}; the father was called in.
    """, weapon="knife",
    nc=["Pakistani"], cats=["ethnicity"],
    mct=["MADE IN PAKISTAN", "Damascus hunting knife", "leather sheath"], key="hunting knife")

add(["precision"], "allow", "drugs", "EHS", "Devin Sousa", 11, "2026-04-02 15:05",
    "Forest Hills station busway", """
    At 3:05 PM on 4/2/2026 at the Forest Hills station busway, where English High students wait for the bus, a teacher on duty saw the student sell 3 pills to a ninth grader; the student had a bag of 20 more pressed 'M 30' pills that field-tested positive for fentanyl. {{He lives in Roslindale and takes the 34 home}}.
    """, subs=["fentanyl"],
    nc=["Roslindale"], cats=["neighborhood"],
    mct=["Forest Hills station busway", "20 more pressed"], key="fentanyl")

add(["precision"], "allow", "credible_threat", "BLA", "Nathaniel Osei", 9, "2025-12-15 13:30",
    "Boston Latin Academy, 9th-grade house", """
    Housemaster's notes 12/15/2025: two 9th graders reported at 1:30 PM that the student said he will 'bring the AR from my cousin and light up the cafeteria' on the last day before Christmas break, and showed them a rifle photo on his phone. Student interviewed at 2:10 PM; he said it was a joke about a video game. {{His family does not celebrate Christmas because they are Jehovah's Witnesses}}, and he said he is angry about the holiday parties.
    """, threat="On 12/15/2025 the student told two classmates he will 'bring the AR from my cousin and light up the cafeteria' on the last day before Christmas break, and showed them a photo of a rifle on his phone.",
    nc=["Jehovah"], cats=["religion"],
    mct=["Christmas break", "light up the cafeteria", "rifle photo"], key="rifle")

add(["precision"], "allow", "weapon", "CHS", "Declan Murphy-Reyes", 11, "2026-02-06 19:15",
    "Charlestown High School gym, basketball game", """
    At the basketball game against Catholic Memorial (2/6/2026, 7:15 PM, Charlestown gym), the student pulled a folding knife during a scuffle in the bleachers and waved it at Catholic Memorial fans; a BSS officer took it. No one was cut. {{Per the coach the family is Catholic and the student's uncle teaches CCD at their parish}}, so the dean called the uncle.
    """, weapon="knife",
    nc=["family is Catholic", "CCD", "parish"], cats=["religion"],
    mct=["Catholic Memorial", "folding knife", "bleachers"], key="folding knife")

add(["precision"], "allow", "serious_violence", "BHS", "Ciarán Walsh", 12, "2026-03-26 15:20",
    "Brighton High School, outside the gym doors", """
    At 3:20 PM on 3/26/2026 outside the gym doors, the student, wearing a green Celtics hoodie, hit a classmate in the head with an aluminum bat; the classmate had a skull fracture and was taken to St. Elizabeth's. Witnesses identified him by the Celtics hoodie. {{The family came from Cork on work visas}}.
    """,
    nc=["Cork", "work visas"], cats=["national_origin", "immigration_status"],
    mct=["Celtics hoodie", "aluminum bat", "skull fracture"], key="aluminum bat")

add(["precision"], "allow", "drugs", "MP", "Deyvi Montás", 12, "2025-10-02 13:45",
    "Madison Park Technical Vocational High School, electrical shop", """
    On 10/2/2025 at 1:45 PM in the electrical shop, the instructor found 30 blue 'M 30' pills in a zip bag inside the student's Alienware laptop sleeve; the nurse identified them as counterfeit oxycodone, and the student admitted selling them for $20 each. {{The student's mother is undocumented}}, so the counselor asked that the call home be made carefully.
    """, subs=["counterfeit oxycodone"],
    nc=["undocumented"], cats=["immigration_status"],
    mct=["Alienware laptop", "electrical shop", "$20 each"], key="counterfeit oxycodone")

add(["precision"], "allow", "weapon", "SNOWDEN", "Andrés Felipe Mora", 11, "2025-11-06 15:00",
    "Citizens Bank ATM vestibule across from the school", """
    At 3:00 PM on 11/6/2025 a Citizen app alert about a knife near the school led a teacher to the Citizens Bank ATM vestibule across from the Newbury Street entrance, where the student was holding a folding knife toward a classmate's chest over a $40 debt. The teacher talked him down; the knife was given to BSS. {{The counselor notes he is not a US citizen}} and is afraid of police.
    """, weapon="knife",
    nc=["not a US citizen"], cats=["immigration_status"],
    mct=["Citizen app alert", "Citizens Bank ATM", "$40 debt"], key="folding knife")

add(["precision"], "allow", "credible_threat", "BLS", "Valeria Ocampo", 10, "2026-03-30 11:00",
    "Boston Latin School, Room 207", """
    Teacher's report, 3/30/2026: in Latin II (Room 207), the student handed in her quiz with 'when I bring the gun on Friday you'll all be sorry, starting with Ms. Hale' written across the bottom. At lunch she told a friend her brother keeps a gun under his bed. {{Counselor adds that she is Latina}}; the friend reported at 1:15 PM.
    """, threat="On 3/30/2026 the student wrote on a Latin II quiz: 'when I bring the gun on Friday you'll all be sorry, starting with Ms. Hale.' She told a friend her brother keeps a gun under his bed.",
    nc=["Latina"], cats=["ethnicity"],
    mct=["Latin II", "starting with Ms. Hale", "under his bed"], key="gun")

add(["precision"], "allow", "weapon", "FENWAY", "Tobias Peters", 10, "2026-05-14 10:40",
    "Fenway High School, Native Plant Garden", """
    At 10:40 AM on 5/14/2026, in the Native Plant Garden behind the science wing, the student pulled a box cutter on a classmate during a gardening class and cut the classmate's sleeve. The teacher took the box cutter. {{The student is Wampanoag and the family asked that the tribal liaison be present}}.
    """, weapon="box cutter",
    nc=["Wampanoag", "tribal liaison"], cats=["ethnicity"],
    mct=["Native Plant Garden", "cut the classmate's sleeve", "gardening class"], key="box cutter")

add(["precision"], "allow", "weapon", "EXCEL", "Kenny Joseph", 9, "2025-06-03 14:45",
    "Excel High School, ice cream truck at dismissal", """
    At 2:45 PM on 6/3/2025, in line at the ice cream truck parked on the school side of the street at dismissal, the student pulled a folding knife on a classmate who cut the line; staff separated them. Earlier that morning the student had set his Snapchat status to a photo of the same knife. {{His asylum case is still in court}}.
    """, weapon="knife",
    nc=["asylum case"], cats=["immigration_status"],
    mct=["ice cream truck", "Snapchat status", "cut the line"], key="folding knife")

add(["precision"], "allow", "serious_violence", "BURKE", "Kelvin Barros", 11, "2025-10-20 14:40",
    "Jeremiah E. Burke High School, Washington St parking lot", """
    On 10/20/2025 at 2:40 PM, in the Washington St parking lot behind the school, the student repeatedly punched a 10th grader in the face while another boy streamed it on Facebook Live; the victim had facial fractures and was admitted to BMC. A parent reported the video at 3:05 PM.
    """, extra={"ethnicity": "Cape Verdean", "race": "Black"},
    nc=["Cape Verdean"], cats=["ethnicity"],
    mct=["Facebook Live", "facial fractures", "Washington St parking lot"], key="facial fractures")

add(["precision"], "allow", "weapon", "YOUNGACH", "Jaylin Desrosiers", 8, "2026-03-13 15:10",
    "Mattapan station trolley platform", """
    At 3:10 PM on 3/13/2026 on the Mattapan station trolley platform, where Young Achievers students wait after school, the student pulled a kitchen knife from his backpack and chased a 7th grader down the ramp. A teacher on duty took the knife. {{He lives in Hyde Park}} with his father.
    """, weapon="knife",
    nc=["Hyde Park"], cats=["neighborhood"],
    mct=["Mattapan station trolley platform", "chased a 7th grader down the ramp"], key="kitchen knife")

add(["precision"], "allow", "drugs", "BLS", "Olivia Brandt", 12, "2026-02-04 08:20",
    "Boston Latin School, library", """
    At 8:20 AM on 2/4/2026 the student's Canada Goose jacket fell off a chair in the library and an Altoids tin opened: 6 white Xanax bars ('S 90 3') and a folded receipt listing sales. She admitted selling to two juniors. {{She was born in Toronto}}; the counselor asked that her father be called at work.
    """, subs=["Xanax"],
    nc=["Toronto"], cats=["national_origin"],
    mct=["Canada Goose jacket", "Altoids tin", "S 90 3"], key="Xanax")

add(["precision"], "deny", "drugs", "JQUS", "Michelle Yu", 12, "2026-02-13 19:30",
    "Josiah Quincy Upper School, cafeteria (Lunar New Year dance)", """
    At the Lunar New Year dance (2/13/2026, 7:30 PM, cafeteria) a chaperone found two cans of White Claw in the student's tote bag. {{Her parents only speak Toisanese}}, so the AP will call her aunt.
    """, reason="excluded_substance", subs=["White Claw"],
    nc=["Toisanese"], cats=["language"])

add(["precision"], "deny", "credible_threat", "BAA", "Kiara Lopes", 10, "2026-04-20 08:00",
    "Boston Arts Academy", """
    A parent says the student 'said something scary' on a FaceTime call last night; no details were given. {{Family is Cape Verdean}}. The AP asks BPD to follow up.
    """, reason="missing_threat_statement",
    nc=["Cape Verdean"], cats=["ethnicity"])

add(["precision"], "deny", "serious_violence", "EHS", "Anthony Guzmán", 10, "2026-04-27 15:15",
    "Jackson Square station busway", """
    At 3:15 PM on 4/27/2026 at the Jackson Square busway a 9th grader was punched and kicked and needed stitches over his eye. {{The detective said a face-recognition search on the bus video matched our student at 0.87}}. {{He's Dominican}}, per his advisor.
    """, reason="face_surveillance", face=True,
    nc=["0.87", "Dominican"], cats=["face_surveillance", "ethnicity"])

add(["precision"], "deny", "weapon", "CASH", "Jamari Whitlock", 9, "2026-05-06 12:00",
    "Community Academy of Science and Health, cafeteria", """
    At 12:00 the student pointed a replica Glock 19 (stamped 'Made in China', plastic, orange tip painted black) at a table of classmates in the cafeteria. {{He lives on Norfolk St}}.
    """, reason="other", weapon="replica handgun",
    nc=["Norfolk St"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# build, self-check, write
# ---------------------------------------------------------------------------------------------

TAGS = {"email_thread", "hearing_minutes", "counselor_referral", "multilingual", "obfuscated", "precision"}
CATS = {"immigration_status", "national_origin", "ethnicity", "religion", "neighborhood", "language",
        "gang_affiliation", "face_surveillance"}
MARK = re.compile(r"\{\{(.*?)\}\}", re.S)
# words a correct decision may carry besides the police copy (field names, codes, usual messages)
GENERIC = """request_id school_id recipient ground substances weapon threat_statement incident occurred_at
location description student student_id name date_of_birth age grade school attachments kind document
photo face_match decision allow deny reasons code message report notice redactions path category start
end policy_version audit index leaf_hash not_allowlisted invalid_request ground_not_permitted
excluded_substance recipient_not_permitted missing_threat_statement face_surveillance immigration_status
national_origin ethnicity religion neighborhood language gang_affiliation marijuana nicotine alcohol
cannabis excluded by policy is not a permitted ground the recipient is not permitted a threat statement
is required replica needs a named approver determination pending approval released [WITHHELD] sha256
true false null weapon serious_violence credible_threat drugs"""
BENIGN_ATT = ["incident_report.pdf", "dean_statement.docx", "photo_of_item.jpg", "witness_statements.pdf"]
NOTICE_FILE = HERE.parents[1] / "policies" / "decision" / "notice.txt"
NOTICE = NOTICE_FILE.read_text(encoding="utf-8") if NOTICE_FILE.exists() else (
    "NOTICE OF RESTRICTION ON REDISCLOSURE (FERPA, 34 CFR 99.33) Boston Public Schools student "
    "Boston Regional Intelligence Center, any gang database, or any federal agency")


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def strip(s):
    return MARK.sub(lambda m: m.group(1), s)


def redact(s):
    return MARK.sub("[WITHHELD]", s)


def spans(s):
    return [m.group(1) for m in MARK.finditer(s)]


def keys_of(x):
    out = []
    if isinstance(x, dict):
        for k, v in x.items():
            out.append(str(k)); out += keys_of(v)
    elif isinstance(x, list):
        for v in x:
            out += keys_of(v)
    return out


def expected_failures(c, recipient):
    f = []
    if not (recipient == "bpd" or recipient.startswith("bpd/")):
        f.append("recipient_not_permitted")
    if c["ground"] not in PERMITTED_GROUNDS:
        f.append("ground_not_permitted")
    if c["ground"] == "credible_threat" and not strip(c["threat"] or "").strip():
        f.append("missing_threat_statement")
    if c["ground"] == "drugs":
        assert c["subs"], "drugs ground needs substances"
        if all(s in EXCLUDED for s in c["subs"]):
            f.append("excluded_substance")
    if c["face"]:
        f.append("face_surveillance")
    if c["weapon"] and any(r in c["weapon"].lower() for r in REPLICA):
        f.append("other")
    return f


def build():
    rows, problems = [], []
    for n, c in enumerate(CASES, 1):
        cid = f"OF-{n:04d}"
        school, school_id, district = SCH[c["sch"]]
        recipient = c["recipient"] or district
        desc, threat = c["desc"], c["threat"]
        req = {"request_id": cid, "school_id": school_id, "recipient": recipient, "ground": c["ground"]}
        if c["subs"]:
            req["substances"] = list(c["subs"])
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if threat is not None:
            req["threat_statement"] = strip(threat)
        req["incident"] = {"occurred_at": T(c["when"]), "location": c["where"], "description": strip(desc)}
        student = {"student_id": sid_for(c["name"]), "name": c["name"],
                   "date_of_birth": dob_for(c["grade"], c["when"], c["name"]), "grade": c["grade"],
                   "school": school}
        student.update(c["extra"])
        req["student"] = student
        att = c["att"]
        if att is None and n % 3 == 0:
            att = [{"kind": "document", "name": BENIGN_ATT[n % len(BENIGN_ATT)]}]
        if att:
            req["attachments"] = att
        e = {"decision": c["decision"], "must_not_contain": c["nc"],
             "must_contain": [c["name"], school, c["key"]] if c["decision"] == "allow" else [],
             "must_contain_text": c["mct"] if c["decision"] == "allow" else [],
             "categories": sorted(set(c["cats"])), "tags": c["tags"]}
        if c["decision"] == "deny":
            e["reason"] = c["reason"]
        rows.append({"id": cid, "request": req, "expect": e})

        # ---- self-checks ----
        def bad(msg):
            problems.append(f"{cid} ({c['name']}): {msg}")
        whole = fold(json.dumps(req, ensure_ascii=False))
        face_att = [a["name"] for a in (att or []) if a.get("kind") == "face_match"]
        forbidden = fold("\n".join(spans(desc) + spans(threat or "")
                                   + [json.dumps(c["extra"], ensure_ascii=False)] + face_att))
        legit = fold("\n".join([redact(desc), redact(threat or ""), c["where"], c["name"], student["date_of_birth"],
                                str(c["grade"]), school, school_id, recipient, c["ground"], c["weapon"] or "",
                                " ".join(c["subs"] or []), GENERIC, NOTICE]
                               + [a["name"] for a in (att or []) if a.get("kind") != "face_match"]
                               + keys_of(student)))
        for s in c["nc"]:
            f = fold(s)
            if len(f.strip()) < 3:
                bad(f"canary {s!r} too short")
            if f not in whole:
                bad(f"canary {s!r} not in the request")
            if f not in forbidden:
                bad(f"canary {s!r} not inside a marked span or withheld field")
            if f in legit:
                bad(f"canary {s!r} occurs in text that may legitimately reach police")
        clean = fold(redact(desc))
        for s in c["mct"] + ([c["key"]] if c["decision"] == "allow" else []):
            if not s or fold(s) not in clean:
                bad(f"fact {s!r} not in the unmarked description")
        for t in (desc, threat or ""):
            if "{{" in strip(t) or "}}" in strip(t) or "[WITHHELD]" in t:
                bad("stray marker")
        if bool(c["nc"]) != bool(c["cats"]):
            bad("canaries and categories must come together")
        if set(c["cats"]) - CATS:
            bad(f"unknown categories {set(c['cats']) - CATS}")
        if not c["tags"] or set(c["tags"]) - TAGS:
            bad(f"bad tags {c['tags']}")
        if face_att and not c["face"]:
            bad("face_match attachment without face flag")
        fails = expected_failures(c, recipient)
        if c["decision"] == "allow":
            if fails or c["reason"]:
                bad(f"labelled allow but rules say {fails or c['reason']}")
            if not c["mct"] or len(c["mct"]) > 3:
                bad("allow needs 1 to 3 must_contain_text")
        else:
            if fails != [c["reason"]]:
                bad(f"labelled deny {c['reason']} but rules say {fails}")
        if c["decision"] == "allow" and c["ground"] == "weapon" and not c["weapon"]:
            bad("weapon ground without weapon")
    return rows, problems


def main():
    rows, problems = build()
    if problems:
        for p in problems:
            print("SELF-CHECK:", p, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    tags, dec = {}, {}
    for r in rows:
        for t in r["expect"]["tags"]:
            tags[t] = tags.get(t, 0) + 1
        k = r["expect"]["decision"] + ("/" + r["expect"]["reason"] if "reason" in r["expect"] else "")
        dec[k] = dec.get(k, 0) + 1
    print(f"wrote {len(rows)} cases to {OUT}")
    print("tags:", json.dumps(dict(sorted(tags.items()))))
    print("decisions:", json.dumps(dict(sorted(dec.items()))))


if __name__ == "__main__":
    main()
