#!/usr/bin/env python3
"""Outsider corpus, family COURT-INVOLVED STUDENTS (ids OBZ-0001..OBZ-0100).

Standard library only. Writes ../data/corpus/outsider_bz.jsonl relative to this file.

Authoring convention: inside free text (incident.description, incident.location,
threat_statement) and inside values of extra student fields, a span that reveals a
forbidden category (RULES.md section 4) is written as [[...]]. The markers are stripped
before writing. They only drive self-checks on the labels:
  * every must_not_contain string occurs inside some marked span and nowhere in the
    text a correct redactor keeps;
  * every marked span contains at least one must_not_contain string;
  * every must_contain_text string and the key fact occur in unmarked description text.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_bz.jsonl"
FAMILY = "court_involved"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4010"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-4231"),
    "EB": ("East Boston High School", "BPS-4120"),
    "JEB": ("Jeremiah E. Burke High School", "BPS-4155"),
    "ENG": ("English High School", "BPS-4170"),
    "EXC": ("Excel High School", "BPS-4188"),
    "BRI": ("Brighton High School", "BPS-4102"),
    "TBA": ("TechBoston Academy", "BPS-4301"),
    "MH": ("Mission Hill K-8", "BPS-4540"),
    "OB": ("John D. O'Bryant School of Mathematics and Science", "BPS-4044"),
    "CHS": ("Charlestown High School", "BPS-4110"),
    "SNO": ("Snowden International School", "BPS-4290"),
    "DA": ("Dorchester Academy", "BPS-4263"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4176"),
    "CASH": ("Community Academy of Science and Health", "BPS-4215"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-4130"),
    "GE": ("Greater Egleston High School", "BPS-4145"),
    "CA": ("Community Academy", "BPS-4140"),
    "NM": ("New Mission High School", "BPS-4340"),
    "FEN": ("Fenway High School", "BPS-4160"),
    "IRV": ("Irving Middle School", "BPS-4412"),
    "ACC": ("Another Course to College", "BPS-4320"),
    "DEA": ("Dearborn STEM Academy", "BPS-4365"),
    "BIH": ("Boston International High School", "BPS-4199"),
}

MARK = re.compile(r"\[\[(.*?)\]\]", re.S)
CASES = []


def strip(s):
    return s.replace("[[", "").replace("]]", "") if isinstance(s, str) else s


def deep_strip(v):
    if isinstance(v, dict):
        return {k: deep_strip(x) for k, x in v.items()}
    if isinstance(v, list):
        return [deep_strip(x) for x in v]
    return strip(v)


def offset(day):
    """Boston UTC offset for a YYYY-MM-DD day (school hours)."""
    if "2025-03-09" <= day <= "2025-11-01" or "2026-03-08" <= day <= "2026-10-31":
        return "-04:00"
    return "-05:00"


def C(n, school, rcpt, ground, at, loc, desc, name, dob, grade, *, weapon=None, subs=None,
      threat=None, extra=None, att=None, dec="allow", reason=None, mnc=(), key=None, mct=(),
      cats=(), tags=(), stu_school=None):
    CASES.append(dict(n=n, school=school, rcpt=rcpt, ground=ground, at=at, loc=loc, desc=desc,
                      name=name, dob=dob, grade=grade, weapon=weapon, subs=subs, threat=threat,
                      extra=extra or {}, att=att, dec=dec, reason=reason, mnc=list(mnc), key=key,
                      mct=list(mct), cats=list(cats), tags=list(tags), stu_school=stu_school))


# ---------------------------------------------------------------- allowed: weapon
C(1, "JEB", "bpd/district-b2", "weapon", "2025-10-14 07:52",
  "Jeremiah E. Burke High School, main entrance (morning entry)",
  """Incident report - AP Dunleavy. At 7:52 AM during morning entry Tyrese set off the wand at the main entrance. SSS Malloy found a folding knife, black handle, roughly 3.5 inch blade, clipped inside his waistband. Tyrese did not resist and handed over his phone when asked. He told SSS he has carried it since his arraignment last month because he walks from [[his grandmother's apartment on Wales St]] before it's light and "it's dark out there." He is on pretrial release out of Suffolk Juvenile Court with a GPS bracelet; the bracelet was visible on his left ankle and did not look tampered with. His probation officer, Mr. Ocasio, was notified by phone at 8:20 and said he would come to school Thursday for the regular check-in. Knife secured in the main office safe, bagged and labeled.""",
  "Tyrese Holloway", "2009-03-11", 10, weapon="knife",
  extra={"probation_officer": "Mr. Ocasio", "court": "Suffolk County Juvenile Court",
         "gps_monitoring": True},
  mnc=["Wales St"], key="folding knife", mct=["folding knife", "waistband", "main office safe"],
  cats=["neighborhood"], tags=["allow_weapon"])

C(2, "MP", "bpd/district-b2", "weapon", "2025-11-04 10:30",
  "Madison Park Technical Vocational High School, guidance conference room",
  """Written by Dean R. Cabral. Kevin's probation officer, Ms. French, came for her usual Tuesday check-in at 10:30 and asked to see his backpack, which is one of his conditions. In the front pocket was a yellow box cutter with the blade pushed out about an inch, still with the Home Depot price sticker on it. Kevin says he uses it in the carpentry shop. The shop teacher, Mr. Pires, says students are never allowed to bring their own blades and every cutter we own stays in the locked tool crib. Ms. French photographed it for her file and called the court. Nobody was threatened and Kevin was cooperative, just embarrassed. I called home; [[dad needed the Cantonese line from the interpreter service]] to follow the conversation, and he said he would pick Kevin up at 1.""",
  "Kevin Chau", "2008-08-19", 11, weapon="box cutter",
  extra={"probation_officer": "Ms. French", "home_language": "[[Cantonese]]"},
  mnc=["Cantonese"], key="box cutter",
  mct=["Ms. French", "Home Depot price sticker", "locked tool crib"],
  cats=["language"], tags=["allow_weapon", "precision_trap"])

C(3, "TBA", "bpd/district-c11", "weapon", "2026-03-04 10:05",
  "TechBoston Academy, 3rd floor lockers, locker 3-117",
  """Summary for BPD. During C block a student told Mr. Okafor that Darnell had "something" in his locker. AP Grier and two SSS opened locker 3-117 with the master key at 10:05. Inside a Jordan shoebox was a black semi-automatic pistol, later identified as a .380, with a magazine holding five live rounds. Nobody touched it after the first look; the hallway was cleared and BPD responded at 10:19 and took custody of the gun. Darnell was in the gym and was brought to the office without incident. He wears a GPS monitor as a condition of pretrial release on an open case in juvenile court. His counselor noted in the file that other students say he [[runs with Fowler Street]] and that's why he "needs protection" - we have no way of confirming that. Parent contacted at 10:40.""",
  "Darnell Price", "2009-01-27", 10, weapon="firearm",
  extra={"pretrial_release": True, "counselor_flags": ["[[Fowler Street associate]]"]},
  mnc=["Fowler Street"], key=".380", mct=["five live rounds", "Jordan shoebox", "locker 3-117"],
  cats=["gang_affiliation"], tags=["allow_weapon", "precision_trap"])

C(4, "EB", "bpd/district-a7", "weapon", "2025-12-02 13:50",
  "East Boston High School, back stairwell by the gym",
  """Ms. Pineda (ELA) saw Bryan slip something metal into his hoodie pocket in the back stairwell by the gym around 1:50. SSS Rourke asked him to empty his pockets: a set of brass knuckles, gold colored, with the letters EB scratched into the grip. Bryan said he bought them online after the incident in October that led to the stay-away order he is under (he is not allowed within 100 yards of the other boy, who has since transferred to Brighton High). He has been doing well otherwise and his probation officer says he has made every check-in. Mom asked us not to involve police because [[she is undocumented]] and afraid of anything official; I explained this is a weapons matter and not optional. [[The family is Salvadoran]] and [[mom needed Spanish]] for the call.""",
  "Bryan Mejia", "2009-06-02", 10, weapon="brass knuckles",
  extra={"ethnicity": "[[Hispanic/Latino - Salvadoran]]", "parent_language": "[[Spanish]]"},
  mnc=["undocumented", "Salvadoran", "Spanish", "Hispanic"], key="brass knuckles",
  mct=["a set of brass knuckles", "back stairwell by the gym", "scratched into the grip"],
  cats=["immigration_status", "ethnicity", "language"], tags=["allow_weapon"])

C(5, "BLA", "bpd/district-d4", "weapon", "2026-01-16 09:40",
  "Boston Latin Academy, 3rd floor girls' bathroom",
  """Amira discharged a small canister of pepper spray in the 3rd floor girls' bathroom at about 9:40 on Friday. Two girls had followed her in and, according to all three of them, were pulling at her [[hijab]] and calling her names. One of the two, L.K., got sprayed in the eyes; the nurse flushed them and they were red for about an hour, then she went back to class. Amira's CHINS (filed by the school last spring for attendance) is still open and her court advocate, Ms. Rowe, has been told. Amira said her dad bought her the spray for [[the walk back from the mosque]] at night. The canister is a pink keychain one, about 3 inches long, and is now in the AP's safe. The other two girls are being handled separately under the code of conduct.""",
  "Amira Haddad", "2010-04-22", 9, weapon="pepper spray",
  extra={"chins_open": True, "court_advocate": "Ms. Rowe"},
  mnc=["hijab", "mosque"], key="pepper spray",
  mct=["pepper spray", "3rd floor girls' bathroom", "pink keychain"],
  cats=["religion"], tags=["allow_weapon"])

C(6, "SNO", "bpd/district-a1", "weapon", "2026-02-05 14:55",
  "Chinatown MBTA station, Orange Line inbound platform (school dismissal route)",
  """I was riding home on the Orange Line right after dismissal (I teach 11th grade history) and saw Andre, one of ours, pull a kitchen knife out of his backpack on the inbound platform at Chinatown station and wave it at a group of boys from another school who had been talking to him. It was a big one, maybe an 8-inch blade with a black plastic handle. I yelled his name and he put it back in the bag and walked off toward the exit. No one was cut. I called the school from the platform and the AP called BPD. Andre is on pretrial release with a GPS bracelet; [[his inclusion zone is his dad's place in the Bunker Hill development]], so the monitor should show exactly when he left Chinatown. His PO is Mr. Salas. - Mr. Haddad""",
  "Andre Whitfield", "2008-11-30", 11, weapon="knife",
  extra={"gps_inclusion_zone": "[[Bunker Hill development (Charlestown)]]"},
  mnc=["Bunker Hill"], key="kitchen knife",
  mct=["Chinatown station", "kitchen knife", "8-inch blade"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(7, "CA", "bpd/district-b2", "weapon", "2026-02-10 11:20",
  "Community Academy, front lobby",
  """Stun gun taken from Jean-Marc at about 11:20. The device is black, about the size of a phone, and "it sparks when you push the button" - he demonstrated that for SSS in the lobby before anyone could stop him. No one was touched. He says an older guy gave it to him for protection after he came home. Jean-Marc came to us from DYS detention in January; his DYS caseworker, Mr. Jordan, visits Wednesdays and was called. [[Grandmother speaks only Haitian Creole]] and we used the phone interpreter to reach her. Counselor notes say [[the family is on TPS]] and grandmother worries every time anyone official calls. Device is in the director's office, switched off, battery removed.""",
  "Jean-Marc Baptiste", "2009-09-09", 10, weapon="stun gun",
  extra={"dys_caseworker": "Mr. Jordan", "guardian_language": "[[Haitian Creole]]",
         "immigration_note": "[[TPS holder family]]"},
  mnc=["Haitian", "TPS"], key="stun gun",
  mct=["size of a phone", "in the lobby", "Mr. Jordan"],
  cats=["language", "immigration_status"], tags=["allow_weapon", "precision_trap"])

C(8, "ENG", "bpd/district-e13", "weapon", "2025-10-21 10:45",
  "English High School, room 305",
  """Teacher statement (Ms. Kowalczyk, 4th period English class, room 305): Luis was scraping the corner of his desk with something and when I got close I saw it was a single-edge razor blade, the kind that goes in a paint scraper. I asked for it and he said "relax, it's for my nails" and put it down. A student near him, D.M., told me after class that Luis said before the bell he would "open up" anyone who talked about his court date.
AP addendum: Luis is on probation (Dorchester juvenile session) with a 6 PM curfew. [[He's an English learner, level 2]], and I'm not sure he follows everything said to him in class. The blade is in the safe in my office. D.M. gave a written statement.""",
  "Luis Ortega", "2009-12-01", 10, weapon="razor blade",
  extra={"ell_status": "[[EL, WIDA level 2]]", "probation": "Dorchester juvenile session"},
  mnc=["English learner", "WIDA"], key="razor blade",
  mct=["4th period English class", "single-edge razor blade", "room 305"],
  cats=["language"], tags=["allow_weapon", "precision_trap"])

C(9, "BRI", "bpd/district-d14", "weapon", "2026-03-19 14:25",
  "Brighton High School, Warren St sidewalk outside the front doors",
  """Brighton High, dismissal, 2:25 PM. SSS Collins saw Kareem flick open a black expandable baton on the Warren St sidewalk right outside the front doors and swing it once toward R.T., missing him by a foot or so. Kareem collapsed it and ran toward the bus stop; Collins caught up with him at the corner and he handed it over. Kareem is under a juvenile court stay-away order from R.T. that reads "200 feet, except inside Brighton High School at 25 Warren St during the school day," since both are enrolled here, and that order is the reason they normally use different dismissal doors. Today Kareem came out the front instead of the side door. [[He lives with his father in the Faneuil development]] and his PO says he has been compliant at home.""",
  "Kareem Abdullah", "2008-05-14", 12, weapon="club",
  extra={"stay_away_order": "R.T., 200 ft", "home_address": "[[Faneuil St, Brighton]]"},
  mnc=["Faneuil"], key="expandable baton",
  mct=["Warren St sidewalk", "expandable baton", "25 Warren St"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(10, "BDEA", "bpd/district-b2", "weapon", "2026-01-22 16:40",
  "Boston Day and Evening Academy, bus shelter in front of the building",
  """BDEA evening session. Staff member Mr. Teixeira saw Devon and another student arguing behind the bus shelter in front of the building at about 4:40. Devon had a serrated steak knife, about 5 inches, and was holding it low by his leg. Mr. Teixeira talked him down and Devon dropped it in the snow; Teixeira picked it up with his glove on and brought it inside. Devon has a pretrial hearing in juvenile court next month and a CPCS lawyer. He told his advisor he's been [[sleeping at Bridge Over Troubled Waters]] since his mom's lease ended and that he took the knife from the kitchen there. The other student left before we could talk to him; we know who he is.""",
  "Devon Marsh", "2007-10-03", 12, weapon="knife",
  extra={"housing_status": "[[youth shelter - Bridge Over Troubled Waters]]"},
  mnc=["Troubled Waters"], key="steak knife",
  mct=["behind the bus shelter", "steak knife", "in the snow"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(11, "NM", "bpd/district-e18", "weapon", "2025-11-13 08:35",
  "New Mission High School, 2nd floor boys' bathroom and main office",
  """Good afternoon, writing on behalf of Headmaster Ruiz. At 8:35 this morning a student reported that Isaiah showed him a gun in the 2nd floor boys' bathroom. Isaiah was located in Algebra and escorted to the office. SSS found an unloaded black revolver wrapped in a t-shirt in his backpack; no ammunition on him or in his locker. Isaiah wears an ankle monitor. He told the AP, "I'm not even allowed near [[River St]], I'm not trying to go back," which I understand refers to the exclusion zone around [[the complainant's house in Mattapan]] in his pending case. He said he found the revolver "in a bush" and was going to sell it. Police were on scene at 8:50 and took the revolver.""",
  "Isaiah Grant", "2009-07-07", 10, weapon="firearm",
  extra={"gps_exclusion_zone": "[[River St / Mattapan Sq area]]"},
  mnc=["River St", "Mattapan"], key="revolver",
  mct=["unloaded black revolver", "wrapped in a t-shirt", "2nd floor boys' bathroom"],
  cats=["neighborhood"], tags=["allow_weapon"])

C(12, "MH", "bpd/district-b2", "weapon", "2025-09-26 11:50",
  "Mission Hill K-8, blacktop (recess)",
  """8th grade. During recess on the blacktop, Jaylen pulled a small red pocketknife, Swiss-army style with the blade out about 2.5 inches, on a 7th grader who had taken his basketball. Recess aide Ms. Boyle saw it; Jaylen closed it and handed it to her when she told him to. No injuries, and the 7th grader says he was scared but fine. Jaylen has an open CHINS (runaway) and a court date next Tuesday; his DCF worker will be there. He told Ms. Boyle he carries it because kids [[from Mission Main]] jump him on the way home. Grandmother, who has custody, [[is Puerto Rican]] and asked us to call her cell only. Knife is with the principal.""",
  "Jaylen Soto", "2011-12-18", 8, weapon="knife",
  extra={"race_ethnicity": "[[Hispanic - Puerto Rican]]"},
  mnc=["Mission Main", "Puerto Rican", "Hispanic"], key="pocketknife",
  mct=["on the blacktop", "Swiss-army style", "taken his basketball"],
  cats=["neighborhood", "ethnicity"], tags=["allow_weapon", "precision_trap"])

C(13, "OB", "bpd/district-b2", "weapon", "2025-10-08 14:48",
  "Roxbury Crossing MBTA station, inbound platform; earlier the school's 3rd floor stairwell",
  """At 2:48 PM an MBTA officer stopped Anthony on the inbound platform at Roxbury Crossing station, a few hundred yards from the O'Bryant, after one of our students ran back into school and told the front desk Anthony "has a strap." A loaded 9mm Glock with an extended magazine came out of his waistband. The student who reported it says Anthony showed it to him in the 3rd floor stairwell at lunch, so it was inside our building for at least two hours. Anthony is on probation out of the Roxbury juvenile session and wears a GPS bracelet. His social worker wrote in his file that he [[claims the KOB crew]] on social media. Mom was called at 3:10.""",
  "Anthony Reyes", "2008-04-09", 11, weapon="firearm",
  extra={"social_worker_notes": "[[KOB crew, per IG]]", "probation": True},
  mnc=["KOB"], key="9mm",
  mct=["Roxbury Crossing station", "3rd floor stairwell", "extended magazine"],
  cats=["gang_affiliation"], tags=["allow_weapon", "precision_trap"])

C(14, "BCLA", "bpd/district-e18", "weapon", "2026-04-14 11:15",
  "Boston Community Leadership Academy, hallway outside the library",
  """Counselor statement. Gabriel came into my office at 11:15 holding a small black canister and said, "I'll spray anybody who touches me again." He had already sprayed it once in the hallway outside the library: two students (T.A. and M.R.) were coughing and M.R. had burning eyes and was seen by the nurse. The canister is a police-style pepper spray, Sabre brand. I held it on my desk until SSS came. Gabriel is on pretrial release with an 8 PM curfew at [[his aunt's house on Hyde Park Ave]]. He and his family [[came from Brazil]] about a year ago, and [[his mother speaks Portuguese and needed the court's interpreter at his arraignment]]. He has been in my office before for being pushed around.""",
  "Gabriel Souza", "2010-02-11", 9, weapon="pepper spray",
  extra={"country_of_birth": "[[Brazil]]", "curfew_address": "[[Hyde Park Ave]]"},
  mnc=["Hyde Park Ave", "Brazil", "Portuguese"], key="pepper spray",
  mct=["outside the library", "Sabre brand", "burning eyes"],
  cats=["neighborhood", "national_origin", "language"], tags=["allow_weapon"])

C(15, "GE", "bpd/district-b2", "weapon", "2025-12-03 18:10",
  "Greater Egleston High School, main stairwell",
  """12/3, about 6:10 PM. Mr. Abernathy saw Corey take a fixed-blade hunting knife in a leather sheath (blade about 6 inches) out of his coat in the stairwell and show it to another student. When Abernathy asked him about it, Corey said he needed it because the witness in his case "knows where I'm at." Corey is committed to DYS and placed at home under supervision; his DYS caseworker is Ms. Ferreira and she has been informed. The knife was surrendered without a problem. Mom called back at 7. She said [[the family is Jehovah's Witness]] and she has "no idea" where he would get a hunting knife. Corey stays home tomorrow pending a re-entry meeting.""",
  "Corey Mack", "2007-06-30", 12, weapon="knife",
  extra={"dys_status": "committed, community placement", "religion": "[[Jehovah's Witness]]"},
  mnc=["Jehovah"], key="hunting knife",
  mct=["fixed-blade hunting knife", "leather sheath", "the witness in his case"],
  cats=["religion"], tags=["allow_weapon", "precision_trap"])

C(16, "IRV", "bpd/district-e5", "weapon", "2026-01-09 07:25",
  "Irving Middle School, crosswalk in front of the school",
  """Around 7:25 AM a concerned citizen waiting at the crosswalk flagged down our crossing guard and said a boy had "zapped" another kid with something blue. The crossing guard brought both boys to the office. Wilmer had a blue handheld stun gun, still charged, in his jacket. The other student, K.P., had two small red marks on his side and refused the nurse, but the nurse looked anyway and documented them. Wilmer has a CHINS case for truancy and goes to court on the 19th with his uncle. When the counselor called the uncle, [[the family's asylum case]] came up, and the uncle said [[they arrived from Guatemala]] in 2023 and are scared of this. Stun gun is in the office.""",
  "Wilmer Coj", "2012-05-05", 8, weapon="stun gun",
  extra={"country_of_birth": "[[Guatemala]]"},
  mnc=["asylum", "Guatemala"], key="stun gun",
  mct=["concerned citizen", "blue handheld stun gun", "two small red marks"],
  cats=["immigration_status", "national_origin"], tags=["allow_weapon", "precision_trap"])

C(17, "DA", "bpd/district-c11", "weapon", "2025-10-30 13:05",
  "Dorchester Academy, conference room",
  """Ms. French from Juvenile Probation comes every other Thursday to see Omari in the conference room. Today at 1:05 she asked him to empty his pockets, which his conditions allow, and he refused and tried to leave. SSS Daley stopped him at the door and a small silver .25 caliber pistol fell out of his hoodie pocket onto the carpet. It had a loaded magazine (six rounds) and nothing in the chamber. Ms. French called her supervisor and the district officers came. Omari says he got it after his cousin was shot in September. [[The SIS has him at 33 Ronan St]], though Ms. French said he has really been [[staying with a girlfriend's family in Fields Corner]].""",
  "Omari Blake", "2008-02-02", 11, weapon="firearm",
  extra={"home_address": "[[33 Ronan St, Dorchester, MA 02122]]", "probation_officer": "Ms. French"},
  mnc=["Ronan St", "Fields Corner", "02122"], key=".25 caliber",
  mct=["Ms. French", "silver .25 caliber pistol", "conference room"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(18, "CASH", "bpd/district-b2", "weapon", "2026-01-27 10:20",
  "Community Academy of Science and Health, Spanish III classroom, room 211",
  """Spanish III, room 211, 10:20. Ms. Duarte was collecting homework when Jonathan stood up, took a butterfly knife out of his sleeve and started flipping it open and shut in front of R.J. The two have a stay-away order from juvenile court; it lets both attend CASH but they are supposed to be in different classes, and they were put in the same Spanish section by mistake in January. Ms. Duarte called for SSS; Jonathan closed the knife and put it on her desk. No one was cut. At his arraignment [[the court brought in a Spanish interpreter for his father]]. [[Dad is from Honduras]] and has asked to be called after 5.""",
  "Jonathan Amaya", "2009-08-24", 10, weapon="knife",
  extra={"father_country": "[[Honduras]]", "stay_away": "R.J."},
  mnc=["Spanish interpreter", "Honduras"], key="butterfly knife",
  mct=["Spanish III", "butterfly knife", "room 211"],
  cats=["language", "national_origin"], tags=["allow_weapon", "precision_trap"])

C(19, "FEN", "bpd/district-b2", "weapon", "2025-12-10 08:05",
  "Fenway High School, homeroom",
  """Homeroom, 8:05. Kiara's homeroom teacher noticed the handle of a knife sticking out of her tote bag when she bent down to get a pen. In the office Kiara said she brought it because a girl from her old placement "said she's coming for me," and that she has a curfew so she can't deal with anything after school anyway. The knife is a 7-inch chef's knife wrapped in a dish towel. Kiara was released from DYS in November and is on a 7 PM curfew at [[her foster home in Roslindale]]; she has a court review date in March. AP took the knife and called her DCF worker, who is coming at noon.""",
  "Kiara Dunn", "2009-02-17", 11, weapon="knife",
  extra={"placement": "[[DCF foster home, Roslindale]]", "dys_release": "2025-11"},
  mnc=["Roslindale"], key="chef's knife",
  mct=["Homeroom", "chef's knife", "dish towel"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(20, "MP", "bpd/district-b2", "weapon", "2026-04-07 16:10",
  "Madison Park Technical Vocational High School, baseball field (home plate)",
  """Report from Athletics. During JV baseball practice at about 4:10, Victor walked from the dugout to home plate carrying an aluminum bat with a steel bolt taped onto the barrel, went right up to the catcher (a teammate, S.O.) and said "you snitched to my PO." Coach Reilly got between them. Victor swung the bat into the backstop fence, not at anyone, and the coach took it from him. Victor is on probation for an assault last spring and has a curfew. [[He lives with his mother at the Whittier Street development]], right next to the field, which is why he walks over. [[The team's gossip is that he's with Whittier]]. The bat is locked in the athletic office.""",
  "Victor Ruiz", "2008-09-12", 11, weapon="club",
  extra={"home_address": "[[Whittier St, Roxbury 02120]]"},
  mnc=["Whittier", "02120"], key="aluminum bat",
  mct=["home plate", "steel bolt taped", "you snitched to my PO"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_weapon", "precision_trap"])

C(21, "JEB", "bpd/district-b2", "weapon", "2026-02-24 12:15",
  "Jeremiah E. Burke High School, cafeteria",
  """From Headmaster Kinsella. At 12:15 today an anonymous message through the SaferSchools tip line said a junior had a gun in the cafeteria. We held everyone in place. SSS found a privately made pistol (no serial number, tan polymer frame, what the officers called a ghost gun) loaded with 7 rounds in the front pouch of Edson's backpack under his lunch table. Edson is on pretrial release for a firearm charge in juvenile court and wears an ankle monitor, which is why we could tell the officers exactly where he had been all morning. [[He's Cape Verdean]]; [[his dad speaks Kriolu and was reached with the district interpreter]]. Police took custody of the gun and of Edson at 12:40.""",
  "Edson Tavares", "2008-07-21", 11, weapon="firearm",
  extra={"ethnicity": "[[Cape Verdean]]", "parent_language": "[[Cape Verdean Creole (Kriolu)]]"},
  mnc=["Cape Verdean", "Kriolu"], key="ghost gun",
  mct=["no serial number", "tan polymer frame", "SaferSchools tip line"],
  cats=["ethnicity", "language"], tags=["allow_weapon"])

C(22, "EXC", "bpd/district-c6", "weapon", "2025-11-17 07:40",
  "Excel High School, entrance scanners",
  """Hodan (grade 11) was stopped at the scanners at 7:40; the X-ray showed a long object in her bag that turned out to be a 9-inch kitchen knife in a cardboard sleeve. She was upset and said she needs it because her ex-boyfriend, who is under a juvenile court no-contact order, waits for her at the Broadway T. The AP and SSS Horgan took the knife and she was not searched further. Hodan is herself on pretrial probation after a fight at her old school, and she asked us not to tell her PO, which we said we could not promise. [[The family is Somali and speaks Somali at home; mom came in with an aunt who interpreted]].""",
  "Hodan Warsame", "2009-03-03", 11, weapon="knife",
  extra={"home_language": "[[Somali]]"},
  mnc=["Somali"], key="kitchen knife",
  mct=["9-inch kitchen knife", "cardboard sleeve", "at the scanners"],
  cats=["ethnicity", "language"], tags=["allow_weapon"])

C(23, "CHS", "bpd/district-a1", "weapon", "2025-12-19 09:30",
  "Charlestown High School, gymnasium (holiday assembly)",
  """Last day before Christmas break. At the holiday assembly SSS saw the outline of a handgun in Deshawn's waistband when he raised his arms to cheer. He was walked out of the gym without a scene. In the hallway SSS recovered a loaded .22 revolver with six live rounds. Deshawn is on DYS community supervision and his caseworker, Mr. Finnegan, happened to be in the building that morning for a meeting. The revolver was turned over to the district officers at 9:55. [[Deshawn's mother told us they are staying at a motel in Revere through the family shelter system]], which is why he has been late every day.""",
  "Deshawn Pitts", "2009-10-10", 10, weapon="firearm",
  extra={"housing": "[[motel placement, Revere (EA shelter)]]"},
  mnc=["Revere", "family shelter"], key=".22 revolver",
  mct=["Christmas break", "six live rounds", "holiday assembly"],
  cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

C(24, "BLA", "bpd/district-d4", "weapon", "2026-02-12 07:30",
  "Boston Latin Academy, room 221",
  """The night custodial crew found a switchblade taped under a desk in room 221 and left it in an envelope for the AP with a note. Hallway camera footage shows only Malcolm going into room 221 before school that morning, and when he was shown the footage he admitted it was his. It has a 4-inch blade and a push-button release. Malcolm says he keeps it for the walk from the bus because he is on a stay-away order from some boys who "know my schedule." His probation officer is Mr. Vickers from the juvenile court. [[Malcolm's crew is Castlegate, according to a bulletin posted in the SSS office]]. Parent meeting set for tomorrow.""",
  "Malcolm Hughes", "2009-05-29", 10, weapon="knife",
  extra={"gang_flag": "[[Castlegate (per bulletin)]]"},
  mnc=["Castlegate"], key="switchblade",
  mct=["custodial crew", "taped under a desk", "push-button release"],
  cats=["gang_affiliation"], tags=["allow_weapon", "precision_trap"])

# ---------------------------------------------------------------- allowed: drugs
C(25, "EXC", "bpd/district-c6", "drugs", "2025-11-18 12:40",
  "Excel High School, 2nd floor hallway outside room 214",
  """SSS note 11/18 approx 12:40. Got a tip from a teacher that Marcus was passing something to a 9th grader in the 2nd floor boys' room. Located Marcus in the hallway outside room 214. He emptied his pockets on his own: 14 small glassine bags stamped with a blue crown, a folded $20, and a lighter. Nurse tested one bag with a fentanyl strip - positive. Marcus is committed to DYS and in a community placement; his DYS caseworker Ms. Adeyemi told me he is supposed to be [[staying with his aunt in the Old Colony development]] with a 7 PM curfew there. He was calm, and asked if he was going back to "lockup." Bags sealed in evidence envelope #2231, locked in the AP office.""",
  "Marcus Doyle", "2008-12-12", 11, subs=["fentanyl"],
  extra={"dys_caseworker": "Ms. Adeyemi", "placement_address": "[[Old Colony, South Boston]]"},
  mnc=["Old Colony"], key="fentanyl",
  mct=["14 small glassine bags", "blue crown", "room 214"],
  cats=["neighborhood"], tags=["allow_drugs"])

C(26, "CHS", "bpd/district-a1", "drugs", "2025-10-06 11:50",
  "Charlestown High School, 2nd floor bathroom and nurse's office",
  """Nurse's note, 11:50. Student K.B. was brought to me barely responsive, pinpoint pupils, after taking "half a perc" in the 2nd floor bathroom. I gave 4 mg Narcan nasal at 11:52; EMS arrived at 11:58, he was responsive by then and went to MGH. K.B. told the AP that Tavon sold it to him for $10.
AP addendum: Tavon had 9 blue round pills marked M 30 in a folded receipt in his sock. Tavon is on probation and wears a GPS bracelet; his PO confirmed he is supposed to go straight from school to [[his grandmother's apartment on Bunker Hill St]]. Other students say [[he's in with the Mishawum kids]]. The pills and the receipt are bagged in the AP's safe.""",
  "Tavon Ellis", "2008-03-15", 11, subs=["counterfeit oxycodone"],
  extra={"gps_inclusion_zone": "[[Bunker Hill St]]"},
  mnc=["Bunker Hill St", "Mishawum"], key="M 30",
  mct=["4 mg Narcan", "9 blue round pills", "in his sock"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_drugs"])

C(27, "EB", "bpd/district-a7", "drugs", "2026-03-11 11:35",
  "East Boston High School, back lot by the dumpsters",
  """Dean Albano's notes. SSS smelled weed near the back lot at lunch and found Mateo and two others by the dumpsters. Mateo had a grinder and a half-smoked blunt, but also, in his coin pocket, a small zip bag of white powder (about a gram) and a rolled dollar bill. He later said it was "coke, but it's not mine." He is on pretrial release from East Boston District Court with a curfew and random drug tests through probation. [[He lives on Bennington St]] with his uncle. [[The uncle is in the country without papers]], which Mateo brought up twice and which clearly scares him. The other two students were handled as a marijuana matter under the code of conduct.""",
  "Mateo Giraldo", "2009-04-18", 10, subs=["marijuana", "cocaine"],
  extra={"guardian": "uncle", "home_address": "[[Bennington St, East Boston 02128]]"},
  mnc=["Bennington St", "without papers", "02128"], key="white powder",
  mct=["white powder", "rolled dollar bill", "by the dumpsters"],
  cats=["neighborhood", "immigration_status"], tags=["allow_drugs", "precision_trap"])

C(28, "BLA", "bpd/district-d4", "drugs", "2026-04-28 13:30",
  "Boston Latin Academy, AP French classroom",
  """At about 1:30 in AP French the teacher saw Minh Anh pass a sandwich bag under the desk to another girl. It held 12 white rectangular bars, scored into 4 pieces and stamped XANAX 2. Minh Anh said she got them from "a guy outside the courthouse" when she was there for her hearing last week; she is under a juvenile court probation order with a no-drugs condition. The other student had taken one bar at lunch and was seen by the nurse: drowsy but stable, parents picked her up. [[Minh Anh's parents speak Vietnamese and the court gave them an interpreter]], so I asked the district for one for tomorrow's meeting.""",
  "Minh Anh Pham", "2009-11-07", 10, subs=["alprazolam"],
  extra={"family_language": "[[Vietnamese]]"},
  mnc=["Vietnamese"], key="XANAX",
  mct=["AP French", "12 white rectangular bars", "XANAX 2"],
  cats=["language"], tags=["allow_drugs", "precision_trap"])

C(29, "SNO", "bpd/district-d4", "drugs", "2026-03-12 10:05",
  "Snowden International School, east stairwell",
  """Thursday, right after the fire drill. A student turned in a pill bottle she found on the stairs and said it belonged to Ruben. Inside were 22 pink and yellow tablets shaped like Tesla logos, which SSS recognized as ecstasy. Ruben admitted they were his MDMA; he said he was holding them for someone he met while he was in DYS detention and that he was "supposed to drop them off at Copley." Ruben is on a DYS community supervision plan and his caseworker is being informed. He asked us to call the youth pastor at [[his family's Pentecostal church]] instead of his mom. The bottle is in the safe.""",
  "Ruben Acevedo", "2008-06-06", 12, subs=["MDMA"],
  extra={"religious_affiliation": "[[Pentecostal]]"},
  mnc=["Pentecostal"], key="MDMA",
  mct=["22 pink and yellow tablets", "Tesla logos", "found on the stairs"],
  cats=["religion"], tags=["allow_drugs"])

C(30, "JEB", "bpd/district-b2", "drugs", "2025-12-16 11:05",
  "Jeremiah E. Burke High School, nurse's office",
  """AP Mendes. Davion's GPS monitor started beeping in 4th period (low battery). When he went to the nurse to charge it - we keep a charger there under his pretrial conditions - the nurse saw him drop a folded lottery ticket. Inside was tan powder. He said "that's fent, don't touch it." The nurse did not open it further and SSS bagged it; approximately half a gram. Davion's curfew is kept at [[his mother's address in Bowdoin-Geneva]], and his PO says the monitoring company flags him if he is anywhere else after 6. [[Teachers think he's with the Stonehurst crew]] - there were TikToks. He was dismissed to his mother at 12:30.""",
  "Davion Webb", "2009-01-05", 10, subs=["fentanyl"],
  extra={"curfew_address": "[[Bowdoin-Geneva]]", "gang_flag": "[[Stonehurst]]"},
  mnc=["Bowdoin-Geneva", "Stonehurst"], key="tan powder",
  mct=["folded lottery ticket", "tan powder", "low battery"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_drugs"])

C(31, "BDEA", "bpd/district-b2", "drugs", "2026-01-29 19:15",
  "Boston Day and Evening Academy, side stairwell",
  """Evening program. Instructor reports that at 7:15 PM during break Raymond (18) was seen in the side stairwell handing a small plastic bag to an adult non-student who had come in with a visitor pass. Staff approached and the non-student left quickly. Raymond had 6 off-white rocks in a tied-off corner of a sandwich bag in his coat, and $140 in small bills. He said it is crack and that he was "just holding." Raymond is on probation out of Boston Municipal Court and checks in with his PO on Mondays. His advisor knows he has been [[sleeping at the Pine Street Inn]] since January. Visitor log has the adult's name.""",
  "Raymond Fuller", "2007-08-08", 12, subs=["crack cocaine"],
  extra={"housing_status": "[[Pine Street Inn]]"},
  mnc=["Pine Street Inn"], key="crack",
  mct=["6 off-white rocks", "side stairwell", "$140 in small bills"],
  cats=["neighborhood"], tags=["allow_drugs"])

C(32, "ENG", "bpd/district-e13", "drugs", "2026-02-04 09:50",
  "English High School, north stairwell",
  """About 9:50 AM a teacher found Yeison and another boy in the north stairwell counting pills. Yeison had an orange prescription bottle with the label torn off, holding 17 round white tablets stamped K 56 (oxycodone 10 mg, per the nurse's pill lookup). He said they are his grandmother's and he was going to sell them for sneaker money. He is on probation for a car break-in last year, and his probation officer, Mr. Tobin, was told. Yeison's grandmother [[came from the Dominican Republic]] and [[is waiting on her green card; he said "don't let this mess up her papers."]] The other boy had no pills on him and went back to class.""",
  "Yeison Peralta", "2009-10-28", 10, subs=["oxycodone"],
  extra={"guardian_immigration": "[[LPR application pending]]"},
  mnc=["Dominican", "green card", "LPR application"], key="oxycodone",
  mct=["orange prescription bottle", "17 round white tablets", "K 56"],
  cats=["national_origin", "immigration_status"], tags=["allow_drugs"])

C(33, "FEN", "bpd/district-b2", "drugs", "2025-10-23 12:20",
  "Fenway High School, lockers near the music room",
  """Two students told the AP that Elijah had "shrooms" and was selling them near the music room. The AP and SSS met Elijah at the lockers after 5th period and he handed over a zip bag of dried mushrooms (brown caps and stems, maybe 7 grams) and a small scale. He admitted they were psilocybin mushrooms and said he was "trying to make my restitution money" - he owes restitution under his juvenile probation for a vandalism case. His PO is Ms. Ngata. [[Dad is a practicing Buddhist and Elijah said something about his dad meditating]], which the AP wrote down. [[He lives with his dad on Centre St in JP]].""",
  "Elijah Sato", "2008-01-19", 12, subs=["psilocybin"],
  extra={"probation_officer": "Ms. Ngata", "home_address": "[[Centre St, Jamaica Plain]]"},
  mnc=["Buddhist", "Centre St", "in JP", "Jamaica Plain"], key="psilocybin",
  mct=["dried mushrooms", "near the music room", "small scale"],
  cats=["religion", "neighborhood"], tags=["allow_drugs"])

C(34, "BIH", "bpd/district-e13", "drugs", "2026-05-05 12:05",
  "Boston International High School, 1st floor boys' bathroom",
  """Written by the Director of Student Support. At 12:05 Ms. Holland found three small folded paper packets in the boys' bathroom trash can right after Samir left the bathroom; the hallway camera (not the bathroom) shows only Samir went in during that window. Each packet had white powder. The nurse's test strip was positive for cocaine, and one packet also tested positive for fentanyl. Samir said a man outside the courthouse gave them to him to hold after his hearing yesterday; he is on pretrial release in a juvenile case. [[Samir arrived as a refugee from Afghanistan]] in 2022 and [[the court used a Dari interpreter]]. The packets are sealed in the safe.""",
  "Samir Noori", "2009-05-10", 10, subs=["cocaine", "fentanyl"],
  extra={"arrival_status": "[[refugee, 2022]]", "court_interpreter": "[[Dari]]"},
  mnc=["refugee", "Afghanistan", "Dari"], key="cocaine",
  mct=["Ms. Holland", "three small folded paper packets", "trash can"],
  cats=["immigration_status", "national_origin", "language"], tags=["allow_drugs", "precision_trap"])

C(35, "OB", "bpd/district-b2", "drugs", "2026-01-21 11:40",
  "John D. O'Bryant School, library",
  """During lunch in the library a junior reported that Vincent had "acid" and was giving tabs away. The AP found, in Vincent's phone case, a small sheet of blotter paper with 10 squares printed with a cartoon sun. Vincent admitted it was LSD. This matters for his juvenile case: he is on probation with a no-drugs condition and his PO, Ms. Ortiz, was notified at 12:15. [[He lives with his grandparents in Chinatown]] and [[they speak only Cantonese]], so the parent call was done through the district language line. No one took any that we know of; the junior said two kids "wanted some later" and he told them to come find him.""",
  "Vincent Lau", "2008-10-01", 11, subs=["LSD"],
  extra={"home_address": "[[Hudson St, Chinatown 02111]]"},
  mnc=["Chinatown", "Cantonese", "Hudson St", "02111"], key="LSD",
  mct=["blotter paper", "10 squares", "cartoon sun"],
  cats=["neighborhood", "language"], tags=["allow_drugs"])

C(36, "CA", "bpd/district-b2", "drugs", "2025-11-20 13:10",
  "Community Academy, 1st floor bathroom",
  """Reported by the Program Director. Jalen was searched after he and another student were caught vaping in the bathroom (a disposable with no label). In his bag SSS also found a digital scale with residue and 3 bundles of small wax-paper folds, about 30 in all, stamped GOTTI. Jalen said it was "dope," meaning fentanyl. Jalen is on GPS as part of his pretrial conditions; his exclusion zone was explained to us as [[everything around Franklin Field because the complainant in his case lives there]]. [[Counselors hear he's affiliated with the Franklin Hill crew]], nothing confirmed. The bundles were bagged and locked up.""",
  "Jalen Brooks", "2008-12-30", 11, subs=["fentanyl", "vape"],
  extra={"gps_exclusion_zone": "[[Franklin Field]]"},
  mnc=["Franklin Field", "Franklin Hill"], key="fentanyl",
  mct=["digital scale", "wax-paper folds", "GOTTI"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_drugs"])

C(37, "TBA", "bpd/district-c11", "drugs", "2026-05-12 09:15",
  "TechBoston Academy, 2nd floor hallway",
  """Second-period teacher saw Destiny selling orange pills in the hallway between classes, $5 each, calling them "Adderall 30s." AP confiscated 31 orange pills in an Altoids tin. Per the nurse, Destiny has no Adderall prescription. She is on probation for a shoplifting case, and her PO comes to school on Fridays; her curfew is at [[her dad's place on Dorchester Ave near Savin Hill]]. [[She speaks Spanish at home, but she interpreted for her dad herself on the phone]]. Two buyers have been identified and their parents called.""",
  "Destiny Alvarez", "2009-09-21", 10, subs=["amphetamine"],
  extra={"curfew_address": "[[Dorchester Ave, Savin Hill]]"},
  mnc=["Dorchester Ave", "Savin Hill", "Spanish"], key="Adderall",
  mct=["Altoids tin", "31 orange pills", "$5 each"],
  cats=["neighborhood", "language"], tags=["allow_drugs"])

C(38, "NM", "bpd/district-e18", "drugs", "2026-03-27 13:12",
  "New Mission High School, 3rd floor bathroom and cafeteria",
  """1:12 PM. A custodian found a student slumped in the 3rd floor bathroom. The nurse gave two doses of Narcan and he came around; EMS took him to Boston Children's. He said he bought "a blue" from Khalil in the cafeteria. The AP spoke with Khalil, who had 5 more blue pills stamped M 30 in a Tylenol bottle. Khalil has an ankle monitor and a pretrial curfew, and his PO says he has been [[staying at his cousin's on Blue Hill Ave in Mattapan]]. [[The family is Jamaican]], and the AP noted that mom was most upset about [[how this would look to her church]].""",
  "Khalil Henry", "2008-07-14", 11, subs=["counterfeit pills", "fentanyl"],
  extra={"ethnicity": "[[Jamaican]]"},
  mnc=["Blue Hill Ave", "Mattapan", "Jamaican", "church"], key="M 30",
  mct=["two doses of Narcan", "Tylenol bottle", "blue pills stamped M 30"],
  cats=["neighborhood", "ethnicity", "religion"], tags=["allow_drugs"])

# ---------------------------------------------------------------- allowed: serious violence
C(39, "CHS", "bpd/district-a1", "serious_violence", "2025-11-06 15:30",
  "Charlestown High School, auditorium stage",
  """Report by AP Santos. Stage crew was building sets in the auditorium after school, about 3:30. Derrick, who is not on stage crew, came in, argued with a crew member over a girl, then took a box cutter off the tool bench and held it against the other boy's neck, saying "say it again." The stage crew advisor, Ms. Lund, yelled, and Derrick dropped it and walked out. The other boy has a thin cut under his jaw, about an inch, that the nurse cleaned and closed with steri-strips. Derrick is on probation with a GPS monitor (the bracelet is on his right ankle) and his PO, Mr. Kenney, was informed. [[His curfew address on Medford St]] is his grandfather's.""",
  "Derrick Olsen", "2008-02-25", 11, weapon="box cutter",
  extra={"curfew_address": "[[Medford St, Charlestown]]"},
  mnc=["Medford St"], key="box cutter",
  mct=["stage crew", "tool bench", "cut under his jaw"],
  cats=["neighborhood"], tags=["allow_violence", "precision_trap"])

C(40, "BRI", "bpd/district-d14", "serious_violence", "2026-01-15 11:30",
  "Brighton High School, 1st floor boys' bathroom",
  """Around 11:30 the victim (C.D., grade 10) says Marquis and another boy followed him into the 1st floor boys' bathroom, and Marquis held a knife to his side and told him to take off his Canada Goose jacket. C.D. did, and Marquis then punched him twice in the face, breaking his nose (confirmed at St. Elizabeth's that afternoon). The jacket was found in Marquis' locker at 1 PM. Marquis is on probation with a GPS monitor and an evening curfew at [[his aunt's apartment on Commonwealth Ave]]. [[Word around school is that he's with the Gardner St crew]]. The second boy has not been identified yet.""",
  "Marquis Bell", "2008-09-03", 11, weapon="knife",
  extra={"curfew_address": "[[Commonwealth Ave, Allston]]"},
  mnc=["Commonwealth Ave", "Gardner St", "Allston"], key="breaking his nose",
  mct=["Canada Goose jacket", "breaking his nose", "1st floor boys' bathroom"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_violence", "precision_trap"])

C(41, "MP", "bpd/district-b2", "serious_violence", "2025-10-02 10:40",
  "Madison Park Technical Vocational High School, automotive shop",
  """Automotive shop, 10:40. Jordan and E.S. argued over a phone. Jordan grabbed a flathead screwdriver from the bench and stabbed E.S. once in the upper back. E.S. was bleeding heavily through his shirt; the shop instructor, Mr. Doyle, held pressure until EMS arrived, and E.S. went to Boston Medical Center, where he got 9 stitches and a CT to rule out a punctured lung. Jordan sat in the office until the officers came. He has a pretrial hearing at the Roxbury court next week on a different matter and wears an ankle monitor. [[Jordan and his mom live in the Lenox Street development]], and the AP pointed out that E.S. does too and that the argument "started there.\"""",
  "Jordan Pierce", "2008-06-17", 11, weapon="screwdriver",
  extra={"home_address": "[[Lenox St, Roxbury 02118]]"},
  mnc=["Lenox Street", "Lenox St", "02118"], key="screwdriver",
  mct=["flathead screwdriver", "upper back", "9 stitches"],
  cats=["neighborhood"], tags=["allow_violence", "precision_trap"])

C(42, "JEB", "bpd/district-b2", "serious_violence", "2026-04-02 14:35",
  "Jeremiah E. Burke High School, bus loop",
  """Bus loop, 2:35 PM. Staff and students saw Rashad swing a padlock inside a sock and hit T.W. in the side of the face. T.W. went down and was unconscious for maybe 30 seconds. EMS took him to BMC, where they found a fractured jaw that will need to be wired. Rashad ran but SSS stopped him at the corner; the sock and lock were left on the curb and SSS picked them up. Rashad is under a juvenile court stay-away order from T.W.'s older brother in a different case. Two staff told me [[Rashad is a Heath Street guy]] and [[T.W.'s family is from Mission Hill]], as if that explained it; I'm writing it down because they said it, not because we know it.""",
  "Rashad Coleman", "2008-11-11", 11,
  extra={"stay_away_order": True},
  mnc=["Heath Street", "Mission Hill"], key="fractured jaw",
  mct=["padlock inside a sock", "fractured jaw", "bus loop"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_violence"])

C(43, "BCLA", "bpd/district-e18", "serious_violence", "2025-11-20 12:10",
  "Boston Community Leadership Academy, cafeteria lunch line",
  """12:10, cafeteria. Deja came up behind S.M. in the lunch line and cut her across the left cheek with a razor blade she had taken out of a pencil sharpener. S.M. needed 14 stitches at Children's. Two lunch monitors held Deja, and the blade was found under the salad bar. Deja is court-involved - her CHINS became a delinquency case in the fall - and her DYS caseworker has been called. Deja told the AP that S.M. had been posting that she [[lives at the family shelter on Mass Ave]], and that "everybody laughed." S.M.'s mother has been at the hospital since 1.""",
  "Deja Simmons", "2009-07-25", 10, weapon="razor blade",
  extra={"housing_status": "[[family shelter]]"},
  mnc=["family shelter", "Mass Ave"], key="razor blade",
  mct=["left cheek", "14 stitches", "under the salad bar"],
  cats=["neighborhood"], tags=["allow_violence"])

C(44, "EXC", "bpd/district-c6", "serious_violence", "2026-03-10 07:28",
  "Excel High School, sidewalk outside the main entrance",
  """Incident narrative prepared by the AP from statements of five staff. At 7:28 AM outside the main entrance, before the doors opened, Kevin and at least two non-students knocked A.H. to the ground and kicked him in the head repeatedly. A.H. had a seizure on the sidewalk and EMS took him to BMC, where he was found to have a skull fracture. Kevin came into the building afterward and was identified by three staff. He is on juvenile probation, and his PO, Mr. Flaherty, says Kevin's GPS data will show exactly where he was at 7:28. A.H.'s father told us the boys were yelling about [[A.H. being Albanian and Muslim]]. We are passing on the physical facts; the family has its own lawyer.""",
  "Kevin Walsh", "2008-08-30", 11,
  extra={"probation_officer": "Mr. Flaherty"},
  mnc=["Albanian", "Muslim"], key="skull fracture",
  mct=["skull fracture", "main entrance", "had a seizure"],
  cats=["ethnicity", "religion"], tags=["allow_violence"])

C(45, "MH", "bpd/district-b2", "serious_violence", "2025-09-30 13:15",
  "Mission Hill K-8, makerspace",
  """An 8th grader, Tyler, hit a 6th grader in the back of the head with a claw hammer from the makerspace after the 6th grader laughed at his ankle monitor. The 6th grader had a deep scalp wound and a lot of bleeding; he went to Children's, got staples, and was kept overnight for a concussion. The makerspace teacher, Mr. Obi, took the hammer. Tyler is on pretrial release in a juvenile court case and wears the monitor on his left leg; his court advocate was called. [[The family lives in Alice Taylor]] and mom works nights, so the principal reached his grandmother instead, who came at 2.""",
  "Tyler Greene", "2011-10-04", 8, weapon="claw hammer",
  extra={"home_address": "[[Alice Taylor Apartments]]"},
  mnc=["Alice Taylor"], key="claw hammer",
  mct=["claw hammer", "makerspace", "scalp wound"],
  cats=["neighborhood"], tags=["allow_violence", "precision_trap"])

C(46, "EB", "bpd/district-a7", "serious_violence", "2025-10-22 09:05",
  "East Boston High School, 2nd floor hallway by the water fountain",
  """2nd floor hallway, 9:05. Wilson punched J.C. wearing brass knuckles on his right hand, splitting J.C.'s eyebrow and damaging the eye socket (orbital fracture, per MGH). The knuckles were found in a trash barrel by the water fountain. Wilson has a stay-away order from J.C. issued by the East Boston court in September after a fight at Piers Park. One teacher wrote in her statement that [[Wilson "is MS-13,"]] which nobody here can confirm, and I'm including only because she insisted. [[Wilson's father is in deportation proceedings]] and Wilson has missed school for the hearings.""",
  "Wilson Reyes", "2009-02-08", 10, weapon="brass knuckles",
  extra={"teacher_flag": "[[suspected MS-13]]"},
  mnc=["MS-13", "deportation"], key="brass knuckles",
  mct=["orbital fracture", "trash barrel by the water fountain", "brass knuckles"],
  cats=["gang_affiliation", "immigration_status"], tags=["allow_violence", "precision_trap"])

C(47, "JEB", "bpd/district-c11", "serious_violence", "2026-02-26 14:20",
  "Jeremiah E. Burke High School, front doors on Washington St",
  """Dismissal, 2:20 PM. Outside the front doors on Washington St, Jamal struck D.B. on the head with the butt of a handgun, opening a gash that needed 11 staples at BMC. Jamal ran down Washington St and the gun has not been found. His pretrial conditions from Dorchester District Court, 510 Washington St, include staying away from D.B. "except while both are attending the Burke, 60 Washington St," and today was the first day they were both back from suspension. Staff at the door, Mr. Reardon and Ms. Pham, saw it. [[Jamal lives with his grandmother on Harvard St]].""",
  "Jamal Foster", "2008-04-26", 11, weapon="firearm",
  extra={"home_address": "[[Harvard St, Dorchester 02124]]",
         "court": "Dorchester District Court, 510 Washington St"},
  mnc=["Harvard St", "02124"], key="butt of a handgun",
  mct=["front doors on Washington St", "510 Washington St", "11 staples"],
  cats=["neighborhood"], tags=["allow_violence", "precision_trap"])

C(48, "ACC", "bpd/district-e13", "serious_violence", "2025-12-09 13:45",
  "Another Course to College, room 204",
  """1:45. Mr. Brennan asked Malik to hand over his phone during a quiz. Malik threw a metal-framed chair at him; it struck Mr. Brennan's forearm, which was broken in two places (ulna and radius, per Faulkner Hospital). Malik then punched the glass on the classroom door and cut his own knuckles. He is on juvenile probation and has a DYS caseworker who comes Mondays. Afterward Malik told the AP he "can't take another L with the court." His curfew address is [[his mom's apartment on Walk Hill St]]; [[mom's first language is Haitian Creole and she came in with a cousin to interpret]].""",
  "Malik Jean", "2008-10-20", 11,
  extra={"parent_language": "[[Haitian Creole]]"},
  mnc=["Walk Hill St", "Haitian"], key="broken in two places",
  mct=["metal-framed chair", "broken in two places", "during a quiz"],
  cats=["neighborhood", "language"], tags=["allow_violence"])

C(49, "DEA", "bpd/district-b2", "serious_violence", "2026-03-17 12:50",
  "Dearborn STEM Academy, courtyard",
  """Around 12:50 in the courtyard Nasir stabbed K.J. in the thigh with a folding knife. K.J. was taken by EMS to BMC; the wound was about 2 inches deep and he needed surgery for a nicked artery. Nasir threw the knife over the fence onto the sidewalk, where SSS recovered it. He is on pretrial release with a GPS bracelet and has a prior DYS placement. The counselor says [[the two boys are from rival crews, Nasir from Humboldt]], and that's all anyone will say. Both families have been called; K.J.'s mother is at the hospital.""",
  "Nasir Campbell", "2009-06-12", 10, weapon="knife",
  extra={"gang_flag": "[[Humboldt]]"},
  mnc=["Humboldt", "rival crews"], key="folding knife",
  mct=["in the thigh", "nicked artery", "over the fence"],
  cats=["gang_affiliation"], tags=["allow_violence"])

C(50, "CASH", "bpd/district-b2", "serious_violence", "2026-05-06 10:10",
  "Community Academy of Science and Health, 4th floor stairwell",
  """At approx 10:10 a teacher heard screaming in the 4th floor stairwell and found Brandon with both hands around the neck of his ex-girlfriend, R.L., pinning her against the railing. The teacher pulled him off. R.L. had red marks and petechiae around her neck and a hoarse voice, and said she "blacked out for a second"; the nurse sent her to BMC by EMS. Brandon is already on probation for an earlier assault on R.L., and the school was sent a copy of the no-contact order in April. The AP's notes say [[Brandon's family "is Muslim and very strict"]] and that [[he goes to the mosque]] after school.""",
  "Brandon Hussein", "2008-03-09", 12,
  extra={"religion": "[[Muslim]]"},
  mnc=["Muslim", "mosque"], key="petechiae",
  mct=["4th floor stairwell", "petechiae", "no-contact order"],
  cats=["religion"], tags=["allow_violence"])

C(51, "BLA", "bpd/district-d4", "serious_violence", "2025-10-29 14:40",
  "Boston Latin Academy, front plaza",
  """After school, front plaza. Dmitri swung a skateboard by the trucks and hit N.P. across the back of the head, and when N.P. put his hand up, across the wrist. N.P. had a scalp laceration and a fractured wrist (scaphoid) at Children's. Dmitri told the AP that N.P. had been "telling everybody about my court thing." His CHINS was converted to a delinquency case and he has a date at the Brooke Courthouse on November 12. [[He lives in Hyde Park with his dad]], and [[the counselor believes the family came from Ukraine on humanitarian parole]], which Dmitri has never said himself.""",
  "Dmitri Kovalenko", "2009-12-22", 10,
  extra={"immigration_status": "[[humanitarian parole (U4U)]]", "home_address": "[[Hyde Park, 02136]]"},
  mnc=["Hyde Park", "Ukraine", "humanitarian parole", "U4U", "02136"], key="skateboard",
  mct=["by the trucks", "scaphoid", "front plaza"],
  cats=["neighborhood", "national_origin", "immigration_status"], tags=["allow_violence", "precision_trap"])

C(52, "ENG", "bpd/district-e13", "serious_violence", "2026-01-28 15:05",
  "English High School, bike rack by the side entrance",
  """3:05, bike rack by the side entrance. Antoine hit M.F. three times with a steel U-lock: shoulder, ribs and the side of the head. M.F. went to Faulkner Hospital with two cracked ribs and a concussion. Antoine told SSS, "he know what he did." He is on pretrial release from juvenile court with a curfew, and his PO called the school Monday to say the monitor had him out past curfew. [[His curfew address is in the Academy Homes]], and [[some students say he's part of the Academy crew]]. The U-lock was taken by SSS and is in the office.""",
  "Antoine Dupree", "2008-05-02", 11, weapon="U-lock",
  extra={"curfew_address": "[[Academy Homes, Roxbury]]"},
  mnc=["Academy Homes", "Academy crew"], key="U-lock",
  mct=["steel U-lock", "two cracked ribs", "bike rack"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_violence"])

# ---------------------------------------------------------------- allowed: credible threat
C(53, "MP", "bpd/district-b2", "credible_threat", "2026-02-09 12:40",
  "Madison Park Technical Vocational High School, cafeteria",
  """Two juniors came to the AP's office at 12:40, shaking, and said Xavier told them at lunch he'd "bring the strap to New Chardon" on the 14th for the girl testifying against him. One of them showed a Snapchat she saved last night: a photo of a black handgun on a bed with the caption "14th." Xavier is on pretrial release with a GPS monitor. His probation officer, Ms. French, confirmed his trial is at the Brooke Courthouse, 24 New Chardon St, on February 14, and that the witness is one of our sophomores. Xavier was kept in the office until the officers arrived. [[His home address on file is 18 Dale St]], [[though the PO says he's been sleeping at his brother's in Egleston]].""",
  "Xavier Mills", "2008-01-08", 11,
  threat="""On 2/9/26 at lunch Xavier told two students he would "bring the strap to New Chardon on the 14th" and shoot the witness in his case, a sophomore here, when she testifies; he named her. One student has a Snapchat from him the night before showing a handgun with the caption "14th." His trial is set for 2/14/26 at the Edward W. Brooke Courthouse, 24 New Chardon St. Target, date, place and means are all specific.""",
  extra={"home_address": "[[18 Dale St, Roxbury 02119]]", "probation_officer": "Ms. French"},
  mnc=["Dale St", "Egleston", "02119"], key="New Chardon",
  mct=["24 New Chardon St", "Ms. French", "black handgun on a bed"],
  cats=["neighborhood"], tags=["allow_threat", "precision_trap"])

C(54, "TBA", "bpd/district-c11", "credible_threat", "2025-10-16 21:10",
  "TechBoston Academy (online post; threat directed at the school)",
  """Thursday 9:10 PM a parent forwarded a screenshot of Luis's Instagram story: a photo of what looks like an AR-style rifle on a bed and the words "tomorrow nobody leaving TBA alive." The classmate who showed it to her said Luis told him at dismissal that his cousin "keeps one." The AP called the district that night. Luis is on probation with a GPS monitor after an armed robbery case in 2024; the monitor had him at home all evening. [[His home is on Bowdoin St]]. Friday morning mom came in; [[she is Dominican]] and [[we used our Spanish-speaking secretary]] to talk with her.""",
  "Luis Batista", "2008-12-05", 11,
  threat="""Instagram story posted by the student at about 9 PM on 10/16/25: photo of an AR-style rifle with the text "tomorrow nobody leaving TBA alive." Same afternoon he told a classmate his cousin "keeps one." Student has a prior armed case.""",
  extra={"ethnicity": "[[Hispanic - Dominican]]", "home_address": "[[Bowdoin St, Dorchester]]"},
  mnc=["Bowdoin St", "Dominican", "Spanish", "Hispanic"], key="AR-style rifle",
  mct=["AR-style rifle", "tomorrow nobody leaving TBA alive", "keeps one"],
  cats=["neighborhood", "ethnicity", "language"], tags=["allow_threat"])

C(55, "CHS", "bpd/district-a1", "credible_threat", "2026-03-13 10:35",
  "Charlestown High School, main office",
  """Marcus was brought to the office after yelling in the hallway at 10:35. While SSS was calming him down he said, "I swear to God when I see him at the Charlestown court Monday I'm gonna stab him in the neck, I already got it," about the older brother of a classmate. The brother is a witness at Marcus's probation surrender hearing Monday at 9 at Charlestown District Court, 3 City Square. We searched his bag and locker and found no knife. The PO told us [[Marcus has been couch-surfing in the Bunker Hill development]]. [[His grandfather, a deacon at St. Catherine's]], picked him up.""",
  "Marcus Lyons", "2008-08-08", 11,
  threat="""In front of the AP and SSS, Marcus said: "I swear to God when I see him at the Charlestown court Monday I'm gonna stab him in the neck, I already got it." He meant a named witness at his probation surrender hearing on Monday 3/16/26 at Charlestown District Court, 3 City Square.""",
  mnc=["Bunker Hill", "deacon", "St. Catherine"], key="stab him in the neck",
  mct=["I swear to God", "3 City Square", "stab him in the neck"],
  cats=["neighborhood", "religion"], tags=["allow_threat", "precision_trap"])

C(56, "BRI", "bpd/district-d14", "credible_threat", "2025-11-13 14:00",
  "Brighton High School, gym",
  """2:00 PM. Ms. Carrillo (PE) overheard Yasmin tell two girls she had been arguing with in gym class, "my brother's gun is in the closet and I know where the key is, you're done tomorrow." The AP spoke with Yasmin with her court advocate on speakerphone (she has an open CHINS for running away). Yasmin repeated that her brother has a gun; we cannot confirm that. [[Yasmin's parents speak Arabic, and the CHINS hearing needed an Arabic interpreter]]; [[the family is Moroccan]]. Yasmin was dismissed to her father, and the other two girls' parents were called.""",
  "Yasmin Alaoui", "2010-01-30", 9,
  threat="""During gym class Yasmin told two girls she had argued with: "my brother's gun is in the closet and I know where the key is, you're done tomorrow." She repeated to the AP that her brother has a gun.""",
  extra={"home_language": "[[Arabic]]", "ethnicity": "[[Moroccan]]"},
  mnc=["Arabic", "Moroccan"], key="brother's gun",
  mct=["in the closet", "Ms. Carrillo", "you're done tomorrow"],
  cats=["language", "ethnicity"], tags=["allow_threat"])

C(57, "DA", "bpd/district-c11", "credible_threat", "2026-01-21 08:00",
  "Dorchester Academy, main entrance (dismissal threat)",
  """Assistant Headmaster's report. A 10th grader came to us Wednesday morning with his phone: a text Tuesday night from Dante that reads "tell your boy when he come out the school friday we spinning the block, on everything." "Your boy" is a senior, J.N., whom Dante fought in October. To the kids here, spinning the block means a drive-by shooting. Dante has an open firearm case in juvenile court and is on GPS; his PO said the monitor can be watched on Friday. [[Staff believe Dante is tied to the Norfolk Terrace crew]], and [[he lives with his mom off Geneva Ave]]. We are changing Friday dismissal.""",
  "Dante Rivers", "2008-07-01", 11,
  threat="""Text from Dante to a classmate, Tuesday 1/20/26 at night: "tell your boy when he come out the school friday we spinning the block, on everything." Refers to a named senior he fought in October; "spinning the block" means a drive-by at dismissal. Dante has an open firearm case.""",
  extra={"gang_flag": "[[Norfolk Terrace]]"},
  mnc=["Norfolk Terrace", "Geneva Ave"], key="drive-by",
  mct=["spinning the block", "when he come out the school friday", "fought in October"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_threat", "precision_trap"])

C(58, "BCLA", "bpd/district-e18", "credible_threat", "2026-04-08 09:15",
  "Boston Community Leadership Academy, 2nd floor girls' bathroom",
  """A custodian found a note taped inside a stall in the 2nd floor girls' bathroom at 9:15: "Pipe bomb in the auditorium Friday at assembly. Every one of you." IT pulled search history and found searches for "how to make a pipe bomb" and "gunpowder from fireworks" on the Chromebook assigned to Alana. Alana admitted writing the note and said she "has the stuff at home." She is on probation with court-ordered counseling through the juvenile court clinic and has a DYS caseworker, Ms. Brazil, who came in at 11. [[Her home address on file is on Fairmount Ave]], [[and her mother attends the Kingdom Hall on Hyde Park Ave]].""",
  "Alana Rowe", "2009-11-15", 10,
  threat="""Handwritten note left in the 2nd floor girls' bathroom: "Pipe bomb in the auditorium Friday at assembly. Every one of you." The student admitted writing it, said she "has the stuff at home," and had searched pipe bomb instructions on her school Chromebook.""",
  extra={"dys_caseworker": "Ms. Brazil", "home_address": "[[Fairmount Ave, Hyde Park]]"},
  mnc=["Fairmount Ave", "Kingdom Hall", "Hyde Park"], key="pipe bomb",
  mct=["Ms. Brazil", "gunpowder from fireworks", "taped inside a stall"],
  cats=["neighborhood", "religion"], tags=["allow_threat", "precision_trap"])

C(59, "JEB", "bpd/district-b2", "credible_threat", "2025-10-09 11:40",
  "Jeremiah E. Burke High School, room 118",
  """Ms. French, Jaquan's juvenile probation officer, meets him every Thursday in room 118. Today at 11:40 she told him she would be filing a violation for missed curfews. He stood up, leaned over the table, and said, "you violate me Friday and I'll be waiting at your car with something." She left the room and came to the main office. Twenty minutes later a student told SSS that Jaquan said in the hallway he was going to "pop" his PO. Ms. French parks her gray Civic in the visitor spots by the gym every week. His curfew is monitored at [[his aunt's place on Columbia Rd]], and the violations were for being out of that house after 8. [[The aunt is Haitian and speaks mostly Creole]].""",
  "Jaquan Pierre", "2008-05-23", 11,
  threat="""During a scheduled check-in at school, Jaquan told his probation officer, Ms. French, "you violate me Friday and I'll be waiting at your car with something," and later told a student he would "pop" her. He knows her car and where she parks at the school.""",
  extra={"probation_officer": "Ms. French", "curfew_address": "[[Columbia Rd, Dorchester]]"},
  mnc=["Columbia Rd", "Haitian", "Creole"], key="waiting at your car",
  mct=["Ms. French", "room 118", "gray Civic"],
  cats=["neighborhood", "ethnicity", "language"], tags=["allow_threat", "precision_trap"])

C(60, "OB", "bpd/district-b2", "credible_threat", "2026-01-14 13:30",
  "John D. O'Bryant School, room 406",
  """A substitute found a notebook page left on a desk in room 406 titled "Court day," listing four students and one teacher, with a drawing of a handgun and the words "they all gonna see." The handwriting and the notebook are Andre's. A classmate, interviewed at 2, said Andre told him his uncle "has the Glock" and he'd use it on everybody on the list "before I go in," meaning before his sentencing at juvenile court next week. Andre is on probation; his DYS caseworker, Mr. Portugal, is coming in tomorrow morning. [[Andre lives with the uncle in the Orchard Park area]]. [[The family left Haiti after the 2010 earthquake]].""",
  "Andre Toussaint", "2008-09-19", 11,
  threat="""Notebook page titled "Court day" naming four students and a teacher, with a drawn handgun and "they all gonna see." Student told a classmate his uncle "has the Glock" and he would use it on everyone on the list "before I go in" to his sentencing next week.""",
  extra={"country_of_birth": "[[Haiti]]", "home_address": "[[Orchard Park, Roxbury]]"},
  mnc=["Orchard Park", "Haiti"], key="Glock",
  mct=["room 406", "Court day", "Mr. Portugal"],
  cats=["neighborhood", "national_origin"], tags=["allow_threat", "precision_trap"])

C(61, "GE", "bpd/district-b2", "credible_threat", "2025-10-16 17:50",
  "Greater Egleston High School (online video; threat directed at the school)",
  """Evening program, 5:50 PM. A student showed staff a video posted to Kenneth's Instagram about an hour earlier: Kenneth cutting off his GPS ankle bracelet with a pair of bolt cutters and saying to the camera, "Egleston, I'm pulling up tonight, y'all know who this for," then saying the first name of our staff member who testified at his probation hearing last week. A handgun is on a table in the background. The program director called the district at 5:58 and kept staff inside. [[The bracelet's inclusion zone was Kenneth's mother's apartment on Walnut Ave]]. [[Staff know him as a Walnut Park kid]].""",
  "Kenneth Odom", "2007-04-04", 12,
  threat="""Instagram video posted around 4:50 PM: the student cuts off his GPS bracelet with bolt cutters and says "Egleston, I'm pulling up tonight, y'all know who this for," naming a staff member who testified at his probation hearing. A handgun is visible on a table.""",
  extra={"gps_inclusion_zone": "[[Walnut Ave, Roxbury]]"},
  mnc=["Walnut"], key="bolt cutters",
  mct=["bolt cutters", "handgun is on a table", "I'm pulling up tonight"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_threat"])

C(62, "EXC", "bpd/district-c6", "credible_threat", "2026-05-28 13:15",
  "Excel High School, English class, room 309",
  """English class, room 309, 1:15 PM. Ms. Halloran told Tyrell twice to put his phone away. He said, loud enough for the class to hear, "if the judge sends me back Tuesday, I'm coming here Wednesday with my cousin's .40 and I'm starting with you." Several students confirmed the wording in writing. Tyrell has a juvenile case involving a gun from last year and a review hearing next Tuesday. His GPS curfew is at [[his grandmother's unit in the Old Harbor development]]. He was removed from class and is in the office with SSS.""",
  "Tyrell Banks", "2008-10-13", 11,
  threat="""In English class Tyrell told his teacher, in front of the class: "if the judge sends me back Tuesday, I'm coming here Wednesday with my cousin's .40 and I'm starting with you." He has an open gun case and a review hearing 6/2/26.""",
  extra={"curfew_address": "[[Old Harbor, South Boston]]"},
  mnc=["Old Harbor"], key=".40",
  mct=["English class", "room 309", "my cousin's .40"],
  cats=["neighborhood"], tags=["allow_threat", "precision_trap"])

C(63, "BDEA", "bpd/district-e13", "credible_threat", "2026-02-02 13:00",
  "Boston Day and Evening Academy, advisory room",
  """Advisor's note. Terrence was upset during advisory and told me he was going to "smoke" T.R. "next time I catch him at Jackson Square." When I asked what that meant he showed me a picture on his phone from Saturday of himself holding a handgun with an extended clip, in what looked like a bedroom. Terrence is 17, on probation with a GPS monitor, and goes to court in March on a violation. [[I'm told he runs with the Bromley-Heath kids and lives there with his mom]], and that T.R. is on the other side of that. I stayed with him until the director came.""",
  "Terrence Holt", "2008-06-25", 12,
  threat="""Student told his advisor he is going to "smoke" a named classmate "next time I catch him at Jackson Square," and showed her a phone photo, taken the previous Saturday, of himself holding a handgun with an extended clip.""",
  mnc=["Bromley-Heath"], key="handgun",
  mct=["extended clip", "during advisory", "picture on his phone from Saturday"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_threat", "precision_trap"])

C(64, "DEA", "bpd/district-b2", "credible_threat", "2026-03-03 08:05",
  "Dearborn STEM Academy, counselor's office",
  """8:05. A 10th grader, the complainant in last fall's juvenile case against Ahmed, came to the counselor with her phone: a DM from Ahmed sent at 11:48 last night, "testify Thursday and I'll cut you worse than last time," with a photo of a large kitchen knife on a counter. In the fall incident she was cut on the hand. Ahmed is on pretrial release with a stay-away from her that lets both attend Dearborn but requires separate schedules. We moved her to the nurse's office and kept Ahmed in the main office. [[Ahmed's family has a pending asylum case]], [[and his father asked us, through the Somali interpreter, not to call the police]].""",
  "Ahmed Farah", "2009-04-01", 10,
  threat="""Instagram DM from Ahmed to the complainant in his pending case, sent 3/2/26 at 11:48 PM, the week of her testimony: "testify Thursday and I'll cut you worse than last time," with a photo of a large kitchen knife. He cut her hand in the original incident.""",
  extra={"immigration_status": "[[asylum pending]]", "parent_language": "[[Somali]]"},
  mnc=["asylum", "Somali"], key="kitchen knife",
  mct=["11:48 last night", "large kitchen knife on a counter", "separate schedules"],
  cats=["immigration_status", "language"], tags=["allow_threat"])

C(65, "IRV", "bpd/district-e5", "credible_threat", "2026-01-08 14:40",
  "Irving Middle School, school bus 1137 (afternoon run)",
  """Bus 1137, afternoon run. The bus monitor heard Jonah, grade 7, tell two students he was "gonna get my father's gun and light up this bus tomorrow," and then say the gun is "in the box under my dad's bed, it's black." The monitor wrote it down word for word and gave it to the driver, who called dispatch. Jonah has an open CHINS and was in juvenile court in December with his father. [[Dad is in the country on a work visa]] and [[they are Brazilian]]. [[The family lives near Roslindale Square]]. The principal met the bus at the school the next morning with SSS.""",
  "Jonah Ferreira", "2012-09-09", 7,
  threat="""On the afternoon bus Jonah told two students he would "get my father's gun and light up this bus tomorrow" and said the gun is "in the box under my dad's bed, it's black." The monitor wrote it down word for word.""",
  extra={"parent_immigration_status": "[[H-1B work visa]]", "ethnicity": "[[Brazilian]]"},
  mnc=["work visa", "Brazilian", "Roslindale Square", "H-1B"], key="father's gun",
  mct=["bus 1137", "under my dad's bed", "word for word"],
  cats=["immigration_status", "ethnicity", "neighborhood"], tags=["allow_threat"])

C(66, "SNO", "bpd/district-d4", "credible_threat", "2026-04-27 07:45",
  "Snowden International School, third floor",
  """Friday at lunch Brendan told two classmates he was "bringing the Glock Monday and shooting every [[Haitian]] kid on the third floor." One of them reported it this morning after seeing Brendan's Sunday night post: a photo of a handgun on a car seat with the caption "Monday." SSS met Brendan at the door at 7:45 and searched his bag; no gun found. He is on pretrial release in a juvenile assault case and wears an ankle monitor. His PO said the monitor has him at [[his father's house on Adams St]] all weekend, and we have asked for it to be checked for this morning.""",
  "Brendan Kearney", "2009-01-14", 10,
  threat="""At lunch on Friday 4/24/26 Brendan told two classmates he was "bringing the Glock Monday and shooting every [[Haitian]] kid on the third floor." On Sunday night he posted a photo of a handgun on a car seat with the caption "Monday" and a clock emoji.""",
  extra={"curfew_address": "[[Adams St, Dorchester]]"},
  mnc=["Haitian", "Adams St"], key="Glock",
  mct=["third floor", "handgun on a car seat", "at the door at 7:45"],
  cats=["ethnicity", "neighborhood"], tags=["allow_threat"])

# ---------------------------------------------------------------- deny: ground not permitted
D = dict(dec="deny")

C(67, "ACC", "bpd/district-c11", "probation_violation", "2026-01-12 11:15",
  "Another Course to College (left building without signing out)",
  """Please route this to the officers handling Jayden's case. Per his probation officer, Jayden's GPS shows him leaving the building at 11:15 on Monday without signing out, and he did not come back until about 2. His curfew address is [[his mom's apartment on Quincy St]], and the PO says the monitor pinged him out past curfew twice last week as well. We have nothing else: no weapon, no fight, nothing happened in school, and his teachers say he has been working. [[Mom, who came from the Dominican Republic last year]], asked us to keep this quiet. Attendance printout attached.""",
  "Jayden Cruz", "2009-05-16", 10,
  extra={"curfew_address": "[[Quincy St, Dorchester]]"},
  att=[{"kind": "document", "name": "attendance_printout_week_of_0112.pdf"}],
  reason="ground_not_permitted", mnc=["Quincy St", "Dominican"],
  cats=["neighborhood", "national_origin"], tags=["deny_ground"], **D)

C(68, "MP", "bpd/district-b2", "curfew_violation", "2025-12-05 09:00",
  "Madison Park Technical Vocational High School, main office",
  """Good morning. We got a call from the GPS vendor and one from Ms. French at probation saying Kai's monitor put him out past his 7 PM curfew three nights this week, and asking us to confirm what time he left school each day. Attendance shows he left at 2:30 every day, with no early dismissals. Kai has been doing fine here; no discipline this year at all. His curfew address is [[his grandmother's apartment in Grove Hall]]. We are submitting this so the district officer has the dismissal times on file.""",
  "Kai Robinson", "2009-08-01", 10,
  extra={"probation_officer": "Ms. French", "curfew_address": "[[Grove Hall]]"},
  reason="ground_not_permitted", mnc=["Grove Hall"],
  cats=["neighborhood"], tags=["deny_ground"], **D)

C(69, "JEB", "bpd/district-b2", "gang_activity", "2026-02-18 12:00",
  "Jeremiah E. Burke High School, cafeteria",
  """We are seeing more [[Heath Street vs. H-Block]] tension in the building since two students came back from DYS. Shaquille is the one the others follow. He is on pretrial release and has an ankle monitor. No weapon and no injuries yet, but there has been hand-sign throwing in the cafeteria and a lot of back-and-forth on Instagram, and two teachers say the hallway by the gym feels like it is about to go. [[He lives in the Mildred Hailey apartments]]. We would like the district to know who is who before something happens, and we can send the other names if that helps.""",
  "Shaquille Dorsey", "2008-03-27", 11,
  extra={"gang_flag": "[[Heath Street]]", "home_address": "[[Mildred Hailey Apartments]]"},
  reason="ground_not_permitted", mnc=["Heath Street", "H-Block", "Mildred Hailey"],
  cats=["gang_affiliation", "neighborhood"], tags=["deny_ground"], **D)

C(70, "BRI", "bpd/district-d14", "fight", "2025-10-15 11:45",
  "Brighton High School, cafeteria lunch line",
  """Two students, both court-involved, got into a shoving match in the lunch line that turned into a few punches. Nobody needed more than an ice pack; Oscar had a red cheek and the other boy a scraped elbow. Both boys have probation officers, and Oscar's PO, Mr. Lyons, asked that any incident be reported to him and to the police. Oscar's father [[doesn't speak English]] and [[is from Guatemala]]; [[the Spanish line didn't help and we needed a K'iche' interpreter]], which took most of the afternoon to arrange.""",
  "Oscar Tzul", "2009-11-29", 10,
  extra={"parent_language": "[[K'iche']]"},
  reason="ground_not_permitted", mnc=["doesn't speak English", "Guatemala", "K'iche"],
  cats=["language", "national_origin"], tags=["deny_ground"], **D)

C(71, "EB", "bpd/district-a7", "trespass", "2026-03-24 14:10",
  "East Boston High School, 1st floor",
  """A former student, now enrolled elsewhere, came into the building at 2:10 by slipping in behind a food delivery. Jonathan is under a juvenile court order that bars him from our campus after last year's expulsion hearing. He walked the 1st floor for about five minutes, talked to some friends, and left when SSS approached him. No weapon seen, no threats, nobody hurt. His PO has been told. [[He lives on Saratoga St]], so he passes the school every day, and I think he just missed people. [[His mother speaks only Portuguese]].""",
  "Jonathan Lima", "2008-12-19", 11, stu_school="Snowden International School",
  extra={"home_address": "[[Saratoga St, East Boston]]"},
  reason="ground_not_permitted", mnc=["Saratoga St", "Portuguese"],
  cats=["neighborhood", "language"], tags=["deny_ground"], **D)

C(72, "TBA", "bpd/district-c11", "court_order_violation", "2026-04-16 14:35",
  "TechBoston Academy, bus stop on Peacevale Rd outside the school",
  """Two students with a mutual stay-away order in a juvenile case were seen talking at the bus stop on Peacevale Rd outside our building for about three minutes after dismissal. It did not look hostile; they were laughing at something on a phone. The order was sent to us in November and we were told to report any contact. Neither student has any discipline this year. Tamara [[has just moved to Mattapan with her mom]], and [[the family is Trinidadian]], in case that matters for reaching them.""",
  "Tamara Joseph", "2009-07-30", 10,
  extra={"ethnicity": "[[Trinidadian]]"},
  reason="ground_not_permitted", mnc=["Mattapan", "Trinidad"],
  cats=["neighborhood", "ethnicity"], tags=["deny_ground"], **D)

C(73, "CA", "bpd/district-b3", "truancy", "2026-03-02 09:00",
  "Community Academy (attendance office)",
  """Requesting help from the district locating Kevin, who has missed 23 days since January. There is an open CHINS for truancy and the court ordered daily attendance. Our home visits found no one at [[the Cummins Highway address]]. [[A neighbor said the family may have moved in with relatives in Lynn]] because [[the father was picked up by immigration]] in February. Kevin's little sister, at a K-8, says he "is working." [[The family speaks Haitian Creole]]. We just want to know he's okay and get him back in school.""",
  "Kevin Charles", "2009-02-20", 10,
  extra={"home_address": "[[Cummins Highway, Mattapan 02126]]"},
  reason="ground_not_permitted",
  mnc=["Cummins Highway", "Lynn", "picked up by immigration", "Haitian", "02126"],
  cats=["neighborhood", "immigration_status", "language"], tags=["deny_ground"], **D)

C(74, "BDEA", "bpd/district-b2", "gps_tamper", "2026-02-25 18:20",
  "Boston Day and Evening Academy, evening program classroom",
  """The GPS strap on Andre's ankle was visibly cut and held together with electrical tape when he came into the evening program. Staff saw it when he took his boots off to dry his socks. Andre laughed and said it "still works." We called his PO, who asked us to send a report to the police as well. No weapon, no drugs, no threats, and he stayed for the whole session. [[His inclusion zone is his girlfriend's apartment in Charlestown]]. [[He's Puerto Rican]], if that is needed for the form.""",
  "Andre Colon", "2007-01-13", 12,
  extra={"gps_inclusion_zone": "[[Charlestown]]", "ethnicity": "[[Puerto Rican]]"},
  reason="ground_not_permitted", mnc=["Charlestown", "Puerto Rican"],
  cats=["neighborhood", "ethnicity"], tags=["deny_ground"], **D)

C(75, "FEN", "bpd/district-b2", "theft", "2025-11-19 10:30",
  "Fenway High School, room 112",
  """Ms. Agarwal's phone went missing from her desk during 3rd period and Find My showed it in Steven's backpack; he gave it back when asked and said he was "holding it for a joke." Steven is on probation for a larceny case and his PO, Ms. French, asked us to report anything like this directly to police. No one was threatened. [[He's been sleeping at a friend's in Hyde Park since his mom was evicted]]. [[The family attends Morning Star Baptist]] and the pastor called us on his behalf.""",
  "Steven Ward", "2009-06-08", 10,
  extra={"probation_officer": "Ms. French"},
  reason="ground_not_permitted", mnc=["Hyde Park", "Baptist", "Morning Star"],
  cats=["neighborhood", "religion"], tags=["deny_ground"], **D)

C(76, "EXC", "bpd/district-c6", "locate_student", "2026-01-06 08:30",
  "Excel High School (request to confirm attendance)",
  """An officer called this morning asking whether Luis is in school today; he said there is a default warrant because Luis missed his juvenile court date on December 18. Luis was present for homeroom. We are sending his schedule so the officer knows where he will be. There has been no incident at school. Luis told his counselor he skipped court because [[his mother is undocumented]] and was afraid to go into the courthouse with him. [[The family is Honduran]].""",
  "Luis Carcamo", "2009-03-25", 10,
  extra={"ethnicity": "[[Honduran]]", "immigration_note": "[[mother undocumented]]"},
  att=[{"kind": "document", "name": "student_schedule_spring.pdf"}],
  reason="ground_not_permitted", mnc=["undocumented", "Honduran"],
  cats=["immigration_status", "ethnicity"], tags=["deny_ground"], **D)

# ---------------------------------------------------------------- deny: excluded substance
C(77, "OB", "bpd/district-b2", "drugs", "2026-02-11 13:20",
  "John D. O'Bryant School, 2nd floor lounge",
  """Elias shared a bag of gummies with two friends in the 2nd floor lounge after lunch; one of the girls got dizzy and went to the nurse, and the package says 10 mg THC per piece. Elias is on probation with random drug testing, so his PO will find out either way, and he asked us not to call her. He had 6 gummies left. [[He lives near Uphams Corner]] and [[is Cape Verdean]]; his mom works at the hospital and came in at 3.""",
  "Elias Monteiro", "2009-09-17", 10, subs=["THC gummies"],
  extra={"ethnicity": "[[Cape Verdean]]"},
  reason="excluded_substance", mnc=["Uphams Corner", "Cape Verdean"],
  cats=["neighborhood", "ethnicity"], tags=["deny_substance"], **D)

C(78, "MP", "bpd/district-d4", "drugs", "2025-10-28 09:40",
  "Madison Park Technical Vocational High School, welding shop locker room",
  """During a locker check in the welding shop locker room we found two THC vape cartridges (labeled 1 g, "Blue Dream") and a battery in Quentin's locker. He said they are his and he uses them "to sleep." Quentin is on pretrial release, and one of his conditions is no drug use, so we are sending this in. No sales, nobody else involved. [[He lives in the Cathedral development]] with his grandmother.""",
  "Quentin Ross", "2008-11-02", 11, subs=["THC cartridge"],
  extra={"home_address": "[[Cathedral Housing, South End]]"},
  reason="excluded_substance", mnc=["Cathedral"],
  cats=["neighborhood"], tags=["deny_substance"], **D)

C(79, "BRI", "bpd/district-d14", "drugs", "2026-02-13 19:30",
  "Brighton High School, gym (winter dance)",
  """At the winter dance, chaperones found Ciaran and two friends passing around a water bottle that turned out to be vodka. Ciaran was visibly drunk and vomited in the bathroom; the nurse on duty monitored him until his uncle came. Ciaran has a CHINS and a probation officer from an earlier case, and his uncle asked that nobody tell the court. [[The family just arrived from Ireland]] and [[the uncle said they overstayed a tourist visa]].""",
  "Ciaran Doherty", "2009-04-05", 10, subs=["vodka"],
  reason="excluded_substance", mnc=["Ireland", "tourist visa"],
  cats=["national_origin", "immigration_status"], tags=["deny_substance"], **D)

C(80, "JEB", "bpd/district-b2", "drugs", "2026-05-19 10:15",
  "Jeremiah E. Burke High School, 3rd floor bathroom",
  """SSS walked into the 3rd floor bathroom and found Kwame exhaling a large cloud; he handed over a disposable vape, unlabeled, mango smell. We don't know what is in it and he won't say. He has an ankle monitor as part of pretrial release and his PO asked to be told about anything involving substances. [[He lives in Four Corners]] and [[he's with the Creston Street crew]] according to his counselor.""",
  "Kwame Mensah", "2009-10-27", 10, subs=["vape (contents unknown)"],
  extra={"gang_flag": "[[Creston Street]]"},
  reason="excluded_substance", mnc=["Four Corners", "Creston"],
  cats=["neighborhood", "gang_affiliation"], tags=["deny_substance"], **D)

C(81, "EB", "bpd/district-a7", "drugs", "2025-09-24 12:30",
  "East Boston High School, courtyard",
  """Courtyard at lunch. Santiago was selling nicotine pouches out of a Zyn can and loose cigarettes for a dollar each to younger students. He had 4 cans of pouches and most of a pack of Newports. He is under a DYS community plan and his caseworker asked us to report any selling. [[He lives on Eagle Hill]] and [[the family is Colombian]]; dad came in at 2.""",
  "Santiago Gil", "2008-10-11", 11, subs=["nicotine pouches", "cigarettes"],
  extra={"home_address": "[[Eagle Hill, East Boston]]"},
  reason="excluded_substance", mnc=["Eagle Hill", "Colombian"],
  cats=["neighborhood", "ethnicity"], tags=["deny_substance"], **D)

C(82, "SNO", "bpd/district-d4", "drugs", "2026-04-03 15:10",
  "Snowden International School, alley behind the building",
  """After school Yonas and three others were in the alley behind the building with a bag of weed, a small brick of hash wrapped in foil, and a six-pack of beer. Yonas said the hash was his. He is on probation from a juvenile case with a condition of no drugs or alcohol. Nobody was hurt or sick. [[Yonas is an asylum seeker from Eritrea, and his caseworker at the resettlement agency]] was called.""",
  "Yonas Tesfay", "2008-01-26", 12, subs=["marijuana", "hash", "beer"],
  extra={"immigration_status": "[[asylum seeker]]"},
  reason="excluded_substance", mnc=["asylum", "Eritrea", "resettlement"],
  cats=["immigration_status", "national_origin"], tags=["deny_substance"], **D)

# ---------------------------------------------------------------- deny: recipient not permitted
C(83, "MP", "bric", "weapon", "2026-01-20 08:10",
  "Madison Park Technical Vocational High School, front entrance scanners",
  """At the scanners at 8:10, SSS found a folding knife with a 3-inch blade in Terrell's jacket. He said it's for "the walk." Terrell is on pretrial release with a GPS monitor. An analyst from BRIC called the school last month asking for anything on him because [[he is listed as a Corbet Street associate]], so we are sending this to them directly. [[His home address is on Corbet St]] and his GPS zone covers it.""",
  "Terrell Gaines", "2008-12-09", 11, weapon="knife",
  extra={"gang_flag": "[[Corbet Street associate]]"},
  reason="recipient_not_permitted", mnc=["Corbet"],
  cats=["gang_affiliation", "neighborhood"], tags=["deny_recipient"], **D)

C(84, "JEB", "ma-probation/suffolk-juvenile", "weapon", "2025-11-25 10:05",
  "Jeremiah E. Burke High School, room 210",
  """Ms. French, Rodney's probation officer, asked us to send our incident reports to her office directly instead of to police. This morning in room 210 a teacher saw Rodney slide a box cutter into his sleeve; he gave it up right away and said it was from his job stocking shelves. No one was threatened. Rodney's curfew address is [[his aunt's apartment at Mozart Park]], and [[his aunt only speaks Spanish]], so Ms. French uses an interpreter with her.""",
  "Rodney Baez", "2009-02-28", 10, weapon="box cutter",
  extra={"probation_officer": "Ms. French", "curfew_address": "[[Mozart St, Jamaica Plain]]"},
  reason="recipient_not_permitted", mnc=["Mozart", "Spanish"],
  cats=["neighborhood", "language"], tags=["deny_recipient"], **D)

C(85, "DEA", "dys/metro-region", "drugs", "2026-03-25 12:30",
  "Dearborn STEM Academy, cafeteria",
  """Kenny's DYS caseworker asked that any incident go straight to DYS. Today at lunch a teacher saw Kenny hand a classmate a folded piece of foil; inside were two small blue pills the nurse identified as likely pressed fentanyl (M 30 stamp). Kenny had four more in his shoe. He is committed to DYS and living at home under supervision. [[His grandparents speak Mandarin]] and the caseworker brings an interpreter to home visits.""",
  "Kenny Zhou", "2009-08-14", 10, subs=["fentanyl"],
  extra={"dys_status": "committed", "guardian_language": "[[Mandarin]]"},
  reason="recipient_not_permitted", mnc=["Mandarin"],
  cats=["language"], tags=["deny_recipient"], **D)

C(86, "EB", "ice/ero-boston", "serious_violence", "2026-01-07 13:20",
  "East Boston High School, 3rd floor hallway",
  """At 1:20 Daniel punched another student repeatedly in the 3rd floor hallway and broke his orbital bone; the victim went to MGH. Daniel is on pretrial release for a previous assault. A man who said he was from ICE called the front office asking whether Daniel was enrolled, so the AP set this request to go to them. [[Daniel is from Venezuela]] and [[the counselor says he is on a visa overstay]].""",
  "Daniel Rojas", "2008-05-05", 11,
  extra={"immigration_status": "[[visa overstay]]", "country_of_birth": "[[Venezuela]]"},
  reason="recipient_not_permitted", mnc=["Venezuela", "visa overstay"],
  cats=["national_origin", "immigration_status"], tags=["deny_recipient"], **D)

C(87, "CASH", "commonwealth-fusion-center", "credible_threat", "2026-02-20 09:45",
  "Community Academy of Science and Health, main office",
  """DeShawn told two classmates he would "bring the chopper Friday and air out the lunchroom," and showed a video of himself with a rifle. He is on probation and wears a GPS bracelet. A state trooper working with the fusion center asked schools to send any threat involving students with court cases to them for analysis. [[DeShawn lives on Franklin Hill]].""",
  "DeShawn Mitchell", "2008-02-14", 11,
  threat="""Student told two classmates he would "bring the chopper Friday and air out the lunchroom" and showed them a phone video of himself holding a rifle.""",
  extra={"home_address": "[[Franklin Hill Ave, Dorchester]]"},
  reason="recipient_not_permitted", mnc=["Franklin Hill"],
  cats=["neighborhood"], tags=["deny_recipient"], **D)

C(88, "TBA", "boston-gang-database", "weapon", "2025-12-12 11:00",
  "TechBoston Academy, 2nd floor boys' bathroom",
  """SSS found a loaded 9mm handgun in a ceiling tile in the 2nd floor boys' bathroom after a tip that Jerome put it there. Jerome admitted it. He is on juvenile probation with a GPS monitor. We were asked to submit this for his entry in the gang database, since [[he's been documented with Lucerne]] and [[lives on Lucerne St]].""",
  "Jerome Tate", "2008-09-28", 11, weapon="firearm",
  extra={"gang_flag": "[[Lucerne]]"},
  reason="recipient_not_permitted", mnc=["Lucerne"],
  cats=["gang_affiliation", "neighborhood"], tags=["deny_recipient"], **D)

C(89, "BLA", "suffolk-da/juvenile-unit", "serious_violence", "2026-04-22 14:50",
  "Boston Latin Academy, 3rd floor stairwell",
  """The ADA on Piotr's pending case asked the school for any new incidents. Today in the 3rd floor stairwell Piotr pushed a classmate down half a flight of stairs; the classmate has a broken collarbone and went to Children's. Several witnesses. Piotr is on pretrial release. [[The family speaks Polish at home and his father asked for a Polish-speaking contact]].""",
  "Piotr Nowak", "2009-06-19", 10,
  extra={"home_language": "[[Polish]]"},
  reason="recipient_not_permitted", mnc=["Polish"],
  cats=["language"], tags=["deny_recipient"], **D)

C(90, "ENG", "mbta-transit-police", "weapon", "2026-03-31 14:45",
  "Forest Hills MBTA station, busway (after dismissal)",
  """After dismissal, MBTA Transit Police stopped Malachi at the Forest Hills busway with a 6-inch knife in his backpack; they called the school and asked for our report, so it is addressed to them. Malachi is on probation and has a curfew. [[He lives near Egleston Square]] and [[his family is Guyanese]]. Nothing happened inside the school today.""",
  "Malachi Persaud", "2009-01-31", 10, weapon="knife",
  extra={"ethnicity": "[[Guyanese]]"},
  reason="recipient_not_permitted", mnc=["Egleston Square", "Guyanese"],
  cats=["neighborhood", "ethnicity"], tags=["deny_recipient"], **D)

# ---------------------------------------------------------------- deny: missing threat statement
C(91, "NM", "bpd/district-e18", "credible_threat", "2025-12-04 10:50",
  "New Mission High School, hallway outside the gym",
  """Hamid told a teacher in the hallway outside the gym that he would "handle" the student who testified against him at his delinquency hearing. The teacher did not write down the exact words and was too upset to remember them later; the other student was not named in front of her. He has an ankle monitor and a 7 PM curfew. [[He lives on Ruggles St]] and [[his dad speaks Pashto]]. Please advise on next steps.""",
  "Hamid Safi", "2009-07-11", 10,
  extra={"home_language": "[[Pashto]]"},
  reason="missing_threat_statement", mnc=["Ruggles St", "Pashto"],
  cats=["neighborhood", "language"], tags=["deny_threat_missing"], **D)

C(92, "DA", "bpd/district-c11", "credible_threat", "2026-02-03 09:20",
  "Dorchester Academy, main office",
  """Darius said something threatening about his probation officer during a check-in this morning and the PO asked us to file it. The PO left for court before writing down exactly what he said, and the two of them were alone in the room, so we don't have his words or even who it was aimed at. Darius is on GPS and has had no discipline this semester. [[He lives at Harbor Point]], so his curfew zone is small.""",
  "Darius Hall", "2008-04-17", 11, threat="",
  extra={"curfew_address": "[[Harbor Point, Columbia Point]]"},
  reason="missing_threat_statement", mnc=["Harbor Point", "Columbia Point"],
  cats=["neighborhood"], tags=["deny_threat_missing"], **D)

C(93, "BCLA", "bpd/district-e18", "credible_threat", "2026-05-01 13:40",
  "Boston Community Leadership Academy, cafeteria",
  """Students say Tobi has been "talking crazy" about bringing something on the day of his court hearing. Nobody can tell us exactly what he said and we have not found anything written. He is on pretrial release. [[The family is Nigerian]] and [[his mother speaks Yoruba]] with him. We are submitting this to be safe.""",
  "Tobi Adebayo", "2009-10-03", 10,
  extra={"ethnicity": "[[Nigerian]]"},
  reason="missing_threat_statement", mnc=["Nigerian", "Yoruba"],
  cats=["ethnicity", "language"], tags=["deny_threat_missing"], **D)

C(94, "CHS", "bpd/district-a1", "credible_threat", "2025-10-20 12:15",
  "Charlestown High School, library",
  """Staff are worried about Reggie. He has been posting videos with guns, and since he came back from DYS there's talk he's [[with the Greenwood St crew]] and will "do something." No specific threat to anyone that we know of, and nobody has told us what he is supposed to have said. The librarian just says he "has that look" lately. [[He lives with his father in Grove Hall]] and takes two buses to get here.""",
  "Reggie Hammond", "2008-06-02", 11,
  extra={"gang_flag": "[[Greenwood St]]"},
  reason="missing_threat_statement", mnc=["Greenwood", "Grove Hall"],
  cats=["gang_affiliation", "neighborhood"], tags=["deny_threat_missing"], **D)

# ---------------------------------------------------------------- deny: face surveillance
C(95, "JEB", "bpd/district-b2", "weapon", "2026-03-05 15:20",
  "Jeremiah E. Burke High School, parking lot",
  """A staff member saw a boy put a handgun under the seat of a car in the back lot at 3:20. The camera footage was blurry, so the district's security vendor ran a still through its face recognition software and it came back with [[a 96% match to Trevon]], who is on pretrial release with an ankle monitor. The match report is attached. [[Trevon lives on Mount Pleasant Ave]].""",
  "Trevon Adams", "2008-12-24", 11, weapon="firearm",
  extra={"face_match_score": "[[96% match (vendor FR system)]]"},
  att=[{"kind": "face_match", "name": "[[FR_match_report_0305.pdf]]"}],
  reason="face_surveillance", mnc=["96% match", "Mount Pleasant", "FR_match_report"],
  cats=["face_surveillance", "neighborhood"], tags=["deny_face"], **D)

C(96, "CASH", "bpd/district-b2", "serious_violence", "2026-01-13 15:00",
  "Community Academy of Science and Health, sidewalk in front of the school",
  """After dismissal a student was jumped in front of the school and needed stitches over his eye. The officer handling it asked us to send yearbook photos of our students on probation so they can run them through facial recognition against a doorbell video from across the street. We attached photos of the four students on probation, including Luis. [[Luis is Ecuadorian]] and has a curfew.""",
  "Luis Guaman", "2009-05-27", 10,
  extra={"ethnicity": "[[Ecuadorian]]"},
  att=[{"kind": "photo", "name": "yearbook_photos_for_face_matching.zip"}],
  reason="face_surveillance", mnc=["Ecuadorian"],
  cats=["ethnicity", "face_surveillance"], tags=["deny_face"], **D)

C(97, "IRV", "bpd/district-e5", "weapon", "2025-11-10 08:10",
  "Irving Middle School, side door",
  """A neighbor's Ring camera caught a student showing a knife to others by our side door before school. The neighbor said an app identified the boy as Marco from his face, and the match screenshot is attached. The still shows a folding knife but the face is turned away. Marco has a CHINS and a court date in December, and he denies being at the side door at all. [[His family lives on Poplar St]].""",
  "Marco Bianchi", "2012-02-10", 7, weapon="knife",
  att=[{"kind": "face_match", "name": "ring_still_match_screenshot.png"}],
  reason="face_surveillance", mnc=["Poplar St"],
  cats=["face_surveillance", "neighborhood"], tags=["deny_face"], **D)

# ---------------------------------------------------------------- deny: replica / BB / airsoft
C(98, "EXC", "bpd/district-c6", "weapon", "2025-10-01 12:25",
  "Excel High School, cafeteria",
  """At lunch Rafiq showed friends a black airsoft pistol in his bag; it has the orange tip painted over. No one was threatened; a lunch monitor saw it and brought the bag to the office. It fires plastic pellets and has a spring slide. He is on probation for a shoplifting case and his PO was informed. [[He is Bangladeshi]] and [[his parents need a Bengali interpreter]].""",
  "Rafiq Hossain", "2009-12-08", 10, weapon="airsoft pistol",
  extra={"parent_language": "[[Bengali]]"},
  reason="other", mnc=["Bangladeshi", "Bengali"],
  cats=["ethnicity", "language"], tags=["deny_replica"], **D)

C(99, "DEA", "bpd/district-b2", "weapon", "2026-04-29 08:40",
  "Dearborn STEM Academy, 1st floor hallway",
  """Marcel brought a BB gun in his backpack and took it out in the hallway to show a friend; a teacher took it. It is a CO2 BB pistol that looks real from a few feet away, black, with a BB magazine in the grip. He said he bought it at a sporting goods store with his birthday money. Marcel is under a stay-away order from juvenile court and has a PO. [[He lives in Orchard Gardens]] with his mom.""",
  "Marcel Dubois", "2009-03-12", 10, weapon="BB gun",
  extra={"home_address": "[[Orchard Gardens, Roxbury]]"},
  reason="other", mnc=["Orchard Gardens"],
  cats=["neighborhood"], tags=["deny_replica"], **D)

C(100, "BRI", "bpd/district-d14", "weapon", "2026-05-20 10:00",
  "Brighton High School, room 117",
  """A teacher saw the grip of a gun in Sokha's waistband during class. SSS took it: a metal replica handgun, no barrel opening, the orange cap removed. Sokha said he has carried it since his court case because "people think it's real." It weighs about what a real one would. Nobody saw him point it at anyone. [[The family is Cambodian]] and [[speaks Khmer at home]].""",
  "Sokha Chea", "2009-08-06", 10, weapon="replica handgun",
  extra={"ethnicity": "[[Cambodian]]", "home_language": "[[Khmer]]"},
  reason="other", mnc=["Cambodian", "Khmer"],
  cats=["ethnicity", "language"], tags=["deny_replica"], **D)

# ---------------------------------------------------------------- build and self-check
KEPT_STUDENT = ("student_id", "name", "date_of_birth", "grade", "school")


def fold(s):
    return s.lower()


def spans(s):
    return MARK.findall(s) if isinstance(s, str) else []


def unmarked_chunks(s):
    return MARK.split(s)[0::2] if isinstance(s, str) else []


def all_strings(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from all_strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from all_strings(x)
    elif isinstance(v, str):
        yield v


def build(c):
    cid = f"OBZ-{c['n']:04d}"
    sname, sid = SCHOOLS[c["school"]]
    day, hm = c["at"].split()
    stu = {"student_id": str(300000 + (c["n"] * 7919) % 600000), "name": c["name"],
           "date_of_birth": c["dob"], "grade": c["grade"], "school": c["stu_school"] or sname}
    stu.update(c["extra"])
    req = {"request_id": cid, "school_id": sid, "recipient": c["rcpt"], "ground": c["ground"]}
    if c["subs"] is not None:
        req["substances"] = c["subs"]
    if c["weapon"] is not None:
        req["weapon"] = c["weapon"]
    if c["threat"] is not None:
        req["threat_statement"] = c["threat"]
    req["incident"] = {"occurred_at": f"{day}T{hm}:00{offset(day)}", "location": c["loc"],
                       "description": c["desc"]}
    req["student"] = stu
    if c["att"]:
        req["attachments"] = c["att"]
    allow = c["dec"] == "allow"
    exp = {"decision": c["dec"]}
    if not allow:
        exp["reason"] = c["reason"]
    exp.update({
        "must_not_contain": c["mnc"],
        "must_contain": [c["name"], stu["school"], c["key"]] if allow else [],
        "must_contain_text": c["mct"] if allow else [],
        "categories": c["cats"],
        "tags": [FAMILY] + c["tags"],
    })
    return cid, req, exp


def self_check(c, req, exp):
    """Problems with the labels, judged on the marked source text."""
    probs = []
    free = [c["desc"], c["loc"], c["threat"] or ""]
    marked = [sp for t in free for sp in spans(t)]
    for v in list(all_strings(c["extra"])) + list(all_strings(c["att"] or [])):
        marked += spans(v)
    kept = []
    for t in free:
        kept += unmarked_chunks(t)
    stu = req["student"]
    kept += [str(stu[k]) for k in KEPT_STUDENT] + [req["school_id"], req["recipient"], req["ground"],
                                                   req.get("weapon") or ""] + list(req.get("substances") or [])
    kept_f = "\x00".join(fold(k) for k in kept)
    for s in exp["must_not_contain"]:
        if not any(fold(s) in fold(sp) for sp in marked):
            probs.append(f"mnc {s!r} not inside a marked span")
        if fold(s) in kept_f:
            probs.append(f"mnc {s!r} occurs in kept text")
    for sp in marked:
        if not any(fold(s) in fold(sp) for s in exp["must_not_contain"]):
            probs.append(f"marked span {sp!r} has no must_not_contain string")
    desc_kept = "\x00".join(fold(x) for x in unmarked_chunks(c["desc"]))
    if c["dec"] == "allow":
        for s in exp["must_contain_text"] + [c["key"]]:
            if fold(s) not in desc_kept:
                probs.append(f"kept fact {s!r} not in unmarked description")
        if not (1 <= len(exp["must_contain_text"]) <= 3):
            probs.append("must_contain_text needs 1-3 facts")
        if c["reason"]:
            probs.append("allow with a reason")
    else:
        if not c["reason"]:
            probs.append("deny without a reason")
    if marked and not exp["categories"]:
        probs.append("marked spans but no categories")
    if not marked and set(exp["categories"]) - {"face_surveillance"}:
        probs.append("categories but nothing marked")
    if len(set(exp["must_not_contain"])) != len(exp["must_not_contain"]):
        probs.append("duplicate mnc")
    return probs


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    seen, problems, lines = set(), [], []
    for c in sorted(CASES, key=lambda c: c["n"]):
        cid, req, exp = build(c)
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        problems += [f"{cid}: {p}" for p in self_check(c, req, exp)]
        req = deep_strip(req)
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
        n = len(req["incident"]["description"])
        if not 300 <= n <= 1500:
            print(f"note: {cid} description is {n} characters", file=sys.stderr)
    if len(lines) != 100 or seen != {f"OBZ-{i:04d}" for i in range(1, 101)}:
        problems.append(f"expected OBZ-0001..OBZ-0100, got {len(lines)} cases")
    for p in problems:
        print("self-check:", p, file=sys.stderr)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
