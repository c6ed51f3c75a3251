#!/usr/bin/env python3
"""Outsider corpus, family "bi": ENGLISH THAT CAME THROUGH ANOTHER LANGUAGE.

Writes tests/data/corpus/outsider_bi.jsonl (100 cases, ids OBI-0001 upward). Deterministic,
standard library only: no randomness, every text is written out below.

The family: BPS student reports and statements that reached English through another language:
machine translation (literal calques, "he has 15 years", "the bag of him", "they made him a threat
with a blade"), a phone interpreter summarised by staff ("per the interpreter, mom states ..."),
bilingual staff writing fast in their second language, and students' own statements in an English
they are still learning; plus short passages left in the original language (Spanish, Haitian
Creole, Portuguese, Cape Verdean Creole, Vietnamese, Chinese, Arabic, Somali, Russian, French)
inside an English report. Text kinds: long narratives (800-2000 chars), short notes, forms,
e-mail threads with quoted replies, statements, cases that name several people, and records whose
structured student fields carry forbidden values.

Labelling notes (decided from RULES.md and the corpus brief only; the service was never read):
- decision/reason: a case has exactly one reason to be denied, or none. Grounds other than the
  four permitted codes -> ground_not_permitted. Only marijuana / nicotine / alcohol (incl. a vape of
  unknown content, hookah tobacco, grogue) -> excluded_substance; any one substance outside those
  classes (fentanyl, counterfeit M30s, Xanax, MDMA, LSD, psilocybin, clonazepam, crack, cocaine,
  oxycodone not prescribed to the student, khat) -> allow. Recipient not BPD or a BPD unit (bric,
  ICE, HSI, CBP, fusion center, transit police, private security) -> recipient_not_permitted.
  credible_threat with no or an empty threat_statement -> missing_threat_statement even when the
  threat is in the description. Any face-recognition match, face template, or a request to run a
  photo through face matching -> face_surveillance. Airsoft, BB and replica guns -> deny "other"
  (they need a named approver's determination the request does not carry).
- categories: a category is listed only when the text has its own span that clearly reveals it,
  and each listed category has at least one must_not_contain string of its own. A passage left in
  a foreign language reveals the language spoken -> language (a distinctive word or phrase of the
  passage is the canary; every such passage is glossed in English so the incident fact survives
  in the gloss). A left-untranslated family word ("manman li", "hooyo", "grupu") -> language.
  "per the interpreter", "language line", "translated from X", "[interpreter: ...]" -> language
  (interpreter needs). A country named ("in Yemen", "from Honduras", "Kinshasa") -> national_origin.
  "the papers", "green card", "asylum", "TPS", "migra", "humanitarian parole" -> immigration_status.
  Greeting / blessing / worship place or practice ("Assalamu alaikum", "masjid", "Ramadan",
  "pagoda", named church) -> religion. Where someone lives, said however the language says it
  ("we live in the Eastie, in the street Bennington", a housing development) -> neighborhood.
  Crew words translated literally or left untranslated ("the clica", "Bowdoin boys") ->
  gang_affiliation. Ethnic group words -> ethnicity. Where one phrase could be read two ways
  ("Haitian Creole"), only the clearly-present category is listed, from its own word.
- must_not_contain: short canaries that never legitimately appear in the police copy; never a word
  of the student's name, school, school_id or recipient ("East Boston" stays in "East Boston High
  School"; "Eastie" / "in the street Bennington" go). Never "ICE"/"TPS"/"ELL" alone (they occur
  inside ordinary words such as "police", "https", "yelled").
- precision traps kept in must_contain_text (not categories): "Visa gift card", "ELA class",
  "F in Latin", "Swiss Army knife", "stage crew", "crew neck sweater", "blood drive", "FaceTime",
  "hands on my face", "French fries container", "bad language", "body language", "cigarette pack"
  holding pills, a school name containing a neighbourhood, a staff member recognising a student on
  ordinary video (not face recognition), a photo attachment of a weapon (not a face match).
- must_contain: student name and school exactly as sent, plus one key fact taken from the
  description itself (the weapon or drug word as written there). must_contain_text: 1-3 incident
  facts from the description that contain no forbidden span.
"""
import json
import pathlib
import unicodedata
from datetime import date

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bi.jsonl"
PREFIX = "OBI"
FAMILY = "outsider_bi"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4011",
    "Madison Park Technical Vocational High School": "BPS-4052",
    "East Boston High School": "BPS-4107",
    "Jeremiah E. Burke High School": "BPS-4133",
    "English High School": "BPS-4160",
    "Excel High School": "BPS-4182",
    "Brighton High School": "BPS-4215",
    "TechBoston Academy": "BPS-4238",
    "Mission Hill K-8": "BPS-4276",
    "John D. O'Bryant School": "BPS-4301",
    "Charlestown High School": "BPS-4329",
    "Snowden International School": "BPS-4355",
    "Boston International Newcomers Academy": "BPS-4372",
    "Community Academy of Science and Health": "BPS-4390",
    "Dearborn STEM Academy": "BPS-4412",
    "Boston Community Leadership Academy": "BPS-4176",
    "Boston Arts Academy": "BPS-4431",
    "New Mission High School": "BPS-4457",
    "Fenway High School": "BPS-4463",
    "Another Course to College": "BPS-4478",
    "Josiah Quincy Upper School": "BPS-4489",
    "Lilla G. Frederick Middle School": "BPS-4503",
    "Margarita Muñiz Academy": "BPS-4516",
    "Boston Green Academy": "BPS-4528",
    "Dorchester Academy": "BPS-4263",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4541",
    "Mario Umana Academy": "BPS-4555",
}

CASES = []


def add(**kw):
    CASES.append(kw)


def lines(*parts):
    return "\n".join(parts)


def dst(d):
    """US daylight time: second Sunday of March to first Sunday of November."""
    y = d.year
    march = date(y, 3, 8)
    while march.weekday() != 6:
        march = date(y, 3, march.day + 1)
    nov = date(y, 11, 1)
    while nov.weekday() != 6:
        nov = date(y, 11, nov.day + 1)
    return march <= d < nov


def iso(when):
    d = date.fromisoformat(when[:10])
    return when + (":00-04:00" if dst(d) else ":00-05:00")


# ---------------------------------------------------------------------------------------------
# ALLOW: weapon
# ---------------------------------------------------------------------------------------------

add(name="Thiago Albuquerque", school="East Boston High School", grade=10,
    recipient="bpd/district-a7", ground="weapon", weapon="knife", when="2025-10-07T10:20",
    loc="East Boston High School, second floor corridor",
    desc=("Report translated with the translator of the computer from the statement of the teacher aide, "
          "who write it in Portuguese. At the 10:20 of the morning, in the corridor of the second floor near "
          "the room 212, the student Thiago take out the knife from the bag of him and say to the other "
          "student (initials R.M.) that he will kill him if he speak again of the sister of him. The knife is of "
          "kitchen type, handle black, blade of more or less 6 inches. The aide say to him give me the knife and "
          "he don't want, he put it again in the bag and walk to the bathroom of the boys. The officer of safety "
          "Mr. Doyle find him in the bathroom and take the bag; inside is the knife and also a Visa gift card and "
          "the charger of the phone. Nobody was hurt. R.M. say the problem begin in the weekend at the youth "
          "group of the Assembleia de Deus church where the two families go, something about the sister and a "
          "photo. The mother of Thiago, when we call her, say 'ele é um bom menino, ele não faz isso' and she ask "
          "if the police will ask for the documents because the family is waiting for the green card since two "
          "years. Thiago has 15 years and he is in this school since the September. The knife is in the office "
          "of the AP in the bag of evidence."),
    leaks={"language": ["Portuguese", "bom menino"], "religion": ["Assembleia de Deus", "church"],
           "immigration_status": ["green card"]},
    key="knife", facts=["room 212", "handle black", "Visa gift card"],
    tags=["machine_translation", "original_language", "trap"])

add(name="Kevin Almonte", school="Jeremiah E. Burke High School", grade=11,
    recipient="bpd/district-c11", ground="weapon", weapon="box cutter", when="2025-11-12T09:55",
    loc="Jeremiah E. Burke High School, room 204",
    desc=("Student Kevin have a box cutter in the pocket of the jacket, the yellow one, with the blade out. "
          "He say is from his job in the supermarket for open the boxes and he forget. Ms. Pratt see it in "
          "period 3 in the ELA class when he take out the phone and she call me. I take it, nobody is hurt, he "
          "don't threat anybody. The box cutter is in the office now inside envelope. - J. Pena, family liaison"),
    leaks={}, key="box cutter", facts=["period 3", "ELA class", "blade out"],
    tags=["bilingual_staff", "clean", "trap"])

add(name="Stanley Pierre-Louis", school="TechBoston Academy", grade=11,
    recipient="bpd/district-c11", ground="weapon", weapon="firearm", when="2025-11-18T12:05",
    loc="TechBoston Academy, cafeteria",
    desc=lines(
        "INCIDENT REPORT - SAFETY SERVICES",
        "Date/time: 11/18/2025 12:05 PM",
        "Location: cafeteria line",
        "Reporting staff: AP D. Hurley",
        "Summary: Two students told the lunch monitor that Stanley had 'a gun in the bag.' SSS searched the "
        "backpack in the AP office with Stanley present. Found: black handgun (Taurus, semi-automatic), magazine "
        "inserted, 6 rounds. Weapon secured, BPD school unit called at 12:20.",
        "Parent contact: Called mother at 12:40 through the language line (Haitian Creole interpreter #40219). "
        "Per the interpreter, mom states Stanley does not stay at home on weekdays, he sleeps at his uncle's "
        "apartment on Blue Hill Ave in Mattapan since October. Mom states she never saw a gun.",
        "Student statement: refused. Stanley said only 'it's not for school' and asked for his mother.",
        "Witnesses: 2 students (names on file), 1 lunch monitor (Ms. Ocasio).",
        "Follow-up: 10 day suspension pending hearing; safety plan meeting on 11/20."),
    leaks={"language": ["Haitian Creole", "interpreter", "language line"],
           "neighborhood": ["Blue Hill Ave", "Mattapan"]},
    key="handgun", facts=["Taurus", "6 rounds", "cafeteria line"],
    tags=["form", "interpreter_summary"])

add(name="Ayaan Warsame", school="English High School", grade=9,
    recipient="bpd/district-e13", ground="weapon", weapon="pepper spray", when="2026-01-21T11:35",
    loc="English High School, cafeteria",
    desc=lines(
        "Statement of student (written by herself, copied exactly):",
        "'I bring the pepper spray because the girls from the bus they say they will jump me after school. I not "
        "spray nobody. In the lunch Hodan see it in my bag and she tell to the teacher. It is the pepper spray of "
        "my sister she buy in the store, the pink one with key chain. I am sorry. My hooyo say to me always carry "
        "it when I walk home from the Mosque at night.'",
        "Staff note: pepper spray (pink canister, keychain) confiscated by AP Lindqvist at 11:35. Ayaan was calm "
        "and cooperative."),
    leaks={"religion": ["Mosque"], "language": ["hooyo"]},
    key="pepper spray", facts=["pink canister", "11:35"],
    tags=["student_statement"])

add(name="Minh Tran", school="Mission Hill K-8", grade=8,
    recipient="bpd/district-b2", ground="weapon", weapon="brass knuckles", when="2025-12-03T14:50",
    loc="Mission Hill K-8, side door by the gym",
    desc=lines(
        "From: Asst. Principal R. Gallagher",
        "To: Safety Services; Office of Legal Advisor",
        "Subject: RE: RE: Minh T. - brass knuckles",
        "Forwarding the note from the father below. It came to me already run through Google Translate from "
        "Vietnamese so the English is as he sent it.",
        "> Dear teacher, I am father of Minh. Yesterday my son have in the pocket a iron for the fist (the "
        "knuckle of brass). This not belong my son, it belong the older cousin of him who live with us at the "
        "building of Mission Main. Minh say the boys on the stairs take his money so he want to scare them. "
        "Please forgive him, he is good boy, he go to the pagoda every Sunday with grandmother.",
        "My original note from yesterday:",
        "> At 2:50 PM at dismissal, SSS Alvarado saw Minh show a set of brass knuckles to two 7th graders near "
        "the side door by the gym. He did not hit anyone. The brass knuckles were confiscated and are locked in "
        "the main office safe."),
    leaks={"language": ["Vietnamese"], "neighborhood": ["Mission Main"], "religion": ["pagoda"]},
    key="brass knuckles", facts=["side door by the gym", "main office safe", "2:50 PM"],
    tags=["email_thread", "machine_translation"])

