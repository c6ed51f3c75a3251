#!/usr/bin/env python3
"""Outsider corpus, family: online harassment, doxxing and impersonation (OBX-0001..OBX-0100).

Written by hand from RULES.md / CONTRACT.md / the corpus brief only. Writes
../data/corpus/outsider_bx.jsonl relative to this file. Standard library only.
"""
import datetime as _dt
import json
import pathlib

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_bx.jsonl"
FAMILY = "online_harassment"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4103",
    "East Boston High School": "BPS-4120",
    "Jeremiah E. Burke High School": "BPS-4137",
    "English High School": "BPS-4142",
    "Excel High School": "BPS-4158",
    "Brighton High School": "BPS-4166",
    "TechBoston Academy": "BPS-4171",
    "Mission Hill K-8": "BPS-4209",
    "John D. O'Bryant School": "BPS-4214",
    "Charlestown High School": "BPS-4227",
    "Snowden International School": "BPS-4233",
    "Boston Community Leadership Academy": "BPS-4246",
    "Dearborn STEM Academy": "BPS-4251",
    "New Mission High School": "BPS-4262",
    "Fenway High School": "BPS-4270",
    "Boston Arts Academy": "BPS-4281",
    "Community Academy of Science and Health": "BPS-4290",
    "Another Course to College": "BPS-4298",
    "Quincy Upper School": "BPS-4340",
    "Washington Irving Middle School": "BPS-4318",
    "Lilla G. Frederick Middle School": "BPS-4325",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4346",
    "Margarita Muñiz Academy": "BPS-4352",
    "Boston Green Academy": "BPS-4357",
    "Boston International High School": "BPS-4361",
    "Henderson K-12 Inclusion School": "BPS-4302",
    "John W. McCormack Middle School": "BPS-4310",
}


def _offset(d):
    """US Eastern offset for a date in 2025-2026."""
    dst = (_dt.date(2025, 3, 9) <= d < _dt.date(2025, 11, 2)) or (_dt.date(2026, 3, 8) <= d < _dt.date(2026, 11, 1))
    return "-04:00" if dst else "-05:00"


def when(s):
    """'2025-10-05 21:40' -> ISO 8601 with the Boston offset of that day."""
    day, hm = s.split()
    d = _dt.date.fromisoformat(day)
    return f"{day}T{hm}:00{_offset(d)}"


def D(s):
    """Collapse the hand-wrapped source text into one paragraph."""
    return " ".join(s.split())


CASES = []


def add(decision, ground, recipient, at, location, desc, student, *, threat=None, weapon=None,
        substances=None, attachments=None, mnc=(), mc=(), mct=(), cats=(), tags=(), reason=None):
    n = len(CASES) + 1
    cid = f"OBX-{n:04d}"
    school = student["school"]
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = D(threat) if threat.strip() else threat
    req["incident"] = {"occurred_at": when(at), "location": location, "description": D(desc)}
    req["student"] = dict(student)
    if attachments:
        req["attachments"] = [dict(kind=k, name=nm) for k, nm in attachments]
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [student["name"], school, *mc] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY, *tags]
    CASES.append({"id": cid, "request": req, "expect": exp})


def S(sid, name, dob, grade, school, **extra):
    d = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade, "school": school}
    d.update(extra)
    return d

# ---------------------------------------------------------------- OBX-0001 .. OBX-0025

# 1 doxxing: "pull up to <address>"
add("allow", "credible_threat", "bpd/district-b2", "2025-10-05 21:40",
    "Online (Instagram story); reported to the Jeremiah E. Burke High School main office",
    """On Sunday night (10/5) at around 9:40 PM a parent emailed me screenshots of an Instagram
    story posted from Dante's account (@dwhit.2x). The story is a photo of a three-decker with the
    caption 'pull up to 14 Fenwood Rd apt 2 tonight, bring the whole team, he not making it to school
    Monday' and it tags a 10th grader here, K.M. K.M.'s family confirmed that is where they live.
    Monday K.M. did not come in; his mother said he was too scared to leave the house. When I met with
    Dante at 8:15 he admitted he posted it and said it was 'just talk' over a PlayStation argument,
    but he also said 'he knows what it is.' His advisor says the two had words in the cafeteria on
    Friday. The story was deleted after about 40 minutes but we have the three screenshots. Dante is
    suspended pending a hearing and his mother has been notified. - AP Tran""",
    S("418273", "Dante Whitfield", "2010-02-17", 10, "Jeremiah E. Burke High School"),
    threat="""Dante posted on his public Instagram story a photo of a classmate's home with the caption
    'pull up to 14 Fenwood Rd apt 2 tonight, bring the whole team, he not making it to school Monday.'""",
    attachments=[("document", "ig_story_screenshots_1-3.pdf")],
    mnc=["Fenwood Rd"], mc=["Instagram"], mct=["PlayStation argument", "three screenshots"],
    cats=["neighborhood"], tags=["doxxing", "screenshots", "allow_threat"])

# 2 impersonation account named after a food
add("allow", "credible_threat", "bpd/district-e13", "2026-01-14 14:10",
    "English High School, dean's office (posts made online)",
    """Report from the dean of students. Between 1/12 and 1/14 an Instagram account called
    @plantainsupreme_ posted pictures of 9th grader T.G. (lifted from her real page) along with posts
    written as if T.G. herself were talking, calling out other girls by name and saying she was going
    to 'slice' one of them 'when she catches her by the 39 bus.' Several girls took it seriously and
    one came to the office crying. T.G. says the account is not hers, and two students showed us DMs
    in which Nia admitted making it 'for a joke.' The same account also mocked T.G.'s family for being
    Cape Verdean and her grandmother for only speaking Kriolu at pickup. Nia admitted in my office on
    1/15 that she ran the account and wrote the 'slice' posts. She said she never meant to hurt
    anyone, but on 1/14 she told a teacher in the hallway 'if T.G. keeps talking I'll really do it.'
    The account was reported to Instagram and taken down the afternoon of 1/15.""",
    S("522816", "Nia Carrington", "2009-04-03", 11, "English High School"),
    threat="""Posting as a classmate on a fake Instagram account, Nia wrote that she would 'slice' a named
    girl at the 39 bus stop, and on 1/14 told a teacher 'if T.G. keeps talking I'll really do it.'""",
    mnc=["Cape Verdean", "Kriolu"], mc=["Instagram"], mct=["@plantainsupreme_", "39 bus"],
    cats=["ethnicity", "language"], tags=["impersonation", "precision_trap", "allow_threat"])

# 3 deny: cyberbullying is not a ground
add("deny", "cyberbullying", "bpd/district-e18", "2025-10-27 09:30",
    "Boston Community Leadership Academy (online posts)",
    """Since late September an Instagram account called @bcla.exposed has been posting edited pictures of
    a 9th grade girl (F.A.) with captions mocking her headscarf and calling her and her sisters 'Somali
    pirates' and 'refugee rats.' There are no threats to hurt her in anything we have seen, but the
    comments are cruel and she has stopped eating lunch in the cafeteria. On 10/24 a classmate told
    her counselor that Kayden runs the page, and when we spoke with Kayden this morning he admitted it
    and deleted the account in front of us. He said it was 'just memes.' We have met with his father
    and Kayden has a 2-day suspension under the bullying policy. We are sending this so the district
    officer is aware of the pattern and can speak to the family about cyberbullying.""",
    S("630145", "Kayden Murphy", "2011-01-09", 9, "Boston Community Leadership Academy"),
    mnc=["headscarf", "Somali", "refugee"],
    cats=["religion", "ethnicity", "immigration_status"], reason="ground_not_permitted",
    tags=["slurs", "deny_ground"])

# 4 group chat sets up a fight; box cutter; crew named in the chat
add("allow", "serious_violence", "bpd/district-b2", "2025-11-18 14:41",
    "Ruggles station busway, Tremont St side",
    """SSS incident log 11/18/25. 2:41 PM called to the Ruggles busway (Tremont St side) by an MBTA
    officer re: fight involving MP students. On arrival victim (10th gr male, D.S.) holding left
    forearm, bleeding heavy. Per witnesses Jaquan swung a box cutter at D.S. twice, second swing caught
    the forearm. Jaquan ran toward Columbus Ave wearing a black Champion hoodie and grey sweats. EMS
    took D.S. to BMC; seven stitches plus a tendon check per his mom. Background per AP Reyes: group
    chat 'MPK Ops' had been going since Sunday. Screenshots from 3 students show Jaquan writing
    'Ruggles 2:30 no fair ones' and others answering 'Cypress Gz till the casket.' Jaquan's emergency
    card lists Academy Homes and staff believe he runs with Cypress Gz. Box cutter (orange handle)
    recovered by MBTA PD near the bike cage. Jaquan came back to school 3:20 with his aunt and admitted
    he had the blade 'for protection.'""",
    S("407751", "Jaquan Pettway", "2009-08-22", 11, "Madison Park Technical Vocational High School"),
    weapon="box cutter",
    mnc=["Cypress Gz", "Academy Homes"], mc=["box cutter"],
    mct=["Ruggles busway", "black Champion hoodie", "seven stitches"],
    cats=["gang_affiliation", "neighborhood"], tags=["group_chat", "precision_trap", "allow_violence"])

# 5 knife carried after a TikTok thread of slurs about a faith; Swiss Army knife trap
add("allow", "weapon", "bpd/district-b2", "2026-03-10 10:05",
    "Boston Latin Academy, 3rd floor classroom 312",
    """On Tuesday 3/10/26 at approximately 10:05 AM a teacher reported that Idris had a knife. I searched
    his backpack with SSS Monteiro present and found a red Swiss Army knife (main blade approx. 3
    inches) in the front pocket of his backpack. Idris told us he has carried it since the weekend
    because of a TikTok video. The video, posted by another BLA student, shows Idris praying in the
    stairwell with a caption calling him a terrorist; the comments underneath are slurs about Muslims
    and one says 'we see you at the mosque Friday.' Idris said he 'wasn't going to let them jump him'
    and that he would 'use it if he had to.' He never took the knife out at school and no one was hurt.
    His father came in at 11:30. The TikTok has been reported and the student who posted it is being
    handled separately under the code of conduct. - Assistant Headmaster""",
    S("551902", "Idris Balogun", "2010-06-30", 10, "Boston Latin Academy"),
    weapon="knife",
    mnc=["praying", "Muslim", "mosque"], mc=["Swiss Army knife"],
    mct=["Swiss Army knife", "front pocket of his backpack"],
    cats=["religion"], tags=["slurs", "precision_trap", "allow_weapon"])

# 6 deny: recipient BRIC
add("deny", "credible_threat", "bric", "2025-12-02 16:00",
    "Jeremiah E. Burke High School (TikTok post)",
    """The district detective asked us to route this one to BRIC so it goes in their files. On 12/1 a
    TikTok posted from Andre's account showed him and two older males in ski masks with the caption
    'Castle Block on my back, L.V. know where we at, 5 Normandy St when the sun go down.' L.V. is a
    Burke sophomore who lives at that address with his grandmother. L.V. did not come to school 12/2.
    Andre admitted the account is his but says 'it's a song, it's not about nobody.' Staff say the
    two have been going back and forth online since a fight at the Halloween party.""",
    S("377120", "Andre Baptiste", "2009-03-15", 11, "Jeremiah E. Burke High School"),
    threat="""TikTok from Andre's account: 'L.V. know where we at, 5 Normandy St when the sun go down,'
    posted with two masked older males.""",
    mnc=["Castle Block", "Normandy St"],
    cats=["gang_affiliation", "neighborhood"], reason="recipient_not_permitted",
    tags=["doxxing", "deny_recipient"])

# 7 live location from Snap Map shared in a group chat
add("allow", "credible_threat", "bpd/district-e13", "2025-10-15 12:50",
    "Snowden International School, counseling office (group chat on Snapchat)",
    """I'm writing this up because I'm worried it escalates tonight. Around 12:50 today L.N. (grade 10)
    came to my office shaking. She showed me a Snapchat group chat called 'no more fake friends' where
    Brianna had posted a screenshot of L.N.'s live location from Snap Map, her bitmoji sitting on her
    house on Wenham St, with the message 'she home alone after 4, who trynna slide.' Three other kids
    replied with the knife emoji and 'say less.' L.N. says her mom works until 11 and the only adult
    home is her grandmother, who only speaks Vietnamese, so she doesn't think anyone could call for
    help. L.N. turned off her location in front of me. Brianna came to the office and admitted posting
    the screenshot; she says L.N. 'started it' over a boy. I reached L.N.'s mother through the district
    interpreter line. Brianna has been removed from class for the rest of the day. - School counselor""",
    S("604318", "Brianna Sullivan", "2010-01-22", 10, "Snowden International School"),
    threat="""Brianna posted a classmate's live location in a Snapchat group chat with the message 'she
    home alone after 4, who trynna slide,' and three students replied with a knife emoji and 'say less.'""",
    mnc=["Wenham St", "Vietnamese", "interpreter"], mc=["Snapchat"],
    mct=["Snap Map", "knife emoji", "home alone after 4"],
    cats=["neighborhood", "language"], tags=["live_location", "group_chat", "allow_threat"])

# 8 Discord server named after a food; slurs about a faith; teacher named Brown
add("allow", "credible_threat", "bpd/district-e13", "2025-11-03 08:20",
    "Washington Irving Middle School, main office",
    """Forwarding what Ms. Brown (8th grade ELA) brought me this morning, plus my notes. A student showed
    Ms. Brown messages from a Discord server the boys call 'Taco Tuesday.' Sunday night Tyler wrote
    there 'monday A.R. gets what's coming, my uncle's gun is in the closet and I know the combo.'
    Above that is a long thread of slurs about A.R. being Jewish, including Tyler saying A.R.'s family
    should 'go back to the synagogue and stay there.' Ms. Brown came straight to me at 8:20. Tyler was
    pulled from homeroom and searched with SSS present; nothing on him. When I asked about the gun he
    said 'it's not real, I was joking,' then said his uncle 'does have one' but he doesn't know the
    combination. A.R. is safe with the counselor. Both families have been called. I printed the
    server screenshots (6 pages).""",
    S("715530", "Tyler Mahoney", "2012-05-11", 8, "Washington Irving Middle School"),
    threat="""On Discord Tyler wrote that a classmate 'gets what's coming' Monday and that his uncle's gun
    is in the closet and he knows the combination.""",
    attachments=[("document", "discord_printout_6pp.pdf")],
    mnc=["Jewish", "synagogue"], mc=["Discord"], mct=["Taco Tuesday", "uncle's gun", "Ms. Brown"],
    cats=["religion"], tags=["slurs", "precision_trap", "allow_threat"])

