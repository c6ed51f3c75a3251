#!/usr/bin/env python3
"""Generate the ``outsider_cu`` held-out corpus: 100 hand-written cases (OCU-0001 .. OCU-0100).

Family: field trips and outings around Boston. Museums (MFA, Museum of Science, ICA, Isabella
Stewart Gardner, Harvard's natural history museum, the Museum of African American History), the
Boston Harbor Islands (Spectacle, Georges/Fort Warren, Thompson, Long Wharf ferries), college visits
(Northeastern, UMass Boston, Emmanuel, BU, MIT, Harvard, Roxbury Community College, Wentworth),
sports venues (Fenway Park, TD Garden, Matthews Arena, Harvard Stadium, the Reggie Lewis Center),
the New England Aquarium and its whale watch, and the chaperones, buses and monitors who run them;
students who wander off or meet people there. Every description is prose written for this file in
the voice of a real writer: assistant principals, teachers, a nurse, counselors, bus monitors,
coaches, a clerk, students' own written statements (with their spelling), SIS exports, emails and
voicemail transcripts. Layouts vary (paragraphs, logs, exports, email headers).

Deny mix (34 of 100, every third case and the last one), one unambiguous reason each:
  * ground_not_permitted (10): a wandering/missing student, theft in a gift shop, a fight without
    serious injury, vandalism, "gang activity", trespass, an immigration inquiry, harassment,
    "suspicious behaviour", a runaway;
  * excluded_substance (7): vapes of unknown content, THC edibles and carts, beer, hard seltzer and
    a blunt, nicotine pouches, cigarettes and Juul pods;
  * recipient_not_permitted (7): BRIC, ICE, MBTA Transit Police, museum private security, the
    Commonwealth Fusion Center, HSI, the State Police;
  * missing_threat_statement (4): credible_threat with no (or an empty) threat_statement;
  * face_surveillance (4): a venue's face-matching hit, a face_match attachment, a request for
    yearbook photos to match against video, a "facial recognition" identification on a bus video;
  * other (2): an airsoft pistol and a BB gun (need a named approver's determination).

Forbidden facts (RULES.md section 4) in allowed cases are woven in the way people actually write
them: in passing ("walks home through the Mildred Hailey apartments", "his mom told me about their
asilum case"), in other languages (Spanish "no tenemos papeles", Portuguese "somos de Minas Gerais",
Haitian Creole "manman l pa gen papye", Vietnamese "tieng Viet" with diacritics, Cantonese in
Chinese characters, Cape Verdean "Kriolu"), misspelled ("Domincan", "Hatian", "Cape Verdian",
"Somalian", "Guatamala"), inside SIS demographic footers, inside threat statements, and as
structured student fields (home_language, race_ethnicity, country_of_birth, address, ell_status,
gang_flag). must_not_contain lists the shortest substrings that reveal each one.

Precision traps (must_contain / must_contain_text, which a correct redactor keeps): venues and
institutions whose names look like a forbidden category but are places where the incident
happened: Old North Church, Trinity Church, Emmanuel College, Roxbury Community College, the
Museum of African American History, the Egyptian gallery at the MFA, Mass General, Jamaica Pond,
Columbia Point, Castle Island, Dorchester Heights, Quincy Market, the Chinatown stop; everyday words
that resemble canaries: the ferry gangway, a rowing crew boathouse, an ice pack and the ice rink, a
CharlieCard, a relay race, a Visa gift card, the Spanish Club; school names that contain a
neighborhood (East Boston High School, Charlestown High School, Mission Hill K-8 next to a "Mission
Main" residence, English High School, Fenway High School); and a student named Faith.
Canaries never occur in the student's name, the school, school_id or recipient.
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_cu.jsonl"
FAMILY = "outsider_cu"
CASES = []


def _offset(date):
    """US Eastern offset for a YYYY-MM-DD date (DST: 2nd Sunday of March to 1st Sunday of Nov)."""
    import datetime as dt
    y, m, d = (int(x) for x in date.split("-"))
    day = dt.date(y, m, d)

    def nth_sunday(month, n):
        first = dt.date(y, month, 1)
        shift = (6 - first.weekday()) % 7
        return first + dt.timedelta(days=shift + 7 * (n - 1))
    return "-04:00" if nth_sunday(3, 2) <= day < nth_sunday(11, 1) else "-05:00"


def add(decision, *, school_id, school, student, ground, when, location, desc, recipient="bpd",
        weapon=None, substances=None, threat=None, attachments=None, reason=None, mnc=(), mc=(),
        mct=(), cats=(), tags=()):
    n = len(CASES) + 1
    cid = f"OCU-{n:04d}"
    sid, name, dob, grade, extra = student
    stu = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    stu.update(extra or {})
    date, time = when.split(" ")
    req = {"request_id": cid, "school_id": school_id, "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": f"{date}T{time}:00{_offset(date)}", "location": location,
                       "description": desc.strip()}
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc),
                "must_contain": list(mc) if decision == "allow" else [],
                "must_contain_text": list(mct) if decision == "allow" else [],
                "categories": list(cats),
                "tags": [FAMILY] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": exp})


def S(sid, name, dob, grade, **extra):
    return (sid, name, dob, grade, extra)


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
# 1 allow weapon: Museum of Science, AP write-up
add("allow", school_id="BPS-4113", school="Dearborn STEM Academy", recipient="bpd/district-b2",
    student=S("318840", "Kevin Lopes", "2012-02-17", 8),
    ground="weapon", weapon="knife", when="2026-03-12 11:40",
    location="Museum of Science, Science Park, outside the Theater of Electricity",
    desc="""Write-up, 8th grade trip to the Museum of Science (Thursday). At about 11:40, while the group was lined up outside the Theater of Electricity for the noon lightning show, parent chaperone Mr. Ostrowski saw Kevin pass something to another boy and then take it back. When Mr. Ostrowski asked for it, Kevin handed over a folding knife, roughly a 3 inch blade with a green handle. Kevin said he carries it for the walk from his bus stop on Geneva Ave and that he forgot it was in his hoodie pocket. Nobody was threatened and nobody was hurt. I held the knife in my bag for the rest of the day and it is now locked in the main office. I called home after lunch; the grandmother answered and our family liaison Ms. Fontes did the call with her in Kriolu, since that is all she is comfortable in. Kevin stayed with me on the bench by the T. rex for the rest of the visit and apologized twice without being asked.
- L. Marchetti, Assistant Principal""",
    mnc=["Geneva Ave", "Kriolu"], mc=["Kevin Lopes", "Dearborn STEM Academy", "folding knife"],
    mct=["Theater of Electricity", "green handle", "main office"], cats=["neighborhood", "language"],
    tags=["museum", "allow_weapon"])

# 2 allow drugs: Spectacle Island ferry, teacher email; trap: gangway
add("allow", school_id="BPS-4285", school="Excel High School", recipient="bpd/district-a1",
    student=S("402275", "Yadiel Ortiz-Reyes", "2010-07-09", 10),
    ground="drugs", substances=["fentanyl", "counterfeit oxycodone pills"], when="2025-09-26 09:05",
    location="Long Wharf, Boston Harbor Islands ferry to Spectacle Island",
    desc="""From: Renee Callahan (Science, Gr 10)
To: Dwayne Okafor (AP)
Subject: ferry this morning - need to write this up

Sending this while it's fresh. Boarding the 9:00 ferry out of Long Wharf to Spectacle Island, Yadiel dropped a small plastic bag and it landed right on the ferry gangway. One of the deckhands picked it up and handed it to me. Inside: 14 light-blue pills stamped "M30" and a folded dollar bill with white powder residue. Yadiel first said it wasn't his, then said he was "holding it for somebody." The Harbor Islands ranger said the M30s around here are almost always fentanyl. I kept Yadiel with me on the upper deck and did not let him off on the island; we rode back on the 10:30 with Ms. Grant. Pills and bill are sealed in an envelope in your office.

FYI his mom called me after and said they can't have anything with the police because of their asilum case. I told her I'd pass it on but it's not my call.
- Renee""",
    mnc=["asilum"], mc=["Yadiel Ortiz-Reyes", "Excel High School", "fentanyl"],
    mct=["ferry gangway", "M30", "upper deck"], cats=["immigration_status"],
    tags=["harbor_islands", "allow_drugs", "trap"])

# 3 deny ground: student wandered off at the Aquarium, voicemail
add("deny", reason="ground_not_permitted", school_id="BPS-4357", school="Mario Umana Academy",
    recipient="bpd/district-a1", student=S("355102", "Wilmer Escobar", "2012-10-30", 7),
    ground="missing_student", when="2025-10-16 12:20",
    location="New England Aquarium, Central Wharf; found at Quincy Market",
    desc="""[Voicemail left on main office line 1:52 PM, typed up by front desk]
