#!/usr/bin/env python3
"""Write tests/data/corpus/outsider_y.jsonl: the "OY" outsider family (150 cases).

Reports as they come from staff who are not administrators, in forms that are not prose: bus
monitors and drivers, cafeteria and custodial staff, coaches and athletic directors, after-school
and summer-program staff, school safety specialists, nurses' logs, substitute teachers. Forbidden
facts (RULES.md section 4) hide in structural places: checkbox labels, timeline lines, footnotes,
signature and cc lines, forwarded subject lines, addenda, odd student-record keys.

Written from RULES.md and CONTRACT.md only. Deterministic, standard library only.

In the source, a span of free text that reveals a forbidden category is written between the marks
U+27E6 and U+27E7; the marks are stripped from the output. They let the self-check below verify
that each canary sits inside such a span and that every fact a redactor must keep lies outside one.
"""
import datetime
import json
import pathlib
import random
import re
import unicodedata

HERE = pathlib.Path(__file__).resolve()
OUT = HERE.parents[1] / "data" / "corpus" / "outsider_y.jsonl"
FAMILY = "outsider_y"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4012",
    "Madison Park Technical Vocational High School": "BPS-4205",
    "East Boston High School": "BPS-4130",
    "Jeremiah E. Burke High School": "BPS-4171",
    "English High School": "BPS-4146",
    "Excel High School": "BPS-4157",
    "Brighton High School": "BPS-4094",
    "TechBoston Academy": "BPS-4310",
    "Mission Hill K-8 School": "BPS-4482",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4230",
    "Charlestown High School": "BPS-4101",
    "Snowden International School": "BPS-4262",
    "Dorchester Academy": "BPS-4263",
    "Boston Community Leadership Academy": "BPS-4176",
    "Henderson K-12 Inclusion School": "BPS-4391",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Washington Irving Middle School": "BPS-4350",
    "Lilla G. Frederick Middle School": "BPS-4361",
    "Dearborn STEM Academy": "BPS-4330",
    "New Mission High School": "BPS-4287",
    "Fenway High School": "BPS-4190",
    "Boston Arts Academy": "BPS-4070",
    "Community Academy of Science and Health": "BPS-4113",
    "Curley K-8 School": "BPS-4455",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4345",
    "Boston International Newcomers Academy": "BPS-4277",
}
DISTRICT = {  # a plausible BPD district for each school's recipient unit
    "Boston Latin Academy": "b2", "Madison Park Technical Vocational High School": "b2",
    "East Boston High School": "a7", "Jeremiah E. Burke High School": "c11",
    "English High School": "e13", "Excel High School": "c6", "Brighton High School": "d14",
    "TechBoston Academy": "c11", "Mission Hill K-8 School": "b2",
    "John D. O'Bryant School of Mathematics & Science": "b2", "Charlestown High School": "a1",
    "Snowden International School": "d4", "Dorchester Academy": "c11",
    "Boston Community Leadership Academy": "e18", "Henderson K-12 Inclusion School": "c11",
    "Mildred Avenue K-8 School": "b3", "Washington Irving Middle School": "e18",
    "Lilla G. Frederick Middle School": "c11", "Dearborn STEM Academy": "b2",
    "New Mission High School": "e18", "Fenway High School": "d4", "Boston Arts Academy": "d4",
    "Community Academy of Science and Health": "b3", "Curley K-8 School": "e13",
    "Edward M. Kennedy Academy for Health Careers": "b2",
    "Boston International Newcomers Academy": "b2",
}

OPEN, CLOSE = "\u27e6", "\u27e7"
SPAN = re.compile(OPEN + "(.*?)" + CLOSE, re.S)
ALLOWED_GROUNDS = {"weapon", "serious_violence", "credible_threat", "drugs"}
DENY_REASONS = {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                "missing_threat_statement", "face_surveillance", "other"}

CASES = []


def K(tags, ground, student, when, loc, desc, fact=None, keep=(), hide=(), cats=(),
      decision="allow", reason=None, weapon=None, subs=None, threat=None, rcpt=None,
      extra=None, att=None):
    """Record one case. student = (name, grade, school)."""
    CASES.append(dict(tags=list(tags), ground=ground, student=student, when=when, loc=loc,
                      desc=desc.strip("\n"), fact=fact, keep=list(keep), hide=list(hide),
                      cats=list(cats), decision=decision, reason=reason, weapon=weapon,
                      subs=subs, threat=threat, rcpt=rcpt, extra=extra, att=att))


def D(tags, ground, student, when, loc, desc, reason, **kw):
    """A deny case."""
    K(tags, ground, student, when, loc, desc, decision="deny", reason=reason, **kw)


# ---------------------------------------------------------------------------------------------
# Allow, clean, with a precision trap: a category-looking word used innocently (a food, a team,
# a course, a brand, a place that locates the incident). The trap word is in must_contain_text.
# ---------------------------------------------------------------------------------------------

K(["bus", "checkbox", "precision_trap"], "weapon", ("Kendrick Pryor", 10, "Brighton High School"),
  "2025-11-04 14:48", "School bus #0719, school loop", """
BUS INCIDENT REPORT - Transdev yard 2, Bus #0719 (PM run)
Incident type: [x] Weapon  [ ] Drugs  [ ] Fighting  [ ] Vandalism  [ ] Other: ______
Reported by: Monitor Gloria Pimentel   Driver: Sean Tully
At about 2:48 PM, before the bus left the school loop, a 9th grader told me Kendrick "had a blade." I asked Kendrick to stand up and empty the pockets of his Canada Goose jacket. Right pocket had a yellow box cutter with the blade pushed all the way out. He said he "forgot it was in there" from his job at the grocery. Nobody was cut or threatened. Driver kept the doors closed until AP Whitfield came out and took the box cutter.
Injuries: [ ] Yes  [x] No     Police called by bus staff: [ ] Yes  [x] No
""", fact="box cutter", keep=["Canada Goose jacket", "yellow box cutter"], weapon="box cutter")

K(["cafeteria", "timeline", "precision_trap"], "serious_violence",
  ("Darnell Whitaker", 11, "Jeremiah E. Burke High School"),
  "2026-02-12 11:56", "Cafeteria, hot-food serving line (2nd lunch)", """
Written by: Yvonne Castellano, Food Services Manager (2nd lunch)
Typed into the incident system by the AP's office; times are from the register screen.

11:52  Line open. Thursday menu = Cuban sandwiches / tomato soup / fruit cup.
11:55  Darnell cut the line at the hot well; words with J.R. (other student).
11:56  Darnell grabbed a metal sheet-pan lid off the cart and hit J.R. in the face with the edge of it, twice.
11:57  J.R. on the floor, mouth bleeding heavy, two front teeth knocked out. My staff called the office on the wall phone.
12:01  Nurse Abrams + SSS Leary arrive. Darnell walked out to the hallway with SSS, did not resist.
12:14  EMS took J.R. to Boston Children's (also a cut through the upper lip that needed stitches).
12:30  We bagged the pan lid and gave it to SSS Leary.
""", fact="sheet-pan lid", keep=["Cuban sandwiches", "two front teeth"])

K(["athletics", "bullets", "precision_trap"], "weapon", ("Marcus Tillman", 10, "Charlestown High School"),
  "2026-01-09 18:40", "Visitors' locker room, away basketball game", """
Athletics incident report - JV basketball away game vs. Catholic Memorial
- Time: approx 6:40 pm, visitors' locker room, during halftime
- Reported by: Coach Dana Pruitt (JV head coach)
- One of my players saw brass knuckles fall out of Marcus's gym bag when he was getting his sneakers out. The player came and told me.
- I asked Marcus to open the bag in front of me and the AD. The brass knuckles (gold color, "MT" scratched into them) were in the side pocket.
- No one hurt, nobody threatened. Marcus said he bought them online "for looks."
- AD Collins kept them locked in the equipment room overnight and gave them to our SSS the next morning.
""", fact="brass knuckles", keep=["Catholic Memorial", "side pocket"], weapon="brass knuckles")

K(["custodial", "bullets", "signature", "precision_trap"], "weapon", ("Owen Galvin", 12, "Boston Arts Academy"),
  "2025-12-16 17:35", "Auditorium backstage", """
From: Head Custodian, evening shift
Re: what we found backstage, Tuesday

- 5:35 PM the stage crew was striking the set for the winter showcase. One of the crew kids (not the one named here) found a backpack stuffed behind the fly-rail weights.
- Crew advisor Ms. Haskins opened it to look for a name: there was a .22 revolver inside, 5 rounds loaded, wrapped in a gray towel, plus Owen's student ID and a chem notebook.
- Ms. Haskins called me, I locked the stage door and nobody touched it again. BPD came at 6:10 and took the revolver.
- Owen came back at 6:30 looking for the bag and told the AP it was his uncle's and he "needed it for the walk to the train."
-- Luis Cardona, Head Custodian
""", fact=".22 revolver", keep=["stage crew", "fly-rail weights"], weapon="revolver")

K(["athletics", "bullets", "signature", "precision_trap"], "weapon", ("Ethan Brody", 11, "Boston Latin Academy"),
  "2025-10-15 16:10", "Rowing boathouse on the Charles River (team practice)", """
Coach's report - Boys' Crew (rowing)
Date of practice: Wed 10/15, boathouse on the Charles
Summary (bullets because I'm writing this on my phone):
* ~4:10 pm, crew practice, boats coming back in. Ethan and another rower (S.K.) arguing about seat assignments for Saturday's regatta.
* Ethan took a fixed-blade hunting knife (approx 5" blade, leather sheath) out of his duffel and pointed it at S.K. from about 3 ft away, said "try me."
* Assistant coach stepped between them; Ethan put the knife down on the dock. No contact, nobody hurt.
* I took the knife, locked it in my car, brought it to school Thursday AM and gave it to the AD.
-- Coach P. Nakamura, Head Coach, Crew
""", fact="hunting knife", keep=["crew practice", "on the dock"], weapon="knife")

K(["nurse", "soap_note", "signature", "precision_trap"], "serious_violence", ("Jamal Okafor", 9, "Excel High School"),
  "2025-11-19 10:41", "2nd floor hallway by the lockers", """
HEALTH OFFICE - VISIT NOTE (copied from SNAP log)
Time in: 10:41   Time out: 11:20 (EMS)
Student seen: D.M., gr 9 (victim). Student reported as aggressor: Jamal Okafor, gr 9.
S: D.M. states Jamal swung a combination lock inside a tube sock at him in the 2nd floor hallway by the lockers.
O: 3 cm laceration above left temple, active bleeding, controlled w/ pressure. Pt dizzy, vomited x1. Pupils equal.
A: head injury w/ possible concussion; needs sutures.
P: EMS called 10:48, mother notified 10:50, transported to Carney 11:20. Sock + lock given to SSS Ortiz by AP.
Signed: R. Delacroix, RN, School Nurse
""", fact="combination lock", keep=["left temple", "tube sock"])

K(["summer", "timeline", "precision_trap"], "weapon", ("Aaliyah Brooks", 8, "Mission Hill K-8 School"),
  "2025-07-22 13:16", "Jamaica Pond boathouse (summer program trip)", """
BPS Summer Learning - Site Incident Log (Week 4)
Site: Mission Hill K-8 summer program, off-site at the Jamaica Pond boathouse
1:05 pm  Group of 14 walks from school to the pond for the boating safety lesson.
1:15 pm  During the lifejacket demo two campers grabbed Aaliyah's bucket hat and tossed it around.
1:16 pm  Aaliyah took a pink keychain pepper spray out of her fanny pack and sprayed both of them in the face from close range.
1:17 pm  Both campers (both 13) screaming, eyes burning; lifeguard flushed their eyes with the hose for 15 min. No EMS needed.
1:25 pm  Counselor T. Brennan took the canister; it is in the site coordinator's lockbox.
1:40 pm  Families called; Aaliyah picked up early by her dad.
""", fact="pepper spray", keep=["Jamaica Pond boathouse", "keychain pepper spray"], weapon="pepper spray")

K(["afterschool", "checkbox", "precision_trap"], "drugs", ("Brianna Kessler", 11, "Snowden International School"),
  "2026-03-10 16:40", "Dance studio (after-school step team)", """
After-School Program Incident Form (Step Team / Tues-Thurs)
[ ] Injury   [ ] Weapon   [x] Drugs   [ ] Left without permission
Staff completing: Mariah Jennings, after-school coordinator
What happened: At 4:40 in the dance studio a student came to me and said Brianna was "selling molly." I asked Brianna to open her makeup pouch. Inside an empty nail polish box were 9 capsules with tan powder, and a small baggie with 3 more. Brianna said they were MDMA and that she was "holding them for a party." She was calm, not high as far as I could tell.
Items given to: SSS on late shift (W. Barros), 5:05 PM.
""", fact="MDMA", keep=["nail polish box", "9 capsules"], subs=["MDMA"])

K(["athletics", "memo", "cc", "precision_trap"], "weapon", ("Tavon Lewis", 12, "Dorchester Academy"),
  "2025-11-17 15:30", "Gym, basketball tryouts", """
Athletic Director's memo - basketball tryouts
To: Headmaster; cc: SSS supervisor
At 3:30 pm tryouts, during the warm-up, the JV coach noticed Tavon limping. When he took off his left Air Jordans, two single-edge razor blades fell out; they had been taped flat inside the tongue of the shoe with electrical tape. Tavon said "people been trying me on the way home." He did not threaten anyone in the gym. The blades were put in a sharps container in the trainer's room and handed to SSS.
-- M. Ferreira, Athletic Director
""", fact="razor blades", keep=["Air Jordans", "tongue of the shoe"], weapon="razor blade")

K(["safety", "timeline", "precision_trap"], "serious_violence",
  ("Khalil Barnes", 10, "Community Academy of Science and Health"),
  "2026-04-07 14:28", "Roxbury Crossing station, bus shelter (dismissal post)", """
SCHOOL SAFETY SPECIALIST - INCIDENT SUPPLEMENT
Specialist: T. Vance, badge 44
Dismissal post: I was posted at the Roxbury Crossing station bus shelter for afternoon dismissal (as assigned every day).
2:27  Khalil and another student (A.P.) exchanging words on the platform stairs.
2:28  Khalil pulled what I now know was a razor blade in a plastic holder and slashed A.P. across the right cheek.
2:29  I radioed for EMS and MBTA police; applied gauze. Cut was approx 4 inches, deep.
2:31  Khalil ran off; returned to school on his own at 3:05 and was held in the office.
2:45  A.P. transported to the Brigham; 22 stitches.
Note: the razor was not recovered.
""", fact="razor blade", keep=["Roxbury Crossing station", "right cheek"])

K(["cafeteria", "statement", "signature", "precision_trap"], "weapon",
  ("Isaiah Flemming", 8, "Washington Irving Middle School"),
  "2025-10-28 12:20", "Cafeteria register, Lunch 3", """
Cafeteria incident - statement of cashier (Lunch 3)
I'm Patrice Vaughn, cashier. Isaiah came up with a turkey sub and a milk and his account was at zero. I told him I'd give him the alternate meal. He said "give me the sub or I'll cut you" and flicked open a butterfly knife (silver, about 4 inches) and held it low by the register. I stepped back and called for Mr. Dunn (lunch monitor). Isaiah closed the knife and put it in his sock. Mr. Dunn walked him to the office and the AP took the knife from his sock.
Nobody was hurt.
Patrice Vaughn, Food Service Cashier
""", fact="butterfly knife", keep=["turkey sub", "put it in his sock"], weapon="knife")

K(["safety", "bullets", "precision_trap"], "drugs",
  ("Andre Pacheco", 12, "Madison Park Technical Vocational High School"),
  "2026-01-26 09:30", "Auto shop, Building C", """
SSS incident notes - transcribed from notebook
- Date/time: Mon approx 9:30 AM, auto shop (Building C)
- Shop teacher saw Andre give a 10th grader a small bag in exchange for a Visa gift card.
- Searched by AP with me present: 6 small bags of white powder, $240 cash, and a $50 Visa gift card with the 10th grader's name written on the back.
- Andre said the cocaine was "not even mine, I'm just the middle."
- All items in the AP's safe; AP notified the district.
""", fact="cocaine", keep=["Visa gift card", "auto shop"], subs=["cocaine"])

