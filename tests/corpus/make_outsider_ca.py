#!/usr/bin/env python3
"""Outsider corpus OCA: bullying and harassment investigations.

Written from RULES.md and CONTRACT.md only (never from the service's code or tests).
Reports on the district's bullying / civil-rights forms: a basis section with boxes,
target and witness statements, findings, a safety plan. The incident that reaches police
sits inside text that names the protected category of the target or the aggressor.
Standard library only. Writes ../data/corpus/outsider_ca.jsonl relative to this file.
"""
import json
import pathlib
import unicodedata
from datetime import date

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_ca.jsonl"
FAMILY = "bullying_harassment"

SCHOOLS = {
    "English High School": "BPS-4110",
    "Boston Latin Academy": "BPS-4011",
    "Boston Latin School": "BPS-4010",
    "Madison Park Technical Vocational High School": "BPS-4520",
    "East Boston High School": "BPS-4230",
    "Jeremiah E. Burke High School": "BPS-4360",
    "Excel High School": "BPS-4410",
    "Brighton High School": "BPS-4240",
    "TechBoston Academy": "BPS-4580",
    "Mission Hill K-8": "BPS-4750",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4040",
    "Charlestown High School": "BPS-4250",
    "Snowden International School": "BPS-4650",
    "Boston Community Leadership Academy": "BPS-4176",
    "Dearborn STEM Academy": "BPS-4645",
    "Boston International Newcomers Academy": "BPS-4690",
    "Boston Arts Academy": "BPS-4670",
    "McCormack Middle School": "BPS-4305",
    "Irving Middle School": "BPS-4312",
    "Fenway High School": "BPS-4610",
    "New Mission High School": "BPS-4620",
    "Community Academy of Science and Health": "BPS-4630",
    "Margarita Muñiz Academy": "BPS-4710",
    "Rafael Hernández K-8": "BPS-4720",
    "Henderson K-12 Inclusion School": "BPS-4730",
    "Joseph Lee K-8": "BPS-4740",
    "Kennedy Academy for Health Careers": "BPS-4660",
    "Lyon Upper School": "BPS-4680",
    "Edison K-8": "BPS-4760",
    "Mildred Avenue K-8": "BPS-4448",
}

CASES = []


def _offset(day):
    """Eastern time offset: DST 2025-03-09..2025-11-02, 2026-03-08..2026-11-01."""
    spans = {2025: (date(2025, 3, 9), date(2025, 11, 2)), 2026: (date(2026, 3, 8), date(2026, 11, 1))}
    start, end = spans[day.year]
    return "-04:00" if start <= day < end else "-05:00"


def when(stamp):
    d = date.fromisoformat(stamp[:10])
    return f"{stamp}:00{_offset(d)}"


def case(n, *, school, recipient, ground, at, location, desc, student, decision,
         key=None, nc=(), mct=(), cats=(), tags=(), reason=None, weapon=None,
         substances=None, threat=None, attachments=None):
    cid = f"OCA-{n:04d}"
    sid, name, dob, grade, extra = student
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": when(at), "location": location, "description": desc.strip()}
    stu = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    stu.update(extra or {})
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    all_tags = [FAMILY] + list(tags)
    if "[x]" in desc.lower() and "checkbox_form" not in all_tags:
        all_tags.append("checkbox_form")
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        mc, mt = [], []
    else:
        mc, mt = [name, school, key], list(mct)
    exp.update({"must_not_contain": list(nc), "must_contain": mc, "must_contain_text": mt,
                "categories": list(cats), "tags": all_tags})
    CASES.append({"id": cid, "request": req, "expect": exp})


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def self_check():
    seen = set()
    for c in CASES:
        cid, req, e = c["id"], c["request"], c["expect"]
        assert cid not in seen, cid
        seen.add(cid)
        desc = fold(req["incident"]["description"])
        whole = fold(json.dumps(req, ensure_ascii=False))
        for s in e["must_not_contain"]:
            assert fold(s) in whole, (cid, s)
            for t in e["must_contain"] + e["must_contain_text"]:
                assert fold(s) not in fold(t), (cid, "forbidden inside kept", s, t)
        if e["decision"] == "allow":
            assert 1 <= len(e["must_contain_text"]) <= 3, cid
            assert fold(e["must_contain"][2]) in desc, (cid, "key fact not in description")
            for t in e["must_contain_text"]:
                assert fold(t) in desc, (cid, t)
        else:
            assert e["reason"], cid
    assert len(CASES) == 100, len(CASES)


# ---------------------------------------------------------------------------------------------
# 1-20
# ---------------------------------------------------------------------------------------------

case(1, school="English High School", recipient="bpd/district-e13", ground="weapon", weapon="knife",
     at="2026-02-11T12:40", location="English High School, cafeteria",
     desc="""
BPS BULLYING / HARASSMENT REPORTING FORM (Part B - Investigation)
Basis (check all that apply): [ ] Race [x] National origin [ ] Religion [ ] Disability [ ] Sex/gender
Target: D.M., gr 10. Aggressor: Malik Osei (subject of this report).
Summary: For about three weeks Malik and two friends called D.M. names about being Haitian and mocked the way he talks in the lunch line. On 2/11 at approx 12:40 in the cafeteria Malik pulled a folding knife with a black handle out of his waistband and held it about a foot from D.M.'s stomach and said "keep talking and see." Lunch monitor Ms. Ruiz radioed SSS. The knife (approx 3.5 inch blade, locks open) was recovered from the front pocket of Malik's backpack.
Witness statements: two students saw the knife; one says Malik told him he carries it "for the bus."
Findings: bullying substantiated; possession of a knife on school grounds substantiated.
Safety plan: separate lunch periods; D.M. escorted to the bus by SSS for two weeks.
""",
     student=("318806", "Malik Osei", "2010-01-19", 10, {}),
     decision="allow", key="folding knife",
     nc=["Haitian"], mct=["folding knife", "keep talking and see", "black handle"],
     cats=["ethnicity"], tags=["allow_weapon", "precision_trap"])

case(2, school="Boston Latin Academy", recipient="bpd/district-b2", ground="credible_threat",
     at="2026-03-12T19:05", location="Off campus (Instagram direct message); target rides the school bus",
     threat="On 3/12/2026 Colin Reardon sent the target an Instagram direct message: \"I know which bus you take. Monday I'm bringing my dad's gun and you won't make it home.\" A second message gave the time her bus leaves. When interviewed, Colin told the assistant headmaster he knows where the key to his father's gun safe is kept.",
     desc="""
Investigator's notes - civil rights intake, BLA. Reporting party: target's mother. The target (A.H., gr 8) is Muslim and wears a hijab; she reports that since January Colin has been pulling at her scarf in the Religion and Society elective and in the stairwell by the gym, and that other boys laugh. On Thursday 3/12 at about 7 PM Colin sent her an Instagram DM: "I know which bus you take. Monday I'm bringing my dad's gun and you won't make it home." A second DM gave the time her bus leaves. Mother brought screenshots in Friday morning; the tech coordinator confirmed the account is Colin's. Interviewed with his father present, Colin said it was "a joke" but also said he knows where the key to the gun safe is kept. The target's family was interviewed by phone through an Arabic interpreter. Target will stay home Monday; mother asked that police be told before then.
""",
     student=("402217", "Colin Reardon", "2012-06-03", 8, {}),
     decision="allow", key="gun safe",
     nc=["Muslim", "hijab", "Arabic", "interpreter"],
     mct=["Religion and Society elective", "gun safe", "I know which bus you take"],
     cats=["religion", "language"], tags=["allow_threat", "precision_trap"])

case(3, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence", at="2026-02-24T09:50",
     location="Madison Park, automotive shop room B-114",
     desc="""
Incident occurred in the automotive shop (room B-114) at about 9:50 AM. This is the third incident in a bullying investigation opened 1/20 after the target, a tenth grader on an IEP, reported that Devonte and others were taking his lunch and filming him on the stairs. Today, per the shop instructor Mr. Kearney and four students, Devonte shoved the target from behind into the lift post and then struck him repeatedly in the face with a closed fist and once with a torque wrench while he was on the floor. The target lost consciousness for a short time. EMS transported him to Boston Medical Center; his father called at 2 PM to say he has a fractured orbital bone and a concussion and will need surgery. Devonte left the building and was located by SSS at the Ruggles busway at 10:30. Bullying findings were substantiated on 2/2; the safety plan had separated their lunches but not shop. Devonte's mother was reached at 11.
""",
     student=("377120", "Devonte Almeida", "2009-11-30", 10,
              {"ethnicity": "Cape Verdean", "home_language": "Cape Verdean Creole", "iep": False,
               "homeroom": "B-210"}),
     decision="allow", key="torque wrench",
     nc=["Cape Verdean"], mct=["torque wrench", "fractured orbital bone", "lift post"],
     cats=["ethnicity", "language"], tags=["allow_violence", "structured_forbidden"])

