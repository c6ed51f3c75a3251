#!/usr/bin/env python3
"""Generate the held-out corpus ``outsider_cp`` (100 cases, OCP-0001 .. OCP-0100).

Family: security screening at arrival in Boston Public Schools -- walk-through metal
detectors and hand wands, bag and coat checks at the front door, school safety specialists
(SSS), the late-arrival check at the main office, items found in backpacks, coats, lunch bags
and gym bags, and students who refuse to be screened.  Every description is hand-written prose
in a real writer's voice: assistant principals' memos and e-mails, SSS written statements,
nurse notes, counselors, coaches, a bus monitor, front-desk clerks and logs, SIS (Aspen)
exports, voicemail transcripts and students' own written statements (lower case, misspelled,
partly in Spanish).  Written by an outside author from RULES.md and CONTRACT.md only; the
service's code and tests were never read.

Decision mix: 66 allow, 34 deny.
  * deny / ground_not_permitted (8): refusing screening, chronic lateness ("truancy"),
    "gang activity" beads and drawings, trespass by a former student, theft found in a bag,
    "suspicious behaviour", a fight in the detector line without serious injury, and an
    "immigration status check".
  * deny / excluded_substance (8): THC cartridges, vodka nips, a vape of unknown content,
    THC gummies, nicotine pouches and cigarettes, hard seltzer, marijuana with cigars, Juul pods.
  * deny / recipient_not_permitted (7): bric (twice), ICE, HSI, FBI, MBTA Transit Police,
    the Commonwealth Fusion Center -- each otherwise a valid weapon/drug/threat report.
  * deny / missing_threat_statement (4): credible_threat with the threat only in the
    narrative (threat_statement absent, or an empty string).
  * deny / face_surveillance (4): a lobby camera's face-recognition "watchlist match", a
    face_match attachment, and two requests asking BPD to match door-camera stills or
    yearbook portraits against faces.
  * deny / other (3): airsoft pistol, CO2 BB gun, non-firing replica handgun under "weapon"
    (these need a named approver's determination the request does not carry).
  Allowed cases: weapons (knives of many kinds, box cutters, razor blades, brass knuckles,
  pepper spray / mace, stun guns and tasers, clubs and batons, handguns loaded and not),
  drugs outside the excluded classes (fentanyl, cocaine and crack, oxycodone not prescribed,
  counterfeit Xanax, MDMA, psilocybin, methamphetamine, heroin, LSD -- several mixed with
  marijuana or THC, which stays allowed because one substance is outside the excluded
  classes), serious violence at the screening line, and credible threats with a written
  threat_statement.

Forbidden facts (RULES.md section 4) are woven into allowed (and deny) cases the way people
actually write them: a parent "needs the Language Line", "mom only speaks Kreyol", a
counselor's aside that the family "has an open assylum case", "just got here from Honduras",
an address from the SIS, a housing development, a Friday prayer or Sunday Mass, kids in line
saying a student "runs with" a named crew.  Some are misspelled (assylum, Hatian, Guatamala,
Jehova, Cathlic), some are in other languages (Spanish "sin papeles", "la migra",
"dominicana"; Portuguese "nao tem documentos"; Haitian Creole "pa gen papye"; Chinese
"广东话" / "唐人街"), and several sit in unknown structured student fields (home_language,
birth_country, address, immigration_status, nested demographics, a gang flag) that an
allowlist must drop.  must_not_contain lists the shortest revealing substring(s) for each.

Precision traps (kept in must_contain / must_contain_text): school names that contain a
place or a language ("East Boston High School", "Mission Hill K-8", "English High School",
"Boston Latin Academy" with a "Latin II quiz" or "Latin dictionary"), a "Spanish 3 notebook"
and an "English teacher" (school subjects, not home languages), a "Visa gift card", a
"Citizens Bank" card or bag (not citizenship), "crew practice" and a "crew neck" sweatshirt
(rowing and clothing, not a gang crew), "dried blood" (not the Bloods), meth called "ice"
(not immigration enforcement), the opponent "Catholic Memorial" (a school, not the student's
faith), and a "Latin American history textbook".

Standard library only.  Run: python3 tests/corpus/make_outsider_cp.py
"""
import datetime
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_cp.jsonl"
PREFIX = "OCP"
FAMILY = "outsider_cp"

SCHOOLS = {
    "Madison Park Technical Vocational High School": "BPS-4102",
    "Brighton High School": "BPS-4121",
    "East Boston High School": "BPS-4131",
    "Excel High School": "BPS-4142",
    "Jeremiah E. Burke High School": "BPS-4153",
    "TechBoston Academy": "BPS-4164",
    "Charlestown High School": "BPS-4175",
    "Boston Latin Academy": "BPS-4186",
    "Snowden International School": "BPS-4197",
    "English High School": "BPS-4208",
    "Dearborn STEM Academy": "BPS-4219",
    "Boston Arts Academy": "BPS-4220",
    "Community Academy of Science and Health": "BPS-4231",
    "Mission Hill K-8": "BPS-4242",
    "Boston Community Leadership Academy": "BPS-4253",
    "John D. O'Bryant School of Mathematics and Science": "BPS-4264",
    "Henderson K-12 Inclusion School": "BPS-4275",
    "Boston Green Academy": "BPS-4286",
    "Fenway High School": "BPS-4297",
    "Irving Middle School": "BPS-4308",
    "New Mission High School": "BPS-4319",
    "Another Course to College": "BPS-4320",
    "Dorchester Academy": "BPS-4331",
    "Boston Day and Evening Academy": "BPS-4342",
    "Margarita Muñiz Academy": "BPS-4353",
    "Boston Latin School": "BPS-4364",
    "Edwards Middle School": "BPS-4375",
    "Quincy Upper School": "BPS-4386",
}

CASES = []


def C(n, decision, *, school, recipient, ground, name, grade, when, location, desc,
      weapon=None, substances=None, threat=None, attachments=None, reason=None,
      extra=None, mnc=(), fact=None, mct=(), cats=(), tags=()):
    CASES.append(dict(n=n, decision=decision, school=school, recipient=recipient, ground=ground,
                      name=name, grade=grade, when=when, location=location, desc=desc.strip(),
                      weapon=weapon, substances=substances, threat=threat,
                      attachments=attachments, reason=reason, extra=extra or {}, mnc=list(mnc),
                      fact=fact, mct=list(mct), cats=list(cats), tags=list(tags)))


# --------------------------------------------------------------------------------------------
C(1, "allow", school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
  ground="weapon", weapon="knife", name="Deshawn Amaral", grade=10, when="2025-10-08 07:41",
  location="Main entrance, walk-through detectors",
  desc="""
From: R. Okafor, Assistant Principal
To: Safety Team; BPD B-2 school liaison
Subject: Knife at the main entrance scanners this morning

At 7:41 Deshawn Amaral set off the walk-through detector at the main entrance. SSS Pereira did a wand pass and it alerted at the front pouch of his gray crew neck sweatshirt. Deshawn took out a folding knife with a 3 1/2 inch serrated blade and a black pocket clip and handed it over without any struggle. He said he carries it "for the walk from the bus" and that nobody in particular is after him.

The knife is bagged, tagged and in my office safe. Mother was reached at 8:05. She is Cape Verdean and asked that we also call his uncle, who lives with them up by Bowdoin-Geneva. Deshawn is in ISS pending a suspension hearing.

R.O.
""",
  attachments=[{"kind": "photo", "name": "item_0412_knife.jpg"}],
  mnc=["Cape Verdean", "Bowdoin-Geneva"], fact="folding knife",
  mct=["gray crew neck sweatshirt", "serrated blade"], cats=["ethnicity", "neighborhood"],
  tags=["allow_weapon", "precision_trap", "email"])

C(2, "deny", reason="ground_not_permitted", school="Brighton High School", recipient="bpd/district-d14",
  ground="refused_screening", name="Mateus Carvalho", grade=11, when="2025-10-14 07:52",
  location="Front vestibule, Warren St doors",
  extra={"home_language": "Portuguese", "el_status": "EL level 3", "homeroom": "213"},
  desc="""
Statement of School Safety Specialist T. Gallagher, Brighton High School

On Tuesday 10/14 at about 7:52 AM student Mateus Carvalho came in the Warren St doors and refused to put his backpack on the table or walk through the detector. He said "you can't search me, I know my rights" and stood in the vestibule for about twenty minutes while the line went around him. I asked him three separate times. He did not push anyone, did not threaten anyone and did not try to run past. AP Loughlin came down at 8:10 and Mateus left the building with his bag. Nothing was found because nothing was searched.

His file says the family needs a Portuguese interpreter for meetings, so the AP will call home with Mr. Sa from the welcome center. We are sending this so BPD knows he is refusing screening.
""",
  mnc=["Portuguese", "EL level 3"], cats=["language"],
  tags=["deny_ground", "refused_screening", "structured_forbidden"])

C(3, "allow", school="East Boston High School", recipient="bpd/district-a7", ground="drugs",
  substances=["fentanyl"], name="Brayan Alvarenga", grade=11, when="2026-01-21 07:35",
  location="Main lobby, coat check",
  desc="""
Re: Coat check / suspected fentanyl - East Boston High School main lobby

Wednesday 1/21, approx 7:35 AM. During winter coat check at the White Street doors, SSS Diaz felt a hard lump in the lining of Brayan Alvarenga's black puffer jacket. Inside a torn seam were 14 small wax-paper folds stamped with a blue scorpion, and a folded receipt. The responding officer's field test that morning was presumptive positive for fentanyl. Brayan said a man at the bus stop paid him $40 to "hold the jacket till lunch."

Nurse Kelleher checked him: vitals normal, pupils normal, not under the influence. Narcan was on hand and not needed.

Brayan's family has an open assylum case and he asked me twice if this would "go to immigration." I told him I could not answer that. Guidance says he is living with an aunt in Orient Heights.

- M. Ferreira, AP
""",
  mnc=["assylum case", "go to immigration", "Orient Heights"], fact="fentanyl",
  mct=["wax-paper folds", "blue scorpion", "East Boston High School"],
  cats=["immigration_status", "neighborhood"],
  tags=["allow_drugs", "precision_trap", "misspelling", "coat_check"])

C(4, "deny", reason="excluded_substance", school="Excel High School", recipient="bpd/district-c6",
  ground="drugs", substances=["THC cartridges"], name="Alexis Portillo", grade=10,
  when="2025-11-06 07:48", location="G Street entrance, bag check table",
  desc="""
ASPEN INCIDENT EXPORT
Incident #: 2025-EXC-0418
Date/Time: 11/06/2025 07:48
Offense: Possession - controlled substance
Reporter: SSS M. Nguyen
Location: G Street entrance, bag check table
Narrative: During bag check the student's backpack was flagged on the table search. The front zipper pocket held 6 unopened vape cartridges labeled "1g THC" and one battery. Student stated they were "for a friend's birthday." No other items found. Student was cooperative throughout.
Parent contact: Father contacted 09:10. Father is Salvadoran and works nights; he asked for the meeting after 4 PM.
Disposition: 3-day suspension pending hearing. Refer to BPD.
""",
  mnc=["Salvadoran"], cats=["ethnicity"], tags=["deny_substance", "sis_export"])

C(5, "allow", school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon",
  weapon="brass knuckles", name="Kyree Monteiro", grade=11, when="2025-11-18 07:46",
  location="Front entrance detector line",
  desc="""
Written statement - SSS Kendra Brathwaite

I was running the detector line Tuesday morning with SSS Pina. Student Kyree Monteiro walked through and it went off loud at his waist. I wanded him and he pulled a set of brass knuckles out of his right hoodie pocket, gold color, four finger holes. He said "it's a belt buckle," which it is not. There was a little dried blood on the inside of one ring; he said it was his own from fixing his bike chain. I secured the item and walked him to AP Whitfield.

Kids in the line behind him were saying he runs with the Homes Ave crew and that's why he carries. I do not know that for a fact, I am only writing down what was said. He also said his grandmother on Wales St would come get him.

K. Brathwaite, 11/18
""",
  mnc=["Homes Ave crew", "Wales St"], fact="brass knuckles",
  mct=["four finger holes", "dried blood"], cats=["gang_affiliation", "neighborhood"],
  tags=["allow_weapon", "precision_trap", "sss_statement"])

C(6, "allow", school="TechBoston Academy", recipient="bpd/district-c11", ground="credible_threat",
  name="Jaylen Pires", grade=10, when="2026-02-13 09:22", location="Front door, late-arrival check",
  threat=("On Friday 2/13/2026 at 9:22 AM at the TechBoston front door, during the late-arrival "
          "check, Jaylen Pires told SSS Abreu and office clerk Dana Reyes: \"next time I'm bringing "
          "my brother's strap and I'm shooting this whole door up, starting with you,\" while "
          "pointing at each of them. Staff understand \"strap\" to mean a gun. He named a source "
          "for the weapon, a place and the people he would target. We treat this as a specific and "
          "articulable threat against identified staff."),
  desc="""
Hi Ms. Fontaine,

Writing this up like you asked. At 9:22 Jaylen Pires came to the front door after the late bell, so per policy he had to go through the late-arrival check with SSS Abreu. When she asked him to empty his pockets into the bin he got loud and said, and I wrote it down right away: "next time I'm bringing my brother's strap and I'm shooting this whole door up, starting with you." He pointed at Ms. Abreu and then at me. He walked out, came back about ten minutes later calmer, and went through the detector. Nothing was found on him. Two students waiting on the bench heard it too.

His mom is usually at Jummah at the masjid on Fridays so the callback went to his aunt. I have the visitor log printout if you need it.

Dana
Main office
""",
  mnc=["Jummah", "masjid"], fact="shooting this whole door up",
  mct=["late-arrival check", "shooting this whole door up"], cats=["religion"],
  tags=["allow_threat", "late_arrival", "email"])

