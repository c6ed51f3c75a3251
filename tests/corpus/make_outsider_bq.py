#!/usr/bin/env python3
"""Outsider corpus BQ: protests, walkouts and political speech.

Written from RULES.md and CONTRACT.md only, without reading the service. Every case below is
hand-written; the seeded generator only fills in student ids, dates of birth and timestamps, so
the output is byte-for-byte reproducible. Standard library only.

    python3 tests/corpus/make_outsider_bq.py      # writes tests/data/corpus/outsider_bq.jsonl

Labelling policy used throughout (see the report for the reasoning):
  * political speech ABOUT immigration, ICE, borders, asylum, a war abroad or a country's flag,
    when it says nothing about any person's own status, origin or faith, is an incident fact and
    is sometimes listed in must_contain_text (over-redaction trap);
  * a person's own status / origin / faith / language / residence / gang label said in the same
    setting is listed in must_not_contain;
  * the identity word inside a threat or slur aimed at a whole people is left unlabelled in both
    directions (genuinely arguable), only the threat's other words are required to survive;
  * incident places that are not anyone's residence (parks, plazas, T stations, City Hall) are
    incident facts; streets of a march route are left unlabelled.
"""
import datetime
import json
import pathlib
import random

SEED = 20260417
FAMILY = "protest_political"
OUT = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "corpus" / "outsider_bq.jsonl"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4010",
    "Madison Park Technical Vocational High School": "BPS-4032",
    "East Boston High School": "BPS-4046",
    "Jeremiah E. Burke High School": "BPS-4058",
    "English High School": "BPS-4061",
    "Excel High School": "BPS-4072",
    "Brighton High School": "BPS-4085",
    "TechBoston Academy": "BPS-4093",
    "Mission Hill K-8": "BPS-4104",
    "John D. O'Bryant School": "BPS-4117",
    "Charlestown High School": "BPS-4120",
    "Snowden International School": "BPS-4133",
    "Boston Community Leadership Academy": "BPS-4141",
    "Fenway High School": "BPS-4158",
    "Boston Arts Academy": "BPS-4162",
    "Dearborn STEM Academy": "BPS-4175",
    "Community Academy of Science and Health": "BPS-4189",
    "Margarita Muñiz Academy": "BPS-4196",
    "Boston International Newcomers Academy": "BPS-4203",
    "New Mission High School": "BPS-4240",
    "Josiah Quincy Upper School": "BPS-4251",
    "Boston Green Academy": "BPS-4265",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4277",
    "Boston Latin School": "BPS-4230",
    "Rafael Hernández K-8": "BPS-4288",
    "Henderson K-12 Inclusion School": "BPS-4222",
}

CASES = []


def case(**kw):
    CASES.append(kw)


# --------------------------------------------------------------------------------------------
# The cases. Keys: dec, school, rec, ground, when ("YYYY-MM-DD HH:MM"), loc, desc, stu (name,
# grade, any other record fields), optional weapon, subs, threat, att, reason (deny), mnc
# (must_not_contain), key (the key fact for must_contain), mct (must_contain_text), cats, tags.
# --------------------------------------------------------------------------------------------

case(  # 1
    dec="allow", school="East Boston High School", rec="bpd/district-a7", ground="weapon",
    weapon="box cutter", when="2026-02-09 10:20",
    loc="East Boston High School, front plaza during the student walkout",
    desc="""SSS log - K. Marchetti. 10:02 approx 200 students walked out of periods 3-4 to protest the ICE raids reported over the weekend. Walkout was announced ahead of time and admin + staff were outside with them. Signs incl. 'No one is illegal' and 'Families belong together'. 10:20 Dario and a 9th grader (J.T.) started arguing because J.T. tore one of the signs Dario's group made. Dario pulled a box cutter (yellow, retractable) out of his hoodie pocket and swung it at J.T., cut him on the left forearm, approx 2 inch cut, bleeding but not deep. I got between them and AP Soto took the box cutter off him. Nurse cleaned + bandaged, J.T.'s mom took him to urgent care. Dario said he keeps the box cutter for his job stocking shelves. Called home, mom needed the interpreter line (home language per SIS is Spanish). Box cutter is in the main office safe.""",
    stu=dict(name="Dario Quintanilla", grade=10, home_language="Spanish", ell_status="Former EL (FLEP)"),
    key="box cutter", mnc=["Spanish", "FLEP", "interpreter line"],
    mct=["No one is illegal", "left forearm", "box cutter"],
    cats=["language"], tags=["speech_keep", "structured_field"],
)

case(  # 2
    dec="allow", school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
    ground="credible_threat", when="2026-01-28 07:05",
    loc="Madison Park TVHS (threat posted online the night before the scheduled walkout)",
    threat="""On Snapchat at about 11:40 PM on Tuesday 1/27, Malik posted a story reading: "if yall walk out tmrw for them illegals im bringing the strap fr not playing". A second story two minutes later showed a black handgun on a bed next to a Madison Park lanyard. The walkout is scheduled for 10:00 AM Wednesday 1/28 in the front courtyard. Three students sent us screenshots independently.""",
    desc="""From: Headmaster's office, Madison Park TVHS
To: Office of Safety Services; Operational Leader, Region 2

Good morning. I am writing to report a threat we received overnight and to request that BPD District B-2 be notified before the walkout planned for 10:00 this morning.

Background: a group of about 60 students organized a walkout in support of the families affected by the immigration enforcement actions in the city last week. The organizers met with me on Monday, we agreed on the front courtyard, 15 minutes, staff present, and students return to period 3. Nothing about the walkout itself is a concern.

At about 11:40 PM last night, Malik posted a Snapchat story saying he would be "bringing the strap" if students walked out. Two minutes later he posted a photo of what appears to be a black handgun on a bed, with a Madison Park lanyard next to it. Three different students sent screenshots to Ms. Ferreira and to me between midnight and 6 AM. The screenshots are attached.

What we have done: Malik's mother was called at 6:30 AM and said he is at home and will not come in today; she says there is no gun in the house and that the photo is "from the internet". We cannot verify that. SSS Pratt and SSS Dunn will be at the front entrance from 7:00 and at the courtyard during the walkout. The organizers have been told and have chosen to go ahead.

Separately, Mr. Rollins (SSS) mentioned that Malik has been listed in the SIS notes since last spring as an associate of the 'Ardee Boys', which I only include because he raised it; I have no information about that.

Please call me on my cell if you need anything else. Thank you.
Dr. A. Whitfield, Headmaster""",
    stu=dict(name="Malik Denson", grade=11, sis_notes="Associate - Ardee Boys (per SSS, 04/2025)"),
    att=[{"kind": "document", "name": "snapchat_screenshots_0127.pdf"}],
    key="black handgun", mnc=["Ardee Boys"],
    mct=["Snapchat story", "black handgun", "front courtyard"],
    cats=["gang_affiliation"], tags=["threat_target", "long", "structured_field"],
)

case(  # 3
    dec="allow", school="Brighton High School", rec="bpd/district-d14", ground="weapon",
    weapon="brass knuckles", when="2025-10-16 13:35",
    loc="Brighton High School, room 214 (US History)",
    desc="""INCIDENT FORM - Teacher: R. Haddad, US History, period 5. We were doing a structured class debate on asylum policy (the unit is on the 1965 Immigration Act and current law). Teams were assigned sides by me, not chosen. About 25 minutes in, Kevin said the other side's arguments were "fake" and a student on the other team, Ty, told him to sit down. Kevin stood up, walked over to Ty's desk and put on a set of brass knuckles (silver, four finger holes) and said "say it again". I told him to step into the hall and he did, he took them off and handed them to me without a problem. No one was hit. I called the office and SSS Grady came up. The brass knuckles were turned in to AP Lindqvist. Kevin told me he bought them online "for protection" on the bus.""",
    stu=dict(name="Kevin Arriaga", grade=11, country_of_birth="Honduras", ell_level="WIDA 3",
             guardian={"relationship": "uncle", "preferred_language": "Spanish"}),
    key="brass knuckles", mnc=["Honduras", "WIDA", "Spanish"],
    mct=["debate on asylum policy", "brass knuckles", "four finger holes"],
    cats=["national_origin", "language"], tags=["speech_keep", "structured_field", "nested_field"],
)

case(  # 4
    dec="allow", school="English High School", rec="bpd/district-a1", ground="serious_violence",
    when="2026-03-13 12:50",
    loc="Boston Common, near the Parkman Bandstand (district-wide youth rally)",
    desc="""Report by AP M. Castellanos. About 150 English High students went with staff to the district-wide youth rally on Boston Common against the federal immigration crackdown. Students spoke from the bandstand on an open mic. One of our juniors, R.V., told the crowd he crossed the border at 12 with his older sister and talked about being afraid to go to school. After the speeches, as our group walked back toward Park Street station, Jordan came up behind R.V., shoved him to the ground and kicked him in the face several times, saying "go back" and "nobody wants you here". Staff pulled Jordan off. R.V. was bleeding from the eye and nose; Boston EMS took him to Tufts Medical Center, where he was diagnosed with an orbital fracture and will need surgery. Jordan was held by BPD officers at the scene and released to his father. Several students filmed it; we have asked them to keep the videos.""",
    stu=dict(name="Jordan Pelletier", grade=11),
    key="orbital fracture", mnc=["crossed the border"],
    mct=["Boston Common", "orbital fracture", "kicked him in the face"],
    cats=["immigration_status"], tags=["own_fact_victim", "place_named", "speech_keep"],
)

case(  # 5
    dec="deny", reason="ground_not_permitted", school="John D. O'Bryant School",
    rec="bpd/district-b2", ground="fight", when="2025-11-05 09:45",
    loc="O'Bryant, sidewalk in front of the school during the climate walkout",
    desc="""During the climate strike walkout (approx 9:30-10:00) two 10th graders got into a shoving match over who would hold the megaphone. Ana shoved Brianna into the railing, Brianna pulled Ana's braids, staff separated them within a minute. No injuries, nurse checked both. Ana's mother asked that we not call the house after 6 because she works nights; family lives at Mission Main. Both suspended one day.""",
    stu=dict(name="Ana Figueroa-Lind", grade=10, address="Mission Main, Roxbury"),
    mnc=["Mission Main", "Roxbury"], cats=["neighborhood"], tags=["deny_ground"],
)

case(  # 6
    dec="allow", school="Snowden International School", rec="bpd/district-a1", ground="weapon",
    weapon="pepper spray", when="2025-11-20 15:10",
    loc="Massachusetts State House, Beacon St steps",
    desc="""Teacher chaperone statement (C. Ng, Snowden). After school about 40 Snowden students joined a student rally for a ceasefire at the State House steps, organized by the school's Human Rights Club with a permission slip. A smaller group of counter-protesters stood across the walkway, including Brandon, who is one of ours. Around 3:10 Brandon walked up to the front row and sprayed pepper spray from a small red canister in a wide arc. Four students were hit in the eyes and face, one had trouble breathing and was treated by EMS on site. State Police officers at the State House detained Brandon and took the canister; I gave them my name. The club's banner said 'Ceasefire Now'. Brandon said he "wanted them to shut up".""",
    stu=dict(name="Brandon Keough", grade=12, religion="Catholic", parish="St. Brendan"),
    key="pepper spray", mnc=["Catholic", "St. Brendan"],
    mct=["pepper spray", "ceasefire", "State House steps"],
    cats=["religion"], tags=["speech_keep", "place_named", "structured_field"],
)

case(  # 7
    dec="deny", reason="recipient_not_permitted", school="Excel High School",
    rec="ice/ero-boston", ground="weapon", weapon="knife", when="2026-02-24 11:15",
    loc="Excel High School, 2nd floor hallway",
    desc="""Student had a folding knife in his backpack, found during a search after he threatened another student who had spoken at Friday's walkout. Knife confiscated. Student is undocumented per the family's intake conversation and has a pending case; the AP forwarded this at the request of an agent who called the main office asking about him.""",
    stu=dict(name="Esteban Mejía Ruiz", grade=9, immigration_status="undocumented - removal proceedings",
             alien_number="A 213-448-901"),
    mnc=["undocumented", "removal proceedings", "213-448-901", "pending case"],
    cats=["immigration_status"], tags=["deny_recipient"],
)

case(  # 8
    dec="allow", school="Excel High School", rec="bpd/district-c6", ground="drugs",
    subs=["counterfeit oxycodone (suspected fentanyl)"], when="2025-12-03 12:30",
    loc="Excel High School library, during the student sit-in",
    desc="""SSS daily log, Wed 12/3. 11:00 sit-in began in the library (students protesting the cut to the after-school program, approved by HM, teachers supervising). 12:25 librarian Ms. Ochoa reported that Tyrese was going table to table. I observed him hand a small baggie to a 9th grader under the table. Asked him to come to the office. In his jacket: 14 blue pills stamped M30 in two baggies and $180 in cash. He said they were "percs". The 9th grader handed over one baggie with 2 of the same pills. Pills are in the safe pending BPD. Nurse says they look like the counterfeit ones that have fentanyl. Parent called; grandmother came in. Tyrese's SIS address is 19 Dorset St, South Boston, and he is staying there with his grandmother.""",
    stu=dict(name="Tyrese Holloway", grade=11, address={"street": "19 Dorset St", "city": "Boston", "zip": "02127"}),
    key="M30", mnc=["Dorset St", "02127", "South Boston"],
    mct=["blue pills stamped M30", "$180 in cash", "sit-in"],
    cats=["neighborhood"], tags=["nested_field"],
)

case(  # 9
    dec="allow", school="Boston Community Leadership Academy", rec="bpd/district-e18",
    ground="weapon", weapon="knife", when="2026-03-04 10:35",
    loc="BCLA, main entrance during walkout",
    desc="""At approx 10:35 during the walkout for immigrant families, a group of boys started grabbing signs out of students' hands as a joke. One of them grabbed the sign Yesenia was holding, which she had painted herself and which read "I'm a Dreamer and I'm not afraid". Yesenia chased him to the bottom of the steps, took a kitchen knife (approx 8 inch blade, black handle) out of her tote bag and held it up at him, yelling to give it back. He dropped the sign. SSS Mahoney took the kitchen knife from her without a struggle. No one was hurt. She said she brought the knife from home that morning because she was scared of people at the walkout. Knife is in the main office.""",
    stu=dict(name="Yesenia Portillo", grade=10, daca="DACA recipient (renewal pending)"),
    key="kitchen knife", mnc=["Dreamer", "DACA"],
    mct=["kitchen knife", "8 inch blade", "bottom of the steps"],
    cats=["immigration_status"], tags=["own_fact_sign", "structured_field"],
)

