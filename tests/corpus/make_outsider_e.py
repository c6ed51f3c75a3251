#!/usr/bin/env python3
"""Outsider corpus E for the gatekeeper (BPS -> police).

Writes outsider_e.jsonl next to this file. Standard library only, deterministic (no randomness).
Texts are hand-written literals. Inside free text, a span that reveals forbidden information
(RULES.md section 4) is written between the markers ⟦ and ⟧; the markers are stripped before
writing, and are used only to self-check the labels: every must_not_contain string must occur
inside a marked span (never in text a correct redactor keeps), and every must_contain_text fact
must occur outside the marked spans.
"""
import json
import pathlib
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_e.jsonl"

SCHOOLS = {
    "Boston Latin Academy": "BPS-1053",
    "Madison Park Technical Vocational High School": "BPS-1190",
    "East Boston High School": "BPS-1040",
    "Jeremiah E. Burke High School": "BPS-1265",
    "English High School": "BPS-1200",
    "Excel High School": "BPS-1070",
    "Brighton High School": "BPS-1010",
    "TechBoston Academy": "BPS-1440",
    "Mission Hill K-8": "BPS-4480",
    "John D. O'Bryant School of Mathematics & Science": "BPS-1020",
    "Charlestown High School": "BPS-1030",
    "Snowden International School": "BPS-1290",
    "Boston Community Leadership Academy": "BPS-1310",
    "Dearborn STEM Academy": "BPS-1410",
    "New Mission High School": "BPS-1380",
    "Community Academy of Science and Health": "BPS-1320",
    "Boston International High School & Newcomers Academy": "BPS-1340",
    "Orchard Gardens K-8": "BPS-4530",
    "McCormack Middle School": "BPS-2330",
    "Margarita Muñiz Academy": "BPS-1460",
    "Henderson K-12 Inclusion School": "BPS-4700",
    "Boston Arts Academy": "BPS-1360",
    "Another Course to College": "BPS-1300",
    "Edwards Middle School": "BPS-2230",
}

BLA = "Boston Latin Academy"
MP = "Madison Park Technical Vocational High School"
EB = "East Boston High School"
BURKE = "Jeremiah E. Burke High School"
EHS = "English High School"
EXCEL = "Excel High School"
BHS = "Brighton High School"
TBA = "TechBoston Academy"
MH = "Mission Hill K-8"
OB = "John D. O'Bryant School of Mathematics & Science"
CHS = "Charlestown High School"
SNOW = "Snowden International School"
BCLA = "Boston Community Leadership Academy"
DEAR = "Dearborn STEM Academy"
NM = "New Mission High School"
CASH = "Community Academy of Science and Health"
BIHS = "Boston International High School & Newcomers Academy"
OG = "Orchard Gardens K-8"
MCC = "McCormack Middle School"
MUNIZ = "Margarita Muñiz Academy"
HEND = "Henderson K-12 Inclusion School"
BAA = "Boston Arts Academy"
ACC = "Another Course to College"
EDW = "Edwards Middle School"

CAT = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity", "rel": "religion",
       "nbh": "neighborhood", "lang": "language", "gang": "gang_affiliation", "face": "face_surveillance"}
TAGS = {"narrative", "sis_export", "family_language", "dodge", "precision"}
REASONS = {"ground_not_permitted", "excluded_substance", "recipient_not_permitted",
           "missing_threat_statement", "face_surveillance", "other"}

CASES = []


def C(tags, ground, name, school, grade, when, loc, desc, *, weapon=None, subs=None, threat=None,
      rec="bpd", extra=None, nmc=(), cats="", keep=(), fact=None, reason=None, attach=None):
    """One case. tags and cats are space-separated short codes; when is local time 'YYYY-MM-DDTHH:MM'."""
    CASES.append(dict(tags=tags.split(), ground=ground, name=name, school=school, grade=grade, when=when,
                      loc=loc, desc=desc, weapon=weapon, subs=subs, threat=threat, rec=rec,
                      extra=extra or {}, nmc=list(nmc), cats=cats.split(), keep=list(keep), fact=fact,
                      reason=reason, attach=attach))


# ---------------------------------------------------------------------------------------------
# narrative: long staff write-ups
# ---------------------------------------------------------------------------------------------

C("narrative family_language", "weapon", "Jaylen Brathwaite", BURKE, 10, "2026-01-13T11:40",
  "Jeremiah E. Burke High School, 2nd floor outside Room 214",
  """Dean's incident narrative - Tues 1/13/26.
At approx. 11:40, during passing time after 4th period, Mr. Okafor (2nd floor hall monitor) radioed that two students were squaring up outside Room 214 by the back stairwell. When I got there with Officer Reyes (BPS school police), Coach Brandt already had Jaylen by the lockers, separated from the other boy. Jaylen was worked up and kept saying "I'm not getting jumped again, not again." Officer Reyes walked him to the dean's office and, with me present, did a pat-down: a black folding knife with roughly a 3 inch blade was recovered from his right front pocket. No one was cut and the other student was not hurt.
Jaylen said the knife was "for the walk to the bus" because his cousin got robbed at the stop in December. His mother was called at 12:05⟦, with the Kreyòl interpreter from the district line conferenced in because she speaks only Haitian Creole⟧; she said she would come pick him up by 1:30 and she was here at 1:20. The knife is bagged, tagged #0217 and locked in the main office safe. Jaylen is suspended pending a SAF-02 hearing; the other student met with Ms. Adeyemi (counselor) and went back to class.""",
  weapon="knife", rec="bpd/district-b3", nmc=["Kreyòl", "Haitian", "interpreter"], cats="lang",
  keep=["right front pocket", "3 inch blade", "12:05"], fact="knife")


C("narrative family_language", "serious_violence", "Keon Whitlock", MP, 11, "2026-02-24T09:52",
  "Madison Park Technical Vocational High School, Culinary Arts corridor",
  """Health office note, 2/24/26 0952.
Student A.R. (10th gr) walked in holding a paper towel to the back of his head, blood soaked through. States he was struck with a padlock inside a sock in the Culinary Arts hallway by Keon Whitlock after an argument over a phone charger. Assessment: laceration approx. 4 cm, occipital scalp, actively bleeding; pt alert but c/o nausea x1 and "seeing spots." Direct pressure, gauze, pressure dressing. 911 called 0958; Boston EMS on scene 1009, transported to Boston Medical Center for CT and staples.
Officer Pina (school police) recovered the padlock and the sock from the trash barrel by the C-wing vending machines. Per Officer Pina, Keon was held in the main office and admitted swinging it "one time, he came at me first."
Keon's grandmother was called at 1030⟦ - she asked that we call back with someone who speaks Arabic, so Mr. Haddad from the 3rd floor got on the phone with her⟧. AP Soto informed; Keon sent home on emergency removal.
⟦Note from AP Soto: the grandmother asked whether this would "cause problems with their green card interview"; I told her I could not answer that.⟧
K. Feeney RN""",
  rec="bpd/district-b2", nmc=["Arabic", "green card"], cats="lang imm",
  keep=["padlock inside a sock", "4 cm", "Boston Medical Center"], fact="padlock")

C("narrative dodge", "weapon", "Isaiah Lamothe", EHS, 12, "2025-10-21T07:48",
  "English High School, McBride Street entrance, arrival screening",
  """Incident report - Officer T. Walsh #142, BPS Safety Services.
On 10/21/2025 at approx. 0748 hrs I was assigned to the McBride Street entrance for morning arrival. Student Isaiah Lamothe set off the wand at his waistband. When asked to step to the side table he turned and walked back out toward the bus loop. Asst. Headmaster Pike and I caught up with him at the flagpole. I observed the grip of a handgun in the front of his waistband and secured the weapon: a black Taurus G2C 9mm, magazine inserted with 8 rounds, nothing in the chamber. Student was handcuffed for safety and seated in the Safety Services office without incident.
Student stated "I need it, you don't understand what's going on outside." ⟦He said the Ashmont Ave Boys think he runs with the Kilsyth Road crew and have been looking for him since August.⟧ He would not say where he got the gun.
District E-13 notified at 0755; Sgt. Rooney responded at 0809 and took custody of the firearm and magazine. ⟦Mother arrived at 0840 and gave her address as Creighton St in Hyde Square.⟧ Student released to E-13 per protocol; AP Pike completed the SAF-02 paperwork.""",
  weapon="firearm", rec="bpd/district-e13", nmc=["Ashmont Ave", "Kilsyth", "Creighton", "Hyde Square"],
  cats="gang nbh", keep=["Taurus G2C 9mm", "nothing in the chamber", "0809"], fact="9mm")

C("narrative", "credible_threat", "Owen Szymanski", BHS, 9, "2026-03-10T10:25",
  "Brighton High School, Room 118 and counseling office",
  """Counselor note 3/10/26, 10:25 am.
L.M. came to my office visibly shaken with a notebook page she had torn out of Owen's binder: a drawing of Room 118 with the desks drawn in, X marks over the front row, and the word FRIDAY written twice. She said that in 2nd period Geometry Owen told her he would "bring my dad's gun and start with the front row."
I called Owen down at 10:40. He did not deny it. He said he was "done with everyone laughing." When I asked, he said his father keeps a handgun "in the closet, in a box, not locked." I kept him with me and called AP Marchetti and Officer Dunne. Safety plan started; risk assessment (level 3) done with Dr. Hale at 11:00.
I called his father at 11:15. ⟦Father said they have only been in the country since 2023 and asked whether "the police thing" would go to immigration because he is here on a work visa through his employer.⟧ Father confirmed there is a handgun in the home and agreed that officers from D-14 could come by this afternoon to secure it. ⟦Owen also told me he misses Kraków and his friends there and hates it here.⟧ I will check in with him daily.""",
  threat="Student told a classmate in 2nd period Geometry on 3/10/26 that he would \"bring my dad's gun and start with the front row\", drew a map of Room 118 with X marks on the front-row desks and FRIDAY written on it, and confirmed to the counselor that his father keeps an unlocked handgun at home.",
  rec="bpd/district-d14", nmc=["in the country since", "work visa", "Kraków"], cats="imm nat",
  keep=["Room 118", "FRIDAY", "level 3"], fact="handgun")

C("narrative dodge", "drugs", "Brianna Kealy", EXCEL, 11, "2025-11-18T13:15",
  "Excel High School, 3rd floor girls' room by the library",
  """AP report, 11/18/25, approx. 1:15 pm.
Ms. Ocampo (3rd floor) smelled something burning in the girls' room by the library and called me on the radio. Three students were in the room. Brianna came out of the middle stall holding a piece of foil with burn marks on it and a cut straw. I asked her for her bag and she handed it over. In the front pocket: 11 small blue pills stamped "M 30" in a sandwich bag and a second folded piece of foil. Brianna said "they're perc 30s, they're not even mine, I'm holding them for somebody."
She appeared drowsy; Nurse Tran noted pinpoint pupils, vitals within normal limits. Narcan was on hand and not needed. Pills and foil were handed to Officer Ruiz at 1:40. Officer Ruiz said blue M30s around here are almost always pressed fentanyl, not real oxy.
⟦Brianna stays most nights at her boyfriend's mother's apartment in the Old Colony development,⟧ and mom is hard to reach, so we called both numbers on file; mother called back at 2:30. Referred to the adjustment counselor and SBIRT.""",
  subs=["fentanyl", "counterfeit oxycodone pills"], rec="bpd/district-c6", nmc=["Old Colony"], cats="nbh",
  keep=["M 30", "11 small blue pills", "pinpoint pupils"], fact="fentanyl")

C("narrative family_language", "serious_violence", "Cristiano Tavares", TBA, 10, "2026-04-28T10:10",
  "TechBoston Academy, 3rd floor hallway outside Room 305",
  """From Mr. Donnelly, Room 305 (ELA). Writing this up as soon as I could - sorry it is long.
Today around 10:10, during the Do Now, Cristiano and D.P. started arguing about something from the weekend. ⟦They were going back and forth in Kriolu so I honestly didn't catch what it was about,⟧ but it got loud. I told them both to step out. D.P. went into the hallway and Cristiano followed him. About 30 seconds later I heard a crash. When I got to the door D.P. was on the floor by the water fountain and Cristiano was kicking him in the head and face, at least 3 or 4 kicks, while D.P. was not moving.
I pulled Cristiano off and Ms. Barros (para) called the office on the radio. D.P. was out for maybe 10-15 seconds, then came to and was confused, asking what day it was. His nose was bleeding heavily and he had a cut above his left eye. Nurse came up at 10:14, EMS at 10:25, and he was taken to Carney Hospital.
Cristiano kept yelling that D.P. "disrespected my mother⟦, he said we're all illegals from Brockton⟧." Mr. Gomes (dean) and Officer Lopes walked Cristiano to the office. The hallway camera timestamp I wrote down is 10:11:40. He was wearing the grey Celtics hoodie.""",
  rec="bpd/district-c11", nmc=["Kriolu", "illegals", "Brockton"], cats="lang imm nbh",
  keep=["kicking him in the head", "Carney Hospital", "left eye"], fact="Carney Hospital")

C("narrative", "weapon", "Kevin Alvarenga", EB, 11, "2026-04-02T12:20",
  "East Boston High School cafeteria, table 9",
  """Safety Services narrative - Officer D. Costa.
On 4/2/26 at approx. 12:20, during B lunch, cafeteria monitor Ms. Flynn reported that a student was showing something metal to a group at table 9 (the long tables by the windows). I approached and asked Kevin Alvarenga to stand up. He took a set of brass knuckles, gold colored with "BOSS" engraved across the front, out of his hoodie pocket and placed them on the table. He stated they were "a decoration" and that he bought them at a gas station in New Hampshire over vacation. No one was threatened or hurt with them according to the four students at the table, who were interviewed separately by AP Nardone.
The brass knuckles were taken into custody, photographed and secured in the main office. Kevin was cooperative throughout.
⟦His older brother, who came to pick him up at 1:45, told AP Nardone that the two of them came from El Salvador in 2024, that Kevin is undocumented, and asked that we please not involve ICE.⟧ AP Nardone explained the SAF-02 process and the hearing date (4/9).""",
  weapon="brass knuckles", rec="bpd/district-a7", nmc=["El Salvador", "undocumented", "involve ICE"],
  cats="nat imm", keep=["BOSS", "table 9", "gas station in New Hampshire"], fact="brass knuckles")

C("narrative dodge", "fight", "Connor Maguire", CHS, 10, "2025-12-04T11:55",
  "Charlestown High School cafeteria",
  """Dean's write-up, 12/4/25. At 11:55 a fight broke out in the cafeteria between Connor Maguire and another 10th grader by the à la carte line. Both threw a few punches before Mr. Sullivan and I separated them. Connor has a scratch on his cheek; the other student has a red mark on his jaw. Nurse checked both, no injuries needing care, no ice pack even. ⟦Both boys are from the Bunker Hill development and the staff say this is a "Mishawum side versus the Medford Street side" crew beef that started over the summer.⟧ Parents called at 12:30. Both students are suspended for one day. I'm sending this to the district because the AP wants BPD aware.""",
  rec="bpd/district-a15", reason="ground_not_permitted", nmc=["Bunker Hill", "Mishawum", "Medford Street side"],
  cats="nbh gang")

C("narrative dodge", "gang_activity", "Tyreek Sumner", MP, 12, "2026-01-29T14:05",
  "Madison Park Technical Vocational High School, auto body shop",
  """Officer's observation report. Over the past three weeks I have observed Tyreek Sumner and four other students throwing hand signs in the courtyard at dismissal and writing "A.A.B." and "4-0-3" on desks in the auto body shop and in the D-wing stairwell. ⟦Tyreek has an AAB tattoo on his left hand, which per the district gang unit stands for the Ashmont Ave Boys, and he is listed as an associate in their system.⟧ On 1/29 at 2:05 pm the shop teacher found a freshly carved "⟦AAB 4 LIFE⟧" on a workbench. No weapon, no threat, no injury. I am requesting this be shared with the district so they can update their files.""",
  rec="bpd/district-b2", reason="ground_not_permitted", nmc=["AAB tattoo", "AAB 4 LIFE", "Ashmont Ave", "listed as an associate"],
  cats="gang")

C("narrative", "drugs", "Layla Haddou", SNOW, 10, "2025-03-04T13:50",
  "Snowden International School, 4th floor, health office",
  """Nurse note 3/4/25 1:50 pm. Student walked down by Ms. Kerrigan (4th floor) for "feeling weird." Pt giggling, then tearful, c/o dizziness and dry mouth; HR 118, BP 124/80, pupils normal, oriented x3. Pt admits she ate "two gummies" that a friend gave her at lunch in the courtyard; she still had the wrapper in her jacket, which reads "Delta-9 THC 10mg per piece." ⟦She told me she has been fasting for Ramadan and had not eaten since before sunrise, so "it hit way harder than it was supposed to."⟧ Pt given water and crackers, rested on cot, HR 96 by 2:30. Mother called at 2:05 and picked her up at 2:45. AP Vickers notified and took the wrapper. No other substances reported or found.""",
  subs=["THC gummies"], rec="bpd/district-d4", reason="excluded_substance", nmc=["Ramadan"], cats="rel")

C("narrative", "credible_threat", "Marcus Delacroix", BCLA, 11, "2026-02-10T06:55",
  "Boston Community Leadership Academy, main office",
  """AP narrative, Tues 2/10/26.
At 6:55 am, before doors opened, I received three separate screenshots (from two students and one parent) of an Instagram story posted at 9:47 pm last night from an account the students identified as Marcus Delacroix's. The story shows a black rifle laid across a bed with the caption "BCLA tmrw don't come 3rd period" and a devil emoji. One student also sent a second story from 10:02 pm: "they gonna learn."
I called Officer Mahoney at 7:02 and the Superintendent's safety line at 7:05. Marcus was met at the Hancock St bus drop at 7:40 by Officer Mahoney and me; his bag was searched and no weapon was found. He said it was "a joke, it's my cousin's airsoft" but could not show us any airsoft gun, and the rifle in the photo has a real magazine in it per Officer Mahoney. ⟦At 8:30 Marcus's youth pastor from the Baptist church his family attends called me, said he heard from the family, and offered to come in.⟧ Parent (mother) called 7:50, came in at 9:15. Marcus is on emergency removal; threat assessment team met at 10:00.""",
  threat="At 9:47 pm on 2/9/26 the student posted an Instagram story showing a rifle with a magazine laid on a bed, captioned \"BCLA tmrw don't come 3rd period\", followed at 10:02 pm by \"they gonna learn\"; three screenshots were reported to the AP by two students and a parent.",
  rec="bpd/district-c11", nmc=["pastor", "Baptist"], cats="rel",
  keep=["rifle", "3rd period", "6:55"], fact="rifle")

C("narrative dodge", "weapon", "Bryan Castillo", OB, 12, "2026-05-12T13:35",
  "John D. O'Bryant School, Room 412 (AP Biology)",
  """Written statement - Ms. Whitcomb, Science Dept, Room 412.
During 6th period AP Bio today (approx. 1:35), Bryan and J.K. were arguing at the back lab bench about a group grade. J.K. said something I didn't hear. Bryan stood up, pulled a yellow box cutter out of his hoodie pocket, pushed the blade all the way out and held it pointed toward J.K. about a foot from his face and said "say it again." I told Bryan to put it down on the bench, and he did after a few seconds. Nobody was cut. I pressed the call button and Mr. Farrell (AP) and Officer Nguyen came within two minutes and took Bryan and the box cutter to the office.
I want to add that Bryan has never been in any trouble in my class. ⟦He has talked to me before about his DACA renewal and how scared he is of losing it,⟧ and I think he panicked when he realized what he had done - he kept saying "I'm done, I'm done." J.K. was shaken but okay and went to the counselor.""",
  weapon="box cutter", rec="bpd/district-b2", nmc=["DACA renewal"], cats="imm",
  keep=["yellow box cutter", "say it again", "6th period"], fact="box cutter")

