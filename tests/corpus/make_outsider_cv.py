#!/usr/bin/env python3
"""Generate the ``outsider_cv`` held-out corpus (100 cases, OCV-0001 .. OCV-0100).

Family: siblings, cousins and family feuds that spill into school. A brother or sister at another
BPS school, older cousins (often graduates or dropouts) who show up at dismissal, arguments that
started at a cookout, a funeral, a custody exchange or a group chat and get carried into the
hallway, and relatives lined up on both sides of a fight. Every description is written by hand in
the voice of someone who would really write it: assistant principals, deans, teachers, nurses,
counselors, bus monitors, coaches, clerks, school safety specialists, students' own written
statements (unpunctuated, misspelled), SIS exports, forwarded emails and voicemail transcripts.

Deny mix (about a third, 33 of 100):
  * ground_not_permitted: a plain fight, "gang activity", trespass by an adult cousin, theft,
    vandalism, a custody dispute, harassment, truancy: none is a permitted ground.
  * excluded_substance: only weed, THC carts, edibles, nip bottles, hard seltzer, nicotine pouches
    or a vape of unknown content.
  * recipient_not_permitted: BRIC, ICE, HSI, the Commonwealth Fusion Center, MBTA Transit Police,
    a private security company, the Suffolk DA: only BPD and its units may receive.
  * missing_threat_statement: credible_threat with no (or an empty) written threat statement.
  * face_surveillance: face-match attachments, "ran the stills through facial recognition",
    requests for yearbook photos to match against camera footage.
  * other: a BB gun and an airsoft pistol sent as "weapon" (need a named approver's determination).

Forbidden facts (RULES.md section 4) are woven into allowed cases the way people actually write
them: an aunt who says the cousin is "sin papeles", a grandmother "li pa gen papye", a family that
"came up from Santo Domingo", a street or housing development dropped in passing, a church or
mosque where the feud began, a crew the cousins "claim", a home language mentioned when a parent
was called (sometimes misspelled: "Domincan", "Hatian", "Portugese", "Somolian"). Some sit in
structured student fields (home_language, address, country_of_birth, gang_flag, ...). Each is
listed in must_not_contain by its shortest revealing substring; denied cases carry them too, since a
denial must not echo them.

Precision traps, which must survive in the police copy (must_contain / must_contain_text): school
names that contain a neighbourhood or a language (East Boston High School, Mission Hill K-8,
Charlestown High School, Boston Latin Academy, English High School), school subjects ("10th grade
English", "Spanish teacher", "French class"), an "ice pack" from the nurse, a cut over the "left
temple", "blood" on a sleeve, a "Visa gift card", "stage crew" and the "custodial crew", a
"Burger King" bag, a game against "Catholic Memorial", "Chinese takeout", "homeroom papers", a
"Greek Festival assembly", a "Guardian Angel" canister, a "Brighton-Charlestown game", and hospital
names ("Mass General", "Mass Eye and Ear", "Beth Israel"). Incident facts (weapon, drug, injury, place inside the school) are always kept.

Standard library only. Writes tests/data/corpus/outsider_cv.jsonl next to this directory tree.
"""
import json
import pathlib
import re
import textwrap

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_cv.jsonl"
FAMILY = "family_feud"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4012",
    "East Boston High School": "BPS-4013",
    "Jeremiah E. Burke High School": "BPS-4014",
    "English High School": "BPS-4015",
    "Excel High School": "BPS-4016",
    "Brighton High School": "BPS-4017",
    "TechBoston Academy": "BPS-4018",
    "Mission Hill K-8": "BPS-4019",
    "John D. O'Bryant School": "BPS-4020",
    "Charlestown High School": "BPS-4021",
    "Snowden International School": "BPS-4022",
    "Dearborn STEM Academy": "BPS-4023",
    "Boston Community Leadership Academy": "BPS-4024",
    "Henderson K-12 Inclusion School": "BPS-4025",
    "Dorchester Academy": "BPS-4026",
    "New Mission High School": "BPS-4027",
    "Boston Arts Academy": "BPS-4028",
    "Community Academy of Science and Health": "BPS-4029",
    "Margarita Muñiz Academy": "BPS-4030",
    "Lilla G. Frederick Middle School": "BPS-4031",
    "Boston International Newcomers Academy": "BPS-4032",
    "Tobin K-8 School": "BPS-4033",
    "Boston Latin School": "BPS-4034",
    "Another Course to College": "BPS-4035",
    "McKinley Schools": "BPS-4036",
    "Young Achievers K-8": "BPS-4037",
}

CASES = []


LABEL = re.compile(r"^([A-Z][\w #/().'-]{0,30}:|[-(\[>*]|\d+[.)] )")


def D(s):
    """Dedent and unwrap: a wrapped prose line (70+ chars) is joined to the next one, unless the
    next line is blank or starts like a label, a list item or a bracketed note."""
    lines = textwrap.dedent(s).strip("\n").split("\n")
    out = lines[:1]
    for line in lines[1:]:
        prev = out[-1]
        if prev.strip() and line.strip() and len(prev) >= 70 and not LABEL.match(line):
            out[-1] = prev.rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def add(decision, *, ground, rcp, school, name, sid, dob, grade, at, loc, desc, key=None,
        mct=(), mnc=(), cats=(), tags=(), weapon=None, subs=None, threat=None, att=None,
        extra=None, reason=None):
    n = len(CASES) + 1
    cid = f"OCV-{n:04d}"
    student = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade,
               "school": school}
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": rcp, "ground": ground}
    if subs is not None:
        req["substances"] = subs
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = D(threat) if threat else threat
    req["incident"] = {"occurred_at": at, "location": loc, "description": D(desc)}
    req["student"] = student
    if att:
        req["attachments"] = att
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, school] + ([key] if key else []) if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
# 1
add("allow", ground="weapon", weapon="folding knife", rcp="bpd/district-e13",
    school="Boston Latin Academy", name="Dante Ruiz-Whitaker", sid="2210457", dob="2010-02-17",
    grade=10, at="2025-10-14T11:40:00-04:00", loc="Boston Latin Academy, Level 2 stairwell",
    desc="""
    At 11:40 on 10/14 I was called to the Level 2 stairwell by Mr. Pruitt, who teaches 10th grade
    English. Dante (gr 10) had been going back and forth with a junior, T.M., about something that
    started between their families over the weekend; T.M.'s older cousin and Dante's sister had
    words at a cookout and it has been all over their group chat since. Mr. Pruitt saw Dante take a
    black folding knife out of the front pocket of his backpack and flick it open, blade about 3
    inches, while saying "tell your cousin I'm not scared of him." He never swung it. Mr. Pruitt
    stepped between them and Dante handed the knife over without a struggle. It is locked in my
    office. Mom came in at 1:15. She said things have been hard since they moved in with his
    grandmother on Glenway Street and that his sister at Snowden has been getting messages too.
    Nobody was hurt. - A. Castellano, Assistant Headmaster
    """,
    key="folding knife", mct=["Level 2 stairwell", "10th grade English", "about 3 inches"],
    mnc=["Glenway"], cats=["neighborhood"], tags=["allow_weapon", "trap_subject"])

# 2
add("allow", ground="serious_violence", rcp="bpd/district-b3",
    school="Jeremiah E. Burke High School", name="Jaylen Barros", sid="1987342", dob="2008-09-30",
    grade=11, at="2026-02-11T14:20:00-05:00", loc="Jeremiah E. Burke High School, main exit",
    desc="""
    NURSE'S NOTE 2/11/26 2:25 PM
    Student brought to health office by SSS Odom after altercation at the main exit at dismissal.
    Injured student (R.P., gr 11): swelling and deep laceration over L eyebrow, blood on collar,
    unable to open L eye. Per witnesses Jaylen Barros (gr 11) and two older males, identified by
    staff as Jaylen's cousins who graduated 2 yrs ago, surrounded R.P.; Jaylen struck him
    repeatedly with a bike chain lock wrapped around his fist. Applied pressure + ice pack, 911
    called. EMS transported to BMC 2:41. Mother later reported fracture of the orbital floor,
    surgery scheduled. Per SSS Odom the cousins "are Intervale" and this is over R.P.'s brother at
    TechBoston posting about their family. Jaylen's father reached 3:30 through the Kriolu
    interpreter line. - L. Baptiste RN
    """,
    key="orbital floor", mct=["bike chain lock", "ice pack", "orbital floor"],
    mnc=["Intervale", "Kriolu"], cats=["gang_affiliation", "language"],
    tags=["allow_violence", "trap_ice", "voice_nurse"])

# 3
add("allow", ground="drugs", subs=["counterfeit oxycodone"], rcp="bpd/district-d14",
    school="Brighton High School", name="Brianna Teixeira", sid="2301876", dob="2009-06-04",
    grade=10, at="2025-11-05T10:05:00-05:00", loc="Brighton High School, room 214",
    desc="""
    SIS INCIDENT EXPORT
    Incident #: 25-1187 | Type: Drug possession/distribution | Reporter: Dean K. Sullivan
    Narrative: During 3rd period student was observed by her Spanish teacher passing a small
    ziplock bag to a 9th grader in the back row of room 214. Bag held 6 blue round tablets stamped
    "M 30". Student stated the pills belong to her older cousin who "drops her off sometimes" and
    she was holding them for him. Student's younger brother attends the McKinley and was also sent
    home early today (family matter). Aunt, who came for pickup, told the dean the cousin is
    "sin papeles" and begged that police not be called. Pills secured in main office safe. Nurse
    assessed student: no signs of ingestion.
    Action: guardian notified 12:05. Tablets photographed and bagged.
    """,
    key="blue round tablets", mct=["Spanish teacher", "M 30", "room 214"],
    mnc=["sin papeles"], cats=["immigration_status"],
    tags=["allow_drugs", "trap_subject", "other_language", "voice_sis"])

# 4
add("deny", reason="ground_not_permitted", ground="fight", rcp="bpd/district-c11",
    school="Dorchester Academy", name="Kim-Ly Tran", sid="2245190", dob="2011-01-22", grade=9,
    at="2025-09-24T07:10:00-04:00", loc="Bus 1142, morning run",
    desc="""
    Bus 1142 monitor log, Wed AM run. At the third stop two sisters got on (the Tran girls, 9th and
    7th) and went straight to the back where their cousins' ex-friends sit. Words were exchanged,
    the girls were yelling in Vietnamese and the other side in English, then the older Tran girl
    pulled the hair of a girl in seat 14 and they were slapping each other for maybe 30 seconds. I
    separated them and moved the Tran sisters up front behind the driver. No one was bleeding and
    nobody asked for the nurse. Driver radioed dispatch and we continued. The younger sister goes
    to the Frederick and got off at her stop crying. Submitting so the school has it.
    - R. Donnelly, monitor
    """,
    mnc=["Vietnamese"], cats=["language"], tags=["deny_ground", "voice_bus"])

# 5
add("allow", ground="credible_threat", rcp="bpd/district-c6", school="Excel High School",
    name="Marc-Anthony Pierre", sid="2119004", dob="2008-12-12", grade=11,
    at="2026-01-20T09:15:00-05:00", loc="Excel High School, room 305",
    threat="""Student told two classmates and then repeated to the dean that he would bring his
    older brother's gun "Friday at lunch" and "light up" L.J. and L.J.'s cousin, both named, over a
    family fight. He knows the lunch schedule, named the time and the targets, and his brother has
    a pending firearm case. We consider this articulable and significant.""",
    desc="""
    From: Ms. Rosalind Meehan (Grade 11 History)
    To: Dean Okafor; Principal Lyons
    Subject: something I heard in 3rd period - please read today

    I don't usually send things like this. During group work Marc-Anthony told L.J.'s table that
    his brother "has the thing" and that Friday at lunch he was going to "light up" L.J. and L.J.'s
    cousin who plays for the Catholic Memorial JV team. From what the kids say the two families
    were close until a fight at a baptism last month - both families attend the same Haitian
    Baptist church and it went bad in the parking lot after the service. I asked him to step into
    the hall and he said "it's not a joke miss, they jumped my mother." He was calm, which worried
    me more. L.J. is scared and asked to go home. I've walked him to the counseling office.
    """,
    key="light up", mct=["Catholic Memorial", "Friday at lunch"],
    mnc=["Haitian", "Baptist"], cats=["ethnicity", "religion"],
    tags=["allow_threat", "trap_catholic_memorial", "voice_email"])

# 6
add("allow", ground="weapon", weapon="pepper spray", rcp="bpd/district-b2",
    school="TechBoston Academy", name="Destiny Alvarado", sid="2288760", dob="2008-04-29",
    grade=12, at="2026-03-17T12:35:00-04:00", loc="TechBoston Academy, cafeteria",
    desc="""
    Statement of SSS Terrence Vick: At approx 12:35 during B lunch the custodial crew called me to
    the cafeteria. Senior Destiny Alvarado was standing over a 10th grade girl (N.S.) holding a
    small pink canister of pepper spray pointed at her face and telling her "touch my sister again."
    Destiny's little sister is in 9th grade here and was in a fight with N.S. last week. I told
    Destiny to put it down and she put it on the table. It was not discharged. The canister says
    Sabre on the side. Destiny told me she carries it because "my family got DACA stuff going on
    and we can't call the cops for nothing," and that her older cousin gave it to her. Both girls
    were taken to the office separately. No injuries.
    """,
    key="pepper spray", mct=["custodial crew", "B lunch", "Sabre"],
    mnc=["DACA"], cats=["immigration_status"], tags=["allow_weapon", "trap_crew", "voice_sss"])

# 7
add("deny", reason="recipient_not_permitted", ground="weapon", weapon="knife", rcp="ice",
    school="Charlestown High School", name="Luis Cardenas", sid="2067311", dob="2007-11-19",
    grade=12, at="2025-12-03T15:05:00-05:00", loc="Charlestown High School, front steps",
    desc="""
    At dismissal a man in his twenties, later identified as the older cousin of senior Luis
    Cardenas, came to the front steps looking for a junior whose brother had fought Luis's brother
    over the weekend. Luis was with him. Staff saw Luis hand the cousin a kitchen knife wrapped in a
    towel from his backpack; the cousin walked toward Bunker Hill Street and Luis came back inside
    when called. Knife was not recovered. The cousin overstayed his visa according to another
    relative and our family liaison believes the federal side should be looped in, so this report
    is addressed to the ICE field office at the liaison's request.
    """,
    mnc=["overstayed"], cats=["immigration_status"], tags=["deny_recipient"])