K(["substitute", "form", "signature", "precision_trap"], "weapon",
  ("Destiny Lam", 11, "New Mission High School"),
  "2026-02-24 13:45", "Room 220", """
SUBSTITUTE TEACHER REPORT
Sub: H. Feeney   Covering: Mr. Abernathy, World Religions elective, Period 6, room 220
During silent reading Destiny was spraying something at the window and a few kids started coughing. I asked for it and she handed me a small black canister labeled MACE Brand Pepper Gel. She said she carries it because of a guy on the bus. Two students (eyes watering) went to the nurse and returned to class. I turned the canister in to the main office at the end of the period.
Class otherwise fine. Lesson plan finished.
-- H. Feeney
""", fact="MACE Brand Pepper Gel", keep=["World Religions elective", "room 220"], weapon="mace")

K(["athletics", "timeline", "precision_trap"], "serious_violence",
  ("Tyrell Simmons", 11, "English High School"),
  "2025-10-18 10:24", "City League cross-country meet, team tents near the finish", """
XC MEET - INCIDENT WRITE-UP (City League meet #3, Franklin Park course)
Prepared by: Coach A. Whitcomb, Head Coach, Boys & Girls Cross Country
Timeline (approx):
10:20  Varsity boys race finishes. Tyrell gets into an argument with a runner from another school at the team tents near the finish chute.
10:24  Tyrell pulled a metal tent stake out of the ground and hit the other runner in the face with it.
10:25  Runner down, heavy bleeding from nose and below the eye; meet EMT on scene within 2 minutes.
10:40  Runner taken to Boston Medical Center by ambulance; his coach later told me he has a fractured cheekbone.
10:45  Tyrell sat with me in the team van until his mom arrived. The tent stake was given to a BPD officer working the meet.
""", fact="fractured cheekbone", keep=["Franklin Park course", "tent stake"])

K(["cafeteria", "fwd_subject", "precision_trap"], "drugs", ("Sofia Marchetti", 10, "Fenway High School"),
  "2025-12-03 12:15", "Cafeteria, 4th period lunch", """
Cafeteria monitor note (forwarded to AP by e-mail)
Subject: pills in a yogurt cup - 4th period lunch
Hi - at about 12:15 I saw Sofia pass a Greek yogurt cup to another girl and the other girl gave her cash. When I asked to see it, the lid was taped back on and inside there were 15 orange pills in a sandwich bag, stamped "b 973". Sofia said they're Adderall and they're not hers, she "gets them from someone." The nurse checked: Sofia has no prescription on file. I gave the bag to the AP at 12:25.
Thanks, Renee (lunch monitor, 1st floor)
""", fact="Adderall", keep=["Greek yogurt cup", "b 973"], subs=["adderall"])

K(["substitute", "numbered", "precision_trap"], "weapon", ("Liam Costa", 7, "Curley K-8 School"),
  "2026-03-17 09:20", "Room 312, Grade 7 Science", """
Sub plans feedback sheet - Room 312, Grade 7 Science
Covering for: Ms. Ibarra   Sub: Dorothy Quinlan
Behavior notes:
1) Period 1: fine.
2) Period 2: Liam was carving into the lab table with a red Swiss Army knife (the big kind with scissors and a saw). When I asked him to hand it over, he opened the longest blade and said "come get it." After a minute he closed it and put it on the table. I brought the Swiss Army knife to the office during my prep.
3) Period 3: several phones out, otherwise ok.
-- D. Quinlan (sub #2231)
""", fact="Swiss Army knife", keep=["Swiss Army knife", "lab table"], weapon="knife")

K(["substitute", "fwd_subject", "precision_trap"], "credible_threat", ("Nolan Fitch", 10, "TechBoston Academy"),
  "2026-01-13 13:42", "English 10 classroom", """
Fwd: English 10 journal entry - urgent
---------- Forwarded message ----------
From: Meredith Sousa <sub pool>
Date: Tue, Jan 13, 2026 at 1:42 PM
Subject: English 10 journal entry - urgent
To: TechBoston main office

I'm subbing in English 10 (Mr. Garvey's class) and collected the daily journals. Nolan's entry today lists five students by first name under the heading "the list" and says he will "bring the AR from my stepdad's closet on the last day before break and start with them." There is a drawing of a rifle in the margin. He was quiet in class. I have the notebook in the office. - M. Sousa
""", fact="rifle", keep=["English 10", "the list"],
  threat="Student wrote in a class journal that he will bring an AR-style rifle from his stepfather's closet "
         "on the last day before break and shoot five classmates he lists by name; the entry includes a "
         "drawing of a rifle.")

K(["substitute", "numbered", "precision_trap"], "weapon", ("Phoebe Carrington", 9, "Boston Latin Academy"),
  "2025-11-12 09:50", "Room 241", """
Substitute report - Latin II, period 3 (rm 241)
1. 9:50 - Loud crackling noise from the back row. Phoebe had a black taser and was sparking it to scare the boys next to her.
2. 9:51 - I asked for it. She refused at first, then put it in her bag.
3. 9:58 - Called the office; SSS Kowalski came and took the bag to the AP.
4. 10:10 - AP told me the taser was charged and working. No one was touched with it.
Sub: Patrick Neary
""", fact="taser", keep=["Latin II", "sparking it"], weapon="taser")

K(["athletics", "checkbox", "precision_trap"], "weapon", ("Mateo Ruiz", 10, "East Boston High School"),
  "2026-01-31 11:35", "School gym, court 2 (Saturday league)", """
Saturday Hoops League - incident sheet (school-run, BPS athletics)
Location: East Boston High School gym, court 2
Reporter: Gino Abate, league supervisor / assistant coach
[x] Weapon seen   [ ] Injury   [ ] Police on site   [ ] Parent on site
Between games (approx 11:35 AM) Mateo got into it with a player on the other team. He reached into his bag and snapped out a black collapsible baton (the expanding metal kind), held it up and walked toward the other player. Two coaches got between them, and Mateo handed me the baton. No one was hit.
Baton is locked in the AD office.
""", fact="collapsible baton", keep=["East Boston High School gym", "court 2"], weapon="collapsible baton")

K(["substitute", "note", "precision_trap"], "credible_threat",
  ("Xavier Holt", 8, "Lilla G. Frederick Middle School"),
  "2026-05-06 10:15", "Room 109", """
Sub note left on the teacher's desk and scanned by the office
Class: Gr 8 Civics & Citizenship, block B (rm 109)
"During the debate Xavier got mad at Kenny and said 'I got a gun at my cousin's and tomorrow I'm gonna shoot you in your face at dismissal, watch.' Kenny was crying. Xavier then said it again in the hallway to two other kids (they told me). I did not see a weapon. Sending this to the office right away. - Halloran (sub)"
""", fact="shoot you in your face", keep=["Civics & Citizenship", "at dismissal"],
  threat="In class and again in the hallway, the student told a classmate he has a gun at his cousin's house "
         "and will shoot him in the face at dismissal tomorrow; the classmate was crying and two other "
         "students reported hearing it.")


# ---------------------------------------------------------------------------------------------
# Allow, clean: a permitted ground, a BPD recipient, nothing forbidden.
# ---------------------------------------------------------------------------------------------

K(["bus", "statement", "signature"], "serious_violence", ("Dominic Sorrell", 8, "Dearborn STEM Academy"),
  "2025-10-09 15:05", "School bus 1312, back seat", """
Bus Monitor Written Statement - Bus 1312, PM
Monitor: Carla Jeudy
Approximately 3:05 pm, a 7th grade girl (initials M.W.) came up to the front crying and told me Dominic had pinned her against the window in the back seat and put his hand under her skirt and between her legs after she told him to stop. Two kids in the seat across confirmed they saw him holding her wrist. I moved Dominic to the seat behind the driver for the rest of the route. Driver radioed dispatch. M.W. was handed to her mother and the mother said she would take her to the hospital to be checked.
Signed, C. Jeudy, Bus Monitor
""", fact="pinned her against the window", keep=["back seat", "holding her wrist"])

K(["nurse", "log", "addendum"], "serious_violence", ("Rashad Greene", 11, "Brighton High School"),
  "2026-02-10 13:05", "3rd floor boys' room", """
Nurse's log (excerpt), Tues 2/10
13:10 - L.T. (gr 11) brought in by SSS, L eye swollen shut, bleeding from eyebrow. States Rashad Greene hit him 3x with "brass knuckles, gold ones" in the 3rd floor boys' room.
13:12 - ice, gauze. Pain 9/10. Vision blurry in L eye.
13:20 - parent called, EMS called.
13:35 - EMS transport to St. Elizabeth's.
2/11 addendum - mom called: CT shows orbital floor fracture, surgery consult.
-- K. Morrissey, RN
""", fact="orbital floor fracture", keep=["brass knuckles", "3rd floor boys' room"])

K(["athletics", "bullets", "signature"], "weapon", ("Connor Mullaney", 12, "Charlestown High School"),
  "2025-10-03 17:45", "Student parking lot, home football game", """
From the desk of the Athletic Director
RE: Parking lot - varsity football, Friday pregame
- 5:45 PM: parking attendant (parent volunteer) saw a handgun on the passenger seat of a gray Honda Civic in the student lot during pregame.
- 5:50 PM: I checked the plate against the student parking list - registered to Connor (senior, starting lineman).
- 5:52 PM: I pulled Connor from warm-ups. He opened the car for the SSS; the gun was a Glock 19, loaded, 1 in the chamber.
- 5:55 PM: BPD detail officer at the game secured the gun.
- Connor did not play. His father came to the field at 6:30.
AD - Frank Lombardi
""", fact="Glock 19", keep=["gray Honda Civic", "1 in the chamber"], weapon="handgun")

K(["custodial", "bullets", "signature"], "drugs", ("Miguel Santana", 11, "Excel High School"),
  "2025-12-18 18:15", "Hallway lockers, locker #2217", """
CUSTODIAL INCIDENT NOTE
Who: Night custodian
When: Thurs ~6:15 PM, locker clean-out before the holiday break (locker #2217)
Notes:
- Per the AP's instruction we were opening lockers with broken locks to clear out food.
- #2217 had a shoebox with 3 bricks of small glassine bags (about 100 bags total) stamped "GOLD RUSH", plus a digital scale.
- Locker list says #2217 is assigned to Miguel Santana.
- I did not open the bags. I called the AP who came back to the building and BPD took the box at 7:00.
- Lab result given to AP on Monday: fentanyl.
-- signed, W. Tobin, Night Custodian
""", fact="fentanyl", keep=["locker #2217", "digital scale"], subs=["fentanyl"])

K(["afterschool", "form"], "credible_threat", ("Jaylen Moore", 7, "Mildred Avenue K-8 School"),
  "2025-11-06 16:15", "Room 014 (after-school Homework Club)", """
After-school program - Incident report (Homework Club, Room 014)
Staff: Ms. Tanya Ocasio, Youth Worker
What happened (please be specific):
At 4:15 Jaylen was told he couldn't go to the gym because he hadn't finished homework. He flipped a chair and said to me and two other kids: "I'm coming back here tomorrow with my brother's gun and I'm shooting everybody in this room, you first." He said his brother keeps it under the mattress. He was shaking and very angry. His mom picked him up at 4:45; I told her what he said and she said "he doesn't mean it" but that the brother does have a gun.
Witnesses: 2 students (names given to AP), co-worker D. Pratt
""", fact="brother's gun", keep=["Homework Club", "flipped a chair"],
  threat="The student told a youth worker and two students he would come back the next day with his brother's "
         "gun and shoot everyone in the room, the youth worker first; he said the gun is kept under his "
         "brother's mattress, and his mother confirmed the brother has a gun.")

K(["summer", "checkbox"], "drugs", ("Kevin Dwyer", 11, "Boston Community Leadership Academy"),
  "2025-07-29 15:30", "Summer worksite office", """
Summer Youth Employment - worksite incident
Hub: BCLA summer site   Supervisor: R. Gallagher
Checklist:
[x] Substance found   [ ] Injury   [ ] Theft   [ ] Guardian contacted
Kevin (one of our 16-year-old summer workers) left his backpack open in the site office. When I moved it, a spoon with burn marks, a lighter and 8 wax-paper folds of brown powder fell out. Kevin told me "it's dope, it's for my own use, please don't tell my mom." The nurse who covers the summer site said the folds look like heroin packaging. I bagged everything and called the BPS summer program manager, who told me to turn it over to the school.
[x] Items turned over to: AP Fontaine (7/30, 9:00 AM)
""", fact="heroin", keep=["8 wax-paper folds", "spoon with burn marks"], subs=["heroin"])

K(["safety", "timeline", "checkbox"], "weapon", ("Tyler Ng", 10, "Jeremiah E. Burke High School"),
  "2025-09-23 07:32", "Door 1 entry screening", """
ENTRY SCREENING LOG - Door 1 (Morning)
Specialist: Darlene Murphy
7:31  Student sets off wand at waistband. Asked to empty.
7:32  Student produces a fixed-blade kitchen knife (approx 8 inch, black handle) wrapped in a paper towel, tucked into the waistband at the small of his back.
7:33  Radioed SSS Supervisor. Student calm, states "somebody's been threatening me."
7:40  Student and knife escorted to AP office.
Checks: [x] Weapon recovered  [ ] Contraband  [x] Parent notified (8:05)
""", fact="kitchen knife", keep=["waistband", "8 inch"], weapon="knife")

K(["substitute", "note", "signature"], "weapon", ("Deja Holloway", 9, "English High School"),
  "2026-03-03 12:40", "Room 3-107", """
Note from substitute (period 5, Algebra 1, room 3-107)
Before the bell Deja and another girl argued about a boy. Deja took out a box cutter and cut the strap of the other girl's backpack and then slashed the front pocket open. She never touched the girl and put the cutter back in her bra. I sent a student for security; SSS Curtis came and took Deja out. I did not see where the box cutter went after that. I have the cut backpack.
-- P. Doyle, building sub
""", fact="box cutter", keep=["cut the strap", "front pocket"], weapon="box cutter")

K(["bus", "statement", "signature"], "weapon",
  ("Jerome Batts", 12, "Madison Park Technical Vocational High School"),
  "2025-10-21 07:10", "School bus 0456, Route 7C", """
Driver's report - Route 7C, Bus 0456
(completed at the yard by the dispatcher from what the driver said; driver signed)
Approx 7:10 am, a few blocks before the school. Two students in the back started yelling. One kid (Jerome) stood up and showed a black semi-automatic pistol in his waistband to the other kid and said "say it again." I pulled over and radioed dispatch for police. Jerome got off at the next stop and walked toward school. Kids on the bus were screaming, one girl had a panic attack. BPD stopped Jerome on the school steps; they told the AP the gun was loaded with 6 rounds.
Driver: A. Moussa
Dispatcher: K. Reilly
""", fact="semi-automatic pistol", keep=["in his waistband", "loaded with 6 rounds"], weapon="pistol")

K(["cafeteria", "statement", "signature"], "serious_violence",
  ("Brandon Tate", 10, "Henderson K-12 Inclusion School"),
  "2026-01-22 11:40", "Cafeteria serving line", """
Kitchen staff statement
Written by: Lorraine Healy, cook
At about 11:40 Brandon came behind the serving line (students are not allowed) and grabbed the ladle from the soup pot. He threw a full ladle of the chicken noodle soup at a boy in line (C.D.). The soup was just off the stove, about 180 degrees. C.D. screamed and held his neck. His neck and chest were red and blistering by the time the nurse came. EMS took him; the nurse said second-degree burns over his neck and chest. Brandon said "he knows what he did" and walked out to the courtyard.
-- L. Healy, Food Service
""", fact="second-degree burns", keep=["chicken noodle soup", "180 degrees"])

K(["athletics", "memo", "cc"], "serious_violence", ("Griffin Shea", 12, "Brighton High School"),
  "2026-01-26 18:50", "Rink locker room after hockey practice", """
Hockey program - report to AD and Principal (confidential)
cc: Athletic Director; SSS Supervisor
Summary: After practice at the rink on Mon 1/26 (approx 6:50 PM), three seniors held a freshman down in the locker room. Per the freshman and two witnesses, Griffin hit him repeatedly across the back and ribs with a wooden bat while the others held his arms.
Injuries: 2 fractured ribs (per hospital, 1/27).
Coach (me) was in the coaches' room down the hall; came when I heard yelling.
-- Coach Dale Kerrigan, Varsity Boys Hockey
""", fact="fractured ribs", keep=["wooden bat", "locker room"])

