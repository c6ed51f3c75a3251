#!/usr/bin/env python3
"""Outsider corpus, family: ANONYMOUS TIPS AND TIP LINES (OCC-0001 .. OCC-0100).

Written by an outside author from RULES.md and CONTRACT.md only. Every description is
hand-written. Standard library only. Writes ../data/corpus/outsider_cc.jsonl relative
to this file.
"""
import json
import pathlib
import re
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_cc.jsonl"

SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-4011"),
    "MPT": ("Madison Park Technical Vocational High School", "BPS-4032"),
    "EBH": ("East Boston High School", "BPS-4045"),
    "BRK": ("Jeremiah E. Burke High School", "BPS-4058"),
    "ENG": ("English High School", "BPS-4063"),
    "EXC": ("Excel High School", "BPS-4071"),
    "BRI": ("Brighton High School", "BPS-4086"),
    "TBA": ("TechBoston Academy", "BPS-4094"),
    "MHK": ("Mission Hill K-8", "BPS-4102"),
    "OBR": ("John D. O'Bryant School of Mathematics and Science", "BPS-4117"),
    "CHS": ("Charlestown High School", "BPS-4125"),
    "SNO": ("Snowden International School", "BPS-4133"),
    "DOA": ("Dorchester Academy", "BPS-4141"),
    "BCL": ("Boston Community Leadership Academy", "BPS-4156"),
    "ACC": ("Another Course to College", "BPS-4160"),
    "HEN": ("Henderson K-12 Inclusion School", "BPS-4172"),
    "BAA": ("Boston Arts Academy", "BPS-4188"),
    "FEN": ("Fenway High School", "BPS-4190"),
    "CSH": ("Community Academy of Science and Health", "BPS-4203"),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", "BPS-4219"),
    "BIH": ("Boston International High School", "BPS-4226"),
    "LEE": ("Joseph Lee K-8", "BPS-4231"),
    "DSA": ("Dearborn STEM Academy", "BPS-4244"),
    "USA": ("Urban Science Academy", "BPS-4262"),
    "JQU": ("Josiah Quincy Upper School", "BPS-4275"),
    "FRE": ("Lilla G. Frederick Middle School", "BPS-4288"),
    "CUR": ("Curley K-8", "BPS-4301"),
    "BGA": ("Boston Green Academy", "BPS-4314"),
    "MUN": ("Margarita Muniz Academy", "BPS-4322"),
    "MCK": ("McKinley Schools", "BPS-4335"),
}

CASES = []


def P(text):
    """Paragraphs are separated by blank lines; wrapped lines inside a paragraph are joined."""
    paras = re.split(r"\n\s*\n", text.strip())
    return "\n".join(" ".join(p.split()) for p in paras)


def add(n, school, *, ground, when, where, desc, sid, name, dob, grade, decision,
        recipient="bpd", weapon=None, substances=None, threat=None, extra=None,
        attachments=None, reason=None, mnc=(), key=None, mct=(), cats=(), tags=()):
    cid = f"OCC-{n:04d}"
    sname, sch_id = SCHOOLS[school]
    req = {"request_id": cid, "school_id": sch_id, "recipient": recipient}
    if ground is not None:
        req["ground"] = ground
    if substances:
        req["substances"] = list(substances)
    if weapon:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = P(threat) if threat else threat
    req["incident"] = {"occurred_at": when, "location": where, "description": P(desc)}
    student = {"student_id": sid, "name": name, "date_of_birth": dob, "grade": grade,
               "school": sname}
    if extra:
        student.update(extra)
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(mnc)
    exp["must_contain"] = [name, sname, key] if decision == "allow" else []
    exp["must_contain_text"] = list(mct) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = ["tips"] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------
add(1, "BRK", ground="weapon", weapon="firearm",
    when="2025-10-07T10:05:00-04:00", where="Jeremiah E. Burke High School, room 214 and 2nd floor science wing",
    sid="448210", name="Tyrese Holloway", dob="2009-11-03", grade=10, decision="allow",
    desc="""
Tip ID: TL-25-0412

Category: Weapon

Location: 2nd floor, near the science wing lockers

Details (as typed by tipster, unedited): "kid named tyrese in 10th got a gun in his backpack its
black with a red keychain on the zipper. he showed it in the bathroom 2nd period. hes haitian his
family just came over and they dont have papers so he thinks nobody gonna call on him"

Follow-up by AP Renaud: at 10:05 SSS Okoro and I located Tyrese in room 214 and brought him to the
office with his backpack (black, red keychain on the zipper, matches the tip). In the main
compartment, inside a rolled-up gym shirt, we found a black semi-automatic handgun with the
magazine inserted. SSS Okoro did not try to clear it; BPD was called and the responding officer
made it safe at 10:22. Tyrese said he "found it" near the bus stop on Friday. Nobody has said he
pointed it at anyone.
""",
    key="handgun", mct=["red keychain", "rolled-up gym shirt", "magazine inserted"],
    mnc=["haitian", "just came over", "dont have papers"],
    cats=["ethnicity", "national_origin", "immigration_status"], tags=["allow_weapon", "tip_form"])

add(2, "BRI", ground="fight", recipient="bpd/district-d14",
    when="2026-04-28T14:30:00-04:00", where="Ringer Park, after dismissal",
    sid="502276", name="Jaylin Brooks-Mercado", dob="2009-02-19", grade=11, decision="deny",
    reason="ground_not_permitted",
    desc="""
Received through the SpeakUp app at 7:48 AM, anonymous. Tip ID SU-2026-1193. Category the tipster
picked: Bullying/Fighting. Location: "Ringer Park after school."

Details: "Jaylin and another girl from 11th are going to fight at Ringer Park at 2:30, theres a
whole group chat and people are going to record it. its over a boy. jaylins cousins from the
Faneuil development are coming too so its gonna be big."

No weapon is mentioned in the tip or in the group chat screenshots a student showed me. Dean
Whitaker spoke with both girls during 1st period and both said there is no plan. We will have staff
at dismissal. Sending so that D-14 can have a cruiser near the park around 2:30.
""",
    mnc=["Faneuil"], cats=["neighborhood"], tags=["deny_ground", "tip_form"])

add(3, "EXC", ground="drugs", substances=["fentanyl", "oxycodone"],
    when="2025-11-17T11:40:00-05:00", where="Excel High School, main office",
    sid="377145", name="Devonte Ashby", dob="2008-12-22", grade=11, decision="allow",
    desc="""
Note found slipped under the door of the guidance office (room 118) Monday morning, handwritten on
lined paper, unsigned. Copied word for word:

"Somebody needs to check Devonte A in 11th. He is selling blues (the M30 ones) in the 3rd floor boys
bathroom between 5th and 6th period. He says they are real percs but my friend passed out Friday
after taking one and they had to use Narcan on him at a party. He keeps them in an Altoids tin in
his English class binder. His family is very religious, Pentecostal, thats why nobody suspects
him. Please dont say who told."

AP Sheridan and SSS Burgos asked Devonte to come to the office at 11:40 with his things. In the
front pocket of a blue binder labelled for English class was an Altoids tin holding 14 round
light-blue tablets stamped M on one side and 30 on the other. Devonte said they were "for his back"
but could not name a prescription, and the nurse has no medication on file for him. The tablets are
sealed in an evidence envelope in the main office safe. Because of the Narcan report we are
treating them as possible counterfeit oxycodone containing fentanyl.
""",
    key="Altoids tin", mct=["Altoids tin", "14 round light-blue tablets", "English class"],
    mnc=["Pentecostal", "religious"], cats=["religion"], tags=["allow_drugs", "precision_trap"])

add(4, "DOA", ground="credible_threat",
    when="2026-01-14T07:02:00-05:00", where="Dorchester Academy, main office (phone tip)",
    sid="415902", name="Malik Fontaine", dob="2009-08-30", grade=10, decision="allow",
    threat="""
On the night of 1/13 Malik posted on Instagram, and on his WhatsApp status, a photo of a silver
revolver with the caption "everybody who laughed in the caf. tomorrow is different." It follows a
filmed lunchroom prank on 1/12 in which Malik was the target. The post names a group (the students
in the cafeteria), a time (the next school day) and shows a firearm. We consider it an articulable
and significant threat to students at the school on 1/14.
""",
    desc="""
Front office (Ms. Kaplan) took a call at 7:02 AM from an adult woman who would not give her name.
She said she is "a friend of a parent" and that her son showed her Malik's story from last night.
Her words as Ms. Kaplan wrote them down: "It's a picture of a gun on a bed, silver, like a
revolver, and it says everybody who laughed at him in the caf, tomorrow is different. He put it on
his WhatsApp status too. I know the family, they're Cape Verdean, they came from Praia two years
ago, the mother doesn't speak English, only Kriolu, so don't bother calling her, call the uncle."
She hung up when asked for a callback number.

Two students separately showed SSS Walsh screenshots of the same story before homeroom. The photo
shows a silver revolver with a wooden grip lying on a blue comforter; the caption reads "everybody
who laughed in the caf. tomorrow is different." Malik was the target of a lunchroom prank on 1/12
that was filmed and shared. Malik did not come to school on 1/14. The building went to a modified
schedule with SSS at every entrance.
""",
    key="silver revolver", mct=["silver revolver", "blue comforter", "WhatsApp status"],
    mnc=["Cape Verdean", "Praia", "Kriolu", "speak English"],
    cats=["ethnicity", "national_origin", "language"], tags=["allow_threat", "precision_trap"])

add(5, "MHK", ground="weapon", weapon="knife",
    when="2025-12-03T15:24:00-05:00", where="Mission Hill K-8, bus loop",
    sid="611408", name="Kiara Lopes", dob="2011-06-14", grade=8, decision="allow",
    desc="""
Relayed by Transportation dispatch at 3:10 PM. The driver of bus 1142 (afternoon run) radioed
that a student told her "the girl in the green coat has a knife, she's showing people." The driver
did not see a knife herself, and the student who told her would not give a name. The driver's own
comment to dispatch, passed on as she said it: "It's one of the Dominican girls that gets on at
the Mission Main stop, I see her every day, her mother works at the laundromat."

Bus 1142 came back to Mission Hill K-8 at 3:24 at the principal's request. Ms. Arroyo (8th grade
team) and SSS Devlin asked Kiara to step off. She handed over a pink-handled butterfly knife from
her coat pocket without arguing. The blade is about 3.5 inches. She said an older girl had been
"talking about jumping her" and she carried it for protection. No one on the bus says they were
threatened with it. Parent contacted by phone at 3:40.
""",
    key="butterfly knife", mct=["pink-handled butterfly knife", "bus 1142", "green coat"],
    mnc=["Dominican", "Mission Main"], cats=["ethnicity", "neighborhood"],
    tags=["allow_weapon", "precision_trap"])

add(6, "CHS", ground="drugs", substances=["THC cartridge"],
    when="2025-09-24T12:50:00-04:00", where="Charlestown High School, stairwell by the gym",
    sid="520931", name="Brandon Salas", dob="2010-01-09", grade=10, decision="deny",
    reason="excluded_substance",
    desc="""
This came in second hand. Ms. Pereira (a 10th grade parent on the School Site Council) called me
and said her neighbor's daughter saw Brandon with "a cart" in the stairwell by the gym, selling
hits to freshmen for $5. The neighbor also told her that Brandon's mother is only here on a work
visa and "will get sent back if anyone finds out," which is why she did not want her name used.

SSS Maloney and I checked Brandon's bag at 12:50 with him present. We found one black vape battery
with a cartridge labelled "1g Blue Dream THC," about half full, and $35 in fives. No pills, powders
or other items. Brandon admitted the cartridge was his and denied selling. Parent meeting set for
Thursday.
""",
    mnc=["work visa", "sent back"], cats=["immigration_status"], tags=["deny_substance"])

add(7, "TBA", ground="serious_violence", weapon="razor blade",
    when="2026-02-03T14:25:00-05:00", where="MBTA busway used by TechBoston Academy students at dismissal",
    sid="388064", name="Kenneth Abernathy", dob="2009-04-27", grade=10, decision="allow",
    desc="""
Tip ID: BPS-TL-26-0087 | Received: 2/3/2026 6:41 PM, text to the district tip line | Category
(tipster-selected): Violence / Assault | Location: "the busway after school"

Details (tipster): "the one who cut jamal at the busway today is kenny from techboston 10th grade. he
had a razor in his mouth and swung on him when jamal walked by. kenny runs with the Ronan Park boys
and they been beefing with jamals people, jamal dont even be in that."

Follow-up: Jamal (10th grade, known to the school) was treated at Boston Medical Center for a
laceration across the left cheek and ear that needed 22 stitches. Two students gave written
statements on 2/4 that a boy in a grey North Face jacket took a single-edged razor blade out of his
mouth and slashed Jamal at about 2:25 PM while students were waiting for the bus. Both named
Kenneth. Kenneth was absent on 2/4 and 2/5.
""",
    key="22 stitches", mct=["left cheek", "22 stitches", "grey North Face jacket"],
    mnc=["Ronan Park"], cats=["gang_affiliation"], tags=["allow_violence", "tip_form"])

add(8, "ENG", ground="weapon", weapon="knife", recipient="bric",
    when="2026-03-11T07:40:00-04:00", where="English High School, locker 2231",
    sid="455617", name="Isaiah Mercer", dob="2009-10-05", grade=10, decision="deny",
    reason="recipient_not_permitted",
    desc="""
Anonymous text to the tip line Tuesday night: "kid named isaiah mercer has a knife in his locker
2231, he showed it in the locker room and said its for the Wendover boys if they come up here." A
minute later from the same number: "hes Wendover himself tho everybody knows, he got the tattoo."

Locker 2231 was opened Wednesday at 7:40 by AP Dunn with Isaiah present. Inside a Nike shoebox was
a fixed-blade hunting knife, about a 5 inch blade, in a leather sheath. Isaiah said it was his
uncle's. Sending to BRIC because of the gang angle the tipster raised.
""",
    mnc=["Wendover"], cats=["gang_affiliation"], tags=["deny_recipient"])

add(9, "BAA", ground="weapon", weapon="box cutter",
    when="2025-10-08T10:20:00-04:00", where="Boston Arts Academy, main auditorium",
    sid="600583", name="Nathan Le", dob="2009-03-16", grade=11, decision="allow",
    desc="""
Unsigned note left in the anonymous concerns box outside the main office, found 10/8 at 8:15:

"Nathan L has a box cutter in his hoodie pocket every day. Yesterday in the hallway by the black
box theater he flicked it open at Sophie and said he would open her face up if she told anyone
about the photos. She is too scared to report it herself."

We found Nathan during 3rd period stage crew in the main auditorium. The theater director confirmed
that stage crew does not use box cutters and all cutting tools stay locked in the scene shop. SSS
Fitzgerald asked Nathan to empty his hoodie pocket and he produced a yellow retractable box cutter.
Sophie (11th grade) confirmed the hallway statement to her counselor this morning.

For the parent meeting: father asks for a Vietnamese interpreter. Nathan is an English learner
(WIDA level 2) and the family speaks Vietnamese at home.
""",
    key="box cutter", mct=["black box theater", "stage crew", "yellow retractable box cutter"],
    mnc=["Vietnamese", "English learner", "WIDA"], cats=["language"],
    tags=["allow_weapon", "precision_trap"])