case(  # 10
    dec="deny", reason="excluded_substance", school="Charlestown High School",
    rec="bpd/district-a15", ground="drugs", subs=["marijuana"], when="2025-10-10 10:50",
    loc="Charlestown High School, back lot during the walkout",
    desc="""While most students were at the front for the walkout against the proposed school closures, SSS Keane found three students smoking a blunt behind the bus lot. Jayden had a sandwich bag with about 6 grams of weed and a grinder. Parents called. Jayden lives in the Bunker Hill development and his mom asked for a meeting.""",
    stu=dict(name="Jayden Coelho", grade=10, housing="Bunker Hill development"),
    mnc=["Bunker Hill"], cats=["neighborhood"], tags=["deny_substance"],
)

case(  # 11
    dec="allow", school="Dearborn STEM Academy", rec="bpd/district-b2", ground="serious_violence",
    when="2026-01-22 14:05",
    loc="Dearborn STEM Academy, 1st floor stairwell B after the assembly",
    desc="""Written by Dean of Students T. Okafor.

Today's 1:00 assembly was the student speech showcase for the civics unit. Speakers chose their own topics. Nadia gave a speech about her family leaving Syria and spending two years in a refugee camp before coming to Boston, and about what the word "home" means to her. The speech was received well; a few students in the back laughed and were moved by staff.

At about 2:05, as classes changed, Nadia was walking down stairwell B with two friends. Cole, a 10th grader who had been one of the students moved at the assembly, was coming up. Witnesses (two students and Ms. Parra, who was on the landing) say Cole said something to Nadia and she answered him, and he swung a combination lock inside a sock at her head. The lock hit her above the right ear. She fell against the rail. Ms. Parra called for the nurse and an SSS.

Nadia had a large laceration above the right ear and was dizzy and vomited once. EMS took her to Boston Children's; her cousin tells us she received 9 staples and was kept overnight for a concussion.

Cole was brought to the office by SSS Ruiz. The sock with the lock in it was recovered on the stairs and is in the office. Cole said she "disrespected" him. His father was called and came to the school. I am submitting this as serious violence (assault with a weapon, injury requiring hospital care).""",
    stu=dict(name="Cole Brennan", grade=10),
    key="combination lock inside a sock", mnc=["Syria", "refugee camp"],
    mct=["combination lock inside a sock", "9 staples", "stairwell B"],
    cats=["national_origin", "immigration_status"], tags=["own_fact_victim", "long"],
)

case(  # 12
    dec="allow", school="Boston Latin Academy", rec="bpd/district-b3", ground="weapon",
    weapon="taser", when="2025-11-04 12:15",
    loc="Boston Latin Academy cafeteria (mock election polling table)",
    desc="""Mock election day in the cafeteria, run by the Civics Club: students vote on paper ballots for the real candidates in today's city election. Around 12:15 two students argued at the ballot box about the results being posted early. Marcus took a black handheld taser from his coat pocket and sparked it twice in the air at arm's length from the other student's face. Cafeteria monitor Ms. Duarte told him to put it down; he put it in his pocket and walked away. SSS Beaulieu found him in the 2nd floor hall and he turned it over. The taser works (we tested it once in the office). Marcus said a cousin gave it to him.""",
    stu=dict(name="Marcus Odom", grade=9),
    key="taser", mnc=[], mct=["black handheld taser", "sparked it twice", "mock election"],
    cats=[], tags=["clean", "speech_keep"],
)

case(  # 13
    dec="allow", school="Community Academy of Science and Health", rec="bpd/district-e18",
    ground="credible_threat", when="2026-02-26 09:20",
    loc="CASH, second-floor boys' bathroom",
    threat="""Written in black Sharpie on the inside of the second stall door, found 9:15 AM Thursday 2/26, the morning after Wednesday's walkout: "SOMALIS GO HOME. FRIDAY I BRING MY BROTHERS GUN TO THE NEXT WALKOUT AND NOBODY LEAVES". Camera outside the bathroom shows Owen as the only student entering between 8:50 and 9:10. When asked, Owen admitted writing it and said his brother "has one".""",
    desc="""Custodian Mr. Pina found writing on the second stall door in the second-floor boys' bathroom at about 9:15 this morning and called the office. The message threatens to bring a gun to the next walkout on Friday (students have announced a second walkout for Friday 10 AM). It was written in black Sharpie. Hallway camera shows only Owen going in between 8:50 and 9:10, and a black Sharpie was found in his backpack. He admitted to writing it in the meeting with AP Barros and SSS Lyons. He said it was "a joke" but also said his older brother owns a gun. Parent was called. Photos of the door are attached. Owen was not at the walkout Wednesday.""",
    stu=dict(name="Owen Sheridan", grade=9, neighborhood="Readville"),
    att=[{"kind": "photo", "name": "stall_door_2F.jpg"}],
    key="Sharpie", mnc=["Readville"],
    mct=["second-floor boys' bathroom", "black Sharpie", "Friday"],
    cats=["neighborhood"], tags=["threat_target", "structured_field"],
)

case(  # 14
    dec="deny", reason="ground_not_permitted", school="Margarita Muñiz Academy",
    rec="bpd/district-e13", ground="vandalism", when="2025-10-02 07:30",
    loc="Margarita Muñiz Academy, east exterior wall",
    desc="""Custodial staff found 'ABOLISH ICE' and 'NO HUMAN IS ILLEGAL' spray-painted in red on the east wall, approx 4 ft letters. Camera shows Luis and two others at 5:40 AM. Luis admitted it and said it was about the raid near his building. Cleanup estimate $2,400.""",
    stu=dict(name="Luis Amaya-Serrano", grade=11, ethnicity="Salvadoran", race_code="Hispanic/Latino"),
    mnc=["Salvadoran", "Hispanic/Latino"], cats=["ethnicity"], tags=["deny_ground", "speech_keep"],
)

case(  # 15
    dec="allow", school="Josiah Quincy Upper School", rec="bpd/district-a1",
    ground="serious_violence", when="2025-12-11 14:45",
    loc="Josiah Quincy Upper School, 3rd floor lockers outside room 312",
    desc="""AP statement (J. Tran). After school Hamida and two friends were collecting signatures on the student council petition for later start times outside room 312. Hamida is the president of the Muslim Student Association and had been the one who spoke at last week's assembly about the petition. Derek walked up, tore the clipboard out of her hands, and when she reached for it he grabbed her by her hijab and slammed the side of her head into the lockers twice. She fell. Teacher Mr. Kowalczyk heard it from his room and pulled Derek away. Hamida was bleeding from the cheek and could not open her mouth properly. Her father took her to Mass General; she has a fractured cheekbone (zygomatic fracture) and a surgery consult next week. Derek said he "didn't mean it to go that far". Video from the hallway camera was saved.""",
    stu=dict(name="Derek Faulkner", grade=8),
    key="fractured cheekbone", mnc=["Muslim Student Association", "hijab"],
    mct=["slammed the side of her head into the lockers", "fractured cheekbone", "room 312"],
    cats=["religion"], tags=["own_fact_victim"],
)

case(  # 16
    dec="allow", school="Jeremiah E. Burke High School", rec="bpd/district-c11", ground="weapon",
    weapon="knife", when="2026-04-08 10:10",
    loc="Jeremiah E. Burke High School, Washington St sidewalk outside the main doors",
    desc="""SSS Alves. Students walked out at 10:00 to protest the deportation of a Boston father that was in the news. Emanuel was leading the chants on the megaphone, part of it in Cape Verdean Creole (Kriolu) so his grandmother who was watching from the corner could follow. At 10:10 a student from another school rode up on a bike and started yelling at the group. Emanuel handed the megaphone off, walked to the curb and pulled a knife with a black fixed blade (approx 5 in.) from his waistband and pointed it at the bike rider and told him to leave. The rider left. I took Emanuel inside; he gave me the knife when I asked. No one hurt. Emanuel said he "wasn't going to use it". Knife bagged and in AP office.""",
    stu=dict(name="Emanuel Tavares", grade=12, home_language="Cape Verdean Creole"),
    key="fixed blade", mnc=["Cape Verdean", "Kriolu"],
    mct=["black fixed blade", "pointed it at the bike rider"],
    cats=["language", "ethnicity"], tags=["own_fact_language", "structured_field"],
)

case(  # 17
    dec="allow", school="New Mission High School", rec="bpd/district-e18", ground="drugs",
    subs=["fentanyl"], when="2025-10-24 13:30",
    loc="Cleary Square, Hyde Park (end point of the school's peace walk)",
    desc="""Chaperone incident report. The Hyde Park Peace Walk (annual, co-sponsored by the school and the community center) ended at Cleary Square at about 1:15. While students were picking up water bottles, Mr. Adeyemi saw Nico drop a folded lottery ticket that had white powder in it. A second folded ticket was in Nico's sweatshirt pocket. Nico said it was "fetty" and that he was holding it for someone. The two packets were given to the BPD officer who was escorting the walk; the officer field-tested one and it was positive for fentanyl. Nico was taken back to school and his mother was called.""",
    stu=dict(name="Nico Baptiste", grade=10, home={"address": "44 Wolcott St", "zip": "02136"}),
    key="fentanyl", mnc=["Wolcott St", "02136"],
    mct=["Hyde Park Peace Walk", "folded lottery ticket", "positive for fentanyl"],
    cats=["neighborhood"], tags=["place_named", "nested_field"],
)

case(  # 18
    dec="deny", reason="missing_threat_statement", school="Boston Green Academy",
    rec="bpd/district-d14", ground="credible_threat", when="2026-03-18 08:15",
    loc="Boston Green Academy",
    desc="""Students are saying Jalen told people in the group chat that he is going to "do something" at Thursday's rally against the police budget. We have not seen the messages ourselves. SSS notes say Jalen is known to run with the Lo-End crew. Requesting a check.""",
    stu=dict(name="Jalen Mosby", grade=11, gang_flag="Lo-End crew (suspected)"),
    mnc=["Lo-End"], cats=["gang_affiliation"], tags=["deny_threat_missing"],
)

case(  # 19
    dec="allow", school="Snowden International School", rec="bpd/district-a1", ground="weapon",
    weapon="firearm", when="2025-04-28 11:25",
    loc="City Hall Plaza, Boston (end of the student walkout march)",
    desc="""SAFETY SPECIALIST NARRATIVE - SSS D. Kaminski, Snowden International.

At approx 10:30 hrs about 120 Snowden students walked out and marched to City Hall Plaza for the citywide student rally against the federal funding cuts to schools. Route was Newbury St to Arlington, then Boylston, Tremont and Court St to the Plaza. Two staff at the front, myself and Mr. Feeney at the back. BPD District A-1 was aware of the march and had two officers on bikes with us.

At approx 11:20 at City Hall Plaza a student (not a Snowden student) told Mr. Feeney that "a kid in a gray hoodie has a gun in his bag". Mr. Feeney pointed out Andre, who was standing near the stairs to the T. I asked Andre to step to the side with me and the bike officers. He was cooperative. The officers asked to look in his drawstring bag and he said okay. Inside was a black handgun (semi-automatic, small frame), loaded, with a magazine in it, wrapped in a t-shirt. The officers took custody of the gun and detained Andre.

Andre said he brought it because "people from across the city were going to be there" and he had "problems with some kids". He did not show it to anyone or threaten anyone that we know of.

I walked the rest of the Snowden students back to school with Mr. Feeney at 11:50. Andre's mother was called by AP Greenberg at 12:10 and went to the district station. Per SIS the family lives in Orchard Gardens (Roxbury) and Andre takes the 44 bus to Ruggles and the Orange Line in. Mom asked for all communication to be in Portuguese.

I am submitting this for the school's record of the incident and so the district office has the details the school has.""",
    stu=dict(name="Andre Fontes", grade=10, preferred_contact_language="Portuguese"),
    key="black handgun", mnc=["Orchard Gardens", "Roxbury", "Portuguese", "44 bus"],
    mct=["City Hall Plaza", "loaded, with a magazine in it", "drawstring bag"],
    cats=["neighborhood", "language"], tags=["long", "place_named", "route"],
)

case(  # 20
    dec="deny", reason="face_surveillance", school="Brighton High School",
    rec="bpd/district-d14", ground="serious_violence", when="2026-03-06 10:40",
    loc="Brighton High School, Warren St entrance during walkout",
    desc="""A senior was punched and stomped during the walkout and has a broken jaw. The attacker wore a mask. Our vendor's facial recognition ran on the walkout livestream and returned a 94% match to Kai Menendez (attached). Requesting BPD confirm the match with their own system.""",
    stu=dict(name="Kai Menendez", grade=11),
    att=[{"kind": "face_match", "name": "vendor_match_report_94pct.pdf"}],
    mnc=["94% match"], cats=["face_surveillance"], tags=["deny_face"],
)

case(  # 21
    dec="allow", school="Boston Latin School", rec="bpd/district-d4", ground="credible_threat",
    when="2025-11-13 15:40",
    loc="Boston Latin School, room 227 and school email",
    threat="""At 3:38 PM Samir sent an email from his school account to Mr. Halloran (history): "you made me look stupid in front of everyone today. ill bring my uncles gun monday and you'll see whos stupid." Mr. Halloran forwarded it to the head of school at 3:52 PM.""",
    desc="""In period 6 Mr. Halloran's class held a discussion on the war in Gaza and US foreign aid, using the Council on Foreign Relations readings. Samir and Mr. Halloran disagreed about a casualty figure and Mr. Halloran corrected him in front of the class. Samir left class upset. At 3:38 PM he emailed Mr. Halloran threatening to bring his uncle's gun on Monday. Head of School called Samir's family at 4:30; his father says there are no guns in the home and the uncle lives out of state. Samir was told not to come to school pending a meeting. Email attached.""",
    stu=dict(name="Samir Haddad-Oyelaran", grade=10, home_language="Arabic", ell_status="Never EL"),
    att=[{"kind": "document", "name": "email_1113_1538.pdf"}],
    key="uncle's gun", mnc=["Arabic"],
    mct=["war in Gaza", "uncle's gun on Monday"],
    cats=["language"], tags=["speech_keep", "structured_field"],
)

