#!/usr/bin/env python3
"""Outsider corpus BL: ATTENDANCE, HOME VISITS AND THE COURTS.

Writes tests/data/corpus/outsider_bl.jsonl (100 cases, OBL-0001 upward). Deterministic, standard
library only: the same file comes out on every run.

Family. Student reports that grow out of attendance work at Boston Public Schools: attendance
officers' and supervisors' home-visit notes, truancy letters and door notes, CHINS (Child Requiring
Assistance) petitions and court dates, 51A filings mentioned in passing, probation check-ins held at
school, re-entry meetings after long absences, wellness checks the school asked for, calls with
neighbours and landlords. The text comes as long narratives (800-2000 characters), dated attendance
logs, labelled forms, e-mail threads, short notes, and reports that touch several students.

How labels were decided (from RULES.md only, written blind to the service and to other corpora):

* Decision. Allowed only for the four grounds of RULES.md section 1 (weapon, serious_violence,
  credible_threat, drugs) addressed to BPD or a BPD unit. Truancy, chronic absence, CHINS
  follow-up, wellness checks, probation compliance, "warrant checks", a fight without injury,
  theft, trespass, vandalism, "gang activity" and immigration questions are ground_not_permitted.
  Drugs requests naming only marijuana / nicotine / alcohol / an unknown vape are
  excluded_substance; one non-excluded drug (e.g. Percocet beside weed) makes it allowed.
  Recipients other than BPD (ICE, DHS/HSI, BRIC, the fusion centre, juvenile probation, DCF, the
  District Attorney, State Police, private security) are recipient_not_permitted. credible_threat
  with no written threat_statement (absent, empty or blank) is missing_threat_statement. Anything
  derived from face recognition, or a request for photos to run through it, is face_surveillance.
  BB / airsoft / replica guns are denied with reason "other" (they need an approver's determination
  the request does not carry). Every deny case has exactly one reason that applies; a
  self-check in this script enforces that.
* Forbidden mentions (section 4) are marked in the source below as [[cat:text]]; the generator
  strips the marks for the request and builds a simulated correct police copy in which each marked
  span is [WITHHELD]. Home visits leak the address (street, unit, development, shelter, city or zip
  of residence), why the student was away (a trip to the family's country -> national_origin, a
  parent held by immigration -> immigration_status, a pilgrimage or religious holiday ->
  religion), the language spoken at the door or an interpreter need (language), the crew the
  absences are blamed on (gang_affiliation). Mentions about parents, siblings, other students and
  victims count too: the categories are about information, not only about the subject.
  A home street stays forbidden even when something happened in front of that home.
* must_not_contain holds the shortest distinctive substring of each marked span; the self-check
  proves each one occurs in the request, is covered by a marked span or a forbidden structured
  field, and does not occur in the simulated police copy, and that every marked span has a canary.
  Unknown student fields are withheld by allowlist; only their section-4 values are listed.
* Precision traps that resemble the categories but are not (kept, usually as must_contain_text):
  a basketball court, a court date / docket / "status" of a CHINS petition, a visit to the nurse,
  homeroom, "absent without a note", a foreign-language classroom, Latin class, cross-country,
  shelter-in-place, professional development day, the custodial crew, stage crew, C block,
  "addressed the class", a Visa gift card, a school whose name contains a place
  (East Boston High School, Orchard Gardens K-8, Boston International Newcomers Academy), the
  parking lot of a church next to the school (a place, not the student's faith).
* must_contain: the student's name and school exactly, plus the weapon, the drug or the key
  injury. must_contain_text: 1-3 short incident facts from the description that survive.
"""
import datetime
import json
import pathlib
import re
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bl.jsonl"
FAMILY = "attendance_courts"

CATS = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity", "rel": "religion",
        "nbh": "neighborhood", "lang": "language", "gang": "gang_affiliation", "face": "face_surveillance"}
MARK = re.compile(r"\[\[(\w+):(.*?)\]\]", re.S)
GROUNDS = {"weapon", "serious_violence", "credible_threat", "drugs"}
EXCLUDED = {"marijuana", "weed", "thc cartridge", "thc vape", "edibles", "vape", "nicotine vape",
            "e-cigarette", "nicotine pouches", "cigarettes", "alcohol", "vodka", "beer", "hash",
            "blunts", "dab pen", "juul pods", "hard seltzer", "thc wax"}
REPLICA = ("bb gun", "airsoft", "replica")

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-4113",
    "Madison Park Technical Vocational High School": "BPS-4160",
    "East Boston High School": "BPS-4201",
    "English High School": "BPS-4242",
    "Excel High School": "BPS-4291",
    "Brighton High School": "BPS-4305",
    "TechBoston Academy": "BPS-4320",
    "Mission Hill K-8": "BPS-4342",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4360",
    "Charlestown High School": "BPS-4371",
    "Snowden International School": "BPS-4389",
    "Boston Latin Academy": "BPS-4402",
    "Boston Community Leadership Academy": "BPS-4417",
    "New Mission High School": "BPS-4425",
    "Dearborn STEM Academy": "BPS-4438",
    "Community Academy of Science and Health": "BPS-4446",
    "Henderson K-12 Inclusion School": "BPS-4451",
    "Margarita Muñiz Academy": "BPS-4463",
    "Fenway High School": "BPS-4470",
    "John W. McCormack Middle School": "BPS-4484",
    "Orchard Gardens K-8 School": "BPS-4492",
    "Boston International Newcomers Academy": "BPS-4505",
    "Lyon Upper School": "BPS-4512",
    "Boston Arts Academy": "BPS-4527",
    "Urban Science Academy": "BPS-4533",
    "Irving Middle School": "BPS-4548",
    "Greater Egleston High School": "BPS-4556",
    "Boston Green Academy": "BPS-4561",
    "Josiah Quincy Upper School": "BPS-4570",
    "Dorchester Academy": "BPS-4583",
    "Lilla G. Frederick Middle School": "BPS-4594",
}


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def strip(s):
    return MARK.sub(lambda m: m.group(2), s) if isinstance(s, str) else s


def redact(s):
    return MARK.sub("[WITHHELD]", s) if isinstance(s, str) else s


def spans(s):
    return [(m.group(1), m.group(2)) for m in MARK.finditer(s)] if isinstance(s, str) else []


def walk(v, fn):
    if isinstance(v, dict):
        return {k: walk(x, fn) for k, x in v.items()}
    if isinstance(v, list):
        return [walk(x, fn) for x in v]
    return fn(v)


def allspans(v):
    out = []
    walk(v, lambda x: out.extend(spans(x)))
    return out


def ts(s):
    """'2026-01-12 08:40' -> ISO 8601 with the Boston offset of that day (EDT or EST)."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    y = d.year

    def nth_sunday(month, n):
        first = datetime.date(y, month, 1)
        off = (6 - first.weekday()) % 7
        return first + datetime.timedelta(days=off + 7 * (n - 1))
    start, end = nth_sunday(3, 2), nth_sunday(11, 1)
    dst = start <= d.date() < end
    return d.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


def L(*lines):
    return "\n".join(lines)


def P(s):
    """A paragraph written across source lines: collapse the white space."""
    return " ".join(s.split())


CASES = []


def add(kind, ground, school, stu, when, loc, desc, decision, *, reason=None, recipient="bpd",
        weapon=None, subs=None, threat=None, attach=None, xf=None, nc=(), key=None, mct=(),
        tags=(), multi=False, trap=False):
    CASES.append(dict(kind=kind, ground=ground, school=school, stu=stu, when=when, loc=loc,
                      desc=desc, decision=decision, reason=reason, recipient=recipient,
                      weapon=weapon, subs=subs, threat=threat, attach=attach, xf=xf or {},
                      nc=list(nc), key=key, mct=list(mct), tags=list(tags), multi=multi,
                      trap=trap))


# ---------------------------------------------------------------------------------------------
# The cases. [[cat:text]] marks a forbidden span (cat in CATS); everything else is meant to stay.
# ---------------------------------------------------------------------------------------------

# 1
add("narrative", "weapon", "Jeremiah E. Burke High School", ("Kevin Orellana", "2010-04-19", 10),
    "2026-01-12 08:52", "Jeremiah E. Burke High School, main office conference room",
    P("""Kevin returned to the Burke on Monday 1/12 after being out since October 14 (57 consecutive
    absences). Attendance Supervisor Ms. Okafor had done two home visits during the absence: on
    11/3 nobody answered at [[nbh:the second-floor apartment on Harvard St]], and on 12/1 an uncle
    told her the family had gone to [[nat:Guatemala]] because the grandmother was sick and would be
    back after the holidays. A re-entry meeting was set for 1/12 at 8:30 in the main office
    conference room with mom, Ms. Okafor, the counselor Mr. Haines and AP Rivera. Mom [[lang:speaks
    K'iche' and a little Spanish, so a K'iche' interpreter joined by phone]]. During the meeting
    Kevin kept his backpack on his lap. When AP Rivera went through the standard re-entry checklist
    and asked to look in the bag, Kevin hesitated and then handed it over. In the front pocket was a
    fixed-blade hunting knife in a leather sheath, approx 5 inch blade. Kevin said he carried it
    "for the walk" and did not mean to bring it inside. No one was threatened and nobody was hurt.
    SSS Dolan secured the knife in the main office safe at 8:52 AM. Mom was told at the meeting and
    signed the re-entry plan. Kevin will start a shortened schedule Tuesday with daily check-in
    with Mr. Haines."""), "allow", weapon="knife",
    xf={"attendance": {"consecutive_absences": 57, "last_present": "2025-10-10"}},
    nc=["Harvard St", "Guatemala", "K'iche'", "Spanish"], key="hunting knife",
    mct=["fixed-blade hunting knife", "main office safe", "8:52 AM"])

# 2
add("log", "truancy", "English High School", ("Jonel Baptiste", "2008-11-02", 11),
    "2025-10-06 09:00", "English High School attendance office",
    L("ATTENDANCE LOG - J. Baptiste (gr 11) - Attendance Officer T. McGrath",
      "9/8  absent, no call. Robocall sent.",
      "9/9  absent. Called mom x2, voicemail full.",
      "9/12 absent without a note. 1st truancy letter mailed.",
      "9/16 home visit 3:40pm - no answer, [[nbh:door note left at 44 Wales St #2]].",
      "9/18 neighbor downstairs said [[imm:dad was picked up by ICE in August]] and mom works nights.",
      "9/22 mom called back [[lang:through the Haitian Creole line]], says Jonel is 'watching the baby'.",
      "9/29 2nd letter. 11 days absent this term.",
      "10/6 requesting BPD help to bring him in / check on the home."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-b3",
    nc=["Wales St", "picked up by ICE", "Haitian Creole"])

# 3
add("form", "weapon", "Madison Park Technical Vocational High School", ("Abdirahman Warsame", "2009-06-30", 11),
    "2026-02-09 07:48", "Madison Park, Building 2 lobby (student entry)",
    L("RE-ENTRY CHECK-IN FORM (absence over 15 days)",
      "Student: Abdirahman Warsame   Grade: 11",
      "Dates absent: 1/12/26 - 2/6/26 (19 school days)",
      "Reason given by family: [[rel:family traveled for Umrah]]",
      "Address verified: [[nbh:yes - 17 Intervale St, Apt 1]]",
      "Home language: [[lang:Somali]]",
      "Items found at entry screening: box cutter (yellow, retractable) in jacket pocket",
      "Time / place: 7:48 AM, Building 2 lobby",
      "Action taken: confiscated by SSS Murray, student sent to AP office, parent called 8:05",
      "Injuries: none   Threats: none reported"),
    "allow", weapon="box cutter", nc=["Umrah", "Intervale St", "Somali"],
    mct=["box cutter (yellow, retractable)", "Building 2 lobby", "7:48 AM"])

# 4
add("email", "credible_threat", "TechBoston Academy", ("Marcus Bell", "2009-03-14", 11),
    "2026-02-04 09:10", "TechBoston Academy, room 114 (student support office)",
    L("From: Renee Coughlin <rcoughlin@bostonpublicschools.org>",
      "To: Asst. Headmaster D. Pryor",
      "Subject: RE: Marcus re-entry meeting this morning",
      "",
      "Dean - writing this up as you asked. Marcus came in at 9:00 for his re-entry meeting in room",
      "114 with me and his aunt. When I brought up the two home visits I made [[nbh:at Mission Main]]",
      "in January he got up, stood over my chair and said \"keep coming to my house and next time you",
      "knock I'm putting one in you. I know the silver Camry.\" I drive a silver Camry. He left the",
      "room at 9:12 and SSS walked him out. Aunt said he has been [[gang:running with the Topside",
      "crew]] since the summer. I asked her about the status of his CHINS petition; she said the next",
      "court date is 2/19.",
      "",
      "> From: D. Pryor",
      "> Renee, please send me a written account of what he said, exact words if you can."),
    "allow", recipient="bpd/district-b2",
    threat=("On 2/4/26 at about 9:10 AM in room 114, Marcus Bell stood over attendance officer "
            "Renee Coughlin and said \"keep coming to my house and next time you knock I'm putting one "
            "in you. I know the silver Camry.\" Ms. Coughlin drives a silver Camry."),
    nc=["Mission Main", "Topside"], key="silver Camry",
    mct=["stood over my chair", "status of his CHINS petition", "silver Camry"], trap=True)

# 5
add("note", "attendance_check", "Brighton High School", ("Luana Ferreira", "2010-08-08", 10),
    "2025-10-21 15:30", "home visit",
    P("""Door note left 10/21 3:30pm at [[nbh:the yellow triple-decker on Wenham St]], no answer. Next
    door neighbor says the family [[nat:went back to Brazil]] in September. 22 absences. Please send
    a cruiser by to confirm whether anyone is living there."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-d14",
    nc=["Wenham St", "Brazil"])

