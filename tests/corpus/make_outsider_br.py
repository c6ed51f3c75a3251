#!/usr/bin/env python3
"""Outsider corpus OBR: victims, witnesses and bystanders.

Every case below is written by hand. The seed only decides the incidental numbers a real record
carries (district student ids, school ids, dates of birth), so the output is byte-for-byte
reproducible: python3 make_outsider_br.py  ->  tests/data/corpus/outsider_br.jsonl

Standard library only.
"""
import datetime as _dt
import json
import pathlib
import random

SEED = 20260311
rng = random.Random(SEED)

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_br.jsonl"
FAMILY = "victims_witnesses"

_SCHOOL_IDS = {}


def school_id(school):
    if school not in _SCHOOL_IDS:
        while True:
            sid = f"BPS-{rng.randint(4000, 4799)}"
            if sid not in _SCHOOL_IDS.values():
                break
        _SCHOOL_IDS[school] = sid
    return _SCHOOL_IDS[school]


def _nth_sunday(year, month, n):
    d = _dt.date(year, month, 1)
    d += _dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + _dt.timedelta(weeks=n - 1)


def ts(local):
    """'2025-10-14 14:40' (Boston local time) -> ISO 8601 with the right offset."""
    t = _dt.datetime.strptime(local, "%Y-%m-%d %H:%M")
    dst = _nth_sunday(t.year, 3, 2) <= t.date() < _nth_sunday(t.year, 11, 1)
    return t.strftime("%Y-%m-%dT%H:%M:00") + ("-04:00" if dst else "-05:00")


def dob(grade):
    # school year 2025-26: a 9th grader turned 14 by 1 Sept 2025
    start = _dt.date(2025 - (grade + 5) - 1, 9, 2)
    return (start + _dt.timedelta(days=rng.randint(0, 364))).isoformat()


CASES = []


def case(n, *, school, recipient, ground, when, location, desc, name, grade, decision,
         reason=None, key=None, mnc=(), mct=(), cats=(), tags=(), weapon=None, substances=None,
         threat=None, attachments=None, extra=None, use_age=False):
    cid = f"OBR-{n:04d}"
    student = {"student_id": str(rng.randint(100000, 999999)), "name": name}
    if use_age:
        student["age"] = 14 + grade - 9 + rng.randint(0, 1)
    else:
        student["date_of_birth"] = dob(grade)
    student["grade"] = grade
    student["school"] = school
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": school_id(school), "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": ts(when), "location": location, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, school, key] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    assert all(c["id"] != cid for c in CASES), cid
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# The cases. Tags: victim / witness / bystander / adult_witness / staff / parent_caller / sibling /
# rival_group / bias_motive / over_redaction_trap / structured_field / threat_field /
# location_field / attachment_name / long, plus allow_* or deny_* for the expected decision.
# ---------------------------------------------------------------------------------------------

case(1, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
     when="2025-10-14 14:40", location="Stairwell C, between the gym and the 2nd floor",
     name="Darnell Whitfield", grade=11, decision="allow", key="nasal fracture",
     desc=("Statement summary, Asst. Principal T. Morrissey. At approx 2:40 PM in stairwell C (gym side) "
           "Darnell punched M.A. (gr 9) repeatedly in the face and then kicked him while he was on the "
           "ground. M.A. is a newcomer from Guatemala who speaks only K'iche' and a little Spanish, so we "
           "could not get a full account from him until Mr. Tzul from the family liaison office came over. "
           "Through Mr. Tzul, M.A. said Darnell has been taking his lunch money for about two weeks and "
           "today he said no. M.A. was bleeding from the mouth and his left eye was swelling shut; Nurse "
           "Garvey suspected a broken nose and EMS took him to Boston Medical Center. BMC confirmed a "
           "nasal fracture and a chipped front tooth. Two 10th graders saw it from the landing above and "
           "both named Darnell."),
     mnc=["newcomer", "Guatemala", "K'iche'", "Spanish"],
     mct=["stairwell C", "nasal fracture", "chipped front tooth"],
     cats=["national_origin", "language"], tags=["victim", "allow_violence"])

case(2, school="Brighton High School", recipient="bpd/district-d14", ground="fight",
     when="2025-11-05 11:52", location="Cafeteria, B lunch",
     name="Kevin Tran", grade=10, decision="deny", reason="ground_not_permitted",
     desc=("B lunch. Kevin and another 10th grader (R.S.) got into it over a seat. Pushing, then a few "
           "punches; lunch monitor Ms. Flaherty and SSS Ngata separated them within a minute. No one "
           "needed the nurse beyond an ice pack. R.S.'s mother called me right after, in Portuguese, "
           "very upset; she says the family just moved into the Commonwealth development and R.S. has "
           "been picked on since. Sending so BPD has it on file in case it continues."),
     mnc=["Portuguese", "Commonwealth development"],
     cats=["language", "neighborhood"], tags=["victim", "parent_caller", "deny_ground"])

case(3, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="knife",
     when="2026-01-21 15:05", location="Bus stop in front of Excel High School, across from 212 Old Colony Ave",
     name="Marcus Bell", grade=10, decision="allow", key="folding knife",
     desc=("At approx 3:05 PM at dismissal, Marcus pulled a folding knife on a 10th grader (J.R.) at the "
           "bus stop out front and told him to hand over his AirPods. J.R. ran back inside and told the "
           "main office. The person who saw the whole thing is an adult neighbor, Ms. Patricia Doyle, who "
           "was on her porch at 212 Old Colony Ave right across from the stop. She called the office and "
           "says she is willing to talk to the police; she asked that they come by the house at "
           "212 Old Colony Ave after 5 or call her cell. She described the knife as silver, black handle, "
           "blade about four inches, and said Marcus put it back in his left jacket pocket and walked "
           "toward the side entrance. SSS Rourke found Marcus in the 2nd floor hallway at 3:20 PM and "
           "took the knife out of that pocket. J.R. was not hurt and still has his AirPods."),
     mnc=["Old Colony Ave"],
     mct=["folding knife", "black handle", "left jacket pocket"],
     cats=["neighborhood"], tags=["adult_witness", "witness", "location_field", "allow_weapon"])

case(4, school="Snowden International School", recipient="bpd/district-d4", ground="serious_violence",
     when="2026-02-10 11:50", location="3rd floor girls' bathroom",
     name="Brianna Keefe", grade=10, decision="allow", key="laceration",
     desc=("At approx 11:50 Brianna and two other girls followed S.H. (gr 9) into the 3rd floor girls' "
           "bathroom. According to S.H. and to the student who walked in behind them (A.M.), Brianna "
           "pulled S.H.'s hijab off, said 'Muslims don't belong here' and called her a terrorist, and "
           "then slammed her head into the paper towel dispenser. S.H. has a 2 cm laceration above the "
           "right eyebrow that needed 4 stitches at Tufts Medical Center and was diagnosed with a "
           "concussion. Brianna filmed part of it and posted it to her Snapchat story; AP Lin saved a "
           "screen recording before it came down. This is not the first time: in November S.H. reported "
           "Brianna for making comments about her in the hallway."),
     mnc=["hijab", "Muslim"],
     mct=["paper towel dispenser", "4 stitches", "concussion"],
     cats=["religion"], tags=["victim", "bias_motive", "allow_violence"])

case(5, school="East Boston High School", recipient="hsi/boston", ground="serious_violence",
     when="2025-12-02 13:15", location="Auto shop, room 014",
     name="Carlos Funes", grade=11, decision="deny", reason="recipient_not_permitted",
     desc=("Report requested by Special Agent (HSI Boston) who called the main office on 12/3. In auto "
           "shop at approx 1:15 PM Carlos cut L.P. (gr 11) across the back of the hand with a box cutter "
           "during an argument over a tool cart; 6 stitches at MGH Chelsea. The agent said L.P.'s older "
           "brother is part of one of their investigations and asked whether the family is still in "
           "removal proceedings; L.P. told our counselor they came from El Salvador in 2022."),
     mnc=["removal proceedings", "El Salvador"],
     cats=["immigration_status", "national_origin"], tags=["victim", "sibling", "deny_recipient"])

case(6, school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
     when="2026-01-13 07:35", location="Main office",
     name="Jalen Moreau", grade=10, decision="allow", key="handgun",
     threat=("On 1/12 at about 7:50 PM Jalen posted on Instagram a photo of a handgun with the caption "
             "'tomorrow the Haitian boy from Fessenden St gets it, 3rd period, on my mother'. The post "
             "names a time inside the school day, shows a gun, and points at one student (E.J., gr 10), "
             "with whom Jalen has had a documented conflict since a fight on 12/4. It was shared to "
             "about 400 followers."),
     desc=("Dean J. Alvarez. Two 10th graders came to me at 7:35 AM with screenshots of a post Jalen "
           "made last night: a handgun and a caption saying E.J. 'gets it' in 3rd period. I kept E.J. in "
           "the main office and called his mother; she speaks Haitian Creole so I used the district phone "
           "interpreter line, and she came to get him at 8:20. SSS stopped Jalen at the door at 7:52; "
           "wand and bag search found no weapon. He says it was a joke and the photo is from the "
           "internet. Screenshots attached."),
     attachments=[{"kind": "document", "name": "instagram_screenshots_0113.pdf"}],
     mnc=["Haitian", "Fessenden St", "interpreter"],
     mct=["screenshots", "main office", "no weapon"],
     cats=["ethnicity", "neighborhood", "language"], tags=["victim", "threat_field", "allow_threat"])

case(7, school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
     substances=["fentanyl", "counterfeit oxycodone"],
     when="2026-03-17 10:12", location="2nd floor boys' bathroom",
     name="Owen Sheridan", grade=11, decision="allow", key="M 30",
     desc=("SSS log, 3/17.\n"
           "10:12 radio call, 2nd fl boys bathroom, student down.\n"
           "10:13 D.N. (gr 10) on the floor, not responding, lips blue. Nurse Fahey gave 2 doses of "
           "Narcan, he came around at 10:17.\n"
           "10:25 EMS to MGH.\n"
           "10:40 T.B. (was with him) says D.N. bought 'a blue 30' from Owen in the lunch line for $20 "
           "and crushed and snorted half.\n"
           "11:05 Owen's backpack searched with AP Coyle present: 6 blue round pills stamped M 30 in a "
           "sandwich bag, $140 cash. Pills sealed in an evidence envelope for BPD.\n"
           "12:30 D.N.'s mother arrived. She speaks Vietnamese only; a cousin interpreted over the phone. "
           "She said they have been staying with relatives in the Bunker Hill development since the "
           "fire and she wants to press charges.\n"
           "13:15 T.B. wrote a statement. Says Owen has sold 'blues' in the lunch line since at least "
           "January, $20 each, and keeps them in an Altoids tin.\n"
           "13:40 Altoids tin found in Owen's locker (#1187), empty, blue residue. Held with the pills.\n"
           "14:10 MGH update via mother: D.N. stable, kept for observation."),
     mnc=["Vietnamese", "interpreted", "Bunker Hill development"],
     mct=["Narcan", "M 30", "6 blue round pills"],
     cats=["language", "neighborhood"], tags=["victim", "parent_caller", "allow_drugs"])

case(8, school="McCormack Middle School", recipient="bpd/district-c6", ground="drugs",
     substances=["THC gummies"],
     when="2025-10-29 12:30", location="7th grade hallway",
     name="Kayla Brennan", grade=8, decision="deny", reason="excluded_substance",
     desc=("Kayla gave two gummies from a 'Kushy Punch' package to a 7th grader (R.S.) and told her they "
           "were candy. R.S. got dizzy and threw up in 5th period; nurse called home. R.S. came from "
           "Brazil last spring and is still learning English, so her mom asked that a Portuguese speaker "
           "call back. Package recovered from Kayla's locker: THC 10 mg per piece."),
     mnc=["Brazil", "Portuguese"],
     cats=["national_origin", "language"], tags=["victim", "deny_substance"])

case(9, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="weapon", weapon="box cutter",
     when="2025-12-11 14:48", location="School bus 1123, afternoon run",
     name="Isaiah Pryor", grade=9, decision="allow", key="box cutter",
     desc=("Incident on bus 1123 (Transdev), afternoon run, about 10 minutes after pulling out. Driver "
           "Mr. R. Toussaint pulled over when he heard screaming. Isaiah had swung a box cutter at K.W. "
           "(gr 9); K.W. put his hand up and got a shallow cut across the right palm. Mr. Toussaint took "
           "the box cutter (orange, retractable, the kind from the carpentry shop) and drove back to the "
           "school. He gave his statement in Haitian Creole to Ms. Jean-Louis, our Creole-speaking para, "
           "and the office typed it up in English: 'the big boy in the blue jacket took the knife from "
           "his pocket and pushed it at the small boy two times.' Nurse cleaned and bandaged K.W.'s hand; "
           "his father took him to urgent care for a tetanus shot."),
     mnc=["Creole"],
     mct=["box cutter", "right palm", "bus 1123"],
     cats=["language"], tags=["adult_witness", "staff", "allow_weapon"])

