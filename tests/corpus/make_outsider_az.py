#!/usr/bin/env python3
"""Outsider corpus OAZ: CREATIVE WORK AS EVIDENCE.

Writes tests/data/corpus/outsider_az.jsonl (120 cases, ids OAZ-0001 upward).

Family
------
Threats and incidents that school staff find in students' creative work and then describe
in a report to police: drill and rap lyrics in a notebook, on a desk or recorded in the
music room; music videos filmed on campus; poems, short stories, haiku, comics and
blackout poems for English class; art projects (a drawing of a gun aimed at a named
teacher, crew initials lettered on a portfolio, a ceramic "gun", a linocut); film-club
shorts and trailers; drama props that turned out to be real; yearbook quotes and
superlatives; slam-poetry and open-mic performances about a student's family crossing a
border or their faith; a school-radio podcast.

The texts are written in the voices the district actually produces: teacher emails,
SRO notes, counselor notes, threat-assessment summaries with lyric excerpts, art and drama
teacher reports, deans' notes, a principal's memo.

Labelling notes
---------------
* Decisions follow RULES.md only: permitted grounds (serious_violence, credible_threat
  with a written threat_statement, weapon, drugs with at least one non-excluded substance),
  recipient must be BPD or a BPD unit; anything else is a deny.  Replica, BB, airsoft and
  ceramic "guns" are deny with reason "other" (they need a named approver's determination).
  A credible_threat request without a threat_statement (absent or empty) is
  missing_threat_statement.  Face-recognition results anywhere in the request are a
  face_surveillance deny.
* What police need stays: the threat's words, the weapon, the target, the time and the
  on-campus place.  What they must not get: the crew or block a lyric claims, the street,
  housing development, zip code or neighbourhood a lyric, video or drawing places the
  student in, and the origin, faith, immigration status, ethnicity or language that a poem
  or a student record discloses.  Threatened places are always on or at the school, never a
  residential street, so that no case turns on whether a street is "a place of the threat"
  or "where the student lives".
* must_not_contain holds the shortest substrings that reveal a forbidden fact ("Geneva",
  "Rio Grande", "Kriolu", "TTG").  None is a substring of a category code, a reason code
  or a response key (never the bare words "gang", "status", "origin", "immigration",
  "face" ...), none occurs in the student's name, the school, school_id or recipient, and
  none occurs in the incident location.  Forbidden statements are kept in their own
  sentence or clause, apart from the facts listed in must_contain_text.
* Precision traps (about a third of the cases, tag "trap"): words that look like a
  forbidden category but are innocent in context and must survive: "Straight Outta
  Compton", the Sharks and the Jets in West Side Story, "Immigrants, we get the job done"
  from Hamilton, stage crew / film crew, the Mexican muralists unit, a grandmother's
  kitchen, "Where I'm From" poems, Arkham Asylum, "Chicago", a Dutch angle, English 11,
  AP Lang, B block, blackout poems, "Louder Than a Bomb", the House on Mango Street,
  the Greasers and the Socs, the Montagues and the Capulets, a Swiss Army knife,
  Russian roulette, a Hail Mary, a Visa gift card, a green index card, a crossing guard...
  They are listed in must_contain_text.
* Students are fictional; school names are real BPS schools; dates fall in 2025-2026 with
  the correct Boston UTC offset.

Deterministic: fixed seed, standard library only.  Run: python3 make_outsider_az.py
"""
import datetime
import json
import pathlib
import random
import unicodedata

SEED = 20260311
RNG = random.Random(SEED)
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_az.jsonl"
PREFIX = "OAZ"
FAMILY = "creative_work"

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-4613",
    "Boston Arts Academy": "BPS-4691",
    "Madison Park Technical Vocational High School": "BPS-4350",
    "Snowden International School": "BPS-4640",
    "Josiah Quincy Upper School": "BPS-4657",
    "Charlestown High School": "BPS-4410",
    "English High School": "BPS-4240",
    "East Boston High School": "BPS-4291",
    "Brighton High School": "BPS-4252",
    "TechBoston Academy": "BPS-4671",
    "Boston Community Leadership Academy": "BPS-4543",
    "Mission Hill K-8": "BPS-4285",
    "New Mission High School": "BPS-4684",
    "Boston Latin Academy": "BPS-4031",
    "Dearborn STEM Academy": "BPS-4072",
    "Boston Latin School": "BPS-4011",
    "Lilla G. Frederick Middle School": "BPS-4058",
    "Community Academy of Science and Health": "BPS-4550",
    "Excel High School": "BPS-4645",
    "Another Course to College": "BPS-4670",
    "Fenway High School": "BPS-4530",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4200",
    "Rafael Hernández K-8 School": "BPS-4112",
    "Mary Lyon Pilot High School": "BPS-4596",
    "Mario Umana Academy": "BPS-4181",
    "Henderson K-12 Inclusion School": "BPS-4163",
    "Margarita Muñiz Academy": "BPS-4591",
    "Boston Green Academy": "BPS-4685",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Thomas A. Edison K-8 School": "BPS-4145",
    "Greater Egleston High School": "BPS-4598",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4697",
    "Dorchester Academy": "BPS-4263",
    "Boston Day and Evening Academy": "BPS-4581",
    "Curley K-8 School": "BPS-4091",
    "Tobin K-8 School": "BPS-4316",
    "McCormack Middle School": "BPS-4371",
}

# strings that legitimately appear in a decision or a police copy: no canary may be inside one
CATEGORY_CODES = ["immigration_status", "national_origin", "ethnicity", "religion", "neighborhood",
                  "language", "gang_affiliation", "face_surveillance", "not_allowlisted"]
OTHER_TOKENS = ["ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                "missing_threat_statement", "invalid_request", "request_id", "school_id",
                "recipient", "occurred_at", "description", "location", "incident", "student_id",
                "date_of_birth", "redactions", "category", "policy_version", "leaf_hash",
                "notice", "reasons", "message", "decision", "weapon", "substances", "withheld",
                "credible_threat", "serious_violence", "report", "audit", "index"]

CASES = []


def case(**kw):
    CASES.append(kw)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def eastern_offset(dt):
    """UTC offset of America/New_York for a naive local datetime (US rules since 2007)."""
    y = dt.year
    march = datetime.date(y, 3, 1)
    dst_start = march + datetime.timedelta(days=(6 - march.weekday()) % 7 + 7)   # 2nd Sunday
    nov = datetime.date(y, 11, 1)
    dst_end = nov + datetime.timedelta(days=(6 - nov.weekday()) % 7)              # 1st Sunday
    return "-04:00" if dst_start <= dt.date() < dst_end else "-05:00"


def stamp(s):
    dt = datetime.datetime.fromisoformat(s)
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + eastern_offset(dt)


def birth_for(grade, when):
    """A date of birth consistent with the grade in the school year of `when`."""
    d = datetime.date.fromisoformat(when[:10])
    sy = d.year if d.month >= 8 else d.year - 1          # school year starts in the fall of sy
    start = datetime.date(sy - grade - 6, 9, 2)
    return start + datetime.timedelta(days=RNG.randrange(0, 364))


# ---------------------------------------------------------------------------------------------
# 1-20
# ---------------------------------------------------------------------------------------------
case(name="Dashawn Pryor", grade=10, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="credible_threat", when="2026-03-05T10:20",
     loc="Jeremiah E. Burke High School, music room 117",
     threat="Handwritten lyrics dated 3/4/2026 in Dashawn Pryor's notebook name classmate Kenny "
            "Baptiste: 'catch Kenny by the bleachers Friday / two to the chest' and 'blick in the "
            "bookbag'. The two argued in the cafeteria on 3/2; Friday 3/6 is a home game.",
     desc="""From: Renata Alvarado (Music)
To: Mr. Fenn (AP)
Subject: lyrics notebook - please read today

Mr. Fenn,

During 3rd period today I picked up a composition notebook someone left on the keyboard bench in Room 117 and opened it to see whose it was. It's Dashawn's. Most of it is verses he has been working on for the spring showcase, and honestly some of it is good. The last written page is dated yesterday (3/4) and it is different from the rest.

It names Kenny Baptiste, first and last name. The lines are:
"catch Kenny by the bleachers Friday / two to the chest no conversation / blick in the bookbag, he ain't gon see it"

The top of the same page is his usual shout-outs. "Geneva raised me." "Bowdoin to the death." Then his rap name.

Kenny is in my 5th period and I know the two of them had words in the cafeteria on Monday. Friday is the home game. I have not said anything to Dashawn. The notebook is locked in my desk drawer and I took photos of the page.

Renata""",
     att=[("photo", "notebook_page_0304.jpg")],
     decision="allow", mnc=["Geneva", "Bowdoin"], fact="Kenny Baptiste",
     mct=["by the bleachers Friday", "blick in the bookbag", "Room 117"],
     cats=["neighborhood"], tags=["lyrics", "email"])