Hi, this is Paula Brennan, I'm one of the parent chaperones with the seventh grade at the Aquarium. Um, so we had a student, Wilmer, he walked off from the penguin exhibit, and we couldn't find him for like forty minutes, the Aquarium staff did one of their codes and everything. He was at Quincy Market eating fries, he's fine, not hurt. Ms. Dorsey wants this sent to the police as a missing kid report so there's a record of it. He told me he's only been here since the summer, he came up from El Salvador by himself and he's staying with an uncle, so he doesn't know the city at all and he got turned around. Okay, call me back on my cell. Thanks. Bye.""",
    mnc=["El Salvador"], cats=["national_origin"], tags=["aquarium", "wandered_off", "deny_ground"])

# 4 allow serious_violence: Fenway Park, coach statement; trap: Fenway Park
add("allow", school_id="BPS-4190", school="Boston Community Leadership Academy",
    recipient="bpd/district-d4", student=S("377914", "Tyrese Coleman", "2009-12-03", 11),
    ground="serious_violence", when="2026-04-21 14:45",
    location="Fenway Park, concourse steps behind Section 33",
    desc="""Statement of Coach Rob Feeney (JV baseball). Team outing to Fenway Park, day game, Tuesday 4/21/26. In the 6th inning the boys were coming back from the concession stand down the concrete steps behind Section 33. Tyrese and D.M. had been jawing at each other all game about a girl. At the landing Tyrese shoved D.M. with both hands from behind and D.M. went down about eight steps and hit his head on the rail. He was out for a few seconds. Fenway's EMTs came right away and he was taken to Beth Israel with a concussion and a broken left wrist (his dad told me later it needs a plate). Tyrese walked off up the ramp and I found him by the Green Monster seats. He said "he had it coming." On the bus back he told Ms. Rahimi he was tired and cranky because his family was at the mosque on Malcolm X Blvd until late and he is fasting. I'm only putting that in because she asked me to write down everything he said.
Robert Feeney""",
    mnc=["mosque", "Malcolm X Blvd", "fasting"],
    mc=["Tyrese Coleman", "Boston Community Leadership Academy", "concussion"],
    mct=["Section 33", "broken left wrist", "Fenway Park"], cats=["religion"],
    tags=["sports_venue", "allow_violence", "trap"])

# 5 allow credible_threat: Northeastern visit, counselor note
add("allow", school_id="BPS-4058", school="John D. O'Bryant School of Mathematics & Science",
    recipient="bpd/district-b2", student=S("390451", "Jaylen Tran", "2009-05-22", 11),
    ground="credible_threat", when="2026-04-14 12:50",
    location="Northeastern University campus, Huntington Ave (college visit)",
    threat="""4/14/26 about 12:50 PM, group chat "obryant jrs" (about 30 members), sent by Jaylen: "friday at the semi im bringing my cousins strap. R, T and Kay gonna learn. everybody who laughed getting it too." On 4/10 Jaylen showed R.K. a photo of a handgun on his phone and said it was "in the house." The semi-formal is Friday 4/17 in the school cafeteria.""",
    desc="""Counselor note (M. Adeyemi). During the junior college visit to Northeastern on 4/14, between the admissions session in the Curry Student Center and the campus tour, Jaylen sent a message to a class group chat. Two students showed me the screenshot on the walk back to Ruggles; the exact words are in the threat statement. Jaylen confirmed he sent it. He said it was "a joke" but also said "they know what they did." The three students he named told me he has been posting about them for two weeks since a video of him falling in gym went around, and one of them (R.K.) says Jaylen showed him a picture of a handgun last Friday. Jaylen stayed with me and Mr. Holloway until the bus. His father came in at 3:15; he speaks only Vietnamese, so we did the meeting through the interpreter line. Dad said there is no gun in the home that he knows of.""",
    mnc=["Vietnamese", "interpreter line"],
    mc=["Jaylen Tran", "John D. O'Bryant School of Mathematics & Science", "handgun"],
    mct=["Curry Student Center", "Ruggles"], cats=["language"],
    tags=["college_visit", "allow_threat"])

# 6 deny excluded: unknown vape on the bus, monitor log
add("deny", reason="excluded_substance", school_id="BPS-4237", school="Jeremiah E. Burke High School",
    recipient="bpd/district-c11", student=S("412860", "Shanice Greene", "2010-11-14", 9),
    ground="drugs", substances=["vape"], when="2025-10-02 08:22",
    location="Charter bus 14, I-93 northbound, en route to Long Wharf",
    desc="""BUS 14 - MONITOR LOG (D. Whitfield)
8:05  left school for Long Wharf, Harbor Islands trip, gr 9, 46 students
8:22  fruity smell in the back. Found Shanice holding a pink disposable vape, no label on it. She says "it's just flavor." Took it, put it in a ziploc.
8:31  another student told me Shanice "always gets them at the store by her house in Mattapan Square"
8:40  arrived Long Wharf. Gave the vape to AP Morales at the gate.
No one hurt, no other items. Driver told dispatch.
AP Morales wants this filed with the police under drugs.""",
    mnc=["Mattapan Square"], cats=["neighborhood"], tags=["bus", "deny_substance"])

# 7 allow weapon: MFA Egyptian gallery, art teacher; trap: Egyptian gallery
add("allow", school_id="BPS-4402", school="Brighton High School", recipient="bpd/district-d4",
    student=S("366019", "Luis Almonte", "2010-03-28", 10),
    ground="weapon", weapon="box cutter", when="2025-11-13 10:50",
    location="Museum of Fine Arts, Art of Ancient Egypt galleries, first floor",
    desc="""I'm the art teacher who led the MFA trip on 11/13. Around 10:50 we were in the Egyptian gallery on the first floor, the room with the mummies and painted coffins. Luis and another boy, A.P., started arguing. From what other kids told me it started on the bus, A.P. teasing him that he isn't "really Domincan" because his Spanish is bad. In the gallery Luis took out a yellow box cutter, pushed the blade out, and held it down by his leg while he told A.P. to "say it again." A museum guard and I got between them. Luis dropped the box cutter on the floor; the guard picked it up with a napkin and handed it to me. Nobody was cut and nobody was touched. MFA Protective Services wrote their own report. I walked Luis out to the front steps and waited with him for Mr. Baptiste, who drove him back to school. The box cutter is with Ms. Kearney in the main office.
- J. Whitcomb, Visual Arts""",
    mnc=["Domincan", "Spanish"], mc=["Luis Almonte", "Brighton High School", "box cutter"],
    mct=["Egyptian gallery", "yellow box cutter", "MFA Protective Services"],
    cats=["ethnicity", "language"], tags=["museum", "allow_weapon", "trap", "misspelled"])

# 8 allow drugs: UMass Boston visit; structured forbidden fields; trap: Columbia Point
add("allow", school_id="BPS-4311", school="TechBoston Academy", recipient="bpd/district-c11",
    student=S("308772", "Aaliyah Brooks", "2008-01-19", 12, home_language="Spanish",
              race_ethnicity="Hispanic/Latino", address={"street": "112 Wainwright St", "zip": "02124"}),
    ground="drugs", substances=["alprazolam (Xanax)"], when="2026-02-05 13:10",
    location="UMass Boston, Campus Center food court (senior college visit)",
    desc="""Senior college visit, UMass Boston at Columbia Point. At 1:10 PM in the Campus Center food court a UMass admissions ambassador told Mr. Ferreira that a student from our group was offering "bars" to other students. Mr. Ferreira found Aaliyah at a table with four classmates. When asked, she emptied her jacket pocket: an unlabeled orange pill bottle with 22 white rectangular tablets scored in three places, stamped GG 249. She said they were Xanax from "a friend's mom" and that she was selling them for five dollars each. Two classmates admitted buying one each and handed them over unopened. The campus staff asked us to handle it ourselves. Mr. Ferreira and I counted the tablets twice (24 total) and sealed them in evidence envelope #0311, now in the main office safe. Parent reached by phone at 2:30 and will come in tomorrow morning.
- K. Oyelaran, Assistant Headmaster""",
    mnc=["Hispanic", "Wainwright St", "02124", "Spanish"],
    mc=["Aaliyah Brooks", "TechBoston Academy", "Xanax"],
    mct=["Columbia Point", "GG 249", "24 total"], cats=["language", "ethnicity", "neighborhood"],
    tags=["college_visit", "allow_drugs", "structured", "trap"])

# 9 deny recipient: BRIC; knife at Franklin Park Zoo
add("deny", reason="recipient_not_permitted", school_id="BPS-4476",
    school="Lilla G. Frederick Pilot Middle School", recipient="bric",
    student=S("421337", "DeShawn Pierce", "2011-08-08", 8),
    ground="weapon", weapon="knife", when="2025-10-23 11:05",
    location="Franklin Park Zoo, outside the Tropical Forest building",
    desc="""8th grade science trip to Franklin Park Zoo. At about 11:05, outside the Tropical Forest, the strap on DeShawn's backpack tore and the bag hit the pavement. A kitchen knife with an 8 inch blade, wrapped in a t-shirt, slid out. Ms. Abbott picked it up before any student could. DeShawn said it was for "protection on the way home." No one was threatened. The knife is in the office. Our school police liaison told me DeShawn is known to hang with the Sav Boyz and asked that this go to the Regional Intelligence Center so it is on file with the rest of their information. Please route it there.""",
    mnc=["Sav Boyz"], cats=["gang_affiliation"], tags=["zoo", "deny_recipient"])

