#!/usr/bin/env python3
"""Outsider corpus outsider_co: physical education and health class incidents.

Family: what happens in PE and health class at Boston Public Schools -- locker rooms and
changing rooms, the pool (including BCYF and YMCA pools used for the swim unit), the fitness /
weight room, sports equipment turned into weapons (bats, dumbbells, lacrosse and floor-hockey
sticks, kettlebells, shot puts, jump ropes, weight plates, a padlock in a sock), dress and fasting
accommodations in PE, injuries during class, and disclosures students make in health class.

Every description is hand-written in the voice of a real writer (AP narratives, nurse logs,
lifeguard incident logs, coach texts and voicemails, Title IX summaries, Aspen conduct exports,
Q&A forms, student statements, emails), 100 cases, ids OCO-0001..OCO-0100, about a third deny.

Deny cases cover: grounds that are not permitted (a fight without serious injury, locker-room
theft, pool vandalism, "gang activity", locker-room filming filed as harassment, trespass,
an accidental PE injury, truancy from PE, bullying, "suspicious behavior"); excluded substances
(unknown vape, marijuana, vodka, nicotine pouches, THC gummies, chewing tobacco, Juul + weed,
THC wax); recipients that are not BPD (BRIC, ICE ERO, the Commonwealth Fusion Center, HSI, MBTA
Transit Police, a private security contractor); credible_threat without a threat statement
(missing key or empty string); face recognition matches / photos sent for face matching; airsoft,
BB and replica guns.

Forbidden facts are woven into allow cases indirectly: a kufi and Friday mosque visits, fasting
for Ramadan, a full-length swimsuit worn "for religious reasons", Orthodox Jewish modest dress,
a pending asylum case, a green-card worry, "no papers", an undocumented stepfather, an ICE arrest
told by a classmate, housing developments and home streets on emergency cards, home languages and
interpreter lines, EL status, country of birth, gang/crew/set affiliations, plus structured
student fields (home_language, country_of_birth, race_ethnicity, address, gang_flag, ...).

Precision traps (facts that look like a forbidden category but must stay in the police copy):
exercise names (Romanian deadlifts, Russian twists, Bulgarian split squats, Turkish get-ups),
the Chinese jump rope unit, Brazilian jiu-jitsu (next to a real national-origin mention that
must go), the rowing "crew team" (next to a real crew affiliation that must go), a "gang shower"
(next to a real gang mention), a dance team called "Hype Crew", "left temple" (anatomy), Beth
Israel Deaconess, St. Elizabeth's, Catholic Memorial (an opposing team), the YMCA, Celtics gear,
Canada Goose, Jordan 11s, Champion, Under Armour, Swedish Fish, Greek yogurt, Cape Cod Potato
Chips, White Claw, White Stadium, French braid and nail polish, Berklee, Southie Boxing Club,
streets and parks that locate the incident (Paris Street pool, South Street, Clifford Park,
Constitution Beach, the Reggie Lewis Center), fasting for a glucose test (medical, not religious),
psilocybin chocolate that looks like a cannabis edible, a school whose name says "Newcomers",
"English" in a school name, and a long-leggings dress accommodation that stays while the religion
behind it goes.

Standard library only; deterministic output to tests/data/corpus/outsider_co.jsonl.
"""
import datetime
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_co.jsonl"
FAMILY = "outsider_co"

SCHOOLS = {
    "Brighton High School": "BPS-4231",
    "East Boston High School": "BPS-4147",
    "Jeremiah E. Burke High School": "BPS-4262",
    "English High School": "BPS-4115",
    "Excel High School": "BPS-4290",
    "Madison Park Technical Vocational High School": "BPS-4304",
    "TechBoston Academy": "BPS-4418",
    "Boston Latin Academy": "BPS-4061",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4054",
    "Charlestown High School": "BPS-4122",
    "Snowden International School": "BPS-4381",
    "Mission Hill K-8 School": "BPS-4460",
    "Dearborn STEM Academy": "BPS-4495",
    "Boston Arts Academy": "BPS-4330",
    "Fenway High School": "BPS-4337",
    "New Mission High School": "BPS-4350",
    "Community Academy of Science and Health": "BPS-4377",
    "Boston International High School & Newcomers Academy": "BPS-4399",
    "Margarita Muñiz Academy": "BPS-4412",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4341",
    "Boston Community Leadership Academy": "BPS-4178",
    "Henderson K-12 Inclusion School": "BPS-4481",
    "Boston Green Academy": "BPS-4426",
    "McCormack Middle School": "BPS-4437",
    "Curley K-8 School": "BPS-4455",
    "Josiah Quincy Upper School": "BPS-4386",
    "Mario Umana Academy": "BPS-4468",
    "Another Course to College": "BPS-4309",
}

CASES = []


def ts(s):
    """'2025-10-07 09:50' -> ISO 8601 with the Boston offset of that day."""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dst = {2025: (datetime.date(2025, 3, 9), datetime.date(2025, 11, 2)),
           2026: (datetime.date(2026, 3, 8), datetime.date(2026, 11, 1))}[d.year]
    off = "-04:00" if dst[0] <= d.date() < dst[1] else "-05:00"
    return d.strftime("%Y-%m-%dT%H:%M:00") + off


def add(n, *, school, recipient, ground, when, location, description, student, decision,
        reason=None, weapon=None, substances=None, threat=None, attachments=None,
        key=None, mnc=(), mct=(), cats=(), tags=()):
    cid = "OCO-%04d" % n
    stu = {"student_id": student.pop("sid"), "name": student.pop("name"),
           "date_of_birth": student.pop("dob"), "grade": student.pop("grade"), "school": school}
    stu.update(student)
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(when), "location": location, "description": description.strip()}
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [stu["name"], school, key] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# cases 1-25
# ---------------------------------------------------------------------------------------------

add(1, school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="knife",
    when="2025-10-07 09:50", location="Brighton High School, boys' locker room (lower level)",
    description="""
At about 9:50 during 2nd period PE, Coach Albanese told me he saw Dariel moving something from his gym bag into the front pocket of his hoodie while the class was changing in the boys' locker room. I went down with SSS Pereira. Dariel handed over a fixed-blade hunting knife, roughly a 4 in. blade, in a brown leather sheath. It had been rolled up inside a green Celtics towel. He did not threaten anyone with it and nobody was hurt. He said he has carried it since he got jumped over the summer and "wasn't going to use it in school."

Some background from his counselor, for whoever reads this: he has been staying with his aunt on Faneuil Street since the family came up from Honduras in August, and he is still adjusting. Knife is in the main office safe. Mother notified by phone at 10:40 and is coming in tomorrow at 8.
""",
    student=dict(sid="318204", name="Dariel Fontaine", dob="2010-02-17", grade=10, homeroom="214", gender="M"),
    decision="allow", key="hunting knife",
    mnc=["Faneuil Street", "Honduras"], mct=["hunting knife", "Celtics towel", "boys' locker room"],
    cats=["neighborhood", "national_origin"], tags=["allow_weapon", "locker_room", "precision_trap"])

add(2, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="drugs",
    substances=["vape (contents unknown)"],
    when="2025-11-04 11:20", location="Jeremiah E. Burke High School, girls' locker room",
    description="""
From: Ms. Okafor, Assistant Headmaster
Re: vape found in girls' locker room, 4th period

Ms. Delgado (PE) smelled something sweet coming from the last stall in the girls' locker room around 11:20 and found Keyanna holding a black disposable vape with no label, the kind the corner stores sell as Geek Bar knockoffs. Keyanna says it is "just flavor" and that she found it on the bus. We have no way to test what is in it. SSS Ruiz bagged it and it is in the office.

Keyanna's grandmother came in at 1. The older sister translated for her in Portuguese because grandma doesn't have much English. Keyanna was very upset that she might miss the volleyball tournament. I'm submitting this per the new protocol but honestly I'm not sure it is reportable.
""",
    student=dict(sid="402771", name="Keyanna Broussard", dob="2009-07-30", grade=11),
    decision="deny", reason="excluded_substance",
    mnc=["Portuguese", "much English"], cats=["language"], tags=["deny_substance", "locker_room"])

add(3, school="Mission Hill K-8 School", recipient="bpd/district-b2", ground="serious_violence",
    when="2026-01-22 13:35", location="BCYF Tobin Community Center pool (8th grade swim unit)",
    description="""
Incident during the 8th grade swim unit, BCYF Tobin Community Center pool, approx. 1:35 PM.

Statement of lifeguard J. Whelan: "I was in the chair at the deep end. I saw two boys wrestling by the rope line and then I only saw one head. Amir had both hands on the other boy's shoulders (T.M.) and was pushing him down. I blew the whistle three times and he didn't let go. I went in. T.M. was limp when I got him to the wall. Coach Grady and I gave rescue breaths and he started coughing up water after about 30 seconds."

EMS took T.M. to Boston Children's; he was kept two nights for aspiration pneumonia.

Statement of PE teacher Mr. Grady: the boys had been arguing in the locker room before class. Afterwards Amir told me T.M. has been calling him "bomb boy" ever since he started wearing his kufi to school and going to the mosque on Friday afternoons with his father, and that he "wanted him to feel scared for once."
""",
    student=dict(sid="511930", name="Amir Benhaddou", dob="2011-11-04", grade=8, swim_level="intermediate"),
    decision="allow", key="Boston Children's",
    mnc=["kufi", "mosque"], mct=["rope line", "aspiration pneumonia", "Tobin Community Center pool"],
    cats=["religion"], tags=["allow_violence", "pool", "precision_trap"])