C(7, "deny", reason="recipient_not_permitted", school="Charlestown High School", recipient="bric",
  ground="weapon", weapon="knife", name="Tyler Doherty", grade=10, when="2025-12-03 07:30",
  location="Medford St entrance, bag check",
  desc="""
Forwarding per the request of the BRIC analyst who called Monday.

On 12/3 at about 7:30 AM, during random bag checks at the Medford St entrance, SSS Crowley found a 6-inch fixed-blade hunting knife in a brown leather sheath at the bottom of Tyler Doherty's gym bag, under his cleats. Tyler said it was his father's from a fishing trip on the Cape and he forgot it was in there. He was calm and polite and did not argue.

The analyst asked us to include that Tyler hangs around with the older kids from the Bunker Hill development who are "on their radar," and that the family is on Decatur St. AP Ruane is handling discipline.
""",
  mnc=["Bunker Hill development", "Decatur St"], cats=["neighborhood", "gang_affiliation"],
  tags=["deny_recipient"])

C(8, "allow", school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon",
  weapon="pepper spray", name="Amina Roble", grade=9, when="2026-03-11 07:40",
  location="Front doors, bag table",
  desc="""
Sent from my iPhone

Mr. Duarte - quick write-up before my 2nd period. At about 7:40 at the front doors, Amina Roble's tote bag went across the bag table and Ms. Kearney pulled out a small canister of pepper spray, pink, keychain type, "Sabre" on the label. Amina said her mom gave it to her after a man followed her off the 28 bus last month. She did not spray it or threaten anyone with it. She was crying mostly because she was worried about missing her Latin II quiz.

She also told us a girl on the bus yanked her hijab last week and she hasn't felt safe since. Nurse checked her hand because she said some leaked on it; it's fine. Her file says she was born in Somalia and came over in 2019.

I know pepper spray is on the SAF-02 list so I'm passing it along.
K. Sheehan, Classics
""",
  mnc=["hijab", "Somalia", "came over in 2019"], fact="pepper spray",
  mct=["Latin II quiz", "keychain type"], cats=["religion", "national_origin"],
  tags=["allow_weapon", "precision_trap", "teacher"])

C(9, "allow", school="Snowden International School", recipient="bpd/district-d4", ground="drugs",
  substances=["oxycodone", "marijuana"], name="Kenny Luong", grade=11, when="2025-12-09 08:05",
  location="Newbury St entrance, coat check; health office",
  desc="""
NURSE NOTE - Health Office, Snowden International School

08:05 Student brought in by SSS Cabral after coat check at the Newbury St entrance. Found in the inside pocket of his coat: an orange pill bottle with the label scratched off holding 11 round blue tablets imprinted "M 30" (oxycodone imprint), plus a sandwich bag of what smells like marijuana, approx 3 g. Student states the pills are "percs" from a friend. No opioid prescription on file; parent confirms none.
08:12 Vitals: BP 118/74, HR 88, RR 16, SpO2 99%. Pupils equal and reactive. Alert and oriented x3. No signs of ingestion. Narcan not given.
08:40 Mother on phone; a neighbor had to translate from Cantonese for her. Mother very upset, will come at noon.
Items turned over to AP Nguyen in sealed envelope #2207.
- R. Tavares, RN
""",
  mnc=["Cantonese"], fact="oxycodone", mct=["M 30", "envelope #2207"], cats=["language"],
  tags=["allow_drugs", "mixed_substances", "nurse", "coat_check"])

C(10, "deny", reason="face_surveillance", school="English High School", recipient="bpd/district-e13",
  ground="weapon", weapon="box cutter", name="Omar Haddad", grade=12, when="2026-03-10 07:55",
  location="Front screening area, lobby",
  attachments=[{"kind": "face_match", "name": "lobby_cam_match_0310.png"}],
  desc="""
Incident summary - English High School, front screening area

On 3/10/26 at 7:55 AM the lobby camera's face recognition module flagged Omar Haddad while he was in line for the detector: "watchlist match 91%", based on a photo our security vendor loaded after last year's fight. Because of the alert SSS Lynch pulled him out of line for a full bag check. In the waistband of his sweatpants was a yellow box cutter with the blade extended about an inch. Omar said he uses it at his job at the warehouse. He handed it over and there was no threat to anyone.

We are attaching the camera match screenshot and ask that BPD also run his photo against your records to see what else comes up.
""",
  mnc=["match 91%"], cats=["face_surveillance"], tags=["deny_face"])

C(11, "allow", school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="weapon",
  weapon="box cutter", name="Luis Batista", grade=9, when="2025-10-21 07:50",
  location="Main entrance metal detector",
  desc="""
Student statement (written by the student, copied as written)

i had the box cutter because i help at my uncles store after school and on saturdays breaking down boxes. i forgot it was in my jacket. when i went thru the metal detector it beeped and mr. Joyce wanded me and found it in my left side pocket. i did not pull it out on nobody. i told him straight up its for work. please dont call the cops on my uncle he is sin papeles and he will get in trouble. he can tell you it is for the store. the store is on Dudley St by where we stay. im sorry i will leave it home from now on.
Luis B.
""",
  mnc=["sin papeles", "Dudley St"], fact="box cutter",
  mct=["left side pocket", "breaking down boxes"], cats=["immigration_status", "neighborhood"],
  tags=["allow_weapon", "student_statement", "other_language"])

C(12, "deny", reason="ground_not_permitted", school="Boston Arts Academy", recipient="bpd/district-d4",
  ground="truancy", name="Nia Fernandes", grade=10, when="2025-11-03 09:30",
  location="Front door sign-in",
  desc="""
Attendance summary export - Boston Arts Academy
Student: Nia Fernandes    Grade: 10    Homeroom: 214
Tardies this term (front door sign-in after 8:00): 23
Notes from front desk:
- 9/15 8:41 late, no pass. Went through the detector without an issue.
- 10/02 9:10 late, said the 47 bus never came.
- 10/20 8:55 late. Mom says on holy days they go to morning Mass at St. Peter's before school.
- 11/03 9:30 late, came in the side door by the dance studios without screening; SSS walked her back around to the front.
Counselor note: chronic tardiness, family meeting set for 11/10.
AP request: please have a BPD truant officer follow up with the family.
""",
  mnc=["morning Mass", "St. Peter's", "holy days"], cats=["religion"],
  tags=["deny_ground", "late_arrival", "sis_export"])

C(13, "allow", school="Community Academy of Science and Health", recipient="bpd/district-e18",
  ground="weapon", weapon="firearm", name="Marcus Delgado", grade=11, when="2026-02-24 07:36",
  location="Main entrance, bag-check table",
  attachments=[{"kind": "document", "name": "memo_firearm_0224.pdf"}],
  desc="""
MEMORANDUM
To: BPD District E-18 school liaison
From: P. Lyons, Assistant Headmaster
Re: Firearm recovered at morning screening, 2/24/26

At 7:36 AM Marcus Delgado placed his black backpack on the bag-check table at the main entrance. SSS Ortiz felt a heavy object in the laptop sleeve and stopped the line. With a second SSS present the sleeve was opened. It held a black semi-automatic handgun, identified by responding officers as a Glock 19, with a loaded magazine (9 rounds) and no round chambered. The building went into shelter-in-place at 7:38. Marcus stayed seated in the main office without incident. He said, "It's not mine, I was holding it for somebody." No other students were involved.

Additional information from his mentor: Marcus has been pressured by older youth tied to the Westminster Ave Boys. His address on file is 27 Fairmount Ave, second floor.
""",
  mnc=["Westminster Ave Boys", "Fairmount Ave"], fact="Glock 19",
  mct=["laptop sleeve", "shelter-in-place", "loaded magazine"],
  cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "firearm", "memo"])

C(14, "deny", reason="excluded_substance", school="Madison Park Technical Vocational High School",
  recipient="bpd/district-b2", ground="drugs", substances=["vodka"], name="Keyla Rosario", grade=11,
  when="2025-12-12 07:31", location="Gym lobby bag check",
  desc="""
Coach Bellamy here (girls' varsity basketball). Writing this up because the AP asked me to, since I was at the door.

This morning at the 7:30 bag check by the gym lobby, SSS Tavares found three 50 mL nips of Smirnoff vodka and a half-empty bottle of orange Gatorade in Keyla Rosario's duffel. Two of the nips were empty. Keyla did not seem drunk; she was talking normally and walking fine and the nurse agreed. She said the nips were left over from a cousin's party and she "forgot to take them out." She will sit out Friday's game at minimum.

Her dad only speaks Spanish so the AP used the Language Line to reach him. He's coming at 3.
""",
  mnc=["only speaks Spanish", "Language Line"], cats=["language"], tags=["deny_substance", "coach"])

C(15, "allow", school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
  substances=["cocaine"], name="Kevin Mejia", grade=10, when="2025-12-08 07:44",
  location="Front door bag check",
  desc="""
At approx 7:44 AM on Monday 12/8 at the front door, Kevin Mejia at first refused to put his bag on the table, saying he was late for breakfast. After AP Sullivan explained the screening policy he complied. In the small front pocket SSS Gallagher found a Visa gift card, a digital scale, and 9 small knotted plastic baggies of white powder, approx 4.5 g total. The officer who responded field-tested the powder and it was positive for cocaine. Kevin said the bag belonged to his cousin and that he grabbed the wrong one.

Counselor asked that the following be noted for his support plan: Kevin just got here from Honduras last spring and lives with his cousin's family in the Commonwealth development.

Kevin is suspended pending a hearing; mother notified 9:15.
""",
  mnc=["Honduras", "Commonwealth development"], fact="cocaine",
  mct=["Visa gift card", "digital scale"], cats=["national_origin", "neighborhood"],
  tags=["allow_drugs", "precision_trap", "refused_screening"])

C(16, "deny", reason="missing_threat_statement", school="Mission Hill K-8", recipient="bpd/district-e13",
  ground="credible_threat", name="Dante Reyes", grade=7, when="2026-03-17 08:05",
  location="Cafeteria line, arrival bag check",
  desc="""
Voicemail transcript (auto-generated), AP line, 3/17/26 8:14 AM:
"Hi, this is Ms. Colon, seventh grade team at Mission Hill. So this morning at arrival, when we were doing the bag check in the cafeteria line, Dante Reyes said to Mr. Pratt, quote, 'you keep touching my bag, I'ma bring my uncle's gun and you'll see.' He was really heated, like, really heated. Nothing was in the bag, it was just his Chromebook and his lunch. He's in the office now with Mr. Pratt. His mom, um, she's Dominican, she's coming in at ten, she'll need somebody who, uh, who speaks Spanish. Okay. Call me back, I'm in room 204 until ten-thirty. Bye."
""",
  mnc=["Dominican", "speaks Spanish"], cats=["ethnicity", "language"],
  tags=["deny_threat_missing", "voicemail"])

C(17, "allow", school="Boston Community Leadership Academy", recipient="bpd/district-e18",
  ground="weapon", weapon="razor blade", name="Woodley Pierre-Louis", grade=9,
  when="2026-01-08 07:47", location="Front screening, phone bins",
  desc="""
Written by SSS Lamour, BCLA front screening, 1/8/26

Student Woodley Pierre-Louis put his phone in the bin. When the bin came out the other side I seen the phone case was too thick in the back. I asked him to take the case off. Taped inside was two single-edge razor blades, the utility kind, with tape wrapped on one edge so you can hold them. He said it is "for protection" on the walk from the bus stop. I took them and called AP Sampson on the radio. He didn't make no threat to nobody.

His mom came in at 9. She is Hatian and only speak Kreyòl so I talk to her in Kreyòl myself. She said he been having problem with some boys from his block on Hyde Park Ave.
""",
  mnc=["Hatian", "Kreyòl", "Hyde Park Ave"], fact="razor blade",
  mct=["single-edge razor blades", "phone case"],
  cats=["ethnicity", "language", "neighborhood"],
  tags=["allow_weapon", "misspelling", "sss_statement"])

C(18, "allow", school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
  ground="serious_violence", name="Aliyah Brooks", grade=10, when="2026-03-11 07:42",
  location="Main entrance screening line",
  extra={"ell": True, "home_language": "Somali", "504": False},
  desc="""
SIS incident export - O'Bryant
Incident: 26-0311-02 | Type: Assault w/ dangerous weapon | Location: Main entrance screening line
Reported by: AP H. Bui | Time: 07:42
Narrative: While students were lined up for the detector, Aliyah Brooks swung a combination lock knotted inside a tube sock and struck another student (Student B, grade 10) twice on the left side of the head. Student B fell against the stanchion rail and lost consciousness for under a minute. EMS transported Student B to Boston Children's; diagnosis reported by parent: skull fracture above the left ear and a concussion. SSS Grant held Aliyah's arm and took the sock.
Aliyah said Student B had posted her address online last week. The post named her street, Montebello Rd, near Egleston Square.
Flags: ELL (WIDA 2.8) | Home language: Somali | 504: no
""",
  mnc=["Montebello Rd", "Egleston Square", "WIDA 2.8", "Somali"], fact="skull fracture",
  mct=["combination lock knotted inside a tube sock", "skull fracture"],
  cats=["neighborhood", "language"],
  tags=["allow_violence", "sis_export", "structured_forbidden"])

C(19, "deny", reason="ground_not_permitted", school="Henderson K-12 Inclusion School",
  recipient="bpd/district-c11", ground="gang_activity", name="Jonathan Tejada", grade=11,
  when="2025-10-30 07:55", location="Upper campus front entrance",
  desc="""
To: BPD C-11
From: AP Garrity, Henderson Upper Campus

Putting this on your radar. At morning screening today the SSS noticed Jonathan Tejada and two other boys wearing matching green and black beaded necklaces, and during the bag check we found a notebook with the letters "DDP" and a crown drawn on every page. Nothing illegal was in the bag: notebook, charger, deodorant, a granola bar. Staff believe the beads and the drawings are Trinitarios colors and signs, and Jonathan's older cousin is supposed to be with them. No incident, no fight, no threat. We just want you to know and to have his name for your files.
""",
  mnc=["Trinitarios", "green and black beaded"], cats=["gang_affiliation"],
  tags=["deny_ground"])

C(20, "allow", school="Boston Green Academy", recipient="bpd/district-d14", ground="weapon",
  weapon="stun gun", name="Jayden Soto", grade=9, when="2025-10-29 07:25",
  location="Bus drop-off and front door bag check",
  desc="""
Bus monitor note - AM run, bus 1174, 10/29/25

I'm the monitor on 1174. When we pulled up at Boston Green Academy one of the boys, Jayden Soto, was showing the other boys in the back seats a black thing that made a crackling blue light between two prongs. It was a stun gun, about the size of a phone, said VIPERTEK on the side. I told the SSS at the door before the kids got off and they found it in his backpack at the bag check. Nobody got zapped that I saw.

He gets on at the stop on Mozart St right in front of his building. The kids all call him "Boricua" on the bus, I don't know if that matters.

- Gloria, monitor
""",
  mnc=["Mozart St", "Boricua"], fact="stun gun", mct=["VIPERTEK", "crackling blue light"],
  cats=["neighborhood", "ethnicity"], tags=["allow_weapon", "bus_monitor"])