case(10, school="English High School", recipient="bpd/district-e13", ground="credible_threat",
     when="2026-02-03 16:30", location="Phone call to main office",
     name="Andre Battle", grade=11, decision="deny", reason="missing_threat_statement",
     desc=("Mrs. Ortiz, a neighbor of the victim's family on Chestnut Ave, called at 4:30 to say Andre "
           "told her son's friend he would 'come back with something' for the boy who reported him for "
           "the hallway fight. She says the boy and his father walk to the mosque every Friday right past "
           "Andre's building and she is scared for them."),
     mnc=["Chestnut Ave", "mosque"],
     cats=["neighborhood", "religion"], tags=["adult_witness", "victim", "deny_threat_missing"])

case(11, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when="2026-03-24 14:20", location="Auditorium, loading dock behind the stage",
     name="Tyler Quinlan", grade=12, decision="allow", key="collarbone",
     desc=("During 7th period stage crew rehearsal Tyler shoved P.L. (gr 11) off the loading dock behind "
           "the stage after calling him anti-gay slurs for several minutes. P.L. fell about five feet onto "
           "the concrete and broke his left wrist and his collarbone; EMS took him to St. Elizabeth's "
           "Medical Center. Two other stage crew students and Mr. Halloran, the theater teacher, saw it. "
           "Tyler had been harassing P.L. in the crew group chat since February (screenshots with AP). "
           "Tyler left the building on foot before SSS reached the auditorium and has not returned."),
     mct=["anti-gay slurs", "stage crew", "St. Elizabeth's"],
     tags=["victim", "bias_motive", "over_redaction_trap", "allow_clean"])

case(12, school="Dorchester Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-11-19 12:25", location="Back lot by the modular classrooms",
     name="Jayden Rivers", grade=10, decision="allow", key="skull fracture",
     desc=("WITNESS SUMMARY, prepared by Safety Specialist K. Doherty for AP Nwosu\n"
           "Incident: assault, back lot by the modular classrooms, approx 12:25 PM, 11/19\n"
           "Victim: A.G., gr 9. Arrived from Cabo Verde in September; SIS home language Cape Verdean "
           "Creole.\n"
           "Injuries (BMC trauma, called 4:10 PM): depressed skull fracture on the left side, admitted "
           "to the ICU; split lip.\n\n"
           "W1 | student, gr 9, friend of victim | Statement taken with Ms. Barros interpreting. Jayden "
           "and two boys she did not know came around the modulars. Jayden had 'a piece of metal like "
           "from a railing', hit A.G. on the side of the head; A.G. fell and Jayden hit him again on "
           "the back.\n"
           "W2 | lunch aide Mr. P. Sullivan, emptying trash at the side door | Heard yelling, saw a boy "
           "in a red puffer jacket with a grey metal bar standing over A.G.; the boy ran toward the "
           "fence. Knows Jayden from B lunch and says it was him.\n"
           "W3 | student, gr 11, filmed part of it | 14-second phone video shows Jayden swinging the "
           "bar. Copy saved on AP's laptop. She asked that her name not go to anyone outside school.\n"
           "W4 | crossing guard Ms. D. Amaral, at the corner past the lot | Saw three boys run out "
           "through the gap in the fence, one in a red puffer jacket carrying something long and grey.\n\n"
           "Recovered: 2 ft length of grey metal railing, found by SSS in the bushes along the fence at "
           "1:05 PM, bagged, in the main office safe.\n"
           "Jayden picked up by his mother at 2:30. He denies being in the lot."),
     attachments=[{"kind": "video", "name": "back_lot_phone_video_1119.mp4"},
                  {"kind": "document", "name": "W1_statement_Cape_Verdean_Creole_and_English.pdf"}],
     mnc=["Cabo Verde", "Cape Verdean", "Cape_Verdean", "interpreting"],
     mct=["depressed skull fracture", "red puffer jacket", "metal railing"],
     cats=["national_origin", "language"], tags=["victim", "witness", "bystander", "long", "attachment_name", "allow_violence"])

case(13, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="serious_violence",
     when="2026-01-28 15:10", location="Sidewalk outside the main entrance",
     name="Malik Jordan", grade=11, decision="deny", reason="face_surveillance",
     desc=("After dismissal Malik and a second boy beat up H.A. (gr 10) outside the main entrance; H.A. "
           "had a broken nose. A bystander's phone video shows both attackers. We could not tell who the "
           "second boy was, so the district's IT contractor ran a still from the video through Clearview "
           "and it matched a former student; the match report is attached. H.A. is Somali and says the "
           "boys had been bothering her about it for weeks."),
     attachments=[{"kind": "face_match", "name": "clearview_match_report.pdf"},
                  {"kind": "video", "name": "bystander_video.mp4"}],
     mnc=["Somali", "Clearview"],
     cats=["face_surveillance", "ethnicity"], tags=["bystander", "victim", "deny_face"])

case(14, school="New Mission High School", recipient="bpd/district-e18", ground="weapon", weapon="firearm",
     when="2026-04-07 09:30", location="2nd floor boys' locker room; locker 2214",
     name="Jamal Frazier", grade=11, decision="allow", key="9mm",
     desc=("From: Dean M. Reyes\nTo: Headmaster; SSS Office\nSubject: gun in locker, summary\n\n"
           "At 9:05 this morning a parent, Mrs. Celestin, called the main office. Her son (gr 9, M.C.) "
           "told her last night that Jamal showed him a gun in the 2nd floor boys' locker room and said "
           "he would use it on 'the kid who jumped my brother'. Mrs. Celestin asked that we keep her son "
           "out of it as much as we can: they just moved from Mattapan to get away from this, the family's "
           "TPS paperwork is pending and she is scared of police. Mr. Hill translated the call from "
           "Haitian Creole.\n\n"
           "At 9:30 SSS Barrett and I opened Jamal's locker #2214. Inside, wrapped in a gym towel: a black "
           "9mm Smith & Wesson handgun with the magazine in, 7 rounds. SSS secured it and we called BPD "
           "right away; officers took the gun at 9:50. Jamal was pulled from 2nd period and is in the "
           "office with his father.\n\n"
           "At 10:15 I met with M.C. in the guidance office with his mother on speaker (Mr. Hill again). "
           "M.C. said Jamal showed him the gun on Monday during 6th period gym, in the locker room, "
           "holding it inside the gym towel, and said 'this is for the kid who jumped my brother, he "
           "goes here'. M.C. says the gun was black with 'a square end' and that Jamal took the magazine "
           "out to show him the bullets. M.C. did not know the name of the boy Jamal meant.\n\n"
           "SSS Barrett pulled the hallway camera outside the locker room: Jamal goes in at 1:52 PM "
           "Monday carrying the same grey gym bag and comes out at 2:04 PM.\n\n-- MR"),
     mnc=["Mattapan", "TPS paperwork", "Haitian Creole", "translated"],
     mct=["locker #2214", "9mm", "gym towel"],
     cats=["neighborhood", "immigration_status", "language"], tags=["witness", "parent_caller", "allow_weapon"])

case(15, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence",
     when="2026-02-25 13:15", location="3rd floor hallway, outside room 318",
     name="DeShawn Peters", grade=10, decision="allow", key="fractured jaw",
     desc=("Safety specialist log, SSS T. Perry\n"
           "1:15 PM 3rd floor hall outside 318: DeShawn and J.M. (gr 10) fighting. DeShawn had a padlock "
           "on a lanyard and swung it into J.M.'s face. J.M. lost two teeth.\n"
           "1:30 PM EMS, J.M. to BMC. Mother called at 5: fractured jaw, wired shut tomorrow.\n"
           "3:10 PM Front entrance: four older males, not students, came to the front door asking for "
           "DeShawn by name. One said 'J's cousins from Lenox St want to see him.' They left when I said "
           "I was calling BPD. Gave DeShawn's mother a ride plan; DeShawn left by the Malcolm X Blvd "
           "side with her at 3:40.\n"
           "Padlock and lanyard bagged (silver Master lock, red lanyard)."),
     mnc=["Lenox St"],
     mct=["fractured jaw", "padlock", "came to the front door"],
     cats=["neighborhood"], tags=["victim", "rival_group", "allow_violence"])

case(16, school="English High School", recipient="bpd/district-e13", ground="gang_activity",
     when="2025-10-08 14:35", location="Front steps",
     name="Luis Ortega", grade=10, decision="deny", reason="ground_not_permitted",
     desc=("FYI for the district. Luis was seen on the front steps throwing signs with older boys we "
           "believe are Academy Homes. Last week the 10th grader who got jumped on Centre St is from Heath "
           "St and his friends are saying it's going to keep going. No weapon seen, nobody hurt today."),
     mnc=["Academy Homes", "Heath St"],
     cats=["gang_affiliation", "neighborhood"], tags=["rival_group", "victim", "deny_ground"])

case(17, school="Lilla G. Frederick Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="pepper spray",
     when="2026-03-05 14:25", location="Corner store across from the school",
     name="Nia Lawson", grade=8, decision="allow", key="pepper spray",
     desc=("After dismissal at the corner store across from the school Nia sprayed pepper spray into "
           "the face of a 7th grader, T.O., from about two feet away. The store owner, Mr. Hoang, came out "
           "from behind the counter and rinsed T.O.'s eyes with bottled water. He told AP Gallagher, in "
           "Vietnamese with his daughter helping, that Nia had been waiting by the door for about ten "
           "minutes. T.O.'s eyes were red and swollen and he could not open them for a while; his mother "
           "took him to the Boston Children's ED. SSS took a small pink keychain canister from Nia's "
           "backpack when she came back to the building."),
     mnc=["Vietnamese"],
     mct=["pepper spray", "rinsed", "pink keychain canister"],
     cats=["language"], tags=["adult_witness", "victim", "allow_weapon"])

case(18, school="Urban Science Academy", recipient="bpd/district-e5", ground="serious_violence",
     when="2026-03-03 14:15", location="Student parking lot",
     name="Brandon Kiely", grade=12, decision="allow", key="metacarpal",
     desc=("Interview with victim Y.A. (gr 11), 3/4, 8:30 AM. Present: AP Martin, Ms. Ferreira "
           "(guidance).\n"
           "Y.A. says that yesterday after school in the student parking lot Brandon and another senior "
           "pushed him to the ground and Brandon stomped on his right hand twice. His 6th grade sister "
           "was waiting for him by the fence and saw it; she told her teacher this morning. Y.A. did not "
           "report it himself because his family's asylum case is still open and his father told him "
           "never to talk to police. The family came from Afghanistan in 2023.\n"
           "X-ray at Faulkner Hospital last night: fractures of the 4th and 5th metacarpal, right hand, "
           "splinted, seeing hand surgery Friday.\n"
           "Y.A. thinks it started because he would not give Brandon his vape.\n\n"
           "AP follow-up, 3/4, 10:00. The sister's 6th grade teacher at the Irving wrote down what she "
           "said this morning: 'two big boys pushed my brother down and the one with the white car "
           "stepped on his hand'. Brandon drives a white Honda Civic to school (parking permit #117). "
           "The lot camera covers the exit only; it shows Brandon's car leaving at 2:21 PM. Brandon was "
           "interviewed at 11:00 with his mother and said they were 'just messing around' and that "
           "Y.A. 'fell'."),
     mnc=["asylum", "Afghanistan"],
     mct=["stomped on his right hand", "metacarpal", "parking lot"],
     cats=["immigration_status", "national_origin"], tags=["victim", "sibling", "allow_violence"])

case(19, school="Boston Latin Academy", recipient="bpd/district-c11", ground="weapon", weapon="airsoft pistol",
     when="2025-09-30 10:05", location="Courtyard",
     name="Ryan Costello", grade=9, decision="deny", reason="other",
     desc=("During break Ryan pointed an airsoft pistol (black, orange tip removed) at H.K. (gr 9) and "
           "pulled the trigger twice; it was not loaded. H.K. is a refugee from Ukraine and was "
           "extremely shaken. Pistol taken by SSS."),
     mnc=["refugee", "Ukraine"],
     cats=["immigration_status", "national_origin"], tags=["victim", "deny_replica"])

case(20, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="credible_threat",
     when="2026-02-09 12:10", location="Cafeteria",
     name="Zion Grant", grade=11, decision="allow", key="getting shot",
     threat=("On 2/9 at 12:10 in the cafeteria Zion told two students that the girl who told on him about "
             "the phone robbery 'is getting shot when she gets off the 28, I know where she lives on "
             "Wayland St.' He named her. He had a knife at school in October 2025. She is the only "
             "witness in the 2/5 robbery of a 9th grader's phone."),
     desc=("AP notes. F.D. (gr 10) was the only witness to the robbery of a 9th grader's phone by the "
           "side doors on 2/5 and gave a written statement on 2/6. Today two students told the dean that "
           "Zion said F.D. is 'getting shot' when she gets off the bus. F.D. is a Somali student; her "
           "mother does not speak English and we called her through an interpreter at 1:00. F.D. is "
           "being escorted to and from the bus by SSS starting tomorrow. Zion has a prior weapons "
           "incident (knife, October). He was sent home pending a safety hearing."),
     extra={"safety_plan": {"protected_student": "F.D. (gr 10)", "escort": "SSS to and from bus stop",
                            "protected_student_home": "Wayland St, 2nd floor",
                            "parent_contact_language": "Somali (interpreter required)"},
            "no_contact_order": True},
     mnc=["Wayland St", "Somali", "interpreter"],
     mct=["getting shot", "only witness", "prior weapons incident"],
     cats=["neighborhood", "ethnicity", "language"],
     tags=["witness", "threat_field", "structured_field", "allow_threat"])