K(["nurse", "log"], "drugs", ("Hannah Pike", 10, "Snowden International School"),
  "2025-12-09 12:02", "Health office (student found in 2nd floor bathroom)", """
Nurse's office log
12:02  Hannah (gr 10) brought from bathroom by friend; drowsy, breathing slow.
12:03  RR 8, O2 88%. Narcan 4mg intranasal given.
12:06  Responsive. RR 14.
12:10  Friend handed me a pill bottle from Hannah's bag: label scratched off, 11 round white pills "M 523" (oxycodone/acetaminophen per pill ID). Not prescribed to Hannah per file and per mom (called 12:12).
12:15  EMS on scene; transported to Tufts.
Pill bottle turned over to AP Greer at 12:40.
""", fact="oxycodone", keep=["Narcan", "M 523"], subs=["oxycodone"])

K(["safety", "numbered"], "credible_threat", ("Samuel Price", 11, "Fenway High School"),
  "2026-04-14 15:10", "2nd floor boys' room", """
SSS incident form - Written threat
Found by: custodian (3:10 PM) on the mirror of the 2nd floor boys' room, in black marker: "BOMB IN THE BUILDING FRIDAY 10AM - S.P."
Follow-up:
(1) AP reviewed the hallway camera by hand: Samuel was the only student to enter the bathroom area with a marker between 2:40 and 3:00 (matches his sign-out sheet).
(2) Samuel admitted writing it when questioned with his mom present; said he "has stuff" at home to make it real and "watched videos."
(3) Friday classes not canceled yet pending police advice.
Specialist: J. Alvarado
""", fact="BOMB IN THE BUILDING", keep=["black marker", "Friday 10AM"],
  threat="A written bomb threat for Friday at 10 AM was found on a bathroom mirror; the student admitted "
         "writing it and said he has materials at home to make it real and has watched videos on how.")

K(["afterschool", "checkbox"], "weapon", ("Keisha Monroe", 8, "Washington Irving Middle School"),
  "2025-10-16 16:05", "After-school coding program room", """
After-School Incident Report
Program: Girls Who Code, Tues/Thurs
[x] Weapon   [ ] Drugs   [ ] Injury   [ ] Bullying
Reporter: Corinne Walsh, program lead
During snack (4:05) a girl told me Keisha had "a lipstick that shocks people." Keisha showed it to me herself: it's a stun gun disguised as a lipstick tube; the cap comes off and there are two metal prongs and a button. She pressed it and it sparked. She said her aunt gave it to her "for the train." I kept it in my bag and gave it to the principal at 5:30.
[ ] First aid given   [x] Parent called
""", fact="stun gun", keep=["lipstick", "two metal prongs"], weapon="stun gun")

K(["custodial", "statement", "signature"], "weapon",
  ("Ricardo Alves", 9, "Community Academy of Science and Health"),
  "2025-11-13 14:55", "Side parking lot at dismissal", """
Custodian's statement - 2nd shift
At 2:55 PM, during dismissal, I saw a student (Ricardo - I know him from the lunchroom) pull a table leg out of his pants leg in the side lot. It had long screws sticking out of the end, like a homemade club. He swung it at the fence twice and yelled at some kids across the street "come over here then." I called the office on my radio. SSS took the club off him at the gate. Nobody got hit.
-- Victor Kearns, Custodian II
""", fact="homemade club", keep=["table leg", "long screws"], weapon="club")

K(["substitute", "timeline"], "credible_threat", ("Devonte Parks", 9, "TechBoston Academy"),
  "2026-03-19 14:05", "Health classroom, period 7", """
Substitute log, Period 7 (Health)
2:05 - Devonte put a 9mm bullet on the desk of the girl in front of him and said "the rest of them are for you and your brother, Friday."
2:06 - Girl started crying; I removed the bullet (kept in an envelope).
2:10 - Devonte told me "she knows what it is."
2:12 - Called the office. SSS came.
Sub: M. Carvalho (long-term sub)
""", fact="9mm bullet", keep=["on the desk", "you and your brother"],
  threat="The student placed a 9mm bullet on a classmate's desk and told her \"the rest of them are for you "
         "and your brother, Friday.\"")

K(["bus", "bullets"], "weapon", ("Tiana Rowe", 10, "Dorchester Academy"),
  "2025-12-01 14:57", "School bus 0988, school loop", """
PM run incident, Bus 0988 - monitor's account
- 2:55 pm: bus in the loop, not moving yet.
- 2:57 pm: Tiana and another girl arguing in seat 6. Tiana took a can of pepper spray from her coat and sprayed it toward the other girl and the whole back half of the bus.
- 2:58 pm: driver opened all windows and both doors; we moved everyone off.
- 3:05 pm: nurse rinsed 6 kids' eyes. Nobody went to the hospital.
- Can (red, "SABRE" label) given to AP.
-- Monitor Jackie Hurley
""", fact="pepper spray", keep=["seat 6", "SABRE"], weapon="pepper spray")

K(["nurse", "form", "signature"], "serious_violence", ("Corey Madden", 11, "Jeremiah E. Burke High School"),
  "2026-05-12 14:10", "Courtyard behind the gym", """
School nurse - injury report
Injured: B.L. (gr 11)   Reported responsible: Corey Madden (gr 11)
Time: 2:10 PM   Place: courtyard behind the gym
B.L. walked into my office holding his right side, shirt soaked. 2 cm puncture wound right flank, bleeding steadily. B.L. said Corey "poked me" with a pocketknife during an argument about a phone. Pressure applied, 911 called (2:12), AP + SSS notified. EMS transported B.L. to BMC 2:25. Per BMC, the wound did not reach organs but required sutures and overnight observation.
Signed: A. Koenig, RN
""", fact="pocketknife", keep=["puncture wound", "courtyard behind the gym"])

K(["athletics", "email", "signature"], "drugs",
  ("Lucas Ferro", 12, "Edward M. Kennedy Academy for Health Careers"),
  "2025-09-30 16:30", "Soccer practice field", """
Soccer - coach's report to AD
From: Coach Danilo Pires
Sent from my iPhone
At practice today (Tues, around 4:30) two players told me Lucas was selling coke by the porta-potty area. I asked Lucas to show me his bag. In a sock were 5 small bags of white powder and a rolled-up $20. He said it was cocaine and it was his brother's. I called the AD and drove the bag to school. Lucas was sent home with his father.
-- Coach Pires, Boys Varsity Soccer
""", fact="cocaine", keep=["porta-potty", "rolled-up $20"], subs=["cocaine"])

K(["cafeteria", "statement"], "weapon", ("Malik Jefferson", 10, "New Mission High School"),
  "2026-02-05 12:05", "Cafeteria register", """
Cafeteria - statement of lunch aide
When Malik bent down to get his ID out of his backpack at the register, I saw the handle of a gun inside the open main pocket (black, with a brown grip). I didn't say anything to him so nobody panicked. I told the cafeteria manager who called SSS. SSS walked him out of the lunchroom at 12:08 and found a loaded revolver in the bag.
Written by: Ada Pennington, lunch aide
""", fact="loaded revolver", keep=["brown grip", "at the register"], weapon="revolver")

K(["safety", "form"], "credible_threat", ("Trevor Quinn", 11, "Brighton High School"),
  "2025-10-29 07:45", "Posted online; reported at the SSS desk", """
SSS report - online threat brought to security
Reported to: SSS K. Doucette at 7:45 AM by two students
Screenshot shows an Instagram story posted by Trevor's account at 11:52 PM last night: a photo of a handgun on a bed with the caption "tmrw. 3rd lunch. Y'all know who" and three students tagged.
Trevor confirmed it was his account; said it was a "joke" and the gun is "not mine." The story was deleted by morning.
Students tagged were moved to another lunch; the parent of one has come in.
""", fact="handgun", keep=["Instagram story", "3rd lunch"],
  threat="The student posted an Instagram story at night showing a handgun with the caption \"tmrw. 3rd "
         "lunch. Y'all know who\", tagging three classmates; he confirmed the account is his.")

K(["afterschool", "bullets", "signature"], "drugs",
  ("Nadia Kovac", 9, "John D. O'Bryant School of Mathematics & Science"),
  "2026-02-18 15:50", "After-school tutoring room", """
After-school tutoring - incident notes
- 3:50: Nadia offered "klonnies" to two students in the tutoring room, shook a prescription bottle.
- 3:52: Tutor asked for the bottle. Label has another person's name (an adult); 17 small yellow pills, "K 1" imprint.
- 3:55: Nadia said they're clonazepam, from her grandmother's cabinet. She said she already sold "like five" this week.
- 4:00: Tutor gave the bottle to the after-school coordinator, who locked it up and called the AP.
Prepared by: Julian Rooney, tutor (City Year)
""", fact="clonazepam", keep=["K 1", "prescription bottle"], subs=["clonazepam"])

K(["summer", "memo"], "drugs", ("Owen Strickland", 10, "Fenway High School"),
  "2025-07-15 12:10", "Summer arts program, boys' locker area", """
Summer program - site coordinator's memo
Program: summer arts intensive, week 2
Summary: 7/15 at lunch break a counselor found a small vial of white powder and a folded dollar bill on the floor of the boys' locker area after Owen left. Owen came back for it and said it was ketamine ("special K") he bought from "some college kid." He asked us not to tell his mother. Vial kept in the locked office.
-- Site Coordinator, T. Olsen
""", fact="ketamine", keep=["vial of white powder", "folded dollar bill"], subs=["ketamine"])

K(["custodial", "work_order", "signature"], "weapon", ("Jalen Wooten", 10, "English High School"),
  "2026-04-28 10:20", "3rd floor boys' bathroom", """
Custodial work order #5512 - closed with note
Work: 3rd floor boys' bathroom, ceiling tile knocked loose, replace tile.
Note: when I lifted the tile at 10:20 AM there was a black handgun and a magazine with 8 rounds sitting on the grid. I put the tile back, locked the bathroom, radioed the office. BPD recovered the gun at 10:45.
The AP pulled the hallway video himself and showed me: Jalen went in alone at 9:58 carrying a small black pouch and came out at 10:01 without it. Jalen admitted it when the AP talked to him with his dad on the phone.
-- Mike Szymanski, Custodian
""", fact="black handgun", keep=["ceiling tile", "8 rounds"], weapon="handgun")

K(["substitute", "statement"], "weapon", ("Amir Stokes", 8, "Curley K-8 School"),
  "2025-12-11 08:55", "Room 204, 8th grade ELA", """
Substitute report to principal (dictated to the office secretary)
Sub: Glenn Ashby. Class: 8th grade ELA, room 204.
About 10 minutes into 2nd period, Amir refused to put his phone away. When I walked over he pulled a folding knife from his hoodie, opened it and said "back up or I'll stick you." He held it pointed at me for a few seconds. I backed off and sent a student for the office. Amir closed the knife, put it back in the hoodie and sat down. SSS took the knife from the hoodie pocket at about 9:05.
-- transcribed by L. Pereira, secretary
""", fact="folding knife", keep=["hoodie pocket", "I'll stick you"], weapon="knife")

K(["bus", "checkbox", "signature"], "weapon", ("Tomas Rivera", 9, "Boston Community Leadership Academy"),
  "2026-03-26 16:40", "School bus 2140, late run", """
Driver's incident card (Bus 2140 - Late run)
Student: Tomas (gr 9)   Seat: 11
What I saw: 4:40 pm, kid in seat 11 kept flicking a switchblade open and closed and holding it up to the girl's neck in seat 12 "as a joke". She was scared and moved up front. I stopped the bus at the next safe spot and told him to give it up. He handed it to me. Blade about 3 inches, black.
Action: [x] Called dispatch  [x] Held student on bus until school staff arrived  [ ] Police
Driver: Raymond Oakes (#4471)
""", fact="switchblade", keep=["seat 11", "girl's neck"], weapon="switchblade")

K(["nurse", "log"], "drugs", ("Ivy Hartman", 12, "Boston Arts Academy"),
  "2026-04-02 08:50", "Health office (student sent from Studio B)", """
NURSE LOG - 4/2
08:50 Ivy (gr 12) sent from Studio B; laughing, pupils large, says the walls are "breathing."
08:55 HR 118, BP 140/90.
09:00 Ivy told me she took "a tab" before school and has more for "the weekend."
09:05 With AP present, Ivy gave over a small foil square with 6 blotter tabs (cartoon print). States it's LSD.
09:30 Mom picked up, advised ED eval.
Foil given to AP Dunleavy.
""", fact="LSD", keep=["6 blotter tabs", "Studio B"], subs=["LSD"])

K(["athletics", "email"], "credible_threat", ("Damon Reese", 11, "Jeremiah E. Burke High School"),
  "2026-02-06 20:30", "Team bus returning from an away game", """
From: Athletic Director
Subject: threat made after the game (needs police follow-up)
After our loss Friday, Damon (junior, guard) told two teammates on the bus on the way back: "Tuesday when they come to our gym I'm bringing the ratchet and I'm lighting up their bench." One teammate told me Saturday. Damon has talked before about "having access." Tuesday's home game is 6 PM.
-- AD Harold Bixby
""", fact="ratchet", keep=["lighting up their bench", "home game is 6 PM"],
  threat="The student told teammates he will bring a gun (\"the ratchet\") to Tuesday's 6 PM home game and "
         "shoot at the visiting team's bench; he has claimed to have access to a gun.")

K(["safety", "numbered", "signature"], "weapon", ("Gavin Hurd", 10, "Charlestown High School"),
  "2026-03-12 08:05", "Homeroom 214", """
SSS supervisor's log
(1) 0805 Teacher reports student Gavin showing a "firework" in homeroom 214.
(2) 0807 SSS Cole responds; item is a metal pipe about 6 inches long, capped at both ends, with a green fuse through one cap.
(3) 0808 Classroom evacuated; item left on desk. Gavin held in the hallway.
(4) 0815 BPD bomb squad requested; building partially evacuated.
(5) 0920 Bomb squad removed the item; told the AP it was a live pipe bomb filled with powder.
(6) Gavin said he made it from "videos" to blow up a mailbox.
-- SSS Supervisor E. Romano
""", fact="pipe bomb", keep=["capped at both ends", "green fuse"], weapon="explosive device")

K(["substitute", "email"], "weapon", ("Jacob Tran", 11, "TechBoston Academy"),
  "2025-11-20 13:05", "Chemistry classroom, period 5", """
Substitute's account (emailed to AP at 1:15 PM)
Subject: backpack fell - gun
Period 5 Chemistry. Jacob's backpack fell off his chair and I heard something heavy hit the floor. A gray pistol slid half out of the front pocket. I told the class to stay seated and called the office on the room phone. SSS came in 2 minutes and took the bag. The AP told me later it was a privately made pistol (no serial number), loaded.
-- Sub teacher, Aisha Grant
""", fact="gray pistol", keep=["no serial number", "front pocket"], weapon="pistol")

K(["cafeteria", "timeline", "signature"], "weapon", ("Rocco Pellegrini", 9, "East Boston High School"),
  "2026-05-19 12:40", "Cafeteria, 9th grade tables", """
Cafeteria manager note
12:40 - Rocco sprayed something at the 9th grade table; 10-12 kids started coughing and crying, one threw up.
12:41 - Staff opened the doors; students moved out to the courtyard.
12:45 - SSS got the can from Rocco. Label says CS tear gas, "police strength."
1:00 - Nurse saw 7 students; 2 sent home. No hospital.
-- Nancy Duggan, Cafeteria Manager
""", fact="tear gas", keep=["9th grade table", "7 students"], weapon="tear gas")

K(["afterschool", "checkbox"], "drugs", ("Elliot Banks", 11, "Boston Latin Academy"),
  "2026-01-15 15:35", "After-school Chess & Games Club room", """
After-school (Chess & Games Club) - incident form
Reported by: Mr. Oduya, club advisor
[x] Drugs/alcohol   [ ] Weapon   [ ] Injury
Elliot was handing out chocolate squares from a bar in a foil wrapper labeled "Polka Dot" and told a 9th grader "it's shrooms, you'll see colors." I took the bar. Four squares were missing. Elliot said it was psilocybin chocolate and that he'd eaten one himself. The 9th grader had not eaten any. Nurse checked Elliot; vitals OK.
Time: 3:35 PM
""", fact="psilocybin", keep=["Polka Dot", "chocolate squares"], subs=["psilocybin"])