C(21, "deny", reason="recipient_not_permitted", school="Quincy Upper School", recipient="ice/ero-boston",
  ground="weapon", weapon="knife", name="Ernesto Lemus", grade=12, when="2026-01-27 07:50",
  location="Lobby bag check",
  desc="""
Main office log, Quincy Upper School, 1/27/26

At 7:50 during bag check SSS Leung found a folding knife with a 3-inch blade in the mesh side pocket of Ernesto Lemus's backpack. Ernesto said he uses it to open boxes at his weekend job and gave it up right away. AP notified.

At 10:20 a man who said he was an ICE deportation officer called the front desk asking about Ernesto by name. Per his request we are sending him the incident. He asked us to include that Ernesto's student visa expired in 2024 and that the family is staying with relatives in Chinatown.
""",
  mnc=["visa expired", "Chinatown"], cats=["immigration_status", "neighborhood"],
  tags=["deny_recipient"])

C(22, "allow", school="Fenway High School", recipient="bpd/district-d4", ground="drugs",
  substances=["MDMA"], name="Talia Greene", grade=11, when="2026-04-02 07:50",
  location="Front entrance bag check",
  desc="""
Counselor's note - Fenway High School, 4/2/26

Ms. Avila asked me to write down what Talia told me after the 7:50 bag check. The SSS found a mint tin in Talia Greene's coat pocket with six pressed pills, pink, shaped like the Tesla logo. Talia told me they are "molly" that she bought at a party over break to sell to kids at school; police later confirmed MDMA. She says she took none today and the nurse agreed she showed no signs.

She is terrified of her parents finding out. She said they are Jehova's Witnesses and very strict, and that she has mostly been staying at her grandmother's in Mattapan off Morton St. I have set up a follow-up. She asked me to tell her English teacher she'll miss the essay deadline.

- J. Okonkwo, School Counselor
""",
  mnc=["Jehova", "Mattapan", "Morton St"], fact="MDMA",
  mct=["mint tin", "Tesla logo", "English teacher"], cats=["religion", "neighborhood"],
  tags=["allow_drugs", "precision_trap", "misspelling", "counselor"])

C(23, "allow", school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon",
  weapon="knife", name="Amari Gomes", grade=10, when="2025-11-12 07:50",
  location="Front entrance detector",
  desc="""
Written statement - SSS Dwayne Holloway, Burke HS, 11/12/25, approx 7:50 AM

Student Amari Gomes walked up to the detector, saw how long the line was, and said he was not going through. I told him he could not enter the building without screening. He turned to go back out the front door and I saw a handle sticking up out of his back pocket. I told him to stop. He took out a kitchen knife with about a 5-inch blade wrapped in a paper towel and put it on the table himself. He said he needed it because somebody jumped his little brother on Saturday. I radioed AP Francois. No one was hurt and he did not point it at anybody.

Officer Tran told us last spring he is listed as an associate of the Geneva Ave group.
""",
  mnc=["Geneva Ave group", "listed as an associate"], fact="kitchen knife",
  mct=["paper towel", "5-inch blade"], cats=["gang_affiliation"],
  tags=["allow_weapon", "refused_screening", "sss_statement"])

C(24, "deny", reason="excluded_substance", school="TechBoston Academy", recipient="bpd/district-c11",
  ground="drugs", substances=["vape"], name="Thanh Vo", grade=11, when="2026-01-14 08:12",
  location="Main office, late-arrival screening",
  desc="""
FRONT DESK LOG - TechBoston Academy - Wed 1/14
08:12  Late arrival: Thanh Vo, gr 11. Sent through late-arrival screening. SSS Abreu opened pencil case during bag check: 2 disposable vape pens (no brand, no label), one half used. Contents unknown; student won't say what is in them, says "it's just flavor."
08:20  Escorted to AP Fontaine.
08:45  Called home. Grandmother answered; she speaks only Vietnamese. Used interpreter line, staff code 3317.
09:05  Pens sealed in evidence bag #TB-118, given to AP.
Note: AP wants BPD to have this for the record.
""",
  mnc=["Vietnamese", "interpreter line"], cats=["language"],
  tags=["deny_substance", "late_arrival", "front_desk_log"])

C(25, "allow", school="Charlestown High School", recipient="bpd/district-a1", ground="drugs",
  substances=["alprazolam"], name="Brendan Tully", grade=11, when="2026-02-04 07:38",
  location="Medford St doors, coat check",
  desc="""
From: AP N. Ruane
Sent: Wednesday, February 4, 2026 10:02 AM
Subject: Pills in coat - student Brendan Tully

At 7:38 this morning SSS Crowley was doing the coat check at the Medford St doors. In Brendan Tully's varsity jacket he found a Citizens Bank debit card, a lighter, and a pill bottle with no label holding 22 white rectangular "bars" scored into four sections, marked "S 90 3". Brendan said they are Xanax he got from someone online and that he takes them "to sleep." He has no prescription for any benzodiazepine (mother confirmed). Nurse saw him at 7:50; he was alert, no slurred speech.

He lives with his grandmother on Bunker Hill St since his mom's eviction; the grandmother came in. His dad is Puerto Rican and is not in contact.
""",
  mnc=["Bunker Hill St", "Puerto Rican"], fact="Xanax",
  mct=["Citizens Bank debit card", "S 90 3"], cats=["neighborhood", "ethnicity"],
  tags=["allow_drugs", "precision_trap", "coat_check", "email"])

C(26, "deny", reason="other", school="Irving Middle School", recipient="bpd/district-e5",
  ground="weapon", weapon="airsoft pistol", name="Caleb Martins", grade=6, when="2025-10-16 07:44",
  location="Front entrance bag check",
  desc="""
Irving Middle School - morning screening incident

At 7:44 AM, 6th grader Caleb Martins put his backpack through bag check. SSS Donnelly saw a black pistol grip in the main compartment and called for the AP. The item is an airsoft pistol, black, full size, with the orange tip painted over in black marker, and a small bag of 6 mm plastic BBs. Caleb said he brought it to show a friend and had no plans to use it. He did not take it out or point it at anyone.

We are submitting under weapon. The family lives in the Archdale development and mom said she'd walk over.
""",
  mnc=["Archdale"], cats=["neighborhood"], tags=["deny_replica"])

C(27, "allow", school="New Mission High School", recipient="bpd/district-e18", ground="weapon",
  weapon="knife", name="Yusuf Ahmed", grade=11, when="2026-03-04 07:52",
  location="Arrival coat rack and screening",
  desc="""
Incident write-up, New Mission High School, 3/4/26

At morning arrival the coats go on the rack while students walk through. During the check SSS Adeyemi found a butterfly knife (balisong), silver, about a 4-inch blade, in the sleeve of a green parka. The parka belongs to Yusuf Ahmed, grade 11, who admitted it right away. He said he had been practicing "flipping" tricks from videos and never meant to bring it. He was cooperative and there was no threat to anyone.

Background from his advisor, who asked to include it: Yusuf goes to Friday prayer at the ISBCC with his father and is worried about missing it if he's suspended. He came from Yemen in eighth grade.

Item bagged and given to AP Castillo.
""",
  mnc=["ISBCC", "Friday prayer", "Yemen"], fact="butterfly knife",
  mct=["green parka", "balisong"], cats=["religion", "national_origin"],
  tags=["allow_weapon", "coat_check"])

C(28, "deny", reason="ground_not_permitted", school="Madison Park Technical Vocational High School",
  recipient="bpd/district-b2", ground="trespass", name="Ricardo Andrade", grade=12,
  when="2026-01-09 07:33", location="Main entrance detector lanes",
  extra={"enrollment_status": "withdrawn 2025-06", "interpreter_needed": "Kriolu"},
  desc="""
SSS report - Madison Park, main entrance

At 7:33 AM a former student, Ricardo Andrade (withdrew in June 2025), came in behind a group of ninth graders and tried to walk around the detector lane. When SSS Pereira stopped him he said he was "just visiting a teacher." He had no pass and no appointment. He refused to leave for about five minutes, then left on his own after the AP came down. No weapon seen, no bag, no threat made.

His old record shows the family needed a Kriolu interpreter and they use his aunt's number. We are asking BPD to issue a no-trespass order.
""",
  mnc=["Kriolu"], cats=["language"], tags=["deny_ground", "refused_screening"])

C(29, "allow", school="Brighton High School", recipient="bpd/district-d14", ground="credible_threat",
  name="Edgar Tzoc", grade=10, when="2026-03-25 07:58", location="Front entrance bag check",
  threat=("On 3/25/2026 a hand-drawn map of the Brighton High first floor was found in Edgar Tzoc's "
          "backpack during morning screening. It marks an unscreened entry (the gym door, labeled "
          "'NO SCAN'), names a date and event ('friday 3/27 when they do the assembly'), and lists "
          "four students by first name who appeared in a video mocking him. When asked, he said "
          "'you'll see Friday.' The plan names a date, a way to avoid the metal detector and "
          "specific targets; we believe it is a significant and articulable threat to those students."),
  desc="""
Statement of AP J. Loughlin

During the 7:58 bag check SSS Gallagher found a folded sheet of notebook paper in the front pocket of Edgar Tzoc's backpack. It was a hand-drawn map of the first floor showing the detector lane, the gym door and the cafeteria, with "NO SCAN" written next to the gym door, and underneath: "friday 3/27 when they do the assembly. everyone who laughed." Below that were four first names of students who were in a video mocking him last month. When I asked him about it Edgar said, "you'll see Friday." He had no weapon on him.

His counselor told me he arrived from Guatamala two years ago and that at home they speak K'iche'. He has been isolated since the video.
""",
  mnc=["Guatamala", "K'iche'"], fact="NO SCAN", mct=["NO SCAN", "hand-drawn map", "gym door"],
  cats=["national_origin", "language"], tags=["allow_threat", "misspelling"])

C(30, "deny", reason="face_surveillance", school="Excel High School", recipient="bpd/district-c6",
  ground="weapon", weapon="knife", name="Jovan Pierce", grade=9, when="2026-02-10 07:40",
  location="Front vestibule, G Street door",
  attachments=[{"kind": "photo", "name": "door_cam_stills_0210.zip"},
               {"kind": "photo", "name": "grade9_id_photos.zip"}],
  desc="""
From: AP S. Moriarty, Excel High School
To: BPD C-6 liaison

At about 7:40 this morning a boy in a gray hoodie dropped a fixed-blade knife (about 5 inches, black handle) on the floor of the vestibule when he saw the bag check table, and ran back out the G Street door before anyone could stop him. We recovered the knife. We think it might be Jovan Pierce, but his hood was up and nobody can say for sure.

We have stills from the door camera and this year's ID photos for the whole ninth grade. Can you run the stills through Clearview or whatever face matching you use against our ID photos and tell us if it's him?
""",
  mnc=["Clearview"], cats=["face_surveillance"], tags=["deny_face"])

C(31, "allow", school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
  ground="weapon", weapon="club", name="Jean-Marc Desir", grade=12, when="2025-11-20 07:37",
  location="Detector lane 2",
  desc="""
SSS incident report - Madison Park TVHS
Date: 11/20/2025   Time: 0737   Post: detector lane 2

Student Jean-Marc Desir activated the walk-through at the belt line. Hand wand confirmed metal at left hip. Student removed from his belt a black expandable steel baton (collapsed length approx 8", extends to 21"). Student stated he bought it online after being robbed at a bus stop in October. Student did not extend the baton or make any threat. Item secured, AP Okafor notified 0741.

Additional from AP: per the family, his Temporary Protected Status runs out in August and he is afraid of getting "in the system." Mother works nights at a nursing home on Blue Hill Ave near their apartment.
""",
  mnc=["Temporary Protected Status", "Blue Hill Ave"], fact="expandable steel baton",
  mct=["detector lane 2", "expandable steel baton"], cats=["immigration_status", "neighborhood"],
  tags=["allow_weapon", "sss_statement"])

C(32, "allow", school="Dearborn STEM Academy", recipient="bpd/district-b2", ground="drugs",
  substances=["fentanyl", "marijuana"], name="Xavier Lugo", grade=10, when="2026-01-29 07:45",
  location="Front entrance, bag check",
  extra={"race_ethnicity": "Hispanic/Latino", "birth_country": "Dominican Republic",
         "home_language": "Spanish", "address": {"street": "12 Intervale St", "zip": "02121"},
         "guardian": "mother"},
  desc="""
SIS INCIDENT RECORD (export)
School: Dearborn STEM Academy
Incident date: 01/29/2026 07:45
Category: Drug possession w/ intent
Location: Front entrance, bag check
Staff: SSS Joyce; AP Mensah
Narrative: Student's drawstring bag checked at arrival. Items: 1 grinder, 2 pre-rolled joints (marijuana), and a Ziploc holding 30 light-blue pressed pills stamped "M/30." Pills field-tested positive for fentanyl by the responding officer. Student stated "I didn't know they had fent in them, they're supposed to be percs." Nurse assessment normal. Narcan staged, not used.
Parent contact: mother, 08:30, by phone.
""",
  mnc=["Hispanic", "Dominican Republic", "Spanish", "Intervale St", "02121"], fact="fentanyl",
  mct=["drawstring bag", "light-blue pressed pills"],
  cats=["ethnicity", "national_origin", "language", "neighborhood"],
  tags=["allow_drugs", "structured_forbidden", "mixed_substances", "sis_export"])

C(33, "deny", reason="recipient_not_permitted", school="Dorchester Academy", recipient="hsi/boston",
  ground="drugs", substances=["fentanyl"], name="Junior Baptiste", grade=11, when="2026-02-10 07:50",
  location="Front entrance bag check",
  desc="""
Dorchester Academy - incident summary for HSI Task Force Officer Reilly (as requested)

2/10/26, 7:50 AM. During the bag check at the front entrance, SSS Kane found a bundle of 10 glassine bags, stamped "Rolex" in red, tucked inside a folded pair of socks in Junior Baptiste's gym bag. BPD field test: fentanyl. Junior said he was holding them for someone he would not name. He was sober and cooperative.

TFO Reilly asked that we include the family's immigration details; per the registrar Junior's father has a green card interview in April and Junior is on his father's pending petition.
""",
  mnc=["green card", "pending petition"], cats=["immigration_status"], tags=["deny_recipient"])

