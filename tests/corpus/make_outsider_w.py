#!/usr/bin/env python3
"""Outsider corpus W: 120 hand-written gatekeeper cases (allow / deny, redaction canaries).

Standard library only, deterministic (fixed seed). Writes tests/data/corpus/outsider_w.jsonl.
Written from RULES.md / CONTRACT.md only, without reference to the service's code.
"""
import datetime as _dt
import json
import pathlib
import random

SEED = 20260317
rng = random.Random(SEED)

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_w.jsonl"

SCHOOLS = {
    "Boston Latin Academy": ("BPS-4011", "bpd/district-b2"),
    "Madison Park Technical Vocational High School": ("BPS-4213", "bpd/district-b2"),
    "East Boston High School": ("BPS-4022", "bpd/district-a7"),
    "Jeremiah E. Burke High School": ("BPS-4260", "bpd/district-b3"),
    "English High School": ("BPS-4031", "bpd/district-e13"),
    "Excel High School": ("BPS-4095", "bpd/district-c6"),
    "Brighton High School": ("BPS-4036", "bpd/district-d14"),
    "TechBoston Academy": ("BPS-4264", "bpd/district-c11"),
    "Mission Hill K-8": ("BPS-4345", "bpd/district-b2"),
    "John D. O'Bryant School of Mathematics and Science": ("BPS-4015", "bpd/district-b2"),
    "Charlestown High School": ("BPS-4040", "bpd/district-a1"),
    "Snowden International School": ("BPS-4041", "bpd/district-d4"),
    "Dearborn STEM Academy": ("BPS-4290", "bpd/district-b2"),
    "Boston Community Leadership Academy": ("BPS-4176", "bpd/district-e18"),
    "New Mission High School": ("BPS-4178", "bpd/district-e18"),
    "Fenway High School": ("BPS-4181", "bpd/district-b2"),
    "Boston Arts Academy": ("BPS-4182", "bpd/district-d4"),
    "Community Academy of Science and Health": ("BPS-4177", "bpd/district-b3"),
    "Henderson K-12 Inclusion School": ("BPS-4650", "bpd/district-c11"),
    "Lyon High School": ("BPS-4320", "bpd/district-d14"),
    "Urban Science Academy": ("BPS-4273", "bpd/district-e5"),
    "Edwards Middle School": ("BPS-4370", "bpd/district-a1"),
    "Irving Middle School": ("BPS-4360", "bpd/district-e5"),
    "Josiah Quincy Upper School": ("BPS-4323", "bpd/district-a1"),
    "Kennedy Academy for Health Careers": ("BPS-4321", "bpd/district-b2"),
    "Margarita Muñiz Academy": ("BPS-4301", "bpd/district-e13"),
    "McCormack Middle School": ("BPS-4340", "bpd/district-c11"),
    "Dorchester Academy": ("BPS-4263", "bpd/district-c11"),
}

_used_ids = set()


def student(name, school, grade, **extra):
    while True:
        sid = str(rng.randint(100000, 999999))
        if sid not in _used_ids:
            _used_ids.add(sid)
            break
    year = 2019 - grade + rng.choice((-1, 0, 0))
    dob = _dt.date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    s = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    s.update(extra)
    return s


