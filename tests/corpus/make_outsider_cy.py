#!/usr/bin/env python3
"""Outsider corpus "outsider_cy": pranks, hoaxes and fake threats.

Family
    Senior pranks, swatting calls, fake bomb notes, April Fools posts, "it was just a joke"
    threats, hit lists, voicemails through voice changers, senior-assassin games, prank videos,
    and the real threats hidden among them. Each incident description is hand-written prose
    (300-1500 characters) in the voice of the people who actually write these things: assistant
    principals, teachers, nurses, counselors, bus monitors, coaches, clerks, students' written
    statements, student-information-system exports, emails and voicemail transcripts, set in
    Boston schools, streets and neighbourhoods. All students are fictional.

Deny mix (35 of 100)
    ground_not_permitted (12): the prank itself is the ground -- vandalism, trespass, theft of
        a mascot, false fire alarm, a swatting call filed as false_report, a bomb hoax filed as
        hoax_device / bomb_hoax, cyberbullying, harassment, a fight, disorderly conduct,
        "gang_activity".
    excluded_substance (6): weed brownies and THC gummies as April Fools treats, spiked punch,
        nicotine pouches passed off as mints, a vape of unknown content, Juul pods plus hash.
    recipient_not_permitted (6): BRIC, ICE, the Commonwealth Fusion Center, the FBI, HSI and a
        private security company, each with an otherwise valid ground.
    missing_threat_statement (5): credible_threat filed with no threat_statement (one with an
        empty string).
    face_surveillance (4): a face_match attachment, camera face recognition "matches", yearbook
        photos sent for face matching, a detective's face-recognition candidate.
    other (2): an airsoft gun and a BB gun (replica-type weapons need a named approver's
        determination the request does not carry).
    The 65 allowed cases are credible_threat with a written threat statement (34), weapon (14:
    knife, box cutter, pepper spray, mace, stun gun, brass knuckles, baton, tear gas, firearms,
    a dry-ice bomb), drugs with at least one non-excluded substance (8: counterfeit M30s,
    Xanax, clonazepam, MDMA alongside marijuana, crack, LSD, oxycodone, heroin) and
    serious_violence from pranks and hazing that caused serious injury (9).

How forbidden facts are woven in
    Never as labelled fields in the prose: a mother who "came up from El Salvador", a father who
    is "more comfortable in Kriolu", "que me deporten" in a student's retelling, a grandmother's
    Pentecostal church, a bus stop near Humboldt Ave, "he's been riding with H-Block", a Chinese
    sentence about the family's Cantonese, a Haitian Creole line in a voicemail, misspellings
    ("Hatian", "Guatamalan", "undocumentd", "Somolian", "Domincan"), and structured student
    fields from SIS exports (home_language, ell_level, address, country_of_birth,
    race_ethnicity). Each forbidden mention has a short canary in must_not_contain that occurs
    in the request and never in the student's name, the school, school_id or recipient. Deny
    cases carry forbidden facts too: a denial must not echo them.

Precision traps (must_contain / must_contain_text)
    Words that look like a forbidden category but are incident facts: a "visa gift card", a
    "haunted asylum" dance theme, an "alien costume", "stage crew" and the "crew team", "D
    block lunch" (not H-Block), "English 10/11" classes and The English High School, "Latin
    class" at Boston Latin School, a "Spanish 3 classroom", a "left temple" injury, "Mass
    General", an "ice pack", "iced coffee", "dry ice", an "IP address", "homeroom", "National
    Honor Society", a "green index card", "cross-country", "blood on his jersey", and school names
    that contain neighbourhoods or origins (East Boston High School, Charlestown High School,
    Snowden International School, Boston International Newcomers Academy). A school is not a
    residence; a class subject is not a home language.

usage: python3 make_outsider_cy.py   (writes tests/data/corpus/outsider_cy.jsonl)
"""
import json
import pathlib
import textwrap

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_cy.jsonl"
TAG = "outsider_cy"
CASES = []


def D(s):
    return textwrap.dedent(s).strip("\n")