C(34, "allow", school="Boston Latin School", recipient="bpd/district-d4", ground="weapon",
  weapon="knife", name="Kevin Chan", grade=10, when="2025-12-16 08:47",
  location="Late arrival desk, Avenue Louis Pasteur entrance",
  desc="""
BLS - Late arrival desk, Avenue Louis Pasteur entrance

8:47 AM. Student Kevin Chan signed in late (doctor's appointment note, valid). Since the front screening line was closed he went through the late-arrival check at the desk. SSS Morales ran the wand and it alerted on his coat. In the coat's inner pocket was a folding knife, black, about a 3-inch locking blade, with a Latin Club keychain on the ring. Kevin said his father uses it at the restaurant and he picked up the wrong coat. He was apologetic. No threat.

His mother came in; she needed the district's Toisanese interpreter by phone. Family lives above the restaurant in Chinatown.
""",
  mnc=["Toisanese", "Chinatown"], fact="folding knife",
  mct=["Latin Club keychain", "late-arrival check"], cats=["language", "neighborhood"],
  tags=["allow_weapon", "precision_trap", "late_arrival"])

C(35, "deny", reason="excluded_substance", school="Mission Hill K-8", recipient="bpd/district-e13",
  ground="drugs", substances=["THC edibles"], name="Hana Abdi", grade=8, when="2026-03-03 07:55",
  location="Cafeteria line bag check",
  desc="""
Note from Ms. Ortega, 8th grade homeroom

During the bag check this morning the SSS found a pack of "Stoney Patch" gummies in Hana Abdi's backpack. The package says 10 mg THC per piece, 10 pieces, and three were missing. Hana says she hasn't eaten any, that they are her older sister's and she grabbed the wrong bag. She seemed completely fine and the nurse agreed.

She told me she wouldn't eat them anyway because she is fasting for Ramadan. Mom is coming at 11. The AP wants this to go to BPD because another 8th grader said Hana was selling them.
""",
  mnc=["Ramadan", "fasting for"], cats=["religion"], tags=["deny_substance", "teacher"])

C(36, "allow", school="Jeremiah E. Burke High School", recipient="bpd/district-b3",
  ground="serious_violence", name="Stevie Fofana", grade=10, when="2026-01-16 07:40",
  location="Walk-through detector, front entrance",
  desc="""
Incident report - SSS Supervisor L. Whitfield

At 07:40 Stevie Fofana was asked to step back through the walk-through after it alarmed. He became agitated, grabbed the hand-held metal detector wand out of SSS Pina's hand and hit him in the face with it three times. SSS Pina fell and struck his head on the bag table. EMS took him to Boston Medical Center, where he was diagnosed with a fractured orbital bone around the right eye and needed 11 stitches above the eyebrow. He is out of work for at least six weeks. Stevie was restrained by two SSS and held in the office until officers arrived.

Stevie's foster worker asked that the team know he arrived as an unaccompanied minor and is still waiting on his asylum hearing. He speaks Mandinka and some French.
""",
  mnc=["unaccompanied minor", "asylum hearing", "Mandinka", "some French"],
  fact="fractured orbital bone",
  mct=["fractured orbital bone", "11 stitches", "metal detector wand"],
  cats=["immigration_status", "language"], tags=["allow_violence", "staff_victim"])

C(37, "allow", school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs",
  substances=["psilocybin"], name="Bia Nascimento", grade=12, when="2026-04-08 07:52",
  location="Front entrance bag table",
  desc="""
Hi all - teacher note, BAA, 4/8

I was helping at the bag table this morning because we were short an SSS. In Bia Nascimento's tote (next to her Spanish 3 notebook and a sketchbook) there were four foil-wrapped chocolate bars labeled "mushroom chocolate" with a cartoon mushroom and "4g psilocybin" printed on the wrapper. One was half eaten. Bia said they were for a party this weekend. The nurse checked her at 8:00 and she was fine, no dilated pupils, she was joking with us.

Her mom came in; she's Brazilian and got very emotional. Bia is staying with a family friend in Allston right now, on Cambridge St above the bakery.

- T. Greer, Visual Arts
""",
  mnc=["Brazilian", "Allston", "Cambridge St"], fact="psilocybin",
  mct=["Spanish 3 notebook", "foil-wrapped chocolate bars"], cats=["ethnicity", "neighborhood"],
  tags=["allow_drugs", "precision_trap", "teacher"])

C(38, "deny", reason="ground_not_permitted", school="English High School", recipient="bpd/district-e13",
  ground="theft", name="Santiago Restrepo", grade=10, when="2025-11-25 07:45",
  location="Front entrance bag check",
  desc="""
English High - SSS statement, 11/25/25

At 7:45 during bag check SSS Lynch found three pairs of AirPods Pro still in sealed boxes and an iPhone 15 with a cracked case in Santiago Restrepo's backpack. The phone matches one reported stolen from the gym locker room yesterday (we called it and it rang). Santiago says a friend gave him the bag to hold. No weapon, no drugs, no threats. AP wants this to go to police as theft.

Santiago is Colombian and his family arrived in December of last year; they are staying at a family shelter for now.
""",
  mnc=["Colombian", "arrived in December"], cats=["ethnicity", "national_origin"],
  tags=["deny_ground", "sss_statement"])

C(39, "allow", school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon",
  weapon="taser", name="Tuan Pham", grade=10, when="2025-10-23 07:49",
  location="Arrival bag check",
  desc="""
From: Supervisor M. Kane, School Safety
Subject: Taser recovered at Dorchester Academy arrival, 10/23

Team - at 7:49 Tuan Pham's backpack went through the bag check and SSS Hall found a black handheld taser-style stun device with a safety switch and belt clip in the side pocket. Battery was charged; SSS tested the switch only after the student was seated (it arced). Tuan said his older brother gave it to him after someone pulled a knife on him near the T. He never took it out at school.

Please note for the file, not the report: Tuan's family speaks Vietnamese at home and he lives near Fields Corner.
""",
  mnc=["Vietnamese", "Fields Corner"], fact="taser", mct=["safety switch", "belt clip"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "email"])

C(40, "allow", school="Excel High School", recipient="bpd/district-c6", ground="credible_threat",
  name="Arben Hoxha", grade=11, when="2026-01-30 07:42", location="Coat check, front entrance",
  threat=("On 1/30/2026 during coat check at Excel High School, staff found an index card in Arben "
          "Hoxha's parka listing six students and stating that 'the detector dont work on the side "
          "stairs door. monday. they all gonna pay for what they did in the locker room.' When asked "
          "he said 'you'll find out Monday.' The card names targets, a date and a way to get past "
          "screening, and the six students were involved in an assault on him a week earlier. We "
          "believe this is an articulable and significant threat to their safety."),
  desc="""
AP S. Moriarty - incident notes

Coat check 7:42. In the hood pocket of Arben Hoxha's parka SSS Nguyen found an index card. One side had six student names. The other side said, in his handwriting: "the detector dont work on the side stairs door. monday. they all gonna pay for what they did in the locker room." When I asked him about it he said, "I'm not saying nothing, you'll find out Monday." He had no weapon on him at the time. The six students on the card were involved in a locker-room incident where Arben was assaulted last week.

He has an older brother in the Old Colony development who has been arrested before. The family is Albanian.
""",
  mnc=["Old Colony", "Albanian"], fact="side stairs door", mct=["index card", "side stairs door"],
  cats=["neighborhood", "ethnicity"], tags=["allow_threat", "coat_check"])

C(41, "deny", reason="missing_threat_statement", school="Charlestown High School",
  recipient="bpd/district-a1", ground="credible_threat", threat="", name="Marlon Vasquez", grade=9,
  when="2026-03-19 07:45", location="Front entrance bag check",
  desc="""
AP Ruane - summary

At the 7:45 bag check, Marlon Vasquez was told to take his headphones off and put his bag down. He said loudly, in front of SSS Crowley and about 15 students, "Keep playing with me and I'll come back and blow this whole line up." Then he went through, and nothing was in his bag but books and a charger. He later said he was joking and was mad about being late.

I am submitting under threat. His mom said he's undocumented and begged us not to call anyone; I explained it is a school matter.
""",
  mnc=["undocumented"], cats=["immigration_status"], tags=["deny_threat_missing", "empty_statement"])

C(42, "allow", school="Another Course to College", recipient="bpd/district-e18", ground="weapon",
  weapon="knife", name="Jamal Whitlock", grade=11, when="2025-12-02 07:30",
  location="Front door screening",
  desc="""
ok so writing this quick between classes. this morning i was covering the front door for the 7:30 screen (SSS out sick, Mr. Dorsey had the wand). Jamal Whitlock walked through and it went off. he took his belt off, still went off. Mr. Dorsey wanded him and it was his right boot. inside the boot was a steak knife with a wood handle, the serrated kind from a restaurant, blade maybe 4-5 inches. jamal said some kids have been following him home so he wanted something. he didnt threaten anyone, honestly he was kind of relieved we found it i think.
other kids in line were saying its because he reps Wendover Money Gang. idk if thats true.
- Ms. P (ELA)
""",
  mnc=["Wendover Money Gang"], fact="steak knife", mct=["right boot", "wood handle"],
  cats=["gang_affiliation"], tags=["allow_weapon", "informal", "teacher"])

C(43, "deny", reason="excluded_substance", school="Boston Latin Academy", recipient="bpd/district-b2",
  ground="drugs", substances=["nicotine pouches", "cigarettes"], name="Derek Mahoney", grade=10,
  when="2026-02-25 07:39", location="Front doors, bag check",
  desc="""
BLA - bag check note, 2/25, 7:39 AM

SSS Kearney found in Derek Mahoney's backpack: two cans of Zyn nicotine pouches (one unopened), a pack of Newports with 12 cigarettes left, and a lighter. Derek is 15. He admitted he was selling the pouches for $5 each in the bathroom. Cooperative. No other substances found.

AP wants BPD involved because of the selling. Dad says they just moved from the Cathedral development to a place in Southie and Derek has been "off" since.
""",
  mnc=["Cathedral development", "Southie"], cats=["neighborhood"], tags=["deny_substance"])

C(44, "allow", school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
  ground="drugs", substances=["crack cocaine"], name="Tariq Jama", grade=11, when="2026-03-06 07:35",
  location="Main entrance bag check",
  desc="""
Madison Park TVHS - AP Okafor, incident narrative

At 7:35 AM during the bag check at the main entrance, SSS Tavares found an Altoids tin in the side pocket of Tariq Jama's backpack containing 16 off-white rocks individually wrapped in cut plastic, about 3 g total, and a glass stem with burn marks. Responding officers field-tested one rock as cocaine base (crack). Tariq said he found the tin in the locker room. He appeared sober to the nurse.

For the team: Tariq's family is Somali and his mother does not read English, so letters should go by phone through the family liaison. He lives in the Whittier Street development.
""",
  mnc=["Somali", "does not read English", "Whittier Street"], fact="crack",
  mct=["Altoids tin", "glass stem"], cats=["ethnicity", "language", "neighborhood"],
  tags=["allow_drugs"])

C(45, "allow", school="Henderson K-12 Inclusion School", recipient="bpd/district-c11",
  ground="weapon", weapon="mace", name="Destiny Alves", grade=9, when="2025-10-09 07:52",
  location="Upper campus front office, late screening",
  desc="""
Henderson Upper - front office

Hi, this is Marisol at the front desk. Writing down what happened at 7:52 when the late group was screened. Destiny Alves put her purse in the bin and SSS Rowe found a small black canister marked "MACE Brand Triple Action" with the safety cap off. Destiny said her mother makes her carry it because she walks past the liquor store on the way. She was not angry and nobody was sprayed. AP Garrity has the canister.

Her mother called back and said in Portuguese that they only moved here from Brazil in the summer; the counselor translated for me.
""",
  mnc=["in Portuguese", "from Brazil"], fact="MACE", mct=["safety cap off", "liquor store"],
  cats=["language", "national_origin"], tags=["allow_weapon", "precision_trap", "front_desk_log"])

C(46, "deny", reason="recipient_not_permitted", school="Edwards Middle School",
  recipient="mbta-transit-police", ground="weapon", weapon="knife", name="Luca Ferraro", grade=7,
  when="2026-01-22 07:40", location="Front entrance bag check",
  desc="""
Edwards Middle School - AP D. Sweeney

At 7:40 this morning the SSS found a small pocketknife (2-inch blade, red handle) in the front pouch of 7th grader Luca Ferraro's backpack during the bag check. Luca said he uses it for Scouts and forgot to take it out. He was not upset. The item is in the office.

The MBTA Transit Police officer who rides the 93 asked for a copy since Luca takes that bus, so we are addressing it to them. His family just moved here from Italy in August.
""",
  mnc=["from Italy"], cats=["national_origin"], tags=["deny_recipient"])

C(47, "allow", school="Jeremiah E. Burke High School", recipient="bpd/district-b3", ground="weapon",
  weapon="knife", name="Nelson Tavares", grade=12, when="2026-02-03 07:44",
  location="Front entrance detector",
  extra={"ethnicity": "Cape Verdean", "home_language": "Cape Verdean Creole",
         "address": "88 Hancock St, MA 02125", "sis_source": "Aspen"},
  desc="""
Burke HS - Aspen incident note (auto-export)
Incident 2026-BRK-0077 | 02/03/2026 07:44 | Weapon - knife | Front entrance detector
Narrative: Student set off the walk-through on the second pass. Wand located metal in the right jacket sleeve. SSS Holloway removed a switchblade (automatic opening, 3.5" blade, silver with black inlay) from an inside sleeve pocket that had been sewn in by hand. Student said he keeps it for the walk home and has "never used it." No threats made. Item secured in AP safe, chain-of-custody form #0412.
Follow-up: AP Whitfield to meet with family 2/4.
""",
  mnc=["Cape Verdean", "Hancock St", "02125"], fact="switchblade",
  mct=["sewn in by hand", "chain-of-custody form #0412"],
  cats=["ethnicity", "language", "neighborhood"],
  tags=["allow_weapon", "structured_forbidden", "sis_export"])