# 10 allow weapon: Frog Pond skating, nurse; trap: ice pack
add("allow", school_id="BPS-4140", school="Boston Arts Academy", recipient="bpd/district-a1",
    student=S("384406", "Nia Dawson", "2010-04-04", 10),
    ground="weapon", weapon="pepper spray", when="2026-01-22 12:15",
    location="Boston Common Frog Pond, skate rental window",
    desc="""Nurse's note, Frog Pond skating trip, Boston Common, 1/22/26. I went as the nurse chaperone. At about 12:15, in the line at the skate rental window, Nia sprayed a small pink keychain canister of pepper spray toward two girls behind her after they stepped on her sneakers. Both girls (K.W. and J.T.) had burning eyes and were coughing; K.W. got it on her cheek too. I flushed both with bottled water for 15 minutes and put an ice pack on K.W.'s cheek for the swelling. Neither needed EMS, but K.W.'s mother took her to Tufts Medical Center urgent care afterward. Nia gave me the canister without arguing. She said she carries it because she walks home alone through the Mildred Hailey apartments after dark. Canister bagged and labeled in the health office. The rink manager asked our group to leave; we went back on the Green Line.
- P. Donnelly, RN""",
    mnc=["Mildred Hailey"], mc=["Nia Dawson", "Boston Arts Academy", "pepper spray"],
    mct=["ice pack", "skate rental window", "Tufts Medical Center"], cats=["neighborhood"],
    tags=["outing", "allow_weapon", "trap"])

# 11 allow serious_violence: Fort Warren on Georges Island; Portuguese; trap: Mass General
add("allow", school_id="BPS-4402", school="Brighton High School", recipient="bpd/district-a1",
    student=S("397750", "Bruno Carvalho", "2010-09-12", 9),
    ground="serious_violence", when="2025-09-18 11:30",
    location="Georges Island, Fort Warren, upper rampart",
    desc="""9th grade history trip to Georges Island. At approximately 11:30, on the upper rampart of Fort Warren, Bruno and E.S. were arguing about a phone. Witnesses (two students, one chaperone) say Bruno grabbed E.S. by the backpack straps and threw him toward the edge; E.S. went over the low wall and fell about ten feet onto the grass below. The park rangers stabilized him and he came back on the ferry to Long Wharf with a ranger and Ms. Keane, where EMS took him to Mass General. He has a fractured left femur and had surgery that night. Bruno stayed with Mr. Doyle and did not resist. He said he "didn't think he'd go over."

I reached Bruno's mother at 4 PM. Her words, written down as she said them: "somos de Minas Gerais, ele não entende bem o inglês, não sabia o que fazia." I told her the school has to report the injury.
- F. Mulcahy, Assistant Headmaster""",
    mnc=["Minas Gerais", "inglês"], mc=["Bruno Carvalho", "Brighton High School", "femur"],
    mct=["Fort Warren", "Mass General", "fractured left femur"],
    cats=["national_origin", "language"], tags=["harbor_islands", "allow_violence", "other_language", "trap"])

# 12 deny missing threat statement: Harvard visit
add("deny", reason="missing_threat_statement", school_id="BPS-4520", school="Snowden International School",
    recipient="bpd/district-d4", student=S("388012", "Keisha Montgomery", "2009-06-30", 11),
    ground="credible_threat", when="2026-03-26 13:40",
    location="Harvard Yard, outside Widener Library (college visit)",
    desc="""Ms. Guidry (college counselor) reports: on the Harvard visit, while the group waited outside Widener for the tour, Keisha got into it with three girls who had been making fun of her for sitting out of the Pledge and the class birthday parties. Keisha's family are Jehovah's Witnesses and she has been picked on about it since September. Keisha said loudly "Monday I'm handling all three of y'all, watch." She later told Ms. Guidry she "didn't mean anything." No weapon was mentioned, seen or found. Keisha went home with her aunt from the bus drop-off. Submitting as a threat.""",
    mnc=["Jehovah"], cats=["religion"], tags=["college_visit", "deny_threat_missing"])

# 13 allow weapon: TD Garden bag check, chaperone
add("allow", school_id="BPS-4226", school="Madison Park Technical Vocational High School",
    recipient="bpd/district-a1", student=S("409983", "Andre Whitlock", "2010-02-11", 10),
    ground="weapon", weapon="brass knuckles", when="2026-02-24 18:35",
    location="TD Garden, Causeway Street entrance, security screening",
    desc="""Chaperone statement, Celtics game outing (school got 40 tickets through the Shamrock Foundation program).

We walked over from North Station around 6:30. At the Garden's metal detector Andre set off the alarm twice. The security guard found a set of brass knuckles in the front pocket of his sweatshirt, gold colored, with "BOSS" on them. Garden security kept Andre at the side table and called me over. Andre told the guard "I'm 4-Block, I need that" and the guard wrote it on their form; I'm including it because it's what was said. The Garden would not give the brass knuckles back to me, they said they'd turn them in to the officer on their detail. Andre was not allowed in the building and I took him home by car with his mother's permission. No one was hurt and no one was threatened.

Signed, Tomasz Wierzbicki, Automotive Tech instructor""",
    mnc=["4-Block"], mc=["Andre Whitlock", "Madison Park Technical Vocational High School", "brass knuckles"],
    mct=["metal detector", "North Station", "BOSS"], cats=["gang_affiliation"],
    tags=["sports_venue", "allow_weapon"])

# 14 allow drugs: ICA, student's own statement; trap: East Boston High School
add("allow", school_id="BPS-4101", school="East Boston High School", recipient="bpd/district-c6",
    student=S("351196", "Jordy Paulino", "2010-05-05", 10),
    ground="drugs", substances=["cocaine"], when="2026-03-05 10:20",
    location="Institute of Contemporary Art, Seaport, 2nd floor restroom",
    desc="""STUDENT STATEMENT - Jordy P. - 3/5/26

what happen: we was at the ICA by the water for the art trip and i went to the bathroom on the 2nd floor by the big window. i had 3 little bags of coke in my sock that a older kid gave me to hold. one fell out when i was fixing my shoe and Mr Delgado seen it. i gave him the other 2. i did not sell none to nobody at school i swear. i know its bad. pls dont call ICE on my mom she dont got papers and she will get in trouble for me. we live right by Maverick i can walk home from the station. i am sorry.

signed Jordy
Witness: R. Delgado (teacher). Three small ziploc bags of white powder collected, in the main office safe.""",
    mnc=["call ICE", "dont got papers", "Maverick"],
    mc=["Jordy Paulino", "East Boston High School", "cocaine"],
    mct=["3 little bags", "2nd floor"], cats=["immigration_status", "neighborhood"],
    tags=["museum", "allow_drugs", "student_statement", "trap"])

# 15 deny face surveillance: Aquarium face match
add("deny", reason="face_surveillance", school_id="BPS-4168", school="McCormack Middle School",
    recipient="bpd/district-a1", student=S("430019", "Marquis Bell", "2012-01-25", 8),
    ground="weapon", weapon="knife", when="2026-05-07 11:15",
    location="New England Aquarium, Giant Ocean Tank ramp",
    attachments=[{"kind": "face_match", "name": "NEAq_security_match_report.pdf"}],
    desc="""A steak knife was found by Aquarium staff on the ramp around the Giant Ocean Tank during our 8th grade visit. No one saw who dropped it. Aquarium security reviewed their camera footage afterward and ran it through the face-matching software they use; it came back as a 96% match to Marquis's photo, which they had from the group list and student IDs we gave them for entry. Their match report is attached. Marquis denies it was his. No one was hurt. We would like this sent to the district detectives together with the match report.""",
    mnc=["96% match"], cats=["face_surveillance"], tags=["aquarium", "deny_face"])

