#!/usr/bin/env python3
"""Generate the ``outsider_dg`` held-out corpus: 100 hand-written cases, ODG-0001 .. ODG-0100.

Family (topic)
--------------
The school nurse and medications in Boston Public Schools: albuterol inhalers and spacers,
EpiPens and allergy plans, ADHD stimulants (Adderall, Vyvanse, Focalin, Concerta, Ritalin),
anxiety medication (Xanax, Klonopin, Ativan), opioids out of a relative's cabinet, counterfeit
"M 30" pills, pill counts in the locked health-office drawer that come up short, forged
medication authorization forms, and the phone calls, voicemails and meetings with families that
follow. Every description is written by hand in the voice of a real writer: nurses' visit notes,
assistant principals' memos, teachers' and counselors' emails, a bus monitor, a coach, a
custodian, a registrar clerk, students' own written statements (misspellings kept), voicemail
transcripts (some partly in Spanish) and exports from a student information system.

Deny mix (34 of 100)
--------------------
* ground_not_permitted (11): theft of an inhaler, carrying Advil without a form, a forged
  medication form, a fight over an EpiPen without serious injury, truancy into the nurse's
  office, vandalism of a supply cabinet, "gang activity", an immigration inquiry, "suspicious
  behaviour", harassment with peanut butter, a welfare check.
* excluded_substance (8): THC gummies in a melatonin bottle, nicotine pouches called
  "medicine", a vape of unknown content hidden in an inhaler case, vodka, a THC cart plus Juul
  pods, blunts and an edible, hard seltzer, cigarettes plus beer (with the student's own,
  nurse-held prescription mentioned but not in the request).
* recipient_not_permitted (7): bric, ice, hsi, the Commonwealth Fusion Center, dea, a private
  campus security contractor, the state police.
* missing_threat_statement (4): credible_threat requests with no threat_statement, one of them
  with the threat quoted in the description only.
* face_surveillance (3): a face_match attachment, a camera system's face-match result written
  into the narrative, a request for photos to run face matching.
* other (1): an airsoft pistol submitted under the weapon ground (needs an approver's
  determination the request does not carry).

Forbidden facts (RULES.md section 4) in allowed cases
----------------------------------------------------
Woven in the way they appear in real records, never as labelled fields in the prose: a
grandmother who says "Kreyòl is better for me", a mother's Spanish voicemail ("no tenemos
papeles"), a student's statement that "my mom dont got papers", a cousin who "just came from
Hondura", a father who is "more comfortable in Twi", a family at a "Haitian Pentecostal church"
or "fasting ... for Ramadan", a boy who "claims Greenwood", a girl who walks home "through the
Bunker Hill development", a guardian's new mailing address with a zip code, a TPS arrival, a
DACA renewal, an asylum case. Misspellings ("Guatamalan", "Domincan", "Portugese") and other
languages (Spanish, Kriolu, Kreyòl) appear. Some cases carry forbidden *structured* fields in
``student`` (home_language, address, birth_country, race_ethnicity, religious accommodation,
ell_status, a gang flag), whose values are the canaries. Canaries in ``must_not_contain`` are the
shortest substrings that reveal the fact.

Precision traps (must survive: must_contain / must_contain_text)
----------------------------------------------------------------
Words that look like a forbidden category but are incident facts or names: "Latin class" at
Boston Latin Academy, "English 10" at The English High School, "Spanish II" (a course),
"Mass General", "Beth Israel Deaconess", "St. Elizabeth's Medical Center", a blow to the
"left temple", an "ice pack", "blood sugar", "BP 142/90", "stage crew", a "Visa gift card",
pills hidden in "Jordans", "cross-country practice" at "Jamaica Pond", "homeroom", "signed
medication papers", a history lesson on "Ellis Island immigration stations", an AP named
"Mr. Jordan", students named Christian and Jean-Baptiste, school names that contain a
neighbourhood or language (East Boston High School, Mission Hill K-8, Boston International
Newcomers Academy, Margarita Muñiz Academy), human review of hallway video (not face
recognition), and mixed substance lists where one non-excluded drug makes the request allowed.

Python 3 standard library only. Writes ../data/corpus/outsider_dg.jsonl next to this folder.
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_dg.jsonl"
FAMILY = "nurse_meds"

SCHOOLS = {
    "Jeremiah E. Burke High School": "BPS-1041",
    "Boston Latin Academy": "BPS-1012",
    "Boston Latin School": "BPS-1010",
    "East Boston High School": "BPS-1071",
    "Madison Park Technical Vocational High School": "BPS-1094",
    "TechBoston Academy": "BPS-1187",
    "Brighton High School": "BPS-1033",
    "Snowden International School": "BPS-1160",
    "Charlestown High School": "BPS-1035",
    "John D. O'Bryant School of Mathematics & Science": "BPS-1120",
    "The English High School": "BPS-1060",
    "Excel High School": "BPS-1066",
    "Mission Hill K-8": "BPS-4322",
    "Dorchester Academy": "BPS-1057",
    "Boston Arts Academy": "BPS-1015",
    "New Mission High School": "BPS-1113",
    "Fenway High School": "BPS-1074",
    "Henderson K-12 Inclusion School": "BPS-4460",
    "Urban Science Academy": "BPS-1199",
    "Community Academy of Science and Health": "BPS-1049",
    "Edward M. Kennedy Academy for Health Careers": "BPS-1063",
    "Boston Community Leadership Academy": "BPS-1018",
    "Boston Green Academy": "BPS-1021",
    "Margarita Muñiz Academy": "BPS-1102",
    "Boston International Newcomers Academy": "BPS-1025",
    "Josiah Quincy Upper School": "BPS-1088",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Rafael Hernández K-8 School": "BPS-4390",
    "Lilla G. Frederick Middle School": "BPS-2210",
    "John W. McCormack Middle School": "BPS-2230",
    "Mario Umana Academy": "BPS-4410",
}

CASES = []


def C(decision, *, school, name, grade, when, where, desc, ground, recipient="bpd",
      substances=None, weapon=None, threat=None, extra=None, attachments=None,
      fact=None, mct=(), mnc=(), cats=(), tags=(), reason=None, dob=None):
    """Record one case; ids are assigned in order of definition."""
    CASES.append(dict(decision=decision, school=school, name=name, grade=grade, when=when,
                      where=where, desc=desc.strip(), ground=ground, recipient=recipient,
                      substances=substances, weapon=weapon, threat=threat, extra=extra,
                      attachments=attachments, fact=fact, mct=list(mct), mnc=list(mnc),
                      cats=list(cats), tags=list(tags), reason=reason, dob=dob))


def A(**kw):
    C("allow", **kw)


def D(reason, **kw):
    C("deny", reason=reason, **kw)


# --------------------------------------------------------------------------------------------
# ALLOWED CASES
# --------------------------------------------------------------------------------------------

A(school="Jeremiah E. Burke High School", name="Dajuan Pryce", grade=10,
  when="2025-10-08T10:41:00-04:00", where="Health office",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["b 973", "HR 124", "BP 142/90"], mnc=["Kreyòl"], cats=["language"],
  tags=["allow_drugs", "nurse_note", "trap_vitals", "other_language"],
  desc="""
NURSE VISIT NOTE 10/08/2025, 10:41 AM
Pt Dajuan Pryce, gr 10, sent from rm 212 (Ms. Okafor, Algebra 1) for "acting hyper, says his heart is pounding." HR 124 sitting, BP 142/90, pupils dilated, hands shaky, no chest pain. On questioning pt states he took two orange pills at lunch that a kid sold him for $5 each, called them "Addys." No stimulant order on file for this student; he has never been prescribed Adderall. Pt emptied his jacket pocket: sandwich bag with 6 round orange tablets imprinted "b 973". Bag handed to AP Fitzgerald at 10:55, secured in office safe.
Called guardian (grandmother) at 11:02. She asked me to slow down, "Kreyòl is better for me," so her nephew got on the line with us.
Recheck 11:30: HR 102, BP 128/84. Released to grandmother at 12:15 with instructions to see PCP. -- R. Carvalho, RN
""")

A(school="Boston Latin Academy", name="Sofia Marte", grade=11,
  when="2025-11-05T11:20:00-05:00", where="Room 318",
  ground="drugs", substances=["Xanax"], fact="Xanax",
  mct=["Latin class", "XANAX 2", "four white rectangular bars"], mnc=["Dominican"],
  cats=["ethnicity"], tags=["allow_drugs", "email", "trap_precision"],
  desc="""
From: Thomas Keane (Latin, Rm 318)
To: Dr. Abernathy, AP; Nurse Lindqvist
Subject: incident during Latin class, period 4

Per our conversation at lunch: about 11:20 today during Latin class I saw Sofia Marte pass a folded napkin under the desk to another student. When I asked for it she handed it over without an argument. Inside were four white rectangular bars scored into sections, marked "XANAX 2". Sofia said she got them "from a girl at the Ruggles busway" and was holding them for a friend, then said she didn't know what they were. I walked the napkin straight to Nurse Lindqvist, who logged the count and locked it up. Sofia was calm and polite the whole time.

For when you call home: mom is Dominican and works overnights at a nursing home, so the best window is after 3. I haven't said anything to the class.
TK
""")

A(school="East Boston High School", name="Mateo Lozano", grade=11,
  when="2025-11-13T13:05:00-05:00", where="Health office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["5/325", "19 tablets", "swallowed a pill dry"], mnc=["Eastie", "Bennington", "Orient Heights"],
  cats=["neighborhood"], tags=["allow_drugs", "ap_narrative", "trap_school_name"],
  desc="""
On 11/13/2025 at approximately 1:05 PM, Nurse Feeney reported that Mateo Lozano (gr 11) came to the health office asking for "something for his back" and, while she was charting, took a prescription bottle out of his backpack and swallowed a pill dry. The bottle's label is for an adult relative (oxycodone/acetaminophen 5/325, #30, filled 10/30) and 19 tablets remained. Mateo said his grandfather had surgery and "doesn't even take them." Nurse monitored vitals (RR 14, O2 sat 98%) and contacted me. I secured the bottle.
Mateo's older sister picked him up. She mentioned they all live with the grandfather in Eastie, on Bennington near the Orient Heights stop, and said she would raise the bottle with him tonight.
Student was cooperative. Nurse will follow up with the PCP tomorrow. - AP M. Sheehan, East Boston High School
""")

A(school="Madison Park Technical Vocational High School", name="Isaiah Wren", grade=11,
  when="2026-01-20T09:50:00-05:00", where="Second-floor boys' bathroom",
  ground="drugs", substances=["fentanyl", "counterfeit oxycodone"], fact="fentanyl",
  mct=["Mass General", "11 light-blue round pills", "Narcan"], mnc=["Corbet Street"],
  cats=["gang_affiliation"], tags=["allow_drugs", "ap_narrative", "trap_video_not_face", "trap_precision"],
  desc="""
Summary prepared by AP Renee Coakley for the BPD school liaison.
Tuesday 1/20/26, 9:50 AM: a custodian found a student unresponsive in the second-floor boys' room of the main building. Nurse Obi gave two doses of intranasal Narcan and he came around before EMS arrived; he was taken to Mass General and is recovering. The boy told the nurse he got "a blue 30" from Isaiah Wren. Our security staff watched the hallway video and saw Isaiah go into the same bathroom at 9:31.
When searched in my office with his mother on speaker, Isaiah had 11 light-blue round pills stamped "M" and "30" in a vitamin bottle. A BPD field test later that day was presumptive positive for fentanyl.
Isaiah's advisor has written in his file that he "runs with the Corbet Street kids" and that's who supplies him. Isaiah said nothing beyond "they're not mine."
""")

A(school="TechBoston Academy", name="Kiara Benitez-Ruiz", grade=9,
  when="2026-02-04T10:05:00-05:00", where="Health office",
  ground="drugs", substances=["Klonopin"], fact="klonopin",
  mct=["phone case", "at the bus stop"], mnc=["Hondura"],
  cats=["national_origin"], tags=["allow_drugs", "student_statement", "misspelled"],
  desc="""
STUDENT WRITTEN STATEMENT (copied exactly as written)
my name is Kiara Benitez-Ruiz im in 9th grade. today 2/4 in 3rd period i felt like panicking so i went to the nurse and she asked me did i take anything and i said yes. i took a klonopin that my cousin gave me this morning at the bus stop, she said it helps with anxety and she has a hole bottle from her doctor. i had 3 more in my phone case and i gave them to the nurse (Ms. Tran) bc i dont want to get in trouble. my cousin is 19 she just came from Hondura last year and she dont really go to school here. i didnt sell them to nobody i swear i just get really bad nervous before presentations. i know it was stupid.
Kiara B.
Witnessed by: L. Tran RN, J. Whitfield (counselor)
""")

A(school="Brighton High School", name="Larissa Mendes", grade=10,
  when="2025-12-03T08:47:00-05:00", where="Health office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["22 tablets", "oxycodone HCl 10 mg"],
  mnc=["Portuguese", "Parsons St", "EL level 2"],
  extra={"home_language": "Portuguese", "ell_status": "EL level 2 (SEI)",
         "address": {"street": "41 Parsons St", "zip": "02135"},
         "medications_on_file": ["albuterol HFA"]},
  cats=["language", "neighborhood"], tags=["allow_drugs", "sis_export", "structured_forbidden"],
  desc="""
ASPEN INCIDENT RECORD #2025-1182 | Brighton High School
Date/Time: 12/03/2025 08:47 | Reported by: Nurse D. Farrell | Entered by: Clerk S. Mahoney
Offense code: DRUG-POSS (Controlled substance, non-marijuana)
Narrative: Student came to the health office for her scheduled inhaler. While she took off her hoodie, a pharmacy bottle fell out of the front pocket. Bottle labeled oxycodone HCl 10 mg, prescribed to an adult not connected to the school; 22 tablets present out of 60 dispensed 11/20. Student stated she bought it for $40 from an older guy and planned to split it with two friends after school. No ingestion reported; vitals WNL. Label photographed and bottle secured by AP Nunez. Parent notified 09:30.
Action: suspension pending hearing; referral to BPD per SAF-02.
""")

A(school="Snowden International School", name="Adrián Collazo", grade=10,
  when="2026-03-12T12:15:00-04:00", where="Health office",
  ground="drugs", substances=["Vyvanse"], fact="Vyvanse",
  mct=["Altoids tin", "short 9 Vyvanse"], mnc=["no tenemos papeles"],
  cats=["immigration_status"], tags=["allow_drugs", "voicemail", "other_language", "pill_count"],
  desc="""