add(10, "BRK", ground="gang_activity", recipient="bpd/district-b3",
    when="2025-09-30T14:15:00-04:00", where="Jeremiah E. Burke High School, front steps at dismissal",
    sid="471120", name="Roshawn Tillman", dob="2010-07-21", grade=9, decision="deny",
    reason="ground_not_permitted",
    desc="""
Tip line message, 9/30 at 11:12 PM, anonymous: "older dudes from the Bowdoin-Geneva crew are posted
outside burke at dismissal trying to get freshmen to hold stuff for them. its mostly the kids from
the Geneva Ave buildings. one of them is Roshawn in 9th he wears the orange beads now."

The tip does not describe a weapon or a drug and staff at dismissal have not seen anything handed
over. Roshawn's counselor reports no incidents this year. We are asking B-3 to be aware of the group
at dismissal and to look into whether Roshawn is being recruited.
""",
    mnc=["Bowdoin-Geneva", "Geneva Ave", "orange beads"], cats=["gang_affiliation", "neighborhood"],
    tags=["deny_ground"])

add(11, "BRI", ground="drugs", substances=["cocaine"],
    when="2026-03-10T08:05:00-04:00", where="Brighton High School, back stairs near the pool",
    sid="533806", name="Erick Batz", dob="2008-09-02", grade=12, decision="allow",
    desc="""
SafeSchools app report #A-55120, submitted 3/10/2026 7:15 AM, reporter chose "stay anonymous".

Category: Drugs/Alcohol

Where: "Brighton High, 2nd floor boys bathroom and the back stairs near the pool"

What happened: "Erick has little baggies of coke, he sells them on the back stairs before first
period, $20 each. People pay with Cash App or those Visa gift cards. He keeps it in a Pringles can
in his backpack. He's from Guatemala and has some asylum case going so he acts like nobody can
touch him."

At 8:05 SSS Ortega and AP Lindqvist checked Erick's backpack with him present. Inside a Pringles
can, under a layer of chips, were nine small knotted plastic bags of white powder and two Visa gift
cards. Erick said the bags were not his. Staff did not test the powder. Everything is sealed and
held in the main office.
""",
    key="white powder", mct=["Pringles can", "white powder", "Visa gift cards"],
    mnc=["Guatemala", "asylum"], cats=["national_origin", "immigration_status"],
    tags=["allow_drugs", "tip_form", "precision_trap"])

add(12, "SNO", ground="credible_threat", recipient="bpd/district-d4",
    when="2025-12-11T06:55:00-05:00", where="Snowden International School, main line voicemail",
    sid="429955", name="Darnell Whitfield", dob="2008-05-30", grade=12, decision="deny",
    reason="missing_threat_statement",
    desc="""
Voicemail left on the main line overnight, from a blocked number, a young male voice, 0:41 long.
Transcribed by Ms. Osei at 6:55 AM: "Yeah, um, there's gonna be a shooting at Snowden on Friday.
Ask Darnell, he been talking about it on the group chat. He lives in Castle Square, in the tower,
y'all can find him. I'm not saying my name."

The head of school has not yet been able to see the group chat. Darnell arrived at 7:40 and was
kept in the office pending a search, which found nothing. Submitting now and will send the rest
when we have it.
""",
    mnc=["Castle Square"], cats=["neighborhood"], tags=["deny_threat_missing"])

add(13, "EBH", ground="weapon", weapon="firearm", recipient="bpd/district-a7",
    when="2025-10-20T07:25:00-04:00", where="East Boston High School, main entrance",
    sid="546390", name="Luis Carranza", dob="2009-01-12", grade=10, decision="allow",
    desc="""
How this came in: a teacher (Mr. Albanese) got a call at home Sunday night from a family friend who
coaches youth soccer. The coach said one of his players, who he would not name, saw Luis with a gun
at Saturday's game and heard him say he was bringing it to school "for Monday." The coach added on
his own that Luis's family "lives over on Eagle Hill, on Lexington Street," that they are
Salvadoran, and that the dad "got deported last year so the kid has nobody."

Monday 10/20 at 7:25 AM, as students came into East Boston High School, SSS Caruso asked Luis to step
aside at the main entrance and checked his bag with AP Ferreira present. At the bottom of the bag,
wrapped in a black hoodie, was a small .380 pistol. There was no magazine in it and no ammunition
was found on him or in his locker. Luis said he was "holding it for someone." A-7 officers
arrived at 7:34 and took the pistol.
""",
    key=".380 pistol", mct=[".380 pistol", "black hoodie", "no magazine"],
    mnc=["Eagle Hill", "Lexington Street", "Salvadoran", "deported"],
    cats=["neighborhood", "ethnicity", "immigration_status"], tags=["allow_weapon", "precision_trap"])

add(14, "FRE", ground="drugs", substances=["THC gummies"],
    when="2026-05-06T11:30:00-04:00", where="Lilla G. Frederick Middle School, cafeteria",
    sid="702218", name="Wesley Pierre-Louis", dob="2012-09-18", grade=7, decision="deny",
    reason="excluded_substance",
    desc="""
A text came in to the tip line at 10:58: "7th grader wesley is giving out gummies at lunch that
have weed in them, 3 kids already ate some." At 11:30 the lunch monitor brought Wesley and two
other students to the nurse. Wesley had a resealable pouch in his backpack with 6 gummy rings left;
the label says "Delta 9 THC 10mg per piece." The two students who ate them were drowsy and giggly;
the nurse monitored them and both were picked up by parents. No other substances found.

Note for the meeting: mother needs a Haitian Creole interpreter, please book one through the
family liaison.
""",
    mnc=["Haitian", "Creole"], cats=["language"], tags=["deny_substance"])

add(15, "OBR", ground="credible_threat", recipient="bpd/district-b2",
    when="2026-02-12T09:30:00-05:00", where="John D. O'Bryant School, room 305",
    sid="436781", name="Owen Kowalczyk", dob="2008-11-25", grade=11, decision="allow",
    threat="""
Owen wrote a list of six classmates' names in his notebook under the heading "Friday" with a drawing
of a rifle, and told a classmate he would "do it at the Catholic Memorial game Friday when
everyone's in the gym." The list names specific people, a time and a place, and Owen has recently
looked at rifles for sale on his school laptop (flagged by the device filter on 2/9). We treat this
as an articulable and significant threat.
""",
    desc="""
A note was slipped under the door of room 305 (Mr. Osterhaus) during lunch on 2/12. Typed, printed,
folded in quarters, unsigned:

"Owen K in 11th has a list in the back of his notebook with names of people on it under FRIDAY and
a drawing of a gun. He said he would do it at the Catholic Memorial game Friday when everybody is in
the gym. He is not joking. His family are Jehovah's Witnesses and they don't let him do anything,
he has no one to talk to."

At 1:05 PM AP Greaves and the school psychologist met with Owen and asked for the notebook. On the
last page, under the word FRIDAY, are six first names of classmates and a pen drawing of a rifle
with a scope. Owen said it was "a joke" and that he would never. The device filter flagged searches
for rifles for sale from his school laptop on 2/9.
""",
    key="six first names", mct=["six first names", "Catholic Memorial game", "rifle with a scope"],
    mnc=["Jehovah"], cats=["religion"], tags=["allow_threat", "precision_trap"])

add(16, "FEN", ground="drugs", substances=["Xanax", "marijuana"],
    when="2025-11-05T13:10:00-05:00", where="Fenway High School, 2nd floor lounge",
    sid="558847", name="Adrian Ventura", dob="2009-06-07", grade=11, decision="allow",
    desc="""
Reported by a parent who said she was passing on what a friend of hers had heard. She would not
give the friend's name. The friend's daughter told her that Adrian has been selling "bars" (Xanax)
and some weed at school, keeps them in a McDonald's French fries box in his backpack, and "only
deals with the Spanish-speaking kids because his whole family is from the Dominican Republic and
they stick together."

At 1:10 PM Mr. Costa (dean) and SSS Flynn checked Adrian's backpack with him present. In a
McDonald's French fries box were two small bags of what looked and smelled like marijuana and a
pill bottle with no label holding 11 white rectangular tablets scored into four sections and
stamped "XANAX 2." Adrian said a friend asked him to hold the bag. No prescription on file.
""",
    key="XANAX 2", mct=["French fries box", "11 white rectangular tablets", "XANAX 2"],
    mnc=["Spanish-speaking", "Dominican Republic"], cats=["language", "national_origin"],
    tags=["allow_drugs", "precision_trap"])

add(17, "USA", ground="vandalism", recipient="bpd/district-e13",
    when="2026-03-23T06:40:00-04:00", where="Urban Science Academy, rear wall and gym doors",
    sid="490632", name="Javier Montalvo", dob="2009-12-11", grade=10, decision="deny",
    reason="ground_not_permitted",
    desc="""
Custodian found spray paint on the rear wall and both gym doors at 6:40 AM Monday: large silver and
black letters, about 20 feet of wall. A tip came in on the app later that morning: "the tags on the
back wall are Javier from 10th, he writes for the Academy Homes crew, he did it Saturday night with
two kids from the Forest Hills side." No one was hurt and nothing was taken. Facilities estimates
$3,500 to clean. We would like the district to follow up on the tagging.
""",
    mnc=["Academy Homes", "Forest Hills"], cats=["gang_affiliation", "neighborhood"], tags=["deny_ground"])

add(18, "JQU", ground="weapon", weapon="brass knuckles", recipient="bpd/district-a1",
    when="2025-12-16T12:15:00-05:00", where="Josiah Quincy Upper School, 4th floor hallway",
    sid="617540", name="Kevin Huang", dob="2010-04-04", grade=9, decision="allow",
    extra={"home_language": "Cantonese", "address": {"line1": "Tai Tung Village, Apt 6C", "zip": "02111"}},
    desc="""
Safety app report, 12/16 at 9:47 AM, anonymous.

Category: Weapon

Location: 4th floor by the water fountain

Details: "Kevin in 9th has brass knuckles, gold color with a skull on them. He wears them under his
sleeve and punched the wall to show people. He said if the kid who took his AirPods comes near him
he is done. He lives in Tai Tung and only talks Cantonese with his boys so teachers don't know what
he says."

At 12:15 SSS Moy found Kevin by the 4th floor water fountain, in a black puffer jacket and red
Jordans, and asked him to empty his sleeves and pockets. A gold-colored set of brass knuckles with a
skull design was in his right jacket sleeve. There is a fresh dent in the drywall next to the
fountain. Kevin said he only had them "for looks."
""",
    key="brass knuckles", mct=["skull design", "red Jordans", "dent in the drywall"],
    mnc=["Tai Tung", "Cantonese", "02111"], cats=["neighborhood", "language"],
    tags=["allow_weapon", "tip_form", "structured_forbidden", "precision_trap"])

add(19, "CSH", ground="serious_violence", weapon="padlock in a sock",
    when="2026-01-22T15:05:00-05:00", where="Community Academy of Science and Health, side lot",
    sid="474401", name="Abdirahman Farah", dob="2008-07-19", grade=11, decision="allow",
    desc="""
Voicemail on the tip line, left 1/22 at 8:10 PM by a man who said "I'm not giving my name, I'm just
a bus driver":

"The fight in the side lot today at three, that wasn't a fight. The kid Abdi had a lock in a sock and
he swung it at the other boy's head like four times. I saw it from my bus. That's the Somali kid from
Bromley-Heath, I drive that route. Somebody should do something."

Follow-up 1/23: the injured student (10th grade) was taken by EMS from the side lot and has a skull
fracture above the right ear; he was admitted overnight at Boston Children's. The nurse applied an
ice pack and held pressure on the wound until EMS arrived. A combination padlock inside a tube sock
was recovered by SSS from under a parked car in the side lot. Two staff members identified Abdi as
the student swinging it.
""",
    key="skull fracture", mct=["skull fracture", "ice pack", "combination padlock inside a tube sock"],
    mnc=["Somali", "Bromley-Heath"], cats=["ethnicity", "neighborhood"],
    tags=["allow_violence", "precision_trap"])

add(20, "MPT", ground="drugs", substances=["fentanyl"], recipient="ice",
    when="2026-04-09T09:50:00-04:00", where="Madison Park Technical Vocational High School, auto shop",
    sid="563318", name="Rafael Quispe", dob="2008-03-03", grade=12, decision="deny",
    reason="recipient_not_permitted",
    desc="""
An anonymous caller to the front office said Rafael was selling "fetty" in the auto shop and added
that he is undocumented, that he "overstayed" after coming on a tourist trip, and that ICE should
know. SSS found a folded lottery-ticket paper with a small amount of off-white powder in Rafael's
toolbox at 9:50; Rafael said it was "fent" that he got to sell. The administrator who took the call
entered ICE as the recipient because the caller asked for it.
""",
    mnc=["undocumented", "overstayed", "tourist trip"], cats=["immigration_status"],
    tags=["deny_recipient"])

add(21, "CHS", ground="credible_threat", recipient="bpd/district-a15",
    when="2025-10-30T07:20:00-04:00", where="Charlestown High School, main office",
    sid="529714", name="Colin Danforth", dob="2008-08-08", grade=12, decision="allow",
    threat="""
At 10:31 PM on 10/29 Colin sent a Snapchat to a group of about 40 students: "pep rally tmrw, gym is
gonna be loud for real this time. stay home if u like u." The message included a photo of a black
rifle-style gun leaning against a dresser. The pep rally was scheduled for 1:30 PM on 10/30 in the
gym. The message names an event, a place and a time and shows a firearm.
""",
    desc="""
SpeakUp app tip, received 10/29 at 11:04 PM, anonymous. Category: "Threat of violence." Location:
"the gym pep rally tmrw." Details: "colin d in 12th sent a snap saying the gym is gonna be loud for
real at the pep rally and to stay home. theres a pic of a gun. hes been weird since he got cut from
the cross-country team. he lives in the Bunker Hill projects on Medford Street if u need to find
him."

Three more students forwarded the same snap to their advisors before 7:20 AM. The snap reads: "pep
rally tmrw, gym is gonna be loud for real this time. stay home if u like u." The photo shows a black
rifle-style gun leaning against a dresser with a Bruins poster behind it. The pep rally was
postponed. Colin did not come to school on 10/30. Charlestown High School staff held all doors.
""",
    key="pep rally", mct=["cross-country team", "Bruins poster", "rifle-style gun"],
    mnc=["Bunker Hill", "Medford Street"], cats=["neighborhood"],
    tags=["allow_threat", "tip_form", "precision_trap"])