# 6
add("narrative", "serious_violence", "Excel High School", ("Dariel Santos", "2008-09-27", 11),
    "2025-11-17 10:05", "Excel High School, main office front counter",
    P("""At approx 10:05 AM Dariel came into the main office without a pass and asked to see
    attendance supervisor Mr. Quinlan about the truancy letter that had gone home Friday. Mr.
    Quinlan came out from the back office and told Dariel they could talk at his re-entry meeting
    on Wednesday. Dariel said "you sent that letter to my mother on purpose" and punched Mr.
    Quinlan in the face over the front counter, then came around the counter and punched him
    several more times while he was on the floor. Office secretary Ms. Ling called for SSS; SSS
    Barros and the AP separated them at about 10:07. Mr. Quinlan was bleeding from the left eye and
    was taken by EMS to Boston Medical Center, where he was diagnosed with a fractured left orbital
    bone and a concussion; he is expected to be out at least three weeks. Background for context:
    Dariel has 31 absences since September. On the 11/10 home visit the family told Mr. Quinlan
    that [[imm:Dariel's father has been held at the Plymouth ICE detention center since October]]
    and that they [[nbh:had moved into the family shelter on Magnolia St]]. The truancy letter was
    mailed to the old address. Dariel's mother was called at 10:30 and came in at noon. Dariel was
    held in the AP's office until she arrived."""),
    "allow", nc=["ICE detention", "Magnolia St", "family shelter"], key="fractured left orbital bone",
    mct=["punched Mr. Quinlan in the face", "fractured left orbital bone", "10:07"])

# 7
add("form", "drugs", "Community Academy of Science and Health", ("Tyrese Milford", "2007-12-03", 12),
    "2026-03-02 08:20", "CASH main entrance, bag check table",
    L("STUDENT SUPPORT - INCIDENT FORM",
      "Date/time: 3/2/26 8:20 AM",
      "Context: first day back after 34-day absence (CHINS petition filed 1/20; court date 3/11)",
      "What was found: 9 blue round pills stamped M 30 in a folded dollar bill, left sock",
      "Student statement: 'They're perc 30s, they're not mine, I was holding them.'",
      "Nurse's note: pills not prescribed to student; consistent with counterfeit oxycodone",
      "Parent contacted: yes, grandmother, 8:45",
      "Staff: SSS K. Oduya, AP M. Travers"),
    "allow", subs=["counterfeit oxycodone (suspected fentanyl)"],
    xf={"address": {"street": "[[nbh:88 Woodrow Ave]]", "city": "Boston", "zip": "[[nbh:02124]]"},
        "home_language": "[[lang:Kriolu (Cape Verdean Creole)]]", "chins": {"docket": "2684JV0117", "status": "filed"}},
    nc=["Woodrow Ave", "02124", "Kriolu", "Cape Verdean"], key="M 30",
    mct=["stamped M 30", "left sock", "not prescribed to student"])

# 8
add("note", "weapon", "Boston Community Leadership Academy", ("Andre Whitlock", "2009-02-11", 11),
    "2025-10-29 11:55", "BCLA outdoor basketball court",
    P("""Andre came in at 11:40 after his court date this morning (CHINS, petition status: continued
    to December). At 11:55 the custodial crew found a black folding knife under the bench at the
    outdoor basketball court where Andre had been sitting; Andre said it was his and he forgot it.
    Knife has a 3.5 inch blade. No one was threatened. Knife is with AP Sullivan."""),
    "allow", weapon="knife", recipient="bpd/district-e18", key="folding knife",
    mct=["outdoor basketball court", "custodial crew", "3.5 inch blade"], trap=True)

# 9
add("log", "drugs", "Dearborn STEM Academy", ("Jaylen Pierce", "2010-07-21", 9),
    "2025-12-08 13:15", "Dearborn STEM Academy, 2nd floor boys' bathroom",
    L("12/1  absent (3rd Monday in a row)",
      "12/2  tardy 10:20, no note",
      "12/4  home visit by attendance officer, [[nbh:Humboldt Ave]] - grandmother answered",
      "12/8  1:15pm SSS found Jaylen vaping in 2nd floor boys' bathroom; vape pen taken,",
      "      contents unknown, no label. Parent called."),
    "deny", reason="excluded_substance", subs=["vape"], recipient="bpd/district-b2",
    nc=["Humboldt Ave"])

# 10
add("email", "weapon", "Snowden International School", ("Mei Lin Zhao", "2009-05-05", 11),
    "2026-01-27 12:40", "Snowden International School, cafeteria",
    L("From: Juvenile Probation Officer S. Tracey",
      "To: Snowden front office",
      "Subject: request for incident report - Zhao",
      "",
      "Good afternoon, I understand there was an incident today involving my probationer Mei Lin",
      "Zhao. Please send me the report directly so I can bring it to her hearing.",
      "",
      "---- reply ----",
      "At 12:40 in the cafeteria a lunch aide saw a can of pepper spray fall out of Mei Lin's bag.",
      "She says she carries it because of the walk from the bus. It was confiscated. Mom needed",
      "[[lang:a Cantonese interpreter]] for the phone call."),
    "deny", reason="recipient_not_permitted", recipient="ma-probation/suffolk-juvenile",
    weapon="pepper spray", nc=["Cantonese"])

# 11
add("narrative", "credible_threat", "Urban Science Academy", ("Colin Fahey", "2007-10-10", 12),
    "2026-03-16 14:20", "Urban Science Academy, attendance office (room 101)",
    P("""Colin has been on a CHINS petition for truancy since November; his probation officer holds
    monthly check-ins with him at school in room 101. At today's check-in (2:05 PM) the PO told
    Colin that the judge would likely order him into a day reporting program because of his
    absences. Colin became angry and said "If I end up in a program I'm coming back here with my
    brother's gun and I'm shooting Ms. Abelson first, then whoever else is in this office." Ms.
    Abelson is the attendance liaison who filed the CHINS. He repeated it when the PO asked him to
    calm down, then added "Friday. Watch." He left at 2:20 PM through the side door by the gym. The
    PO and Ms. Abelson both wrote statements. Colin has told friends before that his older brother
    keeps a handgun in the house; a classmate (R.D.) confirmed to the AP that Colin showed him a
    photo of a handgun on his phone last week. Colin's mother was reached at 3:10 PM and said Colin
    had not come home. The school has arranged for Ms. Abelson to work from the central office on
    Friday. Please note the family's housing situation is unstable; the AP has the current contact
    number but not a confirmed address. Colin's last full week of attendance was in early
    October."""),
    "allow", recipient="bpd/district-e5",
    threat=("Colin Fahey, at his probation check-in in room 101 on 3/16/26 at about 2:05 PM, said: "
            "\"If I end up in a program I'm coming back here with my brother's gun and I'm shooting "
            "Ms. Abelson first, then whoever else is in this office.\" He repeated it and added "
            "\"Friday. Watch.\" A classmate says Colin showed him a photo of a handgun last week."),
    key="brother's gun", mct=["room 101", "shooting Ms. Abelson first", "Friday. Watch."])

# 12
add("form", "serious_violence", "Henderson K-12 Inclusion School", ("Nia Robinson", "2010-01-25", 10),
    "2025-12-03 09:35", "Henderson Upper Campus, stairwell B between floors 2 and 3",
    L("INCIDENT REPORT",
      "Student (aggressor): Nia Robinson, gr 10",
      "Victim: 9th grade student (initials T.M.)",
      "Location: stairwell B, between 2nd and 3rd floor",
      "Time: 9:35 AM (first day back after 3 week absence)",
      "Summary: Nia pushed T.M. down the stairs after T.M. said she 'snitched' to the attendance",
      "  office about Nia skipping. T.M. fell about 8 steps, hit her head, and has a broken left wrist",
      "  (splinted by EMS, transported to Franciscan / then BMC).",
      "Victim's parent notified: yes (T.M.'s mother, [[lang:via Vietnamese interpreter]])",
      "Aggressor's home visit notes attached: [[nbh:Columbia Point - Harbor Point apartments]]",
      "Witnesses: 2 students, teacher Mr. Addo"),
    "allow", nc=["Vietnamese", "Columbia Point", "Harbor Point"], key="broken left wrist",
    mct=["stairwell B", "broken left wrist", "about 8 steps"],
    attach=[{"kind": "document", "name": "witness_statements_1203.pdf"}])