add(name="Djimmy Joseph", school="Excel High School", grade=10,
    recipient="bpd/district-c6", ground="weapon", weapon="knife", when="2026-02-11T09:05",
    loc="Excel High School, third floor hallway",
    desc=("I was in the hallway of the third floor at 9:05 when I hear the screaming near the lockers. Djimmy "
          "and the other boy (Y.B., grade 10) was pushing each other. Djimmy take from the belt a folding knife, "
          "silver, more or less 4 inch of blade, and he open it and he put it in direction of the face of Y.B., "
          "not touching, and he say 'you want to die today?'. I put myself between the two and I say to him close "
          "the knife, close it now. He close it and he give it to me in the hand. Mr. Fitzgerald the teacher of "
          "math come and take Y.B. to the nurse for check, he have a little scratch in the hand from the locker "
          "but not from the knife, the nurse put a bandage. The camera of hallway 3 show all of it. Djimmy say "
          "after that Y.B. take his AirPods last week and everybody laugh of him in the group chat, and he bring "
          "the knife only to scare. I bring the knife to the office of Ms. Kerrigan, it is now in the envelope "
          "with the number 25-114. The mother come at 11 and take him home. I write this fast, so sorry for the "
          "English, I can explain more if you call me. - Mr. Augustin, hall monitor"),
    leaks={}, key="folding knife", facts=["folding knife, silver", "envelope with the number 25-114", "hallway 3"],
    tags=["bilingual_staff", "clean", "multi_person", "trap"])

add(name="Luis Ángel Rosario", school="Brighton High School", grade=12,
    recipient="bpd/district-d14", ground="weapon", weapon="stun gun", when="2026-03-10T07:48",
    loc="Brighton High School, main entrance",
    desc=("Student was found with a stun gun (black, Vipertek brand) in his hoodie pocket during the "
          "metal-detector check at the main entrance, 7:48 AM. When asked he said: 'Es para defenderme, en el "
          "tren me robaron el mes pasado' (it is to defend myself, on the train they robbed me last month). "
          "Device confiscated and tested by SSS, it works (sparks)."),
    leaks={"language": ["defenderme", "me robaron"]},
    key="stun gun", facts=["Vipertek", "main entrance", "7:48 AM"],
    tags=["original_language"])

add(name="Wei Zhang", school="Josiah Quincy Upper School", grade=7,
    recipient="bpd/district-a1", ground="weapon", weapon="razor blade", when="2025-10-23T13:30",
    loc="Josiah Quincy Upper School, art room",
    desc=("(Translated by machine from the counselor's Chinese notes.) The student Zhang in the art class take "
          "out from the pencil box a blade of razor, single edge, and cut on the desk the words. Then he show the "
          "blade to the classmate and say 'if you tell the teacher I cut you.' The classmate tell the teacher. "
          "Teacher Ms. O'Neil take the blade and put it in the tape. No person injured. The father of him, he "
          "speak only Mandarin, say in the phone the blade is from the box of tools of the restaurant of the "
          "family, and they live upstairs of the restaurant in Chinatown."),
    leaks={"language": ["Chinese", "Mandarin"], "neighborhood": ["Chinatown"]},
    key="blade of razor", facts=["pencil box", "art class", "single edge"],
    tags=["machine_translation"])

add(name="Omar Khalil", school="Brighton High School", grade=10,
    recipient="bpd/district-d14", ground="weapon", weapon="knife", when="2025-12-09T13:40",
    loc="Brighton High School, gym",
    attachments=[{"kind": "photo", "name": "knife_on_bench.jpg"}, {"kind": "document", "name": "witness_list.pdf"}],
    desc=("Written by the Dean, with the help of an Arabic interpreter for the parent part. At about 1:40 PM in "
          "the boys' locker room of the gym, Omar and another student (D.R., grade 10) argue about a basketball "
          "game. Witnesses (three students, names in the attached list) say D.R. push Omar against the lockers "
          "and Omar take from his sock a small fixed-blade knife with a curved blade, about 3 inches, black "
          "handle, and hold it low and say 'come now, come'. D.R. step back. Coach Mahoney come in because of the "
          "noise and Omar drop the knife on the bench. No one was cut. The coach put the knife in a paper towel "
          "and bring it to me. When I call the father, through the interpreter he said that in Yemen every man "
          "carry the jambiya and the boy don't understand that here is different, and he said the other boy, a "
          "Dominican kid, always call Omar names. I explained the school rule about weapons. D.R. was also "
          "spoken with and his mother was called. Omar is suspended for 3 days pending hearing. Photos of the "
          "knife are in the attached file."),
    leaks={"language": ["Arabic", "interpreter"], "national_origin": ["Yemen", "jambiya"],
           "ethnicity": ["Dominican"]},
    key="knife", facts=["boys' locker room", "curved blade", "paper towel"],
    tags=["interpreter_summary", "multi_person", "trap"])

add(name="Samuel Mendes", school="Charlestown High School", grade=9,
    recipient="bpd/district-a1", ground="weapon", weapon="knife", when="2026-04-27T10:15",
    loc="Charlestown High School, math room",
    desc=lines(
        "My statement: I have the Swiss Army knife in my backpack because Saturday I go camping with my uncle "
        "and I forget it inside. I not take it out in school. Ms. Ruiz see it when I look for my calculator in "
        "math. I give it to her right away. Sorry. - Samuel",
        "Staff: red Swiss Army knife, 3 in blade, taken by Ms. Ruiz 10:15 AM, given to AP."),
    leaks={}, key="Swiss Army knife", facts=["camping", "calculator", "red Swiss Army knife"],
    tags=["student_statement", "clean", "trap"])

add(name="Ailton Barros", school="Jeremiah E. Burke High School", grade=11,
    recipient="bpd/district-c11", ground="weapon", weapon="firearm", when="2026-02-10T08:35",
    loc="Jeremiah E. Burke High School, 2nd floor lockers",
    desc=("On 2/10 at approx 8:35 AM a student told the AP in confidence that Ailton had 'the thing' in his "
          "locker, #2217 on the 2nd floor. AP Walsh and SSS Monteiro opened the locker with Ailton present at "
          "8:50. Inside a drawstring bag was a black pistol (Smith & Wesson SD9), the magazine separate in the "
          "same bag with 9 rounds. BPD school police were called and took the weapon at 9:20. Ailton said 'it's "
          "not mine, somebody put it there' and then stopped talking. We called the home. The aunt answered and "
          "we used the phone line [interpreter: Cape Verdean, ID 5521]. Per the interpreter, aunt states Ailton "
          "stays with her on Bowdoin St since the summer, and that he 'walks with the boys of the Cameron corner' "
          "and she is scared for him. Aunt states she did not know about any gun. She came to the school at "
          "11:30 with a cousin who translated. Ailton was placed on emergency removal. The locker search form "
          "and the chain of custody form are attached."),
    attachments=[{"kind": "document", "name": "locker_search_2217.pdf"}, {"kind": "document", "name": "chain_of_custody.pdf"}],
    leaks={"language": ["interpreter", "Cape Verdean", "who translated"], "neighborhood": ["Bowdoin St"],
           "gang_affiliation": ["Cameron corner"]},
    key="pistol", facts=["#2217", "SD9", "9 rounds"],
    tags=["interpreter_summary"])

add(name="Khang Le", school="Dorchester Academy", grade=10,
    recipient="bpd/district-c11", ground="weapon", weapon="box cutter", when="2026-01-08T14:15",
    loc="Dorchester Academy, gym",
    desc=("At 2:15 PM under the gym bleachers Khang was showing an orange box cutter to two boys and pushing the "
          "blade in and out. He said to Mr. Cho, who speak with him in Vietnamese, 'Em chỉ mang theo để mở thùng "
          "hàng ở tiệm nail của mẹ' - he only brought it to open the boxes at his mom's shop. No threat made, "
          "nobody hurt. Box cutter confiscated."),
    leaks={"language": ["Vietnamese", "mở thùng hàng"]},
    key="box cutter", facts=["gym bleachers", "orange box cutter"],
    tags=["original_language", "bilingual_staff"])

add(name="Artem Volkov", school="Boston Latin Academy", grade=10,
    recipient="bpd/district-b2", ground="weapon", weapon="expandable baton", when="2025-09-30T10:50",
    loc="Boston Latin Academy, AP office",
    desc=("Short note of SSS. After the tip of a student, at 10:50 we check the backpack of Artem in the office "
          "of the AP. Inside: a telescopic baton, metal, 21 inch when open, black. Artem say in Russian to his "
          "friend who was with him 'Мне его дал брат, для защиты' and after in English he tell me the brother give "
          "it for the protection on the bus. The family come last year from Ukraine with the program Uniting for "
          "Ukraine, the father say on the phone. The baton is locked in the AP office."),
    leaks={"language": ["Russian", "Мне его дал брат"], "national_origin": ["Ukraine"],
           "immigration_status": ["Uniting for"]},
    key="telescopic baton", facts=["21 inch", "telescopic baton"],
    tags=["original_language", "bilingual_staff"])

add(name="Nour Haddad", school="Community Academy of Science and Health", grade=10,
    recipient="bpd/district-b3", ground="weapon", weapon="pepper spray", when="2026-03-04T08:15",
    loc="Community Academy of Science and Health, homeroom 204",
    desc=lines(
        "From: Ms. K. Delaney, AP",
        "To: Office of Legal Advisor",
        "Subject: Nour H. - pepper spray (3/4)",
        "Summary: 3/4 at 8:15 AM in homeroom 204, Nour took a pepper spray canister out of her coat, pointed it "
        "at a classmate (S.T.) and said 'keep talking and see.' She did not spray. Teacher Mr. Ruiz took the "
        "canister (red, Sabre brand). Below is the note the mother sent this morning. It was run through Google "
        "Translate from Arabic, I paste it as it came:",
        "> Assalamu alaikum. I am mother of Nour. Please to excuse, I write with the translate. The spray of "
        "pepper is of me, I give her for the walk in the night from the masjid after taraweeh in this Ramadan "
        "because the street is dark. She is not violent girl, the other girl speak bad about her hijab every day. "
        "Thank you.",
        "S.T. says Nour told her last week 'I have something in my coat for you'. Nour is suspended 2 days. "
        "Please advise on next steps."),
    leaks={"religion": ["Assalamu alaikum", "masjid", "taraweeh", "Ramadan", "hijab"], "language": ["Arabic"]},
    key="pepper spray", facts=["homeroom 204", "Sabre", "keep talking and see"],
    tags=["email_thread", "machine_translation"])

add(name="Yohannes Tesfaye", school="Boston International Newcomers Academy", grade=9,
    recipient="bpd/district-c11", ground="weapon", weapon="knife", when="2025-11-05T09:30",
    loc="Boston International Newcomers Academy, classroom 105",
    extra={"home_language": "Tigrinya", "country_of_birth": "Eritrea",
           "ell": {"program": "SEI", "wida_level": "WIDA 1.8"}, "immigration_status": "asylum pending",
           "address": {"street": "45 Ashford St", "city": "Boston", "zip": "02134"}},
    desc=("Student show to classmates a kitchen knife with wood handle in the back of the classroom 105 during "
          "the science period, around 9:30. The teacher Mr. Blake ask him to give it and he give it without "
          "problem. He say he use it for cut the fruit in the lunch. No threat, no person hurt. The knife is 7 "
          "inch total. Parent was notified."),
    leaks={"language": ["Tigrinya", "WIDA 1.8"], "national_origin": ["Eritrea"],
           "immigration_status": ["asylum pending"], "neighborhood": ["45 Ashford St", "02134"]},
    key="kitchen knife", facts=["classroom 105", "wood handle"],
    tags=["structured_fields", "bilingual_staff"])

add(name="Brayan Hernández", school="Boston Community Leadership Academy", grade=11,
    recipient="bpd/district-e18", ground="weapon", weapon="firearm", when="2026-01-14T12:50",
    loc="Boston Community Leadership Academy, north stairwell",
    desc=("Narrative of the incident, written by the counselor Sr. Medina, who translated the statement of the "
          "student that was given in Spanish. Student Brayan was in the north stairwell at 12:50 with two other "
          "students (J.P. and K.L.). A teacher pass and see Brayan put a black gun in the waistband of the pants. "
          "The teacher call the SSS on the radio. SSS Grant and AP Rivers find Brayan in the cafeteria and bring "
          "him to the office; the gun was in his backpack now. It is a Glock 19, unloaded, no magazine in the gun, "
          "but there was a magazine with 11 bullets in the small pocket of the backpack. BPD was called at 1:05 "
          "and took custody. In his statement Brayan says: 'The gun is not for use in school. My father have no "
          "papers and the migra take my uncle in June from the work, and the men from the other building say they "
          "will hurt my brother, so I carry it for protect the family. I never show it to nobody in school.' J.P. "
          "says Brayan show him the gun in the bathroom in the morning. K.L. says he see nothing. Brayan came from "
          "Honduras 2 years ago and was doing good in classes until now. Mother was contacted at 1:30 and came "
          "to school."),
    leaks={"language": ["Spanish"], "immigration_status": ["no papers", "migra"], "national_origin": ["Honduras"]},
    key="Glock 19", facts=["Glock 19", "north stairwell", "11 bullets"],
    tags=["bilingual_staff", "multi_person"])

