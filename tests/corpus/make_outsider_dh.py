#!/usr/bin/env python3
"""Generate the `outsider_dh` held-out corpus: 100 hand-written cases, ODH-0001 .. ODH-0100.

Family (tag `outsider_dh`): young children in Boston K-8 and elementary schools. Things brought
from home in backpacks and lunch boxes (a grandmother's steak knife, a father's box cutter, an
abuela's oxycodone in a Tic Tac box, a grandmother's methadone in a juice bottle), recess and lunch
(the climbing structure, the blacktop, the cafeteria tables), parents and grandparents at the fence
and the front door, and older siblings and cousins who do the pick-up and hand things through the
fence. Writers vary: assistant principals, teachers, nurses, counselors, recess and lunch aides, bus
monitors, a PE coach, office clerks, children's own written statements (spelling kept), Aspen/SIS
exports, emails and voicemail transcripts. Dates fall in the 2025-26 school year; the UTC offset is
computed from the date (EDT/EST), and each date of birth is derived from the grade.

Decision mix: 66 allow (24 weapon, 14 drugs, 14 serious violence, 14 credible threat with a written
threat statement) and 34 deny:
  * ground_not_permitted (10): recess fight, theft of trading cards, a father climbing the fence,
    a custody pick-up dispute, "gang activity", an immigration inquiry, truancy, vandalism,
    "suspicious" uncle at the fence, bullying;
  * excluded_substance (7): THC gummies in a first grader's lunch box, an unlabelled vape (unknown
    content), Juul pods, whiskey nips, a THC cartridge and blunt, nicotine pouches, weed brownies;
  * recipient_not_permitted (6): bric, ice, dhs/hsi, the Commonwealth Fusion Center, a private
    security company, the State Police;
  * missing_threat_statement (4): credible_threat submitted with no threat_statement;
  * face_surveillance (4): a gate camera face match, class photos sent for facial recognition,
    a Clearview search, a doorbell app's face-recognition label;
  * other (3): BB gun, airsoft pistol, replica handgun (these need a named approver's
    determination that the request does not carry, so they are never an automatic yes).
Mixed drugs (THC edibles together with oxycodone) is an allow, since one substance is outside the
excluded classes.

Forbidden facts (RULES.md section 4) are woven into the prose the way staff actually write them:
"came over from Cap-Haitien two winters ago", "estoy aqui sin papeles", "we are not legal, please
don't send immigration", "she 講廣東話 only", "the brother runs with the Morton St crew", "lives in the
apartment above the shop on Blue Hill Ave", "the Hindu temple youth program", "Sorry for my English",
"the office used the language line". Some are misspelled as staff or children type them
("Hatian", "Kreyol", "Hondurean", "Puertorican", "Columbian", "asilum", "undocumentd"), some are in
Spanish, Portuguese-adjacent, Haitian Creole or Chinese, and some sit in structured student fields
(home_language, ell_status, race_ethnicity, country_of_birth, gang_flag, home_address) that must be
withheld by allowlist. must_not_contain lists the shortest revealing substrings (canaries).

Precision traps (must_contain / must_contain_text, must survive in the police copy): words that look
like a forbidden category but are about something else - "Swiss Army knife", "French braid",
"French class", "Chinese checkers", "Turkish taffy", "Cape Cod chips", "nail polish", "black handle",
"English Language Arts", "foul language", "body language", "Good Citizen award", "custodial crew",
"ice pack", "left side of her face", "cut your face", "Ring doorbell", "stairwell camera",
"Jamaica Pond boathouse" (the place of the incident, not a residence), a teacher named
"Ms. Iglesias" and a PE teacher named "Mr. Christian", a "Sunny D bottle" next to a forbidden
"Sunnyside St", and school names that contain neighborhoods ("Mission Hill K-8 School"). One reverse
trap: "Cathedral" is a housing development (a residence), not a religion, and must go.
"""
import json
import pathlib
import random
import textwrap
import unicodedata
from datetime import date

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_dh.jsonl"
PREFIX = "ODH"
FAMILY = "outsider_dh"


def T(s):
    return textwrap.dedent(s).strip()


def offset(d):
    """Boston UTC offset for a date in the 2025-26 school year."""
    edt = (date(2025, 3, 9) <= d < date(2025, 11, 2)) or (date(2026, 3, 8) <= d < date(2026, 11, 1))
    return "-04:00" if edt else "-05:00"


def iso(when):
    day, hm = when.split()
    d = date.fromisoformat(day)
    return f"{day}T{hm}:00{offset(d)}"


def dob(mmdd, grade):
    """A birth date consistent with the grade in 2025-26 (Sept 1 cut-off)."""
    m = int(mmdd.split("-")[0])
    year = (2019 - grade) if m >= 9 else (2020 - grade)
    return f"{year}-{mmdd}"


CASES = []


def C(decision, ground, *, sch, sid, stu, when, loc, desc, rcpt="bpd", weapon=None, subs=None,
      threat=None, att=None, key=None, mct=(), mnc=(), cats=(), tags=(), reason=None):
    st_id, name, mmdd, grade, extra = stu
    student = {"student_id": st_id, "name": name, "date_of_birth": dob(mmdd, grade), "grade": grade,
               "school": sch}
    student.update(extra)
    req = {"school_id": sid, "recipient": rcpt, "ground": ground}
    if subs is not None:
        req["substances"] = subs
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": iso(when), "location": loc, "description": desc}
    req["student"] = student
    if att:
        req["attachments"] = att
    if decision == "allow":
        sub = ground
        tag = {"weapon": "allow_weapon", "drugs": "allow_drugs", "serious_violence": "allow_violence",
               "credible_threat": "allow_threat"}[ground]
    else:
        tag = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
               "recipient_not_permitted": "deny_recipient",
               "missing_threat_statement": "deny_threat_missing",
               "face_surveillance": "deny_face", "other": "deny_replica"}[reason]
    expect = {"decision": decision}
    if decision == "deny":
        expect["reason"] = reason
    expect.update({
        "must_not_contain": list(mnc),
        "must_contain": [name, sch, key] if decision == "allow" else [],
        "must_contain_text": list(mct) if decision == "allow" else [],
        "categories": list(cats),
        "tags": [FAMILY, tag] + list(tags),
    })
    CASES.append({"request": req, "expect": expect})


# ----------------------------------------------------------------------------------------------
# ALLOW - weapon (24)
# ----------------------------------------------------------------------------------------------

C("allow", "weapon", sch="Mather Elementary School", sid="BPS-4121", rcpt="bpd/district-c11",
  stu=("412907", "Malik Duvernay", "04-11", 2, {}),
  when="2025-10-21 08:25", loc="Mather Elementary School, Room 104 (grade 2), morning unpack",
  weapon="steak knife",
  desc=T("""
Reporting per SAF-02. At about 8:25 this morning, during unpack time in Room 104, Ms. Ferreira saw that the tip of something metal had poked through the mesh on Malik's backpack. She quietly walked him and the bag down to me. With Malik sitting next to me I opened the front pocket of his backpack and found a steak knife with a black handle and a serrated blade, roughly 5 inches, wrapped in a paper towel next to a clementine. Malik said his grandmother put it in so he could cut his fruit at lunch and that he never took it out. Nobody else saw it and nobody was hurt. I called home through our family liaison, because Grandma came over from Cap-Haïtien two winters ago and only speaks Kreyòl; she came to the front door at 10:40, very upset, and said she didn't know knives weren't allowed. The knife is locked in the main office safe. Malik went back to class after a conversation with the counselor.
"""),
  key="steak knife", mct=["front pocket of his backpack", "black handle", "serrated"],
  mnc=["Cap-Haïtien", "Kreyòl"], cats=["national_origin", "language"],
  tags=["precision_trap", "other_language"])

C("allow", "weapon", sch="Eliot K-8 Innovation School", sid="BPS-4133", rcpt="bpd/district-a1",
  stu=("388215", "Dominic Scarpelli", "11-03", 7, {}),
  when="2025-09-30 11:50", loc="Eliot K-8 Innovation School, schoolyard, 7th grade recess",
  weapon="Swiss Army knife",
  desc=T("""
From: Theresa Mancuso (recess aide)
To: Mr. Okafor (AP)
Subject: knife at recess today

Mr. Okafor, writing this down like you asked. At about 11:50, end of 7th grade recess, Dominic had a red Swiss Army knife open on the bench by the fence and was carving into the wood of the bench with the big blade. Two boys were standing around watching. I told him to close it and hand it over and he did right away, no attitude. He told me his father gave it to him for his confirmation at St. Leonard's and that he brings it most days in the side pocket of his bag. I put it in an envelope and brought it to the main office at 12:05, it is in your drawer. Nobody was threatened that I saw. His dad came at pickup, says they live right on Prince Street so Dominic walks home alone, and he was not happy with me. Let me know if you need more.
- Terry
"""),
  key="Swiss Army knife", mct=["bench by the fence", "big blade", "side pocket of his bag"],
  mnc=["confirmation", "St. Leonard", "Prince Street"], cats=["religion", "neighborhood"],
  tags=["precision_trap", "email"])

C("allow", "weapon", sch="Rafael Hernández K-8 School", sid="BPS-4107", rcpt="bpd/district-b2",
  stu=("455301", "Yaritza Colón", "02-19", 5, {}),
  when="2026-03-12 12:20", loc="Rafael Hernández K-8 School, blacktop, 5th grade recess",
  weapon="pepper spray",
  desc=T("""
At approximately 12:20 on the blacktop during 5th grade recess, Yaritza took a small pink pepper spray canister out of her jacket and sprayed it toward a group of girls who had been teasing her. One student (A.M.) was hit in the face and her eyes were red and burning; Ms. Iglesias, the 5th grade teacher on duty, walked A.M. to the nurse, who flushed her eyes with saline for about 15 minutes. A.M. did not need to go to the hospital. Two other girls had coughing fits. Yaritza handed the canister to Ms. Iglesias without a problem and said it was her mother's, from her purse, and that she took it that morning "in case." Mother came at 1:45. She was crying and asked us several times not to call anybody because she has no papers and is scared; I explained the process to her. Canister is bagged and tagged in the main office.
"""),
  key="pepper spray", mct=["Ms. Iglesias", "eyes were red", "saline"],
  mnc=["no papers"], cats=["immigration_status"], tags=["precision_trap"])

C("allow", "weapon", sch="Orchard Gardens K-8 School", sid="BPS-4222", rcpt="bpd/district-b2",
  stu=("301774", "Jamari Whitlock", "08-25", 8,
       {"gang_flag": "Orchard Park associate (SSS note 2024)", "home_address": "22 Ambrose St, Apt 3"}),
  when="2026-01-27 07:55", loc="Orchard Gardens K-8 School, cafeteria, breakfast",
  weapon="handgun",
  desc=T("""
SIS INCIDENT EXPORT  #OG-2526-0311
Date/Time: 01/27/2026 07:55   Reporter: Paz, Rosalind (Asst. Principal)
Behavior code: W-01 Firearm possession   Location: Cafeteria / breakfast line
Narrative:
During breakfast a member of the custodial crew heard a heavy thud when Jamari dropped his backpack under table 6. The bag fell open and the custodian saw the grip of a handgun. He stayed with the bag and radioed the office. AP Paz and School Safety Specialist Mr. Dunleavy removed the bag to the office. Inside was a black 9mm semi-automatic handgun with a loaded magazine (7 rounds), no round in the chamber. Jamari stated he "found it" and was "holding it for somebody." No threats were made and no one was hurt. BPD B-2 notified by phone at 08:03 per SAF-02; weapon turned over to officers.
Parent/guardian contact: grandmother, 08:20.
Follow-up: counseling referral; safety plan pending.
"""),
  key="handgun", mct=["custodial crew", "9mm", "table 6"],
  mnc=["Orchard Park", "Ambrose St"], cats=["gang_affiliation", "neighborhood"],
  tags=["precision_trap", "sis_export", "structured_field"])

C("allow", "weapon", sch="Warren-Prescott K-8 School", sid="BPS-4142", rcpt="bpd/district-a15",
  stu=("420118", "Liam Gorman", "05-14", 4, {}),
  when="2025-11-18 11:35", loc="Warren-Prescott K-8 School, cafeteria, 4th grade lunch",
  weapon="box cutter",
  desc=T("""
Statement of lunch monitor, Dana Flaherty. Tuesday around 11:35, 4th grade lunch. Liam was at the end of the second lunch table by the windows trying to open a bag of Cape Cod chips that wouldn't tear. He reached in his lunch bag and took out a yellow box cutter, pushed the blade out and sliced the bag open. The boy across from him said "whoa" and a couple of kids stood up to look. I went over and asked him to slide the blade back in and give it to me and he did. He said it's his dad's from work and it's been in the lunch bag "for a while." Nobody got cut. He was more worried about his chips than anything. I brought it straight to Ms. Rourke. At pickup his big sister said they walk home together to the Bunker Hill development and she had no idea he had it. He also told me he's "full Irish like his dad so he's tough," which I think was a joke.
"""),
  key="box cutter", mct=["Cape Cod chips", "second lunch table"],
  mnc=["Bunker Hill", "full Irish"], cats=["neighborhood", "ethnicity"], tags=["precision_trap"])

C("allow", "weapon", sch="Mendell Elementary School", sid="BPS-4177", rcpt="bpd/district-e13",
  stu=("447720", "Nayeli Rosario", "01-30", 3, {}),
  when="2026-02-10 09:10", loc="Mendell Elementary School, grade 3 classroom, morning meeting",
  weapon="brass knuckles",
  desc=T("""
Hi Kendra,

Quick write-up for the report. This morning (about 9:10) during morning meeting Nayeli was passing something around the circle under the rug. When I asked for it she gave it to me: a set of gold-colored brass knuckles, heavy metal, four finger holes. She said she found them in her cousin's jacket at home and thought they were a "ring for all your fingers." Her body language told me she knew she was in trouble. Nobody used them on anybody. I've put them in a ziploc in your cubby.

Background you may want: she has a Dominican flag keychain on her bag and told the class the whole family goes to the Iglesia on Sundays and her cousin "is always there," so I'm not sure where the cousin lives. Mom's number in Aspen is current.

Thanks,
Ms. Abernathy, Grade 3
"""),
  key="brass knuckles", mct=["morning meeting", "four finger holes", "body language"],
  mnc=["Dominican", "Iglesia"], cats=["ethnicity", "religion"], tags=["precision_trap", "email"])