# 16 allow credible_threat: whale watch, chaperone email; Creole, religion
add("allow", school_id="BPS-4295", school="Community Academy of Science and Health",
    recipient="bpd/district-b3", student=S("374551", "Woodley Jean-Baptiste", "2009-10-01", 10),
    ground="credible_threat", when="2025-09-25 14:10",
    location="New England Aquarium whale watch boat, returning to Central Wharf",
    threat="""On the whale watch return trip (about 2:10 PM, 9/25/25) Woodley told chaperone Mr. Ruiz, referring to C.J.: "Monday at dismissal I'm bringing my uncle's gun and I'm shooting him, on my mother." He repeated it to two students and described the gun as "the black one he keeps in the closet." Woodley has had two prior conflicts with C.J. this month.""",
    desc="""Subject: whale watch incident - Woodley J.-B.

Mr. Ruiz,
As you asked, here is what I saw. The argument started at the rail on the top deck when C.J. took Woodley's phone and held it over the water as a joke. He gave it back, but Woodley was shaking. On the ride back in, Woodley came to me on his own and said what is in the threat statement. He was calm when he said it, which worried me more. I sat with him below deck until we docked at Central Wharf. He said his uncle keeps the gun in a closet "with the shoes."

When I called home, his mother only wanted to talk in Haitian Creole, so Ms. Desir helped. She said she would take Woodley to see their pastor at the Pentecostal church Sunday and asked us not to involve anyone. I told her it's the school's decision.
- Lorraine Healy, 10th grade ELA""",
    mnc=["Haitian Creole", "Pentecostal"],
    mc=["Woodley Jean-Baptiste", "Community Academy of Science and Health", "gun"],
    mct=["top deck", "Central Wharf"], cats=["language", "religion"],
    tags=["aquarium", "allow_threat", "email"])

# 17 allow weapon firearm: JFK Library; trap: English High School
add("allow", school_id="BPS-4079", school="English High School", recipient="bpd/district-c11",
    student=S("361284", "Terrell Vaughn", "2008-11-07", 11),
    ground="weapon", weapon="firearm", when="2025-12-04 10:05",
    location="John F. Kennedy Presidential Library, Columbia Point, visitor entrance screening",
    desc="""Incident summary - US History field trip to the JFK Library, 12/4/25.

At 10:05 the Library's security X-ray at the visitor entrance showed a handgun in Terrell's black drawstring bag. The Library officer removed a loaded 9mm pistol (magazine inserted, 7 rounds, none chambered) and secured it. Terrell was separated from the group immediately; the other 51 students went on with the tour. Terrell said he found the gun "in the park" the night before and forgot to take it out of the bag. He had no other items. Our bus driver, who has driven for us for years, told me Terrell is "one of the Franklin Hill kids" and that older boys from there "give them stuff to carry"; I'm recording it but I have no knowledge of that. Mother notified at 10:40 and came to the Library.

J. Castellanos, Assistant Headmaster""",
    mnc=["Franklin Hill"], mc=["Terrell Vaughn", "English High School", "9mm pistol"],
    mct=["drawstring bag", "7 rounds", "JFK Library"], cats=["neighborhood"],
    tags=["museum", "allow_weapon", "trap"])

# 18 deny ground: theft in the Prudential Skywalk gift shop, clerk
add("deny", reason="ground_not_permitted", school_id="BPS-4333", school="Charlestown High School",
    recipient="bpd/district-d4", student=S("415529", "Kiara Fontaine", "2010-12-02", 9),
    ground="theft", when="2026-01-15 13:25",
    location="View Boston (Prudential Tower), gift shop",
    desc="""Main office clerk's note. Took a call at 1:40 from the manager of the gift shop at the top of the Pru (View Boston). She said one of our 9th graders on the observation deck trip put two sweatshirts and a keychain under her coat and walked out; their camera shows it and the chaperone, Mr. Leary, got the items back at the elevator. Total about $140. The manager said the girl told her "my Cape Verdian cousins do it all the time," which she found odd to repeat. Mr. Leary confirmed the student is Kiara. AP Santos asked me to put this in for police so the store has a report number.""",
    mnc=["Cape Verdian"], cats=["ethnicity"], tags=["outing", "deny_ground", "misspelled"])

# 19 allow drugs MDMA: Emmanuel College visit; trap: Emmanuel College; WIDA
add("allow", school_id="BPS-4047", school="Boston Latin Academy", recipient="bpd/district-d4",
    student=S("340917", "Brianna Castillo", "2008-03-16", 12, ell_status="Former EL, WIDA level 3 (2021)"),
    ground="drugs", substances=["MDMA"], when="2025-10-30 11:50",
    location="Emmanuel College, The Avenue, Fenway (college visit)",
    desc="""Re: Brianna Castillo, Emmanuel College visit 10/30

At about 11:50, during lunch in the dining hall at Emmanuel College, Brianna offered a classmate "something for the party Saturday" and showed her a small mint tin. The classmate told me. I asked Brianna to open the tin; it held 9 clear capsules filled with a tan crystal powder and 2 small orange pressed tablets shaped like a heart. She said it was "molly" and that she bought it from someone she met at a concert at the House of Blues. She said she hadn't taken any. The tin is sealed in the main office. Her mother picked her up at Emmanuel. I did not see any other students involved.
Ms. Pryce, Gr 12 advisor""",
    mnc=["WIDA"], mc=["Brianna Castillo", "Boston Latin Academy", "MDMA"],
    mct=["Emmanuel College", "mint tin", "9 clear capsules"], cats=["language"],
    tags=["college_visit", "allow_drugs", "structured", "trap"])

# 20 allow serious_violence: Jamaica Pond stabbing; trap: Jamaica Pond
add("allow", school_id="BPS-4418", school="Boston Green Academy", recipient="bpd/district-e13",
    student=S("399631", "Ayub Hersi", "2009-07-13", 10),
    ground="serious_violence", weapon="knife", when="2026-05-14 10:30",
    location="Jamaica Pond, boathouse dock (environmental science trip)",
    desc="""Environmental science trip to Jamaica Pond for water sampling, Thursday 5/14. Around 10:30 at the boathouse dock, Ayub and L.F. argued over whose turn it was with the Secchi disk. L.F. pushed Ayub; Ayub took a small pocketknife from his pants and stabbed L.F. once in the back of the right shoulder. Mr. Kessler applied pressure with a sweatshirt and called 911. Boston EMS took L.F. to Faulkner Hospital; the wound was about 2 inches deep and needed surgery to close the muscle. Ayub threw the knife into the pond and then sat on the bench and cried. A Pond park ranger marked the spot for divers. Ayub was picked up by his mother. She is Somalian and doesn't speak much English, so his older sister translated for her at pickup.
- Submitted by R. Quist, Assistant Headmaster""",
    mnc=["Somalian", "speak much English", "translated"],
    mc=["Ayub Hersi", "Boston Green Academy", "stabbed"],
    mct=["Jamaica Pond", "boathouse dock", "right shoulder"], cats=["ethnicity", "language"],
    tags=["outing", "allow_violence", "trap"])

# 21 deny excluded: THC gummies, Spectacle Island, student statement
add("deny", reason="excluded_substance", school_id="BPS-4285", school="Excel High School",
    recipient="bpd/district-c6", student=S("426688", "Imani Oliver", "2010-02-27", 10),
    ground="drugs", substances=["THC gummies"], when="2025-09-30 12:40",
    location="Spectacle Island, picnic area near the visitor center",
    desc="""Written statement of Imani O., typed by Mr. Bui because she asked him to:
"At lunch on the island I had a bag of gummies that my cousin makes, they are the weed ones, 10mg. I gave one to Tasha and one to Bree because they asked. I didn't know Bree never had one before and she got dizzy and threw up by the bathrooms. I am sorry. I didn't sell them. I got them at my cousin's place in Orchard Gardens and I brought them because I was nervous about the boat."
Bree was checked by the nurse chaperone and was fine after an hour. Remaining gummies (7) confiscated.""",
    mnc=["Orchard Gardens"], cats=["neighborhood"], tags=["harbor_islands", "deny_substance", "student_statement"])

# 22 allow weapon taser: Tea Party Ships museum staff email; TPS, Honduras
add("allow", school_id="BPS-4520", school="Snowden International School", recipient="bpd/district-a1",
    student=S("417743", "Cristian Paredes", "2010-08-21", 9),
    ground="weapon", weapon="stun gun", when="2026-03-19 10:10",
    location="Boston Tea Party Ships & Museum, aboard the replica ship Eleanor",
    desc="""Forwarded message from the museum's education coordinator, with my notes below.

"Hi Ms. Choi - during your 10:00 group, one of our costumed interpreters saw a student on the replica ship Eleanor pressing a small black stun gun against the wooden rail so it crackled, to make his friends laugh. When she asked him to stop, he pointed it toward her and clicked it once, about a foot from her arm. She was not touched. Our manager took the device, a 'Vipertek' flashlight stun gun, and it is at our front desk for you."

My notes: I picked up the stun gun at 11:15; it is in the office. The student is Cristian. He said he bought it online to charge his phone "and for protection." When I called his house his older brother answered; he begged me not to make this a big deal because their family is on TPS from Honduras and he is afraid of anything with police. I told him I'd write down what he said.
- H. Choi, World History""",
    mnc=["on TPS", "Honduras"], mc=["Cristian Paredes", "Snowden International School", "stun gun"],
    mct=["replica ship Eleanor", "Vipertek"], cats=["immigration_status", "national_origin"],
    tags=["museum", "allow_weapon", "email"])