case(21, school="Charlestown High School", recipient="bpd/district-a15", ground="serious_violence",
     when="2025-10-22 14:50", location="Outside the gym doors",
     name="Cole Marchetti", grade=10, decision="allow", key="orbital floor fracture",
     desc=("At 2:50 PM outside the gym doors Cole and a friend of his who is not a BPS student attacked "
           "V.T. (gr 10). At least five students heard Cole yelling slurs about V.T. being Dominican and "
           "telling him to 'go back to the DR'. Cole punched him until he went down and then kicked him "
           "in the ribs and face. Mass General: two cracked ribs and an orbital floor fracture on the left "
           "side. The principal is asking that BPD look at this as a possible hate crime; the exact words "
           "the witnesses heard are in the attached statements. The friend was about 18, tall, thin, "
           "black North Face jacket, and left in a grey Honda."),
     attachments=[{"kind": "document", "name": "witness_statements_1022.pdf"}],
     mnc=["Dominican", "back to the DR"],
     mct=["cracked ribs", "orbital floor fracture", "hate crime"],
     cats=["ethnicity", "national_origin"], tags=["victim", "bias_motive", "witness", "allow_violence"])

case(22, school="Brighton High School", recipient="bric", ground="serious_violence",
     when="2026-01-15 13:40", location="Gym locker room",
     name="Jose Almonte", grade=11, decision="deny", reason="recipient_not_permitted",
     desc=("Stabbing in the gym locker room, victim (gr 10) cut on the upper arm with a folding knife, "
           "12 stitches. Sending to BRIC at the request of the district office because the victim is "
           "known to run with the Faneuil kids and there may be retaliation."),
     mnc=["Faneuil"],
     cats=["gang_affiliation"], tags=["victim", "rival_group", "deny_recipient"])

case(23, school="Fenway High School", recipient="bpd/district-d4", ground="weapon", weapon="brass knuckles",
     when="2026-04-02 08:05", location="Front vestibule at morning entry",
     name="Aaliyah Brooks", grade=10, decision="allow", key="brass knuckles",
     desc=("At morning entry a 9th grader (C.R.) told SSS Dunne that Aaliyah had 'something metal' on her "
           "hand on the walk from the T and hit her with it yesterday. SSS asked Aaliyah to empty her "
           "coat pockets: one set of gold colored brass knuckles. C.R. has a split lip and a bruise on her "
           "left cheekbone from yesterday, photographed by the nurse. Two witnesses who walked with C.R. "
           "(both gr 9) each said Aaliyah wore them on her right hand. Aaliyah said she carries them "
           "because she walks alone."),
     mct=["brass knuckles", "gold colored", "split lip"],
     tags=["victim", "witness", "allow_clean"])

case(24, school="Boston Latin Academy", recipient="bpd/district-e13", ground="serious_violence",
     when="2025-12-09 15:20", location="MBTA route 39 bus, between stops",
     name="Logan Pires", grade=9, decision="allow", key="concussion",
     desc=("Forwarded to the AP by the main office. Email from the victim's father, received 12/9 "
           "9:14 PM:\n\n"
           "'Hello, my son W.L. in grade 9 was beaten on the 39 bus today after school by a boy from his "
           "class, Logan. He punched my son many times in the head and my son hit the window. At the "
           "hospital (Brigham) they said concussion and a broken nose. My son is afraid to go to school. "
           "We live at 55 Centre St apt 3, please send the police to our home because my wife speaks only "
           "Mandarin and cannot go to the station. Thank you.'\n\n"
           "AP note: W.L. confirmed this to me on 12/10. Two BLA students on the bus gave statements: "
           "Logan was in a tan Carhartt jacket, hit W.L. 'like 8 or 9 times'."),
     mnc=["55 Centre St", "Mandarin"],
     mct=["concussion", "broken nose", "tan Carhartt jacket"],
     cats=["neighborhood", "language"], tags=["victim", "parent_caller", "allow_violence"])

case(25, school="Curley K-8 School", recipient="bpd/district-e13", ground="bullying",
     when="2025-11-13 10:40", location="7th grade hallway",
     name="Aiden Walsh", grade=7, decision="deny", reason="ground_not_permitted",
     desc=("Ongoing bullying. Aiden and two friends keep knocking the kufi off a 7th grader's head in "
           "the hallway and calling him names about being Muslim. Parents have met with us twice."),
     mnc=["kufi", "Muslim"],
     cats=["religion"], tags=["victim", "bias_motive", "deny_ground"])

case(26, school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs",
     substances=["alprazolam (Xanax)"],
     when="2026-01-09 13:05", location="Dance studio 2",
     name="Jasmine Ortiz", grade=11, decision="allow", key="Xanax",
     desc=("Victim interview, 1/12, with her mother present (she asked that we speak Spanish with her, "
           "Ms. Rosario did). Victim C.B. (gr 10) says that on 1/9 in Dance Studio 2 at lunch Jasmine "
           "gave her a water bottle and after she drank some she felt 'heavy' and could not stand. "
           "Teacher found C.B. slumped against the mirror at 1:05, slurred speech; EMS to Boston "
           "Children's, tox screen positive for benzodiazepines. A dancer who was there (gr 11) says "
           "she saw Jasmine break a white bar in half and drop it in the bottle. On 1/10 SSS found 4 "
           "white bar-shaped pills in Jasmine's dance bag, marked like Xanax. C.B.'s mother asked that "
           "officers not come to their apartment in Mission Main because the neighbors talk."),
     mnc=["Spanish", "Mission Main"],
     mct=["slurred speech", "bar-shaped pills", "benzodiazepines"],
     cats=["language", "neighborhood"], tags=["victim", "witness", "allow_drugs"])

case(27, school="Boston Green Academy", recipient="bpd/district-d14", ground="serious_violence",
     when="2025-10-02 15:30", location="Back entrance, driveway",
     name="Kenny Doucette", grade=12, decision="allow", key="aluminum bat",
     desc=("A neighbor across from the back entrance, Mr. G. Petrakis, brought us his doorbell camera clip "
           "(attached). It shows Kenny coming out of the back entrance at 3:30 with an aluminum bat from "
           "the gym bin and swinging it at E.R. (gr 11) in the driveway, hitting him across the left "
           "forearm and the side of the knee. E.R. had 9 stitches in his forearm at St. Elizabeth's and "
           "a knee sprain. Mr. Petrakis lives at 9 Leicester St and said officers can come by any time "
           "or call 617-555-0188. No one at school had seen it; E.R. told us it was over a girl."),
     attachments=[{"kind": "video", "name": "neighbor_doorbell_clip_1002.mp4"}],
     mnc=["Leicester St"],
     mct=["doorbell camera", "aluminum bat", "9 stitches"],
     cats=["neighborhood"], tags=["adult_witness", "over_redaction_trap", "allow_violence"])

case(28, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="knife",
     when="2026-02-12 08:20", location="Main entrance, bag check",
     name="Trevor Mills", grade=10, decision="allow", key="kitchen knife",
     desc=("Bag check at 8:20. An 8 inch kitchen knife (black handle, serrated) in the inside pocket of "
           "Trevor's backpack. Trevor said he brought it because the boy he fought last week (gr 11) "
           "'runs with D Street' and he heard they were waiting for him. SSS Malone also believes the "
           "other boy is tied in with the West Broadway kids. Knife held for BPD."),
     mnc=["D Street", "West Broadway"],
     mct=["kitchen knife", "serrated", "bag check"],
     cats=["gang_affiliation"], tags=["rival_group", "allow_weapon"])

case(29, school="Edward M. Kennedy Academy for Health Careers", recipient="bpd/district-d4",
     ground="credible_threat",
     when="2026-03-12 09:45", location="Hallway, 4th floor",
     name="Elijah Stone", grade=11, decision="deny", reason="missing_threat_statement",
     desc=("Elijah told the girl who reported him for the phone theft that she will 'regret it'. The girl "
           "(gr 10) speaks Arabic at home and only told us through her cousin. We need BPD to talk to "
           "Elijah."),
     mnc=["Arabic"],
     cats=["language"], tags=["witness", "deny_threat_missing"])

case(30, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="serious_violence",
     when="2026-01-22 13:35", location="Stairwell by room 210",
     name="Gavin Roche", grade=11, decision="allow", key="broken ankle",
     desc=("Mr. Levitt (math) took Gavin's phone in class at 1:30 under the phone policy. Gavin followed "
           "him into the stairwell by room 210, grabbed for the phone and shoved him down the stairs; "
           "while doing it he yelled slurs and knocked off Mr. Levitt's kippah. Mr. Levitt fell about six "
           "steps. Broken ankle, surgery at Beth Israel this evening. Ms. Chen (science) was coming up the "
           "stairs and saw the shove; two students in the hallway saw Gavin run out the side door with "
           "the phone."),
     mnc=["kippah"],
     mct=["took Gavin's phone", "broken ankle", "six steps"],
     cats=["religion"], tags=["staff", "victim", "bias_motive", "allow_violence"])

case(31, school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-11-24 10:50", location="Room 305 (science lab)",
     name="Khalil Mason", grade=10, decision="allow", key="subdural hematoma",
     desc=("Khalil hit R.P. (gr 10) in the head with a chair during a fight in the science lab at 10:50. "
           "R.P. was unconscious for about a minute; EMS to BMC, CT showed a small subdural hematoma and "
           "he is admitted. The girl who filmed it gave her phone to AP Okafor, who saved the video. She "
           "asked us not to give her name to police because her family is undocumented, and she will "
           "only write a statement if it goes through the school. Teacher Ms. Rhodes was at the other "
           "end of the lab and turned at the noise."),
     attachments=[{"kind": "video", "name": "lab_305_video.mov"}],
     mnc=["undocumented"],
     mct=["with a chair", "subdural hematoma", "filmed"],
     cats=["immigration_status"], tags=["bystander", "allow_violence"])

case(32, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon", weapon="firearm",
     when="2025-12-16 07:40", location="Morning drop-off line, Greenville St side",
     name="Devon Harris", grade=8, decision="allow", key="revolver",
     desc=("The crossing guard, Ms. Medeiros, saw Devon lift his shirt at drop-off to show two other boys "
           "the handle of a gun in his waistband and came straight to the office. Ms. Medeiros lives two "
           "doors down on Trenton St and knows most of the kids by name. SSS and AP brought Devon into "
           "the office at 7:48; a black revolver was in his waistband, five rounds in the cylinder. "
           "BPD notified at 7:50 and took the gun. Devon says he found it in a bag in the park."),
     mnc=["Trenton St"],
     mct=["revolver", "waistband", "five rounds"],
     cats=["neighborhood"], tags=["adult_witness", "allow_weapon"])

case(33, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="drugs",
     substances=["vodka"],
     when="2026-05-14 13:30", location="Field trip, Museum of Science",
     name="Madison Riley", grade=10, decision="deny", reason="excluded_substance",
     desc=("On the field trip Madison gave a Cape Verdean girl in her advisory vodka in a water bottle and "
           "the girl passed out in the bathroom. Chaperone called 911; she was fine after fluids."),
     mnc=["Cape Verdean"],
     cats=["ethnicity"], tags=["victim", "deny_substance"])

case(34, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
     when="2026-03-31 11:20", location="Stairwell B, between 3rd and 4th floors",
     name="Jordan Ames", grade=12, decision="allow", key="sexually assaulted",
     desc=("CONFIDENTIAL - Principal to BPD liaison, 4/1\n\n"
           "On 3/31 at about 11:20 a 10th grade girl (V.) was sexually assaulted by Jordan in stairwell B "
           "between the 3rd and 4th floors. She told her counselor at 12:05. She is an English learner "
           "(WIDA level 2) and we did the first interview with a Spanish interpreter and her counselor "
           "present; we kept it short and did not ask for details. Her mother took her to Boston "
           "Children's that afternoon, where a SANE nurse examined her. She says Jordan pinned her "
           "against the railing and she has bruises on both upper arms. The family lives in the "
           "Mildred Hailey apartments and asked that detectives call the counselor first rather than "
           "come to the door.\n\n"
           "Timeline from the hall pass log and the hallway camera:\n"
           "11:14 V. leaves room 312 with a hall pass.\n"
           "11:15 Jordan signs out of room 320 for the bathroom.\n"
           "11:19 camera shows Jordan entering stairwell B from the 3rd floor.\n"
           "11:31 V. returns to room 312; her teacher noted she was crying and would not say why.\n"
           "11:36 Jordan signs back into room 320.\n"
           "12:05 V. discloses to her counselor.\n\n"
           "Jordan was interviewed at 1:00 with his father present; he denies being in the stairwell. "
           "He was removed from the building at 1:10. The stairwell camera covers the 3rd floor "
           "landing only; footage is preserved."),
     mnc=["English learner", "WIDA", "Spanish", "Mildred Hailey"],
     mct=["stairwell B", "SANE nurse", "bruises on both upper arms"],
     cats=["language", "neighborhood"], tags=["victim", "long", "allow_violence"])