# 8
add("allow", ground="serious_violence", rcp="bpd/district-b2",
    school="Madison Park Technical Vocational High School", name="Isaiah Fontaine",
    sid="1999821", dob="2008-03-08", grade=11, at="2026-01-09T19:45:00-05:00",
    loc="Madison Park Technical Vocational High School, gym lobby",
    desc="""
    Coach's statement (boys varsity basketball), written the night of the game.
    We lost to Catholic Memorial 61-58. In the gym lobby after the game, Isaiah's two older
    brothers were waiting and so were the cousins of our backup point guard, D.W. The two families
    have been into it since a funeral in December. I saw Isaiah punch D.W. from behind and when D.W.
    went down Isaiah and one of the brothers stomped on his head and chest three or four times. I
    pulled Isaiah off. D.W. was unconscious for maybe 20 seconds. EMS took him to Boston Children's
    with a broken jaw and two cracked ribs; his mom texted me he has a brain bleed and is in the
    ICU. One of the parents in the bleachers kept yelling that the brothers are "Lenox Street boys"
    and "everybody knows it." I have nothing more to add. - Coach M. Furtado
    """,
    key="broken jaw", mct=["Catholic Memorial", "broken jaw", "brain bleed"],
    mnc=["Lenox Street"], cats=["gang_affiliation"],
    tags=["allow_violence", "trap_catholic_memorial", "voice_coach"])

# 9
add("allow", ground="drugs", subs=["cocaine"], rcp="bpd/district-a7",
    school="East Boston High School", name="Yanelis Rosario", sid="2301447", dob="2009-08-15",
    grade=10, at="2025-10-02T13:50:00-04:00", loc="East Boston High School, 2nd floor girls bathroom",
    desc="""
    Student written statement (copied exactly as written):
    i was in the 2nd floor girls bathroom with my cousin friend and the lady from the office came in.
    the baggy with the white powder was in a burger king bag in my hoodie. its not mine its my
    cousin Jonny he said hold it till after school cuz my tia checks his room. he is 19 and he dont
    go here no more. i didnt sell nothing to nobody. the girl that told on me is mad cuz her
    brother and my brother fought at the park. my family is Domincan we dont snitch but i aint going
    down for him. i want to call my mom.
    (Dean's note: about 3 grams of white powder, field test positive for cocaine by SRO. Bag retained.)
    """,
    key="cocaine", mct=["burger king bag", "2nd floor girls bathroom", "3 grams"],
    mnc=["Domincan"], cats=["ethnicity"],
    tags=["allow_drugs", "misspelled", "trap_burger_king", "voice_student", "trap_school_name"])

# 10
add("deny", reason="excluded_substance", ground="drugs", subs=["marijuana", "THC cartridge"],
    rcp="bpd/district-e13", school="English High School", name="Kevon Merritt", sid="2176350",
    dob="2008-07-07", grade=11, at="2025-11-18T08:40:00-05:00", loc="English High School, locker bay",
    desc="""
    Period 1, the assistant headmaster searched the locker Kevon shares with his younger cousin after
    another student said the cousin was selling. Found: a sandwich bag with about an ounce of
    marijuana, 4 THC vape cartridges still in the packaging, a grinder and $140 cash. Kevon said the
    bag was his older brother's and he was supposed to give it back after school. The cousin (gr 9)
    cried and said they both stay at the Bromley-Heath with their grandmother and the brother
    "makes them hold it." Both parents contacted. School discipline handled separately; we are
    asking whether police should get a copy.
    """,
    mnc=["Bromley-Heath"], cats=["neighborhood"], tags=["deny_substance"])

# 11
add("allow", ground="weapon", weapon="handgun (unloaded)", rcp="bpd/district-a7",
    school="East Boston High School", name="Kevin Arriaza", sid="2233018", dob="2008-05-21",
    grade=11, at="2026-03-25T09:50:00-04:00", loc="East Boston High School, locker 3-117",
    desc="""
    INCIDENT REPORT - Assistant Principal D. Mahoney
    At 9:50 AM a junior came to my office and said Kevin Arriaza had "his brother's gun" in his
    locker and was showing it to people in the 3rd floor hallway. SSS Ortega and I brought Kevin to
    the office and with the headmaster present opened locker 3-117. Inside a gym bag was a black
    semi-automatic handgun, magazine inserted but empty, no rounds found in the bag, the locker or
    on Kevin. Kevin said his older brother "left it in the car" and he took it because the cousins
    of a 10th grader (A.M.) have been waiting for his little brother after school at the Umana.
    The families have been feuding since a wedding in August. Kevin's mother said on the phone the
    family arrived from El Salvador in 2022 and they live in Orient Heights near the family of A.M.
    She was upset and said the brother is 20 and does not live with them.
    The handgun was secured by SSS Ortega; no one was threatened with it directly.
    """,
    key="handgun", mct=["locker 3-117", "magazine inserted but empty", "gym bag"],
    mnc=["El Salvador", "Orient Heights"], cats=["national_origin", "neighborhood"],
    tags=["allow_weapon", "trap_school_name", "voice_ap"])

# 12
add("allow", ground="credible_threat", rcp="bpd/district-c11",
    school="Boston Community Leadership Academy", name="Tiago Monteiro", sid="2150992",
    dob="2009-10-10", grade=10, at="2025-12-08T16:40:00-05:00",
    loc="Boston Community Leadership Academy, main office voicemail",
    threat="""Per the grandmother's voicemail and the student's own words to the AP the next
    morning: Tiago said that when his cousin D. gets out of DYS custody on Friday they will "come
    up to BCLA and shoot" the two brothers who beat up his little brother, and that the cousin
    already has a gun at a friend's house. Specific targets, a specific day, a stated means.""",
    desc="""
    Voicemail transcript, main office line, left 12/8 4:40 PM (transcribed by office clerk):
    "Hello, this is Tiago Monteiro grandmother, Tiago in the tenth grade. I am calling because I
    am scared, okay, last night he was on the phone with his cousin, the one in DYS, and he say
    when the cousin get out on Friday they going to come up to the school and shoot the two
    brothers, the ones who hit his little brother at the bus. He say the cousin have a gun already
    by a friend house. I don't want nobody hurt, please. Please call me back, I don't have the
    good English -" [caller switches to Portuguese for about 20 seconds, unclear] "- okay, thank
    you, bye."
    Clerk note: callback made 12/9 8:05 with help from Ms. Sousa.
    """,
    key="shoot", mct=["little brother at the bus", "on Friday"],
    mnc=["Portuguese", "the good English"], cats=["language"],
    tags=["allow_threat", "voice_voicemail"])

# 13
add("deny", reason="ground_not_permitted", ground="gang_activity", rcp="bpd/district-b2",
    school="Dearborn STEM Academy", name="Rashad Coleman", sid="2098145", dob="2008-02-02",
    grade=11, at="2025-10-28T14:30:00-04:00", loc="Dearborn STEM Academy, courtyard",
    desc="""
    For awareness. Over the past three weeks there has been ongoing tension between two sets of
    cousins in our 10th and 11th grades that appears to come from a dispute between their older
    relatives. Students say Rashad's side "is Academy" and the other side is H-Block, and that the
    older cousins have been posting each other's little brothers. Today in the courtyard there was
    a lot of posturing and hand signs but no physical contact. We are not aware of any weapon. We
    would like the district gang unit and the police to have our list of the students on each side
    so they can keep an eye on it over the weekend.
    """,
    mnc=["is Academy", "H-Block"], cats=["gang_affiliation"], tags=["deny_ground"])

# 14
add("allow", ground="serious_violence", rcp="bpd/district-d4", school="Boston Arts Academy",
    name="Anaís Lopes-Correia", sid="2245067", dob="2009-03-03", grade=10,
    at="2026-04-07T16:10:00-04:00", loc="Boston Arts Academy, backstage hallway",
    desc="""
    Counselor note (confidential until filed). After stage crew rehearsal ended around 4:00,
    Anaís and her cousin, who is a senior at the O'Bryant and was waiting to walk her home, ran into
    K.R. in the backstage hallway. K.R. and Anaís's cousin have been fighting over a boy since the
    summer, and it has pulled in both of their families. Per two crew members, Anaís took a razor
    blade out of her makeup bag and cut K.R. across the right cheek while the cousin held K.R.'s
    arms. K.R. needed 12 stitches at Tufts and may have a permanent scar. When I met with Anaís
    she kept saying "she disrespected my family," and that their mothers are sisters from Cabo
    Verde and "we protect each other." She did not appear to understand how badly K.R. was hurt.
    I have referred her for a mental health screening.
    """,
    key="razor blade", mct=["stage crew", "right cheek", "12 stitches"],
    mnc=["Cabo Verde"], cats=["national_origin"],
    tags=["allow_violence", "trap_crew", "voice_counselor"])

# 15
add("allow", ground="weapon", weapon="brass knuckles", rcp="bpd/district-e18",
    school="Another Course to College", name="Connor Whelan", sid="2011839", dob="2008-08-26",
    grade=12, at="2025-09-30T08:20:00-04:00", loc="Another Course to College, front entrance",
    extra={"address": {"street": "48 Summit St", "city": "Hyde Park", "zip": "02136"},
           "homeroom": "12B"},
    desc="""
    Hi all - forwarding what the front desk logged this morning so it is in one place.
    8:20 AM, metal detector at front entrance went off on senior Connor Whelan. Secretary and SSS
    found a set of brass knuckles (silver colored, four finger) in the inside pocket of his jacket
    along with a Visa gift card and his school ID. Connor said his cousin gave them to him after his
    older brother was jumped on Saturday by the brothers of a junior here, and he "wasn't going to
    be next." He did not threaten anyone on campus. His mom was called and is coming in. Weapon
    is in the safe.
    Thanks, Maureen (main office)
    """,
    key="brass knuckles", mct=["Visa gift card", "front entrance", "inside pocket"],
    mnc=["48 Summit", "02136"], cats=["neighborhood"],
    tags=["allow_weapon", "structured", "trap_visa", "voice_clerk"])

# 16
add("deny", reason="missing_threat_statement", ground="credible_threat", rcp="bpd/district-b3",
    school="Lilla G. Frederick Middle School", name="Hodan Warsame", sid="2280071",
    dob="2012-05-14", grade=8, at="2026-02-26T11:00:00-05:00",
    loc="Lilla G. Frederick Middle School, room 207",
    desc="""
    Teacher report, 8th grade ELA. Hodan was upset all morning. When a classmate made a joke about
    her older sister, who had a falling out with the classmate's cousin at a wedding, Hodan said
    loud enough for the class to hear that her brothers "will handle it after school, watch." She
    has never been in trouble before. I believe the families know each other through the Somali
    community center and the argument has been going on for weeks. I sent her to the counselor.
    Administration asked me to write this up for the police referral.
    """,
    mnc=["Somali"], cats=["ethnicity"], tags=["deny_threat_missing", "voice_teacher"])

# 17
add("allow", ground="drugs", subs=["alprazolam (Xanax)"], rcp="bpd/district-c11",
    school="John D. O'Bryant School", name="Noah Berhane", sid="2205478", dob="2009-01-30",
    grade=10, at="2026-01-14T13:25:00-05:00", loc="John D. O'Bryant School, room 318",
    desc="""
    At approximately 1:25 PM in French class (room 318) the teacher noticed Noah and another 10th
    grader handling a pill bottle under the desk. The bottle had no label and held 14 white
    rectangular bars scored in three places, which the nurse identified as consistent with
    alprazolam (Xanax) 2 mg. Noah stated his older sister's boyfriend gave them to him "for the
    stress" after his family got into it with another family at the mosque on Friday, and that his
    sister goes to Latin Academy and does not know. He said he was going to give two to the other
    student. He did not appear impaired. Parent notified at 2:10. Pills retained by the nurse.
    """,
    key="Xanax", mct=["French class", "14 white", "room 318"],
    mnc=["mosque"], cats=["religion"], tags=["allow_drugs", "trap_subject"])

# 18
add("allow", ground="weapon", weapon="stun gun", rcp="bpd/district-b2", school="Mission Hill K-8",
    name="Widley Jean-Baptiste", sid="2317750", dob="2012-07-01", grade=7,
    at="2025-10-21T10:30:00-04:00", loc="Mission Hill K-8, 7th grade hallway",
    desc="""
    Principal's incident summary. At 10:30 a 7th grade teacher heard a crackling sound in the
    hallway and found Widley holding a black stun gun, pressing the trigger in the air in front of
    two boys. One boy's cousin and Widley's older brother fought at a basketball court last week and
    the brother, who is 16 and goes to the Burke, was hurt. Widley said his brother told him to
    "carry it in case they come for you." Teacher took the stun gun; it works and is charged. No one
    was touched with it. The grandmother was called with the Haitian Creole line. She said in
    Creole "li pa gen papye, pa rele lapolis" about the older brother, which the interpreter
    relayed to us. We explained we have to report the weapon.
    """,
    key="stun gun", mct=["crackling sound", "7th grade teacher", "charged"],
    mnc=["Creole", "Haitian", "pa gen papye"],
    cats=["language", "immigration_status"],
    tags=["allow_weapon", "other_language", "trap_school_name"])

# 19
add("deny", reason="face_surveillance", ground="weapon", weapon="knife", rcp="bpd/district-d4",
    school="New Mission High School", name="Jordan Baez", sid="2166203", dob="2008-11-11",
    grade=11, at="2026-03-04T15:10:00-05:00", loc="New Mission High School, side entrance",
    att=[{"kind": "face_match", "name": "side_entrance_cam2_match_report.pdf"},
         {"kind": "photo", "name": "jordan_baez_id_photo.jpg"}],
    desc="""
    At dismissal an adult male was seen on the side entrance camera passing what appears to be a
    knife to Jordan Baez, who then walked toward a group of 10th graders whose family has been
    feuding with his cousins since Thanksgiving. The building manager ran the camera still through
    the facial recognition system the landlord installed and it returned a 94% match for Jordan's
    older cousin, who was expelled two years ago. The match report and Jordan's ID photo are
    attached so police can confirm who the adult was. No knife was recovered.
    """,
    mnc=["facial recognition", "94% match"], cats=["face_surveillance"], tags=["deny_face"])

# 20
add("allow", ground="serious_violence", rcp="bpd/district-e13",
    school="Community Academy of Science and Health", name="Tyrese Odom-Marshall",
    sid="2120384", dob="2008-06-19", grade=11, at="2025-11-20T12:05:00-05:00",
    loc="Community Academy of Science and Health, stairwell B",
    desc="""
    Narrative (AP Fields): At 12:05 in stairwell B, Tyrese swung a full steel water bottle at the
    head of a 12th grader (M.J.) whose younger brother had fought Tyrese's cousin at the Jackson
    Square station last week. M.J. fell down about six stairs. He had blood coming from his ear and
    was confused about what day it was. EMS transported him to Mass General; his father told us
    tonight he has a skull fracture and will be kept for observation. Staff heard students say
    Tyrese "rides with Heath Street" and the whole thing is about the older cousins. Tyrese was
    found in the 3rd floor bathroom and came with the SSS without resisting. Parent called.
    """,
    key="skull fracture", mct=["steel water bottle", "stairwell B", "Mass General"],
    mnc=["Heath Street"], cats=["gang_affiliation"], tags=["allow_violence", "trap_hospital"])

