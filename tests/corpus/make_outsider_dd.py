#!/usr/bin/env python3
"""Outsider corpus "outsider_dd": fight pages and fight videos.

Family
    Recorded fights and everything around them: Snapchat / Instagram / group-chat threads that
    plan a fight, "fight page" accounts that post clips of BPS students, students who film,
    share or are filmed, and what staff find afterwards (a knife in the clip, a stun gun, pills
    in a backpack after a bathroom fight, a threat posted under a video). Every description is
    hand-written prose in a real writer's voice (assistant principals, teachers, nurses,
    counselors, bus monitors, coaches, clerks, students' written statements, SIS exports,
    emails, voicemail transcripts), set in Boston schools, streets and T stops.

Deny mix (34 of 100, about a third)
    * ground_not_permitted (12): a fight, a fight page, cyberbullying, harassment, theft,
      "gang activity", trespass, vandalism ... submitted under a ground code that is not one
      of the four permitted grounds;
    * excluded_substance (5): drugs ground naming only weed / THC carts, vapes of unknown
      content, nicotine pouches, hard seltzer;
    * recipient_not_permitted (6): BRIC, ICE, the fusion center, private mall security, transit
      police, HSI;
    * missing_threat_statement (5): credible_threat with no (or an empty) threat_statement;
    * face_surveillance (4): face-match attachments, vendor face-search results, a request to
      run stills of the filmer through face recognition;
    * other (2): airsoft / BB guns shown in a fight clip (need a named approver's determination).
    Denials still carry forbidden facts; their canaries are listed so a denial cannot echo them.

Forbidden facts (allowed cases)
    Woven into the narrative the way staff actually write them: a grandmother who "only speaks
    Kreyol", "la mamá dice que no tienen papeles", a cousin who "veio do Brasil", a boy "staying
    with his dad on Norfolk Street", "the Lenox St development", "reps Top Side", "Hatian",
    "Somolian", "Guatamala" (misspelled), Chinese / Portuguese / Spanish / Haitian Creole / Arabic
    phrases, plus structured student fields (home_language, country_of_birth, address, ell_status,
    ethnicity, gang_flag, religion ...). Each mention's shortest revealing substring is a
    must_not_contain canary, and its RULES.md section 4 code is in categories.

Precision traps (must survive: must_contain / must_contain_text)
    Words that look like a forbidden category but are about something else: a cut above the
    "left temple", "Mass General", "St. Elizabeth's", the "Citizen app", a "WhatsApp status",
    a "Visa gift card", a field-hockey "green card", a "Fighting Irish" hoodie, "crew neck",
    "stage crew", "English class", "Latin II", "Spanish 3 quiz", "French fries", "FaceTime",
    a teacher who "recognized Tatyana's face" in a clip (a person, not face recognition), school names
    that contain neighborhoods or newcomer words (East Boston High School, Charlestown High
    School, Orchard Gardens K-8, Boston International High School & Newcomers Academy), and
    incident locations (Jamaica Pond, Franklin Park, Ruggles) which are places of the incident,
    not residences.

Standard library only. Writes tests/data/corpus/outsider_dd.jsonl (100 lines, ODD-0001..0100).
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_dd.jsonl"
FAMILY = "fight_video"
CASES = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def shape(text, layout):
    """Prose paragraphs are unwrapped (people do not hard-wrap); exports and forms keep their lines."""
    text = text.strip()
    if layout == "keep":
        return text
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paras)


def stu(name, sid, dob, grade, school, **extra):
    d = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    d.update(extra)
    return d


def add(n, decision, *, school_id, recipient, ground, student, when, where, desc,
        nc=(), mc=(), mct=(), cats=(), tags=(), reason=None, weapon=None, substances=None,
        threat=None, attachments=None, layout="prose"):
    cid = "ODD-%04d" % n
    req = {"request_id": cid, "school_id": school_id, "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": when, "location": where, "description": shape(desc, layout)}
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    else:
        exp["must_contain"] = [student["name"], student["school"]] + list(mc)
        exp["must_contain_text"] = list(mct)
    exp["must_not_contain"] = list(nc)
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------- schools
BURKE = ("Jeremiah E. Burke High School", "BPS-4113")
ENGLISH = ("English High School", "BPS-4205")
MADISON = ("Madison Park Technical Vocational High School", "BPS-4180")
EBHS = ("East Boston High School", "BPS-4310")
EXCEL = ("Excel High School", "BPS-4291")
BRIGHTON = ("Brighton High School", "BPS-4247")
TECHBOS = ("TechBoston Academy", "BPS-4388")
MISSION = ("Mission Hill K-8", "BPS-4522")
OBRYANT = ("John D. O'Bryant School of Mathematics & Science", "BPS-4155")
CHARLES = ("Charlestown High School", "BPS-4236")
SNOWDEN = ("Snowden International School", "BPS-4402")
BLA = ("Boston Latin Academy", "BPS-4142")
DEARBORN = ("Dearborn STEM Academy", "BPS-4367")
BCLA = ("Boston Community Leadership Academy", "BPS-4176")
ACC = ("Another Course to College", "BPS-4419")
BINCA = ("Boston International High School & Newcomers Academy", "BPS-4433")
ORCHARD = ("Orchard Gardens K-8 School", "BPS-4541")
MUNIZ = ("Margarita Muñiz Academy", "BPS-4456")
EMK = ("Edward M. Kennedy Academy for Health Careers", "BPS-4468")
CASH = ("Community Academy of Science and Health", "BPS-4472")
DORCH = ("Dorchester Academy", "BPS-4263")
BGA = ("Boston Green Academy", "BPS-4481")
FREDERICK = ("Lilla G. Frederick Middle School", "BPS-4603")
IRVING = ("Washington Irving Middle School", "BPS-4611")
HENDERSON = ("Henderson K-12 Inclusion School", "BPS-4620")
BAA = ("Boston Arts Academy", "BPS-4490")
MCKAY = ("McKay K-8 School", "BPS-4555")
HERNANDEZ = ("Rafael Hernández K-8 School", "BPS-4560")
FENWAY = ("Fenway High School", "BPS-4497")


def S(school, name, sid, dob, grade, **extra):
    return stu(name, sid, dob, grade, school[0], **extra)

# ---------------------------------------------------------------- cases 1-20
add(1, "allow", school_id=BURKE[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(BURKE, "Marquise Dalton", "418205", "2009-11-03", 10),
    when="2025-10-07T14:40:00-04:00", where="Sidewalk outside the main entrance, Washington Street",
    desc="""
On Tuesday at about 2:40 PM, right after dismissal, a fight broke out on the sidewalk in front of
the Burke's main entrance. Students knew about it in advance: a Snapchat group called "2:30 at the
gate" had been going since lunch, and in the clip we have I count at least nine phones held up.
Marquise Dalton (gr. 10) punched a grade 11 student (K.O.) repeatedly in the face after K.O. was
already on the ground. K.O. lost consciousness for roughly 30 seconds. Boston EMS took him to BMC,
where he was diagnosed with a fractured orbital bone and a concussion; his mother tells me he will
need surgery on the eye socket. Marquise's aunt came to the office at 4. She was very upset and kept
saying the family already has enough going on with the immigration lawyer and the asylum hearing in
March, and asked that we please not involve the police. I explained that an injury like this is
something we have to report. The clip was taken down from the account @burkefights617 by 6 PM; we
saved a copy from a staff member's phone.
""",
    nc=["immigration lawyer", "asylum"], mc=["orbital"],
    mct=["fractured orbital bone", "lost consciousness", "nine phones"],
    cats=["immigration_status"], tags=["allow_violence", "ap_narrative"])

add(2, "deny", reason="ground_not_permitted", school_id=BRIGHTON[1], recipient="bpd/district-d14",
    ground="fight",
    student=S(BRIGHTON, "Yesenia Calderón", "427731", "2010-02-19", 10),
    when="2025-11-13T11:05:00-05:00", where="2nd floor stairwell near room 214",
    desc="""
Subject: hallway fight / video going around

Hi Ms. Reardon, writing this up like you asked. Around 11:05 during the 3rd period change I heard
yelling by the 2nd floor stairwell near room 214. Two girls, Yesenia Calderón and another 10th
grader, were pulling hair and swinging at each other. It lasted maybe 20 seconds before Mr. Okafor
and I separated them. Nobody needed the nurse beyond an ice pack; Yesenia had a scratch on her cheek.
What bothers me more is that a boy was filming from the top of the stairs and by lunch it was on the
page everybody follows, the one that posts BHS fights. Afterward Yesenia told me, in Spanish, that she
was scared because her mom has no papers and she doesn't want police coming to the house.

Thanks,
Dana
""",
    nc=["no papers", "Spanish"], cats=["immigration_status", "language"],
    tags=["deny_ground", "teacher_email"])

add(3, "allow", school_id=EBHS[1], recipient="bpd/district-a7", ground="weapon", weapon="knife",
    student=S(EBHS, "Bryan Ayala-Reyes", "433018", "2009-04-27", 11),
    when="2025-10-14T12:18:00-04:00", where="Cafeteria, lunch B",
    layout="keep",
    desc="""
INCIDENT REPORT - SIS EXPORT
Incident #: 25-EBHS-0412
Date/Time: 10/14/2025 12:18
Location: Cafeteria, lunch B
Reporter: Cortes, M. (Asst. Principal)
Narrative: Student Bryan Ayala-Reyes (gr 11) observed in a video circulating on Instagram (account
"eastie.scraps") holding a folding knife with a black handle during a fight at the back tables of
the cafeteria. Staff located the student in room 118 at 12:40. Knife (approx. 4 in. blade) recovered
from his left sock by SSS Dimino. No injuries reported. Student stated he carries it "for the walk
home". Student is EL, level 2 on ACCESS; parent contact made through the Spanish interpreter line.
Action: emergency removal, 10 days. Parent contacted 1:15 PM.
""",
    nc=["EL, level 2", "Spanish"], mc=["folding knife"],
    mct=["left sock", "4 in. blade", "eastie.scraps"],
    cats=["language"], tags=["allow_weapon", "sis_export", "precision_trap"])

add(4, "allow", school_id=TECHBOS[1], recipient="bpd/district-c11", ground="credible_threat",
    threat="In a group chat of about fourteen TechBoston students, Jalen Whitfield wrote on 11/5 at "
           "9:52 PM: 'bring the strap tmrw, im not fighting him with hands, he getting popped after "
           "6th.' He named the target, the day and the time. Two members answered with gun emojis. "
           "Jalen was suspended in 2024 for bringing a knife. We consider this specific and credible.",
    student=S(TECHBOS, "Jalen Whitfield", "440612", "2009-08-15", 10),
    when="2025-11-06T07:35:00-05:00", where="Guidance office, 2nd floor",
    desc="""
Counselor note, 11/6/25. A 9th grader (name held by me, she is afraid) came to my office at 7:35 AM
and showed me screenshots from a group chat of about fourteen TechBoston students. The chat was made
last week to set up a fight between Jalen Whitfield and a 10th grade boy, after a video of the boy's
little brother getting slapped went around on a fight page. Last night the chat changed. Jalen wrote
about bringing "the strap" and said the other boy would be "popped after 6th". I went straight to AP
Greaves at 7:50. Jalen was met at the front door and searched; nothing was found on him or in his
bag. He told AP Greaves it was "just talk". His mom, reached at work, said he has been staying with
his dad on Norfolk Street since October. The other boy's family has been notified and he is being
dismissed early today with his father.
""",
    nc=["Norfolk Street"], mc=["popped after 6th"],
    mct=["nothing was found", "popped after 6th"],
    cats=["neighborhood"], tags=["allow_threat", "counselor_note"])

add(5, "deny", reason="excluded_substance", school_id=EXCEL[1], recipient="bpd/district-c6",
    ground="drugs", substances=["THC vape cartridges"],
    student=S(EXCEL, "Devin O'Halloran", "412977", "2008-12-09", 12),
    when="2026-01-28T15:05:00-05:00", where="Bus stop across from the school, East Broadway",
    desc="""
Summary from AP Lydon. At about 3:05 PM two seniors got into a fight at the bus stop across from the
building. The fight was filmed and posted within ten minutes to a page called southie.fights. From
the clip and from three student statements, the fight was about THC vape cartridges Devin O'Halloran
had sold to the other boy, who said they were "fake" and wanted his $60 back. Devin had four more
cartridges in his jacket when SSS Moran brought him inside. Neither boy was hurt beyond a bloody lip.
Devin's mother said she would come in but was held up at work; she mentioned she "can't keep running
back from Old Colony every time he does something". We would like BPD to be aware of the sales.
""",
    nc=["Old Colony"], cats=["neighborhood"], tags=["deny_substance", "ap_narrative"])

add(6, "allow", school_id=CHARLES[1], recipient="bpd/district-a15", ground="serious_violence",
    student=S(CHARLES, "Tyrese Holloway", "405533", "2008-05-30", 12),
    when="2026-01-22T13:05:00-05:00", where="Boys' locker room, gym level",
    layout="keep",
    desc="""
NURSE'S NOTE - 1/22/2026 - 1:10 PM
Student escorted to the health office by Coach Brennan after an altercation in the boys' locker room
that another student was recording on his phone. Per witnesses, Tyrese Holloway (gr 12) was struck
twice with a combination lock swung inside a sock.
Presentation: 3 cm laceration above the left temple, bleeding controlled with pressure. Reports
blurred vision and nausea. Could not tell me the day of the week. BP 142/88, HR 110.
Action: 911 called 1:14. Boston EMS transported to Mass General at 1:31. Mother met them there.
Update 5:20 PM (from mother, by phone): skull fracture, admitted overnight for observation.
Phone with the video was turned over to the AP.
""",
    mc=["skull fracture"], mct=["left temple", "Mass General", "combination lock"],
    cats=[], tags=["allow_violence", "nurse_note", "precision_trap", "clean"])

add(7, "deny", reason="face_surveillance", school_id=MADISON[1], recipient="bpd/district-b2",
    ground="serious_violence",
    student=S(MADISON, "Keshawn Bettencourt", "429940", "2009-07-21", 11),
    when="2026-02-10T14:20:00-05:00", where="Rear lot by the auto body shop",
    attachments=[{"kind": "photo", "name": "filmer_stills_1-4.jpg"},
                 {"kind": "video", "name": "lot_fight_0210.mp4"}],
    desc="""
Mr. Ferreira, please attach to the BPD referral.