add(22, "BIH", ground="weapon", weapon="airsoft pistol",
    when="2026-05-14T09:15:00-04:00", where="Boston International High School, 3rd floor stairwell",
    sid="640027", name="Thiago Moraes", dob="2009-05-25", grade=10, decision="deny", reason="other",
    desc="""
Tip line text at 8:52 AM: "theres a kid with a gun on the 3rd floor stairs, brazilian kid, he was
showing it to his friends in portuguese so nobody else would understand." SSS responded at 9:15 and
found Thiago with a black pistol in his waistband. On inspection it is an airsoft pistol (Glock
style, spring powered) with the orange tip painted black. No pellets found. No one was pointed at.
""",
    mnc=["brazilian", "portuguese"], cats=["ethnicity", "language"], tags=["deny_replica"])

add(23, "BGA", ground="weapon", weapon="stun gun", recipient="bpd/district-b2",
    when="2025-11-13T10:40:00-05:00", where="Boston Green Academy, 2nd floor girls bathroom",
    sid="651190", name="Nia Castellanos", dob="2009-10-30", grade=10, decision="allow",
    desc="""
From the tip inbox, forwarded by the district safety office at 9:55 AM:

Tip #26-00311. Source: anonymous web form. Category: Weapons. Location: "BGA, 2nd floor girls
bathroom." Details: "Nia has a taser shaped like a lipstick, pink. She zapped a girl on the arm
yesterday in the bathroom and said next time it's her neck. She's with the Franklin Hill girls and
they're trying to start something with the girls from Boston Green. Her whole family is Franklin
Hill."

At 10:40 Ms. Dube and SSS Carr met Nia outside her Spanish class and asked her to come to the office
with her bag. In the makeup pouch in her bag was a pink stun gun made to look like a lipstick tube.
When tested by SSS pointing away from anyone it sparked. The girl who was shocked (10th grade) has
two small red marks on her left upper arm; the nurse saw them this morning.
""",
    key="stun gun", mct=["lipstick tube", "two small red marks", "Spanish class"],
    mnc=["Franklin Hill"], cats=["gang_affiliation", "neighborhood"],
    tags=["allow_weapon", "tip_form", "precision_trap"])

add(24, "SNO", ground="theft",
    when="2026-01-29T13:30:00-05:00", where="Snowden International School, library",
    sid="434258", name="Arben Kola", dob="2009-02-14", grade=11, decision="deny",
    reason="ground_not_permitted",
    desc="""
Four Chromebooks went missing from the library cart between 12:50 and 1:30. An anonymous note left
on the librarian's desk the next morning said: "the Albanian boy Arben took the chromebooks, he
sells them to his cousins in Eastie." Arben denied it and nothing was found in his locker. We want
police to look into the theft and the resale.
""",
    mnc=["Albanian", "Eastie"], cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

add(25, "BLA", ground="drugs", substances=["MDMA"],
    when="2026-03-19T14:00:00-04:00", where="Boston Latin Academy, 3rd floor locker bay",
    sid="471986", name="Nico Papadakis", dob="2008-10-13", grade=12, decision="allow",
    desc="""
Tip came from a mom who said she heard it from another mom, and that the kids were talking about it
after a party on Saturday. She would not give either name.

What she said: Nico has been selling "molly" capsules at school for $25 each, keeps them in an
Advil bottle in his locker, and a junior girl ended up in the ER after the party. "The family is
Greek, very Orthodox, big in the church over in Roslindale, so the parents won't believe it, you'll
have to go around them."

At 2:00 PM AP Mendes opened Nico's locker (3rd floor, locker bay by the Latin classrooms) with Nico
present. In an Advil bottle were 17 clear capsules filled with a tan crystalline powder. Nico said
they were "just supplements." The girl from the party (11th grade) confirmed to the nurse on Monday
that she took "molly" on Saturday and was treated at the ER.
""",
    key="tan crystalline powder", mct=["Advil bottle", "17 clear capsules", "Latin classrooms"],
    mnc=["Greek", "Orthodox", "church"], cats=["ethnicity", "religion"],
    tags=["allow_drugs", "precision_trap"])

add(26, "MCK", ground="serious_violence", weapon="skateboard",
    when="2025-10-16T15:10:00-04:00", where="McKinley Schools, courtyard",
    sid="582043", name="Xavier Rosado", dob="2009-07-04", grade=10, decision="allow",
    desc="""
This started with a FaceTime call. A parent's friend, who said she "doesn't want to be involved,"
called the school at 4:05 PM and said her nephew was on FaceTime with a boy in the courtyard and saw
the whole thing. Her words: "The Puerto Rican boy from Villa Victoria, Xavier, he hit the other boy
in the face with a skateboard, the edge of it, two times. The kid went down."

Staff confirm: at about 3:10 PM in the courtyard, Xavier swung a skateboard and struck a 9th grade
student on the left side of the face twice. The student lost consciousness briefly. EMS took him to
Tufts Medical Center, where he was diagnosed with a fractured left orbital bone and a concussion.
The skateboard (black deck, cracked nose) was picked up by SSS Pina and is in the office.
""",
    key="fractured left orbital bone", mct=["FaceTime", "fractured left orbital bone", "cracked nose"],
    mnc=["Puerto Rican", "Villa Victoria"], cats=["ethnicity", "neighborhood"],
    tags=["allow_violence", "precision_trap"])

add(27, "HEN", ground="drugs", substances=["vodka"],
    when="2025-12-19T11:45:00-05:00", where="Henderson K-12 Inclusion School, upper campus gym",
    sid="594473", name="Mykola Hrytsenko", dob="2009-09-28", grade=10, decision="deny",
    reason="excluded_substance",
    desc="""
Anonymous tip to the front office: a caller said a 10th grader had vodka in a water bottle at the
holiday assembly. At 11:45 the gym teacher took a Poland Spring bottle from Mykola that smelled
strongly of alcohol; Mykola admitted it was vodka from home. The caller also said the family came as
refugees from Ukraine last year "on that parole program" and the school "should check." No other
substances involved.
""",
    mnc=["refugees", "Ukraine", "parole program"], cats=["immigration_status", "national_origin"],
    tags=["deny_substance"])

add(28, "ACC", ground="weapon", weapon="pepper spray",
    when="2026-02-24T12:35:00-05:00", where="Another Course to College, cafeteria",
    sid="608825", name="Sophal Chea", dob="2010-03-02", grade=9, decision="allow",
    desc="""
Ms. Ridley (lunch aide) told me at 12:20 that a student came up to her at the milk cooler and
said, without giving her name, that Sophal had "a spray" in her jacket and was going to "get" a girl
who was talking about her mom. The student also told Ms. Ridley that Sophal "is Cambodian and
talks Khmer with her friends when she's planning stuff." Ms. Ridley said the girl's body language
was scared and she walked off fast.

At 12:35 I asked Sophal to come with me. In her jacket's inside pocket was a small black canister
of pepper spray with a red flip-top safety and a keyring. It had not been sprayed; the other girl
was unhurt. Sophal said she carries it on the walk to the train.
""",
    key="pepper spray", mct=["milk cooler", "red flip-top safety", "body language"],
    mnc=["Cambodian", "Khmer"], cats=["ethnicity", "language"], tags=["allow_weapon", "precision_trap"])

add(29, "DSA", ground="weapon", weapon="knife", recipient="bpd/district-b2",
    when="2026-04-02T08:30:00-04:00", where="Dearborn STEM Academy, lobby",
    sid="619834", name="Keon Sutherland", dob="2010-12-01", grade=9, decision="deny",
    reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "safeschools_photo_match_keon.json"},
                 {"kind": "photo", "name": "tip_photo_hallway.jpg"}],
    desc="""
Tip came in through the SafeSchools app with a photo of a boy holding a kitchen knife in a
hallway. The app's "Identify student" feature compared the photo with our yearbook roster and
returned Keon Sutherland with a 94% face match score. Keon was stopped at the lobby doors at 8:30;
nothing was found on him. We are attaching the tip photo and the app's face match results.
""",
    mnc=["94%"], cats=["face_surveillance"], tags=["deny_face"])

add(30, "EMK", ground="credible_threat",
    when="2025-11-20T08:45:00-05:00", where="Edward M. Kennedy Academy for Health Careers, main office",
    sid="560712", name="Andre Beckford", dob="2008-06-06", grade=12, decision="allow",
    threat="""
On 11/19 at 11:48 PM an email was sent from a new Gmail account to three teachers: "Andre B is going
to bring his brother's gun Thursday and shoot Ms. Haskell's 3rd period. I'm telling you because I
don't want to be in that room." On 11/19 in 3rd period Andre told a classmate "watch what happens
Thursday" after Ms. Haskell removed him from class. A named class, a named day and a named weapon.
""",
    desc="""
An anonymous email from a brand-new Gmail account (no name, no profile) reached three teachers at
11:48 PM on 11/19. It says Andre plans to bring his brother's gun on Thursday and "shoot Ms. Haskell's
3rd period." It goes on: "He's Jamaican, his people don't play, and he talks in patois so you can't
understand him when he says it but I can."

On 11/19 Ms. Haskell removed Andre from 3rd period for phone use. Two students confirm that on the
way out he said "watch what happens Thursday." At 8:45 AM on 11/20 Andre was met at the door by SSS
and the AP; his bag was checked and was clear. The brother is an adult, not a BPS student.
""",
    key="3rd period", mct=["brand-new Gmail account", "watch what happens Thursday", "removed Andre from 3rd period"],
    mnc=["Jamaican", "patois"], cats=["ethnicity", "language"], tags=["allow_threat"])

add(31, "EBH", ground="immigration", recipient="bpd/district-a7",
    when="2026-02-05T10:00:00-05:00", where="East Boston High School, guidance office",
    sid="548871", name="Yoselin Mejia", dob="2008-04-22", grade=11, decision="deny",
    reason="ground_not_permitted",
    desc="""
Anonymous call to guidance: the caller said Yoselin "has no papers," that she came from Honduras
through the border last year with an uncle who is not really her uncle, and that "somebody should
check." No incident at school, no weapon, no threat. Submitting so police can look into who she is
living with.
""",
    mnc=["no papers", "Honduras", "through the border"], cats=["immigration_status", "national_origin"],
    tags=["deny_ground"])

add(32, "BCL", ground="weapon", weapon="firearm", recipient="bpd/district-b3",
    when="2026-03-04T07:55:00-05:00", where="Boston Community Leadership Academy, 3rd floor lockers",
    sid="497530", name="Terrell Oakes", dob="2008-12-29", grade=11, decision="allow",
    extra={"home_address": "212 Blue Hill Ave, Apt 3", "zip": "02121"},
    desc="""
Phone call to the head of school's cell Tuesday night from a neighbor of one of our families. She
said she would not give her name "because they know where I live." Her account: her niece saw
Terrell put a gun in his locker on Monday afternoon, "a small black one with tape on the handle."
She added that Terrell "stays on Blue Hill Ave by the Mattapan line with his grandmother, everybody
knows that building."

Wednesday 7:55 AM, before students reached the 3rd floor, AP Grady and SSS Reyes opened locker
3-118 with Terrell present. Under a gym bag was a black 9mm pistol with black electrical tape
wrapped around the grip and a loaded magazine beside it in a sock. Terrell drives to school; his
grey Altima has been illegally parked in the bus lane outside the building all week, and its plate
is in the attached log.
""",
    key="9mm pistol", mct=["black electrical tape", "locker 3-118", "illegally parked in the bus lane"],
    mnc=["Blue Hill Ave", "Mattapan", "02121"], cats=["neighborhood"],
    attachments=[{"kind": "document", "name": "bus_lane_log_0304.pdf"}],
    tags=["allow_weapon", "structured_forbidden", "precision_trap"])

add(33, "DOA", ground="weapon", weapon="firearm", recipient="commonwealth-fusion-center",
    when="2026-05-20T09:20:00-04:00", where="Dorchester Academy, gym",
    sid="418064", name="Jermaine Lockett", dob="2008-02-11", grade=12, decision="deny",
    reason="recipient_not_permitted",
    desc="""
A tip line text said Jermaine "had the strap in his gym bag" and that he "runs with Woodward Park"
and that the Woodward Park kids are "beefing with the other side." SSS found an unloaded revolver
in his gym bag at 9:20. Because the tip mentions a group rivalry, the AP addressed the report to the
fusion center for their analysts.
""",
    mnc=["Woodward Park"], cats=["gang_affiliation"], tags=["deny_recipient"])

add(34, "MPT", ground="drugs", substances=["heroin"],
    when="2025-09-18T10:30:00-04:00", where="Madison Park Technical Vocational High School, carpentry shop",
    sid="565206", name="Dawit Tesfaye", dob="2007-11-11", grade=12, decision="allow",
    desc="""
Tip line record:
Tip ID 25-0934 | Category: Drugs | Location: "carpentry shop, the back where the lumber racks are" |
Details: "Dawit is selling dope, the brown kind you sniff, little wax bags with a stamp that says
KING KONG. He hides it inside a hollow 2x4 on the bottom rack. His mom doesn't speak English, only
Amharic, so if you call home nobody is going to understand you. They're Ethiopian, they just moved
from Madison Park Village to somewhere in Hyde Park."

SSS Nunez and the shop teacher checked the lumber racks at 10:30. A length of 2x4 on the bottom
rack had a drilled cavity plugged with a wood dowel. Inside were 12 glassine bags stamped KING KONG
containing brownish powder. Dawit was in the shop; he said he did not know anything about it. Two
students said Dawit is the one who goes to that rack.
""",
    key="KING KONG", mct=["hollow 2x4", "12 glassine bags", "KING KONG"],
    mnc=["Amharic", "speak English", "Ethiopian", "Madison Park Village", "Hyde Park"],
    cats=["language", "ethnicity", "neighborhood"], tags=["allow_drugs", "tip_form", "precision_trap"])

add(35, "BRI", ground="drugs", substances=["nicotine pouches", "Juul pods"],
    when="2025-11-25T09:10:00-05:00", where="Brighton High School, 1st floor bathroom",
    sid="537819", name="Gabriel Fonseca", dob="2010-08-19", grade=9, decision="deny",
    reason="excluded_substance",
    desc="""
Web tip form, submitted 11/24 at 10:31 PM, name field left blank. Category: "Vaping/Tobacco."
Location: "1st floor bathroom by the cafeteria." Details: "gabriel in 9th is selling zyns and juul
pods out of the 1st floor bathroom, 5 dollars a pouch, 10 for a pod. hes brazilian he brings them
back from his trips to brazil in his suitcase."

At 9:10 AM SSS Ortega and the 9th grade AP asked Gabriel to open his backpack. They found two tins
of Zyn nicotine pouches (one full, one half empty), an unopened pack of Juul pods, and $22. Nothing
else was in the bag or his locker. Gabriel said he was "just sharing."
""",
    mnc=["brazilian", "trips to brazil"], cats=["ethnicity", "national_origin"], tags=["deny_substance"])