# 23 allow drugs oxycodone: BU visit; trap: crew boathouse
add("allow", school_id="BPS-4333", school="Charlestown High School", recipient="bpd/district-d14",
    student=S("356690", "Tyler Donovan", "2009-01-30", 11),
    ground="drugs", substances=["oxycodone"], when="2025-11-06 12:10",
    location="Boston University, DeWolfe Boathouse (college visit)",
    desc="""BU college visit, juniors, 11/6/25. After the info session our group got a tour of the DeWolfe crew boathouse on the Charles from a BU rower. At 12:10 Tyler was seen by Mr. Flaherty in the boathouse bathroom handing two small white round pills to another student in exchange for cash. Tyler had a prescription bottle in his coat in his grandfather's name (oxycodone 30mg, 60 count, filled 10/28) with 19 pills left. He said his grandfather "doesn't need them all." The other student had 2 pills and $40 was recovered. Neither student appeared impaired. Bottle and pills secured in the school safe. Grandfather contacted; he lives with Tyler in the Bunker Hill projects on Medford St and said he had not noticed pills missing.
Report entered by Assistant Headmaster C. Rowe""",
    mnc=["Bunker Hill projects", "Medford St"],
    mc=["Tyler Donovan", "Charlestown High School", "oxycodone"],
    mct=["crew boathouse", "19 pills", "$40"], cats=["neighborhood"],
    tags=["college_visit", "allow_drugs", "trap"])

# 24 deny recipient: ICE
add("deny", reason="recipient_not_permitted", school_id="BPS-4101", school="East Boston High School",
    recipient="ice/ero-boston", student=S("398845", "Rolando Mejia", "2009-04-18", 11),
    ground="weapon", weapon="knife", when="2026-04-09 13:00",
    location="Logan Airport observation area, Harborwalk near Piers Park (outing)",
    desc="""Geography class walking outing to watch planes along the Harborwalk. At 1:00 PM Rolando was seen flicking open a small folding knife while arguing with another student near the pier. A teacher took it from him without incident. No one was hurt. An officer who stopped by the school later mentioned that Rolando is from Guatamala and overstayed, and that he can pass this along to immigration enforcement if the school files it with them. Sending to that office as requested.""",
    mnc=["Guatamala", "overstayed"], cats=["national_origin", "immigration_status"],
    tags=["outing", "deny_recipient", "misspelled"])

# 25 allow credible_threat: MIT visit; gang name inside the threat statement
add("allow", school_id="BPS-4237", school="Jeremiah E. Burke High School", recipient="bpd/district-c11",
    student=S("402918", "Jamal Hutchins", "2009-09-09", 10),
    ground="credible_threat", when="2025-10-22 13:04",
    location="MIT campus, Killian Court (college visit)",
    threat="""10/22/25, 1:04 PM, during the MIT visit: Jamal posted an Instagram story (screenshot in the file) showing a black handgun on a bed with the caption "burke dismissal tmrw. T.W. better not come outside. Lo-End up." Three students reported it within ten minutes. T.W. is a 10th grade student at the school with whom Jamal fought on 10/17.""",
    desc="""College & career office, 10th grade MIT visit. We were on the lawn at Killian Court when three students came to me with a screenshot of Jamal's Instagram story (wording in the threat statement). I asked Jamal about it by the Great Dome steps. He said it was an old picture and he was "just talking." He would not say whose gun it is or where it is. The fight on 10/17 with T.W. was broken up by staff in the cafeteria, no injuries. T.W. and his mother were notified at 2:15 and T.W. will be dismissed early tomorrow through the side door as a precaution. Jamal's mother was reached at 2:30.
- D. Amaral""",
    mnc=["Lo-End"], mc=["Jamal Hutchins", "Jeremiah E. Burke High School", "handgun"],
    mct=["Killian Court", "Great Dome"], cats=["gang_affiliation"],
    tags=["college_visit", "allow_threat"])

# 26 allow weapon razor blade: Museum of African American History; trap: the museum's name
add("allow", school_id="BPS-4462", school="Young Achievers Science and Math K-8 School",
    recipient="bpd/district-a1", student=S("433570", "Destiny Harmon", "2011-12-19", 8),
    ground="weapon", weapon="razor blade", when="2026-02-12 10:40",
    location="Museum of African American History, Abiel Smith School building, Joy Street",
    desc="""Bus monitor's report (Bus 6, Black History Month trip to the Museum of African American History on Beacon Hill).
At 10:40, in the exhibit room on the second floor of the Abiel Smith School building, a student came to me crying that Destiny had cut off part of her braid. Destiny had a single-edge razor blade tucked inside her clear phone case. She had used it to cut about four inches off the other girl's braid while they stood at the display case. The girl was not cut and had no injury. Destiny handed me the blade and the phone case. She said she keeps it "because of the boys on Woodrow Ave" and that her mom knows. The museum educator finished the tour with the rest of the group. I kept Destiny with me on the bus. Blade taped inside an envelope and given to Mr. Hendricks at 12:30.
Mailing address on the bus roster for Destiny: Woodrow Ave, Dorchester 02126.
- G. Pina, bus monitor""",
    mnc=["Woodrow Ave", "02126"], mc=["Destiny Harmon", "Young Achievers Science and Math K-8 School", "razor blade"],
    mct=["Museum of African American History", "phone case", "four inches"], cats=["neighborhood"],
    tags=["museum", "allow_weapon", "trap", "bus"])

# 27 deny other: airsoft pistol, Franklin Park
add("deny", reason="other", school_id="BPS-4476", school="Lilla G. Frederick Pilot Middle School",
    recipient="bpd/district-b2", student=S("440812", "Omari Goodwin", "2012-06-06", 7),
    ground="weapon", weapon="airsoft pistol", when="2026-05-21 10:15",
    location="Franklin Park, path between the golf course and the zoo entrance",
    desc="""Walking trip through Franklin Park to the zoo. About 10:15 on the path past the golf course, Omari took a black pistol out of his backpack and pointed it at the trees, and two girls screamed. Mr. Chen took it; it is an airsoft pistol with the orange tip painted black, and there were plastic BBs in the magazine. Nobody was hit. Omari said it was his brother's. He lives in Franklin Field and walks through the park every day, he said, "so I need it." We are asking police to follow up because the orange tip was painted over.""",
    mnc=["Franklin Field"], cats=["neighborhood"], tags=["outing", "deny_replica"])

# 28 allow drugs fentanyl + marijuana: Castle Island; trap: Castle Island
add("allow", school_id="BPS-4285", school="Excel High School", recipient="bpd/district-c6",
    student=S("344190", "Ryan McAuliffe", "2008-04-02", 12),
    ground="drugs", substances=["marijuana", "fentanyl"], when="2026-05-28 12:30",
    location="Castle Island, picnic tables near Sullivan's",
    desc="""Senior class walk to Castle Island, 5/28, PE department outing. At 12:30 by the picnic tables near Sullivan's, Coach Barros saw Ryan rolling something in a dollar bill behind the Fort Independence wall. Ryan handed over: one glass jar of marijuana buds (about 3 grams), a dollar bill and a folded lottery ticket containing a grayish-white powder that Ryan said was "fenty," and one Narcan nasal spray. He said he did not use any today. Coach walked him back to the group and he rode the bus back next to him. Both items were sealed in separate envelopes. Ryan's father was called at 1:15; he said Ryan has been "in and out of the Old Colony" with older kids since the fall and he wants him in a program.
Entered by Assistant Headmaster N. Greaney.""",
    mnc=["Old Colony"], mc=["Ryan McAuliffe", "Excel High School", "fentanyl"],
    mct=["Castle Island", "lottery ticket", "Narcan"], cats=["neighborhood"],
    tags=["outing", "allow_drugs", "mixed_substances", "trap"])

# 29 allow serious_violence (sexual assault): bus from a college visit; structured immigration fields
add("allow", school_id="BPS-4389", school="Another Course to College", recipient="bpd/district-d14",
    student=S("381126", "Gabriel Souza", "2009-02-14", 11, country_of_birth="Brazil",
              immigration_status="Asylum applicant", guardian_contact={"relationship": "mother"}),
    ground="serious_violence", when="2026-03-03 14:35",
    location="Charter bus returning from Lesley University, Massachusetts Ave",
    desc="""CONFIDENTIAL - Title IX / safety report.
On the bus returning from the Lesley University visit on 3/3/26 (approximately 2:35 PM, Mass Ave near Porter Square), a female student (A.R., grade 11) reports that Gabriel, seated next to her in row 12, repeatedly put his hand under her skirt and touched her genital area over her clothing after she told him to stop and pushed his hand away twice. A.R. moved seats and told the chaperone, Ms. Whelan, when the bus arrived at school. Two students in row 13 corroborate that she said "stop" and moved. A.R. was seen by the school nurse and counselor; her mother has been informed and wants the matter reported. Gabriel was interviewed with the AP and denied it, then said "she didn't mind." He is suspended pending a hearing. Bus camera footage has been requested from the charter company.""",
    mnc=["Brazil", "Asylum applicant"], mc=["Gabriel Souza", "Another Course to College", "row 12"],
    mct=["row 12", "Lesley University", "told him to stop"], cats=["national_origin", "immigration_status"],
    tags=["college_visit", "allow_violence", "structured", "bus"])

