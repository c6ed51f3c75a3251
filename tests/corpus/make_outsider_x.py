#!/usr/bin/env python3
"""Outsider corpus X: 100 hand-written gatekeeper cases (middle/elementary grades, recess, lunch,
buses, after-school, special education and counseling settings, family conversations relayed by
staff, mixed forbidden facts about several people, precision traps and clean reports).

Standard library only, deterministic (fixed seed), no network.
Writes tests/data/corpus/outsider_x.jsonl next to this folder.
"""
import json
import pathlib
import random

RNG = random.Random(20260311)
OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_x.jsonl"

SCHOOL_IDS = {}


def school_id(school):
    if school not in SCHOOL_IDS:
        SCHOOL_IDS[school] = "BPS-%04d" % (4100 + 7 * len(SCHOOL_IDS) + RNG.randint(0, 6))
    return SCHOOL_IDS[school]


def offset(date):
    y, m, d = (int(x) for x in date.split("-"))
    if 4 <= m <= 10 or (m == 3 and d >= 9) or (m == 11 and d < 2):
        return "-04:00"
    return "-05:00"


CASES = []


def case(name, grade, school, when, location, desc, *, ground, recipient="bpd", weapon=None,
         substances=None, threat=None, extra=None, attachments=None, age=False,
         decision="allow", reason=None, mnc=(), fact=None, mct=(), cats=(), tags=()):
    n = len(CASES) + 1
    cid = "OX-%04d" % n
    date, time = when.split(" ")
    birth_year = 2026 - grade - 6 + (0 if int(date[5:7]) >= 9 else 0) - RNG.randint(0, 1)
    student = {"student_id": str(RNG.randint(100000, 999999)), "name": name}
    if age:
        student["age"] = 2026 - birth_year - 1
    else:
        student["date_of_birth"] = "%d-%02d-%02d" % (birth_year, RNG.randint(1, 12), RNG.randint(1, 28))
    student["grade"] = grade
    student["school"] = school
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": school_id(school), "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": "%sT%s:00%s" % (date, time, offset(date)),
                       "location": location, "description": desc}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, school, fact] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = ["outsider_x"] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# Allowed, with forbidden facts to withhold (often about several people in one paragraph)
# ---------------------------------------------------------------------------------------------

case("Dariel Fontes", 7, "McCormack Middle School", "2025-10-08 11:42", "Cafeteria, 2nd lunch",
     "Per lunch monitor Ms. Okafor: Dariel took a paring knife with a wooden handle out of his lunch bag "
     "and pointed it across the table at another 7th grader (K.T.) after K.T. took his seat. The monitor "
     "stepped between them and Dariel dropped it on the tray; nobody was cut. The knife is locked in the "
     "AP's office. When we called home, Dariel's father asked for a Portuguese interpreter, and K.T.'s "
     "mother said the family only just moved into Harbor Point and she doesn't want any trouble there.",
     ground="weapon", weapon="knife", recipient="bpd/district-c11",
     mnc=["Portuguese", "interpreter", "Harbor Point"], fact="paring knife",
     mct=["paring knife", "wooden handle", "nobody was cut"], cats=["language", "neighborhood"],
     tags=["allow_redact", "middle", "lunch", "family_relay", "mixed_people"])

case("Malik Osei", 5, "Mather Elementary School", "2025-11-04 10:05", "Back playground",
     "Morning recess. Two 5th graders came to the recess aide saying Malik had a blade. Aide found him by the "
     "climbing structure showing a yellow box cutter and sliding the blade in and out, saying he would "
     "\"cut\" the boy who shoved him on the bus yesterday. He handed it over without a struggle. He told the "
     "counselor his uncle uses it at his stockroom job. Mom called back later on the Haitian Creole line "
     "and said they are staying with cousins on Topliff St since the fire.",
     ground="weapon", weapon="box cutter", recipient="bpd/district-c11",
     mnc=["Haitian Creole", "Topliff"], fact="box cutter",
     mct=["yellow box cutter", "climbing structure"], cats=["language", "neighborhood"],
     tags=["allow_redact", "elementary", "recess", "counseling", "family_relay"])

case("Jordan Pell", 8, "Washington Irving Middle School", "2026-01-27 14:48", "School bus, afternoon run",
     "On the afternoon run the driver saw Jordan punching and kicking an 8th grade girl (A.M.) after she "
     "fell between the seats. Driver stopped the bus and the monitor pulled him off. A.M. was taken to "
     "Children's by EMS with a fractured orbital bone. The bus monitor said it started when Jordan called "
     "A.M. a \"dirty Dominican\" in front of everyone. Separately, Jordan's case manager mentioned he missed "
     "two days last month for his asylum hearing and has been very anxious.",
     ground="serious_violence", recipient="bpd/district-e5",
     mnc=["Dominican", "asylum"], fact="orbital",
     mct=["fractured orbital bone", "stopped the bus"], cats=["ethnicity", "immigration_status"],
     tags=["allow_redact", "middle", "bus", "sped", "mixed_people"])

case("Keanu Brathwaite", 6, "Curley K-8 School", "2026-02-10 09:30", "Room 214 (math)",
     "During first period math the para saw Keanu passing small round blue pills stamped \"M 30\" to a "
     "classmate under the desk. Nurse says they look like counterfeit oxycodone; 9 pills total were "
     "recovered from his pencil case. Keanu says an older cousin who stays in Academy Homes gave them to "
     "him to hold. His grandmother (guardian) asked us not to involve police because the elders at her "
     "Kingdom Hall would find out.",
     ground="drugs", substances=["counterfeit oxycodone"], recipient="bpd/district-e13",
     mnc=["Academy Homes", "Kingdom Hall"], fact="oxycodone",
     mct=["M 30", "under the desk", "pencil case"], cats=["neighborhood", "religion"],
     tags=["allow_redact", "middle", "family_relay", "mixed_people"])

case("Tobias Reinholt", 8, "Edison K-8 School", "2026-02-09 13:15", "Counseling office",
     "Tobias came to the counselor on his own after lunch and said he is going to bring his father's "
     "handgun on Friday and shoot three boys in his homeroom, whom he named. He said the gun is in a "
     "shoebox on the closet shelf and he knows the lock code. Counselor kept him with her until the AP "
     "arrived. Dad came in; the counselor notes the family is Albanian, Dad mostly speaks Albanian, and they "
     "live on Faneuil St.",
     ground="credible_threat", recipient="bpd/district-d14",
     threat="Student told his school counselor he will bring his father's handgun to school on Friday and "
            "shoot three named classmates; he described where the gun is kept and said he knows the lock code.",
     mnc=["Albanian", "Faneuil"], fact="handgun",
     mct=["shoebox", "three boys in his homeroom"], cats=["ethnicity", "language", "neighborhood"],
     tags=["allow_redact", "middle", "counseling", "family_relay"])

case("Serena Vaughn", 7, "Orchard Gardens K-8 School", "2025-12-03 08:05", "Main entrance bag check",
     "Acting on a tip from a parent, SSS checked Serena's backpack at arrival and found brass knuckles in "
     "the front pocket of her backpack. She said she needs them because older boys from the Wensley Boys "
     "have been following girls from the bus stop. Her mom asked us on the phone not to send anything to "
     "the city because she is undocumented and scared. No one was hurt.",
     ground="weapon", weapon="brass knuckles", recipient="bpd/district-b2",
     mnc=["Wensley Boys", "undocumented"], fact="brass knuckles",
     mct=["front pocket of her backpack", "No one was hurt"], cats=["gang_affiliation", "immigration_status"],
     tags=["allow_redact", "middle", "family_relay", "mixed_people"])

case("Andre Quiñones", 3, "Rafael Hernández K-8 School", "2026-03-18 14:20", "Dismissal, yellow bus line",
     "At dismissal Andre, a 3rd grader, showed two classmates a small black handgun in his backpack while "
     "waiting on the yellow bus line. His teacher walked him and the bag to the office. SSS secured it; "
     "the gun had a loaded magazine. Andre said it came from his mom's boyfriend's car. Mom arrived at 3:10 "
     "and we spoke through a Spanish interpreter; she said they arrived from Honduras in the fall and are "
     "living at a family shelter in Egleston.",
     ground="weapon", weapon="firearm", recipient="bpd/district-e13",
     mnc=["Spanish", "interpreter", "Honduras", "Egleston"], fact="handgun",
     mct=["loaded magazine", "yellow bus line"], cats=["language", "national_origin", "neighborhood"],
     tags=["allow_redact", "elementary", "bus", "family_relay"])