add(36, "BRK", ground="serious_violence", weapon="baseball bat",
    when="2026-04-16T14:40:00-04:00", where="Jeremiah E. Burke High School, Washington Street side entrance",
    sid="473389", name="Marquis Dunbar", dob="2008-09-09", grade=12, decision="allow",
    desc="""
Two tips came in within an hour after dismissal on 4/16. Tip A (text, anonymous): "marquis from
12th hit a kid with a bat outside burke by the side door, he runs with H-Block, it was a H-Block
thing." Tip B (call to the front office, male, would not give a name): "the big kid in the red
hoodie swung an aluminum bat at a boy's knees and then his head, I was waiting at the light. They
all live in the Lenox Street buildings, every one of them."

What staff saw: SSS Gantt reached the side entrance at 2:42 and found a 10th grade boy on the
sidewalk with a head wound and a badly swollen right knee. EMS took him to BMC: depressed skull
fracture and a broken kneecap. A dented silver aluminum bat was left on the sidewalk and is held by
the school. Camera footage from the side entrance, reviewed by the AP, shows a tall student in a red
hoodie with the bat; the AP, who has known Marquis for three years, recognized him.
""",
    key="aluminum bat", mct=["depressed skull fracture", "broken kneecap", "red hoodie"],
    mnc=["H-Block", "Lenox Street"], cats=["gang_affiliation", "neighborhood"],
    tags=["allow_violence"])

add(37, "CUR", ground="weapon", weapon="knife",
    when="2025-12-09T13:00:00-05:00", where="Curley K-8, upper school hallway",
    sid="623457", name="Yusuf Rahimi", dob="2011-01-30", grade=8, decision="allow",
    desc="""
The note was written on the back of a lunch menu and left on Mr. Doyle's desk in 8B. It says:
"Yusuf has a knife in his bookbag, the kind with a hook at the end. He showed me at recess and said
he would stab Liam if Liam keeps making fun of his mosque. His family is Afghan, they pray at the
masjid on Prentiss Street."

At 1:00 PM the principal and SSS Beaulieu checked Yusuf's bookbag with him present. In the side
pocket was a folding knife with a curved hooked blade (a linoleum or carpet style knife) about three
inches long. Liam (8th grade) says Yusuf told him "I'll stab you" at recess on 12/8. Liam was not
hurt. Liam's mother was called at 1:20 and is coming in.
""",
    key="hooked blade", mct=["back of a lunch menu", "hooked blade", "I'll stab you"],
    mnc=["mosque", "Afghan", "masjid", "Prentiss Street"],
    cats=["religion", "ethnicity", "neighborhood"], tags=["allow_weapon"])

add(38, "MUN", ground="truancy", recipient="bpd/district-e13",
    when="2026-01-08T09:00:00-05:00", where="Margarita Muniz Academy, attendance office",
    sid="581120", name="Estefany Rojas", dob="2009-03-27", grade=10, decision="deny",
    reason="ground_not_permitted",
    desc="""
Estefany has missed 14 days since winter break. A voicemail on the attendance line (no name given)
said she "is working at a nail salon in Lynn with her aunt, they are Ecuadorian and the aunt has no
papers so they keep it quiet." No threat, weapon or drug is involved. We are asking police for a
wellness check and help getting her back in school.
""",
    mnc=["Ecuadorian", "no papers"], cats=["ethnicity", "immigration_status"], tags=["deny_ground"])

add(39, "LEE", ground="credible_threat", recipient="bpd/district-b3",
    when="2026-03-26T09:10:00-04:00", where="Joseph Lee K-8, 7th grade wing",
    sid="690334", name="Damian Ruiz-Ochoa", dob="2012-07-15", grade=7, decision="allow",
    threat="""
Damian told two classmates on 3/25 that he would "bring my dad's gun and shoot Ms. Pratt and
Jayden" on Friday, and drew a picture of a handgun next to Jayden's name on a worksheet. His father
owns a licensed handgun (confirmed by Damian's mother to the principal). The statement names two
people, a day and a weapon available at home.
""",
    desc="""
SafeSchools app, anonymous, received 3/25 8:12 PM:
Category: Threat. Location: "Lee school 7th grade, Ms. Pratt's Spanish class." Details: "damian said
he is gonna bring his dads gun friday and shoot ms pratt and jayden. he drew it on the worksheet.
hes a DACA kid so he thinks they can't do nothing to him at school."

The worksheet was found in the recycling bin in Ms. Pratt's Spanish class. Next to Jayden's name,
in Damian's handwriting, is a drawing of a handgun with lines coming out of the barrel. Two
classmates say they heard Damian say it at the end of class on 3/25. Damian's mother told the
principal by phone that her husband does own a handgun and that she will check that it is locked.
""",
    key="drawing of a handgun", mct=["recycling bin", "Spanish class", "drawing of a handgun"],
    mnc=["DACA"], cats=["immigration_status"], tags=["allow_threat", "tip_form", "precision_trap"])

add(40, "OBR", ground="weapon", weapon="explosive device",
    when="2025-11-06T08:20:00-05:00", where="John D. O'Bryant School, chemistry lab prep room",
    sid="438812", name="Samir Al-Jubouri", dob="2008-05-17", grade=11, decision="allow",
    desc="""
An anonymous caller to the front office at 7:58 AM said that "the kid Samir has been building a pipe
bomb, he showed people a video and it's in his backpack today." The caller added that Samir is Iraqi
and came here as a refugee "so somebody has to watch him." The caller hung up.

At 8:20 the building was held in place. SSS and the AP took Samir's backpack from the chemistry lab
prep room, where he had left it before homeroom, and did not open it further once they saw a
capped length of grey PVC pipe about 8 inches long with a green fuse coming out of one end, wrapped
in duct tape with nails. BPD Bomb Squad was called at 8:24 and removed the device at 9:10. Samir is
in the office with his mother.
""",
    key="PVC pipe", mct=["grey PVC pipe", "green fuse", "duct tape with nails"],
    mnc=["Iraqi", "refugee"], cats=["national_origin", "immigration_status"], tags=["allow_weapon"])

add(41, "BCL", ground="credible_threat",
    when="2025-10-02T12:10:00-04:00", where="Boston Community Leadership Academy, cafeteria",
    sid="499108", name="Harjit Sandhu", dob="2009-01-26", grade=10, decision="deny",
    reason="missing_threat_statement",
    desc="""
Anonymous web form, 10/2 at 11:40 AM: "Harjit said he is going to bring something to school and
make everybody who called him names pay. His family is Sikh and they go to the gurdwara in Milford
every weekend, so maybe ask them." SSS spoke with Harjit at 12:10 in the cafeteria; he denied it.
Submitted as a threat; the statement section will follow after we talk to the students named.
""",
    mnc=["Sikh", "gurdwara"], cats=["religion"], tags=["deny_threat_missing"])

add(42, "USA", ground="drugs", substances=["methamphetamine"],
    when="2026-01-27T10:15:00-05:00", where="Urban Science Academy, 2nd floor boys bathroom",
    sid="491855", name="Brayan Funes", dob="2008-08-24", grade=11, decision="allow",
    desc="""
Tip line, text, 1/26 9:30 PM: "brayan in 11th has crystal, like real meth, in a little glass pipe and
baggies. he was smoking it in the 2nd floor bathroom and offering it to kids. hes honduran and
everybody says hes MS-13 so nobody wants to say nothing."

1/27 at 10:15 AM SSS Acevedo saw Brayan, wearing a Washington Nationals cap, leave the 2nd floor
boys bathroom with a burnt chemical smell following him. With the AP present, Brayan emptied his
pockets: a glass pipe with a bulb end and white residue, a lighter, and two small zip bags of clear
crystal shards. Brayan said he "found them." He appeared jittery and his pupils were very dilated;
the nurse checked his vitals.
""",
    key="clear crystal shards", mct=["glass pipe with a bulb end", "clear crystal shards", "Washington Nationals cap"],
    mnc=["honduran", "MS-13"], cats=["ethnicity", "gang_affiliation"], tags=["allow_drugs", "precision_trap"])

add(43, "HEN", ground="weapon", weapon="razor blades",
    when="2026-02-10T11:00:00-05:00", where="Henderson K-12 Inclusion School, upper campus room 210",
    sid="596647", name="Alyssa Chen-Moreau", dob="2009-12-03", grade=10, decision="allow",
    desc="""
A mom who would not give her name called the upper campus office at 8:30. She said her daughter's
friend, "who is afraid," told her that Alyssa keeps razor blades taped inside her phone case and
slid one out in English class on Monday and told another girl "I'll slice you up if you say that
again." The caller also said Alyssa "goes back and forth between her dad's place and her mom's in
the Harbor Point apartments" and that the mom "only talks Mandarin."

At 11:00 AM the AP asked Alyssa to come out of room 210 with her phone. Behind the clear case were
two single-edged razor blades held flat with Scotch tape. The girl she spoke to (10th grade)
confirmed the words and that it happened in English class on Monday. No one was cut.
""",
    key="razor blades", mct=["taped inside her phone case", "Scotch tape", "English class"],
    mnc=["Harbor Point", "Mandarin"], cats=["neighborhood", "language"],
    tags=["allow_weapon", "precision_trap"])

add(44, "EXC", ground="weapon", weapon="knife", recipient="hsi",
    when="2025-12-04T09:40:00-05:00", where="Excel High School, 2nd floor",
    sid="379261", name="Jean-Baptiste Noel", dob="2008-01-18", grade=12, decision="deny",
    reason="recipient_not_permitted",
    desc="""
A tipster on the SafeSchools app wrote at 7:58 AM: "the senior Jean-Baptiste has a knife in his
coat, he was waving it at the bus stop yesterday. also hes here on a student visa that ran out, so
somebody should tell immigration." At 9:40 SSS Morin found a steak knife with a 5 inch blade wrapped
in a paper towel in the inside pocket of his coat on the 2nd floor. No one was hurt. The AP addressed
the report to Homeland Security Investigations because of what the tip said.
""",
    mnc=["student visa"], cats=["immigration_status"], tags=["deny_recipient"])

add(45, "EMK", ground="serious_violence",
    when="2026-05-12T13:25:00-04:00", where="Edward M. Kennedy Academy for Health Careers, north stairwell",
    sid="561944", name="Tobi Adeyemi", dob="2008-10-21", grade=11, decision="allow",
    desc="""
The first we heard of this was an anonymous call to the nurse's office at 1:40: "A girl just got
thrown down the back stairs and she's not getting up, it was Tobi, the Nigerian boy, he talks
Yoruba on the phone all day." The caller hung up.

SSS found a 9th grade girl at the bottom of the north stairwell at 1:42. She said Tobi grabbed her by
her backpack strap on the landing and threw her down about ten steps after an argument about a
video. EMS took her to Boston Children's: broken left wrist and a broken collarbone, and a cut on
her chin that needed stitches. A teacher on the landing saw a tall boy in white Air Force 1s run up
the stairs. Tobi was found in the library at 1:55.
""",
    key="broken collarbone", mct=["broken left wrist", "broken collarbone", "white Air Force 1s"],
    mnc=["Nigerian", "Yoruba"], cats=["national_origin", "language"], tags=["allow_violence", "precision_trap"])

add(46, "ENG", ground="general_intelligence", recipient="bpd/district-e13",
    when="2026-03-02T10:00:00-05:00", where="English High School",
    sid="457732", name="Andre Pacheco", dob="2008-11-16", grade=12, decision="deny",
    reason="ground_not_permitted",
    desc="""
Summary of tip line traffic for February. Five separate anonymous texts name Andre. Two call him
"a shot caller for the Egleston crew," one says younger students from the Egleston Square buildings
are "being put on" by him, and two just say "watch Andre." None of the tips describes a weapon, a
drug, a threat against anyone, or an injury, and staff have not seen anything of the kind. Andre's
attendance and grades are normal. Passing the tip summaries along for police awareness.
""",
    mnc=["Egleston"], cats=["gang_affiliation", "neighborhood"], tags=["deny_ground"])

add(47, "SNO", ground="credible_threat", recipient="bpd/district-d4",
    when="2026-04-14T08:05:00-04:00", where="Snowden International School, main office",
    sid="430876", name="Dmitri Volkov", dob="2008-06-19", grade=11, decision="allow",
    threat="""
Dmitri told two students on 4/13 that he has "a pressure cooker and a plan" and will "make the
atrium go up on Friday at lunch." A note in the same words, signed "D," was left under the door of
the counseling office. A search of his locker on 4/14 found printed instructions for building a
pressure-cooker device. Named place, time and method.
""",
    desc="""
Slipped under the counseling office door overnight, on a torn sheet of graph paper, block capitals:
"ATRIUM GOES UP FRIDAY AT LUNCH. PRESSURE COOKER. I HAVE A PLAN. - D."

A second note was under the same door, different handwriting: "The D is Dmitri in 11th. He's been
saying it in Russian to his friend so teachers won't get it, but I understand Russian. He wears the
sweatshirt with the green alien on it."

8:05 AM: the AP and SSS met Dmitri at the entrance. He was wearing a grey sweatshirt with a green
alien on the front. With him present, his locker was opened: inside a binder were eleven printed
pages of instructions for building a pressure-cooker device. No device or components were found.
Two students confirm he said "pressure cooker and a plan" on 4/13.
""",
    key="pressure-cooker device", mct=["graph paper", "green alien", "eleven printed pages"],
    mnc=["Russian"], cats=["language"], tags=["allow_threat", "precision_trap"])

add(48, "DSA", ground="weapon", weapon="knife", recipient="bpd/district-b2",
    when="2025-09-11T07:50:00-04:00", where="Dearborn STEM Academy, bus drop-off",
    sid="621093", name="Santiago Arango", dob="2011-02-08", grade=9, decision="allow",
    desc="""
Mr. Pires, who drives the morning run for bus 07, pulled into the drop-off at 7:45 and waved SSS
over. He said a girl who rides his bus slipped him a note at a red light because "she didn't want
anyone to see." The note says: "the boy in the back seat in the blue North Face has a big knife in
his backpack and said he's gonna use it on Marcus." Mr. Pires added his own opinion: "That's the
Colombian kid, they only speak Spanish in that house, I pick him up on Hamilton Street."

At 7:50 SSS Almeida asked Santiago (blue North Face jacket) to step aside and open his backpack. In
the laptop sleeve was a kitchen chef's knife with an 8 inch blade wrapped in a dish towel. Marcus
(9th grade) told the AP that Santiago had threatened to "poke him" over a basketball game. No one
was hurt.
""",
    key="chef's knife", mct=["bus 07", "8 inch blade", "dish towel"],
    mnc=["Colombian", "speak Spanish", "Hamilton Street"], cats=["ethnicity", "language", "neighborhood"],
    tags=["allow_weapon"])

add(49, "TBA", ground="drugs", substances=["vape"],
    when="2026-04-29T12:20:00-04:00", where="TechBoston Academy, 3rd floor bathroom",
    sid="389501", name="Lamar Greenidge", dob="2009-05-09", grade=10, decision="deny",
    reason="excluded_substance",
    desc="""
A tip through the app: "lamar has a vape and is charging kids to hit it in the 3rd floor bathroom.
his family is from barbados and his grandma only lets him out to go to the seventh day adventist
church." SSS found an unmarked disposable vape in his pocket at 12:20. There is no label and it
has not been tested; no other items.
""",
    mnc=["barbados", "adventist"], cats=["national_origin", "religion"], tags=["deny_substance"])

