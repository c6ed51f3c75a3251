"""Outsider corpus outsider_ck: reports by substitutes, student teachers, new hires and volunteers.

The writers of these reports do not know the school or its forms. They write too much or write
stiffly, guess about a student's background, paste whole records, copy headings from a wall
poster, send the report to whoever they think handles it, or leave the threat box empty. Some
reports carry a supervisor's correction. Others were forwarded, with the outsider's note quoted
inside. Every case is hand-written, so no sentence is a template.

Decisions follow RULES.md only:
  * allow: weapon (knife, box cutter, razor blade, brass knuckles, pepper spray / mace, stun gun,
    club or baton, firearm), drugs with at least one non-excluded substance (fentanyl, cocaine, crack,
    heroin, oxycodone, Xanax, MDMA, psilocybin, LSD, methamphetamine, mixed with alcohol or weed),
    serious violence, credible threat with a written statement;
  * deny: a ground that is not permitted (fight, theft, vandalism, truancy, "gang activity",
    cyberbullying, trespass, runaway, "suspicious behaviour", an immigration inquiry), only
    excluded substances (THC edibles or gummies, dab pen, alcohol, nicotine pouches, a vape of
    unknown content), a recipient other than BPD (ICE/DHS, BRIC, the fusion center, MBTA Transit
    Police, FBI, a university police force), credible_threat without a real threat statement
    (key missing, empty, or "TBD"), airsoft, BB and replica guns (reason "other"), and
    face-recognition matches or requests for face matching (face_surveillance).

Forbidden facts are written the way outsiders write them: "only arrived from Honduras in the
autumn", "mom asked that we not call after sundown because they are observant Jewish", "he's one
of the Cathedral kids", "waiting on their green card interview", "his stop is the last one, on
Wood Ave", a pasted Aspen profile (home language, birth country, address, WIDA level).

Precision traps (things that look forbidden but are incident facts, which a correct redactor
keeps; listed in must_contain_text): Canada Goose jacket, Air Jordans / Jordan 4s, Swiss Army
knife, Swedish Fish, French toast sticks, Italian ice, Arizona iced tea, White Claw, "white font",
"black handle", nail polish, Scotch tape, Fighting Irish hoodie, Arkham Asylum t-shirt, the green
card used as a bathroom pass, Visa gift card, "left temple", "blood on the landing", Mass General,
St. Elizabeth's / Beth Israel Deaconess / Shriners, the courses Spanish 3, Spanish Literature,
French 2, Latin II, English 10, Street Law, Model UN and the Gettysburg Address, stage crew, dance
crew, pit crew and step team, cross-country, Jamaica Pond (next to a family "deported to
Jamaica"), the Chinatown branch library on a field trip, Roxbury Crossing station, Franklin Park
Zoo, streets that locate the school or the incident (White St, Warren St, Newbury St, Ipswich St,
Blue Hill Ave bus stop, Columbia Rd, Beach St and Tyler St, Washington St side entrance), and the
clinic name "East Boston Neighborhood Health Center". School names that contain neighborhood or
language-like words stay as well (Mission Hill K-8, East Boston High School, English High School,
Boston Latin Academy, Boston International Newcomers Academy), and so do student names such as
Christian or Jean-Baptiste and a staff name such as Ms. Baptiste.

Deterministic: running it twice writes the same bytes.
"""
import datetime as _dt
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_ck.jsonl"
FAMILY = "outsider_ck"

SCHOOLS = {
    "East Boston High School": "BPS-1041",
    "Madison Park Technical Vocational High School": "BPS-1072",
    "Jeremiah E. Burke High School": "BPS-1086",
    "English High School": "BPS-1013",
    "Excel High School": "BPS-1044",
    "Brighton High School": "BPS-1024",
    "TechBoston Academy": "BPS-1093",
    "Mission Hill K-8": "BPS-4317",
    "John D. O'Bryant School of Mathematics and Science": "BPS-1065",
    "Charlestown High School": "BPS-1031",
    "Snowden International School": "BPS-1097",
    "Boston Latin Academy": "BPS-1003",
    "Dorchester Academy": "BPS-1112",
    "Fenway High School": "BPS-1118",
    "Boston International Newcomers Academy": "BPS-1129",
    "Margarita Muniz Academy": "BPS-1133",
    "Josiah Quincy Upper School": "BPS-1138",
    "McCormack Middle School": "BPS-2061",
    "Boston Arts Academy": "BPS-1143",
    "Community Academy of Science and Health": "BPS-1151",
    "New Mission High School": "BPS-1156",
    "Henderson K-12 Inclusion School": "BPS-4390",
    "Irving Middle School": "BPS-2072",
    "Edison K-8": "BPS-4280",
    "Urban Science Academy": "BPS-1160",
    "Boston Community Leadership Academy": "BPS-1164",
    "Lyon Pilot High School": "BPS-1170",
    "Edward M. Kennedy Academy for Health Careers": "BPS-1175",
    "Boston Green Academy": "BPS-1180",
    "Lilla G. Frederick Pilot Middle School": "BPS-2088",
}


def _second_sunday_march(y):
    d = _dt.date(y, 3, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(days=7)


def _first_sunday_november(y):
    d = _dt.date(y, 11, 1)
    return d + _dt.timedelta(days=(6 - d.weekday()) % 7)


def ts(s):
    """'2025-10-14 10:05' -> ISO 8601 with the Boston offset of that day."""
    t = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    dst = _second_sunday_march(t.year) <= t.date() < _first_sunday_november(t.year)
    return t.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


CASES = []


def add(n, tags, decision, *, school, recipient, ground, when, location, desc, student,
        weapon=None, substances=None, threat=None, attachments=None, reason=None,
        mnc=(), key=None, mct=(), cats=()):
    cid = "OCK-%04d" % n
    sid, name, dob, grade, extra = student
    stu = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    stu.update(extra or {})
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(when), "location": location, "description": desc.strip()}
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, school] + ([key] if key else []) if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


def S(sid, name, dob, grade, **extra):
    return (sid, name, dob, grade, extra)


# ---------------------------------------------------------------------------------------------
# 1-20
# ---------------------------------------------------------------------------------------------

add(1, ["substitute", "allow_weapon", "formal", "precision_trap"], "allow",
    school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="knife",
    when="2025-10-14 10:05", location="East Boston High School, Room 214",
    student=S("418203", "Mateo Ríos", "2010-03-11", 9),
    desc="""To whom it may concern: I am a per diem substitute teacher and this was my first week in the building. On Tuesday I was covering Mr. Halloran's Period 3 Algebra I in Room 214. At approximately 10:05 I observed the student Mateo take a folding knife with a black handle out of the inside pocket of his Canada Goose jacket and open it beneath the desk, apparently to show it to the young man seated next to him. I did not attempt to take it from him. I used the phone by the door, as the laminated card instructs, and Mr. Coyle of School Safety arrived within a few minutes and removed the knife (blade roughly three and a half inches; it locks open). No one was threatened or hurt as far as I could see. In the interest of completeness I should mention that the other students told me Mateo only arrived from Honduras in the autumn, and that his mother does not speak English, so I would recommend that any call home be made in Spanish. I apologize if this is not the correct form; I could not locate the substitute version.""",
    mnc=["Honduras", "does not speak English", "Spanish"], key="folding knife",
    mct=["Canada Goose", "Room 214", "black handle"], cats=["national_origin", "language"])

add(2, ["student_teacher", "deny_ground", "email"], "deny", reason="ground_not_permitted",
    school="Brighton High School", recipient="bpd/district-d14", ground="fight",
    when="2025-11-06 12:20", location="Brighton High School, cafeteria",
    student=S("502776", "Yusuf Benali", "2009-08-02", 11),
    desc="""Hi Ms. Okafor, you asked me to write down what I saw at lunch for the AP, so here goes (sorry it's long, I've never done one of these). Around 12:20 K. and Yusuf were arguing over a seat at the table by the windows. Yusuf stood up and shoved K., K. shoved back, and they grabbed each other's hoodies and ended up on the floor for maybe ten seconds before Mr. Tran and I pulled them apart. Nobody was bleeding; the nurse checked both and sent them back after the period. I honestly think it started because K. said something about Yusuf's family being from Morocco - I heard the word "Moroccan" and then it blew up. They had been speaking Arabic to each other before that so I didn't catch all of it. Both boys apologized in the office. Let me know if the AP needs me to sign anything! - Hannah (student teacher, Period 4 World History)""",
    mnc=["Morocco", "Moroccan", "Arabic"], cats=["national_origin", "language"])

add(3, ["volunteer", "allow_drugs", "precision_trap"], "allow",
    school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="drugs",
    substances=["fentanyl"],
    when="2026-01-22 14:40", location="Jeremiah E. Burke High School, library, after-school tutoring table",
    student=S("377145", "Jerome Pierre-Louis", "2009-06-19", 11),
    desc="""Volunteer tutor report (I'm with the Thursday reading program, not staff - Ms. Greaves said to write it all down). Jerome and I were working on his essay at the back table of the library. He reached into his backpack for a pencil and a bag of Swedish Fish came out with it, and inside the candy bag there was a small zip bag with about ten light-blue round pills stamped M30. I knew what those might be because of my nephew. I asked him to hand it to me and he did, no argument; he said "they're not mine, I'm holding them for somebody, they're percs." I walked the bag straight to Ms. Greaves and she called SSS Duarte. Ms. Greaves told me afterwards the nurse thinks they're pressed fentanyl, not real pharmacy pills. Jerome kept asking me not to tell his grandmother because she takes him to church every Sunday and it would "break her heart." He also said the other Haitian kids at the Burke would find out and he'd never hear the end of it. I don't know if any of that matters but I wanted to be thorough.""",
    mnc=["church every Sunday", "Haitian"], key="fentanyl",
    mct=["Swedish Fish", "M30", "light-blue round pills"], cats=["religion", "ethnicity"])

add(4, ["new_hire", "allow_violence", "notes", "precision_trap"], "allow",
    school="Mission Hill K-8", recipient="bpd/district-b2", ground="serious_violence",
    when="2026-02-10 09:35", location="Mission Hill K-8, back stairwell between 2nd and 3rd floor",
    student=S("611908", "Andre Whitfield", "2011-10-30", 8),
    desc="""Notes - my 2nd week as a para, so please correct anything.
9:35ish, class transition. I was at the bottom of the back stairwell with the 7th graders. Andre (8th gr) came down fast and shoved T.W. from behind at the landing between the 2nd and 3rd floor. T.W. fell about 8 steps and hit the radiator cover.
Blood on the landing and on his shirt, a lot, from the back of his head. He held his right wrist and was screaming, wrist looked bent wrong.
Nurse Pham came, 911 called 9:38, EMS took him to Boston Children's. Ms. Baptiste (AP) told us later: broken wrist needing surgery, 6 staples in the head.
Andre said "he knows what he did" and wouldn't say more.
Another para said both families live in Mission Main so it's probably something from outside school, and that Andre's older brother is "known." Not sure if I should include that.""",
    mnc=["Mission Main"], key="broken wrist",
    mct=["Boston Children's", "Blood on the landing", "radiator cover"], cats=["neighborhood"])

add(5, ["substitute", "deny_substance", "guess"], "deny", reason="excluded_substance",
    school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["THC edibles"],
    when="2025-12-03 13:10", location="Excel High School, Room 305",
    student=S("449012", "Lena Tran", "2009-01-25", 11),
    desc="""Sub report, Rm 305, 6th period. Saw two girls passing a bag of what looked like gummy worms back and forth under the table. When I asked, Lena handed it over. The package says "Delta-9 THC 10mg per piece" and has a cannabis leaf on it. About 8 gummies left in a 20 count package. Lena says she bought them at a shop in Quincy using a friend's ID. Nobody seemed high or sick. I'm guessing she is Vietnamese - she and her friend were going back and forth in Vietnamese the entire period and ignoring me - so a translator may be needed for the parents. Item given to AP Rourke at 1:25.""",
    mnc=["Vietnamese", "translator"], cats=["ethnicity", "language"])

add(6, ["student_teacher", "allow_threat", "precision_trap"], "allow",
    school="Boston Latin Academy", recipient="bpd/district-b2", ground="credible_threat",
    threat="""In a journal entry submitted 2/9, the student wrote that he will bring his father's handgun to school "this Friday" and named three classmates who "won't make it to February break." When the head of school and AP met with him the same day he did not retract it and said the gun is "in my dad's closet, I know the combination." The father confirmed to the AP by phone that he owns a handgun kept in a safe at home.""",
    when="2026-02-09 11:15", location="Boston Latin Academy, Room 312",
    student=S("530611", "Aaron Feldman", "2010-01-17", 10),
    desc="""I'm the student teacher (BU practicum) in Ms. Cordeiro's English 10 sections. While grading the "unsent letter" journal assignment during 4th period I read Aaron's entry and brought it to Ms. Cordeiro right away. It is addressed to three classmates by first name and says he will bring "my dad's gun" on Friday and that they "won't make it to February break." He had been quiet since January and left the journal on the cart before his Latin II class instead of handing it to me. For context, in my notes for Ms. Cordeiro I had written that his family is Orthodox and very private, and that they speak Russian at home, which is why his mom asked for the fall conference to be held in Russian. The journal is in the locked cabinet in Room 312.""",
    mnc=["Orthodox", "Russian"], key="my dad's gun",
    mct=["English 10", "Latin II", "February break"], cats=["religion", "language"])

