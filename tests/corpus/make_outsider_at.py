#!/usr/bin/env python3
"""Outsider corpus "OAT": digital evidence described in student incident reports.

Family
------
Threats and incidents that happened, or were found, online and on phones, written the way BPS
staff actually describe the evidence: screenshots of stories, posts and DMs, usernames, gamertags
and handles, group-chat and Discord-server names, profile bios, location stickers and geotags, Snap
Map positions, upload file names, EXIF and device metadata (GPS, device and keyboard language,
carrier), URLs, hashtags, captions in another language and platform auto-translation notes, video
titles. Formats vary: incident narratives, IT / tech-office notes, SRO evidence logs, parents'
emails with pasted messages, threat-assessment team summaries, counselor, nurse, coach and teacher
notes, dean timelines.

The police copy must keep what police need to act: the words of the threat, the platform, the
time, the weapon or drug, the injury, the place of the incident and whatever identifies the account
as the student's that does not itself carry a forbidden fact. It must lose the student's (or
anyone's) origin, language, home, immigration status, faith, ethnicity or suspected crew, however
it is carried: a handle, a chat's name, a bio, a geotag, a translation note, a device setting.

Labelling notes
---------------
* must_not_contain lists the shortest substring(s) that reveal the forbidden fact ("haiti" in
  "@lil_haiti_k", "Dominican" in "xX_DominicanPapi_Xx", "Mattapan", "Creole", "pt-BR", a street
  name, a housing development, a crew's name or its initials). None is a substring of a category
  code, a reason code, a student-record key or anything police may legitimately receive; the bare
  word "immigration" is never used. Flag emoji are present in some bios but cannot be listed (the
  validator needs 3+ characters), so each such bio also carries a spelled-out canary.
* A handle that itself encodes a forbidden fact is treated as forbidden even when it is the only
  identifier of the poster (tag handle_only_identifier): the report names the student, says the
  student admitted or was tied to the account, and gives the platform and time, which is what police
  need to go to the platform with legal process. The handle's revealing part must not reach them.
  Innocent handles and chat names (teams, classes, game servers such as a Minecraft server called
  "Little Italy", "AP Spanish study group", "stage crew") are precision traps and must survive.
* Text quoted in another language (a Spanish caption, a Creole line) is not labelled either way:
  whether the words themselves reveal a language is arguable, so only the explicit naming of the
  language ("Translated from Haitian Creole", "device language Espanol") is a canary, and the
  English rendering that police need is kept in its own sentence where it is must_contain_text.
* A place that is the scene of the incident (a school gate on White St, Jamaica Pond as the
  meeting place of a planned fight, a geotag that shows the school) is an incident fact and stays;
  a place that shows where someone lives (a geotag at home, a Snap Map pin overnight, EXIF GPS of
  an apartment) goes.
* must_contain_text items sit in sentences or clauses that carry no forbidden fact, so a redactor
  that withholds a whole offending sentence still keeps them.
* Decisions follow RULES.md only: grounds, excluded substances (a vape of unknown content is
  excluded), recipients (BRIC, ICE, HSI, FBI, fusion center, transit and state police, private
  security are denied), credible_threat without a threat statement, face recognition (deny).
  Replica, BB and airsoft guns are denied with reason "other".

Deterministic: student ids and dates of birth come from random.Random(SEED); everything else is
written out by hand below. Standard library only.
"""
import datetime
import json
import pathlib
import random
import unicodedata

SEED = 20260318
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_at.jsonl"
PREFIX = "OAT"
FAMILY = "digital_evidence"

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-4301",
    "Boston Latin Academy": "BPS-4010",
    "Boston Latin School": "BPS-4020",
    "Madison Park Technical Vocational High School": "BPS-4350",
    "East Boston High School": "BPS-4210",
    "English High School": "BPS-4120",
    "Excel High School": "BPS-4290",
    "Brighton High School": "BPS-4240",
    "TechBoston Academy": "BPS-4410",
    "Mission Hill K-8": "BPS-4470",
    "John D. O'Bryant School of Mathematics & Science": "BPS-4180",
    "Charlestown High School": "BPS-4230",
    "Snowden International School": "BPS-4380",
    "Boston Arts Academy": "BPS-4090",
    "Boston Community Leadership Academy": "BPS-4176",
    "Dearborn STEM Academy": "BPS-4330",
    "Henderson K-12 Inclusion School": "BPS-4460",
    "Fenway High School": "BPS-4150",
    "New Mission High School": "BPS-4390",
    "Community Academy of Science and Health": "BPS-4270",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4360",
    "Boston Green Academy": "BPS-4430",
    "Josiah Quincy Upper School": "BPS-4440",
    "Washington Irving Middle School": "BPS-4480",
    "Lilla G. Frederick Middle School": "BPS-4490",
    "Curley K-8 School": "BPS-4500",
    "Edison K-8 School": "BPS-4510",
    "Boston Day and Evening Academy": "BPS-4520",
    "Another Course to College": "BPS-4530",
    "Lyon High School": "BPS-4420",
    "McCormack Middle School": "BPS-4540",
    "Tobin K-8 School": "BPS-4550",
    "Greater Egleston High School": "BPS-4560",
    "Boston Collaborative High School": "BPS-4570",
}

CASES = []


def add(name, school, grade, recipient, ground, when, location, description, *, decision,
        key=None, weapon=None, substances=None, threat=None, extra=None, attachments=None,
        reason=None, mnc=(), mct=(), cats=(), tags=()):
    """Record one hand-written case (ids, student ids and birth dates are assigned in build())."""
    CASES.append(dict(name=name, school=school, grade=grade, recipient=recipient, ground=ground,
                      when=when, location=location, description=description, decision=decision,
                      key=key, weapon=weapon, substances=substances, threat=threat, extra=extra,
                      attachments=attachments, reason=reason, mnc=list(mnc), mct=list(mct),
                      cats=list(cats), tags=list(tags)))


# --------------------------------------------------------------------------------------------
# Cases. Each description is written once; no two share a sentence template.
# --------------------------------------------------------------------------------------------

# 1 narrative: the only handle encodes an origin
add("Kenley Augustin", "Jeremiah E. Burke High School", 10, "bpd/district-b3", "credible_threat",
    "2025-10-19 22:40", "Instagram story (off campus); reported at Jeremiah E. Burke High School",
    '''On Sunday night a junior forwarded Ms. Oduya a screenshot of an Instagram story posted by the account @lil_haiti_k, which Kenley admitted Monday morning is his account. The story is a black screen with white text: "whoever snitched on me in 3rd period dont come to school tuesday. im bringing it." The screenshot shows the story was posted around 10:40 PM Sunday. Kenley said it was "a joke" and would not say what "it" meant. He has deleted the story; the student who sent the screenshot still has it and we saved a copy to the incident folder. Mother was called at 9:15 AM and came in at 11.''',
    threat='''On 10/19 the student posted an Instagram story telling whoever "snitched" on him not to come to school Tuesday because he is "bringing it". He refuses to say what he meant and was found with a folding knife at school last spring.''',
    decision="allow", key="im bringing it",
    mnc=["haiti"], mct=["dont come to school tuesday", "im bringing it", "around 10:40 PM Sunday"],
    cats=["national_origin"], tags=["narrative", "handle_forbidden", "handle_only_identifier"])

# 2 IT note: device and keyboard language in the metadata; "IP address" is innocent
add("Thiago Nascimento", "Boston Latin Academy", 10, "bpd/district-b2", "credible_threat",
    "2025-11-04 08:58", "Boston Latin Academy, advisory (district Chromebook)",
    '''Tech office note, 11/04, GoGuardian alert received 09:12.
Flagged file: "list.docx", uploaded to the student's district Google Drive from Chromebook asset BLA-CB-22817.
The doc has five names of 10th graders under the heading "ppl who are done on friday" and the line "bring the thing from my uncle's closet, 9mm, nobody laughs after that."
Last edit 08:58 during advisory, from the building Wi-Fi (IP address 10.41.8.77, student VLAN). Revision history shows only the student's account ever edited the file.
Device settings on the Chromebook at the time: language Português (Brasil), keyboard pt-BR.
Copies of the doc and of the GoGuardian alert are saved to the incident folder. Account suspended pending admin review. -- R. Kessler, Tech Office''',
    threat='''Student typed a list of five classmates under the heading "ppl who are done on friday" and wrote about bringing a 9mm from a relative's closet. The family confirmed a relative in the home owns a handgun.''',
    decision="allow", key="9mm",
    mnc=["Português", "Brasil", "pt-BR"], mct=["ppl who are done on friday", "9mm", "IP address 10.41.8.77"],
    cats=["language", "national_origin"], tags=["it_note", "metadata", "precision_trap"])

# 3 parent email: a group chat's name reveals origin; the school gate's street is the scene
add("Dario Lopes", "East Boston High School", 9, "bpd/district-a7", "credible_threat",
    "2026-03-09 22:00", "Snapchat (off campus); East Boston High School",
    '''From: Rosa Medeiros
Sent: Tuesday, March 10, 2026 6:48 AM
To: Callahan, Brian
Subject: threats to my son on snapchat please read

Good morning Mr. Callahan. I am sending what my son Mateus showed me last night around 10 pm. He was added to a Snapchat group called "Cape Verde Cousins" by Dario and then Dario wrote this to him. I copied it exactly from his phone:

Dario: u think u tough cuz ur brother
Dario: tmrw after 7th period by the White St gate. i got a blade for u
Dario: ask ur mom to say goodbye

Mateus is staying home today. I took screenshots of everything and I can bring them in. Please call me, I am at work until 3 but I will answer. We live at 212 Saratoga St 2nd floor if someone needs to come by.

Rosa''',
    threat='''Student messaged a classmate on Snapchat that he has a blade and will meet him at the school gate after 7th period, and told him to "ask ur mom to say goodbye".''',
    decision="allow", key="i got a blade for u",
    mnc=["Cape Verde", "Saratoga St"], mct=["i got a blade for u", "White St gate", "after 7th period"],
    cats=["national_origin", "neighborhood"], tags=["parent_email", "chat_name_forbidden", "precision_trap"])

# 4 SRO evidence log: gun on a story, the handle says "Dominican"
add("Yeison Ramírez", "Madison Park Technical Vocational High School", 11, "bpd/district-b2", "weapon",
    "2025-11-13 09:02", "Madison Park Technical Vocational High School, 2nd floor boys' room and locker 2217",
    '''SRO EVIDENCE LOG -- Ofc. T. Whalen (BPS Safety Services), log MP-25-0412, 11/13/2025
1. 09:41  Received from AP Grady: printed screenshot (1 page) of a Snapchat story. Story shows a black handgun on the sink in the 2nd floor boys' room (green tile, broken soap dispenser visible). Overlay text: "first one that play w me today gets it". Timestamp on screenshot 9:02 AM.
2. 09:41  Poster username on the screenshot: xX_DominicanPapi_Xx.
3. 09:58  Locker 2217 opened with AP Grady present. Recovered: 9mm pistol, black, magazine inserted with 7 rounds, wrapped in a gray hoodie. Photographed in place, made safe by me, bagged and tagged #1.
4. 10:10  Student's phone (iPhone, blue case) taken, powered off, not searched. Bagged #2.
5. 10:25  Student states the Snapchat account is his. No other account names given.
Chain of custody sheet attached. Items held in the safe in room 140 pending BPD pickup.''',
    weapon="handgun", decision="allow", key="9mm pistol",
    attachments=[{"kind": "photo", "name": "snap_story_0902.jpg"}, {"kind": "document", "name": "chain_of_custody_MP-25-0412.pdf"}],
    mnc=["Dominican"], mct=["2nd floor boys' room", "7 rounds", "first one that play w me today gets it"],
    cats=["ethnicity"], tags=["sro_log", "handle_forbidden", "handle_only_identifier"])

# 5 threat assessment: Minecraft server called "Little Italy" is innocent; the interpreter is not
add("Quang Pham", "John D. O'Bryant School of Mathematics & Science", 8, "bpd/district-b2", "credible_threat",
    "2026-01-22 21:47", "Discord (off campus); teacher at John D. O'Bryant School of Mathematics & Science",
    '''THREAT ASSESSMENT TEAM -- SUMMARY (Level 2), 1/23/2026
Referral: two 8th graders showed the AP messages from a Discord server called "Little Italy," a Minecraft survival server some O'Bryant students run; the name comes from the spawn town they built to look like the North End.
Messages: on 1/22 at 9:47 PM, in the #general channel, Quang's account wrote "if mr h fails me again im putting him in the ground for real, i know what car he drives." At 9:51 PM the same account wrote "not playing. watch monday."
Attribution: the display name is his first name, and Quang confirmed both messages are his.
Target: Mr. H is his science teacher, Mr. Hallstrom, who has been informed.
Interview: Quang said he was "heated" about a progress report and has no plan. He could not explain how he knows the teacher's car.
Parent meeting held 1/23 with a Vietnamese interpreter; mother reports no weapons in the home.
Finding: substantive threat pending more information (named target, reference to the teacher's vehicle, a day given). Safety plan: schedule change, daily check-in, teacher's parking moved.''',
    threat='''Student wrote in a Discord server that he would put his science teacher "in the ground for real" if the teacher failed him, that he knows the teacher's car, and "watch monday".''',
    decision="allow", key="putting him in the ground",
    mnc=["Vietnamese", "interpreter"], mct=["Little Italy", "putting him in the ground", "watch monday"],
    cats=["language"], tags=["threat_assessment", "precision_trap", "handle_innocent"])

# 6 deny: cyberbullying is not a ground; the handle reveals ethnicity
add("Hodan Warsame", "TechBoston Academy", 10, "bpd/district-c11", "cyberbullying",
    "2026-02-11 11:20", "TechBoston Academy, advisory room",
    '''Ms. Rivera -- forwarding what I saw in advisory today. Several girls were laughing at a TikTok slideshow of Aaliyah B. (screenshots of her old posts with clown emojis added, captioned "pick me of the year"). It was posted from @somali.queen.617, which the girls say is Hodan's account, and it has about 2,300 views. Aaliyah left class crying and went to the nurse. There is no threat in it that I could see, just mean. I asked Hodan to take it down and she said it isn't hers. The AP said to put it in as a referral. -- Mr. Feeney''',
    decision="deny", reason="ground_not_permitted",
    mnc=["somali"], cats=["ethnicity"], tags=["teacher_email", "deny_ground", "handle_forbidden"])

# 7 serious violence: a filmed beating; auto-translation names the language; "crew neck" is innocent
add("Kevin Ochoa", "Brighton High School", 11, "bpd/district-d14", "serious_violence",
    "2026-02-26 14:35", "Brighton High School, Warren St side doors",
    '''Summary of the 2/26 incident for the referral. At 2:35 PM outside the Warren St side doors Kevin punched D.S. repeatedly in the face after D.S. was already on the ground, then stomped on his head twice. D.S. lost consciousness briefly; EMS took him to St. Elizabeth's, where he was diagnosed with a fractured orbital bone and a concussion. The fight was filmed by another student and posted to Instagram Reels by an account belonging to Kevin's cousin about 20 minutes later, captioned "eso le pasa por hablar" with the hashtags #brightonfights #nolove. Instagram's "See translation" shows it as translated from Spanish. In English the caption reads "that's what happens for talking." The reel had 4,100 views before it was removed; we downloaded a copy first (reel_0226_1455.mp4, 38 seconds). In the video Kevin is wearing a gray crew neck sweatshirt and black jeans, which is what he had on when Mr. Doherty brought him to the office.''',
    decision="allow", key="fractured orbital bone",
    mnc=["Spanish"], mct=["fractured orbital bone", "stomped on his head twice", "crew neck sweatshirt"],
    cats=["language"], tags=["narrative", "translation", "precision_trap"])

# 8 deny: THC carts only; the Snap Map pin is the dealer's home
add("Connor Walsh", "Charlestown High School", 11, "bpd/district-a15", "drugs",
    "2025-12-03 10:30", "Charlestown High School, dean's office",
    '''Dean's note 12/3. A parent sent the front office a screenshot of a Snapchat story from the account "cwalshh22" showing a menu: "carts $25 / 2 for 45 / dm me, can meet by the Training Field." Connor admitted it is his story. A search of his backpack with Ms. Kiley present found six unopened vape cartridges labeled "Cereal Milk" and "Runtz," which he says are THC. Nothing else. Another student told me Connor's Snap Map shows him at the Bunker Hill development every night, "so everyone knows where to pick up." Parent notified. Referring per the AP.''',
    substances=["THC vape cartridges"], decision="deny", reason="excluded_substance",
    mnc=["Bunker Hill"], cats=["neighborhood"], tags=["dean_note", "deny_substance", "snap_map"])