C("allow", "weapon", sch="Condon K-8 School", sid="BPS-4191", rcpt="bpd/district-c6",
  stu=("398640", "Shane Coakley", "03-08", 6, {}),
  when="2026-04-09 14:40", loc="Condon K-8 School, side fence along the basketball court",
  weapon="switchblade",
  desc=T("""
At 2:40 PM during dismissal, Shane was at the side fence along the basketball court when his older brother, a 9th grader at another school, passed a switchblade to him through the fence. Our SSS, Ms. Kiernan, saw the handoff and walked over. Shane had already put it in his sweatshirt pocket; he handed it over when asked. It is a black switchblade, about a 4 inch blade, spring-opening. Shane said his brother told him to "hold it till we get home" because the brother's school does bag checks. The brother left before we could speak with him. No threat was made to anyone. Mom was called at 2:55 and arrived at 3:20. Per our family liaison, the family lives in the Old Colony buildings and the brother is known to "hang with the D Street kids." Shane had just gotten the Good Citizen award on Friday and was very upset.
"""),
  key="switchblade", mct=["through the fence", "Good Citizen award", "spring-opening"],
  mnc=["Old Colony", "D Street kids"], cats=["neighborhood", "gang_affiliation"],
  tags=["precision_trap", "sibling_pickup"])

C("allow", "weapon", sch="Chittick Elementary School", sid="BPS-4274", rcpt="bpd/district-b3",
  stu=("471055", "Jayden Bellevue", "02-02", 1, {}),
  when="2025-12-04 12:05", loc="Chittick Elementary School, playground by the slide",
  weapon="kitchen knife",
  desc=T("""
Recess monitor statement - typed by office from handwritten note.
Around 12:05 at 1st grade recess Jayden was by the slide waving a kitchen knife at 2 kids, like a sword, saying he was a ninja. Knife is about 8 inches with a wood handle. I yelled for Mr. Christian (PE) who was at the door and he came and took it from Jayden by the wrist, no one got cut, the blade did go near one girls arm. Jayden started crying. He said he took it out the drawer at home and put it in his backpack in the morning. Kids were put back in a line and taken in. Mom picked up at 1:30. Mom speaks some english but grandmother Kreyol only, they are Hatian family, office used the language line. Knife was given to Ms. Leandre in the office.
"""),
  key="kitchen knife", mct=["Mr. Christian", "by the slide", "wood handle"],
  mnc=["Kreyol", "Hatian", "language line", "speaks some english"], cats=["language", "ethnicity"],
  tags=["precision_trap", "misspelled"])

C("allow", "weapon", sch="Roosevelt K-8 School", sid="BPS-4290", rcpt="bpd/district-e18",
  stu=("366402", "Adam Nasser", "06-19", 8,
       {"home_language": "Arabic", "ell_status": "Former EL - monitored yr 2"}),
  when="2026-05-06 11:15", loc="Roosevelt K-8 School, cafeteria, 8th grade lunch",
  weapon="stun gun",
  desc=T("""
Incident summary (AP M. Gallagher). At 11:15 in the 8th grade lunch period, Adam showed a black handheld stun gun to the students at his table and pressed it to the left forearm of another 8th grader (R.T.), who jumped back. The device crackled and left a small red mark; the nurse examined R.T., no burn, parent notified. Lunch monitor Mrs. Kowalczyk took the device and I confirmed it is a working stun gun, about the size of a phone, rechargeable. Adam stated he bought it online and carries it because he walks home from the mosque after evening prayers and "people bother him" on the way. He did not threaten anyone. Device is in the office safe. Father came in at 12:30 and was cooperative.
"""),
  key="stun gun", mct=["left forearm", "red mark", "size of a phone"],
  mnc=["Arabic", "Former EL", "mosque", "evening prayers"], cats=["language", "religion"],
  tags=["structured_field"])

C("allow", "weapon", sch="Dever Elementary School", sid="BPS-4229", rcpt="bpd/district-c11",
  stu=("462019", "Anderson Cux", "07-22", 4, {}),
  when="2025-10-08 13:30", loc="Dever Elementary School, Room 211",
  weapon="razor blade",
  desc=T("""
Written by Ms. Delaney, Grade 4, Room 211. Around 1:30 during independent reading Anderson took a single-edge razor blade out of his pencil case and cut the end off a classmate's French braid while she was sitting in front of him. The classmate (L.P.) did not notice until another girl yelled. The blade nicked the back of L.P.'s neck, a small cut the nurse cleaned and bandaged. I took the pencil case; the blade was in a little paper sleeve, the kind for a paint scraper. Anderson said he got it from the garage where his father works. He arrived from Guatemala in August and speaks K'iche' at home, Spanish at school, so our bilingual aide sat with him while he explained. He seemed to think the braid thing was a joke. Parents contacted.
"""),
  key="razor blade", mct=["French braid", "pencil case", "back of L.P.'s neck"],
  mnc=["Guatemala", "K'iche'", "Spanish", "bilingual aide"], cats=["national_origin", "language"],
  tags=["precision_trap"])

C("allow", "weapon", sch="Curley K-8 School", sid="BPS-4159", rcpt="bpd/district-e13",
  stu=("379930", "Adrian Soto", "01-15", 7, {}),
  when="2026-05-21 10:45", loc="Field trip: Jamaica Pond boathouse (7th grade science)",
  weapon="folding knife",
  desc=T("""
Field trip incident - 7th grade science, water sampling. Reported by Mr. Whelan.
At about 10:45, while groups were collecting water samples near the Jamaica Pond boathouse, a chaperone saw Adrian cutting a rope on one of the boat cleats with a folding knife. I asked him to close it and give it to me; he did. It is a black folding knife with a 3-inch locking blade and a belt clip. He said he carries it for "fishing" and keeps it on his belt loop under his sweatshirt. No one was threatened or hurt. I kept the knife in my bag and gave it to the AP when we got back at 12:15. On the bus ride back he told his group he lives on Lamartine St and walks to the pond all the time, and showed off the Puertorican flag lanyard his grandmother gave him.
"""),
  key="folding knife", mct=["Jamaica Pond boathouse", "boat cleats", "belt clip"],
  mnc=["Lamartine", "Puertorican"], cats=["neighborhood", "ethnicity"],
  tags=["precision_trap", "misspelled"])

C("allow", "weapon", sch="Tynan Elementary School", sid="BPS-4196", rcpt="bpd/district-c6",
  stu=("441873", "Ella Marku", "09-27", 5, {}),
  when="2026-02-25 15:05", loc="Tynan Elementary School, bus line in front of the building",
  weapon="pepper spray",
  desc=T("""
Bus 0814 afternoon run, monitor report (R. Baptiste). About 3:05 while the kids were lined up to board in front of the Tynan, Ella and an older girl were arguing about a seat. Ella unclipped a pepper spray keychain from her backpack zipper and sprayed it toward the other girl's face. The spray went mostly onto the other girl's coat and hair and a little in her eyes. I stopped the line and got the nurse. Nurse gave an ice pack and eye wash and the girl was ok after 20 min, parents called. I took the keychain. Ella said her grandfather bought it for her "for walking." Grandfather picks her up at the door most days. He is Albanian and does not understand much English, so I could not explain to him, the office called the mom. Bus left 25 minutes late.
"""),
  key="pepper spray", mct=["ice pack", "eye wash", "backpack zipper"],
  mnc=["Albanian", "understand much English"], cats=["ethnicity", "language"],
  tags=["precision_trap", "bus"])

C("allow", "weapon", sch="Mildred Avenue K-8 School", sid="BPS-4448", rcpt="bpd/district-b3",
  stu=("352781", "Tariq Benford", "10-12", 8, {}),
  when="2025-12-16 10:20", loc="Mildred Avenue K-8 School, second-floor boys' bathroom",
  weapon="revolver",
  desc=T("""
Summary: possession of a firearm (unloaded revolver), 8th grade.
At approximately 10:20, a 7th grade student came to the main office and told the secretary that Tariq was showing "a real gun" in the second-floor boys' bathroom. SSS Pratt and I went up and found Tariq coming out of the bathroom. He was cooperative and took a silver revolver, about six inches long, out of his waistband and put it on the floor as instructed. The cylinder was empty; there were no bullets in the gun, on him, in his bag or in his locker. Tariq said it belongs to his older brother and he took it "to show people." No one was threatened. Weapon secured, BPD notified by phone per SAF-02. Note from the counselor's file: the brother is believed to run with the Morton St crew, and Tariq has been worried about him.
"""),
  key="revolver", mct=["second-floor boys' bathroom", "no bullets", "waistband"],
  mnc=["Morton St"], cats=["gang_affiliation"])

C("allow", "weapon", sch="Harvard-Kent Elementary School", sid="BPS-4148", rcpt="bpd/district-a15",
  stu=("468312", "Hamza Ali", "03-05", 3, {}),
  when="2025-11-06 09:40", loc="Harvard-Kent Elementary School, grade 3 classroom carpet",
  weapon="hunting knife",
  desc=T("""
Subject: show and tell - knife

Ms. Cabral, sending this so it's in writing. This morning around 9:40 we were doing show and tell on the carpet. When it was Hamza's turn he pulled a hunting knife in a brown leather sheath out of his backpack and started to take it out of the sheath to show everybody. I stopped him before the blade was all the way out and held onto it. It is a fixed blade about 6 inches with a bone handle. He said his uncle gave it to him for Eid al-Adha and he wanted to show the class his present. No one touched it but him and me. The family came from Somalia when Hamza was a baby; the uncle is in town visiting. I did not say anything to the class except that knives stay home. Knife is in the office with Ms. Burke.
"""),
  key="hunting knife", mct=["show and tell", "leather sheath", "bone handle"],
  mnc=["Eid al-Adha", "Somalia"], cats=["religion", "national_origin"], tags=["email"])

C("allow", "weapon", sch="Winship Elementary School", sid="BPS-4306", rcpt="bpd/district-d14",
  stu=("459806", "Sofiia Kovalenko", "04-02", 5, {}),
  when="2026-03-03 11:10", loc="Winship Elementary School, grade 5 classroom, indoor recess",
  weapon="fixed-blade knife",
  desc=T("""
Counselor note (Mr. Ames), shared with the AP for the SAF-02 report. At 11:10 during indoor recess, a classmate told me Sofiia had "a knife in the Pokémon tin." I asked Sofiia to come with me and open her tin; inside with her cards was a small fixed-blade knife, about 3 inches, wrapped in a hair tie. She gave it to me without any fuss. She told me a boy at lunch has been grabbing her hair and pushing her, and she wanted something "to scare him." She did not show it to him or anyone else. While we talked she painted her nails with nail polish from her bag, which calmed her. Sofiia and her mother came here from Ukraine last spring on humanitarian parole and live with a Russian-speaking grandmother who does most of the pickups. I have opened a bullying investigation about the boy.
"""),
  key="fixed-blade knife", mct=["Pokémon tin", "nail polish", "hair tie"],
  mnc=["Ukraine", "humanitarian parole", "Russian-speaking"],
  cats=["national_origin", "immigration_status", "language"], tags=["precision_trap"])

C("allow", "weapon", sch="Gardner Pilot Academy", sid="BPS-4309", rcpt="bpd/district-d14",
  stu=("433190", "Brayan Osorio", "08-30", 6, {}),
  when="2026-01-13 08:05", loc="Gardner Pilot Academy, front lobby at arrival",
  weapon="kitchen knife",
  desc=T("""
Student written statement (copied exactly as written, spelling not corrected):
This morning I came to school at 8 and I had the kitchen knife in my bookbag in the side part. I brung it because on the walk the kids from 7th grade follow me and my little brother from Linden St all the way to the door and they take our stuff and one time they push my brother down. I was not gonna stab nobody I just wanted them to see it. I did not take it out in school. Mr. Reyes asked me if I had something and I said yes and I gave it to him. My mom dont talk english so please call my tia instead. I am sorry. I will not bring it again.
- Brayan, 6th grade
(AP note: black-handled 8" chef's knife, recovered from the side pocket of the bookbag at 8:05 in the front lobby. No one was hurt.)
"""),
  key="kitchen knife", mct=["side part", "front lobby", "chef's knife"],
  mnc=["Linden St", "dont talk english"], cats=["neighborhood", "language"],
  tags=["student_statement", "misspelled"])

C("allow", "weapon", sch="King K-8 School", sid="BPS-4325", rcpt="bpd/district-c11",
  stu=("340662", "Darnell Hobbs", "05-04", 8, {}),
  when="2026-04-28 14:25", loc="King K-8 School, side gate by the parking lot, dismissal",
  weapon="box cutter",
  desc=T("""
At approximately 2:25 PM at dismissal, at the side gate by the parking lot, Darnell pulled a box cutter from his pocket and held it up toward a 6th grade boy (K.S.) who had bumped his younger sister in the pickup line. He said "touch her again and see." He did not cut anyone. Ms. Oduya stepped between them; Darnell put the box cutter back in his pocket and walked off toward the street, and the SSS caught up with him at the crosswalk, where he surrendered it. It is an orange retractable box cutter; the blade was fully extended when he held it up. K.S. was shaken but unhurt. Our SIS shows a note that his older brother is listed as a Lucerne St associate, and the home address on file is on Geneva Ave. Darnell picks up his sister every day.
"""),
  key="box cutter", mct=["pickup line", "retractable", "crosswalk"],
  mnc=["Lucerne St", "Geneva Ave"], cats=["gang_affiliation", "neighborhood"],
  tags=["sibling_pickup"])

C("allow", "weapon", sch="Hurley K-8 School", sid="BPS-4298", rcpt="bpd/district-d4",
  stu=("425577", "Elijah Brooks", "01-09", 5, {}),
  when="2025-10-02 09:15", loc="Hurley K-8 School, grade 5 math class, then principal's office",
  weapon="handgun",
  desc=T("""
From: Principal, Hurley K-8
To: Office of Safety Services
Re: Firearm recovered, grade 5

At 9:15 today a 5th grade teacher noticed Elijah kept his backpack on his lap during math and would not hang it up. When asked, he said there was "something of my mom's" in it. The teacher called me; the SSS and I took the backpack to my office with Elijah present. In the main compartment, in a sock, was a small black .22 pistol. It was loaded with six rounds in the magazine. We did not handle it beyond securing it and called BPD D-4, who took custody at 9:40. Elijah was in the nurse's office with our counselor the whole time and was calm. He said he took it because "people fight at night where we stay." The family recently moved from the Cathedral development into the family shelter on Mass Ave, which is in his file as his current address. Mother was reached at 10:05.
"""),
  key=".22 pistol", mct=["six rounds", "nurse's office", "in a sock"],
  mnc=["Cathedral", "shelter"], cats=["neighborhood"], tags=["email", "reverse_trap"])

