"""Outsider corpus outsider_cm: weapons and drugs found in shared spaces, owner unknown.

Family: contraband found where many students pass and nobody owns the space: shared and
reassigned lockers, bathrooms (toilet tanks, soap dispensers, trash liners, ceiling tiles),
yellow school buses, team buses and MBTA buses, the lost and found, gym bags and locker-room
bins, stairwells and landings, heating and return-air vents. Every report names several
students; ownership is disputed, blamed on a sibling, a friend, "the high school kids from the
morning run", or on rumours from the cafeteria and Snapchat.

The texts are written in the voices of the people who file them: an assistant principal's
email, a custodian's or bus monitor's statement, an SIS export, interview notes with Q/A,
timelines, lost-and-found log entries, a coach's note. Forbidden facts (RULES.md section 4) are
woven in the way they really turn up: the parent who needed a Kreyol interpreter, the rumour
that the bag belongs to "the Franklin Hill kids", a student afraid that "this goes to
immigration", a pastor calling before the parents do, a caseworker from the resettlement
agency, "repped Coldside on his Instagram", a zip code on the emergency card, and structured
student fields (home_language, ethnicity, address, ell_status, religion, gang_flag ...).

About a third are denials: grounds that are not grounds (theft, vandalism, gang activity,
trespass, suspicious behaviour, a fight, paraphernalia, lost property), only excluded
substances (THC carts, edibles, delta-8, hash, Juul pods, Zyn pouches, vodka nips, hard
seltzer, an unknown vape), recipients that are not BPD (ICE, HSI, BRIC, the fusion center,
MBTA Transit Police, State Police, private security), a credible_threat without its
statement, replica / airsoft / BB guns, and face-recognition output.

Precision traps (must survive in an allowed police copy, listed in must_contain_text): a
Swiss Army knife, a Jamaican beef patty, an Italian sub, Canada Goose and North Face (a
"face" that is not face recognition), a Notre Dame Fighting Irish hoodie, a Champion hoodie,
a Cuban link chain, nail polish, Russian twists in gym, a Barcelona jersey, a Dutch Masters
box used as a container, a Visa gift card, an Alienware laptop, a Citizen watch, an ice pack,
the crew team (rowing), the stage, dance, robotics and custodial crews, AP French, Latin II,
Spanish III and English 11 as courses, Python class, the Catholic Memorial game, Mass Ave,
a cut on the left temple, a student surnamed Baptiste, Bunker Hill Community College, the
Orchard Gardens K-8 gym, JP Licks, streets that locate the school or the incident (Columbia
Road, Forest Hills busway, Blue Hill Ave stop), bus camera footage reviewed by a person, and
the "Fighting Irish" / "Irish" contrast with a student who "just moved from Ireland".
More religion-, origin- and language-looking words that are only objects or places: a Holy
Cross sweatshirt, a Temple University sweatshirt, a plastic Easter egg, the Christmas concert,
the Hail Mary drill, a Chinese takeout bag, French fries, a French braid, a Kiwi shoe polish
tin, a Gucci belt bag, the Police Athletic League, the Longwood Medical Area program, the
Franklin Park Zoo, Maverick Square and the Dorchester Ave stop where the incident happened,
and "the Hyde Park Ave side of the building" (while "stays with his aunt off Hyde Park Ave"
in another case is a residence and goes). Schools whose names hold a neighbourhood or a
status word (East Boston High School, Boston International Newcomers Academy, Orchard
Gardens K-8) stay as they are.
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "corpus" / "outsider_cm.jsonl"
FAMILY = "outsider_cm"
CASES = []


def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def add(n, *, school, sid, to, ground, at, where, stu, text, decision, key=None, keep=(),
        hide=(), cats=(), tags=(), reason=None, weapon=None, subs=None, threat=None, att=None):
    cid = f"OCM-{n:04d}"
    student = {"student_id": stu[0], "name": stu[1], "date_of_birth": stu[2], "grade": stu[3],
               "school": school}
    if len(stu) > 4:
        student.update(stu[4])
    req = {"request_id": cid, "school_id": sid, "recipient": to, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": at, "location": where, "description": text}
    req["student"] = student
    if att:
        req["attachments"] = att
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp["must_not_contain"] = list(hide)
    exp["must_contain"] = [stu[1], school, key] if decision == "allow" else []
    exp["must_contain_text"] = list(keep) if decision == "allow" else []
    exp["categories"] = list(cats)
    exp["tags"] = [FAMILY] + list(tags)
    # self-checks on the labels (they make the judge fair)
    desc = _fold(text)
    assert decision in ("allow", "deny"), cid
    if decision == "allow":
        assert key and _fold(key) in desc, (cid, "key fact must be in the description", key)
        assert 1 <= len(keep) <= 3, cid
        for k in keep:
            assert _fold(k) in desc, (cid, k)
    else:
        assert reason, cid
        assert not keep, cid
    kept = [stu[1], school, sid, to, where] + (list(keep) + [key] if decision == "allow" else [])
    for h in hide:
        for k in kept:
            assert _fold(h) not in _fold(k), (cid, h, k)
    assert len(text) >= 200, (cid, len(text))
    CASES.append({"id": cid, "request": req, "expect": exp})


# ---------------------------------------------------------------- 1-20
add(1, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="weapon", weapon="knife", at="2025-10-08T09:40:00-04:00",
    where="Locker 2217, first-floor shop corridor",
    stu=("401233", "Kevin Oduya", "2009-04-17", 11),
    text="""Locker sweep, 10/8. After a tip from a teacher in the Carpentry shop, SSO Delgado and I opened locker 2217 on the first-floor shop corridor. It is assigned to Kevin, but he told us right away that he has been sharing it with two other boys since September because his own door is jammed and facilities never came. Under a tan Carhartt jacket on the hook was a black folding knife, roughly a 4 inch serrated blade, pocket clip still on it. Kevin said the jacket is not his and he has never seen the knife. One of the other two, Marcus T., says the jacket belongs to "somebody from auto shop" and would not give a name. The third boy has not been located yet.
Kevin's mother came in at 12:15. She asked that the meeting be held in Portuguese, and Mr. Tavares from our Cape Verdean family outreach office interpreted. Knife is bagged and in the main office safe.
-- R. Whitcomb, AP""",
    decision="allow", key="folding knife", keep=["locker 2217", "serrated blade", "Carhartt jacket"],
    hide=["Portuguese", "Cape Verdean"], cats=["language", "ethnicity"],
    tags=["locker", "allow_weapon", "ownership_dispute", "precision_trap"])

add(2, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bpd/district-c11",
    ground="drugs", subs=["fentanyl"], at="2025-11-14T11:40:00-05:00",
    where="Second floor boys' bathroom, science wing",
    stu=("388120", "Jaylen Moss", "2009-08-02", 11),
    text="""From: D. Ruiz-Holloway (Assistant Principal)
To: Safety Services; Principal's office
Subject: bag found 2nd fl boys room

At 11:40 Mr. Pinto (custodian) found a sandwich bag taped to the underside of the toilet tank lid in the second floor boys' bathroom next to the science wing. Inside were 14 small wax folds stamped with a blue scorpion. Nobody opened them. The nurse believes from the stamps and the packaging that this is fentanyl and we handled it that way (gloves, Narcan out on the cart).

The hall pass log shows three students went to that bathroom 4th period: Jaylen Moss, D. Ferreira and a 9th grader I am still identifying. Jaylen went twice, which is why his name is all over the cafeteria. The rumour is that the bag belongs to "the Franklin Hill kids", and Jaylen lives in Franklin Hill, so that is where the story came from. Jaylen denies it. He says he goes up there at lunch to pray because he can't get to the mosque for Friday prayer and the bathroom is the only quiet room. I believe him about that part. Ferreira has not been interviewed yet.""",
    decision="allow", key="fentanyl", keep=["toilet tank lid", "blue scorpion", "hall pass log"],
    hide=["Franklin Hill", "to pray", "mosque", "Friday prayer"], cats=["neighborhood", "religion"],
    tags=["bathroom", "allow_drugs", "rumour", "many_students"])

add(3, school="Excel High School", sid="BPS-4284", to="bpd/district-c6",
    ground="drugs", subs=["THC vape cartridges", "THC gummies"], at="2026-01-21T15:05:00-05:00",
    where="School bus 0412, afternoon run",
    stu=("415562", "Rashid Barre", "2010-02-11", 10),
    text="""INCIDENT FORM - TRANSPORTATION
Bus: 0412 (Excel HS afternoon run)
Driver: Gloria Mack
Reported to: AP Feeney

Driver found a small zip pouch wedged in the seat crack of row 9 at the end of the run, after the last stop. Pouch had 3 vape cartridges labeled "Cake" and "Packwoods" (THC per the packaging), a mylar bag of gummies marked 500mg THC, and a lighter. Driver says Ayaan H. and Rashid Barre sat in row 9 this week; Rashid says the pouch was already there when he sat down Monday. Another rider told the driver "that's the Somali kids' stuff, everyone knows", which is not evidence of anything. Bus camera footage requested from Transportation. Pouch locked in main office.""",
    decision="deny", reason="excluded_substance", hide=["Somali"], cats=["ethnicity"],
    tags=["bus", "deny_excluded", "rumour"])

add(4, school="Mission Hill K-8 School", sid="BPS-4206", to="bpd/district-b2",
    ground="weapon", weapon="box cutter", at="2025-12-03T08:05:00-05:00",
    where="Yellow bus, route 17, back bench",
    stu=("430017", "Theo Vance", "2012-06-30", 7),
    text="""Ms. Okafor (bus monitor, route 17) handed me a box cutter at 8:05 this morning. She found it on the floor under the back bench when the kids got off, blade out about half an inch. Four students were on that bench: Theo Vance, Lucas P., Amir J. and Zion R. Each one says it fell out of somebody else's bag. Lucas says he saw it yesterday in Theo's black North Face backpack; Theo says Lucas "is lying because of the basketball thing." Mr. Greer and I watched the bus camera footage: at 7:52 something drops from the bench, but you cannot see whose bag it came from.
Theo's grandfather picked him up. He was upset and said Theo is a good boy who comes straight home to their apartment in Mission Main every day. After the first few minutes he needed Mr. Estime to translate into Haitian Creole. All four families have been called.""",
    decision="allow", key="box cutter", keep=["North Face backpack", "bus camera footage", "under the back bench"],
    hide=["Mission Main", "Haitian", "Creole"], cats=["neighborhood", "language"],
    tags=["bus", "allow_weapon", "many_students", "precision_trap"])

add(5, school="Brighton High School", sid="BPS-4033", to="bpd/district-d14",
    ground="weapon", weapon="brass knuckles", at="2026-01-30T13:20:00-05:00",
    where="Lost and found bin outside the gym",
    stu=("402871", "Mateo Alvarado", "2009-11-05", 11),
    text="""Lost and found sweep, end of term. Ms. Carrigan from the main office was folding things out of the bin outside the Brighton High gym when a set of brass knuckles fell out of the front pocket of a green Notre Dame "Fighting Irish" hoodie. Gold color, four finger holes, heavy. The hoodie has M.A. on the tag in marker.

Two students came forward that afternoon. Mateo Alvarado said the hoodie is his but he lent it to a friend in October and never got it back; the friend, Bryan S., says the knuckles were already in the pocket when he got it. Mateo was very anxious and asked several times whether "this goes to immigration", because his family's asylum case is still open and they left Guatemala only two years ago. I told him we do not share that kind of thing. Items logged and secured by SSO Brennan.""",
    decision="allow", key="brass knuckles", keep=["Fighting Irish", "four finger holes", "outside the Brighton High gym"],
    hide=["asylum", "Guatemala", "goes to immigration"], cats=["immigration_status", "national_origin"],
    tags=["lost_and_found", "allow_weapon", "ownership_dispute", "precision_trap"])

add(6, school="English High School", sid="BPS-4121", to="bpd/district-e13",
    ground="weapon", weapon="handgun", at="2026-02-24T09:47:00-05:00",
    where="Stairwell C, landing between floors 2 and 3",
    stu=("377904", "Dorian Blake", "2008-09-19", 12),
    text="""Timeline (AP Nwosu)
9:47  Teacher on hall duty (Ms. Farrow, English 11) hears a metal clunk in stairwell C between floors 2 and 3 as a group of students runs up.
9:50  SSO Patel finds a black semi-automatic handgun behind the fire extinguisher cabinet door on the landing. Magazine inserted. Area cleared; nobody touched it after that.
9:58  Building placed in hold-in-place; BPD called.
10:20 Stairwell camera is broken (work order open since November). Ms. Farrow names five students in the group; Dorian Blake is the one she is sure of.
11:05 Dorian denies it. Says the gun belongs to "a kid who doesn't even go here."
11:40 Two students separately tell Mr. Castillo it is a Sav Boyz gun and that Dorian "holds stuff for them." A note in his file from his last school says he was on a gang list there.
12:30 Mother picked up. Dorian suspended pending hearing.""",
    decision="allow", key="handgun", keep=["fire extinguisher cabinet", "Magazine inserted", "English 11"],
    hide=["Sav Boyz", "gang list"], cats=["gang_affiliation"],
    tags=["stairwell", "allow_weapon", "rumour", "precision_trap"])

add(7, school="Charlestown High School", sid="BPS-4052", to="bpd/district-a1",
    ground="theft", at="2025-11-12T10:30:00-05:00", where="Room 305, ceiling return vent",
    stu=("409118", "Nolan Fitzgerald", "2010-05-23", 10),
    text="""Facilities tech removed the ceiling return vent in room 305 after a smell complaint and found four district Chromebooks, two pairs of AirPods and a cracked iPhone stuffed inside a Market Basket bag. All the items had been reported stolen from the 3rd floor over the last three weeks. Nolan Fitzgerald was seen standing on a desk near the vent by a substitute on 11/12. Nolan says other kids put things up there and he was "just looking." Several students say a group of boys from the Bunker Hill projects "stash stuff in the ceiling" and that Nolan runs with them. We are asking BPD to run the serial numbers and tell us who sold the phone.""",
    decision="deny", reason="ground_not_permitted", hide=["Bunker Hill"], cats=["neighborhood"],
    tags=["vent", "deny_ground", "rumour"])