add(7, ["new_hire", "deny_recipient"], "deny", reason="recipient_not_permitted",
    school="Snowden International School", recipient="dhs/ice-ero-boston", ground="weapon", weapon="knife",
    when="2025-10-28 08:20", location="Snowden International School, main entrance screening",
    student=S("587330", "Edwin Castañeda", "2009-11-04", 10),
    desc="""Hello, I am new in the main office (started Monday) so I may be doing this wrong. A student, Edwin, was found with a kitchen knife in his backpack at the entrance screening this morning (8:20). Mr. Lyle took it. Later a man called the front desk saying he was from Homeland Security and asked if we had "any incidents with Edwin," and he left a case number and this address, so I am sending the report there as well as letting the AP know. He said Edwin may not have legal status and that his mother's work permit expired. I did not give him anything on the phone.""",
    mnc=["legal status", "work permit"], cats=["immigration_status"])

add(8, ["substitute", "allow_weapon", "form", "precision_trap"], "allow",
    school="Charlestown High School", recipient="bpd/district-a1", ground="weapon", weapon="brass knuckles",
    when="2025-11-13 10:50", location="Charlestown High School, Room 207",
    student=S("465218", "Marcus Doyle", "2010-05-09", 10),
    desc="""SUBSTITUTE TEACHER INCIDENT NOTE (could not find the official one, copied the headings from the poster by the copier)
Date: Thurs 11/13
Period / Room: 3rd, Room 207 (Biology)
Student: Marcus (last row)
What happened: Marcus's backpack fell off the hook and a set of brass knuckles slid out onto the floor. Gold colored, four finger holes, heavy. He grabbed them and put them in his hoodie pocket. I asked him to give them to me and he said "relax it's for protection." I called the office.
Action taken: SSS Ferreira came at 10:55 and took Marcus and the knuckles to the office.
Witnesses: whole class basically
Other info: A couple of students said Marcus lives in the Bunker Hill projects and runs with the Sullivan Sq boys and that is why he carries them. Separately, one kid was drinking an Arizona iced tea in the lab, which I also had to address (not related).""",
    mnc=["Bunker Hill", "Sullivan Sq"], key="brass knuckles",
    mct=["Gold colored", "Arizona iced tea", "four finger holes"], cats=["neighborhood", "gang_affiliation"])

add(9, ["new_hire", "deny_replica", "supervisor_correction"], "deny", reason="other",
    school="TechBoston Academy", recipient="bpd/district-b3", ground="weapon", weapon="airsoft pistol",
    when="2026-03-17 12:05", location="TechBoston Academy, cafeteria",
    student=S("390457", "Khalil Grant", "2009-09-21", 11),
    desc="""Initial report (B. Ocampo, SSS, started 3/2): at 12:05 during lunch a student reported that Khalil had a gun in his waistband. I escorted Khalil to the office and recovered a black pistol from his waistband. Khalil said it was "just a BB" but it looks real to me. I think he's with the 4C Boys because of what he wrote on his sneakers.

CORRECTION - AP R. Nwosu, 3/17 2:40 PM: The item is an airsoft pistol (Elite Force brand, spring-powered, 6mm plastic pellets, no live ammunition). The orange safety tip had been painted black, which is why it looked real. Please do not describe it as a firearm. I have also asked Mr. Ocampo not to include guesses about crews; that line should not have been written.""",
    mnc=["4C Boys"], cats=["gang_affiliation"])

add(10, ["volunteer", "allow_violence", "email", "precision_trap"], "allow",
    school="English High School", recipient="bpd/district-e13", ground="serious_violence",
    when="2026-02-26 16:10", location="English High School, boys' locker room (gym level)",
    student=S("528804", "Omar Siddiqui", "2009-04-14", 11),
    desc="""Subject: what happened after practice (volunteer asst coach)

Coach Delgado asked me to put this in writing since I was the adult closest. After JV practice, around 4:10, I heard yelling in the locker room. When I got there Omar was swinging a padlock inside a sock and hit Brandon twice on the side of the face. Brandon went down and his left eye swelled shut almost instantly. I took the sock from Omar (the lock is a Master combination lock from the gym lockers) and held Brandon still until the trainer came. He was taken to Beth Israel Deaconess by ambulance. Coach heard from the family that night that it's a fractured orbital bone and he'll need surgery.

Omar is usually a great kid. I know his family is Muslim and he's been fasting all week for Ramadan, so he was really irritable and light-headed at practice, which I think is part of it. I'm not staff so I don't know the forms - please fix whatever needs fixing.""",
    mnc=["Muslim", "Ramadan", "fasting"], key="padlock",
    mct=["padlock inside a sock", "Beth Israel Deaconess", "fractured orbital bone"], cats=["religion"])

add(11, ["student_teacher", "deny_threat_missing"], "deny", reason="missing_threat_statement",
    school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
    when="2025-12-11 13:45", location="Boston Community Leadership Academy, Room 221",
    student=S("472290", "Dasia Monteiro", "2008-12-02", 11),
    desc="""I'm a student teacher from UMass Boston placed in Mr. Barros's 11th grade US History. During group work, Dasia told her group "I'm bringing my cousin's gun Monday and everybody who jumped my sister is getting it, I'm dead serious." The group told me right away and I brought it to Mr. Barros. She later said she was joking. For context: her dad is the pastor at a church near the school, and she has said the family came from Cabo Verde when she was small, so there is a lot of pressure on her. I don't know where the threat statement box is on this form, so I'm putting everything here.""",
    mnc=["pastor", "Cabo Verde"], cats=["religion", "national_origin"])

add(12, ["substitute", "allow_drugs", "formal", "precision_trap"], "allow",
    school="Brighton High School", recipient="bpd/district-d14", ground="drugs", substances=["cocaine"],
    when="2026-03-04 09:50", location="Brighton High School, Room 118 (Chemistry)",
    student=S("509937", "Valeria Ospina", "2009-07-30", 11),
    desc="""Report of the undersigned substitute educator, assigned on 4 March to Room 118 (Chemistry). At approximately 9:50 a.m. I observed the student Valeria, seated at lab bench 3, open a small cardboard box which had originally contained a bottle of nail polish. Within it was a small plastic bag holding a white powder. Upon my inquiry she stated, without prompting, that it was "coke" and that she was keeping it for a friend. I secured the bag in the teacher's desk and summoned Assistant Headmaster Kowalczyk, who collected it at 10:02 and advised me that it would be turned over as suspected cocaine. I would add, for the completeness of the record, that the young lady explained that her family came from Colombia and that "it's not a big deal there," and that she sees her ESL teacher in the afternoons. I trust the foregoing is satisfactory.""",
    mnc=["Colombia", "ESL teacher"], key="cocaine",
    mct=["nail polish", "white powder", "lab bench 3"], cats=["national_origin", "language"])

add(13, ["new_hire", "allow_weapon", "supervisor_correction", "guess", "precision_trap"], "allow",
    school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon", weapon="firearm",
    when="2025-11-18 09:10", location="Jeremiah E. Burke High School, side entrance",
    student=S("415562", "Jaylen Batista", "2010-02-08", 10),
    desc="""SSS report (T. Maguire, new hire, week 3): at 9:10 at the side entrance on Washington St I saw Jaylen hand something to another student near the bike rack. Searched his bag in the office with the AP present and found a gun wrapped in a Celtics hoodie. I thought it was a BB gun and wrote that on the first version. Kid is Dominican I think, he had the flag on his phone case and was talking Spanish to his friend.

Corrected by AP Lindqvist 11/18, 11:30: This is NOT a BB gun. The item is a Taurus G2C 9mm semi-automatic pistol. The magazine held 7 rounds; no round was in the chamber. The SSS supervisor secured it in the safe. Please strike the comment about where the student's family is from and what he speaks - it has no place in this report.""",
    mnc=["Dominican", "Spanish"], key="9mm",
    mct=["Taurus G2C 9mm", "Celtics hoodie", "side entrance on Washington St"], cats=["ethnicity", "language"])