# 21
add("allow", ground="weapon", weapon="box cutter", rcp="bpd/district-c11",
    school="Boston International Newcomers Academy", name="Elvin Zelaya", sid="2321904",
    dob="2009-04-12", grade=9, at="2026-02-03T09:40:00-05:00",
    loc="Boston International Newcomers Academy, 4th floor hallway",
    desc="""
    9:40 AM. Teacher on hallway duty saw Elvin (gr 9) holding a yellow box cutter with the blade
    extended near the 4th floor water fountain, facing a 10th grader. Elvin's twin sister had
    told staff yesterday that the 10th grader's older cousins followed her from the bus. The teacher
    told Elvin to close it and hand it over and he did. Blade was out about an inch. Elvin told
    the AP that "in my family the men defend the sisters." His mother said on the phone they just
    arrived from Honduras in September and that at home they speak Garifuna and she worries for
    both kids. No injuries. The box cutter is in the main office.
    """,
    key="box cutter", mct=["4th floor water fountain", "about an inch", "twin sister"],
    mnc=["Honduras", "Garifuna", "just arrived"], cats=["national_origin", "language"],
    tags=["allow_weapon", "trap_school_name"])

# 22
add("deny", reason="recipient_not_permitted", ground="weapon", weapon="firearm", rcp="bric",
    school="Jeremiah E. Burke High School", name="Demetrius Hall", sid="2078812",
    dob="2007-10-05", grade=12, at="2026-01-27T13:15:00-05:00",
    loc="Jeremiah E. Burke High School, parking lot",
    desc="""
    SSS observed senior Demetrius Hall at his cousin's parked car in the staff lot during lunch.
    The cousin, 22, showed Demetrius a handgun in the glove box and both looked toward the gym,
    where the younger brother of a student Demetrius's family has been feuding with had PE. SSS
    called BPD school police; the car left before they arrived. Students say the cousin is known on
    Franklin Hill. We are sending this to BRIC because they asked us for anything involving that
    family so they can update their files.
    """,
    mnc=["Franklin Hill"], cats=["gang_affiliation"], tags=["deny_recipient"])

# 23
add("allow", ground="drugs", subs=["fentanyl"], rcp="bpd/district-b3",
    school="Henderson K-12 Inclusion School", name="Ashley Vo", sid="2270015", dob="2008-12-01",
    grade=11, at="2025-12-16T08:55:00-05:00", loc="Henderson K-12 Inclusion School, homeroom 3C",
    extra={"home_language": "Vietnamese", "country_of_birth": "Vietnam", "ell_status": "Former EL",
           "sibling_school": "Snowden International School"},
    desc="""
    In homeroom 3C the teacher was collecting homeroom papers when a folded dollar bill fell out of
    Ashley's binder. Inside was light tan powder. Ashley said "it's my brother's, he's going to kill
    me," and then that her brother (senior at Snowden) had asked her to hold it because their uncle
    and another family were fighting and the uncle searches his stuff. The nurse called it in and
    the SRO's test strip read positive for fentanyl. Approximately half a gram. Ashley was not
    impaired. Both parents came at 10:30. Ashley is very upset and is with the counselor.
    """,
    key="fentanyl", mct=["homeroom papers", "folded dollar bill", "half a gram"],
    mnc=["Vietnam", "Former EL"], cats=["language", "national_origin"],
    tags=["allow_drugs", "structured", "trap_papers"])

# 24
add("allow", ground="credible_threat", rcp="bpd/district-e5", school="Boston Latin School",
    name="Caleb Nwosu", sid="2135566", dob="2009-09-09", grade=10,
    at="2026-04-28T22:10:00-04:00", loc="Online (Instagram), reported to Boston Latin School",
    threat="""On the evening of 4/28 Caleb posted a story showing a photo of a rifle with the text
    "Thursday 7th period, library, for what they did to my brother" and tagged two students by
    handle. The brothers of those two students fought Caleb's brother last weekend. Caleb's father
    owns a registered rifle of that kind. Specific place, time, targets and access.""",
    desc="""
    Screenshot report from Head of School's office, 4/29, 7:05 AM.
    Two parents emailed screenshots overnight of an Instagram story posted by Caleb at about 10:10
    PM. It shows a black rifle lying on a bed and says "Thursday 7th period, library, for what they
    did to my brother." Two of our 10th graders are tagged. Caleb's older brother was hurt in a
    fight on Saturday with the older brothers of those two students; the mother of one of the
    tagged students said on the phone the fight happened outside their house on Woodrow Ave and
    that "everyone on that street knows the Nwosu boys." Caleb has been kept home today while we
    contact BPD. The library will be staffed Thursday.
    """,
    key="rifle", mct=["7th period, library", "black rifle"],
    mnc=["Woodrow Ave"], cats=["neighborhood"], tags=["allow_threat"])

# 25
add("deny", reason="excluded_substance", ground="drugs", subs=["vape (contents unknown)"],
    rcp="bpd/district-d14", school="Brighton High School", name="Marisol Peña", sid="2299931",
    dob="2010-03-27", grade=9, at="2025-10-09T11:20:00-04:00", loc="Brighton High School, gym locker room",
    desc="""
    PE teacher found Marisol and her cousin (also gr 9) sharing a purple disposable vape in the
    gym locker room. They wouldn't say what was in it. It has no label and the cartridge is a
    cloudy yellow. Marisol said her older sister buys them and the cousin's mother "is Jehovah's
    Witness and would die" if she found out. There has been some drama between the two sides of
    the family all month and the girls said they were vaping because of "the stress at home." Vape
    confiscated. Family notified. We'd like to forward this to police for awareness.
    """,
    mnc=["Jehovah"], cats=["religion"], tags=["deny_substance"])

# 26
add("allow", ground="weapon", weapon="razor blade", rcp="bpd/district-b3",
    school="Lilla G. Frederick Middle School", name="Abdirahman Nur", sid="2309846",
    dob="2012-11-25", grade=7, at="2026-03-11T12:15:00-04:00",
    loc="Lilla G. Frederick Middle School, cafeteria table 6",
    desc="""
    lunch duty report. 12:15 at table 6 Abdirahman (7th) was showing two boys a single edge razor
    blade he had taped inside the lid of his pencil case. A lunch aide saw it when he opened the
    case next to a bag of Chinese takeout one of the boys brought. He said his older cousin at
    English High told him to keep it because some 8th graders jumped his little brother at the
    park and "the whole family is mad." His aunt said when we called that they are Somolian and
    keep to themselves and she did not want the cousin named. Blade taken by AP. No one hurt, no
    threats made at the table.
    """,
    key="razor blade", mct=["Chinese takeout", "pencil case", "table 6"],
    mnc=["Somolian"], cats=["ethnicity"],
    tags=["allow_weapon", "misspelled", "trap_chinese"])

# 27
add("allow", ground="serious_violence", rcp="bpd/district-c11",
    school="Snowden International School", name="Keyla Andrade", sid="2217773",
    dob="2008-10-17", grade=11, at="2025-11-06T10:45:00-05:00",
    loc="Snowden International School, 2nd floor lockers",
    desc="""
    Dean of Students - Incident Summary
    Keyla (gr 11) and her cousin, a sophomore at Charlestown High who had come to "drop off a
    charger," confronted S.T. at the 2nd floor lockers at 10:45. The girls' older brothers fought
    at a party in October and both families have been posting about it. Keyla grabbed S.T. by the
    hair and slammed her head into the locker door three times. S.T. lost consciousness briefly and
    had a deep cut above the left temple that needed 9 staples at Boston Children's, plus a
    concussion. A teacher witnessed the last two blows. Keyla said "her people are always talking
    about us Cape Verdeans." The cousin left the building before SSS arrived.
    """,
    key="concussion", mct=["left temple", "9 staples", "2nd floor lockers"],
    mnc=["Cape Verdean"], cats=["ethnicity"], tags=["allow_violence", "trap_temple"])

# 28
add("deny", reason="other", ground="weapon", weapon="BB gun", rcp="bpd/district-e18",
    school="Young Achievers K-8", name="Jamal Pritchett", sid="2328860", dob="2013-02-08",
    grade=7, at="2026-05-12T08:05:00-04:00", loc="Young Achievers K-8, side yard",
    desc="""
    Before school in the side yard a 7th grader (Jamal) showed other students a black BB pistol he
    said belonged to his older cousin. Two students reported it to the morning duty teacher. It is
    a CO2 BB pistol, Daisy brand, no CO2 cartridge inside, a few copper BBs loose in his backpack.
    Jamal said his cousins are "beefing" with the family of a 6th grader and he wanted them to leave
    his sister alone. The AP has it. Submitting under weapons per the safety office.
    """,
    mnc=[], cats=[], tags=["deny_replica"])

# 29
add("allow", ground="drugs", subs=["MDMA"], rcp="bpd/district-d4", school="Boston Arts Academy",
    name="Gabriela Cintrón", sid="2261419", dob="2008-07-23", grade=11,
    at="2026-02-13T15:30:00-05:00", loc="Boston Arts Academy, dance studio 2",
    desc="""
    After school in dance studio 2 a student told the dance teacher that Gabriela had "molly" in
    her dance bag and was selling it to the stage crew for a party on Saturday. With the AP present
    the bag was searched: a small baggie with 11 pink pressed tablets shaped like hearts and a
    capsule with brown crystals. Gabriela said her older sister's boyfriend gave them to her to
    sell because her sister owes him money, and that her sister and her cousin had a fight about it
    at their abuela's place in Villa Victoria last week. The nurse believes they are MDMA. No one
    took any on campus as far as we know.
    """,
    key="MDMA", mct=["dance studio 2", "11 pink pressed tablets", "stage crew"],
    mnc=["Villa Victoria"], cats=["neighborhood"], tags=["allow_drugs", "trap_crew"])

# 30
add("allow", ground="weapon", weapon="loaded handgun", rcp="bpd/district-c11",
    school="Another Course to College", name="Josué Batista", sid="2088456", dob="2007-12-30",
    grade=12, at="2026-05-05T07:55:00-04:00", loc="Another Course to College, front entrance",
    desc="""
    ATTN: this is the full write up for this morning, please keep it together with the SSS statement.
    At 7:55 AM SSS Rivera was doing the random wand check at the front entrance and Josué Batista
    (senior) turned and tried to walk back out. SSS Rivera stopped him and felt a hard object at
    his waistband. It was a small black .380 pistol with 5 rounds in the magazine and one in the
    chamber. Josué said his cousin got shot at last week over a fight between his brother and
    another family and "they said I'm next." A sophomore later told the AP that Josué's cousins are
    Castlegate and that is why he has been "on edge." Josué's grandmother came in; she only speaks
    Spanish so the secretary interpreted. She did not know about the gun. BPD was called from the
    building; the weapon was secured by SSS Rivera until officers arrived.
    """,
    key=".380 pistol", mct=["one in the chamber", "waistband", "random wand check"],
    mnc=["Castlegate", "speaks Spanish"], cats=["gang_affiliation", "language"],
    tags=["allow_weapon"])

# 31
add("deny", reason="ground_not_permitted", ground="trespass", rcp="bpd/district-b2",
    school="Tobin K-8 School", name="Ángel Medina", sid="2333402", dob="2013-06-16", grade=6,
    at="2025-09-17T14:50:00-04:00", loc="Tobin K-8 School, playground gate",
    desc="""
    Main office log. 2:50 PM. Adult male, approx 20, came through the playground gate during 6th
    grade recess and asked for Ángel Medina. Said he was Ángel's cousin and had to "talk to the kid
    who put hands on him." Duty teacher told him to leave; he argued for several minutes and then
    left through the same gate. He did not touch anyone and showed no weapon. Ángel's mother says
    the cousin lives with them in Mission Main and that she has asked him to stay away from the
    school. Requesting police follow-up for trespassing.
    """,
    mnc=["Mission Main"], cats=["neighborhood"], tags=["deny_ground", "voice_clerk"])

# 32
add("allow", ground="credible_threat", rcp="bpd/district-c11", school="TechBoston Academy",
    name="Samira Haddad", sid="2242611", dob="2009-02-19", grade=10,
    at="2025-12-11T20:30:00-05:00", loc="Online (group chat), reported to TechBoston Academy",
    threat="""In a class group chat Samira wrote that she would bring "my brother's knife" on
    Monday and "cut" R.A. "in the 2nd floor bathroom where there's no camera" for jumping her
    sister at the Burke. She named the day, the place and the target, and her brother was arrested
    with a knife in October.""",
    desc="""
    Counselor (Ms. Fitzgerald) to AP, forwarded 12/12 7:40 AM:
    "Three students came to me first thing with screenshots. Last night in the 10th grade group chat
    Samira wrote 'monday I'm bringing my brother's knife and I'm cutting R.A. in the 2nd floor
    bathroom where there's no camera, she jumped my sister at the Burke and nobody did nothing.'
    R.A.'s older cousin and Samira's sister go to the Burke and had a fight last week that got
    filmed. Samira is usually a quiet kid. Her mom called me last month worried about her since the
    family has been getting looks at the Muslim center after the sister's video went around. R.A.
    is here today and is afraid to go to class."
    """,
    key="knife", mct=["2nd floor bathroom", "brother's knife"],
    mnc=["Muslim"], cats=["religion"], tags=["allow_threat", "voice_counselor"])

# 33
add("deny", reason="missing_threat_statement", ground="credible_threat", threat="",
    rcp="bpd/district-b3", school="Jeremiah E. Burke High School", name="Fritznel Augustin",
    sid="2190375", dob="2008-01-06", grade=11, at="2026-03-19T09:30:00-04:00",
    loc="Jeremiah E. Burke High School, room 112",
    extra={"country_of_birth": "Haiti", "home_language": "Haitian Creole"},
    desc="""
    Fritznel was in a heated argument in room 112 with a classmate whose family is in a long dispute
    with his uncle's family over money from a relative's funeral. He kicked a chair and said things
    the teacher could not fully hear before he was removed. The classmate's mother called the school
    afterward, very frightened, and asked that the police be told. We are filing under threat so
    that there is a record while we investigate what was actually said.
    """,
    mnc=["Haiti", "Creole"], cats=["national_origin", "language"],
    tags=["deny_threat_missing", "structured"])