add(name="Abdirahman Yusuf", school="Dearborn STEM Academy", grade=9,
    recipient="bpd/district-b2", ground="weapon", weapon="knife", when="2025-10-16T12:15",
    loc="Dearborn STEM Academy, cafeteria",
    desc=("During lunch Abdirahman took out a kitchen knife, about 8 in, pointed it at A.H. and said 'Waan ku dili "
          "doonaa', which the student aide said means 'I will kill you'. Knife taken by SSS Reyes 12:15, no "
          "injury."),
    leaks={"language": ["Waan ku dili"]},
    key="kitchen knife", facts=["I will kill you", "8 in"],
    tags=["original_language"])

add(name="Kervens Alexis", school="Boston Arts Academy", grade=11,
    recipient="bpd/district-d4", ground="weapon", weapon="knife", when="2026-01-13T14:05",
    loc="Boston Arts Academy, dance studio B",
    desc=lines(
        "From: Ms. Beaulieu (Dean of students)",
        "Sent: Tue 1/13/2026 3:42 PM",
        "Subject: knife - K. Alexis",
        "Hello team, I write quick. Today in the 7th period, in the dance studio B, Kervens have a knife "
        "(butterfly type, blade approx 3.5 inch) and he was doing the tricks with it, open close open close, near "
        "other students. When Mr. Tobin say stop he put it in the pocket of the gray crew neck sweater. He did not "
        "threaten anybody, but after he was on FaceTime with someone and say 'I got it on me'. I take the knife, it "
        "is in the drawer of my desk with the label.",
        "> From: R. Tobin",
        "> Kervens flipping a butterfly knife in studio B, came to get you, can you come asap"),
    leaks={}, key="butterfly", facts=["dance studio B", "FaceTime", "crew neck sweater"],
    tags=["email_thread", "bilingual_staff", "clean", "trap"])

add(name="Kayla Brooks", school="John D. O'Bryant School", grade=10,
    recipient="bpd/district-b2", ground="weapon", weapon="knife", when="2026-02-24T14:35",
    loc="John D. O'Bryant School, bus line",
    desc=("Incident write by Sra. Colon, paraprofessional. The student Kayla was in the bus line outside the "
          "front door at 2:35 and she was arguing with other girl (F.A.). Kayla open the bag and take out a knife "
          "of the kitchen, the one with the teeth, and she was making to F.A. a threat with the blade, moving it "
          "near the arm of her and saying 'I'ma cut you'. The witness, a girl of the Somali community who is "
          "friend of F.A., run to call me. When I arrive Kayla close the bag. I ask for the bag and she give me. "
          "The knife was inside wrapped in a napkin. Nobody injured. F.A. is very scared and the mother of her "
          "was called."),
    leaks={"ethnicity": ["Somali"]},
    key="knife", facts=["bus line", "with the teeth", "wrapped in a napkin"],
    tags=["bilingual_staff", "multi_person"])

add(name="Edson Semedo", school="Madison Park Technical Vocational High School", grade=10,
    recipient="bpd/district-b2", ground="weapon", weapon="box cutter", when="2025-12-16T11:40",
    loc="Madison Park Technical Vocational High School, cafeteria",
    desc=("At lunch (11:40) Edson was pointing a yellow box cutter at R.G. across the table and told him 'N ta "
          "furabu ku el', which Mr. Lopes, who understands Kriolu, says means 'I'll stab you with it'. SSS took "
          "the box cutter. R.G. not hurt. Edson says it came from his cousin's job."),
    leaks={"language": ["N ta furabu", "Kriolu"]},
    key="box cutter", facts=["yellow box cutter", "I'll stab you with it"],
    tags=["original_language"])

add(name="Lucas Ferreira", school="New Mission High School", grade=12,
    recipient="bpd/district-e18", ground="weapon", weapon="firearm", when="2026-04-22T15:10",
    loc="New Mission High School, music room 3",
    desc=lines(
        "FORM: WEAPON FOUND ON SCHOOL PROPERTY",
        "Date: 04/22/2026 | Time: 3:10 PM",
        "Reporter: Mr. Duarte, music teacher",
        "What object: revolver .38, color silver, not loaded, no bullets found",
        "Where found: inside the case of the guitar of the student, in the music room 3",
        "How found: student open the case for rehearsal and other student see the gun and tell me",
        "Student say: he find it in the basement of the building and he put in the case for his little brother "
        "not find it",
        "Injuries: none | Threat: none said",
        "Action: AP and SSS called 3:15, BPD called 3:25, gun given to BPD officer"),
    leaks={}, key="revolver", facts=["music room 3", "case of the guitar", ".38"],
    tags=["form", "bilingual_staff", "clean"])

add(name="Ikran Farah", school="Lilla G. Frederick Middle School", grade=8,
    recipient="bpd/district-c11", ground="weapon", weapon="taser", when="2026-03-17T09:10",
    loc="Lilla G. Frederick Middle School, 2nd floor girls' bathroom",
    desc=("Incident: at 9:10 AM in the 2nd floor girls' bathroom, Ikran sparked a purple taser at two 6th graders "
          "as a joke; one girl (M.K.) was touched on the sleeve and was scared but not injured, the nurse checked "
          "her. Taser confiscated by AP Nolan. Per phone call with mom (Somali interpreter from the language line, "
          "#3317): mom states the taser belongs to the older sister who works nights and that Ikran took it from "
          "the sister's room. Mom states they live in Franklin Field and the girls are afraid walking home."),
    leaks={"language": ["Somali", "interpreter", "language line"], "neighborhood": ["Franklin Field"]},
    key="taser", facts=["purple taser", "girls' bathroom", "on the sleeve"],
    tags=["interpreter_summary", "multi_person"])

add(name="Jonathan Pinto", school="Snowden International School", grade=10,
    recipient="bpd/district-d4", ground="weapon", weapon="firearm", when="2025-10-28T08:25",
    loc="Snowden International School, main office",
    desc=lines(
        "Student statement (he write it alone, we not correct):",
        "'I am sorry for what happen. The gun is of my cousin, it was in the jacket that I borrow from him, I not "
        "know it was there until in the train. I was scared to say because I think they will arrest me. In the "
        "first period I touch the pocket and I feel it and I go to the bathroom and I look and was a gun, small, "
        "black. I put my hands on my face and I don't know what to do. Then I tell Mr. Greene. I never point it to "
        "nobody.'",
        "Staff: Mr. Greene brought Jonathan to the office at 8:25 AM. SSS removed a black .380 pistol (loaded, 5 "
        "rounds) from the left pocket of the borrowed jacket. BPD notified 8:30."),
    leaks={}, key=".380 pistol", facts=[".380", "left pocket", "hands on my face"],
    tags=["student_statement", "clean", "trap"])

add(name="Daniela Orellana", school="East Boston High School", grade=11,
    recipient="bpd/district-a7", ground="weapon", weapon="knife", when="2026-01-27T12:20",
    loc="East Boston High School, cafeteria",
    desc=lines(
        "From: Mr. P. Sousa, Assistant Headmaster",
        "To: Ms. Grady (Legal); SSS Supervisor",
        "Subject: FW: knife incident, D. Orellana + 2",
        "Ms. Grady, below my notes and the email of the aunt. Three students involved, only Daniela had the knife "
        "so the report is for her.",
        "My notes: 1/27 at 12:20 in the East Boston High School cafeteria, Daniela (gr 11), Y.C. (gr 11) and M.A. "
        "(gr 10) argue about a video. Daniela took a folding knife (blue handle, about 3 in blade) out of her "
        "boot and said to Y.C. 'say it again.' M.A. grabbed Daniela's arm and the knife fell to the floor. The "
        "lunch monitor picked it up. No injuries.",
        "> From the aunt (I think she use a translator): Good afternoon, I am the aunt of Daniela, the mother of "
        "her work in the day. We live in the Eastie, in the street Bennington, near the Day Square, and the girls "
        "of the video follow Daniela to the house every day. She is not a bad girl, in El Salvador she was the "
        "best of the class. Please call me not the mother.",
        "I will call the aunt tomorrow."),
    leaks={"neighborhood": ["Eastie", "Bennington", "Day Square"], "national_origin": ["El Salvador"]},
    key="folding knife", facts=["East Boston High School cafeteria", "out of her boot", "say it again"],
    tags=["email_thread", "machine_translation", "multi_person", "trap"])

add(name="Fabiola Saint-Fleur", school="Boston Community Leadership Academy", grade=9,
    recipient="bpd/district-e18", ground="weapon", weapon="mace", when="2025-11-20T14:20",
    loc="Boston Community Leadership Academy, 1st floor hallway",
    desc=("Fabiola sprayed a classmate (K.P.) in the eyes with mace at 2:20 in the 1st floor hallway after K.P. "
          "pulled her hair. K.P. was flushed by the nurse and her eyes were red for an hour, no hospital. The can "
          "(black, Mace brand, on a keyring) is confiscated. When we call the home the sister say manman li pa la, "
          "she is at work, and manman li will call back."),
    leaks={"language": ["manman li"]},
    key="mace", facts=["in the eyes", "pulled her hair", "keyring"],
    tags=["original_language", "multi_person"])

add(name="Kevin Mejía", school="East Boston High School", grade=10,
    recipient="bpd/district-a7", ground="weapon", weapon="brass knuckles", when="2026-03-25T07:50",
    loc="East Boston High School, main entrance",
    desc=("Report of the SSS (I translate some parts from what the students tell me in Spanish). At the 7:50 in "
          "the morning by the main entrance line, the metal detector sound for Kevin and in his front pocket was "
          "a brass knuckle, gold color, with four holes for the fingers and small points on top. Kevin say it is "
          "'for decoration' and that he find it. I take it and I bring Kevin to the AP office, he was calm. Two "
          "students in the line (N.R. and B.C.) tell me after, in private, that Kevin is of the clica of the boys "
          "of Maverick, the ones who write 'MVK 13' on the walls, and that last week he show the brass knuckle in "
          "a video on Snapchat and say 'who want it'. I did not see the video. A teacher, Ms. Hurley, also say "
          "she hear Kevin tell other boy in the gym 'I got something for you tomorrow' on Monday. Kevin has 16 "
          "years. The mother was called at 8:30 and she is coming. The brass knuckle is in the safe of the AP "
          "office, tag 26-031. This report is for Kevin only; the two boys are only witnesses."),
    leaks={"language": ["Spanish"], "gang_affiliation": ["clica", "boys of Maverick", "MVK 13"]},
    key="brass knuckle", facts=["main entrance line", "four holes", "tag 26-031"],
    tags=["bilingual_staff", "multi_person"])

# ---------------------------------------------------------------------------------------------
# ALLOW: serious violence
# ---------------------------------------------------------------------------------------------

add(name="Jefferson Taveras", school="English High School", grade=10,
    recipient="bpd/district-e13", ground="serious_violence", when="2025-10-02T11:05",
    loc="English High School, first floor boys' bathroom",
    desc=("Translation automatic of the report of the teacher Ms. Reyes (original in Spanish): In the day of today "
          "at the 11:05 approximately, in the bathroom of the boys of the first floor, the student Jefferson and "
          "the student of 10 grade (initials A.M.) have a fight. According to the witnesses, Jefferson was making "
          "him a threat with a blade of the type pocket knife, and after A.M. push him, Jefferson give him one stab "
          "in the side of the stomach on the left. A.M. come out from the bathroom with the shirt full of blood and "
          "the teacher of the gym apply the pressure. The ambulance take him to the hospital, the mother of him "
          "informs that he receive 8 points of sutures and stay the night for observation. Jefferson run out of "
          "the building by the door of the back and the police find him two hours after. The knife was not found. "
          "The witnesses say the problem is for a girl. The mother of Jefferson say by telephone that the boy don't "
          "sleep in the house since Monday, he stay with the friends in the Villa Victoria, and she can not control "
          "him. Also she say 'yo ya no sé qué hacer con él'."),
    leaks={"language": ["Spanish", "yo ya no sé"], "neighborhood": ["Villa Victoria"]},
    key="stab", facts=["side of the stomach", "8 points of sutures", "door of the back"],
    tags=["machine_translation", "original_language", "multi_person"])

add(name="Dwayne Celestin", school="TechBoston Academy", grade=10,
    recipient="bpd/district-c11", ground="serious_violence", weapon="padlock in a sock", when="2025-10-30T14:45",
    loc="TechBoston Academy, back exit",
    desc=("Summary by AP (from the nurse report, the camera and a phone call with the victim's mother through a "
          "Haitian Creole interpreter). On 10/30 at 2:45 PM at the back exit near the loading dock, Dwayne swung a "
          "padlock inside a sock and hit another student (W.J., grade 9) two times on the left side of the face. "
          "W.J. fell and was bleeding from the mouth. EMS took him to BMC. Per the interpreter, the mother states "
          "the doctors said the jaw is broken in two places and he will have the mouth wired for six weeks. She "
          "states this is because the Haitian boys and the other group fight since September. Dwayne was "
          "identified by two staff members and on the back exit camera (ordinary video, reviewed by the AP). The "
          "padlock and the sock were found by the custodian near the dumpster and are bagged in the main office. "
          "Dwayne was arrested at home that evening per his father."),
    leaks={"language": ["Creole", "interpreter"], "ethnicity": ["Haitian"]},
    key="padlock", facts=["padlock inside a sock", "broken in two places", "loading dock"],
    tags=["interpreter_summary", "multi_person", "trap"])