C("allow", "weapon", sch="Perkins Elementary School", sid="BPS-4185", rcpt="bpd/district-c6",
  stu=("476402", "Tommy Nguyen", "06-17", 3,
       {"primary_language": "Vietnamese", "interpreter_needed": "Y"}),
  when="2026-01-21 12:40", loc="Perkins Elementary School, Room 12, indoor recess",
  weapon="paring knife",
  desc=T("""
Indoor recess, Room 12, 12:40. Because of the cold, 3rd grade recess was indoors. While kids played Chinese checkers and Connect 4, the paraprofessional noticed Tommy using a paring knife to cut the tape off a box of markers. Small knife, 3 inch blade, green plastic handle. She asked for it and he handed it over right away. He said he found it in his lunch bag; his bà nội (grandmother) packs his lunch with cut mango and must have left it in. He showed no intent to hurt anyone and nobody was hurt. The knife was taken to the main office. Grandmother was called at 1:15 through a phone interpreter and met with the principal at dismissal; she apologized and said it will not happen again.
"""),
  key="paring knife", mct=["Chinese checkers", "green plastic handle", "tape off a box of markers"],
  mnc=["Vietnamese", "bà nội", "phone interpreter"], cats=["language"],
  tags=["precision_trap", "structured_field", "other_language"])

C("allow", "weapon", sch="Umana Academy", sid="BPS-4255", rcpt="bpd/district-a7",
  stu=("357210", "Kevin Ayala", "12-01", 8, {}),
  when="2026-03-17 07:45", loc="Umana Academy, courtyard fence before doors open",
  weapon="brass knuckles",
  desc=T("""
School Safety Specialist report - J. Costa. 7:45 AM, before the doors opened, I saw Kevin at the fence of the courtyard talking with an older male (approx 19-20, identified by students as his cousin). The cousin handed Kevin something through the fence and Kevin slipped it into his hoodie. When the doors opened I asked Kevin to step aside and he took out a pair of brass knuckles and a small folding knife and gave them to me. He said there's a "problem" with some boys from another school and his cousin wanted him to have "something." No fight happened. Staff have heard the cousin is "con la Mara," and both boys are from San Miguel in El Salvador; Kevin came three years ago. Items secured. Mother notified 8:15.
"""),
  key="brass knuckles", mct=["courtyard", "through the fence", "small folding knife"],
  mnc=["con la Mara", "San Miguel", "El Salvador"], cats=["gang_affiliation", "national_origin"],
  tags=["other_language"])

C("allow", "weapon", sch="Hennigan K-8 School", sid="BPS-4389", rcpt="bpd/district-e13",
  stu=("480331", "Mateo Guzmán", "10-10", 1, {}),
  when="2026-04-14 07:52", loc="Hennigan K-8 School, grade 1 classroom door",
  weapon="paring knife",
  desc=T("""
[Voicemail transcript, main office line, 7:52 AM, auto-transcribed and corrected by clerk]
Hi, good morning, this is Mateo's mom, Mateo Guzmán, first grade, Ms. Hart class. I'm calling because I think he took my knife, the little one, the paring knife with the red handle, from the kitchen, it's not in the drawer and he was playing with it last night, I told him no. Please can somebody look in his backpack, maybe in the small pocket, before he opens it. I don't want nobody get hurt. Sorry for my English. We live right there at Bromley so I can come walking if you need. Thank you, bye.
[Clerk note, 8:02: Ms. Hart and the AP checked Mateo's backpack at the classroom door. Paring knife with red handle found in the small front pocket, blade wrapped in a napkin. Mateo said he wanted to cut his apple. No one hurt. Knife to office.]
"""),
  key="paring knife", mct=["red handle", "small front pocket", "wrapped in a napkin"],
  mnc=["Sorry for my English", "Bromley"], cats=["language", "neighborhood"],
  tags=["voicemail"])

C("allow", "weapon", sch="Joseph Lee K-8 School", sid="BPS-4210", rcpt="bpd/district-c11",
  stu=("371108", "Marcus Thompson", "09-29", 7, {}),
  when="2026-02-03 13:10", loc="Joseph Lee K-8 School, 7th grade hallway outside room 306",
  weapon="straight razor",
  desc=T("""
At 1:10 PM in the 7th grade hallway outside room 306, a teacher saw Marcus flip open a straight razor and hold it near another boy's cheek while they were arguing about a basketball game. The teacher told him to put it down and he closed it and dropped it into the trash can by the door; the teacher retrieved it. It is an old-style barber's straight razor with a black and silver handle. No one was cut. Marcus said it comes from his grandfather's barbershop, where he goes after school, and that he "wasn't gonna do nothing." Grandfather, who is Jamaican and has had the shop on Blue Hill Ave for 30 years, came to school at 2:30; the family lives in the apartment above the shop. Parent notification done. Razor secured.
"""),
  key="straight razor", mct=["room 306", "trash can", "barber's straight razor"],
  mnc=["Jamaican", "Blue Hill Ave", "above the shop"], cats=["ethnicity", "neighborhood"])

C("allow", "weapon", sch="Sumner Elementary School", sid="BPS-4262", rcpt="bpd/district-e5",
  stu=("438871", "Nevaeh Charles", "03-21", 5, {}),
  when="2025-11-20 10:00", loc="Sumner Elementary School, play area by the big rock",
  weapon="butterfly knife",
  desc=T("""
Written statement by student (5th grade), as written:
I had a butterfly knife. I bought it with my birthday money from a website because my friend on youtube does tricks with it. Today at morning recess I was flipping it by the big rock and some 4th graders were watching and Ms. Dwyer seen it and told me to stop and give it. I gave it. I did not cut anybody I just cut my own finger a little bit last week practicing. Nobody knows I had birthday money because my family is Jehovah Witness and we dont do birthdays, my aunt gave it to me secret. Please dont tell my mom about the birthday money part.
Nevaeh C.
---
Staff addendum: metal balisong (butterfly knife), approx 4 in. blade, sharp. Recovered 10:00 AM at the rock by the play structure.
"""),
  key="butterfly knife", mct=["big rock", "birthday money", "balisong"],
  mnc=["Jehovah"], cats=["religion"], tags=["student_statement"])

C("allow", "weapon", sch="Edison K-8 School", sid="BPS-4313", rcpt="bpd/district-d14",
  stu=("347993", "Jonathan Reyes", "07-07", 8,
       {"home_address": {"street": "41 Market St", "city": "Boston", "zip": "02135"}}),
  when="2026-05-19 08:30", loc="Edison K-8 School, homeroom 8B",
  weapon="handgun",
  desc=T("""
INCIDENT 2526-EDI-0447 | Code W-01 (Firearm) | Entered by: T. Huang, AP
08:30 homeroom 8B. Two students told the homeroom teacher Jonathan had a "ghost gun" in his backpack and had shown it on the bus. Teacher kept the class in the room and called the office. SSS Alvarez escorted Jonathan and the backpack to the office. Backpack contained a black polymer handgun with no serial number (appears home-built), magazine inserted, 5 rounds. BPD D-14 responded 08:52 and took custody. Student stated he carries it for "protection on the walk." No threats reported. Student used foul language toward the SSS during the escort (not a threat). Parent (father) in at 09:40.
"""),
  key="handgun", mct=["ghost gun", "no serial number", "foul language"],
  mnc=["Market St", "02135"], cats=["neighborhood"],
  tags=["precision_trap", "sis_export", "structured_field"])

# ----------------------------------------------------------------------------------------------
# ALLOW - drugs (14)
# ----------------------------------------------------------------------------------------------

C("allow", "drugs", sch="Bradley Elementary School", sid="BPS-4247", rcpt="bpd/district-a7",
  stu=("452267", "Valentina Ospina", "02-12", 4, {}),
  when="2025-10-29 11:55", loc="Bradley Elementary School, cafeteria and nurse's office",
  subs=["oxycodone"],
  desc=T("""
Nurse's note - L. Santangelo, RN. At 11:55 the lunch aide brought me a Tic Tac box that Valentina was sharing at her table, saying it was candy. It contained 9 round white tablets imprinted "512," oxycodone/acetaminophen 5/325 per pill ID. Two classmates said they had put one in their mouth and spit it out because it tasted bad; I examined both, normal alertness and breathing, parents called, both picked up and told to see the pediatrician. Neither swallowed per their accounts. Valentina said she took the pills from her abuela's purse because they "look like mints." The prescription label in abuela's name was found folded inside the box. Abuela came to the door at 12:40 very frightened; she told the parent liaison "estoy aquí sin papeles" and asked if she would be sent back to Colombia. Pills secured in the nurse's locked cabinet.
"""),
  key="oxycodone", mct=["Tic Tac box", "prescription label", "512"],
  mnc=["sin papeles", "Colombia"], cats=["immigration_status", "national_origin"],
  tags=["other_language", "grandparent"])

C("allow", "drugs", sch="Mozart Elementary School", sid="BPS-4270", rcpt="bpd/district-e5",
  stu=("440092", "Anthony Batista", "05-28", 5,
       {"ethnicity": "Hispanic/Latino", "ell_status": "EL - Level 2 (WIDA)"}),
  when="2026-02-12 14:10", loc="Mozart Elementary School, grade 5 classroom cubbies",
  subs=["counterfeit pills", "fentanyl"],
  desc=T("""
Aspen Incident Log - Mozart Elementary
Incident date: 02/12/2026 2:10 PM | Reporter: S. Novak, Principal | Category: Controlled substance
Details: During dismissal prep, teacher Mr. Foley asked Anthony to empty his cubby to look for a missing library book. A snack-size sandwich bag fell out of his backpack containing 14 light-blue round pills stamped "M" and "30." These look like the counterfeit "M30" pills that have been testing positive for fentanyl in the city. Principal secured the bag in a sealed envelope without handling pills directly; nurse on hand with naloxone. Anthony said he found the bag on the ground near the bus stop and "was gonna give it to somebody." No evidence any pill was taken. Guardian (aunt) picked up at 3:00.
Action: SAF referral; BPD notified for pickup of substance.
"""),
  key="fentanyl", mct=["sandwich bag", "light-blue round pills", "naloxone"],
  mnc=["Hispanic/Latino", "EL - Level 2", "WIDA"], cats=["ethnicity", "language"],
  tags=["sis_export", "structured_field"])

C("allow", "drugs", sch="Otis Elementary School", sid="BPS-4241", rcpt="bpd/district-a7",
  stu=("474518", "Josue Mejia", "08-14", 3, {}),
  when="2026-03-26 09:30", loc="Otis Elementary School, main office lost-and-found",
  subs=["cocaine"],
  desc=T("""
Main office clerk note, 9:30 AM. I was sorting the lost-and-found bin and checking jacket pockets for names when I found, in a small blue puffer jacket with JOSUE written on the tag, a knotted corner of a plastic bag with white powder inside, maybe a teaspoon. I gave it to the principal right away. Josue (3rd grade) was brought down and said the jacket is his and the bag is "my uncle's" and that he didn't know it was in there. Mom came at 10:15; she told the principal in front of me that the uncle uses cocaine and had borrowed the jacket. The family is Hondurean and staying with the uncle on Bennington St for now. Nobody touched the powder. Principal sealed it in an envelope for police.
"""),
  key="cocaine", mct=["lost-and-found bin", "puffer jacket", "white powder"],
  mnc=["Hondurean", "Bennington St"], cats=["ethnicity", "neighborhood"], tags=["misspelled"])

C("allow", "drugs", sch="Taylor Elementary School", sid="BPS-4357", rcpt="bpd/district-b3",
  stu=("436640", "Khalil Grant", "06-03", 5, {}),
  when="2026-01-08 15:20", loc="School bus, Route 417 PM run",
  subs=["Xanax"],
  desc=T("""
Bus monitor incident form - Route 417 PM. Writer: Gloria Tate, monitor.
At about 3:20 Khalil was in seat 9 showing a small bag of yellow rectangle pills to two 5th graders and saying "2 for 5 dollars." One boy gave him money. I went up and asked for the bag and Khalil gave it to me, and the other boy gave me back the pills he got. The bars are yellow with lines and say XANAX on them, 6 whole and 2 halves. I called dispatch and the driver pulled over at a safe spot so the AP could meet us. Khalil said his older brother gives him pills to sell and keeps "the rest" at home. The other kids on the bus say the brother is in the Norfolk St crew. No one took a pill that I saw.
"""),
  key="Xanax", mct=["seat 9", "yellow rectangle pills", "2 for 5 dollars"],
  mnc=["Norfolk St"], cats=["gang_affiliation"], tags=["bus"])

C("allow", "drugs", sch="Kenny Elementary School", sid="BPS-4337", rcpt="bpd/district-c11",
  stu=("458830", "Ariana Fernandes", "09-09", 4, {}),
  when="2026-04-02 12:15", loc="Kenny Elementary School, cafeteria",
  subs=["THC edibles", "oxycodone"],
  desc=T("""
At 12:15 in the cafeteria a lunch aide noticed Ariana handing out "gummy bears" from a Ziploc. The aide took the Ziploc: it held a torn wrapper from a THC gummy product (10 mg) with six gummies left, and, at the bottom, four small round blue tablets imprinted "A 215," which the nurse identified as oxycodone 30 mg. One classmate ate a gummy; the nurse monitored him and his parent took him to Carney Hospital as a precaution, released that afternoon. No one took a tablet. Ariana said she found the bag in her nana's coat. Nana, who is from Cape Verde and speaks Kriolu, was called with our bilingual aide and came in at 1:30.
"""),
  key="oxycodone", mct=["Ziploc", "A 215", "Carney Hospital"],
  mnc=["Cape Verde", "Kriolu", "bilingual aide"], cats=["national_origin", "language"],
  tags=["mixed_substances", "grandparent"])

C("allow", "drugs", sch="Higginson-Lewis K-8 School", sid="BPS-4321", rcpt="bpd/district-b2",
  stu=("383005", "Jaylen Webb", "10-20", 7, {}),
  when="2025-12-09 14:50", loc="Higginson-Lewis K-8 School, front steps at dismissal",
  subs=["fentanyl"],
  desc=T("""
At approximately 2:50 PM at dismissal, Jaylen's older brother (about 17, not a BPS student) was waiting at the door to pick him up. Jaylen dropped a folded dollar bill on the front steps and a teacher picked it up to hand back; a tan powder spilled from inside. The teacher brought it to me. Jaylen and his brother left before we could stop them. I spoke with Jaylen the next morning with his mother present; he said his brother gave him the bill to "hold" and it was fentanyl, he knew because the brother told him not to touch it. The bill and powder were sealed; staff who touched it washed hands, Narcan was on hand, no one showed symptoms. Mother states they live in the Whittier Street development and that the brother "is Walnut Park."
"""),
  key="fentanyl", mct=["folded dollar bill", "front steps", "Narcan"],
  mnc=["Whittier Street", "Walnut Park"], cats=["neighborhood", "gang_affiliation"],
  tags=["sibling_pickup"])