# 9 drugs: pressed pills advertised in the JV soccer group chat (innocent chat name)
add("Jaylen Brooks", "Excel High School", 11, "bpd/district-c6", "drugs",
    "2026-04-15 07:35", "Excel High School, front entrance",
    '''On 4/14 the JV soccer coach, Mr. Doyle, brought me his phone. In the JV soccer group chat (GroupMe, 19 members, players and two managers) Jaylen had posted a photo of a sandwich bag of small blue pills stamped "M 30" with the message "percs 20 a pop, only to ppl i know, dont be weird." Coach screenshotted it at 6:12 PM and told Jaylen to delete it, which he did. The next morning at 7:35 SSS Ortega and I searched Jaylen's bag as he arrived and found 14 blue pills stamped M 30 inside a Celtics sock. The officer who took custody of the pills said pills stamped this way in Boston are almost always pressed fentanyl. Jaylen said he got them from "a guy online" and had not sold any; no one on the team reports buying any.''',
    substances=["fentanyl", "counterfeit oxycodone"], decision="allow", key="14 blue pills",
    mct=["JV soccer group chat", "14 blue pills", "Celtics sock"],
    tags=["narrative", "precision_trap", "handle_innocent", "allow_clean"])

# 10 teacher email: "AP Spanish study group" is a class chat, not a language at home
add("Oliver Brennan", "Boston Latin School", 12, "bpd/district-d4", "credible_threat",
    "2026-05-05 23:18", "iMessage group (off campus); Boston Latin School, room 302",
    '''Forwarded to the headmaster's office 5/6/2026, 7:55 AM, from Señora Kaplan (AP Spanish Language and Culture):
"Last night a student in my class sent me screenshots from the iMessage group they use for the class, which is named AP Spanish study group and has 14 kids in it. At 11:18 PM Oliver wrote: 'if I fail this exam tomorrow I'm shooting up the AP testing room, I'm dead serious, my dad keeps the rifle in the basement.' Two kids answered with skull emojis and one wrote 'bro stop.' He didn't send anything after that. The exam is at 8 in room 302 and he is in that section. I have not spoken to him."
Oliver was met by the AP at the door at 7:40 AM and is in the office. Exam proctor informed.''',
    threat='''Student wrote in a class group chat that he would "shoot up" the AP testing room if he failed the exam the next morning, and that his father keeps a rifle in the basement.''',
    decision="allow", key="rifle",
    mct=["AP Spanish study group", "shooting up the AP testing room", "room 302"],
    tags=["teacher_email", "precision_trap", "handle_innocent", "allow_clean"])