def when(s):
    """'2026-03-02 10:15' -> ISO with the Boston offset of that date."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dst = {2025: (_dt.date(2025, 3, 9), _dt.date(2025, 11, 2)),
           2026: (_dt.date(2026, 3, 8), _dt.date(2026, 11, 1))}[d.year]
    off = "-04:00" if dst[0] <= d.date() < dst[1] else "-05:00"
    return d.strftime("%Y-%m-%dT%H:%M:00") + off


CASES = []


def case(decision, ground, stu, at, loc, desc, *, reason=None, recipient=None, weapon=None,
         substances=None, threat=None, attachments=None, mnc=(), fact=None, mct=(), cats=(), tags=()):
    school = stu["school"]
    sid, default_rcpt = SCHOOLS[school]
    req = {"school_id": sid, "recipient": recipient or default_rcpt, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": when(at), "location": loc, "description": desc}
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    else:
        exp["must_contain"] = [stu["name"], school] + ([fact] if fact else [])
        exp["must_contain_text"] = list(mct)
    exp["must_not_contain"] = list(mnc)
    exp["categories"] = list(cats)
    exp["tags"] = ["outsider_w"] + list(tags)
    CASES.append((req, exp))


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------
case("allow", "weapon",
     student("Desmond Akers", "Madison Park Technical Vocational High School", 11),
     "2025-10-07 10:50", "Automotive shop, Building C",
     "4th period in the automotive bay. Desmond and T.M. were arguing over who had the socket wrench set "
     "and Desmond pulled a yellow Stanley box cutter out of his hoodie, blade extended, and waved it about a "
     "foot from T.M.'s chest. No contact. Mr. Greer (shop instructor) got between them and Desmond handed "
     "it over without a fight. Blade is bagged in the AP office. Tried mom x2, no answer (works nights). "
     "Reached the aunt instead - family moved into the Franklin Field apartments in January, aunt asked "
     "that Monday's re-entry meeting have a Cape Verdean Creole interpreter.",
     weapon="box cutter", fact="box cutter",
     mnc=["Franklin Field", "Cape Verdean Creole", "interpreter"],
     mct=["automotive bay", "socket wrench", "blade extended"],
     cats=["neighborhood", "language"], tags=["staff_report"])

case("allow", "weapon",
     student("Tyrese Olawale", "Jeremiah E. Burke High School", 10),
     "2025-11-13 08:05", "Main entrance, Washington St side",
     "Written statement, taken by AP Downey at 8:40, copied as written: \"i brought the steak knife bc "
     "for like 2 weeks these dudes been waiting for me by the front steps after school. they think im "
     "with Greenwood Bloc but im not i dont even know them like that. me and my cousin stay on Harvard St "
     "by the Mattapan trolley so i walk past them every day. i wasnt gonna use it on nobody i just "
     "wanted them to see it.\" Knife (serrated, black plastic handle, ~5 in blade) was found in his "
     "left sock at the metal detector. Surrendered without resistance.",
     weapon="knife", fact="steak knife",
     mnc=["Greenwood Bloc", "Harvard St", "Mattapan"],
     mct=["steak knife", "metal detector", "left sock"],
     cats=["gang_affiliation", "neighborhood"], tags=["student_statement"])

case("allow", "weapon",
     student("Jordan Belizaire", "TechBoston Academy", 12,
             race_ethnicity="Black or African American", home_language="Haitian Creole",
             ell_status="Former EL (exited 2021)", birth_country="Haiti",
             address={"street": "22 Fessenden St", "city": "Boston", "zip": "02126"},
             guardian_phone="617-555-0148", counselor="R. Almeida"),
     "2026-01-22 12:35", "3rd floor lockers, east wing",
     "Locker search done by SSS Pinto and AP Lomax after two students separately told the front desk "
     "that Jordan had \"a strap\" in his locker. Found: black semi-automatic pistol (.380, unloaded, "
     "no magazine in it) inside a Timberland box on the top shelf; a loose magazine with 5 rounds was "
     "under a textbook. Jordan was in the cafeteria and was escorted to the office. He declined to "
     "say anything until his mother arrived. Building was not locked down; principal notified 12:50.",
     weapon="firearm", fact="pistol",
     mnc=["African American", "Haitian Creole", "Haiti", "Former EL", "Fessenden", "02126", "617-555-0148"],
     mct=["Timberland box", "5 rounds", "unloaded"],
     cats=["ethnicity", "language", "national_origin", "neighborhood"], tags=["sis_export"])

case("allow", "weapon",
     student("Yaritza Monegro", "Boston Community Leadership Academy", 9),
     "2026-02-10 11:40", "2nd floor girls' bathroom",
     "At 11:40 Yaritza sprayed pepper spray at R.P. during an argument in the 2nd floor girls' bathroom. "
     "R.P. and a bystander (K.D.) were seen by the nurse for eye irritation and flushed with saline; "
     "the wing was cleared for about 20 min for ventilation. Canister (pink keychain type) recovered. "
     "Mom emailed the AP at 1:15, forwarding her words: \"Buenos días, yo le compré el spray porque unas "
     "muchachas la esperan en la parada, nosotros vivimos ahí mismo en Jackson Square. Por favor "
     "llámenme en español.\" Mom asked for the follow-up call to be in Spanish.",
     weapon="pepper spray", fact="pepper spray",
     mnc=["Jackson Square", "in Spanish", "en español"],
     mct=["eye irritation", "2nd floor girls' bathroom", "pink keychain"],
     cats=["neighborhood", "language"], tags=["parent_message", "multilingual"])

case("allow", "weapon",
     student("Khalil Rowser", "Dearborn STEM Academy", 11),
     "2025-12-03 09:20", "Dearborn STEM Academy, 1st floor boys' bathroom",
     "A teacher was sent a screenshot of Khalil's Snapchat story from this morning: him in the 1st floor "
     "boys' bathroom mirror holding a handgun, caption \"Ruggles Mob on my hip today #RMG\". SSS and the "
     "AP pulled him from 2nd period. SSS took a black Glock-style handgun "
     "from his backpack; magazine inserted, 6 rounds, none chambered. Screenshot saved.",
     weapon="firearm", fact="handgun",
     attachments=[{"kind": "photo", "name": "snap_story_screenshot_0920.png"}],
     mnc=["Ruggles Mob", "#RMG"],
     mct=["magazine inserted", "6 rounds", "none chambered"],
     cats=["gang_affiliation"], tags=["social_media"])

case("allow", "weapon",
     student("Malik Pereira-Jones", "Brighton High School", 10),
     "2026-03-11 13:05", "Room 305",
     "During Spanish 2 in room 305 Malik slipped a set of brass knuckles on his right hand and slammed "
     "it on D.W.'s desk twice, saying \"next one is your head.\" Ms. Ferreira called the office; SSS "
     "took the knuckles (silver, 4 finger holes). Nobody was hit. Malik says he bought them at a "
     "convenience store in Allston.",
     weapon="brass knuckles", fact="brass knuckles",
     mct=["Spanish 2", "room 305", "4 finger holes"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Omar Haddad", "Excel High School", 11),
     "2025-09-30 14:15", "Excel High School, side yard by the gym",
     "Right after dismissal, Omar pressed a stun gun against J.C.'s arm near the gym door and clicked it "
     "twice; J.C. jumped back, small red mark, refused the nurse. Staff took the device (black, "
     "flashlight-shaped). In the office Omar said he carries it because two men from his mosque got "
     "jumped last month and his dad wanted him to have something.",
     weapon="stun gun", fact="stun gun",
     mnc=["mosque"],
     mct=["clicked it twice", "flashlight-shaped", "small red mark"],
     cats=["religion"], tags=["staff_report"])

case("allow", "weapon",
     student("Andre Facundo", "East Boston High School", 12),
     "2026-04-02 15:30", "East Boston High School auditorium, backstage",
     "Andre is on the theater tech crew. During build for the spring show he took a razor blade from the "
     "crew's supply bin, cut through the cover on a costume rack, then held the blade toward L.S. and "
     "told him to back up or he'd \"open him up.\" Tech director Ms. Kaur took the blade. L.S. not "
     "injured. Andre lives in Orient Heights with his grandmother; she came in at 4:30.",
     weapon="razor blade", fact="razor blade",
     mnc=["Orient Heights"],
     mct=["theater tech crew", "costume rack", "back up"],
     cats=["neighborhood"], tags=["precision_trap", "staff_report"])

case("allow", "weapon",
     student("Cristian Lobo", "Urban Science Academy", 10,
             sis_alerts=["Suspected - Sumner Hill crew (per SSS 2025)"], sped_status="IEP - SLD",
             transportation="MBTA pass"),
     "2025-10-21 10:10", "Locker 2217, 2nd floor",
     "Search of locker 2217 after an anonymous note left on the AP's desk. Found a fixed-blade hunting "
     "knife (about 7 in., leather sheath) rolled inside a gym shirt. Cristian admitted it was his and "
     "said he'd forgotten it was there from a fishing trip. Knife held for BPD.",
     weapon="knife", fact="hunting knife",
     mnc=["Sumner Hill", "SLD"],
     mct=["locker 2217", "leather sheath", "gym shirt"],
     cats=["gang_affiliation"], tags=["sis_export"])

case("allow", "weapon",
     student("Wilner Saintil", "Irving Middle School", 8),
     "2026-01-08 07:55", "Irving Middle School, front door",
     "Father called the main office at 7:50 to warn us Wilner had taken a knife from the kitchen. Dad's "
     "voicemail (he switched between English and Kreyòl, Ms. Joseph helped): \"Bonjou, se papa Wilner, "
     "mwen wè kouto a pa la... please check his bag.\" We met Wilner at the door; 6-inch kitchen knife in "
     "the front pocket of his backpack. He said it was for the 28 bus where older kids take his stuff. "
     "Dad needed the Kreyòl phone line to talk to the principal, and mentioned the family is scared "
     "because their Temporary Protected Status renewal is pending.",
     weapon="knife", fact="kitchen knife",
     mnc=["Kreyòl", "Temporary Protected Status"],
     mct=["front pocket", "28 bus", "6-inch kitchen knife"],
     cats=["language", "immigration_status"], tags=["parent_message", "multilingual"])

case("allow", "weapon",
     student("Mateo Xol", "Lyon High School", 11),
     "2026-05-14 11:15", "Student parking lot",
     "Handwritten statement after the parking-lot search (spelling kept): \"The gun is not mine I found "
     "it by the woods at the park near the zoo like a week ago and I was going to turn it in. My family "
     "came from Guatemala two years ago and I dont want no problems.\" SSS found a revolver, loaded, 5 "
     "rounds, wrapped in a towel under the passenger seat of the car Mateo drove to school (his "
     "brother's). He was cooperative.",
     weapon="firearm", fact="revolver",
     mnc=["Guatemala"],
     mct=["revolver", "passenger seat", "wrapped in a towel"],
     cats=["national_origin"], tags=["student_statement"])

case("allow", "weapon",
     student("Gabriel Ocasio", "Brighton High School", 12),
     "2025-11-04 12:20", "Cafeteria, back tables",
     "Lunch B. R.T. called Gabriel a slur about him being Puerto Rican and Gabriel took an expandable "
     "baton out of his backpack, flicked it open and hit R.T. once across the left knee. R.T. limped to "
     "the nurse, ice and a parent pickup, no fracture suspected. Baton is steel, about 21 in. open.",
     weapon="expandable baton", fact="baton",
     mnc=["Puerto Rican"],
     mct=["expandable baton", "left knee", "21 in"],
     cats=["ethnicity"], tags=["staff_report"])

case("allow", "weapon",
     student("Noor Castellanos", "Boston Arts Academy", 11),
     "2026-03-19 16:10", "Boston Arts Academy, music wing practice room 4",
     "After-school rehearsal. Student brought a machete (roughly 14 in. blade) to school inside a "
     "guitar case and took it out in practice room 4 to show friends, swinging it near two students. "
     "Music teacher saw it through the door window, cleared the room, SSS secured it. No injuries.",
     weapon="machete", fact="machete",
     mct=["guitar case", "practice room 4", "14 in. blade"],
     tags=["staff_report", "clean"])

case("allow", "weapon",
     student("Larissa Duarte", "Snowden International School", 9),
     "2025-10-15 09:45", "Snowden International School, 4th floor stairwell",
     "Larissa used a taser on a girl (A.V.) in the 4th floor stairwell; A.V. had two small burn marks "
     "on her neck, nurse treated. Taser was purple, bought online. Mom replied to our message in "
     "Portuguese: \"Ela comprou esse taser na internet, eu não sabia. A família chegou do Brasil em "
     "agosto e ela está com medo na escola nova.\" Mom asked for an intérprete for the meeting.",
     weapon="taser", fact="taser",
     mnc=["do Brasil", "intérprete"],
     mct=["4th floor stairwell", "two small burn marks", "bought online"],
     cats=["national_origin", "language"], tags=["parent_message", "multilingual"])

case("allow", "weapon",
     student("Darnell Pryce", "New Mission High School", 10),
     "2026-02-24 19:40", "Off campus; recovered at New Mission High School nurse's office next day",
     "Evening before: Darnell showed a handgun to a classmate on a FaceTime call and said he'd bring it "
     "\"tomorrow.\" The classmate's mom called the school at 7:40 AM. Darnell came in with a stomach "
     "ache and went to the nurse; SSS found a small silver handgun in his jacket pocket on the chair, "
     "unloaded, no ammunition found.",
     weapon="firearm", fact="handgun",
     attachments=[{"kind": "document", "name": "classmate_parent_call_notes.pdf"}],
     mct=["FaceTime call", "jacket pocket", "no ammunition"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Kevin Tran", "McCormack Middle School", 7,
             primary_language="Vietnamese", lep_flag="Y", ethnicity="Asian - Vietnamese"),
     "2025-12-09 10:30", "Room 112",
     "Teacher saw Kevin flipping a butterfly knife under his desk in room 112. When told to hand it over "
     "he pointed it at her and said \"make me.\" Assistant principal came and he eventually dropped it on "
     "the desk. Blade about 3.5 in., black. Nobody hurt.",
     weapon="butterfly knife", fact="butterfly knife",
     mnc=["Vietnamese"],
     mct=["room 112", "make me", "3.5 in"],
     cats=["language", "ethnicity"], tags=["sis_export"])

case("allow", "weapon",
     student("Keon Ashby", "English High School", 11),
     "2025-10-24 18:05", "Team bus, returning to English High School",
     "On the bus back from the JV game against Catholic Memorial, Keon sprayed mace toward the back "
     "seats during an argument; three players coughing, the driver pulled over on the VFW Parkway and "
     "opened all windows. Coach confiscated the mace canister. No one needed EMS.",
     weapon="mace", fact="mace",
     mct=["Catholic Memorial", "VFW Parkway", "opened all windows"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Samuel Afolabi", "Community Academy of Science and Health", 12,
             immigration_status="Asylee", citizenship="Non-citizen", country_of_birth="Nigeria"),
     "2026-04-28 08:30", "Main lobby",
     "Bag scan at entry flagged a dark object; Samuel's backpack had a pair of brass knuckles and a "
     "folding knife with a 4 in. blade. He said both belonged to his older cousin. Items held in the "
     "main office safe.",
     weapon="folding knife", fact="folding knife",
     mnc=["Asylee", "Non-citizen", "Nigeria"],
     mct=["bag scan", "4 in. blade", "main office safe"],
     cats=["immigration_status", "national_origin"], tags=["sis_export"])

case("allow", "weapon",
     student("Isaiah Grant", "Kennedy Academy for Health Careers", 11),
     "2026-01-29 14:40", "Sidewalk in front of the school",
     "At dismissal Isaiah lifted his shirt to show a handgun to a group of students outside; SSS saw the "
     "grip. He ran but was stopped at the corner by the school police officer, who recovered a loaded "
     "9mm from his waistband. Word among students is that he runs with the Lenox crew and stays in the "
     "Lenox Street development.",
     weapon="firearm", fact="9mm",
     mnc=["Lenox"],
     mct=["waistband", "at the corner", "loaded 9mm"],
     cats=["gang_affiliation", "neighborhood"], tags=["staff_report"])

case("allow", "weapon",
     student("Hodan Warsame", "Charlestown High School", 10),
     "2026-05-06 12:55", "Girls' locker room",
     "Lunch: a long-running dispute that staff have been calling \"the Somali girls vs the Cape Verdean "
     "girls\" boiled over in the locker room; Hodan pulled a small kitchen knife and slashed at F.G., "
     "cutting the sleeve of her jacket, no skin broken. Knife was recovered from the shower drain.",
     weapon="knife", fact="kitchen knife",
     mnc=["Somali", "Cape Verdean"],
     mct=["shower drain", "sleeve of her jacket", "no skin broken"],
     cats=["ethnicity"], tags=["staff_report"])

# ---------------------------------------------------------------------------------------------
# ALLOW: serious violence
# ---------------------------------------------------------------------------------------------
case("allow", "serious_violence",
     student("Elijah Bettencourt", "Fenway High School", 11),
     "2025-11-19 10:05", "Science lab 2",
     "Elijah stabbed M.R. in the upper thigh with the point of a geometry compass during lab. Bleeding "
     "was heavy; nurse applied pressure and EMS took M.R. to Children's, where he got 9 stitches and "
     "was kept for observation. Elijah said M.R. had been stealing his calculator. His grandfather, "
     "who speaks only Portuguese, was reached through the language line.",
     weapon="compass", fact="compass",
     mnc=["only Portuguese", "language line"],
     mct=["upper thigh", "9 stitches", "geometry compass"],
     cats=["language"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Brandon Keefe", "Charlestown High School", 12),
     "2026-02-05 13:25", "Stairwell B by the gym",
     "A 10th grade girl reported to her counselor that during 6th period Brandon pinned her against the "
     "railing in stairwell B and put his hand under her shirt while she told him to stop; she got away "
     "when a door opened above. Counselor, AP and Title IX coordinator notified; the girl's parent is "
     "filing with police as well. Brandon denies it. Note for file: Brandon's father is in removal "
     "proceedings and the family asked that nothing go to \"immigration.\"",
     fact="stairwell B",
     mnc=["removal proceedings", "immigration"],
     mct=["stairwell B", "Title IX coordinator", "told him to stop"],
     cats=["immigration_status"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Jalen Murrell", "Jeremiah E. Burke High School", 12),
     "2026-03-03 15:05", "Corner outside the school, bus stop",
     "Video went around Instagram within the hour. After dismissal Jalen punched D.S. repeatedly after "
     "D.S. was already on the ground; D.S. has a broken jaw (wired at BMC). The Instagram page that "
     "posted it tagged Jalen and wrote that he's \"from Bowdoin Street\" - his address on file is 3 "
     "Olney St, off Bowdoin.",
     fact="broken jaw",
     mnc=["Bowdoin", "Olney St"],
     mct=["broken jaw", "already on the ground", "wired at BMC"],
     cats=["neighborhood"], tags=["social_media"])

case("allow", "serious_violence",
     student("Luis Almanzar", "Margarita Muñiz Academy", 10),
     "2025-10-30 12:10", "Courtyard",
     "Luis swung a padlock inside a sock at E.T. and hit him on the side of the head. E.T. lost "
     "consciousness for under a minute; EMS transported, concussion confirmed at Faulkner. Witnesses say "
     "it started when E.T. mocked Luis for being Dominican. Padlock and sock recovered.",
     weapon="padlock in a sock", fact="padlock",
     mnc=["Dominican"],
     mct=["padlock inside a sock", "lost consciousness", "concussion"],
     cats=["ethnicity"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Abdirahman Yusuf", "Henderson K-12 Inclusion School", 9),
     "2026-01-14 09:35", "Room 204",
     "Abdirahman threw a metal chair at J.P. across room 204; it struck J.P. in the eye area. J.P. was "
     "taken to Boston Children's and diagnosed with an orbital fracture. Abdirahman's mother (Somali "
     "speaker) came in with an aunt to translate.",
     fact="orbital fracture",
     mnc=["Somali speaker", "to translate"],
     mct=["metal chair", "orbital fracture", "room 204"],
     cats=["language"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Wei Chen", "Josiah Quincy Upper School", 8,
             race="Asian", birthplace="Shanghai, China", home_lang="Mandarin"),
     "2025-12-16 15:10", "School bus #417, front steps",
     "Getting off bus #417 Wei shoved K.L. from the top step; K.L. fell onto the curb and broke her "
     "right wrist (cast, ortho follow-up). Driver and monitor both saw it. Wei said it was a joke.",
     fact="broke her right wrist",
     mnc=["Shanghai", "Mandarin"],
     mct=["bus #417", "right wrist", "onto the curb"],
     cats=["ethnicity", "national_origin", "language"], tags=["sis_export"])

case("allow", "serious_violence",
     student("Yusuf Abdullahi", "Urban Science Academy", 11),
     "2026-03-17 11:50", "Chemistry room 318",
     "Yusuf lit an aerosol can with a lighter and aimed the flame at L.M.'s forearm. L.M. has second-"
     "degree burns on the left forearm, treated at Shriners. Teacher used the extinguisher on a smoking "
     "paper towel. Yusuf told the AP he was fasting for Ramadan and \"not thinking straight.\"",
     fact="second-degree burns",
     mnc=["Ramadan"],
     mct=["second-degree burns", "aerosol can", "left forearm"],
     cats=["religion"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Trevon Haskins", "Dorchester Academy", 10),
     "2025-09-24 14:55", "Field behind the school",
     "Victim's statement (A.F., 10th grade): \"Trevon came up behind me with a broom stick from the "
     "janitor closet and hit me across the back and my hand. He yelled 'this is H-Block' before he "
     "swung. My finger is broke.\" Urgent care confirmed a fractured ring finger. Stick recovered near "
     "the fence.",
     weapon="broom stick", fact="broom stick",
     mnc=["H-Block"],
     mct=["fractured ring finger", "janitor closet", "near the fence"],
     cats=["gang_affiliation"], tags=["student_statement"])

case("allow", "serious_violence",
     student("Rashad Vinson", "Community Academy of Science and Health", 11),
     "2026-04-09 15:20", "Path from the school to the bus stop",
     "Three students kicked C.O. while he was on the ground on the path to the bus stop; Rashad is the "
     "one seen on the door camera stomping. C.O. was admitted to BMC with a ruptured spleen. According "
     "to SSS all three run with the Wash Park crew and this is payback for something over the weekend.",
     fact="ruptured spleen",
     mnc=["Wash Park"],
     mct=["ruptured spleen", "stomping", "door camera"],
     cats=["gang_affiliation"], tags=["staff_report"])

case("allow", "serious_violence",
     student("Cole Brennan", "Edwards Middle School", 8),
     "2026-02-26 10:40", "Gym",
     "During PE Cole punched A.N. in the face at least five times after A.N. was face-down on the mat. "
     "A.N. had a nasal fracture and a cut above the eye needing glue; mom took him to the ER.",
     fact="nasal fracture",
     mct=["in the face", "face-down on the mat", "nasal fracture"],
     tags=["precision_trap"])

case("allow", "serious_violence",
     student("Kevin Leung", "Josiah Quincy Upper School", 11),
     "2025-11-25 12:45", "Cafeteria",
     "Kevin hit R.D. in the head with a full steel water bottle; R.D. had a skull fracture (small, "
     "non-displaced) per Tufts. Kevin's mom texted the AP: \"我儿子说是对方先动手 - my son say the other "
     "boy start it, please call me after 6.\" Grandmother asked for a Cantonese interpreter at the "
     "suspension hearing.",
     weapon="steel water bottle", fact="skull fracture",
     mnc=["Cantonese"],
     mct=["steel water bottle", "skull fracture", "non-displaced"],
     cats=["language"], tags=["parent_message", "multilingual"])

case("allow", "serious_violence",
     student("Marcus Delgado", "TechBoston Academy", 12,
             home_address="88 Westville St, Boston MA 02122"),
     "2026-05-20 13:10", "Back stairwell, 2nd floor",
     "Marcus choked his girlfriend (11th grade) in the back stairwell; she blacked out briefly and was "
     "found by a teacher. EMS evaluated her, bruising on her neck was visible. She told the nurse it "
     "has happened before. Address on file for Marcus: 88 Westville St, 02122.",
     fact="choked",
     mnc=["Westville", "02122"],
     mct=["back stairwell", "blacked out", "bruising on her neck"],
     cats=["neighborhood"], tags=["staff_report", "sis_export"])

# ---------------------------------------------------------------------------------------------
# ALLOW: drugs
# ---------------------------------------------------------------------------------------------
case("allow", "drugs",
     student("Anthony Rivas", "East Boston High School", 11),
     "2025-10-09 11:20", "Boys' bathroom, 1st floor",
     "Custodian found Anthony counting blue pills stamped \"M30\" in a stall. 23 pills in a sandwich bag "
     "plus a second bag with 6 more. Anthony said he gets them from a guy on his block in Chelsea, "
     "where he lives with his dad, and that they are \"percs.\" Nurse advised fentanyl risk; pills "
     "sealed in an evidence bag.",
     substances=["counterfeit oxycodone (M30)", "fentanyl"], fact="M30",
     mnc=["Chelsea"],
     mct=["blue pills", "23 pills", "sandwich bag"],
     cats=["neighborhood"], tags=["staff_report"])

case("allow", "drugs",
     student("Bryan Zelaya", "Excel High School", 12),
     "2026-01-27 09:05", "Hallway outside the library",
     "Bryan dropped his pouch in the hall; a teacher picked it up and saw a dime bag of weed and a small "
     "baggie of white powder, later field-tested by the school officer as cocaine. Bryan said the weed "
     "is his and the other bag isn't. Teacher noted he is Honduran and \"new to the system,\" which is "
     "irrelevant and is here only because it was in her email.",
     substances=["marijuana", "cocaine"], fact="cocaine",
     mnc=["Honduran"],
     mct=["white powder", "field-tested", "dime bag"],
     cats=["ethnicity"], tags=["staff_report", "mixed_substances"])

case("allow", "drugs",
     student("Yasmin Khalaf", "Boston Latin Academy", 10,
             ell_level="WIDA 2.4", home_language="Arabic", parent_contact_pref="text"),
     "2025-12-11 12:25", "Cafeteria",
     "Lunch monitor saw Yasmin handing out white bar-shaped pills (stamped \"2\" on one side) in exchange "
     "for cash. 11 bars in a mint tin in her bag. She said they're Xanax from an older friend.",
     substances=["Xanax"], fact="Xanax",
     mnc=["WIDA", "Arabic"],
     mct=["mint tin", "11 bars", "in exchange for cash"],
     cats=["language"], tags=["sis_export"])

case("allow", "drugs",
     student("Nayeli Fuentes", "Boston Community Leadership Academy", 12),
     "2026-02-14 20:30", "Gymnasium, Valentine's dance",
     "At the school dance SSS found a pencil case in Nayeli's bag with 8 pink pressed pills (she called "
     "them molly) and a small bag of crystals. The mother replied to our text in Spanish: \"No sabía "
     "nada de esto. Por favor no llamen a la policía, no tenemos papeles y tengo mucho miedo.\"",
     substances=["MDMA"], fact="MDMA",
     mnc=["no tenemos papeles"],
     mct=["pencil case", "8 pink pressed pills", "crystals"],
     cats=["immigration_status"], tags=["parent_message", "multilingual"])

case("allow", "drugs",
     student("Sebastian Moore", "Boston Arts Academy", 11),
     "2026-03-25 10:00", "Online, then 3rd floor hallway",
     "Students showed the dean an Instagram account selling \"shroom bars\" with photos taken inside "
     "our 3rd floor hallway. Account traced to Sebastian; his locker had 4 chocolate bars labeled as "
     "psilocybin and a digital scale.",
     substances=["psilocybin"], fact="psilocybin",
     attachments=[{"kind": "photo", "name": "ig_post_screens.png"}],
     mct=["shroom bars", "digital scale", "4 chocolate bars"],
     tags=["social_media", "clean"])

case("allow", "drugs",
     student("Jean-Marc Toussaint", "Irving Middle School", 8),
     "2025-11-06 13:15", "Room 207",
     "Jean-Marc gave two oxycodone tablets to a classmate in room 207; the classmate got dizzy and went "
     "to the nurse, who found the rest (5 tablets, 10 mg) in Jean-Marc's coat. The pills are his "
     "grandmother's prescription. The grandmother, a deacon at a Haitian Baptist church, came in "
     "right away.",
     substances=["oxycodone"], fact="oxycodone",
     mnc=["Baptist", "Haitian"],
     mct=["5 tablets", "got dizzy", "grandmother's prescription"],
     cats=["religion", "ethnicity"], tags=["staff_report"])

case("allow", "drugs",
     student("Devonte Hicks", "English High School", 12),
     "2026-01-06 08:20", "Metal detector line",
     "Student statement, in his words: \"the bags are heroin yes. my uncle gave them to me to hold, I "
     "been staying at his place in the Cathedral projects since christmas. I don't use.\" 14 glassine "
     "bags, stamped with a red star, found in a sneaker at the detector.",
     substances=["heroin"], fact="heroin",
     mnc=["Cathedral"],
     mct=["14 glassine bags", "red star", "in a sneaker"],
     cats=["neighborhood"], tags=["student_statement"])

case("allow", "drugs",
     student("Tyler Coughlin", "Charlestown High School", 11),
     "2026-04-16 09:50", "Boys' locker room",
     "Coach found a baggie of clear crystal shards and a glass pipe in Tyler's gym bag; school officer "
     "believes methamphetamine. SSS thinks he's holding for the Franklin Hill boys, based on who he "
     "rides the bus with.",
     substances=["methamphetamine"], fact="methamphetamine",
     mnc=["Franklin Hill"],
     mct=["glass pipe", "crystal shards", "gym bag"],
     cats=["gang_affiliation"], tags=["staff_report"])

case("allow", "drugs",
     student("Priya Raman", "John D. O'Bryant School of Mathematics and Science", 11),
     "2025-10-28 12:40", "Library, study carrel",
     "Librarian saw Priya cutting a sheet of blotter paper into squares printed with a cartoon cat; 30 "
     "tabs, she said LSD, selling at $10. She bought the sheet from someone on Discord.",
     substances=["LSD"], fact="LSD",
     mct=["blotter paper", "cartoon cat", "30 tabs"],
     tags=["staff_report", "clean"])

case("allow", "drugs",
     student("Connor Walsh", "Brighton High School", 10),
     "2026-02-03 14:05", "Main office",
     "Connor was found with a Visa gift card and 9 small round yellow pills he says are Klonopin he "
     "bought off a friend; not prescribed to him per his mother. Pills and gift card held.",
     substances=["clonazepam (Klonopin)"], fact="Klonopin",
     mct=["Visa gift card", "9 small round yellow pills", "not prescribed"],
     tags=["precision_trap"])

case("allow", "drugs",
     student("Julian Baptiste-Reyes", "New Mission High School", 12),
     "2026-03-31 11:00", "2nd floor bathroom",
     "Vape confiscated in the bathroom; student then admitted the foil packet in his wallet was "
     "fentanyl he was \"trying\" with a friend. Nurse gave the building Narcan kit to the SSS as a "
     "precaution. He mentioned his older brother's asylum case and that he's afraid of what this does "
     "to it.",
     substances=["THC vape", "fentanyl"], fact="fentanyl",
     mnc=["asylum"],
     mct=["foil packet", "Narcan", "in his wallet"],
     cats=["immigration_status"], tags=["staff_report", "mixed_substances"])

case("allow", "drugs",
     student("Dario Semedo", "Madison Park Technical Vocational High School", 12),
     "2025-12-02 10:35", "Culinary arts kitchen",
     "Chef instructor found two off-white rocks wrapped in plastic in Dario's apron pocket; school "
     "officer says crack cocaine. Dario's dad speaks Kriolu, so the call home was done by Mr. Andrade.",
     substances=["crack cocaine"], fact="crack",
     mnc=["Kriolu"],
     mct=["apron pocket", "off-white rocks", "Chef instructor"],
     cats=["language"], tags=["staff_report"])

# ---------------------------------------------------------------------------------------------
# ALLOW: credible threat
# ---------------------------------------------------------------------------------------------
case("allow", "credible_threat",
     student("Jamal Ridley", "Dorchester Academy", 11),
     "2026-03-05 21:12", "Snapchat (off campus), directed at the school",
     "At 9:12 PM Jamal posted on Snapchat a photo of a pistol on his bed with the text \"dont come to "
     "school friday fr. Nub Lyfe\". Multiple parents forwarded it overnight. Principal called BPD at "
     "6:30 AM.",
     threat="Posted a photo of a handgun with a warning not to attend school on a named day (Friday 3/6). "
            "His older brother told SSS there is a gun in the house. The post names this school.",
     fact="pistol",
     attachments=[{"kind": "photo", "name": "snap_post_0305.jpg"}],
     mnc=["Nub Lyfe"],
     mct=["dont come to school friday", "pistol on his bed", "6:30 AM"],
     cats=["gang_affiliation"], tags=["social_media"])

case("allow", "credible_threat",
     student("Hamza Siddiqui", "Snowden International School", 10),
     "2025-11-20 10:25", "Room 410",
     "Hamza told Mr. Boyle in front of the class that he'd \"stab you in the parking lot\" after a grade "
     "dispute, then said it again to the AP. Kids have been calling him names for being Muslim and the "
     "family feels it was ignored.",
     threat="Student twice stated he would stab the teacher in the parking lot; teacher's car and "
            "schedule are known to him. He has brought a knife before (Sept, documented).",
     fact="stab",
     mnc=["Muslim"],
     mct=["parking lot", "grade dispute", "in front of the class"],
     cats=["religion"], tags=["staff_report"])

case("allow", "credible_threat",
     student("Ernesto Quispe", "Brighton High School", 9),
     "2026-02-12 09:10", "2nd floor boys' bathroom",
     "Note found taped to the 2nd floor boys' bathroom mirror: \"BOMB IN THE BUILDING 2/13 AT LUNCH\". "
     "His ESL teacher recognized the handwriting from his ESL journal and he admitted writing it.",
     threat="Written bomb threat naming a date and time (2/13 at lunch); student admitted authorship; "
            "he searched bomb-making videos on a school Chromebook per IT logs.",
     fact="bomb",
     mnc=["ESL teacher", "ESL journal"],
     mct=["taped to the 2nd floor boys' bathroom mirror", "2/13 AT LUNCH"],
     cats=["language"], tags=["staff_report"])

case("allow", "credible_threat",
     student("Vinh Pham", "TechBoston Academy", 11),
     "2025-10-02 13:30", "Math classroom",
     "Teacher found a notebook page titled \"list\" with 6 classmates' names, two crossed out, and the "
     "words \"friday after pep rally\". Vinh lives above his parents' shop in Fields Corner; mom came in.",
     threat="Handwritten list of six named students with a date (after Friday's pep rally); student "
            "said the listed students \"will see\" and has asked peers where to buy a gun.",
     fact="list",
     mnc=["Fields Corner"],
     mct=["6 classmates' names", "two crossed out", "after pep rally"],
     cats=["neighborhood"], tags=["staff_report"])

case("allow", "credible_threat",
     student("Ricardo Lafortune", "Jeremiah E. Burke High School", 10),
     "2026-04-22 11:45", "Hallway near room 150",
     "Ricardo told E.G. in the hall he would bring his uncle's gun tomorrow and \"handle it.\" Mom's "
     "voice message (translated by Ms. Pierre, a Creole-speaking para): \"Pitit mwen pa konsa... mwen "
     "pral chèche zam nan lakay tonton li.\" Uncle later confirmed he owns a handgun.",
     threat="Said to a specific student he would bring his uncle's gun the next day; the uncle owns a "
            "handgun and Ricardo has access to the uncle's apartment.",
     fact="gun",
     mnc=["Creole-speaking"],
     mct=["uncle's gun", "handle it", "owns a handgun"],
     cats=["language"], tags=["parent_message", "multilingual"])

case("allow", "credible_threat",
     student("Ashton Lowe", "Lyon High School", 12),
     "2026-01-13 22:40", "Discord DM to a classmate",
     "Screenshot sent to the principal: Ashton DMed S.B. on Discord \"ur dead monday, i got my dads "
     "rifle out already\". S.B.'s family reported it. Ashton also posted about his family's green card "
     "interview earlier that day (irrelevant, came in the screenshots).",
     threat="Direct message to a named student saying he would be dead Monday, referencing a rifle the "
            "student says he has already taken out; father confirmed he owns a rifle.",
     fact="rifle",
     mnc=["green card"],
     mct=["ur dead monday", "dads rifle", "Discord"],
     cats=["immigration_status"], tags=["social_media"])

case("allow", "credible_threat",
     student("Brianna Soto", "Excel High School", 9),
     "2025-12-18 16:50", "Group chat (off campus)",
     "Four students brought the AP a screenshot from a class group chat: Brianna wrote she was going to "
     "\"cut\" J.M. \"in the 3rd floor bathroom tmrw\" and posted a picture of a box cutter.",
     threat="Threatened to cut a named student in a named place the next day and posted a photo of a "
            "box cutter she had in hand.",
     fact="box cutter",
     mct=["3rd floor bathroom", "group chat", "picture of a box cutter"],
     tags=["social_media", "clean"])

case("allow", "credible_threat",
     student("Deshawn Pierce", "Community Academy of Science and Health", 11),
     "2026-03-09 08:55", "AP's office",
     "Deshawn said he was going to shoot T.K.'s older brother at the basketball courts after school; "
     "T.K. and Deshawn have a dispute over a girl. Deshawn was calm and specific.",
     threat="Student stated he will shoot T.K.'s brother at the courts after school today; he lives in "
            "Archdale and said \"everybody there got my back\" and that a gun is \"already there.\"",
     fact="shoot",
     mnc=["Archdale"],
     mct=["basketball courts", "dispute over a girl", "calm and specific"],
     cats=["neighborhood"], tags=["staff_report"])

case("allow", "credible_threat",
     student("Thanh Nguyen", "Dearborn STEM Academy", 10),
     "2026-05-01 10:15", "Guidance office",
     "Thanh told his counselor he has been thinking about bringing a knife to stab H.D., who has been "
     "bullying him, and described when (after 7th period at his locker). Counselor did a risk "
     "assessment. Parents came in with a cousin to translate; dad said the family's refugee case is "
     "still open.",
     threat="Student described a plan to stab a named student after 7th period at his locker and "
            "said he has a knife picked out at home.",
     fact="knife",
     mnc=["refugee", "to translate"],
     mct=["after 7th period", "risk assessment", "bullying him"],
     cats=["immigration_status", "language"], tags=["student_statement"])

case("allow", "credible_threat",
     student("Gavin Ortiz", "Boston Latin Academy", 10),
     "2026-04-07 12:05", "Hallway bulletin board",
     "A threat was written in marker on the back of a Latin Club bake sale flyer pinned to the hallway "
     "board: \"GAVIN WAS HERE. 4/10 EVERYONE IN ROOM 221 GETS IT.\" Gavin admitted it and has been "
     "researching how to buy ammunition on his phone.",
     threat="Written threat naming a date (4/10) and a room (221); author admitted it and has searched "
            "for ammunition purchases.",
     fact="ammunition",
     mct=["Latin Club bake sale flyer", "ROOM 221"],
     tags=["precision_trap"])

# ---------------------------------------------------------------------------------------------
# ALLOW: more precision traps
# ---------------------------------------------------------------------------------------------
case("allow", "serious_violence",
     student("Nathaniel Bright", "Mission Hill K-8", 8),
     "2025-11-12 12:50", "Mission Hill K-8, playground",
     "Three 8th graders ganged up on a 6th grader at recess; Nathaniel kicked him in the ribs after he "
     "fell. The 6th grader had two cracked ribs on x-ray.",
     fact="cracked ribs",
     mct=["ganged up on", "two cracked ribs", "kicked him in the ribs"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Zion Abernathy", "Henderson K-12 Inclusion School", 7),
     "2026-01-21 15:45", "Citizen Schools after-school program, room 120",
     "During the Citizen Schools apprenticeship session Zion took a folding knife from his backpack and "
     "held it to a classmate's ribs, saying \"give me the Switch.\" Volunteer took the knife.",
     weapon="knife", fact="folding knife",
     mct=["Citizen Schools", "give me the Switch", "classmate's ribs"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Lila Ferreira", "Fenway High School", 12),
     "2025-12-04 11:05", "Room 3B",
     "In her World Religions elective Lila took out a box cutter and cut A.H.'s backpack strap while "
     "A.H. was wearing it, nicking the skin on her shoulder (band-aid).",
     weapon="box cutter", fact="box cutter",
     mct=["World Religions elective", "backpack strap", "nicking the skin"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Darius Whitfield", "Boston Latin Academy", 11),
     "2026-03-12 09:25", "Chemistry lab, room 402",
     "Darius put on a face shield from the chem lab, took a 6 in. knife from his bag and stood over "
     "O.B. saying he'd cut him. Teacher talked him down; knife taken.",
     weapon="knife", fact="knife",
     mct=["face shield", "6 in. knife", "stood over"],
     tags=["precision_trap"])

case("allow", "serious_violence",
     student("Kayla Dunbar", "English High School", 10),
     "2026-02-19 10:30", "Room 208",
     "Kayla used abusive language toward the sub, then hit K.R. in the head with a stapler, knocking "
     "her out briefly; transported to Faulkner, concussion.",
     weapon="stapler", fact="concussion",
     mct=["abusive language", "knocking her out", "stapler"],
     tags=["precision_trap"])

case("allow", "serious_violence",
     student("Tremaine Cobb", "Urban Science Academy", 9),
     "2025-06-06 11:15", "Field day, track",
     "During the relay race at field day Tremaine shoved L.A. into the metal bleachers; L.A. split his "
     "scalp (14 staples) and was taken by ambulance.",
     fact="14 staples",
     mct=["relay race", "metal bleachers", "14 staples"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Owen Gallagher", "East Boston High School", 11),
     "2025-10-01 06:50", "Boathouse lot before crew practice",
     "Before morning crew practice Owen pulled a hunting knife on a teammate over a seat assignment. "
     "Coach took it; he admitted bringing it \"to scare\" the teammate.",
     weapon="knife", fact="hunting knife",
     mct=["crew practice", "seat assignment", "to scare"],
     tags=["precision_trap"])

case("allow", "weapon",
     student("Miguel Arroyo", "Margarita Muñiz Academy", 11),
     "2026-05-21 09:00", "Auditorium, morning assembly",
     "During the principal's address to the assembly, Miguel showed two friends a loaded revolver in "
     "his waistband; a teacher saw it and SSS removed him quietly.",
     weapon="firearm", fact="revolver",
     mct=["principal's address", "loaded revolver", "removed him quietly"],
     tags=["precision_trap"])

case("allow", "drugs",
     student("Hector Vasquez", "Charlestown High School", 12),
     "2026-04-30 13:40", "Outside the Bunker Hill Community College shuttle stop",
     "During the dual-enrollment class break at the shuttle stop, Hector sold 3 counterfeit Adderall "
     "pills; lab test by BPD later. He says he lives in the Bunker Hill development with his mom.",
     substances=["counterfeit Adderall (suspected methamphetamine)"], fact="counterfeit Adderall",
     mnc=["Bunker Hill development"],
     mct=["shuttle stop", "3 counterfeit Adderall", "dual-enrollment"],
     cats=["neighborhood"], tags=["precision_trap"])

# ---------------------------------------------------------------------------------------------
# DENY: ground not permitted
# ---------------------------------------------------------------------------------------------
case("deny", "fight",
     student("Jaylen Morales", "Excel High School", 10),
     "2025-10-16 12:15", "Cafeteria",
     "Jaylen and C.R. exchanged punches at lunch over a chair; both separated within 30 seconds, no "
     "injuries beyond a scratch. Jaylen lives in the Mary Ellen McCormack development.",
     reason="ground_not_permitted",
     mnc=["Mary Ellen McCormack"], cats=["neighborhood"], tags=["deny_ground"])

case("deny", "theft",
     student("Sofia Benedetti", "Boston Latin Academy", 9),
     "2025-11-07 14:00", "Girls' locker room",
     "AirPods Pro and a wallet taken from a gym locker; Sofia was seen on the hallway camera leaving the "
     "locker room holding the case. Family is Ecuadorian; mom's WhatsApp was in Spanish.",
     reason="ground_not_permitted",
     mnc=["Ecuadorian", "in Spanish"], cats=["ethnicity", "language"], tags=["deny_ground"])

case("deny", "vandalism",
     student("Kenny Lam", "Brighton High School", 11),
     "2026-01-09 07:30", "Exterior wall, Warren St side",
     "Spray-painted tags \"WVC 617\" on the back wall over the weekend; Kenny's sketchbook has the same "
     "tag. SSS says WVC is a crew out of the Commonwealth Ave towers.",
     reason="ground_not_permitted",
     mnc=["WVC", "Commonwealth Ave towers"], cats=["gang_affiliation", "neighborhood"],
     tags=["deny_ground"])

case("deny", "truancy",
     student("Ismael Diallo", "Snowden International School", 10),
     "2026-02-27 08:00", "Attendance office",
     "Ismael has 31 unexcused absences this year. Counselor believes he works mornings; family "
     "recently arrived from Guinea and mom asked for a Pulaar interpreter at the SST meeting.",
     reason="ground_not_permitted",
     mnc=["Guinea", "Pulaar"], cats=["national_origin", "language"], tags=["deny_ground"])

case("deny", "trespass",
     student("Roberto Carvalho", "Madison Park Technical Vocational High School", 12),
     "2026-03-20 17:30", "Building B roof access",
     "Roberto and two friends were found on the roof after hours; nothing damaged. He has been "
     "suspended before for the same thing.",
     reason="ground_not_permitted", tags=["deny_ground", "clean"])

case("deny", "gang_activity",
     student("Terrell Gaines", "Jeremiah E. Burke High School", 11),
     "2026-04-14 10:00", "N/A",
     "Requesting that BPD be informed that Terrell has been flashing hand signs associated with the "
     "Geneva Ave Gunnaz in the hallway and wearing their colors. No weapon, no incident.",
     reason="ground_not_permitted",
     mnc=["Geneva Ave Gunnaz", "hand signs"], cats=["gang_affiliation"], tags=["deny_ground"])

case("deny", "immigration_inquiry",
     student("Ana Lucía Herrera", "East Boston High School", 9,
             visa_status="B-2 overstay (per enrollment docs)"),
     "2026-01-30 09:00", "Welcome center",
     "A detective asked whether Ana Lucía is undocumented because an adult relative is under "
     "investigation. School is sending the enrollment record.",
     reason="ground_not_permitted",
     mnc=["undocumented", "B-2 overstay"], cats=["immigration_status"], tags=["deny_ground"])

case("deny", "suspicious_behavior",
     student("Abdullah Rahimi", "Boston Community Leadership Academy", 12),
     "2025-12-12 13:00", "Library computers",
     "Abdullah was watching news videos about the war in Afghanistan in Pashto during study hall and a "
     "staff member felt uneasy. He goes to the mosque on Friday afternoons and asked to leave early.",
     reason="ground_not_permitted",
     mnc=["Pashto", "mosque"], cats=["language", "religion"],
     tags=["deny_ground"])

case("deny", "bullying",
     student("Mackenzie Doyle", "Edwards Middle School", 7),
     "2026-02-02 11:00", "Online (TikTok)",
     "Mackenzie posted a TikTok mocking a classmate's clothes; 40+ comments piled on. Classmate is "
     "upset and missed two days.",
     reason="ground_not_permitted", tags=["deny_ground", "clean", "social_media"])

case("deny", "general_intelligence",
     student("Jevaughn Clarke", "English High School", 12,
             ethnicity="Jamaican", address="41 Wenham St, Jamaica Plain"),
     "2026-03-02 09:00", "N/A",
     "Per request from the district captain, sharing a roster of students seen with J.C. at the "
     "Forest Hills station after school. Jevaughn is on it. No incident.",
     reason="ground_not_permitted",
     mnc=["Jamaican", "Wenham St"], cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

case("deny", "missing_student",
     student("Esperanza Valdez", "Margarita Muñiz Academy", 10),
     "2026-04-03 08:30", "N/A",
     "Esperanza has not been in school for three days and her phone is off. Mom thinks she went to "
     "stay with an aunt in Lawrence; they are Salvadoran and mom is afraid of contacting police.",
     reason="ground_not_permitted",
     mnc=["Salvadoran"], cats=["ethnicity"], tags=["deny_ground"])

case("deny", "fire_alarm",
     student("Liam O'Connell", "Charlestown High School", 9),
     "2025-09-18 10:20", "2nd floor pull station",
     "Liam pulled the fire alarm during 3rd period; building evacuated for 25 minutes, BFD responded. "
     "He admitted it on camera review.",
     reason="ground_not_permitted", tags=["deny_ground", "clean"])

case("deny", "harassment",
     student("Fatima Osman", "Urban Science Academy", 11),
     "2026-05-12 14:30", "Group chat",
     "Fatima sent mean messages to a former friend after a breakup with a boy; no threats of harm. "
     "Both girls are Eritrean and the chat is mostly in Tigrinya, translated by a staff member.",
     reason="ground_not_permitted",
     mnc=["Eritrean", "Tigrinya"], cats=["ethnicity", "language"], tags=["deny_ground"])

case("deny", "serious_violence_rumor",
     student("Devin Marsh", "Lyon High School", 10),
     "2026-01-16 15:00", "N/A",
     "Students say Devin was in a fight at a party last weekend; no one from the school saw it and the "
     "other student hasn't reported anything.",
     reason="ground_not_permitted", tags=["deny_ground", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: excluded substances
# ---------------------------------------------------------------------------------------------
case("deny", "drugs",
     student("Aidan Kowalski", "Boston Latin Academy", 11),
     "2025-10-20 10:45", "3rd floor boys' bathroom",
     "Aidan caught hitting a dab pen in the bathroom; cart labelled 'Jungle Boys 1g'. He says it's THC.",
     substances=["THC cartridge"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Zaria Holmes", "Dorchester Academy", 9),
     "2026-02-09 12:30", "Cafeteria",
     "Zaria shared gummies from a package marked '100mg THC' with three girls at lunch; one got sick "
     "and went home. Zaria lives on Bowdoin Ave near the Codman Square library.",
     substances=["THC edibles"], reason="excluded_substance",
     mnc=["Bowdoin Ave", "Codman Square"], cats=["neighborhood"], tags=["deny_substance"])

case("deny", "drugs",
     student("Patrick Nolan", "English High School", 10),
     "2025-11-18 09:15", "Boys' bathroom",
     "Juul pods (5, mint) and a Juul device found in his hoodie.",
     substances=["Juul pods"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Rafael Antunes", "Brighton High School", 12),
     "2026-03-04 13:20", "Room 118",
     "Teacher saw Rafael tuck a pouch under his lip; tin of Zyn nicotine pouches in his pocket. His "
     "dad, who came from Cabo Verde last year, was called.",
     substances=["nicotine pouches"], reason="excluded_substance",
     mnc=["Cabo Verde"], cats=["national_origin"], tags=["deny_substance"])

case("deny", "drugs",
     student("Ciara Maguire", "Fenway High School", 11),
     "2025-12-19 14:10", "Holiday party, room 2C",
     "Three nips of Fireball found in Ciara's coat at the holiday party; she had been drinking.",
     substances=["cinnamon whisky (nips)"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Jasmine Pugh", "New Mission High School", 12),
     "2026-05-29 19:30", "Senior prom, bus loading",
     "Two cans of hard seltzer (White Claw) in Jasmine's clutch when boarding the prom bus.",
     substances=["hard seltzer"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Marvin Oduya", "TechBoston Academy", 10),
     "2026-01-12 11:00", "Hallway",
     "Disposable vape taken from Marvin; no label, he won't say what's in it. Student speaks Yoruba at "
     "home and his older sister translated.",
     substances=["vape, contents unknown"], reason="excluded_substance",
     mnc=["Yoruba"], cats=["language"], tags=["deny_substance"])

case("deny", "drugs",
     student("Austin Reardon", "Charlestown High School", 11),
     "2025-09-26 15:10", "Back lot",
     "Austin was rolling a blunt in the back lot after school; grinder and about 3 grams of weed.",
     substances=["marijuana", "blunt"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Shanice Ward", "Jeremiah E. Burke High School", 9),
     "2026-04-10 10:00", "Girls' bathroom",
     "Wax concentrate in a small silicone jar plus a torch lighter; Shanice said it's dabs. SSS says she "
     "is known to hang with the Norfolk Street Bloods girls.",
     substances=["THC wax"], reason="excluded_substance",
     mnc=["Norfolk Street Bloods"], cats=["gang_affiliation"], tags=["deny_substance"])

case("deny", "drugs",
     student("Cody Gilmore", "Madison Park Technical Vocational High School", 11),
     "2026-02-20 09:40", "Welding shop",
     "Chewing tobacco (Grizzly wintergreen) found in his locker; he was spitting in a cup in shop.",
     substances=["chewing tobacco"], reason="excluded_substance", tags=["deny_substance", "clean"])

case("deny", "drugs",
     student("Leah Goldstein", "Boston Arts Academy", 12),
     "2026-03-13 20:10", "After-school show, green room",
     "Bottle of vodka and a THC vape in Leah's dance bag backstage. Leah asked not to be called home on "
     "Friday night because her family observes Shabbat.",
     substances=["vodka", "THC vape"], reason="excluded_substance",
     mnc=["Shabbat"], cats=["religion"], tags=["deny_substance"])

case("deny", "drugs",
     student("Victor Mendes", "Community Academy of Science and Health", 10),
     "2025-11-24 12:05", "Stairwell C",
     "Victor had a 6-pack of beer and some cigarettes in his backpack; says they're for a party.",
     substances=["beer", "cigarettes"], reason="excluded_substance", tags=["deny_substance", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: recipient not permitted
# ---------------------------------------------------------------------------------------------
case("deny", "weapon",
     student("Carlos Mejía", "East Boston High School", 11),
     "2026-01-26 08:10", "Front entrance",
     "Knife (folding, 3 in.) in Carlos's backpack at entry. Request is that this go to the intelligence "
     "center because he is suspected MS-13.",
     recipient="bric", weapon="knife", reason="recipient_not_permitted",
     mnc=["MS-13"], cats=["gang_affiliation"], tags=["deny_recipient"])

case("deny", "drugs",
     student("Oksana Melnyk", "Brighton High School", 10),
     "2026-03-10 11:30", "Room 215",
     "Oksana had 4 oxycodone pills not prescribed to her. Sending to ICE liaison because the family "
     "entered on humanitarian parole from Ukraine.",
     recipient="ice", substances=["oxycodone"], reason="recipient_not_permitted",
     mnc=["humanitarian parole", "Ukraine"], cats=["immigration_status", "national_origin"],
     tags=["deny_recipient"])

case("deny", "weapon",
     student("Julio Batista", "Snowden International School", 12),
     "2025-12-01 09:00", "Lockers",
     "Taser found in locker; HSI agent asked for a copy.",
     recipient="dhs/hsi", weapon="taser", reason="recipient_not_permitted",
     tags=["deny_recipient", "clean"])

case("deny", "serious_violence",
     student("Amani Hassan", "English High School", 11),
     "2026-02-11 14:00", "Gym",
     "Amani broke another girl's nose with her elbow during a basketball argument, ER visit. Fusion "
     "center asked for all serious incidents involving Somali students this year.",
     recipient="commonwealth-fusion-center", reason="recipient_not_permitted",
     mnc=["Somali"], cats=["ethnicity"], tags=["deny_recipient"])

case("deny", "weapon",
     student("Edwin Portillo", "Excel High School", 9),
     "2026-04-01 10:20", "Front desk",
     "Box cutter found in his pencil case. CBP requested school records.",
     recipient="cbp", weapon="box cutter", reason="recipient_not_permitted",
     tags=["deny_recipient", "clean"])

case("deny", "credible_threat",
     student("Nathan Price", "Lyon High School", 12),
     "2026-01-07 10:00", "Online",
     "Nathan posted a video saying he'd shoot up the school on graduation day.",
     recipient="fbi/boston-field-office",
     threat="Video post naming graduation day and the school; he has access to his stepfather's guns.",
     reason="recipient_not_permitted", tags=["deny_recipient", "clean"])

case("deny", "weapon",
     student("Ahmed Farah", "Boston Community Leadership Academy", 10),
     "2025-10-27 15:00", "Mall entrance (after school)",
     "Ahmed showed a knife to security at the mall after school; the mall's security company asked us "
     "for his school record.",
     recipient="allied-universal-security", weapon="knife", reason="recipient_not_permitted",
     tags=["deny_recipient", "clean"])

case("deny", "drugs",
     student("Luca Romano", "Boston Latin Academy", 11),
     "2026-03-18 12:50", "Cafeteria",
     "Luca sold two Percocet (counterfeit) at lunch. State police task force asked for the file.",
     recipient="massachusetts-state-police", substances=["counterfeit Percocet"],
     reason="recipient_not_permitted", tags=["deny_recipient", "clean"])

case("deny", "weapon",
     student("Dwayne Fuller", "Dearborn STEM Academy", 12),
     "2025-11-14 08:40", "Entrance",
     "Loaded handgun found at entry. Please enter in the regional gang tracking system; he lives at "
     "the Orchard Gardens development.",
     recipient="bric/gang-unit", weapon="firearm", reason="recipient_not_permitted",
     mnc=["Orchard Gardens"], cats=["neighborhood"], tags=["deny_recipient"])

case("deny", "serious_violence",
     student("Samira Bouzid", "Fenway High School", 10),
     "2026-05-05 13:00", "Hallway",
     "Samira hit a student with a glass bottle, deep cut requiring stitches. Transit police asked for a "
     "copy because it continued on the Green Line.",
     recipient="mbta-transit-police", weapon="glass bottle", reason="recipient_not_permitted",
     tags=["deny_recipient", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: missing threat statement
# ---------------------------------------------------------------------------------------------
case("deny", "credible_threat",
     student("Jerome Whitaker", "Jeremiah E. Burke High School", 11),
     "2026-02-17 09:30", "Classroom",
     "Jerome said something about bringing a gun. See attached.",
     reason="missing_threat_statement", tags=["deny_threat", "clean"])

case("deny", "credible_threat",
     student("Paola Cintrón", "Margarita Muñiz Academy", 9),
     "2025-10-10 14:20", "Hallway",
     "Paola told a girl she'd \"see her after school\" with some friends; mom only reachable in Spanish "
     "via the interpreter line.",
     threat="",
     reason="missing_threat_statement",
     mnc=["interpreter line"], cats=["language"], tags=["deny_threat"])

case("deny", "credible_threat",
     student("Marcus Oyelaran", "Lyon High School", 10),
     "2026-03-24 11:10", "Online",
     "Concerning post on Instagram. Screenshot not available.",
     reason="missing_threat_statement", tags=["deny_threat", "clean", "social_media"])

case("deny", "credible_threat",
     student("Dominic Sutherland", "McCormack Middle School", 8),
     "2025-12-05 10:00", "Room 14",
     "Teacher reports Dominic drew pictures of guns in his notebook. He is Vietnamese-American and lives "
     "in Savin Hill.",
     reason="missing_threat_statement",
     mnc=["Vietnamese-American", "Savin Hill"], cats=["ethnicity", "neighborhood"], tags=["deny_threat"])

case("deny", "credible_threat",
     student("Skyler Beaumont", "Kennedy Academy for Health Careers", 12),
     "2026-04-23 12:00", "Lunchroom",
     "Overheard at lunch: Skyler saying the school \"deserves what's coming.\" Nothing else.",
     reason="missing_threat_statement", tags=["deny_threat", "clean"])

case("deny", "credible_threat",
     student("Amir Tehrani", "Boston Arts Academy", 11),
     "2026-01-20 09:45", "Studio",
     "Amir muttered about 'making them pay'. Family is Iranian; SSS wants BPD aware.",
     reason="missing_threat_statement",
     mnc=["Iranian"], cats=["ethnicity"], tags=["deny_threat"])

case("deny", "credible_threat",
     student("Isabella Quintero", "Irving Middle School", 7),
     "2025-11-03 13:30", "Bus",
     "A parent called saying Isabella threatened her daughter on the bus. No details given yet.",
     reason="missing_threat_statement", tags=["deny_threat", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: face surveillance
# ---------------------------------------------------------------------------------------------
case("deny", "weapon",
     student("Xavier Doucette", "Community Academy of Science and Health", 11),
     "2026-02-23 15:20", "Corner store near the school",
     "Knife brandished at a corner store after school. Store's camera system ran facial recognition and "
     "matched Xavier at 94% to his ID photo.",
     weapon="knife", reason="face_surveillance",
     attachments=[{"kind": "face_match", "name": "store_fr_result.pdf"}],
     mnc=["facial recognition", "94%"], cats=["face_surveillance"], tags=["deny_face"])

case("deny", "serious_violence",
     student("Quentin Ames", "Urban Science Academy", 12),
     "2026-03-06 16:00", "Bus stop",
     "Student assaulted at the bus stop, broken cheekbone. We don't know who did it; please run the "
     "attached yearbook photos of our 12th graders through face matching.",
     reason="face_surveillance",
     attachments=[{"kind": "photo", "name": "grade12_yearbook_photos.zip"}],
     mnc=["face matching"], cats=["face_surveillance"], tags=["deny_face"])

case("deny", "drugs",
     student("Lorenzo Batts", "East Boston High School", 10),
     "2025-12-15 11:45", "Boys' bathroom",
     "Fentanyl found in the bathroom trash. Identified Lorenzo by running the hallway camera still "
     "through Clearview (result attached).",
     substances=["fentanyl"], reason="face_surveillance",
     attachments=[{"kind": "face_match", "name": "clearview_hit.png"}],
     mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face"])

case("deny", "weapon",
     student("Imani Royster", "Dorchester Academy", 9),
     "2026-01-28 08:15", "Entrance",
     "Real pistol found in the trash can by entry. District camera vendor's face ID said the "
     "person who dropped it is Imani (confidence 'high').",
     weapon="firearm", reason="face_surveillance",
     mnc=["face ID"], cats=["face_surveillance"], tags=["deny_face"])

case("deny", "credible_threat",
     student("Patrice Dorval", "Brighton High School", 11),
     "2026-04-15 10:30", "Online",
     "Anonymous account posted a threat; the account's profile picture was compared to Patrice's "
     "school photo with a facial comparison app and it came back as a match.",
     threat="Post said \"brighton high gonna be on the news tomorrow\" with a picture of an AR-15.",
     reason="face_surveillance",
     mnc=["facial comparison"], cats=["face_surveillance"], tags=["deny_face", "social_media"])

case("deny", "weapon",
     student("Gideon Marsh", "Madison Park Technical Vocational High School", 12),
     "2025-10-14 13:00", "Shop yard",
     "Box cutter fight, no injury. Face template of Gideon enclosed for BPD's matching system.",
     weapon="box cutter", reason="face_surveillance",
     attachments=[{"kind": "face_template", "name": "gmarsh_template.bin"}],
     mnc=["Face template"], cats=["face_surveillance"], tags=["deny_face"])

case("deny", "drugs",
     student("Rosa Peña", "Margarita Muñiz Academy", 11),
     "2026-03-27 12:00", "Cafeteria",
     "Pills (Xanax). Lunch camera auto-tag identified Rosa by her face. Also, she is DACA.",
     substances=["Xanax"], reason="face_surveillance",
     mnc=["auto-tag", "DACA"], cats=["face_surveillance", "immigration_status"], tags=["deny_face"])

case("deny", "serious_violence",
     student("Tobias Kerr", "Boston Latin Academy", 10),
     "2026-05-08 14:45", "Track",
     "Student hit with a shot put on purpose; fractured foot. Request BPD face-recognize students in "
     "the attached crowd photo to find witnesses.",
     reason="face_surveillance",
     attachments=[{"kind": "photo", "name": "track_crowd.jpg"}],
     mnc=["face-recognize"], cats=["face_surveillance"], tags=["deny_face"])

# ---------------------------------------------------------------------------------------------
# DENY: replica / BB / airsoft (needs an approver's determination the request does not carry)
# ---------------------------------------------------------------------------------------------
case("deny", "weapon",
     student("Brayden Shea", "Edwards Middle School", 7),
     "2025-10-06 09:10", "Homeroom",
     "Brayden brought a black BB pistol in his backpack and showed it around homeroom.",
     weapon="BB gun", reason="other", tags=["deny_replica", "clean"])

case("deny", "weapon",
     student("Elias Rocha", "Irving Middle School", 8),
     "2026-02-25 12:40", "Schoolyard",
     "Airsoft pistol (orange tip removed) pointed at kids at recess; pellets hit a 6th grader's arm, "
     "red mark. His family prays at the Portuguese church and asked the priest to come in.",
     weapon="airsoft pistol", reason="other",
     mnc=["Portuguese church", "priest"], cats=["religion"], tags=["deny_replica"])

case("deny", "weapon",
     student("Tariq Bell", "TechBoston Academy", 9),
     "2026-04-27 08:05", "Entrance",
     "Realistic replica handgun (metal, non-firing) found at the scanner.",
     weapon="replica handgun", reason="other", tags=["deny_replica", "clean"])

case("deny", "weapon",
     student("Noah Fitzgerald", "McCormack Middle School", 6),
     "2025-12-10 10:00", "Classroom",
     "Toy gun that looks real (replica, no orange tip) pulled out during class as a joke. Kids panicked.",
     weapon="replica gun", reason="other", tags=["deny_replica", "clean"])

case("deny", "weapon",
     student("Dylan Ortega", "Lyon High School", 10),
     "2026-03-02 14:20", "Parking lot",
     "Airsoft rifle in the trunk of a friend's car, shown off at dismissal. He lives in Roslindale "
     "near Adams Park.",
     weapon="airsoft rifle", reason="other",
     mnc=["Roslindale", "Adams Park"], cats=["neighborhood"], tags=["deny_replica"])

case("deny", "weapon",
     student("Santiago Ruiz", "Snowden International School", 11),
     "2026-05-18 13:15", "Hallway",
     "Student shot a classmate in the leg with a BB gun from close range; small welt. He is from "
     "Colombia and on a student visa.",
     weapon="BB gun", reason="other",
     mnc=["Colombia", "student visa"], cats=["national_origin", "immigration_status"],
     tags=["deny_replica"])


def main():
    assert len(CASES) == 120, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for i, (req, exp) in enumerate(CASES, 1):
            cid = f"OW-{i:04d}"
            req = {"request_id": cid, **req}
            f.write(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