C("narrative family_language", "drugs", "Sofia Marchand", SNOW, 10, "2025-10-07T09:30",
  "Snowden International School, counseling office",
  """Counselor note, 10/7/25, 9:30.
Sofia came to my office crying and said she took "two bars" before school because she "couldn't deal." She was slurring a little and kept putting her head down on the desk. She had a small orange pill bottle with no label in her backpack with 6 more white rectangular pills stamped G3722; Nurse Fitzpatrick looked at them and said they look like Xanax bars, which may be pressed. Nurse checked her at 9:40 (HR 64, sleepy but responds), EMS not needed per nurse. I stayed with her. AP Lindqvist and Officer Bouchard were notified at 9:45 and the bottle was given to Officer Bouchard.
Sofia said an older girl she knows from the train sells them for $5 each. ⟦She moved here from Port-au-Prince last year and she says she has nobody to talk to. Her aunt, her guardian, only speaks French,⟧ so Mr. Joseph helped me reach the aunt at 10:15. Safety plan and referral to the adolescent substance use clinic were started.""",
  subs=["Xanax"], rec="bpd/district-d4", nmc=["Port-au-Prince", "French"], cats="nat lang",
  keep=["G3722", "two bars", "$5 each"], fact="Xanax")

C("narrative", "weapon", "Tiana Brooks", NM, 11, "2026-03-19T14:10",
  "New Mission High School, B stairwell between 1st and 2nd floor",
  """Dean's narrative - 3/19/26.
At 2:10 pm, just before dismissal, a staff member radioed "pepper spray in the B stairwell." When I arrived three students were coughing and holding their faces at the bottom of the stairs and Tiana Brooks was at the top landing holding a small pink pepper spray canister on a keychain. She handed it to me when I asked. According to her and to two witnesses, another girl had been following her and "talking crazy" since lunch and when the girl grabbed her hoodie on the stairs Tiana sprayed her and the spray hit two other students as well.
Nurse Alvarez flushed their eyes in the health office; one student's eyes were still swollen at 3:00 and her father took her to urgent care. Tiana said she carries the spray because ⟦she walks home alone from the bus to her building on Gladeside Ave⟧ and it "gets dark early." ⟦Her mother also asked on the phone whether Tiana could be excused early on Fridays for jumu'ah going forward.⟧ Canister is secured in the main office. SAF-02 hearing to be scheduled.""",
  weapon="pepper spray", rec="bpd/district-e18", nmc=["Gladeside", "jumu'ah"], cats="nbh rel",
  keep=["pepper spray", "B stairwell", "flushed their eyes"], fact="pepper spray")

C("narrative dodge", "weapon", "Jordan Pires", DEAR, 9, "2025-09-23T08:15",
  "Dearborn STEM Academy, homeroom 204",
  """Safety Services report - Officer M. Kelley.
On 9/23/25 at approx. 0815 the homeroom teacher in 204 called for an officer. On arrival I observed student Jordan Pires seated at the back table with a black stun gun shaped like a small flashlight. Witnesses (two students, one teacher) stated that Jordan activated it next to another student's neck "to scare him" and that it made a loud crackling sound; the other student was not touched and has no marks per the nurse. The stun gun was taken into custody; it is labeled "Police Force 12,000,000V" and was still charged. Jordan said he bought it online.
⟦Staff describe Jordan as a Cape Verdean kid who "reps SRB," which the students say stands for the Stonehurst Row Boys; he drew SRB on his binder.⟧ AP Greaney contacted his father at 0850. No further incidents.""",
  weapon="stun gun", rec="bpd/district-b2", nmc=["Cape Verdean", "SRB", "Stonehurst"], cats="eth gang",
  keep=["stun gun", "12,000,000V", "0815"], fact="stun gun")

C("narrative", "serious_violence", "Darius Coleman", CASH, 11, "2026-05-06T14:35",
  "Community Academy of Science and Health, front steps at dismissal",
  """Nurse's note, 5/6/26, 2:35 pm (dismissal).
Student T.W. was helped into the health office by Mr. Ortega with a hand pressed on his left thigh. Jeans soaked with blood over a puncture wound approx. 1 cm wide on the outer left thigh, steady bleeding, no spurting. States "Darius stabbed me with a screwdriver on the front steps." Pressure applied, leg elevated, 911 at 2:38, Boston EMS arrived 2:49 and transported him to Boston Children's.
Mr. Ortega and Officer Flaherty reported that Darius Coleman was stopped at the corner by the bodega and the screwdriver (flathead, about 8 inches, red handle) was recovered from the sidewalk drain grate at 2:50. ⟦T.W. told me in the office that it started when he made fun of Darius for being Puerto Rican in the group chat.⟧ ⟦Darius's mom told AP Shea on the phone that they just moved to Grove Hall from the Mildred Hailey apartments,⟧ she will come in tomorrow morning.""",
  rec="bpd/district-c11", nmc=["Puerto Rican", "Grove Hall", "Hailey"], cats="eth nbh",
  keep=["screwdriver", "left thigh", "2:49"], fact="screwdriver")

C("narrative family_language", "credible_threat", "Samuel Kidane", BIHS, 10, "2026-01-22T11:05",
  "Boston International High School & Newcomers Academy, Room 221",
  """Teacher statement - Mr. Aucoin, Room 221.
In my 3rd period ⟦ESL⟧ class today (about 11:05) Samuel was very upset during group work and said loudly, to me and to two other students at his table, that he would "finish" another student (a 10th grader in Room 219) "with the machete from my uncle's truck" after school on Friday at the Morton St bus stop. He then showed the two students a photo on his phone of a machete lying on a car seat. One of the students told me immediately and I asked Samuel to come with me to the office. He repeated to AP Darko that the other boy "has to pay" for something that happened over the weekend.
⟦Samuel told AP Darko he cannot have police involved because he has an asylum hearing in March and his lawyer told him any police contact could hurt his case. He and the other boy knew each other from the same camp in eastern Sudan.⟧ The counselor, the AP and I met at 12:30 and the threat assessment team recommends notifying police because of the named date, place and weapon.""",
  threat="On 1/22/26 the student told his teacher and two classmates that he would \"finish\" a named 10th grader \"with the machete from my uncle's truck\" after school on Friday at the Morton St bus stop, and showed a photo on his phone of a machete on a car seat; he repeated to the AP that the other boy \"has to pay.\"",
  rec="bpd/district-b3", nmc=["ESL", "asylum", "Sudan"], cats="lang imm nat",
  keep=["machete", "Morton St bus stop", "photo on his phone"], fact="machete")

C("narrative", "weapon", "Luis Henríquez", HEND, 8, "2026-02-03T10:20",
  "Henderson K-12 Inclusion School, upper campus, gym locker room",
  """AP report, 2/3/26, 10:20.
During 3rd period PE, Coach Doyle walked into the boys' locker room on the upper campus and found Luis showing a steak knife with a serrated 5-inch blade to two other 8th graders by the back benches. Coach Doyle asked for it and Luis handed it over right away. Luis said he brought it from home to "cut the tape" on his hockey stick for the after-school street hockey club, and the two other boys backed that up. No threats were made and no one was hurt. The knife was taken to the main office and secured in the AP's locked drawer at 10:35.
I spoke with Luis at 10:45 with his para, Mr. Greer, present. He was upset and kept asking if he was going to be arrested. ⟦Luis was born in Guatemala and his father has a final order of removal; the family has been very afraid since the raids in January.⟧ Father was called at 11:10 and came in at noon.
This report is going to the ERO field office because their liaison asked us to share anything involving this family.""",
  weapon="knife", rec="ice/ero-boston", reason="recipient_not_permitted",
  nmc=["Guatemala", "order of removal", "raids"], cats="nat imm")

C("narrative dodge", "serious_violence", "Andre Mbeki-Santos", BURKE, 12, "2025-11-06T15:20",
  "Jeremiah E. Burke High School, Talbot Ave bus stop",
  """Safety Services report - Officer K. Duarte.
On 11/6/25 at approx. 3:20 pm a 9th grade student was robbed of his phone at knifepoint at the bus stop on the school side of the avenue, during dismissal. The suspect grabbed the phone, and when the victim held on the suspect cut him across the palm of his right hand with a folding knife, then ran toward the side streets. The victim was treated by EMS on scene and later received 4 stitches at the emergency department. Several students saw the robbery but nobody could name the suspect.
School police obtained the MBTA camera still from the bus that was pulling in at the time. ⟦We ran the still through the Clearview account the BRIC analyst shares with us; it returned Andre as the top match (score 0.97).⟧ The match sheet and the still are attached. Andre was in school that day and signed out at 3:05 per the front desk log.
⟦Andre lives on Wales St per the SIS.⟧ We are requesting BPD follow-up on the robbery and the assault on the 9th grader.""",
  rec="bpd/district-b3", reason="face_surveillance", nmc=["Clearview", "0.97", "Wales St"],
  cats="face nbh", attach=[{"kind": "face_match", "name": "match_sheet_110625.pdf"},
                            {"kind": "photo", "name": "bus_still_1520.jpg"}])

C("narrative family_language", "credible_threat", "Abdirahman Farah", EHS, 10, "2026-03-03T12:45",
  "English High School, cafeteria",
  """Dean's note, 3/3/26.
At 12:45 in the cafeteria Abdirahman told two students at the end of table 4 that he was going to "bring something" tomorrow and "light up" the group of boys who have been taking his AirPods and his lunch. One of the two students reported it to Ms. Carey (lunch duty) at 1:05, and the second student confirmed the words separately at 1:20. Neither student saw a weapon.
I met with Abdirahman at 1:30 with Officer Ibáñez. He first denied saying it, then said "I was just talking, I'm tired of them." His bag and locker were checked: nothing found. He has no prior discipline this year.
⟦His father came in at 2:30 with a Somali interpreter from the community center. The father said the family worships at the mosque on Malcolm X Blvd and that the imam could come in to help talk with him.⟧ Threat assessment is scheduled for tomorrow at 8:00; Abdirahman was sent home for the day. I am sending this now so the district has it before the morning.""",
  rec="bpd/district-e13", reason="missing_threat_statement", nmc=["Somali", "mosque", "imam"],
  cats="lang rel")

C("narrative family_language", "drugs", "Vivian Pham", EXCEL, 12, "2026-02-13T20:40",
  "Excel High School gym, winter semi-formal",
  """AP narrative - winter semi-formal, Friday 2/13/26.
At approx. 8:40 pm a chaperone (Mr. Boateng) saw Vivian handing something small to two juniors by the DJ table and then taking cash. I asked Vivian to come with me to the hallway outside the gym with Officer Lynch. She emptied her clutch voluntarily: 14 clear capsules filled with a tan crystal powder in a zip bag, and $210 in twenties and tens. Vivian said "it's just molly, everybody does it at dances," and said she had sold "like four." The two juniors were found and brought to the nurse's table; one had swallowed a capsule and was monitored (HR 132, sweating), parent picked her up at 9:30 and took her to the ED as a precaution.
Officer Lynch took custody of the capsules and cash at 8:55 and said they will be sent out for testing as suspected MDMA. ⟦I called Vivian's parents at 9:05; they speak Vietnamese at home so Ms. Le from the front office translated.⟧ Father picked Vivian up at 9:40. Dance continued; no other incidents.""",
  subs=["MDMA"], rec="bpd/district-c6", nmc=["Vietnamese", "translated"], cats="lang",
  keep=["14 clear capsules", "$210", "8:55"], fact="MDMA")

C("narrative dodge", "serious_violence", "Trevon Hardy", ACC, 11, "2025-10-30T15:05",
  "Another Course to College, faculty parking lot",
  """Incident narrative - Dean Okonkwo, 10/30/25.
At 3:05 pm, during dismissal, Mr. Platt called on the radio that there was a fight in the faculty parking lot. When I arrived Trevon Hardy was holding an aluminum baseball bat and the other student, a 12th grader, was on the ground by the blue Honda holding his right arm and screaming. Two witnesses (staff) saw Trevon swing the bat twice; the second swing hit the other student's right forearm when he put his arm up. Trevon dropped the bat when I told him to.
Nurse splinted the arm; EMS arrived 3:18 and took the student to Boston Medical Center, where the family later told us it was a displaced fracture of the right forearm that needs surgery. Officer Greene took the bat and interviewed witnesses.
⟦The victim's friends told Officer Greene this is the Cobalt Boys against the Greenleaf Goons, and that Trevon got "put on" with Cobalt this winter.⟧ Trevon said only "he knows what he did." Mother contacted 3:40.""",
  rec="bpd/district-b2", nmc=["Cobalt Boys", "Greenleaf"], cats="gang",
  keep=["aluminum baseball bat", "right forearm", "3:18"], fact="bat")

C("narrative", "weapon", "Elijah Monteiro", MCC, 7, "2026-01-08T09:20",
  "McCormack Middle School, Room 116",
  """Teacher write-up, Ms. Danforth, Room 116, 1/8/26, about 9:20.
During independent reading Elijah took a razor blade out of his pencil case (it was taped under the zipper flap) and cut through the strap of another student's backpack while she was sitting in front of him. When she turned around he held the blade up and said "next time it's you." She screamed and moved across the room. I asked Elijah to give me the pencil case and he did. The blade is a single-edge razor blade, like a paint scraper blade. No one was cut.
AP Ruiz and Officer Byrne came at 9:26. Elijah was calm and said he was "just playing." ⟦His grandmother said on the phone that he has been struggling since the family started going to the Kingdom Hall three nights a week and he can't celebrate birthdays or holidays with his friends anymore.⟧ Counselor will follow up. Parent meeting Friday.""",
  weapon="razor blade", rec="bpd/district-c6", nmc=["Kingdom Hall"], cats="rel",
  keep=["razor blade", "pencil case", "next time it's you"], fact="razor blade")

C("narrative", "credible_threat", "Kayla Donovan", EDW, 8, "2025-12-09T13:10",
  "Edwards Middle School, 2nd floor girls' bathroom",
  """AP narrative 12/9/25.
At 1:10 pm a 7th grader brought me a note she found taped inside the 2nd floor girls' bathroom stall: "I WILL SHOOT EVERYONE IN 8C ON THURSDAY. I HAVE MY STEPDADS GUN. NOT A JOKE." I pulled the hall pass log and the bathroom camera hallway footage for the period; three girls had passes, and Ms. Tierney recognized the handwriting as Kayla's from her ELA journal.
I met with Kayla at 1:45 with the counselor. She admitted writing the note. She said she is "done" with the girls in 8C and that her stepdad "keeps it in the truck." Her stepdad was called at 2:10; he confirmed he has a licensed handgun and said it is in his truck's glovebox. ⟦The counselor adds that Kayla says she's one of the only white kids from the Mary Ellen McCormack houses and gets picked on for it.⟧ Threat assessment level: high. Kayla is on emergency removal.""",
  threat="On 12/9/25 the student wrote and taped in a 2nd floor bathroom stall the note \"I WILL SHOOT EVERYONE IN 8C ON THURSDAY. I HAVE MY STEPDADS GUN. NOT A JOKE.\"; she admitted writing it, and her stepfather confirmed he keeps a handgun in his truck.",
  rec="bpd/district-a15", nmc=["white kids", "Mary Ellen"], cats="eth nbh",
  keep=["EVERYONE IN 8C", "THURSDAY", "glovebox"], fact="SHOOT")

C("narrative family_language", "drugs", "Olivia Kang", BAA, 10, "2026-04-14T11:30",
  "Boston Arts Academy, 5th floor dance studio hallway",
  """Dean's note, 4/14/26.
At 11:30 a dance teacher (Ms. Brandão) saw Olivia and another student vaping in the 5th floor hallway by studio B, between 3rd and 4th period. When I got up there Olivia had a disposable vape in her hand (no label, no brand visible, contents unknown; she said "I don't know what's in it, my friend gave it to me") and a Poland Spring bottle in her tote that smelled strongly of alcohol. She said it was vodka mixed with lemonade and that she had "a few sips" before class.
Nurse checked her at 11:45: alert, steady on her feet, no concerns. The other student had nothing on him.
⟦I called her mother at 12:00; she is Korean and asked that we text instead because she doesn't use English on the phone.⟧ I texted at 12:10 and mother came in at 1:30. One day suspension per the code of conduct, and referral to the counselor.""",
  subs=["disposable vape, contents unknown", "vodka"], rec="bpd/district-d4", reason="excluded_substance",
  nmc=["Korean", "doesn't use English"], cats="eth lang")

C("narrative dodge", "weapon", "Devonte Grier", TBA, 11, "2026-03-24T08:05",
  "TechBoston Academy, front entrance",
  """Safety Services report, 3/24/26.
At 0805 during arrival screening at the front entrance, Devonte Grier's backpack alarmed on the scanner. Officer Paiva took him and the bag to the side table with AP Lemieux present. At the bottom of the bag, wrapped in a blue bath towel, was a loaded .380 pistol (black, Bersa Thunder, 6 rounds in the magazine, none in the chamber). The weapon was secured by Officer Paiva at 0807. Devonte said he found it "in the park" on the way to school and was going to "turn it in." He was calm and cooperative.
Parent (mother) called 0820. The pistol was turned over to the responding officers.
⟦The BRIC analyst asked to be copied because Devonte is believed to be affiliated with the Lunar Block crew and is on their watch list.⟧ Please route this report to the intelligence center per their standing request.""",
  weapon="firearm", rec="bric", reason="recipient_not_permitted", nmc=["Lunar Block", "watch list"], cats="gang")

C("narrative family_language", "weapon", "Wilmer Ajanel", MUNIZ, 9, "2025-11-13T12:50",
  "Margarita Muñiz Academy, library",
  """Dean's incident report, Thursday 11/13/25.
At 12:50, during lunch study hall in the library, the librarian Ms. Ortiz saw Wilmer take a kitchen knife (black handle, about an 8 inch blade, wrapped in a dish towel) out of his backpack and show it to two other 9th graders at the computer table. She asked him to put it on the circulation desk, which he did. He said an older kid at the Forest Hills busway took his sneakers last week and he "wasn't going to let that happen again." No one was threatened in the library per the two students and Ms. Ortiz.
Officer Carrasco took the knife. I called Wilmer's father at 1:30. ⟦His father speaks K'iche' and very little Spanish, so Ms. Tuyuc from the family center interpreted for us.⟧ Father came in at 3:15. Wilmer is suspended for 3 days pending the SAF-02 hearing and referred to the counselor about the robbery.""",
  weapon="knife", rec="bpd/district-e13", nmc=["K'iche'", "Spanish", "interpreted"], cats="lang",
  keep=["kitchen knife", "8 inch blade", "circulation desk"], fact="kitchen knife")

C("narrative", "drugs", "Mateo Restrepo", BHS, 12, "2026-05-20T10:45",
  "Brighton High School, Warren Street side lot",
  """Safety Services narrative - Officer J. Salas.
On 5/20/26 at approx. 1045 a teacher on hall duty observed Mateo Restrepo meet a non-student at the fence by the Warren Street side lot and exchange something through the fence. I stopped Mateo at the side door. He consented to a search of his bag in the AP's presence: 9 small knotted baggies of white powder inside a sunglasses case, and $340 in small bills in his front pocket. I field-tested one baggie; positive for cocaine. Mateo stated "I'm just holding it, I don't sell." The non-student left in a grey Nissan, partial plate 4TK.
⟦Mateo asked us not to call his uncle because his uncle back in Medellín "would kill him" if he found out.⟧ Parent (mother) called at 1110. Baggies, case and cash turned over to D-14 at 1135.""",
  subs=["cocaine"], rec="bpd/district-d14", nmc=["Medellín"], cats="nat",
  keep=["9 small knotted baggies", "$340", "field-tested"], fact="cocaine")

C("narrative dodge", "weapon", "Jean-Robert Dorval", CHS, 10, "2026-02-26T13:05",
  "Charlestown High School, Room 108",
  """Teacher statement, Room 108, 2/26/26, approx. 1:05.
Jean-Robert had a black taser in his hand under the desk and was clicking it so it made the blue spark noise. When L.F. told him to stop he reached over and zapped her on the upper arm. She jumped and cried out; the nurse saw a small red mark on her left upper arm and she went back to class after. I took the taser and walked Jean-Robert to the main office myself. He said it was "for protection on the bus."
⟦He mentioned to me last week that his mother is on TPS and works nights, so he is home alone a lot.⟧ AP O'Neill and Officer Malone were informed; taser is locked in the AP's office.""",
  weapon="taser", rec="bpd/district-a15", nmc=["on TPS"], cats="imm",
  keep=["black taser", "upper arm", "Room 108"], fact="taser")