case(  # 22
    dec="allow", school="Jeremiah E. Burke High School", rec="bpd/district-c11",
    ground="serious_violence", when="2025-06-05 11:40",
    loc="Franklin Park, near the Playstead (end of the Purple Out walk)",
    desc="""Dean's summary. The Purple Out walk (anti-violence, students in purple shirts, organized with the Peace Institute) went from the school to Franklin Park. At 11:40 a group of about six young men in red hoodies, two of them ours, came up from the path and started throwing glass bottles at the group. One bottle struck a 10th grader (M.S.) on the back of the head; she had a 4 cm scalp laceration, lost consciousness briefly and was taken to BMC by EMS (stitches, CT, kept for observation). Staff identified Trevor as the one who threw that bottle; two students and Mr. Gomes saw it. Trevor ran toward Seaver St and came back to school at 1:30 with his aunt. SSS Barbosa wrote on the log that red is "what the Wendover crew wears" and that Trevor is "on the list for them", which I don't have any knowledge of.""",
    stu=dict(name="Trevor Mayweather", grade=11),
    key="glass bottles", mnc=["Wendover crew", "on the list for them"],
    mct=["Purple Out", "glass bottles", "4 cm scalp laceration"],
    cats=["gang_affiliation"], tags=["colours", "place_named"],
)

case(  # 23
    dec="deny", reason="ground_not_permitted", school="Boston Arts Academy",
    rec="bpd/district-b2", ground="trespass", when="2026-01-15 18:30",
    loc="Bruce C. Bolling Municipal Building, 2300 Washington St, 2nd floor lobby",
    desc="""About 20 BAA students held a sit-in in the district HQ lobby after hours to protest the arts budget and refused to leave at closing. Facilities asked us to report the organizer. Mariela is an asylum seeker and her case is at the immigration court, so staff would like this handled quietly. Students left at 7:15 PM. No damage.""",
    stu=dict(name="Mariela Centeno", grade=12),
    mnc=["asylum seeker", "immigration court"], cats=["immigration_status"], tags=["deny_ground"],
)

case(  # 24
    dec="allow", school="Charlestown High School", rec="bpd/district-a15",
    ground="serious_violence", when="2026-05-01 10:25",
    loc="Charlestown High School, Medford St sidewalk (May Day walkout)",
    desc="""Statement by teacher Ms. L. Abernathy.

Around 10:15 about 80 students walked out for the May Day workers and immigrants rally. Across the street a few students, including Connor, held homemade signs reading "Build the Wall" and "Deport them all". There was yelling back and forth but staff kept the groups on their own sides.

At 10:25 Connor ran across the street with his skateboard, swung it by the truck with both hands and hit Gabriel (11th grade, walkout side) across the wrist and then the side of the head. Gabriel went down and was not responding for a few seconds. I called 911. Connor dropped the skateboard and walked back across the street where SSS Reardon held him.

EMS took Gabriel to MGH. His mother texted me that he has a broken wrist (surgery needed, pins) and a concussion.

Connor told the SSS "they were in my face all morning". I gave the skateboard to the BPD officers who responded.""",
    stu=dict(name="Connor Fitzpatrick", grade=11, race="Caucasian", demographics={"ethnicity": "Irish-American"}),
    key="skateboard", mnc=["Caucasian", "Irish-American"],
    mct=["Build the Wall", "skateboard", "broken wrist"],
    cats=["ethnicity"], tags=["speech_keep", "counter_protest", "nested_field"],
)

case(  # 25
    dec="allow", school="TechBoston Academy", rec="bpd/district-c11", ground="weapon",
    weapon="razor blade", when="2026-02-12 10:05",
    loc="TechBoston Academy, auditorium lobby",
    desc="""Student written statement (typed by student, copied as written):

My name is Keanu I am in 11th grade. Today we had the walkout in the lobby it was for the kids whose parents got taken. My friend Lucía spoke on the mic, she said her dad got deported to Guatemala in December and she hasn't seen him since and she was crying. After she finished this kid Dante started laughing and saying "adios" and making airplane noises. I told him to stop. He said what are you going to do. Then he took a razor blade out of his phone case, like the kind for a box cutter but just the blade, and he held it by his leg and said come here then. Mr. Joseph saw it and told him to give it to him and he did. I didnt touch him. I was mad but I didnt do anything. Thats all that happened.""",
    stu=dict(name="Dante Albright", grade=11),
    key="razor blade", mnc=["deported to Guatemala", "Guatemala"],
    mct=["razor blade out of his phone case", "held it by his leg"],
    cats=["immigration_status", "national_origin"], tags=["student_statement", "own_fact_victim"],
)

case(  # 26
    dec="deny", reason="recipient_not_permitted", school="Boston Community Leadership Academy",
    rec="bric", ground="credible_threat", when="2026-03-02 12:00",
    loc="BCLA, online (Instagram)",
    threat="""Instagram post from the account @_j.crz_ at 9:14 PM Sunday: photo of the walkout flyer with the caption "see yall at the walkout, bringing the heat". Comments include a gun emoji from two accounts.""",
    desc="""Forwarding at the request of the analyst who called: they asked for the names of the walkout organizers and for anything on Josué, who they said is on their list as a Cathedral crew associate and lives in the Cathedral development. The post is attached.""",
    stu=dict(name="Josué Cruz-Delgado", grade=12),
    mnc=["Cathedral crew", "Cathedral development"], cats=["gang_affiliation", "neighborhood"],
    tags=["deny_recipient"],
)

case(  # 27
    dec="allow", school="Fenway High School", rec="bpd/district-d4", ground="weapon",
    weapon="knife", when="2025-10-29 12:40",
    loc="Fenway High School, 2nd floor hallway outside the humanities room",
    desc="""For the "Wars Abroad" humanities unit, Ms. Keller's class hung a display outside the room: a map, student essays, and the flag of Ukraine and the flag of Sudan with captions about the civilian toll. At 12:40 Vlad pulled the flag of Ukraine off the wall and threw it on the floor. A 10th grader, Isaiah, picked it up and told him to put it back. Vlad took a red pocket knife (Swiss army type, 3 in. blade) out and slashed at Isaiah's hand, cutting his palm. Isaiah needed 4 stitches at the health center next door. Ms. Keller took the knife from the floor where Vlad dropped it. Vlad said the display was "propaganda".""",
    stu=dict(name="Vlad Sokolov", grade=10, nationality="Russian", birthplace="Rostov-on-Don"),
    key="pocket knife", mnc=["Russian", "Rostov"],
    mct=["flag of Ukraine", "red pocket knife", "cutting his palm"],
    cats=["national_origin"], tags=["speech_keep", "flag", "structured_field"],
)

case(  # 28
    dec="allow", school="Excel High School", rec="bpd/district-c6", ground="credible_threat",
    when="2026-01-09 09:55",
    loc="Excel High School, guidance office",
    threat="""During a check-in with counselor Ms. Brandt at 9:50, Ángel said: "they deported my dad in the summer so at the rally Saturday I'm going to shoot the first cop I see, I already got it from my cousin." He said the gun is "at my cousin's" and that he will pick it up Friday night. The rally is the Saturday 1/10 march to the JFK Federal Building.""",
    desc="""SCHOOL COUNSELING - THREAT DISCLOSURE NOTE (filed by AP R. Kendrick from counselor Ms. Brandt's notes and conversation)

Date/time of disclosure: Friday 1/9, approx 9:50 AM, guidance office, door closed.

Who was present: Ángel (grade 11) and Ms. Brandt. Ms. Brandt asked AP Kendrick to come in at 10:05.

What was said: Ángel came for his regular Friday check-in. When Ms. Brandt asked how his week was, he said he was going to the rally on Saturday, the march from Copley to the JFK Federal Building that students have been posting about. He then said he is going to shoot the first police officer he sees there. Ms. Brandt asked him if he meant that. He said yes, that he "already got it" from his cousin, that the gun is at his cousin's place and he will pick it up Friday night (tonight). He described it as "a black one, small". He was calm and specific and did not take it back when she gave him the chance. When AP Kendrick came in he repeated most of it, and then said "I'm not saying anything else."

Background known to the school: Ms. Brandt says he has been very angry since the summer, has stopped doing work in most classes, and has talked about "the cops" in general terms before, but never about a weapon. No prior discipline for violence. He has not been at any earlier rallies that we know of.

Actions taken: Ángel was kept in the main office with the AP. His mother was called at 10:20 and came at 11:15; she said she did not know about a gun and does not know which cousin he means. She agreed he will stay home Monday pending a safety assessment. Ángel left with her at 11:40. The Saturday march is not a school event.

Request: we are asking BPD to follow up before Saturday, since the pickup he described is tonight.""",
    stu=dict(name="Ángel Ventura", grade=11),
    key="shoot the first", mnc=["deported my dad"],
    mct=["shoot the first police officer", "pick it up Friday night", "JFK Federal Building"],
    cats=["immigration_status"], tags=["threat_field", "own_fact"],
)

case(  # 29
    dec="deny", reason="excluded_substance", school="Fenway High School", rec="bpd/district-d4",
    ground="drugs", subs=["vape (contents unknown)"], when="2025-12-04 11:20",
    loc="Fenway High School, library sit-in",
    desc="""During the sit-in about the cell phone policy a teacher saw Gianna hit a vape under the table. Vape confiscated; we don't know what is in it. Gianna's dad doesn't speak English so the call went through the Haitian Creole line.""",
    stu=dict(name="Gianna Pierre-Louis", grade=9),
    mnc=["Haitian Creole", "doesn't speak English"], cats=["language"], tags=["deny_substance"],
)

case(  # 30
    dec="allow", school="Boston Arts Academy", rec="bpd/district-d4", ground="drugs",
    subs=["MDMA"], when="2026-04-17 17:45",
    loc="Boston Arts Academy, black box theater (protest art showcase)",
    desc="""Evening protest-art showcase, 'Voices Against the War Machine' (student pieces on wars abroad, policing and elections). During the intermission Ms. Osei found Kayla and another student in the dressing room splitting capsules. Kayla had a pill bottle (no label) with 9 clear capsules of tan crystals; she said it was "molly" (MDMA) and that she was going to sell them after the show for $20 each. Capsules held in the office. Her grandmother was called with a Haitian Creole interpreter and came at 7:00. Kayla will not perform Saturday.""",
    stu=dict(name="Kayla Desrosiers", grade=10, ell_status="EL - Level 4"),
    key="MDMA", mnc=["Haitian Creole", "EL - Level 4"],
    mct=["9 clear capsules", "$20 each", "dressing room"],
    cats=["language"], tags=["speech_keep"],
)

case(  # 31
    dec="allow", school="Boston International Newcomers Academy", rec="bpd/district-c11",
    ground="weapon", weapon="knife", when="2025-10-07 12:10",
    loc="Boston International Newcomers Academy, cafeteria",
    desc="""AP notes. After the Know Your Rights assembly (presented by a legal aid group about what to do if ICE comes to a home or school), some students were upset. At lunch Mateus, who recently arrived from Angola in August, showed two classmates a folding knife with a wooden handle and said "if anyone comes for me they get this". A lunch aide saw the knife and called the SSS. SSS Amaral asked for it and Mateus gave it over. He said he carries it on the bus because older kids bother him. Nobody was threatened directly.""",
    stu=dict(name="Mateus Kiala", grade=9, arrival_date="2025-08-14", country_of_origin="Angola"),
    key="folding knife", mnc=["recently arrived", "Angola", "2025-08-14"],
    mct=["Know Your Rights assembly", "folding knife with a wooden handle"],
    cats=["immigration_status", "national_origin"], tags=["school_name_keep", "speech_keep", "structured_field"],
)

case(  # 32
    dec="deny", reason="recipient_not_permitted", school="Madison Park Technical Vocational High School",
    rec="mbta-transit-police", ground="weapon", weapon="knife", when="2026-03-20 11:05",
    loc="Ruggles station, busway",
    desc="""After the walkout students went to Ruggles and one of ours showed a knife to a student from another school on the busway. Transit police responded and asked the school for the report. Student's mother speaks only Cape Verdean Creole.""",
    stu=dict(name="Rui Gomes-Semedo", grade=10),
    mnc=["Cape Verdean Creole"], cats=["language"], tags=["deny_recipient"],
)

case(  # 33
    dec="allow", school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
    ground="credible_threat", when="2026-03-10 07:30",
    loc="Madison Park TVHS (TikTok)",
    threat="""TikTok comment posted at 12:17 AM 3/10 by the account jayvon.tvhs under a video announcing the 3/10 walkout: "ima pull up to the walkout w the switch, 4CK know wassup". The account's profile shows a photo of a pistol with an extended magazine.""",
    desc="""Asst. Headmaster J. Rivera. A student's parent forwarded us a TikTok comment from Jayvon's account, posted after midnight, saying he will come to today's walkout "w the switch" (students tell us this means a gun with a conversion device that makes it fire automatic). The profile picture shows a pistol with an extended magazine. Jayvon is absent today. The walkout is scheduled 10:15 at the Malcolm X Blvd side. We moved the walkout inside to the gym and added SSS. Screenshots attached. Mr. Pires (SSS) says "4CK" is the 4 Corner Kings and Jayvon has been seen with them; I can't confirm.""",
    stu=dict(name="Jayvon Tillery", grade=10),
    att=[{"kind": "document", "name": "tiktok_comment_0310.png"}],
    key="switch", mnc=["4 Corner Kings", "4CK"],
    mct=["extended magazine", "moved the walkout inside to the gym"],
    cats=["gang_affiliation"], tags=["social_media", "threat_field"],
)

case(  # 34
    dec="allow", school="Boston Latin Academy", rec="bpd/district-b3", ground="serious_violence",
    when="2025-05-16 15:20",
    loc="Boston Latin Academy, front lawn (Stop Asian Hate rally)",
    desc="""Summary by Head of School. The student-led Stop Asian Hate rally on the front lawn was approved and ran 3:00-3:30. At 3:20 an argument started between Minh, who is the treasurer of the Vietnamese Student Association and was running the sign-up table, and an 11th grader (E.P.) who had been filming and making comments. Minh took a U-lock off his bike at the rack and hit E.P. with it on the left arm and shoulder several times. E.P.'s forearm was broken (both bones, displaced) and he had surgery at Children's that night. Minh was restrained by two teachers. Minh's father was called. We are treating this as assault with a dangerous weapon causing serious injury.""",
    stu=dict(name="Minh Truong", grade=11),
    key="U-lock", mnc=["Vietnamese Student Association"],
    mct=["Stop Asian Hate", "U-lock", "forearm was broken"],
    cats=["ethnicity"], tags=["speech_keep", "own_fact"],
)