add(name="Tony Pham", school="Charlestown High School", grade=11,
    recipient="bpd/district-a1", ground="serious_violence", when="2026-02-05T13:20",
    loc="Charlestown High School, room 318",
    desc=("Boy Tony take the chair of plastic and metal and hit the other boy (initials D.S.) in the head two times "
          "in the room 318 at 1:20, because D.S. take his phone. D.S. fall down and don't wake up maybe 30 seconds. "
          "Nurse call 911, EMS take him to MGH, the hospital say concussion and he stay 2 nights. Tony sit down "
          "after and cry. I am Ms. Lam, teacher aide, I see everything."),
    leaks={}, key="chair", facts=["room 318", "30 seconds", "concussion"],
    tags=["bilingual_staff", "clean"])

add(name="Derek Lyons", school="Brighton High School", grade=11,
    recipient="bpd/district-d14", ground="serious_violence", when="2026-03-12T14:10",
    loc="Brighton High School, stairwell C",
    desc=lines(
        "Statement of the victim (grade 9 girl, initials L.S.). She wrote it in Portuguese and it is translated "
        "for this report, the words are hers:",
        "'In the Thursday after the 6th period I go down the stairs of the back (stairwell C) to the bus. Derek was "
        "there with his friend. Derek hold me against the wall and put his hand inside my shirt and my pants, I say "
        "no, no, stop, many times, he don't stop. The friend was looking the phone and laughing. I hit him with my "
        "bag and I run. I am afraid to come to school. I tell my counselor on Friday.'",
        "Counselor note: L.S. disclosed on Friday 3/13 at 9:00 AM. Nurse and Title IX coordinator informed. The "
        "friend is identified by L.S. as another student (T.K.)."),
    leaks={"language": ["Portuguese"]},
    key="against the wall", facts=["stairwell C", "I say no, no, stop", "6th period"],
    tags=["student_statement", "multi_person"])

add(name="Isaiah Monroe", school="Excel High School", grade=12,
    recipient="bpd/district-c6", ground="serious_violence", when="2026-03-02T14:40",
    loc="Excel High School, side parking lot",
    desc=lines(
        "From: Mr. Okonkwo, Dean",
        "To: AP Sullivan",
        "Subject: Re: after school 3/2",
        "Hi, adding what I learned. My English is not perfect, please correct if needed.",
        "Today 2:40 at the side lot of the school, Isaiah and 3 other boys (not all our students) attack R.F., "
        "grade 11. They knock him to the ground and Isaiah kick him in the head many times when he was on the "
        "ground. R.F. have a fracture of the bone around the eye (orbital) per the ER at Tufts. One girl say the "
        "boys shout 'Gaston Street Soldiers' when they kick him, and she say Isaiah is with the Gaston Street "
        "Soldiers since summer.",
        "> From: AP Sullivan",
        "The girl is afraid to give her name to police, she is a friend of R.F.'s sister. Isaiah left in a grey "
        "car after. I will get the other statements tomorrow morning.",
        "> From: AP Sullivan",
        "> Isaiah M. identified on video by two teachers. R.F. to Tufts by EMS. Please get statements."),
    leaks={"gang_affiliation": ["Gaston Street Soldiers"]},
    key="fracture", facts=["side lot", "orbital", "kick him in the head"],
    tags=["email_thread", "bilingual_staff", "multi_person"])

add(name="Rafael Costa", school="Boston Green Academy", grade=10,
    recipient="bpd/district-d14", ground="serious_violence", when="2025-12-04T15:05",
    loc="Boston Green Academy, sidewalk in front of the school",
    desc=("At 3:05 PM on the sidewalk in front of the school, Rafael hit a student (G.N., grade 10) in the head "
          "with his skateboard. G.N. was unconscious for about a minute and had a cut over the right eyebrow that "
          "needed 12 staples at St. Elizabeth's. G.N. told the nurse 'ele me bateu com o skate porque eu não paguei "
          "ele' - he hit me with the skate because I didn't pay him back. Rafael left on foot. Mom was called."),
    leaks={"language": ["me bateu", "não paguei"]},
    key="skateboard", facts=["skateboard", "12 staples", "right eyebrow"],
    tags=["original_language"])

add(name="Nikita Sokolov", school="John D. O'Bryant School", grade=10,
    recipient="bpd/district-b2", ground="serious_violence", when="2025-11-13T10:40",
    loc="John D. O'Bryant School, main staircase",
    desc=lines(
        "INCIDENT FORM (filled by Ms. Orlova, math teacher)",
        "Time: 10:40 | Place: main staircase between 2nd and 3rd floor",
        "What happen: Student Nikita push other student (V.C., grade 9, he is new, family from Moldova) very strong "
        "on the back and V.C. fall down all the stairs, maybe 12 steps.",
        "Injury: V.C. arm broken (the left, near wrist), EMS take to hospital. Also bump on the head.",
        "Words said: Nikita say before 'I told you not to sit there, now you fly'.",
        "Witness: 4 students, list in office.",
        "Parent of V.C.: speak only Romanian, the cousin help by phone."),
    leaks={"national_origin": ["Moldova"], "language": ["Romanian", "speak only"]},
    key="arm broken", facts=["main staircase", "12 steps", "now you fly"],
    tags=["form", "bilingual_staff", "multi_person"])

add(name="Jason Huang", school="Josiah Quincy Upper School", grade=9,
    recipient="bpd/district-a1", ground="serious_violence", when="2026-04-09T12:30",
    loc="Josiah Quincy Upper School, lunch room",
    desc=("Teacher Mr. Wong report: at 12:30 in the lunch room, Jason stab the pencil with strength into the hand "
          "of classmate (initials X.L.) three times because X.L. not give him the homework. The pencil point break "
          "inside the palm. X.L. cry and say '他用铅笔扎我的手，很深' (he stab my hand with pencil, very deep). Nurse "
          "send to Tufts, they make small surgery to take out the graphite and close with stitches. Jason say 'he "
          "deserve'."),
    leaks={"language": ["铅笔扎我"]},
    key="pencil", facts=["three times", "inside the palm", "small surgery"],
    tags=["original_language", "bilingual_staff"])

add(name="Christian Mbuyi", school="Another Course to College", grade=11,
    recipient="bpd/district-d14", ground="serious_violence", weapon="belt buckle", when="2026-02-19T14:00",
    loc="Another Course to College, hallway near room 110",
    desc=("At 2:00 PM in the hallway near room 110, Christian took off his belt and swung the metal buckle at a "
          "student (P.M.), hitting him in the face. P.M. had a deep cut under the left eye, closed with 9 stitches "
          "at the ER; the doctor said the eye is ok. When I called Christian's mother she said 'Je ne comprends pas, "
          "mon fils n'est pas violent, nous sommes venus de Kinshasa pour une vie calme' (I do not understand, my "
          "son is not violent, we came from Kinshasa for a calm life). P.M.'s father was notified."),
    leaks={"language": ["Je ne comprends pas", "mon fils"], "national_origin": ["Kinshasa"]},
    key="metal buckle", facts=["metal buckle", "9 stitches", "room 110"],
    tags=["original_language"])

add(name="Mustafe Ali", school="Community Academy of Science and Health", grade=11,
    recipient="bpd/district-b3", ground="serious_violence", when="2025-11-04T14:52",
    loc="Community Academy of Science and Health, basketball court",
    desc=("The following is the statement of the father of the injured student, translated from Somali by the "
          "district's phone service and typed by me (AP Carney). 'My son come home on Tuesday and he cannot see "
          "well and he vomit. He tell me Mustafe and his cousin wait him after the school behind the basketball "
          "court and Mustafe hit him with the fist with the ring many times and when he fall, Mustafe jump on the "
          "head of him. We go to the hospital in the night, the doctor say bleeding small in the brain and he stay "
          "in the hospital 4 days. We are living in Roxbury, in the building on Washington Street, and everybody "
          "know Mustafe. We try to fix this with the elders but the family of Mustafe don't come.' AP note: video "
          "of the basketball court (school camera) shows a student in Mustafe's clothing striking another student "
          "at 2:52 PM on 11/4; the assault lasts about 40 seconds. Two staff recognized Mustafe in the video. "
          "Mustafe denied it at first, then said the boy 'talked about his mother.'"),
    leaks={"language": ["Somali"], "neighborhood": ["Roxbury", "Washington Street"]},
    key="ring", facts=["bleeding small in the brain", "basketball court", "40 seconds"],
    tags=["machine_translation", "interpreter_summary", "multi_person", "trap"])

add(name="Jayden Rosa", school="Boston Community Leadership Academy", grade=10,
    recipient="bpd/district-e18", ground="serious_violence", weapon="bike lock", when="2026-05-06T12:10",
    loc="Boston Community Leadership Academy, outside by the food truck",
    desc=lines(
        "Witness statement, student (grade 10), she ask to write in her words:",
        "'I was in the line of the food truck outside at 12:10. Jayden come from behind and he hit Marcos with the "
        "lock of the bike, the U lock yellow, on the back of the head. Marcos fall and the blood come a lot from "
        "the head. Jayden say \"that's for my brother\" and run to the park. Ms. Flores put the napkins on the "
        "head of Marcos and call the nurse.'",
        "Nurse: 4 cm laceration to the back of the head, EMS transported to BMC, CT scan done, 6 staples."),
    leaks={}, key="lock of the bike", facts=["U lock yellow", "4 cm laceration", "that's for my brother"],
    tags=["student_statement", "clean", "multi_person"])

add(name="Malik Turner", school="Boston Arts Academy", grade=12,
    recipient="bpd/district-d4", ground="serious_violence", weapon="wrench", when="2026-04-14T16:15",
    loc="Boston Arts Academy, auditorium",
    desc=("Note of the stage manager (Mr. Ayala). During the rehearsal after school at 4:15, in the auditorium, "
          "Malik from the stage crew have a discussion with another member (J.W.) about the lights. Malik take the "
          "wrench, a big one from the crew toolbox, and hit J.W. on the hand and then in the side of the head. "
          "J.W. was bleeding from the ear. The nurse was gone so we call 911; the EMTs from the Red Cross blood "
          "drive in the gym come first and help him. J.W. go to the hospital, he have a fracture of two fingers and "
          "a cut on the ear with stitches."),
    leaks={}, key="wrench", facts=["stage crew", "blood drive", "two fingers"],
    tags=["bilingual_staff", "clean", "trap"])

# ---------------------------------------------------------------------------------------------
# ALLOW: credible threat (threat_statement present)
# ---------------------------------------------------------------------------------------------

add(name="Anthony Guzmán", school="Margarita Muñiz Academy", grade=10,
    recipient="bpd/district-e13", ground="credible_threat", when="2025-12-09T07:30",
    loc="Margarita Muñiz Academy, main office",
    threat=("On 12/8 at 9:47 PM Anthony posted in the class group chat 'Mañana traigo la pistola de mi tío y los "
            "quemo a todos en el almuerzo' (tomorrow I bring my uncle's pistol and I shoot all of them at lunch). "
            "Two students reported it the next morning. Anthony's cousin told staff the uncle keeps a handgun in "
            "the apartment."),
    desc=("Two students came to the main office at 7:30 with screenshots of the group chat from last night. The "
          "message says: tomorrow I bring the pistol of my uncle and I shoot all of them at lunch. Anthony was met "
          "at the door by SSS at 7:55 and his bag was checked: no weapon. He said it was 'a joke because they laugh "
          "of me'. The cousin (a student, grade 12) said the uncle has a gun in the apartment and Anthony knows "
          "where. Mother is coming in at 10."),
    leaks={"language": ["Mañana traigo", "pistola de mi tío"]},
    key="pistol", facts=["screenshots", "no weapon", "the uncle has a gun"],
    tags=["original_language", "multi_person"])

add(name="Richardson Noel", school="Jeremiah E. Burke High School", grade=10,
    recipient="bpd/district-c11", ground="credible_threat", when="2026-01-29T13:10",
    loc="Jeremiah E. Burke High School, hallway",
    threat=("In the hallway at 1:10 PM Richardson told a teacher's aide, in Creole, 'M ap touye w, m konnen kote w "
            "rete' - I will kill you, I know where you live - and then showed a photo of a gun on his phone saying "
            "'this is at my house'."),
    desc=("Per the aide (she speaks Creole with the family), Richardson was angry because Ms. Baptiste took his "
          "phone in class. After she brought it to the office he came to her in the hallway and said it, then on "
          "another phone showed a photo of a black handgun on a bed. SSS searched him and his locker, nothing "
          "found. The aide is very afraid. Richardson has 16 years and he said 'I was playing'."),
    leaks={"language": ["Creole", "touye"]},
    key="handgun", facts=["photo of a black handgun", "took his phone"],
    tags=["bilingual_staff", "original_language"])

