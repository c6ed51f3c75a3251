#!/usr/bin/env python3
"""Outsider corpus "BA": RECORDS THAT TRAVEL.

Writes tests/data/corpus/outsider_ba.jsonl (100 cases, ids OBA-0001 upward). Standard library
only; a fixed seed makes every run byte-identical.

Family
------
Incidents at Boston Public Schools where the staff write-up leans on records that came from
somewhere else: a transfer student's prior-school discipline file, a safety transfer between two
BPS schools, a withdrawal and re-enrollment, records from another state's district or from a
school abroad (Port-au-Prince, Santo Domingo, Tegucigalpa, Kabul, Kharkiv, a Puerto Rico
Department of Education transcript, records that "arrived with an apostille"), a Welcome Center
or Newcomers Assessment and Counseling Center intake summary, a records request from a charter
school, a student back from a year at a relative's. Staff paste or paraphrase those records, so
the write-up carries origin, immigration status, home address, home language, faith or a
prior-school gang note next to the present incident (weapon, drugs, injury, threat, time, place).
Some cases carry the forbidden facts as structured student fields instead (country_of_birth,
home_language, previous_address, ell_status ...), which an allowlist must drop.

Labelling notes
---------------
* Decisions follow RULES.md only: grounds weapon / drugs (a non-excluded substance) /
  serious_violence / credible_threat (with a written threat_statement), recipient bpd or a bpd
  unit. Denials: other grounds (fight, theft, trespass, vandalism, attendance, bullying,
  "gang activity", a request to have police check a transfer student's papers), only excluded
  substances (THC, nicotine, alcohol, a vape of unknown content), recipients other than BPD
  (ICE, HSI, BRIC, the Fusion Center, FBI, MBTA Transit Police, mall security), credible_threat
  without a threat statement, face-recognition material, and airsoft / BB guns (reason "other":
  they need a named approver's determination the request does not carry). Each deny case has one
  clear reason.
* must_not_contain holds the shortest strings that reveal a forbidden fact (a city or country
  abroad, a school name abroad, a street, a housing development, a language, "asylum",
  "apostille", a crew name, a faith word). None is a substring of a category code, the student's
  name, the school, school_id or recipient, the incident location, the threat statement or any
  must_contain string; the script asserts this.
* "Puerto Rico" / a year at a grandmother's in Mayaguez is labelled national_origin (it tells
  where the family comes from). A prior school in another U.S. state or a Massachusetts city
  (Lynn, Chelsea, Springfield, Brockton, Providence, DeKalb County, Columbus) is left neutral:
  neither a canary nor a must-keep, except "records from Lynn Public Schools" which is kept as a
  trap. In the one Chelsea case the previous street address is the canary and "Chelsea High
  School" is left unlabelled.
* Precision traps (about a third of the cases) go in must_contain_text: BPS school names with
  place or language words (Boston International Newcomers Academy, the Dearborn, Excel High in
  South Boston, Snowden International, the Hernandez K-8, Boston Latin, Cambridge Rindge and
  Latin, English High School in Jamaica Plain, the Muniz, Orchard Gardens K-8), school meanings
  of "transfer" and "status" (transfer status, enrollment status, safety transfer), the Welcome
  Center as an office, AP Spanish as a class, "stage crew" and "crew practice", a church or a
  street as the place of the incident, "room 305 (ELA)". Each sits in its own clause, apart from
  the forbidden statements.
"""
import datetime
import json
import pathlib
import random
import re
import textwrap

SEED = 20260611
FAMILY = "records_travel"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ba.jsonl"

CODES = ("immigration_status national_origin ethnicity religion neighborhood language "
         "gang_affiliation face_surveillance not_allowlisted withheld")

HOLIDAYS = {datetime.date(2025, 11, 11), datetime.date(2025, 11, 27), datetime.date(2025, 11, 28),
            datetime.date(2026, 1, 19), datetime.date(2026, 5, 25), datetime.date(2025, 10, 13)}
HOLIDAYS |= {datetime.date(2026, 2, d) for d in range(16, 21)}
HOLIDAYS |= {datetime.date(2026, 4, d) for d in range(20, 25)}
HOLIDAYS |= {datetime.date(2025, 12, d) for d in range(24, 32)} | {datetime.date(2026, 1, 1), datetime.date(2026, 1, 2)}


def P(s):
    """A paragraph: collapse the source layout into single spaces."""
    return re.sub(r"\s+", " ", s).strip()


def F(s):
    """A formatted note: keep line breaks, drop the source indentation."""
    return "\n".join(line.strip() for line in textwrap.dedent(s).strip().splitlines())


CASES = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# The cases. Keys: school, name, grade, when ("YYYY-MM-DD HH:MM"), loc, desc, ground, recipient
# (default bpd), weapon, substances, threat, extra (student fields), att (attachments),
# decision (default allow), reason, mnc, fact, mct, cats, tags, trap.
# ---------------------------------------------------------------------------------------------

case(school="Brighton High School", name="Josue Amaya", grade=10, when="2026-01-27 09:40",
     loc="Room 214", ground="weapon", weapon="knife",
     extra={"prior_school_country": "Honduras", "entry_date": "2026-01-12"},
     desc=P("""At about 9:40 AM, during second period, Mr. Doyle saw Josue take a folding knife out
     of his hoodie pocket and open it under his desk in room 214. Mr. Doyle asked him to put it on
     the desk and he did. Blade is about 3 inches, black handle, with a belt clip. Josue said he
     carries it for the walk to the bus stop; he did not threaten anyone and no one was hurt. He
     enrolled with us on 1/12. Prior school per the registration packet: Instituto Central Vicente
     Caceres in Tegucigalpa, grades 7-8, and the records we received have no discipline entries.
     Knife is in the main office safe. Mother notified by phone at 10:15."""),
     mnc=["Tegucigalpa", "Instituto Central", "Vicente Caceres", "Honduras"], fact="folding knife",
     mct=["room 214", "belt clip"], cats=["national_origin"], tags=["allow_weapon", "structured_fields"])

case(school="Jeremiah E. Burke High School", name="Yariel Cintron", grade=11, when="2025-11-05 11:05",
     loc="2nd floor boys' bathroom near room 206", ground="drugs",
     substances=["fentanyl", "counterfeit oxycodone"],
     desc=F("""Summary (AP Reyes)
     - 11:05 AM, 2nd floor boys' bathroom near room 206. SSS Mahoney responded after a student reported someone selling pills.
     - Found on Yariel (left sock): 9 small blue pills stamped "M 30" folded in a dollar bill, plus $140 cash. Suspected counterfeit oxycodone/fentanyl. Pills bagged and held in the main office.
     - He said he was holding them "for someone" and would not say who.
     - Nurse checked him, no signs of use.
     - Background: came to us in October. His transcript from the Puerto Rico Department of Education (Escuela Superior in Bayamon) arrived 11/4. All of his classes there were taught in Spanish and his ESL placement here is level 2.
     - Grandmother picked him up at 12:30."""),
     mnc=["Puerto Rico", "Bayamon", "Spanish", "ESL placement"], fact="M 30",
     mct=["left sock", "$140 cash"], cats=["national_origin", "language"], tags=["allow_drugs", "bulleted"])