case(  # 35
    dec="allow", school="English High School", rec="bpd/district-e13", ground="weapon",
    weapon="mace", when="2026-02-27 10:40",
    loc="English High School, Heath St side lot during walkout",
    desc="""SSS shift log 2/27.
10:30 walkout, about 90 students, side lot. The Somali students led the chant and had made the banners.
10:38 a car slowed, someone yelled out the window, students ran toward the street. Staff pulled them back.
10:40 Hodan (one of the chant leaders) sprayed a small canister of mace toward a boy from the walkout who pushed her when everyone was running. He got some in his eyes and on his neck. Flushed with water by nurse, no hospital.
10:45 I took the mace canister (pink keychain kind) from Hodan. She said she carries it walking home.
10:50 walkout ended. AP informed. Statement form from the translator's session is attached.""",
    stu=dict(name="Hodan Warsame", grade=11),
    att=[{"kind": "document", "name": "statement_Somali_translation.pdf"}],
    key="mace", mnc=["Somali", "translator"],
    mct=["mace canister (pink keychain kind)", "got some in his eyes"],
    cats=["ethnicity", "language"], tags=["own_fact_group", "attachment_field"],
)

case(  # 36
    dec="deny", reason="ground_not_permitted", school="Jeremiah E. Burke High School",
    rec="bpd/district-c11", ground="gang_activity", when="2025-11-19 10:20",
    loc="Jeremiah E. Burke High School, gym during student rally",
    desc="""At the student rally about the shooting on the weekend, a group of boys did a chant with hand signs that staff believe is the Morton Street Posse chant. Elijah started it. No fight, no weapons. SSS asked that he be reported as a suspected member.""",
    stu=dict(name="Elijah Rowe", grade=10, suspected_affiliation="Morton Street Posse"),
    mnc=["Morton Street Posse", "suspected member"], cats=["gang_affiliation"], tags=["deny_ground", "colours"],
)

case(  # 37
    dec="deny", reason="other", school="Boston Green Academy", rec="bpd/district-d14",
    ground="weapon", weapon="airsoft pistol", when="2026-04-23 10:05",
    loc="Boston Green Academy, Cambridge St entrance (walkout)",
    desc="""During the walkout against the state testing, Tomás pulled a black pistol out of his backpack and waved it over his head. SSS took it: it is an airsoft pistol with the orange tip painted black. No one was pointed at.""",
    stu=dict(name="Tomás Bettencourt", grade=9),
    mnc=[], cats=[], tags=["deny_replica"],
)

case(  # 38
    dec="allow", school="Boston Community Leadership Academy", rec="bpd/district-e18",
    ground="serious_violence", when="2025-09-30 12:05",
    loc="BCLA cafeteria (sit-in)",
    desc="""Incident report, Dean K. Morrison.

Around 11:45 about 40 students began a sit-in in the cafeteria to protest the firing of Mr. Andrade, a well-liked teacher. Staff allowed it and asked them to stay seated and keep the exits clear.

At 12:05 Rafael and another student (D.W.) argued about whether the sit-in was "doing anything". D.W. knocked Rafael's phone out of his hand. Rafael picked up a metal napkin dispenser and hit D.W. in the face with it two or three times. D.W. fell and hit his head on the bench. He was bleeding heavily from the mouth and nose.

EMS transported D.W. to Carney Hospital; he has a fractured jaw and lost two front teeth. Rafael was held in the main office. The napkin dispenser was kept.

Rafael's SIS record notes ethnicity Dominican; his mother was called and came in.""",
    stu=dict(name="Rafael Sánchez-Peña", grade=12, ethnicity="Dominican", race="Hispanic"),
    key="fractured jaw", mnc=["Dominican", "Hispanic"],
    mct=["metal napkin dispenser", "fractured jaw", "lost two front teeth"],
    cats=["ethnicity"], tags=["structured_field"],
)

case(  # 39
    dec="allow", school="Brighton High School", rec="bpd/district-d14", ground="credible_threat",
    when="2026-02-05 13:10",
    loc="Brighton High School, room 118 (student government meeting)",
    threat="""In the student government meeting about Friday's walkout, after his motion to cancel the walkout failed, Nathan told the walkout organizers (A.R. and S.M.): "If you go out there Friday I'll stab you both, I know where you get off the bus." He repeated it to A.R. in the hallway at 1:25 PM and showed her a knife handle in his jacket pocket.""",
    desc="""Mr. Donnelly (advisor) reports: during the 1:00 student government meeting Nathan said he would stab the two organizers if they held the walkout on Friday and said he knows where they get off the bus. At 1:25 he said it again to A.R. in the hallway and showed her a knife handle in his jacket. SSS Haley searched his jacket at 1:40 and found nothing; his locker had a kitchen knife wrapped in a towel, which was taken. The walkout organizers' parents have been contacted.""",
    stu=dict(name="Nathan Coyle", grade=11,
             family={"guardian_name": "Patricia Coyle", "guardian_language": "Polish", "interpreter_needed": True}),
    key="kitchen knife wrapped in a towel", mnc=["Polish"],
    mct=["stab the two organizers", "kitchen knife wrapped in a towel"],
    cats=["language"], tags=["nested_field"],
)

case(  # 40
    dec="allow", school="John D. O'Bryant School", rec="bpd/district-d4", ground="drugs",
    subs=["cocaine"], when="2025-12-06 16:30",
    loc="Hynes Convention Center area hotel, team room (Urban Debate League tournament)",
    desc="""Debate coach report. At the Urban Debate League tournament (resolution this round: "The United States should substantially reduce its military aid to Israel") the team was using a hotel room as a prep room. At 4:30 a teammate told me Xavier was "doing lines". I went in and Xavier was sitting at the desk with a rolled-up bill and a small plastic bag of white powder, about a gram. He admitted it was cocaine he bought for the weekend. I took the bag, called his mother and the school's AP on call. His mother came to pick him up. He is off the team for the season. He mentioned his older cousin from the Lenox Street apartments gave him the number of the person he bought from.""",
    stu=dict(name="Xavier Oduya", grade=12),
    key="cocaine", mnc=["Lenox Street apartments"],
    mct=["small plastic bag of white powder", "rolled-up bill", "military aid to Israel"],
    cats=["neighborhood"], tags=["speech_keep"],
)

case(  # 41
    dec="deny", reason="recipient_not_permitted", school="East Boston High School",
    rec="dhs/hsi", ground="drugs", subs=["fentanyl"], when="2026-01-21 09:40",
    loc="East Boston High School, 1st floor bathroom",
    desc="""Student found with 3 small bags of fentanyl powder in the bathroom the morning after the walkout. Sending to the agent who asked, since the family is on a visa overstay and he said they handle both.""",
    stu=dict(name="Wilmer Castaño", grade=11, visa="B-2 (overstay)"),
    mnc=["overstay", "B-2 (overstay)"], cats=["immigration_status"], tags=["deny_recipient"],
)

case(  # 42
    dec="allow", school="Mission Hill K-8", rec="bpd/district-b2", ground="weapon",
    weapon="knife", when="2026-03-25 09:50",
    loc="Mission Hill K-8, schoolyard (Grades 6-8 voter registration rally)",
    desc="""Teacher form (Ms. Grier, Gr 8). Our middle schoolers held a 'Vote for Our Future' rally in the yard to encourage families to register for the city election (civics project). During the rally Jamal and a 7th grader were pushing each other over a poster. Jamal opened a butterfly knife and flipped it open and shut right in front of the 7th grader's face, maybe a foot away, and told him to "back up". I told Jamal to drop it and he did. The knife is a balisong type, about 4 inch blade. Jamal said he found it in his brother's room. No one hurt.""",
    stu=dict(name="Jamal Whitaker", grade=8),
    key="butterfly knife", mnc=[], mct=["butterfly knife", "a foot away", "Vote for Our Future"],
    cats=[], tags=["clean", "k8"],
)

case(  # 43
    dec="allow", school="Edward M. Kennedy Academy for Health Careers", rec="bpd/district-b2",
    ground="credible_threat", when="2025-10-21 14:20",
    loc="EMK Academy, library (lunchtime debate)",
    threat="""After losing the lunchtime debate ("Should Boston remain a sanctuary city?"), Aiden told the winning team, in front of the librarian: "Tomorrow I'm coming in with my dad's rifle and you're all done, I'm dead serious." He then texted one of them at 2:31 PM: "tomorrow. 8am. front door.\"""",
    desc="""Librarian Ms. Salazar reports that at the end of the lunchtime debate on whether Boston should remain a sanctuary city, Aiden told the other team he would bring his father's rifle tomorrow and they were "all done". At 2:31 PM he texted one of them "tomorrow. 8am. front door." Parent contacted: his father says he owns a hunting rifle kept in a safe. Aiden has a history of anger referrals this year. He lives with his dad in the Back of the Hill apartments.""",
    stu=dict(name="Aiden Morrissey", grade=10),
    key="rifle", mnc=["Back of the Hill"],
    mct=["sanctuary city", "tomorrow. 8am. front door.", "hunting rifle"],
    cats=["neighborhood"], tags=["speech_keep", "threat_field"],
)

case(  # 44
    dec="deny", reason="excluded_substance", school="Boston Latin School", rec="bpd/district-d4",
    ground="drugs", subs=["alcohol"], when="2026-04-10 15:00",
    loc="Boston Common, Frog Pond area (after the student climate rally)",
    desc="""A chaperone found Gavin and two friends passing around nips of Fireball and a hard seltzer behind the Frog Pond after the rally. He was slurring. His father, who asked for the Greek interpreter last time, was called.""",
    stu=dict(name="Gavin Papadakis", grade=10),
    mnc=["Greek interpreter"], cats=["language"], tags=["deny_substance"],
)

case(  # 45
    dec="allow", school="Snowden International School", rec="bpd/district-d4", ground="weapon",
    weapon="brass knuckles", when="2025-09-18 07:45",
    loc="Snowden International School, front entrance (Red for Ed rally)",
    desc="""SSS log. Before school, teachers held their Red for Ed contract rally on the sidewalk and many students wore red in support. Around 7:45 two students argued at the door, one shouting that the other's red shirt was "gang stuff" (it was not, it was the union shirt). Kenji put on brass knuckles (gold colored, "LOVE" spelled across) and squared up. I stepped in, he took them off and I took them. Nobody was hit. Note: the red at the rally was the teachers' union color, nothing else.""",
    stu=dict(name="Kenji Wallace-Mori", grade=10),
    key="brass knuckles", mnc=[],
    mct=["Red for Ed", "brass knuckles", "LOVE"],
    cats=[], tags=["colours", "clean", "speech_keep"],
)

case(  # 46
    dec="allow", school="Boston Arts Academy", rec="bpd/district-d4", ground="serious_violence",
    when="2025-11-06 12:30",
    loc="Boston Arts Academy, Ipswich St entrance",
    desc="""Account by AP D. Rosario. The day after the election, T.H. (11th grade) wore a MAGA hat to school. At lunch outside the Ipswich St entrance, Jonah knocked the hat off, and when T.H. picked it up Jonah punched him repeatedly in the face, then kicked him once he was down. T.H.'s nose was broken and he lost a tooth; his mother took him to Beth Israel where they also found a fractured eye socket. Jonah told me, "he knew what he was doing wearing that". The hat is with the SSS. Jonah's file shows he is a lawful permanent resident (green card) and the family asked last year that we keep that private.""",
    stu=dict(name="Jonah Abernathy-Reyes", grade=11, citizenship="Lawful Permanent Resident"),
    key="fractured eye socket", mnc=["permanent resident", "green card"],
    mct=["MAGA hat", "fractured eye socket", "kicked him once he was down"],
    cats=["immigration_status"], tags=["speech_keep", "structured_field"],
)

case(  # 47
    dec="allow", school="Josiah Quincy Upper School", rec="bpd/district-a1", ground="drugs",
    subs=["alprazolam (Xanax)"], when="2026-03-31 10:15",
    loc="Josiah Quincy Upper School, auditorium during civics assembly",
    desc="""During the civics assembly on the Chinatown rezoning vote, a teacher saw Eric giving two white bar-shaped pills to another 10th grader in the back row. In the office he had 11 more bars in a mint tin, stamped 'G 3722'. He said they were "xans" and he sells them for $5. Nurse identified the imprint as alprazolam 2 mg. Eric is an English learner and his parents asked for Mandarin for the phone call.""",
    stu=dict(name="Eric Zhou", grade=10, ell="Yes", home_language="Mandarin Chinese"),
    key="alprazolam", mnc=["Mandarin", "English learner"],
    mct=["mint tin", "G 3722", "Chinatown rezoning vote"],
    cats=["language"], tags=["place_named", "structured_field"],
)

case(  # 48
    dec="deny", reason="missing_threat_statement", school="Rafael Hernández K-8",
    rec="bpd/district-b2", ground="credible_threat", threat="", when="2025-11-12 13:00",
    loc="Rafael Hernández K-8",
    desc="""A parent called saying an 8th grader, Cristian, said something "about hurting people" at the school's rally for the families who were detained. No details. The parent said Cristian's family has no papers and asked us not to call them.""",
    stu=dict(name="Cristian Ortega", grade=8),
    mnc=["no papers"], cats=["immigration_status"], tags=["deny_threat_missing", "k8"],
)

case(  # 49
    dec="allow", school="Madison Park Technical Vocational High School", rec="bpd/district-b2",
    ground="weapon", weapon="knife", when="2026-03-20 10:55",
    loc="Ruggles station, Orange Line platform (walkout route)",
    desc="""Report by SSS Mendes. The walkout left Madison Park at 10:30 and walked up Malcolm X Blvd and Tremont St to Ruggles to take the Orange Line downtown for the State House rally. On the inbound platform at 10:55 Darnell and a student from another school started arguing. Darnell pulled a steak knife (serrated, wooden handle) from his backpack and slashed toward the other boy, cutting through his jacket sleeve but not his arm. MBTA police and I separated them. I took the knife. Darnell was brought back to school. His mother says he stays between her apartment at Whittier Street and his dad's.""",
    stu=dict(name="Darnell Price", grade=11),
    key="steak knife", mnc=["Whittier Street"],
    mct=["Ruggles", "steak knife", "cutting through his jacket sleeve"],
    cats=["neighborhood"], tags=["route", "place_named"],
)

