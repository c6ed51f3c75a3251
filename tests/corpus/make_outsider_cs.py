#!/usr/bin/env python3
"""Generator for the ``outsider_cs`` held-out corpus (100 cases, OCS-0001 .. OCS-0100).

Family
    Custodians, cafeteria workers, maintenance and building staff as the people who find and
    report things: night and weekend finds, things above ceiling tiles, in boiler rooms and
    dumpsters, in the lost and found, in or behind vending machines, and on closing rounds. The
    reports are written in many voices: assistant principals' narratives, custodians' own written
    statements (with their spelling), food-service managers' emails, voicemail transcripts,
    student information system (SIS) exports, facilities work orders, nurses', counselors',
    coaches', clerks' and bus monitors' notes, and students' written statements. Places, streets,
    housing developments and schools are Boston's.

Deny mix (33 of 100)
    * ground_not_permitted (9): theft from a vending machine, vandalism of ceiling tiles,
      trespass, "gang activity", a fight, "suspicious behaviour", truancy, property damage.
    * excluded_substance (8): THC cartridges and edibles, nicotine pouches and Juul pods,
      vodka nips and wine, hash and blunts, dab pens, vapes of unknown content. Never mixed with a
      non-excluded drug.
    * recipient_not_permitted (7): BRIC, ICE, HSI, the Commonwealth Fusion Center, a private
      security company, the FBI, the State Police. Ground and facts otherwise valid.
    * missing_threat_statement (5): credible_threat with the statement absent or empty.
    * face_surveillance (4): a face-match attachment, a vendor analytics match, or a request that
      police run photos through face recognition. Ground and recipient otherwise valid.
    Denials may still carry forbidden facts; those are listed in must_not_contain too.

How forbidden facts are woven in (allowed cases)
    Never as labels. They come the way staff actually write them: a cafeteria worker who "knows
    the family from the Faneuil development", a parent who asks whether the school "reports to
    immigration", an aunt relaying everything "in Kreyol" (with its accent) to a grandmother, a
    student quoted in Spanish or Haitian Creole ("no tengo papeles", "li fek rive soti Ayiti"), a
    coach's aside that a boy "runs with" a named crew, misspellings ("Hatian", "Somolian",
    "Guatamalan", "Jehovas", "Cape Verdian"), and values in unknown structured student fields
    (home_language, birth_country, address, gang_notes, ...). Each canary in must_not_contain is
    the shortest substring that reveals the fact and occurs nowhere the police may legitimately
    see it (not in the student's name, school, school_id or recipient).

Precision traps (must survive, listed in must_contain / must_contain_text)
    Words that look like a category but are about something else: the custodial "night crew" and
    "grounds crew" and "team colors" (not gangs), "French fries", "Chinese checkers", a "Swiss
    Army knife", a "Latin homework sheet", a "Spanish II classroom", "ELA", "English High" and
    "body language" (not languages), "St. Patrick's Day", a "blood drive" and a church parking lot
    used as a place (not religion or gangs), "documented" and a "status report" (not
    immigration), a cut on the "face" and staff who "recognized" a student by sight or voice
    (not face recognition), school names that contain neighborhoods (East Boston High School,
    Charlestown High School, Brighton High School, Mission Hill K-8), and a hallway camera that a
    person watched.

Standard library only. Run: python3 make_outsider_cs.py
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_cs.jsonl"
TAG = "outsider_cs"

SCHOOL_IDS = {
    "Madison Park Technical Vocational High School": "BPS-4103",
    "Charlestown High School": "BPS-4204",
    "Boston Latin Academy": "BPS-4011",
    "English High School": "BPS-4140",
    "TechBoston Academy": "BPS-4178",
    "Jeremiah E. Burke High School": "BPS-4131",
    "Snowden International School": "BPS-4217",
    "Excel High School": "BPS-4152",
    "Boston Community Leadership Academy": "BPS-4176",
    "Brighton High School": "BPS-4166",
    "Mission Hill K-8": "BPS-4185",
    "Fenway High School": "BPS-4223",
    "Dearborn STEM Academy": "BPS-4231",
    "Community Academy of Science and Health": "BPS-4238",
    "Boston Arts Academy": "BPS-4245",
    "Boston Green Academy": "BPS-4252",
    "Josiah Quincy Upper School": "BPS-4259",
    "East Boston High School": "BPS-4120",
    "Henderson K-12 Inclusion School": "BPS-4266",
    "John D. O'Bryant School": "BPS-4192",
    "New Mission High School": "BPS-4273",
    "Margarita Muñiz Academy": "BPS-4280",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4287",
    "Lilla G. Frederick Middle School": "BPS-4294",
    "Another Course to College": "BPS-4301",
    "Boston International High School": "BPS-4308",
}

# Daylight saving time in Boston: 2025-03-09 .. 2025-11-02 and 2026-03-08 .. 2026-11-01.
DST = {2025: ("2025-03-09", "2025-11-02"), 2026: ("2026-03-08", "2026-11-01")}


def stamp(when):
    """'2026-03-02 10:15' -> '2026-03-02T10:15:00-05:00' (Boston local time)."""
    day, hm = when.split()
    start, end = DST[int(day[:4])]
    off = "-04:00" if start <= day < end else "-05:00"
    return f"{day}T{hm}:00{off}"


CASES = []


def C(n, school, ground, when, location, desc, student, *, recipient="bpd", weapon=None,
      substances=None, threat=None, attach=None, deny=None, mnc=(), key=(), text=(), cats=(),
      tags=()):
    cid = f"OCS-{n:04d}"
    desc = desc.strip()
    assert 300 <= len(desc) <= 1500, (cid, len(desc))
    req = {"request_id": cid, "school_id": SCHOOL_IDS[school], "recipient": recipient,
           "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": stamp(when), "location": location, "description": desc}
    stu = {"student_id": student["id"], "name": student["name"], "date_of_birth": student["dob"],
           "grade": student["grade"], "school": school}
    for k, v in student.items():
        if k not in ("id", "name", "dob", "grade"):
            stu[k] = v
    req["student"] = stu
    if attach:
        req["attachments"] = [{"kind": k, "name": nm} for k, nm in attach]
    exp = {"decision": "deny" if deny else "allow"}
    if deny:
        exp["reason"] = deny
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [] if deny else [student["name"], school] + list(key)
    exp["must_contain_text"] = [] if deny else list(text)
    exp["categories"] = list(cats)
    exp["tags"] = [TAG] + list(tags)
    # self-checks: canaries occur in the request, kept facts occur in the description
    blob = json.dumps(req, ensure_ascii=False).lower()
    for s in exp["must_not_contain"] + exp["must_contain"]:
        assert s.lower() in blob, (cid, s)
    for s in exp["must_contain_text"]:
        assert s.lower() in desc.lower(), (cid, s)
    CASES.append({"id": cid, "request": req, "expect": exp})


def S(sid, name, dob, grade, **extra):
    d = {"id": sid, "name": name, "dob": dob, "grade": grade}
    d.update(extra)
    return d


# ---------------------------------------------------------------------------------------------
# 1-20
# ---------------------------------------------------------------------------------------------

C(1, "Madison Park Technical Vocational High School", "weapon", "2025-10-23 21:40",
  "Madison Park TVHS, Building C, 2nd floor boys' bathroom",
  """
Thursday night at about 9:40 PM Mr. Delroy Pinnock, who runs the night crew in the Building C shop wing, was doing his closing round on the second floor when he saw a ceiling tile over the last stall of the boys' bathroom sitting crooked. He pushed it up with a broom handle and a black fixed-blade hunting knife in a nylon sheath slid out and landed on the floor. He put gloves on, bagged it, locked it in the head custodian's office and texted me.

Friday morning I reviewed the hallway camera for Thursday afternoon. At 1:52 PM Marcus is the only student who goes into that bathroom, carrying his backpack, and he comes out ninety seconds later with the backpack noticeably flatter. In my office Marcus admitted the knife is his and that he put it up there "so nobody would check my bag." Blade approx. 5 inches, serrated near the handle.

His aunt joined by speakerphone. She asked us to go slowly because at home everybody talks Kreyòl and she was relaying it all to his grandmother.
""",
  S("412887", "Marcus Bellegarde", "2009-08-14", 11, homeroom="C-214"),
  recipient="bpd/district-b2", weapon="hunting knife",
  mnc=["Kreyòl"], key=["hunting knife"], text=["nylon sheath", "1:52 PM", "night crew"],
  cats=["language"], tags=["allow_weapon", "ceiling_tile", "voice_ap", "precision_trap"])

C(2, "Charlestown High School", "drugs", "2025-10-14 12:35",
  "Charlestown High School, kitchen compactor area",
  """
From: Rosa Delgado, Food Services Manager
To: Mr. Fitzgerald (AP)
Sent: Tue 10/14/2025 2:47 PM
Subject: stuff found by the compactor

Hi Mr. Fitzgerald,
Tasha from my crew was breaking down boxes by the compactor after 2nd lunch and a Doritos bag fell out of the trash with 4 vape cartridges in it, the gold tip kind, labels say "Blue Dream 1g", plus a tin of nicotine pouches. Ten minutes later Kevin Doherty (10th) came to the dish room window asking for "my chip bag" and told Tasha "that's mine, it's just carts." Everything is in an envelope in your mailbox.
Tasha knows the family, she says they're in the Bunker Hill houses, same building as her sister, and the grandmother goes to Saint Catherine's with her every Sunday, if that helps reach them.
Rosa
""",
  S("388104", "Kevin Doherty", "2010-02-19", 10),
  recipient="bpd/district-a1", substances=["THC vape cartridges", "nicotine pouches"],
  deny="excluded_substance", mnc=["Bunker Hill houses", "Saint Catherine"],
  cats=["neighborhood", "religion"], tags=["deny_substance", "cafeteria", "voice_email"])

C(3, "Boston Latin Academy", "drugs", "2025-11-14 17:20",
  "Boston Latin Academy, 3rd floor library stacks",
  """
LOST & FOUND LOG - main office - entry L-0419 - Mon 11/17/2025
Item: grey Champion hoodie, size M. Turned in by Ms. Wanda Reyes (custodian, 2nd shift), who found it Friday evening draped over a radiator in the 3rd-floor library stacks on her closing round.
Ms. Ortiz (office) checked the pockets for a name: a folded Latin homework sheet with "D. Okafor" written at the top, and a sandwich bag holding 14 round light-blue pills stamped M 30. AP Chen took the bag.
10:05 AM: Devon Okafor (gr 11) came to the counter asking for the hoodie. Asked about the bag, he said they were "percs" he bought for $10 each and that he had not taken any. Nurse confirms no prescription on file.
Mom arrived at noon. She asked more than once whether this would hurt the family's green card paperwork and whether the school reports to immigration. Mr. Chen told her it does not.
""",
  S("455310", "Devon Okafor", "2009-04-02", 11),
  recipient="bpd/district-b2", substances=["counterfeit oxycodone"],
  mnc=["green card", "immigration"], key=["M 30"],
  text=["Latin homework sheet", "library stacks", "14 round light-blue pills"],
  cats=["immigration_status"], tags=["allow_drugs", "lost_and_found", "voice_log", "precision_trap"])

C(4, "English High School", "weapon", "2026-01-10 07:05",
  "English High School, basement boiler room",
  """
Statement of Ray Tavares, custodian. Sat 1/10/26.
I came in at 7 am saturday to check the boilers because of the cold snap. In the boiler room behind boiler #2 on top of the expantion tank there was a blue towel rolled up, I figured kids left it from the gym. It was heavy. Inside was a small black revolver, I seen bullets in the cylinder. I did not touch it again, I locked the door and called Mr. Burgos and school police.
Monday morning about 7:20 the kid Andre came down the back stairs to the boiler room door and asked me was there a towel found. I said go see the office. He told me in spanish his cousin gave it to him for walking home at night to Egleston and please dont tell nobody. I walked him up to Mr Burgos. The English High gym towels have numbers, his is #114 on the locker list.
Ray Tavares
""",
  S("402771", "Andre Ruiz", "2010-06-30", 10),
  recipient="bpd/district-e13", weapon="revolver (loaded)",
  mnc=["spanish", "Egleston"], key=["revolver"], text=["expantion tank", "boiler #2", "#114"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "boiler_room", "weekend",
                                           "voice_custodian", "misspelled", "precision_trap"])

C(5, "TechBoston Academy", "theft", "2026-02-07 18:40",
  "TechBoston Academy, cafeteria corridor vending machine",
  """
BUILDING LOG - Sunday 2/8/2026
Weekend custodian Luis Pagan arrived 8:00 AM for the floor waxing and found the Coke machine outside the cafeteria with the front panel pried up and the coin box empty. A flat-head screwdriver was left on the floor next to it. Camera 14 shows three students coming in the gym side door at 6:40 PM Saturday as the basketball league was letting out, one of them Jaylen Morris (gr 9). Vendor estimates $180 in coins and $60 damage.
Coach Reilly says Jaylen runs with the Wendover kids and this "looks like their thing." Submitting so police can look at the footage and recover the money.
""",
  S("471162", "Jaylen Morris", "2011-01-25", 9),
  recipient="bpd/district-c11", deny="ground_not_permitted", mnc=["Wendover"],
  cats=["gang_affiliation"], tags=["deny_ground", "vending_machine", "weekend", "voice_log"])

C(6, "Jeremiah E. Burke High School", "serious_violence", "2026-03-04 11:55",
  "Jeremiah E. Burke High School, cafeteria tray return",
  """
I am the cafeteria manager at the Burke. On Wednesday 3/4, third lunch, I was wiping down the serving line when I heard a bang by the tray return. Keyshawn had a combination padlock inside a sock and he swung it two times at another boy (I was told his initials are A.M.) and hit him on the side of the head above the ear. A.M. went down on the tile and there was a lot of blood. I held a clean side towel on it and Ms. Lorna ran for the nurse.
EMS took A.M. to Boston Medical Center. Ms. Pierre (nurse) told me after school he has a fractured skull and staples in his scalp.
Right before, I heard Keyshawn yelling about "you Somali kids' table" and "go back to Mogadishu." The sock and the lock are in the AP office in a paper bag.
""",
  S("433098", "Keyshawn Barrow", "2009-11-03", 11),
  recipient="bpd/district-b3", weapon="padlock in a sock",
  mnc=["Somali", "Mogadishu"], key=["padlock"], text=["tray return", "fractured skull"],
  cats=["ethnicity", "national_origin"], tags=["allow_violence", "cafeteria", "voice_cafeteria"])

C(7, "Snowden International School", "credible_threat", "2026-03-02 15:35",
  "Snowden International School, Room 312",
  """
At the end of her shift on Monday 3/2, custodian Ms. Grace Mulligan was emptying the recycling bin in Room 312 when she saw a torn notebook page with a drawing of a pistol and the words FRIDAY THEY ALL GET IT written over a list of five first names, all students in the same 10th grade advisory. She brought it straight to me at 3:40 PM. The notebook it was torn from was still in the desk, with Omar's name on the cover and the same handwriting.