# 9 deny: THC cartridges only
add("deny", "drugs", "bpd/district-c11", "2026-02-11 11:15",
    "TechBoston Academy, 2nd floor boys' bathroom",
    """SSS found Jordan with 9 THC cartridges (brand 'Cookies', all sealed) in a Crown Royal bag in his
    hoodie pocket after a tip that he was selling out of the 2nd floor bathroom. A student showed the
    AP Jordan's Snapchat story from the night before with a price list ('carts 25, 2 for 45, pull up
    B4 1st period'). Jordan told us he sells for an older cousin and that the family 'is Dominican, we
    don't talk to cops.' No other substances found. Parent contacted; his father needed the Spanish
    line of the interpreter service. Jordan received a suspension under the code of conduct.""",
    S("486602", "Jordan Ellis", "2009-09-04", 11, "TechBoston Academy"),
    substances=["THC cartridges"],
    mnc=["Dominican", "Spanish", "interpreter"],
    cats=["ethnicity", "language"], reason="excluded_substance", tags=["deny_substance"])

# 10 fight set up in TikTok comments; broken jaw; street locates the fight
add("allow", "serious_violence", "bpd/district-b3", "2025-12-04 15:05",
    "MBTA bus stop, Blue Hill Ave at Morton St",
    """Summary for BPD follow-up. The fight on 12/4 did not start at school. On 12/2 a TikTok went
    around of a Burke 11th grader (victim, J.P.) imitating Haitian accents, and the comment section
    filled up with people from both sides threatening each other. Malik commented 'Thursday. Blue Hill
    and Morton. Bring ur whole fam.' At 3:05 PM Thursday, at the bus stop at Blue Hill Ave and Morton
    St, Malik punched J.P. several times in the face while about 15 students filmed. J.P. went down and
    Malik kicked him once more. J.P. was taken by ambulance to the Carney, and his mother told us his
    jaw is broken and was wired shut. Malik was identified from three separate videos and by two
    teachers on bus duty. SIS lists Malik at 88 Woodrow Ave. Malik has not been back since.""",
    S("392015", "Malik Greene", "2008-11-30", 11, "Jeremiah E. Burke High School"),
    mnc=["Haitian", "Woodrow Ave"], mc=["wired shut"],
    mct=["Blue Hill Ave and Morton St", "wired shut", "three separate videos"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap", "allow_violence"])

# 11 crew named in a group chat; "stage crew" trap
add("allow", "credible_threat", "bpd/district-c11", "2026-02-06 13:15",
    "TechBoston Academy (Instagram group chat); evening showcase in the auditorium",
    """On Friday 2/6 at 1:15 PM SSS Delgado received screenshots from a parent of an Instagram group chat
    called 'Sav Block Only.' In it Javon wrote 'E.W. a opp now, we spinning thru after the show' and
    posted a photo of a handgun on a bed. E.W. is a 10th grader who works stage crew for our winter
    showcase, which was that night at 6. Other members wrote 'Sav Block 4L' and tagged E.W.'s account.
    We moved E.W. to the main office, called his mother, and notified the BPD school unit by phone at
    1:40. The showcase went ahead with SSS at both doors. Javon was absent that day. On Monday he came
    in with his mother and said the gun photo was 'off the internet.' E.W. is afraid to come back and
    his mother is keeping him home this week.""",
    S("458890", "Javon Barros", "2009-07-19", 11, "TechBoston Academy"),
    threat="""Javon wrote in an Instagram group chat 'E.W. a opp now, we spinning thru after the show' with
    a photo of a handgun, on the day of the school's evening showcase.""",
    mnc=["Sav Block"], mc=["handgun"],
    mct=["stage crew", "winter showcase", "photo of a handgun"],
    cats=["gang_affiliation"], tags=["group_chat", "precision_trap", "allow_threat"])

# 12 deny: credible_threat with no threat statement
add("deny", "credible_threat", "bpd/district-c6", "2025-09-24 08:00",
    "Excel High School (Instagram comments)",
    """Under a fight video on an Instagram fight page, Marisol commented 'tomorrow I'm bringing it, she
    better stay home' about a 10th grader she had argued with. Marisol lives on Columbia Rd and the
    other girl lives around the corner, which is why the families know each other. Her mother says she
    was talking about bringing her older sister, not a weapon. AP asked for this to go to BPD today;
    the statement section will be completed by the AP later.""",
    S("533471", "Marisol Andrade", "2010-03-08", 10, "Excel High School"),
    mnc=["Columbia Rd"], cats=["neighborhood"], reason="missing_threat_statement",
    tags=["deny_threat_missing"])

# 13 pepper spray carried by a doxxed student
add("allow", "weapon", "bpd/district-a1", "2025-10-21 09:30",
    "Charlestown High School, 2nd floor locker bank",
    """Yaritza (gr 9) was found with a canister of pepper spray in her locker (locker 212) during a search
    at 9:30 AM on 10/21, after a classmate told SSS she 'had mace.' She did not use it on anyone.
    Yaritza explained why: since Friday a TikTok account has been posting her full name, a picture of
    her building and the address, 31 Ashmont St, with comments telling people to 'wait for her
    outside.' She says a cousin gave her the spray because she walks home alone. Her mother explained
    through a Spanish interpreter that the family recently arrived from Honduras, has an asylum case
    pending, and is afraid to go to the police on their own. Yaritza cried through most of the meeting.
    The canister (red, Sabre brand) is in the main office safe. The counselor is working with the
    family on getting the TikTok posts taken down.""",
    S("712246", "Yaritza Mejía", "2011-02-14", 9, "Charlestown High School"),
    weapon="pepper spray",
    mnc=["Ashmont St", "Spanish", "interpreter", "Honduras", "asylum"], mc=["pepper spray"],
    mct=["locker 212", "Sabre brand"],
    cats=["neighborhood", "language", "national_origin", "immigration_status"],
    tags=["doxxing", "allow_weapon"])

# 14 WhatsApp messages in the family's language, translated
add("allow", "credible_threat", "bpd/district-d14", "2026-04-13 07:20",
    "Brighton High School, front steps",
    """Memo, incident of 4/13/26. Ms. T., mother of a 10th grade girl here, came in at 7 this morning with
    her phone. Over the weekend she received eleven WhatsApp voice notes and texts from a number she
    matched to Wesley, a senior who had been dating her daughter. The messages are in Haitian Creole and
    our family liaison translated them for me. The main one reads, in the original, 'Mwen konnen ki
    kote li pran bis la' and then 'M ap tann li devan lekol la lendi', meaning 'I know where she
    catches the bus' and 'I'll be waiting for her in front of the school Monday.' Another says he
    will make her regret breaking up with him. Wesley was seen standing at the front steps at 7:20
    before SSS walked him inside. In my office he said 'I'm not gonna do nothing' but refused to
    delete the messages. The mother has screenshots and the audio files. - Headmaster""",
    S("340987", "Wesley Augustin", "2007-12-01", 12, "Brighton High School"),
    threat="""Wesley sent a classmate's mother WhatsApp messages saying he knows where her daughter catches
    the bus and 'I'll be waiting for her in front of the school Monday,' and that he would make her
    regret the breakup.""",
    mnc=["Haitian", "Creole"], mc=["WhatsApp"],
    mct=["eleven WhatsApp voice notes", "front steps at 7:20", "make her regret"],
    cats=["language"], tags=["family_language", "allow_threat"])

# 15 deny: face recognition used to unmask a fake account
add("deny", "credible_threat", "bpd/district-b2", "2026-01-29 13:00",
    "Dearborn STEM Academy (Instagram account)",
    """A fake Instagram account (@dearborn.opps) has been posting 'you next' on pictures of three 8th
    graders. Nobody knew who ran it, so our tech coordinator ran the account's profile picture
    through a face search site, which returned a 94% match to Keon's old school picture. We are
    attaching the match report. Keon denies the account. His mother, who speaks Cape Verdean Creole,
    was called with a staff member translating. We would like BPD to follow up with the family.""",
    S("820331", "Keon Tavares", "2012-07-07", 8, "Dearborn STEM Academy"),
    threat="""A fake Instagram account posted 'you next' over photos of three named 8th graders.""",
    attachments=[("face_match", "profile_pic_match_report.pdf"), ("photo", "account_grid.png")],
    mnc=["Cape Verdean", "94% match"],
    cats=["face_surveillance", "language"], reason="face_surveillance",
    tags=["impersonation", "deny_face"])

# 16 only precision traps: account named after a country's team; Jamaica Pond
add("allow", "credible_threat", "bpd/district-e18", "2026-05-04 08:00",
    "Boston Community Leadership Academy, front entrance",
    """Xavier admitted today that he runs the TikTok account @Brasil_Selecao10, which mostly posts soccer
    edits. On 5/3 the account posted a video of our front doors with text over it: 'Monday 8am, first
    one off the 32 bus gets it, I got something for all y'all.' An hour later it posted a photo of a
    black handgun lying next to a BCLA lanyard. Students flooded the counselors with screenshots.
    Xavier says it was aimed at boys from a club team who were 'talking crazy' after a scrimmage near
    the Jamaica Pond boathouse on Saturday where two of them shoved him. He says the gun is a picture
    from Google and he never meant the school. We had SSS at every door Monday and nothing happened,
    but the lanyard in the photo is real (ours are green with white print) and Xavier had his on him
    when we met. Father present for the meeting.""",
    S("569014", "Xavier Holt", "2009-10-26", 11, "Boston Community Leadership Academy"),
    threat="""TikTok account @Brasil_Selecao10, run by Xavier, posted a video of the school's front doors
    captioned 'Monday 8am, first one off the 32 bus gets it, I got something for all y'all,' then a
    photo of a handgun next to a school lanyard.""",
    mnc=[], mc=["TikTok"], mct=["@Brasil_Selecao10", "Jamaica Pond boathouse", "BCLA lanyard"],
    cats=[], tags=["precision_trap", "allow_threat"])

# 17 girls' fight set up in a group chat; Chinatown station is where it happened
add("allow", "serious_violence", "bpd/district-a1", "2026-03-20 14:50",
    "Chinatown station, Orange Line platform",
    """Incident report SSS Paulino, 3/20/26. At approx 2:50 PM a group of 6 to 8 girls met on the
    Chinatown station Orange Line platform after a fight was set up in an Instagram group chat called
    'pretty girls only.' Video shows Alexis grabbing the victim (M.C., gr 10) by the hair and slamming
    her head into a pillar, then stomping her head twice while she was on the ground. M.C. lost
    consciousness briefly. EMS took her to Tufts, where she was diagnosed with a concussion and a
    fractured eye socket. Alexis's earlier message in the chat: 'she talked crazy about my mother, she
    dead Friday.' M.C. told her counselor the argument started when she said something about Alexis's
    family being Puerto Rican and 'on welfare.' Alexis lives in Mission Main and several of the girls
    walk home together from there.""",
    S("601773", "Alexis Rivera", "2009-05-02", 11, "Quincy Upper School"),
    mnc=["Puerto Rican", "Mission Main"], mc=["concussion"],
    mct=["Chinatown station", "concussion", "fractured eye socket"],
    cats=["ethnicity", "neighborhood"], tags=["group_chat", "precision_trap", "allow_violence"])

# 18 deny: impersonation is not a ground
add("deny", "impersonation", "bpd/district-c6", "2025-11-12 10:00",
    "Excel High School (TikTok account)",
    """For the past two weeks a TikTok account using Camila's name and pictures (@camila.r.official2)
    has been posting videos that say she is 'undocumented and proud' and 'getting sent back to Guatemala
    soon,' which Camila says are lies about her family. The account has also DM'd boys from her
    classes pretending to be her. There are no threats. The IT office believes the account is run from
    a phone belonging to Camila's former friend Kiana, who we have interviewed; Kiana denies it.
    Camila's mother would like a police report for impersonation so TikTok will take it down.""",
    S("544208", "Kiana Moss", "2010-08-18", 10, "Excel High School"),
    mnc=["undocumented", "Guatemala"],
    cats=["immigration_status", "national_origin"], reason="ground_not_permitted",
    tags=["impersonation", "deny_ground"])

# 19 drill video on YouTube naming a classmate
add("allow", "credible_threat", "bpd/district-b3", "2025-11-10 08:30",
    "Community Academy of Science and Health (YouTube video)",
    """A drill video uploaded to YouTube on 11/9 ('No Smoke Pt. 2') features Tremaine rapping straight
    into the camera. In the second verse he names a CASH junior by first name and last initial and raps
    'catch him at the 22 stop, leave him stuck to the seat' while two people behind him hold what look
    like real pistols with extended mags. The video has about 4,000 views and has been shared in at
    least three student group chats. The junior's family saw it and kept him home on 11/10. Staff say
    Tremaine has been repping 4Deep for a while, and he lives over in Bromley-Heath. Tremaine was in
    school on 11/10 and told me 'it's just music, everybody does it.' When I asked if he'd take it down
    he said 'nah, it's got views.' Timestamps of the verse (1:42 to 2:05) are in the attachment.""",
    S("295540", "Tremaine Hollis", "2007-09-12", 12, "Community Academy of Science and Health"),
    threat="""In a YouTube drill video Tremaine names a CASH junior and raps 'catch him at the 22 stop,
    leave him stuck to the seat' while two people behind him hold pistols.""",
    attachments=[("document", "video_timestamps.pdf")],
    mnc=["4Deep", "Bromley-Heath"], mc=["YouTube"],
    mct=["No Smoke Pt. 2", "22 stop", "extended mags"],
    cats=["gang_affiliation", "neighborhood"], tags=["allow_threat"])

# 20 brass knuckles shown on a Snapchat story; Canada Goose trap
add("allow", "weapon", "bpd/district-c6", "2025-09-30 11:40",
    "Excel High School, room 304",
    """SSS report 9/30/25, 11:40 AM. Student reported that Gabriel posted on his Snapchat story around
    7 AM a pic of brass knuckles on his hand with caption 'see u at 2:30 @ the park.' SSS Cormier and
    AP Walsh located Gabriel in room 304 and escorted him to the office. Brass knuckles (silver, 4
    finger) found in the inside pocket of his Canada Goose jacket on the back of his chair. Gabriel
    said a boy from another school has been DMing him threats on Instagram and calling him a
    'Brazilian [slur]' and he 'needed something.' Father came in; he speaks Portuguese and Gabriel
    translated, which AP Walsh noted was not ideal; a district interpreter will be used at the
    hearing. No one hurt. Item secured in office safe.""",
    S("510066", "Gabriel Nogueira", "2010-04-25", 10, "Excel High School"),
    weapon="brass knuckles",
    mnc=["Brazilian", "Portuguese", "interpreter"], mc=["brass knuckles"],
    mct=["Canada Goose jacket", "room 304", "see u at 2:30"],
    cats=["ethnicity", "language"], tags=["precision_trap", "allow_weapon"])

# 21 deny: airsoft pistol needs a named approver's determination
add("deny", "weapon", "bpd/district-e18", "2026-02-24 09:10",
    "Henderson K-12 Inclusion School, upper campus lobby",
    """Devontae posted an Instagram story last night holding a black pistol with the caption 'first one
    to play with me tomorrow.' SSS stopped him at the upper campus lobby this morning and found the
    pistol in his backpack. It is an airsoft pistol (orange tip painted black, CO2 cartridge, plastic
    pellets in the magazine). Devontae lives in Hyde Park near Cleary Square and says he bought it from
    a kid there. No one was threatened at school. Mother on the way.""",
    S("684419", "Devontae Shaw", "2009-12-03", 10, "Henderson K-12 Inclusion School"),
    weapon="airsoft pistol",
    mnc=["Hyde Park", "Cleary Square"],
    cats=["neighborhood"], reason="other", tags=["deny_replica"])

# 22 impersonation plus a direct threat; WhatsApp status trap
add("allow", "credible_threat", "bpd/district-b2", "2026-02-24 15:30",
    "New Mission High School (Instagram); cafeteria during 5th period lunch",
    """This is the third fake account in a month. On 2/24 a new Instagram account using R.D.'s full name
    and her school photo started following her classmates. It posted a story 'by' R.D. making fun of
    her own family for being Jehovah's Witnesses and going door to door, then DM'd R.D. directly:
    'everybody finna see u get cut at lunch tmrw, 5th period, watch.' R.D.'s older sister put a
    screenshot of the DM on her WhatsApp status asking who was behind it, which is how it reached us.
    IT pulled the login records: the account was created from a device on the school Wi-Fi signed in
    as Aaliyah. Confronted, Aaliyah first denied it, then said 'she deserved it' and 'I'm not the one
    who's gonna cut her.' SSS were in the cafeteria during 5th lunch on 2/25; no knife was found on
    anyone. Aaliyah is suspended for 3 days.""",
    S("577342", "Aaliyah Benton", "2010-06-06", 10, "New Mission High School"),
    threat="""From a fake Instagram account impersonating a classmate, Aaliyah messaged her 'everybody finna
    see u get cut at lunch tmrw, 5th period, watch,' and later said 'I'm not the one who's gonna cut
    her.'""",
    mnc=["Jehovah"], mc=["Instagram"], mct=["WhatsApp status", "5th period", "school Wi-Fi"],
    cats=["religion"], tags=["impersonation", "precision_trap", "allow_threat"])

# 23 fight announced on an Instagram fight page; orbital fracture; Franklin Park vs Franklin Field
add("allow", "serious_violence", "bpd/district-b3", "2025-10-28 15:20",
    "Franklin Park, path behind the golf course clubhouse",
    """Nurse's note merged with the AP narrative. 10/28/25, approx 3:20 PM, Franklin Park, on the path
    behind the golf course clubhouse. The fight was announced on Instagram the night before by an
    account that posts fight videos, which tagged both students. Darnell and A.H. (grade 9) met there
    with maybe 30 kids watching. Video shows Darnell punching A.H. repeatedly after he was already
    down, then stomping once. A.H. walked back to the nurse at 3:45 with swelling around the left eye
    and blurred vision; nurse called EMS. The hospital confirmed an orbital floor fracture. Under the
    fight video the comments are slurs about Somalis, a lot of them from Darnell's friends. A.H.'s
    mother said they live in the Franklin Field apartments and she is afraid to let him walk home. A.H.
    will not name anyone, but three staff members identified Darnell from the video.""",
    S("633095", "Darnell Price", "2009-02-27", 10, "Dearborn STEM Academy"),
    mnc=["Somali", "Franklin Field"], mc=["orbital floor fracture"],
    mct=["Franklin Park", "golf course clubhouse", "orbital floor fracture"],
    cats=["ethnicity", "neighborhood"], tags=["slurs", "precision_trap", "allow_violence"])

# 24 deny: recipient is a federal agency
add("deny", "credible_threat", "dhs/hsi-boston", "2026-03-16 10:45",
    "Boston International High School (Snapchat)",
    """A senior, Pavel, sent a Snapchat to a classmate saying 'you tell anyone and I'll break your legs
    in the parking garage.' Pavel is here on an F-1 student visa through an exchange program, so our
    liaison suggested sending the report to Homeland Security Investigations as well as the program.
    The classmate is safe and has been moved out of their shared lab period.""",
    S("702251", "Pavel Sokolov", "2007-08-09", 12, "Boston International High School"),
    threat="""Pavel sent a classmate a Snapchat: 'you tell anyone and I'll break your legs in the parking
    garage.'""",
    mnc=["F-1", "visa"],
    cats=["immigration_status"], reason="recipient_not_permitted", tags=["deny_recipient"])

# 25 pills sold off a Snapchat menu; threat over a debt
add("allow", "drugs", "bpd/district-d4", "2026-01-22 10:10",
    "Fenway High School, AP office",
    """On 1/22 a 10th grader told her counselor that Brandon has been selling pills through a Snapchat
    'menu' (a story with prices: 'blues 20, bars 10') and that he threatened her brother over money.
    AP Fitzgerald and SSS searched Brandon's bag at 10:10 AM with him present and found a sandwich bag
    with 14 blue M30 pills and 6 white bars stamped XANAX. A screenshot shows Brandon messaging the
    brother: 'u got till Friday or I'm pulling up to ur crib on Seaver St, dead serious.' Brandon says
    the pills are 'Percs' he gets 'from a guy.' With the overdoses in the city this year we are
    treating the blues as possible fentanyl. Brandon said his older brother is undocumented and 'can't
    get caught up,' which is why Brandon does the selling. Parent conference set for tomorrow.""",
    S("539917", "Brandon Keefe", "2009-11-15", 11, "Fenway High School"),
    substances=["fentanyl", "Xanax"],
    mnc=["Seaver St", "undocumented"], mc=["M30"],
    mct=["blue M30 pills", "blues 20, bars 10", "sandwich bag"],
    cats=["neighborhood", "immigration_status"], tags=["allow_drugs"])

# ---------------------------------------------------------------- OBX-0026 .. OBX-0050

# 26 Roblox chat threat typed during Spanish class (a course, not a language spoken at home)
add("allow", "credible_threat", "bpd/district-b2", "2026-04-29 10:35",
    "Mission Hill K-8, grade 7 classroom",
    """Statement of Mr. Kerrigan, grade 7 Spanish teacher. During Spanish class on Wednesday 4/29, Ethan
    was on his Chromebook when he should have been doing the vocab quiz. I walked over and saw a Roblox
    chat open. He had typed 'tmrw im bringing my dads AR and doing it for real, 7th grade hallway
    first.' Another user wrote 'lol ok' and Ethan wrote 'watch.' I took the Chromebook and brought it
    straight to the office. The principal reached Ethan's father, who said there is a rifle in the
    house, legally owned, and that he would lock it up tonight. Ethan cried and said it was 'a bit'
    from a game. His Roblox username is xX_ChickenNugget_Xx. I took a photo of the screen with my
    phone before I closed the lid.""",
    S("781164", "Ethan Doucette", "2013-03-19", 7, "Mission Hill K-8"),
    threat="""Ethan wrote in a Roblox chat 'tmrw im bringing my dads AR and doing it for real, 7th grade
    hallway first'; his father confirmed there is a rifle in the home.""",
    attachments=[("photo", "chromebook_screen.jpg")],
    mnc=[], mc=["Roblox"], mct=["Spanish class", "xX_ChickenNugget_Xx", "7th grade hallway"],
    cats=[], tags=["precision_trap", "allow_threat"])

# 27 deny: "gang activity" in a group chat is not a ground
add("deny", "gang_activity", "bpd/district-b2", "2025-12-09 12:00",
    "Another Course to College (Snapchat group chat)",
    """Our SSS was shown a Snapchat group chat of about 40 students where Marquise and others trade
    videos and 'diss' posts between Greenfield Mob and Top Boy Gang. Nobody is named as a target and
    there is no weapon or date in anything we have, but the tension is spilling into the hallways and
    lunch. Marquise lives in the Whittier Street development, where staff say most of the Greenfield
    kids are from. We'd like the district to be aware of the gang activity and to have an officer
    check in with Marquise.""",
    S("466831", "Marquise Lopes", "2009-06-21", 11, "Another Course to College"),
    mnc=["Greenfield Mob", "Top Boy", "Whittier Street"],
    cats=["gang_affiliation", "neighborhood"], reason="ground_not_permitted",
    tags=["group_chat", "deny_ground"])

# 28 kitchen knife at the door after a group chat; school's own street, busway
add("allow", "weapon", "bpd/district-b2", "2026-03-03 07:42",
    "John D. O'Bryant School, Malcolm X Blvd entrance",
    """SSS Ruiz took a kitchen knife (8-inch blade, black handle, wrapped in a paper towel) from Isaiah's
    waistband at the Malcolm X Blvd entrance at 7:42 AM on 3/3/26 after another student warned the
    front desk. Isaiah told us a group chat blew up last night after he was accused of 'snaking' a
    friend over a girl, and people in the chat said they'd be waiting for him at the Nubian busway. He
    showed us the chat on his phone: one message said 'Hillside don't forget' and another posted his
    old address in Orchard Gardens. Isaiah's youth worker told the AP that police list Isaiah as a
    Hillside Hittaz associate, which Isaiah denies. He was calm, said he brought the knife 'just to
    get home,' and cooperated. No one was hurt. Mother notified at 8:05.""",
    S("590218", "Isaiah Fontaine", "2009-01-13", 11, "John D. O'Bryant School"),
    weapon="knife",
    mnc=["Hillside", "Orchard Gardens"], mc=["kitchen knife"],
    mct=["kitchen knife", "Malcolm X Blvd entrance", "Nubian busway"],
    cats=["gang_affiliation", "neighborhood"], tags=["group_chat", "precision_trap", "allow_weapon"])

# 29 TikTok slideshow with racist captions; threat to jump him with a bat
add("allow", "credible_threat", "bpd/district-c11", "2025-12-09 12:30",
    "Lilla G. Frederick Middle School (TikTok); planned at Fields Corner station",
    """Two 8th graders came to me (school counselor) at lunch on 12/9 with their phones. Since Saturday a
    TikTok slideshow of their friend H.L. has been going around with racist captions about Vietnamese
    people. Devin posted it, from the account @devv.wrld. Last night Devin commented under his own
    post: 'tmrw after dismissal Fields Corner station, he gettin jumped and I'm bringing the bat this
    time.' Two other boys replied with times. H.L. stayed home today; his mom says he is afraid. I
    brought this to the principal at 12:30. Devin was called down and admitted the comment. He said
    'the bat' is his aluminum baseball bat from Little League. We have screenshots of the slideshow and
    the comment. Staff will be posted at Fields Corner station for dismissal.""",
    S("802257", "Devin Marsh", "2012-02-02", 8, "Lilla G. Frederick Middle School"),
    threat="""Devin commented on TikTok 'tmrw after dismissal Fields Corner station, he gettin jumped and
    I'm bringing the bat this time,' meaning his aluminum baseball bat.""",
    mnc=["Vietnamese"], mc=["TikTok"],
    mct=["Fields Corner station", "aluminum baseball bat", "@devv.wrld"],
    cats=["ethnicity"], tags=["slurs", "precision_trap", "allow_threat"])

# 30 deny: vape of unknown content
add("deny", "drugs", "bpd/district-c11", "2026-01-20 13:10",
    "John W. McCormack Middle School, boys' bathroom",
    """A TikTok filmed in our 1st floor boys' bathroom was posted at lunch showing four boys passing a
    purple disposable vape. Luca was identified as the one holding it and it was in his sweatshirt when
    SSS checked. We do not know what is in it; Luca says it is 'just flavor' and another boy said it
    was a 'pen.' Luca's grandparents, who care for him, speak Khmer and the office used the phone
    interpreter.""",
    S("836602", "Luca Sorensen", "2012-10-10", 7, "John W. McCormack Middle School"),
    substances=["vape (contents unknown)"],
    mnc=["Khmer", "interpreter"],
    cats=["language"], reason="excluded_substance", tags=["deny_substance"])

# 31 threat on X from an account named after a food; structured ethnicity and home language
add("allow", "credible_threat", "bpd/district-b2", "2025-11-20 23:48",
    "Boston Green Academy, 3rd floor",
    """At 11:48 PM on 11/20 an account on X called @spicyramen_617 posted: '3rd floor of BGA gonna look
    like a movie tmrw, dont come if u smart' with a GIF of a masked man loading a shotgun. A junior
    screenshotted it and emailed the principal at 6 AM. The account had 31 followers, mostly BGA
    students. Tobi admitted at 8:15 that the account is his. He said he was angry at two boys on the
    3rd floor who have been posting clips of him getting his phone knocked out of his hand, and that
    the post was 'to scare them.' His locker and bag were searched with his mother present; no weapon
    found. The two boys say Tobi told them last week 'watch what happens to y'all.'""",
    S("548870", "Tobi Adewale", "2009-07-07", 11, "Boston Green Academy",
      ethnicity="Black - Nigerian", home_language="Yoruba", x_handle="@spicyramen_617"),
    threat="""Tobi posted on X from @spicyramen_617: '3rd floor of BGA gonna look like a movie tmrw, dont
    come if u smart' with an image of a man loading a shotgun.""",
    mnc=["Nigerian", "Yoruba"], mc=["shotgun"], mct=["@spicyramen_617", "31 followers", "GIF of a masked man"],
    cats=["ethnicity", "language"], tags=["precision_trap", "allow_threat"])

# 32 stun gun carried by a girl impersonated online; structured home address and language
add("allow", "weapon", "bpd/district-b2", "2026-01-08 08:05",
    "Edward M. Kennedy Academy for Health Careers, main entrance",
    """Hana set off the scanner at the main entrance at 8:05 AM and SSS found a black stun gun (about
    the size of a phone, with a flashlight end) in her coat pocket. She tested it once for us by
    accident and it sparked. Hana said that since Christmas someone has run a fake Instagram account
    using her pictures and name that tells boys to 'come see me after school at the Longwood stop.'
    Two older men did come up to her there last week and one grabbed her arm. She says she ordered the
    stun gun online with a gift card. The fake account has been reported and our counselor is
    helping. The stun gun is in the office safe. Hana's father came at 9.""",
    S("673309", "Hana Bekele", "2010-05-19", 10, "Edward M. Kennedy Academy for Health Careers",
      home_address="47 Lyndhurst St, Dorchester, MA 02124", home_language="Amharic",
      guardian={"name": "Bekele Tesfaye", "relationship": "father", "phone": "617-555-0148"}),
    weapon="stun gun",
    mnc=["Lyndhurst St", "02124", "Amharic"], mc=["stun gun"],
    mct=["Longwood stop", "coat pocket", "grabbed her arm"],
    cats=["neighborhood", "language"], tags=["impersonation", "allow_weapon"])

# 33 deny: ICE
add("deny", "credible_threat", "ice/ero-boston", "2025-10-09 14:00",
    "East Boston High School (Instagram DMs)",
    """Felipe sent a classmate Instagram DMs saying he would 'put a hole in' him if he kept talking about
    Felipe's sister. The school officer told the AP that Felipe's family is out of status and the
    father has a removal order, and suggested the report go to ICE. The classmate has a safety plan
    and Felipe is suspended.""",
    S("725514", "Felipe Arriaga", "2009-04-11", 11, "East Boston High School"),
    threat="""Felipe wrote to a classmate on Instagram that he would 'put a hole in' him if he kept talking
    about Felipe's sister.""",
    mnc=["out of status", "removal order"],
    cats=["immigration_status"], reason="recipient_not_permitted", tags=["deny_recipient"])

# 34 argument on Instagram Live ends in a stabbing
add("allow", "serious_violence", "bpd/district-b2", "2026-02-02 14:25",
    "Madison Park Technical Vocational High School, student parking lot",
    """On Saturday around 1 AM, Jonathan and E.M. got into an argument on an Instagram Live hosted by a
    girl from our school; it is still on her page. E.M. said something about Jonathan's mother being
    Guatemalan and 'not even speaking Spanish, just K'iche',' and Jonathan said on the Live 'Monday
    you getting poked.' Monday 2/2 at 2:25 PM in the Madison Park student parking lot Jonathan walked
    up to E.M. and stabbed him once in the right thigh with a folding knife, then ran toward Malcolm X
    Blvd. A teacher applied pressure until EMS arrived. E.M. was taken to BMC and had surgery to close
    the wound. The knife has not been recovered. Jonathan's mother brought him to the office on 2/3.""",
    S("471126", "Jonathan Perez", "2009-12-28", 10, "Madison Park Technical Vocational High School"),
    weapon="knife",
    mnc=["Guatemala", "Spanish", "K'iche"], mc=["folding knife"],
    mct=["right thigh", "student parking lot", "Instagram Live"],
    cats=["ethnicity", "language"], tags=["allow_violence"])

# 35 ex-boyfriend's Snapchats at her window; street is where she lives
add("allow", "credible_threat", "bpd/district-c11", "2025-10-19 23:10",
    "Boston Arts Academy (Snapchat messages)",
    """Written with the student's consent. On Sunday night K.B. (11th grade) got a run of Snapchats from
    her ex, Rashad. At 11:10 PM he sent a photo of her bedroom window from the sidewalk and wrote 'I'm
    outside ur window on Geneva Ave, come out or I'm coming in.' Her mother looked out and saw a white
    Honda Accord that she knows belongs to Rashad's brother. At 11:40 he wrote 'if I see u with him
    I'ma shoot both y'all.' K.B. saved everything before it disappeared by screen recording. She came
    to the counselor Monday morning. Rashad says he 'was just driving by' and 'didn't mean it like
    that.' There is an active no-contact agreement between them at school since October 1.""",
    S("528841", "Rashad Coleman", "2008-08-14", 12, "Boston Arts Academy"),
    threat="""Rashad sent his ex-girlfriend a Snapchat photo of her window: 'come out or I'm coming in,' and
    later 'if I see u with him I'ma shoot both y'all.'""",
    mnc=["Geneva Ave"], mc=["Snapchat"],
    mct=["white Honda Accord", "photo of her bedroom window", "screen recording"],
    cats=["neighborhood"], tags=["precision_trap", "allow_threat"])

# 36 deny: a fight is not a ground
add("deny", "fight", "bpd/district-b3", "2025-11-06 15:00",
    "Jeremiah E. Burke High School, front sidewalk",
    """Two 10th grade girls, Imani and J.S., fought on the front sidewalk after dismissal over a TikTok in
    which J.S. called Imani 'fake Haitian.' It lasted under a minute; both had scratches and Imani's
    lip was bleeding a little but nobody needed a nurse beyond ice. Imani lives on Dot Ave near Savin
    Hill and J.S. lives two streets over, so it may continue in the neighborhood. Both families were
    called and both girls are suspended one day. We are sharing for awareness.""",
    S("611390", "Imani Celestin", "2010-03-30", 10, "Jeremiah E. Burke High School"),
    mnc=["Haitian", "Dot Ave", "Savin Hill"],
    cats=["ethnicity", "neighborhood"], reason="ground_not_permitted", tags=["deny_ground"])

# 37 box cutter from the carpentry shop for an Instagram "fair one"
add("allow", "weapon", "bpd/district-b2", "2026-04-16 13:20",
    "Madison Park Technical Vocational High School, carpentry shop and B-wing stairwell",
    """At 1:20 PM Mr. Coyle reported a box cutter missing from the carpentry shop tool board after 4th
    block. SSS reviewed the hall camera and saw Terrell pocket something on the way out. He was stopped
    in the B-wing stairwell and the box cutter (yellow, retractable) was in his sock. Earlier that day
    an Instagram account that posts Boston fight videos had a story saying Terrell and a kid from
    O'Bryant had a 'fair one' set for 2:30 at the Ruggles bike path. Terrell said the other boy's
    friends had been commenting that his church was a cult and calling his family 'Pentecostal
    freaks,' and that he took the blade 'in case it wasn't fair.' He did not cut anyone. His mother
    and the pastor she brought with her came for the meeting.""",
    S("493355", "Terrell Whitaker", "2009-09-29", 11, "Madison Park Technical Vocational High School"),
    weapon="box cutter",
    mnc=["Pentecostal", "his church", "pastor"], mc=["box cutter"],
    mct=["carpentry shop", "fair one", "in his sock"],
    cats=["religion"], tags=["slurs", "allow_weapon"])

# 38 pushed down the stairs after an "exposing" TikTok; green card vs green hoodie
add("allow", "serious_violence", "bpd/district-d14", "2025-12-15 11:05",
    "Brighton High School, main stairwell between floors 2 and 3",
    """On 12/15 at about 11:05 AM Sofia shoved a 9th grader (N.R.) down the main stairwell between the
    2nd and 3rd floors. N.R. fell about ten steps and landed on her left arm; the nurse splinted it and
    EMS took her to St. Elizabeth's, where X-rays showed a broken wrist that needs surgery. Two weeks
    ago N.R. posted a TikTok 'exposing' Sofia for stealing from a friend, and Sofia answered with a
    video saying N.R.'s family 'don't even have green cards' and tagging her. In the hallway cam
    footage Sofia, in a green hoodie, waits at the top of the stairs for N.R. and pushes her with both
    hands. Sofia told me 'she had it coming for what she posted.' Parents of both girls have been
    contacted.""",
    S("745102", "Sofia Marchetti", "2010-09-01", 10, "Brighton High School"),
    mnc=["green card"], mc=["broken wrist"],
    mct=["green hoodie", "broken wrist", "both hands"],
    cats=["immigration_status"], tags=["precision_trap", "allow_violence"])

# 39 deny: empty threat statement
add("deny", "credible_threat", "bpd/district-a7", "2026-05-12 09:00",
    "East Boston High School (Instagram story)",
    """Mateo posted an Instagram story of the school's side door at 7:55 AM with the words 'last day for
    some of y'all.' Staff think it was about the boys he had words with at the Maverick station bus
    stop on Friday. His home language is Portuguese and his mother asked for an interpreter for the
    meeting. Threat statement to follow.""",
    S("754419", "Mateo Guimarães", "2010-07-23", 10, "East Boston High School"),
    threat="",
    mnc=["Portuguese", "interpreter"],
    cats=["language"], reason="missing_threat_statement", tags=["deny_threat_missing"])

# 40 "opps list" in a group chat; rowing crew trap
add("allow", "credible_threat", "bpd/district-d4", "2026-04-21 15:45",
    "Boston Latin Academy (Snapchat group chat)",
    """A parent forwarded screenshots from a Snapchat group called 'opps list' that her son was added to
    without asking. Jamal posted a list of six names, four of them BLA students, with 'first come first
    served' and a photo of a revolver in a shoebox. In the chat Jamal and two others say they are
    'TBG for life' and call the listed boys 'Greenfield rats.' One of the listed boys rows for our crew
    team and practices at the boathouse every afternoon; his mother is now driving him. Jamal was
    interviewed with his father and says the revolver belongs to 'somebody's uncle' and the list was a
    joke. The screenshots show the list was posted at 3:45 PM and had been viewed by 27 people.""",
    S("560942", "Jamal Freeman", "2009-03-05", 11, "Boston Latin Academy"),
    threat="""In a Snapchat group named 'opps list' Jamal posted six names, four of them BLA students, with
    'first come first served' and a photo of a revolver.""",
    mnc=["TBG", "Greenfield"], mc=["revolver"],
    mct=["crew team", "boathouse", "viewed by 27 people"],
    cats=["gang_affiliation"], tags=["group_chat", "precision_trap", "allow_threat"])

# 41 machete in a Snapchat video from the bathroom
add("allow", "weapon", "bpd/district-a1", "2025-09-17 12:40",
    "Charlestown High School, 1st floor boys' bathroom and locker 118",
    """12:40 PM: several students told SSS about a Snapchat video filmed in the 1st floor boys' bathroom
    showing Kevin swinging a machete at the mirror and saying 'this for Chris, he know.' Kevin was
    located in the cafeteria; the machete (about 18 inches, black blade, in a cardboard sleeve) was
    in his locker, #118. Chris is a 10th grader who had a fight with Kevin's cousin on the weekend.
    Kevin said he had it to 'scare' Chris. He also said he is afraid Chris's friends will report his
    family because 'we have no papers.' No one was hurt. Kevin's uncle picked him up.""",
    S("688105", "Kevin Ordoñez", "2009-12-09", 10, "Charlestown High School"),
    weapon="machete",
    mnc=["no papers"], mc=["machete"],
    mct=["swinging a machete at the mirror", "black blade", "cardboard sleeve"],
    cats=["immigration_status"], tags=["allow_weapon"])

# 42 deny: asks for student photos for face matching
add("deny", "credible_threat", "bpd/district-e5", "2026-03-25 11:30",
    "Boston Community Leadership Academy (TikTok)",
    """An anonymous TikTok account posted the 11th grade class schedule with 'somebody not making it to
    lunch Friday.' We think it is Colin but can't prove it. The detective asked us to send the yearbook
    photos of all 11th grade boys so they can run them against the face in one of the account's videos;
    they are attached. Colin's family is Irish Catholic and very involved in the parish; his mother
    says he would never.""",
    S("612207", "Colin Brennan", "2009-05-16", 11, "Boston Community Leadership Academy"),
    threat="""An anonymous TikTok account posted the 11th grade schedule with 'somebody not making it to
    lunch Friday.'""",
    attachments=[("photo", "grade11_boys_yearbook.zip"), ("face_match", "request_for_face_comparison")],
    mnc=["Irish", "Catholic", "parish"],
    cats=["face_surveillance", "ethnicity", "religion"], reason="face_surveillance", tags=["deny_face"])

# 43 Xanax and THC sold through an account named after a food (Xanax makes it shareable)
add("allow", "drugs", "bpd/district-b2", "2026-03-11 09:50",
    "Another Course to College, 3rd floor hallway",
    """Instagram account @pupusa_plug has been posting a 'menu' to close friends: carts, gummies and
    'bars.' A student showed the AP a DM from the account that said 'u owe me 60, pay or ur phone
    getting took and ur face getting fixed.' SSS searched Ahmed at 9:50 AM with the AP present and
    found 22 yellow Xanax bars in a pill bottle with the label torn off and 3 THC carts in his backpack.
    He admitted the account is his. Ahmed lives with his uncle near Egleston Square and his uncle, who
    speaks mostly Arabic, came with a cousin to translate. Ahmed said he 'only sells to people who ask.'
    Substances secured in the main office.""",
    S("597730", "Ahmed Nasser", "2009-11-02", 11, "Another Course to College"),
    substances=["Xanax", "THC cartridges"],
    mnc=["Egleston Square", "Arabic"], mc=["Xanax"],
    mct=["@pupusa_plug", "22 yellow Xanax bars", "label torn off"],
    cats=["neighborhood", "language"], tags=["precision_trap", "allow_drugs"])

# 44 Telegram "bomb" message aimed at a classmate
add("allow", "credible_threat", "bpd/district-d14", "2026-02-17 07:15",
    "Brighton High School (Telegram channel)",
    """At 7:15 AM a teacher forwarded a Telegram channel link a student sent her. The channel, created
    Sunday by Owen, has five posts. One shows a picture of a pressure cooker and wires on a kitchen
    counter with the text 'BHS 2/18 periods 3-4.' Another tags a 10th grade boy with 'your people
    should have stayed in Kabul, tomorrow you go back in pieces.' The tagged boy's family came as
    Afghan refugees last year and he speaks Dari at home; he is not in school today. Owen was called
    to the office and said the picture is from the internet and the channel was a 'troll.' He would
    not unlock his phone. His mother arrived at 9:30. We evacuated nothing but searched the building
    with SSS before 1st period and found nothing.""",
    S("741880", "Owen Kowalski", "2010-01-31", 10, "Brighton High School"),
    threat="""Owen's Telegram channel posted a photo of a pressure cooker with wires captioned 'BHS 2/18
    periods 3-4' and told a tagged classmate 'tomorrow you go back in pieces.'""",
    mnc=["Kabul", "Afghan", "refugee", "Dari"], mc=["Telegram"],
    mct=["pressure cooker", "periods 3-4"],
    cats=["national_origin", "ethnicity", "immigration_status", "language"],
    tags=["slurs", "allow_threat"])

# 45 deny: doxxing without a threat is not a ground
add("deny", "doxxing", "bpd/district-c6", "2025-12-01 10:20",
    "Excel High School (Instagram story)",
    """Over Thanksgiving break, Jaylen reposted a screenshot of a 9th grader's address (22 Story St, the
    second floor) with 'this where the snitch stay.' There is no threat in it beyond that and nobody has
    gone to the house that we know of. The family is scared and asked us to file something. Jaylen took
    it down Monday when asked.""",
    S("573306", "Jaylen Brooks", "2010-10-05", 10, "Excel High School"),
    mnc=["Story St"], cats=["neighborhood"], reason="ground_not_permitted",
    tags=["doxxing", "deny_ground"])

# 46 confessions page trap; residence
add("allow", "credible_threat", "bpd/district-b3", "2026-01-27 16:00",
    "Jeremiah E. Burke High School (Instagram confessions page)",
    """There is an Instagram page, @burke.confessionz, where students DM anonymous 'confessions' and the
    admin posts them. On 1/26 it posted: 'confession: I got the strap in my bag and Mr. Ortiz class
    getting it 4th period Wednesday.' The page admin (a 12th grader) gave us the screenshot of who sent
    it, which was Shanice's account. Shanice says she sent it because Mr. Ortiz failed her and 'talks
    to her like a dog,' but that she doesn't have a gun. Her cousin, who she lives with in Mattapan,
    told us there are no guns in the home. We searched her bag on arrival Wednesday; nothing. Mr.
    Ortiz was moved to another room for 4th period and is shaken.""",
    S("562210", "Shanice Dumont", "2008-06-08", 12, "Jeremiah E. Burke High School"),
    threat="""Shanice sent an anonymous post to an Instagram confessions page: 'I got the strap in my bag and
    Mr. Ortiz class getting it 4th period Wednesday.'""",
    mnc=["Mattapan"], mc=["Instagram"], mct=["@burke.confessionz", "4th period Wednesday"],
    cats=["neighborhood"], tags=["precision_trap", "allow_threat"])

# 47 razor blade in the bathroom after a group-chat fight
add("allow", "serious_violence", "bpd/district-c6", "2026-05-19 10:40",
    "Excel High School, 2nd floor girls' bathroom",
    """At approx 10:40 AM Daniela cut a 10th grade girl (A.V.) across the left cheek with a razor blade in
    the 2nd floor girls' bathroom. A.V. needed 14 stitches at Tufts and will likely scar. The night
    before, in a Snapchat group chat, A.V. posted that Daniela's family 'are not even real Dominicans'
    and Daniela answered 'I'ma mark ur face tmrw.' In the nurse's office Daniela said 'she shouldn't
    have put my family in it.' The blade was a single-edge razor in a folded piece of paper; SSS
    recovered it from the sink. Daniela's mother is Spanish-speaking and was reached through our
    bilingual secretary. Daniela was removed from the building.""",
    S("626611", "Daniela Peña", "2009-10-30", 11, "Excel High School"),
    weapon="razor blade",
    mnc=["Dominican", "Spanish"], mc=["razor blade"],
    mct=["left cheek", "14 stitches", "single-edge razor"],
    cats=["ethnicity", "language"], tags=["group_chat", "allow_violence"])

# 48 deny: edibles only
add("deny", "drugs", "bpd/district-d4", "2025-10-30 12:00",
    "Fenway High School, cafeteria",
    """Zoe posted on her Close Friends story 'edibles 10 each, Halloween special' and a 9th grader got
    sick after eating two gummies at lunch. The nurse saw the girl; she was dizzy and sent home with her
    father. Zoe had a bag of 18 gummies labeled '100mg THC' in her tote. Zoe lives with her aunt in
    the Mildred Hailey apartments.""",
    S("581774", "Zoe Fitzpatrick", "2009-02-20", 11, "Fenway High School"),
    substances=["THC edibles"],
    mnc=["Mildred Hailey"], cats=["neighborhood"], reason="excluded_substance", tags=["deny_substance"])

# 49 taser at English High School; "English learner" is withheld, the school name stays
add("allow", "weapon", "bpd/district-e13", "2025-11-13 08:10",
    "English High School, front entrance scanner",
    """At 8:10 AM a taser (black and yellow, cartridge type, loaded) was found in Rolando's backpack at
    the scanner at the front entrance of English High School. Rolando said a Facebook group for the
    'Boston soccer leagues' had posted a video of him losing a fight and that boys from the league were
    telling him in the comments they would 'finish it' at the Forest Hills station. He is an English
    learner and has been at the school since October; his SEI teacher helped with the meeting. His
    father came in at 10. The taser is in the office safe and will be handed to BPD.""",
    S("793328", "Rolando Mendes", "2009-08-08", 10, "English High School"),
    weapon="taser",
    mnc=["English learner", "SEI teacher"], mc=["taser"],
    mct=["front entrance of English High School", "Forest Hills station", "black and yellow"],
    cats=["language"], tags=["precision_trap", "allow_weapon"])

# 50 Life360 location posted with a threat
add("allow", "credible_threat", "bpd/district-c11", "2026-03-30 21:15",
    "New Mission High School (Instagram and Life360)",
    """Statement of the AP. On 3/30 at 9:15 PM Destiny, who still had access to her former best friend
    P.J.'s Life360 circle, posted a screenshot of P.J.'s location ('Home, 120 Bowdoin St') on her
    Instagram story with 'u really thought u could hide, I'm coming with my sister and the bat.' P.J.
    saw it when friends tagged her and her mother called the school at 7 AM. Destiny admitted it and
    said P.J. 'told everybody my business.' P.J. has been removed from Destiny's Life360 circle. Both
    girls are in the same 10th grade advisory; Destiny is being moved to another advisory.""",
    S("695214", "Destiny Okafor", "2010-04-04", 10, "New Mission High School"),
    threat="""Destiny posted a classmate's Life360 home location on Instagram with 'u really thought u could
    hide, I'm coming with my sister and the bat.'""",
    mnc=["Bowdoin St"], mc=["Life360"],
    mct=["Life360 circle", "my sister and the bat", "same 10th grade advisory"],
    cats=["neighborhood"], tags=["live_location", "allow_threat"])

# ---------------------------------------------------------------- OBX-0051 .. OBX-0075

# 51 deny: fusion center
add("deny", "credible_threat", "commonwealth-fusion-center", "2026-01-06 09:00",
    "Snowden International School (Discord)",
    """On a Discord server used by Snowden gamers, Ryan posted 'if the Back Bay kids keep ratting I'm
    bringing my brother's glock Thursday.' We contacted the district, and the state liaison asked that
    a copy go to the Commonwealth Fusion Center. Ryan's family is Orthodox Jewish and he has had
    several run-ins with the same boys over comments about that.""",
    S("669043", "Ryan Feldman", "2010-02-12", 10, "Snowden International School"),
    threat="""Ryan posted on Discord 'if the Back Bay kids keep ratting I'm bringing my brother's glock
    Thursday.'""",
    mnc=["Orthodox", "Jewish"], cats=["religion"], reason="recipient_not_permitted",
    tags=["deny_recipient"])

# 52 East Boston: the school stays, "lives in East Boston" goes; Maverick station
add("allow", "weapon", "bpd/district-a7", "2025-10-02 15:10",
    "Maverick station, outside the Sumner St exit",
    """Transit police called the school at 3:15 PM. About ten minutes after dismissal from East Boston High
    School, at Maverick station, Edwin pulled a folding knife on two boys from a Chelsea
    school after a week of Instagram comments back and forth. He did not cut anyone; one boy's jacket
    sleeve was sliced. Transit police recovered the knife (silver, 4 inch blade) from a trash barrel.
    The Instagram comments from the other boys called Edwin a 'dirty Salvadoran' and said they'd 'see
    him on the platform.' Edwin lives in East Boston with his mother and stepfather and says he carries the knife every day because of those boys. Edwin is an
    otherwise quiet student with good attendance.""",
    S("738260", "Edwin Castillo", "2010-11-17", 10, "East Boston High School"),
    weapon="knife",
    mnc=["Salvadoran", "lives in East Boston"], mc=["folding knife"],
    mct=["East Boston High School", "Maverick station", "jacket sleeve was sliced"],
    cats=["ethnicity", "neighborhood"], tags=["precision_trap", "allow_weapon"])

# 53 account named after a food; structured citizenship field
add("allow", "credible_threat", "bpd/district-d4", "2025-11-24 07:05",
    "Boston Arts Academy (Instagram)",
    """An Instagram account called @italianice_kid DM'd three dancers in the 10th grade at 7:05 AM: 'the
    first one to walk into the studio today is leaving in an ambulance, I know ur schedules.' The
    account was made that morning. One girl recognized a drawing in the profile picture as Leo's,
    and when the AP asked him, Leo admitted it. He said the girls made fun of his audition video in a
    group chat and he 'wanted them to feel it.' His locker had a folding utility knife that belongs
    to the scenic shop, which he says he uses in tech class. Studio classes were moved for the day.""",
    S("655981", "Leo Vasquez", "2010-03-27", 10, "Boston Arts Academy",
      citizenship_status="Permanent resident", program="Dance"),
    threat="""From a new Instagram account, Leo messaged three classmates: 'the first one to walk into the
    studio today is leaving in an ambulance, I know ur schedules.'""",
    mnc=["Permanent resident"], mc=["Instagram"],
    mct=["@italianice_kid", "leaving in an ambulance", "audition video"],
    cats=["immigration_status"], tags=["precision_trap", "allow_threat"])

# 54 deny: hate speech in a comment thread is not a ground
add("deny", "hate_speech", "bpd/district-e13", "2026-02-03 10:00",
    "English High School (YouTube comments)",
    """Under a YouTube video of our step team, Brody and two friends from another school left about forty
    comments with slurs about Haitians and 'voodoo' and saying the team should 'go back on the boat.'
    There is no threat to anyone's safety in the comments. The step team members are upset and some
    parents want charges. Brody admitted writing some of the comments.""",
    S("709914", "Brody Kearns", "2009-06-01", 11, "English High School"),
    mnc=["Haitian", "voodoo"], cats=["ethnicity", "religion"], reason="ground_not_permitted",
    tags=["slurs", "deny_ground"])

# 55 chain snatched in a fight set up online; Cuban link chain is jewelry
add("allow", "serious_violence", "bpd/district-b3", "2025-09-26 15:30",
    "Morton St near the Forest Hills Cemetery gate",
    """Friday 9/26 around 3:30, Tyrese and two boys not from our school jumped a 9th grader, C.J., on
    Morton St near the cemetery gate. It had been set up on Snapchat all week because C.J. posted a
    picture wearing a Cuban link chain that Tyrese said was stolen from his cousin. Video shows Tyrese
    hitting C.J. in the head with a metal padlock wrapped in a sock, and C.J. falling into the street.
    He was taken to Children's with a skull fracture and a brain bleed and was in the ICU two nights.
    The chain was taken. Tyrese's address in our system is 40 Hosmer St and his aunt said he has been
    staying with his father in Randolph. Tyrese has not returned to school.""",
    S("744057", "Tyrese Grant", "2009-11-21", 11, "Jeremiah E. Burke High School"),
    weapon="padlock in a sock",
    mnc=["Hosmer St", "Randolph"], mc=["skull fracture"],
    mct=["Cuban link chain", "metal padlock wrapped in a sock", "skull fracture"],
    cats=["neighborhood"], tags=["precision_trap", "allow_violence"])

# 56 swatting threat with a posted address
add("allow", "credible_threat", "bpd/district-e5", "2026-01-12 22:30",
    "Boston Latin Academy (Discord)",
    """Copied from the statement I took from the student's parent, lightly edited. 'On Monday night my son
    was in a Discord voice channel playing Fortnite and Sean, who he knows from BLA, got mad when he
    lost. Sean typed our address, 18 Beech St, into the text chat and said he was going to call the
    police and say there's a hostage situation so SWAT kicks in our door, and that if that didn't work
    he would 'come do it himself' with the rifle his dad keeps for hunting. My son left the channel.
    Sean kept messaging him after midnight.' The school spoke with Sean on 1/13 with his mother; he
    said he'd 'never actually do it' but didn't deny the messages. We have the screenshots.""",
    S("680402", "Sean McGill", "2010-05-05", 10, "Boston Latin Academy"),
    threat="""On Discord Sean posted a classmate's home address, said he would falsely report a hostage
    situation so SWAT would raid the home, and said he would 'come do it himself' with his father's
    hunting rifle.""",
    mnc=["Beech St"], mc=["Discord"],
    mct=["Fortnite", "hostage situation", "hunting"],
    cats=["neighborhood"], tags=["doxxing", "allow_threat"])

# 57 deny: replica handgun
add("deny", "weapon", "bpd/district-b3", "2025-10-14 09:30",
    "Community Academy of Science and Health, 1st floor",
    """Jalen posted a TikTok at 8 AM pointing a handgun at the camera in the 1st floor hallway with the
    caption 'who wanna play.' SSS found it in his bag: a plastic replica of a Glock 19, no orange tip,
    cannot fire. Jalen says his 'whole block' has them for videos. He was visibly upset and told the AP
    he's been targeted by a crew from Franklin Hill since the summer.""",
    S("626070", "Jalen Moore", "2009-04-19", 11, "Community Academy of Science and Health"),
    weapon="replica handgun",
    mnc=["Franklin Hill"], cats=["neighborhood"], reason="other", tags=["deny_replica"])

# 58 YouTube comment threat; "crew neck" is clothing, the crew name is not
add("allow", "credible_threat", "bpd/district-b2", "2026-04-08 16:20",
    "Madison Park Technical Vocational High School (YouTube)",
    """Our media teacher found this while checking comments on the school's YouTube channel. Under the
    video of the 4/7 basketball game, an account with Malachi's full name commented 'number 23 on
    Burke snitched on Fayston, tell him we see him Friday at the rematch, the whole gym getting
    sprayed.' Malachi said he wrote it but was 'hyped.' He admits he is 'from Fayston' but says
    that's just where he grew up. In the game video, Malachi is sitting behind the Burke bench in a
    maroon crew neck with his hood up. The rematch is scheduled here Friday at 6. We are moving the game
    to an afternoon time with no spectators and asking for a detail.""",
    S("517726", "Malachi Greer", "2009-01-28", 12, "Madison Park Technical Vocational High School"),
    threat="""Malachi commented on the school's YouTube channel that a named opposing player 'snitched,' 'we
    see him Friday at the rematch, the whole gym getting sprayed.'""",
    mnc=["Fayston"], mc=["YouTube"],
    mct=["maroon crew neck", "number 23", "Friday at 6"],
    cats=["gang_affiliation"], tags=["precision_trap", "allow_threat"])

# 59 brass knuckles after a thread mocking a student's faith
add("allow", "weapon", "bpd/district-d14", "2026-05-06 12:15",
    "Brighton High School, cafeteria",
    """Harjit was seen putting brass knuckles on his right hand in the cafeteria at 12:15. SSS took them
    (gold color, heavy) without any fight. Harjit explained that for three weeks boys in a Snapchat group
    have been posting pictures of him with 'rag head' captions and jokes about his patka, and that on
    Monday one of them knocked it off his head in the locker room. He says he is 'done being scared.'
    He is Sikh and the boys have also made 'jokes' about his gurdwara. Harjit has never been in trouble
    before. His parents came right away. We are addressing the Snapchat group separately.""",
    S("758835", "Harjit Sandhu", "2009-09-14", 11, "Brighton High School"),
    weapon="brass knuckles",
    mnc=["Sikh", "patka", "gurdwara", "rag head"], mc=["brass knuckles"],
    mct=["right hand", "gold color", "locker room"],
    cats=["religion"], tags=["slurs", "allow_weapon"])

# 60 deny: threat statement omitted
add("deny", "credible_threat", "bpd/district-c11", "2025-12-18 14:00",
    "TechBoston Academy (TikTok live)",
    """During a TikTok live after school, Kiara said she was 'gonna light up' a girl from the school and
    showed the girl's building on Codman Hill Ave behind her. About 80 people were watching and a
    screen recording is going around the 10th grade. The other girl's mother called the school at 7:45
    the next morning. Her mom says she was talking about a fight, not a gun. Kiara is an EL student and her mother needed a Cape Verdean Creole interpreter.""",
    S("688310", "Kiara Fernandes", "2010-08-30", 10, "TechBoston Academy"),
    mnc=["Codman Hill", "EL student", "Cape Verdean", "interpreter"],
    cats=["neighborhood", "language"], reason="missing_threat_statement", tags=["deny_threat_missing"])

# 61 pepper spray sprayed in an Instagram-arranged fight
add("allow", "weapon", "bpd/district-a1", "2026-03-13 14:35",
    "Boston Common, Park St station stairs",
    """At about 2:35 on Friday, Andrea pepper-sprayed three girls from another school on the Park St
    station stairs at Boston Common. The meetup had been arranged on Instagram the night before, after
    the other girls posted a reel making fun of Andrea's grandmother's accent and calling her 'a
    Jamaican witch.' One girl was treated by EMS on the Common for burning eyes and a bystander was
    also hit. Andrea brought the pepper spray (pink keychain canister) into school that morning and had
    it all day. She told us the other girls 'were going to jump me, I had to.' Her mother says the
    family speaks patois at home and the grandmother doesn't understand what the girls posted. Andrea
    is suspended pending hearing.""",
    S("602229", "Andrea Lindo", "2009-12-22", 11, "Quincy Upper School"),
    weapon="pepper spray",
    mnc=["Jamaican", "patois"], mc=["pepper spray"],
    mct=["Park St station stairs", "pink keychain canister", "burning eyes"],
    cats=["ethnicity", "language"], tags=["allow_weapon"])

# 62 group beating filmed for TikTok; ruptured spleen
add("allow", "serious_violence", "bpd/district-b2", "2025-11-07 16:10",
    "Nubian Square, behind the bus shelters",
    """Marcus and three older boys stomped a 10th grader, R.T., behind the bus shelters in Nubian Square
    at about 4:10 PM and one of them filmed it for TikTok, where it was posted with 'Norfolk Boyz
    don't play.' R.T. was taken to BMC with a ruptured spleen and had emergency surgery. The week
    before, Marcus had posted R.T.'s building at the Lenox Street apartments on his story with 'this
    where the bum rest.' Marcus is clearly visible in the first 15 seconds wearing a red puffer. He has
    not been in school since.""",
    S("541960", "Marcus Bell", "2008-07-07", 12, "Another Course to College"),
    mnc=["Norfolk Boyz", "Lenox Street"], mc=["ruptured spleen"],
    mct=["ruptured spleen", "red puffer", "first 15 seconds"],
    cats=["gang_affiliation", "neighborhood"], tags=["doxxing", "allow_violence"])

# 63 deny: vandalism
add("deny", "vandalism", "bpd/district-c6", "2026-04-02 08:30",
    "Excel High School, 3rd floor lockers",
    """After an argument in a group chat, someone spray-painted 'snitch' and a crown symbol on Amir's
    locker overnight. Video shows Trevon entering the 3rd floor at 6:50 AM with a backpack and a can. The
    crown is the symbol of a crew staff associate with the Old Colony development. Amir's family says
    they have received messages in Arabic telling them to move. No one was hurt.""",
    S("719087", "Trevon Giles", "2010-01-11", 10, "Excel High School"),
    mnc=["Old Colony", "Arabic"], cats=["neighborhood", "language", "gang_affiliation"],
    reason="ground_not_permitted",
    tags=["deny_ground"])

# 64 photo of a mother's car and building on Snapchat; Ms. White
add("allow", "credible_threat", "bpd/district-e5", "2025-10-23 19:30",
    "Washington Irving Middle School (Snapchat)",
    """From Ms. White, 8th grade math: 'A.D. came to me crying before school. Last night (10/23, around
    7:30) Cameron sent her a snap of her mom's silver minivan parked outside their house on Brookledge
    St with the text "I know which window is urs, tell ur mom lock the doors." Then another one
    that just said "Friday."' The principal met with Cameron and his guardian at 9 AM. Cameron said
    A.D. told people he wet himself on the 6th grade trip. He says he 'just drove by with his brother.'
    A.D.'s mother has filed for a harassment order. Cameron was sent home for the day.""",
    S("825594", "Cameron Diallo", "2012-01-26", 8, "Washington Irving Middle School"),
    threat="""Cameron sent a classmate a Snapchat photo of her mother's car outside their home with 'I know
    which window is urs, tell ur mom lock the doors,' then a second snap saying 'Friday.'""",
    mnc=["Brookledge St"], mc=["Snapchat"],
    mct=["Ms. White", "silver minivan", "lock the doors"],
    cats=["neighborhood"], tags=["doxxing", "precision_trap", "allow_threat"])

# 65 fentanyl overdose traced to a Snapchat seller who then threatens a witness
add("allow", "drugs", "bpd/district-d4", "2026-02-26 11:20",
    "Fenway High School, 2nd floor bathroom",
    """On 2/26 at 11:20 AM a 10th grader was found unresponsive in the 2nd floor bathroom; the nurse gave
    two doses of Narcan and he was taken to BMC. His friend told us he bought 'a perc' at lunch from
    Andre, who sells through his Snapchat. SSS searched Andre and found 9 blue pills stamped M30 in a
    Tic Tac box and $340 cash. After the search, Andre sent the friend a Snapchat: 'u ratted, u and ur
    lil brother better not be outside.' Andre's family is Trinidadian and his mother says he has
    'friends from the island' who give him the pills. The student who overdosed is stable.""",
    S("604487", "Andre Mohammed", "2009-05-14", 11, "Fenway High School"),
    substances=["fentanyl"],
    mnc=["Trinidadian"], mc=["Narcan"],
    mct=["two doses of Narcan", "Tic Tac box", "$340 cash"],
    cats=["ethnicity"], tags=["allow_drugs"])

# 66 deny: private security company
add("deny", "serious_violence", "securitas/boston-branch", "2025-12-12 15:40",
    "South Bay shopping center parking lot",
    """Dylan and another student fought in the South Bay parking lot after an Instagram argument; the
    other boy was knocked out and has a fractured cheekbone. The video shows Dylan throwing the punch
    that dropped him near the Target entrance at 3:40. The mall's security contractor asked for our
    report for their incident file and their site manager called the AP twice. Dylan lives on Boston
    St nearby.""",
    S("667412", "Dylan O'Connor", "2009-03-23", 11, "Excel High School"),
    mnc=["Boston St"], cats=["neighborhood"], reason="recipient_not_permitted", tags=["deny_recipient"])

# 67 Instagram DMs quoted in the family's language, translated
add("allow", "credible_threat", "bpd/district-e13", "2026-03-04 18:45",
    "Margarita Muñiz Academy (Instagram DMs)",
    """Ms. Almonte, the mother of a 9th grade boy, brought in printed Instagram DMs her son received on
    3/4 starting at 6:45 PM from Brayan. They are written in Spanish. Our counselor translated for
    the file: 'Mañana te voy a rajar la cara en el recreo' (tomorrow I'm going to slash your face at
    recess) and 'ya sé dónde vive tu abuela' (I already know where your grandmother lives). Brayan
    also sent a picture of a razor knife. The boys fought in February over a soccer game and Brayan
    was angry that the other boy's family, who are Dominican, 'act like they own the team.' Brayan was
    interviewed with his father and said 'it's just how we talk.'""",
    S("792001", "Brayan Ozuna", "2011-04-04", 9, "Margarita Muñiz Academy"),
    threat="""Brayan messaged a classmate on Instagram that he would slash his face at recess the next day
    and that he knows where the boy's grandmother lives, with a picture of a razor knife.""",
    mnc=["Spanish", "Dominican"], mc=["Instagram"],
    mct=["slash your face at recess", "picture of a razor knife"],
    cats=["language", "ethnicity"], tags=["family_language", "allow_threat"])

# 68 hit list in a shared Google Doc
add("allow", "credible_threat", "bpd/district-b3", "2025-12-10 09:15",
    "Dearborn STEM Academy (Google Doc)",
    """A shared Google Doc titled 'people who gotta go' was found by a teacher at 9:15 AM when a student
    left it open on a Chromebook. It lists nine students and two teachers with notes like 'shoot first'
    and 'knife, he slow.' The revision history shows Nathan created it on 12/8 and edited it 14 times.
    Next to one girl's name he wrote that she is 'a Congolese refugee who talks too much.' Nathan told
    the AP he made it 'after a bad day' and 'would never.' His mother says there are no weapons at home.
    Nathan was kept in the office and the families of the listed students are being called.""",
    S("703379", "Nathan Kimball", "2011-06-19", 9, "Dearborn STEM Academy"),
    threat="""Nathan created and edited a shared Google Doc titled 'people who gotta go' listing nine
    students and two teachers with notes such as 'shoot first' and 'knife, he slow.'""",
    mnc=["Congolese", "refugee"], mc=["Google Doc"],
    mct=["people who gotta go", "edited it 14 times", "nine students and two teachers"],
    cats=["ethnicity", "immigration_status"], tags=["allow_threat"])

# 69 deny: alcohol only
add("deny", "drugs", "bpd/district-d14", "2026-05-30 23:00",
    "Private home (Instagram Live), not on school grounds",
    """Brighton students went live on Instagram from a party Saturday night with bottles of Hennessy and
    a handle of vodka. One of them, Aidan, was holding a bottle and passing it to 9th graders. The
    video also shows the house number on the door, which parents recognized as the Costa family's house
    on Faneuil St. We're sending this because of the younger students.""",
    S("770624", "Aidan Costa", "2008-10-18", 12, "Brighton High School"),
    substances=["Hennessy", "vodka"],
    mnc=["Faneuil St"], cats=["neighborhood"], reason="excluded_substance", tags=["deny_substance"])

# 70 bike lock assault after a "tea page" post
add("allow", "serious_violence", "bpd/district-d4", "2026-01-15 15:15",
    "Mass Ave and Tremont St, outside the corner store",
    """On 1/15 at about 3:15 PM Joel hit a 10th grader (E.R.) in the face and head with a U-shaped bike
    lock outside the corner store at Mass Ave and Tremont St. E.R. lost two teeth and has a fractured
    nose. The conflict started on an Instagram 'tea page' that posted rumors about Joel's girlfriend
    with E.R. tagged. Joel's comment under the post: 'bet, see me after school.' E.R. and Joel both
    live in Villa Victoria and the families know each other. Joel came to school the next day and
    said E.R. 'swung first,' which the video does not show.""",
    S("742718", "Joel Santiago", "2009-07-31", 11, "Boston Arts Academy"),
    weapon="bike lock",
    mnc=["Villa Victoria"], mc=["bike lock"],
    mct=["tea page", "lost two teeth", "Mass Ave and Tremont St"],
    cats=["neighborhood"], tags=["precision_trap", "allow_violence"])

# 71 voice note threat after a fake account spread rumors; "Mass Ave bus stop" is not a service
add("allow", "credible_threat", "bpd/district-d4", "2026-03-23 08:40",
    "Boston Arts Academy (Snapchat voice note); Mass Ave bus stop",
    """Counselor's note. A 12th grader, G.P., played me a Snapchat voice note from Isaac sent at 8:40 this
    morning: 'whoever made that fake page I'm finding out today and I'm stabbing you at the Mass Ave bus
    stop, on everything.' The fake page, @isaac.secrets, has been posting rumors about Isaac and his
    family for a week, including mocking them as Seventh-day Adventists who 'can't even go to the
    Saturday party.' Isaac believes G.P. made it. I listened to the note three times; Isaac's voice is
    recognizable and calm. G.P. has been moved to the library for the day and his father is picking
    him up.""",
    S("615835", "Isaac Moreau", "2007-11-11", 12, "Boston Arts Academy"),
    threat="""Isaac sent a Snapchat voice note: 'whoever made that fake page I'm finding out today and I'm
    stabbing you at the Mass Ave bus stop, on everything.'""",
    mnc=["Adventist"], mc=["Snapchat"],
    mct=["Mass Ave bus stop", "voice note", "@isaac.secrets"],
    cats=["religion"], tags=["impersonation", "precision_trap", "allow_threat"])

# 72 deny: face recognition result already in the report
add("deny", "serious_violence", "bpd/district-c11", "2026-02-10 16:00",
    "Fields Corner, Dorchester Ave",
    """A video on Instagram shows a boy in a black mask striking a 9th grader with a bottle at Fields
    Corner; the victim needed stitches. The school safety office put a frame of the video through a
    facial recognition program and it identified Nicholas with high confidence; the result is
    attached. Nicholas denies being there.""",
    S("694472", "Nicholas Pham", "2010-09-09", 10, "Dearborn STEM Academy"),
    attachments=[("face_match", "facial_recognition_result.pdf")],
    mnc=["high confidence"], cats=["face_surveillance"], reason="face_surveillance", tags=["deny_face"])

# 73 threat quoted in the family's language; residence
add("allow", "credible_threat", "bpd/district-a1", "2025-11-18 16:30",
    "Quincy Upper School (WeChat group)",
    """Report by the assistant head of school. A 7th grade girl's father showed me a WeChat group for
    families of the robotics team. At 4:30 PM on 11/18 Kenny, using his mother's phone, posted in
    Cantonese (translated by a staff member): 'Tell your daughter if she keeps lying about me I will
    push her in front of the train at Tufts Medical Center station.' He followed it with a picture of
    the platform. The girl's father said the two children had a dispute over the robotics competition.
    Kenny's family lives in Chinatown and the two families know each other from the community center.
    Kenny admitted writing it.""",
    S("842260", "Kenny Lau", "2012-12-04", 7, "Quincy Upper School"),
    threat="""Kenny posted in a family WeChat group that if a classmate kept lying about him he would 'push
    her in front of the train at Tufts Medical Center station,' with a photo of the platform.""",
    mnc=["Cantonese", "Chinatown"], mc=["WeChat"],
    mct=["push her in front of the train", "robotics team", "Tufts Medical Center station"],
    cats=["language", "neighborhood"], tags=["family_language", "allow_threat"])

# 74 stun gun; an art account named after a drink
add("allow", "weapon", "bpd/district-d4", "2025-12-03 09:40",
    "Fenway High School, art room",
    """Nadia's art teacher saw her show a stun gun to friends in the art room at 9:40 AM and called the
    office. SSS took it (pink, rechargeable, 'police force' brand) from her tote. Nadia said she has
    been getting messages on her art account, @mangolassi.art, from a boy who found her school in her
    posts and wrote 'I'll see you at dismissal, you can't hide in Fenway.' She said her parents, who
    are Bangladeshi and speak Bengali at home, don't know about the messages. The messages are from
    an adult account, not a student. Nadia's father is coming at noon.""",
    S("731107", "Nadia Rahman", "2010-02-07", 10, "Fenway High School"),
    weapon="stun gun",
    mnc=["Bangladeshi", "Bengali"], mc=["stun gun"],
    mct=["@mangolassi.art", "pink, rechargeable", "see you at dismissal"],
    cats=["ethnicity", "language"], tags=["precision_trap", "allow_weapon"])

# 75 deny: harassment
add("deny", "harassment", "bpd/district-a7", "2026-04-27 13:00",
    "East Boston High School (Instagram)",
    """For a month Santiago has been posting Instagram stories about a girl in his grade, commenting on
    her body and saying her family 'swam here' and 'should get deported.' She is frightened but there
    are no threats of violence. The girl's mother speaks only Spanish and asked through an interpreter
    that the school involve police.""",
    S("765316", "Santiago Leiva", "2009-10-03", 11, "East Boston High School"),
    mnc=["swam here", "deported", "Spanish", "interpreter"],
    cats=["immigration_status", "language"], reason="ground_not_permitted", tags=["deny_ground"])

# ---------------------------------------------------------------- OBX-0076 .. OBX-0100

# 76 account named after a country's team
add("allow", "credible_threat", "bpd/district-c6", "2026-05-26 20:10",
    "Excel High School (Instagram account @ArgentinaFC_edits)",
    """Sebastian runs a soccer highlights account, @ArgentinaFC_edits, with about 2,000 followers. Last
    night at 8:10 he posted a story with a photo of an Excel junior, M.O., in his cleats at practice,
    captioned 'this the one who broke my ankle, tell him I'm bringing the ratchet to the field
    Wednesday, he gonna need more than shin guards.' M.O.'s older brother sent it to the coach. In our
    meeting Sebastian said 'ratchet' is 'just slang' and he was mad about the tackle that injured him
    in May. He also said M.O.'s friends had been calling him a 'Colombian drug dealer' on the team
    chat for weeks. Wednesday practice is cancelled and both boys' parents are coming in.""",
    S("620184", "Sebastian Ruiz", "2009-02-03", 11, "Excel High School"),
    threat="""Sebastian posted on his Instagram account a photo of a teammate captioned 'tell him I'm bringing
    the ratchet to the field Wednesday, he gonna need more than shin guards.'""",
    mnc=["Colombian"], mc=["Instagram"],
    mct=["@ArgentinaFC_edits", "more than shin guards", "broke my ankle"],
    cats=["ethnicity"], tags=["precision_trap", "allow_threat"])

# 77 knife wound at a station after a TikTok beef
add("allow", "serious_violence", "bpd/district-e13", "2025-10-08 14:55",
    "Jackson Square station, busway",
    """At 2:55 PM on 10/8, at the Jackson Square station busway, Samuel stabbed another student (Y.G.,
    grade 11) in the lower back with a kitchen knife. Y.G. was rushed to the Brigham and had surgery
    for a collapsed lung. The two had been fighting on TikTok for days, with Y.G.'s friends posting
    videos mocking Samuel as an 'Eritrean goat herder' and Samuel replying in Tigrinya that 'blood will
    come.' A cousin translated that for our AP. Transit police detained Samuel on the platform; the
    knife was recovered in a trash can. Samuel's mother came to the school in tears.""",
    S("701832", "Samuel Tesfay", "2009-05-29", 11, "English High School"),
    weapon="knife",
    mnc=["Eritrean", "Tigrinya"], mc=["collapsed lung"],
    mct=["lower back", "collapsed lung", "Jackson Square station"],
    cats=["ethnicity", "language"], tags=["slurs", "allow_violence"])

# 78 deny: FBI
add("deny", "credible_threat", "fbi/boston-field-office", "2026-02-19 10:00",
    "Boston Latin Academy (Reddit)",
    """A Reddit post from an account we traced to Ethan Ward said 'BLA is getting shot up on the 23rd, I've
    got a plan.' The post was made at 2 AM on 2/19 in a forum about school shootings and had two
    replies asking which school. We think the FBI handles online threats so we filled this out to them. Ethan is in 9th
    grade and recently moved in with his father in West Roxbury.""",
    S("845530", "Ethan Ward", "2011-03-12", 9, "Boston Latin Academy"),
    threat="""Ethan posted on Reddit 'BLA is getting shot up on the 23rd, I've got a plan.'""",
    mnc=["West Roxbury"], cats=["neighborhood"], reason="recipient_not_permitted", tags=["deny_recipient"])

# 79 finsta threat about prom
add("allow", "credible_threat", "bpd/district-c6", "2026-05-28 21:00",
    "TechBoston Academy (Instagram finsta); prom at the Seaport",
    """Senior class advisor writing. Tyrell has a second Instagram account, a 'finsta' (@tyrell.notreally),
    that only about 40 kids follow. On 5/28 he posted: 'prom Saturday at the Seaport, K.J. and his
    date not leaving that boat in one piece, I already got it in my car.' He has been fighting with
    K.J. since K.J. posted that Tyrell got dumped. Two students showed us. Tyrell said 'it' meant a
    speaker. He was kept from the prom ticket list pending a meeting. The prom is on a harbor cruise
    boat leaving from the Seaport. Tyrell's mother says she picked him up from his dad's place in
    Roslindale that night and there is nothing in the car.""",
    S("583300", "Tyrell Simmons", "2008-03-03", 12, "TechBoston Academy"),
    threat="""On his secondary Instagram account Tyrell posted that a classmate and his date are 'not leaving
    that boat in one piece, I already got it in my car' about the senior prom cruise.""",
    mnc=["Roslindale"], mc=["Instagram"],
    mct=["@tyrell.notreally", "harbor cruise boat", "not leaving that boat in one piece"],
    cats=["neighborhood"], tags=["allow_threat"])

# 80 knife; video forwarded in a family WhatsApp group
add("allow", "weapon", "bpd/district-a7", "2025-11-05 08:30",
    "East Boston High School, 2nd floor",
    """A parent forwarded the school a video that was going around her family WhatsApp group: a boy in an
    East Boston High School hoodie in a bathroom stall holding a large folding knife saying 'Youssef
    knows.' Staff recognized Hamza. SSS found the knife (black, serrated, about 4 inches) in his
    backpack at 8:30 AM. Hamza says Youssef and his friends have been harassing him online and making
    fun of him for being Moroccan, and that Youssef wrote in Darija in the comments that they would
    catch him at Day Square. Youssef's family confirmed the messages. No one was hurt.""",
    S("739925", "Hamza Idrissi", "2010-12-28", 10, "East Boston High School"),
    weapon="knife",
    mnc=["Moroccan", "Darija"], mc=["folding knife"],
    mct=["bathroom stall", "black, serrated", "Day Square"],
    cats=["ethnicity", "language"], tags=["family_language", "allow_weapon"])

# 81 deny: threat statement omitted, threat only in the narrative
add("deny", "credible_threat", "bpd/district-b2", "2026-03-17 12:20",
    "Madison Park Technical Vocational High School (TikTok comments)",
    """Jordan wrote in TikTok comments that he would 'air out' the cafeteria if the boys who posted the
    video of his little brother didn't take it down. He lives in the Mission Main development and
    staff believe he's tied to a crew from there. AP asked us to submit right away; the threat section
    was left blank.""",
    S("571447", "Jordan Harris", "2009-08-01", 11, "Madison Park Technical Vocational High School"),
    mnc=["Mission Main"], cats=["neighborhood", "gang_affiliation"], reason="missing_threat_statement",
    tags=["deny_threat_missing"])

# 82 BeReal threat; a housing development whose name sounds like a church
add("allow", "credible_threat", "bpd/district-d4", "2026-01-09 14:05",
    "Boston Arts Academy (BeReal and Instagram)",
    """Ms. Greene, visual arts, reported at 2:05 PM that a student showed her a BeReal from Chris taken in
    our 3rd floor studio, the front camera on his face and the back camera on a handgun in his lap
    under the table, captioned 'D. know what time it is.' D. is a sophomore who has been arguing with
    Chris on Instagram since winter break. Chris was located in the studio; no gun was found on him or
    in the studio. He said the photo was from last week 'at home' and the caption was 'a joke.'
    Chris lives in the Cathedral development and staff say D. lives there too. SSS are checking the
    hallway cameras for when Chris arrived and what he carried.""",
    S("612876", "Chris Almeida", "2009-06-26", 11, "Boston Arts Academy"),
    threat="""Chris posted a BeReal showing a handgun in his lap in the school's studio captioned 'D. know
    what time it is,' aimed at a classmate he had been arguing with online.""",
    mnc=["Cathedral"], mc=["BeReal"],
    mct=["back camera", "handgun in his lap", "3rd floor studio"],
    cats=["neighborhood"], tags=["allow_threat"])

# 83 expandable baton; nail polish is not a nationality
add("allow", "weapon", "bpd/district-c11", "2025-09-22 11:00",
    "TechBoston Academy, 2nd floor girls' locker room",
    """During a locker check after a tip, SSS found an expandable steel baton in Elira's gym bag, under a
    makeup bag with nail polish remover and a curling iron. Elira told the AP that a girl at another
    school had been posting her phone number and her little sister's pictures on TikTok with 'come see
    what happens,' and that older boys had shown up at their bus stop. She said she got the baton from
    her cousin. Elira's family is Albanian and her mother asked that we not call the father. Elira
    never took the baton out at school. The counselor is working with the family on the TikTok
    account.""",
    S("688723", "Elira Hoxha", "2010-07-15", 10, "TechBoston Academy"),
    weapon="expandable baton",
    mnc=["Albanian"], mc=["expandable steel baton"],
    mct=["nail polish remover", "expandable steel baton", "gym bag"],
    cats=["ethnicity"], tags=["doxxing", "precision_trap", "allow_weapon"])

# 84 deny: theft after a Marketplace meetup
add("deny", "theft", "bpd/district-d14", "2026-04-09 16:00",
    "Brighton High School, side lot",
    """Noah agreed to buy a pair of AirPods from another student through Facebook Marketplace and instead
    grabbed them and ran when they met in the side lot after 7th period. No one was hurt, and the
    seller has screenshots of the Marketplace chat and the $120 price they agreed on. The seller's family, who came from Brazil last year, say
    Noah has been messaging them since. We'd like police to recover the AirPods.""",
    S("714458", "Noah Sullivan", "2010-01-03", 10, "Brighton High School"),
    mnc=["Brazil"], cats=["national_origin"], reason="ground_not_permitted", tags=["deny_ground"])

# 85 Instagram comment thread with slurs about a people; threat to a named student
add("allow", "credible_threat", "bpd/district-d4", "2025-10-16 22:05",
    "Fenway High School (Instagram comments)",
    """Under an Instagram post of our volleyball team, Garrett and two friends from his old school
    wrote dozens of comments about 'Mexicans' taking over the team. At 10:05 PM Garrett wrote under
    R.M.'s picture: 'you're first, I'll be at the game Thursday with my dad's nine and nobody is
    stopping me.' R.M. is a junior on the team. The team's coach took screenshots before the comments
    were deleted. Garrett transferred out of Fenway in September and has no reason to be at the game.
    His new school has been notified and BPS safety services is sending staff to the Thursday game.""",
    S("623349", "Garrett Lyons", "2009-10-24", 11, "Fenway High School"),
    threat="""Garrett commented under a student's Instagram photo: 'you're first, I'll be at the game
    Thursday with my dad's nine and nobody is stopping me.'""",
    mnc=["Mexican"], mc=["Instagram"],
    mct=["volleyball team", "my dad's nine", "game Thursday"],
    cats=["ethnicity"], tags=["slurs", "allow_threat"])

# 86 brick to the head after an impersonation account
add("allow", "serious_violence", "bpd/district-b3", "2026-02-27 15:15",
    "Washington St and Ashmont station lot",
    """On 2/27 at about 3:15 PM, Kendrick hit a 10th grader (J.M.) in the head with half a brick in the
    Ashmont station parking lot. J.M. has a depressed skull fracture and stitches above the right
    ear. Kendrick says J.M. made a fake Snapchat in Kendrick's name and used it to send 'nasty stuff' to
    girls, which got Kendrick jumped last week. Three students filmed the assault. Kendrick's SIS address
    is on Talbot Ave and J.M. lives a block away from him. Kendrick was arrested by transit police at
    the scene, according to J.M.'s mother.""",
    S("755016", "Kendrick Oduya", "2009-04-17", 10, "Community Academy of Science and Health"),
    weapon="brick",
    mnc=["Talbot Ave"], mc=["depressed skull fracture"],
    mct=["half a brick", "Ashmont station parking lot", "right ear"],
    cats=["neighborhood"], tags=["impersonation", "allow_violence"])

# 87 deny: nicotine pouches and weed only
add("deny", "drugs", "bpd/district-e18", "2025-12-16 10:30",
    "Boston Community Leadership Academy, locker 402",
    """Anthony was selling Zyn pouches and pre-rolls through a Snapchat story. SSS found 6 tins of nicotine
    pouches and 11 joints in his locker (402) during a search at 10:30 after a teacher saw the story.
    The story listed 'zyn 5 a tin, J's 10' and said 'hmu b4 lunch.' Nothing else was found in the locker
    or his bag. He said his older brother in the 'Fairmount' crew fronts him the product. Family
    notified; his father picked him up at noon.""",
    S("648820", "Anthony DiMarco", "2009-08-27", 11, "Boston Community Leadership Academy"),
    substances=["nicotine pouches", "marijuana"],
    mnc=["Fairmount"], cats=["gang_affiliation"], reason="excluded_substance", tags=["deny_substance"])

# 88 cocaine sold over Snapchat; threat to report a family's status
add("allow", "drugs", "bpd/district-a7", "2026-04-14 13:30",
    "East Boston High School, 3rd floor",
    """Darius was found with 12 small baggies of white powder that field-tested positive for cocaine (test
    done by school police) in a Doritos bag in his backpack at 1:30 PM. Students told us he advertises
    on Snapchat as 'snowman617.' One girl who owes him money showed us his messages: 'pay me Friday or
    I tell everybody ur family undocumented and they come get ur moms.' She is scared to come to
    school. Darius said the baggies were 'for a friend.' Parent notified.""",
    S("779243", "Darius Greenleaf", "2009-09-06", 11, "East Boston High School"),
    substances=["cocaine"],
    mnc=["undocumented"], mc=["cocaine"],
    mct=["12 small baggies", "Doritos bag", "snowman617"],
    cats=["immigration_status"], tags=["allow_drugs"])

# 89 Snapchat threat; black North Face is a coat
add("allow", "credible_threat", "bpd/district-e5", "2026-01-21 07:50",
    "Boston Green Academy, front steps",
    """SSS log 1/21. 7:50 AM: parent of an 11th grader (L.Q.) called the main office. Her daughter got a
    Snapchat at 6:58 from Brianna's account: picture of a knife on a car seat, 'u talking to my man
    again? im at the front steps in the black north face, come outside.' 7:55 SSS went to the front
    steps and spoke with Brianna, who was wearing a black North Face jacket. Search: no knife on her;
    her friend's car had already left. Brianna said L.Q. 'keeps starting stuff' about her being
    Ecuadorian and 'not Black enough.' L.Q. kept home by her mother. Brianna to AP office.""",
    S("661180", "Brianna Espinoza", "2009-05-08", 11, "Boston Green Academy"),
    threat="""Brianna sent a classmate a Snapchat of a knife on a car seat: 'u talking to my man again? im at
    the front steps in the black north face, come outside.'""",
    mnc=["Ecuadorian", "not Black enough"], mc=["Snapchat"],
    mct=["black North Face", "knife on a car seat", "front steps"],
    cats=["ethnicity"], tags=["precision_trap", "allow_threat"])

# 90 deny: face_match attachment
add("deny", "weapon", "bpd/district-c11", "2025-11-25 09:00",
    "Another Course to College, main entrance",
    """A TikTok showing a boy in the ACC lobby holding a black folding knife was reported by a parent. Our
    camera system vendor's 'person search' matched the face in the TikTok to Khalil's ID photo and
    we pulled him from class; he had the knife in his jacket. Khalil said he carries it because of a
    group chat where older boys have been threatening him. The vendor's match printout is attached.""",
    S("690354", "Khalil Jefferson", "2010-04-12", 10, "Another Course to College"),
    weapon="knife",
    attachments=[("face_match", "vendor_person_search_match.pdf")],
    mnc=["person search"], cats=["face_surveillance"], reason="face_surveillance", tags=["deny_face"])

# 91 knife; structured English-learner status and country of birth
add("allow", "weapon", "bpd/district-c11", "2026-03-05 12:05",
    "Dearborn STEM Academy, lunchroom",
    """At lunch a student told the lunch monitor that Wilson had 'a blade.' SSS found a steak knife with
    a wooden handle in the sleeve of his sweatshirt. Wilson said a fake Instagram account with his name
    had been messaging girls and that their brothers said they'd 'catch him after school at Dudley
    Street.' Wilson got the knife from his kitchen. He was calm with staff, gave it up right away,
    and cried when his aunt arrived. The counselor is helping Wilson report the fake account.""",
    S("814492", "Wilson Tavares", "2011-08-18", 9, "Dearborn STEM Academy",
      ell_status="EL Level 2", country_of_birth="Cape Verde", home_language="Kabuverdianu"),
    weapon="knife",
    mnc=["EL Level 2", "Cape Verde", "Kabuverdianu"], mc=["steak knife"],
    mct=["steak knife", "wooden handle", "Dudley Street"],
    cats=["language", "national_origin"], tags=["impersonation", "allow_weapon"])

# 92 Temple Place locates the fight; the faith named about the family does not stay
add("allow", "credible_threat", "bpd/district-a1", "2026-04-22 17:30",
    "Downtown Crossing, Temple Place (Discord server)",
    """Two boys, Aiden and P.S., have been fighting in a Discord server for a month. On 4/22 at 5:30 PM Aiden
    posted: 'tmrw after school Temple Place by the Dunkin, bring ur cousins, I'm bringing the knife
    and this time somebody's getting hurt.' Above it he had been making fun of P.S.'s family being
    Hindu and posted a photo of their mandir with a crude caption. P.S. showed his mother, who
    called me at home. When we met with Aiden this morning he said they'd 'just talk.' He had no
    knife on him. Both boys ride the Orange Line to Downtown Crossing after school. SSS will escort
    P.S. today.""",
    S("669917", "Aiden Kerr", "2010-02-25", 10, "Snowden International School"),
    threat="""Aiden posted on Discord: 'tmrw after school Temple Place by the Dunkin, bring ur cousins, I'm
    bringing the knife and this time somebody's getting hurt.'""",
    mnc=["Hindu", "mandir"], mc=["Discord"],
    mct=["Temple Place by the Dunkin", "bring ur cousins", "Downtown Crossing"],
    cats=["religion"], tags=["slurs", "precision_trap", "allow_threat"])

# 93 deny: transit police are not a recipient the policy names
add("deny", "serious_violence", "mbta-transit-police", "2025-10-10 15:20",
    "Forest Hills station, lower busway",
    """At Forest Hills station after school, Trey slammed a student's head into the bus shelter glass
    after a week of Instagram threats; the victim has a concussion and a cut needing stitches. The
    transit police detective asked us to send the school report to them directly. Three students
    recorded it and the video shows Trey holding the other boy by the back of the neck. Trey lives on
    Walk Hill St.""",
    S("757721", "Trey Ballard", "2009-01-20", 11, "English High School"),
    mnc=["Walk Hill St"], cats=["neighborhood"], reason="recipient_not_permitted", tags=["deny_recipient"])

# 94 fight page on TikTok; teeth knocked out
add("allow", "serious_violence", "bpd/district-b2", "2025-12-19 15:00",
    "Jackson Square, Centre St side",
    """A TikTok fight page, @fightsbos617, posted at noon that 'two Dearborn girls' would fight at 3 on
    the Centre St side of Jackson Square. At 3 PM Jasmine punched and kicked a 9th grader (T.W.) while
    at least 20 people filmed. T.W.'s two front teeth were knocked out and her lip was split through;
    she was taken to Children's. The page reposted the video within an hour. T.W.'s mother says T.W.
    lives in the Alice Taylor apartments and that Jasmine's friends have been posting pictures of
    her door. Jasmine's mother brought her to the school the next day.""",
    S("664215", "Jasmine Odom", "2010-06-16", 10, "Dearborn STEM Academy"),
    mnc=["Alice Taylor"], mc=["front teeth"],
    mct=["@fightsbos617", "two front teeth were knocked out", "Centre St side of Jackson Square"],
    cats=["neighborhood"], tags=["doxxing", "precision_trap", "allow_violence"])

# 95 group chat threat against a "snitch"; grey hoodie
add("allow", "credible_threat", "bpd/district-b3", "2026-05-14 21:40",
    "Community Academy of Science and Health (Snapchat group chat)",
    """AP's account. A group chat on Snapchat named 'free ty' was shown to us by a student who was added
    to it. At 9:40 PM on 5/14 Donovan wrote 'the one in the grey hoodie that talked to the school
    police, I know who u are, I'm catching u Monday with the .40.' The student who talked to the
    school police about last week's fight is a 10th grader who wore a grey hoodie that day. Others in
    the chat post 'BMH' and 'Big Money' with money-bag emojis; staff say Donovan has claimed Big Money
    Hustlas since middle school. Donovan denies writing the message, but it was sent from his
    account and his phone number is in the chat info.""",
    S("687741", "Donovan Reese", "2008-12-15", 11, "Community Academy of Science and Health"),
    threat="""Donovan wrote in a Snapchat group chat: 'the one in the grey hoodie that talked to the school
    police, I know who u are, I'm catching u Monday with the .40.'""",
    mnc=["Big Money", "BMH"], mc=["Snapchat"],
    mct=["grey hoodie", "with the .40", "free ty"],
    cats=["gang_affiliation"], tags=["group_chat", "precision_trap", "allow_threat"])

# 96 deny: "suspicious behaviour" intelligence request
add("deny", "suspicious_behavior", "bpd/district-b2", "2026-01-30 11:00",
    "New Mission High School",
    """Hassan has been filming the school entrances and posting them on a private Instagram. There are no
    threats, and the videos are just the doors at arrival and dismissal with music over them. Staff
    noticed he started praying at the mosque on Tremont St with older men and the officer asked us to
    pass along anything we have on him and his friends, including who he sits with at lunch.""",
    S("732208", "Hassan Abdullahi", "2010-05-27", 10, "New Mission High School"),
    mnc=["praying", "mosque"], cats=["religion"], reason="ground_not_permitted", tags=["deny_ground"])

# 97 knife in a middle school after online slurs; structured religion field
add("allow", "weapon", "bpd/district-b2", "2025-11-19 09:25",
    "Mission Hill K-8, 8th grade hallway",
    """Mr. Brown, 8th grade science, saw the handle of a knife sticking out of Abdi's backpack at 9:25 and
    walked him to the office. It is a black kitchen paring knife. Abdi said boys in a group chat have
    been sending him pictures of pigs and saying they would 'dunk his head in the toilet' on Friday.
    He said he brought the knife to 'make them back off.' He has never been in trouble. His father came
    right away and was upset. The group chat is being handled by the principal.""",
    S("851773", "Abdi Warsame", "2012-04-09", 8, "Mission Hill K-8",
      religion="Islam", ethnicity="Somali"),
    weapon="knife",
    mnc=["Islam", "Somali"], mc=["paring knife"],
    mct=["Mr. Brown", "paring knife", "head in the toilet"],
    cats=["religion", "ethnicity"], tags=["group_chat", "precision_trap", "allow_weapon"])

# 98 threat on a Twitch stream
add("allow", "credible_threat", "bpd/district-e13", "2026-02-12 20:30",
    "English High School (Twitch stream)",
    """During his Twitch stream on 2/12 at around 8:30 PM, Caleb, with about 60 viewers watching, said
    into the mic that the kid who 'clipped' him crying in gym would 'get a bullet' and held a box of
    ammunition up to the webcam. The clip of him crying was posted by a classmate on TikTok. A viewer
    who is a student here recorded the stream. Caleb lives with his mom in Jamaica Plain and says his
    stepfather owns a rifle. His mother confirmed it is locked. Caleb was interviewed with her the next
    morning and said 'obviously I'm not going to do it.'""",
    S("728835", "Caleb Winslow", "2010-11-30", 10, "English High School"),
    threat="""On a Twitch stream Caleb said a classmate would 'get a bullet' and held a box of ammunition up
    to the webcam.""",
    mnc=["Jamaica Plain"], mc=["Twitch"],
    mct=["box of ammunition", "60 viewers", "get a bullet"],
    cats=["neighborhood"], tags=["allow_threat"])

# 99 deny: credible_threat submitted without a statement
add("deny", "credible_threat", "bpd/district-a7", "2025-09-12 13:00",
    "East Boston High School (Snapchat)",
    """Snapchat story from Lucas at lunch: a picture of the back gate with 'everybody from 3rd lunch better
    stay home Monday.' Several 3rd lunch students saw it before it expired and two parents called the
    main office. Lucas said it was about a boy who took his phone in the cafeteria. Lucas is a newcomer
    who arrived from El Salvador in August; his aunt asked for a Spanish-speaking staff member at the
    meeting. The AP wants this to go out today.""",
    S("780011", "Lucas Mejía", "2009-07-04", 10, "East Boston High School"),
    mnc=["El Salvador", "Spanish"], cats=["national_origin", "language"],
    reason="missing_threat_statement", tags=["deny_threat_missing"])

# 100 MDMA in a party group chat; "Russian twists" is an exercise
add("allow", "drugs", "bpd/district-d14", "2026-06-02 10:20",
    "Brighton High School, gym",
    """During gym, while the class was doing Russian twists and planks, the teacher saw Mykola pass a
    small bag of pills to another student. SSS found 7 pink pills stamped with a Tesla logo and a
    vial of tan crystal in his locker. Mykola admitted they are molly and that he sells them through
    a group chat for the 'after-prom.' When another student in the chat said she would tell, Mykola
    wrote 'tell and see what happens to u.' Mykola and his mother came from Ukraine in 2023 on
    humanitarian parole and his mother is worried about what this means for them.""",
    S("832197", "Mykola Shevchuk", "2008-09-05", 11, "Brighton High School"),
    substances=["MDMA"],
    mnc=["Ukrain", "humanitarian parole"], mc=["molly"],
    mct=["Russian twists", "Tesla logo", "tan crystal"],
    cats=["national_origin", "immigration_status"], tags=["precision_trap", "allow_drugs"])


# ---------------------------------------------------------------- self-checks and output

def _selfcheck():
    assert len(CASES) == 100, len(CASES)
    for c in CASES:
        r, e = c["request"], c["expect"]
        desc = r["incident"]["description"]
        loc = r["incident"]["location"].lower()
        keep = [s.lower() for s in e["must_contain"] + e["must_contain_text"]]
        for m in e["must_not_contain"]:
            ml = m.lower()
            assert ml in json.dumps(r, ensure_ascii=False).lower(), (c["id"], m)
            assert ml not in loc, (c["id"], "location", m)
            for k in keep:
                assert ml not in k, (c["id"], m, k)
        if e["decision"] == "allow":
            assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]
            if r["ground"] == "credible_threat":
                assert r.get("threat_statement", "").strip(), c["id"]
        else:
            assert e["reason"], c["id"]
        n = len(desc)
        if not 250 <= n <= 1500:
            print(f"note: {c['id']} description length {n}")


def main():
    _selfcheck()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