# 11 deny: ICE is never a recipient; status and origin in the text
add("Brayan Xicay", "Snowden International School", 10, "ice/ero-boston", "credible_threat",
    "2026-01-07 19:30", "WhatsApp (off campus)",
    '''Sent at the request of the ICE officer who called the main office on 1/9. On 1/7 Brayan posted a WhatsApp status (visible to his contacts for 24 hours) with a photo of a machete and the words "el que se meta con mi hermana." A classmate showed it to her teacher. Brayan told the counselor he is undocumented and came from Guatemala last year with his uncle; he said the machete is for his uncle's landscaping work. No machete was found at school.''',
    threat='''Student posted a photo of a machete with a caption about anyone who bothers his sister.''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["undocumented", "Guatemala"], cats=["immigration_status", "national_origin"],
    tags=["narrative", "deny_recipient"])

# 12 IT note: the location tag shows the school (innocent geotag)
add("Malik Johnson", "Dearborn STEM Academy", 9, "bpd/district-b2", "weapon",
    "2026-02-04 12:26", "Dearborn STEM Academy, room 214",
    '''IT note for Mr. Pereira. The TikTok video the library aide forwarded (https://www.tiktok.com/@m.j.flips/video/7461128840023311) is 11 seconds long, posted 2/4/2026 at 12:26 PM. It shows a hand flipping a black butterfly knife open and closed under a desk, captioned "lunch was mid." The location tag on the post is the school itself, and the desk and the blue chairs match room 214. The account m.j.flips lists Malik's school Gmail in the profile's contact field. Malik was pulled from 6th period at 1:40 PM; SSS found the butterfly knife (about a 4 inch blade) in the inside pocket of his coat.''',
    weapon="knife", decision="allow", key="butterfly knife",
    mct=["butterfly knife", "room 214", "location tag on the post"],
    tags=["it_note", "geotag", "precision_trap", "allow_clean"])

# 13 SRO narrative: the chat name is a crew; Jamaica Pond is the planned scene
add("Isaiah Greene", "English High School", 10, "bpd/district-e13", "credible_threat",
    "2025-09-30 14:51", "Snapchat; planned meeting at Jamaica Pond",
    '''At approx 3:10 PM on 9/30 a student handed me (SRO Baptiste) her phone to show a Snapchat group chat called "WPG 4L." From prior incidents I know the group name stands for Walnut Park Goonz, and I believe Isaiah runs with them. In the chat at 2:51 PM Isaiah posted a photo of a silver revolver lying on a bed and wrote "tell Jamal pull up to Jamaica Pond tonight, ima empty this." I photographed the screen. Jamal L. is an English High 10th grader who fought Isaiah's cousin last week; he was picked up by his mother at dismissal. Isaiah was not in the building after 2:30.''',
    threat='''Student posted a photo of a revolver and told a classmate to "pull up to Jamaica Pond tonight, ima empty this".''',
    decision="allow", key="silver revolver",
    mnc=["Walnut Park", "WPG", "runs with them"], mct=["Jamaica Pond", "silver revolver", "ima empty this"],
    cats=["gang_affiliation"], tags=["sro_narrative", "chat_name_forbidden", "precision_trap"])

# 14 deny: credible_threat without a statement; the bio pins a neighborhood
add("Tyrese Hall", "Fenway High School", 11, "bpd/district-d4", "credible_threat",
    "2025-11-18 07:02", "X (Twitter)",
    '''X post from @tyreseh_ at 7:02 AM 11/18: "fenway better have metal detectors today lol." Account bio says "Bowdoin-Geneva | 17 | free my bro." Student says it was a joke about a video game. Screenshot attached.''',
    attachments=[{"kind": "photo", "name": "x_post_1118.png"}],
    decision="deny", reason="missing_threat_statement",
    mnc=["Bowdoin"], cats=["neighborhood"], tags=["short", "deny_threat_missing", "bio"])

# 15 nurse log: stabbing on a screen-recorded FaceTime; language in structured fields
add("Wesley Dorval", "Community Academy of Science and Health", 10, "bpd/district-c11", "serious_violence",
    "2026-03-19 12:49", "Community Academy of Science and Health, C stairwell",
    '''Nurse's log and AP summary, 3/19/2026.
12:52 PM: student D.M. walked into the nurse's office holding a paper towel to his left side; a 2 cm puncture wound below the ribs was bleeding steadily. Pressure applied, 911 called 12:54, EMS on scene 1:03, transported to Boston Medical Center.
D.M. said "Wesley stabbed me in the stairwell."
A classmate had FaceTimed another student during lunch and screen-recorded the call. The 40-second recording (ScreenRecording_03-19-2026 12-49-07.MP4) shows Wesley swinging at D.M. in the C stairwell with something small and silver in his right hand.
1:10 PM: Wesley found in the cafeteria; SSS Mbaye recovered a folding knife with blood on the blade from his waistband.
The recording was AirDropped to the AP's district iPad and is preserved.''',
    weapon="knife", decision="allow", key="folding knife",
    extra={"home_language": "Haitian Creole", "ell_status": "EL level 3"},
    mnc=["Creole", "EL level 3"], mct=["2 cm puncture wound", "C stairwell", "folding knife with blood on the blade"],
    cats=["language"], tags=["nurse_log", "structured_fields", "allow_violence"])

# 16 parent email: pasted DMs carry "Translated from Haitian Creole"
add("Stanley Joseph", "Boston Green Academy", 10, "bpd/district-d14", "credible_threat",
    "2025-12-06 23:02", "Instagram direct messages (off campus)",
    '''Hello Ms. Greer,
This is Nadège, Fabiola's mother. I am writing because of messages a boy from her class sent her on Instagram on Saturday night. She showed me this morning. Under each message Instagram shows a small gray line that says "Translated from Haitian Creole" and then the English. I am pasting the English:

sjoseph.bga, 11:02 PM: If you tell anyone about what happened at the party, I will find you when you get off the 28 bus.
sjoseph.bga, 11:03 PM: I know your stop. Don't test me.
sjoseph.bga, 11:09 PM: I have something for you Monday.

Fabiola is very scared and does not want to go to school. She says it is Stanley from her advisory. Please tell me what the school will do. I will keep her home until I hear from you.
Thank you,
Nadège''',
    threat='''Student sent a classmate Instagram messages saying he would find her when she gets off the bus, that he knows her stop, and that he has "something" for her Monday.''',
    decision="allow", key="I know your stop",
    mnc=["Haitian", "Creole"], mct=["when you get off the 28 bus", "I know your stop", "I have something for you Monday"],
    cats=["language"], tags=["parent_email", "translation"])

# 17 deny: BRIC asks for a drill video; crew and housing development named
add("Marquis Dorsey", "Jeremiah E. Burke High School", 11, "bric", "credible_threat",
    "2025-09-29 16:00", "YouTube",
    '''Sending per the request of the BRIC analyst who contacted the Burke on 10/2. On 9/29 a YouTube video titled "FHG - No Smoke (Official Video)" was uploaded by a channel called FranklinHillTV. Staff recognized three Burke students in it, including Marquis, who raps the second verse and points a handgun at the camera while saying the name of a 10th grader here. The video has 18k views. We are not aware of any gun at school. Staff believe Marquis is part of FHG.''',
    threat='''Student appears in a music video pointing a handgun at the camera while naming a 10th grade classmate.''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["FranklinHill", "FHG"], cats=["gang_affiliation", "neighborhood"],
    tags=["narrative", "deny_recipient", "crew"])

# 18 counselor note: Snap Map shows where the student sleeps
add("Davonte Price", "Mission Hill K-8", 8, "bpd/district-b2", "credible_threat",
    "2026-04-27 23:40", "Snapchat story; Mission Hill K-8 front doors",
    '''Counselor note (Ms. Achebe), 4/28/2026. Two 8th grade girls came to me at 8:20 AM about something Davonte posted on his Snapchat story at 11:40 last night: a picture of our front doors with the text "last day for some of y'all. 10am." The girls said they checked his Snap Map and his Bitmoji was at the Alice Taylor apartments, where he lives, all night, so he took the picture earlier in the day. I told the principal right away. Davonte was met at the door at 8:45 and his bag was checked; nothing was found. He said the post was about the last day of MCAS. The MCAS window does not end until May.''',
    threat='''The night before a school day the student posted a photo of the school's front doors captioned "last day for some of y'all. 10am." His explanation does not match the testing calendar.''',
    decision="allow", key="last day for some of y'all",
    mnc=["Alice Taylor"], mct=["last day for some of y'all", "front doors", "his bag was checked"],
    cats=["neighborhood"], tags=["counselor_note", "snap_map"])

# 19 narrative: a GTA roleplay server named after a New York neighborhood is innocent
add("Amir Haddad", "Snowden International School", 10, "bpd/district-d4", "weapon",
    "2026-01-14 10:05", "Snowden International School, computer science room",
    '''Ms. Chen (CS teacher) reported at 10:05 AM on 1/14 that while helping Amir with a login problem she saw a Discord notification on his Chromebook from a server called "Spanish Harlem RP," which is a Grand Theft Auto roleplay server. The notification was a DM from another user: "u still got the taser for 40?" Amir told the AP he bought two stun guns online and was selling one. SSS Lam found a black stun gun shaped like a flashlight (brand Vipertek, charge light on) in his backpack. Amir said he carries the other one for the walk from the bus.''',
    weapon="stun gun", decision="allow", key="stun gun",
    mct=["Spanish Harlem RP", "stun gun shaped like a flashlight", "u still got the taser for 40"],
    tags=["narrative", "precision_trap", "handle_innocent", "allow_clean"])

# 20 deny: a hacked team account is not a ground; login metadata shows device language
add("Luis Almonte", "New Mission High School", 11, "bpd/district-b3", "unauthorized_account_access",
    "2026-03-03 00:14", "Instagram (off campus)",
    '''IT incident note, 3/3/2026. The @newmission_athletics Instagram account (run by the AD) was logged into at 12:14 AM from a device outside the district. The bio was changed to "NM athletics is a joke lol" and three story posts were added mocking the girls' basketball team. Meta's login activity shows: iPhone 13, Boston MA, device language Español (República Dominicana). The AD had shared the password with team captains last season; a captain's brother, Luis, told a teacher he did it. Password reset, 2FA on, posts removed. No threats were made. Referral requested by the AD.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Español", "Dominicana"], cats=["language", "national_origin"],
    tags=["it_note", "deny_ground", "metadata"])

# 21 SRO supplemental: EXIF GPS of the gun photo points at the family's apartment
add("Jamari Fields", "Henderson K-12 Inclusion School", 11, "bpd/district-c11", "weapon",
    "2026-05-12 08:30", "Henderson K-12 Inclusion School, upper campus office",
    '''Supplemental (SSS Sgt. Monroe), 5/12/2026.
At 8:05 AM a student reported that Jamari had posted a photo of a gun on his Instagram close friends story the night before, with the text "school tmrw." She AirDropped us the original photo, which she had saved.
File IMG_4471.HEIC was taken 5/11/2026 at 21:14:09 on an iPhone 12.
Its EXIF GPS is 42.29861 N, 71.06802 W, which maps to the family's apartment on Westville St.
At 8:30 AM Jamari was brought to the office and his backpack was searched with the AP present. Found: a black polymer pistol with no serial number (appears to be privately made), unloaded, and a loose magazine with 5 rounds in the front pocket. BPD took the weapon at 8:52 AM.''',
    weapon="firearm", decision="allow", key="pistol",
    attachments=[{"kind": "photo", "name": "IMG_4471.HEIC"}],
    mnc=["42.29861", "71.06802", "Westville"], mct=["no serial number", "magazine with 5 rounds", "21:14:09"],
    cats=["neighborhood"], tags=["sro_log", "exif", "metadata"])

# 22 deny: a filmed fight without serious injury is not a ground
add("Destiny Alvarez", "Another Course to College", 9, "bpd/district-e18", "fight",
    "2025-10-08 14:40", "Forest Hills station, bus berth",
    '''Two 9th grade girls, Destiny and K.R., fought at the Forest Hills station bus berth at 2:40 PM on 10/8. Nobody was seriously hurt: K.R. had a scratch on her cheek and Destiny a torn jacket. A bystander posted a 25-second video to TikTok with #HydeParkGirls #foresthills and it went around the school the next morning. Both girls live in Hyde Park and have been going back and forth on Instagram for weeks about a boy. Parents of both were called. AP asked that this be submitted.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Hyde Park"], cats=["neighborhood"], tags=["narrative", "deny_ground", "hashtag"])

# 23 AP email: Instagram Live from "MattapanMade", the only account name
add("Andre Beaubrun", "Boston Arts Academy", 11, "bpd/district-d4", "credible_threat",
    "2026-03-17 21:30", "Instagram Live (off campus); planned meeting at Ramsay Park",
    '''Principal Okafor -- summary of last night. At about 9:30 PM Andre went on Instagram Live from the account MattapanMade, with around 60 viewers, several of them BAA students. Three students sent me screen recordings on their own. About four minutes in he holds up what looks like a small black handgun and says: "Keisha and her brother think it's a game. Thursday at the Ramsay Park court, everybody gon see." The stream ended at 9:41. When I called his father this morning Andre admitted the account is his; he says the gun is a lighter shaped like a gun and that he has no problem with Keisha. Keisha is in 11th grade here, and several of our students play in the Thursday league at Ramsay Park. -- J. Castillo, AP''',
    threat='''On Instagram Live the student held up what looks like a handgun and said that a named classmate and her brother would see something Thursday at the Ramsay Park court.''',
    decision="allow", key="Ramsay Park court",
    mnc=["Mattapan"], mct=["Ramsay Park court", "everybody gon see", "small black handgun"],
    cats=["neighborhood"], tags=["admin_email", "handle_forbidden", "handle_only_identifier"])

# 24 IT/AP note: AirDrop menu; the sender's device name carries an ethnicity
add("Gabriel Santiago", "Josiah Quincy Upper School", 11, "bpd/district-a1", "drugs",
    "2025-10-23 11:52", "Josiah Quincy Upper School, cafeteria (second lunch)",
    '''Tech office / AP joint note, 10/23/2025. Between 11:52 and 11:58 AM about 40 students in second lunch got an AirDrop image of a menu: "molly caps 15, shrooms 3.5 for 30, gas hmu." Several students screenshotted the AirDrop prompt, which names the sending device "BoricuaBoy's iPhone." The district Wi-Fi controller shows one device with that name on the cafeteria access point from 11:50, registered under Gabriel's district login. Gabriel was called to the office at 12:20. In his jacket: 9 clear capsules of tan powder in a snack bag and a small bag of dried mushrooms. He said the capsules are molly. Items held for BPD.''',
    substances=["MDMA", "psilocybin", "marijuana"], decision="allow", key="molly",
    mnc=["Boricua"], mct=["9 clear capsules of tan powder", "dried mushrooms", "cafeteria access point"],
    cats=["ethnicity"], tags=["it_note", "metadata", "handle_forbidden"])

# 25 deny: HSI is federal; the father's status is in the text
add("Joel Batista", "Lilla G. Frederick Middle School", 8, "hsi/boston", "weapon",
    "2026-02-24 12:10", "Lilla G. Frederick Middle School, cafeteria",
    '''During lunch on 2/24 Joel showed a kitchen knife to another boy on a FaceTime call, and that boy's mother called the school. The knife (8 inch, black handle) was found in Joel's backpack at 12:10. An HSI agent called the principal on 2/26 asking for a copy of this report and anything from Joel's phone, saying the father overstayed a tourist visa and is under investigation.''',
    weapon="knife", decision="deny", reason="recipient_not_permitted",
    mnc=["overstayed", "tourist visa"], cats=["immigration_status"], tags=["narrative", "deny_recipient"])

# 26 theater teacher: "stage crew" and a Roblox game are innocent
add("Riley Chen", "Boston Arts Academy", 10, "bpd/district-d4", "weapon",
    "2026-03-24 16:47", "Boston Arts Academy (message sent off campus; weapon found in the building)",
    '''From Ms. Albright (technical theater), 3/25. I run the stage crew group chat on Remind for the spring musical. At 4:47 PM yesterday Riley posted a photo of brass knuckles on his hand with the message "if Theo touches my headset again during tech he's getting these," and deleted it a minute later; I had already seen it. Theo is another crew member and the two of them argued during rehearsal. Theo says the argument actually started in Roblox Brookhaven, which a few of the crew play together. This morning the AP and SSS Greene checked Riley's bag and found gold-colored metal brass knuckles in the side pocket.''',
    weapon="brass knuckles", decision="allow", key="brass knuckles",
    mct=["stage crew group chat", "gold-colored metal brass knuckles", "Roblox Brookhaven"],
    tags=["teacher_email", "precision_trap", "allow_clean"])

# 27 threat assessment: the poster's bio states his faith
add("Yusuf Abdi", "Edward M. Kennedy Academy for Health Careers", 11, "bpd/district-b2", "credible_threat",
    "2026-02-02 21:05", "Instagram comment (off campus)",
    '''Threat assessment team, EMK, 2/3/2026 -- notes.
Source: anonymous tip through the district SafeSchools app at 6:15 AM with two screenshots.
Screenshot 1: a comment under the school's Instagram post about the winter semi-formal, from the account yusuf.a_04, posted 2/2 at 9:05 PM: "enjoy ur dance, last one ever, im bringing the pressure cooker."
Screenshot 2: the account's profile, which shows his first name and the bio "Allah first | EMK '27."
Yusuf confirmed the account is his. He says the comment was a meme and there is no pressure cooker.
Team view: a pressure cooker reference tied to a named school event on Friday is concrete enough to act on.
Plan: referral to BPD, safety plan, no attendance at the semi-formal, parent meeting today at 3.''',
    threat='''Student commented under the school's post about the winter semi-formal: "enjoy ur dance, last one ever, im bringing the pressure cooker." The dance is Friday.''',
    decision="allow", key="pressure cooker",
    mnc=["Allah"], mct=["im bringing the pressure cooker", "winter semi-formal", "SafeSchools app"],
    cats=["religion"], tags=["threat_assessment", "bio"])

# 28 deny: face recognition used to unmask an anonymous account
add("Nathan Kowalczyk", "Brighton High School", 12, "bpd/district-d14", "credible_threat",
    "2025-11-06 22:20", "Instagram",
    '''The anonymous Instagram account @bhs.confessions.2026 posted at 10:20 PM on 11/6: "someone bringing a strap to the pep rally, not saying who." The account has no name on it. Mr. Talbot, our IT lead, ran the profile picture (a selfie with the face partly covered) through PimEyes, which returned a 91% match to a Facebook photo of Nathan. Nathan denies the account is his. We are asking BPD to confirm using the match.''',
    threat='''An anonymous account posted that "someone" is bringing a gun to the pep rally.''',
    attachments=[{"kind": "face_match", "name": "pimeyes_result_1107.png"}],
    decision="deny", reason="face_surveillance",
    mnc=["PimEyes"], cats=["face_surveillance"], tags=["narrative", "deny_face"])

# 29 serious violence: planned in a chat named for a class trip; the victim's family's church
add("Aidan Murphy", "Curley K-8 School", 8, "bpd/district-e13", "serious_violence",
    "2026-06-02 11:35", "Curley K-8 School, 8th grade locker bay",
    '''Incident summary, Curley K-8 upper campus, 6/2/2026. At 11:35 AM in the 8th grade locker bay Aidan swung a combination padlock inside a tube sock at C.V. and hit him on the back of the head. C.V. had a 3 cm laceration to the scalp and was vomiting; EMS took him to Children's, where he got staples and was kept overnight for a concussion. Students say it was planned in a Snapchat group named "Cape Cod trip 2026," which was made for the 8th grade overnight trip. At 10:02 PM the night before, Aidan wrote there: "tmrw C gets the lock, somebody film." We have screenshots from two students. C.V.'s father asked that any contact go through the pastor at his Pentecostal church because he has no phone right now.''',
    weapon="padlock in a sock", decision="allow", key="padlock",
    mnc=["Pentecostal", "pastor"], mct=["3 cm laceration", "Cape Cod trip 2026", "tmrw C gets the lock, somebody film"],
    cats=["religion"], tags=["narrative", "precision_trap", "chat_name_innocent"])

# 30 deny: nicotine and alcohol only; bio names an origin
add("Kimberly Portillo", "East Boston High School", 11, "bpd/district-a7", "drugs",
    "2026-03-11 09:15", "East Boston High School, locker 1140",
    '''Kimberly has been selling Juul pods and nips of Fireball through her Instagram close friends list (account kimm.p_, bio "Proud Salvadoran | EBHS"). AP Suarez found 12 pods and 4 nips in her locker 3/11. No other substances.''',
    substances=["nicotine pods", "alcohol"], decision="deny", reason="excluded_substance",
    mnc=["Salvadoran"], cats=["ethnicity"], tags=["short", "deny_substance", "bio"])

# 31 SRO log: gamertag, clip URL and a carrier, all innocent
add("Nate Sullivan", "Lyon High School", 9, "bpd/district-d14", "credible_threat",
    "2025-12-08 20:15", "Xbox Live voice chat (off campus)",
    '''SRO evidence log, Ofc. Dimarco, 12/9/2025.
Item A: screen recording (Medal.tv clip, 1:12) sent in by a 9th grader's parent. In a Call of Duty lobby the player with gamertag NoScopeNate617 says on voice chat: "I swear on my life I'm bringing my brother's gun to Lyon tomorrow and doing the whole first floor." Clip URL: https://medal.tv/games/call-of-duty/clips/2kd9Qx0
Item B: Xbox profile for NoScopeNate617 (screenshot). Real name field blank, bio "lyon 28 | dont add if ur bad."
Item C: the phone number the parent's son had for the player matches Nate's cell on our emergency card, carrier T-Mobile.
Three 9th graders identified Nate by his voice and the gamertag, and Nate confirmed it was him at 7:20 AM. No weapon on him or in his locker.''',
    threat='''In an online game's voice chat the student said he was bringing his brother's gun to school the next day and "doing the whole first floor".''',
    decision="allow", key="doing the whole first floor",
    mct=["NoScopeNate617", "doing the whole first floor", "carrier T-Mobile"],
    tags=["sro_log", "precision_trap", "handle_innocent", "allow_clean"])

# 32 deny: credible_threat with no statement; the server's name carries an ethnicity
add("Brandon Lam", "Washington Irving Middle School", 7, "bpd/district-e18", "credible_threat",
    "2026-01-27 20:40", "Discord",
    '''7th grader Brandon posted in a Discord server called "Viet Pride 617" that "irving is getting swatted thursday, i already have the number." The counselor is looking into it with the parent. A student's older sister turned in the screenshots.''',
    decision="deny", reason="missing_threat_statement",
    mnc=["Viet"], cats=["ethnicity"], tags=["short", "deny_threat_missing", "chat_name_forbidden"])

# 33 deny: an airsoft pistol needs an approver's determination; the bio names a hometown abroad
add("Liam Costa", "Charlestown High School", 10, "bpd/district-a15", "weapon",
    "2026-04-07 08:20", "Charlestown High School, main entrance",
    '''Liam posted a TikTok at 7:55 AM, filmed on the bus, showing what looked like a black handgun in his waistband, captioned "ready for 1st period." His profile bio reads "Governador Valadares -> Boston | 16." At 8:20 AM SSS searched his bag and found a black airsoft pistol with the orange tip painted over and a bag of 6mm BBs. Liam said it was for a video.''',
    weapon="airsoft pistol", decision="deny", reason="other",
    mnc=["Governador Valadares"], cats=["national_origin"], tags=["narrative", "deny_replica", "bio"])

# 34 parent email: the sender's handle states an immigration status; her name is also shown
add("Alexis Fuentes", "Boston Community Leadership Academy", 10, "bpd/district-e18", "credible_threat",
    "2025-10-16 23:47", "Instagram direct messages (off campus)",
    '''Subject: my daughter is being threatened

Dear Dr. Grant,
My daughter Sofia (grade 10) got these messages on Instagram from a girl in her grade named Alexis. The account is @dreamer.undocu.x but the name on it says Alexis F. and my daughter knows it is her. Here is what she sent Thursday night, I typed it exactly:

11:47 PM  keep talking about me and see what happens
11:48 PM  i carry a razor in my phone case, ask about me
11:52 PM  tomorrow in the lunchroom ur face is mine

Sofia stayed home Friday. I don't want this to turn into something bigger but I am scared for her. Please call me at work.
Maria Torres''',
    threat='''Student messaged a classmate that she carries a razor in her phone case and that "tomorrow in the lunchroom ur face is mine".''',
    decision="allow", key="razor",
    mnc=["undocu"], mct=["i carry a razor in my phone case", "ur face is mine", "in the lunchroom"],
    cats=["immigration_status"], tags=["parent_email", "handle_forbidden"])

# 35 narrative: "Visa gift cards" are payment, not a status
add("Pedro Dominguez", "Boston Day and Evening Academy", 11, "bpd/district-b2", "drugs",
    "2026-01-29 10:40", "Boston Day and Evening Academy, 3rd floor bathroom",
    '''At 10:40 AM on 1/29 a staff member found a small digital scale and a folded dollar bill with white powder on the floor of the 3rd floor bathroom. Students said Pedro had been selling and posting on his Snapchat story "white girl in stock, cash app or visa gift card," posted at 9:58 AM under the display name "P. Dom." When his jacket was searched at 11:15 AM it held 9 small baggies of white powder and two Visa gift cards. The responding officer's field test was positive for cocaine.''',
    substances=["cocaine"], decision="allow", key="cocaine",
    mct=["Visa gift cards", "9 small baggies of white powder", "positive for cocaine"],
    tags=["narrative", "precision_trap", "allow_clean"])

# 36 deny: the fusion center is never a recipient; a crew flag in the record
add("Jordan Pinto", "English High School", 10, "commonwealth-fusion-center", "weapon",
    "2026-02-12 07:48", "English High School, main entrance bag check",
    '''Kitchen knife (7 inch) recovered from Jordan's backpack during the 2/12 bag check at the main entrance, 7:48 AM. He had posted a picture of the knife on his Instagram story the night before with "bring it to me then" over a screenshot of a DM. The fusion center analyst asked for the report along with his Instagram handle.''',
    weapon="knife", extra={"gang_status": "Associate - Lucerne St (per BRIC list)"},
    decision="deny", reason="recipient_not_permitted",
    mnc=["Lucerne"], cats=["gang_affiliation"], tags=["narrative", "deny_recipient", "structured_fields"])

# 37 IT findings: a burner email traced to a Chromebook whose keyboards show a language
add("Omar Khalil", "Fenway High School", 12, "bpd/district-d4", "credible_threat",
    "2026-04-09 07:31", "Fenway High School, library (district Chromebook)",
    '''IT findings for the threat assessment team, 4/9/2026.
1. At 7:31 AM all 22 Fenway teachers got an email from fenwaydiesfriday@gmail.com, subject "friday," body: "I will be at the 11:00 assembly with enough for everyone in the gym. Dont bother looking."
2. Message headers show it was sent from the district guest Wi-Fi. Network logs match that session to Chromebook FHS-CB-1093 at 7:29 AM.
3. FHS-CB-1093 was signed in to Omar's district account from 7:22 AM; the library sign-in sheet has him there.
4. Input settings on that Chromebook list two keyboards, English (US) and Arabic.
5. Browser history shows the Gmail signup page at 7:24 AM.
Omar is with the AP. Nothing was found on him.''',
    threat='''An email to all teachers said the sender would be at Friday's 11:00 assembly "with enough for everyone in the gym"; it was traced to a Chromebook signed in to the student's account.''',
    decision="allow", key="11:00 assembly",
    mnc=["Arabic"], mct=["enough for everyone in the gym", "FHS-CB-1093", "11:00 assembly"],
    cats=["language"], tags=["it_note", "metadata"])

# 38 deny: "gang activity" is not a ground
add("Devin Ashby", "Excel High School", 11, "bpd/district-c6", "gang_activity",
    "2025-12-01 08:00", "Excel High School, front steps (photo)",
    '''Over the weekend Devin changed his Instagram bio to "Cheney Block 4L" and posted a story of eleven kids throwing hand signs on the Excel front steps, #CheneyBlock. Nothing happened at school and there was no threat. The AP wants BPD aware because the photo was taken on our steps.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Cheney"], cats=["gang_affiliation"], tags=["short", "deny_ground", "crew", "bio"])

# 39 pepper spray used in a bathroom; the unboxing video's location sticker shows her home
add("Nia Whitfield", "Josiah Quincy Upper School", 10, "bpd/district-a1", "weapon",
    "2025-11-20 13:15", "Josiah Quincy Upper School, 2nd floor girls' bathroom",
    '''Nia sprayed pepper spray in the 2nd floor girls' bathroom at 1:15 PM on 11/20 during an argument with two other girls. Both had burning eyes and were rinsed by the nurse; no hospital. SSS Ruiz took the canister from her (Sabre, pink, keychain size). The other girls showed me a TikTok Nia posted last week unboxing the same pink keychain spray, captioned "for anybody who wanna try me." The post has a location sticker reading "Codman Square, Dorchester," which is where she lives.''',
    weapon="pepper spray", decision="allow", key="pepper spray",
    mnc=["Codman", "Dorchester"], mct=["2nd floor girls' bathroom", "keychain spray", "for anybody who wanna try me"],
    cats=["neighborhood"], tags=["narrative", "geotag"])

# 40 teacher: a Google Form titled "Origins of World War I" (innocent)
add("Marcus Bell", "Another Course to College", 10, "bpd/district-b2", "credible_threat",
    "2026-03-26 13:44", "Another Course to College, World History classroom",
    '''World History teacher Mr. Adeyemi found this at 2:10 PM on 3/26 while reading responses to the Google Form "Unit 3 exit ticket: Origins of World War I." In the answer box for question 4 Marcus wrote: "the assassination was nothing, wait until I do Mr A and the whole 3rd period on monday with my cousins 30." The form collects the school email automatically, so the response is tied to Marcus's account; it was submitted at 1:44 PM from a classroom Chromebook. A "30" is slang for a 30-round magazine. Marcus has been angry about a failing grade. Parent contacted 2:40 PM.''',
    threat='''In a class exit ticket the student wrote that he would "do" his teacher and "the whole 3rd period on monday" with "my cousins 30" (slang for a 30-round magazine).''',
    decision="allow", key="3rd period",
    mct=["Origins of World War I", "the whole 3rd period on monday", "30-round magazine"],
    tags=["teacher_email", "precision_trap", "allow_clean"])

# 41 serious violence: the location sticker "Nubian Square" is the scene, not a people
add("Terrell Mack", "Madison Park Technical Vocational High School", 12, "bpd/district-b2", "serious_violence",
    "2025-10-29 15:05", "Nubian station busway",
    '''At 3:05 PM on 10/29, about ten minutes after dismissal, Terrell cut a Madison Park 11th grader (J.P.) across the left cheek and ear with a box cutter during a fight at the Nubian station busway. J.P. was taken to BMC and needed 22 stitches. A bystander's Snapchat video of the fight was posted with the location sticker "Nubian Square" and shows the cut. Terrell was arrested at the scene; the box cutter (yellow, retractable) was recovered under a bench. The BPD detective following up asked for what students have sent us: three videos and two screenshots of a story Terrell posted at 1:30 PM saying "after school it's on sight."''',
    weapon="box cutter", decision="allow", key="box cutter",
    mct=["Nubian Square", "22 stitches", "after school it's on sight"],
    tags=["narrative", "precision_trap", "geotag", "allow_clean"])

# 42 deny: transit police is not a named recipient; the handle carries an ethnicity
add("Jerome Campbell", "Jeremiah E. Burke High School", 10, "mbta-transit-police", "credible_threat",
    "2025-11-14 15:20", "MBTA route 22 bus",
    '''MBTA Transit Police Det. Flaherty asked for our report on the 11/14 incident on the 22 bus. Jerome's account @jamaican.j.boy posted a video from the back of the bus at 3:20 PM showing him pointing at a Burke 9th grader and saying "this the one, catch him at Ashmont." The 9th grader got off early and was not hurt. Jerome says it was a joke.''',
    threat='''Student posted a video pointing out a 9th grader and telling others to "catch him at Ashmont".''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["jamaican"], cats=["ethnicity"], tags=["narrative", "deny_recipient", "handle_forbidden"])

# 43 threat assessment: a chat named for the street they live on; Castle Island is the scene
add("Sean Gallagher", "Excel High School", 10, "bpd/district-c6", "credible_threat",
    "2026-05-18 23:06", "Snapchat voice note (off campus); planned at Castle Island parking lot",
    '''Threat Assessment -- Excel High -- 5/19/2026
Reported by: a 10th grade girl, to her counselor, 7:50 AM, with screen recordings.
Where: a Snapchat group the boys call "the 4th St chat," after the street most of them live on.
What was said: Sean sent a voice note at 11:06 PM on 5/18, transcribed by the counselor: "Tomorrow at the Castle Island parking lot I'm bringing the knife, she's gonna regret leaving me." At 11:08 PM he sent a photo of a large kitchen knife.
Target: his ex-girlfriend (10th grade), who broke up with him Saturday and had planned to be at Castle Island after school with friends.
Interview: Sean admits sending both, says he had been drinking, and says the knife is his mother's.
Concerns: named target, place and time, weapon shown, recent breakup.
Actions: parent meeting, safety plan for the girl, BPD referral, no-contact directive.''',
    threat='''Student sent a voice note saying he would bring a knife to the Castle Island parking lot the next day and that his ex-girlfriend would "regret leaving" him, then sent a photo of a large kitchen knife.''',
    decision="allow", key="kitchen knife",
    mnc=["4th St"], mct=["Castle Island parking lot", "she's gonna regret leaving me", "large kitchen knife"],
    cats=["neighborhood"], tags=["threat_assessment", "chat_name_forbidden", "precision_trap"])

# 44 deny: impersonating a teacher is not a ground; VPN exit and family origin named
add("Chidi Okonkwo", "TechBoston Academy", 9, "bpd/district-c11", "impersonation",
    "2026-02-02 19:00", "Instagram",
    '''Teacher impersonation account. @mrs.delaney.real was created 2/2 and posted edited photos of Mrs. Delaney with cartoon captions; 140 followers, mostly TechBoston 9th graders. Instagram support said the account was created through a VPN exit in Lagos. Chidi told the AP he set his VPN there because his family is from Nigeria, and he admitted making the account. No threats, no sexual content. The account was reported and removed. Mrs. Delaney is upset and asked that it be referred.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Nigeria", "Lagos"], cats=["national_origin"], tags=["narrative", "deny_ground", "metadata"])

# 45 Xanax sold on a class Discord; home address in the record
add("Ethan Mercado", "Boston Latin Academy", 11, "bpd/district-b2", "drugs",
    "2025-12-16 08:40", "Boston Latin Academy, AP's office",
    '''Summary for BPD, 12/16/2025. A parent forwarded screenshots from a Discord server for BLA juniors in which the user "ethan.m" posted at 8:12 PM on 12/15 in the #marketplace channel: "bars 5 each, 10 for 40, real ones not pressed, can bring tmrw." The account is linked to Ethan's school email, which he used with the server's verification bot. At 8:40 AM on 12/16 the AP and SSS found 23 white rectangular pills marked "XANAX 2" in his backpack, in a pill bottle with the label scratched off. Ethan says they were his grandmother's.''',
    substances=["alprazolam (Xanax)"], decision="allow", key="XANAX",
    extra={"address": "44 Ruthven St Apt 2", "zip": "02121"},
    mnc=["Ruthven", "02121"], mct=["23 white rectangular pills", "XANAX 2", "#marketplace channel"],
    cats=["neighborhood"], tags=["narrative", "structured_fields"])

# 46 dean timeline: Snapchat shows a translation note naming the language
add("Gustavo Rocha", "Brighton High School", 9, "bpd/district-d14", "weapon",
    "2026-01-08 07:50", "Brighton High School, dean's office (video filmed in 1st floor hallway)",
    '''Timeline (Dean Farrell), 1/8/2026
7:10 AM  A teacher gets a Snapchat Spotlight link from a student: video of Gustavo in the 1st floor hallway holding a hunting knife in a brown sheath, posted 1/7 at 2:55 PM. Snapchat marks the on-screen text "Translated from Portuguese" and shows it as "nobody touches my little brother."
7:45 AM  Gustavo arrives and is brought to the dean's office.
7:50 AM  Bag search with AP present: hunting knife, 5 inch fixed blade, brown leather sheath, inside a sneaker box.
8:05 AM  Gustavo says an older boy has been taking his brother's money at the bus stop.
8:20 AM  Mother called; she is coming at 10.
8:30 AM  Knife secured in the main office safe for BPD.''',
    weapon="knife", decision="allow", key="hunting knife",
    mnc=["Portuguese"], mct=["hunting knife, 5 inch fixed blade", "1st floor hallway", "inside a sneaker box"],
    cats=["language"], tags=["dean_timeline", "translation"])

# 47 a mother reports her own son's finsta; church and home address in her email
add("Jonah Whitaker", "John D. O'Bryant School of Mathematics & Science", 11, "bpd/district-b2", "credible_threat",
    "2026-02-09 01:14", "Instagram (off campus)",
    '''Dear Mr. Lombardi,
I am Jonah's mother. I am sorry to write this but I think I have to. Last night I saw on Jonah's second Instagram account, which he doesn't know I follow (@not.jonah.fr), a post from 1:14 AM of a screenshot of the O'Bryant floor plan with the math wing circled and the words "monday they'll learn." Under it he wrote "I know where the key to my uncle's safe is." My brother keeps guns in a safe at our house, and I have asked him to move them this morning. Jonah has been very angry since he was cut from the robotics team. Our pastor at Morning Star Baptist has been talking with him. I am keeping him home today and I want to do the right thing.
Denise Whitaker
12 Mount Ida Rd, Dorchester 02122''',
    threat='''The student posted a floor plan of the school with the math wing circled and "monday they'll learn", and wrote that he knows where the key to his uncle's gun safe is; the uncle confirms guns in the home.''',
    decision="allow", key="monday they'll learn",
    mnc=["Baptist", "pastor", "Mount Ida", "02122", "Dorchester"],
    mct=["math wing circled", "monday they'll learn", "the key to my uncle's safe"],
    cats=["religion", "neighborhood"], tags=["parent_email", "self_report"])

# 48 deny: a self-harm post is not a ground; the handle carries an ethnicity
add("Selam Tesfaye", "Boston Green Academy", 9, "bpd/district-d14", "student_welfare",
    "2026-04-02 21:40", "TikTok",
    '''Counselor note: at 9:40 PM on 4/2 a friend messaged Ms. Brandt a TikTok Selam had posted from @habesha.girl.selam, a video captioned "goodbye everybody, sorry." Ms. Brandt called the family and 911; Selam was taken to Franciscan Children's for evaluation and is safe. No threat to anyone else. Filing with BPD for the wellness check record.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["habesha"], cats=["ethnicity"], tags=["counselor_note", "deny_ground", "handle_forbidden"])

# 49 remote class: Google Meet chat; origin and entry date in the record
add("Josué Padilla", "New Mission High School", 10, "bpd/district-b3", "credible_threat",
    "2026-02-23 09:17", "Google Meet (remote learning day)",
    '''On the 2/23 snow day (remote learning), Algebra II period 2 met on Google Meet. At 9:17 AM Josué typed in the Meet chat, visible to the whole class: "when we go back wednesday somebody getting shot in this class and its gonna be me that does it." The teacher, Mr. Oyelaran, kept the chat log, which Meet saved to Drive as "Algebra II P2 - Chat.sbv." The attendance report shows Josué's district account joined at 9:02 from a phone. When the AP called, Josué said a friend had his phone; he would not name the friend.''',
    threat='''During a remote class the student typed in the meeting chat that when school reopens "somebody getting shot in this class and its gonna be me that does it".''',
    decision="allow", key="somebody getting shot",
    extra={"country_of_birth": "Honduras", "us_entry_date": "2023-08-14", "sife": True},
    mnc=["Honduras", "2023-08-14"], mct=["somebody getting shot in this class", "Algebra II P2 - Chat.sbv", "joined at 9:02 from a phone"],
    cats=["national_origin", "immigration_status"], tags=["teacher_note", "structured_fields"])

# 50 a group assault streamed live; staff name a crew
add("Xavier Booker", "Dearborn STEM Academy", 11, "bpd/district-b2", "serious_violence",
    "2025-09-18 15:15", "Dearborn STEM Academy, parking lot by the Greenville St fence",
    '''Incident report, Dearborn STEM Academy, 9/18/2025. At 3:15 PM three males jumped 10th grader R.T. in the corner of the school parking lot by the Greenville St fence. Xavier hit R.T. several times with a bicycle chain. R.T. suffered a broken left forearm and cuts to the scalp and went by ambulance to BMC. One of the other two boys streamed it on Instagram Live, and two of our students screen-recorded the Live and sent it to the AP. Staff believe the three are part of the Stonehurst crew. Xavier can be seen clearly in the recording wearing his orange Dearborn lanyard. The chain was not recovered.''',
    weapon="bicycle chain", decision="allow", key="bicycle chain",
    mnc=["Stonehurst"], mct=["bicycle chain", "broken left forearm", "orange Dearborn lanyard"],
    cats=["gang_affiliation"], tags=["narrative", "crew", "precision_trap"])

# 51 deny: THC gummies only
add("Brianna Ortiz", "Madison Park Technical Vocational High School", 10, "bpd/district-b2", "drugs",
    "2026-05-07 11:40", "Madison Park Technical Vocational High School, 2nd floor hallway",
    '''Brianna sold THC gummies (packaged as "Delta 9 Sour Worms 500mg") through Instagram, account @candylady.bos, handing them over at lunch. Her ESL teacher saw a sale in the 2nd floor hallway at 11:40 on 5/7. 14 packs recovered from her locker. No other drugs found.''',
    substances=["THC gummies"], decision="deny", reason="excluded_substance",
    mnc=["ESL teacher"], cats=["language"], tags=["short", "deny_substance"])

# 52 a YouTube Short; the channel's About page says where he stays
add("Declan Moore", "John D. O'Bryant School of Mathematics & Science", 12, "bpd/district-b2", "credible_threat",
    "2026-06-04 06:45", "YouTube (off campus); John D. O'Bryant School auditorium",
    '''AP report, 6/4/2026. A YouTube Short titled "POV: last day at O'Bryant" was posted at 6:45 AM from the channel "decl4n.m." It is 14 seconds of the main entrance filmed from across the street, then a frame that says "see u at 10:30" over a photo of a rifle lying on a bed. The video description reads "#seniorszn #BostonStrong #lastday." The channel's About page gives his first name and "Lower Mills, where I stay." Declan was met at the door at 7:40 and says the rifle photo is from Google; his father says there are no guns at home. Senior awards are at 10:30 in the auditorium.''',
    threat='''The student posted a video of the school entrance followed by "see u at 10:30" over a photo of a rifle; senior awards start at 10:30 that morning.''',
    decision="allow", key="rifle",
    mnc=["Lower Mills"], mct=["see u at 10:30", "#BostonStrong", "photo of a rifle lying on a bed"],
    cats=["neighborhood"], tags=["narrative", "bio", "hashtag", "precision_trap"])

# 53 SRO log: Telegram menu; phone language and a foreign number in the log
add("Ricardo Pierre-Louis", "Community Academy of Science and Health", 12, "bpd/district-c11", "drugs",
    "2026-03-04 09:35", "Community Academy of Science and Health, main office",
    '''SRO LOG, Ofc. Reyes, 3/4/2026
0915  AP reports a student says he bought "blues" from Ricardo on Telegram. The student showed the chat: user "rico_plug" posted "perc 30s in, 25 each, pick up after 4th" at 8:02 AM.
0935  Ricardo brought to the office. Pat-down by SSS with AP present. Recovered from his left sock: 11 round blue pills stamped "M" and "30," folded in a receipt.
0940  Phone (Samsung A14) held, not searched. Telegram notifications for rico_plug show on the lock screen.
0942  The lock screen's emergency info is written in Kreyòl Ayisyen, and the student says his WhatsApp is on a +509 number.
1010  BPD Ofc. Kwan took custody of the pills; he says they are consistent with counterfeit oxycodone containing fentanyl.''',
    substances=["fentanyl", "counterfeit oxycodone"], decision="allow", key="blue pills",
    mnc=["Kreyòl", "+509"], mct=["11 round blue pills", "perc 30s in, 25 each", "left sock"],
    cats=["language", "national_origin"], tags=["sro_log", "metadata"])

# 54 deny: the district camera system's face matching identified the filmer
add("Angel Reyes", "East Boston High School", 11, "bpd/district-a7", "credible_threat",
    "2026-04-14 12:30", "East Boston High School, cafeteria",
    '''A TikTok posted 4/14 at 12:30 PM shows someone filming the cafeteria with the text "tomorrow this whole room gets sprayed." The filmer's face shows for half a second in a window reflection. Our camera vendor's Appearance Search feature compared that frame with the building cameras and ID photos and gave Angel with 87% confidence. Angel says it was not him. We are asking BPD to follow up on Angel.''',
    threat='''A TikTok filmed in the cafeteria says "tomorrow this whole room gets sprayed".''',
    attachments=[{"kind": "face_match", "name": "appearance_search_0414.pdf"}],
    decision="deny", reason="face_surveillance",
    mnc=["Appearance Search", "87% confidence"], cats=["face_surveillance"], tags=["narrative", "deny_face"])

# 55 a Spotify playlist title; "bachata" is a music genre, not a people
add("Caleb Richardson", "Boston Latin Academy", 9, "bpd/district-b2", "credible_threat",
    "2025-11-10 19:00", "Spotify (off campus)",
    '''Caleb's Spotify profile was passed around the 9th grade on 11/12. One of his public playlists, created 11/10, is titled "for when i shoot up bla on the 21st" and has 31 songs. His other playlists have names like "bachata for the bus" and "gym." The profile name is "caleb r" and the picture is his BLA lacrosse photo. November 21 is the 9th grade assembly. Caleb says a friend made the playlist as a joke while logged in on his phone. Parent meeting 11/13.''',
    threat='''The student's public playlist is titled "for when i shoot up bla on the 21st"; the 9th grade assembly is on the 21st.''',
    decision="allow", key="shoot up bla",
    mct=["for when i shoot up bla on the 21st", "bachata for the bus", "lacrosse photo"],
    tags=["narrative", "precision_trap", "allow_clean"])

# 56 deny: trespass is not a ground; a housing development named
add("Tariq Pollard", "Tobin K-8 School", 8, "bpd/district-b2", "trespass",
    "2025-10-04 20:00", "Tobin K-8 School, gym door",
    '''Tariq and two friends got into the Tobin through the gym door around 8 PM on Saturday 10/4 and filmed themselves running in the halls for a Snapchat story ("tobin after dark"). Nothing was damaged or taken. He lives at the Cathedral development and the custodian recognized the boys. Principal wants a record with BPD.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Cathedral"], cats=["neighborhood"], tags=["short", "deny_ground"])

# 57 coach: "BLS Crew" is the rowing team
add("Henry Lowell", "Boston Latin School", 11, "bpd/district-d4", "weapon",
    "2026-04-21 07:35", "Boston Latin School, AP's office",
    '''Coach Marsh (crew) forwarded screenshots from the BLS Crew team group chat (WhatsApp, 38 rowers and coxswains) on 4/21 at 6:30 AM. At 10:52 PM on 4/20 Henry wrote: "if Pat gets my seat in the first boat again i'm cutting him, i keep the box cutter in my bag for a reason." Pat is a sophomore rower. At 7:35 AM Henry's bag was searched with Mr. Casey present, and a blue box cutter with the blade halfway out was in the front pocket. Henry says he uses it to open shipping boxes at his job.''',
    weapon="box cutter", decision="allow", key="box cutter",
    mct=["BLS Crew team group chat", "i'm cutting him", "blue box cutter"],
    tags=["coach_note", "precision_trap", "chat_name_innocent", "allow_clean"])

# 58 threat assessment: the threat was sent in a parish youth group's chat
add("Owen Kelly", "McCormack Middle School", 7, "bpd/district-c11", "credible_threat",
    "2026-03-01 20:50", "group chat (off campus)",
    '''Threat assessment (middle school), 3/2/2026.
Concern: at 8:50 PM on 3/1 Owen (gr 7) sent this message to a group chat: "I'm bringing my dad's hunting gun to school tomorrow, the kids who laugh at me in gym will see."
The chat is the St. Brendan Youth Group chat, which some McCormack 7th graders are in. A youth minister saw the message and called our principal at 9:20 PM.
Interview 3/2 (AP and counselor): Owen says he was upset and did not mean it. He knows where the gun is kept.
Parent: father confirms a hunting rifle in an unlocked case in the basement and agreed last night to remove it.
Determination: substantive. Named group (gym class), access to a weapon, a time given.''',
    threat='''Student wrote that he is bringing his father's hunting gun to school tomorrow and "the kids who laugh at me in gym will see"; there is an unlocked rifle in the home.''',
    decision="allow", key="hunting gun",
    mnc=["St. Brendan", "youth minister"], mct=["my dad's hunting gun", "the kids who laugh at me in gym", "unlocked case in the basement"],
    cats=["religion"], tags=["threat_assessment", "chat_name_forbidden"])

# 59 deny: the FBI is federal; ethnicity named
add("Abel Haile", "Boston Day and Evening Academy", 11, "fbi/boston", "credible_threat",
    "2026-01-20 02:13", "Reddit",
    '''The FBI's Boston field office asked for this report directly. On 1/20 at 2:13 AM the Reddit account u/bdea_ghost2026 posted in r/boston: "BDEA at 10am tomorrow. not kidding. bring body bags." Reddit gave the FBI the login email, which is Abel's school account. Abel is a 17 year old Eritrean student; he says someone stole his password.''',
    threat='''A Reddit post said "BDEA at 10am tomorrow. not kidding. bring body bags."''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["Eritrean"], cats=["ethnicity"], tags=["narrative", "deny_recipient"])

# 60 parent email: "China King" is the takeout place where he wants to meet
add("Tyquan Rivers", "Jeremiah E. Burke High School", 10, "bpd/district-b3", "credible_threat",
    "2026-01-12 21:33", "Instagram direct messages (off campus)",
    '''Hi Ms. Oduya, I need to show you something. My son Marcus (9th grade) was getting these Instagram DMs last night from a 10th grader named Tyquan, account @ty.rivers_. I screenshotted them and attached them, but I will type them too:
9:31 PM  u the one who told on my boy
9:33 PM  i'll be at China King after school tmrw, come thru so i can stab u
9:40 PM  bring ur big brother too idc
My son says he did not tell on anybody. He is terrified. I have to work but I am picking him up at 2:20 today, please don't let him walk out alone.
Thank you, Carla Jenkins''',
    threat='''Student messaged a 9th grader that he would be at a takeout restaurant after school "so i can stab u".''',
    decision="allow", key="stab",
    mct=["China King", "so i can stab u", "bring ur big brother too"],
    tags=["parent_email", "precision_trap", "allow_clean"])

# 61 IT note: Instagram's "About this account" names a country
add("Nelson Tavares", "English High School", 11, "bpd/district-e13", "credible_threat",
    "2025-10-05 22:12", "Instagram story (off campus); English High School",
    '''IT note, 10/6/2025, for AP Moreno.
Question: does the Instagram account "tavares.n_11" belong to Nelson? The account posted a story on 10/5 at 10:12 PM reading "English High gonna be on the news friday, I already got it" over a photo of two boxes of 9mm ammunition.
Findings:
(1) The account's "About this account" page lists Date joined: June 2022 and Account based in: Cabo Verde.
(2) The account follows 34 English High students and the EHS athletics page.
(3) The ammunition photo was taken on the EHS 2nd floor landing; the mural behind it is ours.
(4) Nelson opened Instagram on his phone in front of the AP and is logged in to that account.
Conclusion: the account is his.''',
    threat='''The student posted "English High gonna be on the news friday, I already got it" over a photo of two boxes of 9mm ammunition taken inside the school.''',
    decision="allow", key="9mm ammunition",
    mnc=["Cabo Verde"], mct=["gonna be on the news friday", "two boxes of 9mm ammunition", "2nd floor landing"],
    cats=["national_origin"], tags=["it_note", "metadata", "precision_trap"])

# 62 deny: doxxing a teacher is not a ground; the teacher's own address is still a residence
add("Maya Goldberg", "Snowden International School", 11, "bpd/district-d4", "doxxing",
    "2026-03-02 17:30", "Instagram story",
    '''On 3/2 Maya posted Mr. Okafor's home address (88 Poplar St, Roslindale) on her public Instagram story with a Google Street View picture of his house and the words "go say hi lol." No threat of harm was written. The story was up for about two hours. Mr. Okafor is shaken and wants it on record.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Poplar St", "Roslindale"], cats=["neighborhood"], tags=["short", "deny_ground"])

# 63 short SSS note, nothing to withhold
add("Ryan Keane", "Charlestown High School", 10, "bpd/district-a15", "weapon",
    "2025-12-11 09:05", "Charlestown High School, room 118",
    '''12/11, 9:20 AM. Snapchat story by rkeane08 at 8:47 AM showed a black pistol in a backpack on a desk in room 118. SSS searched Ryan's backpack in room 118 at 9:05 and recovered a loaded .380 pistol. Ryan is with BPD Ofc. Nolan.''',
    weapon="firearm", decision="allow", key=".380 pistol",
    mct=[".380 pistol", "room 118"], tags=["short", "allow_clean"])

# 64 a Twitch stream's tags name a language
add("Danny Tran", "Boston Community Leadership Academy", 11, "bpd/district-e18", "credible_threat",
    "2026-02-17 20:40", "Twitch livestream (off campus)",
    '''Summary for BPD (AP Mendez), 2/18/2026. Danny streams video games on Twitch as "dannyt_plays." During his stream on 2/17 at about 8:40 PM a viewer asked if he was coming to school tomorrow, and Danny answered on camera: "nah, Thursday. Thursday I'm bringing my cousin's Glock and I'm finishing what happened in the locker room." The stream was tagged on Twitch as FPS, Tiếng Việt and Chill. A BCLA student clipped that part (clip titled "danny snapped lol") and sent it to the AP. The locker room reference is a fight on 2/13 in which two students beat Danny up. His mother agreed to keep him home Thursday; on Friday his bag and locker were searched and nothing was found.''',
    threat='''On a livestream the student said "Thursday I'm bringing my cousin's Glock and I'm finishing what happened in the locker room", referring to a fight in which two classmates beat him.''',
    decision="allow", key="Glock",
    mnc=["Tiếng Việt"], mct=["bringing my cousin's Glock", "finishing what happened in the locker room", "danny snapped lol"],
    cats=["language"], tags=["narrative", "metadata"])

# 65 deny: a vape of unknown content is excluded
add("Janelle Rosa", "Community Academy of Science and Health", 9, "bpd/district-c11", "drugs",
    "2026-01-21 10:20", "Community Academy of Science and Health, 1st floor girls' bathroom",
    '''Bathroom vaping video: on 1/21 Janelle posted a TikTok from the 1st floor girls' bathroom blowing smoke rings, hashtags #vapetricks #CapeVerdeanPride #cas. SSS found a purple disposable vape (no label, contents unknown) in her hoodie. She would not say what is in it.''',
    substances=["vape (contents unknown)"], decision="deny", reason="excluded_substance",
    mnc=["CapeVerdean"], cats=["ethnicity"], tags=["short", "deny_substance", "hashtag"])

# 66 victim's mother: a filmed beating; she asks for a Spanish speaker
add("Kayla Simmons", "Henderson K-12 Inclusion School", 10, "bpd/district-c11", "serious_violence",
    "2026-04-29 14:30", "path behind the Henderson upper school",
    '''To the principal,
My daughter Yaritza is in the hospital. Yesterday after school, around 2:30, Kayla Simmons and two other girls attacked her on the path behind the Henderson upper school. Kayla slammed her head into the metal railing more than once. She has a concussion and her nose is broken in two places, the doctors at Carney say. The video is all over Instagram on the page @bostonfightz. It was posted at 3:02 PM with the words "Kayla ate her up" and I counted 12,000 views. I am asking the school to send this to the police. I speak Spanish better, please have someone who speaks Spanish call me.
Marisol Peña''',
    decision="allow", key="concussion",
    mnc=["Spanish"], mct=["metal railing", "nose is broken in two places", "Kayla ate her up"],
    cats=["language"], tags=["parent_email", "allow_violence"])

# 67 deny: private security is never a recipient
add("Dante Ruiz", "Edison K-8 School", 8, "allied-universal/south-bay-center", "credible_threat",
    "2025-12-20 18:00", "Snapchat story",
    '''Allied Universal security at the South Bay Center asked the school for a copy. On 12/20 Dante posted a photo of a folding knife on his Snapchat story with "south bay tmrw, whoever ran my pockets last week better not be there." He lives off Columbia Rd by Uphams Corner.''',
    threat='''Student posted a photo of a folding knife warning whoever robbed him to stay away from a shopping center the next day.''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["Columbia Rd", "Uphams Corner"], cats=["neighborhood"], tags=["short", "deny_recipient"])

# 68 long threat assessment: a Fortnite clan called "Aztec Empire"; "on God" is an oath
add("Jalen Whitmore", "TechBoston Academy", 9, "bpd/district-c11", "credible_threat",
    "2025-10-26 16:18", "Discord (off campus); TechBoston Academy homeroom 9B",
    '''TECHBOSTON ACADEMY -- BEHAVIORAL THREAT ASSESSMENT SUMMARY
Meeting 10/28/2025. Team: AP Donovan, counselor Ms. Pires, school psychologist Dr. Eze, SSS Lt. Barros.
1. What happened. On 10/26 at 4:18 PM Jalen posted in the Discord server of his Fortnite clan, "Aztec Empire" (about 25 members, 6 of them TechBoston students), a photo of a handgun on a bathroom counter with the message "monday i'm handling the kids in 9B, on God." Two clan members sent the screenshot to a teacher on 10/27.
2. Attribution. Jalen's Discord username is jwhit.exe. He confirmed the post is his and said the gun belongs to "a friend of my brother."
3. Target. Jalen says students in homeroom 9B have been calling him names since September; the homeroom teacher confirms two teasing incidents in October.
4. Access. Lt. Barros believes the photo shows a real handgun. Jalen says he held it on 10/25 and does not know where it is now.
5. Since. Absent 10/27 and 10/28.
6. Determination. Very serious substantive threat: identifiable target group, a day, a firearm he has handled, withdrawal from school.
7. Actions. BPD referral today, parent meeting, reentry meeting before return, safety plan for 9B.''',
    threat='''Student posted a photo of a handgun with the message "monday i'm handling the kids in 9B, on God"; he says he held the gun two days earlier and has been absent since.''',
    decision="allow", key="handgun",
    mct=["Aztec Empire", "the kids in 9B, on God", "jwhit.exe"],
    tags=["threat_assessment", "precision_trap", "handle_innocent", "allow_clean", "long"])

# 69 deny: credible_threat with an empty statement; EXIF shows the house
add("Isaac Wright", "Boston Green Academy", 10, "bpd/district-d14", "credible_threat",
    "2026-03-05 07:10", "Snapchat",
    '''Screenshot of a Snapchat from Isaac to a classmate at 7:10 AM 3/5: "dont come in today fr." The classmate's mom called us. We pulled the photo he attached (his sneakers); EXIF GPS 42.3541, -71.1432, which is his house on Faneuil St.''',
    threat="", decision="deny", reason="missing_threat_statement",
    mnc=["Faneuil", "42.3541"], cats=["neighborhood"], tags=["short", "deny_threat_missing", "exif"])

# 70 LSD sold via a WhatsApp status; "status" and "native" are innocent here
add("Felix Navarro", "Lyon High School", 12, "bpd/district-d14", "drugs",
    "2026-04-29 09:30", "Lyon High School, AP's office",
    '''Felix posted on his WhatsApp status on 4/29 at 7:15 AM: "tabs $15, 2 for 25, today only." A classmate who has his number captured it with her phone's native recorder and showed Ms. Kuo at 9:00. At 9:30 SSS and the AP searched Felix's wallet with him present and found 8 small paper squares printed with a blue cartoon sun, in a folded sandwich bag. Felix said they are "acid" and that he had not sold any. Status posts disappear after 24 hours, but the recording is saved.''',
    substances=["LSD"], decision="allow", key="acid",
    mct=["WhatsApp status", "native recorder", "8 small paper squares"],
    tags=["narrative", "precision_trap", "allow_clean"])

# 71 Snap Map places him at school (innocent); the record names his housing development
add("Adrian Soto", "Edward M. Kennedy Academy for Health Careers", 10, "bpd/district-b2", "weapon",
    "2026-03-30 12:14", "Edward M. Kennedy Academy for Health Careers, library",
    '''On 3/30 at 12:14 PM Adrian posted a Snapchat story of a curved karambit knife spinning on his finger with the text "who next." Students reported it to Mr. Hughes. Snap Map at 12:14 placed Adrian's Bitmoji at the school, which matches the library carpet in the background of the video. At 12:40 SSS found the karambit (black, 3 inch curved blade, finger ring) in Adrian's left front pocket. Nobody was hurt or directly threatened that we know of.''',
    weapon="knife", decision="allow", key="karambit",
    extra={"housing": "Mildred C. Hailey Apartments, Bldg 12"},
    mnc=["Hailey"], mct=["karambit", "Snap Map at 12:14", "library carpet"],
    cats=["neighborhood"], tags=["narrative", "snap_map", "precision_trap", "structured_fields"])

# 72 deny: "online_threat" is not one of the permitted ground codes
add("Shanice Persaud", "Jeremiah E. Burke High School", 11, "bpd/district-b3", "online_threat",
    "2026-05-11 19:30", "Instagram comments",
    '''Threatening Instagram comments by Shanice toward another 11th grade girl on 5/11: "ima slice ur face at prom." Shanice's profile name is "guyanese.shan." Prom is 5/29. Parents notified; no-contact order in place.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["guyanese"], cats=["ethnicity"], tags=["short", "deny_ground", "handle_forbidden"])

# 73 BeReal: the location line shows his home neighborhood
add("Zion Matthews", "Washington Irving Middle School", 8, "bpd/district-e5", "credible_threat",
    "2025-11-04 22:02", "BeReal (off campus); Washington Irving Middle School, period 4 math",
    '''Irving AP notes 11/5/2025. Zion's BeReal from last night (posted 10:02 PM, 3 minutes late) was shown to me by three different 8th graders this morning. The back camera shows a black handgun on a bedspread and the front camera shows Zion. The caption is "tmrw period 4." The BeReal's location line reads "Roslindale, Boston," which is home for him. Period 4 today is his math class, where he was in a fight last Thursday. Zion was brought to the office at 8:10 before first period; nothing on him. His mother says there is no gun in the home and that the picture must be from his cousin's house.''',
    threat='''The student posted a photo of a handgun captioned "tmrw period 4"; period 4 is the class where he fought a classmate last week.''',
    decision="allow", key="handgun",
    mnc=["Roslindale"], mct=["black handgun on a bedspread", "tmrw period 4", "posted 10:02 PM"],
    cats=["neighborhood"], tags=["admin_note", "geotag"])

# 74 deny: DHS is federal; status named
add("Camila Ayala", "Brighton High School", 11, "dhs", "serious_violence",
    "2026-03-06 11:50", "Brighton High School, cafeteria",
    '''DHS requested this report for a pending DACA renewal review. On 3/6 Camila hit another student in the face with a metal water bottle in the cafeteria after a TikTok argument; the student needed 6 stitches above the eye. Camila had posted the TikTok reply that started it ("see me in lunch") the night before.''',
    decision="deny", reason="recipient_not_permitted",
    mnc=["DACA"], cats=["immigration_status"], tags=["short", "deny_recipient"])

# 75 dispatch log: the mother's interpreter language is logged
add("Eric Wong", "Josiah Quincy Upper School", 9, "bpd/district-a1", "weapon",
    "2025-11-07 13:51", "Josiah Quincy Upper School, 3rd floor hallway",
    '''BPS SAFETY SERVICES -- DISPATCH LOG 25-11-0712
11/7/2025 13:42  JQUS calls: student posted a photo of a knife on Instagram captioned "last warning," tagging @jlee_09 (JQUS 9th gr).
13:44  Unit 12 (SSS Tam) to JQUS main office.
13:51  Unit 12 locates student Eric Wong, gr 9, 3rd floor hallway. Backpack searched with AP Li present: folding knife, 3.5 in. blade, green handle, recovered from the laptop sleeve.
13:58  Target student J.L. safe in counselor's office, no injuries.
14:20  Mother contacted, arrives 14:55. Cantonese interpreter by phone.
14:40  Screenshot of the post (posted 12:15) saved by AP; account "ewong.jpg" confirmed as student's.
15:10  BPD A-1 notified for pickup of knife.''',
    weapon="knife", decision="allow", key="folding knife",
    mnc=["Cantonese", "interpreter"], mct=["folding knife, 3.5 in. blade", "last warning", "laptop sleeve"],
    cats=["language"], tags=["dispatch_log"])

# 76 deny: alcohol only; Snap Map pin at a housing development
add("Jayla Hicks", "Dearborn STEM Academy", 10, "bpd/district-b2", "drugs",
    "2026-02-09 08:15", "Dearborn STEM Academy, main entrance bag check",
    '''Saturday night 2/7 Jayla livestreamed on Instagram from a party with other Dearborn students, passing around a bottle of Tito's and doing shots. Monday she brought two nips of vodka to school in her bag (found at the 8:15 AM bag check). Her friends say the party was at her place, and her Snap Map showed the Orchard Park apartments.''',
    substances=["vodka"], decision="deny", reason="excluded_substance",
    mnc=["Orchard Park"], cats=["neighborhood"], tags=["short", "deny_substance", "snap_map"])

# 77 SRO: the only handle names a faith
add("Michael Bello", "Madison Park Technical Vocational High School", 11, "bpd/district-b2", "credible_threat",
    "2026-01-14 23:52", "X (Twitter) reply (off campus); Madison Park carpentry shop",
    '''Rec'd 1/15 08:10 from AP Grady: screenshot of an X reply posted 11:52 PM 1/14 by @muslim.mike.617 under a Madison Park sports post.
Reply text: "carpentry shop tmrw, bring a body bag for Coach T."
08:40 Student confirmed the account is his.
Coach T. (Mr. Tolentino) teaches the carpentry shop. The student says he is angry about being cut from the basketball roster. No weapon found on him or in his shop locker. Carpentry shop closed for the day; Mr. Tolentino informed.''',
    threat='''Student replied to a school sports post: "carpentry shop tmrw, bring a body bag for Coach T." The coach teaches that shop.''',
    decision="allow", key="body bag",
    mnc=["muslim"], mct=["carpentry shop tmrw", "bring a body bag for Coach T", "cut from the basketball roster"],
    cats=["religion"], tags=["sro_log", "handle_forbidden", "handle_only_identifier"])

# 78 Life360 puts him at the scene; it also shows his saved home
add("Rashad Owens", "TechBoston Academy", 12, "bpd/district-c11", "serious_violence",
    "2026-01-30 15:12", "Fields Corner MBTA station",
    '''Rashad's ex-girlfriend T.B. (11th grade) was punched in the face at the Fields Corner T station at about 3:12 PM on 1/30. Her jaw was broken; she had surgery at BMC on 1/31 and her jaw is wired. She says Rashad did it. Her mother shared a Life360 screenshot (the two were in the same family circle from when they dated) showing Rashad's phone at the Fields Corner station from 3:05 to 3:20 PM. The same screenshot lists his saved places, including one labeled "Home" (Wendover St). A witness video, shared on Snapchat by another TechBoston student, shows a tall male in a red Celtics hoodie hitting T.B. His 8th period teacher says Rashad wore that hoodie that day.''',
    decision="allow", key="jaw",
    mnc=["Wendover"], mct=["Her jaw was broken", "Fields Corner T station", "red Celtics hoodie"],
    cats=["neighborhood"], tags=["narrative", "metadata", "precision_trap"])

# 79 deny: a vendor's face recognition produced the identification
add("Ava Doyle", "Charlestown High School", 10, "bpd/district-a15", "weapon",
    "2026-05-20 10:10", "Charlestown High School",
    '''An Instagram story showing a girl holding a kitchen knife to the camera in a Charlestown High bathroom was reported 5/20. Before we knew who it was, the district's vendor ran the face through its recognition tool and returned Ava with a match score of 0.94. A knife was then found in Ava's bag at 10:10 AM.''',
    weapon="knife", attachments=[{"kind": "face_match", "name": "vendor_match_0520.json"}],
    decision="deny", reason="face_surveillance",
    mnc=["match score of 0.94"], cats=["face_surveillance"], tags=["short", "deny_face"])

# 80 Google Classroom comment; "English Language Arts" is a course; the avatar names a country
add("Widny Fleurimond", "Boston Community Leadership Academy", 9, "bpd/district-e18", "credible_threat",
    "2025-10-14 22:47", "Google Classroom (off campus)",
    '''Google Classroom, 9th grade ELA (English Language Arts) with Ms. Harper, stream post for the Of Mice and Men discussion. At 10:47 PM on 10/14 Widny posted a public comment: "if Mrs. Harper gives me another zero I'm bringing my brother's gun and she can be Lennie." The comment shows his district account name. His profile picture is a flag with the words "Ayiti Cheri." Ms. Harper saw it at 6 AM and deleted it after taking a screenshot. Lennie is shot at the end of the novel, which the class finished on 10/10.''',
    threat='''Student commented on a class post that if his teacher gives him another zero he is bringing his brother's gun "and she can be Lennie", the character shot at the end of the novel the class just read.''',
    decision="allow", key="my brother's gun",
    mnc=["Ayiti"], mct=["she can be Lennie", "English Language Arts", "my brother's gun"],
    cats=["national_origin"], tags=["teacher_note", "precision_trap"])

# 81 an incident report form with a "Primary language" line
add("Abdirahman Ali", "Another Course to College", 10, "bpd/district-b2", "credible_threat",
    "2025-12-02 21:00", "Snapchat Close Friends story (off campus)",
    '''INCIDENT REPORT FORM (school copy)
Date/time of incident: 12/2/2025, approx. 9:00 PM (post); reported 12/3, 7:45 AM
Reported by: a student, to AP Foley (identity kept from peers)
Platform: Snapchat story, Close Friends only
Content: video of Abdirahman in a bedroom holding a black handgun with an extended magazine; text overlay "ACC gonna remember my name tmrw"
Account: user "abdi.rahman02", display name "Abdi"; student confirmed it is his
Evidence collected: 2 screen recordings and 1 screenshot, saved to the incident drive as ACC_1203_a.mp4, ACC_1203_b.mp4, ACC_1203_c.png
Search: bag and locker at 8:05 AM, nothing found
Parent contact: 8:30 AM by phone with an interpreter
Primary language: Somali
Notes: student says the gun belongs to an older friend and he gave it back.''',
    threat='''Student posted a video holding a handgun with an extended magazine and the text "ACC gonna remember my name tmrw".''',
    decision="allow", key="handgun",
    mnc=["Somali", "interpreter"], mct=["extended magazine", "ACC gonna remember my name tmrw", "ACC_1203_a.mp4"],
    cats=["language"], tags=["form", "metadata"])

# 82 deny: theft is not a ground; Find My shows his home street
add("Marvin Cole", "Lilla G. Frederick Middle School", 7, "bpd/district-c11", "theft",
    "2025-10-21 13:00", "Lilla G. Frederick Middle School, gym bleachers",
    '''A 7th grader's AirPods Pro were taken from the gym bleachers on 10/21. Find My showed them that evening at a house on Geneva Ave, which is Marvin's address, and the next day Marvin listed a pair on Facebook Marketplace with a photo taken in our gym. Marvin returned them to the AP on 10/23. The owner's parent wants police involved.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Geneva Ave"], cats=["neighborhood"], tags=["short", "deny_ground", "metadata"])

# 83 a father's email: an older video's description names a city abroad
add("Edson Monteiro", "Boston Arts Academy", 12, "bpd/district-d4", "credible_threat",
    "2026-03-08 20:14", "TikTok (off campus); Boston Arts Academy parking lot",
    '''Mr. Okafor, sorry for the long email. My son Deshawn showed me a TikTok last night and I want the school to know today.

The account is edson.mont3iro. The newest video, posted Sunday at 8:14 PM, shows him in a car with two other boys, one holding what looks like a gun under the dashboard. The text on the video says "@deshawn.w u next, BAA parking lot monday" and there is a drill song playing. Under it kids from your school left fire emojis.

I looked at his other videos. The one before it is a beach with the description "Back home in Praia, missing it," so I know it is the same boy Deshawn means, because he told Deshawn he went back there for the summer.

Deshawn is not going to school until I hear from you. He does not know this boy well; they had words in the cafeteria Friday about a girl. I am going to call the police too, but I want the school to send what it has.

Thank you,
Wendell Washington''',
    threat='''The student posted a video showing a gun in a car with the text "@deshawn.w u next, BAA parking lot monday", naming a classmate he argued with.''',
    decision="allow", key="gun",
    mnc=["Praia"], mct=["u next, BAA parking lot monday", "holding what looks like a gun under the dashboard", "had words in the cafeteria Friday"],
    cats=["national_origin"], tags=["parent_email", "video_description"])

# 84 deny: no threat statement; the chat's language is named
add("Nahom Gebre", "Boston Latin School", 10, "bpd/district-d4", "credible_threat",
    "2026-04-23 21:15", "group chat",
    '''Nahom posted in a group chat, mostly in Tigrinya (a classmate translated), that "BLS is going to pay Friday." Screenshot from a classmate at 7:30 AM 4/24.''',
    decision="deny", reason="missing_threat_statement",
    mnc=["Tigrinya"], cats=["language"], tags=["short", "deny_threat_missing", "translation"])

# 85 a razor-blade trend video; the envelope in the background shows the address
add("Liana Morales", "Curley K-8 School", 7, "bpd/district-e13", "weapon",
    "2026-05-14 08:10", "Curley K-8 School, AP's office",
    '''Teacher note, 5/14. During 3rd period a girl showed me a TikTok Liana posted last night: she holds a razor blade between her teeth and says "anybody in 7B wanna find out." On the kitchen table behind her is an envelope showing her family's Centre St address. This morning the AP found two single-edge razor blades wrapped in tape in Liana's pencil case. Liana says the video is a trend and she was going to use the blades for art. The art teacher says the class does not use razor blades.''',
    weapon="razor blade", decision="allow", key="razor blades",
    mnc=["Centre St"], mct=["two single-edge razor blades", "anybody in 7B wanna find out", "pencil case"],
    cats=["neighborhood"], tags=["teacher_note", "metadata"])

# 86 deny: State Police is not a named recipient; crew named
add("Frankie Medina", "East Boston High School", 11, "massachusetts-state-police", "weapon",
    "2025-09-26 07:50", "East Boston High School, locker",
    '''State Police troopers assigned to the Logan area asked for this. On 9/25 a student's Instagram Live from Piers Park showed Frankie holding a pistol. The next morning a 9mm handgun was found in his locker. Staff believe he is with the Eagle Hill crew.''',
    weapon="handgun", decision="deny", reason="recipient_not_permitted",
    mnc=["Eagle Hill"], cats=["gang_affiliation"], tags=["short", "deny_recipient", "crew"])

# 87 tech office: Google Translate history shows the source language of a printed note
add("Minh Nguyen", "Fenway High School", 10, "bpd/district-d4", "credible_threat",
    "2026-04-02 07:58", "Fenway High School, library printer and Ms. Carver's classroom",
    '''Tech office, 4/2/2026. A typed note was left on Ms. Carver's desk at 8:15 AM: "Friday I bring gun, you will not fail anyone again." The AP asked whether it came from a school device. Print logs show it printed at 7:58 AM on the library printer from Chromebook FHS-CB-1170, signed in to Minh's account; the document was named "untitled (3)." That account's Chrome history shows Google Translate open from 7:51 to 7:56 AM, set from Vietnamese to English. Minh said he wrote it but did not mean it. He is upset about a failing grade in chemistry.''',
    threat='''A typed note left on a teacher's desk said "Friday I bring gun, you will not fail anyone again"; it was printed from the student's account.''',
    decision="allow", key="Friday I bring gun",
    mnc=["Vietnamese"], mct=["Friday I bring gun", "library printer", "FHS-CB-1170"],
    cats=["language"], tags=["it_note", "translation", "metadata"])

# 88 deny: a hateful meme is not a ground; the targets' ethnicity is named
add("Cole Sanders", "Boston Latin Academy", 10, "bpd/district-b2", "hate_speech",
    "2026-01-09 12:15", "Instagram story",
    '''Cole posted a meme on his Instagram story mocking Haitian students, using a photo he took in the cafeteria of three girls eating lunch. No threats. Several families complained.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Haitian"], cats=["ethnicity"], tags=["short", "deny_ground"])

# 89 meth advertised as "ice" (innocent here); the profile lists a housing development
add("Javier Colón", "English High School", 12, "bpd/district-e13", "drugs",
    "2025-11-25 11:30", "English High School, AP's office",
    '''On 11/25 at 10:50 AM Javier's Instagram Notes bubble, the short status that shows above the DM list, read "ice cold, 40 a g, dm." A teacher who follows the school's athletes saw it and reported it. At 11:30 SSS found a small zip bag of clear crystal shards (about 2 grams) in his coin pocket, and a glass pipe. He said it was "crystal." His Instagram profile also lists "Mission Main" with a house emoji.''',
    substances=["methamphetamine"], decision="allow", key="crystal shards",
    mnc=["Mission Main"], mct=["ice cold", "clear crystal shards", "glass pipe"],
    cats=["neighborhood"], tags=["narrative", "precision_trap", "bio"])

# 90 threat assessment: the only Discord name carries an ethnicity; JV volleyball is innocent
add("Paolo Dizon", "Boston Latin School", 10, "bpd/district-d4", "credible_threat",
    "2025-12-11 22:38", "Discord direct message (off campus); Boston Latin School gym",
    '''TA team note 12/12/2025.
Message: Discord DM received by a 10th grade girl on 12/11 at 10:38 PM. It reads: "u blocked me on everything so now i show up at ur volleyball game sat. i'll have my dad's knife."
Sender: the Discord user xX_Pinoy_Paolo_Xx.
Attribution: she says this is Paolo's only Discord account. Paolo admitted sending it.
Relationship: they dated for two months; she ended it on 12/5.
Event: girls' JV volleyball home game, Saturday 12/13, 10 AM.
Plan: BPD referral, no-contact order, Paolo barred from the game, father to secure the knife.''',
    threat='''After his ex-girlfriend blocked him, the student messaged her that he would show up at her volleyball game Saturday with his father's knife.''',
    decision="allow", key="my dad's knife",
    mnc=["Pinoy"], mct=["i show up at ur volleyball game sat", "my dad's knife", "Saturday 12/13, 10 AM"],
    cats=["ethnicity"], tags=["threat_assessment", "handle_forbidden", "handle_only_identifier"])

# 91 SRO property log: hashtags name a crew
add("Keon Wallace", "New Mission High School", 11, "bpd/district-b3", "weapon",
    "2026-03-26 08:22", "New Mission High School, front desk bag check",
    '''EVIDENCE / PROPERTY LOG -- SRO Ofc. K. Greaney -- 3/26/2026
Item 1  Printout of a TikTok post (https://www.tiktok.com/@keon.w4/video/7485512093), posted 3/25 20:41, video 0:09, showing a black semi-auto handgun being loaded on a bedspread. Caption: "tmrw we outside." Hashtags: #HPG #HarborPoint #outside.
Item 2  Black Taurus G2C 9mm pistol, serial number partly scratched, magazine loaded with 10 rounds. Recovered 08:22 from the student's backpack at the front desk bag check. Made safe by BPD Ofc. Stanton on scene.
Item 3  iPhone 14 (black) taken from the student, powered off, sealed in bag #3.
Note: I believe the hashtags refer to a crew the student is part of. Student stated "it's not mine, I was holding it for someone."''',
    weapon="firearm", decision="allow", key="Taurus",
    mnc=["HPG", "HarborPoint", "crew the student is part of"], mct=["Taurus G2C 9mm pistol", "magazine loaded with 10 rounds", "tmrw we outside"],
    cats=["gang_affiliation"], tags=["sro_log", "hashtag", "crew"])

# 92 deny: marijuana and wax only; the messages' language named
add("Elton Fernandes", "Lyon High School", 11, "bpd/district-d14", "drugs",
    "2026-02-06 09:00", "Lyon High School, locker",
    '''Snapchat sales of marijuana and wax by Elton, 2/3 to 2/5. Screenshots from two buyers show messages in Kriolu that Ms. Gomes translated for the AP ("I have the gas, 20 a bag, wax 40"). Three small bags of marijuana and a container of wax recovered from his locker 2/6. No other substances.''',
    substances=["marijuana", "THC wax"], decision="deny", reason="excluded_substance",
    mnc=["Kriolu"], cats=["language"], tags=["short", "deny_substance", "translation"])

# 93 skateboard assault; the geotag is the scene, the bio is a home
add("Miguel Santana", "Greater Egleston High School", 12, "bpd/district-e13", "serious_violence",
    "2026-05-27 16:30", "Franklin Park, path by the golf course",
    '''On 5/27 around 4:30 PM Miguel hit another Egleston student, A.F., in the head with a skateboard on the path by the Franklin Park golf course. A.F. has a skull fracture and a brain bleed and is in the ICU at BMC. A friend of Miguel's filmed it and posted it to Instagram with the location tag Franklin Park. In the comments Miguel wrote "told him dont play w me." His own Instagram bio reads "Hyde Square made" next to a flag. Three students identified Miguel in the video; he was wearing his Stop & Shop work shirt.''',
    weapon="skateboard", decision="allow", key="skateboard",
    mnc=["Hyde Square"], mct=["skull fracture", "Franklin Park golf course", "told him dont play w me"],
    cats=["neighborhood"], tags=["narrative", "geotag", "bio", "precision_trap"])

# 94 deny: a gang database is never a recipient, even under a bpd prefix
add("Kobe Lawson", "Jeremiah E. Burke High School", 11, "bpd/gang-database", "weapon",
    "2026-01-20 08:15", "Jeremiah E. Burke High School",
    '''Screenshots of Instagram posts from 1/5 to 1/19 in which Kobe and others flash signs for the Castlegate crew, plus a 1/19 story showing Kobe with a knife: "castlegate til i die, whoever cross us get poked." Kobe was found with a folding knife at school on 1/20. Sent at the request of the district detective for entry.''',
    weapon="knife", decision="deny", reason="recipient_not_permitted",
    mnc=["Castlegate"], cats=["gang_affiliation"], tags=["short", "deny_recipient", "crew"])

# 95 an outside coach's email: origin and a protected status mentioned in passing
add("Jean-Robert Lafleur", "Boston Collaborative High School", 12, "bpd/district-b3", "credible_threat",
    "2026-02-13 23:20", "Instagram story (off campus)",
    '''Hello, I coach a Saturday youth basketball program and Jean-Robert plays for us. I am writing because of something he posted that I think your school should see. Last night (Friday) at 11:20 PM he posted on his Instagram story a photo of a handgun on his lap in a car, captioned "Collab Monday, they gon learn not to jump me." I know he was jumped last week near the school. I screenshotted it before it disappeared and attached it. I have known him three years, since his family came from Haiti and got Temporary Protected Status, and he is a good kid, but this scared me. I told his mother this morning. Please handle this carefully.
Coach Andre Philistin''',
    threat='''The student posted a photo of a handgun on his lap captioned "Collab Monday, they gon learn not to jump me" a week after he was assaulted near the school.''',
    decision="allow", key="handgun",
    mnc=["Haiti", "Temporary Protected"], mct=["they gon learn not to jump me", "handgun on his lap in a car", "11:20 PM"],
    cats=["national_origin", "immigration_status"], tags=["community_email"])

# 96 deny: changing grades is not a ground; IP geolocation gives a ZIP code
add("Darnell Pryor", "Excel High School", 12, "bpd/district-c6", "computer_misuse",
    "2026-01-17 01:10", "Aspen SIS (off campus)",
    '''Aspen grade changes: between 1:10 and 1:32 AM on 1/17, 41 grades were changed in Mr. Vu's sections using his credentials, which were phished with a fake Google login page sent by email. The login came from a home internet connection that Comcast geolocates to ZIP 02124. Darnell admitted making the phishing page and changing his own and his friends' grades. No threats.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["02124"], cats=["neighborhood"], tags=["it_note", "deny_ground", "metadata"])

# 97 tech office: an order confirmation shows the baton and the home delivery address
add("Sophie Laurent", "Boston Arts Academy", 11, "bpd/district-d4", "weapon",
    "2025-09-23 10:15", "Boston Arts Academy, dance studio",
    '''Tech office note, 9/23/2025. GoGuardian flagged an email in Sophie's district Gmail on 9/19: an Amazon shipping confirmation for a "21 inch expandable steel baton with holster." The delivery address is 17 Carolina Ave, Jamaica Plain; she had used her school email on the family's Amazon account. On 9/22 two students told the AP that Sophie showed them "a police stick" in the dance studio changing room and said she would use it on a girl who posted about her. At 10:15 AM on 9/23 the AP found the collapsed black steel baton in Sophie's dance bag. The girl is a 10th grader whose Instagram story on 9/21 called Sophie "fake."''',
    weapon="expandable baton", decision="allow", key="baton",
    mnc=["Carolina Ave", "Jamaica Plain"], mct=["expandable steel baton", "dance studio changing room", "collapsed black steel baton"],
    cats=["neighborhood"], tags=["it_note", "metadata"])

# 98 deny: no threat statement; a faith shows in the accommodations field
add("Bilal Hassan", "Greater Egleston High School", 10, "bpd/district-e13", "credible_threat",
    "2026-03-10 21:45", "Snapchat",
    '''Bilal posted on Snapchat "yall better stay home tmrw" with a picture of the school at 9:45 PM on 3/10. Classmates reported it. Bag check at 7:30 AM found nothing.''',
    extra={"accommodations": "Ramadan fasting - excused from PE 2/18-3/19"},
    decision="deny", reason="missing_threat_statement",
    mnc=["Ramadan"], cats=["religion"], tags=["short", "deny_threat_missing", "structured_fields"])

# 99 tech office: an AI assistant chat about a pipe bomb, in a named language
add("Ismaël Diallo", "Snowden International School", 11, "bpd/district-d4", "credible_threat",
    "2026-03-12 12:55", "Snowden International School (district Chromebook)",
    '''Gaggle alert escalated to the tech office 3/12/2026 at 1:40 PM. On a district Chromebook signed in to Ismaël's account, between 12:55 and 1:20 PM, the browser's AI assistant was asked how to make a pipe bomb "that fits in a backpack" and how long a fuse burns. The conversation was in French; the tech office translated it. At 1:22 PM the same account sent a Google Chat message to a classmate: "don't come to the talent show, I'm not joking this time." The talent show is 3/13 at 6 PM in the auditorium. Ismaël was pulled from 7th period at 1:55 PM; nothing was found in his bag or locker.''',
    threat='''The student asked an AI assistant how to build a pipe bomb that fits in a backpack and then told a classmate not to come to the next evening's talent show.''',
    decision="allow", key="pipe bomb",
    mnc=["French"], mct=["pipe bomb", "fits in a backpack", "don't come to the talent show"],
    cats=["language"], tags=["it_note", "translation"])

# 100 "CUBAN LINK" is a stamp on the bags, not anyone's origin
add("Travis Nolan", "Boston Day and Evening Academy", 12, "bpd/district-b2", "drugs",
    "2026-02-25 09:40", "Boston Day and Evening Academy, 2nd floor stairwell",
    '''On 2/25 at 9:40 AM a staff member saw Travis hand a small glassine bag to another student in the 2nd floor stairwell. SSS searched Travis with the AP present at 9:55 and found 12 glassine bags of tan powder stamped "CUBAN LINK" in red ink, rubber-banded together. His phone kept lighting up with Cash App notifications; two payments that morning had the notes "x2" and "link." Travis said it was "dope." BPD responded at 10:20 and field tested one bag: positive for fentanyl.''',
    substances=["fentanyl", "heroin"], decision="allow", key="fentanyl",
    mct=["12 glassine bags", "CUBAN LINK", "2nd floor stairwell"],
    tags=["narrative", "precision_trap", "allow_clean"])

# 101 a parade and a T station are the planned scene
add("Shane Cullen", "Boston Collaborative High School", 10, "bpd/district-c6", "credible_threat",
    "2026-03-12 21:03", "Snapchat (off campus); planned at Broadway station during the parade",
    '''Ms. Tran, a student in my advisory showed me a Snapchat that Shane sent to about ten 10th graders at 9:03 PM last night: "sunday at the St. Patrick's Day parade, Broadway station, I'm poking Aidan B. on sight, bring phones to record." He attached a picture of a folding knife in his hand. Aidan B. is a junior at another school who used to date Shane's sister. I have the screenshot. -- Mr. Akers''',
    threat='''Student told classmates he would stab a named teenager "on sight" at Broadway station during Sunday's parade, and sent a photo of a folding knife in his hand.''',
    decision="allow", key="folding knife",
    mct=["St. Patrick's Day parade", "Broadway station", "I'm poking Aidan B. on sight"],
    tags=["teacher_email", "precision_trap", "allow_clean"])

# 102 deny: ICE is never a recipient; asylum named
add("Wilmer Canales", "East Boston High School", 10, "ice", "weapon",
    "2026-01-13 07:45", "East Boston High School, main entrance bag check",
    '''ICE Enforcement and Removal Operations emailed the principal for "any incident records" on Wilmer. He was found with a steak knife at the 1/13 bag check, after a WhatsApp voice note in which he said he would cut a boy who took his phone. Wilmer's family has an asylum case pending, and their caseworker asked the school not to share anything.''',
    weapon="knife", decision="deny", reason="recipient_not_permitted",
    mnc=["asylum"], cats=["immigration_status"], tags=["narrative", "deny_recipient"])

# 103 "undocumented absences" and a step team called "Dreamers" are innocent
add("Trinity Baker", "Edward M. Kennedy Academy for Health Careers", 11, "bpd/district-b2", "credible_threat",
    "2026-02-23 19:48", "Instagram group chat (off campus); EMK gym",
    '''Attendance and threat summary, 2/24/2026 (AP Lutz). Trinity has three undocumented absences this month, all on step practice days. On 2/23 at 7:48 PM she posted in the step team's Instagram group chat, "Dreamers Step Squad 2026": "if yall cut me from the showcase I'm coming with my cousin's gun, ask Jasmine if I'm playing." Jasmine is the team captain. Two team members brought screenshots to the coach at 8 AM. Trinity told the AP she was "just venting." The showcase is 3/6 in the EMK gym.''',
    threat='''Student wrote in her team's group chat that if she is cut from the showcase she is "coming with my cousin's gun", naming the captain.''',
    decision="allow", key="cousin's gun",
    mct=["three undocumented absences", "Dreamers Step Squad 2026", "coming with my cousin's gun"],
    tags=["admin_note", "precision_trap", "chat_name_innocent", "allow_clean"])

# 104 bus monitor: the video went to a family group named for a country
add("Lucas Andrade", "McCormack Middle School", 8, "bpd/district-c11", "weapon",
    "2026-04-08 07:20", "BPS school bus, route 4417",
    '''BPS Transportation -- bus monitor report, route 4417, 4/8/2026.
At about 7:20 AM on the way to McCormack, Lucas (gr 8, seat 9) took a kitchen knife with a black handle out of his backpack and held it up at a boy in seat 12, saying "keep laughing." The monitor, Ms. Delgado, had the driver pull over and called dispatch. Lucas handed her the knife and it is bagged.
Another boy posted a video of it at 7:22 AM to a WhatsApp group called "Família Brasil Boston"; his mother sent it to the school.
No one was hurt. Bus arrived 7:41 and the AP took over.''',
    weapon="knife", decision="allow", key="kitchen knife",
    mnc=["Brasil"], mct=["kitchen knife with a black handle", "keep laughing", "route 4417"],
    cats=["national_origin"], tags=["transport_report", "chat_name_forbidden"])

# 105 deny: a fight is not a ground
add("Tiana Holloway", "Madison Park Technical Vocational High School", 10, "bpd/district-b2", "fight",
    "2025-10-15 13:05", "Madison Park Technical Vocational High School, 3rd floor hallway",
    '''Fight in the 3rd floor hallway 10/15, 1:05 PM, between Tiana and another 10th grader over a Snapchat post. Both were scratched; no injuries needing care. It was recorded and posted to an Instagram fight page within the hour. Both girls live in the Lenox Street apartments and the argument started there over the weekend.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Lenox Street"], cats=["neighborhood"], tags=["short", "deny_ground"])

# 106 threat assessment: a "background" section states ethnicity and street
add("Carlos Rivera", "Josiah Quincy Upper School", 9, "bpd/district-a1", "credible_threat",
    "2026-01-26 18:02", "Threads (off campus); Josiah Quincy Upper School cafeteria",
    '''BEHAVIORAL THREAT ASSESSMENT -- JQUS -- 1/27/2026
Background: 9th grader, Puerto Rican, lives with his grandmother on Walnut Ave. Attendance 91%. No prior discipline.
Concern: on 1/26 at 6:02 PM Carlos posted on Threads: "the 3 kids who keep taking my lunch are gonna find out what my grandfather left me. wednesday." A parent who follows him reported it.
Follow-up: Carlos says his late grandfather left a pistol "in the closet." By phone, his grandmother says there is an old revolver in a shoebox in her closet and she did not know he knew about it.
Targets: three boys in his lunch period. The AP confirms two reported incidents of his lunch being taken.
Determination: serious substantive threat. Actions: BPD referral for the firearm, grandmother to surrender it, safety plan, lunch schedule change.''',
    threat='''Student posted that three classmates who take his lunch "are gonna find out what my grandfather left me. wednesday"; there is an old revolver in the home that he knows about.''',
    decision="allow", key="revolver",
    mnc=["Puerto Rican", "Walnut Ave"], mct=["what my grandfather left me", "old revolver in a shoebox", "three boys in his lunch period"],
    cats=["ethnicity", "neighborhood"], tags=["threat_assessment"])

# 107 deny: nicotine pouches only, nothing to withhold
add("Ben Whitford", "Boston Latin School", 11, "bpd/district-d4", "drugs",
    "2026-05-19 12:30", "Boston Latin School, locker",
    '''Ben has been selling Zyn nicotine pouches through Snapchat ("zyn 6mg, 10 a can, locker 3 after lunch"). Nine cans were found in his locker on 5/19. No other substances.''',
    substances=["nicotine pouches"], decision="deny", reason="excluded_substance",
    tags=["short", "deny_substance", "clean"])

# 108 the threat itself names where the victim lives
add("Quentin Hayes", "Dearborn STEM Academy", 11, "bpd/district-b2", "credible_threat",
    "2026-04-14 22:17", "Snapchat (off campus); Dearborn STEM Academy back gate",
    '''Dear Dean Wallace,
My daughter Ama got these from Quentin on Snapchat Tuesday night. She screenshotted them before they disappeared.
10:14 PM: you think blocking me on insta does something
10:15 PM: I know you stay on Harvard St by the church
10:17 PM: thursday after school I'm waiting by the Dearborn back gate and I'm bringing the strap
I called the police non-emergency line and they told me to go through the school. Ama is staying home Thursday. Please tell me what you are doing about this.
Gloria Mensah''',
    threat='''Student messaged a classmate that he would wait for her by the school's back gate Thursday after school and is "bringing the strap" (a gun).''',
    decision="allow", key="bringing the strap",
    mnc=["Harvard St"], mct=["waiting by the Dearborn back gate", "I'm bringing the strap", "you think blocking me on insta does something"],
    cats=["neighborhood"], tags=["parent_email", "threat_contains_residence"])

# 109 deny: vandalism is not a ground; interpreter language named
add("Vuthy Sok", "Another Course to College", 10, "bpd/district-b2", "vandalism",
    "2026-04-18 16:00", "Another Course to College, back wall of the gym",
    '''Vuthy and a friend spray-painted tags on the back of the gym on 4/18 and posted a TikTok of it with #bostongraffiti. Damage estimate $1,800. No one hurt, no threats. Parent meeting set for 4/22 with a Khmer interpreter.''',
    decision="deny", reason="ground_not_permitted",
    mnc=["Khmer", "interpreter"], cats=["language"], tags=["short", "deny_ground", "hashtag"])

# 110 a "trip challenge" video; a Discord status is just a status line
add("Logan Pierce", "Washington Irving Middle School", 7, "bpd/district-e5", "serious_violence",
    "2026-03-03 10:12", "Washington Irving Middle School, main stairwell",
    '''On 3/3 at 10:12 AM in the main stairwell Logan shoved a 7th grade girl, R.K., from behind near the top of the stairs while a friend filmed on a phone. R.K. fell about eight steps and broke her left leg and ankle; she had surgery at Children's on 3/4. The friend posted the video to TikTok at 10:30 AM with the caption "trip challenge part 3." Logan's Discord status that morning said "doing it for the views." Logan admits he pushed her "as a joke." TikTok removed the video on 3/4; we saved a copy first.''',
    decision="allow", key="left leg and ankle",
    mct=["broke her left leg and ankle", "trip challenge part 3", "Discord status"],
    tags=["narrative", "precision_trap", "allow_clean", "allow_violence"])

# 111 Venmo notes and a pill imprint; status in the record
add("Aaron Fitzgerald", "Charlestown High School", 11, "bpd/district-a15", "drugs",
    "2025-12-09 08:30", "Charlestown High School, AP's office",
    '''Vice principal's summary, 12/9/2025. A parent emailed screenshots of her son's Venmo: two payments to @aaron-fitz-22 on 12/7 and 12/8, $30 each, with the notes "pill emoji" and "the 10s." Her son told her he bought "oxy 10s" from Aaron and took one at a party. At 8:30 AM on 12/9 SSS found a pill bottle in Aaron's backpack with 16 round white pills marked "M 523," which the nurse identified from the imprint as oxycodone/acetaminophen 10/325. The label on the bottle is in the name of an adult relative. Aaron says he was holding them for a friend.''',
    substances=["oxycodone"], decision="allow", key="oxycodone",
    extra={"citizenship": "Permanent resident (I-551)"},
    mnc=["Permanent resident", "I-551"], mct=["16 round white pills", "M 523", "@aaron-fitz-22"],
    cats=["immigration_status"], tags=["admin_note", "structured_fields", "metadata"])

# 112 deny: housing authority police is not a named recipient
add("Malcolm Jeffries", "Tobin K-8 School", 8, "bha-police", "weapon",
    "2025-11-03 08:00", "Tobin K-8 School",
    '''BHA Police asked for a copy because the video was filmed in the courtyard at Washington Beech, where Malcolm lives. In the Snapchat video (posted 11/2, 6:40 PM) Malcolm shows a switchblade and says the Tobin 8th grader who "snitched" should watch out. SSS found the switchblade in his coat on 11/3.''',
    weapon="switchblade", decision="deny", reason="recipient_not_permitted",
    mnc=["Washington Beech"], cats=["neighborhood"], tags=["short", "deny_recipient"])

# 113 two photos: one EXIF location is the home, the other is the school
add("Devonte Rollins", "Henderson K-12 Inclusion School", 12, "bpd/district-c11", "credible_threat",
    "2026-05-03 23:48", "Henderson K-12 Inclusion School, upper campus room 304",
    '''IT analysis of the two photos AirDropped to the AP on 5/4/2026.
Photo 1, IMG_2210.JPG: a handwritten note reading "5/8 the senior walk is the last walk" next to a box of shotgun shells. Taken 5/3/2026 at 11:48 PM on an iPhone 13 mini.
Photo 1 EXIF GPS is 42.3009, -71.0587, an address on Bourneside St that is the student's home.
Photo 2, IMG_2214.JPG: the same box of shells on a desk, taken 5/4/2026 at 8:06 AM. Its EXIF GPS is 42.2957, -71.0662, which is our upper campus; the desk is in room 304, recognizable by its stickers.
The AirDrop sender device was "Devonte's iPhone," and Devonte confirmed both photos are his. The senior walk is 5/8 at 1 PM. His locker and bag were searched at 9 AM and no shells were found.''',
    threat='''Student photographed a note reading "5/8 the senior walk is the last walk" next to a box of shotgun shells, and brought the shells into the school the next morning.''',
    decision="allow", key="shotgun shells",
    mnc=["Bourneside", "42.3009"], mct=["the senior walk is the last walk", "box of shotgun shells", "42.2957, -71.0662"],
    cats=["neighborhood"], tags=["it_note", "exif", "precision_trap"])

# 114 a heritage-month assembly is the setting, not anyone's origin
add("Jahmal Peters", "Jeremiah E. Burke High School", 10, "bpd/district-b3", "weapon",
    "2026-05-15 10:45", "Jeremiah E. Burke High School, auditorium",
    '''5/15, 10:45 AM: during the Haitian Heritage Month assembly in the auditorium, Jahmal texted a classmate a photo of a knife in his waistband with "after this assembly." The classmate told Mr. Joseph. SSS removed Jahmal from the auditorium at 10:52 and recovered a 6 inch kitchen knife from his waistband.''',
    weapon="knife", decision="allow", key="kitchen knife",
    mct=["Haitian Heritage Month assembly", "6 inch kitchen knife", "after this assembly"],
    tags=["short", "precision_trap", "allow_clean"])

# 115 the only username carries her home ZIP code
add("Taylor Jenkins", "Boston Community Leadership Academy", 11, "bpd/district-e18", "credible_threat",
    "2025-10-29 21:55", "Snapchat (off campus); bus stop",
    '''AP note, 10/30/2025. Threatening Snapchat to a 9th grade girl, received 10/29 at 9:55 PM. The sender's username is tay_02126. The number in the username is Taylor's home ZIP code, and Taylor admitted this morning that the account is hers. Text of the snap: "stop posting my man or i'll slice you at the bus stop tomorrow." The picture attached to the snap is a box cutter with the blade out. The 9th grader is terrified and stayed home. Taylor's bag was checked at 8:10 AM; a box cutter was found in the front pocket and taken.''',
    threat='''Student sent a 9th grader a photo of a box cutter with the message "stop posting my man or i'll slice you at the bus stop tomorrow"; a box cutter was found in her bag.''',
    decision="allow", key="box cutter",
    mnc=["02126"], mct=["i'll slice you at the bus stop tomorrow", "box cutter with the blade out", "9:55 PM"],
    cats=["neighborhood"], tags=["admin_note", "handle_forbidden", "handle_only_identifier"])

# 116 deny: a doorbell camera's face recognition made the identification
add("Darius Mendes", "Edison K-8 School", 8, "bpd/district-d14", "serious_violence",
    "2026-02-19 15:10", "bus stop across from the Edison K-8 School",
    '''A neighbor's Ring camera across from the Edison recorded the 2/19 assault at the bus stop, in which an 8th grader was punched and kicked and lost two teeth. The neighbor's Ring Familiar Faces feature labeled the attacker "Darius (Edison kid)" because she had tagged him before, and she sent us the clip with that label. We are forwarding it with the label as the identification.''',
    attachments=[{"kind": "video", "name": "ring_clip_0219.mp4"}],
    decision="deny", reason="face_surveillance",
    mnc=["Familiar Faces"], cats=["face_surveillance"], tags=["narrative", "deny_face"])

# 117 "origin of the screenshot" is innocent; a drill time leaked by a committee member
add("Keyshawn Lee", "Mission Hill K-8", 8, "bpd/district-b2", "credible_threat",
    "2026-01-06 07:02", "Instagram (off campus); Mission Hill K-8",
    '''Notes from AP Ramos, 1/6/2026. A screenshot went around the 8th grade this morning of an Instagram story reading "MHK8 lockdown drill gonna be real this time, 11:15." To find the origin of the screenshot we asked the first three students who had it; all three got it from a group DM where Keyshawn posted it at 7:02 AM from his account keyshawn.lee8. The story itself is gone. Our lockdown drill is scheduled for 1/8 at 11:15; the only people who knew were staff and the 8th grade safety committee, which includes Keyshawn. Keyshawn says he was joking. His backpack and locker were checked at 9:20 and nothing was found.''',
    threat='''Student posted that the school's lockdown drill is "gonna be real this time, 11:15"; he knew the drill's time through a student committee.''',
    decision="allow", key="lockdown drill",
    mct=["origin of the screenshot", "gonna be real this time, 11:15", "8th grade safety committee"],
    tags=["admin_note", "precision_trap", "allow_clean"])

# 118 deny: a gel blaster is a replica; the bio names an ethnicity
add("Tou Vang", "Curley K-8 School", 8, "bpd/district-e13", "weapon",
    "2026-04-10 08:05", "Curley K-8 School, locker",
    '''Tou brought a gel blaster (Orbeez gun shaped like an AR, clear magazine) to school on 4/10 after posting a video of it on Instagram Reels the night before captioned "tomorrow the 8th grade hallway gets lit up." His profile bio says "Hmong & proud | 14." Nobody was hit; it was found in his locker at 8:05 AM.''',
    weapon="gel blaster", decision="deny", reason="other",
    mnc=["Hmong"], cats=["ethnicity"], tags=["short", "deny_replica", "bio"])

# 119 long parent email: innocent class chat, a crew and a street in the bio; "blood" is literal
add("Jaheim Douglas", "Madison Park Technical Vocational High School", 10, "bpd/district-b2", "credible_threat",
    "2026-04-12 22:40", "Snapchat and Instagram (off campus); Madison Park auto shop",
    '''Subject: PLEASE READ - threats against my son Malik D. (10th grade, automotive)

Good morning. I am Tasha, Malik's mom. I am going to paste everything because I don't trust it will still be up later.

1) Snapchat group "Period 6 Chem" (kids from Malik's chemistry class), Sunday 4/12:
   jaheimdouglas: malik thinks he slick
   jaheimdouglas: monday at lunch its over for him, i'm bringing the 9 to the auto shop
   (someone else): bro chill
   jaheimdouglas: i'm dead ass. tell him say bye to his mom

2) Instagram story from @jaheim.d_ (same kid, his name is on it), Sunday 10:40 PM: a picture of a gun on a bed with the words "auto shop tmrw."

3) His Instagram bio says "Greenwood | Blue Hill Ave raised."

Malik says this started Friday when they pushed each other in the hallway and blood from Jaheim's nose got on Malik's shirt. Malik also told me Jaheim runs with the Greenwood crew and that they have been fighting with boys from our street.

I am keeping Malik home today. Please call me as soon as you get this, my cell is on file.
Tasha Dixon''',
    threat='''Student wrote in a class group chat "monday at lunch its over for him, i'm bringing the 9 to the auto shop" and "tell him say bye to his mom", then posted a photo of a gun captioned "auto shop tmrw".''',
    decision="allow", key="auto shop",
    mnc=["Greenwood", "Blue Hill Ave"], mct=["i'm bringing the 9 to the auto shop", "Period 6 Chem", "blood from Jaheim's nose"],
    cats=["gang_affiliation", "neighborhood"], tags=["parent_email", "precision_trap", "crew", "long"])

# 120 mushroom bars; "Brazilian jiu-jitsu" is a sport; the Snap Map shows where he sleeps
add("Nico Ferreira", "Brighton High School", 11, "bpd/district-d14", "drugs",
    "2026-06-04 08:45", "Brighton High School, AP's office",
    '''Summary, 6/5/2026 (AP Donnelly). A father forwarded screenshots from the group chat for the Saturday Brazilian jiu-jitsu class his son and Nico attend, where Nico posted at 9:14 PM on 6/3: "shroom bars $35, 4g each, pick up at school." On 6/4 at 8:45 AM SSS found three wrapped Polkadot chocolate bars in Nico's backpack, and Nico said each has mushrooms in it. The Snapchat account that messaged buyers, "nico.frr," is his. His Snap Map, which another student showed the AP, puts him at the Archdale apartments every night.''',
    substances=["psilocybin"], decision="allow", key="mushrooms",
    mnc=["Archdale"], mct=["Brazilian jiu-jitsu class", "Polkadot chocolate bars", "shroom bars"],
    cats=["neighborhood"], tags=["narrative", "precision_trap", "snap_map"])


# --------------------------------------------------------------------------------------------
# Assembly and self-checks
# --------------------------------------------------------------------------------------------
CATEGORY_CODES = ("immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance", "not_allowlisted")
REASON_CODES = ("ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                "missing_threat_statement", "face_surveillance", "invalid_request", "other")
RESPONSE_WORDS = ("withheld", "incident.description", "incident.location", "threat_statement",
                  "student_id", "date_of_birth", "school_id", "recipient", "redactions", "category",
                  "policy_version", "request_id", "attachments", "description", "substances")


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def offset(day):
    """US Eastern offset for a date in the 2025-26 school year."""
    edt = day < datetime.date(2025, 11, 2) or day >= datetime.date(2026, 3, 8)
    return "-04:00" if edt else "-05:00"


def occurred_at(when):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    assert datetime.date(2025, 9, 1) <= dt.date() <= datetime.date(2026, 6, 30), when
    return dt.strftime("%Y-%m-%dT%H:%M:00") + offset(dt.date())


def birth_date(rng, grade):
    """A birth date that fits the grade in the 2025-26 school year (age grade+5 on Sept 1)."""
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    year = 2025 - (grade + 5) - (1 if month >= 9 else 0)
    return f"{year:04d}-{month:02d}-{day:02d}"


def build():
    rng = random.Random(SEED)
    seen_ids, seen_desc, lines = set(), set(), []
    for n, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:04d}"
        sid = rng.randint(100000, 999999)
        while sid in seen_ids:
            sid = rng.randint(100000, 999999)
        seen_ids.add(sid)
        student = {"student_id": str(sid), "name": c["name"], "date_of_birth": birth_date(rng, c["grade"]),
                   "grade": c["grade"], "school": c["school"]}
        if c["extra"]:
            student.update(c["extra"])
        req = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["recipient"],
               "ground": c["ground"]}
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["substances"] is not None:
            req["substances"] = c["substances"]
        if c["threat"] is not None:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": occurred_at(c["when"]), "location": c["location"],
                           "description": c["description"]}
        req["student"] = student
        if c["attachments"]:
            req["attachments"] = c["attachments"]
        allow = c["decision"] == "allow"
        expect = {"decision": c["decision"]}
        if not allow:
            expect["reason"] = c["reason"]
        expect.update({
            "must_not_contain": c["mnc"],
            "must_contain": [c["name"], c["school"], c["key"]] if allow else [],
            "must_contain_text": c["mct"] if allow else [],
            "categories": c["cats"],
            "tags": [FAMILY] + c["tags"],
        })
        check(cid, req, expect, c, seen_desc)
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def check(cid, req, expect, c, seen_desc):
    desc = fold(c["description"])
    assert desc not in seen_desc, f"{cid}: duplicate description"
    seen_desc.add(desc)
    assert (c["decision"] == "allow") == (c["reason"] is None), f"{cid}: reason iff deny"
    if c["decision"] == "allow":
        assert c["key"] and fold(c["key"]) in desc, f"{cid}: key fact not in description"
        assert 1 <= len(c["mct"]) <= 3, f"{cid}: 1 to 3 must_contain_text"
        for t in c["mct"]:
            assert fold(t) in desc, f"{cid}: {t!r} not in description"
        if c["ground"] == "credible_threat":
            assert (c["threat"] or "").strip(), f"{cid}: allowed threat needs a statement"
    else:
        assert not c["mct"] and c["key"] is None, f"{cid}: deny releases nothing"
    whole = fold(json.dumps(req, ensure_ascii=False))
    released = [fold(x) for x in (c["name"], c["school"], req["school_id"], req["recipient"],
                                  req["ground"], c["location"], str(c["weapon"] or ""),
                                  " ".join(c["substances"] or []))]
    keep = [fold(x) for x in c["mct"] + ([c["key"]] if c["key"] else [])]
    hosts = [fold(x) for x in CATEGORY_CODES + REASON_CODES + RESPONSE_WORDS]
    hosts += [fold(k) for k in (c["extra"] or {})]
    for m in c["mnc"]:
        f = fold(m)
        assert len(f.strip()) >= 3, f"{cid}: canary {m!r} too short"
        assert f in whole, f"{cid}: canary {m!r} not in request"
        assert f != fold("immigration"), f"{cid}: bare 'immigration' is not a canary"
        for h in hosts:
            assert f not in h, f"{cid}: canary {m!r} is inside {h!r}"
        for r in released:
            assert f not in r, f"{cid}: canary {m!r} is in a released field"
        for k in keep:
            assert f not in k and k not in f, f"{cid}: canary {m!r} overlaps kept text {k!r}"
    if c["mnc"]:
        assert c["cats"], f"{cid}: canaries without categories"


def main():
    lines = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