Omar met with me and Counselor Tran at 8:00 Tuesday. He confirmed he wrote it, said those students have "been laughing at me since September," and said his uncle "keeps a gun in the closet." Parent was called and came in.

Ms. Tran adds that he has been fasting for Ramadan and seemed exhausted, and that the family goes to the mosque on Prospect Street every Friday, which is where the uncle usually picks him up.
""",
  S("447012", "Omar Haddad", "2010-09-09", 10),
  recipient="bpd/district-d4",
  threat="Student wrote 'FRIDAY THEY ALL GET IT' over a list of five named classmates next to a drawn pistol, confirmed in interview that he wrote it, and said his uncle keeps a gun in the closet.",
  mnc=["Ramadan", "mosque"], key=["FRIDAY THEY ALL GET IT"], text=["Room 312", "recycling bin"],
  cats=["religion"], tags=["allow_threat", "closing_round", "voice_ap", "precision_trap"])

C(8, "Excel High School", "weapon", "2025-12-11 22:10",
  "Excel High School, dumpster enclosure by the cafeteria loading dock",
  """
Facilities supervisor report.
Thursday 12/11/2025 about 10:10 PM the night crew found a kitchen knife (8 in. blade) taped under the lid of the dumpster enclosure behind the cafeteria loading dock. Nobody knew who put it there, so Friday morning the building manager ran the loading dock camera clip through the new analytics portal the camera vendor is piloting with us. It compared the face of the person in the clip against the student ID photos and came back with Brandon Sealy (gr 10) as a 94% match. The match report and the still are attached. We are asking police to follow up with Brandon and his family.
""",
  S("420556", "Brandon Sealy", "2010-03-12", 10),
  recipient="bpd/district-c6", weapon="kitchen knife",
  attach=[("face_match", "vendor_analytics_match_report.pdf"), ("photo", "loading_dock_still.jpg")],
  deny="face_surveillance", mnc=["94% match"],
  cats=["face_surveillance"], tags=["deny_face", "dumpster", "night"])

C(9, "Boston Community Leadership Academy", "weapon", "2025-09-30 11:48",
  "BCLA cafeteria, dish room tray return",
  """
Subject: brass knuckles - tray return - 2nd lunch

Mr. Haddad, writing this down while it's fresh. At 11:48 today Ms. Celia Furtado on the dish machine pulled a tray out of the return and under a pile of French fries was a set of brass knuckles, gold colored, four finger holes, heavy. About five minutes later Tyrese Gomes came to the dish window asking if anybody found "my ring thing." Celia told him to wait and got me. He admitted they're his and said he bought them online.
Celia called his mother after, since mom only speaks Portuguese, and it turns out Celia and the mom are from the same island, Fogo, so she did the talking for us.
Knuckles are in your top drawer.
- Paula, Food Service
""",
  S("459021", "Tyrese Gomes", "2010-12-01", 10),
  recipient="bpd/district-e18", weapon="brass knuckles",
  mnc=["Portuguese", "Fogo"], key=["brass knuckles"], text=["French fries", "four finger holes"],
  cats=["language", "national_origin"], tags=["allow_weapon", "cafeteria", "voice_email",
                                                "precision_trap"])

C(10, "Brighton High School", "drugs", "2026-05-15 18:50",
  "Brighton High School, loading dock dumpster",
  """
[Voicemail for AP Kowalski, Fri 5/15/2026 6:58 PM, auto-transcribed]
Hey Mr. K, it's Dennis, night custodian over at Brighton High. So I'm doing my closing round, I go out back to throw the bags in the dumpster by the loading dock and two kids are standing there, one of them is Isaiah from the basketball team, number 23, and he tosses a Foot Locker bag in the dumpster and they walk off quick toward the bus stop. I fished it out. There's a little digital scale and like twenty tiny baggies of white powder and a sandwich bag with a big rock of it. I'm no expert but that's cocaine. I locked it in the cage in my office. He had the team colors on, the red warmup, so it was him for sure. Good kid though, I know his dad from the Faneuil development, they live right across from my sister. Call me back.
""",
  S("418833", "Isaiah Jenkins", "2009-07-21", 11),
  recipient="bpd/district-d14", substances=["cocaine"],
  mnc=["Faneuil"], key=["cocaine"], text=["digital scale", "team colors", "number 23"],
  cats=["neighborhood"], tags=["allow_drugs", "dumpster", "closing_round", "voice_voicemail",
                               "precision_trap"])

C(11, "Madison Park Technical Vocational High School", "weapon", "2025-11-05 17:15",
  "Madison Park TVHS, auto body paint booth prep room",
  """
Auto body instructor Mr. Kelleher and the evening custodian found a 14-inch machete in a cardboard sleeve above a ceiling tile in the paint booth prep room at 5:15 PM on 11/5 while they were tracing a roof leak. Jaquan Pierce (gr 12) had been assigned to that booth all week and on 11/6 admitted the machete is his. We are sending this to BRIC, as the district liaison asked, because Jaquan is believed to be with Castlegate and BRIC wants to hear about any weapon tied to that group.
""",
  S("366201", "Jaquan Pierce", "2007-10-17", 12),
  recipient="bric", weapon="machete", deny="recipient_not_permitted", mnc=["Castlegate"],
  cats=["gang_affiliation"], tags=["deny_recipient", "ceiling_tile", "voice_ap"])

C(12, "Mission Hill K-8", "weapon", "2026-02-12 15:10",
  "Mission Hill K-8, 2nd floor middle school hallway, locker 2-41",
  """
Hi Ms. Donovan - summary for the report, as you asked.
Before February break Mr. Silva (custodian) did the locker clean-out on the 2nd floor middle school hallway. In locker 2-41, assigned to Jamal, under some gym clothes he found a black stun gun shaped like a flashlight, with the metal prongs on the end and a charging cable wrapped around it. He did not test it. He bagged it and brought it to me in 204.
I spoke with Jamal at dismissal. He said he "found it at the bus stop" and was "going to give it to the office."
His older sister was at pickup. She said the family has been scared ever since they moved into the Mission Main apartments and the kids were told to carry something. I told her we have to report it.
- Ms. Aucoin, Grade 8 ELA
""",
  S("503377", "Jamal Whitfield", "2012-05-06", 8, locker="2-41"),
  recipient="bpd/district-b2", weapon="stun gun",
  mnc=["Mission Main"], key=["stun gun"], text=["locker 2-41", "charging cable", "Grade 8 ELA"],
  cats=["neighborhood"], tags=["allow_weapon", "locker_cleanout", "voice_teacher",
                               "precision_trap"])

C(13, "Fenway High School", "drugs", "2026-03-11 12:14",
  "Fenway High School, 1st floor student lounge snack machine",
  """
INCIDENT #2026-0311-FEN-07 | Date: 03/11/2026 | Time: 16:30 (found) | Location: 1st fl student lounge, snack machine | Reported by: J. Whitcomb, building custodian | Offender: Mateo Ruiz, gr 10
Narrative: Custodian called the vendor after the snack machine jammed on row D. Vendor tech opened the front and found a zip bag with 22 white rectangular bars stamped XANAX 2 pushed behind the D4 spiral. Hallway camera (reviewed by AP Lomax) shows Mateo at 12:14 reaching up into the delivery flap and working something upward. Mateo admitted hiding the bag "until after school." No prescription on file.
Family contact: father by phone 17:05, Ms. Baez interpreting in Spanish. Father said the family is on TPS status and asked that immigration not be called.
Sanction: pending
""",
  S("462190", "Mateo Ruiz", "2010-08-15", 10, ell_level="2"),
  recipient="bpd/district-d4", substances=["alprazolam (Xanax)"],
  mnc=["Spanish", "TPS status", "immigration"], key=["XANAX"], text=["D4 spiral", "row D"],
  cats=["language", "immigration_status"], tags=["allow_drugs", "vending_machine", "voice_sis"])

C(14, "Dearborn STEM Academy", "vandalism", "2025-12-19 15:30",
  "Dearborn STEM Academy, 3rd floor boys' bathroom",
  """
Custodian statement - M. Clarke - 12/19
At 3:30 I heard banging in the 3rd floor boys room. When I went in there were 3 boys, they had punched out 6 ceiling tiles with a broom and jammed paper towels in 2 sinks and turned them on, water all over the floor running into the hall. They ran when they saw me. I know one is Rashad from 7th period gym. They were yelling to each other in Kriolu the whole time so I couldnt understand what. Damage: 6 tiles, 2 sinks, wet floor in hallway, had to call the plumber. Please send to police for the damage.
""",
  S("480012", "Rashad Monteiro", "2011-04-11", 9),
  recipient="bpd/district-b2", deny="ground_not_permitted", mnc=["Kriolu"],
  cats=["language"], tags=["deny_ground", "ceiling_tile", "voice_custodian"])

C(15, "Community Academy of Science and Health", "weapon", "2026-03-19 16:45",
  "CASH auditorium, stage stairs",
  """
Written statement - Kiara W., grade 11, 3/19/2026
I was helping Mr. Dwayne the custodian stack chairs in the auditorium after talent show practice because I need community service hours. Mr. Dwayne lifted the ceiling tile over the stage stairs to fix the wire for the light and a yellow box cutter and a sharpened screwdriver fell down on the steps. Mr. Dwayne said don't touch anything. Then Christopher ran in from the hallway and grabbed the box cutter off the step and said it was his and put it in his jacket. Mr. Dwayne told him to give it back and he did after like a minute. Christopher said he keeps it up there because he gets jumped walking home to the Whittier Street buildings where he stays with his grandma. Nobody got hurt.

AP note: both items secured in the main office safe. Christopher confirmed in interview that both are his.
""",
  S("427745", "Christopher Lamb", "2009-12-22", 11),
  recipient="bpd/district-b2", weapon="box cutter",
  mnc=["Whittier Street"], key=["box cutter"],
  text=["ceiling tile over the stage stairs", "sharpened screwdriver"],
  cats=["neighborhood"], tags=["allow_weapon", "ceiling_tile", "voice_student"])

C(16, "Boston Arts Academy", "serious_violence", "2025-11-22 16:15",
  "Boston Arts Academy, B stairwell between 2nd and 3rd floors",
  """
On Saturday 11/22 at approximately 4:15 PM, during the weekend theater rehearsal, weekend custodian Mr. Hector Ortiz heard shouting in the B stairwell and found Student A (Dante) standing over Student B (initials R.J.), who was holding his hand to his face. R.J. had a deep cut running from his left cheek toward his jaw. Mr. Ortiz took a razor blade from Dante's hand, called 911 and held paper towels to the wound until BFD and EMS arrived. R.J. was taken to Boston Children's and received 12 stitches.
In the nurse's office Monday, R.J. said Dante claims Franklin Hill and this was over a video posted Friday. Dante declined to make a statement. The blade was turned over to the responding officers on Saturday.
""",
  S("439980", "Dante Cole", "2009-02-27", 12),
  recipient="bpd/district-d4", weapon="razor blade",
  mnc=["Franklin Hill"], key=["razor blade"], text=["left cheek", "12 stitches", "B stairwell"],
  cats=["gang_affiliation"], tags=["allow_violence", "weekend", "voice_ap", "precision_trap"])

C(17, "Boston Green Academy", "drugs", "2026-04-10 19:05",
  "Boston Green Academy, boiler room",
  """
Mr. Abreu, I was doing last walk through Friday around 7 and the boiler room door was propped with a mop bucket. Two boys from 10th grade were inside, Lucas and another one I dont know his name. On the shelf they had six little nips of vodka, two empty, and a vape pen with no label, I cant tell what is in it. They were talking Portuguese between them and Lucas said they just came from Minas Gerais this year so maybe they dont know the rules. I took everything, it is in the custodian office in a bag with tape. - Jorge (night custodian)
""",
  S("491105", "Lucas Andrade", "2010-01-30", 10),
  recipient="bpd/district-d14", substances=["vodka nips", "unlabeled vape pen"],
  deny="excluded_substance", mnc=["Portuguese", "Minas Gerais"],
  cats=["language", "national_origin"], tags=["deny_substance", "boiler_room",
                                              "voice_custodian"])

C(18, "Josiah Quincy Upper School", "weapon", "2026-01-22 14:25",
  "Josiah Quincy Upper School, main office lost and found",
  """
Main office note - Thursday 1/22 - Ms. Yee (clerk)
Mr. Paul from the custodial staff brought up the lost and found bin from the cafeteria so we could sort it before the clothing donation. Under a box of Chinese checkers from the after-school program there was a pink keychain pepper spray with a student ID clipped to the same ring: Ivy Tran, grade 9. Canister about 3 inches, safety tab broken off.
Ivy came down at 2:25 when called. She said it's hers and she forgot it at lunch on Monday. AP Ross spoke with her.
Her grandmother, who speaks only Toisanese, was reached through Mr. Lee. The emergency card puts them on Tyler Street.
""",
  S("499301", "Ivy Tran", "2011-03-18", 9),
  recipient="bpd/district-a1", weapon="pepper spray",
  mnc=["Toisanese", "Tyler Street"], key=["pepper spray"],
  text=["Chinese checkers", "safety tab broken off"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "lost_and_found", "voice_clerk",
                                           "precision_trap"])

C(19, "East Boston High School", "drugs", "2025-09-20 09:30",
  "East Boston High School, football field bleachers (home side)",
  """
On Saturday 9/20 at about 9:30 AM, weekend custodian Mr. Sal DiNapoli was picking up trash under the home side bleachers after the Friday night game and found a black JanSport backpack wedged behind a support beam. Inside were a school ID for Kevin Alvarado (gr 10), a chemistry notebook, and a Ziploc bag with 30 small wax-paper packets stamped with a red scorpion, each holding a tan powder. On Monday Kevin came to the main office asking whether a backpack had been turned in. In my office he said the packets were "fetty" he was holding "for someone" and would not say who. School police field-tested one packet: positive for fentanyl.

Counselor file notes Kevin arrived from El Salvador in 2024, is in the newcomer program, and that his case is still open in immigration court. Family lives in Orient Heights with an uncle.
""",
  S("510448", "Kevin Alvarado", "2009-10-05", 10),
  recipient="bpd/district-a7", substances=["fentanyl"],
  mnc=["El Salvador", "immigration court", "Orient Heights", "newcomer"],
  key=["fentanyl"], text=["home side bleachers", "red scorpion", "30 small wax-paper packets"],
  cats=["national_origin", "immigration_status", "neighborhood", "language"],
  tags=["allow_drugs", "weekend", "voice_ap", "precision_trap"])

C(20, "Henderson K-12 Inclusion School", "trespass", "2026-01-18 06:45",
  "Henderson K-12 Inclusion School (upper campus), boiler room",
  """