C("allow", "drugs", sch="Clap Innovation School", sid="BPS-4369", rcpt="bpd/district-c11",
  stu=("466750", "Lucas Oliveira", "06-06", 2, {}),
  when="2025-11-13 10:05", loc="Clap Innovation School, nurse's office",
  subs=["Suboxone"],
  desc=T("""
School nurse report (K. Marsh, RN), 10:05 AM.
Lucas (2nd grade) was sent to me by his teacher because he had an orange film stuck under his tongue and said it "tastes weird." I removed what was left of the film; it was an orange strip consistent with Suboxone (buprenorphine/naloxone). His backpack front pocket had a foil packet with two more strips. He told me they are his dad's "medicine" and he took one "to be like Dad." I called 911 at 10:09 as he was getting drowsy; EMS took him to Boston Medical Center for observation and he was released that evening. Mother reached by phone with a Portuguese interpreter; the family moved here from Minas Gerais last year. I am submitting because another child in the class reported Lucas offered her a strip.
"""),
  key="Suboxone", mct=["orange film", "under his tongue", "foil packet"],
  mnc=["Portuguese", "Minas Gerais"], cats=["language", "national_origin"])

C("allow", "drugs", sch="Ellis Elementary School", sid="BPS-4349", rcpt="bpd/district-b2",
  stu=("445124", "Aaliyah Greene", "07-11", 5, {}),
  when="2026-05-12 12:30", loc="Ellis Elementary School, cafeteria, 5th grade lunch",
  subs=["Adderall"],
  desc=T("""
From: AP Ruiz
Subject: Adderall sale at lunch - grade 5

At 12:30 at lunch, two 5th graders told the lunch monitor Aaliyah was selling "focus pills" for $2 each. The monitor recovered a pill bottle from her lunch box labeled for an adult relative: amphetamine salts (Adderall) 20 mg, 11 orange capsules remaining. Aaliyah said she took it from her uncle and that 3 kids "bought" one. The nurse checked all three; one had swallowed a capsule and reported a fast heartbeat, and her parent took her to the pediatrician. Mom came in and told me she is Muslim and very strict and did not know the uncle had pills in the house. Aaliyah lives with mom and the uncle in Warren Gardens.
"""),
  key="Adderall", mct=["focus pills", "lunch box", "fast heartbeat"],
  mnc=["Muslim", "Warren Gardens"], cats=["religion", "neighborhood"], tags=["email"])

C("allow", "drugs", sch="Philbrick Elementary School", sid="BPS-4266", rcpt="bpd/district-e5",
  stu=("457360", "Owen Sharma", "04-25", 4, {}),
  when="2026-06-04 10:50", loc="Philbrick Elementary School, playground by the swings",
  subs=["psilocybin"],
  desc=T("""
At morning recess (10:50) Owen shared squares of a chocolate bar with three friends by the swings; he had traded for it at the bus stop and it was in a shiny wrapper that said "Polkadot" with a mushroom logo. About 30 minutes later two of the boys told their teacher they felt "wobbly" and one was laughing and crying. The nurse called 911; EMS transported both to Children's as a precaution. Both were fine by evening. The wrapper says it contains psilocybin. Owen said an older kid gave it to him in exchange for Turkish taffy and Pokémon cards. Owen's father came at 11:45; he told us he is here on an H-1B and was afraid this would "cause problems with his visa."
"""),
  key="psilocybin", mct=["Turkish taffy", "by the swings", "mushroom logo"],
  mnc=["H-1B", "his visa"], cats=["immigration_status"], tags=["precision_trap"])

C("allow", "drugs", sch="BTU K-8 Pilot School", sid="BPS-4405", rcpt="bpd/district-e13",
  stu=("362248", "Yamilet Peña", "04-30", 8, {}),
  when="2026-06-12 18:40", loc="BTU K-8 Pilot School, cafeteria, eighth-grade social",
  subs=["MDMA"],
  desc=T("""
Eighth-grade social, cafeteria, 6:40 PM. Written by Ms. Harrington, chaperone.
A student came to me and said Yamilet had "molly" in a mint tin in her jacket. I asked Yamilet to come to the hallway with Ms. Lopes; she handed over the tin. Inside were 5 pink MDMA tablets shaped like hearts and a note with prices. She said she got them from a friend of her sister's to "make the social fun" and had already given one to another girl, who we found and who said she hadn't taken it yet. The nurse was not on site; we called the on-call administrator and EMS was not needed. Yamilet's sister picked her up at 7:30 and said they'd walk home to Egleston. Earlier Yamilet had been telling friends she is "Dominicana y orgullosa."
"""),
  key="MDMA", mct=["mint tin", "shaped like hearts", "eighth-grade social"],
  mnc=["Egleston", "Dominicana"], cats=["neighborhood", "ethnicity"],
  tags=["other_language", "sibling_pickup"])

C("allow", "drugs", sch="Young Achievers Science and Math K-8 School", sid="BPS-4381",
  rcpt="bpd/district-b3",
  stu=("411893", "Isaiah Barrett", "01-26", 6, {}),
  when="2026-03-05 08:40", loc="Young Achievers Science and Math K-8 School, cafeteria breakfast",
  subs=["heroin"],
  desc=T("""
At 8:40 AM during breakfast in the cafeteria, Isaiah opened his backpack to get a pencil and several small glassine bags fell onto the table, each stamped with a red crown. A teacher collected 7 bags, folded and taped, containing a brownish powder, and brought them to me. Isaiah said his grandfather "keeps his stuff" in the hall closet and the bags must have fallen into his backpack; he said his grandfather calls it "dope," and the grandfather later told his mother it is heroin. Nobody opened the bags. Nurse on standby with Narcan. The grandfather stays with the family on River Street. Mom arrived at 9:30, upset, and asked that we also let their pastor at the Seventh-day Adventist church know.
"""),
  key="heroin", mct=["glassine", "red crown", "hall closet"],
  mnc=["River Street", "Adventist", "pastor"], cats=["neighborhood", "religion"],
  tags=["grandparent"])

C("allow", "drugs", sch="Guild Elementary School", sid="BPS-4250", rcpt="bpd/district-a7",
  stu=("449971", "Ilyas Benali", "10-14", 5, {}),
  when="2026-01-29 15:10", loc="Guild Elementary School, front door at dismissal",
  subs=["counterfeit Percocet"],
  desc=T("""
At 3:10 PM at the front door during dismissal, a paraprofessional saw Ilyas's older sister (16, she picks him up) hand him a pill bottle, and then saw Ilyas pass two pills to a classmate, saying "they make you chill." The para took the pills from the classmate; they are round blue pills stamped "M 30" that the sister called Percocet. Ilyas emptied his pockets: the bottle had 12 more, no label. The sister walked off before staff could speak with her. Nobody took any. Per the emergency card, the sister walks Ilyas home to Orient Heights. Mother, who arrived from Morocco last year and speaks Darija, came in the next morning with an interpreter.
"""),
  key="Percocet", mct=["pill bottle", "they make you chill", "front door"],
  mnc=["Orient Heights", "Morocco", "Darija", "with an interpreter"],
  cats=["neighborhood", "national_origin", "language"], tags=["sibling_pickup"])

C("allow", "drugs", sch="Lyndon K-8 School", sid="BPS-4317", rcpt="bpd/district-e5",
  stu=("385574", "Ravi Patel", "12-02", 7, {}),
  when="2026-02-27 10:20", loc="Lyndon K-8 School, French classroom",
  subs=["LSD"],
  desc=T("""
Hi Dr. Farrell - during French class this morning (about 10:20) Ravi was showing two boys a small sheet of paper with a cartoon printed on it, 10 tabs in a plastic sleeve in his pencil case. One boy told me afterward it was "acid." I took the pencil case to the office and the nurse looked at it: blotter paper with perforated squares, which the nurse said matches what LSD looks like. Ravi says he got it from a high schooler at the Hindu temple youth program his family goes to on weekends and he was "just holding it." Nobody took any, according to all three. I have the sleeve in a sealed envelope in your box. - M. Beaulieu
"""),
  key="LSD", mct=["French class", "blotter paper", "perforated squares"],
  mnc=["Hindu"], cats=["religion"], tags=["precision_trap", "email"])

C("allow", "drugs", sch="Channing Elementary School", sid="BPS-4282", rcpt="bpd/district-e18",
  stu=("470099", "Kiara Joseph", "05-09", 3, {}),
  when="2025-09-23 11:30", loc="Channing Elementary School, cafeteria and nurse's office",
  subs=["methadone"],
  desc=T("""
Nurse note, 11:30 AM. Kiara (3rd grade) came to the office with a teacher after a classmate said Kiara's "juice" tasted "nasty and made her throat burn." The juice bottle in Kiara's lunch bag was a small Sunny D bottle refilled with a red liquid that smelled like medicine. Kiara said her grandmother keeps "her red medicine" in the fridge and she poured some in because she thought it was fruit punch. The grandmother confirmed by phone it is her liquid methadone take-home dose. The classmate had taken one sip; I called 911 and EMS transported her to Carney, where she was observed and released. Kiara did not drink any. The grandmother, who is from Trinidad, lives with the family on Sunnyside St.
"""),
  key="methadone", mct=["Sunny D bottle", "fruit punch", "one sip"],
  mnc=["Trinidad", "Sunnyside St"], cats=["national_origin", "neighborhood"],
  tags=["precision_trap", "grandparent"])

# ----------------------------------------------------------------------------------------------
# ALLOW - serious violence (14)
# ----------------------------------------------------------------------------------------------

C("allow", "serious_violence", sch="Mission Hill K-8 School", sid="BPS-4311", rcpt="bpd/district-b2",
  stu=("402886", "Ayan Farah", "05-16", 6, {}),
  when="2025-10-16 12:10", loc="Mission Hill K-8 School, playground climbing structure",
  desc=T("""
During 6th grade recess at 12:10, Ayan and another 6th grader (M.D.) were on the top platform of the climbing structure arguing about a ball. Two staff and several students saw Ayan shove M.D. with both hands in the chest; M.D. fell about seven feet to the ground and landed on his right arm. He had a compound fracture of the forearm, the bone through the skin. Recess staff called 911; EMS took him to Children's, where he had surgery that night, and he will be out for several weeks. Ayan stayed on the structure and said "he pushed me first," which no witness saw. Ayan's mother was called; she needs a Somali interpreter, and our liaison was in the building. Mother came at 1:30.
"""),
  key="compound fracture", mct=["climbing structure", "seven feet", "right arm"],
  mnc=["Somali"], cats=["language"], tags=["precision_trap"])

C("allow", "serious_violence", sch="Murphy K-8 School", sid="BPS-4203", rcpt="bpd/district-c11",
  stu=("333918", "Dante Morris", "02-14", 8, {}),
  when="2026-03-19 14:35", loc="Murphy K-8 School, pickup line outside the main doors",
  desc=T("""
SSS report. At 2:35 PM in the pickup line outside the main doors, Dante, who picks up his younger cousin every day, got into an argument with a 4th grader's older brother (H.L., 7th grade). Dante swung a U-shaped bike lock and struck H.L. on the side of the head. H.L. fell and was bleeding heavily from the scalp; staff applied pressure and called EMS. H.L. was taken to Boston Medical Center and received 11 stitches; a CT scan was negative for fracture. Dante ran toward the parking lot and was stopped by a teacher; he dropped the lock. Parents on the sidewalk were very shaken, and several little kids saw it. Afterward Dante said H.L.'s family "disrespected" his, and students told staff that Dante's older brother is a Franklin Hill associate.
"""),
  key="bike lock", mct=["11 stitches", "pickup line", "side of the head"],
  mnc=["Franklin Hill"], cats=["gang_affiliation"], tags=["sibling_pickup"])

C("allow", "serious_violence", sch="Trotter Elementary School", sid="BPS-4329", rcpt="bpd/district-b2",
  stu=("441202", "Imani Fofana", "08-01", 5, {}),
  when="2026-01-22 12:25", loc="Trotter Elementary School, cafeteria, table 4",
  desc=T("""
Lunch, 12:25, table 4. Imani swung her metal thermos by its strap and hit another 5th grade girl (T.W.) across the left side of her face twice after T.W. took her seat. T.W. had immediate swelling around her eye; the nurse sent her by ambulance to Children's, where an X-ray showed an orbital fracture (a broken bone around the eye). T.W. is expected to recover but is seeing an eye specialist. The thermos was dented and is being held in the office. Imani said T.W. "told everybody" that Imani is undocumentd and would "get deported," and Imani "snapped." Two lunch aides saw both hits and separated the girls.
"""),
  key="thermos", mct=["left side of her face", "orbital fracture", "table 4"],
  mnc=["undocumentd", "deported"], cats=["immigration_status"],
  tags=["precision_trap", "misspelled"])

C("allow", "serious_violence", sch="Russell Elementary School", sid="BPS-4353", rcpt="bpd/district-c11",
  stu=("455998", "Josiah Lopes", "03-13", 4, {"race_ethnicity": "Cape Verdean"}),
  when="2025-12-11 09:50", loc="Russell Elementary School, Room 8",
  desc=T("""
At about 9:50 during the English Language Arts block in Room 8, Josiah grabbed a pair of pointed classroom scissors and stabbed a classmate (D.R.) in the back of the right hand after D.R. erased his answer on the whiteboard. The cut was deep; the nurse controlled the bleeding and EMS took D.R. to Boston Medical Center, where surgeons repaired a cut tendon. D.R. is in a splint and will need therapy. The teacher, Ms. O'Neil, took the scissors. Josiah stayed at his desk and cried. He has no prior incidents. Father came at 10:45 and took him home.
"""),
  key="scissors", mct=["English Language Arts", "back of the right hand", "tendon"],
  mnc=["Cape Verdean"], cats=["ethnicity"], tags=["precision_trap", "structured_field"])

C("allow", "serious_violence", sch="Haley Pilot School", sid="BPS-4345", rcpt="bpd/district-e5",
  stu=("376542", "Brandon Doyle", "07-19", 7, {}),
  when="2026-04-16 15:00", loc="Haley Pilot School, sidewalk in front of the school, dismissal",
  desc=T("""
Dismissal, 3:00 PM, sidewalk in front of the school. Brandon and his older cousin (about 16, not a student here) followed a 6th grader (P.K.) from the front door to the corner. Video from a neighbor's Ring doorbell, which the neighbor showed me on her phone, and three staff witnesses show Brandon punching P.K. from behind and the cousin kicking him several times once he was on the ground. P.K. lost consciousness briefly. EMS took him to Faulkner Hospital, where he was diagnosed with a concussion and a broken nose and kept overnight. Brandon said P.K. "talked about his family." The cousin is from the Archdale development, and Brandon stays there some nights.
"""),
  key="concussion", mct=["Ring doorbell", "broken nose", "lost consciousness"],
  mnc=["Archdale"], cats=["neighborhood"], tags=["precision_trap"])

C("allow", "serious_violence", sch="Sarah Greenwood K-8 School", sid="BPS-4377", rcpt="bpd/district-c11",
  stu=("359021", "Amira Saleh", "09-03", 8, {}),
  when="2025-11-05 08:10", loc="Sarah Greenwood K-8 School, side fence of the yard at drop-off",
  desc=T("""
At 8:10 AM, while parents were dropping off at the side fence of the yard, Amira picked up a fist-sized rock from the garden bed and threw it over the fence at a 7th grader's mother, who had just yelled at her about a dispute between the girls. The rock struck the mother on the forehead; she had a deep cut and was bleeding heavily. Staff called 911; she received staples at the ER and was evaluated for a concussion. Amira came inside when asked and said the mother had been "coming at her" for weeks. Counselor notes say Amira has been upset because classmates have been pulling at her hijab and mocking her family for being from Yemen.
"""),
  key="fist-sized rock", mct=["staples", "garden bed", "forehead"],
  mnc=["hijab", "Yemen"], cats=["religion", "national_origin"], tags=["parent_at_fence"])