C("narrative", "suspicious_behavior", "Brayan Cruz", EB, 9, "2025-10-15T07:35",
  "East Boston High School, front entrance",
  """Staff report, 10/15/25.
For three mornings this week (Mon 10/13, Tue 10/14, Wed 10/15) Brayan Cruz has been seen between 7:20 and 7:35 taking pictures with his phone of the front entrance, the side doors by the gym, and the staff parking lot gate. The custodian saw it Monday and the front desk staff saw it Tuesday and today. When Mr. Kearney asked him what he was doing this morning, Brayan said he was "sending them to his cousin" and put his phone away.
No threat was made, nothing was found in his bag, and there have been no other issues with Brayan.
⟦He recently arrived from Honduras, has no papers, and lives with several adult men who are not family.⟧ Staff feel uneasy and would like police to look at who he is sending the photos to and who he lives with.""",
  rec="bpd/district-a7", reason="ground_not_permitted", nmc=["Honduras", "no papers"], cats="nat imm")

C("narrative sis_export", "drugs", "Kyle Doherty", MP, 12, "2026-01-21T09:05",
  "Madison Park Technical Vocational High School, Carpentry shop locker area",
  """AP narrative 1/21/26.
At approx. 9:05 the carpentry instructor, Mr. Lavoie, found Kyle nodding off at the table saw station and sent him to me because it was unsafe for him to be in the shop. Kyle was very drowsy, scratching his arms, and his speech was slow. Nurse Okwu assessed him at 9:12: RR 12, pupils pinpoint, responsive to voice. She did not need to give Narcan but kept it at the bedside.
With Officer Hurley present, Kyle handed over his shop locker key. In the locker, inside a glasses case: 6 small glassine bags stamped "GOLDEN" in red ink containing a tan powder, a bent spoon and two unused syringes still in the wrapper. Kyle said "it's dope, it's for me, I don't sell it." Officer Hurley took custody of the items at 9:40 as suspected heroin.
⟦Home address on file: 44 Mercer St, Apt 2, South Boston, MA 02127 (from the SIS face sheet).⟧ Father notified 9:50 and picked Kyle up at 10:30; referral to the adolescent substance use program.""",
  subs=["heroin"], rec="bpd/district-c6", nmc=["Mercer St", "South Boston", "MA 02127"], cats="nbh",
  keep=["6 small glassine bags", "GOLDEN", "tan powder"], fact="heroin")

C("narrative", "serious_violence", "Ethan Nakamura", OB, 11, "2025-12-16T11:15",
  "John D. O'Bryant School, 2nd floor hallway by the robotics lab",
  """Dean's report - 12/16/25.
At 11:15, in the 2nd floor hallway outside the robotics lab, Ethan Nakamura swung a full stainless steel water bottle (32 oz, metal) at another 11th grader's face after an argument about a lab partner assignment. Two teachers saw it. The bottle struck the other student on the left cheekbone and eye; he fell and was bleeding from a cut under the eye. Nurse assessment at 11:18: swelling, double vision. EMS was called at 11:20 and he was taken to Tufts Medical Center, where it was diagnosed as an orbital fracture (his mother called the school at 4 pm).
Ethan sat in the main office and said "I didn't mean to hit his face, I meant to scare him." The metal water bottle is being held by Officer Chu.
⟦Counselor context: Ethan only moved here from Osaka in August and has had a hard time making friends.⟧ Mother notified 11:40.""",
  rec="bpd/district-b2", nmc=["Osaka"], cats="nat",
  keep=["stainless steel water bottle", "orbital fracture", "Tufts Medical Center"], fact="water bottle")

C("narrative", "weapon", "Xavier Lugo", MH, 8, "2026-03-05T11:45",
  "Mission Hill K-8, cafeteria lunch line",
  """Assistant principal report, 3/5/26.
At 11:45 in the middle school lunch line Xavier Lugo pulled a small paring knife (about a 3 inch blade, from a kitchen set) out of his sweatshirt pocket and pointed it at a 7th grader who had cut in front of him, saying "move." The lunch aide Ms. Pacheco yelled for him to drop it and he put it on the tray rail. No one was touched.
I brought Xavier to my office. He said he brought it from home because "people keep taking my stuff." Officer Waters was called at 11:50 and took the knife.
⟦Xavier's mother came in at 1:00 with their pastor from the Iglesia Pentecostal on Centre St, who said the family would pray on it and asked us not to call the police.⟧ I explained SAF-02 requires a report. Xavier is suspended pending hearing.""",
  weapon="knife", rec="bpd/district-b2", nmc=["Iglesia", "Pentecostal", "pastor"], cats="rel",
  keep=["paring knife", "lunch line", "tray rail"], fact="paring knife")

C("narrative", "credible_threat", "Noelia Santana", SNOW, 11, "2026-04-07T14:20",
  "Snowden International School, 3rd floor",
  """Counselor note, 4/7/26, 2:20 pm.
A student came to my office and showed me a text message Noelia sent her last night at 11:48 pm saying she was going to "stab" a girl in her Chemistry class "tomorrow at lunch" and that she "already has the knife in her bag." The student was scared to come forward and waited until after lunch. Lunch passed with no incident.
I met with Noelia at 2:30 with AP Brennan and Officer Moy. Her bag was searched and a folding knife (black, about a 3 inch blade) was found in the inside zip pocket. Noelia said the girl has been "spreading stuff" about her and she "wasn't going to actually do it."
⟦Noelia lives with her grandmother in Villa Victoria⟧ and the grandmother was called at 3:00. The threat assessment team is meeting tomorrow. The written threat statement will be added to this request later.""",
  threat="", rec="bpd/district-d4", reason="missing_threat_statement", nmc=["Villa Victoria"], cats="nbh")

C("narrative family_language", "drugs", "Yaritza Peña", BCLA, 11, "2025-09-30T12:35",
  "Boston Community Leadership Academy, 2nd floor bathroom",
  """AP narrative, 9/30/25, 12:35. A student reported that Yaritza was "passing out pills" in the 2nd floor bathroom. I found Yaritza in the hallway and with Nurse Costello present asked to see her bag. In a makeup pouch there were 8 round blue pills marked "A 215" in a pill bottle with the label torn off. Nurse identified A 215 as oxycodone 30 mg. Yaritza said the pills were her uncle's "from his back surgery" and that she gave "only two" to a friend who had cramps. The friend was located; she said she took one half and felt "really floaty." Nurse monitored her; stable, mother picked her up at 2:00.
Officer Kane took the pill bottle at 1:05. ⟦Yaritza cried and said she was already in trouble at home and would miss her quinceañera trip to Santo Domingo this summer.⟧ Mother called 1:15.""",
  subs=["oxycodone"], rec="bpd/district-c11", nmc=["quinceañera", "Santo Domingo"], cats="nat eth",
  keep=["A 215", "8 round blue pills", "1:05"], fact="oxycodone")

C("narrative dodge", "weapon", "Rashad Pierce", BURKE, 11, "2026-04-30T10:40",
  "Jeremiah E. Burke High School, 3rd floor locker 2117",
  """Safety Services report, 4/30/26.
At approx. 1040 hrs, following an anonymous tip to the front office that a student had "a strap in his locker," AP Crowley and I (Officer N. Walsh) opened locker 2117, assigned to Rashad Pierce, in Rashad's presence. Inside a Nike drawstring bag was a black Glock 19 pistol, loaded, 14 rounds in the magazine and one in the chamber. The firearm was made safe and secured. Rashad stated "that's not mine, somebody put that there," then said he "needed it" because of something that happened last weekend.
⟦I noted a fresh "KBK" tattoo on his right forearm; students say it stands for Kilton Block Killas.⟧ ⟦His SIS address is his grandmother's on Harvard St, but he told the AP he has been staying with friends.⟧ District B-3 notified at 1048; Det. Alves arrived 1110 and took custody of the firearm.""",
  weapon="firearm", rec="bpd/district-b3", nmc=["KBK", "Kilton", "Harvard St"], cats="gang nbh",
  keep=["locker 2117", "Glock 19", "one in the chamber"], fact="Glock 19")

C("narrative", "weapon", "Emerson Lopes", EHS, 9, "2025-11-20T13:40",
  "English High School, courtyard",
  """Dean's note, 11/20/25.
At 1:40 pm, during the end of lunch, a teacher saw Emerson in the courtyard holding what looked like a black handgun and pointing it at the ground while three friends watched. Officer Daly responded within a minute and took it from him without any trouble. On inspection it is a replica: a plastic airsoft-style pistol with the orange safety tip painted black, no pellets, no magazine, no CO2. Nobody was threatened per the three friends and the teacher.
Emerson said he bought it at a flea market and was only showing his friends. ⟦He recently arrived from Cabo Verde and does not understand the rules here yet, per his counselor.⟧ His father was called at 2:10.
We are reporting under the weapon policy. The replica is secured in the main office.""",
  weapon="replica handgun (orange tip painted black)", rec="bpd/district-e13", reason="other",
  nmc=["Cabo Verde"], cats="nat")

C("narrative precision", "weapon", "Nasir Bell", OG, 8, "2025-10-09T10:55",
  "Orchard Gardens K-8, 3rd floor hallway",
  """AP report, Orchard Gardens K-8, 10/9/25.
At 10:55, during the switch from Math to Science, Nasir Bell flipped open a butterfly knife in the 3rd floor hallway outside Room 307 and did "tricks" with it while walking toward a group of 8th graders, then held it pointed at one of them and said "you next." Ms. Adebayo (Science) stepped between them and asked for it; Nasir closed it and handed it to her. No one was hurt.
Officer Thompson responded at 11:00 and took the butterfly knife (about a 4 inch blade, silver, with a broken latch). Nasir said he got it from an older cousin.
⟦Nasir's mother asked that we not send anything home by mail because they are moving out of the Whittier Street development next week.⟧ Nasir is suspended pending the SAF-02 hearing; mother notified 11:20.""",
  weapon="knife", rec="bpd/district-b2", nmc=["Whittier"], cats="nbh",
  keep=["butterfly knife", "Room 307", "you next"], fact="butterfly knife")

C("narrative dodge", "weapon", "Christian Rosado", EXCEL, 10, "2026-01-27T12:15",
  "Excel High School, 1st floor boys' bathroom",
  """Safety report, 1/27/26.
At 12:15 a custodian (Mr. Ferris) walked into the 1st floor boys' bathroom and saw Christian Rosado with a fixed-blade hunting knife in a brown leather sheath on his belt. Mr. Ferris called for an officer and waited at the door. Officer Santiago arrived at 12:18 and Christian handed over the knife without any trouble; the blade is about 6 inches. Christian said he uses it for fishing with his uncle and forgot it was on his belt. No one was threatened.
AP Dwyer called his mother at 12:40 and a SAF-02 hearing is set.
⟦Christian is documented as a Greenleaf Goons associate and the center asked to receive all weapon reports on him.⟧ This copy goes to the fusion center liaison as requested.""",
  weapon="knife", rec="commonwealth-fusion-center", reason="recipient_not_permitted",
  nmc=["Greenleaf", "associate"], cats="gang")

C("narrative family_language", "credible_threat", "Hamza Qureshi", TBA, 12, "2026-05-27T21:15",
  "TechBoston Academy (email received at home by teacher)",
  """Teacher statement - Mr. Vasquez, Computer Science.
At 9:15 pm on 5/27/26 I received an email from Hamza's school account, subject "rehearsal," that said: "if they don't let me walk at graduation I'm bringing my brother's gun to rehearsal and everyone in the senior office is done. I know where Ms. K parks." I forwarded it to the headmaster and Officer Mahoney at 9:18.
Hamza had been told that afternoon that he is short one credit and cannot walk. ⟦His ELL teacher says he has been doing much better in English since the fall,⟧ and he has never threatened anyone before. The headmaster reached Hamza's father at 9:45 pm; the father said his older son does own a handgun. ⟦The father, who leads Friday prayers at the Islamic center, said he will bring Hamza in himself tomorrow at 7:30 am.⟧ Graduation rehearsal is Thursday at 10:00 in the auditorium.""",
  threat="At 9:15 pm on 5/27/26 the student emailed a teacher from his school account: \"if they don't let me walk at graduation I'm bringing my brother's gun to rehearsal and everyone in the senior office is done. I know where Ms. K parks.\" His father confirmed that the older brother owns a handgun; rehearsal is Thursday at 10:00.",
  rec="bpd/district-c11", nmc=["ELL teacher", "doing much better in English", "Friday prayers", "Islamic"],
  cats="lang rel", keep=["brother's gun", "senior office", "9:18"], fact="gun")


# ---------------------------------------------------------------------------------------------
# sis_export: student records with extra keys, descriptions pasted from systems
# ---------------------------------------------------------------------------------------------

C("sis_export", "weapon", "Edmilson Barros", DEAR, 10, "2025-12-02T10:52", "Dearborn STEM Academy, 2nd floor",
  """INCIDENT 25-26-0412 | SAF-02 WEAPON | LOC: 2ND FLR BOYS RM B-WING | TIME 10:52
NARR: STU OBSERVED BY HALL MONITOR W/ FOLDING KNIFE (APPROX 4 IN BLADE) IN WAISTBAND. KNIFE SURRENDERED TO AP W/O INCIDENT. NO INJURIES. STU STATES "FOR PROTECTION". PARENT NOTIFIED 11:20 ⟦VIA CV CREOLE INTERPRETER⟧. SSO GAVIN ON SCENE 10:58.""",
  weapon="knife", rec="bpd/district-b2",
  extra={"LASID": "119284", "SASID": "1009348812", "HomeLang": "Cape Verdean Creole", "ELL_Status": "EL - ELD Level 2",
         "CountryOfBirth": "Cabo Verde", "Addr1": "17 Hendry St", "City": "Dorchester", "Zip": "02125",
         "race_eth_cd": "3", "FedRaceEth": "Black or African American", "IEP": "N", "Homeroom": "B-204"},
  nmc=["Cape Verdean", "Cabo Verde", "CV CREOLE", "ELD Level", "Hendry", "02125", "Black or African"],
  cats="lang nat nbh eth", keep=["FOLDING KNIFE", "4 IN BLADE", "11:20"], fact="KNIFE")

C("sis_export family_language", "drugs", "Wideline Jean-Baptiste", BCLA, 11, "2026-01-15T13:05",
  "Boston Community Leadership Academy, cafeteria",
  """Conduct Incident | Offense: DRUG-POSS (Non-MJ) | Date: 01/15/2026 | Time: 13:05 | Location: CAFETERIA
Description: Student observed by lunch monitor passing a folded dollar bill containing white powder to another student. Powder confiscated by SSO Daley. Field test: FENTANYL POSITIVE. Student admitted "it's fetty, I only had a little." Nurse eval 13:20 - alert, oriented. ⟦Parent contact made in Kreyòl via the Language Line (interp. ID 44812).⟧
Resolution: Emergency removal; referral to SBIRT.""",
  subs=["fentanyl"], rec="bpd/district-c11",
  extra={"StudentNumber": "2210937", "parent_contact_lang": "Haitian Creole",
         "Guardian1": {"Name": "Roseline Jean-Baptiste", "Relation": "Mother", "PreferredLanguage": "Kreyòl",
                       "Phone": "617-555-0142"},
         "CountryOfBirth": "Haiti", "SpedStatus": "None", "Homeroom": "214"},
  nmc=["Haiti", "Kreyòl", "Language Line"], cats="lang nat",
  keep=["folded dollar bill", "FENTANYL POSITIVE", "SSO Daley"], fact="fentanyl")

C("sis_export precision", "weapon", "Yadiel Rosario", EB, 9, "2025-11-04T08:47", "East Boston High School, Rm 114",
  "Date\tTime\tRoom\tOffense\tAction\n2025-11-04\t08:47\tRm 114\tWEAPON - BOX CUTTER\tSSO CONFISCATED\n"
  "Notes: Student took out a box cutter during a homeroom argument and slid the blade out, did not swing it. "
  "Teacher Ms. Kraus called SSO. Blade retracted and surrendered. ⟦Student address Bennington St per SIS, family prefers Spanish.⟧ "
  "East Boston High School admin notified 08:55.",
  weapon="box cutter", rec="bpd/district-a7",
  extra={"EthnicityDesc": "Hispanic/Latino - Puerto Rican", "Addr1": "212 Bennington St Apt 1", "City": "East Boston",
         "Zip": "02128", "HomeLang": "Spanish", "Counselor": "R. Nardone"},
  nmc=["Bennington", "Puerto Rican", "Spanish", "02128"], cats="nbh eth lang",
  keep=["Rm 114", "slid the blade out", "Ms. Kraus"], fact="BOX CUTTER")

C("sis_export", "drugs", "Minh Tran", OB, 12, "2026-03-17T10:02", "John D. O'Bryant School, library media center",
  """[SIS CONDUCT EXPORT]
OFFENSE_CD=DRG2   OFFENSE_DESC=POSSESSION CONTROLLED SUBSTANCE (NON-CANNABIS)
INCIDENT_DT=2026-03-17 10:02
LOCATION=LIBRARY MEDIA CTR
NARRATIVE=STU FOUND W/ 20 ORANGE PILLS MARKED 'AD 30' IN ALTOIDS TIN. STU SAID 'ADDYS FROM A GUY ONLINE'. SSO FIELD TEST POS METHAMPHETAMINE. NO INGESTION REPORTED. ⟦GUARDIAN CONTACTED IN VIETNAMESE BY MR. DUONG.⟧
DISPOSITION=EMERG REMOVAL""",
  subs=["methamphetamine"], rec="bpd/district-b2",
  extra={"HomeLang": "Vietnamese", "ELL_Status": "Former EL (FLEP)", "DateEnteredUSSchool": "2019-09-05",
         "CountryOfBirth": "Vietnam", "Zip": "02122", "GPA": "3.1"},
  nmc=["Vietnam", "FLEP", "2019-09-05", "02122"], cats="lang nat nbh",
  keep=["ALTOIDS TIN", "AD 30", "20 ORANGE PILLS"], fact="METHAMPHETAMINE")

C("sis_export", "serious_violence", "Abdullahi Hassan", SNOW, 10, "2026-02-12T09:30", "Snowden International School, 3rd floor stairwell C",
  "SSO DAILY LOG ENTRY 0930 | ASSAULT W/ DANGEROUS WPN | 3FL STAIRWELL C | V = 11TH GR MALE, LACERATION R CHEEK APPROX 6CM, "
  "TRANSPORTED BMC BY EMS 0948 | SUSP = STU, USED BROKEN BOTTLE (GLASS) | BOTTLE RECOVERED BY SSO | WITNESS: 2 STAFF | "
  "⟦INTERP NEEDED FOR PARENT (SOMALI)⟧ | PARENT ARRIVED 1045",
  rec="bpd/district-d4",
  extra={"ReligiousAccommodation": "Prayer space - Fridays 12:30", "HomeLang": "Somali", "Interpreter_Req": "Y",
         "Addr1": "12 Bickford St (Mildred C. Hailey Apts)", "race_eth_cd": "B"},
  nmc=["Prayer space", "Somali", "Bickford", "Hailey"], cats="rel lang nbh eth",
  keep=["BROKEN BOTTLE", "6CM", "0948"], fact="BOTTLE")