case("Ezekiel Marte", 6, "Young Achievers Science and Mathematics Pilot School", "2026-01-14 12:50",
     "2nd floor boys' bathroom",
     "Custodian walked in on Ezekiel in the 2nd floor boys' bathroom holding a small knotted baggie of "
     "off-white powder that he tried to flush. He told the AP it was \"fetty\" he was holding for his "
     "brother. Nurse kept naloxone at hand; Ezekiel was alert and had not used any. SSS believes the "
     "brother runs with the Orchard Park crew. Ezekiel is Cape Verdean and an English learner (WIDA 2), "
     "so the AP had the ESL teacher sit in.",
     ground="drugs", substances=["fentanyl"], recipient="bpd/district-b3",
     mnc=["Orchard Park", "Cape Verdean", "English learner", "WIDA", "ESL teacher"], fact="fentanyl",
     mct=["knotted baggie", "tried to flush"],
     cats=["gang_affiliation", "neighborhood", "ethnicity", "language"],
     tags=["allow_redact", "middle", "mixed_people"])

case("Rashad Whitfield", 8, "Lilla G. Frederick Middle School", "2025-10-21 10:40", "Boys' locker room",
     "After PE, Rashad put a combination lock inside a sock and swung it at a 7th grader, hitting him in the "
     "head. The boy had a 2-inch laceration and got 6 staples at Carney. The victim's father came in and "
     "said he is the pastor at a Haitian Baptist congregation and wants the boys kept apart. Rashad is on "
     "an IEP; his case manager was present for the interview.",
     ground="serious_violence", recipient="bpd/district-c11",
     mnc=["Haitian", "Baptist"], fact="combination lock",
     mct=["combination lock", "6 staples", "2-inch laceration"], cats=["ethnicity", "religion"],
     tags=["allow_redact", "middle", "sped", "family_relay"])

case("Imani Coles", 8, "Dearborn STEM Academy", "2026-04-15 16:40", "3rd floor hallway outside robotics lab",
     "During after-school robotics Imani sprayed pepper spray down the hallway at a group of girls she had "
     "argued with at lunch. Three students had burning eyes and were flushed by the nurse; one was picked "
     "up by her mother. Imani said she carries it because men bother her near her building on Humboldt Ave. "
     "She said her cousin gave it to her; the cousin has DACA and works at a pharmacy.",
     ground="weapon", weapon="pepper spray", recipient="bpd/district-b2",
     mnc=["Humboldt", "DACA"], fact="pepper spray",
     mct=["robotics", "burning eyes"], cats=["neighborhood", "immigration_status"],
     tags=["allow_redact", "middle", "after_school", "mixed_people"])

case("Cristian Mejía", 7, "Mario Umana Academy", "2026-03-01 21:10", "Snapchat story (off campus), reported at school",
     "Sunday night Cristian posted a photo of a kitchen knife with the caption \"monday. 3 of yall\" and "
     "tagged three classmates. Two parents emailed the principal screenshots. Monday morning Cristian "
     "admitted posting it and said he \"meant it at the time.\" AP notes Cristian and two of the tagged boys "
     "are Salvadoran and there has been a rumor that one of the boys is MS-13, which Cristian denies. "
     "Mom says they live in Orient Heights.",
     ground="credible_threat", recipient="bpd/district-a7",
     threat="Student posted a photo of a kitchen knife captioned 'monday. 3 of yall', tagged three named "
            "classmates, and told the assistant principal he meant it at the time he posted.",
     mnc=["Salvadoran", "MS-13", "Orient Heights"], fact="kitchen knife",
     mct=["kitchen knife", "monday. 3 of yall"], cats=["ethnicity", "gang_affiliation", "neighborhood"],
     tags=["allow_redact", "middle", "mixed_people", "family_relay"])

case("Jayce Almonte", 5, "Donald McKay K-8 School", "2025-09-30 12:15", "Side yard, lunch recess",
     "At lunch recess Jayce flicked open a butterfly knife and told a 2nd grader to hand over his trading "
     "cards. The 2nd grader ran to the yard aide. Jayce gave up the knife and cried in the office. At pickup "
     "his mother told the teacher, in Spanish, that his father is in ICE detention and Jayce hasn't been "
     "himself.",
     ground="weapon", weapon="knife", recipient="bpd/district-a7",
     mnc=["Spanish", "ICE detention"], fact="butterfly knife",
     mct=["butterfly knife", "trading cards"], cats=["language", "immigration_status"],
     tags=["allow_redact", "elementary", "recess", "family_relay"])

case("Brendan Kowal", 8, "Haley Pilot School", "2026-02-24 12:05", "Cafeteria",
     "Brendan brought a prescription bottle with about 20 white bars labeled as Xanax, not his, and sold "
     "two to 8th graders at lunch for $5 each. One buyer, R.L., told the counselor his parents are strict "
     "Pentecostal and begged us not to call them. When we called Brendan's mom she asked whether this would "
     "affect his green card renewal.",
     ground="drugs", substances=["Xanax"], recipient="bpd/district-e5",
     mnc=["Pentecostal", "green card"], fact="Xanax",
     mct=["for $5 each", "prescription bottle"], cats=["religion", "immigration_status"],
     tags=["allow_redact", "middle", "lunch", "counseling", "mixed_people"])

case("Nyla Desrosiers", 6, "Boston Teachers Union K-8 School", "2025-11-19 09:55", "Stairwell C",
     "Between classes Nyla shoved a 6th grade girl down the last flight of stairwell C. The girl's left "
     "forearm was fractured and she was taken to Boston Children's. Nyla says the girl had been spreading "
     "rumors. The girl's family is Somali and mom needed a Somali interpreter at the hospital.",
     ground="serious_violence", recipient="bpd/district-e13",
     extra={"address": "88 Lamartine St, Apt 2, 02130", "guardian_phone": "617-555-0143"},
     mnc=["Somali", "interpreter", "Lamartine", "02130", "617-555-0143"], fact="fractured",
     mct=["stairwell C", "left forearm was fractured"], cats=["ethnicity", "language", "neighborhood"],
     tags=["allow_redact", "middle", "structured", "mixed_people"])

case("Lucas Pierre-Louis", 5, "Chittick Elementary School", "2026-01-08 11:50", "Lunchroom",
     "Lucas brought a serrated steak knife from home in his lunchbox and showed it to the table, saying he "
     "would stab anyone who took his chips. The lunch aide took the knife. No one was hurt; parents were "
     "called and Lucas went home early.",
     ground="weapon", weapon="knife", recipient="bpd/district-b3",
     extra={"ethnicity": "Haitian", "home_language": "Haitian Creole", "country_of_birth": "Haiti",
            "ell": {"status": "Former EL", "program": "SEI Haitian Creole"}},
     mnc=["Haitian", "Haiti", "SEI Haitian"], fact="steak knife",
     mct=["serrated steak knife", "took his chips"], cats=["ethnicity", "language", "national_origin"],
     tags=["allow_redact", "elementary", "lunch", "structured"])

case("Gabriel Tavares", 8, "Gardner Pilot Academy", "2026-03-12 10:20", "Nurse's office",
     "Gabriel came to the nurse with a nosebleed; while getting tissues out of his hoodie a small bag of "
     "white powder and a vape fell out. He admitted it was cocaine he bought near the station. Dad came and "
     "told the AP \"we are Brazilian, we don't do this in our family.\"",
     ground="drugs", substances=["cocaine", "vape"], recipient="bpd/district-d14",
     extra={"home_language": "Portuguese", "ell_status": "Monitor Year 2"},
     mnc=["Brazilian", "Portuguese", "Monitor Year 2"], fact="cocaine",
     mct=["nosebleed", "small bag of white powder"], cats=["ethnicity", "language"],
     tags=["allow_redact", "middle", "family_relay", "mixed_substances", "structured"])