# 34
add("allow", ground="weapon", weapon="steak knife", rcp="bpd/district-b2",
    school="Tobin K-8 School", name="Darnell Whitmore", sid="2326017", dob="2011-08-08", grade=8,
    at="2026-01-22T08:15:00-05:00", loc="Tobin K-8 School, 8th grade classroom coat hooks",
    desc="""
    At 8:15 a.m. a student told Ms. Gallagher that Darnell had "a knife from his kitchen" in his
    coat. The AP checked the coat on the hooks in the 8th grade classroom and found a serrated
    steak knife with a wooden handle wrapped in a paper towel. Darnell said two older boys, cousins
    of a girl his sister had a fight with, have been waiting for him after school and his brother
    told him he has to be ready. He said they all live in Alice Taylor and "see each other every
    day." He was cooperative. Mother informed, very upset, coming in.
    """,
    key="steak knife", mct=["serrated", "paper towel", "wooden handle"],
    mnc=["Alice Taylor"], cats=["neighborhood"], tags=["allow_weapon"])

# 35
add("allow", ground="serious_violence", rcp="bpd/district-b2", school="Dearborn STEM Academy",
    name="Yonatan Tesfaye", sid="2197764", dob="2008-04-03", grade=11,
    at="2025-10-16T14:35:00-04:00", loc="Dearborn STEM Academy, back lot by the bike racks",
    desc="""
    Incident: assault with a weapon, back lot by the bike racks, 2:35 PM.
    Witnesses (two teachers, SSS Grant) saw Yonatan swing a combination padlock inside a tube sock
    at a 12th grader (E.K.) three or four times. E.K.'s younger brother and Yonatan's cousin have
    been fighting for weeks; the cousin was there, filming. E.K. was struck on the back of the head
    and on the hand. He was bleeding heavily from the scalp. BMC confirmed a fractured hand (two
    metacarpals) and a scalp wound closed with staples. Yonatan's mother told the AP the cousins
    are "good Ethiopian boys" and asked for an Amharic speaker for the meeting tomorrow.
    Padlock and sock collected.
    """,
    key="padlock", mct=["tube sock", "bike racks", "fractured hand"],
    mnc=["Ethiopian", "Amharic"], cats=["ethnicity", "language"], tags=["allow_violence"])

# 36
add("deny", reason="ground_not_permitted", ground="family_dispute", rcp="bpd/district-e13",
    school="Margarita Muñiz Academy", name="Yaritza Sánchez", sid="2275402", dob="2009-05-05",
    grade=10, at="2025-11-13T17:40:00-05:00", loc="Margarita Muñiz Academy, front lot",
    desc="""
    During parent conferences, the mother and aunt of Yaritza (gr 10) got into a screaming match in
    the front lot with the family of another 10th grader. Yaritza and her brother were there; so
    were the other girl's two older cousins. There was shoving, a phone was knocked out of someone's
    hand. No one was hurt. Staff separated the families. The argument seems to be about a debt
    between the mothers, who grew up together in the Dominican Republic, and one of them said the
    other family "brought their problems to Hyde Square." We'd like BPD to have this on file.
    """,
    mnc=["Dominican Republic", "Hyde Square"], cats=["national_origin", "neighborhood"],
    tags=["deny_ground"])

# 37
add("allow", ground="drugs", subs=["crack cocaine"], rcp="bpd/district-e13",
    school="Boston Latin Academy", name="Terrell Gaines", sid="2206653", dob="2009-11-14",
    grade=10, at="2026-04-15T10:20:00-04:00", loc="Boston Latin Academy, room 226",
    desc="""
    Latin II (room 226), 10:20. While the Latin teacher was handing back quizzes, a small knotted
    baggie fell from Terrell's sleeve. It contained 7 off-white rocks. Terrell said it was his older
    brother's and that he grabbed it this morning so his brother "can't sell it to my cousin,"
    because the cousin has been using since his mother passed and the family is split over it. He
    was visibly upset. He said the brother hangs at Bowdoin-Geneva and would be mad. SRO's field
    kit was positive for cocaine base. Parent contacted.
    """,
    key="crack cocaine", mct=["Latin II", "7 off-white rocks", "Latin teacher"],
    mnc=["Bowdoin-Geneva"], cats=["neighborhood"], tags=["allow_drugs", "trap_latin"])

# 38
add("allow", ground="weapon", weapon="knife", rcp="bpd/district-e18", school="Brighton High School",
    name="Wilmer Chávez", sid="2314478", dob="2009-07-29", grade=9,
    at="2026-02-24T07:20:00-05:00", loc="School bus 0877, Brighton High School route",
    desc="""
    Bus 0877 incident form - monitor A. Kelleher
    7:20 am. Two boys started arguing about a cousin of one of them who goes to Brighton too. The
    9th grader Wilmer took out a knife with a 4 inch blade (black, fixed, in a cardboard sheath) and
    held it low at his side saying "say it again." I yelled for the driver to stop and we pulled
    over. Wilmer gave me the knife when I asked. Nobody got cut. The other boy said Wilmer's family
    is Guatemalan and they were "making fun of how his mom talks K'iche'" and that's how it
    started. I handed the knife to the AP when we arrived at 7:45.
    """,
    key="knife", mct=["4 inch blade", "cardboard sheath", "Bus 0877"],
    mnc=["Guatemalan", "K'iche'"], cats=["ethnicity", "language"],
    tags=["allow_weapon", "voice_bus"])

# 39
add("deny", reason="recipient_not_permitted", ground="drugs", subs=["fentanyl"], rcp="hsi",
    school="East Boston High School", name="Bryan Cuéllar", sid="2244103", dob="2008-09-12",
    grade=11, at="2026-03-03T12:40:00-05:00", loc="East Boston High School, cafeteria",
    desc="""
    Junior Bryan Cuéllar was found with 20 blue pills believed to be fentanyl in his lunch bag
    after a fight between him and his cousin's ex-girlfriend's brother in the cafeteria line. He
    said his cousin sells them. A relative said the cousin does not have a green card and is being
    used by older men. Because the district's federal task-force contact asked for it, this is being
    sent to Homeland Security Investigations rather than the district.
    """,
    mnc=["green card"], cats=["immigration_status"], tags=["deny_recipient"])

# 40
add("allow", ground="credible_threat", rcp="bpd/district-a1", school="Charlestown High School",
    name="Lucas Ferreira", sid="2149988", dob="2008-06-27", grade=11,
    at="2025-10-23T13:00:00-04:00", loc="Charlestown High School, guidance office",
    threat="""Lucas told his counselor that he will "stab" J.C. "at the Sullivan station after
    school Monday" if J.C. comes near his sister again, and that he already has a knife at home
    and has practiced the route. He repeated it calmly twice, named the target, the place and the
    day.""",
    desc="""
    Counseling note (S. Oyelaran), 10/23 1 PM. Lucas came to see me about his sister, who is in 9th
    grade here. He says J.C. (gr 12) has been harassing her and that J.C.'s cousins jumped his
    brother in September. Lucas is frustrated that "nobody does nothing." When I asked what he
    meant he said he would stab J.C. at the Sullivan station after school on Monday if J.C. comes
    near his sister, and that he has a knife at home. I asked him twice if he meant it and he said
    yes both times, very calmly. His parents are Brazilian and his dad works nights; I called his
    mom, who said in Portugese she would come, and she arrived at 2:30 with an older cousin.
    """,
    key="stab", mct=["Sullivan station", "on Monday"],
    mnc=["Brazilian", "Portugese"], cats=["national_origin", "language"],
    tags=["allow_threat", "misspelled", "voice_counselor", "trap_school_name"])

# 41
add("allow", ground="serious_violence", rcp="bpd/district-b2",
    school="Madison Park Technical Vocational High School", name="Kendrick Boateng",
    sid="2058830", dob="2007-09-14", grade=12, at="2026-03-12T10:10:00-04:00",
    loc="Madison Park Technical Vocational High School, carpentry shop",
    desc="""
    Carpentry shop instructor's statement, 3/12.
    At about 10:10 Kendrick and a junior (P.D.) got into it at the back bench. P.D.'s older cousin
    and Kendrick's brother had a fight at a cookout last weekend that the whole shop has been
    talking about. P.D. said something about Kendrick's brother and Kendrick picked up a flathead
    screwdriver from the bench and stabbed P.D. twice, once in the left thigh and once in the upper
    arm. I hit the emergency stop on the saws and put pressure on the thigh wound, which was
    bleeding a lot. EMS came at 10:22 and took him to BMC; the AP told us later he needed surgery to
    repair an artery. Kendrick dropped the screwdriver and sat down. Some of the kids say Kendrick
    "rolls with the Wendover boys" but I have no idea about any of that.
    """,
    key="screwdriver", mct=["left thigh", "repair an artery", "back bench"],
    mnc=["Wendover"], cats=["gang_affiliation"], tags=["allow_violence", "voice_teacher"])

# 42
add("allow", ground="weapon", weapon="taser", rcp="bpd/district-c6", school="Excel High School",
    name="Aaliyah Mohamed", sid="2260884", dob="2008-02-25", grade=11,
    at="2026-03-05T14:05:00-05:00", loc="Excel High School, 3rd floor girls bathroom",
    desc="""
    SSS report. 2:05 PM, responding to a call about yelling in the 3rd floor girls' bathroom. Found
    Aaliyah (gr 11) holding a purple taser with the safety off in front of two 10th grade girls who
    had been in a fight with her younger cousin on Monday. The girls said Aaliyah told them to "keep
    her name out your mouth" and tapped the trigger so it sparked. I took the taser. Nobody was
    tased. Aaliyah said she got it from her older sister after her cousin came home with a black
    eye. She said she has been exhausted because she is fasting for Ramadan and "everybody is on my
    nerves." Parent called. Taser is in the AP's office.
    """,
    key="taser", mct=["3rd floor girls' bathroom", "safety off", "sparked"],
    mnc=["Ramadan", "fasting"], cats=["religion"], tags=["allow_weapon", "voice_sss"])

# 43
add("deny", reason="face_surveillance", ground="serious_violence", rcp="bpd/district-c11",
    school="Dorchester Academy", name="Malik Jefferson", sid="2111520", dob="2008-05-30",
    grade=11, at="2025-11-24T15:20:00-05:00", loc="Dorchester Academy, sidewalk at dismissal",
    att=[{"kind": "photo", "name": "yearbook_2025_grade10_page.pdf"},
         {"kind": "video", "name": "neighbor_doorbell_clip.mp4"}],
    desc="""
    A 10th grader was beaten at dismissal by four males, two of whom may be older cousins of our
    junior Malik Jefferson, whose family has been in a feud with the victim's family since the
    summer. The victim has a broken nose and two missing teeth. A neighbor's doorbell camera caught
    the attackers' faces. We are attaching the 10th and 11th grade yearbook pages so the police can
    run them through face matching software against the doorbell clip and identify everyone who
    was there.
    """,
    mnc=["face matching"], cats=["face_surveillance"], tags=["deny_face"])

# 44
add("allow", ground="drugs", subs=["oxycodone"], rcp="bpd/district-e13",
    school="Margarita Muñiz Academy", name="Jadiel Ortiz", sid="2282259", dob="2009-12-19",
    grade=10, at="2025-10-07T09:00:00-04:00", loc="Margarita Muñiz Academy, nurse's office",
    desc="""
    Nurse's documentation. 9:00 AM. Jadiel's cousin (also 10th grade) came to the health office
    saying Jadiel "took something" and was sleepy in math. Jadiel was drowsy but answered
    questions; pupils pinpoint; resp 14. In his backpack: an orange prescription bottle with the
    label scratched off, 9 round white pills marked 512 (oxycodone/acetaminophen). He said the
    pills are his grandmother's and his older brother gives them out to the cousins; he and his
    cousin argued this morning because the cousin threatened to tell the family. "Somos boricua,
    everything stays in the family," he said. EMS evaluated, not transported. Mother notified.
    """,
    key="oxycodone", mct=["pupils pinpoint", "marked 512", "label scratched off"],
    mnc=["boricua"], cats=["ethnicity"],
    tags=["allow_drugs", "other_language", "voice_nurse"])

# 45
add("allow", ground="weapon", weapon="expandable baton", rcp="bpd/district-d14",
    school="Brighton High School", name="Sean Gallivan", sid="2180019", dob="2008-03-15",
    grade=11, at="2025-12-09T12:50:00-05:00", loc="Brighton High School, gym bleachers",
    extra={"guardian": {"name": "Patricia Gallivan", "relationship": "aunt",
                        "address": "17 Wallingford Rd Apt 2, Brighton MA"},
           "transportation": "MBTA pass"},
    desc="""
    12:50, gym bleachers during 6th period PE. A student told Coach Haley that Sean had a "metal
    stick" and was waiting for a sophomore whose older brother fought Sean's cousin at a party.
    Coach asked Sean for his bag; inside was a black steel expandable baton, collapsed, about 16
    inches extended. Sean said the cousin gave it to him "for protection" and that the sophomore's
    brother had said he would "see him at school." No one was struck. Sean lives with his aunt and
    has been having a hard year. Baton secured in the AP's office.
    """,
    key="expandable baton", mct=["gym bleachers", "6th period PE", "collapsed"],
    mnc=["Wallingford"], cats=["neighborhood"], tags=["allow_weapon", "structured"])

# 46
add("deny", reason="ground_not_permitted", ground="harassment", rcp="bpd/district-a1",
    school="Snowden International School",
    name="Vivian Chau", sid="2238890", dob="2009-08-02", grade=10,
    at="2026-01-29T11:30:00-05:00", loc="Snowden International School, online",
    desc="""
    Vivian (gr 10) has reported for two weeks that the cousins of a former friend are posting
    edited photos of her and her younger brother, who is in 7th grade at the Quincy Upper, with
    mean captions. The posts started after the two mothers fell out over a loan. One post says the
    family "lives in Chinatown above the bakery" and gives the floor. No threats of violence have
    been made and no one has been physically hurt. Vivian's mother wants the police to make the
    cousins stop. Screenshots are saved with the counselor.
    """,
    mnc=["lives in Chinatown", "above the bakery"], cats=["neighborhood"], tags=["deny_ground"])

# 47
add("allow", ground="serious_violence", rcp="bpd/district-c11", school="Dorchester Academy",
    name="Tavon Reyes-Gilmore", sid="2102347", dob="2007-11-03", grade=12,
    at="2026-04-02T14:45:00-04:00", loc="Dorchester Academy, side stairwell by the gym",
    desc="""
    Assistant Principal - summary for the file.
    2:45 PM. Senior Tavon and his younger brother (gr 10) cornered a 12th grader, O.F., in the side
    stairwell by the gym. O.F. had fought their cousin at Franklin Park on Sunday. Tavon pulled a
    small knife and cut O.F. on the forearm and the side of the neck while his brother held the
    door shut. A teacher forced the door and the brothers ran. O.F. lost a lot of blood; the nurse
    used the trauma kit and EMS took him to BMC, where he had surgery on the forearm tendons. The
    victim's mother later told the AP "those boys are undocumentd, that's why they think they can
    do anything," which I record only because she said it. Tavon returned at 3:30 with his father.
    """,
    key="knife", mct=["forearm tendons", "side of the neck", "trauma kit"],
    mnc=["undocumentd"], cats=["immigration_status"],
    tags=["allow_violence", "misspelled", "voice_ap"])