C("sis_export", "weapon", "Josué Almonte", EHS, 11, "2026-02-18T07:55", "English High School, arrival screening",
  "WEAPON INCIDENT RPT | 02/18/2026 07:55 | ARRIVAL SCREENING | LOADED HANDGUN (SILVER .22 REVOLVER, 6 RDS) IN FRONT POCKET OF BACKPACK | "
  "SECURED BY SSO | STU DETAINED | ⟦NOTE: STU NON-CITIZEN PER REGISTRATION, DOMINICAN BIRTH CERT ON FILE⟧ | FWD TO HSI PER REQUEST",
  weapon="firearm", rec="dhs/hsi-boston", reason="recipient_not_permitted",
  extra={"CitizenshipStatus": "Non-citizen", "CountryOfBirth": "Dominican Republic", "ImmigrantFlag": "Y",
         "DateEnteredUS": "2023-07-30"},
  nmc=["Non-citizen", "Dominican", "2023-07-30"], cats="imm nat")

C("sis_export", "truancy", "Larissa Oliveira", MP, 9, "2026-02-02T09:00", "Madison Park Technical Vocational High School",
  "ATTENDANCE REFERRAL | 22 UNEXCUSED ABS SINCE 01/05/2026 | 3 HOME VISITS ATTEMPTED | ⟦FAMILY IN EA SHELTER (DAYS INN SAUGUS)⟧ | "
  "⟦HOME LANG PORTUGUESE⟧ | REQUEST WELLNESS CHECK BY BPD",
  rec="bpd/district-b2", reason="ground_not_permitted",
  extra={"Attendance_YTD": "61%", "McKinneyVento": "Y", "TempResidence": "Days Inn, Saugus (EA shelter)",
         "HomeLang": "Portuguese"},
  nmc=["Days Inn", "Saugus", "Portuguese"], cats="nbh lang")

C("sis_export family_language", "credible_threat", "Omar Khatib", EDW, 8, "2026-02-05T14:10", "Edwards Middle School, Room 312",
  "THREAT ASSESSMENT REFERRAL #TA-0219 | DATE 02/05/2026 | LVL: MODERATE-HIGH | RE: KNIFE THREAT IN CHROMEBOOK CHAT | "
  "SUMMARY: SEE THREAT STMT. CHROMEBOOK SCREENSHOT SAVED TO FILE. ⟦ARABIC INTERP USED FOR⟧ PARENT MTG 15:30. SEARCH NEG.",
  threat="STU WROTE IN CHROMEBOOK CHAT TO A CLASSMATE: 'TOMORROW I BRING KNIFE AND CUT YOU IN GYM.' CLASSMATE REPORTED 02/05/2026 14:10. STU CONFIRMED SENDING IT TO AP. NO KNIFE FOUND ON SEARCH OF BAG/LOCKER.",
  rec="bpd/district-a15",
  extra={"ELL_Status": "LEP - ELD 1", "HomeLang": "Arabic", "parent_contact_lang": "Arabic", "CountryOfBirth": "Syria",
         "RefugeeFlag": "Y", "EntryDate": "2024-10-01"},
  nmc=["ELD 1", "Arabic", "Syria"], cats="lang nat imm",
  keep=["CHROMEBOOK", "TA-0219", "PARENT MTG 15:30"], fact="KNIFE")

C("sis_export", "drugs", "Aidan Sheehan", EXCEL, 10, "2025-10-23T12:10", "Excel High School, 2nd floor",
  "OFFENSE: DRUG-MJ | THC VAPE CARTRIDGE (\"CAKE\" BRAND) FOUND IN HOODIE POCKET AFTER TEACHER SAW STU VAPING IN 2ND FL BATHROOM 12:10 | "
  "⟦STU ADDR O'CALLAGHAN WAY (MARY ELLEN MCCORMACK)⟧ | CONFISCATED",
  subs=["THC vape cartridge"], rec="bpd/district-c6", reason="excluded_substance",
  extra={"race_eth_cd": "W", "EthnicityDesc": "White - Irish", "Addr1": "31 O'Callaghan Way",
         "Development": "Mary Ellen McCormack"},
  nmc=["Irish", "O'Callaghan", "Mary Ellen"], cats="eth nbh")

C("sis_export family_language", "weapon", "Fatoumata Diallo", BHS, 11, "2026-02-11T09:20", "Brighton High School, Room 203",
  """Incident Summary (exported from Aspen Conduct)
Incident ID: 3318842
Category: Weapon - Chemical (Mace/Pepper Spray)
Date/Time: 02/11/2026 09:20
Location: Room 203 - Biology
Description: Student discharged mace toward the floor during an argument; two students reported burning eyes and coughing and were flushed with water by the nurse. Canister (Sabre brand, red) turned in to AP Walsh. Student stated she carries it for the walk from the bus.
Action: Emergency removal; SAF-02 hearing.""",
  weapon="mace", rec="bpd/district-d14",
  extra={"contacts": [{"name": "Mariama Diallo", "relationship": "Mother", "phone": "617-555-0188", "language": "French / Pular"},
                      {"name": "Ibrahima Bah", "relationship": "Uncle", "phone": "857-555-0120", "language": "Pular"}],
         "CountryOfBirth": "Guinea", "EL_Program": "SEI - French"},
  nmc=["Pular", "Guinea", "French"], cats="lang nat",
  keep=["Sabre", "Room 203", "burning eyes"], fact="mace")

C("sis_export", "drugs", "Jerome Alcindor", BURKE, 12, "2026-03-26T11:35", "Jeremiah E. Burke High School, 1st floor",
  "SSO REPORT # 2026-0388 | 03/26/2026 11:35 | SEARCH OF BAG AFTER ODOR COMPLAINT IN CLASS 118\n"
  "ITEMS: (1) 7 WHITE ROCKS IN CLEAR BAGGIES - FIELD TEST POS COCAINE BASE (CRACK); (2) APPROX 2 GRAMS MARIJUANA IN SMALL JAR; (3) $455 CASH\n"
  "STU STATEMENT: \"THE WEED IS MINE, THE OTHER STUFF I'M HOLDING.\"\n⟦ADDR ON FILE: MATTAPAN 02126⟧",
  subs=["crack cocaine", "marijuana"], rec="bpd/district-b3",
  extra={"Zip": "02126", "Neighborhood": "Mattapan", "race_eth_cd": "B - Black/Afr Am"},
  nmc=["Mattapan", "02126", "Black/Afr"], cats="nbh eth",
  keep=["7 WHITE ROCKS", "$455", "COCAINE BASE"], fact="CRACK")

C("sis_export", "drugs", "Diego Hernández", EB, 11, "2026-04-09T10:15", "East Boston High School, gym locker room",
  "DRUG INCIDENT | 04/09/2026 | 30 BLUE M30 PILLS IN SOCK IN GYM LOCKER | FIELD TEST FENTANYL POS | ⟦STUDENT IS MEXICAN NATIONAL, A-FILE NO. 216-554-901⟧ | SHARE WITH CBP LIAISON",
  subs=["fentanyl"], rec="cbp", reason="recipient_not_permitted",
  extra={"CountryOfBirth": "Mexico", "Citizenship": "Mexican", "ImmigrationCaseNo": "A216-554-901"},
  nmc=["Mexico", "Mexican", "216-554-901"], cats="nat imm")

C("sis_export dodge", "serious_violence", "Malik Johnson", EXCEL, 10, "2025-12-11T14:52", "Excel High School, 1st floor hallway by gym",
  "INC-MGMT # 44172 | ASSAULT - DANGEROUS WEAPON | 12/11/2025 14:52 | 1ST FL HALLWAY OUTSIDE GYM\n"
  "DESC: SUSP STU STABBED V (12TH GR) IN UPPER BACK W/ KITCHEN KNIFE DURING PASSING TIME. V TRANSPORTED TO BMC, SURGERY FOR PUNCTURED LUNG PER FAMILY. "
  "KNIFE RECOVERED IN TRASH BARREL BY GYM DOORS. SUSP DETAINED BY SSO FOLEY 14:55. ⟦SRO NOTE: KNOWN TO HANG W/ THE TALBOT TRAIN.⟧",
  rec="bpd/district-c6",
  extra={"SafetyFlags": ["Gang-involved (BRIC list)", "Prior weapon 2024"], "Addr1": "9 Ashmont St", "IEP": "Y"},
  nmc=["Gang-involved", "BRIC list", "TALBOT TRAIN", "Ashmont St"], cats="gang nbh",
  keep=["UPPER BACK", "KITCHEN KNIFE", "14:52"], fact="KNIFE")

C("sis_export family_language", "weapon", "Artem Kovalenko", CHS, 11, "2026-01-09T12:40", "Charlestown High School, Room 221",
  "Date\t01/09/2026\nTime\t12:40\nOffense\tWeapon - Club/Baton\nLocation\tRm 221\n"
  "Narrative\tStudent extended a black expandable baton (ASP type, 21 in) and struck a desk next to another student twice, yelling at him. "
  "Baton surrendered to Mr. Tobin. No contact with the student. ⟦Parent call in Russian by Ms. Orlova.⟧\n"
  "Action\tSuspension 5 days; SAF-02 hearing",
  weapon="club (expandable baton)", rec="bpd/district-a15",
  extra={"HomeLanguage": "Russian", "ParentLangPref": "Русский", "BirthCountry": "Ukraine",
         "ImmStatus": "Humanitarian parole (U4U)"},
  nmc=["Russian", "Русский", "Ukraine", "Humanitarian parole", "U4U"], cats="lang nat imm",
  keep=["expandable baton", "struck a desk", "Mr. Tobin"], fact="baton")

C("sis_export", "credible_threat", "Kevin Lau", OB, 9, "2026-03-12T07:30", "John D. O'Bryant School",
  "SAFETY ALERT 03/12/2026 07:30 | SOCIAL MEDIA POST 'DONT COME TO SCHOOL FRIDAY' WITH PHOTO OF HANDGUN | POSTED BY STU ACCOUNT | "
  "⟦HOME LANG CANTONESE - PARENT MTG NEEDS INTERP⟧ | THREAT STMT PENDING",
  rec="bpd/district-b2", reason="missing_threat_statement",
  extra={"HomeLang": "Chinese - Cantonese", "ELL_Status": "Never EL", "Zip": "02111"},
  nmc=["Cantonese", "02111"], cats="lang nbh")

C("sis_export", "credible_threat", "Kelvin Ramírez", BCLA, 10, "2025-11-19T09:45", "Boston Community Leadership Academy, Room 310",
  "THREAT ASSESSMENT LOG | 11/19/2025 09:45 | RM 310 | STU TOLD TEACHER HE WILL \"SHOOT UP\" THE BASKETBALL GAME FRIDAY 6PM; SAID HIS COUSIN HAS A GUN. "
  "TEAM MET 10:30. SEARCH NEG. PARENT (MOTHER) CONTACTED 11:00.",
  threat="On 11/19/25 at 9:45 in Room 310 the student told his teacher he would \"shoot up\" the basketball game on Friday at 6 pm and that his cousin has a gun he can get.",
  rec="bpd/district-c11",
  extra={"Notes": "Family undocumented - do not share w/ outside agencies. Father detained by ICE 12/2025.",
         "HomeLang": "Spanish", "EmergencyContact": {"name": "Ana Ramírez", "phone": "617-555-0175"}},
  nmc=["undocumented", "detained by ICE", "Spanish"], cats="imm lang",
  keep=["SHOOT UP", "BASKETBALL GAME", "RM 310"], fact="GUN")

C("sis_export", "drugs", "Tyler Peters", CHS, 12, "2026-05-14T13:20", "Charlestown High School, parking lot",
  "CONDUCT: DRUG DISTRIBUTION | 05/14/2026 13:20 | STUDENT PARKING LOT | 12 PERCOCET 10/325 TABLETS (OXYCODONE) IN PILL BOTTLE LABELED FOR ANOTHER PERSON; "
  "SOLD 2 TO A 10TH GRADER FOR $20 EACH PER WITNESS. NOT PRESCRIBED TO STUDENT.",
  subs=["oxycodone"], rec="bpd/district-a15",
  extra={"TribalAffiliation": "Wampanoag (Mashpee)", "race_eth_cd": "AI", "Addr1": "Bunker Hill St"},
  nmc=["Wampanoag", "Mashpee", "Bunker Hill St"], cats="eth nbh",
  keep=["12 PERCOCET", "LABELED FOR ANOTHER PERSON", "$20 EACH"], fact="OXYCODONE")

C("sis_export", "weapon", "Gustavo Ribeiro", TBA, 9, "2025-10-28T11:25", "TechBoston Academy, courtyard",
  "SAF-02 / EXPLOSIVE DEVICE | 10/28/2025 11:25 | COURTYARD | STU LIT A CO2 CARTRIDGE PACKED W/ POWDER AND A FUSE (\"CRICKET\") BY THE BENCHES; "
  "LOUD BLAST, SHRAPNEL ON GROUND, NO INJURIES. 2ND DEVICE FOUND IN STU BACKPACK, BOMB SQUAD (BPD) CLEARED IT 12:40. ⟦PARENT CALL IN PORTUGUESE.⟧",
  weapon="explosive", rec="bpd/district-c11",
  extra={"HomeLang": "Portuguese", "CountryOfBirth": "Brazil",
         "Addr": {"line1": "88 Faywood Ave", "city": "East Boston", "zip": "02128"}},
  nmc=["Portuguese", "Brazil", "Faywood", "02128"], cats="lang nat nbh",
  keep=["CO2 CARTRIDGE", "2ND DEVICE", "12:40"], fact="CO2 CARTRIDGE")

C("sis_export", "bullying", "Eric Zhou", MCC, 8, "2026-01-14T10:00", "McCormack Middle School",
  "BULLYING REPORT #B-0192 | 01/14/2026 | STU REPEATEDLY TOOK ANOTHER STUDENT'S LUNCH AND POSTED MEAN COMMENTS. ⟦STU IS CHINESE, MANDARIN AT HOME.⟧ REQUEST SRO TALK.",
  rec="bpd/district-c6", reason="ground_not_permitted",
  extra={"race_eth_cd": "AS", "EthnicityDesc": "Asian - Chinese", "HomeLang": "Mandarin"},
  nmc=["Chinese", "Mandarin"], cats="eth lang")

C("sis_export", "drugs", "Noah Feldman", BLA, 11, "2026-03-31T10:40", "Boston Latin Academy, 3rd floor",
  "INCIDENT 03/31/2026 10:40 | NICOTINE | STU FOUND WITH TIN OF ZYN NICOTINE POUCHES AND A JUUL (MINT PODS) IN 3RD FL BATHROOM. CONFISCATED. ⟦KOSHER LUNCH STUDENT.⟧",
  subs=["nicotine pouches (Zyn)", "Juul pods"], rec="bpd/district-b2", reason="excluded_substance",
  extra={"Religion_Accom": "Kosher meals; excused for High Holidays", "Zip": "02130"},
  nmc=["Kosher", "High Holidays", "02130"], cats="rel nbh")

C("sis_export", "weapon", "Hodan Ali", EHS, 10, "2026-04-16T09:10", "English High School, Room 240",
  "incident_id,date,time,location,offense,weapon,narrative\n"
  "EH-26-0311,2026-04-16,09:10,RM 240,SAF-02,KNIFE,\"Student pulled a pocket knife (red handle, 3 in blade) on a classmate during a dispute over a seat; "
  "teacher Mr. Pratt intervened; knife surrendered; no injury. ⟦home_lang=Somali; interp req=Y⟧\"",
  weapon="knife", rec="bpd/district-e13",
  extra={"home_lang": "Somali", "interp_req": "Y", "race_eth_cd": "B", "birth_ctry": "Kenya"},
  nmc=["Somali", "Kenya", "interp req"], cats="lang nat",
  keep=["pocket knife", "red handle", "Mr. Pratt"], fact="knife")

C("sis_export", "drugs", "Ashley Mejía", BAA, 12, "2026-05-01T14:00", "Boston Arts Academy, black box theater",
  "CONDUCT LOG | 05/01/2026 14:00 | BLACK BOX THEATER | STU FOUND WITH 10 TABS OF BLOTTER PAPER (CARTOON PRINT) IN PHONE CASE; "
  "STU SAID \"ACID, FOR THE WEEKEND.\" SSO TOOK CUSTODY 14:15. NO INGESTION.",
  subs=["LSD"], rec="bpd/district-d4",
  extra={"EL_Status": "EL - ELD 3", "Program": "SEI Spanish", "FirstUSEntryDate": "2022-02-14",
         "BirthPlace": "San Pedro Sula, Honduras"},
  nmc=["ELD 3", "SEI Spanish", "2022-02-14", "San Pedro Sula", "Honduras"], cats="lang nat",
  keep=["10 TABS OF BLOTTER PAPER", "PHONE CASE", "14:15"], fact="ACID")

C("sis_export dodge", "serious_violence", "DeShawn Wallace", NM, 12, "2026-03-02T15:10", "New Mission High School, Metropolitan Ave sidewalk in front of school",
  "Incident type: Assault w/ dangerous weapon | 03/02/2026 15:10 | Sidewalk in front of school at dismissal\n"
  "Student struck a 10th grader in the head with a claw hammer taken from the art room; victim had a skull laceration and was taken by EMS to Carney. "
  "Hammer recovered by SSO Dacosta. Suspect fled, located 15:40 by BPD.",
  rec="bpd/district-e18",
  extra={"notes": "BRIC list: Associate - 'Dorchester Ave Dukes' (verified 2024)", "alerts": ["no contact w/ family of victim"],
         "Addr1": "Woodrow Ave"},
  nmc=["Dorchester Ave Dukes", "Woodrow"], cats="gang nbh",
  keep=["claw hammer", "skull laceration", "Carney"], fact="claw hammer")

C("sis_export", "weapon", "Jamal Greene", BURKE, 12, "2026-02-20T08:30", "Jeremiah E. Burke High School",
  "WEAPON RPT | 02/20/2026 | HANDGUN SEEN ON HALLWAY CAMERA IN STU WAISTBAND; STU IDENTIFIED BY ⟦BRIEFCAM FACE MATCH (91%)⟧; SEARCH AT ARRIVAL NEG.",
  weapon="firearm", rec="bpd/district-b3", reason="face_surveillance",
  extra={"FaceMatch": {"vendor": "Briefcam", "match_id": "BC-55120", "confidence": 0.91}},
  nmc=["Briefcam", "BC-55120"], cats="face",
  attach=[{"kind": "face_match", "name": "match_sheet.pdf"}])

C("sis_export", "weapon", "Rosa Amaya", SNOW, 10, "2025-12-17T11:05", "Snowden International School, 2nd floor lounge",
  "CONDUCT | 12/17/2025 11:05 | 2ND FL STUDENT LOUNGE | STU SPRAYED A TEAR GAS (CS) CANISTER AT A GROUP OF STUDENTS DURING AN ARGUMENT; "
  "4 STUDENTS WITH EYE AND THROAT IRRITATION, NURSE FLUSHED EYES; ONE STUDENT WITH ASTHMA TAKEN BY EMS TO TUFTS. CANISTER RECOVERED (\"MK-4 CS\").",
  weapon="tear gas", rec="bpd/district-d4",
  extra={"HomeLang": "Spanish", "parent_contact_lang": "Spanish", "ELL_Status": "Exited 2024", "Race": "White",
         "Ethnicity": "Hispanic or Latino", "CountryOfBirth": "El Salvador"},
  nmc=["Spanish", "Exited 2024", "White", "Hispanic", "El Salvador"], cats="lang eth nat",
  keep=["MK-4 CS", "ASTHMA", "TUFTS"], fact="TEAR GAS")

C("sis_export", "weapon", "Marquis Dunbar", TBA, 10, "2026-03-06T15:15", "TechBoston Academy, Fields Corner station",
  "WEAPON | 03/06/2026 15:15 | STU DISPLAYED A FOLDING KNIFE ON THE MBTA PLATFORM AFTER DISMISSAL | ⟦BHA RESIDENT - FRANKLIN FIELD⟧ | SEND TO TRANSIT PD",
  weapon="knife", rec="mbta-transit-police", reason="recipient_not_permitted",
  extra={"ResidenceType": "Public housing - BHA", "BHA_Development": "Franklin Field"},
  nmc=["Franklin Field"], cats="nbh")