case("Aaliyah Brooks", 7, "Maurice J. Tobin K-8 School", "2026-04-02 15:05", "Bus 22, afternoon route",
     "On the afternoon route Aaliyah pulled out a stun gun and made it crackle at another 7th grade girl, "
     "then pressed it to her arm; the girl has a small burn mark. The bus monitor took it and the driver "
     "radioed dispatch. The monitor says the two girls have been fighting over a boy who says he's with the "
     "Ruggles Street Kings, and that Aaliyah had earlier yanked at the other girl's hijab.",
     ground="weapon", weapon="stun gun", recipient="bpd/district-b2",
     mnc=["Ruggles Street Kings", "hijab"], fact="stun gun",
     mct=["stun gun", "small burn mark"], cats=["gang_affiliation", "religion"],
     tags=["allow_redact", "middle", "bus", "mixed_people"])

case("Omar Haddad", 6, "Henderson K-12 Inclusion School", "2025-12-09 10:10", "Sensory room, 2nd floor",
     "Omar became dysregulated during a transition and threw a chair in the sensory room, striking a "
     "classmate; the classmate's collarbone was fractured (confirmed at Carney). Two staff were present "
     "and followed his behavior plan. In the parent call, mom's primary language is Arabic; she told the "
     "teacher they came as refugees from Syria in 2023 and Omar had similar episodes at his last school.",
     ground="serious_violence", recipient="bpd/district-c11",
     mnc=["Arabic", "refugees", "Syria"], fact="collarbone",
     mct=["sensory room", "collarbone was fractured"],
     cats=["language", "immigration_status", "national_origin"],
     tags=["allow_redact", "middle", "sped", "family_relay"])

case("Devontae Greer", 5, "Mattahunt Elementary School", "2026-05-06 12:30", "Upper playground",
     "At lunch recess Devontae told a classmate he would bring his uncle's gun and \"shoot Ms. Riley in the "
     "face\" because she took his recess. He told the same thing to the counselor afterward and said the gun "
     "is under the uncle's mattress. Counselor notes the uncle lives with the family at Franklin Field and "
     "the school officer thinks the uncle is with the Woodrow Ave crew.",
     ground="credible_threat", recipient="bpd/district-b3",
     threat="Fifth grader told a classmate and then the school counselor he will bring his uncle's gun and "
            "shoot his lunch aide; he said the gun is kept under the uncle's mattress.",
     mnc=["Franklin Field", "Woodrow"], fact="uncle's gun",
     mct=["under the uncle's mattress", "took his recess"], cats=["neighborhood", "gang_affiliation"],
     tags=["allow_redact", "elementary", "recess", "counseling"])

case("Nico Ferrante", 8, "Eliot K-8 Innovation School", "2025-10-16 13:35", "Science room 302",
     "During science Nico pulled a switchblade on a classmate who had knocked his phone off the desk; he "
     "held it near the boy's neck for a few seconds. The teacher cleared the room. The classmate's mom later "
     "told us he has only been here since September, they moved from Colombia, and his father is an imam at "
     "a mosque in Revere.",
     ground="weapon", weapon="knife", recipient="bpd/district-a1",
     mnc=["Colombia", "imam", "mosque"], fact="switchblade",
     mct=["switchblade", "near the boy's neck"], cats=["national_origin", "religion"],
     tags=["allow_redact", "middle", "family_relay", "mixed_people"])

case("Winnie Lau", 5, "Josiah Quincy Elementary School", "2026-05-20 11:15", "Rooftop play area",
     "Winnie pushed a 4th grader off the top of the play structure on the rooftop yard after an argument "
     "over the swing. The 4th grader landed on her arm and has a broken wrist that needed a cast at Tufts. "
     "Both families speak Cantonese at home; the 4th grader's grandmother, who picks her up, lives at Tai "
     "Tung Village.",
     ground="serious_violence", recipient="bpd/district-a1",
     mnc=["Cantonese", "Tai Tung"], fact="broken wrist",
     mct=["top of the play structure", "broken wrist"], cats=["language", "neighborhood"],
     tags=["allow_redact", "elementary", "recess", "mixed_people"])

case("Elias Moreno", 4, "Winship Elementary School", "2026-02-05 13:40", "Classroom 4B",
     "A 4th grader told Ms. Carr that Elias had a knife; she found a 4-inch hunting knife in a sheath inside "
     "his desk. Elias said he brought it \"in case\" the older kids at the park jump him again. At pickup his "
     "mother told Ms. Carr in confidence that they have no papers and she is afraid of anything going to "
     "the police.",
     ground="weapon", weapon="knife", recipient="bpd/district-d14",
     mnc=["no papers"], fact="hunting knife",
     mct=["hunting knife", "inside his desk"], cats=["immigration_status"],
     tags=["allow_redact", "elementary", "family_relay"])

case("Connor Fitzgerald", 8, "Condon K-8 School", "2026-03-25 12:40", "Gym bleachers",
     "Gym teacher saw Connor hand a folded foil packet to another 8th grader under the bleachers. Packet "
     "held blue powder the nurse believes is fentanyl; a THC vape was in his pocket too. Connor lives in the "
     "Old Colony development and told the AP his older brother is in the D Street crew and \"they'll handle "
     "it.\"",
     ground="drugs", substances=["fentanyl", "THC vape"], recipient="bpd/district-c6",
     mnc=["Old Colony", "D Street crew"], fact="fentanyl",
     mct=["folded foil packet", "under the bleachers"], cats=["neighborhood", "gang_affiliation"],
     tags=["allow_redact", "middle", "mixed_substances"])

case("Kaylani Semedo", 4, "Dever Elementary School", "2025-12-16 10:25", "Classroom 108",
     "Kaylani showed her table a single-edge razor blade wrapped in tape and scratched her own hand lightly, "
     "then told a classmate she'd \"do your face next.\" Teacher took the blade; nurse cleaned the scratch. "
     "Counselor met with her. Mom told the counselor the family is from Cape Verde and waiting on their "
     "asylum interview, and that Kaylani has nightmares.",
     ground="weapon", weapon="razor blade", recipient="bpd/district-c11",
     mnc=["Cape Verde", "asylum"], fact="razor blade",
     mct=["razor blade wrapped in tape", "do your face next"], cats=["national_origin", "immigration_status"],
     tags=["allow_redact", "elementary", "counseling", "family_relay"])

case("Tyler Brennan", 5, "Harvard-Kent Elementary School", "2026-01-21 15:00", "Bus 7, afternoon",
     "Bus driver reports Tyler wrapped his backpack strap around a 2nd grader's neck and pulled until she "
     "passed out for a few seconds. Driver pulled over at Rutherford Ave and called 911; EMS checked her and "
     "she went to MGH for observation. Both kids live in the Bunker Hill development; the 2nd grader's mom "
     "needed a Vietnamese interpreter for our call.",
     ground="serious_violence", recipient="bpd/district-a1",
     mnc=["Bunker Hill", "Vietnamese", "interpreter"], fact="backpack strap",
     mct=["backpack strap", "passed out"], cats=["neighborhood", "language"],
     tags=["allow_redact", "elementary", "bus", "mixed_people"])

case("Marquise Daley", 8, "Joseph Lee K-8 School", "2026-04-28 08:20", "AP's office, after locker search",
     "After two students told the AP that Marquise had a gun, SSS searched his locker and found a loaded "
     ".22 revolver inside a sneaker box. He says he found it in a yard. No threats were made in school.",
     ground="weapon", weapon="firearm", recipient="bpd/district-b3",
     extra={"gang_flag": "associate - Franklin Hill Giants", "religion": "Seventh-day Adventist"},
     mnc=["Franklin Hill Giants", "Adventist"], fact="revolver",
     mct=[".22 revolver", "sneaker box"], cats=["gang_affiliation", "religion"],
     tags=["allow_redact", "middle", "structured"])