# 48
add("allow", ground="credible_threat", rcp="bpd/district-e5",
    school="Boston Community Leadership Academy", name="Nathaniel Cruz", sid="2163390",
    dob="2009-03-21", grade=10, at="2026-05-19T15:25:00-04:00", loc="School bus 2210",
    threat="""On the afternoon bus Nathaniel told the monitor and two students that his uncle
    "keeps the gun in the closet" and that tomorrow at first lunch he will "shoot" D.M. because
    D.M.'s brothers beat up his cousin. He named the target, the time and where the gun is.""",
    desc="""
    Monitor log, Bus 2210, PM run. 3:25 pm: Nathaniel (10th) was loud the whole ride about a family
    fight. He said to D.M.'s friends "tell him tomorrow first lunch I'm shooting him, my uncle keeps
    the gun in the closet." I asked him to repeat it and he did, then laughed, then got quiet. He
    got off at his stop in Rozzie, the one off Washington by the bakery. The other kids were
    scared. I called the transportation office from the bus and the school was told at 3:50.
    - Gloria, monitor
    """,
    key="shoot", mct=["first lunch", "gun in the closet", "Bus 2210"],
    mnc=["Rozzie"], cats=["neighborhood"], tags=["allow_threat", "voice_bus"])

# 49
add("deny", reason="excluded_substance", ground="drugs", subs=["vodka nips", "hard seltzer"],
    rcp="bpd/district-c6", school="Excel High School", name="Brendan Foley", sid="2154076",
    dob="2009-07-18", grade=10, at="2026-02-09T10:30:00-05:00", loc="Excel High School, room 210",
    desc="""
    Brendan came back from his grandfather's wake on Friday with a backpack full of vodka nips and
    two cans of hard seltzer from the function room, which he handed out to his cousin and two
    friends in room 210 before first period. The cousins from the other side of the family were
    at the wake too and there was a big argument that apparently carried over to a fight between
    the boys on the walk in this morning. Nobody was hurt. The wake was at the Irish social club
    and Brendan said "everyone was drinking." Family informed.
    """,
    mnc=["Irish"], cats=["ethnicity"], tags=["deny_substance"])

# 50
add("allow", ground="weapon", weapon="hunting knife", rcp="bpd/district-b2",
    school="Madison Park Technical Vocational High School", name="Omar Sealy", sid="2072295",
    dob="2008-01-28", grade=11, at="2025-09-18T08:30:00-04:00",
    loc="Madison Park Technical Vocational High School, automotive bay",
    desc="""
    Automotive instructor to AP, 9/18, 8:45 AM.
    Right at the start of first block Omar pulled a hunting knife, maybe 5 inch blade, with a camo
    handle, out of his boot in the automotive bay and slammed it into the workbench next to where
    his cousin's ex was standing. He said "that's for your brother." Apparently the ex's brother and
    Omar's older brother fought at the Nubian station on Saturday and Omar's brother got his nose
    broken. I took the knife while Omar was still holding it, he let go. The kid next to him had an
    ice pack put on his wrist by the nurse because he jerked back into the lift, but the knife never
    touched anyone. Knife is locked in my tool cabinet.
    """,
    key="hunting knife", mct=["automotive bay", "camo", "ice pack"],
    mnc=[], cats=[], tags=["allow_weapon", "clean", "trap_ice"])

# 51
add("deny", reason="ground_not_permitted", ground="theft", rcp="bpd/district-c11",
    school="Henderson K-12 Inclusion School", name="Jasmine Delgado", sid="2249315",
    dob="2010-10-30", grade=9, at="2025-10-30T13:10:00-04:00",
    loc="Henderson K-12 Inclusion School, girls locker room",
    desc="""
    Jasmine's iPhone and AirPods were taken from the girls locker room during 5th period. Two
    students say her cousin, who is in 11th grade and is not speaking to Jasmine's side of the
    family since their grandmother's house was sold, took them and passed them to an older brother
    who was waiting outside. Jasmine's mother says the cousin's family lives right by Uphams Corner
    and she wants the police to go get the phone back. No violence was involved. Admin is
    investigating.
    """,
    mnc=["Uphams Corner"], cats=["neighborhood"], tags=["deny_ground"])

# 52
add("allow", ground="drugs", subs=["psilocybin mushrooms"], rcp="bpd/district-c11",
    school="Snowden International School", name="Erion Hoxha", sid="2223349", dob="2008-11-08",
    grade=11, at="2026-05-07T12:30:00-04:00", loc="Snowden International School, library",
    desc="""
    Librarian's account. During 5th period a group was watching something on Erion's phone in the
    back of the library. When I walked over he shoved a brown paper lunch bag into his backpack.
    The AP searched it with him present: a vacuum-sealed pouch of dried mushrooms (about 14 g) and
    a second, smaller bag of chocolate squares with a mushroom sticker. Erion said an older cousin
    "from the other side of the family" sells them and he was keeping them away from his little
    brother. His mother, who we reached with an Albanian interpreter, said the two sides of the
    family are not speaking. No one appears to have eaten any.
    """,
    key="mushrooms", mct=["brown paper lunch bag", "about 14 g", "chocolate squares"],
    mnc=["Albanian"], cats=["language"], tags=["allow_drugs", "voice_librarian"])

# 53
add("allow", ground="weapon", weapon="mace", rcp="bpd/district-c11", school="Dorchester Academy",
    name="Imani Wallace", sid="2095572", dob="2008-08-18", grade=11,
    at="2025-11-12T08:05:00-05:00", loc="Dorchester Academy, main entrance",
    desc="""
    8:05. SSS at the main entrance saw a spray canister fall out of Imani's jacket pocket during bag
    check. It is a Mace brand keychain sprayer, mostly full. Imani said she has had it since her
    sister was attacked by a group of girls, the cousins of someone at Dorchester Academy, outside a
    store two weeks ago. She said "I'm not getting jumped on the 28 bus" and that they all live in
    Mattapan near each other and see each other every day. She did not use it. Grandmother called.
    """,
    key="Mace", mct=["keychain sprayer", "mostly full", "bag check"],
    mnc=["Mattapan"], cats=["neighborhood"], tags=["allow_weapon", "trap_school_name"])

# 54
add("deny", reason="recipient_not_permitted", ground="credible_threat",
    rcp="commonwealth-fusion-center", school="Boston Latin School", name="Chidi Okonkwo",
    sid="2130071", dob="2008-10-25", grade=11, at="2026-02-18T09:00:00-05:00",
    loc="Boston Latin School, room 320",
    threat="""Chidi wrote in a note passed in class that he would bring his cousin's gun
    "after vacation" and "end" T.A. and T.A.'s brother, naming both.""",
    desc="""
    A note in Chidi's handwriting was intercepted in room 320 saying he would bring his cousin's
    gun after February vacation and "end" T.A. and his brother, who jumped Chidi's cousin. The
    families know each other from the Nigerian association and the dispute is about a wedding.
    The headmaster's office has been asked by a state contact to route threats involving firearms to
    the Commonwealth Fusion Center, so this is addressed there.
    """,
    mnc=["Nigerian"], cats=["ethnicity"], tags=["deny_recipient"])

# 55
add("allow", ground="serious_violence", rcp="bpd/district-e13", school="English High School",
    name="Devonte Campbell", sid="2170806", dob="2008-12-22", grade=11,
    at="2026-01-08T11:55:00-05:00", loc="English High School, 2nd floor cafeteria",
    desc="""
    Written by AP R. Sandoval, English High School. 11:55, cafeteria, second lunch.
    Devonte's younger sister (gr 9) and a 10th grader were arguing over a post about their cousins.
    When the 10th grader's older brother (gr 12, L.G.) stepped in, Devonte picked up a metal
    cafeteria chair and brought it down on L.G.'s arm and shoulder twice. L.G.'s forearm was
    visibly deformed. The nurse splinted it and applied an ice pack; EMS took him to Faulkner
    where X-rays showed both bones of the forearm broken. Devonte's mom, reached at work, said her
    family is Jamaican and "we don't let nobody touch the girls," and switched into patois when she
    got upset. Devonte was calm by the time he got to the office.
    """,
    key="forearm", mct=["cafeteria chair", "both bones of the forearm", "ice pack"],
    mnc=["Jamaican", "patois"], cats=["ethnicity", "language"],
    tags=["allow_violence", "trap_school_name", "trap_ice", "trap_subject"])

# 56
add("allow", ground="weapon", weapon="kitchen knife", rcp="bpd/district-e13",
    school="Young Achievers K-8", name="Mustafa Karimi", sid="2330519", dob="2012-04-04",
    grade=8, at="2025-12-02T13:40:00-05:00", loc="Young Achievers K-8, 8th grade science room",
    desc="""
    Science teacher's report. 1:40 PM. Mustafa was at the lab table when a kitchen knife (black
    plastic handle, 6 inch blade) slid out of his binder. He grabbed it and told the boy across
    from him, "your cousin touches my brother again, I'll use it." The other boy's cousin and
    Mustafa's 6th grade brother had a fight in the yard on Friday. I told Mustafa to put the knife
    on the table and step back, which he did. His father told the AP later that the family came here
    as refugees and that the boys have "seen too much," and he was afraid of what would happen to
    Mustafa now. No one was injured.
    """,
    key="kitchen knife", mct=["6 inch blade", "lab table", "slid out of his binder"],
    mnc=["refugee"], cats=["immigration_status"], tags=["allow_weapon", "voice_teacher"])

# 57
add("deny", reason="excluded_substance", ground="drugs", subs=["THC gummies", "nicotine pouches"],
    rcp="bpd/district-b2", school="John D. O'Bryant School", name="Valentina Rendón",
    sid="2253308", dob="2009-09-29", grade=10, at="2026-03-26T11:50:00-04:00",
    loc="John D. O'Bryant School, cafeteria",
    desc="""
    During lunch Valentina was selling gummies out of a Sour Patch bag to 9th graders. The package
    in her backpack said 10 mg THC per piece and there were two cans of Zyn nicotine pouches. She said
    her older cousin gave her the stuff to sell after he and her brother had a falling out and she
    "owes" him. Two 9th graders ate gummies and were seen by the nurse; both fine. Mom said the
    family is Colombian and very strict and asked that we not involve police, but the AP asked
    whether we should send this over.
    """,
    mnc=["Colombian"], cats=["ethnicity"], tags=["deny_substance"])

# 58
add("allow", ground="drugs", subs=["heroin"], rcp="bpd/district-c11",
    school="John D. O'Bryant School", name="Marquis Haynes", sid="2116671", dob="2008-02-14",
    grade=12, at="2025-11-04T14:15:00-05:00", loc="John D. O'Bryant School, 1st floor boys bathroom",
    desc="""
    Incident 11/4, 2:15 PM, first floor boys bathroom.
    SSS Burrell found Marquis (gr 12) in a stall with a spoon, a lighter and a torn glassine bag
    stamped with a red crown. Eight more unopened glassine bags with the same stamp were in his
    sneaker. Marquis said he is not using, he took the bags from his younger cousin so the cousin
    would stop, and that their mothers (sisters) are not speaking because of it. The cousin is in
    9th grade at the Burke. Marquis told the nurse the family is "all on Four Corners, everybody
    knows everybody." Naloxone was on hand but not needed. The substance was turned over to BPD
    school police; the SRO believes it is heroin.
    """,
    key="heroin", mct=["glassine", "red crown", "Naloxone"],
    mnc=["Four Corners"], cats=["neighborhood"], tags=["allow_drugs", "voice_sss"])

# 59
add("allow", ground="credible_threat", rcp="bpd/district-a1", school="Boston Latin Academy",
    name="Kenny Lau", sid="2228430", dob="2009-05-28", grade=10,
    at="2026-04-09T08:30:00-04:00", loc="Boston Latin Academy, room 112",
    threat="""Kenny wrote in his journal, which he handed to the teacher, that on the day of the
    Greek Festival assembly he will bring his uncle's handgun and "finish" W.Z. and W.Z.'s older
    brother, whom he names, because the brother beat Kenny's cousin unconscious. He described
    where he will stand and said the uncle keeps the gun unlocked.""",
    desc="""
    SIS DISCIPLINE EXPORT - BLA
    Incident ID: 26-0412
    Date/Time: 04/09/2026 08:30
    Location: Rm 112
    Reported by: T. Ngata (teacher, Grade 10 Humanities)
    Description: Student turned in a journal entry stating he will bring his uncle's handgun to the
    Greek Festival assembly and "finish" two named students. Conflict is between student's cousin
    and the older brother of one target, who fought at a family party. Student was calm, stated
    "I wrote what I meant." Parent contact made with Cantonese interpreter (parent request).
    Referred: counseling, safety team, BPD.
    """,
    key="handgun", mct=["Greek Festival assembly", "journal entry"],
    mnc=["Cantonese"], cats=["language"],
    tags=["allow_threat", "voice_sis", "trap_greek"])

# 60
add("deny", reason="ground_not_permitted", ground="vandalism", rcp="bpd/district-b3",
    school="Community Academy of Science and Health", name="Jevon Pratt", sid="2087219",
    dob="2008-07-11", grade=11, at="2026-01-05T07:30:00-05:00",
    loc="Community Academy of Science and Health, east wall",
    desc="""
    Custodian found fresh spray paint on the east wall Monday morning: the name of a junior's family
    crossed out and "NSB" in red with a crown. Camera shows two people at 11 PM Sunday; staff believe
    one is Jevon and the other his older cousin. The families have been feuding since a car accident
    in the fall. Students say NSB stands for Norfolk Street Boys. Cleanup cost estimated at $800.
    No one was hurt. We would like this to go to BPD for the damage.
    """,
    mnc=["Norfolk Street"], cats=["gang_affiliation"], tags=["deny_ground"])

# 61
add("allow", ground="weapon", weapon="loaded handgun", rcp="bpd/district-b2",
    school="TechBoston Academy", name="Christian Lebrón", sid="2044986", dob="2007-06-06",
    grade=12, at="2026-05-21T12:00:00-04:00", loc="TechBoston Academy, 2nd floor boys bathroom",
    extra={"race_ethnicity": "Hispanic/Latino", "ell_program": "SEI Spanish",
           "iep": False, "counselor": "Ms. Adeyemi"},
    desc="""
    12:00 PM. A student reported that Christian was showing a gun in the second floor boys bathroom
    to "let the Rivera boys know." SSS Carr and AP Doyle found Christian in the bathroom and escorted
    him to the office. In his backpack: a black 9mm handgun with a loaded magazine (12 rounds), no
    round chambered, wrapped in a hoodie. Christian said the older Rivera brother pulled a gun on
    his little brother last week at the park and "I got to protect my family." The Rivera boys are
    his second cousins; the families split years ago. Christian did not resist. BPD officers
    responded at 12:20 and took custody of the firearm.
    """,
    key="9mm handgun", mct=["loaded magazine (12 rounds)", "no round chambered", "wrapped in a hoodie"],
    mnc=["Hispanic", "Latino", "SEI Spanish"], cats=["ethnicity", "language"],
    tags=["allow_weapon", "structured"])