case(  # 50
    dec="allow", school="Charlestown High School", rec="bpd/district-a15", ground="credible_threat",
    when="2026-02-02 08:00",
    loc="Charlestown High School (Instagram)",
    threat="""Instagram story posted Sunday 2/1 at 10:02 PM by Liam's account, over a picture of the school's front door: "everybody crying about deportations at the walkout monday, ill give u something to cry about. bringing the 9." Tagged location: Charlestown High School.""",
    desc="""Headmaster to Safety Services: Two students showed AP Rourke an Instagram story from Liam's account posted last night over a photo of our front door. The caption mocks Monday's walkout about deportations and says he is "bringing the 9", which students say means a 9mm handgun. Liam came to school this morning and was searched at the door: no weapon. He says it was a joke. His mother says there is no gun at home. Liam's stepfather is a licensed gun owner per the mother. We are asking BPD to follow up. Screenshot attached. (Liam is one of the students the Irish Immigration Center has been helping with his status, in case that matters for the family contact.)""",
    stu=dict(name="Liam Donnelly-Burke", grade=10),
    att=[{"kind": "document", "name": "ig_story_0201.png"}],
    key="bringing the 9", mnc=["Irish Immigration Center", "with his status"],
    mct=["bringing the 9", "licensed gun owner", "searched at the door"],
    cats=["immigration_status"], tags=["social_media", "threat_field", "speech_keep"],
)

case(  # 51
    dec="allow", school="Boston Green Academy", rec="bpd/district-d14", ground="weapon",
    weapon="knife", when="2026-01-30 10:25",
    loc="Boston Green Academy, Cambridge St sidewalk (walkout)",
    desc="""I'm writing this as Daniela's advisor (Mr. Oyelaran). At the walkout Daniela asked to speak and told the crowd her asylum hearing is in May and that she is scared she and her mom will be sent back. A boy from 12th grade, who was filming, yelled "pack your bags" at her. After she got down from the bench she walked over to him and took a small kitchen paring knife out of her sleeve and held it at his stomach and said "say it again". Two girls pulled her back. I took the knife, about a 3 inch blade. She was shaking. No one was cut. She said she brought it because she heard people were going to start trouble at the walkout.""",
    stu=dict(name="Daniela Funes", grade=10),
    key="paring knife", mnc=["asylum hearing", "sent back"],
    mct=["paring knife", "held it at his stomach"],
    cats=["immigration_status"], tags=["own_fact_speech"],
)

case(  # 52
    dec="deny", reason="recipient_not_permitted", school="Snowden International School",
    rec="commonwealth-fusion-center", ground="credible_threat", when="2026-02-18 09:00",
    loc="Snowden International School (online)",
    threat="""A student's Discord message at 1:12 AM said "the walkout is gonna be a shooting gallery, watch" and posted a rifle picture.""",
    desc="""The Fusion Center liaison asked that we send threat reports involving the walkout directly to them. Student in question is Omar, an Iraqi refugee who arrived 2023; family attends the Islamic Society of Boston.""",
    stu=dict(name="Omar Al-Jubouri", grade=11),
    mnc=["Iraqi", "refugee", "Islamic Society"], cats=["national_origin", "immigration_status", "religion"],
    tags=["deny_recipient"],
)

case(  # 53
    dec="allow", school="Boston Latin School", rec="bpd/district-d4", ground="serious_violence",
    when="2025-10-13 16:10",
    loc="Jackson Square MBTA station, Orange Line lobby",
    desc="""Follow-up from Head of School's office (incident occurred off-campus, after school, but between two BLS students on the way home from the school's walkout).

After the Israel-Palestine walkout and the counter-gathering on the front steps at 2:30, a group of students took the Orange Line. At Jackson Square station at about 4:10, Adam, who had been at the walkout, came up behind Eli, who had been at the counter-gathering, and stabbed him in the lower back with a small knife, then ran up the stairs. Eli was wearing his kippah and Adam had been yelling at him on the train, according to two students who were there. Eli was taken to Brigham and Women's with a stab wound that needed surgery (punctured kidney). Transit police recovered a folding knife on the stairs.

Adam's mother brought him to the B-2 station that night. We have statements from three students and will share them with BPD. Both families have been notified. Both students are suspended pending a hearing.""",
    stu=dict(name="Adam Khoury", grade=11),
    key="stab wound", mnc=["kippah"],
    mct=["Jackson Square station", "stabbed him in the lower back", "punctured kidney"],
    cats=["religion"], tags=["place_named", "own_fact_victim", "long"],
)

case(  # 54
    dec="deny", reason="ground_not_permitted", school="East Boston High School",
    rec="bpd/district-a7", ground="immigration_inquiry", when="2026-02-10 14:00",
    loc="East Boston High School, main office",
    desc="""An officer asked whether the students who organized yesterday's walkout against ICE include any who are undocumented, and for their home addresses. One organizer, Yamileth, lives on Saratoga St in Eagle Hill.""",
    stu=dict(name="Yamileth Canales", grade=12),
    mnc=["Saratoga St", "Eagle Hill"], cats=["neighborhood"], tags=["deny_ground"],
)

case(  # 55
    dec="allow", school="Dearborn STEM Academy", rec="bpd/district-b2", ground="credible_threat",
    when="2026-04-29 07:50",
    loc="Dearborn STEM Academy (text messages)",
    threat="""Group text to the walkout organizers' chat, 6:52 AM Wednesday 4/29, from Corey's number: "yall walking out for immigrants today? ima run yall over in the Honda when u in the street, i aint playing, 10:15." Corey has a junior operator's license and drives a silver Honda Civic to school.""",
    desc="""Principal's note. This morning the walkout organizers showed me a message Corey sent to their group chat at 6:52 saying he would run them over in "the Honda" when they were in the street at 10:15 (the walkout plan was to walk to Nubian Square). Corey drives a silver Honda Civic and parks on Greenville St. We have moved the walkout inside to the auditorium. Corey's car was in the lot at 7:40; SSS is watching it. His mother was called and is coming in.""",
    stu=dict(name="Corey Lindqvist", grade=12, license="Junior operator"),
    key="silver Honda Civic", mnc=[],
    mct=["run them over", "silver Honda Civic", "Nubian Square"],
    cats=[], tags=["threat_target", "clean", "place_named"],
)

case(  # 56
    dec="allow", school="Excel High School", rec="bpd/district-c6", ground="weapon",
    weapon="firearm", when="2025-10-23 08:10",
    loc="Excel High School, front entrance scanners",
    desc="""The scanner at the front door alerted on Kaden's backpack at 8:10. Inside was an unloaded black revolver (.38) in a sock and 6 rounds loose in the front pocket. Kaden said he needed it for "the march Saturday" because of comments online about the Pride and anti-ICE march route through South Boston. He did not say he would hurt anyone. Police called at 8:15 and took the revolver and ammunition. Kaden's girlfriend, who is also a student, said he has been wearing gray and black for the Old Colony boys lately, but SSS says that's just what everyone wears.""",
    stu=dict(name="Kaden Sullivan", grade=11),
    key="revolver", mnc=["Old Colony boys"],
    mct=["unloaded black revolver", "6 rounds loose", "scanner at the front door"],
    cats=["gang_affiliation"], tags=["colours", "route"],
)

case(  # 57
    dec="deny", reason="face_surveillance", school="Boston Community Leadership Academy",
    rec="bpd/district-e18", ground="weapon", weapon="knife", when="2026-03-05 10:30",
    loc="BCLA, main entrance",
    desc="""Knife shown at the walkout; BPD asked for the yearbook photos of all 212 walkout participants to run against the video with their face recognition tool, and we are attaching them along with the match list for the top 3.""",
    stu=dict(name="Xiomara Bautista", grade=10),
    att=[{"kind": "photo", "name": "yearbook_photos_walkout_212.zip"},
         {"kind": "face_match", "name": "top3_match_list.csv"}],
    mnc=["top3_match_list"], cats=["face_surveillance"], tags=["deny_face"],
)

case(  # 58
    dec="allow", school="Fenway High School", rec="bpd/district-d4", ground="drugs",
    subs=["psilocybin mushrooms"], when="2025-09-26 13:40",
    loc="Fenway High School, Back Bay Fens (climate strike gathering)",
    desc="""Teacher report, Ms. Amato. Climate strike: students marched from school to the Fens for the youth climate strike. During the speeches Leo was handing out small pieces of dried mushrooms from a ziploc bag to students sitting near the Victory Gardens. Two students were given some and one ate it. I took the bag (about 7 grams of dried mushrooms, brown caps). Leo said they were "shrooms" from his older brother. The student who ate a piece was checked by the nurse and later vomited, and her mom took her home.""",
    stu=dict(name="Leo Marchand", grade=12),
    key="mushrooms", mnc=[],
    mct=["dried mushrooms", "Victory Gardens", "ziploc bag"],
    cats=[], tags=["clean", "place_named"],
)

case(  # 59
    dec="allow", school="Boston International Newcomers Academy", rec="bpd/district-c11",
    ground="serious_violence", when="2026-02-20 14:30",
    loc="Boston International Newcomers Academy, 3rd floor stairway",
    desc="""Statement of Mr. P. Nguyen, teacher.

Our Haitian Creole speaking students held a poster display outside room 305 for their Black History Month project. Wilson (10th grade) came up the stairs, ripped a poster down, and when one of the girls (R.J.) tried to stop him, he pushed her backwards down the stairs. She fell about 8 steps and landed on her back and head. She was not moving for about a minute. 911 called. EMS took her to BMC: fractured vertebra (she is in a brace) and a concussion.

Wilson said he was "just messing around". He has been in trouble for pushing before. Wilson himself just arrived from the Dominican Republic in January and lives with an aunt in Dorchester, so we also called the aunt.""",
    stu=dict(name="Wilson Reyes Almonte", grade=10),
    key="fractured vertebra", mnc=["Haitian", "arrived from the Dominican Republic", "Dominican Republic", "Dorchester"],
    mct=["pushed her backwards down the stairs", "fractured vertebra", "8 steps"],
    cats=["language", "ethnicity", "national_origin", "immigration_status", "neighborhood"],
    tags=["school_name_keep", "own_fact"],
)

case(  # 60
    dec="deny", reason="other", school="Brighton High School", rec="bpd/district-d14",
    ground="weapon", weapon="BB gun", when="2025-11-14 10:10",
    loc="Brighton High School, front steps (walkout)",
    desc="""At the walkout about the Gaza ceasefire a 10th grader, Pavel, had a BB gun tucked in his waistband that he showed to friends. SSS took it; it is a Crosman BB pistol, CO2 powered, not loaded. No threats made.""",
    stu=dict(name="Pavel Novak", grade=10),
    mnc=[], cats=[], tags=["deny_replica"],
)

case(  # 61
    dec="allow", school="English High School", rec="bpd/district-e13", ground="weapon",
    weapon="box cutter", when="2026-03-11 13:15",
    loc="English High School, art room 140",
    desc="""Incident form. Art teacher Mr. Campbell. Students were making signs for tomorrow's walkout in room 140 during lunch (approved, art club). Box cutters were not provided by me; we use scissors. Shawn had his own box cutter and was using it to cut foam board. When Mateo made fun of Shawn's sign, which said 'ICE OUT OF BOSTON', Shawn pushed the blade out all the way and held it up at Mateo's neck, about an inch from the skin, and said he'd "open him up". Mateo backed away. I ordered Shawn to put it down on the table and he did. I secured the box cutter. No injury.""",
    stu=dict(name="Shawn Pereira", grade=12),
    key="box cutter", mnc=[],
    mct=["ICE OUT OF BOSTON", "held it up at Mateo's neck", "room 140"],
    cats=[], tags=["speech_keep", "clean"],
)

case(  # 62
    dec="deny", reason="excluded_substance", school="Boston Arts Academy", rec="bpd/district-d4",
    ground="drugs", subs=["THC edibles"], when="2026-01-23 11:30",
    loc="Boston Arts Academy, dance studio B (sit-in)",
    desc="""During the sit-in in support of the striking nurses, two students shared gummies that Ines brought; package says 100mg THC. One student felt sick and went to the nurse. Ines's emergency contact sheet says the family lives on Lamartine St in Hyde Square and speaks Portuguese at home.""",
    stu=dict(name="Ines Carvalho", grade=11),
    mnc=["Lamartine St", "Hyde Square", "Portuguese"], cats=["neighborhood", "language"],
    tags=["deny_substance"],
)

case(  # 63
    dec="allow", school="New Mission High School", rec="bpd/district-e18", ground="credible_threat",
    when="2025-11-03 15:05",
    loc="New Mission High School, room 207 (mock election debate)",
    threat="""In the mock election candidate debate in room 207, after the moderator cut his time, Isaiah stood up, pointed at the student playing the incumbent and said: "I got a strap in my locker and you'll see it at lunch tomorrow." He said it twice. A search of his locker at 3:20 PM found nothing. He told the AP his cousin "has it" and will bring it.""",
    desc="""Teacher Ms. Romero (civics). In the mock election debate, Isaiah threatened the student who was playing the incumbent mayor, saying he had a "strap" in his locker and the other student would "see it at lunch tomorrow". Locker search found nothing; he said his cousin has the gun and will bring it. Both families were called. The other student's mom is keeping him home tomorrow. Isaiah's emergency card lists the Franklin Field apartments as home.""",
    stu=dict(name="Isaiah Grant", grade=11),
    key="strap", mnc=["Franklin Field apartments"],
    mct=["mock election debate", "see it at lunch tomorrow"],
    cats=["neighborhood"], tags=["threat_field"],
)

case(  # 64
    dec="allow", school="Margarita Muñiz Academy", rec="bpd/district-e13", ground="weapon",
    weapon="pepper spray", when="2026-02-03 10:20",
    loc="Jamaica Plain, Centre St at Hyde Square (student walkout)",
    desc="""About 100 Muñiz students walked out at 10:00 and walked up Centre St to Hyde Square with signs reading "Educación, no deportación" and "Hands off our families". At 10:20 at the rotary, an older student from another school grabbed a sign from Valeria. Valeria took out a pepper spray canister and sprayed him and two students behind him in the face. One of the two was a Muñiz 9th grader who had an asthma attack and was treated by EMS. Ms. Ocasio took the pepper spray. The older student ran off down Centre St toward Jackson Square and was not identified. The two students behind him were flushed with water by Mr. Guzmán, who had the first aid kit, and the 9th grader was given oxygen by EMS at 10:32 and released to her father at the scene. BPD officers from E-13 who were escorting the walkout took Valeria's statement at the rotary with AP Ortiz present. The walkout continued and returned to school at 11:05 without further incident. Valeria was translating the speeches into English for the teachers because the whole rally was in Spanish; she is still in the newcomer program herself.""",
    stu=dict(name="Valeria Pineda", grade=9),
    key="pepper spray", mnc=["newcomer program", "in Spanish"],
    mct=["pepper spray canister", "asthma attack", "Hyde Square"],
    cats=["immigration_status", "language"], tags=["school_name_keep", "place_named", "speech_keep"],
)