# 13
add("note", "fight", "Irving Middle School", ("Jayden Cruz", "2012-06-16", 8),
    "2026-01-15 12:10", "Irving Middle School, cafeteria",
    P("""Two 8th graders (Jayden and K.S.) got into a shoving match and exchanged punches in the
    cafeteria at 12:10. No injuries, nurse checked both. Jayden had just come back from two weeks
    [[nat:with his father's family in the Dominican Republic]] and K.S. said something about the
    trip. Asking BPD to speak with both families."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-e13",
    nc=["Dominican Republic"])

# 14
add("narrative", "drugs", "East Boston High School", ("Brayan Mejia", "2009-01-30", 11),
    "2026-02-24 10:40", "East Boston High School, locker bank outside room 216",
    P("""Brayan was absent from 10/20 to 2/13 (74 days). The attendance office sent three truancy
    letters and did two home visits. On the second visit (12/9) an older cousin told Ms. Ferraro
    that Brayan was [[nat:staying with his grandparents in Honduras]] while [[imm:his mother got
    ready for her asylum hearing]], and that the family [[nbh:still lives in East Boston, on Saratoga
    St]]. Brayan came back 2/17 with his mother; at the re-entry meeting he was given a new locker
    (#1142, outside room 216) and a check-in/check-out plan with the counselor. On 2/24 at about
    10:40 AM a teacher reported a strong smell of weed near the locker bank. AP Gomes and SSS Ruiz
    checked the area and Brayan opened his locker when asked. Inside his gym bag were six small
    knotted plastic baggies of white powder, a digital scale and $410 in cash. Brayan said the
    powder was cocaine and that "somebody" asked him to hold it. No marijuana was found on him or
    in the locker. The items were bagged and are locked in the AP's office. Brayan was calm and
    cooperative and stayed in the office until his mother arrived at 12:15. This is a first drug
    incident for Brayan at EBHS."""),
    "allow", subs=["cocaine"], recipient="bpd/district-a7",
    nc=["Honduras", "asylum", "lives in East Boston", "Saratoga St"], key="cocaine",
    mct=["six small knotted plastic baggies", "digital scale", "outside room 216"], trap=True)

# 15
add("log", "weapon", "Lyon Upper School", ("Sofia Petrakis", "2010-03-03", 10),
    "2026-01-21 09:40", "Lyon Upper School, nurse's office",
    L("ATTENDANCE / STUDENT SUPPORT LOG - S. Petrakis",
      "1/6   absent - mom emailed, [[rel:family observes Orthodox Christmas on 1/7]]",
      "1/7   absent (excused)",
      "1/8-1/16 absent without a note, 7 days. Two calls, no answer.",
      "1/16  home visit - no answer, note left on door.",
      "1/20  returned. Re-entry meeting w/ counselor 10:00.",
      "1/21  9:40 visit to the nurse (headache). Nurse saw a razor blade taped inside her",
      "      pencil case when Sofia took out a pen; Sofia handed it over. No injury to anyone,",
      "      no self-harm disclosed; counselor notified, safety screening completed."),
    "allow", weapon="razor blade", recipient="bpd/district-c11",
    nc=["Orthodox Christmas"], key="razor blade",
    mct=["visit to the nurse", "taped inside her", "pencil case"], trap=True)

# 16
add("email", "weapon", "Margarita Muñiz Academy", ("Wilmer Castañeda", "2009-07-12", 11),
    "2025-11-05 13:25", "Muñiz Academy, 2nd floor hallway",
    L("From: Deportation Officer, ERO Boston Field Office",
      "To: Muñiz Academy main office",
      "Subject: Castaneda, Wilmer - attendance and incident records",
      "",
      "We are requesting attendance records for the above student for the period Sept-Nov and any",
      "incident reports. [[imm:The subject has a pending SIJS application]] and a hearing is scheduled.",
      "",
      "---- school draft reply ----",
      "On 11/5 at 1:25 PM a teacher saw Wilmer show another student a folding knife in the 2nd",
      "floor hallway. The knife was taken by SSS. No threats, no injuries."),
    "deny", reason="recipient_not_permitted", recipient="ice/ero-boston", weapon="knife",
    nc=["SIJS"])

# 17
add("form", "credible_threat", "New Mission High School", ("Khalil Grant", "2008-10-01", 11),
    "2026-03-10 11:30", "New Mission High School, main office",
    L("RE-ENTRY MEETING NOTES",
      "Attendees: Khalil, father, attendance supervisor L. Brennan, AP Ochoa",
      "Absences: 28 this year; CHINS filed 2/2 (court date 3/24)",
      "Reason for absences (per father): [[gang:trouble with KMB, the Keep Moving Boys]]",
      "Concern raised: at 11:30 Khalil said somebody at this school 'is gonna get it' if the court",
      "  date goes bad. He would not say who or how.",
      "Plan: daily check-in, counselor referral, safety plan reviewed with father."),
    "deny", reason="missing_threat_statement", recipient="bpd/district-b2",
    nc=["KMB", "Keep Moving Boys"])

# 18
add("note", "serious_violence", "Boston Latin Academy", ("Owen Maguire", "2011-05-22", 9),
    "2025-12-11 08:05", "Boston Latin Academy, homeroom 207",
    P("""8:05 AM, homeroom 207, right after the teacher addressed the class about the attendance
    contest. Owen swung a metal water bottle and hit E.J. in the side of the head twice. E.J. was
    bleeding heavily, taken by EMS to BMC and needed 9 staples to the scalp; CT done for possible
    skull fracture. Owen was held in the main office. Dad notified 8:30."""),
    "allow", key="9 staples", mct=["homeroom 207", "metal water bottle", "9 staples to the scalp"],
    trap=True)

# 19
add("narrative", "weapon", "Jeremiah E. Burke High School", ("Isaiah Monroe", "2009-08-18", 11),
    "2025-12-15 08:15", "Jeremiah E. Burke High School, SSS office (front entrance)",
    P("""Isaiah had not been in school since 11/3. After three unanswered calls the attendance
    office asked for a wellness check on 11/21, and Mr. Tobin did a home visit on 11/24 to [[nbh:the
    Mildred C. Hailey apartments]]; [[lang:his mother, who speaks only Spanish, spoke with Mr.
    Tobin through Ms. Ortiz]] and said Isaiah was "staying with friends" and [[gang:hanging around
    with OTB]], which she blamed for the absences. He returned on Monday 12/15. At 8:10 AM a
    student told SSS Carney privately that Isaiah "has a gun in his bag." SSS Carney and AP Lowell
    asked Isaiah to come to the SSS office by the front entrance and he did without trouble. In
    the main compartment of his black North Face backpack, wrapped in a hoodie, was a black 9mm
    semi-automatic handgun with a loaded magazine (7 rounds) inserted; no round in the chamber.
    SSS Carney secured the gun at 8:15 AM and called BPD per SAF-02. Isaiah said he carries it
    because he was "jumped in November" and did not say he meant to use it on anyone at school.
    No one was threatened or hurt. The student who reported it is being kept anonymous. His mother
    was called at 8:40 and is on her way in."""),
    "allow", weapon="firearm (loaded handgun)", recipient="bpd/district-b3",
    nc=["Mildred C. Hailey", "Spanish", "OTB"], key="handgun",
    mct=["9mm semi-automatic handgun", "loaded magazine (7 rounds)", "8:15 AM"])

# 20
add("log", "chins_followup", "Charlestown High School", ("Destiny Rivera", "2010-02-14", 10),
    "2026-01-30 14:00", "Charlestown High School, attendance office",
    L("CHINS (truancy) - D. Rivera - docket 2584JV0431",
      "11/14 petition filed by attendance office (44 absences)",
      "12/5  arraignment - petition status: pretrial; conditions: attend daily, check in w/ counselor",
      "12/18 family [[nbh:moved to a motel shelter in Revere]] (EA placement)",
      "1/9   absent 6 of 8 days; bus from the motel is 90 min",
      "1/30  asking BPD to locate the student and bring her to school on Monday."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-a1",
    nc=["motel shelter", "Revere"])

# 21
add("email", "drugs", "Fenway High School", ("Tiana Brooks", "2009-04-09", 11),
    "2026-03-05 12:50", "Fenway High School, room 3 (probation check-in room)",
    L("Subject: Tiana B. - pills at check-in today",
      "",
      "Hi all, at Tiana's probation check-in today (12:50, room 3) her PO asked her to empty her",
      "pockets. She had a sandwich bag with 14 bars marked XANAX 2, a Visa gift card and two",
      "vape pens. She said the bars are Xanax and she bought them from somebody online. She has no",
      "prescription per the nurse. Her PO is writing it up for court too. Mom came in; she [[lang:asked",
      "for a Portuguese interpreter]] so Ms. Duarte helped.",
      "- AP Kaplan"),
    "allow", subs=["Xanax (alprazolam)"], recipient="bpd/district-d4",
    nc=["Portuguese"], key="XANAX 2",
    mct=["14 bars marked XANAX 2", "Visa gift card"], trap=True)

# 22
add("narrative", "credible_threat", "Dorchester Academy", ("Jamal Fontaine", "2007-09-09", 12),
    "2026-01-08 21:40", "Online (Instagram story), directed at Dorchester Academy staff",
    P("""Jamal's CHINS hearing for truancy was on 1/8 at Boston Juvenile Court; the judge ordered
    him into a day reporting program. That night at 9:40 PM he posted an Instagram story with a
    photo of a handgun on a bed and the text "ms Claudette and that attendance lady think they
    won. monday im pulling up to DA 1st period, everybody in 204 catching it." Ms. Claudette
    Ambroise is his attendance supervisor; room 204 is his first-period class. Three students sent
    screenshots to the principal before 10:30 PM. Ms. Ambroise had made four home visits this year,
    [[nbh:to the Franklin Field development]]; she notes the family [[nat:recently arrived from
    Haiti]] and that [[lang:the home language is Haitian Creole]]. None of that is relevant to the
    threat and is included only because it is in her file. Jamal has no prior weapons incidents at
    school. The principal has moved room 204 to the library for Monday and asked SSS to meet Jamal
    at the door. We request that BPD contact the family before Monday."""),
    "allow", recipient="bpd/district-b3",
    threat=("Instagram story posted by Jamal Fontaine on 1/8/26 at 9:40 PM, with a photo of a "
            "handgun: \"ms Claudette and that attendance lady think they won. monday im pulling up to "
            "DA 1st period, everybody in 204 catching it.\" Room 204 is his first-period class."),
    nc=["Franklin Field", "Haiti"], key="photo of a handgun",
    mct=["Boston Juvenile Court", "everybody in 204 catching it", "photo of a handgun"], trap=True)

# 23
add("form", "serious_violence", "English High School", ("Jerome Tate", "2009-12-12", 10),
    "2026-02-12 13:55", "English High School, 3rd floor hallway near room 318",
    L("INCIDENT FORM - ASSAULT",
      "Victim: student D.K., broken nose and two loose teeth, transported to Faulkner Hospital",
      "Suspect identified by: [[face:hallway camera 3-F run through face matching, 0.94 similarity]]",
      "Suspect: Jerome Tate (absent 40 days this year, last home visit 1/28)",
      "Time: 1:55 PM   Place: 3rd floor hallway near room 318",
      "Attached: face match printout, enrollment photo"),
    "deny", reason="face_surveillance", recipient="bpd/district-e13",
    attach=[{"kind": "face_match", "name": "cam3F_match_0212.png"},
            {"kind": "photo", "name": "enrollment_photo_tate.jpg"}],
    nc=["0.94 similarity"])

# 24
add("note", "weapon", "Boston Arts Academy", ("Kiara Hollis", "2009-06-06", 11),
    "2025-11-19 14:30", "Boston Arts Academy, room 4-112 (student support)",
    P("""At her probation check-in at school (2:30, room 4-112) Kiara's PO asked about the status of
    her case; Kiara took her phone out and a set of brass knuckles fell out of her jacket pocket
    with it. She said she got them from the stage crew room. Taken by AP. No threats."""),
    "allow", weapon="brass knuckles", mct=["brass knuckles", "stage crew room", "room 4-112"],
    trap=True)

# 25
add("log", "drugs", "Josiah Quincy Upper School", ("Connor Walsh", "2010-09-29", 9),
    "2025-10-23 10:10", "Josiah Quincy Upper School, 5th floor boys' bathroom",
    L("10/14  absent (no note)",
      "10/15  absent - attendance officer called, dad says Connor 'doesn't want to go'",
      "10/20  home visit - [[nbh:Hyde Park, zip 02136]] - nobody home",
      "10/22  returned; re-entry w/ counselor",
      "10/23  10:10 found in 5th fl bathroom with 4 nips of vodka (2 empty) and a lighter.",
      "       Nurse: alert, no medical issue. Dad picked him up 11:30."),
    "deny", reason="excluded_substance", subs=["alcohol"], recipient="bpd/district-a1",
    nc=["Hyde Park", "02136"])

# 26
add("narrative", "serious_violence", "Madison Park Technical Vocational High School", ("DeShawn Ellis", "2007-11-15", 12),
    "2026-03-19 14:12", "Madison Park, side entrance by the auto shop (school grounds)",
    P("""DeShawn returned 3/9 after 6 weeks out. The attendance supervisor's notes say the absences
    started after [[gang:a fight between the Blue Block crew and some boys from another
    crew]] in January and that DeShawn told her he "couldn't come up here" for a while. On 3/19 at
    about 2:12 PM, at dismissal, DeShawn and a Grade 11 student (A.V.) argued at the side entrance
    by the auto shop. DeShawn pulled a kitchen knife with a black handle (about 8 inch blade) from
    his waistband and stabbed A.V. once in the lower left abdomen. A.V. ran back inside and
    collapsed by the security desk; SSS Mahoney applied pressure and called 911. EMS took A.V. to
    Boston Medical Center, where he had emergency surgery; he is in stable condition. DeShawn ran
    toward the bus stop and was not seen again. The knife was found by SSS in the bushes next to
    the side entrance at 2:30 PM and has not been touched. Two staff members and several students
    saw the stabbing. A.V.'s mother [[lang:speaks Cape Verdean Creole]], and Mr. Lopes called her
    at 2:40. Camera footage from the side entrance has been preserved (regular recording, no
    analytics). DeShawn's father was reached at 3:15 PM and said he did not know where DeShawn
    was."""),
    "allow", weapon="kitchen knife", recipient="bpd/district-b2",
    nc=["Blue Block", "Cape Verdean Creole"], key="stabbed A.V.",
    mct=["lower left abdomen", "emergency surgery"])

# 27
add("email", "weapon", "Greater Egleston High School", ("Rashad Coleman", "2008-05-17", 12),
    "2026-02-02 09:30", "Greater Egleston High School, front desk",
    L("From: BRIC analyst (Boston Regional Intelligence Center)",
      "To: Greater Egleston HS principal",
      "Subject: Coleman - re-entry incident",
      "",
      "We understand a firearm was recovered from Rashad Coleman at re-entry this morning. Please",
      "forward the incident report and his attendance history; [[gang:he is on our list as an",
      "associate of the Castle Row crew]].",
      "",
      "---- principal's note ----",
      "Unloaded .22 revolver found in his coat at the front desk at 9:30 after a 3-month absence."),
    "deny", reason="recipient_not_permitted", recipient="bric", weapon="firearm (unloaded revolver)",
    nc=["Castle Row"])

# 28
add("form", "weapon", "Brighton High School", ("Yusuf Abdullahi", "2010-11-23", 9),
    "2025-12-04 10:20", "Brighton High School, room 120 (guidance)",
    L("HOME VISIT / WELLNESS CHECK FORM",
      "Requested by: attendance team, after 12 consecutive absences",
      "Date of visit: 11/25   Visitor: Ms. Conlon (attendance officer)",
      "Address: [[nbh:31 Quint Ave, first floor rear]]",
      "Spoke with: landlord by phone; he said the family is paid up and 'the boy is fine'",
      "Language at the door: [[lang:Somali; older sister interpreted]]",
      "Outcome: student returned 12/1",
      "ADDENDUM 12/4: at 10:20 in room 120, during his check-in, Yusuf showed his counselor a black",
      "  stun gun he said he bought online. He pressed the trigger once (sparked, no contact).",
      "  Counselor took it; AP notified; no injury."),
    "allow", weapon="stun gun", recipient="bpd/district-d14",
    nc=["Quint Ave", "Somali"], mct=["room 120", "pressed the trigger once"])

# 29
add("log", "drugs", "Community Academy of Science and Health", ("Malik Stanton", "2009-02-26", 11),
    "2026-01-13 09:20", "CASH, 1st floor, room 108",
    L("ATTENDANCE SWEEP - 1/13 - chronic absence follow-up (3 students)",
      "1) R.P., gr 10 - home visit 1/12: [[nat:family went back to El Salvador for the holidays]], due back 1/20.",
      "2) T.G., gr 9 - home visit 1/12: [[rel:out for Orthodox Epiphany at the family's church]], back 1/14.",
      "3) Malik Stanton, gr 11 - back today after 19 days. 9:20 AM re-entry meeting in room 108:",
      "   when asked to empty his pockets per the re-entry plan he put a knotted baggie of tan powder",
      "   and 12 small glassine bags stamped 'NETFLIX' on the desk. He said 'it's fent, it's not for",
      "   me.' Items locked in AP safe. Mom on the way."),
    "allow", subs=["fentanyl"], recipient="bpd/district-b2",
    nc=["El Salvador", "Orthodox Epiphany"], key="fent",
    mct=["12 small glassine bags", "stamped 'NETFLIX'", "room 108"], multi=True)

# 30
add("note", "credible_threat", "Excel High School", ("Bryce Donnelly", "2009-08-01", 11),
    "2026-03-23 12:05", "Excel High School, cafeteria",
    P("""Bryce said at lunch he would "do something big" on the day of his CHINS court date. Staff
    concerned. He has 36 absences; last home visit [[nbh:on Dorset St]] 3/12."""),
    "deny", reason="missing_threat_statement", recipient="bpd/district-c6", threat="",
    nc=["Dorset St"])

# 31
add("narrative", "drugs", "Boston Latin Academy", ("Minh Tran", "2009-05-13", 11),
    "2025-10-02 16:05", "Boston Latin Academy, athletic field (cross-country practice)",
    P("""Minh returned to school on 9/22, three weeks after the start of the year. His attendance
    file shows the family notified the school in June that he would [[nat:spend the summer and
    the beginning of September in Vietnam]] with his grandparents, and the attendance office
    closed the matter when he came back. On 10/2 at about 4:05 PM, at cross-country practice on
    the athletic field, Coach Brady saw Minh hand a small ziplock bag to a teammate (a 10th
    grader) in exchange for cash. Coach Brady asked both boys to come to the coaches' room. The bag
    held five pink pressed tablets shaped like a cartoon skull. Minh said they were "molly" and
    that he had more at home; the teammate said he paid $20 per pill. The tablets were turned over
    to AP Nguyen at 4:30 PM and are locked in the main office. The nurse checked the teammate,
    who had not taken any. Minh's father was called at 4:45; [[lang:the call was done in
    Vietnamese by Ms. Pham]]. Minh has had no previous disciplinary incidents. He is also in
    Latin class with the teammate, and the teacher reports they have been selling "snacks" in the
    back of the room; the AP is following up on that separately. The athletic director has
    suspended Minh from the team pending the outcome."""),
    "allow", subs=["MDMA (molly)"], recipient="bpd/district-b2",
    nc=["Vietnam"], key="molly",
    mct=["cross-country practice", "five pink pressed tablets", "$20 per pill"], trap=True)

# 32
add("form", "wellness_check", "Lilla G. Frederick Middle School", ("Esther Pierre", "2012-01-09", 8),
    "2026-02-17 10:00", "Boston International Newcomers Academy, attendance office",
    L("REQUEST FOR POLICE WELLNESS CHECK",
      "Student: Esther Pierre   Grade: 8",
      "Absences: 15 consecutive (since 1/26)",
      "Home address on file: [[nbh:12 Stanwood St, Apt 3]]",
      "Home language: [[lang:Haitian Creole]]",
      "Notes from attendance officer: [[imm:mother's TPS expires in March and the family has",
      "  stopped answering the door since a neighbor reported seeing agents on the street]].",
      "Reason for request: confirm the student is safe."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-b3",
    nc=["Stanwood St", "Haitian Creole", "TPS", "agents on the street"])

# 33
add("email", "serious_violence", "Snowden International School", ("Tristan Vale", "2009-03-28", 11),
    "2026-01-22 10:45", "Snowden International School, 3rd floor storage room",
    L("From: Principal's office",
      "To: Office of Legal Advisor; BPS Safety Services",
      "Subject: CONFIDENTIAL - sexual assault report, 1/22",
      "",
      "At approx 10:45 AM a 9th grade student (initials N.A.) reported to the nurse that Tristan Vale",
      "forced her into the 3rd floor storage room and sexually assaulted her. The nurse and the",
      "counselor stayed with her; she was taken to BMC for a SANE exam. Tristan had just returned",
      "from a 3-week absence (attendance team re-entry meeting was 1/20). N.A.'s parents were",
      "called at 11:15; [[lang:her father asked for an Arabic interpreter]]. Tristan is in the",
      "AP's office with two staff; his mother is on the way."),
    "allow", recipient="bpd/district-a1",
    nc=["Arabic"], key="sexually assaulted",
    mct=["3rd floor storage room", "SANE exam"])

# 34
add("note", "weapon", "Irving Middle School", ("Jasmine Okoro", "2011-10-30", 8),
    "2025-11-13 08:12", "Irving Middle School, home room 112",
    P("""8:12 in home room 112, attendance being taken. Jasmine was absent without a note for 4
    days and came back today. A classmate saw a small pepper spray canister on her keychain and
    told the teacher. Jasmine handed it over, no spraying, nobody hurt. Canister with AP."""),
    "allow", weapon="pepper spray", recipient="bpd/district-e5", key="pepper spray canister",
    mct=["home room 112", "absent without a note", "on her keychain"], trap=True)

# 35
add("log", "credible_threat", "Dearborn STEM Academy", ("Terrell Hughes", "2008-07-04", 12),
    "2026-02-26 07:15", "Dearborn STEM Academy, attendance office voicemail",
    L("ATTENDANCE OFFICE - VOICEMAIL LOG",
      "2/23 4:50pm  mother returns call re: truancy letter, will come in Thursday.",
      "2/24 6:02am  hang-up, no message.",
      "2/25 11:48pm male voice (identified by AP and attendance officer as Terrell): \"you keep",
      "             sending people to my crib I'm gonna come to the school and shoot the place",
      "             up, starting with the attendance office.\"",
      "2/26 7:15am  same caller: \"tomorrow.\"",
      "Note: last home visit 2/20 at [[nbh:the Whittier Street development]], nobody home."),
    "allow", recipient="bpd/district-b2",
    threat=("Voicemails to the Dearborn attendance office, identified by the AP and the attendance "
            "officer as Terrell Hughes: 2/25/26 11:48 PM \"you keep sending people to my crib I'm "
            "gonna come to the school and shoot the place up, starting with the attendance "
            "office.\" 2/26/26 7:15 AM: \"tomorrow.\""),
    nc=["Whittier Street"], key="shoot the place",
    mct=["2/25 11:48pm", "identified by AP and attendance officer as Terrell"])

# 36
add("narrative", "immigration_inquiry", "East Boston High School", ("Cristian Alvarado", "2009-12-20", 10),
    "2026-03-04 13:00", "East Boston High School, main office",
    P("""An officer from District A-7 stopped by the main office at 1:00 PM on 3/4 asking whether
    Cristian Alvarado was in school today and whether the school had "any information about the
    family's situation." Cristian has missed 23 days since January. Our attendance officer's notes
    from the 2/10 home visit say the family [[nbh:moved from Bennington St to a room in Chelsea]]
    after [[imm:Cristian's mother was detained by ICE at her check-in appointment]] in January, and
    that Cristian has been [[nat:trying to send money to his grandmother in El Salvador]]. The
    officer said federal agents had asked the district about the family. No incident of any kind
    involving Cristian has happened at school: no weapon, no threat, no violence, no drugs. We are
    submitting this only so the Office of Legal Advisor can record that the request came in and
    decide whether anything may be shared. The AP told the officer that she could not discuss
    the student. Cristian's aunt, who is now his guardian, has been told about the visit. The
    counselor has met with Cristian twice this week and he is attending again, though he is
    worried about his mother and his younger brother. The officer left a card with the front desk
    and asked the AP to call back by Friday."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-a7",
    nc=["Bennington St", "Chelsea", "detained by ICE", "El Salvador"])

# 37
add("form", "drugs", "Jeremiah E. Burke High School", ("Amir Haddad", "2008-08-24", 12),
    "2026-03-26 11:20", "Jeremiah E. Burke High School, 2nd floor boys' bathroom",
    L("SUBSTANCE INCIDENT FORM",
      "Attendance context: [[rel:absent 3/20 for Eid al-Fitr]] (excused); 3/23-3/25 absent, no note",
      "Date/time found: 3/26/26, 11:20 AM",
      "Location: 2nd floor boys' bathroom, stall 3",
      "Found by: SSS P. Walsh (on a tip from a teacher)",
      "Substance: 11 off-white rocks in a clear baggie, student called it 'hard' (crack cocaine)",
      "Paraphernalia: glass stem with burnt end",
      "Student: cooperative; said he was holding it for someone",
      "Nurse check: no signs of use"),
    "allow", subs=["crack cocaine"], recipient="bpd/district-b3",
    nc=["Eid al-Fitr"], key="crack cocaine",
    mct=["11 off-white rocks", "glass stem with burnt end", "stall 3"])

# 38
add("note", "drugs", "Henderson K-12 Inclusion School", ("Logan Pryce", "2010-06-12", 10),
    "2025-11-06 10:30", "Henderson Upper Campus, gym locker room",
    P("""THC cartridge and a dab pen found in Logan's gym bag at 10:30. He has been skipping a lot;
    grandma says it's because [[gang:he's been hanging with the Norfolk crew]]. No other
    substances."""),
    "deny", reason="excluded_substance", subs=["THC cartridge", "dab pen"],
    recipient="bpd/district-c11", nc=["Norfolk crew"])

# 39
add("narrative", "weapon", "Boston Community Leadership Academy", ("Elton Monteiro", "2008-09-03", 11),
    "2025-12-02 09:25", "BCLA, 3rd floor science wing, outside room 312",
    P("""Elton came back to school on 12/1 after missing most of October and November. The
    attendance supervisor had visited [[nbh:the third-floor unit above the laundromat on Bowdoin
    St]] twice; on the second visit his older sister said Elton had been [[nat:in Cabo Verde
    with their father since October]] and had just flown back. The re-entry meeting on 12/1 went
    well and he was given a peer mentor. On 12/2 at about 9:25 AM, outside room 312 in the 3rd
    floor science wing, a teacher saw the handle of a large blade sticking out of Elton's
    backpack. She called SSS, who brought Elton into room 312 (empty at that time). Elton took out
    a machete with a black rubber handle and an approximately 14 inch blade, wrapped in a towel.
    He said he brought it because older kids had been "waiting for him" at the bus stop since he
    came back, and that he had never taken it out at school. Nobody was threatened and nobody was
    hurt. SSS Keane secured the machete in the main office at 9:35 AM. Elton's father was called at
    10:00 and will come in with him for a meeting tomorrow. The counselor is following up on the
    bus stop situation, and the AP has asked the peer mentor to walk with Elton between classes
    this week."""),
    "allow", weapon="knife (machete)", recipient="bpd/district-c11",
    nc=["laundromat", "Bowdoin St", "Cabo Verde"], key="machete",
    mct=["outside room 312", "14 inch blade", "9:35 AM"])

# 40
add("email", "weapon", "TechBoston Academy", ("Nathaniel Shaw", "2011-04-14", 9),
    "2026-01-14 08:35", "TechBoston Academy, front entrance",
    L("Subject: airsoft gun at entry",
      "",
      "At 8:35 SSS found a black airsoft pistol (orange tip removed) in Nathaniel's backpack at the",
      "front entrance. He was back from a 10-day absence; [[lang:his mom only speaks Vietnamese]] so",
      "Mr. Le made the call. No threats. It looks real. Do we send this to BPD?"),
    "deny", reason="other", weapon="airsoft pistol", recipient="bpd/district-c11",
    nc=["Vietnamese"])

# 41
add("log", "serious_violence", "East Boston High School", ("Giovanni Russo", "2008-10-17", 11),
    "2026-02-10 14:05", "East Boston High School, bus loading zone (school driveway)",
    L("ATTENDANCE + DISCIPLINE LOG - G. Russo",
      "1/26  absent; 1/27 absent; 1/28 absent (no note)",
      "1/29  home visit [[nbh:in Orient Heights]] - dad says Giovanni is 'being handled'",
      "2/2   returned; re-entry meeting, contract signed",
      "2/10  2:05pm bus loading zone: Giovanni tackled a bus monitor (Mr. Fitz, 61) from behind",
      "      after being told to get off bus 14. Mr. Fitz fell onto the curb: broken right",
      "      collarbone and a cut over the eye, taken to MGH by EMS.",
      "2/10  dad called 2:30; Giovanni held in AP office."),
    "allow", recipient="bpd/district-a7", nc=["Orient Heights"], key="broken right",
    mct=["bus loading zone", "tackled a bus monitor"])

# 42
add("form", "serious_violence", "Mission Hill K-8", ("Aaliyah Dawson", "2012-02-02", 8),
    "2025-11-20 12:30", "Mission Hill K-8, schoolyard",
    L("DISCLOSURE REQUEST",
      "Recipient: DCF Area Office (51A follow-up)",
      "Incident: at 12:30 recess, Aaliyah hit a 5th grader with a metal scooter; the child has a",
      "  fractured cheekbone (Children's Hospital).",
      "Background: 51A filed 11/14 after a home visit [[nbh:at the Mission Main development]].",
      "Request: send full incident report to the DCF social worker."),
    "deny", reason="recipient_not_permitted", recipient="dcf/boston-area-office",
    nc=["Mission Main"])

# 43
add("note", "credible_threat", "Urban Science Academy", ("Dominic Ferraro", "2009-01-11", 11),
    "2026-01-26 08:00", "Urban Science Academy, attendance office mailbox",
    P("""The 3rd truancy letter came back in the mail today with writing across it in black marker:
    "COME TO MY HOUSE AGAIN AND ILL BURN THE SCHOOL DOWN WITH ALL YOU IN IT - D". Return address
    [[nbh:written on the envelope, 9 Fenelon St]]. Dominic admitted to his counselor at 8:40 that
    he wrote it. Original letter and envelope kept in the AP safe."""),
    "allow", recipient="bpd/district-c11",
    threat=("Written by Dominic Ferraro across a returned truancy letter received 1/26/26 (he admitted "
            "writing it): \"COME TO MY HOUSE AGAIN AND ILL BURN THE SCHOOL DOWN WITH ALL YOU IN IT - D\"."),
    nc=["Fenelon St"], key="BURN THE SCHOOL DOWN",
    mct=["black marker", "admitted to his counselor at 8:40"])

# 44
add("narrative", "gang_activity", "Dorchester Academy", ("Marquis Tolliver", "2009-07-29", 10),
    "2026-02-27 15:00", "Dorchester Academy, attendance office",
    P("""Marquis has 41 absences this year and his attendance is getting worse. His attendance
    officer has done five home visits [[nbh:to the Bowdoin-Geneva area]], most recently 2/24, and
    each time his mother has said the absences are because [[gang:he is running with the Greenwood
    crew]] and she cannot stop him from leaving the house. A neighbor told the attendance officer
    that [[gang:older Greenwood boys]] pick him up in the mornings. The school has no incident
    involving Marquis: no weapon, no threats, no fights, no drugs on school property. The AP would
    like BPD's youth violence unit to "know about him" and to check whether he is on any list, and
    would like any information BPD has about who he is with. The CHINS petition for truancy filed
    in December is still open (petition status: pretrial, next date 3/12) and his probation
    officer has been informed of the latest absences. The counselor has made a referral to a
    community mentoring program and is waiting to hear back. The attendance officer plans another
    home visit next week with the school social worker."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-c11",
    nc=["Bowdoin-Geneva", "Greenwood crew", "Greenwood boys"])

# 45
add("email", "weapon", "Charlestown High School", ("Tyler Brennan", "2008-11-29", 11),
    "2026-03-12 10:50", "Charlestown High School, 2nd floor, outside the library",
    L("From: AP Hartigan", "To: Principal; Safety Services", "Subject: two students - re-entry day",
      "",
      "Quick summary on the two boys who came back from long absences this week:",
      "- J.K. (gr 10): re-entry meeting went fine. Mom says [[nat:he spent February with family in",
      "  Ireland]]; [[nbh:they are now at the Bunker Hill development, building 24]]. Nothing else.",
      "- Tyler Brennan (gr 11): at 10:50 outside the library on the 2nd floor he flicked open a",
      "  switchblade while arguing with J.K. and said \"back up.\" Nobody was cut. Brian (SSS) took the",
      "  knife - about 4 inch blade, spring-assisted. Tyler's parents are on the way.",
      "Please advise whether this goes to BPD A-1."),
    "allow", weapon="switchblade knife", recipient="bpd/district-a1",
    nc=["Ireland", "Bunker Hill"], key="switchblade",
    mct=["outside the library", "spring-assisted", "back up"], multi=True)

# 46
add("form", "drugs", "Excel High School", ("Hailey Moran", "2010-05-05", 10),
    "2026-01-08 09:45", "Excel High School, room 206",
    L("SUBSTANCE FORM",
      "Found: a bag of 'Stoney Patch' gummy edibles (10 mg THC each) and a tin of Zyn nicotine pouches",
      "Where: Hailey's desk, room 206, 9:45 AM",
      "Attendance: first day back after 9 days absent; [[nbh:mom says they moved in with her",
      "  boyfriend on Savin Hill Ave]]",
      "No other substances."),
    "deny", reason="excluded_substance", subs=["edibles", "nicotine pouches"],
    recipient="bpd/district-c6", nc=["Savin Hill Ave"])

# 47
add("note", "weapon", "Lilla G. Frederick Middle School", ("Zaria Knox", "2011-12-19", 8),
    "2026-03-13 07:55", "Lilla G. Frederick Middle School, 2nd floor locker hallway",
    P("""First day back after the professional development day and her 5-day absence. At 7:55
    Zaria sprayed mace into the air at her locker during an argument; two students coughing,
    eyes flushed by nurse, no lasting injury. Canister (Sabre red) taken by AP."""),
    "allow", weapon="mace", recipient="bpd/district-c11", key="mace",
    mct=["professional development day", "Sabre red", "eyes flushed by nurse"], trap=True)

# 48
add("log", "weapon", "Brighton High School", ("Victor Aguilar", "2009-04-04", 11),
    "2026-02-05 08:30", "Brighton High School, front entrance",
    L("ATTENDANCE RECOVERY PILOT - LOG",
      "2/3  [[face:lobby camera face recognition flagged V. Aguilar entering (match 97%)]] although",
      "     marked absent 8 days; attendance officer alerted.",
      "2/5  8:30 SSS stopped Victor at entry based on the [[face:face recognition alert]] and found a",
      "     folding knife in his jacket.",
      "Attached: [[face:recognition alert screenshot]]."),
    "deny", reason="face_surveillance", weapon="knife", recipient="bpd/district-d14",
    attach=[{"kind": "face_match", "name": "lobby_alert_0203.png"}],
    nc=["match 97%", "recognition alert"])

# 49
add("narrative", "credible_threat", "Snowden International School", ("Yassin Belkadi", "2008-06-21", 12),
    "2026-04-13 09:20", "Snowden International School, room 210 (counseling office)",
    P("""Yassin returned on 4/13 after being out from 2/16 to 4/10. His mother had written to the
    school that the family would [[rel:spend Ramadan]] [[nat:with relatives in Morocco]], and the
    attendance office had warned her in writing that an absence of that length would put his
    graduation at risk; the attendance officer also visited [[nbh:the apartment on Beacon St in
    Brookline where the family now lives]] and left a note. At the re-entry meeting in room 210 at
    9:00 AM his counselor, Ms. Dwyer, explained that he would not graduate in June and would need
    summer school. Yassin stood up, slammed his fist on the desk and said: "Then nobody graduates. I
    swear I'll bring a gun to the ceremony and start with you, Dwyer, then the principal." When Ms.
    Dwyer asked him to sit down he added, "You think I'm playing. Ask around what I got." He left
    the office at 9:20 AM and walked out of the building. Ms. Dwyer and the 504 coordinator, who was
    also present, wrote statements immediately. Yassin has no prior threats or discipline on file.
    His mother was called at 9:45 and said he was not home yet. Graduation is 6/5; the principal
    has asked SSS to meet Yassin at the door if he comes back."""),
    "allow", recipient="bpd/district-d4",
    threat=("At his re-entry meeting on 4/13/26 at about 9:15 AM in room 210, Yassin Belkadi told "
            "his counselor: \"Then nobody graduates. I swear I'll bring a gun to the ceremony and "
            "start with you, Dwyer, then the principal.\" He added: \"You think I'm playing. Ask "
            "around what I got.\""),
    nc=["Ramadan", "Morocco", "Beacon St", "Brookline"], key="bring a gun to the ceremony",
    mct=["room 210", "bring a gun to the ceremony", "9:20 AM"])

# 50
add("form", "serious_violence", "Boston Green Academy", ("Kayla Simmons", "2009-02-17", 11),
    "2025-10-15 11:40", "Boston Green Academy, 4th floor girls' bathroom",
    L("INCIDENT REPORT - SERIOUS INJURY",
      "Date/time: 10/15/25, 11:40 AM (building was in shelter-in-place at the time for an",
      "  unrelated medical call on the 1st floor)",
      "Location: 4th floor girls' bathroom",
      "Student: Kayla Simmons, gr 11 (returned 10/14 after 12 days; attendance contract signed)",
      "What happened: Kayla hit a 10th grader repeatedly with a curling iron she had in her bag,",
      "  then held it against the girl's neck. Victim has second-degree burns to the neck and a",
      "  scalp laceration; taken to Shriners/MGH burn unit.",
      "Staff: Ms. Ruane (teacher), SSS Dwyer, nurse Poole"),
    "allow", recipient="bpd/district-e13", key="second-degree burns",
    mct=["shelter-in-place", "curling iron", "second-degree burns to the neck"], trap=True)

# 51
add("note", "drugs", "Madison Park Technical Vocational High School", ("Reggie Lamont", "2008-04-30", 12),
    "2026-02-03 13:10", "Madison Park, Building 1, room 1-130",
    P("""After his court date (docket no. on file, CHINS), Reggie came in at 1:10 and was searched per
    his re-entry agreement. Found: a blunt, a gram of weed, and 6 oxycodone 30 mg tablets (blue,
    'A 215') loose in his pocket, not his prescription. Room 1-130. Mom notified."""),
    "allow", subs=["marijuana", "oxycodone"], recipient="bpd/district-b2", key="oxycodone",
    mct=["'A 215'", "room 1-130", "not his prescription"], trap=True)

# 52
add("email", "drugs", "Margarita Muñiz Academy", ("Josué Paredes", "2009-08-15", 11),
    "2026-03-18 10:00", "Muñiz Academy, main office",
    L("From: Special Agent, HSI Boston",
      "To: Muñiz Academy principal",
      "Subject: Paredes - fentanyl at school",
      "",
      "We were told fentanyl pills were recovered from this student on 3/18. Please send the incident",
      "report and attendance history. [[imm:He is in the country on an overstayed visa]].",
      "",
      "---- AP note ----",
      "10:00 AM: 4 blue M30 pills in his wallet; nurse says not prescribed."),
    "deny", reason="recipient_not_permitted", recipient="dhs/hsi-boston",
    subs=["fentanyl (counterfeit M30)"], nc=["overstayed visa"])

# 53
add("narrative", "serious_violence", "Excel High School", ("Troy Lindqvist", "2008-03-08", 12),
    "2025-11-25 15:50", "[[nbh:front porch of 57 Glenway St]], during a school home visit",
    P("""On 11/25 at about 3:50 PM attendance officer Mr. Paul Grady and school social worker Ms.
    Ivana Kerr made a scheduled home visit about Troy's 38 absences to [[nbh:the family's
    two-family house on Glenway St]]. Troy answered the door. When Mr. Grady said the school would
    be filing a CHINS petition, Troy said "get off my porch," went back inside and came out with an
    aluminum baseball bat. He swung it at Mr. Grady twice. The first swing hit Mr. Grady's left
    forearm as he raised it to protect his head; the second hit the porch railing. Ms. Kerr called
    911. Mr. Grady was taken by EMS to Carney Hospital: his left forearm is broken in two places
    (ulna and radius) and he will need surgery. Troy went back inside and locked the door. Troy's
    mother came home at about 4:20 PM and spoke with responding officers. Ms. Kerr was not hurt.
    Troy has been absent every day since. Mr. Grady has been placed on injury leave, and the
    attendance office has suspended home visits to this family pending a safety review. This
    report is being submitted because the assault was on a BPS staff member acting in his role;
    both staff members have written statements, attached."""),
    "allow", weapon="aluminum baseball bat", recipient="bpd/district-b3",
    attach=[{"kind": "document", "name": "grady_kerr_statements.pdf"}],
    nc=["Glenway St"], key="broken in two places",
    mct=["aluminum baseball bat", "left forearm", "Carney Hospital"])

# 54
add("form", "weapon", "Boston International Newcomers Academy", ("Daniela Rojas", "2009-10-10", 10),
    "2025-12-09 12:15", "Boston International Newcomers Academy, cafeteria",
    L("INCIDENT FORM",
      "Student: Daniela Rojas, gr 10, Boston International Newcomers Academy",
      "Background on file: [[nat:arrived from Venezuela in August]]; [[imm:family's asylum case",
      "  pending]]; [[nbh:staying at the Woburn hotel shelter]]; absent 9 of last 20 days (bus)",
      "Incident: 12:15 PM, cafeteria. Daniela took a kitchen paring knife out of her lunch bag and",
      "  waved it at a girl who had been teasing her. No contact, no injury. Lunch monitor took it.",
      "Action: AP meeting, parent called, safety plan."),
    "allow", weapon="knife (paring knife)", recipient="bpd/district-c11",
    nc=["Venezuela", "asylum", "Woburn", "hotel shelter"], key="paring knife",
    mct=["kitchen paring knife", "waved it at a girl"], trap=True)

# 55
add("log", "truancy", "Jeremiah E. Burke High School", ("Quentin Hale", "2009-12-01", 10),
    "2026-01-20 15:00", "Jeremiah E. Burke High School, attendance office",
    L("WEEKLY CHRONIC ABSENCE LIST - week of 1/12 (attendance team)",
      "Quentin Hale (gr 10) - 5/5 absent. Home visit 1/14: [[nbh:Geneva Ave, 3rd floor]]. Request BPD",
      "  pick him up for school per CHINS conditions.",
      "S.M. (gr 9) - 3/5 absent. [[lang:Mom speaks Somali]]; interpreter call set for Thursday.",
      "A.B. (gr 11) - 4/5 absent. [[rel:Family at a church retreat (Jehovah's Witness convention)]].",
      "R.T. (gr 12) - 2/5 absent. No concerns."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-c11",
    nc=["Geneva Ave", "Somali", "Jehovah"], multi=True)

# 56
add("form", "credible_threat", "Lyon Upper School", ("Caleb Ostrowski", "2010-08-27", 10),
    "2026-04-28 07:30", "Lyon Upper School, attendance office door",
    L("THREAT ASSESSMENT - INITIAL REPORT",
      "Found: 4/28, 7:30 AM, by custodian, taped to the attendance office door",
      "Text of note: 'MRS OKAFOR YOU CALLED DCF ON MY FAMILY. 4/30 I BRING MY DADS GUN AND YOU",
      "  DONT LEAVE THE BUILDING.'",
      "Who wrote it: Caleb Ostrowski (admitted at 9:05 with his counselor; handwriting matches)",
      "Context: 51A filed by Mrs. Okafor on 4/21 after a home visit [[nbh:on Brookway Rd]];",
      "  Caleb's father has a licensed handgun per Caleb",
      "Target: attendance coordinator Mrs. Okafor"),
    "allow", recipient="bpd/district-e13",
    threat=("Note taped to the attendance office door, found 4/28/26 at 7:30 AM, written by Caleb "
            "Ostrowski (admitted): \"MRS OKAFOR YOU CALLED DCF ON MY FAMILY. 4/30 I BRING MY DADS GUN "
            "AND YOU DONT LEAVE THE BUILDING.\" Caleb says his father owns a handgun."),
    nc=["Brookway Rd"], key="DADS GUN",
    mct=["taped to the attendance office door", "4/30 I BRING MY DADS GUN", "9:05"])

# 57
add("note", "weapon", "John W. McCormack Middle School", ("Elijah Banks", "2012-07-07", 7),
    "2026-02-26 10:30", "McCormack Middle School, room 105",
    P("""Elijah (back from a 2 week absence) had a BB gun pistol in his backpack in room 105 at 10:30;
    a classmate saw it. No pellets found, no threats. Dad picked it up."""),
    "deny", reason="other", weapon="BB gun", recipient="bpd/district-c11")

# 58
add("email", "drugs", "Brighton High School", ("Lucas Amaral", "2008-09-19", 11),
    "2026-03-25 13:40", "Brighton High School, cafeteria",
    L("Subject: mushrooms - L. Amaral",
      "",
      "Team, at 1:40 in the cafeteria Lucas was selling pieces of a chocolate bar labelled 'Polkadot",
      "- magic mushroom' for $15 a square. He told me the bar has psilocybin in it. Two students bought",
      "squares; neither ate any. The rest of the bar (9 squares) is in the AP office. This is his first",
      "week back after the attendance team's home visits in February.",
      "- Mr. Reyes, AP"),
    "allow", subs=["psilocybin"], recipient="bpd/district-d14",
    xf={"ell_status": "[[lang:EL - ELD level 2]]", "home_language": "[[lang:Portuguese]]",
        "attendance_officer": "F. Mullen"},
    nc=["ELD level 2", "Portuguese"], key="psilocybin",
    mct=["'Polkadot", "$15 a square", "9 squares"])

# 59
add("narrative", "weapon", "English High School", ("Mateo Chávez", "2009-03-19", 11),
    "2026-01-29 12:35", "English High School, 1st floor, outside the gym",
    P("""Mateo's attendance fell apart in December after [[imm:his father was deported]] [[nat:to
    Guatemala]]; the attendance officer's notes say he was working nights to help his mother with
    rent. He has 27 absences this year and a CHINS petition was discussed but not filed. On 1/29
    at about 12:35 PM, outside the gym on the 1st floor, two students told SSS Vargas that Mateo
    "had a stick" in his sleeve and was looking for a boy who had made jokes about his father. SSS
    Vargas and AP Cole found Mateo at the gym doors and asked him to come to the office. In his
    left sleeve he had an expandable steel baton (collapsed, about 8 inches; extends to about 21
    inches). Mateo did not take it out and did not hit anyone; he said he only wanted to "scare"
    the other boy. SSS Vargas took the baton at 12:40. The other student (L.N.) was told to stay in
    the gym office and was not hurt. Mateo's mother was called at 1:10 and will come tomorrow
    morning with his uncle. The counselor met with Mateo in the afternoon and referred him to the
    school's grief and loss group. The AP is also following up with L.N. and his family about the
    jokes."""),
    "allow", weapon="club (expandable baton)", recipient="bpd/district-e13",
    nc=["deported", "Guatemala"], key="expandable steel baton",
    mct=["expandable steel baton", "outside the gym", "12:40"])

# 60
add("form", "probation_compliance", "Fenway High School", ("Derrick Vance", "2007-10-22", 12),
    "2026-02-13 10:00", "Fenway High School, main office",
    L("REQUEST FROM JUVENILE PROBATION (forwarded to BPD liaison)",
      "Probationer: Derrick Vance",
      "Conditions: school attendance, curfew, no contact with co-defendant",
      "Information requested: attendance Jan-Feb; any sign he is out after curfew",
      "School notes: 14 absences since 1/5; [[nbh:family moved to Mattapan, Woodrow Ave]]",
      "  in January; [[gang:PO believes he is back with his old crew from Lucerne]].",
      "No incidents at school."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-b3",
    nc=["Mattapan", "Woodrow Ave", "crew from Lucerne"])

# 61
add("log", "weapon", "Greater Egleston High School", ("Darnell Reese", "2008-01-15", 12),
    "2026-03-03 12:25", "Greater Egleston High School, front lobby",
    L("STUDENT SUPPORT LOG - D. Reese",
      "3/2  absent - excused, Boston Juvenile Court (CHINS review; petition status: continued)",
      "3/3  arrived 12:20 straight from a second court date; said he 'forgot' to leave his bag",
      "     at his aunt's. Lobby bag check 12:25: taser (yellow/black, Taser Pulse) in the bottom",
      "     of the bag, cartridge loaded. He did not take it out. SSS Jean secured it.",
      "3/3  aunt (guardian) called 12:50."),
    "allow", weapon="taser", recipient="bpd/district-b2", key="Taser Pulse",
    mct=["Boston Juvenile Court", "cartridge loaded", "Lobby bag check 12:25"], trap=True)

# 62
add("email", "credible_threat", "Josiah Quincy Upper School", ("Kenji Moreau", "2010-01-31", 10),
    "2026-01-16 14:00", "Josiah Quincy Upper School, 4th floor",
    L("From: Counselor", "To: AP", "Subject: Kenji - worried",
      "",
      "Kenji told two friends he is 'done with this school' after the truancy meeting and that 'people",
      "will see.' Nothing specific. His mom [[lang:only speaks Mandarin]] and I could not reach her",
      "today. Can we send this to the police?"),
    "deny", reason="missing_threat_statement", recipient="bpd/district-a1", threat="   ",
    nc=["Mandarin"])

# 63
add("narrative", "drugs", "Josiah Quincy Upper School", ("Alan Chen", "2009-06-11", 11),
    "2025-12-17 11:05", "Josiah Quincy Upper School, 3rd floor stairwell",
    P("""Alan's attendance has been poor since October (22 absences). The attendance liaison's home
    visit on 12/3 [[nbh:to the family's apartment on Hudson St in Chinatown]] found only his
    grandmother at home; [[lang:she speaks only Cantonese]], and Ms. Wong interpreted the visit.
    The grandmother said Alan "sleeps all day." On 12/17 at about 11:05 AM a teacher found Alan and
    another student in the 3rd floor stairwell. Alan dropped an orange prescription bottle; the
    label was in his grandmother's name and was for oxycodone 10 mg, 60 tablets, filled 12/1.
    There were 23 tablets left in it. Alan also had 5 loose tablets in a sandwich bag in his coat.
    He said he has been "selling a few" to classmates for $10 each. The other student said he had
    not bought any today. The nurse checked both students; neither showed signs of having taken
    anything. The bottle and the loose tablets are in the AP's safe. The grandmother and Alan's
    father were called at 11:40 and the father came in at 1:00 PM. The school has told the family
    to keep the medication locked up. Alan was referred to the school's substance use counselor and
    a SBIRT screening is scheduled for Friday."""),
    "allow", subs=["oxycodone (not prescribed to the student)"], recipient="bpd/district-a1",
    nc=["Hudson St", "Chinatown", "Cantonese"], key="oxycodone",
    mct=["3rd floor stairwell", "23 tablets", "$10 each"])

# 64
add("note", "trespass", "Charlestown High School", ("Ronan Kelleher", "2009-05-25", 11),
    "2026-02-20 11:00", "Charlestown High School, 1st floor",
    P("""Former student Ronan (withdrawn in January after the family [[nbh:moved to Brockton]]) walked
    into the building at 11:00 without signing in and refused to leave for 20 minutes. No weapon, no
    threats. Asking BPD to issue a no-trespass notice."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-a1", nc=["Brockton"])

# 65
add("form", "weapon", "Community Academy of Science and Health", ("Shanice Webb", "2010-04-26", 10),
    "2025-11-10 14:15", "CASH, main office",
    L("WEAPON CONFISCATION FORM",
      "Student: Shanice Webb, grade 10",
      "Item: tear gas canister (CS, 'Police Strength' label), approx 4 inches",
      "Where found: in her coat during re-entry check, main office, 2:15 PM",
      "How: student handed it over when asked",
      "Why she says she had it: girls from the bus 'keep waiting for her'",
      "Home visit summary on file: landlord says [[eth:the Jamaican family on the 2nd floor]]",
      "  has been late on rent; student was absent 16 days",
      "Injuries: none"),
    "allow", weapon="tear gas", recipient="bpd/district-b2", key="tear gas canister",
    nc=["Jamaican"], mct=["tear gas canister", "'Police Strength' label", "2:15 PM"])

# 66
add("log", "serious_violence", "Dearborn STEM Academy", ("Andre Baptiste", "2009-07-07", 11),
    "2026-03-09 11:50", "Dearborn STEM Academy, 2nd floor hallway by room 223",
    L("ATTENDANCE TEAM NOTES - week of 3/2",
      "- L.F. (gr 9): absent all week; [[nat:family traveling to Cape Verde]] for a funeral. Excused.",
      "- M.O. (gr 10): tardy 4x; [[nbh:lives at the Orchard Gardens apartments]], bus issue.",
      "- Andre Baptiste (gr 11): back 3/9 after 11 days. 11:50 AM in the 2nd floor hallway by",
      "  room 223 Andre swung a padlock tied in a sock at another student (K.W.) and hit him in",
      "  the face. K.W.: jaw fractured in two places, wired shut at BMC. Andre detained in office."),
    "allow", weapon="padlock in a sock", recipient="bpd/district-b2",
    nc=["Cape Verde", "Orchard Gardens"], key="jaw fractured",
    mct=["padlock tied in a sock", "jaw fractured in two places", "room 223"], multi=True)

# 67
add("note", "weapon", "East Boston High School", ("Frankie Lombardi", "2009-12-05", 10),
    "2025-10-08 09:00", "East Boston High School, gym",
    P("""State Police trooper asked for our report on Frankie's knife (found in gym locker 9:00 today,
    4 inch folding knife). Sending it to MSP Troop F as requested."""),
    "deny", reason="recipient_not_permitted", recipient="msp/troop-f", weapon="knife")

# 68
add("narrative", "credible_threat", "Henderson K-12 Inclusion School", ("Junior Almonte", "2008-11-11", 11),
    "2026-02-11 10:30", "Henderson Upper Campus, room 316",
    P("""On 2/5 Ms. Kowalski, Junior's English teacher, filed a 51A after Junior came to school with
    marks on his arm. DCF made a home visit on 2/9. The attendance officer's notes from earlier
    visits describe [[nbh:the first-floor apartment on Norton St]] and say the family [[eth:is
    Dominican]] and [[rel:very involved in their Pentecostal church]], where the pastor has been
    helping with Junior's absences. On 2/11 at about 10:30 AM, in room 316 during 3rd period,
    Junior walked up to Ms. Kowalski's desk and said quietly: "You called DCF on my mother. I know
    where you park. I'm gonna stab you in that parking lot, I don't care what happens to me." Two
    students near the desk heard it. Junior then sat back down. Ms. Kowalski left the room and told
    the AP at 10:35. Junior was taken to the office and did not have a weapon on him; his locker
    was empty. When the AP asked him about it he said "she knows what she did." Ms. Kowalski parks
    in the staff lot behind the building. The principal has arranged for SSS to walk staff to the
    lot this week. DCF has been informed of the statement. Junior's father was called at 11:15 and
    is coming in tomorrow."""),
    "allow", recipient="bpd/district-c11",
    threat=("On 2/11/26 at about 10:30 AM in room 316, Junior Almonte told his teacher Ms. Kowalski: "
            "\"You called DCF on my mother. I know where you park. I'm gonna stab you in that parking "
            "lot, I don't care what happens to me.\" Two students heard it."),
    nc=["Norton St", "Dominican", "Pentecostal"], key="stab you in that parking",
    mct=["room 316", "I know where you park", "staff lot behind the building"])

# 69
add("email", "drugs", "Boston Arts Academy", ("Sebastian Novak", "2009-02-02", 11),
    "2026-01-09 08:45", "Boston Arts Academy, dance studio B",
    L("Subject: Sebastian N. - items found",
      "",
      "At 8:45 this morning in dance studio B we found two cans of beer and a Juul with pods in",
      "Sebastian's bag. First week back after winter break, which he extended by a week [[nat:in",
      "Poland]] with his dad. Nothing else found. Parent notified."),
    "deny", reason="excluded_substance", subs=["beer", "Juul pods"], recipient="bpd/district-d4",
    nc=["Poland"])

# 70
add("form", "drugs", "Boston Latin Academy", ("Piper Callahan", "2010-03-21", 10),
    "2026-04-02 13:30", "Boston Latin Academy, foreign language classroom (room 305)",
    L("DRUG INCIDENT FORM",
      "Where: room 305, the foreign language classroom, 1:30 PM",
      "What: a sheet of small paper squares with a printed design (12 tabs); student said 'acid'",
      "Who: Piper Callahan, gr 10 (re-entry after 10-day absence on 3/30)",
      "How found: another student told the teacher Piper was offering 'tabs' for $10",
      "Nurse: no signs of use"),
    "allow", subs=["LSD"], recipient="bpd/district-b2", key="acid",
    mct=["foreign language classroom", "12 tabs", "room 305"], trap=True)

# 71
add("note", "weapon", "Urban Science Academy", ("Jordan Pike", "2008-09-09", 11),
    "2025-11-18 10:15", "Urban Science Academy, room 204",
    P("""C block, 10:15, room 204: teacher saw a fixed blade knife (about 6 in.) in Jordan's boot when
    he bent down. Jordan gave it up; he has been absent 8 days and said he carries it "since the
    bus thing." No threats. Knife with AP Dunne."""),
    "allow", weapon="knife", recipient="bpd/district-e5", key="fixed blade knife",
    mct=["C block", "in Jordan's boot", "room 204"], trap=True)

# 72
add("narrative", "missing_person", "Lyon Upper School", ("Maya Suleiman", "2011-08-14", 9),
    "2026-03-31 09:00", "Lyon Upper School, attendance office",
    P("""Maya has not been in school since 3/16. The attendance officer's home visit on 3/20 [[nbh:to
    the apartment on Commonwealth Ave in Allston]] found her mother, who [[lang:speaks Arabic; her
    son interpreted]]. The mother said Maya had left to stay with an aunt and she was not sure
    where. The mother did not want to file a missing person report because [[imm:the family's
    asylum case is pending and she is afraid of the police]]. On 3/27 the counselor spoke with
    Maya by phone; Maya said she was "safe" but would not say where. There is no incident at school
    involving Maya: no weapon, no threat, no violence and no drugs. The school has filed a 51A and
    DCF is involved. The principal would like BPD to find Maya and check on her. We know this is
    not a permitted ground for sharing a report, but the principal asked that it be submitted so
    the Office of Legal Advisor can decide and the request is recorded. The counselor has the most
    recent phone number Maya used and has shared it with DCF. The attendance officer has been told
    not to make further home visits until DCF advises."""),
    "deny", reason="ground_not_permitted", recipient="bpd/district-d14",
    nc=["Commonwealth Ave", "Allston", "Arabic", "asylum"])

# 73
add("log", "credible_threat", "New Mission High School", ("Dante Shields", "2009-01-06", 11),
    "2026-02-18 15:30", "New Mission High School, main office",
    L("2/17 10:10am  Dante told SSS: \"I got something for the Thursday court date and for whoever",
      "              snitched on me here.\" Written statement taken.",
      "2/18 3:30pm   BPD liaison asked for yearbook photos of Dante and the 3 boys he hangs with,",
      "              [[face:to run them through facial recognition (Clearview)]]. Photos attached."),
    "deny", reason="face_surveillance", recipient="bpd/district-b2",
    threat=("Dante Shields told SSS on 2/17/26 at 10:10 AM: \"I got something for the Thursday court "
            "date and for whoever snitched on me here.\""),
    attach=[{"kind": "photo", "name": "yearbook_shields_and_3_associates.zip"}],
    nc=["Clearview"])

# 74
add("email", "serious_violence", "Boston International Newcomers Academy", ("Samuel Osei", "2009-05-30", 10),
    "2026-03-24 09:05", "Boston International Newcomers Academy, room 118",
    L("From: Ms. Harrington (teacher)", "To: AP Bell; Principal", "Subject: what happened in 118",
      "",
      "Writing it down while it is fresh. Samuel came back today after 15 days out. At 9:05 I asked",
      "him for the re-entry slip; he said he didn't have it, and when I said he needed to go to the",
      "office he picked up a student chair and threw it at me. The metal leg hit my right hand. At",
      "the urgent care they said two bones in the hand are broken (4th and 5th metacarpal) and I",
      "need a cast for 6 weeks. The students were moved to room 120.",
      "",
      "> From: AP Bell",
      "> Thank you. Attendance file says he is [[lang:an EL student, ELD level 1]], so I will have",
      "> the call home done [[lang:in Twi]]."),
    "allow", recipient="bpd/district-c11",
    xf={"ell": {"status": "[[lang:Active EL]]", "level": "[[lang:ELD 1]]"}},
    nc=["ELD level 1", "Twi", "Active EL", "ELD 1"], key="metacarpal",
    mct=["threw it at me", "4th and 5th metacarpal", "moved to room 120"])

# 75
add("form", "assault", "Irving Middle School", ("Mason Reilly", "2012-09-14", 7),
    "2026-01-28 11:10", "Irving Middle School, gym",
    L("DISCIPLINE FORM",
      "Incident: Mason shoved a classmate into the bleachers during gym after the classmate",
      "  teased him about being held back for attendance. Classmate has a bruise on his arm; nurse",
      "  applied ice, returned to class.",
      "Home visit notes (attendance): [[nbh:Roslindale, near Adams Park]]",
      "Requested: BPD school resource follow-up."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-e5",
    nc=["Roslindale", "Adams Park"])

# 76
add("note", "credible_threat", "TechBoston Academy", ("Rayshawn Pratt", "2009-04-01", 11),
    "2025-12-10 13:45", "TechBoston Academy, attendance office",
    P("""1:45 PM: told attendance officer Mr. Doyle "next time you come by my building I'll shoot you
    in your car, I got one." Said it twice in front of the attendance clerk. Left building."""),
    "allow", recipient="bpd/district-c11",
    threat=("Rayshawn Pratt to attendance officer Mr. Doyle, 12/10/25 about 1:45 PM, in front of the "
            "attendance clerk, twice: \"next time you come by my building I'll shoot you in your car, "
            "I got one.\""),
    key="shoot you", mct=["Said it twice", "attendance clerk"])

# 77
add("narrative", "weapon", "Madison Park Technical Vocational High School", ("Curtis Holloway", "2008-02-29", 12),
    "2026-04-06 08:25", "Madison Park, Building 3 entrance, bag check",
    P("""Curtis returned to Madison Park on 4/6 after 11 weeks in DYS detention. His probation
    officer, Ms. Achebe, attended the re-entry meeting with the AP and the attendance supervisor on
    4/3 and gave the school his conditions (school attendance, curfew, weekly check-in at school
    on Mondays in room 3-110, no contact with the co-defendant). The docket and the status of the
    case are in the PO's file; the next court date is 5/14. On 4/6 at about 8:25 AM, at the
    Building 3 entrance bag check, SSS Morales felt something heavy in Curtis's backpack and asked
    him to open it. Inside a lunch bag was a black .380 semi-automatic pistol with a loaded
    magazine (6 rounds) and one round in the chamber. SSS Morales secured the pistol immediately
    and the area was cleared; no one was hurt and Curtis did not try to take it out. The AP
    addressed Curtis in the SSS office and he said the gun was "for the walk from the bus." The
    custodial crew was asked to check the entrance and the bus stop side of the building and
    found nothing else. His PO was notified at 8:50 AM. His mother was called at 9:00 AM. The
    building principal was notified and BPD was called per SAF-02 at 8:30 AM."""),
    "allow", weapon="firearm (loaded .380 pistol)", recipient="bpd/district-b2", key=".380",
    mct=["Building 3 entrance", "one round in the chamber", "custodial crew"],
    trap=True)

# 78
add("form", "drugs", "Excel High School", ("Gabriela Torres", "2010-07-18", 10),
    "2026-02-05 10:50", "Excel High School, nurse's office",
    L("SUBSTANCE INCIDENT FORM",
      "Date/time: 2/5/26 10:50 AM",
      "Found during: visit to the nurse (student felt dizzy); nurse found a pill bottle with no label",
      "Contents: 8 yellow round tablets, stamped 'K 57', identified by nurse as clonazepam (Klonopin)",
      "Prescribed to student: no",
      "Student statement: bought them from 'a kid on the bus' to sleep",
      "Attendance: returned 2/2 after 21-day absence; attendance officer notes on file"),
    "allow", subs=["clonazepam (Klonopin)"], recipient="bpd/district-c6", key="clonazepam",
    xf={"race_ethnicity": "[[eth:Hispanic/Latino - Puerto Rican]]",
        "address": "[[nbh:201 Old Colony Ave, South Boston 02127]]"},
    nc=["Puerto Rican", "Hispanic", "Old Colony", "02127"],
    mct=["visit to the nurse", "stamped 'K 57'", "8 yellow round tablets"], trap=True)

# 79
add("email", "theft", "Boston Green Academy", ("Noah Sterling", "2009-12-24", 10),
    "2026-03-11 12:00", "Boston Green Academy, attendance office",
    L("Subject: missing Chromebooks + Noah",
      "",
      "Two Chromebooks went missing from the attendance office cart on 3/10. Noah, who has been",
      "absent most of the month, was seen near the cart. At his home visit last week [[nbh:on",
      "Sydney St]], [[lang:his grandmother spoke only Spanish]]. Can BPD look into it?"),
    "deny", reason="ground_not_permitted", recipient="bpd/district-c11",
    nc=["Sydney St", "Spanish"])

# 80
add("log", "weapon", "Boston International Newcomers Academy", ("Abdi Hassan", "2010-06-01", 9),
    "2025-12-02 08:05", "Boston International Newcomers Academy, front entrance",
    L("STUDENT SUPPORT LOG - A. Hassan",
      "11/17 absent; 11/18 absent; 11/19-11/26 absent (no note). Program: [[lang:SLIFE]].",
      "11/24 home visit with a family liaison; [[lang:Somali interpreter used]].",
      "12/1  returned, re-entry meeting.",
      "12/2  8:05am front entrance check: box cutter, blade extended, in coat pocket. Handed over."),
    "allow", weapon="box cutter", recipient="bpd/district-c11",
    nc=["SLIFE", "Somali"], mct=["blade extended", "front entrance check"], trap=True)

# 81
add("narrative", "serious_violence", "Orchard Gardens K-8 School", ("Jaden Whitfield", "2011-03-15", 8),
    "2026-01-07 12:20", "Orchard Gardens K-8 School, 2nd floor boys' bathroom",
    P("""Jaden returned on 1/5 after a 17-day absence that started before winter break. The
    attendance team's notes say he [[nbh:lives in the Orchard Gardens development, in the building
    across from the school]], and that his mother said he would not come because of "older boys"
    at the bus stop. On 1/7 at about 12:20 PM a 7th grade student (C.R.) was found by a teacher on
    the floor of the 2nd floor boys' bathroom with blood coming from his mouth and nose. C.R. said
    Jaden had punched him and then kicked him in the head repeatedly after he fell, because C.R.
    "told the attendance lady where he was." Two students in the bathroom confirmed this and said
    Jaden was wearing boots. C.R. lost consciousness briefly according to one of them. EMS took
    C.R. to Boston Children's Hospital, where he was found to have a concussion and a broken nose
    and was kept overnight for observation. Jaden was found in the cafeteria at 12:30 and brought
    to the AP's office; his knuckles were scraped. His mother was called at 12:45 and came in at
    1:30 PM. C.R.'s mother went to the hospital. The school has separated the two boys' schedules
    for the rest of the week."""),
    "allow", recipient="bpd/district-b2",
    nc=["Orchard Gardens development"], key="concussion",
    mct=["2nd floor boys' bathroom", "kicked him in the head", "concussion and a broken nose"],
    trap=True)

# 82
add("narrative", "weapon", "Brighton High School", ("Liam Dorsey", "2008-08-12", 12),
    "2025-10-30 10:40", "Brighton High School, room 214",
    P("""The Suffolk County District Attorney's juvenile unit has asked the school directly for
    its report on the 10/30 incident so it can be used at Liam's arraignment next week. At about
    10:40 AM on 10/30, in room 214, Liam's teacher saw a knife with a 5 inch blade on Liam's desk
    under a notebook. When she asked for it Liam put it in his pocket and walked out; SSS caught up
    with him in the hallway and he gave it up. Nobody was threatened and nobody was hurt. Liam had
    just come back from a 3-week absence. The attendance officer's notes from a 10/20 home visit
    say the family [[nbh:was evicted from their apartment on Parsons St]] and is [[nbh:now
    doubled up with relatives in Waltham]], which is why he missed the bus; [[imm:the relatives
    are undocumented]] and asked the attendance officer not to write their names down. The AP
    has prepared this report for the DA's juvenile unit at their request. The DA's office is
    not part of BPD and the request did not come through the BPD liaison. The family has been
    referred to the McKinney-Vento liaison for transportation help, and Liam's counselor is
    meeting with him daily this week to go over his credit recovery plan."""),
    "deny", reason="recipient_not_permitted", recipient="suffolk-da/juvenile-unit", weapon="knife",
    nc=["Parsons St", "Waltham", "undocumented"])

# 83
add("note", "drugs", "Dorchester Academy", ("Tavon Little", "2009-03-03", 11),
    "2026-03-17 09:15", "Dorchester Academy, back stairwell",
    P("""9:15, back stairwell: Tavon found smoking cigarettes with a lighter and a half-empty pack of
    Newports. First day back after 6 absences. No other substances."""),
    "deny", reason="excluded_substance", subs=["cigarettes"], recipient="bpd/district-c11")

# 84
add("email", "weapon", "Jeremiah E. Burke High School", ("Kiana Lewis", "2008-10-05", 11),
    "2026-02-23 14:35", "Jeremiah E. Burke High School, main office",
    L("From: AP Odom", "To: Principal Martin", "Subject: Kiana - pepper spray in the main office",
      "",
      "At 2:35 Kiana came to the main office to pick up her re-entry paperwork. Another girl was",
      "waiting there and they started arguing. Kiana took a pink pepper spray keychain out and",
      "sprayed it toward the other girl's face from about 3 feet. The other girl's eyes were flushed",
      "by the nurse; she is OK. Two office staff were also coughing. I have the canister.",
      "The attendance officer says both girls [[nbh:live in Franklin Hill]] and this started there."),
    "allow", weapon="pepper spray", recipient="bpd/district-b3",
    nc=["Franklin Hill"], key="pepper spray keychain",
    mct=["pink pepper spray keychain", "about 3 feet", "main office"])

# 85
add("form", "warrant_check", "New Mission High School", ("Devonte Marsh", "2008-06-29", 12),
    "2026-01-22 08:00", "New Mission High School, main office",
    L("INFORMATION REQUEST LOG",
      "Requested by: BPD officer (phone), 8:00 AM",
      "Question: is Devonte Marsh in school today, and what is his current address? (warrant to serve)",
      "School records: present 1/20-1/21; address on file [[nbh:33 Columbia Rd, Apt 9]];",
      "  [[gang:flagged by previous school as associated with the Columbia crew]]",
      "No incident at school."),
    "deny", reason="ground_not_permitted", recipient="bpd/district-c11",
    nc=["Columbia Rd", "Columbia crew"])

# 86
add("narrative", "credible_threat", "English High School", ("Omar Jefferson", "2009-08-08", 11),
    "2026-03-05 10:15", "English High School, student support center (room 140)",
    P("""This report covers a re-entry meeting for two students held together because they are
    cousins and missed the same 5 weeks. Omar Jefferson (gr 11) and his cousin P.J. (gr 10) met at
    10:00 AM on 3/5 in room 140 with attendance supervisor Mr. Kwame Asante, the AP and P.J.'s
    mother. The attendance notes say the boys had been staying [[nbh:at their grandmother's on
    Harold St]], and P.J.'s mother blamed the absences on [[gang:"the Harold Street boys" they hang
    around with]]. P.J.'s part of the meeting went fine and he returned to class at 10:10. When the
    AP told Omar he would be on a shortened day with an escort, Omar said to Mr. Asante: "You been
    to my grandmother's house three times. Come a fourth time and I'm putting you in the ground. I
    know what time you leave here." He then told the AP, "I'll do it here, in this room, watch."
    Mr. Asante leaves the building at about 4:30 PM each day by the staff lot. Omar left room 140
    at 10:15 AM and was escorted out of the building by SSS. No weapon was found on him. P.J. was
    not part of the statement. Omar's grandmother, his guardian, was called at 10:40 AM. The
    principal has arranged for SSS to walk Mr. Asante to his car until further notice."""),
    "allow", recipient="bpd/district-b2", multi=True,
    threat=("On 3/5/26 at about 10:15 AM in room 140, Omar Jefferson told attendance supervisor "
            "Kwame Asante: \"Come a fourth time and I'm putting you in the ground. I know what time "
            "you leave here.\" He added to the AP: \"I'll do it here, in this room, watch.\""),
    nc=["Harold St"], key="putting you in the ground",
    mct=["room 140", "putting you in the ground", "4:30 PM"])

# 87
add("log", "drugs", "Fenway High School", ("Ethan Vo", "2008-11-27", 11),
    "2025-11-21 13:00", "Fenway High School, 3rd floor, room 304",
    L("11/3-11/7  absent; mom emailed: [[rel:family at a Buddhist temple retreat]] for a memorial",
      "11/10      returned; re-entry meeting; no concerns",
      "11/21 1:00 room 304: teacher found Ethan passing a foil packet of light blue powder under",
      "           the desk. Ethan said 'it's fent, don't touch it with your hands.' Also had a",
      "           THC vape. Packet sealed in an evidence bag by SSS, nobody touched the powder."),
    "allow", subs=["fentanyl", "THC vape"], recipient="bpd/district-d4", key="fent",
    nc=["Buddhist"], mct=["foil packet of light blue powder", "room 304"])

# 88
add("note", "serious_violence", "Boston Community Leadership Academy", ("Isaac Mercer", "2010-01-13", 10),
    "2026-01-13 08:30", "BCLA, front security desk",
    P("""8:30 at the front desk: when SSS Delgado asked Isaac for his re-entry pass and a current
    address for the file, Isaac head-butted him, breaking his nose, and kept punching after he fell.
    Delgado taken to BMC; nasal fracture and a cut needing 6 stitches."""),
    "allow", recipient="bpd/district-e18", key="nasal fracture",
    mct=["head-butted him", "nasal fracture", "6 stitches"], trap=True)

# 89
add("email", "credible_threat", "Dearborn STEM Academy", ("Marcel Dubois", "2010-02-28", 10),
    "2026-04-09 11:00", "Dearborn STEM Academy, attendance office",
    L("Subject: threat note - we think we know who",
      "",
      "The note on the attendance office door ('next home visit is your last') was caught on the",
      "hallway camera. The district's pilot vendor [[face:ran the still through their face",
      "recognition tool and it came back Marcel Dubois, score 0.88]]. The match report is attached.",
      "Marcel has 30 absences and a CHINS court date next week."),
    "deny", reason="face_surveillance", recipient="bpd/district-b2",
    threat="Note taped to the attendance office door on 4/9/26: 'next home visit is your last'.",
    attach=[{"kind": "face_match", "name": "vendor_match_report_0409.pdf"}],
    nc=["score 0.88"])

# 90
add("form", "credible_threat", "Snowden International School", ("Hamza Ali", "2007-12-30", 12),
    "2026-02-19 12:10", "Snowden International School, cafeteria",
    L("THREAT REPORT",
      "Reported by: attendance coordinator Ms. Rourke",
      "When/where: 2/19, 12:10 PM, cafeteria",
      "What was said (witnessed by two lunch aides): \"Rourke sent the truant officer to my house.",
      "  Tomorrow I'm bringing a blade and she's getting cut.\"",
      "Prior: student showed a folding knife to classmates last week (per two students)",
      "Action: student sent home with father; safety plan for Ms. Rourke"),
    "allow", recipient="bpd/district-a1",
    threat=("Hamza Ali, 2/19/26 at 12:10 PM in the cafeteria, witnessed by two lunch aides: \"Rourke "
            "sent the truant officer to my house. Tomorrow I'm bringing a blade and she's getting cut.\""),
    xf={"country_of_birth": "[[nat:Somalia]]", "citizenship_status": "[[imm:Refugee (I-94 on file)]]",
        "attendance_rate": "71%"},
    nc=["Somalia", "Refugee", "I-94"], key="getting cut",
    mct=["cafeteria", "bringing a blade", "two lunch aides"])

# 91
add("note", "credible_threat", "Margarita Muñiz Academy", ("Andrés Fuentes", "2009-09-09", 10),
    "2025-12-18 14:50", "Muñiz Academy, 2nd floor",
    P("""Andrés said in the hallway at 2:50 that he is going to "handle" the attendance officer who
    keeps coming [[nbh:to Egleston Square]]. We think this is a threat. No statement written yet;
    sending now so police are aware."""),
    "deny", reason="missing_threat_statement", recipient="bpd/district-e13",
    nc=["Egleston Square"])

# 92
add("narrative", "drugs", "Charlestown High School", ("Brooke Halloran", "2010-04-04", 10),
    "2026-01-20 12:45", "Charlestown High School, girls' locker room",
    P("""Brooke returned on 1/20 after 13 days absent. The attendance officer's notes from the 1/14
    home visit [[nbh:to the Bunker Hill development, building 12]] say her mother told him Brooke
    had been "partying" and sleeping at friends' houses. At 12:45 PM on 1/20 a gym teacher smelled
    alcohol in the girls' locker room and found Brooke and another student sharing a water bottle
    that turned out to be about half vodka. Brooke also had a grape-flavored disposable vape in her
    bag with no label; she said it was "just a vape" and would not say what was in it. The nurse
    checked both girls; Brooke was slurring her words and her mother picked her up at 1:30 PM.
    Nothing else was found in her bag or her locker, which SSS checked with the AP present. The
    other student's parent also came to pick her up. The school's substance use counselor has
    scheduled a meeting with Brooke and her mother for Thursday, and the attendance officer will
    add the counselor meeting to her re-entry plan. The AP asked whether this can be reported to
    BPD District A-1 because of the amount of alcohol and because the other student is 14."""),
    "deny", reason="excluded_substance", subs=["vodka", "vape"], recipient="bpd/district-a1",
    nc=["Bunker Hill"])

# 93
add("log", "credible_threat", "Irving Middle School", ("Trey Coleman", "2011-07-22", 8),
    "2025-10-16 19:30", "Calls to the attendance officer's school cell phone",
    L("CALL LOG - attendance officer M. Sullivan (school-issued cell)",
      "10/14 3:15pm  spoke with mom about truancy letter; [[eth:mom is Haitian]], Ms. Jean helped",
      "10/15 8:02pm  caller (Trey, identified by voice and by number on the school contact sheet):",
      "              'you need to stop coming around, my cousin got a .45 and he know your car.'",
      "10/16 7:30pm  same number, text: 'im not playing. monday'",
      "10/16 7:45pm  AP informed; screenshots saved."),
    "allow", recipient="bpd/district-e5",
    threat=("Phone call 10/15/25 8:02 PM from Trey Coleman (identified by voice and number) to "
            "attendance officer M. Sullivan: 'you need to stop coming around, my cousin got a .45 and "
            "he know your car.' Text 10/16/25 7:30 PM: 'im not playing. monday'."),
    nc=["Haitian"], key="got a .45", mct=["my cousin got a .45", "im not playing. monday"])

# 94
add("email", "weapon", "Greater Egleston High School", ("Julian Reyes", "2007-09-15", 12),
    "2026-03-30 11:25", "Greater Egleston High School, room 2B",
    L("From: SSS Pina", "To: Headmaster; AP", "Subject: straight razor - J. Reyes",
      "",
      "11:25, room 2B: Julian had a straight razor (folding, wooden handle) in his waistband; a",
      "classmate saw it when he stood up. He gave it to me without trouble and said it was his",
      "grandfather's. He is on day 2 of his re-entry plan after 4 weeks out. His mother was called;",
      "[[lang:the call was in Spanish through Ms. Cabral]]. No threats, nobody hurt."),
    "allow", weapon="razor (straight razor)", recipient="bpd/district-b2",
    nc=["Spanish"], key="straight razor",
    mct=["folding, wooden handle", "in his waistband", "room 2B"])

# 95
add("form", "weapon", "Orchard Gardens K-8 School", ("Khalia Boone", "2011-11-11", 8),
    "2026-02-27 15:10", "Orchard Gardens K-8 School, after-school program",
    L("SHARING REQUEST",
      "Recipient: property management security (Securitas patrol for the housing complex)",
      "Incident: 3:10 PM, after-school program, Khalia had a kitchen knife in her backpack",
      "Reason: security asked for the report because [[nbh:she lives in building 5 of the complex]]",
      "Attendance: 12 absences this quarter"),
    "deny", reason="recipient_not_permitted", recipient="securitas/housing-patrol", weapon="knife",
    nc=["building 5 of the complex"])

# 96
add("note", "drugs", "Boston Latin Academy", ("Graham Whitaker", "2009-07-31", 11),
    "2026-01-30 10:05", "Boston Latin Academy, Latin class, room 221",
    P("""10:05 in Latin class (rm 221): Graham dropped a rubber-banded bundle of 10 glassine bags
    stamped 'BATMAN'. He said it was heroin he was holding for a friend. First week back after
    attendance contract. Bags in AP safe; nurse checked him."""),
    "allow", subs=["heroin"], recipient="bpd/district-b2", key="heroin",
    mct=["Latin class", "10 glassine bags", "'BATMAN'"], trap=True)

# 97
add("narrative", "serious_violence", "East Boston High School", ("Luis Cabrera", "2008-05-05", 12),
    "2026-04-14 08:40", "East Boston High School, main office",
    P("""Luis came back on 4/13 after missing five weeks. His attendance officer's notes say the
    absence was because of [[imm:his mother's green card interview]] and a trip [[nat:to Colombia]]
    to bring his younger sister back. On 4/14 at about 8:40 AM Luis came into the main office to
    ask why his schedule had been changed. The attendance clerk, Ms. Donna Reardon, told him he
    had been dropped from two classes for absences. Luis grabbed the heavy metal stapler from the
    counter and hit Ms. Reardon in the side of the head with it twice. She fell against the filing
    cabinet. The AP and SSS Fontes pulled Luis away at 8:42 and held him in the AP's office until
    officers arrived. Ms. Reardon was bleeding from a cut above her left ear and was confused; EMS
    took her to Mass General, where she needed 11 stitches and was diagnosed with a concussion.
    She is out for at least two weeks. Three office staff and two students saw the assault. The
    stapler was bagged by SSS and kept in the AP's office. Luis's mother was called at 9:00 AM.
    The principal has asked for a safety plan for the main office staff. Ms. Reardon's family has
    been informed."""),
    "allow", weapon="metal stapler (used as a weapon)", recipient="bpd/district-a7",
    nc=["green card", "Colombia"], key="11 stitches",
    mct=["heavy metal stapler", "11 stitches", "8:42"])

# 98
add("log", "chronic_absence", "Boston Community Leadership Academy", ("Tyrone Mack", "2009-06-18", 10),
    "2026-03-27 15:00", "BCLA, attendance office",
    L("CHRONIC ABSENCE - T. Mack - 33 absences",
      "3/2   1st letter; 3/9 2nd letter; 3/16 home visit (no answer)",
      "3/20  neighbor says [[gang:he's out with the Hendry St crew]] every day",
      "3/27  request: BPD to add him to their list / pick him up if seen with them"),
    "deny", reason="ground_not_permitted", recipient="bpd/district-c11",
    nc=["Hendry St"])

# 99
add("form", "weapon", "Dorchester Academy", ("Rico Andrade", "2009-02-08", 11),
    "2026-03-06 09:50", "Dorchester Academy, 2nd floor locker hallway",
    L("WEAPON INCIDENT FORM (SAF-02)",
      "Item: handgun, black, .22 caliber, unloaded; no ammunition found",
      "Where: in Rico's locker (#2-117), inside a sneaker box",
      "How found: tip from a student to the AP; locker opened by SSS with AP present, 9:50 AM",
      "Student statement: 'I just got back, I was scared to walk here'",
      "Attendance: returned 3/2 after 6 weeks; home visits on file",
      "Parent contacted: yes, 10:15"),
    "allow", weapon="firearm (unloaded .22 handgun)", recipient="bpd/district-c11",
    xf={"race_ethnicity": "[[eth:Cape Verdean]]",
        "address": {"line1": "[[nbh:14 Hamilton St]]", "zip": "[[nbh:02125]]"},
        "guardian": "M. Andrade"},
    nc=["Cape Verdean", "Hamilton St", "02125"], key="handgun",
    mct=["locker (#2-117)", "sneaker box", "9:50 AM"])

# 100
add("email", "serious_violence", "Brighton High School", ("Patrick Doherty", "2008-10-30", 11),
    "2025-10-27 15:20", "Brighton High School, tennis courts behind the school",
    L("From: Coach Amaral", "To: AP Kearney; Principal", "Subject: assault at the tennis courts",
      "",
      "At about 3:20 after dismissal Patrick (back from 2 weeks absent) jumped a 9th grader at the",
      "tennis courts behind the school. He hit him with brass knuckles; the boy has a fractured",
      "eye socket and a broken tooth. EMS took him to St. Elizabeth's. Patrick dropped the brass",
      "knuckles by the fence and I have them. Several kids filmed it on their phones."),
    "allow", weapon="brass knuckles", recipient="bpd/district-d14", key="fractured",
    mct=["tennis courts behind the school", "broken tooth", "by the fence"],
    trap=True)


# ---------------------------------------------------------------------------------------------
# Build, self-check and write.
# ---------------------------------------------------------------------------------------------
KEPT = ("student_id", "name", "date_of_birth", "grade", "school")
OUTCOME = {"weapon": "allow_weapon", "serious_violence": "allow_violence",
           "credible_threat": "allow_threat", "drugs": "allow_drugs"}
DENYTAG = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
           "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
           "face_surveillance": "deny_face", "other": "deny_replica"}


class LabelError(Exception):
    pass


def expected_reasons(c):
    """The reasons RULES.md gives for this request, as this author reads them (for self-checking)."""
    r = set()
    if c["ground"] not in GROUNDS:
        r.add("ground_not_permitted")
    if not (c["recipient"] == "bpd" or c["recipient"].startswith("bpd/")):
        r.add("recipient_not_permitted")
    if c["ground"] == "drugs" and all(fold(s) in EXCLUDED for s in (c["subs"] or [])):
        r.add("excluded_substance")
    if c["ground"] == "credible_threat" and not (c["threat"] or "").strip():
        r.add("missing_threat_statement")
    if any(k == "face" for k, _ in allspans([c["desc"], c["loc"], c["threat"], c["attach"]])) or \
            any(a.get("kind") == "face_match" for a in (c["attach"] or [])):
        r.add("face_surveillance")
    if c["weapon"] and any(x in fold(c["weapon"]) for x in REPLICA):
        r.add("other")
    return r


def build(i, c):
    cid = f"OBL-{i:04d}"

    def bad(msg):
        raise LabelError(f"{cid}: {msg}")
    name, dob, grade = c["stu"]
    sid = str(100000 + (i * 7919 + 4241) % 890000)
    stu = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": c["school"]}
    stu.update(c["xf"])
    src = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["recipient"],
           "ground": c["ground"]}
    if c["subs"] is not None:
        src["substances"] = c["subs"]
    if c["weapon"] is not None:
        src["weapon"] = c["weapon"]
    if c["threat"] is not None:
        src["threat_statement"] = c["threat"]
    src["incident"] = {"occurred_at": ts(c["when"]), "location": c["loc"], "description": c["desc"]}
    src["student"] = stu
    if c["attach"]:
        src["attachments"] = c["attach"]
    request = walk(src, strip)

    # what a correct police copy would hold (allowlisted fields, marked spans withheld)
    copy = {"school_id": src["school_id"], "recipient": src["recipient"], "ground": src["ground"],
            "weapon": src.get("weapon"), "substances": src.get("substances"),
            "threat_statement": redact(src.get("threat_statement")),
            "incident": {"occurred_at": src["incident"]["occurred_at"],
                         "location": redact(c["loc"]), "description": redact(c["desc"])},
            "student": {k: stu[k] for k in KEPT}}
    copy_f = fold(json.dumps(copy, ensure_ascii=False))
    req_f = fold(json.dumps(request, ensure_ascii=False))
    desc_kept = fold(redact(c["desc"]))

    found = allspans(src)
    for k, _ in found:
        if k not in CATS:
            bad(f"unknown category code {k}")
    cats = sorted({CATS[k] for k, _ in found})
    nc = c["nc"]
    for k, text in found:
        if not any(fold(x) in fold(text) for x in nc):
            bad(f"forbidden span {text!r} has no canary")
    for x in nc:
        if fold(x) not in req_f:
            bad(f"canary {x!r} not in request")
        if fold(x) in copy_f:
            bad(f"canary {x!r} would legitimately reach police")
        if not any(fold(x) in fold(t) for _, t in found):
            bad(f"canary {x!r} not inside a forbidden span")
        if len(x.strip()) < 3:
            bad(f"canary {x!r} too short")

    want = expected_reasons(c)
    if c["decision"] == "allow":
        if want:
            bad(f"labelled allow but rules give {want}")
        key = c["key"] or c["weapon"] or (c["subs"] or [None])[0]
        must = [name, c["school"], key]
        for x in must:
            if fold(x) not in copy_f:
                bad(f"must_contain {x!r} not in the police copy")
        if fold(key) not in desc_kept:
            bad(f"key fact {key!r} does not survive in the description")
        if not 1 <= len(c["mct"]) <= 3:
            bad("must_contain_text needs 1 to 3 facts")
        for x in c["mct"] + must + nc:
            if any(ch in x for ch in '"\\\n'):
                bad(f"{x!r}: quotes, backslashes and newlines are escaped in JSON; pick plain text")
        for x in c["mct"]:
            if fold(x) not in desc_kept:
                bad(f"must_contain_text {x!r} does not survive in the description")
        tags = [FAMILY, c["kind"], OUTCOME[c["ground"]]]
    else:
        if want != {c["reason"]}:
            bad(f"labelled deny/{c['reason']} but rules give {want}")
        must = []
        if c["mct"]:
            bad("a deny has no must_contain_text")
        tags = [FAMILY, c["kind"], DENYTAG[c["reason"]]]
    if not cats:
        tags.append("clean")
    if c["multi"]:
        tags.append("multi_student")
    if c["trap"]:
        tags.append("trap")
    tags += c["tags"]
    if c["kind"] == "narrative" and not 800 <= len(strip(c["desc"])) <= 2000:
        bad(f"narrative length {len(strip(c['desc']))} outside 800-2000")

    expect = {"decision": c["decision"]}
    if c["decision"] == "deny":
        expect["reason"] = c["reason"]
    expect.update({"must_not_contain": nc, "must_contain": must,
                   "must_contain_text": c["mct"] if c["decision"] == "allow" else [],
                   "categories": cats, "tags": tags})
    return {"id": cid, "request": request, "expect": expect}


def main():
    rows = [build(i, c) for i, c in enumerate(CASES, 1)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {OUT}")


if __name__ == "__main__":
    main()