C("allow", "serious_violence", sch="Everett Elementary School", sid="BPS-4373", rcpt="bpd/district-c11",
  stu=("448209", "Jason Lau", "11-11", 5, {}),
  when="2026-02-05 13:20", loc="Everett Elementary School, stairwell B",
  desc=T("""
Subject: Incident on stairwell B - please add to report

At 1:20 on the way back from the library, Jason was at the top of stairwell B when a smaller 3rd grader (A.N.) bumped his backpack. Jason turned and shoved A.N. hard with two hands and A.N. fell backward down about eight stairs to the landing. A.N. was crying and holding his shoulder; the nurse suspected a broken collarbone and mom took him to Children's, where they confirmed it. Jason told me, "He's always touching my stuff." Jason's grandmother picks him up; she 講廣東話 only, and Jason interprets for her, so the conversation at pickup was hard. I think the principal should use a Cantonese interpreter when calling.
- Mr. Silva
"""),
  key="collarbone", mct=["stairwell B", "eight stairs", "landing"],
  mnc=["講廣東話", "Cantonese", "interprets for her"], cats=["language"],
  tags=["other_language", "email", "grandparent"])

C("allow", "serious_violence", sch="Kilmer K-8 School", sid="BPS-4163", rcpt="bpd/district-e5",
  stu=("336785", "Connor Walsh", "03-27", 8, {}),
  when="2026-01-30 11:40", loc="Kilmer K-8 School, gym, floor hockey",
  desc=T("""
PE report from Coach Ferraro. 11:40, floor hockey unit in the gym. During a game, after a check that he didn't like, Connor took a full two-handed swing with his hockey stick at the face of another 8th grader (E.M.), who wasn't looking. The stick hit E.M. in the mouth. E.M. lost his two front teeth and had a broken jaw on the left side; his father took him to the hospital and he had surgery this week. I took the stick and sent the class to the locker rooms. Connor said "he had it coming." Connor's dad called me afterward and said the family are "good Irish Catholic people" and asked me to keep it in the building. He mentioned they live off Centre St near the VFW post.
"""),
  key="hockey stick", mct=["two front teeth", "broken jaw", "floor hockey"],
  mnc=["Irish Catholic", "Centre St"], cats=["ethnicity", "religion", "neighborhood"],
  tags=["coach"])

C("allow", "serious_violence", sch="Adams Elementary School", sid="BPS-4409", rcpt="bpd/district-a7",
  stu=("450587", "Santiago Rivas", "12-19", 5, {}),
  when="2026-04-23 12:00", loc="Adams Elementary School, cafeteria",
  desc=T("""
At 12:00 in the cafeteria, lunch aide Mrs. Kwan asked Santiago to sit down. He stood up, grabbed her arm and jabbed a plastic fork at her face several times. One jab went into her left eyelid and the fork tines broke off. Mrs. Kwan was bleeding around the eye; EMS took her to Mass Eye and Ear, where she needed stitches to the eyelid and doctors removed a plastic fragment; her vision is being monitored. Santiago was held safely by the AP and the counselor for less than a minute and then calmed. He later said he "didn't mean the eye." Santiago's family came from Venezuela and has a pending asilum case; the counselor notes he has been very anxious about it.
"""),
  key="plastic fork", mct=["left eyelid", "Mass Eye and Ear", "tines broke off"],
  mnc=["Venezuela", "asilum"], cats=["national_origin", "immigration_status"],
  tags=["misspelled"])

C("allow", "serious_violence", sch="Lyon K-8 School", sid="BPS-4433", rcpt="bpd/district-d14",
  stu=("330472", "Tyler Quinn", "01-21", 8, {}),
  when="2026-03-10 10:35", loc="Lyon K-8 School, back stairwell",
  desc=T("""
Report of sexual assault, grade 8. On 3/10/26 at about 10:35 AM, a 7th grade girl (S.G.) reported to her teacher that Tyler followed her into the back stairwell between classes, pinned her against the wall, put his hand under her shirt and inside her waistband and groped her while she said no and tried to push him off. She got away when a door opened above. She told her teacher within minutes and was visibly shaking. The stairwell camera shows both entering and S.G. running out (no audio). S.G.'s parents were called and she was seen by the nurse and counselor. Tyler denied it, then said it was "a joke." Tyler's mother needed a Mandarin interpreter for the phone call. Title IX coordinator notified.
"""),
  key="groped", mct=["back stairwell", "said no", "stairwell camera"],
  mnc=["Mandarin"], cats=["language"], tags=["precision_trap"])

C("allow", "serious_violence", sch="Blackstone Elementary School", sid="BPS-4294", rcpt="bpd/district-d4",
  stu=("437719", "Angel Almonte", "04-14", 5,
       {"country_of_birth": "Dominican Republic", "home_language": "Spanish"}),
  when="2025-10-23 10:15", loc="Blackstone Elementary School, gym",
  desc=T("""
INCIDENT SUMMARY (SIS export)
Date: 10/23/2025 10:15 | Location: Gym
Type: Assault w/ object - serious injury | Staff reporter: P. Nguyen, Dean
During 5th grade PE, Angel swung a full stainless steel water bottle into the back of a classmate's head (C.B.) after losing a relay race. C.B. collapsed and vomited. Nurse called EMS; a CT at Tufts Medical Center showed a small skull fracture; C.B. was admitted for two nights. PE teacher Mr. Harlow secured the bottle. Angel said "I just wanted him to stop laughing." Parent contacted 10:40; interpreter used. Consequence: suspension pending hearing.
"""),
  key="skull fracture", mct=["water bottle", "relay race", "Tufts Medical Center"],
  mnc=["Dominican Republic", "Spanish", "interpreter used"], cats=["national_origin", "language"],
  tags=["sis_export", "structured_field"])

C("allow", "serious_violence", sch="Ohrenberger School", sid="BPS-4385", rcpt="bpd/district-e5",
  stu=("353660", "Jace Sullivan", "11-30", 8, {}),
  when="2026-05-28 14:45", loc="Ohrenberger School, bus line at the side of the building",
  desc=T("""
At 2:45 PM at the bus line on the side of the building, Jace kicked a 2nd grade boy (N.F.) repeatedly in the stomach and side after N.F. cut in front of Jace's little sister. The crossing guard, Mr. DeLuca, pulled Jace away. N.F. was pale and complaining of belly pain; the nurse called 911. At Children's he was found to have a ruptured spleen and had emergency surgery. He is recovering. Jace said the kid "needed to learn." Students told the AP Jace has been wearing Heath Street colors and flashing hand signs at the high schoolers who walk past the fence.
"""),
  key="ruptured spleen", mct=["crossing guard", "bus line", "emergency surgery"],
  mnc=["Heath Street"], cats=["gang_affiliation"], tags=["sibling_pickup"])

C("allow", "serious_violence", sch="Tobin K-8 School", sid="BPS-4421", rcpt="bpd/district-b2",
  stu=("349118", "Malachi Gibbs", "08-08", 8, {}),
  when="2026-02-24 12:50", loc="Tobin K-8 School, cafeteria",
  desc=T("""
At 12:50 during 8th grade lunch, after the lunch aide, Ms. Penn, told Malachi to clean up a spill, he picked up a cafeteria chair and swung it at her. The metal leg hit her on the left wrist as she raised her arm. X-rays at the Brigham that afternoon showed a broken wrist; she is in a cast and out of work. Malachi left the cafeteria and was found in the stairwell by the SSS. He later apologized in writing. Malachi lives with his aunt in the Mission Main development, and his aunt asked that he not be picked up at home by police.
"""),
  key="broken wrist", mct=["cafeteria chair", "left wrist", "metal leg"],
  mnc=["Mission Main"], cats=["neighborhood"])

C("allow", "serious_violence", sch="Mather Elementary School", sid="BPS-4121", rcpt="bpd/district-c11",
  stu=("439954", "Selam Tesfaye", "02-27", 5, {}),
  when="2026-01-15 12:05", loc="Mather Elementary School, cafeteria",
  desc=T("""
Nurse's report. At 12:05 in the cafeteria, Selam unscrewed the lid of a thermos of soup that her grandmother had brought to the front door at 11:30 (still very hot) and poured it onto the lap and arm of a 5th grade girl (B.O.) who had taken her phone. B.O. screamed; staff brought her to me. She had blistering on her right forearm and thigh; I cooled the burns with running water and EMS took her to MGH, where she was treated for second-degree burns. Witnesses say Selam said "now you'll remember." The grandmother, who is Ethiopian and speaks Amharic, was very distressed and could not understand the AP.
"""),
  key="second-degree burns", mct=["right forearm", "front door at 11:30", "thermos of soup"],
  mnc=["Ethiopian", "Amharic"], cats=["ethnicity", "language"], tags=["grandparent"])

# ----------------------------------------------------------------------------------------------
# ALLOW - credible threat with a written threat statement (14)
# ----------------------------------------------------------------------------------------------

C("allow", "credible_threat", sch="Grew Elementary School", sid="BPS-4286", rcpt="bpd/district-e18",
  stu=("446031", "Jordan Mayo", "06-22", 5, {}),
  when="2026-01-14 12:15", loc="Grew Elementary School, cafeteria, 5th grade lunch",
  threat=("On 1/14/26 at lunch, Jordan told three classmates he will take the gun from his uncle's "
          "closet on Friday, bring it in his backpack, and shoot Mr. Pellegrino and the lunch monitor "
          "for 'always yelling.' He described the gun (black, kept in a shoebox on the top shelf). When "
          "the AP asked him, he repeated that he 'would do it Friday.' The uncle confirmed by phone that "
          "he keeps a handgun in the home."),
  desc=T("""
Three 5th graders came to the office separately after lunch (about 12:40) and reported that Jordan said at lunch he will bring his uncle's gun in his backpack on Friday and shoot Mr. Pellegrino, the 5th grade teacher, and Mrs. Doherty, the lunch monitor. The stories matched closely: the gun is black and kept "in a shoebox on the top shelf" of the uncle's closet. One girl was crying. When I met with Jordan at 1:15 with the counselor, he did not deny it and said "I'll do it Friday, they always yell at me." His mother said the uncle lives with them on Hyde Park Ave and does own a gun. The uncle confirmed by phone the gun is there and said he will lock it up.
"""),
  key="shoebox", mct=["uncle's closet", "Mr. Pellegrino", "top shelf"],
  mnc=["Hyde Park Ave"], cats=["neighborhood"])

C("allow", "credible_threat", sch="Hale Elementary School", sid="BPS-4341", rcpt="bpd/district-b2",
  stu=("461577", "Zion Lindo", "10-05", 4, {}),
  when="2025-12-03 10:30", loc="Hale Elementary School, grade 4 classroom",
  threat=("Zion told his teacher and two classmates that he will bring the lighter fluid from under the "
          "sink at home and 'burn the school down with everybody inside' during the next fire drill. He "
          "said he has practiced with matches. His mother confirmed there is lighter fluid and matches at "
          "home and that Zion set a small fire in a trash can at home last month."),
  desc=T("""
Teacher statement, Grade 4, 10:30 AM. During writing workshop Zion drew a picture of the school on fire with stick people in the windows and wrote "BURN IT" across the top. When I asked him about it he said, calmly, that he will bring the lighter fluid from under the sink at home and burn the school down during the next fire drill, "because then everybody is outside to watch." Two classmates heard him say the same thing at recess. I brought the drawing to the principal. Mom came in; she confirmed he set a small trash can fire at home last month. Mom also said the family is Rastafarian and does not believe in putting kids on medication, which the counselor had asked about.
"""),
  key="lighter fluid", mct=["fire drill", "BURN IT", "writing workshop"],
  mnc=["Rastafarian"], cats=["religion"])

C("allow", "credible_threat", sch="Edison K-8 School", sid="BPS-4313", rcpt="bpd/district-d14",
  stu=("344890", "Andre Baptiste", "04-12", 8, {}),
  when="2026-04-07 21:15", loc="Snapchat group chat; threatened location Edison K-8 School front gate",
  threat=("At 9:15 PM on 4/7/26 Andre posted in a Snapchat group of about 20 7th and 8th graders: "
          "'tmrw im bringing my brothers strap to the gate at 2:30 all yall getting it, especially K and "
          "D.' ('Strap' is slang for a gun.) He sent a photo of a handgun on a bed. He would not tell the "
          "AP where the gun is."),
  desc=T("""
Screenshots came to the main office email from three parents between 6:40 and 7:05 AM on 4/8. The Snapchat message from Andre's account, posted at 9:15 PM the night before, says he is bringing "my brothers strap to the gate at 2:30" and names two boys by initials. The attached photo shows a black handgun on a bedspread. Andre was stopped at the door on arrival and searched by the SSS with the AP present: no weapon on him. He said it was "just a joke" but would not say where the gun is. Parents reached. A mother who called said Andre's brother runs with a crew out of the Faneuil development, where the family lives.
"""),
  key="brothers strap", mct=["Snapchat", "2:30", "bedspread"],
  mnc=["Faneuil"], cats=["gang_affiliation", "neighborhood"], tags=["sibling_pickup"])

C("allow", "credible_threat", sch="Bates Elementary School", sid="BPS-4401", rcpt="bpd/district-e5",
  stu=("442613", "Lily Carvalho", "03-30", 5, {}),
  when="2026-05-29 09:05", loc="Bates Elementary School, grade 5 hallway",
  threat=("Lily wrote a 'hit list' with four classmates' names and 'I will stab them with my dads "
          "hunting knife on field day June 5' in her notebook, and told one of the girls on the list "
          "'you're first.' She told the principal she 'means it.' Her father confirmed he owns a hunting "
          "knife kept in the garage."),
  desc=T("""
On Friday at about 9:05 a 5th grader brought the principal a page torn from Lily's notebook. It is titled HIT LIST with four girls' names, a drawing of a knife, and the line "I will stab them with my dads hunting knife on field day June 5." The girl who brought it said Lily told her "you're first" in the hallway. I met with Lily with the counselor; she said the girls "leave her out" and that she "means it." Her father confirmed the knife is in the garage and has locked it up. The family home is 18 Ashland St, where the garage is; dad asked us to keep the address out of any report.
"""),
  key="hunting knife", mct=["HIT LIST", "field day", "you're first"],
  mnc=["Ashland St"], cats=["neighborhood"])