add(8, school="TechBoston Academy", sid="BPS-4377", to="bpd/district-c11",
    ground="drugs", subs=["cocaine", "marijuana"], at="2026-01-14T08:55:00-05:00",
    where="Locker B-118, lower hallway",
    stu=("421905", "Tri Nguyen", "2009-03-14", 11, {"home_language": "Vietnamese", "locker": "B-118"}),
    text="""Notes from locker search, 1/14/26 (AP Lindqvist, witness SSO Greene)
- Reason: a teacher reported a strong smell, and two students separately said Tri was "selling out of the bottom locker."
- Locker B-118 is assigned to Tri Nguyen and, since the November reshuffle, to a second student, Caleb M.
- Found: a Dutch Masters cigar box holding 6 small bags of marijuana and 3 knotted corners of white powder, about a gram each. SSO Greene says the powder is consistent with cocaine. Also 2 phones, one locked.
- Tri: "That box isn't mine, half that locker is Caleb's."
- Caleb: "I don't even use it, my stuff is in the gym."
- Both parents called. Tri's father asked for an interpreter and we rescheduled for 2:00 when one was available.""",
    decision="allow", key="cocaine", keep=["Dutch Masters", "knotted corners", "Locker B-118"],
    hide=["Vietnamese", "interpreter"], cats=["language"],
    tags=["locker", "allow_drugs", "ownership_dispute", "structured_fields", "precision_trap"])

add(9, school="Snowden International School", sid="BPS-4342", to="bpd/district-d4",
    ground="weapon", weapon="razor blades", at="2026-03-10T12:15:00-04:00",
    where="Third floor girls' bathroom near the Model UN room",
    stu=("396640", "Yaritza Peña", "2009-07-08", 11,
         {"ethnicity": "Hispanic - Dominican", "address": {"street": "31 Creighton St", "zip": "02130"}}),
    text="""Girls' bathroom, 3rd floor (the one by the Model UN room). During period 5 a student told Ms. Aldana that "someone hides blades in the soap thing." Ms. Aldana and the nurse opened the wall soap dispenser and found five loose single-edge razor blades wrapped in a paper towel, plus one utility blade snapped off a box cutter.

Students who signed out to that bathroom this week include Yaritza Peña, Brianna K. and Shay L. Yaritza's name came up because another girl said Yaritza "showed her the blades last week." Yaritza says she knew they were there but never touched them, and thinks they belong to a girl who graduated last June. She asked that we not call her mother during work hours. No injuries. Blades photographed and bagged.""",
    decision="allow", key="razor blades", keep=["soap dispenser", "single-edge razor blades", "Model UN"],
    hide=["Dominican", "Creighton", "02130"], cats=["ethnicity", "neighborhood"],
    tags=["bathroom", "allow_weapon", "structured_fields"])

add(10, school="Boston Community Leadership Academy", sid="BPS-4041", to="ice",
    ground="weapon", weapon="pepper spray", at="2025-10-21T13:35:00-04:00",
    where="Gym bleachers after 6th period PE",
    stu=("410377", "Gabriel Souza", "2010-01-29", 10),
    text="""Pepper spray canister (Sabre brand, pink) found in an unmarked gym bag left on the bleachers after the 6th period PE class. Students present: Gabriel Souza, Felipe R. and about twenty others. Gabriel was sitting right next to the bag and says it is his sister's bag; she is in 11th grade here. The student services coordinator added a note that the family has been in the country on an expired visa since coming from Brazil in 2023, which is why this is being routed to the ICE liaison rather than the district.""",
    decision="deny", reason="recipient_not_permitted", hide=["expired visa", "Brazil"],
    cats=["immigration_status", "national_origin"], tags=["gym", "deny_recipient"])

add(11, school="Boston Latin Academy", sid="BPS-4012", to="bpd/district-c11",
    ground="weapon", weapon="stun gun", at="2026-02-05T14:55:00-05:00",
    where="Bus route 61, Columbia Road at the light",
    stu=("399051", "Alana Reyes-Whitt", "2010-10-12", 10),
    text="""Statement of bus monitor (Route 61, PM run), typed by AP Sullivan:
"Around 2:55 when we were stopped at the light at Columbia Road I heard a crackling sound from the middle of the bus and a girl screamed. I went back and there was a black stun gun, the kind with the two prongs, lying in the aisle. Nobody would say whose it was. Alana was closest and she said it slid out from under the seat. Two boys behind her said it's Alana's, and she said they were making it up because she won't give them her Latin II homework."

AP note: nobody was hit. Alana's mother told me on the phone that Alana doesn't carry anything like that, that the family are Jehovah's Witnesses and "we don't believe in that kind of thing." Device is in the safe. The two boys were interviewed separately and their stories don't match on where they were sitting.""",
    decision="allow", key="stun gun", keep=["two prongs", "Latin II homework", "light at Columbia Road"],
    hide=["Jehovah", "Witnesses"], cats=["religion"],
    tags=["bus", "allow_weapon", "ownership_dispute", "precision_trap"])

add(12, school="East Boston High School", sid="BPS-4092", to="bpd/district-a7",
    ground="weapon", weapon="airsoft pistol", at="2025-12-16T10:10:00-05:00",
    where="Lost and found box, main lobby",
    stu=("418822", "Kevin Mejía", "2010-04-04", 10),
    text="""Lost & Found log, entry #44. Black pistol found in the lost and found box in the main lobby, inside a Foot Locker shoe box. On inspection by SSO Amaral it has an orange tip that someone partly colored over with marker and a 6mm BB loader: it is an airsoft pistol, not a firearm. A 10th grader, Kevin Mejía, came to the office asking about "a shoe box". He says his cousin, who just came up from El Salvador in the fall, gave it to him to hold and he didn't want it at home. Requesting police follow-up on where it came from.""",
    decision="deny", reason="other", hide=["El Salvador"], cats=["national_origin"],
    tags=["lost_and_found", "deny_replica"])

add(13, school="Fenway High School", sid="BPS-4135", to="bpd/district-d4",
    ground="drugs", subs=["counterfeit oxycodone pills"], at="2026-03-03T08:30:00-05:00",
    where="Lost and found closet, main office",
    stu=("405519", "Isaiah Grant", "2009-12-01", 11),
    text="""Hi Ms. Ocasio,

Following up on our call. This morning Mr. Blount opened the lost and found closet to bag things for donation and found a black Canada Goose jacket (men's M). In the inside zip pocket was a prescription bottle with the label torn off holding 22 round blue pills stamped "M" on one side and "30" on the other. Our nurse says they look exactly like the counterfeit oxycodone pills that have been turning up with fentanyl in them.

Nobody has claimed the jacket in three weeks. Two students told Mr. Blount the jacket is Isaiah Grant's. Isaiah says he lost his Canada Goose in September and this one is not his because his had a ripped sleeve. His aunt called back; she said the family is already stressed with the TPS renewal and asked us not to make this bigger than it is. Isaiah has no discipline history.

Lauren P., Assistant Head of School""",
    decision="allow", key="counterfeit oxycodone", keep=["Canada Goose jacket", "inside zip pocket", "round blue pills"],
    hide=["TPS"], cats=["immigration_status"],
    tags=["lost_and_found", "allow_drugs", "ownership_dispute", "precision_trap"])

add(14, school="Dearborn STEM Academy", sid="BPS-4075", to="bpd/district-b2",
    ground="credible_threat", at="2026-02-10T07:10:00-05:00",
    where="Stairwell B, 3rd floor landing",
    threat="A handwritten note left in stairwell B reads: \"Thursday after lunch the ones who jumped me in 212 are done. It's already in the vent over the stairs.\" It names a room, a day and a time, and claims a weapon is hidden in the building; the author had been assaulted by students from room 212 the week before.",
    stu=("424460", "Ezekiel Brooks", "2010-06-17", 9, {"ell_status": "EL, WIDA level 2"}),
    text="""Found by the custodian at 7:10 AM taped to the railing of stairwell B, 3rd floor landing: a page torn out of a spiral notebook (full text in the threat statement). Facilities opened the vent above the landing right away: empty, only dust and a Gatorade cap. We cannot say who wrote it. Two students in Ezekiel's Python class say the handwriting looks like his and that he "has been saying stuff since the fight." Ezekiel was jumped outside room 212 on 2/4 and there is a pending discipline file for the three other boys. Ezekiel denies writing the note. His EL teacher says his writing is still at a beginning level and the note seemed too fluent for him, which she wanted on the record. Parent contacted; Ezekiel is home today.""",
    decision="allow", key="stairwell B", keep=["Gatorade cap", "Python class", "outside room 212"],
    hide=["WIDA", "EL teacher"], cats=["language"],
    tags=["stairwell", "vent", "allow_threat", "structured_fields", "precision_trap"])

add(15, school="Urban Science Academy", sid="BPS-4395", to="bpd/district-e5",
    ground="drugs", subs=["vodka", "cinnamon whisky"], at="2025-09-26T11:50:00-04:00",
    where="First floor girls' bathroom",
    stu=("433508", "Kiara Dunn", "2011-01-15", 9),
    text="""Custodian found nine empty and three full 50 ml nips (Smirnoff and Fireball) behind the radiator in the first floor girls' bathroom. A 9th grader, Kiara Dunn, was stopped leaving the bathroom holding one. Kiara says she found it in there and was going to throw it out. Her friends say the nips are "from the Archdale girls" and that Kiara lives right there and gets them from her older cousin. Kiara's mother was called and is coming in tomorrow.""",
    decision="deny", reason="excluded_substance", hide=["Archdale"], cats=["neighborhood"],
    tags=["bathroom", "deny_excluded", "rumour"])

add(16, school="John D. O'Bryant School of Mathematics & Science", sid="BPS-4299", to="bpd/district-b2",
    ground="weapon", weapon="knife", at="2026-04-07T14:10:00-04:00",
    where="Boys' locker room, lower level, wall vent by the showers",
    stu=("391276", "Jamal Bishop", "2008-12-22", 12),
    text="""Boys' locker room, lower level. During 7th period a crew team rower (we run a novice rowing program with the boathouse on the river) went to get his erg shoes and noticed a handle sticking out of the wall vent by the showers. Coach Amadi pulled out a fixed-blade hunting knife, 7 inch blade, in a leather sheath with "JB" burned into it.

Students whose lockers are by that vent: Jamal Bishop, three rowers, two JV basketball players. Jamal says JB is not him and "half the school has those initials." One of the basketball players told Coach Amadi that Jamal repped Coldside on his Instagram and that the knife is for "the beef with the other side." Jamal laughed at that and said it's a song lyric. Knife secured; Jamal's father notified.""",
    decision="allow", key="hunting knife", keep=["crew team", "wall vent by the showers", "leather sheath"],
    hide=["Coldside"], cats=["gang_affiliation"],
    tags=["vent", "gym", "allow_weapon", "rumour", "precision_trap"])

add(17, school="New Mission High School", sid="BPS-4239", to="bpd/district-e18",
    ground="weapon", weapon="switchblade", at="2026-03-18T09:25:00-04:00",
    where="2nd floor locker bank",
    stu=("412093", "Abdi Warsame", "2009-10-10", 10),
    text="""Interview notes, AP Harrington, SSO Ruiz present.

Q (to Abdi): The knife was in the locker you share with Hassan. Whose is it?
A: "Not mine. Hassan keeps his stuff on the top shelf. I keep mine on the bottom."
(The knife was on the top shelf.)
Q (to Hassan M.): Same question.
A: "I never saw that thing. Abdi's brother uses that locker too when he's here for the after-school program."

Item: black switchblade (automatic), blade about 3.5 in, button on the handle, found during a random check of the 2nd floor locker bank. Both boys calm. Abdi's mother came in with a Somali-speaking caseworker from the resettlement agency and said Abdi is "not that kind of boy." Hassan's family has not called back. The boys are on the same robotics crew and have never had a problem with each other.""",
    decision="allow", key="switchblade", keep=["top shelf", "robotics crew", "button on the handle"],
    hide=["Somali", "resettlement"], cats=["language", "immigration_status"],
    tags=["locker", "allow_weapon", "ownership_dispute", "precision_trap"])

add(18, school="West Roxbury Academy", sid="BPS-4411", to="bpd/district-e5",
    ground="weapon", weapon="knife", at="2025-10-29T12:40:00-04:00",
    where="Locker 118, D-wing",
    stu=("386002", "Devon Marsh", "2009-02-03", 12, {"address": "77 Poplar St"}),
    att=[{"kind": "face_match", "name": "vendor_match_locker118.pdf"}],
    text="""A steak knife with a taped handle was found in locker 118 in D-wing during a search after a fight. The locker is shared by three juniors and a senior. Nobody would say who put it there. The hallway camera caught someone at the locker at 12:31 but the angle only shows the side of his face, so the district's camera vendor ran the still through their face recognition tool, which returned a 94% match to Devon Marsh. Devon lives on Poplar St, three doors down from one of the boys in the fight. The match report is attached. Devon says he was in the library at 12:31.""",
    decision="deny", reason="face_surveillance", hide=["94%", "Poplar St"],
    cats=["face_surveillance", "neighborhood"], tags=["locker", "deny_face", "structured_fields"])

add(19, school="Boston Arts Academy", sid="BPS-4019", to="bpd/district-d4",
    ground="drugs", subs=["MDMA"], at="2026-01-09T17:20:00-05:00",
    where="Dance studio 2",
    stu=("419874", "Sofia Marrero", "2009-05-27", 11),
    text="""Dance studio 2, after rehearsal. The dance crew left their bags along the mirror wall as usual. A water bottle spilled and Ms. Kaye moved the bags; a clear capsule rolled out of a purple gym bag with no name tag. In the side pocket: 11 capsules of tan crystal powder in a sandwich bag and a folded paper with "molly $20" on it. The nurse agrees it looks like MDMA.
The bag was next to Sofia Marrero's things. Sofia first said it was hers, then that it wasn't, that she just has the same bag from Target. Three other dancers have that bag. One dancer told Ms. Kaye "it's probably Sofia's boyfriend's, he's always at the Puerto Rican festival selling stuff." Sofia's mother, reached at work, said "she's a good Puerto Rican girl, she doesn't touch that.\"""",
    decision="allow", key="MDMA", keep=["dance crew", "11 capsules", "mirror wall"],
    hide=["Puerto Rican"], cats=["ethnicity"],
    tags=["gym", "allow_drugs", "ownership_dispute", "rumour", "precision_trap"])

add(20, school="Community Academy of Science and Health", sid="BPS-4063", to="bpd/district-c11",
    ground="weapon", weapon="club (expandable baton)", at="2026-03-11T10:55:00-04:00",
    where="East stairwell, 2nd floor landing",
    stu=("427731", "Malik Baptiste", "2010-08-14", 10,
         {"emergency_contact": {"relation": "mother", "address": "41 Woodrow Ave, Dorchester 02121"}}),
    text="""SIS incident export
incident_no,date,period,location_code,staff
26-0311,2026-03-11,4,STW-EAST-2,SSO K. Dacey

Narrative: SSO Dacey heard what sounded like a metal rod hitting the stairs in the east stairwell. On the 2nd floor landing she found an expandable steel baton, extended to about 21 inches, with a foam grip. Four students were coming down: Malik Baptiste, Jonah F., Reggie W. and Kaden S. Malik had his backpack open. Students say the baton is Reggie's because he "brings it for the walk home down Woodrow," and Reggie says it is Malik's. Malik's emergency card lists the same block, which is why kids connect them. No one was struck. Baton retained by Safety Services.""",
    decision="allow", key="expandable steel baton", keep=["east stairwell", "foam grip", "21 inches"],
    hide=["Woodrow", "02121"], cats=["neighborhood"],
    tags=["stairwell", "allow_weapon", "many_students", "structured_fields", "precision_trap"])