case(4, school="Charlestown High School", recipient="bpd/district-a15", ground="bullying",
     at="2025-10-07T14:10", location="Charlestown High School, 3rd floor boys' bathroom",
     desc="""
Harassment / Civil Rights Form, Section 1. Basis: [x] Race [ ] National origin [ ] Religion [ ] Disability [ ] Sex
The target identifies as Black; the three students named are white. Over September the group left notes in the target's locker with racial slurs and drew on his gym bag. On 10/7 after 7th period two of them followed him into the 3rd floor bathroom and one knocked his phone into the sink. No injuries; no weapon seen or reported. Target says he lives in the Bunker Hill development and walks home past one of the boys' houses, and his mother is scared. Findings: substantiated for bullying and racial harassment, 3-day suspensions. Headmaster asked that this be sent to the district so officers are "aware of the situation" if anything happens on the walk home.
""",
     student=("355901", "Bryce Halloran", "2009-04-14", 11, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["identifies as Black", "are white", "Bunker Hill"],
     cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

case(5, school="East Boston High School", recipient="bpd/district-a7", ground="weapon", weapon="box cutter",
     at="2025-11-18T13:25", location="East Boston High School, gym lobby",
     desc="""
AP write-up, 11/18. Kevin has been the subject of a bullying complaint since October (target is a 9th grade boy, J.R.). Today around 1:25 Kevin and J.R. had words in the East Boston High School gym lobby after PE. Kevin took a yellow box cutter out of his hoodie pocket, pushed the blade out and slashed toward J.R., cutting through his sleeve; J.R. has a shallow scratch on his left wrist that the nurse cleaned and bandaged. Coach Dimino took the box cutter from Kevin without a struggle. Kevin says J.R. "started it" and that he uses the box cutter at his job at a grocery store. J.R.'s mother came in; she told me the family has a pending asylum case and she is frightened about police, and that they live in East Boston near Maverick Square and J.R. walks home alone. We will adjust J.R.'s dismissal. Kevin is suspended pending a hearing.
""",
     student=("391554", "Kevin Ardila", "2010-02-07", 9, {}),
     decision="allow", key="box cutter",
     nc=["asylum", "live in East Boston", "Maverick Square"],
     mct=["box cutter", "East Boston High School gym lobby", "left wrist"],
     cats=["immigration_status", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(6, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="drugs",
     substances=["fentanyl", "counterfeit oxycodone"],
     at="2026-01-29T10:05", location="Jeremiah E. Burke High School, room 214",
     desc="""
Summary prepared by the bullying investigator (Ms. Pham, assistant principal). During interviews on a bullying complaint, the target (gr 9) told us that Andre had been making him hold "stuff" in his backpack for two weeks and threatened to jump him if he refused. On 1/29 at about 10:05 the target came to my office from his English teacher's room and handed over a sandwich bag with 14 blue pills stamped M30. He said Andre gave it to him that morning at the lockers and told him to bring it back after lunch. Andre was brought to the office; a search of his jacket found a second bag with 6 more of the same pills and $240 in cash. The pills were secured in the main office safe for BPD. The target's family speaks Vietnamese at home and his father asked for the call to be in Vietnamese, which we arranged. Findings: coercion/bullying substantiated.
""",
     student=("366412", "Andre Whitfield", "2009-08-21", 10, {}),
     decision="allow", key="M30",
     nc=["Vietnamese"], mct=["English teacher", "14 blue pills", "$240 in cash"],
     cats=["language"], tags=["allow_drugs", "precision_trap"])

case(7, school="TechBoston Academy", recipient="bric", ground="weapon", weapon="knife",
     at="2026-03-03T08:20", location="TechBoston Academy, front entrance scanners",
     desc="""
Bullying follow-up. Luis (the aggressor in our open bullying case, target is a 7th grader) set off the scanner at the front entrance at 8:20 and a kitchen knife about 6 inches long was found wrapped in a T-shirt in his backpack. He said he needed it because the target's older cousins "are gonna get him." SSO Mahoney says Luis runs with the Wendover St crew and has been seen with them at the basketball courts, and that the family is Dominican and new to the building. Because of the crew issue we are sending this to the Regional Intelligence Center unit that tracks it. Knife held in the main office.
""",
     student=("349911", "Luis Peguero", "2011-05-16", 9, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Wendover", "Dominican"],
     cats=["gang_affiliation", "ethnicity"], tags=["deny_recipient"])

case(8, school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat",
     at="2025-10-22T11:35", location="Brighton High School, 2nd floor, Spanish classroom 207",
     threat="In room 207 on 10/22/2025 at about 11:35, in front of the teacher and the class, Tiago Ferreira told the target: \"Friday after school I'm going to stab you in your neck at the bus stop, I swear.\" Later that day he showed a classmate a photo of a knife on his phone and said \"this is for him.\"",
     desc="""
Teacher statement (Sra. Colón, Spanish teacher, room 207): During 4th period the target asked Tiago to stop kicking his chair. Tiago stood up and said loudly "Friday after school I'm going to stab you in your neck at the bus stop, I swear." The class went quiet. I sent both to the office.
Investigator: The target (gr 10) recently arrived from Brazil in August and speaks mostly Portuguese; he was bullied about this in September and a plan was put in place. Classmate M.S. states that at lunch Tiago showed him a photo of a knife on his phone and said "this is for him." Tiago denies having a knife. Bag search negative. Tiago's phone was not searched. Parents of both notified. Target will be dismissed through the side door with an adult until the hearing.
""",
     student=("388042", "Tiago Ferreira", "2009-12-09", 10, {}),
     decision="allow", key="stab you in your neck",
     nc=["Brazil", "Portuguese"], mct=["Spanish teacher", "stab you in your neck", "photo of a knife"],
     cats=["national_origin", "language"], tags=["allow_threat", "precision_trap"])

case(9, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     at="2026-04-09T13:50", location="Excel High School, stairwell C between 2nd and 3rd floors",
     desc="""
Title IX / sexual harassment investigation - escalation report. Basis: [ ] Race [ ] National origin [ ] Religion [ ] Disability [x] Sex
Background: The target (gr 11, female) reported in March that Marcus repeatedly commented on her body and grabbed her in the hallway; a no-contact order was issued 3/20. Target statement (4/9): at about 1:50 PM Marcus followed her into stairwell C, pinned her against the railing, and sexually assaulted her; she got away when another student opened the door. She went straight to the nurse and was taken by her aunt to the hospital for an exam. Witness (gr 10) saw Marcus leave the stairwell "fast" and the target crying. Camera shows Marcus enter stairwell C at 1:49 and exit at 1:53. The target told the counselor she has DACA and is afraid of what a police report means for her; she lives with her aunt near Andrew Square. Marcus removed from school pending hearing.
""",
     student=("360781", "Marcus Tully", "2008-10-02", 11, {}),
     decision="allow", key="sexually assaulted",
     nc=["DACA", "Andrew Square"], mct=["stairwell C", "pinned her against the railing", "no-contact order"],
     cats=["immigration_status", "neighborhood"], tags=["allow_violence"])

case(10, school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
     substances=["THC vape cartridge"],
     at="2025-12-04T09:15", location="Snowden International School, 4th floor lockers",
     desc="""
We opened a bullying investigation after the target (gr 9) told her advisor that Jordan and two other girls were making her keep a vape in her locker so they wouldn't get caught with it, and posting about her being Somali and Muslim when she said no. This morning the advisor and SSS opened the locker with the target present and found a THC cartridge (the label says 1g, "Blue Dream") and a charger. Jordan admits it is hers. No other substances were found. Findings substantiated for bullying; discipline per the code of conduct.
""",
     student=("397765", "Jordan Keane", "2010-07-25", 9, {}),
     decision="deny", reason="excluded_substance",
     nc=["Somali", "Muslim"],
     cats=["ethnicity", "religion"], tags=["deny_substance"])

case(11, school="Mission Hill K-8", recipient="bpd/district-b2", ground="weapon", weapon="brass knuckles",
     at="2026-01-13T15:05", location="Mission Hill K-8, back stairwell near the auditorium",
     desc="""
From the 8th grade team leader. After rehearsal on Tuesday the stage crew kids were putting away flats when the target (gr 7) came to me shaking. He said Elijah had been "doing the thing again" - taking his snacks, calling him names about being Puerto Rican - and that this time Elijah put on a set of brass knuckles and punched the wall next to his head in the back stairwell, then said "next one's your face." I found Elijah in the stage crew closet; he took the brass knuckles out of his coat himself (metal, four finger holes). There's a fresh dent in the drywall. Elijah says he got them from a cousin. Both boys live in Mission Main, so the walk home is a concern; target's grandmother is picking him up this week.
""",
     student=("421330", "Elijah Banks", "2012-03-08", 8, {}),
     decision="allow", key="brass knuckles",
     nc=["Puerto Rican", "Mission Main"], mct=["brass knuckles", "stage crew closet", "next one's your face"],
     cats=["ethnicity", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(12, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
     at="2025-11-05T10:40", location="Boston Community Leadership Academy, main office",
     desc="""
AP note - bullying case #25-114. The target's friend came to the office at 10:40 and said that Damien told a group in the cafeteria he was going to "bring something Monday and light up" the target and her friends because they reported him. Damien has been the aggressor in this case since September (name-calling, posting pictures of the target). Two other students confirmed he said it but nobody wrote down his exact words. Damien says he was talking about a video game. Mother contacted with the Haitian Creole line. We want BPD to know before Monday.
""",
     student=("370228", "Damien Charles", "2009-09-17", 11, {}),
     decision="deny", reason="missing_threat_statement",
     nc=["Haitian"],
     cats=["ethnicity", "language"], tags=["deny_threat_missing"])

case(13, school="Boston Arts Academy", recipient="bpd/district-d4", ground="weapon", weapon="pepper spray",
     at="2026-03-26T16:15", location="Boston Arts Academy, black box theater",
     desc="""
Incident report (Dean of Students). At about 4:15 during the after-school tech call in the black box theater, Noah sprayed pepper spray into the face of the target, a junior in the lighting crew, from about three feet away. The target could not open her eyes and was flushing them at the nurse's sink for 20 minutes; EMS checked her and she went home with her father. Noah had been found responsible in February for harassing the target because she is Jewish (comments during rehearsals, a drawing left on her script). Noah says it was "self defense" but no one saw her do anything to him. The canister (pink keychain style) was recovered from the floor by the stage manager. Noah was sent home; hearing scheduled.
""",
     student=("385519", "Noah Lindqvist", "2008-12-28", 11, {}),
     decision="allow", key="pepper spray",
     nc=["Jewish"], mct=["black box theater", "pepper spray", "pink keychain"],
     cats=["religion"], tags=["allow_weapon", "precision_trap"])

case(14, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="drugs", substances=["alprazolam (Xanax)"],
     at="2026-02-05T12:10", location="O'Bryant, science wing bathroom",
     desc="""
Investigator summary. The target, a 9th grader who is an English learner (ELD level 2), has been bullied since the fall by a group of older students, including Jayden. On 2/5 at about 12:10 Jayden and another student cornered the target in the science wing bathroom and pushed two bars of Xanax into his hand, telling him to take them "or else." The target took one; he was found by a science teacher, drowsy and slurring, at 12:40 and was taken by EMS to Boston Children's, where he was observed and released that evening. The remaining bar (white, rectangular, stamped) was recovered from his pocket. A search of Jayden's backpack found a pill bottle with 9 more white bars and no label. Findings: bullying substantiated; distribution of a controlled substance on school grounds referred to police.
""",
     student=("379104", "Jayden Morrow", "2008-06-11", 11, {}),
     decision="allow", key="Xanax",
     nc=["English learner", "ELD level"], mct=["science wing bathroom", "9 more white bars", "Boston Children's"],
     cats=["language"], tags=["allow_drugs", "precision_trap"])

case(15, school="Brighton High School", recipient="bpd/district-d14", ground="weapon", weapon="knife",
     at="2025-09-30T14:20", location="Brighton High School, side lot on Warren St",
     attachments=[{"kind": "face_match", "name": "camera_face_search_results.pdf"},
                  {"kind": "document", "name": "bullying_investigation_summary.pdf"}],
     desc="""
The bullying target (gr 10) said a boy showed him a knife in the side lot after school and told him to stay away from "his" table at lunch. The target did not know his name. We ran the lot camera clip through the vendor's face search tool and it returned Omar as the top match, 94% confidence; the results page is attached. Target, who is Guatemalan, then picked Omar out of the yearbook. Omar denies it. No knife has been recovered.
""",
     student=("389231", "Omar Sesay", "2009-07-02", 10, {}),
     decision="deny", reason="face_surveillance",
     nc=["Guatemalan"],
     cats=["face_surveillance", "ethnicity"], tags=["deny_face"])

case(16, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="serious_violence",
     at="2025-12-16T11:20", location="Henderson K-12 Inclusion School, upper campus classroom 312",
     desc="""
Bullying & Harassment Investigation - Findings
Basis: [ ] Race [ ] National origin [ ] Religion [x] Disability [ ] Sex
Target: 8th grade student with autism, in an inclusion classroom. Alleged aggressor: Jamal.
Target statement (with his para present): Jamal "always" imitates how he talks and takes his headphones. On 12/16 Jamal took the headphones again; when the target reached for them, Jamal picked up a plastic chair and swung it at him twice.
Witnesses: the para and two students saw the chair hit the target's raised forearm and the side of his head.
Medical: the target's arm is broken in two places (per Boston Children's, ulna and radius), and he needed 5 stitches above his ear.
Other: the school police officer noted that Jamal has been seen with older kids from the Woodledge St crew. Findings: substantiated. Safety plan: different schedule, para escort during transitions.
""",
     student=("424078", "Jamal Pierce", "2011-04-22", 8, {}),
     decision="allow", key="plastic chair",
     nc=["Woodledge"], mct=["plastic chair", "broken in two places", "5 stitches above his ear"],
     cats=["gang_affiliation"], tags=["allow_violence"])

case(17, school="McCormack Middle School", recipient="bpd/district-c11", ground="credible_threat",
     at="2026-05-06T08:05", location="McCormack Middle School, 8th grade hallway",
     threat="On 5/6/2026 at 8:05 AM Ryan Costa told two classmates in the 8th grade hallway: \"I got my uncle's gun, I'm shooting up this hallway on Friday and I'm starting with him,\" pointing at the target. At 9:30 he posted a photo of a handgun on a bed to his Snapchat story captioned \"friday.\"",
     desc="""
Hi - forwarding as requested. This is connected to the bullying case with the 8th grade boy we met about in April (target is a refugee student; family came through the resettlement agency last year and lives at Harbor Point). This morning at 8:05 Ryan told two classmates in the hallway "I got my uncle's gun, I'm shooting up this hallway on Friday and I'm starting with him" and pointed at the target. At 9:30 a student showed the counselor Ryan's Snapchat story: a photo of a black handgun on a bed with the word "friday." Ryan's mom says there are no guns in their home but his uncle stays there sometimes and drives a white Honda Civic he was seen in at pickup. Ryan is in the office with the AP now. Not sending him home until we hear back.
""",
     student=("433190", "Ryan Costa", "2011-10-12", 8, {}),
     decision="allow", key="handgun",
     nc=["refugee", "resettlement", "Harbor Point"],
     mct=["black handgun", "white Honda Civic", "starting with him"],
     cats=["immigration_status", "neighborhood"], tags=["allow_threat", "precision_trap"])

case(18, school="Boston Latin School", recipient="bpd/district-d4", ground="hate_incident",
     at="2026-01-21T10:50", location="Boston Latin School, locker room",
     desc="""
Civil rights coordinator intake. Basis: [ ] Race [ ] National origin [x] Religion [ ] Disability [ ] Sex
The target (gr 9) is Sikh and wears a patka. Owen and another student pulled it off in the locker room after PE on 1/21 and passed it around while filming; the video was posted to a group chat. No injury. Owen has admitted it. The family has asked the school to report this as a hate incident. Findings: substantiated, religion-based harassment. Safety plan: changing in the nurse's office if he wants, staff in the locker room, restorative meeting offered.
""",
     student=("411862", "Owen Gallagher", "2011-02-14", 9, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Sikh", "patka"],
     cats=["religion"], tags=["deny_ground"])

case(19, school="Fenway High School", recipient="bpd/district-b2", ground="weapon", weapon="stun gun",
     at="2025-10-15T15:10", location="Fenway High School, front steps on Alleghany St",
     desc="""
Dean's report. After dismissal at 3:10 Marisol pressed a handheld stun gun against the side of the target's neck on the front steps and it crackled; the target (gr 10) fell to one knee and has two small burn marks on her neck that the nurse photographed. Marisol dropped the stun gun and SSS picked it up (black, about 6 inches, prongs on the end, flashlight on the side). This follows a harassment case from the World Religions unit in history class, where Marisol and her friends mocked the target, who is Chinese-American, and her family's Cantonese. The target's mom said they live in Chinatown and the target takes the Orange Line home; she will pick her up this week. Marisol said the target "talked about her" online.
""",
     student=("374452", "Marisol Vega", "2009-05-06", 10, {}),
     decision="allow", key="stun gun",
     nc=["Chinese", "Cantonese", "live in Chinatown"],
     mct=["stun gun", "two small burn marks", "World Religions unit"],
     cats=["ethnicity", "language", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(20, school="New Mission High School", recipient="bpd/district-b3", ground="drugs",
     substances=["vodka"],
     at="2026-03-20T11:30", location="New Mission High School, 3rd floor girls' bathroom",
     desc="""
Bullying complaint update (AP Reyes). The target (gr 10) told her counselor that Kiara and two friends had been making her buy alcohol for them with her older sister's ID and calling her names about her family being from the Dominican Republic when she refused. On 3/20 staff found Kiara and the others in the 3rd floor bathroom with a water bottle that smelled of alcohol; Kiara says it was vodka and that the target brought it. No other substances. Findings pending. We are sending the drug referral to police per the parent's request.
""",
     student=("381776", "Kiara Mitchell", "2009-09-01", 10, {}),
     decision="deny", reason="excluded_substance",
     nc=["Dominican Republic"],
     cats=["national_origin"], tags=["deny_substance"])

# ---------------------------------------------------------------------------------------------
# 21-40
# ---------------------------------------------------------------------------------------------

case(21, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="serious_violence",
     at="2026-02-13T14:45", location="Dearborn STEM Academy, main lobby",
     desc="""
Report of serious injury (completed by Assistant Headmaster T. Okafor). At approx 2:45 the Black Student Union bake sale was set up in the main lobby. The target (gr 11), who has an open bullying complaint against Xavier from January, was working the table. Xavier walked up, knocked the cash box off the table, and when the target stood up Xavier punched him in the jaw and then kicked him in the head twice after he fell against the radiator. Three staff broke it up. The target was taken by ambulance to Boston Medical Center; his mother reports his jaw is broken in two places and will be wired shut. Xavier said the target had been "talking about my family" and made remarks about the target being from Nigeria in his statement. Footage of the lobby has been preserved. Xavier is suspended and the safety plan is being revised.
""",
     student=("366009", "Xavier Grant", "2008-09-15", 11,
              {"home_address": "14 Brunswick St, Apt 2", "guardian": "mother", "bus_route": "none (T pass)"}),
     decision="allow", key="jaw is broken in two places",
     nc=["Nigeria", "Brunswick St"],
     mct=["Black Student Union bake sale", "kicked him in the head twice", "jaw is broken in two places"],
     cats=["national_origin", "neighborhood"], tags=["allow_violence", "precision_trap", "structured_forbidden"])

case(22, school="Irving Middle School", recipient="bpd/district-e5", ground="cyberbullying",
     at="2025-11-10T20:00", location="Online (group chat)",
     desc="""
Ms. Flynn, I'm writing down what we discussed so it's in the file. Starting late October a group chat called "irving exposed" has been posting edited photos of the target (gr 7) with captions about her accent and her family just moving to Roslindale from Honduras. Sofia created the chat and admitted it. The target's mother, who only speaks Spanish, came in with her older son to translate. The target has stopped coming to lunch and her grades have dropped. There have been no threats of violence and no one has touched her. Sofia has been removed from the chat's admin role and will be in a restorative circle. The mother asked whether police can take the chat down, so I am submitting this.
""",
     student=("438817", "Sofia Dunne", "2012-08-30", 7, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Roslindale", "Honduras", "Spanish"],
     cats=["neighborhood", "national_origin", "language"], tags=["deny_ground"])

case(23, school="Kennedy Academy for Health Careers", recipient="bpd/district-b2", ground="credible_threat",
     at="2026-04-14T21:30", location="Off campus (text messages); threatened act at school",
     threat="Between 9:30 and 9:45 PM on 4/14/2026 Brandon Leary sent the target a series of texts including: \"tomorrow in 3rd period English class I'm going to cut your face open\" and \"I already have the blade in my bag.\" He sent a photo of a razor knife on a desk.",
     desc="""
Statement taken by the school counselor, 4/15, 7:50 AM. The target (gr 10) came in with her father and showed me texts she received last night from Brandon, who is the subject of a harassment complaint she filed in March (name-calling about her being Albanian, knocking her books down). The texts, 9:30-9:45 PM, say "tomorrow in 3rd period English class I'm going to cut your face open" and "I already have the blade in my bag," with a photo of a razor knife on a desk. I took screenshots. Brandon was met at the door at 7:55 by the AP and SSS; a search of his bag found a utility knife. He says he was "just mad." Parents called. The target went home with her dad.
""",
     student=("380663", "Brandon Leary", "2009-06-19", 10, {}),
     decision="allow", key="utility knife",
     nc=["Albanian"], mct=["3rd period English class", "cut your face open", "utility knife"],
     cats=["ethnicity"], tags=["allow_threat", "precision_trap"])

case(24, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon", weapon="firearm",
     at="2025-10-09T07:45", location="Jeremiah E. Burke High School, student entrance",
     desc="""
Headmaster's incident summary. At 7:45 AM the entrance scanner alerted on Terrell's backpack. SSS found a loaded black 9mm handgun in a sock in the bottom of the bag (magazine in, no round chambered per the officer who cleared it). Terrell said he brought it because the boys who have been bullying him since September (open investigation, three substantiated incidents including a robbery of his phone and a $50 Visa gift card) said they would catch him after school. He named them. Terrell has no prior discipline this year; the school police officer notes that the boys bullying him are believed to be connected to the Franklin Hill group, and Terrell lives in the Franklin Field apartments next to them. BPD was called to the building at 7:50. Terrell was calm and cooperative.
""",
     student=("352870", "Terrell Mason", "2009-01-27", 11,
              {"gang_flag": "associate - Franklin Hill (SRO note)"}),
     decision="allow", key="9mm handgun",
     nc=["Franklin Hill", "Franklin Field"],
     mct=["9mm handgun", "Visa gift card", "in a sock"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "precision_trap", "structured_forbidden"])

case(25, school="East Boston High School", recipient="ice", ground="credible_threat",
     at="2026-03-02T12:15", location="East Boston High School, cafeteria",
     threat="On 3/2/2026 at lunch Mateo Rivas told the target, in front of four students: \"You snitch on me again and I'll shoot you, my brother has the strap in the car.\"",
     desc="""
AP notes. Mateo threatened to shoot the target at lunch ("you snitch on me again and I'll shoot you, my brother has the strap in the car") after the target reported him for bullying. Four witnesses. Mateo is Salvadoran and his aunt told the registrar last year that he is on a visa overstay, so the headmaster asked that this go to immigration as well as police. Mateo's locker and bag were searched with nothing found.
""",
     student=("390128", "Mateo Rivas", "2009-03-11", 10, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Salvadoran", "overstay"],
     cats=["ethnicity", "immigration_status"], tags=["deny_recipient"])

case(26, school="Lyon Upper School", recipient="bpd/district-d14", ground="weapon", weapon="razor blade",
     at="2025-12-09T10:30", location="Lyon Upper School, art room 105",
     desc="""
The art teacher saw Caleb take a single-edge razor blade out of the supply drawer, walk across the room, and cut a 2-inch slice in the back of the target's sweatshirt and into the skin of her shoulder blade. The target (gr 9) needed Steri-Strips from the nurse; her mother took her for a tetanus shot. The target has an open complaint against Caleb and two friends for harassment about her religion - she is Hindu and they have been mocking her bindi and calling her names in the Latin teacher's class. Caleb said "it was a prank." The blade was bagged by the art teacher. Caleb's father was called at 10:45 and picked him up.
""",
     student=("410553", "Caleb Sorensen", "2010-11-04", 9, {}),
     decision="allow", key="razor blade",
     nc=["Hindu", "bindi"], mct=["razor blade", "shoulder blade", "Latin teacher"],
     cats=["religion"], tags=["allow_weapon", "precision_trap"])

case(27, school="Community Academy of Science and Health", recipient="bpd/district-e18", ground="serious_violence",
     at="2026-05-19T15:20", location="Outside Community Academy of Science and Health, bus stop on Hyde Park Ave",
     desc="""
Investigation of bullying and harassment - supplemental (serious injury). On 5/19 at about 3:20, right after dismissal, Jaylen and two non-students attacked the target (gr 10) at the bus stop in front of the school. Witnesses (a crossing guard and two students) say Jaylen punched him first and the others kicked him in the stomach and back while he was on the ground for about 30 seconds. The target was taken to Carney Hospital and then transferred to Boston Children's; his mother reports a ruptured spleen and surgery on 5/20. The target's statement from April: Jaylen and his friends call him names about being Jamaican and took his phone twice. He lives on River St in Mattapan and said he did not feel safe on the bus. Jaylen is suspended; the two adults are unidentified.
""",
     student=("372984", "Jaylen Hicks", "2009-02-03", 10, {}),
     decision="allow", key="ruptured spleen",
     nc=["Jamaican", "River St", "Mattapan"],
     mct=["ruptured spleen", "crossing guard", "kicked him in the stomach"],
     cats=["ethnicity", "neighborhood"], tags=["allow_violence"])

case(28, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="drugs", substances=["cocaine"],
     at="2026-01-08T09:40", location="Margarita Muñiz Academy, 2nd floor bathroom",
     desc="""
Ms. Ortega (AP) - summary for the file. A 10th grade girl reported that Isabella has been threatening to post private photos of her unless she kept a small bag for her. On 1/8 the girl brought the bag to the front office: a knotted corner of plastic with white powder, about the size of a grape, plus a folded dollar bill with residue. Isabella was searched with a female SSS present and had two more knotted bags of white powder and a plastic card in her phone case. Isabella said it was cocaine and it belongs to "a guy at the park." The girl's family is Honduran; her father speaks only Spanish and needed everything translated for the meeting. The bags were secured in the safe.
""",
     student=("376551", "Isabella Cruz", "2009-04-29", 10, {}),
     decision="allow", key="cocaine",
     nc=["Honduran", "Spanish", "translated"], mct=["white powder", "folded dollar bill", "phone case"],
     cats=["ethnicity", "language"], tags=["allow_drugs", "precision_trap"])

case(29, school="Edison K-8", recipient="bpd/district-d14", ground="credible_threat", threat="",
     at="2025-11-20T13:00", location="Edison K-8, 8th grade wing",
     desc="""
8th grade team - harassment case follow-up. The target's parents (they speak Amharic; the district line was used) say their son is being followed home by Aiden and told he would "end up in the river." The parents say the family is Ethiopian and they think it's about that. A classmate says Aiden has a knife at home. We do not have anything in writing from Aiden and the target would not repeat it to me. Submitting as a threat so police are aware.
""",
     student=("441902", "Aiden Walsh", "2011-07-07", 8, {}),
     decision="deny", reason="missing_threat_statement",
     nc=["Amharic", "Ethiopian"],
     cats=["language", "ethnicity"], tags=["deny_threat_missing"])

case(30, school="Boston International Newcomers Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     at="2026-04-28T12:05", location="Boston International Newcomers Academy, lunchroom",
     desc="""
Incident + bullying investigation summary. Target: gr 9 boy. Aggressor: Yohan (this report). At 12:05 in the lunchroom Yohan took a serrated kitchen knife (about 8 inches, wooden handle) out of his backpack and waved it at the target, then stabbed it into the lunch table next to the target's hand. The lunch aide took the knife. No one was hurt. Target statement: Yohan and his friends have been telling him since March that his family "doesn't belong here" because they have Temporary Protected Status and came from Venezuela last year. Witnesses: 5 students at the table. Findings: bullying substantiated. Safety plan: new lunch table near staff, check-ins with the counselor.
""",
     student=("445031", "Yohan Pimentel", "2010-01-25", 9, {}),
     decision="allow", key="kitchen knife",
     nc=["Temporary Protected Status", "Venezuela"],
     mct=["serrated kitchen knife", "into the lunch table", "wooden handle"],
     cats=["immigration_status", "national_origin"], tags=["allow_weapon"])

case(31, school="Joseph Lee K-8", recipient="bpd/district-c11", ground="credible_threat",
     at="2026-01-27T09:10", location="Joseph Lee K-8, gym",
     threat="On 1/27/2026 Tristan Doyle handed a note to a classmate during gym: \"Thursday I'm bringing the pipe bomb I made and putting it under the bleachers while [target] is in gym. Don't tell.\" The same day he told the classmate he had watched videos on how to make one and had \"the stuff\" in his basement.",
     desc="""
Written by the 7/8 house director. Tristan is the aggressor in a bullying case (the target is a 7th grade boy with a stutter). During gym on 1/27 Mr. Black, the gym teacher, saw a classmate crying on the bleachers. She showed him a note Tristan had given her: "Thursday I'm bringing the pipe bomb I made and putting it under the bleachers while [target] is in gym. Don't tell." She said Tristan also told her he watched videos on how to make one and has "the stuff" in his basement. Tristan admitted writing the note and said it was a joke. His mother says there's nothing in the basement but tools. SIS address on file: 88 Westview St, 02124.
""",
     student=("449670", "Tristan Doyle", "2012-02-18", 7, {"home_address": "88 Westview St, Dorchester MA 02124"}),
     decision="allow", key="pipe bomb",
     nc=["Westview St", "02124", "Dorchester"], mct=["Mr. Black, the gym teacher", "pipe bomb", "under the bleachers"],
     cats=["neighborhood"], tags=["allow_threat", "precision_trap", "structured_forbidden"])

case(32, school="Charlestown High School", recipient="bpd/district-a15", ground="weapon", weapon="airsoft pistol",
     at="2025-09-24T14:30", location="Charlestown High School, parking lot",
     desc="""
Dean's notes. In the parking lot after school Liam pointed what looked like a black pistol at the target (gr 9) and said "bang." SSS recovered it from his car: an airsoft pistol with the orange tip painted black. This was after weeks of Liam and his friends calling the target names about being Moroccan. Target not hurt. Liam admits it was his. Pending hearing.
""",
     student=("358243", "Liam Connolly", "2008-05-20", 12, {}),
     decision="deny", reason="other",
     nc=["Moroccan"],
     cats=["ethnicity"], tags=["deny_replica"])

case(33, school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
     at="2025-11-13T07:35", location="Excel High School, east stairwell",
     desc="""
SERIOUS INCIDENT / HARASSMENT CASE - SUPPLEMENT
Date/time: 11/13, 7:35 AM, east stairwell before homeroom.
What happened: Keshawn swung a padlock inside a sock and hit the target (gr 12) on the back of the head at least twice. The target collapsed on the landing; staff found him bleeding heavily. EMS took him to Tufts Medical Center. Per his sister, he has a skull fracture and a bleed and is in the ICU.
Background: Keshawn is the subject of a harassment complaint by the target from October (threats on Instagram, spitting). In the complaint, the target said Keshawn "runs with" the Old Colony boys and was worried about retaliation. Keshawn has not come back to school; last seen running out the Dorchester St side door.
Recovered: blue combination padlock and a white tube sock, bagged by SSS.
""",
     student=("348815", "Keshawn Boyd", "2007-12-01", 12, {}),
     decision="allow", key="padlock",
     nc=["Old Colony"], mct=["skull fracture", "padlock inside a sock", "white tube sock"],
     cats=["gang_affiliation"], tags=["allow_violence"])

case(34, school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
     substances=["oxycodone"],
     at="2026-03-31T11:55", location="Snowden International School, 5th floor stairwell",
     desc="""
From the counselor, for the bullying file. The target (gr 11) is Coptic and has been the subject of comments about her cross necklace from a group that includes Gianna. Today she told me that Gianna had been pressuring her to sell pills to other students, saying she'd "tell everyone what your family is" if she didn't. She gave me 8 round green pills stamped "80" in a foil packet (the nurse identified the imprint as oxycodone 80 mg) that she said Gianna gave her in the 5th floor stairwell at 11:55. Gianna was brought to the office and had an orange prescription bottle with a torn label and 11 more of the same pills in her coat. The bottle is not in Gianna's name. Nurse confirmed no one has taken anything. Everything is in the safe.
""",
     student=("361290", "Gianna Russo", "2008-08-08", 11, {}),
     decision="allow", key="oxycodone",
     nc=["Coptic"], mct=["8 round green pills", "torn label", "5th floor stairwell"],
     cats=["religion"], tags=["allow_drugs"])

case(35, school="Madison Park Technical Vocational High School", recipient="commonwealth-fusion-center",
     ground="serious_violence", at="2026-02-02T13:10", location="Madison Park, carpentry shop",
     desc="""
Assault during carpentry: Dashawn hit the target (gr 11) across the face with a 2x4, breaking his nose and cheekbone; he was taken to BMC. The target has a substantiated bullying complaint against Dashawn from December. Dashawn is believed by SSO to be associated with the Academy Homes crew. The school police liaison asked that the report go to the state fusion center as well as BPD because of the crew connection.
""",
     student=("354417", "Dashawn Price", "2008-03-13", 11, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Academy Homes"],
     cats=["gang_affiliation"], tags=["deny_recipient"])

case(36, school="TechBoston Academy", recipient="bpd/district-c11", ground="weapon", weapon="firearm",
     at="2026-05-12T10:25", location="TechBoston Academy, 2nd floor boys' bathroom",
     desc="""
Admin summary (TechBoston). A 10th grader told his advisor at 10:15 that Abdi showed him a gun in the 2nd floor boys' bathroom and said it was "for Jamar," the student who has been the main aggressor in Abdi's own bullying complaint since February. SSS and the AP found Abdi in the hallway; his backpack had an unloaded silver revolver wrapped in a gray hoodie. No ammunition found. Abdi said Jamar and his friends jumped him in March and took his shoes and he was "done being scared." Abdi's family is Somali and his mother needed an interpreter for the call; she arrived at 11:40. BPD officers arrived at 10:40 and took the revolver.
""",
     student=("386620", "Abdi Warsame", "2009-10-10", 10, {}),
     decision="allow", key="revolver",
     nc=["Somali", "interpreter"], mct=["unloaded silver revolver", "gray hoodie", "took his shoes"],
     cats=["ethnicity", "language"], tags=["allow_weapon"])

case(37, school="Irving Middle School", recipient="bpd/district-e5", ground="credible_threat",
     at="2026-04-02T14:00", location="Irving Middle School, library",
     threat="On 4/2/2026 Gavin Murphy wrote in a shared Google Doc used by his study group: \"on monday I'm bringing my brother's knife and I'm going to stab [target] in the library where nobody can see.\" He told the librarian the next morning that he \"meant every word.\"",
     desc="""
Library media specialist's statement and investigator's notes. Gavin and the target (gr 8) are in the same study group that uses a shared Google Doc for Religion and Society homework. On the afternoon of 4/2 the target saw a line Gavin had typed: "on monday I'm bringing my brother's knife and I'm going to stab [target] in the library where nobody can see." The doc history shows Gavin's account typed it at 2:00 PM. The next morning Gavin told me he "meant every word." He has a harassment case open for calling the target a slur about his sexuality. Gavin's student record lists his family's parish and his religion; not relevant here. His parents were called and are coming in.
""",
     student=("436215", "Gavin Murphy", "2011-09-09", 8,
              {"religion": "Roman Catholic", "parish": "St. Brendan Parish"}),
     decision="allow", key="brother's knife",
     nc=["Roman Catholic", "St. Brendan"], mct=["Religion and Society homework", "meant every word", "brother's knife"],
     cats=["religion"], tags=["allow_threat", "precision_trap", "structured_forbidden"])

case(38, school="Boston Latin Academy", recipient="bpd/district-b2", ground="sexual_harassment",
     at="2025-10-28T11:15", location="Boston Latin Academy, 3rd floor hallway",
     desc="""
Title IX coordinator summary. Basis: [x] Sex [x] Race/ethnicity
The complainant (gr 10) reports that Ethan made repeated comments about her body and about her being Korean, and on 10/28 snapped her bra strap in the hallway. Two witnesses confirm the comments. No injury and no further physical contact reported. Ethan has a no-contact order and a suspension. The complainant's mother wants it "on record with police."
""",
     student=("392845", "Ethan Price", "2010-03-03", 10, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Korean"],
     cats=["ethnicity"], tags=["deny_ground"])

case(39, school="English High School", recipient="bpd/district-e13", ground="serious_violence",
     at="2025-12-02T08:30", location="English High School, 1st floor, outside room 104",
     desc="""
Investigator findings - bullying/harassment case EHS-25-041, escalation to physical assault.
The target (gr 9) is an English learner whose family speaks Haitian Creole. Since October Jaquan has been imitating his accent and calling him names. On 12/2 at 8:30, outside room 104, Jaquan slammed the target's head into a locker door and then punched him repeatedly while he was down. Witnesses: the English teacher in 104, Mr. Sullivan, and 6 students. The target lost two front teeth and has a broken nose (per the mother, after Faulkner Hospital). Jaquan has admitted to hitting him but says he was "provoked." Findings: bullying substantiated; assault referred. Safety plan: target moved to a different advisory and given an escort between classes.
""",
     student=("416630", "Jaquan Ellis", "2010-06-14", 9, {}),
     decision="allow", key="two front teeth",
     nc=["English learner", "Haitian"], mct=["English teacher in 104", "two front teeth", "broken nose"],
     cats=["language", "ethnicity"], tags=["allow_violence", "precision_trap"])

case(40, school="Rafael Hernández K-8", recipient="bpd/district-b2", ground="weapon", weapon="knife",
     at="2026-03-17T08:15", location="Rafael Hernández K-8, 8th grade classroom 302",
     desc="""
8th grade teacher's account (typed by the principal). Before first period Adrian showed a boy in his class a black-handled steak knife in his backpack and said "this is for the kid that keeps messing with me." I took the backpack to the office; the knife was wrapped in a paper towel, about 9 inches overall. The "kid" is a classmate Adrian filed a bullying complaint about last month, which we were investigating (the other boy has been telling people Adrian's family has "no papers" and will be deported). Adrian's mother says they are Salvadoran and the rumor has him terrified. Adrian did not threaten anyone else and did not take the knife out. Mother picked him up at 9:30.
""",
     student=("447712", "Adrian Mejía", "2011-12-21", 8, {}),
     decision="allow", key="steak knife",
     nc=["no papers", "deported", "Salvadoran"], mct=["black-handled steak knife", "paper towel", "about 9 inches"],
     cats=["immigration_status", "ethnicity"], tags=["allow_weapon", "precision_trap"])

# ---------------------------------------------------------------------------------------------
# 41-60
# ---------------------------------------------------------------------------------------------

case(41, school="Fenway High School", recipient="bpd/district-b2", ground="fight",
     at="2025-10-01T12:25", location="Fenway High School, courtyard",
     desc="""
Two students, Ronan and the target (gr 11), fought in the courtyard at lunch. It began when Ronan kept calling the target names about being Cambodian and mimicking Khmer. Both threw punches; the target has a scraped elbow and Ronan a red mark under his eye. The nurse saw both and neither needed further care. No weapons. A bullying investigation is open on the name-calling. Both suspended one day. The target's father wants police to "have a record" in case it happens again.
""",
     student=("371118", "Ronan Fitzgerald", "2008-11-23", 11, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Cambodian", "Khmer"],
     cats=["ethnicity", "language"], tags=["deny_ground"])

case(42, school="Boston Latin School", recipient="bpd/district-d14", ground="serious_violence",
     at="2026-03-05T17:40", location="Team boathouse on the Charles River (school-sponsored practice)",
     desc="""
Athletics hazing / bullying investigation - interim findings (prepared by the Athletic Director and the building's bullying prevention lead).
On 3/5 after crew practice, three upperclassmen including Declan cornered a novice rower (gr 9) on the boathouse stairs. The novice had been teased all week because he was fasting for Ramadan and sat out the team dinner. Per two witnesses, Declan shoved him backward down the stairs while the others blocked the door. He fell about 12 steps onto the concrete floor. The coach called 911; he was taken to Mass General with a broken collarbone and a concussion and kept overnight.
Findings: hazing and bullying substantiated as to Declan; the other two are still being interviewed. Declan is removed from the crew team and suspended. Safety plan: novice practices with a different boat, coach present in the boathouse at all times.
""",
     student=("355560", "Declan Byrne", "2008-01-31", 11, {}),
     decision="allow", key="broken collarbone",
     nc=["Ramadan"], mct=["crew practice", "down the stairs", "broken collarbone"],
     cats=["religion"], tags=["allow_violence", "precision_trap"])

case(43, school="New Mission High School", recipient="bpd/district-b3", ground="credible_threat",
     at="2026-05-28T13:30", location="New Mission High School, room 210 (Mr. White's class)",
     threat="On 5/28/2026 in room 210 Dante Wiggins told the target and three other students: \"At graduation I'm gonna be outside with the Glock and you're the first one I'm hitting when you walk out.\" That evening he posted a video holding a handgun with the caption \"graduation day.\"",
     desc="""
Hi, this is Ms. Greene (dean). Sending the details on Dante. During Mr. White's class on 5/28 at about 1:30, Dante told the target and three kids at the table "at graduation I'm gonna be outside with the Glock and you're the first one I'm hitting when you walk out." The target is a senior who filed a harassment complaint on Dante in April. That night a student sent us a screen recording of Dante's story: him holding what looks like a real handgun, caption "graduation day." The school police officer says Dante is listed as H-Block and that Dante lives in Grove Hall. Graduation is 6/6 at the Strand. Dante is not a senior. We're asking for a presence at graduation.
""",
     student=("368841", "Dante Wiggins", "2009-07-12", 11, {}),
     decision="allow", key="Glock",
     nc=["H-Block", "Grove Hall"], mct=["Mr. White's class", "graduation day", "with the Glock"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_threat", "precision_trap"])

case(44, school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs", substances=["MDMA"],
     at="2026-04-23T18:10", location="Boston Arts Academy, music wing practice room 3",
     desc="""
Assistant Headmaster - notes for the investigation file. During the evening rehearsal for the ensemble's Latin jazz set, the student who filed a bullying complaint against Wren in March (gr 10) told the band director Wren had slipped a "molly" capsule into her water bottle as "payback" for the complaint. She felt shaky and her heart was racing; EMS evaluated her at 6:30 and took her to Boston Children's for monitoring. Wren's bag, searched with a parent present, had 6 clear capsules with tan powder and a small plastic bag labeled "MD." Wren told us the capsules are MDMA he bought online. The complainant's parents needed the meeting in Mandarin and the complaint notes say the family came from Taiwan two years ago. The capsules and the water bottle are secured.
""",
     student=("377905", "Wren Hadley", "2009-12-30", 10, {}),
     decision="allow", key="MDMA",
     nc=["Mandarin", "Taiwan"], mct=["Latin jazz", "6 clear capsules", "water bottle"],
     cats=["language", "national_origin"], tags=["allow_drugs", "precision_trap"])

case(45, school="McCormack Middle School", recipient="bpd/district-c11", ground="credible_threat",
     at="2026-02-26T10:00", location="McCormack Middle School, 6th grade hallway",
     desc="""
Counselor: the target (gr 6) says that for weeks Tyler and his friends have been saying she should "go back" because she was born in Cabo Verde, and yesterday one of them said "we're gonna get you at the bus." She cannot remember who said it and the friends deny it. Tyler was out sick yesterday. We have no written statement of a threat. Mom is worried and wants police notified.
""",
     student=("451204", "Tyler Nguyen-Burke", "2013-05-15", 6, {}),
     decision="deny", reason="missing_threat_statement",
     nc=["Cabo Verde"],
     cats=["national_origin"], tags=["deny_threat_missing"])

case(46, school="Excel High School", recipient="bpd/district-c6", ground="weapon", weapon="switchblade knife",
     at="2025-10-20T15:05", location="Church parking lot across from Excel High School",
     desc="""
Dean: At 3:05 after dismissal Aaliyah and the target (gr 10) got into it in the church parking lot across from the school. Three students say Aaliyah flicked open a switchblade and held it to the target's cheek, saying "you told on me, so now look." SSS Rooney was on the corner and ordered her to drop it; she threw it under a car and he recovered it (silver, about 4 inches, spring-loaded). No injuries. The target filed a bullying complaint against Aaliyah two weeks ago (comments online, shoving). The target lives in the Mary Ellen McCormack development with her grandmother and takes the 9 bus; we're changing her dismissal time.
""",
     student=("384067", "Aaliyah Brooks", "2009-08-04", 10, {}),
     decision="allow", key="switchblade",
     nc=["Mary Ellen McCormack"], mct=["church parking lot", "switchblade", "spring-loaded"],
     cats=["neighborhood"], tags=["allow_weapon", "precision_trap"])

case(47, school="Mildred Avenue K-8", recipient="bpd/district-b3", ground="serious_violence",
     at="2025-12-11T09:35", location="Mildred Avenue K-8, main staircase",
     desc="""
Principal's statement. I was in the main lobby at 9:35 when I heard yelling from the staircase. An 8th grade girl (the target in an open bullying investigation) was at the bottom of the stairs not moving, and Destiny was at the top. Two students and a custodian say Destiny pushed her with both hands from the landing. Her leg was bent wrong and she was screaming. EMS took her to Boston Children's; her mother says her leg is broken above the ankle and she had surgery. The bullying file includes Destiny calling her names about being Trinidadian and taking her black-and-white composition notebook and tearing it up. The mother needed an interpreter on the phone. Destiny is suspended pending a hearing and her mother has been informed.
""",
     student=("458871", "Destiny Hall", "2012-01-09", 8, {}),
     decision="allow", key="broken above the ankle",
     nc=["Trinidadian", "interpreter"],
     mct=["pushed her with both hands", "broken above the ankle", "black-and-white composition notebook"],
     cats=["ethnicity", "language"], tags=["allow_violence", "precision_trap"])

case(48, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon", weapon="knife",
     at="2026-01-15T15:30", location="Dearborn STEM Academy, bus loop",
     attachments=[{"kind": "photo", "name": "yearbook_photos_grade9.zip"},
                  {"kind": "photo", "name": "bus_loop_still_0115.jpg"}],
     desc="""
A knife was shown to the target (gr 9, bullying complaint since December) at the bus loop by a boy he says is in the 9th grade. He thinks his name is Kelvin but isn't sure. We've attached the grade 9 yearbook photos and a still from the bus loop camera: please run them through your face recognition so we can confirm which student it is. The target is Dominican and his mom is very upset. No injuries.
""",
     student=("463318", "Kelvin Ortiz", "2010-09-26", 9, {}),
     decision="deny", reason="face_surveillance",
     nc=["Dominican"],
     cats=["face_surveillance", "ethnicity"], tags=["deny_face"])

case(49, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="credible_threat",
     at="2025-11-24T16:45", location="Off campus (voice message); target's home",
     threat="On 11/24/2025 at 4:45 PM Kayden Moore left the target a voice message: \"I know where you live. Tonight I'm pouring gas on your porch and lighting it, you and your mother better be out.\" Two friends say he bought a gas can at the station on the way home.",
     desc="""
Voicemail transcribed by the AP on 11/25 from the target's phone (target is a 10th grader who reported Kayden for bullying at the home game on 11/21): "I know where you live. Tonight I'm pouring gas on your porch and lighting it, you and your mother better be out." Time stamp 4:45 PM. Two of Kayden's friends told the homeroom teacher he bought a red gas can at the station on the way home and was "laughing about it." The target lives on Metropolitan Ave in Readville with her mother. Nothing happened overnight. Kayden is at school today and has been kept in the office.
""",
     student=("367719", "Kayden Moore", "2009-05-28", 10, {}),
     decision="allow", key="gas can",
     nc=["Metropolitan Ave", "Readville"], mct=["red gas can", "home game", "pouring gas on your porch"],
     cats=["neighborhood"], tags=["allow_threat", "precision_trap"])

case(50, school="Charlestown High School", recipient="bpd/district-a15", ground="weapon", weapon="mace",
     at="2026-03-10T10:50", location="Charlestown High School, main office hallway",
     desc="""
Report by Assistant Headmaster. The target (gr 11) was waiting outside the main office to drop off her permission papers for the field trip when Brianna walked up and sprayed mace in her face from close range. The target screamed and fell against the wall; staff flushed her eyes and EMS treated her at the scene for burning to the eyes and face. Brianna handed over the canister (black, "Mace Brand" label) without resisting. The target's harassment complaint, filed in February, describes Brianna and others making fun of her because her family are Jehovah's Witnesses and she doesn't celebrate birthdays. Brianna said the target "got her friend in trouble." Both parents notified.
""",
     student=("362904", "Brianna Kelley", "2008-07-19", 11, {}),
     decision="allow", key="mace",
     nc=["Jehovah"], mct=["permission papers for the field trip", "Mace Brand", "burning to the eyes"],
     cats=["religion"], tags=["allow_weapon", "precision_trap"])

case(51, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="gang_activity",
     at="2026-02-17T12:00", location="Jeremiah E. Burke High School",
     desc="""
Bullying investigation, gr 9 target. The target says older boys who say they are Castlegate have been taking his lunch money and telling him to "pick a side." Rashad is one of them. No weapons have been seen and the target has not been hurt. The target's family is Cape Verdean and he lives near the boys. We want police to know about the gang activity at the school.
""",
     student=("359903", "Rashad Jenkins", "2008-04-04", 11, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Castlegate", "Cape Verdean"],
     cats=["gang_affiliation", "ethnicity"], tags=["deny_ground"])

case(52, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2", ground="drugs",
     substances=["fentanyl", "marijuana"],
     at="2026-04-07T08:25", location="Madison Park, building B entrance",
     desc="""
BULLYING INVESTIGATION - ADDENDUM (substances recovered)
The target in case MP-26-019 (gr 10) told his advisor at 8:25 that Jordan had given him a backpack to carry into the building "or get jumped after school." The advisor brought the target and the backpack to SSS. Inside: a Ziploc of marijuana (approx. a handful), two blunts, and a small bag of off-white powder that Jordan later said was "fetty." A field test is for BPD. Jordan admitted the backpack was his when his mother arrived. The target is an EL student from a Spanish-speaking household and his mom asked that everything be explained to her in Spanish; he lives on Bowdoin St with her and his two sisters.
Findings: coercion of the target substantiated.
""",
     student=("375508", "Jordan Spence", "2009-01-16", 10, {}),
     decision="allow", key="off-white powder",
     nc=["EL student", "Spanish", "Bowdoin St"], mct=["off-white powder", "two blunts", "or get jumped after school"],
     cats=["language", "neighborhood"], tags=["allow_drugs"])

case(53, school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
     at="2025-09-18T14:35", location="Brighton High School, outside the gym doors",
     desc="""
Investigator's narrative - Brighton High School.
What the target said (gr 11): Since school started, Kyle and two friends have called him slurs about being Brazilian and asked to see his green card in front of people. On 9/18 after school they waited for him outside the gym doors.
What witnesses said: Coach Alvarez heard yelling and came out to see Kyle stomping on the target's head while the target was on the ground; one of the friends was holding the target's white sneakers.
Medical: the target was unresponsive for about a minute. EMS took him to St. Elizabeth's; his brother says he has a brain bleed and was moved to the ICU.
Findings: substantiated. Kyle and the two friends are suspended; expulsion hearing for Kyle.
Safety plan: when the target returns, an adult escort and a late dismissal.
""",
     student=("357630", "Kyle Donnelly", "2008-02-25", 11, {}),
     decision="allow", key="brain bleed",
     nc=["Brazilian", "green card"], mct=["stomping on the target's head", "white sneakers", "brain bleed"],
     cats=["ethnicity", "immigration_status"], tags=["allow_violence", "precision_trap"])

case(54, school="Edison K-8", recipient="bpd/district-d14", ground="drugs", substances=["THC gummies"],
     at="2026-05-14T11:10", location="Edison K-8, 7th grade classroom",
     desc="""
A 7th grader in an ongoing bullying case was pressured by Maya and another girl into eating "candy" they brought; she became dizzy and giggly and the nurse called her mother. Maya's bag had a pouch of gummies labeled 100mg THC. The target's family speaks Vietnamese, and the mother came with a relative to translate. The target is fine. Maya says they were her cousin's.
""",
     student=("466023", "Maya Kowalski", "2012-10-02", 7, {}),
     decision="deny", reason="excluded_substance",
     nc=["Vietnamese"],
     cats=["language"], tags=["deny_substance"])

case(55, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
     ground="weapon", weapon="box cutter",
     at="2026-03-19T13:15", location="O'Bryant, 2nd floor near room 221",
     desc="""
Chronology (civil rights coordinator). The target (gr 10, female) has reported harassment by Nathaniel since February, mostly because she is Muslim: comments about her headscarf, pulling at it in ELA class. On 3/19 at 1:15 she was leaving the prayer room near room 221 when Nathaniel came up behind her, pressed an orange box cutter against her neck and said "say something now." A teacher walked out of 221 and he ran down the stairs. The target had a small cut on the left side of her neck that the nurse bandaged. SSS found Nathaniel in the 1st floor bathroom; the box cutter was in his jacket with the blade still out. He says he "didn't mean to cut her."
""",
     student=("399876", "Nathaniel Fry", "2009-06-30", 10, {}),
     decision="allow", key="box cutter",
     nc=["Muslim", "headscarf", "prayer room"], mct=["orange box cutter", "say something now", "ELA class"],
     cats=["religion"], tags=["allow_weapon", "precision_trap"])

case(56, school="Kennedy Academy for Health Careers", recipient="bpd/district-b2", ground="credible_threat",
     at="2025-10-29T22:10", location="Off campus (Discord server); threatened act at school",
     threat="At 10:10 PM on 10/29/2025 Hamza Farah posted in a Discord server with about 20 classmates: \"Friday 2nd period I'm shooting everybody in the anatomy lab who laughed at me. I have the gun, ask [name].\" The named classmate told the counselor she had seen a handgun in his room that week.",
     desc="""
From the school counselor: A junior forwarded me screenshots at 7:10 this morning. At 10:10 PM last night Hamza posted in a Discord server with about 20 classmates: "Friday 2nd period I'm shooting everybody in the anatomy lab who laughed at me. I have the gun, ask [name]." The classmate he named told me she saw a handgun in his room when she was over on Sunday. Hamza has been the target of bullying from several students in the anatomy lab (the investigation found they were mocking his clothes and posting photos), so this is a target-turned-threatener situation. Hamza is in the office with the AP. His parents are on the way.
""",
     student=("378823", "Hamza Farah", "2008-12-14", 11,
              {"ell_status": "Former EL (exited 2022)", "home_language": "Somali", "country_of_birth": "Kenya"}),
     decision="allow", key="anatomy lab",
     nc=["Former EL", "Somali", "Kenya"], mct=["anatomy lab", "I have the gun", "Discord server"],
     cats=["language", "national_origin"], tags=["allow_threat", "structured_forbidden"])

case(57, school="Snowden International School", recipient="dhs", ground="weapon", weapon="knife",
     at="2026-01-22T09:05", location="Snowden International School, 3rd floor",
     desc="""
The target (gr 12) told us Emmanuel showed her a knife at her locker and told her to drop the complaint she made against him for harassment. A knife (folding, 3 in.) was found in his locker. Emmanuel is an asylum seeker and the registrar's file has his I-589 receipt, so we were told to copy the federal liaison at Homeland Security.
""",
     student=("352214", "Emmanuel Kabila", "2007-09-09", 12, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["asylum", "I-589"],
     cats=["immigration_status"], tags=["deny_recipient"])

case(58, school="Irving Middle School", recipient="bpd/district-e5", ground="serious_violence",
     at="2026-02-09T11:45", location="Irving Middle School, science classroom 204",
     desc="""
Notes from the AP (Irving). During science (room 204) the target, a 6th grader who has an open bullying complaint about Cole and his friends, turned around to tell Cole to stop poking him. Cole jabbed a sharpened pencil at his face and it went into the target's left eye. The teacher applied a cup over the eye and called 911. He was taken to Mass Eye and Ear and had emergency surgery; the family says they don't know yet whether he will keep the vision in that eye. Background in the complaint: Cole mocked the target's family for being Greek Orthodox and for the icons the target drew in his notebook. The family lives above the bakery on Belgrade Ave. Cole is suspended; hearing next week.
""",
     student=("470392", "Cole Hennessey", "2013-03-30", 6, {}),
     decision="allow", key="sharpened pencil",
     nc=["Greek Orthodox", "Belgrade Ave"], mct=["sharpened pencil", "left eye", "Mass Eye and Ear"],
     cats=["religion", "neighborhood"], tags=["allow_violence"])

case(59, school="Community Academy of Science and Health", recipient="bpd/district-e18", ground="weapon",
     weapon="firearm", at="2026-02-20T09:20", location="Community Academy of Science and Health, auditorium",
     desc="""
During the Black History Month assembly in the auditorium at 9:20, a student told SSS that Jamari had a gun in his waistband and had said it was for the boy who "keeps running his mouth" (the target in an open harassment case, gr 10). SSS and the AP walked Jamari out of the assembly; a pat-frisk found a loaded black .380 pistol in his waistband, six rounds in the magazine. Jamari said he needed it for the walk home. The SSO says Jamari runs with the Lucerne St crew and that the target lives two streets from Lucerne, which is why this started. BPD took custody of the pistol at 9:45.
""",
     student=("369954", "Jamari Thomas", "2009-06-06", 10, {}),
     decision="allow", key=".380 pistol",
     nc=["Lucerne"], mct=["Black History Month assembly", ".380 pistol", "six rounds"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(60, school="Mission Hill K-8", recipient="bpd/district-b2", ground="weapon", weapon="BB gun",
     at="2025-10-16T15:15", location="Mission Hill K-8, playground",
     desc="""
An 8th grader, Mason, shot the target (gr 7) in the back of the leg with a BB gun on the playground after dismissal. It left a red welt, no broken skin. The BB gun (black, pump-action) was taken by the after-school coordinator. Mason had been harassing the target about his family being from Puerto Rico. Parents of both called.
""",
     student=("455126", "Mason Cooley", "2012-04-12", 8, {}),
     decision="deny", reason="other",
     nc=["Puerto Rico"],
     cats=["national_origin"], tags=["deny_replica"])

# ---------------------------------------------------------------------------------------------
# 61-80
# ---------------------------------------------------------------------------------------------

case(61, school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
     at="2025-12-08T14:50", location="TechBoston Academy, English department office",
     threat="On 12/8/2025 at about 2:50 PM, in the English department office, Corey Bishop told a teacher and the target: \"When he leaves today I'm gonna be at the Fields Corner station with my boys and we're gonna stab him up. He's not making it to Christmas.\" He repeated it to the AP at 3:05.",
     desc="""
Written by Ms. Adeyemi (English teacher) and the AP.
I had Corey and the target (gr 10) in the English department office for a mediation about the bullying complaint (Corey posting videos mocking the target's Creole-speaking grandmother and calling the family names). About ten minutes in, Corey stood up and said "When he leaves today I'm gonna be at the Fields Corner station with my boys and we're gonna stab him up. He's not making it to Christmas." He said it again, almost word for word, to the AP at 3:05. The target lives in Ashmont with his grandmother and takes the Red Line home from Fields Corner. We are holding the target at school until his grandmother picks him up, and Corey's mother is on her way.
""",
     student=("383390", "Corey Bishop", "2009-03-22", 10, {}),
     decision="allow", key="stab him up",
     nc=["Creole", "lives in Ashmont"], mct=["English department office", "stab him up", "not making it to Christmas"],
     cats=["language", "neighborhood"], tags=["allow_threat", "precision_trap"])

case(62, school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon", weapon="karambit knife",
     at="2026-01-06T13:40", location="Boston Latin Academy, World Languages hallway, 3rd floor",
     desc="""
Harassment and bullying report (continuation). Basis: [ ] Race [x] National origin [x] Religion [ ] Disability [ ] Sex
The target (gr 10) is Israeli; his family speaks Hebrew at home and he has been harassed since October by a group that includes Sean, who have drawn flags on his locker and left notes. On 1/6 at 1:40 in the World Languages hallway on the 3rd floor Sean took out a curved knife with a finger ring (a karambit), hooked it in the strap of the target's backpack and cut the strap, then said "next time it's you." A teacher in the doorway saw it. Sean put the karambit back in his pocket and walked to class, where SSS recovered it. No injury. Findings substantiated. Safety plan: separate schedules, staff escort.
""",
     student=("391007", "Sean McGrath", "2009-11-11", 10, {}),
     decision="allow", key="karambit",
     nc=["Israeli", "Hebrew"], mct=["World Languages hallway", "karambit", "next time it's you"],
     cats=["national_origin", "language"], tags=["allow_weapon", "precision_trap"])

case(63, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="harassment",
     at="2025-11-03T10:00", location="Henderson K-12 Inclusion School, upper campus",
     desc="""
Bullying Prevention and Intervention Plan - complaint summary. Basis: [x] Race [x] Disability
The target (gr 9, Haitian-American, uses a wheelchair) reports that Connor and another student took photos of her and posted them with racist captions, and moved her wheelchair out of reach twice. No threats or physical harm. Connor has admitted to the posts. Suspension and restorative plan in place. The parent asked if the district will send this to police. Submitting for a decision.
""",
     student=("418830", "Connor Blake", "2010-04-01", 9, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Haitian"],
     cats=["ethnicity"], tags=["deny_ground"])

case(64, school="Lyon Upper School", recipient="bpd/district-d14", ground="serious_violence",
     at="2026-04-16T12:55", location="Lyon Upper School, boys' locker room",
     desc="""
Confidential - investigator (district Title IX designee). The target is a 10th grade boy whose family arrived from Ukraine in 2023 on humanitarian parole; he has been teased since the fall about his accent and his clothes. On 4/16 at about 12:55, after PE, Gabriel and another boy held the target down on the locker room bench and Gabriel sexually assaulted him while the other boy filmed. The target told the PE teacher that afternoon. He was taken to Boston Children's by his mother for a forensic exam. The video was found on the other boy's phone and has been preserved without being copied. Gabriel and the other boy were removed from school the same day. The target is receiving counseling; safety plan includes a private changing area and a staff escort.
""",
     student=("386051", "Gabriel Sousa", "2009-02-19", 10, {}),
     decision="allow", key="sexually assaulted",
     nc=["Ukraine", "humanitarian parole"], mct=["locker room bench", "forensic exam", "filmed"],
     cats=["national_origin", "immigration_status"], tags=["allow_violence"])

case(65, school="Charlestown High School", recipient="bpd/district-a15", ground="drugs",
     substances=["counterfeit Percocet (suspected fentanyl)"],
     at="2026-02-03T10:20", location="Charlestown High School, 2nd floor, Spanish 3 classroom",
     desc="""
The target (gr 9) in an open bullying case asked to speak to the AP privately after Spanish 3. She said Tyler had been threatening to post her texts unless she held pills for him, and she handed over a bag with 10 blue pills marked "M 30." A search of Tyler's backpack found 22 more in an Altoids tin and a digital scale. Tyler said they were "percs." The target lives in Mishawum Park and said Tyler's friends wait for her at the gate. Nurse checked her; she had not taken anything. Pills are in the main office safe.
""",
     student=("413729", "Tyler Quinn", "2010-05-05", 9, {}),
     decision="allow", key="Altoids tin",
     nc=["Mishawum"], mct=["Spanish 3", "Altoids tin", "digital scale"],
     cats=["neighborhood"], tags=["allow_drugs", "precision_trap"])

case(66, school="Excel High School", recipient="allied-universal-security", ground="weapon", weapon="knife",
     at="2025-10-30T12:45", location="Excel High School, cafeteria",
     desc="""
The target (gr 11), who is Chinese, reported that Devin showed him a folding knife under the cafeteria table and told him to drop his bullying complaint. SSS found the knife in Devin's locker. We are sending this to the private security company that staffs the after-school program so their guards know to watch for Devin.
""",
     student=("365517", "Devin Cho-Matthews", "2008-12-05", 11, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Chinese"],
     cats=["ethnicity"], tags=["deny_recipient"])

case(67, school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="credible_threat",
     at="2026-03-24T12:30", location="Margarita Muñiz Academy, cafeteria",
     threat="On 3/24/2026 at lunch Daniel Batista told the target, in front of the table: \"After school you're getting stabbed, I got the knife in my locker, watch.\" At 2:10 a knife was found in his locker.",
     desc="""
Bullying & harassment investigation - summary for BPD.
Basis: [ ] Race [x] National origin [ ] Religion [ ] Disability [ ] Sex
The target (gr 9) is from Guatemala and speaks K'iche'; Daniel and friends have made fun of him for being "indio" since January. On 3/24 at lunch Daniel said to him, in front of the whole table, "After school you're getting stabbed, I got the knife in my locker, watch." The lunch monitor heard it. At 2:10 the AP and SSS opened Daniel's locker and found a kitchen knife with a 5-inch blade under his gym clothes. Daniel said he was "just talking." Findings: substantiated. Safety plan: separate dismissal, daily check-in with the counselor.
""",
     student=("448251", "Daniel Batista", "2010-08-13", 9, {}),
     decision="allow", key="kitchen knife",
     nc=["Guatemala", "K'iche'", "indio"], mct=["getting stabbed", "5-inch blade", "under his gym clothes"],
     cats=["national_origin", "language", "ethnicity"], tags=["allow_threat"])

case(68, school="Joseph Lee K-8", recipient="bpd/district-c11", ground="serious_violence",
     at="2025-11-25T14:10", location="Joseph Lee K-8, 8th grade bathroom",
     desc="""
Principal's report to the Office of Safety Services.
At 2:10 an 8th grade boy came out of the bathroom with his hoodie on fire. Staff put it out with a fire blanket. He said Julian sprayed body spray at him and lit it with a black lighter (a "flamethrower" Julian had shown kids on TikTok). The nurse saw burns on his neck and jaw; EMS took him to Shriners, where his mother was told they are second-degree burns. Julian was found in the hallway with the lighter and a can of body spray. This follows a bullying complaint in October about Julian filming the boy and making fun of his mother's Cape Verdean accent. The family lives near Fields Corner. Julian has been suspended and a hearing requested.
""",
     student=("464401", "Julian Reyes", "2011-06-27", 8, {}),
     decision="allow", key="second-degree burns",
     nc=["Cape Verdean", "Fields Corner"], mct=["black lighter", "second-degree burns", "fire blanket"],
     cats=["ethnicity", "neighborhood"], tags=["allow_violence", "precision_trap"])

case(69, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence", at="2026-03-16T15:20", location="Madison Park, parking lot",
     attachments=[{"kind": "face_match", "name": "facial_recognition_match_report.pdf"}],
     desc="""
A 10th grade boy with a bullying complaint was beaten in the parking lot after school and has a broken jaw. He could not say who did it. Our camera footage was run through facial recognition and it matched Kwame; the match report is attached. The target is Ghanaian and the complaint was about comments on his accent. Kwame says he was at work.
""",
     student=("371856", "Kwame Appiah", "2009-04-18", 10, {}),
     decision="deny", reason="face_surveillance",
     nc=["Ghanaian"],
     cats=["face_surveillance", "ethnicity"], tags=["deny_face"])

case(70, school="Boston International Newcomers Academy", recipient="bpd/district-c11", ground="weapon", weapon="knife",
     at="2025-10-23T11:05", location="Boston International Newcomers Academy, 2nd floor hallway",
     desc="""
Statement by the 9th grade dean. At 11:05 I was called to the 2nd floor hallway where Ali was holding a small fixed-blade hunting knife (camo handle, about 4 inches) and backing the target up against the water fountain. He was yelling "you want to say it again?" I told him to put it down and he handed it to me. No one was injured. Both are 9th graders. The target had reported Ali in September for taking his phone; Ali says the target and his friends were calling him names about coming from Iraq and his Arabic. I have also been told by the counselor that Ali's family were refugees and that he is very afraid of being sent back. Both families were called.
""",
     student=("452980", "Ali Hassan", "2010-02-28", 9, {}),
     decision="allow", key="hunting knife",
     nc=["Iraq", "Arabic", "refugees"], mct=["fixed-blade hunting knife", "water fountain", "camo handle"],
     cats=["national_origin", "language", "immigration_status"], tags=["allow_weapon"])

case(71, school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="credible_threat",
     at="2026-05-04T20:15", location="Off campus (Instagram); threatened act at school",
     threat="On 5/4/2026 at 8:15 PM Brody Sullivan posted an Instagram story showing a rifle on a bed, captioned: \"tomorrow 9am dearborn, the kids who reported me are first.\" He sent the same photo by direct message to the student who filed a bullying complaint against him.",
     desc="""
Night-time call log / admin notes. At 8:40 PM a parent called the principal's cell: her son, who filed a bullying complaint against Brody last month, received an Instagram DM from Brody showing a rifle on a bed and the words "tomorrow 9am dearborn, the kids who reported me are first." Brody posted the same photo to his story. The principal called BPD at 8:55 and the AP started this form. Brody's mother, reached at 9:20, said her brother is a hunter and keeps a rifle in the basement. Brody had been suspended 3 days for the bullying (he was shoving the complainant into lockers and posting his grades). Building will open with extra staff.
""",
     student=("427714", "Brody Sullivan", "2010-10-30", 10,
              {"race_ethnicity": "White, not Hispanic", "home_address": "19 Fenelon St"}),
     decision="allow", key="rifle",
     nc=["White, not Hispanic", "Fenelon St"], mct=["rifle on a bed", "the kids who reported me are first", "keeps a rifle in the basement"],
     cats=["ethnicity", "neighborhood"], tags=["allow_threat", "structured_forbidden"])

case(72, school="Fenway High School", recipient="bpd/district-b2", ground="drugs",
     substances=["psilocybin mushrooms"],
     at="2026-01-20T15:30", location="Fenway High School, room 118 (Black Student Union meeting)",
     desc="""
Dean of students - notes. The Black Student Union meeting in room 118 had just ended when the advisor saw Finn hand a ziploc to a 9th grader who has an open bullying complaint against him, and heard him say "eat these or I tell everyone." The 9th grader gave the bag to the advisor right away. Inside: dried mushrooms, about a handful, and a chocolate bar in a wrapper printed "shroom bar." Finn's jacket had two more chocolate bars. Finn said they were "magic mushrooms" from an older friend. The complainant is Eritrean and his mother speaks Tigrinya; the family was contacted through the language line.
""",
     student=("394455", "Finn Gallagher", "2009-09-03", 10, {}),
     decision="allow", key="mushrooms",
     nc=["Eritrean", "Tigrinya", "language line"], mct=["Black Student Union meeting", "dried mushrooms", "shroom bar"],
     cats=["ethnicity", "language"], tags=["allow_drugs", "precision_trap"])

case(73, school="Boston Latin Academy", recipient="bpd/district-b2", ground="credible_threat",
     at="2026-02-10T09:00", location="Boston Latin Academy",
     desc="""
Parent of the target (gr 7, Pakistani, speaks Urdu at home) called to say her son is scared because Riley "said something" about hurting him at the spring concert. The target won't say what. Riley is the subject of his bullying complaint from January. We haven't been able to confirm any words or any plan yet but want this on file with police.
""",
     student=("469330", "Riley Jordan", "2013-01-08", 7, {}),
     decision="deny", reason="missing_threat_statement",
     nc=["Pakistani", "Urdu"],
     cats=["national_origin", "language"], tags=["deny_threat_missing"])

case(74, school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon", weapon="expandable baton",
     at="2026-03-13T08:05", location="Jeremiah E. Burke High School, student entrance",
     desc="""
Safety Specialist Daley's statement. At 8:05 I was doing bag checks at the student entrance. In Marcus's bag I found an expandable steel baton (black, collapses to about 8 inches, opens to 21). When I asked him why, he said the boys who have been bullying him "since he got here from Honduras" have been waiting for him on Hancock St and he was going to "crack one of them" if they came at him again. He had a healing cut on his lip he says is from them last week. AP notified; he's in the office. His mom was called with the Spanish interpreter; she's coming in.
""",
     student=("380044", "Marcus Zelaya", "2009-10-24", 10, {}),
     decision="allow", key="baton",
     nc=["Honduras", "Hancock St", "Spanish", "interpreter"],
     mct=["expandable steel baton", "crack one of them", "opens to 21"],
     cats=["national_origin", "neighborhood", "language"], tags=["allow_weapon"])

case(75, school="Kennedy Academy for Health Careers", recipient="bpd/district-b2", ground="serious_violence",
     at="2025-12-17T11:40", location="Kennedy Academy for Health Careers, 1st floor single-stall bathroom",
     desc="""
Investigation report - sexual harassment escalated to assault. Basis: [x] Sex [x] Religion
The complainant (gr 11, female) reported in November that Devon made sexual comments to her and mocked her family's faith (they are members of the Church of Jesus Christ of Latter-day Saints). On 12/17 at about 11:40 Devon followed her into the 1st floor single-stall bathroom, locked the door, and sexually assaulted her. She screamed and a teacher forced the door. The nurse saw bruising on her wrists and neck. Her parents took her to Beth Israel for an exam. Devon left campus before SSS arrived. Findings: substantiated as to the prior harassment; the assault is being referred. Safety plan: Devon barred from campus pending the hearing; complainant has an escort.
""",
     student=("364228", "Devon Clarke", "2008-07-07", 11, {}),
     decision="allow", key="sexually assaulted",
     nc=["Latter-day Saints", "Church of Jesus Christ"], mct=["single-stall bathroom", "bruising on her wrists and neck", "forced the door"],
     cats=["religion"], tags=["allow_violence"])

case(76, school="Mildred Avenue K-8", recipient="bpd/district-b3", ground="weapon", weapon="pepper spray",
     at="2026-04-01T07:55", location="Mildred Avenue K-8, front steps",
     desc="""
Hand-written statement from the morning duty teacher, typed up by the office:
At about 7:55 on the front steps Nia took a small pepper spray out of her black sweatshirt pocket and sprayed the 7th grade girl who has been complaining about her (the bullying case from March). The girl got it in her eyes and mouth and was coughing and crying. I took her to the nurse; EMS came and rinsed her eyes and she went home with her grandmother, who only speaks Spanish - the office manager translated. Nia gave me the spray (red, keychain size). She said the girl's family "thinks they own Morton St" and she was tired of it. The grandmother told me they live on Morton St.
""",
     student=("473018", "Nia Robinson", "2012-11-16", 8, {}),
     decision="allow", key="pepper spray",
     nc=["Spanish", "translated", "Morton St"], mct=["black sweatshirt", "pepper spray", "eyes and mouth"],
     cats=["language", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(77, school="Lyon Upper School", recipient="bpd/district-d14", ground="threats",
     at="2025-11-14T13:00", location="Lyon Upper School",
     desc="""
Complaint summary: Isaiah told the target (gr 10) "watch yourself" in the hallway and said he'd "see him around." The target is Lebanese and speaks Arabic at home; Isaiah and his friends have been calling him names for weeks. No weapon, no plan, no contact since. Findings substantiated for bullying.
""",
     student=("393115", "Isaiah Ward", "2009-12-12", 10, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Lebanese", "Arabic"],
     cats=["ethnicity", "language"], tags=["deny_ground"])

case(78, school="English High School", recipient="bpd/district-e13", ground="credible_threat",
     at="2026-04-29T10:20", location="English High School, English department, room 305",
     threat="On 4/29/2026 at 10:20 AM in room 305, Javon Pierce told the target and their teacher: \"I'm gonna wait for you after school and put a bullet in you, and Ms. Dunn too if she gets in the way.\" He said he has a gun at a friend's house and can get it \"in ten minutes.\"",
     desc="""
English department incident form - room 305, 10:20 AM.
Teacher (Ms. Dunn): During the English 10 peer review, the target (gr 10) told Javon to give back her phone. Javon stood up and said "I'm gonna wait for you after school and put a bullet in you, and Ms. Dunn too if she gets in the way." When I said his name he said he has a gun at a friend's house and can get it "in ten minutes."
Bullying file: the target has reported Javon three times since January, including calling her names about being Dominican.
Other: The target lives in Jamaica Plain, about 10 minutes from school, and walks home. Her father has been called and is picking her up. Javon is with the AP; his mother is coming.
""",
     student=("417263", "Javon Pierce", "2010-01-03", 10, {}),
     decision="allow", key="put a bullet in you",
     nc=["Dominican", "lives in Jamaica Plain"], mct=["English 10 peer review", "put a bullet in you", "in ten minutes"],
     cats=["ethnicity", "neighborhood"], tags=["allow_threat", "precision_trap"])

case(79, school="Excel High School", recipient="bpd/district-c6", ground="drugs", substances=["crack cocaine"],
     at="2025-12-03T14:00", location="Excel High School, 1st floor, outside the guidance office",
     desc="""
From Mr. Petrakis, AP. A 10th grader came into guidance at 2:00 with the signed papers for her schedule change (we're moving her classes because of the bullying complaint against Lamont). She was shaking and said Lamont had just pushed a small bag into her coat pocket outside the guidance office and said "hold that or you know what happens." The bag had 7 small off-white rocks in a corner of a sandwich bag. SSS found Lamont on the 1st floor with $310 in small bills and a second bag with 12 more rocks. He said it was crack and it wasn't his. The school police officer says Lamont is associated with the Orchard Park crew. Everything is in the safe.
""",
     student=("359071", "Lamont Greer", "2008-10-19", 11, {}),
     decision="allow", key="off-white rocks",
     nc=["Orchard Park"], mct=["off-white rocks", "$310 in small bills", "signed papers for her schedule change"],
     cats=["gang_affiliation"], tags=["allow_drugs", "precision_trap"])

case(80, school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
     substances=["nicotine vape", "nicotine pouches"],
     at="2026-05-21T10:45", location="Brighton High School, 2nd floor bathroom",
     desc="""
Follow-up to the bullying complaint. Ava and her friends were making the target (gr 9) hide their vapes and a tin of nicotine pouches in her locker and mocking her Portuguese when she said no. Staff confiscated two disposable vapes and the pouches. The target's family lives in Allston and the mother wants the police to warn Ava.
""",
     student=("440178", "Ava Sheridan", "2010-06-02", 9, {}),
     decision="deny", reason="excluded_substance",
     nc=["Portuguese", "Allston"],
     cats=["language", "neighborhood"], tags=["deny_substance"])

# ---------------------------------------------------------------------------------------------
# 81-100
# ---------------------------------------------------------------------------------------------

case(81, school="Snowden International School", recipient="bpd/district-d4", ground="weapon", weapon="firearm",
     at="2025-10-06T08:30", location="Snowden International School, lobby security desk",
     desc="""
SSS log, Snowden, 10/6.
0825 - 11th grade girl reports to desk that Jean-Pierre said on the bus he has "a burner" and is going to "handle" the boy who jumped him after the game at White Stadium on Saturday. Jean-Pierre is the target in our open bullying case (same boy, 4 incidents since Sept).
0830 - Jean-Pierre walks in; escorted to AP office. Bag search: small black revolver, 5 rounds in the cylinder, wrapped in a towel.
0832 - Weapon secured in office safe; Jean-Pierre calm, says "I'm not getting jumped again."
0840 - BPD called.
0905 - Mother contacted; counselor assisted with the call.
Note: the bullying file documents a broken tooth from the Saturday fight at White Stadium.
""",
     student=("374871", "Jean-Pierre Louis", "2009-03-15", 11,
              {"birth_country": "Haiti", "english_proficiency": "Level 1 (Entering)", "home_language": "French"}),
     decision="allow", key="revolver",
     nc=["Haiti", "Level 1 (Entering)", "French"], mct=["White Stadium", "black revolver", "5 rounds in the cylinder"],
     cats=["national_origin", "language"], tags=["allow_weapon", "precision_trap", "structured_forbidden"])

case(82, school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2", ground="weapon",
     weapon="replica handgun", at="2026-01-30T15:10", location="O'Bryant, front steps",
     desc="""
After school on the front steps Quinn pointed a gun at the target (gr 9) and told him to "stop snitching." Staff recovered it: a Glock-style replica with the orange tip cut off; it cannot fire. The target has an open bullying complaint against Quinn involving jokes about his family being Laotian. Quinn says it is a prop from his brother. No one was hurt.
""",
     student=("420663", "Quinn Doherty", "2010-02-09", 9, {}),
     decision="deny", reason="other",
     nc=["Laotian"],
     cats=["ethnicity"], tags=["deny_replica"])

case(83, school="Boston Arts Academy", recipient="bpd/district-d4", ground="serious_violence",
     at="2026-02-25T16:30", location="Boston Arts Academy, orchestra room",
     desc="""
Report from the music department chair and the AP.
During sectionals at 4:30, Julia (violin) and the English horn player (gr 11), who filed a harassment complaint against Julia in January, argued over a chair. Julia picked up a metal music stand and swung it, hitting the English horn player across the face. She fell and hit her head on the riser. Three students and the chair witnessed it. EMS took her to Beth Israel; her father reports a fractured cheekbone that needs plates and a concussion. The January complaint says Julia mocked the target's Armenian last name and her grandmother's Apostolic church. Julia was picked up by her mother and is suspended pending a hearing.
""",
     student=("390927", "Julia Brennan", "2008-11-02", 11, {}),
     decision="allow", key="metal music stand",
     nc=["Armenian", "Apostolic"], mct=["English horn player", "metal music stand", "fractured cheekbone"],
     cats=["ethnicity", "religion"], tags=["allow_violence", "precision_trap"])

case(84, school="English High School", recipient="mbta-transit-police", ground="weapon", weapon="knife",
     at="2025-11-06T15:20", location="Jackson Square station (Orange Line)",
     desc="""
Two students reported that after school Carlos pulled a knife on the target (gr 10) on the Jackson Square platform. The target has a bullying complaint against Carlos. The target lives in Hyde Square with his family and takes the Orange Line every day. Because it happened in the station we are sending this to MBTA Transit Police.
""",
     student=("412050", "Carlos Medina", "2010-07-17", 10, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Hyde Square"],
     cats=["neighborhood"], tags=["deny_recipient"])

case(85, school="Boston Latin School", recipient="bpd/district-d4", ground="credible_threat",
     at="2026-03-11T07:20", location="Boston Latin School, library",
     threat="On 3/11/2026 at 7:20 AM an email was sent from Peter Lindgren's school account to the target: \"I have my father's shotgun. Thursday during B lunch I'm walking into the library and you are the first one.\" Peter confirmed to the head of school that he wrote it and that he knows the combination to the gun cabinet.",
     desc="""
Head of School's notes. At 7:25 the target (gr 10) forwarded to her counselor an email sent at 7:20 from Peter's school account: "I have my father's shotgun. Thursday during B lunch I'm walking into the library and you are the first one." The target has an open bullying case against Peter (he rewrote her Honors English essay as a parody and posted it, and has made comments about her being Sudanese). Peter was called down at 7:45 and confirmed he wrote it. He said he knows the combination to his father's gun cabinet. His father, reached at 8:10, confirmed there is a shotgun in the house. The target has gone home.
""",
     student=("397788", "Peter Lindgren", "2009-05-09", 10, {}),
     decision="allow", key="shotgun",
     nc=["Sudanese"], mct=["Honors English essay", "father's shotgun", "B lunch"],
     cats=["ethnicity"], tags=["allow_threat", "precision_trap"])

case(86, school="Mission Hill K-8", recipient="bpd/district-b2", ground="drugs", substances=["oxycodone"],
     at="2026-04-22T12:20", location="Mission Hill K-8, 8th grade lunch",
     desc="""
Middle school dean. An 8th grade girl who has been in our bullying process since February (as a target) told the lunch aide that Kevon and another boy had been handing her pills to carry and telling her they'd "jump her at the Heath Street stop" if she didn't. She gave the aide a folded napkin with 4 round yellow pills stamped "OC 40." We found 6 more of the same in Kevon's sock during a search with his father present. Kevon says he got them from an older boy; the school police officer believes Kevon is starting to hang around the Heath Street gang and says Kevon's family lives in Bromley-Heath. The girl has not taken anything.
""",
     student=("471530", "Kevon Mitchell", "2011-08-19", 8, {}),
     decision="allow", key="OC 40",
     nc=["Heath Street gang", "Bromley-Heath"], mct=["folded napkin", "OC 40", "in Kevon's sock"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_drugs"])

case(87, school="Boston Community Leadership Academy", recipient="fbi", ground="credible_threat",
     at="2026-01-12T09:00", location="Boston Community Leadership Academy",
     threat="On 1/12/2026 Owen Price posted in a class group chat: \"Wednesday I'm bringing my uncle's AR and shooting [target] and whoever is with him.\"",
     desc="""
Owen posted in the class group chat that he is bringing his uncle's AR on Wednesday to shoot the target, who is Syrian and who reported Owen for harassment last month. Because it mentions an assault rifle, the headmaster wants the FBI field office to receive this directly.
""",
     student=("369204", "Owen Price", "2009-04-06", 11, {}),
     decision="deny", reason="recipient_not_permitted",
     nc=["Syrian"],
     cats=["ethnicity"], tags=["deny_recipient"])

case(88, school="East Boston High School", recipient="bpd/district-a7", ground="serious_violence",
     at="2026-01-23T11:50", location="East Boston High School, cafeteria line",
     desc="""
East Boston High School - Office of the Headmaster - incident summary.
At about 11:50 in the cafeteria line, Bryan stabbed the target (gr 11) in the right thigh with a pair of pointed scissors he had taken from the art room. The target bled heavily; the nurse and SSS applied a tourniquet until EMS arrived. He was taken to Mass General, where he had surgery to repair a lacerated artery. Bryan was held in the AP's office until BPD arrived. The target reported Bryan in December for harassment: Bryan and his friends had been calling him "MS-13" and saying his family is Salvadoran and "all gangsters." The target's mother asked us to make clear that her son has nothing to do with any gang.
""",
     student=("359648", "Bryan Castillo", "2008-09-29", 11, {}),
     decision="allow", key="scissors",
     nc=["MS-13", "Salvadoran"], mct=["right thigh", "pointed scissors", "lacerated artery"],
     cats=["gang_affiliation", "ethnicity"], tags=["allow_violence"])

case(89, school="Brighton High School", recipient="bpd/district-d14", ground="vandalism",
     at="2025-12-01T07:30", location="Brighton High School, 2nd floor lockers",
     desc="""
Custodian found a swastika and the words "go back" written in Sharpie on the locker of a 10th grader who is Jewish. Hallway camera shows Tobias at the locker at 7:28. Tobias admitted it. Locker cleaned. Bullying/harassment investigation opened; no threats or contact. Family asks that police open a case.
""",
     student=("398801", "Tobias Ryan", "2009-08-26", 10, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["Jewish"],
     cats=["religion"], tags=["deny_ground"])

case(90, school="Edison K-8", recipient="bpd/district-d14", ground="weapon", weapon="taser",
     at="2026-03-04T10:05", location="Edison K-8, science lab, room 210",
     desc="""
Written account from Mr. English, the 8th grade science teacher. At 10:05 during lab, Logan reached across the lab bench and pressed a small pink taser against the upper arm of the 8th grader he has been picking on (ongoing bullying case since January). It made a loud snap and she screamed and grabbed her arm. There is a red mark with two small dots where the prongs touched. I took the taser from Logan; he said his older sister bought it online. The girl's mother, who speaks Spanish, was called through the front office; the family is Colombian and lives on Faneuil St. The girl went home early with her mother.
""",
     student=("462287", "Logan Murray", "2011-11-14", 8, {}),
     decision="allow", key="taser",
     nc=["Spanish", "Colombian", "Faneuil St"], mct=["Mr. English", "pink taser", "two small dots"],
     cats=["language", "ethnicity", "neighborhood"], tags=["allow_weapon", "precision_trap"])

case(91, school="Community Academy of Science and Health", recipient="bpd/district-e18", ground="drugs",
     substances=["vape (contents unknown)"],
     at="2025-10-27T09:50", location="Community Academy of Science and Health, girls' bathroom",
     desc="""
During the bullying investigation (target gr 10), the target said Kayla made her hold a vape pen for her. Staff recovered it; no label, contents unknown, not tested. The target's family speaks Creole at home and the meeting was held with an interpreter. No other substances.
""",
     student=("376630", "Kayla Simmons", "2009-06-21", 10, {}),
     decision="deny", reason="excluded_substance",
     nc=["Creole", "interpreter"],
     cats=["language"], tags=["deny_substance"])

case(92, school="Excel High School", recipient="bpd/district-c6", ground="credible_threat",
     at="2026-05-15T13:40", location="Excel High School, homeroom 118",
     threat="On 5/15/2026 in homeroom 118, Shane Costello told the target and three other students: \"Next Friday at the cookout I'm bringing my cousin's pistol and I'm shooting you in front of everybody.\" A classmate says Shane showed her a photo of a pistol in a glove box the same day.",
     desc="""
AP summary. This is the 4th incident in the bullying case filed by the target (gr 12) in March. In homeroom 118 on 5/15, in front of three classmates, Shane said: "Next Friday at the cookout I'm bringing my cousin's pistol and I'm shooting you in front of everybody." The senior cookout is on the back field. A classmate states that Shane showed her a photo of a pistol in the glove box of a car that same afternoon. The target's complaint says Shane calls him names about being Puerto Rican and that the target is afraid to walk home to the Old Harbor development. Shane's father has been called. Shane is not allowed at the cookout.
""",
     student=("346102", "Shane Costello", "2007-11-21", 12, {}),
     decision="allow", key="pistol",
     nc=["Puerto Rican", "Old Harbor"], mct=["homeroom 118", "cousin's pistol", "glove box"],
     cats=["ethnicity", "neighborhood"], tags=["allow_threat", "precision_trap"])

case(93, school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
     substances=["fentanyl"],
     at="2026-02-26T08:40", location="East Boston High School, 3rd floor bathroom",
     desc="""
Assistant headmaster - East Boston High School. A 9th grade boy told his English teacher at 8:40 that Diego had cornered him in the 3rd floor bathroom and put a small wax-paper bag in his hand, saying he'd "find him" if he didn't sell it. The bag was stamped with a red skull and had a tan powder in it. Diego was searched and had 9 more of the same stamped bags and a roll of cash. Diego told me it was "fent" (fentanyl). The 9th grader is new to the country, from Colombia, and lives in Orient Heights with his aunt; he was visibly scared to go home. Nurse checked him; he did not touch the powder.
""",
     student=("444927", "Diego Arango", "2010-04-25", 9, {}),
     decision="allow", key="fentanyl",
     nc=["Colombia", "Orient Heights", "new to the country"], mct=["wax-paper bag", "red skull", "English teacher"],
     cats=["national_origin", "neighborhood"], tags=["allow_drugs", "precision_trap"])

case(94, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="credible_threat", at="2026-04-30T12:00", location="Madison Park, welding shop",
     desc="""
Target (gr 11) says Zion has said "something" about catching him after the shop awards. The target's parents (Nigerian, Yoruba speakers) were told through a staff member who speaks Yoruba. No one heard exact words. Bullying complaint open since March. Sending so police are aware.
""",
     student=("368390", "Zion Harper", "2008-08-30", 11, {}),
     decision="deny", reason="missing_threat_statement",
     nc=["Nigerian", "Yoruba"],
     cats=["national_origin", "language"], tags=["deny_threat_missing"])

case(95, school="Boston Community Leadership Academy", recipient="bpd/district-e18", ground="serious_violence",
     at="2025-09-26T12:35", location="Boston Community Leadership Academy, 2nd floor girls' bathroom",
     desc="""
Bullying investigation - escalation to serious assault (prepared by Dean L. Moriarty).
Target statement (taken at the hospital with her father): the target (gr 10) said Keira and two other girls followed her into the 2nd floor bathroom at 12:35. Keira put her in a chokehold from behind and kept squeezing until she passed out on the floor. She woke up with the nurse over her.
Witnesses: a 9th grader at the sinks says Keira "wouldn't let go" even when the target went limp.
Medical: EMS took her to Carney; she was admitted overnight for observation, has burst blood vessels in both eyes and bruising across her throat.
Background: Since August Keira's group has been harassing the target for being Bangladeshi and for speaking Bengali on the phone with her mom. Safety plan in effect since 9/10.
""",
     student=("382275", "Keira Flanagan", "2009-07-14", 10, {}),
     decision="allow", key="chokehold",
     nc=["Bangladeshi", "Bengali"], mct=["chokehold", "passed out", "burst blood vessels in both eyes"],
     cats=["ethnicity", "language"], tags=["allow_violence"])

case(96, school="New Mission High School", recipient="bpd/district-b3", ground="civil_rights_violation",
     at="2026-01-14T10:30", location="New Mission High School",
     desc="""
Civil rights complaint. Basis: [x] National origin [x] Race. Students including Jaden have been telling the target (gr 11) that she is undocumented and that they will "call immigration" on her family; posts in a group chat say the same. The target has been absent four days. No physical contact, no weapons. Jaden admitted to the posts. The family wants the police to investigate the harassment.
""",
     student=("364705", "Jaden Roberts", "2008-10-11", 11, {}),
     decision="deny", reason="ground_not_permitted",
     nc=["undocumented"],
     cats=["immigration_status"], tags=["deny_ground"])

case(97, school="TechBoston Academy", recipient="bpd/district-c11", ground="serious_violence",
     at="2025-12-12T15:15", location="TechBoston Academy, side door",
     desc="""
A 9th grader in our bullying program was attacked at the side door at dismissal and needed stitches for a cut over his eye and has a broken wrist. He didn't see who hit him first. The district's security camera vendor ran its face-matching search on the side door footage and it identified Nasir as the first person to swing. Based on that match and a partial statement from a bystander we are reporting Nasir. The target is Cape Verdean and the bullying complaint was about his accent.
""",
     student=("453339", "Nasir Gomes", "2010-05-31", 9, {}),
     decision="deny", reason="face_surveillance",
     nc=["Cape Verdean"],
     cats=["face_surveillance", "ethnicity"], tags=["deny_face"])

case(98, school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="credible_threat",
     at="2026-04-08T15:25", location="Henderson K-12 Inclusion School, bus line (bus 23 stop)",
     threat="On 4/8/2026 at 3:25 PM in the bus line, Dorian Alexis told the target: \"Tomorrow on the bus I'm going to stab you in your neck, I have my knife.\" He showed the target and a bus monitor the handle of a knife in his waistband before getting on the bus.",
     desc="""
BULLYING / HARASSMENT INVESTIGATION - FINDINGS AND SAFETY PLAN
Basis: [ ] Race [ ] National origin [ ] Religion [x] Disability [ ] Sex
Target (gr 7) uses a communication device. Complaint: Dorian has been taking the device and typing insults on it since February.
4/8, 3:25 PM, bus line: Dorian told the target "Tomorrow on the bus I'm going to stab you in your neck, I have my knife," and lifted his shirt to show the handle of a knife in his waistband. The bus monitor saw the handle and heard the words. Dorian got on bus 23 before staff could reach him; his mother was called at 3:40 and found a folding knife in his backpack at home.
Findings: substantiated.
Safety plan: Dorian moved to a different bus; target has a 1:1 on the bus.
""",
     student=("459914", "Dorian Alexis", "2012-09-05", 7,
              {"ell_status": "EL - Level 3 (Developing)", "home_language": "Haitian Creole",
               "transportation": "bus 23", "accommodations": "IEP"}),
     decision="allow", key="stab you in your neck",
     nc=["EL - Level 3", "Haitian"], mct=["stab you in your neck", "bus monitor", "handle of a knife"],
     cats=["language"], tags=["allow_threat", "structured_forbidden"])

case(99, school="Community Academy of Science and Health", recipient="bpd/district-e18", ground="weapon", weapon="machete",
     at="2026-05-26T14:55", location="Community Academy of Science and Health, back lot by the basketball court",
     desc="""
Hi Mr. Atkins, per your request here's what I saw. About 2:55 I was on the back lot by the basketball court and Jermaine came around the side of the building holding a machete, maybe 18 inches, black handle with tape on it. He was walking straight at the boy who reported him for bullying in April and saying "you wanna talk now?" The boy ran inside. I got between them and told Jermaine to drop it and he threw it in the bushes. I picked it up and gave it to SSS. Nobody got cut. Jermaine's friends were yelling things in Patois and one of them said the boy's family "from Mattapan Heights" needs to watch out - I think the boy lives there. - Coach Benoit
""",
     student=("375901", "Jermaine Bailey", "2009-02-11", 10, {}),
     decision="allow", key="machete",
     nc=["Patois", "Mattapan Heights"], mct=["machete", "you wanna talk now", "threw it in the bushes"],
     cats=["language", "neighborhood"], tags=["allow_weapon"])

case(100, school="Joseph Lee K-8", recipient="bpd/district-c11", ground="drugs",
     substances=["alprazolam (Xanax)", "THC vape"],
     at="2026-03-27T13:15", location="Joseph Lee K-8, 8th grade hallway",
     desc="""
Report from the 8th grade ELA teacher and the principal.
At 1:15 the ELA teacher found an 8th grade boy slumped at his desk, hard to wake. He told the nurse that Marcus, who has been bullying him since the winter (complaint filed February), made him swallow "half a bar" in the hallway and laughed. EMS took him to Boston Children's; his mother says he was observed for six hours and released. In Marcus's backpack: a sandwich bag with 5 white rectangular bars stamped "XANAX" and 2 halves, plus a THC vape. Marcus says he gets them from an older cousin. The boy's family is Dominican; the mother asked that all calls be in Spanish and an interpreter was used at the hospital meeting.
""",
     student=("467002", "Marcus Delgado", "2011-12-02", 8, {}),
     decision="allow", key="XANAX",
     nc=["Dominican", "Spanish", "interpreter"], mct=["half a bar", "5 white rectangular bars", "ELA teacher"],
     cats=["ethnicity", "language"], tags=["allow_drugs", "precision_trap"])


def main():
    self_check()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