Sunday 1/18 at 6:45 AM the weekend custodian, Mr. Coyle, opened the boiler room and found Elvin (gr 11) asleep on flattened boxes next to boiler 1 with a phone charger plugged into the wall. He had come in through the gym door, which does not latch. Nothing was damaged or taken. Elvin told Mr. Coyle he could not go home because immigration agents came to his building on Friday and his mother is staying with friends. We would like police to address the trespassing and the unsecured door.
""",
  S("446673", "Elvin Peña", "2009-05-09", 11),
  recipient="bpd/district-c11", deny="ground_not_permitted", mnc=["immigration agents"],
  cats=["immigration_status"], tags=["deny_ground", "boiler_room", "weekend", "voice_ap"])

# ---------------------------------------------------------------------------------------------
# 21-40
# ---------------------------------------------------------------------------------------------

C(21, "Excel High School", "weapon", "2025-10-02 13:10",
  "Excel High School, kitchen prep area and 1st floor boys' bathroom",
  """
Statement from Marisol (cafeteria, line server) 10/2/25

Around 11:30 when we set up for 2nd lunch I see the boy Jonathan lean over the half door by the prep table. After he leave, the big chef knife, the 10 inch one with black handle, is not on the magnet. I tell Ms. Kathy right away and we look every where. At 1:10 the custodian Mr. Ferreira is changing the trash in the 1st floor boys bathroom and he find the knife wrapped in napkins from our dispenser, inside the trash can under the bag. Jonathan later tell the AP he take it because somebody is waiting for him after school. I know this boy since he was small from church, the Iglesia Pentecostal, his mother sing in the choir with me, I am very sad to write this.
""",
  S("409916", "Jonathan Mejia", "2009-09-01", 11),
  recipient="bpd/district-c6", weapon="chef's knife (10 inch)",
  mnc=["Iglesia", "Pentecostal", "church"], key=["chef knife"],
  text=["10 inch one with black handle", "wrapped in napkins"],
  cats=["religion"], tags=["allow_weapon", "cafeteria", "voice_cafeteria"])

C(22, "Margarita Muñiz Academy", "credible_threat", "2026-04-28 16:05",
  "Margarita Muñiz Academy, Spanish II classroom (Room 108)",
  """
Counselor note - Ms. Ocasio - 4/29/26

Yesterday after dismissal, custodian Mr. Wilfredo Soto was sweeping the Spanish II classroom (Room 108) and found a folded sheet under the radiator. It says, in Yahir's handwriting: "Tomorrow after 6th I'm bringing my brother's gun and Brayan and Luis are done. Nobody is going to stop me this time." Mr. Soto brought it to me at 4:05 PM.

I met Yahir at 7:50 this morning with AP Cruz. He first said it was "a joke," then said Brayan and Luis have been "disrespecting" him online. He confirmed his older brother has a handgun at the apartment. Mom came in at 9. She was upset and kept saying the family came from Santo Domingo to get away from this kind of thing.

Both named students and their families were informed this morning.
""",
  S("488231", "Yahir Polanco", "2011-07-14", 9),
  recipient="bpd/district-e13",
  threat="Handwritten note: 'Tomorrow after 6th I'm bringing my brother's gun and Brayan and Luis are done.' The student confirmed he wrote it and that his older brother has a handgun at home.",
  mnc=["Santo Domingo"], key=["my brother's gun"],
  text=["Spanish II classroom (Room 108)", "under the radiator"],
  cats=["national_origin"], tags=["allow_threat", "closing_round", "voice_counselor",
                                  "precision_trap"])

C(23, "TechBoston Academy", "weapon", "2025-10-26 10:00",
  "TechBoston Academy athletic field house, equipment room",
  """
Coach Antonelli to Athletic Director, Sunday night

Heads up for tomorrow. This morning the grounds crew was clearing the field house equipment room before the cleaners came and pulled a gym bag out of the lost-and-found bin that has been sitting there since the Thursday scrimmage. Inside: a collapsible steel baton, the black kind that snaps out to about 21 inches, plus a practice jersey with #7 and a pair of cleats. #7 is Malik. I called him and he said the bag is his and he "needs it for the walk." I told him not to come to practice until we sort it out with you and the AP.
The baton is locked in my office. I also printed his emergency contact sheet for you, it's in the folder with the baton.
""",
  S("476610", "Malik Grant", "2009-06-08", 11,
    home_address="88 Hollingsworth St, Mattapan MA 02126", emergency_contact="Denise Grant (mother)"),
  recipient="bpd/district-b3", weapon="collapsible steel baton",
  mnc=["Hollingsworth", "Mattapan"], key=["collapsible steel baton"],
  text=["grounds crew", "#7"],
  cats=["neighborhood"], tags=["allow_weapon", "lost_and_found", "weekend", "voice_coach",
                               "structured_forbidden", "precision_trap"])

C(24, "Lilla G. Frederick Middle School", "drugs", "2026-02-24 15:20",
  "Lilla G. Frederick Middle School, cafeteria vending area",
  """
Cafeteria manager Ms. Bernadette Quinn was restocking the milk cooler at 3:20 PM on 2/24 and found a folded dollar bill wedged in the bill slot of the water vending machine with 6 blue pills stamped M30 rolled up inside it. Video shows Wilson (gr 8) at the machine at 2:55. Wilson said an older kid gave them to him to sell. The district was contacted by an ICE officer last month asking about Wilson because his father has an order of removal, so we are sending this directly to ICE as well.
""",
  S("521904", "Wilson Arias", "2012-11-02", 8),
  recipient="ice/ero-boston", substances=["fentanyl (counterfeit M30 pills)"],
  deny="recipient_not_permitted", mnc=["order of removal"],
  cats=["immigration_status"], tags=["deny_recipient", "vending_machine", "voice_ap"])

C(25, "John D. O'Bryant School", "drugs", "2025-12-03 07:40",
  "John D. O'Bryant School, 4th floor science wing boys' bathroom",
  """
WORK ORDER #WO-88412  Facilities / O'Bryant
Opened: 12/03/2025 07:40  By: T. Sweeney, HVAC/plumbing
Problem: ceiling leak 4th fl science wing boys rm, stained tile over sink.
Notes: removed 2 tiles to get at the trap on the supply line. On top of the grid found orange pill bottle, label torn off, 17 pink tablets stamped with a Tesla logo. Turned over to AP Greaves 07:55. Leak fixed (compression fitting), tiles replaced.

AP Greaves addendum 12/03: Camera outside the bathroom (reviewed by me) shows Anh entering at 2:10 PM Tuesday with a chair from the lab, the only student to do so. Anh admitted the bottle is his and that the pills are "molly" (MDMA) he planned to sell at a party. Parent contacted; mom asked us to call her at work because there is no phone at the apartment on Geneva Ave.
""",
  S("450037", "Anh Nguyen", "2009-03-29", 11, ethnicity="Vietnamese", sped="no"),
  recipient="bpd/district-c11", substances=["MDMA"],
  mnc=["Geneva Ave", "Vietnamese"], key=["MDMA"], text=["Tesla logo", "17 pink tablets"],
  cats=["neighborhood", "ethnicity"], tags=["allow_drugs", "ceiling_tile", "voice_work_order",
                                            "structured_forbidden"])

C(26, "Boston International High School", "serious_violence", "2026-04-07 15:05",
  "Boston International High School, front steps",
  """
At 3:05 PM on 4/7, during dismissal, custodian Mr. Hoang was sweeping the front steps when an argument broke out between two students at the bottom of the stairs. Ricardo swung his skateboard by the trucks and struck the other student (F.L.) across the jaw, knocking him down, then hit him again on the back while he was on the ground. Mr. Hoang pulled Ricardo away and held the skateboard. F.L. was bleeding from the mouth and could not close his jaw; EMS took him to Boston Medical Center, where his family was told his jaw is broken in two places.

Witnesses told AP Desir that the fight started at lunch. One witness said, in Creole, "li fèk rive soti Ayiti, yo toujou ap pase l nan betiz," and another student wrote that Ricardo "always calls the Hatian kids names."
""",
  S("492288", "Ricardo Lopes", "2008-12-14", 11),
  recipient="bpd/district-b2", weapon="skateboard",
  mnc=["Ayiti", "Hatian", "in Creole"], key=["skateboard"],
  text=["front steps", "broken in two places"],
  cats=["national_origin", "ethnicity", "language"], tags=["allow_violence", "closing_round", "voice_ap",
                                               "multilingual", "misspelled", "precision_trap"])

C(27, "Lilla G. Frederick Middle School", "gang_activity", "2026-01-29 06:30",
  "Lilla G. Frederick Middle School, dumpster and boiler room door",
  """
Morning custodian Mr. Rollins found new graffiti when he came in at 6:30: "H-BLOCK" and "Thetford 4 life" in silver spray paint on the dumpster and the boiler room door, plus two names crossed out. Staff believe it was done by 8th graders who have been repping H-Block in the halls, including Tavon (gr 8), who had silver paint on his hands in homeroom. We are asking BPD to add this to what they know about the crew and identify the other students involved.
""",
  S("517760", "Tavon Brooks", "2012-02-09", 8),
  recipient="bpd/district-c11", deny="ground_not_permitted", mnc=["H-Block", "Thetford"],
  cats=["gang_affiliation"], tags=["deny_ground", "dumpster", "voice_ap"])

C(28, "Snowden International School", "weapon", "2025-11-18 18:20",
  "Snowden International School, girls' locker room",
  """
Ms. Fatou, I am writing what happen tonight like you told me.
At 6:20 pm I am cleaning the girls locker room after the volleyball, and on the bench is a small black thing like a phone with two metal points on top, it is a taser, the light come on when I touch the button. I put it in a bag and lock in my closet.
At 6:35 the girl Hodan come back with her friend and ask for it, she say it belong to her and she need it for the train. She was wearing her hijab and the purple team jacket. I tell her she must talk to you tomorrow. Her friend say "dont tell, her family is Somolian, they will kill her." I say not my decision.
Abdi Warsame, custodian, evening
""",
  S("485513", "Hodan Farah", "2010-07-19", 10),
  recipient="bpd/district-d4", weapon="taser",
  mnc=["hijab", "Somolian"], key=["taser"], text=["girls locker room", "two metal points"],
  cats=["religion", "ethnicity"], tags=["allow_weapon", "closing_round", "voice_custodian",
                                        "misspelled", "precision_trap"])

C(29, "Jeremiah E. Burke High School", "weapon", "2026-05-04 06:10",
  "Jeremiah E. Burke High School, rear dumpster",
  """
At 6:10 AM Monday the morning custodian found a black handgun in a plastic grocery bag on top of the trash in the rear dumpster and called school police, who secured it. Camera 9 shows a young man in a grey hoodie dropping the bag in at 9:48 PM Sunday; the face is partly visible. We are attaching the camera stills and the grade 10 and 11 yearbook photo sets so BPD can run them through facial recognition and tell us which student it is. Staff think it may be Corey Watts (gr 11), who lives on Bowdoin Street and was seen near the school Sunday.
""",
  S("430194", "Corey Watts", "2009-08-30", 11),
  recipient="bpd/district-c11", weapon="handgun",
  attach=[("photo", "camera9_stills.zip"), ("photo", "gr10_gr11_yearbook_photos_for_matching.zip")],
  deny="face_surveillance", mnc=["Bowdoin Street"],
  cats=["face_surveillance", "neighborhood"], tags=["deny_face", "dumpster", "night"])

C(30, "Edward M. Kennedy Academy for Health Careers", "drugs", "2026-02-03 13:40",
  "EMK Academy, 2nd floor bathroom next to the maintenance closet",
  """
NURSE'S NOTE - 2/3/2026 - 1:40 PM
Maintenance worker Mr. Gaston, restocking the 2nd floor maintenance closet, heard a thump in the bathroom next door and found student (Aliyah, gr 12) on the floor of the stall, drowsy and slow to answer. Brought to health office by wheelchair 1:46. RR 10, pupils pinpoint, responsive to voice. Narcan 4 mg intranasal given 1:49 per protocol with good response. In her bag: orange prescription bottle labeled for a family member (oxycodone 30 mg, qty 30, 9 left). Student states she took "two or three" for a headache. Not prescribed to student.
EMS transported to Tufts at 2:10. Mother initially declined transport citing religious reasons (Jehovas Witness, no blood) but agreed after speaking with EMS.
""",
  S("441652", "Aliyah Morgan", "2007-09-24", 12),
  recipient="bpd/district-d4", substances=["oxycodone (not prescribed to student)"],
  mnc=["Jehovas", "religious reasons"], key=["oxycodone"], text=["Narcan 4 mg", "pupils pinpoint"],
  cats=["religion"], tags=["allow_drugs", "voice_nurse", "misspelled"])

C(31, "Excel High School", "drugs", "2026-03-26 14:15",
  "Excel High School, main office lost and found",
  """
Clerk's note. Custodian Ms. Donna Flaherty brought a pencil case to the office that she found in the 2nd floor hallway on her 2:15 round. Inside: a bag of gummy bears labeled "THC 10mg each - 20 pieces" and a disposable weed pen. Name on the case: Abdirahman. He came for it at dismissal and said "it's just gummies, they're legal." Father came in at 4; he needed a Somali interpreter, so Mr. Nur from the family liaison office helped.
""",
  S("468871", "Abdirahman Yusuf", "2010-10-10", 10),
  recipient="bpd/district-c6", substances=["THC gummies", "cannabis vape pen"],
  deny="excluded_substance", mnc=["Somali interpreter"],
  cats=["language"], tags=["deny_substance", "lost_and_found", "voice_clerk"])

C(32, "Jeremiah E. Burke High School", "weapon", "2025-08-14 10:30",
  "Jeremiah E. Burke High School, gym corridor boys' bathroom",
  """
INCIDENT SUMMARY (prepared by AP for the Principal)
- Thu 8/14/2025, 10:30: summer maintenance crew (contractor + Burke head custodian Mr. Otis Lyle) replacing water-stained ceiling tiles in the gym corridor boys' bathroom. Lyle lifts the third tile from the door and finds a black 9mm pistol lying on the grid.
- 10:32: area cleared, school police called. Officer confirms a magazine with six rounds inserted, none chambered.
- 8/15: Lyle recalls chasing a student out of that bathroom during the last week of June when the room was supposed to be closed for painting: Terrence (rising gr 12), who was in the summer credit-recovery program.
- 8/18: Terrence, with his mother, admits he hid the gun there in June "because I couldn't take it home."
- Background from the program coordinator: Terrence is said to be a Greenwood Street associate and has been living at his aunt's in the Franklin Field apartments since spring.
""",
  S("398120", "Terrence Hall", "2007-12-06", 12),
  recipient="bpd/district-b3", weapon="9mm pistol",
  mnc=["Greenwood Street", "Franklin Field"], key=["9mm"],
  text=["magazine with six rounds", "third tile from the door"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "ceiling_tile", "voice_ap"])

C(33, "Boston Community Leadership Academy", "credible_threat", "2026-03-12 20:40",
  "BCLA, 3rd floor boys' bathroom",
  """