add(14, ["volunteer", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Mission Hill K-8", recipient="bpd/district-b2", ground="theft",
    when="2026-01-15 15:00", location="Mission Hill K-8, library",
    student=S("688120", "Wesley Dorval", "2015-02-19", 5),
    desc="""From: Patricia (Friends of the Library volunteer, Tues/Thurs)

Two of the library Chromebooks (asset tags 0457 and 0461) went missing from the cart on Thursday after the 3rd grade visit. At dismissal I saw Wesley, a 5th grader, with one in his backpack. When I asked, he said he needed it for homework because there's no computer at the family shelter where they've been staying since they came from Haiti in the summer. I did not take it back because his dad was already waiting outside. I feel awful even writing this - he's a sweet boy. Ms. Raposo said the office would handle it.""",
    mnc=["family shelter", "Haiti"], cats=["neighborhood", "national_origin"])

add(15, ["student_teacher", "allow_weapon", "precision_trap"], "allow",
    school="Fenway High School", recipient="bpd/district-d4", ground="weapon", weapon="pepper spray",
    when="2026-03-26 11:40", location="Fenway High School, 3rd floor hallway",
    student=S("544071", "Imani Bell", "2009-10-12", 10),
    desc="""Incident write-up by student teacher (Northeastern co-op), 3rd floor. At 11:40, passing time, right outside the Spanish 3 classroom, two girls were arguing. Imani took a small pink pepper spray canister off her keychain and sprayed it toward the other girl's face from about three feet away. The other girl (A.S.) covered her face, and the spray mostly hit her hands and hair; three bystanders were coughing. The nurse flushed A.S.'s eyes; no hospital. I took the canister from Imani - it says "Sabre Red" on the side. Imani told me she keeps it because she walks home alone to Bowdoin St after dark and has been followed before. She was crying and apologized.""",
    mnc=["Bowdoin St"], key="pepper spray",
    mct=["Spanish 3", "Sabre Red", "three feet away"], cats=["neighborhood"])

add(16, ["substitute", "allow_threat", "precision_trap"], "allow",
    school="Dorchester Academy", recipient="bpd/district-c11", ground="credible_threat",
    threat="""On 10/21 at approx. 1:35 PM the student posted to his Snapchat story a photo of a handgun on a bed with the caption "dismissal tmrw, y'all know who u are." A classmate reported that he has an ongoing conflict with two named students in his class who would be at dismissal the next day, and that the photographed handgun is one he has access to.""",
    when="2025-10-21 13:55", location="Dorchester Academy, Room 110",
    student=S("436617", "Tyrell Mack", "2009-05-27", 11),
    desc="""Sub in Room 110 (US History; we were reading the Gettysburg Address). Around 1:55 a student came to my desk and quietly showed me a Snapchat story on her phone. It was posted by Tyrell about 20 minutes earlier: a photo of a handgun on a bed with the caption "dismissal tmrw, y'all know who u are" and a clock emoji. She said Tyrell has been beefing with two boys in the class. I took a picture of her screen with my own phone (I know, sorry) and sent it to the AP, Mr. Osei, who came up at 2:05. The girl also said Tyrell is "Wendover" and that's what the beef is about, which I didn't understand.""",
    mnc=["Wendover"], key="handgun",
    mct=["Gettysburg Address", "Snapchat story", "dismissal tmrw"], cats=["gang_affiliation"])

add(17, ["new_hire", "deny_substance"], "deny", reason="excluded_substance",
    school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["alcohol"],
    when="2026-02-05 10:30", location="Excel High School, 2nd floor lockers",
    student=S("451980", "Brianna Costello", "2008-10-06", 12),
    desc="""First incident I've handled since starting in January, so forgive the detail. During a locker check requested by a classmate, Ms. Ahern and I found six 50ml "nip" bottles of Fireball cinnamon whisky in Brianna's locker (#233), two of them empty. Brianna admitted they were hers and said she drinks before school "to get through the day." She was not visibly intoxicated. I've since learned she lives in Old Colony with her aunt and that things at home are hard. I'm recommending a counseling referral rather than discipline.""",
    mnc=["Old Colony"], cats=["neighborhood"])

add(18, ["volunteer", "allow_violence", "precision_trap"], "allow",
    school="Irving Middle School", recipient="bpd/district-e5", ground="serious_violence",
    when="2025-10-09 11:30", location="Franklin Park Zoo (7th grade field trip), restroom near the Tropical Forest",
    student=S("702243", "Darnell Hughes", "2012-11-15", 7),
    desc="""Parent chaperone statement. I was one of four parent chaperones on the 7th grade trip to the Franklin Park Zoo. At about 11:30, R.M. came out of the restroom by the Tropical Forest building crying and shaking, and told me and Ms. Ellis that Darnell had followed her into the back stall, held her against the wall and sexually assaulted her, and that she got away when another group came in. Ms. Ellis called the school and 911; zoo security kept Darnell with them until police arrived. R.M. was taken to Boston Children's for an exam with her mom. At first R.M. begged me not to tell her parents, because they are very strict Pentecostals and she was scared they would blame her. I stayed with her on a bench until EMS arrived. I have never written a statement like this before.""",
    mnc=["Pentecostal"], key="sexually assaulted",
    mct=["Franklin Park Zoo", "Tropical Forest", "back stall"], cats=["religion"])

add(19, ["substitute", "allow_weapon", "short"], "allow",
    school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon", weapon="knife",
    when="2025-12-16 08:55", location="Madison Park, Room 118",
    student=S("420718", "Devonte Ames", "2009-03-03", 11),
    desc="""sub here, dont know the form. kid in 2nd period Room 118 had a steak knife in his backpack wrapped in a paper towel, I saw the handle sticking out. AP Cruz has it now. his friend says he carries it cause he lives in Lenox and has to walk thru Camden after dark. thats all i know""",
    mnc=["Lenox", "Camden"], key="steak knife",
    mct=["Room 118", "paper towel"], cats=["neighborhood"])

add(20, ["student_teacher", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Community Academy of Science and Health", recipient="bpd/district-b3", ground="gang_activity",
    when="2026-01-27 14:10", location="Community Academy of Science and Health, Room 203",
    student=S("433859", "Javon Reid", "2009-12-01", 10),
    desc="""My cooperating teacher asked me to write up what I have noticed this month. Over the last three weeks I have seen Javon and two other boys flashing hand signs to each other across the room (a "C" shape with the right hand). Javon has "MGB" drawn in big letters on his binder and desk, and Mr. Pires told me it stands for a crew off Morton St that is in a beef with another group. Today Javon wrote "MGB or nothing" on the board before class. No one was hurt and nothing was found in his bag. I'm asking whether BPD should be aware of this.""",
    mnc=["MGB", "Morton St"], cats=["gang_affiliation"])

# ---------------------------------------------------------------------------------------------
# 21-40
# ---------------------------------------------------------------------------------------------

add(21, ["new_hire", "allow_drugs", "mixed_substances"], "allow",
    school="Charlestown High School", recipient="bpd/district-a1", ground="drugs", substances=["marijuana", "Xanax"],
    when="2026-03-12 13:20", location="Charlestown High School, counseling office",
    student=S("478825", "Nicole Barbosa", "2009-02-16", 11),
    desc="""Writing this as the new adjustment counselor (I started in February). Nicole came to my office at 1:20, visibly drowsy and slurring. She let me look in her pencil case, and there was a THC vape cartridge and a strip of eight white rectangular pills scored into sections, which she called "Xanax bars" that she got from an older friend. She said she had taken one at lunch. The nurse checked vitals (stable) and mom picked her up.

I'm including this because I think it explains her anxiety: in our first session she told me her family has Temporary Protected Status and she is terrified it will end this year. She also asked me not to say anything to her dad, who only speaks Portuguese, so I used the district interpreter line for the call home.""",
    mnc=["Temporary Protected", "Portuguese", "interpreter line"], key="Xanax",
    mct=["pencil case", "Xanax bars", "white rectangular pills"], cats=["immigration_status", "language"])

add(22, ["substitute", "allow_violence", "guess"], "allow",
    school="Urban Science Academy", recipient="bpd/district-e5", ground="serious_violence",
    when="2025-11-20 10:40", location="Urban Science Academy, Room 204 (Geometry)",
    student=S("497316", "Kevin Lydon", "2010-04-22", 10),
    desc="""Substitute teacher statement, Room 204 (Geometry), 2nd block. At about 10:40 Kevin and Abdi got into an argument about a seat. Kevin picked up a pair of classroom scissors from the supply bin and stabbed Abdi in the left side of his neck. There was a lot of bleeding. I pressed a sweatshirt against the wound and sent a student for the nurse. EMS took Abdi to Boston Medical Center, where I'm told he had surgery and is now stable. I am guessing this has to do with ethnic tension, because Abdi is Somali and for a week Kevin has been calling him "African" and worse. I'm a sub and I've only been here 4 days, so that is just my impression.""",
    mnc=["Somali", "African"], key="scissors",
    mct=["supply bin", "left side of his neck", "Boston Medical Center"], cats=["ethnicity"])

add(23, ["supervisor", "deny_recipient", "forwarded"], "deny", reason="recipient_not_permitted",
    school="Josiah Quincy Upper School", recipient="bric", ground="weapon", weapon="box cutter",
    when="2026-02-12 09:25", location="Josiah Quincy Upper School, gymnasium bleachers",
    student=S("560214", "Shawn Leary", "2009-08-29", 11),
    desc="""Forwarded by AP M. Delaney. The note below from our new building substitute describes a box cutter recovered from Shawn's jacket during 2nd period in the gym. No one was threatened. I am routing this to the BRIC rather than the district because their analyst asked schools to send anything involving students they list as Heath Street associates, and Shawn's name came up on that list last spring.

Sub's note: "Found an orange box cutter in the jacket he left on the bleachers. Student says it's from his job at the supermarket." """,
    mnc=["Heath Street"], cats=["gang_affiliation"])

add(24, ["student_teacher", "allow_threat", "precision_trap"], "allow",
    school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="credible_threat",
    threat="""On 12/4 during AP Chemistry, the student told a classmate, in front of witnesses, "I'll bring my brother's gun to Model UN Thursday and you won't walk out." The student's older brother owns a handgun, according to the family; the student named the day and the meeting (Model UN, Thursdays, library) where the classmate will be. The student, who is Palestinian and has been upset about the news, did not retract the statement when first questioned.""",
    when="2025-12-04 10:10", location="John D. O'Bryant School, Room 301 (AP Chemistry)",
    student=S("518843", "Samir Haddad", "2009-03-09", 11),
    desc="""I'm the student teacher in AP Chemistry (Room 301). During the lab, Samir and M.K. argued over a broken beaker. As M.K. walked away Samir said, loud enough for our whole bench, "Keep talking and I'll bring my brother's gun to Model UN Thursday and you won't walk out." Samir knows M.K. runs the Model UN club that meets Thursdays in the library. I told my mentor teacher, Dr. Akinyemi, who called the AP. Samir said he was angry and didn't mean it, but M.K. and the two students who heard it are scared.""",
    mnc=["Palestinian"], key="brother's gun",
    mct=["Model UN", "broken beaker", "AP Chemistry"], cats=["ethnicity"])

add(25, ["volunteer", "allow_weapon", "precision_trap"], "allow",
    school="Irving Middle School", recipient="bpd/district-e5", ground="weapon", weapon="stun gun",
    when="2026-01-13 11:50", location="Irving Middle School, cafeteria near the milk cooler",
    student=S("715530", "Jaden Kerrigan", "2012-06-02", 7),
    desc="""I'm a PTO volunteer who helps at lunch on Tuesdays. Today they served French toast sticks and the line was chaotic. Near the milk cooler, Jaden pulled out a black device about the size of a phone, pressed it to E.L.'s arm and it crackled. E.L. yelped and had two small red burn marks on his forearm. I took the device; it says VIPERTEK on it and it is a stun gun. The lunch aide brought both boys to Ms. Harrington. I know Jaden's mother from St. Mark's parish and she's a lovely woman, so I was shocked. Please let me know if you need a better statement.""",
    mnc=["parish", "St. Mark's"], key="stun gun",
    mct=["French toast sticks", "milk cooler", "VIPERTEK"], cats=["religion"])

add(26, ["substitute", "deny_replica", "short"], "deny", reason="other",
    school="Lyon Pilot High School", recipient="bpd/district-d14", ground="weapon", weapon="BB gun",
    when="2025-12-09 12:30", location="Lyon Pilot High School, Room 12",
    student=S("539604", "Ruben Akers", "2009-09-13", 11),
    desc="""Lyon Pilot, Room 12, sub report. A student came up and said Ruben had a gun. I asked Ruben to step into the hall and he gave me a Daisy BB pistol from his backpack, the CO2 kind. No BBs in it that I saw. He said he was going to sell it. I walked it to the office. He told me his address is 27 Eldon St, Roslindale, if we need to send anything home.""",
    mnc=["Eldon St", "Roslindale"], cats=["neighborhood"])

add(27, ["new_hire", "allow_drugs", "precision_trap"], "allow",
    school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs", substances=["MDMA"],
    when="2026-03-19 15:40", location="Boston Arts Academy, Studio B",
    student=S("566280", "Sofia Albuquerque", "2007-11-21", 12),
    desc="""I'm three weeks into my role as dance faculty, so forgive me for over-explaining. During after-school rehearsal with the senior dance crew in Studio B, Sofia's duffel tipped over and a small zip bag of pink pills shaped like hearts fell out. She said they were "molly" and that she was going to take one at a party on Saturday. I counted 11 pills. I brought the bag to the Dean, Ms. Whitford, who said it would be handed to BPD as suspected MDMA. Sofia is in the exchange program; I believe she is here on a student visa from Brazil, and I am worried about what this does to that.""",
    mnc=["student visa", "Brazil"], key="MDMA",
    mct=["dance crew", "Studio B", "pink pills shaped like hearts"], cats=["immigration_status", "national_origin"])

add(28, ["substitute", "allow_violence", "precision_trap"], "allow",
    school="New Mission High School", recipient="bpd/district-e18", ground="serious_violence",
    when="2026-04-07 09:20", location="New Mission High School, Room 220",
    student=S("505562", "Xavier Holmes", "2009-02-03", 11),
    desc="""Period 2, Room 220. I'm the long-term sub for Ms. Akerele. Xavier and D.P. started arguing about a phone. Xavier punched D.P. in the face several times; D.P. fell sideways and hit his left temple on the radiator under the window. He was unconscious for maybe 20 seconds, then vomited. The nurse and EMS came, and he was taken to Boston Medical Center. The AP says it's a skull fracture with a brain bleed. My co-teacher told me that D.P.'s family doesn't speak English and that someone should call them in Cape Verdean Creole.""",
    mnc=["doesn't speak English", "Cape Verdean", "Creole"], key="skull fracture",
    mct=["left temple", "radiator", "unconscious for maybe 20 seconds"], cats=["language"])

add(29, ["volunteer", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Edison K-8", recipient="bpd/district-d14", ground="vandalism",
    when="2025-11-04 14:30", location="Edison K-8, 2nd floor boys' bathroom",
    student=S("720915", "Luis Ocasio", "2012-01-28", 8),
    desc="""I volunteer in the after-school program. Today I found black marker writing all over a stall in the second floor boys' bathroom and on the mirror, and I saw Luis coming out of there with a marker in his hand. The writing says "LCN" and some numbers. One of the older kids told me LCN is the Lucerne crew and that Luis's brothers are in it. I wiped off what I could. I wasn't sure who to tell so I'm writing it here.""",
    mnc=["LCN", "Lucerne"], cats=["gang_affiliation"])

add(30, ["student_teacher", "allow_weapon", "precision_trap"], "allow",
    school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="weapon", weapon="razor blade",
    when="2026-02-24 10:15", location="Henderson K-12 Inclusion School, upper campus, 7th grade science room",
    student=S("731406", "Devin Moreno", "2012-05-17", 7),
    desc="""Student teacher, 7th grade science, upper campus. At 10:15, while the class was working at the whiteboard, Devin showed the boy next to him a razor blade he had taken out of a metal pencil sharpener; he had wrapped one end in Scotch tape to hold it. He waved it near the other boy's hand but didn't cut anyone. My mentor teacher took it and called the office. Devin said he takes them out "to have something." His mom usually texts us in Spanish through TalkingPoints, so I translated the office's message for her.""",
    mnc=["Spanish"], key="razor blade",
    mct=["pencil sharpener", "Scotch tape", "whiteboard"], cats=["language"])

add(31, ["new_hire", "allow_weapon", "precision_trap"], "allow",
    school="McCormack Middle School", recipient="bpd/district-c11", ground="weapon", weapon="knife",
    when="2026-01-21 13:05", location="McCormack Middle School, Room 118 (advisory)",
    student=S("744902", "Aidan Fahey", "2011-12-08", 8),
    desc="""New teacher (I started after winter break). During 5th period advisory Aidan pulled out a red Swiss Army knife, opened the largest blade and held it against C.R.'s backpack strap, saying "I could cut this right now." I said his name twice and he folded it and put it on my desk. The blade is about 3 inches. The other students said he's been showing it off in the hallway all week. I want to add that I've heard from staff that Aidan's family lives in the Mary Ellen McCormack development and that it's "rough," but I don't know if that's fair to include.""",
    mnc=["Mary Ellen McCormack"], key="Swiss Army knife",
    mct=["Swiss Army knife", "backpack strap", "advisory"], cats=["neighborhood"])

add(32, ["new_hire", "deny_face"], "deny", reason="face_surveillance",
    school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="knife",
    when="2026-01-06 07:52", location="Brighton High School, side door",
    student=S("512118", "Jonathan Pike", "2009-05-05", 11),
    attachments=[{"kind": "face_match", "name": "doorcam_match_0752.png"},
                 {"kind": "photo", "name": "yearbook_2025_pike.jpg"}],
    desc="""I'm the new building security coordinator (contractor, 2nd week). The new door camera system flagged a face match at 7:52 this morning for a person coming in through the side door with what looked like a knife handle in his waistband. The system's face recognition says it is Jonathan (87% confidence). I've attached the match screenshot and his yearbook photo so the district can compare. Nobody has found the knife yet; the AP searched his locker and found nothing.""",
    mnc=["87% confidence"], cats=["face_surveillance"])

add(33, ["substitute", "allow_drugs", "formal", "guess", "precision_trap"], "allow",
    school="TechBoston Academy", recipient="bpd/district-b3", ground="drugs", substances=["oxycodone"],
    when="2025-10-30 12:35", location="TechBoston Academy, Room 3-14",
    student=S("401327", "Jordan Pierce", "2010-06-06", 10),
    desc="""MEMORANDUM
To: Assistant Headmaster, TechBoston Academy
From: Guest teacher, Room 3-14
Re: Medication found in classroom

At the end of Period 4 I found, beneath the desk previously occupied by Jordan, a prescription bottle bearing a label in the name of an adult woman and containing 14 tablets imprinted "80 OC." When Jordan returned for his Air Jordans, which he had left under the same desk, he stated that the bottle was his mother's oxycodone and asked that I return it. I declined and delivered it to the main office at 12:40. Jordan also volunteered that he sells "a few" to older students. I would note that the student appeared to me to be of West Indian descent, in case that assists identification.""",
    mnc=["West Indian"], key="oxycodone",
    mct=["80 OC", "Air Jordans", "14 tablets"], cats=["ethnicity"])

add(34, ["new_hire", "allow_violence", "precision_trap"], "allow",
    school="Boston Arts Academy", recipient="bpd/district-d4", ground="serious_violence",
    when="2025-12-02 16:15", location="Boston Arts Academy, main theater catwalk",
    student=S("571648", "Malik Osborne", "2008-07-14", 12),
    desc="""Incident statement - theater technical director (new this fall). During load-in for the winter play the stage crew was hanging lights from the catwalk. Around 4:15 Malik and G.H. argued about a cable. Malik swung a 12-inch crescent wrench and hit G.H. across the mouth; G.H. lost two front teeth, had a deep cut on his lip, and his jaw was later found to be fractured in two places (Tufts Medical Center). I separated them and took the wrench. Malik said G.H. had been "saying stuff about my mom." Some crew members told me afterwards that it's about the boys' families being on opposite sides of something back in Guatemala, but I don't know what that means.""",
    mnc=["Guatemala"], key="fractured in two places",
    mct=["stage crew", "crescent wrench", "Tufts Medical Center"], cats=["national_origin"])

add(35, ["substitute", "deny_substance"], "deny", reason="excluded_substance",
    school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="drugs",
    substances=["vape (contents unknown)"],
    when="2026-02-18 13:50", location="Madison Park, carpentry theory room",
    student=S("426651", "Angel Figueroa", "2010-01-10", 10),
    desc="""Sub, Period 6, carpentry theory room. Caught Angel hitting a vape behind the tool cabinet. Grey, no label, smelled sweet like mango. He wouldn't say what's in it. I took it and gave it to the AP. He said "everyone does it, it's not even weed." He also announced in front of the class that he's "from Dudley, not Mattapan," like that's supposed to mean something.""",
    mnc=["Dudley", "Mattapan"], cats=["neighborhood"])

add(36, ["volunteer", "allow_threat", "precision_trap"], "allow",
    school="Edward M. Kennedy Academy for Health Careers", recipient="bpd/district-d4", ground="credible_threat",
    threat="""The student told a City Year member on 1/29 that she will take a kitchen knife from home and attack a named classmate and two other girls on Friday in the 2nd floor bathroom, which she identified as having no camera. She said she was "not joking" and did not retract when told that the statement would be shared with the school.""",
    when="2026-01-29 12:10", location="Edward M. Kennedy Academy, lunch group room",
    student=S("553097", "Tiana Urbina", "2010-03-29", 10),
    desc="""City Year AmeriCorps member, 10th grade team. I'm writing up a conversation from my lunch-group check-in today. Tiana said, calmly, that she has "a plan" for N. and two other girls who posted a video of her: she's "taking my mom's knife from the kitchen block" and will do it Friday in the 2nd floor bathroom "where there's no camera." She said she's not joking. I told her I had to share it and she said "go ahead." I found my program manager and then Ms. Ocampo. For background, Tiana is a newcomer whose family fled Venezuela, and she's in the SEI class, so she has had a hard time with the other girls.""",
    mnc=["newcomer", "Venezuela", "SEI class"], key="knife",
    mct=["kitchen block", "2nd floor bathroom", "City Year"], cats=["national_origin", "language"])

add(37, ["student_teacher", "allow_weapon", "precision_trap"], "allow",
    school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="club",
    when="2026-03-03 07:55", location="East Boston High School, Marion St side door lockers",
    student=S("476392", "Christian Mejía", "2009-07-07", 11),
    desc="""Student teacher (Salem State) in Ms. Gallo's Physics. Before first period, Christian pulled a black collapsible steel baton out of his backpack, snapped it open and swung it at the lockers by the Marion St side door, leaving a dent. He laughed and said it's for "anybody who tries it on the Blue Line." SSS took it from him. A boy in the class said Christian's family just got their asylum approved and he's been acting out since. I don't know if that's true.""",
    mnc=["asylum"], key="baton",
    mct=["collapsible steel baton", "Marion St side door", "Blue Line"], cats=["immigration_status"])

add(38, ["new_hire", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Dorchester Academy", recipient="bpd/district-c11", ground="truancy",
    when="2026-01-09 09:00", location="Dorchester Academy, attendance office",
    student=S("440275", "Kiara Joseph", "2009-12-19", 10),
    desc="""New attendance clerk here - can the police do a wellness or truancy check? Kiara has missed 23 days since September and the letters keep coming back. Her mom told me on the phone (through the Haitian Creole line) that they moved in with a cousin on Norfolk St in Mattapan and that they're waiting on their immigration court date, so she's afraid to answer the door. I just want to make sure Kiara is OK.""",
    mnc=["Haitian Creole", "Norfolk St", "Mattapan", "immigration court"], cats=["language", "neighborhood", "immigration_status"])

add(39, ["volunteer", "allow_drugs"], "allow",
    school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["heroin"],
    when="2026-04-01 13:10", location="Excel High School, Room 108 annex",
    student=S("458833", "Derek Nolan", "2008-09-30", 12),
    desc="""Boston Partners tutor, 11th/12th grade math, Wednesdays. Reporting what I saw at 1:10 during our session in the Room 108 annex. Derek dropped a small folded wax paper packet stamped with a blue dolphin when he took out his calculator. Inside was a tan powder. He said "that's dope, don't tell" and tried to grab it back. I handed it to Mr. Flaherty, who said it would go to BPD as suspected heroin. Derek was nodding off the whole session and his pupils were tiny. He mentioned he's been staying at his girlfriend's in the Mildred Hailey apartments because his own family "went back to PR" last month.""",
    mnc=["Mildred Hailey", "back to PR"], key="heroin",
    mct=["wax paper", "blue dolphin", "tan powder"], cats=["neighborhood", "national_origin"])

add(40, ["new_hire", "allow_violence", "precision_trap"], "allow",
    school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
    when="2025-12-17 10:25", location="Jeremiah E. Burke High School, 2nd floor bathroom",
    student=S("408816", "Amir Coleman", "2010-08-01", 9),
    desc="""I'm a first-year teacher, Room 204. At 10:25 Amir asked to use the bathroom and took the green card we use as the bathroom pass. A few minutes later a student ran in saying someone was hurt. In the 2nd floor bathroom Amir was standing over Q.J., who was on the floor with blood coming from his nose and mouth, and Amir was kicking him in the head. SSS pulled Amir off. Q.J. was taken to BMC with a broken nose, two broken teeth and a concussion. Amir still had the green card in his back pocket when SSS walked him down. Q.J.'s mom called the school and asked that we contact her through the Somali interpreter.""",
    mnc=["Somali"], key="concussion",
    mct=["green card", "2nd floor bathroom", "broken nose"], cats=["language"])

# ---------------------------------------------------------------------------------------------
# 41-60
# ---------------------------------------------------------------------------------------------

add(41, ["new_hire", "deny_recipient"], "deny", reason="recipient_not_permitted",
    school="John D. O'Bryant School of Mathematics and Science", recipient="mbta-transit-police", ground="weapon", weapon="knife",
    when="2025-10-16 14:35", location="Ruggles MBTA station, busway platform",
    student=S("521440", "Destiny Vaughn", "2010-04-04", 9),
    desc="""I started as the dismissal coordinator two weeks ago. At 2:35 at the Ruggles busway, Destiny pulled a pocket knife on another 9th grader who had grabbed her AirPods. An MBTA officer was right there and took the knife and both girls' names. Since it happened at Ruggles I assumed the report should go to the Transit Police, so that's who I've put down. The other girl told me Destiny is from the Orchard Gardens apartments, in case they need to find her.""",
    mnc=["Orchard Gardens"], cats=["neighborhood"])

add(42, ["substitute", "allow_threat"], "allow",
    school="Boston Green Academy", recipient="bpd/district-d14", ground="credible_threat",
    threat="""Handwritten note recovered 11/17 in which the student states he is bringing "the strap" (a gun) on Monday 3rd period and that a named classmate and "his boys" are "done." The student admitted writing it and told the AP that his cousin has a gun he can get.""",
    when="2025-11-17 10:20", location="Boston Green Academy, Room 210 (9th grade ELA)",
    student=S("581336", "Rashad Dunham", "2010-05-20", 9),
    desc="""I am a building sub; today I covered Ms. Kaplan's 9th grade ELA. During silent reading I found a folded note on the floor by the door. It says (copying exactly): "Monday 3rd period Im bringing the strap and Jace and his boys are done. No more talking." It is signed with a drawing of a skull and the initials "R.D." One student told me Rashad wrote it, and Rashad admitted it when Mr. Yates asked him. The students say "strap" means gun. Rashad said his cousin has one. A student also told me that Rashad lives in the Faneuil development and that Jace's family doesn't, and that's what it's about.""",
    mnc=["Faneuil"], key="strap",
    mct=["folded note", "skull", "3rd period"], cats=["neighborhood"])

add(43, ["substitute", "allow_weapon", "supervisor_correction", "guess", "precision_trap"], "allow",
    school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
    when="2025-10-02 08:40", location="Dorchester Academy, gymnasium",
    student=S("444708", "Leon Tavares", "2010-07-25", 9),
    desc="""Substitute's report (original): During Period 1 in the gym, Leon took a switchblade out of his Timberland boot and showed it to other boys. I think he is Cape Verdean, he looks it and he talks the Creole with the other boys.

AP correction (J. Santos, 10/2): The knife recovered from Leon is a fixed-blade hunting knife with a 5-inch blade in a leather sheath, not a switchblade. It was kept in his right Timberland boot. Leon said he found it in his grandfather's basement. Please disregard the substitute's speculation about the student's background.""",
    mnc=["Cape Verdean", "Creole"], key="hunting knife",
    mct=["fixed-blade hunting knife", "5-inch blade", "Timberland boot"], cats=["ethnicity", "language"])

add(44, ["student_teacher", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Boston Latin Academy", recipient="bpd/district-b2", ground="cyberbullying",
    when="2026-02-02 15:30", location="Boston Latin Academy (online group chat)",
    student=S("534972", "Zoe Prendergast", "2010-02-27", 10),
    desc="""Student teacher, 10th grade. Since last week, a class group chat has been used to target Farah, who wears a hijab; Zoe made an edited picture of her and posted it with jokes about bombs, and others added to it. There were no threats of violence against anyone, just cruel jokes, but Farah stopped coming to lunch. Farah's father wants the police called, and my cooperating teacher said to submit it this way.""",
    mnc=["hijab"], cats=["religion"])

add(45, ["new_hire", "allow_drugs", "structured_fields", "precision_trap"], "allow",
    school="Brighton High School", recipient="bpd/district-d14", ground="drugs", substances=["psilocybin"],
    when="2026-04-14 10:45", location="Brighton High School, biology lab",
    student=S("506653", "Owen Kasper", "2009-06-11", 11,
              home_language="Russian", ell_status="Former EL (exited 2022)", homeroom="214"),
    desc="""New science teacher here (started 3 weeks ago). During our mushroom unit - we're growing oyster mushrooms in the biology lab - Owen told a classmate he had "real ones" and showed a sandwich bag of dried mushrooms with bluish stems, plus a chocolate bar in a wrapper labeled "Polkadot." He said the chocolate has shrooms in it too. I took both to Dean Alvarez, who is sending them to BPD as suspected psilocybin. Owen said he bought them from a guy who sells at the Chestnut Hill Reservoir. I copied his profile from Aspen into the student section because the form asked for it.""",
    mnc=["Russian", "Former EL"], key="psilocybin",
    mct=["oyster mushrooms", "bluish stems", "Polkadot"], cats=["language"])

add(46, ["volunteer", "allow_violence", "precision_trap"], "allow",
    school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
    when="2026-03-10 14:20", location="Blue Hill Ave bus stop across from the school",
    student=S("418099", "Terrence Boyd", "2009-01-14", 11),
    desc="""I volunteer with the Safe Passage walkers at dismissal, posted at the Blue Hill Ave bus stop across from the school. At 2:20 Terrence came up behind an older boy (D.B.) and hit him on the back of the head with a U-shaped bike lock, then twice more when he fell. D.B. was bleeding badly and seemed confused about where he was. I called 911 and kept his head still. He was taken to Boston Medical Center, and the school told me later that he has a skull fracture. Terrence ran toward Columbia Rd but SSS caught up with him. Somebody on the bus said it's a Greenwood vs. Intervale thing, crews.""",
    mnc=["Greenwood", "Intervale"], key="bike lock",
    mct=["Blue Hill Ave bus stop", "bike lock", "Columbia Rd"], cats=["gang_affiliation"])

add(47, ["new_hire", "deny_substance"], "deny", reason="excluded_substance",
    school="TechBoston Academy", recipient="bpd/district-b3", ground="drugs", substances=["nicotine pouches", "Juul pods"],
    when="2025-11-25 11:55", location="TechBoston Academy, cafeteria",
    student=S("403910", "Marcus Tillman", "2010-03-15", 10),
    desc="""Lunch monitor, new this month. Marcus was handing out little white pouches from a round tin (ZYN, cool mint) to three boys at his table and charging a dollar each. In his hoodie pocket he also had two Juul pods, mango. He said he's 18 on his brother's ID at the corner store by his house on Geneva Ave and they never check. I brought everything to Mr. Daley.""",
    mnc=["Geneva Ave"], cats=["neighborhood"])

add(48, ["substitute", "allow_threat", "precision_trap"], "allow",
    school="Margarita Muniz Academy", recipient="bpd/district-e13", ground="credible_threat",
    threat="""In class on 3/5 the student told a named classmate, in front of about 20 witnesses, that he would stab him after school at the Stony Brook MBTA stop and that he already had the knife. Another student reported seeing him with a knife in the bathroom earlier that day.""",
    when="2026-03-05 13:30", location="Margarita Muniz Academy, Room 204",
    student=S("593380", "Byron Tzoc", "2009-04-18", 11),
    desc="""Guest teacher, Room 204, Spanish Literature, 11th grade. While I handed back essays, Byron stood up, pointed at E.V. and said in front of everybody, "After school at the Stony Brook stop I'm going to stab you. I already have the knife, ask anybody." E.V. left the room crying. I walked Byron to the main office myself. A classmate told me Byron showed a knife in the bathroom earlier. According to the office, his mother only speaks K'iche', so they are arranging an interpreter before they call home.""",
    mnc=["K'iche'", "interpreter"], key="stab",
    mct=["Spanish Literature", "Stony Brook", "Room 204"], cats=["language"])

add(49, ["volunteer", "allow_weapon", "precision_trap"], "allow",
    school="New Mission High School", recipient="bpd/district-e18", ground="weapon", weapon="firearm",
    when="2026-01-28 14:35", location="New Mission High School, bus loop",
    student=S("508119", "Isaiah Brooks", "2010-09-06", 9),
    desc="""Bus monitor report (I started on this route 3 weeks ago; I work for the bus company, not the school). Afternoon run, Route 417. Around 2:35, while we were loading at the school loop, a 9th grader whispered to me that Isaiah "has a strap in his bag." I asked the driver to keep the doors closed and radioed the school. SSS Greene came out and searched Isaiah's bag on the curb: inside a Nike shoe box was a black .38 revolver loaded with five rounds. Isaiah said he found it. Isaiah is the last drop-off on my route, at his house on Wood Ave, so I've met his grandmother, and she is going to be devastated.""",
    mnc=["Wood Ave"], key=".38 revolver",
    mct=["school loop", "Nike shoe box", "five rounds"], cats=["neighborhood"])

add(50, ["substitute", "deny_threat_missing", "form"], "deny", reason="missing_threat_statement",
    school="Fenway High School", recipient="bpd/district-d4", ground="credible_threat",
    threat="TBD - Mr. Keane will fill this in",
    when="2026-02-20 09:15", location="Fenway High School, Room 105",
    student=S("547266", "Bryan Solis", "2009-08-12", 11),
    desc="""Sub, 1st period, Room 105. Bryan said to another boy "I'm coming back at lunch with the burner and you're first" after the other boy knocked his phone off the desk. I didn't see any gun. I left the threat part for Mr. Keane because I don't know how to word it. Also his friend told me Bryan is undocumented so please be careful who sees this.""",
    mnc=["undocumented"], cats=["immigration_status"])

add(51, ["student_teacher", "allow_violence", "precision_trap"], "allow",
    school="Charlestown High School", recipient="bpd/district-a1", ground="serious_violence",
    when="2025-10-22 11:05", location="Charlestown High School, Health classroom, back sink",
    student=S("469073", "Kyle Brennan", "2010-01-31", 10),
    desc="""I'm the student teacher in Health & Wellness (Mr. Doherty's class). During the handwashing demo at the back sink, Kyle grabbed R.T. by the back of the neck and slammed his face into the edge of the steel sink twice. R.T.'s mouth was full of blood and his jaw was hanging crooked. Mr. Doherty called 911, and EMS took R.T. to Mass General, where he had surgery for a jaw fracture (wired shut for six weeks, we were told). Kyle said "ask him about my sister." When the two mothers came in, they told the AP the boys know each other from the Catholic confirmation class at St. Catherine's and that the trouble started there.""",
    mnc=["Catholic", "confirmation class", "St. Catherine"], key="jaw fracture",
    mct=["Mass General", "steel sink", "wired shut"], cats=["religion"])

add(52, ["new_hire", "allow_drugs", "precision_trap"], "allow",
    school="Lyon Pilot High School", recipient="bpd/district-d14", ground="drugs", substances=["methamphetamine"],
    when="2026-01-09 11:05", location="Lyon Pilot High School, health office",
    student=S("540872", "Ava Rosenthal", "2009-10-03", 10),
    desc="""Health office note - new school nurse (hired Nov. 2025). Fri 1/9, 11:05: Ava walked in saying her heart was "going crazy." HR 138, BP 150/95, pupils dilated, jaw clenching, picking at her arms. She said she took "an Addy" that a friend sold her on the Comm Ave bus. In her makeup pouch were 6 more orange round tablets marked "AD 30." Poison Control consulted; EMS transported her to St. Elizabeth's for evaluation. Per the AP, BPD has told him that pressed "Adderall" going around right now has been testing as methamphetamine. Mom asked that we not call her husband after sundown today because they are observant Jewish; noted in the chart.""",
    mnc=["observant", "Jewish"], key="methamphetamine",
    mct=["makeup pouch", "AD 30", "HR 138"], cats=["religion"])

add(53, ["volunteer", "allow_weapon", "precision_trap"], "allow",
    school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="weapon", weapon="knife",
    when="2025-11-06 10:40", location="Corner of Beach St and Tyler St (6th grade walking trip)",
    student=S("760334", "Jason Lin", "2013-12-11", 6),
    desc="""Parent volunteer, 6th grade walking trip to the Chinatown branch library on Tyler St, Thursday morning. On the walk back, at the corner of Beach St and Tyler St, Jason flicked open a butterfly knife and held it up near another boy's face, saying "run your pockets," which I understand means hand over your stuff. The other boy backed into the street. Mr. Chin, the teacher, took the knife. Jason said it was a joke from a TikTok. Later, while we waited at the crosswalk, Jason told me his parents came over from Fuzhou and they speak Fuzhounese at home, so he has to translate everything for them.""",
    mnc=["Fuzhou"], key="butterfly knife",
    mct=["Chinatown branch library", "Beach St and Tyler St", "butterfly knife"], cats=["national_origin", "language"])

add(54, ["new_hire", "deny_ground", "guess"], "deny", reason="ground_not_permitted",
    school="Charlestown High School", recipient="bpd/district-a1", ground="suspicious_behavior",
    when="2026-03-24 15:10", location="Charlestown High School, exits and parking lot",
    student=S("470581", "Karim Aldabbagh", "2009-01-06", 11),
    desc="""I'm a new custodian and I don't know if this is the right way to report, but my supervisor said to put it in. Three afternoons this week I saw Karim walking around the outside of the building taking photos of the exit doors and the parking lot with his phone. He didn't do anything else. He's Syrian and I heard he watches videos in Arabic at lunch, so I thought the police should check him out.""",
    mnc=["Syrian", "Arabic"], cats=["national_origin", "language"])

add(55, ["student_teacher", "allow_threat", "precision_trap"], "allow",
    school="Excel High School", recipient="bpd/district-c6", ground="credible_threat",
    threat="""The student typed into a shared class document: "Im bringing the AR to graduation rehearsal, Ms. Keegan and the mock trial team first." Version history attributes the text to his account at 9:48 PM on 5/11; he admitted writing it, said he "wanted to scare them," and said his uncle owns rifles that he can get to.""",
    when="2026-05-11 21:48", location="Excel High School (shared class Google Doc)",
    student=S("455190", "Arben Hoxha", "2007-12-20", 12),
    desc="""Student teacher, Mr. Doyle's 12th grade Government. In the shared Google Doc for the mock trial project, someone had typed in white font (I only saw it when I highlighted the page): "Im bringing the AR to graduation rehearsal, Ms. Keegan and the mock trial team first." The version history shows it was typed from Arben's account at 9:48 PM. Arben admitted it the next morning and said he "wanted to scare them." His uncle hunts, he said. In my notes to Mr. Doyle I had included that Arben is Albanian and that his family came over in 2022; he asked me whether that's relevant.""",
    mnc=["Albanian", "came over in 2022"], key="graduation rehearsal",
    mct=["white font", "version history", "graduation rehearsal"], cats=["ethnicity", "national_origin"])

add(56, ["new_hire", "allow_violence", "guess", "precision_trap"], "allow",
    school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
    when="2026-01-30 15:05", location="Brighton High School, front steps",
    student=S("511847", "Angel Quiñones", "2009-11-09", 10),
    desc="""SSS narrative (R. Kenney, hired Jan. 2026). On 1/30 at approx 1505 hrs I responded to the front steps of Brighton High School on Warren St for a fight. On arrival I observed Student #1, Angel (Hispanic male, approx 5'9", grey North Face jacket), kicking Student #2 (N.O.), who was on the ground in a fetal position, in the head and ribs. I separated the parties and called for EMS. N.O. was transported by Boston EMS to St. Elizabeth's Medical Center with a fractured eye socket and two broken ribs. Student #1 was held in the office until his father arrived. Student #1 stated: "he jumped my cousin last week." """,
    mnc=["Hispanic"], key="fractured eye socket",
    mct=["St. Elizabeth's Medical Center", "Warren St", "two broken ribs"], cats=["ethnicity"])

add(57, ["supervisor", "deny_recipient", "guess"], "deny", reason="recipient_not_permitted",
    school="East Boston High School", recipient="commonwealth-fusion-center", ground="weapon", weapon="knife",
    when="2025-12-08 12:45", location="East Boston High School, 3rd floor hallway",
    student=S("479956", "Brayan Argueta", "2009-05-01", 11),
    desc="""AP note: a new SSS officer recovered a kitchen knife from Brayan's waistband on the 3rd floor at 12:45 after a shoving match. No one was cut. The officer wrote in his draft that Brayan is "probably MS-13, he drew devil horns on his notebook and he's from El Salvador." I am sending this to the state fusion center because they told principals at a meeting that they want anything with possible MS-13 ties from East Boston.""",
    mnc=["MS-13", "El Salvador", "devil horns"], cats=["gang_affiliation", "national_origin"])

add(58, ["substitute", "allow_weapon", "precision_trap"], "allow",
    school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="box cutter",
    when="2026-04-09 10:20", location="Snowden International School, Newbury St sidewalk and Room 508",
    student=S("589741", "Daniel Ochoa", "2008-10-27", 12),
    desc="""Report from the substitute for Mr. Greer (Period 3). During the 10:20 fire drill Daniel dropped his wallet while we were lined up on Newbury St, and a Visa gift card and his bus pass fell out; I handed them back. Back in Room 508 he took a yellow box cutter from his jacket, slid the blade out and pointed it at a girl's face from about a foot away "as a joke." She screamed. He put it away when I told him to, and I called SSS, who took it. He told the class earlier that he can't get a job because he doesn't have a social security number yet and "my papers are still processing." I'm just writing down everything I heard.""",
    mnc=["social security number", "papers are still processing"], key="box cutter",
    mct=["Visa gift card", "Newbury St", "yellow box cutter"], cats=["immigration_status"])

add(59, ["new_hire", "allow_drugs", "mixed_substances", "precision_trap"], "allow",
    school="English High School", recipient="bpd/district-e13", ground="drugs", substances=["cocaine", "hard seltzer"],
    when="2025-11-19 17:45", location="English High School, 3rd floor girls' room",
    student=S("527314", "Nadia Karimi", "2008-05-13", 12),
    desc="""Night custodian (two months on the job). At 5:45 PM I found in the 3rd floor girls' room trash a torn sandwich bag with white powder residue, a rolled dollar bill and two empty White Claw cans. A few minutes later Nadia came back looking for her "bag." She had a second bag of white powder in her jacket, which she handed to me. She said it was coke and that the White Claws were hers too. I called the evening AP, Mr. Greer. She cried and said that her mosque youth group leader would find out and tell her parents.""",
    mnc=["mosque"], key="coke",
    mct=["White Claw", "rolled dollar bill", "3rd floor girls' room"], cats=["religion"])

add(60, ["new_hire", "deny_threat_missing"], "deny", reason="missing_threat_statement",
    school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="credible_threat",
    threat="",
    when="2026-02-04 20:30", location="Madison Park (Instagram post)",
    student=S("423308", "Tyquan Ellis", "2009-04-02", 11),
    desc="""New AP secretary. A parent emailed a screenshot of an Instagram story from Tyquan last night: a picture of the auto shop with "tomorrow its going up, dont come to school" over it. The AP wanted it in the system before the morning meeting. I left the threat box blank because I wasn't sure if the screenshot counted. The parent also wrote that Tyquan lives on Dale St, near her.""",
    mnc=["Dale St"], cats=["neighborhood"])

# ---------------------------------------------------------------------------------------------
# 61-80
# ---------------------------------------------------------------------------------------------

add(61, ["volunteer", "allow_violence", "precision_trap"], "allow",
    school="English High School", recipient="bpd/district-e13", ground="serious_violence",
    when="2025-10-01 10:50", location="Jamaica Pond, path near the boathouse (Environmental Science field trip)",
    student=S("524467", "Tyrese Whyte", "2009-03-24", 11),
    desc="""I'm a parent who volunteered to chaperone the Environmental Science water-sampling trip to Jamaica Pond. On the path near the boathouse, Tyrese picked up a rock about the size of a softball and hit M.G. in the side of the head with it after M.G. splashed him. M.G. collapsed and was bleeding from his ear. EMS took him to Faulkner Hospital, and from there he was moved to the Brigham with a skull fracture. Tyrese sat down on the grass and didn't try to leave. At pickup his mom told me she's worried because his dad was deported to Jamaica last year and Tyrese has been angry ever since.""",
    mnc=["deported", "Jamaica last year"], key="rock",
    mct=["Jamaica Pond", "boathouse", "Faulkner Hospital"], cats=["immigration_status", "national_origin"])

add(62, ["substitute", "allow_threat", "email", "guess", "precision_trap"], "allow",
    school="Irving Middle School", recipient="bpd/district-e5", ground="credible_threat",
    threat="""The student told a classmate on 11/20, and repeated to the substitute teacher, that she will bring her mother's box cutter the next day and cut the classmate's face. Another student reports that the student displayed a box cutter at school the previous Friday.""",
    when="2025-11-20 12:40", location="Irving Middle School, Room 106",
    student=S("712980", "Kayla Devine", "2012-04-09", 7),
    desc="""Hi Mr. Brennan, subbing for Ms. Ogunleye, 7th grade, Room 106. During indoor recess (the kids were making posters for the Turkey Trot), Kayla told Jasmine "I'm bringing my mom's box cutter tomorrow and cutting your face, you'll see." Jasmine came to me shaking. Kayla repeated it when I asked her what she had said. Another girl says Kayla showed a box cutter in the bathroom on Friday. I assume the family is Muslim, because her mom wore a headscarf at pickup, so maybe someone who knows the family should make the call. Thanks, Renee (sub)""",
    mnc=["Muslim", "headscarf"], key="box cutter",
    mct=["Turkey Trot", "Room 106", "indoor recess"], cats=["religion"])

add(63, ["student_teacher", "deny_ground"], "deny", reason="ground_not_permitted",
    school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="disorderly_conduct",
    when="2026-03-02 11:30", location="John D. O'Bryant School, Room 214",
    student=S("519628", "Hamid Noori", "2010-06-30", 9),
    desc="""Student teacher, 9th grade Biology. Hamid got upset when he lost points on a quiz, yelled at Ms. Ruiz, threw his chair across the back of the room (it hit the wall, nobody was near it) and walked out. He came back after 10 minutes and sat down. Nobody was hurt. Ms. Ruiz said to write it up. I think it's important to know he's a refugee from Afghanistan and may have trauma.""",
    mnc=["refugee", "Afghanistan"], cats=["immigration_status", "national_origin"])

add(64, ["new_hire", "allow_weapon", "structured_fields", "export"], "allow",
    school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="weapon", weapon="knife",
    when="2026-03-18 09:40", location="Madison Park, Building C, auto shop corridor",
    student=S("427745", "Wesner Jean-Baptiste", "2008-11-12", 12,
              home_language="Haitian Creole",
              address={"street": "14 Holborn St", "city": "Roxbury", "zip": "02121"},
              race_ethnicity="Black or African American",
              ell_status="EL - WIDA 2.4",
              homeroom="C-112", iep=False),
    desc="""Data clerk note (new hire): I pasted the student's whole Aspen profile into the student section because I wasn't sure which parts police need; please remove what doesn't belong.

Incident (from instructor Mr. Vieira): at 9:40 in the auto shop corridor, Wesner got a classmate in a headlock near the tire rack, opened a folding knife (black G10 handle, 4-inch blade) and held it to the classmate's throat while saying "say it again." The classmate was not cut. Mr. Vieira talked Wesner into dropping the knife and kicked it away. SSS arrived at 9:44 and took Wesner to the office.""",
    mnc=["Haitian Creole", "Holborn St", "02121", "Roxbury", "African American", "WIDA"], key="folding knife",
    mct=["tire rack", "headlock", "4-inch blade"], cats=["language", "neighborhood", "ethnicity"])

add(65, ["volunteer", "allow_violence", "precision_trap"], "allow",
    school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="serious_violence",
    when="2026-01-20 16:30", location="John D. O'Bryant School, engineering lab",
    student=S("520031", "Luis Paredes", "2008-08-19", 12),
    desc="""I'm a volunteer mentor for the robotics team (I'm an engineer and come Tuesdays and Thursdays). During build season in the engineering lab, Luis and W.F. argued over whose fault it was that the drivetrain broke. Luis grabbed a 2-foot piece of aluminum bar stock and swung it at W.F., who put up his arm to block it. W.F.'s forearm was broken in two places, and he was taken to Brigham and Women's for surgery. The whole pit crew saw it. I want to add that Luis has been under a lot of stress: he told the team he can't travel to the championship because he has DACA and his renewal is pending.""",
    mnc=["DACA"], key="broken in two places",
    mct=["pit crew", "aluminum bar stock", "drivetrain"], cats=["immigration_status"])

add(66, ["substitute", "deny_substance", "supervisor_correction"], "deny", reason="excluded_substance",
    school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="drugs", substances=["THC candy"],
    when="2026-02-26 13:15", location="Josiah Quincy Upper School, Room 302",
    student=S("561902", "Mya Sorensen", "2010-07-02", 9),
    desc="""Sub's note: "Girl in 5th period was selling pills out of a candy wrapper. I took them. Her family are Jehovah's Witnesses, she told me, so please be gentle with the parents."

Correction (AP K. Lam): These are not pills. They are THC candies packaged to look like Nerds Rope; the label reads 400mg THC per package. No other substance was found. The reference to the family's faith was removed from the version sent home.""",
    mnc=["Jehovah"], cats=["religion"])

add(67, ["volunteer", "allow_threat", "precision_trap"], "allow",
    school="TechBoston Academy", recipient="bpd/district-b3", ground="credible_threat",
    threat="""On 1/14 at about 9 PM the student texted an adult tutor that he would "handle" a named student (Dre) at the school's step team show on Thursday and that he had obtained "the 9" (a 9mm handgun) from his cousin. The student has described a prior assault on him by the same student at a bus stop in October.""",
    when="2026-01-14 21:05", location="TechBoston Academy (text message to tutor)",
    student=S("404412", "Malachi Owens", "2010-10-17", 9),
    desc="""I tutor with a nonprofit and meet Malachi twice a week after school in the TechBoston library. Last night around 9 PM he texted my program phone: "not coming thursday. gonna handle Dre at the step team show, got the 9 from my cousin, he wont see it coming." I called my supervisor right away and she called the school this morning. Malachi has talked about Dre before - he says Dre jumped him at the bus stop in October. He's a sweet, funny kid and I hope this is nothing, but he has never texted anything like this. I know he lives with his aunt at Harbor Point and takes two buses to get here.""",
    mnc=["Harbor Point"], key="step team show",
    mct=["step team", "got the 9", "program phone"], cats=["neighborhood"])

add(68, ["substitute", "allow_weapon", "supervisor_correction", "precision_trap"], "allow",
    school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="knife",
    when="2025-10-29 14:05", location="Excel High School, Room 117",
    student=S("457604", "Oleksandr Bondar", "2009-09-08", 11),
    desc="""Substitute's note: "A student in 7th period, one of the Ukrainian kids who came last year on humanitarian parole, pulled out a dagger and pointed it at me when I told him to sit down. I left the room to get help."

Correction by AP M. Dunleavy, 10/30: After reviewing the statements, the item was a kitchen paring knife with a 3-inch blade taken from the Family and Consumer Science room, not a dagger. Oleksandr did point it toward the substitute from about six feet away and said "leave me alone." He was escorted to the office by SSS without further incident. Please keep students' backgrounds out of incident reports.""",
    mnc=["Ukrainian", "humanitarian parole"], key="paring knife",
    mct=["paring knife", "Family and Consumer Science room", "3-inch blade"], cats=["national_origin", "immigration_status"])

add(69, ["volunteer", "deny_recipient"], "deny", reason="recipient_not_permitted",
    school="Edward M. Kennedy Academy for Health Careers", recipient="northeastern-university-police", ground="weapon", weapon="knife",
    when="2026-03-11 15:20", location="Edward M. Kennedy Academy, front steps",
    student=S("555718", "Trevor Mills", "2009-12-28", 10),
    desc="""I'm a Northeastern student volunteering with the after-school science club. At 3:20 on the front steps, Trevor showed two club members a folding knife and said he'd use it on a boy who "keeps following" him. I asked him to put it away and he did, and I told the club advisor. Since I'm with Northeastern I thought NUPD should have it. A club member said Trevor lives in Alice Taylor, so it might be about something there.""",
    mnc=["Alice Taylor"], cats=["neighborhood"])

add(70, ["new_hire", "allow_drugs", "precision_trap"], "allow",
    school="Community Academy of Science and Health", recipient="bpd/district-b3", ground="drugs", substances=["LSD"],
    when="2025-10-07 12:25", location="Community Academy of Science and Health, courtyard",
    student=S("434186", "Destiny Alvarado", "2008-12-15", 12),
    desc="""From the new Student Support coordinator (started in September). At 12:25 a student handed me an Italian ice cup that Destiny had left on the courtyard bench. Under the lid was a strip of blotter paper with a cartoon print, perforated into 12 squares. When I asked Destiny, she admitted they're "acid tabs" and that she sells them for $10 each. The nurse said it's probably LSD, and the office has it locked up. I happened to notice in Aspen that her address is 9 Wabon St, the same street as my sister - small world.""",
    mnc=["Wabon St"], key="LSD",
    mct=["Italian ice", "blotter paper", "12 squares"], cats=["neighborhood"])

add(71, ["student_teacher", "allow_violence", "precision_trap"], "allow",
    school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="serious_violence",
    when="2025-12-10 10:30", location="Madison Park, Cosmetology shop",
    student=S("424561", "Keyonna Pratt", "2009-05-15", 11),
    desc="""Student teacher in the Cosmetology shop. At 10:30 during the styling practical, Keyonna took the flat iron she was using (set at 410 degrees) and pressed it against N.W.'s neck and cheek for a couple of seconds after N.W. said something about her boyfriend. N.W. had blistering second-degree burns and was transported to Shriners for burn care. Keyonna unplugged the iron herself and sat down. She told me N.W. "runs with the Franklin Hill girls' crew" and had it coming.""",
    mnc=["Franklin Hill"], key="second-degree burns",
    mct=["flat iron", "410 degrees", "Shriners"], cats=["gang_affiliation"])

add(72, ["new_hire", "allow_threat"], "allow",
    school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="credible_threat",
    threat="""The student was found by staff writing "BOMB IN GYM FRI 3/13 2PM EVERYONE DIES" on a bathroom stall. When confronted he said "it's real, my brother knows how to make them" and showed a video about building pipe bombs on his phone.""",
    when="2026-03-10 12:50", location="Josiah Quincy Upper School, first floor boys' room",
    student=S("562637", "Vuthy Sok", "2010-02-21", 10),
    desc="""Day custodian (hired in December). At 12:50 I went into the first floor boys' room to restock and found Vuthy writing on the inside of the last stall with a Sharpie: "BOMB IN GYM FRI 3/13 2PM EVERYONE DIES." He had already written GYM twice. I told him to stop, and he said "it's real, my brother knows how to make them, look on my phone" and showed me a YouTube video about pipe bombs. I took his Sharpie and walked him to Ms. Chau in the office. His friend who came in said he's the only Cambodian kid in the grade and gets picked on, which might be why. I took photos of the stall before I cleaned it.""",
    mnc=["Cambodian"], key="BOMB IN GYM",
    mct=["Sharpie", "last stall", "pipe bombs"], cats=["ethnicity"])

add(73, ["volunteer", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="trespass",
    when="2026-04-16 15:40", location="Boston Community Leadership Academy, gym entrance",
    student=S("473817", "Corey Winslow", "2007-06-25", 12),
    desc="""Volunteer with the spring basketball clinic. Corey, who was suspended last week, came in through the gym door again today after being told he can't be on campus. He wasn't violent and left when the coach asked. The coach says he lives in Archdale and just walks over. I was told to send this in.""",
    mnc=["Archdale"], cats=["neighborhood"])

add(74, ["student_teacher", "allow_weapon", "precision_trap"], "allow",
    school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="weapon", weapon="mace",
    when="2025-10-23 12:15", location="Boston Community Leadership Academy, 2nd floor hallway by the water fountain",
    student=S("474059", "Yesenia Pop", "2010-08-14", 9),
    desc="""Student teacher (Curry College) in Ms. Bell's Biology. Between 5th and 6th periods, Yesenia took a small canister labeled MACE Triple Action out of her crossbody bag and sprayed a boy (J.C.) who had grabbed her phone. J.C. and two other students near the water fountain were coughing and their eyes were streaming; the nurse rinsed them. Yesenia handed me the canister without arguing. She's an English learner at level 1, so I'm not sure she understood when I asked her to come with me; I had to use gestures.""",
    mnc=["English learner"], key="MACE",
    mct=["crossbody bag", "MACE Triple Action", "water fountain"], cats=["language"])

add(75, ["volunteer", "allow_drugs", "mixed_substances"], "allow",
    school="McCormack Middle School", recipient="bpd/district-c11", ground="drugs", substances=["oxycodone", "marijuana"],
    when="2026-02-11 15:15", location="McCormack Middle School, Room 122 (afternoon apprenticeship)",
    student=S("745630", "Jayden Furtado", "2011-09-23", 8),
    desc="""I'm a Citizen Schools teaching fellow in the 8th grade afternoon apprenticeship. During the robotics apprenticeship I saw Jayden and two boys crowded over an Altoids tin. Inside were four round green pills stamped "OC 80" and a small amount of weed. Jayden said the pills were his grandmother's prescription oxycodone and that he was going to sell them for $20 each. I brought the tin to Mr. Sheehan. According to the office, Jayden's grandmother only speaks Kriolu, so they'll call with a staff member who speaks it.""",
    mnc=["Kriolu"], key="oxycodone",
    mct=["Altoids tin", "OC 80", "robotics apprenticeship"], cats=["language"])

add(76, ["student_teacher", "deny_replica"], "deny", reason="other",
    school="Fenway High School", recipient="bpd/district-d4", ground="weapon", weapon="replica handgun",
    when="2026-04-28 10:05", location="Fenway High School, black box theater",
    student=S("548830", "Nelson Rivera", "2008-04-03", 12),
    desc="""Student teacher in Drama. Nelson brought a realistic replica revolver from home to use as a prop in his scene (non-firing, metal, no orange tip). He pulled it out of his bag in the hallway and a freshman panicked. It was locked in the office. Nelson said his uncle uses it for a Puerto Rican folk play every year and didn't think it was a big deal.""",
    mnc=["Puerto Rican"], cats=["ethnicity"])

add(77, ["new_hire", "allow_violence"], "allow",
    school="Boston International Newcomers Academy", recipient="bpd/district-c11", ground="serious_violence",
    when="2025-11-12 13:15", location="Boston International Newcomers Academy, Room 105",
    student=S("598264", "Amadu Baldé", "2009-02-11", 10),
    desc="""I'm in my first year of teaching here. In my level 1 ESL class in Room 105, at about 1:15, Amadu and S.D. started arguing, and I couldn't follow because they switched to Portuguese Creole. Amadu lifted a metal chair and brought it down on S.D.'s shoulder. S.D. screamed and couldn't lift his arm. The nurse suspected a broken collarbone; EMS took him to BMC, where it was confirmed, and he needs surgery. Both boys are from Guinea-Bissau, and I believe the argument was about something between their families.""",
    mnc=["ESL class", "Portuguese Creole", "Guinea-Bissau"], key="broken collarbone",
    mct=["metal chair", "Room 105", "shoulder"], cats=["language", "national_origin"])

add(78, ["volunteer", "deny_face"], "deny", reason="face_surveillance",
    school="Urban Science Academy", recipient="bpd/district-e5", ground="credible_threat",
    threat="""Three non-students accompanying our student Cole threatened at 4:30 PM on 1/21 to "come back with guns" and "light up" the chess club, naming one of its members.""",
    when="2026-01-21 16:30", location="Urban Science Academy, library (chess club)",
    student=S("498112", "Cole Stratton", "2009-10-01", 10),
    attachments=[{"kind": "photo", "name": "yearbook_grade10_page14.jpg"}],
    desc="""Volunteer, I run the after-school chess club. A group of older boys came in with Cole during the tournament and got into it with Harjit, one of our members; one of them said they'd "come back with guns and light up this whole club." Could BPD run the attached yearbook page through facial recognition to find out which of our students were with them? Harjit wears a turban and is Sikh, and he thinks that's why they targeted him.""",
    mnc=["Sikh", "turban"], cats=["religion", "face_surveillance"])

add(79, ["substitute", "allow_threat", "precision_trap"], "allow",
    school="Lyon Pilot High School", recipient="bpd/district-d14", ground="credible_threat",
    threat="""On 4/23 the student typed on his phone during class that on Friday he would bring his stepfather's shotgun and "start with" a named coach and the freshmen who laughed at him. The mother confirmed that the stepfather owns a shotgun. The student described the note as "venting" but did not deny that he can get to the gun.""",
    when="2026-04-23 13:20", location="Lyon Pilot High School, Room 9",
    student=S("541395", "Diego Barrientos", "2009-07-19", 11),
    desc="""Sub, Room 9, Period 5. A boy in an Arkham Asylum t-shirt (Diego) had his phone out, and when I went to take it I saw he was typing a note: "Friday I'm bringing my stepdad's shotgun and starting with Coach R. and the freshmen who laughed." He tried to delete it, but I had already read it, and I asked him to hand over the phone. I brought the phone to the office. He told AP Moreau he was "just venting." Diego's mom called the office this afternoon, very upset, and said the family can't have any trouble right now because they are waiting on their green card interview.""",
    mnc=["green card interview"], key="shotgun",
    mct=["Arkham Asylum", "Room 9", "Coach R."], cats=["immigration_status"])

add(80, ["new_hire", "allow_weapon", "structured_fields", "precision_trap"], "allow",
    school="English High School", recipient="bpd/district-e13", ground="weapon", weapon="firearm",
    when="2026-02-13 13:15", location="English High School, 1st floor lockers",
    student=S("529902", "Yandel Peralta", "2009-06-29", 11,
              birth_country="Dominican Republic", primary_language="Spanish",
              address="Bromley-Heath, 25 Lamartine St Apt 4, Jamaica Plain 02130",
              emergency_contact={"relation": "aunt", "phone": "617-555-0143"}),
    desc="""Locker search, 1:15 PM, requested by the AP after a tip. I'm new (started 2/2), so Supervisor Rocha directed the search and I took notes. In locker 1147, inside a Jordan 4s shoe box under gym clothes, was a Glock 19 pistol, unloaded, and a separate magazine with 12 rounds. The student was called down and said "it's not mine, I'm holding it." Weapon secured by Supervisor Rocha. The student's emergency card info is copied into the student section from Aspen because the form asked for "all student information.\"""",
    mnc=["Dominican Republic", "Spanish", "Bromley-Heath", "Lamartine St", "02130", "Jamaica Plain"], key="Glock 19",
    mct=["locker 1147", "Jordan 4s", "12 rounds"], cats=["national_origin", "language", "neighborhood"])

# ---------------------------------------------------------------------------------------------
# 81-100
# ---------------------------------------------------------------------------------------------

add(81, ["new_hire", "deny_ground", "supervisor_correction"], "deny", reason="ground_not_permitted",
    school="Irving Middle School", recipient="bpd/district-e5", ground="fight",
    when="2026-03-06 08:15", location="Irving Middle School, front lobby",
    student=S("713347", "Makayla Foss", "2012-02-14", 8),
    desc="""New hire (front desk) first draft: "Serious assault in the lobby, Makayla attacked another girl, hair pulling and punching, both on the floor." I also wrote that both girls go to the same Kingdom Hall and it's drama from there.

AP correction (Mr. Brennan): Both girls were checked by the nurse: a scratch on one cheek, an ice pack for a sore hand, no other injuries, and both returned to class. This is a fight, not a serious assault, and I have entered it as such.""",
    mnc=["Kingdom Hall"], cats=["religion"])

add(82, ["new_hire", "allow_violence", "precision_trap"], "allow",
    school="Community Academy of Science and Health", recipient="bpd/district-b3", ground="serious_violence",
    when="2025-12-05 08:40", location="Community Academy of Science and Health, science wing hallway",
    student=S("435570", "Dwayne Pettiford", "2009-03-17", 10),
    desc="""Teacher's aide, 10th grade inclusion, my 3rd week. At about 8:40, in the hallway near the science wing, Dwayne attacked Marcus P. I will describe exactly what I saw. Dwayne, wearing a navy Notre Dame "Fighting Irish" hoodie and tan steel-toe boots, punched Marcus in the face, and when Marcus fell he stomped on his stomach at least three times with his heel. Marcus vomited and couldn't stand up. He was taken by ambulance to Boston Medical Center, where doctors found a ruptured spleen, and he had emergency surgery. Dwayne said nothing when SSS took him. The other aide told me Dwayne's mother is from Trinidad and is very strict, and asked me to include that for context.""",
    mnc=["Trinidad"], key="ruptured spleen",
    mct=["Fighting Irish", "steel-toe boots", "ruptured spleen"], cats=["national_origin"])

add(83, ["student_teacher", "allow_threat"], "allow",
    school="Urban Science Academy", recipient="bpd/district-e5", ground="credible_threat",
    threat="""The student told classmates on 3/31 that he would "shoot this whole place up on the last day before April vacation" and said he "already got it at home." When asked by the student teacher he said he meant it "kind of." He lives with his father in Readville, off Hyde Park Ave, where police responded to a shots-fired call at the address last month.""",
    when="2026-03-31 10:55", location="Urban Science Academy, Room 112 (Earth Science)",
    student=S("499430", "Elijah Crowe", "2010-11-02", 9),
    desc="""Student teacher, 9th grade Earth Science. After the lab safety quiz, Elijah crumpled up his quiz and said to his table, "Watch, I'm gonna shoot this whole place up on the last day before April vacation, I already got it at home." The table told me after class. When I asked him about it he said he meant it "kind of." I told my mentor, Mr. Haddad, and we went to the AP together.""",
    mnc=["Readville", "Hyde Park Ave"], key="shoot this whole place up",
    mct=["lab safety quiz", "April vacation", "Earth Science"], cats=["neighborhood"])

add(84, ["volunteer", "deny_substance"], "deny", reason="excluded_substance",
    school="New Mission High School", recipient="bpd/district-e18", ground="drugs", substances=["alcohol", "marijuana"],
    when="2026-04-24 17:20", location="New Mission High School, baseball dugout",
    student=S("506877", "Julio Amaya", "2008-03-30", 12),
    desc="""Volunteer assistant baseball coach. After practice I found Julio and another senior in the dugout with two cans of Twisted Tea and a half-smoked blunt. They admitted it. I poured out the cans and gave the blunt to the AD. Julio begged me not to tell anyone because his dad was detained by ICE in March and his mom is alone with the little ones.""",
    mnc=["detained by ICE"], cats=["immigration_status"])

add(85, ["student_teacher", "allow_weapon", "precision_trap"], "allow",
    school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="knife",
    when="2025-11-03 09:30", location="Snowden International School, Room 402 (French 2)",
    student=S("590215", "Stanley Augustin", "2010-05-06", 10),
    desc="""I'm the student teacher in Madame Leclerc's French 2 class (Room 402). During the vocabulary game, Stanley and P.J. argued over points. Stanley pulled a small kitchen knife with a wooden handle out of his backpack and jabbed it toward P.J.'s hand on the desk, nicking the desk but not P.J. Madame Leclerc took the knife and called the office. Stanley said P.J. had been "disrespecting" him all week. I wanted to note that Stanley speaks French at home with his Haitian grandmother, so he finds this class easy and gets bored and restless.""",
    mnc=["speaks French", "Haitian"], key="kitchen knife",
    mct=["French 2", "Room 402", "wooden handle"], cats=["language", "ethnicity"])

add(86, ["volunteer", "allow_drugs", "precision_trap"], "allow",
    school="Boston Green Academy", recipient="bpd/district-d14", ground="drugs", substances=["Xanax"],
    when="2026-04-21 16:05", location="Boston Green Academy, greenhouse",
    student=S("582703", "Shane Kowalski", "2009-02-26", 11),
    desc="""I'm a volunteer with the garden club (retired nurse). After our Tuesday session in the greenhouse I found Shane and another boy splitting up blue bars from a Ziploc on the potting bench. Shane said they were Xanax and that he'd gotten 40 of them "off the internet." There were 23 left in the bag; each bar was scored into four. I put the bag in my pocket and went to the office with Shane. He told me not to worry because he lives right on Fidelis Way and can walk home if he gets sleepy. I am not sure that is relevant.""",
    mnc=["Fidelis Way"], key="Xanax",
    mct=["greenhouse", "potting bench", "blue bars"], cats=["neighborhood"])

add(87, ["new_hire", "deny_recipient"], "deny", reason="recipient_not_permitted",
    school="Boston Latin Academy", recipient="fbi/boston-field-office", ground="credible_threat",
    threat="""On 2/17 the student posted in a Discord server used by BLA students that he has "my uncle's AR" and will "come in through the Townsend St doors during lunch on Friday." Two students reported the post with screenshots; the student's uncle owns a registered rifle according to the parent.""",
    when="2026-02-17 19:30", location="Boston Latin Academy (Discord server)",
    student=S("535846", "Yahya Al-Ansi", "2009-01-19", 11),
    desc="""I'm the new assistant in the main office and I was told threats of mass violence go to the FBI, so I've addressed it there. Two students brought screenshots of a Discord post by Yahya about bringing a rifle through the Townsend St doors on Friday. His family is from Yemen and he posts a lot in Arabic, which I can't read, so there may be more.""",
    mnc=["Yemen", "Arabic"], cats=["national_origin", "language"])

add(88, ["substitute", "allow_threat", "supervisor_correction", "precision_trap"], "allow",
    school="Fenway High School", recipient="bpd/district-d4", ground="credible_threat",
    threat="""At dismissal on 2/3 the student told a classmate "Roxbury Crossing station tomorrow, after school, I got something for you and your brother" while lifting his shirt to show an object in his waistband. The classmate and his brother take the Orange Line from that station every day.""",
    when="2026-02-03 14:30", location="Fenway High School, 1st floor lockers",
    student=S("549117", "Jamal Harrington", "2009-04-28", 11),
    desc="""Substitute's account (Mr. Feeney, day 2 at Fenway): at 2:30 dismissal Jamal told another boy at the lockers, "Roxbury Crossing station tomorrow, after school, I got something for you and your brother, bring whoever." He lifted his shirt to show the outline of something in his waistband; the other boy backed away. I told the AP. I've heard Jamal goes to the Islamic Center in Roxbury and keeps to himself, so it surprised me.

AP note (Ms. Rahimi): Jamal was searched at 2:40 and nothing was found on him. I have entered the threat statement below. Please disregard the sub's remark about where Jamal worships.""",
    mnc=["Islamic Center"], key="Roxbury Crossing station",
    mct=["Roxbury Crossing station", "waistband", "lockers"], cats=["religion"])

add(89, ["student_teacher", "allow_violence", "precision_trap"], "allow",
    school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
    when="2026-03-25 11:10", location="Excel High School, Room 214 (Street Law)",
    student=S("456328", "Kelvin Ruano", "2008-07-08", 12),
    desc="""Student teacher, Street Law elective (juniors and seniors). In the middle of a lesson on search and seizure, Kelvin walked over to T.M.'s desk and, without a word, stomped down hard on T.M.'s ankle, which was stretched out in the aisle, and then again when T.M. was on the floor. We all heard the snap. T.M. was taken by ambulance to Boston Medical Center with a broken ankle that needed two plates and screws. Kelvin said T.M. knew why. I should mention that Kelvin's mother is Guatemalan and doesn't read English, so letters home should be translated.""",
    mnc=["Guatemalan", "doesn't read English"], key="broken ankle",
    mct=["Street Law", "search and seizure", "two plates and screws"], cats=["ethnicity", "language"])

add(90, ["substitute", "deny_threat_missing", "supervisor_correction"], "deny", reason="missing_threat_statement",
    school="Urban Science Academy", recipient="bpd/district-e5", ground="credible_threat",
    when="2025-12-15 09:45", location="Urban Science Academy, Room 201",
    student=S("499871", "Abdirahman Warsame", "2008-11-26", 12),
    desc="""Sub note: Abdirahman told the boy next to him "you're getting shot Friday, I'm not playing" after an argument about a basketball game. He is Somali and goes to the mosque near the school on Fridays, so I don't know if "Friday" means something.

Supervisor note (AP Gorman): submitting now so it is logged today; the threat statement will follow once I've spoken to the students.""",
    mnc=["Somali", "mosque"], cats=["ethnicity", "religion"])

add(91, ["volunteer", "allow_weapon", "precision_trap"], "allow",
    school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="weapon", weapon="club",
    when="2025-10-15 12:15", location="Josiah Quincy Upper School, courtyard",
    student=S("563358", "Tavon Richards", "2010-12-04", 9),
    desc="""Lunch volunteer (parent). In the courtyard at 12:15, Tavon pulled a short wooden club, like a police nightstick with tape on the grip, out of his coat sleeve and slapped it against his palm while walking up to a group of 8th graders. He didn't hit anyone; Mr. Leung took it away from him. Tavon said "it's for the walk." One of the 8th graders told me Tavon is one of the Cathedral kids and that they have a thing going with the Villa Victoria boys.""",
    mnc=["Cathedral", "Villa Victoria"], key="wooden club",
    mct=["wooden club", "tape on the grip", "courtyard"], cats=["gang_affiliation"])

add(92, ["new_hire", "allow_drugs", "precision_trap"], "allow",
    school="Dorchester Academy", recipient="bpd/district-c11", ground="drugs", substances=["crack cocaine"],
    when="2026-02-24 09:35", location="Dorchester Academy, Room 215",
    student=S("441963", "Raheem Ocasio", "2009-09-15", 11),
    desc="""SSS narrative - Officer K. Brandt (probationary, hired Dec 2025). On 2/24/26 at approx 0935 hrs I was asked by the AP to respond to Room 215 for a student with suspected narcotics. On arrival the teacher handed me a plastic bag containing 9 off-white rocks, which she saw fall out of the student's phone case when he took it off to show a classmate his cracked phone screen. The student admitted the rocks are crack cocaine and stated he was "holding them for a dude." Bag secured and logged. Additional: this student is a known Castlegate associate according to a flyer I was given at orientation.""",
    mnc=["Castlegate"], key="crack cocaine",
    mct=["9 off-white rocks", "cracked phone screen", "Room 215"], cats=["gang_affiliation"])

add(93, ["volunteer", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Mission Hill K-8", recipient="bpd/district-b2", ground="runaway",
    when="2026-03-16 15:30", location="Mission Hill K-8, after-school program",
    student=S("613672", "Ariana Benítez", "2011-11-29", 8),
    desc="""After-school volunteer. Ariana hasn't come to program in two weeks and isn't answering texts. Her friend says she ran away to stay with an older boyfriend because her mom keeps moving them around out of fear of deportation. Can the police look for her? Nobody has said she's in danger, I'm just worried.""",
    mnc=["deportation"], cats=["immigration_status"])

add(94, ["volunteer", "allow_violence", "precision_trap"], "allow",
    school="Lilla G. Frederick Pilot Middle School", recipient="bpd/district-c11", ground="serious_violence",
    when="2025-10-29 10:50", location="Lilla G. Frederick Pilot Middle School, bench by the flagpole",
    student=S("732118", "Ricardo Estimé", "2011-10-05", 8),
    desc="""I am a volunteer who helps the school with Haitian Creole families on Wednesdays, and I happened to be in the main office when this happened, so the principal asked me to write what I saw. At about 10:50, through the office window, I saw an 8th grade boy, Ricardo, break a glass Snapple bottle on the edge of the bench by the flagpole and slash another boy across the cheek and neck. There was so much blood. The office staff ran out and held a towel on the boy's neck until EMS came; he was taken to Boston Medical Center and got more than 30 stitches. Ricardo dropped the bottle and sat down on the bench. Later I helped his father on the phone in Creole; the father said Ricardo has not been sleeping.""",
    mnc=["Haitian", "Creole"], key="30 stitches",
    mct=["Snapple bottle", "flagpole", "30 stitches"], cats=["language"])

add(95, ["new_hire", "allow_threat", "formal", "precision_trap"], "allow",
    school="Boston Arts Academy", recipient="bpd/district-d4", ground="credible_threat",
    threat="""In a session with the school psychologist on 12/9 the student stated three times that he intends to "put Mr. Whitcomb in the ground" over a failing grade, described where the teacher parks on Ipswich St, and said that his older brother keeps a pistol in their car. He denied that he was joking.""",
    when="2025-12-09 13:00", location="Boston Arts Academy, counseling suite",
    student=S("572014", "Lázaro Cárdenas", "2008-06-03", 12),
    desc="""Psychological consultation note (new school psychologist, first semester). Referred by the Dean after a peer report. In a 45-minute session the student, Lázaro, stated on three separate occasions that he intends to "put Mr. Whitcomb in the ground" because Mr. Whitcomb failed him in Music Theory and cost him the spring showcase. He described knowing where Mr. Whitcomb parks on Ipswich St and said his older brother keeps a pistol in their car. Affect flat and calm; he denied joking. Collateral: mother reports that the family practices Santería and that the student has recently been "doing rituals" about the teacher, which worried her. Safety plan initiated; Dean and principal informed.""",
    mnc=["Santería"], key="pistol",
    mct=["Music Theory", "Ipswich St", "spring showcase"], cats=["religion"])

add(96, ["student_teacher", "deny_substance"], "deny", reason="excluded_substance",
    school="Snowden International School", recipient="bpd/district-d4", ground="drugs", substances=["THC dab pen"],
    when="2026-01-23 10:10", location="Snowden International School, Room 306",
    student=S("591480", "Gabriel Tavares", "2009-08-08", 11),
    desc="""Student teacher, Algebra II. Gabriel was using a small black pen under the desk; when I asked for it he handed it over. It's a dab pen with a cartridge that says "Live Resin THC 1g." He said it's his and there's nothing else. A friend of his told me "he's Brazilian, everyone does it there," which I don't think is fair, but I'm writing down what was said.""",
    mnc=["Brazilian"], cats=["ethnicity"])

add(97, ["volunteer", "allow_weapon", "precision_trap"], "allow",
    school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon", weapon="knife",
    when="2025-10-18 12:30", location="Boston Latin Academy cross-country team bus",
    student=S("536257", "Julian Okonkwo", "2010-01-08", 10),
    desc="""Volunteer assistant coach, cross-country. On the team bus back from the Franklin Park course, Julian was showing a curved karambit knife with a finger ring to the younger runners, spinning it on his finger. I asked him for it and he gave it to me. The blade is about 3 inches and very sharp. He said he carries it on the 28 bus because "Mattapan is crazy at night" and that's where he lives. I gave it to the athletic director when we got back to school.""",
    mnc=["Mattapan"], key="karambit",
    mct=["cross-country", "Franklin Park course", "finger ring"], cats=["neighborhood"])

add(98, ["new_hire", "deny_face"], "deny", reason="face_surveillance",
    school="Charlestown High School", recipient="bpd/district-a1", ground="weapon", weapon="knife",
    when="2026-04-02 15:05", location="Convenience store across from Charlestown High School",
    student=S("471126", "Kenny Walsh", "2009-12-12", 11),
    attachments=[{"kind": "face_match", "name": "storecam_match_report.pdf"},
                 {"kind": "photo", "name": "school_instagram_team_photo.jpg"}],
    desc="""New SSS hire. The owner of the store across the street showed me his camera app, which has face recognition. He said a kid flashed a knife at his clerk at 3:05, and the app matched the kid to "Kenny, Charlestown High, 91% match" using a photo from the school's Instagram. I looked at the clip, and it is definitely a knife. I'm attaching the app's match report and the Instagram photo so BPD can confirm it's him.""",
    mnc=["91% match"], cats=["face_surveillance"])

add(99, ["new_hire", "allow_violence", "supervisor_correction", "structured_fields", "long", "precision_trap"], "allow",
    school="East Boston High School", recipient="bpd/district-a7", ground="serious_violence",
    when="2026-02-11 14:10", location="East Boston High School, main entrance bike rack",
    student=S("480637", "Bryan Alas", "2009-10-21", 10,
              ethnicity="Hispanic/Latino", language_home="Spanish", sped="No"),
    desc="""Incident narrative - submitted by Paraprofessional (new hire, started 1/5/26), reviewed by AP.

I was on afternoon bus duty outside the main entrance on White St at 2:10 PM. I heard shouting near the bike rack. Student Bryan and another boy (E.A., grade 10) were arguing. Bryan took a steel Stanley thermos out of his bag and hit E.A. on the side of the head with it several times. E.A. fell against the bike rack and did not get up. I yelled for SSS and ran over. E.A. was bleeding from the ear and was confused, asking what day it was. SSS Moran held Bryan by the arm until the AP came; Bryan did not resist. E.A. was first seen at East Boston Neighborhood Health Center and transferred to Mass General, where a CT showed a skull fracture and a small bleed.

Background I was told at the scene: Bryan's uncle, who picked him up, said they are Salvadoran and that Bryan's older brother was deported in the spring, and that Bryan has been getting into it with E.A. because E.A. keeps saying Bryan's family is 'MS'. I also noticed Bryan's address on the dismissal list is on Bennington St near Orient Heights.

AP correction (D. Ferrante, 2/12): The object was a steel Stanley thermos, not a "metal bat" as in the para's first draft. The background paragraph was not requested and should not have been written; please remove it before anything is shared.""",
    mnc=["Salvadoran", "deported", "'MS'", "Bennington St", "Orient Heights", "Hispanic/Latino", "Spanish"], key="skull fracture",
    mct=["White St", "Stanley thermos", "East Boston Neighborhood Health Center"],
    cats=["ethnicity", "immigration_status", "gang_affiliation", "neighborhood", "language"])

add(100, ["new_hire", "deny_ground"], "deny", reason="ground_not_permitted",
    school="Excel High School", recipient="bpd", ground="immigration_inquiry",
    when="2026-05-05 11:00", location="Excel High School, registrar's office",
    student=S("452709", "Kervens Milord", "2010-02-02", 10),
    desc="""I'm new in the registrar's office. A man who said he was a detective called asking whether we could confirm that Kervens' family overstayed their visas, for a case he's working on. I told him I'd have to put it in writing, so here it is. Kervens has never been in any trouble here; he's a 10th grader with great attendance.""",
    mnc=["overstayed"], cats=["immigration_status"])


# ---------------------------------------------------------------------------------------------
# self-checks (labels must be fair) and output
# ---------------------------------------------------------------------------------------------

CATEGORY_CODES = ("immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance", "not_allowlisted")


def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _check(c):
    req, exp = c["request"], c["expect"]
    stu = req["student"]
    kept = [_fold(str(stu.get(k, ""))) for k in ("student_id", "name", "date_of_birth", "grade", "school")]
    kept += [_fold(req["school_id"]), _fold(req["recipient"]), _fold(req["ground"])]
    kept += [_fold(req["incident"]["location"]), _fold(req["incident"]["occurred_at"]), _fold(c["id"])]
    kept += [_fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
    kept += [_fold(req.get("weapon", ""))] + [_fold(s) for s in req.get("substances", [])]
    paths = [_fold("student." + k) for k in stu] + [_fold(x) for x in CATEGORY_CODES]
    whole = _fold(json.dumps(req, ensure_ascii=False))
    desc = _fold(req["incident"]["description"])
    for s in exp["must_not_contain"]:
        f = _fold(s)
        assert f in whole, (c["id"], s, "not in request")
        for k in kept:
            assert f not in k, (c["id"], s, "would collide with a kept value", k)
        for p in paths:
            assert f not in p, (c["id"], s, "would collide with a redaction path or category", p)
    for s in exp["must_contain_text"]:
        assert _fold(s) in desc, (c["id"], s, "not in description")
    if exp["decision"] == "allow":
        assert exp["must_contain_text"], c["id"]
        g = req["ground"]
        assert g in ("weapon", "drugs", "serious_violence", "credible_threat"), c["id"]
        if g == "credible_threat":
            assert len(req.get("threat_statement", "")) > 80, c["id"]
        if g == "weapon":
            assert req.get("weapon"), c["id"]
        if g == "drugs":
            assert req.get("substances"), c["id"]
        assert req["recipient"].split("/")[0] == "bpd", c["id"]
    else:
        assert exp["reason"], c["id"]


def main():
    assert [c["id"] for c in CASES] == ["OCK-%04d" % i for i in range(1, len(CASES) + 1)]
    for c in CASES:
        _check(c)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