add(50, "BAA", ground="drugs", substances=["psilocybin"],
    when="2025-10-31T13:00:00-04:00", where="Boston Arts Academy, dance studio B",
    sid="601772", name="Sage Whitcombe", dob="2008-04-01", grade=12, decision="allow",
    desc="""
Tip line form:
Tip ID: 25-1187
Category: Drugs
Location: "dance studio B and the senior lounge"
Details: "Sage is selling shroom chocolate bars, the ones in the fake candy wrappers that say
'Polkadot.' Two kids in the Halloween show got sick. She's part of the Unitarian church youth group
so the teachers love her, but she's the plug."

At 1:00 PM the dance director and SSS checked Sage's dance bag in studio B with her present. Inside
were three chocolate bars in "Polkadot" wrappers, each scored into 15 squares; the wrapper states
"4g psilocybin." Two 11th graders were seen by the nurse before the Halloween show for nausea and
"seeing things." Sage said the bars were "for personal use."
""",
    key="psilocybin", mct=["Polkadot", "15 squares", "Halloween show"],
    mnc=["Unitarian", "church youth group"], cats=["religion"], tags=["allow_drugs", "tip_form"])

add(51, "CSH", ground="weapon", weapon="BB gun",
    when="2026-01-13T10:30:00-05:00", where="Community Academy of Science and Health, gym locker room",
    sid="475519", name="Quentin Marsh", dob="2009-11-19", grade=10, decision="deny", reason="other",
    desc="""
Text to the tip line at 9:47 AM: "quentin has a gun in his gym bag, its in the locker room right
now. hes with the Franklin Field boys, watch out." At 10:30 SSS Carr and the gym teacher checked the
bag in the gym locker room with Quentin present. Inside, under a towel, was a black Daisy BB pistol,
CO2 powered, with a tube of copper BBs. It looks like a real handgun from a few feet away. Nobody
reports that it was pointed at anyone.
""",
    mnc=["Franklin Field"], cats=["gang_affiliation"], tags=["deny_replica"])

add(52, "MHK", ground="weapon", weapon="firearm", recipient="bpd/district-b2",
    when="2026-05-27T08:10:00-04:00", where="Mission Hill K-8, 8th grade classroom 301",
    sid="613386", name="Davion Pruitt", dob="2011-10-10", grade=8, decision="allow",
    desc="""
At 7:35 AM a woman called the front desk and would not give her name. She said: "My son says the boy
Davion in 8th has his brother's gun in his lunchbox today. They live in Alice Taylor, in the
building by the basketball court, I see the brother out there. Please don't say I called."

At 8:10 AM, after students were seated, the principal and SSS Hurley asked Davion to bring his
lunchbox and backpack to the office. In the insulated lunchbox, under a sandwich, was a black
revolver with a 2 inch barrel. Six rounds were in the cylinder. BPD officers arrived at 8:16 and
took the revolver. Davion said his brother told him to "keep it safe" for the day. Mission Hill K-8
remained in session with a hold in the 8th grade hallway until 8:40.
""",
    key="black revolver", mct=["insulated lunchbox", "Six rounds were in the cylinder", "2 inch barrel"],
    mnc=["Alice Taylor"], cats=["neighborhood"],
    tags=["allow_weapon", "precision_trap"])