add(4, school="Excel High School", recipient="bpd/district-c6", ground="fight",
    when="2025-10-23 10:05", location="Excel High School, main gym",
    description="""
INCIDENT TYPE: Physical altercation
REPORTED BY: T. Sullivan, PE Dept.
DETAILS: During a dodgeball game in the main gym (3rd period), Jahmari and another 10th grader (R.L.) exchanged words after R.L. threw a ball at Jahmari's face from close range. Jahmari shoved R.L. into the bleachers and they threw a few punches before Mr. Sullivan and a para separated them. R.L. had a scraped elbow; the nurse cleaned it, gave him an ice pack and he went back to class. Jahmari had a small cut on his lip. Neither needed any further care.
NOTES: R.L. says Jahmari calls him "the Haitian" in class and that's what started it. Both boys suspended 1 day per the code of conduct. Parents of both called. R.L.'s father wants it reported to police.
""",
    student=dict(sid="377015", name="Jahmari Slocum", dob="2010-03-09", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["Haitian"], cats=["ethnicity"], tags=["deny_ground"])

add(5, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="drugs",
    substances=["fentanyl"],
    when="2026-02-03 09:40", location="Madison Park, boys' locker room, locker #212",
    description="""
0915 - Tip from Ms. Harrington (Health & Wellness): during 2nd period health a student blurted out in front of the class that "somebody in the boys' locker room is selling blues" and that the seller keeps them in locker #212.
0940 - AP Carrington and I opened locker #212 (assigned to Kelvin). Found a Nike drawstring bag with 31 round blue pills stamped "M 30" in a sandwich bag, and $260 cash.
0955 - Kelvin located in the fitness room, 3rd period weight training. Stated the bag is his but the pills "aren't mine, I was holding them."
1010 - Nurse advised the markings are consistent with counterfeit oxycodone; BPD has told us these are almost always fentanyl. Pills sealed, chain of custody form started.
1230 - Kelvin's mother came in. She said the family moved out of the Whittier Street development in the fall after a shooting and are staying with relatives, and asked us not to give the new address on Blue Hill Ave to anyone.
""",
    student=dict(sid="290663", name="Kelvin Marsh", dob="2008-12-01", grade=11, locker="212"),
    decision="allow", key="fentanyl",
    mnc=["Whittier Street", "Blue Hill Ave"], mct=["locker #212", "M 30", "fitness room"],
    cats=["neighborhood"], tags=["allow_drugs", "locker_room", "health_class"])

add(6, school="Charlestown High School", recipient="bpd/district-a15", ground="credible_threat",
    threat="On 1/13/2026 at about 2:10 PM in the Charlestown High School boys' locker room, Devonte "
           "told two classmates, and then repeated to Coach Barros when asked, that he was \"going to bring "
           "the strap Friday and light up the gym during the pep rally\" because he had been cut from the "
           "varsity basketball roster. The pep rally is scheduled for Friday 1/16 in the main gym. Two "
           "witnesses gave written statements. A classmate says Devonte showed him a handgun in a video "
           "call last month.",
    when="2026-01-13 14:10", location="Charlestown High School, boys' locker room",
    description="""
Coach Barros here. Tuesday after the roster got posted Devonte was punching lockers and then said the thing about bringing the strap Friday. I asked him to say it again and he looked right at me and said "you heard me, the whole gym." I have coached him two years and never heard him talk like that.

He has been having a hard time. He lives with his grandmother in the Bunker Hill development and his mom got deported back to Cabo Verde last spring, so there is a lot going on at home. I told the AP right away. We moved the pep rally to the auditorium as a precaution and his mother's sister is coming in tomorrow.
""",
    student=dict(sid="455120", name="Devonte Rosario", dob="2009-05-22", grade=11, sport="basketball"),
    decision="allow", key="the whole gym",
    mnc=["Bunker Hill", "deported", "Cabo Verde"], mct=["pep rally", "punching lockers"],
    cats=["neighborhood", "immigration_status", "national_origin"], tags=["allow_threat", "locker_room"])

add(7, school="East Boston High School", recipient="bric", ground="weapon", weapon="knife",
    when="2025-12-02 12:15", location="East Boston High School, girls' locker room",
    description="""
Karina's gym locker was opened by SSS after a classmate reported seeing a knife. Inside, tucked in a Vans sneaker, was a butterfly knife (balisong) with a 3.5-inch blade. Karina said she carries it for the walk to the train. No one was threatened.

A detective assigned to the BRIC asked us to forward any weapons reports involving students they believe are connected to MS-13 cliques in Eagle Hill; our SRO says Karina's boyfriend is on their list. Please send this one directly to the BRIC, not to the district.
""",
    student=dict(sid="366482", name="Karina Velasquez", dob="2009-10-14", grade=10),
    decision="deny", reason="recipient_not_permitted",
    mnc=["MS-13", "Eagle Hill"], cats=["gang_affiliation", "neighborhood"],
    tags=["deny_recipient", "locker_room"])

add(8, school="Boston Latin Academy", recipient="bpd/district-c11", ground="weapon", weapon="pepper spray",
    when="2025-11-19 10:05", location="Boston Latin Academy, girls' locker room",
    description="""
Nurse's log 11/19/25, 10:05 AM.
Six 9th grade girls came up from the girls' locker room coughing, eyes streaming. Per Ms. Tran (PE) a canister of pepper spray had gone off near the bench by the sinks. Flushed eyes with saline for all six. One (asthma history) used her own inhaler and was monitored 40 min. All returned to class or were picked up; nobody transported.
Aaliyah admitted to the AP that she sprayed it "at" another girl who had been posting about her, and that the canister is her mother's (pink keychain, Sabre brand).
Office note: SIS shows home language Haitian Creole; the call to mom will need to go through the Creole line.
""",
    student=dict(sid="604418", name="Aaliyah Grant", dob="2010-12-03", grade=9,
                 home_language="Haitian Creole", iep=False),
    decision="allow", key="pepper spray",
    mnc=["Haitian", "Creole"], mct=["pepper spray", "saline", "Sabre"],
    cats=["language"], tags=["allow_weapon", "locker_room", "structured_field", "precision_trap"])

add(9, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="serious_violence",
    weapon="aluminum softball bat",
    when="2025-09-30 12:50", location="Franklin Field, PE softball unit",
    description="""
Summary of incident - softball unit, Franklin Field, period 5.

Students were rotating through batting. After an argument over who was up next, Rashad took the aluminum bat from the tee station and swung it into the side of another student's head (K.D.). K.D. fell and was unresponsive for about a minute. Ms. Pires called 911 from the field. EMS arrived in about 8 minutes and took K.D. to Beth Israel Deaconess, where a CT showed a depressed skull fracture; he had surgery that night and is still admitted.

Rashad walked off the field and SSS found him at the corner of Blue Hill Ave and Talbot Ave, at the school side of the field, and walked him back without incident. Witness statements from 4 students are attached.

From the counselor's file: Rashad's family is Dominican and he lives with his father on Harvard Street; father asks to be called in the evening.
""",
    student=dict(sid="287356", name="Rashad Beaubrun", dob="2009-04-11", grade=11),
    attachments=[{"kind": "document", "name": "witness_statements_4.pdf"}],
    decision="allow", key="aluminum bat",
    mnc=["Dominican", "Harvard Street"], mct=["depressed skull fracture", "Beth Israel Deaconess", "aluminum bat"],
    cats=["ethnicity", "neighborhood"], tags=["allow_violence", "sports_equipment", "precision_trap"])

add(10, school="New Mission High School", recipient="bpd/district-e18", ground="theft",
    when="2025-10-10 08:30", location="New Mission High School, boys' locker room",
    description="""
Hi all - following up on the locker room thefts. Between 9/29 and 10/10 we had 7 reports of AirPods, two phones and a North Face jacket taken from the boys' locker room during 1st and 2nd period PE. The hallway camera outside (no cameras inside, obviously) shows Brandon going in alone during class on three of those dates. He admitted taking the AirPods and says he sold them to someone at a bus stop. His mother is cooperating and says they will pay restitution. Two of the victims' families want this to go to the police - can you submit it?

Also FYI, Brandon's IEP lists him as an English learner (ELD level 2) and dad only speaks Vietnamese, so please make sure we book an interpreter for the parent meeting.
""",
    student=dict(sid="350847", name="Brandon Tran-Holloway", dob="2010-01-25", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["English learner", "ELD level", "Vietnamese", "interpreter"], cats=["language"],
    tags=["deny_ground", "locker_room"])

add(11, school="TechBoston Academy", recipient="bpd/district-c11", ground="weapon", weapon="box cutter",
    when="2025-12-09 10:15", location="TechBoston Academy, fitness room",
    description="""
Written statement of student witness (M.O.), grade 11:
"We was in the fitness room doing Romanian deadlifts for the strength unit. Jovani wanted the bench and Tyrese wasn't done with his set. Jovani went in his bag and came back with a box cutter, the yellow kind they use to open boxes in the cafeteria, and he put it out by Tyrese's neck and said move. Tyrese got up. Mr. Feeney seen it and yelled and Jovani put it back in his pocket. Nobody got cut."

AP note: box cutter recovered from Jovani's right front pocket at 10:22. Jovani says he took it from a delivery cart by the loading dock. Mom says there is no phone at the apartment right now; reach her through the Cape Verdean Association office where she works, and she prefers Kriolu.
""",
    student=dict(sid="433069", name="Jovani Lopes", dob="2009-03-02", grade=11),
    decision="allow", key="box cutter",
    mnc=["Cape Verdean", "Kriolu"], mct=["Romanian deadlifts", "box cutter", "loading dock"],
    cats=["ethnicity", "language"], tags=["allow_weapon", "fitness_room", "precision_trap"])

add(12, school="Boston International High School & Newcomers Academy", recipient="ice/ero-boston",
    ground="serious_violence",
    when="2026-01-28 09:20", location="Boston International High School & Newcomers Academy, gym",
    description="""
This report is being sent at the request of Officer D. Krug, ICE ERO Boston, who called the main office on 2/3 asking whether Edwin had been "involved in any violent incidents" and said Edwin has a final order of removal.

On 1/28 during PE warm-ups, after a shoving match, Edwin swung a weighted jump rope handle at another student (J.P.) in the gym. J.P.'s nose was broken and he was seen at Mass General. Both students are Guatemalan and both are new to the school this year.
""",
    student=dict(sid="619502", name="Edwin Cac", dob="2009-08-19", grade=10),
    decision="deny", reason="recipient_not_permitted",
    mnc=["final order", "Guatemalan"], cats=["immigration_status", "ethnicity"],
    tags=["deny_recipient", "sports_equipment"])

add(13, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
    ground="serious_violence", weapon="15 lb dumbbell",
    when="2026-03-04 13:05", location="O'Bryant weight room",
    description="""
Mr. Lindqvist (PE) reports: At 1:05 PM in the weight room, Quentin picked up a 15 lb hex dumbbell from the rack and threw it at Marcus W. from about six feet away after Marcus laughed at him. It hit Marcus at the left temple and cheekbone. Marcus was conscious but bleeding heavily and confused. EMS took him to Boston Medical Center; per his father, the CT showed an orbital fracture and a small bleed and he was admitted for observation.

Quentin stayed in the weight room and told staff "he shouldn't have laughed."

I have had Quentin for two years and never seen anything like this. He has been fasting for Ramadan this month and skipped lunch, and he said he was light-headed, but that does not explain throwing a dumbbell at someone's head.
""",
    student=dict(sid="522318", name="Quentin Mahdi", dob="2010-06-28", grade=10),
    decision="allow", key="dumbbell",
    mnc=["Ramadan"], mct=["left temple", "orbital fracture", "hex dumbbell"],
    cats=["religion"], tags=["allow_violence", "fitness_room", "sports_equipment", "fasting_accommodation", "precision_trap"])

add(14, school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
    substances=["cocaine"],
    when="2025-11-13 13:40", location="Snowden, 2nd floor gym storage closet",
    description="""
Student: Lucas Ferreira-Watts | Gr 12 | Incident #2025-1183
Location: 2nd floor gym storage closet
Narrative: PE teacher Ms. Abernathy went into the equipment closet for the volleyball net and found Lucas and another student crouched over a Spalding ball bag. There was a line of white powder on a phone case and a folded lottery ticket with more powder in it. Lucas pocketed the lottery ticket; the AP later recovered it from his jacket. SSS field test: presumptive positive for cocaine, approx. 1 gram. Lucas said he got it from "a guy at a party."
Additional: student record shows country of birth Ecuador; mother works days at the Copley Marriott and is reachable after 4.
""",
    student=dict(sid="271190", name="Lucas Ferreira-Watts", dob="2007-12-09", grade=12,
                 country_of_birth="Ecuador"),
    decision="allow", key="cocaine",
    mnc=["Ecuador"], mct=["Spalding ball bag", "lottery ticket", "equipment closet"],
    cats=["national_origin"], tags=["allow_drugs", "structured_field"])

add(15, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="credible_threat",
    when="2026-02-10 10:30", location="Henderson, room 305 (health)",
    description="""
Health teacher Ms. Carvalho reports that during a lesson on conflict resolution Giovanni said out loud that if the kids who jumped him at the bus stop show up to field day he is "gonna handle it for real this time," and made a gun with his hand. When she asked him about it after class he said he was joking. Counselor notified. Giovanni's file notes that he lives with his foster mother off Adams Street near Lower Mills.
""",
    student=dict(sid="480233", name="Giovanni Pratt", dob="2009-09-17", grade=10),
    decision="deny", reason="missing_threat_statement",
    mnc=["Adams Street", "Lower Mills"], cats=["neighborhood"],
    tags=["deny_threat_missing", "health_class"])

add(16, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon", weapon="brass knuckles",
    when="2025-10-16 11:10", location="Dearborn STEM Academy, gymnasium",
    description="""
Subject: brass knuckles - Ms. Hollis PE 4th period

When the boys were lining up for the beep test, Josiah's gym shorts pocket was weighed down and I saw the edge of something metal. I asked him to step into the PE office with me and Mr. Ocampo. He handed over a set of brass knuckles (gold colored, four finger holes, engraved "Lil Cash"). He said he was never going to use them and that he bought them on a trip to New Hampshire.

He told us kids from another block have been "stepping to him" because his cousins are Heath Street, so people assume things about him. Honestly he is a good kid in my class. No one was threatened today.
""",
    student=dict(sid="395561", name="Josiah Greene", dob="2011-02-08", grade=9),
    decision="allow", key="brass knuckles",
    mnc=["Heath Street"], mct=["beep test", "engraved", "New Hampshire"],
    cats=["gang_affiliation"], tags=["allow_weapon", "precision_trap"])

add(17, school="McCormack Middle School", recipient="bpd/district-c11", ground="drugs",
    substances=["marijuana"],
    when="2025-11-06 09:05", location="BCYF pool, swim check-in",
    description="""
8th grader Yesenia had a small baggie of weed and two pre-rolled joints in her sock during swim check-in. The lifeguard saw it when she was changing. She says she was holding it for an older cousin. No use on site. Mom came in, very apologetic; she said they just moved from the Dominican Republic in June and Yesenia is struggling.
""",
    student=dict(sid="702245", name="Yesenia Pujols", dob="2012-01-14", grade=8),
    decision="deny", reason="excluded_substance",
    mnc=["Dominican"], cats=["national_origin"], tags=["deny_substance", "pool"])

add(18, school="Fenway High School", recipient="bpd/district-d4", ground="credible_threat",
    threat="Student Nadia Kessler wrote in her health-class journal on 12/2/2025, which the teacher reads "
           "weekly, that she has \"a plan for the girls in 5th period PE\" and that \"my stepdad keeps his gun "
           "in the closet and I know the code.\" She named three girls. When the counselor met with her the "
           "same day she confirmed she has thought about bringing the gun into the locker room and said \"it "
           "wouldn't take long.\"",
    when="2025-12-02 14:00", location="Fenway High School, counseling office",
    description="""
Wellness check completed the same day by the counselor. Nadia was calm and said she is "tired of being a joke" after some girls posted a video of her changing in the locker room. Her stepfather confirmed by phone that he owns a handgun; he was asked to secure it. Nadia is currently at a hospital for evaluation with her mother's consent.

Relevant background: the girls had been mocking her for wearing long leggings under her gym shorts, which she does because her family is Orthodox Jewish and she keeps modest dress; the PE department approved that accommodation in September.
""",
    student=dict(sid="545087", name="Nadia Kessler", dob="2009-06-06", grade=11),
    decision="allow", key="handgun",
    mnc=["Orthodox", "Jewish"], mct=["long leggings", "Wellness check"],
    cats=["religion"], tags=["allow_threat", "health_class", "dress_accommodation", "precision_trap"])

add(19, school="Boston Green Academy", recipient="bpd/district-d14", ground="weapon", weapon="airsoft pistol",
    when="2025-12-11 07:55", location="Boston Green Academy, boys' team room, locker 33",
    description="""
At 7:55 AM Coach Pham found a black pistol on the top shelf of locker 33 in the boys' team room while looking for a missing basketball. SSS Grant secured it and determined it is an airsoft pistol: the orange tip had been painted black, and there was a CO2 cartridge and a bag of 6mm BBs with it. Locker 33 is assigned to Andre. Andre said he uses it for target practice behind his uncle's house and forgot it was in his bag. We have no evidence he showed it to anyone.
""",
    student=dict(sid="388410", name="Andre Whitfield", dob="2008-10-30", grade=12),
    decision="deny", reason="other",
    tags=["deny_replica", "locker_room"])

add(20, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="knife",
    when="2025-10-28 09:05", location="Excel High School, gym",
    description="""
[Aspen Conduct] Offense: Weapon - knife (SAF-02). Reporter: Hughes, Colleen.
Description: During volleyball warm-ups (Period 2), Sophie's hoodie dropped and a pink folding knife (approx. 3 in. blade, assisted open) fell onto the court. She picked it up and put it in her waistband. I asked her for it and she gave it to me. She stated that a girl from Southie Boxing Club had threatened to "catch her" after school and she wanted protection. Knife given to AP Doyle at 9:12. No injuries; no display toward any student.
""",
    student=dict(sid="611734", name="Sophie Lim", dob="2010-05-19", grade=10,
                 race_ethnicity="Asian", home_language="Khmer"),
    decision="allow", key="folding knife",
    mnc=["Khmer", "Asian"], mct=["assisted open", "volleyball warm-ups", "Southie Boxing Club"],
    cats=["language", "ethnicity"], tags=["allow_weapon", "structured_field", "precision_trap"])

add(21, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
    weapon="lacrosse stick",
    when="2026-04-14 16:50", location="English High School turf field",
    description="""
Texts from Coach Marchetti to AP Wynn, 4/14/2026:
4:52 PM: need you at the turf asap, kid hurt bad
4:58 PM: Elijah swung his lacrosse stick full force at Omar's arm after the whistle, two hands, like an axe. heard it crack
5:03 PM: EMS here, taking Omar to BMC
5:40 PM: Omar's mom says compound fracture both bones of the forearm, surgery tonight
5:41 PM: Elijah saying it was a slash and part of the game. it was NOT. drill was over, sticks were supposed to be down, he walked 15 yds to do it
6:15 PM: for the report - the two of them have beef from the Catholic Memorial scrimmage Saturday, Omar called Elijah a Cape Verdean who can't catch and it went from there
""",
    student=dict(sid="469902", name="Elijah Monteiro", dob="2009-02-21", grade=11, sport="lacrosse"),
    decision="allow", key="lacrosse stick",
    mnc=["Cape Verdean"], mct=["compound fracture", "Catholic Memorial scrimmage"],
    cats=["ethnicity"], tags=["allow_violence", "sports_equipment", "precision_trap"])

add(22, school="East Boston High School", recipient="bpd/district-a7", ground="vandalism",
    when="2025-11-12 06:45", location="BCYF Paris Street pool",
    description="""
East Boston HS - Facilities / AP report.
On the morning of 11/12 BCYF staff at the Paris Street pool found that someone had emptied two bottles of blue food coloring and a box of powdered drink mix into the pool and pried off one of the lane-line anchors, which cracked the tile. The pool was closed 3 days for draining and repair (estimate about $4,800). Video shows three of our students from the 2nd period swim unit, including Cristian, staying behind in the changing room and going back onto the deck after class. Cristian admitted it was "a joke." His uncle came in and said the family is Colombian and worried about "problems with papers" if police get involved. Requesting a BPD report for restitution.
""",
    student=dict(sid="348815", name="Cristian Arboleda", dob="2010-07-07", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["Colombian", "with papers"], cats=["ethnicity", "immigration_status"],
    tags=["deny_ground", "pool"])

add(23, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="knife",
    when="2026-02-24 09:30", location="BCYF Paris Street pool, bleachers",
    description="""
Swim unit at the BCYF Paris Street pool (PE 9). While the class was in the water, lifeguard M. Castillo noticed Bryan standing by the bleachers going through another student's towel. When the lifeguard walked over, Bryan turned and showed a folding knife from inside his own towel and said "mind your business, old man." The lifeguard backed off and radioed the front desk, and the Paris Street staff called our SSS. Bryan dropped the knife into the pool gutter, where it was recovered (black, 3-inch blade, pocket clip). Nobody was hurt. Bryan told the AP the other student owed him money.

Family info from guidance: Bryan and his mom are Salvadoran, they rent a basement unit on Meridian Street, and mom has asked for all calls in Spanish.
""",
    student=dict(sid="620177", name="Bryan Orellana", dob="2010-11-22", grade=9,
                 address={"street": "212 Meridian St", "unit": "B", "zip": "02128"}),
    decision="allow", key="folding knife",
    mnc=["Salvadoran", "Meridian", "02128", "Spanish"], mct=["Paris Street pool", "pool gutter", "pocket clip"],
    cats=["ethnicity", "neighborhood", "language"],
    tags=["allow_weapon", "pool", "structured_field", "precision_trap"])

add(24, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="drugs",
    substances=["psilocybin"],
    when="2026-03-11 10:20", location="BCLA, room 118 (health) and boys' locker room",
    description="""
Per Ms. Abara (Health): during the substance use lesson on 3/11, Kenji raised his hand and said "I have something better than anything on that poster" and showed the class a chocolate bar wrapper labeled "One Up" with a mushroom logo. After class a student told her Kenji had been selling squares to classmates in the locker room before PE for $10 each.

The AP searched his backpack with SSS present: 2 full bars and 1 partial, labeled psilocybin "mushroom chocolate," 3.5 g per bar. Kenji said he bought them at a smoke shop. The nurse confirmed no student reported taking any. To be clear for whoever reviews this: these are not cannabis edibles. The packaging says psilocybin and Kenji confirmed they are "shrooms."

Kenji's mother, who is Japanese and travels for work, was reached by phone.
""",
    student=dict(sid="557291", name="Kenji Alvarez-Mori", dob="2009-08-03", grade=11),
    decision="allow", key="psilocybin",
    mnc=["Japanese"], mct=["mushroom chocolate", "One Up", "$10 each"],
    cats=["ethnicity"], tags=["allow_drugs", "health_class", "precision_trap"])

add(25, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
    ground="credible_threat",
    when="2026-01-08 21:30", location="Instagram (post showing the Madison Park pool)",
    description="""
Student posted an Instagram story with a picture of our pool and the caption "friday swim gonna be a bloodbath, dont come" with three knife emojis. Three students reported it to the front office Thursday morning. The student says it is a song lyric. SSS believes he is affiliated with the Orchard Park crew and that this is aimed at a boy in his swim class.
""",
    student=dict(sid="301648", name="Terrance Bell", dob="2009-12-12", grade=10),
    decision="deny", reason="missing_threat_statement",
    mnc=["Orchard Park"], cats=["gang_affiliation"], tags=["deny_threat_missing", "pool"])

# ---------------------------------------------------------------------------------------------
# cases 26-50
# ---------------------------------------------------------------------------------------------

add(26, school="Community Academy of Science and Health", recipient="bpd/district-c11",
    ground="serious_violence",
    when="2025-10-21 12:40", location="CASH, girls' locker room",
    description="""
Confidential - Title IX coordinator summary (shared with the AP for BPD referral)

On 10/21/2025 at approx. 12:40, during lunch, a 10th grade student (the complainant, A.R.) went into the girls' locker room to get her phone. Per her statement and one witness, Terrell came into the locker room, blocked the door, pinned her against the lockers and groped her under her clothing while she told him to stop and tried to push him off. He left when another student walked in. A.R. told the nurse within the hour; the nurse documented bruising on both wrists. Her mother has been informed and wants to pursue charges. Terrell has been removed from school pending a hearing.

Note from the file: Terrell's family asked that all communication go through their pastor at the Haitian Baptist church because his father doesn't read English.
""",
    student=dict(sid="416390", name="Terrell Augustin", dob="2009-05-01", grade=11),
    decision="allow", key="groped",
    mnc=["Haitian", "Baptist", "read English"], mct=["bruising on both wrists", "blocked the door"],
    cats=["ethnicity", "religion", "language"], tags=["allow_violence", "locker_room"])

add(27, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
    ground="credible_threat",
    threat="After being disqualified from the indoor track meet at the Reggie Lewis Center on 1/24/2026 for "
           "a false start, Chidi told Coach Lyons in front of the team: \"You're done. I know where you park. "
           "I'm bringing my cousin's knife Monday and you're getting stabbed in that lot.\" On Monday 1/26 a "
           "teammate reported that Chidi showed a knife on FaceTime that morning and said \"today.\"",
    when="2026-01-24 11:45", location="Reggie Lewis Track and Athletic Center, warm-up area",
    description="""
Coach Lyons statement: Chidi was DQ'd in the 55m dash on his second false start. He came at me in the warm-up area at the Reggie Lewis Center and said what is in the threat statement, word for word. At least six teammates heard it. Monday morning Jaylen came to me and said Chidi had been on FaceTime showing a knife and saying "today." We kept Chidi in the office when he arrived; a search found no knife on him at school.

He is a gifted athlete. His family is Nigerian and very strict, and his dad told me last year they would send him back to Lagos if he got in trouble again.
""",
    student=dict(sid="438857", name="Chidi Okonjo", dob="2008-11-15", grade=12, sport="indoor track"),
    decision="allow", key="knife",
    mnc=["Nigerian", "Lagos"], mct=["55m dash", "Reggie Lewis Center", "warm-up area"],
    cats=["ethnicity", "national_origin"], tags=["allow_threat", "precision_trap"])

add(28, school="Brighton High School", recipient="commonwealth-fusion-center", ground="drugs",
    substances=["fentanyl"],
    when="2026-04-08 08:40", location="Brighton High School, gym",
    description="""
Our SRO asked that this report go to the Commonwealth Fusion Center analysts, who he says are mapping fentanyl distribution among youth in Allston-Brighton. On 4/8 during 1st period PE, Coach Dwyer saw Jalen hand a classmate a small blue pill by the bleachers. A search of Jalen's gym bag with the AP present found 12 more blue pills stamped M30. The SRO says Jalen's older brother runs with the Oak Square set.
""",
    student=dict(sid="574412", name="Jalen Coakley", dob="2009-03-27", grade=11),
    decision="deny", reason="recipient_not_permitted",
    mnc=["Oak Square"], cats=["gang_affiliation"], tags=["deny_recipient"])

add(29, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon", weapon="razor blade",
    when="2025-12-04 11:25", location="Margarita Muñiz Academy, girls' locker room",
    description="""
Statement of Ms. Ocasio, PE:
Fourth period, the girls were changing after the mile run. I heard screaming from the back row of lockers and found Daniela holding a razor blade (single-edge, the kind that goes in a paint scraper) a few inches from another girl's face, saying "say it again." I told her to drop it and she did. I put my foot on it and radioed for SSS. The other girl was not cut.

Daniela said the girl had been telling everyone her family are illegals and that her dad got picked up by ICE last month. Daniela's mom confirmed to the AP that dad is being held in Plymouth. Daniela is a strong student and plays on our soccer team.
""",
    student=dict(sid="587740", name="Daniela Marroquin", dob="2010-04-04", grade=10),
    decision="allow", key="razor blade",
    mnc=["illegals", "by ICE", "Plymouth"], mct=["single-edge", "mile run", "back row of lockers"],
    cats=["immigration_status"], tags=["allow_weapon", "locker_room"])

add(30, school="Boston International High School & Newcomers Academy", recipient="bpd/district-b2",
    ground="drugs", substances=["oxycodone"],
    when="2025-12-16 10:50", location="BIHS, hallway outside the locker room",
    description="""
Q: What happened?
A: (Mr. Ahmadi, PE) At the end of 3rd period I saw Wilner hand two small white pills to another student by the water fountain near the locker room. When I walked over the other student dropped them. They are stamped "A 215" and the nurse identified them as oxycodone 30 mg.
Q: Was the student searched?
A: Yes, by AP Brennan with SSS. Wilner had a prescription bottle in his gym bag with 22 more of the same pills. The label is in a woman's name; Wilner says she is his aunt and she had surgery.
Q: Any injuries or use?
A: None that we know of.
Q: Other relevant information?
A: Wilner arrived in October. Per intake he came from Haiti through Mexico with his aunt and has a pending asylum case; the aunt speaks Creole only.
""",
    student=dict(sid="640219", name="Wilner Joseph", dob="2009-01-30", grade=10),
    decision="allow", key="oxycodone",
    mnc=["Haiti", "Mexico", "asylum", "Creole"], mct=["A 215", "water fountain", "prescription bottle"],
    cats=["national_origin", "immigration_status", "language"], tags=["allow_drugs", "precision_trap"])

add(31, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="gang_activity",
    when="2026-02-09 13:30", location="Jeremiah E. Burke High School, boys' locker room",
    description="""
A 45-second video is going around that was filmed in our boys' locker room during 6th period PE on 2/9. It shows four students, including Malik, throwing hand signs and chanting "Big Head Boys" and "Franklin Hill." No weapons are visible and nobody is hurt. We would like the BPD youth violence unit to be aware of it given the shooting last weekend. Malik's counselor believes he is being recruited by the Big Head Boys.
""",
    student=dict(sid="299184", name="Malik Osei", dob="2010-09-02", grade=9),
    decision="deny", reason="ground_not_permitted",
    mnc=["Big Head Boys", "Franklin Hill"], cats=["gang_affiliation", "neighborhood"],
    tags=["deny_ground", "locker_room"])

add(32, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
    ground="serious_violence", weapon="box cutter",
    when="2025-11-20 14:25", location="Madison Park field house, PE equipment room (basement)",
    description="""
INCIDENT NARRATIVE (AP Ruiz)
Time: 2:25 PM. Place: PE equipment room, basement level of the field house.

Anthony, a PE aide this semester, was breaking down the cardboard boxes from a delivery of new floor hockey sticks with a box cutter issued by the department. Another student (D.F.) came in and they argued about money D.F. owed him. The custodian, Mr. Dacosta, saw Anthony slash at D.F. with the box cutter. D.F. has a 4-inch laceration across his left palm and wrist; he got 14 stitches at Boston Medical Center and was evaluated for nerve damage. Anthony stayed in the room and handed the box cutter to the custodian.

Anthony's mother told me he has been stressed because the family has no papers and their landlord on Dudley Street threatened to call immigration on them if they complained about the heat again.
""",
    student=dict(sid="327760", name="Anthony Peralta", dob="2008-07-19", grade=12),
    decision="allow", key="box cutter",
    mnc=["no papers", "Dudley Street", "immigration"], mct=["14 stitches", "left palm", "floor hockey sticks"],
    cats=["immigration_status", "neighborhood"], tags=["allow_violence", "sports_equipment"])

add(33, school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
    threat="On 11/6/2025 Xavier posted to his public Snapchat story a photo of the pool deck used for our "
           "swim unit with the text \"last swim for Dante and his whole team friday\" followed by two gun "
           "emojis (🔫🔫), and tagged Dante's account. A classmate says he saw Xavier with a handgun at a "
           "party on 11/1. Dante's team has a meet at that pool on Friday 11/7.",
    when="2025-11-06 21:15", location="Snapchat; pool at the Marr Boys & Girls Club",
    description="""
Xavier and Dante got into it on the pool deck during PE on Tuesday - Dante dunked him during water polo and people laughed. That night the Snap went up. Dante's mom called the school at 7 AM Thursday, scared. We checked the SIS and Xavier has a 2024 note reading "affiliation with Norfolk Street (per BPD)"; not sure how current that is. We are moving Friday's meet from the Marr to an away site. Xavier has been kept home today and his grandmother is in charge while his mother is away.
""",
    student=dict(sid="458806", name="Xavier Dupont", dob="2009-07-09", grade=11),
    decision="allow", key="pool deck",
    mnc=["Norfolk Street"], mct=["water polo", "the Marr"],
    cats=["gang_affiliation"], tags=["allow_threat", "pool"])

add(34, school="Fenway High School", recipient="bpd/district-d4", ground="drugs", substances=["vodka"],
    when="2026-01-15 08:15", location="Fenway High School, gym",
    description="""
Coach Landry (volleyball / PE) noticed at 8:15 AM that Kayla's Hydro Flask smelled strongly of alcohol when she knocked it over during serving drills. Kayla admitted it was vodka mixed with blue Gatorade, "about a third" of the bottle. The nurse found mild impairment and her mother picked her up. Her mother told the AP the family is Irish Catholic and "this is not how she was raised," and asked for a meeting with the counselor.
""",
    student=dict(sid="512663", name="Kayla Donnelly", dob="2010-02-02", grade=10),
    decision="deny", reason="excluded_substance",
    mnc=["Irish", "Catholic"], cats=["ethnicity", "religion"], tags=["deny_substance"])

add(35, school="Charlestown High School", recipient="bpd/district-a15", ground="weapon", weapon="club",
    when="2025-10-02 15:10", location="Charlestown High School, erg room",
    description="""
Mr. Pruitt (crew coach / PE) reports:
Before crew team practice at 3:10 I was checking the erg room and saw a length of wood sticking out of Jayden's backpack. It is the top half of a hockey stick, sawed off at about 24 inches, with screws driven through the blade end and the whole thing wrapped in black grip tape. When I asked, he said "it's for the walk home, not for here." He did not swing it or show it to anyone. I brought it to the main office.

Jayden's older brother was shot in October, and the family says people think Jayden runs with the same crew off Bunker Hill Street, which he denies.
""",
    student=dict(sid="363027", name="Jayden Kearney", dob="2010-08-01", grade=10, sport="crew"),
    decision="allow", key="hockey stick",
    mnc=["same crew", "Bunker Hill Street"], mct=["crew team practice", "erg room", "screws"],
    cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "sports_equipment", "precision_trap"])

add(36, school="Boston Latin Academy", recipient="bpd/district-c11", ground="serious_violence",
    when="2026-03-02 15:30", location="Boston Latin Academy, fitness center (after-school open gym)",
    attachments=[{"kind": "face_match", "name": "safezone_match_report.pdf"},
                 {"kind": "photo", "name": "treadmill_camera_stills.jpg"}],
    description="""
Fitness center assault, 3/2/26 around 3:30 PM (after-school open gym). A student punched another student (F.A.) repeatedly in the face near the treadmills; F.A. has a broken nose and an orbital fracture and was taken to BMC. The staff member on duty did not know the assailant. The building's camera analytics system (facial recognition, vendor SafeZone) identified him as Jamal at 97% confidence against the student ID photo set. Attached: the face match report and the stills. We are asking BPD to confirm the identification.
""",
    student=dict(sid="590318", name="Jamal Whitaker", dob="2009-11-20", grade=10),
    decision="deny", reason="face_surveillance",
    mnc=["97% confidence", "SafeZone"], cats=["face_surveillance"], tags=["deny_face", "fitness_room"])

add(37, school="Boston Green Academy", recipient="bpd/district-b2", ground="drugs", substances=["MDMA"],
    when="2025-06-05 11:30", location="White Stadium, Franklin Park (field day)",
    description="""
Field Day, White Stadium, 6/5/2025. Around 11:30 a 10th grader came to the first aid tent with her heart racing and her jaw clenching, saying she "took half a molly" that Malachi gave her by the long jump pit. EMS evaluated her and took her to Boston Children's as a precaution; she was discharged that evening.

SSS found Malachi near the tug-of-war ropes with a mint tin holding 6 pink pills shaped like Tesla logos. He said they were "molly, $20 each" and that he had sold "a couple." SSS field test indicated MDMA; pills sent to the BPD lab under chain of custody.

Malachi's mother asked that her address on Glenway Street not be shared with the other family.
""",
    student=dict(sid="336519", name="Malachi Furtado", dob="2008-09-26", grade=10),
    decision="allow", key="MDMA",
    mnc=["Glenway Street"], mct=["White Stadium", "long jump pit", "Tesla logos"],
    cats=["neighborhood"], tags=["allow_drugs", "precision_trap"])

add(38, school="Mission Hill K-8 School", recipient="bpd/district-b2", ground="serious_violence",
    weapon="jump rope",
    when="2026-02-12 13:15", location="Mission Hill K-8 School, gym",
    description="""
From: Ms. Lavoie (PE)
To: Principal; AP
Sent: Thu 2/12/2026 1:48 PM

We were in the jump rope unit today (regular ropes plus Chinese jump rope stations). At about 1:15 Tyler came up behind Ezekiel at the long-rope station, looped a speed rope around his neck and pulled back hard with both hands. Ezekiel went limp and fell. I got the rope off; he came to after maybe 10-15 seconds, lips blue. The nurse called 911 and he was taken to Boston Children's. They are keeping him overnight because of swelling and petechiae on his face and neck (she said that means real pressure). Tyler says "it was a prank, I saw it on TikTok." The whole class saw it.

Tyler's father will come in tomorrow. He asked if we have a Puerto Rican counselor who could talk to Tyler, because Tyler "won't open up to anyone who isn't from the island."
""",
    student=dict(sid="725408", name="Tyler Burgos", dob="2013-01-06", grade=7),
    decision="allow", key="speed rope",
    mnc=["Puerto Rican", "from the island"], mct=["Chinese jump rope", "petechiae", "speed rope"],
    cats=["ethnicity"], tags=["allow_violence", "sports_equipment", "precision_trap"])

add(39, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
    ground="harassment",
    when="2025-10-30 10:40", location="O'Bryant, boys' locker room",
    description="""
Three 9th graders used a phone to record a classmate in the boys' locker room while he was changing and shared it in a group chat. The video has since been deleted from the chat; the student who filmed it (Camden) admitted it. The family of the boy who was filmed is Ethiopian and Orthodox Christian, they are deeply upset, and they asked for police involvement.
""",
    student=dict(sid="684002", name="Camden Reilly", dob="2011-03-13", grade=9),
    decision="deny", reason="ground_not_permitted",
    mnc=["Ethiopian", "Orthodox"], cats=["ethnicity", "religion"], tags=["deny_ground", "locker_room"])

add(40, school="TechBoston Academy", recipient="bpd/district-c11", ground="weapon", weapon="stun gun",
    when="2025-10-15 13:52", location="TechBoston Academy, fitness room",
    description="""
Fitness room log, Wed 10/15, period 6 (Mr. Nakamura)
Circuit stations: Russian twists / Bulgarian split squats / wall sits / battle ropes

1:52 - loud crackle from the battle rope corner. Kiara was holding a pink stun gun shaped like a lipstick. Imani said Kiara pressed it to her side. Imani has two small red marks on her left side above the hip; nurse evaluated, ice only, parent notified.
1:55 - I took the stun gun. Kiara says she bought it online after "stuff" at the bus stop and was "showing" Imani how it works.

Note for file: Kiara's mom asked that all school paperwork be mailed home in Spanish, to the apartment on Bowdoin Street.
""",
    student=dict(sid="473311", name="Kiara Matos", dob="2009-12-24", grade=10),
    decision="allow", key="stun gun",
    mnc=["Spanish", "Bowdoin Street"], mct=["Russian twists", "Bulgarian split squats", "left side above the hip"],
    cats=["language", "neighborhood"], tags=["allow_weapon", "fitness_room", "precision_trap"])

add(41, school="East Boston High School", recipient="bpd/district-a7", ground="drugs", substances=["fentanyl"],
    when="2026-03-24 09:41", location="East Boston High School, boys' locker room, by the showers",
    description="""
School nurse report - 3/24/2026

At 9:41 AM a student ran into the health office saying someone "wasn't breathing" in the boys' locker room. I went down with the AED bag and Narcan. Found Jonathan sitting on the floor by the showers, unresponsive, pinpoint pupils, breathing about 4 a minute, lips gray. Gave Narcan 4 mg intranasal at 9:44 and a second dose at 9:47. He began breathing on his own at about 9:48 and was combative. EMS arrived at 9:52 and took him to Mass General.

SSS found a folded dollar bill with light-brown powder and a cut straw on the bench next to him, and a second bag of powder (about 0.5 g) in his sneaker. Jonathan later told the AP he "did a bump of fent" before PE because he couldn't sleep. The powder field-tested positive for fentanyl.

Social history in the file: the family lives in the Orient Heights development, his older siblings are still in Ecuador, Jonathan is classified EL and his parents use the Spanish line for school calls.
""",
    student=dict(sid="611045", name="Jonathan Quizhpi", dob="2009-06-18", grade=11, ell=True),
    decision="allow", key="fentanyl",
    mnc=["Orient Heights", "Ecuador", "classified EL", "Spanish"], mct=["Narcan 4 mg", "cut straw", "by the showers"],
    cats=["neighborhood", "national_origin", "language"], tags=["allow_drugs", "locker_room"])

add(42, school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
    substances=["nicotine pouches"],
    when="2025-05-14 10:20", location="Rogers Park, PE softball",
    description="""
Coach Sheridan found a tin of Zyn (6 mg, cool mint) in Cole's batting helmet during the PE softball game at Rogers Park. Cole had one in his lip. He says he bought them at a gas station. Tin confiscated, parent called. Per the form I'm sending it in.
""",
    student=dict(sid="401587", name="Cole Brennan", dob="2008-04-07", grade=11),
    decision="deny", reason="excluded_substance", tags=["deny_substance"])

add(43, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="serious_violence",
    when="2025-12-17 09:35", location="Jeremiah E. Burke High School, main gym",
    description="""
Basketball scrimmage, main gym, 2nd period. After a hard foul Deshawn pushed Isaiah to the floor and then stomped on his head twice with his Timberland boots (he had not changed for PE). Isaiah had a seizure on the floor. The nurse and Coach Delacroix started first aid; EMS took him to BMC, where a CT showed a subdural hematoma. As of this writing Isaiah is in the pediatric ICU. SSS walked Deshawn to the office and he said "he started it."

Context from students: this carries over from a beef between kids from Lenox Street and Castle Square, and Deshawn has been posting videos with the Lenox Street guys.
""",
    student=dict(sid="318862", name="Deshawn Pryor", dob="2009-02-14", grade=11,
                 gang_flag="Lenox St associate (BPD FIO 2024)"),
    decision="allow", key="stomped",
    mnc=["Lenox", "Castle Square"], mct=["Timberland boots", "subdural hematoma", "hard foul"],
    cats=["gang_affiliation", "neighborhood"], tags=["allow_violence", "structured_field", "precision_trap"])

add(44, school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="credible_threat",
    threat="During a health class small-group discussion on 4/2/2026, Vivian told her group and then the "
           "teacher that she is \"going to bring a kitchen knife to PE tomorrow and cut\" two named classmates "
           "who she says stole her clothes from the locker room and posted photos. She described which knife "
           "(her mother's cleaver) and when (during 4th period while the class is changing).",
    when="2026-04-02 13:20", location="Josiah Quincy Upper School, health classroom",
    description="""
The health teacher, Mr. Ostrowski, pulled Vivian aside after class. She repeated it calmly and said she had "already decided." The counselor met with her and her mother the same afternoon; mom speaks Cantonese, so the meeting went through the district interpreter line. Mom checked at home and confirmed the cleaver was in Vivian's backpack, which Vivian had left at home that day. The two girls named have been told and their families notified. A no-contact plan is in place and Vivian is home for now; she would have been in the 4th period locker room tomorrow.
""",
    student=dict(sid="663390", name="Vivian Lau", dob="2010-03-31", grade=10),
    decision="allow", key="cleaver",
    mnc=["Cantonese", "interpreter line"], mct=["cleaver", "4th period", "no-contact plan"],
    cats=["language"], tags=["allow_threat", "health_class", "locker_room"])

add(45, school="Snowden International School", recipient="hsi/boston", ground="drugs",
    substances=["fentanyl"],
    when="2026-02-10 09:15", location="Snowden International School, gym locker",
    description="""
HSI Special Agent M. Torres asked for a copy of this report for a federal investigation into a pill press operation. On 2/10/26 SSS found 40 counterfeit "M30" pills in a sock in Rafael's gym locker after a tip from a classmate. Field test presumptive positive for fentanyl. The family is Brazilian and Agent Torres says the supplier is connected to a group in Framingham.
""",
    student=dict(sid="697215", name="Rafael Nunes", dob="2009-05-05", grade=11),
    decision="deny", reason="recipient_not_permitted",
    mnc=["Brazilian"], cats=["ethnicity"], tags=["deny_recipient", "locker_room"])

add(46, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="firearm",
    when="2026-01-05 08:35", location="Excel High School, boys' locker room ceiling",
    description="""
Timeline (AP Costa):
Mon 1/5, 8:20 AM - anonymous text to the tip line: "Rico hid a gun in the boys locker room ceiling by the showers."
8:35 - locker room closed; SSS and I checked. Above the second ceiling tile from the gang shower entrance we found a black Taurus 9mm semi-automatic pistol, magazine inserted with 7 rounds, nothing in the chamber.
8:50 - BPD C-6 notified by phone per protocol; an officer took custody of the firearm at 9:30.
10:15 - Ricardo ("Rico") brought to the office by his mother. He admitted he put it there Friday "for protection" after being robbed on the bus, and says he got it from "someone on the street."
Other notes: mom said the family is Catholic and asked if their parish priest could be at any hearing. She also said people at the West Broadway development have been saying Rico is with the D Street crew.
""",
    student=dict(sid="352904", name="Ricardo Almonte", dob="2009-10-10", grade=10),
    decision="allow", key="pistol",
    mnc=["Catholic", "parish", "West Broadway", "D Street crew"],
    mct=["gang shower entrance", "Taurus 9mm", "7 rounds"],
    cats=["religion", "neighborhood", "gang_affiliation"], tags=["allow_weapon", "locker_room", "precision_trap"])

add(47, school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
    substances=["marijuana", "counterfeit Xanax"],
    when="2025-05-08 10:10", location="BCYF Jackson/Mann pool",
    description="""
BCYF Jackson/Mann pool - incident log
Date 5/8/2025  Time 10:10
Lifeguard on duty: S. Kowalczyk

Observed a BPS student (Brighton HS PE class) sitting on the bleachers not swimming, drowsy and slurring. Teacher Mr. Hanlon spoke with him; the student (Nico) said he "took a bar" before class. In his swim bag: a pill bottle with 9 white rectangular pills stamped XANAX 2 and a grinder with marijuana residue. The school nurse was called over. Nico said he bought the bars from a kid on Snapchat. EMS evaluated him and released him to his mother.

Added by Mr. Hanlon: Nico's IEP says parent notices go out in Albanian; his older brother translates at meetings.
""",
    student=dict(sid="428196", name="Nico Dervishi", dob="2008-02-12", grade=11),
    decision="allow", key="Xanax",
    mnc=["Albanian"], mct=["XANAX 2", "Jackson/Mann pool", "grinder"],
    cats=["language"], tags=["allow_drugs", "pool"])

add(48, school="Curley K-8 School", recipient="bpd/district-e13", ground="trespass",
    when="2026-01-17 19:30", location="Curley K-8 School, gymnasium",
    description="""
On Saturday 1/17/26 at about 7:30 PM a custodian found 8th grader Tobias and two friends in the Curley gymnasium after hours. They had come in through a propped door by the loading dock and were shooting baskets. Nothing was damaged or taken. The custodian recognized Tobias. The school is asking for a police report for trespass. Tobias lives with his grandmother in the Mildred C. Hailey apartments.
""",
    student=dict(sid="731560", name="Tobias Greer", dob="2012-05-23", grade=8),
    decision="deny", reason="ground_not_permitted",
    mnc=["Mildred C. Hailey"], cats=["neighborhood"], tags=["deny_ground"])

add(49, school="Boston Latin Academy", recipient="bpd/district-c11", ground="serious_violence",
    weapon="padlock in a sock",
    when="2025-12-09 13:20", location="Boston Latin Academy, boys' locker room",
    description="""
Per investigation by AP Morales, 12/9/2025:
Three students cornered 9th grader Minh T. in the boys' locker room after 5th period PE. Nathaniel swung a Master Lock combination padlock inside a gym sock and hit Minh at least four times in the face and head while the other two held the door shut. Minh has a fractured cheekbone and a fractured nose and lost two teeth; he had surgery at Boston Medical Center on 12/11. Nathaniel admitted swinging the lock. The hallway camera shows the three going in and coming out.

Minh's family believes there was a racial motive: witnesses say Nathaniel called Minh a "Vietnamese dog" while hitting him.
""",
    student=dict(sid="602871", name="Nathaniel Cobb", dob="2010-10-05", grade=9),
    decision="allow", key="padlock",
    mnc=["Vietnamese"], mct=["Master Lock", "gym sock", "fractured cheekbone"],
    cats=["ethnicity"], tags=["allow_violence", "locker_room", "sports_equipment"])

add(50, school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="BB gun",
    when="2025-11-18 09:10", location="Huntington Avenue YMCA, changing area",
    description="""
During the swim unit at the Huntington Avenue YMCA, Gavin showed two classmates a Daisy BB rifle he had in a duffel bag in the changing area. He did not point it at anyone and it was not loaded with BBs. A Y staff member saw it and called our teacher. Gavin said he brought it to give to a friend after school. The BB gun is in the main office.
""",
    student=dict(sid="515843", name="Gavin Schultz", dob="2010-01-09", grade=10),
    decision="deny", reason="other", tags=["deny_replica", "pool"])

# ---------------------------------------------------------------------------------------------
# cases 51-75
# ---------------------------------------------------------------------------------------------

add(51, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon", weapon="knife",
    when="2025-11-25 10:15", location="Jeremiah E. Burke High School, room 207 (Health 10)",
    description="""
Health 10, Ms. Oyelaran, lesson on personal safety. When we got to "what makes you feel safe," Trevor said "my knife," and when another student laughed he pulled a black folding knife out of his sock, flicked it open and closed it again. I asked him to hand it to me and he did. It is a Kershaw with about a 3-inch blade. He did not point it at anyone.

Afterwards he told me he rides the 28 from Mattapan Square and gets off at Morton Street, and "stuff happens" on that walk, so he carries it. He lives with his grandfather in Mattapan, a couple of blocks from the trolley.
""",
    student=dict(sid="384019", name="Trevor Lindo", dob="2010-03-16", grade=10),
    decision="allow", key="folding knife",
    mnc=["Mattapan", "Morton Street"], mct=["Kershaw", "flicked it open", "personal safety"],
    cats=["neighborhood"], tags=["allow_weapon", "health_class"])

add(52, school="Boston Green Academy", recipient="bpd/district-d14", ground="credible_threat",
    threat="On 9/30/2025 at 2:05 PM, after a classmate posted a video of him failing a bench press in the "
           "fitness room, Owen told two students in the hallway: \"I'm putting a bullet in Sam's head. My "
           "uncle's got a 40 in the car and I know when he leaves the gym.\" He said \"I'm serious\" when the "
           "fitness teacher asked him about it.",
    when="2025-09-30 14:05", location="Boston Green Academy, hallway outside the fitness room",
    description="""
Written by Ms. Tsang (fitness / PE): I heard the end of it myself - "I know when he leaves the gym." Owen is usually quiet. Sam's family was called and Sam stayed in the building after school until he was picked up. Owen was interviewed by the AP with his father present; the father confirmed the uncle owns a handgun and is licensed. The bench press video is still up on Sam's TikTok.

Dad's home address is 14 Wendeller St in Allston, but Owen lives mostly with his mom, whose address is withheld at her request.
""",
    student=dict(sid="469128", name="Owen Mbeki", dob="2009-04-25", grade=11),
    decision="allow", key="handgun",
    mnc=["Wendeller", "Allston"], mct=["bench press", "TikTok"],
    cats=["neighborhood"], tags=["allow_threat", "fitness_room"])

add(53, school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs", substances=["THC gummies"],
    when="2026-03-26 13:10", location="Boston Arts Academy, health classroom",
    description="""
During health class Ms. Pruett saw Imani passing gummy bears to two classmates from a resealable bag labeled "Delta-9 THC 10 mg." Imani said her cousin gave them to her. Nobody had eaten one yet. Bag confiscated, parents of all three called.
""",
    student=dict(sid="580662", name="Imani Sayed", dob="2009-09-09", grade=11,
                 pe_accommodation="excused from swim and fitness testing during Ramadan"),
    decision="deny", reason="excluded_substance",
    mnc=["Ramadan"], cats=["religion"], tags=["deny_substance", "health_class", "structured_field", "fasting_accommodation"])

add(54, school="New Mission High School", recipient="bpd/district-e18", ground="weapon", weapon="firearm",
    when="2026-02-17 12:20", location="New Mission High School, gym bleachers",
    description="""
At 12:20 during the 5th period basketball unit, Coach Ferraro noticed that a gym bag on the bottom bleacher had fallen open and saw the grip of a handgun. He cleared the gym and called the office. SSS secured the bag: a loaded .380 Smith & Wesson Bodyguard with 6 rounds in the magazine. The bag also held a Celtics practice jersey with Marquise's name on the back, and his school ID. Marquise, found in the cafeteria, first denied it and then admitted the bag was his and said he "needed it for after school." BPD E-18 responded and took custody of the firearm at 12:48.

For the record: Marquise's mother called from work and asked whether this would affect her green card application; she is worried about the family's status.
""",
    student=dict(sid="339570", name="Marquise Dorsainvil", dob="2008-06-30", grade=12),
    decision="allow", key="handgun",
    mnc=["green card", "family's status"], mct=["Bodyguard", "Celtics practice jersey", "bottom bleacher"],
    cats=["immigration_status"], tags=["allow_weapon", "precision_trap"])

add(55, school="Community Academy of Science and Health", recipient="bpd/district-c11", ground="drugs",
    substances=["heroin"],
    when="2025-10-09 13:45", location="CASH fitness room, student cubbies",
    description="""
WHAT WAS FOUND: 14 glassine bags stamped GOODFELLAS holding a tan powder, hidden inside a protein powder tub (double rich chocolate) in Khalil's fitness room cubby. SSS field test: presumptive positive for heroin.
HOW: Fitness instructor Ms. Quinones saw Khalil and two students who are not in the class standing at the cubbies during 6th period; one of them left cash on the shelf.
STATEMENT: Khalil said he was "holding it for somebody" and would not say who.
OTHER: SSS Brathwaite says Khalil is known on the street as part of the Wendover group and that his older brother has a record with the same group.
""",
    student=dict(sid="427783", name="Khalil Simmons", dob="2009-01-18", grade=11),
    decision="allow", key="heroin",
    mnc=["Wendover"], mct=["GOODFELLAS", "protein powder tub", "cubby"],
    cats=["gang_affiliation"], tags=["allow_drugs", "fitness_room"])

add(56, school="Excel High School", recipient="bpd/district-c6", ground="credible_threat", threat="",
    when="2026-03-05 14:35", location="Excel High School, pool locker room",
    description="""
Two swimmers reported that after practice in the pool locker room, Tomas said he was going to "shoot up the swim meet Saturday" if he was not put in the relay. Coach Whelan spoke to him; he said he was mad and didn't mean it. Parents called.
""",
    student=dict(sid="538301", name="Tomas Keane", dob="2010-06-11", grade=10),
    decision="deny", reason="missing_threat_statement", tags=["deny_threat_missing", "pool"])

add(57, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
    ground="serious_violence", weapon="kettlebell",
    when="2025-11-05 10:40", location="O'Bryant fitness room",
    description="""
Fitness room, 10:40 AM. During kettlebell swings (16 kg), Hamza put his set down, walked over to Liam, who was kneeling to retie his shoe, and swung his kettlebell into the side of Liam's right knee, saying "that's for Saturday." Liam screamed and could not stand; EMS took him to Children's. His mother reports a dislocated kneecap and a torn ACL that needs surgery.

Coach Varga: "This was not an accident. Hamza stopped his set and walked over."

Hamza says Liam and his friends have been calling him "pirate" and making jokes about Somalia since the fall. Hamza's family is Somali and new to the district.
""",
    student=dict(sid="656624", name="Hamza Warsame", dob="2010-12-20", grade=9),
    decision="allow", key="kettlebell",
    mnc=["Somali"], mct=["torn ACL", "16 kg", "right knee"],
    cats=["ethnicity", "national_origin"], tags=["allow_violence", "fitness_room", "sports_equipment"])

add(58, school="East Boston High School", recipient="bpd/district-a7", ground="credible_threat",
    threat="On 10/27/2025 at 11:38 PM, Gabriel sent a direct message on Instagram to PE teacher Ms. Farrell's "
           "coaching account: \"you failed me on purpose. im gonna burn that gym down w you in it. got the gas "
           "already.\" At 11:42 PM he sent a photo of a red gas can next to the field house door.",
    when="2025-10-27 23:38", location="East Boston High School field house (Instagram messages)",
    description="""
Ms. Farrell forwarded screenshots at 6:10 AM. Facilities confirmed that a red plastic gas can, about a quarter full, was sitting by the east door of the field house at 6:45. Gabriel had been told on Friday that he failed PE for Q1 because of 14 absences. Gabriel was not allowed into the building this morning and his mother was called. She said he has been "in a dark place" and that their pastor at the Pentecostal church has been counseling him. Gabriel is 17.
""",
    student=dict(sid="293344", name="Gabriel Ortiz-Lane", dob="2008-03-08", grade=12),
    decision="allow", key="gas can",
    mnc=["Pentecostal"], mct=["red plastic gas can", "east door of the field house", "14 absences"],
    cats=["religion"], tags=["allow_threat"])

add(59, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="injury_report",
    when="2025-12-03 09:25", location="Dearborn STEM Academy, gym",
    description="""
PE injury report. During dodgeball, a ball thrown by Kwame hit Ama in the face, broke her glasses and gave her a nosebleed. The nurse treated her and she returned to class. It looks accidental from the video. Ama's mother, who speaks Twi and asked for her nephew to interpret, wants a police report for the glasses.
""",
    student=dict(sid="590047", name="Kwame Boateng", dob="2011-07-13", grade=9),
    decision="deny", reason="ground_not_permitted",
    mnc=["speaks Twi"], cats=["language"], tags=["deny_ground"])

add(60, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="drugs",
    substances=["crack cocaine"],
    when="2026-02-26 14:30", location="Madison Park, wrestling room",
    description="""
Transcription of voicemail left for AP Gaines, 2/27/2026 7:02 AM, from Coach Dennehy:
"Hey, it's Dennehy. Yesterday after the wrestling unit I found a sandwich bag under the mat cart with, like, off-white rocks in it and a little glass pipe with a Chore Boy in the end. Jordan - Jordan Pettaway, the junior - came back looking for it after everybody left and asked if I seen a bag. I didn't give it to him, it's locked in my desk in the PE office. Moreau from SSS said it looks like crack. Call me back. Oh, and his mom called me last week asking about the Haitian church's free after-school program, I told her I'd ask around, not sure if that matters."
Follow-up (AP): SSS field test presumptive positive for cocaine base; 11 rocks.
""",
    student=dict(sid="412256", name="Jordan Pettaway", dob="2009-02-03", grade=11),
    decision="allow", key="crack",
    mnc=["Haitian", "church's"], mct=["mat cart", "Chore Boy", "11 rocks"],
    cats=["ethnicity", "religion"], tags=["allow_drugs", "precision_trap"])

add(61, school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="mace",
    when="2026-01-21 09:05", location="Huntington Avenue YMCA, women's changing area",
    description="""
Statement of Ms. Rahman, PE, about the 1/21/2026 incident at the Huntington Ave YMCA pool (swim unit):
In the women's changing area before class, Leila and another student (B.K.) argued. B.K. has been making comments for weeks about Leila's full-length swimsuit, which Leila wears for religious reasons under an accommodation we approved in September. Today B.K. pulled at the sleeve. Leila took a small canister of Mace out of her bag and sprayed B.K. in the face from about two feet. B.K. was in a lot of pain; Y staff flushed her eyes and EMS checked her on site. Leila handed me the canister (Mace brand, Pocket Model, on a keyring). She said: "She's been touching me for weeks and nobody did anything."
""",
    student=dict(sid="626983", name="Leila Haddad", dob="2010-09-29", grade=9),
    decision="allow", key="Mace",
    mnc=["religious reasons"], mct=["full-length swimsuit", "Huntington Ave YMCA", "Pocket Model"],
    cats=["religion"], tags=["allow_weapon", "pool", "dress_accommodation", "precision_trap"])

add(62, school="Madison Park Technical Vocational High School", recipient="mbta-transit-police",
    ground="weapon", weapon="knife",
    when="2025-10-20 12:05", location="Roxbury Crossing station, on the walk to the track",
    description="""
MBTA Transit Police asked for a copy of our report. On 10/20 the 5th period PE class was walking to the track for the fitness test. At Roxbury Crossing station Dashawn got into an argument with a student from another school and pulled a knife with a 4-inch blade out of his waistband. Our teacher stepped between them and Dashawn put it away. Transit officers on the platform took the knife. Dashawn lives in Mission Main with his mother.
""",
    student=dict(sid="304475", name="Dashawn Ellis", dob="2009-08-22", grade=11),
    decision="deny", reason="recipient_not_permitted",
    mnc=["Mission Main"], cats=["neighborhood"], tags=["deny_recipient"])

add(63, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon", weapon="knife",
    when="2025-05-13 13:30", location="Clifford Park, PE softball game",
    description="""
hey - writing this up like you asked. tuesday 5/13, softball at clifford park, 3rd inning of the PE class game. Brayan and Wilson were arguing in the dugout about a call at second. Brayan pulled a knife out of his sweatpants (silver, folding, maybe 4 inches) and held it down by his leg and said "say something." Wilson backed up and came and got me. I told Brayan to put it on the bench and he did. i have it in a paper bag in my trunk, will bring it to the office at 8. nobody got cut.

for context his family recently arrived from Guatemala, he's in the newcomer program and his English is still limited so i explained everything with google translate. he was shaking after.
""",
    student=dict(sid="733218", name="Brayan Xol", dob="2010-02-27", grade=9),
    decision="allow", key="knife",
    mnc=["Guatemala", "newcomer program", "English is still limited"],
    mct=["clifford park", "dugout", "paper bag"],
    cats=["national_origin", "language"], tags=["allow_weapon", "sports_equipment", "precision_trap"])

add(64, school="Charlestown High School", recipient="bpd/district-a15", ground="serious_violence",
    weapon="floor hockey stick",
    when="2026-03-17 10:10", location="Charlestown High School, gym",
    description="""
Floor hockey, period 3, Ms. Dupree's class. After a goal, Ian came up behind Tariq and swung his floor hockey stick like a baseball bat into the right side of Tariq's face. Tariq's jaw was broken in two places and three teeth were knocked out; he had surgery at Mass General and his jaw is wired shut. Ian says Tariq "disrespected" his girlfriend. Tariq's Canada Goose jacket was found in the locker room afterwards with slash marks in it, which Ian denies doing.

Ian's file: he lives with his aunt at the Mishawum Park apartments; the aunt asked that all mail go to a P.O. box.
""",
    student=dict(sid="369953", name="Ian Gallagher", dob="2009-07-04", grade=11),
    decision="allow", key="floor hockey stick",
    mnc=["Mishawum Park"], mct=["Canada Goose jacket", "broken in two places", "wired shut"],
    cats=["neighborhood"], tags=["allow_violence", "sports_equipment", "precision_trap"])

add(65, school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs", substances=["LSD"],
    when="2025-12-05 09:20", location="YMCA pool (aquatics class)",
    description="""
Hi Ms. Ferguson, I wanted to put this in writing. In Friday's aquatics class at the Y, Penelope's swim bag tipped over and a small square of foil fell out. Inside were 10 small paper squares printed with a cartoon sun. Penelope said they were "stickers." Our nurse said the packaging is typical of LSD blotter, and the SSS field test was positive for LSD. Penelope then said a friend from the Berklee summer program gave them to her to sell. She was not impaired.

I called her father, who asked me to use his work line because the family is "under a lot of scrutiny" since their asylum hearing was postponed.
- Ms. Arroyo, Aquatics
""",
    student=dict(sid="548716", name="Penelope Ruiz", dob="2009-10-31", grade=10),
    decision="allow", key="LSD",
    mnc=["asylum"], mct=["cartoon sun", "blotter", "Berklee summer program"],
    cats=["immigration_status"], tags=["allow_drugs", "pool", "precision_trap"])

add(66, school="English High School", recipient="bpd/district-e13", ground="truancy",
    when="2026-03-03 11:00", location="English High School, stairwell C",
    description="""
Omar has missed 9 PE classes since mid-February; he has been found twice sitting in stairwell C during his PE block. When the dean talked with him he said he has been skipping because he is fasting for Ramadan and gets dizzy running, and was embarrassed to ask the teacher. Attendance office requests that this be sent to BPD as a truancy matter.
""",
    student=dict(sid="579424", name="Omar Diallo", dob="2010-05-07", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["Ramadan"], cats=["religion"], tags=["deny_ground", "fasting_accommodation"])

add(67, school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="knife",
    when="2025-10-21 10:45", location="Brighton High School, room 112 (Health 9)",
    description="""
Ms. Keane, Health 9, block C. While students were doing the nutrition label activity (Greek yogurt vs. fruit cup), a backpack fell off a desk and a kitchen knife with a 6-inch blade, wrapped in a paper towel, slid out onto the floor. The backpack is Youssef's. He said he brought it to cut the mangoes his mom packs for lunch. I reported it to the AP, who took the knife. He did not threaten anyone.

Note: mom has asked for an Arabic interpreter for the meeting; she will come in Thursday with his uncle.
""",
    student=dict(sid="637760", name="Youssef Amrani", dob="2010-11-11", grade=9),
    decision="allow", key="kitchen knife",
    mnc=["Arabic"], mct=["Greek yogurt", "nutrition label activity", "6-inch blade"],
    cats=["language"], tags=["allow_weapon", "health_class", "precision_trap"])

add(68, school="Boston Green Academy", recipient="bpd/district-d14", ground="credible_threat",
    threat="On 2/24/2026 at 9:50 PM Matheus texted the PE teacher's school phone (used for the self-defense "
           "unit group chat): \"if Kevin comes to class tomorrow im going to break his neck for real, ill choke "
           "him until he stops moving. I know how.\" At 9:52 PM he sent: \"not a joke. tell him stay home.\"",
    when="2026-02-24 21:50", location="Text messages about the PE self-defense unit",
    description="""
Mr. Keough (PE): We run a 4-week self-defense unit taught with volunteers from a Brazilian jiu-jitsu academy. Matheus has trained BJJ for years and is very skilled. He and Kevin had a scuffle during rolling drills on Tuesday; Kevin says Matheus "cranked his arm on purpose" and Matheus says Kevin tapped late. The texts came Tuesday night at 9:50 and 9:52. I screenshotted them and sent them to the AP. Kevin was kept home Wednesday by his parents.

Matheus is usually a good kid. Guidance notes he was born in Minas Gerais and came here at 12; his mom works two jobs.
""",
    student=dict(sid="601139", name="Matheus Rocha", dob="2009-06-02", grade=11),
    decision="allow", key="rolling drills",
    mnc=["Minas Gerais", "came here at 12"], mct=["Brazilian jiu-jitsu", "rolling drills"],
    cats=["national_origin"], tags=["allow_threat", "precision_trap"])

add(69, school="Charlestown High School", recipient="bpd/district-a15", ground="weapon", weapon="knife",
    when="2025-12-15 14:40", location="Charlestown High School, boys' locker room",
    attachments=[{"kind": "photo", "name": "yearbook_photo_for_face_match.jpg"},
                 {"kind": "photo", "name": "locker_room_hallway_still.jpg"}],
    description="""
A fixed-blade knife was found on the floor of the boys' locker room after 7th period. The hallway camera shows a student leaving just before it was found but the image is blurry. We believe it is Connor. Please run the attached yearbook photo through your face recognition against the hallway still to confirm before we discipline him.
""",
    student=dict(sid="346610", name="Connor Walsh", dob="2010-04-18", grade=10),
    decision="deny", reason="face_surveillance", cats=["face_surveillance"],
    tags=["deny_face", "locker_room"])

add(70, school="Excel High School", recipient="bpd/district-c6", ground="drugs",
    substances=["oxycodone", "nicotine vape"],
    when="2026-01-27 13:55", location="Excel High School, boys' locker room, by the towel bin",
    description="""
Report from Mr. Whitcomb (PE), edited by the AP:
During a locker check after the 6th period bell I found Aidan and another boy vaping in the corner by the towel bin. Aidan dropped the vape (blue Elf Bar, nicotine per the label) and tried to leave. SSS searched his gym bag. In the inside pocket: a pill bottle with no label holding 17 round green pills imprinted 80 on one side and OC on the other, which the nurse identified as OxyContin 80 mg. Aidan said they are his grandmother's; she later confirmed by phone that she has a prescription and did not know they were gone. Aidan said he "sells a few" to pay his phone bill.

He lives with his grandmother in the Old Colony development on East 8th Street.
""",
    student=dict(sid="310298", name="Aidan Moriarty", dob="2009-09-25", grade=10),
    decision="allow", key="OxyContin",
    mnc=["Old Colony", "East 8th Street"], mct=["towel bin", "OxyContin 80 mg", "Elf Bar"],
    cats=["neighborhood"], tags=["allow_drugs", "locker_room"])

add(71, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
    when="2025-10-29 09:15", location="BCYF Curtis Hall pool, South Street",
    description="""
Swim class at BCYF Curtis Hall, South Street, 9:15 AM.
Students were waiting on the top row of the pool bleachers. Three students and the lifeguard say Sergio stood up, grabbed Andres by the collar and threw him over the rail; Andres fell about 8 feet onto the tile pool deck. He hit his head and landed on his left wrist. EMS took him to Faulkner Hospital: displaced wrist fracture needing surgery, and a concussion. Sergio told staff "he'll think twice."

Sergio's emergency card lists an address on Centre Street in Hyde Square, and his father's contact note says "Spanish only, call after 6."
""",
    student=dict(sid="455871", name="Sergio Batista", dob="2009-03-20", grade=11),
    decision="allow", key="wrist fracture",
    mnc=["Centre Street", "Hyde Square", "Spanish"], mct=["BCYF Curtis Hall", "South Street", "over the rail"],
    cats=["neighborhood", "language"], tags=["allow_violence", "pool", "precision_trap"])

add(72, school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
    substances=["chewing tobacco"],
    when="2025-09-24 10:30", location="East Boston Memorial Stadium, PE softball",
    description="""
During the PE softball unit at Memorial Stadium, Coach Flynn found a can of Grizzly wintergreen dip in Nate's glove and saw him spit on the field. Nate is 16. The can was confiscated and his father was called. Submitting because the district form asks for any tobacco at a school activity.
""",
    student=dict(sid="362157", name="Nate Pacheco", dob="2009-05-30", grade=11),
    decision="deny", reason="excluded_substance", tags=["deny_substance", "sports_equipment"])

add(73, school="Curley K-8 School", recipient="bpd/district-e13", ground="weapon", weapon="razor blade",
    when="2026-03-03 12:35", location="BCYF Curtis Hall pool, check-in",
    description="""
Ms. Bhatt's note (PE, grade 8), 3/3/2026:
At swim check-in at the Curtis Hall pool I do a quick look at everyone's gear. Naomi's swim cap felt stiff, and inside, taped to the lining, was a single razor blade. She said she keeps it "in case girls try me in the locker room again" after an incident last month. She did not show it to anyone. I took it and gave it to Mr. Lucero (AP).

Naomi's mom works overnights at a hospital and asked the office to send letters to the Mildred Hailey management office, since their mailbox keeps getting broken into.
""",
    student=dict(sid="718843", name="Naomi Carrington", dob="2011-10-02", grade=8),
    decision="allow", key="razor blade",
    mnc=["Mildred Hailey"], mct=["swim cap", "taped to the lining"],
    cats=["neighborhood"], tags=["allow_weapon", "pool", "locker_room"])

add(74, school="Another Course to College", recipient="bpd/district-e18", ground="credible_threat",
    threat="Student posted on Instagram on 3/20/2026 at 10:14 PM a photo taken inside the ACC boys' locker "
           "room showing a handgun on a bench next to a school gym uniform, captioned \"Monday it's happening. "
           "2nd period. stay home if u smart.\" Second-period PE is held in the gym next to that locker room.",
    when="2026-03-20 22:14", location="Instagram post (photo taken in the ACC boys' locker room)",
    description="""
Four parents reported the post to the principal over the weekend. The account belongs to Desmond according to his own earlier posts, and the gym uniform in the photo has his initials (D.W.) written in marker on the shorts. Monday morning Desmond was met at the door by the principal and SSS and searched; nothing was found. He says the photo is "from online" and the caption is a rap lyric. The photo's metadata shows it was taken 3/20 at 3:02 PM, during after-school open gym, and the bench matches ours (blue, cracked corner). Nothing else of concern in his file.
""",
    student=dict(sid="377418", name="Desmond Wiley", dob="2008-12-28", grade=11),
    decision="allow", key="open gym",
    mct=["cracked corner", "initials", "open gym"],
    tags=["allow_threat", "locker_room", "clean"])

add(75, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
    ground="drugs", substances=["methamphetamine"],
    when="2026-04-21 10:25", location="O'Bryant gym (PACER test)",
    description="""
During the 3rd period fitness test (PACER) a 10th grader collapsed near the line with a heart rate around 190 per the nurse. She said she had taken an "Addy" from Colin so she could "run faster." Colin, in the same class, had 8 orange pills stamped "b 973" in an Altoids tin in his shorts. She was taken to Children's and released the same day. Lab result from BPD received 4/28: the pills contain methamphetamine, not amphetamine.

Colin's mother says his friend group is the Hype Crew dance team at the Boys & Girls Club - "not a gang," and she wants that noted. The family lives on Bellflower Street.
""",
    student=dict(sid="563302", name="Colin Fitzpatrick", dob="2010-01-21", grade=10),
    decision="allow", key="methamphetamine",
    mnc=["Bellflower Street"], mct=["Hype Crew", "PACER", "Altoids tin"],
    cats=["neighborhood"], tags=["allow_drugs", "precision_trap"])

# ---------------------------------------------------------------------------------------------
# cases 76-100
# ---------------------------------------------------------------------------------------------

add(76, school="Boston Arts Academy", recipient="allied-universal-security", ground="weapon", weapon="knife",
    when="2026-02-05 09:40", location="YMCA pool, men's changing area",
    description="""
The security contractor at the Y asked for a copy of our incident report for their files. On 2/5, during the aquatics class, a Y security officer saw Farid take a folding knife out of his jeans in the men's changing area and put it in his locker. He turned it over to our teacher without any trouble. Farid came to the U.S. as a refugee from Afghanistan two years ago, and his caseworker has been notified.
""",
    student=dict(sid="675549", name="Farid Noori", dob="2009-02-26", grade=11),
    decision="deny", reason="recipient_not_permitted",
    mnc=["refugee", "Afghanistan"], cats=["immigration_status", "national_origin"],
    tags=["deny_recipient", "pool"])

add(77, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon",
    weapon="brass knuckles",
    when="2025-09-18 13:05", location="Madison Park, boys' locker room, locker 118",
    description="""
Student statement (handwritten, transcribed by AP):
"I was at my locker getting my slides and Quan came around the corner with the knuckles already on his hand, the silver ones with the spikes. He said you been talking. I put my hands up and he hit me in the arm and then my locker. I ran out to Mr. Banerjee. My arm is bruised. I never said nothing about him." - signed R.M.

AP: R.M. has a large bruise on his upper arm; the nurse iced it, no other treatment. Quan was found in the hallway with brass knuckles in his hoodie pocket, and there is a fresh dent in locker 118. Quan says R.M. "told people" he is in a gang with his cousins from Annunciation Road.
""",
    student=dict(sid="381406", name="Quan Fields", dob="2009-11-03", grade=10),
    decision="allow", key="brass knuckles",
    mnc=["in a gang", "Annunciation Road"], mct=["locker 118", "spikes", "slides"],
    cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "locker_room", "precision_trap"])

add(78, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="serious_violence",
    weapon="scissors",
    when="2025-11-18 10:30", location="Henderson, room 214 (health)",
    description="""
Health class, room 214, Tuesday 11/18/2025, about 10:30.
During group work in the sexual health unit (Caleb's parents had opted him out; he was supposed to be in the library but was sent back by mistake), Caleb and another student, Ty, argued. Ty mocked Caleb about being opted out: "your Jehovah's Witness parents won't let you learn anything." Caleb took a pair of pointed scissors from the supply cup and stabbed Ty in the upper back. Ty was bleeding heavily; the nurse applied pressure and EMS took him to BMC, where he had surgery for a collapsed lung. Caleb stayed in his seat and said "I told him to stop."
""",
    student=dict(sid="492275", name="Caleb Ferreira", dob="2009-01-08", grade=11),
    decision="allow", key="scissors",
    mnc=["Jehovah"], mct=["pointed scissors", "collapsed lung", "room 214"],
    cats=["religion"], tags=["allow_violence", "health_class"])

add(79, school="Fenway High School", recipient="bpd/district-d4", ground="drugs", substances=["clonazepam"],
    when="2026-04-30 08:20", location="Fenway High School gym (yoga unit)",
    description="""
- 4/30/26, period 1 PE (yoga unit), Fenway gym
- Staff noticed Amara asleep on her mat and hard to wake
- Nurse: pupils normal, slow speech; Amara said she took "2 K-pins" from a friend's mom's bottle
- Search of her tote: 11 yellow round pills "K 1" (clonazepam 0.5 mg) loose in an Advil bottle
- Says she gave 3 to two other girls in the locker room; both identified, both OK
- Parent: father, her guardian, reachable at his job in the office of the Armenian church in Watertown
- Amara has no prescription per father
""",
    student=dict(sid="529968", name="Amara Petrosyan", dob="2009-08-14", grade=11),
    decision="allow", key="clonazepam",
    mnc=["Armenian"], mct=["K-pins", "Advil bottle", "yoga unit"],
    cats=["ethnicity", "religion"], tags=["allow_drugs", "precision_trap"])

add(80, school="Brighton High School", recipient="bpd/district-d14", ground="bullying",
    when="2025-12-10 11:05", location="Brighton High School, girls' locker room",
    description="""
Two 10th grade girls pulled Samira's hijab off in the girls' locker room before PE and passed it around while others filmed. Samira was not physically hurt but was very shaken. Both girls have been suspended. Samira's parents are asking for police involvement.
""",
    student=dict(sid="613321", name="Brianna Costello", dob="2010-04-09", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["hijab"], cats=["religion"], tags=["deny_ground", "locker_room", "dress_accommodation"])

add(81, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="weapon",
    weapon="knife",
    when="2025-11-10 11:00", location="BCLA gym, mat area",
    description="""
Coach O'Halloran, PE 11, Block B. We were doing Turkish get-ups with the light kettlebells. Filmon's Under Armour backpack was open on the floor by the mats and the handle of a large knife was sticking out. I asked him to walk with me to the hallway. He said it was for "the guys at the bus stop." The knife is a kitchen-style chef's knife, roughly an 8-inch blade, no sheath, wrapped in a dish towel. Handed to AP Kinsella at 11:05. No one was threatened. Filmon was calm and cooperative the whole time.
""",
    student=dict(sid="648870", name="Filmon Tesfay", dob="2008-10-19", grade=11,
                 primary_language="Tigrinya", ell_status="Active EL, WIDA composite 2.1"),
    decision="allow", key="chef's knife",
    mnc=["Tigrinya", "WIDA", "Active EL"], mct=["Turkish get-ups", "Under Armour", "chef's knife"],
    cats=["language"], tags=["allow_weapon", "structured_field", "precision_trap"])

add(82, school="Mario Umana Academy", recipient="bpd/district-a7", ground="credible_threat",
    threat="On 5/20/2025 during a health class lesson on coping with stress, 8th grader Javier told the "
           "health teacher that he is \"going to shoot Brandon and Luis in the locker room\" and that he knows "
           "his stepfather keeps a pistol under the mattress. Asked when, he said \"after field day, when "
           "nobody's watching.\"",
    when="2025-05-20 10:10", location="Mario Umana Academy, health classroom",
    description="""
Ms. Pacheco (Health) kept Javier after class and called the counselor. Javier was tearful and said Brandon and Luis have been taking his things and pantsing him in the locker room since March. He repeated the plan to the counselor. The stepfather, reached by the AP, confirmed he has a pistol and said he would lock it up; he also said "please, I'm undocumented, I don't want police at my house." The counselor has written a safety plan and Javier is staying with his aunt tonight. Field day is 5/30 at Constitution Beach.
""",
    student=dict(sid="754406", name="Javier Montes", dob="2011-04-12", grade=8),
    decision="allow", key="pistol",
    mnc=["undocumented"], mct=["pantsing", "Constitution Beach", "safety plan"],
    cats=["immigration_status"], tags=["allow_threat", "health_class", "locker_room", "precision_trap"])

add(83, school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
    substances=["Juul pods", "marijuana"],
    when="2026-02-11 12:50", location="Charlestown High School, boys' locker room",
    description="""
- 2/11, after 5th period PE
- Custodian reported smoke smell in the boys' locker room bathroom
- Marcus had 3 Juul pods (mint) and a half-smoked blunt in his gym shorts
- No one else involved; parent picked him up
- Sending per district form
""",
    student=dict(sid="334790", name="Marcus Boyd", dob="2009-07-27", grade=11,
                 race="Black or African American"),
    decision="deny", reason="excluded_substance",
    mnc=["African American"], cats=["ethnicity"], tags=["deny_substance", "locker_room", "structured_field"])

add(84, school="New Mission High School", recipient="bpd/district-e18", ground="weapon", weapon="pepper spray",
    when="2026-02-04 15:20", location="New Mission High School gym",
    description="""
Email from Ms. Doherty, 2/4/26, 3:30 PM:
Girls' basketball practice today in the New Mission gym. Sasha and Brielle started arguing about a pair of Jordan 11 "Concords" that went missing from the locker room last week. Sasha pulled a small pepper spray keychain (black, POM brand) out of her sports bra and sprayed it at Brielle; most of it hit Brielle's shoulder but some got in her left eye. We flushed it with water, the nurse checked her, no lasting injury. Sasha handed me the pepper spray. A teammate has video if you need it.
""",
    student=dict(sid="572019", name="Sasha Pierce", dob="2009-05-13", grade=11, sport="girls basketball"),
    decision="allow", key="pepper spray",
    mct=["Jordan 11", "POM brand", "left eye"],
    tags=["allow_weapon", "locker_room", "clean", "precision_trap"])

add(85, school="Boston Latin Academy", recipient="bpd/district-c11", ground="serious_violence",
    when="2026-01-30 11:10", location="Boston Latin Academy pool, girls' changing room",
    description="""
Summary for referral (SSS Director):
On 1/30/2026, during the co-ed swim unit at the school pool, two 11th grade girls reported that Victor followed them into the girls' changing room, pushed one of them (S.P.) into a shower stall, held her there and groped her chest and groin over her swimsuit while she screamed and tried to get away. The second girl pulled him off and he ran out. The lifeguard, Ms. Amaral, found S.P. crying on the floor. S.P. has scratches on her neck and a bruise on her upper arm. Both girls gave written statements the same day and picked Victor out from the class roster. S.P.'s parents want the school to report this to police. Victor denies going into the changing room.
""",
    student=dict(sid="497713", name="Victor Halloran", dob="2008-11-29", grade=11,
                 address="22 Mount Ida Rd, Dorchester MA 02122"),
    decision="allow", key="shower stall",
    mnc=["Mount Ida", "Dorchester", "02122"], mct=["shower stall", "class roster", "scratches on her neck"],
    cats=["neighborhood"], tags=["allow_violence", "pool", "structured_field"])

add(86, school="Brighton High School", recipient="bpd/district-d14", ground="suspicious_behavior",
    when="2026-01-14 14:50", location="Brighton High School, corridor outside the girls' locker room",
    description="""
For the third time this month, staff found Declan standing in the corridor outside the girls' locker room during a period when he should be in class. He says he is waiting for his girlfriend. Nothing has been taken and no one has complained about him directly. SSS thinks it is suspicious and wants BPD to know. Declan lives in the Faneuil development with his mother.
""",
    student=dict(sid="420068", name="Declan Shea", dob="2009-10-06", grade=10),
    decision="deny", reason="ground_not_permitted",
    mnc=["Faneuil"], cats=["neighborhood"], tags=["deny_ground", "locker_room"])

add(87, school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
    substances=["cocaine", "hard seltzer"],
    when="2026-01-09 21:40", location="Charlestown High School, varsity locker room",
    description="""
Incident in the boys' varsity locker room, Friday 1/9/26, after the home game. Custodian Mr. Sheehan walked in on Rory and two teammates with a case of White Claw and a small bag of white powder on the bench by the taping table. Rory grabbed the bag and stuffed it in his sneaker. Coach Grimaldi got it back from him. SSS field-tested the powder on Monday: presumptive positive for cocaine, about 2 g. Rory said he brought it "for the team to celebrate." His father, a lieutenant at Engine 50, came right over. Nothing else relevant.
""",
    student=dict(sid="396634", name="Rory Callahan", dob="2008-08-15", grade=12),
    decision="allow", key="cocaine",
    mct=["White Claw", "taping table", "Engine 50"],
    tags=["allow_drugs", "locker_room", "clean", "precision_trap"])

add(88, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="club",
    when="2025-11-03 10:50", location="Excel High School, boys' locker room",
    description="""
Locker room search - 11/3/2025 - AP Nguyen
Two students told us Kareem was showing off an "asp" in the boys' locker room before period 4 PE. With SSS present, Kareem emptied his locker: a black 21-inch expandable steel baton (collapsed), his Champion sweatpants and a Stop & Shop bag of snacks. He said he bought the baton at a flea market and carries it for the walk to the T. He did not hit anyone with it.

Family: Kareem's mother was very upset. She asked that his father, who is in Morocco, not be told.
""",
    student=dict(sid="541882", name="Kareem Bennani", dob="2010-07-15", grade=10),
    decision="allow", key="baton",
    mnc=["Morocco"], mct=["expandable steel baton", "Champion sweatpants", "Stop & Shop"],
    cats=["national_origin"], tags=["allow_weapon", "locker_room", "precision_trap"])

add(89, school="Boston Green Academy", recipient="bpd/district-d14", ground="credible_threat",
    when="2025-12-16 13:15", location="Boston Green Academy, gym",
    description="""
During a basketball game in PE, after being teased about his patka, Harjot told the boys on the other team "watch what happens to you after school." Coach reported it to the AP. Harjot later said he meant he would tell his older brother. Parents notified.
""",
    student=dict(sid="659904", name="Harjot Gill", dob="2010-02-05", grade=10, religion="Sikh"),
    decision="deny", reason="missing_threat_statement",
    mnc=["patka", "Sikh"], cats=["religion"], tags=["deny_threat_missing", "dress_accommodation", "structured_field"])

add(90, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence", weapon="shot put",
    when="2026-05-05 10:35", location="Brighton High School athletic field, shot put station",
    description="""
Track & field unit, shot put station. Witnesses: Ms. Kagan (PE) and 3 students.
Demetrius was supposed to wait behind the line. Instead he picked up the 4 kg shot, walked up to Noah, who was raking the landing area, and threw it into Noah's back from about 3 feet. Noah fell and could not breathe. EMS took him to St. Elizabeth's Medical Center, where they found two broken ribs and a lacerated spleen; he spent 2 days in the ICU. Demetrius said Noah had been "running his mouth about my mother."

Demetrius's emergency card lists a home address on Washington St in Oak Square and a cell for his mother marked "Portuguese/Creole."
""",
    student=dict(sid="438291", name="Demetrius Andrade", dob="2009-12-01", grade=10,
                 emergency_contact={"relation": "mother", "language": "Portuguese"}),
    decision="allow", key="shot put",
    mnc=["Washington St", "Oak Square", "Portuguese", "Creole"],
    mct=["St. Elizabeth's", "lacerated spleen", "4 kg shot"],
    cats=["neighborhood", "language"], tags=["allow_violence", "sports_equipment", "structured_field", "precision_trap"])

add(91, school="Edward M. Kennedy Academy for Health Careers", recipient="bpd/district-d4",
    ground="credible_threat",
    threat="On 12/15/2025 in the nurse's office, after being told she could not be excused from the swim "
           "assessment again, Destiny told the school nurse and a PE teacher: \"If you make me get in that pool "
           "Thursday I'll bring my brother's gun and shoot Ms. Harper and whoever laughs.\" Asked whether she was "
           "serious, she said yes and that her brother \"keeps it in his sneaker box.\"",
    when="2025-12-15 11:50", location="EMK Academy, nurse's office",
    description="""
Nurse's note: Destiny came in at 11:50 asking to be excused from swim again for "cramps," her fourth request this month. While eating Swedish Fish from the vending machine she said what is in the statement, calmly. Ms. Harper was present. The counselor met with Destiny and her mother at 2 PM; her mother said the brother is 19 and lives with them, and that she "doesn't know" whether he has a gun. Destiny has a long history of anxiety about swimming after nearly drowning in a lake when she was 9.
""",
    student=dict(sid="521067", name="Destiny Bower", dob="2010-08-08", grade=10),
    decision="allow", key="gun",
    mct=["Swedish Fish", "vending machine", "nearly drowning"],
    tags=["allow_threat", "pool", "clean", "precision_trap"])

add(92, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon", weapon="knife",
    when="2025-10-01 10:20", location="Jeremiah E. Burke High School, girls' locker room",
    description="""
AP log, 10/1/2025.
Period 3 PE, girls' locker room. Ms. Okonkwo saw Mariah slip a knife into the side pocket of her gym bag after an argument with another girl about a bag of Cape Cod Potato Chips that was "stolen" from her locker. Knife recovered by the AP with SSS: black steak knife, serrated, about a 5-inch blade, taken from home. Mariah said she wanted to "scare" the other girl. She never took it out in front of her.

Mariah's grandmother came in with a cousin who interpreted; the grandmother is Cape Verdean and speaks only Kriolu.
""",
    student=dict(sid="446603", name="Mariah Gomes", dob="2010-06-22", grade=10),
    decision="allow", key="steak knife",
    mnc=["Cape Verdean", "Kriolu", "interpreted"], mct=["Cape Cod Potato Chips", "steak knife", "serrated"],
    cats=["ethnicity", "language"], tags=["allow_weapon", "locker_room", "precision_trap"])

add(93, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="drugs",
    substances=["THC wax"],
    when="2026-03-19 09:50", location="Madison Park fitness room",
    description="""
Fitness room, period 2. Teacher saw Darnell using a dab pen behind the squat rack. In his bag: the pen and a small jar of THC wax ("Cake" brand). He said it was his. No one else involved. Mother notified.
""",
    student=dict(sid="318447", name="Darnell Price", dob="2008-05-04", grade=12,
                 home_address="41 Greenville St, Roxbury MA"),
    decision="deny", reason="excluded_substance",
    mnc=["Greenville", "Roxbury"], cats=["neighborhood"], tags=["deny_substance", "fitness_room", "structured_field"])

add(94, school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["fentanyl"],
    when="2026-02-19 12:15", location="Excel High School, health office and student locker",
    description="""
Student health disclosure leading to a search. In a one-on-one with the health teacher after a lesson on overdose prevention (Narcan training day), Luis M., 11th grade, said he was scared because he had "fetty" in his locker that he was holding for someone and he didn't want it to "kill somebody." With his permission he opened the locker with the AP and SSS present: a plastic bag with about 5 g of off-white powder and a digital scale. SSS field test: presumptive positive for fentanyl. Luis cooperated fully. He asked that his mother not be told because she is "already stressed about the immigration lawyer."
""",
    student=dict(sid="467215", name="Luis Mejia", dob="2009-04-30", grade=11),
    decision="allow", key="fentanyl",
    mnc=["immigration lawyer"], mct=["Narcan training day", "digital scale", "fetty"],
    cats=["immigration_status"], tags=["allow_drugs", "health_class"])

add(95, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="knife",
    when="2025-11-21 10:05", location="BCYF Paris Street pool, changing room",
    attachments=[{"kind": "face_match", "name": "clearview_result.png"}],
    description="""
A knife was found on a bench in the boys' changing room at the pool after the 2nd period swim unit. Nobody saw who left it. Our SRO ran a hallway still through the Clearview app and it came back with Kevin's photo as the top match; the screenshot is attached. Kevin denies it. Requesting BPD follow-up based on the match.
""",
    student=dict(sid="630088", name="Kevin Rivas", dob="2010-03-03", grade=10),
    decision="deny", reason="face_surveillance",
    mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face", "pool"])

add(96, school="Boston International High School & Newcomers Academy", recipient="bpd/district-b2",
    ground="serious_violence", weapon="10 lb weight plate",
    when="2025-10-14 13:30", location="BIHS weight room",
    description="""
Weight room, 6th period. Witness account from Mr. Salazar (PE):
Patrick was spotting for Emmanuel on the bench and they argued about Emmanuel "taking too long." Patrick took a 10 lb plate off the bar and slammed it down onto Emmanuel's face while Emmanuel was lying on the bench. Emmanuel's nose and upper jaw were fractured and he needed surgery at Boston Medical Center.

Patrick told the AP he was "dizzy and not thinking" because he had been fasting since the night before for a glucose test at Children's that morning. The nurse confirmed the lab appointment. That does not change what happened: several students saw him lift the plate and bring it down on purpose.
""",
    student=dict(sid="652730", name="Patrick Mensah", dob="2008-09-09", grade=12),
    decision="allow", key="10 lb plate",
    mct=["glucose test", "fasting since the night before", "upper jaw"],
    tags=["allow_violence", "fitness_room", "sports_equipment", "clean", "fasting_accommodation", "precision_trap"])

add(97, school="New Mission High School", recipient="bpd/district-e18", ground="weapon", weapon="replica handgun",
    when="2026-04-07 12:30", location="New Mission High School, boys' locker room",
    description="""
A TikTok filmed in our boys' locker room shows Jaylen pointing a black handgun at the camera. We found the item in his gym bag the next day: a plastic replica Glock (a prop gun, solid barrel, no magazine, no moving parts). He said it was for the video. No one was threatened in person.
""",
    student=dict(sid="588361", name="Jaylen Watts", dob="2009-09-19", grade=11),
    decision="deny", reason="other", tags=["deny_replica", "locker_room"])

add(98, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon", weapon="switchblade",
    when="2026-02-02 13:40", location="Margarita Muñiz Academy, mirror room",
    description="""
Note from Ms. Ibarra (PE):
The girls were getting ready for the dance unit in the mirror room. Alondra was doing another girl's French braid when a switchblade fell out of her waistband onto the floor. It is a real automatic knife, pink handle, about a 3.5-inch blade, with ALONDRA painted on the handle in nail polish. I picked it up before anyone touched it. She says she has had it since 8th grade and "forgot" it was on her. She never opened it or pointed it at anyone.

She asked me not to call her mom because "my mom only speaks Quechua and Spanish and she'll cry."
""",
    student=dict(sid="594452", name="Alondra Huaman", dob="2010-01-17", grade=10),
    decision="allow", key="switchblade",
    mnc=["Quechua", "Spanish"], mct=["French braid", "nail polish", "automatic knife"],
    cats=["language"], tags=["allow_weapon", "dress_accommodation", "precision_trap"])

add(99, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
    ground="credible_threat",
    threat="On 3/16/2026 at about 12:40 PM in the Madison Park field house, after losing a one-on-one game, "
           "Dwayne told Ke'Shawn in front of about ten students: \"My cousins from Orchard Park coming Friday "
           "and they gonna shoot this gym up with you in it. I already sent them your schedule.\" A witness saw "
           "him post a photo of the PE schedule in a group chat right after.",
    when="2026-03-16 12:40", location="Madison Park field house",
    description="""
Coach Baptiste heard the second half of it and sent Dwayne to the office. Dwayne's phone has not been searched (we do not have parent consent yet), but the witness showed us his own copy of the group chat with the PE schedule photo and the message "friday 5th." Ke'Shawn's mother has been told. Friday PE classes will meet in the auditorium and we asked for a BPD presence at dismissal. Dwayne has no prior discipline; he is in 10th grade and plays JV basketball.
""",
    student=dict(sid="357126", name="Dwayne Reyes", dob="2010-04-24", grade=10),
    decision="allow", key="group chat",
    mnc=["Orchard Park"], mct=["PE schedule", "auditorium", "JV basketball"],
    cats=["gang_affiliation"], tags=["allow_threat", "threat_text_redaction"])

add(100, school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence", weapon="mop handle",
    when="2026-02-19 14:45", location="TechBoston Academy, boys' locker room",
    description="""
Athletic Director's report (confidential):
On 2/19/2026, after the winter PE wrestling elective, three 12th graders held a 9th grade student (J.K.) down on the locker room floor. Witnesses and J.K. say Marcus pulled down J.K.'s shorts and assaulted him with the handle of a mop from the custodial closet while the other two held his arms and a fourth student filmed. J.K. was treated at Boston Children's for internal injuries and has not been back to school. The older students called it "initiation." The AP recovered the video. Marcus admits being there and holding the mop.
""",
    student=dict(sid="483390", name="Marcus Doyle-Pena", dob="2007-11-04", grade=12,
                 emergency_card={"address": "18 Geneva Ave, apt 3, Dorchester 02121", "phone": "617-555-0148"}),
    decision="allow", key="mop",
    mnc=["Geneva Ave", "Dorchester", "02121"], mct=["custodial closet", "internal injuries", "initiation"],
    cats=["neighborhood"], tags=["allow_violence", "locker_room", "structured_field"])


# ---------------------------------------------------------------------------------------------

def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _self_check():
    """Label sanity beyond the shared validator: keep labels consistent with each other."""
    assert len(CASES) == 100, len(CASES)
    seen_desc = set()
    for c in CASES:
        req, exp = c["request"], c["expect"]
        desc = _fold(req["incident"]["description"])
        assert desc not in seen_desc, c["id"]
        seen_desc.add(desc)
        keep = [_fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
        legit = [_fold(req["incident"]["location"]), _fold(str(req.get("weapon", ""))),
                 _fold(" ".join(req.get("substances", [])))]
        legit += [_fold(a["name"]) for a in req.get("attachments", []) if exp["decision"] == "allow"]
        for s in exp["must_not_contain"]:
            f = _fold(s)
            for k in keep:
                assert f not in k, (c["id"], s, k)
            for l in legit:
                assert f not in l, (c["id"], s, l)
        if exp["decision"] == "allow":
            assert _fold(exp["must_contain"][2]) in desc, (c["id"], exp["must_contain"][2])
            assert exp["must_contain_text"], c["id"]
        else:
            assert exp["reason"], c["id"]
        if exp.get("reason") != "face_surveillance":
            assert bool(exp["must_not_contain"]) == bool(exp["categories"]), c["id"]


def main():
    _self_check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