case(  # 65
    dec="allow", school="TechBoston Academy", rec="bpd/district-c11", ground="serious_violence",
    when="2025-05-01 09:40",
    loc="TechBoston Academy, gym (assembly)",
    desc="""From the Principal to the Operational Leader, cc Safety Services.

This morning at the 9:00 assembly (student speeches for the end of the Civics Action Project), a 12th grader spoke about her project, a petition to the City Council for more crossing guards. During the speech a group in the bleachers started chanting over her and throwing things. The AP asked them to leave. On the way out, Marquise threw a full metal water bottle from the top of the bleachers at the stage area. It hit a 6th grader who was helping with the microphones in the temple. She collapsed. EMS responded at 9:48 and took her to Children's, where she was diagnosed with a skull fracture and a brain bleed; she is in the ICU.

Marquise was taken out of the gym by SSS Barrow and is in the office. He said he was aiming for the speaker. Video from the teacher's phone shows the throw.

His mother was called and is on her way. We will provide the video to BPD. I am submitting this as serious violence.

Principal Dr. J. Estrada""",
    stu=dict(name="Marquise Jennings", grade=11, neighborhood="Codman Square", race="Black or African American"),
    key="skull fracture", mnc=["Codman Square", "Black or African American"],
    mct=["full metal water bottle", "skull fracture", "brain bleed"],
    cats=["neighborhood", "ethnicity"], tags=["structured_field", "long"],
)

case(  # 66
    dec="deny", reason="ground_not_permitted", school="Boston Latin Academy",
    rec="bpd/district-b3", ground="protest_monitoring", when="2026-03-09 09:00",
    loc="Boston Latin Academy",
    desc="""District B-3 asked for a list of the student organizers of Friday's walkout against the war and their social media handles. Organizers include Ibrahim and two members of the Arab Student Union. No incident occurred.""",
    stu=dict(name="Ibrahim Saleh", grade=12),
    mnc=["Arab Student Union"], cats=["ethnicity"], tags=["deny_ground"],
)

case(  # 67
    dec="allow", school="Brighton High School", rec="bpd/district-d14", ground="drugs",
    subs=["oxycodone (not prescribed)"], when="2026-05-06 12:20",
    loc="Brighton High School, courtyard (lunch petition drive)",
    desc="""AP Hennessey. At lunch students were running a petition table in the courtyard about the MBTA youth pass. Tyler was at the table but students reported he was selling pills. In the office he had an orange prescription bottle with another person's name on it and 22 round blue tablets marked "A 215" (oxycodone 30 mg per the nurse's pill reference). Tyler said they were his grandmother's. Grandmother confirmed by phone she is missing her pills. Tyler does not have a prescription.""",
    stu=dict(name="Tyler Brandão", grade=11, records={"home_lang": "Portuguese", "ethnicity": "Brazilian"}),
    key="oxycodone", mnc=["Portuguese", "Brazilian"],
    mct=["A 215", "another person's name", "22 round blue tablets"],
    cats=["language", "national_origin"], tags=["nested_field"],
)

case(  # 68
    dec="allow", school="Boston Latin Academy", rec="bpd/district-b3", ground="credible_threat",
    when="2025-12-15 08:30",
    loc="Boston Latin Academy (Model UN conference preparation)",
    threat="""Handwritten note left in the Model UN room on Friday 12/12 and signed "V.": "Tatiana, if you speak as the delegate for Ukraine on Saturday I will put a knife in you in the bathroom. I know your schedule." Handwriting and the initial match Viktor, who admitted writing it on Monday.""",
    desc="""Model UN advisor Mr. Baptiste found a note threatening to put a knife in a student if she speaks as the delegate for Ukraine at Saturday's conference. Viktor admitted to writing it Monday morning. Tatiana was assigned Ukraine by the advisor. Tatiana's mother told the AP that Tatiana was born in Kharkiv and the family is "sensitive" about it; Viktor's family emigrated from Belarus. Both families have been called. Viktor is suspended. The note is in the main office.""",
    stu=dict(name="Viktor Lysenko", grade=10),
    key="put a knife in", mnc=["born in Kharkiv", "Kharkiv", "from Belarus", "Belarus"],
    mct=["delegate for Ukraine", "put a knife in a student"],
    cats=["national_origin"], tags=["speech_keep", "own_fact_victim", "threat_field"],
)

case(  # 69
    dec="deny", reason="recipient_not_permitted", school="Charlestown High School",
    rec="allied-universal/city-hall-security", ground="weapon", weapon="knife", when="2026-04-14 12:30",
    loc="City Hall Plaza",
    desc="""A Charlestown student had a folding knife at the rally at City Hall. City Hall's contract security asked for the report. Student's records say he lives on Bunker Hill St.""",
    stu=dict(name="Aaron Kilduff", grade=11),
    mnc=["Bunker Hill St"], cats=["neighborhood"], tags=["deny_recipient"],
)

case(  # 70
    dec="allow", school="Henderson K-12 Inclusion School", rec="bpd/district-c11", ground="weapon",
    weapon="stun gun", when="2026-01-16 14:15",
    loc="Henderson Upper Campus, front circle (MLK Day of Service rally)",
    desc="""SSS report. At the pre-MLK Day rally on the front circle (students read speeches on civil rights and voting), two students argued over the microphone. Jaylen pulled a small black stun gun from his backpack and pressed it against the other student's side; it clicked and the student yelled and jumped back. Red marks on his skin, checked by nurse, no hospital. I took the stun gun (about 6 in., flashlight style). Jaylen said he keeps it for walking home. His mom works and asked we text her in Haitian Creole, which we did.""",
    stu=dict(name="Jaylen Brooks", grade=10),
    key="stun gun", mnc=["Haitian Creole"],
    mct=["stun gun", "pressed it against the other student's side", "flashlight style"],
    cats=["language"], tags=["speech_keep"],
)

case(  # 71
    dec="allow", school="Community Academy of Science and Health", rec="bpd/district-e18",
    ground="weapon", weapon="knife", when="2025-10-17 10:15",
    loc="CASH, Hyde Park Ave entrance (walkout for refugee families)",
    desc="""SSS Ferreira. Walkout for refugee families, 10:00-10:20, about 50 students. Selam was at the front waving the flag of Eritrea, the country her family fled when she was little, and leading a chant. A 12th grader (K.B.) grabbed the flagpole and yanked it out of her hands and threw it in the street. Selam pulled out a folding knife (purple handle, about 3 in.) and ran at him; she slashed his jacket and nicked the back of his hand before two staff held her. K.B. got a band-aid from the nurse, small cut. I took the knife. Selam said the flag was her grandmother's.""",
    stu=dict(name="Selam Tesfaye", grade=11),
    key="folding knife", mnc=["Eritrea", "her family fled"],
    mct=["folding knife (purple handle", "nicked the back of his hand", "flagpole"],
    cats=["national_origin", "immigration_status"], tags=["own_fact_flag"],
)

case(  # 72
    dec="deny", reason="ground_not_permitted", school="Jeremiah E. Burke High School",
    rec="bpd/district-c11", ground="disorderly_conduct", when="2026-04-02 10:40",
    loc="Washington St at Talbot Ave",
    desc="""Walkout students blocked traffic on Washington St for about 10 minutes. Officers asked for the name of the student who led them into the street. That was Kwame, who lives two blocks away on Norwell St. No injuries, no property damage.""",
    stu=dict(name="Kwame Asante-Boyd", grade=12),
    mnc=["Norwell St"], cats=["neighborhood"], tags=["deny_ground", "route"],
)

case(  # 73
    dec="allow", school="Boston Latin School", rec="bpd/district-d4", ground="credible_threat",
    when="2026-02-24 16:00",
    loc="Boston Latin School (student newspaper office, room 119, and email)",
    threat="""Email to the newspaper's tip line, sent 2/23 at 11:48 PM from Nolan's personal Gmail (identified by the recovery phone number, which matches his emergency card): "The girl who wrote the ICE op-ed: I know what train you take. Next time you publish I'll be waiting at Kenmore with a knife and nobody will find you." On 2/24 at 7:30 AM a printed copy of the op-ed with a knife drawn through the author's photo was taped to the newspaper office door.""",
    desc="""To: Head of School; Safety Services; Office of Legal Advisor
Re: threat to a student journalist

On 2/20 the student newspaper published an op-ed by a junior, "Our school should be a sanctuary: keep ICE out of BPS". The piece argued for a district policy barring federal immigration agents from school buildings. It did not describe the author's own family or background. It was widely shared.

On 2/23 at 11:48 PM the paper's tip line received an email saying the sender knows what train the author takes and will be "waiting at Kenmore with a knife" if she publishes again. On 2/24 at 7:30 AM, a printed copy of the op-ed with a knife drawn through the author's photo was taped to the door of the newspaper office, room 119. The faculty advisor, Ms. Lorde, brought both to me.

Our IT office traced the Gmail account through its recovery phone number, which matches the number on Nolan's emergency card. When the AP met with Nolan and his father at 2:30 today, Nolan admitted sending the email and taping the page, and said he "wanted her to stop". He said he has a hunting knife at home; his father confirmed there is one and said he would lock it up.

The author and her parents have been told; she is being escorted to and from Kenmore by staff this week. Nolan is suspended pending a hearing.

Attached: the email, a photo of the door, and the op-ed.

I am asking BPD District D-4 to assess the threat.""",
    stu=dict(name="Nolan Whitcomb", grade=11),
    att=[{"kind": "document", "name": "tipline_email_0223.pdf"}, {"kind": "photo", "name": "door_room119.jpg"}],
    key="hunting knife", mnc=[],
    mct=["waiting at Kenmore with a knife", "room 119", "keep ICE out of BPS"],
    cats=[], tags=["speech_keep", "long", "clean", "threat_field"],
)

case(  # 74
    dec="allow", school="Jeremiah E. Burke High School", rec="bpd/district-c11", ground="drugs",
    subs=["crack cocaine"], when="2025-12-10 10:35",
    loc="Jeremiah E. Burke High School, gym bleachers (anti-violence assembly)",
    desc="""SSS log 12/10.
10:00 assembly with the Louis D. Brown Peace Institute, students wore orange for gun violence awareness.
10:30 student told me Shamar was selling in the top row of the bleachers.
10:35 escorted Shamar out. Search with AP present: 9 small knotted baggies of off-white rocks, approx 0.2 g each, and $64. He said "that's crack, it's not mine".
10:50 drugs bagged and placed in safe. Mother called.
Note from SSS Price: orange was for the assembly, but Shamar also had a green flag in his back pocket, which Price says is a Heath Street sign; I've written it down because he asked me to.""",
    stu=dict(name="Shamar Vickers", grade=10),
    key="crack", mnc=["Heath Street sign"],
    mct=["9 small knotted baggies", "off-white rocks", "wore orange for gun violence awareness"],
    cats=["gang_affiliation"], tags=["colours"],
)

case(  # 75
    dec="deny", reason="recipient_not_permitted", school="East Boston High School",
    rec="cbp/boston-field-office", ground="weapon", weapon="knife", when="2026-03-03 09:00",
    loc="East Boston High School",
    desc="""Student found with a knife after the walkout. CBP officers visited the school and asked for the report. Student's file says country of birth: El Salvador, entered 2022.""",
    stu=dict(name="Brayan Hernández Lemus", grade=10, country_of_birth="El Salvador", entry_year=2022),
    mnc=["El Salvador", "entered 2022"], cats=["national_origin", "immigration_status"], tags=["deny_recipient"],
)

case(  # 76
    dec="allow", school="Charlestown High School", rec="bpd/district-a15", ground="serious_violence",
    when="2026-04-16 11:50",
    loc="Charlestown High School, Medford St sidewalk and the Schrafft's side lot",
    desc="""Narrative by Assistant Headmaster P. Walsh, Charlestown High School, Thursday 4/16.

Background. At 11:30 a group of about 70 students held a permitted walkout on the front sidewalk for the "Families Belong Together" day of action. Eight to ten students gathered across Medford St as counter-protesters. One of them, Ryan, carried a sign reading "Deport them all" and another with a crude drawing. Staff (myself, Ms. Cho, SSS Delaney and SSS Curtin) stood in the median area between the groups.

11:45. Yelling escalated. A walkout student, G.M. (10th grade), crossed to pick up a sign that had blown into the street. Ryan picked up a half brick from the construction area at the side lot and threw it at G.M. from about 15 feet. It struck G.M. in the mouth and jaw.

11:50. G.M. was on the ground bleeding heavily from the mouth. SSS Delaney called 911 and applied pressure. Ryan ran toward Bunker Hill St and was stopped by SSS Curtin at the corner; he did not resist.

12:05. Boston EMS transported G.M. to MGH. His father reports a broken jaw in two places, four teeth knocked out, and a cut to his lip needing plastic surgery. He will have his jaw wired.

Other notes. G.M. had said at the start of the walkout that his parents are undocumented and that this is why he was there; several students filmed him saying this and it is on social media. I am mentioning this only because staff think it is why Ryan targeted him. Ryan told me "he was talking trash", and later "I didn't think it would hit him".

The brick was left where it fell and was collected by BPD officers who responded at 12:10. Video from two staff phones is preserved.

Ryan's mother was called at 12:20 and came to the school. Ryan was released to her after speaking with officers.""",
    stu=dict(name="Ryan McGuigan", grade=12),
    key="half brick", mnc=["parents are undocumented"],
    mct=["half brick", "broken jaw in two places", "Deport them all"],
    cats=["immigration_status"], tags=["counter_protest", "long", "speech_keep", "own_fact_victim"],
)

case(  # 77
    dec="allow", school="Boston Community Leadership Academy", rec="bpd/district-e18",
    ground="weapon", weapon="firearm", when="2026-05-01 13:10",
    loc="BCLA student parking lot (after the May Day rally)",
    desc="""Dean's report. Around 1:00 students returning from the May Day rally at Cleary Square told SSS Ortiz that Nayeli had shown them a gun in her car. Nayeli had posted on Instagram from the rally, caption pasted here as posted: "proud daughter of immigrants, mexicana hasta la muerte, we not going nowhere ✊🏽 #MayDay". SSS and AP spoke with her at the car at 1:10; she opened the glove box, which had a small black pistol (unloaded, no magazine in it) and a loaded magazine in the center console. She said it is her boyfriend's and she was "holding it". BPD E-18 officers responded and took the pistol and magazine.""",
    stu=dict(name="Nayeli Olvera", grade=12, drivers_license="Class D, junior operator"),
    key="pistol", mnc=["daughter of immigrants", "mexicana"],
    mct=["glove box", "loaded magazine in the center console"],
    cats=["immigration_status", "national_origin"], tags=["social_media", "own_fact_caption"],
)