At 2:20 PM Keshawn Bettencourt (gr 11) was stabbed once in the lower back with a screwdriver during a
fight in the rear lot by the auto body shop. He was taken to BMC and needed surgery. The student who
did it ran toward Ruggles and has not been identified; he was wearing a ski mask. The whole thing was
filmed by a second person in a white puffer whose face is visible in the reflection of a car window.
Nobody will tell us who the filmer is. We are asking BPD to run the attached stills of the filmer
through the department's face recognition system so we can get a name, and then use that to find
the student with the screwdriver. Keshawn's family is Cape Verdean and his grandmother asked us to
call her through the Kriolu line.
""",
    nc=["Cape Verdean", "Kriolu"], cats=["face_surveillance", "ethnicity", "language"],
    tags=["deny_face", "ap_narrative"])

add(8, "allow", school_id=SNOWDEN[1], recipient="bpd/district-d4", ground="weapon",
    weapon="brass knuckles",
    student=S(SNOWDEN, "Amari Boateng", "436671", "2008-10-02", 11),
    when="2026-02-03T14:15:00-05:00", where="Side doors, Copley Square side",
    desc="""
Witness statement (11th grade, written in the main office, 2/3/26)

I was by the side doors after school like 2:15. I seen Amari Boateng and a boy from another school
(I dont know his name he had a grey Nike Tech on) start arguing about a video that got posted of
Amari's sister. Amari took brass knuckles out his hoodie pocket, the gold color ones, and put them on
his right hand. He hit the boy one time in the mouth and the boy spit blood and a tooth came out.
Everybody was recording. Some kids was yelling "Ghana vs everybody" because thats what Amari always
says about where his fam is from. Then Mr. Pham came out and Amari ran toward the T. I dont want my
name on this please.
""",
    nc=["Ghana"], mc=["brass knuckles"], mct=["brass knuckles", "a tooth came out"],
    cats=["national_origin"], tags=["allow_weapon", "student_statement"])

add(9, "deny", reason="recipient_not_permitted", school_id=DORCH[1], recipient="bric",
    ground="weapon", weapon="knife",
    student=S(DORCH, "Rashad Pinto", "419058", "2009-03-11", 10),
    when="2025-12-02T09:40:00-05:00", where="Third floor bathroom",
    desc="""
Referral for the Regional Intelligence team, per their request at the November safety meeting.

At 9:40 AM a video was posted to an Instagram account that reposts fights from several Dorchester
schools. It shows Rashad Pinto (gr 10) in what is clearly our third floor bathroom holding a steak
knife to another boy's neck while a third boy films and laughs. Staff found Rashad in class; the knife
was in his backpack, wrapped in a paper towel. The account is run by older kids who claim Castle Row
and it tags rival pages. We want the analysts to have the clip and the account handles for their
mapping work. Rashad is a student with an IEP; his father has been notified.
""",
    nc=["Castle Row"], cats=["gang_affiliation"], tags=["deny_recipient", "ap_narrative"])

add(10, "allow", school_id=BGA[1], recipient="bpd/district-d14", ground="drugs",
    substances=["counterfeit oxycodone pills", "marijuana"],
    student=S(BGA, "Nathaniel Broussard", "444120", "2008-09-17", 12),
    when="2026-03-12T10:25:00-04:00", where="East stairwell between the 2nd and 3rd floors",
    desc="""
From: Asst. Principal K. Whitlock
Re: stairwell fight and search, 3/12

At 10:25 a fight in the east stairwell was livestreamed on Instagram by a student on the landing
above. Nathaniel Broussard (gr 12) and a junior were throwing punches; both were separated by SSS
Grant within a minute and neither needed more than an ice pack. The junior said the fight was about
money Nathaniel owed "for the blues". In the search that followed, Nathaniel's backpack had a sandwich
bag with 11 blue pills stamped "M 30" and a small amount of marijuana. The pills look like the
counterfeit oxycodone the district warned about in January. Nathaniel asked to be let out early
because he goes to the mosque with his uncle on Thursday afternoons; I told him his mother would need to pick him
up. The pills are sealed in the safe for BPD.
""",
    nc=["mosque"], mc=["M 30"], mct=["11 blue pills", "M 30", "east stairwell"],
    cats=["religion"], tags=["allow_drugs", "ap_email", "mixed_substances"])

add(11, "allow", school_id=MUNIZ[1], recipient="bpd/district-e13", ground="serious_violence",
    student=S(MUNIZ, "Kevin Tejada Morel", "431876", "2009-06-06", 11),
    when="2025-10-23T15:30:00-04:00", where="Jamaica Pond, path by the boathouse",
    desc="""
Incident summary written by Mr. Aldana (dean). The fight was planned during the school day in a group
chat; about twenty of our students walked over to Jamaica Pond after dismissal to watch. At about 3:30
Kevin Tejada Morel (gr 11) and a student from another school fought on the path by the boathouse.
Kevin was knocked down and kicked in the face several times while he was on the ground. Two videos
are on TikTok. He was taken to Boston Children's; his jaw is broken and has been wired shut. He will be
out at least two weeks. Kevin's mother came in the next morning. She was terrified of a police report
and kept telling me, "la mamá del otro niño dice que ellos no tienen papeles, no quiero problemas",
meaning her own family as well. We reassured her the report is about the assault.
""",
    nc=["no tienen papeles"], mc=["jaw is broken"],
    mct=["Jamaica Pond", "jaw is broken", "wired shut"],
    cats=["immigration_status"], tags=["allow_violence", "spanish", "precision_trap"])

add(12, "allow", school_id=FREDERICK[1], recipient="bpd/district-c11", ground="weapon",
    weapon="pepper spray",
    student=S(FREDERICK, "Aaliyah Fontaine", "450233", "2012-01-25", 8),
    when="2025-12-09T07:20:00-05:00", where="School bus, route 2417, morning run",
    desc="""
Bus monitor statement - Route 2417 - Tues 12/9 - morning run

About 7:20 two 8th grade girls started fighting in the back seats, I think about something posted on
a page the night before because a boy kept holding his phone up saying "run it back, run it back".
Aaliyah Fontaine took a little pink can out of her crew neck sleeve and sprayed the other girl in
the face, pepper spray. It got everywhere. Me and the driver and 4 kids were coughing, the other girl
was screaming her eyes were on fire. Driver pulled over on Columbia Rd and called dispatch. Aaliyah
gets on every day at 19 Ellington St right outside her house and her mom said she had the spray
"for walking". Nurse met the bus and flushed the girl's eyes. I gave the can to Mr. Osei.
""",
    nc=["Ellington"], mc=["pepper spray"], mct=["pepper spray", "crew neck", "flushed the girl's eyes"],
    cats=["neighborhood"], tags=["allow_weapon", "bus_monitor", "precision_trap"])

add(13, "deny", reason="ground_not_permitted", school_id=BAA[1], recipient="bpd/district-d4",
    ground="cyberbullying",
    student=S(BAA, "Imani Saleh", "438802", "2009-09-29", 10),
    when="2026-03-17T12:00:00-04:00", where="Online (account reposting a school fight)",
    desc="""
Hello, I am the 10th grade team leader. A video of last Friday's shoving match in the dance hallway
(no one was hurt, the girls were separated in seconds) has now been edited with music and captions
and reposted four times by an account we believe is run by students here. The edit is cruel: it
slows down the moment Imani Saleh's hijab is pulled off and loops it. Imani has not been in school
since Monday and her mother says she will not come back until it comes down. We would like police to
speak with the account owners and have the video removed. Instagram has not responded to our report.
""",
    nc=["hijab"], cats=["religion"], tags=["deny_ground", "teacher_email"])

add(14, "allow", school_id=OBRYANT[1], recipient="bpd/district-b2", ground="credible_threat",
    threat="On 1/15/26 at 10:47 PM the Instagram account @obryant.smoke, which posts fight videos of "
           "our students, posted the clip from the 1/14 bus-stop fight with the caption: 'the 3 in "
           "this video better not come to school monday. we got something for them. somebody "
           "leaving in a bag.' A reply from the same account at 11:02 PM says 'ima be outside 7:15 "
           "by the side door with it'. The account holder has been identified by two students as "
           "Terrence Vaughn (gr 11).",
    student=S(OBRYANT, "Terrence Vaughn", "447315", "2009-02-14", 11),
    when="2026-01-15T22:47:00-05:00", where="Online; side door on Malcolm X Blvd referenced",
    desc="""
AP Ruiz, email to the Principal, 1/16 6:10 AM

Forwarding what Ms. Tran's advisory showed her last night. The account @obryant.smoke reposted the
video from Wednesday's fight at the bus stop and threatened the three boys in it, saying one of them
is "leaving in a bag" and that someone will be by the side door at 7:15 "with it". By this morning the
clip had also been picked up by the Citizen app, so parents are seeing it. Two juniors separately
told Ms. Tran the account is Terrence Vaughn's. The three boys in the video are Vietnamese and the
comments under the post are full of slurs about that, which is part of why their families are so
scared. I have asked SSS to staff the side door from 6:45. Terrence has not arrived yet.
""",
    nc=["Vietnamese"], mc=["leaving in a bag"], mct=["Citizen app", "side door at 7:15"],
    cats=["ethnicity"], tags=["allow_threat", "ap_email", "precision_trap"])

add(15, "allow", school_id=ACC[1], recipient="bpd/district-e18", ground="serious_violence",
    student=S(ACC, "Dwayne Sainvil", "420987", "2008-07-08", 12),
    when="2025-09-30T13:45:00-04:00", where="Courtyard behind the gym",
    desc="""
Transcript of voicemail left for AP Conway, 9/30, 6:12 PM (transcribed by office clerk):

"Yes hello, this is the father of the boy, Wilson, the one in the video they are passing around. My
son's arm is broken in two places, the doctor at Carney, no, at BMC, he say the bone come through.
The boy who did it is Dwayne Sainvil, my son know him. He jump my son in the courtyard behind the gym
and twist the arm behind the back until it snap, and the other boys film and laugh. I want the
police. Sorry for my English, at home we speak Kreyòl only, please call me back and if you can have
somebody who speak Kreyòl it is better. Thank you."

Clerk's note: I confirmed with the nurse that Wilson left by ambulance at 1:58 PM.
""",
    nc=["Kreyòl"], mc=["broken in two places"],
    mct=["broken in two places", "courtyard behind the gym"],
    cats=["language"], tags=["allow_violence", "voicemail"])

add(16, "deny", reason="missing_threat_statement", school_id=BRIGHTON[1], recipient="bpd/district-d14",
    ground="credible_threat",
    student=S(BRIGHTON, "Cristian Oyola", "432264", "2009-05-13", 10),
    when="2026-02-24T20:30:00-05:00", where="Group chat; planned location Rogers Park",
    desc="""
Quick write-up before I forget details. A parent forwarded screenshots to the main office tonight
around 8:30. The group chat is called "BHS 1v1s" and has 30-something kids in it. They have been
setting up fights after school at Rogers Park and filming them for a page. Tonight the chat was about
Cristian Oyola and a sophomore from the other side of the building. Some kids were joking about
bringing knives and Cristian posted a picture of a kitchen drawer. I don't know if it is serious.
Older kids in the chat keep saying "GMB on top" and Cristian has been posting that too. I'll bring
the screenshots to Dr. Haddad in the morning.
""",
    nc=["GMB on top"], cats=["gang_affiliation"], tags=["deny_threat_missing", "ap_narrative"])

add(17, "allow", school_id=MADISON[1], recipient="bpd/district-b2", ground="weapon", weapon="box cutter",
    student=S(MADISON, "Ángel Peña Familia", "425590", "2008-11-22", 12),
    when="2025-11-19T10:50:00-05:00", where="Carpentry shop, room C-114",
    desc="""
Statement of Mr. G. Lattimore, carpentry instructor. At approximately 10:50 two seniors began arguing
in the shop about a video one of them had filmed of the other getting beat up last weekend and had
sent around. Ángel Peña Familia pulled a box cutter from his tool apron (not a shop tool; our utility
knives are numbered and all were accounted for) and slashed at the other student, cutting his left
forearm. The cut was about two inches and needed 9 stitches at Boston Children's. I grabbed Ángel's
wrist and he dropped it. Another student recorded part of this too. I was told later by his advisor
that his file says he was born in Santo Domingo and he sometimes doesn't follow fast English, but he
understood me fine.
""",
    nc=["Santo Domingo", "fast English"], mc=["box cutter"],
    mct=["left forearm", "9 stitches", "numbered"],
    cats=["national_origin", "language"], tags=["allow_weapon", "teacher_statement"])

add(18, "allow", school_id=MCKAY[1], recipient="bpd/district-a7", ground="serious_violence",
    student=S(MCKAY, "Thiago Nascimento Reis", "452841", "2011-08-03", 8,
              home_language="Portuguese"),
    when="2026-04-08T12:35:00-04:00", where="Schoolyard, recess",
    desc="""
8th grade recess, 12:35. A group of boys had agreed in a Snapchat chat the night before that Thiago
Nascimento Reis and another 8th grader would "settle it" at recess; at least six kids were ready with
phones. Thiago body-slammed the other boy onto the asphalt by the basketball hoop. The boy's shoulder
was dislocated and his collarbone fractured; he was taken by ambulance to Mass General for Children.
Our recess aide, Mrs. Gallo, reached the boys within a minute. Thiago cried afterward and said the
other boy had called his mother names in the chat. His older cousin who picked him up told me in
Portuguese that "a família veio do Brasil no ano passado e ele ainda está se adaptando". I informed
the cousin that the school will report the injury.
""",
    nc=["Portuguese", "veio do Brasil"], mc=["collarbone"],
    mct=["collarbone fractured", "dislocated", "basketball hoop"],
    cats=["language", "national_origin"], tags=["allow_violence", "structured_field", "portuguese"])

add(19, "deny", reason="recipient_not_permitted", school_id=EBHS[1], recipient="ice/ero-boston",
    ground="serious_violence",
    student=S(EBHS, "Wilmer Zelaya Cruz", "439927", "2008-06-18", 11),
    when="2026-03-03T14:10:00-05:00", where="Parking lot off Marion Street",
    desc="""
To the ERO Boston field office, at the request of a parent of the victim.

On 3/3 at 2:10 PM Wilmer Zelaya Cruz (gr 11) and two other students beat a 10th grader in the
parking lot; the victim needed stitches over his eye and has a broken nose. The fight was recorded
and posted to a Facebook page by one of the attackers. The victim's father insists the school send
this to your office because, in his words, Wilmer "is here on an expired visa and should be sent
back". We are passing this along with the video file and the student's schedule.
""",
    nc=["expired visa"], cats=["immigration_status"], tags=["deny_recipient"])

add(20, "allow", school_id=FENWAY[1], recipient="bpd/district-d4", ground="serious_violence",
    student=S(FENWAY, "Colin Marchetti", "411608", "2008-03-04", 12),
    when="2025-12-12T15:20:00-05:00", where="Ruggles Station busway",
    desc="""