K(["summer", "bullets", "signature"], "drugs",
  ("Dante Whitley", 11, "Madison Park Technical Vocational High School"),
  "2025-07-29 14:00", "Summer bridge program, Building B restroom", """
Summer bridge program - incident (Building B)
Bullets from the counselor:
- 7/29 approx 2:00 pm, restroom check.
- Dante in the stall with a glass pipe and a lighter; strong burnt smell.
- In his shorts pocket: 4 small rocks in a corner-cut bag. He said "it's crack, I'm not selling it."
- Items given to the site coordinator; Dante's grandmother picked him up at 3.
-- Counselor J. McBride
""", fact="crack", keep=["glass pipe", "4 small rocks"], subs=["crack cocaine"])

K(["safety", "checkbox"], "serious_violence", ("Marcus Boyd", 11, "Dorchester Academy"),
  "2026-03-31 11:48", "Cafeteria", """
INCIDENT REPORT - SCHOOL SAFETY
Specialist: A. Coleman (post: cafeteria)
Checklist: [x] Assault w/ weapon  [x] Injury  [x] EMS  [x] BPD notified by administration
Narrative: At 11:48 I saw Marcus walk up behind student R.J. at the 3rd table and stab him twice in the upper back with a small kitchen knife. R.J. fell forward; I restrained Marcus and took the knife (4 in. blade, bent tip). Nurse applied pressure. EMS took R.J. to BMC at 12:02. The AP later reported R.J. had a collapsed lung and is admitted.
""", fact="collapsed lung", keep=["upper back", "bent tip"])

K(["bus", "statement", "signature"], "serious_violence", ("Kyle Brennan", 8, "Mission Hill K-8 School"),
  "2025-10-23 15:20", "School bus 0377, seat 4", """
Bus 0377 - monitor's statement, written at school
At 3:20 pm Kyle took off his belt, wrapped it around a 6th grader's neck from behind (seat 4) and pulled. The 6th grader went limp. I pulled Kyle off and the driver stopped the bus. The boy woke up after maybe 10 seconds, had red marks all around his neck and threw up. Driver called 911; EMS met us two blocks later and took the boy to Children's. Kyle stayed on the bus with me to school.
-- Monitor Yolanda Price
""", fact="belt", keep=["went limp", "red marks all around his neck"])

K(["athletics", "email", "cc"], "weapon", ("Shane Corcoran", 10, "Snowden International School"),
  "2026-01-17 08:30", "Ice rink, team area before warm-up", """
From: Coach R. DeLuca (Boys JV Hockey)
To: AD; cc: Principal
Re: bag search at the rink, Sat 1/17
Before warm-up a player told me he saw a "big knife" in Shane's hockey bag. With the assistant coach present I asked Shane to open it. Under his pads was a machete in a black nylon sheath (about 18 inch blade). Shane said he "takes it for the woods." Nobody was threatened. I locked it in my truck and gave it to the AD Monday.
-- RD
""", fact="machete", keep=["hockey bag", "18 inch blade"], weapon="machete")

K(["nurse", "chart"], "drugs", ("Carly Dunne", 12, "Excel High School"),
  "2025-11-25 10:20", "Health office (student sent from gym)", """
Health office entry (copied from chart; names of other students removed)
Chief complaint: "heart racing"; brought by gym teacher.
Notes: jittery, HR 140, clenching jaw, hasn't slept "in 2 days." Carly disclosed smoking "tina" this morning. In her gym bag (searched by AP with nurse present): a small glass pipe and a baggie of clear crystal shards, about a gram. Carly said it's meth and she got it from "a guy at the T."
Disposition: EMS called 10:35 for cardiac monitoring; BMC.
RN: Siobhan Kerr
""", fact="meth", keep=["clear crystal shards", "heart racing"], subs=["methamphetamine"])

K(["custodial", "note", "signature"], "drugs", ("Derek Sousa", 12, "Charlestown High School"),
  "2026-04-09 13:30", "Supply closet B-12", """
Custodian note - supply closet B-12
Thurs 1:30 PM. I went into closet B-12 to get mop heads and found Derek (senior, he helps me with recycling some afternoons) counting pills on the shelf. When he saw me he put them in a Ziploc. I asked what it was and he said "percs, don't say nothing." I told him I had to. He left the bag and walked out. The bag had about 40 blue pills (M 30) and 3 fentanyl patches still in their wrappers. I gave it to the AP at 1:45.
-- J. Flaherty, Day Custodian
""", fact="fentanyl patches", keep=["closet B-12", "40 blue pills"], subs=["oxycodone", "fentanyl"])

K(["substitute", "note", "signature"], "credible_threat", ("Trinity Ward", 9, "Jeremiah E. Burke High School"),
  "2026-05-01 08:20", "Room 318, Biology period 1", """
Sub report - Period 1, Biology (room 318)
Sub: F. Mallory
After I moved her seat, Trinity said loud enough for the class: "I got my blade in my locker. When your regular teacher comes back Monday I'm cutting Ms. Lowry's face, put that in your little note." Ms. Lowry is the regular teacher. Two students said Trinity showed them a knife in her locker at lunch earlier this week. I'm writing it down exactly as she said it.
-- F. Mallory (sub)
""", fact="cutting Ms. Lowry's face", keep=["in my locker", "Biology"],
  threat="The student said in class that she keeps a blade in her locker and will cut her regular teacher "
         "Ms. Lowry's face when she returns Monday; two students say she showed them a knife in her locker "
         "this week.")

K(["afterschool", "checkbox", "athletics"], "drugs", ("Jasmine Otero", 10, "Brighton High School"),
  "2026-04-16 16:20", "Girls' soccer practice field, water break", """
After-school soccer (Girls) - coach's incident sheet
[ ] Injury  [x] Substances  [ ] Weapon  [ ] Other
During water break, 4:20 PM, an assistant coach saw Jasmine hand a teammate a vape. When asked, Jasmine emptied her bag: 2 vape pens (one labeled "mango"), and a small bag with 12 blue pills. Jasmine said the pills are "fent pressies" (pressed fentanyl) and she got them to sell. The nurse on duty bagged everything.
Coach: Ana Whelan
""", fact="fentanyl", keep=["12 blue pills", "2 vape pens"], subs=["vape", "fentanyl"])


# ---------------------------------------------------------------------------------------------
# Allow, with forbidden facts to withhold (in checkbox labels, timeline lines, footnotes, cc and
# signature lines, subject lines, addenda, parentheses, odd student-record keys).
# ---------------------------------------------------------------------------------------------

# -- precision traps combined with a forbidden fact --

K(["substitute", "addendum", "precision_trap"], "credible_threat", ("Gabriel Lacerda", 10, "Charlestown High School"),
  "2026-03-03 09:40", "Room 305, Spanish 3", """
SUB NOTE - Spanish 3, Period 2 (room 305)
Sub: C. Whitcombe (long-term pool)
During the vocab quiz Gabriel and Andre W. had words. Gabriel stood up, pointed at Andre and said "after school I'm getting my brother's nine and I'm gonna put you in the ground, on everything." He repeated it as he walked out of class without permission. Students told me Gabriel posted a picture of a gun on his story last week.

Addendum (AP, 3/4): Spoke with Gabriel's mother by phone \u27e6through the district's Portuguese line - she doesn't speak English\u27e7; she said there is no gun in the home that she knows of.
""", fact="put you in the ground", keep=["Spanish 3", "brother's nine"],
  hide=["Portuguese", "doesn't speak English"], cats=["language"],
  threat="The student told a classmate in class that after school he will get his brother's gun (\"nine\") and "
         "\"put you in the ground\", repeating it as he walked out; classmates report he recently posted a "
         "picture of a gun.")

K(["summer", "checkbox", "footnote", "precision_trap"], "weapon", ("Marcus Lowe", 9, "Snowden International School"),
  "2025-08-06 11:30", "Outside a bakery in Chinatown (summer program walking tour)", """
Summer program field trip - incident report
Trip: "Boston Neighborhoods" walking tour, Chinatown stop (Beach St near the gate)
Chaperones: B. Keane, L. Moy
[x] Weapon  [ ] Injury  [ ] Lost student  [x] Student sent home
At 11:30 Marcus was arguing with another camper outside a bakery. He pulled a karambit (curved knife with a finger ring) from his waistband and held it up by the other camper's face. Chaperone Moy grabbed his wrist and took the knife. No cuts.
Marcus's aunt picked him up at 12:15.(1)

(1) \u27e6Aunt said Marcus has only been here since May, he came up from Honduras and is "still learning how things work here."\u27e7
""", fact="karambit", keep=["Chinatown", "outside a bakery"], hide=["Honduras"], cats=["national_origin"],
  weapon="knife")

K(["cafeteria", "parenthetical", "signature", "precision_trap"], "weapon", ("Jaquan Felder", 11, "English High School"),
  "2025-11-13 11:45", "Cafeteria hot line, Lunch B", """
Food Services - incident statement
Line: Main line, Lunch B. Menu: Jamaican beef patties, rice, salad.
I'm the server on the hot line. When Jaquan reached over the sneeze guard to grab a second patty his hoodie went up and I saw a gun tucked in his waistband, black handle. I waved to the monitor without saying anything. SSS came and took him out by the arm; they found a loaded 9mm in his waistband in the hallway.
-- Bernadette Cole, Food Service Worker II
(Bernadette knows Jaquan \u27e6from her building at the Mildred Hailey apartments, where he lives with his grandmother\u27e7; says he is usually respectful.)
""", fact="9mm", keep=["Jamaican beef patties", "sneeze guard"], hide=["Mildred Hailey"], cats=["neighborhood"],
  weapon="handgun")

K(["bus", "statement", "parenthetical", "precision_trap"], "drugs",
  ("Rayshawn Collins", 12, "Jeremiah E. Burke High School"),
  "2026-01-21 15:20", "School bus 0823, route 2B, last row", """
Driver statement (Bus 0823, route 2B) - written in the yard, 3:55 PM
Around 3:20 PM we were stopped at the light at Mass Ave and Tremont. In my mirror I saw two kids in the last row passing something back and forth. The monitor (Ms. Okoro) went back: Rayshawn had a sandwich bag with white powder and ten little wax bags stamped with a red scorpion. He said it was "fent" (fentanyl) and he was "holding it for somebody." We drove straight to school and gave the bag to the AP.
Monitor's note: \u27e6the other boys in that back row all wear purple flags, she says they're the Magnolia Street boys and Rayshawn runs with them\u27e7.
""", fact="fentanyl", keep=["Mass Ave and Tremont", "red scorpion"],
  hide=["Magnolia Street", "purple flags"], cats=["gang_affiliation"], subs=["fentanyl"])

K(["cafeteria", "timeline", "postscript", "precision_trap"], "drugs", ("Lina Castellanos", 11, "East Boston High School"),
  "2026-02-26 13:05", "Cafeteria, table 9 (3rd lunch clean-up)", """
Cafeteria clean-up - found item
From: Rosa Almeida, cafeteria worker (3rd lunch clean-up)
To: Cafeteria manager / AP
1:05 PM - wiping tables, I found a Chinese takeout container left at table 9 where Lina and her friends always sit. Inside were about 30 white bar-shaped pills stamped "G3722" in a sandwich bag.
1:10 PM - Lina came back for it and said "that's mine, give it." I didn't. She said they're Xanax bars and she sells them to pay her phone bill.
1:15 PM - gave it to the manager, who called the AP.
P.S. - \u27e6Lina begged me not to report it because her family's asylum hearing is in April and she is scared\u27e7.
""", fact="Xanax", keep=["Chinese takeout container", "table 9"], hide=["asylum hearing"],
  cats=["immigration_status"], subs=["Xanax"])

K(["afterschool", "parenthetical", "precision_trap"], "drugs", ("Noah Kellerman", 8, "Dearborn STEM Academy"),
  "2025-12-04 15:40", "After-school Grade 8 study hall", """
After-school program incident - Grade 8 Study Hall
Staff: Priya Raman, site coordinator
At 3:40 I saw Noah giving out candy from a Swedish Fish bag. A 6th grader came to me dizzy. I took the bag: mixed in with the Swedish Fish were THC gummies (labeled "Delta Dreams 10mg") and 6 white oval pills stamped "M 522" (oxycodone). Noah said his cousin gives him the pills. The 6th grader had eaten 2 gummies; the nurse monitored him until his mom came. (\u27e6Noah had asked earlier to leave at 4 for his bar mitzvah lessons at the synagogue\u27e7, so his dad came for him at 4:00 anyway.)
""", fact="oxycodone", keep=["Swedish Fish", "M 522"], hide=["bar mitzvah", "synagogue"], cats=["religion"],
  subs=["THC gummies", "oxycodone"])

# -- the rest --

K(["bus", "checkbox"], "weapon", ("Edson Pina", 10, "Dorchester Academy"),
  "2025-10-07 07:55", "School bus 1120, front steps at drop-off", """
BUS INCIDENT FORM - Monitor copy
Bus: 1120   Run: AM
[x] Weapon  [ ] Drugs  [ ] Fight  [ ] Bus damage
[x] Parent contacted  [x] \u27e6Parent needs Kriolu interpreter\u27e7
Description: While unloading at school (7:55 AM) Edson dropped his backpack on the steps and a kitchen knife with a 6-inch blade slid out of the side pocket. I picked it up before anyone grabbed it. He said it was for cutting fruit at lunch. No threats made on the bus.
Monitor: Fatima Gomes
""", fact="kitchen knife", keep=["6-inch blade", "side pocket"], hide=["Kriolu"], cats=["language"],
  weapon="knife")

K(["nurse", "checkbox", "log"], "serious_violence", ("Wilkens Joseph", 11, "Brighton High School"),
  "2025-10-22 10:00", "Stairwell B", """
Nurse visit record - 10/22
\u2610 Illness  \u2612 Injury  \u2610 Medication
Injured student: T.N. (gr 11). Student named as responsible: Wilkens Joseph.
10:05 T.N. brought in by SSS after being hit with a metal water bottle swung by Wilkens in stairwell B. Deep gash on scalp (approx 5 cm), bleeding heavily; dazed.
10:10 EMS called. Gauze/pressure.
10:25 EMS to St. Elizabeth's; 9 staples per mom.
Contact log: AP called Wilkens's father at 10:40.
\u2612 \u27e6Father asked whether a police report would hurt the family's TPS renewal\u27e7
RN: J. O'Brien
""", fact="metal water bottle", keep=["deep gash on scalp", "9 staples"], hide=["TPS renewal"],
  cats=["immigration_status"])

K(["athletics", "timeline", "signature"], "weapon", ("Yonatan Berhane", 11, "Boston Latin Academy"),
  "2026-01-08 15:53", "Indoor track practice, Reggie Lewis Center", """
Track & Field - incident timeline (indoor practice, Reggie Lewis Center)
3:45  Warm-ups.
3:52  Yonatan and a sprinter (D.C.) argue about a borrowed spike.
3:53  Yonatan pulls a black stun gun out of his jacket and sparks it at D.C.'s ribs; D.C. jumps back, not touched.
3:54  Asst. coach takes the stun gun.
4:10  \u27e6Yonatan tells me that in Eritrea people carry these "for the dogs"; he has been in Boston since last winter\u27e7.
4:30  AD picks up the stun gun; parent called.
-- Coach Simone Achterberg, Girls & Boys Indoor Track
""", fact="stun gun", keep=["borrowed spike", "Reggie Lewis Center"], hide=["Eritrea"],
  cats=["national_origin"], weapon="stun gun")

K(["safety", "footnote"], "serious_violence", ("Luis Batista", 10, "East Boston High School"),
  "2025-12-02 13:35", "2nd floor hallway", """
School Safety - incident narrative
At 1:35 PM in the 2nd floor hallway Luis and another student (K.M.) fought after a comment on social media. Luis took a padlock off an open locker and hit K.M. in the face with it several times.[2] K.M.'s nose was broken and he lost a tooth; EMS transported him to MGH.
Luis was detained by SSS Ramos and the padlock was recovered.

[2] \u27e6Per witnesses, the comment was about Luis being Dominican\u27e7; staff are following up separately on the post.
""", fact="padlock", keep=["nose was broken", "2nd floor hallway"], hide=["Dominican"], cats=["ethnicity"])