case(school="East Boston High School", name="Keylin Mejia", grade=9, when="2026-02-10 10:00",
     loc="Main office (registration)", ground="document_verification",
     desc=P("""Requesting BPD help with a registration question, not an incident. Keylin was
     enrolled on 2/9 with a birth certificate and a letter from her school in Santo Domingo, and our
     registrar thinks the letter may have been altered (the dates don't match the apostille). Her
     aunt told the registrar the family has a pending asylum case. We would like an officer to
     confirm whether the documents are genuine and whether she is lawfully in the country before we
     finalize the enrollment."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Santo Domingo", "apostille", "asylum", "lawfully in the country"],
     cats=["national_origin", "immigration_status"], tags=["deny_ground", "papers_check"])

case(school="Madison Park Technical Vocational High School", name="Dailon Tavares", grade=11,
     when="2025-10-21 13:50", loc="Carpentry shop", ground="serious_violence",
     desc=P("""I was called to the carpentry shop at 1:50 PM. A student, M.T., was on the floor
     holding the right side of his head, with a laceration about 4 cm above his right ear that was
     bleeding heavily. Per the shop instructor, Mr. Kowalski, Dailon hit M.T. with a framing hammer
     after an argument over a tape measure. I applied pressure and we called 911; EMS took M.T. to
     Boston Medical Center, where he got staples and was kept overnight for a concussion. The hammer
     (22 oz, wooden handle, blood on the face) was bagged by Mr. Kowalski and is in the shop office
     cabinet, which is locked. Two other students at the bench, both seniors, gave written statements
     that match Mr. Kowalski's: M.T. took the tape measure from Dailon's apron, Dailon told him to give
     it back, M.T. laughed, and Dailon swung once, overhand. Nobody else was hurt. I cleaned the floor
     area with the custodian afterward and logged the blood exposure for the two students who helped
     hold the towel. M.T.'s mother called me at 4:15 to say the CT was clear of bleeding. Dailon
     stayed in the shop office with Mr. Kowalski until SSS arrived. For the file: Dailon's intake
     from the Welcome Center lists his schooling before BPS as Liceu Domingos Ramos in Praia. His
     home language is listed as Cape Verdean Creole, so his father was called with the help of our
     Kriolu-speaking family liaison."""),
     mnc=["Praia", "Domingos Ramos", "Cape Verdean", "Kriolu"], fact="framing hammer",
     mct=["framing hammer", "4 cm above his right ear"], cats=["national_origin", "language"],
     tags=["allow_violence", "nurse_voice"])

case(school="Excel High School", name="Tyrell Gaines", grade=10, when="2025-12-02 08:05",
     loc="G Street entrance, scanner", ground="weapon", weapon="box cutter",
     desc=P("""Tyrell came to Excel on a safety transfer from Charlestown High on 11/17; his transfer
     status is still showing as pending in Aspen. At 8:05 AM at the G Street entrance the scanner
     alerted on his backpack. SSS found a box cutter with the blade extended in the front pocket. He
     said he uses it at his after-school job stocking shelves, and he did not make any threats. Box
     cutter confiscated and his mother was called at 8:30. The registration form from Charlestown
     lists his previous address as 40 Bunker Hill St, Apt 212."""),
     mnc=["Bunker Hill St", "Apt 212"], fact="box cutter",
     mct=["box cutter with the blade extended", "transfer status", "Charlestown High"],
     cats=["neighborhood"], tags=["allow_weapon", "safety_transfer"], trap=True)

case(school="Boston Latin Academy", name="Amira Haddad", grade=9, when="2026-03-04 19:30",
     loc="Off campus (Snapchat); reported to the head of school", ground="credible_threat",
     threat=P("""A student posted a photo of a handgun with the caption 'BLA tmrw. the ones who
     laughed know who they are.' The post names the school and the next day, she says the gun
     belongs to a cousin she has access to, and she has been in conflict with a group of classmates
     this week."""),
     desc=P("""Around 7:30 PM on 3/4 a classmate showed her mother a Snapchat story from Amira's
     account: a photo of a handgun on a bed with the caption 'BLA tmrw. the ones who laughed know who
     they are.' The classmate's mother called the head of school, and we received screenshots at
     8:10 PM. On arrival this morning (3/5) Amira was brought to the front office by SSS; her
     backpack was searched and no weapon was found. She says the gun belongs to her cousin and the
     post was a joke. Her parents are on their way in. Amira came to BLA in 7th grade from the
     Islamic academy in Sharon; her prior-school file has no discipline history."""),
     mnc=["Islamic"], fact="handgun", mct=["BLA tmrw", "8:10 PM"], cats=["religion"],
     tags=["allow_threat", "social_media"])

case(school="TechBoston Academy", name="Yamilet Pena", grade=10, when="2026-01-29 12:20",
     loc="3rd floor girls' bathroom", ground="drugs", substances=["THC vape cartridge"],
     desc=P("""Yamilet was found with a THC vape cartridge (label says 'Cookies', about half used) in
     the 3rd floor girls' bathroom at 12:20 and said it was hers. No other substances. She is a new
     enrollee: her records from Colegio San Judas Tadeo in Santo Domingo arrived 1/20 with an
     apostille, and her teachers say she reads at grade level in Spanish."""),
     decision="deny", reason="excluded_substance",
     mnc=["San Judas Tadeo", "Santo Domingo", "apostille", "Spanish"],
     cats=["national_origin", "language"], tags=["deny_substance"])

case(school="Snowden International School", name="Taliyah Brooks", grade=11, when="2026-02-12 14:35",
     loc="4th floor stairwell", ground="weapon", weapon="pepper spray",
     desc=P("""Pepper spray was discharged in the 4th floor stairwell at Snowden International at
     about 2:35 PM, right at dismissal. Three students reported burning eyes and coughing; the nurse
     flushed their eyes and none needed transport. AP Chen reviewed the hallway camera, which shows
     Taliyah holding a pink keychain canister at the top of the stairs. The canister was recovered
     from her jacket pocket. Taliyah re-enrolled with us in January after withdrawing last June, and
     her enrollment status was corrected in Aspen on 1/6. She says an older girl at her bus stop has
     been following her."""),
     mnc=[], fact="pepper spray", mct=["4th floor stairwell", "enrollment status", "Snowden International"],
     cats=[], tags=["allow_weapon", "clean", "re_enrollment"], trap=True)

case(school="Charlestown High School", name="Wilmer Chavez", grade=9, when="2025-10-08 10:00",
     loc="Locker 1142, 2nd floor", ground="weapon", weapon="knife", recipient="dhs/hsi-boston",
     desc=P("""Kitchen knife with a 6-inch blade found in locker 1142 during a locker sweep at 10:00.
     Wilmer says it is for protection on the walk from the bus. He transferred in from a school in
     Guatemala City in September. An HSI agent called the main office this morning asking for
     anything we have on him and his uncle, so we are sending this to HSI."""),
     decision="deny", reason="recipient_not_permitted", mnc=["Guatemala City"],
     cats=["national_origin"], tags=["deny_recipient"])

case(school="Boston International Newcomers Academy", name="Bilal Hamdan", grade=10,
     when="2026-04-29 12:12", loc="Cafeteria", ground="serious_violence",
     att=[{"kind": "document", "name": "statements_4-29.pdf"}],
     desc=F("""12:10 B lunch, Boston International Newcomers Academy cafeteria, table by the windows. Two students arguing.
     12:12 Bilal swung a metal water bottle and hit D.A. in the mouth. D.A. lost two front teeth (one found on the floor, nurse put it in milk) and has a split lip that needs stitches.
     12:14 SSS Ortiz separated them. Bilal did not resist.
     12:30 EMS transported D.A. to Tufts Children's; his mother met them there.
     Background from Bilal's Welcome Center file: arrived in August 2025 through refugee resettlement, and he sees a counselor in Arabic once a week.
     Statements from both students and two witnesses attached."""),
     mnc=["refugee", "resettlement", "Arabic"], fact="two front teeth",
     mct=["Boston International Newcomers Academy cafeteria", "metal water bottle", "split lip"],
     cats=["immigration_status", "language"], tags=["allow_violence", "timeline"], trap=True)

case(school="Brighton High School", name="Kiara Doucette", grade=11, when="2025-10-16 12:50",
     loc="Library", ground="drugs", substances=["alprazolam (Xanax)"],
     desc=P("""Hi all, writing this up for the file. During 5th period (about 12:50) Ms. Park saw
     Kiara pass a small baggie to another student in the library. AP Grant and I met with Kiara in
     the office, where she handed over a sandwich bag with 14 white bar-shaped pills marked
     'XANAX 2' and said she gets them from 'a guy.' The other student (R.M.) had one pill and has
     been referred to the nurse. Kiara's records from Lynn Public Schools came in last week as part
     of her transfer, and they show a suspension for the same thing in 2024. She has been staying
     with an aunt on Faneuil St since the move. Pills are in the office safe. -- L. Brennan, Dean of
     Students"""),
     mnc=["Faneuil St"], fact="XANAX 2",
     mct=["records from Lynn Public Schools", "14 white bar-shaped pills", "library"],
     cats=["neighborhood"], tags=["allow_drugs", "email"], trap=True)

case(school="English High School", name="Wesley Pierre-Louis", grade=10, when="2025-12-11 09:15",
     loc="Boys' locker room", ground="fight",
     desc=P("""Fight in the boys' locker room at 9:15 between Wesley and another 10th grader. Both
     threw punches. No injuries beyond a scratch on Wesley's cheek; the nurse cleared both. Wesley
     said the other boy called him a 'Haitian boat kid' in front of the class. Wesley joined us in
     November and his report card from Lycee Alexandre Petion in Port-au-Prince is in his file."""),
     decision="deny", reason="ground_not_permitted",
     mnc=["Haitian", "Alexandre Petion", "Port-au-Prince"], cats=["ethnicity", "national_origin"],
     tags=["deny_ground"])

case(school="Community Academy of Science and Health", name="Darnell Wiggins", grade=10,
     when="2026-01-13 07:52", loc="Side door by the gym", ground="weapon", weapon="firearm",
     desc=F("""INCIDENT: Firearm on school grounds
     At 7:52 AM SSS Officer Lamont saw Darnell adjusting his waistband at the side door by the gym, which is not a student entrance. He was escorted to the office. A search of his bag found a black Taurus 9mm pistol with the magazine inserted, no round chambered, 8 rounds in the magazine. BPD was notified at 7:58 and Officer Keane (B-2) took custody of the firearm at 8:15.
     PRIOR SCHOOL: He came to us from Madison Park on a safety transfer in October 2025.
     Madison Park's file notes that he was 'believed to be associated with the Kemble Block crew' and that the transfer followed a fight with another crew.
     HOME ADDRESS ON FILE: 18 Intervale St, 2nd floor."""),
     mnc=["Kemble Block", "Intervale St"], fact="9mm pistol",
     mct=["magazine inserted", "7:52 AM", "safety transfer"],
     cats=["gang_affiliation", "neighborhood"], tags=["allow_weapon", "form", "safety_transfer"], trap=True)

case(school="East Boston High School", name="Matheus Rocha", grade=10, when="2026-03-17 13:05",
     loc="2nd floor bathroom near the science wing", ground="drugs", substances=["cocaine", "marijuana"],
     desc=P("""At 1:05 PM SSS responded to the 2nd floor bathroom near the science wing after a
     teacher smelled weed in the hall. Matheus and one other student were inside. Matheus emptied
     his pockets when asked: a rolled blunt, a small digital scale, and 6 knotted baggies of white
     powder (looks like cocaine, about 1 g each). He said the blunt was his and the rest he was
     'holding.' Everything was sealed in an evidence bag and put in the office safe. The placement
     test he took at intake was in Portuguese and he is still in Sheltered English Immersion
     classes. His mother came in at 2:30 and we had an interpreter on the phone for the
     conference."""),
     mnc=["Portuguese", "Sheltered English", "interpreter"], fact="cocaine",
     mct=["digital scale", "6 knotted baggies"], cats=["language"], tags=["allow_drugs", "mixed_substances"])

case(school="Boston Community Leadership Academy", name="Andres Baez", grade=11,
     when="2025-11-13 14:20", loc="Ruggles busway", ground="weapon", weapon="switchblade",
     recipient="bric",
     desc=P("""Sending to BRIC at the analyst's request. At 2:20 dismissal, by the Ruggles busway,
     staff saw Andres flick open a switchblade while arguing with another student; he closed it and
     walked away when told to stop, and SSS recovered it at the corner. His prior school records from
     Lawrence High School say he was 'documented' by Lawrence police as a member of Doble S."""),
     decision="deny", reason="recipient_not_permitted", mnc=["Doble S"],
     cats=["gang_affiliation"], tags=["deny_recipient"])

case(school="Boston Arts Academy", name="Jaylen Monteiro", grade=11, when="2026-02-26 15:10",
     loc="1st floor hallway, dance studios", ground="serious_violence",
     desc=P("""Stabbing at about 3:10 PM in the 1st floor hallway outside the dance studios, after
     rehearsal. Jaylen and another student, E.S., argued and Jaylen pulled a small kitchen knife. He
     cut E.S. across the left palm and once on the upper arm while E.S. tried to grab it. Ms. Okafor
     and Mr. Lind separated them. The nurse applied a pressure dressing, 911 was called at 3:13, and
     EMS took E.S. to MGH, where he got 11 stitches and a hand surgery consult. SSS recovered the
     knife from the floor. Jaylen has been with us since February. The registration packet gives his
     previous address as 112 Broadway, Chelsea. His records from Chelsea High School show no prior
     incidents."""),
     mnc=["112 Broadway"], fact="kitchen knife",
     mct=["left palm", "11 stitches", "outside the dance studios"], cats=["neighborhood"],
     tags=["allow_violence", "prior_city"])

case(school="Dearborn STEM Academy", name="Jamari Fields", grade=8, when="2025-09-24 10:25",
     loc="3rd floor hallway", ground="weapon", weapon="brass knuckles",
     desc=P("""Brass knuckles found in Jamari's jacket pocket by SSS during a hallway check at 10:25,
     outside room 3-118 at the Dearborn. He says he bought them online. No threat, no one hurt. His
     records from the Frederick show nothing like this."""),
     mnc=[], fact="brass knuckles", mct=["the Dearborn", "room 3-118"], cats=[],
     tags=["allow_weapon", "clean", "short"], trap=True)

case(school="John D. O'Bryant School of Mathematics & Science", name="Corey Lindo", grade=10,
     when="2026-04-08 15:05", loc="Ruggles Station, outbound platform", ground="weapon", weapon="knife",
     att=[{"kind": "face_match", "name": "transit_fr_match_0408.pdf"}],
     desc=P("""At about 3:05 PM a student was threatened with a knife on the Ruggles outbound
     platform. MBTA Transit Police ran a still from the platform video through Clearview and got a
     match to Corey, who transferred to the O'Bryant from Boston Latin Academy in 9th grade. The match
     report is attached. We want BPD to have it along with our report."""),
     decision="deny", reason="face_surveillance", mnc=["Clearview"],
     cats=["face_surveillance"], tags=["deny_face"])

case(school="Lilla G. Frederick Middle School", name="Tony Huynh", grade=8, when="2026-02-03 11:30",
     loc="Counseling office, room 118", ground="credible_threat",
     threat=P("""Student told his counselor he would bring his father's gun to school and 'end' a
     named teacher if that teacher failed him again; he described where the gun is kept at home and
     repeated the statement when asked if he meant it."""),
     desc=P("""During a check-in at 11:30 in my office (room 118), Tony told me that if Mr. Hale
     'fails him again' he will bring his dad's gun to school and 'end him.' He said he knows where the
     gun is kept, on a closet shelf in his parents' room. When I asked if he meant it, he said it
     again. I kept him with me and called the AP and SSS. Some background for whoever reads this:
     Tony withdrew in April 2025 when the family went to stay with relatives in Da Nang, and he
     re-enrolled here on 2/2. The family speaks Vietnamese at home and his father asked for a
     Vietnamese-speaking staff member for today's meeting. They live on Dorchester Ave near Fields
     Corner."""),
     mnc=["Da Nang", "Vietnamese", "Dorchester Ave", "Fields Corner"], fact="gun",
     mct=["room 118", "closet shelf"], cats=["national_origin", "language", "neighborhood"],
     tags=["allow_threat", "counselor_voice", "re_enrollment"])

case(school="Boston Green Academy", name="Kelvin Rosado", grade=11, when="2025-12-16 12:40",
     loc="2nd floor, returning from lunch", ground="drugs", substances=["alcohol"],
     desc=P("""Kelvin came back from lunch slurring and unsteady. In his backpack were two empty
     Fireball nips and a half-full pint of Smirnoff. The nurse assessed him and he did not need
     transport; his mother picked him up at 1:30. He started here 12/1 after three years at a school
     in Ponce. Spanish is his first language and he is in our ESL block."""),
     decision="deny", reason="excluded_substance", mnc=["Ponce", "Spanish", "ESL block"],
     cats=["national_origin", "language"], tags=["deny_substance"])

case(school="Josiah Quincy Upper School", name="Aaliyah Simmons", grade=9, when="2026-01-21 09:05",
     loc="5th floor hallway", ground="weapon", weapon="stun gun",
     desc=P("""A student reported that Aaliyah 'zapped' her on the arm with a stun gun in the 5th
     floor hallway at 9:05. The nurse saw a small red mark on the left forearm, no other injury.
     Aaliyah gave the device (black, flashlight style, brand Vipertek) to SSS. She started here 1/5
     from Prince George's County Public Schools in Maryland. Her transfer status is complete and her
     PGCPS records show no discipline. Mother notified at 9:40."""),
     mnc=[], fact="stun gun", mct=["left forearm", "transfer status", "Vipertek"], cats=[],
     tags=["allow_weapon", "clean", "out_of_state"], trap=True)

case(school="Madison Park Technical Vocational High School", name="Yandel Ruiz", grade=12,
     when="2026-04-14 10:40", loc="Automotive shop, bay 3", ground="drugs", substances=["fentanyl"],
     desc=P("""Statement of School Safety Officer R. Dinh. On 4/14 at about 10:40 I was asked by the
     automotive shop teacher to check on a student who seemed drowsy. Yandel was slumped in a chair
     near bay 3 and his breathing was slow. The nurse gave Narcan (4 mg nasal) at 10:44 and he became
     responsive. 911 was called and EMS transported him to BMC. In his jacket I found a folded lottery
     ticket with light tan powder residue and two more intact folds (suspected fentanyl). I turned
     the folds over to the AP. The counselor told me Yandel's family has a pending asylum case and he
     just got his work permit, and asked that this not go in any police report."""),
     mnc=["asylum", "work permit"], fact="fentanyl", mct=["bay 3", "lottery ticket"],
     cats=["immigration_status"], tags=["allow_drugs", "officer_statement"])

case(school="New Mission High School", name="Abdirahman Farah", grade=9, when="2025-10-29 14:05",
     loc="3rd floor hallway", ground="serious_violence",
     desc=P("""Per the AP: at 2:05 in the 3rd floor hallway, Abdirahman swung a padlock tied in a sock
     and hit K.P. on the back of the head. The cut bled heavily and K.P. was dizzy and vomited once.
     EMS took him to Boston Children's for a CT (mild concussion, 5 staples). Abdirahman said K.P. had
     been taking his phone. SSS has the sock and lock. From his Welcome Center file: before arriving
     he attended a madrasa in Mogadishu, then a camp school in Dadaab for two years."""),
     mnc=["madrasa", "Mogadishu", "Dadaab"], fact="padlock",
     mct=["padlock tied in a sock", "5 staples"],
     cats=["religion", "national_origin", "immigration_status"], tags=["allow_violence"])

case(school="Mario Umana Academy", name="Alison Portillo", grade=7, when="2026-03-11 09:30",
     loc="Main office", ground="identity_check",
     desc=P("""Officer, could you run the father? He came in this morning to withdraw Alison and take
     her records 'back home.' He showed a Salvadoran passport and we have no Social Security number on
     file for him or for Alison. Staff are worried they are undocumented and that the child is being
     taken out of the country."""),
     decision="deny", reason="ground_not_permitted", mnc=["Salvadoran", "undocumented"],
     cats=["national_origin", "immigration_status"], tags=["deny_ground", "papers_check", "withdrawal"])

case(school="Rafael Hernandez K-8 School", name="Adrian Zelaya", grade=8, when="2025-10-02 10:50",
     loc="Schoolyard, 7th/8th grade recess", ground="weapon", weapon="knife",
     desc=P("""At 10:50 during 7th/8th grade recess, a 7th grader told Ms. Colon that Adrian had a
     knife. SSS found a 4-inch fixed-blade hunting knife in a sheath inside his waistband. He said he
     took it from his stepfather's truck because boys from another school 'said they were coming.'
     Nobody was threatened with it. Adrian has been at the Hernandez since 6th grade. Before that he
     went to school in San Pedro Sula, and the Home Language Survey in his file lists Spanish
     only."""),
     mnc=["San Pedro Sula", "Spanish"], fact="hunting knife",
     mct=["fixed-blade hunting knife", "stepfather's truck", "at the Hernandez since 6th grade"],
     cats=["national_origin", "language"], tags=["allow_weapon"], trap=True)

case(school="Fenway High School", name="Devonte Hicks", grade=11, when="2026-01-22 07:55",
     loc="Front entrance and AP office", ground="credible_threat",
     threat=P("""Student sent another student repeated messages overnight saying she is 'done' when
     he sees her at school, with a photo of a kitchen knife; she is afraid to attend, and he had a
     no-contact agreement with another student at his previous school."""),
     desc=P("""At 6:40 AM on 1/22 student J.R. forwarded to her advisor a series of texts sent
     overnight from Devonte's number: 'when i see u at school ur done', 'i got something for u and ur
     new man', and a photo of a kitchen knife on a car seat. J.R. is afraid to come in. Devonte
     arrived at 7:55 and SSS searched his bag with the AP present; nothing was found. He admits
     sending the texts. Devonte came to Fenway this year after withdrawing from Snowden International
     in June, and Snowden's records note a prior no-contact agreement with another student. His
     current address is on Bowdoin St near Geneva Ave."""),
     mnc=["Bowdoin St", "Geneva Ave"], fact="kitchen knife",
     mct=["Snowden International", "no-contact agreement"], cats=["neighborhood"],
     tags=["allow_threat", "texts"], trap=True)

case(school="Madison Park Technical Vocational High School", name="Thiago Alves", grade=10,
     when="2026-05-12 14:45", loc="Ruggles busway", ground="weapon", weapon="knife",
     recipient="mbta-transit-police",
     desc=P("""Transit PD asked us for our report. At 2:45 after dismissal, on the Ruggles busway,
     Thiago showed a folding knife to two boys who had followed him from school. An MBTA officer took
     the knife. Thiago is a sophomore who joined us in 2024 from a school in Governador
     Valadares."""),
     decision="deny", reason="recipient_not_permitted", mnc=["Governador Valadares"],
     cats=["national_origin"], tags=["deny_recipient"])

case(school="Boston Latin School", name="Nadia Okonkwo", grade=11, when="2026-05-07 11:15",
     loc="3rd floor study hall", ground="drugs", substances=["MDMA"],
     desc=P("""Report of the Assistant Head of School. On 5/7/26 at approximately 11:15, a proctor in
     the 3rd floor study hall observed Nadia handing small capsules to two classmates. When asked,
     Nadia produced from her bag a vitamin bottle containing 11 clear capsules of off-white
     crystalline powder. She stated they were 'molly' and that she had bought them at a party. The
     two classmates had not taken any. Nadia transferred to BLS in 9th grade from Cambridge Rindge and
     Latin. The records from her prior school list an address in Rindge Towers. Her current address
     is in Roxbury."""),
     mnc=["Rindge Towers", "Roxbury"], fact="molly",
     mct=["Cambridge Rindge and Latin", "11 clear capsules", "3rd floor study hall"],
     cats=["neighborhood"], tags=["allow_drugs", "formal"], trap=True)

case(school="Curley K-8 School", name="Luckson Jean", grade=7, when="2025-11-18 08:30",
     loc="Main office, after bus arrival", ground="weapon", weapon="razor blade",
     desc=P("""Razor blade (single edge, taped at one end) taken from Luckson's shoe by SSS at 8:30,
     after another student said he showed it on the bus. He says he found it. No one hurt. Transfer
     from Miami-Dade, records still pending. Mom reached through the Haitian Creole interpreter line
     at 9:10."""),
     mnc=["Haitian", "interpreter"], fact="razor blade", mct=["single edge", "taped at one end"],
     cats=["language"], tags=["allow_weapon", "short", "out_of_state"])

case(school="Brighton High School", name="Jonah Whitfield", grade=10, when="2026-04-09 13:30",
     loc="Art room 108", ground="credible_threat",
     desc=P("""Jonah told two classmates in art class that he's 'going to bring a strap Monday and see
     who's laughing then.' The classmates told Ms. Ruiz, who told me. Jonah came back to Brighton in
     March after a year living with his dad in Kingston, Jamaica, and has been having trouble with
     this group since he got back."""),
     decision="deny", reason="missing_threat_statement", mnc=["Jamaica"],
     cats=["national_origin"], tags=["deny_threat_missing", "year_away"])

case(school="Charlestown High School", name="Farid Rahimi", grade=9, when="2025-11-19 12:35",
     loc="Cafeteria, then main office", ground="weapon", weapon="firearm",
     desc=F("""Incident: at 12:35 a student told Mr. Avery that Farid had 'a gun in his bag.' SSS and AP Lin took the bag to the office and found a black revolver, unloaded; no ammunition was found on him or in his locker. Farid said he found it in a trash bin on the way to school and 'didn't know what to do with it.' BPD notified at 12:41.
     From his Welcome Center intake summary (10/6/25): "Arrived 9/2025 on a Special Immigrant Visa, family resettled by JVS. Prior schooling in Kabul, grades 1-6, interrupted. Dari speaker. SLIFE." """),
     mnc=["Special Immigrant Visa", "resettled", "Kabul", "Dari speaker", "SLIFE"], fact="revolver",
     mct=["unloaded", "trash bin", "12:41"],
     cats=["immigration_status", "national_origin", "language"], tags=["allow_weapon", "intake_paste"])

case(school="Boston Day and Evening Academy", name="Jordan Mercier", grade=11, when="2026-03-05 18:10",
     loc="Room 12, evening program", ground="drugs", substances=["oxycodone"],
     desc=P("""Jordan was re-enrolled on 2/24 after a withdrawal in November. At 6:10 PM in the
     evening program a staff member saw him crushing a pill on a desk in room 12 with the end of a
     lighter. He had 4 round green tablets stamped '80' in a pill bottle with someone else's name on
     it; the nurse identified them as oxycodone, and they are not prescribed to Jordan. He said he got
     them from a cousin. Tablets are in the office safe."""),
     mnc=[], fact="oxycodone", mct=["room 12", "withdrawal in November"], cats=[],
     tags=["allow_drugs", "clean", "re_enrollment"], trap=True)

case(school="Excel High School", name="Ana Lopes", grade=11, when="2026-02-25 09:00",
     loc="Attendance office", ground="attendance",
     desc=P("""Ana has missed 21 days since she came back from Cabo Verde in January; the family says
     she went to help care for her grandmother. We would like BPD to do a well-being check at the
     home, 27 Hamilton St, since no one answers the phone."""),
     decision="deny", reason="ground_not_permitted", mnc=["Cabo Verde", "Hamilton St"],
     cats=["national_origin", "neighborhood"], tags=["deny_ground"])

case(school="Excel High School", name="Marcus Bell", grade=11, when="2025-12-09 11:48",
     loc="Stairwell C, between 2nd and 3rd floors", ground="serious_violence",
     desc=F("""School: Excel High in South Boston
     Location: stairwell C, between the 2nd and 3rd floors
     Time: 11:48 AM
     What happened: Marcus and another 11th grader (T.W.) fought on the stairs. Per the stairwell camera, Marcus pushed T.W. down about 8 steps and kicked him twice while he was down. T.W.'s right wrist was visibly deformed. EMS took him to Tufts, where he was diagnosed with a displaced wrist fracture that needs surgery.
     Records note: Marcus transferred in from Springfield Public Schools in November. Springfield's records give his current home as a unit in the Old Colony development, and the family confirmed it."""),
     mnc=["Old Colony"], fact="wrist fracture",
     mct=["Excel High in South Boston", "displaced wrist fracture", "8 steps"],
     cats=["neighborhood"], tags=["allow_violence", "form"], trap=True)

case(school="Boston Community Leadership Academy", name="Yeison Frias", grade=9, when="2025-10-23 11:20",
     loc="Cafeteria, table 9", ground="weapon", weapon="butterfly knife",
     extra={"country_of_birth": "Dominican Republic", "home_language": "Spanish",
            "prior_school": "Liceo Juan Pablo Duarte, Santiago", "ell_level": 2,
            "entry_date": "2025-09-15"},
     desc=P("""During B lunch (11:20) a lunch monitor saw Yeison flip open a butterfly knife at table 9
     and spin it. He didn't point it at anyone. When SSS walked over he closed it and handed it over.
     Blade is about 3.5 in. He says it was a birthday present. Parent conference set for tomorrow at
     8 AM."""),
     mnc=["Dominican Republic", "Spanish", "Juan Pablo Duarte"], fact="butterfly knife",
     mct=["table 9", "3.5 in"], cats=["national_origin", "language"],
     tags=["allow_weapon", "structured_fields"])

case(school="Charlestown High School", name="Cole Dempsey", grade=12, when="2026-01-15 13:00",
     loc="Locker 3-210", ground="drugs", substances=["nicotine pouches", "disposable vapes"],
     desc=P("""Cole has been selling Zyn pouches and disposable vapes (Elf Bar) to other students out
     of his locker. 22 tins of Zyn and 9 vapes recovered today. He's a transfer from Providence Public
     Schools this January."""),
     decision="deny", reason="excluded_substance", mnc=[], cats=[], tags=["deny_substance", "clean"])

case(school="Brighton High School", name="Bohdan Kovalenko", grade=10, when="2026-03-12 13:15",
     loc="Room 231", ground="credible_threat",
     threat=P("""A hand-drawn plan of the school's first floor with the cafeteria circled, the words
     'lunch B - no one walks out,' and a list of five students, two of whom have harassed him; he has
     said his brother owns a rifle. A target, a time and a possible means together make this an
     articulable and significant threat."""),
     desc=P("""Ms. Fagan (ELA) found a page in Bohdan's notebook during a writing conference at 1:15:
     a hand-drawn floor plan of the school's first floor with the cafeteria circled, the words
     'lunch B - no one walks out', and a list of five student names. Two of the names are boys who
     have been harassing him since the fall. When asked, Bohdan said 'it's just a story' but would
     not explain the list. In December he told his counselor that his older brother owns a hunting
     rifle. Bohdan came to us in 2024 from a school in Kharkiv. The family is here on humanitarian
     parole through Uniting for Ukraine, and his counselor has been working with him on the
     move."""),
     mnc=["Kharkiv", "humanitarian parole", "Ukraine"], fact="floor plan",
     mct=["cafeteria circled", "list of five student names"],
     cats=["national_origin", "immigration_status"], tags=["allow_threat"])

case(school="Another Course to College", name="Skyler Vance", grade=11, when="2026-03-10 09:30",
     loc="Room 204", ground="drugs", substances=["methamphetamine"],
     desc=P("""We received a records request from Boston Collegiate Charter on 3/2 because Skyler is
     applying to transfer there. On 3/10 at 9:30 AM a teacher found a small glass pipe and a baggie of
     clear crystal shards (suspected methamphetamine) on the floor under Skyler's desk in room 204
     after he left for the bathroom. Skyler admitted they were his when SSS and the AP met with him.
     No one else involved. Items are in the office safe."""),
     mnc=[], fact="methamphetamine", mct=["records request from Boston Collegiate Charter", "glass pipe"],
     cats=[], tags=["allow_drugs", "clean", "charter_request"], trap=True)

case(school="East Boston High School", name="Kevin Ayala", grade=9, when="2025-09-30 10:00",
     loc="Not applicable", ground="gang_activity",
     desc=P("""Asking BPD to review. New 9th grader transferred from a school in San Salvador; a
     teacher saw tattoos on his hands that she thinks may be MS-13. No incident has happened. His
     prior school paperwork mentions 'pandillas' in the area where the family lived. Please advise on
     whether we should be concerned."""),
     decision="deny", reason="ground_not_permitted", mnc=["San Salvador", "MS-13", "pandillas"],
     cats=["national_origin", "gang_affiliation"], tags=["deny_ground"])

case(school="Boston Green Academy", name="Ibrahima Diallo", grade=9, when="2026-02-04 10:05",
     loc="Front entrance", ground="weapon", weapon="baton",
     desc=F("""10:05 - SSS random wand check at the front entrance. Collapsible steel baton (expandable, 21 in. extended) in Ibrahima's coat, inside pocket. He says he carries it because of older kids at the bus stop. No threats made.
     10:20 - AP met with Ibrahima.
     Notes: enrolled 11/2025 through the Newcomers Assessment and Counseling Center. Speaks French and Wolof. Dad reached through a Wolof interpreter at 11:00."""),
     mnc=["Newcomers Assessment", "French", "Wolof"], fact="baton",
     mct=["collapsible steel baton", "21 in. extended", "inside pocket"], cats=["language"],
     tags=["allow_weapon", "shorthand"])

case(school="Joseph Lee K-8 School", name="Elijah Sutton", grade=7, when="2026-01-28 13:40",
     loc="Art room", ground="serious_violence",
     desc=P("""At approximately 1:40 during 7th grade art, Elijah stabbed a classmate (N.B.) in the
     upper left shoulder with a pair of pointed scissors after N.B. knocked over his project. The
     wound was about 1 cm deep. The nurse controlled the bleeding, EMS was called, and N.B. was taken
     to Boston Children's, where the wound was closed with 4 stitches. Elijah joined the Lee in
     January. Before that he was homeschooled through his family's Jehovah's Witness congregation,
     and his mother has asked that the school not schedule meetings on their meeting nights."""),
     mnc=["Jehovah", "congregation"], fact="scissors", mct=["upper left shoulder", "4 stitches"],
     cats=["religion"], tags=["allow_violence"])

case(school="Madison Park Technical Vocational High School", name="Trevor Ames", grade=12,
     when="2026-02-27 09:20", loc="2nd period classroom", ground="drugs", substances=["fentanyl"],
     recipient="commonwealth-fusion-center",
     desc=P("""The Fusion Center asked for copies of all school reports involving fentanyl this year.
     This morning Trevor had 3 blue M30 pills in his pencil case, found when a teacher saw him trying
     to sell one in 2nd period. He transferred from Lawrence High School in September."""),
     decision="deny", reason="recipient_not_permitted", mnc=[], cats=[],
     tags=["deny_recipient", "clean"])

case(school="English High School", name="Edwin Lopez", grade=9, when="2025-09-30 13:25",
     loc="Health office", ground="drugs", substances=["heroin", "fentanyl"],
     desc=P("""Nurse's note, 9/30/25, 1:25 PM. Student brought to the health office by two friends,
     pale and vomiting after using something in the 1st floor boys' bathroom. Pupils pinpoint,
     respirations 10. Narcan 4 mg given at 1:27; alert by 1:30. The friends handed over a wax paper
     bag stamped with a red star (suspected heroin/fentanyl). EMS transported to BMC at 1:45. Per his
     emergency card the family is K'iche' Maya from Huehuetenango and his father needs a K'iche'
     interpreter. His records from his school in Guatemala are still being translated."""),
     mnc=["K'iche", "Maya", "Huehuetenango", "Guatemala", "interpreter"], fact="heroin",
     mct=["red star", "pinpoint"], cats=["ethnicity", "national_origin", "language"],
     tags=["allow_drugs", "nurse_voice"])

case(school="TechBoston Academy", name="Omar Saadeh", grade=9, when="2025-10-14 09:10",
     loc="AP office", ground="weapon", weapon="airsoft pistol",
     desc=P("""Airsoft pistol (black, orange tip painted over) found in Omar's backpack during a search
     at 9:10, after a student said Omar showed it to him in the stairwell. Omar says it belongs to his
     little brother. Omar transferred to us from a school in Amman in 2023."""),
     decision="deny", reason="other", mnc=["Amman"], cats=["national_origin"],
     tags=["deny_replica"])

case(school="Another Course to College", name="Keyana Moss", grade=10, when="2026-04-28 08:45",
     loc="Main office phone line", ground="credible_threat",
     threat=P("""A caller told the front office there would be a shooting at the school at noon and
     that a named teacher would be 'first'; a student who had said she would 'call in' the school over
     a cheating report admitted making the call."""),
     desc=P("""Sgt. Moran, at 8:45 this morning our front office got a call from a blocked number. The
     caller, a young woman, said 'there's going to be a shooting at ACC at 12, tell Ms. Rivers she's
     first.' Ms. Rivers is our 10th grade math teacher. At 10:30 a student told the AP that Keyana had
     been saying since yesterday she would 'call in' the school because Ms. Rivers reported her for
     cheating, and showed us a text from Keyana: 'watch what i do tmrw lol.' When we met at 11:05 with
     her mother, Keyana admitted making the call from her cousin's phone. Keyana was at Boston Latin
     School for 7th and 8th grade and transferred here in 9th. The family lives in the Lenox Street
     development."""),
     mnc=["Lenox Street"], fact="shooting", mct=["Boston Latin School", "8:45"],
     cats=["neighborhood"], tags=["allow_threat", "email"], trap=True)

case(school="Jeremiah E. Burke High School", name="Jeff Augustin", grade=9, when="2025-10-07 07:35",
     loc="Cafeteria, breakfast line", ground="weapon", weapon="knife",
     desc=F("""Incident: SSS Ramos noticed a knife handle sticking out of Jeff's back pocket while he was in the breakfast line at 7:35. It was a 5-inch steak knife. Jeff said he brought it because someone in the park after school had 'pulled on' his friend last week. He handed it over without a problem.
     From records: his registration came through the Welcome Center in Roxbury on 9/8/25.
     Prior school: Lycee Toussaint Louverture, Cap-Haitien. Parent documents show Temporary Protected Status."""),
     mnc=["Toussaint Louverture", "Cap-Haitien", "Temporary Protected"], fact="steak knife",
     mct=["5-inch steak knife", "breakfast line", "Welcome Center in Roxbury"],
     cats=["national_origin", "immigration_status"], tags=["allow_weapon", "records_paste"], trap=True)

case(school="Snowden International School", name="Chidi Eze", grade=11, when="2026-05-20 14:00",
     loc="Room 310", ground="theft",
     desc=P("""Six Chromebooks were taken from the cart in room 310 between 1:00 and 2:00. The hallway
     camera shows Chidi leaving the room with a full backpack. He transferred to Snowden in the fall;
     his records came from a secondary school in Abuja."""),
     decision="deny", reason="ground_not_permitted", mnc=["Abuja"], cats=["national_origin"],
     tags=["deny_ground"])

case(school="Brighton High School", name="Kenji Watanabe", grade=11, when="2025-12-09 09:50",
     loc="AP office", ground="drugs", substances=["counterfeit Adderall"],
     desc=F("""Student statement taken by AP Sullivan, 12/9/25, 9:50 AM, AP office (SSS Dunn present)
     Q: What was in the tin?
     A: Addys. Like 20. I didn't make them.
     Q: Where did you get them?
     A: A dude online. Snap.
     Q: Did you give any to anybody?
     A: Not yet.
     Items: 22 orange round pills stamped 'b 973' in a mint tin. The nurse says they don't match pharmacy Adderall (wrong shade, crumbly), so probably counterfeit.
     Background: Kenji came to Brighton this fall from a school in Osaka. His mother asked for a Japanese-speaking staff member at the parent meeting."""),
     mnc=["Osaka", "Japanese"], fact="counterfeit", mct=["22 orange round pills", "mint tin"],
     cats=["national_origin", "language"], tags=["allow_drugs", "q_and_a"])

case(school="Charlestown High School", name="Rashad Coleman", grade=10, when="2026-03-24 14:30",
     loc="Main entrance, dismissal", ground="serious_violence",
     desc=P("""At 2:30 PM, at dismissal in front of the main entrance, Rashad punched D.J. repeatedly,
     and after D.J. fell he stomped on his head. D.J. was unconscious for about a minute. EMS took him
     to MGH, where he was diagnosed with a fractured orbital bone. Rashad left on foot and came back
     with his mother at 4:00. Two staff members on dismissal duty, Ms. Abernathy and Mr. Ocampo,
     saw the whole thing from the top of the front steps; Mr. Ocampo pulled Rashad off and Ms.
     Abernathy stayed with D.J. and kept his head still until EMS arrived at 2:41. A student's phone
     video of the stomping is saved on the AP's computer and the student's parent agreed to keep the
     original. Rashad told the AP that D.J. had 'been talking' about his little sister online, and
     that he 'wasn't trying to hurt him that bad.' D.J.'s father called at 6 PM: the eye socket will
     need surgery once the swelling goes down, and he may have lasting damage to his vision. His
     prior school, Madison Park (he left in October), sent a note with
     his file saying he 'runs with the H-Block kids' and that the fight there was over beef between
     H-Block and the Corbet St side."""),
     mnc=["H-Block", "Corbet St"], fact="orbital", mct=["fractured orbital bone", "main entrance"],
     cats=["gang_affiliation"], tags=["allow_violence"])

case(school="Madison Park Technical Vocational High School", name="Andre Whitaker", grade=11,
     when="2026-05-06 13:20", loc="Locker B-212", ground="weapon", weapon="firearm",
     desc=P("""Report by Assistant Headmaster Quinlan. At 1:20 PM, during a planned search after a tip
     from a parent, SSS found a loaded Polymer80-style handgun with no serial number, wrapped in a
     T-shirt at the bottom of locker B-212, which is assigned to Andre. Andre was in the Culinary Arts
     kitchen and was walked to the office without incident. Officer Tran (B-2) took custody of the
     weapon at 1:38. Andre transferred to Madison Park from DeKalb County Schools in Georgia in 2024.
     The parent who called in the tip said the gun had been seen at the Mildred Hailey Apartments,
     where Andre lives."""),
     mnc=["Mildred Hailey"], fact="handgun", mct=["locker B-212", "no serial number"],
     cats=["neighborhood"], tags=["allow_weapon", "out_of_state"])

case(school="East Boston High School", name="Brayan Coto", grade=10, when="2026-03-19 09:00",
     loc="Off campus (video)", ground="credible_threat", recipient="ice/ero-boston",
     threat=P("""Student posted a video holding a machete saying he would 'take care of' a named
     teacher this week."""),
     desc=P("""Brayan posted a video last night holding a machete and saying he would 'take care of'
     Mr. Keller, his science teacher, this week. An ICE officer called asking for any reports about
     him. He has been in the country 8 months and has a removal hearing in June, according to his
     lawyer's letter in the file."""),
     decision="deny", reason="recipient_not_permitted",
     mnc=["in the country 8 months", "removal hearing"],
     cats=["national_origin", "immigration_status"], tags=["deny_recipient"])

case(school="Boston Arts Academy", name="Xavier Colon", grade=10, when="2025-09-25 12:15",
     loc="Cafeteria", ground="drugs", substances=["THC edibles"],
     desc=P("""Xavier handed out 'Delta-9' gummies to three 9th graders at lunch. One of them came to
     the nurse dizzy and giggling and was picked up by her father. Xavier had the rest of the bag
     (about 12 gummies) in his backpack. He came back to BAA this September after spending last year
     with his grandmother in Mayaguez."""),
     decision="deny", reason="excluded_substance", mnc=["Mayaguez"], cats=["national_origin"],
     tags=["deny_substance", "year_away"])

case(school="Brighton High School", name="Lucas Moraes", grade=11, when="2026-03-03 12:10",
     loc="Cafeteria", ground="trespass",
     desc=P("""Former student Lucas, withdrawn 1/15 when the family said they were moving back to
     Brazil, came into the building at 12:10 without signing in and went to the cafeteria. He left
     when asked by SSS. No weapon, no threats. We'd like BPD to issue a no-trespass notice."""),
     decision="deny", reason="ground_not_permitted", mnc=["Brazil"], cats=["national_origin"],
     tags=["deny_ground", "withdrawal"])

case(school="John D. O'Bryant School of Mathematics & Science", name="Moussa Ndiaye", grade=10,
     when="2026-02-11 15:30", loc="Nubian Station (off campus)", ground="serious_violence",
     att=[{"kind": "photo", "name": "grade10_id_photos.zip"}],
     desc=P("""A man was punched and knocked unconscious near Nubian Station at about 3:30 PM by a
     teenager in an O'Bryant hoodie. We'd like BPD to run the attached ID photos of our 10th graders
     through face recognition against the MBTA video to confirm it was Moussa, who some students have
     named. Moussa's prior school was in Dakar and his records came to us in 2024."""),
     decision="deny", reason="face_surveillance", mnc=["Dakar"],
     cats=["face_surveillance", "national_origin"], tags=["deny_face"])

case(school="Madison Park Technical Vocational High School", name="Christian Batista", grade=10,
     when="2026-01-07 10:00", loc="Building B, 3rd floor bathroom", ground="vandalism",
     desc=P("""Christian carved a crown and 'ALKQN' into the stall doors in the 3rd floor bathroom of
     Building B and tagged the mirror with marker. His transfer file from Lawrence includes a note
     that he 'claims Latin Kings.' Damage estimate from facilities is about $900."""),
     decision="deny", reason="ground_not_permitted", mnc=["ALKQN", "Latin Kings"],
     cats=["gang_affiliation"], tags=["deny_ground"])

case(school="Josiah Quincy Upper School", name="Ethan Liang", grade=8, when="2025-11-12 13:00",
     loc="2nd floor bathroom", ground="drugs", substances=["Juul pods"],
     desc=P("""Ethan was caught with a Juul and four pods in the 2nd floor bathroom. Second time this
     year. His records came from a school in Guangzhou when he enrolled in 6th grade, and his mother
     prefers calls in Cantonese."""),
     decision="deny", reason="excluded_substance", mnc=["Guangzhou", "Cantonese"],
     cats=["national_origin", "language"], tags=["deny_substance", "short"])

case(school="Dearborn STEM Academy", name="Riya Patel", grade=9, when="2026-05-14 12:00",
     loc="Cafeteria", ground="credible_threat", threat="",
     desc=P("""Riya's records from her school in Ahmedabad arrived last week. Today at lunch she told a
     lunch aide she's going to 'make everyone pay' after she was pushed in the hallway by two
     girls."""),
     decision="deny", reason="missing_threat_statement", mnc=["Ahmedabad"],
     cats=["national_origin"], tags=["deny_threat_missing"])

case(school="Boston Latin Academy", name="Connor Healy", grade=10, when="2026-04-30 20:00",
     loc="Online (Discord)", ground="credible_threat", recipient="fbi/boston",
     threat=P("""Student wrote online that he would 'do a Columbine' at the school on Friday and
     posted photos of his father's shotgun."""),
     desc=P("""Connor posted in a Discord server last night that he was going to 'do a Columbine' at
     BLA on Friday, with pictures of his father's shotgun. The FBI's Boston office contacted us and
     asked for our report directly. Connor came to BLA in 9th grade with records from a district in
     Ohio that show one prior threat assessment."""),
     decision="deny", reason="recipient_not_permitted", mnc=[], cats=[],
     tags=["deny_recipient", "clean"])

case(school="Curley K-8 School", name="Yordy Almonte", grade=6, when="2025-10-30 11:00",
     loc="6th grade hallway", ground="weapon", weapon="BB gun",
     desc=P("""A Daisy BB pistol (CO2, with a few BBs in the tube) was found in Yordy's desk after a
     classmate said he pointed it at her during a transition. No one was hit. Yordy came to the
     Curley this fall from a school in Santiago de los Caballeros."""),
     decision="deny", reason="other", mnc=["Santiago de los Caballeros"], cats=["national_origin"],
     tags=["deny_replica"])

case(school="Joseph Lee K-8 School", name="Ayaan Warsame", grade=8, when="2025-10-22 08:00",
     loc="Route 22 bus", ground="bullying",
     desc=P("""Ayaan has been taking a 7th grader's bus pass and snack money on the 22 bus for two
     weeks; the younger boy's mom called us this morning. Ayaan's records from a school in Eastleigh,
     Nairobi came through in September."""),
     decision="deny", reason="ground_not_permitted", mnc=["Eastleigh", "Nairobi"],
     cats=["national_origin"], tags=["deny_ground"])

case(school="New Mission High School", name="Joao Medeiros", grade=9, when="2026-01-09 10:30",
     loc="Classroom 201", ground="drugs", substances=["vape pen (unknown content)"],
     desc=P("""Vape pen (black, no label, no idea what's in it) taken from Joao in class at 10:30 after
     he hit it under his desk. He came back to us in December after a year living with his
     grandparents in the Azores."""),
     decision="deny", reason="excluded_substance", mnc=["Azores"], cats=["national_origin"],
     tags=["deny_substance", "year_away", "short"])

case(school="Jeremiah E. Burke High School", name="Diego Salas", grade=10, when="2025-12-05 15:30",
     loc="South Bay Center food court (off campus)", ground="weapon", weapon="knife",
     recipient="allied-universal/south-bay-center",
     desc=P("""Mall security at South Bay asked for a copy of our report. After school Diego showed a
     folding knife to a group of students from another school in the food court; security took it.
     Diego recently arrived from Peru and has been at the Burke since November."""),
     decision="deny", reason="recipient_not_permitted", mnc=["Peru"], cats=["national_origin"],
     tags=["deny_recipient"])

case(school="Donald McKay K-8 School", name="Valentina Rangel", grade=7, when="2026-02-02 09:00",
     loc="Not applicable", ground="welfare_check",
     desc=P("""Valentina hasn't been to school since 1/12, about a month after her transfer here from
     the Otis. Neighbors told a teacher the family may have gone back to Venezuela. Can an officer
     check the apartment at 55 Bennington St, 3rd floor?"""),
     decision="deny", reason="ground_not_permitted", mnc=["Venezuela", "Bennington St"],
     cats=["national_origin", "neighborhood"], tags=["deny_ground"])

case(school="Charlestown High School", name="Karim Sabbagh", grade=11, when="2026-03-26 08:15",
     loc="Outside the main entrance", ground="suspicious_behavior",
     desc=P("""A visitor reported a student taking photos of our entrances and the security desk on his
     phone before school. It was Karim, who says it's for his photography class project (there is
     such a class). He transferred last year from a school in Aleppo. Requesting that BPD look into
     it."""),
     decision="deny", reason="ground_not_permitted", mnc=["Aleppo"], cats=["national_origin"],
     tags=["deny_ground"])

case(school="Fenway High School", name="Owen Tierney", grade=12, when="2026-05-29 13:00",
     loc="Back stairwell", ground="drugs", substances=["hash", "beer"],
     desc=P("""Owen and two friends were found in the back stairwell with a 6-pack of Sam Adams (two
     empty) and a small chunk of hash in foil. Owen said it was all his. He came back to Fenway in
     January after a semester at his dad's in Worcester."""),
     decision="deny", reason="excluded_substance", mnc=[], cats=[],
     tags=["deny_substance", "clean"])

case(school="Madison Park Technical Vocational High School", name="Isaiah Booker", grade=9,
     when="2025-11-06 10:30", loc="Electrical shop", ground="credible_threat",
     desc=P("""Isaiah said in electrical shop that he's going to 'bring the blicky' and handle the kids
     who jumped his cousin at his old school. Teacher reported it to the office. He came to us on a
     safety transfer from the Burke in October."""),
     decision="deny", reason="missing_threat_statement", mnc=[], cats=[],
     tags=["deny_threat_missing", "clean"])

case(school="East Boston High School", name="Cristian Palma", grade=11, when="2026-04-15 11:00",
     loc="2nd floor bathroom", ground="drugs", substances=["fentanyl"], recipient="hsi-boston",
     desc=P("""HSI's task force on fentanyl asked for our report. At 11:00 Cristian was found with 12
     blue pills stamped M30 in a Tic Tac box in the 2nd floor bathroom. He arrived in 2024 on a
     tourist visa and stayed, according to his guardian."""),
     decision="deny", reason="recipient_not_permitted", mnc=["tourist visa"],
     cats=["immigration_status"], tags=["deny_recipient"])

case(school="TechBoston Academy", name="Jalil Barnes", grade=11, when="2026-02-24 08:10",
     loc="Main entrance", ground="weapon", weapon="knife",
     att=[{"kind": "face_match", "name": "verkada_alert_0224.png"}],
     desc=P("""At 8:10 our new Verkada cameras sent a face-match alert that a student flagged in
     January (Jalil, transferred from the Burke) was at the main entrance; SSS stopped him and found a
     4-inch folding knife in his coat. The alert screenshot is attached."""),
     decision="deny", reason="face_surveillance", mnc=["Verkada"], cats=["face_surveillance"],
     tags=["deny_face"])

case(school="Rafael Hernandez K-8 School", name="Genesis Cruz", grade=8, when="2026-05-19 11:40",
     loc="Gym", ground="fight",
     desc=P("""Genesis and another 8th grade girl fought in the gym during PE: hair pulling, scratches
     on both. Nothing needed care beyond the nurse. Genesis said the other girl called her a 'mojada'
     and told her to go back to Mexico."""),
     decision="deny", reason="ground_not_permitted", mnc=["mojada", "Mexico"],
     cats=["national_origin", "immigration_status"], tags=["deny_ground"])

case(school="Boston Latin School", name="Tyler Brandt", grade=9, when="2026-01-30 10:00",
     loc="Online (TikTok)", ground="cyberbullying",
     desc=P("""Tyler posted a TikTok mocking a Sikh classmate's turban and the way he talks. The
     classmate's family is very upset. Tyler transferred from Boston Latin Academy this year. Please
     open an investigation."""),
     decision="deny", reason="ground_not_permitted", mnc=["Sikh", "turban"], cats=["religion"],
     tags=["deny_ground"])

case(school="English High School", name="Musa Kamara", grade=9, when="2026-04-16 12:55",
     loc="2nd floor hallway outside room 219", ground="weapon", weapon="knife",
     desc=F("""To: Headmaster
     From: AP Walsh
     Re: knife, 4/16
     At 12:55 in the 2nd floor hallway outside room 219, Musa took out a folding knife (about a 3-inch silver blade) while arguing with another 9th grader and held it down at his side. He did not swing it or say anything about using it. Mr. Duarte stepped between them and Musa handed him the knife. Nobody was hurt.
     Musa is new this year; his records came from a middle school in Columbus, Ohio. He was absent 3/20 for Eid al-Fitr and his father asked that any meeting avoid Friday afternoon prayers.
     Parent conference held at 2:30 in my office at English High School in Jamaica Plain."""),
     mnc=["Eid al-Fitr", "prayers"], fact="folding knife",
     mct=["outside room 219", "English High School in Jamaica Plain"], cats=["religion"],
     tags=["allow_weapon", "memo"], trap=True)

case(school="Boston Arts Academy", name="Jalen Rosa", grade=12, when="2026-03-31 17:40",
     loc="Loading dock behind the black box theater", ground="drugs", substances=["cocaine"],
     desc=P("""After stage crew rehearsal, around 5:40 PM, the technical director found Jalen and
     another student at the loading dock behind the black box theater with a mirror, a rolled-up
     dollar bill and a small baggie of white powder (about a gram, suspected cocaine). Jalen said the
     baggie was his. The other student has been referred to counseling. Jalen's transfer paperwork
     from Brockton High lists his ethnicity as Cape Verdean. His mother asked the counselor whether
     this will affect the family's green card renewal."""),
     mnc=["Cape Verdean", "green card"], fact="cocaine",
     mct=["stage crew rehearsal", "loading dock", "rolled-up dollar bill"],
     cats=["ethnicity", "immigration_status"], tags=["allow_drugs"], trap=True)

case(school="John D. O'Bryant School of Mathematics & Science", name="Solomon Bekele", grade=11,
     when="2026-01-15 16:15", loc="Robotics showcase, host school gym", ground="serious_violence",
     desc=P("""At the BPS citywide robotics showcase hosted at Boston International Newcomers Academy,
     around 4:15 PM, Solomon got into an argument with a student from another team at the pit tables
     and struck him twice with a 2-foot aluminum bar from their robot frame. The other student's left
     hand was broken (two metacarpals, confirmed at Boston Children's) and he had a gash on his
     forehead that needed 6 stitches. Our coach, Ms. Ferreira, and BINcA staff separated them.
     Solomon came to the O'Bryant in 9th grade. His middle school records were from a school in Addis
     Ababa and had to be translated from Amharic."""),
     mnc=["Addis Ababa", "Amharic"], fact="aluminum bar",
     mct=["Boston International Newcomers Academy", "aluminum bar", "two metacarpals"],
     cats=["national_origin", "language"], tags=["allow_violence", "off_site"], trap=True)

case(school="Orchard Gardens K-8 School", name="Dayana Lora", grade=8, when="2026-03-16 09:20",
     loc="8th grade wing, girls' bathroom", ground="weapon", weapon="switchblade",
     desc=F("""Orchard Gardens K-8, 8th grade wing, 9:20 AM.
     Dayana showed a friend a switchblade in the girls' bathroom; the friend told Ms. Burke. SSS recovered it from Dayana's backpack: black, 4 inch, spring-assisted. Dayana says a girl from her old school has been messaging her. No one threatened.
     She re-enrolled 3/2 after 5 weeks out. Her enrollment status in Aspen said 'withdrawn - transferred out of state' until the office fixed it.
     Home address on the re-enrollment form: 12 Ambrose St, Apt 4."""),
     mnc=["Ambrose St"], fact="switchblade",
     mct=["Orchard Gardens K-8", "spring-assisted", "enrollment status"], cats=["neighborhood"],
     tags=["allow_weapon", "re_enrollment", "shorthand"], trap=True)

case(school="Dearborn STEM Academy", name="Nasser Al-Amri", grade=10, when="2026-02-05 15:05",
     loc="Online (Instagram); reported to the main office", ground="credible_threat",
     threat=P("""Student sent a classmate a direct message saying 'tomorrow in 3rd period u not
     leaving that room' with a photo of an apparent pistol in a waistband, a week after a fight between
     them, and the night before posted an image of the school building with a timer emoji."""),
     desc=P("""At 3:05 PM a parent forwarded an Instagram DM her son got from Nasser's account:
     'tomorrow in 3rd period u not leaving that room', with a photo of what looks like a real pistol
     tucked in a waistband. Her son and Nasser had a fight in the Dearborn cafeteria last Thursday
     (minor, both suspended one day). The night before, around 9 PM, Nasser's account also posted a
     story showing the front of our building with a timer emoji. Nasser's cumulative folder has
     records from a school in Sana'a for grades 3-5 and a letter from the resettlement agency that
     placed the family."""),
     mnc=["Sana'a", "resettlement"], fact="pistol", mct=["the Dearborn cafeteria", "3rd period"],
     cats=["national_origin", "immigration_status"], tags=["allow_threat", "social_media"], trap=True)

case(school="Boston Latin Academy", name="Eric Zhou", grade=10, when="2026-05-13 10:10",
     loc="Room 312", ground="drugs", substances=["psilocybin mushrooms"],
     desc=P("""During AP Spanish (room 312, 10:10 AM) Sra. Delgado saw Eric pass a sandwich bag of
     dried mushrooms under the table to a classmate. When the AP checked Eric's bag, it held a second
     bag of dried mushrooms and two chocolate bars labeled 'shroom' (about 14 g in all, suspected
     psilocybin). Eric said he bought them in Cambridge. He enrolled at BLA in 7th grade with records
     from a school in Shenzhen. His file lists Mandarin as the home language and his father prefers
     calls in Mandarin."""),
     mnc=["Shenzhen", "Mandarin"], fact="psilocybin",
     mct=["AP Spanish", "room 312", "two chocolate bars"], cats=["national_origin", "language"],
     tags=["allow_drugs"], trap=True)

case(school="Mildred Avenue K-8 School", name="Kayden Mills", grade=7, when="2026-01-26 08:50",
     loc="Room 207, morning meeting", ground="weapon", weapon="knife",
     desc=P("""Hi Ms. Grant, writing up what happened in my room this morning. At about 8:50, during
     morning meeting, Kayden took a knife out of his pencil case (a small red pocket knife, maybe 2.5
     inches) and started scratching his desk with it. When I told him to give it to me he pointed it
     at Jaylin, who sits next to him, and said 'back up.' I got between them and he gave it to me.
     Nobody was hurt. The knife is in the office envelope. Just so you know, he came to us on a safety
     transfer from the Curley in January, and the Curley's notes in his file mention something
     similar with scissors. - Mr. Baptiste, Grade 7"""),
     mnc=[], fact="pocket knife", mct=["small red pocket knife", "safety transfer from the Curley"],
     cats=[], tags=["allow_weapon", "clean", "teacher_email", "safety_transfer"], trap=True)

case(school="Brighton High School", name="Gabriel Nunes", grade=10, when="2025-12-12 14:15",
     loc="Outside the gym doors", ground="serious_violence",
     extra={"home_language": "Portuguese", "entry_date": "2025-11-03"},
     desc=P("""Serious assault at about 2:15 PM outside the gym doors at the end of 6th period. Two
     staff and several students saw Gabriel and R.S. argue about a video. Gabriel punched R.S. and,
     when R.S. fell, kicked him in the face. R.S. was unconscious for about 30 seconds and has a broken
     nose and two loose teeth; EMS took him to St. Elizabeth's. Gabriel was held in the AP office
     until his mother arrived. His school records from Belo Horizonte arrived with an apostille in
     November, and he has no prior discipline."""),
     mnc=["Belo Horizonte", "apostille", "Portuguese"], fact="broken nose",
     mct=["broken nose", "St. Elizabeth's", "outside the gym doors"],
     cats=["national_origin", "language"], tags=["allow_violence", "structured_fields"], trap=True)

case(school="Josiah Quincy Upper School", name="Vincent Tran", grade=10, when="2026-05-21 15:20",
     loc="Chinatown MBTA station entrance, then school lobby", ground="drugs",
     substances=["fentanyl (suspected M30 pills)", "marijuana"],
     desc=P("""Reported by SSS Officer Huang. At 3:20 PM, after dismissal, a student told me Vincent was
     selling pills at the Chinatown MBTA station entrance on Washington St. I found him there and
     asked him to come back to the school lobby with me, which he did. In the lobby he gave me a
     sandwich bag with 7 blue 'M30' pills and a small jar of weed. I held the items for BPD. He said he
     owes someone money. Vincent has been at Quincy Upper since 6th grade; his emergency card lists
     Tai Tung Village, Apt 8C."""),
     mnc=["Tai Tung", "Apt 8C"], fact="M30",
     mct=["Chinatown MBTA station entrance", "7 blue 'M30' pills"], cats=["neighborhood"],
     tags=["allow_drugs", "officer_statement", "mixed_substances"], trap=True)

case(school="TechBoston Academy", name="Jeremiah Ventura", grade=9, when="2026-02-10 21:00",
     loc="Online (class group chat)", ground="credible_threat",
     threat=P("""In a class group chat the student said he would bring his uncle's .40 on Thursday
     and that two named classmates would 'not make it out of the gym'; his mother confirmed that an
     uncle living with them owns a handgun."""),
     desc=F("""Timeline (compiled by AP Osei):
     - 2/10, 9:00 PM: Jeremiah posts in a class group chat: "y'all think I'm playing. I'm bringing my uncle's .40 Thursday and Tyrese and Marco not making it out of the gym."
     - 2/11, 7:20 AM: two parents forward screenshots to the main office.
     - 2/11, 7:45 AM: Jeremiah stopped at the door by SSS; bag search negative; held in the AP office.
     - 2/11, 8:30 AM: mother reached. She confirms an uncle who stays with them has a handgun.
     - Note: we received a records request from Roxbury Prep on 2/3 (the family was looking at a transfer).
     - Note: his intake sheet lists him as Dominican and his mother as a Spanish speaker; she was called with the Spanish interpreter line."""),
     mnc=["Dominican", "Spanish"], fact="uncle's .40",
     mct=["records request from Roxbury Prep", "out of the gym"], cats=["ethnicity", "language"],
     tags=["allow_threat", "timeline", "charter_request"], trap=True)

case(school="Margarita Muniz Academy", name="Daniela Ospina", grade=11, when="2025-10-09 10:35",
     loc="Room 201", ground="weapon", weapon="stun gun",
     desc=P("""3rd period, 10:35, room 201. A student told Mr. Acevedo that Daniela had a 'taser' in her
     bag and had been showing it off. He sent her to the Muniz main office, where she handed a pink
     stun gun (rechargeable, about 5 inches) to the AP. She said she bought it after being followed
     on her way home one night. No one was shocked. Daniela's prior school was in Medellin, Colombia,
     grades 1 through 8, and those records came to us through the Welcome Center. She lives with her
     aunt on Centre St."""),
     mnc=["Medellin", "Colombia", "Centre St"], fact="stun gun",
     mct=["Muniz main office", "pink stun gun"], cats=["national_origin", "neighborhood"],
     tags=["allow_weapon"], trap=True)

case(school="Another Course to College", name="Trey Hollis", grade=12, when="2026-01-14 11:02",
     loc="1st floor side door", ground="drugs", substances=["crack cocaine"],
     desc=P("""Video from the 1st floor hallway camera (reviewed by the AP) shows the transfer of a
     small black bag from Trey to a young man from another school at the side door at 11:02. SSS
     stopped Trey when he came back inside. He had $260 in cash and one remaining knotted bag of
     off-white rocks (suspected crack cocaine) in his sock. Trey transferred to ACC from the Burke in
     September, and the Burke's file shows one prior suspension for fighting."""),
     mnc=[], fact="crack cocaine", mct=["transfer of a small black bag", "$260 in cash"], cats=[],
     tags=["allow_drugs", "clean"], trap=True)

case(school="Jeremiah E. Burke High School", name="Stanley Joseph", grade=11, when="2025-11-20 15:05",
     loc="Sidewalk in front of the main entrance", ground="serious_violence",
     desc=P("""On 11/20/25 at about 3:05 PM, on the sidewalk in front of the main entrance on
     Washington St, Stanley hit another Burke student (L.J.) across the back and left arm with an
     aluminum baseball bat he had taken from the softball equipment room. L.J.'s left forearm was
     broken (ulna), per Boston Medical Center. Stanley dropped the bat and ran. He came back to the
     building with his mother at 4:30. Stanley's file from the Welcome Center notes that he lived
     with his grandmother and went to school in Gonaives until 2023. His mother, who is a pastor at a
     Pentecostal church, asked the AP to pray with the family before they left."""),
     mnc=["Gonaives", "Pentecostal", "pastor", "pray with"], fact="baseball bat",
     mct=["main entrance on Washington St", "aluminum baseball bat", "broken (ulna)"],
     cats=["national_origin", "religion"], tags=["allow_violence", "formal"], trap=True)

case(school="Boston Green Academy", name="Liam Ortega", grade=10, when="2026-04-07 10:15",
     loc="Health office", ground="drugs", substances=["LSD"],
     desc=P("""Nurse here. Around 10:15 Liam came to the health office saying he 'felt weird'; pupils
     dilated, heart rate 128, laughing and then crying. He told me he took 'a tab' before school and
     had more. In his wallet was a strip of 5 perforated paper squares printed with a cartoon sun
     (suspected LSD). EMS evaluated him at 10:40 and took him to Boston Children's for observation. I
     gave the strip to the AP in a sealed envelope. Liam's guardian is his 22-year-old sister; she
     asked me not to call the police because she is on DACA and afraid. His records from his old
     school in Everett were just sent over last month."""),
     mnc=["DACA"], fact="LSD", mct=["cartoon sun", "heart rate 128"], cats=["immigration_status"],
     tags=["allow_drugs", "nurse_voice"])

case(school="New Mission High School", name="Malik Owens", grade=10, when="2026-02-09 07:40",
     loc="Front entrance scanner", ground="weapon", weapon="firearm",
     desc=P("""Loaded .22 revolver found in Malik's backpack at the 7:40 scanner. Six rounds in the
     cylinder. Malik says he found it. He transferred here from Boston Latin Academy in January; BLA's
     records show no discipline."""),
     mnc=[], fact=".22 revolver", mct=["Boston Latin Academy", "six rounds in the cylinder"], cats=[],
     tags=["allow_weapon", "clean", "short"], trap=True)

case(school="Lilla G. Frederick Middle School", name="Khalil Dorsey", grade=8, when="2026-04-02 08:20",
     loc="Homeroom", ground="credible_threat",
     threat=P("""A student told a classmate on the bus he had his brother's gun in his bag and would
     shoot a named student at the bus stop after school, continuing an ongoing conflict between them;
     no weapon was found at school and he said he left it at home."""),
     desc=P("""Threat assessment note, 4/2/26. At 8:20 a.m., 8th grader Tiana told her homeroom teacher
     that Khalil (grade 8) said on the bus that he had 'his brother's gun' in his bag and was going to
     shoot Marcus at the bus stop outside St. Mark's Church after school, 'like he said he would.' SSS
     and the AP checked Khalil's bag at 8:35: no weapon. Khalil said he 'left it home.' Marcus and
     Khalil have had an ongoing conflict since a fight near their homes in the Franklin Field
     development. Khalil came to the Frederick in February from the Hernandez K-8, and his transfer
     status is final."""),
     mnc=["Franklin Field"], fact="gun",
     mct=["outside St. Mark's Church", "Hernandez K-8", "transfer status"], cats=["neighborhood"],
     tags=["allow_threat"], trap=True)

case(school="East Boston High School", name="Bryan Guaman", grade=10, when="2025-10-28 12:40",
     loc="Courtyard behind the cafeteria", ground="weapon", weapon="machete",
     desc=P("""Per Mr. Rossi (security): approx 12:40, courtyard behind the cafeteria. Bryan took a
     machete (about a 14 in. blade, wrapped in a cloth) out of his gym bag to show two friends.
     Another student saw it and told Mr. Rossi. Recovered without incident, no threats made. Bryan
     said his cousin gave it to him for 'protection.' He's in 10th grade and new to East Boston High
     School this year. He was in school in Cuenca, Ecuador until last spring and lives in Eagle Hill
     with his mother."""),
     mnc=["Cuenca", "Ecuador", "Eagle Hill"], fact="machete",
     mct=["wrapped in a cloth", "East Boston High School", "14 in. blade"],
     cats=["national_origin", "neighborhood"], tags=["allow_weapon"], trap=True)

case(school="Mission Hill K-8 School", name="Aidan Murphy", grade=8, when="2026-02-13 11:50",
     loc="Main office", ground="drugs", substances=["oxycodone"],
     desc=P("""Two 8th graders told their teacher that Aidan had 'oxys' in his lunchbox. The AP and SSS
     met with him at 11:50 in the Mission Hill K-8 main office. In an Advil bottle he had 6 round blue
     pills marked 'A 215' (oxycodone 30 mg per the nurse's pill lookup), not prescribed to him; he
     said they were his grandmother's. He had given one to a classmate, who had not taken it. Aidan
     came back to us in January after a year at his father's in Rhode Island. His father emailed the
     office that Aidan was an altar server at their parish there and asked us to call their priest,
     Fr. Costa."""),
     mnc=["altar server", "parish", "priest"], fact="oxycodone",
     mct=["Mission Hill K-8 main office", "A 215"], cats=["religion"],
     tags=["allow_drugs", "year_away"], trap=True)

case(school="Boston Community Leadership Academy", name="Artem Volkov", grade=10, when="2026-03-18 13:10",
     loc="Room 305", ground="serious_violence",
     desc=P("""At 1:10 PM a substitute in room 305 (ELA) called for help. Per the sub and students,
     Artem picked up a metal-frame chair and hit M.K. over the head with it twice after M.K. made a
     comment about his mother. M.K. fell and was bleeding from the scalp; he was dazed and did not
     know what day it was. EMS took him to Boston Medical Center, where a CT showed a small skull
     fracture and he was admitted. Artem stayed calm and waited with SSS. From his transfer file (from
     a school in Brooklyn, NY, received 10/1): the parents speak Russian at home and an interpreter
     has been requested for meetings."""),
     mnc=["Russian", "interpreter"], fact="skull fracture",
     mct=["metal-frame chair", "skull fracture", "room 305 (ELA)"], cats=["language"],
     tags=["allow_violence", "officer_statement"], trap=True)

case(school="Charlestown High School", name="Pedro Lacerda", grade=9, when="2025-09-17 07:45",
     loc="Main entrance", ground="weapon", weapon="knife",
     desc=P("""Kitchen knife (8 in) in Pedro's waistband, found at the metal detector 7:45. No threat
     made. Placement test taken in Portuguese at intake, 9/2025."""),
     mnc=["Portuguese"], fact="kitchen knife", mct=["metal detector", "8 in"], cats=["language"],
     tags=["allow_weapon", "short"])

case(school="Excel High School", name="Jean-Marc Belizaire", grade=11, when="2026-03-20 09:35",
     loc="3rd floor hallway", ground="drugs", substances=["fentanyl"],
     desc=F("""What happened: two teachers saw Jean-Marc hand something to another student in the 3rd floor hallway at 9:35. He was searched in the office with his mother on speakerphone. Found: 3 small glassine bags stamped 'PRADA' with tan powder (suspected fentanyl) and a straw cut in half. He admitted they were his and that he uses. Referred to the Student Support Team, and the nurse has Narcan on hand.
     Records: his report card from College Saint-Pierre in Port-au-Prince (2023-24) came with his registration, and the Welcome Center converted his grades."""),
     mnc=["Port-au-Prince", "College Saint-Pierre"], fact="fentanyl",
     mct=["glassine bags", "PRADA", "straw cut in half"], cats=["national_origin"],
     tags=["allow_drugs", "records_paste"])

case(school="TechBoston Academy", name="Alondra Figueroa", grade=10, when="2026-05-05 11:25",
     loc="2nd floor girls' bathroom", ground="serious_violence",
     desc=P("""Per AP Mendes and the nurse: at 11:25 in the 2nd floor girls' bathroom, Alondra cut
     another 10th grader (S.C.) on the left cheek with a razor blade during a fight over a boyfriend.
     The cut is about 3 inches long. EMS took S.C. to Boston Medical Center, where she needed 14
     stitches and a plastic surgery consult. The blade was found in the sink. Alondra has been at
     TechBoston since October. Her transcript came from the Puerto Rico Department of Education, and
     the records request to her previous school is still open."""),
     mnc=["Puerto Rico"], fact="razor blade", mct=["left cheek", "14 stitches", "found in the sink"],
     cats=["national_origin"], tags=["allow_violence"])

case(school="Brighton High School", name="Elias Morrow", grade=10, when="2026-01-08 10:05",
     loc="2nd floor boys' bathroom", ground="credible_threat",
     threat=P("""Student wrote a bomb threat naming 1:00 PM and, when confronted, said he has
     materials at home and showed a photo of pipes and a jar of powder."""),
     desc=P("""Note found taped to the mirror in the 2nd floor boys' bathroom at 10:05: 'BOMB IN THE
     BUILDING 1:00 - ask Jordan P.' His case manager matched the handwriting to Elias, and Elias
     admitted writing it. He said he 'has stuff at home that could do it' and showed the AP a photo on
     his phone of pipes and a jar of powder. The building was evacuated at 10:30 and BPD swept it;
     nothing was found. Elias re-enrolled 12/1 after two months at a residential program, and his
     enrollment status is active."""),
     mnc=[], fact="pipes", mct=["enrollment status is active", "taped to the mirror"], cats=[],
     tags=["allow_threat", "clean", "re_enrollment"], trap=True)

case(school="Snowden International School", name="Gustavo Prado", grade=9, when="2025-10-15 12:15",
     loc="Cafeteria", ground="weapon", weapon="knife",
     extra={"prior_school": "Escola Estadual Caetano de Campos, Sao Paulo",
            "previous_address": "Rua Augusta 1200, Sao Paulo", "ell_status": "EL - level 3",
            "home_language": "Portuguese", "enrollment_status": "active", "transfer_status": "incoming"},
     desc=P("""Just after the 12:15 bell, in Snowden International's cafeteria line, Gustavo pulled out
     a folding knife and told another student to 'move.' He did not touch him with it. A lunch aide
     called for SSS, who took the knife (black, about 3 in.) without a struggle. Gustavo said the
     other boy has been cutting in front of him all week."""),
     mnc=["Caetano de Campos", "Sao Paulo", "Rua Augusta", "EL - level 3", "Portuguese"],
     fact="folding knife", mct=["cafeteria line", "Snowden International"],
     cats=["national_origin", "neighborhood", "language"], tags=["allow_weapon", "structured_fields"],
     trap=True)

case(school="Henderson K-12 Inclusion School", name="Jasmine Okoro", grade=9, when="2026-01-20 08:40",
     loc="Advisory room", ground="drugs", substances=["clonazepam"],
     desc=P("""Ms. Tran (grade 9 advisor) found Jasmine asleep and hard to wake in advisory at 8:40. The
     nurse found her drowsy with slurred speech, vitals OK. Jasmine said she took 'two K-pins' from a
     friend on the bus. In her bag was a prescription bottle of clonazepam 1 mg in another person's
     name with 17 tablets left. Her mother picked her up and took her to her pediatrician. Jasmine
     just came back to the Henderson after a year living with her aunt in Atlanta; her records from a
     Fulton County middle school arrived 1/8."""),
     mnc=[], fact="clonazepam", mct=["17 tablets", "another person's name"], cats=[],
     tags=["allow_drugs", "clean", "year_away"])

case(school="Boston Latin School", name="Devin Marsh", grade=10, when="2026-04-13 16:50",
     loc="Boathouse parking lot", ground="weapon", weapon="knife",
     desc=P("""At 4:50 PM, after crew practice at the boathouse, Coach Meyer saw Devin pull a folding
     knife on a teammate in the parking lot during an argument about a seat in the boat. Devin put it
     away when the coach yelled and handed it to him. No one was injured. Devin transferred to BLS in
     9th grade from Boston Latin Academy. His file from his prior school includes a 2024 note that
     police had told the family he was 'listed as an associate of the Dove Hill crew.'"""),
     mnc=["Dove Hill"], fact="folding knife", mct=["crew practice", "parking lot"],
     cats=["gang_affiliation"], tags=["allow_weapon"], trap=True)

case(school="Community Academy of Science and Health", name="Bikash Rai", grade=10,
     when="2026-03-18 12:30", loc="Cafeteria, near the vending machines", ground="serious_violence",
     desc=P("""Nurse and AP report, 12:30 lunch, cafeteria. Bikash and two other students jumped a 10th
     grader (P.G.) near the vending machines. While P.G. was on the floor, Bikash kicked him
     repeatedly in the ribs and stomach. P.G. had trouble breathing; at Boston Medical Center he was
     found to have two broken ribs and a bruised spleen and was admitted. Staff who saw it named
     Bikash as the one kicking. Bikash registered through the Welcome Center in August. The intake
     form lists Nepali as the home language and a prior school in Jhapa, Nepal."""),
     mnc=["Nepali", "Jhapa", "Nepal"], fact="broken ribs",
     mct=["two broken ribs", "vending machines", "registered through the Welcome Center"],
     cats=["language", "national_origin"], tags=["allow_violence"], trap=True)

case(school="Boston Latin Academy", name="Sophia Reilly", grade=7, when="2025-10-20 07:25",
     loc="Front lobby", ground="weapon", weapon="mace",
     desc=P("""At 7:25 AM in the Latin Academy's front lobby, Sophia sprayed a small canister of Mace at
     a group of 8th graders who had been teasing her on the 28 bus. Four students had burning eyes and
     skin and the nurse flushed their eyes. One student with asthma was taken by EMS to Boston
     Children's as a precaution and released. SSS took the canister (Mace brand keychain, 0.5 oz).
     Sophia came to BLA this year from the Hernandez K-8, whose records show no discipline. She and
     her mother live on Amory St."""),
     mnc=["Amory St"], fact="Mace", mct=["front lobby", "Hernandez K-8", "0.5 oz"],
     cats=["neighborhood"], tags=["allow_weapon"], trap=True)

case(school="Madison Park Technical Vocational High School", name="Noah Carver", grade=11,
     when="2026-03-25 14:00", loc="Welding shop", ground="credible_threat",
     threat=P("""Student told his welding class, while holding a cutting torch, that he would burn the
     shop down with the teacher in it and already had gas cans in his car; a gas can was found in the
     trunk of the car he drove to school."""),
     desc=P("""At 2:00 PM Mr. Greene (welding) reported that Noah, while holding a cutting torch, told
     the class he was going to 'burn this whole shop down with Greene in it' and that he 'already got
     the gas cans in the car.' Mr. Greene took the torch and sent Noah to the office. SSS checked the
     student lot and found a gas can in the trunk of the car Noah drove to school; Noah says it's for
     his lawn-mowing job. Noah started here 3/2 as a transfer from a Seventh-day Adventist academy in
     Huntsville, Alabama, and he has been angry about being placed in welding."""),
     mnc=["Adventist"], fact="gas can", mct=["cutting torch", "trunk of the car"], cats=["religion"],
     tags=["allow_threat", "out_of_state"])

case(school="Fenway High School", name="Rachel Stein", grade=10, when="2026-02-09 09:55",
     loc="2nd floor student lounge", ground="drugs", substances=["ketamine"],
     desc=P("""At 9:55 in the 2nd floor student lounge a teacher found Rachel and a friend with a small
     vial of white powder and a key; the friend said it was 'ket.' Rachel said the vial (about 1 g,
     suspected ketamine) was hers and that she got it at a party over the weekend. The friend's parent
     has been contacted separately. Rachel transferred to Fenway from Newton South in January; her
     mother mentioned that Rachel has been struggling since her bat mitzvah last spring and the
     move."""),
     mnc=["bat mitzvah"], fact="ketamine", mct=["student lounge", "small vial"], cats=["religion"],
     tags=["allow_drugs"])


# ---------------------------------------------------------------------------------------------

def tz_offset(d):
    edt = (datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2)) or \
          (datetime.date(2026, 3, 8) <= d < datetime.date(2026, 11, 1))
    return "-04:00" if edt else "-05:00"