# 62
add("deny", reason="face_surveillance", ground="weapon", weapon="knife", rcp="bpd/district-a7",
    school="East Boston High School", name="Nicolás Herrera", sid="2242279", dob="2008-01-19",
    grade=11, at="2025-10-15T15:00:00-04:00", loc="East Boston High School, rear doors",
    att=[{"kind": "face_match", "name": "rear_doors_face_recognition_hits.csv"}],
    desc="""
    Rear door cameras show a group of four, including junior Nicolás Herrera and an adult believed
    to be his cousin, waiting for a 10th grader whose brother is fighting with Nicolás's brother. One
    of them lifts his shirt to show the handle of a knife. A parent volunteer who works in security
    ran the clip through a face recognition app and got names for all four; the hits file is attached
    so BPD can confirm identities. No one was hurt.
    """,
    mnc=["face recognition"], cats=["face_surveillance"], tags=["deny_face"])

# 63
add("allow", ground="serious_violence", rcp="bpd/district-d4", school="New Mission High School",
    name="Khalil Barnes", sid="2141208", dob="2008-09-03", grade=11,
    at="2026-02-05T12:40:00-05:00", loc="New Mission High School, lobby",
    desc="""
    AP write-up. At 12:40 Khalil's older sister, who is a senior at another school, was buzzed in
    to "drop off lunch." In the lobby she and Khalil confronted a 12th grader (T.B.) who had dated
    their cousin. Khalil smashed a glass juice bottle across T.B.'s face. T.B. had a long cut from
    his eyebrow to his ear and blood on his left sleeve and all down his shirt. Nurse packed the
    wound; EMS took him to Boston Medical Center, where a plastic surgeon closed it; he also has a
    fractured cheekbone. Khalil's mother said on the phone they were at church all weekend, "we are
    Seventh-day Adventist, we don't fight," and that this is the cousin's doing.
    """,
    key="fractured cheekbone", mct=["glass juice bottle", "blood on his left sleeve", "fractured cheekbone"],
    mnc=["Adventist", "at church"], cats=["religion"], tags=["allow_violence", "trap_blood"])

# 64
add("allow", ground="drugs", subs=["methamphetamine"], rcp="bpd/district-e5", school="Boston Latin School",
    name="Anton Petrenko", sid="2200873", dob="2009-04-22", grade=10,
    at="2026-01-21T09:20:00-05:00", loc="Boston Latin School, 3rd floor study hall",
    desc="""
    Study hall proctor's statement. Around 9:20 Anton was handing out orange pills that he called
    Adderall to two classmates who had a test. One of them told me. Anton had a pill bottle with 23
    orange round tablets stamped "b 974." He said his older cousin sells them and that he and his
    brother got into it with the cousin's family about money. The SRO's test was positive for
    methamphetamine, so these are pressed fakes, not real Adderall. Anton's mother arrived and spoke
    to him in Russian, and asked the AP to "keep this from the cousin's side." Pills bagged.
    """,
    key="methamphetamine", mct=["b 974", "pressed fakes", "orange round tablets"],
    mnc=["Russian"], cats=["language"], tags=["allow_drugs"])

# 65
add("allow", ground="weapon", weapon="knife", rcp="bpd/district-a1", school="Charlestown High School",
    name="Ryan Doherty", sid="2105546", dob="2008-12-09", grade=11,
    at="2025-10-08T14:10:00-04:00", loc="Charlestown High School, back fence by the field",
    desc="""
    Coach Alves (soccer) report. During 7th period gym on the back field I saw an older guy outside
    the fence pass a folding knife through the chain link to Ryan. Ryan put it in his sock. I asked
    for it and he gave it up: silver, about 3.5 inch blade, locks open. Ryan said it was his cousin
    and that the knife was "for the Mahoney kid" whose brothers jumped Ryan's brother at a party.
    He also said the Mahoney family are "from the Bunker Hill" like them and everybody is related
    somehow. The older guy drove off in a gray Honda. Knife given to the AP.
    """,
    key="folding knife", mct=["chain link", "3.5 inch blade", "gray Honda"],
    mnc=["Bunker Hill"], cats=["neighborhood"], tags=["allow_weapon", "trap_school_name", "voice_coach"])

# 66
add("deny", reason="missing_threat_statement", ground="credible_threat", rcp="bpd/district-b2",
    school="Madison Park Technical Vocational High School", name="Semhar Tekle", sid="2259940",
    dob="2009-01-13", grade=10, at="2025-12-18T10:25:00-05:00",
    loc="Madison Park Technical Vocational High School, cosmetology lab",
    desc="""
    Semhar and another 10th grader argued in the cosmetology lab about their older brothers, who
    had a fight at a family engagement party. Semhar said "you'll see what happens Friday." The
    instructor reported it. Per students, the families are both Eritrean and the dispute goes back
    years. Semhar has no discipline history. We are submitting so the police are aware in case
    something happens Friday; no further statement was taken.
    """,
    mnc=["Eritrean"], cats=["ethnicity"], tags=["deny_threat_missing"])

# 67
add("allow", ground="credible_threat", rcp="bpd/district-b2", school="New Mission High School",
    name="Andre Simmons", sid="2127705", dob="2008-04-16", grade=11,
    at="2026-03-30T07:45:00-04:00", loc="New Mission High School, principal's office",
    threat="""Andre's younger brother told the principal, and Andre confirmed in the meeting, that
    Andre plans to bring "the strap" his older cousin keeps in the car and shoot J.R. at dismissal
    on Tuesday at the corner where the 22 bus stops, in return for J.R.'s brothers shooting at the
    cousin's car on Saturday.""",
    desc="""
    Principal to Safety Office, 3/30 7:45 AM

    This morning Andre's 9th grade brother came to my office crying. He said Andre and their older
    cousin have been planning "since Saturday" to get back at J.R., a junior here, because J.R.'s
    older brothers shot at the cousin's car. When I met with Andre with his mother present, he did
    not deny it: he said "they shot at my family, what am I supposed to do," and that the cousin
    keeps a gun in the car. The boys in the hallway have been saying for weeks that the cousin is
    Annunciation and J.R.'s brothers are from the other side. J.R. is being kept in the office until
    his family picks him up.

    Andre has been a solid student, on the honor roll last term, and his mother was clearly shocked.
    She said the cousin has been staying with them off and on since the shooting and that she will
    not let him back in the house. Andre is suspended pending a hearing and will not be in the
    building Tuesday. I have asked for an officer at dismissal on Tuesday and Wednesday regardless.
    Please call me directly on my cell if you need anything else before then.
    - Dr. Whitfield-Barnes, Principal
    """,
    key="shoot", mct=["9th grade brother", "shot at the cousin's car"],
    mnc=["Annunciation"], cats=["gang_affiliation"], tags=["allow_threat", "voice_principal"])

# 68
add("allow", ground="weapon", weapon="switchblade", rcp="bpd/district-c11",
    school="Boston Community Leadership Academy", name="Sopheap Chhim", sid="2207718",
    dob="2009-06-30", grade=10, at="2025-11-25T09:10:00-05:00",
    loc="Boston Community Leadership Academy, 2nd floor hallway",
    desc="""
    Hallway incident, 9:10. Teacher saw Sopheap flick open a switchblade (black, push button,
    about 3 inches) while two juniors walked past. Earlier in the week one of the juniors' cousins
    had shoved Sopheap's younger sister on the bus, and his uncle told him "the family has to
    answer." He closed it and gave it to the teacher when told. His mother came with his uncle;
    they spoke mostly Khmer with the family liaison. The uncle said the other family "don't respect
    Cambodian people." No injuries.
    """,
    key="switchblade", mct=["push button", "about 3 inches"],
    mnc=["Khmer", "Cambodian"], cats=["language", "ethnicity"], tags=["allow_weapon"])

# 69
add("deny", reason="recipient_not_permitted", ground="serious_violence", rcp="mbta-transit-police",
    school="Jeremiah E. Burke High School", name="Stanley Joseph", sid="2173302", dob="2008-10-01",
    grade=11, at="2026-04-14T14:55:00-04:00", loc="Jeremiah E. Burke High School, front steps",
    desc="""
    Right after dismissal Stanley and his two brothers beat a 10th grader on the front steps over a
    fight between the boy's cousin and their sister. The boy was kicked in the face and lost
    consciousness; EMS took him to BMC with a fractured jaw. The brothers then ran to the train. The
    boys' family is Haitian, per the counselor. Because they left on the Red Line, this is addressed to
    MBTA Transit Police.
    """,
    mnc=["Haitian"], cats=["ethnicity"], tags=["deny_recipient"])

# 70
add("allow", ground="serious_violence", rcp="bpd/district-b3",
    school="Community Academy of Science and Health", name="Precious Obi", sid="2234417",
    dob="2009-07-04", grade=10, at="2025-09-26T11:20:00-04:00",
    loc="Community Academy of Science and Health, front office",
    desc="""
    From the front office: at 11:20 Precious's older sister, a senior at the Burke, got buzzed in
    saying she had a doctor's note to drop off. She went straight down the hall with Precious to
    find a girl (A.W.) whose cousin fought their cousin at a party. Precious held A.W.'s arms and
    her sister hit A.W. with a hair-straightener pulled from her bag. Precious then stomped on
    A.W.'s hand. A.W. had burns on her neck and a broken finger that needed pins at Children's.
    The sister left before SSS came. When the AP called home, Precious's aunt said the sister "is
    staying with us at Franklin Field until things cool down."
    """,
    key="broken finger", mct=["hair-straightener", "burns on her neck", "needed pins"],
    mnc=["Franklin Field"], cats=["neighborhood"], tags=["allow_violence", "voice_clerk"])

# 71
add("deny", reason="ground_not_permitted", ground="custody_dispute", rcp="bpd/district-e13",
    school="Mission Hill K-8", name="Zoe Carrasquillo", sid="2340081", dob="2015-03-09", grade=5,
    at="2026-01-16T14:40:00-05:00", loc="Mission Hill K-8, pickup line",
    desc="""
    Pickup line, 2:40. Zoe's father arrived with two of his nephews to pick up Zoe and her brother
    (gr 2). Zoe's mother had told us in writing that only she or the grandmother may pick up. The
    father and the mother's sister, who was also there, began yelling and the nephews stood in front
    of the car. We kept the children inside. No one was struck. The mother says the father "moved
    back to Egleston with his people" and there is a custody hearing next month. The mother asks that
    BPD have a copy.
    """,
    mnc=["Egleston"], cats=["neighborhood"], tags=["deny_ground"])

# 72
add("allow", ground="drugs", subs=["fentanyl", "marijuana"], rcp="bpd/district-c11",
    school="Dorchester Academy", name="Elijah Gomes", sid="2119845", dob="2008-03-31", grade=11,
    at="2026-02-20T13:35:00-05:00", loc="Dorchester Academy, room 204",
    desc="""
    to: AP Bellamy / from: Mr. Kwon, rm 204 / 1:35 pm
    elijah got called out by another junior in class about his cousin "snitching" and when they
    were going at it a bag fell out of his hoodie. It had two blunts and a smaller baggie with grey
    powder and a couple of small blue pills. He said the pills are "percs" his cousin gets and he
    was bringing them to his older brother. SRO tested the powder: fentanyl. The kid he was arguing
    with says their families both Cap Verdean and from the same street and there's been beef since
    the cousin's funeral. I kept the class in the room till you got here.
    """,
    key="fentanyl", mct=["grey powder", "two blunts", "small blue pills"],
    mnc=["Cap Verdean"], cats=["ethnicity"],
    tags=["allow_drugs", "mixed_substances", "misspelled", "voice_teacher"])

# 73
add("allow", ground="weapon", weapon="revolver (unloaded)", rcp="bpd/district-b3",
    school="McKinley Schools", name="Jean-Robert Ducasse", sid="2285560", dob="2010-11-02",
    grade=9, at="2026-05-28T10:05:00-04:00", loc="McKinley Schools, classroom 5",
    desc="""
    Clinician's note, McKinley. At 10:05 during group, Jean-Robert told staff he had "something
    for his brother's problem" and took a small silver revolver out of his jacket and put it on the
    table. It was not loaded; staff secured it immediately and found no ammunition on him. He said
    his older brother has been threatened by their cousins over a family fight at a cookout and he
    took the gun from a relative's drawer. His mother came in distressed; she told me she cannot go
    to the police herself because she is waiting on her asylum hearing. Student calm, assigned 1:1.
    """,
    key="revolver", mct=["small silver revolver", "not loaded", "during group"],
    mnc=["asylum"], cats=["immigration_status"], tags=["allow_weapon", "voice_clinician"])

# 74
add("deny", reason="excluded_substance", ground="drugs", subs=["marijuana", "cigarettes"],
    rcp="bpd/district-d14", school="Brighton High School", name="Darwin Mejía", sid="2290067",
    dob="2009-10-08", grade=10, at="2025-12-12T09:45:00-05:00", loc="Brighton High School, stairwell 3",
    desc="""
    Two sophomores, Darwin and his cousin, were found smoking a blunt in stairwell 3 with a pack of
    Newports next to them. Darwin also had two more pre-rolled blunts in his jacket. They said they
    were "calming down" after Darwin's brother and the cousin's brother fought at home last night.
    The cousin's mom came and said in front of staff the whole Honduran side of the family is in an
    uproar. No one was hurt. Substances confiscated; parents notified.
    """,
    mnc=["Honduran"], cats=["ethnicity"], tags=["deny_substance"])

# 75
add("allow", ground="credible_threat", rcp="bpd/district-c11", school="TechBoston Academy",
    name="Rayshawn Tolliver", sid="2138852", dob="2008-08-05", grade=11,
    at="2026-03-09T08:50:00-04:00", loc="TechBoston Academy, dean's office",
    threat="""Rayshawn told a student, who wrote it down for the dean, that he has his cousin's
    gun "in the bushes by the side door" and will shoot the student's brother when he comes to
    pick her up today at 2:30, because the brother hit Rayshawn's sister.""",
    desc="""
    Student written statement (9th grade girl, given to the dean 8:50 am):
    Rayshawn came up to me at breakfast and said tell your brother dont come get you today because
    he got his cousin gun in the bushes by the side door and when my brother pull up at 2:30 he
    gonna shoot him. he said its cuz my brother hit his sister at the party. he wasnt playing, he
    said it twice. my brother is 19 and he comes to get me every day cuz we live on Dot Ave and my
    mom works. i dont want nobody to die over a party. please dont tell him i said it.
    """,
    key="gun", mct=["bushes by the side door", "2:30"],
    mnc=["Dot Ave"], cats=["neighborhood"], tags=["allow_threat", "voice_student"])