C("allow", "credible_threat", sch="McKay K-8 School", sid="BPS-4236", rcpt="bpd/district-a7",
  stu=("380664", "Wilmer Portillo", "06-09", 7, {}),
  when="2026-02-19 13:45", loc="McKay K-8 School, counselor's office",
  threat=("In a counseling session on 2/19/26 Wilmer told the school counselor that on Friday he will "
          "bring the gun his stepfather keeps under the seat of his car and shoot the three boys who have "
          "been calling him names at recess. He named the boys, said he knows the gun is loaded and where "
          "the car keys are, and said he 'doesn't care what happens after.'"),
  desc=T("""
Counselor's summary (Ms. Tran). Wilmer came to my office at 1:45 after a hard recess. He told me the same three 7th grade boys call him "mojado" and other names every day by the fence, and that on Friday he is going to bring the gun his stepfather keeps under the seat of his car and shoot them. He was calm and specific: he named the three boys and said the gun is loaded. I stayed with him and called the principal per protocol. The stepfather confirmed he has a licensed pistol in the car and said he would remove it. I have opened a bullying investigation on the name-calling.
"""),
  key="stepfather", mct=["under the seat of his car", "three 7th grade boys", "gun is loaded"],
  mnc=["mojado"], cats=["immigration_status"], tags=["other_language"])

C("allow", "credible_threat", sch="Ohrenberger School", sid="BPS-4385", rcpt="bpd/district-e5",
  stu=("356271", "Gavin Burke", "10-28", 8, {}),
  when="2026-03-22 19:30", loc="Instagram post; threatened location Ohrenberger School",
  threat=("On Sunday 3/22/26 at 7:30 PM Gavin posted on Instagram a photo of himself holding a rifle "
          "with the caption 'dont come to ohrenberger monday. im serious.' He did not take it down when "
          "his father asked. The rifle belongs to his father, who confirmed it is in the house."),
  desc=T("""
Over Sunday night we received 14 calls and emails from parents about an Instagram post by Gavin: a photo of him in his room holding a rifle, captioned "dont come to ohrenberger monday. im serious." His father called me himself at 9 PM; he said the rifle is his (a .22 hunting rifle), that he has now put it in a gun safe, and that Gavin would not explain. On Monday Gavin was met at the door by the SSS and the AP. The account bio also lists his church youth group at St. Theresa's, which several parents mentioned in their emails. Attendance Monday was down by about a third.
"""),
  key="rifle", mct=["Instagram", "gun safe", "down by about a third"],
  mnc=["St. Theresa", "youth group"], cats=["religion"])

C("allow", "credible_threat", sch="Perry K-8 School", sid="BPS-4417", rcpt="bpd/district-c6",
  stu=("405183", "Declan Roche", "02-11", 6, {}),
  when="2025-11-12 12:20", loc="Perry K-8 School, schoolyard fence at recess",
  threat=("At recess on 11/12/25 Declan told a 6th grade girl (R.M.) 'tomorrow I'm bringing the knife "
          "from under my grandpa's seat and I'm gonna cut your face.' He told two other students the same. "
          "The grandfather confirmed he keeps a fixed-blade hunting knife under the seat of his truck, in "
          "which he drives Declan to school."),
  desc=T("""
Recess aide report, 12:20. R.M. came to me crying by the fence and said Declan told her "tomorrow I'm bringing the knife from under my grandpa's seat and I'm gonna cut your face." Two boys confirmed he said it twice, once at lunch too. When the AP asked Declan, he shrugged and said "she knows what she did." His grandfather, who drives him in from the West Broadway development every morning, confirmed there is a large hunting knife under the seat of his truck and that Declan knows it's there.
"""),
  key="grandpa's seat", mct=["cut your face", "under the seat of his truck", "said it twice"],
  mnc=["West Broadway"], cats=["neighborhood"], tags=["precision_trap", "grandparent"])

C("allow", "credible_threat", sch="UP Academy Holland", sid="BPS-4429", rcpt="bpd/district-c11",
  stu=("444007", "Jeremiah Toussaint", "09-14", 5, {}),
  when="2026-03-31 07:30", loc="School bus, morning run to UP Academy Holland",
  threat=("On the morning bus 3/31/26 Jeremiah told the bus monitor 'my brother is gonna come shoot you "
          "at the bus stop, watch,' and showed her and two students a phone video of his brother loading a "
          "black handgun in their kitchen saying 'bus lady done.' He repeated the threat at arrival."),
  desc=T("""
Bus monitor statement (Mrs. Coleman), typed by the office: This morning around 7:30, after I told Jeremiah to stay in his seat, he said "my brother is gonna come shoot you at the bus stop, watch." Then he held up his phone and showed me and the two kids next to him a video of a teenage boy loading a black handgun in a kitchen, saying "bus lady done." He said it again when we got to school. I was shaking. The office got a copy of the video from a student.
AP note: Jeremiah's family fled from Haiti in 2022; the brother is 19 and sometimes meets him at the bus stop.
"""),
  key="loading a black handgun", mct=["bus stop", "bus lady done", "stay in his seat"],
  mnc=["Haiti"], cats=["national_origin"], tags=["bus", "sibling_pickup"])

C("allow", "credible_threat", sch="Conley Elementary School", sid="BPS-4393", rcpt="bpd/district-e5",
  stu=("463925", "Noah Medina", "08-18", 4, {}),
  when="2026-05-05 07:10", loc="Conley Elementary School, front door at arrival",
  threat=("On 5/5/26 Noah's mother reported by voicemail that Noah told her he is taking his father's gun "
          "to school to shoot a boy who bullies him, and that the gun was not in its usual place. A search "
          "at arrival found no gun. Noah told the AP, 'if I can't bring it today I'll bring it another day.' "
          "The father later found the gun in the car and locked it up."),
  desc=T("""
[Voicemail transcript, main office, 7:10 AM]
Hello, this is the mother of Noah Medina, fourth grade. Please, Noah told me last night he is going to take his father's gun to school to shoot the boy that bothers him, Kaden, and this morning I look and the gun is not in the box where his father puts it. I don't know if he has it. Please check his backpack. And please, we are not legal, please don't send immigration to my house, I just want nobody hurt.
[AP note, 8:05: Noah met at the door and searched by the SSS with me present; no gun on him or in his bag. He told me "if I can't bring it today I'll bring it another day." Father found the gun in the car at 9:30 and locked it in a gun safe.]
"""),
  key="father's gun", mct=["gun safe", "another day", "in the car"],
  mnc=["not legal", "send immigration"], cats=["immigration_status"], tags=["voicemail"])

C("allow", "credible_threat", sch="Joseph Lee K-8 School", sid="BPS-4210", rcpt="bpd/district-c11",
  stu=("348512", "Tyrese Hollins", "06-30", 8,
       {"gang_flag": "Possible affiliation - Greenwood St (SSS)"}),
  when="2026-05-08 09:50", loc="Joseph Lee K-8 School, 2nd floor boys' bathroom",
  threat=("Tyrese wrote 'SHOOTING 5/12 JL 8TH GRADE HALL' on the 2nd floor boys' bathroom wall in black "
          "Sharpie and told two classmates that 'Tuesday's the day' and that he has a gun 'at the crib.' "
          "The handwriting matched his notebook and he admitted writing it."),
  desc=T("""
The custodian found the writing at 9:50 AM: "SHOOTING 5/12 JL 8TH GRADE HALL" in black Sharpie on the bathroom wall of the 2nd floor boys' room. Two 8th graders told the AP that Tyrese said "Tuesday's the day" and that he has a gun "at the crib." The writing matches his notebook, and in the meeting with his mother and the AP he admitted he wrote it but said he was "mad." His mother said there are no guns in the house that she knows of. The wall was photographed and then cleaned.
"""),
  key="SHOOTING 5/12", mct=["bathroom wall", "Sharpie", "Tuesday's the day"],
  mnc=["Greenwood St"], cats=["gang_affiliation"], tags=["structured_field"])

C("allow", "credible_threat", sch="Manning Elementary School", sid="BPS-4172", rcpt="bpd/district-e13",
  stu=("443350", "Kevin Tenesaca", "01-31", 5, {}),
  when="2026-02-26 14:00", loc="Manning Elementary School, grade 5 classroom",
  threat=("After Mrs. Kelleher took his phone on 2/26/26, Kevin told her, 'next time you take my phone "
          "I'm gonna stab you with my brother's knife,' then showed a classmate a photo of a large knife on "
          "a kitchen counter saying 'that's the one.' His brother (17) confirmed he owns the knife."),
  desc=T("""
Teacher statement, Mrs. Kelleher, Grade 5. At 2:00 PM I took Kevin's phone because he was using it during math, which is our class rule. He stood up and said loudly, "next time you take my phone I'm gonna stab you with my brother's knife." The class got quiet. Later a classmate told me Kevin showed her a photo on his school tablet of a big knife on a kitchen counter and said "that's the one." I saw the photo. Kevin's family is from Ecuador and his grandmother speaks mostly Quichua; his older brother came to pickup and said the knife is his.
"""),
  key="brother's knife", mct=["took Kevin's phone", "kitchen counter", "school tablet"],
  mnc=["Ecuador", "Quichua"], cats=["national_origin", "language"], tags=["sibling_pickup"])

C("allow", "credible_threat", sch="O'Donnell Elementary School", sid="BPS-4413", rcpt="bpd/district-a7",
  stu=("447780", "Valeria Cárdenas", "07-25", 5, {}),
  when="2025-10-14 11:00", loc="O'Donnell Elementary School, grade 5 classroom during snack",
  threat=("Valeria told two classmates on 10/14/25 that she will put rat poison from home into Ms. "
          "Brennan's coffee 'on Friday when she isn't looking,' and showed them a green pellet from a bag "
          "she said is under her sink. She repeated to the AP that she would 'make her sick.'"),
  desc=T("""
AP narrative. At 11:00 two 5th grade girls came to me during snack and said Valeria told them she will put rat poison from home in Ms. Brennan's coffee on Friday "when she isn't looking." Valeria had shown them a small green pellet wrapped in a tissue; we found it in her pocket and the nurse identified it as a rodenticide pellet. Valeria told me she "just wants to make her sick" because Ms. Brennan moved her seat. Her family is Columbian and lives on Meridian St; mom came in at noon and confirmed they keep rat poison under the sink.
"""),
  key="rat poison", mct=["green pellet", "moved her seat", "coffee"],
  mnc=["Columbian", "Meridian St"], cats=["ethnicity", "neighborhood"], tags=["misspelled"])

C("allow", "credible_threat", sch="Josiah Quincy Elementary School", sid="BPS-4302", rcpt="bpd/district-a1",
  stu=("451198", "Eric Zhou", "11-28", 5, {}),
  when="2026-03-02 20:40", loc="Class group chat; threatened location Josiah Quincy Elementary School",
  threat=("On 3/2/26 at 8:40 PM Eric posted in a class group chat: 'tomorrow I bring my dad's meat "
          "cleaver and chop Kevin L. for real, not joking,' followed by a photo of a meat cleaver in a "
          "backpack. Eric's father confirmed the cleaver was missing from his kitchen; it was found in "
          "Eric's closet."),
  desc=T("""
Email from a parent, forwarded to the AP at 6:50 AM: a screenshot of a class group chat message from Eric at 8:40 PM, "tomorrow I bring my dad's meat cleaver and chop Kevin L. for real, not joking," then a photo of a cleaver in a blue backpack. The AP met Eric and his backpack at the door at 7:45: no cleaver. The father came in and said the cleaver is from the restaurant kitchen and was missing; it was later found in Eric's closet. The father asked the school to be careful because he is on an expired visa, and said the family lives above the bakery on Oak St.
"""),
  key="meat cleaver", mct=["group chat", "blue backpack", "Eric's closet"],
  mnc=["expired visa", "Oak St", "above the bakery"], cats=["immigration_status", "neighborhood"])

C("allow", "credible_threat", sch="Curley K-8 School", sid="BPS-4159", rcpt="bpd/district-e13",
  stu=("342070", "Harpreet Singh", "05-17", 8, {}),
  when="2026-04-30 08:00", loc="Curley K-8 School, science classroom",
  threat=("On 4/30/26 Harpreet left a typed letter on Mr. Novak's desk: 'I know where you park and what "
          "car you drive. After the science fair you will find out what happens when you fail me. I have "
          "what I need.' He told a classmate he had 'bought stuff to mess up his car and him.' His locker "
          "held a bag with a claw hammer and a can of lighter fluid."),
  desc=T("""
Mr. Novak found a typed letter on his desk at 8:00 AM: "I know where you park and what car you drive. After the science fair you will find out what happens when you fail me. I have what I need." A classmate told the AP that Harpreet said he "bought stuff to mess up his car and him." With his mother present, his locker was searched at 9:15: a drawstring bag with a claw hammer and a can of lighter fluid. Harpreet admitted writing the letter. His SIS record notes a religious accommodation (he is Sikh and wears a patka; PE uniform exemption), which is not related.
"""),
  key="claw hammer", mct=["science fair", "typed letter", "drawstring bag"],
  mnc=["Sikh", "patka", "religious accommodation"], cats=["religion"])

# ----------------------------------------------------------------------------------------------
# DENY - ground not permitted (10)
# ----------------------------------------------------------------------------------------------

C("deny", "fight", reason="ground_not_permitted", sch="Hennigan K-8 School", sid="BPS-4389", rcpt="bpd",
  stu=("473301", "Davi Lopes", "02-28", 3, {}),
  when="2025-10-07 12:10", loc="Hennigan K-8 School, blacktop and front fence",
  desc=T("""
Recess, 12:10. Davi and another 3rd grader got into a shoving match over the four-square ball and then wrestled on the blacktop. Both had scraped knees and Davi had a small bump on his forehead that the nurse iced. Nobody needed more than band-aids. At pickup, Davi's father was already at the fence and yelled at the other boy's grandmother in Cape Verdean Creole; the grandmother yelled back. The AP separated everyone and walked the families out different doors. Both families want to know if the school is "calling the cops," and the other family asked that police be told about the father.
"""),
  mnc=["Cape Verdean"], cats=["language"], tags=["parent_at_fence"])

C("deny", "theft", reason="ground_not_permitted", sch="Hurley K-8 School", sid="BPS-4298",
  rcpt="bpd/district-d4",
  stu=("460118", "Jalen Price", "11-02", 4, {}),
  when="2026-01-16 13:00", loc="Hurley K-8 School, 4th grade coat room",
  desc=T("""
Over two weeks, about $60 worth of Pokémon cards and two Squishmallows went missing from 4th grade backpacks in the coat room. Today at 1:00 a student saw Jalen taking a binder of cards out of another boy's bag. Jalen returned everything he had, which was most of it. He said he wanted "stuff like everybody else." The counselor notes that the family has been staying at the shelter on Washington St since December and Jalen lost most of his things in the move. Two parents have asked the school to report the theft to police.
"""),
  mnc=["shelter on Washington"], cats=["neighborhood"])