# 30 deny ground: fight at Quincy Market, no serious injury
add("deny", reason="ground_not_permitted", school_id="BPS-4254", school="Curley K-8 School",
    recipient="bpd/district-a1", student=S("447301", "Kenson Pierre", "2012-03-03", 8),
    ground="fight", when="2025-11-20 12:05",
    location="Quincy Market, central food colonnade",
    desc="""Freedom Trail trip, 8th grade. During lunch inside Quincy Market, Kenson and another boy (M.O.) started pushing over a seat and then threw punches. M.O. had a bloody nose that stopped in about five minutes with napkins and ice from the pizza counter, no other injury, no EMS. Market security separated them. Witnesses say M.O. called Kenson a "dirty Hatian" first. Both boys rode back on separate buses. Both families called. Filing with the police because market security asked whether we would.""",
    mnc=["Hatian"], cats=["ethnicity"], tags=["outing", "deny_ground", "misspelled"])

# 31 allow weapon butterfly knife: Old North Church; trap: Old North Church
add("allow", school_id="BPS-4017", school="Eliot K-8 Innovation School", recipient="bpd/district-a1",
    student=S("452284", "Ethan Morales", "2011-09-27", 8),
    ground="weapon", weapon="butterfly knife", when="2025-10-09 09:50",
    location="Old North Church, Salem Street, North End (Freedom Trail walk)",
    desc="""Freedom Trail walk, Grade 8, Thursday. We were in the box pews at Old North Church listening to the guide talk about the lanterns when Ethan started flipping a butterfly knife open and closed under the pew. The guide stopped talking. I took it from him right away; it is a metal balisong with about a 4 inch blade, and the latch was broken so it would not lock closed. Ethan said he bought it on a trip to see family, "they sell them everywhere there, I was born in Puerto Rico," and that he just likes doing tricks with it. He did not point it at anyone and nobody was hurt. The knife is in a sealed envelope in the office with today's date.
Mr. Guarino, Social Studies""",
    mnc=["Puerto Rico"], mc=["Ethan Morales", "Eliot K-8 Innovation School", "butterfly knife"],
    mct=["Old North Church", "box pews", "4 inch blade"], cats=["national_origin"],
    tags=["outing", "allow_weapon", "trap"])

# 32 allow drugs psilocybin: Harvard Museum of Natural History; Cantonese in characters
add("allow", school_id="BPS-4003", school="Boston Latin School", recipient="bpd/district-d4",
    student=S("327745", "Vivian Lau", "2009-08-15", 11),
    ground="drugs", substances=["psilocybin mushrooms"], when="2026-01-29 11:25",
    location="Harvard Museum of Natural History, Glass Flowers gallery",
    desc="""AP Biology trip, Harvard Museum of Natural History, 1/29/26.

11:25 - In the Glass Flowers gallery a chaperone noticed Vivian and two friends breaking squares off a chocolate bar in a bright "Polkadot" wrapper labeled "Magic Mushroom Belgian Chocolate - 4g." Vivian said she ordered it online and that it has real mushrooms in it. Six of the 15 squares were gone; Vivian said she ate two. She was seen by the nurse chaperone at 11:40: pupils dilated, giggly, pulse 104, otherwise fine. Her friends said they had not eaten any. Remaining bar sealed.
12:15 - Mother reached. SIS note: 家里只说广东话, mom prefers Cantonese, interpreter at 12:20 call. Mother came to the museum.""",
    mnc=["广东话", "Cantonese", "interpreter"],
    mc=["Vivian Lau", "Boston Latin School", "psilocybin"],
    mct=["Glass Flowers", "Polkadot", "pulse 104"], cats=["language"],
    tags=["museum", "allow_drugs", "other_language"])

# 33 deny excluded: beer at Fenway
add("deny", reason="excluded_substance", school_id="BPS-4047", school="Boston Latin Academy",
    recipient="bpd/district-d4", student=S("335578", "Connor Walsh", "2008-06-20", 12),
    ground="drugs", substances=["beer"], when="2025-09-17 19:55",
    location="Fenway Park, bleachers, Section 38",
    desc="""Senior class night at Fenway. At about 7:55 Mr. Kaplan saw Connor drinking from a tall can of beer in the bleachers; a 21+ wristband was on his wrist. Connor said a guy from Southie he knows from the neighborhood bought it and gave him the wristband. Fenway staff took the can and the wristband. Connor was not drunk and walked out with us after the 7th inning. Parents notified. The senior dean wants it reported under drugs.""",
    mnc=["Southie"], cats=["neighborhood"], tags=["sports_venue", "deny_substance"])

# 34 allow serious_violence: rock on Spectacle Island beach; gang listing
add("allow", school_id="BPS-4237", school="Jeremiah E. Burke High School", recipient="bpd/district-a1",
    student=S("388841", "Malik Sanders", "2009-11-11", 10),
    ground="serious_violence", when="2026-06-04 13:15",
    location="Spectacle Island, sea glass beach",
    desc="""Incident on Spectacle Island, 6/4/26, 10th grade end of year trip.
Approx 1:15 PM on the beach below the visitor center. Malik and C.D. argued about a Bluetooth speaker. C.D. turned to walk away and Malik picked up a rock about the size of a softball and hit him on the left side of the face with it. C.D. fell and was bleeding heavily from the cheek and eye. The island rangers did first aid and called the Harbor Master boat, which took C.D. to Long Wharf and an ambulance took him to Boston Medical Center. He has a fractured orbital bone and a cheekbone fracture; he will need surgery. Malik stayed on the beach and said "he knew what it was." Ranger L. Soto has the rock. Our school police liaison told me Malik is listed as an associate of the Homes Ave group; I am putting it here only because it was said in the debrief.
- T. Brennan, AP, 10th grade""",
    mnc=["Homes Ave"], mc=["Malik Sanders", "Jeremiah E. Burke High School", "orbital"],
    mct=["softball", "fractured orbital bone", "Harbor Master boat"], cats=["gang_affiliation"],
    tags=["harbor_islands", "allow_violence"])

# 35 allow weapon club: Copley Square / Trinity Church; trap: Trinity Church, Fenway High School
add("allow", school_id="BPS-4215", school="Fenway High School", recipient="bpd/district-d4",
    student=S("419960", "Javier Collazo", "2010-01-07", 9),
    ground="weapon", weapon="club (expandable steel baton)", when="2025-12-10 11:20",
    location="Copley Square, steps of Trinity Church",
    desc="""Architecture walk, Copley Square (Boston Public Library and Trinity Church). At about 11:20 on the steps of Trinity Church, while the class was sketching the facade, Javier flicked out a steel expandable baton, about 21 inches open, and swung it against the iron railing a few times. Students backed away; no one was hit. Ms. Roche asked for it and he collapsed it and gave it to her. He said it belongs to his stepfather, who works security, and that he took it because kids near his building in Villa Victoria "jump people." The baton is locked in the main office at Fenway High School. His stepfather was called and is coming in tomorrow.
C. Roche, 9th grade humanities""",
    mnc=["Villa Victoria"], mc=["Javier Collazo", "Fenway High School", "baton"],
    mct=["Trinity Church", "21 inches", "iron railing"], cats=["neighborhood"],
    tags=["outing", "allow_weapon", "trap"])

# 36 deny recipient: MBTA Transit Police
add("deny", reason="recipient_not_permitted", school_id="BPS-4101", school="East Boston High School",
    recipient="mbta-transit-police", student=S("404477", "Adrian Salazar", "2009-12-24", 10),
    ground="weapon", weapon="knife", when="2026-01-08 09:10",
    location="MBTA Blue Line train, between Maverick and Aquarium stations",
    desc="""On the way to the Aquarium by Blue Line, Adrian opened a folding knife on the train and showed it to two friends; a woman in the car got scared and moved. A chaperone took the knife at Aquarium station. No one was threatened directly and nobody was hurt. Adrian got on at Orient Heights before meeting us, that's where he lives. We are sending this only to the Transit Police because it happened on their train.""",
    mnc=["Orient Heights"], cats=["neighborhood"], tags=["aquarium", "deny_recipient"])