Transcript of voicemail left on the AP line, Snowden International School, Thu 3/12/26 4:52 PM (transcribed as spoken):
"Buenas tardes, habla la mamá de Adrián Collazo. Me llamaron por lo de las pastillas. Yo no sabía nada, se lo juro. Por favor, no llamen a nadie, nosotros no tenemos papeles y tengo mucho miedo. Mi número es el mismo. Gracias."

AP note for the file: Today at 12:40 the nurse's count of the locked med drawer came up short 9 Vyvanse 40 mg capsules from another student's labeled supply. Adrián had been alone in the health office at 12:15 while the nurse walked a student with a nosebleed to the main office. At 1:30 a friend told a teacher Adrián was selling capsules by the gym. Adrián had 7 capsules in an Altoids tin when I spoke with him at 2:10 and admitted taking them from the drawer. Capsules returned to the nurse for count reconciliation.
""")

A(school="Charlestown High School", name="Jaylen Moss", grade=10,
  when="2026-04-14T14:35:00-04:00", where="Cafeteria",
  ground="weapon", weapon="pepper spray", fact="pepper spray",
  mct=["Police Magnum", "left thigh", "Mass General"], mnc=["Bunker Hill"],
  cats=["neighborhood"], tags=["allow_weapon", "ap_narrative", "epipen", "trap_precision"],
  desc="""
At 2:35 PM on 4/14/2026 Ms. Ferreira (nurse) was paged to the cafeteria because Jaylen Moss said his throat felt tight after eating a cookie someone brought in. He has a peanut allergy and an EpiPen order on file and told her the EpiPen was in his backpack. While looking for it she found a canister of pepper spray (black, "Police Magnum" label, about 4 oz) loose in the front pocket. She used the EpiPen from her own bag at 2:38 (left thigh) and 911 was called per the allergy plan. Jaylen went by ambulance to Mass General with his aunt. I took custody of the pepper spray.
When we spoke the next morning Jaylen told me he carries it because he walks home alone through the Bunker Hill development after practice and kids there have jumped him before. He did not threaten anyone with it. — AP Kevin Donnelly
""")

A(school="John D. O'Bryant School of Mathematics & Science", name="Brianna Coles", grade=10,
  when="2025-10-24T12:10:00-04:00", where="Fourth-floor stairwell",
  ground="serious_violence", fact="orbital floor fracture",
  mct=["left temple", "orbital floor fracture", "heavy ring"], mnc=["hijab"],
  cats=["religion"], tags=["allow_violence", "ap_narrative", "trap_precision"],
  desc="""
On Friday 10/24/2025 at about 12:10 PM in the fourth-floor stairwell, Amina Khalil (gr 10) was punched repeatedly by Brianna Coles (gr 10) after Amina refused to give Brianna any of her ADHD medication. Amina's prescription is kept and dispensed by the nurse; Brianna apparently believed Amina carried some. Brianna struck her at least four times with a closed fist while wearing a heavy ring; Amina fell against the railing and hit her left temple. Nurse Morrissey found her dazed, with swelling over the left eye and blood from a cut above the brow. EMS transported her to Boston Children's, where a CT showed an orbital floor fracture.
One witness added that Brianna yanked at Amina's hijab while she was on the ground.
Brianna was held in the main office until her mother arrived. — AP Dana Whitcomb
""")

A(school="The English High School", name="Nasir Dualeh", grade=9,
  when="2025-11-18T09:15:00-05:00", where="Health office, 1st floor",
  ground="credible_threat", fact="brother's gun",
  threat=("Student told the school nurse, in front of two witnesses, \"If you don't give me my pills "
          "I'm coming back with my brother's gun and you're the first one.\" He says he knows where "
          "his brother keeps a handgun. He repeated to the AP that he meant it at the time. Staff "
          "believe the threat names a target and a means and is serious."),
  mct=["English 10", "swept a tray of supplies", "brother's gun"], mnc=["Somali", "interpreter"],
  cats=["language"], tags=["allow_threat", "ap_narrative", "trap_precision", "trap_school_name"],
  desc="""
Incident narrative (AP Lorraine Vickers, The English High School)
Tuesday 11/18/25, 9:15 AM, health office, 1st floor. Nasir Dualeh (gr 9) came in for his 9:00 dose of Focalin, which was not in the drawer because the authorization had expired on 11/14; Nurse Pacheco explained she needed a new signed form from his prescriber. Nasir got loud and swept a tray of supplies off the counter. Then he said, "If you don't give me my pills I'm coming back with my brother's gun and you're the first one." Mr. Gaines (English 10 teacher) and a student aide heard it. Nasir left and was located by SSS in the library at 9:40. He told me he meant it "at the time."
We reached his mother at 10:30 through a Somali interpreter from the district line; she confirmed an older brother lives in the home but denied there is any gun.
""")

A(school="Excel High School", name="Roody Jean-Baptiste", grade=11,
  when="2026-01-29T07:50:00-05:00", where="Second-floor boys' bathroom",
  ground="drugs", substances=["methylphenidate"], fact="methylphenidate",
  mct=["rolled dollar bills", "17 tablets", "before homeroom"], mnc=["Haitian", "Pentecostal"],
  cats=["ethnicity", "religion"], tags=["allow_drugs", "counselor_note", "trap_name"],
  desc="""
Counselor note (M. Quigley, Excel High School), 01/29/2026
Around 8:20 this morning two juniors came to my office upset. They said that before homeroom Roody Jean-Baptiste (gr 11) crushed up "his little brother's Ritalin" on the sink ledge of the second-floor boys' room and snorted it with two other boys through rolled dollar bills, and offered them lines for $10. I brought this to AP Cardoso, who met Roody at 8:45. In his backpack: an orange pharmacy bottle labeled for a younger child, methylphenidate 10 mg, 17 tablets left, plus two rolled dollar bills with white residue. The nurse checked him (HR 110, otherwise fine). Roody said his brother "doesn't need them on weekends."
His father asked us to call after 7 this week because the family is at their Haitian Pentecostal church every evening for a revival.
I have a follow-up scheduled with Roody on Monday.
""")

A(school="Mission Hill K-8", name="Leilani Ortiz-Baez", grade=8,
  when="2026-05-06T13:10:00-04:00", where="Grade 8 science room",
  ground="drugs", substances=["lorazepam"], fact="lorazepam",
  mct=["Tic Tac box", "lorazepam 1 mg", "swallowed one"], mnc=["Mission Main"],
  cats=["neighborhood"], tags=["allow_drugs", "email", "trap_school_name"],
  desc="""
Hi Ms. Adeyemi,
Writing this up like you asked. Today (Wed 5/6) during 6th period science, Leilani Ortiz-Baez (8th grade) was passing around small white pills in a Tic Tac box and telling kids they were "chill pills" from her mom. Two students (D.S. and K.M.) each swallowed one before I noticed. I sent all three to Nurse Halloran. The nurse identified the remaining 5 tablets from the imprint as lorazepam 1 mg (Ativan). D.S. got very sleepy and his mom took him to his pediatrician; K.M. was monitored and was fine.
Leilani said her mom "has a whole bottle for her nerves" at their apartment in Mission Main and she took a handful. She seemed scared and kept apologizing.
Thanks,
Ben Kowalczyk, Gr 8 Science, Mission Hill K-8
""")

A(school="Dorchester Academy", name="Edson Gomes", grade=12,
  when="2026-03-24T10:30:00-04:00", where="1st-floor stairwell",
  ground="drugs", substances=["tramadol"], fact="tramadol",
  mct=["AN 627", "6 small zip baggies", "$85 cash"], mnc=["Kriolu", "Cabo Verde"],
  cats=["language", "national_origin"], tags=["allow_drugs", "ap_narrative"],
  desc="""