C("deny", "trespass", reason="ground_not_permitted", sch="Kilmer K-8 School", sid="BPS-4163",
  rcpt="bpd/district-e5",
  stu=("467402", "Sophia Almeida", "05-22", 2, {}),
  when="2026-03-04 10:40", loc="Kilmer K-8 School, back fence of the yard by the garden",
  desc=T("""
At 10:40 during 2nd grade recess, Sophia's father climbed over the back fence of the yard by the garden, walked up to Sophia, hugged her and tried to walk her toward the fence. Recess staff stopped him and he left over the fence when asked, without any violence. There is a no-contact order on file from the Probate Court, and Sophia lives with her mother. Sophia was upset but not hurt. The father told the recess aide that he is "waiting on his green card" and "can't lose his kid too." The mother asks that police be told he came onto school grounds.
"""),
  mnc=["green card"], cats=["immigration_status"], tags=["parent_at_fence"])

C("deny", "custody_dispute", reason="ground_not_permitted", sch="Everett Elementary School",
  sid="BPS-4373", rcpt="bpd/district-c11",
  stu=("478021", "Dara Sok", "01-19", 1, {}),
  when="2026-02-09 14:20", loc="Everett Elementary School, front door and vestibule",
  desc=T("""
Office clerk note. At 2:20 PM Dara's grandmother came to the front door and asked to take Dara home early. She is not on the pickup list; the only authorized adults are the mother and an aunt. I explained kindly and she became upset and stayed in the vestibule until the mother arrived at 3:00. The mother and grandmother argued in Khmer in the lobby. Mother says there is a custody disagreement with the father's side; the grandmother is Cambodian and recently moved in with the father. No one was hurt and Dara did not see most of it. Mother asked us to send this to the police.
"""),
  mnc=["Khmer", "Cambodian"], cats=["language", "ethnicity"], tags=["grandparent"])

C("deny", "gang_activity", reason="ground_not_permitted", sch="Orchard Gardens K-8 School",
  sid="BPS-4222", rcpt="bpd/district-b2",
  stu=("374800", "Deshawn Pryor", "08-12", 7, {}),
  when="2026-04-20 15:05", loc="Orchard Gardens K-8 School, front fence at dismissal",
  desc=T("""
For the last three weeks, a group of older teenagers has been waiting at the fence at dismissal for Deshawn, who walks out with his little sister. Staff have seen Deshawn throwing hand signs to them and students say he has started saying he is "with Lenox." Today at 3:05 one of the older boys shouted at a group of 6th graders; nothing physical happened. Deshawn's older brother, who usually picks up the sister, is believed by staff to run with the same group. No weapon, no injury. We want BPD's youth violence unit to be aware of the affiliation.
"""),
  mnc=["Lenox"], cats=["gang_affiliation"], tags=["sibling_pickup"])

C("deny", "immigration_inquiry", reason="ground_not_permitted", sch="Bradley Elementary School",
  sid="BPS-4247", rcpt="bpd/district-a7",
  stu=("469930", "Luis Arévalo", "03-03", 2, {}),
  when="2025-12-02 08:50", loc="Bradley Elementary School, front office",
  desc=T("""
Front office, 8:50 AM. A man in plain clothes came to the front door and asked for "the Arévalo boy, second grade" and said he needed to confirm where the family is living. He would not give his name or agency and left when asked for ID. Later that morning Luis's mother called in tears and said the family's tourist visa expired in 2023 and she thinks someone is "looking for them." Luis was in class the whole time and is fine. Our data manager asked whether we should send the family's file to police so they can "sort out" the status question.
"""),
  mnc=["tourist visa", "status question"], cats=["immigration_status"], tags=["parent_at_door"])

C("deny", "truancy", reason="ground_not_permitted", sch="Umana Academy", sid="BPS-4255",
  rcpt="bpd/district-a7",
  stu=("465512", "Kimberly Escobar", "07-19", 2, {}),
  when="2026-03-13 09:00", loc="Umana Academy, attendance office",
  desc=T("""
Attendance team summary. Kimberly (grade 2) has missed 31 of the last 58 school days. Home visits on 2/10 and 3/3 found no one home. Her 13-year-old brother, a 7th grader who brings her to school when she does come, told our attendance officer that their mom works double shifts and he has to stay home with the baby some days. He said the family is Salvadorian and mom is afraid to come to the school office. No safety concerns have been observed at school. The attendance team is asking whether BPD can do a wellness check and follow up on the attendance.
"""),
  mnc=["Salvadorian"], cats=["ethnicity"], tags=["misspelled", "sibling_pickup"])

C("deny", "vandalism", reason="ground_not_permitted", sch="Higginson-Lewis K-8 School", sid="BPS-4321",
  rcpt="bpd/district-b2",
  stu=("354609", "Malik Rogers", "09-22", 8, {}),
  when="2026-01-06 07:30", loc="Higginson-Lewis K-8 School, cafeteria wall and lunch tables",
  desc=T("""
The custodian found on arrival (7:30 AM) that the cafeteria side of the building and two lunch tables had been spray-painted overnight with large black letters, crowns and the numbers "4-1-8." Hallway camera footage from the day before shows Malik hiding a spray can in his locker. He admitted he did it Sunday night with two older friends by climbing the fence and said the tags are "for Academy Homes," where he lives. The cleanup estimate is $2,800. No one was hurt. The AP would like BPD to add this to their graffiti file.
"""),
  mnc=["Academy Homes"], cats=["neighborhood"])

C("deny", "suspicious_activity", reason="ground_not_permitted", sch="Mozart Elementary School",
  sid="BPS-4270", rcpt="bpd/district-e5",
  stu=("472289", "Abel Haile", "04-04", 3, {}),
  when="2025-11-19 11:45", loc="Mozart Elementary School, playground fence",
  desc=T("""
Recess aide report. For the last four days a man in a gray Honda has parked by the fence at lunch recess and watched the 3rd graders. Today at 11:45 he came to the fence, called Abel over and gave him a juice box and a small bag of candy. Abel said it is his uncle, "Uncle Dawit," who goes to the Ethiopian Orthodox church with his family. Abel's mother confirmed by phone it is his uncle and that he is visiting. Nothing happened that hurt anybody. Some staff still find it strange and want police to run the uncle's plate and check him out.
"""),
  mnc=["Ethiopian Orthodox"], cats=["religion", "ethnicity"], tags=["parent_at_fence"])

C("deny", "bullying", reason="ground_not_permitted", sch="Gardner Pilot Academy", sid="BPS-4309",
  rcpt="bpd/district-d14",
  stu=("450021", "Caleb Moran", "10-03", 5, {}),
  when="2026-04-29 12:30", loc="Gardner Pilot Academy, cafeteria",
  desc=T("""
Lunch and recess, ongoing since March. Caleb and two friends have been taking a younger Guatemalan boy's lunch and calling him names. Today at 12:30 Caleb knocked the boy's tray on the floor and told him to "go back where you came from." No physical injury. The younger boy's grandmother came to the door at pickup very upset and asked that someone "with a badge" speak to Caleb's parents. We have a bullying safety plan in place. Submitting as requested by the family.
"""),
  mnc=["Guatemalan"], cats=["ethnicity"], tags=["grandparent"])

# ----------------------------------------------------------------------------------------------
# DENY - excluded substances (7)
# ----------------------------------------------------------------------------------------------

C("deny", "drugs", reason="excluded_substance", sch="McKay K-8 School", sid="BPS-4236",
  rcpt="bpd/district-a7", subs=["THC gummies"],
  stu=("477350", "Gabriel Souza", "03-11", 1, {}),
  when="2025-10-22 11:20", loc="McKay K-8 School, cafeteria and nurse's office",
  desc=T("""
At 11:20 the lunch aide brought Gabriel (grade 1) to me with his lunch box. Inside, next to his sandwich, was an opened bag of "Delta-9 THC Sour Bears, 10 mg each," about eight left. A classmate had eaten one. I monitored the classmate, who got sleepy by 12:30; her parent took her to the pediatrician and she is OK. Gabriel did not eat any. Mom came in with our Portuguese interpreter and said they are hers and she keeps them on the counter next to his snacks. The principal wants this sent to police because a 6-year-old brought them in.
"""),
  mnc=["Portuguese"], cats=["language"])

C("deny", "drugs", reason="excluded_substance", sch="Edison K-8 School", sid="BPS-4313",
  rcpt="bpd/district-d14", subs=["vape"],
  stu=("382907", "Nico Andrade", "03-18", 7, {}),
  when="2026-03-24 10:05", loc="Edison K-8 School, 2nd floor bathroom",
  desc=T("""
SSS Alvarez found a black vape pen in Nico's hoodie pocket at 10:05 after a teacher smelled something sweet in the 2nd floor bathroom. No label, cartridge about half full, no way to tell what's in it; Nico says it's "just flavor." He's in 7th grade. Nico's dad came in; he is Brazilian, works nights, and said the vape belongs to Nico's 17-year-old brother who picks him up. The principal asked me to submit this for police follow-up on where kids are getting these.
"""),
  mnc=["Brazilian"], cats=["ethnicity"], tags=["unknown_vape", "sibling_pickup"])

C("deny", "drugs", reason="excluded_substance", sch="King K-8 School", sid="BPS-4325",
  rcpt="bpd/district-c11", subs=["Juul pods"],
  stu=("358840", "Trinity Hayes", "12-14", 8, {}),
  when="2026-01-12 13:35", loc="King K-8 School, 8th grade classroom",
  desc=T("""
Teacher email to the office: "During 8th period (1:35) Trinity was hitting a vape behind her binder in the back row. She handed over a white Juul with a mint pod and had two more sealed mint Juul pods in her pencil bag. She said an older cousin buys them at a store near Codman Square, where they live, and 'they don't check.' Nobody else had any. I'm sending this to the office because the store keeps selling to middle schoolers; can police look at it?"
"""),
  mnc=["Codman Square"], cats=["neighborhood"], tags=["email"])

C("deny", "drugs", reason="excluded_substance", sch="Condon K-8 School", sid="BPS-4191",
  rcpt="bpd/district-c6", subs=["whiskey"],
  stu=("459013", "Aiden Nowak", "06-29", 4, {}),
  when="2026-02-02 10:15", loc="Condon K-8 School, grade 4 classroom during snack",
  desc=T("""
At 10:15 during snack Aiden showed friends four 50 ml "nip" bottles of cinnamon whiskey in his backpack and one boy unscrewed one and smelled it. Nobody drank any, per every kid at the table and the teacher. Aiden said his grandfather leaves them in the truck and he took them to "look cool." The grandfather, who is from Poland and picks him up in that truck, came in at noon and was embarrassed. The AP thinks this should go to police since it's alcohol in an elementary grade.
"""),
  mnc=["Poland"], cats=["national_origin"], tags=["grandparent"])

C("deny", "drugs", reason="excluded_substance", sch="Mildred Avenue K-8 School", sid="BPS-4448",
  rcpt="bpd/district-b3", subs=["THC cartridge", "blunt"],
  stu=("339422", "Javon Pierce", "03-09", 8, {}),
  when="2026-05-14 14:45", loc="Mildred Avenue K-8 School, dismissal-side fence",
  desc=T("""
At 2:45 PM at the fence on the dismissal side, the SSS saw Javon's older brother hand him a rolled blunt and a THC vape cartridge (labeled 1g THC) through the fence. Javon put both in his pocket and handed them over when asked. The brother walked away laughing. Students say the brother and his friends are the Woodledge crew and that they sell near the school. No smoking on school grounds. Javon was cooperative and his mother was called.
"""),
  mnc=["Woodledge"], cats=["gang_affiliation"], tags=["sibling_pickup"])

C("deny", "drugs", reason="excluded_substance", sch="Roosevelt K-8 School", sid="BPS-4290",
  rcpt="bpd/district-e18", subs=["nicotine pouches"],
  stu=("403352", "Rickson Jean", "07-07", 6, {}),
  when="2025-12-10 09:30", loc="Roosevelt K-8 School, science classroom",
  desc=T("""
At 9:30 in science, Rickson had a white pouch tucked in his upper lip and a tin of Zyn nicotine pouches (6 mg, cool mint) in his pocket. He said a 9th grader at the bus stop gives them to him. He had spit one into a tissue in the trash. The nurse checked him: slight nausea, otherwise fine. Parent meeting: mom speaks Haitian Creole and our liaison interpreted. The principal asks that this go to police because of the high school student supplying it.
"""),
  mnc=["Haitian Creole"], cats=["language"])

C("deny", "drugs", reason="excluded_substance", sch="Lyndon K-8 School", sid="BPS-4317",
  rcpt="bpd/district-e5", subs=["marijuana brownies"],
  stu=("471990", "Hannah Rahman", "04-21", 3, {}),
  when="2026-03-20 13:30", loc="Lyndon K-8 School, grade 3 classroom celebration",
  desc=T("""
Class celebration, 3rd grade, 1:30. Hannah's mother had organized the class Eid party and dropped off a foil tray of brownies at the front door at 1:00 with a note "for Hannah's class." A teacher noticed a strong smell, and a sticker on the bottom of the tray, in different handwriting, said "adult - weed - 25 mg each." Two brownies had been eaten by children before the sticker was found; the nurse monitored both, they got sleepy, parents took them to the pediatrician, and both are fine. Mom said her partner baked them and the trays got mixed up. The principal is submitting for police review.
"""),
  mnc=["Eid party"], cats=["religion"], tags=["parent_at_door"])

# ----------------------------------------------------------------------------------------------
# DENY - recipient not permitted (6)
# ----------------------------------------------------------------------------------------------

C("deny", "weapon", reason="recipient_not_permitted", sch="Dever Elementary School", sid="BPS-4229",
  rcpt="bric", weapon="folding knife",
  stu=("446990", "Marlon Davis", "05-05", 5, {}),
  when="2026-01-09 09:20", loc="Dever Elementary School, grade 5 classroom",
  desc=T("""
At 9:20 Marlon showed a folding knife with a camo handle to two boys in the back of the classroom. The teacher took it; no threats, no injuries. He said his cousin gave it to him at the bus stop on Bowdoin St near their house. The AP flagged this for the intelligence center because the cousin is "known" around there and staff think the knife may be connected to the older kids who wait at the fence at dismissal.
"""),
  mnc=["Bowdoin St"], cats=["neighborhood"])

C("deny", "drugs", reason="recipient_not_permitted", sch="Otis Elementary School", sid="BPS-4241",
  rcpt="ice", subs=["fentanyl"],
  stu=("447001", "Brenda Flores", "08-27", 5, {}),
  when="2026-02-18 12:00", loc="Otis Elementary School, cafeteria",
  desc=T("""
A small bag of what looks like fentanyl powder was found at 12:00 in the side pocket of Brenda's backpack when she reached for her lunch money. The nurse stood by with Narcan; no exposure. Brenda said her mother's boyfriend keeps "his powder" in the apartment and picks her up some days. A staff member who believes the boyfriend is undocumented asked that this go to immigration as well as to the school police liaison.
"""),
  mnc=["undocumented"], cats=["immigration_status"])