case(35, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="credible_threat",
     when="2026-05-06 14:55", location="Custodian's closet, 1st floor",
     name="Terrance Lyle", grade=12, decision="allow", key="black rifle",
     threat=("Custodian Mr. Okoro heard Terrance on the phone in the 1st floor hallway at 2:55 PM saying "
             "'Friday at dismissal we're pulling up on the Franklin Hill crew, I got the AR from my "
             "cousin, they're all gonna be out front.' Terrance has posted photos with a rifle this week "
             "(screenshots from two students). Dismissal on Friday puts about 600 students out front."),
     desc=("Mr. Okoro (custodian, 11 years here) came to the AP at 3:05 PM. He was in the 1st floor closet "
           "with the door open and heard Terrance on the phone talking about 'pulling up' at Friday "
           "dismissal and 'the AR from my cousin'. Two students separately showed the dean Snapchat "
           "photos Terrance posted Tuesday holding a black rifle. Terrance was kept in the office until "
           "his grandmother arrived. Friday dismissal plan being changed with BPD."),
     mnc=["Franklin Hill"],
     mct=["Mr. Okoro", "black rifle", "Friday dismissal"],
     cats=["gang_affiliation"], tags=["staff", "rival_group", "threat_field", "allow_threat"])

case(36, school="East Boston High School", recipient="commonwealth-fusion-center", ground="serious_violence",
     when="2026-02-19 12:00", location="Cafeteria",
     name="Nathan Pike", grade=11, decision="deny", reason="recipient_not_permitted",
     desc=("Nathan cut a 10th grader (Eritrean, arrived last year) on the cheek with a razor blade in the "
           "cafeteria; 11 stitches at MGH. The Fusion Center asked for a copy of all incidents involving "
           "newly arrived students this year."),
     mnc=["Eritrean", "newly arrived"],
     cats=["ethnicity", "national_origin"], tags=["victim", "deny_recipient"])

case(37, school="Community Academy of Science and Health", recipient="bpd/district-b3",
     ground="serious_violence",
     when="2025-11-18 07:41", location="School bus 0847, back rows",
     name="Malcolm Reid", grade=11, decision="allow", key="padlock",
     desc=("SAFETY SPECIALIST LOG, SSS R. Antoine, 11/18/2025\n"
           "07:41 Bus 0847 arrives late. Driver (Ms. Vargas) radios the office: fight in the back of the "
           "bus at the Blue Hill Ave stop, one kid hurt.\n"
           "07:44 On the bus. Victim D.S. (gr 9) sitting on the floor holding the right side of his head, "
           "blood on his hoodie. Says 'Malcolm hit me with a lock.' Padlock on a belt found under seat "
           "14 (brass Master lock on a black web belt), bagged.\n"
           "07:50 Nurse Kelley: 3 cm scalp laceration, D.S. confused, asking the same questions. 911 at "
           "07:52.\n"
           "08:03 BEMS transports D.S. to Boston Medical Center.\n"
           "08:15 Driver statement: Malcolm got on one stop before D.S. and sat in the back row. When D.S. "
           "walked back Malcolm swung the belt with the lock 'two or three times'. She stopped the bus and "
           "put on the flashers. She pulled over in front of her own house on Woodrow Ave and her husband "
           "came out to help hold the door.\n"
           "08:30 Student who filmed it (gr 10, asked not to be named): 22-second video shows Malcolm "
           "swinging the belt. She AirDropped it to AP Vance's school iPad. She says she will only talk "
           "to police with her aunt present because her family doesn't have papers.\n"
           "09:10 D.S.'s mother called from work. She speaks Creole; I spoke with her myself.\n"
           "09:40 Malcolm located in room 212, brought to the office. Denied it, then said D.S. 'jumped "
           "my little brother last year'.\n"
           "10:20 Update from mother: CT shows a small skull fracture, D.S. kept overnight.\n"
           "11:00 Second witness (gr 9, boy, sat across the aisle): Malcolm in a grey Champion hoodie, "
           "swung the belt, lock hit D.S. above the right ear.\n"
           "11:30 Malcolm's mother picked him up. Suspended pending hearing."),
     attachments=[{"kind": "video", "name": "bus0847_student_video.mp4"}],
     mnc=["Woodrow Ave", "doesn't have papers", "Creole"],
     mct=["seat 14", "skull fracture", "grey Champion hoodie"],
     cats=["neighborhood", "immigration_status", "language"],
     tags=["victim", "bystander", "adult_witness", "parent_caller", "long", "allow_violence"])

case(38, school="Irving Middle School", recipient="bpd/district-e5", ground="hate_incident",
     when="2025-12-18 09:15", location="Classroom 104",
     name="Sean Tobin", grade=8, decision="deny", reason="ground_not_permitted",
     desc=("Sean wrote insults on a classmate's desk about her family being Jehovah's Witnesses and tore "
           "up her pamphlets. A parent volunteer was a witness to the tearing. No one was hurt."),
     mnc=["Jehovah"],
     cats=["religion"], tags=["victim", "adult_witness", "bias_motive", "deny_ground"])

case(39, school="Boston International Newcomers Academy", recipient="bpd/district-d4", ground="weapon",
     weapon="stun gun",
     when="2026-04-15 12:40", location="Room 118 (SEI Vietnamese classroom)",
     name="Mateo Salgado", grade=10, decision="allow", key="stun gun",
     desc=("At 12:40 during lunch in room 118 Mateo pressed a stun gun against the left forearm of a "
           "classmate (N.T., gr 10) and set it off; it clicked and sparked. N.T. has two small burn marks "
           "on the forearm, seen by the nurse. The teacher, Ms. Pham, took the stun gun (black, "
           "flashlight style, 'police force' printed on the side) and called the AP. N.T. told Ms. Pham "
           "in Vietnamese that Mateo had done it to him before in the stairwell."),
     mnc=["Vietnamese"],
     mct=["stun gun", "two small burn marks", "flashlight style"],
     cats=["language"], tags=["victim", "location_field", "allow_weapon"])

case(40, school="Josiah Quincy Upper School", recipient="bpd/district-d4", ground="serious_violence",
     when="2026-03-19 15:25", location="Sidewalk at the corner by the school's Washington St entrance",
     name="Andre Lopes", grade=11, decision="allow", key="steak knife",
     desc=("Group fight at dismissal, about 10 kids. Andre's group against older kids from the Cathedral. "
           "During it Andre stabbed A.K. (gr 11) in the left thigh with a steak knife. A.K. was bleeding "
           "heavily; SSS Yee and the nurse put on a tourniquet from the stop-the-bleed kit. EMS to Tufts "
           "Medical Center, surgery for a lacerated artery. A teacher on duty and two students saw "
           "Andre throw the knife into the storm drain by the corner; BPD recovered it."),
     mnc=["Cathedral"],
     mct=["left thigh", "tourniquet", "steak knife"],
     cats=["neighborhood"], tags=["rival_group", "victim", "allow_violence"])

case(41, school="Mario Umana Academy", recipient="bpd/district-a7", ground="serious_violence",
     when="2026-01-07 15:00", location="Playground behind the school",
     name="Derek Flynn", grade=8, decision="deny", reason="face_surveillance",
     desc=("An older boy punched a Honduran 6th grader in the face on the playground after school and "
           "broke his nose; Derek was with him and held the boy's backpack. A bystander video shows the "
           "older boy but no one knows him. District 7 asked for the yearbook photos of all 8th and 9th "
           "graders so their software can compare faces against the video; we are sending them with this "
           "report."),
     attachments=[{"kind": "photo", "name": "yearbook_gr8_gr9_for_face_comparison.zip"}],
     mnc=["Honduran"],
     cats=["face_surveillance", "ethnicity"], tags=["victim", "bystander", "deny_face"])

case(42, school="TechBoston Academy", recipient="bpd/district-c11", ground="drugs", substances=["cocaine"],
     when="2026-02-27 11:10", location="Bathroom off the gym",
     name="Tristan Cole", grade=12, decision="allow", key="cocaine",
     desc=("A 9th grader was found by the gym teacher at 11:10 with white powder on a phone screen in the "
           "bathroom off the gym. He told us, in Spanish because he was too upset to do it in English, "
           "that Tristan sold him a 'twenty' of coke in the locker room and that he has bought from him "
           "twice before. Tristan's gym bag: 9 small knotted plastic baggies of white powder and a digital "
           "scale. One baggie field-tested by BPD on scene as cocaine. The 9th grader's older brother, "
           "who is also a student here, was with him and confirmed he saw the sale."),
     mnc=["in Spanish"],
     mct=["9 small knotted plastic baggies", "digital scale", "locker room"],
     cats=["language"], tags=["victim", "witness", "sibling", "allow_drugs"])

case(43, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="weapon",
     weapon="firearm",
     when="2026-04-28 14:05", location="Upper campus, side yard and 2nd floor hallway",
     name="Jaylen Coffey", grade=10, decision="allow", key="loaded .380",
     desc=("From: Principal A. Whitmore\nTo: BPS Safety Services; BPD liaison Sgt. Keane\n"
           "Subject: Firearm recovered at upper campus 4/28 - summary of what we know\n\n"
           "Sergeant, here is where we are as of 5 PM.\n\n"
           "1. What happened. At about 2:05 PM Jaylen came into the side yard looking for S.M. (gr 10). "
           "Three students heard him say he was 'going to handle' S.M. for something on Instagram. He "
           "lifted his hoodie and showed a gun. S.M. ran inside. Jaylen followed him into the 2nd floor "
           "hallway, where SSS Daley and Mr. Brandt (PE) stopped him by room 214.\n\n"
           "2. The gun. SSS Daley took a loaded .380 semi-automatic pistol from the front pocket of "
           "Jaylen's hoodie: 6 rounds in the magazine, none chambered. Your officers took custody at "
           "2:31 PM.\n\n"
           "3. S.M. He is not hurt. He is Somali and his family worships at the mosque near the school, "
           "and he thinks the Instagram thing was about that; his mother, who needed an interpreter, "
           "asked that he be allowed to stay home tomorrow.\n\n"
           "4. Other witnesses. A neighbor, Ms. Warsame, who lives in the triple-decker around the corner "
           "on Dorchester Ave, whose kitchen looks onto the side yard, says she saw Jaylen 'waving something' from her kitchen window and called "
           "911 herself. Mr. Brandt, SSS Daley, and the three students have written statements (attached). "
           "One of the students was recording on her phone; we have the video.\n\n"
           "5. Jaylen was transported by BPD. His mother was notified at 2:40.\n\n"
           "Please call me with anything else you need. - A.W."),
     attachments=[{"kind": "document", "name": "statements_daley_brandt_students.pdf"},
                  {"kind": "video", "name": "side_yard_video_0428.mp4"}],
     mnc=["Somali", "mosque", "interpreter", "Dorchester Ave"],
     mct=["loaded .380", "room 214", "6 rounds"],
     cats=["ethnicity", "religion", "language", "neighborhood"],
     tags=["victim", "adult_witness", "staff", "bystander", "long", "allow_weapon"])

case(44, school="Snowden International School", recipient="bpd/district-d4", ground="theft",
     when="2025-10-16 13:00", location="Library",
     name="Ethan Ruiz", grade=11, decision="deny", reason="ground_not_permitted",
     desc=("Ethan took a classmate's laptop from the library and sold it. The victim's older sister, who "
           "has DACA, came in to speak for the family because the parents are afraid to come to the "
           "building. Laptop not recovered."),
     mnc=["DACA"],
     cats=["immigration_status"], tags=["victim", "sibling", "deny_ground"])

case(45, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence",
     when="2025-12-04 09:25", location="Carpentry shop, room 112",
     name="Victor Almeida", grade=11, decision="allow", key="claw hammer",
     desc=("Three witness accounts, carpentry shop, 9:25 AM.\n"
           "- Instructor Mr. Kowalski: turned from the saw when he heard a yell; R.D. (gr 11) was on the "
           "floor holding his head, Victor standing over him with a claw hammer.\n"
           "- Student 1 (gr 11): 'Victor hit him from behind with the hammer, in the back of the head, "
           "then once on the shoulder.'\n"
           "- Student 2 (gr 12), who only saw Victor leaving: described him as 'a light-skinned Hispanic "
           "kid, tall, tan work boots, safety glasses on his head'.\n"
           "R.D.: EMS to BMC, 6 cm scalp wound closed with staples, CT negative, broken collarbone. "
           "Hammer secured in the instructor's office."),
     mnc=["Hispanic"],
     mct=["claw hammer", "back of the head", "tan work boots"],
     cats=["ethnicity"], tags=["witness", "staff", "allow_violence"])