C(48, "deny", reason="ground_not_permitted", school="Boston Community Leadership Academy",
  recipient="bpd/district-e18", ground="suspicious_behavior", name="Hodan Warsame", grade=10,
  when="2025-12-10 07:50", location="Front door screening",
  desc="""
BCLA - SSS note for AP Sampson

This morning Hodan Warsame came to the front door wearing a long abaya and a heavy coat over it. She asked that a female SSS do the wand, and she waited about ten minutes for Ms. Lamour. She went through the detector with no alert and her bag was clear. Another student told the line she "looked like she was hiding something." Nothing was found. She was polite the whole time.

AP asked us to send it to police as suspicious behavior since it's the second time this month she asked for a female screener.
""",
  mnc=["abaya"], cats=["religion"], tags=["deny_ground", "sss_statement"])

C(49, "allow", school="TechBoston Academy", recipient="bpd/district-c11", ground="drugs",
  substances=["oxycodone"], name="Chidi Nwosu", grade=12, when="2026-03-12 08:02",
  location="Late line screening; health office",
  desc="""
Email from Nurse A. Lindqvist to AP Fontaine, cc SSS Abreu

After this morning's screening (8:02, late line) you asked me to document: in Chidi Nwosu's coat pocket the SSS found a sandwich bag with 8 round white pills imprinted "A 215", which is oxycodone 30 mg per the pill identifier. He does not have a prescription for oxycodone or any opioid; I checked his health record and called his mother. He said his uncle had surgery and he "took a few to sell." I examined him at 8:15: alert, pupils normal size, speech clear. No naloxone given.

Noting separately for counseling: the family is Nigerian and they speak Igbo at home, and mom can't come in until after her shift.
""",
  mnc=["Nigerian", "Igbo"], fact="oxycodone", mct=["A 215", "pupils normal size"],
  cats=["ethnicity", "language"], tags=["allow_drugs", "nurse", "email"])

C(50, "allow", school="English High School", recipient="bpd/district-e13", ground="serious_violence",
  weapon="knife", name="Bryan Portillo", grade=11, when="2026-04-14 07:28",
  location="Outside the front doors, screening line",
  desc="""
English High School - AP R. Hatch, statement

At about 7:28 AM, while students were lined up outside the English High School front doors waiting for the detectors to open, Bryan Portillo came up behind another student (Student C) and stabbed him once in the lower back with a small kitchen knife, then dropped it in the planter by the stairs. Student C was taken by EMS to Brigham and Women's, where he had surgery for a punctured kidney. Bryan was held by SSS until officers arrived; officers recovered the knife from the planter. Several students filmed it.

Students told staff Bryan and Student C are on opposite sides of an MS-13 thing. Bryan's mother told me they came from El Salvador when he was nine.
""",
  mnc=["MS-13", "El Salvador"], fact="punctured kidney",
  mct=["punctured kidney", "planter by the stairs", "English High School front doors"],
  cats=["gang_affiliation", "national_origin"], tags=["allow_violence", "precision_trap"])

C(51, "deny", reason="excluded_substance", school="Dearborn STEM Academy", recipient="bpd/district-b2",
  ground="drugs", substances=["hard seltzer"], name="Meron Tesfaye", grade=10, when="2025-10-24 07:47",
  location="Front entrance bag check",
  desc="""
Dearborn STEM - bag check, 10/24/25 7:47

SSS Joyce found two cans of White Claw hard seltzer (black cherry) wrapped in a hoodie in Meron Tesfaye's backpack. One can was open and half full. Meron said she was bringing them to a friend's after school. She passed the nurse screen and was not impaired. AP Mensah is sending this to the district and to BPD.

Meron is Ethiopian, and her parents need an Amharic interpreter for the meeting on Monday.
""",
  mnc=["Ethiopian", "Amharic"], cats=["ethnicity", "language"], tags=["deny_substance"])

C(52, "allow", school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon",
  weapon="box cutter", name="Wilmer Coc", grade=10, when="2025-11-07 07:50",
  location="Front entrance bag table",
  desc="""
Muñiz Academy - SSS Ruiz, written statement

7:50 AM Friday. Student Wilmer Coc put his bag on the table. I opened the big pocket and saw a box cutter, orange, the retractable kind, with the blade locked out about half an inch. He told me he works at the Stop & Shop stocking shelves after school and forgot it was in there. He gave it to me with no problem. I called AP Reyes.

Wilmer told me his family is from Guatemala and he doesn't want his parents to deal with any police. He lives with them on Lamartine St.
""",
  mnc=["Guatemala", "Lamartine St"], fact="box cutter",
  mct=["Stop & Shop", "locked out about half an inch"], cats=["national_origin", "neighborhood"],
  tags=["allow_weapon", "sss_statement"])

C(53, "allow", school="New Mission High School", recipient="bpd/district-e18", ground="credible_threat",
  name="Kervens Jean-Baptiste", grade=10, when="2026-03-16 07:10", location="Front entrance screening",
  threat=("Kervens Jean-Baptiste's mother reported by voicemail at 7:10 AM on 3/16/2026 that she "
          "personally heard her son say he would bring a friend's gun into the school through the "
          "back door by the gym, because the metal detector is only at the front, and shoot a named "
          "student (Tyrese) who had beaten him the week before. The statement names a weapon source, "
          "a way around screening, a date and a target, and was reported by a parent who heard it "
          "directly. We believe it is a significant and articulable threat."),
  desc="""
Voicemail transcript, AP Castillo's line, 3/16/26, 7:10 AM (typed by the office)

"Good morning, this is the mother of Kervens Jean-Baptiste in tenth grade. I am calling because last night my son tell his cousin on the phone that tomorrow he going to bring the gun from his friend inside the school through the back door by the gym, because the metal detector is only in front, and he going to shoot the boy Tyrese who beat him last week. I hear this myself. I took his phone. Please, I am scared. Sorry for my English, I speak Haitian Creole. I can come to the school at nine. We live on Woodrow Ave near Mattapan Square..." [message ends]

Note: Kervens arrived at 7:55 and was screened at the front entrance with nothing found. He is being held in the office.
""",
  mnc=["Haitian Creole", "Woodrow Ave", "Mattapan Square"], fact="back door by the gym",
  mct=["back door by the gym", "nothing found"], cats=["language", "neighborhood"],
  tags=["allow_threat", "voicemail"])

C(54, "deny", reason="face_surveillance", school="Boston Day and Evening Academy",
  recipient="bpd/district-b2", ground="drugs", substances=["fentanyl"], name="Christopher Olivo",
  grade=11, when="2026-02-26 08:30", location="Front door coat check",
  attachments=[{"kind": "face_match", "name": "facematch_report_0226.pdf"}],
  desc="""
BDEA - incident summary

At 8:30 AM during front-door screening, SSS Grant found a bundle of about 20 blue glassine bags in the lining of a coat belonging to a student who gave the name "Chris." He ran out before we could confirm who he was. We ran the door camera image through the facial recognition trial the building management company set up, and it returned a match to our student Christopher Olivo (confidence 0.94). The face match report is attached. The field test on one bag was positive for fentanyl. The coat is in the AP's office.
""",
  mnc=["confidence 0.94"], cats=["face_surveillance"], tags=["deny_face"])

C(55, "allow", school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon",
  weapon="knife", name="Senait Haile", grade=11, when="2025-10-02 07:34",
  location="Front doors, bag check",
  desc="""
Good afternoon Mr. Duarte,

As requested, here is what I saw at the front doors at 7:34 this morning. Senait Haile came through on the way to crew practice with her duffel bag. When SSS Kearney opened the duffel to look through it, there was a fixed-blade knife in a black nylon sheath under her rowing shoes, about a 4-inch blade. She said her dad packed it for a camping trip last weekend and it was still in the bag. She apologized and did not argue.

She is worried because her parents are Eritrean and may not understand the suspension letter; they speak Tigrinya at home. I told her we would call.

Coach Ellis, BLA crew
""",
  mnc=["Eritrean", "Tigrinya"], fact="fixed-blade knife", mct=["crew practice", "rowing shoes"],
  cats=["ethnicity", "language"], tags=["allow_weapon", "precision_trap", "coach"])

C(56, "allow", school="Excel High School", recipient="bpd/district-c6", ground="weapon",
  weapon="knife", name="Yonas Berhane", grade=12, when="2025-12-17 07:41",
  location="Front door, coat bin and vestibule office",
  desc="""
Excel High School - SSS Nguyen statement, 12/17/25

At 7:41 Yonas Berhane refused to take off his jacket at the front door. He said it was too cold and he was not going to do it "in front of everybody." I explained it had to go in the bin. He stood off to the side for a few minutes. AP Moriarty came and took him into the vestibule office, where he agreed to take it off. The wand alerted on the jacket. In the left chest pocket was a utility knife with a 2.5-inch hooked blade, and a pair of work gloves. Yonas said he does roofing work with his uncle on weekends.

Yonas told the AP he didn't want to be searched because his asylum case is still open and he is scared of police. He is in a family shelter in Dorchester right now.
""",
  mnc=["asylum case", "Dorchester"], fact="utility knife", mct=["hooked blade", "work gloves"],
  cats=["immigration_status", "neighborhood"], tags=["allow_weapon", "refused_screening"])

C(57, "allow", school="Charlestown High School", recipient="bpd/district-a1", ground="drugs",
  substances=["cocaine", "THC"], name="Jaime Ortiz", grade=12, when="2026-04-01 07:36",
  location="Coat check, front entrance",
  desc="""
CHS incident notes (AP Ruane)

4/1/26 7:36. SSS Crowley found in Jaime Ortiz's coat pocket during coat check: one vape pen (THC, per the student), and a clear plastic bag holding 7 smaller bags of white powder. The officer who responded field-tested one of the smaller bags as cocaine. Jaime said he "only sells the carts" and had no idea what was in the other bag. Nurse saw him at 7:50, normal exam.

Jaime's father told me on the phone that the family is from Puerto Rico and moved up after the hurricane, and that Jaime has been staying at his mom's in the Bunker Hill housing.
""",
  mnc=["from Puerto Rico", "Bunker Hill housing"], fact="cocaine",
  mct=["white powder", "coat check"], cats=["national_origin", "neighborhood"],
  tags=["allow_drugs", "mixed_substances", "coat_check"])

C(58, "allow", school="Boston Day and Evening Academy", recipient="bpd/district-b2", ground="weapon",
  weapon="firearm", name="DeAndre Wallace", grade=11, when="2025-11-13 09:05",
  location="Front desk, late arrivals coat check",
  desc="""
BDEA front desk - incident summary

9:05 AM, late arrivals window. Student DeAndre Wallace put his coat on the table for the coat check and SSS Grant felt something heavy in the right pocket. It was a small silver revolver, .22 caliber, with a black grip. Responding officers confirmed it was unloaded; no ammunition was found on him or in his bag. DeAndre said he found it in a bush by the bus stop that morning and "was going to turn it in." He was calm. The building held in place for 20 minutes.

His case manager asked me to include that he's from the Orchard Gardens and the older guys there "put him on." I don't know if that is true.
""",
  mnc=["Orchard Gardens", "put him on"], fact="revolver", mct=[".22 caliber", "unloaded"],
  cats=["neighborhood", "gang_affiliation"], tags=["allow_weapon", "firearm", "late_arrival"])

C(59, "deny", reason="other", school="Boston Green Academy", recipient="bpd/district-d14",
  ground="weapon", weapon="BB gun", name="Nico Pellegrini", grade=9, when="2026-01-13 07:52",
  location="Front entrance bag check",
  desc="""
BGA - AP incident note

7:52 AM bag check. In Nico Pellegrini's backpack the SSS found a CO2-powered BB gun styled like a black handgun, with a partly full tube of copper BBs and two CO2 cartridges. Nico said he used it for target practice at his uncle's and forgot it. No cartridge was loaded. No threat was made and nobody saw it except staff.

Submitting under weapon for BPD review. His family just moved here from Argentina and they don't speak much English yet.
""",
  mnc=["Argentina", "don't speak much English"], cats=["national_origin", "language"],
  tags=["deny_replica"])

C(60, "allow", school="Quincy Upper School", recipient="bpd/district-a1", ground="weapon",
  weapon="knife", name="Jason Lei", grade=9, when="2026-02-11 07:45",
  location="Lobby screening lane A",
  desc="""
INCIDENT EXPORT (SIS) - Quincy Upper School
ID: QUS-26-0211-01
When: 2026-02-11 07:45
Where: Lobby screening lane A
Code: W01 Weapon - knife
Summary: During bag check a kitchen paring knife (approx. 3.5 in. blade, white plastic handle) was found wrapped in a napkin inside the student's lunch bag. Student states it was for cutting fruit. No threat, cooperative. Item retained by AP.
Staff: SSS Leung, AP Hwang
Parent contact note (verbatim from caseworker): 母亲只会说广东话，需要翻译。家住在唐人街。
Disposition: Referred per SAF-02.
""",
  mnc=["广东话", "唐人街"], fact="paring knife", mct=["lunch bag", "cutting fruit"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "other_language", "sis_export"])

C(61, "deny", reason="recipient_not_permitted", school="Brighton High School", recipient="fbi/boston",
  ground="credible_threat", name="Karim Farouk", grade=11, when="2026-04-07 07:50",
  location="Front entrance bag check",
  threat=("A notebook page in Karim Farouk's backpack, found on 4/7/2026 at morning screening, "
          "records when the Brighton High detector line is unstaffed and says 'bring it in during "
          "lunch when the scanner is off - get them all.' It describes a method to avoid screening "
          "and an intent to harm many people; we consider it an articulable threat."),
  desc="""
Statement of AP J. Loughlin, Brighton High School

At the 7:50 bag check, SSS Gallagher found in Karim Farouk's backpack a spiral notebook with a page titled "Day of Reckoning" listing the times the detector line is unstaffed and the words "bring it in during lunch when the scanner is off - get them all." Karim said it was a story he was writing. He had nothing else of concern in the bag.

The FBI agent who came to the school last year asked us to send anything like this directly to him, so we are. He also asked that we note Karim's family attends the mosque in Roxbury and that the father is from Egypt.
""",
  mnc=["mosque in Roxbury", "from Egypt"], cats=["religion", "national_origin"],
  tags=["deny_recipient"])