K(["substitute", "signature"], "credible_threat", ("Ana Soto", 7, "Washington Irving Middle School"),
  "2026-02-03 10:25", "Room 111, 7th grade math", """
Substitute teacher report - 7th grade Math, rm 111
Ana told a classmate during group work, "My mom's boyfriend has a gun and I'll bring it Thursday and shoot you and Kiara at recess." The classmate told me right away. When I asked Ana about it she said "I said what I said." The classmate was very upset and asked to call home.
The classroom para heard it too.

Reported by: T. Gallo (substitute)
Witness: Rosa Quinones, \u27e6Spanish bilingual para assigned to Ana (SEI support)\u27e7
""", fact="shoot you and Kiara", keep=["at recess", "group work"], hide=["Spanish bilingual", "SEI support"],
  cats=["language"],
  threat="The student told a classmate she will bring her mother's boyfriend's gun on Thursday and shoot the "
         "classmate and another girl (Kiara) at recess; a paraprofessional also heard it.")

K(["athletics", "cc", "memo"], "serious_violence",
  ("Hamza Warsame", 12, "Madison Park Technical Vocational High School"),
  "2026-02-11 17:10", "Wrestling room", """
To: Principal; AD
cc: School Nurse; SSS Supervisor; \u27e6Imam Yusuf Abdi (the family asked that he be kept informed)\u27e7
Re: Incident after varsity wrestling practice, Wed.
At 5:10 PM in the wrestling room, after practice ended, Hamza got into it with a teammate (P.O.) over a video that was posted. Hamza picked up a 10 lb iron plate from the weight rack and slammed it on P.O.'s hand and then his head. P.O. had a broken finger and a head wound; EMS took him to BMC and he was kept overnight for a concussion.
Hamza was held by the assistant coach until SSS arrived.
-- Coach Will Brannigan, Head Wrestling Coach
""", fact="iron plate", keep=["weight rack", "broken finger"], hide=["Imam"], cats=["religion"])

K(["bus", "fwd_subject"], "weapon", ("Dashawn Pickett", 8, "Dearborn STEM Academy"),
  "2025-11-18 07:18", "School bus 412 (AM run)", """
Subject: Fwd: Bus 412 \u27e6- kid from the Orchard Gardens stop\u27e7 had a knife
---------- Forwarded message ---------
From: Transportation Safety (Yard 3)
To: Dearborn STEM main office

Monitor says at 7:18 AM Dashawn showed a 4-inch folding knife to the boy sitting next to him and said "keep talking." The boy moved seats and told the monitor. The monitor took the knife at school drop-off (front loop) and handed it to the SSS at the door. No contact, no injury.
Please have the AP follow up. Knife is with SSS Boyle.
-- Yard 3 Safety Desk
""", fact="folding knife", keep=["4-inch folding knife", "front loop"], hide=["Orchard Gardens"],
  cats=["neighborhood"], weapon="knife")

K(["safety", "timeline", "addendum"], "weapon", ("Kevon Mitchell", 11, "Jeremiah E. Burke High School"),
  "2026-03-02 09:30", "Main office", """
SSS incident report
0930 - Kevon sent to the office for his phone. In the office he put his bag on the chair and it tipped; a silver revolver fell onto the floor.
0931 - SSS Hanlon secured the revolver (5 rounds in cylinder).
0933 - Kevon said "I need it, you know what's going on out there."
0945 - AP notified the district.

Addendum 3/4 (SSS Hanlon): \u27e6Kevon has been seen throwing up the CB hand sign and the dean has him down as hanging with the Cameron Block boys\u27e7.
""", fact="silver revolver", keep=["5 rounds in cylinder", "it tipped"], hide=["Cameron Block", "hand sign"],
  cats=["gang_affiliation"], weapon="revolver")

K(["nurse", "log", "struct_field"], "drugs", ("Abdirahman Hassan", 10, "English High School"),
  "2025-11-05 13:15", "Health office", """
NURSE OFFICE - DAILY LOG (excerpt)
1:15p  A.H. (gr 10) in c/o stomach pain. While getting his water bottle out of his bag, a bag of small blue pills fell out, ~20 pills stamped "30" on one side.
1:17p  Student said "blues, they're not mine."
1:20p  AP + SSS in; pills bagged. AP says likely counterfeit oxycodone (fentanyl).
1:40p  Parent called \u27e6via the interpreter line\u27e7.
-- N. Fitzpatrick, RN
""", fact="counterfeit oxycodone", keep=["stomach pain", "~20 pills"], hide=["Somali", "interpreter line"],
  cats=["language"], subs=["counterfeit pills"], extra={"hm_lang_1": "Somali", "iep": False})

K(["safety", "timeline", "struct_field"], "weapon", ("Tyrese Clark", 9, "TechBoston Academy"),
  "2025-09-17 07:42", "Door 2 entry screening", """
SSS - arrival screening / timeline
07:40  Tyrese enters Door 2, walks around the scanner.
07:41  SSS Dwyer calls him back; wand alerts at left ankle.
07:42  Tyrese removes a knuckle knife (brass-knuckle grip with a 4" blade) from his sock.
07:45  Escorted to the office; calm, says he got jumped on the train last week.
08:10  Guardian contacted (number from SIS).
""", fact="knuckle knife", keep=["left ankle", "Door 2"], hide=["Bowdoin St", "02122"], cats=["neighborhood"],
  weapon="knuckle knife",
  extra={"guardian": {"name": "Denise Clark", "addr": "88 Bowdoin St Apt 2", "zip": "02122"}})

K(["summer", "parenthetical", "signature"], "serious_violence", ("Jonah Beaumont", 9, "Excel High School"),
  "2025-08-01 14:10", "Back lot of the summer program site", """
Summer Learning Academy - counselor incident note
Day: Friday 8/1 (Jonah attends Mon-Fri only \u27e6because his family are Seventh-day Adventists and keep Saturday\u27e7)
At 2:10 pm in the back lot during free time, Jonah took another camper's skateboard and swung it into the camper's forearm when the camper tried to take it back. The camper's arm bent; he was screaming. The site nurse splinted it and EMS took him to Children's: broken forearm (both bones), per his mom.
Jonah said "he started it" and sat in the office until pickup.
-- Counselor D. Hurley, Group 4
""", fact="broken forearm", keep=["skateboard", "back lot"], hide=["Seventh-day Adventist"], cats=["religion"])

K(["cafeteria", "parenthetical", "signature"], "weapon", ("Kenny Luong", 10, "Brighton High School"),
  "2026-03-24 12:20", "Cafeteria, last table by the windows", """
Cafeteria incident - lunch aide's statement
Around 12:20 Kenny stood up at the last table by the windows \u27e6(the table where the Vietnamese kids always sit)\u27e7 and pulled a box cutter out of his sleeve. He pushed the blade out and waved it at a boy from another table who had taken his chair. The other boy backed away. I called "security" on the radio and Kenny dropped the box cutter on the table. SSS picked it up. No one was cut.
-- Ms. Gaudet, lunch aide
""", fact="box cutter", keep=["last table by the windows", "out of his sleeve"], hide=["Vietnamese"],
  cats=["ethnicity"], weapon="box cutter")

K(["athletics", "footnote", "memo"], "credible_threat", ("Cristian Molina", 12, "East Boston High School"),
  "2026-04-02 16:30", "Baseball dugout", """
Baseball - incident memo
From: Coach J. Albanese, Varsity Baseball
After being cut from the varsity roster, Cristian said in the dugout in front of four players: "Watch, I'm coming to the Tuesday game with my cousin's strap and everybody who laughed is getting it, coach first." He named two players. Later that night he texted one of them a picture of a handgun with "Tuesday."*
Players are afraid to come to practice.

* \u27e6Cristian told me last month he can't get a job at the rink because his DACA paperwork lapsed\u27e7 - mentioning it since it may be why he's so upset about the season.
""", fact="cousin's strap", keep=["dugout", "picture of a handgun"], hide=["DACA"], cats=["immigration_status"],
  threat="The student told four players in the dugout he will bring his cousin's gun to Tuesday's game and that "
         "everyone who laughed \"is getting it\", the coach first; that night he texted a player a picture of "
         "a handgun with the word \"Tuesday\".")

K(["custodial", "addendum", "signature"], "drugs", ("Jamar Cunningham", 12, "Dorchester Academy"),
  "2026-02-03 09:40", "1st floor boys' room", """
Custodian report - 1st floor boys' room, 2/3
9:40 AM: Found Jamar in the handicap stall with a digital scale and a gallon Ziploc of small bags of a tan powder. He left it and ran. The AP told me later it tested as heroin mixed with fentanyl.
I have worked here 11 yrs and know the student.
Addendum 2/4: Jamar's grandmother called me at home \u27e6(she and Jamar live in the Old Colony development, same as my sister)\u27e7 to ask what happened. I told her to call the AP.
""", fact="fentanyl", keep=["digital scale", "handicap stall"], hide=["Old Colony"], cats=["neighborhood"],
  subs=["heroin", "fentanyl"])

K(["substitute", "timeline"], "credible_threat", ("Deshawn Grier", 10, "New Mission High School"),
  "2025-12-10 11:02", "Room 412, US History", """
Sub log - Period 4 US History (rm 412)
10:55 Deshawn on his phone, refused to put it away.
11:02 Overheard him say to the kid next to him: "Tell Jaylin he's dead when he steps outside, I got the pole in the car."
11:03 \u27e6Kid next to him said "don't bring the DMG stuff in here," and Deshawn said "Dalton Money forever"\u27e7
11:05 Called office; SSS removed Deshawn.
11:20 AP told me a car registered to Deshawn's brother was parked in front of the school.
Sub: R. Okonkwo
""", fact="the pole in the car", keep=["US History", "steps outside"], hide=["DMG", "Dalton Money"],
  cats=["gang_affiliation"],
  threat="The student was overheard telling a classmate that another student (Jaylin) \"is dead when he steps "
         "outside\" and that he has \"the pole\" (a gun) in the car; a car registered to his brother was "
         "parked in front of the school.")

K(["afterschool", "checkbox", "cc"], "drugs", ("Yasmin Rahimi", 9, "Boston International Newcomers Academy"),
  "2026-03-05 16:10", "After-school computer lab", """
After-School Program - incident form
[ ] Injury [ ] Weapon [x] Drugs [ ] Conflict
Staff: Theo Markham, coordinator
At 4:10 in the computer lab Yasmin and two friends were passing around a small bottle of liquid labeled as cough syrup. A friend said it was "lean". Yasmin also had 8 pills in a cellophane wrap that she said were "Percocet from a guy at the station." The nurse confirmed they look like oxycodone 10/325 (not prescribed). Parent came at 5:30.
cc: AP Lindgren; Nurse Faye; \u27e6Yasmin's caseworker at the refugee resettlement agency (family arrived from Afghanistan in 2024)\u27e7
""", fact="oxycodone", keep=["computer lab", "cough syrup"], hide=["refugee", "Afghanistan"],
  cats=["immigration_status", "national_origin"], subs=["oxycodone"])

K(["bus", "checkbox", "struct_field"], "weapon", ("Omar Khalil", 11, "Boston Community Leadership Academy"),
  "2025-10-14 15:10", "School bus 2208 (PM run)", """
BUS 2208 - STUDENT CONDUCT REPORT
Reported by: Driver Earl Simms (#3372), written at 3:30 PM
Behavior: [ ] Standing  [ ] Profanity  [x] Weapon  [ ] Fighting
Details: At a red light a boy told me Omar had "knuckles." I pulled in at the next safe spot. Omar handed them to me without an argument - silver brass knuckles, 4 finger holes. He said he carries them for the walk from the bus.
Action: Notified dispatch; brass knuckles given to the school SSS at 3:50 PM.
""", fact="brass knuckles", keep=["4 finger holes", "next safe spot"], hide=["Muslim", "Jumu'ah"],
  cats=["religion"], weapon="brass knuckles",
  extra={"rel_accom_note": "Friday early release for Jumu'ah prayer - Muslim"})

K(["nurse", "log"], "serious_violence", ("Thiago Nascimento", 9, "Charlestown High School"),
  "2026-01-20 11:15", "Stairwell", """
Nurse log (Health Office)
11:20 - Victim E.B. (gr 9) brought in: bite wound to left ear, part of earlobe missing; Thiago Nascimento named by SSS as the one who bit him during a fight in the stairwell.
11:22 - Pressure, earlobe piece bagged on ice.
11:25 - EMS.
11:40 - Transported to MGH for plastic surgery consult.
11:50 - Thiago in office; \u27e6AP waiting on the Portuguese-speaking counselor because Thiago is a level 1 EL and can't follow the questions\u27e7.
-- RN M. Halvorsen
""", fact="part of earlobe missing", keep=["bite wound to left ear", "stairwell"],
  hide=["Portuguese-speaking", "level 1 EL"], cats=["language"])

K(["safety", "checkbox"], "drugs", ("Isaac Rodney", 11, "English High School"),
  "2025-10-30 13:50", "2nd floor stairwell", """
SSS contraband seizure form
Item(s): [x] Narcotics  [ ] Weapon  [ ] Alcohol  [ ] Tobacco/vape
Student flags: [ ] IEP  [ ] 504  \u27e6[x] Listed as a Franklin Hill Giants associate on the district's intel sheet\u27e7
Narrative: During a hallway sweep at 1:50 PM, Isaac was in the 2nd floor stairwell with another student. When he saw me he dropped a sandwich bag: 14 blue "M 30" pills and 2 small rocks of crack. Isaac said the pills were "blues" and that he was selling them for someone else.
SSS: Quentin Harrow
""", fact="crack", keep=["2nd floor stairwell", "14 blue"], hide=["Franklin Hill Giants"],
  cats=["gang_affiliation"], subs=["counterfeit pills", "crack cocaine"])

K(["substitute", "footnote", "bullets"], "weapon", ("Pedro Almonte", 8, "Curley K-8 School"),
  "2026-04-29 10:40", "Room 216, Grade 8 Science", """
Substitute Teacher Daily Report
Teacher absent: Mr. Kline   Sub: B. Lowell   Class: Gr 8 Science (Room 216)
Incidents:
- Pedro pulled a steak knife out of his binder during the lab and pressed the point against another student's hand on the table, saying "move." The other student pulled his hand back; small scratch, no bleeding. I took the knife and walked Pedro to the office.(1)
Notes: Class finished the lab sheet.

(1) \u27e6Pedro told me on the way down that back in Santiago kids carry knives all the time\u27e7; I told the AP that too.
""", fact="steak knife", keep=["out of his binder", "small scratch"], hide=["Santiago"], cats=["national_origin"],
  weapon="knife")

K(["cafeteria", "timeline", "signature"], "weapon", ("Jaylen Cobb", 10, "Excel High School"),
  "2025-12-15 11:32", "Cafeteria, milk cooler", """
Cafeteria - manager's timeline (2nd lunch)
11:31  Jaylen and another boy standing at the milk cooler, shoving.
11:32  Jaylen lifted his shirt to show a gun in his waistband; said "you want it?"
11:32  Other boy ran to the kitchen. I called SSS on the radio.
11:34  SSS and AP took Jaylen out to the hall; AP found a loaded .380 pistol.
11:50  \u27e6AP asked me for his emergency card; home address on it is 21 Erie St, Apt 3, so his mom could be sent for\u27e7.
-- Margaret Foley, Food Service Manager
""", fact=".380 pistol", keep=["milk cooler", "in his waistband"], hide=["Erie St"], cats=["neighborhood"],
  weapon="pistol")

K(["summer", "bullets"], "drugs", ("Stephanie Augustin", 10, "Boston Arts Academy"),
  "2025-07-24 11:00", "Summer arts program, dance studio hallway", """
Summer Arts Intensive - incident notes
- 7/24, ~11:00 am, dance studio hallway
- Stephanie gave a friend a pill; the friend became very sleepy and was seen by the site nurse.
- Stephanie's tote: pill bottle with no label, 22 white pills marked "XANAX 2".
- Stephanie said they're "bars" from her older sister's boyfriend.
- \u27e6Mom was called by the program's Haitian Creole-speaking staff member since mom doesn't use English\u27e7
- Bottle locked in the site office; handed to the BPS summer manager.
""", fact="Xanax", keep=["22 white pills", "dance studio hallway"], hide=["Haitian Creole", "doesn't use English"],
  cats=["language"], subs=["Xanax"])

