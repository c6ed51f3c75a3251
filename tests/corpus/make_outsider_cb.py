#!/usr/bin/env python3
"""Outsider corpus, family REMOTE AND HYBRID LEARNING (ids OCB-0001 .. OCB-0100).

Written from RULES.md / CONTRACT.md / corpus-brief.md only, without looking at the service.
Incidents from video classes, chats, Google Classroom and school Chromebooks: what was seen and
said stays in the police copy; what the camera or the device tells about where the student lives,
the family's language, faith, origin, status or associates is withheld.

Writes ../data/corpus/outsider_cb.jsonl relative to this file. Standard library only.
"""
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_cb.jsonl"

FAMILY = "remote_hybrid"

SCHOOL_IDS = {
    "TechBoston Academy": "BPS-4113",
    "Brighton High School": "BPS-4241",
    "English High School": "BPS-4058",
    "Snowden International School": "BPS-4286",
    "Madison Park Technical Vocational High School": "BPS-4031",
    "Jeremiah E. Burke High School": "BPS-4067",
    "Boston Community Leadership Academy": "BPS-4176",
    "Excel High School": "BPS-4222",
    "Mission Hill K-8": "BPS-4381",
    "Charlestown High School": "BPS-4091",
    "East Boston High School": "BPS-4264",
    "John D. O'Bryant School": "BPS-4015",
    "Boston Arts Academy": "BPS-4310",
    "Henderson K-12 Inclusion School": "BPS-4437",
    "Boston Latin Academy": "BPS-4002",
    "Dearborn STEM Academy": "BPS-4150",
    "Boston Green Academy": "BPS-4319",
    "Fenway High School": "BPS-4278",
    "Community Academy of Science and Health": "BPS-4233",
    "New Mission High School": "BPS-4305",
    "Lilla G. Frederick Middle School": "BPS-4395",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4290",
    "Josiah Quincy Upper School": "BPS-4355",
    "Joseph Lee K-8": "BPS-4412",
}


def offset(date):
    """Eastern offset for a YYYY-MM-DD date (DST 2025: 3/9-11/2, 2026: 3/8-11/1)."""
    y, m, d = (int(x) for x in date.split("-"))
    start, end = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}[y]
    return "-04:00" if start <= (m, d) < end else "-05:00"


def clean(text):
    return " ".join(text.split())


CASES = []


def C(n, decision, *, ground, when, location, desc, name, school, grade, recipient="bpd",
      weapon=None, substances=None, threat=None, extra=None, attachments=None, reason=None,
      mnc=(), key=None, mct=(), cats=(), tags=()):
    cid = f"OCB-{n:04d}"
    date, time = when.split(" ")
    sid = f"{(n * 7919 + 104729) % 900000 + 100000}"
    dob = f"{2019 - grade}-{(n * 5) % 12 + 1:02d}-{(n * 11) % 27 + 1:02d}"
    student = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    if extra:
        student.update(extra)
    req = {"request_id": cid, "school_id": SCHOOL_IDS[school], "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = substances
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = clean(threat)
    req["incident"] = {"occurred_at": f"{date}T{time}:00{offset(date)}", "location": location,
                       "description": clean(desc)}
    req["student"] = student
    if attachments:
        req["attachments"] = [{"kind": k, "name": v} for k, v in attachments]
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, school, key] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------

C(1, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-b3",
  when="2026-01-27 10:40", location="Remote learning day (snow closure), Zoom, Period 3 Algebra II",
  name="Marcus Wheeler", school="TechBoston Academy", grade=10,
  extra={"home_language": "Haitian Creole"},
  desc="""During the remote learning day on 1/27 (snow closure) Marcus was in my Period 3 Algebra II
  Zoom with his camera on. At about 10:40 he leaned back and I could clearly see a black handgun
  sitting on the dresser behind him, next to a phone charger. He picked it up, pointed it toward the
  camera for maybe two seconds and said "y'all see this" before another student typed LOL in the
  chat. I moved everyone into breakout rooms and called the AP. Marcus left the meeting at 10:43.
  The window behind him showed the Codman Square library sign, so he is probably at the Washington
  St apartment that is listed in Aspen. His grandmother answered when we called home and mostly
  spoke Haitian Creole. Screenshot saved by Ms. Ocampo, who was co-teaching.""",
  attachments=[("photo", "zoom_screenshot_p3_0127.png")],
  mnc=["Codman Square", "Washington St", "Haitian", "Creole"], key="handgun",
  mct=["black handgun", "on the dresser", "y'all see this"],
  cats=["neighborhood", "language"], tags=["allow_weapon", "webcam", "structured_field", "precision_trap"])