add(name="Gabriel Moreira", school="East Boston High School", grade=11,
    recipient="bpd/district-a7", ground="credible_threat", when="2026-02-03T14:20",
    loc="East Boston High School, room 127",
    threat=("Note found on Gabriel's desk in room 127, machine-translated from Portuguese by the AP: 'tomorrow I "
            "will bring the gun of my stepfather and shoot everybody in the cafeteria who laugh of me, then me.' "
            "Gabriel confirmed he wrote it and said his stepfather has a gun in the closet."),
    desc=("At 2:20 PM the teacher found a folded note on Gabriel's desk after class. Gabriel was brought to the "
          "counselor and admitted he wrote it. He said he is sad since the family is waiting for the asylum "
          "hearing and they might have to leave, and the boys in class call him names. He said the stepfather "
          "keeps a pistol in a shoebox in the closet. Safety plan started; the clinician did a risk assessment "
          "(high)."),
    leaks={"language": ["Portuguese"], "immigration_status": ["asylum"]},
    key="pistol", facts=["folded note", "shoebox in the closet", "risk assessment"],
    tags=["machine_translation"])

add(name="Danny Vo", school="Boston Latin Academy", grade=9,
    recipient="bpd/district-b2", ground="credible_threat", when="2026-03-16T07:40",
    loc="Boston Latin Academy, front entrance",
    threat=("Student told his mother he will 'bring the big knife from the kitchen and stab Mr. Hale in the neck' on "
            "Monday because of his grade. Mother reported it by phone on Sunday 3/15. Student has access to the "
            "knives at home and took one to his room."),
    desc=("Call from mother Sunday 3/15 at 6:40 PM, with Vietnamese interpreter (Language Line, ID 88204). Per the "
          "interpreter, mom states Danny was very angry about the F in Latin and said the words above two times at "
          "dinner. Mom states he took the big knife from the kitchen to his room and she took it back. Mom asked "
          "the school to help. On Monday 3/16 Danny was met by SSS at the door at 7:40; search found nothing. Mr. "
          "Hale informed."),
    leaks={"language": ["Vietnamese", "interpreter", "Language Line"]},
    key="knife", facts=["F in Latin", "to his room"],
    tags=["interpreter_summary", "trap"])

add(name="Nelson Gomes", school="Madison Park Technical Vocational High School", grade=11,
    recipient="bpd/district-b2", ground="credible_threat", when="2025-11-13T08:10",
    loc="Madison Park Technical Vocational High School, counseling office",
    threat=("On an Instagram story (posted 11/12, 10 PM) Nelson posted a video holding a handgun with the caption "
            "'pull up tmrw, 3 o'clock, no more talking' tagged at another student (K.D.). Two students say he told "
            "them in school he 'has the ting' for K.D."),
    desc=lines(
        "From: Ms. Fernandes, counselor",
        "To: Headmaster; SSS",
        "Subject: Nelson G. - IG video",
        "I write fast, excuse my English. A student show me this morning 8:10 the story of Nelson from last night: "
        "the video with a pistol in his hand and the words pull up tomorrow at 3 o'clock for K.D. The boys say "
        "Nelson is with the Bowdoin boys (they call it 'grupu' in Kriolu) and K.D. is with the other side, and "
        "this is the problem since the summer. The mother of Nelson I call, she say he don't sleep home and he "
        "stay with the cousins on Hendry Street.",
        "> From: Headmaster",
        "> Please send to SSS and legal right away. K.D. dismisses at 2:30 today, arrange escort."),
    leaks={"gang_affiliation": ["Bowdoin boys"], "language": ["Kriolu", "grupu"], "neighborhood": ["Hendry Street"]},
    key="pistol", facts=["video with a pistol in his hand", "pull up tomorrow at 3 o'clock"],
    tags=["email_thread", "bilingual_staff", "multi_person"])

add(name="Wilson Ramírez", school="Fenway High School", grade=10,
    recipient="bpd/district-d4", ground="credible_threat", when="2026-02-03T11:00",
    loc="Fenway High School, locker #118",
    threat=("Wilson told two classmates on 2/3 'Friday I will burn the school with the gasoline, I already have it "
            "in my locker' and later showed one of them a small red gas can in his locker #118."),
    desc=lines(
        "Student statement (Wilson write it, we keep his words): 'I say it because I am angry with the teacher of "
        "science, she send me to the office every day. The gasoline is for the moto of my brother, I bring it to "
        "school for give him after. I will not burn nothing. I say it for make them scared.'",
        "Staff: SSS removed a red 1-gallon gas can, half full, from locker #118 at 11:00. Fire department was "
        "notified. Wilson was removed from class."),
    leaks={}, key="gasoline", facts=["locker #118", "1-gallon gas can", "moto of my brother"],
    tags=["student_statement", "clean"])

add(name="Yusuf Rahman", school="Snowden International School", grade=11,
    recipient="bpd/district-d4", ground="credible_threat", when="2026-03-05T10:15",
    loc="Snowden International School, room 409",
    attachments=[{"kind": "photo", "name": "whiteboard_room409.jpg"}],
    threat=("After being removed from class at 10:15, Yusuf wrote on the whiteboard in Arabic 'سأقتلك يوم الجمعة' "
            "(I will kill you on Friday) under the name of the teacher Mr. Costa, and told a classmate he can get a "
            "gun from his older brother."),
    desc=("Mr. Costa came back to room 409 and found the writing on the whiteboard; a student read it to him. Photo "
          "of the whiteboard taken before erasing. A classmate (A.S.) says Yusuf said in the hallway that his "
          "brother has 'a real gun, not a toy' and that Friday is the day. Yusuf told the AP he was angry and that "
          "it was only words. Family contacted; they asked for an Arabic interpreter for the meeting tomorrow."),
    leaks={"language": ["Arabic", "سأقتلك"]},
    key="gun", facts=["room 409", "real gun, not a toy", "whiteboard"],
    tags=["original_language", "multi_person", "trap"])

add(name="Daniil Petrov", school="Edward M. Kennedy Academy for Health Careers", grade=10,
    recipient="bpd/district-b2", ground="credible_threat", when="2026-01-22T07:40",
    loc="Edward M. Kennedy Academy for Health Careers, counselor's office",
    threat=("Daniil sent a classmate (M.B.) a direct message: 'Я тебя убью. Завтра. Нож уже в рюкзаке.' (I will "
            "kill you. Tomorrow. The knife is already in the backpack.) M.B. showed it to the counselor at 7:40 AM; "
            "a staff member who reads Russian translated it."),
    desc=("M.B. came to the counselor at 7:40 with the message on her phone. Daniil arrived at 7:55 and SSS checked "
          "his backpack: a hunting knife in a leather sheath, blade 5 inches, was in the front pocket. Daniil said "
          "M.B. 'ruined his life' by telling people things about his father. Knife secured in the main office."),
    leaks={"language": ["Russian", "убью"]},
    key="hunting knife", facts=["leather sheath", "front pocket", "7:55"],
    tags=["original_language"])

add(name="Liban Hussein", school="English High School", grade=12,
    recipient="bpd/district-e13", ground="credible_threat", when="2026-04-15T12:40",
    loc="English High School, mentoring room",
    threat=("Liban told his mentor at 12:40 'on Friday I am going to shoot up the gym during the assembly, I know "
            "where to get it' and named three students he wants to 'get'. Mentor reported immediately."),
    desc=("Liban's mentor (Mr. Aden, who speaks Somali with the family) reported at 12:45. SSS and AP spoke with "
          "Liban; he refused to say more. Father came at 2:30 with an interpreter. Per the interpreter, father "
          "states the family goes to the mosque on Friday and Liban was not planning to be in school that day "
          "anyway, and that an older friend of Liban 'has guns in his car'. Father states Liban is depressed since "
          "the summer. The assembly is planned for Friday 10:00 in the gym."),
    leaks={"language": ["Somali", "interpreter"], "religion": ["mosque"]},
    key="guns", facts=["Friday 10:00 in the gym", "has guns in his car"],
    tags=["interpreter_summary"])

add(name="Eric Chen", school="John D. O'Bryant School", grade=9,
    recipient="bpd/district-b2", ground="credible_threat", when="2026-05-20T13:30",
    loc="John D. O'Bryant School, science lab",
    threat=("In Eric's notebook a teacher found a page titled '我要杀了他们全部' (I will kill all of them) with the "
            "names of five classmates, a drawing of a rifle, and the date 'June 5'. Eric told the counselor 'they "
            "will see on June 5'."),
    desc=("Found by Ms. Tierney in the science lab at 1:30 when Eric left the notebook behind. A Chinese-speaking "
          "staff member read the title. The names are of five classmates from the robotics team. Counselor met "
          "Eric at 2:00; he said the boys of robotics exclude him and 'they will see'. Parents came at 4; father "
          "says there are no guns in the home but the uncle hunts. Risk assessment: high."),
    leaks={"language": ["Chinese", "杀了他们"]},
    key="notebook", facts=["science lab", "five classmates", "robotics team"],
    tags=["original_language"])

add(name="Bryan Cardoso", school="Charlestown High School", grade=10,
    recipient="bpd/district-a1", ground="credible_threat", when="2025-12-11T11:25",
    loc="Charlestown High School, cafeteria",
    threat=("Bryan told another student in the lunch line 'I will make you disappear with the pistol of my brother, "
            "Thursday, you will see' and showed a photo of a gun in a drawer."),
    desc=("Teacher Mr. Ng hear it in the lunch line at 11:25 and bring both to the office. The other student (T.O.) "
          "say Bryan tell him this two times this week. Bryan say the photo is from internet. His phone was checked "
          "with the AP: the photo is from his own camera roll, taken Tuesday night. The brother of Bryan has 19 "
          "years and lives with him."),
    leaks={}, key="photo", facts=["camera roll", "lunch line", "two times this week"],
    tags=["bilingual_staff", "clean", "multi_person"])

add(name="Destiny Walker", school="Boston Green Academy", grade=9,
    recipient="bpd/district-d14", ground="credible_threat", when="2026-01-07T09:20",
    loc="Boston Green Academy, room 212",
    threat=("Destiny said to teacher Ms. Farrell at 9:20 'I'm going to bring my mom's gun and blow your head off, "
            "watch' after being told to put her phone away, then repeated it to two students in the hall."),
    desc=("I am the para in the room. Destiny use very bad language to Ms. Farrell, and the body language was very "
          "aggressive, she stand up very close to the face of the teacher and point with the finger like a gun. "
          "After she say the words of the threat. Two students in the hallway hear her say it again. The mother of "
          "Destiny have a license for gun, per what Destiny say before in class."),
    leaks={}, key="gun", facts=["bad language", "body language", "like a gun"],
    tags=["bilingual_staff", "clean", "trap"])

# ---------------------------------------------------------------------------------------------
# ALLOW: drugs (at least one substance outside marijuana / nicotine / alcohol)
# ---------------------------------------------------------------------------------------------

add(name="Cristian Batista", school="Dearborn STEM Academy", grade=11,
    recipient="bpd/district-b2", ground="drugs", substances=["fentanyl"], when="2025-10-21T09:40",
    loc="Dearborn STEM Academy, second floor bathroom",
    desc=("(Automatic translation of the note of the bilingual aide, original in Spanish.) In the morning at the "
          "9:40 the aide see Cristian in the bathroom of the second floor giving to another student a small bag "
          "with powder white. When the aide enter, the other student run. Cristian have in the pocket of the hoodie "
          "14 small bags of the powder; the test of the nurse kit say fentanyl positive. Also 220 dollars in bills "
          "of 20. Cristian say 'the fenty is not of me, I only carry for a man of the building'. The grandmother, "
          "with who he live in the Mildred Hayes apartments in Mattapan, say she know nothing."),
    leaks={"language": ["Spanish"], "neighborhood": ["Mildred Hayes", "Mattapan"]},
    key="fentanyl", facts=["14 small bags", "220 dollars", "fentanyl positive"],
    tags=["machine_translation", "multi_person"])

add(name="Denilson Lopes", school="Madison Park Technical Vocational High School", grade=12,
    recipient="bpd/district-b2", ground="drugs", substances=["counterfeit Percocet (M30)"], when="2026-05-06T13:15",
    loc="Madison Park Technical Vocational High School, auto shop",
    desc=lines(
        "DRUG INCIDENT FORM",
        "Date: 05/06/2026  Time: 1:15 PM  Location: auto shop, bay 2",
        "Substance: 9 blue round pills marked 'M' / '30', kept in a cigarette pack (no cigarettes in it)",
        "How discovered: instructor saw Denilson hand 2 pills to another student for cash",
        "Student statement: 'they are percs, I buy them 5 dollars each'",
        "Parent contact: father, by phone with Kriolu interpreter at 2:00; per the interpreter father says he will "
        "come tomorrow after work.",
        "Nurse: pills bagged and sealed, envelope #D-0506."),
    leaks={"language": ["Kriolu", "interpreter"]},
    key="percs", facts=["bay 2", "9 blue round pills", "cigarette pack"],
    tags=["form", "interpreter_summary", "trap"])