case(46, school="Boston Latin Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     when="2026-01-30 12:45", location="Elevator lobby, 2nd floor",
     name="Caleb Norton", grade=10, decision="allow", key="butterfly knife",
     desc=("At 12:45 Caleb blocked the elevator doors on the 2nd floor and flicked open a butterfly knife "
           "in front of J.F. (gr 10), who uses a wheelchair and cannot take the stairs, and told him to "
           "'pay the toll'. J.F.'s paraprofessional, Ms. Greer, saw it from the end of the hall, pushed "
           "J.F. back and radioed SSS. Caleb closed the knife and walked off; SSS found it in his "
           "sweatshirt pocket at 12:52 (black and silver, 4 inch blade). J.F.'s mother asked that the "
           "police know this is the third time Caleb has targeted her son because of his disability."),
     mct=["butterfly knife", "wheelchair", "because of his disability"],
     tags=["victim", "staff", "over_redaction_trap", "allow_clean"])

case(47, school="East Boston High School", recipient="ice", ground="serious_violence",
     when="2026-03-10 10:30", location="Cafeteria",
     name="Kevin Mejia", grade=12, decision="deny", reason="recipient_not_permitted",
     desc=("Kevin broke a classmate's orbital bone with a punch in the cafeteria. A parent asked us to "
           "send this to immigration because the victim's family overstayed their visas and 'should be "
           "looked at too'. We did not agree but are submitting as asked by the family liaison."),
     mnc=["overstayed their visas"],
     cats=["immigration_status"], tags=["victim", "parent_caller", "deny_recipient"])

case(48, school="Charlestown High School", recipient="bpd/district-a15", ground="credible_threat",
     when="2026-02-05 10:00", location="Guidance office",
     name="Liam Doherty", grade=11, decision="allow", key="basketball game",
     threat=("Liam told a guidance counselor on 2/5 that he is 'bringing his father's gun to the "
             "basketball game Saturday and lighting up the Cape Verdean kids in the stands'. His father "
             "keeps a registered handgun at home (confirmed by the father on the phone). Liam was "
             "suspended last month for a fight with one of those students."),
     desc=("Liam said it to Ms. Feeney in guidance at about 10:00 and then said he was joking. Ms. Feeney "
           "reported it at once. The threat names the basketball game this Saturday (home game, gym, "
           "6 PM) and a group of students who will be in the stands. Liam's father confirmed by phone "
           "that he owns a handgun and said it is locked up; he is coming in at 2. Athletic director "
           "informed; BPD detail requested for Saturday."),
     mnc=["Cape Verdean"],
     mct=["basketball game", "6 PM", "owns a handgun"],
     cats=["ethnicity"], tags=["rival_group", "threat_field", "bias_motive", "allow_threat"])

case(49, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     when="2025-10-21 15:12", location="School bus 2210 at the school loop",
     name="Shane Callahan", grade=12, decision="allow", key="fractured cheekbone",
     desc=("The bus driver, Mr. Benoit, told Shane to sit down and stop throwing things. Shane walked to the "
           "front and punched him twice in the face while he was in the seat. Mr. Benoit has a fractured "
           "cheekbone (Tufts Medical Center) and cannot drive for six weeks. Statement from Mr. Benoit "
           "was taken by the transportation supervisor; Mr. Benoit is from Haiti and speaks limited "
           "English, so it is short. About 20 students were on the bus; two have given statements that "
           "match."),
     mnc=["from Haiti", "limited English"],
     mct=["punched him twice", "fractured cheekbone", "six weeks"],
     cats=["national_origin", "language"], tags=["staff", "adult_witness", "victim", "allow_violence"])

case(50, school="Dorchester Academy", recipient="bpd/district-c11", ground="drugs",
     substances=["vape cartridge (contents unknown)"],
     when="2026-01-16 09:40", location="2nd floor girls' bathroom",
     name="Imani Burke", grade=10, decision="deny", reason="excluded_substance",
     desc=("Imani passed a vape to a 9th grader who then fainted in the bathroom. We do not know what was "
           "in it. The 9th grader lives at Franklin Field and her grandmother asked us to call BPD."),
     mnc=["Franklin Field"],
     cats=["neighborhood"], tags=["victim", "deny_substance"])

case(51, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon", weapon="knife",
     when="2026-03-26 16:10", location="Bodega on the corner across from the school",
     name="Adrian Beltre", grade=11, decision="allow", key="switchblade",
     desc=("Report from AP Soto after a call from the owner of the bodega across the street.\n"
           "At about 4:10 PM Adrian came into the bodega behind a 9th grader from our school (D.L.), "
           "pulled out a switchblade and held it near D.L.'s stomach, saying 'give me the jacket'. The "
           "owner, Mr. Peña, who is Dominican and has had the store for 20 years, came around the counter "
           "with a broom handle and Adrian ran out. D.L. was not cut. Mr. Peña has it on his store "
           "camera (regular DVR, not connected to anything) and will give the footage to police. D.L. "
           "says Adrian wanted his Canada Goose jacket. Switchblade not recovered; D.L. and Mr. Peña both "
           "describe it as black with a silver button."),
     mnc=["Dominican"],
     mct=["switchblade", "silver button", "Canada Goose"],
     cats=["ethnicity"], tags=["adult_witness", "victim", "over_redaction_trap", "allow_weapon"])

case(52, school="Young Achievers Science and Mathematics K-8", recipient="bpd/district-e13",
     ground="serious_violence",
     when="2025-11-07 18:20", location="Walkway between the school and the parking lot",
     name="Marcus Gaines", grade=8, decision="allow", key="broken in two places",
     desc=("Incident after the evening basketball program. A 7th grader (E.B.) was walking back toward "
           "the parking lot after youth group at St. Katharine Drexel church when Marcus and two friends "
           "stopped him on the walkway and took his phone. When E.B. tried to get it back Marcus threw "
           "him into the bike rack. E.B.'s left arm is broken in two places (Boston Children's, cast). "
           "The program coach, Mr. Lyons, saw the end of it and chased the boys off; he recognized "
           "Marcus. Phone not recovered."),
     mnc=["Drexel", "church"],
     mct=["bike rack", "broken in two places", "took his phone"],
     cats=["religion"], tags=["victim", "staff", "allow_violence"])

case(53, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
     when="2026-04-09 13:45", location="Dean's office",
     name="Xavier Nunes", grade=9, decision="deny", reason="missing_threat_statement",
     desc=("Xavier told a 9th grade girl from the Orient Heights apartments that his brother will 'come "
           "find her' for snitching about the bathroom fight. Her family is asking for protection."),
     mnc=["Orient Heights"],
     cats=["neighborhood"], tags=["witness", "sibling", "deny_threat_missing"])

case(54, school="Another Course to College", recipient="bpd/district-e18", ground="drugs",
     substances=["fentanyl"],
     when="2026-05-20 08:55", location="Student lounge",
     name="Dylan McGrath", grade=12, decision="allow", key="fentanyl",
     desc=("Dylan's younger brother (gr 9, same school) came to the AP at 8:55 and said Dylan keeps "
           "'the fent' in a vitamin bottle in his backpack and sells it to kids after school. He said he "
           "was telling because a friend of his almost died last month. The brother asked that police "
           "not come to the house; their mother's address in the SIS is in 02136 but they have been "
           "staying with an aunt. AP and SSS searched Dylan's backpack in the student lounge: a vitamin "
           "bottle with 14 small wax-paper folds of tan powder stamped with a red crown, and a list of "
           "names and amounts in his notebook. BPD tested one fold on site: fentanyl."),
     mnc=["02136"],
     mct=["vitamin bottle", "14 small wax-paper folds", "red crown"],
     cats=["neighborhood"], tags=["sibling", "witness", "allow_drugs"])

case(55, school="Mildred Avenue K-8 School", recipient="bpd/district-b3", ground="serious_violence",
     when="2026-05-28 11:30", location="Franklin Park Zoo, outside the Tropical Forest building (field trip)",
     name="Kiara Simmons", grade=8, decision="allow", key="front teeth",
     desc=("On the 8th grade field trip to the Franklin Park Zoo, outside the Tropical Forest building, "
           "Kiara hit a classmate (T.W.) in the mouth with a metal water bottle after an argument about a "
           "seat on the bus. T.W. lost two front teeth and needed stitches inside her lip; a chaperone, "
           "Mr. Daniels, and a zoo staff member saw it. Zoo first aid, then her mother took her to a "
           "dental emergency clinic. Kiara admitted it to Mr. Daniels right away."),
     mct=["Franklin Park Zoo", "metal water bottle", "two front teeth"],
     tags=["victim", "staff", "over_redaction_trap", "allow_clean"])

case(56, school="Boston Arts Academy", recipient="bpd/bric", ground="weapon", weapon="knife",
     when="2025-12-12 13:00", location="Scene shop",
     name="Noah Whitaker", grade=11, decision="deny", reason="recipient_not_permitted",
     desc=("Noah pulled a hunting knife on a junior in the scene shop. The junior says Noah's friends are "
           "Wendover and that Noah has been posting with them. District asked us to route it to the "
           "intelligence unit."),
     mnc=["Wendover"],
     cats=["gang_affiliation"], tags=["rival_group", "deny_recipient"])

case(57, school="Lyon Upper School", recipient="bpd/district-d14", ground="credible_threat",
     when="2026-02-24 20:15", location="Off campus: group chat messages",
     name="Owen Kessler", grade=10, decision="allow", key="burn her house down",
     threat=("In the class group chat on 2/24 at 8:15 PM Owen wrote that he will 'burn her house down "
             "with her in it' about the girl who testified at his disciplinary hearing, and posted her "
             "home address (48 Brock St, Brighton) and a photo of a gas can. The next message says "
             "'tonight'. He has a prior fire-setting incident in a school bathroom (Nov 2025)."),
     desc=("Three parents forwarded the screenshots to the principal by 8:40 PM. The girl is a witness in "
           "Owen's disciplinary hearing last week. The principal called her mother and BPD at 8:50 PM. "
           "Owen wrote that he will 'burn her house down' and posted a photo of a red gas can. He has a "
           "prior fire-setting incident in a 2nd floor bathroom in November."),
     attachments=[{"kind": "document", "name": "group_chat_screenshots_0224.pdf"}],
     mnc=["Brock St", "Brighton"],
     mct=["burn her house down", "red gas can", "prior fire-setting incident"],
     cats=["neighborhood"], tags=["witness", "threat_field", "allow_threat"])

case(58, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="weapon",
     weapon="firearm",
     when="2026-03-03 08:12", location="Metal detector line, main entrance",
     name="Rashad Vincent", grade=12, decision="allow", key="Glock",
     desc=("Rashad set off the wand at the metal detector line at 8:12. SSS Farrell found a Glock 19 with "
           "an extended magazine (15 rounds) in the lining of his coat. Rashad said he carries it because "
           "of the boy who shot at his car in February, D.H., who he says is 'Greenwood'. SSS Farrell "
           "added that D.H. is flagged as a Greenwood associate in the field interrogation cards the "
           "district gets. The gun was turned over to officers at the door at 8:20."),
     mnc=["Greenwood"],
     mct=["Glock 19", "extended magazine", "lining of his coat"],
     cats=["gang_affiliation"], tags=["rival_group", "victim", "allow_weapon"])

case(59, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="trespass",
     when="2026-02-26 09:10", location="Front entrance",
     name="DeShawn Peters", grade=10, decision="deny", reason="ground_not_permitted",
     desc=("Two older men who said they were the cousins of J.M. walked past the front desk looking for "
           "DeShawn. They are from Whittier Street and told SSS they 'just wanted to talk'. They left "
           "before police came. Reporting the trespass."),
     mnc=["Whittier Street"],
     cats=["neighborhood"], tags=["victim", "rival_group", "deny_ground"])

case(60, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     when="2025-09-25 15:40", location="Sidewalk in front of the school",
     name="Tyrell Banks", grade=11, decision="allow", key="fractured eye socket",
     desc=("Witness interview, adult. Ms. Elaine Moreau, 61, waiting for the 86 bus in front of the "
           "school at 3:40. She wanted it written down that she is a U.S. citizen and 'not afraid to "
           "testify'. She saw Tyrell kick a boy (K.S., gr 10) in the head three times while he was on the "
           "ground. She says Tyrell wore a white durag, red Jordans and a black backpack with a Celtics "
           "keychain, and walked off toward the Market St side. K.S. has a fractured eye socket and is at "
           "St. Elizabeth's. Ms. Moreau gave us her phone number for detectives."),
     mnc=["U.S. citizen"],
     mct=["in the head three times", "fractured eye socket", "Celtics keychain"],
     cats=["immigration_status"], tags=["adult_witness", "over_redaction_trap", "allow_violence"])