# 37 allow drugs crack cocaine: Arnold Arboretum; DACA
add("allow", school_id="BPS-4226", school="Madison Park Technical Vocational High School",
    recipient="bpd/district-e13", student=S("333815", "Darius Holt", "2008-02-09", 12),
    ground="drugs", substances=["crack cocaine"], when="2025-10-14 11:00",
    location="Arnold Arboretum, near the Hunnewell Visitor Center",
    desc="""From: Sarah Lindqvist
Sent: Tuesday, October 14, 2025 3:02 PM
Subject: Arboretum - Darius H.

Hi Ms. Okoro, writing it up like you asked. Horticulture trip to the Arnold Arboretum this morning. At about 11 near the Hunnewell Visitor Center, a groundskeeper found Darius and another student behind the shed with a glass pipe. Darius had a small knotted plastic bag with off-white rock-like pieces, 6 of them, and a lighter. He said it was crack and that he was "just holding it." The groundskeeper brought them to me. The other student had nothing on him. Darius was coherent. I sealed the bag and pipe and they're in the front office now.

When I spoke to him after, he asked if this would affect his sister's DACA renewal since she is his guardian. I told him I didn't know.
Sarah""",
    mnc=["DACA"], mc=["Darius Holt", "Madison Park Technical Vocational High School", "crack"],
    mct=["Hunnewell Visitor Center", "glass pipe", "rock-like pieces"], cats=["immigration_status"],
    tags=["outing", "allow_drugs", "email"])

# 38 allow credible_threat: Aquarium IMAX note; trap: Charlestown High School
add("allow", school_id="BPS-4333", school="Charlestown High School", recipient="bpd/district-a15",
    student=S("437724", "Alana Fitzgerald", "2010-10-10", 9),
    ground="credible_threat", when="2026-02-26 12:10",
    location="Simons IMAX Theatre, New England Aquarium",
    threat="""Handwritten note found 2/26/26 at 12:10 on the seat in the Aquarium's IMAX theatre where Alana had been sitting, written in her notebook paper and signed with her initials: "Brianna, Kayla and Mr. D will pay. I know where my dad keeps the gun. Friday 6th period you'll see." Alana admitted writing it. Her father confirmed he owns a registered handgun kept at home.""",
    desc="""9th grade Science trip to the New England Aquarium. After the IMAX film the usher gave Mr. Dunleavy a folded note that was left on a seat. It named two girls and him. Alana was sitting in that seat; she admitted writing it and said she is "done with everybody." She has been in conflict with the two girls since a group chat fight in January. Her father confirmed by phone that he owns a handgun; he said it is locked but he wasn't sure Alana doesn't know the combination. Her mother asked us to talk to Father Mike at St. Catherine's parish before we do anything, since Alana is in youth group there. Counselor assessment scheduled. Alana went home with her mother at 2.""",
    mnc=["Father Mike", "St. Catherine", "youth group"],
    mc=["Alana Fitzgerald", "Charlestown High School", "handgun"],
    mct=["IMAX", "folded note", "6th period"], cats=["religion"],
    tags=["aquarium", "allow_threat", "trap"])

# 39 deny face surveillance: yearbook photos for matching
add("deny", reason="face_surveillance", school_id="BPS-4226", school="Madison Park Technical Vocational High School",
    recipient="bpd/district-a1", student=S("418803", "Jerome Ashby", "2009-05-29", 10),
    ground="serious_violence", when="2026-04-30 15:20",
    location="Long Wharf, near the ferry ticket booth",
    attachments=[{"kind": "photo", "name": "gr10_yearbook_photos_all.zip"},
                 {"kind": "video", "name": "instagram_clip_longwharf.mp4"}],
    desc="""After the Harbor Islands trip, at the ferry booth on Long Wharf, a student from our group was jumped by four or five boys and kicked in the head; he has a broken jaw and is at MGH. One attacker is Jerome (seen by staff). The others are in an Instagram video. We are attaching all grade 10 yearbook photos so the detectives can run them against the video with face recognition and identify the rest. A staff member said the group came from the Bromley-Heath and waited for our ferry.""",
    mnc=["Bromley-Heath"], cats=["face_surveillance", "neighborhood"], tags=["harbor_islands", "deny_face"])

# 40 allow weapon: Thompson Island overnight; trap: Mission Hill K-8 vs Mission Main
add("allow", school_id="BPS-4384", school="Mission Hill K-8 School", recipient="bpd/district-a1",
    student=S("455120", "Keanu Alvarez", "2011-04-16", 8),
    ground="weapon", weapon="knife", when="2025-10-07 21:30",
    location="Thompson Island Outward Bound Education Center, cabin 4",
    desc="""Overnight trip, Thompson Island Outward Bound, Grade 8.
Around 9:30 PM during cabin check, an Outward Bound instructor found a fixed-blade hunting knife (about 6 inch blade, leather sheath) rolled inside Keanu's sleeping bag in cabin 4. Keanu said he brought it "for camping, for cutting rope." Knives were on the banned list sent home with the permission slip. He did not show it to anyone or threaten anyone; no injuries. The instructor gave it to me and I kept it in the staff cabin safe. Keanu slept in the staff cabin. Next morning I brought him back on the first boat and his mom met us at the dock. She said he walks home from the T past Mission Main at night, and his older cousin gave him the knife for that.
- Ms. Valdez, 8th grade team leader""",
    mnc=["Mission Main"], mc=["Keanu Alvarez", "Mission Hill K-8 School", "hunting knife"],
    mct=["sleeping bag", "cabin 4", "Thompson Island"], cats=["neighborhood"],
    tags=["harbor_islands", "allow_weapon", "trap"])

# 41 allow drugs heroin/fentanyl: SIS export with a demographic footer
add("allow", school_id="BPS-4311", school="TechBoston Academy", recipient="bpd/district-c11",
    student=S("371058", "Mackenson Noel", "2009-08-03", 10),
    ground="drugs", substances=["heroin", "fentanyl"], when="2026-04-17 09:35",
    location="Charter bus #3, I-93 northbound, en route to Museum of Science",
    desc="""INCIDENT EXPORT -- Aspen SIS
Incident ID: 26-0417-118
Date/Time: 04/17/2026 09:35
School: TechBoston Academy
Location: Charter bus #3 (Academy Bus), I-93 N en route to Museum of Science
Offense: Drug possession - Class A (suspected heroin/fentanyl)
Reporter: Guerrier, M. (bus chaperone)
Narrative: During roll call chaperone observed student passing a bundle to the seat behind. Bundle recovered: 10 small glassine bags stamped "LUCKY 7" in a blue rubber band, tan powder. Student stated "it's not mine, I'm giving it back to somebody at the museum." Student was seated up front for the remainder of the ride and returned to school by staff car. No use observed.
Action: Property secured, envelope 118-A.
Student Demographics (auto-appended): Home Lang: Haitian Creole | Race/Eth: Black or African American | Birth Country: Haiti | Addr: 18 Fowler St, Dorchester MA 02121
Parent contact: 04/17/2026 10:20 (phone, via interpreter)""",
    mnc=["Haitian Creole", "Black or African American", "Haiti", "Fowler St", "02121", "via interpreter"],
    mc=["Mackenson Noel", "TechBoston Academy", "fentanyl"],
    mct=["LUCKY 7", "glassine bags", "blue rubber band"],
    cats=["language", "ethnicity", "national_origin", "neighborhood"],
    tags=["bus", "allow_drugs", "sis_export"])

# 42 deny ground: vandalism at Fort Warren
add("deny", reason="ground_not_permitted", school_id="BPS-4254", school="Curley K-8 School",
    recipient="bpd/district-a1", student=S("441965", "Jonathan Reyes", "2012-07-22", 7),
    ground="vandalism", when="2026-06-09 11:50",
    location="Georges Island, Fort Warren, casemate corridor",
    desc="""A National Park Service ranger on Georges Island caught Jonathan spray-painting inside a casemate corridor at Fort Warren during our 7th grade trip. He painted "YNK" and some initials about two feet tall in red on the granite. The ranger says cleanup of historic stone is expensive and asked for the school's contact. No one hurt. He had the can from home. The ranger thinks the letters are a gang tag. Sending this to police.""",
    mnc=["YNK"], cats=["gang_affiliation"], tags=["harbor_islands", "deny_ground"])

# 43 allow serious_violence: Roxbury Community College visit; trap: Roxbury Community College
add("allow", school_id="BPS-4190", school="Boston Community Leadership Academy",
    recipient="bpd/district-b2", student=S("366402", "Quentin Mayfield", "2008-12-15", 11),
    ground="serious_violence", when="2025-11-18 12:45",
    location="Roxbury Community College, Columbus Ave, outside the Reggie Lewis Center",
    desc="""Junior class college visit to Roxbury Community College, 11/18/25. Time approx 12:45. Outside the Reggie Lewis Center on the RCC campus, during the walk to lunch, Quentin and a female student (S.V.) argued about a photo she had posted. Quentin punched S.V. in the face with a closed fist; she fell and he kicked her twice in the head while she was on the ground, calling her a "stupid Dominican." Two RCC staff pulled him away. S.V. was taken by ambulance to Boston Medical Center; her jaw is broken in two places and was wired shut. Quentin left campus on foot and was located by his mother at 3 PM. Witness statements from 4 students and both RCC staff are in the file.
- A. Haskins, Assistant Headmaster""",
    mnc=["Dominican"], mc=["Quentin Mayfield", "Boston Community Leadership Academy", "jaw"],
    mct=["Roxbury Community College", "Reggie Lewis Center", "wired shut"], cats=["ethnicity"],
    tags=["college_visit", "allow_violence", "trap"])