Coach's account (Coach D. Abernathy, boys' basketball), 12/12

I was walking to the 15 bus after practice let out early. At the Ruggles busway I saw four kids
around one of my players, Jean-Marc. Colin Marchetti (a senior, wearing a green Fighting Irish
hoodie) stomped on Jean-Marc's head twice while the others filmed. I yelled and they ran. Jean-Marc
was conscious but confused and vomited. EMS took him to BMC; he has a bleed on the brain and was in
the ICU two nights. When I rode with him, he asked me to call his pastor at the Haitian Baptist church
on his street because his mom was working a double. I did. The video was on a fight page by 6 PM with
Colin's name in the caption.
""",
    nc=["Haitian", "Baptist", "pastor"], mc=["bleed on the brain"],
    mct=["Fighting Irish", "Ruggles busway", "bleed on the brain"],
    cats=["ethnicity", "religion"], tags=["allow_violence", "coach", "precision_trap"])
# ---------------------------------------------------------------- cases 21-40
add(21, "allow", school_id=DORCH[1], recipient="bpd/district-c11", ground="weapon", weapon="stun gun",
    student=S(DORCH, "Khalil Ransom", "423319", "2009-10-10", 10),
    when="2026-01-09T09:15:00-05:00", where="Back stairwell by the library",
    desc="""
written statement - student (gr 10) - 1/9

i was going to the library and in the back stairwell khalil ransom had a black stun gun the kind
that makes the blue light and noise. him and another boy was arguing bout a video from the weekend
that khalil said made him look soft. khalil put it on the boys neck and the boy fell down the last
like 3 stairs and was shaking. a girl from 9th grade was recording the whole time on her phone and
it went on the page before 2nd period ended. people was saying it was over the somolian kids and the
other side but i dont know nothing about that. mr. dixon came and took the stun gun and the boy went
to the nurse holding his arm.
""",
    nc=["somolian"], mc=["stun gun"], mct=["stun gun", "fell down the last"],
    cats=["ethnicity"], tags=["allow_weapon", "student_statement", "misspelled"])

add(22, "deny", reason="ground_not_permitted", school_id=IRVING[1], recipient="bpd/district-e5",
    ground="fight_page",
    student=S(IRVING, "Jaylen Batista", "455612", "2012-04-14", 7),
    when="2026-04-15T08:00:00-04:00", where="Online account (irving.fights.2026)",
    desc="""
Dear Officer Kearney,

Washington Irving administration is asking for help with an Instagram account, irving.fights.2026,
that has posted eleven videos of our 6th and 7th graders fighting, most of them recorded at the
bus stop on Cummins Highway and at the park. None of the fights caused more than scrapes and bruises.
Two 7th graders have told us Jaylen Batista runs the account with an older cousin. Jaylen is in
the 7th grade and lives over in Archdale with his grandmother. We would like an officer to come and
talk to the families about what these videos are doing to our students.

Respectfully, M. Costa, Assistant Principal
""",
    nc=["Archdale"], cats=["neighborhood"], tags=["deny_ground", "ap_letter"])

add(23, "allow", school_id=CASH[1], recipient="bpd/district-b3", ground="drugs", substances=["fentanyl"],
    student=S(CASH, "Isaiah Strickland", "416654", "2008-08-28", 12),
    when="2025-10-29T11:40:00-04:00", where="Boys' bathroom, 1st floor",
    desc="""
AP log entry, 10/29/25, 11:40

Fight in the 1st floor boys' bathroom, filmed by at least two students; it was on a fight account
before the end of the period. Isaiah Strickland (12) and a junior. Separated by SSS Bell. Junior
had a swollen eye, refused nurse. During the search Isaiah emptied his pockets and had 14 small wax
baggies stamped with a red crown, plus $212 in cash. He said it was "fetty" and that the fight was
over someone telling the junior's mother he sold it to him. Baggies sealed and held in the main office
safe. Isaiah told SSS Bell he "can't get locked up" because the 6-Rock crew will think he snitched.
Mother called at 12:05, will come at 2.
""",
    nc=["6-Rock"], mc=["fentanyl"], mct=["14 small wax", "red crown", "$212"],
    cats=["gang_affiliation"], tags=["allow_drugs", "ap_log"])

add(24, "allow", school_id=EXCEL[1], recipient="bpd/district-c6", ground="serious_violence",
    student=S(EXCEL, "Yadiel Almonte", "449063", "2009-01-31", 10,
              ethnicity="Dominican", primary_language="Spanish",
              address={"street": "71 Dorset St", "zip": "02125"}),
    when="2026-02-26T12:50:00-05:00", where="Cafeteria",
    layout="keep",
    desc="""
SIS Behavior Incident Export
INC-2026-0887 | Excel High School | 02/26/2026 12:50
Category: Physical assault w/ injury | Level 3
Students involved: ALMONTE, YADIEL (Gr 10) - aggressor; student B (Gr 10) - target
Description: Target had allegedly taken a $50 Visa gift card from aggressor's backpack and a friend
posted a video of target "flexing" it. At lunch aggressor hit target in the back of the head with a
metal water bottle, then continued striking when target fell. Target bleeding from scalp, unresponsive
approx. 1 min. EMS transported to Boston Medical Center. Diagnosis per parent: depressed skull
fracture, surgery 2/27. Multiple students recorded, video located on TikTok.
Actions: Emergency removal; BPD notified by SSS.
""",
    nc=["Dominican", "Spanish", "Dorset", "02125"], mc=["metal water bottle"],
    mct=["Visa gift card", "metal water bottle", "depressed skull"],
    cats=["ethnicity", "language", "neighborhood"],
    tags=["allow_violence", "sis_export", "structured_field", "precision_trap"])

add(25, "deny", reason="excluded_substance", school_id=ENGLISH[1], recipient="bpd/district-e13",
    ground="drugs", substances=["vape"],
    student=S(ENGLISH, "Marcus Delgado-Hill", "437742", "2009-12-20", 10),
    when="2025-11-04T13:30:00-05:00", where="Outside the gym doors",
    desc="""
Hi Officer Pratt, this is Ms. Whelan from the English High main office. Assistant Principal Obi asked
me to type this up for you. At 1:30 today Marcus Delgado-Hill (10th) and a 9th grader got into it
outside the gym doors over a vape pen that Marcus says was taken from his bag. Nobody was really hurt.
Three kids filmed it and one posted it with the caption "EHS vape wars". Marcus had two more vapes in
his pocket and told Mr. Obi he sells them "to people from Bromley" after school. We don't know what
is in the vapes. Mr. Obi would like you to follow up on the selling. Thank you!
""",
    nc=["Bromley"], cats=["neighborhood"], tags=["deny_substance", "clerk"])

add(26, "allow", school_id=ENGLISH[1], recipient="bpd/district-e13", ground="weapon", weapon="knife",
    student=S(ENGLISH, "Edwin Portillo Ramos", "446290", "2009-03-02", 9),
    when="2025-10-01T09:05:00-04:00", where="Room 305 (English class)",
    desc="""
Teacher referral - Ms. O. Brannigan, 9th grade English class, period 2

During the Do Now, two students were watching a fight video on a phone in the back row and it started
an argument; the video showed one of them, Edwin Portillo Ramos, getting punched at the bus stop last
week. Edwin stood up, pulled a kitchen knife (about 8 inches, wooden handle) out of his backpack and
held it up at the other boy and said "say it again". I told the class to go into the hall and called
the office on the room phone. Mr. Abney came in and Edwin handed him the knife. Nobody was touched.
Edwin has had a hard fall; his counselor mentioned he just came from El Salvador in August and lives
with an uncle he barely knew.
""",
    nc=["El Salvador"], mc=["kitchen knife"], mct=["kitchen knife", "English class", "say it again"],
    cats=["national_origin"], tags=["allow_weapon", "teacher_referral", "precision_trap"])

add(27, "allow", school_id=BLA[1], recipient="bpd/district-c11", ground="credible_threat",
    threat="Student Deshawn Okonkwo said to two classmates in Latin II on 3/19, loud enough for the "
           "teacher to hear: 'after what they posted I'm bringing my brother's gun Monday and "
           "I'm doing the whole group chat, starting with Kevon.' He then named four students. "
           "He had searched 'how to get a gun past a metal detector' on his school Chromebook the "
           "same morning (GoGuardian log attached).",
    student=S(BLA, "Deshawn Okonkwo", "441587", "2010-06-11", 9, ell_status="ELD 3"),
    when="2026-03-19T10:10:00-04:00", where="Room 221, Latin II",
    attachments=[{"kind": "document", "name": "goguardian_log_0319.pdf"}],
    desc="""
Teacher report (Mr. P. Sandoval, Latin II). On Thursday 3/19 a video of Deshawn Okonkwo being pushed
into a locker and laughed at was posted in a group chat that most of my 9th graders are in. Deshawn
came into Latin II very upset. At about 10:10, while the class was translating, he told the two
students next to him that he was bringing his brother's gun on Monday and "doing the whole group
chat, starting with Kevon", and named four students. I heard it myself. I sent him with a note to AP
Mensah. His ELD 3 teacher tells me he has been isolated since the video. IT pulled his Chromebook
history and found a search for getting a gun past a metal detector.
""",
    nc=["ELD 3"], mc=["brother's gun"], mct=["Latin II", "brother's gun", "metal detector"],
    cats=["language"], tags=["allow_threat", "teacher_report", "structured_field", "precision_trap"])

add(28, "deny", reason="face_surveillance", school_id=HENDERSON[1], recipient="bpd/district-c11",
    ground="weapon", weapon="knife",
    student=S(HENDERSON, "Tariq Lamothe", "430718", "2009-07-07", 11),
    when="2026-01-13T15:10:00-05:00", where="Dorchester Ave entrance",
    attachments=[{"kind": "face_match", "name": "vendor_facesearch_result_0113.pdf"},
                 {"kind": "video", "name": "entrance_cam_1510.mp4"}],
    desc="""
At 3:10 PM a fight at the Dorchester Ave entrance was filmed by several students and posted. In the
clip a student in a black hoodie pulls a knife and swings it at another student; no one was cut. We
could not tell who the hoodie student was from the phone video. Our camera vendor ran the entrance
camera footage through its face search and returned a match to Tariq Lamothe at 0.87 similarity
(report attached). Based on that match we searched Tariq's locker this morning and found a folding
knife. We are sending the vendor report, the clip and the knife photo.
""",
    nc=["0.87 similarity"], cats=["face_surveillance"], tags=["deny_face"])

add(29, "allow", school_id=ORCHARD[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(ORCHARD, "Zaria Cumberbatch", "458803", "2011-11-16", 8),
    when="2025-12-17T11:55:00-05:00", where="Cafeteria, 8th grade lunch",
    desc="""
Orchard Gardens K-8 - Assistant Principal's narrative (Ms. Faye Ingram)

Around 11:55 during 8th grade lunch, Zaria Cumberbatch picked up a cafeteria chair and swung it into
the head and shoulder of another 8th grade girl, who fell against the edge of a table. The two girls
had been fighting online for a week; a video of the other girl crying had been posted by Zaria's
friends on a page. About a dozen students filmed today's incident. The other girl's wrist is fractured
and she had a concussion; she was taken to Boston Children's by ambulance and admitted. Both girls
live in the Lenox St development and the mothers have had problems before, so I asked the families to
come in at separate times.
""",
    nc=["Lenox"], mc=["cafeteria chair"], mct=["cafeteria chair", "wrist is fractured"],
    cats=["neighborhood"], tags=["allow_violence", "ap_narrative", "precision_trap"])

add(30, "allow", school_id=BCLA[1], recipient="bpd/district-e18", ground="weapon", weapon="club",
    student=S(BCLA, "Bryce Olmstead", "424476", "2008-04-09", 12),
    when="2026-04-28T14:25:00-04:00", where="Front steps, Hyde Park Ave side",
    desc="""
To: Principal | From: SSS Lt. Rowan | Date: 4/28

At 14:25 I responded to a crowd at the front steps. A fight that had been announced on a BCLA fights
page was underway. Bryce Olmstead (gr 12) had an expandable steel baton, extended, and struck a
junior across the back and the right hand. The junior's hand was swelling badly; the nurse thinks a
knuckle is broken and he was picked up by his mother for urgent care. I took the baton from Bryce
without a struggle. He said he brought it because the junior's friends "said they were going to
jump me". Bryce asked me not to call home because his parents are Jehovah's Witnesses and "it'll be
a whole thing at the hall". Video saved from two phones.
""",
    nc=["Jehovah"], mc=["expandable steel baton"], mct=["expandable steel baton", "right hand"],
    cats=["religion"], tags=["allow_weapon", "sss_memo"])

add(31, "deny", reason="ground_not_permitted", school_id=DEARBORN[1], recipient="bpd/district-b2",
    ground="gang_activity",
    student=S(DEARBORN, "Malik Thornton", "443367", "2009-09-05", 11),
    when="2026-02-05T16:00:00-05:00", where="Online (Instagram and TikTok pages)",
    desc="""
Request from the Dearborn STEM leadership team. Over the past month, short videos of students
fighting near the school and at Dudley station have been appearing on accounts that also post music
videos with older young men. The fights themselves have been minor (no injuries we know of). We
believe several of our students, especially Malik Thornton (gr 11), are being pulled into the Shawmut
Boyz through these pages; Malik appears in two videos throwing up signs. We'd like the district's
police partners to open a file on these accounts and on Malik before it escalates.
""",
    nc=["Shawmut Boyz"], cats=["gang_affiliation"], tags=["deny_ground"])

add(32, "allow", school_id=TECHBOS[1], recipient="bpd/district-c11", ground="serious_violence",
    student=S(TECHBOS, "Dante Lockhart", "414892", "2008-02-26", 12),
    when="2026-03-05T15:00:00-05:00", where="Bus 1122 and the sidewalk at the Blue Hill Ave stop",
    desc="""
Bus 1122 monitor, 3/5, afternoon. Statement of C. Flaherty.

The fight started on the bus and then off the bus. Dante Lockhart and a younger boy were arguing
about a video and Dante punched him in the seat. Driver stopped at the Blue Hill Ave stop and opened
the doors and Dante dragged the boy off and kicked and stomped him on the sidewalk, in the ribs, a lot
of times. A girl in the front was on FaceTime the whole time pointing the phone out the window so
whoever was on the call saw it. I called it in. The younger boy couldn't breathe right and they told
us later he had three broken ribs and a punctured lung. Dante's regular stop is the Franklin Field
one, he lives right there, but he got off early to do this.
""",
    nc=["Franklin Field"], mc=["punctured lung"], mct=["FaceTime", "three broken ribs", "punctured lung"],
    cats=["neighborhood"], tags=["allow_violence", "bus_monitor", "precision_trap"])

add(33, "allow", school_id=BRIGHTON[1], recipient="bpd/district-d14", ground="drugs",
    substances=["alprazolam (Xanax) bars", "vodka"],
    student=S(BRIGHTON, "Lucas Ferreira Lima", "451106", "2009-04-04", 11),
    when="2026-05-01T12:15:00-04:00", where="Cafeteria",
    desc="""