add(53, "FEN", ground="trespass",
    when="2025-11-12T10:45:00-05:00", where="Fenway High School, 1st floor",
    sid="559930", name="Kofi Mensah", dob="2009-02-02", grade=10, decision="deny",
    reason="ground_not_permitted",
    desc="""
A caller who would not give her name said a boy "from a different school, a Ghanaian kid from the
Lower Mills side" was in our building. Staff found Kofi, who is enrolled at another BPS school, on
our 1st floor at 10:45 without a pass. He left when asked. Nothing was found on him and no one was
hurt.
""",
    mnc=["Ghanaian", "Lower Mills"], cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

add(54, "BLA", ground="credible_threat", recipient="bpd/district-b2",
    when="2025-12-02T09:15:00-05:00", where="Boston Latin Academy, room 212",
    sid="472403", name="Aidan Corcoran", dob="2009-09-14", grade=10, decision="allow",
    threat="""
On 12/1 Aidan messaged a classmate on Discord: "if coach benches me friday I'm stabbing him in the
parking lot, I already have the knife in my car." On 12/2 a folding hunting knife was found in the
glovebox of Aidan's car in the school lot. A named person, a day, a place, and the weapon located.
""",
    desc="""
An adult who said she is "a friend of one of the basketball moms" emailed the athletic director at
6:02 AM from an address with no name. She attached a screenshot of a Discord message Aidan sent to
her son's friend: "if coach benches me friday I'm stabbing him in the parking lot, I already have
the knife in my car." Her email also says: "His family is very Catholic, the uncle is a deacon at
St. Brendan's, they will try to make this go away."

9:15 AM: Aidan was taken out of Latin 2 in room 212. He confirmed he sent the message and said he was
"mad, not serious." With his consent and his mother on the phone, SSS Keane searched his car in the
school lot: a folding hunting knife with a 4 inch blade and a camo handle was in the glovebox. Coach
Reardon has been told and is not on site today.
""",
    key="folding hunting knife", mct=["Latin 2", "camo handle", "glovebox"],
    mnc=["Catholic", "deacon", "St. Brendan"], cats=["religion"], tags=["allow_threat", "precision_trap"])

add(55, "EXC", ground="drugs", substances=["LSD"],
    when="2026-03-31T09:30:00-04:00", where="Excel High School, art room 4th floor",
    sid="380742", name="Milo Serrano-Pike", dob="2008-07-07", grade=12, decision="allow",
    desc="""
Text to the tip line at 6:10 AM: "Milo has tabs (acid) in a little book, the squares have smiley
faces on them, selling in the art room. My brother took one and didnt sleep for two days. Milo's
family moved here from Argentina and his mom is always saying they could get sent back so they stay
quiet about stuff, that's why he does it at school not home."

At 9:30 the art teacher and SSS found Milo at his table in the 4th floor art room. In a pocket-size
sketchbook in his bag was a sheet of blotter paper with 22 squares printed with yellow smiley faces,
in a foil pouch. Milo said it was "just paper." The 10th grader mentioned in the tip had been
absent two days with what his parent called "a bad reaction."
""",
    key="blotter paper", mct=["blotter paper", "22 squares", "yellow smiley faces"],
    mnc=["Argentina", "sent back"], cats=["national_origin", "immigration_status"], tags=["allow_drugs"])

add(56, "BIH", ground="weapon", weapon="mace", recipient="bpd/district-b2",
    when="2026-02-19T11:20:00-05:00", where="Boston International High School, 2nd floor hallway",
    sid="641560", name="Wadeline Jean", dob="2009-04-16", grade=10, decision="allow",
    extra={"ell_level": "ELD 2", "home_language": "Haitian Creole", "country_of_birth": "Haiti",
           "us_entry_date": "2025-03-14"},
    desc="""
Anonymous note in the suggestion box outside the library, found at 10:50: "Wadeline carries mace in
her purse and sprayed it at Rose's face in the bathroom on Tuesday. Rose couldn't see for an
hour. Wadeline says she will do it again."

At 11:20 the AP asked Wadeline to bring her purse to the office. In it was a small purple canister
labelled "Mace Brand Triple Action," about half full. Rose (10th grade) confirmed the Tuesday
incident: her eyes burned and she flushed them at the sink for a long time; she did not go to the
nurse then because she was scared. She saw the nurse today and her eyes are red but healing.
""",
    key="Triple Action", mct=["purple canister", "Triple Action", "flushed them at the sink"],
    mnc=["ELD 2", "Haitian Creole", "Haiti", "2025-03-14"],
    cats=["language", "national_origin", "immigration_status"],
    tags=["allow_weapon", "structured_forbidden"])

add(57, "MPT", ground="weapon", weapon="brass knuckles", recipient="gang-assessment-database",
    when="2025-10-14T13:00:00-04:00", where="Madison Park Technical Vocational High School, welding shop",
    sid="566987", name="Dante Robichaux", dob="2008-05-05", grade=11, decision="deny",
    reason="recipient_not_permitted",
    desc="""
An anonymous caller to the front office, a man who said he was "a friend of the family," said
Dante "runs with Orchard Park now" and had brass knuckles in the welding shop that he was showing to
younger kids. At 1:00 PM the welding instructor and SSS Nunez asked Dante to empty his welding
jacket; a set of steel brass knuckles was in the chest pocket. Dante said he found them. The
submitter asked that the report go to the gang assessment database because of the caller's
statement.
""",
    mnc=["Orchard Park"], cats=["gang_affiliation"], tags=["deny_recipient"])

add(58, "CHS", ground="serious_violence", weapon="screwdriver",
    when="2026-03-17T12:40:00-04:00", where="Charlestown High School, auto shop hallway",
    sid="530882", name="Ryan Doherty", dob="2008-02-26", grade=11, decision="allow",
    desc="""
Tip ID: CHS-0317-A. Source: call to the front office from a man who said "I'm a parent's friend, I
pick up a kid sometimes, I'm not giving my name." Category (entered by office): Assault. Location:
"hallway outside the auto shop." Details as taken down: "The red-haired kid, Ryan, stabbed another
kid in the shoulder with a screwdriver at lunch. Everybody knows Ryan is from the Townie crew off
Bunker Hill Street, they all are."

What happened, per staff: at 12:40 a 10th grade student came into the auto shop holding his left
shoulder. The school nurse found a puncture wound about an inch deep below the collarbone, with
heavy bleeding, and called EMS. He was taken to Mass General and needed surgery to repair a torn
muscle. Two students say Ryan stabbed him with a Phillips-head screwdriver after an argument about a
stolen vape. The screwdriver, with blood on the shaft, was found in a trash barrel in the hallway.
""",
    key="Phillips-head screwdriver", mct=["puncture wound", "Phillips-head screwdriver", "torn muscle"],
    mnc=["Townie crew", "Bunker Hill Street"], cats=["gang_affiliation", "neighborhood"],
    tags=["allow_violence", "tip_form"])

add(59, "JQU", ground="weapon", weapon="knife", recipient="bpd/district-a1",
    when="2026-01-21T10:00:00-05:00", where="Josiah Quincy Upper School",
    sid="618219", name="Marcus Wong", dob="2010-06-30", grade=9, decision="deny",
    reason="face_surveillance",
    attachments=[{"kind": "photo", "name": "yearbook_grade9_all_students.zip"}],
    desc="""
A tipster sent a blurry phone photo of a boy with a knife at a bus stop and said it was "a 9th grader
at Quincy Upper." We believe it is Marcus. We are attaching the full 9th grade yearbook photo set
and ask BPD to run the tip photo against it with their face recognition tool to confirm which
student it is before we act.
""",
    mnc=["face recognition tool"], cats=["face_surveillance"], tags=["deny_face"])

add(60, "BGA", ground="weapon", weapon="knife",
    when="2025-09-25T14:05:00-04:00", where="Boston Green Academy, rooftop garden",
    sid="652747", name="Emmanuel Osei-Bonsu", dob="2009-08-13", grade=11, decision="allow",
    desc="""
Call to the front office at 1:30 from a young-sounding male caller who would not give a name: "Yo,
Emmanuel got a knife, the one with the green handle, he's gonna use it on Trey after school, it's
about Trey's sister. He's up in the garden now." The caller also said Emmanuel "just came from
Ghana, he's still learning English, he don't understand what he's doing."

At 2:05 SSS Grant found Emmanuel in the rooftop garden during his environmental science block. In
his right cargo pocket was a fixed-blade knife with a green rubber handle and a 6 inch serrated
blade. Trey (11th grade) said Emmanuel had told him at lunch "after school you're done." No one was
hurt. Emmanuel's aunt was called at 2:20.
""",
    key="green rubber handle", mct=["rooftop garden", "green rubber handle", "6 inch serrated blade"],
    mnc=["Ghana", "learning English"], cats=["national_origin", "language"],
    tags=["allow_weapon", "precision_trap"])

add(61, "ACC", ground="credible_threat",
    when="2025-10-23T10:30:00-04:00", where="Another Course to College, room 107",
    sid="609954", name="Elijah Braithwaite", dob="2009-03-08", grade=10, decision="allow",
    threat="""
On 10/22 Elijah posted in a class group chat: "Ms. Varga gonna learn tomorrow, I'm bringing the
hammer and she's first." He repeated to a classmate on 10/23 at 8:10 AM that he "has the hammer in
his bag." A claw hammer was found in his backpack at 10:30. A named teacher, a day, and a weapon in
his possession.
""",
    desc="""
Two tips, one story.

Tip 1, district tip line, 10/22 at 9:14 PM, anonymous text: "elijah in ms varga's ELA class said in
the group chat hes bringing a hammer tomorrow and she's first. he means it, he hates her since she
called his mom. theyre from guyana, his mom doesnt want him talking to teachers."

Tip 2, 10/23 at 8:10 AM, a student came to the front desk and said out loud "Elijah says he has the
hammer in his bag" and walked away before anyone could get her name.

At 10:30 AM Elijah was called out of room 107 (Ms. Varga's English Language Arts class) to the
office. SSS Pryor checked his backpack with him present and found a claw hammer with a wooden
handle, about 13 inches long, wrapped in a gym towel. Elijah said it was "for a project." There is
no project that needs a hammer. Ms. Varga has been moved to another room for the day.
""",
    key="claw hammer", mct=["claw hammer", "gym towel", "English Language Arts class"],
    mnc=["guyana"], cats=["national_origin"], tags=["allow_threat", "precision_trap"])

add(62, "TBA", ground="credible_threat", recipient="bpd/district-c11",
    when="2026-02-26T07:45:00-05:00", where="TechBoston Academy, front entrance",
    sid="390247", name="Cedric Ifeanyi", dob="2008-12-12", grade=11, decision="allow",
    threat="""
On 2/25 at 10:02 PM Cedric posted a TikTok video filmed in the TechBoston front lobby with the text
"2/26 7:45 am. front door. y'all will see." and a gun emoji, then messaged a classmate "don't come in
the front door tmrw." The post and message give a place and an exact time.
""",
    desc="""
Received via the anonymous option on the district tip line, 2/25 at 10:40 PM. Tip ID 26-0219.
Category: Threat. Location: "front door techboston." Details: "Cedric posted a tiktok in the front
lobby saying 2/26 7:45 am front door yall will see, with a gun emoji, and told my friend dont come
in the front door. Cedric's family is Igbo and very strict, his dad will beat him if he finds out so
maybe dont call home."

Staff reviewed the TikTok at 11:15 PM; it was filmed in our front lobby and the overlay text reads
"2/26 7:45 am. front door. y'all will see." with a pistol emoji. The classmate who got the message
"don't come in the front door tmrw" showed it to the AP. On 2/26 the front door was closed and
students were routed through the gym entrance. Cedric arrived at 7:45 and was stopped by SSS; his bag
was clear.
""",
    key="7:45 am", mct=["front lobby", "pistol emoji", "gym entrance"],
    mnc=["Igbo"], cats=["ethnicity"], tags=["allow_threat", "tip_form"])

add(63, "DOA", ground="drugs", substances=["oxycodone"],
    when="2025-09-16T11:10:00-04:00", where="Dorchester Academy, 2nd floor hallway",
    sid="419531", name="Brianna Costa", dob="2009-07-23", grade=10, decision="allow",
    desc="""
Anonymous text to the AP's school phone, 9/16 at 7:20 AM: "Brianna is selling her grandmothers oxys
at school, $10 a pill, shes got them in a Chapstick tube thing. the grandmother is sick and on
hospice and theyre Cape Verdean so they all live together on Bowdoin Street and nobody counts the
pills."

At 11:10 AM the AP and SSS Tavares met Brianna in the 2nd floor hallway and asked to see her bag.
A tube that looked like a Chapstick had a hollow inside holding 9 round white tablets stamped "OC 80."
The prescription label found folded inside the tube is for an adult woman, not Brianna. Brianna
said she was "just holding them." Two 10th graders told the AP they bought pills from her last week.
""",
    key="OC 80", mct=["Chapstick", "9 round white tablets", "OC 80"],
    mnc=["Cape Verdean", "Bowdoin Street"], cats=["ethnicity", "neighborhood"], tags=["allow_drugs"])

add(64, "BRK", ground="drugs", substances=["marijuana", "beer"],
    when="2026-05-29T15:00:00-04:00", where="Jeremiah E. Burke High School, senior picnic area",
    sid="476015", name="Kendrick Yeboah", dob="2007-10-30", grade=12, decision="deny",
    reason="excluded_substance",
    desc="""
A parent's friend who was helping set up the senior picnic texted the head of school a photo of a
red cooler and wrote: "Kendrick has beer and weed in there, he's always been with the Intervale
crew, everybody knows, he'll be handing it out." At 3:00 PM SSS Gantt opened the cooler with Kendrick
standing by. Under the ice were six cans of beer and two pre-rolled blunts in a sandwich bag.
Nothing else was found. Kendrick was sent home with his mother.
""",
    mnc=["Intervale"], cats=["gang_affiliation"], tags=["deny_substance"])

add(65, "CUR", ground="weapon", weapon="expandable baton",
    when="2026-04-07T08:40:00-04:00", where="Curley K-8, middle school entrance",
    sid="624880", name="Angel Matos", dob="2011-11-02", grade=8, decision="allow",
    desc="""
Handwritten note left on the windshield of the principal's car in the staff lot, found at 7:30 AM:

"Angel in 8th grade has one of those metal sticks that snap out. He was swinging it at the park
and says he will bring it to the school dance Friday. His uncle is in the Mozart Street gang and
gave it to him. I'm not signing this because they will know."

At 8:40 AM, at the middle school entrance, SSS Clancy asked Angel to open his bag. In the bottom was
a black expandable steel baton, 21 inches when open, 8 inches closed. Angel said he found it. The
school dance is on Friday 4/10; the 8th grade team has been told.
""",
    key="expandable steel baton", mct=["expandable steel baton", "21 inches", "school dance"],
    mnc=["Mozart Street"], cats=["gang_affiliation"], tags=["allow_weapon"])

add(66, "EMK", ground="credible_threat",
    when="2026-01-15T09:00:00-05:00", where="Edward M. Kennedy Academy for Health Careers",
    sid="562375", name="Jovani Alicea", dob="2009-05-15", grade=10, decision="deny",
    reason="missing_threat_statement",
    desc="""
Safety app tip, 1/14 at 11:55 PM, anonymous: "jovani said hes gonna shoot up the school. hes from
the Mildred Hayes building, his whole family is in that gang over there." The tip does not say when
or where Jovani said this, or to whom. Staff have not found any post, message or witness yet, and
Jovani's advisor reports nothing unusual this week. Submitting under threat so police are aware; we
have not written up a threat statement.
""",
    mnc=["Mildred Hayes", "that gang over there"], cats=["neighborhood", "gang_affiliation"],
    tags=["deny_threat_missing"])

add(67, "BIH", ground="serious_violence", weapon="knife", recipient="bpd/district-b2",
    when="2025-12-12T14:50:00-05:00", where="Boston International High School, outside the side door at dismissal",
    sid="642799", name="Bashir Nuur", dob="2008-09-21", grade=11, decision="allow",
    desc="""
The school got two calls about this. The first, at 3:05 PM, was from a man who said he is a crossing
guard and would not give his name: "A boy got stabbed at the side door, the tall one in the Canada
Goose jacket did it and ran toward the train." The second, at 6:30 PM to the tip line, was a text:
"the kid who stabbed Mahad is Bashir, they are both Somali but from different clans, that's what it
is about. Bashir lives with his uncle in the Franklin Park Villa apartments."

Staff account: at 2:50 PM, outside the side door, an 11th grade student (Mahad) was stabbed once in
the lower back. SSS Doucette applied pressure until EMS arrived; Mahad had surgery at BMC for a
lacerated kidney. A kitchen knife with a black handle was recovered from a storm drain near the
door. Bashir, who wore a Canada Goose jacket that day, left school at 2:51 and did not return.
""",
    key="lacerated kidney", mct=["lower back", "lacerated kidney", "Canada Goose jacket"],
    mnc=["Somali", "clans", "Franklin Park Villa"], cats=["ethnicity", "neighborhood"],
    tags=["allow_violence", "precision_trap"])

add(68, "BRI", ground="credible_threat", recipient="bpd/district-d14",
    when="2026-03-18T08:00:00-04:00", where="Brighton High School, main office",
    sid="538442", name="Tomasz Wielgosz", dob="2008-08-01", grade=12, decision="allow",
    threat="""
Tomasz emailed the principal's office from an account in his own name at 2:14 AM on 3/18: "The
guidance office ruined my life. I have my father's shotgun. Today at 1 I will come to guidance and
finish it." His father has confirmed to BPD that a shotgun is missing from the home. Named place,
time and weapon, with the weapon confirmed missing.
""",
    desc="""
A caller who would not give her name phoned the main office at 7:40 AM: "I'm a friend of the Wielgosz
family. Tomasz sent a crazy email last night and his father's shotgun is gone from the closet. The
father doesn't want to call police because of his green card situation, so I am calling you. They
are Polish, they go to St. Adalbert's, the priest knows them."

The principal found the email in the office inbox, sent at 2:14 AM from Tomasz's school account:
"The guidance office ruined my life. I have my father's shotgun. Today at 1 I will come to guidance
and finish it." Tomasz did not come to school. The building went into a secure mode at 8:00 AM and
the guidance staff were relocated.
""",
    key="shotgun", mct=["2:14 AM", "father's shotgun", "guidance staff were relocated"],
    mnc=["green card", "Polish", "St. Adalbert", "priest"],
    cats=["immigration_status", "ethnicity", "religion"], tags=["allow_threat"])

add(69, "MCK", ground="weapon", weapon="box cutter",
    when="2025-11-18T09:25:00-05:00", where="McKinley Schools, vocational room",
    sid="583164", name="Jaheim Strickland", dob="2009-12-24", grade=10, decision="allow",
    desc="""
A bus monitor on route 412 told the office that a student on her bus told her, and asked her not to
say who, that "Jaheim has a box cutter in his sock and said he's gonna cut Tariq's face at first
lunch." The monitor also said: "That's one of the boys from the Academy Homes, you know how they
are, they're all Bloods up there."

At 9:25 SSS Ellison found Jaheim in the vocational room and asked him to roll down his socks. A
blue box cutter with the blade retracted was in his left sock. Tariq (10th grade) said that on the
bus Jaheim told him "first lunch I'm cutting you." Tariq was moved to a different lunch.
""",
    key="blue box cutter", mct=["route 412", "left sock", "first lunch"],
    mnc=["Academy Homes", "Bloods"], cats=["neighborhood", "gang_affiliation"], tags=["allow_weapon"])

add(70, "BAA", ground="weapon", weapon="knife", recipient="allied-universal-security",
    when="2026-02-04T10:00:00-05:00", where="Boston Arts Academy",
    sid="602415", name="Corinne Baptiste", dob="2009-06-27", grade=10, decision="deny",
    reason="recipient_not_permitted",
    desc="""
A tip said Corinne had a paring knife in her pencil case; staff found it at 10:00. The tipster added
that "her family are Haitian and they go to the Baptist church on Blue Hill Ave." The report is
addressed to the private security company that staffs the building's front desk so their guards
can watch for her.
""",
    mnc=["Haitian", "Baptist church", "Blue Hill Ave"], cats=["ethnicity", "religion", "neighborhood"],
    tags=["deny_recipient"])

add(71, "ENG", ground="drugs", substances=["crack cocaine"],
    when="2025-12-17T12:50:00-05:00", where="English High School, courtyard",
    sid="458820", name="Rasheed Gaines", dob="2008-03-19", grade=12, decision="allow",
    desc="""
Tip line, text, 12/17 at 7:05 AM: "Rasheed sells rocks in the courtyard at lunch, he keeps them in a
Chinese takeout container with rice on top so nobody looks. He's in with the Cathedral kids, the
projects by the South End, his cousins are in the gang down there."

At 12:50 PM SSS Boateng watched Rasheed in the courtyard hand something to another student; both
were brought in. In Rasheed's backpack was a Chinese takeout container with cold rice in it; under
the rice, in a sandwich bag, were 16 small off-white rocks wrapped individually in plastic, and $140.
English High School's courtyard camera caught the hand-off; the AP watched the footage.
""",
    key="off-white rocks", mct=["Chinese takeout container", "16 small off-white rocks", "$140"],
    mnc=["Cathedral", "South End", "in the gang"], cats=["neighborhood", "gang_affiliation"],
    tags=["allow_drugs", "precision_trap"])

add(72, "USA", ground="weapon", weapon="firearm", recipient="bpd/district-e13",
    when="2026-05-05T07:50:00-04:00", where="Urban Science Academy, bus drop-off",
    sid="492711", name="Devin Achterberg", dob="2008-01-04", grade=12, decision="allow",
    desc="""
How it came in: Ms. Lowe's friend, who drives for a rideshare company, gave a ride Sunday night to
two teenagers and heard one brag that he "printed a Glock" and was going to "bring it Tuesday to
show the lunch table." She recognized the school hoodie, found Ms. Lowe's number through a mutual
friend and called her. She also said the boy told the other one that his mother "came from
Portugal without papers and works cash jobs." She would not give her own name to the school.

Tuesday 7:50 AM at the bus drop-off, SSS and the AP asked Devin, who matched the description (grey
Urban Science hoodie, lunch table named by two students), to open his bag. Inside was a black and
grey 3D-printed pistol frame with a metal slide and barrel, no serial number, and one loaded
magazine. BPD E-13 took custody at 8:02.
""",
    key="3D-printed pistol", mct=["3D-printed pistol", "no serial number", "loaded magazine"],
    mnc=["Portugal", "without papers"], cats=["national_origin", "immigration_status"],
    tags=["allow_weapon"])

add(73, "FEN", ground="weapon", weapon="replica handgun",
    when="2025-10-09T12:00:00-04:00", where="Fenway High School, lunchroom",
    sid="560298", name="Isaac Montez", dob="2010-02-17", grade=9, decision="deny", reason="other",
    desc="""
Anonymous call to the front office at 11:40, a young woman's voice: "a kid named Isaac has a gun
at lunch, he's Mexican and his dad has no green card so he won't care." At 12:00 the dean and SSS
Flynn asked Isaac to step out of the lunchroom with his backpack. Inside was a realistic all-metal
replica of a Colt 1911 pistol, heavy, with no orange tip. It has no barrel opening and cannot fire.
Isaac said he bought it at a flea market to show friends. It was not pointed at anyone.
""",
    mnc=["Mexican", "green card"], cats=["ethnicity", "immigration_status"], tags=["deny_replica"])

add(74, "HEN", ground="credible_threat",
    when="2026-04-01T13:30:00-04:00", where="Henderson K-12 Inclusion School, upper campus",
    sid="597928", name="Trinity Oyelaran", dob="2009-09-03", grade=11, decision="allow",
    threat="""
Trinity told a classmate on 3/31 that she would "bring bleach and lighter fluid Thursday and set
Jasmine's hair on fire in the bathroom." On 4/1 a bottle of lighter fluid and a lighter were found
in her backpack. A named person, a day, a place and the means in her bag.
""",
    desc="""
A staff member's sister, who has a child at another school, got a call from a girl who would not
give her name and who said she was afraid. The sister passed it on to us at 7:15 AM. The girl's
words: "Trinity said she's gonna bring bleach and lighter fluid Thursday and set Jasmine's hair on
fire in the bathroom. She said it twice." The girl also said Trinity "doesn't care because she's
not even a citizen, she's here on some refugee thing."

At 1:30 PM the AP asked Trinity to bring her backpack to the office. Inside were a can of Ronsonol
lighter fluid and a red Bic lighter. No bleach was found. Jasmine (11th grade) told the counselor
that Trinity has been threatening her since a fight over a boyfriend. Jasmine has been given an
escort between classes.
""",
    key="lighter fluid", mct=["Ronsonol lighter fluid", "red Bic lighter", "escort between classes"],
    mnc=["citizen", "refugee"], cats=["immigration_status"], tags=["allow_threat"])

add(75, "CSH", ground="credible_threat", threat="", recipient="bpd/district-c11",
    when="2025-11-04T09:30:00-05:00", where="Community Academy of Science and Health",
    sid="476633", name="Jamal Whitlow", dob="2008-04-09", grade=12, decision="deny",
    reason="missing_threat_statement",
    desc="""
A tip on the app, 11/3 at 8:12 PM: "jamal from 12th says hes going to shoot someone this week. hes
been going to the mosque on Washington Street since he got out of DYS so watch him." The tipster did
not say who Jamal supposedly said this to. Jamal was interviewed by the AP at 9:30 on 11/4 and
denied it; his bag and locker were clear. No post or witness has been found. Threat statement left
blank for now.
""",
    mnc=["mosque", "Washington Street"], cats=["religion", "neighborhood"], tags=["deny_threat_missing"])

add(76, "EBH", ground="weapon", weapon="knife", recipient="bpd/district-a7",
    when="2026-01-09T11:50:00-05:00", where="East Boston High School, cafeteria",
    sid="549962", name="Kevin Ayala", dob="2009-10-26", grade=10, decision="allow",
    desc="""
A text came to the AP's school phone from an unknown number at 10:58 AM: "Kevin A (10th) has a knife
in his lunch bag, a steak knife from home. Hes going to use it on the kid who took his chain.
Kevin's family is from Guatemala and they only speak K'iche at home."

At 11:50 SSS Rizzo went to the cafeteria, where Kevin was at a table near the windows, and asked him
to bring his lunch bag to the office. Inside, next to a thermos, was a serrated steak knife with a
wooden handle, about 5 inches long, wrapped in a napkin. Kevin said an older boy "jumped him for
his chain" last weekend. No one was hurt at school.
""",
    key="steak knife", mct=["serrated steak knife", "thermos", "wrapped in a napkin"],
    mnc=["Guatemala", "K'iche"], cats=["national_origin", "language"], tags=["allow_weapon"])

add(77, "SNO", ground="drugs", substances=["Xanax"],
    when="2026-02-11T10:20:00-05:00", where="Snowden International School, 5th floor",
    sid="431745", name="Priya Raman", dob="2009-01-01", grade=11, decision="allow",
    desc="""
SafeSchools app, anonymous, 2/11 at 6:50 AM:
Category: Drugs
Location: "5th floor girls room and the ice skating club bus"
Details: "Priya gives out xannies, the yellow bars, for $5. A girl passed out on the ice skating club
bus last week. Priya's family is Tamil from Sri Lanka and they're Hindu and super strict so she
hides them in a tampon box."

At 10:20 the AP and a female SSS checked Priya's bag with her present. In a tampon box were 8 yellow
rectangular tablets stamped "R039" and scored into four sections. The student who passed out on the
ice skating club bus on 2/4 was seen by EMS at the rink and recovered. Priya said they were
"prescribed to a friend."
""",
    key="R039", mct=["tampon box", "R039", "ice skating club bus"],
    mnc=["Tamil", "Sri Lanka", "Hindu"], cats=["ethnicity", "national_origin", "religion"],
    tags=["allow_drugs", "tip_form", "precision_trap"])

add(78, "LEE", ground="serious_violence",
    when="2025-10-27T12:30:00-04:00", where="Joseph Lee K-8, playground",
    sid="691856", name="Jeremiah Fofana", dob="2012-02-28", grade=8, decision="allow",
    desc="""
Reported to the principal by a lunch aide who says a 5th grader whispered it to her and ran off:
"Jeremiah pushed Leo off the top of the climbing structure on purpose." The aide also repeated what
another adult told her at pickup: "that Fofana boy, the family is from Guinea, they're Muslim, they
live on Talbot Ave, he's always been rough."

What staff saw: at 12:30 PM Leo (6th grade) fell about 8 feet from the top platform of the climbing
structure to the wood chips. Two staff saw Jeremiah shove him with both hands in the back after Leo
would not let him up the ladder. Leo was taken by EMS to Boston Children's: a broken femur that
needed surgery, and he hit his left temple on the way down (bruise, no bleed on the scan).
""",
    key="broken femur", mct=["climbing structure", "broken femur", "left temple"],
    mnc=["Guinea", "Muslim", "Talbot Ave"], cats=["national_origin", "religion", "neighborhood"],
    tags=["allow_violence", "precision_trap"])

add(79, "ACC", ground="drugs", substances=["hash", "THC wax"],
    when="2026-03-05T13:45:00-05:00", where="Another Course to College, 2nd floor",
    sid="610871", name="Tevin Baptiste-Rowe", dob="2008-06-11", grade=11, decision="deny",
    reason="excluded_substance",
    desc="""
A student stopped by her advisor's room at lunch and said, asking that her name not be used, that
Tevin "has dabs and hash" and sells them to kids from the Grove Hall area after school; she said he
"speaks Creole to the Haitian kids so nobody knows what he's saying." At 1:45 SSS Pryor checked
Tevin's jacket with him present: a small glass jar of amber THC wax and a brown block of hash wrapped
in foil. Nothing else was found.
""",
    mnc=["Grove Hall", "Creole", "Haitian"], cats=["neighborhood", "language", "ethnicity"],
    tags=["deny_substance"])

add(80, "BLA", ground="credible_threat",
    when="2026-06-02T07:30:00-04:00", where="Boston Latin Academy, main office",
    sid="473656", name="Lucas Ferreira-Dunne", dob="2008-11-30", grade=11, decision="allow",
    threat="""
Lucas posted a Google Form link titled "Who should go first" listing four teachers' names and the
words "last day, last period" with a photo of a handgun. Last day of classes is 6/2. A classmate
states that Lucas said on 6/1 "I'm doing it last period." Named people, a day and a weapon.
""",
    desc="""
Note taped to the front door of the main office, found by the custodian at 6:15 AM on 6/2, printed
in large type: "LUCAS F IN 11TH MADE A GOOGLE FORM ABOUT WHICH TEACHERS TO SHOOT. LAST PERIOD TODAY.
HE SHOWED THE GUN IN THE GROUP CHAT. HIS DAD IS FROM BRAZIL AND HIS MOM IS IRISH, THEY ARE BOTH NEVER
HOME, THEY LIVE IN THE APARTMENTS ON CENTRE STREET."

The Google Form, shared in a class chat, is titled "Who should go first" and lists four teachers
with the words "last day, last period" above a photo of a black handgun on a bedspread. A classmate
says Lucas told her on 6/1 "I'm doing it last period." Lucas was met at the door at 7:30 AM; his bag
was clear. Dismissal was moved earlier and all four teachers were told.
""",
    key="Who should go first", mct=["Google Form", "Who should go first", "four teachers"],
    mnc=["BRAZIL", "IRISH", "CENTRE STREET"], cats=["national_origin", "ethnicity", "neighborhood"],
    tags=["allow_threat"])

add(81, "BCL", ground="weapon", weapon="firearm", recipient="bpd/district-b3",
    when="2026-05-07T08:15:00-04:00", where="Boston Community Leadership Academy, side entrance",
    sid="500219", name="Dorian Vickers", dob="2008-10-08", grade=11, decision="deny",
    reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "vendor_match_results_0507.pdf"},
                 {"kind": "document", "name": "tip_TL-26-0455.txt"}],
    desc="""
Tip TL-26-0455 said a student was seen with a gun at the side entrance. The building's new camera
vendor ran the side entrance video through its FaceID search, which returned Dorian Vickers as the
top match (similarity 0.91). SSS searched Dorian at 8:15 and found a loaded revolver in his
waistband. The vendor's FaceID results and the tip are attached.
""",
    mnc=["FaceID", "0.91"], cats=["face_surveillance"], tags=["deny_face"])