case(61, school="Boston International Newcomers Academy", recipient="bpd/district-d4",
     ground="serious_violence",
     when="2025-10-09 15:20", location="Sidewalk outside the school, by the bike racks",
     name="Yusuf Karimi", grade=11, decision="allow", key="fractured",
     desc=("VICTIM INTERVIEW\nDate: 10/10/2025, 9:15 AM. Room 204.\nPresent: AP R. Delgado; counselor "
           "Ms. Haddad, who interpreted from Arabic; the victim's father.\n\n"
           "Victim: O.S., gr 10. Family came from Syria as refugees in 2024.\n\n"
           "O.S. says that yesterday at about 3:20 PM, by the bike racks outside school, Yusuf and two "
           "boys he did not know surrounded him and asked for his phone. When he said no, Yusuf hit him "
           "in the face with something in his fist, 'hard, like a rock', and one of the other boys "
           "kicked his legs out. He fell on the curb. They took the phone (black Samsung A15, cracked "
           "case) and ran toward the station. A girl from his class saw it from across the street and "
           "screamed for them to stop.\n\n"
           "Injuries (father brought ED paperwork from Boston Medical Center): fractured left cheekbone, "
           "two broken teeth, abrasions on both hands. He will need dental surgery.\n\n"
           "O.S. is sure about Yusuf because they are in the same math class. He describes the other two "
           "as older, maybe 18, one with a red Nike tech fleece and one with braces.\n\n"
           "The father asked several times whether talking to police could affect their case; AP "
           "explained the report goes only to BPD and he agreed to go ahead.\n\n"
           "Follow-up: the witness (gr 10 girl) interviewed at 10:30, confirms Yusuf and the red tech "
           "fleece. Statement attached."),
     mnc=["Arabic", "Syria", "refugees"],
     mct=["fractured left cheekbone", "red Nike tech fleece", "black Samsung A15"],
     cats=["language", "national_origin", "immigration_status"],
     tags=["victim", "witness", "long", "allow_violence"])

case(62, school="Charlestown High School", recipient="massachusetts-state-police", ground="weapon",
     weapon="knife",
     when="2026-01-06 12:15", location="Gym bleachers",
     name="Connor Pike", grade=10, decision="deny", reason="recipient_not_permitted",
     desc=("Connor threatened a 9th grader with a pocket knife under the bleachers. The 9th grader's "
           "family lives at the Bunker Hill development and the mother asked that State Police handle it "
           "instead of the district officers."),
     mnc=["Bunker Hill development"],
     cats=["neighborhood"], tags=["victim", "parent_caller", "deny_recipient"])

case(63, school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     when="2025-12-03 10:35", location="Hallway outside the library",
     name="Jamir Cotton", grade=11, decision="allow", key="fixed-blade knife",
     desc=("A teacher saw a fixed-blade knife fall out of Jamir's sleeve in the hallway outside the "
           "library at 10:35 and kicked it away. The boy Jamir was walking toward, P.W. (gr 11), told SSS "
           "that Jamir has been after him since P.W.'s older brother got locked up, and that Jamir thinks "
           "he is H-Block. P.W. says he is not. Knife: about 5 inch blade, camouflage handle, in a "
           "cardboard sleeve. No one was hurt."),
     mnc=["H-Block"],
     mct=["fixed-blade knife", "camouflage handle", "outside the library"],
     cats=["gang_affiliation"], tags=["victim", "rival_group", "allow_weapon"])

case(64, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
     when="2026-04-14 15:00", location="Side gate by the football field",
     name="Quentin Hayes", grade=10, decision="allow", key="stab wound",
     desc=("Phone message taken by the main office, 4/14, 5:40 PM, from the victim's mother: her son "
           "(A.T., gr 10) is at Boston Medical Center with a stab wound to the lower back; he told her "
           "Quentin did it at the side gate by the football field after school. She speaks Amharic, "
           "so her nephew made the call. She asked that the detectives come to their apartment in the "
           "Alice Taylor development and not to the hospital.\n\n"
           "Follow-up by AP Grant, 4/15: the gym teacher found blood on the gate and a kitchen knife in "
           "the grass near the bleachers (photographed, left in place for BPD). A.T. texted the AP from "
           "the hospital that Quentin was in a grey tracksuit. A.T.'s surgery went well; collapsed lung, "
           "chest tube."),
     extra={"linked_incident_parties": [
         {"role": "victim", "initials": "A.T.", "grade": 10,
          "guardian_primary_language": "Amharic", "guardian_country_of_birth": "Ethiopia",
          "residence": "Alice Taylor Apartments"}]},
     mnc=["Amharic", "Alice Taylor", "Ethiopia"],
     mct=["stab wound to the lower back", "grey tracksuit", "collapsed lung"],
     cats=["language", "neighborhood", "national_origin"],
     tags=["victim", "parent_caller", "structured_field", "allow_violence"])

case(65, school="East Boston High School", recipient="bpd/district-a7", ground="immigration_inquiry",
     when="2026-02-02 09:00", location="Main office",
     name="Brian Soto", grade=11, decision="deny", reason="ground_not_permitted",
     desc=("An officer asked whether the boy Brian beat up last month has papers and whether his family "
           "is from Colombia, because the family has not come forward. Please advise."),
     mnc=["has papers", "Colombia"],
     cats=["immigration_status", "national_origin"], tags=["victim", "deny_ground"])

case(66, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="drugs",
     substances=["MDMA"],
     when="2026-05-15 20:30", location="Spring dance, gym",
     name="Gabriel Pratt", grade=12, decision="allow", key="MDMA",
     desc=("At the spring dance a chaperone (Mr. Feliciano, history) found a 10th grader, M.R., shaking "
           "and overheated by the bleachers. Her friend said Gabriel gave her 'molly' in the bathroom at "
           "about 8:00. EMS took M.R. to Boston Medical Center, temperature 104. The friend, "
           "who is Puerto Rican like M.R. and said she was scared to talk because her parents would be "
           "called, named Gabriel. Gabriel's jacket pocket: 11 pink triangle-shaped pills in a baggie, "
           "later tested as MDMA by BPD."),
     mnc=["Puerto Rican"],
     mct=["11 pink triangle-shaped pills", "temperature 104", "overheated"],
     cats=["ethnicity"], tags=["victim", "witness", "staff", "allow_drugs"])

case(67, school="Snowden International School", recipient="bpd/district-d4", ground="credible_threat",
     when="2026-03-13 11:05", location="Dean's office",
     name="Preston Hale", grade=11, decision="allow", key="box cutter",
     threat=("Preston told the 10th grade girl who filmed the 3/2 assault (and gave the video to the "
             "school) that he will 'cut her face' and that he knows she is outside the mosque on Friday "
             "afternoons. He showed her a box cutter in his waistband while saying it. He was charged "
             "in the 3/2 assault."),
     desc=("The girl came to the dean at 11:05 crying. She filmed the assault in the courtyard on 3/2 and "
           "the video went to BPD. Today in the 2nd floor hallway Preston walked up to her, said he will "
           "'cut her face', and showed a box cutter in his waistband. A teacher, Ms. Abreu, saw him lean "
           "in close to her but did not hear it. SSS searched Preston at 11:20: yellow box cutter in his "
           "waistband, blade extended. He was removed from the building."),
     mnc=["mosque"],
     mct=["cut her face", "yellow box cutter", "blade extended"],
     cats=["religion"], tags=["bystander", "witness", "threat_field", "allow_threat"])

case(68, school="McCormack Middle School", recipient="bpd/district-c6", ground="weapon",
     weapon="replica handgun",
     when="2025-11-20 13:30", location="Schoolyard",
     name="Jacob Lynch", grade=7, decision="deny", reason="other",
     desc=("Jacob pointed a realistic toy gun (replica, no orange tip) at a 6th grader in the schoolyard. "
           "The 6th grader's family is from Old Colony and his mother only speaks Spanish; she was very "
           "scared when we called."),
     mnc=["Old Colony", "Spanish"],
     cats=["neighborhood", "language"], tags=["victim", "parent_caller", "deny_replica"])

case(69, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
     when="2026-01-26 12:40", location="Courtyard outside the cafeteria",
     name="Kareem Wallace", grade=12, decision="allow", key="broken femur",
     desc=("Witness table, compiled by SSS Caruso, 1/26\n\n"
           "Who | Where | What they saw\n"
           "Ms. Tavares (lunch aide) | cafeteria door | Kareem and another senior pushed V.J. (gr 11) down "
           "the three concrete steps; V.J. landed on his leg 'bent the wrong way'. Gave her statement in "
           "Portuguese, translated by Mr. Lima.\n"
           "Student A (gr 11) | bench | Kareem stomped on V.J.'s leg once he was down. Said it was about "
           "V.J. being 'a Castlegate kid' and Kareem's cousin getting shot.\n"
           "Student B (gr 9) | courtyard | filmed 9 seconds, ends before the stomp.\n"
           "Mr. O'Neil (custodian) | near dumpsters | saw the second senior, 'short, beard, orange "
           "hoodie', run out the gate.\n\n"
           "V.J.: EMS 12:48, Boston Medical Center, broken femur, surgery tonight (rod)."),
     mnc=["Portuguese", "Castlegate"],
     mct=["three concrete steps", "broken femur", "orange hoodie"],
     cats=["language", "gang_affiliation"], tags=["witness", "staff", "bystander", "rival_group",
                                                  "allow_violence"])

case(70, school="Lilla G. Frederick Middle School", recipient="bpd/district-c11", ground="weapon",
     weapon="razor blade",
     when="2026-02-11 10:20", location="Room 221",
     name="Destiny Rowe", grade=8, decision="allow", key="razor blade",
     desc=("During 3rd period Destiny took a razor blade out of a pencil sharpener she had taken apart "
           "and slashed at a classmate's arm across the table. The classmate (F.K., gr 8) has a 3 inch "
           "cut on the back of the right forearm, closed with steri-strips by the nurse. Teacher Mr. "
           "Barnes took the blade. Destiny said F.K. 'talks about my mother'."),
     extra={"incident_parties": [
         {"role": "victim", "initials": "F.K.", "home_language": "Somali",
          "guardian_address": "30 Stanwood St, Apt 2, Dorchester 02121"},
         {"role": "witness", "initials": "L.A.", "ell_status": "EL, WIDA 3", "home_language": "Haitian Creole"}],
         "home_language": "English"},
     mnc=["Somali", "Stanwood St", "02121", "Haitian Creole", "WIDA"],
     mct=["razor blade", "pencil sharpener", "steri-strips"],
     cats=["language", "neighborhood"], tags=["victim", "witness", "structured_field", "allow_weapon"])

case(71, school="Urban Science Academy", recipient="bpd/district-e5", ground="serious_violence",
     when="2026-04-22 16:00", location="CVS parking lot near the school",
     name="Austin Keller", grade=11, decision="deny", reason="face_surveillance",
     desc=("Austin and another boy jumped a Guatemalan 10th grader in the parking lot and broke his arm. "
           "The store's security vendor ran their facial recognition on the parking lot camera and says "
           "the second boy is a 93% match to a student at West Roxbury Academy. Forwarding the match."),
     mnc=["Guatemalan", "93% match"],
     cats=["face_surveillance", "ethnicity"], tags=["victim", "deny_face"])

case(72, school="Boston Green Academy", recipient="bpd/district-d14", ground="serious_violence",
     when="2026-01-20 14:10", location="Gym, during 6th period",
     name="Marcus O'Brien", grade=11, decision="allow", key="ruptured spleen",
     desc=("6th period gym. Marcus came across the floor and kneed D.F. (gr 11) in the stomach twice and "
           "then threw him into the bleachers, after a fight that started in the class group chat last "
           "night. Witnesses: Coach Ruiz and about 25 students. Marcus was in a grey crew neck sweatshirt "
           "and basketball shorts. D.F. was vomiting and pale; EMS to Boston Children's, where they found "
           "a ruptured spleen and took him to surgery."),
     mct=["crew neck sweatshirt", "group chat", "ruptured spleen"],
     tags=["victim", "witness", "over_redaction_trap", "allow_clean"])

case(73, school="Mission Hill K-8", recipient="bpd/district-b2", ground="weapon", weapon="taser",
     when="2025-12-08 08:25", location="Breakfast room",
     name="Jaylin Ford", grade=8, decision="allow", key="taser",
     desc=("A 3rd grader (R.M.) told her teacher that her big brother (gr 6, same school) got 'zapped' by "
           "an 8th grader in the breakfast room. R.M.'s brother confirmed it: Jaylin pressed a taser into "
           "his side and it hurt and made a loud crack. Nurse saw two red marks on his left side. SSS "
           "found the taser (black, rechargeable, 'Vipertek') in Jaylin's backpack. The family of R.M. "
           "and her brother is staying at the Days Hotel on Soldiers Field Rd through the emergency "
           "shelter program and the mother asked that any letters go to the school."),
     mnc=["Days Hotel", "Soldiers Field Rd"],
     mct=["Vipertek", "two red marks", "breakfast room"],
     cats=["neighborhood"], tags=["sibling", "victim", "allow_weapon"])

case(74, school="Irving Middle School", recipient="bpd/district-e5", ground="vandalism",
     when="2026-03-30 07:15", location="Exterior wall, back of the school",
     name="Tyler Gomes", grade=8, decision="deny", reason="ground_not_permitted",
     desc=("Spray-painted 'MOZART' and a crossed-out name of a 7th grader on the back wall. The 7th "
           "grader's family says Tyler's older friends are from the Mozart Street crew."),
     mnc=["Mozart"],
     cats=["gang_affiliation"], tags=["victim", "rival_group", "deny_ground"])