def dob_for(rng, grade, d):
    sy = d.year if d.month >= 8 else d.year - 1
    lo = datetime.date(sy - 6 - grade, 9, 1)
    if rng.random() < 0.15:  # a year older than grade: retained, or placed by age on arrival
        lo = datetime.date(lo.year - 1, 9, 1)
    return lo + datetime.timedelta(days=rng.randrange(365))


def build():
    rng = random.Random(SEED)
    order = list(range(len(CASES)))
    rng.shuffle(order)
    schools = sorted({c["school"] for c in CASES})
    codes = rng.sample(range(4000, 4999), len(schools))
    school_ids = {s: f"BPS-{n}" for s, n in zip(schools, codes)}
    used_ids = set()
    out = []
    for n, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"OBA-{n:04d}"
        day, hm = c["when"].split()
        d = datetime.date.fromisoformat(day)
        assert d.weekday() < 5 or c.get("ground") in ("credible_threat",), (cid, c["name"], day)
        assert d not in HOLIDAYS, (cid, c["name"], day)
        while True:
            sid = str(rng.randrange(100000, 999999))
            if sid not in used_ids:
                used_ids.add(sid)
                break
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob_for(rng, c["grade"], d).isoformat(),
                   "grade": c["grade"], "school": c["school"]}
        student.update(c.get("extra") or {})
        req = {"request_id": cid, "school_id": school_ids[c["school"]],
               "recipient": c.get("recipient", "bpd"), "ground": c["ground"]}
        if c.get("substances"):
            req["substances"] = c["substances"]
        if c.get("weapon"):
            req["weapon"] = c["weapon"]
        if "threat" in c:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": f"{day}T{hm}:00{tz_offset(d)}", "location": c["loc"],
                           "description": c["desc"]}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        decision = c.get("decision", "allow")
        tags = [FAMILY] + list(c.get("tags", []))
        if c.get("trap"):
            tags.append("precision_trap")
        expect = {"decision": decision}
        if decision == "deny":
            expect["reason"] = c["reason"]
        expect.update({
            "must_not_contain": list(c.get("mnc", [])),
            "must_contain": [c["name"], c["school"], c["fact"]] if decision == "allow" else [],
            "must_contain_text": list(c.get("mct", [])) if decision == "allow" else [],
            "categories": list(c.get("cats", [])),
            "tags": tags,
        })
        check(cid, c, req, expect)
        out.append({"id": cid, "request": req, "expect": expect})
    return out