C("sis_export", "drugs", "Kiara Mendes", BHS, 11, "2026-04-23T12:05", "Brighton High School, cafeteria",
  "CONDUCT LOG | 04/23/2026 12:05 | CAFETERIA | STU SHARED PIECES OF A CHOCOLATE BAR LABELED 'POLKADOT' WITH 3 FRIENDS; STU SAID IT HAS MUSHROOMS IN IT. "
  "2 STUDENTS SICK (VOMITING, ANXIOUS) - NURSE, ONE TO ST. E'S. LAB: PSILOCYBIN PER BPD.",
  subs=["psilocybin"], rec="bpd/district-d14",
  extra={"Religion": "Jehovah's Witness", "Notes": "No birthday celebrations per family faith", "Homeroom": "117"},
  nmc=["Jehovah", "family faith"], cats="rel",
  keep=["POLKADOT", "3 FRIENDS", "ST. E'S"], fact="PSILOCYBIN")

C("sis_export family_language", "serious_violence", "Peter Huynh", DEAR, 10, "2026-01-30T10:35", "Dearborn STEM Academy, 3rd floor",
  "ASSAULT W/ WEAPON | 01/30/2026 10:35 | 3RD FL BY ELEVATOR | STU PUNCHED 10TH GR MALE WITH BRASS KNUCKLES; V HAS BROKEN JAW (BMC, WIRED SHUT). "
  "BRASS KNUCKLES RECOVERED FROM STU'S JACKET BY SSO. ⟦GUARDIAN: TIẾNG VIỆT ONLY, INTERP NEEDED.⟧",
  rec="bpd/district-b2",
  extra={"InterpreterNeeded": True, "Guardian_Lang": "Tiếng Việt", "Guardian_Name": "Huynh Thi Lan"},
  nmc=["Tiếng Việt", "INTERP NEEDED"], cats="lang",
  keep=["BROKEN JAW", "BRASS KNUCKLES", "BY ELEVATOR"], fact="BROKEN JAW")

C("sis_export", "vandalism", "Joel Ventura", EB, 9, "2025-12-19T16:00", "East Boston High School, gym wall",
  "VANDALISM | 12/19/2025 | GRAFFITI ON GYM WALL ⟦\"EHM 13\" - EAGLE HILL MOB TAG⟧ | STU SEEN ON CAMERA | ⟦STU LIVES EAGLE HILL⟧",
  rec="bpd/district-a7", reason="ground_not_permitted",
  extra={"SafetyFlags": ["crew: Eagle Hill Mob"], "Addr1": "Trenton St"},
  nmc=["EHM 13", "Eagle Hill", "Trenton"], cats="gang nbh")

C("sis_export", "weapon", "Kervens Pierre-Louis", NM, 11, "2026-05-18T08:10", "New Mission High School, main entrance",
  "ARRIVAL SCREENING | 05/18/2026 08:10 | LOADED .38 REVOLVER (5 RDS) IN LUNCH BAG | SSO DACOSTA SECURED | STU SAID HE FOUND IT | BPD E-18 NOTIFIED 08:14",
  weapon="firearm", rec="bpd/district-e18",
  extra={"ethnicity": "Haitian", "neighborhood": "Hyde Park", "nativeLanguage": "Haitian Creole", "immigrationStatus": "Asylee"},
  nmc=["Haitian", "Hyde Park", "Asylee"], cats="eth nbh lang imm",
  keep=[".38 REVOLVER", "LUNCH BAG", "08:14"], fact="REVOLVER")

C("sis_export", "drugs", "Ruben Solano", MH, 8, "2026-02-09T09:40", "Mission Hill K-8, 2nd floor",
  "STUDENT CONDUCT | 02/09/2026 09:40 | 2ND FL | GR 8 STUDENT FOUND WITH 5 BLUE M30 PILLS IN A CANDY WRAPPER; SSO FIELD TEST POSITIVE FOR FENTANYL. NURSE EVAL - NO INGESTION.",
  subs=["fentanyl"], rec="bpd/district-b2",
  extra={"Addr1": "Apt 4, 120 Mission Park Dr", "Zip": "02115", "HomeLang": "Spanish", "EthnicityDesc": "Guatemalan"},
  nmc=["Mission Park", "02115", "Spanish", "Guatemalan"], cats="nbh lang eth",
  keep=["5 BLUE M30 PILLS", "CANDY WRAPPER", "NO INGESTION"], fact="FENTANYL")

C("sis_export", "credible_threat", "Abdiwali Yusuf", CASH, 10, "2026-03-27T12:20", "Community Academy of Science and Health",
  "THREAT LOG | 03/27/2026 12:20 | STU TEXTED A TEACHER'S SCHOOL PHONE \"IM GONNA BRING MY BROTHERS GLOCK MONDAY AND HANDLE IT.\" | TEAM MTG 13:00 | SEARCH NEG",
  threat="On 3/27/26 at 12:20 the student texted a teacher's school phone: \"IM GONNA BRING MY BROTHERS GLOCK MONDAY AND HANDLE IT.\" The student confirmed sending it; the brother is 19 and lives in the same home⟦ on Intervale St⟧.",
  rec="bpd/district-c11",
  extra={"demographics": {"race": ["Black or African American"], "hispanic": False, "birth_country": "Somalia",
                          "home_language": "Somali"}},
  nmc=["Black or African", "Somali", "Intervale"], cats="eth nat lang nbh",
  keep=["GLOCK", "MONDAY", "TEAM MTG 13:00"], fact="GLOCK")

C("sis_export", "drugs", "Stephanie Gomes", CHS, 12, "2026-05-29T19:30", "Charlestown High School, senior prom",
  "PROM INCIDENT | 05/29/2026 19:30 | STU FOUND WITH 3 CANS OF HARD SELTZER (WHITE CLAW) IN BAG AT ENTRY | ⟦PARENT: CABO VERDEAN CREOLE SPEAKER⟧",
  subs=["hard seltzer"], rec="bpd/district-a15", reason="excluded_substance",
  extra={"ELL_Status": "EL", "HomeLang": "Cabo Verdean Creole"},
  nmc=["Cabo Verdean"], cats="lang")

C("sis_export", "weapon", "Ali Rahimi", BIHS, 9, "2026-01-12T13:25", "Boston International High School & Newcomers Academy, Room 105",
  "Incident No.\t26-0077\nDate\t01/12/2026 13:25\nRoom\t105\nWeapon\tKnife (kitchen, 6 in)\n"
  "Summary\tStudent took a kitchen knife out of his jacket and held it up when another student pushed him; teacher Ms. Quigley told him to put it down and he did. No injury.",
  weapon="knife", rec="bpd/district-c11",
  extra={"Primary Language": "Dari", "Country of Origin": "Afghanistan", "Ethnic Group": "Hazara",
         "Immigration Status": "SIV holder", "Parent/Guardian Address": "Hancock St, Apt 3"},
  nmc=["Dari", "Afghanistan", "Hazara", "SIV holder", "Hancock St"], cats="lang nat eth imm nbh",
  keep=["kitchen knife", "Ms. Quigley", "6 in"], fact="knife")

C("sis_export", "weapon", "Tommy Le", EXCEL, 11, "2025-11-25T13:50", "Excel High School, 1st floor",
  "WEAPON | 11/25/2025 13:50 | STUN GUN (TASER-STYLE) IN BACKPACK FOUND DURING BAG CHECK | ⟦HOME LANG VIETNAMESE⟧ | COPY TO ALLIED UNIVERSAL SITE SUPERVISOR",
  weapon="stun gun", rec="allied-universal-security", reason="recipient_not_permitted",
  extra={"HomeLang": "Vietnamese"}, nmc=["Vietnamese"], cats="lang")


# ---------------------------------------------------------------------------------------------
# family_language: family languages in their own script and as typed on phones
# ---------------------------------------------------------------------------------------------

C("family_language", "weapon", "Kevin Portillo", EB, 10, "2025-10-16T07:12", "East Boston High School, main office",
  """Main office log, 10/16/25. Voicemail left on the main office line at 7:12 am by Kevin's mother, the morning after Kevin was found with a switchblade (4 inch blade, black handle) in his locker during the 10/15 locker sweep. Transcribed by Ms. Ortiz: ⟦"Buenos días, habla la mamá de Kevin. Por favor no llamen a la policía, nosotros no tenemos papeles y tengo mucho miedo."⟧ The switchblade is secured in the AP's office and the SAF-02 hearing is set for 10/22.""",
  weapon="knife", rec="bpd/district-a7", nmc=["Buenos días", "papeles", "habla la mam"], cats="lang imm",
  keep=["switchblade", "4 inch blade", "10/22"], fact="switchblade")

C("family_language", "credible_threat", "Stanley Dorcely", HEND, 11, "2026-01-26T22:40", "Henderson K-12 Inclusion School, upper campus",
  """AP narrative 1/27/26. A 10th grader's father forwarded a WhatsApp screenshot at 6:50 am. In it Stanley wrote at 10:40 pm last night: ⟦"m ap pote zam nan lekòl demen, tout moun ki nan 3yèm peryòd la ap wè"⟧, which Stanley himself confirmed means "I'm bringing a gun to school tomorrow, everyone in 3rd period is going to see." Officer Byrne met Stanley at the door at 7:35; his bag had no gun. He said he was angry about a fight over a girl. Mother called at 8:00.""",
  threat="At 10:40 pm on 1/26/26 the student sent a WhatsApp message to a classmate saying he was bringing a gun to school the next day and that \"everyone in 3rd period is going to see\"; he confirmed to the AP that he wrote it and what it meant ⟦(the message was written in Haitian Creole)⟧.",
  rec="bpd/district-c11", nmc=["lekòl", "m ap pote", "peryòd", "Haitian Creole"], cats="lang",
  keep=["WhatsApp screenshot", "everyone in 3rd period is going to see", "7:35"], fact="gun")

C("family_language", "credible_threat", "Denilson Fortes", TBA, 10, "2026-02-04T12:10", "TechBoston Academy, cafeteria",
  """Dean's note 2/4/26. At 12:10 a lunch aide heard Denilson tell another boy ⟦"N ta mata-bu, bu ta odja"⟧ and show him a knife handle sticking out of his waistband. ⟦We needed the Cape Verdean interpreter (Mr. Lopes) to go over what was said with the aide and the other boy;⟧ both agree it was "I'm going to kill you, you'll see." Officer Pina recovered a 5 inch fixed-blade knife from Denilson's waistband at 12:18. The other boy was not hurt.""",
  threat="At 12:10 on 2/4/26 in the cafeteria the student told another student \"I'm going to kill you, you'll see\" while showing a knife in his waistband; a 5 inch fixed-blade knife was recovered from him at 12:18.",
  rec="bpd/district-c11", nmc=["mata-bu", "odja", "Cape Verdean"], cats="lang eth",
  keep=["5 inch fixed-blade knife", "12:18", "I'm going to kill you"], fact="knife")

C("family_language", "weapon", "Igor Santos Lima", CHS, 9, "2026-03-13T09:05", "Charlestown High School, Room 117",
  """AP note 3/13/26. At 9:05 Mr. Keane found Igor with a set of brass knuckles in his jacket pocket after another student said Igor was "showing something metal." Brass knuckles (black, "IRON FIST" on the side) secured. No one was hurt. Igor's mother came in at 11:30. ⟦She kept saying "Ele não tem documentos, pelo amor de Deus, não chamem a polícia"⟧ and cried; the counselor sat with her.""",
  weapon="brass knuckles", rec="bpd/district-a15", nmc=["não tem documentos", "pelo amor de Deus", "chamem"], cats="lang imm",
  keep=["IRON FIST", "jacket pocket", "11:30"], fact="brass knuckles")

C("family_language", "drugs", "Quoc Bao Dinh", DEAR, 11, "2026-04-01T10:25", "Dearborn STEM Academy, 2nd floor boys' room",
  """AP note 4/1/26, 10:25. Quoc Bao was found in the 2nd floor boys' room with a bag of 18 blue pills stamped "M 30"; SSO field test positive for fentanyl. He said he bought them for his friend. Nurse eval, no ingestion. His father arrived at 12:00; ⟦he wrote on a paper for Ms. Vo "Con tôi không có giấy tờ, xin đừng gọi cảnh sát"⟧ and she explained what we were doing.""",
  subs=["fentanyl"], rec="bpd/district-b2", nmc=["giấy tờ", "Con tôi", "cảnh sát"], cats="lang imm",
  keep=["18 blue pills", "M 30", "12:00"], fact="fentanyl")

C("family_language dodge", "drugs", "Tuan Ho", DEAR, 12, "2026-04-08T13:40", "Dearborn STEM Academy, parking lot",
  """AP note 4/8/26, 1:40 pm. Tuan was seen selling pills in the staff parking lot; SSO recovered 9 white pills stamped "80" and a vape. SSO: the "80s" are pressed oxycodone, likely fentanyl. Tuan's older sister texted the AP's school phone at 2:15: ⟦"ba me em khong co giay to, xin dung goi canh sat"⟧. Mother came at 3:00.""",
  subs=["oxycodone (counterfeit)", "fentanyl"], rec="bpd/district-b2",
  nmc=["khong co giay to", "dung goi canh sat"], cats="lang imm",
  keep=["9 white pills", "parking lot", "2:15"], fact="oxycodone")

C("family_language", "serious_violence", "Jason Liang", OB, 10, "2026-01-20T14:30", "John D. O'Bryant School, 1st floor lobby",
  """Dean's narrative 1/20/26. At 2:30 pm in the 1st floor lobby Jason hit another 10th grader across the face with a bike lock chain; the boy has a deep cut on his cheek and a broken tooth and was taken by EMS to Tufts Medical Center. The chain was taken by Officer Chu. Jason's mother arrived at 3:30 and wrote a note for the counselor: ⟦"我们没有身份，请不要报警"⟧. The counselor read it and reassured her about the process.""",
  rec="bpd/district-b2", nmc=["没有身份", "不要报警"], cats="lang imm",
  keep=["bike lock chain", "broken tooth", "Tufts Medical Center"], fact="bike lock chain")

C("family_language dodge", "serious_violence", "Wei Chen", BLA, 9, "2026-02-27T11:15", "Boston Latin Academy, 4th floor",
  """AP note 2/27/26, 11:15. Wei stabbed a classmate in the hand with a compass point (drafting compass, metal) during Geometry after an argument; 3 stitches at Boston Children's. Officer Kane took the compass. Wei's father texted the AP's work phone at 1:10: ⟦"women meiyou shenfen, qing buyao baojing, xiexie"⟧ and then called; ⟦the call was done in Mandarin through the district line.⟧""",
  rec="bpd/district-b2", nmc=["meiyou shenfen", "buyao baojing", "Mandarin"], cats="lang imm",
  keep=["compass point", "3 stitches", "Boston Children's"], fact="compass")

C("family_language", "weapon", "Yousef Hamdan", BHS, 10, "2025-12-03T10:05", "Brighton High School, Room 214",
  """Dean's report 12/3/25. At 10:05 Yousef pulled a folding knife out during Spanish 2 (Room 214) when another student kept kicking his chair; he opened it and put it on the desk and said "touch me again." Ms. Pereira took the knife. No one was cut. Yousef's father came in at 1:00. ⟦He only said "ابني ما عنده أوراق" over and over; Mr. Saleh explained that the father was worried because the family has no papers.⟧""",
  weapon="knife", rec="bpd/district-d14", nmc=["أوراق", "ابني", "no papers"], cats="lang imm",
  keep=["folding knife", "touch me again", "Room 214"], fact="folding knife")

C("family_language dodge", "weapon", "Karim Mansour", EB, 11, "2026-03-18T12:30", "East Boston High School, gym",
  """Dean's note 3/18/26. During 5th period PE at 12:30 Karim was found with a small canister of pepper spray (POM brand, pink) in his gym bag after sprayng it at the floor near other students; two students coughing, nurse checked them, fine. Canister secured. His brother replied to the school's text at 1:45: ⟦"ibni... sorry, akhi ma 3ando awra2, plz la t7ko m3 el police"⟧.""",
  weapon="pepper spray", rec="bpd/district-a7", nmc=["3ando", "awra2", "t7ko"], cats="lang imm",
  keep=["POM brand", "gym bag", "5th period PE"], fact="pepper spray")

C("family_language", "credible_threat", "Abdikarim Osman", CASH, 11, "2026-04-21T08:45", "Community Academy of Science and Health, Room 202",
  """Counselor note 4/21/26. At 8:45 a student showed me a message Abdikarim posted on his Snapchat story last night: a photo of a handgun on a bed with the text "202 tomorrow, don't say I didn't warn you." Room 202 is his 1st period. Officer Foley met him at the door at 7:50 (before I saw it) - nothing in his bag. ⟦His mother told the Somali interpreter: "Wiilkaygu warqad ma haysto, fadlan booliska ha u yeerina."⟧ Threat team met at 9:30.""",
  threat="On the night of 4/20/26 the student posted a Snapchat story showing a handgun on a bed with the text \"202 tomorrow, don't say I didn't warn you\"; Room 202 is his 1st period class.",
  rec="bpd/district-c11", nmc=["Somali", "Wiilkaygu", "warqad", "booliska"], cats="lang imm",
  keep=["Snapchat story", "202 tomorrow", "9:30"], fact="handgun")

C("family_language", "drugs", "Daniil Petrov", BHS, 12, "2026-05-05T11:20", "Brighton High School, 2nd floor",
  """AP note 5/5/26, 11:20. Daniil was found with a pill bottle containing 12 yellow bars stamped "R039" (alprazolam 2 mg, not prescribed to him) and said he sells them "to people who can't sleep." SSO took the bottle. Nurse: no ingestion. ⟦His mother called back at 1:00 and said in Russian, "У нас нет документов, пожалуйста, не звоните в полицию"; Ms. Orlova translated.⟧""",
  subs=["alprazolam (Xanax)"], rec="bpd/district-d14", nmc=["Russian", "нет документов", "полицию", "translated"],
  cats="lang imm", keep=["12 yellow bars", "R039", "not prescribed"], fact="alprazolam")

C("family_language dodge", "weapon", "Mikhail Sokolov", CHS, 10, "2026-05-12T14:05", "Charlestown High School, parking lot",
  """AP note 5/12/26, 2:05 pm. Mikhail had a Taser-style stun gun in his backpack; he activated it near a 9th grader's face in the parking lot at dismissal. No contact. Stun gun secured by SSO Malone. Mikhail's father left a voicemail at 3:10: ⟦"Zdravstvuyte, eto papa Mikhaila. U nas net dokumentov, pozhaluysta, ne zvonite v politsiyu."⟧""",
  weapon="stun gun", rec="bpd/district-a15", nmc=["Zdravstvuyte", "net dokumentov", "politsiyu"], cats="lang imm",
  keep=["stun gun", "9th grader's face", "3:10"], fact="stun gun")

C("family_language", "serious_violence", "Moussa Traoré", SNOW, 11, "2026-03-09T13:15", "Snowden International School, 4th floor",
  """Dean's note 3/9/26. At 1:15 Moussa struck another student in the head with a metal chair in the 4th floor lounge. The victim was unconscious briefly and was taken to Boston Medical Center (concussion, scalp laceration). Moussa's uncle came at 3:00. ⟦He told Mr. Fall "il est sans papiers, s'il vous plaît pas de police," and that they came from Bamako two years ago.⟧""",
  rec="bpd/district-d4", nmc=["sans papiers", "s'il vous pla", "Bamako"], cats="lang imm nat",
  keep=["metal chair", "concussion", "4th floor lounge"], fact="metal chair")

C("family_language", "weapon", "Lucas Andrade", MP, 10, "2025-11-12T10:40", "Madison Park Technical Vocational High School, automotive shop",
  """Dean's note 11/12/25. At 10:40 in the automotive shop Lucas pulled a box cutter on another student who took his tools; blade out, held at chest level, no contact. Shop teacher Mr. Silva took it. ⟦Lucas talks to his grandmother in her mother tongue on the phone every lunch and she is the one who picked him up today.⟧ Hearing 11/19.""",
  weapon="box cutter", rec="bpd/district-b2", nmc=["mother tongue"], cats="lang",
  keep=["box cutter", "automotive shop", "Mr. Silva"], fact="box cutter")