add(name="Ashley Morales", school="Fenway High School", grade=11,
    recipient="bpd/district-d4", ground="drugs", substances=["alprazolam (Xanax)", "marijuana"], when="2026-03-19T10:05",
    loc="Fenway High School, room 301",
    desc=lines(
        "Student statement (her words): 'The bars are from my friend in other school, I take one in the morning "
        "because I am very nervous for the test. The weed is mine for the weekend. I don't sell nothing.'",
        "Staff: at 10:05 the teacher saw Ashley falling asleep and slurring words. Nurse evaluated. In her purse: 6 "
        "yellow bars (pressed, marked R039) and a small bag of marijuana (about 2 g). Mother picked her up at 11."),
    leaks={}, key="bars", facts=["6 yellow", "R039", "slurring words"],
    tags=["student_statement", "clean"])

add(name="Peterson Jean", school="Community Academy of Science and Health", grade=12,
    recipient="bpd/district-b3", ground="drugs", substances=["MDMA"], when="2026-03-24T12:50",
    loc="Community Academy of Science and Health, library",
    desc=lines(
        "From: Mr. Toussaint, Dean",
        "To: AP Morrissey",
        "Subject: Peterson J. molly",
        "Good morning, here the facts like you ask, excuse the English I write in hurry.",
        "Yesterday 3/24 at 12:50 in the library computer area, Peterson give 3 capsules (clear, with brown powder) "
        "to a girl of grade 9 and she give him 40 dollars. The librarian see the exchange. In the office Peterson "
        "have 11 more capsules in a baggie in his sock. He say 'it's molly, everybody take it at the party'. I "
        "talk with the mother in Creole, she cry, she say please the police don't take him because the TPS of the "
        "family is finishing and she fear everything.",
        "> From: AP Morrissey",
        "> Please write it up and get it to legal today. Nurse has the capsules locked. The girl (grade 9) was "
        "seen by the nurse, she had not taken any yet. Her mother was called at 1:30."),
    leaks={"language": ["in Creole"], "immigration_status": ["TPS of the family"]},
    key="molly", facts=["library computer area", "11 more capsules", "40 dollars"],
    tags=["email_thread", "bilingual_staff", "multi_person"])

add(name="Linh Do", school="Snowden International School", grade=10,
    recipient="bpd/district-d4", ground="drugs", substances=["oxycodone"], when="2026-04-28T13:40",
    loc="Snowden International School, girls' locker room",
    desc=("At 1:40 PM Linh was found by the nurse giving pills to two friends in the girls' locker room. She had a "
          "prescription bottle with the grandmother's name on it, oxycodone 10 mg, 17 tablets left. Linh told the "
          "nurse 'bà ngoại không biết, con chỉ lấy vài viên' and then in English 'my grandma doesn't know, I only "
          "took a few'. The two friends had each swallowed one; both were monitored by the nurse, one sent to the "
          "ER for observation. Grandmother was called."),
    leaks={"language": ["bà ngoại không biết"]},
    key="oxycodone", facts=["17 tablets", "girls' locker room", "sent to the ER"],
    tags=["original_language", "multi_person"])

add(name="Abdiwali Osman", school="TechBoston Academy", grade=10,
    recipient="bpd/district-c11", ground="drugs", substances=["khat"], when="2026-04-08T11:20",
    loc="TechBoston Academy, back stairwell",
    desc=("On 4/8 at 11:20 the SSS found Abdiwali and another student chewing green leaves in the back stairwell. "
          "In his backpack was a bundle of fresh leaves wrapped in banana leaf and plastic, which he called khat "
          "and said he sells to older students for 10 dollars a handful. Nurse: student had fast heart rate and "
          "big pupils, monitored 1 hour. Parent call with an interpreter at 12:30; per the interpreter, mom states "
          "she does not know where the leaves came from."),
    leaks={"language": ["interpreter"]},
    key="khat", facts=["back stairwell", "banana leaf", "10 dollars a handful"],
    tags=["interpreter_summary"])

add(name="Santiago Patiño", school="Boston Community Leadership Academy", grade=12,
    recipient="bpd/district-e18", ground="drugs", substances=["psilocybin mushrooms"], when="2026-05-13T11:45",
    loc="Boston Community Leadership Academy, room 220",
    desc=("Note of the teacher (bilingual, I write fast): In the period 5, Santiago show to the table a bag with "
          "the mushrooms magic, dry, brown, he say 'these hit different, 20 each'. I take the bag to the office; "
          "the AP and nurse count 8 grams more or less, in 4 small bags. One girl say she eat one in the morning, "
          "the nurse check her and she is ok but with the eyes big. Santiago say he buy from a boy of other school."),
    leaks={}, key="mushrooms", facts=["period 5", "4 small bags", "these hit different"],
    tags=["bilingual_staff", "clean"])

add(name="Rafael Almánzar", school="Brighton High School", grade=11,
    recipient="bpd/district-d14", ground="drugs", substances=["cocaine"], when="2026-01-15T14:05",
    loc="Brighton High School, library",
    extra={"ethnicity": "Hispanic/Latino - Dominican", "home_language": "Spanish", "lep_flag": "Y",
           "parent_guardian": {"name": "Yesenia Almánzar", "phone": "617-555-0142",
                               "preferred_language": "Spanish",
                               "address": "12 Wensley St, Roxbury MA 02119"}},
    desc=("Cocaine found: 5 small bags of white powder, field test positive, in the case of the eyeglasses in the "
          "backpack of the student. The student was in the library at 2:05 and the librarian smell something and "
          "see him with a card on the table and white dust. Student say is for the party of Saturday and he buy it "
          "at the train station."),
    leaks={"ethnicity": ["Dominican", "Hispanic/Latino"], "language": ["Spanish"],
           "neighborhood": ["Wensley", "Roxbury", "02119"]},
    key="cocaine", facts=["case of the eyeglasses", "5 small bags", "white dust"],
    tags=["structured_fields", "bilingual_staff"])

add(name="Ilya Morozov", school="Boston Latin Academy", grade=11,
    recipient="bpd/district-b2", ground="drugs", substances=["LSD"], when="2026-02-26T09:15",
    loc="Boston Latin Academy, 3rd floor boys' room",
    desc=lines(
        "From: S. Kuznetsova, school social worker",
        "To: AP Dwyer",
        "Subject: Ilya M. - LSD tabs",
        "Hello, I add the information after my call. I spoke with the mother in Russian, she is in shock. She say "
        "the family is here on humanitarian parole and she ask if this will be sent to immigration. I explained "
        "the process.",
        "> From: AP Dwyer",
        "> Summary: 2/26, 9:15 AM, in the 3rd floor boys' room, SSS found Ilya with a sheet of 10 small paper "
        "squares (blotter, cartoon print) in his phone case. Ilya said 'acid, I was going to take one at lunch'. "
        "Nurse has the blotter sealed, #N-226."),
    leaks={"language": ["in Russian"], "immigration_status": ["humanitarian parole", "immigration"]},
    key="acid", facts=["phone case", "10 small paper squares", "cartoon print"],
    tags=["email_thread", "bilingual_staff"])

add(name="Mireille Kabongo", school="Boston International Newcomers Academy", grade=10,
    recipient="bpd/district-c11", ground="drugs", substances=["clonazepam (Klonopin)"], when="2025-12-02T10:30",
    loc="Boston International Newcomers Academy, 2nd floor bathroom",
    desc=("The nurse found Mireille in the bathroom very sleepy at 10:30; in her bag was a pill bottle of the mother "
          "(clonazepam 1 mg, Klonopin) with 20 pills missing per the count on the label. A friend say Mireille give "
          "pills to 3 girls in the morning 'for chill'. Mireille said 'Maman ne sait pas, je voulais juste dormir' "
          "- mom does not know, I only wanted to sleep. EMS evaluated her and she went to Boston Children's."),
    leaks={"language": ["Maman ne sait pas", "je voulais"]},
    key="clonazepam", facts=["20 pills missing", "3 girls"],
    tags=["original_language", "multi_person"])

add(name="Marcus Bell", school="Jeremiah E. Burke High School", grade=12,
    recipient="bpd/district-c11", ground="drugs", substances=["crack cocaine"], when="2025-09-23T08:40",
    loc="Jeremiah E. Burke High School, stairwell D",
    desc=("SSS find in the sock of Marcus 6 rocks of the crack, small and white, in the plastic of the corner of a "
          "bag, and a lighter. He was in the stairwell D at 8:40 with two other boys; they run."),
    leaks={}, key="crack", facts=["stairwell D", "6 rocks", "lighter"],
    tags=["bilingual_staff", "clean"])

add(name="Jalen Price", school="Excel High School", grade=10,
    recipient="bpd/district-c6", ground="drugs", substances=["counterfeit oxycodone pills (fentanyl)"],
    when="2026-04-30T11:55", loc="Excel High School, cafeteria",
    desc=("At lunch 11:55 the cafeteria aide saw Jalen pass a French fries container to a student at the next table "
          "(he had an Italian sub on his own tray). Inside, under the fries, were 12 blue pills marked M30; the "
          "nurse test strip was positive for fentanyl. He said 'it's just fries'."),
    leaks={}, key="fentanyl", facts=["French fries container", "12 blue pills", "it's just fries"],
    tags=["clean", "trap"])

# ---------------------------------------------------------------------------------------------
# DENY: ground not permitted
# ---------------------------------------------------------------------------------------------

add(name="Jean-Robert Dorvil", school="Jeremiah E. Burke High School", grade=9,
    recipient="bpd/district-c11", ground="fight", when="2025-10-09T12:00",
    loc="Jeremiah E. Burke High School, cafeteria",
    desc=("Translation of the computer: Two boys fight in the cafeteria at the 12:00, Jean-Robert and other boy, "
          "with the fists, 1 minute, the teachers separate them. No injury, only red in the face. The reason: the "
          "other boy say bad words about the Haitians and the Jamaican boys laugh."),
    deny="ground_not_permitted", leaks={"ethnicity": ["Haitians", "Jamaican"]},
    tags=["machine_translation", "multi_person"])

add(name="Héctor Ruiz", school="Brighton High School", grade=10,
    recipient="bpd/district-d14", ground="gang_activity", when="2026-02-12T14:40",
    loc="Brighton High School, bike rack",
    desc=("Narrative by AP Quinlan. On 2/12 at approx 2:40 PM, at dismissal, the SSS on duty saw Héctor and two "
          "other students by the bike rack making signs with the hands to a car that passed slow on the street. "
          "Nobody in the car get out. Nothing happened after that, no words, no fight, no weapon seen, nobody "
          "injured. Héctor was calm when we spoke with him and said they were only 'saying hi to a friend'. The "
          "two other students say the same. We searched nothing because there was no reason. I called the mother "
          "at 3:30. Per the interpreter (Spanish), mother states Héctor walks with 'los del Faneuil', the boys of "
          "the Faneuil buildings where they live, and that she is worried because he comes home late and has new "
          "sneakers she did not buy. Mother states he was a good student last year. The teachers say his grades "
          "are going down since December and he sleeps in class. Staff also report that on two days he wore a red "
          "bandana in the back pocket, which is against the dress code here. We request that BPD be aware of the "
          "group and of Héctor, who we think is being recruited, and we saw him throw hand signs. No incident "
          "report was filed with BPD before."),
    deny="ground_not_permitted",
    leaks={"language": ["Spanish", "interpreter"], "neighborhood": ["Faneuil"], "gang_affiliation": ["hand signs"]},
    tags=["interpreter_summary"])

add(name="Yeferson Castillo", school="Mario Umana Academy", grade=6,
    recipient="bpd/district-a7", ground="immigration_check", when="2026-03-03T11:00",
    loc="Mario Umana Academy, main office",
    desc=("Note of the bilingual secretary: The uncle of Yeferson come to pick him up at 11 and he don't have the "
          "ID. He say he don't have the papers of this country and he is waiting the asylum. The secretary not let "
          "the boy go with him. Request: police verify who is this man and his status."),
    deny="ground_not_permitted", leaks={"immigration_status": ["the papers", "asylum"]},
    tags=["bilingual_staff"])

add(name="Vinícius Prado", school="Charlestown High School", grade=11,
    recipient="bpd/district-a1", ground="theft", when="2025-11-25T14:00",
    loc="Charlestown High School, gym locker room",
    desc=("Phone stolen from the gym locker room, 2:00 PM: victim's AirPods and iPhone 15. Vinícius was seen on the "
          "camera leaving with a black bag. He said to the Portuguese-speaking aide 'não fui eu, juro' (it wasn't "
          "me, I swear)."),
    deny="ground_not_permitted", leaks={"language": ["Portuguese", "não fui eu"]},
    tags=["original_language"])