case("Huy Tran", 7, "Richard J. Murphy K-8 School", "2026-02-12 11:00", "Counseling office",
     "In his weekly counseling session Huy said he has made a list of five kids who tease him and he is going "
     "to stab them with the big kitchen knife from home \"before spring break.\" He showed the list in his "
     "notebook. He says they make fun of him for being Vietnamese; he exited English learner services last "
     "year.",
     ground="credible_threat", recipient="bpd/district-c11",
     threat="In counseling the student named five classmates he intends to stab with a kitchen knife from "
            "home before spring break and showed a written list of their names.",
     mnc=["Vietnamese", "English learner"], fact="kitchen knife",
     mct=["list of five kids", "before spring break"], cats=["ethnicity", "language"],
     tags=["allow_redact", "middle", "counseling"])

case("Sofia Arroyo", 6, "Sarah Greenwood K-8 School", "2025-11-13 12:25", "Cafeteria",
     "Lunch aide confiscated a sandwich bag with 11 colored pressed pills from Sofia; she said they were "
     "\"molly\" from her friend A.R., whose family is Dominican, and that they were going to take them at "
     "a party. Her aunt, who is her guardian, said she's Puerto Rican and \"raised her better,\" and that "
     "Sofia has been staying with her on Glenway St.",
     ground="drugs", substances=["MDMA"], recipient="bpd/district-b3",
     mnc=["Dominican", "Puerto Rican", "Glenway"], fact="MDMA",
     mct=["11 colored pressed pills", "sandwich bag"], cats=["ethnicity", "neighborhood"],
     tags=["allow_redact", "middle", "lunch", "family_relay", "mixed_people"])

case("Kwame Asante", 5, "Hale Elementary School", "2026-03-30 16:15", "After-school program, gym",
     "During after-school basketball Kwame got into it with another boy over a foul, went to his cubby and "
     "came back with a kitchen knife he had in his bag, waving it at the boy. Program staff took it and "
     "called the principal. Kwame's mother is Ethiopian; the other boy's family attends the Ethiopian "
     "Orthodox church with them and the parents want to settle it there.",
     ground="weapon", weapon="knife", recipient="bpd/district-e5",
     mnc=["Ethiopian", "Orthodox"], fact="kitchen knife",
     mct=["over a foul", "went to his cubby"], cats=["ethnicity", "religion"],
     tags=["allow_redact", "elementary", "after_school", "family_relay", "mixed_people"])

case("Bryan Castillo", 9, "East Boston High School", "2025-10-02 07:55", "East Boston High School, front steps",
     "Before first bell Bryan displayed a folding knife on the front steps during an argument with a "
     "junior; SSS took it without incident. Bryan said he carries it walking home through Maverick Square. "
     "He was born in El Salvador and his dad works nights.",
     ground="weapon", weapon="knife", recipient="bpd/district-a7",
     mnc=["Maverick Square", "El Salvador"], fact="folding knife",
     mct=["front steps", "before first bell"], cats=["neighborhood", "national_origin"],
     tags=["allow_redact", "high"])

case("Terrell Simmons", 10, "Excel High School", "2026-01-16 13:05", "3rd floor hallway",
     "Terrell punched a 9th grader repeatedly after he was down, causing a broken jaw (wired shut at BMC). "
     "SSS notes Terrell is listed as a South Side Ryders associate. The 9th grader is an asylum seeker from "
     "Haiti who arrived in August.",
     ground="serious_violence", recipient="bpd/district-c6",
     mnc=["South Side Ryders", "asylum", "Haiti"], fact="broken jaw",
     mct=["broken jaw", "after he was down"],
     cats=["gang_affiliation", "immigration_status", "national_origin"],
     tags=["allow_redact", "high", "mixed_people"])

case("Ethan Gold", 8, "Ohrenberger School", "2026-05-12 10:45", "Library",
     "Librarian found Ethan and a friend splitting a chocolate bar that Ethan said had psilocybin mushrooms "
     "baked in; he had six more squares in a tin. The friend felt dizzy and was seen by the nurse. Ethan "
     "lives in West Roxbury with his dad; his mom, who is Jewish and lives in Newton, asked that she be the "
     "one contacted.",
     ground="drugs", substances=["psilocybin"], recipient="bpd/district-e5",
     mnc=["West Roxbury", "Jewish", "Newton"], fact="psilocybin",
     mct=["six more squares in a tin", "felt dizzy"], cats=["neighborhood", "religion"],
     tags=["allow_redact", "middle", "family_relay"])

case("Jalen Mitchell", 8, "Boston Green Academy", "2026-02-26 14:10", "Room 118",
     "Jalen pulled an expandable steel baton from his waistband and snapped it open at a classmate during "
     "advisory. Teacher called for SSS; no one was struck. His mother said it belonged to her boyfriend "
     "who does security for the Nation of Islam. The classmate has a Cape Verdean Creole interpreter in "
     "his classes and did not understand what was happening at first.",
     ground="weapon", weapon="club", recipient="bpd/district-d14",
     mnc=["Nation of Islam", "Cape Verdean", "interpreter"], fact="baton",
     mct=["expandable steel baton", "no one was struck"], cats=["religion", "language", "ethnicity"],
     tags=["allow_redact", "middle", "family_relay", "mixed_people"])

case("Adrian Lemus", 5, "Patrick J. Kennedy Elementary School", "2026-04-09 12:35", "Schoolyard",
     "At recess Adrian hit a classmate over the head several times with a metal water bottle. The classmate "
     "lost consciousness briefly and was diagnosed with a concussion at MGH. The classmate's grandmother, "
     "who is Guatemalan and speaks K'iche', came with an uncle. Adrian's family shares an apartment on "
     "Bennington St.",
     ground="serious_violence", recipient="bpd/district-a7",
     mnc=["Guatemalan", "K'iche'", "Bennington"], fact="concussion",
     mct=["metal water bottle", "concussion"], cats=["ethnicity", "language", "neighborhood"],
     tags=["allow_redact", "elementary", "recess", "mixed_people"])

case("Destiny Rowe", 5, "Grew Elementary School", "2025-12-11 11:40", "Lunch line",
     "In the lunch line Destiny sprayed a small canister of mace into another girl's face. The nurse flushed "
     "the girl's eyes for 20 minutes; her mother took her to urgent care. Destiny's mom said they are on "
     "Temporary Protected Status and begged that nothing be reported. Family lives in Readville.",
     ground="weapon", weapon="mace", recipient="bpd/district-e18",
     mnc=["Temporary Protected Status", "Readville"], fact="mace",
     mct=["lunch line", "for 20 minutes"], cats=["immigration_status", "neighborhood"],
     tags=["allow_redact", "elementary", "lunch", "family_relay"])

case("Mason Kerrigan", 7, "Washington Irving Middle School", "2026-03-04 13:30", "Counseling office",
     "In a counseling check-in Mason disclosed he has been holding \"blues\" for an older kid and showed the "
     "counselor eight pills in his sock. Nurse says they are consistent with counterfeit M30s, likely "
     "fentanyl. Mason says the older kid is from the Corbet Street crew. His stepfather is Ukrainian and "
     "does not speak English, so mom will handle all contact.",
     ground="drugs", substances=["fentanyl"], recipient="bpd/district-e5",
     mnc=["Corbet Street", "Ukrainian", "does not speak English"], fact="fentanyl",
     mct=["eight pills in his sock"], cats=["gang_affiliation", "ethnicity", "language"],
     tags=["allow_redact", "middle", "counseling", "family_relay", "mixed_people"])

case("Zaire Holloway", 5, "UP Academy Holland", "2025-11-06 12:10", "Cafeteria",
     "Zaire grabbed a classmate by the hair and slammed his face into the cafeteria table twice. Two front "
     "teeth were knocked out and his lip needed stitches. The classmate's mother is Muslim and asked that a "
     "female staffer speak with her. Zaire told the AP he lives on Bowdoin St and \"everyone knows\" the "
     "boy disrespected him.",
     ground="serious_violence", recipient="bpd/district-c11",
     mnc=["Muslim", "Bowdoin"], fact="teeth",
     mct=["Two front teeth", "cafeteria table"], cats=["religion", "neighborhood"],
     tags=["allow_redact", "elementary", "lunch", "mixed_people"])