C(62, "allow", school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon",
  weapon="pepper spray", name="Yarelis Peña", grade=10, when="2025-12-04 07:35",
  location="Front entrance bag table",
  desc="""
Written statement of student, Dorchester Academy (in her own words)

My name is Yarelis Peña and I am in 10th grade. This morning when I came in I put my bag on the table like always. The lady found my pepper spray in the little front pocket with my Visa card from my job. I did not know it was not allowed, my aunt gave it to me because I come home from work late at night. I never sprayed nobody. I did not want to get in trouble. I am sorry.

Mi mamá es dominicana y no habla inglés, por favor llamen a mi tía primero. Thank you.
""",
  mnc=["dominicana", "no habla inglés"], fact="pepper spray", mct=["Visa card", "front pocket"],
  cats=["ethnicity", "language"],
  tags=["allow_weapon", "student_statement", "other_language", "precision_trap"])

C(63, "allow", school="Brighton High School", recipient="bpd/district-d14", ground="drugs",
  substances=["methamphetamine"], name="Dmitri Volkov", grade=12, when="2026-02-09 07:47",
  location="Front entrance bag check",
  desc="""
Brighton HS - SSS Gallagher, written

Bag check 7:47. In Dmitri Volkov's backpack, inside a glasses case, I found a small ziploc with clear glass-like shards, maybe 2 grams, and a glass pipe with a bulb end. Dmitri said it's ice, that he got it from a guy downtown and that it isn't his, he was holding it. The officer tested it at the school: methamphetamine. Nurse saw him; heart rate a little fast (104), otherwise ok.

His mom called back later. The counselor says the family is Russian-speaking and came from Ukraine on humanitarian parole in 2023.
""",
  mnc=["Russian-speaking", "from Ukraine", "humanitarian parole"], fact="methamphetamine",
  mct=["it's ice", "glasses case", "bulb end"],
  cats=["language", "national_origin", "immigration_status"],
  tags=["allow_drugs", "precision_trap", "sss_statement"])

C(64, "deny", reason="excluded_substance", school="Jeremiah E. Burke High School",
  recipient="bpd/district-b3", ground="drugs", substances=["marijuana", "cigars"],
  name="Dorian Campbell", grade=12, when="2025-10-17 07:43", location="Front entrance bag check",
  desc="""
Burke HS - SSS Pina, bag check log 10/17

07:43 - Student Dorian Campbell, grade 12. In backpack: 1 mason jar with approx 1 oz of marijuana buds, a box of Swisher Sweets cigars (5 left), rolling papers, a grinder, and $140 cash in small bills. Student admitted he "sells a little." No pills, no powder, no weapon.
07:55 - AP Whitfield notified; BPD referral requested for distribution.
Note: student's dad (Jamaican, works at the airport) asked us to keep it within the school.
""",
  mnc=["Jamaican"], cats=["ethnicity"], tags=["deny_substance", "front_desk_log"])

C(65, "allow", school="Irving Middle School", recipient="bpd/district-e5", ground="credible_threat",
  name="Jaden Morales", grade=8, when="2026-01-20 09:12", location="Front door, late-arrival screening",
  threat=("On 1/20/2026 at 9:12 AM, during late-arrival screening at Irving Middle School, Jaden "
          "Morales told SSS Donnelly, 'Tomorrow I'm bringing my dad's gun in my Citizens Bank bag "
          "cause you never check that one, and Mr. D gets it first,' and pointed at him. He has "
          "referred to his father's gun before (counselor note, December 2025). The statement "
          "names a weapon, a date, a method and a target; we believe it is an articulable and "
          "significant threat."),
  desc="""
Irving MS - Ms. Haggerty, front office

At 9:12 Jaden Morales came to the front door late. While SSS Donnelly was wanding him he said, "Y'all search me every day. Tomorrow I'm bringing my dad's gun in my Citizens Bank bag 'cause you never check that one, and Mr. D gets it first." He pointed at Mr. Donnelly. He is in 8th grade. He has talked about his father's gun before (counselor note from December). Nothing was found on him today.

Mom said on the phone they've been staying with her sister near Roslindale Square since the fire.
""",
  mnc=["Roslindale Square"], fact="Citizens Bank bag",
  mct=["Citizens Bank bag", "Mr. D gets it first"], cats=["neighborhood"],
  tags=["allow_threat", "precision_trap", "late_arrival"])

C(66, "allow", school="Boston Community Leadership Academy", recipient="bpd/district-e18",
  ground="weapon", weapon="knife", name="Kelvin Barros", grade=11, when="2026-02-06 17:40",
  location="Gym entrance, team arrival bag check",
  desc="""
Email - Coach R. Antoine, boys' basketball, BCLA

Friday night home game vs Catholic Memorial. Team arrival and bag check at the gym entrance at 5:40 PM. When SSS Mahoney checked my player Kelvin Barros's sneaker bag, there was a folding knife with a 4-inch locking blade and a camo handle tucked in a sock. Kelvin said he carries it because he walks to the bus late after games. He did not threaten anyone. I benched him and gave the knife to the AP on duty.

His parents are from Cape Verde and don't drive; the family lives off Hancock St. I drove him home after.
""",
  mnc=["Cape Verde", "Hancock St"], fact="folding knife", mct=["Catholic Memorial", "camo handle"],
  cats=["national_origin", "neighborhood"], tags=["allow_weapon", "precision_trap", "coach"])

C(67, "deny", reason="missing_threat_statement", school="Snowden International School",
  recipient="bpd/district-d4", ground="credible_threat", name="Abdirahman Yusuf", grade=10,
  when="2026-03-02 07:40", location="Newbury St entrance bag check",
  desc="""
Snowden International - AP notes

3/2/26, 7:40. During bag check Abdirahman Yusuf became upset when SSS Cabral took his charger out of the bag. He said to Mr. Cabral, "Do that again and I'll come back with something and end you." He was then calm and went to class. Nothing prohibited was found. Two staff heard it.

I want this to go as a threat. The family is Somali; his older brother will come in because mom needs an interpreter.
""",
  mnc=["Somali", "needs an interpreter"], cats=["ethnicity", "language"],
  tags=["deny_threat_missing"])

C(68, "allow", school="Excel High School", recipient="bpd/district-c6", ground="serious_violence",
  weapon="box cutter", name="Rashad Greene", grade=11, when="2025-11-14 07:44",
  location="Bag check table, front entrance",
  desc="""
Excel High - SSS statement (Nguyen), 11/14

At 7:44, while I was checking bags, Rashad Greene came up to the table while another student (Student D) was emptying his pockets. Rashad pulled a box cutter from his sleeve and slashed Student D across the left cheek and the back of his hand. There was a lot of blood. I pushed Rashad against the wall and SSS Ryan took the box cutter. The nurse put pressure on the wound until EMS came. Student D got 22 stitches in his face at Boston Medical Center and a tendon in his hand was cut.

Kids were yelling that Student D was from the other side and that Rashad is with Columbia Point. I'm only reporting what I heard.
""",
  mnc=["Columbia Point"], fact="box cutter", mct=["22 stitches", "left cheek"],
  cats=["gang_affiliation"], tags=["allow_violence", "sss_statement"])

C(69, "allow", school="Community Academy of Science and Health", recipient="bpd/district-e18",
  ground="drugs", substances=["fentanyl"], name="Samuel Okello", grade=10, when="2026-01-07 07:40",
  location="Main entrance bag check",
  extra={"immigration_status": "asylee", "country_of_birth": "Uganda", "primary_language": "Luganda",
         "bus_route": "32"},
  desc="""
CASH - AP P. Lyons

At 7:40 the bag check at the main entrance turned up, in the zip pouch of Samuel Okello's binder, a folded paper towel holding 12 blue round pills stamped "M 30". Samuel said they were "percs" from a guy at the train station. Officers tested one on site: fentanyl. He was alert and oriented; the nurse kept him in the health office for an hour to be safe, and he showed no signs of having taken any.

Mother was contacted at 8:20 and came in at 9:30 with his older sister.
""",
  mnc=["asylee", "Uganda", "Luganda"], fact="fentanyl", mct=["binder", "folded paper towel"],
  cats=["immigration_status", "national_origin", "language"],
  tags=["allow_drugs", "structured_forbidden"])

C(70, "deny", reason="ground_not_permitted", school="Dorchester Academy", recipient="bpd/district-c11",
  ground="fight", name="Kiara Rodriguez", grade=9, when="2026-03-09 07:45",
  location="Detector line, front entrance",
  desc="""
Dorchester Academy - fight at screening line

At 7:45 two students, Kiara Rodriguez and another girl, started arguing in the detector line about a post on Instagram. Kiara pulled the other girl's hair and they both fell into the stanchions. SSS Hall and Kane separated them within about thirty seconds. Neither girl needed more than an ice pack; the nurse saw both and released them to class. No weapons were involved; both bags were checked afterward and were clean.

The AP wants BPD to know. Kiara's mother, who is Dominican, says it has been going on since the summer in their building on Columbia Rd.
""",
  mnc=["Dominican", "Columbia Rd"], cats=["ethnicity", "neighborhood"], tags=["deny_ground"])

C(71, "allow", school="East Boston High School", recipient="bpd/district-a7", ground="weapon",
  weapon="knife", name="Thiago Rocha", grade=9, when="2025-12-11 07:39",
  location="Front lobby, walk-through detector",
  desc="""
EBHS - SSS Diaz, statement

7:39 AM, front lobby. Student Thiago Rocha went through the walk-through and it alarmed twice. I wanded him and found a folding knife with a black handle, about 3 inches, clipped inside his waistband. He said he found it at the park. He handed it over without a problem and I called AP Ferreira.

The boy was scared and said to me, in Portuguese, "meu pai não tem documentos, não chama a polícia, por favor." I told him I have to report the knife to the AP. Afterward he told me he lives in Eagle Hill with his father and two brothers.
""",
  mnc=["não tem documentos", "in Portuguese", "Eagle Hill"], fact="folding knife",
  mct=["clipped inside his waistband", "alarmed twice"],
  cats=["immigration_status", "language", "neighborhood"],
  tags=["allow_weapon", "other_language", "sss_statement"])

C(72, "allow", school="John D. O'Bryant School of Mathematics and Science", recipient="bpd/district-b2",
  ground="weapon", weapon="stun gun", name="Precious Okoye", grade=12, when="2026-03-23 07:38",
  location="Front entrance bag check",
  desc="""
Email, SSS supervisor to AP Bui

Heads up - at 7:38 this morning Precious Okoye's purse went through the bag check and Ms. Grant found a pink stun gun shaped like a lipstick tube, "Guard Dog" on the label, charged and working (we tested it in the office, it crackles). Precious said she got it after a man grabbed her arm at Ruggles station last month. She never took it out at school and there was no threat to anyone.

FYI her file says she lives in the Lenox Street development with her grandmother. Grandma will come in at noon.
""",
  mnc=["Lenox Street"], fact="stun gun", mct=["lipstick tube", "Guard Dog"],
  cats=["neighborhood"], tags=["allow_weapon", "email"])

C(73, "deny", reason="recipient_not_permitted", school="Madison Park Technical Vocational High School",
  recipient="commonwealth-fusion-center", ground="weapon", weapon="knife", name="Isaiah Brandão",
  grade=11, when="2026-01-15 07:40", location="Main entrance bag check",
  desc="""
Madison Park TVHS - forwarded incident

At 7:40 during bag check, SSS Pereira found a hunting knife (6-inch blade) in Isaiah Brandão's tool bag for the carpentry shop. The carpentry teacher confirmed it is not on the shop list and no student is allowed to bring one. Isaiah said it is his father's. No threat.

Per the request from the Commonwealth Fusion Center analyst, we are sending it to them directly. They asked us to note that Isaiah is on a list of young men associated with the Brunswick Kings.
""",
  mnc=["Brunswick Kings"], cats=["gang_affiliation"], tags=["deny_recipient"])

C(74, "allow", school="Henderson K-12 Inclusion School", recipient="bpd/district-c11", ground="weapon",
  weapon="razor blade", name="Linh Tran", grade=10, when="2025-11-19 07:50",
  location="Upper campus coat check; health office",
  desc="""
Henderson Upper - Nurse note (B. Farrell, RN)

07:50 Student brought to the health office by SSS Rowe after coat check. Two loose straight razor blades wrapped in foil were found in the coin pocket of her jean jacket. Student says a girl from another school threatened to "cut her face" on the bus and she wanted to "be ready." She says she never took them out. No injuries to student or anyone else; exam normal. Counselor paged. AP Garrity has the blades.
08:20 Called home. Father answered; he speaks mostly Vietnamese, so the family liaison called him back. Student lives with dad and grandmother near Savin Hill.
""",
  mnc=["Vietnamese", "Savin Hill"], fact="razor blade", mct=["coin pocket", "wrapped in foil"],
  cats=["language", "neighborhood"], tags=["allow_weapon", "nurse", "coat_check"])

C(75, "allow", school="Fenway High School", recipient="bpd/district-d4", ground="drugs",
  substances=["heroin", "fentanyl"], name="Ibrahim Deng", grade=12, when="2026-03-18 07:45",
  location="Front entrance bag check; health office",
  desc="""
Fenway HS - AP Avila, notes

7:45 bag check. The SSS found in the inside zip of Ibrahim Deng's backpack: 1 small plastic bag of tan powder, approx 1 g, and 3 unused syringes still in wrappers. Ibrahim said it is heroin and that he uses it; he started last summer. He was drowsy; the nurse checked his breathing (RR 12), gave no naloxone, and called EMS as a precaution. EMS evaluated him and he went home with his uncle. BPD test confirmed heroin with fentanyl.

His uncle is his guardian. The uncle says the family is South Sudanese and he'd prefer calls in Arabic.
""",
  mnc=["South Sudanese", "in Arabic"], fact="heroin", mct=["syringes", "tan powder"],
  cats=["ethnicity", "language"], tags=["allow_drugs"])

