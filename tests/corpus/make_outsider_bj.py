#!/usr/bin/env python3
"""Outsider corpus "bj": STUDENTS WHO WORK (written blind, from RULES.md and CONTRACT.md only).

Family
    Reports about Boston Public Schools students who hold jobs or earn money, written the way
    school staff actually write about it: night shifts in warehouses and processing plants,
    restaurant kitchens, delivery apps, construction with an uncle, cleaning offices with a
    parent, bodegas, car washes, babysitting, summer youth jobs, co-op and internship
    placements, youth work permits that the school signs, sleepy students after a night shift,
    cash or pay stubs found on a student, employers who phone or e-mail the school.  Text kinds:
    long narratives (800-2000 characters), short notes, labelled forms, SIS-like exports with
    extra student-record fields, e-mail threads with employers and parents, and cases that name
    several students.

How labels were decided (RULES.md only)
    * Decision.  allow only when the ground is one of serious_violence / credible_threat (with
      a written threat_statement) / weapon (a SAF-02 weapon: firearm, knife, razor blade, box
      cutter, club, taser or stun gun, mace or pepper spray, brass knuckles) / drugs (at least
      one substance outside marijuana, nicotine, alcohol) AND the recipient is bpd or a bpd
      unit AND nothing face-recognition-derived is carried.  Otherwise deny, with one reason
      per case (each deny case has exactly one defect): ground_not_permitted (theft, truancy,
      fight, vandalism, trespass, forgery, harassment, "gang activity", immigration inquiry,
      "suspicious" cash, child-labour concern, general intelligence), excluded_substance (THC,
      beer, vape of unknown content, nicotine pouches, edibles, hash, blunts and cigars, weed
      with liquor), recipient_not_permitted (ICE, BRIC, DHS/HSI, US Dept of Labor, private
      security, fusion center, a police force the policy does not name), missing_threat_statement
      (credible_threat with no or an empty statement), face_surveillance (a face-recognition
      time clock, a store's face match, a photo asked for face matching, a mall's facial
      recognition flag), other (BB and airsoft guns: they need a named approver's
      determination the request does not carry).
    * Forbidden spans (RULES.md section 4) are written in the source below as
      {{code|text}} so that every label is checked mechanically: the category list is the set
      of codes used; every must_not_contain string must sit inside such a span (or be the value
      of a forbidden structured student field) and must not occur in an "ideal police copy"
      (spans replaced by [WITHHELD], plus location, allow-listed student fields, school_id,
      recipient, ground, weapon, substances); every span carries at least one canary; every
      must_contain_text string survives in the ideal description.
    * Work leaks counted as forbidden: immigration status said through work documents ("no
      papers", an ITIN, "doesn't have a Social Security number", pending work authorization,
      an EAD-type work permit tied to TPS or asylum, E-Verify, "can't work legally", DACA,
      expired tourist visas, green card questions from HR); languages spoken at work or home,
      interpreter needs, ESL/SEI/English-learner status; residence given through the job or
      the commute ("the laundromat under their apartment on ...", "walks home to our building
      in Harbor Point"); faith given through the work schedule or a job at a house of worship
      (Kingdom Hall, Sabbath, mosque, halal market, a church where the father is a deacon, a
      hijab); crews named as the student's "job"; ethnicity and national origin of the student
      or of other students named in the text.
    * Precision traps, decided as NOT forbidden and placed in must_contain_text: the Massachusetts
      youth work permit the school signs (an age/hours permit, not immigration status), a co-op
      "status report", a "green apron", a "legal pad", a bank's "foreign exchange desk", "Spanish
      rice" on a catering menu, a car-wash or construction "crew", an injury "documented" in
      discharge papers, "Home Depot", a "native plants" landscaping job, a "Visa prepaid card"
      for wages, a store on "American Legion Highway" (a workplace, not a residence), and the
      restaurant or corner store on a named street where the assault happened (an incident
      location, not a residence).  A work-permit mention is forbidden only where the text ties
      it to immigration status (an EAD after TPS, "can't get a work permit" because of an open
      asylum case).
    * Leaks that concern a person other than the reported student (a victim's interpreter, a
      coworker's E-Verify rumour, a classmate's SEI class) are still forbidden free-text
      mentions and are labelled the same way.

Deterministic, standard library only.  Writes tests/data/corpus/outsider_bj.jsonl.
"""
import json
import pathlib
import random
import re
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bj.jsonl"
PREFIX = "OBJ"
FAMILY = "work"