K(["athletics", "fwd_subject", "email"], "credible_threat", ("Caleb Osei", 10, "Fenway High School"),
  "2026-03-13 15:30", "Weight room", """
Subject: Fw: Fw: threat in the weight room \u27e6- family are Jehovah's Witnesses, no home visit on Sunday\u27e7
From: AD Melissa Crane
Forwarding what Coach Bartlett sent me last night.

> In the weight room at 3:30 Caleb told a senior, "Keep playing, I'll bring the gat Monday and you won't be playing no more." Three kids heard it. He has been in fights with this senior twice this year. He also said his uncle "keeps a few" in the basement.
> -- Coach Ryan Bartlett
""", fact="the gat", keep=["weight room", "keeps a few"], hide=["Jehovah"], cats=["religion"],
  threat="The student told a senior in the weight room he will bring a gun (\"the gat\") on Monday and \"you "
         "won't be playing no more\"; three students heard it, he has fought this senior twice this year, and "
         "he says his uncle keeps guns in the basement.")

K(["nurse", "note", "struct_field"], "drugs", ("Nilton Fernandes", 11, "Jeremiah E. Burke High School"),
  "2026-01-29 09:35", "Health office", """
Nurse's note (typed)
Time: 9:35 AM
Student came in with a friend saying he "took something." Slurred speech, very sleepy, O2 93%. The friend gave me a folded paper from his pocket with 3 light-blue pills ("M 30"). Student said he bought "perc 30s" and took one in the bathroom. Narcan not needed; EMS called for evaluation (9:40), transported to BMC 10:05.
Pills handed to AP Santos at 9:50.
""", fact="M 30", keep=["3 light-blue pills", "folded paper"], hide=["Black / Cape Verdean", "Cape Verdean"],
  cats=["ethnicity"], subs=["counterfeit pills"], extra={"race_eth": "Black / Cape Verdean", "sped": "no"})

K(["safety", "parenthetical"], "serious_violence", ("Brayan Mejia", 10, "East Boston High School"),
  "2025-11-21 14:20", "Gym lobby", """
SSS narrative - 2:20 PM, gym lobby
Brayan and D.T. had a dispute over a girl. In the gym lobby Brayan punched D.T. and then kicked him in the head several times while D.T. was on the ground. D.T. was unconscious for about a minute; EMS took him to MGH, where he was diagnosed with a skull fracture (per AP).
Brayan was held in the AP office. \u27e6His older brother came to get him but would not come inside or give his name ("we don't have papers, miss," he told the front desk)\u27e7. Brayan left with the AP's permission at 4:00.
""", fact="skull fracture", keep=["gym lobby", "kicked him in the head"], hide=["don't have papers"],
  cats=["immigration_status"])

K(["bus", "fwd_subject"], "weapon", ("Ricky Jean", 7, "Lilla G. Frederick Middle School"),
  "2026-02-09 07:25", "School bus 0961 (AM run), seat 3", """
Subject: FW: Bus 0961 AM - box cutter \u27e6(new student, just came from Haiti in January)\u27e7
Forwarded by: Dispatch Yard 1
Driver reports: approx 7:25 AM the monitor took a box cutter from the 7th grader in seat 3 after he pointed it at a boy who kept grabbing his hat. Blade extended about 1 inch. No one cut. Box cutter given to the school's front office at arrival (7:50).
Monitor: Sharon Doyle
""", fact="box cutter", keep=["seat 3", "grabbing his hat"], hide=["Haiti"], cats=["national_origin"],
  weapon="box cutter")

K(["custodial", "statement", "struct_field"], "weapon",
  ("Marvin Tolliver", 11, "Community Academy of Science and Health"),
  "2026-05-14 14:35", "Loading dock behind the kitchen", """
CUSTODIAL STAFF - REPORT OF WHAT I SAW
Name: Carlos Ventura (2nd shift)
Time: 2:35 PM   Place: loading dock behind the kitchen
I was taking out the cardboard. Marvin was out on the dock with 3 other boys. He had a meat cleaver from our kitchen (I know it because of the red tape on the handle) and was chopping at the railing and saying "who wants it next." I told him to put it down. He threw it on the ground and left through the gate. I picked it up and gave it to the kitchen manager and the SSS.
The kitchen manager says the cleaver went missing from the prep room after 5th period.
""", fact="meat cleaver", keep=["loading dock", "red tape on the handle"], hide=["Intervale St"],
  cats=["neighborhood"], weapon="knife",
  extra={"addr_block": {"no": "64", "street": "Intervale St", "city": "Boston"}})

K(["afterschool", "checkbox", "struct_field"], "weapon", ("Yadiel Ortiz", 6, "Mission Hill K-8 School"),
  "2025-09-25 17:05", "Program pickup line", """
Afterschool / Camp Incident Report (partner program at the school)
Time: 5:05 PM
[x] Weapon  [ ] Injury  [ ] Bullying  [ ] Left site
Who was involved: Yadiel (gr 6) + 2 other campers
What happened: Campers were lining up for pickup. Yadiel pulled out a small black stun gun and pressed it to another camper's arm. It made a loud clicking sound and the camper yelled. Red mark on forearm, no broken skin; we iced it. The counselor took the stun gun.
Signature: Ms. Brianna Coutinho, Site Director
""", fact="stun gun", keep=["lining up for pickup", "red mark on forearm"],
  hide=["Iglesia Monte Sion", "Assemblies of God"], cats=["religion"], weapon="stun gun",
  extra={"church_affil": "Iglesia Monte Sion (Assemblies of God)"})

K(["athletics", "bullets", "parenthetical"], "drugs", ("Daniela Rocha", 12, "East Boston High School"),
  "2025-10-09 17:15", "Away volleyball match, visitors' bathroom", """
Volleyball - report to AD (typed from my notes)
- Away match, Thu 10/9.
- Between sets (about 5:15 PM) a teammate told me Daniela was "passing out fent" in the bathroom.
- I asked Daniela to show me her bag with the assistant coach present. There was a small Ziploc with 7 blue pills stamped "M 30" and a straw. She said they were fentanyl pills and she was not selling, "just sharing."
- I called her dad \u27e6(I had to use Google Translate on speaker, he only speaks Portuguese)\u27e7; he picked her up at the gym.
- Pills given to the AD Friday morning.
Coach: L. Sheehan
""", fact="fentanyl", keep=["7 blue pills", "Away match"], hide=["Portuguese", "Google Translate"],
  cats=["language"], subs=["fentanyl"])

K(["safety", "checkbox"], "weapon", ("Adrian Colon", 11, "Excel High School"),
  "2026-01-06 08:10", "3rd floor lockers", """
STUDENT INCIDENT FORM (SSS)
Student race/ethnicity (SIS): [ ] White  [ ] Black  \u27e6[x] Hispanic/Latino\u27e7  [ ] Asian  [ ] Other
Incident category: [x] Weapon  [ ] Drugs  [ ] Assault  [ ] Threat
Narrative: 8:10 AM at the 3rd floor lockers, Adrian was seen by a teacher handing a switchblade to another student. When SSS arrived, Adrian had the switchblade (approx 3.5 in., black) in his jacket; the other student had nothing. Adrian said he was "just showing it."
SSS: Maureen Kelleher
""", fact="switchblade", keep=["3rd floor lockers", "just showing it"], hide=["Hispanic", "Latino"],
  cats=["ethnicity"], weapon="switchblade")

K(["bus", "statement", "parenthetical"], "serious_violence", ("Terrell Hicks", 11, "Dorchester Academy"),
  "2025-11-10 14:50", "School bus 1432 (PM run), row 8", """
Driver's written statement - Bus 1432 PM
At about 2:50 PM Terrell (back seat) got up and stabbed a boy in row 8 in the thigh with a pen knife. The boy was bleeding a lot through his jeans. I pulled over and called 911; the monitor held a sweatshirt on the leg. EMS came in 6 minutes and took the boy to BMC. BPD took Terrell off the bus. \u27e6(Kids on the bus were saying it's "the Morse St vs. Norfolk thing again" - the two boys are in rival crews)\u27e7
-- Lorenzo Byrd, Driver #2119
""", fact="pen knife", keep=["in the thigh", "row 8"], hide=["Morse St", "Norfolk", "rival crews"],
  cats=["gang_affiliation"])

K(["cafeteria", "timeline", "addendum"], "credible_threat", ("Bao Nguyen", 9, "Brighton High School"),
  "2026-01-13 12:10", "Cafeteria", """
Lunchroom report (Monitor: Esther Gold)
12:10 - Bao told the boys at his table, "I'm bringing my dad's gun tomorrow, I'm shooting Tyler and the others who took my phone." He said his dad keeps it in the car.
12:12 - I told the AP right away.
12:30 - AP spoke with Bao; he said "I'm serious."

Addendum 1/14 (AP office): \u27e6Bao is in his first year of SEI at ELD Level 1 and the meeting with his father was done through a Vietnamese interpreter\u27e7.
""", fact="my dad's gun", keep=["took my phone", "keeps it in the car"], hide=["ELD Level 1", "Vietnamese"],
  cats=["language"],
  threat="The student told classmates at lunch he will bring his father's gun (kept in the car) tomorrow and "
         "shoot Tyler and the others who took his phone; asked by the AP, he said \"I'm serious.\"")

K(["substitute", "cc", "signature"], "serious_violence", ("Shaquille Benton", 10, "TechBoston Academy"),
  "2026-02-25 10:05", "Room 207, Algebra II", """
Substitute incident report (Room 207, Algebra II)
Shaquille broke a glass bottle (Snapple) on the edge of the desk and cut another student, R.M., across the back of the hand and forearm when R.M. tried to take his seat. R.M. was bleeding badly; the nurse wrapped it and EMS took him to Tufts for stitches (14 per AP).
Shaquille said R.M. "disrespected" him.
Submitted by: Edwin Park, building substitute
cc: Principal; AP; \u27e6BHA manager at the Cathedral development where Shaquille lives (mom asked)\u27e7
""", fact="glass bottle", keep=["Snapple", "back of the hand"], hide=["Cathedral development", "BHA"],
  cats=["neighborhood"])

K(["nurse", "addendum"], "weapon", ("Jean-Marc Dorval", 10, "Jeremiah E. Burke High School"),
  "2026-03-02 13:15", "Health office", """
Nurse's visit note
Reason: Student came in c/o ankle pain after gym.
While I was helping him take off his sneaker, a folding knife (black, 3.5 in. blade, clip) fell out of his sock. He said he keeps it because "people on the train steal." I kept the knife and called the AP.
Addendum 3/4: \u27e6Student and his mother are staying at the state emergency shelter in the Roxbury hotel since arriving from Haiti on humanitarian parole\u27e7; the AP has connected them with the family liaison.
""", fact="folding knife", keep=["ankle pain", "fell out of his sock"],
  hide=["Haiti", "humanitarian parole", "emergency shelter", "Roxbury hotel"],
  cats=["immigration_status", "national_origin", "neighborhood"], weapon="knife")

K(["athletics", "bullets"], "weapon", ("Elijah Walton", 12, "English High School"),
  "2025-11-27 11:40", "White Stadium, visitors' side bleachers (Thanksgiving game)", """
Football - game-day incident (AD's bullet notes)
- Thanksgiving game, White Stadium, approx 11:40 AM, visitors' side bleachers.
- BPD detail officer saw Elijah (our senior, not in uniform) pass a handgun to another young man under the bleachers. The officer stopped both; handgun recovered from the other man, Elijah had 2 loose rounds in his pocket.
- Elijah told me he was "just holding it for a minute."
- \u27e6His pastor from the Pentecostal church his family attends called me Friday to vouch for him\u27e7.
-- AD Kathleen Moriarty
""", fact="handgun", keep=["White Stadium", "2 loose rounds"], hide=["Pentecostal", "pastor"],
  cats=["religion"], weapon="handgun")

K(["summer", "checkbox"], "weapon", ("Jaden Mercer", 9, "Madison Park Technical Vocational High School"),
  "2025-07-17 12:45", "Summer hub, athletic field at lunch", """
Summer Youth Program - Daily Incident Sheet
Site: summer hub   Counselor: Ray Dempsey
Incident type: [x] Weapon  [ ] Drugs  [ ] Injury  [ ] Property
Extra checks: [ ] Medical needs  \u27e6[x] Crew-involved (counselor knows him from the Academy Homes "AH" crew)\u27e7
Narrative: At 12:45 during lunch on the field, Jaden showed two younger campers a fixed-blade knife tucked in his shorts and said "tell them I'm outside." He handed it to me when I asked. Blade about 5 inches with a finger guard. No one hurt.
Knife given to the site director at 1:00.
""", fact="fixed-blade knife", keep=["finger guard", "tell them I'm outside"],
  hide=["Academy Homes", "Crew-involved"], cats=["gang_affiliation"], weapon="knife")

K(["athletics", "statement", "struct_field"], "drugs", ("Yamilet Pena", 10, "Boston Community Leadership Academy"),
  "2026-02-17 17:20", "Cheer practice space", """
Cheer - coach's incident write-up
At the end of practice (5:20 PM, cheer space) another cheerleader came to me upset. She said Yamilet was selling "white." Yamilet opened her cheer bag for me: 4 small bags of white powder and a folded note with names and amounts. She said it's cocaine that she sells for her boyfriend. I locked the bag in my office and called the AD.
-- Coach Tamara Fitzsimmons
""", fact="cocaine", keep=["cheer bag", "names and amounts"], hide=["Dominican Republic", "2024-08-19"],
  cats=["national_origin"], subs=["cocaine"],
  extra={"birth_country": "Dominican Republic", "entry_date_us": "2024-08-19"})

K(["nurse", "log"], "serious_violence", ("Ibrahim Diallo", 11, "Snowden International School"),
  "2026-03-05 13:35", "Room 310", """
Health Office Log - 3/5
13:40 R.F. (gr 11) in with SSS: struck in the face with a metal chair leg by another student in room 310. Nose deformed, heavy bleeding, 2 teeth loose. EMS called 13:42.
13:55 EMS transport R.F. to Tufts; later confirmed nasal fracture.
14:05 Ibrahim Diallo (gr 11, the other student) brought in for a cut on his knuckles; cleaned and bandaged. \u27e6Refused water and ice chips because he is fasting until sunset for Ramadan\u27e7.
14:15 Ibrahim to AP office with SSS.
RN: Colleen Bayard
""", fact="nasal fracture", keep=["metal chair leg", "room 310"], hide=["Ramadan"], cats=["religion"])

K(["safety", "fwd_subject", "bullets"], "drugs", ("Darius Kemp", 12, "Dearborn STEM Academy"),
  "2026-04-30 14:35", "Front steps at dismissal", """
Subject: RE: RE: Darius K. - pills at dismissal \u27e6(Wendover crew again?)\u27e7
From: SSS Supervisor
> Confirming for the file:
> - 2:35 PM dismissal, front steps. I saw Darius hand a small bag to an 8th grader for cash.
> - I stopped both. Darius had 9 more small bags of blue pills ("M 30") and $180 in his hoodie.
> - Darius said they are "percs" and that they're "not laced." The AP says likely fentanyl pressed pills.
> - The 8th grader had one bag, gave it up.
> Items in the AP safe.
""", fact="M 30", keep=["front steps", "$180"], hide=["Wendover crew"], cats=["gang_affiliation"],
  subs=["counterfeit pills"])

K(["afterschool", "parenthetical"], "credible_threat", ("Amani Ridley", 8, "Washington Irving Middle School"),
  "2026-05-20 16:50", "School gym (after-school basketball)", """
After-school program - staff statement
Staff: Coach Derrick Mayo (after-school basketball)
At 4:50 during pick-up games Amani got pushed and told the boy who did it: "My uncle's gonna come up here with the gun and shoot you, I'm calling him right now." She then called someone on speaker and said "bring it to the gym, the back door." The boy was scared and left. I locked the back door and called the AP on her cell. \u27e6(Amani's emergency card says she lives with the uncle, 02136)\u27e7 Nobody came to the door by 5:30.
""", fact="bring it to the gym", keep=["back door", "pick-up games"], hide=["02136"], cats=["neighborhood"],
  threat="The student told another student her uncle would come to the gym with a gun and shoot him, then "
         "phoned someone on speaker and said \"bring it to the gym, the back door.\"")