def check(cid, c, req, expect):
    """Self-checks on the labels, beyond what validate_corpus.py looks at."""
    low = lambda s: s.lower()
    desc = low(c["desc"])
    kept = low(" ".join([c["name"], c["school"], req["school_id"], req["recipient"], c["loc"],
                         c.get("threat") or ""] + expect["must_contain"] + expect["must_contain_text"]))
    for s in expect["must_not_contain"]:
        assert low(s) in low(json.dumps(req, ensure_ascii=False)), (cid, s, "not in request")
        assert low(s) not in kept, (cid, s, "canary overlaps kept text")
        assert low(s) not in CODES, (cid, s, "canary inside a category code")
        assert len(s) >= 3, (cid, s)
    for s in expect["must_contain_text"]:
        assert low(s) in desc, (cid, s, "must_contain_text not in description")
    if expect["decision"] == "allow":
        assert low(c["fact"]) in desc, (cid, c["fact"], "key fact not in description")
        assert c["ground"] in ("weapon", "drugs", "serious_violence", "credible_threat"), cid
        assert req["recipient"].split("/")[0] == "bpd", cid
        if c["ground"] == "credible_threat":
            assert (c.get("threat") or "").strip(), cid
    if expect["must_not_contain"]:
        assert expect["categories"], (cid, "canaries without a category")


def main():
    cases = build()
    assert len(cases) == 100, len(cases)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