Lunch duty notes, Mr. R. Cahill

12:15, cafeteria. A fight started at the window table when one boy dumped a tray of French fries on
Lucas Ferreira Lima's head; Lucas got up and they threw punches for a few seconds before we got there.
It was filmed and on the BHS page before 12:30. Lucas was slurring and unsteady afterward and the
nurse asked him what he had taken. He gave her a water bottle that smelled of vodka and a pill bottle
with six white rectangular bars printed "GG 249", which he said were Xanax he was selling for $5 each.
The other boy said that's what the fight was about. Lucas's father was called; the AP tells me he
asked for a Brazilian Portuguese interpreter for the meeting tomorrow.
""",
    nc=["Brazilian", "Portuguese", "interpreter"], mc=["Xanax"], mct=["French fries", "GG 249", "six white rectangular bars"],
    cats=["ethnicity", "language"], tags=["allow_drugs", "duty_notes", "precision_trap", "mixed_substances"])

add(34, "deny", reason="recipient_not_permitted", school_id=MADISON[1],
    recipient="commonwealth-fusion-center", ground="serious_violence",
    student=S(MADISON, "Jamal Wiggins", "426635", "2008-10-30", 12),
    when="2026-03-24T07:45:00-04:00", where="Ruggles Station lobby",
    desc="""
For the Commonwealth Fusion Center analyst, as discussed.

At 7:45 AM Jamal Wiggins (gr 12) attacked another Madison Park senior in the Ruggles lobby while a
third student filmed from the stairs. The victim was slashed across the face with a razor and needed
over 30 stitches at BMC. The clip has been shared on at least six fight pages. Jamal and the victim
both grew up in Whittier Street and, according to students, the fight was about a rap video. We are
forwarding the clip, the account names and Jamal's schedule for your database.
""",
    nc=["Whittier"], cats=["neighborhood"], tags=["deny_recipient"])

add(35, "allow", school_id=BURKE[1], recipient="bpd/district-b2", ground="weapon", weapon="firearm",
    student=S(BURKE, "Andre Mayweather-Cole", "420314", "2008-01-19", 12, gang_flag="Zone 4 associate"),
    when="2026-01-30T08:20:00-05:00", where="Locker 3-117, third floor",
    desc="""
Assistant Principal's report, 1/30/26

At 7:05 AM a student showed SSS Talbot an Instagram story from last night: a video of two boys
fighting in a parking lot, with Andre Mayweather-Cole standing behind them holding a black handgun
at his side and saying "nobody jump in". At 8:20 SSS Talbot and I searched Andre's locker (3-117)
with the principal's approval and found a black semi-automatic pistol in a Foot Locker bag, magazine
inserted, loaded with 6 rounds. The gun was secured by SSS without touching the grip. Andre was held
in the office; he said the gun was "not his". Per the BPD liaison, please send the incident today.
""",
    nc=["Zone 4"], mc=["semi-automatic pistol"],
    mct=["semi-automatic pistol", "6 rounds", "Foot Locker bag"],
    cats=["gang_affiliation"], tags=["allow_weapon", "structured_field", "clean_text"])

add(36, "allow", school_id=IRVING[1], recipient="bpd/district-e5", ground="serious_violence",
    student=S(IRVING, "Ruby Chen-Liang", "457720", "2012-09-12", 7),
    when="2026-02-12T14:35:00-05:00", where="Schoolyard by the bike rack",
    desc="""
Nurse, 2/12. Student (7th grade girl, victim) brought to me at 14:40 by Ms. Albright after a fight in
the schoolyard by the bike rack that was announced in a 7th grade group chat. Ruby Chen-Liang reportedly grabbed the
victim's hair and drove her knee into her face three times. Victim had heavy nosebleed, visible
deformity of the nose, swelling under both eyes, and was dizzy and vomited once. Ambulance to Boston
Children's; per her dad, nasal fracture and a concussion, kept overnight. I spoke with Ruby's mother
on the phone afterward with help from a staff member; she kept repeating "我们刚从福建来, 她不懂" and
asked that Ruby not be sent away. Videos are on at least two phones, AP has one.
""",
    nc=["从福建"], mc=["nasal fracture"], mct=["nasal fracture", "bike rack"],
    cats=["national_origin"], tags=["allow_violence", "nurse_note", "chinese"])

add(37, "deny", reason="missing_threat_statement", school_id=OBRYANT[1], recipient="bpd/district-b2",
    ground="credible_threat", threat="",
    student=S(OBRYANT, "Emerson Quiñónez", "434470", "2009-11-27", 10),
    when="2025-12-04T19:00:00-05:00", where="Snapchat group chat",
    desc="""
Mrs. Doyle (grade 10 counselor) - notes for the file. A parent phoned at 7 PM saying her son was in a
Snapchat group where some boys were "planning something" for tomorrow after a fight video of Emerson
Quiñónez got posted. She could not tell me what exactly was said and her son deleted the app. Emerson
himself told me last week kids tease him because he is from Guatamala and his accent. I plan to check
in with Emerson first thing tomorrow and let admin know. No screenshots at this time.
""",
    nc=["Guatamala"], cats=["national_origin"],
    tags=["deny_threat_missing", "counselor_note", "misspelled"])

add(38, "allow", school_id=ACC[1], recipient="bpd/district-e18", ground="credible_threat",
    threat="At 6:40 AM on 4/14/26, a student's TikTok account (handle @kayy.opps, identified by three "
           "students as Kayden Roswell) posted a slideshow of stills from last week's fight video with "
           "the text: 'today at lunch the ACC cafeteria getting shot up. i got the blick in my bag. "
           "dont come if you not on my side.' A photo of a handgun on a bed is the last slide.",
    student=S(ACC, "Kayden Roswell", "413306", "2009-01-08", 11),
    when="2026-04-14T06:40:00-04:00", where="Online; cafeteria referenced",
    desc="""
Principal's email to the Safety Office, 4/14, 7:02 AM. We received the attached TikTok post at 6:52
from a parent. The account @kayy.opps belongs, according to three students, to Kayden Roswell (11th).
It reposts stills from last Thursday's fight behind the school, where Kayden's younger brother was
knocked out, and says the cafeteria is "getting shot up" at lunch today. The last slide is a handgun
on a bed. We have put the building on a modified schedule and are holding buses. The kids Kayden says
are against him are the Hatian boys from 10th grade; comments under the post are going back and forth
about that. Kayden has not arrived. His mother is not answering.
""",
    nc=["Hatian"], mc=["shot up"], mct=["@kayy.opps", "handgun on a bed", "modified schedule"],
    cats=["ethnicity"], tags=["allow_threat", "principal_email", "misspelled"])

add(39, "allow", school_id=BAA[1], recipient="bpd/district-d4", ground="serious_violence",
    student=S(BAA, "Simone Achterberg", "435851", "2009-05-22", 10),
    when="2026-03-02T13:20:00-05:00", where="Costume shop, 4th floor",
    desc="""
Statement - Ms. Vivian Kowalczyk, costume shop / stage crew advisor, 3/2

After lunch there was a fight between two of my stage crew girls in the costume shop. Another student
was filming. Simone Achterberg grabbed the big fabric shears off the cutting table and stabbed the
other girl in the upper arm, twice. There was a lot of blood. I put pressure on it with a muslin
pad until the nurse came. EMS took her to Tufts; the shears went in deep enough to cut a muscle and she
needed surgery. The other girl hadn't eaten anything all day because she was fasting for Ramadan and
was already lightheaded, and she went down fast. Simone kept saying the girl had posted a video of her
last week.
""",
    nc=["Ramadan", "fasting"], mc=["fabric shears"], mct=["fabric shears", "stage crew", "upper arm"],
    cats=["religion"], tags=["allow_violence", "teacher_statement", "precision_trap"])

add(40, "deny", reason="ground_not_permitted", school_id=EMK[1], recipient="bpd/district-b2",
    ground="harassment",
    student=S(EMK, "Nadia Bellerive", "448839", "2010-03-18", 9),
    when="2026-01-21T10:00:00-05:00", where="School-wide (online)",
    desc="""
Nadia Bellerive (gr 9) came to the main office with her older sister this morning to report that
someone keeps filming her in the hallways and posting short clips of her "getting into it" with other
girls, with captions mocking her. We looked at the clips; there are pushes and arguments, no one hurt.
She thinks it's three girls in her advisory. Nadia's sister spoke for the family; she said their mom
only understands Creole and is afraid to come to the school. The sister asked whether police could
make the account stop. We are submitting this so the posting is on record with BPD.
""",
    nc=["Creole"], cats=["language"], tags=["deny_ground"])
# ---------------------------------------------------------------- cases 41-60
add(41, "allow", school_id=BINCA[1], recipient="bpd/district-c11", ground="weapon", weapon="knife",
    student=S(BINCA, "Edson Tavares Semedo", "453378", "2008-12-01", 11),
    when="2025-11-18T08:05:00-05:00", where="Front entrance, metal detector line",
    desc="""
Boston International High School & Newcomers Academy - incident write-up, 11/18, 8:05 AM

At morning entry the scanner flagged Edson Tavares Semedo's backpack. Inside was a fixed-blade hunting
knife in a leather sheath, about 6 inches. Edson told SSS Mbeki that he brought it because a video of
him being beaten at Fields Corner on Saturday was posted by a fight account and the boys in it told
him "next time it's worse". Edson arrived from Cabo Verde in 2024 and his TPS paperwork is still
pending, per his guidance file. His father works nights; we reached him with a Kriolu-speaking staff
member. Knife is bagged and in the office safe. No one was hurt today.
""",
    nc=["Cabo Verde", "TPS paperwork", "Kriolu"], mc=["hunting knife"],
    mct=["hunting knife", "leather sheath", "Fields Corner"],
    cats=["national_origin", "immigration_status", "language"],
    tags=["allow_weapon", "precision_trap"])

add(42, "allow", school_id=DORCH[1], recipient="bpd/district-c11", ground="serious_violence",
    student=S(DORCH, "Jordan Fitzgerald-Hayes", "422195", "2008-06-25", 12,
              address={"line1": "62 Bowdoin St", "city": "Boston", "zip": "02122"},
              emergency_contact={"name": "Paulette Hayes", "relation": "grandmother"}),
    when="2026-04-30T14:50:00-04:00", where="Basketball court behind the school",
    layout="keep",
    desc="""
Dorchester Academy / Student Support - Incident narrative

Reported by: L. Acheampong, Dean of Students
On 4/30 at about 2:50 PM a "1 on 1" that had been arranged on Instagram the night before took place
on the basketball court behind the school. About forty students gathered and filmed. Jordan
Fitzgerald-Hayes (12) knocked the other student down and then struck him repeatedly in the head with
a brick he picked up from the edge of the court. The victim was unresponsive when staff arrived.
Boston EMS transported him to BMC, where he underwent emergency surgery for a skull fracture and is
in the ICU. Jordan left the area and was not located by staff. The brick is on the court, covered;
staff have kept students away from it.
""",
    nc=["Bowdoin", "02122"], mc=["brick"], mct=["brick", "skull fracture", "forty students"],
    cats=["neighborhood"], tags=["allow_violence", "structured_field", "clean_text"])

add(43, "deny", reason="other", school_id=CHARLES[1], recipient="bpd/district-a15", ground="weapon",
    weapon="airsoft pistol",
    student=S(CHARLES, "Connor Sheehan", "409981", "2008-09-09", 12),
    when="2026-05-06T14:30:00-04:00", where="Training Field, Winthrop Street",
    desc="""
AP Gorman - summary for BPD. A fight after school at Training Field was filmed and posted on the
Townie fight page. In the clip Connor Sheehan (12) pulls out a black pistol and points it at the
crowd; everyone scatters. We brought Connor in the next morning with his father, who produced the
pistol: it is an airsoft pistol (orange tip removed) that fires plastic BBs. No one was hit. Connor
says the kids he was fighting are "from the Bunker Hill" and have been threatening him for weeks.
We are sending this because of how it looked on the video.
""",
    nc=["Bunker Hill"], cats=["neighborhood"], tags=["deny_replica"])

add(44, "allow", school_id=EBHS[1], recipient="bpd/district-a7", ground="drugs", substances=["cocaine"],
    student=S(EBHS, "Josué Argueta Flores", "437619", "2009-08-08", 11),
    when="2026-02-18T09:50:00-05:00", where="2nd floor boys' bathroom",
    desc="""
Informe / report - Sr. Beltrán, asistente del director (written in English for BPD)

9:50 AM, 2nd floor boys' bathroom. Two juniors fighting; a third was recording and posting live.
Josué Argueta Flores had the other student in a headlock. We separated them. The other boy said
Josué owed him for "the white". Josué agreed to empty his pockets: seven small plastic twists of
white powder, which Josué himself called "perico" (cocaine), and a digital scale. Items sealed. The
video was taken down by the poster. Josué's mother came in at 11; she said in front of me, "él es
salvadoreño, aquí no tiene a nadie más que a mí", and asked for leniency. We explained the process.
""",
    nc=["salvadoreño"], mc=["cocaine"], mct=["seven small plastic twists", "digital scale", "headlock"],
    cats=["national_origin"], tags=["allow_drugs", "spanish"])

add(45, "allow", school_id=BLA[1], recipient="bpd/district-c11", ground="weapon", weapon="razor blade",
    student=S(BLA, "Yamilex Rosario", "445902", "2009-10-25", 10),
    when="2025-10-16T14:05:00-04:00", where="Side exit, Townsend Street",
    desc="""
Written statement of the victim (10th grade), taken by AP Shanahan, 10/16

Me and Yamilex used to be friends. She said I posted her fighting video on my story, I didnt. After
school at the side exit she came up with her friends and one of them was recording. She had a razor
blade in her mouth, like under her tongue, and she spit it into her hand and cut my cheek. It was
bleeding alot and Ms. Geary held paper towels on it. I got 6 stitches at the hospital. Before she did
it she was screaming at me "tu ere una dominicana falsa" in front of everybody because of my mom
and I was embarrassed. I just want to feel safe coming to school.
""",
    nc=["dominicana"], mc=["razor blade"], mct=["razor blade", "6 stitches", "cut my cheek"],
    cats=["ethnicity"], tags=["allow_weapon", "student_statement", "spanish"])

add(46, "deny", reason="ground_not_permitted", school_id=MISSION[1], recipient="bpd/district-b2",
    ground="theft",
    student=S(MISSION, "Jayden Arroyo", "459114", "2011-05-05", 8),
    when="2026-03-26T15:00:00-04:00", where="Playground behind the school",
    desc="""
