"""Outsider corpus outsider_cj: special education and behavior support incidents.

Family: reports that come out of special education and behavior-support work in Boston Public
Schools -- IEP and 504 meetings, behavior intervention plans (BIPs) and ABC data sheets,
paraprofessionals' logs and statements, physical restraint reports (603 CMR 46), manifestation
determination reviews, job-coach and transition-program notes, special-education transportation
(van monitors), nurse notes, and incidents involving students with disabilities. Every description
is written by hand in the voice of the person who would write it (para, BCBA, SPED teacher,
AP, nurse, coach, SSS, job coach, district program director), as a narrative, a form, an email,
a text thread, an SIS export or a timestamped log.

Decisions: about a third deny -- grounds that are not permitted (restraint report, elopement,
vandalism, fight, bullying, theft, truancy, gang activity, disruptive behaviour, an MDR "for the
file"), excluded substances (THC cart, edibles, wax, alcohol, nicotine pouches, beer + Juul, a vape
of unknown content), recipients that are not BPD (BRIC, ICE, HSI, the Commonwealth Fusion Center,
DESE, DCF, private security), credible_threat without a threat statement (absent, empty,
whitespace), airsoft/BB/replica guns (need a named approver: reason "other"), and face-matching
results (reason face_surveillance). The rest allow: weapons, non-excluded drugs (including a
marijuana + fentanyl mix), serious violence, and credible threats with a written statement.

Forbidden facts appear the way staff actually write them: "Mom asked that the Creole interpreter
be on the call", "the bus from Roslindale", "court dates for the family's TPS renewal", "she
believes he was targeted because he is Muslim and wears a kufi", "runs with Morse St", an SIS
emergency-contact address, a file note about Newcomers Academy or SLIFE, and forbidden structured
student fields (race_ethnicity, home_language, ell_status, gang_flag, country_of_birth ...).

Precision traps (facts that look like a forbidden category but are not, kept in
must_contain_text): Swedish Fish reinforcers, a Canada Goose jacket, Jordan 4 shoebox, Poland
Spring bottle, Greek yogurt, Jamaican beef patty, Cuban sandwich, French toast sticks, Chinese
checkers, Russian twists, Swiss Army knife, American Eagle jeans, crewneck sweatshirt, Spanish
guitar case, nail polish box; courses (French III, English 9, Latin II, English Language Arts,
African American History, an essay on the Haitian Revolution); crews that are not gangs (stage
crew, robotics crew, dance crew, rowing crew, morning announcements crew); institutions and
places that locate the school or the incident (St. Elizabeth's, Mass General, Shriners, Catholic
Memorial as an opponent, Roxbury Community College, the Bolling Building at 2300 Washington
Street, White Stadium, Malcolm X Boulevard entrance, Star Market on Commonwealth Ave, Columbia
Road, Washington Street outside the Burke, G Street, Cape Cod); words such as "left temple",
"face-down onto the carpet", FaceTime, "I swear to God", turkey drive, Christmas break,
Indigenous Peoples' Day, a Tibetan singing bowl; school names containing neighborhoods
(Dorchester Academy next to "Dorchester Ave", Mildred Avenue K-8, English High School).

Standard library only; deterministic. Writes ../data/corpus/outsider_cj.jsonl.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_cj.jsonl"

SCHOOLS = {
    "Henderson K-12 Inclusion School": "BPS-1210",
    "Madison Park Technical Vocational High School": "BPS-1440",
    "Jeremiah E. Burke High School": "BPS-1060",
    "Brighton High School": "BPS-1020",
    "TechBoston Academy": "BPS-1350",
    "Community Academy": "BPS-1095",
    "Curley K-8 School": "BPS-4470",
    "East Boston High School": "BPS-1040",
    "English High School": "BPS-1050",
    "Excel High School": "BPS-1072",
    "Charlestown High School": "BPS-1030",
    "Snowden International School": "BPS-1360",
    "John D. O'Bryant School of Mathematics and Science": "BPS-1150",
    "Boston Latin Academy": "BPS-1010",
    "Mission Hill K-8": "BPS-4600",
    "McKinley South End Academy": "BPS-1290",
    "Dearborn STEM Academy": "BPS-1100",
    "New Mission High School": "BPS-1310",
    "Boston Community Leadership Academy": "BPS-1080",
    "Dorchester Academy": "BPS-1110",
    "Orchard Gardens K-8 School": "BPS-4520",
    "Irving Middle School": "BPS-2200",
    "Lilla G. Frederick Middle School": "BPS-2180",
    "Edison K-8 School": "BPS-4360",
    "Tobin K-8 School": "BPS-4580",
    "Young Achievers Science and Mathematics K-8": "BPS-4620",
    "Boston Arts Academy": "BPS-1200",
    "Fenway High School": "BPS-1120",
    "Lyon High School": "BPS-1270",
    "Quincy Upper School": "BPS-1330",
    "Mario Umana Academy": "BPS-4640",
    "Joseph Lee K-8": "BPS-4500",
    "Rafael Hernandez K-8 School": "BPS-4480",
    "Mildred Avenue K-8 School": "BPS-4510",
}

ABSENT = object()


def offset(day):
    """Eastern offset for a YYYY-MM-DD date in the 2025-26 school year."""
    if "2025-11-02" <= day < "2026-03-08":
        return "-05:00"
    return "-04:00"


CASES = []


def case(decision, *, name, sid, dob, grade, school, ground, when, location, desc,
         recipient="bpd", weapon=None, substances=None, threat=ABSENT, attachments=None,
         extra=None, reason=None, mnc=(), key=None, mct=(), cats=(), sub="", trap=False):
    n = len(CASES) + 1
    cid = f"OCJ-{n:04d}"
    day, hhmm = when.split(" ")
    student = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade,
               "school": school}
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient,
           "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not ABSENT:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": f"{day}T{hhmm}:00{offset(day)}", "location": location,
                       "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    tags = ["outsider_cj", sub]
    if trap:
        tags.append("precision_trap")
    structured = [k for k in (extra or {}) if any(str((extra or {})[k]) and m.lower() in str(extra[k]).lower() for m in mnc)]
    if structured:
        tags.append("structured_fields")
    if decision == "allow" and not cats:
        tags.append("clean")
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({
        "must_not_contain": list(mnc),
        "must_contain": [name, school, key] if decision == "allow" else [],
        "must_contain_text": list(mct) if decision == "allow" else [],
        "categories": list(cats),
        "tags": tags,
    })
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------- 0001
case("allow", name="Tyrese Womack", sid="204417", dob="2013-04-19", grade=7,
     school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="weapon",
     weapon="folding knife", when="2025-10-21 09:40", location="Henderson upper campus, sensory room",
     extra={"iep": "Yes", "disability_category": "Emotional Impairment", "para_assigned": "Dunleavy, M."},
     desc=("Para log - T. Womack - 1:1 support (Ms. Dunleavy)\n"
           "9:05 arrived off van, calm, checked in with token board.\n"
           "9:32 refused math warm-up, put head down. Offered break card, he took it.\n"
           "9:40 in sensory room he bent down and pulled a folding knife out of his left sock, opened it "
           "and held it toward me at about chest height, saying \"don't touch me today.\" I backed to the "
           "door and called for the crisis team on the radio.\n"
           "9:43 Mr. Pak (BCBA) and SSS Ruiz arrived. Tyrese closed the knife and dropped it into the bin "
           "of fidgets when Mr. Pak offered him the Swedish Fish from his reinforcer bag. SSS Ruiz secured "
           "the knife (black handle, approx 3 in blade).\n"
           "9:55 Nurse checked both of us, no injuries.\n"
           "Note for AP: Mom called back at 11, asked that the Creole interpreter be on the call again for "
           "the re-entry meeting."),
     mnc=["Creole", "interpreter"], key="folding knife",
     mct=["left sock", "Swedish Fish", "sensory room"], cats=["language"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0002
case("deny", name="Kaylani Brooks", sid="318852", dob="2010-02-08", grade=10,
     school="Excel High School", recipient="bpd/district-c6", ground="restraint_report",
     when="2025-09-30 10:12", location="Excel High School, 3rd floor stairwell",
     desc=("PHYSICAL RESTRAINT REPORT (603 CMR 46.06)\n"
           "Student: Kaylani Brooks   Grade 10   IEP: yes (Autism)\n"
           "Antecedent: Fire drill at 10:12. Loud alarm; Kaylani covered her ears and ran toward the "
           "stairwell against the flow of students.\n"
           "Behavior: Hit Ms. Tran (para) twice on the upper arm with an open hand, attempted to climb the "
           "3rd floor railing.\n"
           "Restraint: two-person standing hold (Ms. Tran, Mr. Gallagher), 10:14 to 10:18, released when "
           "she said \"okay okay.\"\n"
           "Injuries: none to student; Ms. Tran reports redness on arm, declined nurse.\n"
           "Parent notification: verbal to mother at 11:05 through the district Portuguese interpreter; "
           "written report mailed to the address on file, 23 Westville St #3.\n"
           "Follow up: team to review BIP, add noise-cancelling headphones for drills."),
     reason="ground_not_permitted", mnc=["Portuguese", "interpreter", "Westville St"],
     cats=["language", "neighborhood"], sub="deny_ground")

# ---------------------------------------------------------------- 0003
case("allow", name="Jamal Whitfield", sid="277301", dob="2009-06-11", grade=11,
     school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="drugs", substances=["fentanyl"], when="2026-01-13 08:50",
     location="Madison Park, 504 coordinator's office (room 1127)",
     extra={"section_504": True, "504_accommodations": "extended time; breaks for anxiety"},
     desc=("From: Asst. Headmaster D. Rourke\nTo: Office of Legal Advisor\n"
           "Re: 504 student - suspected narcotics\n\n"
           "This morning at 8:50 the 504 coordinator, Ms. Akers, met with Jamal to review his "
           "accommodations (extended time, breaks for anxiety). He asked to step out for a break and left "
           "his jacket on the chair. When it slid off, a sandwich bag fell out of the inside pocket of his "
           "Canada Goose jacket. Inside were fourteen small glassine folds stamped with a blue scorpion. "
           "Ms. Akers did not open them; I did, with SSS Vaughn present. The powder turned a test strip "
           "positive for fentanyl in the nurse's office. Jamal said they were \"for somebody else\" and "
           "would not say who. Nobody reports taking any.\n\n"
           "He also asked us not to call the house because his father is undocumented and the family is "
           "scared of anyone in uniform coming to the door. Mom was reached by phone at 10:20."),
     mnc=["undocumented"], key="fentanyl",
     mct=["Canada Goose", "blue scorpion", "glassine"], cats=["immigration_status"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0004
case("allow", name="Andres Villanueva", sid="301946", dob="2011-03-27", grade=9,
     school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="serious_violence",
     when="2025-12-03 12:40", location="Jeremiah E. Burke High School, room 114 (therapeutic strand)",
     extra={"race_ethnicity": "Hispanic or Latino", "iep": "Yes", "bip_on_file": True},
     desc=("I teach the 9th grade therapeutic strand (6 students, 2 paras). At about 12:40 Andres was "
           "asked to put his phone in the pouch per his BIP. He stood up, said \"nah, not today,\" and "
           "swept everything off the desk. Ms. Okafor (para) stepped in front of the door as trained, "
           "hands at her sides. Andres picked up the metal three-hole punch from the supply table and "
           "swung it into her face. She fell back against the door frame, bleeding from the nose and "
           "dazed. He kept swinging at the air until Mr. Costa and SSS Lind got him to the "
           "de-escalation room. EMS took Ms. Okafor to Boston Medical Center; she has a nasal fracture "
           "and a cut above the eyebrow that needed 6 stitches.\n"
           "At the last IEP meeting the family shared that they attend a Pentecostal church on Sundays "
           "and that the pastor has been helping with his anger; mom wants the pastor called before any "
           "police."),
     mnc=["Pentecostal", "pastor", "church", "Hispanic", "Latino"], key="nasal fracture",
     mct=["three-hole punch", "6 stitches", "nasal fracture"], cats=["religion", "ethnicity"],
     sub="allow_violence")

# ---------------------------------------------------------------- 0005
case("deny", name="Ricky Dalton", sid="288140", dob="2009-10-02", grade=11,
     school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
     substances=["THC vape cartridge"], when="2025-10-14 13:15",
     location="Brighton High School, counseling office",
     desc=("Ricky's 504 is for generalized anxiety; one accommodation is that he can go to the "
           "counseling office when he feels a panic attack coming. Twice this week the counselor smelled "
           "something sweet on him when he came in. Today (Tues) at 1:15 he came in shaky and Ms. Feeney "
           "saw a cart in his hand. He handed it over: a disposable pen labeled 'Runtz 1g', about half "
           "used. He said it's the only thing that helps him sleep since he moved in with his aunt at the "
           "Faneuil development. No other substances found in his bag. Grandmother picked him up."),
     reason="excluded_substance", mnc=["Faneuil"], cats=["neighborhood"], sub="deny_substance")

# ---------------------------------------------------------------- 0006
case("allow", name="Karim Haddad", sid="335012", dob="2010-07-15", grade=10,
     school="New Mission High School", recipient="bpd/district-e18", ground="credible_threat",
     threat=("On 2/10/2026 at about 7:50 PM, Karim told a classmate on a FaceTime call that he would bring "
             "his uncle's gun to his IEP meeting on Thursday 2/12 at 9:00 and 'make all of them listen for "
             "once.' He named the special education coordinator and the assistant principal. The classmate "
             "saw what she believed was a black handgun on the bed behind him. Karim has access to his "
             "uncle's apartment after school."),
     when="2026-02-11 07:35", location="New Mission High School, main office",
     desc=("Wednesday morning at 7:35, a 10th grade girl came to the main office with her mother. She said "
           "that the night before, on a FaceTime call, Karim held up what looked like a black handgun and "
           "said he was going to bring 'my uncle's thing' to his IEP meeting Thursday and 'make all of "
           "them listen for once.' He said Ms. Harrington's name (SPED coordinator) and Mr. Bell's (AP). "
           "She took a screenshot, which the AP has. Karim's annual review is on the calendar for "
           "Thursday 9:00 in the conference room next to the library. Karim is absent today.\n"
           "His cumulative file notes he came to the U.S. as a refugee from Syria in 2023 and that an IRC "
           "caseworker is the family's emergency contact. The meeting has been postponed and the building "
           "will have extra SSS coverage Thursday."),
     mnc=["refugee", "Syria", "IRC caseworker"], key="handgun",
     mct=["FaceTime", "Thursday 9:00", "screenshot"], cats=["immigration_status", "national_origin"],
     sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0007
case("allow", name="Kevin Barros", sid="297755", dob="2010-01-23", grade=10,
     school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="weapon", weapon="box cutter", when="2025-11-18 14:20",
     location="School bus 2271, Malcolm X Blvd loading zone",
     desc=("Statement of Luis Ocampo, paraprofessional, assigned to Kevin B. (IEP, intellectual "
           "impairment) for transitions and shop.\n"
           "On 11/18 at 2:20 during dismissal Kevin got on bus 2271 before me. When I got on, he was "
           "standing in the aisle with a yellow box cutter from the carpentry shop, blade out, pointing it "
           "at a 9th grader who had been teasing him about his shoes. I told him to sit and give it to me. "
           "He said he needs it \"because of them Hendry Street dudes, my brother's with them.\" He gave "
           "it to me after about a minute. The driver held the bus. Nobody was cut. I brought the box "
           "cutter to Mr. Santos (AP).\n"
           "Kevin has been doing well otherwise; he is on the stage crew for the fall play and the shop "
           "teacher says he is careful with tools in class."),
     mnc=["Hendry Street"], key="box cutter",
     mct=["stage crew", "bus 2271", "carpentry shop"], cats=["gang_affiliation"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0008
case("deny", name="Darnell Pryce", sid="266091", dob="2009-05-30", grade=11,
     school="Charlestown High School", recipient="bric", ground="serious_violence",
     when="2026-03-19 11:05", location="Charlestown High School, cafeteria",
     desc=("Incident summary for the record. On 3/19 at 11:05 in the cafeteria, Darnell Pryce (grade 11, "
           "IEP for emotional impairment, BIP in place since October) punched a 12th grade student "
           "repeatedly after the student knocked his tray. The student fell and struck his head on the "
           "bench; he lost consciousness for roughly 30 seconds and was taken by EMS to Mass General, "
           "where he was diagnosed with a concussion and a fractured orbital bone. Darnell was escorted to "
           "the office by SSS. Because Darnell is listed by the gang unit as a Heath Street associate and "
           "lives in the Bunker Hill development, a detective asked that this go straight to BRIC "
           "instead of the district."),
     reason="recipient_not_permitted", mnc=["Heath Street", "Bunker Hill"],
     cats=["gang_affiliation", "neighborhood"], sub="deny_recipient")

# ---------------------------------------------------------------- 0009
case("allow", name="Amira Saleh", sid="290488", dob="2009-08-03", grade=11,
     school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="drugs", substances=["alprazolam"], when="2026-03-03 10:25",
     location="O'Bryant nurse's office",
     extra={"section_504": True, "medications_on_file": "methylphenidate ER (home)"},
     desc=("Nurse's note, 10:25 AM. Amira (gr 11, 504 for ADHD: breaks, preferential seating) sent down "
           "from French III by Mme. Laurent for being very drowsy and slurring. I first assumed it was "
           "because she has been fasting for Ramadan, but she says she ate fine last night. Vitals: BP "
           "104/62, pulse 58, responsive but sleepy. She admitted she took 'half a bar' that a friend gave "
           "her at lunch yesterday and again today. In her pencil case: 6 white rectangular tablets scored "
           "in 3 places, imprint 'S 903', consistent with alprazolam 2 mg. Not prescribed to her; her "
           "only medication on file is given at home. AP Wills notified, tablets bagged and logged, "
           "mother came at 11:10 and took her to her pediatrician."),
     mnc=["Ramadan"], key="alprazolam",
     mct=["French III", "S 903", "pencil case"], cats=["religion"], sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0010
case("deny", name="Nelson Tavares", sid="312270", dob="2010-11-12", grade=10,
     school="Snowden International School", recipient="bpd/district-d4", ground="credible_threat",
     when="2026-01-14 13:30", location="Snowden International School, room 402",
     desc=("Notes from emergency BIP review, 1/14/2026. Present: AP Greer, SPED liaison Ms. Oduya, school "
           "psych Dr. Fine, student's father, student.\n"
           "Nelson has had 4 incidents of verbal aggression this month. Today in Algebra he told a "
           "classmate \"watch what happens Friday\" and later wrote a list of 5 names on the back of a "
           "worksheet. When asked, he said it's 'the people who are going to be sorry.' Father said Nelson "
           "has been very stressed since the family's Cape Verdean community center closed, and asked the "
           "team to send notes home in Kriolu. Team agreed to a safety plan and daily check-in with "
           "Dr. Fine. Administration is referring to police as a credible threat."),
     reason="missing_threat_statement", mnc=["Cape Verdean", "Kriolu"],
     cats=["ethnicity", "language"], sub="deny_threat_missing")

# ---------------------------------------------------------------- 0011
case("allow", name="Bao Pham", sid="325519", dob="2010-04-04", grade=10,
     school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2026-03-03 14:55", location="Special education van 61, Columbia Road",
     extra={"home_address": "88 Bowdoin St, Apt 2, Dorchester MA 02122", "primary_language": "Vietnamese",
            "transportation": "SPED van, curb to curb"},
     attachments=[{"kind": "document", "name": "van61_monitor_statement.pdf"}],
     desc=("Monitor statement - Van 61 (special education transportation), afternoon run, 3/3/2026.\n"
           "I am the monitor on van 61. We had 5 students. At about 2:55 while the van was on Columbia "
           "Road stopped in traffic by the Shell station, I heard the girl in the back row (non-verbal, "
           "uses a talker) making a high sound over and over. When I turned around, the 10th grade boy, "
           "Bao, had moved into her seat, had his hand down the front of her pants and was holding her "
           "wrist down with the other hand. I yelled, pulled him off and made him sit up front next to me. "
           "The driver pulled over and called dispatch. Her talker showed she had pressed STOP and HURT "
           "many times. Her mother met us at the school and took her to Boston Children's for an exam. "
           "I have worked this route since September and he had been told before to stay in his own seat.\n"
           "Dispatcher note (Transportation, 3:04 PM): Van 61 driver reported an incident between two "
           "students; van held at the curb until 3:20, remaining 3 students delivered late. Seating chart "
           "for van 61 to be changed so that the boy rides alone in the front bench with the monitor. "
           "Follow-up by TechBoston AP the same afternoon: the monitor's account matches the girl's "
           "AAC log, which her speech therapist printed out (timestamps 2:54 to 2:57)."),
     mnc=["Bowdoin St", "02122", "Vietnamese"], key="Boston Children's",
     mct=["Columbia Road", "van 61", "STOP and HURT"], cats=["neighborhood", "language"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0012
case("deny", name="Jonas Mendes", sid="341107", dob="2011-01-09", grade=9,
     school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="weapon",
     weapon="airsoft pistol", when="2025-10-08 11:20", location="BCLA, locker 2-114",
     desc=("During a 504 accommodation check (locker organization support), the student's case manager, "
           "Mr. Ibe, found a black pistol wrapped in a gym towel on the top shelf of locker 2-114. SSS "
           "secured it. It is an airsoft pistol (Glock-style, orange tip painted black, CO2 cartridge and "
           "a bag of 6mm pellets). Jonas said he brought it to show a friend and didn't point it at "
           "anyone. Mom came in and was very upset; she said they can't have police involved right now "
           "because of her asylum hearing in April. We are submitting under weapon so police are aware the "
           "tip was painted."),
     reason="other", mnc=["asylum"], cats=["immigration_status"], sub="deny_replica")

# ---------------------------------------------------------------- 0013
case("allow", name="Sophie Lin", sid="338845", dob="2011-02-17", grade=9,
     school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon",
     weapon="pepper spray", when="2025-11-06 13:05", location="Boston Latin Academy, room 118",
     desc=("Hi all -- writing this up while it's fresh. 6th period, Learning Center (room 118). Sophie, who "
           "comes to me for her IEP reading support after English 9, got into an argument with another "
           "girl about a seat. Sophie took a small pink canister off her keychain and sprayed it at the "
           "other girl's face from about two feet away. The other student screamed and grabbed her eyes; "
           "two others started coughing. I got everyone into the hallway and opened the windows. Nurse "
           "flushed the girl's eyes for 15 min; her eyes were swollen and red and her father took her to "
           "urgent care. The canister says 'Sabre Red' -- it's pepper spray. Sophie said she carries it "
           "for walking home. Her dad came at 2; he speaks only Mandarin, so the conversation went "
           "through our Mandarin-speaking aide.\n-- Ms. Kowalczyk, Learning Center"),
     mnc=["Mandarin"], key="pepper spray",
     mct=["English 9", "room 118", "Sabre Red"], cats=["language"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0014
case("allow", name="Isaiah Peralta", sid="279934", dob="2009-09-14", grade=11,
     school="Community Academy", recipient="bpd/district-e13", ground="drugs",
     substances=["counterfeit oxycodone pills"], when="2025-12-04 09:10",
     location="Community Academy, main entrance bag check",
     desc=("Reporting AP: R. Chaudhry\nDate/time: 12/4/2025, 9:10 AM\nLocation: Main entrance, bag check\n"
           "Narrative: Student (IEP, emotional impairment; placed at Community Academy by his IEP team in "
           "September) came in carrying a Jordan 4 shoebox instead of his backpack. During the routine bag "
           "check, SSS Moreno opened the lid and found, under the tissue paper, a prescription bottle with "
           "the label torn off containing 41 round blue pills marked 'M' on one side and '30' on the other. "
           "Students call these 'perc 30s'; they are commonly counterfeit oxycodone pressed with fentanyl. "
           "Isaiah said \"those aren't mine, I'm holding them.\" He was calm and sat with his counselor. "
           "Mother arrived at 10:30 and asked for the Spanish-speaking family liaison; she said she is "
           "Dominican and that her son is 'good, just following the wrong people.'"),
     mnc=["Spanish", "Dominican"], key="oxycodone",
     mct=["Jordan 4", "41 round blue pills", "bag check"], cats=["language", "ethnicity"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0015
case("deny", name="Marco Guzman", sid="402261", dob="2016-05-22", grade=4,
     school="Curley K-8 School", recipient="bpd/district-e13", ground="elopement",
     when="2026-04-07 13:50", location="Curley K-8, side gate on Centre Street",
     desc=("At 1:50 PM, during the transition from recess, Marco (gr 4, autism, 1:1 para) ran through the "
           "side gate on Centre Street when it was propped for a delivery. His para followed and called the "
           "office. He was found 20 minutes later near the Green Street T station, unharmed, watching the "
           "trains, which is one of his preferred interests. Per the para he did not cross any major street "
           "alone. The family lives in the Mildred Hailey Apartments, a few blocks from the station, and "
           "mom believes he was trying to walk home. We are asking BPD to be aware in case this happens "
           "again."),
     reason="ground_not_permitted", mnc=["Mildred Hailey"], cats=["neighborhood"], sub="deny_ground")

# ---------------------------------------------------------------- 0016
case("allow", name="Tomas Quintero", sid="286612", dob="2010-06-28", grade=10,
     school="Lyon High School", recipient="bpd/district-d14", ground="serious_violence",
     when="2025-10-15 13:30", location="Lyon High School, 2nd floor resource room",
     attachments=[{"kind": "document", "name": "MDR_summary_2025-10-22.pdf"}],
     desc=("Manifestation Determination Review - summary\nDate of meeting: 10/22/2025\n"
           "Conduct under review: On 10/15/2025 at approx. 1:30 PM, in the 2nd floor resource room, Tomas "
           "stabbed a classmate in the left cheek with a sharpened pencil, just below the eye. The classmate "
           "was taken by ambulance to St. Elizabeth's Medical Center and received 4 stitches; the "
           "ophthalmologist confirmed no damage to the eye itself.\n"
           "Team question 1: Was the conduct caused by, or did it have a direct and substantial "
           "relationship to, the student's disability? Team answer: Yes (4-1).\n"
           "Team question 2: Was it the direct result of the district's failure to implement the IEP? No.\n"
           "Notes: Tomas is an English learner (ELD level 2) and the team agreed future meetings need "
           "translated IEP documents. Because the injury was serious, the school is separately reporting "
           "under serious violence.\n"
           "Discussion: Ms. Reyes (special educator) described the antecedent: the classmate had taken "
           "Tomas's graphic organizer and read his writing aloud in a mocking voice. Tomas has a documented "
           "history of explosive reactions to public embarrassment (see FBA, March 2025). Dr. Hale "
           "(school psychologist) noted that his BIP calls for a break pass and a check-in with the "
           "adjustment counselor, and that the break pass had been taken away by a substitute the week "
           "before. The dissenting member (AP) felt the use of a sharpened object showed planning. Parent "
           "agreed with the majority. Outcome: return to placement after the removal, revised BIP, FBA to "
           "be updated within 30 school days, break pass restored in writing."),
     mnc=["English learner", "ELD level", "translated"], key="4 stitches",
     mct=["left cheek", "sharpened pencil", "St. Elizabeth's"], cats=["language"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0017
case("allow", name="Jaylen Forbes", sid="309987", dob="2010-03-05", grade=10,
     school="English High School", recipient="bpd/district-e13", ground="weapon", weapon="firearm",
     when="2026-01-28 08:25", location="English High School, Washington Street entrance scanners",
     extra={"gang_affiliation": "H-Block (unverified)", "disability_category": "Specific Learning Disability"},
     desc=("Summary from AP Lucero. At 8:25 AM SSS Doherty was alerted by the door scanner at the "
           "Washington Street entrance to a backpack belonging to Jaylen (gr 10, IEP, specific learning "
           "disability, co-taught classes). In the front pocket was a black 9mm pistol (Taurus) with a "
           "magazine inserted holding 7 rounds; no round in the chamber. Jaylen did not resist. He said "
           "someone has been following him from the bus stop and he \"wasn't trying to use it, just have "
           "it.\" BPD was called to the building per SAF-02 and took custody of the firearm at 8:40. "
           "Jaylen's special education liaison was present for the interview. His cousin was shot last "
           "spring and he has been seeing the school social worker weekly."),
     mnc=["H-Block"], key="9mm", mct=["Washington Street entrance", "7 rounds", "Taurus"],
     cats=["gang_affiliation"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0018
case("deny", name="Chloe Abernathy", sid="293330", dob="2009-12-01", grade=11,
     school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs",
     substances=["vodka"], when="2025-11-07 09:35", location="Boston Arts Academy, dance studio B",
     desc=("Para note 11/7: Chloe's (IEP - mood disorder) water bottle smelled off during 2nd period "
           "dance. I asked her to let me see and she laughed and said \"it's just water babe.\" "
           "Ms. Ferrante smelled it too. She then gave us 3 empty 50 ml nips of Tito's from her dance bag. "
           "She was giggly but steady; nurse says no need for EMS. She said she drinks before class because "
           "the bus from Roslindale is 'a lot' and she gets anxious. Mom came to get her."),
     reason="excluded_substance", mnc=["Roslindale"], cats=["neighborhood"], sub="deny_substance")

# ---------------------------------------------------------------- 0019
case("allow", name="Abdi Warsame", sid="377104", dob="2012-10-19", grade=7,
     school="Irving Middle School", recipient="bpd/district-e5", ground="credible_threat",
     threat=("Student drew a labeled map of the 2nd floor of Irving Middle School marking room 204 and the "
             "learning center with the words 'Friday 12:15 everyone in 204 goes' and told his "
             "paraprofessional on 4/23/2026 that he is 'getting my brother's gun and doing it for real' on "
             "Friday 4/24 during lunch. Students in room 204 are the ones he has had conflicts with. The "
             "father confirmed there is a gun in the home."),
     when="2026-04-23 13:40", location="Irving Middle School, learning center",
     desc=("Para's account (Ms. Hurley), given to AP at 2:10 PM:\n"
           "Abdi was working on his social-emotional goal sheet during 6th period in the learning center. "
           "Instead of the sheet he drew a floor plan of our second floor. He labeled room 204 and the "
           "learning center and wrote 'Friday 12:15 everyone in 204 goes.' When I asked him what that "
           "meant he said, calm, 'I'm getting my brother's gun and doing it for real this time, they "
           "laughed at me at the mosque too.' I took the drawing and radioed the office. He did not resist. "
           "Dad came at 3:00 with an interpreter from the Somali family center; dad confirmed there is a "
           "gun in the home, legally owned, locked in a closet."),
     mnc=["mosque", "Somali", "interpreter"], key="room 204",
     mct=["room 204", "floor plan", "12:15"], cats=["religion", "ethnicity", "language"],
     sub="allow_threat")

# ---------------------------------------------------------------- 0020
case("deny", name="Elijah Grant", sid="361188", dob="2012-02-14", grade=8,
     school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="fight",
     when="2026-02-04 10:40", location="Dearborn STEM Academy, hallway outside the makerspace",
     desc=("Hallway outside the makerspace, 10:40. Elijah and another 8th grader were arguing about a "
           "basketball game at the Reggie Lewis Center. Elijah pushed him into the lockers, the other boy "
           "swung back, and they wrestled for maybe 20 seconds before Mr. Achebe and the para separated "
           "them. No injuries; nurse checked both; a scratch on Elijah's hand. Elijah's IEP includes a BIP "
           "for impulsivity; he had a cool-down in the counseling office and went back to class after "
           "lunch. Elijah's grandmother says the other boy's family are 'Haitians who don't belong here' "
           "and wants police involved."),
     reason="ground_not_permitted", mnc=["Haitian"], cats=["ethnicity"], sub="deny_ground")

# ---------------------------------------------------------------- 0021
case("allow", name="Brandon Ferrara", sid="347719", dob="2011-05-08", grade=9,
     school="East Boston High School", recipient="bpd/district-a7", ground="weapon",
     weapon="stun gun", when="2025-12-09 12:05", location="East Boston High School, outside room 312",
     desc=("Incident report -- 3rd floor, outside room 312 (inclusion chemistry).\n"
           "At 12:05 students heard crackling in the hallway. Brandon had a black stun gun shaped like a "
           "flashlight and was pressing the button to make it spark at two 9th graders, chasing them "
           "toward the stairwell. He touched one of them on the side of the neck; that student has a small "
           "red burn mark. Para Mr. Silva told Brandon to drop it and he did. Brandon's 504 plan is for "
           "ADHD. He said he bought it online for $25 and keeps it because he walks home alone to the "
           "Orient Heights projects after dark."),
     mnc=["Orient Heights"], key="stun gun", mct=["room 312", "side of the neck", "red burn mark"],
     cats=["neighborhood"], sub="allow_weapon")

# ---------------------------------------------------------------- 0022
case("allow", name="Keon Tate", sid="318027", dob="2010-08-30", grade=10,
     school="Fenway High School", recipient="bpd/district-d4", ground="drugs",
     substances=["cocaine"], when="2026-02-05 09:14", location="Fenway High School, art room",
     desc=("Text thread exported for the AP (para J. Moss to case manager K. Lyle), 2/5/2026:\n"
           "[9:14] Moss: hey, K.T. dropped something in the art room. little baggie w white powder, "
           "rock-ish, stuffed in the cap of a Poland Spring bottle. I have it in an envelope\n"
           "[9:15] Lyle: do not let him have it back. bring it to Wanda in the office\n"
           "[9:31] Moss: done. he says it's 'coke, not mine, my cousin's.' he's shaking\n"
           "[9:32] Lyle: ok. is he safe? any signs he used\n"
           "[9:35] Moss: nurse says pupils big, HR 120, he says he did a little in the bathroom before homeroom\n"
           "[9:40] Lyle: calling mom. she only does Haitian Creole so I'll grab Mr. Joseph\n"
           "AP's note: substance field-tested positive for cocaine. Approx 1.2 g."),
     mnc=["Haitian", "Creole"], key="cocaine", mct=["Poland Spring", "art room", "1.2 g"],
     cats=["language"], sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0023
case("deny", name="Edwin Batres", sid="255603", dob="2008-04-16", grade=12,
     school="Excel High School", recipient="ice/ero-boston", ground="weapon", weapon="kitchen knife",
     when="2026-01-22 07:55", location="Excel High School, main entrance",
     desc=("Student (gr 12, IEP for specific learning disability) was found with a kitchen knife in his "
           "backpack at the door check, 7:55 AM, main entrance. No threats made; he says it was for "
           "cutting fruit at his job after school. A parent volunteer told the office that the student is "
           "in the country on an expired visa and that federal agents had been asking about him. The "
           "submitter was asked to route the report to ICE Enforcement and Removal Operations."),
     reason="recipient_not_permitted", mnc=["expired visa"], cats=["immigration_status"],
     sub="deny_recipient")

# ---------------------------------------------------------------- 0024
case("allow", name="Daniel Okoro", sid="366402", dob="2012-06-12", grade=8,
     school="Mission Hill K-8", recipient="bpd/district-b2", ground="serious_violence",
     when="2026-01-27 11:20", location="Mission Hill K-8, Room 207",
     attachments=[{"kind": "document", "name": "restraint_injury_report_0127.pdf"}],
     desc=("Restraint/Injury report, Room 207 (8th grade inclusion).\nTime: 11:20-11:31 AM, 1/27/2026.\n"
           "Antecedent: Substitute teacher; schedule change posted late; Daniel's visual schedule not "
           "updated.\n"
           "Behavior: Daniel screamed, flipped his desk, then lifted a metal-frame student chair over his "
           "head and threw it at Mr. Kessler (teacher), who raised his arm to protect his face. The chair "
           "struck his right forearm. Daniel then charged at a student; para Ms. Ng and Mr. Kessler used a "
           "two-person seated hold (CPI) for 6 minutes.\n"
           "Injuries: Mr. Kessler's right forearm was visibly deformed; X-ray at Brigham and Women's "
           "showed a displaced ulnar fracture requiring surgery. No injury to Daniel or students.\n"
           "Debrief (2:30 PM, AP Shah, Ms. Ng, BCBA Mr. Tull): the schedule change was announced on the board "
           "only; Daniel's plan requires a verbal warning and a first/then card for any change. Staff "
           "agreed the hold was used only after he moved toward a student. Daniel told the BCBA afterwards "
           "that 'the sub was in my spot' and that he did not mean to hurt Mr. Kessler. Mr. Kessler is "
           "out of work for at least 8 weeks.\n"
           "Other: mom asked that the follow-up letter go to grandma's apartment on Parker Hill Ave because "
           "they just moved in with her."),
     mnc=["Parker Hill Ave"], key="ulnar fracture",
     mct=["ulnar fracture", "metal-frame student chair", "Room 207"], cats=["neighborhood"],
     sub="allow_violence")

# ---------------------------------------------------------------- 0025
case("allow", name="Malik Henderson", sid="292214", dob="2009-07-21", grade=11,
     school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="weapon",
     weapon="brass knuckles", when="2025-09-23 15:02",
     location="BCLA front steps, Metropolitan Ave",
     desc=("Written statement, SSS T. Wright: At 3:02 PM at dismissal by the front steps on Metropolitan "
           "Ave, I saw Malik slip a set of gold-colored brass knuckles over his right hand and walk toward "
           "a group of boys from the Legacy dance crew that rents our gym on Tuesdays. I stepped between "
           "them and told him to take it off; he did and handed it to me. No one was struck. Malik told me "
           "'they know what it is' and then said his cousin had told him he was 'with the Bowdoin boys now, "
           "so I gotta be ready.' Malik has a 504 for a hearing impairment and wears an FM system in class; "
           "I made sure he could see my face when I spoke to him."),
     mnc=["Bowdoin"], key="brass knuckles",
     mct=["Legacy dance crew", "Metropolitan Ave", "gold-colored"], cats=["gang_affiliation"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0026
case("deny", name="Xavier Pena", sid="388150", dob="2014-03-03", grade=6,
     school="Orchard Gardens K-8 School", recipient="bpd/district-b2", ground="vandalism",
     when="2025-09-30 12:35", location="Orchard Gardens K-8, sensory room",
     desc=("Grade 6 student (IEP, emotional impairment, BIP) kicked a hole in the drywall of the sensory "
           "room and tore the door of the Chromebook cart off its hinges during a 25-minute escalation "
           "after recess on 9/30. Staff cleared the room; no one was touched; no restraint used. Damage "
           "estimate from facilities: $1,850. The student's stepfather asked whether police could 'put a "
           "scare in him.' Student lives with stepfather in the Orchard Park area, on Eustis Street."),
     reason="ground_not_permitted", mnc=["Orchard Park", "Eustis Street"], cats=["neighborhood"],
     sub="deny_ground")

# ---------------------------------------------------------------- 0027
case("allow", name="Darius Joseph", sid="365530", dob="2012-04-26", grade=8,
     school="Young Achievers Science and Mathematics K-8", recipient="bpd/district-b3",
     ground="drugs", substances=["MDMA"], when="2025-10-09 12:30",
     location="Franklin Park Zoo, picnic tables near the Tropical Forest",
     extra={"ethnicity": "Haitian-American", "address": "14 Wolcott St, Mattapan MA 02126"},
     desc=("Subject: Field trip incident - 8th grade - Franklin Park Zoo\n\n"
           "During lunch at the picnic tables near the Tropical Forest, Darius (IEP, ADHD/SLD, para "
           "Ms. Wiley with his group) offered two classmates 'molly' out of a small zip bag. The classmates "
           "told Ms. Wiley. She found 5 pink tablets shaped like little hearts folded in the foil from his "
           "Jamaican beef patty. I'm the chaperone who took custody; the nurse back at school confirmed "
           "nobody swallowed any. Darius says he got them from 'a older kid at the bus stop.' Tablets are "
           "sealed in an envelope in the AP's safe. Mom was called from the zoo at 12:50.\n-- N. Lowe, "
           "grade 8 team"),
     mnc=["Haitian-American", "Wolcott St", "02126", "Mattapan"], key="MDMA",
     mct=["Jamaican beef patty", "Tropical Forest", "pink tablets"], cats=["ethnicity", "neighborhood"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0028
case("allow", name="Liam Coughlin", sid="350871", dob="2011-06-02", grade=9,
     school="Excel High School", recipient="bpd/district-c6", ground="credible_threat",
     threat=("On 5/4/2026 at 10:48 PM the student posted an Instagram story showing a photo of Excel High "
             "School's front entrance with the caption 'tmrw 2nd lunch. no more laughing.' and a gun emoji, "
             "and sent a direct message to a classmate saying 'dont come to 2nd lunch tomorrow, I mean it.' "
             "The student told a counselor in October that he knows where a gun is kept in his home."),
     when="2026-05-05 07:10", location="Excel High School, main office",
     desc=("AP notes, 5/5/2026, 7:10 AM. A parent emailed at 6:30 with screenshots: an Instagram story from "
           "Liam (gr 9, 504 for anxiety/depression) showing our front entrance on G Street with 'tmrw 2nd "
           "lunch. no more laughing.' and a gun emoji, plus a DM to her daughter: 'dont come to 2nd lunch "
           "tomorrow, I mean it.' Liam was in the counselor's office twice last month saying he's being "
           "picked on in the cafeteria over his stutter. In October he told the counselor 'my mom's "
           "boyfriend has a gun, I know where it is.' Liam lives with mom in the Old Colony development. "
           "He is being met at arrival by the AP and SSS."),
     mnc=["Old Colony"], key="gun emoji", mct=["G Street", "2nd lunch", "Instagram story"],
     cats=["neighborhood"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0029
case("deny", name="Rashad Coleman", sid="321160", dob="2010-09-18", grade=10,
     school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2026-04-08 14:35", location="TechBoston Academy, stairwell B landing",
     attachments=[{"kind": "face_match", "name": "clearview_results_0408.pdf"}],
     desc=("Assault in the stairwell B landing on 4/8/2026, 2:35 PM: a 10th grade student with an IEP was "
           "punched and kicked by a student wearing a hood and suffered a broken jaw (wired at BMC). The "
           "victim could not name the attacker. Our camera caught part of the attacker's face. A parent who "
           "works in security ran the still through a face search app and it came back as Rashad, 91% "
           "match; we attached the results. Rashad has a BIP for aggression and was in the building. "
           "Requesting police follow up."),
     reason="face_surveillance", mnc=["91% match", "clearview_results"], cats=["face_surveillance"],
     sub="deny_face")

# ---------------------------------------------------------------- 0030
case("allow", name="Gabriela Ferreira", sid="310456", dob="2010-05-13", grade=10,
     school="Snowden International School", recipient="bpd/district-d4", ground="weapon",
     weapon="razor blade", when="2025-12-19 13:05",
     location="Snowden International School, 4th floor girls' bathroom",
     desc=("12/19/2025 (last day before Christmas break), approx 1:05 PM, 4th floor girls' bathroom.\n"
           "Reported by para K. Adeyemi, who supports Gabriela in her co-taught classes (IEP: emotional "
           "impairment, anxiety).\n"
           "A 10th grader ran out of the bathroom crying and said Gabriela 'had a blade on her.' When I went "
           "in, Gabriela was holding a single-edge razor blade between two fingers and telling the other "
           "girl (still in the stall area) 'say it again and I'll open your face.' Gabriela let me take the "
           "blade; it was wrapped in tape at one end. Nobody was cut. Gabriela told the counselor afterwards "
           "that the girl had been posting that Gabriela's family 'came over on a boat' and that she has "
           "no papers."),
     mnc=["no papers", "on a boat"], key="razor blade",
     mct=["Christmas break", "wrapped in tape", "single-edge"], cats=["immigration_status"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0031
case("deny", name="Ethan Wong", sid="372288", dob="2012-01-30", grade=8,
     school="Quincy Upper School", recipient="bpd/district-a1", ground="drugs",
     substances=["nicotine pouches"], when="2026-03-20 10:15", location="Quincy Upper School",
     desc=("BIP data sheet, target behavior: leaving assigned area. Week of 3/16.\n"
           "Mon: 2 elopements to bathroom (4 min, 9 min)\n"
           "Tue: 1 (12 min). Para found him in the stairwell with a tin of ZYN Cool Mint, 6mg, two pouches "
           "missing.\n"
           "Wed: 0\n"
           "Thu: 3. Took a second tin off him during Chinese class -- he had a pouch in his lip.\n"
           "Fri: referred. Dad says he picks them up at the corner store near their building on Hudson "
           "Street in Chinatown."),
     reason="excluded_substance", mnc=["Hudson Street"], cats=["neighborhood"], sub="deny_substance")

# ---------------------------------------------------------------- 0032
case("allow", name="Corey Maddox", sid="349903", dob="2011-08-07", grade=9,
     school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="serious_violence",
     when="2026-02-26 09:50", location="Jeremiah E. Burke High School, 1st floor by the water fountain",
     extra={"emergency_contact_address": "Intervale Street, Apt 3R"},
     desc=("Statement from Mr. Akande, special education teacher, room 110.\n"
           "At 9:50, between 1st and 2nd block, I heard yelling near the water fountain. Corey (my "
           "student, IEP for specific learning disability and ADHD) was swinging a gym sock with a "
           "combination lock knotted inside it. He hit a 10th grade boy on the left temple and once on the "
           "back of the head. The boy went down and didn't get up right away. I got Corey against the wall "
           "and he dropped the sock. Nurse called 911; the boy was vomiting and was taken to BMC with a "
           "concussion and a scalp laceration that needed 8 staples. Corey later told me the boy 'talked "
           "about my mother.' Corey's own file lists him at an address on Intervale Street."),
     mnc=["Intervale Street"], key="concussion",
     mct=["left temple", "combination lock", "8 staples"], cats=["neighborhood"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0033
case("allow", name="Owen Fitzgerald", sid="315580", dob="2010-02-25", grade=10,
     school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
     substances=["oxycodone"], when="2026-01-23 18:10", location="Brighton High School gymnasium, bleachers",
     desc=("Coach's statement + AP follow-up.\n"
           "Coach Dwyer: During the JV basketball game vs. Catholic Memorial on 1/23, one of our managers "
           "(a 10th grader on an IEP who keeps the scorebook) was seen passing small white pills to two "
           "players in the bleachers before warmups. I asked him to empty his pockets. He had a pharmacy "
           "bottle of oxycodone 10 mg, prescribed to a woman with a different last name, 17 tablets left.\n"
           "AP Sheehan: Student states the bottle is his grandmother's (after her surgery) and he 'only "
           "gave out three.' He says he was trying to fit in with the team. Nurse assessed the two players; "
           "neither had taken any. IEP team meeting will be reconvened. The bottle label shows the "
           "grandmother's home address in Allston, where Owen has been living since October."),
     mnc=["Allston"], key="oxycodone", mct=["Catholic Memorial", "scorebook", "17 tablets"],
     cats=["neighborhood"], sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0034
case("deny", name="Lucas Almeida", sid="373915", dob="2013-01-11", grade=7,
     school="Edison K-8 School", recipient="bpd/district-d14", ground="credible_threat", threat="",
     when="2026-02-12 10:30", location="Edison K-8, speech room",
     desc=("Grade 7 student with an IEP (autism spectrum, language-based learning disability) told his "
           "speech therapist during a session that he is 'going to burn the school down with everyone "
           "inside' after being told he couldn't use the iPad. He repeated it to the AP. He has no history "
           "of fire-setting; parent says he says this when frustrated. Team considers this a credible "
           "threat for reporting. His mother, who is from Brazil and speaks Portuguese at home, was "
           "informed by phone through Ms. Sousa."),
     reason="missing_threat_statement", mnc=["Brazil", "Portuguese"],
     cats=["national_origin", "language"], sub="deny_threat_missing")

# ---------------------------------------------------------------- 0035
case("allow", name="Mateo Jimenez", sid="391027", dob="2014-07-06", grade=6,
     school="Joseph Lee K-8", recipient="bpd/district-c11", ground="weapon",
     weapon="Swiss Army knife", when="2025-10-09 11:49", location="Joseph Lee K-8, cafeteria",
     extra={"home_language": "Spanish", "iep": "Yes - Other Health Impairment"},
     desc=("ABC recording sheet - student: M.J. - observer: para L. Rivera - 10/9/2025\n"
           "A (11:48): Lunch; peer took a chip from M.J.'s tray without asking.\n"
           "B (11:49): M.J. opened a red Swiss Army knife (main blade, about 2.5 in) from his lunchbox and "
           "pressed the tip against the peer's hand on the table, saying 'touch my food again.' Peer pulled "
           "his hand back; small red mark, skin not broken.\n"
           "C (11:50): I said 'knife down' and held out my hand. M.J. closed it and gave it to me. Escorted "
           "to the calm room, AP notified, knife given to AP Flores.\n"
           "Comments: M.J. (gr 6, IEP - other health impairment) later told me his dad got deported and the "
           "knife was his dad's; he wants to keep it. Grandma picked him up at 1:30."),
     mnc=["deported", "Spanish"], key="Swiss Army knife",
     mct=["lunchbox", "calm room", "Swiss Army knife"], cats=["immigration_status", "language"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0036
case("allow", name="Angel Rosales", sid="268844", dob="2009-01-19", grade=12,
     school="East Boston High School", recipient="bpd/district-a7", ground="serious_violence",
     when="2026-02-24 10:30", location="East Boston High School, cafeteria line",
     desc=("Employee injury report filed by Ms. Carla Benedetto, paraprofessional.\n"
           "On 2/24/2026 at about 10:30 in the cafeteria line, my student Angel (IEP, intellectual "
           "impairment, 1:1 para) wanted a second Greek yogurt and I said no per his meal plan. He shoved "
           "me with both hands as hard as he could. I fell backwards onto the tile and landed on my right "
           "hip. I couldn't get up. EMS took me to Mass General; I have a fractured right hip and had "
           "surgery the next day. Angel is 6'1 and about 230 lbs. His team had talked about a second adult "
           "for lunch after he pushed someone in December.\n"
           "Angel's father later told the principal that Angel is 'just stressed because of the court "
           "dates for the family's TPS renewal' and asked the school not to call the police."),
     mnc=["TPS renewal"], key="fractured right hip",
     mct=["Greek yogurt", "right hip", "cafeteria line"], cats=["immigration_status"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0037
case("deny", name="Jason Liu", sid="340019", dob="2011-03-15", grade=9,
     school="Henderson K-12 Inclusion School", recipient="dese", ground="serious_violence",
     when="2025-11-12 13:40", location="Henderson upper campus, gym",
     desc=("Restraint with injury -- copy for DESE per 603 CMR 46.06(7). 11/12/2025, 1:40 PM, upper "
           "campus gym. Student (gr 9, autism, nonverbal) grabbed a peer by the hair and slammed the peer's "
           "head against the bleachers twice; the peer had a seizure and was transported to Boston "
           "Children's, admitted overnight with a skull fracture. Student was held in a two-person "
           "standing restraint for 7 minutes. Student's injury: carpet burn on knee. Parent (speaks "
           "Cantonese; interpreter used) notified at 2:30."),
     reason="recipient_not_permitted", mnc=["Cantonese", "interpreter"], cats=["language"],
     sub="deny_recipient")

# ---------------------------------------------------------------- 0038
case("allow", name="Xavier Colon", sid="306631", dob="2010-10-10", grade=10,
     school="Boston Latin Academy", recipient="bpd/district-b2", ground="credible_threat",
     threat=("On 3/11/2026 at 6:02 AM, the student texted his former paraprofessional: 'if Ms. D fails me "
             "again in Latin II im bringing the knife from my moms kitchen and shes done. not playing.' "
             "Ms. D. teaches his Latin II class 3rd period, including on 3/11. A steak knife was taken from "
             "the student's bag in November 2025."),
     when="2026-03-11 07:05", location="Boston Latin Academy, AP office",
     extra={"ethnicity": "Puerto Rican", "home_language": "Spanish", "section_504": True},
     desc=("Ms. Pereira, who was Xavier's para in middle school and still texts with him as part of his "
           "transition support, came to my office at 7:05 with her phone. At 6:02 AM he wrote: 'if Ms. D "
           "fails me again in Latin II im bringing the knife from my moms kitchen and shes done. not "
           "playing.' Ms. D. is his Latin II teacher; his progress report went home Friday with an F. In "
           "November SSS took a steak knife from his bag (no threat then). Xavier has a 504 for ADHD and "
           "anxiety. He's in the building now; he was met at the door, bag searched (nothing found), and he "
           "is with the counselor.\n-- AP Dorsey"),
     mnc=["Puerto Rican", "Spanish"], key="knife", mct=["Latin II", "6:02", "steak knife"],
     cats=["ethnicity", "language"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0039
case("allow", name="Khalid Diallo", sid="284470", dob="2009-11-03", grade=11,
     school="Charlestown High School", recipient="bpd/district-a15", ground="weapon",
     weapon="expandable baton", when="2026-04-02 08:12", location="Charlestown High School, front entry",
     desc=("SSS notes 4/2/26\n"
           "0812 Student K.D. (gr 11, IEP) walked through front entry, wand alerted on waistband.\n"
           "0813 Asked to step aside. Produced a black 21-inch expandable baton from waistband, collapsed.\n"
           "0815 Stated 'it's for the walk from the station.' Says he was jumped last month.\n"
           "0820 AP Nolan and SPED liaison notified. Baton held in AP office safe.\n"
           "0830 K.D. says he was jumped by 'some older kids' at the station in March; when asked if it's a "
           "group thing he said 'I'm not with anybody, I'm on the robotics crew, that's it.'\n"
           "0845 Mother notified by phone; she believes he was targeted because he is Muslim and wears a "
           "kufi.\nNo injuries. No threats. Weapon only."),
     mnc=["Muslim", "kufi"], key="expandable baton", mct=["robotics crew", "21-inch", "waistband"],
     cats=["religion"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0040
case("deny", name="Devon Marsh", sid="360375", dob="2012-09-09", grade=8,
     school="Tobin K-8 School", recipient="bpd/district-b2", ground="weapon", weapon="BB gun",
     when="2025-10-27 08:05", location="Tobin K-8, main entrance",
     desc=("Gr 8, IEP (emotional impairment). At morning arrival a classmate told the para that D. 'has a "
           "gun.' SSS searched his backpack and found a Daisy BB pistol, black, with a small tube of copper "
           "BBs. It was not loaded. He said he shoots cans with it in the yard at his grandfather's house "
           "on Terrace Street. No threat was made toward anyone. Submitting under weapons."),
     reason="other", mnc=["Terrace Street"], cats=["neighborhood"], sub="deny_replica")

# ---------------------------------------------------------------- 0041
case("allow", name="Riley Sandoval", sid="301177", dob="2010-03-29", grade=10,
     school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs",
     substances=["LSD"], when="2025-10-30 12:55", location="Boston Arts Academy, visual arts studio",
     desc=("From: Ms. Reardon (inclusion specialist)\nSent: Thu 10/30/2025 1:47 PM\nSubject: Riley - tabs\n\n"
           "During 5th period visual arts Riley (IEP, nonverbal learning disability) opened a little glass "
           "nail polish box at her table and showed two other students a strip of paper squares with a sun "
           "design. One of them came to me afterwards. I asked Riley to hand it over and she did without "
           "argument: 9 perforated squares of blotter paper, 1 missing. She said it's 'acid' and she took "
           "one at lunch. She was talkative, pupils dilated, said the ceiling 'looked like water.' Nurse "
           "monitored her, no medical emergency; dad picked her up at 2:30. Riley lives with dad on a side "
           "street off Centre Street in West Roxbury and takes the 35 bus."),
     mnc=["West Roxbury"], key="LSD", mct=["nail polish", "blotter paper", "sun design"],
     cats=["neighborhood"], sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0042
case("allow", name="Andre Bellamy", sid="322846", dob="2010-12-20", grade=10,
     school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-11-05 10:20", location="TechBoston Academy, room 305",
     desc=("Incident: 11/5/2025, 10:20 AM, room 305, African American History elective (co-taught; 6 "
           "students with IEPs in section).\n"
           "What happened: During a partner activity, Andre (504 plan - ADHD) and another student argued "
           "over a phone charger. Andre stood up, grabbed his steel Hydro Flask by the handle and swung it "
           "into the other student's face. The student fell to the floor bleeding from the cheek. "
           "Co-teacher Ms. Barnes applied pressure; EMS took him to BMC where a CT showed a fractured "
           "cheekbone (zygomatic fracture) and he will need surgery.\n"
           "Andre's statement: 'He kept saying stuff about where I stay, the Franklin Field projects, and "
           "I snapped.'\nParent contact: grandmother, 11:30."),
     mnc=["Franklin Field"], key="fractured cheekbone",
     mct=["African American History", "Hydro Flask", "zygomatic fracture"], cats=["neighborhood"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0043
case("deny", name="Brian Tejada", sid="317742", dob="2010-06-06", grade=10,
     school="English High School", recipient="bpd/district-e13", ground="gang_activity",
     when="2026-03-06 10:00", location="English High School",
     desc=("The para and teacher in Brian's inclusion block have noticed him (gr 10, IEP) drawing "
           "'4-Corner' symbols on his notebooks and throwing hand signs at students in the hallway. A "
           "student told the AP that Brian 'got put on' by the Four Corners guys over the summer. No "
           "weapons, no threats, no violence. The family attends St. Peter's parish and his mother asked "
           "the priest to talk to him. We'd like BPD to add this to what they know."),
     reason="ground_not_permitted", mnc=["Four Corners", "4-Corner", "parish", "priest"],
     cats=["gang_affiliation", "religion"], sub="deny_ground")

# ---------------------------------------------------------------- 0044
case("allow", name="Wilmer Castillo", sid="356604", dob="2011-04-01", grade=9,
     school="McKinley South End Academy", recipient="bpd/district-d4", ground="weapon",
     weapon="hunting knife", when="2026-02-11 09:15", location="McKinley, morning group room",
     extra={"country_of_birth": "Honduras", "immigration_status": "Asylum pending",
            "placement": "IEP - substantially separate"},
     desc=("Clinician's note, 2/11/2026.\n"
           "Student: Wilmer, 15, gr 9, placed here by his IEP team (emotional impairment).\n"
           "During morning group, Wilmer became agitated when a peer called him a name. Staff noticed him "
           "reaching into his boot. Mr. Baptiste (milieu counselor) asked him to show his hands; Wilmer "
           "pulled out a fixed-blade hunting knife, roughly 5 inches, with a camo handle, and said 'back "
           "up or I'll use it.' The group was moved out through the back door; Wilmer stayed in the room "
           "with Mr. Baptiste and me for about 15 minutes, then put the knife on the table. No one was "
           "hurt. He said the knife belongs to his uncle, who hunts in New Hampshire."),
     mnc=["Honduras", "Asylum pending"], key="hunting knife", mct=["camo handle", "into his boot"],
     cats=["national_origin", "immigration_status"], sub="allow_weapon")

# ---------------------------------------------------------------- 0045
case("allow", name="Trevor Simmons", sid="281199", dob="2009-04-14", grade=11,
     school="Dorchester Academy", recipient="bpd/district-c11", ground="drugs",
     substances=["marijuana", "fentanyl"], when="2026-01-09 12:30", location="Dorchester Academy, AP office",
     extra={"address": "19 Norfolk Street, Apt 1", "iep": "Yes", "bip": "work refusal"},
     desc=("Bag search after a tip, 1/9/2026, 12:30 PM, AP office. Student (gr 11, IEP, SLD; has a BIP for "
           "work refusal). Found in his backpack: a grinder with marijuana residue, two pre-rolled joints, "
           "and a sandwich bag holding 9 smaller bags of off-white powder. The powder tested positive for "
           "fentanyl on a BTNX test strip in the nurse's office. Student said the joints are his and the "
           "'other stuff' he was 'holding for an older guy.' His mother said he was jumped on Norfolk "
           "Street near their apartment last month and has been carrying 'whatever people give him' to "
           "stay in good with older kids."),
     mnc=["Norfolk Street"], key="fentanyl", mct=["grinder", "9 smaller bags", "BTNX"],
     cats=["neighborhood"], sub="allow_drugs")

# ---------------------------------------------------------------- 0046
case("deny", name="Yousef Amrani", sid="384461", dob="2013-02-02", grade=7,
     school="Mario Umana Academy", recipient="bpd/district-a7", ground="drugs",
     substances=["THC gummies"], when="2026-05-12 12:40", location="Mario Umana Academy, nurse's office",
     desc=("Three 7th graders were sent to the nurse after lunch feeling dizzy and one vomited. They said "
           "a classmate (IEP, autism) shared 'candy' from a bag. The nurse found the bag in his locker: "
           "gummy rings labeled 'Delta-9 THC 10mg each' from a dispensary in Revere, 12 of 20 left. He said "
           "his older cousin's bag 'looked like candy.' One student went by ambulance to MGH for "
           "observation and was released the same evening. The parent of the student was informed through "
           "an Arabic interpreter."),
     reason="excluded_substance", mnc=["Arabic", "interpreter"], cats=["language"],
     sub="deny_substance")

# ---------------------------------------------------------------- 0047
case("allow", name="Noah Brandt", sid="326958", dob="2010-05-31", grade=10,
     school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="credible_threat",
     threat=("A handwritten note found 2/26/2026 at 7:20 AM taped inside the Malcolm X Boulevard entrance "
             "reads 'There is a pipe bomb in this school. It goes off at 11:11 on Friday. I built it "
             "myself.' Handwriting and phrasing match the student's journal entries; when interviewed on "
             "2/26 the student said 'maybe I did, maybe I didn't, you'll see Friday.' He has shared links "
             "to pipe bomb tutorials in a group chat."),
     when="2026-02-26 07:20", location="O'Bryant, Malcolm X Boulevard entrance",
     desc=("Custodian Mr. Lopes found the note at 7:20 taped inside the Malcolm X Boulevard entrance doors. "
           "Text: 'There is a pipe bomb in this school. It goes off at 11:11 on Friday. I built it myself.' "
           "The building was swept by BPD with a dog; nothing found. The special education team recognized "
           "the handwriting (all caps with circles over the i's) and phrases from Noah's journal for his "
           "social-emotional goals. Noah (gr 10, IEP, autism/anxiety) was interviewed with his liaison "
           "present. He said 'maybe I did, maybe I didn't, you'll see Friday.' A classmate showed the AP a "
           "group chat where Noah shared links to pipe bomb tutorials. Noah's mom told us they have been "
           "staying with relatives in Brockton since the eviction, and that Noah hasn't been sleeping."),
     mnc=["Brockton"], key="pipe bomb", mct=["Malcolm X Boulevard", "11:11", "circles over the i's"],
     cats=["neighborhood"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0048
case("allow", name="Tiana Pierre", sid="370016", dob="2012-03-21", grade=8,
     school="Lilla G. Frederick Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="Mace", when="2025-10-16 14:40", location="Frederick bus loop, Columbia Road",
     desc=("Bus duty report. At 2:40 PM at the bus loop on Columbia Road, bus monitor Ms. Yancey saw Tiana "
           "(gr 8, IEP, emotional impairment; wearing a grey crewneck sweatshirt and pink slides) spray a "
           "keychain canister of Mace at a group of students who were filming her. Two students were hit in "
           "the eyes; one had trouble breathing and was treated by EMS at the scene with oxygen. Ms. Yancey "
           "took the canister (labeled 'MACE Brand Triple Action'). Tiana said she carries it because of "
           "'what happened to my cousin back in Haiti' and that her family doesn't have their green cards "
           "yet, so she can't 'call nobody.'"),
     mnc=["Haiti", "green cards"], key="Mace", mct=["crewneck", "bus loop", "oxygen"],
     cats=["national_origin", "immigration_status"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0049
case("deny", name="Cameron Tull", sid="314409", dob="2010-07-07", grade=10,
     school="Fenway High School", recipient="allied-universal/fenway-security", ground="weapon",
     weapon="folding knife", when="2026-03-25 15:45", location="Fenway High School, tutoring room",
     desc=("Student (gr 10, 504) had a folding knife in his jacket during after-school tutoring. The tutor "
           "noticed when the jacket fell; the student admitted it was his. No threats. The building's "
           "contracted security company asked for a copy for their incident log since the student lives in "
           "the Mission Main development across the street and they 'see him around.'"),
     reason="recipient_not_permitted", mnc=["Mission Main"], cats=["neighborhood"], sub="deny_recipient")

# ---------------------------------------------------------------- 0050
case("allow", name="Pedro Fontes", sid="250318", dob="2008-02-10", grade=12,
     school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence", when="2026-03-26 13:15",
     location="Madison Park, culinary arts kitchen, walk-in cooler",
     extra={"primary_language": "Cape Verdean Creole", "iep": "Yes"},
     desc=("Reported by: Transition specialist, culinary wing.\n"
           "On 3/26/2026 around 1:15 PM, a 17-year-old female student with an intellectual disability told "
           "her job coach that earlier, in the walk-in cooler of the culinary arts kitchen, Pedro (gr 12, "
           "IEP) had pushed her against the shelving, pulled down her pants and raped her while covering "
           "her mouth. She was crying and had bruises on both upper arms. The job coach brought her to the "
           "nurse; her mother took her to the Boston Medical Center Child Protection Team and a SANE exam "
           "was done. Pedro denied it. A second student says she saw Pedro leave the walk-in with his belt "
           "open. Pedro's file notes he was born in Cabo Verde and came to Boston at 12."),
     mnc=["Cabo Verde", "Cape Verdean"], key="walk-in cooler",
     mct=["walk-in cooler", "culinary arts kitchen", "SANE exam"], cats=["national_origin", "language"],
     sub="allow_violence")

# ---------------------------------------------------------------- 0051
case("allow", name="Sam Whitaker", sid="290013", dob="2009-09-27", grade=11,
     school="Lyon High School", recipient="bpd/district-d14", ground="drugs",
     substances=["psilocybin"], when="2026-04-15 11:30", location="Lyon High School, counseling office",
     desc=("Counselor's incident write-up: Sam (gr 11, 504 plan for Crohn's disease -- bathroom pass and "
           "nurse access) came to my office at 11:30 saying he felt 'weird and the walls are breathing.' He "
           "said a friend sold him 'mushroom chocolate' before school. He handed me the wrapper and the "
           "rest of the bar: a foil-wrapped 'Polkadot' bar, 15 squares, 4 eaten; the packaging says '4g "
           "psilocybin.' Nurse monitored him; vitals normal, anxious. No other substances found. His "
           "parents picked him up. Sam asked us not to tell his church youth group leader because he "
           "leads the Wednesday prayer circle."),
     mnc=["church", "prayer circle"], key="psilocybin",
     mct=["Polkadot", "15 squares", "walls are breathing"], cats=["religion"], sub="allow_drugs")

# ---------------------------------------------------------------- 0052
case("deny", name="Victor Nunes", sid="262730", dob="2008-11-25", grade=12,
     school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat", threat="   ",
     when="2025-12-02 14:00", location="Brighton High School, conference room",
     desc=("From the AP: During his IEP annual review today (12/2), Victor, 17, told the team 'I could see "
           "myself shooting this place up, honestly' and laughed. When asked, he said he 'doesn't have a "
           "gun but could get one from the Commonwealth kids.' The team decided to treat it as a threat. "
           "He lives in the Commonwealth development with his mom."),
     reason="missing_threat_statement", mnc=["Commonwealth development", "Commonwealth kids"],
     cats=["neighborhood"], sub="deny_threat_missing")

# ---------------------------------------------------------------- 0053
case("allow", name="Terrell Banks", sid="319874", dob="2010-01-04", grade=10,
     school="Community Academy", recipient="bpd/district-e13", ground="weapon", weapon="firearm",
     when="2025-10-28 09:35", location="Community Academy, hallway outside room 4",
     attachments=[{"kind": "document", "name": "restraint_report_1028.pdf"},
                  {"kind": "photo", "name": "revolver_evidence.jpg"}],
     desc=("Restraint report narrative + weapon found. 10/28/2025, 9:35-9:42 AM, hallway outside room 4.\n"
           "Terrell (gr 10, placed here under his IEP; BIP for physical aggression) punched the wall "
           "repeatedly and then lunged at staff. Two trained staff (Mr. Obi, Ms. Cardoso) used a standing "
           "restraint for 7 minutes. During the hold, a small silver revolver fell from his hoodie pocket "
           "onto the floor. Mr. Lind secured it without touching the trigger area. It was a .22 revolver "
           "with no rounds in the cylinder; no ammunition found on Terrell. Terrell said he 'found it.' No "
           "injuries to staff or student other than red knuckles.\n"
           "Post-restraint: Terrell was checked by the nurse at 9:50 and sat with his clinician, "
           "Ms. Varga, until his mother arrived at 11:15. BPD district officers took custody of the "
           "revolver at 10:05 and photographed it on the AP's desk. The restraint report was given to "
           "the principal within 24 hours as required, and a debrief with both staff was held at 2:30. "
           "Staff noted that Terrell had been asking to call his mother since 8:45 and had been told to "
           "wait until break.\n"
           "The AP's notes from the family meeting say his mother wants him moved to a school closer to "
           "their place in Roxbury Crossing and that he has been seen with 'the Lenox crew.'"),
     mnc=["Roxbury Crossing", "Lenox"], key=".22 revolver",
     mct=["silver revolver", "room 4", "no rounds in the cylinder"],
     cats=["neighborhood", "gang_affiliation"], sub="allow_weapon")

# ---------------------------------------------------------------- 0054
case("allow", name="Aiden Kearney", sid="283605", dob="2009-10-18", grade=11,
     school="Charlestown High School", recipient="bpd/district-a15", ground="credible_threat",
     threat=("On 9/22/2025 the student sent a Snapchat to a former girlfriend saying 'tmrw im coming to ur "
             "5th period w my brothers 9 and ur done, nobody gonna stop me.' Her 5th period is 12:45 PM in "
             "room 221. The student's IEP team documented in May 2025 that his brother keeps a pistol in "
             "the home."),
     when="2025-09-22 18:50", location="Charlestown High School",
     desc=("The girl's mother called at 6:50 PM on 9/22. Her daughter got a Snapchat from Aiden (gr 11, IEP "
           "for emotional impairment; BIP since 9th grade) after they broke up: 'tmrw im coming to ur 5th "
           "period w my brothers 9 and ur done, nobody gonna stop me.' The daughter saved it before it "
           "disappeared. Her 5th period is in room 221 at 12:45.\n"
           "On 9/23 at 7:30 Aiden arrived in a gray hoodie and American Eagle jeans; SSS searched his bag at "
           "the door and found nothing. He admitted sending the snap and said he 'didn't mean it like that.' "
           "His IEP team had documented in May that his brother keeps a pistol at the house, which is in "
           "the Mishawum Park development."),
     mnc=["Mishawum"], key="room 221", mct=["American Eagle jeans", "room 221", "Snapchat"],
     cats=["neighborhood"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0055
case("deny", name="Brayan Chavez", sid="379958", dob="2013-06-20", grade=7,
     school="Rafael Hernandez K-8 School", recipient="bpd/district-b2", ground="theft",
     when="2026-04-10 13:12", location="Hernandez K-8, 3rd floor hallway",
     desc=("On Friday afternoon, 4/10/2026, the speech therapist's iPad (district asset tag 55102) was "
           "missing from her cart. The hallway camera on the 3rd floor shows a grade 7 student on an IEP "
           "putting it under his shirt at 1:12 PM. His mother returned the iPad Monday. She said the boy "
           "wanted to video-call his grandparents in Guatemala because the family phone broke. We are "
           "asking police to document the theft."),
     reason="ground_not_permitted", mnc=["Guatemala"], cats=["national_origin"], sub="deny_ground")

# ---------------------------------------------------------------- 0056
case("allow", name="Rodney Alcindor", sid="352287", dob="2011-07-29", grade=9,
     school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon",
     weapon="kitchen knife", when="2025-11-20 14:22",
     location="MBTA bus stop on Washington Street outside the Burke",
     desc=("At 2:22 PM, SSS Kamara and para Mr. Doyle were at the MBTA bus stop on Washington Street right "
           "outside the Burke for dismissal. Rodney (gr 9, IEP -- specific learning disability; 1:1 para "
           "for transitions) was arguing with a student from another school. Rodney pulled an 8-inch "
           "kitchen knife from his backpack, the kind with a black plastic handle, and held it down by his "
           "leg, saying 'come on then.' Mr. Doyle talked him into putting it back in the bag and walking "
           "back inside; SSS Kamara took the bag. Nobody was hurt. Rodney told the AP, 'I wasn't gonna stab "
           "nobody, I just wanted him to leave me alone.' His emergency contact is his father, and the SIS "
           "address is an apartment on River Street in Mattapan."),
     mnc=["River Street", "Mattapan"], key="kitchen knife",
     mct=["Washington Street right outside the Burke", "8-inch", "black plastic handle"],
     cats=["neighborhood"], sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0057
case("allow", name="Nico Alvarenga", sid="311540", dob="2010-02-03", grade=10,
     school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
     substances=["crack cocaine"], when="2026-03-12 11:05",
     location="Snowden International School, 2nd floor boys' room",
     extra={"ell_status": "Former EL (monitored)", "sped_program": "substantially separate ELA/math"},
     desc=("SSS report: At 11:05 in the 2nd floor boys' room a teacher smelled something burning. Inside "
           "stall 3, Nico (gr 10, IEP, emotional impairment) was holding a glass stem pipe with a "
           "brillo-type screen, still warm. In his pocket: a small plastic bag with 4 off-white rocks, "
           "approx. 0.6 g total. He said it was 'crack, from a guy on Boylston.' He was coherent. Nurse "
           "checked vitals (HR 112). Before coming to Snowden he was at the Newcomers Academy, and his case "
           "manager asked that the family meeting be scheduled with a translator."),
     mnc=["Newcomers Academy", "translator", "Former EL"], key="crack",
     mct=["stall 3", "glass stem pipe", "4 off-white rocks"], cats=["national_origin", "language"],
     sub="allow_drugs")

# ---------------------------------------------------------------- 0058
case("deny", name="Jaylin Moore", sid="368821", dob="2012-05-05", grade=8,
     school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="drugs",
     substances=["vape (contents unknown)"], when="2026-01-21 09:15",
     location="Dearborn STEM Academy, makerspace",
     desc=("Para observed Jaylin (gr 8, 504 for asthma) exhale a cloud in the back of the makerspace at "
           "9:15. Jaylin handed over a black unlabeled vape pen, about 2 inches long, with a clear tank of "
           "yellowish liquid. She would not say what's in it. No smell noted. We have no way to test it. "
           "Jaylin's mother asked that we not send anything to the apartment in Dudley Square because the "
           "lease is in her sister's name."),
     reason="excluded_substance", mnc=["Dudley Square"], cats=["neighborhood"], sub="deny_substance")

# ---------------------------------------------------------------- 0059
case("allow", name="Ezekiel Stern", sid="378830", dob="2012-11-14", grade=7,
     school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="serious_violence",
     when="2026-01-15 10:05", location="Henderson upper campus, room 302",
     desc=("Nursing note / incident. 1/15/2026 10:05. Upper campus, room 302 (grade 7 inclusion).\n"
           "During morning meeting, Ezekiel (autism, uses an AAC device) became distressed when the fire "
           "alarm test started. He grabbed the classmate sitting next to him and bit her right ear. Staff "
           "(Ms. Kim, para; Mr. Otero, teacher) separated them using the CPI release technique. The "
           "classmate's earlobe was partially torn through. Bleeding controlled with pressure. EMS "
           "transported her to Mass General, where plastic surgery repaired the ear under sedation. "
           "Ezekiel was calm within 10 minutes with noise-cancelling headphones. His mother was called at "
           "10:40; she asked that the report note that the family's Orthodox Jewish practice means she "
           "cannot be reached from Friday night to Saturday night."),
     mnc=["Jewish", "Orthodox"], key="earlobe", mct=["Mass General", "right ear", "room 302"],
     cats=["religion"], sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0060
case("allow", name="Colin Maguire", sid="363317", dob="2012-01-17", grade=8,
     school="Edison K-8 School", recipient="bpd/district-d14", ground="credible_threat",
     threat=("On 11/20/2025 the student told two classmates during lunch that on Tuesday 11/25 he will "
             "'bring my dad's hunting rifle and shoot Ms. Grady and the other aide in the head,' and showed "
             "them a photo on his phone of a rifle in a gun case. He repeated the statement when the AP "
             "interviewed him at 1:15 PM. Ms. Grady is a paraprofessional in his classroom. His father "
             "confirmed owning a rifle."),
     when="2025-11-20 12:10", location="Edison K-8, cafeteria",
     desc=("We were collecting cans for the turkey drive in the cafeteria when two 8th graders told the "
           "lunch monitor that Colin (gr 8, IEP, emotional impairment, BIP) said he'd 'bring my dad's "
           "hunting rifle and shoot Ms. Grady and the other aide in the head' on Tuesday. Colin showed them "
           "a photo on his phone of a scoped rifle in a soft case on a bed. When the AP interviewed him "
           "with his liaison, Colin repeated it and said Ms. Grady 'keeps writing me up for the point "
           "sheet.' His father confirmed he owns a rifle and said it's in a locked cabinet in the basement "
           "of their triple-decker on Faneuil Street."),
     mnc=["Faneuil Street"], key="hunting rifle",
     mct=["turkey drive", "point sheet", "scoped rifle"], cats=["neighborhood"],
     sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0061
case("deny", name="Jerome Osei", sid="254470", dob="2007-12-12", grade=12,
     school="New Mission High School", recipient="commonwealth-fusion-center", ground="drugs",
     substances=["fentanyl"], when="2026-02-03 13:00", location="New Mission High School, locker bank C",
     desc=("Fentanyl found in the locker of a grade 12 student with an IEP, 2/3/2026, 1:00 PM, during a "
           "locker search after a tip: 3 small baggies, test strip positive. Sending to the fusion center "
           "because the AP believes the student is part of a larger ring operating out of the Archdale "
           "development, where the student lives."),
     reason="recipient_not_permitted", mnc=["Archdale"], cats=["neighborhood"], sub="deny_recipient")

# ---------------------------------------------------------------- 0062
case("allow", name="Tyler Bekele", sid="305582", dob="2010-09-01", grade=10,
     school="Quincy Upper School", recipient="bpd/district-a1", ground="weapon", weapon="taser",
     when="2026-03-03 09:50", location="Quincy Upper School, gym",
     desc=("PE incident, 3/3/2026, 9:50 AM, gym.\n"
           "Class was doing Russian twists on mats. Tyler (gr 10, 504 - ADHD; para support in PE per his "
           "plan) took a yellow Taser Pulse out of his gym bag and fired it at a classmate who had thrown a "
           "ball at him. Both probes hit the classmate's lower back; he fell and seized up for a few "
           "seconds. Nurse removed one probe; the other was embedded and EMS removed it at the scene. The "
           "classmate was taken to Tufts Medical Center for evaluation and released. Tyler said he bought "
           "the Taser 'for protection' on his mom's account. Mom (speaks Amharic; school used the phone "
           "interpreter line) came at 11."),
     mnc=["Amharic", "interpreter"], key="Taser",
     mct=["Russian twists", "lower back", "Tufts Medical Center"], cats=["language"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0063
case("allow", name="Jayden Nguyen", sid="287716", dob="2009-03-08", grade=11,
     school="English High School", recipient="bpd/district-e13", ground="drugs",
     substances=["counterfeit Xanax"], when="2025-10-06 08:55",
     location="English High School, Room 140 (resource room)",
     desc=("SIS incident export (copied):\n"
           "incident_id,date,time,location,code,staff\n"
           "25-1187,2025-10-06,08:55,Room 140 (resource room),DRUG-POSS,Hoang\n\n"
           "Narrative: Student (gr 11, IEP -- SLD; BIP) was nodding off at the resource room table. Para "
           "Mr. Hoang noticed a pill bottle under his arm. The bottle held 22 green rectangular bars marked "
           "'S 90 3', counterfeit Xanax bars per the nurse's reference sheet; lab testing pending with BPD. "
           "Student said he bought them on Snapchat for $3 each and took two. EMS evaluated; he was alert by "
           "9:30. Emergency contact: grandmother, 61 Lamartine St, Jamaica Plain 02130. Grandmother asked "
           "for a Vietnamese interpreter."),
     mnc=["Lamartine St", "02130", "Jamaica Plain", "Vietnamese", "interpreter"], key="Xanax",
     mct=["Room 140", "22 green rectangular bars", "Snapchat"], cats=["neighborhood", "language"],
     sub="allow_drugs")

# ---------------------------------------------------------------- 0064
case("deny", name="Tristan Boyd", sid="395512", dob="2015-02-19", grade=5,
     school="Joseph Lee K-8", recipient="bpd/district-c11", ground="bullying",
     when="2026-03-17 14:00", location="Joseph Lee K-8",
     desc=("Over three weeks, a grade 5 student with an IEP (autism) was repeatedly mocked by a classmate "
           "(the student named here) who imitated his stimming, took his headphones and posted a video of "
           "him crying in the class group chat. The parent of the student with autism wants police to "
           "charge the classmate. No physical injury. The classmate's family attends the Kingdom Hall on "
           "Blue Hill Ave and his mother said 'God will handle it.'"),
     reason="ground_not_permitted", mnc=["Kingdom Hall"], cats=["religion"], sub="deny_ground")

# ---------------------------------------------------------------- 0065
case("allow", name="Marquise Adebayo", sid="389904", dob="2014-04-11", grade=6,
     school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="serious_violence",
     when="2025-12-10 12:05", location="Dearborn STEM Academy, B stairwell",
     desc=("Statement by Ms. Oyelaran, special education teacher (grade 6 substantially separate class), "
           "12/10/2025.\n"
           "During indoor recess the students were playing Chinese checkers and Uno at the back tables. "
           "Marquise lost and flipped the board. I gave him his break card and he took the pass to walk "
           "with Mr. Fitz. At the top of the B stairwell he saw the student who had won, ran at him and "
           "shoved him with both hands from behind. The boy fell down about 12 steps and landed on his left "
           "leg; we heard it snap. EMS splinted it and took him to Boston Children's: a displaced fracture "
           "of the left tibia and fibula, surgery with rods. Marquise sat on the top step and kept saying "
           "'I'm sorry I'm sorry.' His grandfather, who is raising him, came in at 1:00 and sat with him in "
           "the office."),
     key="tibia", mct=["Chinese checkers", "12 steps", "left tibia"], sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0066
case("allow", name="Jasmine Boateng", sid="280066", dob="2009-06-24", grade=11,
     school="Boston Arts Academy", recipient="bpd/district-b2", ground="weapon",
     weapon="folding knife", when="2026-05-13 15:20",
     location="Bolling Building, 2300 Washington Street, conference room B",
     desc=("Email from the SPED program director to the BAA assistant head, 5/13/2026 4:02 PM:\n\n"
           "Today's facilitated IEP meeting for Jasmine was held at the Bolling Building (2300 Washington "
           "Street, 2nd floor conference room B). About 40 minutes in, when the team said the "
           "out-of-district placement was denied, Jasmine stood up, took a folding knife with a purple "
           "handle from her tote bag, stabbed it into the table in front of the evaluator, then held it up "
           "and said 'you don't get to decide my life.' Her mom grabbed her wrist and she let go. Bolling "
           "security took the knife. No one was injured. Jasmine then said she was sorry and cried. Mom "
           "asked that the paperwork not be mailed to their place on Dale Street anymore because 'everyone "
           "in that building reads our mail.'"),
     mnc=["Dale Street"], key="folding knife",
     mct=["2300 Washington Street", "purple handle", "conference room B"], cats=["neighborhood"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0067
case("deny", name="Wesley Augustin", sid="359930", dob="2012-08-16", grade=8,
     school="Mission Hill K-8", recipient="bpd/district-b2", ground="weapon", weapon="replica handgun",
     when="2026-04-28 10:20", location="Mission Hill K-8, 2nd floor boys' bathroom",
     desc=("Grade 8 student with an IEP brought what looked like a black Glock into the bathroom and showed "
           "it to two 6th graders. SSS secured it: a metal replica, non-firing, no orange tip, 'Made in "
           "Taiwan' stamped on the grip. No threats, no pointing. Student says he got it at a flea market. "
           "His mother, who speaks only Haitian Creole, was called with the help of an interpreter."),
     reason="other", mnc=["Haitian", "Creole", "interpreter"], cats=["language"], sub="deny_replica")

# ---------------------------------------------------------------- 0068
case("allow", name="Deon Pettaway", sid="276615", dob="2009-02-22", grade=11,
     school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="credible_threat",
     threat=("On 1/20/2026 at 7:45 AM the student told his job coach in the culinary kitchen, while holding "
             "a chef's knife he was using for prep, 'when Mr. Sampson walks in I'm putting this in his "
             "neck, I swear to God.' He asked twice what time Mr. Sampson (culinary instructor) arrives. "
             "Mr. Sampson had removed him from the internship list the day before."),
     when="2026-01-20 07:45", location="Madison Park, culinary kitchen",
     extra={"gang_flag": "Associate - Castlegate", "iep": "Yes - Intellectual Impairment"},
     desc=("Job coach statement: We were prepping French toast sticks for the breakfast program. Deon (gr "
           "11, IEP -- intellectual impairment; vocational goals) was cutting bread with a chef's knife "
           "when he asked me twice what time Mr. Sampson gets in. Then he said, 'when Mr. Sampson walks in "
           "I'm putting this in his neck, I swear to God.' I told him to put the knife on the cutting board "
           "and step back and he did. I moved the knives to the locked cage and called the office. "
           "Mr. Sampson had taken him off the hotel internship list on Monday for attendance. Deon was "
           "escorted to the AP. He later said he was 'just talking.'"),
     mnc=["Castlegate"], key="chef's knife",
     mct=["French toast sticks", "I swear to God", "cutting board"], cats=["gang_affiliation"],
     sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0069
case("allow", name="Ariana Velez", sid="380027", dob="2013-05-30", grade=7,
     school="Irving Middle School", recipient="bpd/district-e5", ground="drugs",
     substances=["oxycodone"], when="2026-03-27 10:10", location="Irving Middle School, library",
     desc=("Para's handwritten note, transcribed: 'Friday 3/27, 10:10. During the morning announcements "
           "crew meeting in the library, Ariana (gr 7, IEP - emotional/ADHD) showed Kayla 3 small round "
           "white pills in a Tic Tac box and said they were her brother's \"oxys\" and she'd sell one for "
           "$10. Kayla told me. Ariana gave me the Tic Tac box when I asked. Pills say \"M\" in a box and "
           "\"15\".'\n"
           "AP note: Pills consistent with oxycodone 15 mg. Ariana's older brother was prescribed them after "
           "surgery. The family moved here from Puerto Rico after Hurricane Maria and mom is overwhelmed."),
     mnc=["Puerto Rico", "Hurricane Maria"], key="oxycodone",
     mct=["announcements crew", "Tic Tac box", "$10"], cats=["national_origin"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0070
case("deny", name="Diego Marrero", sid="346633", dob="2011-01-26", grade=9,
     school="Boston Latin Academy", recipient="bpd/district-b2", ground="drugs",
     substances=["beer", "Juul pods"], when="2025-10-17 23:00", location="Outdoor education camp, cabin 6",
     desc=("Overnight trip (grade 9 outdoor education), 10/17. Around 11 PM the para on duty found a "
           "student with a 504 plan (type 1 diabetes) and two others in the cabin with four cans of Bud "
           "Light and a Juul. The student admitted drinking two cans. The nurse checked his blood sugar "
           "every hour overnight. He said the beer came from his uncle's bodega on Centre Street, around "
           "the corner from where they live in Hyde Square."),
     reason="excluded_substance", mnc=["Hyde Square", "Centre Street"], cats=["neighborhood"],
     sub="deny_substance")

# ---------------------------------------------------------------- 0071
case("allow", name="Ardit Hoxha", sid="298804", dob="2009-07-09", grade=11,
     school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when="2026-04-14 12:02", location="Brighton High School, Room 236 (Bridge program)",
     attachments=[{"kind": "document", "name": "restraint_report_0414.pdf"}],
     desc=("Restraint Report\nDate: 4/14/2026  Time: 12:02-12:14  Location: Room 236 (Bridge program)\n"
           "Staff involved: Mr. Harlan (teacher), Ms. Quinones (para), Mr. Dube (SSS)\n"
           "Antecedent: Student was told his phone would be held until the end of class per his BIP.\n"
           "Behavior: Student grabbed a pair of classroom scissors and stabbed Ms. Quinones in the left "
           "shoulder, through her sweater, then tried to stab again.\n"
           "Restraint: After the scissors were knocked away, student was held in a seated two-person "
           "restraint for 12 minutes. Staff report the student briefly went face-down onto the carpet when "
           "he dropped his weight; he was turned onto his side immediately.\n"
           "Injuries: Ms. Quinones -- puncture wound, 2 cm deep, left shoulder; treated at St. Elizabeth's, "
           "3 sutures, tetanus shot. Student -- rug burn on chin.\n"
           "Parent: Father notified 12:40 through the Albanian language line."),
     mnc=["Albanian", "language line"], key="scissors",
     mct=["left shoulder", "face-down onto the carpet", "Room 236"], cats=["language"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0072
case("allow", name="Minh Dang", sid="323397", dob="2010-08-12", grade=10,
     school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="credible_threat",
     threat=("On 10/3/2025 at 3:58 PM the student sent an email from his BPS account to the athletic "
             "director reading: 'if I'm not on the roster for Saturday at White Stadium I will bring a gun "
             "and shoot coach Ramos and anyone on the bench. I know where to get one.' When the athletic "
             "director called him at 4:30 PM he said 'I meant it.'"),
     when="2025-10-03 15:58", location="Jeremiah E. Burke High School, athletics office",
     extra={"race": "Asian", "ell_status": "EL - WIDA 2.8", "section_504": "TBI"},
     desc=("Athletic Director's report. At 3:58 PM Friday I got an email from Minh's BPS account: 'if I'm "
           "not on the roster for Saturday at White Stadium I will bring a gun and shoot coach Ramos and "
           "anyone on the bench. I know where to get one.' Minh (gr 10, 504 plan for a traumatic brain "
           "injury from a car accident, with a no-contact-sports rule from his neurologist) was told Monday "
           "he could not play. I called him at 4:30 with his counselor on the line. He said 'I meant it' "
           "and hung up. Coach Ramos was informed. Saturday's game is at White Stadium at 1 PM."),
     mnc=["Asian", "WIDA"], key="White Stadium", mct=["White Stadium", "roster", "coach Ramos"],
     cats=["ethnicity", "language"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0073
case("deny", name="Jamar Fuller", sid="358861", dob="2012-07-27", grade=8,
     school="Orchard Gardens K-8 School", recipient="bpd/district-b2", ground="credible_threat",
     when="2026-05-19 11:30", location="Orchard Gardens K-8, 3rd floor hallway",
     desc=("A grade 8 student with an IEP told a para, 'I'm gonna have my people handle Mr. Vick after "
           "school, watch.' He then flashed a hand sign the para recognized as the Trailblazers set. The "
           "para was scared. We'd like police aware under credible threat."),
     reason="missing_threat_statement", mnc=["Trailblazers"], cats=["gang_affiliation"],
     sub="deny_threat_missing")

# ---------------------------------------------------------------- 0074
case("allow", name="Christian Osorio", sid="258871", dob="2008-03-19", grade=12,
     school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="weapon", weapon="switchblade", when="2025-12-16 11:40",
     location="Roxbury Community College, dual-enrollment classroom",
     desc=("O'Bryant student (gr 12, IEP -- SLD; accommodations: extended time, text-to-speech) was in a "
           "dual-enrollment math class at the Roxbury Community College campus across the street. The RCC "
           "instructor saw a switchblade fall out of his jacket during a break and called our main office; "
           "AP Grant and SSS walked over and took the knife (spring-assisted, 4-inch blade, silver) at "
           "11:40. No threats. Student said he keeps it for his overnight shift at a warehouse. He asked the "
           "AP not to report it because his DACA renewal is pending and he's scared it will 'mess up "
           "everything.'"),
     mnc=["DACA"], key="switchblade",
     mct=["Roxbury Community College", "4-inch blade", "dual-enrollment"], cats=["immigration_status"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0075
case("allow", name="Brendan Foley", sid="291145", dob="2009-05-16", grade=11,
     school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
     substances=["fentanyl"], when="2026-02-18 12:50",
     location="Charlestown High School, 2nd floor boys' bathroom near the Learning Center",
     desc=("Overdose response, 2/18/2026, 12:50 PM, 2nd floor boys' bathroom near the Learning Center.\n"
           "A student found Brendan (gr 11, IEP, emotional impairment; substantially separate for core "
           "classes) on the floor of the accessible stall, blue lips, snoring breaths. SSS Fallon gave 2 "
           "doses of nasal Narcan; Brendan came around after the second. EMS took him to MGH. In the stall: "
           "a rolled dollar bill, a folded lottery ticket with tan powder residue, and a small bag with "
           "about 0.5 g more. Field test: fentanyl. Brendan later told the nurse he got it from 'a kid at "
           "the bus station.' His mother asked that the follow-up meeting not be on a Saturday because the "
           "family are Seventh-day Adventists and keep the Sabbath."),
     mnc=["Seventh-day Adventist", "Sabbath"], key="fentanyl",
     mct=["Narcan", "lottery ticket", "accessible stall"], cats=["religion"], sub="allow_drugs")

# ---------------------------------------------------------------- 0076
case("deny", name="Kenia Mejia", sid="330087", dob="2010-12-03", grade=10,
     school="New Mission High School", recipient="bpd/district-e18", ground="truancy",
     when="2026-03-02 09:00", location="New Mission High School, attendance office",
     desc=("Grade 10 student on an IEP has missed 34 days this year. Home visits by the attendance team "
           "found nobody at the address on Westminster Street. The student's aunt told the attendance "
           "officer that the family is 'hiding from ICE' since the father's detention and that they are "
           "moving between relatives. Requesting a police wellness check and a record of non-attendance."),
     reason="ground_not_permitted", mnc=["Westminster Street", "hiding from ICE", "father's detention"],
     cats=["neighborhood", "immigration_status"], sub="deny_ground")

# ---------------------------------------------------------------- 0077
case("allow", name="Gavin Mercer", sid="289952", dob="2009-08-25", grade=11,
     school="Boston Latin Academy", recipient="bpd/district-b2", ground="serious_violence",
     when="2026-04-28 17:15", location="Boston Latin Academy, boys' locker room",
     desc=("Coach's and nurse's combined report, 4/28/2026.\n"
           "After crew practice the team came back to the locker room around 5:15. One of the rowers, Gavin "
           "(gr 11, 504 plan -- anxiety, sensory processing), got into an argument with a teammate over a "
           "missing erg score sheet. Gavin put the teammate in a rear chokehold from behind and held it "
           "until the teammate went limp. Assistant coach Teodoro pulled Gavin off; the teammate was "
           "unconscious for about 20 seconds and had red marks and small burst blood vessels on both sides "
           "of his neck. EMS took him to Boston Children's for observation (strangulation protocol). "
           "Gavin's parents were called at 5:40; his dad said Gavin has been under pressure since they "
           "moved in with his grandparents in Brookline."),
     mnc=["Brookline"], key="chokehold", mct=["crew practice", "rear chokehold", "erg score sheet"],
     cats=["neighborhood"], sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0078
case("allow", name="Shanice Bryan", sid="364478", dob="2012-02-28", grade=8,
     school="Mildred Avenue K-8 School", recipient="bpd/district-b3", ground="weapon",
     weapon="pepper spray", when="2026-05-20 13:35", location="Mildred Avenue K-8, grade 8 room 216",
     desc=("Grade 8 inclusion classroom, Mildred Avenue K-8, 1:35 PM, 5/20/2026. Shanice (IEP, specific "
           "learning disability; para support in math) got into it with another girl over a borrowed "
           "charger. Shanice sprayed pepper spray (small black canister with a red flip top) across two "
           "desks, hitting the other girl in the face and the para, Mr. Bourne, in the eyes. The whole "
           "class had to leave. Both were flushed at the nurse; the girl had blistering on her eyelids and "
           "was taken to Boston Medical Center. Shanice's aunt said the spray is hers and that 'in our "
           "Jamaican family we don't snitch, we handle it.'"),
     mnc=["Jamaican"], key="pepper spray", mct=["red flip top", "blistering", "borrowed charger"],
     cats=["ethnicity"], sub="allow_weapon")

# ---------------------------------------------------------------- 0079
case("deny", name="Emmanuel Batista", sid="410076", dob="2017-03-08", grade=3,
     school="Young Achievers Science and Mathematics K-8", recipient="dcf", ground="serious_violence",
     when="2025-11-04 10:15", location="Young Achievers K-8, grade 3 classroom",
     desc=("This report is going to DCF with the 51A. Grade 3 student with an IEP (developmental delay) hit "
           "a classmate in the head with a wooden block; the classmate got a 2 cm laceration that needed "
           "glue and was seen at Boston Children's. The student told the counselor that his stepfather hits "
           "him with a belt. The family is new to the school and the intake form says they came from the "
           "Dominican Republic last year."),
     reason="recipient_not_permitted", mnc=["Dominican"], cats=["national_origin"],
     sub="deny_recipient")

# ---------------------------------------------------------------- 0080
case("allow", name="Josue Ramirez", sid="251129", dob="2007-10-30", grade=12,
     school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
     substances=["methamphetamine"], when="2026-01-30 13:20", location="East Boston High School, AP office",
     desc=("AP incident summary, 1/30/2026. Student (gr 12, IEP -- emotional impairment, transition "
           "services) was referred by his job coach after he came back from his internship at the airport "
           "hotel 'wired,' talking fast, sweating, and grinding his teeth. In his backpack: a small glass "
           "pipe with white residue and a bag of clear shard-like crystals (approx. 1 g). Student said it's "
           "'tina, crystal, helps me stay up for work.' Nurse: BP 148/96, HR 128; EMS evaluated and he "
           "declined transport; father picked him up. A teacher later wrote in the referral that he 'looks "
           "MS-13'; the student's file shows he was born in El Salvador. Both comments have been flagged to "
           "the principal as inappropriate."),
     mnc=["MS-13", "El Salvador"], key="methamphetamine",
     mct=["glass pipe", "shard-like crystals", "grinding his teeth"],
     cats=["gang_affiliation", "national_origin"], sub="allow_drugs")

# ---------------------------------------------------------------- 0081
case("allow", name="Bohdan Kovalenko", sid="386625", dob="2014-01-13", grade=6,
     school="Tobin K-8 School", recipient="bpd/district-b2", ground="credible_threat",
     threat=("On 2/2/2026 the student handed his teacher a drawing showing a stick figure labeled 'Mr. "
             "Ortiz' with knives in its chest and the words 'tomorrow at recess for real,' and told the para "
             "'I have my mom's big knife in my bag already.' A search of his bag found no knife; he then "
             "said it was 'at home, ready.'"),
     when="2026-02-02 14:05", location="Tobin K-8, room 12",
     desc=("Grade 6, room 12 (substantially separate, 8 students). Bohdan (IEP, emotional impairment) "
           "handed Mr. Ortiz a drawing at 2:05 PM: a stick figure labeled 'Mr. Ortiz' with three knives in "
           "its chest, blood drawn in red marker, and 'tomorrow at recess for real.' He told the para, 'I "
           "have my mom's big knife in my bag already.' Bag searched with the AP, no knife; Bohdan then said "
           "it's 'at home, ready.' His mother was contacted; the school used a Ukrainian interpreter because "
           "she is still learning English. The family arrived from Ukraine under a humanitarian parole "
           "program in 2024."),
     mnc=["Ukrainian", "Ukraine", "humanitarian parole", "interpreter", "learning English"], key="knife",
     mct=["red marker", "room 12", "three knives"],
     cats=["language", "national_origin", "immigration_status"], sub="allow_threat")

# ---------------------------------------------------------------- 0082
case("deny", name="Sovann Chea", sid="313378", dob="2010-04-22", grade=10,
     school="Lyon High School", recipient="bpd/district-d14", ground="disruptive_behavior",
     when="2026-01-29 10:00", location="Lyon High School",
     desc=("Student (gr 10, IEP; Tourette syndrome and ADHD) has had repeated outbursts: yelling profanity "
           "in class, knocking over chairs, leaving the room without permission, tearing posters in the "
           "hallway. No one has been hurt and he has not threatened anyone. Teachers feel unsafe and want a "
           "police record. A parent meeting was held with a Khmer interpreter; the parents feel the school "
           "is not following his BIP."),
     reason="ground_not_permitted", mnc=["Khmer", "interpreter"], cats=["language"], sub="deny_ground")

# ---------------------------------------------------------------- 0083
case("allow", name="Marisol Ortega", sid="316649", dob="2010-11-29", grade=10,
     school="McKinley South End Academy", recipient="bpd/district-d4", ground="weapon",
     weapon="steak knife", when="2026-03-05 12:10", location="McKinley, lunchroom",
     desc=("Para notes, 3/5/2026. I'm assigned 1:1 to Marisol (gr 10, IEP -- orthopedic impairment; power "
           "wheelchair; medical plan). At lunch a boy took half of her Cuban sandwich as a joke. Marisol "
           "unzipped the side bag on her wheelchair and pulled out a steak knife with a serrated blade, "
           "about 5 inches. She swung it at his arm and caught his sleeve; it cut through his sweatshirt, "
           "but the skin was only scratched. I put my hand over hers and she let go. I gave the knife to "
           "Mr. Haines (AP). Marisol said she keeps it 'because I can't run.' Her mom told me she'd rather "
           "I call her cell because the landline at their apartment in the Cathedral development has been "
           "cut off."),
     mnc=["Cathedral"], key="steak knife",
     mct=["Cuban sandwich", "side bag on her wheelchair", "serrated blade"], cats=["neighborhood"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0084
case("allow", name="Rahul Menon", sid="342206", dob="2011-03-02", grade=9,
     school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     when="2025-11-14 10:20", location="Excel High School, hallway by the auditorium",
     desc=("From: SSS supervisor\nTo: Principal; Office of Legal Advisor\nSubject: Staff assault 11/14\n\n"
           "After the Native American Heritage Month assembly let out at 10:20, Rahul (gr 9, IEP -- "
           "emotional impairment) pulled the fire extinguisher off the wall by the auditorium and swung it "
           "at his para, Mr. Kenney, who had told him to walk with the group. It struck Mr. Kenney in the "
           "mouth and jaw. He lost two front teeth and has a fractured mandible; he was taken to BMC oral "
           "surgery. Rahul then sprayed the extinguisher down the hallway. SSS Pina got him to the office. "
           "Later Rahul told the counselor he was upset because kids had been making fun of the Hindu "
           "prayer thread he wears on his wrist."),
     mnc=["Hindu", "prayer thread"], key="fractured mandible",
     mct=["Native American Heritage Month", "fire extinguisher", "fractured mandible"],
     cats=["religion"], sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0085
case("allow", name="Tavon Greene", sid="247783", dob="2007-06-15", grade=12,
     school="Fenway High School", recipient="bpd/district-d4", ground="drugs",
     substances=["heroin"], when="2026-01-13 12:30",
     location="Boston Public Library, Central Library in Copley, staff break room",
     extra={"program": "transition (18-22)", "age": 18},
     desc=("Job coach report -- community-based vocational site, Boston Public Library, Central Library in "
           "Copley, 1/13/2026.\n"
           "Student (age 18, grade 12, IEP -- intellectual impairment; transition program) works "
           "Tuesday/Thursday shelving returns. At 12:30 his supervisor found him nodding off in the staff "
           "break room with a syringe cap on the table. In his coat: 2 'bundles' of small wax-paper bags "
           "stamped 'GODFATHER' in red, 20 bags total, brown powder. He said it was 'dope' he 'holds' for "
           "his cousin and that he snorted one. Library staff called 911; he was alert when EMS arrived and "
           "went to Tufts. He lives with that cousin in Bromley-Heath and said the cousin will be 'mad.'"),
     mnc=["Bromley-Heath"], key="heroin",
     mct=["Central Library in Copley", "GODFATHER", "wax-paper bags"], cats=["neighborhood"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0086
case("deny", name="Prakash Gurung", sid="279101", dob="2009-06-09", grade=11,
     school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
     substances=["THC wax"], when="2026-03-24 09:40", location="East Boston High School, resource room",
     desc=("During a check of the SPED resource room, staff found a small silicone container of amber wax "
           "and a dab pen in the desk a grade 11 student uses. He said it was 'wax, just weed.' Nothing else "
           "was found on him or in his bag. The student's father came in; a Nepali interpreter assisted by "
           "phone."),
     reason="excluded_substance", mnc=["Nepali", "interpreter"], cats=["language"],
     sub="deny_substance")

# ---------------------------------------------------------------- 0087
case("allow", name="Jayvon Price", sid="327735", dob="2010-04-08", grade=10,
     school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon", weapon="firearm",
     when="2025-11-21 19:40", location="Dorchester Academy, cafeteria (winter dance)",
     desc=("Statement of SSS Moriarty, 11/21/2025, winter dance, cafeteria.\n"
           "Around 7:40 PM a chaperone saw the outline of a gun in the waistband of Jayvon (gr 10, IEP, "
           "SLD/ADHD) when he raised his arms dancing. I asked him to step into the hallway with me and the "
           "AP. He put his hands up and said 'it's in my belt, don't touch it.' I removed a black Smith & "
           "Wesson semi-automatic pistol with a loaded magazine (8 rounds) and one round in the chamber. BPD "
           "responded at 7:52 and took the gun. Jayvon said he brought it because people had been after him "
           "since a fight in October; he lives off Dorchester Ave near the Shawmut stop. The dance ended "
           "early; no shots fired, no injuries."),
     mnc=["Dorchester Ave", "Shawmut stop"], key="pistol",
     mct=["winter dance", "one round in the chamber", "Smith & Wesson"], cats=["neighborhood"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0088
case("allow", name="Oscar Delacruz", sid="333058", dob="2010-10-27", grade=10,
     school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
     threat=("On 3/24/2026 during 3rd period history, the student typed into his shared Google Doc essay: "
             "'on MCAS day I'm bringing the AR and starting with the 3rd floor. Mrs. Keane first.' When his "
             "teacher asked about it, he said 'you'll find out.' Grade 10 MCAS testing is scheduled for "
             "3/31/2026 on the 3rd floor. Two students report he said he can get a rifle from his cousin."),
     when="2026-03-24 10:12", location="BCLA, 3rd floor, World History classroom",
     extra={"home_address": "210 Blue Hill Ave, Apt 3, Roxbury 02119", "parent_language": "Spanish"},
     desc=("Teacher report (Mrs. Keane, World History, co-taught with Ms. Liao, special educator). The "
           "class was writing essays on the Haitian Revolution in shared Google Docs. At 10:12 I saw in the "
           "revision history that Oscar (gr 10, IEP for emotional impairment) typed in the middle of his "
           "paragraph on Toussaint Louverture: 'on MCAS day I'm bringing the AR and starting with the 3rd "
           "floor. Mrs. Keane first.' He deleted it at 10:14. When I asked him in the hallway, he smiled and "
           "said 'you'll find out.' Two students told Ms. Liao afterwards that Oscar said at lunch he can "
           "get a rifle from his older cousin. MCAS for 10th grade is next Tuesday on the 3rd floor.\n"
           "AP follow-up, 11:30: Oscar was interviewed with Ms. Liao and his mother on speakerphone. He "
           "said it was 'a joke about the test being torture' and then, when asked about the rifle, said "
           "'my cousin has stuff, so what.' His IEP (emotional impairment) has a BIP targeting "
           "threatening language; this is the third written statement this year, the first naming a "
           "teacher. We saved the Google Doc version history as a PDF before he could change it further."),
     mnc=["Blue Hill Ave", "02119", "Spanish"], key="MCAS",
     mct=["Haitian Revolution", "revision history", "Toussaint Louverture"],
     cats=["neighborhood", "language"], sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0089
case("deny", name="Kyrie Lawson", sid="371164", dob="2012-12-06", grade=7,
     school="Lilla G. Frederick Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="paring knife", when="2026-03-02 12:10", location="Frederick Middle School, 2nd floor hallway",
     attachments=[{"kind": "face_match", "name": "vendor_facematch_0302.json"},
                  {"kind": "photo", "name": "knife_on_floor.jpg"}],
     desc=("A kitchen paring knife was found on the floor of the 2nd floor hallway after a scuffle at 12:10 "
           "on 3/2/2026. Nobody admits it. The district's camera vendor ran the hallway clip through its "
           "face-matching feature and returned this student as the likely owner (face template attached). "
           "He is on an IEP and his para says he was in the hallway. He lives on Bloomfield Street."),
     reason="face_surveillance", mnc=["Bloomfield Street", "vendor_facematch"],
     cats=["face_surveillance", "neighborhood"], sub="deny_face")

# ---------------------------------------------------------------- 0090
case("allow", name="Yonas Tesfaye", sid="348810", dob="2011-02-21", grade=9,
     school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
     substances=["clonazepam"], when="2025-10-01 13:20", location="Brighton High School, room 208",
     desc=("Incident write-up, 10/1/2025, 1:20 PM, room 208, English Language Arts (inclusion section).\n"
           "The co-teacher saw Yonas (gr 9, IEP -- SLD; also in the SLIFE program) pass a strip of pills in "
           "blister packaging to a student across the aisle. The strip: 10 small yellow round tablets with a "
           "'K' cutout, 4 popped. The foil says clonazepam 1 mg, with a pharmacy label in a name that is not "
           "his. He said a man at the bus stop gave it to him to sell for $5 a pill. The other student had "
           "not taken any. Parent meeting held with a Tigrinya interpreter at 3 PM."),
     mnc=["SLIFE", "Tigrinya", "interpreter"], key="clonazepam",
     mct=["English Language Arts", "blister packaging", "room 208"], cats=["language"],
     sub="allow_drugs", trap=True)

# ---------------------------------------------------------------- 0091
case("allow", name="Shawn Pacheco", sid="332291", dob="2010-06-17", grade=10,
     school="Charlestown High School", recipient="bpd/district-a15", ground="serious_violence",
     when="2026-02-09 11:30", location="Charlestown High School, Life Skills classroom (room 118)",
     desc=("Life Skills classroom (room 118), 2/9/2026, 11:30. Written by Ms. Christian, special education "
           "teacher.\n"
           "Students were making instant oatmeal with the electric kettle as part of their cooking goal. "
           "Shawn (gr 10, IEP -- intellectual impairment and emotional impairment) wanted to pour first. "
           "When a classmate reached for the kettle, Shawn grabbed it and threw the boiling water at her. It "
           "hit her neck, chest and left arm. We cooled the burns with running water for 20 minutes while "
           "waiting for EMS. She was taken to MGH and then Shriners Children's Boston: second-degree burns "
           "over about 6% of her body. Shawn said 'she always goes first.' Shawn's mother came at 12:15 and "
           "asked for a copy of his BIP."),
     key="boiling water", mct=["electric kettle", "second-degree burns", "Shriners Children's"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0092
case("deny", name="Zaid Rahman", sid="351102", dob="2011-09-30", grade=9,
     school="Boston Latin Academy", recipient="bpd/district-b2", ground="credible_threat",
     when="2026-05-06 14:15", location="Boston Latin Academy, counseling office",
     desc=("Student (gr 9, 504 plan for anxiety) wrote in his journal for counseling: 'I think about "
           "bringing a gun and making them pay. I have a list.' The list had 6 names of students who bully "
           "him. The counselor shared it with admin. He said he has no gun and wrote it to get the feelings "
           "out. His mother says they pray with their imam about his anger."),
     reason="missing_threat_statement", mnc=["imam"], cats=["religion"], sub="deny_threat_missing")

# ---------------------------------------------------------------- 0093
case("allow", name="Kenny Chan", sid="253376", dob="2008-05-02", grade=12,
     school="Lyon High School", recipient="bpd/district-d14", ground="weapon", weapon="box cutter",
     when="2026-04-29 10:45", location="Star Market on Commonwealth Ave, cereal aisle (community outing)",
     desc=("Community-based instruction outing, 4/29/2026, 10:45 AM. Our transition class (6 students, "
           "teacher Mr. Lam, para Ms. Echeverria) was at the Star Market on Commonwealth Ave practicing "
           "shopping lists. In the cereal aisle, Kenny (gr 12, IEP -- autism) took a box cutter out of his "
           "jacket -- the kind with a yellow snap-off blade; he uses it at his job stocking shelves -- and "
           "slashed at a store employee who told him to stop opening boxes. The employee jumped back; the "
           "blade cut the sleeve of his vest, no injury. Mr. Lam took the box cutter. The store manager "
           "called BPD, who came and took a report. Kenny's grandmother speaks only Toishanese; the district "
           "arranged an interpreter for the 3 PM call."),
     mnc=["Toishanese", "interpreter"], key="box cutter",
     mct=["Star Market on Commonwealth Ave", "cereal aisle", "snap-off blade"], cats=["language"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0094
case("allow", name="Julian Reyes", sid="294407", dob="2009-12-14", grade=11,
     school="New Mission High School", recipient="bpd/district-e18", ground="drugs",
     substances=["ketamine"], when="2026-05-08 09:40", location="New Mission High School, nurse's office",
     desc=("Nurse + AP joint note, 5/8/2026, 9:40 AM.\n"
           "Julian (gr 11, IEP -- emotional impairment; BIP) was brought to the nurse by his para after he "
           "stumbled in the stairwell and said his legs were 'somewhere else.' Glassy eyes, slow speech. In "
           "his sneaker: a small vial of white crystalline powder and a tiny spoon. He said it was 'ket' and "
           "he did 'two bumps' in the bathroom. Vitals stable; observed for 90 minutes; mother picked him "
           "up. The para reports that Julian has been saying he 'runs with Morse St' and that older boys "
           "give him stuff to hold."),
     mnc=["Morse St"], key="ketamine", mct=["tiny spoon", "two bumps", "in his sneaker"],
     cats=["gang_affiliation"], sub="allow_drugs")

# ---------------------------------------------------------------- 0095
case("allow", name="Matheus Oliveira", sid="374449", dob="2012-06-19", grade=8,
     school="Mario Umana Academy", recipient="bpd/district-a7", ground="serious_violence",
     when="2026-06-04 20:15", location="Overnight trip site on Cape Cod, dining hall",
     desc=("Grade 8 overnight trip to Cape Cod, 6/4/2026. Chaperone report.\n"
           "At 8:15 PM in the dining hall, Matheus (IEP -- emotional impairment; 1:1 aide on trips per his "
           "IEP) was told he had to call home before the campfire because of a rule break earlier. He threw "
           "his tray, then punched his aide Mr. Soares twice in the face with a closed fist. Mr. Soares' "
           "left eye swelled shut; the next day an eye specialist in Hyannis found a detached retina and he "
           "had emergency surgery. Matheus was driven home that night by his father. The father, who speaks "
           "Portuguese, kept apologizing and said the family is Brazilian and 'does not raise him like "
           "this.'"),
     mnc=["Portuguese", "Brazilian"], key="detached retina",
     mct=["Cape Cod", "detached retina", "dining hall"], cats=["language", "ethnicity"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0096
case("deny", name="Elvin Cruz", sid="282254", dob="2009-04-29", grade=11,
     school="Madison Park Technical Vocational High School", recipient="dhs/hsi-boston", ground="drugs",
     substances=["fentanyl"], when="2025-12-12 10:30", location="Madison Park, locker bank D",
     desc=("Fentanyl pills (27 blue M30s) were found in a grade 11 student's locker during a locker check "
           "approved by his IEP team on 12/12/2025. A federal task force officer asked our office to send "
           "the report directly to Homeland Security Investigations because they believe the pills came "
           "across the border through the student's relatives in Honduras."),
     reason="recipient_not_permitted", mnc=["Honduras"], cats=["national_origin"],
     sub="deny_recipient")

# ---------------------------------------------------------------- 0097
case("allow", name="Kaio Lopes", sid="335576", dob="2010-03-16", grade=10,
     school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
     threat=("On 10/10/2025 at 9:05 AM the student told his paraprofessional, Mr. Ibarra, 'When we come "
             "back Tuesday I'm stabbing you, I already got the knife in my room, you won't see it coming,' "
             "and repeated 'Tuesday' twice. He brought a folding knife to school in 2024."),
     when="2025-10-10 09:05", location="TechBoston Academy, hallway outside advisory",
     extra={"ethnicity": "Cape Verdean", "neighborhood": "Uphams Corner", "iep": "Yes"},
     desc=("Para log (Mr. Ibarra), Friday 10/10/2025\n"
           "8:50 Kaio arrives, says he didn't sleep. Declines breakfast.\n"
           "9:05 In the hallway before advisory, he leaned in and said: 'When we come back Tuesday I'm "
           "stabbing you, I already got the knife in my room, you won't see it coming.' Said 'Tuesday' two "
           "more times and smiled.\n"
           "9:07 Told AP Carney by radio. Kaio taken to the office.\n"
           "9:30 Bag search: no weapons. Kaio to AP: 'I said what I said.'\n"
           "9:45 Clinician Ms. Dunn met with him. He would not talk about it, asked for headphones.\n"
           "10:20 Mom on the phone with AP. Mom says he has been up at night and 'talking crazy' since his "
           "grandfather died in August. She says there are kitchen knives in the house, nothing else.\n"
           "11:00 Safety plan started with Ms. Dunn; Kaio signed it but wrote 'whatever' on the line for "
           "coping skills.\n"
           "12:15 Lunch in the office. Quiet. Ate half a sandwich.\n"
           "1:40 Dismissed early to mom.\n"
           "Note: he brought a knife to school in 2024 (folding, confiscated). This is the last day before "
           "the Indigenous Peoples' Day long weekend so I'm worried about Tuesday."),
     mnc=["Cape Verdean", "Uphams Corner"], key="knife",
     mct=["Indigenous Peoples' Day", "didn't sleep", "advisory"], cats=["ethnicity", "neighborhood"],
     sub="allow_threat", trap=True)

# ---------------------------------------------------------------- 0098
case("allow", name="Rafael Soto", sid="278839", dob="2009-05-04", grade=11,
     school="Boston Arts Academy", recipient="bpd/district-d4", ground="weapon", weapon="machete",
     when="2026-03-17 08:30", location="Boston Arts Academy, music wing practice room",
     desc=("Music wing incident, 3/17/2026. At 8:30 the guitar teacher noticed Rafael (gr 11, IEP -- "
           "emotional impairment) unzipping his Spanish guitar case in the practice room and saw a machete "
           "inside, about 18 inches, lying where the guitar should be. She stepped out and called the "
           "office. SSS Curran entered and told Rafael to step away from the case; Rafael said 'it's for "
           "after school, not for here' and complied. The machete had a black rubber grip and was "
           "sharpened. No one was threatened. Rafael told his counselor that a kid 'pulled a knife on him' "
           "last week near his building on Ruggles Street."),
     mnc=["Ruggles Street"], key="machete",
     mct=["Spanish guitar case", "practice room", "black rubber grip"], cats=["neighborhood"],
     sub="allow_weapon", trap=True)

# ---------------------------------------------------------------- 0099
case("allow", name="Demetrius Hall", sid="397718", dob="2015-01-25", grade=5,
     school="Joseph Lee K-8", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-09-18 12:10", location="Joseph Lee K-8, back schoolyard",
     desc=("Recess incident, 9/18/2025, 12:10 PM, back schoolyard.\n"
           "Reported by the recess monitor and the grade 5 special education teacher, Ms. Fontaine.\n"
           "Demetrius (gr 5, IEP -- emotional impairment; BIP; his calm-down plan uses the Tibetan singing "
           "bowl in the calm corner) was left out of a kickball game. He picked up a fist-sized rock from "
           "the edge of the garden bed and threw it from a few feet away at a 2nd grader, hitting him in the "
           "back of the head. The 2nd grader dropped, was bleeding heavily and vomited. EMS took him to "
           "Boston Children's: depressed skull fracture, admitted to the ICU. Demetrius ran to the calm "
           "corner and hid under the table. His grandmother notes he usually goes home on the Baptist "
           "church van on Wednesdays."),
     mnc=["Baptist", "church van"], key="skull fracture",
     mct=["Tibetan singing bowl", "fist-sized rock", "depressed skull fracture"], cats=["religion"],
     sub="allow_violence", trap=True)

# ---------------------------------------------------------------- 0100
case("deny", name="Jean-Marc Louis", sid="362249", dob="2012-04-03", grade=8,
     school="Edison K-8 School", recipient="bpd/district-d14", ground="manifestation_determination",
     when="2026-02-27 15:00", location="Edison K-8, conference room",
     desc=("FYI for BPD per principal: an MDR was held 2/27/2026 for a grade 8 student with an IEP (ADHD, "
           "emotional impairment) who slapped a teacher during a fire drill on 2/20 (redness, no lasting "
           "injury). The team determined the behavior WAS a manifestation; the student returns to placement "
           "with a revised BIP and a 1:1 aide. The principal wants police to 'have it on file.' The family, "
           "who are Haitian and attend Eglise Baptiste, live in the apartments on Wallingford Road."),
     reason="ground_not_permitted", mnc=["Haitian", "Eglise Baptiste", "Wallingford Road"],
     cats=["ethnicity", "religion", "neighborhood"], sub="deny_ground")


def main():
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