case("Owen Pacheco", 8, "Kilmer K-8 School", "2026-01-30 07:35", "Bus 31, morning route",
     "Bus monitor saw Owen showing a box cutter to two boys in the back seat and heard him say it was for "
     "a kid at the Y. She took it at arrival. The monitor said the boys were talking in Russian. Owen told "
     "the AP his cousin runs with the Latin Kings.",
     ground="weapon", weapon="box cutter", recipient="bpd/district-e5",
     mnc=["Russian", "Latin Kings"], fact="box cutter",
     mct=["back seat", "a kid at the Y"], cats=["language", "gang_affiliation"],
     tags=["allow_redact", "middle", "bus"])

case("Farid Rahimi", 6, "McCormack Middle School", "2026-02-18 09:15", "Room 120 (resource room)",
     "In the resource room Farid drew the school on fire with four students' names, and told his para he "
     "will bring gasoline from the garage and a lighter and \"burn them inside.\" He repeated it to the "
     "counselor. Mom says the family lives in the Mary Ellen development and they came as refugees from "
     "Afghanistan two years ago.",
     ground="credible_threat", recipient="bpd/district-c11",
     threat="Student drew the school on fire with four classmates' names and told staff he will bring "
            "gasoline and a lighter from home to burn them inside the building.",
     mnc=["Mary Ellen", "refugees", "Afghanistan"], fact="gasoline",
     mct=["four students' names", "gasoline"], cats=["neighborhood", "immigration_status", "national_origin"],
     tags=["allow_redact", "middle", "sped", "counseling", "family_relay"])

case("Grace Yoon", 7, "Boston Latin Academy", "2025-10-29 14:25", "Boston Latin Academy, 2nd floor girls' room",
     "Grace was seen in the girls' room with a karambit knife, threatening a classmate who had posted about "
     "her. Teacher intervened; no injury. Grace's parents are Korean and came in that afternoon. Her "
     "emergency card lists 12 Ashmont St.",
     ground="weapon", weapon="knife", recipient="bpd/district-c11",
     mnc=["Korean", "Ashmont"], fact="karambit",
     mct=["karambit knife", "no injury"], cats=["ethnicity", "neighborhood"],
     tags=["allow_redact", "middle"])

case("Luis Batista", 6, "Mission Hill K-8 School", "2026-04-22 15:50", "After-school homework room",
     "Luis gave two oxycodone tablets, taken from his grandmother's prescription, to a 7th grader in the "
     "after-school homework room. The 7th grader swallowed one and became very drowsy; EMS took him to "
     "Children's. His grandmother is Dominican and speaks only Spanish, so his older sister translated.",
     ground="drugs", substances=["oxycodone"], recipient="bpd/district-b2",
     mnc=["Dominican", "Spanish", "translated"], fact="oxycodone",
     mct=["homework room", "very drowsy"], cats=["ethnicity", "language"],
     tags=["allow_redact", "middle", "after_school", "family_relay"])

# ---------------------------------------------------------------------------------------------
# Allowed, clean (nothing to withhold beyond unlisted student fields)
# ---------------------------------------------------------------------------------------------

case("Riley Donovan", 5, "Channing Elementary School", "2025-09-23 09:10", "Classroom 5A",
     "While putting away coats the teacher noticed a red folding knife in Riley's cubby. Riley said he "
     "found it at the park and wanted to show his friends. No threats were made and nobody touched it.",
     ground="weapon", weapon="knife", recipient="bpd/district-e18",
     fact="folding knife", mct=["red folding knife", "in Riley's cubby"],
     tags=["allow_clean", "elementary"])

case("Isaiah Grant", 8, "Washington Irving Middle School", "2026-05-14 15:20", "Bus stop outside school",
     "At the bus stop after dismissal Isaiah swung his skateboard into the side of another 8th grader's head. "
     "The boy needed 12 stitches above his ear at Faulkner. Two teachers on bus duty saw it.",
     ground="serious_violence", recipient="bpd/district-e5",
     fact="12 stitches", mct=["skateboard", "12 stitches above his ear"],
     tags=["allow_clean", "middle", "bus", "after_school"])

case("Hannah Byrne", 7, "Edison K-8 School", "2026-03-10 11:30", "Girls' bathroom, 1st floor",
     "A teacher found Hannah crying in the bathroom with a baggie of four Percocet tablets, which she said "
     "she took from a relative and planned to sell. She had not taken any.",
     ground="drugs", substances=["Percocet"], recipient="bpd/district-d14",
     fact="Percocet", mct=["four Percocet tablets", "planned to sell"],
     tags=["allow_clean", "middle"])

case("Micah Oyelaran", 7, "Dearborn STEM Academy", "2025-12-02 10:50", "Room 210",
     "Micah wrote in a shared Google Doc that he would bring his brother's rifle and \"start with the "
     "cafeteria.\" When asked, he said his brother keeps a hunting rifle in their basement.",
     ground="credible_threat", recipient="bpd/district-b2",
     threat="Student wrote in a class document that he would bring his brother's rifle and start shooting in "
            "the cafeteria; he confirmed the rifle is kept at home.",
     fact="rifle", mct=["shared Google Doc", "start with the cafeteria"],
     tags=["allow_clean", "middle"])

case("Cole Hendricks", 8, "Maurice J. Tobin K-8 School", "2026-01-12 08:30", "Hallway lockers",
     "A classmate reported Cole had a gun. SSS found an unloaded 9mm pistol wrapped in a T-shirt in his "
     "locker; no ammunition was found. Cole said it was his father's.",
     ground="weapon", weapon="firearm", recipient="bpd/district-b2",
     fact="9mm pistol", mct=["unloaded 9mm pistol", "wrapped in a T-shirt"],
     tags=["allow_clean", "middle"])

case("Amara Lewis", 8, "Haley Pilot School", "2026-05-28 16:05", "Field behind the school",
     "After the spring field day Amara sprayed pepper spray at two boys who had been teasing her. Both boys "
     "had eye irritation and were treated by the nurse. She said her mother gave it to her for walking home.",
     ground="weapon", weapon="pepper spray", recipient="bpd/district-e5",
     fact="pepper spray", mct=["spring field day", "eye irritation"],
     tags=["allow_clean", "middle", "after_school"])

case("Dylan Forde", 8, "Young Achievers Science and Mathematics Pilot School", "2026-03-17 12:45", "Cafeteria",
     "Dylan showed lunchmates a sheet of small paper squares and said they were acid; he put one on his "
     "tongue. He was monitored by the nurse; EMS evaluated him. Seven squares remained.",
     ground="drugs", substances=["LSD"], recipient="bpd/district-b3",
     fact="LSD", mct=["small paper squares", "Seven squares remained"],
     tags=["allow_clean", "middle", "lunch"])

case("Ava Sullivan", 4, "Chittick Elementary School", "2026-04-13 12:20", "Playground",
     "Ava kicked a 3rd grader in the stomach repeatedly after he fell. He complained of severe pain and was "
     "taken to Children's, where he had surgery for a lacerated spleen.",
     ground="serious_violence", recipient="bpd/district-b3",
     fact="spleen", mct=["lacerated spleen", "kicked a 3rd grader"],
     tags=["allow_clean", "elementary", "recess"])

case("Noah Whitaker", 6, "Henderson K-12 Inclusion School", "2025-10-07 13:50", "Room 12 (substantially separate classroom)",
     "During a de-escalation, staff saw an open box cutter in Noah's hand; he slashed the air toward his "
     "para but did not make contact. His IEP behavior plan was followed and the cutter was taken.",
     ground="weapon", weapon="box cutter", recipient="bpd/district-c11",
     extra={"iep": {"disability": "Emotional Impairment", "case_manager": "K. Doyle"}},
     mnc=["Emotional Impairment"], fact="box cutter",
     mct=["open box cutter", "did not make contact"],
     tags=["allow_clean", "middle", "sped", "structured"])

case("Xavier Nunes", 9, "Brighton High School", "2026-02-03 11:05", "Brighton High School cafeteria",
     "Xavier was seen slipping brass knuckles onto his hand during a lunch argument. An SSS officer "
     "removed them; no punches were thrown.",
     ground="weapon", weapon="brass knuckles", recipient="bpd/district-d14",
     fact="brass knuckles", mct=["lunch argument", "no punches were thrown"],
     tags=["allow_clean", "high", "lunch"])

# ---------------------------------------------------------------------------------------------
# Allowed, precision traps (category words used about something else: they must stay)
# ---------------------------------------------------------------------------------------------