add(name="Kevin Fortes", school="Madison Park Technical Vocational High School", grade=10,
    recipient="bpd/district-b2", ground="truancy", when="2026-02-05T10:00",
    loc="Madison Park Technical Vocational High School, attendance office",
    desc=lines(
        "ATTENDANCE REFERRAL",
        "Absences: 22 days since January",
        "Home visit 2/5 with Kriolu interpreter: per the interpreter, grandmother states Kevin sleeps at a friend's "
        "on Intervale St and she doesn't know the friend.",
        "Request: police wellness and truancy follow-up."),
    deny="ground_not_permitted",
    leaks={"language": ["Kriolu", "interpreter"], "neighborhood": ["Intervale St"]},
    tags=["form", "interpreter_summary"])

add(name="Luis Carrasquillo", school="Dorchester Academy", grade=11,
    recipient="bpd/district-c11", ground="vandalism", when="2026-01-20T07:30",
    loc="Dorchester Academy, gym wall",
    desc=("Student spray paint on the wall of the gym the letters 'WSC' with a crown, that is the sign of the "
          "Wayland Street Crowns, his crew per the other students. The custodian say the damage is about $800. "
          "Student was seen on the camera at 7:30 before school."),
    deny="ground_not_permitted", leaks={"gang_affiliation": ["Wayland Street Crowns", "his crew"]},
    tags=["bilingual_staff"])

add(name="Ahmed Mahmoud", school="Boston Latin Academy", grade=10,
    recipient="bpd/district-b2", ground="suspicious_behavior", when="2026-03-03T12:30",
    loc="Boston Latin Academy, hallways",
    desc=("Ahmed, who is Muslim and prays in the library at lunch, was seen taking photos of the exits and the "
          "cameras of the school with his phone on 3/3. He say it was for the project of the architecture class. "
          "No threat, nothing found. The teacher ask to inform the police."),
    deny="ground_not_permitted", leaks={"religion": ["Muslim", "prays in the library"]},
    tags=["bilingual_staff"])

add(name="Dayana Paulino", school="Excel High School", grade=12,
    recipient="bpd/district-c6", ground="trespass", when="2026-04-16T10:30",
    loc="Excel High School, side door",
    desc=("The ex student Dayana enter by the side door at 10:30 without permission, she was looking for her "
          "boyfriend, she was in the hall 15 minutes. She live now with the family in the shelter on Columbia Road "
          "in Dorchester."),
    deny="ground_not_permitted", leaks={"neighborhood": ["Columbia Road", "Dorchester"]},
    tags=["bilingual_staff"])

add(name="Karim Saleh", school="Brighton High School", grade=11,
    recipient="bpd/district-d14", ground="bullying", when="2026-02-24T21:00",
    loc="online (messages)",
    desc=("Karim send messages in Arabic to a girl (S.A.) every night, 'يا حمارة' (you donkey) and other insults. "
          "The girl's family is Syrian and they came as refugees; they are very scared."),
    deny="ground_not_permitted",
    leaks={"language": ["Arabic", "حمارة"], "national_origin": ["Syrian"], "immigration_status": ["refugees"]},
    tags=["original_language", "multi_person"])

add(name="Tyrell Johnson", school="English High School", grade=11,
    recipient="bpd/district-e13", ground="intelligence_sharing", when="2026-05-04T09:00",
    loc="English High School",
    desc=lines(
        "FYI for BPD (no incident):",
        "Tyrell is known to hang with the Academy Homes crew. He has been seen with older boys at the bus stop "
        "after school. His family is from Jamaica, the mother speaks Patois at home.",
        "Please add to your records."),
    deny="ground_not_permitted",
    leaks={"gang_affiliation": ["Academy Homes crew"], "national_origin": ["Jamaica"], "language": ["Patois"]},
    tags=["form"])

# ---------------------------------------------------------------------------------------------
# DENY: excluded substances only
# ---------------------------------------------------------------------------------------------

add(name="Ana Beatriz Souza", school="Brighton High School", grade=10,
    recipient="bpd/district-d14", ground="drugs", substances=["THC vape cartridge"], when="2026-01-29T10:45",
    loc="Brighton High School, 2nd floor girls' bathroom",
    desc=("Student was vaping in the bathroom at 10:45. In her bag: 2 cartridges labeled 'THC 90%'. Per the "
          "interpreter (Portuguese), mom states she will take away the phone and the cartridges are from a friend."),
    deny="excluded_substance", leaks={"language": ["Portuguese", "interpreter"]},
    tags=["interpreter_summary"])

add(name="Ngoc Anh Vu", school="Snowden International School", grade=9,
    recipient="bpd/district-d4", ground="drugs", substances=["vape (unknown content)"], when="2025-10-14T13:00",
    loc="Snowden International School, stairwell",
    desc=("The teacher find in the stairwell the student with the electronic cigarette of flavor mango, we don't "
          "know if inside is the nicotine or the other thing. The teacher speak with the mother in Vietnamese and "
          "the mother say she never see it before."),
    deny="excluded_substance", leaks={"language": ["Vietnamese"]},
    tags=["bilingual_staff"])

add(name="Eder Varela", school="Jeremiah E. Burke High School", grade=11,
    recipient="bpd/district-c11", ground="drugs", substances=["alcohol (grogue)"], when="2026-03-20T13:30",
    loc="Jeremiah E. Burke High School, auditorium",
    desc=("Three boys drinking in the back of the auditorium at 1:30 from a water bottle with grogue, a strong "
          "rum. Eder bring the bottle and he say 'in my country, Cape Verde, everybody drink grogue at the party'. "
          "The boys smell of alcohol, the nurse check them."),
    deny="excluded_substance", leaks={"national_origin": ["Cape Verde"]},
    tags=["bilingual_staff", "multi_person"])

add(name="Timur Aliev", school="Boston Latin Academy", grade=10,
    recipient="bpd/district-b2", ground="drugs", substances=["nicotine pouches"], when="2025-12-17T09:50",
    loc="Boston Latin Academy, hallway",
    desc=("Timur was selling Zyn pouches for $5 each in the hallway. When asked he said to his friend 'это просто "
          "никотин' (it's just nicotine). 14 pouches confiscated."),
    deny="excluded_substance", leaks={"language": ["это просто"]},
    tags=["original_language"])

add(name="Génesis Ortiz", school="Margarita Muñiz Academy", grade=11,
    recipient="bpd/district-e13", ground="drugs", substances=["THC edibles"], when="2026-02-10T11:15",
    loc="Margarita Muñiz Academy, classroom 3B",
    desc=lines(
        "From: Sra. Almonte",
        "To: AP Kelleher",
        "Subject: gomitas",
        "Hi, the student Génesis give the gummies of THC to 2 friends in classroom 3B at 11:15, the package say "
        "'Delta 9, 10 mg each'. The friends feel dizzy, the nurse see them. The mother, who only speaks Spanish, "
        "came at 1.",
        "> From: AP Kelleher",
        "> Thanks, send me the photos of the package."),
    deny="excluded_substance", leaks={"language": ["Spanish"]},
    tags=["email_thread", "bilingual_staff", "multi_person"])

add(name="Ali Hassan", school="Fenway High School", grade=12,
    recipient="bpd/district-d4", ground="drugs", substances=["tobacco (hookah/shisha)"], when="2026-04-02T12:10",
    loc="Fenway High School, courtyard",
    desc=("In the courtyard at lunch Ali have a small hookah and the tobacco of the hookah with the flavor of "
          "apple. He say in Lebanon, where he is born, the boys smoke it with the family and it is only tobacco."),
    deny="excluded_substance", leaks={"national_origin": ["Lebanon"]},
    tags=["bilingual_staff"])

add(name="Connor Walsh", school="Charlestown High School", grade=11,
    recipient="bpd/district-a1", ground="drugs", substances=["beer", "Juul pods"], when="2025-10-24T15:30",
    loc="Charlestown High School, football field bleachers",
    desc=("After the practice, at the bleachers of the football field, Connor and 2 other boys have 6 cans of beer "
          "and a Juul with the pods of mint. The coach take everything and call the parents. Nobody was drunk very "
          "much."),
    deny="excluded_substance", leaks={},
    tags=["bilingual_staff", "clean", "multi_person"])

add(name="Abdullahi Mohamed", school="Boston Community Leadership Academy", grade=10,
    recipient="bpd/district-e18", ground="drugs", substances=["marijuana"], when="2026-03-11T08:20",
    loc="Boston Community Leadership Academy, front steps",
    desc=("Two blunts of weed found in his jacket at the front steps at 8:20. Per the interpreter (Somali), dad "
          "states they live on Lenox Street and the older boys there give it to him."),
    deny="excluded_substance", leaks={"language": ["Somali", "interpreter"], "neighborhood": ["Lenox Street"]},
    tags=["interpreter_summary"])

# ---------------------------------------------------------------------------------------------
# DENY: recipient not permitted
# ---------------------------------------------------------------------------------------------

add(name="Jamari Wright", school="Madison Park Technical Vocational High School", grade=11,
    recipient="bric", ground="weapon", weapon="knife", when="2025-11-06T10:10",
    loc="Madison Park Technical Vocational High School, carpentry shop",
    desc=("At 10:10 a student told the carpentry instructor, Mr. Dube, that Jamari had 'a big knife' in his bag. "
          "Mr. Dube asked Jamari to come to the hallway and called the SSS. In the office, with the AP present, the "
          "SSS checked the backpack and found a kitchen knife, 8 inch blade, black plastic handle, wrapped in a "
          "t-shirt. Jamari said he took it from home because some boys from another school have been following him "
          "after dismissal on the bus and he is scared. He did not show it to anybody and no threat was made. The "
          "knife is in the AP safe. The other boys in the shop say Jamari is with the Orchard Park crew and that "
          "the boys from the other school are from a rival group; the school has no information about this except "
          "what the boys say. Mother was called at 10:45 and came at 12. Jamari is suspended pending a hearing. We "
          "send this to the intelligence center because they asked us to share any case with a possible group "
          "connection."),
    deny="recipient_not_permitted", leaks={"gang_affiliation": ["Orchard Park crew"]},
    tags=[])

add(name="Edwin Ramos", school="East Boston High School", grade=10,
    recipient="ice/ero-boston", ground="weapon", weapon="box cutter", when="2026-01-09T13:10",
    loc="East Boston High School, 3rd floor",
    desc=("Box cutter found in Edwin's pocket at 1:10 PM on the 3rd floor. The uncle say on the phone Edwin is "
          "undocumented and please not to tell anybody."),
    deny="recipient_not_permitted", leaks={"immigration_status": ["undocumented"]},
    tags=["bilingual_staff"])

add(name="Samir Benali", school="Snowden International School", grade=12,
    recipient="commonwealth-fusion-center", ground="weapon", weapon="firearm", when="2026-02-17T08:05",
    loc="Snowden International School, entrance",
    desc=("Pistol (unloaded, .22) found in Samir's backpack at the entrance scan at 8:05. Father, who is from "
          "Algeria, came to the school at 9 and say in his country a boy never do this."),
    deny="recipient_not_permitted", leaks={"national_origin": ["Algeria"]},
    tags=["bilingual_staff"])

add(name="Kevin Zhou", school="Josiah Quincy Upper School", grade=10,
    recipient="dhs/hsi-boston", ground="drugs", substances=["fentanyl"], when="2026-03-26T12:20",
    loc="Josiah Quincy Upper School, boys' bathroom",
    desc=("Kevin had 5 bags of fentanyl powder in his shoe, found at 12:20 in the boys' bathroom. He said '不是我的, "
          "是我朋友的' (not mine, it is my friend's)."),
    deny="recipient_not_permitted", leaks={"language": ["不是我的"]},
    tags=["original_language"])

add(name="Tiana Grant", school="Excel High School", grade=10,
    recipient="mbta-transit-police", ground="serious_violence", when="2025-12-12T15:00",
    loc="Broadway station, outbound platform",
    desc=("After school at the train platform Tiana and two friends beat a girl from our school; the girl has a "
          "broken nose and a concussion. The victim say they call her names because she is Cape Verdean."),
    deny="recipient_not_permitted", leaks={"ethnicity": ["Cape Verdean"]},
    tags=["multi_person"])

add(name="Jordan Baez", school="Dorchester Academy", grade=11,
    recipient="allied-universal/south-bay-center", ground="credible_threat", when="2026-04-10T16:30",
    loc="South Bay Center",
    threat=("Jordan told a classmate he would 'bring the strap to South Bay Saturday and light up' the boys who "
            "jumped his cousin."),
    desc=("The mall security ask us for the report. Per the interpreter, the mother of the classmate states Jordan "
          "say it two times on the bus."),
    deny="recipient_not_permitted", leaks={"language": ["interpreter"]},
    tags=["interpreter_summary"])