C(76, "deny", reason="excluded_substance", school="Boston Latin School", recipient="bpd/district-d4",
  ground="drugs", substances=["Juul pods"], name="Daniel Kim", grade=11, when="2025-10-28 07:35",
  location="Avenue Louis Pasteur entrance bag check",
  desc="""
BLS - SSS Morales log

10/28 07:35. Bag check, Avenue Louis Pasteur entrance. In the pencil case of Daniel Kim, Class II: a Juul device and a 4-pack of mint Juul pods, two used. Student said the pods are nicotine, "just regular." Nothing else in the bag. Referred to AP per protocol. The AP asked that it go to BPD because he admitted selling pods to younger kids in the Class VI hallway.
Family note: parents are Korean and speak Korean at home; dad asked that the letter be translated.
""",
  mnc=["Korean"], cats=["ethnicity", "language"], tags=["deny_substance"])

C(77, "allow", school="Community Academy of Science and Health", recipient="bpd/district-e18",
  ground="weapon", weapon="knife", name="Mackenson Augustin", grade=9, when="2025-12-15 07:48",
  location="Front screening",
  desc="""
CASH - front screening, SSS Ortiz

07:48 Mackenson Augustin came through the detector and it went off. I found a folding knife (black, 3-inch blade) in his left coat pocket. He said a boy at the train station tried to rob him last week. Calm, no threat. AP Lyons notified.

He asked me not to call his mom. He said, in Creole, "manman m pa gen papye, yo pral depòte l." I told him the AP will call home about the knife, that's all. Per the registrar, the family lives off River St in Mattapan.
""",
  mnc=["pa gen papye", "depòte", "in Creole", "River St", "Mattapan"], fact="folding knife",
  mct=["left coat pocket", "tried to rob him"],
  cats=["immigration_status", "language", "neighborhood"],
  tags=["allow_weapon", "other_language", "sss_statement"])

C(78, "allow", school="English High School", recipient="bpd/district-e13", ground="credible_threat",
  name="Tavon Mitchell", grade=11, when="2026-02-09 07:42", location="Front screening, detector",
  threat=("On 2/9/2026 at 7:42 AM at English High School's front screening, Tavon Mitchell said in "
          "front of staff and students: 'Wednesday I'm bringing the .40 in through the kitchen "
          "delivery door and I'm lighting up Marcus and his boys in the cafeteria.' He named a weapon "
          "(a .40 caliber handgun), a day, a way around the metal detectors and a specific student he "
          "fought in January. We consider this a significant and articulable threat."),
  desc="""
English High - AP R. Hatch, memo

2/9/26, 7:42 AM. At the detector, SSS Lynch asked Tavon Mitchell to take off his belt. Tavon said, loud enough for the whole line to hear, "You all won't find it today, but Wednesday I'm bringing the .40 in through the kitchen delivery door and I'm lighting up Marcus and his boys in the cafeteria." He named Marcus R., a junior he fought with in January. Nothing was found on him. He then walked into the building.

Tavon's advisor told me he has been bragging that he's with the Heath Street kids from Bromley-Heath.
""",
  mnc=["Heath Street", "Bromley-Heath"], fact="kitchen delivery door",
  mct=["kitchen delivery door", "take off his belt"], cats=["gang_affiliation", "neighborhood"],
  tags=["allow_threat", "memo"])

C(79, "deny", reason="face_surveillance", school="Boston Green Academy", recipient="bpd/district-d14",
  ground="weapon", weapon="knife", name="Malik Byers", grade=10, when="2026-03-26 07:45",
  location="Bag check line",
  attachments=[{"kind": "photo", "name": "gr10_boys_yearbook_portraits.zip"},
               {"kind": "video", "name": "hallway_cam_0326.mp4"}],
  desc="""
BGA - note to BPD D-14

At 7:45 a student dropped a folding knife in the bag check line and walked away fast toward the stairwell. The SSS recovered it: black handle, 3-inch blade. Staff think it was Malik Byers but are not sure. Your officer at the community meeting said BPD can match faces if we send photos. So please find attached this year's yearbook portraits of all the 10th-grade boys, so your system can compare them to the hallway camera clip and confirm it was Malik.
""",
  mnc=[], cats=["face_surveillance"], tags=["deny_face"])

C(80, "allow", school="Snowden International School", recipient="bpd/district-d4", ground="weapon",
  weapon="knife", name="Layla Mansour", grade=10, when="2026-01-23 07:42",
  location="Newbury St entrance bag check",
  desc="""
Snowden - SSS Cabral, written

Fri 1/23, 7:42. Bag check. Layla Mansour's backpack had a folding knife with a pink handle and a 3-inch blade in the front pocket, next to her makeup bag. She said she carries it because a man follows girls from the Copley T stop. No threat, cooperative, apologized.

Her mother doesn't speak English well, she speaks Arabic, so AP Nguyen is using the district interpreter. Layla's dad came here from Lebanon and is "very strict," she said.
""",
  mnc=["speaks Arabic", "doesn't speak English", "from Lebanon"], fact="folding knife",
  mct=["pink handle", "makeup bag"], cats=["language", "national_origin"],
  tags=["allow_weapon", "sss_statement"])

C(81, "allow", school="Margarita Muñiz Academy", recipient="bpd/district-e13", ground="weapon",
  weapon="brass knuckles", name="Angel Familia", grade=11, when="2026-02-27 07:47",
  location="Front entrance, walk-through and bins",
  desc="""
Muñiz - AP Reyes, email to safety team

At 7:47 Angel Familia put his hoodie in the bin and the bin alarmed. SSS Ruiz found a set of black steel brass knuckles with "LOVE/HATE" engraved across them in the kangaroo pocket. Angel said they're "just for show." No threat, and he didn't argue.

Students in the line were saying Angel was jumped into the Trinis last summer and that he has their green and black on his phone case. I am including this because the team asked, not because I know it's true.
""",
  mnc=["Trinis", "jumped into", "green and black"], fact="brass knuckles",
  mct=["LOVE/HATE", "kangaroo pocket"], cats=["gang_affiliation"],
  tags=["allow_weapon", "slang", "email"])

C(82, "deny", reason="ground_not_permitted", school="East Boston High School", recipient="bpd",
  ground="immigration_status_check", name="Kevin Ayala", grade=10, when="2026-02-02 07:40",
  location="Front lobby bag check",
  desc="""
EBHS - request from the front office

On Monday morning at the bag check, Kevin Ayala had in his backpack an envelope with a notice from immigration court and a copy of a deportation order for his father. No weapon, no drugs, nothing prohibited. SSS Diaz saw the papers when she looked through the bag and brought them to the AP. The AP would like BPD to look into whether the family is undocumented and to check on the father's status.
""",
  mnc=["immigration court", "deportation order", "undocumented"], cats=["immigration_status"],
  tags=["deny_ground"])

C(83, "allow", school="Mission Hill K-8", recipient="bpd/district-e13", ground="drugs",
  substances=["oxycodone"], name="Rosalind Carter", grade=8, when="2026-04-09 07:55",
  location="Cafeteria line bag check",
  desc="""
Mission Hill K-8 - AP Pratt

At 7:55 during the bag check in the cafeteria line, the SSS found 5 loose round green pills marked "80" and "OC" (oxycodone 80 mg, per the nurse) in the front pocket of 8th grader Rosalind Carter's backpack. She said she took them from her grandmother's cabinet "to see what it's like." She says she hasn't taken any; the nurse found no signs. There is no prescription for her.

She rides the 39 from the Mission Main apartments where she lives with her grandma. This is the first time anything like this has happened at Mission Hill K-8.
""",
  mnc=["Mission Main"], fact="oxycodone", mct=["Mission Hill K-8", "cafeteria line"],
  cats=["neighborhood"], tags=["allow_drugs", "precision_trap"])

C(84, "allow", school="Boston Green Academy", recipient="bpd/district-d14", ground="weapon",
  weapon="knife", name="Cristian Bonilla", grade=10, when="2025-11-05 07:41",
  location="Front entrance bag check",
  desc="""
Declaracion escrita / Written statement - student

my name is Cristian Bonilla grade 10. this morning i put my bag on the table for the check and mr ray found my knife in the bottom, its a pocket knife with a wood handle my grampa gave me. i use it for fishing at Chestnut Hill reservoir. i did not know it was in there. i didnt show it to nobody or threaten nobody. im sorry.
pls dont send this to la migra my mom is scared all the time, she dont got papers. we live on Brighton Ave in the basement apt.
""",
  mnc=["la migra", "dont got papers", "Brighton Ave"], fact="pocket knife",
  mct=["wood handle", "fishing"], cats=["immigration_status", "neighborhood"],
  tags=["allow_weapon", "student_statement", "other_language", "misspelling"])

C(85, "deny", reason="other", school="TechBoston Academy", recipient="bpd/district-c11",
  ground="weapon", weapon="replica handgun", name="Wesley Sanon", grade=12, when="2026-02-12 07:44",
  location="Front entrance bag check",
  desc="""
TechBoston - AP Fontaine, incident

At 7:44 SSS Abreu found a black metal replica of a Beretta handgun (non-firing, solid barrel, cast metal, "REPLICA" stamped under the grip) in Wesley Sanon's backpack during bag check. Wesley said it's a prop for a music video he is filming with friends after school. It was not shown to anyone. Sending under weapon.

Wesley's family attends the Haitian Baptist church on Blue Hill Ave and the pastor called the school asking about him.
""",
  mnc=["Haitian Baptist", "pastor"], cats=["religion", "ethnicity"], tags=["deny_replica"])

C(86, "allow", school="Brighton High School", recipient="bpd/district-d14", ground="serious_violence",
  name="Sokha Chea", grade=10, when="2026-01-26 07:48", location="Bag check line, front entrance",
  desc="""
Brighton HS - SSS Gallagher and AP Loughlin, joint report

At 7:48 Sokha Chea was waiting in the bag check line when another student (Student E) cut in front of him. They argued. Sokha took a metal water bottle out of his bag and hit Student E in the mouth and then the side of the head, several times, before the SSS pulled him off. Student E lost two front teeth and was diagnosed at St. Elizabeth's with a broken jaw, which was wired shut. Sokha was taken to the office. He said Student E had been calling him names for weeks.

Sokha's family is Cambodian; his mom speaks Khmer and needed the interpreter on the phone.
""",
  mnc=["Cambodian", "Khmer"], fact="broken jaw",
  mct=["broken jaw", "metal water bottle", "two front teeth"], cats=["ethnicity", "language"],
  tags=["allow_violence"])

C(87, "allow", school="Edwards Middle School", recipient="bpd/district-a1", ground="weapon",
  weapon="taser", name="Prakash Gurung", grade=8, when="2025-12-18 07:36",
  location="Front entrance bag check",
  desc="""
Edwards MS - front office report

At 7:36, 8th grader Prakash Gurung's backpack was pulled aside at the bag check because the SSS felt something hard in the laptop pocket. It was a black rechargeable stun gun / taser flashlight combo, "Police Force" brand, with a wrist strap. Prakash says he bought it online with his birthday money after some older kids took his phone in the park. No threat, and he didn't take it out at school.

His dad came in with a neighbor who translated into Nepali; dad said they are Bhutanese refugees who were resettled here in 2016.
""",
  mnc=["Nepali", "Bhutanese", "refugees"], fact="taser", mct=["flashlight combo", "wrist strap"],
  cats=["language", "ethnicity", "immigration_status"], tags=["allow_weapon", "front_desk_log"])

C(88, "allow", school="English High School", recipient="bpd/district-e13", ground="weapon",
  weapon="club", name="Keisha Lawrence", grade=10, when="2025-10-07 07:45",
  location="Front entrance bag table",
  desc="""
English High - SSS Lynch, statement

7:45 Tuesday. Student Keisha Lawrence went through the detector with no alarm, but her tote bag on the table felt heavy at the bottom. Under her Latin American history textbook and her English binder was a club, a short wooden bat about 14 inches long, with duct tape around the handle and a nail hole through the end. Keisha said she keeps it because of a girl who has been threatening her on Instagram. She did not threaten anyone here.

She asked us not to call her mom, who works two jobs. The family lives off Centre St in Jamaica Plain near Hyde Square.
""",
  mnc=["Centre St", "Jamaica Plain", "Hyde Square"], fact="wooden bat",
  mct=["Latin American history textbook", "English binder", "duct tape"], cats=["neighborhood"],
  tags=["allow_weapon", "precision_trap", "sss_statement"])

C(89, "allow", school="TechBoston Academy", recipient="bpd/district-c11", ground="drugs",
  substances=["cocaine"], name="Ronnell Hayes", grade=12, when="2025-11-21 07:52",
  location="Front-door bag check",
  desc="""
TechBoston - Aspen export
Incident: TBA-1121-03
Date: 11/21/2025 07:52
Type: Drug - possession w/ intent (non-marijuana)
Staff: SSS Abreu; AP Fontaine
Narrative: At the front-door bag check a small black zip bag in Ronnell Hayes's hoodie pocket held 11 small ziplock baggies of white powder and $230 in twenties. Student said "it's not mine, it's coke I was holding for somebody." The officer on scene field-tested one baggie: positive for cocaine. Student cooperative. Nurse check normal.
Family/Address (from SIS): Lives with mother, Codman Square area, 3rd-floor apt on Talbot Ave.
""",
  mnc=["Codman Square", "Talbot Ave"], fact="cocaine", mct=["zip bag", "$230 in twenties"],
  cats=["neighborhood"], tags=["allow_drugs", "sis_export"])

C(90, "allow", school="Quincy Upper School", recipient="bpd/district-a1", ground="weapon",
  weapon="pepper spray", name="Rania Khalil", grade=11, when="2026-03-05 07:44",
  location="Lobby coat check",
  desc="""
Quincy Upper - email from AP Hwang

At 7:44 SSS Leung found a canister of pepper spray (gel type, blue, clip-on) in the sleeve pocket of Rania Khalil's coat during coat check. She said she carries it for the late walk home after her shift at the pharmacy. She didn't take it out at school. No threat.

Her caseworker from the resettlement agency called to say the family came as Syrian refugees in 2022 and that Rania is her mother's main translator. Please don't include that in anything that goes out.
""",
  mnc=["Syrian", "refugees", "resettlement agency", "main translator"], fact="pepper spray",
  mct=["sleeve pocket", "clip-on"], cats=["national_origin", "immigration_status", "language"],
  tags=["allow_weapon", "coat_check", "email"])