# 76
add("allow", ground="weapon", weapon="machete", rcp="bpd/district-e18",
    school="Boston Community Leadership Academy", name="Kofi Mensah-Asante", sid="2064451",
    dob="2007-12-11", grade=12, at="2026-04-30T15:05:00-04:00",
    loc="Boston Community Leadership Academy, student parking area",
    desc="""
    SSS Delaney, statement. At 3:05 I saw senior Kofi at the open trunk of his cousin's car in the
    student parking area holding a machete, about 18 inches, in a black nylon sheath. Three juniors
    were walking toward the bus stop; one of them is the brother of a girl who had a fight with
    Kofi's sister at the Hyde Park Y. Kofi pulled the blade halfway out of the sheath and shouted
    "come here then." I got between them and told Kofi to drop it. He threw it back in the trunk and
    I secured it. The cousin said they all grew up three houses apart right by Cleary and "this
    is a family thing." No one was hurt.
    """,
    key="machete", mct=["about 18 inches", "black nylon sheath", "open trunk"],
    mnc=["Cleary"], cats=["neighborhood"], tags=["allow_weapon", "voice_sss"])

# 77
add("allow", ground="serious_violence", rcp="bpd/district-e13", school="Boston Latin Academy",
    name="Farhiya Abdi", sid="2215506", dob="2009-12-27", grade=10,
    at="2025-10-31T13:10:00-04:00", loc="Boston Latin Academy, main staircase",
    desc="""
    Incident summary, AP Kowalczyk. 1:10, main staircase between the 2nd and 3rd floors.
    Farhiya and her older cousin (gr 12) confronted a 10th grade girl, H.M., over a video H.M.'s
    sister posted about their family. After words, Farhiya shoved H.M. hard in the chest from the
    top step and H.M. fell backward down the full flight. She could not stand. Nurse stabilized her
    leg and EMS took her to Children's: compound fracture of the left tibia, surgery the same night.
    Farhiya told me "she said bad things about my mom in Soomaali so everybody would understand."
    Multiple students and a teacher saw the shove. Parents notified.
    """,
    key="compound fracture", mct=["full flight", "left tibia", "main staircase"],
    mnc=["Soomaali"], cats=["language"], tags=["allow_violence", "other_language", "voice_ap"])

# 78
add("deny", reason="recipient_not_permitted", ground="weapon", weapon="knife",
    rcp="allied-universal-security", school="English High School", name="Pedro Almonte",
    sid="2186634", dob="2008-05-09", grade=11, at="2026-02-02T08:10:00-05:00",
    loc="English High School, entrance scanners",
    desc="""
    Pedro was stopped at the entrance scanners with a folding knife in his backpack. He said he
    carries it because his cousins and the cousins of another junior have been fighting since a
    christening. His father said the family is Dominican and that Pedro is a good kid. The building
    landlord's contracted security firm asked to receive all weapons reports so their guards can
    watch for the cousins outside, so this report is being sent to them.
    """,
    mnc=["Dominican"], cats=["ethnicity"], tags=["deny_recipient"])

# 79
add("allow", ground="drugs", subs=["cocaine", "vape (contents unknown)"], rcp="bpd/district-e13",
    school="English High School", name="Brayan Portillo", sid="2297753", dob="2009-02-03",
    grade=10, at="2025-11-07T10:55:00-05:00", loc="English High School, room 115",
    desc="""
    Teacher's email to the AP, 10:55. "Sending Brayan down. During the quiz he and a kid whose
    brother fought his brother last weekend started yelling. When I separated them a vape and a
    little jar fell out of Brayan's backpack. The jar has white powder and some of it is packed
    into small folded lottery tickets, looks like 10 or 12 of them. Brayan said 'it's my cousin's,
    he's Salvadoran and they'll send him back if he gets caught so I hold it.' He's shaking.
    I kept the jar and the vape on my desk until the SRO came; field test says cocaine."
    """,
    key="cocaine", mct=["folded lottery tickets", "white powder"],
    mnc=["Salvadoran", "send him back"], cats=["ethnicity", "immigration_status"],
    tags=["allow_drugs", "mixed_substances", "voice_email"])

# 80
add("allow", ground="weapon", weapon="pepper spray", rcp="bpd/district-e18",
    school="Another Course to College", name="Linh Dang", sid="2164827", dob="2008-11-21",
    grade=11, at="2026-01-12T12:25:00-05:00", loc="Another Course to College, courtyard",
    desc="""
    Lunch in the courtyard, 12:25. Linh sprayed pepper spray toward a group of three girls, hitting
    one (S.P.) in the eyes and neck. S.P. was flushed with water by the nurse and recovered; no
    lasting injury. The three girls are the cousins of Linh's brother's ex-girlfriend, and Linh says
    they have been following her since the breakup. Canister (red, "Guardian Angel" keychain) taken
    by SSS. Linh's mother said Linh was supposed to be at the Buddhist temple this weekend with her
    grandmother "to calm her mind" and that the whole family is ashamed.
    """,
    key="pepper spray", mct=["Guardian Angel", "flushed with water", "courtyard"],
    mnc=["Buddhist", "temple"], cats=["religion"], tags=["allow_weapon", "trap_angel"])

# 81
add("deny", reason="ground_not_permitted", ground="fight", rcp="bpd/district-c11",
    school="Jeremiah E. Burke High School", name="Tyquan Mills", sid="2152290", dob="2008-06-01",
    grade=11, at="2025-10-17T14:25:00-04:00", loc="Jeremiah E. Burke High School, 3rd floor hallway",
    desc="""
    A fistfight broke out in the 3rd floor hallway between Tyquan, his younger brother (gr 9) and
    two cousins of a junior they have been arguing with about a girl. Four students total, maybe a
    minute, a few punches landed. One boy had a bloody lip and a scraped elbow; nurse cleaned them up
    and sent him back to class. No weapons were involved. The grandmother of the cousins called and
    said Tyquan's family "lives on Bowdoin St and starts trouble every summer." We would like the
    police to document it.
    """,
    mnc=["Bowdoin St"], cats=["neighborhood"], tags=["deny_ground"])

# 82
add("allow", ground="serious_violence", rcp="bpd/district-b2", school="Mission Hill K-8",
    name="Jayceon Lopes", sid="2337742", dob="2011-09-20", grade=8,
    at="2026-03-23T10:40:00-04:00", loc="Mission Hill K-8, 8th grade math room",
    desc="""
    10:40 AM, 8th grade math. Jayceon's cousin, who is in the other 8th grade homeroom, came in
    with a "message" for D.H. and the two of them and D.H. started shoving. Jayceon grabbed a
    sharpened pencil and stabbed D.H. near the right eye. D.H. was screaming and bleeding; the
    teacher held gauze on it. EMS took him to Mass Eye and Ear, where they told his mother there is a
    puncture of the eyelid and damage to the cornea and they cannot yet say if his vision will come
    back fully. D.H.'s older brother and Jayceon's older brother have been fighting all year. Staff
    have heard the older brothers are part of a "Mission Main" crew.
    """,
    key="cornea", mct=["sharpened pencil", "Mass Eye and Ear", "right eye"],
    mnc=["Mission Main"], cats=["gang_affiliation"],
    tags=["allow_violence", "trap_school_name", "trap_hospital"])

# 83
add("allow", ground="credible_threat", rcp="bpd/district-d14", school="Brighton High School",
    name="Mason Kelly", sid="2191148", dob="2008-09-16", grade=11,
    at="2026-04-16T11:10:00-04:00", loc="Brighton High School, room 301",
    threat="""In English class Mason told two classmates that his older brother is bringing a
    gun to the Brighton-Charlestown game on Saturday and that he will point out K.F.'s cousins "so
    my brother can shoot them." He showed a photo of the gun on his phone and named the game, the
    day and the targets.""",
    desc="""
    From: J. Moriarty, 11th grade English teacher, room 301
    Re: comment in class today

    During independent reading two students told me Mason had just said that his brother is
    "bringing the gun" to the Brighton-Charlestown game Saturday and that Mason will point out
    K.F.'s cousins "so he can shoot them." Apparently K.F.'s cousins jumped Mason's brother after
    a party at the beginning of April. One student saw a photo of a black pistol on Mason's phone.
    When I spoke to Mason after class he said "I didn't say that," then "whatever, they deserve it."
    I have sent both students who came forward to the counselor. Please advise.
    """,
    key="shoot", mct=["11th grade English teacher", "Brighton-Charlestown game", "black pistol"],
    mnc=[], cats=[], tags=["allow_threat", "clean", "trap_subject", "voice_email"])

# 84
add("deny", reason="missing_threat_statement", ground="credible_threat", rcp="bpd/district-c6",
    school="Excel High School", name="Yusuf Al-Amin", sid="2201936", dob="2009-02-11", grade=10,
    at="2025-12-05T17:05:00-05:00", loc="Excel High School, main office voicemail",
    desc="""
    Voicemail, main office, Fri 5:05 PM (transcribed Monday): "Yes hello my name is the uncle of a
    boy in tenth grade. There is a problem with Yusuf and my nephew. Yusuf's brothers are saying
    things about our family on the phone and I am worried something will happen. I speak Arabic
    better, if somebody can call me back in Arabic. Thank you." No specific threat was described
    in the message. Submitting so police are aware of the family conflict.
    """,
    mnc=["Arabic"], cats=["language"], tags=["deny_threat_missing", "voice_voicemail"])

# 85
add("allow", ground="weapon", weapon="privately made firearm (ghost gun), loaded",
    rcp="bpd/district-b2", school="Madison Park Technical Vocational High School",
    name="Jalen Whitaker", sid="2047723", dob="2007-07-27", grade=12,
    at="2026-05-14T09:30:00-04:00", loc="Madison Park Technical Vocational High School, locker room",
    extra={"gang_flag": "Associate - Lenox (per outside agency 2024)", "homeroom": "12-4",
           "sped": "504"},
    desc="""
    Athletic director's report. 9:30, boys' locker room before PE. A student saw Jalen put a gun
    in the bottom of his gym locker and told the coach. SSS and the AD opened the locker: black
    polymer pistol with no serial number (appears to be a privately made "ghost gun"), loaded
    magazine with 10 rounds. Jalen said his cousin was shot at two weeks ago by people connected
    to the family of a junior here and that "my mother can't lose another one." He was escorted to
    the office and BPD was called. Jalen's older brother was killed in 2023; staff report the two
    families have been in conflict since then.
    """,
    key="ghost gun", mct=["no serial number", "10 rounds", "gym locker"],
    mnc=["Lenox", "Associate - Lenox"], cats=["gang_affiliation"],
    tags=["allow_weapon", "structured"])

# 86
add("deny", reason="face_surveillance", ground="drugs", subs=["fentanyl"], rcp="bpd/district-b3",
    school="Henderson K-12 Inclusion School", name="Dominic Fairweather", sid="2113064",
    dob="2008-04-09", grade=11, at="2026-04-22T16:00:00-04:00",
    loc="Henderson K-12 Inclusion School, rear lot",
    att=[{"kind": "face_match", "name": "rear_lot_faceprint_results.json"},
         {"kind": "photo", "name": "sis_photos_grade11.zip"}],
    desc="""
    Staff believe junior Dominic Fairweather and his older cousin are selling pills that tested
    positive for fentanyl in the rear lot after school; the cousin's family and another family at
    the school have been fighting over who sells there. The district's camera vendor offered to run
    the rear lot footage against our SIS photos and returned faceprint results with match confidence
    for Dominic and three other students. Results and the grade 11 SIS photos are attached.
    """,
    mnc=["faceprint", "match confidence"], cats=["face_surveillance"], tags=["deny_face"])

# 87
add("allow", ground="drugs", subs=["LSD"], rcp="bpd/district-c11",
    school="Snowden International School", name="Stephanie Noel", sid="2264490", dob="2009-01-24",
    grade=10, at="2025-09-29T11:15:00-04:00", loc="Snowden International School, art room",
    desc="""
    Art teacher's account, 9/29. Around 11:15 Stephanie was showing a sheet of small paper squares
    printed with cartoon suns to two classmates in the art room. When I asked, she said they were
    "tabs" from her cousin who goes to college in the city and that she was going to sell them to
    "pay back" a girl whose brother her cousin owes money to. The AP took the sheet: 25 squares,
    one torn off. Her father said on the phone his family is Hatian and "the cousin is a bad
    influence on both sides." Nurse checked her; she denied taking any and appeared normal. The
    SRO's field test indicated LSD.
    """,
    key="LSD", mct=["cartoon suns", "25 squares", "art room"],
    mnc=["Hatian"], cats=["ethnicity"], tags=["allow_drugs", "misspelled"])

# 88
add("allow", ground="serious_violence", rcp="bpd/district-c6", school="Excel High School",
    name="Kyle Brennan", sid="2125578", dob="2008-01-15", grade=11,
    at="2026-02-27T09:35:00-05:00", loc="Excel High School, 1st floor boys bathroom",
    desc="""
    Dean's report. At 9:35 a 10th grader (C.M.) was found on the floor of the first floor boys'
    bathroom, bleeding from the mouth and unable to get up. Per C.M. and two witnesses, Kyle and his
    cousin (gr 10) followed him in; the cousin held the door while Kyle knocked him down and kicked
    him in the ribs and face with steel-toe work boots. EMS took C.M. to Tufts: four broken ribs,
    a punctured lung, and two teeth knocked out. The fight is over C.M.'s older sister and Kyle's
    brother. Kyle's mother told the dean "we're Old Colony people, we handle our own," and asked
    that the school not call police. Kyle's boots were collected.
    """,
    key="punctured lung", mct=["steel-toe work boots", "four broken ribs", "punctured lung"],
    mnc=["Old Colony"], cats=["neighborhood"], tags=["allow_violence"])

# 89
add("deny", reason="other", ground="weapon", weapon="airsoft pistol", rcp="bpd/district-d14",
    school="Brighton High School", name="Daniel Seo", sid="2230158", dob="2009-06-12", grade=10,
    at="2026-05-01T13:30:00-04:00", loc="Brighton High School, bus loop",
    desc="""
    At the bus loop, Daniel pulled what looked like a black handgun from his waistband and pointed it
    at the ground near two 10th graders. Staff took it: an airsoft pistol with an orange tip that had
    been colored over with marker, loaded with plastic BBs. He said his cousin lent it to him after
    those boys' cousins called his family names. His mother said the insults were about them being
    Korean. No one was shot.
    """,
    mnc=["Korean"], cats=["ethnicity"], tags=["deny_replica"])