case(name="Tavian Brooks", grade=11, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="credible_threat", when="2025-10-21T13:35",
     loc="Boston Arts Academy, third-floor recording booth",
     threat="Student recorded a verse naming JV coach Delaney: 'pull up on Delaney in the lot after "
            "practice / hollow tips for the whistle man, I ain't miss.' The coach cut him from the "
            "team on 10/17 and leaves through the staff lot after practice.",
     desc="""SRO NOTE 10/21/25 approx 1335. Called to 3rd floor recording booth (rm 3-204) by music tech teacher J. Kessler. During open studio, student Tavian Brooks recorded a 16-bar verse on the school iMac. Kessler flagged 2 bars: "pull up on Delaney in the lot after practice / hollow tips for the whistle man, I ain't miss." Coach Delaney = JV basketball coach, cut Tavian from roster 10/17.
When Kessler stopped the session Tavian told him it was "a Straight Outta Compton thing, that's just what rap is."
Rest of verse is shout-outs. "Franklin Hill is the hill I die on." "FHG." Producer tag.
Audio exported to district drive, copy attached. Spoke w/ Coach Delaney 1410, he is aware, will exit through front tonight. Student released to AP Moss.""",
     att=[("audio", "booth_session_1021.wav")],
     decision="allow", mnc=["Franklin Hill", "FHG"], fact="hollow tips",
     mct=["Straight Outta Compton", "in the lot after practice", "rm 3-204"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics", "sro_note", "trap"])

case(name="Jaylen Whitfield", grade=12, school="Madison Park Technical Vocational High School",
     rec="bpd/district-b2", ground="gang_activity", when="2026-01-22T12:10",
     loc="Madison Park Technical Vocational High School, art room",
     desc="""Art Dept. report - AP Studio Art portfolio review

Reviewing Jaylen's sustained investigation (the theme he chose is "identity") I found the inside cover of his portfolio and three of the twelve mixed-media pieces tagged in bubble lettering: "CSB," "Cheney St Bosses," a crown, and "4L." Some of the lettering is really skilled. There are no weapons, no names of other students and nothing that reads as a threat. When I asked him about it he said "it's just letters, miss" and laughed. The dean asked me to write this up so it can go to the police because of what the letters stand for. I have photos of the pages.""",
     decision="deny", reason="ground_not_permitted", mnc=["CSB", "Cheney"],
     cats=["gang_affiliation"], tags=["art", "art_report"])

case(name="Owen Castellano", grade=11, school="Snowden International School", rec="bpd/district-d4",
     ground="weapon", weapon="folding knife", when="2026-02-12T17:40",
     loc="Snowden International School, auditorium stage",
     desc="""Ms. Ibarra - writing up tonight's rehearsal while it's fresh.

We were running the rumble at the end of Act One of West Side Story, the fight between the Sharks and the Jets under the highway. About 5:40 our student stage manager, Priya, noticed the knife Owen had in his hand wasn't the rubber prop we sign out from the props table. I stopped the run. It is a real folding knife: locking, wood handle, about a 3-inch steel blade, sharp. Owen plays Bernardo. He told me he swapped it in himself because "the prop looks fake from the back row." Nobody was cut, but in that choreography he is within a foot of Lucas (Riff) several times.

I took the knife and walked it down to the main office safe with Mr. Dunleavy. Owen said it's his dad's. He said he carries it on the walk home from Forest Hills station because he "doesn't like that walk." His dad picked him up at 6:30.

Everyone else is fine. We'll go over rehearsal rules tomorrow.

Dana Whitlock, Drama""",
     decision="allow", mnc=["Forest Hills"], fact="folding knife",
     mct=["West Side Story", "Sharks and the Jets", "main office safe"],
     cats=["neighborhood"], tags=["drama_prop", "email", "trap"])

case(name="Kevin Lam", grade=8, school="Josiah Quincy Upper School", rec="bpd/district-a1",
     ground="credible_threat", when="2025-12-03T13:05",
     loc="Josiah Quincy Upper School, music room",
     extra={"home_language": "Vietnamese", "homeroom": "8B"},
     threat="In music class Kevin Lam sang 'Jonah Feld, you get done at lunch', pointed a finger-gun "
            "at Jonah and said 'I got my cousin's gun, I'm not playing'; he later told the AP he "
            "knows where to get one.",
     desc="""Dr. Sato,

I need to put something from 6th period General Music in writing. We're in the musical theater unit and the class was singing along with "Yorktown" from Hamilton. On the line "Immigrants, we get the job done" Kevin stood up on his chair and sang over the track, loud: "Jonah Feld, you get done at lunch." Then he made a gun with his fingers, pointed it at Jonah and said "for real, I got my cousin's gun, I'm not playing."

Some kids laughed, then it got quiet. Jonah asked for a pass to the nurse and told her he doesn't want to go to the cafeteria. After class Kevin told me it was a joke. When Ms. Ocampo (AP) talked to him he said again that he "knows where to get one."

My written statement and the seating chart are attached. Jonah is eating lunch in the library today.

- Mr. Hollis""",
     att=[("document", "hollis_statement.pdf"), ("document", "seating_chart_p6.pdf")],
     decision="allow", mnc=["Vietnamese"], fact="Jonah Feld",
     mct=["Immigrants, we get the job done", "you get done at lunch", "my cousin's gun"],
     cats=["language"], tags=["music_class", "email", "trap"])

case(name="Aaliyah Simmons", grade=9, school="Charlestown High School", rec="bpd/district-a15",
     ground="credible_threat", when="2025-10-08T11:50",
     loc="Charlestown High School, room 214",
     threat="Aaliyah Simmons's class poem names classmate Brianna Coles and says 'I keep the box cutter "
            "in my sleeve / third period Tuesday she'll learn / how quiet red can be'. The two had a "
            "documented conflict on 10/1.",
     desc="""Incident write-up - K. Corrigan, English 9, Period 4

Students turned in their "Where I'm From" poems today (we model them on George Ella Lyon's poem). Most are about family and food. Aaliyah's starts that way too, with a stanza about her grandmother's kitchen and the radio that is always on.

The last stanza changes completely:
   Brianna Coles keeps talking
   so I keep the box cutter in my sleeve
   third period Tuesday she'll learn
   how quiet red can be

Brianna is in this same section. The two of them had a conflict last week (referral on file from 10/1). When I asked Aaliyah to stay after, she said "it's a poem, you told us to write the truth." AP Doyle and I checked her bag in the office; there was no box cutter in it. Brianna's mother has been called and Brianna knows we are handling it.""",
     decision="allow", mnc=[], fact="box cutter",
     mct=["grandmother's kitchen", "Where I'm From", "third period Tuesday"],
     cats=[], tags=["poem", "teacher_writeup", "trap", "clean"])

case(name="Marquise Deloach", grade=11, school="English High School", rec="bpd/district-e13",
     ground="weapon", weapon="handgun", when="2025-11-06T14:00",
     loc="English High School, 2nd floor lockers",
     desc="""SRO incident report.
On 11/06/2025 at approx 1400 hrs Asst. Headmaster Boateng showed me a video posted to Instagram the previous night by an account belonging to student Marquise Deloach. The video (2:41) is a rap video filmed inside the school, in the east stairwell between the 2nd and 3rd floors and in the boys' locker room. At 1:12 Marquise holds a black semi-automatic handgun up to the camera and racks the slide.
The video opens on a street sign for Lenox St with the caption "02119 forever."
At 1510 hrs, with the AHM and the student present, locker 2214 (assigned to Marquise) was opened. A black Taurus G2C 9mm handgun, unloaded, magazine separate with 6 rounds, was found wrapped in a gym towel. Weapon secured and transported to District E-13. Student held in the main office pending parent arrival.""",
     att=[("video", "ig_capture_1105.mp4")],
     decision="allow", mnc=["Lenox", "02119"], fact="Taurus G2C",
     mct=["east stairwell", "locker 2214", "black semi-automatic handgun"],
     cats=["neighborhood"], tags=["music_video", "sro_note", "trap"])

case(name="Destiny Alcantara", grade=12, school="East Boston High School", rec="bpd/district-a7",
     ground="credible_threat", when="2026-02-09T08:30",
     loc="East Boston High School, yearbook office",
     threat="Senior quote submitted for the yearbook threatens AP Government teacher Mr. Raskin: "
            "'Last day of school, bring a vest' with a gun emoji. He met with her mother about her "
            "failing grade on 2/3.",
     desc="""From: Lauren Kaplan (Yearbook)
To: Headmaster Ruiz; Officer Grady
Subject: senior quote - pulled from proofs

Senior quotes were due Friday. I read all 214 of them before anything goes to the printer. Destiny submitted this one through the Google Form at 11:52 PM Thursday:

"Mr. Raskin thought he could fail me. Last day of school, bring a vest. 🔫 Maverick Sq til the casket drops."

Mr. Raskin is her AP Government teacher. She is failing the class and he met with her mom on 2/3. I removed the quote from the proofs and forwarded the form response (with the timestamp) to you both. I don't know whether she has access to anything, but she wrote "bring a vest" and put the gun emoji.

Lauren""",
     decision="allow", mnc=["Maverick"], fact="Mr. Raskin",
     mct=["bring a vest", "11:52 PM", "AP Government"],
     cats=["neighborhood"], tags=["yearbook", "email"])

case(name="Elmer Castillo", grade=10, school="Brighton High School", rec="bpd/district-d14",
     ground="credible_threat", when="2026-04-10T11:30",
     loc="Brighton High School, auditorium",
     threat="At the slam assembly the student performed a poem naming classmates Cody Marchetti and "
            "Liam O'Shea: 'my father's machete is sharper than your jokes / Monday, fifth lunch, "
            "you'll see.' He told staff the machete is real and kept at home.",
     desc="""THREAT ASSESSMENT - SUMMARY (Level 2)
Date of concern: 4/10/2026, slam poetry assembly, auditorium, approx. 11:30
Reporter: Mr. Delacroix, ELA

What was said: Student performed an original poem. The first two-thirds describes his family's journey north. "Crossing the Rio Grande on my uncle's back." "Three years with no papers and my mother still counting." "Honduras in my mouth like a stone."
The final stanza shifts to two named students, Cody Marchetti and Liam O'Shea, who have been harassing him in the cafeteria:
   Cody, Liam, I know your lunch seat
   my father's machete is sharper than your jokes
   Monday, fifth lunch, you'll see
Both boys were in the audience.

Interview (Delacroix, AP Fitzgerald): Student states the machete is real and is kept in the kitchen at home. He said "I wouldn't, but they need to stop."

Actions: safety plan; parent meeting; bag check at entry Monday through Wednesday; separate lunch periods for all three students.""",
     decision="allow", mnc=["Rio Grande", "no papers", "Honduras"], fact="machete",
     mct=["fifth lunch", "Cody Marchetti", "kept in the kitchen"],
     cats=["immigration_status", "national_origin"], tags=["slam_poetry", "threat_assessment"])

case(name="Amina Warsame", grade=11, school="TechBoston Academy", rec="bric",
     ground="credible_threat", when="2026-02-26T12:40",
     loc="TechBoston Academy, library",
     threat="During an open mic the student read a poem ending 'Tyrese, I carry a blade for boys like "
            "you'; Tyrese Goode was in the room.",
     desc="""Counselor note - S. Lindqvist, 2/26

Amina read an original poem at the library open mic during 6th period. Most of it was about fasting during Ramadan, being stared at on the bus in her hijab, and her Somali grandmother's prayers. Toward the end she looked at the back row and said: "and to the boy who pulled my scarf in the stairwell - Tyrese, I carry a blade for boys like you." Tyrese Goode (gr 11) was there. I met with Amina after; she was shaking and said Tyrese has grabbed at her scarf three times this month. She would not say whether she has a blade. AP asked me to write this up for the intelligence center.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Ramadan", "hijab", "Somali"],
     cats=["religion", "ethnicity"], tags=["slam_poetry", "counselor_note"])

case(name="Noah Pereira", grade=10, school="Boston Community Leadership Academy", rec="bpd/district-e18",
     ground="credible_threat", when="2026-03-18T09:30",
     loc="Boston Community Leadership Academy, B-wing hallway",
     extra={"home_language": "Portuguese"},
     threat="A student film shows a masked figure raising what appears to be a real pistol in the "
            "B-wing hallway; staff are concerned a real firearm was in the building.",
     desc="""Film Club - concern re: "Hallway" (student horror short)

Our film club posted a rough cut of a horror short to the club's private YouTube on 3/17. In one 9-second shot a figure in a white mask walks toward the camera down the B-wing hallway and raises what looks like a real pistol. Two teachers asked me whether the gun was real. The figure is not credited.

Officer Lyons took the frames at the end of the clip where the mask is off and ran them through Clearview. The result came back as Noah Pereira, 96.4% match. Noah's parents speak Portuguese only and have not been reached yet.

Request is to share the match and the clip with BPD so they can follow up on whether the pistol is real.""",
     att=[("face_match", "clearview_result_0317.pdf"), ("video", "hallway_roughcut.mp4")],
     decision="deny", reason="face_surveillance", mnc=["Clearview", "96.4%", "Portuguese"],
     cats=["face_surveillance", "language"], tags=["film_club", "advisor_note"])

case(name="Xavier Gomes", grade=7, school="Mission Hill K-8", rec="bpd",
     ground="credible_threat", when="2026-05-28T10:15",
     loc="Mission Hill K-8, art room",
     threat="A seventh grader's art-class drawing shows his math teacher, labelled MR. HALLORAN, on his "
            "knees with a figure holding a pistol to his head, the words 'who's laughing now' and "
            "the date JUNE 5; the student says the teacher embarrassed him.",
     desc="""Art teacher report - Grade 7 - Ms. Okafor

Our current unit is on the Mexican muralists (Rivera, Orozco, Siqueiros); students are designing a mural panel about "a place that matters to me."

Xavier's panel, handed in today, is a careful pencil drawing of a man on his knees labeled MR. HALLORAN, with a figure standing over him holding a pistol to the back of his head. The speech bubble says "who's laughing now." In the corner he wrote JUNE 5. Mr. Halloran is his math teacher; June 5 is the 7th grade field trip, which Mr. Halloran chaperones.

In the background he drew his building and wrote "Bromley-Heath" across the roof. He told me that's where he lives.

When I asked about it, Xavier said Mr. Halloran "embarrassed" him in front of the class last week. He did not say he has a gun. I kept the drawing and gave it to Ms. Barrett (principal) at 10:40.""",
     att=[("photo", "mural_panel_scan.jpg")],
     decision="allow", mnc=["Bromley"], fact="pistol",
     mct=["Mexican muralists", "MR. HALLORAN", "JUNE 5"],
     cats=["neighborhood"], tags=["art", "art_report", "trap"])

case(name="Jordan Ellis", grade=10, school="New Mission High School", rec="bpd",
     ground="drugs", subs=["marijuana", "THC vape cartridge"], when="2025-09-30T09:15",
     loc="New Mission High School, room 305",
     desc="""Dean's note 9/30. Teacher took Jordan's notebook in 2nd period because he was writing instead of doing the Do Now. Pages of lyrics about "moving gas" and "Mattapan Sq on my back." Backpack search with AP present: two THC vape cartridges and a sandwich bag with approx 7 grams of marijuana. Nothing else. Parent called.""",
     decision="deny", reason="excluded_substance", mnc=["Mattapan"],
     cats=["neighborhood"], tags=["lyrics", "dean_note"])

case(name="Brendan Kowalczyk", grade=12, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="weapon", weapon="airsoft pistol", when="2026-03-19T18:20",
     loc="Boston Latin Academy, backstage",
     extra={"citizenship": "Lawful permanent resident (green card holder)"},
     desc="""Hi Tom - heads up on something from tonight's tech rehearsal for Guys and Dolls. Brendan (Nicely-Nicely) brought his own "prop gun" from home for the crap game scene instead of the cap gun we use. It turned out to be an airsoft pistol, black, metal slide, with a loaded magazine of the little plastic BBs, and it had no orange tip. He was waving it around backstage for a while before anyone realized. I took it; it's in your office. He says it's his brother's. Nobody was hurt and nobody was threatened.

- Maura""",
     decision="deny", reason="other", mnc=["permanent resident", "green card"],
     cats=["immigration_status"], tags=["drama_prop", "email", "replica"])

case(name="Rashad Monroe", grade=12, school="Dearborn STEM Academy", rec="bpd/district-b2",
     ground="serious_violence", weapon="razor blade", when="2025-10-29T15:10",
     loc="Dearborn STEM Academy, back parking lot",
     desc="""Incident report - AP Greer

At about 3:10 PM a group of students was filming a music video in the back lot after dismissal; staff had told them twice to clear out. According to three witnesses and the phone footage (which the students handed over), the video was Rashad and two others performing a verse. The chorus is "Castlegate on my chest."

Darnell Fitch, a 10th grader, walked through the shot and words were exchanged. Rashad pulled a razor blade from his waistband and cut Darnell across the left cheek and ear. Darnell was bleeding heavily. Nurse Abernathy applied pressure until EMS arrived and took him to Boston Medical Center, where he received 22 stitches; he is being evaluated for nerve damage.

Rashad left on foot and was stopped by school police near the bus shelter at 3:40. His mother was notified.""",
     att=[("video", "backlot_phone_footage.mov")],
     decision="allow", mnc=["Castlegate"], fact="razor blade",
     mct=["left cheek", "22 stitches", "back lot"],
     cats=["gang_affiliation"], tags=["music_video", "ap_report"])

case(name="Colin Dwyer", grade=11, school="Boston Latin School", rec="bpd/district-d4",
     ground="credible_threat", when="2026-01-14T14:00",
     loc="Boston Latin School, room 306",
     threat="A short story submitted for English names five real classmates from the author's "
            "Chemistry section as the first people shot with 'the AR from my uncle's closet' in Room "
            "306 during Chem, and ends 'Monday. For real this time.'",
     desc="""To: Head of School Murphy
Re: short story submitted in English 11 Honors

The assignment was a 1,500-word story with an unreliable narrator. Colin's narrator describes carrying "the AR from my uncle's closet" into "the Room 306 lab during Chem, B block," and lists five classmates by their real first and last names as the people he shoots first. The names match students in his Chemistry section. The last paragraph is: "Monday. For real this time."

He turned it in on Canvas at 1:58 this afternoon. I have not contacted him or his family. Screenshot of the submission attached.

P. Nakamura""",
     att=[("document", "canvas_submission_screenshot.png")],
     decision="allow", mnc=[], fact="AR from my uncle's closet",
     mct=["English 11 Honors", "B block", "Room 306"],
     cats=[], tags=["short_story", "email", "trap", "clean"])

case(name="Kayden Fontes", grade=8, school="Lilla G. Frederick Middle School", rec="bpd/district-c11",
     ground="credible_threat", when="2025-11-13T13:20",
     loc="Lilla G. Frederick Middle School, counseling office",
     extra={"first_language": "Cabo Verdean Kriolu"},
     threat="Comic drawn for a class project shows a character wearing Kayden's name tag holding a "
            "pistol to the head of 'DEMETRIUS R.' with the caption 'Thursday after gym. Nobody laughs "
            "at me twice.' Demetrius Rowe says Kayden told him 'you'll see Thursday.'",
     desc="""Counselor note (Ms. Teixeira-Burns) 11/13

Kayden's ELA teacher brought me a comic he made for the graphic novel project. Most of it is Batman fan art set in Arkham Asylum, and it is honestly well drawn. On page 4 the Joker is drawn wearing Kayden's own name tag, holding a pistol to the head of a kid labeled "DEMETRIUS R." The caption reads "Thursday after gym. Nobody laughs at me twice."

Demetrius Rowe is in Kayden's homeroom and the two got into it in the locker room on Tuesday.

The back cover has an "about the artist" box. Kayden wrote that Kriolu is his first language and that he has been drawing since he was 6.

I met with Kayden. He said "it's a comic" and would not say more. Demetrius says Kayden told him in the locker room "you'll see Thursday." Both families called.""",
     decision="allow", mnc=["Kriolu", "Cabo Verdean"], fact="pistol",
     mct=["Arkham Asylum", "Thursday after gym", "DEMETRIUS R."],
     cats=["language"], tags=["comic", "counselor_note", "trap"])

case(name="Malik Odom", grade=9, school="Community Academy of Science and Health", rec="bpd/district-b3",
     ground="credible_threat", when="2025-12-10T10:05",
     loc="Community Academy of Science and Health, practice room",
     desc="""Mr. Adeyemi (Music) - 12/10, 2nd block

Student recorded himself on his phone rapping over a beat in the practice room and AirDropped it to half the class. Lines include "Intervale where I rest my head," "ISB on everything," and "Tay gonna get wet up after school, the stick on me." Tay = Taylor Baines, gr 9. I didn't hear the whole thing. Phone was not taken.""",
     decision="deny", reason="missing_threat_statement", mnc=["Intervale", "ISB"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics", "teacher_note"])

case(name="Trevell Hargrove", grade=12, school="Excel High School", rec="bpd/district-c6",
     ground="gang_intelligence", when="2026-04-02T10:45",
     loc="Excel High School, courtyard",
     desc="""Ms. Liang, yearbook adviser. Our student photographer shot the senior candids in the courtyard on 4/2. In six of the photos Trevell and four other seniors are throwing the same hand sign, and in one he is holding up a piece of cardboard that says "OP til I'm gone" and "Orchard Park." The assistant headmaster asked me to pull the photos and send a write-up to the police for their files. Nobody was threatened and there was no weapon.""",
     decision="deny", reason="ground_not_permitted", mnc=["Orchard Park", "OP til"],
     cats=["gang_affiliation", "neighborhood"], tags=["yearbook", "advisor_note"])

case(name="Adrian Peña", grade=11, school="Another Course to College", rec="bpd/district-b2",
     ground="drugs", subs=["counterfeit oxycodone (M30) pills"], when="2026-03-24T09:50",
     loc="Another Course to College, room 112",
     desc="""English 11 - Ms. Quigley's report, 3/24

We were doing a silent read-around of the poems from the "Object" assignment. Adrian's poem is about "little blue buttons," "percs that aren't percs" and "thirty on the back like a jersey." It ends: "I count them like my mother counts the hours she works / since we left Santo Domingo."

When I picked the poem up from his desk, a small clear baggie was tucked into the spine of his journal. I brought the journal to AP Monteiro. The baggie held 14 round blue pills stamped "M 30." Nurse Lydon believes they are counterfeit oxycodone. They are sealed in the AP's safe.

Adrian said he was "holding them for someone." He did not appear impaired.""",
     decision="allow", mnc=["Santo Domingo"], fact="M 30",
     mct=["14 round blue pills", "spine of his journal", "AP's safe"],
     cats=["national_origin"], tags=["poem", "teacher_writeup"])

# ---------------------------------------------------------------------------------------------
# 21-40
# ---------------------------------------------------------------------------------------------
case(name="Devonte Ash", grade=10, school="Fenway High School", rec="bpd/district-d4",
     ground="credible_threat", when="2026-04-01T15:45",
     loc="Fenway High School, scene shop",
     threat="A verse painted on the back of a set piece says 'Jess think she slick, Friday 6th period "
            "I'm bringing the knife I showed Marco.' Devonte admitted writing it; Marco says Devonte "
            "showed him a kitchen knife in his bag the week before.",
     desc="""From: Gil Ferreira, Technical Director
To: Dr. Ansah

Writing this down as you asked. Devonte has been on stage crew since September and is one of my best builders.

Today at 3:45, while the crew was painting flats for Into the Woods, Jess K. came to me upset. On the back of the big tree flat, in paint marker, someone had written a verse. The first line is "Ruthven my whole life, never switch."
Under it: "Jess think she slick, Friday 6th period I'm bringing the knife I showed Marco."

Devonte admitted he wrote it. Marco told me Devonte showed him a kitchen knife in his bag in the scene shop last Wednesday. I checked Devonte's bag with Mr. Lin present today and there was no knife in it. Nothing has been painted over; the flat is locked in the scene shop.

Gil""",
     decision="allow", mnc=["Ruthven"], fact="kitchen knife",
     mct=["stage crew", "Friday 6th period", "back of the big tree flat"],
     cats=["neighborhood"], tags=["lyrics", "email", "trap"])

case(name="Isaiah Lacroix", grade=12, school="John D. O'Bryant School of Mathematics and Science",
     rec="bpd/district-b2", ground="weapon", weapon="revolver", when="2025-11-19T16:20",
     loc="John D. O'Bryant School, main stairwell landing",
     extra={"ethnicity": "Haitian", "emergency_contact": "grandmother"},
     desc="""Incident statement - Mr. Varga, Film Club advisor, 11/19

The film club was shooting a noir scene after school today for the spring festival. Isaiah was directing and also playing the detective. We had a rubber prop pistol for the scene.

While the film crew was setting up a Dutch angle on the stairwell landing, Isaiah took a different gun out of his backpack, a silver revolver with a wooden grip, and said it would "read better on camera." I told him to put it down on the step and he did. Looking at it I could see brass cartridges in the cylinder. I sent a student for Officer Nunez, who arrived at 4:22 and secured the revolver. Isaiah told Officer Nunez it belongs to his grandfather.

No one was threatened with it. The other six students were dismissed at 4:45.""",
     decision="allow", mnc=["Haitian"], fact="revolver",
     mct=["Dutch angle", "film crew", "brass cartridges in the cylinder"],
     cats=["ethnicity"], tags=["film_club", "advisor_note", "trap"])

case(name="Kevon Strickland", grade=9, school="TechBoston Academy", rec="bpd/district-c11",
     ground="fight", when="2026-01-09T12:25",
     loc="TechBoston Academy, cafeteria",
     desc="""Cafeteria rap battle at 2nd lunch got out of hand. Kevon's verse was mostly "Woodledge" and "Morton St" shout-outs and digs at the other kid's sneakers. The other student shoved him and they traded punches for maybe 10 seconds before SSS Okoro separated them. No injuries, nurse checked both. Both suspended 1 day.""",
     decision="deny", reason="ground_not_permitted", mnc=["Woodledge", "Morton St"],
     cats=["neighborhood"], tags=["lyrics", "sss_statement"])

case(name="Edilson Tavares", grade=10, school="Madison Park Technical Vocational High School",
     rec="bpd/district-b2", ground="credible_threat", when="2026-02-04T10:48",
     loc="Madison Park Technical Vocational High School, room 1102",
     extra={"ell_status": "EL, WIDA level 2", "home_language": "Cape Verdean Creole"},
     threat="Lyrics in the student's class journal threaten the school security officer at the main "
            "entrance: 'Mr. Price think he run the door / Glock with the switch, I'ma see him at the "
            "metal detector / Friday when the bell ring.' Mr. Price confiscated his phone on Monday.",
     desc="""Email from Ms. Duarte, 10:48 AM

Hi Ms. Grant,

During independent writing today Edilson was writing lyrics in his journal instead of the paragraph. I usually let them write in any form because it gets them writing, and I read the journals when I collect them. Part of his says:

"Mr. Price think he run the door / Glock with the switch, I'ma see him at the metal detector / Friday when the bell ring"

Mr. Price is the security officer at the main entrance who took his phone on Monday. There's also a line about his friends that I don't understand. I'm worried. The journal is with me in room 1102.

Thank you,
Ana""",
     decision="allow", mnc=["WIDA", "Creole"], fact="Glock with the switch",
     mct=["Mr. Price", "metal detector", "room 1102"],
     cats=["language"], tags=["lyrics", "email"])

case(name="Yaritza Batista", grade=6, school="Rafael Hernández K-8 School",
     rec="commonwealth-fusion-center", ground="credible_threat", when="2025-11-04T10:00",
     loc="Rafael Hernández K-8 School, art room",
     threat="Sixth grader's self-portrait shows her holding a large bloody knife over a figure labeled "
            "KAYLA with X's for eyes; she told the teacher 'she knows what it means.'",
     desc="""Ms. Quinn, Art, Gr. 6 - self-portrait unit. Yaritza's self-portrait shows her holding a large knife dripping red, standing over a smaller figure labeled "KAYLA" with X's for eyes. Across the top she wrote "DR 4 life" next to a Dominican flag. Kayla Morse sits at her table and they have been fighting since September. Yaritza told me "she knows what it means." Principal wants it shared with the state fusion center.""",
     decision="deny", reason="recipient_not_permitted", mnc=["DR 4 life", "Dominican"],
     cats=["national_origin"], tags=["art", "art_report"])

case(name="Josiah Akande", grade=11, school="Mary Lyon Pilot High School", rec="bpd/district-d14",
     ground="serious_violence", when="2026-03-12T13:40",
     loc="Mary Lyon Pilot High School, auditorium",
     desc="""Incident report - AP Reardon

Spoken word showcase, auditorium, approx. 1:40 PM. Josiah performed a poem about his Pentecostal church, his pastor, and speaking in tongues at Sunday service. During the poem a student in the back row, Tyler Gage (gr 12), shouted comments and laughed.

After the performance Josiah walked up the auditorium stairs to Tyler and punched him repeatedly in the face while Tyler was still seated. Tyler fell into the aisle. Josiah kicked him twice in the head. Staff separated them within about 20 seconds.

Tyler was taken by EMS to St. Elizabeth's. His father reports a broken jaw in two places and a concussion; surgery is scheduled for tomorrow. Josiah was held in the main office until his mother arrived.""",
     decision="allow", mnc=["Pentecostal", "pastor", "in tongues", "Sunday service"], fact="broken jaw",
     mct=["auditorium stairs", "kicked him twice in the head", "concussion"],
     cats=["religion"], tags=["slam_poetry", "ap_report"])

case(name="Gianna Russo", grade=7, school="Mario Umana Academy", rec="bpd/district-a7",
     ground="credible_threat", when="2026-01-29T09:10",
     loc="Mario Umana Academy, room 207",
     threat="Haiku names classmate Devon and his locker (112): 'Tuesday the blade finds Devon / nobody "
            "will know'. The student's mother reports steak knives missing from home.",
     desc="""ELA 7 haiku assignment, handed in this morning by Gianna:

  locker one-twelve waits
  Tuesday the blade finds Devon
  nobody will know

Devon Achterberg is in her homeroom. Locker 112 is Devon's. Gianna's mom says two steak knives are missing from the drawer at home.""",
     decision="allow", mnc=[], fact="Devon Achterberg",
     mct=["Locker 112", "steak knives"],
     cats=[], tags=["poem", "clean"])

case(name="Jamal Harden", grade=10, school="Brighton High School", rec="bpd/district-d14",
     ground="vandalism", when="2025-10-16T11:00",
     loc="Brighton High School, room 208",
     desc="""Custodial staff found lyrics carved into two desks and the radiator cover in room 208: "KOB 4L" and "Faneuil made me, Faneuil gon bury me." Mr. Hughes matched the carving to Jamal from the seating charts and Jamal admitted it. Desks replaced ($340). Parent meeting Friday. Requesting this go to the police with his name for their records.""",
     decision="deny", reason="ground_not_permitted", mnc=["KOB", "Faneuil"],
     cats=["gang_affiliation", "neighborhood"], tags=["lyrics", "dean_note"])

case(name="Christopher Lomax", grade=12, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="drugs", subs=["promethazine-codeine syrup", "alprazolam (Xanax) bars"],
     when="2026-05-07T12:30", loc="Jeremiah E. Burke High School, 3rd floor boys' bathroom",
     desc="""SRO report 5/7/26 approx 1230 hrs.
AHM Whitaker received a tip from a parent about a rap video posted the night before. Video (1:58) shows student Christopher Lomax in the 3rd floor boys' bathroom pouring purple liquid from a pharmacy bottle into a Sprite, then fanning a stack of white rectangular bars at the camera. Chorus: "Mission Main, we was raised in the bricks."
Student called to office 1245. Backpack search with AHM present: one 16 oz pharmacy bottle labeled promethazine with codeine, prescribed to an adult female, approx 1/3 full; 11 white bars stamped "GG 249," consistent with alprazolam 2 mg. Items bagged and held in AHM's safe pending BPD pickup.
Student stated the bars were "for the video." Student did not appear impaired.""",
     decision="allow", mnc=["Mission Main"], fact="promethazine",
     mct=["3rd floor boys' bathroom", "GG 249", "16 oz pharmacy bottle"],
     cats=["neighborhood"], tags=["music_video", "sro_note"])

case(name="Anthony Vu", grade=11, school="Charlestown High School", rec="bpd/district-a15",
     ground="drugs", subs=["marijuana", "cognac"], when="2025-09-19T14:50",
     loc="Charlestown High School, behind the gym",
     desc="""Dean Maloney -> AP Sullivan. Kids filmed a video behind the gym during 7th period: Anthony and two others rolling blunts and passing a bottle of Hennessy, chorus is "Bunker Hill the only hill." Found in his bag after: 3 pre-rolled joints, a grinder, and the Hennessy bottle about a quarter full. That's everything. Please send to BPD as a drug incident.""",
     decision="deny", reason="excluded_substance", mnc=["Bunker Hill"],
     cats=["neighborhood"], tags=["music_video", "dean_note"])

case(name="Nadia Feeney", grade=12, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="weapon", weapon=".22 caliber revolver", when="2026-03-05T19:10",
     loc="Boston Arts Academy, black box theater",
     extra={"accommodations": "Excused from holiday and birthday celebrations (Jehovah's Witness)"},
     desc="""Drama director's statement (Ms. Ocasio), 3/5, approx. 7:10 PM, dress rehearsal for Chicago.

In the opening number Roxie shoots Fred Casely. Our prop is a plastic cap revolver that lives on the props table. During the scene Nadia, who plays Roxie, used a different gun. The "bang" came from the sound cue as usual, but our props master, Ellis, noticed at intermission that the gun on the table was heavier and had a real cylinder. I opened the gate and it is an actual .22 revolver, unloaded. There was no ammunition on it or in the props area.

Nadia said she brought it from home because the plastic one "looked like a toy in the pictures," and that it belongs to her stepfather. She pointed it at Marcus (Fred) from about 5 feet, as blocked.

I secured it in the costume shop cage and called Officer Kirby, who took it at 7:45. Rehearsal was ended.""",
     decision="allow", mnc=["Jehovah"], fact=".22 revolver",
     mct=["Chicago", "costume shop cage", "about 5 feet"],
     cats=["religion"], tags=["drama_prop", "statement", "trap"])

case(name="Brayden Kelleher", grade=12, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="credible_threat", threat="", when="2026-04-15T14:15",
     loc="Boston Latin Academy, yearbook room",
     extra={"country_of_birth": "Brazil"},
     desc="""The yearbook committee's superlatives ballot came back with a write-in in Brayden's handwriting under "Most likely to": "shoot up prom, sorry not sorry." Prom is at the Seaport on May 29. Brayden says a friend wrote it as a joke. The advisor has the ballot.""",
     decision="deny", reason="missing_threat_statement", mnc=["Brazil"],
     cats=["national_origin"], tags=["yearbook"])

case(name="Ethan Mwangi", grade=9, school="Henderson K-12 Inclusion School", rec="bpd/district-c11",
     ground="weapon", weapon="ceramic replica handgun", when="2026-02-27T14:35",
     loc="Henderson K-12 Inclusion School, bus loop",
     extra={"address": "18 Ashmont St, Dorchester, MA 02124"},
     desc="""Ceramics I - Mr. Bellamy. Ethan's project for the "everyday object" assignment is a life-size handgun made of stoneware, painted matte black after the bisque fire. From across a room it looks real. He carried it out of the art room in his waistband at dismissal and a bus monitor called it in. It is clay; it cannot fire anything. I have it now.""",
     decision="deny", reason="other", mnc=["Ashmont", "02124"],
     cats=["neighborhood"], tags=["art", "replica"])

case(name="Keyla Monzón", grade=10, school="Excel High School", rec="bpd/district-c6",
     ground="credible_threat", when="2025-11-20T13:15",
     loc="Excel High School, English classroom",
     threat="A persona poem ends with a threat against classmate Mariah Dunne and her friends: 'I took "
            "the scissors from Ms. Pratt's room / and the next time it's the back stairwell by the gym / "
            "I'm not running.' An 8-inch pair of shears is missing from the art room.",
     desc="""From Mr. Gallo (English 10) to Counselor Reyes and AP Tran, 11/20

I'm sending this because of the last stanza. The assignment was a persona poem. Keyla's is titled "Hearing." It is about her family waiting on their asylum hearing and the town in Guatemala they left. It's powerful and I don't want her to be in trouble for that part.

But it ends:

  Mariah and her girls call me ICE-bait in the stairwell
  so here's my answer, written down so nobody says I didn't warn them:
  I took the scissors from Ms. Pratt's room
  and the next time it's the back stairwell by the gym
  I'm not running

Mariah Dunne is in the same grade. Ms. Pratt (art) confirmed a pair of 8-inch shears went missing from her room last Thursday.""",
     decision="allow", mnc=["asylum", "Guatemala", "ICE-bait"], fact="8-inch shears",
     mct=["8-inch shears", "back stairwell by the gym", "Ms. Pratt's room"],
     cats=["immigration_status", "national_origin"], tags=["poem", "email"])

case(name="Terrence Holloway", grade=11, school="English High School", rec="bpd/district-e13",
     ground="weapon", weapon="brass knuckles", when="2026-02-03T11:25",
     loc="English High School, music room",
     desc="""Music room, 11:25, 2/3. Terrence was recording a verse on the Zoom mic: "knuck up, Hendry Street the gang, I'm a real one." When he opened his guitar case to get his capo I saw brass knuckles on top of the strings. I asked him to hand them over and he did. Heavy, gold colored, spikes on the front. They're with AP Casey now. - J. Moreau""",
     decision="allow", mnc=["Hendry"], fact="brass knuckles",
     mct=["guitar case", "spikes on the front"],
     cats=["gang_affiliation"], tags=["lyrics", "teacher_note"])

case(name="Harper Quinlan", grade=10, school="Boston Green Academy", rec="bpd/district-d14",
     ground="credible_threat", when="2026-04-28T14:50",
     loc="Boston Green Academy, film club room",
     threat="A student-made 'trailer' ends with text cards 'COMING MAY 14' / 'SEAT BY THE WINDOW' / "
            "'BYE ABIGAIL' over cafeteria footage and then a photo of a rifle. Abigail Tran is a "
            "former friend of the student.",
     desc="""Film club advisor report - Ms. Devereaux

Harper edited a "trailer" for her short film on the club laptop. It's 48 seconds. The first half is normal footage from our set in the black box theater. The second half is text cards over footage of the cafeteria:
"COMING MAY 14" / "SEAT BY THE WINDOW" / "BYE ABIGAIL"
and then a card with a photo of a rifle she found online.

Abigail Tran is a former friend; they fell out over spring break. Another member of the film crew showed me the file at 2:50 today. Harper had already been dismissed. Principal and counselor notified; I saved the file to a flash drive.""",
     decision="allow", mnc=[], fact="rifle",
     mct=["COMING MAY 14", "SEAT BY THE WINDOW", "film crew"],
     cats=[], tags=["film_club", "advisor_note", "trap", "clean"])

case(name="Jennifer Aguilar", grade=8, school="Mildred Avenue K-8 School", rec="bpd",
     ground="immigration_concern", when="2026-01-08T10:30",
     loc="Mildred Avenue K-8 School, advisory room",
     desc="""Counselor note. In advisory today students wrote "I am" poems. J. wrote that she is "undocumented and tired," that her father "works with no papers," and that she is "from El Salvador even if I don't remember it." She was calm and wanted me to read it. No safety concern, no threat, no weapon. The AP asked that this be forwarded to BPD in case the family needs to be checked on.""",
     decision="deny", reason="ground_not_permitted", mnc=["undocumented", "no papers", "El Salvador"],
     cats=["immigration_status", "national_origin"], tags=["poem", "counselor_note"])

case(name="Wilmer Portillo", grade=11, school="East Boston High School", rec="ice/ero-boston",
     ground="weapon", weapon="handgun", when="2025-10-02T09:00",
     loc="East Boston High School, back parking lot",
     desc="""Per Mr. Grady: the TikTok video shows Wilmer in our back parking lot with what looks like a handgun tucked in his waistband while he raps. According to his aunt he is on an overstayed tourist visa. We could not locate a weapon at school. Requesting ERO review.""",
     decision="deny", reason="recipient_not_permitted", mnc=["overstayed", "tourist visa"],
     cats=["immigration_status"], tags=["music_video"])

case(name="Liam Costa", grade=9, school="Dorchester Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2026-02-24T10:02",
     loc="Dorchester Academy, room 119",
     threat="Science-fiction story for English casts the biology teacher Mr. Yusuf as the 'alien' and "
            "has the hero bring 'his dad's hunting rifle to Room 119 during 4th period biology' and "
            "shoot him; it ends 'Based on a true story (coming soon).' The student said in class his "
            "father 'has a whole cabinet' of guns.",
     desc="""Email - Ms. Whitcomb (ELA 9) to Dean Farrow, 10:02 AM

The story assignment is sci-fi. Liam's is about an alien invasion of a high school, which is fine until page 3, where the "alien" is clearly Mr. Yusuf, our biology teacher: same room number, same beard, called "Mr. Y." The hero "brings his dad's hunting rifle to Room 119 during 4th period biology" and shoots him. The last line is "Based on a true story (coming soon)."

Liam said in class yesterday that his dad "has a whole cabinet" of guns. Mr. Yusuf has been told and is teaching in the library this period.""",
     decision="allow", mnc=[], fact="hunting rifle",
     mct=["alien invasion", "Room 119", "dad's hunting rifle"],
     cats=[], tags=["short_story", "email", "trap", "clean"])

case(name="Dante Wilkerson", grade=10, school="New Mission High School",
     rec="massachusetts-state-police", ground="credible_threat", when="2025-12-01T07:50",
     loc="New Mission High School, main office",
     threat="Notebook verse names Kamari Lyle: 'Kamari done, I got the draco on me at the bus stop "
            "Monday.'",
     desc="""Bus monitor on route 1427 turned in a notebook Dante left on the seat. Drill verse names Kamari Lyle ("Kamari done, I got the draco on me at the bus stop Monday") and shouts out "NSB" and "Norfolk St my block." Principal's office is requesting that the state police take it because it involves the bus.""",
     decision="deny", reason="recipient_not_permitted", mnc=["NSB", "Norfolk"],
     cats=["gang_affiliation", "neighborhood"], tags=["lyrics"])

# ---------------------------------------------------------------------------------------------
# 41-60
# ---------------------------------------------------------------------------------------------
case(name="Ibrahim Diallo", grade=12, school="Edward M. Kennedy Academy for Health Careers",
     rec="bpd/district-b2", ground="weapon", weapon="handgun", when="2026-02-24T13:55",
     loc="Edward M. Kennedy Academy for Health Careers, library",
     desc="""SRO note 2/24/26.
Black History Month open mic, library, 6th period. Student Ibrahim Diallo performed a poem about praying at the mosque with his father and fasting for Ramadan. Performance itself uneventful.
1355 hrs: after the open mic, librarian Ms. Oduya found a backpack left under the stage riser and looked inside for a name. She saw the grip of a handgun.
1358 hrs: I responded and recovered a loaded Smith & Wesson M&P Shield 9mm (1 in chamber, 7 in mag) from the backpack's front pocket. ID card in the bag belongs to Ibrahim.
1405 hrs: student located in room 204 and detained without incident. Stated he carries it "for the train." No threats were made to anyone.""",
     decision="allow", mnc=["mosque", "Ramadan"], fact="Smith & Wesson",
     mct=["Black History Month open mic", "stage riser", "front pocket"],
     cats=["religion"], tags=["slam_poetry", "sro_note", "trap"])

case(name="Genesis Rivera", grade=9, school="Margarita Muñiz Academy", rec="bpd/district-e13",
     ground="credible_threat", when="2026-01-15T11:20",
     loc="Margarita Muñiz Academy, room 203",
     threat="A class vignette titled 'Shayla' ends: 'I have my brother's knife and Friday after "
            "dismissal at the bus stop in front of school I'll show her what I remember.' Shayla Pinto "
            "reported last week that the writer had been following her.",
     desc="""Ms. Kaminski, ELA 9 - 1/15

We're reading The House on Mango Street and students are writing their own vignettes in Cisneros's style. Genesis wrote "My House on Paul Gore Street," about the triple-decker she lives in, which is lovely.

Her second vignette is called "Shayla." It ends: "Shayla thinks I forgot. I didn't. I have my brother's knife, and Friday after dismissal at the bus stop in front of school I'll show her what I remember."

Shayla Pinto is in 9th grade and told me last week that Genesis had been following her between classes. I have both vignettes. Genesis is in my room now with the counselor.""",
     decision="allow", mnc=["Paul Gore"], fact="brother's knife",
     mct=["The House on Mango Street", "bus stop in front of school", "Shayla Pinto"],
     cats=["neighborhood"], tags=["short_story", "teacher_note", "trap"])

case(name="Tristan Boyle", grade=8, school="Thomas A. Edison K-8 School", rec="bpd/district-d14",
     ground="credible_threat", when="2026-03-10T12:40",
     loc="Thomas A. Edison K-8 School, room 312",
     threat="A new 'Outsiders' chapter written for ELA has the narrator bring 'my switchblade, the real "
            "one from under my mattress' to the field behind the school on the last Friday of March and "
            "stab classmate Connor Lally 'until he stops laughing.'",
     desc="""Grade 8 ELA (Mr. Obi) - 3/10/26

We just finished The Outsiders and the assignment was to write a new chapter. Most kids wrote the rumble between the Greasers and the Socs. Tristan wrote one where the Socs are real kids from our class, by name, and "Ponyboy" (him) brings "my switchblade, the real one from under my mattress" to "the field behind the Edison" on "the last Friday of March" and stabs Connor Lally "until he stops laughing."

When I asked him about it he told me his cousins run with the Heath Street crew and "nobody messes with us."

Connor and Tristan were separated in class last month after a fight. AP Santos and I searched Tristan's bag and locker: nothing found.""",
     decision="allow", mnc=["Heath Street"], fact="switchblade",
     mct=["Greasers and the Socs", "last Friday of March", "field behind the Edison"],
     cats=["gang_affiliation"], tags=["short_story", "teacher_note", "trap"])

case(name="Khalil Sutton", grade=12, school="Greater Egleston High School", rec="bpd/district-b2",
     ground="credible_threat", when="2025-12-02T07:40",
     loc="Greater Egleston High School, Ms. Bartlett's classroom",
     threat="In a music video filmed partly in his English teacher's empty classroom, the student points "
            "a handgun at her desk and raps 'Bartlett better pass me or it's red ink on the desk.' He "
            "was told on 11/24 he may not graduate.",
     desc="""THREAT ASSESSMENT SUMMARY
Student: K.S., Gr 12
Source: music video "Last Warning," posted to YouTube 12/1, 3:12 long. About half was filmed inside the school without permission (front steps, gym, Ms. Bartlett's classroom). The rest was filmed on the porch of a triple-decker with the number 54 over the door and the Seaver St sign in the shot.
Concerning content: at 2:20, filmed in Ms. Bartlett's empty classroom, student points a handgun at her desk and raps "Bartlett better pass me or it's red ink on the desk." Ms. Bartlett teaches his senior English. He is failing and was told on 11/24 that he may not graduate.
Means: the gun appears real in the video (rear sight and magazine visible). Unknown whether it was ever in the building.
Actions: Ms. Bartlett informed 12/2, 7:40 AM. Student not admitted pending re-entry meeting. Video preserved.""",
     att=[("video", "last_warning_download.mp4")],
     decision="allow", mnc=["Seaver", "number 54"], fact="handgun",
     mct=["red ink on the desk", "Ms. Bartlett's empty classroom", "11/24"],
     cats=["neighborhood"], tags=["music_video", "threat_assessment"])

case(name="Angel Figueroa", grade=11, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="credible_threat", when="2026-05-11T14:10",
     loc="Boston Arts Academy, visual arts studio",
     threat="Sketchbook pages list four staff members (Ms. Whelan, Mr. Ortiz, Coach P, Dean Lassiter) "
            "under 'NO MORE CHANCES' with crosshairs over each name and the line 'I know where the "
            "janitor door is. 5/20.' May 20 is the senior walk; Ms. Whelan wrote him up on Friday.",
     desc="""Visual Arts report - Mr. Sandoval

We're in our street art unit (Basquiat, Keith Haring, Lady Pink). Angel's sketchbook is full of really strong wildstyle pieces. Most of them are his tag or "TTG / Top Tier," which he has told the class is "his people."

On the last two pages, though, he lettered a list in the same style titled "NO MORE CHANCES": Ms. Whelan, Mr. Ortiz, Coach P, and Dean Lassiter, each with a crosshair drawn over the name. Under it: "I know where the janitor door is. 5/20."

May 20 is the senior walk. Ms. Whelan filed a discipline referral against him on Friday. I photographed the pages and kept the sketchbook.""",
     decision="allow", mnc=["TTG", "Top Tier"], fact="crosshair",
     mct=["street art unit", "NO MORE CHANCES", "janitor door"],
     cats=["gang_affiliation"], tags=["art", "art_report", "trap"])

case(name="Peter Nguyen", grade=11, school="John D. O'Bryant School of Mathematics and Science",
     rec="fbi/boston-field-office", ground="credible_threat", when="2026-03-30T15:30",
     loc="John D. O'Bryant School, science wing",
     extra={"place_of_birth": "Ho Chi Minh City, Vietnam"},
     threat="A film-club short ends with a countdown over the school entrance and a pipe with end caps "
            "and wires in the science wing; the student's locker held a 'supplies' list (black powder, "
            "end caps, nails).",
     desc="""Film Club advisor (Ms. Park): Peter's short "Day Zero" ends with a countdown over the school's front entrance and a shot of a pipe with end caps and wires on a desk in the science wing. The dean found a notebook in his locker with a list titled "supplies" (black powder, end caps, nails). Because of the explosive angle the headmaster wants this to go to the FBI.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Ho Chi Minh", "Vietnam"],
     cats=["national_origin"], tags=["film_club"])

case(name="Darius Kemp", grade=11, school="TechBoston Academy", rec="bpd/district-c11",
     ground="drugs", subs=["fentanyl"], when="2025-12-16T08:05",
     loc="TechBoston Academy, main entrance",
     desc="""From: AP Nwosu
To: Principal Shea; Officer Batista
Sent: 8:47 AM

This morning at the metal detector Darius's backpack alarmed and the guard did a bag check. In the front pocket, folded inside pages of handwritten lyrics, was a knotted corner of a plastic bag with a tan powder, about a gram. Two more knotted corners were in his sock; he handed them over when asked. He said "it's fetty, don't touch it."

The lyrics are his. One line reads "Codman Sq where they know me, I'm moving it all winter."

Nurse gloved and bagged everything; nobody touched it bare-handed. Narcan was on hand and not needed. Items are in the safe.""",
     decision="allow", mnc=["Codman"], fact="tan powder",
     mct=["tan powder", "metal detector", "in his sock"],
     cats=["neighborhood"], tags=["lyrics", "email"])

case(name="Grace Olawale", grade=12, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2026-01-30T09:40",
     loc="Boston Latin Academy, yearbook room",
     threat="Senior quote submitted for the yearbook says 'Ms. Ferris, I hope you're at graduation - "
            "front row, I'll bring you a gift' with a knife emoji. Ms. Ferris failed the student and "
            "was told 'you'll regret this' in the hallway on 1/23.",
     desc="""Yearbook advisor (Mr. Tierney) to Headmaster Ng, 1/30

Flagging a senior quote before the proofs go out. Grace submitted:

"Inshallah the Fields Corner girls make it out. Ms. Ferris, I hope you're at graduation - front row, I'll bring you a gift 🔪"

Ms. Ferris failed her in AP Lang first semester. On 1/23 there was a loud confrontation in the 3rd floor hallway where Grace told her "you'll regret this." I've pulled the quote.""",
     decision="allow", mnc=["Inshallah", "Fields Corner"], fact="Ms. Ferris",
     mct=["front row", "1/23", "AP Lang"],
     cats=["religion", "neighborhood"], tags=["yearbook", "email", "trap"])

case(name="Wendy Solórzano", grade=11, school="Margarita Muñiz Academy", rec="bpd/district-e13",
     ground="credible_threat", when="2026-02-06T16:00",
     loc="Margarita Muñiz Academy, room 110",
     desc="""Teacher's notes from Friday's slam team practice (Ms. Byrne). W. performed a new piece about her mom carrying her across at Nogales when she was four and about waiting on her DACA renewal. The end of the piece was about a boy on the team, Ezequiel, and the line "keep saying my name and I'll bring what my uncle keeps under the seat." She said afterward it was "a metaphor." I'm not sure.""",
     decision="deny", reason="missing_threat_statement", mnc=["Nogales", "DACA"],
     cats=["immigration_status"], tags=["slam_poetry", "teacher_note"])

case(name="Andre Beaubrun", grade=10, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="weapon", weapon="kitchen knife", when="2026-04-14T09:20",
     loc="Jeremiah E. Burke High School, beat-making lab",
     extra={"address": {"street": "22 Nelson St", "city": "Boston", "zip": "02124"},
            "home_language": "Haitian Creole",
            "race_ethnicity": "Black or African American",
            "parent_contact": "needs Haitian Creole interpreter"},
     desc="""Statement of Mr. Léger, music teacher, 4/14/26

At about 9:20 in the beat-making elective, Andre was performing a verse for the class over his own beat. During the verse he pulled a kitchen knife (black handle, about 8-inch blade) out of the front of his hoodie and held it up at the line "I'm on the opp's neck." He did not point it at anyone. I stopped the music and asked him to put it on the piano, and he did.

I put the knife in the piano bench, locked the room and walked him to the office. He said it was "for the video" he is filming later.""",
     decision="allow", mnc=["Nelson St", "02124", "Haitian", "Creole", "African American"],
     fact="kitchen knife", mct=["8-inch blade", "piano bench", "beat-making elective"],
     cats=["neighborhood", "language", "ethnicity"], tags=["lyrics", "statement"])

case(name="Eliana Weiss", grade=12, school="Boston Latin School", rec="bpd/district-d4",
     ground="credible_threat", when="2026-03-02T07:30",
     loc="Boston Latin School, creative writing classroom",
     threat="A poem posted to the class Padlet imagines the funeral of her ex-boyfriend Ben Sheridan and "
            "ends 'your car, third row of the junior lot / my father's pistol in the glovebox of mine / "
            "Monday at 2:15 we can finally talk.'",
     desc="""Creative Writing elective - Ms. Albright to Dean Kwan

I'm passing along a poem Eliana posted to our class Padlet at 9:14 last night, titled "Kaddish for Ben." Ben Sheridan is her ex-boyfriend and is in the same elective.

The poem imagines his funeral. In it she says she will "say the mourner's prayer at shul like Grandpa taught me." That part reads as grief poetry, and if it stopped there I wouldn't be writing to you.

The last lines are:
"your car, third row of the junior lot / my father's pistol in the glovebox of mine / Monday at 2:15 we can finally talk."

Several students saw it before I took it down at 7:05 this morning. Ben's parents have called the school.""",
     decision="allow", mnc=["Kaddish", "shul", "mourner's prayer"], fact="pistol",
     mct=["third row of the junior lot", "Monday at 2:15", "glovebox"],
     cats=["religion"], tags=["poem", "email"])

case(name="Marcus Pham", grade=9, school="Brighton High School",
     rec="allied-universal/bps-contract", ground="credible_threat", when="2025-10-23T13:00",
     loc="Brighton High School, art room",
     threat="Drawing shows a rifle aimed at a teacher labeled 'MS. K' with '10/31' written beside it.",
     desc="""Art teacher: drawing turned in by Marcus shows a rifle aimed at a woman labeled "MS. K" with "10/31" beside it and "Oak Square" lettered along the bottom like a signature. Ms. Kiley is his Algebra teacher. Please route to the building's contracted security so they can watch for him on Halloween.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Oak Square"],
     cats=["neighborhood"], tags=["art"])

case(name="Ty'Shawn Merritt", grade=10, school="Boston Community Leadership Academy",
     rec="bpd/district-e18", ground="credible_threat", when="2026-05-15T19:30",
     loc="Boston Community Leadership Academy, auditorium",
     threat="During the talent show the student left his approved lyrics and said into the microphone "
            "'Mr. Abernethy you gon learn, I'm bringing the strap Monday, front office, no more "
            "detentions.' At 9:40 PM he texted a staff member 'I meant it.'",
     desc="""Memo - Principal Hendricks, 5/15 (Spring Talent Show)

The drama club opened the show with two numbers from In the Heights, then the student acts. Ty'Shawn's act was listed on the program as an original rap. About 90 seconds in he went off the approved lyrics and said, into the microphone, "Mr. Abernethy you gon learn, I'm bringing the strap Monday, front office, no more detentions."

About 300 people were in the auditorium, including Mr. Abernethy's wife and children. We cut the mic and closed the curtain. Ty'Shawn left through the side door with two friends before staff reached him.

At 9:40 PM he texted Mr. Kwame: "I meant it." Mr. Kwame forwarded the screenshot to me. I'll be at the front entrance Monday from 7:00.""",
     decision="allow", mnc=[], fact="the strap",
     mct=["In the Heights", "front office", "I meant it"],
     cats=[], tags=["lyrics", "memo", "trap", "clean"])

case(name="Nikolai Berisha", grade=10, school="Charlestown High School", rec="bpd/district-a15",
     ground="harassment", when="2026-03-26T10:10",
     loc="Charlestown High School, room 118",
     extra={"ethnicity": "White - Albanian"},
     desc="""Referral - English 10. Nikolai wrote a "satirical" short story for the fiction unit in which a classmate he names (M. Duffy) is a character who gets humiliated at a dance. It's mean-spirited but there is no threat of violence and no weapon. Students complained. Administrator asked that it be sent to the police because of a history of harassment between these two.""",
     decision="deny", reason="ground_not_permitted", mnc=["Albanian"],
     cats=["ethnicity"], tags=["short_story"])

case(name="Quentin Rhodes", grade=11, school="Excel High School", rec="bpd/district-c6",
     ground="serious_violence", when="2026-01-13T10:35",
     loc="Excel High School, second-floor boys' bathroom",
     desc="""Incident summary - AP Doherty, 1/13

At approx. 10:35 Quentin and two other students cornered Jaylen Moss (gr 10) in the second-floor boys' bathroom. The assault was filmed on a phone and posted an hour later as the intro to a music video. The outro of the video is Quentin rapping "Grove Hall stand up, G-Hall to the death" in front of the school sign.

In the footage Quentin punches Jaylen in the face about eight times and stomps on his head once he is on the floor. Jaylen was found by a custodian and taken by EMS to Boston Medical Center. He has an orbital fracture and is being monitored for a brain bleed.

Quentin was identified by two staff members who know him from the video. He was removed from class at 11:50 and his father picked him up.""",
     att=[("video", "posted_video_0113.mp4")],
     decision="allow", mnc=["Grove Hall", "G-Hall"], fact="orbital fracture",
     mct=["orbital fracture", "second-floor boys' bathroom", "filmed on a phone"],
     cats=["neighborhood", "gang_affiliation"], tags=["music_video", "ap_report"])

case(name="Cole Brennan", grade=10, school="Charlestown High School", rec="bpd/district-a15",
     ground="weapon", weapon="hunting knife", when="2026-04-29T16:30",
     loc="Charlestown High School, auditorium stage",
     extra={"religious_exemption": "Christian Science - no medical treatment without parent"},
     desc="""Hi Mr. Aucoin - an incident from yesterday afternoon's rehearsal of Romeo and Juliet.

We were running the Act 3 street fight between the Montagues and the Capulets. Cole (Tybalt) was supposed to use the dull aluminum stage dagger. Instead he had his own fixed-blade hunting knife, about a 5-inch blade, in a leather sheath on his belt, and he drew it during the fight. When Aiden (Mercutio) grabbed his wrist, as blocked, the blade nicked Aiden's right forearm. The nurse cleaned it and closed it with butterfly strips; no stitches.

Cole said he thought it "would look more real" and that the knife is his, from a camping trip. It's in the main office now. Aiden's mom has been called.

Thanks,
Ruth Kaminsky, Theater""",
     decision="allow", mnc=["Christian Science"], fact="hunting knife",
     mct=["Montagues and the Capulets", "Act 3 street fight", "5-inch blade"],
     cats=["religion"], tags=["drama_prop", "email", "trap"])

case(name="Tyrell Banks", grade=10, school="Snowden International School", rec="bpd/district-d4",
     ground="suspicious_activity", when="2025-11-17T13:25",
     loc="Snowden International School, room 402",
     desc="""SRO note. Teacher brought me a page of lyrics found under a desk in 402: "Cathedral raised me," "South End no love," a few crossed-out names. No weapons mentioned, no threats, no targets. Student identified by handwriting. Forwarding as suspicious for intel purposes.""",
     decision="deny", reason="ground_not_permitted", mnc=["Cathedral", "South End"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics", "sro_note"])

case(name="Zoe Harrington", grade=9, school="Boston Green Academy", rec="bpd/district-d14",
     ground="credible_threat", when="2026-02-26T10:15",
     loc="Boston Green Academy, room 221",
     threat="A blackout poem made in English class leaves visible: 'I will / bring / the gun / to Mr. "
            "Dunn's / room / Friday / no one / leaves.' The student argued with Mr. Dunn over her "
            "phone on Tuesday.",
     desc="""Quick note from Ms. Grafton, English 9, period 2. We made blackout poems from old newspaper pages today. Zoe's page left only these words visible: "I will / bring / the gun / to Mr. Dunn's / room / Friday / no one / leaves." Zoe had words with Mr. Dunn on Tuesday over her phone. She laughed when I asked about it. The page is in my folder for you.""",
     decision="allow", mnc=[], fact="Mr. Dunn",
     mct=["blackout poems", "Mr. Dunn's", "no one / leaves"],
     cats=[], tags=["poem", "teacher_note", "trap", "clean"])

case(name="Jamari Fleming", grade=12, school="Jeremiah E. Burke High School", rec="bric",
     ground="weapon", weapon="handgun", when="2026-03-17T11:05",
     loc="Jeremiah E. Burke High School, room 231",
     desc="""SRO. 3/17 1105. Student Jamari Fleming observed in a music video (posted 3/16) filmed in room 231 displaying a handgun; verse shouts "Greenwood" and "G-Wood." 1130 locker search w/ AHM: Hi-Point C9 9mm recovered, loaded, 8 rds. Student in custody of BPD B-3. Sending video + lyric transcript to BRIC for association.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Greenwood", "G-Wood"],
     cats=["gang_affiliation"], tags=["music_video", "sro_note"])

case(name="Josué Mendoza", grade=9, school="East Boston High School", rec="bpd/district-a7",
     ground="weapon", weapon="butterfly knife", when="2026-03-03T10:40",
     loc="East Boston High School, gym doors",
     desc="""Statement - Ms. Holt, 9th grade team leader, 3/3

In Advisory today students shared slam poems they have been writing for the Louder Than a Bomb competition. Josué performed his, which is about crossing at Juárez with his mother and the long wait for humanitarian parole.

After Advisory, during the 3rd period bag check at the gym doors, Mr. Sayer found a butterfly knife (balisong, about a 4-inch blade) in the inside pocket of Josué's jacket. Josué said he carries it because older boys on the bus take things from him. No one was threatened.

The knife is with AP Cronin.""",
     decision="allow", mnc=["Juárez", "humanitarian parole"], fact="butterfly knife",
     mct=["Louder Than a Bomb", "4-inch blade", "inside pocket"],
     cats=["immigration_status", "national_origin"], tags=["slam_poetry", "statement", "trap"])

# ---------------------------------------------------------------------------------------------
# 61-80
# ---------------------------------------------------------------------------------------------
case(name="Logan Murphy", grade=10, school="Community Academy of Science and Health",
     rec="bpd/district-b3", ground="credible_threat", when="2026-02-10T14:20",
     loc="Community Academy of Science and Health, media lab",
     threat="In a recorded school-radio episode the student says that on the 100th day of school he will "
            "'clear out the cafeteria' with 'my stepdad's shotgun, second lunch, I'm dead serious.'",
     desc="""Hi Mr. Dwyer,

I run the student radio club (we post a 20-minute episode every other week). I was editing Logan's segment this afternoon before posting it and I need you to hear 14:05 to 14:40 of the raw file.

The segment starts as a bit: he does the Fresh Prince theme ("In West Philadelphia born and raised") with his own words about school lunch. Then he stops doing the voice and says, flat: "100th day, I'm clearing out the cafeteria. My stepdad's shotgun. Second lunch. I'm dead serious, y'all think I'm playing."

Earlier in the episode he says he's "Cleary Square till the wheels fall off," which is just him talking about where he's from.

The 100th day is next Thursday. I've pulled the episode and the raw file is on the media lab drive under /radio/ep14. Nobody else has heard it except Kiara, who co-hosts.

- Ms. Sorensen""",
     att=[("audio", "ep14_raw.wav")],
     decision="allow", mnc=["Cleary Square"], fact="shotgun",
     mct=["In West Philadelphia born and raised", "100th day", "Second lunch"],
     cats=["neighborhood"], tags=["podcast", "email", "trap"])

case(name="Cameron Bell", grade=11, school="Henderson K-12 Inclusion School", rec="bpd/district-c11",
     ground="credible_threat", when="2025-12-09T11:00",
     loc="Henderson K-12 Inclusion School, art room 2",
     threat="A linoleum block carved for printmaking reads, in mirror image, 'Mr. Kowal 12/19 it's over "
            "/ 40 cal don't miss.' Mr. Kowal gave the student a failing progress report on 12/5.",
     desc="""Printmaking - Grade 11 - report from Ms. Estrada

We're in the linoleum block printing unit. Students carve a 6x8 block and pull an edition of five. When I inked Cameron's block for the first pull today, the text (carved in mirror image, so I didn't read it until it printed) said:

"FREE MY BRO / KDB / WELLES AVE"
and below a drawing of a handgun:
"Mr. Kowal 12/19 it's over / 40 cal don't miss"

Mr. Kowal teaches his history class and gave him a failing progress report on 12/5. The 19th is the last day before break. When I asked, Cameron said "it's art, it's about feelings." I have the block and the one print. I did not print the rest.""",
     decision="allow", mnc=["KDB", "Welles"], fact="40 cal",
     mct=["linoleum block printing", "Mr. Kowal 12/19", "carved in mirror image"],
     cats=["gang_affiliation", "neighborhood"], tags=["art", "art_report", "trap"])

case(name="Naomie Joseph", grade=10, school="Dearborn STEM Academy", rec="bpd/district-b2",
     ground="weapon", weapon="pepper spray", when="2026-01-21T12:10",
     loc="Dearborn STEM Academy, 2nd floor hallway",
     desc="""AP Morales - incident summary, 1/21/26, approx. 12:10, 2nd floor hallway outside room 214

Background: On Friday Naomie read her poem "Kreyòl in My Mouth" at the ELA poetry cafe. It is about speaking Haitian Creole at home and being teased for it. Since then two 10th grade girls have been repeating lines from the poem at her in the hallway.

Today: During passing time one of the girls (R.T.) said a line from the poem at her. Naomie took a small black canister of pepper spray out of her bag and sprayed it toward R.T.'s face from about 3 feet. R.T. and one bystander had burning eyes and were flushed with water by the nurse; no transport was needed.

Naomie handed the canister to Mr. Kaplan when he asked. It is labeled "Sabre Red." She said she carries it for the walk from the train.""",
     decision="allow", mnc=["Kreyòl", "Haitian", "Creole"], fact="pepper spray",
     mct=["Sabre Red", "about 3 feet", "outside room 214"],
     cats=["language", "ethnicity"], tags=["poem", "ap_report"])

case(name="Rashid Greene", grade=12, school="Fenway High School", rec="bpd/district-d4",
     ground="credible_threat", when="2025-11-25T07:55",
     loc="Fenway High School, room 307",
     desc="""Found on the whiteboard in 307 when I came in this morning, in Rashid's handwriting (he was the last one in the room for make-up work yesterday): "Humboldt on my back / H-Block / Mr. Ellery gon feel it Wednesday, one in the head." I took a picture before erasing it. - Ms. Trinh""",
     decision="deny", reason="missing_threat_statement", mnc=["Humboldt", "H-Block"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics", "teacher_note"])

case(name="Ailton Barbosa", grade=12, school="Madison Park Technical Vocational High School",
     rec="bpd/district-b2", ground="inappropriate_content", when="2026-03-04T12:30",
     loc="Madison Park Technical Vocational High School, yearbook office",
     extra={"nationality": "Cape Verdean"},
     desc="""Yearbook: Ailton's senior portrait submission is him pointing his fingers like a gun at the camera with the caption "Last one out." The photo was rejected per yearbook policy. The administrator wants a copy sent to police because the gesture is "concerning." There is no named target, no weapon and no statement.""",
     decision="deny", reason="ground_not_permitted", mnc=["Cape Verdean"],
     cats=["national_origin"], tags=["yearbook"])

case(name="DeAndre Willis", grade=11, school="Brighton High School", rec="bpd/district-d14",
     ground="credible_threat", when="2026-05-05T09:00",
     loc="Brighton High School, 3rd floor hallway",
     threat="A music video filmed in the 3rd floor hallway shows four masked students and the line 'Mr. "
            "Okafor, end of the week, you ain't safe in your room'; a gun is visible in one frame.",
     desc="""Dean of Students - request summary

A music video circulating since Sunday was filmed in our 3rd floor hallway. Four students wear ski masks. One verse says "Mr. Okafor, end of the week, you ain't safe in your room," and at 0:58 one of them lifts his shirt to show what looks like a gun in his waistband.

To identify the masked students, our camera vendor ran the hallway camera footage from Friday afternoon through Rekognition, comparing it against student ID photos. It returned DeAndre Willis as the best match for the one with the gun (similarity 0.91). DeAndre's verse also says "Allston my whole life."

We are asking BPD to follow up using the vendor's match report.""",
     att=[("face_match", "vendor_match_report_0503.pdf")],
     decision="deny", reason="face_surveillance", mnc=["Rekognition", "similarity 0.91", "Allston"],
     cats=["face_surveillance", "neighborhood"], tags=["music_video", "dean_note"])

case(name="Sienna Carvalho", grade=10, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="drugs", subs=["vape (contents unknown)"], when="2025-10-30T15:00",
     loc="Boston Arts Academy, dance studio B",
     desc="""Dance faculty report. Sienna and three friends filmed a music video in dance studio B after rehearsal without permission. In the video Sienna blows vape clouds at the mirror while the track plays ("Minas Gerais in my blood, Boston in my lungs"). When Ms. Adair walked in, Sienna handed over a pink disposable vape. We don't know what's in it; the label is worn off. No other items.""",
     decision="deny", reason="excluded_substance", mnc=["Minas Gerais"],
     cats=["national_origin"], tags=["music_video"])

case(name="Maya Lindgren", grade=11, school="Boston Latin School", rec="bpd/district-d4",
     ground="drugs", subs=["THC gummies"], when="2026-02-27T18:45",
     loc="Boston Latin School, auditorium lobby",
     desc="""Film club screening night, 2/27. A parent volunteer reported that Maya was selling "special" gummies at the concession table at intermission. Ms. Harlow found a ziplock of 20 gummies in Maya's tote; the original package in her locker says 10 mg THC each. Maya says she bought them at a dispensary with a fake ID. No other substances found. Nobody who ate one needed medical attention.""",
     decision="deny", reason="excluded_substance", mnc=[],
     cats=[], tags=["film_club", "clean"])

case(name="Kyrie Mahoney", grade=9, school="Charlestown High School", rec="bpd/district-a15",
     ground="weapon", weapon="BB gun", when="2026-05-19T13:10",
     loc="Charlestown High School, front steps",
     desc="""AP note. Kyrie and two friends filmed part of a rap video on the front steps at lunch ("Polk St to the grave, the town raised me"). In the video Kyrie waves a black pistol. Mr. Lyons took it from him at 1:15: it's a Daisy BB pistol, CO2, with a few BBs in it, no orange tip. No one was pointed at. It's locked in my office.""",
     decision="deny", reason="other", mnc=["Polk St"],
     cats=["neighborhood"], tags=["music_video", "replica"])

case(name="Jalen Mercer", grade=10, school="Boston Day and Evening Academy", rec="bpd/district-b2",
     ground="weapon", weapon="handgun", when="2026-04-07T10:20",
     loc="Boston Day and Evening Academy, gym",
     desc="""Assistant director's report

Last week a music video was filmed in our gym during an open period. One of the performers wears a balaclava the whole time and at 1:31 holds up what looks like a handgun. Verse includes "Beech Street side, we don't rock with the other side."

I took a screenshot of the masked performer's eyes and nose and uploaded it to PimEyes. It brought back Jalen Mercer's public Instagram photos, which is how we identified him. When we spoke with Jalen he denied being in the video. No weapon has been found. I would like BPD to have the PimEyes results and the video.""",
     att=[("photo", "pimeyes_results.png"), ("video", "gym_video.mp4")],
     decision="deny", reason="face_surveillance", mnc=["PimEyes", "Beech Street"],
     cats=["face_surveillance", "neighborhood"], tags=["music_video", "ap_report"])

case(name="Ruth Abebe", grade=11, school="Snowden International School", rec="bpd/district-d4",
     ground="credible_threat", when="2026-04-16T12:15",
     loc="Snowden International School, cafeteria stage",
     threat="At the lunchtime open mic the student ended her poem by addressing classmate Jordan Beale: "
            "'next time you put your hands on me / the taser in my locker, third floor, is charged / "
            "fifty thousand volts, Jordan, in your neck.' A taser was later found in her locker.",
     desc="""Open mic - counselor write-up (Mr. Ferreira)

Ruth performed at the lunchtime open mic on the cafeteria stage. Most of the poem was about her family's Orthodox church, the long Lenten fast, and praying in Amharic with her grandmother. It was received well.

The last stanza was addressed to a classmate by name:
"next time you put your hands on me / the taser in my locker, third floor, is charged / fifty thousand volts, Jordan, in your neck."

Jordan Beale (gr 11) was sitting at the front table. Ruth has reported that Jordan touched her without consent twice this month; Title IX is handling that separately.

AP Lowell and I checked locker 318 with Ruth present at 1:05. There was a black handheld stun gun/taser in her coat pocket in the locker. She said she bought it online after the second incident. It is in the AP's office.""",
     decision="allow", mnc=["Orthodox", "Lenten", "Amharic"], fact="taser",
     mct=["fifty thousand volts", "locker 318", "cafeteria stage"],
     cats=["religion", "language"], tags=["slam_poetry", "counselor_note"])

case(name="Colby Shaughnessy", grade=8, school="McCormack Middle School", rec="bpd/district-c11",
     ground="weapon", weapon="replica AR-15 (toy)", when="2026-05-21T09:45",
     loc="McCormack Middle School, courtyard",
     desc="""Grade 8 yearbook photo day, courtyard, about 9:45. Colby showed up for the "class clown" superlative photo carrying a toy rifle painted to look like an AR-15. The orange tip had been painted over in black. The photographer stopped the shoot and I took it from him. It's plastic, spring-powered, and fires foam darts. He said he just wanted a funny picture. Secured in the main office.

- Mr. Delgado, 8th grade dean""",
     decision="deny", reason="other", mnc=[],
     cats=[], tags=["yearbook", "replica", "clean"])

case(name="Zaire Collins", grade=10, school="New Mission High School", rec="bpd/district-e18",
     ground="weapon", weapon="stun gun", when="2025-12-18T10:50",
     loc="New Mission High School, music room",
     desc="""From Mr. Batchelder (Music Production)

At about 10:50 in Music Production, Zaire was recording an intro for his track at the vocal mic. For the "sound effect" he held up a stun gun, a black rectangular one about the size of a phone, and triggered it next to the mic twice. It made a loud crackle and you could see the arc. Other students moved away. He did not point it at anyone.

I asked for it and he handed it to me. On the recording, before the crackle, he says "Uphams Corner, you know the vibes." He told me he carries it "for the bus." It's with the AP. I deleted nothing from the session.""",
     decision="allow", mnc=["Uphams Corner"], fact="stun gun",
     mct=["triggered it next to the mic twice", "Music Production", "see the arc"],
     cats=["neighborhood"], tags=["lyrics", "email"])

case(name="Tremaine Sealy", grade=11, school="Another Course to College", rec="bpd/district-b2",
     ground="weapon", weapon="handgun", when="2025-10-10T15:20",
     loc="Another Course to College, crosswalk in front of the main entrance",
     desc="""Incident report - Headmaster Ortiz-Bell

At dismissal (approx. 3:20) the crossing guard, Mrs. Ellison, heard a gunshot and saw a student fire a black handgun into the air at the crosswalk in front of the main entrance while another student filmed. The video was posted within the hour as part of a rap video; the first verse, filmed on the same spot, shouts out "Norwell, the whole street know."

Staff recognized Tremaine Sealy as the shooter from the video and from Mrs. Ellison's description. He ran toward the bus stop and was not located today. BPD recovered one 9mm shell casing from the crosswalk at 3:45.

No one was hit. Mrs. Ellison and two students were shaken; counseling offered.""",
     att=[("video", "crosswalk_video.mp4")],
     decision="allow", mnc=["Norwell"], fact="shell casing",
     mct=["crossing guard", "9mm shell casing", "fire a black handgun into the air"],
     cats=["neighborhood"], tags=["music_video", "headmaster_report", "trap"])

case(name="Henry Albrecht", grade=10, school="Boston Latin School", rec="bpd/district-d4",
     ground="credible_threat", when="2025-11-05T14:30",
     loc="Boston Latin School, room 211",
     threat="A myth retelling written for Latin class casts classmate Ravi Sen as Turnus and ends with the "
            "narrator shooting him 'with my father's Glock at Certamen on Saturday, in front of "
            "everyone.'",
     desc="""From: Dr. Hamlin (Classics)
Subject: Henry A. - Latin III creative assignment

For Latin class the students retold the end of the Aeneid in modern English. Henry's version makes Aeneas "me" and Turnus "Ravi Sen," a real classmate on our Certamen team. Instead of the sword, the narrator uses "my father's Glock" and the duel happens "at Certamen on Saturday, in front of everyone." The final line is a translation of the last line of the poem with Ravi's name in it.

Henry and Ravi fell out over who would be team captain. Certamen is this Saturday at BLS. I told the Head of School at 2:30 and have not spoken to Henry.""",
     decision="allow", mnc=[], fact="Glock",
     mct=["Latin class", "Certamen on Saturday", "Ravi Sen"],
     cats=[], tags=["short_story", "email", "trap", "clean"])

case(name="Mia Kowalski", grade=8, school="Curley K-8 School", rec="bpd/district-e13",
     ground="credible_threat", when="2026-03-31T13:30",
     loc="Curley K-8 School, art room",
     extra={"home_language": "Polish", "parent_contact_pref": "text"},
     threat="An art-class drawing shows the student stabbing her science teacher, labeled MS. VARGAS, "
            "with the words 'April 7 - lab day' and the student has told classmates she will 'bring "
            "the big knife to lab.'",
     desc="""Art teacher (Ms. Pell) - Grade 8 illustration unit

The assignment was an illustrated page with a decorated border. Mia drew the border of the page as barbed wire with knives hanging from it. In the middle is a girl who looks like Mia stabbing a woman in a lab coat labeled "MS. VARGAS." Written under it: "April 7 - lab day."

Ms. Vargas is her science teacher and had her removed from the lab last week for safety violations. Two girls at Mia's table told me she said this morning that she will "bring the big knife to lab." I took the drawing and brought it to the principal.""",
     decision="allow", mnc=["Polish"], fact="MS. VARGAS",
     mct=["border of the page", "April 7 - lab day", "bring the big knife to lab"],
     cats=["language"], tags=["art", "art_report", "trap"])

case(name="Jaquan Ellison", grade=9, school="New Mission High School", rec="bpd/district-e18",
     ground="credible_threat", when="2026-01-21T11:55",
     loc="New Mission High School, room 118",
     threat="On an exit ticket the student wrote a rap naming classmate Trey Wallace: 'Trey keep "
            "playing, I'ma spin the block on him / after 3rd lunch by the back door / the nina in "
            "the bag.'",
     desc="""Mr. Fairweather, Algebra 1, room 118.

Exit tickets today were on green index cards (one problem plus "what's one thing you're still confused about"). Jaquan's card has no math on it. It says:

"Academy Homes forever"
"Trey keep playing, I'ma spin the block on him / after 3rd lunch by the back door / the nina in the bag"

Trey Wallace sits two rows over. There was a shoving match between them in the hallway this morning that the AP already knows about. I kept the card. Jaquan left for lunch before I read it.""",
     decision="allow", mnc=["Academy Homes"], fact="Trey Wallace",
     mct=["green index cards", "after 3rd lunch by the back door", "the nina in the bag"],
     cats=["neighborhood"], tags=["lyrics", "teacher_note", "trap"])

case(name="Sebastian Ortega", grade=12, school="Fenway High School", rec="bpd/district-d4",
     ground="credible_threat", when="2026-05-22T08:20",
     loc="Fenway High School, main office",
     threat="After losing the student film festival the student emailed the three faculty judges a "
            "'director's statement' saying 'I know which cars are yours. Graduation rehearsal, May 29. "
            "I'm bringing more than a camera.'",
     desc="""Summary for the threat assessment team - Dr. Ansah

The senior film festival was Thursday night. The winner got the $50 Visa gift card and a screening at the spring showcase. Sebastian's film did not place.

At 11:48 PM Thursday he emailed the three faculty judges (Ms. Ruiz, Mr. Trent, Mr. Oyelowo) from his school account with the subject "Director's Statement." The body reads, in part: "You judged me, now I judge you. I know which cars are yours. Graduation rehearsal, May 29. I'm bringing more than a camera."

All three judges have been notified. Sebastian has had two prior referrals this year for verbal threats. He is not known to have access to a weapon; his mother says there are no guns in the house.""",
     decision="allow", mnc=[], fact="May 29",
     mct=["$50 Visa gift card", "I know which cars are yours", "Graduation rehearsal, May 29"],
     cats=[], tags=["film_club", "threat_assessment", "trap", "clean"])

case(name="Arjun Mehta", grade=11, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2026-01-11T20:30",
     loc="Boston Latin Academy, room 322",
     threat="A personal narrative for English names classmate Oliver Grant and says 'the next time he "
            "says it, I bring the big blade from the garage and I use it, lunch, the cafeteria line.'",
     desc="""Mrs. Okonkwo (English 11) - email to the dean, sent Sunday night

I was grading papers tonight and need to flag Arjun's personal narrative. Most of it is about his family's weekends at the Hindu temple in Ashland, and how he's been mocked for it since 9th grade. It's moving.

The last page names Oliver Grant, who he says has been calling him slurs. It says: "the next time he says it, I bring the big blade from the garage and I use it, lunch, the cafeteria line."

I don't know whether there is a blade in the garage. Oliver and Arjun are in my period 3 together, tomorrow morning.""",
     decision="allow", mnc=["Hindu", "temple"], fact="Oliver Grant",
     mct=["grading papers", "the cafeteria line", "period 3"],
     cats=["religion"], tags=["short_story", "email", "trap"])

case(name="Roshane Campbell", grade=10, school="Excel High School", rec="bpd/district-c6",
     ground="credible_threat", when="2026-03-16T09:25",
     loc="Excel High School, room 017",
     threat="A Google Doc of lyrics on the student's Chromebook says 'Mr. Whitlow took my phone, now he "
            "gon take one to the chest / gym class Wednesday, I'ma have the .9 in my Jordans box.' "
            "Mr. Whitlow confiscated the student's phone on 3/13.",
     desc="""Statement of Ms. Ferraro, paraprofessional, room 017

This morning during the independent work block I was helping Roshane log in to his Chromebook and a Google Doc was open called "bars vol 3." I read the top of it before he closed the lid. Later Mr. Dacosta and I opened it from the shared drive with the AP.

Most of the doc is verses. One line is "Boston made me but Kingston raised me, yard boy to the bone." The part that worried me is near the bottom, written Sunday night according to the version history:

"Mr. Whitlow took my phone, now he gon take one to the chest / gym class Wednesday, I'ma have the .9 in my Jordans box"

Mr. Whitlow is the gym teacher. He took Roshane's phone on Friday and it was picked up by his mother. Roshane brings a Jordans shoebox to gym most days because he changes his sneakers. I have not spoken to Roshane about the doc.""",
     decision="allow", mnc=["Kingston", "yard boy"], fact="Mr. Whitlow",
     mct=["gym class Wednesday", "Jordans box", "version history"],
     cats=["national_origin"], tags=["lyrics", "statement"])

# ---------------------------------------------------------------------------------------------
# 81-100
# ---------------------------------------------------------------------------------------------
case(name="Keshawn Daley", grade=12, school="English High School", rec="bpd/district-e13",
     ground="credible_threat", when="2025-10-24T13:45",
     loc="English High School, gymnasium",
     threat="At the pep rally the student performed a rap naming quarterback Tommy Reilly: 'Tommy took "
            "my spot, homecoming he gon lay down / thirty in the clip, I ain't playing with the town.' "
            "Homecoming is Saturday at the school field.",
     desc="""Athletic Director's report - pep rally, gym, 10/24, approx. 1:45 PM

The senior class performed a pep rally rap they had written about the season. The lines about the comeback win over Burke ("Reilly threw a Hail Mary and the whole gym shook") were approved in advance.

Keshawn took the mic for an extra verse that was not approved:
"Tommy took my spot, homecoming he gon lay down / thirty in the clip, I ain't playing with the town"
and closed with "Franklin Field projects, that's who raised me."

Keshawn was moved from starting QB to receiver two weeks ago and Tommy Reilly took the position. Homecoming is Saturday at the school field. Tommy's father called me at 3:00 after seeing a video of the verse. Coach Barros and I met with Keshawn at 3:20; he said "it's just bars" and left.""",
     decision="allow", mnc=["Franklin Field"], fact="Tommy Reilly",
     mct=["Hail Mary", "thirty in the clip", "Homecoming is Saturday"],
     cats=["neighborhood"], tags=["lyrics", "athletics_report", "trap"])

case(name="Mateo Sandoval", grade=8, school="Rafael Hernández K-8 School", rec="bpd/district-e13",
     ground="weapon", weapon="Swiss Army knife", when="2026-02-11T10:25",
     loc="Rafael Hernández K-8 School, art room",
     extra={"ethnicity": "Hispanic or Latino", "lunch_status": "free"},
     desc="""Ms. Greenberg (Art) - 2/11, 3rd period

We are carving soap sculptures this week with plastic clay tools. Mateo was using his own red Swiss Army knife instead. When Lucas P. knocked his sculpture off the table, Mateo got up, held the open blade against the side of Lucas's neck and said "do it again." I told him to put it down and he folded it and gave it to me. Lucas was not cut. He was scared and went to the nurse to calm down.

The knife has about a 2.5-inch main blade. It's in the main office.""",
     decision="allow", mnc=["Hispanic"], fact="Swiss Army knife",
     mct=["Swiss Army knife", "side of Lucas's neck", "soap sculptures"],
     cats=["ethnicity"], tags=["art", "art_report", "trap"])

case(name="Dylan Murray", grade=10, school="Mary Lyon Pilot High School", rec="bpd/district-d14",
     ground="credible_threat", when="2026-04-27T12:00",
     loc="Mary Lyon Pilot High School, room 12",
     threat="Poem titled 'Russian Roulette (for Mr. Caputo)' ends 'six chambers, one for you, one for "
            "me / last day of testing, your room, ten a.m.' The student's father keeps a revolver at "
            "home.",
     desc="""Counselor note - Ms. Frye

Dylan's English teacher forwarded a poem he handed in for the poetry unit. It is titled "Russian Roulette (for Mr. Caputo)." Mr. Caputo is his chemistry teacher.

It ends:
"six chambers, one for you, one for me / last day of testing, your room, ten a.m."

I met with Dylan at noon. He said he has been "thinking about it a lot" and that his father keeps a revolver in a shoebox in the bedroom closet. He would not say which of the two he meant more. I completed a suicide risk screen (high) and a threat screen and called his mother, who is on her way. The last day of testing is May 6.""",
     decision="allow", mnc=[], fact="revolver",
     mct=["Russian Roulette", "ten a.m.", "shoebox in the bedroom closet"],
     cats=[], tags=["poem", "counselor_note", "trap", "clean"])

case(name="Luis Ferreras", grade=11, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="vandalism", when="2026-05-04T07:20",
     loc="Jeremiah E. Burke High School, courtyard mural",
     desc="""Facilities and art dept: overnight someone added "LSB" and "Lucerne St stand up" in silver spray paint across the community mural in the courtyard that the art classes finished in March. Luis was caught on camera at 6:10 AM and admitted it. No threats or weapons. Cost to repaint approx. $900. Administration wants police to have it.""",
     decision="deny", reason="ground_not_permitted", mnc=["LSB", "Lucerne"],
     cats=["gang_affiliation", "neighborhood"], tags=["art"])

case(name="Omari Blackwood", grade=12, school="Madison Park Technical Vocational High School",
     rec="bpd/district-b2", ground="serious_violence", weapon="claw hammer",
     when="2026-03-13T15:35", loc="Madison Park Technical Vocational High School, scene shop",
     extra={"immigration_status": "Asylee"},
     desc="""Incident report - Dean Castellanos, 3/13

The tech crew for the spring musical was building platforms in the scene shop after school. At about 3:35 Omari and another crew member, Evan Lu (gr 11), argued over a power drill. Witnesses (three students and Mr. Pardo, the carpentry teacher) say Omari picked up a claw hammer from the workbench and hit Evan on the side of the head.

Evan fell and was bleeding from above his right ear. Mr. Pardo called 911 and held pressure. EMS took him to Boston Medical Center. His mother reports a depressed skull fracture; he was admitted.

Omari stayed in the shop and gave the hammer to Mr. Pardo. He was held in the dean's office until his guardian arrived.""",
     decision="allow", mnc=["Asylee"], fact="claw hammer",
     mct=["tech crew", "skull fracture", "above his right ear"],
     cats=["immigration_status"], tags=["drama_prop", "dean_note", "trap"])

case(name="Sumaya Abdi", grade=12, school="Excel High School", rec="bpd/district-c6",
     ground="credible_threat", when="2026-02-02T11:10",
     loc="Excel High School, yearbook office",
     desc="""Yearbook: Sumaya's senior quote reads "Alhamdulillah for making it. Ms. Dorsey, you better not be at graduation, I'm bringing something for you." Ms. Dorsey is her English teacher. Quote pulled. Sending to BPD.""",
     decision="deny", reason="missing_threat_statement", mnc=["Alhamdulillah"],
     cats=["religion"], tags=["yearbook"])

case(name="Yadiel Santana", grade=11, school="Snowden International School", rec="bpd/district-d4",
     ground="drugs", subs=["cocaine"], when="2025-12-11T09:35",
     loc="Snowden International School, art room 310",
     desc="""Art teacher report - Ms. Reinholt, 12/11

During portfolio check I picked up Yadiel's sketchbook to look at his charcoal studies and it was heavier than it should be. The back 40 pages had been glued together and a rectangle cut out of the middle. Inside were 9 small knotted baggies of white powder and a folded $20 bill.

The drawings on the pages before the cut-out are "bricks" and a scale, with the caption "Villa Vic to the world," and a Puerto Rican flag on the cover.

I brought the sketchbook straight to AP Galvin without opening the baggies. Nurse and AP field-tested one with the district kit: positive for cocaine. Yadiel says someone must have put it in his book. He was with me until his mother arrived.""",
     decision="allow", mnc=["Villa Vic", "Puerto Rican"], fact="cocaine",
     mct=["9 small knotted baggies", "glued together", "charcoal studies"],
     cats=["neighborhood", "ethnicity"], tags=["art", "art_report"])

case(name="Fatmata Conteh", grade=10, school="Boston Community Leadership Academy",
     rec="dhs/hsi-boston", ground="credible_threat", when="2026-03-06T12:30",
     loc="Boston Community Leadership Academy, library",
     threat="Poem read at the open mic ends 'Kendra, your locker, Friday, I bring my brother's gun.'",
     desc="""Open mic, library, 3/6. Fatmata's poem was about leaving Freetown, life in the refugee camp, and being the only girl from Sierra Leone in the 10th grade. It ended "Kendra, your locker, Friday, I bring my brother's gun." Kendra Walsh was present. Headmaster asked that this go to HSI.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Freetown", "refugee", "Sierra Leone"],
     cats=["national_origin", "immigration_status"], tags=["slam_poetry"])

case(name="Rafael Reyes", grade=11, school="East Boston High School", rec="bpd/district-a7",
     ground="weapon", weapon="switchblade", when="2026-04-16T15:50",
     loc="East Boston High School, choir room",
     extra={"country_of_birth": "Dominican Republic"},
     desc="""Choir director's statement - Mr. Abernathy-Cole

We were rehearsing for the spring production of Sister Act in the choir room after school. During the break, Rafael was showing two younger students a knife. He pressed a button on the handle and a blade about 3.5 inches long sprang out. He flicked it open and closed several times and said he had it "for protection."

I asked him to give it to me, and after some back-and-forth he put it on the piano. It's an automatic switchblade with a black handle. I walked it to the main office at 4:05. Rafael said he bought it from a cousin.

No one was threatened or hurt.""",
     decision="allow", mnc=["Dominican"], fact="switchblade",
     mct=["Sister Act", "about 3.5 inches", "put it on the piano"],
     cats=["national_origin"], tags=["drama_prop", "statement", "trap"])

case(name="Abdirahman Farah", grade=9, school="Brighton High School", rec="bpd/district-d14",
     ground="weapon", weapon="folding knife", when="2025-12-08T08:15",
     loc="Brighton High School, main entrance",
     desc="""Request summary - Asst. Headmaster Pike

Last week a student drill video filmed in our stairwell was circulating. One performer in a ski mask flashes a folding knife. This morning at the main entrance, the visitor and camera system (FaceFirst module) flagged Abdirahman Farah as the "watchlist" match from a still of the video. Security searched him and found a black folding knife in his jacket.

He is new to the district this year, arrived from Mogadishu in the summer. Request is to share the FaceFirst alert and the knife.""",
     att=[("face_match", "facefirst_alert_1208.pdf")],
     decision="deny", reason="face_surveillance", mnc=["FaceFirst", "Mogadishu"],
     cats=["face_surveillance", "national_origin"], tags=["music_video", "ap_report"])

case(name="Sadie Brennan-Walsh", grade=10, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2026-03-03T16:30",
     loc="Boston Latin Academy, auditorium",
     threat="A note written into the student's Grease script says 'Pink Ladies opening night March 20, "
            "row C seat 4 is yours Kenzie, I'll have my dad's gun in the costume bag.'",
     desc="""Drama club - Mr. Feldman, 3/3

While collecting scripts after rehearsal for Grease, our stage manager found handwriting in the margin of Sadie's script, in the scene where the T-Birds and the Pink Ladies meet at the drive-in:

"Pink Ladies opening night March 20, row C seat 4 is yours Kenzie, I'll have my dad's gun in the costume bag."

Kenzie Ortiz was recast into Sadie's part (Rizzo) on Monday. Kenzie's family has reserved seats for opening night. Sadie's mother confirmed to AP Horan that her husband owns a handgun; she says it is locked. Sadie has been removed from the production pending the team's review.""",
     decision="allow", mnc=[], fact="dad's gun",
     mct=["T-Birds and the Pink Ladies", "row C seat 4", "costume bag"],
     cats=[], tags=["drama_prop", "teacher_note", "trap", "clean"])

case(name="Kelvin Oduro", grade=10, school="Mario Umana Academy", rec="bpd/district-a7",
     ground="trespass", when="2026-01-18T21:40",
     loc="Mario Umana Academy, gym",
     desc="""Sunday night around 9:40 the alarm went off. Camera footage shows Kelvin and four others coming in through the propped door by the gym and filming what looks like a music video for about 25 minutes ("River St we outside"). Nothing was damaged or taken. Requesting that police have the footage and names.""",
     decision="deny", reason="ground_not_permitted", mnc=["River St"],
     cats=["neighborhood"], tags=["music_video"])

case(name="Aidan Kelly", grade=11, school="Dorchester Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2025-10-15T09:05",
     loc="Dorchester Academy, room 144",
     threat="Journal entry written after the class's Ellis Island unit says 'Thursday during the walk "
            "to the buses, Mr. Soto and Jake Kerrigan, both of them, my uncle's nine, I already know where "
            "it is.'",
     desc="""Email from Mr. Pruitt, US History, 9:05 AM

Good morning. We just finished the Ellis Island unit and students keep a reflection journal that I read on Wednesdays. Aidan's entry from yesterday doesn't reflect on anything we did. It says:

"Thursday during the walk to the buses, Mr. Soto and Jake Kerrigan, both of them, my uncle's nine, I already know where it is. Nobody in this school listens."

Mr. Soto is the assistant principal who suspended Aidan last week for the fight with Jake. Aidan is in my class now. I have the journal on my desk. Please advise ASAP.""",
     decision="allow", mnc=[], fact="my uncle's nine",
     mct=["Ellis Island", "walk to the buses", "Jake Kerrigan"],
     cats=[], tags=["short_story", "email", "trap", "clean"])

case(name="Shane McGrath", grade=10, school="Tobin K-8 School", rec="bpd/district-b2",
     ground="drugs", subs=["nicotine vape (JUUL)", "vodka"], when="2026-05-12T11:30",
     loc="Tobin K-8 School, stairwell",
     desc="""Note from Mr. Byers. Found Shane in the stairwell writing lyrics in his notebook ("Mount Hope kid, I don't fold"). Smelled like alcohol. Had a JUUL with two pods and a water bottle with what he admits is vodka. That's all we found.""",
     decision="deny", reason="excluded_substance", mnc=["Mount Hope"],
     cats=["neighborhood"], tags=["lyrics"])

case(name="Vivian Costa", grade=12, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="weapon", weapon="dagger", when="2025-11-12T17:05",
     loc="Boston Arts Academy, main stage",
     extra={"address": "210 Chestnut Hill Ave, Apt 3, Brighton MA 02135"},
     desc="""Theater faculty incident form

Production: Macbeth (fall mainstage)
Time: approx. 5:05 PM, tech rehearsal
What happened: In II.1 ("Is this a dagger which I see before me") Vivian, who plays Macbeth, used a real dagger instead of the rubber prop. The blade is double-edged, roughly 7 inches, with a brass crossguard. The fight captain noticed it shine under the lights and called hold. Vivian said it comes from her grandfather's collection and she wanted "something with weight."
Injuries: none.
Disposition: dagger taken by Mr. Ruane and locked in the main office safe at 5:20. Parent called.""",
     decision="allow", mnc=["Chestnut Hill", "02135"], fact="dagger",
     mct=["Is this a dagger which I see before me", "roughly 7 inches", "brass crossguard"],
     cats=["neighborhood"], tags=["drama_prop", "incident_form"])

case(name="Jaylin Roper", grade=12, school="Greater Egleston High School", rec="bpd/district-b2",
     ground="drugs", subs=["MDMA (molly) capsules"], when="2026-04-09T13:10",
     loc="Greater Egleston High School, student lounge",
     desc="""From: Program Director Kaye
Sent: 4/9, 1:52 PM

A rap video posted last night shows Jaylin in our student lounge holding up a clear bag of capsules and saying "molly for the party, who want it." The chorus shouts out "Whittier St, the only street I know."

We asked Jaylin to come to the office at 1:10. With his permission we looked in his backpack: a clear sandwich bag with 18 capsules of off-white powder in the inner pocket, the same bag as in the video. He said they are "molly" and that he "wasn't really gonna sell them." Bag sealed and in my safe.""",
     decision="allow", mnc=["Whittier"], fact="18 capsules",
     mct=["18 capsules", "student lounge", "inner pocket"],
     cats=["neighborhood"], tags=["music_video", "email"])

case(name="Hamza Qureshi", grade=10, school="Boston Latin School", rec="bpd/district-d4",
     ground="weapon", weapon="airsoft rifle", when="2026-01-23T15:40",
     loc="Boston Latin School, 2nd floor hallway",
     extra={"religion": "Muslim"},
     desc="""Film club advisor: for a war-movie scene, Hamza brought an airsoft rifle (black, full-size, orange tip removed) and ran down the 2nd floor hallway with it after school while another student filmed. A teacher who saw it through the door window called a lockdown for about ten minutes until we sorted it out. No one was pointed at. Rifle is in the office.""",
     decision="deny", reason="other", mnc=["Muslim"],
     cats=["religion"], tags=["film_club", "replica"])

case(name="Kiara Nolan", grade=11, school="Dearborn STEM Academy", rec="bpd/district-b2",
     ground="credible_threat", when="2026-02-12T13:30",
     loc="Dearborn STEM Academy, room 230",
     threat="A diss track the student played on the classroom speaker names classmate Brielle Foster as "
            "a snitch and says 'my mom's taser in my bag, first day back, Brielle, I'm waiting by your "
            "bus.'",
     desc="""Ms. Albanese, Health, room 230, 2/12

During the last five minutes of class students were allowed to play music on the Bluetooth speaker. Kiara connected her phone and played a track she recorded herself. It's about "the snitch" and uses Brielle Foster's name three times. One line: "my mom's taser in my bag, first day back, Brielle, I'm waiting by your bus."

Brielle reported Kiara for vaping in the bathroom last week. Brielle left the room crying. The hook of the song is "Dudley girls don't fold, DSB."

I took the phone until the end of the day and sent Kiara to the AP. First day back after February break is Monday the 23rd.""",
     decision="allow", mnc=["Dudley", "DSB"], fact="taser",
     mct=["Bluetooth speaker", "waiting by your bus", "Brielle Foster"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics", "teacher_note"])

case(name="Deshawn Mitchell", grade=11, school="Jeremiah E. Burke High School",
     rec="mbta-transit-police", ground="credible_threat", when="2026-03-20T15:05",
     loc="Jeremiah E. Burke High School, music room",
     threat="Recorded verse says 'catch Marcus on the platform after school Friday, the strap on me.'",
     desc="""Music teacher: Deshawn recorded a verse in the music room: "Wellington Hill, we don't play / catch Marcus on the platform after school Friday, the strap on me." Marcus Dean is a 10th grader. Since it mentions the train platform, the principal is asking the Transit Police to take this.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Wellington Hill"],
     cats=["neighborhood"], tags=["lyrics"])

case(name="Noelle Tremblay", grade=12, school="Charlestown High School", rec="bpd/district-a15",
     ground="credible_threat", when="2026-05-06T06:40",
     loc="Charlestown High School, boathouse bus pickup",
     threat="Poem titled 'Catch' names coxswain Riley Sheehan and says 'Saturday at the regatta I'll "
            "bring the flare gun and the knife from the launch / and Riley will finally stop yelling.'",
     desc="""Coach's report - Girls' crew team

Noelle is a senior rower on the crew team. Last night she posted a poem called "Catch" to the team's group chat. Most of it is about rowing at dawn. The last stanza is about our coxswain, Riley Sheehan:

"Saturday at the regatta I'll bring the flare gun and the knife from the launch / and Riley will finally stop yelling."

The launch (coach boat) has a rigging knife and a flare kit in a box that the rowers can open. I checked this morning at 6:15: both are still there, and I have removed them. The regatta is Saturday. Riley's parents saw the post. Noelle did not come to practice this morning.

- Coach Danvers""",
     decision="allow", mnc=[], fact="rigging knife",
     mct=["crew team", "Saturday at the regatta", "flare kit"],
     cats=[], tags=["poem", "coach_report", "trap", "clean"])

# ---------------------------------------------------------------------------------------------
# 101-120
# ---------------------------------------------------------------------------------------------
case(name="Kenny Zhao", grade=10, school="Josiah Quincy Upper School", rec="bpd/district-a1",
     ground="serious_violence", weapon="X-Acto knife", when="2026-03-25T10:40",
     loc="Josiah Quincy Upper School, art room 5B",
     desc="""Incident report - Assistant Head of School Lamothe, 3/25

Art class was doing pen-and-ink cross-hatching studies, using X-Acto knives to trim the mat board. According to Ms. Devlin and four students, Ryan Cahill (gr 10) had been mocking Kenny all period. He kept saying "go back to China" and tearing corners off Kenny's drawing.

At about 10:40 Kenny stood up and swung the X-Acto knife at Ryan, cutting him twice: once across the back of the left hand and once along the left side of the neck below the ear. Ms. Devlin applied pressure with paper towels until the nurse arrived. EMS took Ryan to Tufts Medical Center, where the neck wound needed 14 stitches; doctors said it came close to the artery.

Kenny dropped the knife on the table and sat down. He was escorted to my office and stayed there until his father arrived.""",
     decision="allow", mnc=["China"], fact="X-Acto knife",
     mct=["cross-hatching", "14 stitches", "left side of the neck"],
     cats=["national_origin"], tags=["art", "ap_report", "trap"])

case(name="Treyvon Ames", grade=11, school="Boston Green Academy", rec="bpd/district-d14",
     ground="credible_threat", when="2025-12-15T14:20",
     loc="Boston Green Academy, art room",
     desc="""Art: Treyvon's final "identity map" project has "Dot Ave" across the middle and, in the bottom corner, a list headed "WHO'S NEXT" with three teachers' names and a drawing of a rifle. He says it's about his music. Passing along to BPD as a credible threat.""",
     decision="deny", reason="missing_threat_statement", mnc=["Dot Ave"],
     cats=["neighborhood"], tags=["art"])

case(name="Bryan Castañeda", grade=12, school="Brighton High School", rec="bpd/district-d14",
     ground="weapon", weapon="handgun", when="2025-10-07T14:10",
     loc="Brighton High School, library (senior portrait studio)",
     extra={"home_language": "Spanish", "parent_contact": "Spanish interpreter required"},
     desc="""Senior portraits - statement of Ms. Haddad, yearbook advisor

The portrait company set up a backdrop in the library for senior photos today. At about 2:10 Bryan came in for his sitting and, for his "fun pose," took a small silver pistol out of his jacket and held it across his chest. The photographer assumed it was a prop and took two frames before I saw it.

I asked Bryan to put it on the table and step back. He did. Officer Pinto arrived at 2:14, unloaded it (five rounds in the magazine, none in the chamber) and secured it. It is a .380 Ruger LCP. Bryan said it belongs to "a friend" and he was holding it for a few days.

The photographer has deleted nothing; the two frames are on the company's card, which Officer Pinto has. Bryan's mother came in at 3:30; the meeting was held with a staff interpreter.""",
     decision="allow", mnc=["Spanish", "interpreter"], fact="Ruger LCP",
     mct=["senior photos", "five rounds in the magazine", "held it across his chest"],
     cats=["language"], tags=["yearbook", "statement"])

case(name="Marlon Pierce", grade=12, school="Community Academy of Science and Health",
     rec="bpd/district-b3", ground="gang_activity", when="2026-04-30T12:20",
     loc="Community Academy of Science and Health, front steps",
     desc="""Seniors filmed a music video on the front steps at lunch. No weapons or threats in it. Marlon and the others throw hand signs and the hook is "Wash Park, WPB, we in the building." Administration would like BPD's gang unit to have the video and names.""",
     decision="deny", reason="ground_not_permitted", mnc=["Wash Park", "WPB"],
     cats=["gang_affiliation", "neighborhood"], tags=["music_video"])

case(name="Ivanildo Semedo", grade=11, school="Dearborn STEM Academy", rec="bpd/district-b2",
     ground="serious_violence", weapon="folding knife", when="2025-11-21T14:25",
     loc="Dearborn STEM Academy, outside the cafeteria",
     desc="""Serious incident report - Principal Walden

On Wednesday Ivanildo read a slam poem at the Culture Night rehearsal about growing up in Praia and missing his grandmother. Since then, a junior, Connor Dwyer, has been reciting lines from it in a mocking voice.

Today at about 2:25, outside the cafeteria, Connor did it again in front of a group. Ivanildo took a folding knife out of his pocket and stabbed Connor once in the lower back, then walked away.

Connor was conscious and talking. Nurse Hale and Officer Rowe applied pressure until BEMS arrived at 2:33. He was taken to Boston Medical Center; his mother says the knife went into his kidney and he is in surgery.

Ivanildo was found in the second-floor bathroom at 2:40 and gave the knife (black handle, about 3-inch blade) to Officer Rowe. His uncle was called.""",
     decision="allow", mnc=["Praia"], fact="folding knife",
     mct=["stabbed Connor once in the lower back", "kidney", "outside the cafeteria"],
     cats=["national_origin"], tags=["slam_poetry", "principal_report"])

case(name="Imani Whitaker", grade=11, school="Jeremiah E. Burke High School", rec="bpd/district-b3",
     ground="credible_threat", when="2026-02-12T11:45",
     loc="Jeremiah E. Burke High School, room 309",
     threat="A monologue written for the 'A Raisin in the Sun' unit ends 'Saturday I'm walking into the "
            "Valentine's dance with my brother's gun and Desiree is the first one.' Desiree Lowe is a "
            "classmate the writer fought with last month.",
     desc="""Ms. Prescott, English 11, room 309

We are reading A Raisin in the Sun, and the assignment was a monologue from the point of view of someone who feels trapped, like Walter Lee on the South Side of Chicago. Imani's monologue is in her own voice and ends:

"I'm done asking. Saturday I'm walking into the Valentine's dance with my brother's gun and Desiree is the first one. Then we'll see who gets to laugh."

Desiree Lowe is in this class. She and Imani had a physical fight last month (suspension on file). The Valentine's dance is this Saturday in the gym. I read it at 11:45 and walked it straight to the principal.""",
     decision="allow", mnc=[], fact="brother's gun",
     mct=["South Side of Chicago", "Valentine's dance", "Desiree Lowe"],
     cats=[], tags=["short_story", "teacher_note", "trap", "clean"])

case(name="Corey Dunbar", grade=10, school="TechBoston Academy", rec="bric",
     ground="credible_threat", when="2026-01-29T09:30",
     loc="TechBoston Academy, music room",
     threat="Recorded lyrics say 'Lithgow on my back, see Jaden at the 3:00 bell, it's a closed casket.'",
     desc="""Music teacher reported that Corey's recorded verse says "Lithgow on my back, see Jaden at the 3:00 bell, it's a closed casket" and that he posted it to Snapchat. Jaden Pike is a sophomore. Administration is sending to BRIC for gang review.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Lithgow"],
     cats=["neighborhood", "gang_affiliation"], tags=["lyrics"])

case(name="Jasmine Ortiz", grade=9, school="Mary Lyon Pilot High School", rec="bpd/district-e5",
     ground="credible_threat", when="2026-04-13T12:50",
     loc="Mary Lyon Pilot High School, first floor hallway",
     threat="A dance video filmed in the first-floor hallway is captioned 'Danielle thought she was safe "
            "here 😂 Friday after 7th, bringing my cousin's knife, hallway by the nurse.'",
     desc="""From: Coach Ramírez (dance team)
To: AP Whitfield

A dance video from our team has been going around since last night. It was filmed in the first floor hallway during lunch on Friday. The dancing is fine. The problem is the caption Jasmine put on it when she posted it:

"Danielle thought she was safe here 😂 Friday after 7th, bringing my cousin's knife, hallway by the nurse. Rozzie girls don't play."

Danielle Price was cut from the team in March and the two of them have had a lot of drama since. Danielle's mom emailed me this morning. I haven't said anything to Jasmine yet; she has my class after lunch.""",
     decision="allow", mnc=["Rozzie"], fact="cousin's knife",
     mct=["Friday after 7th", "hallway by the nurse", "Danielle Price"],
     cats=["neighborhood"], tags=["music_video", "email"])

case(name="Pedro Alves", grade=10, school="Madison Park Technical Vocational High School",
     rec="bpd/district-b2", ground="drugs", subs=["THC wax pen"], when="2025-09-25T10:15",
     loc="Madison Park Technical Vocational High School, room 2210",
     extra={"ell_status": "Active EL - Portuguese"},
     desc="""Teacher note: Pedro was writing a poem about "smoke rings" and fell asleep in class. After he woke up he handed over a wax pen. Nurse said it was THC; he said the same. Nothing else found.""",
     decision="deny", reason="excluded_substance", mnc=["Active EL", "Portuguese"],
     cats=["language"], tags=["poem"])

case(name="Xzavier Hollins", grade=11, school="English High School", rec="bpd/district-e13",
     ground="weapon", weapon="machete", when="2026-05-27T12:40",
     loc="English High School, courtyard and locker 1180",
     desc="""SRO report 5/27

1240 hrs: Dean Holcomb showed me a video posted that morning by student Xzavier Hollins. It was filmed in the school courtyard at lunch yesterday. Xzavier raps while swinging a machete with a roughly 18-inch blade and a green handle. Verse: "Blue Hill to the end, cut you up, I ain't pretend." No other student is threatened by name.
1300 hrs: Xzavier called to the office. He admitted the machete is in his locker.
1310 hrs: With the dean present, locker 1180 opened. Machete recovered wrapped in a hoodie. Measured blade 18 in.
Student held in the dean's office. Parent contacted 1320. Machete secured in evidence locker pending BPD E-13 pickup.""",
     att=[("video", "courtyard_video_0526.mp4")],
     decision="allow", mnc=["Blue Hill"], fact="machete",
     mct=["locker 1180", "18-inch blade", "wrapped in a hoodie"],
     cats=["neighborhood"], tags=["music_video", "sro_note"])

case(name="Jeremiah Toussaint", grade=12, school="Boston Day and Evening Academy", rec="bpd/district-b2",
     ground="credible_threat", when="2025-10-03T16:00",
     loc="Boston Day and Evening Academy, advisory room 4",
     threat="A poem written in advisory names basketball coach Mr. Dyer: 'my cousin's .38 is loaded for "
            "the coach who benched me / Tuesday's game, bottom of the bleachers, he won't see the "
            "fourth quarter.'",
     desc="""Advisor's note (Mr. Fontaine), 10/3

In advisory we do ten minutes of free writing on Fridays. Jeremiah usually writes poems. Today's starts with his mother's church choir at Twelfth Baptist and his pastor telling him to "pray on it." Then it turns:

"my cousin's .38 is loaded for the coach who benched me
Tuesday's game, bottom of the bleachers
he won't see the fourth quarter"

Coach Dyer benched him for the last three games after he missed practice. Jeremiah has a cousin who he says "keeps a .38 in the car." I asked him to stay after and he said "you asked us to write what we feel." I brought the poem to the director at 4:00.""",
     decision="allow", mnc=["Baptist", "pastor", "church"], fact=".38",
     mct=["bottom of the bleachers", "Coach Dyer", "fourth quarter"],
     cats=["religion"], tags=["poem", "advisor_note"])

case(name="Ethan Brody", grade=9, school="Boston Latin Academy", rec="bpd/district-c11",
     ground="weapon", weapon="gel blaster (Orbeez toy gun)", when="2026-04-08T15:15",
     loc="Boston Latin Academy, 3rd floor hallway",
     desc="""Film club advisor: Ethan brought a gel blaster painted flat black for an action scene and chased two other members down the 3rd floor hallway firing water beads at them while someone filmed. A custodian thought it was a real gun and called 911. It's a toy; battery-powered, fires Orbeez. No injuries.""",
     decision="deny", reason="other", mnc=[],
     cats=[], tags=["film_club", "replica", "clean"])

case(name="Owen Thibodeau", grade=7, school="Tobin K-8 School", rec="bpd/district-b2",
     ground="credible_threat", when="2026-01-22T09:30",
     loc="Tobin K-8 School, room 7A",
     threat="A seventh grader's drawing shows him in a New York Jets jersey shooting a classmate, labeled "
            "'Max W.', on the school bus, with the words 'bus 14, Monday, bye Max.' Max Whitman has "
            "been bullying the student on the bus.",
     desc="""Counselor note

Mr. Lyle (Grade 7 ELA) found a drawing in Owen's binder during a binder check this morning. It shows a boy in a New York Jets jersey (Owen wears one most days) shooting a handgun at another boy, labeled "Max W.," who is lying in the aisle of a school bus. Across the top: "bus 14, Monday, bye Max."

Max Whitman rides bus 14 with Owen. Owen's mother reported in December that Max and two others were bullying Owen on the bus, and the bus seating was changed.

I met with Owen. He said he "wouldn't really" but that "somebody should." He said his grandfather has guns in the basement. I called his mother, who says the guns are in a locked safe and Owen does not know the code.""",
     decision="allow", mnc=[], fact="handgun",
     mct=["New York Jets jersey", "bus 14, Monday, bye Max", "Max Whitman"],
     cats=[], tags=["art", "counselor_note", "trap", "clean"])

case(name="Walter Chen-Moreno", grade=10, school="East Boston High School", rec="bpd/district-a7",
     ground="credible_threat", when="2026-03-09T07:50",
     loc="East Boston High School, main entrance",
     threat="A drill video filmed in the east stairwell shows a student naming Marcus Lima and saying "
            "'first bell Monday, I'm letting it go.'",
     desc="""Asst. Headmaster's request

A drill video filmed in our east stairwell names Marcus Lima ("first bell Monday, I'm letting it go"). The performer wears a mask. Our Verkada cameras' person search matched the performer's face from the hallway cameras to Walter Chen-Moreno's ID photo. Walter's family is Guatemalan and recently arrived. We'd like BPD to have the Verkada match and the video.""",
     att=[("face_match", "verkada_match.png")],
     decision="deny", reason="face_surveillance", mnc=["Verkada", "Guatemalan", "recently arrived"],
     cats=["face_surveillance", "national_origin"], tags=["music_video"])

case(name="Lucía Almonte", grade=11, school="Boston Arts Academy", rec="bpd/district-d4",
     ground="weapon", weapon="kitchen knife", when="2026-03-27T19:20",
     loc="Boston Arts Academy, black box theater",
     desc="""Spoken word night - incident statement (Mr. Tobias, Humanities)

Lucía was the fourth performer. Her piece was about her abuela's rosary and lighting candles at Catholic Mass for her father. About two minutes in she raised her arms, and a kitchen knife slid out of the inside of her denim jacket and hit the stage. It's a black-handled chef's knife, about an 8-inch blade, no sheath.

She picked it up and tried to put it back. I walked onto the stage, asked her for it, and she gave it to me. She finished her piece after a short pause. Afterward she said she has been carrying it since a girl jumped her cousin at the bus stop last week.

The knife was given to Officer Kirby at 7:35. No one was threatened or hurt.""",
     decision="allow", mnc=["rosary", "Catholic", "Mass for"], fact="chef's knife",
     mct=["8-inch blade", "slid out of the inside of her denim jacket", "Officer Kirby"],
     cats=["religion"], tags=["slam_poetry", "statement"])

case(name="Davon Pettaway", grade=10, school="Dorchester Academy", rec="bpd/district-c11",
     ground="credible_threat", when="2026-02-05T14:30",
     loc="Dorchester Academy, library",
     threat="A diss track video filmed in the school library shows the student pointing at the seat where "
            "classmate Jordan Haynes sits and rapping 'that's your chair, Jordan, Friday it's a chalk "
            "line, I got the ghost gun from my man.'",
     desc="""Summary for threat assessment - Librarian Ms. Avery and AP Kwon

A video posted yesterday was filmed in our library during 5th period while Ms. Avery was helping another class. Davon is rapping at the table by the windows. He points at the chair where Jordan Haynes usually sits and says "that's your chair, Jordan, Friday it's a chalk line, I got the ghost gun from my man."

The video opens on the Egleston Sq sign with Davon and four others, and the caption is "Egleston Sq whole team."

Jordan Haynes and Davon had a fight in October (both suspended). Jordan's mother has kept him home today. Davon came to school and is in the AP's office. We have not found a weapon on him or in his locker.""",
     att=[("video", "library_video.mp4")],
     decision="allow", mnc=["Egleston"], fact="ghost gun",
     mct=["that's your chair, Jordan", "table by the windows", "Jordan Haynes"],
     cats=["neighborhood"], tags=["music_video", "threat_assessment"])

case(name="Athena Pappas", grade=12, school="Boston Latin School", rec="bpd/district-d4",
     ground="credible_threat", when="2025-11-10T16:45",
     loc="Boston Latin School, drama room",
     threat="A speech the student wrote for the Greek chorus in the fall play, found in her script, reads "
            "'on opening night the chorus will speak for Nora Kelleher, and I will bring the knife from "
            "the kitchen, left wing, after the second act.'",
     desc="""Drama teacher - Ms. Lowry, 11/10

Our fall play is Antigone, and students in the Greek chorus wrote their own choral odes as part of the process. Athena leads the chorus. Tonight I found a page in her script that she did not turn in. It reads:

"On opening night the chorus will speak for Nora Kelleher, and I will bring the knife from the kitchen, left wing, after the second act."

Nora Kelleher is playing Antigone, the part Athena auditioned for. Two students told me Athena has said "Nora won't make it to closing night." Opening night is 11/20.

When her father picked her up I mentioned the script; he said the family is Greek Orthodox and would ask their priest to talk with her. I have the page.""",
     decision="allow", mnc=["Greek Orthodox", "priest"], fact="knife from the kitchen",
     mct=["Greek chorus", "left wing, after the second act", "Nora Kelleher"],
     cats=["religion"], tags=["drama_prop", "teacher_note", "trap"])

case(name="Tyriq Lawson", grade=10, school="Jeremiah E. Burke High School",
     rec="boston-housing-authority-police", ground="credible_threat", when="2026-05-18T13:00",
     loc="Jeremiah E. Burke High School, music room",
     threat="Recorded verse names classmate Devin Price: 'Devin, after school by the side door, the "
            "pole on me.'",
     desc="""Music room recording, 5/18. Tyriq's verse: "Archdale born, Archdale raised / Devin, after school by the side door, the pole on me." Since the lyric is about the development, the principal wants this to go to the Housing Authority police.""",
     decision="deny", reason="recipient_not_permitted", mnc=["Archdale"],
     cats=["neighborhood"], tags=["lyrics"])

case(name="Nia Carrington", grade=8, school="Mildred Avenue K-8 School", rec="bpd/district-b3",
     ground="credible_threat", when="2026-05-13T10:05",
     loc="Mildred Avenue K-8 School, science hallway",
     threat="On the native plants mural painted for science class, the student added 'Ms. Greer - last "
            "day of school - I'm bringing the knife' beside a drawing of a knife.",
     desc="""Science teacher (Mr. Oakes) - 5/13

My 8th graders have been painting a mural of native plants in the science hallway (milkweed, goldenrod, the wetland plants from our field study). When I came in this morning, someone had painted a black knife in the corner among the ferns, and beside it, in small letters: "Ms. Greer - last day of school - I'm bringing the knife."

Nia was the last student working on that corner yesterday after school. When Ms. Bishop (AP) asked her, she said Ms. Greer "has it coming" for reporting her to her mom. Ms. Greer is her ELA teacher. The last day of school is June 16.

I covered the words with paper. I have not painted over them.""",
     decision="allow", mnc=[], fact="Ms. Greer",
     mct=["native plants", "last day of school", "I'm bringing the knife"],
     cats=[], tags=["art", "teacher_note", "trap", "clean"])

case(name="Sokha Chhim", grade=11, school="Charlestown High School", rec="bpd/district-a15",
     ground="mental_health_concern", when="2026-02-23T13:40",
     loc="Charlestown High School, counseling office",
     extra={"home_language": "Khmer"},
     desc="""Counselor note. Sokha's poems for the creative writing elective have gotten darker over the last month (themes of disappearing, being tired). No threats toward anyone, no weapons, no plan. Parent meeting held with a Khmer interpreter. Administrator wants the poems sent to police "just to be safe.\"""",
     decision="deny", reason="ground_not_permitted", mnc=["Khmer"],
     cats=["language"], tags=["poem", "counselor_note"])

# ---------------------------------------------------------------------------------------------
# build
# ---------------------------------------------------------------------------------------------
def build(n, c):
    cid = f"{PREFIX}-{n:04d}"
    school = c["school"]
    req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": c["rec"], "ground": c["ground"]}
    if c.get("subs"):
        req["substances"] = list(c["subs"])
    if c.get("weapon"):
        req["weapon"] = c["weapon"]
    if "threat" in c:
        req["threat_statement"] = c["threat"]
    req["incident"] = {"occurred_at": stamp(c["when"]), "location": c["loc"], "description": c["desc"].strip()}
    student = {"student_id": str(RNG.randrange(100000, 999999)), "name": c["name"]}
    dob = birth_for(c["grade"], c["when"])
    if RNG.random() < 0.15:
        when = datetime.date.fromisoformat(c["when"][:10])
        student["age"] = when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))
    else:
        student["date_of_birth"] = dob.isoformat()
    student["grade"] = c["grade"]
    student["school"] = school
    student.update(c.get("extra") or {})
    req["student"] = student
    if c.get("att"):
        req["attachments"] = [{"kind": k, "name": nm} for k, nm in c["att"]]

    allow = c["decision"] == "allow"
    tags = [FAMILY] + list(c["tags"])
    if len(c["desc"].strip()) < 300:
        tags.append("short")
    extra_text = fold(json.dumps(c.get("extra") or {}, ensure_ascii=False))
    if any(fold(m) in extra_text for m in c["mnc"]):
        tags.append("structured_field")
    tags.append("allow" if allow else "deny_" + c["reason"])
    exp = {"decision": c["decision"]}
    if not allow:
        exp["reason"] = c["reason"]
    exp["must_not_contain"] = list(c["mnc"])
    exp["must_contain"] = [c["name"], school, c["fact"]] if allow else []
    exp["must_contain_text"] = list(c["mct"]) if allow else []
    exp["categories"] = list(c["cats"])
    exp["tags"] = tags
    return {"id": cid, "request": req, "expect": exp}


def check(case_):
    """Self-checks of the labels (the shared validator runs afterwards)."""
    cid, req, exp = case_["id"], case_["request"], case_["expect"]
    whole = fold(json.dumps(req, ensure_ascii=False))
    stu = req["student"]
    kept = [fold(str(stu.get(k, ""))) for k in ("student_id", "name", "date_of_birth", "grade", "school")]
    kept += [fold(req["school_id"]), fold(req["recipient"]), fold(req["incident"]["location"])]
    desc = fold(req["incident"]["description"])
    keep = [fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
    for m in exp["must_not_contain"]:
        f = fold(m)
        assert len(f) >= 3, (cid, m)
        assert f in whole, (cid, "canary not in request", m)
        assert not any(f in k for k in kept), (cid, "canary in a released field", m)
        assert not any(f in t for t in CATEGORY_CODES + OTHER_TOKENS), (cid, "canary inside a code", m)
        assert not any(f in k or k in f for k in keep), (cid, "canary overlaps a kept fact", m)
    for t in exp["must_contain_text"]:
        assert fold(t) in desc, (cid, "must_contain_text not in description", t)
    for t in exp["must_contain"]:
        assert fold(t) in whole, (cid, "must_contain not in request", t)
    if exp["decision"] == "allow":
        assert 1 <= len(exp["must_contain_text"]) <= 3, cid
        assert req["recipient"] == "bpd" or req["recipient"].startswith("bpd/"), cid
        assert req["ground"] in ("serious_violence", "credible_threat", "weapon", "drugs"), cid
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement", "").strip(), cid
        assert "face_surveillance" not in exp["categories"], cid
    if "trap" in exp["tags"]:
        assert exp["decision"] == "allow", (cid, "a trap only counts in a released copy")


def main():
    assert len(CASES) == 120, len(CASES)
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names), "repeated student name"
    descs = [c["desc"].strip()[:60] for c in CASES]
    assert len(set(descs)) == len(descs), "repeated opening"
    out = [build(i, c) for i, c in enumerate(CASES, 1)]
    for c in out:
        check(c)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in out:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} cases to {OUT}")


if __name__ == "__main__":
    main()