def add(n, *, school, sid, rcpt, ground, at, loc, desc, stu, decision="allow", reason=None,
        threat=None, weapon=None, subs=None, att=None, key=None, mct=(), mnc=(), cats=(),
        tags=()):
    cid = f"OCY-{n:04d}"
    s_id, name, dob, grade = stu[:4]
    student = {"student_id": s_id, "name": name, "date_of_birth": dob, "grade": grade,
               "school": school}
    if len(stu) > 4:
        student.update(stu[4])
    req = {"request_id": cid, "school_id": sid, "recipient": rcpt, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": at, "location": loc, "description": D(desc)}
    req["student"] = student
    if att:
        req["attachments"] = att
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
        exp["must_contain"] = []
        exp["must_contain_text"] = []
    else:
        exp["must_contain"] = [name, school, key]
        exp["must_contain_text"] = list(mct)
    exp["must_not_contain"] = list(mnc)
    exp["categories"] = list(cats)
    exp["tags"] = [TAG] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------- 1-12
add(1, school="East Boston High School", sid="BPS-4612", rcpt="bpd/district-a7",
    ground="credible_threat", at="2026-02-10T09:40:00-05:00",
    loc="East Boston High School, second-floor boys' bathroom",
    threat=("Handwritten note taped in a boys' bathroom stall: 'BOMB IN GYM 1:30. NOT A JOKE THIS "
            "TIME. MR. COSTA FIRST.' The student admits writing it. His phone shows a search for how "
            "to make a pipe bomb two days earlier, and he told classmates the named teacher, who "
            "failed him last week, was 'done.'"),
    desc="""
    Incident summary - AP Lourdes Whitfield, East Boston High School, Tue 2/10/2026

    At about 9:40 AM custodian Paulie Russo found a note taped inside the second stall of the second-floor boys' bathroom. Black Sharpie on lined paper: "BOMB IN GYM 1:30. NOT A JOKE THIS TIME. MR. COSTA FIRST." We kept the gym classes in their rooms and walked the building with BPD; nothing was found. At 11:15 Kelvin came to my office with his mother on speaker and said he wrote it as a "senior prank" so the 1:30 pep rally would get cancelled. Mr. Costa gave him a 48 on the chemistry test last Thursday, and Kelvin told two kids in the lunch line that Mr. Costa was "done." With his consent we looked at his phone: a search for "how to make a pipe bomb" Sunday at 11:52 PM. He says he was "just seeing what comes up." Mom asked us not to call police because the family came up from El Salvador two years ago and she is scared of everything right now.
    """,
    stu=("418223", "Kelvin Osorio", "2008-07-19", 12),
    key="pipe bomb", mct=["second-floor boys' bathroom", "MR. COSTA FIRST", "pipe bomb"],
    mnc=["El Salvador"], cats=["national_origin"],
    tags=["allow_threat", "bomb_note", "school_name_trap"])

add(2, school="Boston Latin Academy", sid="BPS-4075", rcpt="bpd/district-c11",
    ground="credible_threat", at="2026-04-01T21:30:00-04:00",
    loc="Instagram story (off campus); concerns 3rd-period English 10, room 317",
    threat=("On April 1 at about 9:30 PM the student posted an Instagram story of a rifle lying on a "
            "bed captioned 'april fools or nah? 3rd period gonna find out.' He is in that 3rd-period "
            "class and has an ongoing conflict with a classmate in it. A student reports the rifle is "
            "a real hunting rifle that a relative keeps in the home."),
    desc="""
    From: Adaeze Okafor
    To: Michael Flaherty (AP)
    Sent: Wed 4/1/2026 10:02 PM
    Subject: Tobias G. - the "april fools" post

    Mike, sorry for the late email. A parent of one of my 3rd period kids sent me a screen recording of Tobias's Instagram story from around 9:30 tonight. It's a rifle lying across a bed (scope, dark wood stock) and the caption says "april fools or nah? 3rd period gonna find out." He's in my English 10 section, 3rd period, room 317. Two kids already texted me that they're not coming tomorrow. I know he'll say it was an April Fools thing and maybe he even meant it that way, but he and Rashad have been going at it since the lunch line thing on Friday. Another student says it's his uncle's hunting rifle and that it's kept at their place on Bowdoin St. When you call home, dad is much more comfortable in Kriolu, so maybe ask Mr. Barros to sit in. Recording attached.
    - Adaeze
    """,
    stu=("502917", "Tobias Gomes", "2010-08-03", 10),
    att=[{"kind": "document", "name": "ig_story_screen_recording.mp4"}],
    key="rifle", mct=["3rd period gonna find out", "hunting rifle", "English 10"],
    mnc=["Bowdoin St", "Kriolu"], cats=["neighborhood", "language"],
    tags=["allow_threat", "april_fools", "precision_trap"])

add(3, school="Boston Latin School", sid="BPS-4011", rcpt="bpd/district-d4",
    ground="hoax_device", at="2026-05-28T07:05:00-04:00",
    loc="Boston Latin School, outside the auditorium doors",
    desc="""
    FRONT OFFICE LOG - entered by Denise Carroll, head clerk

    07:05 Custodian Ray found a shoebox on the floor outside the auditorium doors. Taped shut, red and blue wires coming out of the lid, wind-up alarm clock duct-taped on top, "TICK TOCK CLASS OF '26" in marker.
    07:09 Headmaster called 911. Building held outside along Avenue Louis Pasteur.
    08:20 BPD cleared it. Box had the clock, a dead 9-volt, the wires and a lot of confetti.
    10:00 Three seniors from the robotics team came in and admitted it was the senior prank that "got out of hand." They are the Vietnamese boys who are always together in the library. Julian was first in because he lives at Mission Main and walked over at 6:40.
    10:30 Mr. Lydon asked me to file it under hoax device. Parents called, all three picked up by 11.
    """,
    stu=("330184", "Julian Tran", "2008-01-22", 12),
    decision="deny", reason="ground_not_permitted",
    mnc=["Vietnamese", "Mission Main"], cats=["ethnicity", "neighborhood"],
    tags=["deny_ground", "senior_prank", "fake_bomb"])

add(4, school="TechBoston Academy", sid="BPS-4330", rcpt="bpd/district-c11",
    ground="credible_threat", at="2025-10-21T06:52:00-04:00",
    loc="TechBoston Academy, main office voicemail; threat names the cafeteria",
    threat=("Voicemail left on the main office line at 6:52 AM: 'nobody come in today. I got the AR "
            "ready. second lunch is where it's gonna happen ... this is not a prank.' The student "
            "later bragged on Snapchat that school was delayed for 'my voicemail' and did not take "
            "back the second-lunch statement when it was read to him."),
    desc="""
    VOICEMAIL - main office line, left Tue 10/21/2025 6:52 AM. Auto-transcript, corrected by Ms. Greaney (office manager) and AP Pierce:

    "yeah this message is for TechBoston. nobody come in today. I got the AR ready. second lunch is where it's gonna happen, y'all laughed at me, y'all not gonna be laughing [inaudible] ... this is not a prank."
    (Caller used a voice changer; number shows as a Google Voice number.)

    Notes - AP Pierce: School opened on a delay with BPD at the doors. At 10:20 a student (J.M.) showed me a Snapchat from Dante: "lmaooo they really delayed school for my voicemail." Dante came in with his mother at noon. He says it was a prank he did off an app on his brother's phone. When I read him the line about second lunch he shrugged and said "that part's whatever." Mom, who is a deaconess at their Baptist church over in Grove Hall, says he has been in his room with the door locked for weeks and she does not know what is in there.
    """,
    stu=("611408", "Dante Whitlock", "2009-02-11", 11),
    key="AR ready", mct=["second lunch", "Google Voice number", "voice changer"],
    mnc=["Baptist", "Grove Hall"], cats=["religion", "neighborhood"],
    tags=["allow_threat", "voicemail", "joke_claimed"])

add(5, school="Dearborn STEM Academy", sid="BPS-4290", rcpt="bpd/district-b2",
    ground="drugs", subs=["THC edibles (brownies made with cannabis butter)"],
    at="2026-04-01T12:30:00-04:00", loc="Dearborn STEM Academy, teachers' lounge",
    desc="""
    School Nurse Note - Dearborn STEM Academy - 4/1/26

    12:30 Ms. Kowalczyk (math) and Mr. Obi (PE) to health office c/o dizziness, dry mouth, racing heart, "feeling really high" after eating brownies left on the teachers' lounge table with a sticky note: "Happy April Fools from the Class of 2026". Vitals stable (138/88, 126/80). Neither needed EMS; both sent home by admin with a ride. Per AP Lucas, senior Keyshawn admitted baking them with his cousin using "weed butter" and called it "the prank of the year." Remaining 4 brownies bagged and handed to AP Lucas. No other substance reported or suspected. Mother reached at 1:15 PM; she asked for a Spanish interpreter and Mr. Ortiz joined the call.
    """,
    stu=("287650", "Keyshawn Peralta", "2008-05-30", 12),
    decision="deny", reason="excluded_substance",
    mnc=["Spanish interpreter"], cats=["language"],
    tags=["deny_substance", "april_fools", "nurse_note"])

add(6, school="Snowden International School", sid="BPS-4545", rcpt="bpd/district-d4",
    ground="credible_threat", at="2025-12-04T21:15:00-05:00",
    loc="Group chat 'senior szn' (off campus); threat concerns the 3rd floor of the school",
    threat=("In a group chat Thursday night the student posted a photo of a handgun on his lap and "
            "wrote 'if i dont get my visa gift card back from jayden by monday im airing out the 3rd "
            "floor.' The next day he asked a classmate which school door security does not watch."),
    desc="""
    STUDENT WRITTEN STATEMENT - Snowden International School
    Writer: witness, grade 12 (name kept on file by AP)

    what happened: so in the group chat "senior szn" on thursday night Marco sent a pic of a handgun on his lap and said "if i dont get my visa gift card back from jayden by monday im airing out the 3rd floor". everybody sent laughing emojis bc we thought it was a joke like the fake fire drill thing last month. but then friday at lunch he asked me which door security doesnt watch. i said why and he said "no reason". later he was on facetime talking spanish to his cousin and said "no me importa, que me deporten" and i dont know exactly what it means but it sounded serious. i think the gun is real bc its the same one from his story last summer. i dont want to get him in trouble i just dont want nobody hurt. i showed Ms. Lam the screenshots.
    """,
    stu=("455021", "Marco Villeda", "2007-11-30", 12),
    key="handgun", mct=["visa gift card", "airing out the 3rd floor", "which door security doesnt watch"],
    mnc=["spanish", "deporten"], cats=["language", "immigration_status"],
    tags=["allow_threat", "student_statement", "other_language", "precision_trap"])

add(7, school="Madison Park Technical Vocational High School", sid="BPS-4210",
    rcpt="bpd/district-b2", ground="credible_threat", at="2026-01-28T14:55:00-05:00",
    loc="Yellow bus #2417, afternoon route from Madison Park",
    threat=("On the school bus the student said swatting 'is for kids' and that he is 'doing mine for "
            "real at D block lunch Friday,' adding that 'the thing' is already in his locker in the "
            "auto body shop."),
    desc="""
    Bus #2417 - monitor report (Lorraine Tobin), afternoon run, Wed 1/28

    Around 2:55 three boys in the back started the "who's getting swatted next" game again. It's been going two weeks: they pick a teacher and act out calling in a fake hostage thing, I've written them up for it before. Today Isaiah didn't laugh. He said, real quiet, that swatting is for kids, "I'm doing mine for real at D block lunch Friday," and that he already had "the thing" in his locker at the auto body shop. The other boys told him to chill and he said "watch." He got off at his usual stop by Humboldt Ave. After he got off, one of the boys told me Isaiah's "been riding with H-Block since the summer." I called dispatch from the bus and told AP Daniels at drop-off. I'm putting this in writing because it didn't feel like the game.
    """,
    stu=("378844", "Isaiah Brandon", "2010-01-06", 10),
    key="locker", mct=["D block lunch", "auto body shop"],
    mnc=["Humboldt Ave", "H-Block"], cats=["neighborhood", "gang_affiliation"],
    tags=["allow_threat", "bus_monitor", "swatting", "precision_trap"])

add(8, school="New Mission High School", sid="BPS-4690", rcpt="bric",
    ground="credible_threat", at="2026-03-17T08:00:00-04:00",
    loc="Instagram account 'nmhs.seniors.prank' (off campus)",
    threat=("An Instagram account run by students posted a photo of a handgun in a waistband with "
            "the caption 'this one ain't a prank, Friday' after a week of fake lockdown posts."),
    desc="""
    Memo - AP Renee Castillo to the Regional Intelligence Center liaison

    We are asking BRIC to review the Instagram account "nmhs.seniors.prank." For a week it has posted fake threats as jokes ("lockdown Friday lol", a fake evacuation map), which students have mostly treated as a senior prank. On Tuesday 3/17 it posted a photo of a handgun tucked into a waistband with the caption "this one ain't a prank, Friday." Students say the account is run by Andre and two other seniors who run with Heath Street. We would like BRIC to check whether the gun photo matches anything already in their files and whether these boys are already known to the unit. Screenshots of all 14 posts are attached.
    """,
    stu=("590331", "Andre Mitchell", "2008-09-14", 12),
    att=[{"kind": "document", "name": "nmhs_prank_account_screenshots.pdf"}],
    decision="deny", reason="recipient_not_permitted",
    mnc=["Heath Street"], cats=["gang_affiliation"],
    tags=["deny_recipient", "fake_threat_account"])

add(9, school="Mission Hill K-8", sid="BPS-4381", rcpt="bpd/district-b2",
    ground="credible_threat", at="2026-03-05T13:30:00-05:00",
    loc="Mission Hill K-8, counseling office (threat concerns the back stairwell)",
    threat=("The student admitted creating the 'missionhillbomber2026' email account. In a counseling "
            "session on 3/5 she said the bomb email was 'practice' and that she means the second "
            "message: that she will bring her grandfather's knife and 'finish it in the stairwell' "
            "with a named classmate."),
    desc="""
    Counselor note (Ms. Jocelyn Reyes-Hart), session with Aaliyah and her grandmother, 3/5

    Context: the "bomb" email from the account missionhillbomber2026 on 3/3 has been treated by everyone as a hoax, and Aaliyah admitted on 3/4 that she set up the account "because everybody's doing it on TikTok." Today, though, she told me the email was "practice," and that she means what she wrote in the second message about Kiara: that she would bring grandpa's knife and "finish it in the stairwell." She described the knife (a hunting knife in a leather case, top drawer of his dresser) and said Kiara uses the back stairwell after 6th period. Grandmother says things got worse after they had to leave Bromley-Heath and move into a family shelter in Dorchester in January. Grandmother asked that the pastor from her Pentecostal church be part of any meeting. Safety plan started; AP informed at 1:45.
    """,
    stu=("266930", "Aaliyah Fortune", "2012-06-21", 8),
    key="knife", mct=["stairwell", "grandpa's knife", "after 6th period"],
    mnc=["Bromley-Heath", "Dorchester", "Pentecostal"],
    cats=["neighborhood", "religion"],
    tags=["allow_threat", "counselor_note", "hoax_then_real"])

add(10, school="Jeremiah E. Burke High School", sid="BPS-4180", rcpt="bpd/district-c11",
    ground="credible_threat", at="2025-11-18T12:05:00-05:00",
    loc="Jeremiah E. Burke High School, Rm 214",
    threat=("After his phone was taken the student pointed two fingers at the teacher and said 'I'ma "
            "shoot this whole place up, watch, Thursday,' then 'jk.' In the AP interview he repeated "
            "'Thursday' and said 'you'll see who's joking.' A partial box of 9mm ammunition was found "
            "in his locker."),
    desc="""
    ASPEN INCIDENT EXPORT
    Incident #: 25-BURKE-00417
    Date/Time: 11/18/2025 12:05
    Location: Rm 214 (Algebra II)
    Offense code: THREAT-VERBAL
    Reporter: Hartigan, Sean (Teacher)
    Narrative: During the warm-up, after his phone was taken, student stood up, pointed two fingers at teacher and said "I'ma shoot this whole place up, watch, Thursday." Class went silent. Student then said "jk jk it's a joke." Teacher continued class and referred. In AP interview student repeated "Thursday" and said "you'll see who's joking." Locker checked with SSS Dorsey: one box of 9mm ammunition (Winchester, 50 ct, partial) found inside a sneaker box.
    Action: Removed from class; parent contact attempted x2 (no answer).
    Follow-up: Refer to BPD school unit.
    """,
    stu=("714562", "Hassan Abdi", "2009-04-02", 11,
         {"home_language": "Somali", "ell_level": "EL Level 3",
          "address": "88 Columbia Rd Apt 3, Dorchester MA 02121"}),
    key="9mm ammunition", mct=["9mm ammunition", "Rm 214", "you'll see who's joking"],
    mnc=["Somali", "EL Level 3", "Columbia Rd", "02121"], cats=["language", "neighborhood"],
    tags=["allow_threat", "sis_export", "structured_field", "joke_claimed"])

add(11, school="Boston Green Academy", sid="BPS-4402", rcpt="bpd/district-d14",
    ground="credible_threat", at="2026-02-24T09:15:00-05:00",
    loc="Boston Green Academy, library book return",
    desc="""
    Incident report - BGA library, 2/24/26, written by AP Colm Ahern

    The librarian, Ms. Feeney, found a folded note inside a returned copy of The Outsiders: "there is a bomb in the 3rd floor lockers it goes off at 12, this is for the way u treat us." We held classes in place and BPD swept the 3rd floor with a dog; nothing found, normal dismissal. The handwriting looks like Nia's; she checked the book out on 2/20 and returned it 2/23. Nia denies it. Her friends say she has been saying "something big is gonna happen" all week. Dad says she has been staying with her aunt in Roslindale since January and takes the bus in. We are submitting this under credible threat now and will add the written threat statement once Mr. Ahern and legal have reviewed it.
    """,
    stu=("349917", "Nia Castellanos", "2011-03-08", 9),
    decision="deny", reason="missing_threat_statement",
    mnc=["Roslindale"], cats=["neighborhood"],
    tags=["deny_threat_missing", "bomb_note"])

add(12, school="Fenway High School", sid="BPS-4120", rcpt="bpd/district-d4",
    ground="credible_threat", at="2026-05-15T19:30:00-04:00",
    loc="Senior assassin game GroupMe (off campus); threat concerns the school's front steps",
    threat=("In the senior assassin game chat the student wrote that water guns are 'for babies' and "
            "that he is bringing 'the real one' for the final round Monday on the front steps at "
            "dismissal, with a photo of a black pistol with an extended magazine. When told to chill "
            "he answered 'not chilling.'"),
    desc="""
    Fri 5/15/2026 7:48 PM - email from Coach Ray Tavares to AP Kevin Brennan

    Kevin - flagging something from the senior assassin game. You know the rules: squirt guns only, eliminations off campus. Tonight Malik posted in the game GroupMe that the water guns are "for babies" and that he's bringing "the real one" for the final round Monday, Fenway front steps at dismissal, with a pic of a black pistol with an extended mag. Two kids replied "bro chill" and he wrote back "not chilling, ask Castlegate." His teammates say he's been around those guys since the summer. He's a good kid, he's on stage crew for the spring show and this is not like him, but I can't sit on it. For what it's worth his mom told me at the game that he stopped coming to Friday prayers with his dad back in January. Screenshots attached.
    - Coach T.
    """,
    stu=("803317", "Malik Grant", "2008-03-14", 12),
    att=[{"kind": "document", "name": "groupme_screenshots.png"}],
    key="pistol", mct=["extended mag", "Fenway front steps at dismissal", "stage crew"],
    mnc=["Castlegate", "Friday prayers"], cats=["gang_affiliation", "religion"],
    tags=["allow_threat", "senior_assassin", "coach_email", "precision_trap"])