3/24/2026, approx 10:30 AM. Student Edson Gomes (gr 12) was found by SSS Burke in the 1st-floor stairwell counting pills into small baggies. Items recovered: 24 white capsule-shaped tablets marked "AN 627" (tramadol 50 mg per the nurse's pill identifier), 6 small zip baggies, $85 cash. Edson said they were his uncle's, from a work injury, and he was "just holding them." Nurse Sampson assessed him; no signs of ingestion.
Edson's father came in at noon. Dad only speaks Kriolu, so Edson's older cousin explained everything to him, and dad told us the family came over from Cabo Verde in 2019 and the uncle lives with them.
""")

A(school="Boston Arts Academy", name="Camila Restrepo", grade=11,
  when="2026-02-12T16:15:00-05:00", where="Backstage, main theater",
  ground="drugs", substances=["MDMA"], fact="MDMA",
  mct=["stage crew", "8 pink triangular pressed pills", "gummy-vitamin bottle"], mnc=["DACA renewal"],
  cats=["immigration_status"], tags=["allow_drugs", "staff_statement", "trap_precision"],
  desc="""
Statement from the technical director, Boston Arts Academy (for AP Roland)
On Thursday 2/12/26 at about 4:15 PM, during rehearsal, one of my stage crew students came to me and said Camila Restrepo (gr 11) had been offering "molly" to crew members backstage. I asked Camila to come up to the booth. She had a gummy-vitamin bottle in her tote; inside, mixed in with real vitamins, were 8 pink triangular pressed pills with a logo. I brought her and the bottle to the nurse, who was still in the building. Nurse Abiodun set the 8 pills aside and said they look like the MDMA pills she has seen before. Camila admitted she bought 10 at a party and sold 2.
She begged me not to tell anyone because her DACA renewal is in process and she's scared. I told her I had to report it.
""")

A(school="New Mission High School", name="Tavon Mitchell", grade=10,
  when="2025-10-02T14:50:00-04:00", where="School bus, route 714",
  ground="drugs", substances=["codeine"], fact="codeine",
  mct=["promethazine with codeine", "Sprite bottle", "Route 714"], mnc=["Wendover"],
  cats=["gang_affiliation"], tags=["allow_drugs", "bus_monitor"],
  desc="""
Bus monitor report — Route 714 (New Mission HS afternoon run) — 10/2/2025
My name is Gloria Spence, monitor on the 714. At about 2:50 PM on the way out I saw Tavon Mitchell (gr 10) pouring a purple liquid from a small brown medicine bottle into a Sprite bottle in the back seat and passing it around. I took both bottles. The medicine bottle has a pharmacy label for promethazine with codeine syrup, patient is an adult woman, about a third left. The Sprite bottle smelled sweet like cough syrup. Two other kids drank some. I radioed the driver and dispatch and we went back to school, and the nurse checked all three.
One of the other boys told me Tavon is "with Wendover" and they all do lean on Fridays.
I gave the bottles to Mr. Estrada, the AP, at 3:20.
""")

A(school="Fenway High School", name="Ethan Kowalski", grade=11,
  when="2025-10-20T15:30:00-04:00", where="Jamaica Pond loop (cross-country practice)",
  ground="drugs", substances=["Focalin"], fact="Focalin",
  mct=["cross-country practice", "Visa gift card", "Jamaica Pond"], mnc=[],
  cats=[], tags=["allow_drugs", "allow_clean", "email", "coach", "trap_precision"],
  desc="""
From: Coach Andre Lemieux
Sent: Monday, October 20, 2025 5:48 PM
To: Fenway HS Health Office; AP Sarah Quinlan
Subject: pills at cross-country practice

Before cross-country practice today at the Jamaica Pond loop, Ethan Kowalski (gr 11) handed out capsules to three runners and said they'd "help with splits." One of the runners, who has a heart condition, came and told me. Ethan had 9 capsules left in a zip bag, printed "Focalin XR". He told me he bought them from a friend with a Visa gift card his grandmother gave him for his birthday. I took the bag, walked it back to school and gave it to Nurse Ahmed at 5:30. The runners said they hadn't taken any yet. Ethan has no medication orders at school.
Andre
""")

A(school="Henderson K-12 Inclusion School", name="Bao Tran Nguyen", grade=10,
  when="2025-12-10T14:45:00-05:00", where="Health office",
  ground="drugs", substances=["methylphenidate"], fact="methylphenidate",
  mct=["short by 14 tablets", "blister card", "torn blister pieces"], mnc=["Vietnamese"],
  cats=["language"], tags=["allow_drugs", "nurse_report", "pill_count"],
  desc="""
HEALTH OFFICE INCIDENT REPORT — Henderson K-12 Inclusion School (upper campus)
Date of discovery: 12/10/2025, 2:45 PM. Reporting nurse: P. Gallagher, RN
During the weekly controlled-substance count, the methylphenidate ER 36 mg (Concerta) supply for a 7th-grade student was short by 14 tablets: the log showed 30, the blister card held 16. The last correct count was 12/3. A 10th-grade student aide, Bao Tran Nguyen, had been assigned to the health office for filing during 6th period on 12/4, 12/8 and 12/9.
On 12/10 at 3:05 PM AP Mendes spoke with Bao with a counselor present. Bao took 11 of the tablets, still in torn blister pieces, out of his binder and said he had sold 3 to a classmate.
Bao's father asked for the notification letter in Vietnamese; the family liaison arranged it. Cabinet locks have since been changed.
""")

A(school="Urban Science Academy", name="Rashad Greer", grade=9,
  when="2025-09-23T12:55:00-04:00", where="Nurse's office",
  ground="weapon", weapon="box cutter", fact="box cutter",
  mct=["yellow retractable box cutter", "albuterol inhaler", "4 puffs"], mnc=["Archdale"],
  cats=["neighborhood"], tags=["allow_weapon", "nurse_note", "inhaler"],
  desc="""
12:55 PM, 9/23/2025. Student Rashad Greer came to the nurse's office wheezing and asked for his albuterol inhaler. He keeps it in a zippered pouch on his backpack strap. When I unzipped the pouch to get the inhaler I found a yellow retractable box cutter with the blade extended about an inch, next to the inhaler. I put it in my desk drawer and gave him 4 puffs with the spacer; wheezing resolved by 1:10.
When I asked about the box cutter he said he "needs it for the walk" from his aunt's place in Archdale to the bus. I notified AP Coleman, who took the box cutter at 1:20. – N. Okonjo, RN, Urban Science Academy
""")

A(school="Community Academy of Science and Health", name="Jefferson Cruz", grade=10,
  when="2026-02-25T11:50:00-05:00", where="Cafeteria",
  ground="drugs", substances=["alprazolam"], fact="alprazolam",
  mct=["Beth Israel Deaconess", "R039", "in his sock"], mnc=["Guatamalan"],
  cats=["ethnicity"], tags=["allow_drugs", "ap_narrative", "misspelled", "trap_precision"],
  desc="""
Incident summary — Community Academy of Science and Health — 2/25/26
At 11:50 AM in the cafeteria a student (K.O.) slumped over at the table and could not be woken. Nurse Reyes found her breathing slowly; EMS took her to Beth Israel Deaconess, where she was treated and released that evening. Her friends told AP Lombard that Jefferson Cruz (gr 10) had given her "two bars" at the start of lunch. At 12:30 Jefferson was brought to the office; in his sock were 5 yellow bar-shaped pills marked "R039", which the nurse said is an alprazolam 2 mg imprint. Jefferson said he got them from "an older dude" and didn't charge her.
His stepfather came to the meeting, told us the family is Guatamalan, and said he would talk with Jefferson at home.
""")

A(school="Edward M. Kennedy Academy for Health Careers", name="Yusuf Adeleke", grade=12,
  when="2026-03-03T10:05:00-05:00", where="Health office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["blood sugar was 92", "pinpoint", "folded receipt"], mnc=["Ramadan", "Muslim"],
  cats=["religion"], tags=["allow_drugs", "email", "trap_vitals"],
  desc="""
Subject: Student found with oxycodone — 3/3/2026
Ms. Harrington,
At 10:05 today Yusuf Adeleke (gr 12) came to me lightheaded. He had told his teacher he hadn't eaten since before dawn, since it's Ramadan and his family is Muslim, which explained some of it — but his pupils were pinpoint and he was nodding off mid-sentence. His blood sugar was 92, so not that. He admitted he took "half a 30" of oxycodone a friend's older brother sold him for back pain from football. He had 3 more round blue tablets marked "M 30" in a folded receipt in his wallet. I stayed with him; he improved without Narcan, RR 12–14 the whole time. EMS evaluated him at 10:40 and his uncle took him home. The tablets are in the locked box for you.
— Sharon Belisle, RN
""")

A(school="Boston Community Leadership Academy", name="Keon Whitaker", grade=11,
  when="2026-04-17T12:48:00-04:00", where="Hallway outside room 305",
  ground="drugs", substances=["fentanyl", "counterfeit oxycodone"], fact="fentanyl",
  mct=["fentanyl test strip", "room 305", "plastic glove finger"], mnc=["Hendry St", "Boston 02121"],
  cats=["neighborhood"], tags=["allow_drugs", "sis_export"],
  desc="""
INCIDENT 26-0417 | BCLA | Filed 4/17/2026 13:22 by AP T. Oyelaran
Type: Drug possession/distribution (non-marijuana)
Involved: Keon Whitaker (gr 11) | Witnesses: Nurse J. Sousa; teacher R. Bell
Details: R. Bell saw Keon hand a small foil packet to another student in the hallway outside room 305 at 12:48 and escorted both to the nurse. The foil held 2 blue pills stamped "M 30". Keon's front hoodie pocket held 9 more in a cut-off plastic glove finger. Nurse Sousa used a fentanyl test strip from the district overdose-prevention kit on scraped residue: positive. Keon stated the pills were "Percs" and not fentanyl. Narcan staged in the office during the interview; not needed.
Contact update requested by guardian: new mailing address 19 Hendry St, Boston 02121.
""")

A(school="Boston Green Academy", name="Destiny Alvarado", grade=9,
  when="2025-11-05T08:30:00-05:00", where="Counseling office",
  ground="drugs", substances=["clonazepam"], fact="clonazepam",
  mct=["K cut-out", "owes the girl $20"], mnc=["Jamaica Plain"],
  cats=["neighborhood"], tags=["allow_drugs", "counselor_email"],
  desc="""
Hi team — quick writeup for the file before the 2 pm meeting.
This morning (11/5) Destiny Alvarado (gr 9) came to me crying and said she'd been taking "K-pins" she got from an older girl at the bus stop because she can't sleep. She had a folded tissue with 4 small round tablets with a K cut-out, which Nurse Whelan identified as clonazepam (Klonopin). Destiny says she owes the girl $20 and the girl asked her to "move some" at school to pay it off.
Some context: Destiny and her mom have been staying at a family shelter in Jamaica Plain since September, and she is exhausted.
She agreed to let me keep the tablets; they are in the nurse's safe. I'd like us to think about supports alongside whatever AP Forde has to do.
— Ms. Okoro, school counselor
""")

A(school="Margarita Muñiz Academy", name="Yamilet Portillo", grade=10,
  when="2026-01-14T13:25:00-05:00", where="Health office",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["dp 20", "lip-gloss case", "HR 130"], mnc=["El Salvador"],
  cats=["national_origin"], tags=["allow_drugs", "nurse_note", "other_language", "trap_school_name"],
  desc="""
Nurse note, Muñiz Academy, 1/14/26, 1:25 PM.
Student Yamilet Portillo (gr 10) sent from math with racing heart and nausea. HR 130, BP 138/88, sweaty. She said a classmate sold her "addies" for finals week and she has taken 3 since 8 AM. Remaining: 4 orange tablets "dp 20" in a lip-gloss case (Adderall 20 mg per pharmacy reference). EMS called at 1:35; evaluated, not transported.
Mother arrived 2:20 and said, "Somos de El Salvador, aquí no conocemos a nadie, yo no sé qué hacer con esta niña."
Mother asked for a copy of everything. Pills secured with AP Barros.
""")

A(school="Boston International Newcomers Academy", name="Wilner Desir", grade=10,
  when="2025-09-30T09:10:00-04:00", where="Biology classroom",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["first-period biology", "12 tablets left", "toothache"], mnc=["Haiti", "under TPS"],
  cats=["national_origin", "immigration_status"], tags=["allow_drugs", "ap_memo", "trap_school_name"],
  desc="""
AP memo — Boston International Newcomers Academy — 9/30/2025
At 9:10 AM, during first-period biology, Mr. Lafleur noticed Wilner Desir (gr 10) had his head down and was hard to rouse. He was walked to the nurse; drowsy but talking, pupils small, O2 98%. Wilner said he took "one of the white ones" from a bottle in his jacket for a toothache. The bottle, labeled for an adult, was oxycodone 5 mg with 12 tablets left. Wilner says a neighbor gave it to him. He was monitored for 2 hours and his guardian picked him up.
The guardian told me Wilner arrived from Haiti in June under TPS and has no dentist yet.
The nurse is making a referral to the community health center. Bottle secured.
""")

A(school="Josiah Quincy Upper School", name="Kevin Luo", grade=8,
  when="2026-02-27T09:30:00-05:00", where="Library",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["AD 30", "pencil case", "$30 in fives"], mnc=["Cantonese", "Hudson St"],
  cats=["language", "neighborhood"], tags=["allow_drugs", "email"],
  desc="""
To: Nurse Ng, AP Sullivan
Fri 2/27/26, 12:05
Jenny H. (gr 8) told me at the end of 4th period that Kevin Luo (gr 8) sold her "study pills" in the library this morning. She showed me the one she still had: orange, round, "AD 30". I found Kevin in the cafeteria and asked him to come with me; he gave me a pencil case with 5 more of the same pills and $30 in fives. He said they're his older brother's Adderall and the brother "won't notice."
Kevin's parents speak Cantonese at home, and Jenny says Kevin lives upstairs from the bakery on Hudson St.
Please let me know who will call home. — Ms. Ramírez
""")

A(school="Mildred Avenue K-8 School", name="Jayden Brooks", grade=7,
  when="2026-05-19T08:35:00-04:00", where="Front office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["18 pills", "$20 a pill", "Mr. Jordan"], mnc=["Wellington Hill"],
  cats=["neighborhood"], tags=["allow_drugs", "clerk", "trap_name"],
  desc="""
Front office intake, Mildred Avenue K-8, 5/19/26, 8:35 AM (clerk: D. Pina)
A 7th grader, Jayden Brooks, walked into the office, put a prescription bottle on the counter and said "Somebody should take this." The label says oxycodone-acetaminophen 10/325 and has his mom's name on it. He said he brought it to school because kids on the bus told him he could get $20 a pill, and he already sold 2 to an 8th grader, but then he got scared. There were 18 pills in the bottle. I called the nurse (Ms. Bellamy) and the AP (Mr. Jordan). The nurse checked the 8th grader, who said he hadn't taken his yet and gave them up.
Mom called back at 9:50. She said she's at home on Wellington Hill St but can't leave until 3.
""")

A(school="Rafael Hernández K-8 School", name="Nayeli Soto", grade=8,
  when="2025-10-16T13:40:00-04:00", where="Grade 8 advisory room",
  ground="drugs", substances=["alprazolam"], fact="alprazolam",
  mct=["G 3722", "into a tissue"], mnc=["Jehovah", "Kingdom Hall"],
  cats=["religion"], tags=["allow_drugs", "ap_narrative", "trap_school_name"],
  desc="""
On 10/16/2025 at about 1:40 PM, during 8th grade advisory, Ms. Dempsey saw Nayeli Soto pass a small plastic baggie to a classmate, who put a pill in her mouth. Ms. Dempsey had the classmate spit it out into a tissue and brought both girls to the nurse. The baggie held 3 white bars marked "G 3722", which Nurse Cabral identified as an alprazolam 2 mg imprint. Nayeli said she found the baggie in her older cousin's car and wanted to "try to sell them." The classmate was monitored and was fine.
When I reached Nayeli's father he said he could not come until later in the evening because of the service at the Kingdom Hall — they're Jehovah's Witnesses — and asked that I email him instead.
""")

A(school="Lilla G. Frederick Middle School", name="Marquise Tolbert", grade=8,
  when="2026-03-18T15:05:00-04:00", where="Sidewalk in front of the main doors",
  ground="serious_violence", fact="displaced fracture",
  mct=["ice pack", "displaced fracture of the radius", "stomped"], mnc=["Bowdoin-Geneva"],
  cats=["neighborhood"], tags=["allow_violence", "ap_narrative", "trap_precision"],
  desc="""
Wednesday 3/18/2026. At 3:05 PM at dismissal, on the sidewalk in front of the main doors, 8th grader Marquise Tolbert shoved 7th grader T.H. to the ground and stomped on his right forearm several times, demanding "the pills." (T.H. takes Vyvanse, given by the nurse at lunch; he does not carry any.) Staff pulled Marquise away. Nurse Kaplan splinted the arm, applied an ice pack and called 911; T.H. was taken to Boston Medical Center, where x-rays showed a displaced fracture of the radius that needs surgery.
Marquise told AP Greene that older boys from Bowdoin-Geneva told him to get the pills.
He has no prior incidents with us.
""")

A(school="John W. McCormack Middle School", name="Dominique Hale", grade=8,
  when="2025-11-20T09:05:00-05:00", where="Gymnasium",
  ground="weapon", weapon="knife", fact="folding knife",
  mct=["3-inch blade", "gym bag", "warm-up laps"], mnc=["Harbor Point"],
  cats=["neighborhood"], tags=["allow_weapon", "staff_statement", "inhaler"],
  desc="""
Gym teacher statement (Mr. Pasquale), John W. McCormack Middle School, 11/20/25:
During 2nd period PE, Dominique Hale (gr 8) had an asthma attack during the warm-up laps. His inhaler wasn't on him, and he told me it was in the side pocket of his gym bag. I grabbed the bag, and when I reached into the side pocket I felt a folding knife with about a 3-inch blade next to the inhaler. I gave him the inhaler, walked him to Nurse Doyle, and kept the knife in my pocket until I gave it to the AP at 10:15.
Dominique said a kid at Harbor Point, where he stays, has been threatening him and he just wanted to feel safe coming home. He never took the knife out at school.
""")

A(school="Boston Latin School", name="Isaac Moon", grade=11,
  when="2026-05-08T08:05:00-04:00", where="Homeroom 231",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["homeroom 231", "b 972", "list of names"], mnc=["Korean", "English is limited"],
  cats=["language"], tags=["allow_drugs", "email", "trap_school_name"],
  desc="""
Email to Asst. Headmaster Farrow from Nurse Whitney, 5/8/2026
At 8:05 AM, before the AP Biology exam, a 10th grader came to me with a pounding heart and shaky hands and said he had taken two "study pills" bought from Isaac Moon (gr 11) in homeroom 231. I sent for Isaac, who came up with his backpack; in the small front pocket were 10 blue round tablets "b 972" (Adderall 10 mg) in a ziplock and a list of names with amounts next to them. Isaac said the pills are his cousin's prescription and he was "only helping people study."
His mother came in at 10:30. She asked that we call his dad instead next time, because her English is limited and at home they speak Korean.
I've kept the pills and the list in the locked cabinet.
""")

A(school="Excel High School", name="Ariana Velez", grade=9,
  when="2025-12-09T07:20:00-05:00", where="School bus 1123",
  ground="drugs", substances=["alprazolam"], fact="alprazolam",
  mct=["14 little white pills", "label was torn off", "Bus 1123"], mnc=["Mozart St"],
  cats=["neighborhood"], tags=["allow_drugs", "bus_monitor"],
  desc="""
Bus monitor statement, Bus 1123, AM run to Excel High School, 12/9/2025
At about 7:20 while we were stopped at a light, I saw Ariana Velez (grade 9) holding a little orange pill bottle and shaking pills into other girls' hands, 3 girls. I went back and asked for the bottle and she gave it to me. The label was torn off. There were 14 little white pills in it, long ones with a line down the middle. I told the driver, and when we got to the school I brought the bottle and Ariana to Nurse Fontaine. Nurse said they are alprazolam. Ariana said she got them from her cousin and they are "for anxiety." She was upset and said she just wanted to be nice.
She gets on every morning at the stop on Mozart St right by her house.
I wrote the names of the 3 girls on the back.
""")

A(school="Brighton High School", name="Dritan Kola", grade=11,
  when="2026-01-08T17:40:00-05:00", where="Boys' locker room",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["Jordans", "12 white pills", "knee surgery"], mnc=["Albanian"],
  cats=["ethnicity"], tags=["allow_drugs", "coach", "trap_precision"],
  desc="""
Coach's account — Brighton High boys' varsity basketball — 1/8/2026
After practice tonight (around 5:40 PM), in the locker room, my captain told me Dritan Kola had taken pills out of another player's bag. That player had knee surgery in December and keeps his prescription bottle in his bag; it had 20 when he left it and 8 when he checked. I asked Dritan to empty his bag. In the toe of one of his Jordans were 12 white pills with the same imprint as the ones left in the bottle, which is labeled oxycodone 5 mg. He admitted taking them and said he was going to sell them. I called AP Whelan and the on-call nurse line.
Dritan's dad is Albanian and doesn't drive; his older sister came for him.
""")

A(school="Madison Park Technical Vocational High School", name="Christian Almonte", grade=10,
  when="2026-04-28T08:10:00-04:00", where="Registrar's office and lobby",
  ground="drugs", substances=["clonazepam"], fact="clonazepam",
  mct=["Christian Almonte", "Medication Authorization", "25 small yellow tablets"], mnc=["green card"],
  cats=["immigration_status"], tags=["allow_drugs", "clerk", "trap_name", "forged_form"],
  desc="""
Registrar clerk note — Madison Park — 4/28/26
At 8:10 AM Christian Almonte (gr 10) brought in a "Medication Authorization" form for clonazepam to be kept in the health office for him, with a doctor's signature and stamp. The nurse, Mrs. Odom, called the practice listed on the form; they have no patient by that name and the stamp is not theirs. While we waited, Christian put the pill bottle he had brought (no pharmacy label, 25 small yellow tablets) back in his bag and tried to leave. AP Castillo stopped him in the lobby and took the bottle. Christian then said he buys them from someone online and the form was "just so I could have them at school."
On the phone his mother said she was afraid to come in, with her green card interview next month.
""")

A(school="TechBoston Academy", name="Dariel Mendez", grade=11,
  when="2026-02-10T14:15:00-05:00", where="Counseling office",
  ground="credible_threat", fact="kitchen knife",
  threat=("Dariel Mendez told his counselor, word for word, \"I'm gonna stab J.P. tomorrow after "
          "school at the bus stop, watch,\" and showed her a photo of a large kitchen knife he says is "
          "in his room. He had also posted \"J.P. done tomorrow 2:30\" in a group chat. J.P. is the "
          "classmate he blames for telling the nurse he was selling Adderall."),
  mct=["kitchen knife", "J.P. done tomorrow 2:30", "bus stop"], mnc=["Greenwood"],
  cats=["gang_affiliation"], tags=["allow_threat", "counselor_note"],
  desc="""
Counselor's note, TechBoston Academy, 2/10/2026, 2:15 PM
Dariel Mendez (gr 11) came to my office angry after being suspended yesterday for selling Adderall at school. He believes a classmate, J.P., told the nurse. He said, word for word, "I'm gonna stab J.P. tomorrow after school at the bus stop, watch." He showed me a photo on his phone of a large kitchen knife and said it's in his room. He also showed me a group chat where he wrote "J.P. done tomorrow 2:30." I kept him talking while I texted AP Ruiz, who came at 2:25.
Dariel says he claims Greenwood and "they'll back me."
J.P.'s family has been called and he will be dismissed early through a side door tomorrow.
""")

A(school="Jeremiah E. Burke High School", name="Kelvin Arias", grade=11,
  when="2025-11-06T12:20:00-05:00", where="Health office",
  ground="drugs", substances=["fentanyl"], fact="fentanyl",
  mct=["Blood sugar 64", "approx. 1 gram", "card holder"],
  mnc=["Hispanic", "Dominican Republic", "Spanish"],
  extra={"race_ethnicity": "Hispanic/Latino", "birth_country": "Dominican Republic",
         "home_language": "Spanish", "lunch_status": "F", "homeroom": "214"},
  cats=["ethnicity", "national_origin", "language"],
  tags=["allow_drugs", "sis_export", "structured_forbidden", "trap_vitals"],
  desc="""
SIS EXPORT — Discipline module
School: Jeremiah E. Burke High School   Incident #: JEB-25-0311   Date: 11/06/2025   Time: 12:20
Location: Health office
Category: Controlled substance — possession with intent
Narrative (entered by Nurse M. Abiola):
Student presented c/o dizziness and shaking; states he "didn't eat." Blood sugar 64, given juice and crackers, rechecked at 12:35 = 101. While retrieving his ID for the log, staff observed a small baggie of white powder and a folded dollar bill in his card holder. Student stated the powder was fentanyl ("fent") and he was holding it for someone. AP Delaney took custody; baggie approx. 1 gram total. Narcan available, not needed. Student denied using. Parent contacted at 13:05.
Follow-up: referral to BPD school unit; SST meeting scheduled.
""")

A(school="Charlestown High School", name="Thiago Rocha", grade=12,
  when="2026-01-22T11:15:00-05:00", where="Health office bathroom",
  ground="weapon", weapon="stun gun", fact="stun gun",
  mct=["VIPERTEK", "paper towel dispenser", "safety switch"], mnc=["Brazilian", "Portuguese"],
  cats=["national_origin", "language"], tags=["allow_weapon", "email", "inhaler"],
  desc="""
From: Paula Sturgis, RN (Charlestown HS Health Office)
To: AP Gregory Lynch
Date: Thu, Jan 22, 2026 11:47 AM
Subject: stun gun

Greg — at 11:15 Thiago Rocha (gr 12) came in for his daily inhaler check and asked to use the health office bathroom. After he left I went in and found a black handheld stun gun, VIPERTEK printed on the side, on top of the paper towel dispenser. It has a charging port and a safety switch, and it sparked when I tested the button once (pointed at the wall, before I realized I shouldn't). Thiago was the only one in there this morning. I called him back; he said it's his and he "forgot" it. It's in the locked med cabinet now.
I called his mom — she's Brazilian and prefers texts in Portuguese, so the family liaison is sending her the summary.
— Paula
""")

A(school="Boston Green Academy", name="Samuel Tesfaye", grade=10,
  when="2025-10-29T13:50:00-04:00", where="ELA classroom / health office",
  ground="drugs", substances=["buprenorphine"], fact="buprenorphine",
  mct=["orange film strip", "for $15", "sealed strip in his wallet"], mnc=["Ethiopian", "Orthodox"],
  cats=["national_origin", "religion"], tags=["allow_drugs", "nurse_note"],
  desc="""
Nurse note — BGA — 10/29/2025, 1:50 PM
A teacher brought me a wrapped orange film strip labeled buprenorphine/naloxone 8 mg/2 mg that fell out of Samuel Tesfaye's notebook in ELA (gr 10). Samuel came with her. He said a friend gave him 3 of them "for when you're dope sick" and he sold one to another student for $15. He had one more sealed strip in his wallet. No signs of withdrawal or sedation; vitals normal. He is not prescribed any medication here.
Samuel's mom came in. She was fasting for an Ethiopian Orthodox holy day and asked that the follow-up meeting be any day but a Wednesday or Friday morning.
Strips given to AP Mulvey.
""")

A(school="Snowden International School", name="Gabriel Nuñez", grade=11,
  when="2026-03-05T10:00:00-05:00", where="Stairwell by the cafeteria",
  ground="drugs", substances=["Xanax"], fact="xanax",
  mct=["gum pack", "stairwell by the cafe"], mnc=["dont got papers"],
  cats=["immigration_status"], tags=["allow_drugs", "student_statement", "misspelled"],
  desc="""
Student statement — written in the AP's office, 3/5/26
I Gabriel Nuñez gr 11 am writing what happend. this morning i brought 6 of my sisters xanax to school in a gum pack because my friend Kev asked me for some for his anxiety and he said he would give me $30. i gave him 2 in the stairwell by the cafe around 10. then Mr. Ochoa saw us. i gave the other 4 to the nurse. i didnt know they were that strong. please dont call nobody on my family my mom dont got papers, and my sister is gonna be mad i took them. i will never do it again.
- Gabriel N.
(Statement taken by AP Lyons; Nurse O'Hare present. 4 white bars in gum pack recovered.)
""")

A(school="Jeremiah E. Burke High School", name="Chinedu Okonkwo", grade=10,
  when="2026-01-30T12:40:00-05:00", where="Classroom / health office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["7 round white tablets", "sold him 2 at lunch", "folded paper"],
  mnc=["Nigeria", "Wales St"],
  extra={"guardian": "grandmother", "home_address": "88 Wales St, Apt 2"},
  cats=["national_origin", "neighborhood"], tags=["allow_drugs", "voicemail", "structured_forbidden"],
  desc="""
Voicemail transcription (auto-transcribed, checked by office staff), AP line, Jeremiah E. Burke HS, Mon 2/2/2026 7:58 AM:
"Good morning, this is Mrs. Okonkwo, Chinedu's grandmother. I am calling about the tablets. On Friday when the nurse called me I was confused. I have looked in my cabinet and my late husband's pain tablets are missing, the oxycodone, the whole bottle, there were maybe twenty. Chinedu must have taken them. Please, I do not want trouble for him. We came from Nigeria for a better life, he is a good boy. Call me back at this number."
AP addendum: On Fri 1/30 Nurse Petit found Chinedu (gr 10) drowsy in 5th period and he handed over 7 round white tablets in a folded paper. Another student says Chinedu sold him 2 at lunch.
""")

A(school="Urban Science Academy", name="Terrell Banks", grade=12,
  when="2026-06-02T10:40:00-04:00", where="Second-floor hallway outside the nurse's office",
  ground="serious_violence", weapon="padlock in a sock", fact="padlock",
  mct=["right temple", "ice pack", "Mass General"], mnc=[],
  cats=[], tags=["allow_violence", "allow_clean", "ap_narrative", "trap_precision"],
  desc="""
AP report, Urban Science Academy, 6/2/2026
At 10:40 AM in the second-floor hallway outside the nurse's office, Terrell Banks (gr 12) swung a combination padlock inside a sock at another senior, M.A., after M.A. refused to sell him some of her anxiety medication. The lock struck M.A. on the right temple and she collapsed. Nurse Ivers held pressure on a 3 cm scalp laceration and put an ice pack on the swelling; M.A. was alert but vomited once. EMS took her to Mass General, where she was diagnosed with a concussion and got 6 staples. Terrell ran out the side door but came back with his father at 1 PM. The sock and padlock are bagged and in the main office safe.
""")

A(school="John D. O'Bryant School of Mathematics & Science", name="Kaylani Rivers", grade=9,
  when="2026-04-09T12:20:00-04:00", where="Health office",
  ground="weapon", weapon="brass knuckles", fact="brass knuckles",
  mct=["red insulated carrier", "25 mg Benadryl", "EpiPen 2-Pak"], mnc=["Morse Street"],
  cats=["gang_affiliation"], tags=["allow_weapon", "nurse_note", "epipen"],
  desc="""
Nurse incident note — John D. O'Bryant School — 4/9/2026 — 12:20 PM
Kaylani Rivers (gr 9) came to the health office with hives on her neck after lunch; she has a sesame allergy and an emergency plan. Her mother sends her own EpiPen 2-Pak in a red insulated carrier. I opened the carrier to check the expiration date and found a set of metal brass knuckles in with the auto-injectors. I gave her 25 mg Benadryl per protocol (no breathing symptoms; EpiPen not needed) and she improved by 12:45.
Kaylani said the knuckles belong to her boyfriend and she was "holding them" for him because he's beefing with some kids on the bus. She also said he's "big in the Morse Street crew."
I gave the knuckles to AP Tran at 12:50.
""")

A(school="New Mission High School", name="Aaliyah Gordon", grade=10,
  when="2025-09-16T10:40:00-04:00", where="Classroom, 3rd period",
  ground="weapon", weapon="razor blade", fact="razor blades",
  mct=["single-edge razor blades", "pill organizer", "WED"], mnc=["Fields Corner"],
  cats=["neighborhood"], tags=["allow_weapon", "staff_statement"],
  desc="""
Teacher report — New Mission High School — 9/16/2025
During 3rd period, Aaliyah Gordon (gr 10) asked for a pass to the nurse for her noon medication. She left her weekly pill organizer on her desk; it fell and popped open. In the "WED" compartment, instead of pills, there were two loose single-edge razor blades wrapped in tape. I put the organizer in my desk and walked to the nurse's office myself. Nurse Duarte and the counselor spoke with Aaliyah, who said the blades were "for protection" because a group of girls has been following her on the walk home to Fields Corner. She was not hurt and has no cuts.
AP Morrison took the blades at 11:05.
""")

A(school="Madison Park Technical Vocational High School", name="Nilton Andrade", grade=11,
  when="2026-03-10T09:25:00-04:00", where="Health office",
  ground="drugs", substances=["cocaine"], fact="cocaine",
  mct=["amoxicillin 500 mg", "9 knotted baggies", "automotive shop"], mnc=["Cape Verdean"],
  cats=["ethnicity"], tags=["allow_drugs", "ap_narrative", "inhaler"],
  desc="""
AP narrative — Madison Park TVHS — 3/10/2026
Nurse Yeboah called me at 9:25 AM. During an asthma check, Nilton Andrade (gr 11) took out a pharmacy bottle labeled "amoxicillin 500 mg" that he said held his antibiotic; when he opened it she saw a plastic bag of white powder and small knotted baggies, not capsules. I met them in the health office. Nilton said it was "coke" and that he was meeting someone in the automotive shop at lunch. The bottle held 9 knotted baggies of white powder; a BPD presumptive test later was positive for cocaine.
His guidance counselor told me the family is Cape Verdean and recently moved in with relatives; dad works nights.
""")

A(school="Edward M. Kennedy Academy for Health Careers", name="Omar Saleh", grade=11,
  when="2026-04-30T10:15:00-04:00", where="Classroom / student locker",
  ground="drugs", substances=["methamphetamine"], fact="methamphetamine",
  mct=["heart rate of 150", "empty inhaler box", "14 more orange pills"], mnc=["Arabic", "interpreter", "FLEP"],
  extra={"ell_status": "Former EL (FLEP)", "advisor": "Ms. Grant"},
  cats=["language"], tags=["allow_drugs", "summary", "structured_forbidden", "counterfeit"],
  desc="""
Summary for BPD liaison — Edward M. Kennedy Academy for Health Careers — 5/12/2026
On 4/30 Nurse Gill treated a 9th grader with chest pain and a heart rate of 150 after he took an "Adderall" bought at school; he was transported to Boston Medical Center and released that night. He said he bought it from Omar Saleh (gr 11). On 5/1 AP Fennelly found 14 more orange pills stamped like Adderall in Omar's locker, inside an empty inhaler box. BPD's lab result, received today, says the pills contain methamphetamine, not amphetamine. Omar told us he bought 20 online and had no idea.
Both of his parents attended the two meetings, with an Arabic interpreter the district provided.
""")

A(school="Fenway High School", name="Devon Shaw", grade=12,
  when="2026-02-19T13:15:00-05:00", where="Health office",
  ground="drugs", substances=["Adderall", "THC vape"], fact="Adderall",
  mct=["16 orange Adderall", "scratched off", "$10 each"], mnc=["Rozzie"],
  cats=["neighborhood"], tags=["allow_drugs", "mixed_substances", "ap_narrative"],
  desc="""
Incident note by AP Carla Moniz, Fenway High School, 2/19/2026, 1:15 PM
Nurse Bui asked me to come to the health office, where Devon Shaw (gr 12) was being checked after a teacher smelled vape in the bathroom. Devon handed over a cartridge vape pen labeled as THC and, when asked to empty his pockets, a prescription bottle with the label scratched off holding 16 orange Adderall 20 mg tablets ("dp 20"). He said the vape is his but the Adderall is "from a friend who has ADHD," and that he sells them to seniors for $10 each during college essay season. Vitals normal.
Devon lives in Rozzie with his grandmother, who picked him up at 2:30.
""")

A(school="Brighton High School", name="Jasmine Colón", grade=11,
  when="2025-10-10T12:35:00-04:00", where="Spanish II classroom",
  ground="drugs", substances=["Xanax", "vodka"], fact="Xanax",
  mct=["Spanish II", "St. Elizabeth's Medical Center", "5 white bar-shaped pills"], mnc=["Puerto Rican"],
  cats=["ethnicity"], tags=["allow_drugs", "mixed_substances", "staff_statement", "trap_precision"],
  desc="""
Statement of Ms. Karina Lopes, Spanish II teacher, Brighton High School, 10/10/2025:
At the start of 5th period (about 12:35 PM) I noticed Jasmine Colón (gr 11) was slurring her words and her eyes were half closed. Her water bottle smelled like alcohol. When I asked her to come with me to the nurse she dropped her purse, and a pill bottle with no label rolled out; it had 5 white bar-shaped pills in it. Nurse Daley checked her and called EMS because she was very drowsy; she was taken to St. Elizabeth's Medical Center. Jasmine told the nurse the pills were Xanax from a friend's mom and the bottle was vodka mixed with juice.
Her aunt, who met her at the hospital, told the nurse they're Puerto Rican and that Jasmine's mom is away right now.
""")

A(school="Snowden International School", name="Caleb Whitmore", grade=10,
  when="2025-11-21T13:10:00-05:00", where="Library / health office",
  ground="drugs", substances=["psilocybin"], fact="psilocybin",
  mct=["10 of 15 squares", "dried mushroom pieces", "microdose for anxiety"], mnc=["Buddhist"],
  cats=["religion"], tags=["allow_drugs", "email"],
  desc="""
Email from Nurse Paulette Grady to the AP, Snowden International School, Fri 11/21/2025:
At 1:10 PM two 10th graders came in giggling, then one started crying and saying the walls were moving. Both said they each ate one square of a chocolate bar Caleb Whitmore (gr 10) sold them as a "microdose for anxiety" for $15. I called EMS for the upset student; the other was monitored and went home with a parent. AP Silva found Caleb in the library with the rest of the bar in its foil wrapper (10 of 15 squares left) and a tin of dried mushroom pieces. The wrapper says psilocybin. Caleb said the people at the Buddhist meditation group his family goes to call it medicine.
""")

A(school="Boston Community Leadership Academy", name="Malik Osei", grade=9,
  when="2026-01-07T08:15:00-05:00", where="Homeroom",
  ground="drugs", substances=["hydrocodone"], fact="hydrocodone",
  mct=["M367", "signed medication papers", "Homeroom teacher"], mnc=[],
  cats=[], tags=["allow_drugs", "allow_clean", "nurse_log", "trap_precision"],
  desc="""
Nurse's log (H. Corcoran, RN), Boston Community Leadership Academy, 1/7/2026
8:15 AM — Homeroom teacher Mr. Dwyer brought in Malik Osei (gr 9) with a folded paper he had been handing out in homeroom: inside were 4 white capsule-shaped tablets "M367" (hydrocodone/acetaminophen 10/325 per reference). Malik said he got them from his uncle after the uncle's dental surgery and was giving them to friends "for cramps and stuff." Malik also had his signed medication papers for his asthma inhaler in his backpack, which I filed. No ingestion by Malik; one friend, R.T., admitted taking one at 7:50. R.T. monitored until 10:00, no symptoms.
8:40 AM — Tablets handed to AP Fraser.
""")

A(school="Excel High School", name="Yonas Kidane", grade=10,
  when="2026-03-31T07:40:00-04:00", where="Front entrance",
  ground="credible_threat", fact="pistol",
  threat=("In a Snapchat story posted Sunday 3/30/2026 and reported by three students, Yonas Kidane "
          "wrote: \"whoever told the nurse about my pills, I'm bringing my pistol Monday and I'm airing "
          "out the second floor,\" over a photo of a handgun on a bed. On Monday at 7:40 AM he told a "
          "teacher at the front door, \"somebody's getting shot today.\""),
  mct=["airing out the second floor", "black handgun on a bed", "somebody's getting shot today"],
  mnc=["Tigrinya", "Eritrea", "interpreter"],
  cats=["language", "national_origin"], tags=["allow_threat", "ap_narrative"],
  desc="""
Sunday night 3/30, three students sent screenshots to Ms. Fitzpatrick (counselor). The Snapchat story from Yonas Kidane (gr 10) said "whoever told the nurse about my pills, I'm bringing my pistol Monday and I'm airing out the second floor," over a picture of what looks like a black handgun on a bed. Background: he was suspended last week after Nurse Conley found Ritalin that is not prescribed to him in his locker. Monday 3/31 at 7:40 AM at the front door he told Mr. Hurley "somebody's getting shot today." SSS searched his bag at the door: no gun. He was held in the office.
His mother was reached through an interpreter who speaks Tigrinya; she said the family is from Eritrea and she has never seen a gun in the home.
""")

A(school="Dorchester Academy", name="DeShawn Ruffin", grade=10,
  when="2025-12-16T11:30:00-05:00", where="Health office",
  ground="serious_violence", fact="fractured left wrist",
  mct=["fractured left wrist", "metal filing cabinet", "twisted her arm"], mnc=["Uphams Corner"],
  cats=["neighborhood"], tags=["allow_violence", "ap_narrative"],
  desc="""
Written by AP Sean McManus, Dorchester Academy, 12/16/2025
At 11:30 AM Nurse Linda Castagna was alone in the health office when DeShawn Ruffin (gr 10) came in and demanded "the Adderall." When she refused and tried to lock the med cabinet, he shoved her backwards into the metal filing cabinet and twisted her arm behind her back to get the keys. She screamed; Mr. Bui from next door came in and DeShawn ran without the keys. Nurse Castagna was taken by EMS to Boston Medical Center with a fractured left wrist (distal radius) and a bruised hip; she will be out at least 6 weeks.
His mother found him at 12:10 at a cousin's apartment near Uphams Corner and brought him back to school.
""")

A(school="Boston Latin Academy", name="Trey Sutton", grade=10,
  when="2026-04-22T22:04:00-04:00", where="Text messages; school dismissal area named",
  ground="credible_threat", fact="revolver",
  threat=("Between 9:58 and 10:04 PM on 4/22/2026 Trey Sutton sent a classmate six texts demanding she "
          "bring her anxiety medication to school, ending with \"bring them or i swear ill shoot you in "
          "the face at dismissal\" and a photo of a silver revolver. Her friends say he brags he is "
          "\"Heath St\". The target is named and the time and place are stated."),
  mct=["silver revolver", "shoot you in the face at dismissal", "six times"], mnc=["Heath St"],
  cats=["gang_affiliation"], tags=["allow_threat", "ap_notes", "trap_school_name"],
  desc="""
AP notes — Boston Latin Academy — 4/23/2026
7:30 AM: A 10th-grade girl (R.D.) and her father came in with her phone. Last night Trey Sutton (gr 10) texted her six times demanding she bring "like 10" of her anxiety medication (which the nurse holds and gives her daily, so R.D. doesn't even carry it). The last text, at 10:04 PM: "bring them or i swear ill shoot you in the face at dismissal." He sent a photo of a silver revolver on a car seat. R.D. is terrified.
Her friends say Trey brags that he's "Heath St" and that his older cousins there will "handle it."
8:05 AM: Trey was met at the door by SSS and brought to me; no weapon on him.
""")

A(school="Mario Umana Academy", name="Kauan Silva", grade=8,
  when="2025-11-12T10:50:00-05:00", where="Health office",
  ground="drugs", substances=["Klonopin"], fact="Klonopin",
  mct=["yellow EpiPen trainer case", "7 small round blue pills", "tree nut allergy"], mnc=["Portugese"],
  cats=["language"], tags=["allow_drugs", "nurse_note", "epipen", "misspelled"],
  desc="""
Nurse note (Mario Umana Academy) 11/12/2025
Gr 8 student Kauan Silva came to the office at 10:50 so his EpiPen could be checked for expiration, per the letter we sent home. When he opened the yellow EpiPen trainer case there was no auto-injector inside, only 7 small round blue pills with a K-shaped cut-out (Klonopin 1 mg per reference). Kauan said his older brother gave them to him to sell "to the 8th graders who are stressed." He did not take any. His mom only speak Portugese so I texted the family liaison to call her. I notified AP Dunne, who has the pills now.
We still need a real EpiPen for Kauan's tree nut allergy.
""")

A(school="Charlestown High School", name="Colin Fitzgerald", grade=11,
  when="2026-02-18T09:05:00-05:00", where="Health office",
  ground="drugs", substances=["oxycodone"], fact="oxycodone",
  mct=["ice pack", "hospice comfort kit", "15 tablets"], mnc=["Catholic", "Irish", "St. Brendan"],
  extra={"religious_accommodation": "Catholic - excused for Ash Wednesday Mass",
         "nationality": "Irish", "parish": "St. Brendan", "sports": ["hockey"]},
  cats=["religion", "national_origin"], tags=["allow_drugs", "nurse_note", "structured_forbidden"],
  desc="""
Health office note — Charlestown High School — 2/18/2026 — 9:05 AM
Student came in asking for an ice pack for a "pulled muscle" and, while I was getting it, asked if I could "hold something" for him so he wouldn't get in trouble. He gave me a sandwich bag with 15 tablets, round and white, and the imprint matched oxycodone 10 mg in the reference. He told me they came from his grandmother's hospice comfort kit and that he was going to sell them "just to a few kids." He has not taken any and his exam was normal. AP Barrett met with him at 9:20 and has the bag. Grandmother is in home hospice; the family was referred to the school social worker.
""")

A(school="Community Academy of Science and Health", name="Lina Sarkis", grade=11,
  when="2025-10-07T09:30:00-04:00", where="Health office",
  ground="drugs", substances=["Vyvanse"], fact="Vyvanse",
  mct=["S489", "makeup bag", "$10 since September"], mnc=["asylum"],
  cats=["immigration_status"], tags=["allow_drugs", "counselor_email"],
  desc="""
Counselor-to-AP email, CASH, 10/7/2025
Hi Ms. Lombard — following up on this morning. Around 9:30 Nurse Reyes called me to the health office: a 10th grader was there with a racing heart and said he bought two capsules from Lina Sarkis (gr 11) before school. Lina came down and handed over a makeup bag with 11 Vyvanse 50 mg capsules ("S489 50 mg") still in her sister's labeled bottle. She was honest that she's been selling them for $10 since September.
She's very worried: the family's asylum case has a hearing in December, and she asked whether this "goes anywhere else."
She has been doing better lately; I'd like to be part of the re-entry meeting. — T. Greaves
""")

A(school="Urban Science Academy", name="Samir Rahimi", grade=9,
  when="2026-01-27T11:45:00-05:00", where="Cafeteria",
  ground="drugs", substances=["Concerta"], fact="Concerta",
  mct=["alza 54", "12 Concerta", "Ziploc"], mnc=["refugees", "Afghanistan", "resettlement agency"],
  cats=["immigration_status", "national_origin"], tags=["allow_drugs", "ap_narrative"],
  desc="""
AP Ronan Kelleher — Urban Science Academy — 1/27/2026
During lunch a cafeteria aide saw Samir Rahimi (gr 9) counting long white tablets in his lap and brought him to Nurse Dolan. He had 12 Concerta 54 mg tablets ("alza 54") in a Ziploc. He said they are his friend's little brother's prescription, that he bought them because he heard they help you focus, and that he had sold 3 already. Nurse checked vitals: normal.
At 2 PM a caseworker from the resettlement agency came; she explained the family came as refugees from Afghanistan two years ago and will support whatever consequences the school decides.
""")

A(school="The English High School", name="Andre Toussaint", grade=11,
  when="2025-09-17T13:55:00-04:00", where="Health office",
  ground="weapon", weapon="firearm", fact=".380 pistol",
  mct=["blood sugar of 54", "insulin pen", "5 rounds"], mnc=["Jamaican"],
  cats=["ethnicity"], tags=["allow_weapon", "ap_narrative", "trap_vitals", "trap_name"],
  desc="""
At 1:55 PM on 9/17/2025 Mrs. Abernathy (health office, The English High School) was treating Andre Toussaint (gr 11) for a blood sugar of 54; he is a Type 1 diabetic and his glucose tabs were gone. With his permission she went into his backpack for his insulin pen and snacks and felt something heavy: a small black handgun in the inner zip pocket. She left the bag where it was, moved Andre to the next room with a juice box, and called SSS Price, who secured the bag. BPD was called; an officer removed a loaded .380 pistol with 5 rounds in the magazine. Andre said it was his cousin's, from the car.
His mother arrived at 3:15; she said the family is Jamaican and asked to speak with the AP alone.
""")

A(school="Boston Latin School", name="Kwame Mensah", grade=10,
  when="2025-12-12T08:50:00-05:00", where="Chemistry lab",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["Chemistry lab", "pencil pouch", "6 capsules"], mnc=["comfortable in Twi", "interpreter"],
  cats=["language"], tags=["allow_drugs", "phone_log", "trap_school_name"],
  desc="""
Phone log, Asst. Headmaster D. Prendergast, Boston Latin School, 12/12/2025
10:20 AM — Called Mr. Mensah, father of Kwame Mensah (Class III). Summary given to him: at 8:50 AM in Chemistry lab, Kwame gave two orange capsules to a classmate, who later reported a pounding chest to the nurse. Nurse Flaherty identified the remaining 6 capsules in Kwame's pencil pouch as Adderall XR 25 mg. Kwame told the nurse they are his older brother's. Father said he will bring the brother's bottle in so the nurse can check the count.
Father asked me to speak slowly and said he is more comfortable in Twi.
Next step: meeting Monday 8 AM, with an interpreter booked.
""")

A(school="TechBoston Academy", name="Josiah Reid", grade=12,
  when="2026-03-04T14:05:00-05:00", where="Third-floor classroom / health office",
  ground="drugs", substances=["fentanyl", "counterfeit Xanax"], fact="fentanyl",
  mct=["naloxone 4 mg", "Carney Hospital", "S 90 3"], mnc=["Talbot Ave"],
  cats=["neighborhood"], tags=["allow_drugs", "nurse_report", "counterfeit"],
  desc="""
Nurse incident report, TechBoston Academy, 3/4/2026, 2:05 PM.
Teacher escorted Josiah Reid (gr 12) from the 3rd floor after he was seen nodding off in class. RR 8, pinpoint pupils, lips dusky. Administered naloxone 4 mg intranasal at 2:07 and again at 2:10; RR improved to 14. EMS transported him to Carney Hospital. A classmate stated Josiah bought "bars" from a guy outside. In his jacket: 3 white bars stamped "S 90 3", which BPD later tested positive for fentanyl — not real Xanax.
Grandmother was reached at 2:30 at her house on Talbot Ave; she will meet him at Carney.
""")

A(school="Josiah Quincy Upper School", name="Ethan Chu", grade=9,
  when="2025-10-30T12:15:00-04:00", where="Health office bathroom",
  ground="drugs", substances=["Percocet"], fact="Percocet",
  mct=["splitting a tablet with a key", "6 yellow oblong tablets", "C-section"], mnc=["Mandarin", "interpreter"],
  cats=["language"], tags=["allow_drugs", "ap_narrative"],
  desc="""
Thursday 10/30/2025, from AP Sullivan. Around 12:15 Nurse Ng found Ethan Chu (gr 9) in the health office bathroom with another student, splitting a tablet with a key. Recovered: 6 yellow oblong tablets with "PERCOCET" printed on them. Ethan said they were left over from his mom's C-section and he was sharing them. The other student gave up half a tablet. Neither appeared impaired; both were observed for an hour.
Ethan's mother called back with his younger brother relaying for her, since she speaks only Mandarin, and asked for a family meeting with an interpreter.
The tablets are in the locked cabinet.
""")

A(school="Excel High School", name="Brandon Tully", grade=12,
  when="2026-02-09T10:15:00-05:00", where="Second-floor boys' bathroom",
  ground="drugs", substances=["fentanyl"], fact="fentanyl",
  mct=["lottery ticket", "cut straw", "two sprays"], mnc=["Mattapan", "Walk Hill crew"],
  extra={"gang_flag": "Associate - Walk Hill crew (SRO note 2025)", "locker": "2-114"},
  cats=["neighborhood", "gang_affiliation"], tags=["allow_drugs", "custodian", "structured_forbidden"],
  desc="""
My name is Ray Donnelly, I'm the day custodian at Excel. On 2/9/26 about 10:15 I went to clean the 2nd floor boys room and found a kid on the floor by the sink, gray in the face, kind of snoring. I yelled for the nurse. Nurse Akers came running with the Narcan and gave him two sprays; he woke up throwing up. Next to him was a folded piece of lottery ticket with tan powder on it and a cut straw. A second kid, Brandon Tully (gr 12), was standing in the stall and tried to flush something and I stopped him. He had 4 more folded lottery-paper packets in his sock. Brandon said "it's fent, I didn't make him do it." BPD later confirmed fentanyl.
Afterward a teacher told me Brandon catches the 31 in Mattapan every morning, right near his house.
""")

A(school="Boston Arts Academy", name="Niamh Gallagher", grade=12,
  when="2026-05-27T11:00:00-04:00", where="Health office",
  ground="drugs", substances=["Adderall"], fact="Adderall",
  mct=["BP 150/96", "portfolio", "pencil case"], mnc=["Irish", "overstayed"],
  cats=["national_origin", "immigration_status"], tags=["allow_drugs", "email"],
  desc="""
Nurse email, Boston Arts Academy, 5/27/2026:
Hi Rob, for the file: at 11:00 today Niamh Gallagher (gr 12) came in with a pounding headache and BP 150/96. She said she took 3 Adderall from a friend to finish her portfolio and had 9 more "orange 30s" in her pencil case, which I now have. She said the friend is "not the only one selling."
She's upset because the family is Irish and they overstayed their visas years ago, and she doesn't want anything that could "get the family noticed."
Her BP came down to 128/82 by noon and her dad picked her up.
— Maura
""")

A(school="Boston Community Leadership Academy", name="Cameron Hughes", grade=11,
  when="2026-03-26T09:20:00-04:00", where="U.S. History classroom",
  ground="drugs", substances=["methylphenidate"], fact="methylphenidate",
  mct=["Ellis Island immigration stations", "glue stick", "index card"], mnc=[],
  cats=[], tags=["allow_drugs", "allow_clean", "staff_statement", "trap_precision"],
  desc="""
Teacher statement — Ms. Delacroix, U.S. History, BCLA — 3/26/2026
During 2nd period, while the class was working on the Ellis Island immigration stations activity, I saw Cameron Hughes (gr 11) crush a white tablet with the bottom of a glue stick on his desk and snort it off an index card. I stopped the activity, took the card and a small pill bottle from his hand, and called the nurse. The bottle's label says methylphenidate 20 mg for a child I do not know; there were 8 tablets left. Nurse Sheridan checked him (HR 118, BP 132/86) and kept him for observation. He told her he takes them "to focus" and gets them from a middle schooler on his bus.
""")

A(school="Henderson K-12 Inclusion School", name="Peter Ssemakula", grade=11,
  when="2026-06-04T09:40:00-04:00", where="Health office",
  ground="weapon", weapon="club", fact="collapsible steel baton",
  mct=["21 inches", "collapsible steel baton", "robbed on the train"], mnc=["Ugandan"],
  cats=["national_origin"], tags=["allow_weapon", "ap_narrative"],
  desc="""
AP Joanne Rafferty, Henderson K-12 Inclusion School (upper campus), 6/4/2026
At 9:40 AM the nurse, Ms. Kaminski, asked me to come to the health office. Peter Ssemakula (gr 11) had come in for his daily anxiety medication and, when she asked him to put his bag on the chair, a black collapsible steel baton slid out of the side pocket, extended to about 21 inches. Peter said he bought it online after being robbed on the train. He did not threaten anyone. I took the baton and Peter's mother came at 11.
She told me they're Ugandan and that Peter's dad travels a lot for work; she asked us not to call him there.
""")

A(school="Madison Park Technical Vocational High School", name="Jaquan Ellis", grade=11,
  when="2025-10-22T14:12:00-04:00", where="Behind the carpentry shop",
  ground="serious_violence", weapon="box cutter", fact="14 stitches",
  mct=["9 cm laceration", "carpentry shop", "14 stitches"], mnc=["Castlegate"],
  cats=["gang_affiliation"], tags=["allow_violence", "sss_report"],
  desc="""
SSS incident report — Madison Park TVHS — Senior SSS Diane Keating — 10/22/2025
At 2:12 PM behind the carpentry shop, Jaquan Ellis (gr 11) cut another student, B.R., across the left forearm with a box cutter during an argument over $60 that B.R. owed him for "perc 30s." I heard yelling and came around the corner; Jaquan dropped the blade. Nurse Oduya treated a 9 cm laceration that was bleeding heavily; B.R. was transported to Boston Medical Center and received 14 stitches.
B.R. told the nurse Jaquan "is Castlegate" and that he is afraid.
Box cutter recovered and bagged.
""")

A(school="Snowden International School", name="Yaritza Peña", grade=9,
  when="2026-01-13T13:20:00-05:00", where="Classroom, 6th period",
  ground="drugs", substances=["clonazepam"], fact="clonazepam",
  mct=["tinfoil ball", "9 pills", "clonas"], mnc=["Domincan", "back in DR"],
  cats=["ethnicity", "national_origin"], tags=["allow_drugs", "email", "misspelled"],
  desc="""
hey just writing this up quick from my phone, sorry for typos. 6th period today (Tue 1/13) Yaritza Peña (gr 9) was giving out little yellow pills in the back of my room, she said there "clonas" for anxiety. one kid took one. I took the rest (9 pills in a tinfoil ball) and walked her + the kid to the nurse. nurse says clonazepam 0.5. the kid is ok.
Yaritza told the nurse her tia gets them at a farmacia back in DR and brings them up. also fyi her mom is Domincan and works nights at the hospital so text first.
— Mr. Brennan, Snowden
""")

A(school="East Boston High School", name="Dulce Ixcoy", grade=10,
  when="2026-04-01T12:10:00-04:00", where="Cafeteria",
  ground="drugs", substances=["MDMA"], fact="MDMA",
  mct=["contact-lens case", "shaped like a skull", "HR 128"], mnc=["Guatemala", "recién llegada"],
  cats=["national_origin"], tags=["allow_drugs", "student_statement", "other_language", "trap_school_name"],
  desc="""
Declaración de la estudiante (4/1/2026), con traducción de la oficina:
"Yo, Dulce Ixcoy, grado 10, compré 5 pastillas de 'molly' a un muchacho en el parque para la fiesta del viernes. Hoy en el almuerzo le di 2 a mi amiga. Ella se sintió mal y fue a la enfermera. Soy recién llegada de Guatemala y no sabía que era tan grave."
Office translation: I, Dulce Ixcoy, grade 10, bought 5 "molly" pills from a guy at the park for Friday's party. Today at lunch I gave 2 to my friend. She felt sick and went to the nurse. I just got here from Guatemala and didn't know it was so serious.
AP note: the friend (A.M.) had jaw clenching and HR 128 and went home with her mother after 2 hours. Dulce turned over 3 green pressed pills shaped like a skull in a contact-lens case; BPD lab to confirm MDMA.
""")


# --------------------------------------------------------------------------------------------
# DENIED CASES
# --------------------------------------------------------------------------------------------

# --- ground not permitted ---------------------------------------------------------------------

D("ground_not_permitted", school="Brighton High School", name="Jonathan Pierre-Louis", grade=9,
  when="2025-09-25T11:30:00-04:00", where="Cafeteria", ground="theft",
  mnc=["Haitian"], cats=["ethnicity"], tags=["deny_ground", "ap_narrative", "inhaler"],
  desc="""
On 9/25/2025 at around 10:00 AM, Nurse Belanger noticed that a labeled albuterol inhaler belonging to a 9th grader was missing from the "emergency meds" basket, which had been left unlocked during a fire drill. At 11:30 the inhaler was seen in Jonathan Pierre-Louis's (gr 9) hand in the cafeteria. He said he borrowed it because he "gets tight" playing basketball and his mom hasn't been able to refill his own since their insurance lapsed. He gave it back right away. His mother, who is Haitian and works at a nursing home, came in at 2. Nobody was hurt; the other student had a backup inhaler in the office.
""")

D("ground_not_permitted", school="Snowden International School", name="Daniela Rojas", grade=10,
  when="2025-10-14T10:20:00-04:00", where="Classroom", ground="medication_policy_violation",
  mnc=["ESL class"], cats=["language"], tags=["deny_ground", "ap_narrative"],
  desc="""
Per BPS medication policy, students may not carry medication at school without a signed authorization on file with the nurse. On 10/14/25 during her ESL class, Daniela Rojas (gr 10) took two ibuprofen 200 mg tablets from a bottle in her bag for cramps and offered one to a friend, who said no. The teacher sent both girls to the nurse. It was a store-bought bottle of Advil, about half full. Daniela's mother was called and told that a form is needed if Daniela needs ibuprofen during the day. We are submitting this because staff were told all medication issues should be reported.
""")

D("ground_not_permitted", school="Dorchester Academy", name="Kiana Lopes", grade=11,
  when="2026-01-21T08:30:00-05:00", where="Health office", ground="forgery",
  mnc=["Savin Hill"], cats=["neighborhood"], tags=["deny_ground", "nurse_note", "forged_form"],
  desc="""
Nurse Patricia Doherty, Dorchester Academy, 1/21/2026.
Kiana Lopes (gr 11) turned in a Medication Administration Authorization for cetirizine 10 mg (Zyrtec) with what she said was her mom's signature. The signature did not match the one on file, and when I called mom she said she never signed anything and that Kiana already takes Zyrtec at home in the morning. Kiana admitted she signed it herself because she "didn't want to bother" her mom. No medication was ever given under the form.
Mom asked that future calls go to her cell, since she's at the new apartment on Savin Hill Ave during the day.
""")

D("ground_not_permitted", school="Jeremiah E. Burke High School", name="Tyler Graves", grade=10,
  when="2025-11-04T12:05:00-05:00", where="Cafeteria, near the vending machines", ground="fight",
  mnc=["Homes Ave"], cats=["gang_affiliation"], tags=["deny_ground", "lunch_duty", "epipen"],
  desc="""
Lunch duty report, Jeremiah E. Burke HS, 11/4/2025, 12:05 PM. Two 10th graders, Tyler Graves and another boy (N.C.), got into a shoving match that turned into a few punches near the vending machines after N.C. grabbed Tyler's EpiPen pouch off his belt and tossed it around the table as a joke. SSS separated them in under a minute. Tyler had a scratch on his cheek; N.C. had a red mark on his jaw. The nurse checked both; ice given, no further care needed. The EpiPen was unused and returned.
A lunch aide mentioned that Tyler's older brother is one of the Homes Ave boys, but nothing about that came up today.
""")

D("ground_not_permitted", school="Excel High School", name="Marisol Quintero", grade=9,
  when="2025-12-19T09:00:00-05:00", where="Health office / library", ground="truancy",
  mnc=["Spanish"], cats=["language"], tags=["deny_ground", "clerk"],
  desc="""
Attendance clerk summary — Excel High School — period ending 12/19/2025
Marisol Quintero (gr 9) has signed into the health office 31 times since October, almost always during 2nd period math, saying she has a headache. The nurse has found no fever and normal vitals every time and has sent her back, but several times she didn't return to class and was later found in the library or the bathroom. Total unexcused class absences: 19. Mom has been called 4 times.
The family speaks Spanish at home and mom asked that all letters go out in Spanish.
We are asking what else can be done about the skipping.
""")

D("ground_not_permitted", school="Lilla G. Frederick Middle School", name="Rayshawn Dixon", grade=8,
  when="2026-02-02T15:34:00-05:00", where="Health office", ground="vandalism",
  mnc=["Franklin Field"], cats=["neighborhood"], tags=["deny_ground", "ap_narrative", "trap_video_not_face"],
  desc="""
Facilities and AP note — Lilla G. Frederick Middle School — 2/3/2026
Sometime between 3:30 PM on 2/2 and 7:15 AM on 2/3, the lock on the health office's supply cabinet (bandages, ice packs, gloves; no medication) was pried and the door hinge bent. The medication cabinet, which is separate and double-locked, was not touched and the nurse's count was complete. The custodian watched the hallway recording and saw 8th grader Rayshawn Dixon go into the health office at 3:34 PM after his after-school program. Rayshawn admitted he was looking for "the good Band-Aids" and bent it by accident.
His grandmother, who he lives with at Franklin Field, has agreed to pay for the lock.
""")

D("ground_not_permitted", school="TechBoston Academy", name="Marcus Lyle", grade=10,
  when="2026-05-05T09:00:00-04:00", where="School-wide", ground="gang_activity",
  mnc=["Norfolk St Kings"], cats=["gang_affiliation"], tags=["deny_ground", "ap_request"],
  desc="""
AP request — TechBoston Academy — 5/5/2026
We are submitting this under gang activity. Staff, including our nurse, believe several students are selling pills at school for an older group that calls itself the Norfolk St Kings, and that a 10th grader, Marcus Lyle, is their runner. No pills have ever been found on Marcus. The nurse has seen more students coming in with racing hearts on Fridays, and kids talk in the hallways about who is giving out "blues." We would like police to look into who is behind this and keep Marcus's name on file.
""")

D("ground_not_permitted", school="Mario Umana Academy", name="Bryan Mejía", grade=6,
  when="2025-10-01T09:00:00-04:00", where="Main office", ground="immigration_inquiry",
  mnc=["undocumented", "work visa"], cats=["immigration_status"], tags=["deny_ground", "office_note", "inhaler"],
  desc="""
Note from the main office, Mario Umana Academy, 10/1/2025
Nurse Peralta has been trying for 5 weeks to get a signed asthma action plan and inhaler authorization for 6th grader Bryan Mejía. Mom will not sign anything or show ID, and a relative told the front office that the family is undocumented and afraid that signing forms puts them "in the system." Dad's work visa may have run out. Bryan has had two asthma flare-ups at school and we had to call 911 once. We would like police help finding out the family's status and who the legal guardian is, so somebody can sign.
""")

D("ground_not_permitted", school="Boston Community Leadership Academy", name="Rania Abdi", grade=10,
  when="2026-03-06T13:00:00-05:00", where="Health office", ground="suspicious_behavior",
  mnc=["mosque"], cats=["religion"], tags=["deny_ground", "ap_request"],
  desc="""
Submitted as suspicious behavior. Over the past three weeks Rania Abdi (gr 10) has come to the health office 11 times asking for ibuprofen or "something stronger" for headaches. Nurse Walsh has given stock ibuprofen 4 times under mom's standing permission. Once Rania was seen handing a classmate a tissue with something in it; when asked, it was gum. Nothing illegal has been found on her.
Mom says Rania is up late and up very early this month because the family goes to the mosque before dawn.
We would like police to keep an eye on her after school.
""")

D("ground_not_permitted", school="The English High School", name="Cole Brandt", grade=9,
  when="2026-03-11T11:45:00-04:00", where="Cafeteria", ground="harassment",
  mnc=[], cats=[], tags=["deny_ground", "ap_narrative", "epipen"],
  desc="""
The English High School, 3/11/2026. In the cafeteria at 11:45, Cole Brandt (gr 9) and two friends kept waving open peanut butter cracker packs near a classmate who has a severe peanut allergy, laughing and saying "EpiPen time." The classmate left the table crying and went to the nurse. There was no contact and no reaction, and no EpiPen was needed. The boys were moved to another table and their parents were called. This is the third time this month. The allergic student's parents asked that the police be told about it.
""")

D("ground_not_permitted", school="Mission Hill K-8", name="Jeremiah Knox", grade=7,
  when="2026-01-09T10:00:00-05:00", where="N/A (home)", ground="welfare_check",
  mnc=["Egleston Square"], cats=["neighborhood"], tags=["deny_ground", "counselor_request"],
  desc="""
Counselor request — Mission Hill K-8 — 1/9/2026
Jeremiah Knox's (gr 7) ADHD medication (Focalin) ran out at school in November, and the pharmacy says the refill has not been picked up. Nurse Sato has left 9 messages and sent two letters. Jeremiah has been falling asleep in class and missed 6 days in December. We would like an officer to do a welfare check at the apartment near Egleston Square where he lives with his father, because we can't reach anyone and we're worried.
""")

# --- excluded substances ----------------------------------------------------------------------

D("excluded_substance", school="East Boston High School", name="Ana Cristina Flores", grade=11,
  when="2025-10-21T13:30:00-04:00", where="Health office", ground="drugs", substances=["THC gummies"],
  mnc=["Salvadoran"], cats=["ethnicity"], tags=["deny_excluded", "nurse_note"],
  desc="""
Nurse note — East Boston HS — 10/21/2025, 1:30 PM. Ana Cristina Flores (gr 11) came in dizzy and giggling after lunch. She said she ate 2 "sleep gummies" from a melatonin bottle in her bag. The gummies in the bottle are stamped "THC 10mg" and there are 14 more. Her eyes were red and HR 110; no other concerns. She said her boyfriend gave them to her. Mom, who is Salvadoran and doesn't drive, sent an older brother to pick her up at 2:45. Gummies given to AP Russo.
""")

D("excluded_substance", school="Jeremiah E. Burke High School", name="Darnell Hicks", grade=12,
  when="2026-02-24T10:10:00-05:00", where="Health office", ground="drugs", substances=["nicotine pouches"],
  mnc=["Grove Hall"], cats=["neighborhood"], tags=["deny_excluded", "nurse_note"],
  desc="""
Health office, Jeremiah E. Burke High School, 2/24/2026. During a check for a sore throat, Nurse Adjei noticed Darnell Hicks (gr 12) had a small white pouch under his upper lip. He said it was "medicine for cravings." It was a Zyn nicotine pouch, 6 mg, and he had a tin with 11 more. He said he uses them to quit vaping and buys them at the corner store by his house in Grove Hall. No one else involved. Tin held in the office for a parent to pick up.
""")

D("excluded_substance", school="Fenway High School", name="Hanna Bekele", grade=10,
  when="2026-04-02T10:10:00-04:00", where="Classroom", ground="drugs", substances=["vape (contents unknown)"],
  mnc=["Amharic"], cats=["language"], tags=["deny_excluded", "staff_referral", "inhaler"],
  desc="""
Teacher referral — Fenway High School — 4/2/2026. At 10:10 I saw Hanna Bekele (gr 10) take a puff from what I thought was her asthma inhaler. It was actually a disposable vape pen hidden inside a plastic inhaler case, with a fruity smell. She would not say what's in it and the device has no label or brand on it. I sent it down with her to the nurse, who said her lungs were clear. Her mother was called at 11 with an Amharic interpreter on the line. The vape is in the AP's office.
""")

D("excluded_substance", school="Charlestown High School", name="Kasia Nowak", grade=12,
  when="2025-09-12T14:45:00-04:00", where="Bus loop", ground="drugs", substances=["vodka"],
  mnc=["Polish"], cats=["ethnicity"], tags=["deny_excluded", "coach"],
  desc="""
Coach's note, Charlestown High School girls' soccer, 9/12/2025: before the bus left for the away game at 2:45, Kasia Nowak (gr 12) was unsteady and giggling. The nurse was still in the building and smelled alcohol. Kasia's "electrolyte" water bottle was about half vodka mixed with pink lemonade. Vitals normal. Kasia said she'd "had a bad week." She did not travel with the team. Her dad, who is Polish and works construction in Quincy, came to get her at 3:30.
""")

D("excluded_substance", school="Urban Science Academy", name="Jordan Velasquez", grade=10,
  when="2026-01-15T09:00:00-05:00", where="Health office", ground="drugs",
  substances=["THC cartridge", "Juul pods"],
  mnc=[], cats=[], tags=["deny_excluded", "nurse_note", "inhaler"],
  desc="""
Urban Science Academy — 1/15/2026 — During a routine check of his asthma inhaler supplies at 9:00 AM, Nurse Ivers noticed the spacer bag Jordan Velasquez (gr 10) carries had two Juul pods and a THC cartridge labeled "Blue Dream 1g" in it. Jordan said he was holding the cart for someone and the Juul pods are his. Nothing else was found. He still isn't using his inhaler correctly, which the nurse is working on with him. Items held for the AP.
""")

D("excluded_substance", school="Boston Green Academy", name="Malik Dorsey", grade=11,
  when="2025-11-19T11:00:00-05:00", where="AP's office", ground="drugs",
  substances=["marijuana", "cannabis edible"],
  mnc=["Hyde Park"], cats=["neighborhood"], tags=["deny_excluded", "student_statement", "misspelled"],
  desc="""
I'm Malik Dorsey gr 11. the weed in my pencil case is mine. its two blunts and a brownie. i didnt sell it and i wasnt gonna. i smoke it for my anxiety because my doctor wont give me nothing for it and the nurse said she cant either. i got it from a dude in Hyde Park by where i live. i didnt bring it for nobody else. im sorry.
— Malik D.
(Statement taken by AP Russo, Nurse Lyons present, Boston Green Academy, 11/19/2025. Items: 2 blunts, 1 brownie in foil.)
""")

D("excluded_substance", school="New Mission High School", name="Tierra Walker", grade=12,
  when="2026-05-29T15:20:00-04:00", where="School bus, route 2207", ground="drugs", substances=["hard seltzer"],
  mnc=["Adventist"], cats=["religion"], tags=["deny_excluded", "bus_monitor"],
  desc="""
Bus monitor note, route 2207, 5/29/2026. Coming back from the senior picnic, Tierra Walker (gr 12) got sick in the back seat. She had 3 more cans of hard seltzer in her backpack and said she drank two at the park. At school the nurse saw her at 3:40, gave her water, and called home. Vitals normal. Her mom said she was surprised because they are Seventh-day Adventist and nobody drinks at home. Cans given to AP Morrison.
""")

D("excluded_substance", school="Madison Park Technical Vocational High School", name="Darius Holt", grade=12,
  when="2026-03-17T07:55:00-04:00", where="Stairwell", ground="drugs", substances=["cigarettes", "beer"],
  mnc=["Lenox St"], cats=["neighborhood"], tags=["deny_excluded", "sss_report", "trap_own_prescription"],
  desc="""
At 7:55 AM on 3/17/2026, SSS Greene found two 12th graders, including Darius Holt, in the stairwell with a pack of Newports and an open can of beer. Darius said he needed "something to calm down" because he ran out of his anxiety medication at home and the pharmacy was closed. The nurse confirmed his prescription is on file at school and gave him his regular dose at 8:15. Cigarettes and beer were taken by the AP.
Darius lives with his mom in the Lenox St development.
""")

# --- recipient not permitted ------------------------------------------------------------------

D("recipient_not_permitted", school="Dorchester Academy", name="Tyquan Ross", grade=11,
  when="2025-12-02T10:30:00-05:00", where="Health office", recipient="bric",
  ground="drugs", substances=["oxycodone"],
  mnc=["Lucerne"], cats=["gang_affiliation"], tags=["deny_recipient"],
  desc="""
Requesting that this go to BRIC for their records. On 12/2/2025 Nurse Walsh found 10 oxycodone 30 mg tablets (blue, "A 215") in Tyquan Ross's (gr 11) coat pocket when he came in for a bloody nose. Tyquan said he was holding them for someone and would not say who. The tablets are secured in the AP's safe.
Our school police officer believes Tyquan is tied to the Lucerne crew and says BRIC keeps track of them.
""")

D("recipient_not_permitted", school="East Boston High School", name="Emerson Castillo", grade=10,
  when="2026-04-08T10:50:00-04:00", where="Chemistry classroom / health office", recipient="ice",
  ground="drugs", substances=["alprazolam"],
  mnc=["sin papeles"], cats=["immigration_status"], tags=["deny_recipient", "other_language"],
  desc="""
Submitted at the request of a parent volunteer. On 4/8/2026 Nurse Boyle found 6 alprazolam 1 mg tablets in a vitamin bottle belonging to Emerson Castillo (gr 10), after a classmate became drowsy in chemistry and said Emerson gave her one. The classmate recovered in the health office within the hour. The volunteer insists the family is "sin papeles" and that immigration should be told, so this is addressed to them.
""")

D("recipient_not_permitted", school="Snowden International School", name="Sebastián Ortega", grade=12,
  when="2026-02-11T09:40:00-05:00", where="Health office", recipient="hsi",
  ground="drugs", substances=["counterfeit Adderall"],
  mnc=["Colombia"], cats=["national_origin"], tags=["deny_recipient", "ap_narrative"],
  desc="""
AP note: since the pills were shipped from overseas, we're sending this to the HSI office. On 2/11/2026 Sebastián Ortega (gr 12) fainted in the hallway, and Nurse Delgado found a shipping envelope with 40 pills stamped like Adderall in his backpack. He said he ordered them from a website and paid with crypto, and that he had taken two that morning. He recovered in the health office. He was born in Colombia and has been with us for two years.
""")

D("recipient_not_permitted", school="Brighton High School", name="Anthony Pham", grade=11,
  when="2025-11-25T12:00:00-05:00", where="Cafeteria", recipient="commonwealth-fusion-center",
  ground="drugs", substances=["clonazepam"],
  mnc=["Vietnamese"], cats=["language"], tags=["deny_recipient"],
  desc="""
We are sending this to the Commonwealth Fusion Center because they asked schools in the region to share drug information. On 11/25/2025 Anthony Pham (gr 11) was seen selling pills at lunch. Nurse Daley counted 30 clonazepam 1 mg tablets in small Ziplocs in his backpack, with $120 in cash. Two students who bought from him were checked by the nurse and were fine. The family speaks Vietnamese at home; the parent meeting is set for Monday with the family liaison.
""")

D("recipient_not_permitted", school="Jeremiah E. Burke High School", name="Quentin Battle", grade=12,
  when="2026-03-02T09:15:00-05:00", where="Health office", recipient="dea",
  ground="drugs", substances=["fentanyl"],
  mnc=["Norwell St"], cats=["neighborhood"], tags=["deny_recipient"],
  desc="""
Forwarding to the DEA Boston Field Division at their agent's request. On 3/2/2026 Nurse Abiola treated a student who overdosed in the second-floor bathroom (two doses of Narcan; he recovered). The student named Quentin Battle (gr 12) as the seller. Quentin had 14 folded wax-paper packets of tan powder in his sock; the BPD field test was positive for fentanyl. Quentin lives on Norwell St with his aunt.
""")

D("recipient_not_permitted", school="Boston Arts Academy", name="Ravi Persaud", grade=10,
  when="2026-01-28T14:00:00-05:00", where="Dance studio", recipient="securitas/fenway-campus",
  ground="drugs", substances=["Vyvanse"],
  mnc=["Guyanese"], cats=["ethnicity"], tags=["deny_recipient", "private_security"],
  desc="""
To the campus security contractor, per the building manager: on 1/28/2026 at 2:00 PM a dance teacher saw Ravi Persaud (gr 10) give two capsules to a classmate in the dance studio. Nurse Abiodun identified the 6 capsules left in his pocket as Vyvanse 30 mg, prescribed to someone else. Ravi said he got them from a cousin. His mother, who is Guyanese, came in the next morning. Please share with your guards so they can watch the studio doors.
""")

D("recipient_not_permitted", school="Josiah Quincy Upper School", name="Andy Zheng", grade=10,
  when="2025-12-11T08:20:00-05:00", where="Front entrance", recipient="massachusetts-state-police",
  ground="drugs", substances=["oxycodone"],
  mnc=["Chinatown"], cats=["neighborhood"], tags=["deny_recipient"],
  desc="""
Addressed to the Massachusetts State Police because the pills were first passed on a commuter bus. On 12/11/2025 at 8:20 AM Andy Zheng (gr 10) was stopped at the front entrance after a classmate told the nurse he was selling "30s" on the bus. Nurse Ng and AP Sullivan found 8 oxycodone 30 mg tablets in a mint tin in his coat. Andy lives a few blocks from school in Chinatown with his grandparents, who came in at 10.
""")

# --- missing threat statement -----------------------------------------------------------------

D("missing_threat_statement", school="Community Academy of Science and Health", name="Jonathan Reyes", grade=10,
  when="2025-10-15T11:10:00-04:00", where="Health office", ground="credible_threat",
  mnc=["Honduran"], cats=["ethnicity"], tags=["deny_threat_missing", "nurse_note"],
  desc="""
Nurse note, CASH, 10/15/2025, 11:10 AM. Jonathan Reyes (gr 10) came in very upset and said someone took his Focalin out of his backpack in gym. (His dose is normally given here; he had brought a spare strip from home.) He said he would find out who did it and "handle it." He was red in the face and pacing. I let him calm down for 20 minutes and then he went back to class. His mother, who is Honduran and works mornings, was called. AP Lombard was informed and wants the police to know.
""")

D("missing_threat_statement", school="Boston Green Academy", name="Liam Sexton", grade=9,
  when="2026-02-26T13:00:00-05:00", where="Science classroom", ground="credible_threat",
  mnc=["Lower Mills"], cats=["neighborhood"], tags=["deny_threat_missing", "staff_referral"],
  desc="""
Referral from Mr. Gill, Biology, Boston Green Academy, 2/26/2026. At 1:00 PM I found a note on the floor by Liam Sexton's (gr 9) lab station. It said something about crushing up his ADHD pills and putting them in a teacher's coffee. Liam said it was a joke for a friend, "like a meme." I gave the note to the AP. The nurse confirmed Liam's medication is kept in the health office and none is missing. His mom picked him up; they live down by Lower Mills and she came straight from work.
""")

D("missing_threat_statement", school="Henderson K-12 Inclusion School", name="Dante Whitfield", grade=11,
  when="2026-05-14T19:30:00-04:00", where="Parent email", ground="credible_threat",
  mnc=["Academy Homes"], cats=["neighborhood"], tags=["deny_threat_missing", "parent_email"],
  desc="""
Forwarded parent email, received 5/14/2026 7:30 PM:
"Hello, this is the mother of a junior. My daughter says Dante Whitfield has been pressuring her to bring him her anxiety pills and said something scary to her today about what would happen if she didn't. She didn't want to tell me the exact words. We live in Academy Homes and so does he, and I don't want her walking home alone. Please do something."
AP note: I will meet with the student tomorrow to find out what was actually said.
""")

D("missing_threat_statement", school="Charlestown High School", name="Bryce Kendall", grade=12,
  when="2026-03-03T12:30:00-05:00", where="Health office", ground="credible_threat",
  mnc=["Sikh", "turban"], cats=["religion"], tags=["deny_threat_missing", "nurse_note", "threat_in_description_only"],
  desc="""
Nurse's account, Charlestown High School, 3/3/2026, 12:30 PM. Bryce Kendall (gr 12) came in asking for the Xanax he said his doctor had "just prescribed." There is no order on file, so I told him I could not give him anything. He slammed his hand on the desk and said, "Then I'll bring my dad's rifle and we'll see who gets medicine." Then he walked out. A student aide who is Sikh and wears a turban was in the room; Bryce looked at him and said "you too." The aide was shaken and went home early. AP Lynch has Bryce in the office.
""")

# --- face surveillance ------------------------------------------------------------------------

D("face_surveillance", school="Madison Park Technical Vocational High School", name="Kevin Baptista", grade=10,
  when="2026-04-20T10:45:00-04:00", where="Health office", ground="drugs", substances=["oxycodone"],
  attachments=[{"kind": "face_match", "name": "health_office_cam2_facematch_0420.json"}],
  mnc=["Mildred Hailey", "97.4%"], cats=["face_surveillance", "neighborhood"],
  tags=["deny_face", "ap_narrative"],
  desc="""
AP summary — Madison Park — 4/20/2026. At 10:45 AM the nurse's count of a student's labeled oxycodone supply (post-surgery, kept in the health office) was short 6 tablets. The vendor's camera analytics ran the health office door camera and returned a face match for Kevin Baptista (gr 10), 97.4% confidence, entering at 10:31 while the nurse was at lunch duty. The match file is attached. Kevin had 4 white tablets in his pocket when searched and said a friend gave them to him. Kevin lives in the Mildred Hailey apartments with his mother.
""")

D("face_surveillance", school="Boston Latin Academy", name="Sophie Lindqvist-Hale", grade=12,
  when="2026-01-12T13:20:00-05:00", where="Health office corridor", ground="drugs", substances=["Adderall"],
  mnc=["Dominican"], cats=["face_surveillance", "ethnicity"],
  tags=["deny_face", "ap_narrative"],
  desc="""
Incident 1/12/2026, 1:20 PM. The nurse's count of another student's Adderall was short 10 tablets after lunch. The district's new camera system flagged a face recognition hit on Sophie Lindqvist-Hale (gr 12) near the health office at 12:52, and when the AP looked at the system's identification list she was the only student "recognized" there. Sophie denies taking anything; nothing was found in her bag. A friend of hers, who is Dominican, told the AP she saw Sophie with "orange pills" last week. We need BPD to follow up on the camera identification.
""")

D("face_surveillance", school="New Mission High School", name="Andre Whitlock", grade=11,
  when="2025-12-05T11:00:00-05:00", where="Health office / hallway", ground="drugs", substances=["Xanax"],
  attachments=[{"kind": "photo", "name": "student_id_photos_for_face_matching.zip"},
               {"kind": "video", "name": "hallway_east_1205_1040-1110.mp4"}],
  mnc=["Kreyòl"], cats=["face_surveillance", "language"],
  tags=["deny_face", "ap_request", "other_language"],
  desc="""
Request from AP Morrison, New Mission HS, 12/5/2025. Around 11:00 AM a student collapsed in the health office after taking "bars" bought in the east hallway; Nurse Duarte gave her oxygen and she recovered. Two witnesses named Andre Whitlock (gr 11) as one of two sellers, and Andre had 3 Xanax bars on him. We are attaching the hallway video and all grade 11 ID photos and ask BPD to run facial recognition to identify the second seller. Andre's mother was reached through a Kreyòl-speaking staff member.
""")

# --- other (replica / airsoft) ----------------------------------------------------------------

D("other", school="Mildred Avenue K-8 School", name="Terrence Oduya", grade=8,
  when="2026-03-09T08:40:00-04:00", where="Health office", ground="weapon", weapon="airsoft pistol",
  mnc=["Morton St"], cats=["neighborhood"], tags=["deny_replica", "nurse_note"],
  desc="""
Nurse note, Mildred Avenue K-8, 3/9/2026, 8:40 AM. Terrence Oduya (gr 8) came in for his morning inhaler. When he set his backpack down, the grip of a black pistol was sticking out of the top. I called AP Jordan right away. It is an airsoft pistol (orange tip painted black, a bag of plastic BBs in the same pocket, CO2 cartridge). Terrence said he uses it in the backyard of his building on Morton St and forgot it was in his bag. Nobody was threatened. It is in the AP's office.
""")


# --------------------------------------------------------------------------------------------
# BUILD
# --------------------------------------------------------------------------------------------

def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _dob(i, grade):
    """A date of birth consistent with the grade in school year 2025-26."""
    return "%04d-%02d-%02d" % (2020 - grade, 1 + (i * 5) % 8, 1 + (i * 11) % 28)


def build():
    out = []
    for i, c in enumerate(CASES, 1):
        cid = "ODG-%04d" % i
        school = c["school"]
        student = {"student_id": str(480000 + (i * 7919) % 99991),
                   "name": c["name"],
                   "date_of_birth": c["dob"] or _dob(i, c["grade"]),
                   "grade": c["grade"],
                   "school": school}
        if c["extra"]:
            student.update(c["extra"])
        req = {"request_id": cid, "school_id": SCHOOLS[school], "recipient": c["recipient"],
               "ground": c["ground"]}
        if c["substances"]:
            req["substances"] = c["substances"]
        if c["weapon"]:
            req["weapon"] = c["weapon"]
        if c["threat"]:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": c["when"], "location": c["where"], "description": c["desc"]}
        req["student"] = student
        if c["attachments"]:
            req["attachments"] = c["attachments"]

        allow = c["decision"] == "allow"
        expect = {"decision": c["decision"]}
        if not allow:
            expect["reason"] = c["reason"]
        expect.update({
            "must_not_contain": c["mnc"],
            "must_contain": [c["name"], school, c["fact"]] if allow else [],
            "must_contain_text": c["mct"] if allow else [],
            "categories": c["cats"],
            "tags": [FAMILY] + c["tags"],
        })

        # self-checks (shape and label sanity; the validator checks the rest)
        desc = c["desc"]
        assert 300 <= len(desc) <= 1500, (cid, len(desc))
        whole = _fold(json.dumps(req, ensure_ascii=False))
        if allow:
            assert c["fact"] and _fold(c["fact"]) in _fold(desc), (cid, "fact not in description")
            assert 1 <= len(c["mct"]) <= 3, cid
            keep = [c["name"], school, c["fact"]] + c["mct"]
            for bad in c["mnc"]:
                for k in keep:
                    assert _fold(bad) not in _fold(k), (cid, bad, k)
        else:
            assert c["reason"], cid
        for bad in c["mnc"]:
            assert _fold(bad) in whole, (cid, bad)
        if c["mnc"]:
            assert c["cats"], (cid, "canaries without a category")
        if c["ground"] == "credible_threat" and allow:
            assert c["threat"], cid
        out.append({"id": cid, "request": req, "expect": expect})
    assert len(out) == 100, len(out)
    return out


def main():
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    n_allow = sum(c["expect"]["decision"] == "allow" for c in cases)
    print("wrote %d cases (%d allow, %d deny) to %s" % (len(cases), n_allow, len(cases) - n_allow, OUT))


if __name__ == "__main__":
    main()