case(  # 78
    dec="deny", reason="excluded_substance", school="Excel High School", rec="bpd/district-c6",
    ground="drugs", subs=["nicotine pouches"], when="2025-11-18 09:30",
    loc="Excel High School, 2nd floor",
    desc="""During the civics walkout Siobhán had a tin of Zyn nicotine pouches and was handing them out. Family lives at the Mary Ellen McCormack development.""",
    stu=dict(name="Siobhán Flaherty", grade=10),
    mnc=["Mary Ellen McCormack"], cats=["neighborhood"], tags=["deny_substance"],
)

case(  # 79
    dec="allow", school="East Boston High School", rec="bpd/district-a7", ground="credible_threat",
    when="2026-02-11 12:45",
    loc="East Boston High School, cafeteria",
    threat="""At lunch on 2/11, in front of the cafeteria monitor, Cody stood on a bench and yelled at the table where the walkout organizers sit: "All you immigrant rats, next walkout I'm bringing my dad's shotgun and lighting this place up." The monitor asked him to repeat what he said and he said "you heard me". His father owns a registered shotgun (confirmed by phone).""",
    desc="""Cafeteria monitor Ms. Bianchi reported that at 12:45 Cody stood on a bench and yelled at the walkout organizers' table that he would bring his dad's shotgun to the next walkout and "light this place up". She asked him to repeat it and he said "you heard me". The next walkout is Friday. His father was called and confirmed he owns a shotgun, which he says is locked. Cody was removed from class for the rest of the day.""",
    stu=dict(name="Cody Brennan-Shea", grade=10,
             sis={"ethnicity": "Irish/Italian", "address": "211 Bennington St"}),
    key="shotgun", mnc=["Bennington St", "Irish/Italian"],
    mct=["dad's shotgun", "light this place up", "stood on a bench"],
    cats=["neighborhood", "ethnicity"], tags=["threat_target", "nested_field"],
)

case(  # 80
    dec="allow", school="Boston Green Academy", rec="bpd/district-d14", ground="weapon",
    weapon="knife", when="2025-10-09 15:30",
    loc="Boston Green Academy, front lawn (student vigil)",
    desc="""After school, students held a candlelight vigil on the front lawn for civilians killed in the wars in Gaza, Sudan and Ukraine, with readings by students. Hamza read a prayer at the vigil and said he was there with his mosque's youth group. After the vigil a student from the soccer team (D.L.) knocked his candle out of his hand. Hamza pulled out a knife (black folding knife with a clip, about 4 in. blade), opened it, and told D.L. "walk away". Coach Reilly stepped in and Hamza handed him the knife. No one was hurt.""",
    stu=dict(name="Hamza Benali", grade=11),
    key="black folding knife", mnc=["mosque"],
    mct=["candlelight vigil", "black folding knife with a clip"],
    cats=["religion"], tags=["own_fact", "speech_keep"],
)

case(  # 81
    dec="deny", reason="ground_not_permitted", school="Boston Latin Academy", rec="bpd/district-b3",
    ground="theft", when="2026-03-16 08:20",
    loc="Boston Latin Academy, 2nd floor display case",
    desc="""The flags and banners from the Haitian Student Association's walkout display were stolen from the case overnight. Camera shows Peter. Requesting BPD action for theft ($300 in materials). Peter's mother says he has a learning plan and the family is from Ireland.""",
    stu=dict(name="Peter Gallagher", grade=9),
    mnc=["from Ireland", "Haitian Student Association"], cats=["national_origin", "ethnicity"], tags=["deny_ground"],
)

case(  # 82
    dec="allow", school="Boston Arts Academy", rec="bpd/district-d4", ground="drugs",
    subs=["LSD"], when="2026-03-27 19:30",
    loc="Boston Arts Academy, main theater lobby (benefit concert)",
    desc="""Evening event report, AP S. Baptiste. The student-run benefit concert for refugee families (proceeds to a resettlement agency) was at 7 PM. At intermission an usher saw Miles selling small squares of paper from a foil packet in the lobby bathroom. In the office he had a foil packet with 12 tabs (printed with a cartoon sun) and $95. He said "it's acid" (LSD) and that he had already sold 3. One buyer was found and handed over her tab. Miles's emergency contact is at 60 Columbia Rd, 02121.""",
    stu=dict(name="Miles Ferreira-Jones", grade=12),
    key="LSD", mnc=["60 Columbia Rd", "02121"],
    mct=["benefit concert for refugee families", "12 tabs", "cartoon sun"],
    cats=["neighborhood"], tags=["speech_keep"],
)

case(  # 83
    dec="deny", reason="face_surveillance", school="Madison Park Technical Vocational High School",
    rec="bpd/district-b2", ground="serious_violence", when="2026-04-09 11:00",
    loc="Madison Park TVHS, Malcolm X Blvd entrance",
    desc="""A student was stabbed in the arm during the walkout (14 stitches). The suspect was not known to staff. The district safety office ran the walkout drone footage through facial recognition and it identified Deshawn as the suspect with a confidence of 0.91. We are submitting Deshawn's name on that basis.""",
    stu=dict(name="Deshawn Pickett", grade=11),
    mnc=["confidence of 0.91"], cats=["face_surveillance"], tags=["deny_face"],
)

case(  # 84
    dec="allow", school="Boston Community Leadership Academy", rec="bpd/district-b2",
    ground="serious_violence", when="2026-03-25 19:40",
    loc="Bruce C. Bolling Municipal Building, School Committee meeting room and 2nd floor lobby",
    desc="""Memorandum from the Office of Safety Services to the Chief of Staff.

Subject: assault at the March 25 School Committee meeting

1. At the School Committee meeting on March 25, public comment included about 40 students from several high schools speaking for and against a proposed policy on cooperation with federal immigration authorities ("Safe Schools" resolution). Students on both sides had signs. Several comments were emotional. The chair called two recesses.

2. At approximately 7:35 PM, during the second recess, an argument began in the second-floor lobby between Xavier, a BCLA senior who had spoken against the resolution, and a BCLA staff member, Mr. Otieno, who was supervising students. Mr. Otieno asked Xavier to lower his voice and move away from a younger student he was yelling at. Xavier shoved Mr. Otieno, and when Mr. Otieno put his hand up, Xavier punched him in the face and then slammed his head into the edge of the security desk.

3. Mr. Otieno lost consciousness. Building security called 911 at 7:38 PM. EMS transported him to BMC at 7:52 PM. He has a fractured skull and is in stable condition.

4. Xavier was held by building security until BPD District B-2 officers arrived at 7:46 PM. He was cooperative with officers.

5. Camera coverage of the lobby exists and has been preserved. Three adult witnesses have given names.

6. The BCLA headmaster has been informed. Xavier's parents were called at 8:05 PM. His father arrived at 8:40 PM and was directed to the district station.

6a. Witness accounts, summarized. Ms. R. Delgado (parent, seated near the lobby doors) states that Xavier had been shouting at a ninth grader holding a "Safe Schools Now" sign and that Mr. Otieno "did not touch him" before the first punch. Mr. T. Fahey (building security) states he saw the second blow, the head being driven into the desk edge, and that Mr. Otieno fell "straight down". A student from another school filmed part of the incident on her phone; the video has been shared with the officers and is also preserved by the Office of Safety Services.

6b. The meeting was adjourned by the chair at 7:55 PM. Students from all schools were dismissed in groups with staff, with a BPD officer at the Washington St doors. No other injuries were reported. Two students were seen by the school nurse who was volunteering at the meeting for anxiety and were released to parents.

7. For the record: Xavier's public comment included the statement that his own family "came here the right way from Cape Verde", which I note only because it has been repeated in the press; it has no bearing on the assault.

Please treat this memo as the school's report of the incident.""",
    stu=dict(name="Xavier Lopes", grade=12),
    key="fractured skull", mnc=["Cape Verde", "came here the right way"],
    mct=["slammed his head into the edge of the security desk", "fractured skull", "Safe Schools"],
    cats=["national_origin", "immigration_status"], tags=["long", "own_fact_speech", "speech_keep"],
)

case(  # 85
    dec="allow", school="Fenway High School", rec="bpd/district-d4", ground="weapon",
    weapon="club", when="2025-11-21 10:50",
    loc="Fenway High School, Ruggles St side (walkout)",
    desc="""During the walkout for the Gaza ceasefire, Brody, who was with a small group of counter-protesters, flicked out a black collapsible baton (expandable steel, about 21 in. extended) and swung it at the ground near the front of the walkout group, and then pointed it at a student's face and said "come on". Staff told him to put it away, he collapsed it and put it in his jacket. SSS Murphy took it from him. No one was hit. Brody says he bought it online for "self defense".""",
    stu=dict(name="Brody Callahan", grade=11, notes="Lives with dad in West Roxbury, 02132"),
    key="collapsible baton", mnc=["West Roxbury", "02132"],
    mct=["black collapsible baton", "21 in. extended"],
    cats=["neighborhood"], tags=["counter_protest", "structured_field"],
)

case(  # 86
    dec="deny", reason="recipient_not_permitted", school="Brighton High School",
    rec="massachusetts-state-police", ground="serious_violence", when="2026-02-05 15:30",
    loc="Massachusetts State House, Ashburton Park",
    desc="""A Brighton High student broke another student's nose with a sign pole at the rally at the State House; State Police responded and asked for our report. The victim had spoken at the rally about his family's TPS status.""",
    stu=dict(name="Colin Marsh", grade=11),
    mnc=["TPS status"], cats=["immigration_status"], tags=["deny_recipient"],
)

case(  # 87
    dec="allow", school="Excel High School", rec="bpd/district-c6", ground="credible_threat",
    when="2026-04-13 11:20",
    loc="Excel High School, room 221",
    threat="""In Ms. Barry's class, during a discussion of the news about federal agents at a school in another state, Julian said: "If ICE comes to this school I'm going to shoot them, I got my cousin's gun, I'll bring it tomorrow. Since they detained my brother in March I don't care anymore." He repeated that he would bring the gun tomorrow when the teacher asked him to stop.""",
    desc="""Teacher Ms. Barry reported that in period 3, during a class discussion about federal agents entering a school in another state, Julian said he would shoot any agents who come to Excel and that he will bring his cousin's gun tomorrow. He repeated it when asked to stop. AP met with Julian and his mother at 1:00; his mother said she does not know of any gun. Julian said he was "just angry". He is out tomorrow pending a safety assessment.""",
    stu=dict(name="Julian Medina", grade=10),
    key="cousin's gun", mnc=["detained my brother"],
    mct=["bring his cousin's gun tomorrow", "federal agents"],
    cats=["immigration_status"], tags=["threat_field", "own_fact"],
)

case(  # 88
    dec="deny", reason="ground_not_permitted", school="Snowden International School",
    rec="bpd/district-d4", ground="harassment", when="2025-10-30 10:15",
    loc="Snowden International School, Newbury St sidewalk",
    desc="""At the walkout for the Dominican students who were detained in Lawrence, Griffin yelled insults at the walkout group and called the organizer, Mariana, an "anchor baby". No threats, no contact. Mariana's mother says Mariana was born in Santo Domingo.""",
    stu=dict(name="Griffin Tate", grade=11),
    mnc=["Santo Domingo", "Dominican students"], cats=["national_origin", "ethnicity"], tags=["deny_ground"],
)

case(  # 89
    dec="allow", school="Boston Latin Academy", rec="bpd/district-b3", ground="weapon",
    weapon="knife", when="2025-12-02 11:05",
    loc="Boston Latin Academy, room 316 (US Government)",
    desc="""Mr. Kaplan, US Government, period 4. Class debate on whether police should be in schools. Trayvon argued for removing police, and Marcus argued against. After the debate ended Marcus called Trayvon a name, and Trayvon opened a folding knife under his desk and showed it to Marcus, holding it blade-up and saying "keep talking". I saw it and asked for it; he closed it and gave it to me. The knife has a silver 3.5 inch blade and a Celtics logo. No one was hurt.""",
    stu=dict(name="Trayvon Gaines", grade=10),
    key="folding knife", mnc=[],
    mct=["whether police should be in schools", "Celtics logo", "blade-up"],
    cats=[], tags=["clean", "speech_keep"],
)

case(  # 90
    dec="deny", reason="excluded_substance", school="New Mission High School",
    rec="bpd/district-e18", ground="drugs", subs=["Juul pods", "vape"], when="2026-01-27 12:10",
    loc="New Mission High School, bathroom",
    desc="""During the walkout planning meeting, a teacher found Rosalind with 6 Juul pods and a vape. The family's home language is Cape Verdean Creole.""",
    stu=dict(name="Rosalind Monteiro", grade=10),
    mnc=["Cape Verdean Creole"], cats=["language"], tags=["deny_substance"],
)

case(  # 91
    dec="allow", school="Edward M. Kennedy Academy for Health Careers", rec="bpd/district-b2",
    ground="drugs", subs=["methamphetamine"], when="2026-02-25 11:10",
    loc="EMK Academy, 4th floor hallway (sit-in outside the principal's office)",
    desc="""Nurse + AP report. At the sit-in about the new bell schedule, students reported that Kyle was "acting crazy". The nurse found him sweating, talking fast, heart rate 140. He had a glass pipe and a small bag of clear crystal shards in his hoodie pocket, about 1 gram. He said it was "tina" (methamphetamine) from a friend. EMS evaluated him; he went to the ER with his mother. Items are held for BPD.""",
    stu=dict(name="Kyle Dunbar", grade=11, religion="Jehovah's Witness", family_notes={"church": "Kingdom Hall, Dorchester"}),
    key="methamphetamine", mnc=["Jehovah", "Kingdom Hall"],
    mct=["clear crystal shards", "glass pipe", "heart rate 140"],
    cats=["religion"], tags=["nested_field"],
)