C(2, "allow", ground="weapon", weapon="knife", recipient="bpd/district-d14",
  when="2025-11-05 08:05", location="Homeroom Google Meet (remote)",
  name="Tyler Brennan", school="Brighton High School", grade=9,
  desc="""Ms. Lindqvist's homeroom Google Meet, 8:05am. Tyler had his camera on and was flipping a
  big kitchen-style knife (maybe 8 in blade, wood handle), then held it up to his own throat like a
  joke and said 'one more week of this and I'm done.' Then he stabbed it into his desk. Other kids
  were screenshotting. I DM'd him to put it away and he turned his camera off. Counselor notified
  for the self harm piece too. Note: family recently came from Brazil, mom only speaks Portuguese,
  last yr the address was in the Oak Square area but they might have moved. Please send someone to
  check on him.""",
  mnc=["Brazil", "Portuguese", "Oak Square"], key="knife",
  mct=["stabbed it into his desk", "8 in blade", "one more week of this and I'm done"],
  cats=["national_origin", "language", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(3, "allow", ground="weapon", weapon="brass knuckles", recipient="bpd/district-e13",
  when="2026-03-16 07:45", location="English High School, main entrance scanners",
  name="Jaylen Price", school="English High School", grade=11,
  extra={"address": "12 Bickford St Apt 3, 02130"},
  desc="""On Thursday 3/12 Jaylen attended English 11 virtually because of his reentry plan. His
  teacher, Mr. Abernathy, observed Jaylen wearing a set of brass knuckles on his right hand while
  on camera and tapping them against the lens. When asked, Jaylen said they were "for the kid from
  the bus." On Monday 3/16, his first in-person day, SSS Dupree recovered the same brass knuckles
  (gold colored, engraved NO MERCY) from the front pocket of his backpack at the scanners. Jaylen's
  mother, who is Cape Verdean, stated that the family lives in the Mildred Hailey apartments and
  that Jaylen has been "getting problems" walking home. A still from the class recording is
  attached.""",
  mnc=["Cape Verdean", "Mildred Hailey", "Bickford St", "02130"], key="brass knuckles",
  mct=["English 11", "NO MERCY", "for the kid from the bus"],
  cats=["ethnicity", "neighborhood"], tags=["allow_weapon", "webcam", "structured_field", "precision_trap"])

C(4, "allow", ground="weapon", weapon="stun gun", recipient="bpd/district-e18",
  when="2026-02-06 09:20", location="Hybrid Physics, Microsoft Teams lab check-in",
  name="Aaliyah Grant", school="Snowden International School", grade=12,
  extra={"address": {"street": "Hyde Park Ave", "unit": "2R", "zip": "02136"}},
  desc="""Reported by Ms. Tran (Physics, hybrid section). Aaliyah had her camera on during the Teams
  lab check-in at 9:20 and was showing a black and pink stun gun to someone off screen, pressing the
  button so it sparked and crackled on the audio. She said "this is for Destiny if she tries it
  again Monday." Destiny is a 12th grader in the same section. When I asked her to put it down she
  said it was just a flashlight and left the call. I spoke to AP Morales right after. GoGuardian's
  device page shows her school Chromebook last checked in from 66.31.118.40, which it maps to Hyde
  Park, and there is a Quran on the shelf behind her in the recording, in case that helps find the
  right apartment. Recording saved to the Physics team OneDrive.""",
  mnc=["66.31.118.40", "Hyde Park", "Quran", "02136"], key="stun gun",
  mct=["sparked and crackled", "this is for Destiny if she tries it again Monday"],
  cats=["neighborhood", "religion"], tags=["allow_weapon", "webcam", "device_location", "structured_field"])

C(5, "allow", ground="weapon", weapon="pepper spray", recipient="bpd/district-b2",
  when="2026-02-24 12:35", location="Madison Park, 2nd floor hallway outside the carpentry shop",
  name="Devon Mitchell", school="Madison Park Technical Vocational High School", grade=10,
  desc="""SSS Coleman report. 2/24 approx 12:35 in the 2nd floor hallway outside the carpentry
  shop. Devon sprayed a can of pepper spray (Sabre brand, red) at a group of 3 students after an
  argument that started the night before in the Google Classroom comments on the carpentry
  assignment (screenshots from the Classroom stream attached, Devon wrote "watch tomorrow"). Two
  students had eye irritation and were flushed by the nurse, one went home. Devon handed over the
  can without a struggle. He said he carries it because of where he lives, he stays at Orchard
  Gardens and walks through there late. Dad came for pickup and talked to an uncle in Vietnamese on
  speaker the whole time.""",
  attachments=[("document", "classroom_stream_screenshots.pdf")],
  mnc=["Orchard Gardens", "Vietnamese"], key="pepper spray",
  mct=["Sabre brand", "carpentry shop", "watch tomorrow"],
  cats=["neighborhood", "language"], tags=["allow_weapon", "classroom_comment"])

C(6, "allow", ground="weapon", weapon="box cutter", recipient="bpd/district-b3",
  when="2026-01-15 07:40", location="Jeremiah E. Burke High School, front entrance",
  name="Isaiah Barnes", school="Jeremiah E. Burke High School", grade=11,
  desc="""Isaiah logged into the World Religions elective Meet on Wednesday from home (he is on a
  remote plan this month). At 1:05 PM he held a yellow box cutter up to the camera, slid the blade
  out and said into the mic "Kev you know what it is when I see you." Kevin R. is in the class and
  left the meeting upset. Thursday morning Isaiah came in for MCAS and SSS found the same yellow box
  cutter in his jacket pocket at entry. His aunt says the family is Jamaican and just moved into an
  apartment off Blue Hill Ave near Grove Hall, and that Isaiah has been beefing with Kevin since
  the summer. Meet recording timestamp is in the attached notes.""",
  mnc=["Jamaica", "Blue Hill Ave", "Grove Hall"], key="box cutter",
  mct=["World Religions elective", "yellow box cutter", "Kev you know what it is when I see you"],
  cats=["ethnicity", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(7, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-e18",
  when="2026-03-01 23:52", location="School Google Drive upload flagged by Lightspeed Alert",
  name="Angel Castillo", school="Boston Community Leadership Academy", grade=10,
  desc="""Lightspeed Alert flagged an image Angel uploaded to his school Google Drive at 11:52 PM
  Sunday, which he deleted at 12:10 AM. The image shows Angel in what looks like his bedroom
  holding a silver revolver with a wood grip, finger resting on the trigger guard, with a Dominican
  flag hanging on the wall behind him. The same room is visible on his camera in Monday's 2nd
  period Zoom; the revolver was not visible then, but he typed "still got it" in a private chat to
  another student, which the teacher could see because private chats are host-visible in the saved
  log. The admin console shows the device's last location as 42.3229, -71.0997. We have not
  contacted the family yet pending guidance.""",
  mnc=["Dominican", "42.3229", "71.0997"], key="revolver",
  mct=["silver revolver with a wood grip", "still got it", "11:52 PM Sunday"],
  cats=["ethnicity", "neighborhood"], tags=["allow_weapon", "device_monitoring", "device_location", "precision_trap"])

C(8, "allow", ground="weapon", weapon="machete", recipient="bpd/district-c6",
  when="2025-10-14 13:25", location="Teams, 6th period US History (student remote for medical reasons)",
  name="Sean Gallagher", school="Excel High School", grade=11,
  desc="""Sean was on Teams for 6th period US History (he's remote this week for a medical thing).
  He got up and came back with a machete, like 18 inches, black blade, and was swinging it toward
  his little brother off camera and laughing. The brother yelled. Then he pointed it at the camera
  and said "this is what Marco gets." Marco is a kid in the class. Sean's mom came in the room, took
  it away, and ended the call. She called me back and said it's her boyfriend's, that they're a good
  Catholic family and this isn't who Sean is, and asked us please not to let anyone at St. Brigid's
  hear about it. She said they're in the D Street projects.""",
  mnc=["Catholic", "St. Brigid", "D Street"], key="machete",
  mct=["18 inches", "this is what Marco gets"],
  cats=["religion", "neighborhood"], tags=["allow_weapon", "webcam"])

C(9, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-b2",
  when="2026-01-29 09:15", location="Grade 8 ELA Zoom (remote learning day)",
  name="Jayden Moore", school="Mission Hill K-8", grade=8,
  desc="""Grade 8 ELA Zoom, 9:15 am. Jayden flipped his camera around to show the class something
  and it showed a handgun and what looked like a loaded magazine lying on an unmade bed. He said
  "chill it's my cousin's" and flipped it back. An adult started yelling in Spanish off camera right
  after and the call dropped. I told Mr. Oyelaran (AP) right away. Jayden did not rejoin. Per the
  office the family's address in SIS is in the Mission Main development. Several students saw it
  and one (R.P.) told me Jayden showed the same gun on FaceTime last week.""",
  mnc=["Spanish", "Mission Main"], key="handgun",
  mct=["loaded magazine", "chill it's my cousin's", "on FaceTime last week"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(10, "allow", ground="weapon", weapon="expandable baton", recipient="bpd/district-a1",
  when="2025-10-21 14:30", location="Credit recovery live check-in, Zoom",
  name="Brianna Kowalski", school="Charlestown High School", grade=12,
  desc="""Brianna is remote for credit recovery (Edgenuity) with a live check-in on Zoom every
  afternoon. On 10/21 during check-in she said she was going to "crack open" a girl named Tasha at
  the Sullivan Square bus stop on Friday. She then opened a drawer, flicked out a black expandable
  baton and snapped it closed twice on camera. The credit recovery teacher told her to put it away
  and she said "I'm not playing, I got this for her." Her grandmother lives with her and I spoke to
  her by phone; she said Brianna's grandparents came from Poland and she doesn't understand the way
  kids are now. The family lives in the Bunker Hill development on Medford St.""",
  mnc=["Poland", "Bunker Hill", "Medford St"], key="expandable baton",
  mct=["Sullivan Square bus stop", "expandable baton", "I got this for her"],
  cats=["national_origin", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(11, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-a7",
  when="2026-02-11 09:50", location="3rd period Zoom (student joined by phone)",
  name="Luis Alvarado", school="East Boston High School", grade=10,
  extra={"ethnicity": "Hispanic/Latino", "birth_country": "El Salvador"},
  desc="""Luis joined 3rd period Zoom from his phone, lying on his bed. Around 9:50 he lifted his
  hoodie and showed a handgun tucked in his waistband, black with an extended magazine, said "East
  Boston High gonna learn" and laughed, then left the call. Out his bedroom window you could see the
  Orient Heights T platform, so he's in the apartments right by the station. When I called home his
  mother was crying, said they have an asylum hearing next month and please don't call the police,
  that they are Salvadoran and the older brother is the problem, not Luis. AP Reyes and SSS Lynch
  notified at 9:58.""",
  mnc=["Orient Heights", "asylum", "Salvadoran", "Hispanic", "El Salvador"], key="handgun",
  mct=["extended magazine", "East Boston High gonna learn", "tucked in his waistband"],
  cats=["neighborhood", "immigration_status", "ethnicity", "national_origin"],
  tags=["allow_weapon", "webcam", "structured_field", "precision_trap"])

C(12, "allow", ground="weapon", weapon="firearm (3D printed pistol)", recipient="bpd/district-b2",
  when="2026-02-10 10:10", location="Intro to Python, remote Tuesday, Google Meet screen share",
  name="Ethan Liu", school="John D. O'Bryant School", grade=11,
  extra={"home_language": "Cantonese", "ell_status": "Former EL (exited 2022)"},
  desc="""Ethan is in my Intro to Python section (hybrid, Tuesdays remote). On the 2/10 remote day
  he was screen-sharing his code and when he switched windows the class saw a Securly-blocked search
  for "glock switch install". Then he turned his camera to show a 3D printed pistol, grey plastic
  frame with a metal slide and barrel, and said it "fires, I tested it." His grandmother walked in
  behind him speaking Cantonese and he muted. I've attached a still. The Chromebook's check-in
  address in the admin panel is a unit in Tai Tung Village. Ethan has never been a discipline
  problem and I want that on the record too.""",
  mnc=["Cantonese", "Tai Tung", "Former EL"], key="3D printed pistol",
  mct=["Intro to Python", "glock switch install", "fires, I tested it"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "webcam", "device_location", "structured_field", "precision_trap"])

C(13, "allow", ground="weapon", weapon="karambit knife", recipient="bpd/district-d4",
  when="2026-02-20 07:35", location="Boston Arts Academy, security scanners",
  name="Nia Robinson", school="Boston Arts Academy", grade=10,
  desc="""During the Black History Month presentation run-through on Google Meet (Thursday 2/19,
  4:30 PM, optional remote rehearsal) Nia was spinning a curved karambit knife on her finger with
  her camera on. When another student, Jalisa, unmuted and said something about Nia's sister, Nia
  put the blade up against the screen and said "say it again when we're in the building tomorrow."
  Mr. Pacheco ended the rehearsal. Nia's mom told me on the phone they were at the Kingdom Hall all
  evening so Nia was home alone, and she gave a new address near Fields Corner that isn't in Aspen
  yet. On Friday Nia did come in and SSS took a karambit from her tote bag at the scanners.""",
  mnc=["Kingdom Hall", "Fields Corner"], key="karambit",
  mct=["Black History Month presentation", "say it again when we're in the building tomorrow"],
  cats=["religion", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(14, "allow", ground="weapon", weapon="rifle", recipient="bpd/district-c11",
  when="2025-12-09 10:02", location="Junior remote Tuesday, Teams video",
  name="Cody Walsh", school="Henderson K-12 Inclusion School", grade=11,
  desc="""At 10:02 in Cody's Teams video (remote Tuesday for the juniors) a black AR-style rifle
  was hanging on a rack on the wall behind him. Cody took it down, racked it and aimed it at the
  camera for about five seconds while saying "pop pop", then put it back. Two teachers saw it live
  (Ms. Fiorentino, Mr. Dube). When I called, Cody's father said the rifle is his and "legal" and
  would not say more. Our school police liaison told me Cody is affiliated with the Dot Ave Bosses,
  which is why I am flagging this as serious. There's an Irish flag next to the gun rack in the
  video. The Teams recording is saved in the junior team channel.""",
  mnc=["Dot Ave Bosses", "affiliated", "Irish"], key="rifle",
  mct=["racked it and aimed it at the camera", "pop pop"],
  cats=["gang_affiliation", "ethnicity"], tags=["allow_weapon", "webcam", "precision_trap"])

C(15, "allow", ground="weapon", weapon="switchblade", recipient="bpd/district-b3",
  when="2025-10-07 07:30", location="Boston Green Academy, entrance scanner",
  name="Samuel Diop", school="Boston Green Academy", grade=9,
  extra={"ell_level": "WIDA 1.8", "country_of_birth": "Senegal"},
  desc="""Samuel wrote a private comment on his Google Classroom Geometry assignment to Ms.
  Ferrante at 10:15 PM on 10/6: "tell Josue stop playing me or I'm using the switchblade, I'm
  serious it's in my bag every day." Ms. Ferrante forwarded it first thing in the morning. SSS
  Daley checked Samuel's bag at the scanner on 10/7 and found a black switchblade, about 4 inches
  closed, in the inside pocket. Samuel said Josue has been taking his food at lunch. Samuel is
  Senegalese, is an English learner, and his mother speaks French and Wolof; the family lives in a
  rooming house on Blue Hill Ave.""",
  mnc=["Senegal", "English learner", "French", "Wolof", "rooming house", "Blue Hill Ave", "WIDA"],
  key="switchblade",
  mct=["in my bag every day", "about 4 inches closed", "10:15 PM"],
  cats=["national_origin", "language", "neighborhood"], tags=["allow_weapon", "classroom_comment", "structured_field"])

C(16, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-b2",
  when="2026-01-16 11:05", location="Remote Friday, Precalculus Zoom",
  name="Hamza Ali", school="Excel High School", grade=11,
  desc="""Hamza was on Zoom from his phone during remote Friday (1/16) for Ms. Pereira's Precalc.
  He was laughing with someone off camera and then held up a small black semi-automatic handgun,
  dropped the magazine out, showed the bullets in it, and slid it back in. He said "for the ones at
  the park." There was a Pakistani flag and a masjid prayer-times calendar on the wall behind him.
  Ms. Pereira ended the meeting and called the office. His Chromebook has shown no activity since.
  His address is on Mount Hope St according to SIS. There was a fight last week at Franklin Park
  involving Excel students and we think that's "the park".""",
  mnc=["Pakistan", "masjid", "prayer", "Mount Hope"], key="handgun",
  mct=["dropped the magazine out", "for the ones at the park", "Franklin Park"],
  cats=["national_origin", "religion", "neighborhood"], tags=["allow_weapon", "webcam", "precision_trap"])

C(17, "allow", ground="weapon", weapon="stun gun", recipient="bpd/district-e18",
  when="2025-09-30 09:05", location="Hybrid Anatomy, Teams",
  name="Tatiana Petrova", school="Edward M. Kennedy Academy for Health Careers", grade=11,
  desc="""Tatiana, hybrid schedule. 9/30, 2nd period Anatomy on Teams: she pulled a yellow and
  black Taser-brand stun gun out of her bag, arced it next to her ear, pointed it at the camera and
  said "Monday, Kelsey, front steps." Kelsey is a classmate she fought with at the end of last year.
  When her teacher called, her mom answered in Russian and hung up. The Teams device info and the
  Find My Chromebook location point to an apartment at 42.2571, -71.1237 in Hyde Park. On Monday
  10/6 SSS found the same stun gun in Tatiana's backpack at the front steps.""",
  mnc=["Russian", "42.2571", "71.1237", "Hyde Park"], key="stun gun",
  mct=["Monday, Kelsey, front steps", "arced it next to her ear"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "webcam", "device_location"])

C(18, "allow", ground="weapon", weapon="knife", recipient="bpd/district-c11",
  when="2025-12-19 07:40", location="Henderson upper campus, front entrance",
  name="Jamari Watts", school="Henderson K-12 Inclusion School", grade=10,
  desc="""Jamari was on camera in the Zoom advisory circle (remote day 12/18). He put a long
  kitchen knife in front of the camera, then a second one, a serrated steak knife, and said "these
  for whoever jumped my brother, I know it was somebody in this school." His little brother was
  jumped on 12/15 and there is a police report. SSS Alvarez has him down as Ridge Boys. Jamari's
  Chromebook logs in every night from a network the IT department geolocates near Uphams Corner. On
  12/19 he came to school with the steak knife in his waistband and SSS took it at entry.""",
  mnc=["Ridge Boys", "Uphams Corner"], key="steak knife",
  mct=["serrated steak knife", "these for whoever jumped my brother", "in his waistband"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "webcam", "device_location"])

C(19, "allow", ground="weapon", weapon="firearm", recipient="bpd/district-a1",
  when="2026-02-12 11:18", location="Remote study hall, Teams (student on phone)",
  name="Alex Zheng", school="Josiah Quincy Upper School", grade=10,
  desc="""Alex joined Teams for remote study hall on 2/12 from his phone while walking outside. At
  11:18 he turned the camera on himself and opened his jacket to show a handgun in a shoulder
  holster, said "Josiah Quincy finna be on the news" and laughed, then ended the call. Ms. Grant
  and two students saw it. His mother speaks Mandarin, so we used the language line; the family is
  Chinese and they live in Chinatown on Hudson St. Alex did not come to school on 2/13 and his
  Chromebook has been offline since the call.""",
  mnc=["Mandarin", "language line", "Chinese", "Chinatown", "Hudson St"], key="handgun",
  mct=["shoulder holster", "Josiah Quincy finna be on the news"],
  cats=["language", "ethnicity", "neighborhood"], tags=["allow_weapon", "webcam"])

# ---------------------------------------------------------------------------------------------
# ALLOW: credible_threat
# ---------------------------------------------------------------------------------------------

C(20, "allow", ground="credible_threat", recipient="bpd/district-b2",
  when="2026-04-02 18:40", location="Evening AP Latin review session, Zoom",
  name="Omar Hassan", school="Boston Latin Academy", grade=11,
  threat="""In the Zoom chat of the evening AP Latin review (4/2, 6:40 PM) Omar posted to everyone:
  'tomorrow there's gonna be a mass shooting at BLA and I'm starting with the 3rd floor,' and a
  minute later 'not joking.'""",
  desc="""Evening AP Latin review on Zoom, 14 kids on. At 6:40 PM Omar posted in the chat to
  everyone: "tomorrow there's gonna be a mass shooting at BLA and I'm starting with the 3rd floor,"
  then "not joking." I saved the chat. I asked him to stay on; he left the meeting. I called his
  house and his older sister answered and said their mom only speaks Somali and she would tell her.
  Omar has been having conflicts with a group of boys in his homeroom since the fall, and his
  sister said their building is right on Egleston Square so he walks past those boys every day. I
  called AP Kirby and the Director of Safety at 6:55.""",
  mnc=["Somali", "Egleston Square"], key="mass shooting",
  mct=["AP Latin", "mass shooting at BLA", "3rd floor"],
  cats=["language", "neighborhood"], tags=["allow_threat", "chat", "precision_trap"])

C(21, "allow", ground="credible_threat", recipient="bpd/district-c6",
  when="2026-02-04 13:12", location="Grade 10 hybrid block, Teams class chat",
  name="Kenny Ruiz", school="Excel High School", grade=10,
  threat="""Teams class chat, 2/4 1:12 PM: 'bring a strap tmrw and I'm airing out the 2nd floor,
  don't come to school'; by DM to a classmate: 'fr tho.' Kenny has talked about having access to
  'whatever I need.'""",
  desc="""Ms. Halloran (his English teacher) forwarded me this Teams chat from the hybrid 10th grade
  block on 2/4 at 1:12 PM. Kenny wrote in the class chat "bring a strap tmrw and I'm airing out the
  2nd floor, don't come to school" and in a DM to another student "fr tho." He has been refusing to
  come in on in-person days since a fight on the bus. He is an English learner (level 3) and his
  family is Puerto Rican; mom works nights. Mom confirmed they still live in Old Colony. I'm
  concerned because his cousin was shot last summer and Kenny has talked about having access to
  "whatever I need.\"""",
  mnc=["English learner", "Puerto Ric", "Old Colony"], key="2nd floor",
  mct=["his English teacher", "airing out the 2nd floor", "whatever I need"],
  cats=["language", "ethnicity", "neighborhood"], tags=["allow_threat", "chat", "precision_trap"])

C(22, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-02-09 23:48", location="Google Classroom, private comment on Biology assignment",
  name="Malik Johnson", school="Dearborn STEM Academy", grade=9,
  threat="""Private comment on the Google Classroom Biology assignment (2/9, 11:48 PM) to Ms.
  Okonkwo: 'keep failing me and watch what happens to you and your car, I know where you park and
  what time you leave.'""",
  desc="""Ms. Okonkwo (Biology) came to me at 7:15 this morning shaking. Last night at 11:48 PM
  Malik left a private comment on her Google Classroom assignment: "keep failing me and watch what
  happens to you and your car, I know where you park and what time you leave." Ms. Okonkwo parks on
  the street behind the school and leaves around 4:30 most days. Malik was removed from her class
  last week for threatening a classmate. IT pulled the login record: the comment came from his
  school Chromebook on a home connection that geolocates to Mattapan. When we reached his mother
  she said she would be talking to the people at Morning Star Baptist about him. Malik is in school
  today and is with the AP.""",
  mnc=["Mattapan", "Morning Star", "Baptist"], key="I know where you park",
  mct=["I know where you park", "11:48 PM", "leaves around 4:30"],
  cats=["neighborhood", "religion"], tags=["allow_threat", "classroom_comment", "device_location"])

C(23, "allow", ground="credible_threat", recipient="bpd/district-b2",
  when="2026-03-06 12:10", location="Hybrid Chemistry, Zoom (student unmuted)",
  name="Tavon Reed", school="Boston Green Academy", grade=11,
  threat="""Heard over Tavon's unmuted microphone during hybrid Chemistry on Zoom, 3/6 12:10 PM:
  'nah I'm bringing the blick Monday, Jaquan gonna be laid out in the cafeteria.' 'Blick' is slang
  for a gun; Tavon and Jaquan fought on 2/12.""",
  desc="""Hybrid Chemistry, Friday 3/6, 12:10. Tavon forgot to mute. Everyone heard him say to
  somebody in the room with him, "nah I'm bringing the blick Monday, Jaquan gonna be laid out in the
  cafeteria." Then he noticed the mic and left. Jaquan is in 11th grade here; he and Tavon fought in
  February. A parent of another student who was on the call emailed the principal within the hour.
  Tavon's dad told me on the phone that Tavon was born in Cape Verde, came here at 9, and speaks
  Kriolu with his grandmother, who was probably who he was talking to. Tavon is marked present
  today.""",
  mnc=["Cape Verde", "Kriolu"], key="blick",
  mct=["forgot to mute", "Jaquan gonna be laid out in the cafeteria"],
  cats=["national_origin", "language"], tags=["allow_threat", "voice"])

C(24, "allow", ground="credible_threat", recipient="bpd/district-b2",
  when="2025-11-13 14:37", location="School climate Google Form (advisory, remote day)",
  name="Priya Desai", school="Fenway High School", grade=10,
  threat="""Google Form response from Priya's account, 11/13 2:37 PM: 'there are 2 pipe bombs in the
  building set for Friday 10 am. evacuate or don't, your choice.' Her Chromebook history shows
  searches for how to make a pipe bomb the same week.""",
  desc="""At 2:37 PM on 11/13 a response came in to the school climate Google Form (the one
  students fill out in advisory) that said "there are 2 pipe bombs in the building set for Friday 10
  am. evacuate or don't, your choice." The form records the Google login for internal use; it was
  Priya's account, submitted from her Chromebook. The 10th grade advisory met remotely that day.
  When we called her in she said she was stressed and it was a joke, but the Chromebook history
  (Securly) also shows searches for "how to make a pipe bomb with" and "does a school metal detector
  detect pipe". Her parents are on H-1B visas and were very worried about what this means for them;
  they live in Jamaica Plain near Hyde Square. We are treating it as credible and have swept the
  building.""",
  mnc=["H-1B", "visas", "Jamaica Plain", "Hyde Square"], key="pipe bombs",
  mct=["2 pipe bombs in the building set for Friday 10 am", "how to make a pipe bomb"],
  cats=["immigration_status", "neighborhood"], tags=["allow_threat", "device_monitoring"])

C(25, "allow", ground="credible_threat", recipient="bpd/district-d14",
  when="2026-04-30 09:40", location="Shared Google Doc (school account), remote advisory",
  name="Jake Morrison", school="Brighton High School", grade=11,
  threat="""Google Doc titled 'list' created by Jake: six 11th-grade students' names, three crossed
  out, with notes 'first, in the auditorium during rehearsal' and 'use dads .22'. Jake's father owns
  firearms; rehearsal is Thursday 5/7.""",
  desc="""A student on stage crew, Lily A., showed Ms. Cho a Google Doc that Jake had shared with
  her by mistake titled "list." It had 6 names of students from the 11th grade, 3 of them crossed
  out, with notes like "first, in the auditorium during rehearsal" and "use dads .22". Doc history
  shows Jake created it on 4/28 from his school account and last edited it during remote advisory
  on 4/30. Jake is also on stage crew and rehearsal is Thursday. His father is a gun owner per a
  note in the file from 2024. Jake's family came as refugees from Ukraine in 2022 and mom told the
  counselor Jake "has seen things." The doc has been preserved; Jake is being kept home pending
  this.""",
  mnc=["refugee", "Ukrain"], key="auditorium",
  mct=["stage crew", "in the auditorium during rehearsal", "use dads .22"],
  cats=["immigration_status", "national_origin"], tags=["allow_threat", "shared_doc", "precision_trap"])

C(26, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-03-07 01:14", location="Google Doc on school Chromebook (Gaggle alert)",
  name="Xavier Campbell", school="Community Academy of Science and Health", grade=10,
  extra={"device": {"asset_tag": "CB-24-11873", "last_network": "home Wi-Fi, Morton St"}},
  threat="""Typed into a Google Doc named 'me' on Xavier's school Chromebook, Saturday 1:14 AM:
  'monday I'm ending it for me and for DeAndre and whoever is with him. got it from my uncle
  already, its under my bed.' Same night searches: 'how many bullets in a 9mm clip' and 'what time
  does CASH let out'.""",
  desc="""Gaggle alert at 1:14 AM Saturday (severity: Possible Student Situation). Xavier typed into
  a Google Doc called "me" on his school Chromebook: "monday I'm ending it for me and for DeAndre
  and whoever is with him. got it from my uncle already, its under my bed." His search history the
  same night includes "how many bullets in a 9mm clip" and "what time does CASH let out". I reached
  mom at 8 AM Saturday; she said he was asleep, she hadn't seen anything, and that she can't have
  police at the house because she's undocumented. She is Haitian and the family lives on Morton
  St. The Chromebook was last online from home at 1:40 AM.""",
  mnc=["undocumented", "Haitian", "Morton St"], key="9mm",
  mct=["its under my bed", "how many bullets in a 9mm clip", "1:14 AM Saturday"],
  cats=["immigration_status", "ethnicity", "neighborhood"],
  tags=["allow_threat", "device_monitoring", "structured_field"])

C(27, "allow", ground="credible_threat", recipient="bpd/district-b2",
  when="2026-02-26 10:20", location="Grade 7 Math, Zoom breakout room 4 (remote learning day)",
  name="Zoe Carter", school="Mission Hill K-8", grade=7,
  threat="""In a Zoom breakout room, 2/26 about 10:20 AM, Zoe said: 'when we go back I'm gonna stab
  Ms. Keane in her neck with my compass, I swear to God.' Zoe was suspended in October for poking a
  student with a compass.""",
  desc="""I popped into breakout room 4 during 7th grade Math (remote learning day for the storm,
  2/26) and before the kids noticed me Zoe was saying "when we go back I'm gonna stab Ms. Keane in
  her neck with my compass, I swear to God." The other two kids laughed nervously. When she saw me
  she said it was a joke. Zoe carries a drawing compass and was suspended in October for poking a
  student with one. Her mom told me over the phone that Zoe is fasting for Ramadan and gets cranky,
  that the family goes to the mosque every night this month, that they are Albanian, and that she
  doesn't want this on Zoe's record.""",
  mnc=["Ramadan", "mosque", "Albanian"], key="compass",
  mct=["stab Ms. Keane in her neck with my compass", "I swear to God"],
  cats=["religion", "ethnicity"], tags=["allow_threat", "voice", "precision_trap"])

C(28, "allow", ground="credible_threat", recipient="bpd/district-e13",
  when="2025-12-03 14:02", location="Teams direct message during remote advisory",
  name="Andre Baptiste", school="English High School", grade=10,
  extra={"gang_flag": "Greenhill - verified by SSO 2025"},
  threat="""Teams direct message from Andre to another student, 12/3 2:02 PM: 'u think its funny?
  forest hills busway 3:15 today, i got something for u this time,' with a photo of a black pistol
  on a bed.""",
  desc="""Teams DM from Andre to Jamal W. at 2:02 PM on 12/3 during remote advisory, which Jamal's
  mom forwarded to us: "u think its funny? forest hills busway 3:15 today, i got something for u
  this time." He attached a photo of a black pistol on a bed. Jamal was scared and did not go to the
  busway; his mother picked him up. Andre did not log in to advisory the rest of the week. SSS Ortiz
  believes Andre is gang-involved (Greenhill) and that this connects to a shooting near Franklin
  Hill, where Andre lives with his grandmother. We did not contact MBTA police ourselves.""",
  mnc=["gang-involved", "Greenhill", "Franklin Hill"], key="pistol",
  mct=["forest hills busway 3:15", "black pistol"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_threat", "chat", "structured_field", "precision_trap"])

C(29, "allow", ground="credible_threat", recipient="bpd/district-b2",
  when="2026-03-15 21:03", location="Google Classroom stream, Automotive theory",
  name="Gabriel Ortiz", school="Madison Park Technical Vocational High School", grade=11,
  extra={"immigration": {"status": "unaccompanied minor", "arrival": "2024-08-19"}, "lep": True},
  threat="""Google Classroom stream post by Gabriel, Sunday 3/15 9:03 PM: a photo of bullets with
  the text 'for mr dwyer, u better pass me.' Gabriel has told students he has 'a piece' (a gun).""",
  desc="""Gabriel posted on the Classroom stream of my Automotive theory class at 9:03 PM Sunday: a
  picture of a handful of bullets on a table and the words "for mr dwyer, u better pass me." I teach
  the class; I am Mr. Dwyer. I screenshotted it before he deleted it at 9:10. Gabriel has told other
  students he has "a piece." He is 17, arrived from Guatemala last year, and his caseworker says he
  has no papers and speaks mostly K'iche' with some Spanish. He lives with an uncle in an apartment
  on Dudley St. I do not feel safe teaching him in person on Tuesday.""",
  mnc=["Guatemala", "arrived from", "no papers", "K'iche", "Spanish", "Dudley St", "unaccompanied",
       "2024-08-19"],
  key="bullets",
  mct=["for mr dwyer, u better pass me", "handful of bullets", "9:03 PM Sunday"],
  cats=["national_origin", "immigration_status", "language", "neighborhood"],
  tags=["allow_threat", "classroom_comment", "structured_field"])

C(30, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-01-22 16:22", location="Virtual after-school SAT prep, Zoom private chat",
  name="Kiara Santos", school="Snowden International School", grade=11,
  threat="""Zoom private chat from Kiara to a classmate, 1/22 4:22 PM: 'keep my name out ur mouth.
  ima bring my brothers glock to the game sat and u gonna see.' The game is the girls' basketball
  game at the Reggie Lewis Center on Saturday 1/24.""",
  desc="""Kiara and Maya G. were in the same Zoom for SAT prep (virtual after-school). The host
  settings save private chats to the log. At 4:22 PM Kiara sent Maya: "keep my name out ur mouth.
  ima bring my brothers glock to the game sat and u gonna see." Saturday is the girls' basketball
  game at the Reggie Lewis Center. Maya did not see it until later and told her mom. Kiara has had a
  running conflict with Maya since Maya posted about her on Instagram. Kiara's mom says Kiara can't
  go to the game anyway because they're Seventh-day Adventist and keep the Sabbath, and that they
  live on Columbia Rd.""",
  mnc=["Adventist", "Sabbath", "Columbia Rd"], key="glock",
  mct=["brothers glock", "Reggie Lewis Center", "4:22 PM"],
  cats=["religion", "neighborhood"], tags=["allow_threat", "chat", "precision_trap"])

C(31, "allow", ground="credible_threat", recipient="bpd/district-c11",
  when="2025-12-09 11:30", location="Grade 8 Science, Google Meet screen share (remote day)",
  name="Tristan Bui", school="Lilla G. Frederick Middle School", grade=8,
  threat="""Google Keep note seen during Tristan's screen share on 12/9: 'thursday. bring the knife
  in my sock. Ethan first bc he told. then whoever.'""",
  desc="""Grade 8 Science, Google Meet (remote day 12/9 because of the heating failure). Tristan
  shared his screen to present his slides and the class saw an open Google Keep note titled "plan"
  that said: "thursday. bring the knife in my sock. Ethan first bc he told. then whoever." He closed
  it within seconds but three students and I saw it and one student took a photo of her screen.
  There was also a Buddhist altar with incense behind him on camera. Tristan lives in Savin Hill per
  the bus list. There are no metal detectors at the Frederick.""",
  mnc=["Buddhist", "Savin Hill"], key="knife",
  mct=["bring the knife in my sock", "Ethan first bc he told", "Google Keep note"],
  cats=["religion", "neighborhood"], tags=["allow_threat", "screen_share"])

C(32, "allow", ground="credible_threat", recipient="bpd/district-d14",
  when="2025-10-08 10:30", location="9th grade town hall, Zoom",
  name="Mateo Fernandes", school="Brighton High School", grade=9,
  threat="""During the 10/8 9th-grade Zoom town hall, a participant logged in with Mateo's school
  account appeared in a ski mask holding what appeared to be a black handgun and said 'Brighton High,
  Friday, I'm not playing.'""",
  desc="""During the 9th grade town hall on Zoom (about 180 students and staff) on 10/8 at 10:30, a
  participant renamed "ur worst nightmare" turned on their camera wearing a ski mask and holding
  what looked like a black handgun, and said "Brighton High, Friday, I'm not playing." The host
  removed them after about 20 seconds. Zoom's participant report shows the account was Mateo's
  school login, from his school-issued Chromebook. IT checked and the laptop's IP resolves to a
  Comcast address in Allston. Mateo's mother needs a Spanish interpreter for calls; her family is
  Colombian. Mateo has been absent since.""",
  mnc=["Allston", "Spanish", "interpreter", "Colombia"], key="handgun",
  mct=["ski mask", "Brighton High, Friday, I'm not playing", "ur worst nightmare"],
  cats=["neighborhood", "language", "ethnicity"], tags=["allow_threat", "webcam", "device_location", "precision_trap"])

C(33, "allow", ground="credible_threat", recipient="bpd/district-e18",
  when="2026-01-14 13:50", location="11th grade Teams meeting chat",
  name="Jordan Pierce", school="New Mission High School", grade=11,
  threat="""In the 11th grade Teams meeting chat, 1/14 1:50 PM: 'I'm coming to 2nd lunch with the AK,
  tell Ms. Baptiste she first.' Ms. Baptiste is a lunch monitor who reported him for fighting.""",
  desc="""Jordan was removed from the 11th grade Teams meeting for cursing at 1:48. At 1:50 he
  rejoined from a second account and typed in the meeting chat "I'm coming to 2nd lunch with the
  AK, tell Ms. Baptiste she first". Ms. Baptiste is the lunch monitor who wrote him up for fighting.
  The second account was his personal Gmail but the Teams sign-in log ties it to his school
  Chromebook serial. His grandfather told SSS that Jordan has been saying crazy things since his
  brother was shot, that the family is from Trinidad, and that they moved to Dorchester in the
  summer. Jordan is on the roster for lunch B tomorrow.""",
  mnc=["Trinidad", "Dorchester"], key="2nd lunch",
  mct=["2nd lunch with the AK", "tell Ms. Baptiste she first"],
  cats=["national_origin", "neighborhood"], tags=["allow_threat", "chat", "precision_trap"])

C(34, "allow", ground="credible_threat", recipient="bpd/district-d4",
  when="2026-05-06 22:15", location="Google Classroom assignment submission, creative writing",
  name="Harper Quinn", school="Boston Arts Academy", grade=11,
  threat="""Creative writing submission in Google Classroom, 5/6: a first-person story of bringing
  her father's shotgun into the black box theater during the spring showcase (5/14) and shooting
  named classmates, ending 'this isn't fiction.' Her father owns a shotgun.""",
  desc="""The creative writing assignment Harper submitted in Google Classroom on 5/6 was a
  first-person "story" about a girl who brings her father's shotgun into the black box theater during
  the spring showcase and shoots specific people. The people have the real first names of students
  in her ensemble (Sofia, Marcus, Ren) and the details match our building exactly (the side door by
  the loading dock, the keypad code on the costume room). At the end she wrote "this isn't fiction."
  The showcase is 5/14. Her mom says her dad does own a shotgun for hunting. Mom also mentioned the
  family is Armenian and very involved in their Orthodox church, and that they live in Roslindale
  near the square.""",
  mnc=["Armenian", "Orthodox", "Roslindale"], key="shotgun",
  mct=["this isn't fiction", "loading dock", "black box theater"],
  cats=["ethnicity", "religion", "neighborhood"], tags=["allow_threat", "classroom_comment", "precision_trap"])

C(35, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-01-20 22:41", location="School Chromebook (GoGuardian Beacon alert)",
  name="Rashad Coleman", school="Jeremiah E. Burke High School", grade=10,
  extra={"device": {"serial": "5CD12Q8XJ", "last_location": "Bowdoin St & Topliff St"}},
  threat="""On his school Chromebook, Tuesday 1/20 10:41 PM, Rashad searched 'how to get a gun in
  boston without id' and 'burke high school floor plan' and typed in a Discord tab: 'they gonna
  remember my name thursday. im not going out alone.'""",
  desc="""GoGuardian Beacon escalated an alert to me at 10:41 PM Tuesday. On his school Chromebook
  Rashad searched "how to get a gun in boston without id" and "burke high school floor plan", then
  typed in a Discord tab: "they gonna remember my name thursday. im not going out alone." Beacon's
  screenshot is attached. I called the home at 10:55 and spoke to his father, who said Rashad was
  asleep. Dad said they are Nigerian, that Rashad's mother is back in Nigeria right now, and that he
  works overnights so Rashad is alone a lot. The address on file is on Bowdoin St. Rashad has been
  bullied badly this year.""",
  mnc=["Nigeria", "Bowdoin St", "Topliff"], key="gun",
  mct=["how to get a gun in boston without id", "they gonna remember my name thursday", "10:41 PM Tuesday"],
  cats=["national_origin", "neighborhood"], tags=["allow_threat", "device_monitoring", "structured_field", "precision_trap"])

C(36, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-03-03 07:02", location="Google Chat (school accounts), flagged by Gaggle",
  name="Kayla Brooks", school="Mildred Avenue K-8 School", grade=8,
  threat="""Google Chat messages from Kayla, 3/3 7:02 AM: 'the bus lady put hands on me yesterday.
  today im putting this blade in her when she stops at the corner.' and 'my sisters razor, its in my
  bookbag.'""",
  desc="""Google Chat messages between Kayla and two friends (school accounts) were flagged by
  Gaggle on 3/3 at 7:02 AM: "the bus lady put hands on me yesterday. today im putting this blade in
  her when she stops at the corner." Second message: "my sisters razor, its in my bookbag." SSS met
  bus 441 at arrival and found a single-edge razor blade wrapped in tape in Kayla's bookbag. The
  driver, Ms. Fontaine, was not hurt. Kayla's grandmother speaks Amharic, so the family liaison
  called her. Kayla lives in the Lucerne St apartments and gets picked up there.""",
  mnc=["Amharic", "Lucerne St"], key="razor blade",
  mct=["single-edge razor blade wrapped in tape", "bus 441"],
  cats=["language", "neighborhood"], tags=["allow_threat", "chat", "device_monitoring"])

C(37, "allow", ground="credible_threat", recipient="bpd/district-e18",
  when="2026-03-18 12:40", location="5th period English 10, Zoom (building closed, water main break)",
  name="Noah Silva", school="Boston Community Leadership Academy", grade=10,
  extra={"home_language": "Portuguese"},
  threat="""On 3/18 during 5th period on Zoom, Noah renamed himself 'shooting up BCLA 3/20 no cap'
  and after being removed rejoined and typed 'it was a joke... or was it'. A friend says Noah has
  access to his uncle's hunting rifles.""",
  desc="""On 3/18 in 5th period English 10 (Ms. Day's class was on Zoom because of the water main
  break) Noah renamed himself in the participant list to "shooting up BCLA 3/20 no cap". It stayed
  up about 4 minutes before Ms. Day noticed. Several students screenshotted it and it is now on
  Snapchat. When Ms. Day removed him he rejoined as "noah" and typed "it was a joke... or was it".
  Dad says Noah is a good boy and they're a quiet family from the Azores who don't want trouble, mom
  speaks Portuguese only, and they live by Maverick Square. According to Noah's friend, Noah has
  access to his uncle's apartment where there are hunting rifles.""",
  mnc=["Azores", "Portuguese", "Maverick Square"], key="shooting up BCLA",
  mct=["English 10", "shooting up BCLA 3/20 no cap", "it was a joke... or was it"],
  cats=["national_origin", "language", "neighborhood"], tags=["allow_threat", "chat", "structured_field", "precision_trap"])

C(38, "allow", ground="credible_threat", recipient="bpd/district-c11",
  when="2026-01-11 21:30", location="Google Slides submitted to Advisory (Google Classroom)",
  name="Imani Wallace", school="TechBoston Academy", grade=10,
  threat="""Google Slides turned in to Advisory: a yearbook photo of a classmate with a target drawn
  over it, a photo of a gun on a bed, and the words 'after school friday at the Fields Corner T, wear
  something u dont mind bleeding on'.""",
  desc="""Imani turned in a Google Slides "project" in Advisory with 4 slides: a photo of Destinee
  K. from the yearbook with a target drawn over it, a photo of a gun on a bed, the words "after
  school friday at the Fields Corner T, wear something u dont mind bleeding on", and a laughing
  emoji. Advisory teacher Mr. Haddad found it while grading Sunday night. Imani has posted before
  that she is Lo-Town for life. Her mom says they live on Talbot Ave and that Imani and Destinee were
  best friends until last month.""",
  mnc=["Lo-Town", "Talbot Ave"], key="gun",
  mct=["Fields Corner T", "wear something u dont mind bleeding on"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_threat", "classroom_comment", "precision_trap"])

C(39, "allow", ground="credible_threat", recipient="bpd/district-e5",
  when="2025-07-16 10:15", location="Summer Learning Academy, virtual ELA block, Zoom chat",
  name="Elias Khoury", school="Snowden International School", grade=10,
  threat="""Zoom chat, visible to all, 7/16/2025: 'if Ms. Grady gives me another zero I'm gonna bring
  my dads hunting rifle to the last day party and shoot her and the principal'. Two rifles are kept
  at the family home in West Roxbury.""",
  desc="""Summer Learning Academy, virtual ELA block, 7/16/2025. Elias typed in the Zoom chat,
  visible to everyone, "if Ms. Grady gives me another zero I'm gonna bring my dads hunting rifle to
  the last day party and shoot her and the principal". About 12 students saw it. Ms. Grady ended the
  session. Elias's father confirmed there are two rifles in the house in a locked cabinet and says
  Elias doesn't know the code, but Elias told a classmate he does. The family is Lebanese and very
  involved at their Maronite church, and they live in West Roxbury; dad asked that the church not
  find out.""",
  mnc=["Leban", "Maronite", "West Roxbury"], key="hunting rifle",
  mct=["last day party", "shoot her and the principal", "locked cabinet"],
  cats=["ethnicity", "religion", "neighborhood"], tags=["allow_threat", "chat", "threat_statement_leak"])

C(40, "allow", ground="credible_threat", recipient="bpd/district-c11",
  when="2026-01-21 09:35", location="3rd period Geometry, Zoom annotation on teacher's screen share",
  name="Bryan Tapia", school="Henderson K-12 Inclusion School", grade=10,
  threat="""Using Zoom's annotate tool on the teacher's shared slide, Bryan drew a gun pointed at Ms.
  Holt's name and wrote 'POW 3rd period 2morrow'. His mother says a gun is kept in the apartment.""",
  desc="""Bryan used Zoom's annotate tool during Ms. Holt's screen share in 3rd period Geometry
  (remote Wednesday). He drew a gun pointing at Ms. Holt's name and wrote "POW 3rd period 2morrow"
  across the slide. Ms. Holt saved the annotated slide. He was suspended in December for bringing a
  knife. Mom told the AP that Bryan's older brother has DACA and "can't be involved with police",
  and that the brother keeps a gun in their apartment on Dorchester Ave. Mom said the family is
  Mexican.""",
  mnc=["DACA", "Dorchester Ave", "Mexic"], key="POW 3rd period 2morrow",
  mct=["annotate tool", "POW 3rd period 2morrow", "keeps a gun"],
  cats=["immigration_status", "neighborhood", "ethnicity"], tags=["allow_threat", "screen_share"])

C(41, "allow", ground="credible_threat", recipient="bpd/district-b3",
  when="2026-01-09 14:30", location="Advisory SEL check-in, Google Form (remote Friday)",
  name="Aiden Cruz", school="Dearborn STEM Academy", grade=9,
  threat="""Aiden's answer to the weekly check-in form, 1/9: 'not good. Im done and im not going
  alone, Roberto and them will find out monday at dismissal. i know where my moms boyfriend keeps the
  gun.' The gun is kept in their apartment in the Mission Hill projects.""",
  desc="""Weekly SEL check-in Google Form in advisory (remote Friday 1/9). Question: "How are you
  really doing?" Aiden answered: "not good. Im done and im not going alone, Roberto and them will
  find out monday at dismissal. i know where my moms boyfriend keeps the gun." The counselor saw it
  at 2:30. Aiden's camera during advisory showed a window view of the Mission Hill projects, which
  matches the address in Aspen. Mom's boyfriend is Honduran and mom speaks Spanish; the counselor
  called her with our Spanish-speaking para. Aiden has been in a long conflict with Roberto M. and
  his friends.""",
  mnc=["Mission Hill", "Hondura", "Spanish"], key="gun",
  mct=["Im done and im not going alone", "monday at dismissal"],
  cats=["neighborhood", "national_origin", "language"], tags=["allow_threat", "webcam", "threat_statement_leak"])

C(42, "allow", ground="credible_threat", recipient="bpd/district-c11",
  when="2025-10-28 20:57", location="7th grade Google Classroom stream",
  name="Lucas Almeida", school="Joseph Lee K-8", grade=7,
  threat="""Google Classroom stream post, Tuesday 10/28 8:57 PM: 'tomorrow in gym i'm bringing my
  dad's hunting knife and Gabe is getting stabbed, everybody watch.' The father owns a large hunting
  knife.""",
  desc="""On the 7th grade Google Classroom stream (students can post to it), Lucas posted at 8:57 PM
  Tuesday: "tomorrow in gym i'm bringing my dad's hunting knife and Gabe is getting stabbed,
  everybody watch." The post had 11 'likes' from other kids before Ms. Sheehan deleted it around
  9:30. Gabe's mother called the school in a panic. When Mr. Bui reached Lucas's father, the father
  answered in Portuguese and put Lucas's older sister on; she said the family was at Assembly of God
  all evening and Lucas was home alone, and confirmed their dad owns a big hunting knife. Lucas
  lives on Adams St. We are holding Lucas out of gym for now.""",
  mnc=["Portuguese", "Assembly of God", "Adams St"], key="hunting knife",
  mct=["Gabe is getting stabbed", "11 'likes'", "8:57 PM Tuesday"],
  cats=["language", "religion", "neighborhood"], tags=["allow_threat", "classroom_comment"])

C(43, "allow", ground="credible_threat", recipient="bpd/district-a1",
  when="2026-03-26 06:12", location="School Gmail, message to all staff",
  name="Owen Kelley", school="Charlestown High School", grade=11,
  threat="""Email from Owen's school Gmail to all teachers, 3/26 6:12 AM: 'there's a bomb in the 3rd
  floor boys bathroom and another one in the auditorium, set for 10:30, this is for Mr. Carr.'""",
  desc="""At 6:12 AM on 3/26 an email from Owen's school Gmail went to every Charlestown High
  teacher (he typed "all staff" in the To: line and it autocompleted): "there's a bomb in the 3rd
  floor boys bathroom and another one in the auditorium, set for 10:30, this is for Mr. Carr." Mr.
  Carr gave Owen an F and reported him for cheating. We evacuated at 7:05 with BPD and BFD and
  nothing was found. Owen's Chromebook search history from the night before includes "how to make a
  bomb threat untraceable" and "does school gmail get tracked." Owen's mother told the AP she is
  undocumented, from Ireland, and terrified of police coming to the house.""",
  mnc=["undocumented", "Ireland"], key="bomb",
  mct=["3rd floor boys bathroom", "this is for Mr. Carr", "how to make a bomb threat untraceable"],
  cats=["immigration_status", "national_origin"], tags=["allow_threat", "device_monitoring"])

# ---------------------------------------------------------------------------------------------
# ALLOW: drugs
# ---------------------------------------------------------------------------------------------

C(44, "allow", ground="drugs", substances=["fentanyl"], recipient="bpd/district-b2",
  when="2025-11-20 10:30", location="Health Careers Zoom (hybrid cohort, remote day)",
  name="Jalen Hughes", school="Madison Park Technical Vocational High School", grade=11,
  desc="""During the Zoom for Health Careers (hybrid cohort, remote on 11/20), Jalen's camera
  showed a ziploc of small blue pills stamped "M 30" on his desk. Then in the Zoom chat he sent a
  private message to another student (the teacher saw it in the host log): "blues 15 a piece, real
  percs, hmu after." SSS was contacted. On his next in-person day he was searched and had 9 blue
  M30 pills in a Tic Tac box; the nurse says these are almost certainly pressed fentanyl. His grandma,
  who is from Barbados, raised him and lives with him in the Whittier Street development. He says
  the pills were "for a friend.\"""",
  mnc=["Barbados", "Whittier Street"], key="fentanyl",
  mct=["9 blue M30 pills", "Tic Tac box", "blues 15 a piece"],
  cats=["national_origin", "neighborhood"], tags=["allow_drugs", "webcam", "chat"])

C(45, "allow", ground="drugs", substances=["Xanax"], recipient="bpd/district-b2",
  when="2026-01-23 08:20", location="Boston Latin Academy, girls' bathroom, 2nd floor",
  name="Sophie Marchetti", school="Boston Latin Academy", grade=11,
  desc="""Gaggle flagged a Google Chat thread (school accounts) from 1/21 to 1/23 in which Sophie is
  selling "bars" to three 10th graders: "2 for 10, 5 for 20, meet me by the Latin III room before
  homeroom" and "u can pay w a visa gift card too." One 10th grader, C.M., was found barely
  responsive in the girls' bathroom on 1/23 after taking two; she was transported to Children's and
  is ok. C.M. had a remaining white bar stamped XANAX 2 which the nurse bagged. Sophie's father, who
  is Israeli, came in and said Sophie got them from a friend; he added that they live in the North
  End and she has a long commute. Sophie admitted selling them.""",
  mnc=["Israel", "North End"], key="Xanax",
  mct=["Latin III room", "visa gift card", "XANAX 2"],
  cats=["national_origin", "neighborhood"], tags=["allow_drugs", "chat", "device_monitoring", "precision_trap"])

C(46, "allow", ground="drugs", substances=["cocaine"], recipient="bpd/district-c6",
  when="2026-04-10 11:50", location="Excel High School, 2nd floor bathroom",
  name="Gavin Doyle", school="Excel High School", grade=12,
  desc="""Credit recovery Zoom check-in with Gavin at 2:15 on 4/9. Gavin's camera was on and he did
  not realize I could see his desk: there was a mirror with several lines of white powder, a rolled
  bill, and a small baggie. He snorted one line on camera, then noticed and slammed the laptop
  shut. He texted me 20 minutes later "pls dont say nothing its just coke its not mine." I am
  reporting because the next day (4/10) he brought the same baggie to the 2nd floor bathroom and was
  caught offering it to a freshman. SSS recovered approx 1 gram. Dad told me on the phone that Gavin
  is "not a Southie Soldiers kid no matter what the cops think" and that they live at City Point.""",
  mnc=["Southie Soldiers", "City Point"], key="coke",
  mct=["rolled bill", "approx 1 gram", "2nd floor bathroom"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_drugs", "webcam"])

C(47, "allow", ground="drugs", substances=["psilocybin mushrooms"], recipient="bpd/district-c11",
  when="2026-02-13 20:30", location="Semi-formal, school gymnasium",
  name="Owen Pham", school="Snowden International School", grade=11,
  desc="""Owen had his camera on during Period 4 Chemistry review (remote Tuesday). He held up a
  big bag of dried mushrooms and said "who wants shrooms for the dance, dm me." Mr. Leclair asked
  what it was and Owen said "a turkey sandwich" and everyone laughed. On Friday at the semi-formal
  two 10th graders got sick and one told the nurse she ate mushrooms she bought from Owen. SSS found
  a sandwich bag of dried psilocybin mushrooms, about 10 grams, in Owen's coat. Owen's mom speaks
  limited English and is from Vietnam; the family lives near Neponset Circle.""",
  mnc=["limited English", "Vietnam", "Neponset"], key="psilocybin",
  mct=["a turkey sandwich", "about 10 grams", "who wants shrooms for the dance"],
  cats=["language", "national_origin", "neighborhood"], tags=["allow_drugs", "webcam", "precision_trap"])

C(48, "allow", ground="drugs", substances=["THC vape cartridge", "oxycodone"], recipient="bpd/district-b3",
  when="2026-02-03 10:15", location="Jeremiah E. Burke High School, stairwell C",
  name="Terrell Banks", school="Jeremiah E. Burke High School", grade=11,
  desc="""Lightspeed flagged photos taken with the Chromebook's native camera app on 2/2 and synced
  to Terrell's Google Drive: a THC vape cart, and an orange prescription bottle labeled oxycodone 10
  mg with someone else's name on it (an adult, not a family member per Terrell). The Drive folder is
  named "inventory." On 2/3 a 9th grader was brought to the nurse nodding off; she said Terrell gave
  her "half an oxy" in the stairwell. SSS recovered 6 round white pills marked as oxycodone from
  Terrell's bag. Terrell lives with his aunt on Geneva Ave; she said the family is from Ghana and she
  has no idea where he would get pills.""",
  mnc=["Ghana", "Geneva Ave"], key="oxycodone",
  mct=["native camera app", "half an oxy", "6 round white pills"],
  cats=["national_origin", "neighborhood"], tags=["allow_drugs", "device_monitoring", "mixed_substances", "precision_trap"])

C(49, "allow", ground="drugs", substances=["MDMA"], recipient="bpd/district-e13",
  when="2026-05-20 07:50", location="English High School, entrance",
  name="Chloe Bennett", school="English High School", grade=12,
  desc="""I'm the 12th grade dean. Screenshots from a Teams group chat of seniors (school accounts,
  set up for senior project) were turned in by a parent. Chloe wrote "molly for prom, caps 25,
  pressed 15, I got like 40" with a photo of pink pressed pills shaped like hearts and clear capsules
  of tan powder. On 5/20 SSS searched Chloe's bag at entry after a tip and found 19 capsules and 11
  pink pills; she said they were MDMA. Her parents came in. Her father asked us to keep it out of
  the Greek community and mentioned they live by Jackson Square. Chloe is a senior with no prior
  discipline.""",
  mnc=["Greek", "Jackson Square"], key="MDMA",
  mct=["shaped like hearts", "19 capsules and 11 pink pills", "caps 25"],
  cats=["ethnicity", "neighborhood"], tags=["allow_drugs", "chat"])

C(50, "allow", ground="drugs", substances=["fentanyl"], recipient="bpd/district-e13",
  when="2026-04-06 08:00", location="Fenway High School, front entrance",
  name="Dante Morales", school="Fenway High School", grade=10,
  extra={"device": {"asset_tag": "CB-22-09183", "last_seen_ip": "24.61.200.17",
                    "last_seen_city": "Jamaica Plain"}},
  desc="""Home/hospital instruction via Google Meet (Dante was on home instruction after surgery).
  On 3/24 the tutor, Ms. Arroyo, saw Dante on camera weighing a tan powder on a small digital scale
  and bagging it into tiny glassine bags stamped with a red scorpion. He told her "it's just baby
  powder for a project." Ms. Arroyo left the meeting and called me. Dante's older cousin, who lives
  with them, overstayed his visa from Peru according to Dante's mom, and mom thinks the stuff
  belongs to the cousin. Their address is on Brookside Ave. Dante returned to school 4/6 and SSS
  found 3 of the same scorpion bags in his backpack; the BPD field test at the school was positive
  for fentanyl.""",
  mnc=["visa", "Peru", "Brookside Ave", "24.61.200.17", "Jamaica Plain"], key="fentanyl",
  mct=["digital scale", "red scorpion", "it's just baby powder for a project"],
  cats=["immigration_status", "national_origin", "neighborhood"],
  tags=["allow_drugs", "webcam", "structured_field", "device_location"])

C(51, "allow", ground="drugs", substances=["LSD"], recipient="bpd/district-b2",
  when="2025-10-30 11:00", location="Field trip, New England Aquarium, charter bus",
  name="Max Feldman", school="John D. O'Bryant School", grade=11,
  desc="""A student showed Mr. Kapoor private comments on a shared Google Doc in the AP Bio
  Classroom: Max wrote to her "tabs for the field trip, 2 for 20, they're strong, cut in half if ur
  small." On the 10/30 field trip to the aquarium two students were found disoriented and both said
  they took LSD from Max on the bus. Chaperones recovered a strip of blotter paper with a cartoon sun
  print in Max's wallet (4 squares left). Max's mother asked that we consider that the family is
  Jewish and Max missed a lot of school for the holidays and has been under stress, and that they
  live on Chestnut Hill Ave.""",
  mnc=["Jewish", "Chestnut Hill Ave"], key="LSD",
  mct=["blotter paper with a cartoon sun print", "tabs for the field trip", "aquarium"],
  cats=["religion", "neighborhood"], tags=["allow_drugs", "classroom_comment"])

C(52, "allow", ground="drugs", substances=["oxycodone"], recipient="bpd/district-b2",
  when="2025-12-17 11:40", location="Mission Hill K-8, cafeteria lunch line",
  name="Ava Thompson", school="Mission Hill K-8", grade=8,
  desc="""Grade 8 homeroom on Teams, 8:10 AM 12/16. Ava showed a pill bottle to the camera, shook
  it, and said "grandma's oxys, $5 each, I'll bring them in tomorrow." Ms. Wu told her to stop and
  she left the call laughing. The next day an 8th grader, T.R., told Ms. Wu she bought two from Ava
  in the lunch line; T.R. had one left, a round white pill marked 512, which the nurse identified as
  oxycodone. Ava's grandmother is prescribed it for her hip. Grandma only speaks Arabic, so the
  family liaison called her. The family lives on Heath St near the school.""",
  mnc=["Arabic", "Heath St"], key="oxycodone",
  mct=["grandma's oxys, $5 each", "round white pill marked 512", "lunch line"],
  cats=["language", "neighborhood"], tags=["allow_drugs", "webcam"])

C(53, "allow", ground="drugs", substances=["clonazepam", "Juul pods"], recipient="bpd/district-e18",
  when="2026-01-29 07:45", location="Henderson upper campus, entrance",
  name="Yusuf Karim", school="Henderson K-12 Inclusion School", grade=10,
  desc="""In a Zoom breakout room during remote Wednesday advisory, Yusuf told two 10th graders (the
  recording was on and the teacher reviewed it the next day) "I got kpins and a juul, kpins 3 for
  10, it makes class go by." On Thursday SSS found a pill bottle with 22 yellow pills marked K 1
  (clonazepam, per the nurse) and a Juul with two pods in Yusuf's backpack. Yusuf's father said on
  the phone that they are from Iraq and waiting on their green card and asked that this not affect
  it. They live in Readville.""",
  mnc=["Iraq", "green card", "Readville"], key="clonazepam",
  mct=["22 yellow pills marked K 1", "kpins 3 for 10", "breakout room"],
  cats=["national_origin", "immigration_status", "neighborhood"], tags=["allow_drugs", "voice", "mixed_substances"])

C(54, "allow", ground="drugs", substances=["Adderall (not prescribed)"], recipient="bpd/district-b3",
  when="2026-04-30 09:30", location="Dearborn STEM Academy, room 312",
  name="Hannah Lee", school="Dearborn STEM Academy", grade=11,
  desc="""Comments on the shared "AP Calc study guide" doc in the Dearborn Classroom (4/27 to 4/29)
  show Hannah offering "study buddies" to classmates: "addy 20s, $8, $5 if u buy 5, finals special."
  One junior took two on 4/30 before a test and had chest pains; EMS checked him at school. Hannah
  had 14 orange pills marked b 973 (Adderall 20 mg) in an Altoids tin. She has no prescription.
  Her mother said the family is Korean and Presbyterian, that they live in Brighton, and that
  Hannah has been under huge pressure about college.""",
  mnc=["Korea", "Presbyterian", "Brighton"], key="Adderall",
  mct=["b 973", "Altoids tin", "chest pains"],
  cats=["ethnicity", "religion", "neighborhood"], tags=["allow_drugs", "classroom_comment"])

C(55, "allow", ground="drugs", substances=["promethazine-codeine syrup", "marijuana"], recipient="bpd/district-a7",
  when="2025-10-15 07:35", location="East Boston High School, entrance",
  name="Kevin Duarte", school="East Boston High School", grade=11,
  desc="""Kevin was on Teams for 1st period from his bed with a styrofoam double cup and a bottle of
  promethazine with codeine next to him (pharmacy label for an adult relative), also a blunt. He
  said "lean in the morning, best breakfast, I got extra for whoever." Ms. Amaral reported it. Kevin
  brought a water bottle of purple liquid to school on 10/15 and SSS confiscated it along with a
  second sealed bottle of the same syrup; he admitted selling cups for $20. Mom needs an interpreter
  for meetings, the family is from Ecuador, and they live in Jeffries Point.""",
  mnc=["interpreter", "Ecuador", "Jeffries Point"], key="codeine",
  mct=["styrofoam double cup", "selling cups for $20", "purple liquid"],
  cats=["language", "national_origin", "neighborhood"], tags=["allow_drugs", "webcam", "mixed_substances"])

C(56, "allow", ground="drugs", substances=["fentanyl"], recipient="bpd/district-b2",
  when="2026-01-08 13:10", location="Madison Park IT help desk, Chromebook repair intake",
  name="Darius Webb", school="Madison Park Technical Vocational High School", grade=10,
  extra={"home_language": "Cape Verdean Creole", "address": "18 Ceylon St Apt 2, 02121"},
  desc="""When Darius turned in his Chromebook for a cracked screen on 1/8, the IT tech (Mr.
  Sandoval) found 12 small wax-paper bags stamped "GUCCI" tucked inside the neoprene sleeve, plus a
  folded $20 with residue. BPD field-tested one bag at the school: fentanyl. Darius said the sleeve
  is his cousin's and he didn't know. Two days earlier he had posted in the Auto Tech Teams chat
  "need that? I got that, pull up." The IT asset record for the laptop lists the family's address as
  18 Ceylon St. We are holding the sleeve and bags for BPD.""",
  mnc=["Ceylon St", "Cape Verdean", "02121"], key="fentanyl",
  mct=["12 small wax-paper bags", "neoprene sleeve", "need that? I got that, pull up"],
  cats=["neighborhood", "language"], tags=["allow_drugs", "device_record", "structured_field"])

# ---------------------------------------------------------------------------------------------
# ALLOW: serious_violence
# ---------------------------------------------------------------------------------------------

C(57, "allow", ground="serious_violence", weapon="padlock in a sock", recipient="bpd/district-b3",
  when="2026-01-22 11:30", location="Jeremiah E. Burke High School, 3rd floor stairwell",
  name="Jamal Porter", school="Jeremiah E. Burke High School", grade=10,
  desc="""On 1/22 at 11:30 during the in-person hybrid day, Jamal swung a padlock inside a tube sock
  at another 10th grader, D.F., in the 3rd floor stairwell, hitting him 4 or 5 times in the head.
  D.F. had a large laceration over his left eye and was unconscious for about a minute; EMS took
  him to Boston Medical Center where he got 14 staples and was kept overnight for a skull fracture.
  The night before, Jamal posted in the grade 10 Teams chat "stairwell tmrw, bring ur mans." SSS
  Brown says Jamal is Magnolia Boys. Jamal lives in Franklin Field with his mom.""",
  mnc=["Magnolia Boys", "Franklin Field"], key="skull fracture",
  mct=["padlock inside a tube sock", "14 staples", "stairwell tmrw, bring ur mans"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_violence", "chat"])

C(58, "allow", ground="serious_violence", recipient="bpd/district-c6",
  when="2026-02-21 22:00", location="Private residence (gathering), reported via Google Classroom",
  name="Devonte Rose", school="Excel High School", grade=11,
  desc="""On 2/26 at 9:40 PM a 10th grade girl (A.R.) wrote a private comment to her English teacher
  on a Google Classroom assignment: "I can't do this essay, Devonte did something to me Saturday and
  I can't stop thinking about it." The teacher called me the next morning. A.R. met with me and the
  counselor and disclosed that Devonte forced her into sex at a gathering at a friend's house on
  2/21 after she repeatedly said no; she has bruises on her wrists, which the nurse documented.
  Devonte then messaged her on Teams "u tell anybody ur done." A.R.'s mother has been notified and
  they have gone to the Children's Advocacy Center. Devonte's guardian told me they are Cape Verdean
  and live near Hamilton St.""",
  mnc=["Cape Verdean", "Hamilton St"], key="bruises on her wrists",
  mct=["Devonte did something to me Saturday", "u tell anybody ur done", "bruises on her wrists"],
  cats=["ethnicity", "neighborhood"], tags=["allow_violence", "classroom_comment", "precision_trap"])

C(59, "allow", ground="serious_violence", recipient="bpd/district-b3",
  when="2026-03-10 14:50", location="Bus stop on Washington St across from the school",
  name="Quentin Hayes", school="TechBoston Academy", grade=10,
  desc="""On 3/10 after dismissal, at the bus stop on Washington St across from the school, Quentin
  punched 9th grader K.O. repeatedly and stomped on his head after he fell. K.O.'s jaw is broken in
  two places (wired shut at Boston Children's, per his mom) and he lost two teeth. A 17-second video
  of the assault was posted to our 9th grade Google Classroom stream from another student's account
  at 3:48 PM and was up about 40 minutes before I removed it. Quentin is clearly identifiable in the
  video by his red North Face and by his voice; several staff confirmed. Quentin's mom told me they
  are Muslim and that Quentin has "not been himself." The family is Eritrean.""",
  mnc=["Muslim", "Eritrea"], key="jaw",
  mct=["red North Face", "broken in two places", "bus stop on Washington St"],
  cats=["religion", "ethnicity"], tags=["allow_violence", "classroom_comment", "precision_trap"])

C(60, "allow", ground="serious_violence", weapon="knife", recipient="bpd/district-b2",
  when="2026-04-14 10:05", location="Madison Park, cafeteria lunch line",
  name="Kyle Dorsey", school="Madison Park Technical Vocational High School", grade=11,
  extra={"housing": "BHA - Lenox Street", "race_ethnicity": "Black or African American"},
  desc="""Serious incident, 4/14, approx 10:05, cafeteria. Kyle stabbed 11th grader J.M. once in the
  lower back with a folding knife during an argument in the lunch line. J.M. was taken by EMS to BMC
  with a punctured kidney and is in the ICU. The knife (black handle, 3.5 in blade) was recovered in
  the trash by the cafeteria door. Zoom chat logs from their remote ELA class the week before show
  Kyle writing to J.M. privately "u got one more week." SSS held Kyle until BPD arrived. His
  grandmother, who is Guyanese, says they live in the Lenox St apartments and that J.M.'s cousins
  have been after Kyle.""",
  mnc=["Guyan", "Lenox St", "BHA", "African American"], key="folding knife",
  mct=["punctured kidney", "lower back", "u got one more week"],
  cats=["ethnicity", "neighborhood"], tags=["allow_violence", "chat", "structured_field"])

C(61, "allow", ground="serious_violence", recipient="bpd/district-d14",
  when="2025-11-04 13:40", location="Brighton High School, room 207 (hybrid Spanish 2)",
  name="Hector Diaz", school="Brighton High School", grade=10,
  desc="""At 1:40 PM on 11/4, during a hybrid Spanish 2 class (half the students on Zoom, half in
  the room), Hector was asked to close a YouTube tab on the smartboard. He picked up a metal chair
  and threw it at Ms. Kowalczyk, striking her in the left temple. She fell against the radiator,
  lost consciousness briefly, and was taken by EMS to St. Elizabeth's with a concussion and a cut
  that needed 9 stitches. The students on Zoom saw the whole thing and the recording captured it.
  Hector ran out of the building. His father told the AP the family is from Nicaragua and lives in
  Faneuil, and that Hector has had anger since his mother was deported.""",
  mnc=["Nicaragua", "Faneuil", "deported"], key="concussion",
  mct=["Spanish 2", "left temple", "St. Elizabeth's"],
  cats=["national_origin", "neighborhood", "immigration_status"], tags=["allow_violence", "precision_trap"])

C(62, "allow", ground="serious_violence", weapon="firearm", recipient="bpd/district-a7",
  when="2025-12-11 14:20", location="Sidewalk outside the side entrance of East Boston High School, Marion St",
  name="Nelson Rivas", school="East Boston High School", grade=10,
  desc="""On 12/11 at about 2:20 PM Nelson struck 10th grader E.C. in the face and head several times
  with a black handgun outside the side entrance of the school on Marion St, then ran. E.C. has a
  broken orbital bone and needed surgery at Mass General. The two had argued in their remote Teams
  class that morning; Nelson wrote in the chat "outside at 2, dont run." SSS and BPD recovered a
  magazine he dropped. A counselor noted that E.C. told her Nelson is MS-13 and that both boys live
  in Eagle Hill. Nelson's aunt is his guardian; she speaks only Spanish.""",
  mnc=["MS-13", "Eagle Hill", "Spanish"], key="handgun",
  mct=["broken orbital bone", "Mass General", "outside at 2, dont run"],
  cats=["gang_affiliation", "neighborhood", "language"], tags=["allow_violence", "chat", "precision_trap"])

C(63, "allow", ground="serious_violence", recipient="bpd/district-e18",
  when="2026-02-05 14:35", location="Cleary Square bus shelter",
  name="Trevor Boyd", school="Boston Community Leadership Academy", grade=11,
  extra={"race": "Black or African American"},
  desc="""At dismissal on 2/5 Trevor and two others (not BPS students) jumped 11th grader P.S. at the
  Cleary Square bus shelter. Trevor kicked P.S. in the head while he was on the ground. P.S. had a
  brain bleed and was in the trauma ICU at Boston Children's for 3 days. The fight came from P.S.
  making fun of Trevor's room when Trevor's camera was on during remote Advisory on 2/4; a video of
  the assault is going around. Description witnesses gave SSS: Trevor is a light-skinned Black male,
  5'10, navy hoodie with a white Nike logo, grey sweatpants. Trevor lives in the Beech St apartments
  off Washington St.""",
  mnc=["light-skinned", "Black male", "Beech St", "African American"], key="brain bleed",
  mct=["Cleary Square bus shelter", "brain bleed", "kicked P.S. in the head"],
  cats=["ethnicity", "neighborhood"], tags=["allow_violence", "webcam", "structured_field", "precision_trap"])

C(64, "allow", ground="serious_violence", weapon="razor blade", recipient="bpd/district-b3",
  when="2026-05-12 09:15", location="Dearborn STEM Academy, room 214 (MCAS make-up)",
  name="Nasir Lewis", school="Dearborn STEM Academy", grade=9,
  desc="""During MCAS make-up testing in room 214 on 5/12, Nasir accused 9th grader B.T. of stealing
  his Chromebook charger and cut him across the cheek and neck with a razor blade he had taped
  inside his phone case. B.T. needed 22 stitches at BMC and the plastic surgeon said he will have a
  permanent scar. The proctor, Mr. Feeney, pressed paper towels on the wound until the nurse came.
  The two had been going at each other in the Google Classroom comments of their Algebra class for
  a week. Nasir's uncle, who came for pickup, told SSS that the family belongs to the Nation of
  Islam and "handles its own business.\"""",
  mnc=["Nation of Islam"], key="razor blade",
  mct=["22 stitches", "taped inside his phone case", "room 214"],
  cats=["religion"], tags=["allow_violence", "classroom_comment"])

C(65, "allow", ground="serious_violence", weapon="baseball bat", recipient="bpd/district-e13",
  when="2026-03-02 07:50", location="English High School, student parking lot",
  name="Rayshawn Cooper", school="English High School", grade=11,
  desc="""Around 7:50 AM on 3/2, before school, Rayshawn hit 10th grader O.W. with an aluminum
  baseball bat in the parking lot of English High. He swung at his knees first, then hit him once
  across the back of the head when he went down. O.W. has a fractured kneecap and a concussion
  (Faulkner Hospital). The dispute started when O.W. shared a screenshot of Rayshawn's Zoom
  background in a group chat and made fun of it. Rayshawn told SSS "I warned him on Teams." Dad told
  the AP they are Saint Lucian and he is here illegally, and asked us to leave him out of it. They
  live in Roxbury.""",
  mnc=["Lucian", "illegally", "Roxbury"], key="baseball bat",
  mct=["aluminum baseball bat", "fractured kneecap", "I warned him on Teams"],
  cats=["national_origin", "immigration_status", "neighborhood"], tags=["allow_violence", "webcam"])

C(66, "allow", ground="serious_violence", recipient="bpd/district-d4",
  when="2026-01-20 10:10", location="Snowden International School, 2nd floor girls' bathroom",
  name="Bianca Ramos", school="Snowden International School", grade=11,
  desc="""Bianca and 11th grader M.L. had been going back and forth in the comments on the class
  Google Slides for Global Studies (remote week of 1/12), with M.L. posting screenshots of Bianca's
  Teams background. On 1/20, the first day back in person, Bianca broke a glass Snapple bottle over
  M.L.'s head in the 2nd floor girls' bathroom and then cut her hand with the broken neck of the
  bottle. M.L. had cuts to her scalp and a deep cut across her palm that needed surgery on a tendon
  at Tufts. Bianca said "she kept posting my house." Bianca's family is Venezuelan and arrived last
  fall; they are staying at the family shelter on Washington St in Roxbury.""",
  mnc=["Venezuel", "arrived last fall", "shelter", "Roxbury"], key="glass Snapple bottle",
  mct=["glass Snapple bottle", "tendon", "she kept posting my house"],
  cats=["national_origin", "neighborhood"], tags=["allow_violence", "classroom_comment", "precision_trap"])

C(67, "allow", ground="serious_violence", weapon="metal pipe", recipient="bpd/district-c11",
  when="2026-02-27 15:10", location="Ashmont station, outbound platform",
  name="Malcolm Reyes", school="Jeremiah E. Burke High School", grade=10,
  desc="""The victim, 10th grader S.A., was attacked on 2/27 at about 3:10 PM on the outbound
  platform at Ashmont station by three males; one hit him repeatedly with a metal pipe. He has a
  fractured arm and eye socket and is at BMC. S.A. identified Malcolm as the one with the pipe, and a
  Burke teacher who was at the station recognized Malcolm's voice and his Burke lanyard. Malcolm's
  school Chromebook was open and connected to the station's public wifi at 3:08 PM per the IT log.
  The same log shows the Chromebook reconnecting at 3:40 PM to his home network on Fuller St in
  Lower Mills. Malcolm had typed "ashmont after" in a class Meet chat that morning.""",
  mnc=["Fuller St", "Lower Mills"], key="metal pipe",
  mct=["outbound platform at Ashmont station", "metal pipe", "ashmont after"],
  cats=["neighborhood"], tags=["allow_violence", "device_location", "precision_trap"])

# ---------------------------------------------------------------------------------------------
# DENY: ground not permitted
# ---------------------------------------------------------------------------------------------

C(68, "deny", ground="cyberbullying", reason="ground_not_permitted", recipient="bpd/district-e5",
  when="2025-11-21 15:00", location="Google Classroom stream, 9th grade Biology",
  name="Riley Shaw", school="Boston Latin Academy", grade=9,
  desc="""Over the week of 11/17 Riley posted a series of comments in the Google Classroom stream for
  9th grade Biology calling another student "roach" and "smelly," and edited the shared lab slides
  to paste the student's picture onto a cockroach. The student being targeted has stopped coming to
  school. Riley's parents came in and were apologetic; they live in West Roxbury and said Riley has
  been "off" since they moved over from Roslindale last spring. We would like an officer to talk to
  Riley and scare him straight before this gets worse.""",
  mnc=["West Roxbury", "Roslindale"], cats=["neighborhood"], tags=["deny_ground", "classroom_comment"])

C(69, "deny", ground="disruption", reason="ground_not_permitted", recipient="bpd/district-d14",
  when="2026-03-04 10:00", location="10th grade virtual assembly, Zoom",
  name="Hassan Idrissi", school="Brighton High School", grade=10,
  desc="""During the 10th grade virtual assembly on 3/4, someone shared their screen and played a
  pornographic clip for about 15 seconds, then typed slurs in the chat. Zoom logs show it was
  Hassan's account on his school Chromebook. Hassan admits it and says a cousin dared him. Hassan is
  an English learner who came from Morocco in 2024 and speaks Arabic at home; his parents came in
  with an interpreter and were mortified. We want BPD to follow up because there were 200 kids on
  that call and parents are calling.""",
  mnc=["English learner", "Morocco", "Arabic", "interpreter"], cats=["language", "national_origin"],
  tags=["deny_ground", "zoombombing"])

C(70, "deny", ground="computer_crime", reason="ground_not_permitted", recipient="bpd/district-b2",
  when="2026-01-09 16:00", location="Google Classroom and Aspen (teacher accounts)",
  name="Jean-Paul Auguste", school="John D. O'Bryant School", grade=12,
  desc="""Between 1/5 and 1/9 Jean-Paul logged into Mr. Whitfield's Google Classroom and Aspen
  accounts using a password he saw on the smartboard when Mr. Whitfield screen-shared during a
  hybrid class. He changed 14 grades for himself and friends. IT traced the logins to his Chromebook
  and to his home Comcast IP, 73.61.18.204. His mother told us the family has Temporary Protected
  Status from Haiti and begged us not to involve police, but the headmaster wants a report filed for
  the computer crime.""",
  mnc=["73.61.18.204", "Temporary Protected Status", "Haiti"],
  cats=["neighborhood", "immigration_status", "national_origin"],
  tags=["deny_ground", "device_location"])

C(71, "deny", ground="theft", reason="ground_not_permitted", recipient="bpd/district-b3",
  when="2025-12-02 12:00", location="9th grade Chromebook cart, room 118",
  name="Kadeem Forbes", school="TechBoston Academy", grade=9,
  desc="""Three Chromebooks went missing from the 9th grade cart in room 118 the week of 11/24.
  GoGuardian's locate feature shows two of them checking in from Kadeem's home network, and the
  Street View of the address matches the triple-decker on Norwell St where he lives. One was listed
  on Facebook Marketplace for $80 by a user with his first name. Kadeem's grandmother, who is
  Jamaican, says he bought them from "some kid." We'd like BPD to go get the devices back and charge
  him.""",
  mnc=["Norwell St", "Jamaica"], cats=["neighborhood", "ethnicity"], tags=["deny_ground", "device_location"])

C(72, "deny", ground="vandalism", reason="ground_not_permitted", recipient="bpd/district-d4",
  when="2025-11-19 13:15", location="Boston Green Academy, 3rd floor landing",
  name="Tyrese Hall", school="Boston Green Academy", grade=10,
  desc="""On 11/19 after GoGuardian locked his account for going on games during class, Tyrese
  kicked in the screens of 6 Chromebooks and threw the charging cart down the stairs from the 3rd
  floor landing. Nobody was hurt; the cart just missed a para coming up. Damage is about $3,400.
  Tyrese's mom says they are moving out of Cathedral next month and everything has been hard. We are
  requesting a police report for the insurance claim and restitution.""",
  mnc=["Cathedral"], cats=["neighborhood"], tags=["deny_ground"])

C(73, "deny", ground="truancy", reason="ground_not_permitted", recipient="bpd/district-c6",
  when="2026-02-27 09:00", location="Remote credit recovery program (Zoom/Google Classroom)",
  name="Stephanie Pierre", school="Excel High School", grade=11,
  desc="""Stephanie has not logged into any Zoom or Google Classroom session since 2/2 (she is in the
  remote credit recovery program). The attendance officer went to the last address on Wayland St
  and the landlord said the family was evicted; the family is now in a motel in Revere through the
  state shelter program. Mom speaks Haitian Creole and the family liaison reached her once. We are
  asking BPD to locate Stephanie and bring her in, since she will not pass the year at this rate.""",
  mnc=["Wayland St", "Revere", "shelter", "Haitian", "Creole"], cats=["neighborhood", "language"],
  tags=["deny_ground"])

C(74, "deny", ground="gang_activity", reason="ground_not_permitted", recipient="bpd/district-b2",
  when="2025-10-22 09:30", location="Remote Advisory, Zoom",
  name="Dequan Murray", school="Madison Park Technical Vocational High School", grade=11,
  desc="""During remote Advisory on 10/22 Dequan's camera showed him and two older males throwing up
  hand signs, and a poster on the wall behind him that says BLOOMFIELD with RIP names on it. SSS
  believes Dequan is in the Bloomfield crew and that the older males are from Orchard Gardens where
  Dequan lives. Nothing happened in the class. We are sending this to BPD for awareness and so the
  Youth Violence Strike Force can add him to their list.""",
  mnc=["Bloomfield", "Orchard Gardens"], cats=["gang_affiliation", "neighborhood"],
  tags=["deny_ground", "webcam"])

C(75, "deny", ground="suspicious_activity", reason="ground_not_permitted", recipient="bpd/district-e5",
  when="2026-03-12 22:30", location="School Chromebook (Securly report)",
  name="Connor Walsh", school="Boston Community Leadership Academy", grade=10,
  desc="""Securly's weekly report shows Connor searched "ghost gun kit", "how to 3d print a glock" and
  "80 percent lower legal in MA" on his school Chromebook between 10 and 11 PM on 3/12. There was no
  message, threat or post of any kind, and his teachers have no concerns; he is in robotics club.
  The searches came from his home IP 98.217.44.5, which geolocates to Roslindale Square. We are
  passing this to BPD as suspicious activity in case it means something.""",
  mnc=["98.217.44.5", "Roslindale"], cats=["neighborhood"], tags=["deny_ground", "device_monitoring", "device_location"])

C(76, "deny", ground="immigration_status_check", reason="ground_not_permitted", recipient="bpd/district-a7",
  when="2026-02-17 11:00", location="Zoom class screenshot",
  name="Wilmer Castro", school="East Boston High School", grade=10,
  desc="""A screenshot from Wilmer's Zoom class on 2/17 shows a Honduran passport and a letter from
  USCIS on the desk behind him. Another parent emailed the principal saying the family is "illegal"
  and that Wilmer is trouble. The assistant headmaster would like BPD to verify the student's status
  and identity and let us know if the school needs to do anything about his enrollment.""",
  mnc=["Honduran", "passport", "USCIS", "illegal"], cats=["national_origin", "immigration_status"],
  tags=["deny_ground", "webcam"])

C(77, "deny", ground="fight", reason="ground_not_permitted", recipient="bpd/district-b3",
  when="2025-12-02 11:20", location="Jeremiah E. Burke High School, 1st floor hallway",
  name="Elijah Bryant", school="Jeremiah E. Burke High School", grade=10,
  desc="""After arguing in the Teams chat for their hybrid Spanish 3 class, Elijah and another 10th
  grader pushed and punched each other in the 1st floor hallway on the 12/2 in-person day. SSS broke
  it up in under a minute. No injuries besides a scratch on Elijah's cheek; both got ice packs from
  the nurse and went back to class. Elijah lives at Academy Homes and says the other boy has been
  talking about his block. Both were suspended one day. The other family wants a police report.""",
  mnc=["Academy Homes"], cats=["neighborhood"], tags=["deny_ground", "chat"])

# ---------------------------------------------------------------------------------------------
# DENY: excluded substances
# ---------------------------------------------------------------------------------------------

C(78, "deny", ground="drugs", substances=["THC vape cartridge"], reason="excluded_substance",
  recipient="bpd/district-b3", when="2026-02-23 11:10", location="Snowden, 2nd floor bathroom",
  name="Kiana Ellis", school="Snowden International School", grade=12,
  desc="""During AP Gov on Zoom (remote Thursday 2/19) Kiana hit a vape pen on camera and blew the
  smoke off to the side. Her teacher could read the cartridge label: a delta 9 THC cart. On 2/23 she
  was caught in the 2nd floor bathroom with the same pen and two more THC carts in her bag. Kiana
  lives in Mattapan near the trolley stop and told the AP she gets them "from the store by my
  house." Parents notified.""",
  mnc=["Mattapan"], cats=["neighborhood"], tags=["deny_substance", "webcam"])

C(79, "deny", ground="drugs", substances=["beer"], reason="excluded_substance",
  recipient="bpd/district-a1", when="2025-11-14 09:05", location="1st period Teams (remote Friday)",
  name="Shane Doherty", school="Charlestown High School", grade=11,
  desc="""Shane was on camera for 1st period on remote Friday 11/14 cracking cans of Bud Light at
  9 AM and offering them to the screen, then got sloppy and fell off his chair. Another student was
  in the room with him drinking too. His mom speaks Spanish and didn't answer; his dad said Shane
  was "just messing around." The family lives in the Bunker Hill development and we're worried about
  who is supplying him.""",
  mnc=["Spanish", "Bunker Hill"], cats=["language", "neighborhood"], tags=["deny_substance", "webcam"])

C(80, "deny", ground="drugs", substances=["THC gummies"], reason="excluded_substance",
  recipient="bpd/district-b3", when="2026-03-19 12:30", location="Dearborn STEM Academy, cafeteria",
  name="Lena Barros", school="Dearborn STEM Academy", grade=10,
  desc="""Lena was selling THC gummies through private comments on a shared Google Doc in the 10th
  grade Classroom ("sour belts 10mg, 5 for $15"). On 3/19 a 9th grader got sick at lunch after
  eating three; the nurse called home and she is fine. SSS found a bag of 30 gummies in Lena's bag,
  labeled 10 mg THC each. Lena's mom is Cape Verdean and came right in.""",
  mnc=["Cape Verdean"], cats=["ethnicity"], tags=["deny_substance", "classroom_comment"])

C(81, "deny", ground="drugs", substances=["vape (contents unknown)"], reason="excluded_substance",
  recipient="bpd/district-a7", when="2026-01-13 10:45", location="Hybrid Algebra, room 302 and Zoom",
  name="Diego Reis", school="East Boston High School", grade=9,
  desc="""During hybrid Algebra (half the class on Zoom) Diego was seen on the room camera hitting a
  disposable vape under his desk. We confiscated it, but it has no label and we don't know if it's
  nicotine or THC. He wouldn't say. His family is from Brazil and mom speaks Portuguese, so the
  family liaison is setting up a meeting. Please advise.""",
  mnc=["Brazil", "Portuguese"], cats=["national_origin", "language"], tags=["deny_substance"])

C(82, "deny", ground="drugs", substances=["Juul pods", "Zyn nicotine pouches"], reason="excluded_substance",
  recipient="bpd/district-d14", when="2025-10-02 13:30", location="Brighton High School, locker room",
  name="Aidan Kearney", school="Brighton High School", grade=10,
  desc="""Aidan has been selling Juul pods and Zyn pouches to 9th graders; he advertised in a Teams
  group chat for the JV soccer team ("pods $5, zyns $3"). On 10/2 SSS found 14 Juul pods and 6 tins
  of Zyn in his locker room bag. Aidan is 15. His dad, who coaches at St. Columbkille's, asked us to
  keep the Catholic school league out of this. They live by Oak Square.""",
  mnc=["Catholic", "St. Columbkille", "Oak Square"], cats=["religion", "neighborhood"],
  tags=["deny_substance", "chat"])

C(83, "deny", ground="drugs", substances=["marijuana", "vodka"], reason="excluded_substance",
  recipient="bpd/district-c11", when="2026-02-02 10:20", location="Remote advisory, Google Meet",
  name="Naomi Celestin", school="Henderson K-12 Inclusion School", grade=12,
  desc="""On 2/2 during remote advisory Naomi's camera showed her rolling a joint on a textbook, and a
  bottle of vodka (Tito's, half empty) on the desk. She drank straight from it on camera. Two
  classmates said she had weed and a nip of vodka at the last in-person day too. Naomi's mother is
  Haitian and works doubles, and the family just moved near Ashmont. We want BPD involved because
  she is an adult-looking 18 year old and may be buying for others.""",
  mnc=["Haitian", "Ashmont"], cats=["ethnicity", "neighborhood"], tags=["deny_substance", "webcam"])

# ---------------------------------------------------------------------------------------------
# DENY: recipient not permitted
# ---------------------------------------------------------------------------------------------

C(84, "deny", ground="weapon", weapon="firearm", recipient="bric", reason="recipient_not_permitted",
  when="2026-01-13 09:40", location="Remote Tuesday, 2nd period Zoom",
  name="Tyrell Hudson", school="Jeremiah E. Burke High School", grade=11,
  desc="""On 1/13 in 2nd period Zoom Tyrell showed a black pistol with a light on the rail, resting it
  on his knee, and said "stay safe out there" while looking into the camera. The recording is saved.
  A BRIC analyst called our safety director asking for anything we have on Tyrell, since he is on
  their list as Meetinghouse crew, and said to send it straight to them. He lives on Meetinghouse
  Hill with his mother.""",
  mnc=["Meetinghouse"], cats=["gang_affiliation", "neighborhood"], tags=["deny_recipient", "webcam"])

C(85, "deny", ground="credible_threat", recipient="ice/ero-boston", reason="recipient_not_permitted",
  when="2026-03-11 13:00", location="Teams class chat",
  name="Byron Lopez", school="East Boston High School", grade=11,
  threat="""Teams class chat, 3/11 1:00 PM: 'next person who laughs at me gets shot, I'm deadass, my
  cousin got one.'""",
  desc="""Byron typed in the Teams chat for hybrid Biology on 3/11: "next person who laughs at me gets
  shot, I'm deadass, my cousin got one." An ICE officer who says she is working with the family's
  case asked the school for any incident reports on Byron, who is undocumented and from Guatemala.
  The AP entered this request addressed to them.""",
  mnc=["undocumented", "Guatemala"], cats=["immigration_status", "national_origin"],
  tags=["deny_recipient", "chat"])

C(86, "deny", ground="drugs", substances=["fentanyl"], recipient="dhs/hsi-boston", reason="recipient_not_permitted",
  when="2026-02-19 10:30", location="School Chromebook, Google Drive",
  name="Franklin Mejia", school="Excel High School", grade=12,
  desc="""IT found a spreadsheet in Franklin's school Google Drive tracking sales of "blues" with
  names, amounts and dates, plus photos of pressed pills; on 2/19 SSS took 20 blue M30 pills from his
  bag that BPD field-tested positive for fentanyl. An HSI agent who contacted the district about a
  package investigation asked for this directly. Franklin is Dominican and lives on Dorchester St.""",
  mnc=["Dominican", "Dorchester St"], cats=["ethnicity", "neighborhood"], tags=["deny_recipient", "device_monitoring"])

C(87, "deny", ground="credible_threat", recipient="fbi/boston-field-office", reason="recipient_not_permitted",
  when="2026-04-22 07:10", location="School Gmail to the principal",
  name="Rafael Nunes", school="Fenway High School", grade=11,
  threat="""Email from Rafael's school account to the principal, 4/22 7:10 AM: 'bombs go off at 11,
  you had your chance.'""",
  desc="""At 7:10 AM on 4/22 the principal received an email from Rafael's school Gmail: "bombs go off
  at 11, you had your chance." The building was evacuated and swept, nothing found. Rafael's
  Chromebook history shows he looked up bomb threat laws that night. Because it was an email the
  safety director decided to send this to the FBI. Rafael's family is Brazilian and lives in
  Allston.""",
  mnc=["Brazil", "Allston"], cats=["national_origin", "neighborhood"], tags=["deny_recipient", "device_monitoring"])

C(88, "deny", ground="credible_threat", recipient="commonwealth-fusion-center", reason="recipient_not_permitted",
  when="2026-01-28 14:15", location="Google Classroom stream, 11th grade",
  name="Darnell Pierce", school="Community Academy of Science and Health", grade=11,
  threat="""Google Classroom stream, 1/28 2:15 PM: 'yall better stay home friday. i got the 30 round
  and a list.'""",
  desc="""Darnell posted on the 11th grade Google Classroom stream on 1/28: "yall better stay home
  friday. i got the 30 round and a list." A teacher screenshotted it before it was deleted. Our
  safety director wants it sent to the Fusion Center so they can "run him." Darnell has no
  discipline history, but two classmates told the counselor he has been showing a gun on Snapchat.
  Darnell is Haitian and lives in Mattapan.""",
  mnc=["Haitian", "Mattapan"], cats=["ethnicity", "neighborhood"], tags=["deny_recipient", "classroom_comment"])

C(89, "deny", ground="weapon", weapon="knife", recipient="mbta-transit-police", reason="recipient_not_permitted",
  when="2025-12-16 15:05", location="Fields Corner station, busway",
  name="Minh Tran", school="Lilla G. Frederick Middle School", grade=8,
  desc="""Minh showed a folding knife on his Zoom camera during remote ELA on 12/15 and said he'd use
  it at the station. On 12/16 after dismissal a Frederick teacher saw him open the same knife at
  the busway and wave it at two boys; no one was hurt. The teacher called MBTA Transit Police, who
  asked us to send the report to them. Minh's family speaks Vietnamese at home and lives near the
  station on Dorchester Ave.""",
  mnc=["Vietnamese", "Dorchester Ave"], cats=["language", "neighborhood"], tags=["deny_recipient", "webcam"])

# ---------------------------------------------------------------------------------------------
# DENY: credible_threat without a threat statement
# ---------------------------------------------------------------------------------------------

C(90, "deny", ground="credible_threat", reason="missing_threat_statement", recipient="bpd/district-a7",
  when="2026-02-25 10:12", location="Zoom chat, remote Wednesday",
  name="Kevin Benitez", school="East Boston High School", grade=9,
  desc="""Kevin typed in the Zoom chat during 3rd period on 2/25 "i will shoot this class up for real
  when we go back" and then "jk... unless". Ms. Nolan saved the chat and removed him from the
  meeting. Two students messaged her privately that Kevin has been saying the same thing on
  Instagram. Kevin's mother is Salvadoran and the family lives near Maverick Square; they did not
  answer when we called.""",
  mnc=["Salvadoran", "Maverick Square"], cats=["ethnicity", "neighborhood"],
  tags=["deny_threat_missing", "chat"])

C(91, "deny", ground="credible_threat", reason="missing_threat_statement", recipient="bpd/district-b2",
  when="2026-03-20 00:35", location="Google Doc on school Chromebook (Gaggle alert)",
  name="Malia Joseph", school="Madison Park Technical Vocational High School", grade=10,
  desc="""Gaggle alert at 12:35 AM: Malia typed in a Google Doc on her school Chromebook "tomorrow the
  girls in 2nd period are getting cut, I already got the blade from my moms kitchen." The counselor
  called at 7 AM. Grandmother answered in Haitian Creole. Malia was kept in the office when she
  arrived and had a paring knife in her backpack. The family lives in Roxbury near Nubian Square.""",
  mnc=["Haitian", "Creole", "Roxbury", "Nubian Square"], cats=["language", "neighborhood"],
  tags=["deny_threat_missing", "device_monitoring"])

C(92, "deny", ground="credible_threat", reason="missing_threat_statement", recipient="bpd/district-e18",
  when="2026-01-26 12:05", location="Hybrid History, Zoom (unmuted microphone)",
  name="Abdi Warsame", school="New Mission High School", grade=12,
  desc="""During hybrid History on 1/26 Abdi's mic was unmuted and the class heard him tell someone
  "I'm taking my uncle's gun to the game Friday and finishing it with Hakeem." Abdi's family speaks
  Somali at home and lives in Hyde Park. Hakeem is a senior on the basketball team and the two
  fought at a party in December. The teacher emailed me at 12:20 and I entered this right away.""",
  mnc=["Somali", "Hyde Park"], cats=["language", "neighborhood"], tags=["deny_threat_missing", "voice"])

C(93, "deny", ground="credible_threat", reason="missing_threat_statement", recipient="bpd/district-b2",
  when="2025-11-10 21:40", location="Google Classroom private comment",
  name="Jalissa Owens", school="Mission Hill K-8", grade=8,
  desc="""Private comment on a Classroom assignment to Mr. Hale at 9:40 PM on 11/10: "ur lucky u
  leave at 3, next time u wont make it to ur car." Mr. Hale is shaken; he had taken Jalissa's
  phone that afternoon and she told a classmate she would "get him." Jalissa lives in the Mission
  Main development with her aunt. Entered by the assistant principal.""",
  mnc=["Mission Main"], cats=["neighborhood"], tags=["deny_threat_missing", "classroom_comment"])

# ---------------------------------------------------------------------------------------------
# DENY: face surveillance
# ---------------------------------------------------------------------------------------------

C(94, "deny", ground="weapon", weapon="firearm", reason="face_surveillance", recipient="bpd/district-b2",
  when="2026-02-03 10:25", location="Remote day, 2nd period Zoom",
  name="Julian Vargas", school="Boston Community Leadership Academy", grade=11,
  attachments=[("face_match", "clearview_result_vargas.pdf"), ("photo", "zoom_still_0203.png")],
  desc="""A participant in 2nd period Zoom on 2/3, camera on but hood up and the display name
  changed to "X", held a black handgun to the camera. Our safety vendor ran the still through
  Clearview and it came back as Julian with a 98.7% match score (result attached). Julian's family
  is Dominican. We are sending the match with the report.""",
  mnc=["Clearview", "98.7", "Dominican"], cats=["face_surveillance", "ethnicity"],
  tags=["deny_face", "webcam"])

C(95, "deny", ground="credible_threat", reason="face_surveillance", recipient="bpd/district-d14",
  when="2026-03-09 10:15", location="Grade 11 virtual town hall, Zoom",
  name="Andre Monteiro", school="Brighton High School", grade=11,
  threat="""A masked participant in the 3/9 Zoom town hall said 'the 11th grade won't graduate, I'm
  bringing it Friday' while showing a rifle.""",
  desc="""A masked participant in the 3/9 virtual town hall showed a rifle and said "the 11th grade
  won't graduate, I'm bringing it Friday." The account was a guest login. We ran the recording
  through the district's facial recognition pilot, which identified the eyes and face shape as
  Andre's. Andre is Cape Verdean and lives in Allston.""",
  mnc=["facial recognition", "Cape Verdean", "Allston"], cats=["face_surveillance", "ethnicity", "neighborhood"],
  tags=["deny_face", "webcam"])

C(96, "deny", ground="weapon", weapon="knife", reason="face_surveillance", recipient="bpd/district-e13",
  when="2026-04-08 09:55", location="Remote advisory, Google Meet",
  name="Sergio Paredes", school="English High School", grade=10,
  attachments=[("photo", "meet_still_knife.png"), ("photo", "yearbook_2025_grade10.zip")],
  desc="""A student whose camera was angled so only the lower face showed waved a long knife during
  remote advisory on 4/8 and said "Monday." We could not tell which student it was. Please run the
  attached yearbook photos of our 10th graders through your face recognition system against the Meet
  still; we think it may be Sergio, who is Peruvian and lives near Egleston.""",
  mnc=["face recognition", "Peruvian", "Egleston"], cats=["face_surveillance", "national_origin", "neighborhood"],
  tags=["deny_face", "webcam"])

C(97, "deny", ground="credible_threat", reason="face_surveillance", recipient="bpd/district-c6",
  when="2026-05-28 13:20", location="Online final exam, proctored Chromebook session",
  name="Chidi Okeke", school="Excel High School", grade=12,
  threat="""Typed into the free-response box of the online final, 5/28 1:20 PM: 'graduation is
  cancelled, I'm bringing my brother's 9 to the rehearsal.'""",
  desc="""During the online Physics final on 5/28 someone typed into the free-response box
  "graduation is cancelled, I'm bringing my brother's 9 to the rehearsal." The proctoring software's
  face ID verification matched the person at the keyboard to Chidi's enrolled face template at
  1:20 PM. Chidi's family is Nigerian.""",
  mnc=["face ID", "face template", "Nigeria"], cats=["face_surveillance", "national_origin"],
  tags=["deny_face", "device_monitoring"])

# ---------------------------------------------------------------------------------------------
# DENY: replica / BB / airsoft (needs a named approver's determination) -> other
# ---------------------------------------------------------------------------------------------

C(98, "deny", ground="weapon", weapon="airsoft pistol", reason="other", recipient="bpd/district-e18",
  when="2026-02-10 11:30", location="Remote Tuesday, Zoom",
  name="Brandon Ocasio", school="New Mission High School", grade=9,
  desc="""Brandon showed an airsoft pistol on his Zoom camera during 4th period on 2/10 (black,
  orange tip painted over), pointed it at the screen and fired a BB at the camera, which cracked the
  Chromebook lens. He said it was a gift. His mother is Dominican and lives with him near Cleary
  Square. Ground entered as weapon.""",
  mnc=["Dominican", "Cleary Square"], cats=["ethnicity", "neighborhood"], tags=["deny_replica", "webcam"])

C(99, "deny", ground="weapon", weapon="BB gun", reason="other", recipient="bpd/district-c11",
  when="2025-10-17 07:45", location="Lilla G. Frederick Middle School, entrance",
  name="Kenny Dang", school="Lilla G. Frederick Middle School", grade=7,
  desc="""Kenny showed a BB gun (Daisy, black plastic) in a Teams call on 10/16 and said he'd bring it
  in. On 10/17 SSS found it in his backpack at entry, unloaded, with a tube of BBs. He said he
  wanted to scare an 8th grader who took his hat. Kenny's parents speak Vietnamese and the family
  lives in Fields Corner.""",
  mnc=["Vietnamese", "Fields Corner"], cats=["language", "neighborhood"], tags=["deny_replica", "webcam"])

C(100, "deny", ground="weapon", weapon="replica handgun", reason="other", recipient="bpd/district-a7",
  when="2026-03-05 12:15", location="East Boston High School, cafeteria",
  name="Matteo Russo", school="East Boston High School", grade=10,
  desc="""Matteo posted a photo in the class Teams chat of himself holding what looked like a real
  Glock, then brought it to lunch on 3/5. SSS took it: it is a metal replica (non-firing, cap gun
  internals). Kids panicked in the cafeteria. Matteo's family is Italian and lives in Orient
  Heights. The assistant headmaster entered the ground as weapon.""",
  mnc=["Italian", "Orient Heights"], cats=["ethnicity", "neighborhood"], tags=["deny_replica", "chat"])


def self_check():
    problems = []
    ids = [c["id"] for c in CASES]
    assert ids == [f"OCB-{n:04d}" for n in range(1, 101)], "ids must be OCB-0001..OCB-0100 in order"
    for c in CASES:
        req, exp = c["request"], c["expect"]
        whole = json.dumps(req, ensure_ascii=False).lower()
        desc = req["incident"]["description"].lower()
        keep = [s.lower() for s in exp["must_contain"] + exp["must_contain_text"]]
        for s in exp["must_not_contain"]:
            if s.lower() not in whole:
                problems.append(f"{c['id']}: canary {s!r} not in request")
            for k in keep:
                if s.lower() in k:
                    problems.append(f"{c['id']}: canary {s!r} inside kept fact {k!r}")
            if s.lower() in req["incident"]["location"].lower():
                problems.append(f"{c['id']}: canary {s!r} in incident.location")
        for s in exp["must_contain_text"]:
            if s.lower() not in desc:
                problems.append(f"{c['id']}: kept fact {s!r} not in description")
        if exp["decision"] == "allow" and exp["must_contain"][2].lower() not in desc:
            problems.append(f"{c['id']}: key fact not in description")
        n = len(req["incident"]["description"])
        if not 200 <= n <= 1500:
            problems.append(f"{c['id']}: description length {n}")
    return problems


def main():
    probs = self_check()
    for p in probs:
        print(p)
    if probs:
        raise SystemExit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