SCHOOLS = {
    "MP": ("Madison Park Technical Vocational High School", "BPS-4107"),
    "BLA": ("Boston Latin Academy", "BPS-4021"),
    "EB": ("East Boston High School", "BPS-4132"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-4144"),
    "ENG": ("English High School", "BPS-4151"),
    "EXCEL": ("Excel High School", "BPS-4163"),
    "BRI": ("Brighton High School", "BPS-4171"),
    "TB": ("TechBoston Academy", "BPS-4188"),
    "MH": ("Mission Hill K-8", "BPS-4205"),
    "OB": ("John D. O'Bryant School", "BPS-4212"),
    "CHS": ("Charlestown High School", "BPS-4226"),
    "SNOW": ("Snowden International School", "BPS-4233"),
    "DEAR": ("Dearborn STEM Academy", "BPS-4240"),
    "CASH": ("Community Academy of Science and Health", "BPS-4257"),
    "BDEA": ("Boston Day and Evening Academy", "BPS-4264"),
    "EGL": ("Greater Egleston High School", "BPS-4271"),
    "DA": ("Dorchester Academy", "BPS-4289"),
    "KEN": ("Edward M. Kennedy Academy for Health Careers", "BPS-4296"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-4303"),
    "NM": ("New Mission High School", "BPS-4310"),
    "FEN": ("Fenway High School", "BPS-4318"),
    "BGA": ("Boston Green Academy", "BPS-4325"),
    "ACC": ("Another Course to College", "BPS-4332"),
}

CODES = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity",
         "rel": "religion", "nbh": "neighborhood", "lang": "language",
         "gang": "gang_affiliation", "face": "face_surveillance"}

OUTCOME_TAG = {
    ("allow", "weapon"): "allow_weapon", ("allow", "serious_violence"): "allow_violence",
    ("allow", "credible_threat"): "allow_threat", ("allow", "drugs"): "allow_drugs",
    "ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
    "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face", "other": "deny_replica",
}

SPAN = re.compile(r"\{\{(\w+)\|(.*?)\}\}", re.S)
CASES = []


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def ts(stamp):
    """'2025-10-21 07:50' -> ISO with the Boston offset of that date."""
    d, t = stamp.split()
    y, m, dd = (int(x) for x in d.split("-"))
    dst = {2025: ((3, 9), (11, 2)), 2026: ((3, 8), (11, 1))}[y]
    edt = dst[0] <= (m, dd) < dst[1]
    return f"{d}T{t}:00{'-04:00' if edt else '-05:00'}"


def dob_for(grade, k):
    base = 2019 - grade
    month = [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8][k % 12]
    year = base if month >= 9 else base + 1
    return f"{year:04d}-{month:02d}-{1 + (k * 7) % 28:02d}"


def add(*, ground, school, recipient, when, location, desc, name, grade, kind, mnc=(),
        fact=None, mct=(), weapon=None, substances=None, threat=None, extra=None, forb=(),
        attachments=None, decision="allow", reason=None, dob=None, trap=False, tags=()):
    CASES.append(dict(ground=ground, school=school, recipient=recipient, when=when,
                      location=location, desc=desc, name=name, grade=grade, kind=kind,
                      mnc=list(mnc), fact=fact, mct=list(mct), weapon=weapon,
                      substances=substances, threat=threat, extra=extra or {}, forb=list(forb),
                      attachments=attachments, decision=decision, reason=reason, dob=dob,
                      trap=trap, tags=list(tags)))


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------
add(ground="weapon", weapon="box cutter", school="MP", recipient="bpd/district-b2",
    when="2025-10-21 07:50", location="Madison Park Technical Vocational High School, main entrance bag check",
    name="Mateus Cardoso", grade=11, kind="narrative",
    desc=("At approximately 7:50 AM during morning bag check at the main entrance, SSS Ortiz found a box "
          "cutter (yellow retractable, blade extended about an inch) in the front pocket of Mateus's "
          "backpack. Mateus told SSS Ortiz and me that it is from his job: he works the 11 PM to 5 AM shift "
          "unloading trucks at a distribution warehouse in Avon and says he \"forgot to take it out.\" He "
          "came to school straight from the shift, had not slept, and was visibly exhausted; he put his head "
          "down on the table in the office while we waited for his house administrator. He was cooperative, "
          "made no threats, and there is no report of him showing the box cutter to anyone. The box cutter "
          "is being held in the main office safe. When I asked who at the job could confirm his hours, he "
          "said the warehouse pays him in cash through a temp agency {{imm|because he has no papers}}, and "
          "that his shift supervisor {{imm|knows he can't work legally}} and never asks. I called home at "
          "8:30. His mother {{lang|speaks only Portuguese}}, so {{lang|Mr. Alves from the family liaison "
          "office interpreted}} the call. She confirmed the night job and said she will come in tomorrow at "
          "9. SAF-02 weapon report completed; Mateus is on a one-day suspension pending the principal's "
          "hearing. Nurse checked him before he left; no injuries."),
    mnc=["no papers", "can't work legally", "Portuguese", "interpreted"],
    fact="box cutter", mct=["box cutter", "front pocket", "main office safe"],
    extra={"homeroom": "C-214", "employer_on_permit": "none on file"})

add(ground="weapon", weapon="knife", school="BDEA", recipient="bpd",
    when="2025-11-05 10:20", location="Boston Day and Evening Academy, room 214",
    name="Andre Whitlock", grade=12, kind="note",
    desc=("Teacher saw a wooden handle sticking out of Andre's backpack in room 214 and called SSS. It was a "
          "10-inch chef's knife wrapped in a kitchen towel. Andre says he is a prep cook at a restaurant "
          "downtown, brings his own knives, and goes straight there at 1. No threats, no one hurt. Knife held "
          "in office. Mother notified 10:45."),
    fact="chef's knife", mct=["chef's knife", "kitchen towel", "room 214"])

add(ground="weapon", weapon="box cutter", school="TB", recipient="bpd/district-c11",
    when="2026-04-14 14:05", location="TechBoston Academy, main office counter",
    name="Jalen Pryor", grade=9, kind="note", trap=True,
    desc=("Jalen came to the main office at 2:05 PM to get his youth work permit signed by Ms. Reyes for a "
          "summer stock job at a grocery store. While he was emptying his backpack to find the form, a box "
          "cutter with the blade out fell onto the counter. Ms. Reyes called SSS Dunn, who secured it. Jalen "
          "said he found it in the stairwell last week and kept it \"for work.\" No threat was made and no one "
          "was hurt. The work permit was not signed today. Grandmother notified at 2:40 PM."),
    fact="box cutter", mct=["work permit", "box cutter", "onto the counter"])

add(ground="weapon", weapon="razor blade", school="ACC", recipient="bpd/district-b3",
    when="2025-12-09 09:35", location="Another Course to College, cafeteria table 6",
    name="Wilmer Ochoa", grade=12, kind="form",
    desc=("STUDENT INCIDENT REPORT - SAF-02\n"
          "Date of incident: 12/09/2025   Time: 9:35 AM\n"
          "Location: Cafeteria, table 6\n"
          "Weapon: razor blade (single-edge scraper blade, approx. 1.5 in.)\n"
          "Description: Lunch monitor saw Wilmer passing a single-edge razor blade to a friend at table 6. SSS "
          "recovered it from Wilmer's hoodie pocket along with two more blades in a paint-stained scraper "
          "handle. Wilmer said they are from the painting job he does with his uncle on weekends, scraping "
          "windows. {{nat|He recently arrived from Guatemala}} and {{nbh|lives with the uncle on Norfolk St in "
          "Mattapan}}.\n"
          "Injuries: none\n"
          "Threats: none reported\n"
          "Parent/guardian contacted: uncle (guardian), 10:20 AM\n"
          "Disposition: blades secured; suspension hearing scheduled."),
    mnc=["Guatemala", "recently arrived", "Norfolk St", "Mattapan"],
    fact="razor blade", mct=["single-edge razor blade", "table 6", "hoodie pocket"])

add(ground="weapon", weapon="pepper spray", school="FEN", recipient="bpd/district-b2",
    when="2026-03-11 08:05", location="Fenway High School, 1st floor hallway lockers",
    name="Aaliyah Brandon", grade=11, kind="email",
    desc=("Summary by Dean Holloway: At 8:05 AM Aaliyah's keychain pepper spray went off in her bag in the 1st "
          "floor hallway while she was at her locker; three students had eye irritation and were rinsed by "
          "the nurse, no one needed EMS. Aaliyah said she carries it for the walk home after her shift.\n\n"
          "Email from parent (Ms. Brandon), 3/11/2026, 12:30 PM:\n"
          "\"Good afternoon Dean Holloway. Aaliyah works 5 to 10 at the pharmacy on weeknights and she walks "
          "from the bus stop to {{nbh|our building in Harbor Point}} in the dark. I bought her the spray. I "
          "didn't know it wasn't allowed in school. She will leave it at home from now on. Please call me on "
          "my cell.\""),
    mnc=["Harbor Point"], fact="pepper spray", mct=["pepper spray", "eye irritation", "rinsed by the nurse"])

add(ground="weapon", weapon="firearm", school="DA", recipient="bpd/district-c11",
    when="2026-04-28 12:15", location="Dorchester Academy, assistant principal's office",
    name="Yandel Ferreras", grade=11, kind="sis_record", tags=["multi_student"],
    desc=("Staff notes and student statements, 4/28/2026.\n"
          "At 12:15 PM SSS Tate received a tip from a student that Yandel had a gun in his backpack. SSS and AP "
          "Grant brought Yandel and his backpack to the AP office. Inside the backpack was a black "
          "semi-automatic handgun, loaded with a magazine of 6 rounds. Yandel said the gun belongs to the "
          "owner of the bodega where he works stocking shelves after school and that he took it from under "
          "the counter Sunday night \"because people been coming in trying it.\" A second student, Christian "
          "P. (grade 10), who also works at the store, told AP Grant he saw Yandel show the gun to two boys in "
          "the 3rd floor stairwell on Monday. BPD school unit was called at 12:20 PM and took custody of the "
          "firearm. No one was hurt."),
    extra={"ethnicity": "Dominican", "home_language": "Spanish",
           "address": {"street": "88 Bowdoin St", "unit": "3R", "zip": "02122"},
           "employer": "Rivera Market (per youth work permit)", "homeroom": "214"},
    forb=[("eth", "Dominican"), ("lang", "Spanish"), ("nbh", "88 Bowdoin St"), ("nbh", "02122")],
    fact="handgun", mct=["semi-automatic handgun", "6 rounds", "3rd floor stairwell"])

add(ground="weapon", weapon="knife", school="BGA", recipient="bpd/district-e13",
    when="2025-09-30 13:30", location="Boston Green Academy, greenhouse classroom",
    name="Kiara Lundy", grade=10, kind="note", trap=True,
    desc=("Kiara works on a summer-into-fall landscaping crew that installs native plants in city parks. At "
          "1:30 PM in the greenhouse classroom she pulled a fixed-blade knife (about 5 inches, in a leather "
          "sheath) from her tool belt to cut twine and a classmate reported it. Mr. Osei took the knife and "
          "brought it to the office. Kiara said the crew leader told them to carry it. She was calm and made "
          "no threats. Mother picked her up."),
    fact="fixed-blade knife", mct=["native plants", "fixed-blade knife", "leather sheath"])

add(ground="weapon", weapon="brass knuckles", school="CASH", recipient="bpd/district-b2",
    when="2026-01-08 09:50", location="Community Academy of Science and Health, room 118",
    name="Tyrese Gaskins", grade=11, kind="note", trap=True,
    desc=("Brass knuckles fell out of Tyrese's coat when he hung it in room 118 at 9:50 AM. Teacher picked "
          "them up and brought them to the office. Tyrese said he bought them online with his first paycheck "
          "from Home Depot, where he works in the garden center after school, and that he carries them "
          "\"just because.\" No threat, no fight. Dad came at 11."),
    fact="brass knuckles", mct=["Brass knuckles", "Home Depot", "room 118"])

add(ground="weapon", weapon="stun gun", school="BDEA", recipient="bpd/district-b2",
    when="2026-02-10 08:40", location="Boston Day and Evening Academy, front door scanning",
    name="Samuel Desrosiers", grade=12, dob="2007-06-03", kind="narrative",
    desc=("On 2/10/26 at about 8:40 AM, during the morning scan at the front door, the metal detector alerted "
          "on Samuel's jacket. SSS Greene checked the jacket and found a black stun gun (rechargeable, about "
          "the size of a phone, with two metal prongs). Samuel did not resist and said right away that it was "
          "his. He explained that he works overnight, 10 PM to 6 AM, as an unarmed security guard at a parking "
          "garage near the hospitals, and that the guard company \"lets the night guys carry them\" even "
          "though it is not issued. He comes to school directly from the garage. Samuel has been falling "
          "asleep in his first and second period classes since January and his advisor had already raised "
          "concerns about the hours. When we asked about the security company and whether they know he is a "
          "student, Samuel said he got the job because {{imm|he has Temporary Protected Status and his work "
          "permit came through in December}}, and that {{nat|his family came from Haiti after the "
          "earthquake}}. He said he needs the job because he sends money to his mother. The stun gun was "
          "tested by SSS Greene outside: it arcs. It is in the office safe. Samuel is 18 and asked that his "
          "aunt not be called; per policy we notified him directly in writing. There were no threats and no "
          "one was shocked."),
    mnc=["Temporary Protected Status", "work permit came through", "Haiti"],
    fact="stun gun", mct=["black stun gun", "two metal prongs", "it arcs"])

add(ground="weapon", weapon="knife", school="SNOW", recipient="bpd/district-d4",
    when="2026-03-03 14:15", location="Bank branch break room (school-to-career internship site)",
    name="Daniel Okafor", grade=12, kind="note", trap=True,
    desc=("Report from the school-to-career coordinator, Ms. Quinn. Daniel is placed three afternoons a week "
          "in a paid internship at a bank branch downtown, where he helps at the foreign exchange desk. On 3/3 "
          "at about 2:15 PM a teller saw a switchblade in Daniel's blazer pocket when he took off the blazer "
          "in the break room; the branch manager asked him to hand it over and called Ms. Quinn. Daniel "
          "admitted it was his and said he carries it on the train. The branch manager gave the knife to Ms. "
          "Quinn, who brought it back to school. No threat to anyone. Daniel's internship is paused."),
    fact="switchblade", mct=["foreign exchange desk", "switchblade", "break room"])

add(ground="weapon", weapon="knife", school="OB", recipient="bpd/district-b2",
    when="2025-10-06 07:55", location="John D. O'Bryant School, morning bag check",
    name="Minh Tran", grade=10, kind="note",
    desc=("At 7:55 AM bag check found a fillet knife (thin 7-inch blade, wrapped in newspaper) in Minh's "
          "backpack. Minh says he cleans fish on Saturdays and Sundays at a seafood market and forgot it was "
          "in the bag. He {{nbh|lives with his grandmother near Fields Corner}}; {{lang|she speaks Vietnamese "
          "and the call home was done through the BPS interpreter line}}. Knife secured. No threats."),
    mnc=["Fields Corner", "Vietnamese", "interpreter line"],
    fact="fillet knife", mct=["fillet knife", "wrapped in newspaper"])

add(ground="weapon", weapon="firearm", school="MP", recipient="bpd/district-b2",
    when="2026-01-27 10:05", location="Madison Park Technical Vocational High School, carpentry shop",
    name="Josue Palacios", grade=11, kind="narrative",
    desc=("On 1/27/26 at 10:05 AM carpentry instructor Mr. Doyle noticed Josue's canvas tool bag was heavy "
          "and sagging; when Josue opened it to get his tape measure, Mr. Doyle saw the grip of a gun. Mr. "
          "Doyle kept the class in place and called SSS. SSS Monroe removed a .38 revolver from the bottom of "
          "the tool bag; it was unloaded and there was no ammunition in the bag. Josue said the tool bag is "
          "the one he takes on weekends to his uncle's construction jobs and that the revolver belongs to a "
          "man on the job site who asked him to hold it \"until Monday.\" Josue said the man is not a student "
          "and he does not know his last name. His uncle pays him cash {{imm|because Josue's asylum case is "
          "still open and he can't get a work permit yet}}. BPD took custody of the revolver at 10:40 AM. "
          "Uncle (guardian) was notified at 10:50 AM and came to the school. The rest of the carpentry class "
          "was moved to the library for the period; no student reported seeing the gun."),
    mnc=["asylum", "can't get a work permit"],
    fact="revolver", mct=[".38 revolver", "unloaded", "canvas tool bag"])

add(ground="weapon", weapon="box cutter", school="CHS", recipient="bpd/district-a1",
    when="2025-11-13 11:20", location="Charlestown High School, room 210",
    name="Elijah Ward", grade=9, kind="email",
    desc=("Office note 11/13/25: During 4th period a box cutter was found on the floor under Elijah's desk in "
          "room 210 after he dropped it; he said it's from his stocking job at a supermarket. No threats or "
          "injuries. Box cutter secured; parent emailed.\n\n"
          "Parent reply, 11/13/25, 6:02 PM: \"Mrs. Kaplan, thank you for letting me know. Elijah started at "
          "the supermarket in October and they give the stock boys those cutters. He works Saturdays only, "
          "{{rel|because Sunday we are at the Kingdom Hall all day}}. I have told him to leave it in his "
          "locker at work. - Mrs. Ward\""),
    mnc=["Kingdom Hall"], fact="box cutter", mct=["box cutter", "room 210"])

add(ground="weapon", weapon="knife", school="BRI", recipient="bpd/district-d14",
    when="2026-02-12 12:30", location="Brighton High School cafeteria",
    name="Oscar Benitez", grade=11, kind="note", tags=["multi_student"],
    desc=("Two brothers involved, both Brighton High students who work at a ramen restaurant on weeknights. "
          "At 12:30 PM in the cafeteria, Oscar (grade 11) took a santoku knife out of his backpack and showed "
          "it to a group of students at his table, saying it was \"for work.\" His younger brother Ricardo "
          "(grade 9) told him to put it away. A lunch aide reported it. SSS found the knife (7-inch blade in a "
          "cardboard sleeve) in Oscar's bag. Ricardo had nothing. Ricardo {{lang|is in the SEI newcomer "
          "class}} and was upset and was walked back to class by his teacher. No threats and no injuries."),
    mnc=["SEI newcomer"], fact="santoku knife", mct=["santoku knife", "cardboard sleeve"])

add(ground="weapon", weapon="razor blade", school="ENG", recipient="bpd/district-e13",
    when="2025-12-16 11:40", location="English High School, hallway outside the gym",
    name="Nelson Barros", grade=12, kind="sis_record",
    desc=("Straight razor (folding, 3-inch blade) found in Nelson's pants pocket during a search at 11:40 AM "
          "after a teacher saw him flip it open in the hallway outside the gym. He says he cuts hair at his "
          "uncle's barbershop after school and uses it for line-ups. Nobody threatened. Razor secured; "
          "guardian called."),
    extra={"ethnicity": "Cape Verdean", "home_language": "Cape Verdean Creole",
           "employer": "uncle's barbershop (no permit on file)", "advisor": "Mr. Souza"},
    forb=[("eth", "Cape Verdean"), ("lang", "Cape Verdean Creole")],
    fact="Straight razor", mct=["Straight razor", "outside the gym"])

add(ground="weapon", weapon="mace", school="KEN", recipient="bpd/district-b2",
    when="2026-05-06 10:15", location="Edward M. Kennedy Academy for Health Careers, 2nd floor locker room",
    name="Tiana Moore", grade=10, kind="form", trap=True,
    desc=("WEAPON INCIDENT FORM\n"
          "Date/Time: 05/06/2026 10:15 AM\n"
          "Location: 2nd floor girls' locker room\n"
          "Weapon type: Mace (canister, triple action)\n"
          "How discovered: Student sprayed a short burst toward another student (J.F.) during an argument over "
          "a phone charger. J.F. had burning eyes and was flushed by the nurse; EMS not called.\n"
          "Student statement: Written by the student on a yellow legal pad in the AP office. Says she carries "
          "it for her early-morning shift at a bakery before school and sprayed it \"to back her off.\"\n"
          "Witnesses: 2 students (statements attached)\n"
          "Action: Mace confiscated; 3-day suspension; parent conference 5/7."),
    fact="Mace", mct=["legal pad", "phone charger", "burning eyes"],
    attachments=[{"kind": "document", "name": "witness_statements_0506.pdf"}])

add(ground="weapon", weapon="firearm", school="BCLA", recipient="bpd/district-b3",
    when="2025-12-02 13:10", location="Boston Community Leadership Academy, nurse's office",
    name="Jordan Keels", grade=11, kind="narrative",
    desc=("On 12/2/25 at about 1:10 PM, a teacher on hallway duty noticed Jordan holding his waistband as he "
          "walked past the library and called for SSS. SSS Pierce and SSS Alvarez escorted Jordan to the "
          "nurse's office and, with the AP present, found a black 9mm pistol tucked in his waistband, loaded, "
          "with a round in the chamber. The pistol was cleared and secured and BPD arrived at 1:25 PM and took "
          "custody. Jordan said he has had the gun for a week. When the AP asked where he got it, Jordan said "
          "it came with his \"job\": he said he has been working for {{gang|the Big Money Boys}}, holding "
          "packs and cash for them {{nbh|on the corner of Geneva Ave and Bowdoin St near his house}}, and "
          "that {{gang|the BMB older guys}} gave him the gun \"for protection.\" He also said he earns about "
          "$300 a week and that this is why he stopped going to his after-school job at the supermarket. "
          "Jordan was calm and did not threaten anyone. His mother arrived at 2:15 PM. No one was hurt."),
    mnc=["Big Money Boys", "BMB", "Geneva Ave", "Bowdoin St"],
    fact="9mm pistol", mct=["9mm pistol", "round in the chamber", "waistband"])

add(ground="weapon", weapon="box cutter", school="MP", recipient="bpd",
    when="2026-03-16 08:30", location="Madison Park Technical Vocational High School, co-op office",
    name="Brianna Coles", grade=12, kind="note", trap=True,
    desc=("Co-op coordinator Mr. Lindqvist reports: at 8:30 AM at the co-op check-in, Brianna's supervisor "
          "from the warehouse placement dropped off her monthly co-op status report and mentioned she had "
          "been flashing a box cutter at a younger intern on Friday. Mr. Lindqvist asked Brianna about it; she "
          "took the box cutter out of her bag and gave it to him. It is the warehouse's cutter; she said she "
          "\"forgot to turn it in.\" Secured in the co-op office."),
    fact="box cutter", mct=["status report", "box cutter", "co-op office"])

add(ground="weapon", weapon="taser", school="EXCEL", recipient="bpd/district-c6",
    when="2026-02-19 13:50", location="Excel High School, 3rd floor, outside room 312",
    name="Ricky Joseph", grade=10, kind="sis_record",
    desc=("INCIDENT LOG EXPORT\n"
          "incident_id: 2026-0219-04\n"
          "type: Weapon - electrical (taser)\n"
          "time: 02/19/2026 13:50\n"
          "where: Excel HS, 3rd floor, outside room 312\n"
          "narrative: Student was seen by Mr. Bianchi pressing a taser against another student's (D.L.) upper "
          "arm and triggering it during passing time. D.L. reports a burning sensation; small red mark on left "
          "upper arm, seen by nurse. Taser (yellow, cartridge type, cartridge removed) recovered from "
          "student's hoodie. Student says it belongs to his older cousin who works security at a mall and that "
          "he has been keeping it in his locker at his own job at a pizza shop.\n"
          "staff_action: secured by SSS Brandt; parent contacted via phone at 14:30\n"
          "outcome: suspension pending hearing"),
    extra={"home_language": "Haitian Creole", "ell_status": "Active ELL - WIDA 2.8",
           "guardian": {"name": "Marie-Claude Joseph", "relationship": "mother",
                        "interpreter_needed": "Yes - Haitian Creole", "phone": "617-555-0193"},
           "work_permit_on_file": "Yes (youth employment permit signed 10/2025)"},
    forb=[("lang", "Haitian Creole"), ("lang", "Active ELL")],
    fact="taser", mct=["taser", "left upper arm", "room 312"])

add(ground="weapon", weapon="knife", school="DEAR", recipient="bpd/district-b2",
    when="2025-10-15 08:10", location="Dearborn STEM Academy, entrance scan",
    name="Ezequiel Mota", grade=11, kind="note",
    desc=("Paring knife found in Ezequiel's jacket at the 8:10 AM scan. He works part-time in the kitchen "
          "{{rel|at his family's church, Iglesia Monte Sion, where his father is a deacon}}, cooking for "
          "Sunday lunches, and says he took the knife home to sharpen it. No threats. Knife secured."),
    mnc=["church", "Monte Sion", "deacon"], fact="Paring knife", mct=["Paring knife", "8:10 AM scan"])

# ---------------------------------------------------------------------------------------------
# ALLOW: serious violence
# ---------------------------------------------------------------------------------------------
add(ground="serious_violence", school="BURKE", recipient="bpd/district-c11",
    when="2025-10-11 15:30", location="Sparkle Auto Wash, Columbia Road (off campus)",
    name="Dante Roper", grade=11, kind="narrative", trap=True,
    desc=("Reported to the school on Monday 10/13 by the car wash manager and by the victim's mother. On "
          "Saturday 10/11 at about 3:30 PM at the Sparkle Auto Wash on Columbia Road, where both boys work "
          "weekends, Dante and another Burke student (T.M., grade 10) argued over how the tip jar was split. "
          "Dante took a steel tire iron from the detailing cart and struck T.M. twice on the side of the head. "
          "T.M. lost consciousness and was taken by EMS to Boston Medical Center, where he was treated for a "
          "skull fracture; the injury is documented in the discharge papers his mother brought to the nurse "
          "this morning. The manager, Mr. Fennell, said the whole crew saw it and the wash's security camera "
          "recorded it; he has kept the footage. T.M. is at home on concussion protocol and will not return "
          "until his neurologist clears him. Dante did not come to school today and his father has not "
          "returned calls. The Burke's student support team has arranged home tutoring for T.M. and a safety "
          "plan for his return, including a separate lunch period from Dante."),
    fact="skull fracture", mct=["tire iron", "documented in the discharge papers", "the whole crew saw it"])

add(ground="serious_violence", school="BURKE", recipient="bpd/district-b3",
    when="2025-12-13 21:30", location="Pollo Rico restaurant kitchen, Blue Hill Ave (off campus)",
    name="Kelvin Amaya", grade=11, kind="narrative", trap=True,
    desc=("This report concerns an assault off campus between two of our students, made known to the school on "
          "Monday 12/15 by the victim's aunt and confirmed by the restaurant owner. On Saturday 12/13 at about "
          "9:30 PM, in the kitchen of the Pollo Rico restaurant on Blue Hill Ave, where both students work as "
          "dishwashers on weekends, Kelvin punched a coworker who is also a Burke student (E.C., grade 10) "
          "several times in the face and then kicked him while he was on the floor by the walk-in cooler. E.C. "
          "was taken to Carney Hospital with a fractured orbital bone and a broken nose, and he has had "
          "surgery on the eye socket. The owner, Mr. Saldana, told the AP by phone that the fight started over "
          "E.C. reporting Kelvin for smoking in the walk-in. He said both boys are paid in cash {{imm|because "
          "neither one has immigration papers}}, and that {{nat|both came from Honduras last year}}; he asked "
          "us not to tell anyone about that. E.C.'s aunt is afraid to go to the police herself. Kelvin has "
          "been at school since Monday and denies kicking E.C. E.C. is out until after the holiday break."),
    mnc=["immigration papers", "Honduras"],
    fact="fractured orbital bone", mct=["fractured orbital bone", "Blue Hill Ave", "walk-in cooler"])

add(ground="serious_violence", weapon="knife", school="OB", recipient="bpd/district-b2",
    when="2025-07-24 13:15", location="Summer youth jobs program, Franklin Park clean-up site",
    name="Malik Burrell", grade=10, kind="email", tags=["multi_student"], trap=True,
    desc=("From: Renee Alcott, Site Supervisor, summer youth jobs program (Franklin Park clean-up site)\n"
          "To: Dr. Hanlon, Headmaster\n"
          "Date: Thu, Jul 24, 2025, 3:02 PM\n"
          "Subject: URGENT - incident with two of your students at our site\n\n"
          "Dr. Hanlon, at 1:15 today during lunch at the Franklin Park site, your student Malik and another "
          "O'Bryant student on the crew, Wei L., argued about a phone. Malik pulled a kitchen knife out of his "
          "lunch bag and stabbed Wei once in the left side of the back. Wei was taken by ambulance to Boston "
          "Medical Center and is in surgery for a collapsed lung. BPD was on scene and took the knife. I'm "
          "sending this because both are your students and the program requires me to notify the school.\n\n"
          "From: Dr. Hanlon\n"
          "Date: Thu, Jul 24, 2025, 4:40 PM\n"
          "Renee, thank you. I spoke with Wei's father at the hospital; {{lang|the hospital provided a "
          "Cantonese interpreter}}. We will file our own report. Malik's mother has been notified."),
    mnc=["Cantonese"], fact="collapsed lung",
    mct=["left side of the back", "collapsed lung", "kitchen knife"])

add(ground="serious_violence", school="KEN", recipient="bpd/district-b2",
    when="2026-03-23 16:30", location="Hospital co-op site, 4th floor supply room",
    name="Christopher Hale", grade=12, kind="form",
    desc=("CONFIDENTIAL INCIDENT REPORT - CO-OP PLACEMENT\n"
          "Reported: 03/24/2026, 9:00 AM, by the hospital volunteer-office supervisor\n"
          "Incident date/time: 03/23/2026, approx. 4:30 PM\n"
          "Place: supply room, 4th floor, at the hospital co-op site\n"
          "Summary: A 15-year-old female student intern (initials A.B., Kennedy Academy) reported to her "
          "supervisor that Christopher, also placed at the site through the co-op, followed her into the "
          "supply room, blocked the door, and sexually assaulted her. The supervisor took her to the "
          "hospital's emergency department, where she was examined by a SANE nurse. Hospital security "
          "preserved the supply room badge log. A.B. and Christopher {{nbh|ride the same bus home to Mission "
          "Main}}, and A.B.'s mother asked that they not be on the bus together.\n"
          "Action: Christopher removed from the placement and held out of school pending investigation; "
          "A.B.'s mother notified; 51A filed by the school nurse."),
    mnc=["Mission Main"], fact="sexually assaulted", mct=["supply room", "blocked the door", "badge log"])

add(ground="serious_violence", weapon="box cutter", school="MP", recipient="bpd/district-b2",
    when="2025-11-07 18:20", location="Parcel warehouse parking lot (co-op placement site)",
    name="Anthony Gilmore", grade=12, kind="note",
    desc=("On 11/7/25 at 6:20 PM, at the end of a shift at the parcel warehouse where both work through the "
          "school's co-op program, Anthony slashed another Madison Park senior, Rafael T., across the right "
          "forearm with a box cutter during an argument in the parking lot. Rafael needed 22 stitches and has "
          "nerve damage in two fingers, per the hand surgeon's note. The warehouse's site lead called Mr. "
          "Lindqvist that evening and said the two had been arguing for a week because Anthony told other "
          "workers {{imm|that Rafael got through E-Verify with someone else's papers}}. Anthony returned to "
          "school Monday and was removed from the co-op placement."),
    mnc=["E-Verify", "someone else's papers"], fact="box cutter",
    mct=["right forearm", "22 stitches", "nerve damage"])

add(ground="serious_violence", school="EGL", recipient="bpd/district-b2",
    when="2025-10-28 19:45", location="Supermarket stockroom (off campus)",
    name="Darnell Pike", grade=11, kind="note",
    desc=("Per Greater Egleston staff: at the supermarket where Darnell and another Egleston student (S.K.) "
          "work evenings, Darnell hit S.K. with the steel handle of a manual pallet jack after S.K. knocked over "
          "his display. S.K. has a fractured left ulna and was casted at the ER. Manager's written statement "
          "and ER note on file. Reported to school 10/30/25 by S.K.'s mother."),
    fact="fractured left ulna", mct=["pallet jack", "fractured left ulna"])

add(ground="serious_violence", school="ENG", recipient="bpd/district-e13",
    when="2026-04-18 14:00", location="Residential renovation job site, Quincy (off campus)",
    name="Gabriel Nunes", grade=10, kind="note", trap=True,
    desc=("Reported by the student's uncle and by the victim's father on 4/20/26. On Saturday 4/18 Gabriel was "
          "working with his uncle's construction crew on a house renovation in Quincy; another English High "
          "student, Leo F. (grade 9), was also working that day. At about 2 PM Gabriel swung a 2x4 at Leo's "
          "head after Leo joked about him on Instagram. Leo has a concussion and a broken cheekbone and spent "
          "two nights at South Shore Hospital. The uncle said {{nat|his whole crew is from Brazil}} and nobody "
          "called the police at the site. The construction crew's foreman drove Leo to the hospital."),
    mnc=["Brazil"], fact="broken cheekbone",
    mct=["2x4", "broken cheekbone", "construction crew's foreman"])

add(ground="serious_violence", school="CASH", recipient="bpd/district-b2",
    when="2026-01-09 20:50", location="Fried chicken restaurant fry station (off campus)",
    name="Tyler Boone", grade=11, kind="narrative", trap=True,
    desc=("On Friday 1/9/26 at approximately 8:50 PM, at the fried chicken restaurant where Tyler and another "
          "CASH student, Mariah G. (grade 11), both work evenings, Tyler threw a basket of hot fryer oil at "
          "Mariah during an argument at the fry station. Mariah suffered second-degree burns to her neck, left "
          "shoulder and left hand and was taken by ambulance to the burn unit at Mass General, where she "
          "remained for four days. The store manager, Mr. Doherty, called the school on Monday morning because "
          "both students' schedules are built around the school's youth work permit hours, and he wanted us to "
          "know why Mariah would be out. He told the AP that the restaurant owner {{imm|keeps both kids off "
          "the books because of their immigration status}} and that no report was made to police at the time. "
          "Tyler returned to school Monday, denied throwing the oil on purpose, and said it \"splashed.\" Two "
          "coworkers told the manager they saw him lift the basket and throw it. Mariah's mother met with the "
          "AP on Tuesday and brought the discharge summary. The school has begun its own discipline process; "
          "Tyler is suspended pending a hearing. The nurse is coordinating Mariah's return with the burn "
          "clinic."),
    mnc=["immigration status"], fact="second-degree burns",
    mct=["hot fryer oil", "second-degree burns", "youth work permit hours"])

add(ground="serious_violence", school="TB", recipient="bpd/district-c11",
    when="2026-02-04 09:25", location="TechBoston Academy, B stairwell",
    name="Nathaniel Oduya", grade=10, kind="note",
    desc=("At 9:25 AM in the B stairwell Nathaniel, who has been falling asleep in class because of his "
          "overnight shifts at a food distribution warehouse, was woken up by a classmate (J.P.) flicking his "
          "ear. Nathaniel punched J.P. repeatedly and slammed his head into the stair railing. J.P. lost "
          "consciousness briefly, needed 9 staples in his scalp and was diagnosed with a concussion at "
          "Children's. Nathaniel's mother says he works nights to help with rent at {{nbh|their apartment in "
          "Orchard Gardens}}."),
    mnc=["Orchard Gardens"], fact="9 staples", mct=["B stairwell", "9 staples", "stair railing"])

add(ground="serious_violence", school="BGA", recipient="bpd/district-e13",
    when="2026-02-25 11:45", location="Boston Green Academy cafeteria",
    name="Sofia Mamani", grade=10, kind="narrative",
    desc=("Summary prepared by AP Kessler, 2/25/2026. At about 11:45 AM in the cafeteria, a group of students "
          "were teasing Sofia about working nights, calling her \"the janitor.\" Sofia and her mother clean "
          "offices in a downtown tower from 6 PM to midnight, and she has told her advisor she is often "
          "exhausted in the mornings. After one of the students, Brianna K. (grade 10), took Sofia's phone and "
          "threw it in the trash, Sofia picked up a metal water bottle and struck Brianna in the mouth and face "
          "several times. Brianna lost two front teeth and needed stitches inside her lip; her mother took her "
          "from the nurse's office to the dentist and then to the ER at Tufts, where a jaw fracture was also "
          "found. Sofia stopped when the lunch aide grabbed her arm, and she cried in the office. Sofia told the "
          "AP that she and her mother work nights {{imm|because neither of them has work papers}} and that "
          "{{lang|they speak Quechua at home, so her mother could not follow the call}} from the school. "
          "{{lang|We used a Spanish-speaking staff member for the rest of the call.}} Brianna's family is "
          "aware the school is making this report."),
    mnc=["work papers", "Quechua", "Spanish"], fact="jaw fracture",
    mct=["metal water bottle", "two front teeth", "jaw fracture"])

add(ground="serious_violence", weapon="knife", school="NM", recipient="bpd/district-b2",
    when="2026-05-15 18:10", location="Corner store, Dudley Street (off campus)",
    name="Terrell Banks", grade=11, kind="note", tags=["multi_student"], trap=True,
    desc=("Per New Mission staff: on 5/15/26 around 6:10 PM, outside the corner store on Dudley Street where "
          "Terrell works the register, Terrell and two other students got into a fight with a third student, "
          "Kwame A. Kwame was stabbed once in the right thigh with a folding knife; officers at the scene "
          "report the knife was Terrell's. Kwame had surgery at BMC for a cut artery. The other two students "
          "(R.S. and D.M.) are being reported separately."),
    fact="right thigh", mct=["Dudley Street", "right thigh", "cut artery"])

add(ground="serious_violence", school="BRI", recipient="bpd/district-d14",
    when="2025-11-19 15:05", location="Brighton High School, parking lot behind the gym",
    name="Rene Portillo", grade=11, kind="sis_record",
    desc=("Victim (M.O., grade 12) was kicked repeatedly in the head while on the ground in the parking lot "
          "behind the Brighton High gym at 3:05 PM, after an argument about shifts at the sandwich shop where "
          "both students work. M.O. was unresponsive for about a minute; EMS transported to St. Elizabeth's; "
          "CT showed a brain bleed and M.O. was admitted to the ICU. Two staff members and a coach witnessed "
          "the kicks."),
    extra={"citizenship_status": "Asylum pending", "country_of_birth": "El Salvador",
           "home_address": "112 Parsons St, Brighton MA 02135", "employer": "sandwich shop (permit 2025-118)",
           "counselor": "Ms. Feeney"},
    forb=[("imm", "Asylum pending"), ("nat", "El Salvador"), ("nbh", "Parsons St"), ("nbh", "02135")],
    fact="brain bleed", mct=["brain bleed", "parking lot behind the Brighton High gym"])

add(ground="serious_violence", school="EB", recipient="bpd/district-a7",
    when="2026-02-05 21:40", location="Supermarket employee parking area (off campus)",
    name="Hamza Qureshi", grade=12, kind="email",
    desc=("From: Greg Tully, Store Manager\n"
          "To: East Boston High School main office\n"
          "Date: 2/6/2026 7:58 AM\n"
          "Subject: two of your students / incident in our parking lot last night\n\n"
          "Good morning. Last night (Thursday) at about 9:40 PM, after closing, one of our baggers, Hamza, "
          "attacked another one of our part-time workers who goes to your school, Jose R., in the employee "
          "parking area. Hamza hit Jose with a steel bar from the cart corral several times. Jose has a broken "
          "wrist and a concussion; his brother drove him to the ER. I have it on our camera and we have given "
          "a copy to the police. I'm also letting you know Hamza won't be back here. He has been a good worker "
          "until now and {{rel|only ever asked to be off Friday afternoons for prayers at the mosque}}.\n"
          "Greg"),
    mnc=["mosque", "prayers"], fact="broken wrist",
    mct=["steel bar", "broken wrist", "employee parking area"])

add(ground="serious_violence", school="ACC", recipient="bpd/district-b3",
    when="2025-10-23 14:40", location="Another Course to College, front doors at dismissal",
    name="Mohamed Sillah", grade=11, kind="note",
    desc=("At 2:40 PM dismissal, outside the front doors, Mohamed hit another student (I.D.) in the head with "
          "the heavy steel U-lock he uses for his delivery e-bike, after an argument about a delivery account "
          "they share. I.D. has a depressed skull fracture and was taken by EMS to BMC; he is in the ICU. "
          "Several staff saw it. Mohamed ran and was found by SSS at the bus stop. {{nbh|Mohamed lives with an "
          "older brother on Seaver St}}."),
    mnc=["Seaver St"], fact="depressed skull fracture", mct=["U-lock", "depressed skull fracture"])

# ---------------------------------------------------------------------------------------------
# ALLOW: credible threat
# ---------------------------------------------------------------------------------------------
add(ground="credible_threat", school="CHS", recipient="bpd/district-a1",
    when="2026-01-17 22:45", location="Harbor Grill (student workplace), after close",
    name="Kevin Doucette", grade=10, kind="email", tags=["multi_student"],
    desc=("From: Dana Whitcomb (night manager, Harbor Grill)\n"
          "To: Ms. Morales, Assistant Headmaster\n"
          "Sent: Sunday, January 18, 2026 9:12 AM\n"
          "Subject: Kevin - what happened at work last night\n\n"
          "Ms. Morales, I'm the night manager at Harbor Grill where Kevin and another one of your students, "
          "Andre R., both wash dishes. Saturday around 10:45 PM after close Kevin got into it with Andre over "
          "who was getting cut from the schedule. In front of me and two cooks he said \"Monday I'm bringing the "
          "strap to school and Andre's not walking out.\" Later he texted Andre a photo of a black handgun "
          "lying on a bed. Andre showed me the text. I sent Kevin home and he's off the schedule. {{lang|The "
          "cooks only talk to Kevin in Spanish}} so I don't know everything else that was said. I'm telling "
          "you because they both go to your school.\n\n"
          "---\n"
          "From: Ms. Morales\n"
          "Sent: Sunday, January 18, 2026 11:40 AM\n"
          "Mr. Whitcomb, thank you. I reached Andre's mother; Andre forwarded me the photo and I have saved it. "
          "Kevin will be met at the door Monday and kept out of classes pending a threat assessment."),
    threat=("Kevin told a student coworker, in front of the restaurant manager, that on Monday he would bring "
            "a gun (\"the strap\") to school and that the coworker would not be walking out; he then sent the "
            "coworker a photo of a handgun. The statement names a person, a place and a day, and the photo "
            "suggests access to a firearm."),
    mnc=["Spanish"], fact="handgun",
    mct=["photo of a black handgun", "bringing the strap to school"])

add(ground="credible_threat", school="DA", recipient="bpd/district-c11",
    when="2025-10-28 10:30", location="Dorchester Academy, counseling office",
    name="Kenny Louissaint", grade=10, kind="narrative", trap=True,
    desc=("On Tuesday 10/28/25 at about 10:30 AM Kenny came to the counseling office to pick up his youth work "
          "permit for a dishwasher job at a hotel restaurant. Ms. Pratt, his counselor, told him she could not "
          "sign it yet because he is failing three classes and has 14 unexcused absences, and that the permit "
          "requires the school's signature. Kenny became very angry, swept the papers off her desk and said, "
          "\"You're taking food out of my mouth. I know what car you drive. You're gonna see me in the parking "
          "lot after school and you're not gonna like it.\" He left the office and in the hallway told a "
          "classmate (A.M.) that he was going to \"get his cousin's thing\" and wait for Ms. Pratt at her car. "
          "A.M. told his teacher, who told the AP. Kenny was located in the cafeteria at 11:05 AM and is being "
          "held out of class. His mother was called; {{lang|she speaks Creole, and Mr. Jean-Baptiste "
          "interpreted}}. She said Kenny's cousin \"has a gun, everybody knows.\" Ms. Pratt has been escorted "
          "to her car and is staying home tomorrow."),
    threat=("After his counselor declined to sign his youth work permit, the student told her she would 'see "
            "him in the parking lot after school' and that he knows what car she drives; he then told a "
            "classmate he would get his cousin's 'thing' and wait for her at her car. His mother told the "
            "school the cousin has a gun."),
    mnc=["Creole", "interpreted"], fact="parking lot",
    mct=["youth work permit", "what car you drive", "wait for Ms. Pratt at her car"])

add(ground="credible_threat", school="TB", recipient="bpd/district-c11",
    when="2026-03-24 08:15", location="TechBoston Academy, main office",
    name="Chris Ambrose", grade=11, kind="note",
    desc=("Snapchat screenshot turned in by a student at 8:15 AM: Chris wrote to D.W. \"I got cutters from "
          "work. tomorrow at lunch I'm opening ur face.\" D.W. says Chris has been angry since D.W. told their "
          "manager at the car wash that Chris was stealing from the tip jar. Chris also works with a box cutter "
          "at a warehouse on weekends."),
    threat=("Chris, who {{nbh|lives on Bowdoin St}}, sent a classmate a message saying he has box cutters from "
            "work and that at lunch the next day he would cut the classmate's face. The message names the "
            "victim, the time and the weapon, and the student has access to box cutters through his job."),
    mnc=["Bowdoin St"], fact="cutters from work", mct=["cutters from work", "opening ur face"])

add(ground="credible_threat", school="FEN", recipient="bpd/district-b2",
    when="2026-04-05 16:00", location="Car wash (student workplace), detailing bay",
    name="Marco Velez", grade=11, kind="note", trap=True,
    desc=("Reported 4/7/26 by Ms. Lopez, mother of the targeted student. Her son Ivan and Marco both work on "
          "the detailing crew at a car wash on weekends. On Sunday Marco told Ivan in front of the crew, "
          "\"Monday I'm bringing my brother's gun and you're done, in school, where nobody can save you,\" "
          "after Ivan got the shift Marco wanted. Ivan didn't come to school today. Ms. Lopez asked whether "
          "making a report would affect {{imm|her son's DACA renewal}}; the AP assured her it would not be "
          "shared. Marco was located in class at 9:10 AM and is in the office. No weapon found on him or in his "
          "locker."),
    threat=("Marco told a classmate and coworker, in front of other workers, that on Monday he would bring his "
            "brother's gun to school and that the classmate was 'done'. It names the target, the place and the "
            "day."),
    mnc=["DACA"], fact="brother's gun", mct=["detailing crew", "my brother's gun"])

add(ground="credible_threat", school="KEN", recipient="bpd/district-b2",
    when="2025-10-22 16:30", location="Hospital co-op site break room",
    name="Jasmine Ellery", grade=11, kind="email",
    desc=("From: Pat Sheehan, Volunteer & Intern Coordinator (hospital co-op site)\n"
          "To: Ms. Dunleavy, Co-op Coordinator\n"
          "Date: Wed 10/22/2025 5:14 PM\n"
          "Subject: statement from Jasmine, need you to know tonight\n\n"
          "Ms. Dunleavy, at 4:30 today in our break room, Jasmine told two of your other interns that she was "
          "\"done with all of them,\" that she knows where the morning co-op van picks up at school, and that "
          "she was going to \"bring my mom's gun and make the news.\" She showed them a photo of a pistol on "
          "her phone. I have written statements from both interns. Jasmine left at 4:45. Hospital security was "
          "told. Please call me tonight."),
    threat=("Student told two co-op classmates she would bring her mother's gun to the school's co-op van "
            "pickup and 'make the news', and showed a photo of a pistol on her phone."),
    fact="make the news", mct=["bring my mom's gun", "photo of a pistol"])

add(ground="credible_threat", school="EB", recipient="bpd/district-a7",
    when="2025-11-20 12:10", location="East Boston High School cafeteria lunch line",
    name="Angel Pizarro", grade=11, kind="note",
    desc=("On 11/20/25 at 12:10 PM two students told the AP that Angel had said in the lunch line that his "
          "cousin, who works with him at a warehouse, \"keeps a Glock in the car\" and that they will come to "
          "the Friday night football game against Charlestown \"and spray the bleachers.\" Angel said it was "
          "about a group of boys who jumped his cousin. SSS believe {{gang|Angel sells for the Flatline "
          "crew}}; Angel has been missing his afternoon shifts at the warehouse."),
    threat=("Angel told classmates that he and his cousin, who keeps a Glock in his car, would come to Friday "
            "night's football game and 'spray the bleachers'."),
    mnc=["Flatline"], fact="Glock", mct=["keeps a Glock in the car", "spray the bleachers"])

add(ground="credible_threat", school="CHS", recipient="bpd/district-a1",
    when="2026-03-17 15:40", location="Pizza shop near Charlestown High School (student workplace)",
    name="Brayan Mejia", grade=9, kind="note", tags=["multi_student"],
    desc=("Phone call received 3/17/26 at 3:40 PM from Tony, manager of a pizza place near the school where "
          "several of our freshmen work. He said Brayan M., who works the counter, told another worker (our "
          "student Sam B.) this afternoon that he will \"stab Sam tomorrow in gym\" and showed a steak knife he "
          "took from the kitchen. Tony took the knife back. He added that {{eth|Brayan is Salvadoran, like most "
          "of my kitchen}} and that he doesn't want \"trouble with the police.\" AP called Brayan's home; no "
          "answer."),
    threat=("A manager at the student's after-school job heard him tell a classmate who also works there that "
            "he will 'stab Sam tomorrow in gym', while holding a steak knife from the restaurant kitchen."),
    mnc=["Salvadoran"], fact="steak knife", mct=["stab Sam tomorrow in gym", "steak knife"])

add(ground="credible_threat", school="NM", recipient="bpd/district-b2",
    when="2026-01-13 09:05", location="New Mission High School, advisory room",
    name="Isaiah Gomes", grade=10, kind="form",
    desc=("THREAT ASSESSMENT - INITIAL REPORT\n"
          "Date/time reported: 01/13/2026 9:05 AM\n"
          "Reporter: 10th grade teacher (Ms. Aylward)\n"
          "Student's words (as reported): \"The man at the store where I work keeps a gun behind the register. "
          "I can get it any time. Devon and them gonna find out Friday.\"\n"
          "Context: Said to two classmates in advisory after Devon (grade 10) posted a video mocking him. "
          "Student works after school at a corner store.\n"
          "Student address on file: {{nbh|12 Homestead St, Roxbury, MA}}\n"
          "Prior incidents: none on record\n"
          "Immediate actions: student held in office; locker and bag searched (nothing found); store owner to "
          "be contacted by BPD."),
    threat=("Student told two classmates that his employer keeps a gun behind the register, that he can get "
            "it at any time, and that a named classmate 'and them' would 'find out Friday'."),
    mnc=["Homestead St", "Roxbury"], fact="behind the register",
    mct=["keeps a gun behind the register", "find out Friday"])

add(ground="credible_threat", school="BLA", recipient="bpd/district-d4",
    when="2026-02-24 07:40", location="Boston Latin Academy, 2nd floor lockers",
    name="Omar Haddad", grade=10, kind="note", trap=True,
    desc=("Found 2/24/26 at 7:40 AM taped to J.R.'s locker: the back of a pay stub envelope from Omar's job at "
          "a movie theater, with \"JR UR DEAD FRIDAY. I KNOW UR SCHEDULE\" written in marker and a drawing of "
          "a gun. Omar admitted writing it. He had a Visa prepaid card from the theater payroll in another "
          "envelope in his bag. J.R. had reported Omar to their manager at the theater for taking money from "
          "the concession stand."),
    threat=("Student taped a note reading 'JR UR DEAD FRIDAY. I KNOW UR SCHEDULE' with a drawing of a gun to "
            "a classmate's locker, after the classmate reported him to their employer."),
    fact="UR DEAD FRIDAY", mct=["Visa prepaid card", "pay stub envelope", "UR DEAD FRIDAY"])

add(ground="credible_threat", school="ACC", recipient="bpd/district-b3",
    when="2025-08-27 20:15", location="Summer youth jobs crew group chat (online)",
    name="Jamal Frazier", grade=11, kind="note", tags=["multi_student"], trap=True,
    desc=("Screenshots from the group chat of a summer youth jobs crew (park clean-up, 8 teens, 5 from our "
          "school) were brought in by a parent on 8/28/25. In the chat Jamal wrote that when school starts he "
          "is going to \"catch Thanh at the bus stop and stab him\" and posted a picture of a large kitchen "
          "knife with the caption \"first day.\" Thanh is a rising 10th grader at ACC; {{lang|he is an English "
          "learner}} and {{lang|his father asked for the meeting in Vietnamese}}. Two other students in the "
          "chat (K.B. and L.T.) replied with laughing emojis. Jamal was on the same crew all summer."),
    threat=("In a group chat of a summer job crew, the student wrote that when school starts he will 'catch' a "
            "named classmate at the bus stop and stab him, and posted a photo of a large kitchen knife "
            "captioned 'first day'."),
    mnc=["English learner", "Vietnamese"], fact="kitchen knife",
    mct=["catch Thanh at the bus stop", "first day"])

add(ground="credible_threat", school="EGL", recipient="bpd/district-b2",
    when="2026-03-04 13:35", location="Greater Egleston High School, room 5",
    name="Reggie Lamothe", grade=12, dob="2006-11-20", kind="note",
    desc=("At 1:35 PM Reggie told the teacher in room 5 that if his old manager from the sneaker store "
          "\"shows his face\" at the job fair in our gym on Thursday, he will \"put him in the ground\" and that "
          "he has \"something in the car.\" Reggie has a car and drives to his current job."),
    threat=("Reggie, who {{nbh|lives in Mattapan}}, said that if his former manager comes to the school's job "
            "fair in the gym on Thursday he will 'put him in the ground', and that he has 'something in the "
            "car'."),
    mnc=["Mattapan"], fact="job fair", mct=["put him in the ground", "job fair in our gym"])

add(ground="credible_threat", school="SNOW", recipient="bpd/district-d4",
    when="2025-12-06 21:00", location="Bakery (student workplace)",
    name="Tamar Levitt", grade=11, kind="note",
    desc=("Tamar's coworker at the bakery, who is also a Snowden student (N.G.), came to the AP with her mother "
          "at 8:00 AM on 12/8/25. N.G. says that Saturday night, when Tamar came in for the late shift "
          "{{rel|after the Sabbath ended}}, Tamar told her she would \"pour lye on her face\" at school this "
          "week because N.G. told the owner Tamar was giving away pastries. Tamar uses caustic oven cleaner at "
          "work. N.G. showed a text from Tamar on Sunday: \"this week. watch.\""),
    threat=("Student told a classmate who works with her that she would pour lye on the classmate's face at "
            "school this week, and the next day texted 'this week. watch.' She has access to caustic oven "
            "cleaner at her job."),
    mnc=["Sabbath"], fact="lye", mct=["pour lye on her face", "caustic oven cleaner"])

# ---------------------------------------------------------------------------------------------
# ALLOW: drugs
# ---------------------------------------------------------------------------------------------
add(ground="drugs", substances=["counterfeit pills"], school="DEAR", recipient="bpd/district-b2",
    when="2025-11-18 12:40", location="Dearborn STEM Academy, 2nd floor boys' bathroom",
    name="Isaiah Redd", grade=10, kind="form", tags=["multi_student"],
    desc=("INCIDENT TYPE: Drug possession / distribution\n"
          "DATE/TIME: 11/18/2025, approx. 12:40 PM\n"
          "LOCATION: 2nd floor boys' bathroom\n"
          "REPORTED BY: AP R. Whitfield\n"
          "SUMMARY: Staff observed Isaiah hand a small bag to another student (K.R.) in the 2nd floor boys' "
          "bathroom. SSS search found 14 blue pills stamped \"M 30\" in a vitamin bottle in his jacket and $620 "
          "in cash. Isaiah said he does food-app deliveries after school on an e-bike and that a man at the "
          "restaurant pickup spot gives him the pills to sell to other riders. He said the app pays him {{imm|on "
          "an ITIN}} because {{imm|he doesn't have a Social Security number}}.\n"
          "STUDENT ADDRESS (SIS): {{nbh|27 Ballou Ave, Dorchester, MA 02124}}\n"
          "PARENT CONTACT: Father, by phone, 1:15 PM\n"
          "ACTION: Pills and cash secured in office safe. K.R.'s parent notified. Referral to BPD."),
    mnc=["an ITIN", "Social Security", "Ballou", "Dorchester", "02124"],
    fact="M 30", mct=["14 blue pills", "M 30", "$620"])

add(ground="drugs", substances=["cocaine"], school="BRI", recipient="bpd/district-d14",
    when="2025-12-03 10:20", location="Brighton High School, 1st floor bathroom",
    name="Luis Tejeda", grade=12, kind="note",
    desc=("At 10:20 AM SSS found 3 small baggies of white powder (field-tested positive for cocaine by the BPD "
          "school unit) and a digital scale in Luis's backpack after a teacher smelled smoke in the bathroom. "
          "Luis said a line cook at the restaurant where he buses tables gave him the bags to sell at school "
          "for $40 each. Luis was {{nat|born in the Dominican Republic and moved here in 9th grade}}."),
    mnc=["Dominican", "moved here"], fact="cocaine", mct=["3 small baggies", "digital scale"])

add(ground="drugs", substances=["marijuana", "cocaine"], school="FEN", recipient="bpd/district-b2",
    when="2026-01-21 11:30", location="Fenway High School, 2nd floor student lounge",
    name="Zoe Caldwell", grade=12, kind="note", trap=True,
    desc=("Zoe came to school at 11:30 AM after her morning shift at a coffee shop, still wearing her green "
          "apron. A teacher saw her pass a bag to a student in the 2nd floor lounge. The AP found in her apron "
          "pocket a bag of marijuana (about 7 grams) and a folded dollar bill with white powder that she said "
          "was cocaine \"from a regular at work.\" Parent called."),
    fact="cocaine", mct=["green apron", "apron pocket", "white powder"])

add(ground="drugs", substances=["oxycodone"], school="MP", recipient="bpd/district-b2",
    when="2026-03-26 13:45", location="Madison Park Technical Vocational High School, electrical shop tool crib",
    name="Elton Semedo", grade=12, kind="narrative", tags=["multi_student"], trap=True,
    desc=("On 3/26/26 at about 1:45 PM, the electrical shop instructor, Mr. Coakley, saw Elton hand a classmate "
          "something small in exchange for cash near the tool crib. When SSS Barros and the AP spoke with Elton "
          "in the shop office, he emptied his pockets and handed over a pill bottle with someone else's name "
          "torn off the label, containing 31 round white pills marked \"M 523\" (oxycodone/acetaminophen, per "
          "the nurse's pill identifier). Elton is not prescribed any medication. He said he gets the pills from "
          "an older man on his uncle's construction crew, where he works Saturdays doing demo, and sells them "
          "to classmates at $10 each; he said the man tells him the pills are \"for back pain, not a big "
          "deal.\" The classmate (T.O., grade 11) admitted buying two pills and said he took one at lunch. T.O. "
          "was evaluated by the nurse and sent home with his mother; he was alert. Elton was cooperative and "
          "seemed scared. He asked us not to call his uncle {{nat|because he recently arrived from Cape Verde "
          "and is staying with him}}. Pills secured in the office safe; BPD school unit notified."),
    mnc=["Cape Verde", "recently arrived"], fact="M 523",
    mct=["31 round white pills", "M 523", "uncle's construction crew"])

add(ground="drugs", substances=["Adderall"], school="BLA", recipient="bpd/district-d4",
    when="2025-09-16 13:20", location="Boston Latin Academy library",
    name="Priya Raman", grade=11, kind="note",
    desc=("On 9/16/25 a student told the nurse she bought two \"study pills\" from Priya in the library. Priya "
          "had 18 Adderall tablets (orange, 20 mg) in a mint tin in her backpack; she is not prescribed "
          "Adderall. She said she started selling them to coworkers at her summer camp counselor job and kept "
          "going at school."),
    fact="Adderall", mct=["18 Adderall tablets", "mint tin"])

add(ground="drugs", substances=["fentanyl"], school="EB", recipient="bpd/district-a7",
    when="2026-01-29 08:45", location="East Boston High School, 1st floor boys' room",
    name="Henry Villeda", grade=11, kind="sis_record",
    desc=("INCIDENT EXPORT 2026-01-29 #114\n"
          "Category: Drugs - possession\n"
          "Time: 08:45\n"
          "Location: East Boston High School, 1st floor boys' room\n"
          "Narrative: SSS Kearney found Henry in a stall with a folded lottery ticket containing tan powder and "
          "a rolled dollar bill. Henry said it is \"fent\" and that he uses it to stay awake after his overnight "
          "shift at a seafood processing plant. Nurse administered Narcan as a precaution after Henry became "
          "drowsy and slow to respond; EMS transported him to MGH. BPD school unit took the powder; field test "
          "positive for fentanyl.\n"
          "Follow-up: parent notified; re-entry meeting TBD."),
    extra={"home_language": "Spanish",
           "guardian": {"name": "Rosa Villeda", "relationship": "mother", "interpreter": "Spanish",
                        "phone": "617-555-0148"},
           "schedule_note": "Works 10p-4a, seafood processing (youth permit on file)"},
    forb=[("lang", "Spanish")], fact="fentanyl", mct=["tan powder", "Narcan", "folded lottery ticket"])

add(ground="drugs", substances=["MDMA"], school="CHS", recipient="bpd/district-a1",
    when="2025-10-09 13:15", location="Charlestown High School, main office",
    name="Edwin Choc", grade=11, kind="note",
    desc=("At 1:15 PM SSS found 9 MDMA capsules (\"molly\") in a sandwich bag inside Edwin's sock during a "
          "search after a student reported buying from him. Edwin said he got them from a coworker at the car "
          "wash where he works weekends. {{nat|He came from Guatemala two years ago}} and lives with an older "
          "sister."),
    mnc=["Guatemala"], fact="MDMA", mct=["9 MDMA capsules", "inside Edwin's sock"])

add(ground="drugs", substances=["psilocybin"], school="TB", recipient="bpd/district-c11",
    when="2026-04-29 12:50", location="TechBoston Academy cafeteria, back table",
    name="Noah Whitaker", grade=10, kind="note", trap=True,
    desc=("At 12:50 PM a cafeteria aide saw Noah sharing dried mushrooms from a ziploc bag with two students at "
          "the back table. Noah said they are psilocybin mushrooms he got from a coworker at the home and "
          "garden center on American Legion Highway where he works after school. Bag (about 3.5 grams) "
          "secured. The two other students had eaten some; both were seen by the nurse and picked up by "
          "parents."),
    fact="psilocybin", mct=["psilocybin mushrooms", "American Legion Highway", "back table"])

add(ground="drugs", substances=["crack cocaine"], school="BURKE", recipient="bpd/district-c11",
    when="2025-10-06 09:00", location="Jeremiah E. Burke High School, SSS office",
    name="Jaylen Corbett", grade=12, kind="note",
    desc=("During a search on 10/6/25 at 9:00 AM (bag check per policy), SSS found 11 small rocks of crack "
          "cocaine wrapped in plastic in a cigarette pack and $910 in cash folded in Jaylen's sock. Jaylen said "
          "the money is his pay from a car wash, paid in cash, and that the rocks were \"not his.\" The car wash "
          "manager, reached by phone by the AP, said Jaylen has not worked there since August. SSS and the "
          "school police liaison believe {{gang|Jaylen runs for the Greenfield Boyz out of the park across from "
          "the school}}. Mother notified; she asked for a meeting."),
    mnc=["Greenfield Boyz"], fact="crack cocaine", mct=["11 small rocks", "$910 in cash", "cigarette pack"])

add(ground="drugs", substances=["heroin"], school="SNOW", recipient="bpd/district-d4",
    when="2026-02-17 10:35", location="Snowden International School, 3rd floor bathroom",
    name="Adam Farouk", grade=12, kind="note",
    desc=("Adam was found nodding off in the 3rd floor bathroom at 10:35 AM with a glassine bag stamped "
          "\"DIAMOND\" containing heroin residue, and a syringe in his backpack. Nurse gave Narcan; EMS took him "
          "to Tufts. His brother told the AP Adam has been buying from someone who comes by {{rel|the mosque's "
          "halal market}} where Adam works weekends."),
    mnc=["mosque", "halal"], fact="heroin", mct=["glassine bag", "DIAMOND", "syringe"])

add(ground="drugs", substances=["oxycodone"], school="KEN", recipient="bpd/district-b2",
    when="2025-11-24 08:10", location="Edward M. Kennedy Academy for Health Careers, co-op office",
    name="Nadia Sokolova", grade=12, kind="email", tags=["multi_student"],
    desc=("From: L. Barrett, Pharmacy Manager\n"
          "To: Co-op Office, Edward M. Kennedy Academy for Health Careers\n"
          "Date: Mon, Nov 24, 2025 8:30 AM\n"
          "Subject: Nadia - co-op pharmacy tech placement\n\n"
          "Hello, I am writing about your co-op student Nadia, who works as a pharmacy technician trainee here "
          "three afternoons a week. Our Friday count came up 60 tablets short on oxycodone 10 mg, and our "
          "camera shows Nadia putting a stock bottle in her coat at 5:10 PM Friday. Your school nurse tells us "
          "a classmate of hers was found with oxycodone 10 mg tablets at school this morning and said he bought "
          "them from Nadia. We have ended the placement. HR also asked me to tell you that {{imm|we hired her on "
          "a pending work authorization}} and her file is being reviewed.\n\n"
          "From: Co-op Office\n"
          "Date: Mon, Nov 24, 2025 10:15 AM\n"
          "Ms. Barrett, thank you. Nadia had 22 tablets of oxycodone 10 mg in her backpack this morning, which "
          "SSS secured. We are filing with the district."),
    mnc=["work authorization"], fact="oxycodone", mct=["60 tablets short", "22 tablets of oxycodone"])

add(ground="drugs", substances=["LSD"], school="OB", recipient="bpd/district-b2",
    when="2026-05-12 14:00", location="John D. O'Bryant School, room 305",
    name="Yousef Mansour", grade=11, kind="note",
    desc=("Yousef had a sheet of 20 LSD tabs (blotter, cartoon print) in his phone case at 2:00 PM when he was "
          "asked to hand over his phone in class. He says he got it from a bartender at the music venue where "
          "he works coat check on weekends. {{lang|Student's primary language is Arabic; father needs an Arabic "
          "interpreter}}."),
    mnc=["Arabic"], fact="LSD", mct=["20 LSD tabs", "phone case", "coat check"])

add(ground="drugs", substances=["ketamine"], school="CASH", recipient="bpd/district-b2",
    when="2026-03-30 13:05", location="Community Academy of Science and Health, 4th floor hallway",
    name="Nia Holloway", grade=10, kind="note", trap=True,
    desc=("At 1:05 PM in the 4th floor hallway Nia dropped a small vial of white powder; the teacher picked it "
          "up. Nia said it is ketamine she got from a server at the catering company where she works weekend "
          "events. She had been carrying it in the pocket of her work pants, which still had a menu card from "
          "Saturday's event in it (roast chicken, Spanish rice, garden salad). The vial is in the office safe; "
          "parent called."),
    fact="ketamine", mct=["small vial of white powder", "Spanish rice"])

add(ground="drugs", substances=["fentanyl", "counterfeit pills"], school="EXCEL", recipient="bpd/district-c6",
    when="2026-04-09 11:15", location="Excel High School, 2nd floor girls' bathroom and stairwell",
    name="Andre Fontaine", grade=12, kind="narrative", tags=["multi_student"],
    desc=("This report is about Andre; two other students are named only as witnesses. On 4/9/26 at 11:15 AM a "
          "student (M.D., grade 9) collapsed in the 2nd floor girls' bathroom and was given two doses of Narcan "
          "by the nurse before EMS took her to BMC. She recovered. Her friend (L.S., grade 9) told the AP that "
          "M.D. had taken half of a blue \"30\" pill she bought that morning from Andre in the stairwell. SSS and "
          "the AP searched Andre's backpack with him present and found 26 more blue pills stamped \"M 30\" in a "
          "pouch from the food-delivery app he works for, and $780 in cash. Andre said he picks the pills up "
          "from a man at one of the restaurants on his delivery route and sells them to \"people who want "
          "them.\" BPD school unit field-tested one pill: positive for fentanyl. M.D. {{lang|is in ESL and her "
          "mother needed a Portuguese interpreter at the hospital}}, per the nurse. L.S. gave a written "
          "statement. Andre's father came in at 1:30 PM and Andre was released to him. Andre has no prior drug "
          "incidents."),
    mnc=["ESL", "Portuguese"], fact="fentanyl", mct=["two doses of Narcan", "26 more blue pills", "$780"])

add(ground="drugs", substances=["cocaine", "vodka"], school="BDEA", recipient="bpd/district-b2",
    when="2025-12-11 12:40", location="Boston Day and Evening Academy, main office",
    name="Marcus Delgado", grade=12, dob="2007-02-14", kind="note",
    desc=("Student came back from lunch at 12:40 PM visibly impaired. SSS found in his jacket a nip bottle of "
          "vodka and a small bag of cocaine. He says he buses tables at a bar on weeknights and that a bartender "
          "gives him both. Nurse evaluated; mother picked up."),
    fact="cocaine", mct=["nip bottle of vodka", "small bag of cocaine"])

add(ground="drugs", substances=["Xanax"], school="BCLA", recipient="bpd/district-e5",
    when="2026-05-19 09:40", location="Boston Community Leadership Academy, 2nd period classroom",
    name="Angelica Rosado", grade=11, kind="note",
    desc=("Angelica has been falling asleep in class for weeks; her advisor knew she works overnight at {{nbh|the "
          "laundromat under their apartment on Washington St in Roslindale}}. On 5/19/26 at 9:40 AM she could "
          "not be woken in 2nd period and was taken to the nurse, who found her pupils pinpoint and called EMS. "
          "In her backpack SSS found a sandwich bag with 40 white bars stamped \"XANAX 2\" that she said she buys "
          "from a customer at the laundromat to sell and to \"come down\" after shifts. EMS took her to Faulkner "
          "Hospital; she was discharged that evening."),
    mnc=["under their apartment", "Washington St", "Roslindale"], fact="XANAX 2",
    mct=["40 white bars", "XANAX 2", "pupils pinpoint"])

# ---------------------------------------------------------------------------------------------
# DENY: ground not permitted
# ---------------------------------------------------------------------------------------------
add(ground="theft", school="EGL", recipient="bpd/district-b2", decision="deny", reason="ground_not_permitted",
    when="2026-02-03 16:00", location="Paik's Market (student workplace)",
    name="Luis Arriaga", grade=11, kind="note",
    desc=("Phone call log, 2/3/26, 4:00 PM. Mr. Paik, owner of Paik's Market, called the main office. He says "
          "Luis, who works the register after school, has taken about $300 from the drawer over two weeks; he "
          "has it on camera. He does not want to call police himself because he pays Luis under the table "
          "{{imm|since Luis is undocumented}} and asked if the school would \"handle it.\" Told him the school "
          "would follow up. Luis denies it."),
    mnc=["undocumented"])

add(ground="truancy", school="BRI", recipient="bpd/district-d14", decision="deny", reason="ground_not_permitted",
    when="2026-03-05 08:00", location="Brighton High School attendance office",
    name="Jennifer Caceres", grade=10, kind="sis_record",
    desc=("SIS ATTENDANCE EXPORT - 10-day summary (generated 03/06/2026)\n"
          "Absences (unexcused): 2/23, 2/24, 2/26, 2/27, 3/2, 3/3, 3/5\n"
          "Tardies: 9\n"
          "Counselor note 2/27: Student reports working 6 PM to 2 AM at a dry cleaning plant in Everett six "
          "nights a week to help with rent. Falls asleep in 1st period. {{lang|Home language Spanish; mother "
          "requested an interpreter for the attendance meeting}}. Family {{nbh|lives on Chestnut Hill Ave}} "
          "near the school.\n"
          "Attendance officer note 3/5: home visit attempted, no answer.\n"
          "Request: refer to police for truancy."),
    extra={"attendance_rate": "71%", "work_permit_on_file": "No"},
    mnc=["Spanish", "interpreter", "Chestnut Hill Ave"])

add(ground="immigration_inquiry", school="SNOW", recipient="bpd", decision="deny", reason="ground_not_permitted",
    when="2025-10-02 10:00", location="Snowden International School main office",
    name="Carlos Ixcot", grade=11, kind="email",
    desc=("From: HR, Bayside Hotel Group\n"
          "To: Snowden International School, Main Office\n"
          "Date: 10/2/2025\n"
          "Subject: Verification - student employee\n\n"
          "We have a student of yours, Carlos, working banquets on weekends under a youth work permit your "
          "school signed. {{imm|Our new I-9 auditor asks whether he has a green card or other work "
          "authorization, since the Social Security number he gave does not match}}. Can the school "
          "{{imm|confirm his status}} or share his records with the appropriate authorities?\n\n"
          "Reply (AP): We do not share student records for this purpose. Forwarding to central office."),
    mnc=["green card", "work authorization", "does not match", "confirm his status"])

add(ground="fight", school="TB", recipient="bpd/district-c11", decision="deny", reason="ground_not_permitted",
    when="2025-11-01 12:05", location="TechBoston Academy cafeteria",
    name="Devonte Harris", grade=11, kind="note",
    desc=("Two students who work together at a car wash on Saturdays got into a shoving and punching fight in "
          "the cafeteria at 12:05 PM over who was late for a shift. Neither needed more than an ice pack from "
          "the nurse. Both suspended one day."))

add(ground="gang_activity", school="EGL", recipient="bpd/district-b2", decision="deny",
    reason="ground_not_permitted", when="2026-01-20 15:30", location="Greater Egleston High School",
    name="Dashawn Tolliver", grade=10, kind="note",
    desc=("Staff concerned that Dashawn says his \"job\" is working for {{gang|the Lucerne Street crew}}, and he "
          "has been seen with older males after school {{nbh|near his building at 40 Lucerne St}}. No weapon or "
          "drugs found. Requesting BPD be made aware."),
    mnc=["Lucerne"])

add(ground="suspicious_activity", school="DEAR", recipient="bpd/district-b2", decision="deny",
    reason="ground_not_permitted", when="2025-12-15 08:00", location="Dearborn STEM Academy entrance",
    name="Kelvin Marte", grade=12, kind="note",
    desc=("SSS found $2,340 in cash in Kelvin's backpack during a routine search at 8:00 AM. Kelvin says he "
          "works construction with his father on weekends and nights and they are paid in cash {{imm|because "
          "their tourist visas expired}}. No drugs, no weapons found. Money returned to father at 3 PM."),
    mnc=["tourist visa"])

add(ground="vandalism", school="ENG", recipient="bpd/district-e13", decision="deny", reason="ground_not_permitted",
    when="2025-09-08 19:00", location="Moving company lot (former student workplace)",
    name="Alexis Quiles", grade=11, kind="sis_record",
    desc=("Manager of a moving company where Alexis worked summers called: Alexis spray-painted the company's "
          "box truck in their lot after being let go. Damage about $1,800. He wants the school to report it."),
    extra={"ethnicity": "Puerto Rican", "employer": "moving company (summer)", "grade_level_status": "on track"},
    forb=[("eth", "Puerto Rican")])

add(ground="trespass", school="CHS", recipient="bpd/district-a1", decision="deny", reason="ground_not_permitted",
    when="2025-10-15 23:00", location="Warehouse yard (former student workplace)",
    name="Tyrell Gaines", grade=12, kind="email",
    desc=("From: Site Security, Harborline Distribution\n"
          "To: Charlestown High School\n"
          "Subject: former employee on premises\n\n"
          "Tyrell, a former seasonal picker who was let go two weeks ago, was found at 11 PM on 10/15 inside the "
          "fence of our warehouse yard and left when asked. No damage. Please pass this to police."))

add(ground="forgery", school="BLA", recipient="bpd/district-d4", decision="deny", reason="ground_not_permitted",
    when="2026-04-07 09:00", location="Boston Latin Academy guidance office",
    name="Mia Castellano", grade=9, kind="note", trap=True,
    desc=("Counselor found that Mia's youth work permit, on file with a supermarket, has a forged counselor "
          "signature and a changed date of birth so she could work later hours. The supermarket caught it. Mia "
          "admits she signed it herself."))

add(ground="harassment", school="OB", recipient="bpd/district-b2", decision="deny", reason="ground_not_permitted",
    when="2026-02-27 20:00", location="Ice cream shop staff group chat (online)",
    name="Brooke Sullivan", grade=10, kind="note", tags=["multi_student"],
    desc=("Student has been posting comments about a coworker at the ice cream shop, who is also an O'Bryant "
          "student, mocking {{rel|her hijab}} and calling her names in the shop's group chat. No threats of "
          "violence."),
    mnc=["hijab"])

add(ground="child_labor_concern", school="MH", recipient="bpd/district-b2", decision="deny",
    reason="ground_not_permitted", when="2026-01-14 09:00", location="Mission Hill K-8 main office",
    name="Daniela Ruiz", grade=8, kind="note",
    desc=("Our 8th grader Daniela, age 13, has been working 30+ hours a week cleaning a restaurant after "
          "closing, 11 PM to 3 AM, with her mother. She is asleep in class most mornings. Mother says {{imm|the "
          "family is undocumented}} and is afraid to complain to the restaurant. Requesting police look into "
          "the employer."),
    mnc=["undocumented"])

add(ground="general_intelligence", school="BCLA", recipient="bpd/district-c11", decision="deny",
    reason="ground_not_permitted", when="2026-02-12 22:00", location="Gas station convenience store",
    name="Jayvon Pettaway", grade=11, kind="note", tags=["multi_student"],
    desc=("A district detective asked the school for a list of our students who work at the gas station "
          "convenience store where a robbery happened on 2/12: names, schedules, and who they hang out with. "
          "Jayvon (this student) is one of three students who work there; the other two are R.M. and "
          "{{lang|P.N., who is an English learner}} and new this year. Jayvon was not working that night per "
          "the manager."),
    mnc=["English learner"])

# ---------------------------------------------------------------------------------------------
# DENY: excluded substances only
# ---------------------------------------------------------------------------------------------
add(ground="drugs", substances=["THC vape cartridges"], school="NM", recipient="bpd/district-b2",
    decision="deny", reason="excluded_substance", when="2026-03-10 10:40",
    location="New Mission High School, gym locker room", name="Marcus Tibbs", grade=11, kind="note",
    desc=("During a search after a fire-alarm pull (unrelated), SSS found 22 THC vape cartridges in Marcus's gym "
          "bag, packed in a food-delivery insulated bag. Marcus said he makes runs on his delivery-app account "
          "and drops carts off with the orders. He said the carts come from {{gang|the Sully Boys}} and he gets "
          "$5 a cart. No other substances found."),
    mnc=["Sully Boys"])

add(ground="drugs", substances=["beer"], school="BRI", recipient="bpd/district-d14", decision="deny",
    reason="excluded_substance", when="2026-02-13 19:30", location="Brighton High School, stairwell during dance",
    name="Khoa Le", grade=11, kind="note",
    desc=("Student brought 4 cans of beer in a kitchen-supply bag to the school dance at 7:30 PM and was sharing "
          "them in the stairwell. He says he took them from the back of the restaurant where he buses tables. "
          "{{lang|Mother was contacted through a Vietnamese-speaking staff member}}."),
    mnc=["Vietnamese"])

add(ground="drugs", substances=["vape"], school="FEN", recipient="bpd/district-b2", decision="deny",
    reason="excluded_substance", when="2025-11-12 09:10", location="Fenway High School",
    name="Cameron Reilly", grade=10, kind="note",
    desc=("Vape pen (unknown contents, no label) found in Cam's pocket at 9:10 AM; he says a coworker at the car "
          "wash gave it to him."))

add(ground="drugs", substances=["nicotine pouches"], school="MP", recipient="bpd", decision="deny",
    reason="excluded_substance", when="2026-04-22 10:30",
    location="Madison Park Technical Vocational High School, carpentry shop",
    name="Thiago Rocha", grade=10, kind="note",
    desc=("Student was selling nicotine pouches (6 mg) from a tin in the carpentry shop at $3 each; he says the "
          "older guys at his weekend roofing job give him sleeves of them. He told the teacher the roofers are "
          "all {{nat|from his hometown in Brazil}}."),
    mnc=["Brazil", "hometown"])

add(ground="drugs", substances=["THC gummies"], school="MH", recipient="bpd/district-b2", decision="deny",
    reason="excluded_substance", when="2025-10-20 12:15", location="Mission Hill K-8 lunchroom",
    name="Layla Pemberton", grade=8, kind="note",
    desc=("Eighth grader Layla brought a bag of THC gummies (package labeled 10 mg each) and gave some to two "
          "friends at lunch. She says they belong to the family she babysits for on weekends and she took them "
          "from their kitchen. Both friends seen by nurse; parents picked up."))

add(ground="drugs", substances=["marijuana", "rum"], school="BURKE", recipient="bpd/district-c11",
    decision="deny", reason="excluded_substance", when="2026-03-02 08:20",
    location="Jeremiah E. Burke High School entrance", name="Rashad Greer", grade=11, kind="form",
    desc=("Date/time: 3/2/26 8:20 AM\n"
          "Found: 2 blunts, a small jar of marijuana, and a 200 ml bottle of rum in backpack.\n"
          "Student statement: sells weed to coworkers at his sandwich shop job; rum was \"for after work.\"\n"
          "Address on file: {{nbh|Franklin Field Apartments, Blue Hill Ave}}"),
    mnc=["Franklin Field", "Blue Hill Ave"])

add(ground="drugs", substances=["hash"], school="TB", recipient="bpd/district-c11", decision="deny",
    reason="excluded_substance", when="2025-12-04 10:45", location="TechBoston Academy",
    name="Omari Nkosi", grade=12, kind="note",
    desc=("Small block of hash (about 2 g) wrapped in foil found in Omari's jacket at 10:45 AM. He says he gets "
          "it from a coworker at the airport catering kitchen where he works nights. Counselor notes {{imm|Omari "
          "is an asylum seeker and has his hearing next month}}."),
    mnc=["asylum"])

add(ground="drugs", substances=["blunts", "cigars"], school="EGL", recipient="bpd/district-b2", decision="deny",
    reason="excluded_substance", when="2026-05-05 13:00", location="Behind the Greater Egleston gym",
    name="Jordan Mathis", grade=11, kind="note", tags=["multi_student"],
    desc=("Three students who work together at a tire shop were found smoking blunts behind the gym at 1:00 PM. "
          "This report is about Jordan, who had a box of Black & Mild cigars and two more blunts in his coat. "
          "The other two (T.S. and {{eth|M.K., a Somali student}}) had nothing on them."),
    mnc=["Somali"])

# ---------------------------------------------------------------------------------------------
# DENY: recipient not permitted
# ---------------------------------------------------------------------------------------------
add(ground="weapon", weapon="knife", school="EB", recipient="ice/ero-boston", decision="deny",
    reason="recipient_not_permitted", when="2025-11-06 11:10", location="East Boston High School, room 307",
    name="Bryan Zelaya", grade=10, kind="note",
    desc=("At 11:10 AM a teacher saw Bryan open a folding knife (about 3 inches) under his desk in room 307 and "
          "asked for it; he handed it over. He said he uses it to open boxes at his job at a produce wholesaler "
          "in Chelsea. The produce company's office manager called the school later asking about him and said "
          "{{imm|his employment authorization card looked fake}}. No threats were made."),
    mnc=["employment authorization"])

add(ground="weapon", weapon="box cutter", school="BURKE", recipient="bric", decision="deny",
    reason="recipient_not_permitted", when="2026-01-12 08:00", location="Jeremiah E. Burke High School entrance",
    name="Jamal Ricketts", grade=10, kind="note",
    desc=("Box cutter found on Jamal during the 8 AM scan; he said it's from his stock job. Staff believe "
          "{{gang|he is affiliated with the Wendover crew}} and want this to go to the BRIC for their records."),
    mnc=["Wendover"])

add(ground="drugs", substances=["fentanyl"], school="EB", recipient="dhs/hsi-boston", decision="deny",
    reason="recipient_not_permitted", when="2026-04-02 09:30", location="East Boston High School",
    name="Wilson Arevalo", grade=12, kind="note",
    desc=("Student had 5 grams of fentanyl powder in a bag at school on 4/2/26. He said a coworker at the fish "
          "pier where he works mornings supplied it. School is sending to HSI because the employer told us "
          "{{imm|his work permit application is pending with USCIS}}."),
    mnc=["USCIS", "work permit application"])

add(ground="weapon", weapon="box cutter", school="DA", recipient="dol/whd-boston", decision="deny",
    reason="recipient_not_permitted", when="2025-12-10 07:45", location="Dorchester Academy entrance",
    name="Kaden Maloney", grade=9, kind="note",
    desc=("Fourteen-year-old Kaden brought a box cutter from his overnight job at a packaging plant; found in his "
          "bag at 7:45 AM. The plant has him working until 3 AM on school nights, which is illegal for his age. "
          "We want the U.S. Department of Labor Wage and Hour Division to see this."))

add(ground="weapon", weapon="knife", school="BLA", recipient="allied-universal/ballpark-concessions",
    decision="deny", reason="recipient_not_permitted", when="2025-09-25 08:30",
    location="Boston Latin Academy", name="Liam Dorsey", grade=11, kind="note",
    desc=("Student brought a folding knife to school; says he uses it at his concessions job at the ballpark. "
          "The concessions company's contracted security wants a copy of our report for their banned list. "
          "{{lang|Mother's preferred language: Amharic}}."),
    mnc=["Amharic"])

add(ground="credible_threat", school="CASH", recipient="commonwealth-fusion-center", decision="deny",
    reason="recipient_not_permitted", when="2026-04-13 21:00", location="Social media post",
    name="Darius Fenwick", grade=11, kind="note",
    desc=("Student posted 'gonna shoot up the job fair Friday' after being turned down for a summer jobs slot; "
          "the post was screenshotted by three students. The account shows the post was made {{nbh|from his "
          "home in Hyde Park}}."),
    threat="Student posted online that he would shoot up the school's job fair on Friday.",
    mnc=["Hyde Park"])

add(ground="serious_violence", school="ACC", recipient="mbta-transit-police", decision="deny",
    reason="recipient_not_permitted", when="2026-02-20 22:15", location="MBTA bus after work shift",
    name="Terrence Oyelaran", grade=11, kind="note",
    desc=("On the bus after their shift at a grocery store, Terrence beat another ACC student (a coworker) "
          "unconscious; the victim had a fractured jaw. It happened on the bus, so we are sending to Transit "
          "Police."))

# ---------------------------------------------------------------------------------------------
# DENY: credible threat with no written statement
# ---------------------------------------------------------------------------------------------
add(ground="credible_threat", school="EXCEL", recipient="bpd/district-c6", decision="deny",
    reason="missing_threat_statement", when="2026-01-26 17:00", location="Sub shop (student workplace)",
    name="Marcus Keane", grade=11, kind="note",
    desc=("Coworker at the sub shop reported that Marcus said he would \"bring the heat\" to school and "
          "\"handle\" a classmate who got him fired. Marcus {{nbh|lives on Dorchester St in Southie}}."),
    mnc=["Dorchester St", "Southie"])

add(ground="credible_threat", school="CHS", recipient="bpd/district-a1", decision="deny",
    reason="missing_threat_statement", when="2025-12-19 18:00", location="Pizza place (student workplace)",
    name="Jonah Pacheco", grade=10, kind="note", threat="",
    desc=("Message from a parent: her son's coworker at the pizza place, a Charlestown High student, told him he "
          "will stab him at school Monday. Parent {{lang|only speaks Portuguese}}; message translated by staff."),
    mnc=["Portuguese"])

add(ground="credible_threat", school="KEN", recipient="bpd/district-b2", decision="deny",
    reason="missing_threat_statement", when="2026-05-08 20:30", location="Ice cream shop (student workplace)",
    name="Destiny Carver", grade=10, kind="email",
    desc=("From: Shift Manager, Scoops & Cones\n"
          "To: Edward M. Kennedy Academy for Health Careers\n"
          "Subject: one of your students\n\n"
          "Your student Destiny told another worker tonight she is going to \"bring a knife Monday and cut\" a "
          "girl in her homeroom. I don't know the girl's name. Just letting you know."))

add(ground="credible_threat", school="ENG", recipient="bpd/district-e13", decision="deny",
    reason="missing_threat_statement", when="2026-03-19 15:00", location="Warehouse (student workplace)",
    name="Yonatan Haile", grade=12, kind="note",
    desc=("Warehouse supervisor called: our student Yonatan threatened to shoot a classmate who also works there. "
          "The supervisor mentioned {{imm|Yonatan's work authorization is still pending}}, so they are cutting "
          "his hours."),
    mnc=["work authorization"])

add(ground="credible_threat", school="NM", recipient="bpd/district-b2", decision="deny",
    reason="missing_threat_statement", when="2025-10-30 16:45", location="Car wash (student workplace)",
    name="Rasheed Coleman", grade=11, kind="note",
    desc=("Student told a coworker at the car wash (also a student here) that {{gang|the Franklin Hill Giants}} "
          "will be waiting for him after school. Staff worried."),
    mnc=["Franklin Hill Giants"])

# ---------------------------------------------------------------------------------------------
# DENY: face surveillance
# ---------------------------------------------------------------------------------------------
add(ground="serious_violence", school="MP", recipient="bpd/district-b2", decision="deny",
    reason="face_surveillance", when="2026-01-22 03:00", location="Warehouse locker room (student workplace)",
    name="Isaac Moreland", grade=12, kind="note",
    attachments=[{"kind": "face_match", "name": "timeclock_match_0122.png"}],
    desc=("A coworker (also our student, D.R.) was beaten with a length of pipe in the warehouse locker room at "
          "about 3 AM on 1/22/26 and has a fractured skull. Nobody saw the attacker. The warehouse's "
          "{{face|facial recognition time clock}} {{face|matched Isaac's face}} to a clock-in at 2:58 AM, which "
          "is how the employer identified him. Isaac was at school the next day."),
    mnc=["facial recognition", "matched Isaac's face"])

add(ground="weapon", weapon="knife", school="EB", recipient="bpd/district-a7", decision="deny",
    reason="face_surveillance", when="2026-03-14 19:20", location="Supermarket (student workplace)",
    name="Alan Cordero", grade=10, kind="note",
    attachments=[{"kind": "face_match", "name": "lp_camera_face_match.jpg"}],
    desc=("The supermarket where Alan works part time sent us {{face|the attached face match from their "
          "loss-prevention camera system}}, which flagged him as the person who pulled a knife on a cashier "
          "coworker (also a student) on 3/14/26. They want the school to forward it with our report."),
    mnc=["face match"])

add(ground="drugs", substances=["oxycodone"], school="BCLA", recipient="bpd/district-e5", decision="deny",
    reason="face_surveillance", when="2026-05-04 11:00", location="Boston Community Leadership Academy",
    name="Jorge Batista", grade=11, kind="note",
    attachments=[{"kind": "photo", "name": "school_id_photo_2025.jpg"}],
    desc=("BPD asked for Jorge's most recent school ID photo {{face|to run through face recognition against the "
          "video from the pharmacy}} where he works, after pills went missing; the photo is attached. Jorge had "
          "12 oxycodone pills at school on 5/4/26."),
    mnc=["face recognition"])

add(ground="weapon", weapon="stun gun", school="FEN", recipient="bpd/district-b2", decision="deny",
    reason="face_surveillance", when="2026-04-21 09:00", location="Fenway High School lockers",
    name="Kayla Brennan", grade=11, kind="note",
    desc=("Mall security, where Kayla works at a pretzel stand, reported that {{face|their facial recognition "
          "system flagged her}} entering with a stun gun the day after school; today 4/21/26 SSS found the stun "
          "gun in her locker."),
    mnc=["facial recognition"])

# ---------------------------------------------------------------------------------------------
# DENY: replica / BB / airsoft (needs a named approver's determination)
# ---------------------------------------------------------------------------------------------
add(ground="weapon", weapon="BB gun", school="BGA", recipient="bpd/district-e13", decision="deny",
    reason="other", when="2025-11-17 08:05", location="Boston Green Academy entrance",
    name="Trevor Nash", grade=10, kind="note",
    desc=("BB pistol (black, CO2, looks like a real handgun) found in Trevor's duffel with his car wash uniform "
          "at 8:05 AM. He says coworkers shoot cans behind the wash after shifts."))

add(ground="weapon", weapon="airsoft rifle", school="CHS", recipient="bpd/district-a1", decision="deny",
    reason="other", when="2026-05-18 07:50", location="Charlestown High School entrance",
    name="Ardit Hoxha", grade=11, kind="note",
    desc=("Airsoft rifle (orange tip removed) found in a long duffel at 7:50 AM. Student says he works weekends "
          "as a referee at an airsoft field and was bringing it back for repair. {{lang|Father's preferred "
          "language is Albanian}}."),
    mnc=["Albanian"])


# ---------------------------------------------------------------------------------------------
# build, check, write
# ---------------------------------------------------------------------------------------------
def strip(text):
    return SPAN.sub(lambda m: m.group(2), text) if text is not None else None


def ideal(text):
    return SPAN.sub("[WITHHELD]", text) if text is not None else ""


def spans(text):
    return [(m.group(1), m.group(2)) for m in SPAN.finditer(text or "")]


def build():
    order = list(range(len(CASES)))
    random.Random(20260305).shuffle(order)
    lines, problems = [], []
    for n, i in enumerate(order, 1):
        c = CASES[i]
        cid = f"{PREFIX}-{n:04d}"
        school, school_id = SCHOOLS[c["school"]]
        student = {"student_id": str(300000 + (i * 7919 + 1237) % 600000), "name": c["name"],
                   "date_of_birth": c["dob"] or dob_for(c["grade"], i), "grade": c["grade"], "school": school}
        student.update(c["extra"])
        req = {"request_id": cid, "school_id": school_id, "recipient": c["recipient"], "ground": c["ground"]}
        if c["substances"] is not None:
            req["substances"] = c["substances"]
        if c["weapon"] is not None:
            req["weapon"] = c["weapon"]
        if c["threat"] is not None:
            req["threat_statement"] = strip(c["threat"])
        req["incident"] = {"occurred_at": ts(c["when"]), "location": c["location"], "description": strip(c["desc"])}
        req["student"] = student
        if c["attachments"]:
            req["attachments"] = c["attachments"]

        sp = spans(c["desc"]) + spans(c["threat"])
        cats = sorted({CODES[k] for k, _ in sp} | {CODES[k] for k, _ in c["forb"]})
        mnc = list(c["mnc"]) + [v for _, v in c["forb"] if v not in c["mnc"]]
        allow = c["decision"] == "allow"
        tags = [FAMILY, c["kind"]] + c["tags"]
        tags.append(OUTCOME_TAG[("allow", c["ground"])] if allow else OUTCOME_TAG[c["reason"]])
        if c["trap"]:
            tags.append("trap")
        tags.append("clean" if not cats else "leaks")
        exp = {"decision": c["decision"]}
        if not allow:
            exp["reason"] = c["reason"]
        exp.update({"must_not_contain": mnc,
                    "must_contain": [c["name"], school, c["fact"]] if allow else [],
                    "must_contain_text": c["mct"] if allow else [],
                    "categories": cats, "tags": tags})

        # --- self checks (labels against the ideal police copy) ---
        def bad(msg):
            problems.append(f"{cid} ({c['name']}): {msg}")
        kept_desc = fold(ideal(c["desc"]))
        police = " ".join([kept_desc, fold(ideal(c["threat"])), fold(c["location"]), fold(school_id),
                           fold(c["recipient"]), fold(c["ground"]), fold(c["weapon"] or ""),
                           fold(" ".join(c["substances"] or [])),
                           fold(" ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth",
                                                                  "grade", "school")))])
        forbidden_text = [fold(t) for _, t in sp] + [fold(v) for _, v in c["forb"]]
        for s in mnc:
            if fold(s) in police:
                bad(f"canary {s!r} survives in the ideal police copy")
            if not any(fold(s) in t for t in forbidden_text):
                bad(f"canary {s!r} is not inside a forbidden span or field")
        for k, t in sp:
            if not any(fold(s) in fold(t) for s in mnc):
                bad(f"span {t!r} has no canary")
        if allow:
            for s in c["mct"] + [c["fact"]]:
                if fold(s) not in kept_desc:
                    bad(f"kept fact {s!r} not in the ideal description")
            if not 1 <= len(c["mct"]) <= 3:
                bad("must_contain_text needs 1 to 3 entries")
            if c["ground"] == "credible_threat" and not (c["threat"] or "").strip():
                bad("allowed credible_threat without a statement")
        if c["kind"] == "narrative" and not 800 <= len(req["incident"]["description"]) <= 2000:
            bad(f"narrative length {len(req['incident']['description'])}")
        free = req["incident"]["description"] + (req.get("threat_statement") or "")
        if "{{" in free or "}}" in free or "|" in free:
            bad("unbalanced span markup")
        lines.append(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False))
    return lines, problems


def main():
    lines, problems = build()
    for p in problems:
        print("SELF-CHECK:", p)
    if problems:
        raise SystemExit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} cases to {OUT}")


if __name__ == "__main__":
    main()