# ---------------------------------------------------------------- 21-40
add(21, school="Boston Green Academy", sid="BPS-4027", to="bpd/district-d14",
    ground="credible_threat", at="2025-12-09T13:30:00-05:00",
    where="4th floor boys' bathroom mirror",
    stu=("434190", "Rui Semedo", "2010-09-09", 9),
    text="""Writing found in black Sharpie on the mirror of the 4th floor boys' bathroom at about 1:30: "BGA gone get it friday 2nd lunch" with a drawing of a pistol next to it. Three students were seen going in during 5th period. Other students point to Rui Semedo, who came from Cape Verde last spring and "doesn't talk to anybody"; staff think that is why his name came up, not anything he did. Custodian photographed the mirror and cleaned it. Sending so police are aware before Friday.""",
    decision="deny", reason="missing_threat_statement", hide=["Cape Verde"], cats=["national_origin"],
    tags=["bathroom", "deny_threat_missing", "rumour"])

add(22, school="Curley K-8 School", sid="BPS-4068", to="bpd/district-e13",
    ground="drugs", subs=["heroin"], at="2025-10-16T15:40:00-04:00",
    where="Yellow bus, route 42, afternoon run",
    stu=("441207", "Christopher Dávila", "2011-11-19", 8, {"primary_language": "Spanish"}),
    text="""Route 42 driver Mr. Coakley brought a bag to the office at 3:40. A 3rd grader had handed it to him after finding it stuck in the seat. Inside: 6 glassine envelopes stamped ROLEX in red ink, each with a brownish powder. Our nurse believes it is heroin, possibly cut with fentanyl; nobody opened them.

The only older students on that route are 8th graders who sit in the back three rows: Christopher Dávila, Jordan L. and Ny'Asia T. Per the seating chart Christopher sat in that seat in the morning. When I called home his mother answered and Christopher had to get on the phone to help me explain. He said "everybody sits there, it was probably the high school kids from the morning run." The same bus does a high school run before ours, so that is possible.""",
    decision="allow", key="heroin", keep=["glassine envelopes", "ROLEX", "seating chart"],
    hide=["Spanish"], cats=["language"],
    tags=["bus", "allow_drugs", "structured_fields", "ownership_dispute"])

add(23, school="Dorchester Academy", sid="BPS-4081", to="bpd/district-c11",
    ground="weapon", weapon="knife", at="2025-11-21T14:30:00-05:00",
    where="Lost and found bin, back of the auditorium",
    stu=("403348", "Monique Ellis", "2009-06-06", 11),
    text="""Note for file. Mr. Lyle (custodian) emptied the lost and found bin at the back of the auditorium Friday afternoon. Among the hats and water bottles was an insulated lunch bag with a half-eaten Jamaican beef patty from the Golden Krust on the corner and, under it, a 10 inch kitchen knife wrapped in a dish towel. No name on the bag.

Advisories sat by section at the Friday assembly; Monique Ellis's advisory was in rows K-M. Monique's friend told a teacher the lunch bag is Monique's and that she "keeps the knife for the bus." Monique says her lunch bag is blue, not grey, and that she went home sick Friday; attendance has her present period 1 only. Her mother called back right away. She said Monique has been scared since her cousin was shot on Intervale Street outside their building last month.""",
    decision="allow", key="kitchen knife", keep=["Jamaican beef patty", "dish towel", "rows K-M"],
    hide=["Intervale"], cats=["neighborhood"],
    tags=["lost_and_found", "allow_weapon", "ownership_dispute", "precision_trap"])

add(24, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="gang_activity", at="2026-02-02T09:15:00-05:00", where="Locker 3310, third floor",
    stu=("395560", "Andre Pierce", "2009-01-30", 12, {"gang_flag": "suspected - HST"}),
    text="""Locker 3310 was found during a sweep with two red bandanas, a composition notebook with HST and 617 tagged all over the cover, and a typed list of nicknames with phone numbers. The locker is assigned to Andre Pierce and shared with Tyrese M. Neither will say whose notebook it is. Requesting BPD Youth Violence Strike Force review because staff believe both boys are Heath Street associates and Andre lives in the Bromley-Heath development.""",
    decision="deny", reason="ground_not_permitted", hide=["Heath Street", "Bromley-Heath", "HST"],
    cats=["gang_affiliation", "neighborhood"], tags=["locker", "deny_ground", "structured_fields"])

add(25, school="East Boston High School", sid="BPS-4092", to="bpd/district-a7",
    ground="drugs", subs=["crack cocaine"], at="2026-04-14T09:15:00-04:00",
    where="East Boston High School library, above the study carrels",
    stu=("416655", "Luis Argueta", "2009-09-25", 11),
    text="""At 9:15 the librarian, Ms. Quaglia, noticed a ceiling tile above the study carrels pushed out of place. Facilities lifted it and found, resting on top of the air duct, a Pringles can holding 30 small bags of off-white rocks. SSO Rizzo says it looks like crack cocaine.

Students who use those carrels first period: Luis Argueta, Brayan C., Emely S. and two seniors. On the library camera Luis is at the carrel right under the tile at 8:02 and again at 8:40, standing on the chair. Luis says he was reaching for the outlet on the ceiling post to charge his phone. When I asked for a parent number Luis said his father will not come in because he is undocumented and scared of police at the school. His uncle came instead. Library closed for the rest of the day.""",
    decision="allow", key="crack cocaine", keep=["Pringles can", "air duct", "study carrels"],
    hide=["undocumented"], cats=["immigration_status"],
    tags=["vent", "allow_drugs", "many_students"])

add(26, school="Charlestown High School", sid="BPS-4052", to="bpd/district-e5",
    ground="weapon", weapon="pepper spray", at="2026-01-27T19:05:00-05:00",
    where="Team bus on the VFW Parkway, returning from an away game",
    stu=("420018", "Kenny Luong", "2009-04-21", 11),
    text="""On the team bus coming back from the Catholic Memorial game (JV boys' basketball) somebody sprayed something in the back and three players started coughing and crying. Coach Burke had the driver pull over on the VFW Parkway and found a small black keychain canister of pepper spray, Mace brand, on the floor.

Players in the last two rows: Kenny Luong, Dante R., Michael O. and a team manager. Dante says Kenny was "playing with it the whole ride." Kenny says it came out of the team's shared gym bag with the balls and towels, which anyone could have put it in. Two players were treated by EMS at the scene for eye irritation and released. Kenny's grandmother was called with a Cantonese interpreter, and the family asked that the written summary also go home in Chinese.""",
    decision="allow", key="pepper spray", keep=["Catholic Memorial game", "VFW Parkway", "Mace brand"],
    hide=["Cantonese", "Chinese"], cats=["language"],
    tags=["bus", "gym", "allow_weapon", "ownership_dispute", "precision_trap"])

add(27, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bric",
    ground="weapon", weapon="brass knuckles", at="2025-10-02T12:20:00-04:00",
    where="Stairwell D, ground floor",
    stu=("389914", "Terrance Holt", "2009-07-12", 12),
    text="""Brass knuckles (silver, spiked) found under the bottom step of stairwell D during lunch. Terrance Holt and two friends were sitting on those steps; all three say the knuckles were "always there." Students told the SSO they belong to "the Greenwood St crew" and that Terrance is their little cousin. Per the district liaison's request this is being sent to the intelligence unit for their files rather than the district station.""",
    decision="deny", reason="recipient_not_permitted", hide=["Greenwood St crew"],
    cats=["gang_affiliation"], tags=["stairwell", "deny_recipient", "rumour"])

add(28, school="Another Course to College", sid="BPS-4007", to="bpd/district-b3",
    ground="weapon", weapon="revolver", at="2026-03-25T12:05:00-04:00",
    where="First floor boys' bathroom",
    stu=("402260", "Nathaniel Joseph", "2009-05-11", 11),
    text="""The custodial crew does an hourly bathroom check. At 12:05 Mr. Dubois lifted the trash liner in the first floor boys' bathroom and felt something heavy under it: a silver revolver, five rounds in the cylinder. The building went into a hold and BPD was called.

Eleven students used that bathroom between 11 and 12 per the pass log. By 12:30 students were saying on Snapchat that the gun is Nathaniel Joseph's because "he got jumped Monday." Nathaniel was in class all of 4th period (teacher confirms) but signed out to the bathroom at 11:15 for six minutes. The pastor of the Pentecostal church his family attends called the school before we had even reached the parents, to say Nathaniel has been afraid to come to school. Nathaniel denies having any gun.""",
    decision="allow", key="revolver", keep=["custodial crew", "five rounds", "trash liner"],
    hide=["pastor", "Pentecostal"], cats=["religion"],
    tags=["bathroom", "allow_weapon", "rumour", "many_students", "precision_trap"])

add(29, school="Boston Latin School", sid="BPS-4013", to="bpd/district-d4",
    ground="drugs", subs=["alprazolam (Xanax)"], at="2025-12-11T10:05:00-05:00",
    where="Locker 5-214",
    stu=("397781", "Widlene Charles", "2010-03-02", 10),
    text="""Locker 5-214 (shared, assigned to three sophomores because of the locker shortage). A teacher saw pills spill out when the door was opened at the start of 3rd period. The SSO collected 19 rectangular white bars scored into four sections and imprinted XANAX 2, loose at the bottom of the locker under a stack of AP French workbooks.

The three students: Widlene Charles, Ava S. and Priya N. Ava says "Widlene's boyfriend puts stuff in there." Widlene says the pills are not hers and that Ava has had the combination since September. In the meeting Widlene said she has been stressed since she came here from Haiti in 9th grade and people assume things about her. None of the three has a prescription on file with the nurse.""",
    decision="allow", key="Xanax", keep=["AP French", "XANAX 2", "Locker 5-214"],
    hide=["Haiti"], cats=["national_origin"],
    tags=["locker", "allow_drugs", "ownership_dispute", "precision_trap"])