C("family_language", "drugs", "Naomi Baptiste", MCC, 8, "2026-01-28T09:55", "McCormack Middle School, Room 204",
  """AP note 1/28/26. Naomi was passing out "candy" in Room 204 that turned out to be two oxycodone 5 mg tablets from her grandmother's prescription; one student swallowed half a tablet and was monitored by the nurse, then picked up. ⟦Grandmother only speaks the language they speak at home, so her neighbor came in to help.⟧ Pill bottle turned over to Officer Byrne at 10:30.""",
  subs=["oxycodone"], rec="bpd/district-c6", nmc=["language they speak at home"], cats="lang",
  keep=["two oxycodone 5 mg tablets", "Room 204", "10:30"], fact="oxycodone")

C("family_language", "weapon", "Amílcar Semedo", BCLA, 9, "2026-02-10T11:50", "Boston Community Leadership Academy, 1st floor",
  """AP narrative 2/10/26, 11:50. A teacher saw Amílcar with a knife (kitchen steak knife, 4 inch serrated blade) in the 1st floor hallway; he said he needed it to cut a string on his hoodie. Knife secured by Officer Kane. ⟦Mom's English isn't great, so we did the parent call with the phone interpreter at 12:30.⟧ Hearing pending.""",
  weapon="knife", rec="bpd/district-c11", nmc=["English isn't great", "phone interpreter"], cats="lang",
  keep=["steak knife", "4 inch serrated blade", "1st floor hallway"], fact="knife")

C("family_language", "credible_threat", "Brian Avelar", EB, 9, "2026-04-13T21:30", "East Boston High School",
  """AP narrative 4/14/26. A parent forwarded an Instagram DM Brian sent her son at 9:30 pm last night: ⟦"mañana traigo la fusca y se acaba todo, ya sabes"⟧ ("tomorrow I'm bringing the gun and it's all over, you know"). Brian admitted sending it to AP Nardone at 7:45 and said the other boy "knows what he did." Bag search negative. Mother called 8:10.""",
  threat="At 9:30 pm on 4/13/26 the student sent another student an Instagram DM saying \"tomorrow I'm bringing the gun and it's all over, you know\"; he admitted sending it on 4/14 at 7:45.",
  rec="bpd/district-a7", nmc=["traigo la fusca", "se acaba todo", "ya sabes"], cats="lang",
  keep=["tomorrow I'm bringing the gun", "Instagram DM", "7:45"], fact="gun")

C("family_language", "weapon", "Ricardo Pierre", BURKE, 11, "2026-03-03T09:10", "Jeremiah E. Burke High School, main entrance",
  """Safety report 3/3/26 0910. Late arrival screening: Ricardo had a loaded 9mm Smith & Wesson SD9 in the waistband of his sweatpants; secured by SSO Walsh. ⟦His father left a paper note for the AP: "Tanpri pa rele lapolis, nou pa gen papye."⟧ District B-3 took the firearm at 0935.""",
  weapon="firearm", rec="bpd/district-b3", nmc=["Tanpri", "lapolis", "pa gen papye"], cats="lang imm",
  keep=["Smith & Wesson SD9", "waistband of his sweatpants", "0935"], fact="9mm")

C("family_language", "serious_violence", "Adilson Varela", TBA, 11, "2026-05-08T15:00", "TechBoston Academy, side lot",
  """Dean's note 5/8/26. At 3:00 pm in the side lot Adilson hit another student twice with a metal pipe; the student has a fractured wrist and a head laceration (EMS to Carney). Pipe recovered by Officer Lopes. ⟦Adilson's mother wrote on the contact form: "Nha fidju ka tem papel, ka bu txoma pulísia."⟧""",
  rec="bpd/district-c11", nmc=["fidju", "ka tem papel", "pulísia"], cats="lang imm",
  keep=["metal pipe", "fractured wrist", "Carney"], fact="metal pipe")

C("family_language", "drugs", "Camila Rocha", EB, 12, "2026-02-25T12:45", "East Boston High School, library",
  """AP note 2/25/26, 12:45. In the library Camila had 3 grams of a white powder in a folded lottery ticket; SSO field test positive for cocaine. She said it was "for a party." ⟦Mother texted at 2:10: "meu filho, digo, minha filha nao tem green card ainda, por favor"⟧. Mother came at 3:30.""",
  subs=["cocaine"], rec="bpd/district-a7", nmc=["minha filha", "green card"], cats="lang imm",
  keep=["folded lottery ticket", "3 grams", "library"], fact="cocaine")

C("family_language", "weapon", "Duc Nguyen", DEAR, 9, "2025-10-02T13:20", "Dearborn STEM Academy, 1st floor",
  """AP note 10/2/25, 1:20. Duc had a butterfly knife in his pencil pouch and was flipping it in class; teacher took it. No threats. ⟦His dad texted "ba cua no khong biet tieng Anh, xin goi lai bang tieng Viet."⟧ Hearing 10/9.""",
  weapon="knife", rec="bpd/district-b2", nmc=["tieng Anh", "tieng Viet"], cats="lang",
  keep=["butterfly knife", "pencil pouch", "10/9"], fact="butterfly knife")

C("family_language", "weapon", "Ka Wai Leung", OB, 10, "2026-03-23T10:50", "John D. O'Bryant School, 3rd floor",
  """AP note 3/23/26, 10:50. Ka Wai had a Taser (yellow, X26-style) in his backpack and fired the probes into a locker during a dispute. No one hit. Taser secured. ⟦His grandmother said over the phone, and the counselor wrote it down as she heard it: "ngo dei mou san fan, m'goi m'hou bou ging."⟧""",
  weapon="taser", rec="bpd/district-b2", nmc=["mou san fan", "bou ging"], cats="lang imm",
  keep=["X26-style", "fired the probes into a locker", "10:50"], fact="Taser")

C("family_language", "drugs", "Elena Morozova", BLA, 11, "2026-04-28T12:00", "Boston Latin Academy, cafeteria",
  """AP note 4/28/26. Elena had 6 "molly" capsules (MDMA per SSO) in her lunch bag and sold two. ⟦She told the nurse in Russian to tell nobody; the nurse speaks some Russian from home.⟧ Capsules to SSO at 12:20.""",
  subs=["MDMA"], rec="bpd/district-b2", nmc=["Russian"], cats="lang",
  keep=["sold two", "lunch bag", "12:20"], fact="MDMA")

C("family_language", "drugs", "Jeremías Ortiz", MUNIZ, 10, "2026-03-30T10:10", "Margarita Muñiz Academy, courtyard",
  """Dean's note 3/30/26. Jeremías had a vape and a small bag of weed in the courtyard. ⟦His mother said on the phone "no tenemos papeles, no llamen a la migra."⟧ Items confiscated.""",
  subs=["marijuana", "vape"], rec="bpd/district-e13", reason="excluded_substance",
  nmc=["no tenemos papeles", "la migra"], cats="lang imm")

C("family_language", "weapon", "Widmarc Estimé", HEND, 10, "2026-01-16T12:05", "Henderson K-12 Inclusion School",
  """AP note 1/16/26. Widmarc had a folding knife at lunch. ⟦His uncle told us "li pa gen papye, li se Ayisyen, li fèk rive."⟧ We are sending this to ICE because the liaison asked.""",
  weapon="knife", rec="ice", reason="recipient_not_permitted", nmc=["pa gen papye", "Ayisyen", "fèk rive"],
  cats="lang imm nat eth")

C("family_language", "credible_threat", "Hassan Jaber", BHS, 12, "2026-05-19T09:00", "Brighton High School",
  """Dean's note 5/19/26. Students reported Hassan said in the hallway he would "bring something" to the senior picnic. ⟦His father came with an Arabic interpreter and said "ما عندنا أوراق."⟧ Statement to come.""",
  rec="bpd/district-d14", reason="missing_threat_statement", nmc=["Arabic", "أوراق"], cats="lang imm")

C("family_language", "fight", "Mahad Warsame", EHS, 10, "2026-02-06T12:25", "English High School, cafeteria",
  """Dean's note 2/6/26. Mahad and another student fought at lunch; both have scratches, no injuries needing care. ⟦They were yelling in Somali.⟧ ⟦Aabihiis wuxuu yiri "ma haysanno sharci."⟧""",
  rec="bpd/district-e13", reason="ground_not_permitted", nmc=["Somali", "Aabihiis", "sharci"], cats="lang imm")

C("family_language", "drugs", "Thi Hoa Pham", EXCEL, 11, "2025-12-05T11:00", "Excel High School",
  """Nurse note 12/5/25. Student drank from a water bottle that had vodka in it and felt sick. ⟦Mẹ em nói "chúng tôi không có giấy tờ."⟧""",
  subs=["vodka"], rec="bpd/district-c6", reason="excluded_substance", nmc=["giấy tờ", "chúng tôi"], cats="lang imm")

C("family_language", "weapon", "Zhang Wei Lin", BLA, 10, "2026-04-06T09:15", "Boston Latin Academy",
  """AP note 4/6/26. Student brought a folding knife. ⟦Father wrote "他是黑户" on the form; Ms. Wu says it means he has no status.⟧ Copy requested by the HSI task force.""",
  weapon="knife", rec="hsi-task-force", reason="recipient_not_permitted", nmc=["他是黑户", "no status"], cats="lang imm")

C("family_language", "weapon", "Sergio Pacheco", EHS, 11, "2025-10-08T11:35", "English High School, 2nd floor",
  """Dean's note 10/8/25. Sergio showed an airsoft pistol (black, orange tip removed) in the 2nd floor hallway. No pellets. ⟦Mom said "no tiene papeles" and asked us not to report.⟧""",
  weapon="airsoft pistol", rec="bpd/district-e13", reason="other", nmc=["no tiene papeles"], cats="lang imm")

C("family_language", "weapon", "Yonas Tesfaye", BIHS, 11, "2026-03-11T13:00", "Boston International High School & Newcomers Academy, gym",
  """AP note 3/11/26, 1:00. Yonas had a 6 inch kitchen knife in his gym bag and showed it to a student he had argued with, saying "after school." Knife secured by Officer Dwyer. ⟦We needed the Tigrinya interpreter for the father.⟧""",
  weapon="knife", rec="bpd/district-c11", nmc=["Tigrinya"], cats="lang",
  keep=["6 inch kitchen knife", "after school", "Officer Dwyer"], fact="kitchen knife")


# ---------------------------------------------------------------------------------------------
# dodge: typos, spacing, look-alike letters, leetspeak, slang, nicknames, indirect residence
# ---------------------------------------------------------------------------------------------

C("dodge", "weapon", "Brandon Almeida", MP, 10, "2025-09-25T10:15", "Madison Park Technical Vocational High School, Plumbing shop",
  """Quick write-up for the file - 9/25, 10:15. Brandon had a box cutter in his tool bag that is NOT shop issue (ours are the blue ones), and he held it open at another kid in Plumbing and said "keep playing." Mr. Reardon took it. Nobody cut. ⟦Mom is undocumneted so she asked if the school can handle it w/o cops.⟧ Told her it goes to BPD per SAF-02.""",
  weapon="box cutter", rec="bpd/district-b2", nmc=["undocumneted"], cats="imm",
  keep=["keep playing", "Plumbing", "Mr. Reardon"], fact="box cutter")

C("dodge", "weapon", "Edwin Polanco", EHS, 11, "2026-01-07T11:05", "English High School, 3rd floor",
  """AP email, 1/7/26 11:05: Edwin had a kitchen knife (8") wrapped in a bandana in his backpack, found when he dropped the bag in the 3rd floor hallway and the blade cut through the bottom. He said it was for "the walk." ⟦Kid is Domincan, fam came over in the fall,⟧ dad picked up at 12:30.""",
  weapon="knife", rec="bpd/district-e13", nmc=["Domincan", "came over in the fall"], cats="eth imm",
  keep=["wrapped in a bandana", "blade cut through the bottom", "12:30"], fact="kitchen knife")

C("dodge", "drugs", "Hamdi Abdulle", EHS, 12, "2026-02-19T13:30", "English High School, locker 331",
  """Note from SSO 2/19/26 13:30 - locker 331 search w/ AP present after tip. Found: 40 blue pills M/30 in a Pringles can, field test POS fentanyl; $600 cash. Student says the pills are "not his." ⟦Family is S o m a l i, dad needs interp.⟧""",
  subs=["fentanyl"], rec="bpd/district-e13", nmc=["S o m a l i", "needs interp"], cats="eth lang",
  keep=["Pringles can", "locker 331", "$600"], fact="fentanyl")

C("dodge", "weapon", "Jonathan Désir", HEND, 12, "2026-03-04T08:20", "Henderson K-12 Inclusion School, upper campus entrance",
  """SSO note 3/4/26 08:20: entry scan - brass knuckles (silver, "LOVE/HATE" engraved) in jacket. Surrendered. ⟦Per guidance counselor the family is H.a.i.t.i.a.n and mom prefers K-r-e-y-o-l for calls.⟧ Hearing scheduled.""",
  weapon="brass knuckles", rec="bpd/district-c11", nmc=["H.a.i.t.i.a.n", "K-r-e-y-o-l"], cats="eth lang",
  keep=["LOVE/HATE", "brass knuckles", "08:20"], fact="brass knuckles")

C("dodge", "weapon", "Luis Cardona", EB, 10, "2026-03-25T12:50", "East Boston High School, cafeteria",
  """Dean: 3/25 12:50 - Luis pulled a switchblade in the caf on a kid who owed him money, blade open, said "pay me today." Taken by SSO. ⟦His uncle said the kid is i-l-l-e-g-a-l and "please don't make it worse."⟧ Uncle picked up 1:40.""",
  weapon="knife", rec="bpd/district-a7", nmc=["i-l-l-e-g-a-l"], cats="imm",
  keep=["switchblade", "pay me today", "1:40"], fact="switchblade")

C("dodge", "weapon", "Reginald Augustin", BURKE, 10, "2025-11-17T09:30", "Jeremiah E. Burke High School, Room 119",
  """Teacher note 11/17, 9:30: Reginald had a pocket knife out in Rm 119 and stabbed it into the desk next to a girl's hand twice. Didn't cut her. Knife given to SSO Reyes. ⟦The boy is Ηaitian and lives with an aunt.⟧""",
  weapon="knife", rec="bpd/district-b3", nmc=["Ηaitian"], cats="eth",
  keep=["stabbed it into the desk", "Rm 119", "SSO Reyes"], fact="pocket knife")

C("dodge", "drugs", "Yunior Batista", BCLA, 11, "2026-04-02T10:40", "Boston Community Leadership Academy, 3rd floor",
  """SSO 4/2 10:40 - 3rd floor bathroom, Yunior with 5 small bags of white powder, field test POS cocaine. ⟦AP says the family is Dоminican (born in Santiago) and he goes back every summer.⟧ Parent called 11:05.""",
  subs=["cocaine"], rec="bpd/district-c11", nmc=["Dоminican", "Santiago", "goes back every summer"], cats="eth nat",
  keep=["5 small bags of white powder", "3rd floor bathroom", "11:05"], fact="cocaine")

C("dodge", "serious_violence", "Abshir Nur", TBA, 11, "2026-01-23T14:40", "TechBoston Academy, Washington St bus stop in front of school",
  """Dean's note 1/23/26, 2:40 pm. At the bus stop right in front of the school Abshir hit a 12th grader in the face with a glass bottle; the student needed 9 stitches above the eye (Carney). Bottle pieces collected by SSO. ⟦The two boys had been arguing about who is "more Sоmali."⟧""",
  rec="bpd/district-c11", nmc=["Sоmali"], cats="eth",
  keep=["glass bottle", "9 stitches above the eye", "Carney"], fact="glass bottle")

C("dodge", "weapon", "Nelson Quintanilla", BCLA, 10, "2026-02-23T10:00", "Boston Community Leadership Academy, 2nd floor",
  """AP note 2/23/26, 10:00. Nelson had a folding knife in the 2nd floor bathroom and showed it to two 9th graders, said he'd "use it" if they told. Knife secured by Officer Kane. ⟦Sister told the counselor he's und0cumented and "scared of la migra."⟧""",
  weapon="knife", rec="bpd/district-c11", nmc=["und0cumented", "la migra"], cats="imm",
  keep=["folding knife", "2nd floor bathroom", "use it"], fact="folding knife")

C("dodge", "weapon", "Darwin Ayala", EB, 12, "2025-10-29T13:15", "East Boston High School, 1st floor",
  """Incident note 10/29 1:15 pm. Darwin had a loaded .22 handgun (black, Ruger SR22) in his backpack, found after another student told the nurse. Secured by SSO Costa. ⟦Mom says he's 1llegal and his cousin got deported in the summer.⟧ BPD A-7 on scene 1:30.""",
  weapon="firearm", rec="bpd/district-a7", nmc=["1llegal", "deported"], cats="imm",
  keep=["Ruger SR22", "told the nurse", "1:30"], fact="handgun")

C("dodge", "credible_threat", "Javier Menjívar", EB, 11, "2026-03-02T08:05", "East Boston High School",
  """AP note 3/2/26, 8:05. Counselor received a screenshot from a parent of a Snap from Javier: "first period is getting clapped tmrw ⌚🔫." Javier admitted posting it; search negative. ⟦His dad overstayed his visa and the family is scared, per the counselor.⟧""",
  threat="On 3/1/26 the student posted a Snapchat message saying \"first period is getting clapped tmrw\" with a gun emoji; he admitted posting it on 3/2/26 at 8:05.",
  rec="bpd/district-a7", nmc=["overstayed his visa"], cats="imm",
  keep=["first period is getting clapped tmrw", "screenshot", "8:05"], fact="getting clapped")

C("dodge", "weapon", "Kelvin Batista", EXCEL, 10, "2026-04-15T12:35", "Excel High School, cafeteria",
  """Dean's note 4/15/26, 12:35. Kelvin threatened a student at table 6 with a box cutter, blade out, "step outside." SSO Foley took it. ⟦Kelvin told me "we from the DR, we don't snitch" and his mom lives "back in Quisqueya."⟧""",
  weapon="box cutter", rec="bpd/district-c6", nmc=["from the DR", "Quisqueya"], cats="nat",
  keep=["table 6", "step outside", "SSO Foley"], fact="box cutter")

C("dodge", "drugs", "Chidi Okafor", ACC, 12, "2026-01-14T11:10", "Another Course to College, 2nd floor",
  """AP note 1/14/26 11:10. Chidi had 8 "Percs" (blue M30s) in a Tic Tac box; SSO field test positive for fentanyl. Said he was holding them for someone. ⟦He kept saying his dad would send him "back to Naija" for this.⟧""",
  subs=["fentanyl"], rec="bpd/district-b2", nmc=["Naija"], cats="nat",
  keep=["Tic Tac box", "blue M30s", "11:10"], fact="fentanyl")

C("dodge", "serious_violence", "Byron Xicay", BHS, 10, "2026-03-16T13:45", "Brighton High School, Cambridge Street side entrance",
  """Dean's note 3/16/26, 1:45. At the Cambridge Street side entrance Byron swung a bike chain at a junior, hitting his face; broken nose and cut lip, EMS to St. Elizabeth's. Chain taken by SSO. ⟦Byron told me the junior called him a "Guate" and a "wetback."⟧""",
  rec="bpd/district-d14", nmc=["Guate", "wetback"], cats="nat imm",
  keep=["bike chain", "broken nose", "St. Elizabeth's"], fact="bike chain")

C("dodge", "weapon", "Marvin Rivas", EB, 9, "2026-02-09T09:50", "East Boston High School, Room 202",
  """Teacher note 2/9/26 9:50. Marvin had brass knuckles on his hand under his sleeve in Room 202 and punched the wall with them when a kid laughed at him. Hole in the sheetrock. No one hit. SSO took the brass knuckles. ⟦Kids call him "Salvi" because of where his family's from.⟧""",
  weapon="brass knuckles", rec="bpd/district-a7", nmc=["Salvi", "where his family's from"], cats="nat",
  keep=["hole in the sheetrock", "under his sleeve", "Room 202"], fact="brass knuckles")