Mission Hill K-8, 8th grade team, report to the principal

At dismissal a fight between two 8th grade boys was staged on the playground so it could be filmed.
While everyone was watching, Jayden Arroyo took a 6th grader's phone out of his hands and ran; he later
posted the fight from that phone on a page and then threw the phone in a trash can on Tremont. The
phone was found cracked. The 6th grader's family wants the phone replaced and asked us to call police
about the theft. Jayden's grandmother says he runs with older kids from Mission Main after school.
No injuries.
""",
    nc=["Mission Main"], cats=["neighborhood"], tags=["deny_ground"])

add(47, "allow", school_id=BRIGHTON[1], recipient="bpd/district-d14", ground="serious_violence",
    student=S(BRIGHTON, "Omar Haddad-Rizk", "429058", "2009-02-07", 11),
    when="2025-12-15T15:10:00-05:00", where="Chestnut Hill Reservoir path",
    desc="""
I am writing my side (student statement, 11th grade, written with Mr. Keane).

My friend posted on his WhatsApp status a video of Omar Haddad-Rizk losing a fight last month. Omar
found out and told me to meet him at the reservoir after school to "talk". When I got there his
cousin was filming and Omar hit me with a closed fist and then with a padlock he had in his hand,
maybe 5 or 6 times in the face. My jaw got broken in two places and they had to put screws in it at
St. Elizabeth's. I can't eat real food still. I know Omar since middle school, our moms talk in Arabic
at the pickup so I know his family too. I want it on record.
""",
    nc=["Arabic"], mc=["padlock"], mct=["WhatsApp status", "St. Elizabeth's", "padlock"],
    cats=["language"], tags=["allow_violence", "student_statement", "precision_trap"])

add(48, "allow", school_id=BURKE[1], recipient="bpd/district-b2", ground="weapon", weapon="knife",
    student=S(BURKE, "Quentin Baptiste-Ware", "417740", "2009-06-30", 10),
    when="2025-10-09T15:15:00-04:00", where="Franklin Park, near the Shattuck side",
    desc="""
SSS incident narrative - Officer V. Amado (BPS Safety Services), 10/9

Received information at 2:45 that a fight arranged in a group chat was going to happen in Franklin
Park after dismissal and that "somebody bringing a blade". At 3:15 I located a crowd of about 25 near
the Shattuck side of the park. Quentin Baptiste-Ware (10) was squared up with another student and
holding a kitchen knife with a serrated edge. Students were filming. On my command Quentin dropped
the knife and was detained without injury. Knife secured. Students in the crowd were chanting "Top
Side" at him, which Quentin repeated when I walked him back. No one was injured.
""",
    nc=["Top Side"], mc=["kitchen knife"], mct=["Franklin Park", "serrated edge", "kitchen knife"],
    cats=["gang_affiliation"], tags=["allow_weapon", "sss_narrative", "precision_trap"])

add(49, "deny", reason="recipient_not_permitted", school_id=EXCEL[1],
    recipient="south-bay-center-security", ground="serious_violence",
    student=S(EXCEL, "Brianna Kelleher", "428867", "2009-07-14", 11),
    when="2026-04-03T16:20:00-04:00", where="South Bay Center, outside Target",
    desc="""
For mall security at South Bay, per their manager's request to our office.

On 4/3 around 4:20 PM Brianna Kelleher (11) and another Excel student fought outside Target. Brianna
hit the other girl with a glass bottle; the girl needed 12 stitches over her eyebrow at BMC. The fight
was planned in a chat and streamed on Instagram Live. Mall security wants the student's information
and photo to ban her. Brianna lives with her aunt at Harbor Point and is in the mall most evenings.
""",
    nc=["Harbor Point"], cats=["neighborhood"], tags=["deny_recipient"])

add(50, "allow", school_id=EXCEL[1], recipient="bpd/district-c6", ground="credible_threat",
    threat="Kieran Doucette (gr 10), in a voice message in the 'Excel 10' group chat on 5/11 at 11:30 PM, "
           "after his fight video was posted: 'I know where all yous live. Tuesday I'm coming in with "
           "my uncle's nine and the first one laughing at me is getting it.' He names three students "
           "in the message. He repeated 'tuesday' in a text to one of them at 7 AM.",
    student=S(EXCEL, "Kieran Doucette", "450981", "2010-01-23", 10),
    when="2026-05-12T07:00:00-04:00", where="Group chat; school referenced",
    attachments=[{"kind": "document", "name": "voice_message_transcript.pdf"}],
    desc="""
Guidance counselor (Ms. Kwan), 5/12. Three 10th graders came in together before homeroom and played
me a voice message from Kieran Doucette in their class group chat. After a clip of Kieran losing a
fight at the Broadway T stop was posted and laughed at, he said he was coming in Tuesday with his
uncle's "nine" and that the first one laughing "is getting it", and said the names of all three. They
are shaking. I spoke with Kieran's mother by phone at 7:40; she said Kieran hasn't been himself since
his dad was deported in June and she cannot control him. Brought to AP Sullivan immediately.
""",
    nc=["deported"], mc=["getting it"], mct=["Broadway T stop", "voice message"],
    cats=["immigration_status"], tags=["allow_threat", "counselor_note"])

add(51, "allow", school_id=EBHS[1], recipient="bpd/district-a7", ground="serious_violence",
    student=S(EBHS, "Sebastián Ocampo", "436205", "2008-11-11", 12),
    when="2026-01-06T11:30:00-05:00", where="Auditorium stage left, during assembly rehearsal",
    desc="""
East Boston High School - Nurse & AP joint note - 1/6/26

11:30 - Student (gr 11, male, victim) brought to health office holding a towel to his right thigh. Per
stage manager and two videos that were already on a fight account, Sebastián Ocampo (gr 12) stabbed
him in the thigh with a flat-head screwdriver backstage after an argument over a video. Wound 2 cm,
deep, bleeding heavily. Tourniquet applied by nurse. EMS to MGH at 11:46. Victim had surgery for a
damaged artery (per family). Sebastián was found in the boys' room washing his hands. In the office he
said the victim "talks about Colombians like we're trash" and that he "couldn't let it go".
""",
    nc=["Colombians"], mc=["screwdriver"], mct=["flat-head screwdriver", "Tourniquet", "damaged artery"],
    cats=["ethnicity"], tags=["allow_violence", "nurse_note"])

add(52, "deny", reason="ground_not_permitted", school_id=FREDERICK[1], recipient="bpd/district-c11",
    ground="physical_altercation",
    student=S(FREDERICK, "Fabiola Destiné", "456631", "2012-07-30", 7),
    when="2025-10-21T12:20:00-04:00", where="Gym, 7th grade PE",
    desc="""
PE teacher note. During 7th grade PE two girls got into a scuffle on the bleachers, Fabiola Destiné
and a classmate. Slaps and hair pulling, about 15 seconds. Both were checked by the nurse: redness,
no injuries. A boy on the other side of the gym had his phone out and the clip was posted to a
"Frederick fights" page within the hour. Fabiola cried and said that the other girl mocks her
because she still talks criollo haitiano with her grandma on the phone. Front office is sending this
to BPD so there is a record of the posting.
""",
    nc=["criollo haitiano"], cats=["language", "ethnicity"], tags=["deny_ground", "teacher_note"])

add(53, "allow", school_id=DEARBORN[1], recipient="bpd/district-b2", ground="weapon", weapon="knife",
    student=S(DEARBORN, "Tatyana Mervilus", "442251", "2010-02-02", 9,
              country_of_birth="Haiti", ell_status="Former EL", religion="Seventh-day Adventist"),
    when="2025-11-25T09:30:00-05:00", where="Room 204, advisory",
    desc="""
Advisory teacher's referral - Mr. N. Greer, 11/25