add(82, "MPT", ground="weapon", weapon="taser",
    when="2025-10-28T10:10:00-04:00", where="Madison Park Technical Vocational High School, TV studio",
    sid="567341", name="Layla Haddad", dob="2009-04-12", grade=10, decision="allow",
    extra={"interpreter_needed": "Yes - Arabic (parent)", "program": "SEI Arabic strand"},
    desc="""
An anonymous student left a message on the counselor's voicemail at 7:10 AM: "Layla has a taser in
her bag. She shocked a boy in the TV studio yesterday on his neck while the camera crew was setting
up, like as a joke but he screamed. She said she'd do it to Dani for real."

At 10:10 AM the TV studio teacher and SSS Correia asked Layla to open her tote bag. Inside was a
black handheld taser with two metal prongs and a wrist strap, which sparked when SSS tested it
away from people. The boy (10th grade) showed the nurse two small burn marks on the left side of his
neck. Dani (10th grade) says Layla told her "you're next" after class.
""",
    key="taser", mct=["camera crew", "two small burn marks", "you're next"],
    mnc=["Arabic"], cats=["language"], tags=["allow_weapon", "structured_forbidden", "precision_trap"])

add(83, "DSA", ground="drugs", substances=["fentanyl"], recipient="bpd/district-b2",
    when="2026-01-06T12:30:00-05:00", where="Dearborn STEM Academy, 3rd floor stairwell",
    sid="622511", name="Jayden Pimentel", dob="2009-08-18", grade=10, decision="allow",
    desc="""
Web tip, received 1/5 at 11:48 PM:
Tip ID: 26-0008
Category: Drugs
Location: "stairwell C 3rd floor"
Details: "Jayden P posts on Facebook Marketplace like he's selling sneakers but the pictures have
'blues and powder' written on them. He sells at school in stairwell C after lunch. He lives in the
Whittier Street development, his whole family is Dominican and everybody over there knows him."

At 12:30 PM on 1/6 SSS Medina and the AP stopped Jayden in stairwell C. In his coat's inside pocket
were 6 folded wax-paper packets of a grey-white powder and a digital pocket scale with residue. Two
students told the AP they had bought "fent" from him. The nurse has Narcan on hand on the 3rd floor
as a precaution. Screenshots of the Facebook Marketplace listings are attached.
""",
    key="grey-white powder", mct=["Facebook Marketplace", "stairwell C", "digital pocket scale"],
    mnc=["Whittier Street", "Dominican"], cats=["neighborhood", "ethnicity"],
    attachments=[{"kind": "document", "name": "marketplace_screenshots.pdf"}],
    tags=["allow_drugs", "tip_form", "precision_trap"])

add(84, "EXC", ground="weapon", weapon="switchblade",
    when="2026-04-22T15:30:00-04:00", where="Excel High School, athletic storage room",
    sid="381890", name="Minh-Anh Pham", dob="2008-12-05", grade=11, decision="allow",
    desc="""
From the district tip line, a voice message left at 4:02 AM. The caller sounds like an adult man and
does not give a name: "The boy Minh-Anh on the rowing team, he has a switchblade in his crew bag. He
pulled it on another boy at crew practice at the boathouse and said he'd cut him if he told the
coach. The family goes to the Buddhist temple in Dorchester, the parents don't know anything."

At 3:30 PM, before the team left for the boathouse, the athletic director and SSS checked Minh-Anh's
crew bag in the athletic storage room. In a zip pocket was a black automatic switchblade with a 3.75
inch blade that opens with a button. The teammate (11th grade) confirmed that at crew practice on
4/20 Minh-Anh opened the knife near his stomach and said "tell coach and I'll cut you."
""",
    key="switchblade", mct=["crew practice", "automatic switchblade", "opens with a button"],
    mnc=["Buddhist"], cats=["religion"], tags=["allow_weapon", "precision_trap"])

add(85, "BRI", ground="weapon", weapon="machete", recipient="bpd/district-d14",
    when="2025-09-23T15:20:00-04:00", where="Brighton High School, bus stop at the front of the school",
    sid="539668", name="Omar Valdivia", dob="2008-07-26", grade=12, decision="allow",
    desc="""
A driver on the 57 bus line called the school at 3:05 PM and would not give his name. He said a kid
at the stop in front of Brighton High School was "waving a machete around like it's a joke" at a
group of younger students. He added: "He's one of the Mexican kids who live up in Brighton Center
over the bakery, I see him every morning, tell his mother."

At 3:20 PM SSS Kearney and the AP found Omar at the stop in front of Brighton High School with a
black backpack; the handle of a machete was sticking out of the top. The machete has an 18 inch
blade and an orange handle. Three 9th graders said Omar swung it toward them and said "run." No one
was cut.
""",
    key="machete", mct=["18 inch blade", "orange handle", "black backpack"],
    mnc=["Mexican", "Brighton Center", "over the bakery"], cats=["ethnicity", "neighborhood"],
    tags=["allow_weapon", "precision_trap"])

add(86, "MPT", ground="credible_threat",
    when="2026-03-13T10:00:00-04:00", where="Madison Park Technical Vocational High School, culinary wing",
    sid="568125", name="Yassin Belkacem", dob="2008-02-03", grade=12, decision="allow",
    extra={"accommodations": {"religious": "Friday prayer release 12:30-1:15"},
           "country_of_birth": "Algeria"},
    threat="""
Yassin told two culinary students on 3/12 that he would "take the cleaver from the kitchen and cut
Chef Moran's hand off tomorrow, in front of everyone." On 3/13 at 9:40 a cleaver was reported
missing from the culinary kitchen and was found in Yassin's locker at 10:00. A named teacher, a day
and a weapon he had taken.
""",
    desc="""
An anonymous note in the culinary wing suggestion jar, found at 8:30 AM: "Yassin said he's going to
take the cleaver and cut Chef Moran's hand off today in front of everyone because Chef failed him.
He said it twice. Please do something."

At 9:40 AM the culinary kitchen reported a meat cleaver missing from the knife rack. At 10:00 AM the AP
opened Yassin's locker with him present; the cleaver (10 inch blade, black handle, stamped "MPTV
KITCHEN") was inside, wrapped in a chef's apron. Two students say Yassin made the statement on 3/12
during cleanup. Chef Moran has been told and is working from the office today.
""",
    key="cleaver", mct=["suggestion jar", "MPTV KITCHEN", "chef's apron"],
    mnc=["Friday prayer", "Algeria"], cats=["religion", "national_origin"],
    tags=["allow_threat", "structured_forbidden"])

add(87, "CSH", ground="serious_violence", weapon="brass knuckles", recipient="bpd/district-c11",
    when="2025-11-21T15:15:00-05:00", where="Community Academy of Science and Health, front steps",
    sid="477840", name="Kareem Baptiste", dob="2008-05-28", grade=12, decision="allow",
    desc="""
Instagram direct message to a teacher's school-linked account, 11/21 at 5:02 PM, from an account with
no posts and no name: "Mr. D, the one who beat up Chris on the steps today is Kareem. He had the
knuckles on. He's Trini, him and his brothers go to the church on Norfolk Street, they think they
can't get touched."

What staff know: at 3:15 PM on the front steps Chris (11th grade) was punched repeatedly in the face
by a student wearing metal knuckles. Staff arriving saw a student in a Celtics jersey walk away
fast; two students named Kareem. Chris was taken to St. Elizabeth's Medical Center with a broken
nose and a fractured eye socket. A set of silver brass knuckles was found in a planter at the bottom
of the steps.
""",
    key="fractured eye socket", mct=["Celtics jersey", "St. Elizabeth's Medical Center", "fractured eye socket"],
    mnc=["Trini", "church"], cats=["national_origin", "religion"],
    tags=["allow_violence", "precision_trap"])

add(88, "DOA", ground="fight",
    when="2026-02-27T11:50:00-05:00", where="Dorchester Academy, cafeteria",
    sid="420664", name="Luis Ocasio", dob="2009-06-22", grade=10, decision="deny",
    reason="ground_not_permitted",
    desc="""
An anonymous text at 10:20 AM said two 10th grade boys were going to fight at lunch because of
"Latin Kings business" and that Luis is "the Latin Kings kid from the Franklin Field side." Staff
were posted in the cafeteria, but at 11:50 the boys started punching each other by the tray return.
It lasted under a minute. Both had scrapes and one had a bloody lip; the nurse cleaned them up and
neither went to the hospital. No weapons were involved.
""",
    mnc=["Latin Kings", "Franklin Field"], cats=["gang_affiliation", "neighborhood"], tags=["deny_ground"])