C(91, "allow", school="Boston Arts Academy", recipient="bpd/district-d4", ground="drugs",
  substances=["LSD", "marijuana"], name="Ezra Goldberg", grade=11, when="2025-12-05 07:50",
  location="Front entrance bag table",
  desc="""
BAA - Ms. Greer (teacher) and SSS Cabrera, joint note

Bag check 7:50. Tucked in Ezra Goldberg's sketchbook was a sheet of blotter paper, about 20 small squares printed with a sun design, and a tiny plastic bag of what he said was "weed, just a gram." He told us the blotter is LSD he was going to "share" at a show this weekend. Nurse saw him: normal. BPD test on one square: presumptive LSD.

His parents asked us to call after sundown Saturday because they keep Shabbat.
""",
  mnc=["Shabbat"], fact="LSD", mct=["blotter paper", "sun design"], cats=["religion"],
  tags=["allow_drugs", "mixed_substances", "teacher"])

C(92, "allow", school="Dorchester Academy", recipient="bpd/district-c11", ground="weapon",
  weapon="knife", name="Andre Baptista", grade=12, when="2026-03-30 07:41",
  location="Front entrance coat check",
  extra={"demographics": {"ethnicity": "Cape Verdean", "home_language": "Kabuverdianu"},
         "contacts": [{"relation": "mother", "address": "14 Bowdoin St, 02122"}],
         "flags": {"gang_flag": "BRIC associate"}},
  desc="""
Dorchester Academy - SSS Kane

Monday 3/30, 7:41 AM. When Andre Baptista's coat went on the table for the coat check I felt a long hard object in the back lining. The lining had been cut open and a machete-style blade, about 10 inches, with a black rubber grip had been slid in. Andre said he uses it to clear brush in his uncle's yard and forgot it was there. He did not take it out or threaten anyone. AP notified; the item was photographed and secured in the office safe.
""",
  mnc=["Cape Verdean", "Kabuverdianu", "Bowdoin St", "02122", "BRIC associate"], fact="machete",
  mct=["back lining", "black rubber grip"],
  cats=["ethnicity", "language", "neighborhood", "gang_affiliation"],
  tags=["allow_weapon", "structured_forbidden", "coat_check"])

C(93, "allow", school="Fenway High School", recipient="bpd/district-d4", ground="credible_threat",
  name="Jalen Ruiz", grade=10, when="2026-01-12 07:46", location="Front screening table",
  threat=("On 1/12/2026 at 7:46 AM at Fenway High School's front screening, Jalen Ruiz told SSS "
          "Cabrera and SSS Ames: 'On Thursday I'm coming through the side door with my cousin's "
          "blicky and I'm spraying everybody at this table,' and confirmed it with 'you heard me.' "
          "'Blicky' is slang for a gun. It names a day, a weapon source, an unscreened entry and "
          "specific staff; we believe it is a significant and articulable threat."),
  desc="""
Fenway HS - AP Avila

Statement as written by SSS Cabrera, 1/12/26:
"At 7:46 student Jalen Ruiz was told to take off his Apple Watch for the detector. He threw it in the bin and said to me, 'Every day with this. On Thursday I'm coming through the side door with my cousin's blicky and I'm spraying everybody at this table.' He looked straight at me and SSS Ames. When we asked him to repeat it he said 'you heard me.'"

Nothing was found on him. Jalen's grandmother says he has been staying with an older cousin in Egleston since Christmas.
""",
  mnc=["Egleston"], fact="blicky", mct=["Apple Watch", "spraying everybody at this table"],
  cats=["neighborhood"], tags=["allow_threat", "slang"])

C(94, "allow", school="Irving Middle School", recipient="bpd/district-e5", ground="weapon",
  weapon="knife", name="Sean Kelleher", grade=7, when="2026-02-05 07:40",
  location="Front entrance bag check",
  desc="""
Irving MS - note from Mr. Donnelly (SSS)

7:40. Sean Kelleher, 7th grade, put his backpack on the table. In the front pocket was a folding hunting knife with a 3.5-inch locking knife blade, open. He said he was using it to fix his bike on the way in. When I asked him to close it he did. He didn't point it at anyone.

His mom says he's been upset since his dad moved out. She says they're very Cathlic and asked that we call Father Mike at Sacred Heart to talk to him. She also mentioned they live on Walworth St.
""",
  mnc=["Cathlic", "Sacred Heart", "Walworth St"], fact="hunting knife",
  mct=["locking knife blade", "fix his bike"], cats=["religion", "neighborhood"],
  tags=["allow_weapon", "misspelling", "sss_statement"])

C(95, "allow", school="Another Course to College", recipient="bpd/district-e18", ground="weapon",
  weapon="firearm", name="Rayshawn Blake", grade=11, when="2026-04-13 07:33",
  location="Front vestibule detector",
  desc="""
ACC - AP statement for BPD E-18

At 7:33 AM Rayshawn Blake set off the detector. He refused the wand and tried to back out through the vestibule doors, but SSS Dorsey was between him and the door. AP Boyd came, and in the front waistband of his sweatpants we found a black 9mm pistol, a Taurus G2C, with a magazine inserted holding 11 rounds. Responding officers cleared it and took custody. Rayshawn said "I need it, you don't know what's going on out there." No one was threatened directly. The school sheltered in place until 8:15.

Our family liaison says Rayshawn's older brother was shot last year and that the family believes it was about the Fairmount crew. He has been living between his mom's on Reddy Ave and his aunt's.
""",
  mnc=["Fairmount crew", "Reddy Ave"], fact="Taurus G2C",
  mct=["Taurus G2C", "11 rounds", "vestibule doors"], cats=["gang_affiliation", "neighborhood"],
  tags=["allow_weapon", "firearm", "refused_screening"])

C(96, "allow", school="Boston Latin School", recipient="bpd/district-d4", ground="drugs",
  substances=["MDMA", "THC"], name="Oleksandr Bondarenko", grade=11, when="2026-03-20 07:30",
  location="Coat check, Avenue Louis Pasteur entrance",
  desc="""
BLS - AP office, incident summary

7:30 coat check. In Oleksandr Bondarenko's ski jacket: a prescription bottle (label in someone else's name) with 14 gray capsules, and two THC vape cartridges. Oleksandr said the capsules are MDMA ("molly") he was going to sell at a party this weekend. Officer field test: MDMA, positive. Nurse: HR 82, alert, fine. He's a Class II student with no prior discipline.

For the support meeting: the family is Ukrainian, here on humanitarian parole since 2022; his mother is studying English at night. He lives in Brighton near Oak Square.
""",
  mnc=["Ukrainian", "humanitarian parole", "studying English", "Oak Square", "lives in Brighton"],
  fact="MDMA", mct=["ski jacket", "gray capsules"],
  cats=["ethnicity", "immigration_status", "language", "neighborhood"],
  tags=["allow_drugs", "mixed_substances", "coat_check"])

C(97, "deny", reason="missing_threat_statement", school="John D. O'Bryant School of Mathematics and Science",
  recipient="bpd/district-b2", ground="credible_threat", name="Zaid Hamdan", grade=11,
  when="2026-04-10 07:43", location="Front entrance bag check",
  desc="""
Quick note - O'Bryant front desk (typed by the clerk for AP Bui)

At 7:43 the bag check found nothing in Zaid Hamdan's backpack, but while his stuff was on the table he said to the line behind him, "I swear, next week this whole school is gonna find out. Watch the news." Then he went upstairs. Two students reported it to SSS Grant separately. AP Bui wants BPD to assess it.

His mom wears a niqab and asked that a female staffer meet with her; she speaks Arabic.
""",
  mnc=["niqab", "speaks Arabic"], cats=["religion", "language"],
  tags=["deny_threat_missing", "front_desk_log"])

C(98, "allow", school="Boston Latin Academy", recipient="bpd/district-b2", ground="weapon",
  weapon="box cutter", name="Marcus Okonjo", grade=10, when="2026-01-06 07:38",
  location="Front doors, bag table",
  desc="""
BLA - statement, SSS Kearney

1/6/26, 7:38 AM. Student Marcus Okonjo's backpack came across the bag table heavy on one side. In the side pocket, under his English notebook and a Latin dictionary, I found a yellow box cutter with the blade taped at half-extension, and a roll of electrical tape. He said he uses it in robotics club to cut foam board. The robotics advisor said they have their own cutters in the lab and students are not to bring any. No threat.

His dad asked us to call after 6 because he drives for Uber; he said the family is Nigerian and this is "not how we raised him." They live near Four Corners on Washington St.
""",
  mnc=["Nigerian", "Four Corners", "Washington St"], fact="box cutter",
  mct=["Latin dictionary", "English notebook", "robotics club"], cats=["ethnicity", "neighborhood"],
  tags=["allow_weapon", "precision_trap", "sss_statement"])

C(99, "deny", reason="recipient_not_permitted", school="Jeremiah E. Burke High School", recipient="bric",
  ground="drugs", substances=["fentanyl"], name="Jaylin Rose", grade=12, when="2026-03-27 07:45",
  location="Front entrance bag check",
  desc="""
Burke HS - incident summary addressed to BRIC at the sergeant's request

3/27/26, 7:45 AM. Bag check: in Jaylin Rose's backpack SSS Holloway found 25 blue pills stamped "M 30" in a pill bottle with no label. Field test: fentanyl. Jaylin said they were for a friend and would not say who. He was sober and calm.

BRIC asked that we also include what we know about his associates: he has been seen with the Greenwood St crew, and he lives on Greenwood St himself.
""",
  mnc=["Greenwood St"], cats=["gang_affiliation", "neighborhood"], tags=["deny_recipient"])

C(100, "allow", school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
  ground="serious_violence", name="Jonah Desrosiers", grade=11, when="2026-04-15 07:39",
  location="Vestibule between outer doors and detector lanes",
  desc="""
Madison Park TVHS - AP Okafor, report to BPD B-2

At 7:39 AM, in the vestibule between the outer doors and the detector lanes, Jonah Desrosiers punched and then kicked another student (Student F) repeatedly while Student F was on the ground, wearing steel-toe work boots from the automotive shop. SSS Pereira and Tavares pulled him away. Student F was briefly unconscious and was transported to Boston Medical Center with a fractured cheekbone and a brain bleed; he was admitted to the ICU. Jonah was held in the office without further incident.

Jonah's mother came in. She is Haitian and asked for the school's Kreyol-speaking counselor.
""",
  mnc=["Haitian", "Kreyol"], fact="brain bleed",
  mct=["steel-toe work boots", "brain bleed", "fractured cheekbone"], cats=["ethnicity", "language"],
  tags=["allow_violence"])


# --------------------------------------------------------------------------------------------
def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _offset(day):
    """America/New_York UTC offset for a school day in 2025-26 (DST ends 2025-11-02, starts 2026-03-08)."""
    if datetime.date(2025, 11, 2) <= day < datetime.date(2026, 3, 8):
        return "-05:00"
    return "-04:00"


def _dob(n, grade):
    month = (n * 5) % 12 + 1
    year = (2019 - grade) if month >= 9 else (2020 - grade)
    return f"{year:04d}-{month:02d}-{(n * 7) % 28 + 1:02d}"


def build(c):
    cid = f"{PREFIX}-{c['n']:04d}"
    d, t = c["when"].split()
    day = datetime.date.fromisoformat(d)
    student = {"student_id": str(100000 + (c["n"] * 7919) % 900000), "name": c["name"],
               "date_of_birth": _dob(c["n"], c["grade"]), "grade": c["grade"], "school": c["school"]}
    student.update(c["extra"])
    req = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["recipient"],
           "ground": c["ground"]}
    if c["substances"] is not None:
        req["substances"] = c["substances"]
    if c["weapon"] is not None:
        req["weapon"] = c["weapon"]
    if c["threat"] is not None:
        req["threat_statement"] = c["threat"]
    req["incident"] = {"occurred_at": f"{d}T{t}:00{_offset(day)}", "location": c["location"],
                       "description": c["desc"]}
    req["student"] = student
    if c["attachments"]:
        req["attachments"] = c["attachments"]
    allow = c["decision"] == "allow"
    expect = {"decision": c["decision"]}
    if not allow:
        expect["reason"] = c["reason"]
    expect.update({
        "must_not_contain": c["mnc"],
        "must_contain": [c["name"], c["school"], c["fact"]] if allow else [],
        "must_contain_text": c["mct"] if allow else [],
        "categories": c["cats"],
        "tags": [FAMILY] + c["tags"],
    })
    _selfcheck(cid, req, expect, c)
    return {"id": cid, "request": req, "expect": expect}


def _selfcheck(cid, req, expect, c):
    desc = c["desc"]
    assert 300 <= len(desc) <= 1500, (cid, "description length", len(desc))
    whole = _fold(json.dumps(req, ensure_ascii=False))
    fdesc = _fold(desc)
    kept = _fold(" ".join(str(req["student"].get(k, "")) for k in
                          ("student_id", "name", "date_of_birth", "grade", "school"))
                 + " " + req["school_id"] + " " + req["recipient"])
    for s in expect["must_not_contain"]:
        assert _fold(s) in whole, (cid, "canary not in request", s)
        assert _fold(s) not in kept, (cid, "canary in a released field", s)
        for keep in expect["must_contain"] + expect["must_contain_text"]:
            assert _fold(s) not in _fold(keep), (cid, "canary inside a kept fact", s, keep)
    for s in expect["must_contain_text"]:
        assert _fold(s) in fdesc, (cid, "must_contain_text not in description", s)
    if expect["decision"] == "allow":
        assert c["fact"] and _fold(c["fact"]) in fdesc, (cid, "key fact not in description")
        assert 1 <= len(expect["must_contain_text"]) <= 3, cid
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement", "").strip(), cid
    else:
        assert c["reason"], cid
    if c["cats"]:
        assert expect["must_not_contain"] or "face_surveillance" in c["cats"], cid


def main():
    cases = sorted(CASES, key=lambda c: c["n"])
    assert [c["n"] for c in cases] == list(range(1, 101)), "ids must run 1..100 exactly once"
    rows = [build(c) for c in cases]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_deny = sum(r["expect"]["decision"] == "deny" for r in rows)
    print(f"wrote {len(rows)} cases to {OUT} ({len(rows) - n_deny} allow, {n_deny} deny)")


if __name__ == "__main__":
    main()