add(30, school="English High School", sid="BPS-4121", to="bpd/district-e13",
    ground="weapon", weapon="knife", at="2026-02-12T14:22:00-05:00",
    where="MBTA route 32 bus at the Forest Hills busway",
    stu=("411146", "Kareem Tolliver", "2009-10-30", 11,
         {"address": {"line1": "18 Outlook Rd", "zip": "02126"}}),
    text="""Reported by SSO Marchetti, posted at the Forest Hills busway at dismissal. At 2:22 the driver of a 32 bus waved him over and showed him a folding knife with a wooden handle wedged between the seat and the wall over the rear wheel. A group of our students had just got off. The driver pointed out Kareem Tolliver in a red Champion hoodie. Kareem was stopped on the platform and said "that's not mine, the bus was packed, ask anybody." One student says Kareem had it in class earlier; another says the knife belongs to somebody from the morning who "left it there for pickup." Kareem said he is only on the 32 now because he stays with his aunt off Hyde Park Ave. Knife turned over to the SSO.""",
    decision="allow", key="folding knife", keep=["Forest Hills busway", "wooden handle", "Champion hoodie"],
    hide=["Hyde Park Ave", "Outlook", "02126"], cats=["neighborhood"],
    tags=["bus", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

add(31, school="John D. O'Bryant School of Mathematics & Science", sid="BPS-4299", to="bpd/district-b2",
    ground="drugs", subs=["nicotine pouches", "disposable vapes"], at="2026-03-05T11:00:00-05:00",
    where="Locker bank outside room 140",
    stu=("414402", "Arben Kola", "2010-07-07", 10),
    text="""During a check of the locker bank outside room 140 we found a shoebox holding 14 cans of Zyn nicotine pouches and 22 Elf Bar disposable vapes, still sealed, with a price list taped inside the lid. Four students share two lockers in that bank. Arben Kola says he was holding it for "a guy from the other school." Several students say it's "the Albanian kids' business" and that they sell at the bus stop. We would like BPD to look into the selling.""",
    decision="deny", reason="excluded_substance", hide=["Albanian"], cats=["ethnicity"],
    tags=["locker", "deny_excluded", "rumour"])

add(32, school="Boston Community Leadership Academy", sid="BPS-4041", to="bpd/district-d4",
    ground="weapon", weapon="handgun", at="2025-12-09T13:15:00-05:00",
    where="Main office lost and found",
    stu=("413980", "Josué Ramírez", "2010-01-08", 10),
    text="""Statement of the front office secretary.
On Tuesday 12/9 at about 1:15 a student dropped off a grey JanSport backpack that had been sitting in the gym lobby since the morning. We check for a name before anything goes in the lost and found. There was no name on the outside, so I unzipped the front pocket and there was a handgun, black, small. I did not touch it. I called Mr. Ortega (SSO), who cleared it: no magazine in it and none in the bag, no rounds. Also in the bag: a Biology notebook with "Josué" on the inside cover and two granola bars. We have two Josués in 10th grade.
Josué Ramírez came to the office at dismissal looking for "his bag." When Mr. Ortega asked about the gun he said the bag is his but the gun is not, and that he left the bag with his cousin at lunch. He begged us not to call anybody because his DACA renewal is pending and his mom has no status.""",
    decision="allow", key="handgun", keep=["JanSport backpack", "no magazine", "Biology notebook"],
    hide=["DACA", "has no status"], cats=["immigration_status"],
    tags=["lost_and_found", "allow_weapon", "ownership_dispute"])

add(33, school="Brighton High School", sid="BPS-4033", to="bpd/district-d14",
    ground="drugs", subs=["cocaine"], at="2026-04-28T13:50:00-04:00",
    where="Boys' locker room, shared equipment bin",
    stu=("407736", "Youssef Amrani", "2009-08-31", 11),
    text="""PE teacher Mr. Lindgren found a small digital scale and 8 baggies of white powder in the shared equipment bin in the boys' locker room while putting away mats after the core unit (Russian twists and planks). The SSO's field test: cocaine. All four PE sections use that bin. The bags were under a Barcelona away jersey with no name in it.

Several boys said the jersey belongs to Youssef Amrani, who plays on the soccer team. Youssef admits the jersey is his but says he left it in the bin "like two weeks ago" and anyone could have put the bags under it. A teammate told Mr. Lindgren that "the Moroccan kids" sell at the park after practice. Youssef's father speaks Arabic and asked for a call back in French; Ms. Benali did the call.""",
    decision="allow", key="cocaine", keep=["Russian twists", "Barcelona away jersey", "digital scale"],
    hide=["Moroccan", "Arabic", "French"], cats=["ethnicity", "language"],
    tags=["gym", "allow_drugs", "ownership_dispute", "rumour", "precision_trap"])

add(34, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="serious_violence", weapon="box cutter", at="2026-03-31T10:32:00-04:00",
    where="North stairwell, landing between floors 2 and 3",
    stu=("404471", "Leonel Abreu", "2009-12-14", 10),
    text="""At 10:32 a 10th grader, Angel P., came out of the north stairwell holding his head. He had a 3 cm cut on his left temple and a deep cut across his right palm. The nurse applied pressure; EMS took him to Boston Medical Center, where he received stitches in both places and surgery to repair a tendon in the hand. Angel says two boys he did not see well jumped him on the landing between 2 and 3 and one had a blade.

Leonel Abreu was seen leaving the stairwell at 10:31 and had blood on his sneaker. Leonel says he came in after it happened and tried to help Angel up. At 11:15 the SSO found a bloody box cutter in the stairwell trash can. Nobody has claimed it. Students are saying it's over "the Dominican vs. Puerto Rican thing" from the weekend, which staff cannot support. Leonel's mother only speaks Spanish; our family liaison reached her.""",
    decision="allow", key="box cutter", keep=["left temple", "north stairwell", "tendon"],
    hide=["Dominican", "Puerto Rican", "Spanish"], cats=["ethnicity", "language"],
    tags=["stairwell", "allow_violence", "rumour", "precision_trap"])

add(35, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bpd/district-c11",
    ground="weapon", weapon="BB gun", at="2026-01-13T08:45:00-05:00",
    where="Heating vent, room 118",
    stu=("426650", "Samir Haidari", "2010-11-03", 9),
    text="""When the heat came on in room 118 the vent cover rattled and the teacher found a BB gun (Daisy, pump type, no orange tip) pushed into the heating vent behind the cover. Three classes use that room. A 9th grader, Samir Haidari, sits by the vent first period and other students say he "brought a gun." Samir is new this year; the family came through the refugee program and he was very frightened in the meeting. He says he has never seen it.""",
    decision="deny", reason="other", hide=["refugee"], cats=["immigration_status"],
    tags=["vent", "deny_replica", "rumour"])

add(36, school="Boston Green Academy", sid="BPS-4027", to="bpd/district-d14",
    ground="drugs", subs=["methamphetamine"], at="2026-05-06T10:40:00-04:00",
    where="Second floor gender-neutral bathroom",
    stu=("417329", "Ciarán Doyle", "2009-02-17", 12),
    text="""Summary for the Head of School.
A staff member cleaning the single-stall bathroom on the 2nd floor found a Greek yogurt cup wedged behind the pipe under the sink. Inside, wrapped in foil: clear glassy shards in two small bags and a glass pipe with a bulb end, burnt. Nurse and SSO both believe it is methamphetamine.
The bathroom has no sign-out sheet. Students who mention it say it is "the senior hangout" at 10:30. Ciarán Doyle was seen coming out at 10:35 by Mr. Heng, and two classmates say Ciarán "always has that pipe." Ciarán says the pipe is a friend's and the yogurt cup "was there forever." Staff note that Ciarán just moved from Ireland last year and lives with his uncle; he has been struggling. Counselor informed.""",
    decision="allow", key="methamphetamine", keep=["Greek yogurt cup", "glass pipe", "under the sink"],
    hide=["Ireland"], cats=["national_origin"],
    tags=["bathroom", "allow_drugs", "rumour", "precision_trap"])

add(37, school="Charlestown High School", sid="BPS-4052", to="bpd/district-a1",
    ground="weapon", weapon="taser", at="2026-03-16T13:25:00-04:00",
    where="Locker 212, second floor",
    stu=("398812", "Hamza Qureshi", "2008-11-11", 12),
    text="""Hamza's dual enrollment class at Bunker Hill Community College was cancelled, so he was in the building 6th period, which is when the locker incident happened. A teacher saw a yellow TASER-brand device with a cartridge attached fall out of locker 212 when Hamza and another senior, Declan R., opened it together. They share 212 because Declan's locker is broken.

Declan says the taser is Hamza's "for the walk to the train." Hamza says it belongs to Declan's older brother. Hamza was tired and short-tempered in the meeting and explained he had been fasting all day for Ramadan; we offered him food after sunset at the office but he went home. Device secured by SSO Flaherty. Both families contacted.""",
    decision="allow", key="taser", keep=["Bunker Hill Community College", "locker 212", "cartridge attached"],
    hide=["fasting", "Ramadan"], cats=["religion"],
    tags=["locker", "allow_weapon", "ownership_dispute", "precision_trap"])

add(38, school="Brighton High School", sid="BPS-4033", to="mbta-transit-police",
    ground="weapon", weapon="knife", at="2025-11-04T14:35:00-05:00",
    where="MBTA 57 bus, Washington St",
    stu=("423318", "Bao Tran", "2010-03-27", 10),
    text="""A student told our SSO that a knife was passed around on the 57 bus after school and left under a seat. The bus was stopped and a steak knife recovered. Bao Tran and four others were in the back. Bao's family needed a Vietnamese interpreter for the call home. Because this happened on an MBTA vehicle we are sending to Transit Police.""",
    decision="deny", reason="recipient_not_permitted", hide=["Vietnamese"], cats=["language"],
    tags=["bus", "deny_recipient"])

add(39, school="Snowden International School", sid="BPS-4342", to="bpd/district-d4",
    ground="drugs", subs=["LSD"], at="2026-02-19T11:10:00-05:00",
    where="Second floor student lounge",
    stu=("419003", "Eliza Novak", "2010-06-01", 10),
    text="""A brown Fossil wallet was turned in to the main office by a junior who found it on the floor of the 2nd floor lounge. Office staff opened it looking for a name. Inside: a CharlieCard, a $25 Visa gift card, $14 in cash, and a small square of foil holding 10 perforated blotter tabs printed with a sun design. The nurse says this is consistent with LSD. There was no ID.

A sophomore, Eliza Novak, came to the office asking about "a brown wallet" and described the CharlieCard. She says the wallet is hers but the tabs were put in it by "someone who borrowed it at a party." Eliza's mother called back and was mostly worried because the family's green card interviews are next month.""",
    decision="allow", key="LSD", keep=["Visa gift card", "blotter tabs", "CharlieCard"],
    hide=["green card"], cats=["immigration_status"],
    tags=["lost_and_found", "allow_drugs", "ownership_dispute", "precision_trap"])

add(40, school="Excel High School", sid="BPS-4284", to="bpd/district-c6",
    ground="weapon", weapon="brass knuckles and knife", at="2025-10-23T09:05:00-04:00",
    where="Room 204, floor heating vent",
    stu=("408847", "Shane Coyle", "2009-09-03", 11,
         {"housing": "BHA - Old Colony", "address_zip": "02127"}),
    text="""Room 204 heating vent. The teacher noticed the floor vent cover loose and a strap hanging out. The SSO lifted the cover and found a drawstring bag with a pair of black brass knuckles and a butterfly knife (balisong), about 4 in blade.

Who uses that room: 1st period Algebra II (Shane Coyle sits at the desk over the vent), 2nd period is empty, 3rd is a Spanish III class. Shane says he has "never looked in there." A student in the Spanish III class says she saw a boy "from the other period" kneeling by the vent on Monday but cannot say which boy. Nobody else has come forward. Shane's mother is coming in Friday.""",
    decision="allow", key="butterfly knife", keep=["Spanish III", "drawstring bag", "floor vent cover"],
    hide=["Old Colony", "02127"], cats=["neighborhood"],
    tags=["vent", "allow_weapon", "structured_fields", "precision_trap"])

# ---------------------------------------------------------------- 41-60
add(41, school="Josiah Quincy Upper School", sid="BPS-4189", to="bpd/district-a1",
    ground="weapon", weapon="knife", at="2025-10-07T10:20:00-04:00",
    where="South stairwell, 3rd floor",
    stu=("426013", "Oliver Chen", "2011-02-09", 9, {"race_ethnicity": "Asian - Chinese", "home_language": "Mandarin"}),
    text="""SSO Kimball: "I was walking up the south stairwell after the bell and there's a red Swiss Army knife open on the step, the big blade out, and next to it a second knife, a black lockback with maybe a 4 inch blade. Three freshmen were sitting two steps up. I asked whose they were and all three said 'not mine.'"
The three were Oliver Chen, Marcus D. and Eli W. Marcus later told Ms. Ruane that Oliver "was showing everybody the lockback at lunch." Oliver says he only had the Swiss Army knife, which he uses for his Scouts troop, and that the black one belongs to Eli. Eli says he found both on the stairs. Oliver's mother came in; she preferred to speak Mandarin and Mr. Liu interpreted. All three were sent home for the day pending a hearing.""",
    decision="allow", key="Swiss Army knife", keep=["Swiss Army knife", "black lockback", "south stairwell"],
    hide=["Mandarin", "Chinese"], cats=["language", "ethnicity"],
    tags=["stairwell", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

add(42, school="Henderson K-12 Inclusion School", sid="BPS-4161", to="bpd/district-c11",
    ground="vandalism", at="2026-01-26T07:30:00-05:00", where="Upper campus, 3rd floor vent covers",
    stu=("409932", "Jordan Akins", "2009-06-25", 11),
    text="""Six vent covers on the 3rd floor were pried off over the weekend and "NHB" was spray-painted inside the ducts and on the wall of the stairwell. Custodians also found a cheap folding knife in one of the ducts, rusted, clearly there a long time. A student told the AP the tags stand for "Never Hesitate Boys" and that Jordan Akins runs with them. Jordan was in the building Saturday for the robotics meet. Asking BPD to investigate the damage (estimated $4,000).""",
    decision="deny", reason="ground_not_permitted", hide=["Never Hesitate", "NHB"], cats=["gang_affiliation"],
    tags=["vent", "deny_ground", "rumour"])

add(43, school="Orchard Gardens K-8 School", sid="BPS-4251", to="bpd/district-b2",
    ground="drugs", subs=["fentanyl pills"], at="2026-02-26T15:10:00-05:00",
    where="Lost and found table by the Orchard Gardens K-8 gym",
    stu=("448120", "DaShawn Rivers", "2012-01-04", 8),
    text="""LOST & FOUND LOG (main office copy)
Date: 2/26   Found by: Coach Whitfield   Where: table outside the Orchard Gardens K-8 gym
Item: white AirPods case, no name, scratched "DR" on the back
Contents: 4 light-blue pills stamped M/30 inside the case instead of earbuds
Action: nurse notified 3:12; pills bagged; Narcan checked

Follow-up (Ms. Adeyemi, AP): Coach Whitfield says the case was on the bleachers after 8th grade open gym. DaShawn Rivers and Tomas G. both have "DR"-ish initials; Tomas is Tomas G-R. DaShawn says his case is at home. Kids in the gym told Coach the pills are "from the Cape Verdean boys' older brothers" and that DaShawn "holds for them." DaShawn's mom asked for the callback with a Kriolu interpreter for his grandmother. The nurse believes these are counterfeit oxycodone that may contain fentanyl.""",
    decision="allow", key="fentanyl", keep=["AirPods case", "Orchard Gardens K-8 gym", "stamped M/30"],
    hide=["Cape Verdean", "Kriolu"], cats=["ethnicity", "language"],
    tags=["lost_and_found", "allow_drugs", "rumour", "precision_trap"])

add(44, school="TechBoston Academy", sid="BPS-4377", to="bpd/district-c11",
    ground="weapon", weapon="handgun", at="2026-04-09T17:45:00-04:00",
    where="Gym, home team bench",
    stu=("400987", "Marquise Lowell", "2008-10-16", 12, {"race": "Black or African American", "zip": "02124"}),
    text="""Email from Coach Paulino to the Headmaster, 6:10 PM:

"Sir, after tonight's home game the boys threw all the warm-up stuff into the big team duffel by the bench like always. When I went to carry it to the equipment room it was too heavy on one side. I opened the end pocket and there was a handgun, silver and black, with a magazine in it. I didn't touch it, locked the gym and called SSO Whitaker who was still in the building.

Honestly anybody could have put it there. Twelve players, two managers, and the duffel sits open by the bench the whole game with people walking by. Marquise Lowell was the last one I saw at the duffel and some of the boys said after that Marquise has been 'carrying since his cousin got hit.' Marquise swears it isn't his. His mother was already in the stands and stayed with him until BPD arrived."
""",
    decision="allow", key="handgun", keep=["team duffel", "end pocket", "equipment room"],
    hide=["African American", "02124"], cats=["ethnicity", "neighborhood"],
    tags=["gym", "allow_weapon", "rumour", "many_students", "structured_fields"])

add(45, school="Community Academy of Science and Health", sid="BPS-4063", to="bpd/district-c11",
    ground="drugs", subs=["vape pen (contents unknown)"], at="2025-09-30T12:10:00-04:00",
    where="Girls' bathroom, 1st floor",
    stu=("431177", "Tamika Greer", "2010-12-19", 9),
    text="""Bathroom monitor heard coughing and found a grey vape pen on the sink after three girls left: Tamika Greer, Jaida R. and Sasha P. The pen has no label and we cannot tell what is in it. Each girl says it belongs to one of the others. Jaida told the monitor that Tamika "gets them from the store by her house in the Georgetowne Homes." Tamika says she has asthma and would never. Sending to BPD to test the cartridge.""",
    decision="deny", reason="excluded_substance", hide=["Georgetowne"], cats=["neighborhood"],
    tags=["bathroom", "deny_excluded", "ownership_dispute"])

add(46, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bpd/district-c11",
    ground="drugs", subs=["oxycodone (Percocet), not prescribed"], at="2026-05-12T14:40:00-04:00",
    where="Girls' locker room",
    stu=("405840", "Ingrid Mazariegos", "2009-03-08", 11),
    text="""- 2:40 PM, girls' locker room after 7th period volleyball.
- Ms. Carver found a gym bag (grey Nike, no name) left on the bench. Looking for a name she found an orange pill bottle with the label scratched off, 17 white round pills marked "PERCOCET 10/325" (oxycodone/acetaminophen), and a gold Cuban link chain.
- No student has a Percocet prescription on file with the nurse.
- At 3:05 Ingrid Mazariegos came back for "my chain." She said the bag is Jocelyn T.'s and she had only put her chain in it. Jocelyn says the bag is hers but the pills aren't, and that half the team uses her bag because it has the big side pocket.
- Ingrid's mom needed an interpreter on the phone. Ingrid kept saying her mom would be in trouble "because we're Salvadoran and she'll think it's about her papers."
- Chain returned to Ingrid after photos. Bag, bottle and pills to SSO.""",
    decision="allow", key="Percocet", keep=["Cuban link chain", "PERCOCET 10/325", "big side pocket"],
    hide=["Salvadoran", "her papers", "interpreter"], cats=["ethnicity", "immigration_status", "language"],
    tags=["gym", "allow_drugs", "ownership_dispute", "precision_trap"])

add(47, school="Mildred Avenue K-8 School", sid="BPS-4222", to="bpd/district-b3",
    ground="weapon", weapon="razor blade", at="2025-11-18T08:20:00-05:00",
    where="Yellow bus, route 8, seat 11",
    stu=("449005", "Jean-Robert Fils-Aimé", "2012-09-14", 7),
    text="""bus monitor note (typed up by office)
8:20 am. kids getting off rt 8. 5th grader came to me crying said she cut her finger on the seat. i looked - there was a single edge razor blade pushed into the split in the vinyl on seat 11, sharp side out, taped with electrical tape. nurse cleaned the cut, small, no stitches. seat 11 that week = Jean-Robert F., Kayla M. (7th) and a boy from the other stop who rides some days. Kayla says Jean-Robert "always has tape and stuff in his Alienware laptop bag." J-R says the bag is his brother's and he doesn't even have tape. his dad came in at 10, speaks Kreyol mostly, Mme Pierre helped. he said his son is a good student and the other kids pick on him.""",
    decision="allow", key="razor blade", keep=["electrical tape", "seat 11", "Alienware laptop bag"],
    hide=["Kreyol"], cats=["language"],
    tags=["bus", "allow_weapon", "ownership_dispute", "precision_trap"])

add(48, school="East Boston High School", sid="BPS-4092", to="commonwealth-fusion-center",
    ground="weapon", weapon="firearm", at="2026-03-24T11:30:00-04:00", where="Locker 1402",
    stu=("412750", "Edwin Portillo", "2009-05-05", 11, {"country_of_birth": "Honduras"}),
    text="""A loaded 9mm pistol was found in locker 1402 during a K-9 sweep. The locker is shared by Edwin Portillo and two other juniors; all three deny it. Because two of the boys are believed to be connected to a transnational group on the East Boston waterfront, the report is addressed to the state fusion center for their analysts.""",
    decision="deny", reason="recipient_not_permitted", hide=["Honduras", "transnational group"],
    cats=["national_origin", "gang_affiliation"], tags=["locker", "deny_recipient", "structured_fields"])

add(49, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="credible_threat", at="2026-02-06T12:50:00-05:00",
    where="Cafeteria and the ceiling vent in the auto shop",
    threat="At 12:50 in the cafeteria a student said to two others, overheard by Ms. Kalinowski: \"I put the strap in the vent in auto shop. Monday when they come back from lunch, everybody gonna see.\" The student had been in a fight with two seniors from the auto shop on 2/4, he named a place where he says a gun is hidden and a time.",
    stu=("425566", "Xavier Moultrie", "2009-11-27", 10),
    text="""INCIDENT REPORT - CREDIBLE THREAT
Reporter: Ms. Kalinowski (cafeteria aide)
Overheard statement: see threat statement.
Actions: AP notified 12:55. Auto shop cleared. Facilities and SSO opened the ceiling vent over bay 3 at 1:20: nothing inside but a cardboard box of rags. The shop teacher says the bay 3 vent cover had new scratches.
Other students: Ms. Kalinowski could not see the speaker's face from where she stood but two students at the table named Xavier Moultrie. Xavier says he was joking about a "strap" meaning his belt. One of the two students he was talking to says Xavier has been "posting with the Lenox boys" and is "in the gang file." Xavier's guardian came at 2:30.
Status: Xavier kept out of the building pending threat assessment Monday.""",
    decision="allow", key="ceiling vent", keep=["bay 3", "box of rags", "auto shop"],
    hide=["Lenox boys", "gang file"], cats=["gang_affiliation"],
    tags=["vent", "allow_threat", "rumour"])

add(50, school="Fenway High School", sid="BPS-4135", to="bpd/district-d4",
    ground="credible_threat", at="2026-04-02T09:00:00-04:00", where="Lost and found",
    stu=("433901", "Lina Haddad", "2010-07-21", 9, {"religion": "Muslim"}),
    text="""A notebook turned in to the lost and found has a page that says "the people who laughed at me in gym will find out Friday" and a drawing of a knife. The notebook has Lina Haddad's name on the cover, but Lina says she lost it two weeks ago and that the page is not her handwriting. Her classmates tease her about wearing the hijab and one of them may have written it to get her in trouble. Sending to BPD so they are aware.""",
    decision="deny", reason="missing_threat_statement", hide=["Muslim", "hijab"], cats=["religion"],
    tags=["lost_and_found", "deny_threat_missing", "ownership_dispute", "structured_fields"])

add(51, school="Brighton High School", sid="BPS-4033", to="bpd/district-d14",
    ground="drugs", subs=["fentanyl", "THC vape"], at="2026-01-08T13:05:00-05:00",
    where="Locker 219, second floor",
    stu=("418430", "Carlos Ventura", "2009-12-29", 11, {"country_of_birth": "Honduras", "ell": True, "sped": False}),
    text="""SIS discipline record 2026-0108-07 (copied from the entry):
{ location: "locker 219", found_by: "SSO Malley", time: "1:05 PM" }
Found inside a wrapped Italian sub from the corner store, stuffed in the back of the locker: a THC vape cart (Jeeter) and a knotted bag of 20 small blue pills. SSO field test on one pill was positive for fentanyl. Locker 219 was reassigned in December; the old assignment was a senior who withdrew, and the new one is Carlos Ventura. Carlos says the sub is his lunch but the bag was "already stuck in the back" when he got the locker, under an old sweatshirt. The senior's friends told the AP that Carlos "knows who it's for." Carlos has a sister in 9th grade whose locker is next door.""",
    decision="allow", key="fentanyl", keep=["Italian sub", "locker 219", "20 small blue pills"],
    hide=["Honduras"], cats=["national_origin"],
    tags=["locker", "allow_drugs", "ownership_dispute", "structured_fields", "precision_trap"])

add(52, school="Boston Latin Academy", sid="BPS-4012", to="bpd/district-c11",
    ground="weapon", weapon="machete", at="2025-12-19T15:30:00-05:00",
    where="Lost and found racks by the main office",
    stu=("402001", "Yusuf Abdullahi", "2009-04-30", 11, {"religion": "Muslim", "prefers_interpreter": "Somali"}),
    text="""Found at 3:30 in the back of the lost and found racks, inside a Boston Celtics drawstring bag: a machete, roughly 18 inch blade, in a canvas sheath, rusty at the tip. The custodian had moved the racks for the holiday break. Yusuf Abdullahi and two other boys came by after school to look for a lost coat; the bag was hanging next to Yusuf's coat, and the other two boys said "that's Yusuf's Celtics bag." Yusuf says he has never owned a Celtics bag and roots for the Knicks. No one was threatened. The machete has been secured and photos taken.""",
    decision="allow", key="machete", keep=["Boston Celtics drawstring bag", "canvas sheath", "18 inch blade"],
    hide=["Muslim", "Somali"], cats=["religion", "language"],
    tags=["lost_and_found", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

add(53, school="Dearborn STEM Academy", sid="BPS-4075", to="bpd/district-b2",
    ground="suspicious_behavior", at="2026-03-12T10:45:00-04:00", where="Back stairwell, 4th floor",
    stu=("428776", "Osvaldo Cruz", "2010-02-22", 10),
    text="""For the past two weeks a group of 10th graders has been gathering in the 4th floor back stairwell during 3rd period. Today staff found a folded dollar bill with white residue and a cut straw on the landing. No drugs were recovered and no one admitted anything. Osvaldo Cruz was in the group. Other students say his family "has no papers" and "moves stuff" for relatives. We want police to keep an eye on the group.""",
    decision="deny", reason="ground_not_permitted", hide=["no papers"], cats=["immigration_status"],
    tags=["stairwell", "deny_ground", "rumour"])

add(54, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="serious_violence", weapon="club (padlock in a sock)", at="2026-05-19T14:15:00-04:00",
    where="Boys' locker room, after 7th period",
    stu=("407218", "Tesfay Gebremedhin", "2009-09-18", 11),
    text="""Nurse's note: 14:18 called to boys' locker room. 10th grade male (R.M.) on the floor, conscious but confused, laceration to the back of the head approx 4 cm, bleeding controlled with pressure, vomited twice. EMS transport to Boston Children's 14:35. Hospital later confirmed a skull fracture and he was admitted overnight.

AP's addendum: a combination padlock inside a tube sock was found under the bench, blood on the sock. Locker room had about 25 boys in it. R.M. says he was hit from behind and didn't see who. Two boys say they saw Tesfay Gebremedhin swinging "something in a sock"; two others say Tesfay was already outside on the field. The sock has no name; it is the same sock the school store sells. Students say the fight started because R.M. mocked Tesfay's accent and called him "Eritrean" as an insult; Tesfay's father asked that the meeting be in Tigrinya.""",
    decision="allow", key="padlock", keep=["skull fracture", "tube sock", "under the bench"],
    hide=["Eritrean", "Tigrinya"], cats=["ethnicity", "language"],
    tags=["gym", "allow_violence", "many_students", "ownership_dispute"])

add(55, school="Charlestown High School", sid="BPS-4052", to="bpd/district-a1",
    ground="drugs", subs=["cocaine"], at="2025-10-14T07:25:00-04:00",
    where="Yellow bus 0290, morning run, Rutherford Ave",
    stu=("417555", "Brenda Lacayo", "2010-05-16", 10),
    text="""Written statement, driver of bus 0290:
"On the morning run, at the light on Rutherford Ave, a girl in the fourth row started yelling that somebody left a bag on her seat. It was a small pink makeup bag. I pulled in at the school and gave it to Mr. Doherty. When he opened it in the office there was nail polish, a Citizen watch with a broken band, and a bag of white powder maybe the size of a golf ball."
Mr. Doherty's note: SSO test positive for cocaine. Three girls sat in that area: Brenda Lacayo, Kristen O., and Mya B. Kristen says the makeup bag is Brenda's. Brenda says she has the same bag but hers is in her locker, and it was. Brenda was very upset and told the counselor her father was deported in August and she "can't have anything else happen." Mya did not want to talk.""",
    decision="allow", key="cocaine", keep=["nail polish", "Citizen watch", "Rutherford Ave"],
    hide=["deported"], cats=["immigration_status"],
    tags=["bus", "allow_drugs", "ownership_dispute", "precision_trap"])

add(56, school="West Roxbury Academy", sid="BPS-4411", to="bpd/district-e5",
    ground="drugs", subs=["delta-8 THC gummies", "cannabis edibles"], at="2026-02-03T12:00:00-05:00",
    where="Lost and found, cafeteria",
    stu=("420909", "Aidan Kearney", "2009-07-04", 11),
    text="""A lunchbox from the cafeteria lost and found held two packs of "Delta-8 Gummies" and a chocolate bar labeled 100mg THC. Aidan Kearney asked for the lunchbox back; he says his older brother packed it. Friends of Aidan say the brother sells "out of the house on Spring St." Sending to BPD for the brother.""",
    decision="deny", reason="excluded_substance", hide=["Spring St"], cats=["neighborhood"],
    tags=["lost_and_found", "deny_excluded"])

add(57, school="Boston Arts Academy", sid="BPS-4019", to="bpd/district-d4",
    ground="weapon", weapon="handgun", at="2026-03-27T15:20:00-04:00",
    where="Stairwell, Massachusetts Ave Orange Line station",
    stu=("411630", "Jahmir Scott", "2009-01-20", 12),
    text="""SSO report, off-campus but during dismissal. A transit employee flagged our SSO at the Mass Ave station at 3:20 to say students had "dropped something" in the stairwell down to the inbound platform. Behind a trash barrel on the stairs was a small black pistol with a round in the chamber. About fifteen BAA students use that stairwell at dismissal.

The employee described a boy in a yellow beanie. Jahmir Scott was wearing a yellow beanie and was stopped on the platform. He says at least three other kids have the same beanie from the theater department. Students later said the gun belongs to "someone from Cathedral" and that Jahmir "grew up in Cathedral with him," so he would know. Jahmir says he doesn't know anything. Parent called.""",
    decision="allow", key="pistol", keep=["Mass Ave station", "round in the chamber", "yellow beanie"],
    hide=["Cathedral"], cats=["neighborhood"],
    tags=["stairwell", "allow_weapon", "rumour", "many_students", "precision_trap"])

add(58, school="Urban Science Academy", sid="BPS-4395", to="bpd/district-e5",
    ground="weapon", weapon="replica handgun", at="2025-11-06T09:30:00-05:00", where="Locker 77",
    stu=("430288", "Mason Pike", "2010-08-08", 10),
    text="""A realistic black pistol was found in locker 77 during a search. It turned out to be a replica (cast metal, cannot fire, sold as a movie prop), but it looks real from three feet away. Mason Pike and a friend share the locker. The friend says it's Mason's for a music video; Mason says it's the friend's. Mason's mom asked for the meeting through a Portuguese interpreter.""",
    decision="deny", reason="other", hide=["Portuguese"], cats=["language"],
    tags=["locker", "deny_replica", "ownership_dispute"])

add(59, school="Snowden International School", sid="BPS-4342", to="bpd/district-d4",
    ground="drugs", subs=["psilocybin mushrooms"], at="2026-04-22T08:50:00-04:00",
    where="Room 401, wall return vent",
    stu=("421777", "Thiago Pereira", "2009-10-02", 11),
    text="""Facilities work order 7781 (room 401, "rattling in return vent")
Tech found: zip-top bag taped inside the return grille, containing dried mushrooms (approx 1/2 oz) and two "Polkadot" chocolate bars, wrappers claiming psilocybin. Bag handed to AP Ferris at 8:50.
AP follow-up: Room 401 is used by five classes a day. A student says Thiago Pereira was seen "fiddling with the vent" before 1st period. Thiago says he was trying to close it because the room is freezing, which is true (we have a heat ticket open). Other students say the bag was "the Brazilian kids' stash from the party." Thiago's parents came in together and spoke with our Portuguese-speaking counselor.""",
    decision="allow", key="psilocybin", keep=["work order 7781", "Polkadot", "return grille"],
    hide=["Brazilian", "Portuguese"], cats=["ethnicity", "language"],
    tags=["vent", "allow_drugs", "rumour", "many_students"])

add(60, school="Boston Arts Academy", sid="BPS-4019", to="bpd/district-d4",
    ground="weapon", weapon="knife", at="2026-01-15T18:10:00-05:00",
    where="Backstage, black box theater",
    stu=("414118", "Nia Holloway", "2009-02-28", 12, {"neighborhood": "Roxbury", "zip": "02119"}),
    text="""Hi all,

Quick write-up so it's in the file before tomorrow. During load-out after the winter showcase the stage crew found a gym bag stuffed behind the flats in the black box theater. Inside was a fixed-blade knife, about six inches, in a cardboard sleeve, along with a pair of character shoes and a hoodie. The bag has been backstage since at least Tuesday.

The stage crew is eight students plus cast coming and going. Nia Holloway (crew chief) said the bag is "probably from the dance people." Two dancers say it is Nia's because she's the only one with keys to that room. Nia says her keys were on the hook all week. Nobody was hurt and nobody was threatened. Knife is with SSO Vance.

- Mr. Albrecht, Technical Director""",
    decision="allow", key="fixed-blade knife", keep=["stage crew", "behind the flats", "character shoes"],
    hide=["Roxbury", "02119"], cats=["neighborhood"],
    tags=["gym", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

# ---------------------------------------------------------------- 61-80
add(61, school="Excel High School", sid="BPS-4284", to="bpd/district-c6",
    ground="trespass", at="2026-01-06T07:05:00-05:00", where="Rear stairwell by the loading dock",
    stu=("412640", "Valeria Ospina", "2009-06-11", 11),
    text="""At 7:05 the custodian opening the building found an adult man asleep in the rear stairwell by the loading dock with a sleeping bag and a backpack. He said his niece, Valeria Ospina, let him in through the dock door the night before because he had nowhere to go. Valeria confirmed it and cried; she said he only arrived from Colombia in November and the shelter was full. Nothing illegal was found in the backpack. Requesting BPD follow-up for the trespass and the door.""",
    decision="deny", reason="ground_not_permitted", hide=["Colombia"], cats=["national_origin"],
    tags=["stairwell", "deny_ground"])

add(62, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bpd/district-c11",
    ground="weapon", weapon="knife", at="2026-02-11T11:25:00-05:00", where="Third floor boys' bathroom",
    stu=("419920", "Stanley Jean-Louis", "2009-08-07", 11),
    att=[{"kind": "photo", "name": "yearbook_photos_3rd_floor_students.zip"},
         {"kind": "document", "name": "request_face_matching_corridor_camera.pdf"}],
    text="""A kitchen knife was found behind the toilet in the third floor boys' bathroom. Around twenty boys used it that morning. We are attaching the yearbook photos of every student with a class on that floor and ask that BPD run them against the corridor camera with their face matching system to tell us who went in at 11:10. Stanley Jean-Louis is named because a teacher thinks it was him; kids say it's "the Haitian boys" who hang out in there.""",
    decision="deny", reason="face_surveillance", hide=["Haitian"], cats=["face_surveillance", "ethnicity"],
    tags=["bathroom", "deny_face", "many_students"])

add(63, school="New Mission High School", sid="BPS-4239", to="bpd/district-e18",
    ground="weapon", weapon="handgun", at="2025-11-20T13:40:00-05:00",
    where="Gym locker 46, girls' locker room",
    stu=("406611", "Destiny Carrasquillo", "2009-03-19", 11),
    text="""At 1:40 Destiny Carrasquillo came to the nurse for an ice pack after twisting her ankle in PE. While she was there the PE teacher, Ms. Doran, went to get Destiny's sneakers from gym locker 46 and found a small revolver-style handgun wrapped in a towel on the top shelf, loaded with five rounds. Gym locker 46 is not assigned; girls use whatever locker is open and leave their own locks on.

Destiny says the lock was hers but she only put it on at 12:50 and the towel was "already in there." Three girls from the 5th period class say the towel belongs to Shanice B. Shanice says she hasn't had a towel since October. A girl in the class told Ms. Doran that Destiny's boyfriend "keeps it for his block in Bowdoin-Geneva." Destiny's stepfather picked her up; BPD took the gun.""",
    decision="allow", key="handgun", keep=["ice pack", "gym locker 46", "five rounds"],
    hide=["Bowdoin-Geneva"], cats=["neighborhood"],
    tags=["gym", "locker", "allow_weapon", "ownership_dispute", "precision_trap"])

add(64, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="hsi",
    ground="drugs", subs=["fentanyl"], at="2026-04-16T15:00:00-04:00", where="Bus 1133, back row",
    stu=("423002", "Ricardo Lopes", "2009-11-02", 11),
    text="""Twenty counterfeit M30 pills found in a sock under the back row of bus 1133. Ricardo Lopes and two friends ride in the back. Since one of the friends is here on a student visa that was reportedly cancelled, the request goes to Homeland Security Investigations so they can check both.""",
    decision="deny", reason="recipient_not_permitted", hide=["student visa"], cats=["immigration_status"],
    tags=["bus", "deny_recipient"])

add(65, school="Boston Day and Evening Academy", sid="BPS-4024", to="bpd/district-d14",
    ground="drugs", subs=["cocaine", "crack cocaine"], at="2025-12-02T10:50:00-05:00",
    where="Single-stall bathroom by the library",
    stu=("401855", "Sokha Chhim", "2009-05-29", 12, {"ethnicity": "Cambodian", "language_at_home": "Khmer"}),
    text="""Ms. Grady (library aide) reported that the ceiling tile in the single-stall bathroom by the library was cracked. SSO Burch climbed up and found, on top of the next tile over, a Holy Cross sweatshirt rolled around a glass stem with burnt residue and a bag with about 3 grams of white powder and several small rocks. SSO's field kit: cocaine. The stem and rocks are consistent with crack.

The bathroom is open to anyone with a library pass. The library sign-in sheet shows nine students between 9 and 10:45. Sokha Chhim signed in twice. When interviewed Sokha said the sweatshirt is his older brother's, who is at Holy Cross, and that he lent it to a friend (K.T.) months ago. K.T. denies it. Other students say the stuff belongs to "seniors who graduated." Sokha's grandmother was called through an interpreter.""",
    decision="allow", key="cocaine", keep=["Holy Cross sweatshirt", "glass stem", "library sign-in sheet"],
    hide=["Cambodian", "Khmer", "through an interpreter"], cats=["ethnicity", "language"],
    tags=["bathroom", "vent", "allow_drugs", "ownership_dispute", "structured_fields", "precision_trap"])

add(66, school="Brighton High School", sid="BPS-4033", to="bpd/district-d14",
    ground="drugs", subs=["hard seltzer"], at="2026-05-29T15:30:00-04:00", where="Girls' soccer equipment bag",
    stu=("427004", "Chloe Fennessy", "2010-04-13", 10),
    text="""Six cans of White Claw were found in the girls' soccer equipment bag on the bus to the away game. Chloe Fennessy packed the bag that day, but the whole team uses it. Chloe's teammates say Chloe's sister buys for them "from the packie near their house on Market St." Chloe denies it.""",
    decision="deny", reason="excluded_substance", hide=["Market St"], cats=["neighborhood"],
    tags=["gym", "bus", "deny_excluded"])

add(67, school="Boston Community Leadership Academy", sid="BPS-4041", to="bpd/district-d4",
    ground="weapon", weapon="pepper spray and knife", at="2026-03-04T14:05:00-05:00",
    where="West stairwell, between floors 1 and 2",
    stu=("415088", "Priya Ramnarine", "2010-10-25", 10),
    text="""Account by Ms. Chaudry, hall monitor:
At 2:05 two groups of girls were yelling at each other in the west stairwell between floors 1 and 2. When I got there everybody ran except Priya Ramnarine, who was sitting on the step crying. On the step next to her was a Chinese takeout bag, and inside it a can of pepper spray and a pink folding knife with a 3 inch blade. Priya said the bag was just there when she sat down. A girl from the other group, who came back later, says it was Priya's and that Priya was "going to use it on Jaz." Jaz says she never saw any weapon.
AP note: Priya's mother explained that Priya had been at the temple with the family all weekend for a Hindu festival and came to school exhausted and anxious; the mother also asked that we stop calling Priya's friends "the Guyanese girls." No one was sprayed or cut.""",
    decision="allow", key="pepper spray", keep=["Chinese takeout bag", "pink folding knife", "west stairwell"],
    hide=["Hindu", "temple", "Guyanese"], cats=["religion", "ethnicity"],
    tags=["stairwell", "allow_weapon", "ownership_dispute", "precision_trap"])

add(68, school="Boston Latin Academy", sid="BPS-4012", to="bpd/district-c11",
    ground="drugs", subs=["ketamine"], at="2026-01-26T09:10:00-05:00",
    where="Lost and found, 2nd floor coat rack",
    stu=("404404", "Dmytro Shevchuk", "2009-09-09", 11),
    text="""Lost and found coat rack, 2nd floor. A navy Patriots hoodie has been hanging there since before the break. A custodian moving the rack heard glass clink; in the front pocket was a small brown glass vial with a rubber stopper, about half full of clear liquid, and a baggie of white crystalline powder. The label on the vial is a veterinary ketamine label with the clinic name torn off. The nurse took custody.

Three students have said the hoodie is Dmytro Shevchuk's. Dmytro says he has the same hoodie but his is at home, and his mother brought it in the next day. The hoodie on the rack is a size larger. Dmytro's mother told the counselor the family has been here since 2023 from Ukraine under humanitarian parole and she is frightened of anything involving police. The hoodie is in the SSO's office; no one else has claimed it.""",
    decision="allow", key="ketamine", keep=["Patriots hoodie", "rubber stopper", "veterinary ketamine label"],
    hide=["Ukraine", "humanitarian parole"], cats=["national_origin", "immigration_status"],
    tags=["lost_and_found", "allow_drugs", "ownership_dispute"])

add(69, school="Charlestown High School", sid="BPS-4052", to="bpd/district-a1",
    ground="weapon", weapon="airsoft rifle", at="2025-10-10T14:30:00-04:00", where="Gym equipment room",
    stu=("424781", "Liam Sheehan", "2010-02-06", 10),
    text="""An airsoft rifle (black, orange tip removed, battery-powered) was found wrapped in a tarp in the back of the gym equipment room. Liam Sheehan and two friends were seen in the equipment room during 6th period without a teacher. Liam says it belongs to a friend who plays in the woods behind his house off Bunker Hill St and that he was going to return it. Nobody was threatened with it.""",
    decision="deny", reason="other", hide=["Bunker Hill St"], cats=["neighborhood"],
    tags=["gym", "deny_replica"])

add(70, school="Young Achievers Science and Mathematics K-8", sid="BPS-4422", to="bpd/district-b3",
    ground="weapon", weapon="knife (karambit)", at="2026-04-01T15:15:00-04:00",
    where="Yellow bus, route 23, stop at Blue Hill Ave and Morton St",
    stu=("446318", "Andre Whyte", "2012-05-02", 8),
    text="""Dismissal, route 23. At the stop at Blue Hill Ave and Morton St the driver saw a student drop something curved and shiny under a seat as kids got off. She stopped the bus and called the office. SSO recovered a karambit, a small curved knife with a finger ring, black blade about 2.5 inches.

Four 8th graders got off at that stop: Andre Whyte, Micah P., Dev S. and Tyler H. Micah and Dev both say it was Andre's. Andre says it was Tyler's and that Tyler "gave it to him to hold for one second." Tyler says none of that happened. The driver could not say which one dropped it. Andre's mom came in and, in Patois, told him to tell the truth; she then told us the family had just moved into the Franklin Field apartments and Andre doesn't know anybody yet.""",
    decision="allow", key="karambit", keep=["Blue Hill Ave and Morton St", "finger ring", "route 23"],
    hide=["Patois", "Franklin Field"], cats=["language", "neighborhood"],
    tags=["bus", "allow_weapon", "ownership_dispute", "many_students", "precision_trap"])

add(71, school="Edward M. Kennedy Academy for Health Careers", sid="BPS-4095", to="bpd/district-b2",
    ground="drugs", subs=["heroin", "fentanyl"], at="2026-02-17T10:15:00-05:00",
    where="Boys' bathroom, 5th floor, exhaust vent",
    stu=("410095", "Curtis Banks", "2009-12-05", 11),
    text="""Report, AP Guerrero.
The exhaust fan in the 5th floor boys' bathroom stopped working and Facilities took the grille off at 10:15. Behind it, in the duct, was a sandwich bag with 40 small glassine bags stamped "GAME OVER", a roll of $5 bills and a spoon with burn marks. Nurse and SSO believe the glassines contain heroin or fentanyl; both listed.

Who has access: every boy on the 5th floor, including the Longwood Medical Area shadowing group which meets up there Tuesdays. Students name Curtis Banks because he is in that bathroom "every period." Curtis says he goes there to get away from the noise in class. Two other boys say the bags belong to "the Annunciation Road boys" and that Curtis "grew up with them." Curtis's father is coming in Thursday.""",
    decision="allow", key="fentanyl", keep=["GAME OVER", "Longwood Medical Area", "exhaust fan"],
    hide=["Annunciation Road"], cats=["gang_affiliation"],
    tags=["vent", "bathroom", "allow_drugs", "rumour", "precision_trap"])

add(72, school="East Boston High School", sid="BPS-4092", to="bpd/district-a7",
    ground="credible_threat", threat="", at="2026-05-04T11:20:00-04:00", where="Stairwell A",
    stu=("436120", "Emmanuel Frías", "2010-03-15", 9),
    text="""Several students told teachers this morning that "someone is bringing a gun Friday" and that it is hidden in stairwell A. Staff searched stairwell A and found nothing. The rumour started in a group chat. Emmanuel Frías's name was mentioned in the chat, as "the Dominican kid with the bag." No specific statement is available from anyone.""",
    decision="deny", reason="missing_threat_statement", hide=["Dominican"], cats=["ethnicity"],
    tags=["stairwell", "deny_threat_missing", "rumour"])

add(73, school="John D. O'Bryant School of Mathematics & Science", sid="BPS-4299", to="bpd/district-b2",
    ground="weapon", weapon="knife", at="2026-03-13T15:00:00-04:00",
    where="Fitness center, shared cubbies",
    stu=("398345", "Noah Feldman", "2009-06-03", 12),
    text="""Coach's note. After the weight room closed at 3, I was checking the shared cubbies and found a folding knife with a 4 inch blade, half open, in a Temple University sweatshirt in cubby 12. Cubbies aren't assigned; the lifting club just throws stuff in whichever is empty.

Noah Feldman and Gio M. were the last two lifting. Gio said the sweatshirt is Noah's because Noah's sister goes to Temple. Noah says his sister does go to Temple but that sweatshirt isn't his, his is grey. I asked if either of them could come in Saturday to talk with the AP and Noah said he can't because his family keeps Shabbat, so we set it for Monday. Knife turned in to SSO.""",
    decision="allow", key="folding knife", keep=["Temple University sweatshirt", "cubby 12", "lifting club"],
    hide=["Shabbat"], cats=["religion"],
    tags=["gym", "allow_weapon", "ownership_dispute", "precision_trap"])

add(74, school="Dearborn STEM Academy", sid="BPS-4075", to="bpd/district-b2",
    ground="drugs", subs=["counterfeit alprazolam bars"], at="2025-09-23T09:40:00-04:00",
    where="Locker C-33",
    stu=("421661", "Kiana Moore", "2010-01-23", 10, {"address": "Apt 3, 112 Dudley St", "housing_program": "Section 8"}),
    text="""C-33 locker check (per the new locker-sharing pilot where 10th graders share in pairs). Found by SSO Jett: a Ziploc with 40 yellow rectangular bars stamped "S 90 3", sold as "yellow Xannies." The nurse says they are counterfeit alprazolam and that pressed bars like these often contain other sedatives. Locker partners are Kiana Moore and Tia R.

Tia: "It's Kiana's boyfriend's, he put it in there Friday." Kiana: "We both have the combo, and so does Tia's cousin." Two other students said they had bought "a bar" from someone at the C-33 bank but would not say who. Parents of both girls have been contacted.""",
    decision="allow", key="counterfeit alprazolam", keep=["S 90 3", "Locker partners", "C-33"],
    hide=["Dudley St"], cats=["neighborhood"],
    tags=["locker", "allow_drugs", "ownership_dispute", "structured_fields"])

add(75, school="Snowden International School", sid="BPS-4342", to="bpd/district-d4",
    ground="fight", at="2026-01-29T12:35:00-05:00", where="Basement bathroom",
    stu=("413345", "Chidi Okeke", "2009-05-14", 11),
    text="""Two boys fought in the basement bathroom at lunch. Chidi Okeke and another student were pulled apart by the SSO; nobody needed medical care beyond an ice pack. A lighter and a broken phone were found on the floor and both boys say the phone is theirs. Students say the fight started when the other boy made fun of Chidi being Nigerian. Requesting BPD document it.""",
    decision="deny", reason="ground_not_permitted", hide=["Nigerian"], cats=["national_origin"],
    tags=["bathroom", "deny_ground", "ownership_dispute"])

add(76, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="weapon", weapon="firearm (privately made, loaded)", at="2026-05-07T12:25:00-04:00",
    where="South stairwell, top landing near the roof door",
    stu=("425007", "Jonas Pierre-Louis", "2009-02-12", 11),
    text="""At 12:25 the engineering teacher, Mr. Faulk, found a pistol with a grey polymer frame and no serial number on the top landing of the south stairwell by the roof door, under a pile of flattened boxes. Loaded magazine, 8 rounds. Mr. Faulk runs the 3D printing club and says the frame looks 3D-printed; the club's printer logs are being pulled.

The top landing is a known hangout. Students told the AP at least six names. The one name that came up most is Jonas Pierre-Louis, who is in the 3D printing club. Jonas says anyone can see the files on the club computer. A student said Jonas "lives at the Best Western on Soldiers Field Road with the other families" and "needs money"; the family is in the emergency shelter program. Jonas cried in the meeting and said he had never touched a gun. Gun turned over to BPD.""",
    decision="allow", key="pistol", keep=["3D printing club", "roof door", "8 rounds"],
    hide=["Best Western", "Soldiers Field"], cats=["neighborhood"],
    tags=["stairwell", "allow_weapon", "rumour", "many_students", "precision_trap"])

add(77, school="Boston Green Academy", sid="BPS-4027", to="bpd/district-d14",
    ground="credible_threat", at="2026-03-09T15:25:00-04:00", where="Bus 14, afternoon run",
    threat="On bus 14 at 3:25 a student said to the bus monitor and to the students in the seats around him: \"Tomorrow I'ma light this whole bus up. It's already in the gym bag in the locker room.\" He pointed at two students he had argued with earlier. The statement names a time, a place and a weapon stored on campus.",
    stu=("420345", "Rasheed Coleman", "2009-08-27", 11),
    text="""Bus monitor Ms. Tran wrote down the statement (see threat statement) and called the office from the bus. The AP and SSO searched the boys' locker room at 3:50. The gym bag he described, a red Adidas duffel on the bench by the lockers, held only sneakers and a basketball; no weapon was found. The bag has no name and four students say it is theirs.

Students on the bus named Rasheed Coleman as the speaker. Rasheed says he said "light up" about a video game and that the bag is not his. The two students he pointed at are afraid to ride tomorrow. One of them said Rasheed "moved from Orchard Park last month and brought his problems with him." Rasheed's mother has been called; he will not ride bus 14 pending the threat assessment.""",
    decision="allow", key="bus 14", keep=["red Adidas duffel", "sneakers and a basketball", "boys' locker room"],
    hide=["Orchard Park"], cats=["neighborhood"],
    tags=["bus", "gym", "allow_threat", "ownership_dispute"])

add(78, school="TechBoston Academy", sid="BPS-4377", to="bpd/district-c11",
    ground="drugs", subs=["hash", "blunt wraps"], at="2025-12-17T13:10:00-05:00", where="Stairwell 3",
    stu=("418888", "Kobe Bennett", "2010-06-22", 10),
    text="""A tin with about 5 grams of hash and a pack of blunt wraps was found on the windowsill in stairwell 3. Kobe Bennett and two friends were on the stairs; all three say it is not theirs. A teacher says Kobe is "one of the Jamaican kids who smoke up there." We want BPD to find the supplier.""",
    decision="deny", reason="excluded_substance", hide=["Jamaican"], cats=["ethnicity"],
    tags=["stairwell", "deny_excluded", "rumour"])

add(79, school="Mario Umana Academy", sid="BPS-4214", to="bpd/district-a7",
    ground="drugs", subs=["fentanyl"], at="2026-02-04T07:45:00-05:00",
    where="Yellow bus, route 5, stop at Maverick Square",
    stu=("447760", "Santiago Orozco", "2012-03-30", 8, {"ethnicity": "Colombian", "home_language": "Spanish"}),
    text="""Bus 5 monitor: "At the Maverick Square stop a little girl picked up a plastic Easter egg off the floor and started to open it. I took it from her. Inside were blue pills, maybe ten." Office note: the nurse identified the pills as counterfeit M30s likely to contain fentanyl; the egg and pills went to the SSO in a sealed bag. Nobody touched their mouth; nurse checked the girl anyway.

The older kids at the back of route 5 are 8th graders: Santiago Orozco, Ivan C., Adrian V. The girl said "the big boy with the orange headphones" dropped it. Santiago has orange headphones, and so does Ivan. Both say it's the other's. Santiago's mother and father came in together.""",
    decision="allow", key="fentanyl", keep=["Easter egg", "Maverick Square", "orange headphones"],
    hide=["Colombian", "Spanish"], cats=["ethnicity", "language"],
    tags=["bus", "allow_drugs", "ownership_dispute", "structured_fields", "precision_trap"])

add(80, school="Margarita Muñiz Academy", sid="BPS-4226", to="bpd/district-e13",
    ground="weapon", weapon="stun gun and knife", at="2026-04-30T12:45:00-04:00",
    where="Girls' locker room, locker row B",
    stu=("429915", "Selam Tesfaye", "2010-09-30", 10, {"ethnicity": "Ethiopian", "languages": ["Amharic", "English"]}),
    text="""From AP Velez to Head of School, 4/30

During 5th period a student reported a "buzzing" from locker row B in the girls' locker room. Ms. Haines found a pink stun gun (switch stuck on) and a small fixed-blade knife in a JP Licks cup wedged between lockers B-4 and B-5. The stun gun was hot; we unplugged the battery.

Lockers B-4 and B-5 belong to Selam Tesfaye and Rosa L., but the row B girls swap all the time. Rosa says the cup is Selam's because "she always gets JP Licks after practice." Selam says she hasn't been there since March and that Rosa's sister borrowed her locker last week. Both girls were calm. No injuries. I have asked the girls not to discuss it on social media.""",
    decision="allow", key="stun gun", keep=["JP Licks cup", "B-4 and B-5", "fixed-blade knife"],
    hide=["Ethiopian", "Amharic"], cats=["ethnicity", "language"],
    tags=["gym", "locker", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

# ---------------------------------------------------------------- 81-100
add(81, school="Jeremiah E. Burke High School", sid="BPS-4117", to="allied-universal",
    ground="weapon", weapon="brass knuckles", at="2026-02-20T19:30:00-05:00", where="Gym bleachers, Friday game",
    stu=("411904", "Kwame Asante", "2009-10-19", 11),
    text="""During the Friday night game a gym bag left under the bleachers was found to contain brass knuckles. Kwame Asante was sitting above it with friends; they say it belonged to a visitor. The event security company working the door has asked for the full report so it can ban the owner from future events. Kwame's friends are described by staff as "the Ghanaian crowd.\"""",
    decision="deny", reason="recipient_not_permitted", hide=["Ghanaian"], cats=["ethnicity"],
    tags=["gym", "deny_recipient"])

add(82, school="Fenway High School", sid="BPS-4135", to="bpd/district-d4",
    ground="weapon", weapon="handgun", at="2025-10-24T11:55:00-04:00",
    where="Room 110, heating vent under the window",
    stu=("403090", "Omar Haddad", "2009-04-08", 11),
    text="""Room 110 is the room where lunch overflow eats, so during lunch there are 30 kids and a box of French fries on every desk. At 11:55 a lunch aide saw a boy crouched by the heating vent under the window. When she walked over he was gone into the crowd. She lifted the vent cover: a black handgun wrapped in a Dunkin' napkin, magazine in, one round chambered.

Names given by students who were at the window tables: Omar Haddad, Jamari B., Kevin T. and "a kid in a grey hoodie." Omar says he was getting ketchup. Jamari says Omar "was the one by the vent." Camera in 110 shows the vent area only partially; the AP reviewed it and cannot tell which boy it is. Omar's older sister came in because the parents work; she mentioned the family came from Syria four years ago and Omar "has seen enough guns for a lifetime." BPD took the gun.""",
    decision="allow", key="handgun", keep=["French fries", "Dunkin' napkin", "one round chambered"],
    hide=["Syria"], cats=["national_origin"],
    tags=["vent", "allow_weapon", "ownership_dispute", "many_students", "precision_trap"])

add(83, school="Boston International Newcomers Academy", sid="BPS-4031", to="bpd/district-c6",
    ground="drugs", subs=["oxycodone (prescribed to another person)"], at="2026-03-26T14:20:00-04:00",
    where="Lost and found, first floor",
    stu=("435512", "Roselyn Ortiz", "2010-11-28", 9, {"religion": "Seventh-day Adventist"}),
    text="""Log and follow-up, lost and found.
Item: blue drawstring gym bag, no name.
Found inside: gym clothes, a Kiwi shoe polish tin holding 12 round white pills stamped "M 523" (oxycodone 10 mg per the nurse), and an empty pharmacy bottle with the name of an 81-year-old woman on it.
Who: Roselyn Ortiz asked for the bag back at 2:20. She says the bag is hers but the tin is her cousin's, "he keeps stuff in my bag." The pharmacy bottle is in the name of Roselyn's great-aunt, who lives with the family. The cousin is not a student here. Roselyn is frightened and asked whether her church will find out; her mother said the family are Adventists and "this would shame us." Nurse kept the pills; AP called home.""",
    decision="allow", key="oxycodone", keep=["Kiwi shoe polish tin", "M 523", "pharmacy bottle"],
    hide=["Adventist"], cats=["religion"],
    tags=["lost_and_found", "allow_drugs", "ownership_dispute", "structured_fields", "precision_trap"])

add(84, school="Community Academy of Science and Health", sid="BPS-4063", to="bpd/district-e18",
    ground="credible_threat", at="2025-11-13T10:10:00-05:00", where="Gym",
    stu=("426602", "Tyrell Simmons", "2010-04-19", 10),
    text="""Students say Tyrell Simmons told someone in gym class that he keeps "something" in his gym bag for the kids from the other school and would use it. Staff checked the gym bag: nothing. No adult heard the statement and the student who heard it will not repeat it. Tyrell lives near Mattapan Square where the other school lets out. Please advise.""",
    decision="deny", reason="missing_threat_statement", hide=["Mattapan Square"], cats=["neighborhood"],
    tags=["gym", "deny_threat_missing", "rumour"])

add(85, school="Jeremiah E. Burke High School", sid="BPS-4117", to="bpd/district-c11",
    ground="weapon", weapon="knife", at="2025-12-18T13:00:00-05:00",
    where="First floor girls' bathroom, paper towel dispenser",
    stu=("416214", "Kayla Mendes", "2010-01-31", 10, {"address": "219 Geneva Ave"}),
    text="""Setup for the Christmas concert was going on in the auditorium and the first floor girls' bathroom was busy all afternoon. At about 1:00 a chorus student told Ms. Obi that the paper towel dispenser "had a knife in it." Ms. Obi opened the dispenser with the custodian's key and found a steak knife with a serrated edge lying on top of the paper towel roll.

Chorus girls in and out of the bathroom: at least twelve. Two girls named Kayla Mendes because she "was showing it in the mirror." Kayla says she found it in there that morning and put it on top of the dispenser so the little ones from the visiting elementary choir wouldn't touch it, and that she told a teacher, who doesn't remember. Kayla's mother said the knife looks like the ones from their kitchen on Geneva Ave and that she would check. Nobody was hurt.""",
    decision="allow", key="steak knife", keep=["Christmas concert", "paper towel dispenser", "serrated edge"],
    hide=["Geneva Ave"], cats=["neighborhood"],
    tags=["bathroom", "allow_weapon", "ownership_dispute", "many_students", "structured_fields", "precision_trap"])

add(86, school="TechBoston Academy", sid="BPS-4377", to="bpd/district-c11",
    ground="serious_violence", weapon="razor blade", at="2026-04-23T15:05:00-04:00",
    where="Yellow bus 0733, Dorchester Ave stop",
    stu=("409771", "Davon Pryor", "2009-07-29", 11),
    text="""At the Dorchester Ave stop a 10th grader, J.W., was cut across the right cheek from behind while getting off bus 0733. The cut was about 8 cm long and deep; he was taken to Boston Medical Center and received 22 stitches and a plastic surgery consult. J.W. did not see who did it.

Afterwards the driver found a razor blade taped to a popsicle stick in the seat pocket of row 12. Five boys sat in rows 11 and 12. Three say Davon Pryor did it; Davon says the blade was left there in the morning and he never touched it. Another student says the cut was payback because J.W. "is from Thetford and Davon runs with the other side." Staff have no information that Davon is part of anything like that. Davon's mother has been notified and he is suspended pending a hearing.""",
    decision="allow", key="razor blade", keep=["popsicle stick", "22 stitches", "Dorchester Ave stop"],
    hide=["Thetford", "runs with the other side"], cats=["gang_affiliation", "neighborhood"],
    tags=["bus", "allow_violence", "rumour", "many_students", "precision_trap"])

add(87, school="Snowden International School", sid="BPS-4342", to="bpd/district-d4",
    ground="drug_paraphernalia", at="2026-05-14T09:20:00-04:00", where="Room 202 return vent",
    stu=("431050", "Jean Baptiste Noel", "2010-08-23", 10),
    text="""A digital scale, a box of small zip bags and a grinder were found inside the return vent of room 202. No drugs were found. Three students in the room have been accused by classmates; one of them, Jean Baptiste Noel, has been singled out because "the Haitian kids sell." We want police to know.""",
    decision="deny", reason="ground_not_permitted", hide=["Haitian"], cats=["ethnicity"],
    tags=["vent", "deny_ground", "rumour"])

add(88, school="Community Academy of Science and Health", sid="BPS-4063", to="bpd/district-e18",
    ground="drugs", subs=["fentanyl"], at="2026-03-02T08:15:00-05:00",
    where="Gym storage closet, ceiling vent",
    stu=("418005", "Bibek Gurung", "2009-09-12", 11),
    text="""AP Sandoval, 3/2.
The gym teacher reported the storage closet smelled like vinegar. The SSO opened the ceiling vent and found a bundle wrapped in duct tape, about the size of a deck of cards. Cut open in the nurse's office with gloves and masks: a grey-white powder, roughly 20 grams. The nurse and SSO both treated it as fentanyl; BPD was called and the closet sealed.

Who has keys: the two PE teachers and the student equipment managers (Bibek Gurung and Aliyah S.). The closet is also left propped open during classes. Aliyah says Bibek "goes in there alone." Bibek says he only goes in to get the volleyball cart. His father asked for someone who speaks Nepali; we had to use the phone line. Students were kept out of the gym for the day; classes moved to the Hyde Park Ave side of the building.""",
    decision="allow", key="fentanyl", keep=["duct tape", "volleyball cart", "Hyde Park Ave side of the building"],
    hide=["Nepali"], cats=["language"],
    tags=["vent", "gym", "allow_drugs", "ownership_dispute", "precision_trap"])

add(89, school="Excel High School", sid="BPS-4284", to="bpd/district-c6",
    ground="weapon", weapon="gravity knife and pepper spray", at="2026-01-16T12:10:00-05:00",
    where="Lost and found, cafeteria",
    stu=("422119", "Amira Deng", "2010-05-09", 10),
    text="""Cafeteria lost and found, Friday. The lunch manager found a black Gucci belt bag that had been on the lost and found shelf since Wednesday. When she picked it up the zip opened and a gravity knife (blade drops out when you flick it) and a small can of pepper spray fell out. The bag also had lip gloss and a school ID that is expired (last year's, a girl who transferred).

Amira Deng came to claim it after lunch. She says the bag belonged to the transferred girl and she "was holding it for her." Amira's friends say Amira bought it from her. Amira says the knife was never hers and she has never opened that zip. Amira's aunt, who is her guardian, came in and said the Sudanese families in their building look out for each other and that Amira is not violent. Items secured in the SSO office.""",
    decision="allow", key="gravity knife", keep=["Gucci belt bag", "expired", "lip gloss"],
    hide=["Sudanese"], cats=["ethnicity"],
    tags=["lost_and_found", "allow_weapon", "ownership_dispute", "precision_trap"])

add(90, school="Boston Community Leadership Academy", sid="BPS-4041", to="bpd/district-d4",
    ground="drugs", subs=["Juul pods", "marijuana"], at="2025-10-01T10:40:00-04:00", where="Locker 3-107",
    stu=("420260", "Jaden Sealy", "2010-09-15", 10),
    text="""Locker 3-107 (shared by two 10th graders) held a sleeve of Juul pods and about an eighth of marijuana in a pill bottle. Jaden Sealy and his locker partner each blame the other. Staff think the marijuana came from "the Lenox St development" where Jaden lives.""",
    decision="deny", reason="excluded_substance", hide=["Lenox St"], cats=["neighborhood"],
    tags=["locker", "deny_excluded", "ownership_dispute"])

add(91, school="Brighton High School", sid="BPS-4033", to="bpd/district-d14",
    ground="weapon", weapon="handgun", at="2026-02-09T08:35:00-05:00", where="Locker 411",
    stu=("407007", "Wilder Mazariego", "2008-12-02", 12, {"immigration_status": "pending asylum", "entry_date_us": "2022-07"}),
    text="""Handgun (black, compact) and a box of 9mm ammunition with 31 rounds left found in locker 411 at 8:35 during a K-9 check. The locker is assigned to Wilder Mazariego but the locker next to it, 412, has no back panel, so anything in 411 can be reached from 412. 412 belongs to a 9th grader who is rarely in school.

Wilder plays in the Police Athletic League basketball program and his coach there called the school to vouch for him. Wilder says the gun is not his and that he has never seen it. The 9th grader has not been reachable. Students told the AP the gun has been "passed around the top floor" for a week. Both lockers cleared; BPD responded.""",
    decision="allow", key="handgun", keep=["Police Athletic League", "no back panel", "31 rounds"],
    hide=["pending asylum", "2022-07"], cats=["immigration_status"],
    tags=["locker", "allow_weapon", "ownership_dispute", "structured_fields", "precision_trap"])

add(92, school="Madison Park Technical Vocational High School", sid="BPS-4310", to="bpd/district-b2",
    ground="drugs", subs=["heroin"], at="2026-04-06T11:05:00-04:00",
    where="Cosmetology wing girls' bathroom",
    stu=("415640", "Maribel Torres", "2009-11-24", 11),
    text="""Cosmetology wing, girls' bathroom, 11:05. A student came out and told her teacher there was "a needle and stuff" in the last stall. The teacher found a syringe (capped), a bottle cap burnt black, and three small wax bags stamped "DOLLAR" with brown powder. The nurse believes it is heroin. The girl who reported it said she saw "a girl with a French braid and a maroon hoodie" leaving the stall.

Maribel Torres had a French braid and a maroon hoodie that day, and so did at least two other girls in Cosmetology (it was a braiding lab). Maribel says she was never in the last stall. Maribel was upset that we asked her at all and said she is Catholic and goes to confession every week and would "never." Her mother came in at 1. Bags, syringe and cap bagged by the SSO.""",
    decision="allow", key="heroin", keep=["French braid", "braiding lab", "last stall"],
    hide=["Catholic", "confession"], cats=["religion"],
    tags=["bathroom", "allow_drugs", "ownership_dispute", "precision_trap"])

add(93, school="Urban Science Academy", sid="BPS-4395", to="massachusetts-state-police",
    ground="weapon", weapon="knife", at="2025-11-25T15:10:00-05:00", where="Bus 2201, route to Roslindale",
    stu=("428150", "Devante Charles", "2010-07-03", 10),
    text="""A butcher knife was found under a seat on bus 2201. Devante Charles and three others sat there. Because the bus route crosses into another town's jurisdiction, the report is addressed to the State Police barracks. Devante recently came from Trinidad and is shy; other kids blame him.""",
    decision="deny", reason="recipient_not_permitted", hide=["Trinidad"], cats=["national_origin"],
    tags=["bus", "deny_recipient"])

add(94, school="East Boston High School", sid="BPS-4092", to="bpd/district-a7",
    ground="weapon", weapon="straight razor", at="2026-01-05T07:50:00-05:00",
    where="North stairwell, basement level",
    stu=("419310", "Bryan Funes", "2009-10-06", 11),
    text="""First day back after Christmas break. At 7:50 the custodian found a straight razor, open, on the basement landing of the north stairwell, next to a Dunkin' cup and a pack of gum. The basement landing is where kids wait before the doors to the cafeteria open.

Mr. Reyes, who supervises breakfast, says about fifteen students were on that landing at 7:35. Two of them said the razor belongs to Bryan Funes "because he cuts hair." Bryan does cut hair, at his uncle's barbershop, and says his clippers and razors never leave the shop. A third student says the razor fell out of another boy's coat. Bryan's mother speaks K'iche' and only a little Spanish; the call home took a long time. She said her son works hard and asked for him not to be blamed because he is "the new one from Guatemala." Razor secured.""",
    decision="allow", key="straight razor", keep=["Christmas break", "basement landing", "barbershop"],
    hide=["K'iche'", "Spanish", "Guatemala"], cats=["language", "national_origin"],
    tags=["stairwell", "allow_weapon", "rumour", "many_students", "precision_trap"])

add(95, school="Fenway High School", sid="BPS-4135", to="bpd/district-d4",
    ground="drugs", subs=["MDMA", "THC gummies"], at="2026-05-21T13:30:00-04:00", where="Locker 58",
    stu=("424488", "Lucas Ferreira", "2009-03-03", 12, {"home_address": "25 Parker Hill Ave"}),
    text="""Locker 58 check after a teacher saw students trading something at the lockers. Found in a Nerds Rope bag: 9 pink pressed tablets shaped like a skull (sold as "ecstasy"; nurse believes MDMA) and a bag of THC gummies. Locker 58 is Lucas Ferreira's, but Lucas gave his combination to his girlfriend and to a friend from the spring play, both of whom use it.

Lucas says the gummies are his but the pills are not. The friend from the play says the Nerds Rope bag is Lucas's. The girlfriend was out today. Some students say the pills come from parties "up on Parker Hill where Lucas lives." Lucas's mother was called and is coming tomorrow.""",
    decision="allow", key="MDMA", keep=["Nerds Rope bag", "skull", "Locker 58"],
    hide=["Parker Hill"], cats=["neighborhood"],
    tags=["locker", "allow_drugs", "ownership_dispute", "structured_fields"])

add(96, school="Mildred Avenue K-8 School", sid="BPS-4222", to="bpd/district-b3",
    ground="weapon", weapon="knife", at="2026-02-25T08:10:00-05:00", where="Yellow bus, route 31",
    stu=("445532", "Kevin Zelaya", "2012-07-17", 7),
    text="""A small folding knife was found in a seat on route 31. The transportation vendor's camera system has facial recognition and it flagged Kevin Zelaya as the student who sat there at 7:48. Kevin says it was not him. Kevin's family is Honduran and just moved to the route.""",
    decision="deny", reason="face_surveillance", hide=["Honduran"], cats=["face_surveillance", "ethnicity"],
    tags=["bus", "deny_face"])

add(97, school="Mission Hill K-8 School", sid="BPS-4206", to="bpd/district-e13",
    ground="weapon", weapon="box cutter", at="2025-10-17T13:30:00-04:00",
    where="Field trip bus, Franklin Park Zoo parking lot",
    stu=("441499", "Angelo Dizon", "2012-04-24", 7),
    text="""7th grade field trip to the Franklin Park Zoo. On the bus in the zoo parking lot before we headed back, a chaperone (a parent) found an orange box cutter on the floor in the aisle, blade retracted. Every student's bag had been on the floor next to the seats.

Three students sitting nearby: Angelo Dizon, Rhea C., and Malcolm K. Rhea says she saw it in Angelo's lunch box at the seal exhibit. Angelo says the box cutter is from the art room and somebody put it in his lunch box as a joke; the art teacher confirms two box cutters went missing this week. Malcolm didn't see anything. Angelo's grandmother needed Tagalog to understand what happened and his cousin helped on speaker. Box cutter returned to SSO when the bus got back.""",
    decision="allow", key="box cutter", keep=["Franklin Park Zoo", "seal exhibit", "art room"],
    hide=["Tagalog"], cats=["language"],
    tags=["bus", "allow_weapon", "ownership_dispute", "precision_trap"])

add(98, school="Dorchester Academy", sid="BPS-4081", to="bpd/district-c11",
    ground="drugs", subs=["cocaine", "nicotine vape"], at="2026-03-19T14:50:00-04:00",
    where="Boys' locker room, bench by the Vans",
    stu=("408002", "Rashad Freeman", "2009-06-18", 11, {"flags": {"gang_affiliation": "H-Block (per prior school)"}}),
    text="""After 8th period gym a pair of black Vans were left on the bench. Inside the left shoe: a nicotine vape and 6 small bags of white powder (SSO field test: cocaine). Nine boys changed there. Rashad Freeman says the Vans are his but he left them there "since Monday" and the bags aren't his. Two other boys say Rashad "was the only one near the bench." The PE teacher remembers Rashad wearing different sneakers today. Rashad's grandmother is coming in.""",
    decision="allow", key="cocaine", keep=["black Vans", "left shoe", "Nine boys"],
    hide=["H-Block"], cats=["gang_affiliation"],
    tags=["gym", "allow_drugs", "ownership_dispute", "structured_fields"])

add(99, school="Charlestown High School", sid="BPS-4052", to="bpd/district-a1",
    ground="drugs", subs=["cigarettes", "chewing tobacco", "blunt"], at="2025-09-18T12:30:00-04:00",
    where="2nd floor boys' bathroom",
    stu=("430930", "Connor Walsh", "2010-12-08", 9),
    text="""Custodian found a stash under the sink in the 2nd floor boys' bathroom: two packs of Newports, a tin of Grizzly chewing tobacco and a half-smoked blunt. A 9th grader, Connor Walsh, was seen leaving. His mother said their parish priest would be disappointed and asked that the school "not ruin his confirmation." Sending to BPD.""",
    decision="deny", reason="excluded_substance", hide=["parish priest"], cats=["religion"],
    tags=["bathroom", "deny_excluded"])

add(100, school="Boston Latin Academy", sid="BPS-4012", to="bpd/district-c11",
    ground="weapon", weapon="handgun", at="2026-06-02T13:10:00-04:00",
    where="Boys' locker room, ceiling vent above row C",
    stu=("400512", "Eduardo Xicay", "2008-08-21", 12, {"ethnicity": "Guatemalan", "home_language": "K'iche'"}),
    text="""Chronology compiled by the Assistant Headmaster for the file.

Mon 6/1: a rumor goes around the senior class group chat that "there's a strap in the locker room ceiling" and that it belongs to "whoever was supposed to do the thing at prom." Several seniors screenshot it to teachers. The football coach mentions it to the SSO at dismissal.

Tue 6/2, 1:10 PM: SSO Carney and Facilities pull the ceiling vent above row C in the boys' locker room. In the duct, wrapped in a football practice jersey: a silver handgun with a loaded magazine and a sock with 14 loose rounds. The football team ran the Hail Mary drill in that locker room the day before and the jersey is a team jersey; about forty boys have one.

Names in the chat: Eduardo Xicay, Brendan O., "Big T", Marcus W. Eduardo's name is the one repeated most, in messages saying he "owes" someone. Eduardo came to the office on his own, said he had seen the rumor, and said he has never held a gun. Brendan says Eduardo "talked about getting one for protection." Marcus and Big T were not in school.

Family: Eduardo's father came in with a cousin who interpreted; the father is undocumented and was worried that talking to the school would expose him. The AP assured him this report is about the weapon only.

BPD notified at 1:25. The locker room was closed for the rest of the day.""",
    decision="allow", key="handgun", keep=["Hail Mary drill", "practice jersey", "14 loose rounds"],
    hide=["Guatemalan", "K'iche'", "undocumented", "interpreted"],
    cats=["ethnicity", "language", "immigration_status"],
    tags=["vent", "gym", "allow_weapon", "rumour", "many_students", "structured_fields", "precision_trap"])


def main():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    ids = [c["id"] for c in CASES]
    assert ids == [f"OCM-{i:04d}" for i in range(1, 101)], "ids must run OCM-0001..OCM-0100"
    with OUT.open("w", encoding="utf-8") as fh:
        for c in CASES:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