# 44 allow weapon box cutter: whale watch bag check
add("allow", school_id="BPS-4520", school="Snowden International School", recipient="bpd/district-a1",
    student=S("429301", "Samira Haddad", "2010-06-01", 10),
    ground="weapon", weapon="box cutter", when="2026-06-02 09:40",
    location="New England Aquarium whale watch, Central Wharf boarding line",
    desc="""Aquarium whale watch, 10th grade marine bio elective, 6/2/26.
The crew checked bags at the boarding line on Central Wharf at 9:40. In Samira's lunch bag they found a box cutter with the blade extended and taped in place with electrical tape. The crew member would not let her board. I stayed on the wharf with her; the rest of the class went with Mr. Lam. Samira said another girl, N.J., has been pulling at her hijab in the hallway for a week, and that if N.J. did it on the boat "she'd see." She did not take the box cutter out and did not threaten anyone on the wharf. I took the box cutter; it's in the office. Counseling referral made. Samira went home with her father at 11.
- J. Dwyer""",
    mnc=["hijab"], mc=["Samira Haddad", "Snowden International School", "box cutter"],
    mct=["Central Wharf", "electrical tape", "lunch bag"], cats=["religion"],
    tags=["aquarium", "allow_weapon"])

# 45 deny missing threat statement: Science Park bus
add("deny", reason="missing_threat_statement", school_id="BPS-4237", school="Jeremiah E. Burke High School",
    recipient="bpd/district-c11", student=S("415006", "Brandon Kearney", "2009-03-08", 11),
    ground="credible_threat", when="2026-03-12 14:30",
    location="Charter bus returning from Museum of Science",
    desc="""Bus chaperone Mr. Vo overheard Brandon on the ride back from the Museum of Science telling a friend that he was going to "air out" the kids who jumped his brother, at the bus stop on Bowdoin St where they hang out after school. When Mr. Vo asked him about it at school he laughed and said he was talking about a video game. No weapon found on him or in his bag. Please send to the district.""",
    mnc=["Bowdoin St"], cats=["neighborhood"], tags=["bus", "deny_threat_missing"])

# 46 allow drugs LSD: Planetarium laser show
add("allow", school_id="BPS-4003", school="Boston Latin School", recipient="bpd/district-a1",
    student=S("330089", "Owen Kessler", "2008-05-11", 12),
    ground="drugs", substances=["LSD"], when="2026-03-20 13:30",
    location="Charles Hayden Planetarium, Museum of Science",
    desc="""Physics C trip, Museum of Science, 3/20/26. During the 1:30 planetarium show in the Charles Hayden Planetarium, an usher saw Owen giving small squares of paper to two classmates in the dark. After the show Owen handed me a sheet of blotter paper with a cartoon sun printed on it, perforated into 20 squares, 4 of them missing. He said it was acid he bought from "a guy on Reddit" and that the other two had not taken theirs yet; both gave me their squares back (2) from their wallets. Owen said he took one at lunch. Nurse chaperone checked him: he was anxious and had dilated pupils but was oriented. His father asked that we not call the house Friday after sundown because of Shabbat and came to get him at 3.
- M. Feld""",
    mnc=["Shabbat", "sundown"], mc=["Owen Kessler", "Boston Latin School", "LSD"],
    mct=["Charles Hayden Planetarium", "blotter paper", "cartoon sun"], cats=["religion"],
    tags=["museum", "allow_drugs"])

# 47 allow credible_threat: Harvard Stadium track meet; trap: relay race
add("allow", school_id="BPS-4285", school="Excel High School", recipient="bpd/district-c6",
    student=S("420557", "Tiana Greene", "2009-04-25", 11),
    ground="credible_threat", when="2026-05-16 11:05",
    location="Harvard Stadium track, team tent",
    threat="""At the 5/16/26 invitational at Harvard Stadium, after the 4x400 relay race, Tiana told teammate J.R. in the team tent: "Monday at practice I'm cutting M.L. I got my knife in the car already, she's gonna see." J.R. saw a black folding knife in Tiana's gym bag that morning. M.L. is the teammate Tiana blamed for the dropped baton.""",
    desc="""Coach's report (Girls' Track). We were at the Harvard Stadium invitational. Our 4x400 relay race went badly - the baton was dropped on the second exchange and M.L. and Tiana went at each other in the tent. I separated them. About twenty minutes later J.R. came to me and said what Tiana told her (see the threat statement) and that she had seen a knife in Tiana's gym bag earlier. I checked the bag with the AD present and found a black folding knife, which I kept. Tiana said she carries it "because of Blue Hill Ave" and that she lives in Mattapan and walks from the bus. She denied saying she'd cut anyone. M.L. and her parents were informed at 12:30.
Coach Dana Whitley""",
    mnc=["Blue Hill Ave", "Mattapan"], mc=["Tiana Greene", "Excel High School", "knife"],
    mct=["relay race", "gym bag", "second exchange"], cats=["neighborhood"],
    tags=["sports_venue", "allow_threat", "trap"])

# 48 deny excluded: nicotine pouches at the Reggie Lewis Center
add("deny", reason="excluded_substance", school_id="BPS-4047", school="Boston Latin Academy",
    recipient="bpd/district-b2", student=S("362930", "Liam Doherty", "2009-09-30", 11),
    ground="drugs", substances=["nicotine pouches"], when="2026-01-31 10:20",
    location="Reggie Lewis Track and Athletic Center, bleachers",
    desc="""Indoor track meet at the Reggie Lewis Center. Liam was seen passing a round can of Zyn nicotine pouches around the bleachers and selling pouches to younger runners for a dollar each; three kids had them in their lips. The assistant coach took the can (11 pouches left). Liam said he buys them at a gas station near his house in Adams Village. Parents informed. Submitting to police under drugs per the team's zero tolerance policy.""",
    mnc=["Adams Village"], cats=["neighborhood"], tags=["sports_venue", "deny_substance"])

# 49 allow weapon firearm: Matthews Arena hockey; Spanish, trap: English High School
add("allow", school_id="BPS-4079", school="English High School", recipient="bpd/district-b2",
    student=S("400218", "Erick Batista", "2009-10-19", 10),
    ground="weapon", weapon="firearm", when="2026-02-07 16:10",
    location="Matthews Arena, Northeastern University, St. Botolph Street entrance",
    desc="""Hockey outing, Northeastern women's game at Matthews Arena, 2/7/26. Bag check at the St. Botolph Street entrance at 4:10. Arena staff found an unloaded .38 revolver in a sock inside Erick's backpack; no ammunition was found on him. Northeastern University Police took custody of the revolver at the door. Erick was removed from the line and stayed with me; the rest of the group went in with Ms. Lyons. Erick said the revolver was his older brother's and that he took it "to sell." He was calm.

I called home. His mother said through tears "por favor, no tenemos papeles, no llamen a nadie," and I told her the school must report a gun. Erick was picked up at 5:30.
- R. Quintero, Dean of Students""",
    mnc=["no tenemos papeles"], mc=["Erick Batista", "English High School", "revolver"],
    mct=["Matthews Arena", ".38 revolver", "in a sock"], cats=["immigration_status"],
    tags=["sports_venue", "allow_weapon", "other_language", "trap"])

# 50 allow drugs methamphetamine: Wentworth visit
add("allow", school_id="BPS-4226", school="Madison Park Technical Vocational High School",
    recipient="bpd/district-d4", student=S("358477", "Haley Brennan", "2008-07-29", 12),
    ground="drugs", substances=["methamphetamine (pressed as Adderall)"], when="2025-12-02 10:45",
    location="Wentworth Institute of Technology, Beatty Hall lobby (college visit)",
    desc="""College visit to Wentworth Institute of Technology, Huntington Ave.
10:45 - While waiting in the Beatty Hall lobby for the engineering tour, a classmate told me Haley was offering "Addys" for sale. Haley showed me a pill bottle: 17 orange round tablets stamped "b 974." She said they were Adderall from a friend. On return, the school nurse compared them against the reference and noted they did not look right; Haley then said the seller told her they were "pressed" and "stronger than real ones." Pills sealed and logged.
11:30 - Haley's mother contacted; Haley's mom only speaks Albanian, so the call was done with her aunt on the line.
Haley was on the rest of the tour supervised by me. No sale observed.
- P. Ferrante, CTE coordinator""",
    mnc=["Albanian"], mc=["Haley Brennan", "Madison Park Technical Vocational High School", "methamphetamine"],
    mct=["Beatty Hall", "b 974", "17 orange round tablets"], cats=["language"],
    tags=["college_visit", "allow_drugs"])