add(name="Woodley Charles", school="TechBoston Academy", grade=12,
    recipient="cbp", ground="weapon", weapon="knife", when="2026-05-12T09:30",
    loc="TechBoston Academy, room 115",
    desc=("Folding knife found in Woodley's jacket in room 115 at 9:30. He was born in Haiti and the family is "
          "asking for the papers of residence."),
    deny="recipient_not_permitted",
    leaks={"national_origin": ["born in Haiti"], "immigration_status": ["papers of residence"]},
    tags=["bilingual_staff"])

# ---------------------------------------------------------------------------------------------
# DENY: credible threat without a threat statement
# ---------------------------------------------------------------------------------------------

add(name="Roodly Michel", school="Jeremiah E. Burke High School", grade=10,
    recipient="bpd/district-c11", ground="credible_threat", when="2025-11-19T10:00",
    loc="Jeremiah E. Burke High School, room 140",
    desc=("Report of the teacher, Mr. Lafortune, room 140. In the second period, around 9:55, we was doing the "
          "group work and the other students was making jokes about the shoes of Roodly for many minutes. I tell "
          "them stop two times. Then Roodly stand up very fast, the chair fall, and he say loud 'M pral tire nou "
          "tout' (I am going to shoot all of you), and after in English 'y'all think I'm playing, my brother got "
          "the gun at the house'. He look at the three boys who was laughing when he say it. The class become very "
          "quiet. I ask him to come outside with me and he come, he was crying and breathing fast. I send him to "
          "the office with the hall monitor at 10:00. The three boys say he tell them the same thing last week on "
          "the bus, but they think it was a joke. In the office the AP search his bag and his locker, nothing "
          "found. Roodly said he was only angry and he don't have any gun, but he also said 'I know where my "
          "brother keep it'. The clinician saw him at 11:00. Parent contacted, the father is coming after work. I "
          "write this the same day, after the class."),
    deny="missing_threat_statement", leaks={"language": ["tire nou tout"]},
    tags=["original_language"])

add(name="Josué Andújar", school="English High School", grade=11,
    recipient="bpd/district-e13", ground="credible_threat", threat="", when="2026-01-26T13:45",
    loc="English High School, cafeteria",
    desc=("Translation of the computer: Josué say to the other boy in the cafeteria that he will bring the machete "
          "of the uncle tomorrow and cut him. He live in the Bromley-Heath with the uncle."),
    deny="missing_threat_statement", leaks={"neighborhood": ["Bromley-Heath"]},
    tags=["machine_translation"])

add(name="Huy Nguyen", school="Charlestown High School", grade=10,
    recipient="bpd/district-a1", ground="credible_threat", when="2026-03-30T08:15",
    loc="Charlestown High School",
    desc=("Call from the mother, with Vietnamese interpreter. Per the interpreter, mom states Huy said at home he will "
          "stab the boy who bullies him with the kitchen knife on Monday."),
    deny="missing_threat_statement", leaks={"language": ["Vietnamese", "interpreter"]},
    tags=["interpreter_summary"])

add(name="Bilal Osman", school="Boston Latin Academy", grade=9,
    recipient="bpd/district-b2", ground="credible_threat", when="2025-12-01T18:30",
    loc="Boston Latin Academy",
    desc=lines(
        "From: parent (machine translated)",
        "Subject: my son",
        "Assalamu alaikum teacher. I am the father of Bilal. My son tell his brother that the boys in the class who "
        "laugh of him, he will bring the gun of the friend and shoot them on Friday after the Jumu'ah. I am very "
        "afraid, please help."),
    deny="missing_threat_statement", leaks={"religion": ["Assalamu alaikum", "Jumu'ah"]},
    tags=["email_thread", "machine_translation"])

add(name="Nia Robinson", school="Fenway High School", grade=10,
    recipient="bpd/district-d4", ground="credible_threat", when="2026-05-19T14:10",
    loc="Fenway High School, hallway",
    desc=lines(
        "Statement of witness student (her words):",
        "'Nia say in the hallway she will come with the knife of her mother and cut the face of Brianna in the "
        "last day of school. She say it very serious, not laughing.'"),
    deny="missing_threat_statement", leaks={},
    tags=["student_statement", "clean"])

# ---------------------------------------------------------------------------------------------
# DENY: face surveillance
# ---------------------------------------------------------------------------------------------

add(name="Hamza Abdi", school="English High School", grade=10,
    recipient="bpd/district-e13", ground="weapon", weapon="knife", when="2026-02-06T16:00",
    loc="English High School",
    attachments=[{"kind": "face_match", "name": "store_facial_recognition_match_0206.pdf"}],
    desc=("A store owner say a boy show a knife at the register on Centre St after school. The store's facial "
          "recognition system matched the boy to Hamza; the match report is attached. The AP confirmed Hamza had "
          "a folding knife in his bag the next morning."),
    deny="face_surveillance", leaks={"face_surveillance": ["facial recognition", "match report"]},
    tags=[])

add(name="Lucas Teixeira", school="Brighton High School", grade=11,
    recipient="bpd/district-d14", ground="weapon", weapon="pepper spray", when="2026-03-14T15:30",
    loc="Brighton High School",
    desc=("Translation from Portuguese of the statement the mall security manager gave to our family liaison on "
          "Sunday, typed by the AP: 'On Saturday around 3:30 in the food court a boy with a black jacket and white "
          "cap spray the pepper in the eyes of a girl after they argue, and he run out by the door of the parking. "
          "The girl was taken care by the paramedics, she is ok now. The camera with the recognition of faces of "
          "the mall identify the boy automatically, and the system give us the name Lucas and the school, because "
          "his photo was in the system from a problem before. We ask the school to confirm.' School follow-up: on "
          "Monday 3/16 at 8:10 AM, after this information, the AP and SSS searched Lucas's locker and found a small "
          "pepper spray canister (black, keychain) in the pocket of a jacket. Lucas denied being at the mall. The "
          "girl is not our student. We are sending the mall report and the school search together so BPD has "
          "everything."),
    deny="face_surveillance", leaks={"face_surveillance": ["recognition of faces"], "language": ["Portuguese"]},
    tags=["machine_translation"])

add(name="Darnell Hayes", school="TechBoston Academy", grade=11,
    recipient="bpd/district-c11", ground="credible_threat", when="2026-04-21T09:00",
    loc="TechBoston Academy",
    threat=("Darnell posted 'tomorrow TBA gets shot up, stay home' on his Snapchat story at 11 PM on 4/20."),
    attachments=[{"kind": "photo", "name": "darnell_yearbook_for_face_matching.jpg"}],
    desc=("Post reported by three students. We attach his yearbook photo so BPD can run it through the face "
          "recognition software against the video from the bus stop."),
    deny="face_surveillance", leaks={"face_surveillance": ["face recognition software", "face_matching"]},
    tags=[])

add(name="Kenny Tran", school="Snowden International School", grade=12,
    recipient="bpd/district-d4", ground="serious_violence", when="2026-01-16T16:45",
    loc="Copley Square",
    desc=("Per the interpreter, mom of the victim states the police told her a face recognition match from the "
          "city cameras identified Kenny as the boy who stabbed her son in the arm at Copley. The victim needed "
          "surgery."),
    deny="face_surveillance",
    leaks={"face_surveillance": ["face recognition match"], "language": ["interpreter"]},
    tags=["interpreter_summary"])

add(name="Andre Silva", school="Madison Park Technical Vocational High School", grade=10,
    recipient="bpd/district-b2", ground="drugs", substances=["fentanyl"], when="2026-05-07T12:45",
    loc="Madison Park Technical Vocational High School, welding shop",
    extra={"biometrics": {"face_template_id": "FT-88120", "face_match_score": 0.93,
                          "source": "vendor face matching, 2026-05-06"}},
    desc=("In the welding shop at 12:45 the instructor see Andre give a small bag of powder to other student. The "
          "nurse test say fentanyl. 7 bags more in his glove."),
    deny="face_surveillance", leaks={"face_surveillance": ["FT-88120", "vendor face matching"]},
    tags=["structured_fields", "bilingual_staff"])

# ---------------------------------------------------------------------------------------------
# DENY: airsoft, BB and replica guns (need a named approver's determination)
# ---------------------------------------------------------------------------------------------

add(name="Bruno Carvalho", school="Brighton High School", grade=9,
    recipient="bpd/district-d14", ground="weapon", weapon="airsoft pistol", when="2025-10-15T12:35",
    loc="Brighton High School, cafeteria",
    desc=("(Translated from Portuguese.) Bruno have in the backpack a pistol of plastic that shoot the little balls "
          "(airsoft), black, with the orange tip removed. He show it in the lunch. Nobody hurt."),
    deny="other", leaks={"language": ["Portuguese"]},
    tags=["machine_translation"])

add(name="Peter Ly", school="Boston Latin Academy", grade=8,
    recipient="bpd/district-b2", ground="weapon", weapon="BB gun", when="2026-04-13T15:05",
    loc="Boston Latin Academy, field",
    desc=("Peter shoot a BB gun at the window of the field house at 3:05, the glass break. His grandmother speaks "
          "only Vietnamese, the cousin come to take him."),
    deny="other", leaks={"language": ["Vietnamese"]},
    tags=["bilingual_staff"])

add(name="Jayson Ortiz", school="Mission Hill K-8", grade=8,
    recipient="bpd/district-b2", ground="weapon", weapon="replica handgun", when="2026-05-21T10:25",
    loc="Mission Hill K-8, room 8B",
    desc=("Jayson bring a pistol of toy but it look real, black, metal, it is a replica of the Beretta with no "
          "orange tip. He show it to the class in room 8B at 10:25 and the kids scream. No one hurt."),
    deny="other", leaks={},
    tags=["bilingual_staff", "clean"])


# ---------------------------------------------------------------------------------------------
# Build and self-check
# ---------------------------------------------------------------------------------------------

def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


DECISION_TAG = {"weapon": "allow_weapon", "serious_violence": "allow_violence",
                "credible_threat": "allow_threat", "drugs": "allow_drugs"}
DENY_TAG = {"ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
            "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
            "face_surveillance": "deny_face", "other": "deny_replica"}


def build():
    out = []
    for n, c in enumerate(CASES, 1):
        cid = f"{PREFIX}-{n:04d}"
        sid = str(410000 + (n * 7301) % 580000).zfill(6)
        g = c["grade"]
        dob = f"{2025 - g - 6 + (1 if n % 3 else 0)}-{(n * 5) % 12 + 1:02d}-{(n * 11) % 27 + 1:02d}"
        student = {"student_id": sid, "name": c["name"], "date_of_birth": dob, "grade": g, "school": c["school"]}
        student.update(c.get("extra", {}))
        req = {"request_id": cid, "school_id": SCHOOLS[c["school"]], "recipient": c["recipient"],
               "ground": c["ground"]}
        if c.get("substances") is not None:
            req["substances"] = c["substances"]
        if c.get("weapon"):
            req["weapon"] = c["weapon"]
        if "threat" in c:
            req["threat_statement"] = c["threat"]
        req["incident"] = {"occurred_at": iso(c["when"]), "location": c["loc"], "description": c["desc"]}
        req["student"] = student
        if c.get("attachments"):
            req["attachments"] = c["attachments"]
        leaks = c["leaks"]
        mnc = [s for cat in sorted(leaks) for s in leaks[cat]]
        deny = c.get("deny")
        tags = [FAMILY]
        tags.append(DENY_TAG[deny] if deny else DECISION_TAG[c["ground"]])
        length = len(c["desc"])
        tags.append("long" if length >= 800 else "medium" if length >= 500 else "short_note")
        tags += c["tags"]
        if not leaks and "clean" not in tags:
            tags.append("clean")
        expect = {"decision": "deny" if deny else "allow"}
        if deny:
            expect["reason"] = deny
        expect.update({
            "must_not_contain": mnc,
            "must_contain": [] if deny else [c["name"], c["school"], c["key"]],
            "must_contain_text": [] if deny else list(c["facts"]),
            "categories": sorted(leaks),
            "tags": tags,
        })
        # ---- self-checks (labels must be consistent with the request) ----
        whole = fold(json.dumps(req, ensure_ascii=False))
        desc = fold(c["desc"])
        kept = fold(" ".join(str(student[k]) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                    + " " + req["school_id"] + " " + req["recipient"])
        assert length <= 2000, (cid, length)
        for cat, strs in leaks.items():
            assert strs, (cid, cat)
        for s in mnc:
            assert len(fold(s).strip()) >= 3, (cid, s)
            assert fold(s) in whole, (cid, "mnc not in request", s)
            assert fold(s) not in kept, (cid, "mnc in kept field", s)
            for keep in expect["must_contain"] + expect["must_contain_text"]:
                assert fold(s) not in fold(keep), (cid, "mnc inside a kept fact", s, keep)
        for f in expect["must_contain_text"]:
            assert fold(f) in desc, (cid, "fact not in description", f)
        if not deny:
            assert fold(c["key"]) in desc, (cid, "key fact not in description", c["key"])
            assert 1 <= len(c["facts"]) <= 3, cid
        out.append({"id": cid, "request": req, "expect": expect})
    return out


def main():
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