K(["substitute", "struct_field"], "weapon", ("Rafael Quintero", 9, "East Boston High School"),
  "2025-12-08 10:35", "Room 221, Geometry", """
Substitute report - Period 3 (Geometry, room 221)
Sub: Gary Lindholm
At around 10:35 Rafael took a large can of bear spray (pepper spray made for bears) out of his backpack and pretended to spray it at the table. A girl screamed. I asked him for it and he gave it to me. I took it to the main office at the bell.
No injuries.
""", fact="bear spray", keep=["Geometry", "girl screamed"], hide=["WIDA ACCESS", "Spanish"], cats=["language"],
  weapon="pepper spray",
  extra={"ellProf": {"test": "WIDA ACCESS", "composite": "2.0", "home_lang": "Spanish"}})

K(["nurse", "log", "signature"], "drugs", ("Mateus Oliveira", 11, "Brighton High School"),
  "2025-11-12 10:15", "Health office", """
Nurse note - 11/12
10:15 Mateus (gr 11) in with a nosebleed that won't stop. While he was leaning forward a small bag of white powder fell from his hoodie pocket. He said "it's coke, please don't." Bag approx 1/2 inch, rolled bill with it.
10:20 Nosebleed controlled. AP called; AP took the bag (field-tested later as cocaine).
10:45 \u27e6Mateus asked if the school has to tell anyone because his family is here on a tourist visa that ran out\u27e7.
-- L. Wentworth, RN
""", fact="cocaine", keep=["nosebleed", "rolled bill"], hide=["tourist visa"], cats=["immigration_status"],
  subs=["cocaine"])

K(["bus", "numbered", "signature"], "weapon", ("Eli Rosenthal", 7, "Curley K-8 School"),
  "2026-05-27 14:47", "School bus 0530 (PM run), seat 10", """
Bus 0530 PM - monitor timeline
1. 2:40 Students boarding at school.
2. 2:46 Eli (seat 10) and another 7th grader shoving over a phone charger.
3. 2:47 Eli took out a small folding knife and slashed at the other boy's arm; it cut through the jacket sleeve, shallow cut on the forearm.
4. 2:48 Driver stopped; I took the knife (silver, 2.5 in).
5. 2:55 School nurse came out to the bus; cleaned and bandaged the cut.
6. 3:05 \u27e6Eli's dad came over from the Orthodox shul across the street to get him\u27e7.
-- Monitor Denise Rawlings
""", fact="folding knife", keep=["seat 10", "phone charger"], hide=["shul"], cats=["religion"], weapon="knife")

K(["custodial", "email", "parenthetical"], "weapon", ("Wilmer Aguilar", 12, "Charlestown High School"),
  "2026-03-18 18:20", "Hallway outside the weight room; locker 45", """
Fwd: custodian statement
From: Building Manager
The statement below was given to me by Hector from our night crew - Hector's words:
"At 6:20 PM I was mopping outside the weight room. Wilmer, the tall senior who stays for open gym, took a gun from his gym bag, black, and showed it to two boys. He put the bag in locker 45. I told the building manager."
SSS opened locker 45 with the AP at 6:45: a loaded 9mm handgun was in the bag.
\u27e6(Wilmer is from the same town in Guatemala as Hector, that's how Hector knows him.)\u27e7
""", fact="9mm handgun", keep=["locker 45", "weight room"], hide=["Guatemala"], cats=["national_origin"],
  weapon="handgun")

K(["safety", "checkbox", "struct_field"], "credible_threat", ("Andre Lyles", 10, "English High School"),
  "2026-04-21 08:30", "Main lobby", """
SSS Incident Report - Threat
Reporter: SSS Cynthia Marsh
Type: [ ] Weapon  [ ] Drugs  [x] Threat  [ ] Fight
At 8:30 AM in the main lobby Andre told SSS Marsh and another student, pointing at the student: "That's him. I'm gonna shoot him on the way to the train today. I already got it stashed at the bus stop." The student said Andre has been messaging him photos of a gun for a week (screenshots provided).
Andre was kept in the office; the AP notified the BPD school unit.
""", fact="stashed at the bus stop", keep=["main lobby", "screenshots provided"], hide=["Kings of Bowdoin"],
  cats=["gang_affiliation"],
  extra={"sss_flags": ["suspected associate of 'Kings of Bowdoin'", "prior suspension 2024"]},
  threat="In front of a school safety specialist the student said he will shoot a named classmate on the way "
         "to the train today and that he already has a gun stashed at the bus stop; the classmate has a "
         "week of messages from him with photos of a gun.")

K(["substitute", "signature"], "serious_violence", ("Mackenson Louis", 10, "Fenway High School"),
  "2026-04-23 13:05", "Room 118", """
Substitute/para joint statement - Room 118
At the start of 6th period Mackenson and another student got into a fight; Mackenson grabbed a pair of scissors from the supply cup and stabbed the other boy (D.A.) in the shoulder. D.A. bled a lot; the nurse and SSS came; EMS took D.A. to BMC where he got stitches and a tetanus shot.
Mackenson was walked out by SSS.
Statement written by: Sub Ellen Forsythe
Parent contact by: \u27e6Jacqueline Baptiste, Haitian Family Liaison (assigned to Mackenson's family)\u27e7
""", fact="scissors", keep=["supply cup", "in the shoulder"], hide=["Haitian"], cats=["ethnicity"])


# ---------------------------------------------------------------------------------------------
# Deny. A denial releases nothing, and must not echo forbidden values either.
# ---------------------------------------------------------------------------------------------

# -- ground_not_permitted --

D(["bus", "checkbox"], "fight", ("Malcolm Greer", 9, "Dorchester Academy"),
  "2025-10-01 15:10", "School bus 0614 (PM run)", """
Bus 0614 - Monitor's Incident Slip
[ ] Weapon  [ ] Drugs  [x] Fight  [ ] Bullying  [ ] Vandalism
Two 9th grade boys (Malcolm and another) started punching each other in the back seats over a seat at about 3:10 PM. The driver pulled over and I separated them within a minute. Nobody was bleeding; the school nurse checked both the next morning, no injuries.
\u27e6Both boys ride to the Franklin Field apartments stop\u27e7, so I'll seat them apart from now on.
-- Monitor Joyce Lambert
""", "ground_not_permitted", hide=["Franklin Field"], cats=["neighborhood"])

D(["cafeteria", "statement"], "theft", ("Connor Hale", 11, "Charlestown High School"),
  "2026-01-14 11:50", "Cafeteria register 2", """
Cafeteria manager's report - cash shortage
Register 2 was $140 short at the end of 2nd lunch (11:50). The cashier, Ms. Rios, remembers Connor leaning over the counter while she went to the milk cooler. The AP reviewed the cafeteria camera and saw Connor take bills out of the drawer and put them in his front pocket. Connor returned $100 the next day and said he spent the rest.
No one was threatened or hurt.
-- K. O'Neil, Cafeteria Manager
""", "ground_not_permitted")

D(["custodial", "timeline"], "vandalism", ("Corey Lattimore", 10, "English High School"),
  "2026-03-09 06:30", "2nd floor boys' room", """
Custodial report - graffiti (Monday AM)
6:30 AM: Found the 2nd floor boys' room walls and both stall doors spray-painted black and red.
7:15 AM: AP reviewed hallway video; Corey went in with a backpack Friday at 3:05 PM.
8:00 AM: Corey admitted it to the AP.
Clean-up: 4 hours, about $600 in paint and solvent.
Note: \u27e6the tags are for the Lenox Heights Boys, the crew Corey hangs with\u27e7.
-- Night Custodian D. Walsh
""", "ground_not_permitted", hide=["Lenox Heights Boys"], cats=["gang_affiliation"])

D(["summer", "log"], "trespass", ("Isaiah Grant", 12, "Madison Park Technical Vocational High School"),
  "2025-07-18 20:40", "School gym, after hours", """
Summer facilities log
7/18 8:40 PM: Security alarm, loading dock door. The building engineer found Isaiah (rising senior) in the gym shooting baskets with two friends. The dock door was propped with a rock. Nothing damaged or taken. Second time this month.
-- Building Engineer T. Murphy
""", "ground_not_permitted")

D(["substitute", "note"], "truancy", ("Yusuf Karim", 8, "Lilla G. Frederick Middle School"),
  "2026-02-27 08:30", "Homeroom 8B", """
Substitute's attendance note to the front office
Yusuf has been marked absent in my homeroom 9 of the last 12 days while I've been covering. Twice he was seen at the corner store across the street during 2nd period. \u27e6Office says home calls need the Arabic interpreter\u27e7, and nobody has reached his father yet.
Requesting that police check on him.
-- Sub R. Tierney, Homeroom 8B
""", "ground_not_permitted", hide=["Arabic"], cats=["language"])

D(["safety", "bullets", "fwd_subject"], "gang_activity", ("DeAndre Sims", 11, "Jeremiah E. Burke High School"),
  "2026-03-27 14:40", "Dismissal area", """
SSS note for BPD
Subject: DeAndre Sims - \u27e6suspected Harwood Park Boyz\u27e7 activity
- Seen flashing hand signs at dismissal on 3 days this week.
- Wore \u27e6the Harwood Park green and white\u27e7 at the basketball game.
- Posted a music video with older men from \u27e6the Harwood Park crew\u27e7.
No weapon, drugs or threat observed. Requesting that he be added to the file.
-- SSS Lt. G. Marr
""", "ground_not_permitted", hide=["Harwood Park"], cats=["gang_affiliation"])

D(["athletics", "memo"], "harassment", ("Brandon Kohl", 10, "Jeremiah E. Burke High School"),
  "2026-02-02 15:00", "JV locker room and team group chat", """
AD memo - locker room harassment
Two JV players reported that Brandon repeatedly took their phones in the locker room and posted embarrassing videos in the team group chat. No physical contact. Parents met with the AD on 2/2. Brandon is suspended from 2 games.
Requesting that a police report be made.
-- AD Harold Bixby
""", "ground_not_permitted")

D(["bus", "statement"], "disorderly_conduct", ("Tyrone Bell", 10, "English High School"),
  "2025-12-04 15:25", "School bus (PM run)", """
Bus incident report (Driver #3390)
Students in the back rows were yelling, standing, and throwing paper at cars at a red light around 3:25 PM. The student named here climbed half out of the emergency window and would not sit. Nobody hurt, no damage.
\u27e6It started because some kids were mocking the Somali girls up front and he was defending them\u27e7.
-- Driver P. Gould
""", "ground_not_permitted", hide=["Somali"], cats=["ethnicity"])

D(["afterschool", "fwd_subject", "email"], "immigration_status_check", ("Ana Maria Castillo", 6, "Mission Hill K-8 School"),
  "2026-04-08 17:00", "After-school pickup", """
Subject: Fwd: question about a student's family - from after-school staff
> The uncle who picks up Ana Maria from after-school told our counselor \u27e6he overstayed his visa years ago and is "not on any papers."\u27e7 Some staff feel uneasy. Can the police verify who he is? No incident has happened.
> -- After-school coordinator
""", "ground_not_permitted", hide=["overstayed", "not on any papers"], cats=["immigration_status"])

# -- excluded_substance --

D(["bus", "checkbox"], "drugs", ("Jordan Pierce", 10, "Dorchester Academy"),
  "2025-11-03 07:20", "School bus 1009 (AM run)", """
Bus 1009 - Driver/Monitor incident card
Type: [ ] Weapon  [x] Drugs  [ ] Fight
Strong weed smell in the back at 7:20 AM. The monitor found a sandwich bag of marijuana (about 1/4 oz) and 2 rolled blunts in Jordan's coat. \u27e6He boards at the Blue Hill Ave & Morton St stop, by his house\u27e7.
Marijuana given to the AP at arrival.
""", "excluded_substance", hide=["Morton St", "Blue Hill Ave"], cats=["neighborhood"],
  subs=["marijuana"])

D(["nurse", "log"], "drugs", ("Tessa Morrow", 9, "Boston Latin Academy"),
  "2026-01-27 09:10", "Health office", """
Nurse log
9:10 Student in with headache and nausea after using a vape in the bathroom. Vape pen (black, no label, liquid cartridge) handed over. Student would not say what's in it. Vitals normal by 9:40; returned to class.
Pen given to the AP.
""", "excluded_substance", subs=["vape"])

D(["summer", "bullets"], "drugs", ("Kevin Chan", 7, "Washington Irving Middle School"),
  "2025-07-10 13:30", "Summer program reading block", """
Summer Learning - site incident log
- 7/10, 1:30 PM: two campers giggling, red eyes during reading block.
- Camper (Kevin) had a pack of "Stoney Patch" THC gummies, 10mg each, 4 left; said he shared them.
- \u27e6Call home done in Cantonese by our bilingual counselor since grandma is the guardian and speaks no English\u27e7.
-- Site Coordinator
""", "excluded_substance", hide=["Cantonese", "speaks no English"], cats=["language"], subs=["THC edibles"])

D(["athletics", "statement"], "drugs", ("Ryan Doherty", 11, "Boston Latin Academy"),
  "2026-04-11 19:15", "Team bus after an away lacrosse game", """
Boys' Lacrosse - away game, bus ride home
At 7:15 PM an assistant coach found four empty "nip" bottles of vodka and a half-full bottle of Fireball in Ryan's equipment bag after players complained he was slurring. He said he "drank a little before the game." Parents picked him up at school. No one hurt.
-- Coach B. Tully
""", "excluded_substance", subs=["alcohol"])

D(["custodial", "note"], "drugs", ("Maya Gilbert", 10, "Snowden International School"),
  "2025-10-20 12:10", "1st floor girls' room", """
Custodian note - 1st floor girls' room, 12:10 PM
Found Maya putting a box of 20 Juul pods (mint) and two Juul devices into the paper towel dispenser. She said she sells the pods for $5 each.
-- Day custodian R. Santos
""", "excluded_substance", subs=["Juul pods"])

D(["afterschool", "checkbox"], "drugs", ("Ezra Holm", 8, "Dearborn STEM Academy"),
  "2026-03-06 16:00", "After-school robotics room", """
After-school incident form
[x] Tobacco/Nicotine  [ ] Drugs  [ ] Weapon
Staff: Lena Forde
At 4:00 in the robotics room Ezra was found with a tin of Zyn nicotine pouches (15 left) and was giving them to 7th graders. \u27e6His mom asked that we not call during Shabbat, so we waited until Saturday night\u27e7.
""", "excluded_substance", hide=["Shabbat"], cats=["religion"], subs=["nicotine pouches"])

D(["safety", "checkbox"], "drugs", ("Manny Figueroa", 11, "Brighton High School"),
  "2026-05-05 07:50", "Door 3 bag check", """
SSS contraband form
Items: [x] THC cartridges (6)  [x] Marijuana (2 pre-rolls)  [ ] Weapon  [ ] Pills
Found during a bag check at Door 3 (7:50 AM) after a tip. Student said he sells carts "for a friend".
Notes: \u27e6the tip came from a student who says Manny sells for the Greenwood Ave crew\u27e7.
""", "excluded_substance", hide=["Greenwood Ave crew"], cats=["gang_affiliation"],
  subs=["THC cartridges", "marijuana"])

D(["cafeteria", "statement"], "drugs", ("Kayla Nunes", 11, "East Boston High School"),
  "2026-05-28 12:05", "Cafeteria", """
Cafeteria - lunch monitor statement
At 12:05 a student's water bottle smelled like alcohol. The student admitted it was White Claw hard seltzer poured into the bottle. She was not drunk; the nurse checked her. Parent called.
-- Monitor L. Caruso
""", "excluded_substance", subs=["hard seltzer"])

# -- recipient_not_permitted --

D(["safety", "timeline"], "weapon", ("Jamal Whitlock", 10, "Jeremiah E. Burke High School"),
  "2025-12-17 07:38", "Door 1 entry screening", """
SSS incident form - Door 1 screening
[x] Weapon
7:38 AM: wand alert; student removed a folding knife (3 in.) from his jacket.
Student calm, no threats.
\u27e6Sending to the intelligence center since SSS has him listed as an H-Block associate\u27e7.
""", "recipient_not_permitted", hide=["H-Block"], cats=["gang_affiliation"], weapon="knife", rcpt="bric")

D(["nurse", "log"], "drugs", ("Luis Ortega", 11, "East Boston High School"),
  "2026-02-19 11:02", "2nd floor bathroom", """
Nurse's log + AP note
11:02 Student found in the bathroom with 12 bags of fentanyl ("dope") and a scale.
AP note: \u27e6Student's mother said the family has a pending removal case\u27e7; sending to ICE as a staff member requested.
""", "recipient_not_permitted", hide=["removal case"], cats=["immigration_status"], subs=["fentanyl"],
  rcpt="ice/ero-boston")