case("Isabela Ruiz", 7, "Rafael Hernández K-8 School", "2026-03-05 10:40", "Room 112",
     "During Spanish class in room 112 Isabela took a folding knife out of her pencil pouch and held it "
     "against a classmate's arm, leaving a red mark but no cut. The teacher took the knife.",
     ground="weapon", weapon="knife", recipient="bpd/district-e13",
     fact="folding knife", mct=["Spanish class", "red mark but no cut"],
     tags=["precision_trap", "middle"])

case("Trevor Banks", 8, "Lilla G. Frederick Middle School", "2025-11-25 09:20", "Room 305",
     "In his English Language Arts journal Trevor wrote that he would bring a gun and shoot Mr. Dunn and two "
     "classmates at the Friday assembly, and described where in the auditorium he would stand.",
     ground="credible_threat", recipient="bpd/district-c11",
     threat="Student wrote in a class journal that he will bring a gun and shoot a teacher and two named "
            "classmates at Friday's assembly, including where he would stand.",
     fact="Friday assembly", mct=["English Language Arts journal", "where in the auditorium"],
     tags=["precision_trap", "middle"])

case("Amir Thompson", 6, "Young Achievers Science and Mathematics Pilot School", "2026-01-22 08:45", "Crew room 204",
     "During morning Crew (our advisory period), Amir showed his Crew leader a box cutter and said he would "
     "use it on a boy in his Crew who keeps taking his hat. The Crew leader took it right away.",
     ground="weapon", weapon="box cutter", recipient="bpd/district-b3",
     fact="box cutter", mct=["morning Crew", "Crew leader"],
     tags=["precision_trap", "middle"])

case("Lila Carver", 5, "Mather Elementary School", "2026-05-15 11:30", "Franklin Park Zoo (field trip)",
     "On the 5th grade field trip to the Franklin Park Zoo, Lila pulled a small knife from her jacket near "
     "the giraffe exhibit and threatened a classmate; the chaperone took it.",
     ground="weapon", weapon="knife", recipient="bpd/district-b2",
     fact="small knife", mct=["Franklin Park Zoo", "giraffe exhibit"],
     tags=["precision_trap", "elementary"])

case("Jonah Pike", 4, "Hale Elementary School", "2025-11-20 15:45", "After-school game room",
     "In the after-school game room Jonah lost a game of Chinese checkers and stabbed the other boy's hand "
     "with a pocket knife, a puncture that needed four stitches.",
     ground="weapon", weapon="knife", recipient="bpd/district-e5",
     fact="pocket knife", mct=["Chinese checkers", "four stitches"],
     tags=["precision_trap", "elementary", "after_school"])

case("Caleb Morrison", 8, "Edison K-8 School", "2026-02-27 12:15", "Gym",
     "Caleb put a 7th grader in a rear chokehold in the gym, saying he learned it in Brazilian jiu-jitsu, and "
     "held it until the boy went limp. The boy was unconscious for about 20 seconds and went to St. "
     "Elizabeth's by ambulance.",
     ground="serious_violence", recipient="bpd/district-d14",
     fact="chokehold", mct=["Brazilian jiu-jitsu", "went limp"],
     tags=["precision_trap", "middle"])

case("Kiara Mendes", 8, "Orchard Gardens K-8 School", "2026-02-11 14:05", "Auditorium",
     "During the Black History Month assembly at Orchard Gardens K-8, Kiara opened a box cutter and cut a "
     "classmate's backpack strap, then swung at her; the classmate has a shallow cut on her palm.",
     ground="weapon", weapon="box cutter", recipient="bpd/district-b2",
     fact="box cutter", mct=["Black History Month assembly", "shallow cut on her palm"],
     tags=["precision_trap", "middle"])

case("Marcus Flynn", 7, "Curley K-8 School", "2026-04-07 12:30", "Cafeteria",
     "At lunch Marcus was handing out Swedish Fish from a bag that also held three white bars he called "
     "\"Xannies\"; a lunchmate swallowed one and was drowsy. Nurse kept the remaining two.",
     ground="drugs", substances=["Xanax"], recipient="bpd/district-e13",
     fact="Xanax", mct=["Swedish Fish", "three white bars"],
     tags=["precision_trap", "middle", "lunch"])

case("Paige Dolan", 6, "Joseph Lee K-8 School", "2025-12-18 15:25", "Ashmont station busway",
     "Waiting for the 21 bus at Ashmont station after school, Paige stabbed a 7th grader in the thigh with a "
     "kitchen knife; the wound required stitches at Carney.",
     ground="serious_violence", recipient="bpd/district-c11",
     fact="thigh", mct=["Ashmont station", "in the thigh"],
     tags=["precision_trap", "middle", "bus", "after_school"])

case("Felix Harmon", 8, "Mission Hill K-8 School", "2026-03-19 13:10", "Library",
     "At geography bee practice, after missing the question about the capital of the Dominican Republic, "
     "Felix pulled a knife on the boy who laughed; the librarian took it.",
     ground="weapon", weapon="knife", recipient="bpd/district-b2",
     fact="knife", mct=["capital of the Dominican Republic", "geography bee"],
     tags=["precision_trap", "middle"])

# ---------------------------------------------------------------------------------------------
# Denied: ground not permitted
# ---------------------------------------------------------------------------------------------

case("Jace Oliveira", 4, "Mattahunt Elementary School", "2025-10-14 12:20", "Upper playground",
     "Recess pushing match that turned into a short fistfight between Jace and a Haitian boy from the other "
     "4th grade class. Nobody needed more than an ice pack.",
     ground="fight", recipient="bpd/district-b3", decision="deny", reason="ground_not_permitted",
     mnc=["Haitian"], cats=["ethnicity"], tags=["deny_ground", "elementary", "recess"])

case("Tessa Granger", 7, "Boston Teachers Union K-8 School", "2026-01-06 16:30", "Laptop cart room",
     "Four Chromebooks went missing from the after-school cart; camera shows Tessa leaving with a full "
     "backpack. She lives near Uphams Corner and the AP thinks she sold them there.",
     ground="theft", recipient="bpd/district-c11", decision="deny", reason="ground_not_permitted",
     mnc=["Uphams Corner"], cats=["neighborhood"], tags=["deny_ground", "middle", "after_school"])

case("Davon Pryor", 8, "Washington Irving Middle School", "2026-03-02 11:05", "Boys' bathroom",
     "Boys' bathroom stalls tagged with \"KOB 4 LIFE\" in marker; Davon was seen leaving with a marker. SSS "
     "says KOB is a crew out of the area.",
     ground="vandalism", recipient="bpd/district-e5", decision="deny", reason="ground_not_permitted",
     mnc=["KOB 4 LIFE"], cats=["gang_affiliation"], tags=["deny_ground", "middle"])

case("Ana Lucía Pérez", 6, "Donald McKay K-8 School", "2026-02-02 08:00", "Attendance office",
     "Ana Lucía has missed 31 days. Her mother told the attendance counselor she is undocumented and keeps "
     "the kids home when she hears about raids.",
     ground="truancy", recipient="bpd/district-a7", decision="deny", reason="ground_not_permitted",
     mnc=["undocumented"], cats=["immigration_status"], tags=["deny_ground", "middle", "counseling", "family_relay"])

case("Trey Batson", 8, "Washington Irving Middle School", "2026-04-20 10:00", "n/a",
     "Requesting information share on students believed to be Walk Hill Boyz affiliates, starting with "
     "Trey, who has been seen with older members after school.",
     ground="gang_activity", recipient="bpd/district-e5", decision="deny", reason="ground_not_permitted",
     mnc=["Walk Hill Boyz"], cats=["gang_affiliation"], tags=["deny_ground", "middle", "after_school"])

case("Mateus Rocha", 7, "Gardner Pilot Academy", "2026-03-09 09:00", "Main office",
     "An officer called asking whether Mateus, who came from Brazil last year, is on a student visa or "
     "here with his parents' status.",
     ground="immigration_inquiry", recipient="bpd/district-d14", decision="deny", reason="ground_not_permitted",
     mnc=["Brazil", "student visa"], cats=["national_origin", "immigration_status"],
     tags=["deny_ground", "middle"])