[Voicemail, Principal's line, Thu 3/12/26 8:52 PM]
Hi, this is Gil, the night custodian. Sorry to call late. About 8:40 I'm on my round on three and I walk in the boys bathroom and there's a kid in there, it's Yusuf, the tall one from the robotics club that stays late. He's got a black Sharpie and on the stall door it says SHOOTING UP THIS SCHOOL 3/13 with a gun drawn next to it, and the ink is wet. I asked him what are you doing and he says "you'll see tomorrow." Then he's on the phone with somebody speaking Arabic and he walks out the side door. I took pictures of the door and I didn't clean it off. I'm going to call school police too. Call me back at the custodian office.
""",
  S("453348", "Yusuf Khalil", "2009-01-16", 11),
  recipient="bpd/district-e18",
  threat="Student was found by the night custodian writing 'SHOOTING UP THIS SCHOOL 3/13' with a drawn gun on a bathroom stall door the evening of 3/12 and, when asked, said 'you'll see tomorrow.'",
  mnc=["Arabic"], key=["SHOOTING UP THIS SCHOOL"], text=["black Sharpie", "3/13", "stall door"],
  cats=["language"], tags=["allow_threat", "night", "voice_voicemail"])

C(34, "Another Course to College", "credible_threat", "2025-10-08 12:20",
  "Another Course to College, cafeteria",
  """
During the 12:20 lunch, cafeteria worker Ms. Gladys Moore heard Brianna tell two girls at her table "I'mma bring my brother's strap tomorrow and we'll see who's laughing." Ms. Moore told the AP at the end of the period. Brianna denied saying it. Brianna's mother said she'd "handle it." Brianna lives in the Harbor Point apartments and takes the bus from there.
""",
  S("479925", "Brianna Scott", "2009-05-27", 11),
  recipient="bpd/district-c11", deny="missing_threat_statement", mnc=["Harbor Point"],
  cats=["neighborhood"], tags=["deny_threat_missing", "cafeteria", "voice_ap"])

C(35, "New Mission High School", "weapon", "2025-12-16 13:30",
  "New Mission High School, dumpster corral behind the kitchen",
  """
Fwd: machete

---------- Forwarded message ---------
From: Yolanda (kitchen)
Date: Tue, Dec 16, 2025 at 1:52 PM

Mr. Carver, at 1:30 I went out to the dumpster corral with the cardboard and Josue was crouched behind the grease bin. He was pushing something long in a black trash bag between the bin and the fence. I asked him what is that. He took it out and it was a machete, maybe two feet, with tape on the handle. He was shaking. He said "no tengo papeles, por favor no llame a la policía" and that some older guys told him to hold it. I took it from him, he did not fight me, and I brought him and the machete to Mr. Terry at the front desk. It's in the safe now.
Yolanda
""",
  S("501237", "Josue Caceres", "2010-04-21", 10, birth_country="Honduras", enrollment_type="newcomer"),
  recipient="bpd/district-e18", weapon="machete",
  mnc=["no tengo papeles", "Honduras"], key=["machete"],
  text=["dumpster corral", "tape on the handle", "grease bin"],
  cats=["immigration_status", "national_origin"], tags=["allow_weapon", "dumpster",
                                                        "voice_email", "multilingual",
                                                        "structured_forbidden"])

C(36, "Boston Arts Academy", "drugs", "2026-01-09 16:00",
  "Boston Arts Academy, main office lost and found",
  """
Lost & found, Friday 1/9. Custodian Mr. Beckett brought up a brown leather wallet found behind the piano in the black box theater. Inside: a Boston Public Library card and a CharlieCard in the name of Kenny Wong, $12, and a small plastic sleeve with 8 squares of blotter paper printed with a yellow smiley face. AP Sandoval spoke with Kenny (gr 11) at 3:45; he said the squares are "acid" (LSD) a friend gave him at a show and he hadn't taken any. Parent contact made through the Cantonese line of the interpreter service, since his mom asked for it.
""",
  S("464409", "Kenny Wong", "2009-11-30", 11),
  recipient="bpd/district-d4", substances=["LSD"],
  mnc=["Cantonese"], key=["LSD"], text=["blotter paper", "behind the piano", "yellow smiley face"],
  cats=["language"], tags=["allow_drugs", "lost_and_found", "voice_clerk", "precision_trap"])

C(37, "Madison Park Technical Vocational High School", "serious_violence", "2026-02-26 14:50",
  "Madison Park TVHS, Building B boiler room",
  """
Building manager incident report - 2/26/2026

At 2:50 PM Mr. Eddie Sousa, custodian, found student Darnell in the Building B boiler room, which is posted staff only, and told him to leave. Darnell picked up an 18-inch pipe wrench from the workbench and swung it at Mr. Sousa, who raised his arm and was struck on the left forearm. Darnell dropped the wrench and ran up the back stairs; school police stopped him in the Building B lobby at 2:54.
Mr. Sousa was taken to Boston Medical Center by his supervisor. X-ray shows a fracture of the left ulna; he is out of work for at least six weeks.
School police note that Darnell is documented in their files as a Lenox associate and that this may have been about a stash in the boiler room, but nothing else was found on a search of the room.
""",
  S("405582", "Darnell Rivers", "2008-08-08", 12),
  recipient="bpd/district-b2", weapon="pipe wrench",
  mnc=["Lenox"], key=["pipe wrench"], text=["left forearm", "fracture of the left ulna"],
  cats=["gang_affiliation"], tags=["allow_violence", "boiler_room", "voice_building_manager"])

C(38, "Charlestown High School", "suspicious_behavior", "2026-03-20 19:15",
  "Charlestown High School, 2nd floor east stairwell",
  """
Evening custodian Mr. Halloran reported that at 7:15 PM on Friday he found Bilal (gr 10), who was not in any evening program, in the east stairwell on the 2nd floor kneeling on a jacket. Bilal said he was praying and waiting for his brother. Nothing was missing and no classrooms were open. Mr. Halloran said it "didn't look right" since the family is Muslim and the boy had a backpack. Requesting police review of his activities.
""",
  S("483350", "Bilal Rahman", "2010-05-15", 10),
  recipient="bpd/district-a1", deny="ground_not_permitted", mnc=["Muslim", "praying"],
  cats=["religion"], tags=["deny_ground", "closing_round", "voice_ap"])

C(39, "Dearborn STEM Academy", "weapon", "2025-11-10 07:15",
  "Dearborn STEM Academy, 1st floor lobby drink machine",
  """
Monday 11/10, 7:15 AM. Head custodian Ms. Carla Dempsey, turning on the lobby lights, noticed the drink machine's bill acceptor blinking an error. Something metal was jammed into the slot. She unplugged the machine and pried out a butterfly knife, closed, with a purple handle, about 4 inches folded. The machine had been fine at closing on Friday.
Saturday's family basketball night was the only use of the lobby. The gym supervisor remembers Isaac (gr 9) "messing with the drink machine" during halftime, and two students say Isaac showed them a purple butterfly knife at lunch last week. Interviewed 11/10 at 10:00 with his father, Isaac admitted the knife is his and that he hid it in the slot when he saw a police detail at the door.
Father asked whether it would matter that they just moved from the shelter into an apartment near Nubian Square.
""",
  S("498750", "Isaac Bennett", "2011-06-27", 9),
  recipient="bpd/district-b2", weapon="butterfly knife",
  mnc=["Nubian Square"], key=["butterfly knife"], text=["bill acceptor", "purple handle"],
  cats=["neighborhood"], tags=["allow_weapon", "vending_machine", "weekend", "voice_ap"])

C(40, "Boston Green Academy", "credible_threat", "2025-12-05 17:30",
  "Boston Green Academy, main office lost and found",
  """
Friday 12/5, 5:30 PM. Cafeteria worker Ms. Ines Paiva found a cracked Android phone on a lunch table while wiping down and brought it to the office lost and found. When Mr. Doyle picked it up to put it in the bin, the lock screen lit up with new messages from a contact saved as "Cuz": "u still bringing it monday?" and the reply preview underneath, from the phone's owner: "yea the 9 is in my bag, im doing Marvin in front of everybody at lunch." The lock screen photo and the case sticker identify the owner as Edwin (gr 10); Edwin came back for the phone at 5:50 and was kept with staff until his mother arrived.
Ms. Paiva said she knows the mother from the laundromat, that the family are Guatamalan and speak K'iche' at home, and that Edwin "is a good boy, it must be talk."
""",
  S("473302", "Edwin Tzoc", "2010-02-02", 10),
  recipient="bpd/district-d14",
  threat="Message previews visible on the student's own lock screen: 'yea the 9 is in my bag, im doing Marvin in front of everybody at lunch', in reply to 'u still bringing it monday?'",
  mnc=["Guatamalan", "K'iche"], key=["im doing Marvin"], text=["lock screen", "cracked Android phone"],
  cats=["ethnicity", "language"], tags=["allow_threat", "lost_and_found", "voice_ap", "misspelled"])

# ---------------------------------------------------------------------------------------------
# 41-60
# ---------------------------------------------------------------------------------------------

C(41, "Brighton High School", "weapon", "2026-04-14 15:40",
  "Brighton High School, 1st floor custodial closet",
  """
Custodian Ms. Rita Gallagher found a box cutter with the blade fully extended tucked behind the mop sink in the 1st floor custodial closet at 3:40 PM on 4/14, after Bryan (gr 11) was seen leaving the closet during 7th period. Bryan admitted it is his. Per the request of the Commonwealth Fusion Center analyst who called the school last month about Dominican youth and weapons in Allston-Brighton, this report is being sent to the Fusion Center.
""",
  S("437715", "Bryan Almonte", "2009-01-04", 11),
  recipient="commonwealth-fusion-center", weapon="box cutter",
  deny="recipient_not_permitted", mnc=["Dominican"],
  cats=["ethnicity"], tags=["deny_recipient", "closing_round", "voice_ap"])

C(42, "English High School", "drugs", "2025-10-29 09:50",
  "English High School, 2nd floor boys' bathroom near the English department office",
  """
On 10/29 at 9:50 AM custodian Mr. Julio Batista went to refill the paper towel dispenser in the 2nd floor boys' bathroom near the English department office and found the dispenser would not close. Behind the towel roll was a knotted sandwich bag holding 11 small off-white rocks and a glass pipe. He called me over the radio and I secured it.

At 10:05 Angel (gr 12) asked Mr. Batista whether "anybody touched the towel thing." When I spoke with him, Angel admitted the rocks are crack that he was holding for an adult he would not name.

Angel's case manager adds that Angel and his mother moved here from Puerto Rico after the hurricane and that he has been struggling with English.
""",
  S("401163", "Angel Figueroa", "2007-07-07", 12),
  recipient="bpd/district-e13", substances=["crack cocaine"],
  mnc=["Puerto Rico", "struggling with English"], key=["crack"],
  text=["paper towel dispenser", "English department office", "11 small off-white rocks"],
  cats=["national_origin", "language"], tags=["allow_drugs", "voice_ap", "precision_trap"])

C(43, "Charlestown High School", "weapon", "2026-03-16 07:30",
  "Charlestown High School, cafeteria lost and found",
  """
The morning after the St. Patrick's Day parade weekend, cafeteria manager Mrs. Noreen Kelly emptied the lost and found bin under the cashier station to wash it and found a green sweatshirt with a switchblade in the front pocket: black handle, push button, 3.5-inch blade, opens with a click. The sweatshirt had a name tag from the JROTC uniform closet sewn inside: "MINH D."

Minh Do (gr 10) came to the office at 9:00 when called. He said the knife was a "parade souvenir" from a street vendor and he forgot it on Friday.

His father came in at 11. We had to call the Language Line for Vietnamese because his father had asked for an interpreter on the phone.
""",
  S("486602", "Minh Do", "2010-03-03", 10),
  recipient="bpd/district-a1", weapon="switchblade",
  mnc=["Language Line", "Vietnamese"], key=["switchblade"],
  text=["St. Patrick's Day", "push button", "3.5-inch blade"],
  cats=["language"], tags=["allow_weapon", "lost_and_found", "voice_ap", "precision_trap"])

C(44, "Boston Latin Academy", "drugs", "2026-05-30 23:15",
  "Boston Latin Academy, gym and 1st floor girls' bathroom",
  """
Closing round after the junior semi-formal, 11:15 PM Saturday. Night custodian Mr. Joe Feeney found, in the girls' bathroom trash by the gym: nine empty Fireball nips, a half bottle of pink wine in a paper bag, and an unlabeled vape pen. Chaperone Ms. Pratt saw Nia and two friends coming out of that bathroom several times during the dance, and Nia had the matching purse. Nia lives in Mattapan and was driven by her cousin.
""",
  S("452219", "Nia Baptiste", "2008-10-22", 11),
  recipient="bpd/district-b2", substances=["cinnamon whisky (Fireball nips)", "wine", "vape pen of unknown content"],
  deny="excluded_substance", mnc=["Mattapan"],
  cats=["neighborhood"], tags=["deny_substance", "closing_round", "weekend", "voice_ap"])

C(45, "Excel High School", "serious_violence", "2026-01-27 14:35",
  "Excel High School, cafeteria loading dock",
  """
Bus monitor statement (Route 812) - L. Rosado - 1/27

I was waiting at the loading dock door for my kids because the buses line up on that side. About 2:35 Kelvin and another boy came around the dumpster arguing. Kelvin took a box cutter out of his hoodie pocket and slashed the other boy (J.T.) across the back of his right arm, then again on the shoulder. There was blood on the dock. The kitchen guy, Mr. Sam, came out with towels and I called it on the radio. Kelvin dropped the box cutter by the milk crates and went back inside. J.T. went to Boston Medical Center, AP said later 20 stitches and a nerve was nicked.

Kids on my bus said it was the Bowdoin-Geneva thing again and that J.T. called Kelvin a "dirty Cape Verdian" at lunch.
""",
  S("426530", "Kelvin Tavares", "2008-09-19", 12),
  recipient="bpd/district-c6", weapon="box cutter",
  mnc=["Bowdoin-Geneva", "Cape Verdian"], key=["box cutter"],
  text=["loading dock", "20 stitches", "milk crates"],
  cats=["gang_affiliation", "ethnicity"], tags=["allow_violence", "dumpster", "voice_bus_monitor",
                                                "misspelled"])

C(46, "TechBoston Academy", "weapon", "2025-11-13 16:20",
  "TechBoston Academy, library, ceiling above the graphic novels shelf",
  """
Student statement - Jordan Clarke - 11/14/25

I am writing this because Mr. Fitz asked me to. Yesterday after school Mr. Reyes the maintenance man was changing the light in the library and he moved the ceiling tile over the graphic novels shelf and my knife fell down. It is a black folding knife with a clip, the tactical kind, about 4 inches. I put it up there in October. I am not trying to hurt anybody. Since my family came up from Jamaica two years ago people at the stop always try me and my mom said keep your head down but I got jumped in September walking home on Norfolk Street so I bought it. I never took it out in school. I am sorry and I know it was stupid.
Jordan
""",
  S("457783", "Jordan Clarke", "2010-01-19", 10),
  recipient="bpd/district-b3", weapon="folding knife",
  mnc=["from Jamaica", "Norfolk Street"], key=["folding knife"],
  text=["graphic novels shelf", "with a clip"],
  cats=["national_origin", "neighborhood"], tags=["allow_weapon", "ceiling_tile",
                                                  "voice_student"])

C(47, "Lilla G. Frederick Middle School", "credible_threat", "2026-02-10 16:30",
  "Lilla G. Frederick Middle School, Room 207",
  """
After the building emptied, custodian Mr. Pham was erasing whiteboards and found in Room 207 a list written in the corner of the board: five student names under the heading "PAYBACK THURSDAY." Teacher identified the handwriting as Jaden's (gr 7). Jaden's mother said he has been upset since they moved to Four Corners. The AP is submitting this as a threat.
""",
  S("530418", "Jaden Moise", "2013-04-14", 7),
  recipient="bpd/district-c11", threat="", deny="missing_threat_statement",
  mnc=["Four Corners"], cats=["neighborhood"],
  tags=["deny_threat_missing", "closing_round", "voice_ap"])

C(48, "Community Academy of Science and Health", "drugs", "2026-04-22 15:55",
  "CASH, 1st floor snack machine alcove",
  """
From: Facilities - Kostas Papadopoulos
Subject: coin return thing - 4/22

Ms. Reid, after the last bell I went to empty the coin box on the snack machine by the gym and there was a small envelope folded up in the coin return, the flap was stuck. Inside, 10 round green pills stamped "80" (the nurse says oxycodone 80 mg) and a note that says "10 for Tay - owes 150." Tay is Tayshawn in 10th, he's always at that machine at dismissal. I gave the envelope to Officer Brandt. He came back to the machine at 4:10 looking in the coin return. I know the family a little, his grandmother is in my parish at the Greek Orthodox church on Ruggles Street, she will be heartbroken.
K.
""",
  S("469904", "Tayshawn Ellis", "2010-08-01", 10),
  recipient="bpd/district-b2", substances=["oxycodone (OC 80)"],
  mnc=["Greek Orthodox", "my parish"], key=["oxycodone"],
  text=["coin return", "10 for Tay - owes 150"],
  cats=["religion"], tags=["allow_drugs", "vending_machine", "voice_email"])

C(49, "East Boston High School", "fight", "2025-11-20 11:40",
  "East Boston High School, cafeteria",
  """
Cafeteria worker Ms. Connie Russo broke up a fight by the salad bar at 11:40. Alexis and another student pushed and punched each other for about ten seconds before she and the lunch monitor separated them. No one was injured and no weapon was involved. The other student's friends told staff the fight started because Alexis told everyone at the table that the other boy is Honduran and "sin papeles." Both students were suspended one day.
""",
  S("512276", "Alexis Matos", "2010-09-28", 10),
  recipient="bpd/district-a7", deny="ground_not_permitted", mnc=["Honduran", "sin papeles"],
  cats=["ethnicity", "immigration_status"], tags=["deny_ground", "cafeteria", "voice_ap",
                                                   "multilingual"])

C(50, "Boston Latin Academy", "weapon", "2026-02-13 17:05",
  "Boston Latin Academy, athletics lost and found (gym lobby)",
  """
Friday 2/13, 5:05 PM. Evening custodian Mr. Andres Vela was moving the gym lobby lost and found bins to mop when a heavy navy backpack tipped over and a black handgun slid partway out of the front pocket. He did not touch it further, stood by, and radioed me. School police secured a Taurus 9mm pistol with a loaded magazine. No round chambered.

The backpack also held a Latin textbook with "Property of BLA - issued to Rafael Sosa, Gr 10" stamped inside and a chemistry lab notebook with the same name. Rafael was reached by phone with his mother at 6:30 and came in with her. He said he found the gun in a park "weeks ago" and kept it in the bag for protection.

Counselor adds, for context only: Rafael has told her the other Latino boys on his team get stopped more, and that his mom works two jobs and is rarely home.
""",
  S("463358", "Rafael Sosa", "2010-06-11", 10),
  recipient="bpd/district-b2", weapon="9mm pistol",
  mnc=["Latino"], key=["Taurus 9mm"],
  text=["Latin textbook", "loaded magazine", "gym lobby lost and found"],
  cats=["ethnicity"], tags=["allow_weapon", "lost_and_found", "voice_ap", "precision_trap"])

C(51, "Henderson K-12 Inclusion School", "credible_threat", "2025-12-08 06:50",
  "Henderson K-12 Inclusion School (upper campus), vending alcove by the cafeteria",
  """
[Voicemail for AP Mendes, Mon 12/8/2025 7:02 AM]
Morning, it's Ralph, I open up on Mondays. Wanted you to hear this before the kids come in. There's a piece of loose-leaf taped to the front of the snack machine in the alcove, in pencil: "MONDAY 3RD PERIOD - GYM - I HAVE MY STEPDAD'S GUN AND I'M NOT MISSING THIS TIME - NO MORE." Signed "- D.A." It wasn't there when I locked up Friday at 4 but the Saturday rec league was in. I took it down in a glove and put it in a sleeve on your desk. I think D.A. is Darius, he's in the Saturday league and he's the one always writing "D.A." on things.

[AP note, 8:10] Darius confirmed he wrote it. He said his stepdad keeps a pistol in the car. His family's asylum hearing is next month and he says he "can't take it anymore."
""",
  S("444961", "Darius Alemu", "2009-04-19", 11),
  recipient="bpd/district-c11",
  threat="Note taped to the vending machine: 'MONDAY 3RD PERIOD - GYM - I HAVE MY STEPDAD'S GUN AND I'M NOT MISSING THIS TIME.' The student confirmed writing it and said his stepfather keeps a pistol in the car.",
  mnc=["asylum"], key=["I HAVE MY STEPDAD'S GUN"], text=["loose-leaf taped to the front of the snack machine", "3RD PERIOD"],
  cats=["immigration_status"], tags=["allow_threat", "vending_machine", "weekend",
                                     "voice_voicemail"])

C(52, "Fenway High School", "weapon", "2025-10-17 17:45",
  "Fenway High School, boys' locker room",
  """
Custodian's report, 10/17, 5:45 PM. Emptying the boys' locker room trash after practice I found a small black canister labeled "MACE - Triple Action" with a belt clip, about half full by weight, in the bin by the showers. Coach Barros said that morning that Yonas (gr 9) had been spraying something in the hallway "to scare kids" and that three students complained their eyes were burning. Yonas confirmed to Coach it was his. The canister is in the AP's office.
The coach says Yonas is Ethiopian and speaks mostly Amharic with his dad, so the AP should plan for a phone interpreter when calling home.
""",
  S("508834", "Yonas Bekele", "2011-02-15", 9),
  recipient="bpd/district-d4", weapon="mace",
  mnc=["Ethiopian", "Amharic", "phone interpreter"], key=["MACE"],
  text=["belt clip", "eyes were burning"],
  cats=["ethnicity", "language"], tags=["allow_weapon", "closing_round", "voice_custodian"])

C(53, "Josiah Quincy Upper School", "weapon", "2026-01-06 21:30",
  "Josiah Quincy Upper School, 5th floor storage room",
  """
At 9:30 PM on 1/6 the night custodian found a kitchen knife with a 7-inch blade inside a box of old textbooks in the 5th floor storage room, with Henry's (gr 11) gym uniform wrapped around it. Henry admitted the next day that he put it there. At the request of the building's landlord, this report is being sent to the private security company that patrols the building at night so they can watch for Henry.
""",
  S("466027", "Henry Lau", "2009-12-12", 11),
  recipient="securitas/boston-schools-night-patrol", weapon="kitchen knife",
  deny="recipient_not_permitted", cats=[], tags=["deny_recipient", "night", "voice_ap"])

C(54, "Dearborn STEM Academy", "serious_violence", "2026-03-31 12:10",
  "Dearborn STEM Academy, cafeteria",
  """
Cafeteria manager statement, 3/31/26

During the 12:00 lunch Jamar got up from his table and walked toward the milk cooler and you could see from his body language something was about to happen. He picked up one of the metal cafeteria chairs and brought it down on the back of another student (K.B.) who was sitting with his tray, twice. K.B. fell off the bench and grabbed his wrist. Ms. Tina and I got between them. Nurse came, K.B. was taken to Boston Children's, the AP told us his wrist is broken and he has a concussion.
One of the kids at K.B.'s table said K.B. had been "messing with" Jamar all week for leaving class early on Fridays to pray and for being out for Eid, and called him a "Muslem terrorist" in the hallway.
""",
  S("497716", "Jamar Abdullah", "2011-08-23", 9),
  recipient="bpd/district-b2", weapon="metal cafeteria chair",
  mnc=["Muslem", "for Eid", "to pray"], key=["metal cafeteria chairs"],
  text=["body language", "milk cooler", "concussion"],
  cats=["religion"], tags=["allow_violence", "cafeteria", "voice_cafeteria", "misspelled",
                           "precision_trap"])

C(55, "Mission Hill K-8", "drugs", "2025-12-18 15:20",
  "Mission Hill K-8, cafeteria",
  """
Hi Mr. Baptiste,
At the end of the day Ms. Odette from the cafeteria was putting the forgotten lunchboxes in the lost and found and one of them had three chocolate bars in the wrapper "Polkadot Magic Belgian Chocolate - 4g" and a little card that says "shroom bar, 1 square = 1 trip." There was also a French vanilla yogurt with the name Kendrick on the lid in marker. Kendrick (grade 8) came back for the lunchbox at 3:20 and said the chocolate was his cousin's. The nurse looked up the brand: the bars are sold as psilocybin mushroom chocolate.
Mom called back at 4. Ms. Odette had to talk to her because the mom is only comfortable in Haitian Creole. Mom said the cousin stays with them.
Thanks, Ms. Leger (main office)
""",
  S("524490", "Kendrick Joseph", "2012-01-05", 8),
  recipient="bpd/district-b2", substances=["psilocybin mushroom chocolate"],
  mnc=["Haitian Creole"], key=["psilocybin"],
  text=["French vanilla yogurt", "1 square = 1 trip"],
  cats=["language"], tags=["allow_drugs", "lost_and_found", "voice_clerk", "precision_trap"])

C(56, "Boston Arts Academy", "drugs", "2026-04-03 08:15",
  "Boston Arts Academy, dance studio 2 dressing room",
  """
Maintenance (Mr. Mahoney) replacing a water-stained ceiling tile in the dance studio 2 dressing room on 4/3 found a zip pouch on the grid holding a dab pen, two jars of wax marked "THC 90%" and a butane lighter. Dance students say Sasha (gr 10) has been seen standing on the bench in the dressing room. Sasha admitted the pouch is hers. She lives in the Cathedral development and her mother works nights.
""",
  S("485007", "Sasha Pierre", "2010-11-11", 10),
  recipient="bpd/district-d4", substances=["THC wax", "dab pen"],
  deny="excluded_substance", mnc=["Cathedral"],
  cats=["neighborhood"], tags=["deny_substance", "ceiling_tile", "voice_ap"])

C(57, "Excel High School", "weapon", "2025-09-25 22:05",
  "Excel High School, 3rd floor girls' bathroom",
  """
NIGHT CUSTODIAN LOG - Thu 9/25
22:05 3rd fl girls rm, paper towel bin overflowing, emptied. At bottom an old-fashioned straight razor, wood handle, blade open, wrapped in a hair tie. Bagged, to AP box.
AP follow-up Fri 9/26: the hair tie is a bright orange scrunchie that Tiana (gr 9) wore Thursday (teacher photo from the field trip, and two teachers remember it). Tiana said the razor was her late grandfather's and she carries it "since the thing on the train." She says a group of girls from the Old Colony projects has been following her from the T. Mom informed by phone 10:30.
""",
  S("511985", "Tiana Reid", "2011-07-01", 9),
  recipient="bpd/district-c6", weapon="straight razor",
  mnc=["Old Colony"], key=["straight razor"],
  text=["orange scrunchie", "wood handle"],
  cats=["neighborhood"], tags=["allow_weapon", "night", "voice_log"])

C(58, "Charlestown High School", "credible_threat", "2026-02-19 06:20",
  "Charlestown High School, basement boiler room",
  """
Report from the head custodian, Mr. Phil Donnelly, 2/19/26

I opened the boiler room at 6:20 AM and right away smelled gasoline. Behind the oil tank there was a red 2-gallon gas can, about full, a lighter, and a spiral notebook open to a page that said "THURSDAY AT LUNCH THIS WHOLE PLACE BURNS. THEY WILL FINALLY SEE ME." I shut the door, called the fire department and the AP. BFD removed the can.
The notebook has a biology worksheet with Nikolai's name stapled inside. He is one of the students who helps me stack chairs after school, so he knows the boiler room is unlocked at 2:30.
The AP met with Nikolai at 8. He said he "wasn't going to do anything" but admitted the can and notebook are his. His aunt picked him up; she said Nikolai hardly talks to anyone since the move and that they only speak Russian at home.
""",
  S("470031", "Nikolai Volkov", "2009-06-02", 11),
  recipient="bpd/district-a1",
  threat="Notebook left next to a full gas can and lighter in the school boiler room read 'THURSDAY AT LUNCH THIS WHOLE PLACE BURNS.' The student admitted both are his.",
  mnc=["Russian"], key=["THIS WHOLE PLACE BURNS"],
  text=["2-gallon gas can", "behind the oil tank"],
  cats=["language"], tags=["allow_threat", "boiler_room", "voice_custodian"])

C(59, "TechBoston Academy", "drugs", "2026-01-15 07:45",
  "TechBoston Academy, east entrance",
  """
Custodian Ms. Laverne Hicks found a baggie of blue M30 pills on the floor inside the east entrance at 7:45 AM. The new door camera system flagged the student who dropped it using its facial recognition feature, identifying him as Xavier Dunn (gr 12) with "high confidence." The system log with the face match is attached. Requesting that police follow up on the possession.
""",
  S("393357", "Xavier Dunn", "2007-11-29", 12),
  recipient="bpd/district-c11", substances=["fentanyl (counterfeit M30 pills)"],
  attach=[("face_match", "doorcam_face_match_log.csv")], deny="face_surveillance",
  mnc=["high confidence"], cats=["face_surveillance"],
  tags=["deny_face", "voice_ap"])

C(60, "Brighton High School", "weapon", "2025-10-09 13:25",
  "Brighton High School, kitchen and 2nd floor hallway",
  """
From: K. Sullivan, Cafeteria Manager
Subject: missing cleaver found

Mr. Kowalski, just so it's on paper. We noticed the meat cleaver missing from the kitchen at 11:10 after the delivery guys left the back door propped. At 1:25 custodian Reggie was sweeping the 2nd floor hall near the science labs and a student's backpack was on the floor outside 214, unzipped, with the cleaver handle sticking out (it has our KITCHEN tape on it). The backpack is Luis's, he was in the bathroom. Security has it now. Luis told Reggie "I just need it till Friday." I don't know what that means.
Thanks, Kathleen
""",
  S("448202", "Luis Encarnacion", "2009-03-14", 11,
    country_of_birth="Dominican Republic", primary_language="Spanish", lep_flag="Y"),
  recipient="bpd/district-d14", weapon="meat cleaver",
  mnc=["Dominican Republic", "Spanish"], key=["cleaver"],
  text=["KITCHEN tape", "outside 214"],
  cats=["national_origin", "language"], tags=["allow_weapon", "cafeteria", "voice_email",
                                              "structured_forbidden"])

# ---------------------------------------------------------------------------------------------
# 61-80
# ---------------------------------------------------------------------------------------------

C(61, "Another Course to College", "truancy", "2026-03-14 09:00",
  "Another Course to College, gym storage room",
  """
For the third Saturday in a row the weekend custodian, Mr. Boateng, found Kervens (gr 10) sleeping in the gym storage room when he opened at 9:00. Kervens has missed 23 days this term. He told Mr. Boateng his uncle kicked him out and that he can't go to the shelter because he has no papers. We would like police to do a wellness check and help us get him back to school.
""",
  S("476631", "Kervens Jean-Louis", "2009-10-30", 10),
  recipient="bpd/district-c11", deny="ground_not_permitted", mnc=["no papers"],
  cats=["immigration_status"], tags=["deny_ground", "weekend", "voice_ap"])

C(62, "Boston Community Leadership Academy", "drugs", "2025-12-02 16:10",
  "BCLA, weight room",
  """
Tuesday 12/2. The maintenance mechanic, Mr. Aiden Roche, was up on a ladder in the weight room at 4:10 PM swapping a ballast and found a Nike sock stuffed on top of the ceiling grid right above the squat rack. In the sock: a pill bottle with 40 blue pills stamped M 30 and a rubber-banded roll of $20 bills ($460). He left it and called me.
The weight room sign-in sheet shows Edson (gr 12) alone in there from 2:45 to 3:05 with the door closed, and the assistant coach saw him standing on the bench by the rack. Edson was interviewed Wednesday with his mother; he admitted the sock is his and that he sells "blues." The school nurse confirms no prescription.
""",
  S("389964", "Edson Fernandes", "2007-05-22", 12,
    race_ethnicity="Cape Verdean", home_language="Cape Verdean Creole", parent_work_phone="617-555-0143"),
  recipient="bpd/district-e18", substances=["fentanyl (counterfeit M30 pills)"],
  mnc=["Cape Verdean"], key=["M 30"], text=["squat rack", "$460", "Nike sock"],
  cats=["ethnicity", "language"], tags=["allow_drugs", "ceiling_tile", "voice_ap",
                                        "structured_forbidden"])

C(63, "New Mission High School", "weapon", "2026-04-20 10:30",
  "New Mission High School, cafeteria vending machines",
  """
Vendor service ticket #VS-20491 (Canteen), 4/20/2026 10:30
Technician: R. Medeiros. Machine: combo snack/drink, cafeteria, asset 7712. Reason for visit: coin mech jam reported by building custodian on 4/17.
Found: karambit-style fixed-blade knife (curved, ~3 in., finger ring) pushed into coin return chute behind the flap. Removed, handed to school staff (Mr. Terry). Coin mech cleared and tested OK.

School note: per the vendor's status report the machine was last serviced clean on 4/13. Cafeteria staff remember Dayvon (gr 10) jiggling the coin return "for a long time" on 4/16 at lunch. Dayvon admitted the knife is his and said he hid it because security was wanding at the door that day. Coach says Dayvon has been claiming Cameron Street lately and has been in two arguments at the bus stop.
""",
  S("493371", "Dayvon Lewis", "2010-07-12", 10),
  recipient="bpd/district-e18", weapon="karambit knife",
  mnc=["Cameron Street"], key=["karambit"], text=["coin return chute", "status report", "finger ring"],
  cats=["gang_affiliation"], tags=["allow_weapon", "vending_machine", "voice_work_order",
                                   "precision_trap"])

C(64, "East Boston High School", "serious_violence", "2026-05-08 21:20",
  "East Boston High School, dumpster area behind the cafeteria",
  """
Friday 5/8, spring dance. At 9:20 PM night custodian Mr. Paulie Ferrante took the trash out behind the cafeteria and found two students fighting between the dumpsters. Marvin had the neck of a broken Gatorade bottle (glass) in his hand and cut the other student (E.R.) across the side of his neck and his left hand. Mr. Ferrante pulled E.R. inside and pressed his apron on the neck wound while a chaperone called 911. EMS took E.R. to Mass General, where he had surgery on the hand (two tendons) and 15 stitches in the neck.
Marvin ran through the parking lot but came back with his father at 11:00.
E.R.'s friends told the AP the fight was because Marvin called him a "Salvadoran rat," and that E.R. was walking back to his apartment on Bennington Street when Marvin followed him.
""",
  S("487740", "Marvin Osorio", "2009-02-08", 11),
  recipient="bpd/district-a7", weapon="broken glass bottle",
  mnc=["Salvadoran", "Bennington Street"], key=["broken Gatorade bottle"],
  text=["two tendons", "15 stitches", "Mass General"],
  cats=["ethnicity", "neighborhood"], tags=["allow_violence", "dumpster", "night", "voice_ap",
                                            "precision_trap"])

C(65, "Josiah Quincy Upper School", "credible_threat", "2026-02-27 17:10",
  "Josiah Quincy Upper School, main office lost and found",
  """
A cafeteria worker turned in a notebook left in the cafeteria. On the inside cover, in red ink, was written: "Monday I'm ending it for Ryan and Alex, they know what they did." The notebook belongs to Kevin (gr 9). Kevin's father, who lives with him on Oak Street in Chinatown, was called. The AP is submitting this as a threat so police can follow up.
""",
  S("509956", "Kevin Chen", "2011-09-09", 9),
  recipient="bpd/district-a1", deny="missing_threat_statement",
  mnc=["Oak Street", "Chinatown"], cats=["neighborhood"],
  tags=["deny_threat_missing", "lost_and_found", "voice_ap"])

C(66, "English High School", "drugs", "2025-11-01 10:15",
  "English High School, football bleachers (visitor side)",
  """
Saturday 11/1, 10:15 AM. After the Friday night game the grounds crew was blowing leaves out from under the visitor side bleachers. Mr. Tommy Walsh picked up a fat purple highlighter that felt too heavy; the barrel was hollowed out and held 12 glassine bags stamped "DIOR" with brown powder, rubber-banded. He brought it to the athletic director.
On Monday, Devonte (gr 11) asked the equipment manager whether anyone had "found a highlighter by the visitor side." In the AP's office Devonte said the bags are "dope" (heroin) he was holding for an older friend.
His mother came in at noon and asked that the school keep it quiet, saying the family is Seventh-day Adventist and very involved in the church, and the pastor would be devastated.
""",
  S("421805", "Devonte Hayes", "2009-08-17", 11),
  recipient="bpd/district-e13", substances=["heroin"],
  mnc=["Adventist", "the pastor", "in the church"], key=["heroin"],
  text=["hollowed out", "12 glassine bags", "grounds crew"],
  cats=["religion"], tags=["allow_drugs", "weekend", "voice_ap", "precision_trap"])

C(67, "Edward M. Kennedy Academy for Health Careers", "weapon", "2026-01-30 15:20",
  "EMK Academy, gym (blood drive setup) and lost and found",
  """
On Friday 1/30 at about 3:20 PM, while the custodial staff was setting up the gym for the Saturday Red Cross blood drive, custodian Ms. Joanne Kiley moved the lost and found cart out of the way. A soft lunch cooler on the bottom shelf felt heavy. She unzipped it to look for a name and saw a black semi-automatic pistol with the magazine in. She zipped it back, stayed with it, and called for school police, who secured a loaded .40 caliber handgun.
The cooler had a printed label on the lid from the health careers clinical placement: "Malachi R. - Gr 11 - Placement: Brigham." Malachi came to the office at 3:45 looking for "my lunch bag" and admitted that the gun is his. His mother was called and came at 4:30.
""",
  S("433620", "Malachi Robinson", "2009-05-05", 11),
  recipient="bpd/district-d4", weapon=".40 caliber handgun",
  key=[".40 caliber handgun"], text=["blood drive", "lunch cooler", "Placement: Brigham"],
  cats=[], tags=["allow_weapon", "lost_and_found", "voice_ap", "allow_clean", "precision_trap"])

C(68, "Boston Green Academy", "drugs", "2025-10-24 15:00",
  "Boston Green Academy, dumpster behind the building",
  """
Custodian's note: at 3:00 PM on 10/24 I went to throw cardboard in the dumpster and Gabriel (gr 11) and another kid were there. Gabriel dropped a sandwich bag in the dumpster when he saw me. I got it out: 3 blunts already rolled, a chunk of hash in foil and a lighter. The other kid ran. Gabriel said "it's just weed, relax." His mom is Brazilian and works cleaning offices at night, she said she would come in Monday.
""",
  S("459874", "Gabriel Souza", "2009-07-28", 11),
  recipient="bpd/district-d14", substances=["hashish", "marijuana blunts"],
  deny="excluded_substance", mnc=["Brazilian"],
  cats=["ethnicity"], tags=["deny_substance", "dumpster", "voice_custodian"])

C(69, "Excel High School", "credible_threat", "2026-04-09 12:50",
  "Excel High School, cafeteria",
  """
Statement of Mrs. Eileen Burke, cafeteria cashier, 4/9/26

At 12:50 Terrell came through my line and when I told him he owed for yesterday he leaned over the register and said quiet, "keep talking, I'll come back with my cousin's gun and you'll be the first one, then Mr. Daly." Then he took a napkin and wrote "4/10 12:50" on it and slid it to me and walked out. I was shaking. I gave the napkin to the AP. Mr. Daly is the AP.
The other cashier, Lupe, says Terrell told her last week that his parents are undocumentd and he's "got nothing to lose." I don't know if that's true.
""",
  S("401487", "Terrell Washington", "2008-06-21", 12),
  recipient="bpd/district-c6",
  threat="Student told the cafeteria cashier 'I'll come back with my cousin's gun and you'll be the first one, then Mr. Daly' and wrote a date and time ('4/10 12:50') on a napkin he handed her.",
  mnc=["undocumentd"], key=["my cousin's gun"], text=["4/10 12:50", "napkin"],
  cats=["immigration_status"], tags=["allow_threat", "cafeteria", "voice_cafeteria",
                                     "misspelled"])

C(70, "Another Course to College", "weapon", "2025-09-16 13:35",
  "Another Course to College, kitchen loading door and dumpster",
  """
Sept. 16 - kitchen staff report (typed by the AP from Ms. Hattie Greene's account)

Ms. Greene was breaking down milk crates at the kitchen loading door at about 1:35 when she saw Andre come out the side exit, look around, and drop a grey sweatshirt balled up into the open dumpster. She thought he was throwing away clothes and called out to him; he said "it's nothing" and went back in. She looked because it "landed heavy." Wrapped in the sweatshirt was a small silver .380 pistol. She did not handle it and called the main office.
School police recovered a Bersa .380 with a loaded magazine. The sweatshirt has Andre's name in marker on the neck tag from the summer program. Andre admitted it was his and said he got it "on the block by Uphams Corner" where he stays with his mother. His mother was called.
""",
  S("470128", "Andre Gomes", "2009-01-11", 11),
  recipient="bpd/district-c11", weapon=".380 pistol",
  mnc=["Uphams Corner"], key=["Bersa .380"],
  text=["milk crates", "neck tag", "landed heavy"],
  cats=["neighborhood"], tags=["allow_weapon", "dumpster", "voice_ap"])

C(71, "John D. O'Bryant School", "drugs", "2026-03-25 20:30",
  "John D. O'Bryant School, 2nd floor custodial closet",
  """
Evening custodian Mr. Frank Iannucci - written statement - 3/25/26

About 8:30 pm I went in the 2nd fl custodial closet to get the wet vac and the ceiling tile over the slop sink was pushed up, there was white dust on the sink edge. I pushed the tile up with the mop handle and a shoe box came down. Inside was a big ziplock with white powder in chunks, a scale, a box of sandwich baggies and a notebook with numbers in it. I put it all back in the box and locked the closet and called Ms. Abernathy.
I have seen Santiago from the 11th grade coming out of that closet twice this month after school, he said the science teacher sends him for paper towels. I told that to Ms. Abernathy.

AP note 3/26: Santiago admitted to the AP that the box is his and the powder is cocaine. His counselor notes he is Colombian and that mom "just got here."
""",
  S("452901", "Santiago Ospina", "2009-09-13", 11),
  recipient="bpd/district-b2", substances=["cocaine"],
  mnc=["Colombian", "just got here"], key=["cocaine"],
  text=["slop sink", "shoe box", "notebook with numbers"],
  cats=["national_origin", "immigration_status"], tags=["allow_drugs", "ceiling_tile", "night",
                                                        "voice_custodian"])

C(72, "Fenway High School", "credible_threat", "2026-01-13 16:15",
  "Fenway High School, 3rd floor hallway",
  """
At 4:15 PM the custodian found a printed page taped to the 3rd floor water fountain: "Jan 16 - I will shoot Ms. Harlow's advisory, I have the rifle." A teacher identified the page as printed from Imran's (gr 12) account on the library printer. Imran admitted making it and said his father owns a hunting rifle. Because the family is Pakistani and recently traveled, the principal is sending this report to the FBI Boston field office.
""",
  S("395573", "Imran Qureshi", "2007-08-03", 12),
  recipient="fbi/boston-field-office",
  threat="Printed note: 'Jan 16 - I will shoot Ms. Harlow's advisory, I have the rifle.' Student admitted making it; his father owns a hunting rifle.",
  deny="recipient_not_permitted", mnc=["Pakistani", "recently traveled"],
  cats=["ethnicity", "national_origin"], tags=["deny_recipient", "closing_round", "voice_ap"])

C(73, "Lilla G. Frederick Middle School", "serious_violence", "2026-02-05 11:25",
  "Lilla G. Frederick Middle School, cafeteria serving line",
  """
Food service incident report - 2/5/26 - written by the kitchen lead, Ms. Yvonne Bates

11:25 AM, first lunch. Hot water urn was on the end of the serving line for the oatmeal. Student Deshawn (gr 8) came around the end of the line, lifted the lid off the urn and threw the hot water from a soup cup at another student (T.M.) who was in line in front of him. T.M. screamed and we put her arm and neck under cold water at the prep sink and the nurse came. Ambulance took T.M. to Boston Children's. Nurse told us second degree burns on the neck and right arm.
Deshawn said T.M. "started it" on the bus. Staff who speak with T.M.'s mom say she is in the Spanish-speaking newcomer class and that Deshawn has been teasing her about it.
""",
  S("533148", "Deshawn Coleman", "2012-06-16", 8),
  recipient="bpd/district-c11", weapon="scalding water",
  mnc=["Spanish-speaking", "newcomer class"], key=["hot water"],
  text=["second degree burns", "hot water urn", "soup cup"],
  cats=["language", "immigration_status"], tags=["allow_violence", "cafeteria",
                                                 "voice_cafeteria"])

C(74, "Madison Park Technical Vocational High School", "weapon", "2025-10-31 06:55",
  "Madison Park TVHS, Building A boiler room",
  """
At 6:55 AM the Building A custodian found a black folding knife and a ski mask on the catwalk in the boiler room. To identify who left it, school police ran the hallway camera still through a Clearview AI trial account and got a match to Kareem Jordan (gr 11), whose student ID photo also appears in the results. The Clearview results page is attached. Requesting that BPD follow up with Kareem.
""",
  S("414462", "Kareem Jordan", "2009-12-19", 11),
  recipient="bpd/district-b2", weapon="folding knife",
  attach=[("face_match", "clearview_results.pdf")], deny="face_surveillance",
  mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face", "boiler_room"])

C(75, "Mission Hill K-8", "weapon", "2026-06-01 16:40",
  "Mission Hill K-8, music room",
  """
Monday, June 1. At 4:40 PM our custodian Mr. Eduardo Ramos was putting the music room back together after the spring concert and found a red Swiss Army knife with the large blade locked open inside the felt lining of a trumpet case that had been left on the risers. The instrument is on loan from the school and the sign-out sheet shows it was checked out to Arjun (gr 7).
Arjun told me Tuesday morning that he took the knife from his dad's toolbox and showed it to two boys in the stairwell "so they'd leave me alone." One of the boys confirms Arjun opened the blade and held it toward him.
Arjun's mother said she did not know; the family was at the Hindu temple in Ashland all Sunday for a festival and she had not checked his bag.
""",
  S("528817", "Arjun Patel", "2013-01-21", 7),
  recipient="bpd/district-b2", weapon="Swiss Army knife",
  mnc=["Hindu temple"], key=["Swiss Army knife"],
  text=["trumpet case", "large blade locked open"],
  cats=["religion"], tags=["allow_weapon", "closing_round", "voice_ap", "precision_trap"])

C(76, "Brighton High School", "drugs", "2025-12-12 13:20",
  "Brighton High School, cafeteria and kitchen dumpster",
  """
From: Linh (cafeteria)
To: Ms. Keane
Fri, Dec 12, 1:48 PM

Ms. Keane, after lunch I took the garbage out to the kitchen dumpster and Sophal from 10th grade was standing by the door with a small bag. He put it in the grease bin lid when he saw me. I checked after he left. It is a clear bag with shiny clear crystals like broken glass and a glass pipe with a round end, burned black. Officer Dunn said it is most likely methamphetamine. I wrapped it in foil and it is in the office fridge, I am sorry I don't know where else.
His mother is Cambodian, she speaks only Khmer, if you call home ask Mr. Chhay to help.
Linh
""",
  S("474418", "Sophal Sok", "2010-04-04", 10),
  recipient="bpd/district-d14", substances=["methamphetamine"],
  mnc=["Cambodian", "Khmer"], key=["methamphetamine"],
  text=["grease bin lid", "shiny clear crystals"],
  cats=["ethnicity", "language"], tags=["allow_drugs", "dumpster", "voice_email"])

C(77, "Mission Hill K-8", "property_damage", "2025-11-07 15:50",
  "Mission Hill K-8, lobby vending machine",
  """
At 3:50 PM custodian Mr. Ramos found the glass front of the lobby snack machine shattered and snacks taken. Two 8th graders, including Omari, were seen kicking it on the hallway camera. The machine belongs to the vendor, who wants a police report for insurance. Staff mentioned that Omari's older brother is with the Heath Street boys and that Omari has started wearing their colors.
""",
  S("519002", "Omari Lindsey", "2012-03-30", 8),
  recipient="bpd/district-b2", deny="ground_not_permitted",
  mnc=["Heath Street"], cats=["gang_affiliation"],
  tags=["deny_ground", "vending_machine", "voice_ap"])

C(78, "Boston International High School", "credible_threat", "2026-03-09 15:30",
  "Boston International High School, 2nd floor hallway lockers",
  """
Written statement - Amina H., grade 10 - 3/9/2026
I stayed after for tutoring. Around 3:30 the custodian Mr. Lopes was cleaning the hall and he found a paper on the floor by the lockers and gave it to me because he thought it was mine. It was not mine. It said "Wednesday I'll bring the knife and Amina and Faisa will bleed for what they said. Ask anyone, I don't play." I know the handwriting, it is Abdullahi's, he sits next to me in math and he has been angry at us since we told the teacher he was copying. I am scared to come Wednesday.

AP note: Abdullahi was interviewed 3/10 with his father and admitted writing it. He said he "has a knife at home." His father told the AP the family spent eight years in a refugee camp in Kenya before coming here.
""",
  S("497365", "Abdullahi Noor", "2009-11-27", 10),
  recipient="bpd/district-c11",
  threat="Handwritten note: 'Wednesday I'll bring the knife and Amina and Faisa will bleed for what they said.' The student admitted writing it and said he has a knife at home.",
  mnc=["refugee camp", "Kenya"], key=["I'll bring the knife"],
  text=["by the lockers", "copying"],
  cats=["immigration_status", "national_origin"], tags=["allow_threat", "closing_round",
                                                        "voice_student", "precision_trap"])

C(79, "Josiah Quincy Upper School", "weapon", "2025-11-25 12:40",
  "Josiah Quincy Upper School, cafeteria",
  """
Cafeteria staff note - Tues 11/25 - Mrs. Alice Fong

12:40, second lunch. While collecting trays I found, in the napkin holder at table 6, a steak knife with a serrated 5-inch blade taped to a ruler with black electrical tape, and next to it a peeled mandarin orange and a lunch card for Eric Liang. Eric was the only one at that end of table 6. When I asked, he said it was "for the kids on the Orange Line." He gave me no trouble.
I brought it to Mr. Ross right away. Please note for the report that his mom only speaks Mandarin, so when you call, Ms. Wu in the office can help.
""",
  S("503360", "Eric Liang", "2011-10-08", 9),
  recipient="bpd/district-a1", weapon="steak knife",
  mnc=["only speaks Mandarin"], key=["steak knife"],
  text=["mandarin orange", "electrical tape", "table 6"],
  cats=["language"], tags=["allow_weapon", "cafeteria", "voice_cafeteria", "precision_trap"])

C(80, "English High School", "credible_threat", "2026-05-21 06:40",
  "English High School, front entrance",
  """
Head custodian Mr. Burgos found "JUNE 1 NO ONE LEAVES ALIVE - M.T." spray-painted on the front doors when he opened at 6:40. Staff believe M.T. is Mateus (gr 10), who had red paint on his sneakers. Mateus's family lives in the Mildred Hailey apartments. The AP is submitting under credible threat; Mateus has not been interviewed yet.
""",
  S("491882", "Mateus Teixeira", "2010-01-08", 10),
  recipient="bpd/district-e13", deny="missing_threat_statement",
  mnc=["Mildred Hailey"], cats=["neighborhood"],
  tags=["deny_threat_missing", "voice_ap"])

# ---------------------------------------------------------------------------------------------
# 81-100
# ---------------------------------------------------------------------------------------------

C(81, "Snowden International School", "drugs", "2025-10-20 07:10",
  "Snowden International School, 4th floor custodial closet",
  """
Monday 10/20, 7:10 AM. Day custodian Ms. Rhonda Baptiste unlocked the 4th floor custodial closet and found the door to the electrical panel cabinet inside slightly open. Taped behind the panel door was an Altoids tin holding 15 small yellow oval tablets stamped "2530" (the pharmacy markings for clonazepam/Klonopin) and a folded list of first names with dollar amounts.
The closet lock had been reported broken on Friday and the work order was still open. Two students told the AP they bought "K-pins" from Hassan (gr 11) last week. In his interview Hassan admitted the tin is his; the pills were prescribed to a relative, not to him.
The counselor adds that Hassan's family came from Iraq in 2023 and that he is still receiving English learner services.
""",
  S("458826", "Hassan Al-Jaberi", "2009-03-06", 11),
  recipient="bpd/district-d4", substances=["clonazepam (not prescribed to student)"],
  mnc=["from Iraq", "English learner"], key=["clonazepam"],
  text=["Altoids tin", "electrical panel cabinet", "2530"],
  cats=["national_origin", "language"], tags=["allow_drugs", "voice_ap"])

C(82, "Madison Park Technical Vocational High School", "weapon", "2025-12-27 11:00",
  "Madison Park TVHS, main lobby lost and found umbrella stand",
  """
Winter break, Saturday 12/27, 11:00 AM. The holiday skeleton crew (two custodians) was clearing the main lobby lost and found before the floor stripping. In the umbrella stand, inside a rolled-up black umbrella, Mr. Kwame Asante found a small revolver with a taped grip. He laid the umbrella down and called school police, who found five live rounds in the cylinder.
The umbrella has a luggage tag from the culinary program field trip: "Kofi M. - Culinary 11." School police reached Kofi and his mother by phone; they came in at 2:00. Kofi said he brought it "for the walk to the bus" on the last day before break and was afraid to carry it home.
Mr. Asante, who knows the family, says they are Ghanaian and that Kofi's mother speaks Twi with the grandparents.
""",
  S("412256", "Kofi Mensah", "2009-06-29", 11),
  recipient="bpd/district-b2", weapon="revolver",
  mnc=["Ghanaian", "Twi with"], key=["revolver"],
  text=["umbrella stand", "five live rounds", "Culinary 11"],
  cats=["ethnicity", "language"], tags=["allow_weapon", "lost_and_found", "voice_ap"])

C(83, "Snowden International School", "drugs", "2026-01-28 15:30",
  "Snowden International School, main office lost and found",
  """
Lost and found, 1/28. The custodian brought up a blue pencil case found under the cafeteria bleachers. Inside: two Juul pods (mint), an open tin of Zyn nicotine pouches and a small bottle labeled "peach vodka." Student ID inside belongs to Daniela (gr 9). Daniela said the items are her older sister's. Mom is Spanish-speaking and will come in Friday with an interpreter.
""",
  S("515591", "Daniela Rosario", "2011-08-19", 9),
  recipient="bpd/district-d4", substances=["Juul pods", "nicotine pouches", "flavored vodka"],
  deny="excluded_substance", mnc=["Spanish-speaking"],
  cats=["language"], tags=["deny_substance", "lost_and_found", "voice_clerk"])

C(84, "Community Academy of Science and Health", "serious_violence", "2026-02-18 14:20",
  "CASH, basement boiler room corridor",
  """
Incident narrative (AP Thompson), 2/18/26

At 2:20 PM custodian Mr. Leroy Banks, coming out of the boiler room with a hand truck, found two students in the basement corridor, which is off limits. Student Chidi was swinging a 3-foot length of galvanized pipe, which he had taken from the scrap pile by the boiler room door, and struck student O.A. on the left knee and then across the ribs while O.A. was on the floor. Mr. Banks shouted, and Chidi dropped the pipe and ran up the stairs, where I stopped him.
O.A. was taken by ambulance to Boston Medical Center: fractured kneecap and two cracked ribs. The pipe is tagged and in the school police office.
O.A. told the nurse the fight was over money. Chidi's mother, who came in at 3:30, told me Chidi "is not like the other boys, we are Nigerian, we raise our children strict."
""",
  S("425337", "Chidi Okonkwo", "2008-11-15", 12),
  recipient="bpd/district-b2", weapon="galvanized pipe",
  mnc=["Nigerian"], key=["galvanized pipe"],
  text=["fractured kneecap", "scrap pile", "two cracked ribs"],
  cats=["ethnicity"], tags=["allow_violence", "boiler_room", "voice_ap"])

C(85, "TechBoston Academy", "credible_threat", "2025-10-15 11:35",
  "TechBoston Academy, cafeteria",
  """
From: Gail Thibodeau <food services>
Sent: Wednesday, October 15, 2025 11:58 AM
To: Mr. Alvarez
Subject: what Trevon said at the register

Mr. Alvarez, you asked me to write it down. At 11:35 Trevon was in my line and the boy behind him bumped his tray. Trevon turned around and said, loud, "I got the Glock in my locker, at 2:15 I'm air-ing out this whole lunchroom, starting with you." Then he looked at me and said "you didn't hear that." The boy behind him was Noah G., he was scared and left the line.
I watched Trevon go to the back table and he was showing kids something on his phone that looked like a picture of a gun.
Something else you might want: the lunch lady from the other shift says his family moved from Morton Street to a shelter last month.
Gail
""",
  S("442215", "Trevon Barnes", "2009-07-09", 11),
  recipient="bpd/district-b3",
  threat="In the lunch line the student said 'I got the Glock in my locker, at 2:15 I'm air-ing out this whole lunchroom, starting with you' to another student, then told the cafeteria worker 'you didn't hear that.'",
  mnc=["Morton Street"], key=["Glock"], text=["at 2:15", "back table"],
  cats=["neighborhood"], tags=["allow_threat", "cafeteria", "voice_email"])

C(86, "Jeremiah E. Burke High School", "drugs", "2026-03-03 07:20",
  "Jeremiah E. Burke High School, boiler room",
  """
The morning custodian found a duffel bag behind the boiler at 7:20 AM containing about 50 grams of powder later field-tested by school police as fentanyl, plus a scale. Video shows Fritz (gr 12) carrying the bag in on Monday. An HSI agent asked the principal last month to pass along anything about Fritz because his family is on a visa overstay, so this report is addressed to HSI Boston.
""",
  S("386652", "Fritz Desrosiers", "2007-02-14", 12),
  recipient="dhs/hsi-boston", substances=["fentanyl"], deny="recipient_not_permitted",
  mnc=["visa overstay"], cats=["immigration_status"],
  tags=["deny_recipient", "boiler_room", "voice_ap"])

C(87, "Brighton High School", "weapon", "2026-04-27 18:45",
  "Brighton High School, church parking lot next door / rear dumpster",
  """
Custodian written statement - 4/27/26 - Gerry Coughlan

At about 6:45 pm I was wheeling the big barrel out to the dumpster on the far side of the lot, by the church parking lot next door that the school uses for staff overflow. Owen from 11th was sitting on the dumpster lid and when he saw me he jumped down and pushed something under the dumpster with his foot. I got my flashlight and there was a big knife in a leather sheath, like a bowie knife, about a 9 inch blade, with a brass guard. He said he found it. Then he said it was his uncle's. I brought it in and gave it to Mr. Lynch, the AP, who was still there.
Owen is a nice enough kid. His uncle is the one who brought him over from Galway last summer, he said the uncle works nights.
G.C.
""",
  S("467730", "Owen Keane", "2009-08-02", 11),
  recipient="bpd/district-d14", weapon="bowie knife",
  mnc=["Galway", "brought him over"], key=["bowie knife"],
  text=["church parking lot", "brass guard", "leather sheath"],
  cats=["national_origin"], tags=["allow_weapon", "dumpster", "closing_round",
                                  "voice_custodian", "precision_trap"])

C(88, "Boston Latin Academy", "drugs", "2026-01-16 16:00",
  "Boston Latin Academy, 2nd floor lost and found",
  """
Lost-and-found sort, Friday 1/16, by Ms. Tobin (clerk) with custodian Mr. Dwyer.
A zippered pencil case with "Mireille" in silver paint pen held a folded pharmacy bag with 26 orange oval tablets stamped "b 974" (Adderall 30 mg). The label on the pharmacy bag had been torn off. Mireille (gr 12) picked up the case at 3:30; when asked, she said she sells them "to juniors before exams." School nurse: no prescription on file for Mireille.
Mother contacted 4:15; she said she would prefer Kreyol and Mr. Laguerre called back for us.
""",
  S("406698", "Mireille Saint-Fleur", "2008-01-27", 12, ethnicity="Haitian",
    home_language="Haitian Creole"),
  recipient="bpd/district-b2", substances=["amphetamine (Adderall, not prescribed)"],
  mnc=["Kreyol", "Haitian"], key=["Adderall"], text=["b 974", "26 orange oval tablets"],
  cats=["language", "ethnicity"], tags=["allow_drugs", "lost_and_found", "voice_clerk",
                                        "structured_forbidden"])

C(89, "Boston Community Leadership Academy", "weapon", "2026-05-19 21:00",
  "BCLA, science prep room",
  """
Night custodian Mr. Anthony Rizzo, doing the 9:00 PM round, smelled something burnt in the 2nd floor science prep room and found, under the fume hood, a capped piece of metal pipe about 6 inches long with a fuse coming out of one end, a bag of shotgun primers and a printed page of instructions. He did not touch it, backed out, locked the door and called 911. BPD bomb squad removed the device and told the principal it was a functioning pipe bomb.
The head custodian documented the chain of custody and the lock log. The prep room keys were signed out at 3:15 that afternoon by Liam (gr 11), the science lab aide, and returned at 4:40. On 5/20 Liam admitted, with his father present, that he built it "to see if it worked" and hid it there.
""",
  S("449983", "Liam Sheehan", "2009-10-01", 11),
  recipient="bpd", weapon="explosive (pipe bomb)",
  key=["pipe bomb"], text=["documented the chain of custody", "fume hood", "shotgun primers"],
  cats=[], tags=["allow_weapon", "night", "voice_ap", "allow_clean", "precision_trap"])

C(90, "Madison Park Technical Vocational High School", "trespass", "2025-08-09 13:00",
  "Madison Park TVHS, pool",
  """
Saturday 8/9 at about 1:00 PM the weekend custodian, Mr. Okafor, found four teenagers swimming in the school pool with the side door propped open. One was Yadiel (gr 10), a current student. They left when asked. Nothing was damaged. Yadiel told Mr. Okafor in Spanish, "somos dominicanos, en mi país siempre nadamos así," and laughed. Please have police address it.
""",
  S("496637", "Yadiel Núñez", "2010-03-27", 10),
  recipient="bpd/district-b2", deny="ground_not_permitted",
  mnc=["dominicanos", "en mi país", "in Spanish"], cats=["ethnicity", "national_origin", "language"],
  tags=["deny_ground", "weekend", "voice_ap", "multilingual"])

C(91, "Henderson K-12 Inclusion School", "serious_violence", "2026-04-15 15:15",
  "Henderson K-12 Inclusion School (upper campus), back stairwell",
  """
Date: 4/15/2026  Reporter: AP Grady
At 3:15 PM custodian Ms. Beatrice Odom (age 61) asked Jayden (gr 12) to leave the back stairwell because she was mopping. Jayden called her names and then shoved her with both hands from behind on the landing. She fell down about eight steps and could not get up. A teacher stayed with her; EMS took her to Carney Hospital, where she was diagnosed with a broken hip and needs surgery.
Jayden left the building but returned with his mother at 5:00. Camera in the stairwell shows the shove clearly (reviewed by me and the principal).
School police say Jayden is known to them as a Morse Street associate; his mother said the family moved to Savin Hill last year to get him away from that.
""",
  S("398843", "Jayden Kelley", "2007-10-24", 12),
  recipient="bpd/district-c11",
  mnc=["Morse Street", "Savin Hill"], key=["broken hip"],
  text=["about eight steps", "back stairwell", "Carney Hospital"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_violence", "voice_ap",
                                                   "precision_trap"])

C(92, "Dearborn STEM Academy", "credible_threat", "2025-09-29 16:30",
  "Dearborn STEM Academy, 1st floor boys' bathroom",
  """
Custodian Mr. Clarke found "9/30 I'M BRINGING IT - 2ND LUNCH" written on the bathroom mirror in marker at 4:30 PM on 9/29. A student told the AP that Kevin (gr 9) wrote it. Kevin has not yet been interviewed. Kevin's family is Guatemalan and recently moved in with relatives. The AP is asking police to act before lunch on 9/30.
""",
  S("526608", "Kevin Xoc", "2011-05-12", 9),
  recipient="bpd/district-b2", deny="missing_threat_statement",
  mnc=["Guatemalan"], cats=["ethnicity"],
  tags=["deny_threat_missing", "closing_round", "voice_ap"])

C(93, "TechBoston Academy", "credible_threat", "2026-02-02 22:15",
  "TechBoston Academy, boiler room",
  """
Night custodian Mr. Wesley Pratt, on the 10:15 PM boiler check, found a backpack on the floor next to boiler 2. He opened it to find an owner. Inside were a sketchbook and a box of .22 ammunition. The sketchbook's last four pages are drawings of the school's front entrance and cafeteria with X marks, a drawing of a rifle, and written over them: "Feb 6. First the cafeteria then the office. I know where Coach keeps the key to the back door." The sketchbook cover says "Property of Nelson."
Nelson (gr 11) is on the robotics team, which worked late that night. Nelson was interviewed 2/3 with his father. He said the drawings were "just a story," but confirmed the ammunition belongs to his father's rifle at home.
Per the registrar's file, Nelson was born in Praia and still has family there.
""",
  S("455557", "Nelson Semedo", "2009-04-25", 11, birth_country="Cabo Verde",
    parent_language="Portuguese"),
  recipient="bpd/district-c11",
  threat="Sketchbook found with .22 ammunition reads 'Feb 6. First the cafeteria then the office', with drawings of the school's entrance and a rifle; the student confirmed the ammunition is for his father's rifle at home.",
  mnc=["Praia", "Cabo Verde", "Portuguese"], key=["First the cafeteria then the office"],
  text=["boiler 2", "box of .22 ammunition", "sketchbook"],
  cats=["national_origin", "language"], tags=["allow_threat", "boiler_room", "night",
                                              "voice_ap", "structured_forbidden"])

C(94, "Charlestown High School", "weapon", "2025-10-06 07:05",
  "Charlestown High School, 3rd floor stairwell landing",
  """
Custodian Ms. Denise Mahoney statement, Mon 10/6:
Came in 7 am and was wiping the railings on the 3rd floor landing. A ceiling tile over the landing was half down and when I stood on the step stool to fix it a pair of brass knuckles fell and landed face down on the floor, silver, with "BIG DAWG" cut into the front. I put them in a glove and gave them to Mr. Fitzgerald.

AP note: On Friday afternoon Jean-Pierre (gr 10) was seen on camera reaching up to that ceiling tile from the railing. When shown the knuckles, he said they were his, and that he hides them at school so his grandmother does not find them. His grandmother, when called, spoke through her neighbor in Haitian Creole and said she knew nothing about them.
""",
  S("472209", "Jean-Pierre Auguste", "2010-12-30", 10),
  recipient="bpd/district-a1", weapon="brass knuckles",
  mnc=["Haitian Creole"], key=["brass knuckles"],
  text=["face down", "BIG DAWG", "3rd floor landing"],
  cats=["language"], tags=["allow_weapon", "ceiling_tile", "voice_custodian", "precision_trap"])

C(95, "Another Course to College", "drugs", "2026-03-06 15:00",
  "Another Course to College, vending machine area",
  """
While servicing the vending machines on Friday afternoon, the custodian found a Juul device, three Juul pods and a THC cartridge stuck between the two machines. Hallway video shows Shanice (gr 11) putting them there at 1:10. Shanice said the vape pen was "just nicotine" and the cart was a friend's. Her grandmother, who lives with her in Roslindale, was called.
""",
  S("464712", "Shanice Porter", "2009-02-17", 11),
  recipient="bpd/district-e5", substances=["Juul pods", "THC cartridge"],
  deny="excluded_substance", mnc=["Roslindale"],
  cats=["neighborhood"], tags=["deny_substance", "vending_machine", "voice_ap"])

C(96, "Lilla G. Frederick Middle School", "drugs", "2026-05-12 14:05",
  "Lilla G. Frederick Middle School, main office lost and found",
  """
Clerk's entry, 5/12/26. Cafeteria worker Ms. Rosalie Brandão brought in a purple lunch bag left on a table after 2nd lunch. Inside was a Skittles bag with no candy in it but with 9 small wax-paper folds stamped with a blue crown, containing white-tan powder. A name label on the lunch bag: "Y. Benali, Rm 306."
Youssef (gr 8) came to the office at 2:05 for the bag. When the AP asked about the folds, Youssef said an older boy at the bus stop paid him $20 to hold them and that they are "fent" (fentanyl). The AP put the bag in the safe and called school police and home.
Father came at 3. He told the AP that the family is Moroccan, that he prays at the mosque every afternoon and could not believe his son would do this.
""",
  S("530076", "Youssef Benali", "2012-09-14", 8),
  recipient="bpd/district-c11", substances=["fentanyl"],
  mnc=["Moroccan", "mosque"], key=["fentanyl"],
  text=["Skittles bag", "blue crown", "Rm 306"],
  cats=["ethnicity", "religion"], tags=["allow_drugs", "lost_and_found", "voice_clerk"])

C(97, "Dearborn STEM Academy", "weapon", "2026-04-01 13:15",
  "Dearborn STEM Academy, kitchen dumpster",
  """
4/1/26, 1:15 PM. Kitchen porter Mr. Segun Adebayo was hosing out the empty milk crates by the kitchen dumpster when he saw a black handgun lying on the ground under the dumpster's front wheel. He kept everyone back and called the main office. School police recovered a Glock 19 with an extended magazine, loaded.
The head custodian documented the scene with photos and the time. The cafeteria camera that covers the back door shows Wilmer (gr 10) going out that door alone at 12:48 and crouching by the dumpster. Wilmer, interviewed with his aunt, admitted it is his gun. His aunt asked the AP not to put in writing that Wilmer's parents are undocumented and that they live with her in a basement unit on Dudley Street.
""",
  S("488125", "Wilmer Chavez", "2010-06-06", 10),
  recipient="bpd/district-b2", weapon="Glock 19 (loaded)",
  mnc=["undocumented", "Dudley Street"], key=["Glock 19"],
  text=["documented the scene", "extended magazine", "front wheel"],
  cats=["immigration_status", "neighborhood"], tags=["allow_weapon", "dumpster",
                                                     "voice_ap", "precision_trap"])

C(98, "Brighton High School", "weapon", "2026-02-09 07:00",
  "Brighton High School, gym locker room",
  """
At 7:00 AM the morning custodian found a loaded revolver in a locker-room trash can. The gym locker assignment and a teacher's account tie it to Elijah (gr 12), who admitted it is his. Because the principal works with a trooper on a youth task force, this report is being sent to the Massachusetts State Police instead of BPD. Elijah lives in the Bromly Heath apartments.
""",
  S("392287", "Elijah Ward", "2007-09-03", 12),
  recipient="massachusetts-state-police", weapon="revolver (loaded)",
  deny="recipient_not_permitted", mnc=["Bromly Heath"],
  cats=["neighborhood"], tags=["deny_recipient", "voice_ap", "misspelled"])

C(99, "New Mission High School", "serious_violence", "2025-11-12 14:40",
  "New Mission High School, maintenance shop",
  """
Maintenance supervisor Mr. Ray Doucette - incident report - 11/12/25

At 2:40 PM two students came into the maintenance shop during the work-study period, Adrián and another boy (initials C.W.), who was on work-study with me. They started arguing. Adrián grabbed a claw hammer off my bench and hit C.W. on the back of the head, then on the left hand when he put it up. I got between them and took the hammer. C.W. was bleeding badly from the head. EMS took him to Faulkner Hospital; the nurse says he needed 9 staples and has a broken finger and a concussion.
C.W. told me before EMS left that Adrián has been saying the Purto Rican kids think they own the school. I don't know more than that.
The hammer is tagged and locked in my shop cabinet.
""",
  S("473391", "Adrián Batista", "2009-05-18", 11),
  recipient="bpd/district-e18", weapon="claw hammer",
  mnc=["Purto Rican"], key=["claw hammer"],
  text=["9 staples", "broken finger", "maintenance shop"],
  cats=["ethnicity"], tags=["allow_violence", "voice_building_manager", "misspelled"])

C(100, "Boston Green Academy", "credible_threat", "2026-06-05 19:30",
  "Boston Green Academy, 3rd floor classrooms (closing round)",
  """
Friday 6/5 closing round. The night custodian, Mr. Jorge Matos, emptying the trash in Room 305 at 7:30 PM, found a phone charger still plugged in with a phone attached, unlocked, showing a group chat. He brought it to the AP, who was still in the building for the awards night. The last message, sent at 7:02 PM from the phone, reads: "monday I'm bringing my dad's AR to graduation practice. watch the bleachers. I'm done being laughed at." It is followed by a photo of a rifle on a bed.
The phone belongs to Thiago (gr 11). He was reached with his mother at 8:15 and they came in. Thiago said it was "a joke" but confirmed his father owns the rifle.
Mr. Matos told the AP that Thiago's mother is Brazilian and that she cried in Portuguese the whole time.
""",
  S("456654", "Thiago Costa", "2009-09-22", 11),
  recipient="bpd/district-d14",
  threat="Message sent from the student's phone to a group chat at 7:02 PM on 6/5: 'monday I'm bringing my dad's AR to graduation practice. watch the bleachers.' with a photo of a rifle; the student confirmed his father owns the rifle.",
  mnc=["Brazilian", "Portuguese"], key=["my dad's AR"],
  text=["Room 305", "graduation practice", "photo of a rifle on a bed"],
  cats=["ethnicity", "language"], tags=["allow_threat", "closing_round", "voice_ap"])


def main():
    ids = [c["id"] for c in CASES]
    assert ids == [f"OCS-{i:04d}" for i in range(1, len(CASES) + 1)], "ids must be consecutive"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    allow = sum(c["expect"]["decision"] == "allow" for c in CASES)
    print(f"wrote {len(CASES)} cases ({allow} allow, {len(CASES) - allow} deny) to {OUT}")


if __name__ == "__main__":
    main()