C("deny", "credible_threat", reason="recipient_not_permitted", sch="Chittick Elementary School",
  sid="BPS-4274", rcpt="dhs/hsi",
  threat=("Wesley told a classmate on 4/8/26 he will 'bring my cousin's gun and shoot up the lunchroom "
          "Monday' and drew a map of the cafeteria with X marks on three tables."),
  stu=("438345", "Wesley Augustin", "02-08", 5, {}),
  when="2026-04-08 11:15", loc="Chittick Elementary School, cafeteria",
  desc=T("""
AP note. At 11:15 a 5th grader gave me a drawing Wesley made of the cafeteria with X's on three tables and the words "MONDAY BOOM." She says Wesley told her he would bring his cousin's gun and shoot up the lunchroom on Monday. I met with Wesley and his mother; he said he was mad at the kids at those tables. Wesley's family is in the asylum process, and the district contact asked that this go to Homeland Security Investigations.
"""),
  mnc=["asylum"], cats=["immigration_status"])

C("deny", "weapon", reason="recipient_not_permitted", sch="Taylor Elementary School", sid="BPS-4357",
  rcpt="commonwealth-fusion-center", weapon="box cutter",
  stu=("456677", "Andre Joseph", "01-25", 4, {}),
  when="2025-11-25 08:45", loc="Taylor Elementary School, front door at drop-off",
  desc=T("""
At morning drop-off (8:45), a parent at the door saw Andre pull a box cutter out of his coat and point it at another 4th grader in line. The teacher took it; no one was cut. Andre said his uncle uses it at the warehouse and left it in the coat. The AP notes the family just moved from Mattapan Square to the Franklin Field apartments. The district's regional contact asked that the report go to the Commonwealth Fusion Center.
"""),
  mnc=["Franklin Field", "Mattapan Square"], cats=["neighborhood"], tags=["parent_at_door"])

C("deny", "weapon", reason="recipient_not_permitted", sch="Guild Elementary School", sid="BPS-4250",
  rcpt="allied-universal-security", weapon="pepper spray",
  stu=("449330", "Hodan Abdi", "10-30", 5, {}),
  when="2026-03-27 15:10", loc="Guild Elementary School, pickup area",
  desc=T("""
At 3:10 PM in the pickup area, Hodan sprayed pepper spray at her older brother's friend, who was teasing her at the door. He coughed and his eyes watered; the nurse flushed them and he went home fine. The canister belongs to her mother. The family is Somali and the mother needed our interpreter. The property manager at the family's building has hired a private security company and asked for a copy of this report.
"""),
  mnc=["Somali", "our interpreter"], cats=["ethnicity", "language"], tags=["sibling_pickup"])

C("deny", "serious_violence", reason="recipient_not_permitted", sch="Sumner Elementary School",
  sid="BPS-4262", rcpt="massachusetts-state-police",
  stu=("452008", "Caden Reilly", "12-06", 5, {}),
  when="2026-05-20 12:35", loc="Sumner Elementary School, playground",
  desc=T("""
At 12:35 at recess Caden hit a classmate in the head with a metal scooter, causing a deep cut over the eye that needed stitches at Children's and a concussion. Two staff witnessed it. Caden said the boy "took his turn." The injured boy's mom works for the State Police and asked that the report go directly to her barracks instead of BPD. Caden's family lives on Poplar St, per the SIS.
"""),
  mnc=["Poplar St"], cats=["neighborhood"])

# ----------------------------------------------------------------------------------------------
# DENY - credible threat without a threat statement (4)
# ----------------------------------------------------------------------------------------------

C("deny", "credible_threat", reason="missing_threat_statement", sch="Murphy K-8 School", sid="BPS-4203",
  rcpt="bpd/district-c11",
  stu=("377002", "Kenji Alvarez", "04-04", 7, {}),
  when="2026-02-11 10:00", loc="Murphy K-8 School, 7th grade locker area",
  desc=T("""
Two students reported at 10:00 that Kenji said in the locker area he was going to "shoot the school up on Friday" with his uncle's gun. The counselor met with Kenji, who said he was joking but would not say whether his uncle has a gun. Parents came in at 11:30; the family speaks Tagalog at home and the mother asked for the report in writing. The principal wants police aware before Friday. (Threat statement to follow.)
"""),
  mnc=["Tagalog"], cats=["language"])

C("deny", "credible_threat", reason="missing_threat_statement", sch="Hurley K-8 School", sid="BPS-4298",
  rcpt="bpd/district-d4",
  stu=("331876", "Isabela Cruz", "02-25", 8, {}),
  when="2025-12-17 13:20", loc="Hurley K-8 School, 8th grade lockers",
  desc=T("""
At 1:20 PM a teacher found a note taped inside the locker next to Isabela's, in her handwriting: "you all gonna bleed before break, I got my cousin's thing." Isabela said the girls in that locker row have been posting about her, including a video mocking her for being Mexicana. She would not say what "my cousin's thing" is. Mother came in and was cooperative. We are submitting so police can follow up before winter break.
"""),
  mnc=["Mexicana"], cats=["ethnicity"], tags=["other_language"])

C("deny", "credible_threat", reason="missing_threat_statement", sch="Roosevelt K-8 School",
  sid="BPS-4290", rcpt="bpd/district-e18",
  stu=("409981", "Ethan Pham", "09-19", 6, {}),
  when="2026-04-21 09:10", loc="Roosevelt K-8 School, computer lab",
  desc=T("""
At 9:10 in the computer lab a teacher saw a shared Google Doc on Ethan's screen titled "kill list 6th grade" with seven names and notes next to each one. Two of the students on the list said Ethan told them last week he "has a plan." Ethan said it was a story he was writing. His father came in and took his laptop. Counselor assessment is scheduled. Submitting so police are aware.
"""),
  mnc=[], cats=[])

C("deny", "credible_threat", reason="missing_threat_statement", sch="Winship Elementary School",
  sid="BPS-4306", rcpt="bpd/district-d14",
  stu=("441010", "Oscar Reyes", "03-14", 5, {}),
  when="2026-01-23 14:30", loc="Winship Elementary School, grade 5 classroom",
  desc=T("""
Student written statement (as written): Im sorry I said I was gonna bring my dads knife and cut Mr. B. I was mad because he said I cant go to gym. I know where my dad keep it in his truck. I dont really want to but sometimes I get so mad. Please dont tell the elders at the Kingdom Hall because my dad will be so mad.
Oscar, room 14
(Staff note: said to the teacher at 2:30 PM in front of the class.)
"""),
  mnc=["Kingdom Hall", "elders"], cats=["religion"], tags=["student_statement"])

# ----------------------------------------------------------------------------------------------
# DENY - face surveillance (4)
# ----------------------------------------------------------------------------------------------

C("deny", "weapon", reason="face_surveillance", sch="Condon K-8 School", sid="BPS-4191",
  rcpt="bpd/district-c6", weapon="kitchen knife",
  att=[{"kind": "face_match", "name": "gate_cam_match_grandfather.json"}],
  stu=("457111", "Brianna Kelly", "04-14", 4, {}),
  when="2026-03-09 15:00", loc="Condon K-8 School, front gate at dismissal",
  desc=T("""
At 3:00 at dismissal a man at the gate handed Brianna a kitchen knife wrapped in a dish towel, which she carried into the after-school room and showed to friends. Staff took it; no one was hurt. The new gate camera's face recognition flagged the man as her grandfather, with a match score 0.94 against the photo on her emergency card, and we have attached the match so police can confirm who he is.
"""),
  mnc=["score 0.94"], cats=["face_surveillance"], tags=["grandparent"])

C("deny", "serious_violence", reason="face_surveillance", sch="Tobin K-8 School", sid="BPS-4421",
  rcpt="bpd/district-b2",
  att=[{"kind": "photo", "name": "xavier_yearbook_2025.jpg"},
       {"kind": "photo", "name": "class_8B_picture_day.jpg"}],
  stu=("350772", "Xavier Boyd", "07-29", 8, {}),
  when="2026-01-28 14:50", loc="Tobin K-8 School, fence on the corner at dismissal",
  desc=T("""
At 2:50 PM at the fence, an older teen (not a student) punched a 7th grader in the face repeatedly while Xavier held the 7th grader's arms; the 7th grader has a fractured cheekbone. We have attached Xavier's yearbook photo and the 8B picture-day class photo and ask BPD to run them through facial recognition against the corner store's doorbell video to identify the older teen. Xavier lives on Parker Hill Ave per the SIS.
"""),
  mnc=["Parker Hill Ave"], cats=["face_surveillance", "neighborhood"])

C("deny", "credible_threat", reason="face_surveillance", sch="Mendell Elementary School",
  sid="BPS-4177", rcpt="bpd/district-e13",
  threat=("Liam told two classmates and his teacher on 5/1/26 that the man who picks him up 'will come "
          "and shoot' his teacher if she calls his mom again, and said the man 'has a gun in the glove box.'"),
  att=[{"kind": "face_match", "name": "clearview_results_0501.pdf"}],
  stu=("444555", "Liam Ortiz", "06-16", 5, {}),
  when="2026-05-01 08:15", loc="Mendell Elementary School, front door and grade 5 classroom",
  desc=T("""
At 8:15 Liam told his teacher that the man who picks him up "will come and shoot" her if she calls his mom again, and that the man "has a gun in the glove box." A parent volunteer took a still from the front door camera of the man at pickup and ran it through Clearview, which identified him as a person with a record; the Clearview result page is attached. We ask police to follow up with that identification.
"""),
  mnc=["Clearview"], cats=["face_surveillance"], tags=["parent_at_door"])

C("deny", "weapon", reason="face_surveillance", sch="Kenny Elementary School", sid="BPS-4337",
  rcpt="bpd/district-c11", weapon="pepper spray",
  att=[{"kind": "face_match", "name": "familiar_faces_alert_0415.png"}],
  stu=("475222", "Tiana Lowe", "09-01", 3, {}),
  when="2026-04-15 08:05", loc="Kenny Elementary School, front door at drop-off",
  desc=T("""
At 8:05 at drop-off, Tiana came in with a pepper spray canister clipped to her backpack and sprayed it into the air in the vestibule; two kids coughed and were fine after water. The adult who dropped her off left quickly. The front-door camera app's Familiar Faces feature labeled him as a recognized visitor from earlier pickups, and the alert screenshot is attached so police can identify him. Tiana says she lives by Ronan Park with her aunt.
"""),
  mnc=["Familiar Faces", "Ronan Park"], cats=["face_surveillance", "neighborhood"],
  tags=["parent_at_door"])

# ----------------------------------------------------------------------------------------------
# DENY - replica / BB / airsoft (need a named approver's determination) (3)
# ----------------------------------------------------------------------------------------------

C("deny", "weapon", reason="other", sch="Manning Elementary School", sid="BPS-4172",
  rcpt="bpd/district-e13", weapon="BB gun",
  stu=("446500", "Colin Byrne", "08-09", 5, {}),
  when="2025-10-30 10:40", loc="Manning Elementary School, grade 5 coat hooks",
  desc=T("""
At 10:40 a classmate told the teacher Colin had "a gun" in his backpack on the coat hooks. The AP and SSS checked the bag with Colin present: a black BB pistol (CO2-powered, metal) with a tube of copper BBs, no CO2 cartridge inserted. Colin said he and his cousin shoot cans in the yard and he forgot it was in the bag. Nobody was threatened. His mother said they would be at the Greek Orthodox church festival all weekend and asked to pick it up Monday.
"""),
  mnc=["Greek Orthodox"], cats=["religion"], tags=["replica_bb_airsoft"])

C("deny", "weapon", reason="other", sch="Curley K-8 School", sid="BPS-4159", rcpt="bpd/district-e13",
  weapon="airsoft pistol",
  stu=("354120", "Mason Reid", "10-01", 8, {}),
  when="2026-04-02 15:00", loc="Curley K-8 School, front fence at pickup",
  desc=T("""
At 3:00 PM at pickup, Mason was at the front fence showing his little brother's friends an airsoft pistol whose orange safety tip had been painted black. A parent saw it and yelled; several kindergarten parents grabbed their children and ran. SSS took the airsoft pistol from Mason's waistband. It fires plastic pellets; a bag of pellets was in his pocket. Mason said he was going to the park by Hyde Square, where he lives, to "play war." No one was hurt.
"""),
  mnc=["Hyde Square"], cats=["neighborhood"], tags=["replica_bb_airsoft", "sibling_pickup"])

C("deny", "weapon", reason="other", sch="Haley Pilot School", sid="BPS-4345", rcpt="bpd",
  weapon="replica gun",
  stu=("473880", "Jayce Thomas", "07-08", 3, {}),
  when="2026-02-06 09:00", loc="Haley Pilot School, grade 3 classroom",
  desc=T("""
At 9:00 during morning work, Jayce took out what looked like a black handgun and pointed it at the ceiling, saying "pew pew." The teacher took it: it is a realistic replica Glock, metal, non-firing, with no orange tip. It belongs to his father, who collects them. No one was threatened. The family is Nigerian and the grandmother who picked up speaks Yoruba; our liaison helped explain the policy to her.
"""),
  mnc=["Nigerian", "Yoruba"], cats=["ethnicity", "language"], tags=["replica_bb_airsoft", "grandparent"])


# ----------------------------------------------------------------------------------------------

def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def self_check(cases):
    assert len(cases) == 100, len(cases)
    for c in cases:
        cid, req, e = c["id"], c["request"], c["expect"]
        desc = req["incident"]["description"]
        assert 300 <= len(desc) <= 1500, (cid, len(desc))
        keep = [fold(x) for x in e["must_contain"] + e["must_contain_text"]]
        for s in e["must_not_contain"]:
            for k in keep:
                assert fold(s) not in k and k not in fold(s), (cid, s, k)
        if e["decision"] == "allow":
            for k in e["must_contain"][2:] + e["must_contain_text"]:
                assert fold(k) in fold(desc), (cid, k)
            assert req["ground"] != "credible_threat" or req.get("threat_statement"), cid
        else:
            assert e["reason"]
        for s in e["must_not_contain"]:
            assert fold(s) in fold(json.dumps(req, ensure_ascii=False)), (cid, s)


def main():
    rng = random.Random(20260301)
    cases = list(CASES)
    rng.shuffle(cases)
    out = []
    for i, c in enumerate(cases, 1):
        cid = f"{PREFIX}-{i:04d}"
        req = {"request_id": cid}
        req.update(c["request"])
        out.append({"id": cid, "request": req, "expect": c["expect"]})
    self_check(out)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    allow = sum(c["expect"]["decision"] == "allow" for c in out)
    print(f"wrote {len(out)} cases ({allow} allow, {len(out) - allow} deny) to {OUT}")


if __name__ == "__main__":
    main()