case("Yusuf Abdi", 8, "Dearborn STEM Academy", "2025-11-03 07:40", "Outside main entrance",
     "Staff noticed Yusuf, who wears a kufi, photographing the building entrances with his phone before "
     "school. He said it was for an architecture project.",
     ground="suspicious_behavior", recipient="bpd/district-b2", decision="deny", reason="ground_not_permitted",
     mnc=["kufi"], cats=["religion"], tags=["deny_ground", "middle"])

case("Lena Haddad", 6, "Sarah Greenwood K-8 School", "2026-01-29 19:30", "Group chat (off campus)",
     "Lena and two friends made a group chat mocking a classmate for speaking Arabic and posted edited "
     "photos of her. The classmate is upset and stayed home.",
     ground="bullying", recipient="bpd/district-b3", decision="deny", reason="ground_not_permitted",
     mnc=["Arabic"], cats=["language"], tags=["deny_ground", "middle"])

case("Kenny Walsh", 9, "Madison Park Technical Vocational High School", "2026-05-04 13:00", "Rear door",
     "Kenny, withdrawn last month, came in through the rear door and walked the halls. He lives in the "
     "Lenox Street development.",
     ground="trespass", recipient="bpd/district-b2", decision="deny", reason="ground_not_permitted",
     mnc=["Lenox Street"], cats=["neighborhood"], tags=["deny_ground", "high"])

# ---------------------------------------------------------------------------------------------
# Denied: only excluded substances
# ---------------------------------------------------------------------------------------------

case("Brianna Costa", 8, "Condon K-8 School", "2025-12-12 12:35", "Cafeteria",
     "Brianna handed out gummy edibles at lunch; two girls got sick and went to the nurse. She says she got "
     "them at a shop near Grove Hall where she lives.",
     ground="drugs", substances=["marijuana edibles"], recipient="bpd/district-c6",
     decision="deny", reason="excluded_substance",
     mnc=["Grove Hall"], cats=["neighborhood"], tags=["deny_substance", "middle", "lunch"])

case("Owen Tully", 7, "Kilmer K-8 School", "2026-02-06 10:15", "Boys' bathroom",
     "Teacher smelled vapor and found Owen with a vape in the boys' room; we don't know what was in it. His "
     "dad, a Pentecostal pastor, is coming in.",
     ground="drugs", substances=["vape"], recipient="bpd/district-e5",
     decision="deny", reason="excluded_substance",
     mnc=["Pentecostal"], cats=["religion"], tags=["deny_substance", "middle", "family_relay"])

case("Chase Navarro", 8, "Boston Green Academy", "2026-03-26 07:50", "Bus 40, morning",
     "Bus monitor found Chase passing around a tin of nicotine pouches on the morning bus.",
     ground="drugs", substances=["nicotine pouches"], recipient="bpd/district-d14",
     decision="deny", reason="excluded_substance", tags=["deny_substance", "middle", "bus"])

case("Mya Laguerre", 8, "Haley Pilot School", "2026-05-29 18:40", "Gym (8th grade social)",
     "At the 8th grade social a chaperone found vodka in Mya's water bottle. Mom, who speaks Haitian Creole, "
     "picked her up.",
     ground="drugs", substances=["alcohol"], recipient="bpd/district-e5",
     decision="deny", reason="excluded_substance",
     mnc=["Haitian Creole"], cats=["language"], tags=["deny_substance", "middle", "after_school", "family_relay"])

case("Rico Sandoval", 6, "Joseph Lee K-8 School", "2025-10-23 13:55", "Room 206",
     "A THC cartridge fell out of Rico's backpack in class. He said an older boy from the Morton Street crew "
     "sells them outside.",
     ground="drugs", substances=["THC cartridge"], recipient="bpd/district-b3",
     decision="deny", reason="excluded_substance",
     mnc=["Morton Street crew"], cats=["gang_affiliation"], tags=["deny_substance", "middle"])

case("Valeria Ortiz", 7, "Mario Umana Academy", "2026-04-16 11:20", "Girls' bathroom",
     "Valeria had a bag of weed gummies and a vape in the girls' bathroom. She arrived from Venezuela in "
     "January.",
     ground="drugs", substances=["edibles", "vape"], recipient="bpd/district-a7",
     decision="deny", reason="excluded_substance",
     mnc=["Venezuela"], cats=["national_origin"], tags=["deny_substance", "middle"])

case("Sean Brody", 7, "Condon K-8 School", "2026-05-21 13:30", "Harbor Islands field trip",
     "On the 7th grade harbor field trip, Sean and a friend were caught with cigarettes and two cans of beer "
     "in a cooler bag.",
     ground="drugs", substances=["cigarettes", "beer"], recipient="bpd/district-c6",
     decision="deny", reason="excluded_substance", tags=["deny_substance", "middle"])

case("Djenaba Fofana", 8, "Orchard Gardens K-8 School", "2026-01-15 14:40", "Stairwell B",
     "Djenaba was found with a dab pen of THC wax in the stairwell. Her mother, who is Cape Verdean, asked "
     "for a meeting.",
     ground="drugs", substances=["THC wax"], recipient="bpd/district-b2",
     decision="deny", reason="excluded_substance",
     mnc=["Cape Verdean"], cats=["ethnicity"], tags=["deny_substance", "middle", "family_relay"])

# ---------------------------------------------------------------------------------------------
# Denied: recipient not permitted
# ---------------------------------------------------------------------------------------------

case("Andre Vick", 8, "Washington Irving Middle School", "2026-02-17 12:10", "Cafeteria",
     "Andre had a folding knife at lunch. Sending to the intelligence center because he is a known "
     "Corbet Street associate.",
     ground="weapon", weapon="knife", recipient="bric", decision="deny", reason="recipient_not_permitted",
     mnc=["Corbet Street"], cats=["gang_affiliation"], tags=["deny_recipient", "middle", "lunch"])

case("Wilson Duarte", 7, "Donald McKay K-8 School", "2026-03-03 09:40", "Room 118",
     "Wilson had six fentanyl pills in his jacket. ICE asked for anything we have; he is a visa overstay "
     "according to his aunt.",
     ground="drugs", substances=["fentanyl"], recipient="ice/ero-boston",
     decision="deny", reason="recipient_not_permitted",
     mnc=["visa overstay"], cats=["immigration_status"], tags=["deny_recipient", "middle", "family_relay"])

case("Samuel Ayala", 8, "Curley K-8 School", "2025-11-18 14:00", "Stairwell",
     "Samuel stabbed a classmate in the shoulder with a screwdriver; the classmate needed surgery. Federal "
     "agents asked for the report; Samuel was born in Guatemala.",
     ground="serious_violence", recipient="dhs/hsi", decision="deny", reason="recipient_not_permitted",
     mnc=["Guatemala"], cats=["national_origin"], tags=["deny_recipient", "middle"])

case("Hamza Yilmaz", 7, "Boston Green Academy", "2026-04-01 10:30", "Room 211",
     "Hamza told a teacher he would bring a gun and shoot his science teacher. Staff mentioned he attends a "
     "mosque in Roxbury.",
     ground="credible_threat", recipient="commonwealth-fusion-center",
     threat="Student told a teacher he will bring a gun and shoot his science teacher.",
     decision="deny", reason="recipient_not_permitted",
     mnc=["mosque"], cats=["religion"], tags=["deny_recipient", "middle"])

case("Tanisha Reed", 8, "Mildred Avenue K-8 School", "2026-01-09 15:20", "Mattapan station",
     "Tanisha displayed a box cutter on the trolley platform after school. She lives on Woodrow Ave.",
     ground="weapon", weapon="box cutter", recipient="mbta-transit-police",
     decision="deny", reason="recipient_not_permitted",
     mnc=["Woodrow Ave"], cats=["neighborhood"], tags=["deny_recipient", "middle", "after_school"])

case("Colin Marsh", 6, "Ohrenberger School", "2025-10-28 08:15", "Front lobby",
     "Colin had a pocket knife in his backpack at arrival. Sending to the building's contracted security "
     "company for their records.",
     ground="weapon", weapon="knife", recipient="allied-universal-security",
     decision="deny", reason="recipient_not_permitted", tags=["deny_recipient", "middle"])