A girl in my advisory showed me a clip on her phone, posted this morning, of a fight at the Nubian
station bus stop yesterday. In the clip Tatyana Mervilus (9th) pulls a pink-handled switchblade out of
her bag (I recognized Tatyana's face right away) and waves it while another girl backs away. I called SSS. SSS Okoye searched Tatyana's bag
in the office with AP Blanco and found the same switchblade, 3.5-inch blade, in the front pocket.
Tatyana says she keeps it because the girl in the video has been threatening her online since
October. No injuries. Mother notified at 9:55.
""",
    nc=["Haiti", "Former EL", "Adventist"], mc=["switchblade"],
    mct=["pink-handled switchblade", "recognized Tatyana's face", "Nubian station"],
    cats=["national_origin", "language", "religion"], tags=["allow_weapon", "structured_field"])

add(54, "allow", school_id=TECHBOS[1], recipient="bpd/district-c11", ground="drugs",
    substances=["MDMA (molly)"],
    student=S(TECHBOS, "Elijah Pemberton", "418876", "2008-08-19", 12),
    when="2026-05-15T21:40:00-04:00", where="Senior social, school gym",
    desc="""
AP report - senior social, 5/15

At about 9:40 PM a fight broke out near the DJ table. It lasted under a minute; chaperones Mr. Levesque
and Ms. Duarte separated the boys. Several seniors filmed it and it was on TikTok before the social
ended. One boy was dazed and sweating heavily and was evaluated by EMS on site. He told EMS he had
taken "molly" that he bought from Elijah Pemberton in the bathroom. When we spoke to Elijah he turned
over a small bag with nine purple tablets stamped with a skull, which he called molly. His mother
picked him up; she said she had driven over from Cathedral and was furious.
""",
    nc=["Cathedral"], mc=["molly"], mct=["nine purple tablets", "DJ table"],
    cats=["neighborhood"], tags=["allow_drugs", "ap_report"])

add(55, "allow", school_id=MADISON[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(MADISON, "Luis Amaya Canales", "432927", "2008-10-13", 12),
    when="2026-02-03T08:10:00-05:00", where="Main lobby",
    layout="keep",
    desc="""
SIS EXPORT // BEHAVIOR // INC 26-0311
DATE 02/03/2026 TIME 08:10 LOC MAIN LOBBY
INVOLVED: AMAYA CANALES, LUIS (12) OFFENDER; STUDENT B (11) VICTIM
NARRATIVE: OFFENDER AND 3 UNIDENTIFIED MALES ASSAULTED VICTIM IN THE MAIN LOBBY DURING ENTRY. ENTIRE
INCIDENT RECORDED BY STUDENTS AND POSTED. OFFENDER STRUCK VICTIM WITH A METAL U-LOCK. VICTIM LOST
CONSCIOUSNESS, TRANSPORTED BY EMS TO BMC. INJURIES PER HOSPITAL: FRACTURED CHEEKBONE, 2 TEETH LOST,
BRAIN CONTUSION. OFFENDER FLED ON FOOT TOWARD MALCOLM X BLVD.
STAFF NOTE (DEAN): KIDS ARE SAYING THIS IS MS-13 STUFF AND THAT LUIS IS IN IT. UNCONFIRMED.
""",
    nc=["MS-13"], mc=["U-LOCK"], mct=["METAL U-LOCK", "FRACTURED CHEEKBONE"],
    cats=["gang_affiliation"], tags=["allow_violence", "sis_export"])

add(56, "deny", reason="excluded_substance", school_id=SNOWDEN[1], recipient="bpd/district-d4",
    ground="drugs", substances=["hard seltzer", "nicotine pouches"],
    student=S(SNOWDEN, "Vivian Luong", "439546", "2009-04-16", 11),
    when="2026-03-20T15:40:00-04:00", where="Copley Square, near the fountain",
    desc="""
Hi Sgt. Moynihan, sending this as discussed. Friday after school a group of our juniors were drinking
hard seltzers at Copley Square and it turned into a fight between two girls that went all over
TikTok (no serious injuries, one girl's earring got ripped). The next morning Vivian Luong was caught
selling Zyn nicotine pouches in the girls' room and said the older girl in the video is the one she
gets the seltzers from. Vivian lives in Chinatown with her grandparents and walks home alone every
day. We want the sales looked at.
""",
    nc=["Chinatown"], cats=["neighborhood"], tags=["deny_substance"])

add(57, "allow", school_id=OBRYANT[1], recipient="bpd/district-b2", ground="weapon", weapon="firearm",
    student=S(OBRYANT, "Tavion Reid-Campbell", "431142", "2009-12-06", 10),
    when="2026-03-31T12:05:00-04:00", where="Courtyard",
    desc="""
From AP Donnelly to the principal, 3/31

At lunch a video started going around of Tavion Reid-Campbell (10) in the courtyard at a fight
earlier today, lifting his shirt to show a gun in his waistband to the other boy. SSS pulled Tavion out
of 5th period; in the office we found a black revolver in the waistband of his sweatpants. It was
unloaded; no ammunition was found on him or in his locker. Tavion said the other boy's older brother
"ran up on him" on Saturday. His mother came and said the family is Jamaican and "we don't raise boys
like this", she was in tears. The revolver is secured in the safe; please send today.
""",
    nc=["Jamaican"], mc=["revolver"], mct=["black revolver", "unloaded", "waistband"],
    cats=["ethnicity"], tags=["allow_weapon", "ap_email"])

add(58, "allow", school_id=FREDERICK[1], recipient="bpd/district-c11", ground="credible_threat",
    threat="On 2/9/26 at 8:14 PM Marcus Étienne (gr 8) posted to his Snapchat story a photo of a "
           "kitchen knife and a lighter with the words 'frederick tmrw 2nd lunch. the girl who posted "
           "my fight is getting cut. anyone who helps her too.' The girl who posted the fight video "
           "is an 8th grade classmate; he tagged her account.",
    student=S(FREDERICK, "Marcus Étienne", "454479", "2012-05-29", 8),
    when="2026-02-09T20:14:00-05:00", where="Online; 2nd lunch referenced",
    desc="""
Principal's note, Tuesday 2/10, 6:45 AM. The attached story was sent to me by a parent at 9 PM last
night. Marcus Étienne (8th) posted a picture of a kitchen knife and a lighter saying the girl who
posted his fight "is getting cut" at 2nd lunch today, and tagged her. I have spoken with the girl's
mother. We will meet Marcus at the door with SSS and his mother. Note for BPD: Marcus's mother needs
Haitian Creole for anything said to her; Mr. Jean-Louis will be here at 7:15 to help. Marcus has
no prior discipline.
""",
    nc=["Haitian Creole"], mc=["getting cut"], mct=["kitchen knife and a lighter", "2nd lunch"],
    cats=["language"], tags=["allow_threat", "principal_note"])

add(59, "allow", school_id=HERNANDEZ[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(HERNANDEZ, "Xavier Colón Rivera", "458192", "2011-03-09", 8),
    when="2025-12-19T13:00:00-05:00", where="Stairwell B, 2nd floor landing",
    desc="""
Rafael Hernández K-8 - report of the 8th grade dean (Sra. Márquez)

During the move to specials at 1:00, Xavier Colón Rivera pushed another 8th grader down stairwell B
from the 2nd floor landing, after the boy had posted a video of Xavier crying at a fight last month.
Two students were filming because they had heard "it was going down in the stairs". The boy hit the
bottom step and the wall. He could not move his left leg. EMS to Boston Children's; he has a broken
femur and a concussion and needed surgery with a rod. Xavier told me "he was disrespecting me and my
people, los boricua". Xavier's father was called in.
""",
    nc=["boricua"], mc=["broken femur"], mct=["stairwell B", "broken femur"],
    cats=["ethnicity"], tags=["allow_violence", "dean_report"])

add(60, "deny", reason="face_surveillance", school_id=EXCEL[1], recipient="bpd/district-c6",
    ground="serious_violence",
    student=S(EXCEL, "Ronan Gallagher", "425773", "2009-08-01", 11,
              face_match={"system": "building camera pilot", "match_id": "FR-22917", "score": 0.94}),
    when="2026-01-16T14:45:00-05:00", where="Side entrance, stairs to the street",
    desc="""
Assistant Principal's summary. On 1/16 at 2:45 PM a sophomore was thrown down the stairs at the side
entrance during a fight filmed by several students; he broke his wrist and an ankle. The attacker's
face is partly covered in the phone videos. The building camera pilot compared the side-entrance
camera footage with student ID photos and flagged Ronan Gallagher (match FR-22917). Ronan denies it.
We are attaching the pilot's match record so BPD can proceed.
""",
    nc=["FR-22917"], cats=["face_surveillance"], tags=["deny_face", "structured_field"])
# ---------------------------------------------------------------- cases 61-80
add(61, "allow", school_id=SNOWDEN[1], recipient="bpd/district-d4", ground="serious_violence",
    student=S(SNOWDEN, "Keira Dunleavy", "446718", "2010-04-21", 9),
    when="2025-11-07T10:35:00-05:00", where="3rd floor girls' bathroom",
    desc="""
Ms. Abreu (World Languages) - what I saw, 11/7

I was collecting the Spanish 3 quiz from a student who had gone to the bathroom when I heard
screaming from the 3rd floor girls' room. Inside, Keira Dunleavy (9) was stomping on the head of
another 9th grade girl who was on the tile floor, while two girls stood on the sinks filming. I pulled
Keira off and called for help on the radio. The girl had a cut on her forehead, her right eye was
swollen shut and she was confused about where she was. EMS took her to Tufts Medical: orbital
fracture and concussion. Keira's mother told the AP they'd been fighting since the video of them at
a party was posted. The victim's older sister told me the two families know each other from the
Vietnamese church on Dot Ave, so this is a big deal for both of them.
""",
    nc=["Vietnamese church"], mc=["orbital fracture"],
    mct=["Spanish 3 quiz", "orbital fracture", "stomping"],
    cats=["ethnicity", "religion"], tags=["allow_violence", "teacher_statement", "precision_trap"])

add(62, "deny", reason="missing_threat_statement", school_id=BCLA[1], recipient="bpd/district-e18",
    ground="credible_threat",
    student=S(BCLA, "Darnell Whitaker", "421460", "2009-03-28", 10),
    when="2026-01-27T13:10:00-05:00", where="Hallway outside the cafeteria",
    desc="""
AP Flynn. Darnell Whitaker (10) was overheard in the hall after lunch by a paraprofessional telling a
group of boys that "the ones who posted it are gonna see something". The "it" is a video from last
Friday of Darnell getting dropped in one punch outside the Cleary Square Dunkin'. The para did not hear
anything more and none of the boys would repeat it. Darnell has been angry and quiet since the video.
His grandmother says he's been out late on River St with older boys. Sending for awareness.
""",
    nc=["River St"], cats=["neighborhood"], tags=["deny_threat_missing"])

add(63, "allow", school_id=FENWAY[1], recipient="bpd/district-d4", ground="weapon", weapon="mace",
    student=S(FENWAY, "Génesis Batista Ureña", "440097", "2009-06-17", 11),
    when="2026-04-09T11:50:00-04:00", where="Main hallway outside the library",
    layout="keep",
    desc="""
Fenway High School - Incident Report, 4/9/26
Writer: Ms. T. Okwuosa, Assistant Headmaster

At 11:50 two juniors started fighting in the main hallway after one of them had posted a video making
fun of the other. Génesis Batista Ureña took a canister of Mace from her bag and sprayed it in the
other girl's face from close range. Staff and about ten students nearby were affected and coughing; we
evacuated the hallway and opened windows. The other girl was treated by the nurse with saline and sent
home with her mother. The canister was recovered by SSS. Génesis said the girl told everyone "la
familia de ella tiene un caso de asilo y van a deportarlos", which is what set her off.
""",
    nc=["caso de asilo", "deportarlos"], mc=["Mace"], mct=["canister of Mace", "saline", "evacuated the hallway"],
    cats=["immigration_status"], tags=["allow_weapon", "spanish"])

add(64, "allow", school_id=MADISON[1], recipient="bpd/district-b2", ground="credible_threat",
    threat="A Madison Park student, Abdirahman Nur (gr 12), told SSS Guerrero at 8:30 AM on 10/20/25, "
           "after being shown the video of his younger brother being beaten: 'I already got the gun "
           "from my man. I'm going to their building after school and I'm shooting whoever opens the "
           "door.' He named the two students who filmed it. He refused to say more.",
    student=S(MADISON, "Abdirahman Nur", "415507", "2008-02-11", 12),
    when="2025-10-20T08:30:00-04:00", where="SSS desk, main entrance",
    desc="""
SSS Guerrero's account, 10/20/25. At 8:30 Abdirahman Nur came to my desk and asked if I had seen the
video of his little brother getting jumped on Saturday; it's on a fight page with 40k views. I said
yes. He was calm but his hands were shaking and he said he had "already got the gun" and was going to
the filmers' building after school "to shoot whoever opens the door", and named the two boys who
filmed. I walked him to the AP office. His mother, who is Somali and does not drive, was called; his
uncle will come instead. Abdirahman has no prior incidents. We have identified the two boys and are
contacting their families.
""",
    nc=["Somali"], mc=["got the gun"], mct=["40k views", "whoever opens the door"],
    cats=["ethnicity"], tags=["allow_threat", "sss_account"])

add(65, "deny", reason="ground_not_permitted", school_id=CHARLES[1], recipient="bpd/district-a15",
    ground="trespass",
    student=S(CHARLES, "Aidan Corcoran", "418303", "2009-05-01", 11),
    when="2026-03-10T14:05:00-04:00", where="Side door by the gym",
    desc="""
At 2:05 PM three teenagers who are not Charlestown High students were let in the side door by the gym
by Aidan Corcoran (11) so they could film a fight between Aidan and a sophomore for their page. Staff
stopped it before any punches landed. The three left when SSS approached and Aidan was brought to the
office. Aidan said the three are from Mishawum and "run the page". No one was hurt. We would like BPD
to know that non-students are being brought in to film.
""",
    nc=["Mishawum"], cats=["neighborhood"], tags=["deny_ground"])

add(66, "allow", school_id=DEARBORN[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(DEARBORN, "Corey Magwood", "434186", "2009-09-24", 10),
    when="2026-02-25T12:40:00-05:00", where="Science lab, room 312",
    desc="""
Voicemail left on the main office line 2/25, 5:48 PM, transcribed by Mrs. Sullivan (clerk):

"Good evening, my name is Mrs. Adebayo, I am the mother of Tolu in the 10th grade. I am calling from
the eye hospital. My son was hit in the eye in the science lab today with a glass beaker that the boy
Corey Magwood threw at him, while the other children were recording for their fight page. The doctors
at Mass Eye and Ear say he may lose the sight in that eye. Nobody from the school called me until
three o'clock. We are Nigerian, we came here so our children could be safe in school. I want to know
what you are doing about this boy. Please call me back."

Clerk's note: forwarded to AP Dorsey and the nurse.
""",
    nc=["Nigerian"], mc=["glass beaker"], mct=["glass beaker", "Mass Eye and Ear", "sight in that eye"],
    cats=["ethnicity"], tags=["allow_violence", "voicemail", "precision_trap"])

add(67, "allow", school_id=MADISON[1], recipient="bpd/district-b2", ground="drugs",
    substances=["pressed fentanyl pills", "weed"],
    student=S(MADISON, "Jaheim Ruffin", "427208", "2008-07-27", 12,
              home_address="14 Ruthven St Apt 2"),
    when="2025-11-21T13:15:00-05:00", where="Cosmetology wing, back hallway",
    desc="""
AP's note. 1:15 PM, back hallway of the cosmetology wing. A fight between Jaheim Ruffin (12) and a
junior was filmed and posted to a fight page; a teacher broke it up. Neither was seriously hurt. The
junior's friends told us the junior "fell out" in the bathroom last week after taking a pill he got
from Jaheim, and that this was the payback fight. In the search, Jaheim had a mint tin with 8 blue
round pills stamped "M / 30" and a small bag of weed. Pills sealed. The junior's mother says he was
treated with Narcan at home last week.
""",
    nc=["Ruthven"], mc=["blue round pills"], mct=["mint tin", "Narcan", "8 blue"],
    cats=["neighborhood"], tags=["allow_drugs", "structured_field", "mixed_substances", "clean_text"])

add(68, "allow", school_id=MISSION[1], recipient="bpd/district-b2", ground="weapon",
    weapon="butterfly knife",
    student=S(MISSION, "Aniyah Montalvo", "460037", "2011-12-14", 8),
    when="2026-01-29T08:45:00-05:00", where="8th grade hallway lockers",
    desc="""
Mission Hill K-8 - Assistant Principal's incident report

At 8:45 AM a 7th grader came to me crying and showed me a video from a Snapchat story: Aniyah
Montalvo (8th) was filmed at the lockers flipping a butterfly knife open and shut in front of her face
and saying "post me again and see". The video had been posted by Aniyah's friend on a page that
collects fight videos from our school. We brought Aniyah to the office and she handed over a silver
butterfly knife from her coat. Her father asked that I call the family's pastor at Iglesia Pentecostal
so he could come with them to the meeting. No one was injured.
""",
    nc=["Iglesia Pentecostal", "pastor"], mc=["butterfly knife"],
    mct=["silver butterfly knife", "post me again"],
    cats=["religion"], tags=["allow_weapon", "ap_report", "precision_trap"])

add(69, "deny", reason="recipient_not_permitted", school_id=ENGLISH[1], recipient="mbta-transit-police",
    ground="weapon", weapon="knife",
    student=S(ENGLISH, "Wilfredo Mejía", "443944", "2008-12-18", 12),
    when="2026-02-06T14:50:00-05:00", where="Forest Hills station, upper busway",
    desc="""
For the Transit Police detective who called this morning. A fight at the Forest Hills upper busway
was filmed by our students and posted; in it Wilfredo Mejía (12) swings a folding knife at another
young man, who was not hit. Wilfredo was searched at school the next day and had the knife in his
backpack. He says the other man was bothering his little sister. He was on the Honduran soccer club
poster in the lobby, which is how some teachers recognized him in the clip.
""",
    nc=["Honduran"], cats=["national_origin"], tags=["deny_recipient"])

add(70, "allow", school_id=HENDERSON[1], recipient="bpd/district-c11", ground="serious_violence",
    student=S(HENDERSON, "Jaylin Osei-Bonsu", "455083", "2012-10-05", 7),
    when="2025-10-28T10:10:00-04:00", where="Middle school playground",
    desc="""
Henderson K-12 - Upper campus - behavior specialist's report (Mr. R. Kaminski)

Morning recess. A 7th grader, Jaylin Osei-Bonsu, and another 7th grade boy were "running a fade" that
the class had been told about the night before; two kids were filming. Jaylin lifted the boy and
threw him off the top of the playground structure, about six feet onto the wood chips, and the boy
landed on his arm. Compound fracture of the forearm, bone visible. Nurse and EMS responded, boy taken
to Boston Children's for surgery. Jaylin was upset and said he didn't mean to. The school social
worker noted that Jaylin and his mother moved into the family shelter on Mass Ave in September, and
he has been under a lot of stress.
""",
    nc=["family shelter", "Mass Ave"], mc=["Compound fracture"],
    mct=["Compound fracture", "six feet", "wood chips"],
    cats=["neighborhood"], tags=["allow_violence", "specialist_report"])

add(71, "allow", school_id=BRIGHTON[1], recipient="bpd/district-d14", ground="credible_threat",
    threat="Brighton student Alina Petrenko (gr 11) sent a direct message at 9:20 PM on 10/2/25 to the "
           "girl who posted the video of her being pushed during the field hockey game: 'You and your "
           "sister are dead Friday. I know your bus. I will have my dad's knife and I'm not playing.' "
           "She sent a photo of a hunting knife with the message.",
    student=S(BRIGHTON, "Alina Petrenko", "435629", "2009-01-30", 11),
    when="2025-10-02T21:20:00-04:00", where="Online; bus referenced",
    desc="""
Coach's email (field hockey), 10/3, 6:55 AM

At Wednesday's game Alina Petrenko got a green card for shoving a player on the other team and then
a yellow. After the game a girl from our own school posted a video of the shoving with a caption
making fun of her. Last night Alina sent that girl a DM saying she and her sister are "dead Friday",
that she knows her bus and will have her dad's knife, with a photo of a hunting knife. The girl's mom
forwarded it to me. Alina's parents both work early; her mom is Russian-speaking and I have only
reached her through her older son before. I'm bringing this to the AP first thing.
""",
    nc=["Russian"], mc=["dead Friday"], mct=["green card", "hunting knife", "dead Friday"],
    cats=["language"], tags=["allow_threat", "coach", "precision_trap"])

add(72, "deny", reason="ground_not_permitted", school_id=BGA[1], recipient="bpd/district-d14",
    ground="vandalism",
    student=S(BGA, "Elton Monteiro", "432613", "2009-10-19", 10),
    when="2026-04-20T07:30:00-04:00", where="Exterior wall facing the parking lot",
    desc="""
Custodian found this at 6:40 AM and I (Assistant Principal) checked it at 7:30. Someone spray-painted
the handle of a fight page, "bga.scrapz", in red letters four feet high on the wall facing the lot,
with "1v1 FRIDAY" under it. Camera footage shows Elton Monteiro (10) and one other boy doing it just
after 11 PM. Elton has been posting fight videos on that page. His mother (who is Cape Verdian) asked
to pay for the cleaning. We want police to have a record of the vandalism.
""",
    nc=["Cape Verdian"], cats=["ethnicity"], tags=["deny_ground", "misspelled"])

add(73, "allow", school_id=EXCEL[1], recipient="bpd/district-c6", ground="weapon", weapon="knife",
    student=S(EXCEL, "Mykola Shevchuk", "449718", "2009-02-22", 10),
    when="2026-03-13T09:20:00-04:00", where="Room 110, homeroom",
    desc="""
Homeroom teacher - Mrs. D. Kaplan

Before the bell a boy was showing a fight video on his phone, from the weekend at M Street beach, in
which Mykola Shevchuk is on the ground. The boy was laughing and Mykola pulled a pocket knife with a
red handle, opened the blade, and held it near the boy's stomach and said "laugh now". I told him to
put it on the desk and he did. Nobody was hurt. I called SSS, who took the knife (3-inch blade,
locking). Mykola has been here a year; he came with his mother as a Ukrainian refugee and has been
getting picked on about it.
""",
    nc=["Ukrainian", "refugee"], mc=["pocket knife"], mct=["red handle", "laugh now", "M Street beach"],
    cats=["national_origin", "immigration_status"], tags=["allow_weapon", "teacher_note"])

add(74, "allow", school_id=OBRYANT[1], recipient="bpd/district-b2", ground="serious_violence",
    student=S(OBRYANT, "Nasir Hollingsworth", "423850", "2008-04-04", 12),
    when="2026-05-20T15:25:00-04:00", where="Sidewalk near the Roxbury Crossing station entrance",
    desc="""
written statement by a student witness (12th grade) given to AP Ruiz

the fight was planned in a chat called "after 6th" and like 60 people were in it. after school by
the roxbury crossing station nasir hollingsworth and his friend was on the other boy. nasir kicked
him in the stomach like 10 times while he was balled up. someone recorded it and it was on the fight
pages that night. the boy was throwing up and grabbing his side. i heard after he had surgery cause
his spleen ruptured. everybody is saying the boy wont talk to cops cause his family is sin papeles
but i think somebody needs to do something. please dont say my name.
""",
    nc=["sin papeles"], mc=["spleen"], mct=["spleen ruptured", "after 6th"],
    cats=["immigration_status"], tags=["allow_violence", "student_statement", "spanish"])

add(75, "deny", reason="excluded_substance", school_id=ACC[1], recipient="bpd/district-e18",
    ground="drugs", substances=["marijuana edibles"],
    student=S(ACC, "Tiana Lovejoy", "438291", "2009-11-05", 11),
    when="2026-01-15T12:30:00-05:00", where="Cafeteria",
    desc="""
Hi all - at lunch a fight between two 11th grade girls was filmed and it is all over TikTok. Per both
girls it was over gummies: Tiana Lovejoy was selling THC edibles (Cookies brand packaging) and the
other girl claims she was shorted. Nobody was hurt beyond scratches. Tiana had 5 more packs in her
bag. Tiana's mom says she's been hanging out in Mattapan with an older crowd since she moved there in
the summer. AP wants BPD to know where the edibles are coming from.
""",
    nc=["Mattapan"], cats=["neighborhood"], tags=["deny_substance"])

add(76, "allow", school_id=CHARLES[1], recipient="bpd/district-a15", ground="drugs",
    substances=["oxycodone (not prescribed)"],
    student=S(CHARLES, "Megan Tierney", "417095", "2008-10-28", 12),
    when="2026-02-27T10:00:00-05:00", where="Girls' locker room",
    desc="""
Assistant Principal - narrative

A student reported that a fight in the girls' locker room yesterday, which was filmed and posted,
started because Megan Tierney (12) had sold the other girl "percs" and the girl said they were fake.
We asked Megan to come to the office with her mother this morning. Megan's bag had a prescription
bottle labeled with her grandmother's name containing 17 round white tablets marked "A 215"
(oxycodone 30 mg, per the pill identifier). Megan said she takes them from her grandmother. The other
girl had a bruised cheek only. Megan asked to leave by 2:00 because she has confirmation class at St.
Catherine's this afternoon. Tablets sealed in the safe.
""",
    nc=["confirmation class", "Catherine's"], mc=["oxycodone"], mct=["A 215", "17 round white tablets", "grandmother's name"],
    cats=["religion"], tags=["allow_drugs", "ap_narrative"])

add(77, "allow", school_id=BLA[1], recipient="bpd/district-c11", ground="weapon", weapon="taser",
    student=S(BLA, "Jerome Acevedo-Banks", "442766", "2009-07-03", 10),
    when="2025-12-03T15:10:00-05:00", where="Ashmont station, busway",
    desc="""
AP notes, 12/3. Video received at 5 PM from a parent: after school at the Ashmont busway Jerome
Acevedo-Banks (10) and a boy from another school fight; Jerome pulls a black Taser with a yellow
cartridge and fires it into the boy's chest while his friends film and someone yells "Goonz don't
lose". The other boy falls and the video ends. Jerome was brought to the office on 12/4 with his
father; the Taser was in his backpack and was turned over to SSS. We don't know the condition of the
other boy. Jerome's father said Jerome was "jumped last month" at the same spot.
""",
    nc=["Goonz"], mc=["Taser"], mct=["yellow cartridge", "Ashmont busway"],
    cats=["gang_affiliation"], tags=["allow_weapon", "ap_notes"])

add(78, "deny", reason="face_surveillance", school_id=ENGLISH[1], recipient="bpd/district-e13",
    ground="serious_violence",
    student=S(ENGLISH, "Cameron Pike", "452207", "2010-08-13", 9),
    when="2026-03-30T14:30:00-04:00", where="Sidewalk on Washington Street outside the school",
    attachments=[{"kind": "photo", "name": "grade9_ID_photos_for_matching.zip"},
                 {"kind": "video", "name": "washington_st_fight.mp4"}],
    desc="""
To our BPD liaison: A 9th grade boy was beaten outside the school at 2:30 and lost two teeth and has a
broken nose; he will not say who did it. Some students say the attacker is Cameron Pike (9), but he is
one of about twelve 9th graders in the clip, which was posted on a fight page. We are attaching the ID photos of all our 9th graders so your
face recognition software can compare them to the clip and tell us who it was. The victim's family is
Salvadoran and very worried about speaking to police, so please do not contact them directly.
""",
    nc=["Salvadoran"], cats=["face_surveillance", "national_origin"], tags=["deny_face"])

add(79, "allow", school_id=BCLA[1], recipient="bpd/district-e18", ground="serious_violence",
    student=S(BCLA, "Trevor Nguyen-Mills", "430544", "2009-08-29", 11,
              parent_language="Vietnamese", birth_country="Vietnam"),
    when="2025-09-25T11:15:00-04:00", where="2nd floor hallway by the windows",
    desc="""
BCLA - Dean's narrative, 9/25/25

At 11:15 AM a fight that had been "called" in a group chat took place in the 2nd floor hallway by the
windows. Trevor Nguyen-Mills (11) shoved the other student backward through the lower glass pane of
the hallway window. The glass broke and the student had deep lacerations to the back of his neck and
both arms. Staff applied pressure and a tourniquet to the left arm. EMS took him to Beth Israel; he had
surgery to repair a nerve in his arm. More than ten students filmed instead of helping. Trevor stayed
and cooperated with staff. His father has been informed.
""",
    nc=["Vietnam"], mc=["lacerations"], mct=["lower glass pane", "repair a nerve"],
    cats=["language", "national_origin"], tags=["allow_violence", "structured_field", "clean_text"])

add(80, "deny", reason="other", school_id=FREDERICK[1], recipient="bpd/district-c11", ground="weapon",
    weapon="BB gun",
    student=S(FREDERICK, "DeAndre Whitlow", "457391", "2012-02-15", 8),
    when="2026-04-22T15:00:00-04:00", where="Fields behind the school",
    desc="""
8th grade dean. A fight on the fields after school was posted to a page this evening. In the video
DeAndre Whitlow (8th) points a black handgun-looking object at the crowd and fires twice into the
grass. His mother brought it to school the next morning: it is a CO2 BB gun. One student has a red
welt on his leg. DeAndre says he bought it online. His mother lives on Codman Square, above the
laundromat, and says DeAndre is with his dad half the week.
""",
    nc=["Codman Square", "laundromat"], cats=["neighborhood"], tags=["deny_replica"])
# ---------------------------------------------------------------- cases 81-100
add(81, "allow", school_id=BGA[1], recipient="bpd/district-d14", ground="serious_violence",
    student=S(BGA, "Destiny Albuquerque", "447082", "2009-12-29", 10),
    when="2025-11-12T12:10:00-05:00", where="2nd floor lockers",
    desc="""
Paraprofessional statement (Ms. J. Coelho), typed by the office.

I was walking my student to the bathroom at 12:10. At the 2nd floor lockers Destiny Albuquerque had
another 10th grade girl by the hair and was slamming her head into the locker doors, I counted at
least four times. There were kids all around with phones, nobody helping, someone saying "get it on
the page". The girl dropped and started having a seizure on the floor. I yelled for the nurse. She was
taken by ambulance and kept at St. Elizabeth's for two nights with a concussion and a ruptured
eardrum. Destiny is in my SEI class for part of the day and she has been telling everybody that girl
posted her fight video in October.
""",
    nc=["SEI class"], mc=["seizure"], mct=["seizure", "ruptured eardrum", "St. Elizabeth's"],
    cats=["language"], tags=["allow_violence", "para_statement", "precision_trap"])

add(82, "deny", reason="ground_not_permitted", school_id=DORCH[1], recipient="bpd/district-c11",
    ground="bullying",
    student=S(DORCH, "Brandon Tejeda", "426054", "2009-04-30", 10),
    when="2026-01-08T09:00:00-05:00", where="Various; online",
    desc="""
Counselor referral. A 9th grade boy reported that since December, Brandon Tejeda (10) and friends
have been staging "fights" with him, pushing him around at the bus stop while one of them films, then
posting the clips with captions. No injuries; the boy is humiliated and skipping school. The boy's
family is Guatemalan and at home they speak K'iche', and he says the captions make fun of that. His
uncle asked that police be told. I am submitting so BPD has it on file.
""",
    nc=["Guatemalan", "K'iche'"], cats=["ethnicity", "language"], tags=["deny_ground", "counselor_note"])

add(83, "allow", school_id=ACC[1], recipient="bpd/district-e18", ground="weapon", weapon="knife",
    student=S(ACC, "Travis Fenwick", "422639", "2008-08-11", 12,
              mailing_address="233 Westminster St, Hyde Park MA 02136"),
    when="2026-03-04T07:55:00-05:00", where="Front entrance, bag check",
    desc="""
Morning bag check, 7:55. SSS found a karambit (curved blade, finger ring, about 3 inches) in the inside
pocket of Travis Fenwick's coat. When asked, Travis said he had been jumped two weeks ago in a video
that's still up on a fight page, and that the boys in it "see me every day at the bus". He was calm
and cooperative. AP Nowak and I spoke to his mother by phone at 8:20. Travis has no prior discipline.
Karambit bagged and held for BPD. I have a screenshot of the video for the liaison.
""",
    nc=["Westminster", "02136"], mc=["karambit"], mct=["karambit", "finger ring", "inside pocket"],
    cats=["neighborhood"], tags=["allow_weapon", "structured_field", "clean_text"])

add(84, "allow", school_id=EMK[1], recipient="bpd/district-b2", ground="credible_threat",
    threat="On 12/8/25 at 12:30 PM, in the EMK cafeteria, Kelvin Arias (gr 11) told the student who "
           "posted a video of his fight: 'I got a gun at my cousin's, I'm bringing it Wednesday and "
           "you're first.' Two staff members heard it. On 12/8 at 4 PM he posted a photo on his Instagram "
           "story of a handgun on a car seat with the caption 'wednesday'.",
    student=S(EMK, "Kelvin Arias", "433795", "2009-05-08", 11, immigration_status="DACA pending"),
    when="2025-12-08T12:30:00-05:00", where="Cafeteria",
    desc="""
Nurse and AP note. At 12:30, in the cafeteria, Kelvin Arias told a classmate who had posted a video of
Kelvin's fight on Friday that he had a gun at his cousin's and was "bringing it Wednesday". Lunch aide
Mrs. Bui and Mr. Ostrowski both heard him. That afternoon Kelvin posted a handgun photo to his story
with the word "wednesday". The classmate is home today. Kelvin's family has been difficult to reach;
his counselor says there is a lot of stress at home about his DACA paperwork.
""",
    nc=["DACA"], mc=["bringing it Wednesday"], mct=["Mrs. Bui", "handgun photo"],
    cats=["immigration_status"], tags=["allow_threat", "structured_field"])

add(85, "deny", reason="recipient_not_permitted", school_id=BURKE[1], recipient="dhs/hsi-boston",
    ground="serious_violence",
    student=S(BURKE, "Oscar Villatoro Paz", "444518", "2008-03-15", 12),
    when="2026-04-16T14:45:00-04:00", where="Bus stop on Washington Street",
    desc="""
Attn: HSI Boston, Special Agent on the school-safety task force. On 4/16 Oscar Villatoro Paz (12)
beat a younger student at the bus stop while others filmed for a page; the boy has a broken
eye socket and needed surgery. The victim's family believes Oscar is undocumentd and that his older
brothers "bring him in to do this". They asked the school to contact your agency. We are forwarding
the video and his enrollment file.
""",
    nc=["undocumentd"], cats=["immigration_status"], tags=["deny_recipient", "misspelled"])

add(86, "allow", school_id=ENGLISH[1], recipient="bpd/district-e13", ground="serious_violence",
    student=S(ENGLISH, "Yulissa Guzmán", "441830", "2009-10-07", 10),
    when="2026-01-05T08:15:00-05:00", where="3rd floor hallway",
    desc="""
To: Dr. Nwosu, Headmaster. From: Mr. A. Lindqvist, History.

First morning back from Christmas break, 8:15, the 3rd floor hallway outside my room. Yulissa Guzmán
and another 10th grade girl had been going at it online over break about a video from a party. When the
other girl walked past, Yulissa smashed a glass perfume bottle against the side of her head. The girl
was bleeding heavily from a gash by her ear; I held my sweater against it. EMS took her to Faulkner,
then Brigham: 14 stitches and a fractured cheekbone. At least six kids filmed. Yulissa stayed and sat
on the floor crying. She told me she had "just moved from the Dominican Republic" in the summer and
"nobody here helps me".
""",
    nc=["Dominican Republic"], mc=["perfume bottle"],
    mct=["Christmas break", "perfume bottle", "fractured cheekbone"],
    cats=["national_origin"], tags=["allow_violence", "teacher_email", "precision_trap"])

add(87, "allow", school_id=DORCH[1], recipient="bpd/district-c11", ground="weapon", weapon="firearm",
    student=S(DORCH, "Tremaine Oduya", "420965", "2008-11-03", 12),
    when="2026-05-07T10:20:00-04:00", where="Locker room, gym level",
    desc="""
AP summary - for the BPD liaison - 5/7

A fight video from last night posted on Instagram shows Tremaine Oduya (12) holding what students call
a "ghost" handgun (tan frame, no serial) while two other boys fight in a parking lot. This morning SSS
searched his gym locker with consent of the principal and found a tan polymer pistol without serial
numbers and a loaded magazine with 9 rounds in a sneaker box. Tremaine says he holds it "for protection"
because of the Wendover crew beef and that he is "not in that, just from there". Family notified.
""",
    nc=["Wendover crew", "just from there"], mc=["without serial"],
    mct=["tan polymer pistol", "9 rounds", "sneaker box"],
    cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "ap_summary"])

add(88, "deny", reason="missing_threat_statement", school_id=EBHS[1], recipient="bpd/district-a7",
    ground="credible_threat",
    student=S(EBHS, "Kevin Mazariegos", "450316", "2009-07-25", 10),
    when="2026-02-11T21:00:00-05:00", where="Group chat",
    desc="""
AP Cortes - this is going in tonight before the threat statement is finished; I'll add it tomorrow.
A chat called "eb fade list" (about 25 students) has been setting up fights and posting them. Tonight
Kevin Mazariegos wrote that he'd "bring the burner" to Friday's fight against a kid from Orient
Heights. Screenshots from a parent. Kevin lives in Orient Heights himself and the beef is about
a video from the Piers Park fight.
""",
    nc=["Orient Heights"], cats=["neighborhood"], tags=["deny_threat_missing"])

add(89, "allow", school_id=BURKE[1], recipient="bpd/district-b2", ground="drugs",
    substances=["crack cocaine"],
    student=S(BURKE, "Rahim Coleman-Diallo", "439310", "2008-05-22", 12),
    when="2025-09-18T13:40:00-04:00", where="Bleachers, athletic field",
    desc="""
AP's narrative, 9/18. During 6th period a fight under the bleachers was livestreamed; two seniors,
Rahim Coleman-Diallo and another boy, were separated by Coach Ibarra. The other boy told the coach
Rahim "shorted" him on "rock". In the office Rahim's backpack contained a pill bottle with 12 small
off-white rocks, which Rahim called "hard", and a razor and a lighter. Items secured. Rahim was calm
and asked to pray in the office before his mother came; he is Muslim and it was time for the afternoon
prayer. I allowed it.
""",
    nc=["Muslim", "pray"], mc=["crack cocaine"], mct=["12 small off-white rocks", "under the bleachers"],
    cats=["religion"], tags=["allow_drugs", "ap_narrative"])

add(90, "allow", school_id=MCKAY[1], recipient="bpd/district-a7", ground="serious_violence",
    student=S(MCKAY, "Yassine Benali", "459968", "2012-03-03", 7),
    when="2026-03-18T12:25:00-04:00", where="Cafeteria line",
    desc="""
McKay K-8 - incident report (Ms. Raposo, Assistant Principal)

In the lunch line at 12:25, two 7th grade boys started fighting after one of them showed the other a
video posted on a "McKay fights" page. Yassine Benali got the other boy in a headlock and bit his ear,
tearing off the top part of it. A lunch monitor found the piece on the floor and put it on ice. EMS took
the boy to Mass General for Children; surgeons tried to reattach it. Yassine's uncle came at 1:30. He
told me "نحن من المغرب، هذا ليس من تربيتنا" and apologized many times. Four kids filmed; one video is
still up.
""",
    nc=["المغرب"], mc=["bit his ear"], mct=["bit his ear", "on ice", "reattach"],
    cats=["national_origin"], tags=["allow_violence", "arabic"])

add(91, "deny", reason="ground_not_permitted", school_id=SNOWDEN[1], recipient="bpd/district-d4",
    ground="disorderly_conduct",
    student=S(SNOWDEN, "Jordan Amankwah", "428731", "2009-06-09", 11),
    when="2026-04-10T15:30:00-04:00", where="Boston Common, near the Frog Pond",
    desc="""
An Instagram account announced a "BPS takeover" fight day at the Common; about 100 students from
several schools showed up at 3:30, and some scuffles were filmed and posted. No serious injuries were
reported to us. Jordan Amankwah (11) is one of the two students we believe run the account. Kids
in the comments say the older boys behind the page rep Heath Street. We are reporting the gathering.
""",
    nc=["Heath Street"], cats=["gang_affiliation"], tags=["deny_ground"])

add(92, "allow", school_id=CASH[1], recipient="bpd/district-b3", ground="weapon", weapon="machete",
    student=S(CASH, "Marlon Ashby", "416273", "2008-01-07", 12),
    when="2026-01-20T15:05:00-05:00", where="Rear parking lot",
    desc="""
SSS Lt. Boyce. At 15:05 a planned fight in the rear lot was being filmed by around twenty students when
Marlon Ashby (12) pulled an 18-inch machete from his duffel and chased the other student between the
cars. The other student slipped and got a cut on his hand from the fall, there was blood on the
pavement, but he was not struck by the blade. Marlon dropped the machete when I drew near. Students
say both boys "flag red" for the Bloods and the beef is over a diss video. Machete secured in evidence
bag. EMS checked the other student at the scene.
""",
    nc=["Bloods", "flag red"], mc=["machete"], mct=["18-inch machete", "blood on the pavement"],
    cats=["gang_affiliation"], tags=["allow_weapon", "sss_memo", "precision_trap"])

add(93, "allow", school_id=ORCHARD[1], recipient="bpd/district-b2", ground="credible_threat",
    threat="Student Javon Pettaway (gr 8) wrote in the Orchard Gardens 8th grade group chat on 11/30/25 "
           "at 10:05 PM: 'whoever posted me getting dropped, Monday I'm bringing my brother's glock to "
           "the gym and emptying it. Mark my words.' He then posted a video of a handgun being loaded "
           "in what appears to be his bedroom.",
    student=S(ORCHARD, "Javon Pettaway", "458627", "2011-07-19", 8),
    when="2025-11-30T22:05:00-05:00", where="Group chat; gym referenced",
    desc="""
Principal's note, Monday 12/1. Over the weekend Javon Pettaway (8th) was knocked down in a fight at the
Orchard Gardens K-8 playground and someone posted it. Sunday night he wrote in the 8th grade chat that
he'd bring his brother's glock to the gym Monday and "empty it", and posted a video of a handgun being
loaded. Several parents sent it to me. Javon was met at the door this morning; nothing found. His
family moved out of Orchard Park last year and he still goes back there every weekend, his mother says.
""",
    nc=["Orchard Park"], mc=["brother's glock"], mct=["handgun being loaded", "nothing found"],
    cats=["neighborhood"], tags=["allow_threat", "principal_note", "precision_trap"])

add(94, "deny", reason="ground_not_permitted", school_id=MADISON[1], recipient="bpd/district-b2",
    ground="fighting",
    student=S(MADISON, "Selam Gebremedhin", "440405", "2009-09-13", 10),
    when="2025-10-30T11:20:00-04:00", where="Culinary arts kitchen",
    desc="""
Culinary instructor (Chef Dunne). Two 10th grade girls fought in the kitchen during 3rd period after one
posted a video of the other tripping. Slaps and a shove into the prep table; no cuts, no burns, both
fine. A boy filmed. Selam Gebremedhin said the other girl mocks her for speaking Amharic with her mom
on the phone. Office asked me to write it up for BPD so the posting is on record.
""",
    nc=["Amharic"], cats=["language"], tags=["deny_ground", "teacher_note"])

add(95, "allow", school_id=CHARLES[1], recipient="bpd/district-a15", ground="serious_violence",
    student=S(CHARLES, "Liam Costigan", "413972", "2008-07-12", 12),
    when="2026-04-23T17:30:00-04:00", where="Boat ramp by the Charlestown Navy Yard",
    desc="""
Coach's statement (M. Pereira, rowing). After crew practice the boys were walking past the boat ramp and
a fight started that had been set up in a chat; someone from the team filmed it. Liam Costigan (12)
punched a younger rower and pushed him off the ramp into the water; the boy hit his head on the
concrete edge going in. We pulled him out; he was unconscious for about a minute. Boston EMS took him
to MGH: fractured skull and he swallowed a lot of water. Liam's dad said Liam "came over from Ireland
at ten and has always had a temper". Video has been passed around the school.
""",
    nc=["Ireland"], mc=["fractured skull"], mct=["crew practice", "boat ramp", "fractured skull"],
    cats=["national_origin"], tags=["allow_violence", "coach", "precision_trap"])

add(96, "allow", school_id=HERNANDEZ[1], recipient="bpd/district-b2", ground="weapon", weapon="knife",
    student=S(HERNANDEZ, "Darío Santana Vélez", "457086", "2011-02-24", 8),
    when="2026-03-06T14:10:00-05:00", where="Classroom 206",
    desc="""
Teacher (Mr. Ogunleye, 8th grade math). During 7th period a student held up his phone with a clip
of last week's fight outside the school and started laughing. Darío Santana Vélez jumped up with a
steak knife from his lunch bag and pointed it at the boy from about two feet away, saying "borra eso".
I got between them and Darío gave me the knife. No one hurt. Later his grandmother told the AP that
Darío was "protected" because the family practices Santería and he wears the beads, and she did not
understand why the school was upset.
""",
    nc=["Santería", "beads"], mc=["steak knife"], mct=["steak knife", "borra eso", "lunch bag"],
    cats=["religion"], tags=["allow_weapon", "teacher_note"])

add(97, "allow", school_id=TECHBOS[1], recipient="bpd/district-c11", ground="serious_violence",
    student=S(TECHBOS, "Kiara Rosado", "437908", "2009-02-18", 11,
              home_language="Cape Verdean Creole", housing="Franklin Hill"),
    when="2025-10-10T14:20:00-04:00", where="Girls' bathroom, 1st floor",
    layout="keep",
    desc="""
From: School Nurse
To: Assistant Principal; Principal
Subject: bathroom fight injuries, 10/10

At 2:20 a junior was brought to me after a fight in the 1st floor girls' bathroom that students say was
arranged and recorded for a fight page. Kiara Rosado reportedly held her down and hit her repeatedly
with a hair straightener. She had a deep burn on her neck and a 4 cm laceration on her scalp, and she
vomited twice. Sent by EMS to Boston Children's; they confirmed a second-degree burn and a concussion.
""",
    nc=["Cape Verdean Creole", "Franklin Hill"], mc=["hair straightener"],
    mct=["hair straightener", "second-degree burn"],
    cats=["language", "neighborhood"], tags=["allow_violence", "nurse_email", "structured_field", "clean_text"])

add(98, "deny", reason="excluded_substance", school_id=DEARBORN[1], recipient="bpd/district-b2",
    ground="drugs", substances=["Juul pods", "THC wax"],
    student=S(DEARBORN, "Caio Rodrigues", "446651", "2009-08-26", 11),
    when="2026-02-02T12:45:00-05:00", where="Cafeteria",
    desc="""
Per AP Fontes: a fight at lunch over a Juul and a jar of THC wax was filmed and posted. Caio Rodrigues
(11) had both on him when searched; no injuries beyond a scraped elbow. Caio told us he sells to
"other kids from Brazil" and that his cousin brings the wax from Framingham. We would like BPD to
follow up on the supply.
""",
    nc=["from Brazil"], cats=["national_origin"], tags=["deny_substance"])

add(99, "allow", school_id=BAA[1], recipient="bpd/district-d4", ground="drugs",
    substances=["LSD"],
    student=S(BAA, "Elliot Fairbanks", "424099", "2008-09-01", 12),
    when="2026-05-14T19:45:00-04:00", where="Theater lobby, spring showcase",
    desc="""
AP's note on the spring showcase, 5/14. During intermission two seniors got into a fight in the theater
lobby that was filmed and posted. One of them was acting very strangely, saying the walls were
breathing, and was evaluated by EMS. He told EMS he had taken "a tab" from Elliot Fairbanks. Elliot
turned over a small sheet with 6 blotter tabs printed with a cartoon sun, which he called acid (LSD).
Elliot's mother was called; his counselor noted Elliot's grandparents, who he lives with, only speak
Cantonese at home, so the call was made to his aunt.
""",
    nc=["Cantonese"], mc=["LSD"], mct=["6 blotter tabs", "cartoon sun", "theater lobby"],
    cats=["language"], tags=["allow_drugs", "ap_note"])

add(100, "deny", reason="missing_threat_statement", school_id=BINCA[1], recipient="bpd/district-c11",
    ground="credible_threat",
    student=S(BINCA, "Moussa Diarra", "451479", "2008-10-16", 11),
    when="2026-05-27T08:30:00-04:00", where="Main office",
    desc="""
Main office clerk - message for AP. A parent called at 8:30 about a video on a fight page from
yesterday where her son gets pushed, and said "the boys who did it are saying they will finish it".
She would not give names beyond Moussa Diarra. She says Moussa's family just got here from Mali and
are staying with relatives, and asked us to handle it quietly. No written threat or screenshot
provided. AP to call her back.
""",
    nc=["from Mali"], cats=["national_origin"], tags=["deny_threat_missing", "clerk"])


# ---------------------------------------------------------------- checks and output
def main():
    assert len(CASES) == 100, len(CASES)
    ids = [c["id"] for c in CASES]
    assert ids == ["ODD-%04d" % i for i in range(1, 101)], "ids must run ODD-0001..ODD-0100"
    for c in CASES:
        req, exp = c["request"], c["expect"]
        desc = req["incident"]["description"]
        assert 300 <= len(desc) <= 1500, (c["id"], len(desc))
        whole = fold(json.dumps(req, ensure_ascii=False))
        for s in exp["must_not_contain"]:
            assert fold(s) in whole, (c["id"], "canary absent", s)
            for keep in exp["must_contain"] + exp["must_contain_text"]:
                assert fold(s) not in fold(keep), (c["id"], "canary inside a kept fact", s, keep)
        for s in exp["must_contain_text"]:
            assert fold(s) in fold(desc), (c["id"], "fact absent", s)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    deny = sum(c["expect"]["decision"] == "deny" for c in CASES)
    print(f"wrote {len(CASES)} cases to {OUT} ({len(CASES) - deny} allow, {deny} deny)")


if __name__ == "__main__":
    main()