# 90
add("allow", ground="credible_threat", rcp="bpd/district-e13", school="Margarita Muñiz Academy",
    name="Luis Ángel Marrero", sid="2279315", dob="2009-08-28", grade=10,
    at="2026-01-26T10:15:00-05:00", loc="Margarita Muñiz Academy, nurse's office",
    threat="""While in the nurse's office Luis said he has a knife at his aunt's and will "stab"
    E.R. "in the neck" at the bus stop after school on Wednesday, because E.R.'s cousins jumped his
    little brother. He gave the name, the place and the day and described the knife.""",
    desc="""
    Nursing note, 10:15. Student came in with a headache, very agitated. While I was taking his
    temperature he said the cousins of E.R. jumped his little brother on Saturday and that he has a
    knife "with a black handle, this long" at his aunt's house and is going to stab E.R. in the neck
    at the bus stop after school Wednesday. I asked if he was serious and he said "watch." He said
    his mother doesn't know because she is at the iglesia every night and "God won't help my
    brother." Notified the AP and the counselor immediately; student stayed in the health office.
    """,
    key="stab", mct=["bus stop after school Wednesday", "black handle"],
    mnc=["iglesia"], cats=["religion"],
    tags=["allow_threat", "other_language", "voice_nurse"])

# 91
add("allow", ground="weapon", weapon="box cutter", rcp="bpd/district-b3",
    school="Jeremiah E. Burke High School", name="Nia Grant-Holloway", sid="2189023",
    dob="2009-04-18", grade=10, at="2025-12-10T10:00:00-05:00",
    loc="Jeremiah E. Burke High School, room 219",
    desc="""
    Hi Ms. Cardoso, writing this down like you asked.
    At about 10 in French class (room 219) Nia and Z.L. were arguing about Z.L.'s cousin, who is
    dating Nia's older sister and "put hands on her." Nia took an orange box cutter out of her
    pencil pouch, pushed the blade out and said "say his name again." I'm the French teacher so I
    was right there - I told her to give it to me and she did after a few seconds. Blade was fully
    extended. Nobody was cut. Nia cried and said her sister has been hiding at their grandma's on
    Morton St because of the cousin. I put the box cutter in my desk until the AP came.
    - Mme. Laroche
    """,
    key="box cutter", mct=["French teacher", "pencil pouch", "orange box cutter"],
    mnc=["Morton St"], cats=["neighborhood"], tags=["allow_weapon", "trap_subject", "voice_teacher"])

# 92
add("deny", reason="ground_not_permitted", ground="truancy", rcp="bpd/district-a7",
    school="East Boston High School", name="Thiago Nascimento", sid="2311725", dob="2009-11-30",
    grade=9, at="2026-03-16T08:00:00-04:00", loc="East Boston High School, attendance office",
    desc="""
    Attendance clerk's note. Thiago has missed 14 of the last 20 days. His older cousins pick him up
    at the corner most mornings and he does not come in; his sister (gr 11) says they are "keeping
    him close" because of a fight with another family from their church. When I called home, the
    aunt said in Portuguese "eles estão sem documentos, não chamem a polícia." We want the police
    to do a wellness check and bring him to school.
    """,
    mnc=["sem documentos", "Portuguese", "their church"],
    cats=["immigration_status", "language", "religion"],
    tags=["deny_ground", "other_language", "voice_clerk"])

# 93
add("allow", ground="drugs", subs=["clonazepam (Klonopin), not prescribed"], rcp="bpd/district-b3",
    school="Henderson K-12 Inclusion School", name="Tobi Adeyemi", sid="2246671", dob="2009-03-14",
    grade=10, at="2025-10-24T12:10:00-04:00", loc="Henderson K-12 Inclusion School, cafeteria",
    desc="""
    Cafeteria, 12:10. Lunch monitor saw Tobi give two small yellow pills to a classmate in exchange
    for cash. AP found a prescription bottle in Tobi's jacket, labeled for his aunt, containing 31
    yellow round tablets marked "K" over "1" (clonazepam). Tobi said he took it from his aunt's
    house where he's been staying since his parents and his uncle's family fell out. His cousin, a
    senior at the O'Bryant, "said I could make money." When we called, the aunt asked for someone
    who speaks Yoruba; the call was finished with the interpreter service. Classmate did not
    swallow the pills.
    """,
    key="clonazepam", mct=["yellow round tablets", "labeled for his aunt", "exchange for cash"],
    mnc=["Yoruba"], cats=["language"], tags=["allow_drugs"])

# 94
add("allow", ground="serious_violence", rcp="bpd/district-d14", school="Brighton High School",
    name="Kayla Medeiros", sid="2256012", dob="2008-10-06", grade=11,
    at="2026-04-03T14:30:00-04:00", loc="Brighton High School, side lot",
    extra={"neighborhood": "Allston", "address": "Commonwealth Ave, unit withheld by SIS"},
    desc="""
    Side lot, 2:30, witnessed by two teachers and SSS Chu. Kayla, her sister (an 8th grader at the
    Edison) and an older cousin surrounded a junior, R.D., who had posted a video of Kayla's mother
    arguing with R.D.'s aunt. Kayla swung a bag with a steel U-lock inside at R.D.'s head several
    times. R.D. fell and hit the pavement. She had a deep scalp wound and was vomiting; Beth Israel
    diagnosed a depressed skull fracture and she was admitted. Kayla and the cousin left in a car;
    Kayla came back with her father at 4. Bag and U-lock recovered by SSS Chu.
    """,
    key="skull fracture", mct=["steel U-lock", "depressed skull fracture", "Beth Israel"],
    mnc=["Allston", "Commonwealth Ave"], cats=["neighborhood"],
    tags=["allow_violence", "structured", "trap_hospital"])

# 95
add("deny", reason="excluded_substance", ground="drugs", subs=["Juul pods"], rcp="bpd/district-d4",
    school="Boston Arts Academy", name="Tanvir Rahman", sid="2267304", dob="2010-02-05", grade=9,
    at="2026-02-25T09:05:00-05:00", loc="Boston Arts Academy, music practice room",
    desc="""
    Tanvir was found in a music practice room with a Juul and a sleeve of mint pods, and two more
    sleeves in his instrument case. He said his older cousin buys them for him and that he has been
    vaping "since my family got into it with my uncle's family." His mother told the counselor that
    at home they speak Bengali and she did not know what the device was. Devices and pods confiscated.
    The question from the team was whether to notify police.
    """,
    mnc=["Bengali"], cats=["language"], tags=["deny_substance"])

# 96
add("deny", reason="recipient_not_permitted", ground="serious_violence", rcp="suffolk-da",
    school="Boston Community Leadership Academy", name="Mateo Quispe", sid="2208849",
    dob="2008-07-20", grade=11, at="2025-11-21T11:35:00-05:00",
    loc="Boston Community Leadership Academy, gym",
    desc="""
    During 4th period gym, Mateo and his cousin beat a 12th grader with a floor hockey stick over a
    family argument about a car. The senior has a broken arm and a cut over his eye that needed
    stitches. Mateo's family is Peruvian and the victim's family has asked for the case to go to the
    prosecutor's office directly, so this report is addressed to the Suffolk County District
    Attorney's office.
    """,
    mnc=["Peruvian"], cats=["ethnicity"], tags=["deny_recipient"])

# 97
add("allow", ground="credible_threat", rcp="bpd/district-d4", school="Boston Arts Academy",
    name="Jordan Alexis", sid="2144590", dob="2008-12-04", grade=11,
    at="2026-05-26T13:40:00-04:00", loc="Boston Arts Academy, theater",
    threat="""Jordan told the theater teacher and the stage manager that he will bring his
    cousin's gun to the spring showcase on Friday night and "shoot" M.P.'s brothers when they come
    to watch, because they beat up his cousin. He said the cousin already agreed to give it to him.""",
    desc="""
    Theater department - incident notes (typed by stage manager at the teacher's request)
    - 1:40 pm, tech rehearsal for the spring showcase
    - Jordan found out M.P.'s brothers will be in the audience Friday
    - Jordan to M.P. in front of the stage crew: "tell your brothers come Friday, I'ma have my
      cousin's gun, I'm shooting them in the lobby"
    - repeated it to teacher when asked, said "I'm dead serious"
    - background per crew: Jordan's cousin and M.P.'s brothers fought at a party; cousin was hurt
    - Jordan's grandmother (guardian) lives on Mass Ave near the school, was called 2:05
    - M.P. sent to counselor, very shaken
    """,
    key="shoot", mct=["spring showcase", "stage crew", "in the lobby"],
    mnc=["Mass Ave"], cats=["neighborhood"],
    tags=["allow_threat", "trap_crew", "layout_bullets"])

# 98
add("allow", ground="weapon", weapon="knife", rcp="bpd/district-b2", school="Dearborn STEM Academy",
    name="Moussa Diallo", sid="2224086", dob="2009-10-19", grade=10,
    at="2026-01-07T07:50:00-05:00", loc="Dearborn STEM Academy, breakfast line",
    desc="""
    Breakfast line, 7:50 AM (cafeteria manager and SSS Pina).
    Moussa cut the line to get to a 10th grader (I.B.) and when I.B. pushed him, Moussa pulled a
    kitchen knife with a wooden handle and a 5 inch blade from his sleeve and held it up. SSS Pina
    grabbed his wrist and took it. No one was cut. Moussa said I.B.'s older cousins beat his brother
    at the soccer field on Sunday and "my family is watching what I do." His father came in and
    spoke with the AP mostly in Wolof through a relative, and said the family only came from Senegal
    two years ago and he is worried about both of his boys. Knife secured in the main office.
    """,
    key="kitchen knife", mct=["breakfast line", "5 inch blade", "from his sleeve"],
    mnc=["Wolof", "Senegal"], cats=["language", "national_origin"], tags=["allow_weapon"])

# 99
add("allow", ground="drugs", subs=["cocaine"], rcp="bpd/district-a1", school="Charlestown High School",
    name="Aidan Sweeney", sid="2097718", dob="2008-02-22", grade=11,
    at="2025-09-23T13:20:00-04:00", loc="Charlestown High School, room 108",
    desc="""
    SIS incident narrative, entered by AP 9/23 2:40 PM:
    13:20 Rm 108. Teacher observed student snorting white powder off a Visa gift card at his desk.
    Search of student's bag (AP + SSS present): 5 small ziplocks of white powder, approx 2.5 g total,
    and $210 cash. Student stated the powder came from his older cousin, who "works for" the
    family of another student; the two families have been feuding since a brawl at a christening.
    Student said his cousin's girlfriend has "no papers" and the cousin is "doing this for her."
    Nurse eval: elevated heart rate, student alert. Parent notified 13:45. SRO field test: cocaine.
    """,
    key="cocaine", mct=["Visa gift card", "5 small ziplocks", "Rm 108"],
    mnc=["no papers"], cats=["immigration_status"],
    tags=["allow_drugs", "trap_visa", "voice_sis", "trap_school_name"])

# 100
add("allow", ground="serious_violence", rcp="bpd/district-e13", school="English High School",
    name="Marcus Delacroix", sid="2069954", dob="2007-10-28", grade=12,
    at="2026-06-04T11:05:00-04:00", loc="English High School, front courtyard",
    desc="""
    From the Head of School, English High School, June 4. For the police liaison.
    At 11:05, during the senior barbecue in the front courtyard, Marcus's two cousins (not students)
    came through the gate while it was open for the caterer. With Marcus they went straight at a
    senior, P.N., whose older brother is accused of shooting at the cousins' house in May. Marcus
    hit P.N. with a metal folding chair while a cousin kicked him. P.N. was knocked unconscious and
    his left collarbone was broken; he was taken to BMC and kept overnight for a head injury. Staff
    and students heard the cousins shouting "Cameron Street" during the fight, and a junior told
    the dean that Marcus has "been with them since middle school." Marcus stayed and was detained by
    SSS; the cousins fled.

    Timeline as reconstructed with staff: 10:55 caterer's van arrives, courtyard gate propped open;
    11:03 two adult males enter, one in a gray hoodie, one in a red jacket; 11:05 assault, lasting
    under a minute; 11:06 SSS Barros and Mr. Quigley separate the group; 11:07 nurse on scene, P.N.
    not responsive for about a minute, then confused; 11:14 EMS arrives; 11:25 P.N. transported.
    The folding chair was collected by SSS Barros and is in the dean's office. Two seniors filmed
    part of it on their phones and have agreed to share the videos. The barbecue was ended and
    seniors were brought inside. Marcus's mother was called at 11:20 and arrived at 12:10.
    """,
    key="collarbone", mct=["metal folding chair", "left collarbone", "senior barbecue"],
    mnc=["Cameron Street"], cats=["gang_affiliation"],
    tags=["allow_violence", "trap_school_name", "voice_principal"])


# ---------------------------------------------------------------------------------------------
# self-checks (labels only; nothing here touches the service)
# ---------------------------------------------------------------------------------------------
def _fold(s):
    return s.casefold()


def check():
    assert len(CASES) == 100, len(CASES)
    for c in CASES:
        req, exp = c["request"], c["expect"]
        desc = req["incident"]["description"]
        assert 300 <= len(desc) <= 1500, (c["id"], len(desc))
        stu = req["student"]
        kept = " ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth",
                                                       "grade", "school"))
        kept = _fold(kept + " " + req["school_id"] + " " + req["recipient"] + " "
                     + req["incident"]["location"])
        whole = _fold(json.dumps(req, ensure_ascii=False))
        keep_facts = [_fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
        for m in exp["must_not_contain"]:
            f = _fold(m)
            assert f in whole, (c["id"], m)
            assert f not in kept, (c["id"], "canary in kept field/location", m)
            assert not any(f in k for k in keep_facts), (c["id"], "canary inside kept fact", m)
        for m in exp["must_contain_text"]:
            assert _fold(m) in _fold(desc), (c["id"], m)
        for m in exp["must_contain"]:
            assert _fold(m) in whole, (c["id"], m)
        if exp["decision"] == "deny":
            assert exp["reason"] and not exp["must_contain"], c["id"]
        else:
            assert 1 <= len(exp["must_contain_text"]) <= 3, c["id"]
        if req["ground"] == "credible_threat" and exp["decision"] == "allow":
            assert req.get("threat_statement"), c["id"]


def main():
    check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    deny = sum(c["expect"]["decision"] == "deny" for c in CASES)
    print(f"wrote {len(CASES)} cases to {OUT}: {len(CASES) - deny} allow, {deny} deny")


if __name__ == "__main__":
    main()