case(75, school="New Mission High School", recipient="bpd/district-e18", ground="credible_threat",
     when="2026-05-04 09:10", location="Classroom 202",
     name="Darius Cole", grade=10, decision="allow", key="a strap",
     threat=("Darius wrote on a desk and then said out loud in class that he is going to 'shoot every "
             "Haitian in this school on Friday'. Last Wednesday he asked a classmate where he could "
             "get 'a strap'. He lives near the victims' families on River St and said he knows which "
             "houses."),
     desc=("Teacher Ms. Lambert heard Darius say in class at 9:10 that he is going to 'shoot' students on "
           "Friday, and saw the same words written on his desk. She photographed the desk. A classmate told "
           "the dean that on Wednesday Darius asked him where to get 'a strap' (a gun). No weapon found on "
           "Darius or in his locker. Parent meeting set for 2 PM."),
     attachments=[{"kind": "photo", "name": "desk_writing_room202.jpg"}],
     mnc=["Haitian", "River St"],
     mct=["written on his desk", "a strap", "photographed the desk"],
     cats=["ethnicity", "neighborhood"], tags=["bias_motive", "threat_field", "allow_threat"])

case(76, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     when="2025-10-30 15:35", location="Outside the side entrance",
     name="Ronan Keane", grade=11, decision="allow", key="dislocated shoulder",
     desc=("Retaliation. Last month T.B. (gr 11) was the witness who told the AP Ronan had a knife. Today "
           "after school Ronan and his friend waited at the side entrance, pulled T.B. off his bike and "
           "twisted his arm behind his back until it popped: dislocated shoulder, reduced at Tufts "
           "Medical Center, also a cut over his eye. T.B.'s mother says they want BPD involved and that "
           "the pastor of their Haitian Baptist church will come with them to the station. Two students "
           "saw it from the bus line and say the friend was in a white puffer jacket."),
     mnc=["Haitian", "Baptist"],
     mct=["dislocated shoulder", "white puffer jacket", "pulled T.B. off his bike"],
     cats=["ethnicity", "religion"], tags=["witness", "victim", "parent_caller", "allow_violence"])

case(77, school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
     substances=["nicotine pouches", "beer"],
     when="2026-04-24 14:00", location="Bleachers, football field",
     name="Kyle Donovan", grade=11, decision="deny", reason="excluded_substance",
     desc=("Kyle was handing out Zyn pouches and cans of beer under the bleachers. A younger student, "
           "a Vietnamese boy in the EL program, got sick and told the nurse."),
     mnc=["Vietnamese", "EL program"],
     cats=["ethnicity", "language"], tags=["victim", "deny_substance"])

case(78, school="Josiah Quincy Upper School", recipient="bpd/district-a1", ground="drugs",
     substances=["oxycodone"],
     when="2026-03-09 12:20", location="Cafeteria",
     name="Ethan Lau", grade=10, decision="allow", key="oxycodone",
     desc=("A 10th grader told the nurse that Ethan was selling 'oxys' in the cafeteria. Ethan's bag had "
           "a pharmacy bottle with 22 oxycodone 10 mg tablets; the label is in the name of an elderly "
           "woman, not Ethan. The woman turned out to be the grandmother of the student who told the "
           "nurse: she lives in Chinatown, speaks only Cantonese, and had reported the bottle missing "
           "after Ethan visited her apartment with her grandson. Her grandson is afraid of what Ethan's "
           "friends will do now that he told."),
     mnc=["Chinatown", "Cantonese"],
     mct=["22 oxycodone 10 mg tablets", "pharmacy bottle", "reported the bottle missing"],
     cats=["neighborhood", "language"], tags=["victim", "witness", "allow_drugs"])

case(79, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon", weapon="club",
     when="2026-05-12 15:25", location="Sidewalk outside the school's main doors",
     name="Marquise Dunn", grade=9, decision="allow", key="wooden club",
     desc=("At dismissal Marquise took a wooden club (about two feet, wrapped in black tape) out of his "
           "backpack and chased two 8th graders across the sidewalk. A neighbor, Mrs. Beverly Odom, "
           "watching from her window on Harvard St, called the school and said he swung it at the smaller "
           "boy's head and missed by inches. The boys ran into the building. SSS took the club from "
           "Marquise at the corner. Mrs. Odom is 74, has lived there 40 years and says she will talk to "
           "any officer."),
     mnc=["Harvard St"],
     mct=["wooden club", "black tape", "missed by inches"],
     cats=["neighborhood"], tags=["adult_witness", "allow_weapon"])

case(80, school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat",
     when="2026-04-01 10:15", location="Counseling office",
     name="Kendrick Shaw", grade=12, decision="deny", reason="missing_threat_statement",
     desc=("Kendrick said the kid from the Faneuil Gardens who told on him 'won't make it to graduation'. "
           "Threat statement to follow."),
     mnc=["Faneuil Gardens"],
     cats=["neighborhood"], tags=["witness", "deny_threat_missing"])

case(81, school="Jeremiah E. Burke High School", recipient="bpd/district-b2", ground="serious_violence",
     when="2026-05-18 14:45", location="Walkway between the main building and the annex",
     name="Isaiah Monroe", grade=11, decision="allow", key="broken orbital",
     desc=("---------- Forwarded message ----------\n"
           "From: Ms. K. Alvarado (counselor)\nTo: AP D. Whitlock\nDate: Mon, May 18, 2026, 4:02 PM\n"
           "Subject: Re: Re: what happened on the walkway\n\n"
           "Dana, adding what I got from the kids this afternoon so it is all in one place before you send "
           "it.\n\n"
           "> From: AP D. Whitlock, 3:30 PM\n"
           "> Kim, I have the SSS version. EMS took B.O. (gr 10) to BMC at 2:58. Mom says broken orbital "
           "bone and a concussion, stitches under the left eye. Can you talk to the two girls who were "
           "there?\n\n"
           "1) B.O. himself, by phone from BMC with his mother on speaker. Isaiah came up behind him on the "
           "walkway to the annex at about 2:45 and hit him with a closed fist that had rings on it, then "
           "'a lot more times' when he was down. B.O. says it is because he would not let Isaiah copy off "
           "him in chemistry. His mother kept interrupting to say that the family only got their green "
           "cards last year and she does not want their name in the newspaper. I told her this goes to "
           "the police only.\n\n"
           "2) Girl #1 (gr 10) was walking ahead of B.O. She turned when she heard it and saw Isaiah "
           "punching; says Isaiah had 'the big silver rings on like three fingers'. She says Isaiah's "
           "friend stood lookout, light blue Nike sweatsuit, dreads.\n\n"
           "3) Girl #2 (gr 11) saw the friend, not the punches. She thinks the friend goes to the Burke "
           "too but did not know his name.\n\n"
           "4) Also: B.O.'s little brother (gr 9) came to me crying after 7th period. He says kids from "
           "Isaiah's building at Ruggles St are saying B.O. is 'next'. He is scared to take the bus home.\n\n"
           "I'll write up formal statements tomorrow. - Kim\n\n"
           "AP note: Isaiah's rings (three, silver, one with a skull) collected by SSS at 3:10 and "
           "bagged."),
     mnc=["green cards", "Ruggles St"],
     mct=["broken orbital", "silver rings", "light blue Nike sweatsuit"],
     cats=["immigration_status", "neighborhood"],
     tags=["victim", "witness", "sibling", "parent_caller", "long", "allow_violence"])

case(82, school="Madison Park Technical Vocational High School", recipient="allied-universal/mall-security",
     ground="serious_violence",
     when="2026-01-10 16:30", location="Food court, shopping center",
     name="Jamal Whitney", grade=12, decision="deny", reason="recipient_not_permitted",
     desc=("Mall security asked for our report on Jamal, who broke a classmate's jaw in the food court. "
           "The classmate is Cape Verdean and his mother says the family has been in a shelter in Quincy "
           "since October."),
     mnc=["Cape Verdean", "shelter in Quincy"],
     cats=["ethnicity", "neighborhood"], tags=["victim", "deny_recipient"])

case(83, school="Fenway High School", recipient="bpd/district-d4", ground="weapon", weapon="firearm",
     when="2026-02-18 12:35", location="Back stairwell, 3rd floor landing",
     name="Reggie Simms", grade=11, decision="allow", key="sawed-off",
     desc=("Two students, separately, told a teacher that Reggie had 'a shotgun' in his duffel bag in the "
           "back stairwell. SSS Hurley found Reggie on the 3rd floor landing with the duffel at 12:35. "
           "Inside: a sawed-off single-barrel shotgun, unloaded, and three shells in a sock. The students "
           "said Reggie showed it to them and said it was 'for the kid who robbed my cousin'. BPD took "
           "custody at 12:50. No one hurt. The first student said Reggie was wearing a Patriots beanie "
           "and had the bag over his left shoulder."),
     mct=["sawed-off single-barrel shotgun", "three shells in a sock", "Patriots beanie"],
     tags=["witness", "allow_clean"])

case(84, school="Snowden International School", recipient="bpd/district-d4", ground="serious_violence",
     when="2025-10-06 15:15", location="Copley Square, on the way to the T",
     name="Ryan Fallon", grade=12, decision="allow", key="stitches",
     desc=("After dismissal, on the walk to the T, Ryan and two friends surrounded K.A. (gr 10). Per K.A. "
           "and a witness who walked with him, Ryan said 'Roxbury kids don't belong at this school' and "
           "smashed a glass bottle over K.A.'s head. K.A. needed 14 stitches across the scalp at Tufts "
           "Medical Center and has a concussion. The witness (gr 10) says Ryan had a green Celtics "
           "jersey on. K.A. lives in Roxbury and rides the 15 bus in; he says Ryan's group has been "
           "saying things about where he lives since September."),
     mnc=["Roxbury"],
     mct=["glass bottle", "14 stitches", "green Celtics jersey"],
     cats=["neighborhood"], tags=["victim", "witness", "bias_motive", "allow_violence"])

case(85, school="Mildred Avenue K-8 School", recipient="bpd/district-b3", ground="weapon", weapon="BB gun",
     when="2026-03-20 13:10", location="Recess yard",
     name="Tavon Hicks", grade=8, decision="deny", reason="other",
     desc=("Tavon shot a 6th grader in the leg with a BB gun at recess; red welt, no broken skin. The 6th "
           "grader's grandmother, who speaks Haitian Creole, called and asked us to call the police. "
           "BB gun taken by SSS."),
     mnc=["Haitian Creole"],
     cats=["language"], tags=["victim", "parent_caller", "deny_replica"])

case(86, school="Boston Latin Academy", recipient="bpd/district-c11", ground="credible_threat",
     when="2026-01-14 19:30", location="Phone call to the headmaster",
     name="Owen Gallagher", grade=11, decision="allow", key="father's rifle",
     threat=("A parent called the headmaster at 7:30 PM on 1/14: her son received Snapchat messages from "
             "Owen saying he will bring 'my father's rifle' to the 1/16 assembly and 'end the kids who "
             "laughed at me', with a list of five first names including her son. Owen's father is a "
             "licensed hunter and keeps rifles at home (confirmed by a second parent)."),
     desc=("The parent who called (mother of an 11th grader on the list) forwarded the Snapchat "
           "screenshots at 7:45 PM. She said she is 'a green card holder, not a citizen' and asked if that "
           "would matter if she has to talk to the police; the headmaster told her it would not be part "
           "of the report. Messages say Owen will bring his father's rifle to the assembly on Friday and "
           "list five students. A second parent confirmed Owen's father hunts and keeps rifles in the "
           "house. Friday assembly postponed; BPD contacted at 8:05 PM."),
     attachments=[{"kind": "document", "name": "snapchat_screenshots_owen_0114.pdf"}],
     mnc=["green card"],
     mct=["father's rifle", "five students", "assembly"],
     cats=["immigration_status"], tags=["parent_caller", "threat_field", "allow_threat"])

case(87, school="Community Academy of Science and Health", recipient="bpd/district-b3", ground="drugs",
     substances=["counterfeit Percocet (suspected fentanyl)"],
     when="2026-04-16 07:30", location="School bus 1510",
     name="Andre Nash", grade=12, decision="allow", key="Percocet",
     desc=("The bus monitor on 1510, Ms. Dos Santos, saw Andre hand a 10th grader a small baggie of blue "
           "pills in exchange for cash in the back row. She knows the route because it goes past her own "
           "house on Bowdoin St. At school SSS searched Andre: 19 blue pills stamped 'A 215' in a baggie "
           "inside a sock, $260 cash. The 10th grader handed over two pills and said they were 'percs'. "
           "Ms. Dos Santos's written statement is attached."),
     mnc=["Bowdoin St"],
     mct=["19 blue pills", "A 215", "inside a sock"],
     cats=["neighborhood"], tags=["staff", "adult_witness", "allow_drugs"])

case(88, school="Boston Arts Academy", recipient="bpd/district-d4", ground="cyberbullying",
     when="2026-02-20 21:00", location="Instagram",
     name="Sofia Marino", grade=10, decision="deny", reason="ground_not_permitted",
     desc=("Sofia made a fake account posting a classmate's photos with captions about her being "
           "'an illegal' and from Honduras. Victim's parents want police involved."),
     mnc=["an illegal", "Honduras"],
     cats=["immigration_status", "national_origin"], tags=["victim", "deny_ground"])