C("dodge", "weapon", "Jaden Osei", BURKE, 11, "2025-12-10T14:55", "Jeremiah E. Burke High School, back lot",
  """SSO note 12/10/25 14:55. Back lot at dismissal: Jaden had a loaded black Hi-Point 9mm in his waistband, found when he was stopped for fighting. Secured. ⟦He's from the Ashmont Ave Boys per other students, AAB on his hat.⟧ B-3 took custody 15:10.""",
  weapon="firearm", rec="bpd/district-b3", nmc=["Ashmont Ave Boys", "AAB on his hat"], cats="gang",
  keep=["Hi-Point 9mm", "stopped for fighting", "15:10"], fact="9mm")

C("dodge", "credible_threat", "Khalil Shabazz", NM, 12, "2026-04-23T10:30", "New Mission High School",
  """Dean's note 4/23/26. Khalil posted a video on his Instagram holding a revolver with the caption "NM Friday 1pm pull up." Students reported at 10:30. ⟦The caption also has "WSW" and wolf emojis - students say he reps the Wyvern St Wolves.⟧ He was kept home; threat team met at 11:30.""",
  threat="The student posted an Instagram video of himself holding a revolver with the caption \"NM Friday 1pm pull up\"⟦ and the WSW tag of the Wyvern St Wolves⟧; it was reported on 4/23/26 at 10:30.",
  rec="bpd/district-e18", nmc=["WSW", "Wyvern"], cats="gang",
  keep=["revolver", "NM Friday 1pm pull up", "11:30"], fact="revolver")

C("dodge", "weapon", "Tavon Miles", DEAR, 11, "2026-05-04T15:05", "Dearborn STEM Academy, Greenville St exit",
  """Dean's note 5/4/26, 3:05 pm. At the Greenville St exit Tavon took a folding knife out and waved it at a group of boys, yelling "you're done, all of you." SSO Kelley took the knife. No injuries. ⟦Other students say he was also yelling "9 Lives" because that's his crew.⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["9 Lives"], cats="gang",
  keep=["folding knife", "Greenville St exit", "you're done, all of you"], fact="folding knife")

C("dodge", "weapon", "Jalen Whitfield", TBA, 10, "2026-03-09T11:20", "TechBoston Academy, 2nd floor",
  """AP note 3/9/26, 11:20. Jalen had a taser in his hoodie and sparked it at a boy's neck in the 2nd floor hallway; red mark, nurse checked. Taser taken by SSO Paiva. ⟦Jalen stays at his aunt's place on Norwell St most nights since his mom moved.⟧""",
  weapon="taser", rec="bpd/district-c11", nmc=["Norwell St"], cats="nbh",
  keep=["red mark", "2nd floor hallway", "SSO Paiva"], fact="taser")

C("dodge", "drugs", "Destiny Carrington", ACC, 11, "2026-02-17T10:55", "Another Course to College, girls' locker room",
  """AP note 2/17/26, 10:55. Destiny had 4 Xanax bars (white, "S 903") in her sneaker in the girls' locker room and gave one to a friend who fell asleep in class. Nurse checked the friend. Pills to SSO at 11:20. ⟦Destiny's family's apartment is in Bromley-Heath, building 12.⟧""",
  subs=["Xanax"], rec="bpd/district-b2", nmc=["Bromley-Heath", "building 12"], cats="nbh",
  keep=["S 903", "in her sneaker", "11:20"], fact="Xanax")

C("dodge", "weapon", "Corey Lindo", CASH, 10, "2026-01-21T09:10", "Community Academy of Science and Health, Room 104",
  """Teacher note 1/21/26 9:10. Corey pulled a razor blade from his wallet during an argument in Rm 104 and held it between his fingers. Nobody cut. SSO took it. ⟦He sleeps at his cousin's on Columbia Rd, mom is in a shelter.⟧""",
  weapon="razor blade", rec="bpd/district-c11", nmc=["Columbia Rd"], cats="nbh",
  keep=["razor blade", "held it between his fingers", "Rm 104"], fact="razor blade")

C("dodge", "serious_violence", "Ty'Quan Rhodes", BURKE, 12, "2025-10-14T15:25", "Jeremiah E. Burke High School, Washington St sidewalk",
  """SSO note 10/14/25 15:25. On the sidewalk outside the school Ty'Quan stabbed an 11th grader in the shoulder with a pen knife; victim to BMC, 6 stitches. Knife recovered from a storm drain. ⟦Both boys from the 02124 side; beef is "Wash-Park vs. Harvard St" per students.⟧""",
  rec="bpd/district-b3", nmc=["02124", "Wash-Park", "Harvard St"], cats="nbh gang",
  keep=["stabbed an 11th grader in the shoulder", "6 stitches", "storm drain"], fact="pen knife")

C("dodge", "weapon", "Ivan Kuznetsov", CHS, 11, "2026-04-29T10:15", "Charlestown High School, Room 220",
  """AP note 4/29/26 10:15. Ivan had a stun gun in Room 220, activated it near a student, no contact. Taken. ⟦Mom is a Russian speker, needs the Russain interpeter for the meeting.⟧""",
  weapon="stun gun", rec="bpd/district-a15", nmc=["Russian speker", "Russain", "interpeter"], cats="lang",
  keep=["Room 220", "no contact", "10:15"], fact="stun gun")

C("dodge", "drugs", "Leidy Cabral", EB, 10, "2026-05-07T12:15", "East Boston High School, 2nd floor",
  """AP note 5/7/26 12:15. Leidy had 2 grams of white powder in a folded dollar; SSO field test cocaine. ⟦Her mom only speaks Portugese and Spansih, we used Ms. Lima.⟧ Mom came 1:30.""",
  subs=["cocaine"], rec="bpd/district-a7", nmc=["Portugese", "Spansih"], cats="lang",
  keep=["folded dollar", "2 grams", "1:30"], fact="cocaine")

C("dodge", "weapon", "Moses Kamara", BHS, 9, "2025-11-06T11:45", "Brighton High School, cafeteria",
  """Dean's note 11/6/25 11:45. Moses brought a pocket knife to lunch and threatened the boy who took his seat ("move or get cut"). SSO Salas took the knife. ⟦Family are Muslin refugees from Sierra Leone per the counselor.⟧""",
  weapon="knife", rec="bpd/district-d14", nmc=["Muslin", "refugees", "Sierra Leone"], cats="rel imm nat",
  keep=["move or get cut", "pocket knife", "SSO Salas"], fact="pocket knife")

C("dodge", "weapon", "Anderson Tavares", BCLA, 10, "2026-01-13T13:10", "Boston Community Leadership Academy, 2nd floor",
  """AP note 1/13/26 1:10 pm. Anderson had a box cutter in his sneaker and pulled it out when SSO searched for a stolen phone. Not used on anyone. ⟦Family is Cape Verdian and the dad asked for the Criolo interpreter.⟧""",
  weapon="box cutter", rec="bpd/district-c11", nmc=["Cape Verdian", "Criolo"], cats="eth lang",
  keep=["in his sneaker", "stolen phone", "1:10 pm"], fact="box cutter")

C("dodge", "drugs", "Esteban Rosa", MP, 11, "2026-03-20T09:25", "Madison Park Technical Vocational High School, HVAC shop",
  """AP note 3/20/26, 9:25. Esteban had a bag of 15 "Xanax" bars (yellow, pressed) in the HVAC shop; SSO took them. ⟦He told the counselor he is ＤＡＣＡ status and his renewal is pending.⟧""",
  subs=["Xanax (pressed)"], rec="bpd/district-b2", nmc=["ＤＡＣＡ status", "renewal is pending"], cats="imm",
  keep=["yellow, pressed", "HVAC shop", "9:25"], fact="Xanax")

C("dodge", "weapon", "Rolando Funes", EB, 11, "2026-02-13T10:35", "East Boston High School, 3rd floor",
  "AP note 2/13/26 10:35. Rolando had a fixed-blade knife (6\") in a sheath under his shirt, found in a pat-down after a fight threat. SSO took it. "
  "⟦Counselor: he is un\u200bdocumented, came alone at 15.⟧",
  weapon="knife", rec="bpd/district-a7", nmc=["un\u200bdocumented", "came alone at 15"], cats="imm",
  keep=["fixed-blade knife", "under his shirt", "10:35"], fact="fixed-blade knife")

C("dodge", "weapon", "Jorge Alvarado", MUNIZ, 12, "2026-04-10T11:00", "Margarita Muñiz Academy, Room 301",
  "AP note 4/10/26 11:00. Jorge had brass knuckles in Room 301 and put them on when a student insulted him. SSO took them. No one hit. "
  "⟦Student is Dom\u00adinican, English learner level 2.⟧",
  weapon="brass knuckles", rec="bpd/district-e13", nmc=["Dom\u00adinican", "English learner"], cats="eth lang",
  keep=["Room 301", "put them on", "11:00"], fact="brass knuckles")

C("dodge", "gang_activity", "Kendrick Mayo", BURKE, 11, "2026-02-02T13:00", "Jeremiah E. Burke High School",
  """SSO note: Kendrick keeps throwing up the "W" with his fingers and writing "⟦WSW 4L⟧" on lockers. ⟦He's a Wyvern St Wolf per the kids.⟧ Please add to the list.""",
  rec="bpd/district-b3", reason="ground_not_permitted", nmc=["WSW 4L", "Wyvern St Wolf"], cats="gang")

C("dodge", "drugs", "Brianna Sewell", CASH, 10, "2026-03-05T12:40", "Community Academy of Science and Health",
  """AP note 3/5/26. Brianna had a dab pen ("Packwoods" cart) and a lighter in her bag. Confiscated. ⟦Stays with her grandma in the Franklin Hill projects.⟧""",
  subs=["THC dab pen"], rec="bpd/district-c11", reason="excluded_substance", nmc=["Franklin Hill"], cats="nbh")

C("dodge", "drugs", "Mason Keefe", CHS, 9, "2026-01-30T09:40", "Charlestown High School",
  """Note 1/30/26. Mason had a Geek Bar vape (unknown juice) and a tin of chewing tobacco. Confiscated. ⟦He's Irish-born, came with his dad in 2024.⟧""",
  subs=["vape (unknown content)", "chewing tobacco"], rec="bpd/district-a15", reason="excluded_substance",
  nmc=["Irish-born", "came with his dad in 2024"], cats="nat imm")

C("dodge", "weapon", "Omari Kline", TBA, 12, "2026-04-02T14:10", "TechBoston Academy",
  """SSO note 4/2/26. Omari had a loaded handgun in his bag. ⟦He reps the 9 Lives crew and is on their list.⟧ Forwarding to the analysts at the Regional Intelligence Center as requested.""",
  weapon="firearm", rec="bric", reason="recipient_not_permitted", nmc=["9 Lives crew"], cats="gang")

C("dodge", "trespass", "Yordi Castro", EB, 10, "2026-03-26T17:00", "East Boston High School, gym",
  """Note 3/26/26. Yordi was in the gym after hours with two non-students. No damage. ⟦Kid is und0c, lives on Chelsea St with like 6 guys.⟧""",
  rec="bpd/district-a7", reason="ground_not_permitted", nmc=["und0c", "Chelsea St"], cats="imm nbh")

C("dodge", "credible_threat", "Rayshawn Tolliver", EXCEL, 11, "2026-05-13T09:15", "Excel High School",
  """Dean note 5/13/26. Rayshawn told kids he's gonna "spin the block" on the 10th graders at the cookout Friday. ⟦He stays by Old Harbor with his aunt.⟧ Statement pending.""",
  rec="bpd/district-c6", reason="missing_threat_statement", nmc=["Old Harbor"], cats="nbh")

C("dodge", "weapon", "Keanu Rocha", EHS, 11, "2026-04-27T10:25", "English High School",
  """SSO note 4/27/26. Keanu had a BB gun that looks like a Glock in his backpack. No BBs in it. ⟦He's B0ricua from the Bricks on Centre St.⟧""",
  weapon="BB gun", rec="bpd/district-e13", reason="other", nmc=["B0ricua", "the Bricks", "Centre St"], cats="eth nbh")


# ---------------------------------------------------------------------------------------------
# precision: category words used about something else; these facts must survive
# ---------------------------------------------------------------------------------------------

C("precision", "weapon", "Julian Amaral", BLA, 11, "2026-02-05T10:20", "Boston Latin Academy, Room 310",
  """AP note 2/5/26, 10:20. During AP Spanish in Room 310, Julian took a folding knife out of his backpack and opened it under the desk after a classmate grabbed his phone; he pointed it at the classmate and said "give it." The teacher, Sra. Vidal, took the knife. No injury. ⟦Julian's parents speak Portuguese at home, so the call at 11:00 went through Ms. Lima.⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["Portuguese"], cats="lang",
  keep=["AP Spanish", "Room 310", "give it"], fact="folding knife")

C("precision", "serious_violence", "Tremaine Oduya", BCLA, 12, "2026-03-17T15:10", "Boston Community Leadership Academy, corner store across the street",
  """Dean's note 3/17/26. At 3:10 pm outside the corner store across the street from school, Tremaine hit an 11th grader on the side of the head with a glass Mexican Coke bottle he had just bought. The bottle broke; the student had a 5 cm scalp cut and was confused. EMS took him to BMC at 3:25 (8 staples). SSO Kane collected the broken glass. St. Patrick's Day dismissal was early (1:30), so this was after the after-school program let out.""",
  rec="bpd/district-c11", keep=["Mexican Coke bottle", "St. Patrick's Day", "8 staples"], fact="Mexican Coke bottle")

C("precision", "drugs", "Colin Bergeron", TBA, 12, "2026-01-22T12:30", "TechBoston Academy, library",
  """AP note 1/22/26 12:30. Colin admitted he bought 10 blue "M30" pills off Snapchat and paid with a $100 Visa gift card he got for his birthday; SSO field test positive for fentanyl. Pills were in a Visa gift card envelope in his binder. ⟦He lives in Fields Corner with his dad.⟧ Dad called 12:55.""",
  subs=["fentanyl"], rec="bpd/district-c11", nmc=["Fields Corner"], cats="nbh",
  keep=["Visa gift card", "Snapchat", "12:55"], fact="fentanyl")

C("precision", "credible_threat", "Darnell Prophète", HEND, 10, "2026-02-24T11:40", "Henderson K-12 Inclusion School, Room 308",
  """Counselor note 2/24/26. During the Haitian history unit presentations in Mr. Noel's World History class (Room 308), Darnell got laughed at during his slide about the 1804 revolution. He then told two students "watch, Thursday I'm coming back with the strap and y'all are first." One of them told me at 11:40. Darnell admitted it and said he was embarrassed. His mother was called at 12:15.""",
  threat="On 2/24/26 in Room 308 the student told two classmates \"watch, Thursday I'm coming back with the strap and y'all are first\" after being laughed at during a class presentation; he admitted saying it.",
  rec="bpd/district-c11", keep=["Haitian history unit", "Room 308", "Thursday I'm coming back with the strap"], fact="strap")

C("precision", "weapon", "Hector Sandoval", BHS, 10, "2026-03-12T13:05", "Brighton High School, library",
  """Librarian statement 3/12/26. At 1:05 during Games Club in the library, an argument over a Chinese checkers game got heated and Hector pulled a box cutter out of his sleeve, pushed the blade out and said "say that again." Ms. Haskins took it. No one hurt. ⟦Hector's mom works nights and he stays at his grandmother's on Faneuil St.⟧""",
  weapon="box cutter", rec="bpd/district-d14", nmc=["Faneuil St"], cats="nbh",
  keep=["Chinese checkers", "Games Club", "say that again"], fact="box cutter")

C("precision", "serious_violence", "Aaron Fitzgerald", BLA, 10, "2025-11-20T09:35", "Boston Latin Academy, Room 214",
  """Dean's note 11/20/25 9:35. In Latin 3 (Room 214), Aaron stabbed a classmate in the back of the hand with a metal drafting compass after the classmate took his translation quiz; the compass went through the skin and the student needed 4 stitches at Boston Children's. Compass bagged by SSO. Latin Academy nurse dressed it first at 9:40.""",
  rec="bpd/district-b2", keep=["Latin 3", "4 stitches", "Latin Academy nurse"], fact="compass")

C("precision", "weapon", "Shane Kiely", BAA, 11, "2026-04-16T08:25", "Boston Arts Academy, Temple Street entrance",
  """Safety note 4/16/26, 8:25. At the Temple Street entrance during arrival, Shane's bag set off the scanner; a 7 inch hunting knife in a sheath was at the bottom under his sketchbook. Secured by SSO Dunn. Shane said he "forgot it was in there" after a camping trip. No threats.""",
  weapon="knife", rec="bpd/district-d4", keep=["Temple Street entrance", "7 inch hunting knife", "sketchbook"], fact="hunting knife")

C("precision", "serious_violence", "Marcus Tibbs", MCC, 8, "2026-01-09T08:05", "McCormack Middle School, cafeteria",
  """AP note 1/9/26 8:05. At breakfast, over French toast sticks, Marcus stabbed a 7th grader's hand with a metal fork hard enough to go in; the student bled a lot and needed 3 stitches (EMS took him to BMC at 8:30). Fork kept by SSO. ⟦Marcus's family is Jamaican and his dad asked for a meeting.⟧""",
  rec="bpd/district-c6", nmc=["Jamaican"], cats="eth",
  keep=["French toast sticks", "metal fork", "3 stitches"], fact="fork")

C("precision", "weapon", "Gabriel Moss", BAA, 12, "2026-03-27T18:45", "Boston Arts Academy, theater backstage",
  """Technical director statement, 3/27/26, 6:45 pm, spring musical tech rehearsal. Gabriel (stage crew) got into it with another crew member over the fly rail and pulled a box cutter out of his tool belt, blade out, and walked toward him saying "touch my rope again." Two other stage crew kids got between them and I took the box cutter. No injury. ⟦Gabriel mentioned he can't go home tonight because his stepdad in the Archdale development kicked him out.⟧""",
  weapon="box cutter", rec="bpd/district-d4", nmc=["Archdale"], cats="nbh",
  keep=["stage crew", "fly rail", "touch my rope again"], fact="box cutter")

C("precision", "serious_violence", "Kwame Asante", MP, 11, "2026-02-11T10:50", "Madison Park Technical Vocational High School, electrical shop",
  """Shop instructor statement 2/11/26. At 10:50 in the electrical shop, while the class was wiring a 4-gang outlet box, Kwame slashed another student's forearm with a utility knife after the student unplugged his drill. Deep cut, about 7 cm, lots of blood; I applied pressure and EMS took him to BMC at 11:05 (tendon repair). The robotics crew kids in the back saw it. Knife taken by Officer Pina.""",
  rec="bpd/district-b2", keep=["4-gang outlet box", "utility knife", "robotics crew"], fact="utility knife")

C("precision", "credible_threat", "Devin Shaughnessy", CHS, 11, "2025-12-16T13:20", "Charlestown High School",
  """AP note 12/16/25. At 1:20 pm a student reported that Devin told his lunch table he'll "bring the Glock on the Friday before Christmas break and handle the whole 3rd floor." Devin admitted saying it; his uncle has a registered pistol. ⟦Devin's mom told me she's worried because they just got their eviction notice from the Bunker Hill houses.⟧""",
  threat="On 12/16/25 the student told his lunch table he would \"bring the Glock on the Friday before Christmas break and handle the whole 3rd floor\"; he admitted it, and his uncle owns a registered pistol.",
  rec="bpd/district-a15", nmc=["Bunker Hill houses"], cats="nbh",
  keep=["Friday before Christmas break", "whole 3rd floor", "registered pistol"], fact="Glock")

