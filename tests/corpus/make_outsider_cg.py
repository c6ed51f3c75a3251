#!/usr/bin/env python3
"""Outsider corpus outsider_cg: retaliation, witness intimidation and repeat incidents.

Written by an outside author from RULES.md and CONTRACT.md only, without reading the service or
its other corpora. Every case is a hand-written report of the kind a school actually files when an
incident is *not the first one*: follow-ups to earlier reports ("see our 10/7 referral"), prior-
incident histories and escalation timelines across weeks, students who told an adult and were then
threatened or hurt for it, witnesses leaned on before a hearing, safety plans and no-contact
agreements and what happened when they were broken. Voices vary: staff narratives, SSS statements,
counselor and psychologist notes, dean emails, violation forms, SIS-style exports, timelines,
students' written statements and parents' calls.

Decisions (about a third deny):
  * allow: weapon (knife, box cutter, razor blade, brass knuckles, pepper spray / mace, stun gun /
    taser, club, firearm), credible_threat with a written threat statement, serious_violence with
    real serious injury, drugs where at least one substance is outside marijuana/nicotine/alcohol
    (fentanyl, counterfeit oxycodone, Xanax, cocaine, MDMA, psilocybin ...), sometimes mixed with
    an excluded one.
  * deny: grounds a school invents for this family ("retaliation", "witness_intimidation",
    "no_contact_violation", "bullying", "harassment", "gang_activity", ...); only excluded
    substances (marijuana, THC edibles or cartridges, alcohol, nicotine, a vape of unknown
    content); recipients that are not the BPD (BRIC, ICE, the fusion center, transit or housing
    police, private security); credible_threat with no threat_statement; replica, BB and airsoft
    guns (need a named approver's determination); face-recognition matches.

Forbidden facts appear the way they do in real reports: a parent meeting "held through the Creole
line", an uncle who "is undocumented", a dean's aside that a brother "runs with" a named group, a
grandmother who "arrived from Honduras last spring", an SIS address line, a prayer room, structured
student fields such as home_language or country_of_birth. must_not_contain lists the shortest
revealing substrings.

Precision traps (must survive in the police copy, listed in must_contain_text): streets, stations
and buildings that locate the school or the incident (Malcolm X Blvd bus shelter, Green Line
platform at Copley, Codman Square branch library, Chinatown station, Albany St), brands and
clothing (Canada Goose, Supreme, Timberland, Visa gift card, Jordan 4s), food (Jamaican beef
patty, Greek yogurt, mandarin oranges), courses and activities (Python elective, Spanish 3, stage
crew, robotics crew, crew team), "witness statement" next to a Jehovah's Witness family, "gang up
on me", a "black-handled" knife next to a race field, schools whose names carry a place or a
language (English High School, East Boston High School, Boston International Newcomers Academy).

Deterministic: writes ../data/corpus/outsider_cg.jsonl relative to this file's directory parent.
Standard library only.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_cg.jsonl"

_DST = (("2025-03-09", "2025-11-02"), ("2026-03-08", "2026-11-01"))


def when(s):
    """'2025-10-21 11:52' -> ISO 8601 with the America/New_York offset of that day."""
    day, t = s.split()
    off = "-05:00"
    for a, b in _DST:
        if a <= day < b:
            off = "-04:00"
    return f"{day}T{t}:00{off}"


CASES = []


def add(**kw):
    CASES.append(kw)


# --------------------------------------------------------------------------------------------
# The cases. Keys: school, sid, to, ground, weapon, subs, threat, at, loc, desc, stu=(id, name,
# dob, grade), extra (other student fields), att, decision, reason, key, mnc, mct, cats, tags.
# --------------------------------------------------------------------------------------------

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-c11", ground="weapon",
    weapon="box cutter", at="2025-10-21 11:52",
    loc="Jeremiah E. Burke High School, corridor outside the cafeteria",
    desc=("Follow-up to our 10/7 report about the stolen AirPods. On 10/7 a 10th grader (R.M.) told "
          "Mr. Okafor that Dashawn took the AirPods out of her bag in Room 212, and Dashawn was "
          "suspended for two days. Today at about 11:50, just before B lunch, Dashawn was standing by "
          "the vending machines outside the cafeteria with a box cutter open in his right hand, sleeve "
          "pulled over it. Two students saw the blade and went straight to SSS Tavares. When Tavares "
          "walked over, Dashawn slid the blade closed and dropped it in his Canada Goose jacket pocket. "
          "Tavares recovered it: yellow retractable box cutter, blade about an inch out, which Dashawn "
          "says he took from the art room supply cart. Dashawn to Tavares: \"I wasn't gonna do nothing, "
          "I just wanted her to see it.\" R.M. was in the lunch line and says she did see it. Mother "
          "(Ms. Reid) was reached at 12:30; she said he has been staying with his grandmother in the "
          "Mildred Hailey apartments since September and she would pick him up there. R.M.'s family was "
          "offered a safety plan and a change of lunch period."),
    stu=("417733", "Dashawn Reid", "2009-11-03", 11), decision="allow", key="box cutter",
    mnc=["Mildred Hailey"], mct=["vending machines", "Canada Goose", "art room supply cart"],
    cats=["neighborhood"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="retaliation",
    at="2025-11-04 14:35", loc="Brighton High School, Warren St side door",
    desc=("Submitting under retaliation per the AP. Background: on 10/28 Wesley reported to the main "
          "office that Kenson had been taking money from 9th graders in the locker room. Kenson found out, "
          "apparently from a photo of the referral form that went around on Snapchat. This afternoon at "
          "dismissal Kenson followed Wesley out the Warren St side door, shoved him twice into the "
          "railing and knocked his phone out of his hand (screen cracked). No injuries; the nurse "
          "checked Wesley and he went home on the 86. Kenson's grandmother came in at 3:15 and the "
          "meeting was held with the Haitian Creole interpreter from the district line. She said Kenson "
          "has been \"angry since the suspension.\" We would like police to be aware of the pattern "
          "because this is the second time he has gone after someone who reported him."),
    stu=("502218", "Kenson Delva", "2010-02-14", 10), decision="deny", reason="ground_not_permitted",
    mnc=["Haitian"], cats=["language"], tags=["deny_ground", "retaliation", "repeat_incident"])

add(school="TechBoston Academy", sid="BPS-4570", to="bpd/district-c11", ground="credible_threat",
    threat=("On 1/12 at 9:48 PM Jamal posted an Instagram story showing the front entrance of TechBoston "
            "with the caption \"the one who ran his mouth to Ms. Pham, I know what door you use. "
            "tomorrow.\" Ten minutes later he sent the witness (a 9th grader) a direct message: \"u gonna "
            "wish u kept quiet. i got something for u at 2:10.\" 2:10 is our dismissal time."),
    at="2026-01-13 07:40", loc="TechBoston Academy, front entrance and online",
    desc=("Three-week timeline.\n12/18: Jamal and a 9th grader argued in the robotics crew workroom over "
          "a missing Chromebook; the 9th grader told Ms. Pham (robotics coach) he saw Jamal put it in "
          "his bag.\n12/19: Chromebook recovered from Jamal's locker, one-day suspension.\n1/6: the 9th "
          "grader reports Jamal bumping him in the hallway and saying \"snitch\" under his breath. Both "
          "signed a no-contact agreement with the AP that afternoon.\n1/12: Instagram story and DM (see "
          "threat statement). The witness's mother forwarded both screenshots at 6:55 AM.\n1/13: SSS met "
          "Jamal at the door this morning. Bag: nothing. He says the post was \"a joke\" and that "
          "\"everybody talks like that.\"\nThe dean wrote in the referral that Jamal is believed to be "
          "affiliated with the Lenox Street crowd his cousins run with. I include it only because it is "
          "in the dean's note; we have nothing on it. The witness's family asked for a police contact. "
          "Safety plan in place: escort between classes, separate dismissal door."),
    stu=("388140", "Jamal Whitaker", "2009-04-22", 11), decision="allow", key="Instagram",
    mnc=["Lenox Street"], mct=["robotics crew", "no-contact agreement", "Chromebook"],
    cats=["gang_affiliation"], tags=["allow_threat", "witness_intimidation", "no_contact", "precision_trap"])

add(school="Excel High School", sid="BPS-4313", to="bpd/district-c6", ground="weapon", weapon="knife",
    at="2025-12-03 09:15", loc="Excel High School, main office (search), Room 318",
    desc=("From: L. Brennan, Assistant Headmaster\nTo: Safety Specialist, Office of Safety Services\n"
          "Subject: student with knife - the witness from the 11/21 stairwell fight\n\n"
          "Writing this while it's fresh. The 11/21 stairwell fight had one witness who gave a written "
          "account, a 10th grade girl. Over Thanksgiving break she got a Snapchat video from Tyrese's "
          "account: him flicking a knife open and shut, with the words \"keep my name out your mouth at "
          "the hearing.\" She showed her mother, who brought the phone in this morning. At 9:05 we pulled "
          "Tyrese from Python elective (Room 318) and searched his backpack with SSS present. Found: a "
          "black folding knife, roughly 3.5 inch blade, the same one as in the video, zipped into the "
          "laptop sleeve. He says his cousin gave it to him \"for the train.\" When we called home his "
          "mother needed the Creole line, and she said she had no idea he had it. The witness is on a "
          "safety plan as of today and her schedule was changed so they share no classes.\n\n- LB"),
    stu=("450981", "Tyrese Augustin", "2009-08-30", 11), extra={"home_language": "Haitian Creole"},
    decision="allow", key="knife", mnc=["Creole", "Haitian"],
    mct=["Python elective", "laptop sleeve", "keep my name out your mouth"],
    cats=["language"], tags=["allow_weapon", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="weapon",
    weapon="brass knuckles", at="2026-02-10 13:05", loc="Charlestown High School, auditorium scene shop",
    desc=("PRIOR INCIDENTS (this school year)\n09/29 - verbal altercation w/ K.L. in auditorium, both "
          "referred to counselor\n10/30 - K.L. reports Marcus took his stage crew headset and threw it "
          "off the catwalk; Marcus denies; 1 day ISS\n01/15 - K.L. tells counselor Marcus said \"you keep "
          "telling on me, see what happens\"\n\nTODAY 02/10 approx 1:00 PM\nDuring stage crew set-up for "
          "the winter showcase, Marcus came into the scene shop with brass knuckles on his right hand and "
          "planted himself in front of K.L. at the paint sink. Stage manager (Ms. Alvarez, teacher) told "
          "him to take them off and hand them over; he did, after about a minute. Steel, four finger "
          "holes. No one touched. Marcus: \"I was just showing him.\" K.L. was shaking and left with his "
          "father.\nCounselor's file notes that Marcus's older brother \"runs with H-Block\"; unverified, "
          "included because it is in the file."),
    stu=("366402", "Marcus Doherty", "2010-06-09", 10), decision="allow", key="brass knuckles",
    mnc=["H-Block"], mct=["stage crew", "scene shop", "paint sink"],
    cats=["gang_affiliation"], tags=["allow_weapon", "repeat_incident", "precision_trap"])

add(school="Boston Community Leadership Academy", sid="BPS-4633", to="bpd/district-e18",
    ground="credible_threat", at="2025-09-30 12:10", loc="Boston Community Leadership Academy, counseling office",
    desc=("Counselor note, 9/30. A 10th grade girl came to me during lunch, very upset. She is the "
          "student who told the AP last week that Isaiah had taken a vape from another kid's locker. "
          "She says Isaiah came up to her at the lockers this morning and said \"watch yourself when "
          "you get off the 32, I know where you get off.\" She did not want to go home on the bus. I "
          "called her mother, who is picking her up. Isaiah's mother called back later and mentioned "
          "they moved to a place off Columbia Road in December and that he has been hanging out with "
          "older kids there. AP is aware. Sending for police awareness."),
    stu=("471125", "Isaiah Brennan", "2010-01-19", 10), decision="deny", reason="missing_threat_statement",
    mnc=["Columbia Road"], cats=["neighborhood"], tags=["deny_threat_missing", "witness_intimidation"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="serious_violence", at="2025-10-09 15:10",
    loc="Bus shelter on Malcolm X Blvd in front of Madison Park",
    desc=("Statement of SSS D. Whitfield.\nAt 3:05 PM I was posted at the Malcolm X Blvd bus shelter "
          "for dismissal. I saw three students surround a 10th grade boy (the student who gave us the "
          "video of last week's locker-room fight). The student named in this report, Andre, punched him "
          "in the face with a closed fist at least four times and the boy went down against the shelter "
          "glass. When I got there Andre said \"that's what happens when you talk.\" The boy was "
          "bleeding from the mouth and could not close his jaw. EMS took him to Boston Medical Center. "
          "His mother called the school at 8 PM: the jaw is broken in two places and will be wired shut. "
          "Andre was identified by me and by two teachers. The other two ran toward the busway. Another "
          "officer told me afterward that Andre is a known Bradlee Street associate; I have no "
          "personal knowledge of that.\n- D. Whitfield"),
    stu=("395517", "Andre Simmons", "2009-03-12", 11), decision="allow", key="jaw",
    mnc=["Bradlee Street"], mct=["Malcolm X Blvd", "wired shut", "Boston Medical Center"],
    cats=["gang_affiliation"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="East Boston High School", sid="BPS-4602", to="bpd/district-a7", ground="drugs",
    subs=["marijuana"], at="2026-03-17 12:20", loc="East Boston High School, 2nd floor lockers",
    desc=("St. Patrick's Day, so half the building was out. At 12:15 a 9th grader told Ms. Ferreira that "
          "Mateo had been selling at lunch and had warned him \"u think ur safe cuz u told last time.\" "
          "(He reported Mateo once before, in January, for the same thing.) Locker search with SSS: a "
          "Jordan shoebox with eleven pre-rolled joints and a small digital scale. Mateo says it is "
          "\"just weed\" and that the 9th grader \"owes\" him. His father came in and said Mateo only "
          "came from Colombia eighteen months ago and doesn't understand how serious this is. The 9th "
          "grader's mom wants it reported."),
    stu=("523364", "Mateo Rincon", "2010-07-25", 9), decision="deny", reason="excluded_substance",
    mnc=["Colombia"], cats=["national_origin"], tags=["deny_substance", "witness_intimidation", "repeat_incident"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-b2", ground="drugs",
    subs=["oxycodone", "counterfeit pills"], at="2026-02-03 10:15", loc="Boston Latin Academy, nurse's office and main office",
    desc=("Combined nurse / AP note, 2/3/2026.\n9:30 AM - a 10th grader came to the nurse with pinpoint "
          "pupils, very drowsy. She said she took \"half a perc\" she bought from Connor in the Dunkin "
          "line across the street before first period. Narcan not needed; EMS evaluated her and released "
          "her to her dad.\n10:15 AM - Connor brought to the office. In the coin pocket of his jeans, "
          "folded in a receipt: six blue round pills stamped M 30. He said they're \"just percs\" from "
          "\"a guy.\" Our school police liaison advised that pills like these are often counterfeit and "
          "may contain fentanyl.\n1:40 PM - the 10th grader got a text from a number we think belongs to "
          "Connor's older friend: \"tell them u found it on the floor or ur done.\"\nConnor's father, on "
          "the phone: the family is Irish Catholic and \"this is not how we raised him.\""),
    stu=("310276", "Connor Walsh", "2009-12-01", 10), decision="allow", key="M 30",
    mnc=["Irish", "Catholic"], mct=["Dunkin", "coin pocket", "stamped M 30"],
    cats=["ethnicity", "religion"], tags=["allow_drugs", "witness_intimidation"])

add(school="Snowden International School", sid="BPS-4690", to="bpd/district-d4", ground="credible_threat",
    threat=("Luis to his counselor, Ms. Greer, on 2/24 at about 10:30: \"If Bryan testifies at the clerk "
            "hearing I'll finish what I started. I know where my uncle keeps his gun and I know what stop "
            "Bryan gets off at.\" He repeated the part about the gun when she asked him what he meant."),
    at="2026-02-24 10:30", loc="Snowden International School, counseling office",
    desc=("Context for the threat statement. Luis and Bryan (also a Snowden junior) fought on the Green "
          "Line platform at Copley on 1/30; Bryan's mother reported it to Transit Police and there is a "
          "clerk magistrate hearing on 3/3 where Bryan is expected to testify. Since then, two incidents "
          "here: on 2/9 Luis knocked Bryan's tray out of his hands in the cafeteria, and on 2/17 Luis's "
          "friends followed Bryan out the Newbury St exit. Both were written up. Ms. Greer says Luis was "
          "calm and specific today, not joking. Asked about the gun he said his uncle keeps \"a nine\" in "
          "a shoebox. He also said police \"can't come to the house because my uncle is undocumented\", "
          "which we note only because he said it. Bryan's family has been told; safety plan started "
          "2/24 (late arrival, escort to the T)."),
    stu=("442870", "Luis Ocasio", "2009-05-17", 11), decision="allow", key="gun",
    mnc=["undocumented"], mct=["Green Line platform at Copley", "clerk magistrate hearing", "Newbury St exit"],
    cats=["immigration_status"], tags=["allow_threat", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="Dorchester Academy", sid="BPS-4266", to="bric", ground="weapon", weapon="knife",
    at="2025-11-13 08:05", loc="Dorchester Academy, front entrance",
    desc=("Sending to BRIC at the request of the district liaison, who wants it on file. At morning entry "
          "the wand went off on Kevon and SSS found a kitchen knife (8 inch, wooden handle) in his "
          "waistband. He told SSS it was \"for the kids who think I told on them\" about the car break-ins "
          "last month. Our dean has him down as running with the Greenwood St boys and says this is "
          "part of a back-and-forth that started in October. No one was hurt."),
    stu=("380054", "Kevon Pryor", "2009-09-08", 11), decision="deny", reason="recipient_not_permitted",
    mnc=["Greenwood St"], cats=["gang_affiliation"], tags=["deny_recipient", "retaliation"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="weapon",
    weapon="pepper spray", at="2026-04-07 14:20", loc="Brighton High School, Warren St stairwell",
    desc=("I am the 10th grade dean. Yesimar is the girl who reported two boys in March for filming in the "
          "girls' locker room. Since then she has been called a snitch in the hallway almost daily, and "
          "someone wrote her name and \"watch out\" on the 2nd floor bathroom mirror. Today at 2:15 in the "
          "Warren St stairwell a friend of those boys (not a student here) came in behind her. She pulled a "
          "small canister of pepper spray out of her bag and sprayed it at his face. He ran. Staff found the "
          "canister on the landing: pink keychain pepper spray, Sabre brand. Two students who came into the "
          "stairwell after had eye irritation and were rinsed out by the nurse. Yesimar says she bought it "
          "at CVS with a Visa gift card from her aunt because \"nobody was doing anything.\" In the meeting "
          "her mother asked us not to involve police because \"we don't have papers\"; we explained what "
          "this report does and does not contain. Safety plan updated; work order in for the stairwell door."),
    stu=("529907", "Yesimar Pena", "2010-03-03", 10), decision="allow", key="pepper spray",
    mnc=["have papers"], mct=["Visa gift card", "Sabre brand", "Warren St stairwell"],
    cats=["immigration_status"], tags=["allow_weapon", "retaliation", "safety_plan", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="weapon",
    weapon="firearm", at="2025-12-11 08:25", loc="Jeremiah E. Burke High School, homeroom 204 and main office",
    desc=("At 8:10 a 9th grader came to my office and said Terrell had a gun in his backpack and had shown "
          "it to him on the bus \"so I'd know what happens if I say anything about Saturday.\" (Saturday = "
          "a phone robbery near Grove Hall that this student saw.) He asked not to be named to Terrell and "
          "we agreed. SSS Ortiz and I took Terrell and his bag from homeroom 204 to the office. Front pocket: "
          "a black semi-automatic handgun, no magazine in it, no rounds found. District B-2 officers came at "
          "8:40 and took the gun. Terrell says he \"found it.\" His mother came at 9:30; she told us the "
          "family are Jehovah's Witnesses and she has never seen a gun in the house. The 9th grader's "
          "signed witness statement is attached; he is home tomorrow and we meet with his grandmother "
          "Monday about a safety plan."),
    stu=("418832", "Terrell Vaughn", "2010-10-30", 9), decision="allow", key="handgun",
    att=[{"kind": "document", "name": "witness_statement_0211.pdf"}],
    mnc=["Jehovah"], mct=["witness statement", "no magazine", "homeroom 204"],
    cats=["religion"], tags=["allow_weapon", "witness_intimidation", "precision_trap"])

add(school="Community Academy of Science and Health", sid="BPS-4391", to="bpd/district-c11", ground="weapon",
    weapon="razor blade", at="2026-03-05 12:40", loc="Community Academy of Science and Health, cafeteria",
    desc=("Lunch B. Two weeks ago Nayelis reported to the AP that Destiny had been posting edited photos "
          "of her. Destiny was suspended three days and came back Monday. Today Destiny walked up behind "
          "Nayelis while she was in line for the Jamaican beef patty and whispered \"you got me suspended, "
          "I'm gonna cut your face.\" Nayelis turned around and saw something shiny in her hand. The lunch "
          "monitor stepped in. In the office Destiny handed over a single-edge razor blade that had been "
          "taped inside her phone case. No contact, no injury. Destiny told the AP: \"She and the other Cape "
          "Verdean girls always gang up on me.\" Her mother is coming in tomorrow. Nayelis moves to lunch A "
          "and the two have a no-contact agreement effective today."),
    stu=("455263", "Destiny Barros", "2009-07-14", 11), decision="allow", key="razor blade",
    mnc=["Cape Verdean"], mct=["Jamaican beef patty", "taped inside her phone case", "lunch A"],
    cats=["ethnicity"], tags=["allow_weapon", "retaliation", "no_contact", "precision_trap"])

add(school="Lilla G. Frederick Middle School", sid="BPS-4540", to="bpd/district-c11", ground="bullying",
    at="2025-10-16 11:30", loc="Lilla G. Frederick Middle School, 3rd floor",
    desc=("Fourth report on this group. Since the 7th grade girl told her teacher (9/22) that Aaliyah and "
          "two friends were taking her snacks, they have followed her to the prayer room at lunch, knocked "
          "on the door while she was inside and called her \"terrorist\" in the hallway. Yesterday they "
          "pulled at her scarf in line. She says other kids now call her a snitch. Her father says the "
          "family is Muslim and she no longer wants to come to school. We are asking for police "
          "involvement because the behavior has continued after two parent meetings."),
    stu=("604417", "Aaliyah Monroe", "2012-05-06", 7), decision="deny", reason="ground_not_permitted",
    mnc=["prayer room", "Muslim"], cats=["religion"], tags=["deny_ground", "retaliation", "repeat_incident"])

add(school="Boston Arts Academy", sid="BPS-4671", to="bpd/district-d4", ground="weapon", weapon="stun gun",
    at="2025-10-16 16:05", loc="Sidewalk outside Boston Arts Academy, Ipswich St",
    desc=("Dean's email, Thu 10/16/2025 4:52 PM\n\nAll - following up on the 9/30 report where two dance "
          "students identified Kevin as the one who broke the mirror in Studio 3. Today after rehearsal "
          "(about 4:05) Kevin walked up to one of those students on the Ipswich St sidewalk and pushed a "
          "black stun gun against her forearm. She says it crackled and she felt a jolt through her "
          "sleeve; the nurse found two small red marks. He said \"that's for talking.\" Security took the "
          "stun gun out of the pocket of his Supreme hoodie a few minutes later in the lobby. Kevin begged "
          "us not to call police \"because of my brother, he has DACA.\" Parent meeting tomorrow 8 AM. The "
          "student's mother wants a police report. - M."),
    stu=("437719", "Kevin Tran", "2009-02-27", 11), decision="allow", key="stun gun",
    mnc=["DACA"], mct=["Supreme hoodie", "Studio 3", "two small red marks"],
    cats=["immigration_status"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="English High School", sid="BPS-4170", to="bpd/district-e13", ground="credible_threat",
    threat=("Note slid through the vents of Jordan's locker on 11/18, in Kairo's handwriting (Kairo admits "
            "writing it): \"U told Ms D about the phone. Sharon Ave Kings gonna see u friday after "
            "school, bring whoever u want it dont matter, ur getting poked.\""),
    at="2025-11-18 13:30", loc="English High School, 2nd floor lockers",
    desc=("Repeat incident. This is the fourth referral with Kairo and Jordan since October: 10/7 shoving "
          "in gym; 10/22 Jordan's phone taken from his backpack, which Jordan reported to Ms. D'Amico; "
          "11/3 Kairo's cousin waited for Jordan at the Forest Hills busway after school. Today Jordan "
          "found a note in his locker (text in the threat statement). Kairo admitted writing it. Asked "
          "what \"poked\" meant he said \"it means what it means.\" Bag and locker searched: nothing. "
          "Jordan's father told us a group of older boys has been standing across from the McBride St "
          "entrance at dismissal all week. Jordan's family requested this report."),
    stu=("351128", "Kairo Bennett", "2010-04-04", 10), decision="allow", key="poked",
    mnc=["Sharon Ave"], mct=["Forest Hills busway", "McBride St entrance", "fourth referral"],
    cats=["gang_affiliation"], tags=["allow_threat", "repeat_incident", "precision_trap"])

add(school="New Mission High School", sid="BPS-4113", to="bpd/district-e18", ground="weapon",
    weapon="airsoft pistol", at="2026-01-28 15:20", loc="New Mission High School, parking lot",
    desc=("At dismissal Nasir pointed what looked like a black pistol at a 10th grader in the parking lot "
          "and said \"say my name again.\" The 10th grader had told the dean last week that Nasir was the "
          "one who set off the fire alarm. SSS recovered the item from Nasir's backpack: an airsoft "
          "pistol with the orange tip painted over, plastic BBs in the magazine. Nasir's mom gave us "
          "their address on Wood Ave when we asked where he goes after school. Second incident "
          "between the two this month."),
    stu=("462295", "Nasir Holloway", "2009-06-21", 11), decision="deny", reason="other",
    mnc=["Wood Ave"], cats=["neighborhood"], tags=["deny_replica", "retaliation"])

add(school="East Boston High School", sid="BPS-4602", to="bpd/district-a7", ground="serious_violence",
    at="2026-02-11 14:20", loc="East Boston High School, White St gate by the athletic field",
    desc=("Incident narrative, headmaster's designee.\nVictim: 11th grader who, on 2/2, told the AP which "
          "students set off the fire alarm. At about 2:20 PM on 2/11, by the White St gate of the athletic "
          "field, Brayan and two others not yet identified jumped him. Per the phone video a student gave "
          "us, Brayan kicked him in the head at least three times in Timberland boots while he was on the "
          "ground. The victim has an orbital fracture and a concussion and was admitted to Mass General "
          "overnight. Brayan, who came from El Salvador in 2023, told the AP \"everybody knows what "
          "happens to rats.\" Suspension pending expulsion hearing; victim's family asks for a police "
          "report."),
    stu=("531406", "Brayan Alfaro", "2009-10-05", 11), extra={"country_of_birth": "El Salvador"},
    decision="allow", key="orbital fracture",
    mnc=["El Salvador"], mct=["White St gate", "Timberland boots", "orbital fracture"],
    cats=["national_origin"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="Josiah Quincy Upper School", sid="BPS-4650", to="bpd/district-a1", ground="drugs",
    subs=["fentanyl", "marijuana"], at="2026-03-26 11:05", loc="Josiah Quincy Upper School, main office",
    desc=("SSS report, 3/26/2026.\nA 9th grader told her advisor this morning that Artem offered her "
          "\"blues\" and weed at the Chinatown station on the way in, and when she said no he told her she "
          "\"better keep quiet or else.\" She had been scared to come forward because her friend told on "
          "him last year and \"it got ugly.\" 11:05 Artem brought to the office. In his wallet: two small "
          "glassine envelopes of off-white powder stamped with a red star, plus a gram bag of marijuana. "
          "BPD officer field-tested a sample: positive for fentanyl. His father came in; he speaks only "
          "Russian, so the meeting went through the district interpreter. The 9th grader and the friend "
          "from last year have both been given a safety contact."),
    stu=("489513", "Artem Kovalenko", "2010-09-11", 10), decision="allow", key="fentanyl",
    mnc=["Russian"], mct=["Chinatown station", "red star", "glassine envelopes"],
    cats=["language"], tags=["allow_drugs", "witness_intimidation", "repeat_incident", "precision_trap"])

add(school="Henderson K-12 Inclusion School", sid="BPS-4055", to="bpd/district-c11", ground="weapon",
    weapon="knife", at="2026-01-22 10:05", loc="Henderson K-12 Inclusion School, upper campus library",
    desc=("NO-CONTACT AGREEMENT - VIOLATION REPORT\n"
          "Agreement signed: 12/12/2025, A.W. and the student named here, after the 12/10 incident at the "
          "Codman Square branch library where A.W. reported being threatened\n"
          "Terms: no contact in person or online; separate lunch; A.W. leaves class 2 min early\n"
          "Violation: 1/22/2026, approx. 10:00 AM, 2nd floor library, upper campus\n"
          "What happened: Javon came into the library during A.W.'s study block, sat down at her table and "
          "opened a folding knife under the table where she could see it. He said \"you told on me at the "
          "library, now we're at another library.\" A.W. got up and went to the librarian. SSS took the "
          "knife from his sweatshirt pocket: 4 inch blade, silver, lock-back.\n"
          "Home (SIS): Apt 3, 22 Fessenden St\n"
          "Parent contacted: father, 10:40 AM"),
    stu=("577061", "Javon Mitchell", "2010-12-15", 9), decision="allow", key="folding knife",
    mnc=["Fessenden"], mct=["Codman Square branch library", "lock-back", "study block"],
    cats=["neighborhood"], tags=["allow_weapon", "no_contact", "witness_intimidation", "precision_trap"])

add(school="Fenway High School", sid="BPS-4515", to="bpd/district-d4", ground="drugs", subs=["vape"],
    at="2025-12-09 10:40", loc="Fenway High School, 1st floor girls' bathroom",
    desc=("Bianca was found in the 1st floor bathroom with a vape pen; contents unknown, it has no label and "
          "we have not had it tested. The girl who told the teacher about it says Bianca has been texting "
          "her since last week (\"I know it was u\", \"wait til Friday\"). This is the second time Bianca has "
          "been caught with a vape. Per SIS: home language Portuguese, parent requests interpreter."),
    stu=("548800", "Bianca Moreira", "2010-08-19", 10), extra={"home_language": "Portuguese"},
    decision="deny", reason="excluded_substance",
    mnc=["Portuguese"], cats=["language"], tags=["deny_substance", "witness_intimidation", "repeat_incident"])

add(school="Dorchester Academy", sid="BPS-4266", to="bpd/district-c11", ground="credible_threat",
    threat=("Kelvin to the student who reported him for the bathroom fire, in front of Mr. Sousa, 3/11 at "
            "12:05: \"Say one more word to anybody and I'll stab you, I'm not playing, I already know which "
            "bus you take.\" He then held up his phone with a photo of a kitchen knife lying on a bed."),
    at="2026-03-11 12:05", loc="Dorchester Academy, hallway outside room 115",
    desc=("Escalation timeline (school psychologist):\n- Feb 24: small fire in the 1st floor boys' bathroom "
          "trash can. Student X reported Kelvin.\n- Feb 26: Kelvin suspended 3 days.\n- Mar 3: Student X "
          "says Kelvin stared him down in gym and mouthed \"you're dead.\" Safety plan created "
          "(check-in/check-out with Mr. Sousa).\n- Mar 6: Kelvin's friends threw a basketball at Student X's "
          "head in gym; minor.\n- Mar 11: direct threat in the hallway outside room 115, witnessed by Mr. "
          "Sousa, with the phone photo of a knife.\nAfterward Kelvin said to a friend, partly in Kriolu, that "
          "he \"didn't mean stab stab\"; Mr. Sousa understood the friend's answer as \"handle it off school "
          "grounds.\" We consider this credible given the photo and the pattern."),
    stu=("503344", "Kelvin Tavares", "2010-11-22", 9), decision="allow", key="stab",
    mnc=["Kriolu"], mct=["room 115", "bathroom trash can", "check-in/check-out"],
    cats=["language"], tags=["allow_threat", "retaliation", "safety_plan", "repeat_incident"])

add(school="Boston Green Academy", sid="BPS-4720", to="bpd/district-d14", ground="weapon", weapon="club",
    at="2025-11-20 07:55", loc="Boston Green Academy, front door bag check",
    desc=("Student's written statement (spelling fixed):\n\"Everybody knows I went to the hearing for "
          "Tavon's brother. Since then they been saying I'm gonna get jumped. So I brought the stick. It's "
          "a hockey stick I cut down and wrapped in tape with a screw in the end. I wasn't gonna use it "
          "unless they came at me.\"\n\nAdmin note: found in his Celtics duffel bag at the front door bag "
          "check, 7:55 AM 11/20/2025. About 20 inches, black hockey tape, a 2 inch wood screw driven into "
          "the end. Santiago testified at a Juvenile Court hearing on 11/14 (he saw the assault Tavon's "
          "brother is charged with). His grandmother, who has custody, says the family arrived from "
          "Honduras last spring and she is afraid for him. Threats reported 11/17 and 11/18 (attached). "
          "He is on a safety plan."),
    stu=("566139", "Santiago Mejia", "2010-01-08", 10), decision="allow", key="hockey stick",
    att=[{"kind": "document", "name": "threat_reports_1117_1118.pdf"}],
    mnc=["Honduras"], mct=["Celtics duffel bag", "wood screw", "hockey tape"],
    cats=["national_origin"], tags=["allow_weapon", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="East Boston High School", sid="BPS-4602", to="ice", ground="weapon", weapon="knife",
    at="2025-10-02 09:50", loc="East Boston High School, gym locker room",
    desc=("The father of the student Diego threatened asked us to send this to immigration. Diego showed a "
          "knife in the gym locker room and told the boy who reported him for stealing a Chromebook \"you'll "
          "see.\" The knife was taken by the coach. The father says Diego's family is undocumented and he "
          "believes that is the only thing that will stop it."),
    stu=("512290", "Diego Campos", "2009-12-19", 10), decision="deny", reason="recipient_not_permitted",
    mnc=["undocumented"], cats=["immigration_status"], tags=["deny_recipient", "retaliation"])

add(school="Another Course to College", sid="BPS-4588", to="bpd/district-e18", ground="credible_threat",
    threat=("Amir to Assistant Principal Callahan on 4/28 at about 1:50 PM, right after being told he was "
            "suspended for the 4/14 incident: \"You wrote me up so you're first. I'll catch you in the "
            "parking lot, I know your car, and I'm bringing my brother's strap.\" At 2:30 the classmate "
            "who reported him received a text from Amir's number: \"u and callahan both.\""),
    at="2026-04-28 13:50", loc="Another Course to College, AP's office",
    desc=("AP Callahan's write-up. On 4/14 a classmate told me Amir took his Jordan 4s out of a bag in the "
          "gym locker room. We got the sneakers back from Amir's locker the same day and I wrote him up. "
          "Today I told Amir and his mother (by phone) that he was suspended. He stood up, said what is "
          "in the threat statement, and walked out. He knows my car; it is the grey Civic in the staff "
          "parking lot. Forty minutes later the classmate got the text. Amir has talked about his older "
          "brother having a gun twice before (Nov., Feb.), both documented. His mother said he had been "
          "calmer since he started going to the mosque with his uncle, and she didn't understand what "
          "happened. I have asked for police to be told and for the classmate's family to get a safety "
          "plan."),
    stu=("480627", "Amir Haddad", "2009-01-30", 12), decision="allow", key="staff parking lot",
    mnc=["mosque"], mct=["Jordan 4s", "gym locker room", "grey Civic"],
    cats=["religion"], tags=["allow_threat", "retaliation", "repeat_incident", "precision_trap"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="witness_intimidation", at="2025-12-16 09:00", loc="Madison Park, online / group chat",
    desc=("Ms. Harmon (culinary arts) forwarded screenshots a student brought her. After the 12/4 fight in "
          "the auto shop, the student gave a statement naming Cristian. Since Friday Cristian and two "
          "friends have messaged her: \"hope u like ur new name snitch\", \"we see u at the 15 stop\". "
          "Nothing physical. Cristian's family is here on asylum and his caseworker asked us to be careful "
          "what goes to police, but the girl's mother insists. Submitting as witness intimidation."),
    stu=("498815", "Cristian Lopez", "2009-07-07", 11), decision="deny", reason="ground_not_permitted",
    mnc=["asylum"], cats=["immigration_status"], tags=["deny_ground", "witness_intimidation"])

add(school="Excel High School", sid="BPS-4313", to="bpd/district-c6", ground="serious_violence",
    at="2025-10-30 10:25", loc="Excel High School, G St entrance hallway",
    desc=("Nurse and dean's summary.\nAt 10:20 the student named here, Ryan, and a 9th grader who reported "
          "him last Thursday for taking money in the bathroom passed each other in the hallway by the G St "
          "entrance. Ryan said \"you the one that told\" and drove a metal pen into the side of the 9th "
          "grader's neck. The nurse controlled the bleeding with pressure; the puncture was about 1 cm deep, "
          "just left of the windpipe. EMS took him to Tufts, where it was cleaned and closed with sutures and "
          "he was kept four hours for observation. Ryan admitted it and said he \"didn't think it would go "
          "in.\" The pen (silver, Parker) is bagged in the office. When we tried to reach home, the number on "
          "file was disconnected; the dean drove to the address on Geneva Ave and spoke to an aunt. The "
          "9th grader's family wants charges."),
    stu=("520114", "Ryan Costello", "2010-05-28", 10), decision="allow", key="puncture",
    mnc=["Geneva Ave"], mct=["G St entrance", "metal pen", "sutures"],
    cats=["neighborhood"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="John D. O'Bryant School of Mathematics and Science", sid="BPS-4245", to="bpd/district-b2",
    ground="drugs", subs=["Xanax"], at="2026-01-27 12:35", loc="O'Bryant School, cafeteria",
    desc=("I'm writing this as the 11th grade AP. Last week (1/20) a junior told me Nikolas was selling "
          "\"bars\" out of his lunch bag. We searched then and found nothing; Nikolas told half the grade "
          "who had \"tried to get him jammed up.\" Today the same junior found her locker door dented and a "
          "note taped to it, \"last warning.\" At 12:30 "
          "a lunch aide saw Nikolas hand a classmate something under the table next to a cup of Greek "
          "yogurt. In his lunch bag: a pill bottle with no label holding 14 white rectangular tablets "
          "scored in three places and stamped XANAX 2. Nikolas says they are his and he has anxiety; no "
          "prescription on file and the nurse has none. His mother, in the meeting, said the family's "
          "priest from the Greek Orthodox church would vouch for him."),
    stu=("433952", "Nikolas Pappas", "2009-02-02", 11), decision="allow", key="XANAX 2",
    mnc=["Orthodox", "priest"], mct=["Greek yogurt", "stamped XANAX 2", "last warning"],
    cats=["religion"], tags=["allow_drugs", "witness_intimidation", "repeat_incident", "precision_trap"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="drugs",
    subs=["alcohol"], at="2026-05-08 11:15", loc="Charlestown High School, 3rd floor bathroom",
    desc=("Third time this semester Jaylen has been found with nip bottles (vodka) in school. Today's "
          "report came from a sophomore who says Jaylen has been telling people he will \"fix\" whoever "
          "keeps telling. The sophomore's mother asked that we put that in. Jaylen's father is a "
          "Pentecostal minister and wants to handle it at home. Four empty and two full 50 ml bottles "
          "recovered."),
    stu=("394462", "Jaylen Fraser", "2009-09-25", 10), decision="deny", reason="excluded_substance",
    mnc=["Pentecostal"], cats=["religion"], tags=["deny_substance", "retaliation", "repeat_incident"])

add(school="Mission Hill K-8", sid="BPS-4382", to="bpd/district-b2", ground="weapon", weapon="knife",
    at="2025-11-25 12:10", loc="Mission Hill K-8, middle school lunchroom",
    desc=("Follow-up to report filed 11/6 (stolen bike, Mission Hill K-8).\nOn 11/6 an 8th grade boy told "
          "his homeroom teacher that Minh had taken his bike from the rack on Smith St. The bike was "
          "returned and Minh served an in-school suspension. Today at lunch Minh threw a cup of mandarin "
          "oranges at the boy, then came around the table and held a steak knife from home against the "
          "boy's side, saying \"now tell on this.\" Two 8th graders pulled Minh back; lunch aide took the "
          "knife (serrated, about 4 inches, brown handle). The boy has a small scratch through his shirt, "
          "no other injury. SIS shows the family's home language as Vietnamese and a request for "
          "translated notices; Minh's mother was called with an interpreter at 1:15."),
    stu=("616380", "Minh Pham", "2011-06-12", 8),
    extra={"home_language": "Vietnamese", "ethnicity": "Asian - Vietnamese"},
    decision="allow", key="steak knife",
    mnc=["Vietnamese"], mct=["mandarin oranges", "Smith St", "small scratch"],
    cats=["language", "ethnicity"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Boston International Newcomers Academy", sid="BPS-4704", to="bpd/district-c11",
    ground="credible_threat",
    threat=("Unsigned note found inside Yonas's Algebra 1 notebook, which Abdi admits writing: \"You talked "
            "to Mr. Kelley about the fight so now you have to pay. Monday I bring the knife and nobody will "
            "stop me.\" Abdi repeated to Mr. Kelley on Friday, 2/6, \"I said Monday and I mean Monday.\""),
    at="2026-02-06 14:00", loc="Boston International Newcomers Academy, Room 207",
    desc=("Second incident between these two students. On 1/29 Yonas told Mr. Kelley (Algebra 1) that "
          "Abdi started the fight in the courtyard; Abdi got three days. On 2/5 Yonas found the note "
          "(see threat statement) in his Algebra 1 notebook after leaving it on his desk in Room 207. On "
          "2/6 Mr. Kelley asked Abdi about it and Abdi said the line quoted above. His caseworker from the "
          "refugee resettlement agency told us Abdi has talked about weapons before. We searched his bag "
          "on 2/6 and found no knife. Yonas is on a safety plan and will not be in class on Monday; we are "
          "asking police to be aware before Monday."),
    stu=("582203", "Abdi Warsame", "2009-08-04", 10), decision="allow", key="knife",
    mnc=["refugee"], mct=["Algebra 1", "Room 207", "courtyard"],
    cats=["immigration_status"], tags=["allow_threat", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="commonwealth-fusion-center",
    ground="credible_threat",
    threat=("Devonte on Instagram Live, 10/12 about 11 PM: \"whoever told on my bro gonna get it at school "
            "monday, i'm bringing something.\""),
    at="2025-10-13 07:30", loc="Jeremiah E. Burke High School / online",
    desc=("Forwarding to the fusion center per a request from a detective who says Devonte and his older "
          "brother are on their radar as Norfolk St members. The Live video was recorded by a student and "
          "shown to the AP Monday morning. Devonte was kept out of class pending a parent meeting."),
    stu=("408871", "Devonte Gaines", "2009-03-03", 11), decision="deny", reason="recipient_not_permitted",
    mnc=["Norfolk St"], cats=["gang_affiliation"], tags=["deny_recipient", "retaliation"])

add(school="TechBoston Academy", sid="BPS-4570", to="bpd/district-c11", ground="serious_violence",
    at="2026-03-19 08:20", loc="TechBoston Academy, main stairwell between 2nd and 3rd floors",
    desc=("At 8:15 this morning Hiwet was walking up the main stairwell when Jada, coming down, grabbed "
          "her backpack strap and pulled her backward down roughly eight steps. Hiwet is the student "
          "who reported Jada for the bathroom fight in February; Jada's mother had to leave work for that "
          "meeting. Teachers heard Jada say \"now you can tell them about this.\" Hiwet landed on her left "
          "arm and hit her head on the landing. Boston Children's: displaced fracture of the left wrist, "
          "needs surgery tomorrow; concussion. Jada says she \"barely touched her.\" Jada had been eating "
          "French toast sticks on the stairs, which is how she was there before first period. Hiwet's "
          "father says people from their Eritrean community have been calling him about it and he wants "
          "police involved."),
    stu=("556608", "Jada Kingsley", "2010-04-16", 10), decision="allow", key="wrist",
    mnc=["Eritrean"], mct=["French toast sticks", "left wrist", "eight steps"],
    cats=["ethnicity"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="credible_threat",
    threat=("Message from Dante in the 10th grade group chat, 4/30 at 7:12 PM, screenshot attached: "
            "\"whoever snitched about the hallway thing is getting popped friday. i know it was one of "
            "y'all. dont come to the pep rally.\" Followed by a photo of a handgun lying on a car seat."),
    at="2026-04-30 19:12", loc="Online; Boston Latin Academy gym (pep rally on 5/1)",
    desc=("Several parents forwarded the screenshot between 7:30 and 9:00 PM. The \"hallway thing\" is a "
          "4/24 incident where Dante slapped a 9th grader and three students gave statements. Dante has "
          "posted photos with what looks like the same handgun twice before (Dec., Mar.), and in March he "
          "was seen handing a backpack to an older male at the Ashmont Red Line stop during the school day. "
          "The Friday pep rally is in the main gym with the whole school. We have moved the pep rally and "
          "asked for a police presence. Dante's student record from his old district carries a flag: "
          "\"Associate - Heath St\". We do not know its source."),
    stu=("377450", "Dante Ellison", "2010-02-20", 10), extra={"gang_flag": "Associate - Heath St"},
    decision="allow", key="handgun",
    att=[{"kind": "photo", "name": "groupchat_screenshot_0430.png"}],
    mnc=["Heath St"], mct=["pep rally", "Ashmont Red Line stop", "main gym"],
    cats=["gang_affiliation"], tags=["allow_threat", "witness_intimidation", "repeat_incident", "precision_trap"])

add(school="Mission Hill K-8", sid="BPS-4382", to="bpd/district-b2", ground="credible_threat",
    at="2026-01-15 10:45", loc="Mission Hill K-8, 7th grade hallway",
    desc=("7th grade team notes. Abdirahman told a classmate who reported him for pushing a younger kid on "
          "the stairs: \"I'm going to bring my cousin's knife and you'll be sorry.\" The classmate told "
          "his mom, who called. Abdirahman's dad says the boys at the bus stop call Abdirahman a Somali "
          "pirate and that he is the one being picked on. Please advise."),
    stu=("619044", "Abdirahman Yusuf", "2012-08-23", 7), decision="deny", reason="missing_threat_statement",
    mnc=["Somali"], cats=["national_origin"], tags=["deny_threat_missing", "retaliation"])

add(school="Margarita Muniz Academy", sid="BPS-4355", to="bpd/district-e13", ground="weapon", weapon="mace",
    at="2025-12-18 13:40", loc="Margarita Muniz Academy, 2nd floor hallway outside French class",
    desc=("Timeline from the group chat, as shown to the dean by both girls:\n12/10 - Kiara posts \"we "
          "all know who ran to the office\" after Angelica told the dean about the vandalized lockers.\n"
          "12/12 - Angelica blocks Kiara. Kiara's friend makes a second account.\n12/17 - \"tomorrow after "
          "French u gonna feel it.\"\n12/18, 1:40 PM - as French class let out, Kiara sprayed a small "
          "canister of mace into Angelica's face from about two feet. Angelica was screaming; her eyes "
          "swelled shut. Nurse flushed her eyes for 20 minutes; EMS checked her and her mother took her to "
          "the eye clinic at Mass Eye and Ear. Kiara handed the canister to the dean (red, Mace brand, "
          "keychain). Both girls are in the SEI strand and the dean used the bilingual counselor for "
          "both family calls."),
    stu=("574417", "Kiara Velazquez", "2010-10-01", 9), decision="allow", key="mace",
    mnc=["SEI strand"], mct=["French class", "Mass Eye and Ear", "second account"],
    cats=["language"], tags=["allow_weapon", "retaliation", "repeat_incident", "precision_trap"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="drugs",
    subs=["cocaine"], at="2026-02-26 09:30", loc="Brighton High School, gym office",
    desc=("This follows our 2/12 search, when a student told us Gabriel was selling and nothing was "
          "found. Since then that student has been shoved twice in the hallway and Gabriel's friend said "
          "to him \"you got him searched for nothing, now you owe.\" This morning the gym teacher saw "
          "Gabriel take a small bag out of the toe of his Nike Air Max and pass it to another student in "
          "the locker room. In the sneaker: four knotted corner baggies of white powder, about a gram each. "
          "The officer from D-14 field-tested one: cocaine. Gabriel says he is holding it for someone. His "
          "mother asked whether this will affect their case, since they are Brazilian and their visas are up "
          "for renewal; we told her to speak to a lawyer."),
    stu=("541129", "Gabriel Souza", "2009-06-30", 11), decision="allow", key="cocaine",
    mnc=["Brazilian", "visas"], mct=["Nike Air Max", "corner baggies", "toe of his"],
    cats=["national_origin", "immigration_status"], tags=["allow_drugs", "retaliation", "repeat_incident", "precision_trap"])

add(school="Dearborn STEM Academy", sid="BPS-4066", to="bpd/district-b2", ground="no_contact_violation",
    at="2026-03-02 12:05", loc="Dearborn STEM Academy, cafeteria",
    desc=("The no-contact agreement between Kyrie and D.S. (signed 2/9 after D.S. reported Kyrie for "
          "taking his phone) was violated today: Kyrie sat down across from D.S. at lunch and said \"so "
          "you like talking.\" No threat made beyond that, no physical contact. D.S.'s grandmother lives "
          "in the same building in Orchard Park as Kyrie's family and says he has been waiting for D.S. "
          "outside. We want this on record with police."),
    stu=("590836", "Kyrie Thompson", "2011-01-05", 9), decision="deny", reason="ground_not_permitted",
    mnc=["Orchard Park"], cats=["neighborhood"], tags=["deny_ground", "no_contact"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="serious_violence",
    at="2025-09-23 15:00", loc="Charlestown High School, Medford St side, near the crew team boathouse path",
    desc=("What we know so far (AP, 9/23, 6 PM):\n- Emeka had reported three boys on 9/15 for stealing from "
          "the crew team's equipment room.\n- Today at 3:00, on the path to the boathouse off Medford St, the "
          "student named here (Tyler) and two others knocked Emeka down and stomped on his chest and back. "
          "A coach found him curled up on the path.\n- Mass General: three fractured ribs and a bruised "
          "lung; admitted.\n- Tyler's Nike slides were left on the path; he came back for them and was "
          "stopped by the coach. He said \"he shouldn't have said nothing.\"\n- Emeka's parents speak Igbo "
          "at home and his uncle interpreted at the hospital.\n- Two other boys not yet identified."),
    stu=("361917", "Tyler Quinlan", "2009-04-18", 11), decision="allow", key="fractured ribs",
    mnc=["Igbo"], mct=["crew team", "Medford St", "bruised lung"],
    cats=["language"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="Fenway High School", sid="BPS-4515", to="bpd/district-d4", ground="credible_threat",
    threat=("Text from Ethan to Ha-eun, 5/12 at 10:41 PM: \"since u wanna tell mr. ruiz everything tell him "
            "this. ur house is gonna burn with u in it. i got the gas already.\" A second text at 10:44 was "
            "a photo of a red gas can."),
    at="2026-05-12 22:41", loc="Online; concerns Fenway High School student",
    desc=("Ha-eun showed Mr. Ruiz the texts this morning. Background: on 5/5 Ha-eun told Mr. Ruiz that "
          "Ethan had been taking money from her and two friends at the Chipotle on Boylston after school; "
          "Ethan was suspended 5/7. This is the first threat Ha-eun has received, but her friend got an "
          "\"ur next\" message on 5/8. Ethan told the dean today that Ha-eun \"makes stuff up like all those "
          "Korean girls.\" We treat the gas can photo as a real concern; the family has been given a safety "
          "plan contact and the dean will meet Ethan's guardian tomorrow."),
    stu=("528870", "Ethan Parrish", "2009-11-11", 11), decision="allow", key="gas can",
    mnc=["Korean"], mct=["Chipotle on Boylston", "gas can photo"],
    cats=["ethnicity"], tags=["allow_threat", "retaliation", "safety_plan", "precision_trap"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="weapon", weapon="taser",
    at="2025-11-06 07:50", loc="Boston Latin Academy, Townsend St entrance",
    desc=("Form SAF-02 narrative.\nThe student named here (Henok) was stopped at the Townsend St entrance at "
          "7:50 AM after another student's parent called to say Henok had told her son he would \"light him "
          "up\" for telling a teacher about the cheating app. The son is a 10th grader and says the "
          "comments started 10/20. Bag check: a black handheld taser with a laser sight, battery charged, "
          "in the front pocket of a Jansport backpack. Henok said he carries it \"because of the walk from "
          "the bus.\" No one hurt. Henok's father needed an Amharic interpreter for the phone call and was "
          "very upset. We are holding the taser for police."),
    stu=("439035", "Henok Alemu", "2010-03-29", 10), decision="allow", key="taser",
    mnc=["Amharic"], mct=["Townsend St entrance", "laser sight", "Jansport backpack"],
    cats=["language"], tags=["allow_weapon", "witness_intimidation", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="weapon",
    weapon="BB gun", at="2026-04-14 14:55", loc="Jeremiah E. Burke High School, Washington St sidewalk",
    desc=("After school Elvin flashed a BB gun (black, CO2 type, looks real) at the 9th grader who told on "
          "him about the lockers, said \"next time it's the real one.\" Confiscated by SSS. Elvin's aunt "
          "said they are Dominican and she doesn't want trouble with police. First incident was 3/30."),
    stu=("535572", "Elvin Marte", "2010-06-02", 10), decision="deny", reason="other",
    mnc=["Dominican"], cats=["ethnicity"], tags=["deny_replica", "retaliation", "repeat_incident"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="drugs", subs=["MDMA"], at="2026-02-13 21:15", loc="Winter Ball, Reggie Lewis Center",
    desc=("Written by the activities director the morning after the Winter Ball.\nThe dance was at the "
          "Reggie Lewis Center. At 9:10 PM a chaperone saw Shanice pressing something into a sophomore's hand "
          "by the coat check. When approached, the sophomore opened her hand: two pink triangle pills "
          "stamped with a crown. Shanice's clutch held eleven more of the same. The sophomore later told us "
          "she had told a teacher in January that Shanice was selling \"molly\" and since then Shanice had "
          "made her buy, \"so you can't say nothing now.\" BPD officers on detail took the pills. Shanice's "
          "mother came to the venue at 10; her SIS record lists 14 Fowler St, Apt 2 as home."),
    stu=("492238", "Shanice Harper", "2009-05-06", 11), decision="allow", key="pink triangle pills",
    mnc=["Fowler St"], mct=["Reggie Lewis Center", "coat check", "stamped with a crown"],
    cats=["neighborhood"], tags=["allow_drugs", "witness_intimidation", "precision_trap"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="weapon", weapon="pepper spray", at="2025-11-19 10:10",
    loc="Madison Park, Building B stairwell outside Spanish 3",
    desc=("This is the third report involving these two since early November. (11/4: Edwin took the other "
          "boy's AirPods; the boy reported it. 11/12: words in the cafeteria, \"snitch\" etc.) Today at "
          "10:05, after Spanish 3 let out, Edwin followed him into the Building B stairwell and sprayed "
          "pepper spray in his face from close range. The boy's eyes were burning and he could not see "
          "to walk down the stairs; the nurse flushed them and called his mother. Edwin dropped the "
          "canister (black, police-style, flip-top) in the trash outside the nurse's office, where the "
          "custodian found it. Edwin, recently arrived from Guatemala according to his registration, "
          "told the AP \"he knows why.\" Safety plan started for the other student; separate schedules."),
    stu=("570091", "Edwin Tzul", "2009-12-24", 10), extra={"country_of_birth": "Guatemala"},
    decision="allow", key="pepper spray",
    mnc=["Guatemala"], mct=["Spanish 3", "Building B stairwell", "flip-top"],
    cats=["national_origin"], tags=["allow_weapon", "retaliation", "repeat_incident", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="gang_activity",
    at="2026-01-09 12:00", loc="Jeremiah E. Burke High School",
    desc=("We're seeing retaliation between two groups since a student told on the Woodledge side in "
          "December. Marquis is the one we believe is driving it for the Homes Ave group. No weapons found, "
          "no injuries so far, but the hallway tension is high and families are asking what we are doing. "
          "We would like police to have his name and the names of his associates."),
    stu=("411903", "Marquis Dunbar", "2009-08-12", 11), decision="deny", reason="ground_not_permitted",
    mnc=["Woodledge", "Homes Ave"], cats=["gang_affiliation"], tags=["deny_ground", "retaliation"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="serious_violence",
    at="2025-12-02 13:25", loc="Jeremiah E. Burke High School, 2nd floor boys' locker room",
    desc=("Notes from the AP's investigation, 12/2.\nIn October Jaquan reported to Coach Lyons that Malik "
          "had stolen a classmate's Beats headphones; Malik was suspended. Today during 5th period Malik "
          "waited in the 2nd floor locker room with a padlock knotted inside a gym sock and swung it at "
          "Jaquan's head three or four times. Jaquan has a scalp laceration closed with 12 staples at "
          "Boston Medical Center and a skull contusion; he is being kept overnight. Malik said \"told you I "
          "don't forget.\" The sock and lock are in the office. Malik's mother asked that the priest at "
          "St. Peter's be called to come sit with them, which we did."),
    stu=("427716", "Malik Greene", "2009-10-14", 11), decision="allow", key="padlock",
    mnc=["priest", "St. Peter"], mct=["gym sock", "12 staples", "Beats headphones"],
    cats=["religion"], tags=["allow_violence", "retaliation", "repeat_incident", "precision_trap"])

add(school="Kennedy Academy for Health Careers", sid="BPS-4620", to="bpd/district-b2", ground="credible_threat",
    threat=("Voice memo sent by Xavier to Marisol on WhatsApp, 3/9 at 6:15 PM (transcribed by AP Duarte): "
            "\"You think you slick, telling Duarte it was me. I got the strap in my room. Tomorrow when you "
            "get off at Mass Ave, I'm there. Watch.\""),
    at="2026-03-09 18:15", loc="Online; Mass Ave Orange Line station",
    desc=("Marisol played the memo for AP Duarte at 7:45 AM. On 3/2 she told Duarte that Xavier had "
          "vandalized the anatomy lab models; he got a two-day suspension. She gets off the Orange Line at "
          "Mass Ave every morning and walks the rest. Xavier's mother says he has no gun and \"talks big,\" "
          "but in October he was found with a loaded magazine in his bag (report filed then). Xavier's "
          "emergency card lists him as Puerto Rican and the family as bilingual. Marisol's father is "
          "driving her for now."),
    stu=("463381", "Xavier Cintron", "2009-07-02", 11), decision="allow", key="loaded magazine",
    mnc=["Puerto Rican", "bilingual"], mct=["Mass Ave", "anatomy lab models", "Orange Line"],
    cats=["ethnicity", "language"], tags=["allow_threat", "witness_intimidation", "repeat_incident", "precision_trap"])

add(school="Dorchester Academy", sid="BPS-4266", to="bpd/district-c11", ground="drugs",
    subs=["nicotine pouches"], at="2026-04-02 10:20", loc="Dorchester Academy, classroom 204",
    desc=("Tins of Zyn found in Davon's desk for the second time. The student who told the teacher last month "
          "says Davon has been saying \"I know where u stay\" to him. Davon's address is near Bowdoin "
          "Street and his mom says the older kids there are a bad influence."),
    stu=("571826", "Davon Lyles", "2010-05-15", 10), decision="deny", reason="excluded_substance",
    mnc=["Bowdoin"], cats=["neighborhood"], tags=["deny_substance", "witness_intimidation", "repeat_incident"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="weapon", weapon="knife",
    at="2025-10-24 09:55", loc="Brighton High School, boys' bathroom, 1st floor",
    desc=("\"snitches get stitches\" - that was written in marker on the mirror of the 1st floor boys' "
          "bathroom on Monday, with an arrow and the initials of the boy who reported the thefts from the "
          "gym. Today (Fri) a custodian found a black-handled folding knife taped under the sink in the same "
          "bathroom. Camera in the hallway shows only Trevor going in and out at 9:50. We searched Trevor: "
          "a roll of the same grey duct tape in his backpack. He admits it is his knife and says he was "
          "\"just keeping it there.\" The boy who reported the thefts has been dismissed early every day "
          "this week by his own choice. Trevor's demographic field in SIS reads \"Black or African "
          "American\"; I don't know why the form wanted it."),
    stu=("447264", "Trevor Hines", "2010-02-11", 10), extra={"race": "Black or African American"},
    decision="allow", key="folding knife",
    mnc=["African American"], mct=["black-handled", "taped under the sink", "grey duct tape"],
    cats=["ethnicity"], tags=["allow_weapon", "witness_intimidation", "precision_trap"])

add(school="Boston Day and Evening Academy", sid="BPS-4676", to="bpd/district-d4", ground="serious_violence",
    at="2026-01-08 16:40", loc="Albany St sidewalk near the school's side entrance",
    desc=("From the BDEA student support coordinator.\nRenaldo and Arben have had trouble since November, "
          "when Arben told staff Renaldo was the one who took the laptop cart key. Two mediations (11/20, "
          "12/9) and a signed no-contact agreement. On 1/8 at about 4:40 PM, as the evening session let in, "
          "Renaldo caught Arben on the Albany St sidewalk by the side entrance and swung at him with a "
          "house key held between his fingers. The key opened Arben's left cheek from the ear toward the "
          "mouth. Staff applied gauze; EMS took him across the street to BMC, where he received 9 stitches "
          "and was seen by plastics. Renaldo said on the way to the office: \"he got what snitches get.\" "
          "Arben's father told the nurse Renaldo has been calling Arben an \"Albanian rat\" for weeks."),
    stu=("548103", "Renaldo Figueroa", "2007-09-19", 12), decision="allow", key="9 stitches",
    mnc=["Albanian"], mct=["Albany St sidewalk", "house key", "9 stitches"],
    cats=["ethnicity"], tags=["allow_violence", "retaliation", "no_contact", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b3", ground="credible_threat",
    threat=("Bus monitor's account, bus 1104, 3/25 at about 2:35 PM: Quentin stood up in the aisle, pointed "
            "at the 10th grader who had given the dean a statement about the 3/20 fight and said loud "
            "enough for the whole bus: \"I'm shooting the snitch. Not today. Soon. My man already got it "
            "for me.\" He then sat back down and put his hood up."),
    at="2026-03-25 14:35", loc="School bus 1104 on Blue Hill Ave route",
    desc=("Bus 1104 monitor (Ms. Charles) radioed the dispatcher and wrote up what she heard (threat "
          "statement). On 3/20 Quentin was in a fight outside the Burke; three students gave statements; "
          "this 10th grader's was the one that named him. On 3/23 someone texted the 10th grader a picture "
          "of a bullet on a desk. Quentin denies sending it. Quentin's mother told the dean that Quentin "
          "has been \"hanging around the Franklin Field apartments with his cousin\" and she is afraid of "
          "who he's with. The 10th grader is not riding the bus this week; safety plan in place. We are "
          "asking for a district contact today."),
    stu=("426699", "Quentin Hollis", "2009-07-27", 11), decision="allow", key="bullet",
    mnc=["Franklin Field"], mct=["bus 1104", "picture of a bullet"],
    cats=["neighborhood"], tags=["allow_threat", "witness_intimidation", "safety_plan"])

add(school="Josiah Quincy Upper School", sid="BPS-4650", to="bpd/district-a1", ground="fight",
    at="2025-11-21 12:50", loc="Josiah Quincy Upper School, courtyard",
    desc=("Second fight between Kevin L. and the boy who reported him in October for taking his lunch money. "
          "Punches thrown, bloody nose for the other boy, nurse gave ice. Kevin's parents only speak "
          "Mandarin and the meeting needs an interpreter, so it is set for Monday. Requesting police "
          "involvement because the other family is asking for it."),
    stu=("462008", "Kevin Liang", "2011-03-14", 8), decision="deny", reason="ground_not_permitted",
    mnc=["Mandarin"], cats=["language"], tags=["deny_ground", "retaliation", "repeat_incident"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="weapon", weapon="firearm",
    at="2026-05-19 11:20", loc="Boston Latin Academy, locker 3-118 (3rd floor)",
    desc=("Sequence, as reconstructed by the head of school on 5/19:\n"
          "5/12: a sophomore told her Chinese class teacher that Isaac had been sharing a video of a fight "
          "in which she is the girl being hit. Isaac was suspended 2 days.\n"
          "5/18, 10:02 PM: Isaac posts a photo of a handgun on his lap with the caption \"chinese class "
          "tomorrow gonna be quiet.\" A parent sends it to us at 10:30.\n"
          "5/19, 7:30 AM: Isaac is met at the door, says he left his bag at home. At 11:10 a custodian "
          "reports that locker 3-118 (Isaac's) is hanging open. Inside, in a Foot Locker bag: a silver "
          "revolver, five rounds in the cylinder. District C-11 responded and took it.\n"
          "Isaac's older brother is described in the 5/12 suspension paperwork as \"a Castlegate guy\" "
          "by a teacher; we have never confirmed that and want it noted that it is hearsay."),
    stu=("389217", "Isaac Mercer", "2010-01-26", 10), decision="allow", key="revolver",
    mnc=["Castlegate"], mct=["Chinese class", "Foot Locker bag", "five rounds"],
    cats=["gang_affiliation"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Boston Community Leadership Academy", sid="BPS-4633", to="bpd/district-e18", ground="drugs",
    subs=["oxycodone"], at="2025-10-06 13:10", loc="Boston Community Leadership Academy, room 221",
    desc=("Student support team note. Alexis was found in room 221 during 6th period with a Walgreens "
          "pharmacy bottle holding 23 tablets of oxycodone 10 mg. The label is in her grandmother's "
          "name. Alexis says she was \"holding them for a friend.\" This came to light because a classmate "
          "reported to Ms. Osei that Alexis had been offering pills; that classmate's name ended up on a "
          "list posted in the girls' bathroom last week titled \"RATS\", alongside two others who had "
          "reported things this year. Alexis is classified as a multilingual learner and her mother asked "
          "for all paperwork to be translated. Grandmother confirms she did not give the pills."),
    stu=("552390", "Alexis Rosario", "2010-04-07", 10), decision="allow", key="oxycodone",
    mnc=["multilingual learner", "translated"], mct=["Walgreens", "room 221", "RATS"],
    cats=["language"], tags=["allow_drugs", "witness_intimidation", "precision_trap"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="credible_threat",
    threat=("Darius told the witness in the Bunker Hill St stairwell, 2/4 about 9:15: \"you gonna take back "
            "what you told them or I'm coming to your house with a bat.\""),
    at="2026-02-04 09:15", loc="Charlestown High School, Bunker Hill St stairwell",
    att=[{"kind": "face_match", "name": "camera_match_Darius_0204.json"}],
    desc=("The witness could not say who it was at first. Our new camera vendor ran the stairwell footage "
          "through its face recognition and it came back as Darius at 94% confidence, so we pulled him "
          "from class. The match report is attached. He denies it."),
    stu=("393390", "Darius Pierce", "2009-10-27", 11), decision="deny", reason="face_surveillance",
    mnc=["94% confidence"], cats=["face_surveillance"], tags=["deny_face", "witness_intimidation"])

add(school="Boston Arts Academy", sid="BPS-4671", to="bpd/district-d4", ground="credible_threat",
    threat=("During the 10:00 assembly on 11/13, four students in the balcony received an AirDrop from a "
            "device named \"Jo's iPhone\": a photo of a rifle with the caption \"for the one who told on me "
            "about the theater. bang.\" Josue admitted to the dean at 11:05 that he sent it and said \"she "
            "knows who she is.\""),
    at="2025-11-13 10:00", loc="Boston Arts Academy, theater balcony",
    desc=("Josue is a junior in the theater program. On 11/3 a junior in the same program told the theater "
          "chair Josue had damaged the lighting board; his privileges were suspended. Today's AirDrop went "
          "out during the all-school assembly (see statement). Apple AirDrop logs on the receiving phones "
          "show the device name. Josue says the rifle photo is \"from the internet\" but his phone gallery "
          "has other photos of the same rifle in what looks like a bedroom. When asked where home is, for "
          "the parent meeting, his mother mentioned they had left Haiti only two years ago and were still "
          "getting settled. The junior is on a safety plan and was sent home with her mother."),
    stu=("571742", "Josue Baptiste", "2009-03-16", 11), decision="allow", key="rifle",
    mnc=["Haiti"], mct=["Apple AirDrop", "lighting board", "theater program"],
    cats=["national_origin"], tags=["allow_threat", "retaliation", "safety_plan", "precision_trap"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="weapon", weapon="box cutter", at="2026-03-31 09:40", loc="Madison Park, carpentry shop",
    desc=("Carpentry shop instructor's statement.\nI have had Omari and Kenny in 2nd period since "
          "September. In February Kenny told me Omari took tools home from the shop, which was true, and "
          "Omari lost his shop privileges for two weeks. This morning Omari came back to the shop for the "
          "first time. At 9:35 I saw him take a box cutter from the supply drawer, walk to Kenny's bench, "
          "and put the open blade against Kenny's cheek while saying \"remember me.\" I yelled, and Omari "
          "dropped it on the bench. Kenny has a thin red line on his cheek, no bleeding. Omari took the "
          "dual-enrollment class at Roxbury Community College last semester and was doing well there. "
          "His emergency card lists home as Annunciation Road."),
    stu=("430955", "Omari Whitlock", "2009-02-08", 12), decision="allow", key="box cutter",
    mnc=["Annunciation Road"], mct=["carpentry shop", "Roxbury Community College", "thin red line"],
    cats=["neighborhood"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="TechBoston Academy", sid="BPS-4570", to="mbta-transit-police", ground="weapon", weapon="knife",
    at="2026-01-30 15:05", loc="Fields Corner station platform",
    desc=("Sending to Transit since it happened on the platform at Fields Corner. Joel showed a knife to "
          "the boy who reported him for vaping and said \"the train can't save you.\" Two students "
          "confirmed it. Joel's mother told us they live right by Fields Corner in a basement apartment "
          "on Dorset St."),
    stu=("547726", "Joel Ruiz", "2010-09-02", 10), decision="deny", reason="recipient_not_permitted",
    mnc=["Dorset St"], cats=["neighborhood"], tags=["deny_recipient", "retaliation"])

add(school="Snowden International School", sid="BPS-4690", to="bpd/district-d4", ground="serious_violence",
    at="2025-12-10 13:15", loc="Snowden International School, library during the Scholastic book fair",
    desc=("I'm the librarian and I was the first adult there. The Scholastic book fair was set up in the "
          "library. Amira was at the poster table. Brandon, who Amira reported last week for grabbing her "
          "phone in class, came in, picked up one of the metal folding chairs and threw it at her from about "
          "eight feet. It hit her in the side of the head. She was conscious but confused and bleeding "
          "above her right ear. EMS took her to Tufts; her mother called at 5:30 to say she has a skull "
          "fracture and will be admitted. Brandon said \"she started it in class.\" Several students "
          "recorded it. One girl told me Brandon had been saying all week that Amira \"thinks she's better "
          "with her hijab and her snitching.\""),
    stu=("519485", "Brandon Keefe", "2009-08-21", 11), decision="allow", key="skull fracture",
    mnc=["hijab"], mct=["Scholastic book fair", "metal folding chairs", "right ear"],
    cats=["religion"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="weapon", weapon="knife",
    at="2026-04-27 07:45", loc="Jeremiah E. Burke High School, teachers' parking lot",
    desc=("Mr. Delaney (science) is the teacher who testified at Corey's expulsion appeal before Easter "
          "break; the appeal was denied and Corey is now at the Burke under a reinstatement plan. Monday "
          "4/27, 7:40 AM, Mr. Delaney was getting out of his car in the teachers' lot when Corey walked up "
          "with a knife (about 5 inches, fixed blade, black sheath) held low at his side and said \"you "
          "remember me? you talked a lot in that room.\" Mr. Delaney backed into his car and called the "
          "office. SSS arrived in under a minute; Corey threw the knife into the bushes by the fence, "
          "where SSS recovered it. No injury. Corey's mother says the family's pastor at their Baptist "
          "church has been working with him and she doesn't understand it."),
    stu=("402516", "Corey Lamont", "2008-12-05", 12), decision="allow", key="fixed blade",
    mnc=["Baptist", "pastor"], mct=["Easter break", "teachers' lot", "black sheath"],
    cats=["religion"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Boston Arts Academy", sid="BPS-4671", to="bpd/district-d4", ground="weapon",
    weapon="replica handgun", at="2026-03-04 12:25", loc="Boston Arts Academy, black box theater",
    desc=("Prop gun from the theater department (replica handgun, solid, does not fire) was taken by "
          "Chidi and pointed at the girl who told the director he had been skipping rehearsals. He said "
          "\"pow, snitch.\" The prop was returned. Chidi was born in Nigeria and moved here in 8th "
          "grade; he says it was a joke."),
    stu=("586630", "Chidi Okonkwo", "2009-05-13", 11), extra={"country_of_birth": "Nigeria"},
    decision="deny", reason="other",
    mnc=["Nigeria"], cats=["national_origin"], tags=["deny_replica", "retaliation"])

add(school="Excel High School", sid="BPS-4313", to="bpd/district-c6", ground="drugs",
    subs=["fentanyl", "alcohol"], at="2026-02-20 14:00", loc="Excel High School, walk from Broadway station / main office",
    desc=("From the dean, 2/20.\nWe got the first report in January from a junior who said Wei was selling "
          "\"fetty\" on the walk from the Broadway station. We found nothing then. After the junior's name "
          "got out, she received a message: \"if i get searched again ur family gonna hear about it.\" Today "
          "the junior's mother called because her daughter had been followed off the bus. At 1:45 we "
          "searched Wei with a BPD officer present. Backpack: a Poland Spring bottle that was actually "
          "vodka, and in a vitamin bottle, nine small wax-paper folds of tan powder. The officer's field "
          "test was positive for fentanyl. Wei says the powder is \"not his.\" A note in his file from "
          "last year, written by a former teacher, describes him as \"the Chinese boy who translates for "
          "the others\"; we do not agree with that note and it should not go anywhere."),
    stu=("466745", "Wei Zhang", "2009-04-03", 11), decision="allow", key="fentanyl",
    mnc=["Chinese", "translates"], mct=["Broadway station", "Poland Spring bottle", "wax-paper folds"],
    cats=["ethnicity", "language"], tags=["allow_drugs", "witness_intimidation", "repeat_incident", "precision_trap"])

add(school="Lilla G. Frederick Middle School", sid="BPS-4540", to="bpd/district-c11", ground="credible_threat",
    threat=("Mrs. Okoro (mother of a 7th grader) by phone to the principal, 1/21 at 4:10 PM, reading from "
            "her son's phone: Samir texted him \"if u tell ur mom or the teacher again im bringing my "
            "brothers knife and cutting u after school for real. i already showed u it.\" Her son confirms "
            "Samir showed him a folding knife on the walk home on 1/16."),
    at="2026-01-21 16:10", loc="Lilla G. Frederick Middle School / walk home",
    desc=("Principal's summary of the call and follow-up.\nThe 7th grader told his teacher on 1/14 that "
          "Samir had been taking his bus pass. Since then: 1/16 Samir showed him a knife on the walk home "
          "(reported 1/21), 1/20 Samir shoved him into a locker and said \"last chance\", 1/21 the text. "
          "Mrs. Okoro spoke through an Arabic interpreter because, she said, her husband needed to be on "
          "the call too. (The interpreter was for the boy's father; Samir's family has not been reached.) "
          "We checked Samir's backpack on 1/22 at arrival: no knife. He is on an in-school safety plan: "
          "escorted dismissal through the Harvard Street door, separate lunch."),
    stu=("621958", "Samir Hassan", "2012-09-09", 7), decision="allow", key="knife",
    mnc=["Arabic"], mct=["bus pass", "Harvard Street door", "shoved him into a locker"],
    cats=["language"], tags=["allow_threat", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="New Mission High School", sid="BPS-4113", to="bpd/district-e18", ground="harassment",
    at="2026-04-09 19:00", loc="Online",
    desc=("Anonymous TikTok account posting edited videos of the girl who reported Shantel for cheating. "
          "Captions mock her accent and call her \"Jamaican snitch.\" Shantel admitted to the account. "
          "No threats of violence. The girl's mother wants police to take it down."),
    stu=("558027", "Shantel Osborne", "2009-12-30", 11), decision="deny", reason="ground_not_permitted",
    mnc=["Jamaican"], cats=["ethnicity"], tags=["deny_ground", "retaliation"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="weapon",
    weapon="brass knuckles", at="2025-10-15 14:25", loc="Charlestown High School, front steps at dismissal",
    desc=("Notes, SSS Hanlon:\n2:20ish - dismissal. Jerome on the front steps, Ralph Lauren Polo jacket, "
          "right hand in pocket. He's the one that got reported 10/8 for the locker break-ins (reporting "
          "student = R.T., 9th).\n2:24 - R.T. comes out, Jerome steps in front of him, takes hand out - "
          "gold brass knuckles on it - says \"talk now.\" R.T. backs up into the door.\n2:25 - I get "
          "between them. Jerome takes them off when told. No punch thrown.\n2:40 - office. Jerome says "
          "his stepdad's. He also says \"we just moved from Chelsea, we're on Lawrence St, R.T. knows "
          "where.\" Dad called 3:05."),
    stu=("443118", "Jerome Batiste", "2010-07-08", 10), decision="allow", key="brass knuckles",
    mnc=["Chelsea", "Lawrence St"], mct=["Ralph Lauren Polo", "front steps", "talk now"],
    cats=["neighborhood"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Boston Green Academy", sid="BPS-4720", to="bpd/district-d14", ground="serious_violence",
    at="2026-02-02 10:50", loc="Boston Green Academy, 3rd floor hallway during lockdown drill",
    desc=("No-contact agreement between Lucas and Tenzin has been in place since 12/4 (Tenzin reported Lucas "
          "for stealing from the teachers' lounge). During this morning's lockdown drill the hall cleared "
          "and Lucas came out of the bathroom at the same moment as Tenzin. Lucas grabbed him by the back "
          "of the neck and drove him face-first into the lockers, then pulled his arm behind his back "
          "until it popped. Teachers heard Tenzin screaming through the locked doors. At St. Elizabeth's: "
          "dislocated right shoulder, broken nose. Lucas told the AP: \"he broke the agreement by "
          "existing.\" Lucas's SIS record has a race field reading \"Asian\" that was pulled into our "
          "incident template automatically; flagging that it should not be there."),
    stu=("527784", "Lucas Ferreira", "2009-11-29", 11), extra={"race": "Asian"},
    decision="allow", key="dislocated right shoulder",
    mnc=["Asian"], mct=["lockdown drill", "dislocated right shoulder", "broken nose"],
    cats=["ethnicity"], tags=["allow_violence", "no_contact", "precision_trap"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="credible_threat",
    threat=("Sokha said to Ms. Grant, in front of two students, 12/15 at 10:50: \"Tell Danny I got a knife at "
            "home with his name on it. He talked to you, so he's done. I'm bringing it Wednesday.\""),
    at="2025-12-15 10:50", loc="Brighton High School, courtyard by the Japanese maple",
    desc=("Teacher's note (Ms. Grant, English 11).\nDanny told me last Monday that Sokha copied his essay "
          "and then shoved him by the Japanese maple in the courtyard when he refused to share again. I "
          "passed it to the AP, who held a restorative meeting on Thursday. Today Sokha came to my desk "
          "after class and said what is written in the statement. He was not laughing. Danny says Sokha "
          "has shown him a photo of a large kitchen knife before. The AP notes that Sokha's file says "
          "Cambodian and \"interrupted formal education\"; I don't know why that's there. Danny's parents "
          "were told; he will be kept home Wednesday if needed."),
    stu=("485630", "Sokha Chea", "2009-06-06", 11), decision="allow", key="kitchen knife",
    mnc=["Cambodian"], mct=["Japanese maple", "restorative meeting", "copied his essay"],
    cats=["ethnicity"], tags=["allow_threat", "retaliation", "precision_trap"])

add(school="Excel High School", sid="BPS-4313", to="bpd/district-c6", ground="credible_threat",
    at="2025-10-22 15:30", loc="Excel High School, Broadway bus stop",
    desc=("Ms. Kane (AP) here. Leonardo has been going after the freshman who told me about the phone "
          "thefts. The freshman says Leonardo told him at the bus stop \"you won't make it to Halloween.\" "
          "Leonardo's family is Mexican and they just got to the city; I think he's struggling. Asking "
          "that police check in."),
    stu=("559918", "Leonardo Vargas", "2009-09-14", 10), decision="deny", reason="missing_threat_statement",
    mnc=["Mexican"], cats=["ethnicity"], tags=["deny_threat_missing", "witness_intimidation"])

add(school="New Mission High School", sid="BPS-4113", to="bpd/district-e18", ground="drugs",
    subs=["methamphetamine", "counterfeit pills"], at="2026-05-05 08:35",
    loc="New Mission High School, Hyde Park Ave bus stop and main office",
    desc=("Nurse, 8:30 AM: 11th grader with racing heart, dilated pupils, sweating; says she took \"an "
          "Addy\" from Bohdan at the Hyde Park Ave bus stop. EMS called; released to mom.\n"
          "AP, 8:50 AM: This is the second time this year Bohdan's name has come up for pills; in March the "
          "student who reported him got jumped by two of his friends (report filed). Today Bohdan's pencil "
          "case held 17 orange round tablets stamped like Adderall 30 mg, but the nurse says they are not "
          "Adderall. BPD tested one at the scene: positive for methamphetamine.\n"
          "Bohdan has no prescription. His grandmother, on the phone, explained that the family had come "
          "from Ukraine on a humanitarian parole and she was worried about his status."),
    stu=("537762", "Bohdan Kravets", "2009-03-22", 11), decision="allow", key="methamphetamine",
    mnc=["Ukraine", "humanitarian parole"], mct=["Hyde Park Ave bus stop", "pencil case", "17 orange round tablets"],
    cats=["national_origin", "immigration_status"], tags=["allow_drugs", "retaliation", "repeat_incident", "precision_trap"])

add(school="Henderson K-12 Inclusion School", sid="BPS-4055", to="bpd/district-c11", ground="weapon",
    weapon="razor blade", at="2025-11-03 11:15", loc="Henderson K-12 Inclusion School, Room 309",
    desc=("Incident report, 11/3, Room 309 (7th grade ELA).\nDuring independent reading, Kamari unscrewed the "
          "blade from a plastic pencil sharpener and held it against the neck of the girl next to him. He "
          "whispered \"tell Ms. Bowen about my phone again.\" The girl had told Ms. Bowen the week before "
          "that Kamari was filming other students on his phone. She froze, then slid her chair back and "
          "raised her hand. The teacher took the blade (about 1 inch, razor sharp) and the sharpener body. "
          "No cut. Kamari has been staying with his aunt in Uphams Corner since his mom lost the apartment; "
          "the aunt came to pick him up at noon."),
    stu=("612281", "Kamari Jenkins", "2012-04-25", 7), decision="allow", key="blade",
    mnc=["Uphams Corner"], mct=["pencil sharpener", "independent reading", "Room 309"],
    cats=["neighborhood"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Dearborn STEM Academy", sid="BPS-4066", to="bpd/district-b2", ground="drugs",
    subs=["THC edibles"], at="2026-01-16 13:05", loc="Dearborn STEM Academy, 8th grade hallway",
    desc=("Gummies (labeled 10 mg THC, 20 count) found in Jaylin's backpack after a classmate told. Jaylin "
          "has been saying the classmate is \"done\" and the classmate's mom is very worried. Staff believe "
          "Jaylin's older brother is connected to the Cathedral crew, which may explain the threats."),
    stu=("603549", "Jaylin Rivers", "2011-10-10", 8), decision="deny", reason="excluded_substance",
    mnc=["Cathedral"], cats=["gang_affiliation"], tags=["deny_substance", "witness_intimidation"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="credible_threat",
    threat=("Instagram account @bla_truth_2026 (created 3/1) posted on 3/3 at 11:58 PM: \"whoever went to "
            "the office about the party video, we know it was you Kayla. monday we handle it. bring the "
            "fire.\" The account's recovery email, which Gianni showed the AP on his own phone, is his."),
    at="2026-03-03 23:58", loc="Online; Boston Latin Academy",
    desc=("Gianni admitted on 3/4 that he created the account \"as a joke.\" Background: on 2/26 Kayla gave "
          "the AP a video of a party where a student was assaulted; Gianni is in the video. Since then "
          "Kayla's locker was broken into once (2/27) and her AP Latin notebook was taken and returned "
          "with \"rat\" written across every page. \"Fire\" is slang for a gun. Gianni's enrollment form "
          "lists ethnicity as Hispanic/Latino; his counselor says this keeps getting copied into incident "
          "documents and should not be. Kayla is on a safety plan and her family has asked for a police "
          "contact before Monday."),
    stu=("396658", "Gianni Russo", "2009-07-31", 11), extra={"ethnicity": "Hispanic/Latino"},
    decision="allow", key="slang for a gun",
    mnc=["Hispanic", "Latino"], mct=["AP Latin notebook", "video of a party", "written across every page"],
    cats=["ethnicity"], tags=["allow_threat", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="Community Academy of Science and Health", sid="BPS-4391", to="bpd/district-c11",
    ground="serious_violence", at="2025-09-26 15:15", loc="Community Academy of Science and Health, rear lot",
    desc=("Two weeks ago (9/12) Nelson told his advisor that Wilson had pushed a 9th grader off the "
          "loading dock. Wilson got three days. Since Wilson came back, Nelson says he has been "
          "\"counting down\" at him in the hallway: \"ten days... five days...\" Today at 3:10 in the rear "
          "lot, where kids skate after school, Wilson swung his skateboard by the trucks and hit Nelson "
          "across the left side of the face. Nelson fell; his Vans came off; he was dazed but talking. "
          "Carney Hospital: fractured cheekbone (zygoma) and a cut inside the mouth; surgery being "
          "discussed. Wilson walked away and was found at the corner store. His grandmother, who just "
          "arrived from Cabo Verde to look after him, came to the office with a neighbor."),
    stu=("508873", "Wilson Andrade", "2009-01-17", 12), decision="allow", key="fractured cheekbone",
    mnc=["Cabo Verde"], mct=["skateboard", "Vans", "counting down"],
    cats=["national_origin"], tags=["allow_violence", "retaliation", "repeat_incident", "precision_trap"])

add(school="English High School", sid="BPS-4170", to="bpd/district-e13", ground="weapon", weapon="knife",
    at="2025-10-10 15:40", loc="Path along Jamaica Pond, near the boathouse (after-school cross-country practice)",
    desc=("Cross-country coach's report.\nWe run at Jamaica Pond on Fridays. At about 3:40 Nicolas stopped "
          "on the path near the boathouse and pulled a folding knife on Aidan, who had told me on 10/1 "
          "that Nicolas took money out of the team bag. He held it open at waist level and said \"say it "
          "again, say I took it.\" Two runners came around the bend and Nicolas put it away. I took the "
          "knife back at school: green handle, about 3 inches, clip on the side. Aidan was not touched. "
          "Nicolas's mother, when we called, said she could not come in because of her green card "
          "interview that afternoon. Nicolas is off the team pending a hearing; Aidan's parents asked for "
          "this report."),
    stu=("476012", "Nicolas Restrepo", "2010-03-09", 10), decision="allow", key="folding knife",
    mnc=["green card"], mct=["Jamaica Pond", "boathouse", "green handle"],
    cats=["immigration_status"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bpd/district-b2", ground="weapon", weapon="knife",
    at="2026-03-12 12:15", loc="Jeremiah E. Burke High School, cafeteria serving line",
    desc=("This report is about the student who told, not the students who threatened him, and I want to "
          "be clear about that up front.\n\nYandel reported in February that three older boys were taking "
          "phones in the 3rd floor bathroom. Since then: his bike tires slashed (2/20), \"rat\" carved into "
          "his desk (2/27), and on 3/5 he was cornered in the stairwell and slapped (report filed). Today "
          "at lunch, while he was in line for the Mexican street corn, a cafeteria worker saw the handle of "
          "a kitchen knife sticking out of his hoodie pocket. SSS took it without any trouble: 7 inch "
          "chef's knife wrapped in a paper towel. Yandel said \"I'm not getting jumped again.\" He cried "
          "in the office. His mother said the boys call him \"the Dominican snitch\" and she is thinking "
          "of moving him to another school."),
    stu=("539904", "Yandel Guzman", "2010-08-08", 9), decision="allow", key="chef's knife",
    mnc=["Dominican"], mct=["Mexican street corn", "paper towel", "bike tires slashed"],
    cats=["ethnicity"], tags=["allow_weapon", "retaliation", "repeat_incident", "precision_trap"])

add(school="Mission Hill K-8", sid="BPS-4382", to="bpd/district-b2", ground="weapon", weapon="stun gun",
    at="2025-12-04 08:05", loc="Mission Hill K-8, school bus 812 at the Parker St drop-off",
    desc=("Bus 812 driver's write-up, forwarded by the principal.\n\"At the Parker St drop-off this morning "
          "the older boy (Jaylen, 8th grade) held a stun gun up to the girl who sits behind me and made it "
          "spark. He said 'tell the principal about me again.' She screamed. I stopped the bus and took it "
          "from him. It is purple, says 200,000 volts on the side. Nobody got shocked. He has been on her "
          "since she told about the fight at recess.\"\n\nPrincipal's addition: the girl reported Jaylen on "
          "11/20 for the recess fight. Jaylen's family recently moved into Mission Main, so he is now on "
          "bus 812 with her. We have changed his bus and his parents have been called."),
    stu=("618835", "Jaylen Forbes", "2011-07-19", 8), decision="allow", key="stun gun",
    mnc=["Mission Main"], mct=["Parker St drop-off", "200,000 volts", "bus 812"],
    cats=["neighborhood"], tags=["allow_weapon", "retaliation", "precision_trap"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="weapon", weapon="firearm",
    at="2026-04-23 10:30", loc="Brighton High School, student parking lot",
    desc=("Summary for District D-14.\n- 4/16: Senior (Colin) is named by a junior as the driver in a phone "
          "robbery on Commonwealth Ave. The junior gave his name to police that day.\n- 4/20: the junior "
          "gets a text: \"u know what u did. i got something for u in the whip.\"\n- 4/23, 10:15: the junior "
          "tells the AP Colin showed him something black in the glove box of his Honda in the student lot "
          "and said \"see.\" AP and SSS go to the car with Colin. He opens it. Glove box: a loaded 9mm "
          "pistol, one round chambered. Officers arrive 10:30 and secure it.\n- Colin was wearing a grey "
          "crew neck with the team logo; he says the gun is his cousin's. His home address in SIS is in "
          "Roslindale; his mother came from work."),
    stu=("353874", "Colin Fahey", "2007-11-23", 12), decision="allow", key="9mm pistol",
    mnc=["Roslindale"], mct=["glove box", "crew neck", "one round chambered"],
    cats=["neighborhood"], tags=["allow_weapon", "witness_intimidation", "precision_trap"])

add(school="Excel High School", sid="BPS-4313", to="bpd/district-c6", ground="weapon", weapon="knife",
    at="2025-11-07 14:45", loc="Excel High School, L St side, outside the gym doors",
    desc=("Dean Morales. 11/7.\nMichelle's little brother (6th grade, at another school) was the one who "
          "told his teacher that Rafael's friends were selling in the park. Since then Rafael has been "
          "telling Michelle in the hallway that her brother \"better stay inside.\" Today after 7th period, "
          "outside the gym doors on the L St side, Rafael took out a butterfly knife and flipped it open "
          "in front of her and said \"tell your brother this is what inside looks like.\" Michelle came "
          "straight to me. Rafael was stopped at the corner by SSS; the butterfly knife (balisong, about 4 "
          "inch blade, pink and black) was in his waistband. His parents only speak Spanish and asked "
          "for the meeting on Monday with an interpreter."),
    stu=("517342", "Rafael Inoa", "2009-05-24", 11), decision="allow", key="butterfly knife",
    mnc=["Spanish"], mct=["butterfly knife", "gym doors", "pink and black"],
    cats=["language"], tags=["allow_weapon", "witness_intimidation"])

add(school="Snowden International School", sid="BPS-4690", to="bpd/district-d4", ground="credible_threat",
    threat=("Christopher to 9th grader Layla's younger sister (6th grade) at the Copley bus stop, 1/27 at 3:30, "
            "as reported by both girls: \"Tell your sister if she goes to the dean again I'll stab her and "
            "then you. I know what time y'all come out.\" Christopher repeated \"I'll stab her\" to Layla "
            "directly the next morning on the stairs."),
    at="2026-01-28 08:05", loc="Snowden International School, main stairs; Copley bus stop",
    desc=("Layla reported Christopher to the dean on 1/20 for stealing from her locker. He was suspended for "
          "two days. On 1/27 he approached Layla's younger sister, who waits for Layla at the Copley bus "
          "stop, and made the first threat. On 1/28 at 8:05 on the main stairs he said it again to Layla. "
          "A teacher on the stairs heard \"I'll stab\" and saw Layla crying. When the dean searched his bag "
          "she found a small kitchen paring knife in the side pocket, which he says is for his lunch. "
          "Christopher's referral notes, written by a teacher who has since left, say he \"hangs with the "
          "Haitian kids from the Blue Hill Ave side\"; that is not something we can stand behind."),
    stu=("460013", "Christopher Vil", "2010-02-05", 10), decision="allow", key="paring knife",
    mnc=["Haitian", "Blue Hill Ave"], mct=["Copley bus stop", "main stairs", "paring knife"],
    cats=["ethnicity", "neighborhood"], tags=["allow_threat", "witness_intimidation", "precision_trap"])

add(school="Boston Green Academy", sid="BPS-4720", to="bpd/district-d14", ground="credible_threat",
    threat=("WhatsApp voice note from Thiago to Pedro, 10/20 at 9:02 PM, translated by the school's "
            "interpreter: \"You'll pay for going to the principal. Wednesday at lunch I'll put the knife in "
            "you. Ask anyone if I'm joking.\""),
    at="2025-10-20 21:02", loc="Online; Boston Green Academy",
    desc=("Pedro's mother brought the phone in on 10/21. The voice note is in Portuguese; the district "
          "interpreter's English version is the threat statement. Pedro told the principal on 10/14 that "
          "Thiago had pushed a 7th grader down the outside steps. Thiago was suspended 10/15-10/17. On 10/18 "
          "Thiago's older friend posted a photo of a hunting knife with Pedro's initials. On 10/21 we searched "
          "Thiago's locker and found a hunting knife in a leather sheath under his gym clothes; he says it "
          "was a gift. Pedro is staying home through Wednesday and we are arranging a safety plan."),
    stu=("544467", "Thiago Nunes", "2010-12-12", 9), decision="allow", key="hunting knife",
    mnc=["Portuguese"], mct=["leather sheath", "outside steps", "Pedro's initials"],
    cats=["language"], tags=["allow_threat", "retaliation", "safety_plan"])

add(school="John D. O'Bryant School of Mathematics and Science", sid="BPS-4245", to="bpd/district-b2",
    ground="credible_threat",
    threat=("Handwritten in Terrence's journal, collected by his English teacher on 3/16 and read on 3/17: "
            "\"The ones who told Mr. Abbott are gonna find out Friday. I know where to get a gun. I'll do it "
            "in the library where they sit. This time it won't be talk.\" Terrence confirmed to the "
            "counselor that he wrote it and that he meant the two girls."),
    at="2026-03-17 09:20", loc="O'Bryant School, library / counseling office",
    desc=("On 3/2 two 10th grade girls told Mr. Abbott that Terrence had been passing around a sexual "
          "image of a classmate; Terrence was suspended 3/3-3/6. The journal entry is the first written "
          "threat. Counselor's interview 3/17: Terrence was flat, said he \"has a way\" to get a gun from "
          "\"a guy in Grove Hall\", and named the library tables where the girls sit during 4th. We are "
          "treating it as credible. Terrence's mother told us she is a Jamaican citizen and was afraid "
          "that any police report would affect her papers."),
    stu=("446690", "Terrence Blake", "2009-09-29", 10), decision="allow", key="gun",
    mnc=["Jamaican", "her papers"], mct=["library tables", "sexual image", "during 4th"],
    cats=["national_origin", "immigration_status"], tags=["allow_threat", "retaliation"])

add(school="East Boston High School", sid="BPS-4602", to="bpd/district-a7", ground="credible_threat",
    threat=("Jefferson to the 11th grader who testified against his cousin, 5/14 at 11:40, in the 2nd floor "
            "hallway: \"Saturday, Border St by the pier. Come alone or don't, I'll have the gun either "
            "way.\" He said the same thing in a text sent 11:52."),
    at="2026-05-14 11:40", loc="East Boston High School, 2nd floor hallway",
    desc=("The 11th grader testified 5/8 in juvenile court about a robbery at the Maverick station where "
          "Jefferson's cousin was charged. Prior to that he was pushed into a locker (4/30) and had his bike "
          "stolen from the White St rack (5/5), both reported. Today's threat names a place, Border St by "
          "the pier, and a day. His counselor says Jefferson was shaking and angry and "
          "would not say where the gun would come from. Jefferson's family "
          "has an asylum case pending and his mother begged us to keep the report short. The 11th grader "
          "has a safety plan and will not be in school Friday."),
    stu=("563219", "Jefferson Mota", "2009-02-17", 11), decision="allow", key="gun",
    mnc=["asylum"], mct=["Border St by the pier", "Maverick station", "White St rack"],
    cats=["immigration_status"], tags=["allow_threat", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="TechBoston Academy", sid="BPS-4570", to="bpd/district-c11", ground="credible_threat",
    threat=("Amin, on a Snapchat story at 6:30 PM on 11/24, with the witness tagged: \"on my mother i'm "
            "sliding on u at the crescent stop tmrw. u broke the agreement not me.\" Screenshots in the "
            "file. Amin told the AP on 11/25 \"I meant it.\""),
    at="2025-11-24 18:30", loc="Crescent Ave bus stop / online",
    desc=("SAFETY PLAN REVIEW, 11/25\nStudents: Amin (subject), witness (10th).\nPlan start: 10/28, after the "
          "witness reported Amin for taking money from 9th graders.\nPlan terms: no contact; Amin dismissed "
          "at 2:05, witness at 2:15; witness uses the Crescent Ave bus stop, Amin uses Fields Corner.\n"
          "Breaches: 11/10 Amin at the Crescent Ave stop at 2:20 (verbal warning); 11/21 Amin's friends at "
          "the stop; 11/24 Snapchat story (see threat statement).\n\"Sliding on\" = going to attack. AP "
          "asked about a weapon: Amin said \"I don't need to bring it to school.\"\nNote from home visit: "
          "family is Muslim and fasting was mentioned as the reason Amin was irritable; not relevant to "
          "the plan.\nOutcome: police notice requested; witness family offered transportation."),
    stu=("524461", "Amin Mohamed", "2010-06-15", 10), decision="allow", key="Crescent Ave",
    mnc=["Muslim", "fasting"], mct=["Crescent Ave bus stop", "Fields Corner", "dismissed at 2:05"],
    cats=["religion"], tags=["allow_threat", "safety_plan", "no_contact", "precision_trap"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="serious_violence", at="2026-02-25 11:00", loc="Madison Park, automotive shop bay 3",
    desc=("Automotive instructor, 2/25.\nAt about 11:00 in bay 3, Kofi came up behind Liban and stabbed him in "
          "the back of the right thigh with a flathead screwdriver from the tool wall. Liban had reported "
          "Kofi to me two weeks earlier for stealing a torque wrench, and Kofi has said \"watch\" to him "
          "several times since. I applied pressure with shop towels; the nurse took over; EMS took Liban to "
          "BMC. The wound was about 2 inches deep and he needed surgery to close it. Kofi told me \"he "
          "should've minded his business.\" Liban's father told the nurse the other boys make fun of Liban "
          "for being Somali and that this started long before the torque wrench. Screwdriver bagged and "
          "given to officers."),
    stu=("499782", "Kofi Mensah", "2009-04-09", 11), decision="allow", key="screwdriver",
    mnc=["Somali"], mct=["bay 3", "torque wrench", "right thigh"],
    cats=["ethnicity"], tags=["allow_violence", "retaliation"])

add(school="Boston Arts Academy", sid="BPS-4671", to="bpd/district-d4", ground="serious_violence",
    at="2026-04-08 13:20", loc="Boston Arts Academy, visual arts studio 4",
    desc=("Visual arts teacher's account.\nNoah and Elijah had a signed no-contact agreement since March, after "
          "Noah reported Elijah for destroying another student's sculpture. Today in studio 4 I stepped out "
          "for two minutes. When I came back Elijah was holding a plugged-in high-temp glue gun and Noah was "
          "screaming and holding his neck. Students say Elijah walked over, said \"remember the sculpture?\" "
          "and pressed the glue gun tip and hot glue into the side of Noah's neck. Children's: second-degree "
          "burn, about 3 by 4 cm, will need follow-up with burn clinic. Noah had an everything bagel in his "
          "hand the whole time and didn't let go of it. Elijah's parents asked to reschedule the meeting "
          "because of a Jewish holiday; we agreed."),
    stu=("513396", "Elijah Brandt", "2009-10-18", 11), decision="allow", key="glue gun",
    mnc=["Jewish"], mct=["everything bagel", "second-degree burn", "studio 4"],
    cats=["religion"], tags=["allow_violence", "no_contact", "precision_trap"])

add(school="Madison Park Technical Vocational High School", sid="BPS-4490", to="bpd/district-b2",
    ground="serious_violence", at="2025-12-19 15:10", loc="Ruggles station busway",
    desc=("Report compiled from SSS, two teachers and MBTA camera stills shared by Transit.\n3:05 PM, "
          "Ruggles busway. Jordan, with four older boys, surrounded the 10th grader who told Mr. Fitch (12/12) "
          "that Jordan had brought a BB gun to school. They pulled him to the ground and kicked and stomped on "
          "him for about 30 seconds until a bus driver got out and yelled. The 10th grader has a broken left "
          "tibia and facial bruising; surgery at BMC this evening. Jordan is clearly visible in the stills "
          "in a white Moncler puffer. After the 12/12 report Jordan had told two students \"he's getting it "
          "before break.\" Jordan's aunt says he has been staying with her at the Whittier Street "
          "apartments since October."),
    stu=("454150", "Jordan Fields", "2009-06-27", 11), decision="allow", key="tibia",
    mnc=["Whittier Street"], mct=["Ruggles busway", "Moncler puffer", "broken left tibia"],
    cats=["neighborhood"], tags=["allow_violence", "retaliation", "precision_trap"])

add(school="Boston Community Leadership Academy", sid="BPS-4633", to="bpd/district-e18", ground="drugs",
    subs=["psilocybin"], at="2026-05-21 10:45", loc="Boston Community Leadership Academy, skate club room",
    desc=("AP's write-up. A member of the skate crew (the after-school skate club) told the club advisor "
          "that Owen was selling \"shroom chocolate\" to younger kids. Owen found out within a day and told "
          "the kid in front of the club \"you're off the crew and you better watch the ride home.\" Today "
          "we found in Owen's backpack six wrapped chocolate bars labeled \"Polkadot\" with mushroom "
          "pictures, and a bag of dried mushrooms. The officer says they appear to be psilocybin, not THC. "
          "A teacher's note in Owen's file says he \"might be running with the Lucerne St boys\"; there is "
          "nothing behind that. The skate crew advisor has talked to the whole club about retaliation."),
    stu=("490328", "Owen McCarthy", "2009-03-31", 11), decision="allow", key="dried mushrooms",
    mnc=["Lucerne"], mct=["skate crew", "Polkadot", "dried mushrooms"],
    cats=["gang_affiliation"], tags=["allow_drugs", "witness_intimidation", "precision_trap"])

add(school="Brighton High School", sid="BPS-4241", to="bpd/district-d14", ground="drugs",
    subs=["cocaine", "THC cartridges"], at="2025-10-29 13:30", loc="Brighton High School, 2nd floor bathroom",
    desc=("In September a sophomore told us Andres was selling carts. Nothing was found then, and that "
          "sophomore has since had his backpack thrown out a window (10/3) and been called a rat in a "
          "TikTok (10/14). Today a hall monitor walked in on Andres in the 2nd floor bathroom passing a "
          "small bag to another student. Andres had: three THC vape cartridges, and a sandwich bag with "
          "seven smaller baggies of white powder. BPD field test on the powder: cocaine. Andres's mother "
          "told us, crying, that the family is from Venezuela and has temporary protected status and that "
          "she is terrified of what a police report will do."),
    stu=("530987", "Andres Salazar", "2009-08-26", 10), decision="allow", key="cocaine",
    mnc=["Venezuela", "temporary protected status"], mct=["backpack thrown out a window", "seven smaller baggies"],
    cats=["national_origin", "immigration_status"], tags=["allow_drugs", "retaliation", "repeat_incident"])

add(school="Dorchester Academy", sid="BPS-4266", to="bpd/district-c11", ground="drugs",
    subs=["heroin", "Juul pods"], at="2026-01-12 09:10", loc="Dorchester Academy, main office",
    desc=("Call log and notes, Dorchester Academy main office, 1/12/2026\n08:40 - parent of a 10th grader "
          "calls: her son was told by Tyrell on the bus \"say something again and we'll see\" (son had told "
          "a teacher in December that Tyrell sold him pills).\n08:55 - Tyrell arrives, wearing a Harvard "
          "hoodie, is asked to come to the office.\n09:05 - search with SSS and officer: Juul pods (3), and "
          "in the hoodie's front pocket 10 small glassine bags stamped \"GUCCI\" with brown powder.\n09:10 - "
          "officer field test: heroin (possible fentanyl mix, lab to confirm).\n09:30 - Tyrell's "
          "guardian reached; SIS lists home as 9 Ruthven St, 2nd floor.\n10:00 - the 10th grader's mother "
          "informed; safety plan meeting set for tomorrow."),
    stu=("501641", "Tyrell Banks", "2009-11-06", 10), decision="allow", key="heroin",
    mnc=["Ruthven"], mct=["Harvard hoodie", "GUCCI", "glassine bags"],
    cats=["neighborhood"], tags=["allow_drugs", "witness_intimidation", "safety_plan", "precision_trap"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="vandalism",
    at="2026-03-20 16:00", loc="Boston Latin Academy, staff parking lot",
    desc=("Ms. Hale's car was keyed end to end in the staff lot (\"SNITCH\" scratched into the driver's door). "
          "She reported Eli last week for plagiarism. Camera shows Eli near the car at 3:55. Eli's father "
          "says Eli has been meditating at the Buddhist center and doesn't act out. Requesting a police "
          "report for the insurance and the pattern."),
    stu=("345519", "Eli Novak", "2009-01-13", 12), decision="deny", reason="ground_not_permitted",
    mnc=["Buddhist"], cats=["religion"], tags=["deny_ground", "retaliation"])

add(school="Community Academy of Science and Health", sid="BPS-4391", to="bpd/district-c11", ground="theft",
    at="2025-12-05 11:30", loc="Community Academy of Science and Health, library",
    desc=("Jair took the phone of the girl who filmed him starting a fight in November, apparently to "
          "delete the video before the hearing. Phone found in his locker two days later. The girl's "
          "family wants it reported as theft and intimidation of a witness. Jair says the Cape Verdean "
          "boys \"always get blamed.\""),
    stu=("569325", "Jair Monteiro", "2010-03-18", 10), decision="deny", reason="ground_not_permitted",
    mnc=["Cape Verdean"], cats=["ethnicity"], tags=["deny_ground", "witness_intimidation"])

add(school="New Mission High School", sid="BPS-4113", to="bpd/district-e18", ground="safety_concern",
    at="2026-02-18 17:30", loc="Near the home of a New Mission student",
    desc=("Not a school-day incident. A student's mother says that since her daughter told the principal "
          "about Hamza's vaping in January, Hamza has been walking past their house several times a week "
          "and standing across the street. No words, no threats. Hamza's family is from Somalia and arrived "
          "last year. We would like police to be aware of the suspicious behavior."),
    stu=("587214", "Hamza Ali", "2009-12-02", 10), decision="deny", reason="ground_not_permitted",
    mnc=["Somalia"], cats=["national_origin"], tags=["deny_ground", "retaliation"])

add(school="Dorchester Academy", sid="BPS-4266", to="bpd/district-c11", ground="drugs",
    subs=["THC cartridges", "beer"], at="2026-05-29 14:10", loc="Dorchester Academy, senior picnic",
    desc=("At the senior picnic Brendan had a cooler with Sam Adams cans and two THC carts. The junior who "
          "told the chaperone about it says Brendan has been telling people she \"ruined senior picnic\" and "
          "she'll \"find out on Savin Hill Ave\", which is where he lives. She was also the one who reported "
          "him in April for vaping."),
    stu=("377806", "Brendan Kearney", "2007-10-30", 12), decision="deny", reason="excluded_substance",
    mnc=["Savin Hill"], cats=["neighborhood"], tags=["deny_substance", "witness_intimidation", "repeat_incident"])

add(school="Jeremiah E. Burke High School", sid="BPS-4107", to="bha-police", ground="weapon", weapon="knife",
    at="2025-11-14 16:20", loc="Courtyard of a housing development",
    desc=("Sending to Housing Authority police because the incident happened in the courtyard at Franklin "
          "Hill, where both students live. Keshawn pulled a knife on the 9th grader who reported him for "
          "the bathroom fight and said \"you live here too, remember.\""),
    stu=("431770", "Keshawn Ward", "2010-04-21", 9), decision="deny", reason="recipient_not_permitted",
    mnc=["Franklin Hill"], cats=["neighborhood"], tags=["deny_recipient", "retaliation"])

add(school="Excel High School", sid="BPS-4313", to="allied-universal-security", ground="weapon",
    weapon="pepper spray", at="2026-01-24 14:00", loc="South Bay Center food court",
    desc=("The mall's security company asked for our report. Saturday at the South Bay food court Daniela "
          "pepper-sprayed the girl who reported her for cheating. Both Excel students. Security wants the "
          "school's records on Daniela, including that her family is Haitian and her home address."),
    stu=("545588", "Daniela Joseph", "2010-01-31", 10), decision="deny", reason="recipient_not_permitted",
    mnc=["Haitian"], cats=["ethnicity"], tags=["deny_recipient", "retaliation"])

add(school="Lilla G. Frederick Middle School", sid="BPS-4540", to="bpd/district-c11", ground="credible_threat",
    at="2026-04-28 09:30", loc="Lilla G. Frederick Middle School",
    att=[{"kind": "photo", "name": "threat_screenshot_0427.png"}],
    desc=("See attached screenshot for the threat. Yousef (8th grade) and the classmate who reported him for "
          "stealing a Chromebook have been in three conflicts since March. His mother only reads Arabic, so "
          "the notice went home translated."),
    stu=("610052", "Yousef Nasser", "2011-05-02", 8), decision="deny", reason="missing_threat_statement",
    mnc=["Arabic"], cats=["language"], tags=["deny_threat_missing", "repeat_incident"])

add(school="Boston Community Leadership Academy", sid="BPS-4633", to="bpd/district-e18",
    ground="credible_threat", at="2026-03-03 13:00", loc="Boston Community Leadership Academy",
    desc=("Dean's referral. Tariq has made threats toward the student who reported him for the hallway "
          "fight on 2/24. We have not written them down word for word. The student is scared. A staff "
          "member believes Tariq is connected to the Washington Park group and that they may get involved."),
    stu=("488931", "Tariq Lewis", "2009-06-11", 11), decision="deny", reason="missing_threat_statement",
    mnc=["Washington Park"], cats=["gang_affiliation"], tags=["deny_threat_missing", "witness_intimidation"])

add(school="Charlestown High School", sid="BPS-4280", to="bpd/district-a1", ground="weapon",
    weapon="airsoft rifle", at="2025-10-01 15:15", loc="Charlestown High School, rear field",
    desc=("An airsoft rifle (black, full size, orange tip removed) was found in Dawit's duffel bag after he "
          "aimed it at the boy who reported him for the locker thefts and said \"next time it won't be "
          "plastic.\" Dawit came from Ethiopia two years ago. This is his second incident with the same "
          "boy."),
    stu=("536604", "Dawit Tesfaye", "2009-07-21", 11), extra={"country_of_birth": "Ethiopia"},
    decision="deny", reason="other",
    mnc=["Ethiopia"], cats=["national_origin"], tags=["deny_replica", "retaliation", "repeat_incident"])

add(school="Boston Latin Academy", sid="BPS-4432", to="bpd/district-c11", ground="credible_threat",
    threat=("Marlon to the 11th grader who reported him, 2/9 at 3:10 outside the Townsend St doors: \"You "
            "have until Friday to take it back or I'm putting a bullet in you.\""),
    at="2026-02-09 15:10", loc="Boston Latin Academy, Townsend St doors",
    att=[{"kind": "photo", "name": "yearbook_photos_for_face_matching.zip"}],
    desc=("The district detective asked us for the yearbook photos of Marlon and his friends so he can run "
          "them through Clearview against the doorway camera footage and identify who else was with him. "
          "Photos attached as requested. Marlon himself was identified by the 11th grader and a teacher."),
    stu=("449903", "Marlon Gayle", "2009-09-03", 11), decision="deny", reason="face_surveillance",
    mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face", "witness_intimidation"])


# --------------------------------------------------------------------------------------------


def build(n, c):
    cid = f"OCG-{n:04d}"
    req = {"request_id": cid, "school_id": c["sid"], "recipient": c["to"], "ground": c["ground"]}
    if "subs" in c:
        req["substances"] = list(c["subs"])
    if "weapon" in c:
        req["weapon"] = c["weapon"]
    if "threat" in c:
        req["threat_statement"] = c["threat"]
    req["incident"] = {"occurred_at": when(c["at"]), "location": c["loc"], "description": c["desc"]}
    sid, name, dob, grade = c["stu"]
    student = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": c["school"]}
    student.update(c.get("extra", {}))
    req["student"] = student
    if "att" in c:
        req["attachments"] = list(c["att"])
    allow = c["decision"] == "allow"
    expect = {"decision": c["decision"]}
    if not allow:
        expect["reason"] = c["reason"]
    expect["must_not_contain"] = list(c.get("mnc", []))
    expect["must_contain"] = [name, c["school"], c["key"]] if allow else []
    expect["must_contain_text"] = list(c.get("mct", [])) if allow else []
    expect["categories"] = list(c.get("cats", []))
    expect["tags"] = ["outsider_cg"] + list(c["tags"])
    return {"id": cid, "request": req, "expect": expect}


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for n, c in enumerate(CASES, 1):
            f.write(json.dumps(build(n, c), ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