add(89, "BGA", ground="weapon", weapon="firearm",
    when="2026-04-30T09:05:00-04:00", where="Boston Green Academy, 3rd floor bathroom",
    sid="653902", name="Jalen Whitaker", dob="2008-09-15", grade=11, decision="allow",
    extra={"race": "Black or African American", "ethnicity": "Not Hispanic/Latino",
           "gang_flag": "Associate - per SRO note 2025", "residence_zip": "02119"},
    desc="""
The head custodian, Mr. Velez, said a student came up to him while he was getting his iced coffee at
the corner store before school and told him: "check the ceiling tile in the 3rd floor boys room,
Jalen put his gun up there yesterday." The student walked out before Mr. Velez could get a name.

At 9:05 AM Mr. Velez and SSS Pope checked the 3rd floor boys bathroom. Above the second ceiling
tile from the window, wrapped in a plastic grocery bag, was a black Taurus 9mm pistol with a loaded
magazine. BPD took custody at 9:20. Jalen was in 2nd period; he was brought to the office and said he
knew nothing about it. The 3rd floor hallway camera, reviewed by the AP, shows Jalen going into that
bathroom carrying a plastic grocery bag at 2:47 PM the day before and coming out without it.
""",
    key="Taurus 9mm pistol", mct=["iced coffee", "ceiling tile", "plastic grocery bag"],
    mnc=["Black or African American", "Hispanic", "Associate - per SRO", "02119"],
    cats=["ethnicity", "gang_affiliation", "neighborhood"],
    tags=["allow_weapon", "structured_forbidden", "precision_trap"])

add(90, "CHS", ground="drugs", substances=["cocaine"], recipient="bpd/district-a15",
    when="2026-05-19T13:30:00-04:00", where="Charlestown High School, rear lot",
    sid="531907", name="Ricky Medeiros", dob="2008-11-08", grade=12, decision="allow",
    desc="""
A friend of a parent called the school at 11:00 AM and would not leave a name. She said she works
near the school and has seen Ricky "selling coke out of his car in the rear lot" at lunch three days
in a row, to kids and to adults, and that he keeps it in a Hot Wheels case in the glovebox. She also
said: "His family came from the Azores, they're Portuguese-speaking, the grandparents don't read
English, so you'll need someone who can talk to them."

At 1:30 PM SSS and the AP approached Ricky's silver Corolla in the rear lot. With his consent, the
glovebox was opened: inside a plastic Hot Wheels carrying case were 20 small bags of white powder and
a roll of cash ($380). Ricky said he was "holding it for a friend." A 9th grader who was at the car
window when staff arrived had $40 in his hand.
""",
    key="20 small bags of white powder", mct=["Hot Wheels carrying case", "20 small bags of white powder", "$380"],
    mnc=["Azores", "Portuguese-speaking", "read English"], cats=["national_origin", "language"],
    tags=["allow_drugs", "precision_trap"])

add(91, "FRE", ground="credible_threat", recipient="bpd/district-c11",
    threat="""
A TikTok posted on 10/14 shows a student holding a handgun and saying "Frederick, tomorrow, 3rd
lunch." The post names the school, a day and a lunch period.
""",
    when="2025-10-15T07:30:00-04:00", where="Lilla G. Frederick Middle School",
    sid="703349", name="Marcus Oyelowo", dob="2012-01-20", grade=8, decision="deny",
    reason="face_surveillance",
    attachments=[{"kind": "face_match", "name": "pimeyes_search_marcus.png"}],
    desc="""
A parent's friend sent us a TikTok of a masked boy with a handgun threatening the school. The
assistant principal uploaded a still from the video to an online face search site, which returned
Marcus Oyelowo's old soccer team photo as a match. Marcus was held at the door at 7:30 and his bag
was clear. The search results are attached to confirm the identification.
""",
    mnc=["face search site", "soccer team photo"], cats=["face_surveillance"], tags=["deny_face"])

add(92, "EBH", ground="credible_threat", recipient="bpd/district-a7",
    when="2025-12-01T08:20:00-05:00", where="East Boston High School, main office",
    sid="550318", name="Andres Liendo", dob="2009-03-11", grade=10, decision="allow",
    threat="""
On 11/30 Andres sent a voice note in a class group chat: "Monday I'm bringing it. Anybody by the
gym doors at 2:10 is getting it, on my mother." A classmate reported he showed a handgun on a video
call the same night. Specific place, time and a weapon shown.
""",
    desc="""
Tip line, anonymous, received Sunday 11/30 at 10:22 PM:

"andres in 10th sent a voice note in the chat that monday he's bringing it and anybody by the gym
doors at 2:10 is getting it. he showed a gun on a video call. he's venezuelan, his family has TPS,
they're scared to go to the police so they wont help you. they live on Bennington Street by the
church."

The voice note (forwarded by two students) is 11 seconds long. In it a voice the AP knows as Andres's
says "Monday I'm bringing it. Anybody by the gym doors at 2:10 is getting it, on my mother." A third
student says that on a video call that night Andres held up a small black handgun. On Monday the gym
doors were locked and dismissal was staggered; Andres was absent.
""",
    key="gym doors at 2:10", mct=["11 seconds long", "gym doors at 2:10", "small black handgun"],
    mnc=["venezuelan", "family has TPS", "Bennington Street"],
    cats=["national_origin", "immigration_status", "neighborhood"], tags=["allow_threat"])

add(93, "ACC", ground="weapon", weapon="knife", recipient="mbta-transit-police",
    when="2026-03-25T15:00:00-04:00", where="Another Course to College, MBTA stop outside",
    sid="611930", name="Dwayne Pickett", dob="2008-04-30", grade=11, decision="deny",
    reason="recipient_not_permitted",
    desc="""
A bus driver radioed dispatch at 2:50 that a rider told her "the tall kid at the stop has a knife
out" and added that the kid "always takes the train home to the West Broadway development." At 3:00
SSS Malone found Dwayne at the stop outside the school and he handed over a folding knife with a
3 inch blade. No one was hurt. Because the stop is MBTA property, the AP sent the report to the MBTA
Transit Police.
""",
    mnc=["West Broadway"], cats=["neighborhood"], tags=["deny_recipient"])

add(94, "JQU", ground="weapon", weapon="pepper spray", recipient="bpd/district-a1",
    when="2026-05-13T12:45:00-04:00", where="Josiah Quincy Upper School, native plants garden",
    sid="619374", name="Selam Tesfamariam", dob="2009-07-31", grade=10, decision="allow",
    desc="""
The note came folded inside a library book returned through the drop slot: "Selam has pepper spray
and sprayed it at a boy behind the school in the native plants garden. She said next time she will
spray the whole bus. She is Eritrean and talks Tigrinya with her cousin so the teachers can't
understand her threats."

At 12:45 PM the AP asked Selam to bring her bag. In the front pocket was a pink pepper spray keychain
canister, partly used. The boy (9th grade) confirmed she sprayed him in the native plants garden at
lunch on 5/12; he washed his eyes in the garden hose and did not tell anyone. The nurse checked him
today.
""",
    key="pepper spray", mct=["native plants garden", "pink pepper spray keychain", "garden hose"],
    mnc=["Eritrean", "Tigrinya"], cats=["ethnicity", "language"], tags=["allow_weapon", "precision_trap"])

add(95, "BAA", ground="serious_violence", weapon="scissors",
    when="2026-01-28T10:35:00-05:00", where="Boston Arts Academy, costume shop",
    sid="603558", name="Amari Redding", dob="2008-09-09", grade=12, decision="allow",
    desc="""
Tip line, text, 1/28 at 11:20 AM: "Amari stabbed a girl with scissors in the costume shop, everybody
saw. Amari's brother is big in Castlegate, she thinks she's protected. Please don't share my number."

Staff account: at 10:35 AM in the costume shop, after an argument that the teacher describes as
loud, with foul language on both sides, Amari stabbed an 11th grade student in the right thigh with a
pair of 8 inch fabric shears. The teacher applied a tourniquet from the first aid kit. EMS took the
student to Tufts Medical Center; the shears cut an artery and she needed surgery. The shears were
bagged by SSS.
""",
    key="fabric shears", mct=["right thigh", "foul language", "cut an artery"],
    mnc=["Castlegate"], cats=["gang_affiliation"], tags=["allow_violence", "precision_trap"])

add(96, "BLA", ground="drugs", substances=["MDMA", "cannabis"], recipient="bpd/district-b2",
    when="2026-02-20T14:10:00-05:00", where="Boston Latin Academy, 2nd floor near the auditorium",
    sid="474921", name="Ethan Seo", dob="2008-03-25", grade=12, decision="allow",
    desc="""
An anonymous email to the guidance office, 2/20 at 6:40 AM: "Ethan Seo is selling ecstasy pills, the
pink Tesla-logo ones, and weed, he was selling at the Black History Month assembly yesterday right
outside the auditorium. He's Korean and his parents are elders at a Presbyterian church in Newton, so
nobody would believe it."

At 2:10 PM the AP and SSS checked Ethan's backpack with him present. In a sunglasses case were 10
pink tablets stamped with the Tesla logo and a small bag of marijuana. A junior told the AP she bought
"a Tesla" from Ethan outside the auditorium during the Black History Month assembly on 2/19.
""",
    key="Tesla logo", mct=["sunglasses case", "10 pink tablets", "Black History Month assembly"],
    mnc=["Korean", "Presbyterian"], cats=["ethnicity", "religion"], tags=["allow_drugs", "precision_trap"])

add(97, "USA", ground="credible_threat", recipient="bpd/district-e13",
    when="2026-06-09T08:30:00-04:00", where="Urban Science Academy",
    sid="493502", name="Hector Quispe", dob="2009-09-09", grade=10, decision="deny",
    reason="missing_threat_statement",
    desc="""
A caller to the front office at 8:05 AM would not give her name. She said Hector "is going to do
something big on the last day, something people will remember," and that her son heard it on the
bus. She said the family is Peruvian and "speaks Quechua, so they won't understand if you call."
Hector was spoken to by the AP at 8:30 and said he meant a party. No post or message has been found.
Statement to be added.
""",
    mnc=["Peruvian", "Quechua"], cats=["ethnicity", "language"], tags=["deny_threat_missing"])

add(98, "ENG", ground="weapon", weapon="knife", recipient="bpd/district-e13",
    when="2025-11-10T09:50:00-05:00", where="English High School, gym bleachers",
    sid="459911", name="Karim Nassar", dob="2009-02-21", grade=11, decision="allow",
    desc="""
From a parent's friend who runs the corner store across from English High School, by phone, 8:55 AM:
"One of your boys came in this morning showing off a knife, a big one with a wood handle, saying he
was going to 'handle' a kid named Jonah in gym. He had a Cuban link chain on and a white Sox hat.
I think his name is Karim. His family is Lebanese, Maronite, the mother comes in for bread."

At 9:50 AM the gym teacher and SSS asked Karim, who was on the bleachers in a white Red Sox hat and a
gold Cuban link chain, to step out. From the waistband of his sweatpants he handed over a hunting
knife with a wooden handle and a 6 inch blade. Jonah (11th grade) said Karim had been texting him
"see you in gym" since Friday.
""",
    key="hunting knife", mct=["Cuban link chain", "white Red Sox hat", "see you in gym"],
    mnc=["Lebanese", "Maronite"], cats=["ethnicity", "religion"], tags=["allow_weapon", "precision_trap"])

add(99, "HEN", ground="credible_threat",
    when="2025-09-29T08:00:00-04:00", where="Henderson K-12 Inclusion School, upper campus",
    sid="598204", name="Patrice Mbemba", dob="2008-12-18", grade=12, decision="allow",
    threat="""
On 9/28 Patrice posted on Snapchat a photo of a rifle with the text "Henderson upper, Monday, 2nd
period, it's happening," and sent a classmate the message "I'm not playing this time." Named
school, day and period, with a firearm shown.
""",
    desc="""
Voicemail on the district tip line, Sunday 9/28 at 11:51 PM, a woman's voice:

"Hello, I don't want to give my name. My daughter's friend showed her a Snapchat from a boy named
Patrice at the Henderson, it's a gun, a long gun, and it says Monday second period it's happening.
The family is Congolese, they are on asylum, they speak Lingala, they will not answer the police.
He is a big Red Sox Nation kid, always in the jersey, that's how you'll know him."

On Monday 9/29 SSS met Patrice at the upper campus door at 8:00 AM; he was in a Red Sox jersey. His
bag was clear. The Snapchat, saved by two students, shows a black rifle on a car seat with the text
"Henderson upper, Monday, 2nd period, it's happening." A classmate received a direct message from
him on 9/28: "I'm not playing this time."
""",
    key="2nd period", mct=["black rifle on a car seat", "Red Sox jersey", "I'm not playing this time"],
    mnc=["Congolese", "asylum", "Lingala"], cats=["national_origin", "immigration_status", "language"],
    tags=["allow_threat", "precision_trap"])

add(100, "CHS", ground="weapon", weapon="firearm", recipient="bpd/district-a15",
    when="2025-11-28T09:30:00-05:00", where="Charlestown High School, 2nd floor hallway",
    sid="532146", name="Ty'Quan Moseley", dob="2008-06-02", grade=11, decision="allow",
    desc="""
The day after Thanksgiving we had a half day for a make-up program. A parent's friend called the
school on Black Friday morning at 8:10 and said she would not give a name "because of who these
people are." Her account: at a family party on Thanksgiving night she saw Ty'Quan show his cousins a
gun in a Crown Royal bag and say he "keeps it on him at school now." She said he "claims Crips like
his cousins from Orchard Gardens" and that the family "is Dominican, everybody over there knows
them."

At 9:30 AM SSS and the AP stopped Ty'Quan in the 2nd floor hallway and asked for his bag. In a
purple Crown Royal bag at the bottom was a silver .22 revolver, loaded with six rounds. BPD A-15 took
the revolver at 9:41. Ty'Quan said it was for protection on the walk from the bus.
""",
    key=".22 revolver", mct=["Crown Royal bag", "silver .22 revolver", "Black Friday"],
    mnc=["Crips", "Orchard Gardens", "Dominican"],
    cats=["gang_affiliation", "neighborhood", "ethnicity"], tags=["allow_weapon", "precision_trap"])


# ---------------------------------------------------------------------------
# self-checks on the labels (authoring aids only) and output
# ---------------------------------------------------------------------------

def _selfcheck():
    ids = [c["id"] for c in CASES]
    assert ids == [f"OCC-{i:04d}" for i in range(1, 101)], "ids must run OCC-0001..OCC-0100"
    for c in CASES:
        e, r = c["expect"], c["request"]
        desc = r["incident"]["description"]
        kept_text = " ".join(e["must_contain"] + e["must_contain_text"]).lower()
        for s in e["must_not_contain"]:
            assert s.lower() not in kept_text, (c["id"], s)
        if e["decision"] == "allow":
            assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]
            assert r["ground"] in ("weapon", "drugs", "credible_threat", "serious_violence"), c["id"]
            assert r["recipient"] == "bpd" or r["recipient"].startswith("bpd/"), c["id"]
            if r["ground"] == "credible_threat":
                assert r.get("threat_statement"), c["id"]
        assert 200 <= len(desc) <= 1800, (c["id"], len(desc))


def main():
    _selfcheck()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    dec = Counter(c["expect"]["decision"] for c in CASES)
    tags = Counter(t for c in CASES for t in c["expect"]["tags"])
    reasons = Counter(c["expect"].get("reason") for c in CASES if c["expect"]["decision"] == "deny")
    print(f"wrote {len(CASES)} cases to {OUT}")
    print("decisions:", dict(dec))
    print("deny reasons:", dict(reasons))
    print("tags:", dict(sorted(tags.items())))


if __name__ == "__main__":
    main()