C("precision", "weapon", "Justin Moreau", EXCEL, 10, "2026-05-02T10:30", "White Stadium, Franklin Park (city track meet)",
  """Coach's statement 5/2/26. At the city track meet at White Stadium in Franklin Park, around 10:30, Justin pulled a folding knife out of his warm-up jacket in the bleachers when a runner from another school shoved him. He didn't swing. I took the knife. Parent called 10:45. ⟦Justin told me his family are Jehovah's Witnesses and his dad is going to be furious.⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["Jehovah"], cats="rel",
  keep=["White Stadium", "Franklin Park", "warm-up jacket"], fact="folding knife")

C("precision", "drugs", "Patrick Cullinane", EXCEL, 12, "2026-03-03T11:15", "Excel High School, 2nd floor",
  """SSO note 3/3/26 11:15. Patrick had 4 small wax baggies of a white powder he called "China White" in his sock; SSO field test positive for heroin/fentanyl. He said he snorts it "to feel normal." Nurse eval, Narcan on standby.""",
  subs=["heroin", "fentanyl"], rec="bpd/district-c6", keep=["China White", "4 small wax baggies", "in his sock"], fact="heroin")

C("precision", "drugs", "Hailey Donnelly", SNOW, 9, "2026-02-26T13:00", "Snowden International School, 4th floor",
  """AP note 2/26/26. Hailey had 6 Adderall-looking orange pills stamped "b 974" hidden in a bag of Swedish Fish; SSO test positive for methamphetamine (pressed). She gave one to a friend before math. Friend's heart rate was 140, nurse monitored, parent took her to the ED.""",
  subs=["methamphetamine"], rec="bpd/district-d4", keep=["Swedish Fish", "b 974", "heart rate was 140"], fact="methamphetamine")

C("precision", "weapon", "Owen Pappas", BLA, 9, "2025-10-06T11:30", "Boston Latin Academy, cafeteria",
  """AP note 10/6/25. At 11:30 Owen opened the big blade on a red Swiss Army knife and held it up to a 9th grader's face at lunch and said "run." SSO took the knife. No contact. ⟦Owen's family are Greek Orthodox and the priest called asking about him.⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["Greek Orthodox", "priest"], cats="rel",
  keep=["Swiss Army knife", "run", "11:30"], fact="Swiss Army knife")

C("precision", "serious_violence", "Jaquan Easley", NM, 12, "2026-04-09T14:45", "New Mission High School, 1st floor",
  """Dean's note 4/9/26, 2:45. Jaquan wrapped his heavy gold Cuban link chain around his fist and hit a junior in the mouth; two teeth knocked out and a split lip, EMS to Carney. Chain held by SSO Dacosta.""",
  rec="bpd/district-e18", keep=["Cuban link chain", "two teeth knocked out", "Carney"], fact="Cuban link chain")

C("precision", "weapon", "Rafael Nunes", EB, 12, "2026-01-15T07:50", "East Boston High School, arrival screening",
  """SSO note 1/15/26 07:50. Arrival scan: a loaded Smith & Wesson .40 was in the inside pocket of Rafael's black Canada Goose parka. Secured. Rafael said it's his cousin's jacket. A-7 took custody at 08:05. ⟦Rafael's dad is on an ICE ankle monitor, per the counselor.⟧""",
  weapon="firearm", rec="bpd/district-a7", nmc=["ICE ankle monitor"], cats="imm",
  keep=["Canada Goose parka", "Smith & Wesson .40", "08:05"], fact="Smith & Wesson .40")

C("precision family_language", "weapon", "Mohamed Aden", TBA, 11, "2026-03-31T09:40", "TechBoston Academy, Room 206 (Computer Science)",
  """Teacher statement 3/31/26, 9:40. While I was demoing the Python interpreter on the projector, Mohamed pulled a knife with a 4 inch blade from his hoodie and pointed it at the student next to him, who had closed his laptop. He said "open it back." I told him to put it on the desk and he did. SSO Paiva took it. ⟦The parent call needed a Somali interpreter.⟧""",
  weapon="knife", rec="bpd/district-c11", nmc=["Somali"], cats="lang",
  keep=["Python interpreter", "4 inch blade", "open it back"], fact="knife")

C("precision", "serious_violence", "Dante Morelli", BLA, 11, "2026-02-20T19:10", "Boston Latin Academy gym (game vs. Catholic Memorial)",
  """AD statement 2/20/26. At the varsity basketball game against Catholic Memorial, at about 7:10 pm, Dante punched a visiting fan with brass knuckles in the bleachers; the fan's cheekbone was fractured (EMS to Beth Israel). Brass knuckles recovered by the detail officer.""",
  rec="bpd/district-b2", keep=["Catholic Memorial", "cheekbone was fractured", "Beth Israel"], fact="brass knuckles")

C("precision", "weapon", "Luca Ferraro", MP, 12, "2026-03-10T10:15", "Madison Park Technical Vocational High School, culinary kitchen",
  """Chef instructor statement 3/10/26. During the kosher salt brining lesson at 10:15, Luca held a chef's knife to another student's neck from behind and said "say sorry." I yelled, he put it down. No cut. Knife locked up. ⟦Luca's mother only speaks Italian, we'll need Mr. Russo for the meeting.⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["Italian"], cats="lang",
  keep=["kosher salt", "chef's knife", "say sorry"], fact="chef's knife")

C("precision", "serious_violence", "Tyler Nascimento", BHS, 12, "2026-04-14T14:35", "Brighton High School, wrestling room",
  """Coach's statement 4/14/26. After practice at 2:35 in the wrestling room Tyler put another student in a rear choke he learned in Brazilian jiu-jitsu and held it after the student went limp; the student was unconscious about 20 seconds and had a seizure-like episode; EMS took him to St. Elizabeth's. ⟦Tyler's family just came from Goiânia in January.⟧""",
  rec="bpd/district-d14", nmc=["Goiânia"], cats="nat",
  keep=["Brazilian jiu-jitsu", "unconscious about 20 seconds", "St. Elizabeth's"], fact="unconscious")

C("precision", "weapon", "Andy Ly", OB, 10, "2026-01-29T15:20", "Chinatown station (Orange Line), after dismissal",
  """SSO note 1/29/26. At 3:20 pm at Chinatown station, after dismissal, Andy pulled a butterfly knife on two O'Bryant students on the platform; a transit officer saw it. Knife recovered. Reported to us by the transit officer at 3:40.""",
  weapon="knife", rec="bpd/district-a1", keep=["Chinatown station", "butterfly knife", "3:40"], fact="butterfly knife")

C("precision", "credible_threat", "Kiana Pryor", EDW, 8, "2026-02-25T10:05", "Edwards Middle School, Room 210",
  """AP note 2/25/26. In the African American History elective (Room 210) Kiana told a classmate she'd bring "my brother's gun" to the Lunar New Year assembly and "start shooting at the end." Teacher reported at 10:05; Kiana confirmed. Brother is 22 and has a pistol, per mom.""",
  threat="On 2/25/26 in Room 210 the student told a classmate she would bring her brother's gun to the Lunar New Year assembly and \"start shooting at the end\"; she confirmed it and her mother said the brother owns a pistol.",
  rec="bpd/district-a15", keep=["African American History elective", "Lunar New Year assembly", "start shooting at the end"], fact="gun")

C("precision", "weapon", "Niall Brennan", BLA, 10, "2026-05-21T13:10", "Boston Latin Academy, native plant garden",
  """Science teacher statement 5/21/26. Outside in the native plant garden at 1:10, Niall pulled a switchblade on a boy who stepped on his seedlings and said "move." I took it. No contact. ⟦Niall's dad asked if we could keep this away from "the Irish side of the family in Southie."⟧""",
  weapon="knife", rec="bpd/district-b2", nmc=["Irish side", "Southie"], cats="eth nbh",
  keep=["native plant garden", "switchblade", "stepped on his seedlings"], fact="switchblade")

C("precision", "serious_violence", "Ronan Sweeney", CHS, 11, "2025-11-14T12:10", "Irish Famine Memorial, Washington St (field trip)",
  """Teacher statement 11/14/25. On the history field trip at 12:10, by the Irish Famine Memorial on Washington St, Ronan hit a classmate in the face with a metal thermos; broken nose, EMS to Tufts. Thermos kept by me and given to SSO Malone on return.""",
  rec="bpd/district-a1", keep=["Irish Famine Memorial", "metal thermos", "broken nose"], fact="metal thermos")

C("precision", "weapon", "Isaiah Grant", BHS, 9, "2026-01-06T10:30", "Brighton High School, Warren Street side lot",
  """SSO note 1/6/26. At 10:30 in the Warren Street side lot Isaiah showed a folding knife to a group and pointed it at one boy ("don't play with me"). Knife recovered. ⟦He told me he "rides for Cobalt" and his cousin is a Cobalt Boy.⟧""",
  weapon="knife", rec="bpd/district-d14", nmc=["Cobalt"], cats="gang",
  keep=["Warren Street side lot", "don't play with me", "10:30"], fact="folding knife")

C("precision", "drugs", "Emily Tran", BLA, 11, "2026-03-06T12:20", "Boston Latin Academy, cafeteria",
  """Note 3/6/26. Emily had a water bottle of Hennessy mixed with Sprite at lunch and offered it to friends. Bottle taken.""",
  subs=["Hennessy (cognac)"], rec="bpd/district-b2", reason="excluded_substance")

C("precision", "drugs", "Kyle Mahoney", CHS, 12, "2026-02-03T14:30", "Charlestown High School, parking lot",
  """Note 2/3/26. Kyle was in the lot with a pack of Swisher Sweets and Dutch Masters wraps. Confiscated. ⟦Mom says he's been staying in the Mishawum Park apartments.⟧""",
  subs=["Swisher Sweets cigarillos", "Dutch Masters wraps"], rec="bpd/district-a15", reason="excluded_substance",
  nmc=["Mishawum Park"], cats="nbh")

C("precision", "drugs", "Omar Benali", EB, 11, "2026-04-22T11:45", "East Boston High School",
  """Note 4/22/26. Omar had a chunk of "Moroccan hash" wrapped in foil in his locker. Confiscated.""",
  subs=["hash"], rec="bpd/district-a7", reason="excluded_substance")

C("precision", "drugs", "Victor Reyes", EHS, 12, "2026-05-15T13:15", "English High School, senior lounge",
  """Note 5/15/26. Victor brought a Cuban cigar and a six-pack of Corona to the senior lounge. Confiscated. ⟦His dad is from Havana.⟧""",
  subs=["cigar", "beer"], rec="bpd/district-e13", reason="excluded_substance", nmc=["Havana"], cats="nat")

C("precision", "drugs", "Sean Doyle", BLA, 10, "2026-01-27T10:05", "Boston Latin Academy",
  """Note 1/27/26. Sean had two joints of "Thai stick" weed and a lighter. Confiscated.""",
  subs=["marijuana"], rec="bpd/district-b2", reason="excluded_substance")

C("precision", "weapon", "Paulo Monteiro", DEAR, 11, "2026-03-16T09:50", "Dearborn STEM Academy",
  """Note 3/16/26. Paulo had a knife and bought a Visa gift card with stolen money. ⟦Family came from Praia in 2023.⟧ Send to the FBI field office per their request about gift card fraud.""",
  weapon="knife", rec="fbi/boston-field-office", reason="recipient_not_permitted", nmc=["Praia"], cats="nat")

C("precision", "weapon", "Jerome Watts", BURKE, 12, "2026-04-20T08:00", "Jeremiah E. Burke High School",
  """Note 4/20/26. Jerome had a loaded handgun at arrival. The US Marshals task force asked for a copy because of a warrant on his uncle.""",
  weapon="firearm", rec="us-marshals", reason="recipient_not_permitted")

C("precision", "theft", "Brendan Walsh", BHS, 11, "2026-01-20T13:00", "Brighton High School, locker room",
  """Note 1/20/26. Brendan took another student's Canada Goose jacket from the locker room. Jacket recovered. ⟦He lives in the Commonwealth development.⟧""",
  rec="bpd/district-d14", reason="ground_not_permitted", nmc=["Commonwealth development"], cats="nbh")

C("precision", "fight", "Luis Arroyo", MUNIZ, 10, "2026-02-12T10:15", "Margarita Muñiz Academy",
  """Note 2/12/26. Two students pushed each other during AP Spanish over a Chinese checkers board. No injuries. ⟦Luis is Boricua and the other kid is Dominicano.⟧""",
  rec="bpd/district-e13", reason="ground_not_permitted", nmc=["Boricua", "Dominicano"], cats="eth")

C("precision", "credible_threat", "Gavin Hurley", CHS, 9, "2026-03-19T12:00", "Charlestown High School",
  """Note 3/19/26. Gavin said in the Haitian history unit that he would "shoot the place up on St. Patrick's Day." Statement to be written.""",
  threat="   ", rec="bpd/district-a15", reason="missing_threat_statement")

C("precision", "weapon", "Trey Bonner", TBA, 11, "2026-04-03T09:30", "TechBoston Academy",
  """Note 4/3/26. A student was seen with a knife on camera but we can't tell who. Attaching his yearbook photo so BPD can run it against the hallway footage to confirm it's him.""",
  weapon="knife", rec="bpd/district-c11", reason="face_surveillance", cats="face",
  attach=[{"kind": "photo", "name": "yearbook_photo_for_face_matching.jpg"}])

C("precision", "suspicious_behavior", "Kenny Luu", OB, 10, "2026-02-18T15:30", "John D. O'Bryant School",
  """Note 2/18/26. Kenny was seen handing envelopes to older men by the Chinatown Gate after school. ⟦Family is Vietnamese-Chinese, dad doesn't speak English.⟧ Please look into it.""",
  rec="bpd/district-a1", reason="ground_not_permitted", nmc=["Vietnamese-Chinese", "doesn't speak English"], cats="eth lang")


# ---------------------------------------------------------------------------------------------
# build and self-check
# ---------------------------------------------------------------------------------------------

NOTICE_WORDS = ("notice of restriction on redisclosure ferpa 34 cfr 99.33 this report contains personally "
                "identifiable information from the education records of a boston public schools student. "
                "regional intelligence center gang database federal agency")
# words the service itself will print in any answer (category codes, field names, reason codes)
RESPONSE_WORDS = ("immigration_status national_origin ethnicity religion neighborhood language gang_affiliation "
                  "face_surveillance not_allowlisted request_id decision ground reasons code message report "
                  "school_id recipient incident student notice redactions path category start end policy_version "
                  "audit index leaf_hash occurred_at location description threat_statement weapon substances "
                  "attachments kind name date_of_birth grade school allow deny ground_not_permitted "
                  "excluded_substance recipient_not_permitted missing_threat_statement invalid_request "
                  "https http application/problem+json withheld")
SPAN = re.compile(r"⟦(.*?)⟧", re.S)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def split_spans(text):
    """(clean text, [inside spans], [outside pieces])."""
    inside = SPAN.findall(text)
    outside = SPAN.split(text)[0::2]
    return SPAN.sub(lambda m: m.group(1), text), inside, outside


def tz(when):
    y, mo, d = int(when[0:4]), int(when[5:7]), int(when[8:10])
    dst = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}[y]
    return "-04:00" if dst[0] <= (mo, d) < dst[1] else "-05:00"


def build():
    out, problems = [], []
    for i, c in enumerate(CASES, 1):
        cid = f"OE-{i:04d}"
        where = f"{cid} ({c['name']})"
        desc, d_in, d_out = split_spans(c["desc"].strip())
        threat = t_in = t_out = None
        if c["threat"] is not None:
            threat, t_in, t_out = split_spans(c["threat"])
        else:
            t_in, t_out = [], []
        y = int(c["when"][:4]); mo = int(c["when"][5:7])
        start = y if mo >= 8 else y - 1
        by = start - c["grade"] - 5 - (1 if (i % 3 == 0) else 0)
        dob = f"{by}-{(i * 5) % 12 + 1:02d}-{(i * 11) % 28 + 1:02d}"
        student = {"student_id": str(100000 + (i * 7919) % 900000), "name": c["name"], "date_of_birth": dob,
                   "grade": c["grade"], "school": c["school"]}
        for k, v in c["extra"].items():
            student[k] = v
        req = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["rec"], "ground": c["ground"]}
        if c["subs"] is not None:
            req["substances"] = c["subs"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if threat is not None:
            req["threat_statement"] = threat
        req["incident"] = {"occurred_at": c["when"] + ":00" + tz(c["when"]), "location": c["loc"], "description": desc}
        req["student"] = student
        if c["attach"]:
            req["attachments"] = c["attach"]
        decision = "deny" if c["reason"] else "allow"
        mc = [] if decision == "deny" else [c["name"], c["school"], c["fact"]]
        expect = {"decision": decision, "must_not_contain": c["nmc"], "must_contain": mc,
                  "must_contain_text": [] if decision == "deny" else c["keep"],
                  "categories": sorted({CAT[x] for x in c["cats"]}), "tags": c["tags"]}
        if c["reason"]:
            expect["reason"] = c["reason"]
        out.append({"id": cid, "request": req, "expect": expect})

        # ---- self-checks ----
        for t in c["tags"]:
            if t not in TAGS:
                problems.append(f"{where}: unknown tag {t}")
        if c["reason"] and c["reason"] not in REASONS:
            problems.append(f"{where}: unknown reason {c['reason']}")
        if "narrative" in c["tags"] and not 600 <= len(desc) <= 2500:
            problems.append(f"{where}: narrative length {len(desc)}")
        if decision == "allow":
            if not c["fact"] or fold(c["fact"]) not in fold(desc):
                problems.append(f"{where}: key fact {c['fact']!r} not in description")
            if not 1 <= len(c["keep"]) <= 3:
                problems.append(f"{where}: needs 1-3 must_contain_text")
            if c["ground"] == "credible_threat" and not (threat or "").strip():
                problems.append(f"{where}: allowed threat without statement")
        if c["nmc"] and not c["cats"]:
            problems.append(f"{where}: canaries but no categories")
        outside = "\x00".join(fold(x) for x in d_out + t_out)
        inside = "\x00".join(fold(x) for x in d_in + t_in)
        extra_vals = fold(json.dumps(c["extra"], ensure_ascii=False))
        extra_keys = fold(" ".join(_keys(c["extra"])))
        fixed = fold(" ".join([c["loc"], c["ground"], c["rec"], c["weapon"] or "", " ".join(c["subs"] or []),
                               json.dumps(c["attach"] or [], ensure_ascii=False), c["name"], c["school"],
                               SCHOOLS[c["school"]], dob, student["student_id"]]))
        for s in c["nmc"]:
            f = fold(s)
            if f in outside:
                problems.append(f"{where}: canary {s!r} occurs outside a marked span")
            if f not in inside and f not in extra_vals:
                problems.append(f"{where}: canary {s!r} is neither in a span nor in an extra field value")
            if f in fixed:
                problems.append(f"{where}: canary {s!r} occurs in a fixed/kept field")
            if f in NOTICE_WORDS or f in RESPONSE_WORDS or f in extra_keys:
                problems.append(f"{where}: canary {s!r} may occur in any answer")
            if re.fullmatch(r"[0-9a-f ]+", f) and (len(f) < 5 or re.search(r"[a-f]", f)):
                problems.append(f"{where}: canary {s!r} looks like hex")
            for k in mc + expect["must_contain_text"]:
                if f in fold(k):
                    problems.append(f"{where}: canary {s!r} inside kept fact {k!r}")
        for k in c["nmc"] + expect["must_contain_text"] + mc:
            if '"' in k or "\\" in k:
                problems.append(f"{where}: label {k!r} holds a quote or backslash (JSON-escaped in the request)")
            if len(fold(k).strip()) < 3:
                problems.append(f"{where}: label {k!r} is too short")
        for k in expect["must_contain_text"]:
            if not any(fold(k) in fold(x) for x in d_out):
                problems.append(f"{where}: kept fact {k!r} not found outside spans")
        for sp in d_in + t_in:
            if not any(fold(s) in fold(sp) for s in c["nmc"]):
                problems.append(f"{where}: span without canary: {sp[:60]!r}")
    return out, problems


def _keys(d, pre=""):
    for k, v in d.items():
        yield pre + k
        if isinstance(v, dict):
            yield from _keys(v, pre + k + ".")


if __name__ == "__main__":
    cases, problems = build()
    for p in problems:
        print("SELF-CHECK:", p, file=sys.stderr)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT} ({len(problems)} self-check problems)")
    sys.exit(1 if problems else 0)