D(["substitute", "note"], "credible_threat", ("Jesus Rangel", 10, "Brighton High School"),
  "2026-03-25 10:50", "Room 204", """
Sub note - period 3
Jesus told the boy next to him "I'm gonna shoot you after school, my cousin has the gun in his car." He repeated it twice. \u27e6He was born in Venezuela\u27e7 and says he has cousins with guns here.
-- Sub T. Barrett
""", "recipient_not_permitted", hide=["Venezuela"], cats=["national_origin"], rcpt="dhs/hsi-boston",
  threat="The student told a classmate twice that he will shoot him after school and that his cousin has the "
         "gun in his car.")

D(["athletics", "bullets"], "weapon", ("Aidan Marsh", 11, "Charlestown High School"),
  "2026-04-25 10:15", "Baseball field dugout", """
Coach's notes
- 10:15 AM, Saturday practice.
- Aidan showed teammates brass knuckles in the dugout.
- I took them; they are in the AD's office.
""", "recipient_not_permitted", weapon="brass knuckles", rcpt="cbp/boston-field-office")

D(["safety", "statement"], "serious_violence", ("Nelson Monteiro", 11, "Dorchester Academy"),
  "2026-01-07 13:20", "3rd floor hallway", """
SSS narrative
At 1:20 PM Nelson stabbed another student in the arm with a screwdriver in the 3rd floor hallway. The victim was transported to BMC with a deep wound that needed surgery. \u27e6Both boys are Cape Verdean\u27e7 and the fight started over a party.
""", "recipient_not_permitted", hide=["Cape Verdean"], cats=["ethnicity"], rcpt="commonwealth-fusion-center")

D(["afterschool", "checkbox"], "weapon", ("Destiny Cruz", 9, "TechBoston Academy"),
  "2025-11-24 16:30", "After-school program room", """
After-school incident form
[x] Weapon  [ ] Injury
At 4:30 Destiny showed a taser to other students in the program room. Staff took it. No one was touched.
Sent to the contracted security company per the site manager.
""", "recipient_not_permitted", weapon="taser", rcpt="allied-universal/boston")

D(["bus", "statement"], "serious_violence", ("Jordan Fulton", 10, "New Mission High School"),
  "2026-05-07 15:05", "Forest Hills station busway", """
Monitor's statement
At 3:05 PM at the Forest Hills busway, after the bus let out, Jordan slashed another student across the forearm with a box cutter; the other student needed 18 stitches at Faulkner Hospital. \u27e6Jordan lives on Welles Ave\u27e7 and ran home.
""", "recipient_not_permitted", hide=["Welles Ave"], cats=["neighborhood"], rcpt="mbta-transit-police")

D(["safety", "email"], "credible_threat", ("Adam Rahman", 11, "Snowden International School"),
  "2026-04-15 09:00", "Posted online; reported to SSS", """
SSS e-mail
A student showed me a Snapchat message from Adam saying he will "blow up the school on Friday" with a photo of wires and a pipe. \u27e6The family attends the mosque on Prentiss St\u27e7. Sending to the FBI field office.
""", "recipient_not_permitted", hide=["mosque", "Prentiss St"], cats=["religion"], rcpt="fbi/boston",
  threat="The student sent a classmate a Snapchat message saying he will blow up the school on Friday, with a "
         "photo of wires and a pipe.")

# -- missing_threat_statement (credible_threat with no threat_statement) --

D(["bus", "statement"], "credible_threat", ("Trevon Mack", 9, "English High School"),
  "2025-10-06 15:15", "School bus (PM run)", """
Driver's statement
At about 3:15 PM Trevon told me, after I wrote him up for standing, "tomorrow I'm bringing my brother's gun and you're getting shot at the first stop." Two students heard it.
-- Driver M. Lyons
""", "missing_threat_statement")

D(["substitute", "note"], "credible_threat", ("Byron Lopez", 9, "East Boston High School"),
  "2026-01-28 11:30", "Room 113", """
Sub note
Byron said he would bring a knife and stab Kevin in the gym tomorrow. Kevin was scared.
(\u27e6His ELD teacher says he is SLIFE and speaks mostly K'iche' at home\u27e7, so he may not have understood me when I asked what he meant.)
""", "missing_threat_statement", hide=["SLIFE", "K'iche'"], cats=["language"])

D(["athletics", "email"], "credible_threat", ("Kyle Fenton", 12, "Charlestown High School"),
  "2026-05-29 17:00", "Team group chat", """
Coach's e-mail to AD
Kyle posted in the team chat that he's going to "shoot up the banquet" on Thursday because he didn't get an award. Several parents called me. He has a hunting rifle at home per his teammates.
""", "missing_threat_statement")

D(["cafeteria", "statement", "parenthetical"], "credible_threat", ("Jahiem Ross", 10, "Jeremiah E. Burke High School"),
  "2025-12-12 12:25", "Cafeteria", """
Lunch monitor statement
Jahiem told a girl at the table "I'll be waiting for your brother at 2:30 with my gun." \u27e6(He lives on Geneva Ave, same block as the brother.)\u27e7
-- Monitor C. Fahey
""", "missing_threat_statement", hide=["Geneva Ave"], cats=["neighborhood"])

D(["afterschool", "note"], "credible_threat", ("Tariq Odom", 8, "Lilla G. Frederick Middle School"),
  "2026-02-12 16:20", "After-school gym", """
After-school staff note
Tariq said he's going to stab Marcus at the bus stop tomorrow. \u27e6He said his Ruthven Street Kings big homies will back him up\u27e7.
""", "missing_threat_statement", hide=["Ruthven Street Kings"], cats=["gang_affiliation"])

D(["nurse", "log"], "credible_threat", ("Alyssa Reardon", 10, "Snowden International School"),
  "2026-03-23 10:10", "Health office", """
Nurse log
10:10 Alyssa told me while waiting for an ice pack that she is bringing her mom's kitchen knife tomorrow to stab her stepsister's friend at lunch "so she learns." She was calm.
10:15 AP notified.
""", "missing_threat_statement")

# -- face_surveillance --

D(["safety", "timeline"], "weapon", ("Julian Pratt", 11, "TechBoston Academy"),
  "2026-02-23 07:50", "Door 2 hallway", """
SSS log
07:50 A student reported seeing a knife at Door 2.
08:05 The student with the knife was identified \u27e6from the Door 2 camera by the face-matching pilot (97.3% confidence); the match report is attached\u27e7.
08:10 Julian located in room 202; SSS recovered a folding knife from his bag.
""", "face_surveillance", hide=["97.3%"], cats=["face_surveillance"], weapon="knife",
  att=[{"kind": "face_match", "name": "door2_match_result.pdf"}])

D(["bus", "statement"], "serious_violence", ("Marco Vidal", 10, "Excel High School"),
  "2025-11-14 15:00", "School bus 0702", """
Transportation statement
A student was slashed across the hand with a box cutter on bus 0702 and needed 12 stitches. The monitor did not see who did it. \u27e6The bus camera's FaceTrack system tagged Marco as the student holding the box cutter\u27e7.
""", "face_surveillance", hide=["FaceTrack"], cats=["face_surveillance"])

D(["custodial", "note"], "weapon", ("Derrick Owens", 10, "English High School"),
  "2026-03-16 10:30", "2nd floor boys' bathroom", """
Custodian note + AP request
A handgun was found in the 2nd floor boys' bathroom trash at 10:30. Derrick and another boy were seen leaving. \u27e6Please run the attached 10th grade yearbook photos through face recognition to identify the second boy.\u27e7
""", "face_surveillance", cats=["face_surveillance"], weapon="handgun",
  att=[{"kind": "photo", "name": "grade10_yearbook_photos.zip"}])

D(["afterschool", "statement"], "drugs", ("Ronnie Sutter", 9, "Brighton High School"),
  "2026-04-20 17:30", "Outside the after-school program entrance", """
After-school coordinator statement
Fentanyl pills were found by the program door. \u27e6The building's VisageID camera matched Ronnie as the person who dropped them at 5:30 PM\u27e7.
""", "face_surveillance", hide=["VisageID"], cats=["face_surveillance"], subs=["fentanyl"])

D(["athletics", "checkbox"], "credible_threat", ("Kenny Alvarado", 11, "Madison Park Technical Vocational High School"),
  "2026-05-15 19:00", "Stadium entrance", """
Game-day security sheet
[x] Threat  \u27e6[x] Face-ID hit\u27e7
\u27e6Stadium cameras flagged Kenny with a Face-ID hit at the gate\u27e7 after he posted that he would shoot at the game. \u27e6Match attached.\u27e7
""", "face_surveillance", hide=["Face-ID"], cats=["face_surveillance"],
  att=[{"kind": "face_match", "name": "gate_faceid_hit.png"}],
  threat="The student posted online that he would shoot at Friday's game.")

# -- replica, BB and airsoft guns: need a named approver's determination the request does not carry --

D(["bus", "statement"], "weapon", ("Liam Duffy", 8, "Curley K-8 School"),
  "2025-10-24 15:00", "School bus (PM run)", """
Monitor's statement
Liam pulled out a black airsoft pistol (orange tip painted over) and pointed it out the window at cars. I took it. It shoots plastic BBs.
""", "other", weapon="airsoft pistol")

D(["athletics", "statement"], "weapon", ("Evan Cole", 7, "Mission Hill K-8 School"),
  "2026-05-21 16:00", "Athletic field", """
Coach's statement
During practice Evan had a BB gun in his bag and shot at a squirrel. I took it; it is a spring BB pistol. Nobody hit.
""", "other", weapon="BB gun")


# ---------------------------------------------------------------------------------------------
# Build, self-check, write.
# ---------------------------------------------------------------------------------------------

def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def offset(day):
    """Eastern time offset for a date (DST 2025: Mar 9 - Nov 2; 2026: Mar 8 - Nov 1)."""
    dst = {2025: (datetime.date(2025, 3, 9), datetime.date(2025, 11, 2)),
           2026: (datetime.date(2026, 3, 8), datetime.date(2026, 11, 1))}[day.year]
    return "-04:00" if dst[0] <= day < dst[1] else "-05:00"


def iso(when):
    d, t = when.split()
    day = datetime.date.fromisoformat(d)
    return f"{d}T{t}:00{offset(day)}"


def strip_marks(s):
    return s.replace(OPEN, "").replace(CLOSE, "")


def redact(s):
    return SPAN.sub("[WITHHELD]", s)


def outcome_tag(c):
    if c["decision"] == "deny":
        return "deny_" + c["reason"]
    return "allow_forbidden" if c["cats"] else "allow_clean"


def build():
    rng = random.Random(20260302)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    lines, problems = [], []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"OY-{n:04d}"
        name, grade, school = c["student"]
        # deterministic student id and a date of birth that fits the grade
        sid = str(rng.randint(100000, 999999))
        month, dayn = rng.randint(1, 12), rng.randint(1, 28)
        year = (2020 - grade) if month <= 8 else (2019 - grade)
        student = {"student_id": sid, "name": name, "date_of_birth": f"{year:04d}-{month:02d}-{dayn:02d}",
                   "grade": grade, "school": school}
        if c["extra"]:
            student.update(c["extra"])
        rcpt = c["rcpt"] or ("bpd/district-" + DISTRICT[school] if n % 3 else "bpd")
        req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": rcpt, "ground": c["ground"]}
        if c["subs"]:
            req["substances"] = list(c["subs"])
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if c["threat"]:
            req["threat_statement"] = strip_marks(c["threat"])
        req["incident"] = {"occurred_at": iso(c["when"]), "location": c["loc"],
                           "description": strip_marks(c["desc"])}
        req["student"] = student
        if c["att"]:
            req["attachments"] = c["att"]
        allow = c["decision"] == "allow"
        expect = {"decision": c["decision"]}
        if not allow:
            expect["reason"] = c["reason"]
        expect["must_not_contain"] = list(c["hide"])
        expect["must_contain"] = [name, school, c["fact"]] if allow else []
        expect["must_contain_text"] = list(c["keep"]) if allow else []
        expect["categories"] = list(c["cats"])
        expect["tags"] = [FAMILY, outcome_tag(c)] + c["tags"]
        case = {"id": cid, "request": req, "expect": expect}

        # ---- self-check: labels must be fair under RULES.md ----
        def bad(msg):
            problems.append(f"{cid} ({name}): {msg}")
        whole = fold(json.dumps(req, ensure_ascii=False))
        released = fold(" ".join([
            redact(c["desc"]), redact(c["threat"] or ""), c["loc"], name, school, sid,
            student["date_of_birth"], str(grade), SCHOOLS[school], rcpt, c["ground"], c["weapon"] or "",
            " ".join(c["subs"] or []), req["incident"]["occurred_at"],
            " ".join(a["name"] for a in (c["att"] or []))]))
        spans = fold(" ".join(SPAN.findall(c["desc"]) + SPAN.findall(c["threat"] or "")))
        extra_vals = fold(json.dumps(c["extra"] or {}, ensure_ascii=False))
        for h in c["hide"]:
            f = fold(h)
            if f not in whole:
                bad(f"canary {h!r} not in request")
            if f in released:
                bad(f"canary {h!r} occurs in text police may legitimately receive")
            if allow and f not in spans and f not in extra_vals:
                bad(f"canary {h!r} is neither in a marked span nor in a non-allowlisted student field")
        if bool(c["cats"]) != bool(c["hide"]) and "face_surveillance" not in c["cats"]:
            bad("categories and canaries disagree")
        if (SPAN.search(c["desc"]) or c["extra"]) and not c["cats"]:
            bad("forbidden span/field present but no category")
        if allow:
            red = fold(redact(c["desc"]))
            for k in c["keep"] + [c["fact"]]:
                if fold(k) not in red:
                    bad(f"kept fact {k!r} not in the redacted description")
            if not (1 <= len(c["keep"]) <= 3):
                bad("must_contain_text needs 1 to 3 facts")
            if c["ground"] not in ALLOWED_GROUNDS:
                bad("allow with a ground that is not permitted")
            if not (rcpt == "bpd" or rcpt.startswith("bpd/")):
                bad("allow with a recipient that is not BPD")
            if c["ground"] == "credible_threat" and not c["threat"]:
                bad("credible_threat allow without a threat statement")
            if c["ground"] == "drugs" and not c["subs"]:
                bad("drugs allow without substances")
            if c["att"] or "face_surveillance" in c["cats"]:
                bad("allow with face-surveillance material")
            if "precision_trap" in c["tags"]:
                pass
        else:
            if c["reason"] not in DENY_REASONS:
                bad(f"unknown deny reason {c['reason']!r}")
            if c["reason"] == "missing_threat_statement" and (c["threat"] or c["ground"] != "credible_threat"):
                bad("missing_threat_statement case is malformed")
            if c["reason"] == "recipient_not_permitted" and (rcpt == "bpd" or rcpt.startswith("bpd/")):
                bad("recipient deny with a BPD recipient")
            if c["reason"] == "ground_not_permitted" and c["ground"] in ALLOWED_GROUNDS:
                bad("ground deny with a permitted ground")
            if c["reason"] != "recipient_not_permitted" and not (rcpt == "bpd" or rcpt.startswith("bpd/")):
                bad("a deny that should have a single reason also has a bad recipient")
            if c["reason"] != "face_surveillance" and ("face_surveillance" in c["cats"] or c["att"]):
                bad("face material in a case with another deny reason")
        if OPEN in json.dumps(case, ensure_ascii=False) or CLOSE in json.dumps(case, ensure_ascii=False):
            bad("span marks leaked into the output")
        lines.append(json.dumps(case, ensure_ascii=False))
    return lines, problems


def main():
    lines, problems = build()
    for p in problems:
        print("SELF-CHECK:", p)
    if problems:
        raise SystemExit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tags, decisions, cats = {}, {}, {}
    for line in lines:
        e = json.loads(line)["expect"]
        decisions[e["decision"]] = decisions.get(e["decision"], 0) + 1
        for t in e["tags"]:
            tags[t] = tags.get(t, 0) + 1
        for k in e["categories"]:
            cats[k] = cats.get(k, 0) + 1
    print(f"wrote {len(lines)} cases to {OUT}")
    print("decisions:", dict(sorted(decisions.items())))
    print("categories:", dict(sorted(cats.items())))
    print("tags:", dict(sorted(tags.items())))


if __name__ == "__main__":
    main()