case(  # 92
    dec="allow", school="English High School", rec="bpd/district-e13", ground="weapon",
    weapon="firearm", when="2025-10-15 11:05",
    loc="Southwest Corridor Park near Stony Brook station (walkout route)",
    desc="""From: Headmaster, The English High School
To: Deputy Superintendent of Operations; Director of Safety Services
Subject: Firearm recovered during today's walkout

Today at approximately 10:15 about 250 English High students walked out to join the citywide student march against the closing of the district's immigrant family welcome centers. The march was announced last week, and we worked with student leaders and BPD District E-13 on a route: out the front, along the Southwest Corridor path to Stony Brook station, then to Centre St and back. Staff walked with the students at the front, middle and back. Two E-13 officers walked at the front.

Timeline (from staff statements):

10:48 - A 9th grader told SSS Whalen that "Trey has a gun and he's showing people". SSS Whalen radioed me and the officers.

10:55 - SSS Whalen and SSS Agyei found Trey with four other students sitting on a wall in the Southwest Corridor Park near Stony Brook station. Trey's jacket pocket was sagging. When asked, Trey said "it's nothing" and then tried to walk away. SSS Agyei stayed with him.

11:02 - The E-13 officers arrived and patted Trey down. In his right jacket pocket they found a silver and black semi-automatic pistol, which they said was loaded with 7 rounds, one in the chamber. They took custody of the pistol and detained Trey.

11:05 - Students who were with Trey said he had shown the pistol to them on the path and said he had it because of "the kids from Forest Hills". None of them said he pointed it at anyone.

11:30 - The march returned to school. Walkout ended at 11:45 as planned. Students were given time in advisory to talk about what happened.

12:10 - Trey's mother was called and went to the district station.

Other information: Trey's emergency card lists his address as the Academy Homes on Columbus Ave; his SIS record lists him as an English learner (Level 3) with Haitian Creole as the home language. The march itself was peaceful and the student leaders did a good job.

Submitted for the school's record and for BPD.""",
    stu=dict(name="Trey Joseph", grade=9),
    key="semi-automatic pistol", mnc=["Academy Homes", "Columbus Ave", "Haitian Creole", "English learner"],
    mct=["Southwest Corridor Park", "loaded with 7 rounds, one in the chamber", "right jacket pocket"],
    cats=["neighborhood", "language"], tags=["long", "route", "place_named"],
)

case(  # 93
    dec="deny", reason="missing_threat_statement", school="Margarita Muñiz Academy",
    rec="bpd/district-e13", ground="credible_threat", when="2026-02-13 15:00",
    loc="Margarita Muñiz Academy",
    desc="""Teachers heard that a student might bring something to the Valentine's Day walkout against the deportations. We don't know who said it. Please check on Joel, who was recently arrived from Venezuela and was upset at the last walkout.""",
    stu=dict(name="Joel Briceño", grade=11),
    mnc=["recently arrived", "Venezuela"], cats=["immigration_status", "national_origin"],
    tags=["deny_threat_missing"],
)

case(  # 94
    dec="allow", school="Charlestown High School", rec="bpd/district-a15",
    ground="serious_violence", when="2026-03-19 14:40",
    loc="North Washington St bridge (Charlestown Bridge), pedestrian walkway",
    desc="""Incident narrative, SSS T. Delaney. After dismissal about 30 students walked across the Charlestown Bridge toward the North End for the youth rally at the Government Center. Mid-bridge, an argument about the rally between Nelson and another student (A.F.) turned physical. Nelson shoved A.F. against the railing and then punched him repeatedly; A.F. fell backward onto the walkway and Nelson stomped on his head twice. A passerby called 911. A.F. had a seizure on the bridge. He was taken to MGH with a skull fracture and is in the ICU. Nelson was stopped by two BPD officers at the Charlestown end. Earlier in the day at lunch, Nelson had told his table that he was born in Praia and came over at 10.""",
    stu=dict(name="Nelson Fortes", grade=11),
    key="skull fracture", mnc=["born in Praia", "came over at 10"],
    mct=["stomped on his head twice", "skull fracture", "Charlestown Bridge"],
    cats=["national_origin", "immigration_status"], tags=["route", "place_named"],
)

case(  # 95
    dec="deny", reason="ground_not_permitted", school="Dearborn STEM Academy",
    rec="bpd/district-b2", ground="truancy", when="2026-01-29 09:30",
    loc="Dearborn STEM Academy",
    desc="""Twenty-two students left campus for the walkout at Nubian Square without permission and did not return. The attendance office is reporting the organizer, Abdi, who translates for his mother in Somali at meetings. No incidents.""",
    stu=dict(name="Abdi Farah", grade=10),
    mnc=["Somali"], cats=["language"], tags=["deny_ground"],
)

case(  # 96
    dec="allow", school="Edward M. Kennedy Academy for Health Careers", rec="bpd/district-b2",
    ground="credible_threat", when="2025-12-18 13:00",
    loc="EMK Academy (Discord server for the student council)",
    threat="""Messages posted by Ethan in the student council Discord on 12/17, 9:30-9:41 PM, after the council voted to endorse the walkout against the war: "council is a joke", "ill come to the walkout with a pipe bomb and end it", "not a joke, my uncle showed me how." Three council members reported them.""",
    desc="""Council advisor Ms. Hale: Ethan posted in the council Discord that he would come to the walkout with a pipe bomb and "end it", and then that it is "not a joke" because his uncle showed him how. The walkout is scheduled Friday at 10. The district's safety office was called; Ethan's mother says he has been spending time in the garage with his uncle. We have kept Ethan home.""",
    stu=dict(name="Ethan Kowalski", grade=12,
             demographics={"race_ethnicity": "White, not Hispanic", "home_language": "Polish",
                           "place_of_birth": "Krakow, Poland"}),
    key="pipe bomb", mnc=["Polish", "Krakow", "Poland", "White, not Hispanic"],
    mct=["pipe bomb", "his uncle showed him how"],
    cats=["language", "national_origin", "ethnicity"], tags=["nested_field", "threat_field"],
)

case(  # 97
    dec="deny", reason="other", school="Boston Arts Academy", rec="bpd/district-d4",
    ground="weapon", weapon="replica rifle", when="2026-04-01 12:30",
    loc="Boston Arts Academy, courtyard (street theater piece)",
    desc="""During a street theater piece about police violence performed in the courtyard at the walkout, Zion carried a replica rifle (non-firing prop, no orange tip) and pointed it at the audience as part of the scene. Staff took it after. It is a plastic prop gun.""",
    stu=dict(name="Zion Hargrove", grade=11),
    mnc=[], cats=[], tags=["deny_replica", "speech_keep"],
)

case(  # 98
    dec="allow", school="Brighton High School", rec="bpd/district-d14", ground="weapon",
    weapon="knife", when="2026-05-12 10:30",
    loc="Brighton High School, Warren St front steps",
    desc="""Screenshots and captions from the TikTok live that circulated, pasted by AP Furey with what staff saw:

Caption 1 (account @brightonwalkout): "walkout for the kids in gaza rn 🇵🇸 #ceasefirenow"
Caption 2 (account @_andriyy): "these ppl blocking the steps 😂 watch this"

At 10:30, during the walkout, Andriy walked into the crowd on the front steps holding a kitchen knife (about 6 in. blade, silver handle) down by his side while a friend livestreamed. Several students screamed and ran. SSS Keane tackled him on the steps and took the knife. Andriy says it was "a prank". No injuries. Video saved. Andriy's father says the family arrived from Lviv in 2022 under Uniting for Ukraine parole.""",
    stu=dict(name="Andriy Melnyk", grade=10),
    key="kitchen knife", mnc=["Lviv", "Uniting for Ukraine", "parole"],
    mct=["kitchen knife (about 6 in. blade", "livestreamed", "#ceasefirenow"],
    cats=["national_origin", "immigration_status"], tags=["social_media", "speech_keep"],
)

case(  # 99
    dec="allow", school="Jeremiah E. Burke High School", rec="bpd/district-c11", ground="drugs",
    subs=["heroin"], when="2026-04-22 12:50",
    loc="Jeremiah E. Burke High School, auditorium stage left (student candidate forum)",
    desc="""During setup for the student candidate forum (school council elections), stage crew found a backpack behind the curtain. SSS opened it to identify the owner and found 15 glassine envelopes stamped "SUPREME" with brown powder, a digital scale and Andre's school ID. Andre came looking for the bag at 12:50 and said it was his. Nurse and SSS believe it is heroin. Bag and contents held in the main office for BPD.""",
    stu=dict(name="Andre Moise", grade=12),
    key="heroin", mnc=[],
    mct=["15 glassine envelopes", "SUPREME", "digital scale"],
    cats=[], tags=["clean"],
)

case(  # 100
    dec="allow", school="Boston Green Academy", rec="bpd/district-d14", ground="serious_violence",
    when="2026-01-08 12:15",
    loc="Boston Green Academy, cafeteria",
    desc="""Student written statement (witness), given to the dean, typed up as written:

I was at the table by the windows. We were doing the petition for the walkout, to ask the school to say it supports students whose families are scared of ICE. Liz was collecting names. A boy named Caleb came over and said the petition was stupid and people should just follow the law, and Liz said he didn't know what he was talking about. Then Liz said in front of everybody that her own mom is undocumented and that's why she cares. Caleb laughed and grabbed the clipboard and Liz grabbed it back. Then Caleb picked up a chair, the plastic kind with metal legs, and swung it at Liz and it hit her in the face. She fell and there was blood all over the table and her tooth was on the floor. Ms. O'Neil ran over. Liz was crying and holding her face. The ambulance came. I heard later her jaw is broken and she needs surgery. Caleb just stood there and then he walked out but Mr. Dwyer stopped him at the door.""",
    stu=dict(name="Caleb Strand", grade=11),
    key="jaw is broken", mnc=["mom is undocumented"],
    mct=["swung it at Liz", "metal legs", "jaw is broken"],
    cats=["immigration_status"], tags=["student_statement", "own_fact_victim", "speech_keep"],
)


# --------------------------------------------------------------------------------------------
# Assembly. The only randomness is in identifiers and dates of birth, from a fixed seed.
# --------------------------------------------------------------------------------------------

def _eastern_offset(d):
    """UTC offset for America/New_York on date d (DST: 2nd Sunday of March to 1st Sunday of Nov)."""
    def nth_sunday(year, month, n):
        first = datetime.date(year, month, 1)
        return first + datetime.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))
    start, end = nth_sunday(d.year, 3, 2), nth_sunday(d.year, 11, 1)
    return "-04:00" if start <= d < end else "-05:00"


def _occurred_at(when):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return dt.strftime("%Y-%m-%dT%H:%M:00") + _eastern_offset(dt.date())


def _dob(rng, grade, when):
    """A birth date consistent with the grade in the school year of the incident."""
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").date()
    sy = d.year if d.month >= 8 else d.year - 1          # school year starting in autumn sy
    lo = datetime.date(sy - grade - 6, 9, 2)             # kindergarten at 5 by Sept 1
    span = (datetime.date(sy - grade - 5, 9, 1) - lo).days
    return (lo + datetime.timedelta(days=rng.randrange(span))).isoformat()


def build():
    rng = random.Random(SEED)
    used_ids = set()
    lines = []
    for n, kw in enumerate(CASES, 1):
        cid = f"OBQ-{n:04d}"
        stu_in = dict(kw["stu"])
        name, grade = stu_in.pop("name"), stu_in.pop("grade")
        while True:
            sid = str(rng.randrange(100000, 999999))
            if sid not in used_ids:
                used_ids.add(sid)
                break
        student = {"student_id": sid, "name": name}
        if rng.random() < 0.15:
            born = _dob(rng, grade, kw["when"])
            d = datetime.datetime.strptime(kw["when"], "%Y-%m-%d %H:%M").date()
            b = datetime.date.fromisoformat(born)
            student["age"] = d.year - b.year - ((d.month, d.day) < (b.month, b.day))
        else:
            student["date_of_birth"] = _dob(rng, grade, kw["when"])
        student["grade"] = grade
        student["school"] = kw["school"]
        student.update(stu_in)

        req = {"request_id": cid, "school_id": SCHOOLS[kw["school"]], "recipient": kw["rec"],
               "ground": kw["ground"]}
        if kw.get("subs"):
            req["substances"] = kw["subs"]
        if kw.get("weapon"):
            req["weapon"] = kw["weapon"]
        if "threat" in kw:
            req["threat_statement"] = kw["threat"]
        req["incident"] = {"occurred_at": _occurred_at(kw["when"]), "location": kw["loc"],
                           "description": kw["desc"]}
        req["student"] = student
        if kw.get("att"):
            req["attachments"] = kw["att"]

        allow = kw["dec"] == "allow"
        expect = {"decision": kw["dec"]}
        if not allow:
            expect["reason"] = kw["reason"]
        expect["must_not_contain"] = list(kw.get("mnc", []))
        expect["must_contain"] = [name, kw["school"], kw["key"]] if allow else []
        expect["must_contain_text"] = list(kw.get("mct", [])) if allow else []
        expect["categories"] = list(kw.get("cats", []))
        expect["tags"] = [FAMILY] + list(kw.get("tags", []))
        _self_check(cid, req, expect)
        lines.append(json.dumps({"id": cid, "request": req, "expect": expect}, ensure_ascii=False))
    return lines


def _self_check(cid, req, e):
    """Stricter than the shared validator: labels must not contradict each other."""
    low = lambda s: s.lower()
    whole = low(json.dumps(req, ensure_ascii=False))
    desc = low(req["incident"]["description"])
    stu = req["student"]
    kept = low(" ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "age", "grade", "school"))
               + " " + req["school_id"] + " " + req["recipient"])
    keep = [low(x) for x in e["must_contain"] + e["must_contain_text"]]
    for s in e["must_not_contain"]:
        f = low(s)
        assert len(f) >= 3 and f in whole, (cid, s)
        assert f not in kept, (cid, "canary in kept field", s)
        for k in keep:
            assert f not in k and k not in f, (cid, "canary overlaps a kept fact", s, k)
    for s in e["must_contain_text"]:
        assert low(s) in desc, (cid, s)
    for s in e["must_contain"]:
        assert low(s) in whole, (cid, s)
    if e["must_not_contain"]:
        assert e["categories"], (cid, "canaries without categories")
    if e["decision"] == "allow":
        assert e["must_contain"][2].lower() in desc, (cid, "key fact must be in the description")
        assert req["recipient"].startswith("bpd"), cid
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement", "").strip(), cid
    else:
        assert e["reason"] in ("ground_not_permitted", "excluded_substance", "recipient_not_permitted",
                               "missing_threat_statement", "face_surveillance", "other"), cid


def main():
    lines = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