case("Abdirahman Warsame", 8, "Lilla G. Frederick Middle School", "2026-03-16 13:20", "Room 104",
     "Abdirahman said in class he would bring a gun and shoot people at dismissal. Sending to the FBI field "
     "office; he is Somali.",
     ground="credible_threat", recipient="fbi/boston-field-office",
     threat="Student said in class he will bring a gun and shoot people at dismissal.",
     decision="deny", reason="recipient_not_permitted",
     mnc=["Somali"], cats=["ethnicity"], tags=["deny_recipient", "middle"])

case("Bao Nguyen", 8, "Richard J. Murphy K-8 School", "2026-05-07 12:00", "Cafeteria",
     "Bao had brass knuckles at lunch. Troopers asked for a copy; his parents speak Vietnamese at home.",
     ground="weapon", weapon="brass knuckles", recipient="massachusetts-state-police",
     decision="deny", reason="recipient_not_permitted",
     mnc=["Vietnamese"], cats=["language"], tags=["deny_recipient", "middle", "lunch"])

# ---------------------------------------------------------------------------------------------
# Denied: credible threat without a threat statement
# ---------------------------------------------------------------------------------------------

case("Gavin Rourke", 7, "Kilmer K-8 School", "2026-02-13 10:05", "Room 215",
     "Other students say Gavin has been telling people something bad will happen on Valentine's Day. He "
     "lives on Centre St in West Roxbury.",
     ground="credible_threat", recipient="bpd/district-e5", decision="deny", reason="missing_threat_statement",
     mnc=["Centre St in West Roxbury"], cats=["neighborhood"], tags=["deny_threat", "middle"])

case("Naomi Joseph", 5, "Mattahunt Elementary School", "2025-12-04 11:20", "Classroom",
     "Naomi told a friend at recess she'll \"bring something\" for the girl who pushed her. Mom speaks "
     "Haitian Creole; we used the language line.",
     ground="credible_threat", recipient="bpd/district-b3", decision="deny", reason="missing_threat_statement",
     mnc=["Haitian Creole", "language line"], cats=["language"], tags=["deny_threat", "elementary", "recess"])

case("Eddie Carvalho", 8, "Boston Teachers Union K-8 School", "2026-04-24 09:30", "Counseling office",
     "Counselor is concerned after a session with Eddie about his anger at classmates. Parents are "
     "Jehovah's Witnesses and refuse outside therapy.",
     ground="credible_threat", recipient="bpd/district-e13", decision="deny", reason="missing_threat_statement",
     mnc=["Jehovah"], cats=["religion"], tags=["deny_threat", "middle", "counseling", "family_relay"])

case("Ruben Alvarado", 7, "Rafael Hernández K-8 School", "2026-01-20 14:15", "Bus 12",
     "Bus monitor says Ruben made a comment about shooting up the school. He is new this year; his aunt "
     "says he arrived from the Dominican Republic in November.",
     ground="credible_threat", recipient="bpd/district-e13", decision="deny", reason="missing_threat_statement",
     mnc=["Dominican Republic"], cats=["national_origin"], tags=["deny_threat", "middle", "bus"])

case("Quentin Hale", 8, "McCormack Middle School", "2025-11-12 13:00", "Room 208",
     "Quentin posted a picture of a gun with the school's name. AP thinks he's in the Harbor Point crew.",
     ground="credible_threat", threat="", recipient="bpd/district-c11",
     decision="deny", reason="missing_threat_statement",
     mnc=["Harbor Point crew"], cats=["gang_affiliation", "neighborhood"], tags=["deny_threat", "middle"])

# ---------------------------------------------------------------------------------------------
# Denied: face surveillance
# ---------------------------------------------------------------------------------------------

case("Jaylen Cruz", 8, "Washington Irving Middle School", "2026-03-11 15:10", "Side entrance",
     "Boy with a knife seen at the side entrance on camera. Attached the Clearview result matching the still "
     "to Jaylen.",
     ground="weapon", weapon="knife", recipient="bpd/district-e5",
     attachments=[{"kind": "face_match", "name": "clearview_result_0311.pdf"}],
     decision="deny", reason="face_surveillance",
     mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face", "middle"])

case("Kofi Mensah", 7, "Dearborn STEM Academy", "2026-02-04 12:40", "Cafeteria",
     "Fight with a box cutter in the cafeteria, one student cut on the hand. BRIC ran our camera still "
     "through facial recognition and returned a 97% match to Kofi, who lives on Warren St.",
     ground="serious_violence", recipient="bpd/district-b2",
     decision="deny", reason="face_surveillance",
     mnc=["97% match", "Warren St"], cats=["face_surveillance", "neighborhood"], tags=["deny_face", "middle", "lunch"])

case("Malcolm Ibe", 7, "Curley K-8 School", "2026-04-17 09:00", "n/a",
     "A neighbor's video shows a boy with a gun near the school; staff think it may be Malcolm. Police asked "
     "for all 7th grade class photos so they can run face matching against the video.",
     ground="weapon", weapon="firearm", recipient="bpd/district-e13",
     attachments=[{"kind": "photo", "name": "class_photos_gr7_for_matching.zip"}],
     decision="deny", reason="face_surveillance",
     mnc=["class_photos_gr7"], cats=["face_surveillance"], tags=["deny_face", "middle"])

case("Diego Fuentes", 8, "Mario Umana Academy", "2026-01-23 07:42", "Main entrance",
     "Door camera's Briefcam face search flagged Diego entering at 7:42 with what looked like a gun in his "
     "waistband.",
     ground="weapon", weapon="firearm", recipient="bpd/district-a7",
     decision="deny", reason="face_surveillance",
     mnc=["Briefcam"], cats=["face_surveillance"], tags=["deny_face", "middle"])

case("Rowan Pryce", 6, "Edison K-8 School", "2025-12-08 10:30", "Hallway",
     "Rowan had a folding knife in the hallway; SSS identified him from the hallway camera.",
     ground="weapon", weapon="knife", recipient="bpd/district-d14",
     extra={"face_template_id": "FT-88213-A", "face_match_score": "0.963"},
     decision="deny", reason="face_surveillance",
     mnc=["FT-88213-A"], cats=["face_surveillance"], tags=["deny_face", "middle", "structured"])

# ---------------------------------------------------------------------------------------------
# Denied: replica, BB and airsoft guns (need an approver's determination the request lacks)
# ---------------------------------------------------------------------------------------------

case("Logan Pruitt", 4, "Grew Elementary School", "2026-03-23 12:25", "Playground",
     "Logan brought a BB gun to recess and pointed it at other kids; no shots fired.",
     ground="weapon", weapon="BB gun", recipient="bpd/district-e18",
     decision="deny", reason="other", tags=["deny_replica", "elementary", "recess"])

case("Miles Ocampo", 7, "Sarah Greenwood K-8 School", "2025-10-09 15:05", "Bus 19",
     "Miles had an airsoft pistol on the afternoon bus and shot plastic pellets at a 6th grader. Bus monitor "
     "says he's Filipino and his parents don't speak much English.",
     ground="weapon", weapon="airsoft pistol", recipient="bpd/district-b3",
     decision="deny", reason="other",
     mnc=["Filipino", "don't speak much English"], cats=["ethnicity", "language"],
     tags=["deny_replica", "middle", "bus"])

case("Shane Doherty", 8, "Condon K-8 School", "2026-04-30 16:20", "After-school program",
     "Shane showed a replica handgun with the orange tip painted over during after-school.",
     ground="weapon", weapon="replica gun", recipient="bpd/district-c6",
     decision="deny", reason="other", tags=["deny_replica", "middle", "after_school"])

case("Ty Ramsey", 5, "Channing Elementary School", "2026-02-19 11:10", "Classroom",
     "Ty pulled out a realistic toy gun painted black and pointed it at his teacher. His family attends "
     "St. Angela's Catholic church and asked the pastor to call us.",
     ground="weapon", weapon="replica firearm", recipient="bpd/district-e18",
     decision="deny", reason="other",
     mnc=["St. Angela", "Catholic"], cats=["religion"], tags=["deny_replica", "elementary", "family_relay"])


def main():
    assert len(CASES) == 100, len(CASES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d cases to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
