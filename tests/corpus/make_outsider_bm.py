#!/usr/bin/env python3
"""Outsider corpus BM: FAMILIES' AND NEIGHBOURS' OWN CAMERAS AND APPS.

Family. Student reports whose evidence comes from outside the school's own systems: Ring, Nest,
Arlo, Blink, Wyze and Eufy cameras at homes and shops, parents' dashcams, Life360 and Find My
locations shared by a family, AirTags, Snap Map and Snapchat stories, the Citizen app, Nextdoor,
neighbourhood Facebook groups, parents' WhatsApp groups and screenshots of them, and rideshare
receipts. Such sources leak what RULES.md section 4 forbids: where a student (or the family that
filmed) lives, the language of the group chat or of the parent, a faith community that passed the
clip on, a crew tagged in a caption, a family's immigration fear, and identifications made by face
recognition. The incident's own facts must survive: what the clip shows of the weapon or the
assault, the injury, the time, the public place where it happened, the words of a threat.

Labelling notes (decided from RULES.md and CONTRACT.md only, never from any implementation):
- Ground: the decision follows the submitted ground code. weapon / serious_violence /
  credible_threat / drugs may be allowed; any other code (fight, theft, vandalism, truancy,
  trespass, gang_activity, runaway, ...) is denied ground_not_permitted (RULES 1).
- credible_threat without a threat_statement (absent or empty) is denied missing_threat_statement,
  even when the description quotes the threat (RULES 1, 5).
- drugs: allowed when at least one substance is outside marijuana / nicotine / alcohol; a vape of
  unknown content is excluded; an opioid prescribed to a relative is not prescribed to the student
  (RULES 2).
- Recipients other than bpd and its units (bric, the fusion center, ICE, MBTA Transit Police, a
  private security company, a consumer app such as Neighbors by Ring) are denied
  recipient_not_permitted (RULES 3).
- Airsoft, BB and replica guns are denied with reason "other": they need a named approver's
  determination that the request does not carry (RULES 1 and corpus brief).
- Anything derived from face recognition (PimEyes / FaceCheck.ID searches, a camera's
  "familiar face" or facial-recognition label, an attachment of kind face_match, a request for
  photos to run against a clip) makes the whole request a face_surveillance denial (RULES 4).
  A person who recognises someone by eye, a clip that "shows his face", FaceTime and Facebook are
  not face recognition: those are precision traps and stay allowed.
- neighborhood covers any home address, residential street, zip, neighbourhood of residence or
  housing development, of the student or of another family (the doorbell is at a home). A street,
  station, park or store where the incident happened, and a school's name, are not residences and
  must survive.
- language covers the language of a parent, of an interpreter or of a group chat, and English
  learner status; ethnicity covers ethnic/racial descriptions of anyone in the clip ("black" as a
  colour of a car or hoodie is a trap); religion covers a mosque, church or ministry that a family
  belongs to; gang_affiliation covers a named crew or gang tagged in a caption or record;
  immigration_status covers a family's status or its fear of police at the door because of it.
- must_not_contain lists the shortest value that reveals the forbidden fact; structured student
  fields outside the allowlist are listed by value. must_contain is the name, the school and one
  key fact that also appears in the description; must_contain_text holds 1-3 incident facts.

Deterministic, standard library only. Writes tests/data/corpus/outsider_bm.jsonl (100 cases).
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bm.jsonl"
FAMILY = "outsider_bm"
CASES = []


def add(*, ground, school, sid, student, when, where, desc, decision="allow", reason=None,
        recipient="bpd", weapon=None, substances=None, threat=None, attachments=None,
        mnc=(), fact=None, mct=(), cats=(), tags=()):
    n = len(CASES) + 1
    cid = f"OBM-{n:04d}"
    stu = {"student_id": student["student_id"], "name": student["name"],
           "date_of_birth": student["date_of_birth"], "grade": student["grade"], "school": school}
    for k, v in student.items():
        if k not in stu:
            stu[k] = v
    req = {"request_id": cid, "school_id": sid, "recipient": recipient, "ground": ground}
    if weapon is not None:
        req["weapon"] = weapon
    if substances is not None:
        req["substances"] = list(substances)
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": when, "location": where, "description": desc}
    req["student"] = stu
    if attachments is not None:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    else:
        exp["must_contain"] = [student["name"], school, fact]
        exp["must_contain_text"] = list(mct)
    exp["must_not_contain"] = list(mnc)
    exp["categories"] = list(cats)
    dtag = ("allow_" + ground) if decision == "allow" else ("deny_" + reason)
    exp["tags"] = [FAMILY, dtag] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


def S(sid, name, dob, grade, **extra):
    d = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade}
    d.update(extra)
    return d


# Schools (real BPS names, invented ids)
ENG = ("English High School", "BPS-4105")
BRI = ("Brighton High School", "BPS-4107")
MP = ("Madison Park Technical Vocational High School", "BPS-4102")
SNO = ("Snowden International School", "BPS-4112")
BAA = ("Boston Arts Academy", "BPS-4114")
DEA = ("Dearborn STEM Academy", "BPS-4113")
CASH = ("Community Academy of Science and Health", "BPS-4117")
EXC = ("Excel High School", "BPS-4106")
BLA = ("Boston Latin Academy", "BPS-4101")
BCLA = ("Boston Community Leadership Academy", "BPS-4123")
TBA = ("TechBoston Academy", "BPS-4108")
NMH = ("New Mission High School", "BPS-4116")
CHS = ("Charlestown High School", "BPS-4111")
BGA = ("Boston Green Academy", "BPS-4128")
MUN = ("Margarita Muñiz Academy", "BPS-4121")
BURKE = ("Jeremiah E. Burke High School", "BPS-4104")
OBR = ("John D. O'Bryant School of Mathematics and Science", "BPS-4110")
FEN = ("Fenway High School", "BPS-4115")
EBHS = ("East Boston High School", "BPS-4103")
MH = ("Mission Hill K-8 School", "BPS-4109")
FRED = ("Lilla G. Frederick Middle School", "BPS-4119")
DOR = ("Dorchester Academy", "BPS-4122")
BINA = ("Boston International Newcomers Academy", "BPS-4118")
OG = ("Orchard Gardens K-8 School", "BPS-4120")
KEN = ("Kennedy Academy for Health Careers", "BPS-4127")
HEN = ("Henderson K-12 Inclusion School", "BPS-4124")
BLS = ("Boston Latin School", "BPS-4132")
JQUS = ("Josiah Quincy Upper School", "BPS-4125")


def sch(t):
    return {"school": t[0], "sid": t[1]}


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------

add(ground="weapon", weapon="knife", **sch(ENG), recipient="bpd/district-e13",
    student=S("318240", "Tariq Bellamy", "2010-04-19", 10),
    when="2026-03-02T07:31:00-05:00", where="English High School, main office (clip recorded off campus)",
    desc=("On Monday 3/2 at about 7:50 AM Ms. Renata Alves, mother of one of our 9th graders, came to "
          "the main office with her phone and asked to show AP Donnelly a Ring doorbell clip from her "
          "house at 27 Westminster Ave in Roxbury. Ms. Alves was more comfortable speaking Portuguese, "
          "so Ms. Pires from the front office interpreted. The clip is stamped 7:31 AM. It shows Tariq "
          "and two other boys walking past her front steps toward the bus stop. Tariq stops, pulls a "
          "black folding knife with a silver blade out of his right hoodie pocket, flicks it open with "
          "his thumb and holds it up to the other two, laughing, then folds it and puts it back. The "
          "other boys are not our students as far as we can tell. Ms. Alves said she recognized Tariq "
          "because he walks past every morning and her son knows him from class. At 8:20 AM SSS "
          "Whitfield and AP Donnelly asked Tariq to come to the office. Nothing was in his backpack, "
          "but he took a folding knife with a 3.5 inch blade out of his right hoodie pocket when asked. "
          "Tariq said he carries it 'for the walk' and that he was only showing it off. The knife was "
          "tagged and locked in the main office safe. Nobody at school was threatened with it. "
          "Tariq's father was called at 8:45 AM and came in at 10."),
    mnc=["27 Westminster Ave", "Roxbury", "Portuguese"], fact="folding knife",
    mct=["right hoodie pocket", "3.5 inch blade", "main office safe"],
    cats=["neighborhood", "language"], tags=["narrative", "ring"])

add(ground="weapon", weapon="box cutter", **sch(BRI), recipient="bpd/district-d14",
    student=S("402117", "Jordan Whitlock", "2008-11-02", 11),
    when="2025-10-14T10:40:00-04:00", where="Brighton High School, room 214",
    desc=("10:40 AM. Jordan's iPhone kept popping up 'AirTag Found Moving With You' in 3rd period, "
          "so SSS Lamb and Jordan emptied his backpack in room 214 to find it. The AirTag turned out "
          "to be his own (registered to his mom's Apple account, she had forgotten to tell him). In the "
          "front pocket under the charger was a box cutter with the blade extended about an inch. "
          "Jordan says he uses it at his after-school job stocking shelves at Stop & Shop. Box cutter "
          "held in the office. Mom called 11:05, aware."),
    fact="box cutter", mct=["blade extended about an inch", "room 214", "AirTag Found Moving With You"],
    tags=["short", "airtag", "trap", "clean"])

add(ground="weapon", weapon="brass knuckles", **sch(BURKE), recipient="bpd/district-c11",
    student=S("277310", "Ricardo Toussaint", "2010-01-23", 10, home_language="Haitian Creole",
              address={"street": "118 Harvard St", "city": "Dorchester", "zip": "02124"}),
    when="2026-01-13T14:47:00-05:00", where="Jeremiah E. Burke High School, afternoon pick-up lane",
    desc=("INCIDENT INTAKE FORM - EVIDENCE FROM AN OUTSIDE SOURCE\n"
          "Source type: vehicle dashcam (Vantrue), submitted by the parent of another student\n"
          "Clip time: 2:47:10 PM to 2:47:55 PM, Tue 1/13/2026\n"
          "Camera position: parked in the pick-up lane, facing the front steps\n"
          "What the clip shows: Student slides a set of brass knuckles onto his right hand and swings "
          "at another student's face; the other student steps back and is not struck. Student puts "
          "the knuckles back into his jacket and walks toward the bus shelter.\n"
          "Staff follow-up: AP Mensah located the student at 2:55 PM at the bus shelter. Brass "
          "knuckles (silver, four-finger) recovered from his left jacket pocket.\n"
          "Injuries: none.\n"
          "Parent contact: father, 3:30 PM, through the Haitian Creole interpreter line.\n"
          "Notes: the dashcam owner asked that her name not be shared with anyone."),
    mnc=["Haitian Creole", "118 Harvard St", "02124", "Dorchester"], fact="brass knuckles",
    mct=["brass knuckles onto his right hand", "left jacket pocket", "2:47:10 PM"],
    cats=["language", "neighborhood"], tags=["form", "dashcam", "structured_fields"])

add(ground="weapon", weapon="firearm", **sch(MP), recipient="bpd/district-b2",
    student=S("355902", "Devonte Harris", "2008-07-30", 12),
    when="2025-11-06T15:20:00-05:00", where="Madison Park Technical Vocational High School, gym office",
    desc=("Around 3:12 PM on Thursday a Citizen app alert went out on several staff phones: 'Report "
          "of shots fired, Ruggles Station busway.' Students had been dismissed at 2:50. At 3:20 PM "
          "Coach Barros saw Devonte come back into the building through the gym door, out of breath, "
          "and go into the gym office where the team keeps its bags. Devonte's backpack was open on "
          "the bench and Coach Barros saw the grip of a handgun. He kept Devonte in the office and "
          "radioed SSS Grady, who secured the bag. It held a black semi-automatic pistol with a loaded "
          "magazine (7 rounds) seated in it. Devonte said a friend handed it to him at Ruggles and "
          "told him to 'hold it' and that he did not shoot anything. BPD was called at 3:31 PM under "
          "the SAF-02 weapons protocol and an officer took custody of the pistol at 3:50 PM. Devonte "
          "stayed in the gym office with Coach Barros until his aunt arrived at 4:30 PM."),
    fact="pistol", mct=["Ruggles Station busway", "loaded magazine", "gym office"],
    tags=["narrative", "citizen", "trap", "clean"])

add(ground="weapon", weapon="knife", **sch(SNO), recipient="bpd/district-d4",
    student=S("290455", "Nathaniel Brooks", "2009-03-11", 11),
    when="2025-11-17T07:18:00-05:00", where="Route 39 bus stop on Huntington Ave",
    desc=("From: Carla Mendes\n"
          "Sent: Tuesday, November 18, 2025 6:12 AM\n"
          "To: Main Office, Snowden International\n"
          "Subject: video from our camera - kid with knife at the bus stop\n\n"
          "Good morning. This was posted last night in the 'Parents of Bowdoin-Geneva' Facebook group "
          "and someone said he goes to Snowden. Our neighbor's camera faces the Route 39 bus stop on "
          "Huntington Ave. At 7:18 yesterday morning a boy in a Snowden hoodie pulls a kitchen knife, "
          "maybe 8 inches, out of his waistband and chases another boy about 20 feet down the sidewalk, "
          "then stops and puts it back. I did not want to call 911 myself because my husband's green "
          "card is still pending and we don't want police at the door. Please handle it through the "
          "school. Video attached.\n\n"
          "--- reply ---\n"
          "From: AP Okoye\nSent: Tuesday, November 18, 2025 9:02 AM\n\n"
          "Thank you, Ms. Mendes. Staff identified the student as Nathaniel from the hoodie and from "
          "his backpack (the one with the orange Jansport keychain). When asked at 8:05 AM he turned "
          "over an 8-inch kitchen knife wrapped in a T-shirt. Nobody was hurt."),
    mnc=["green card", "Bowdoin-Geneva"], fact="kitchen knife",
    mct=["20 feet down the sidewalk", "orange Jansport keychain", "wrapped in a T-shirt"],
    cats=["immigration_status", "neighborhood"], tags=["email", "facebook", "neighbor_cam"])

add(ground="weapon", weapon="stun gun", **sch(BAA), recipient="bpd/district-d4",
    student=S("511093", "Aaliyah Greer", "2011-08-05", 9),
    when="2026-02-10T11:30:00-05:00", where="Boston Arts Academy, 2nd floor girls' bathroom",
    desc=("Mom (Ms. Greer) called 12:15. Her Life360 showed Aaliyah's phone 'at school' all morning, "
          "which it was, but another parent texted her a TikTok of Aaliyah zapping a stun gun in the "
          "2nd floor girls' bathroom at about 11:30. SSS Ortiz checked with Aaliyah: black stun gun "
          "(flashlight style, pink stripe) in her makeup bag. Nobody was touched with it. Held in the "
          "office until pickup."),
    fact="stun gun", mct=["2nd floor girls' bathroom", "makeup bag"],
    tags=["short", "life360", "trap", "clean"])

add(ground="weapon", weapon="machete", **sch(DEA), recipient="bpd/district-b2",
    student=S("233876", "Minh Vu", "2010-12-01", 9),
    when="2025-12-09T06:48:00-05:00", where="Rideshare vehicle, trip ending at Dearborn STEM Academy",
    desc=("[Screenshot of an Uber receipt forwarded to the office by Mr. Vu at 8:10 AM]\n"
          "Your Tuesday morning trip with Uber - Dec 9, 2025\n"
          "Pickup 6:48 AM - 54 Ballou Ave, Dorchester, MA 02124\n"
          "Dropoff 7:05 AM - Dearborn STEM Academy\n"
          "Message from your driver: 'your son and his 2 friends left a big knife like a machete under "
          "the seat, I have it, call me'\n"
          "[end of screenshot]\n\n"
          "The driver brought the machete (approx 18 inch blade, black handle) to the front desk at "
          "9:30 AM. Three boys rode together: Minh and two other 9th graders (T.O. and R.D.). Asked "
          "separately, Minh said the machete was his and he brought it 'because of the kids at the "
          "park'; T.O. and R.D. said they did not know it was in the car. Minh is the subject of this "
          "report."),
    mnc=["54 Ballou Ave", "02124", "Dorchester"], fact="machete",
    mct=["18 inch blade", "front desk at 9:30", "under the seat"],
    cats=["neighborhood"], tags=["screenshot", "rideshare", "multi_student"])

add(ground="weapon", weapon="firearm", **sch(CASH), recipient="bpd/district-e18",
    student=S("344508", "Jalen Moore", "2009-05-27", 11),
    when="2026-01-25T16:02:00-05:00", where="Sidewalk along the school's side fence",
    desc=("At 4:02 PM Sunday a parent posted an Arlo clip in the 'Grove Hall Moms & Dads' Facebook "
          "group with the caption 'Those Wendover Boys again smh, this is right by the school.' A "
          "teacher who is in the group sent it to AP Lydon. The clip shows three teens on the sidewalk "
          "along the school's side fence. One of them lifts his shirt and shows a handgun tucked in his "
          "waistband, then pulls the shirt down. On Monday staff recognized that student as Jalen from "
          "his red Canada Goose jacket with the torn sleeve and from his walk. At 8:15 AM Monday SSS "
          "Pratt and AP Lydon spoke with Jalen; nothing on his person. With the AP present SSS Pratt "
          "opened locker #312, assigned to Jalen, and found a black revolver, unloaded, wrapped in a "
          "towel. Jalen would not say where he got it. No ammunition was found in the locker or in his "
          "bag. The revolver was left untouched in the towel and the locker was kept closed with SSS "
          "Pratt standing by until officers arrived at 8:41 AM. Jalen's grandmother was called at 8:30 "
          "AM and came in at 9:20. The two other teens in the clip have not been identified and may "
          "not be our students."),
    mnc=["Grove Hall", "Wendover Boys"], fact="revolver",
    mct=["locker #312", "black revolver, unloaded", "school's side fence"],
    cats=["neighborhood", "gang_affiliation"], tags=["narrative", "facebook", "neighbor_cam"])

add(ground="weapon", weapon="pepper spray", **sch(EXC), recipient="bpd/district-c6",
    student=S("468201", "Leila Hassan", "2010-02-14", 10),
    when="2025-09-30T11:05:00-04:00", where="Excel High School, 3rd floor stairwell",
    desc=("Period 4. Kiana (grade 10) used Find My iPhone on a classmate's laptop to locate her phone, "
          "which had gone missing in 2nd period. It pinged in the 3rd floor stairwell. When she got "
          "there Leila had the phone, and when Kiana reached for it Leila sprayed pepper spray at her "
          "face. Nurse flushed Kiana's eyes with eyewash; no lasting injury. Pepper spray canister "
          "(Sabre, red) recovered from Leila's waistband by SSS Ruiz."),
    fact="pepper spray", mct=["3rd floor stairwell", "eyewash"],
    tags=["short", "findmy", "trap", "clean"])

add(ground="weapon", weapon="switchblade", **sch(BLA), recipient="bpd/district-e13",
    student=S("301662", "Omar Farouk", "2008-09-09", 11),
    when="2026-01-16T18:40:00-05:00", where="Tony's Corner Market, Centre St",
    desc=("Mr. Rahimi, youth coordinator at the mosque Omar's family attends, sent AP Clarke a "
          "14-second video that a member had forwarded to him. It is from the Ring doorbell camera of "
          "Tony's Corner Market on Centre St, 6:40 PM Friday 1/16. Omar is seen at the counter taking "
          "a switchblade out of his jacket, clicking it open and pointing it at the clerk's chest while "
          "laughing. The clerk steps back and Omar leaves. On Tuesday 1/20 at 8:30 AM Omar was asked "
          "to empty his pockets in the office: a black switchblade (spring-opening, about 4 inches) "
          "was in his jacket. Omar said it was 'a joke' and that the clerk 'knows him.' AP Clarke "
          "called the market; the owner said the clerk was frightened, did not call police at the time "
          "and would be willing to speak with an officer. Omar's mother was called at 9:00 AM and came "
          "in at 10:15. The switchblade was tagged and locked in the main office safe. Omar was kept "
          "in the office for the rest of the morning and a safety plan meeting is set for 1/22."),
    mnc=["mosque"], fact="switchblade",
    mct=["pointing it at the clerk's chest", "Tony's Corner Market", "about 4 inches"],
    cats=["religion"], tags=["narrative", "ring", "trap"])

add(ground="weapon", weapon="razor blade", **sch(BCLA), recipient="bpd/district-e18",
    student=S("377015", "Thao Nguyen", "2010-06-21", 10),
    when="2026-02-02T21:52:00-05:00", where="Boston Community Leadership Academy, main office",
    desc=("REPORTING FORM - OUTSIDE EVIDENCE\n"
          "Date reported: 02/03/2026 8:05 AM\n"
          "Reported by: parent (mother), in person\n"
          "Evidence: Nest Cam (indoor) clip, 2/2/2026 9:52 PM, family apartment at 1480 Columbia Rd, "
          "Apt 3\n"
          "Clip summary: student sits at the kitchen table taping two razor blades inside the back of "
          "a clear phone case while on FaceTime with a friend; says 'if she comes at me tomorrow she's "
          "getting cut.'\n"
          "Action: 8:20 AM, phone case checked by AP Nunez with the mother present. Two single-edge "
          "razor blades taped inside the case; removed and bagged.\n"
          "Other student: M.T. (grade 10); separate safety plan made.\n"
          "Interpreter used: Vietnamese (mother)."),
    mnc=["1480 Columbia Rd", "Vietnamese"], fact="razor blades",
    mct=["two single-edge razor blades", "back of a clear phone case", "on FaceTime"],
    cats=["neighborhood", "language"], tags=["form", "nest", "trap"])

add(ground="weapon", weapon="knife", **sch(TBA), recipient="bpd/district-c11",
    student=S("259340", "Isaiah Grant", "2008-10-30", 11),
    when="2025-12-03T11:52:00-05:00", where="TechBoston Academy, cafeteria",
    desc=("Cafeteria, 11:52 AM. A group of students was watching a Citizen app alert video on a phone "
          "('Police activity - Blue Hill Ave & Morton St') when an argument started between Isaiah and "
          "D.K. about who was in the video. Isaiah took out a folding knife (blue handle, about 3 in.) "
          "and held it down at his side, saying 'back up.' Lunch monitor Ms. Pina and SSS Gomes "
          "separated them and Isaiah surrendered the knife to SSS Gomes. Witnesses: A.L., T.J., R.S. "
          "No injuries."),
    fact="folding knife", mct=["blue handle", "back up", "Citizen app alert"],
    tags=["short", "citizen", "multi_student", "trap", "clean"])

add(ground="weapon", weapon="firearm", **sch(NMH), recipient="bpd/district-b3",
    student=S("420733", "Jaylen Ramsey", "2010-06-03", 10),
    when="2026-03-17T08:10:00-04:00", where="New Mission High School, main office",
    desc=("A parent (mother of a 10th grader) brought two screenshots to AP Santos on 3/16.\n"
          "Screenshot 1: Snap Map, Bitmoji labelled 'JayyBandz' sitting on a house on Lyndhurst St in "
          "Dorchester, 'Updated 2h ago'.\n"
          "Screenshot 2: JayyBandz's Snapchat story from the same evening: a handgun lying on a bed, "
          "caption 'ready for school tmrw'.\n"
          "AP Santos knows the account is Jaylen's (he has used it to message the school's club "
          "page). At 8:10 AM on 3/17 SSS Keane searched Jaylen's backpack in the office with the AP "
          "present and recovered a loaded 9mm handgun (Taurus, 10 rounds) inside a sock in the "
          "bottom compartment. Jaylen was held in the office; BPD notified per SAF-02."),
    mnc=["Lyndhurst St", "Dorchester"], fact="9mm handgun",
    mct=["inside a sock", "Taurus", "ready for school tmrw"],
    cats=["neighborhood"], tags=["screenshot", "snapmap"])

add(ground="weapon", weapon="box cutter", **sch(CHS), recipient="bpd/district-a15",
    student=S("388120", "Adrián Peralta", "2008-12-12", 11),
    when="2025-10-08T07:36:00-04:00", where="Charlestown High School, morning drop-off line and flagpole",
    desc=("From: Gloria Sterling\n"
          "Sent: Wednesday, October 8, 2025 7:58 AM\n"
          "To: Hernandez, Luis (AP)\n"
          "Subject: dashcam from this morning\n\n"
          "Hi Mr. Hernandez, I was behind the black Honda Pilot in the drop-off line at 7:36 and my "
          "dashcam caught two Dominican boys from your school on the sidewalk. The taller one in the "
          "gray hoodie took something shiny out of his pocket, slashed it at the other one's arm twice, "
          "then threw it in the bushes by the flagpole when he saw the crossing guard. Video attached. "
          "- Gloria\n\n"
          "> Reply, 9:40 AM: Thank you. SSS Ocasio recovered a yellow box cutter with the blade out "
          "from the bushes by the flagpole at 8:05. The student in the gray hoodie is Adrián; the "
          "other student (E.P.) has a red scratch on his forearm that did not break the skin, seen by "
          "the nurse. Adrián admitted the box cutter was his."),
    mnc=["Dominican"], fact="box cutter",
    mct=["bushes by the flagpole", "black Honda Pilot", "yellow box cutter"],
    cats=["ethnicity"], tags=["email", "dashcam", "trap"])

add(ground="weapon", weapon="expandable baton", **sch(BGA), recipient="bpd/district-b3",
    student=S("296047", "Edson Tavares", "2009-04-04", 11, country_of_birth="Cabo Verde",
              ell_status="EL Level 2", guardian_phone="617-555-0142"),
    when="2026-04-07T15:05:00-04:00", where="Sidewalk outside Boston Green Academy, Parker St entrance",
    desc=("Mr. Dwyer, whose Wyze camera faces the school's Parker St entrance, e-mailed a clip to the "
          "main office at 4:10 PM. At 3:05 PM it shows Edson flick open an expandable steel baton and "
          "swing it at another student (grade 10, initials K.F.), hitting him once on the back of the "
          "left knee. K.F. limped away; the nurse saw him the next morning and noted a large bruise, "
          "no fracture. On 4/8 at 8:15 AM SSS Dunne recovered the baton (black, 21 inches extended) "
          "from Edson's locker with the AP present."),
    mnc=["Cabo Verde", "EL Level 2"], fact="expandable steel baton",
    mct=["back of the left knee", "21 inches extended"],
    cats=["national_origin", "language"], tags=["short", "neighbor_cam", "structured_fields"])

add(ground="weapon", weapon="knife", **sch(CASH), recipient="bpd/district-e18",
    student=S("312954", "Kevin Altidor", "2010-10-15", 9),
    when="2026-04-09T07:02:00-04:00", where="Community Academy of Science and Health, main office",
    desc=("Ms. Altidor came to the front desk at 9:10 AM on Thursday 4/9, very upset, and asked to "
          "speak to someone privately. In the conference room with AP Whitmore and Ms. Jean-Baptiste "
          "(Haitian Creole interpreter) she played a Ring clip from the camera over her own front door "
          "on Wood Ave in Hyde Park. The clip, 7:02 AM that morning, shows Kevin stopping on the top "
          "step, lifting his sweatshirt and sliding a large kitchen knife (she says the 10-inch one "
          "from her knife block) into his waistband, then walking off toward the bus. She said he has "
          "been fighting with boys from another school on the bus. She begged that police not come to "
          "the apartment because her husband's asylum case is still open and the family is scared of "
          "any police at the door. At 9:35 AM SSS Kelleher brought Kevin from Room 118 to the office; "
          "the knife was in his waistband under the sweatshirt, the blade wrapped in a paper towel. It "
          "was secured in the office. Kevin said he only meant to 'scare them at the bus stop.' No one "
          "was hurt. AP Whitmore explained to Ms. Altidor that a weapons report goes to the Office of "
          "Legal Advisor before anything is shared."),
    mnc=["Wood Ave", "Hyde Park", "Haitian Creole", "asylum"], fact="kitchen knife",
    mct=["10-inch", "blade wrapped in a paper towel", "Room 118"],
    cats=["neighborhood", "language", "immigration_status"], tags=["narrative", "ring"])

add(ground="weapon", weapon="firearm", **sch(MUN), recipient="bpd/district-e13",
    student=S("365581", "Luis Ferreira", "2007-10-28", 12),
    when="2026-02-24T08:10:00-05:00", where="Margarita Muñiz Academy, main office",
    desc=("[Screenshot shared by a parent, 2/24 7:15 AM. WhatsApp group 'Youth Ministry Parents - "
          "First Pentecostal Church'; messages translated from Spanish by Ms. Reyes]\n"
          "11:02 PM  Ana B.: Is this the boy from the youth group? He posted this tonight\n"
          "11:02 PM  [photo: a hand holding a black pistol with no markings, a bathroom stall behind it "
          "with a BPS sticker on the door]\n"
          "11:05 PM  Rosa M.: that is Luis, he goes to Muñiz\n"
          "[end of screenshot]\n\n"
          "AP Roche spoke with Luis at 8:10 AM. With the AP present SSS Medina searched his backpack "
          "and found a black polymer pistol with no serial number (appears to be a privately made "
          "'ghost gun'). The magazine was empty and no ammunition was found. Luis said he bought it "
          "from someone online."),
    mnc=["Pentecostal", "Spanish"], fact="pistol",
    mct=["no serial number", "magazine was empty"],
    cats=["religion", "language"], tags=["screenshot", "whatsapp", "groupchat"])

add(ground="weapon", weapon="firearm", **sch(BURKE), recipient="bpd/district-b3",
    student=S("241779", "Tyrese Palmer", "2008-03-18", 12),
    when="2026-05-03T23:48:00-04:00", where="Jeremiah E. Burke High School, front entrance bag check",
    desc=("Dad (Mr. Palmer) in at 7:40 AM w/ Nest cam clip, front of house on Bourneside St, Sun "
          "11:48 PM. Shows Tyrese + 2 others he called 'the Stonehurst Gz' on the porch; Tyrese takes "
          "a black handgun from under the porch and puts it in his school bag. Mon 8:00 AM SSS Lowe "
          "found a black handgun (Glock-type, loaded, 1 in chamber) in that bag at the front entrance "
          "bag check. Tyrese detained in office, BPD called 8:05."),
    mnc=["Bourneside St", "Stonehurst"], fact="black handgun",
    mct=["1 in chamber", "front entrance bag check", "under the porch"],
    cats=["neighborhood", "gang_affiliation"], tags=["short", "nest"])


# ---------------------------------------------------------------------------------------------
# ALLOW: serious_violence
# ---------------------------------------------------------------------------------------------

add(ground="serious_violence", **sch(BURKE), recipient="bpd/district-b3",
    student=S("266104", "Marquise Dunn", "2009-02-08", 11),
    when="2026-01-30T15:14:00-05:00", where="Route 28 bus stop, Blue Hill Ave",
    desc=("---------- Forwarded message ----------\n"
          "From: Tanya W. (admin, Franklin Hill Tenants & Parents group)\n"
          "Date: Fri, Jan 30, 2026, 4:55 PM\n"
          "Subject: video of the fight at the 28 bus stop\n\n"
          "Somebody posted this in our group, I think it's Burke kids. The caption on the original "
          "says '#HarlowBlock that's what happens'. The video is from a neighbor's security camera.\n\n"
          "What the video shows (written up by AP Sullivan, 1/30, 6:30 PM): at 3:14 PM a boy in a gray "
          "Burke hoodie walks up behind another boy at the Route 28 bus stop on Blue Hill Ave and "
          "punches him in the back of the head. The second boy falls forward and hits his head on the "
          "curb. The first boy stomps on his head twice and runs toward the school. The boy on the "
          "ground does not move for about 40 seconds.\n\n"
          "Follow-up (AP Sullivan, 2/2): staff who know him identified the student in the hoodie as "
          "Marquise (the hoodie, his backpack with the taped strap, and his voice on the clip's audio). "
          "The victim, D.H., grade 11, was taken by EMS to Boston Medical Center; his mother reports a "
          "fractured jaw and a concussion, and his jaw has been wired shut. Marquise declined to make "
          "a statement."),
    mnc=["Franklin Hill", "HarlowBlock"], fact="fractured jaw",
    mct=["hits his head on the curb", "stomps on his head twice", "fractured jaw"],
    cats=["neighborhood", "gang_affiliation"], tags=["email", "facebook", "neighbor_cam"])

add(ground="serious_violence", **sch(OBR), recipient="bpd/district-b2",
    student=S("198822", "Brandon Kelley", "2007-11-20", 12),
    when="2026-03-18T15:52:00-04:00", where="O'Bryant School, 4th-floor stairwell landing",
    desc=("At 5:40 PM on 3/18 Ms. Chan called the main office through a Cantonese interpreter because "
          "her Life360 showed her daughter's phone still at the school until 4:35 PM, 90 minutes after "
          "dismissal, and her daughter had come home crying. On 3/19 the daughter (grade 9, W.C.) told "
          "the counselor that Brandon (grade 12) pushed her onto the 4th-floor stairwell landing, held "
          "her against the wall and sexually assaulted her while she told him to stop. The hallway "
          "camera outside the stairwell door shows Brandon entering at 3:52 PM and leaving at 4:20 PM; "
          "W.C. leaves at 4:31 PM. The Title IX coordinator was notified and W.C. was seen at Boston "
          "Children's Hospital the same evening."),
    mnc=["Cantonese"], fact="sexually assaulted",
    mct=["4th-floor stairwell landing", "3:52 PM", "sexually assaulted"],
    cats=["language"], tags=["short", "life360", "trap"])

add(ground="serious_violence", **sch(MP), recipient="bpd/district-b2",
    student=S("350017", "Tayshawn Ruffin", "2009-08-25", 11),
    when="2025-10-21T14:58:00-04:00", where="Malcolm X Blvd, sidewalk in front of the school",
    desc=("Dashcam footage from a parent's car (brought in 10/22) shows at 2:58 PM on Malcolm X Blvd "
          "Tayshawn hitting a 10th grader over the head three times with a metal U-shaped bike lock. "
          "Victim had a scalp laceration that needed 9 staples at Boston Children's. Lock recovered by "
          "SSS Ayala from the planter."),
    fact="bike lock", mct=["Malcolm X Blvd", "9 staples", "three times"],
    tags=["short", "dashcam", "trap", "clean"])

add(ground="serious_violence", **sch(ENG), recipient="bpd/district-e13",
    student=S("284460", "Kadeem Watts", "2010-01-06", 10),
    when="2025-12-11T12:05:00-05:00", where="English High School, cafeteria line",
    desc=("[Screenshots from a WhatsApp group called 'Somali Moms of Boston', given to the principal by "
          "a parent on 12/12; messages translated from Somali by Ms. Warsame]\n"
          "7:41 PM  Hodan: Did you see what happened to Ayan's son at school today\n"
          "7:42 PM  [video 0:21, recorded by a student in the cafeteria line: Kadeem swings his right "
          "hand at Abdi's face; a razor blade is visible between his fingers; blood on Abdi's left "
          "cheek]\n"
          "7:44 PM  Fadumo: the boy with the razor is the one who lives in the Mission Main buildings\n"
          "[end]\n\n"
          "School notes: the incident happened at 12:05 PM on 12/11 in the cafeteria line. Abdi "
          "(grade 10) needed 14 stitches to his left cheek at Boston Children's and has a plastic "
          "surgery follow-up. Kadeem admitted cutting him and said Abdi had 'been talking.' The blade "
          "was not recovered."),
    mnc=["Somali", "Mission Main"], fact="14 stitches",
    mct=["14 stitches", "razor blade is visible between his fingers", "cafeteria line"],
    cats=["ethnicity", "language", "neighborhood"], tags=["screenshot", "whatsapp", "groupchat"])

add(ground="serious_violence", **sch(FEN), recipient="bpd/district-d4",
    student=S("305518", "Colin Mahoney", "2007-12-19", 12),
    when="2025-12-02T17:25:00-05:00", where="Fenway High School, back loading dock stairs",
    desc=("On Tuesday 12/2 the stage crew stayed after the winter showcase rehearsal to move flats. At "
          "about 5:25 PM three stage crew students (Colin, R.M. and J.S.) went out the back loading "
          "door to carry a platform to the dumpster. According to R.M. and J.S., Colin was angry that "
          "R.M. had told the stage manager he left early the day before. A neighbor whose Blink camera "
          "faces the back lot brought the clip on a USB stick the next morning, and it matches what "
          "they said: Colin drops his end of the platform, grabs R.M. by the hood with both hands and "
          "throws him down the concrete stairs of the loading dock, five steps. R.M. lands on his left "
          "arm. J.S. is filming on his phone and then runs back in for help. Ms. Lind, the stage "
          "manager, held R.M.'s arm still and put an ice pack above the break until EMS arrived at "
          "5:38 PM. R.M. had a compound fracture of the left forearm and had surgery that night at "
          "Boston Children's; he will have a plate and screws. The clip shows his face clearly when "
          "he looks up at Colin, who walks back inside without helping. Colin told AP Reid the next "
          "day that R.M. 'tripped.' J.S.'s phone video and the neighbor's clip were both saved to the "
          "school's incident folder."),
    fact="compound fracture", mct=["compound fracture of the left forearm", "loading dock", "stage crew"],
    tags=["narrative", "neighbor_cam", "trap", "clean", "multi_student"])

add(ground="serious_violence", **sch(DOR), recipient="bpd/district-c11",
    student=S("322849", "Dante Rowe", "2009-07-07", 11),
    when="2026-04-14T16:30:00-04:00", where="Ronan Park, near the basketball court",
    desc=("From: Mrs. Bridget Keane\nTo: Dorchester Academy office\nSent: Tue, Apr 14, 2026 9:47 PM\n"
          "Subject: my son was jumped - Find My\n\n"
          "My son Sean did not come home, so I used Find My to see his phone; it was at Ronan Park by "
          "the basketball court. I drove there and found him on the ground with his face swollen and "
          "blood in his mouth. He says Dante from school hit him with a closed fist over and over, then "
          "kicked him in the face when he was down, at about 4:30. We live at 22 Mount Ida Rd, please "
          "send any papers there. He is at Carney Hospital, they say it is an orbital fracture around "
          "the right eye.\n\n"
          "AP note 4/15: three students who were at the park gave the same account; one sent a phone "
          "video showing Dante kicking Sean in the face."),
    mnc=["Mount Ida Rd"], fact="orbital fracture",
    mct=["Ronan Park", "orbital fracture", "kicked him in the face"],
    cats=["neighborhood"], tags=["email", "findmy", "trap"])

add(ground="serious_violence", **sch(BCLA), recipient="bpd/district-e18",
    student=S("271136", "Jamari Fleming", "2009-01-31", 11,
              alerts={"gang_notes": "suspected Danforth St crew (2024 SRO note)"},
              race="Black or African American"),
    when="2025-11-13T14:41:00-05:00", where="Sidewalk outside Boston Community Leadership Academy",
    desc=("Type of incident: assault with a dangerous weapon\n"
          "Evidence source: dashcam in a parent's vehicle parked outside the school, clip 2:41-2:43 PM, "
          "Thu 11/13/2025\n"
          "Summary: student swung a wooden baseball bat at another student (grade 9, L.P.), striking "
          "the back of his head once. L.P. fell and had a seizure on the sidewalk.\n"
          "Injury: skull fracture; admitted to the ICU at Boston Children's\n"
          "Staff witnesses: SSS Burke; Mr. Tran (crossing guard)\n"
          "Weapon: wooden baseball bat (34 in.), recovered at the scene by SSS Burke"),
    mnc=["Danforth St", "Black or African American"], fact="skull fracture",
    mct=["skull fracture", "back of his head", "had a seizure on the sidewalk"],
    cats=["gang_affiliation", "ethnicity"], tags=["form", "dashcam", "structured_fields"])

add(ground="serious_violence", weapon="knife", **sch(ENG), recipient="bpd/district-e13",
    student=S("339271", "Elijah Banks", "2007-09-16", 12),
    when="2026-03-10T15:25:00-04:00", where="Jackson Square Station, upper busway",
    desc=("At 3:31 PM several staff got a Citizen alert: 'Stabbing reported, Jackson Square Station.' "
          "A parent then texted AP Foley a Snap Map screenshot showing a red 'heat' spot over the "
          "station and a Snapchat video from the Our Story feed. The video shows a crowd of teens on "
          "the upper busway at about 3:25 PM; Elijah, in his English High track jacket, steps out of "
          "the crowd and stabs a boy from another school in the lower abdomen with a folding knife, "
          "then runs with two other English High students (T.B. and K.W.). The victim was taken to "
          "Brigham and Women's and had emergency surgery. At 3:50 PM Elijah, T.B. and K.W. came back "
          "into the building through the side door; Elijah's jacket had blood on the right cuff. "
          "BPD was called at 3:55 PM. T.B. and K.W. say they did not know he had a knife. The folding "
          "knife was not found on Elijah or in his locker."),
    fact="lower abdomen", mct=["lower abdomen", "Jackson Square Station", "blood on the right cuff"],
    tags=["narrative", "citizen", "snapmap", "trap", "clean", "multi_student"])

add(ground="serious_violence", **sch(DOR), recipient="bpd/district-c11",
    student=S("357760", "Xavier Colón", "2010-05-05", 10),
    when="2026-02-26T15:10:00-05:00", where="Sidewalk at the corner by the school's front entrance",
    desc=("[Nextdoor post, transcribed from a screenshot given to the principal]\n"
          "Neighborhood: Ashmont-Adams  -  posted 2/26 5:02 PM\n"
          "'Just watched this on my Ring. Two Latino kids from the school attacking a TEACHER at 3:10 "
          "right in front of the school. Unbelievable.' [video 0:34]\n"
          "12 comments\n"
          "[end]\n\n"
          "What the clip shows (AP Greene): at 3:10 PM Mr. Hale, the 10th grade math teacher, steps "
          "between two students who are arguing at the corner. Xavier punches Mr. Hale in the face "
          "twice, then pushes him down and kicks him. The other student pulls Xavier away. Mr. Hale "
          "has a broken nose and lost two front teeth; he had oral surgery on 2/27."),
    mnc=["Ashmont-Adams", "Latino"], fact="broken nose",
    mct=["broken nose", "two front teeth", "punches Mr. Hale in the face"],
    cats=["neighborhood", "ethnicity"], tags=["screenshot", "nextdoor", "ring"])

add(ground="serious_violence", **sch(EXC), recipient="bpd/district-c6",
    student=S("261985", "Cameron Lyle", "2008-06-24", 12),
    when="2025-10-27T07:25:00-04:00", where="Bus stop across from Excel High School",
    desc=("T.A. (grade 11) told her counselor on 10/27 that for two weeks her iPhone had been warning "
          "'AirTag Found Moving With You.' Her mother checked Find My and saw the unknown AirTag had "
          "followed her to her grandmother's house on Itasca St on three nights. On 10/27 the nurse "
          "found the AirTag sewn into the lining of T.A.'s backpack. That morning at 7:25 at the bus "
          "stop across from the school, Cameron, her ex-boyfriend, grabbed her by the throat and choked "
          "her with both hands against the shelter until she nearly lost consciousness; two students "
          "pulled him off. The nurse documented red marks and petechiae on her neck and she was sent "
          "to the ER. Cameron admitted putting the AirTag in the bag 'to see where she goes.' The "
          "crossing guard on the corner saw the end of it and gave a written statement at 8:10 AM: "
          "she saw Cameron's hands on T.A.'s neck and T.A.'s knees buckle. The ER kept T.A. for "
          "observation until the evening. A no-contact order within the school was put in place the "
          "same day and Cameron's schedule was changed."),
    mnc=["Itasca St"], fact="choked her",
    mct=["choked her with both hands", "AirTag sewn into the lining", "petechiae"],
    cats=["neighborhood"], tags=["narrative", "airtag", "findmy", "trap"])

add(ground="serious_violence", **sch(TBA), recipient="bpd/district-c11",
    student=S("347712", "Malik Odom", "2010-03-29", 10),
    when="2026-05-12T14:50:00-04:00", where="TechBoston Academy, rear parking lot",
    desc=("Parent sent AP a Snapchat video 5/12 evening. Rear lot, 2:50 PM: four students jump N.C. "
          "(grade 10). Malik kicks N.C. in the stomach several times while he is curled up. N.C. had a "
          "lacerated spleen, admitted to BMC. Others in the clip: J.P., R.T., D.W. (separate reports). "
          "This report is for Malik only."),
    fact="lacerated spleen", mct=["lacerated spleen", "rear lot", "kicks N.C. in the stomach"],
    tags=["short", "snapchat", "multi_student", "clean"])

add(ground="serious_violence", **sch(EBHS), recipient="bpd/district-a7",
    student=S("290881", "Bryan Quintanilla", "2008-11-11", 11),
    when="2026-01-22T10:20:00-05:00", where="East Boston High School, main staircase between 2nd and 3rd floor",
    desc=("From: Mr. Elmer Rivas (uncle of Josué, grade 11)\nTo: Principal's office\n"
          "Date: Thu, Jan 22, 2026, 8:14 PM\nSubject: what happened to Josue\n\n"
          "Good evening. A student sent this video to our family WhatsApp. At 10:20 this morning on "
          "the main staircase between the 2nd and 3rd floor, Bryan shoves Josue from behind and Josue "
          "falls down the whole flight and hits the landing with his back. He is at MGH with a fracture "
          "of a vertebra in his lower back and cannot walk right now. We are from Honduras and here on "
          "Temporary Protected Status, so please we ask that nobody send police to our apartment, we "
          "are afraid. We want the school to do something.\n\n"
          "--- reply from AP Caruso, 1/23 7:50 AM ---\n"
          "Mr. Rivas, thank you. I have watched the video and the hallway camera and both show Bryan "
          "shoving Josue from behind. I am very sorry."),
    mnc=["Honduras", "Temporary Protected Status"], fact="vertebra",
    mct=["fracture of a vertebra", "shoves Josue from behind", "main staircase"],
    cats=["national_origin", "immigration_status"], tags=["email", "whatsapp"])

add(ground="serious_violence", weapon="hammer", **sch(JQUS), recipient="bpd/district-a1",
    student=S("318833", "Ethan Li", "2010-09-02", 9),
    when="2025-12-20T19:12:00-05:00", where="Off campus, outside a classmate's residence",
    desc=("The mother of a 9th grader (P.S.) brought a Ring clip from the camera over their front door "
          "at 45 Dakota St to the school on Monday 12/22. At 7:12 PM Saturday 12/20 it shows Ethan "
          "ringing the bell; when P.S. opens the door Ethan hits him on the side of the head with a "
          "claw hammer and runs. P.S. has a depressed skull fracture and was in the ICU at Tufts for "
          "three days. Ethan's name is also in a group chat where he said P.S. 'owed' him money. "
          "Report submitted because both are our students and the conflict started at school."),
    mnc=["45 Dakota St"], fact="claw hammer",
    mct=["claw hammer", "depressed skull fracture", "side of the head"],
    cats=["neighborhood"], tags=["short", "ring", "home_incident"])

add(ground="serious_violence", **sch(KEN), recipient="bpd/district-b2",
    student=S("253360", "Derrick Hollis", "2007-09-18", 12),
    when="2026-05-20T15:02:00-04:00", where="Kennedy Academy for Health Careers, student parking lot",
    desc=("OUTSIDE VIDEO - SUMMARY\n"
          "Source: parent dashcam (front camera), submitted 5/21 8:00 AM\n"
          "Time: 3:02 PM, Wed 5/20\n"
          "Place: student parking lot, row C\n"
          "Observed: student argues with K.J. (grade 12) beside a silver Nissan Altima, gets in the "
          "driver's seat, reverses, then accelerates forward into K.J., pinning him against a parked "
          "van.\n"
          "Injury: K.J. has a fractured pelvis and a broken left leg (MGH, surgery 5/20).\n"
          "Student statement: 'my foot slipped.' Video contradicts (two-second pause before "
          "accelerating)."),
    fact="fractured pelvis", mct=["fractured pelvis", "row C", "pinning him against a parked van"],
    tags=["form", "dashcam", "clean"])


# ---------------------------------------------------------------------------------------------
# ALLOW: credible_threat
# ---------------------------------------------------------------------------------------------

add(ground="credible_threat", **sch(TBA), recipient="bpd/district-c11",
    student=S("336150", "Rashad Kemp", "2009-08-13", 11),
    threat=("On 11/19 at 9:40 PM Rashad posted an Instagram story over a photo of a rifle: 'bringing "
            "my uncle's AR tmrw, 3rd lunch finna be a movie.' Rashad eats 3rd lunch in the TechBoston "
            "cafeteria, and the story names the next school day, 11/20."),
    when="2025-11-19T21:40:00-05:00", where="Online (Instagram story); target: TechBoston Academy cafeteria",
    desc=("[Screenshot from the 'Codman Square Parents' WhatsApp group, brought in by a parent at "
          "7:05 AM on 11/20; the parent's messages were translated from Haitian Creole by Mr. "
          "Pierre-Louis]\n"
          "9:52 PM  Marie-Claude: Look what this boy put on Instagram, my son is in his class\n"
          "9:52 PM  [screenshot of story by 'rashad.kmp': photo of a rifle on a bed, caption 'bringing "
          "my uncle's AR tmrw, 3rd lunch finna be a movie']\n"
          "9:58 PM  Jocelyne: I am keeping mine home tomorrow\n"
          "[end]\n\n"
          "Actions 11/20: principal notified at 7:10 AM; Rashad met at the bus by SSS and AP at 7:25 "
          "AM, bag and locker checked, nothing found. Rashad said the rifle photo was 'from the "
          "internet' and the story was 'a joke,' but would not say where his uncle keeps the rifle. "
          "Threat assessment team convened 9:00 AM."),
    mnc=["Codman Square", "Haitian Creole"], fact="3rd lunch finna be a movie",
    mct=["3rd lunch finna be a movie", "photo of a rifle"],
    cats=["neighborhood", "language"], tags=["screenshot", "whatsapp", "groupchat"])

add(ground="credible_threat", **sch(BURKE), recipient="bpd/district-b3",
    student=S("304417", "Nasir Coleman", "2007-12-01", 12),
    threat=("Under a Citizen app video of a shooting on 10/16, Nasir's account commented 'next time "
            "it's gonna be at the Burke and I'm not missing.' The account is his and he admitted the "
            "comment."),
    when="2025-10-16T20:15:00-04:00", where="Online (Citizen app comment)",
    desc=("Parent screenshot, 10/17 AM: Citizen app video of a shooting on 10/16, comment from "
          "'nas.cole04' at 8:15 PM: 'next time it's gonna be at the Burke and I'm not missing.' Nasir "
          "admitted the account and the comment, said he was 'mad.' Threat assessment opened."),
    fact="I'm not missing", mct=["next time it's gonna be at the Burke", "I'm not missing"],
    tags=["short", "citizen", "trap", "clean"])

add(ground="credible_threat", **sch(DEA), recipient="bpd/district-b2",
    student=S("285503", "Keon Battle", "2011-05-16", 9),
    threat=("Keon said on a doorbell recording: 'tell your brother I'm gonna shoot him when I see him "
            "at school Monday,' and patted his waistband saying 'I got the strap right here.' The "
            "brother is a Dearborn 11th grader."),
    when="2026-03-14T18:22:00-04:00", where="Off campus, front door of a classmate's residence",
    desc=("The W. family's Ring doorbell on Ruthven St recorded Keon at 6:22 PM on Saturday 3/14. "
          "When the younger W. child answers through the doorbell speaker, Keon leans into the camera "
          "and says 'tell your brother I'm gonna shoot him when I see him at school Monday,' then pats "
          "his waistband: 'I got the strap right here.' Mrs. W. sent the clip to the principal Sunday "
          "morning. Keon was met at the door Monday 3/16; bag and pockets checked, nothing found."),
    mnc=["Ruthven St"], fact="shoot him when I see him at school Monday",
    mct=["shoot him when I see him at school Monday", "I got the strap right here"],
    cats=["neighborhood"], tags=["short", "ring"])

add(ground="credible_threat", **sch(OBR), recipient="bpd/district-b2",
    student=S("329988", "Owen Pham", "2010-07-22", 10),
    threat=("Owen commented in a public Facebook group on 1/8: 'gonna light up the 3rd floor at "
            "O'Bryant on Friday, everybody that laughed is done,' with a photo of a pistol on a desk. "
            "Friday is 1/9; Owen's classes are on the 3rd floor."),
    when="2026-01-08T22:10:00-05:00", where="Online (Facebook group comment)",
    desc=("From: Mrs. Lan Pham (aunt of a 10th grader at the school)\n"
          "Sent: Thu, Jan 8, 2026, 11:30 PM\n"
          "Subject: dangerous comment\n\n"
          "Hello, our family is Vietnamese and we are new to the school community. In the "
          "Fields Corner Neighbors Facebook group tonight at 10:10 PM a boy named Owen wrote under a "
          "post: 'gonna light up the 3rd floor at O'Bryant on Friday, everybody that laughed is done' "
          "and he put a picture of a gun on a desk. My nephew says this boy was laughed at in science "
          "class. Please check.\n\n"
          "--- AP Morales, Fri 1/9, 6:45 AM ---\n"
          "Received. Owen's parents contacted at 6:30 AM; Owen kept home pending threat assessment. "
          "Mother says there is no gun in the home; the photo came from a friend."),
    mnc=["Vietnamese", "Fields Corner"], fact="light up the 3rd floor",
    mct=["light up the 3rd floor at O'Bryant on Friday", "picture of a gun on a desk"],
    cats=["ethnicity", "neighborhood"], tags=["email", "facebook"])

add(ground="credible_threat", **sch(BLS), recipient="bpd/district-b2",
    student=S("410652", "Devin Marsh", "2009-04-27", 11),
    threat=("Recorded by the driver's dashcam during a Lyft ride on 12/15: Devin, on a phone call, "
            "said 'I'm gonna stab Marcus in the neck tomorrow in gym, I already got the knife in my "
            "locker.' Marcus is a classmate in his 4th period gym class."),
    when="2025-12-15T16:40:00-05:00", where="Rideshare vehicle (Lyft), after school",
    desc=("Ms. Marsh forwarded a Lyft receipt and a message from the driver on 12/15 at 7:30 PM.\n"
          "Receipt: Pickup 4:12 PM, Boston Latin School. Dropoff 4:40 PM, 88 Walk Hill St, Mattapan.\n"
          "Driver's message: 'Ma'am, my dashcam records inside. Your son said on the phone he is going "
          "to stab a boy named Marcus tomorrow. I think you should know.'\n"
          "The driver sent the audio. At 4:36 PM Devin says: 'I'm gonna stab Marcus in the neck "
          "tomorrow in gym, I already got the knife in my locker.'\n"
          "12/16 7:15 AM: SSS and AP opened Devin's locker (#2210) with his mother present and found a "
          "folding knife with a 4-inch blade in a sneaker."),
    mnc=["88 Walk Hill St", "Mattapan"], fact="stab Marcus in the neck",
    mct=["stab Marcus in the neck tomorrow in gym", "4-inch blade in a sneaker"],
    cats=["neighborhood"], tags=["form", "rideshare", "dashcam"])

add(ground="credible_threat", **sch(BRI), recipient="bpd/district-d14",
    student=S("367091", "Tyler Scanlon", "2008-08-08", 12),
    threat=("Tyler texted Ms. Kerrigan, his physics teacher, on 2/4: 'I know where you live now. "
            "you're gonna regret failing me. I'll be waiting in the lot Friday with something for you.' "
            "He had hidden an AirTag in her tote bag to follow her."),
    when="2026-02-04T21:03:00-05:00", where="Text message to a teacher; AirTag in the teacher's bag",
    desc=("Ms. Kerrigan (physics) got an iPhone alert on 2/3 that an unknown AirTag was moving with "
          "her. Find My showed it had been with her for six days, including at her home in Roslindale "
          "every night. On 2/4 at 9:03 PM she received a text from Tyler's number: 'I know where you "
          "live now. you're gonna regret failing me. I'll be waiting in the lot Friday with something "
          "for you.' The AirTag was found in the inside zip pocket of her tote bag. Tyler has a "
          "failing grade in her class as of the 1/30 progress report. Apple's Find My shows the AirTag "
          "is registered to a phone number ending 4471, which is Tyler's cell in Aspen. Ms. Kerrigan "
          "came to AP Doherty at 7:00 AM on 2/5 with screenshots of the alert, the Find My map and "
          "the text. She has not been back to her car alone since. Tyler was met at the door at "
          "7:30 AM on 2/5; he did not deny sending the text and said he 'just wanted her to feel "
          "it.' His father said there are hunting rifles in the house, locked. Tyler is suspended "
          "pending the threat assessment."),
    mnc=["Roslindale"], fact="waiting in the lot Friday",
    mct=["I'll be waiting in the lot Friday", "inside zip pocket of her tote bag"],
    cats=["neighborhood"], tags=["narrative", "airtag", "findmy"])

add(ground="credible_threat", **sch(BRI), recipient="bpd/district-d14",
    student=S("344019", "Andre Simmons", "2008-10-03", 11),
    threat=("Andre posted a Snapchat story on 4/21 at 10:15 PM: 'pulling up to Brighton High tmrw at "
            "dismissal, whoever jumped lil bro getting smoked' with a gun emoji and a photo of a "
            "handgun in a waistband."),
    when="2026-04-21T22:15:00-04:00", where="Online (Snapchat story); target: Brighton High School dismissal",
    desc=("A parent came in at 7:20 AM on 4/22 with screenshots from her daughter's phone. The first "
          "is Andre's Snapchat story from 10:15 PM: 'pulling up to Brighton High tmrw at dismissal, "
          "whoever jumped lil bro getting smoked' over a photo of a handgun in a waistband. The second "
          "is Snap Map showing Andre's Bitmoji at home in the Faneuil development. The parent says "
          "everyone knows he is one of the Hobart Gz. Andre's younger brother was in a fight at the "
          "bus stop on 4/20. Andre did not come to school on 4/22; parent could not be reached."),
    mnc=["Faneuil", "Hobart Gz"], fact="getting smoked",
    mct=["whoever jumped lil bro getting smoked", "photo of a handgun in a waistband"],
    cats=["neighborhood", "gang_affiliation"], tags=["screenshot", "snapmap"])

add(ground="credible_threat", **sch(BLA), recipient="bpd/district-e13",
    student=S("398126", "Liam Costa", "2012-02-17", 8),
    threat=("On Discord on 3/25 Liam wrote: 'if anyone pulls the fire alarm friday i'm shooting up the "
            "place, not joking this time.' He confirmed he wrote it."),
    when="2026-03-25T19:48:00-04:00", where="Online (Discord server)",
    desc=("A parent posted a screenshot in the 8th grade class parents' group chat at 8:30 PM: a "
          "Discord message from 'lcosta12' at 7:48 PM, 'if anyone pulls the fire alarm friday i'm "
          "shooting up the place, not joking this time.' Another parent forwarded it to the AP. Liam "
          "confirmed on 3/26 that he wrote it; his father says there are no guns at home."),
    fact="shooting up the place", mct=["shooting up the place, not joking this time"],
    tags=["short", "groupchat", "clean"])

add(ground="credible_threat", **sch(EBHS), recipient="bpd/district-a7",
    student=S("372840", "Jayden Ortiz", "2009-02-22", 11),
    threat=("Jayden texted D.M. (grade 11) on 11/24: 'I'm going to bring my brother's gun and shoot "
            "you in front of the school on Friday.' He sent a second text with a photo of a handgun on "
            "a car seat."),
    when="2025-11-24T20:30:00-05:00", where="Text messages; target: front of East Boston High School",
    desc=("Email from D.M.'s mother, 11/24, 10:02 PM:\n"
          "'My neighbor saw it in a moms Facebook group first, someone posted a screenshot "
          "of the texts my son got. Jayden sent him at 8:30 tonight: I'm going to bring my brother's "
          "gun and shoot you in front of the school on Friday. Then a picture of a gun on a car seat. "
          "Please do something at school but please don't send police to my house, my husband is "
          "undocumented. We live in Maverick Landing.'\n"
          "AP Lynch reply 11/25 7:40 AM: received; threat assessment today, Jayden's family contacted."),
    mnc=["undocumented", "Maverick Landing"], fact="shoot you in front of the school",
    mct=["shoot you in front of the school on Friday", "gun on a car seat"],
    cats=["immigration_status", "neighborhood"], tags=["email", "facebook"])

add(ground="credible_threat", **sch(HEN), recipient="bpd/district-c11",
    student=S("287364", "Christopher Mills", "2009-06-01", 11),
    threat=("At a youth group meeting on 5/8 Christopher said to two peers: 'On Monday I'm bringing my "
            "dad's gun to school and the kids who jumped me are dead.' He named the two students."),
    when="2026-05-08T19:00:00-04:00", where="Off campus (evening youth group)",
    desc=("THREAT REPORT FORM\n"
          "Received from: Pastor Reyes of the Baptist church the family attends, by phone, 5/9 9:15 AM\n"
          "Date/time of statement: Fri 5/8, about 7:00 PM\n"
          "Exact words (as reported by two peers who heard it): 'On Monday I'm bringing my dad's gun "
          "to school and the kids who jumped me are dead.'\n"
          "Targets named: J.K. and T.V. (both grade 11)\n"
          "Access to weapon: father owns a registered handgun (per mother, 5/9)\n"
          "Actions: parent meeting 5/9; Christopher not to return until threat assessment complete."),
    mnc=["Baptist"], fact="the kids who jumped me are dead",
    mct=["bringing my dad's gun to school", "the kids who jumped me are dead"],
    cats=["religion"], tags=["form"])

add(ground="credible_threat", **sch(MP), recipient="bpd/district-b2",
    student=S("315790", "Jamal Price", "2008-09-28", 11),
    threat=("In a Snapchat group chat on 10/28 Jamal wrote: 'Wednesday after 6th we catch him by the "
            "shop doors, I got the blade, yall just hold him.' The target is a named 11th grader."),
    when="2025-10-28T21:12:00-04:00", where="Online (Snapchat group chat); target: outside the carpentry shop doors",
    desc=("A mother found this on her son's phone and photographed the screen (10/28, 9:40 PM):\n"
          "group 'no cap 4' (4 members)\n"
          "Jamal: Wednesday after 6th we catch him by the shop doors, I got the blade, yall just hold him\n"
          "T.R.: bet\n"
          "her son: nah im good\n"
          "K.S.: say less\n"
          "She brought it in at 7:10 AM 10/29. Target named in earlier messages: O.B. (grade 11). "
          "Separate reports for T.R. and K.S. Jamal's bag checked 7:30 AM: nothing found."),
    fact="I got the blade", mct=["catch him by the shop doors", "I got the blade"],
    tags=["screenshot", "groupchat", "multi_student", "clean"])

add(ground="credible_threat", **sch(CHS), recipient="bpd/district-a15",
    student=S("263477", "Nolan Fitzgerald", "2009-01-14", 11),
    threat=("Nolan sent R.H. (grade 11) three voice notes on 3/3; in the second he says: 'I know where "
            "you live, I'm gonna burn your car with you inside it tomorrow after school.' He also "
            "sent a photo of a gas can."),
    when="2026-03-03T22:40:00-05:00", where="Voice notes sent to a classmate",
    desc=("On Wednesday 3/4 at 7:20 AM R.H.'s father came to the main office with his son and his "
          "son's phone. He speaks Arabic and the district interpreter joined by phone. The family "
          "recently arrived from Syria and lives on Bunker Hill St. On 3/3 at 10:40 PM Nolan sent R.H. "
          "three WhatsApp voice notes. The first is shouting and swearing about R.H. 'taking' his spot "
          "on the soccer team. In the second he says clearly: 'I know where you live, I'm gonna burn "
          "your car with you inside it tomorrow after school.' The third is laughing. A minute later "
          "Nolan sent a photo of a red gas can in what looks like a garage. R.H.'s father drives him "
          "home every day in the family car, which is parked on the street near the school from 2:00 "
          "PM. AP Burgess listened to the voice notes in the office and confirmed Nolan's voice; a "
          "teammate confirmed the number is Nolan's. R.H. is staying home 3/4. Nolan's mother was "
          "contacted at 8:05 AM and said the gas can is for the lawnmower. Threat assessment began at "
          "9:00 AM; Nolan is being kept in the office until it is complete. R.H.'s father asked that "
          "the family's details not be shared with anyone outside the school."),
    mnc=["Arabic", "Syria", "Bunker Hill St"], fact="burn your car with you inside it",
    mct=["burn your car with you inside it tomorrow after school", "red gas can"],
    cats=["language", "national_origin", "neighborhood"], tags=["narrative", "whatsapp"])

add(ground="credible_threat", **sch(EXC), recipient="bpd/district-c6",
    student=S("379924", "Kendrick Shaw", "2009-11-09", 10),
    threat=("Kendrick's Snapchat story on 1/27 showed a handgun with the caption 'me and my 9 at Excel "
            "tomorrow, y'all know who you are.' He had fought with two students on 1/26."),
    when="2026-01-27T21:55:00-05:00", where="Online (Snapchat story); target: Excel High School",
    desc=("Parent screenshot rec'd 1/28 6:50 AM: Kendrick's Snap story, 9:55 PM 1/27, handgun in hand, "
          "caption 'me and my 9 at Excel tomorrow, y'all know who you are.' Fight w/ two students 1/26. "
          "Kendrick absent 1/28; family contacted."),
    fact="me and my 9 at Excel tomorrow", mct=["me and my 9 at Excel tomorrow"],
    tags=["short", "snapchat", "clean"])

add(ground="credible_threat", **sch(MUN), recipient="bpd/district-e13",
    student=S("392265", "Marcus Rivera", "2010-04-02", 10),
    threat=("A neighbour's camera recorded Marcus telling a 10th grader on 12/5: 'You snitched, I'm "
            "gonna kill you Monday at the bus stop, I'll have the strap.'"),
    when="2025-12-05T16:20:00-05:00", where="Sidewalk by the Route 39 stop, Centre St",
    desc=("From: Ms. Doreen Flaherty\nSent: Fri, Dec 5, 2025, 6:02 PM\nTo: Muñiz Academy front office\n\n"
          "My Wyze camera records the sidewalk by the Route 39 stop and the audio is clear. At 4:20 "
          "today a boy pushed a smaller boy against the bus shelter and said 'You snitched, I'm gonna "
          "kill you Monday at the bus stop, I'll have the strap.' I could see his face clearly and I "
          "recognized him myself, he is Marcus, the boy from two doors down from us on Lamartine St, I "
          "have known him since he was little. The smaller boy had a Muñiz lanyard.\n\n"
          "--- AP Vargas, 12/5 7:15 PM ---\n"
          "Thank you. I have the clip. The other student is a 10th grader here."),
    mnc=["Lamartine St"], fact="kill you Monday at the bus stop",
    mct=["kill you Monday at the bus stop", "I could see his face clearly", "recognized him myself"],
    cats=["neighborhood"], tags=["email", "neighbor_cam", "trap"])


# ---------------------------------------------------------------------------------------------
# ALLOW: drugs
# ---------------------------------------------------------------------------------------------

add(ground="drugs", substances=["fentanyl"], **sch(NMH), recipient="bpd/district-b3",
    student=S("401385", "Aiden Burgos", "2009-07-19", 11),
    when="2025-10-23T09:40:00-04:00", where="New Mission High School, main office",
    desc=("Parent screenshot (Snapchat story, 10/22 10:48 PM, account 'aid.b'): 'percs 4 sale, 3rd "
          "floor bathroom, $20 each.' AP spoke with Aiden 10/23 9:40 AM; in his jacket lining SSS "
          "found a baggie of 14 round blue pills stamped 'M30' (suspected counterfeit oxycodone "
          "containing fentanyl). Pills sealed and held for BPD."),
    fact="M30", mct=["14 round blue pills stamped 'M30'", "jacket lining"],
    tags=["short", "snapchat", "clean"])

add(ground="drugs", substances=["cocaine"], **sch(MP), recipient="bpd/district-b2",
    student=S("356704", "Gabriel Santos", "2008-05-09", 12),
    when="2026-02-05T08:15:00-05:00", where="Madison Park Technical Vocational High School, main office",
    desc=("Ms. Santos came in on 2/5 at 7:45 AM with printouts of Uber receipts charged to her card: "
          "four rides in two weeks, all around 1:00 AM on school nights, pickup at their home on "
          "Copeland St and dropoff at a car wash on Columbus Ave, each about 20 minutes, then back. "
          "She found a digital scale in his room and asked the school to check his bag. At 8:15 AM, "
          "with his mother present, AP Dube and SSS Flynn searched Gabriel's backpack: 11 small "
          "knotted baggies of white powder (field description: cocaine, about 1 gram each) inside a "
          "Pringles can, and $340 in cash. Gabriel said he was 'holding it for someone.' A second "
          "student, J.F., told the AP later that morning that Gabriel had offered to sell him 'a "
          "point' in the boys' locker room on 2/4. The baggies and cash were sealed in an evidence "
          "bag and locked in the office safe; Ms. Santos signed the search form."),
    mnc=["Copeland St"], fact="cocaine",
    mct=["11 small knotted baggies", "inside a Pringles can", "$340 in cash"],
    cats=["neighborhood"], tags=["narrative", "rideshare"])

add(ground="drugs", substances=["MDMA"], **sch(BRI), recipient="bpd/district-d14",
    student=S("383011", "Lucas Andrade", "2009-03-03", 11),
    when="2026-02-13T19:30:00-05:00", where="Brighton High School, winter semi-formal (gym)",
    desc=("[Screenshot, WhatsApp group 'Mães Brasileiras de Allston', shared by a parent on 2/14; the "
          "messages are in Portuguese and were translated by Ms. Coelho]\n"
          "9:14 PM  Cláudia: the Andrade boy was selling 'molly' at the dance tonight, my daughter "
          "saw it\n"
          "9:15 PM  Fernanda: my son said the same, in the bathroom next to the gym\n"
          "[end]\n\n"
          "School follow-up: chaperone Mr. Dolan confiscated a bag from Lucas at 7:30 PM at the "
          "semi-formal after a student complaint, before these messages: 9 pink capsules he said were "
          "'molly' (MDMA). The bag was held in the office safe. Lucas admitted selling two capsules "
          "in the bathroom next to the gym."),
    mnc=["Brasileiras", "Allston", "Portuguese"], fact="MDMA",
    mct=["9 pink capsules", "bathroom next to the gym"],
    cats=["national_origin", "neighborhood", "language"], tags=["screenshot", "whatsapp", "groupchat"])

add(ground="drugs", substances=["marijuana", "alprazolam (Xanax)"], **sch(TBA), recipient="bpd/district-c11",
    student=S("364522", "Jonah Whitaker", "2009-12-27", 10),
    when="2026-03-05T11:02:00-05:00", where="TechBoston Academy, 3rd period classroom 305",
    desc=("11:02 AM Jonah posted to Snapchat 'xans and gas for sale hmu 3rd period'; Snap Map put his "
          "Bitmoji inside the school building outline. A parent screenshotted both and called at 11:20. "
          "SSS found in his pencil case: 6 white bar-shaped pills stamped 'XANAX 2' and a small jar of "
          "marijuana (about 2 g). Room 305."),
    fact="Xanax", mct=["6 white bar-shaped pills", "pencil case", "Room 305"],
    tags=["short", "snapmap", "trap", "clean"])

add(ground="drugs", substances=["crack cocaine"], **sch(JQUS), recipient="bpd/district-a1",
    student=S("331598", "Terrell Hughes", "2007-10-10", 12),
    when="2025-11-12T07:48:00-05:00", where="Bus stop outside Josiah Quincy Upper School",
    desc=("A neighbour's Blink camera that covers the bus stop outside the school recorded Terrell at "
          "7:48 AM on 11/12 handing a small knotted bag to an adult in a gray hoodie and taking cash. "
          "The neighbour sent the clip to the school that morning. At 8:20 AM SSS searched Terrell "
          "with the AP present and found 6 more knotted bags of off-white rocks (suspected crack "
          "cocaine) in his sock and $85."),
    fact="crack cocaine", mct=["off-white rocks", "in his sock"],
    tags=["short", "neighbor_cam", "clean"])

add(ground="drugs", substances=["psilocybin mushrooms"], **sch(BAA), recipient="bpd/district-d4",
    student=S("425519", "Maya Lindqvist", "2009-05-14", 11),
    when="2026-04-28T12:30:00-04:00", where="Boston Arts Academy, 4th floor dance studio",
    desc=("Lunch, 4th floor dance studio. Student showed friends a Citizen app clip, then offered "
          "them squares of a chocolate bar labelled 'Polkadot - psilocybin.' Teacher took the bar "
          "(6 of 15 squares left). Two students who ate squares seen by nurse, OK."),
    fact="psilocybin", mct=["4th floor dance studio", "6 of 15 squares left"],
    tags=["short", "citizen", "trap", "clean"])

add(ground="drugs", substances=["oxycodone"], **sch(EBHS), recipient="bpd/district-a7",
    student=S("347285", "Daniel Cruz", "2009-08-30", 11),
    when="2026-01-15T10:10:00-05:00", where="East Boston High School, 2nd floor boys' bathroom",
    desc=("Daniel's mother came in on 1/15 at 9:00 AM. Her Nest camera in the kitchen of their "
          "apartment on Saratoga St shows Daniel at 6:50 AM emptying pills from his grandmother's "
          "prescription bottle (oxycodone 10 mg, prescribed to the grandmother) into a sandwich bag. "
          "She said her own DACA renewal is pending and begged that no police come to the apartment. "
          "At 10:10 AM SSS found Daniel in the 2nd floor boys' bathroom with two other students; he "
          "had a sandwich bag with 23 round yellow pills marked '10' and had just sold two of them "
          "for $40 (the buyers, grade 10, gave the pills back). Daniel admitted they were his "
          "grandmother's. The bag of pills and the two returned pills were sealed and locked in the main office "
          "safe. The two buyers' parents were called. Daniel's mother stayed through the meeting "
          "with the AP and the school nurse, who confirmed that none of the students had taken a "
          "pill."),
    mnc=["Saratoga St", "DACA"], fact="oxycodone",
    mct=["23 round yellow pills", "2nd floor boys' bathroom", "sold two of them for $40"],
    cats=["neighborhood", "immigration_status"], tags=["narrative", "nest"])

add(ground="drugs", substances=["LSD"], **sch(FEN), recipient="bpd/district-d4",
    student=S("397743", "Adrian Velez", "2010-02-26", 10, ethnicity="Puerto Rican",
              primary_language="Spanish", sis_program="SEI English Learner program"),
    when="2025-09-24T07:42:00-04:00", where="Fenway High School, morning drop-off",
    desc=("DRUG INCIDENT - OUTSIDE EVIDENCE\n"
          "Source: parent dashcam, drop-off line, 7:42 AM Wed 9/24\n"
          "Clip: Adrian takes a folded piece of foil from an older teen at the curb and puts it in his "
          "phone case.\n"
          "Search: 8:10 AM by AP Grant and SSS Beale, with consent of the parent by phone\n"
          "Found: in the phone case, foil containing 10 squares of blotter paper printed with a green "
          "alien face (suspected LSD)\n"
          "Statement: Adrian said he was going to 'try one at lunch' and give the rest to friends."),
    mnc=["Puerto Rican", "Spanish", "English Learner"], fact="LSD",
    mct=["10 squares of blotter paper", "in the phone case", "green alien face"],
    cats=["ethnicity", "language"], tags=["form", "dashcam", "structured_fields", "trap"])

add(ground="drugs", substances=["fentanyl"], **sch(DOR), recipient="bpd/district-c11",
    student=S("318517", "Shane Donnelly", "2008-06-11", 12,
              health_notes="family are Jehovah's Witnesses; no blood products"),
    when="2026-03-19T12:45:00-04:00", where="Dorchester Academy, front entrance",
    desc=("REPORT\n"
          "Time: 12:45 PM, Thu 3/19\n"
          "How it came to us: Shane's mother phoned at 12:20 PM. Her Life360 showed his phone at the "
          "Shell station on Morrissey Blvd from 11:30 to 12:10 during school hours, then back at "
          "school.\n"
          "Found: SSS Kiley met Shane at the front entrance. In his wallet: a folded lottery ticket "
          "with about 1 gram of off-white powder; Shane said it was 'fetty' (fentanyl). Narcan kit "
          "placed in the office as a precaution; no exposure.\n"
          "Parent: mother on the way in."),
    mnc=["Jehovah"], fact="fentanyl",
    mct=["folded lottery ticket", "Shell station on Morrissey Blvd"],
    cats=["religion"], tags=["form", "life360", "structured_fields", "trap"])

add(ground="drugs", substances=["counterfeit pills"], **sch(BLS), recipient="bpd/district-b2",
    student=S("409958", "Owen Gallagher", "2007-11-05", 12),
    when="2026-05-06T08:30:00-04:00", where="Boston Latin School, senior locker bank",
    desc=("Several parents in the senior class parents' group chat shared a Snapchat video from a "
          "weekend party: Owen handing out blue pills from an orange prescription bottle with the "
          "label peeled off, saying 'addy, 5 bucks.' On 5/6 at 8:30 AM SSS checked Owen's locker with "
          "the AP present: the same bottle with 31 blue round pills stamped 'AD 30', not prescribed "
          "to Owen; he admitted buying them online. Two other seniors in the video (C.M., P.D.) are "
          "subject to separate review."),
    fact="AD 30", mct=["31 blue round pills", "AD 30"],
    tags=["short", "groupchat", "snapchat", "multi_student", "clean"])

add(ground="drugs", substances=["Percocet", "THC vape"], **sch(BURKE), recipient="bpd/district-b3",
    student=S("272659", "Wesley Fernandes", "2009-04-16", 11),
    when="2025-12-16T09:30:00-05:00", where="Jeremiah E. Burke High School, room 212",
    desc=("On Monday evening 12/15 the youth pastor of the Cape Verdean Nazarene church on the "
          "family's street forwarded to our family liaison a screenshot from the church's parents' "
          "WhatsApp group. In it a mother had posted a photo that her son took in our room 212 during "
          "2nd period: Wesley holding an open hand with six white round pills, and a message that he "
          "was selling 'percs' for $15. The liaison gave it to AP Flores at 7:30 AM Tuesday. At 9:30 "
          "AM AP Flores and SSS Monteiro asked Wesley to come to the office with his bag. Wesley "
          "emptied it himself. In the small front pocket was a pill bottle with no label holding 17 "
          "white round pills stamped 'PERCOCET 10/325' and a THC vape cartridge. Wesley said he "
          "got the pills from 'a guy' and was only selling to pay back money he owed. The pills "
          "and cartridge were sealed in an evidence bag and locked in the office safe. Wesley's "
          "father was called at 10:05 AM and came in at 11. The student in the photo with Wesley "
          "is being handled separately."),
    mnc=["Cape Verdean", "Nazarene"], fact="Percocet",
    mct=["17 white round pills", "PERCOCET 10/325", "room 212"],
    cats=["ethnicity", "religion"], tags=["narrative", "whatsapp", "groupchat"])

add(ground="drugs", substances=["ketamine"], **sch(EXC), recipient="bpd/district-c6",
    student=S("383647", "Ryan Coughlin", "2008-09-25", 11),
    when="2026-04-16T13:15:00-04:00", where="Excel High School, library",
    desc=("Parent sent a screenshot from the 'Old Colony Families' Facebook group: a post from Ryan's "
          "account with a photo of small vials and 'k for the weekend, dm me.' 1:15 PM in the "
          "library SSS found in Ryan's bag 3 small glass vials of clear liquid labelled ketamine "
          "(veterinary) and a bag of white crystalline powder he called 'k'."),
    mnc=["Old Colony"], fact="ketamine",
    mct=["3 small glass vials", "white crystalline powder"],
    cats=["neighborhood"], tags=["short", "facebook"])


# ---------------------------------------------------------------------------------------------
# DENY: face_surveillance (face recognition derived identifications, face_match attachments,
# requests for photos to match)
# ---------------------------------------------------------------------------------------------

add(ground="serious_violence", decision="deny", reason="face_surveillance", **sch(DEA),
    recipient="bpd/district-b2",
    student=S("300291", "Kyrell Simmons", "2009-06-30", 11),
    when="2025-11-21T21:35:00-05:00", where="Sidewalk outside a residence (off campus)",
    desc=("Mrs. Fontaine's Nest camera over her garage on Westview St recorded a teenager in a black "
          "puffer jacket beating her nephew with a metal pipe on the sidewalk at 9:35 PM on 11/21; her "
          "nephew has a broken arm and a fractured cheekbone. She took a screenshot of the attacker's "
          "face from the clip and ran it through PimEyes, which came back with a 91% match to an "
          "Instagram account, @k.rell_08, with photos in a Dearborn STEM sweatshirt. She brought the "
          "PimEyes results page to the school on 11/24 and says the account belongs to Kyrell. Staff "
          "have not otherwise identified the person in the clip."),
    mnc=["Westview St", "PimEyes", "91% match", "@k.rell_08"],
    cats=["face_surveillance", "neighborhood"], tags=["short", "nest", "face_search"])

add(ground="weapon", weapon="knife", decision="deny", reason="face_surveillance", **sch(EBHS),
    recipient="bpd/district-a7",
    student=S("355518", "Hector Ramos", "2010-03-21", 10),
    when="2026-02-18T07:20:00-05:00", where="East Boston High School, main office",
    desc=("Parent email, 2/18 6:40 AM: 'Our Nest Doorbell (we have Nest Aware) sent an alert last "
          "night at 11:02 PM: Familiar face detected: Hector. That is my son's friend. The clip shows "
          "him at our door holding a big kitchen knife and yelling for my son to come out.' At 7:20 AM "
          "SSS checked Hector's bag at the entrance and found a kitchen knife with an 8-inch blade. "
          "Hector says he was 'just scaring' his friend."),
    mnc=["Familiar face detected"],
    cats=["face_surveillance"], tags=["email", "nest", "face_label"])

add(ground="weapon", weapon="firearm", decision="deny", reason="face_surveillance", **sch(MP),
    recipient="bpd/district-b2",
    student=S("288471", "Quentin Ames", "2008-04-12", 12),
    when="2026-03-24T13:05:00-04:00", where="Madison Park Technical Vocational High School, auto shop",
    desc=("At 1:05 PM a shop teacher saw the grip of a handgun in Quentin's tool bag in the auto shop. "
          "SSS secured the bag: a black pistol, unloaded, with an empty magazine. A neighbor's doorbell "
          "clip from the morning, showing a young man with a pistol near the shop's bay door, was "
          "also provided by a parent; the match results are attached."),
    attachments=[{"kind": "video", "name": "doorbell_clip_0324.mp4"},
                 {"kind": "face_match", "name": "clip_vs_student_photos_results.pdf"}],
    mnc=[], cats=["face_surveillance"], tags=["short", "ring", "attachment_face_match"])

add(ground="credible_threat", decision="deny", reason="face_surveillance", **sch(BCLA),
    recipient="bpd/district-e18",
    student=S("316640", "Corey Blake", "2010-01-19", 10),
    threat=("A masked teen recorded by a Ring doorbell on 10/30 said 'tomorrow I'm shooting whoever "
            "comes out of BCLA first' while holding what looks like a handgun."),
    when="2025-10-30T20:10:00-04:00", where="Off campus, doorbell camera at a residence",
    desc=("A family on Glenway St sent the school a Ring clip from 8:10 PM on 10/30: a teen with a "
          "ski mask pulled down to his chin stands on their walkway holding what looks like a handgun "
          "and says 'tomorrow I'm shooting whoever comes out of BCLA first.' The detective the family "
          "spoke to asked that the school send BPD the yearbook photos of all 10th-grade boys so he "
          "can run them against the doorbell video with the department's face matching. One teacher "
          "thinks the voice sounds like Corey's, but no one on staff could see enough of the face to "
          "say who it is, and Corey denies being there. Corey was checked at the door on 10/31 and "
          "nothing was found. The family that sent the clip kept their children home on 10/31. This "
          "request is to share the clip, Corey's record and the photos, so that the detective can "
          "make the identification from the photos before Monday."),
    attachments=[{"kind": "video", "name": "ring_1030_2010.mp4"},
                 {"kind": "photo", "name": "yearbook_grade10_boys.zip"}],
    mnc=["Glenway St"], cats=["face_surveillance", "neighborhood"],
    tags=["narrative", "ring", "photos_for_matching"])

add(ground="credible_threat", decision="deny", reason="face_surveillance", **sch(MH),
    recipient="bpd/district-b2",
    student=S("415237", "DeAndre Wilkes", "2011-10-09", 8),
    threat=("In a Snapchat video on 4/2 a boy says 'on my mama, Monday I'm bringing the blade and "
            "cutting Jay's face at recess.'"),
    when="2026-04-02T19:00:00-04:00", where="Online (Snapchat video)",
    desc=("[Screenshot from the 'Academy Homes Parents' WhatsApp group, 4/2, 9:12 PM]\n"
          "Keisha: somebody ran the boy in this snap through FaceCheck.ID, 88% match to a Mission "
          "Hill K-8 kid, DeAndre W.\n"
          "[video thumbnail: boy in a gray hoodie, caption 'on my mama, Monday I'm bringing the blade "
          "and cutting Jay's face at recess']\n"
          "Tasha: that's the Wilkes boy for sure then\n"
          "[end]\n"
          "Principal's note: school staff have not viewed the original video; the identification "
          "comes from the FaceCheck.ID result posted in the group."),
    mnc=["Academy Homes", "FaceCheck", "88% match"],
    cats=["face_surveillance", "neighborhood"], tags=["screenshot", "whatsapp", "face_search"])

add(ground="drugs", substances=["fentanyl"], decision="deny", reason="face_surveillance", **sch(CHS),
    recipient="bpd/district-a15",
    student=S("339805", "Tyler Brennan", "2009-05-18", 11),
    when="2025-12-10T07:30:00-05:00", where="Bus shelter near Charlestown High School",
    desc=("A neighbour's Eufy camera (with its facial recognition turned on) covers the bus shelter. "
          "At 7:30 AM on 12/10 it logged 'Known person: Tyler B.' handing small baggies to two "
          "younger students. The neighbour forwarded the event log and clip. At 8:15 AM SSS found 5 "
          "baggies of blue powder (suspected fentanyl) in Tyler's jacket."),
    mnc=["Known person: Tyler B."],
    cats=["face_surveillance"], tags=["short", "neighbor_cam", "face_label"])

add(ground="serious_violence", decision="deny", reason="face_surveillance", **sch(BINA),
    recipient="bpd/district-c11",
    student=S("360814", "Samuel Tesfaye", "2009-10-27", 10),
    when="2026-01-08T15:15:00-05:00", where="Sidewalk near Boston International Newcomers Academy",
    desc=("OUTSIDE EVIDENCE SUMMARY\n"
          "Source: dashcam of a parent waiting at dismissal, 3:15 PM, Thu 1/8\n"
          "Clip: a student kicks another student in the head repeatedly after he falls; the victim "
          "lost consciousness and has a brain bleed (BMC, ICU).\n"
          "How identified: the parent used the app FaceFinder on a still from the dashcam; it matched "
          "the attacker to Samuel's student ID photo with 92% confidence.\n"
          "Parent contact: mother, through an Amharic interpreter, 4:30 PM."),
    mnc=["FaceFinder", "92% confidence", "Amharic"],
    cats=["face_surveillance", "language"], tags=["form", "dashcam", "face_search"])

add(ground="credible_threat", decision="deny", reason="face_surveillance", **sch(NMH),
    recipient="bpd/district-b3",
    student=S("327716", "Jaquan Freeman", "2008-11-29", 11),
    threat=("In a video posted on 5/14 a boy says 'Friday we shooting at New Mission, I'm dead "
            "serious, stay home if you smart.'"),
    when="2026-05-14T22:30:00-04:00", where="Online (video posted to Instagram)",
    desc=("Parents in the 'Back of the Hill Families' WhatsApp group passed the video around on the "
          "night of 5/14. The boy in it says 'Friday we shooting at New Mission, I'm dead serious, "
          "stay home if you smart.' His face is partly covered. One parent, who works in IT, ran a "
          "frame through PimEyes and got a match to Jaquan's public TikTok. The group then shared "
          "the TikTok link with the principal, which is how the school connected the video to "
          "Jaquan. Nobody on staff recognised the voice. The principal's plan was to send BPD the "
          "video, the TikTok link and the group's messages together, with Jaquan's record, so that "
          "officers could speak with him before Friday. Jaquan was absent on 5/15 and his mother "
          "said he was sick. A second parent in the group said the background of the video looks "
          "like the basketball court behind the school, but nobody is sure."),
    mnc=["Back of the Hill", "PimEyes"],
    cats=["face_surveillance", "neighborhood"], tags=["narrative", "whatsapp", "face_search"])

add(ground="credible_threat", decision="deny", reason="face_surveillance", **sch(FRED),
    recipient="bpd/district-c11",
    student=S("436602", "Brianna Ocasio", "2013-01-30", 7),
    threat=("Brianna wrote in a group chat on 2/9: 'tomorrow I'm bringing my mom's box cutter and "
            "slicing Kayla in the bathroom.'"),
    when="2026-02-09T20:45:00-05:00", where="Online (group chat)",
    desc=("A parent screenshotted the group chat on 2/9 at 9:00 PM: Brianna wrote 'tomorrow I'm "
          "bringing my mom's box cutter and slicing Kayla in the bathroom.' The parent also posted the "
          "message in a neighbourhood Facebook group. Brianna's bag was checked 2/10 at 7:40 AM; "
          "nothing found."),
    attachments=[{"kind": "document", "name": "groupchat_screenshot.png"},
                 {"kind": "face_match", "name": "profile_photo_match.json"}],
    mnc=[], cats=["face_surveillance"], tags=["short", "groupchat", "facebook", "attachment_face_match"])

add(ground="weapon", weapon="brass knuckles", decision="deny", reason="face_surveillance", **sch(HEN),
    recipient="bpd/district-c11",
    student=S("352093", "Malcolm Reid", "2009-08-07", 11,
              photo_match={"source": "Neighbors by Ring clip", "score": 0.93, "match_id": "FR-7731"}),
    when="2026-03-11T08:05:00-04:00", where="Henderson K-12 Inclusion School, upper campus entrance",
    desc=("At 8:05 AM SSS recovered brass knuckles from Malcolm's hoodie pocket at the entrance after "
          "a parent sent the office a Neighbors by Ring post from the night before showing a teen "
          "punching a car window with brass knuckles. No one was hurt."),
    mnc=["FR-7731"], cats=["face_surveillance"], tags=["short", "ring", "structured_fields"])


# ---------------------------------------------------------------------------------------------
# DENY: ground_not_permitted
# ---------------------------------------------------------------------------------------------

add(ground="fight", decision="deny", reason="ground_not_permitted", **sch(DOR),
    recipient="bpd/district-c11",
    student=S("289950", "Jerome Baptiste", "2010-02-02", 10),
    when="2025-10-02T15:20:00-04:00", where="Off campus, sidewalk",
    desc=("Mr. Okonkwo sent a Ring clip from his front door on Harlem St: at 3:20 PM two of our 10th "
          "graders, Jerome and A.S., shove each other and throw a few punches on the sidewalk for "
          "about 15 seconds until a man walking by separates them. Nurse saw both 10/3: no injuries "
          "beyond a scraped knuckle. Mr. Okonkwo says the boys 'hang around here every day.'"),
    mnc=["Harlem St"], cats=["neighborhood"], tags=["short", "ring"])

add(ground="theft", decision="deny", reason="ground_not_permitted", **sch(BLA),
    recipient="bpd/district-e13",
    student=S("375512", "Cole Harrington", "2009-01-08", 11),
    when="2026-04-23T15:00:00-04:00", where="Boston Latin Academy, bike rack",
    desc=("A.W. (grade 11) had an AirTag hidden under the seat of his e-bike, which was taken from the "
          "school bike rack between 12:00 and 3:00 PM on 4/23. Find My showed the AirTag that "
          "evening at a house on Fuller St. A.W.'s father drove by and saw the bike in the side yard; "
          "the family says the house is where Cole lives. A.W.'s family wants police to get the bike "
          "back."),
    mnc=["Fuller St"], cats=["neighborhood"], tags=["short", "airtag", "findmy"])

add(ground="vandalism", decision="deny", reason="ground_not_permitted", **sch(BGA),
    recipient="bpd/district-b3",
    student=S("342218", "Nelson Gomes", "2009-07-11", 11),
    when="2026-01-31T22:40:00-05:00", where="Boston Green Academy, east wall and two staff cars",
    desc=("INCIDENT FORM - VANDALISM\n"
          "Evidence: dashcam from a parent's parked car (parking-mode recording), Sat 1/31, 10:40 PM\n"
          "Clip: three teens spray-paint the east wall of the school and key two staff cars in the "
          "lot. One turns to the camera; the parent recognized her nephew's friend Nelson.\n"
          "Damage: approx. $4,000 (wall cleaning, two car doors)\n"
          "Parent contact: Nelson's mother, 2/2, through a Kriolu interpreter\n"
          "Requested: police report for insurance."),
    mnc=["Kriolu"], cats=["language"], tags=["form", "dashcam"])

add(ground="gang_activity", decision="deny", reason="ground_not_permitted", **sch(BURKE),
    recipient="bpd/district-b3",
    student=S("279624", "Davon Leary", "2008-08-20", 12),
    when="2026-02-27T16:00:00-05:00", where="Off campus",
    desc=("A parent sent the principal a post from a neighbourhood Facebook group, 2/27: a photo of "
          "six teens throwing up hand signs on a porch, captioned 'the Creston St boys are back at it, "
          "keep your kids away.' Davon is in the photo (he lives on Woodrow Ave, per the post's "
          "comments). No incident at school. The school would like BPD to be aware of who is in the "
          "group."),
    mnc=["Creston St boys", "Woodrow Ave"],
    cats=["gang_affiliation", "neighborhood"], tags=["short", "facebook"])

add(ground="truancy", decision="deny", reason="ground_not_permitted", **sch(EXC),
    recipient="bpd/district-c6",
    student=S("391177", "Kiara Mendes", "2011-06-19", 9),
    when="2025-11-05T10:00:00-05:00", where="Off campus",
    desc=("Kiara has missed 14 days since September. Her aunt, who is on the family's Life360 circle, "
          "sent screenshots showing Kiara's phone at home (Apt 4B, 9 Brookledge St) every school "
          "morning between 8 and 1 on 11/3, 11/4 and 11/5. Mother works nights and is not answering "
          "calls. Asking BPD for a wellness/truancy visit."),
    mnc=["9 Brookledge St", "Apt 4B"], cats=["neighborhood"], tags=["short", "life360"])

add(ground="trespass", decision="deny", reason="ground_not_permitted", **sch(FEN),
    recipient="bpd/district-e13",
    student=S("372204", "Rowan Whelan", "2008-12-04", 11),
    when="2026-03-30T15:40:00-04:00", where="Back yard of a private residence",
    desc=("From: Mrs. Lorraine Cassidy\nSent: Mon 3/30/2026 5:12 PM\nSubject: your students in my yard "
          "AGAIN\n\n"
          "My Arlo camera caught four kids in Fenway hoodies cutting through my back yard at 24 "
          "Moreland St at 3:40 today, knocking over the recycling and climbing my fence. One is the "
          "Whelan boy, I know his mother. Third time this month. I want police involved.\n\n"
          "> AP reply: Thank you, we will speak with the students. No damage beyond the bins."),
    mnc=["24 Moreland St"], cats=["neighborhood"], tags=["email", "neighbor_cam"])

add(ground="suspicious_behavior", decision="deny", reason="ground_not_permitted", **sch(CHS),
    recipient="bpd/district-a15",
    student=S("299736", "Gavin Tully", "2008-09-01", 11),
    when="2026-04-02T14:30:00-04:00", where="Charlestown High School, parking lot",
    desc=("A parent forwarded a Citizen app alert from 2:30 PM ('Suspicious person checking car doors "
          "near Charlestown High') and said the person in the Citizen video looks like Gavin. Staff "
          "looked at the clip: a teen in a hood walks between cars; no car is opened. Gavin says he "
          "was looking for his friend's car."),
    mnc=[], cats=[], tags=["short", "citizen", "clean"])

add(ground="immigration_inquiry", decision="deny", reason="ground_not_permitted", **sch(BINA),
    recipient="bpd/district-c11",
    student=S("355970", "Andrés Cifuentes", "2010-04-30", 10, country_of_birth="Guatemala",
              immigration_note="family reported as undocumented in parent group chat"),
    when="2026-02-12T09:00:00-05:00", where="Not applicable",
    desc=("A parent forwarded screenshots from a parents' WhatsApp group in which other parents say "
          "Andrés's family crossed the border last year, are undocumented and are renting a room "
          "without a lease. The parent asks whether police can 'check on' the family. No incident "
          "at school."),
    mnc=["Guatemala", "undocumented", "crossed the border"],
    cats=["national_origin", "immigration_status"], tags=["short", "whatsapp", "structured_fields"])

add(ground="intelligence_sharing", decision="deny", reason="ground_not_permitted", **sch(MP),
    recipient="bpd/district-b2",
    student=S("268830", "Darnell Cofield", "2008-02-14", 12),
    when="2026-01-20T12:00:00-05:00", where="Not applicable",
    desc=("Over the past month a parent has been sending the school screenshots from a neighbourhood "
          "parents' group chat: who Darnell is seen with after school, a Life360 screenshot of where "
          "his girlfriend's phone goes at night, and Snap Map screenshots of Darnell at the Intervale "
          "St courts with 'the Intervale crew.' There is no specific incident. The school proposes "
          "to forward the full set to BPD for their awareness."),
    mnc=["Intervale crew"], cats=["gang_affiliation"],
    tags=["short", "groupchat", "life360", "snapmap"])

add(ground="bullying", decision="deny", reason="ground_not_permitted", **sch(OG),
    recipient="bpd/district-b2",
    student=S("441209", "Alana Brooks", "2012-05-06", 8),
    when="2026-03-04T16:00:00-05:00", where="Off campus and online",
    desc=("Since February three 8th grade girls, including Alana, have been using Snap Map to see "
          "where L.J. is and posting 'we see you' with her Bitmoji's location at her house on Lucerne "
          "St. L.J.'s mother, who speaks Haitian Creole, came in with her sister to interpret. No "
          "physical contact and no threat of harm in the messages."),
    mnc=["Lucerne St", "Haitian Creole"], cats=["neighborhood", "language"],
    tags=["short", "snapmap", "multi_student"])

add(ground="missing_person", decision="deny", reason="ground_not_permitted", **sch(JQUS),
    recipient="bpd/district-a1",
    student=S("388462", "Sophie Chen", "2011-08-19", 9),
    when="2026-05-18T08:00:00-04:00", where="Not applicable",
    desc=("Sophie left home after an argument on 5/16. Her mother shared Find My: Sophie's phone is at "
          "her cousin's apartment on Esmond St and Sophie has answered texts saying she is fine. Mother "
          "(Mandarin; interpreter Mr. Wu) asked the school to send police to bring her home."),
    mnc=["Esmond St", "Mandarin"], cats=["neighborhood", "language"], tags=["short", "findmy"])


# ---------------------------------------------------------------------------------------------
# DENY: excluded_substance
# ---------------------------------------------------------------------------------------------

add(ground="drugs", substances=["THC cartridge"], decision="deny", reason="excluded_substance",
    **sch(SNO), recipient="bpd/district-d4",
    student=S("384406", "Jasmine Fortes", "2008-10-19", 11),
    when="2025-10-29T12:10:00-04:00", where="Snowden International School, 5th floor bathroom",
    desc=("Parent sent a Snapchat video of Jasmine hitting a vape in the 5th floor bathroom at 12:10. "
          "SSS found a THC cartridge (label 'Cookies - Gelato') and battery in her bag."),
    mnc=[], cats=[], tags=["short", "snapchat", "clean"])

add(ground="drugs", substances=["vape"], decision="deny", reason="excluded_substance", **sch(CASH),
    recipient="bpd/district-e18",
    student=S("367719", "Trevor Kane", "2010-07-04", 10),
    when="2026-01-06T07:15:00-05:00", where="Community Academy of Science and Health, main office",
    desc=("Trevor's stepfather brought in a Ring clip from their porch on Fowler St showing Trevor "
          "vaping at 7:15 AM before leaving for school. At 8:00 AM SSS took a purple disposable vape "
          "from Trevor's bag. No label; contents unknown."),
    mnc=["Fowler St"], cats=["neighborhood"], tags=["short", "ring"])

add(ground="drugs", substances=["vodka"], decision="deny", reason="excluded_substance", **sch(DOR),
    recipient="bpd/district-c11",
    student=S("394031", "Paige Sullivan", "2009-03-27", 11),
    when="2026-02-20T19:45:00-05:00", where="Dorchester Academy, winter dance",
    desc=("[Uber receipt forwarded by Ms. Sullivan]\n"
          "Fri Feb 20 - Pickup 6:58 PM, 1150 Gallivan Blvd; Dropoff 7:14 PM, Dorchester Academy\n"
          "Driver note: 'passengers drinking in back seat, bottle left behind'\n"
          "[end]\n"
          "At the dance at 7:45 PM Paige was visibly intoxicated; chaperone found a half-empty "
          "pint of vodka in her clutch. Paige and two friends (G.M., R.O.) rode together."),
    mnc=["1150 Gallivan Blvd"], cats=["neighborhood"], tags=["screenshot", "rideshare", "multi_student"])

add(ground="drugs", substances=["nicotine pouches"], decision="deny", reason="excluded_substance",
    **sch(BLS), recipient="bpd/district-b2",
    student=S("419926", "Henry Aldridge", "2010-04-11", 10),
    when="2026-03-31T10:30:00-04:00", where="Boston Latin School, 2nd floor hallway",
    desc=("A parent saw a Facebook Marketplace listing from Henry's account ('Zyn 6mg, $5 a can, "
          "pickup at school') and told the office. SSS found 7 cans of Zyn nicotine pouches in his "
          "locker at 10:30 AM."),
    mnc=[], cats=[], tags=["short", "facebook", "clean"])

add(ground="drugs", substances=["THC gummies"], decision="deny", reason="excluded_substance",
    **sch(EBHS), recipient="bpd/district-a7",
    student=S("370351", "Valeria Moreno", "2010-09-25", 9),
    when="2025-12-04T11:15:00-05:00", where="East Boston High School, cafeteria",
    desc=("Screenshot from a parents' WhatsApp group (in Spanish; translated by Mr. Paredes): 'the "
          "Moreno girl gave my daughter a gummy at lunch and she got sick.' At 11:15 AM SSS found a "
          "bag of 'Wana' THC gummies (10 mg each, 6 left) in Valeria's backpack. Student who ate one "
          "seen by nurse; sent home with parent."),
    mnc=["Spanish"], cats=["language"], tags=["screenshot", "whatsapp", "groupchat"])

add(ground="drugs", substances=["marijuana", "beer"], decision="deny", reason="excluded_substance",
    **sch(BRI), recipient="bpd/district-d14",
    student=S("361175", "Connor Walsh", "2009-02-11", 11),
    when="2026-05-15T14:40:00-04:00", where="Brighton High School, football field bleachers",
    desc=("A parent's dashcam, parked along the field at 2:40 PM, shows Connor and two others (M.K., "
          "J.D.) under the bleachers passing a blunt and drinking from cans of Bud Light. SSS found "
          "in Connor's bag two unopened beers and a small bag of marijuana. The other two were not "
          "carrying anything."),
    mnc=[], cats=[], tags=["short", "dashcam", "multi_student", "clean"])

add(ground="drugs", substances=["disposable vape (contents unknown)"], decision="deny",
    reason="excluded_substance", **sch(TBA), recipient="bpd/district-c11",
    student=S("325584", "Isabella Cardoso", "2009-11-30", 10),
    when="2026-04-01T09:20:00-04:00", where="TechBoston Academy, room 118",
    desc=("Isabella had put an AirTag on the lanyard of her disposable vape so she could find it. "
          "During 2nd period her phone's Find My 'Play Sound' went off inside her backpack in room "
          "118 when a friend tried to locate it. Teacher took the vape: blue, unlabeled, contents "
          "unknown. She says it is 'just mango.'"),
    mnc=[], cats=[], tags=["short", "airtag", "findmy", "trap", "clean"])

add(ground="drugs", substances=["weed", "blunts"], decision="deny", reason="excluded_substance",
    **sch(NMH), recipient="bpd/district-b3",
    student=S("305962", "Travis Oduya", "2009-06-06", 11),
    when="2026-01-29T08:00:00-05:00", where="New Mission High School, front steps",
    desc=("A neighbour's Wyze clip from 7:55 AM shows Travis and friends smoking on the steps of the "
          "building next to the school; the neighbour's post on Nextdoor calls them 'the Dale Street "
          "crew.' At 8:00 AM SSS found three pre-rolled blunts and a bag of weed in Travis's jacket."),
    mnc=["Dale Street crew"], cats=["gang_affiliation"], tags=["short", "nextdoor", "neighbor_cam"])


# ---------------------------------------------------------------------------------------------
# DENY: recipient_not_permitted
# ---------------------------------------------------------------------------------------------

add(ground="weapon", weapon="knife", decision="deny", reason="recipient_not_permitted", **sch(ENG),
    recipient="bric",
    student=S("321487", "Jaylin Forde", "2009-05-03", 11),
    when="2025-11-03T07:50:00-05:00", where="English High School, front entrance",
    desc=("A Ring clip sent by a parent shows Jaylin at 7:50 AM on the school's front walkway opening a "
          "folding knife and showing it to two friends. The parent's message says he runs with 'the "
          "Washington Gardens crew.' SSS recovered the knife (3-inch blade) at 8:05 AM. The AP "
          "asked that this go to the Regional Intelligence Center because of the crew mention."),
    mnc=["Washington Gardens crew"], cats=["gang_affiliation"], tags=["short", "ring"])

add(ground="credible_threat", decision="deny", reason="recipient_not_permitted", **sch(BINA),
    recipient="ice/ero-boston",
    student=S("382273", "Mohamed Jama", "2009-12-15", 10, visa_status="asylum pending"),
    threat=("Mohamed texted a classmate on 10/20: 'come to the park after school, I'm going to cut "
            "you.'"),
    when="2025-10-20T21:00:00-04:00", where="Text message",
    desc=("A parent screenshotted her son's messages from Mohamed on 10/20 at 9:00 PM: 'come to the "
          "park after school, I'm going to cut you.' Mohamed was kept in the office on 10/21; nothing "
          "found."),
    mnc=["asylum pending"], cats=["immigration_status"],
    tags=["short", "groupchat", "structured_fields"])

add(ground="serious_violence", decision="deny", reason="recipient_not_permitted", **sch(KEN),
    recipient="commonwealth-fusion-center",
    student=S("343097", "Brandon Pires", "2008-07-02", 12),
    when="2026-02-03T15:05:00-05:00", where="Sidewalk in front of Kennedy Academy for Health Careers",
    desc=("A neighbour's Blink camera recorded Brandon at 3:05 PM punching a 9th grader until he fell "
          "and then kicking his head; the 9th grader has a fractured eye socket. The neighbour "
          "emailed the clip on 2/3. Sent to the fusion center at the request of a detective."),
    mnc=[], cats=[], tags=["short", "neighbor_cam", "clean"])

add(ground="weapon", weapon="pepper spray", decision="deny", reason="recipient_not_permitted",
    **sch(BCLA), recipient="neighbors-by-ring",
    student=S("376650", "Destiny Lowe", "2010-03-08", 10),
    when="2026-04-15T15:10:00-04:00", where="Bus stop outside Boston Community Leadership Academy",
    desc=("Parent's Ring clip from her house on Orlando St shows Destiny spraying pepper spray at two "
          "girls at the bus stop at 3:10 PM. The parent wants the school to post the report on "
          "Neighbors by Ring so the neighbourhood knows. SSS recovered the canister 4/16."),
    mnc=["Orlando St"], cats=["neighborhood"], tags=["short", "ring"])

add(ground="drugs", substances=["fentanyl"], decision="deny", reason="recipient_not_permitted",
    **sch(CHS), recipient="securitas/campus-patrol",
    student=S("318126", "Patrick Dwyer", "2008-10-22", 11),
    when="2026-03-26T12:20:00-04:00", where="Charlestown High School, lunch courtyard",
    desc=("Parent WhatsApp screenshot: Patrick selling 'blues' at lunch. At 12:20 PM SSS found 9 blue "
          "M30 pills (suspected fentanyl) in his vape pouch. Report addressed to the private security "
          "company that patrols the housing next to the school."),
    mnc=[], cats=[], tags=["short", "whatsapp", "clean"])

add(ground="serious_violence", decision="deny", reason="recipient_not_permitted", **sch(ENG),
    recipient="mbta-transit-police",
    student=S("330458", "Andre Lucas", "2009-08-01", 11),
    when="2025-12-17T14:55:00-05:00", where="Forest Hills Station, Orange Line platform",
    desc=("A parent's phone video, posted in a parents' Facebook group, shows Andre at Forest Hills "
          "Station at 2:55 PM pushing a student off the platform edge onto the tracks; others pulled "
          "him up before a train came. The student has a broken wrist and cuts to his face. Sent to "
          "Transit Police because it happened in the station."),
    mnc=[], cats=[], tags=["short", "facebook", "clean"])


# ---------------------------------------------------------------------------------------------
# DENY: missing_threat_statement
# ---------------------------------------------------------------------------------------------

add(ground="credible_threat", decision="deny", reason="missing_threat_statement", **sch(DEA),
    recipient="bpd/district-b2",
    student=S("314072", "Kareem Nash", "2008-11-16", 11),
    when="2026-01-14T21:30:00-05:00", where="Online (Facebook group post)",
    desc=("A parent in the 'Lenox Street Parents' Facebook group sent the principal a screenshot: "
          "Kareem commented 'dearborn better have extra police tmrw, I'm bringing the whole clip' "
          "under a post about a fight. Kareem kept in the office 1/15 pending assessment."),
    mnc=["Lenox Street"], cats=["neighborhood"], tags=["short", "facebook"])

add(ground="credible_threat", threat="", decision="deny", reason="missing_threat_statement",
    **sch(BAA), recipient="bpd/district-d4",
    student=S("402890", "Simone Achebe", "2010-05-25", 10),
    when="2026-02-11T07:05:00-05:00", where="Off campus",
    desc=("Ring doorbell clip (from a classmate's mother): at 7:05 AM Simone stands at the door and "
          "says 'you're dead at lunch.' Staff reviewed the clip; assessment pending."),
    mnc=[], cats=[], tags=["short", "ring", "clean"])

add(ground="credible_threat", decision="deny", reason="missing_threat_statement", **sch(JQUS),
    recipient="bpd/district-a1",
    student=S("426637", "Kevin Zhou", "2010-12-30", 9),
    when="2026-03-12T20:20:00-04:00", where="Online (WeChat group)",
    desc=("From: Mrs. Li (parent of a 9th grader)\nSent: Thu 3/12/2026 10:05 PM\n\n"
          "Principal, a father in our parents' WeChat group chat (we all write in Mandarin) posted what "
          "his son Kevin said at dinner: he will 'bring the knife and make them bleed' if the "
          "boys in gym touch his things again. Many parents are scared. Please check.\n\n"
          "> AP reply 3/13 7:30 AM: Kevin met at the door; bag checked, nothing found."),
    mnc=["Mandarin"], cats=["language"], tags=["email", "groupchat"])

add(ground="credible_threat", decision="deny", reason="missing_threat_statement", **sch(EXC),
    recipient="bpd/district-c6",
    student=S("357021", "Tianna Pearce", "2009-04-09", 11),
    when="2025-09-17T22:00:00-04:00", where="Online (Snapchat)",
    desc=("Snap Map + story screenshots from a parent, 9/17: Tianna posted a photo of a gun with "
          "'Excel tmrw 🤫'. Kept in office 9/18."),
    mnc=[], cats=[], tags=["short", "snapmap", "clean"])


# ---------------------------------------------------------------------------------------------
# DENY: other (airsoft, BB and replica guns need a named approver's determination)
# ---------------------------------------------------------------------------------------------

add(ground="weapon", weapon="airsoft pistol", decision="deny", reason="other", **sch(MUN),
    recipient="bpd/district-e13",
    student=S("359932", "Julian Ocampo", "2010-01-27", 10),
    when="2026-04-29T07:40:00-04:00", where="Margarita Muñiz Academy, front entrance",
    desc=("A neighbour's Ring clip from 7:40 AM shows Julian pulling a black pistol from his bag and "
          "pointing it at a passing car, then laughing. SSS checked his bag at the entrance: a black "
          "airsoft pistol (Glock replica) with the orange tip painted over, and a bag of 6 mm BBs."),
    mnc=[], cats=[], tags=["short", "ring", "replica", "clean"])

add(ground="weapon", weapon="BB gun", decision="deny", reason="other", **sch(CASH),
    recipient="bpd/district-e18",
    student=S("366245", "Mason Doherty", "2009-08-16", 11),
    when="2025-10-09T15:25:00-04:00", where="Community Academy of Science and Health, side parking lot",
    desc=("Dashcam from a parent's car, 3:25 PM: Mason shoots a BB gun at a stop sign in the side lot "
          "and then at a student's backpack. The parent says Mason lives on her street, Wachusett "
          "St. SSS recovered a Daisy BB rifle from the trunk of a friend's car. No one was hit."),
    mnc=["Wachusett St"], cats=["neighborhood"], tags=["short", "dashcam", "replica"])

add(ground="weapon", weapon="replica handgun", decision="deny", reason="other", **sch(EXC),
    recipient="bpd/district-c6",
    student=S("336978", "Ezekiel Marsh", "2007-12-03", 12),
    when="2026-03-03T08:10:00-05:00", where="Excel High School, main office",
    desc=("[Screenshot from the 'Telegraph Hill Moms' Facebook group, 3/2, 9:40 PM]\n"
          "'Anyone know this kid? Posing with a gun in front of the school.' [photo: Ezekiel holding "
          "a black handgun, Excel sign behind him]\n"
          "[end]\n"
          "3/3 8:10 AM: SSS found in Ezekiel's backpack a metal replica handgun (non-firing, "
          "solid barrel, 'REPLICA' stamped on the frame). Ezekiel says it is a movie prop."),
    mnc=["Telegraph Hill"], cats=["neighborhood"], tags=["screenshot", "facebook", "replica"])


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")