case(89, school="Dorchester Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-12-19 13:20", location="2nd floor hallway by the elevator",
     name="Terrell Owens", grade=11, decision="allow", key="broken hand",
     desc=("Terrell was beating on a 9th grader by the elevator when an 11th grader, N.M., stepped in to "
           "pull him off. Terrell turned on N.M., slammed his hand in the elevator door twice and punched "
           "him. N.M. has a broken hand (two fingers, surgery Monday at BMC) and a bloody nose. The 9th "
           "grader had bruises only. N.M. told the AP he almost did not come forward because his work "
           "permit renewal is pending and he was scared any police contact would hurt it. Teacher Mr. "
           "Walsh and the elevator aide saw the end of it."),
     mnc=["work permit"],
     mct=["elevator door", "broken hand", "bloody nose"],
     cats=["immigration_status"], tags=["bystander", "victim", "allow_violence"])

case(90, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="knife",
     when="2026-03-23 08:50", location="Room 127",
     name="Bryan Cortez", grade=10, decision="allow", key="kitchen knife",
     desc=("Victim interview (gr 10, E.), 3/23, with counselor. E. says Bryan has been taking his lunch "
           "and money since January and this morning in room 127 before class "
           "put a kitchen knife against his ribs under the desk and said 'tomorrow bring 40'. E. came to "
           "this country as an unaccompanied minor and lives with a sponsor; he asked that police not "
           "contact the sponsor. Knife found in Bryan's backpack: black handle, 6 inch blade, wrapped in "
           "a paper towel. Classmate at the next desk saw the blade."),
     mnc=["unaccompanied minor"],
     mct=["kitchen knife", "against his ribs", "bring 40"],
     cats=["immigration_status"], tags=["victim", "witness", "allow_weapon"])

case(91, school="East Boston High School", recipient="cbp", ground="serious_violence",
     when="2026-04-03 11:45", location="Weight room",
     name="Anthony Russo", grade=12, decision="deny", reason="recipient_not_permitted",
     desc=("Anthony dropped a 45 lb plate on a junior's foot on purpose (three broken toes). The junior "
           "told the coach he was born in Brazil and is here on a tourist visa, and an officer from CBP "
           "asked the coach for the report."),
     mnc=["born in Brazil", "tourist visa"],
     cats=["national_origin", "immigration_status"], tags=["victim", "staff", "deny_recipient"])

case(92, school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     when="2025-11-12 09:55", location="Nurse's office",
     name="Devonte Price", grade=10, decision="allow", key="wrist",
     desc=("Nurse Rebecca Sloane's statement: Devonte came to the nurse's office angry after being sent "
           "out of class and demanded an ice pack. When I told him to sit he threw the blood pressure "
           "cuff machine at me and then twisted my arm behind my back until something cracked. The only "
           "other student in the office, a 9th grader who speaks Khmer and very little English, ran to "
           "the main office and brought Mr. Doyle. My right wrist is fractured (distal radius, Faulkner "
           "Hospital, cast 6 weeks). The 9th grader later showed the AP with gestures how Devonte held "
           "my arm."),
     extra={"witnesses": [{"grade": 9, "home_language": "Khmer", "interpreter_needed": True,
                           "ell_program": "SEI Khmer strand"},
                          {"role": "staff", "name": "Mr. Doyle"}]},
     mnc=["Khmer"],
     mct=["blood pressure cuff machine", "distal radius", "twisted my arm"],
     cats=["language"], tags=["staff", "victim", "witness", "structured_field", "allow_violence"])

case(93, school="Boston Community Leadership Academy", recipient="bpd/district-e18",
     ground="credible_threat",
     when="2026-03-04 12:30", location="Cafeteria",
     name="Jaquan Ellis", grade=11, decision="allow", key="handgun",
     threat=("At lunch on 3/4 Jaquan told a table of students that he and his brother are going to "
             "'shoot at the Bromley kids' when they get off the Orange Line after school on Thursday, "
             "and showed a photo on his phone of a handgun on his bed. Three students reported it "
             "separately."),
     desc=("Three students came to the dean during 5th period, separately, all saying Jaquan said at "
           "lunch he would shoot at a group of students after school Thursday and showed a photo of a "
           "handgun on his bed. The dean saw the photo on one student's phone (Jaquan had sent it to a "
           "group chat). Jaquan denies it. His mother has been called. Thursday dismissal coverage "
           "requested from BPD."),
     mnc=["Bromley"],
     mct=["photo of a handgun on his bed", "Thursday", "Three students"],
     cats=["neighborhood"], tags=["rival_group", "threat_field", "allow_threat"])

case(94, school="Edward M. Kennedy Academy for Health Careers", recipient="bpd/district-d4",
     ground="serious_violence",
     when="2025-10-14 08:40", location="Main stairwell, 2nd to 3rd floor",
     name="Dominic Ferraro", grade=11, decision="allow", key="broken leg",
     desc=("On the Tuesday after Indigenous Peoples' Day, at 8:40 AM, Dominic pushed L.S. (gr 11) down "
           "the main stairwell from the 2nd floor landing. L.S. fell about 12 steps and landed on the 3rd "
           "step from the bottom. L.S. has a broken leg (tibia) and a cut on the chin; EMS took him to "
           "Boston Children's. Two teachers at the bottom of the stairs saw Dominic at the top with both "
           "hands out. Dominic said L.S. had told people he stole from the HOSA club fundraiser."),
     mct=["Indigenous Peoples' Day", "about 12 steps", "tibia"],
     tags=["victim", "staff", "over_redaction_trap", "allow_clean"])

case(95, school="Charlestown High School", recipient="bpd/district-a15", ground="credible_threat",
     when="2026-05-26 10:00", location="Main office",
     name="Patrick Shea", grade=10, decision="deny", reason="missing_threat_statement",
     desc=("Per a phone call from a neighbor of the victim on Medford St: Patrick is telling people he "
           "will 'take care of' the Vietnamese boy who reported him. Need police to follow up."),
     mnc=["Medford St", "Vietnamese"],
     cats=["neighborhood", "ethnicity"], tags=["adult_witness", "witness", "deny_threat_missing"])

case(96, school="Brighton High School", recipient="bpd/district-d14", ground="weapon",
     weapon="pepper spray (mace)",
     when="2026-02-04 11:15", location="Cafeteria",
     name="Alexis Byrne", grade=9, decision="allow", key="mace",
     desc=("Alexis sprayed mace across a cafeteria table into the faces of two 9th grade girls, sisters "
           "(A. and M.). Both had burning eyes and coughing; nurse rinsed them, and M., who has asthma, "
           "was taken by EMS to St. Elizabeth's. Cafeteria monitor saw Alexis put the canister (red, "
           "'Sabre' brand) back in her bag; SSS recovered it. A. wrote a statement in her first "
           "language and it was translated; both versions attached."),
     attachments=[{"kind": "document", "name": "statement_A_original_Spanish.pdf"},
                  {"kind": "document", "name": "statement_A_English_translation.pdf"}],
     mnc=["Spanish", "first language", "translated"],
     mct=["mace", "Sabre", "asthma"],
     cats=["language"], tags=["victim", "sibling", "attachment_name", "allow_weapon"])

case(97, school="Another Course to College", recipient="bpd/district-e18", ground="drugs",
     substances=["heroin"],
     when="2026-01-27 16:45", location="Off campus; drugs obtained on school grounds",
     name="Cody Fitzgerald", grade=12, decision="allow", key="heroin",
     desc=("A 12th grader, J.W., overdosed at a friend's house after school and survived after the friend "
           "called 911 and gave Narcan. The friend told the AP the next morning that J.W. bought 'dope' "
           "from Cody in the school parking lot at 2:30, in a purple glassine bag stamped 'ROLEX'. The "
           "friend lives on Wellington Hill St and says officers can talk to her there with her mother. "
           "SSS searched Cody's car with the AP on 1/28 and found 6 more purple glassine bags stamped "
           "'ROLEX' in the glove box. BPD tested: heroin with fentanyl."),
     mnc=["Wellington Hill St"],
     mct=["purple glassine bag", "ROLEX", "glove box"],
     cats=["neighborhood"], tags=["victim", "witness", "allow_drugs"])

case(98, school="Madison Park Technical Vocational High School", recipient="mbta-transit-police",
     ground="serious_violence",
     when="2026-03-16 15:20", location="Ruggles station platform",
     name="Kenneth Blake", grade=11, decision="deny", reason="recipient_not_permitted",
     desc=("Kenneth pushed a 10th grader onto the platform edge and broke his wrist. Transit police asked "
           "for our report. The victim is from Haiti and came through the refugee program."),
     mnc=["from Haiti", "refugee"],
     cats=["national_origin", "immigration_status"], tags=["victim", "deny_recipient"])

case(99, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
     when="2026-04-30 15:10", location="Sidewalk and corner store across from the school",
     name="Marcus Delaney", grade=12, decision="allow", key="stab wounds",
     desc=("INCIDENT SUMMARY, prepared by AP S. Gutierrez with SSS Boyle and SSS Okafor, 4/30, 7 PM\n\n"
           "What happened. At about 3:10 PM, just after dismissal, a group of six or seven boys, including "
           "Marcus, came around the corner toward the bus line. Another group of boys was standing by the "
           "corner store across the street. Words were exchanged. Marcus crossed the street, pulled a "
           "knife from his waistband, and stabbed R.N. (gr 11) twice, once in the left side and once in "
           "the upper arm. R.N. ran into the corner store. Marcus ran back across the street and the "
           "group scattered.\n\n"
           "R.N. (victim). EMS 3:17 PM, Beth Israel. Per his father at 6 PM: two stab wounds, the one in "
           "the side went into the abdominal wall but not the organs; in surgery to clean and close. His "
           "father spoke with us through the district interpreter line in Cape Verdean Creole and said "
           "R.N. had told him the other group 'are from Bromley' and have been after him.\n\n"
           "Witnesses.\n"
           "- Store owner, Mr. Rahman: R.N. came in bleeding, he sat him down and pressed paper towels on "
           "the side wound and called 911. He saw 'the tall one with the knife' through the window: "
           "white tee, grey sweatpants, black slides. He has store camera footage (ordinary recorder) "
           "and will give it to police.\n"
           "- Ms. Harriet Cole, a neighbor who lives above the store at 212 Amory St, saw the whole thing "
           "from her window and called 911 before the store did. She says Marcus threw the knife under "
           "a parked silver minivan. She wants a detective to call her; she is home all day.\n"
           "- Bus monitor (Ms. Pina): saw Marcus run back across, 'holding his waistband'.\n"
           "- Two students (gr 10 and gr 11) filmed on their phones. Both videos show Marcus crossing "
           "the street. Copies with the AP.\n"
           "- Student (gr 9), R.N.'s cousin, was with R.N. at the store. He said the group with Marcus "
           "'is Cathedral' and that this started over a video.\n\n"
           "Evidence. SSS Boyle found a folding knife with a black handle under the silver minivan at "
           "3:40 PM and stood by until BPD took it at 3:55 PM.\n\n"
           "Marcus. Came back into the building at 3:30 PM through the gym door and was held in the "
           "office until BPD arrived. He said nothing. His mother was notified at 3:35 PM.\n\n"
           "Safety plan. R.N.'s cousin and two other students who were with R.N. are on an SSS escort "
           "to the bus for the rest of the week."),
     attachments=[{"kind": "video", "name": "student_video_1.mp4"},
                  {"kind": "video", "name": "student_video_2.mp4"}],
     mnc=["interpreter line", "Cape Verdean", "Bromley", "Amory St", "is Cathedral"],
     mct=["two stab wounds", "white tee, grey sweatpants, black slides", "silver minivan"],
     cats=["language", "neighborhood", "gang_affiliation"],
     tags=["victim", "witness", "bystander", "adult_witness", "rival_group", "parent_caller", "long",
           "allow_violence"])

case(100, school="Boston Latin Academy", recipient="bpd/district-c11", ground="credible_threat",
     when="2026-06-03 13:40", location="Library",
     name="Garrett Simmons", grade=10, decision="allow", key="pipe bomb",
     threat=("Garrett told a classmate in the library on 6/3 that he has 'a pipe bomb in the garage' "
             "and will put it 'under the Nepali kid's chair' during the final exam on 6/10. The "
             "classmate had seen a video on Garrett's phone of him testing something that exploded in "
             "a metal can. Garrett's browser history on his school Chromebook includes searches for "
             "'how to make a pipe bomb'."),
     desc=("The classmate (gr 10) came to the librarian, Ms. Reardon, at 1:40 PM and told her Garrett said "
           "he has a pipe bomb in his garage and will put it under another student's chair during the "
           "6/10 final. The classmate saw a video on Garrett's phone of a can exploding in a yard. IT "
           "pulled the Chromebook history: searches for pipe bomb instructions on 5/28 and 6/1. The "
           "student Garrett named (gr 10) has been told to stay home; when officers interview him they "
           "will need a Nepali interpreter, since his English is limited. Garrett is in the office with "
           "SSS; his parents are on the way."),
     mnc=["Nepali", "interpreter", "English is limited"],
     mct=["pipe bomb", "Chromebook history", "can exploding"],
     cats=["ethnicity", "language"], tags=["victim", "witness", "threat_field", "allow_threat"])


def main():
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
