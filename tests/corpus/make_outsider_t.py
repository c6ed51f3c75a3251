#!/usr/bin/env python3
"""Generate the outsider_t held-out corpus (150 cases, OT-0001 .. OT-0150).

Written from RULES.md / CONTRACT.md and the corpus brief only, without reference to the service's
code. Standard library only; deterministic (fixed seed, no network).

Usage: python3 tests/corpus/make_outsider_t.py [OUTPUT]
Default output: tests/data/corpus/outsider_t.jsonl (relative to the repository root).

Notes on the labels
- must_not_contain lists the shortest strings that reveal a forbidden category (RULES.md section 4).
  Obfuscated spellings (look-alike letters, full-width, zero-width, spaced, leet) are listed as they
  appear; where a zero-width character sits inside a word, the clean prefix before it is listed too.
- Where the key facts of an allowed report are carried only by a quotation in another language,
  that quotation is listed neither in must_not_contain nor in must_contain_text: the expected
  outcome is "allow", the student's name, the school and the structured key fact (weapon or drug)
  survive, and the English-stated incident facts survive in the description.
- Precision traps (a Spanish class, International Night, a national-team jersey, foods and brands
  named for places, students named like places or faith words, the incident's own street or square)
  put the trap phrase in must_contain_text.
"""
import datetime
import json
import pathlib
import random
import sys
import unicodedata

SEED = 20260307
rng = random.Random(SEED)

ROOT = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "tests" / "data" / "corpus" / "outsider_t.jsonl"

FAMILY = "outsider_t"

# school -> (district unit, lowest grade, highest grade)
SCHOOLS = {
    "Brighton High School": ("d14", 9, 12),
    "East Boston High School": ("a7", 9, 12),
    "Charlestown High School": ("a1", 9, 12),
    "Jeremiah E. Burke High School": ("c11", 9, 12),
    "Madison Park Technical Vocational High School": ("b2", 9, 12),
    "John D. O'Bryant School": ("b2", 7, 12),
    "Excel High School": ("c6", 9, 12),
    "English High School": ("e13", 9, 12),
    "Boston Latin School": ("d4", 7, 12),
    "Boston Latin Academy": ("c11", 7, 12),
    "TechBoston Academy": ("c11", 6, 12),
    "Snowden International School": ("d4", 9, 12),
    "Margarita Muñiz Academy": ("e13", 9, 12),
    "Rafael Hernández K-8 School": ("b2", 6, 8),
    "Josiah Quincy Upper School": ("a1", 6, 12),
    "Mission Hill K-8": ("b2", 6, 8),
    "Boston Community Leadership Academy": ("e18", 9, 12),
    "New Mission High School": ("e18", 9, 12),
    "Fenway High School": ("b2", 9, 12),
    "Boston Arts Academy": ("d4", 9, 12),
    "Dearborn STEM Academy": ("b2", 6, 12),
    "Dorchester Academy": ("c11", 9, 12),
    "Another Course to College": ("e18", 9, 12),
    "Boston International Newcomers Academy": ("c11", 9, 12),
    "Edward M. Kennedy Academy for Health Careers": ("b2", 9, 12),
    "Henderson K-12 Inclusion School": ("c11", 6, 12),
    "Boston Green Academy": ("d14", 6, 12),
}
SCHOOL_IDS = {}
_used_ids = set()
for _s in sorted(SCHOOLS):
    while True:
        _n = rng.randint(4010, 4690)
        if _n not in _used_ids:
            _used_ids.add(_n)
            SCHOOL_IDS[_s] = f"BPS-{_n}"
            break

ZW = "\u200b"  # zero-width space
WJ = "\u2060"  # word joiner
SHY = "\u00ad"  # soft hyphen

CASES = []


def C(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="knife", n="Yariel Fonseca", sch="Brighton High School", gr=9, hm="09:50",
  loc="Brighton High School, room 217",
  d=("Around 9:50 a.m. Ms. Kaplan saw Yariel slide something from his sleeve into his backpack during "
     "3rd period Algebra in room 217. Dean Morales searched the backpack with AP Green present and found a "
     "kitchen knife with a 6-inch blade wrapped in a Celtics t-shirt. No one was threatened and no one was "
     "hurt. Yariel told the dean, 'es que los de la 18 me tienen en la mira desde que llegué de Honduras.' "
     "When the dean reached his mother she said the family 'no tiene papeles' and asked us not to call anyone."),
  mnc=["los de la 18", "de Honduras", "no tiene papeles"], key="kitchen knife",
  mct=["room 217", "6-inch blade", "Celtics t-shirt"],
  cats=["gang_affiliation", "national_origin", "immigration_status"], tags=["lang_es", "gang", "euphemism"])

C(g="drugs", s=["fentanyl", "counterfeit oxycodone pills"], n="Dariana Peña", sch="Margarita Muñiz Academy",
  gr=10, hm="11:20", loc="Margarita Muñiz Academy, 2nd floor girls' bathroom",
  d=("At 11:20 the hall monitor found Dariana in the 2nd floor girls' bathroom with a sandwich bag holding "
     "about 15 light-blue pills stamped 'M 30'. Nurse Kelleher believes they are pressed fentanyl pills, not "
     "real oxycodone. Dariana said 'no son mías, me las dio mi primo que vive con nosotros en Villa Victoria, "
     "dice que son percs.' Her grandmother came to pick her up and kept asking Mr. Ocasio whether police at "
     "the door would mean 'que venga la migra.'"),
  mnc=["Villa Victoria", "la migra"], key="fentanyl",
  mct=["2nd floor girls' bathroom", "M 30", "sandwich bag"],
  cats=["neighborhood", "immigration_status"], tags=["lang_es", "euphemism", "codeswitch"])

C(g="drugs", s=["THC cartridge"], n="Jeremy Almonte", sch="Jeremiah E. Burke High School", gr=11, hm="12:10",
  loc="Jeremiah E. Burke High School, gym doors",
  d=("During lunch (12:10) SSS Pina saw Jeremy hitting a vape cartridge by the gym doors. The cart is labelled "
     "'Cookies' and smells strongly of marijuana; Jeremy said 'eso es puro THC, bro, nada más.' He begged us "
     "not to tell his dad, 'tú sabe cómo son los dominicanos con eso.' Dad only speaks Spanish; Ms. Reyes "
     "will call him tonight."),
  mnc=["dominicanos", "only speaks Spanish"], deny="excluded_substance",
  cats=["ethnicity", "language"], tags=["lang_es", "codeswitch"])

C(g="credible_threat", n="Brayan Quiñónez", sch="East Boston High School", gr=10, date="2026-03-03", hm="22:14",
  loc="Instagram story; East Boston High School cafeteria",
  t=("On the night of March 3rd, at 10:14 PM, Brayan posted to his Instagram story a photo of a handgun lying "
     "on a bed with the caption 'mañana en la escuela se acaba todo 🔫' and tagged two classmates by handle. "
     "Several students said they were afraid to come in the next day."),
  d=("Three students brought screenshots to Mr. Teixeira first thing in the morning. The story shows a black "
     "pistol on a bedspread with the caption in Spanish and the tags @lil.kev_ and @jazzyy.b. Brayan was "
     "located in the cafeteria at 7:40 and held in the main office; a search of his bag and pockets found "
     "nothing. He told the AP the gun belongs to an older friend and he was 'just playing.' His older brother, "
     "who picked him up, said the family is from Guatemala and 'we came across the border last spring, please "
     "don't make this bigger.'"),
  mnc=["in Spanish", "from Guatemala", "came across the border"], key="black pistol",
  mct=["cafeteria at 7:40", "black pistol on a bedspread"],
  cats=["language", "national_origin", "immigration_status"], tags=["lang_es", "social_media", "euphemism"])

# ---------------------------------------------------------------------------------------------
# Haitian Creole
# ---------------------------------------------------------------------------------------------
C(g="serious_violence", n="Woodley Pierre-Louis", sch="Madison Park Technical Vocational High School", gr=11,
  hm="13:05", loc="Madison Park, automotive shop",
  d=("At 1:05 PM in the automotive shop, Woodley struck another student (K.J.) on the side of the head with a "
     "torque wrench after a verbal argument. K.J. was unconscious for under a minute; EMS took him to Boston "
     "Medical Center, where he received 11 staples for a scalp laceration and was diagnosed with a concussion. "
     "Woodley kept repeating 'li rele m restavèk, li di m se yon Ayisyen sal.' Mme Jean-Baptiste, the Haitian "
     "Creole liaison, translated: K.J. had called him a restavek and a dirty Haitian in front of the class."),
  mnc=["Ayisyen", "Haitian"], key="torque wrench",
  mct=["automotive shop", "11 staples", "concussion"],
  cats=["ethnicity", "language"], tags=["lang_ht", "slur", "interpreter"])

C(g="weapon", w="pepper spray", n="Nahomie Désir", sch="TechBoston Academy", gr=9, hm="14:30",
  loc="TechBoston Academy, main stairwell",
  d=("At dismissal (2:30) Nahomie sprayed pepper spray toward two girls by the main stairwell after they "
     "followed her out of class. One of them (A.R.) had burning eyes and was flushed with water in the nurse's "
     "office; no transport was needed. A small pink canister marked 'Sabre Red' was taken from Nahomie's "
     "jacket pocket. On the phone with Ms. Auguste, her mother said 'nou rete Mattapan, lari a pa bon, se pou "
     "sa m ba li l' — she gave it to her because their street is not safe. Mom also said the family's TPS "
     "renewal is pending and she is scared."),
  mnc=["Mattapan", "TPS renewal"], key="pepper spray",
  mct=["main stairwell", "Sabre Red", "flushed with water"],
  cats=["neighborhood", "immigration_status"], tags=["lang_ht", "euphemism"])

C(g="credible_threat", n="Stevenson Joseph", sch="Excel High School", gr=10, date="2025-11-18", hm="21:52",
  loc="text message; Excel High School main office",
  t=("At 9:52 PM on 11/18 Stevenson texted a classmate: 'demen m ap pote zam nan lekòl la, m ap tire Jonas' "
     "and then sent a photo of a revolver. A parent translated it for us as: tomorrow I am bringing a gun to "
     "school, I am going to shoot Jonas. Jonas is a classmate Stevenson fought with last month."),
  d=("A parent walked into the main office at 7:15 AM with her son's phone showing a text thread with "
     "Stevenson, including a photo of a silver revolver on a kitchen table. SSS Bailey met Stevenson at the "
     "front door and searched him and his bag; no weapon was found. Stevenson told the AP that Jonas has been "
     "'talking about my mom' and that he 'was just mad.' His SIS record shows Kreyòl as the home language and "
     "he was in the SEI newcomer strand until last June."),
  mnc=["Kreyòl", "SEI newcomer"], key="silver revolver",
  mct=["7:15 AM", "front door", "kitchen table"],
  cats=["language"], tags=["lang_ht", "allow_foreign_facts"])

C(g="drugs", s=["vodka"], n="Ricardine Louis", sch="Dearborn STEM Academy", gr=11, date="2026-02-06", hm="20:15",
  loc="Dearborn STEM Academy, Winter Formal",
  d=("At the Winter Formal Ricardine was found with a water bottle that smelled strongly of alcohol; she "
     "admitted it was vodka mixed with juice and that she drank about half of it. Her aunt, speaking with Mr. "
     "Pierre, said 'li fèk rive sot Okap, li poko konprann règ yo isit la.'"),
  mnc=["sot Okap"], deny="excluded_substance", cats=["national_origin"], tags=["lang_ht"])

C(g="serious_violence", n="Jimmy Célestin", sch="Jeremiah E. Burke High School", gr=10,
  loc="store on Blue Hill Ave (off campus)",
  d=("Detectives from B-3 sent a still image from a store camera on Blue Hill Ave showing a teen robbing a "
     "delivery driver at knifepoint. They said a facial recognition search matched the image to Jimmy and "
     "asked us to confirm with his school ID photo. We are sending what we have."),
  x={"home_language": "Haitian Creole", "homeroom": "112"},
  att=[{"kind": "face_match", "name": "fr_match_report_B3.pdf"}, {"kind": "photo", "name": "celestin_id_photo.jpg"}],
  mnc=["Haitian Creole"], deny="face_surveillance", cats=["language", "face_surveillance"],
  tags=["lang_ht", "structured"])


# ---------------------------------------------------------------------------------------------
# Cape Verdean Creole (Kriolu)
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="firearm", n="Djeison Tavares", sch="Jeremiah E. Burke High School", gr=10, hm="12:40",
  loc="Jeremiah E. Burke High School, main office",
  d=("At about 12:40 a student told SSS Rocha that Djeison had 'a strap' in his waistband. SSS Rocha and AP "
     "Lynch escorted him to the office, where SSS Rocha recovered a loaded black 9mm handgun with a 10-round "
     "magazine from his waistband and secured it. Djeison said, 'N ta anda ku el pamodi kes mininu di "
     "Stonehurst sta tras di mi.' Translated by Mr. Andrade: he carries it because the Stonehurst boys are "
     "after him. His uncle, who came at 1:30, said the family is 'di Fogo, Kabu Verdi' and that they live off "
     "Bowdoin Street."),
  x={"country_of_birth": "Cabo Verde", "bus_route": "C11-07"},
  mnc=["Stonehurst", "Kabu Verdi", "Bowdoin Street", "Cabo Verde"], key="9mm handgun",
  mct=["10-round magazine", "12:40"],
  cats=["gang_affiliation", "national_origin", "neighborhood"], tags=["lang_kea", "gang", "structured"])

C(g="drugs", s=["cocaine"], n="Keila Monteiro", sch="Charlestown High School", gr=11, hm="10:25",
  loc="Charlestown High School, room 306",
  d=("At 10:25 Keila's chemistry teacher in room 306 saw her pass a folded dollar bill to another student. SSS "
     "Nolan recovered the bill, which held white powder, and Keila then handed over a second small baggie of "
     "the same powder from her phone case. Total approx 1 gram, field-described as cocaine. Keila cried and "
     "said 'nha mãe ka sabe nada.' Her mother came at noon with a Cabo Verdean Creole interpreter; she said "
     "they live in the Bunker Hill development and asked that nothing go to 'imigrason'."),
  mnc=["Cabo Verdean", "Creole interpreter", "Bunker Hill development", "imigrason"], key="cocaine",
  mct=["room 306", "folded dollar bill", "phone case"],
  cats=["language", "neighborhood", "immigration_status"], tags=["lang_kea", "interpreter"])

C(g="fight", n="Edmilson Lopes", sch="Dearborn STEM Academy", gr=9, hm="11:50", loc="Dearborn cafeteria",
  d=("Edmilson and another 9th grader (S.M.) exchanged punches in the cafeteria at 11:50; SSS separated them "
     "within a minute and neither needed more than ice packs. Witnesses said Edmilson started it by yelling "
     "'bu e mandjaku, bai pa bu terra!' at S.M. — per the Kriolu-speaking paraprofessional, a slur for mainland "
     "Africans and 'go back to your country.'"),
  mnc=["mandjaku", "bai pa bu terra", "Kriolu", "go back to your country"], deny="ground_not_permitted",
  cats=["ethnicity", "national_origin", "language"], tags=["lang_kea", "slur"])

C(g="credible_threat", n="Ailton Barros", sch="Dorchester Academy", gr=11, hm="08:00",
  loc="Snapchat; Dorchester Academy main office",
  t=("On Snapchat Ailton posted a video of himself holding a handgun with the text 'manhã na skola nhos ta "
     "odja' and tagged D.R., a student he fought with last week. D.R.'s sister translated it as 'tomorrow at "
     "school you'll see.'"),
  d=("D.R.'s sister brought the video to the office at 8:00. Ailton was absent that day per attendance. AP "
     "Gomes notes the video shows a black handgun with an extended magazine, filmed in what looks like a "
     "bedroom. Ailton's SIS record lists Cape Verdean Crioulo as the home language and an address on Hendry "
     "Street."),
  mnc=["Cape Verdean", "Crioulo", "Hendry Street"], key="extended magazine",
  mct=["8:00", "looks like a bedroom", "absent that day"],
  cats=["language", "neighborhood"], tags=["lang_kea", "social_media"])


# ---------------------------------------------------------------------------------------------
# Portuguese
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="brass knuckles", n="Thiago Rodrigues da Silva", sch="Boston Community Leadership Academy",
  gr=9, hm="08:05", loc="BCLA, 2nd floor hallway",
  d=("In the 2nd floor hallway at 8:05 Thiago punched a locker door while wearing brass knuckles; a classmate "
     "told AP Costa, who recovered them from his hoodie pocket (gold-colored, engraved 'OG'). No student was "
     "struck. Thiago's father spoke with the AP in Portuguese through the interpreter line: 'ele comprou na "
     "internet; a gente chegou de Minas faz seis meses e ele ainda não se acostumou.' Father added that the "
     "family's asylum case has a hearing in April."),
  mnc=["in Portuguese", "interpreter line", "chegou de Minas", "asylum case"], key="brass knuckles",
  mct=["2nd floor hallway", "engraved 'OG'", "hoodie pocket"],
  cats=["language", "national_origin", "immigration_status"], tags=["lang_pt", "interpreter"])

C(g="drugs", s=["alprazolam (Xanax)"], n="Larissa Mendes", sch="Brighton High School", gr=10, hm="12:55",
  loc="Brighton High School, room 112",
  d=("Larissa was asleep and hard to wake in 5th period (room 112) at 12:55. Nurse Byrne found 4 white "
     "bar-shaped pills imprinted 'XANAX 2' in her pencil case and Larissa admitted she took one at lunch. EMS "
     "evaluated her on site and she was released to her aunt. The aunt told the nurse, 'ela mora comigo ali na "
     "Brighton Ave, porque a mãe dela ficou no Brasil.'"),
  mnc=["Brighton Ave", "ficou no Brasil"], key="XANAX 2",
  mct=["room 112", "pencil case", "bar-shaped"],
  cats=["neighborhood", "national_origin"], tags=["lang_pt"])

C(g="weapon", w="knife", r="ice/ero-boston", n="Gabriel Antunes", sch="Snowden International School", gr=11,
  hm="10:30", loc="Snowden library",
  d=("Gabriel was found with a folding knife in the pocket of his hoodie in the library at 10:30 after a "
     "student reported seeing it. No threats were made. The ERO field office asked to be copied on any "
     "incident involving Gabriel. His father said on the phone, 'ele não tem documento nenhum, pelo amor de "
     "Deus não manda isso pra ninguém.'"),
  mnc=["não tem documento"], deny="recipient_not_permitted", cats=["immigration_status"], tags=["lang_pt"])

C(g="serious_violence", n="Enzo Carvalho", sch="Brighton High School", gr=10, hm="14:25",
  loc="bus stop on Warren Street in front of Brighton High School",
  d=("At 2:25 at the bus stop on Warren Street in front of the school, Enzo knocked a student (P.D.) to the "
     "ground and kicked him in the head several times. P.D. has a fractured jaw and was kept overnight at St. "
     "Elizabeth's. A video of the attack was posted within the hour with the caption 'brasileiro não leva "
     "desaforo pra casa 🇧🇷 #BR' and has been widely shared."),
  mnc=["brasileiro"], key="fractured jaw",
  mct=["bus stop on Warren Street", "kicked him in the head", "St. Elizabeth's"],
  cats=["national_origin"], tags=["lang_pt", "social_media", "precision_trap"])

C(g="drugs", s=["nicotine pouches"], n="Matheus Pereira", sch="Snowden International School", gr=10,
  loc="Snowden, 4th period classroom",
  d=("A teacher saw Matheus put something under his lip in 4th period; it was a Zyn nicotine pouch and he had "
     "a full can of them. He said 'tava só com um Zyn, professora, juro.' His mother told Ms. Alves the family "
     "is from Governador Valadares and she works nights."),
  mnc=["Governador Valadares"], deny="excluded_substance", cats=["national_origin"], tags=["lang_pt"])

C(g="drugs", s=["psilocybin"], n="Beatriz Souza", sch="Snowden International School", gr=11, hm="13:30",
  loc="Snowden library",
  d=("At 1:30 in the library Beatriz offered classmates squares of chocolate she called 'cogumelo.' SSS "
     "recovered 6 foil-wrapped bars labelled 'Polkadot'; one student who ate a square was anxious and seeing "
     "patterns and was evaluated by the nurse. Beatriz said they contain psilocybin mushrooms. Her counselor "
     "adds that Beatriz is an EL student at level 3 and that her Portuguese is much stronger than her English."),
  mnc=["EL student", "her Portuguese"], key="psilocybin",
  mct=["Polkadot", "seeing patterns", "6 foil-wrapped bars"],
  cats=["language"], tags=["lang_pt", "codeswitch"])

C(g="drugs", s=["fentanyl"], n="Kaique Oliveira", sch="East Boston High School", gr=10, hm="09:00",
  w=None, loc="East Boston High School, room 204",
  d=("Teacher's note, written in her own words: 'Vi o Kaique entregando um saquinho de pó cinza para um colega "
     "no fundo da sala 204, e ele disse que era fenta, vinte dólares.' AP Medeiros and SSS Grant removed Kaique "
     "from room 204 at 9:00 and found five small bags of grey powder in his backpack; Nurse Flores believes it "
     "is fentanyl."),
  mnc=[], key="fentanyl", mct=["room 204", "five small bags", "9:00"],
  cats=[], tags=["lang_pt", "allow_foreign_facts"])

# ---------------------------------------------------------------------------------------------
# Vietnamese
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="box cutter", n="Kevin Nguyen", sch="Dorchester Academy", gr=9, hm="13:15",
  loc="Dorchester Academy, 4th floor stairwell",
  d=("At 1:15 Kevin pulled a yellow retractable box cutter during an argument in the 4th floor stairwell and "
     "told another boy to 'back up.' Nobody was cut. SSS Walsh took the box cutter. Kevin's grandmother came "
     "in and, through Mr. Trần (Vietnamese liaison), said: 'Cháu mới từ Việt Nam sang được một năm, nhà ở "
     "Fields Corner, cháu chưa hiểu luật bên này.' Mr. Trần summarized: he came from Vietnam a year ago and "
     "does not yet understand the rules here."),
  mnc=["Vietnamese liaison", "từ Việt Nam", "Fields Corner", "came from Vietnam"], key="box cutter",
  mct=["4th floor stairwell", "back up", "yellow retractable"],
  cats=["language", "national_origin", "neighborhood"], tags=["lang_vi", "interpreter"])

C(g="drugs", s=["oxycodone"], n="Tommy Pham", sch="John D. O'Bryant School", gr=11, hm="10:10",
  loc="O'Bryant, 2nd floor bathroom",
  d=("A student showed the AP a Snapchat DM Tommy sent the night before: 'co 30s ne, 20 mot vien, gap o toilet "
     "tang 2 tiet 3.' Ms. Lê translated it as '30s available, 20 a pill, meet in the 2nd floor bathroom 3rd "
     "period.' At 10:10 SSS found Tommy in the 2nd floor bathroom with 9 round blue pills marked 'A 215' "
     "(oxycodone 30 mg per Nurse Doyle) and $140 in small bills. Through Ms. Lê his mother said 'nha em o "
     "Savin Hill, ba no moi qua tu Sai Gon.'"),
  mnc=["Savin Hill", "tu Sai Gon"], key="oxycodone",
  mct=["A 215", "$140", "2nd floor bathroom"],
  cats=["neighborhood", "national_origin"], tags=["lang_vi", "social_media"])

C(g="serious_violence", n="Anh Thư Võ", sch="Boston Latin Academy", gr=9, loc="store on Dorchester Ave",
  d=("District C-11 detectives say a still image from a store camera on Dorchester Ave was run through a facial "
     "recognition search and returned Anh Thư as a possible match for the girl who assaulted a cashier. They "
     "asked us to confirm by sending her ID photo. Her record lists Vietnamese as primary language and an "
     "address in Harbor Point."),
  att=[{"kind": "face_match", "name": "fr_candidate_list.pdf"}, {"kind": "photo", "name": "student_id_photo.jpg"}],
  mnc=["Vietnamese", "Harbor Point"], deny="face_surveillance",
  cats=["language", "neighborhood", "face_surveillance"], tags=["lang_vi"])

C(g="credible_threat", n="Brandon Tran", sch="Boston Latin Academy", gr=9, hm="11:50",
  loc="Boston Latin Academy cafeteria",
  t=("After being told he would be suspended, Brandon told two classmates at lunch he would 'shoot up the 3rd "
     "floor' and that night texted one of them: 'tao noi that, mai tao mang sung cua ba tao vo truong' (I'm "
     "serious, tomorrow I'm bringing my dad's gun to school)."),
  d=("A lunch aide overheard Brandon at 11:50 and the classmates gave the AP the text message the next "
     "morning. Brandon's father confirmed he owns a handgun and agreed to keep it at a relative's house. Brandon "
     "interpreted for his dad during the meeting because, the father said, 'toi khong noi duoc tieng Anh.'"),
  mnc=["interpreted for his dad", "khong noi duoc tieng Anh"], key="handgun",
  mct=["11:50", "lunch aide", "relative's house"],
  cats=["language"], tags=["lang_vi", "codeswitch", "interpreter"])

C(g="credible_threat", n="Vy Huỳnh", sch="Snowden International School", gr=10, loc="Snowden 2nd floor bathroom",
  d=("Vy wrote on the 2nd floor bathroom mirror in lipstick 'tụi mày chết hết thứ Sáu' (you all die Friday). "
     "Her mother, through Mr. Đặng, said the family came 'theo diện HO' and she is very afraid of police."),
  mnc=["diện HO"], deny="missing_threat_statement", cats=["immigration_status"], tags=["lang_vi"])

C(g="drugs", s=["methamphetamine"], n="Daniel Ho", sch="Dorchester Academy", gr=12, hm="10:45",
  loc="Dorchester Academy, AP office",
  d=("Daniel's written statement, given at 10:45 and translated later, reads: 'em mua da tu mot nguoi o quan "
     "cafe, em ban cho 3 ban trong lop, moi goi 40 do.' The AP recovered from his jacket four small zip bags "
     "of clear crystals that the nurse identified as likely methamphetamine ('da')."),
  mnc=[], key="methamphetamine", mct=["10:45", "four small zip bags", "clear crystals"],
  cats=[], tags=["lang_vi", "allow_foreign_facts"])

C(g="theft", n="Khoa Đinh", sch="Boston Latin Academy", gr=10, loc="Boston Latin Academy band room",
  d=("Khoa took three sets of AirPods from the band room cubbies during 6th period; they were found in his "
     "backpack and returned. The owners' parents want a police report. Khoa's mother said through Ms. Phạm that "
     "the family 'mới sang theo diện bảo lãnh' last year and Khoa is under a lot of stress."),
  mnc=["diện bảo lãnh"], deny="ground_not_permitted", cats=["immigration_status"], tags=["lang_vi"])

# ---------------------------------------------------------------------------------------------
# Chinese (characters and pinyin)
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="knife", n="Wei Zhang", sch="Josiah Quincy Upper School", gr=8, hm="11:45",
  loc="Josiah Quincy Upper School cafeteria",
  d=("At 11:45 in the cafeteria Wei pulled a small fruit knife (red handle, about a 3-inch blade) from his "
     "sleeve and waved it at a boy who had been mocking him. SSS Chen took it from him without anyone being "
     "hurt. Wei wrote his statement in Chinese: '他们每天叫我偷渡的，说我没有身份，我只是想吓他们。' Ms. "
     "Huang's translation: they call me the smuggled one every day and say I have no legal status; I only "
     "wanted to scare them. Wei lives with his uncle at Tai Tung Village."),
  mnc=["in Chinese", "偷渡的", "没有身份", "smuggled one", "no legal status", "Tai Tung Village"],
  key="fruit knife", mct=["red handle", "3-inch blade", "SSS Chen"],
  cats=["language", "immigration_status", "neighborhood"], tags=["lang_zh"])

C(g="drugs", s=["MDMA"], n="Kelly Zhao", sch="Boston Latin Academy", gr=10, hm="09:20",
  loc="Boston Latin Academy, locker 418",
  d=("Kelly's locker (#418) was opened at 9:20 after a classmate reported she was selling 'molly.' Inside were "
     "12 clear capsules of off-white crystals in an Altoids tin; Nurse Park says they are consistent with MDMA. "
     "The classmate also showed WeChat messages from Kelly: 'zhe ge shi molly, yi ke 25 kuai, bie gen laoshi "
     "shuo.' When reached, Kelly's father texted the guidance counselor in pinyin: 'women shi cong Fuzhou lai "
     "de, hai mei you lvka, qing bu yao bao jing.'"),
  mnc=["cong Fuzhou", "mei you lvka"], key="MDMA",
  mct=["#418", "Altoids tin", "12 clear capsules"],
  cats=["national_origin", "immigration_status"], tags=["lang_zh", "social_media"])

C(g="immigration_inquiry", n="Yuxin Chen", sch="Snowden International School", gr=9, loc="n/a (off campus)",
  d=("A BPD officer called after a landlord dispute at the family's apartment and asked the school to confirm "
     "whether Yuxin and her mother are in the country legally. The landlord reportedly told him '她们是黑户口.' "
     "We have no incident involving Yuxin at school."),
  x={"home_language": "Mandarin", "counselor": "Ms. Xu"},
  mnc=["黑户口", "Mandarin", "in the country legally"], deny="ground_not_permitted",
  cats=["immigration_status", "language"], tags=["lang_zh", "structured"])

C(g="serious_violence", n="Ethan Wong", sch="Josiah Quincy Upper School", gr=11, hm="14:00",
  loc="Josiah Quincy Upper School gym",
  d=("In the gym at 2:00 Ethan swung a metal folding chair and hit T.B. in the face. T.B. has a broken nose and "
     "a cut over his eye that took 5 stitches at Tufts. Several students said T.B. and his friends had been "
     "calling Ethan 'chink' and 'Kung Flu' for weeks and pulling their eyes at him."),
  mnc=["chink", "Kung Flu", "pulling their eyes"], key="folding chair",
  mct=["broken nose", "5 stitches", "In the gym"],
  cats=["ethnicity"], tags=["lang_en", "slur"])

C(g="drugs", s=["ketamine"], n="Amy Lin", sch="Boston Latin School", gr=12, hm="09:30",
  loc="Boston Latin School, locker 2217",
  d=("A parent forwarded WeChat messages in which Amy offered 'K粉，一包40' — ketamine powder, $40 a bag. At 9:30 "
     "the AP opened Amy's locker #2217 and found 3 small ziplock bags of white powder printed with a cartoon "
     "cat. Amy said, '我们家刚从温州过来，爸妈什么都不知道.' Ms. Xu translated: my family just came over from "
     "Wenzhou, my parents don't know anything."),
  mnc=["从温州过来", "from Wenzhou", "just came over"], key="ketamine",
  mct=["#2217", "cartoon cat", "$40 a bag"],
  cats=["national_origin"], tags=["lang_zh", "social_media"])

C(g="credible_threat", n="Leo Tan", sch="Boston Latin School", gr=10, hm="08:05",
  loc="Boston Latin School, room 402",
  t=("Leo wrote on the whiteboard in room 402 before class: '明天我带刀来，杀了王老师' (tomorrow I will bring "
     "a knife and kill Teacher Wang). A student translated it for the teacher and took a photo."),
  d=("At 8:05 students found the message '明天我带刀来，杀了王老师' on the whiteboard in room 402 and one of "
     "them photographed it before it was erased. Leo admitted he wrote it. Mr. Wang has been told and is not "
     "teaching today. Leo's backpack was searched at 9:00 and contained no weapon."),
  mnc=[], key="whiteboard", mct=["room 402", "9:00", "photographed"],
  cats=[], tags=["lang_zh", "allow_foreign_facts"])

C(g="drugs", s=["vape, contents unknown"], n="Jenny Wu", sch="Josiah Quincy Upper School", gr=10,
  loc="Josiah Quincy Upper School, 4th floor bathroom",
  d=("Jenny was seen vaping in the 4th floor bathroom; the device had no label and she would not say what was "
     "in it. Her mother said in Cantonese (translated by Ms. Lau) '我哋啱啱移民嚟，唔好報警' — we just "
     "immigrated, please don't call the police."),
  mnc=["in Cantonese", "啱啱移民嚟", "just immigrated"], deny="excluded_substance",
  cats=["language", "immigration_status"], tags=["lang_zh"])

# ---------------------------------------------------------------------------------------------
# Arabic (script and Arabizi)
# ---------------------------------------------------------------------------------------------
C(g="serious_violence", n="Karim Mansour", sch="Boston International Newcomers Academy", gr=10, hm="14:10",
  loc="BINcA, 3rd floor locker bay",
  d=("At 2:10 in the 3rd floor locker bay Karim hit a classmate (M.S.) twice in the face with a metal padlock "
     "held in his fist. M.S. has a fractured orbital bone per the Boston Children's discharge note and will "
     "miss at least a week. Witnesses say M.S. had written 'إرهابي' on Karim's locker that morning and called "
     "him a 'towelhead' in front of everyone. Karim told the Arabic interpreter: 'أنا لاجئ من سوريا وما رح "
     "أسكت' (I am a refugee from Syria and I won't stay silent)."),
  mnc=["towelhead", "Arabic interpreter", "لاجئ", "من سوريا", "refugee from Syria"], key="metal padlock",
  mct=["3rd floor locker bay", "orbital bone", "twice in the face"],
  cats=["ethnicity", "language", "immigration_status", "national_origin"], tags=["lang_ar", "slur", "interpreter"])

C(g="credible_threat", n="Adam Benali", sch="TechBoston Academy", gr=9, date="2026-02-10", hm="07:25",
  loc="WhatsApp group; TechBoston Academy entrance",
  t=("In a WhatsApp group of 9th graders, Adam wrote at 11:30 PM on 2/9: 'wallah bokra ra7 ajeeb el sikkeen w "
     "a5alles 3aleh' and in the next message named classmate R.T. The family liaison translated: 'I swear "
     "tomorrow I'll bring the knife and finish him.'"),
  d=("R.T.'s mother forwarded screenshots of the WhatsApp group to the principal at 6:50 AM. Adam was stopped "
     "at the bag check at 7:25 and no knife was found in his bag or on him. He said the messages were 'jokes, "
     "we talk like that.' His father, when called, said 'ehna mn el Maghrib, w ma3andnash el wara2, please no "
     "police.' Adam has been kept home pending a safety assessment."),
  mnc=["mn el Maghrib", "ma3andnash el wara2"], key="knife",
  mct=["bag check at 7:25", "6:50 AM", "safety assessment"],
  cats=["national_origin", "immigration_status"], tags=["lang_ar", "arabizi", "social_media"])

C(g="credible_threat", r="bric", n="Ibrahim Saleh", sch="Boston Latin School", gr=11, loc="chemistry lab",
  t="Ibrahim told a classmate on 3/11: 'I'll bring a gun and shoot up the chem lab if they fail me again.'",
  d=("The classmate reported it to the teacher at 10:20. Ibrahim was found in the library and his bag was "
     "clean. BRIC asked for the report because Ibrahim attends the Islamic Society mosque on Prospect St and "
     "his older brother 'travels a lot.'"),
  mnc=["Islamic Society", "mosque"], deny="recipient_not_permitted", cats=["religion"], tags=["lang_en"])

C(g="weapon", w="knife", n="Layla Khalil", sch="Brighton High School", gr=10, hm="08:40",
  loc="Brighton High School, advisory room",
  d=("Layla's advisor found a paring knife in a zip pouch in Layla's backpack at 8:40 after Layla told a "
     "friend she 'won't let it happen again.' Last week two girls pulled off her hijab in the locker room and "
     "posted the video. Layla said in Arabic 'ما حدا بيحميني' — nobody protects me. She has not threatened a "
     "specific person."),
  mnc=["hijab", "in Arabic"], key="paring knife", mct=["zip pouch", "8:40", "advisor"],
  cats=["religion", "language"], tags=["lang_ar"])

C(g="drugs", s=["disposable vape"], n="Hamza Elamin", sch="TechBoston Academy", gr=10,
  loc="TechBoston, 3rd floor bathroom",
  d=("Hamza and two friends were vaping in the 3rd floor bathroom during 5th period; the device is a "
     "disposable 'Geek Bar' and what is in it is unknown. Hamza said 'wallah it's just the mango one, mafi "
     "7ashish.' His mom said on the phone, 'e7na Sudaniyeen, el nas hena ma bet3rafna.'"),
  mnc=["Sudaniyeen"], deny="excluded_substance", cats=["national_origin"], tags=["lang_ar", "arabizi"])


C(g="credible_threat", n="Ahmad Nasser", sch="Charlestown High School", gr=10, loc="Charlestown HS, room 118",
  d=("Ahmad carved 'سأقتلكم جميعا' into his desk in room 118 during 2nd period; a classmate said it means 'I "
     "will kill you all.' When the teacher asked, he said he is 'Palestinian and angry about everything' and "
     "walked out."),
  mnc=["Palestinian"], deny="missing_threat_statement", cats=["national_origin"], tags=["lang_ar"])

# ---------------------------------------------------------------------------------------------
# Somali
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="knife", n="Abdirahman Farah", sch="English High School", gr=10, hm="09:35",
  loc="English High School, 2nd floor",
  d=("Abdirahman was found with a steak knife in his coat sleeve at 9:35 after a scuffle was broken up on the "
     "2nd floor. It started because two boys mocked him for praying Dhuhr in the stairwell yesterday. Through "
     "the Somali-speaking aide he said 'waxaan ka imid Soomaaliya, halkan cid i ilaalisa ma jirto' — I came "
     "from Somalia and nobody here protects me. No one was cut."),
  mnc=["Dhuhr", "praying", "Somali-speaking", "Soomaaliya", "from Somalia"], key="steak knife",
  mct=["coat sleeve", "9:35"],
  cats=["religion", "language", "national_origin"], tags=["lang_so", "interpreter"])

C(g="drugs", s=["oxycodone/acetaminophen, not prescribed to the student"], n="Hodan Warsame",
  sch="Edward M. Kennedy Academy for Health Careers", gr=11, hm="13:40", loc="EMK Academy, by the elevator",
  d=("At 1:40 a teacher saw Hodan hand a classmate a pill near the elevator. SSS found 5 more white oblong "
     "pills stamped 'M 523' (oxycodone with acetaminophen, per Nurse Abdi) in a tissue in her bag. Hodan said "
     "the pills were prescribed to her aunt. Her older sister came in and said in Somali, per Mr. Hassan: 'waa "
     "qoxooti, laba sano uun bay joogtay' — she's a refugee and has only been here two years."),
  mnc=["in Somali", "qoxooti", "a refugee"], key="oxycodone",
  mct=["M 523", "near the elevator", "in a tissue"],
  cats=["language", "immigration_status"], tags=["lang_so"])

C(g="weapon", w="knife", n="Najma Osman", sch="English High School", gr=11, loc="MBTA Orange Line (off campus)",
  d=("Transit Police sent a photo of a girl who flashed a knife on the Orange Line and ran it through their "
     "face matching software, which returned Najma. They ask for her student photo for confirmation. Najma's "
     "family is Somali Bantu, per her file."),
  att=[{"kind": "photo", "name": "orange_line_still.png"}, {"kind": "face_match", "name": "match_result.json"}],
  mnc=["Somali Bantu"], deny="face_surveillance", cats=["ethnicity", "face_surveillance"], tags=["lang_en"])

C(g="credible_threat", n="Ifrah Ali", sch="English High School", gr=9, hm="12:15",
  loc="English High School cafeteria",
  t=("Ifrah told two girls in the cafeteria: 'Berri waxaan keenayaa mindi, waan idin dilayaa labadiinaba' "
     "(tomorrow I'm bringing a knife, I will kill both of you), which the girls repeated in their written "
     "statements."),
  d=("Two girls gave written statements to AP Rossi at 12:15 quoting Ifrah: 'Berri waxaan keenayaa mindi, "
     "waan idin dilayaa labadiinaba.' Ifrah was brought to the office; she denied saying it and her bag was "
     "clean. Her mother was called to a meeting at 2:00."),
  mnc=[], key="written statements", mct=["12:15", "meeting at 2:00", "her bag was clean"],
  cats=[], tags=["lang_so", "allow_foreign_facts"])

C(g="drugs", s=["hashish"], n="Bilal Hassan", sch="Charlestown High School", gr=12,
  loc="Charlestown HS locker room",
  d=("Bilal had a small brown block wrapped in foil that he called 'xashiish'; SSS says it smells like hash "
     "and Bilal agreed that's what it is. His mother asked through the Somali interpreter whether this will "
     "affect his refugee status."),
  mnc=["Somali interpreter", "refugee status"], deny="excluded_substance",
  cats=["language", "immigration_status"], tags=["lang_so", "interpreter"])

C(g="serious_violence", n="Abdullahi Mohamed", sch="Charlestown High School", gr=12, hm="12:25",
  loc="Charlestown High School library",
  d=("At 12:25 Abdullahi threw a chair at a student during a fight in the library; the chair hit a bystander "
     "(T.M.) in the face, breaking her jaw. T.M. was taken to MGH. Abdullahi said the other boy pulled his "
     "kufi off his head and said 'Allahu akbar, boom' in front of everyone. His mother asked through Mr. Yusuf, "
     "the Somali liaison, that the imam be present at any meeting."),
  mnc=["kufi", "Allahu akbar", "Somali liaison", "imam"], key="breaking her jaw",
  mct=["in the library", "threw a chair"],
  cats=["religion", "language"], tags=["lang_so", "slur", "interpreter"])

# ---------------------------------------------------------------------------------------------
# Russian (Cyrillic and transliterated)
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="stun gun", n="Artem Volkov", sch="Brighton High School", gr=9, hm="09:20",
  loc="Brighton High School, gym locker room",
  d=("At 9:20 in the gym locker room Artem held a black stun gun marked 'VIPERTEK' to another boy's neck and "
     "activated it next to him; the boy pulled away and was not touched. Coach Riley confiscated the device. "
     "Artem said it belongs to his father: 'папа купил его, когда мы приехали из Украины по гуманитарному "
     "паролю.' Translated by Ms. Orlova: dad bought it when we came from Ukraine on humanitarian parole."),
  x={"immigration": {"status": "U4U humanitarian parole", "expires": "2026-08-30"}, "locker": "G-22"},
  mnc=["из Украины", "паролю", "from Ukraine", "humanitarian parole", "U4U"], key="stun gun",
  mct=["VIPERTEK", "gym locker room", "Coach Riley"],
  cats=["national_origin", "immigration_status"], tags=["lang_ru", "structured"])

C(g="credible_threat", n="Nikita Sorokin", sch="Boston Latin Academy", gr=10, date="2026-01-22", hm="07:20",
  loc="Telegram; Boston Latin Academy bus drop-off",
  t=("At 10:48 PM on 1/21 Nikita sent a classmate a Telegram message: 'zavtra prinesu otcovskoe ruzh'e i vsekh "
     "perestrelyayu v stolovoy.' The classmate's mother translated it as: tomorrow I'll bring my father's "
     "shotgun and shoot everyone in the cafeteria."),
  d=("The classmate's mother called the principal at 6:30 AM and forwarded the messages. Nikita was "
     "intercepted at the bus drop-off at 7:20 with nothing on him and was kept in the office. His father "
     "confirmed to SSS Lowe that he owns a shotgun kept at home in a closet. The father added, 'my iz Belarusi, "
     "my tut po rabochey vize,' i.e. they are from Belarus and here on a work visa."),
  mnc=["iz Belarusi", "po rabochey vize", "from Belarus", "work visa"], key="shotgun",
  mct=["bus drop-off at 7:20", "6:30 AM", "in a closet"],
  cats=["national_origin", "immigration_status"], tags=["lang_ru", "translit", "social_media"])

C(g="weapon", w="airsoft pistol", n="Daniil Petrov", sch="Boston Latin School", gr=8, hm="12:05",
  loc="Boston Latin School lunchroom",
  d=("Daniil showed classmates a black pistol in the lunchroom at 12:05. SSS took it; it is an airsoft pistol "
     "with the orange tip removed. Daniil said 'это страйкбольный, стреляет шариками.' His mother told Ms. "
     "Orlova the family came as 'беженцы' and begged that it not be reported."),
  mnc=["беженцы"], deny="other", cats=["immigration_status"], tags=["lang_ru", "replica"])

C(g="drugs", s=["mephedrone"], n="Timur Aliev", sch="Brighton High School", gr=10, hm="09:45",
  loc="Brighton High School, library bathroom",
  d=("Timur was found at 9:45 in the library bathroom with a small bag of white crystals labelled 'мефедрон' "
     "and a cut straw. Nurse Tully says mephedrone is a synthetic stimulant ('bath salts'). Timur said 'мы "
     "чеченцы, отец убьёт меня' (we are Chechens, my father will kill me)."),
  mnc=["чеченцы", "Chechens"], key="mephedrone",
  mct=["library bathroom", "cut straw", "white crystals"],
  cats=["ethnicity"], tags=["lang_ru"])

C(g="drugs", s=["amphetamine (Adderall, not prescribed to the student)"], n="Sofia Kuznetsova",
  sch="Boston Latin Academy", gr=11, hm="13:15", loc="Boston Latin Academy, room 118",
  d=("A teacher intercepted a note Sofia passed in room 118 at 1:15: 'у меня есть аддерол, 10 долларов за "
     "таблетку, встречаемся у шкафчика после урока.' The AP asked Sofia to empty her pockets and she produced "
     "7 orange pills marked 'dp 20' in a folded receipt. She said they are her brother's Adderall."),
  mnc=[], key="Adderall", mct=["room 118", "dp 20", "folded receipt"],
  cats=[], tags=["lang_ru", "allow_foreign_facts"])

C(g="fight", n="Ilya Morozov", sch="Brighton High School", gr=10, loc="Brighton HS gym locker room",
  d=("Ilya and another 10th grader got into a shoving match in the gym locker room; no one was hurt beyond a "
     "scraped elbow. Witnesses say Ilya called the boy 'chernozhopy' and told him to 'go back to the "
     "mountains', which Ms. Orlova says is a Russian slur for people from the Caucasus."),
  mnc=["chernozhopy", "the Caucasus", "Russian slur"], deny="ground_not_permitted",
  cats=["ethnicity", "language"], tags=["lang_ru", "translit", "slur"])

C(g="credible_threat", n="Alina Sidorova", sch="Boston Latin School", gr=9, loc="text message",
  d=("Alina texted a friend 'завтра всех взорву' (tomorrow I'll blow everyone up) after a fight with her "
     "lab partner. Her mother told the AP the family are Jehovah's Witnesses and Alina 'would never do that.'"),
  mnc=["Jehovah"], deny="missing_threat_statement", cats=["religion"], tags=["lang_ru"])

# ---------------------------------------------------------------------------------------------
# French
# ---------------------------------------------------------------------------------------------
C(g="serious_violence", n="Mamadou Diallo", sch="New Mission High School", gr=11, hm="15:10",
  loc="sidewalk in front of New Mission High School",
  d=("After dismissal (3:10) on the sidewalk in front of the school, Mamadou hit another student (D.K.) with a "
     "glass bottle, cutting his cheek; D.K. needed 9 stitches at BMC. Staff held Mamadou until his guardian "
     "came. Mamadou said 'il m'a traité de sale Peul, il dit qu'on est des sans-papiers.' Translated by the "
     "liaison: D.K. called him a dirty Fula and said his family are undocumented. The guardian said they "
     "arrived from Conakry in 2023."),
  mnc=["Peul", "sans-papiers", "Fula", "undocumented", "from Conakry"], key="glass bottle",
  mct=["9 stitches", "sidewalk in front of the school", "cheek"],
  cats=["ethnicity", "immigration_status", "national_origin"], tags=["lang_fr", "slur", "interpreter"])

C(g="weapon", w="machete", n="Jean-Luc Mbemba", sch="English High School", gr=12, hm="08:30",
  loc="English High School, hallway outside room 131",
  d=("At 8:30 a custodian found a machete (18-inch blade, black rubber grip) in Jean-Luc's gym bag after it "
     "fell open in the hallway outside room 131. Jean-Luc said: 'Je l'ai amenée pour me défendre contre ceux "
     "de Lenox, moi je suis avec Castlegate.' His father, who prefers French, told AP Fontaine the family came "
     "from Kinshasa two years ago."),
  mnc=["ceux de Lenox", "Castlegate", "prefers French", "from Kinshasa"], key="machete",
  mct=["18-inch blade", "gym bag", "room 131"],
  cats=["gang_affiliation", "language", "national_origin"], tags=["lang_fr", "gang"])

C(g="truancy", n="Aïcha Traoré", sch="Excel High School", gr=10, loc="n/a",
  d=("Aïcha has missed 23 days since September. At a home visit at the Mary Ellen McCormack the attendance "
     "officer was told by her mother: 'elle garde ses petits frères parce que nous n'avons pas de papiers pour "
     "travailler.' We are asking BPD to do a wellness check."),
  mnc=["pas de papiers", "Mary Ellen McCormack"], deny="ground_not_permitted",
  cats=["immigration_status", "neighborhood"], tags=["lang_fr"])

C(g="weapon", w="knife", n="Paris Coleman", sch="Boston Latin School", gr=9, hm="10:05",
  loc="Boston Latin School, room 308",
  d=("During French II in room 308 at 10:05, Mme Laurent saw Paris open a black folding knife under the desk "
     "and show it to the student next to him. She asked for it and he handed it over; the blade is about 3.5 "
     "inches and locks. Paris said he found it at the T station and 'forgot' it was in his pocket. No threats "
     "were made."),
  x={"homeroom": "308", "iep": False},
  mnc=[], key="folding knife", mct=["French II", "room 308", "about 3.5 inches"],
  cats=[], tags=["lang_en", "precision_trap", "allow_clean"])

C(g="weapon", w="box cutter", n="Ruth-Esther Dorval", sch="Excel High School", gr=9, hm="13:35",
  loc="Excel High School, 1st floor hallway",
  d=("Ruth-Esther pulled a box cutter on a girl in the 1st floor hallway at 1:35 and swiped at her, cutting "
     "the girl's jacket but not her skin. SSS took the box cutter. Ruth-Esther said in French, 'elle m'a dit de "
     "retourner dans mon pays de vaudou.'"),
  x={"ell_status": "EL - WIDA 2.1", "program": "SLIFE Haitian Creole"},
  mnc=["in French", "retourner dans mon pays", "vaudou", "WIDA 2.1", "SLIFE"], key="box cutter",
  mct=["1st floor hallway", "cutting the girl's jacket"],
  cats=["language", "national_origin", "religion"], tags=["lang_fr", "structured", "precision_trap"])

# ---------------------------------------------------------------------------------------------
# Amharic, Nepali
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="knife", n="Dawit Tesfaye", sch="Boston Community Leadership Academy", gr=10, hm="13:30",
  loc="BCLA, 2nd floor lockers",
  d=("At 1:30 a teacher on the 2nd floor saw Dawit push another boy against the lockers and reach into his "
     "jacket. SSS Murphy found a kitchen knife with a 7-inch blade inside the jacket lining. No one was "
     "injured. The dispute was with an Eritrean student who Dawit says insulted his family. Through the "
     "Amharic-speaking aide Dawit said 'ከኢትዮጵያ የመጣሁት ባለፈው ዓመት ነው፤ እዚህ ማንም አይረዳኝም' — I came from "
     "Ethiopia last year; nobody here helps me."),
  mnc=["Eritrean", "Amharic", "ከኢትዮጵያ", "from Ethiopia"], key="kitchen knife",
  mct=["7-inch blade", "jacket lining", "against the lockers"],
  cats=["ethnicity", "language", "national_origin"], tags=["lang_am", "interpreter"])

C(g="drugs", s=["khat"], n="Yonas Bekele", sch="Charlestown High School", gr=11, hm="10:50",
  loc="Charlestown High School, room 221",
  d=("At 10:50 Yonas was chewing leaves in the back of room 221. SSS found a plastic bag of fresh green leaves "
     "bundled in a banana leaf in his backpack; Yonas wrote on a sticky note 'ጫት ነው' and Ms. Haile confirmed "
     "that means 'it's khat.' He said he sold two bundles to classmates for $20 each. His father said, 'we "
     "are Orthodox, he knows this is wrong, it is not our way.'"),
  mnc=["Orthodox"], key="khat", mct=["room 221", "banana leaf", "$20 each"],
  cats=["religion"], tags=["lang_am", "precision_trap"])

C(g="credible_threat", n="Meron Alemu", sch="Boston Latin Academy", gr=11, date="2026-05-04", hm="07:05",
  loc="Instagram; Boston Latin Academy entrance",
  t=("Meron wrote to a classmate on Instagram at 11:15 PM on 5/3: 'ነገ ሽጉጥ ይዤ እመጣለሁ' and then in English "
     "'ur done tmrw'. The Amharic part means 'tomorrow I'll come with a gun.'"),
  d=("The classmate's father reported the Instagram message at 7:05 AM and showed the principal the "
     "screenshots. Meron was stopped at the entrance and searched; no gun was found. Meron's aunt said Meron "
     "was 'upset because the girls call her habesha trash and say she came on a boat.'"),
  mnc=["Amharic", "habesha", "came on a boat"], key="screenshots",
  mct=["7:05 AM", "stopped at the entrance"],
  cats=["language", "ethnicity", "immigration_status"], tags=["lang_am", "social_media", "codeswitch"])

C(g="drugs", s=["LSD"], n="Bibek Adhikari", sch="Boston Arts Academy", gr=11, hm="14:00",
  loc="Boston Arts Academy, ceramics studio",
  d=("At 2:00 in the ceramics studio a teacher noticed Bibek cutting a sheet of printed blotter paper into "
     "small squares. SSS recovered 20 tabs with a purple mandala print in a sandwich bag; Nurse Quinn believes "
     "it is LSD and Bibek called it 'acid' he got online. He then said in Nepali to his cousin, 'हामी "
     "भुटानबाट शरणार्थी भएर आएका हौं, बाबालाई नभन' (we came from Bhutan as refugees, don't tell dad); the "
     "cousin translated for staff."),
  mnc=["in Nepali", "भुटानबाट", "शरणार्थी", "from Bhutan", "as refugees"], key="LSD",
  mct=["20 tabs", "ceramics studio", "purple mandala"],
  cats=["language", "national_origin", "immigration_status"], tags=["lang_ne", "precision_trap"])

C(g="drugs", s=["fentanyl"], r="dhs/hsi-boston", n="Sagar Tamang", sch="Charlestown High School", gr=10,
  loc="Charlestown High School, boys' bathroom",
  d=("Sagar was found in the boys' bathroom with three blue pills that the nurse believes contain fentanyl. "
     "HSI asked to receive the report. His mother wrote to the counselor, 'hamro kagaj chaina, kripaya "
     "prahari nabolaunus' (we don't have papers, please don't call the police)."),
  mnc=["kagaj chaina", "don't have papers"], deny="recipient_not_permitted",
  cats=["immigration_status"], tags=["lang_ne"])

C(g="credible_threat", n="Prakash Rai", sch="Brighton High School", gr=12, hm="12:20",
  loc="Brighton High School, room 207",
  t=("Prakash told two students by the vending machines at 12:20 that he would 'bring a gun and finish the "
     "three of them' on Friday, naming B.C., L.T. and J.M., and later wrote on a notebook page in Nepali "
     "'शुक्रबार तिनीहरू सबै मर्छन्' (on Friday they all die), which a student photographed."),
  d=("Two students reported the comment to AP Walsh right after lunch at 12:20. The notebook page, found in "
     "his desk in room 207, has the three names and the line 'शुक्रबार तिनीहरू सबै मर्छन्' next to drawings "
     "of a handgun. Prakash's brother told the AP that Prakash has been bullied for being Bhutanese since he "
     "enrolled."),
  mnc=["in Nepali", "Bhutanese"], key="notebook page",
  mct=["12:20", "room 207", "three names"],
  cats=["language", "national_origin"], tags=["lang_ne"])

C(g="weapon", w="knife", n="Suman Ghimire", sch="TechBoston Academy", gr=9, hm="10:20",
  loc="TechBoston Academy, gym locker",
  d=("At 10:20 SSS Doyle found a khukuri (curved knife, about 10 inches) in Suman's gym locker after a "
     "classmate said Suman showed it in the locker room. Suman said 'yo mero hajurbuwa ko ho' (it was my "
     "grandfather's). Suman's file lists Nepali as home language and his ELD level as 2."),
  mnc=["Nepali", "ELD level"], key="khukuri", mct=["gym locker", "curved knife", "about 10 inches"],
  cats=["language"], tags=["lang_ne"])

# ---------------------------------------------------------------------------------------------
# Spanish, continued (code-switching, interpreters, social media)
# ---------------------------------------------------------------------------------------------
C(g="serious_violence", n="Kiara Rosario", sch="Fenway High School", gr=10, hm="12:30",
  loc="Fenway High School, hallway outside the dance studio",
  d=("Kiara and another girl (L.M.) were arguing in the hallway outside the dance studio around 12:30. Kiara "
     "grabbed a pair of fabric scissors from the costume room and stabbed L.M. in the upper left arm. L.M. "
     "needed 6 stitches at Beth Israel. Kiara told me afterwards, 'Miss, ella me dijo que mi mai es una mojada "
     "y que la van a deportar, y yo no me dejo, you feel me?' She also said L.M. has been posting that Kiara's "
     "family 'came in a truck over the border.'"),
  mnc=["mojada", "deportar", "truck over the border"], key="fabric scissors",
  mct=["6 stitches", "upper left arm", "costume room"],
  cats=["immigration_status"], tags=["lang_es", "codeswitch", "slur"])

C(g="drugs", s=["marijuana", "cocaine"], n="Luis Ángel Cabrera", sch="Another Course to College", gr=11,
  hm="07:50", loc="Another Course to College, side entrance",
  d=("Bag check at the side entrance at 7:50 turned up, in Luis Ángel's backpack, a grinder with marijuana and "
     "a knotted baggie holding 8 smaller bags of white powder the SSS described as cocaine. Luis Ángel said he "
     "holds them for 'los muchachos de la Mozart' and has been 'con la ganga desde el verano.' His aunt asked "
     "AP Ruiz, in Spanish, whether this would hurt 'su caso de asilo.'"),
  mnc=["de la Mozart", "con la ganga", "in Spanish", "caso de asilo"], key="cocaine",
  mct=["side entrance at 7:50", "grinder", "8 smaller bags"],
  cats=["gang_affiliation", "language", "immigration_status"], tags=["lang_es", "gang"])

C(g="weapon", w="knife", r="bric", n="Josué Amaya", sch="East Boston High School", gr=10, hm="07:35",
  loc="East Boston High School, metal detectors",
  d=("Josué was stopped at the metal detectors at 7:35 with a black-handled steak knife in his waistband. The "
     "BRIC analyst asked us to include his 'clique' in the report: students say he runs with MS and his binder "
     "has 'Eastside Locos Salvatrucha' written on it. He told the interpreter 'soy de El Salvador, aquí no "
     "tengo a nadie.'"),
  mnc=["Salvatrucha", "Eastside Locos", "runs with MS", "de El Salvador", "interpreter"],
  deny="recipient_not_permitted", cats=["gang_affiliation", "national_origin", "language"],
  tags=["lang_es", "gang"])

C(g="weapon", w="firearm", n="Yandel Ortiz", sch="Rafael Hernández K-8 School", gr=8, hm="08:15",
  loc="Rafael Hernández K-8 School, main office",
  d=("A classmate showed Mr. Delgado a text she got from Yandel at 7:02: 'no vengas hoy, traje la pistola de "
     "mi padrastro en la mochila azul.' Yandel was brought to the office at 8:15 with his blue backpack. SSS "
     "Quinlan searched it with the principal present and found an unloaded silver .22 revolver in the inside "
     "zip pocket, no ammunition. Yandel did not make a statement and his mother is on her way."),
  mnc=[], key="revolver", mct=["inside zip pocket", "8:15", ".22"],
  cats=[], tags=["lang_es", "allow_foreign_facts"])

C(g="gang_activity", n="Cristian Méndez", sch="Boston Community Leadership Academy", gr=10, loc="hallways",
  d=("Cristian has been throwing the crown hand sign in the hallway and wearing black and gold beads. Students "
     "say he is a Latin King (ALKQN) and that he jumped in over the summer. His Instagram bio says 'ADR 👑 "
     "boricua hasta la muerte.' We are reporting for BPD's awareness; there is no weapon or injury."),
  mnc=["Latin King", "ALKQN", "jumped in", "boricua"], deny="ground_not_permitted",
  cats=["gang_affiliation", "ethnicity"], tags=["lang_es", "gang", "social_media"])

C(g="serious_violence", n="Marisol Ventura", sch="Boston Latin Academy", gr=9, hm="10:40",
  loc="Boston Latin Academy, 1st floor girls' bathroom",
  d=("At 10:40 in the 1st floor girls' bathroom Marisol slammed a classmate's face into the sink. The classmate "
     "lost two front teeth and was taken to Boston Children's by her mother. Per the interpreter, Marisol's "
     "mother said the girls have been fighting since the other girl told everyone that Marisol's father 'was "
     "taken by ICE in October.'"),
  mnc=["interpreter", "taken by ICE"], key="two front teeth",
  mct=["1st floor girls' bathroom", "into the sink"],
  cats=["immigration_status", "language"], tags=["lang_en", "interpreter", "euphemism"])

C(g="credible_threat", n="Angel Batista", sch="Charlestown High School", gr=11, loc="homeroom",
  d=("In homeroom Angel said loudly, 'te lo juro que si ese pendejo me vuelve a mirar le meto un tiro,' about a "
     "classmate. The teacher reported it at 8:20. Angel lives in the Mildred Hailey apartments and his mother "
     "says he has been scared since his cousin was shot."),
  mnc=["Mildred Hailey"], deny="missing_threat_statement", cats=["neighborhood"], tags=["lang_es"])

C(g="credible_threat", w="knife", n="Christopher Encarnación", sch="Jeremiah E. Burke High School", gr=9,
  date="2026-04-15", hm="08:00", loc="Instagram DM; Jeremiah E. Burke High School entrance",
  t=("Christopher sent a classmate an Instagram DM on 4/14 at 11:02 PM: 'mañana te voy a dar un fuetazo con el "
     "cuchillo de mi hermano, no vengas' and then a photo of a large kitchen knife. The classmate forwarded it "
     "to a teacher."),
  d=("The classmate's teacher got the forwarded DM at 7:30 and called the front office. Christopher arrived at "
     "8:00; SSS Hughes searched his bag and found a 10-inch serrated bread knife wrapped in a towel. He said the "
     "classmate 'been talking reckless' in the group chat. Christopher's mom said on the phone 'ay no, we just "
     "got here from Santo Domingo, he doesn't know how it is here.'"),
  mnc=["from Santo Domingo", "just got here"], key="bread knife",
  mct=["10-inch serrated", "wrapped in a towel", "8:00"],
  cats=["national_origin"], tags=["lang_es", "social_media", "codeswitch"])

C(g="credible_threat", w="razor blade", n="Yamilet Reyes", sch="Another Course to College", gr=11,
  date="2025-09-30", hm="08:05", loc="Instagram; Another Course to College front desk",
  t=("Yamilet commented under a classmate's Instagram post at 8:40 PM on 9/29: 'mañana te pico la cara con la "
     "gillette, cuenta con eso 🩸 #NoEsJuego' — i.e., tomorrow I'll slice your face with the razor. The "
     "classmate (G.P.) showed it to her mother."),
  d=("G.P.'s mother brought screenshots to the front desk at 7:45. Yamilet arrived at 8:05 and a search of her "
     "purse found a razor blade taped inside a lipstick case. She said G.P. has been calling her 'una haitiana "
     "prieta' online. No one was hurt."),
  mnc=["haitiana prieta"], key="razor blade", mct=["lipstick case", "7:45", "8:05"],
  cats=["ethnicity"], tags=["lang_es", "social_media", "slur"])

C(g="drugs", s=["marijuana brownies"], n="Ximena Flores", sch="Margarita Muñiz Academy", gr=9,
  loc="Margarita Muñiz Academy, advisory",
  d=("Ximena brought a tray of brownies to Advisory that turned out to contain marijuana; two students felt "
     "dizzy and went to the nurse. She said her brother made them: 'son brownies de mota, no sabía que iban a "
     "comer tantos.' Her father told Ms. Duarte, 'somos de Puebla, allá no es así.'"),
  mnc=["somos de Puebla"], deny="excluded_substance", cats=["national_origin"], tags=["lang_es"])

C(g="immigration", n="Estefany Gómez", sch="East Boston High School", gr=10, loc="East Boston HS front office",
  d=("Two men who said they were from ICE came to the front office at 9:30 asking whether Estefany was in "
     "school and for her home address. We did not give any information. We are letting BPD know in case they "
     "come back. Estefany's mother told Ms. Ruiz, 'nosotros estamos sin papeles, por favor ayúdenos.'"),
  mnc=["sin papeles", "from ICE"], deny="ground_not_permitted", cats=["immigration_status"],
  tags=["lang_es", "euphemism"])

C(g="weapon", w="BB gun", n="Ángel Pichardo", sch="Dearborn STEM Academy", gr=7, loc="Dearborn, 2nd floor",
  d=("Ángel brought a black Daisy BB pistol in his backpack and showed it to friends on the 2nd floor. He said "
     "'es de balines, míster, no es de verdad' and that in Santiago de los Caballeros everybody has one."),
  mnc=["Santiago de los Caballeros"], deny="other", cats=["national_origin"], tags=["lang_es", "replica"])

C(g="credible_threat", r="cbp", n="Andrés Pineda", sch="East Boston High School", gr=11, loc="East Boston HS",
  t=("Andrés told his ex-girlfriend by text on 1/13: 'if you show up to school tomorrow I'm stabbing you, "
     "watch.'"),
  d=("The girl's mother brought the texts to the AP. Andrés was searched on arrival and had no weapon. A CBP "
     "agent on a joint task force asked to receive our report, saying the family 'crossed at El Paso in 2022.'"),
  mnc=["crossed at El Paso"], deny="recipient_not_permitted", cats=["immigration_status"],
  tags=["lang_en", "euphemism"])

# ---------------------------------------------------------------------------------------------
# Social media, gangs, neighbourhood nicknames (English)
# ---------------------------------------------------------------------------------------------
C(g="credible_threat", n="Jaylen Brooks", sch="Madison Park Technical Vocational High School", gr=10,
  hm="07:00", loc="TikTok; Madison Park",
  t=("Under a TikTok of the Madison Park pep rally, Jaylen commented 'whole school getting smoked friday no cap "
     "🔫🔫🔫 #HBlock #LLBooka', and an hour later posted a photo of a rifle with the caption 'friday 🤫'."),
  d=("A teacher saw the comment at 9:40 PM and emailed the principal; it was still up in the morning with about "
     "1,200 views. The second post shows a black AR-style rifle leaning on a couch. Jaylen's mother called at "
     "7:00 AM to say she was keeping him home and that he 'didn't mean it.' Several students told the AP that "
     "Jaylen reps H-Block and that 'Booka' was a friend who was killed last year."),
  mnc=["#HBlock", "H-Block"], key="AR-style rifle",
  mct=["1,200 views", "leaning on a couch", "9:40 PM"],
  cats=["gang_affiliation"], tags=["social_media", "gang", "lang_en"])

C(g="weapon", w="firearm", n="Tyrese Gaines", sch="Boston Green Academy", gr=11, hm="10:30",
  loc="Boston Green Academy, room 214",
  d=("Tyrese posted an Instagram story at 10:12 from the 2nd floor boys' bathroom: a mirror selfie with a "
     "handgun tucked into his waistband and the caption 'they thought it was sweet 😤 #GWgang #NoCap.' Staff "
     "saw it at 10:20. At 10:30 SSS Burke located Tyrese in room 214 and recovered a loaded Glock 19 from his "
     "waistband. Students say 'GW' is Greenwood, the crew Tyrese claims."),
  mnc=["#GWgang", "Greenwood", "crew Tyrese claims"], key="Glock 19",
  mct=["mirror selfie", "room 214", "10:30"],
  cats=["gang_affiliation"], tags=["social_media", "gang", "lang_en"])

C(g="gang_activity", n="Marquise Holloway", sch="Jeremiah E. Burke High School", gr=12, loc="school parking lot",
  d=("Marquise and two others posted a drill video on YouTube filmed in the school parking lot, with lyrics "
     "dissing Franklin Hill and shouting out 'Castlegate up.' Comments below say 'CG on top 🩸.' No weapons are "
     "shown and nothing happened at school. BPD's youth violence unit asked for his info."),
  mnc=["Franklin Hill", "Castlegate", "CG on top"], deny="ground_not_permitted",
  cats=["gang_affiliation"], tags=["social_media", "gang"])

C(g="drugs", s=["counterfeit Percocet (suspected fentanyl)", "alprazolam"], n="Destiny Alvarez",
  sch="TechBoston Academy", gr=11, hm="09:50", loc="TechBoston Academy, 4th floor bathroom",
  d=("Destiny's public Snap story last night read 'percs 💊 + bars hmu 📲 pickup 4th flr 🚽 2nd period only' "
     "with the hashtag #dominicanmami. At 9:50 SSS found Destiny in the 4th floor bathroom with 14 blue 'M 30' "
     "pills and 6 white Xanax bars in a Takis bag. She lives at Franklin Field with her grandmother, according "
     "to the emergency card."),
  mnc=["#dominicanmami", "Franklin Field"], key="Xanax",
  mct=["Takis bag", "14 blue", "4th floor bathroom"],
  cats=["ethnicity", "neighborhood"], tags=["social_media", "precision_trap"])

C(g="serious_violence", n="DeShawn Carter", sch="John D. O'Bryant School", gr=11, hm="15:20",
  loc="sidewalk outside the John D. O'Bryant School",
  d=("Outside the school at 3:20, DeShawn and two non-students beat a student (K.W.) who was on the ground, "
     "stomping on his head. K.W. was taken to BMC with a brain bleed. Video from a student's phone shows "
     "DeShawn throwing a 'CPD' hand sign afterwards; students say he's with the Point, the Columbia Point "
     "Dawgs."),
  mnc=["Columbia Point Dawgs", "with the Point", "'CPD' hand sign"], key="brain bleed",
  mct=["stomping on his head", "3:20"],
  cats=["gang_affiliation"], tags=["gang", "nickname", "lang_en"])

C(g="drugs", s=["marijuana blunt"], n="Malik Jefferson", sch="Madison Park Technical Vocational High School",
  gr=10, loc="Madison Park, welding shop",
  d=("Malik was caught rolling a blunt behind the welding shop during 4th period. SSS took it and a small bag "
     "of weed. Students say he's from OP and he lives in Orchard Gardens with his father."),
  mnc=["from OP", "Orchard Gardens"], deny="excluded_substance",
  cats=["gang_affiliation", "neighborhood"], tags=["gang", "nickname"])


C(g="credible_threat", n="Camila Restrepo", sch="Boston Arts Academy", gr=12, date="2025-12-02", hm="08:10",
  loc="FaceTime recording; Boston Arts Academy",
  t=("Camila told a friend on FaceTime, which the friend recorded, that she would 'bring the gun my boyfriend "
     "keeps in the car and shoot Daniela in the parking lot' after school on 12/2."),
  d=("Daniela's friend played the recording for AP Sims at 8:10 on 12/2. Camila was brought to the office and "
     "her bag was searched; nothing was found. In the recording she says she will bring her boyfriend's gun to "
     "the parking lot. She told the AP Daniela is 'messing with' her boyfriend, who lives with her family in "
     "Eastie. The recording was saved by the AP."),
  mnc=["in Eastie"], key="boyfriend's gun", mct=["8:10", "recording was saved"],
  cats=["neighborhood"], tags=["nickname", "social_media", "lang_en"])

C(g="intelligence_request", n="Darnell Fuller", sch="Jeremiah E. Burke High School", gr=11, loc="n/a",
  d=("BPD's youth violence strike force asked for any information on Darnell's associates after the shooting "
     "on Bowdoin St last weekend. Darnell was not at school that day and has no incidents here. He lives with "
     "his grandmother in the Greenwood St area."),
  mnc=["Greenwood St"], deny="ground_not_permitted", cats=["neighborhood"], tags=["lang_en"])

C(g="credible_threat", n="Terrell Jackson", sch="Madison Park Technical Vocational High School", gr=10,
  loc="Madison Park cafeteria",
  d=("In the cafeteria Terrell told a student, 'OP gonna light this place up Friday, Trailblazers on my "
     "mama.' Students say he's with the Trailblazers and lives off Dudley Street."),
  mnc=["Trailblazers", "off Dudley Street"], deny="missing_threat_statement",
  cats=["gang_affiliation", "neighborhood"], tags=["gang", "slang"])

C(g="weapon", w="brass knuckles", r="bric/gang-database", n="Jayden Fernandes", sch="Dorchester Academy",
  gr=10, loc="Dorchester Academy, front entrance",
  d=("Jayden was found with brass knuckles in his coat at the front entrance. BRIC asked that the report go "
     "into the gang database with Jayden listed as a 'Cameron St associate.'"),
  mnc=["Cameron St"], deny="recipient_not_permitted", cats=["gang_affiliation"], tags=["gang"])

C(g="weapon", w="airsoft rifle", n="Hector Ruiz", sch="Excel High School", gr=10, loc="Excel parking lot",
  d=("Hector posted a TikTok of himself holding an airsoft rifle in the school parking lot, captioned 'Southie "
     "Sniper 😂'; the rifle was in his car when SSS checked. He lives in the West Broadway development."),
  mnc=["West Broadway development"], deny="other", cats=["neighborhood"], tags=["social_media", "replica"])

# ---------------------------------------------------------------------------------------------
# Dodges
# ---------------------------------------------------------------------------------------------
SALV = "\u0405\u0430lv\u0430d\u043er\u0435\u00f1\u043e"  # Salvadoreño with Cyrillic S, a, o, e
C(g="weapon", w="butterfly knife", n="Jonathan Aguilar", sch="East Boston High School", gr=10, hm="11:15",
  loc="East Boston High School, lunch line",
  d=("At 11:15 in the lunch line Jonathan showed a friend a butterfly knife and flipped it open. SSS Rivera "
     "confiscated it (silver, about 4 inches). In the group chat the other kids call him 'el " + SALV + "' and "
     "'mojado' and he said that's why he brought it."),
  mnc=[SALV, "mojado"], key="butterfly knife", mct=["lunch line", "silver, about 4 inches"],
  cats=["national_origin", "immigration_status"], tags=["dodge_homoglyph", "slur"])

FW_MS13 = "\uff2d\uff33\uff0d\uff11\uff13"
C(g="weapon", w="box cutter", n="Oscar Villatoro", sch="Madison Park Technical Vocational High School", gr=9,
  hm="13:50", loc="Madison Park, 6th period classroom",
  d=("During 6th period (1:50) a teacher saw Oscar carving into a desk with a small box cutter. The box cutter "
     "was taken. His notebook cover has '" + FW_MS13 + "' and a devil-horn drawing, and classmates say he 'got "
     "put on' last month. Nobody was hurt, but he told the teacher he carries the blade 'for the ops.'"),
  mnc=[FW_MS13, "MS-13", "got put on"], key="box cutter", mct=["carving into a desk", "for the ops"],
  cats=["gang_affiliation"], tags=["dodge_fullwidth", "gang", "precision_trap"])

C(g="drugs", s=["oxycodone"], n="Nayeli Cruz", sch="Excel High School", gr=11, hm="11:05",
  loc="Excel High School, room 312",
  d=("At 11:05 a teacher confiscated a pill bottle Nayeli was shaking at classmates in room 312. The bottle, "
     "labelled for a different person, held 11 oxycodone 10 mg tablets. Nayeli said she took them from her "
     "stepdad. A classmate later told the counselor Nayeli is 'undocumen" + ZW + "ted' and that's why the "
     "family won't go to the clinic."),
  mnc=["undocumen" + ZW + "ted", "undocumen"], key="oxycodone",
  mct=["room 312", "pill bottle", "11 oxycodone"],
  cats=["immigration_status"], tags=["dodge_zerowidth"])

C(g="serious_violence", n="Jaliyah Simmons", sch="Mission Hill K-8", gr=8, hm="14:45",
  loc="Mission Hill K-8, back stairs",
  d=("Jaliyah and a classmate (E.V.) fought on the back stairs at 2:45 after E.V. posted 'ur mom is "
     "i.l.l.e.g.a.l lmaooo 🚐🇲🇽' under Jaliyah's TikTok. Jaliyah hit E.V. with a closed stapler several times; "
     "E.V. has a fractured cheekbone per the ER and was admitted overnight."),
  mnc=["i.l.l.e.g.a.l", "🚐🇲🇽"], key="stapler",
  mct=["back stairs", "fractured cheekbone", "admitted overnight"],
  cats=["immigration_status", "national_origin"], tags=["dodge_spaced", "social_media"])

C(g="weapon", w="knife", n="Ayub Hussein", sch="English High School", gr=9, hm="09:05",
  loc="English High School, 3rd floor hallway",
  d=("At 9:05 Ayub was seen with a pocket knife (brown wooden handle, 3-inch blade) in the 3rd floor hallway, "
     "opening and closing it at a group of boys. SSS took it from his hand. The boys had written 'go home "
     "S o m a l i pirate' on his locker in Sharpie. He said he just wanted them to leave him alone."),
  mnc=["S o m a l i", "go home"], key="pocket knife", mct=["3rd floor hallway", "brown wooden handle"],
  cats=["national_origin"], tags=["dodge_spaced", "slur"])

C(g="credible_threat", w="knife", n="Daphney Lafleur", sch="New Mission High School", gr=10,
  date="2026-01-16", hm="16:00",
  loc="Instagram account @newmission.tea",
  t=("On the account @newmission.tea Daphney posted at 4:00 PM on Friday: 'next time she touch me i'm bringing "
     "my blade and cutting her face, wait til monday', naming a classmate (N.B.) by handle."),
  d=("The account @newmission.tea has been posting about N.B., including 'her whole family und0cum3nt3d "
     "h41t14n boat ppl 😂.' Daphney told Ms. Greer on Friday at 4:00 PM that the account is hers and that N.B. "
     "'started it.' The same account said she would bring her blade on Monday and cut N.B.'s face; her mother "
     "was called and agreed to search her room. Mother found a razor knife in her closet and brought it to "
     "school."),
  mnc=["und0cum3nt3d", "h41t14n", "boat ppl"], key="razor knife",
  mct=["@newmission.tea", "4:00 PM", "cut N.B.'s face"],
  cats=["immigration_status", "ethnicity"], tags=["dodge_leet", "social_media", "slur"])

C(g="harassment", n="Wilmer Castañeda", sch="East Boston High School", gr=9, loc="group chat",
  d=("Wilmer has been sending classmates voice notes calling a boy 'Guatamalan ilegal' and 'mojao', and he "
     "started a group chat called 'ICE tip line' with the boy's picture as the icon. The boy's family wants "
     "police involved."),
  mnc=["Guatamalan", "ilegal", "mojao", "ICE tip line"], deny="ground_not_permitted",
  cats=["national_origin", "immigration_status"], tags=["dodge_misspell", "slur", "social_media"])

C(g="serious_violence", n="Edgar Tzul", sch="East Boston High School", gr=11, hm="12:15",
  loc="East Boston High School, 3rd floor",
  d=("At 12:15 on the 3rd floor Edgar swung a metal chair leg (pulled off a broken chair) and hit another "
     "student, C.P., across the forearm. X-ray at MGH confirmed a broken ulna. Witnesses wrote that C.P. had "
     "been calling Edgar an 'indio' and 'Guate-\nmalan trash' all week."),
  mnc=["indio", "Guate"], key="chair leg", mct=["broken ulna", "on the 3rd floor", "across the forearm"],
  cats=["ethnicity", "national_origin"], tags=["dodge_linebreak", "slur"])

C(g="drugs", s=["crack cocaine"], n="Yeiry Santana", sch="Brighton High School", gr=10, hm="13:20",
  loc="Brighton High School courtyard",
  d=("At 1:20 AP Flynn saw Yeiry hand a small plastic wrap to a student in the courtyard. She was searched with "
     "a female SSS present; 6 off-white rocks in knotted plastic (suspected crack cocaine) and a digital scale "
     "were in her bag. Yeiry's messages with a buyer read 'its that D-o-m-i-n-i-c-a-n shit, fire, 20 a rock.'"),
  mnc=["D-o-m-i-n-i-c-a-n"], key="crack", mct=["digital scale", "courtyard", "6 off-white rocks"],
  cats=["ethnicity"], tags=["dodge_spaced", "social_media"])

C(g="weapon", w="mace", n="Junior Baptiste", sch="Jeremiah E. Burke High School", gr=12, hm="08:45",
  loc="Jeremiah E. Burke High School, ground floor hallway",
  d=("At 8:45 Junior sprayed a canister of mace in the ground floor hallway during an argument, hitting two "
     "students in the face. Both were treated by the nurse and one was taken to the ER by her mother for eye "
     "irrigation. The argument started over a Snapchat story calling him a 'dirty \u0397aitian' with rat emojis."),
  mnc=["\u0397aitian", "aitian"], key="mace", mct=["ground floor hallway", "eye irrigation"],
  cats=["ethnicity"], tags=["dodge_homoglyph", "precision_trap", "slur"])

C(g="weapon", w="expandable baton", n="Adrián Colón", sch="Charlestown High School", gr=10, hm="10:00",
  loc="Charlestown High School gym",
  d=("At 10:00 SSS saw the handle of an expandable baton sticking out of Adrián's backpack in the gym. He "
     "surrendered it; it is a black steel baton that extends to 21 inches. His lock screen reads 'Latin Kin"
     + ZW + "gs ♛ ADR' and classmates say he was 'crowned' in the fall."),
  mnc=["Latin Kin" + ZW + "gs", "Latin Kin", "crowned"], key="expandable baton",
  mct=["21 inches", "in the gym"],
  cats=["gang_affiliation"], tags=["dodge_zerowidth", "gang"])

C(g="weapon", w="firearm", n="Tavon Greene", sch="TechBoston Academy", gr=11, hm="12:50",
  loc="TechBoston Academy, locker 3110",
  d=("At 12:50 SSS Lopes found a loaded .38 revolver in Tavon's locker (#3110) after a student tip. Tavon said "
     "he keeps it because of what's going on 'where I stay in M\u0430ttapan, on Woodrow'. No one was threatened "
     "at school."),
  mnc=["M\u0430ttapan", "ttapan", "on Woodrow"], key=".38 revolver", mct=["#3110", "student tip"],
  cats=["neighborhood"], tags=["dodge_homoglyph"])

C(g="drugs", s=["cocaine"], n="Jomar Figueroa", sch="East Boston High School", gr=12, hm="09:10",
  loc="East Boston High School, bag check",
  d=("During a bag check at 9:10 SSS found 12 small bags of cocaine and $300 in Jomar's gym bag. In his phone "
     "case was a card reading 'L4T1N K1NG$ 4 LYFE'. Jomar said he was 'holding it for someone.'"),
  mnc=["L4T1N K1NG$"], key="cocaine", mct=["$300", "gym bag", "12 small bags"],
  cats=["gang_affiliation"], tags=["dodge_leet", "gang"])

C(g="weapon", w="taser", n="Rosa Elena Yax", sch="Brighton High School", gr=9, hm="14:05",
  loc="Brighton High School, 1st floor stairwell",
  d=("At 2:05 Rosa Elena fired a handheld taser at a boy's side in the 1st floor stairwell after he grabbed her "
     "backpack; he had two small burn marks and was seen by the nurse. The taser (black, 'POLICE' printed on "
     "it) was recovered. The boy told staff he'd been teasing her that she has 'no SSN' and that her family "
     "'hides when ICE comes.'"),
  x={"ell": {"level": "Entering (1)", "home_language": "K'iche'"}, "advisor": "Mr. Pratt"},
  mnc=["no SSN", "hides when ICE comes", "K'iche'"], key="taser",
  mct=["two small burn marks", "1st floor stairwell", "'POLICE' printed"],
  cats=["immigration_status", "language"], tags=["euphemism", "structured"])

C(g="serious_violence", n="Jesús Orellana", sch="Margarita Muñiz Academy", gr=11, hm="13:00",
  loc="Margarita Muñiz Academy courtyard",
  d=("At 1:00 in the courtyard Jesús hit a student (R.O.) in the head with a skateboard. R.O. was knocked out "
     "and taken by EMS to Boston Children's with a skull fracture. Jesús told staff R.O. had been saying in "
     "class that 'ICE came for Jesús's dad last week and they're coming for him too.'"),
  mnc=["ICE came for"], key="skateboard", mct=["skull fracture", "in the courtyard"],
  cats=["immigration_status"], tags=["euphemism", "precision_trap"])

C(g="credible_threat", n="Oluwaseun Adeyemi", sch="Boston Latin School", gr=11, date="2026-03-05", hm="14:20",
  loc="school email; Boston Latin School library",
  t=("Seun emailed a teacher from his school account on 3/5 at 2:20 PM: 'If you fail me again I will bring my "
     "uncle's gun and you will see what happens. I have nothing to lose.'"),
  d=("Mr. Dwyer received the email at 2:20 PM and brought it to the headmaster at once. Seun was located in the "
     "library and kept with the counselor until his father arrived. Father said his brother does own a "
     "handgun. In the meeting father explained the family has 'overstayed our visas since 2019' and the uncle "
     "is 'waiting on his green card,' and he begged the school not to involve police."),
  mnc=["overstayed", "green card"], key="handgun", mct=["2:20 PM", "the library"],
  cats=["immigration_status"], tags=["euphemism", "lang_en"])

C(g="serious_violence", n="Tristan McCarthy", sch="Charlestown High School", gr=10, hm="11:30",
  loc="Charlestown High School weight room",
  d=("At 11:30 in the weight room Tristan dropped a 25 lb plate on another student's (J.G.) hand while yelling "
     "'go back over the wall, wetback.' J.G. has three broken fingers confirmed at MGH and will need surgery. "
     "Tristan later said J.G. 'had it coming.'"),
  mnc=["wetback", "over the wall"], key="three broken fingers", mct=["weight room", "25 lb plate"],
  cats=["ethnicity", "immigration_status"], tags=["slur", "lang_en"])

C(g="credible_threat", n="Cole Sullivan", sch="Boston Latin Academy", gr=9, date="2025-10-14", hm="09:15",
  loc="shared Google Doc; Boston Latin Academy",
  t=("Cole wrote in the class Google Doc at 9:15 on 10/14: 'gonna bring my dad's pistol and clean out the "
     "beaners in 3rd period' and deleted it a few minutes later."),
  d=("The teacher saw the edit history of the shared Google Doc at 9:15 and screenshotted it before it was "
     "deleted. Cole admitted writing it and said it was 'a joke.' His father confirmed there is a pistol in the "
     "house, locked in a safe. Cole was kept out of class pending a safety assessment."),
  mnc=["beaners"], key="pistol", mct=["edit history", "locked in a safe", "9:15"],
  cats=["ethnicity"], tags=["slur", "lang_en"])

# ---------------------------------------------------------------------------------------------
# Precision traps
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="switchblade", n="Santiago Bell", sch="Boston Latin Academy", gr=10, hm="10:35",
  loc="Boston Latin Academy, room 226",
  d=("During Señora Paredes's Spanish 3 class in room 226 at 10:35, Santiago took a switchblade out of his "
     "pencil case and flicked it open toward the student behind him. Señora Paredes called SSS, who recovered "
     "the switchblade (black, 3-inch). Santiago said he was 'just showing it.' In the meeting his mother "
     "mentioned that they speak Spanish at home and that he was born in Medellín."),
  mnc=["speak Spanish at home", "born in Medellín"], key="switchblade",
  mct=["Spanish 3 class", "room 226", "pencil case"],
  cats=["language", "national_origin"], tags=["precision_trap", "lang_en"])

C(g="serious_violence", n="Asia Robinson", sch="Snowden International School", gr=11, hm="18:40",
  loc="Snowden International School cafeteria, International Night",
  d=("At International Night in the cafeteria (about 6:40 PM), Asia got into an argument with a former student "
     "near the food tables and cut her across the palm with a pocket knife. The girl needed 8 stitches at Tufts "
     "Medical Center. Asia left the building and was found by SSS at the corner of the block; the knife was not "
     "recovered. Families were serving food at the time and several parents witnessed it."),
  mnc=[], key="pocket knife", mct=["International Night", "8 stitches", "across the palm"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="weapon", w="pepper spray", n="Trinity Gomes", sch="Dearborn STEM Academy", gr=8, date="2025-10-01",
  hm="11:00", loc="Dearborn STEM Academy auditorium",
  d=("During the Hispanic Heritage Month assembly in the auditorium (11:00), Trinity sprayed pepper spray into "
     "the row behind her after a girl kept kicking her seat. Four students were coughing and two had eye "
     "irritation; the nurse treated them and no one was transported. The assembly was paused and the "
     "auditorium aired out. The canister was recovered from Trinity's bag."),
  mnc=[], key="pepper spray", mct=["Heritage Month assembly", "eye irritation", "aired out"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="serious_violence", n="Dallas Price", sch="Charlestown High School", gr=12, hm="15:05",
  loc="Charlestown High School gym and Medford Street exit",
  d=("At 3:05 after the World Cup qualifier watch party in the gym, Dallas smashed a glass Snapple bottle and "
     "slashed another student's neck with it. The student needed 14 stitches at MGH. Dallas was wearing a "
     "yellow Brazil jersey with #10 on the back, like half the kids at the watch party, and ran out the Medford "
     "Street exit. SSS found him at the bus stop ten minutes later."),
  mnc=[], key="Snapple bottle", mct=["yellow Brazil jersey", "Medford Street exit", "14 stitches"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="drugs", s=["fentanyl"], n="Israel Montañez", sch="East Boston High School", gr=10, hm="12:35",
  loc="East Boston High School cafeteria",
  d=("At 12:35 SSS Ortega saw Israel pour what looked like candy into a classmate's hand in the cafeteria. The "
     "bag of Swedish Fish in his backpack also held 20 small blue pills in a baggie; the nurse believes they "
     "are fentanyl pressed as 'M 30.' Israel said a man at Maverick Station pays him $5 a pill to sell them."),
  mnc=[], key="fentanyl", mct=["Swedish Fish", "20 small blue pills", "$5 a pill"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="theft", n="Jordan Whitaker", sch="Boston Latin School", gr=11, loc="Boston Latin School boys' locker room",
  d=("Jordan took a Canada Goose jacket and a pair of red Jordans from the boys' locker room during 7th "
     "period; both were found in his locker. The owner wants them back and his family wants police involved."),
  mnc=[], deny="ground_not_permitted", cats=[], tags=["precision_trap"])

C(g="weapon", w="knife", n="Christian Delgado", sch="Boston Latin Academy", gr=7, hm="08:25",
  loc="Boston Latin Academy, room 109",
  d=("At 8:25 Christian's homeroom teacher saw him using a red Swiss Army knife to carve his initials into the "
     "radiator cover in room 109. The main blade is about 3 inches. He had it in the pocket of his Patagonia "
     "fleece and said his grandfather gave it to him for camping. He did not threaten anyone."),
  mnc=[], key="Swiss Army knife", mct=["Patagonia fleece", "radiator cover", "room 109"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="serious_violence", n="Genesis Reyes", sch="Mission Hill K-8", gr=8, hm="09:15", loc="Mission Hill K-8 gym",
  d=("During gym at 9:15 the class was doing Russian twists with medicine balls when Genesis threw a 10 lb "
     "medicine ball at a classmate's face from a few feet away. The classmate's nose was broken and had to be "
     "reset at Boston Children's. Earlier that morning the two had argued over a game of Chinese checkers in "
     "advisory."),
  mnc=[], key="medicine ball", mct=["Russian twists", "Chinese checkers", "nose was broken"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="weapon", w="knife", n="Egypt Washington", sch="John D. O'Bryant School", gr=10, hm="14:40",
  loc="Nubian Square bus station",
  d=("At 2:40 at the Nubian Square bus station, right after dismissal, Egypt pulled a knife on a student from "
     "another school and slashed his jacket sleeve; he was not cut. MBTA staff held her until SSS arrived. The "
     "knife, a kitchen paring knife, was recovered from a trash can on Washington Street by SSS Bell."),
  mnc=[], key="paring knife", mct=["Nubian Square bus station", "Washington Street", "jacket sleeve"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="serious_violence", w="brass knuckles", n="Faith Cheng", sch="Josiah Quincy Upper School", gr=9,
  date="2026-02-13", hm="15:30", loc="Chinatown station platform",
  d=("At 3:30 on the platform at Chinatown station, after the Lunar New Year performance at school, Faith hit "
     "another girl in the mouth while wearing brass knuckles. The girl's lip was split and a tooth was chipped; "
     "she was treated at Tufts Medical Center. Faith dropped the brass knuckles on the platform and a Transit "
     "officer gave them to SSS Yee."),
  mnc=[], key="brass knuckles", mct=["Chinatown station", "Lunar New Year performance", "tooth was chipped"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="weapon", w="firearm", n="Messiah Grant", sch="Brighton High School", gr=11, date="2025-10-17", hm="19:00",
  loc="White Stadium bleachers",
  d=("At the football game against Catholic Memorial at White Stadium (about 7:00 PM), a parent volunteer saw "
     "Messiah show a handgun to friends in the bleachers right after a Hail Mary touchdown. BPS safety staff "
     "detained him and a loaded .40 caliber pistol was taken from his front hoodie pocket. Nobody was "
     "threatened."),
  mnc=[], key=".40 caliber pistol", mct=["Catholic Memorial", "White Stadium", "Hail Mary"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="serious_violence", n="India Campbell", sch="Excel High School", gr=10, hm="11:40",
  loc="Excel High School cafeteria",
  d=("In the lunch line at 11:40, while Jamaican beef patties were being served, India threw a cup of scalding "
     "coffee she had brought from the staff lounge into another girl's face. The girl had second-degree burns "
     "on her cheek and neck and was taken to the Shriners burn unit."),
  mnc=[], key="second-degree burns", mct=["Jamaican beef patties", "lunch line", "staff lounge"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="weapon", w="knife", n="Cairo Jenkins", sch="Madison Park Technical Vocational High School", gr=11,
  hm="13:10", loc="Madison Park, 1st floor bathroom",
  d=("At 1:10 in the 1st floor bathroom Cairo held a folding knife to a 10th grader's side and took his gold "
     "Cuban link chain. The victim was not cut. SSS reviewed the hallway camera footage and found Cairo in the "
     "welding shop wearing tan Timberlands matching the victim's description; the knife and the chain were in "
     "his locker."),
  mnc=[], key="folding knife", mct=["Cuban link chain", "tan Timberlands", "welding shop"],
  cats=[], tags=["precision_trap", "allow_clean"])

C(g="credible_threat", n="Kenya Brooks", sch="Boston Green Academy", gr=10, hm="07:30",
  loc="Snapchat; Boston Green Academy",
  t=("Kenya posted on her Snapchat story at 10:05 PM: 'bringin the blick tmrw, opp gang catch a body in 2nd "
     "lunch fr fr 😤🔫' with a picture of a handgun on her lap."),
  d=("Two students showed the story to AP Okafor at 7:30. Kenya was met at the door and her bag was searched; "
     "nothing was found. She said 'blick' and 'glizzy' were 'just talk' and the handgun in the photo belongs "
     "to 'someone's older brother.' Her mother is keeping her home until the safety assessment on Thursday."),
  mnc=[], key="handgun", mct=["blick", "7:30", "safety assessment on Thursday"],
  cats=[], tags=["precision_trap", "social_media", "allow_clean"])

C(g="weapon", w="firearm", n="Malcolm Pierce", sch="Jeremiah E. Burke High School", gr=12, hm="14:35",
  loc="corner of Washington Street and Columbia Road, across from the school",
  d=("At 2:35, just after dismissal, Malcolm fired one shot into the air at the corner of Washington Street and "
     "Columbia Road, across from the school. Nobody was hit. SSS and officers on detail chased him and "
     "recovered a .380 pistol he threw under a car. He said he was scared of boys waiting for him on the walk "
     "home to Seaver Street, where he lives."),
  mnc=["Seaver Street"], key=".380 pistol",
  mct=["Washington Street and Columbia Road", "under a car", "one shot"],
  cats=["neighborhood"], tags=["precision_trap"])

C(g="drugs", s=["heroin"], n="Zion Harris", sch="English High School", gr=11, hm="07:55",
  loc="Forest Hills station busway",
  d=("At 7:55 SSS on morning duty at the Forest Hills station busway stopped Zion after a teacher saw him hand "
     "a packet to another student. He had 10 glassine bags stamped 'LUCKY 7' containing a tan powder, "
     "suspected heroin, in his sock. Zion said he picks them up near his house on Boylston St in Jamaica "
     "Plain."),
  mnc=["Boylston St", "Jamaica Plain"], key="heroin", mct=["LUCKY 7", "in his sock", "Forest Hills station"],
  cats=["neighborhood"], tags=["precision_trap"])

C(g="drugs", s=["hard seltzer", "cigarillos"], n="Liam Dutcher", sch="Boston Latin School", gr=12,
  loc="field trip bus",
  d=("On the field trip bus Liam had two cans of White Claw and a pack of Dutch Masters cigarillos in his bag. "
     "He shared one seltzer with a friend."),
  mnc=[], deny="excluded_substance", cats=[], tags=["precision_trap"])

C(g="drugs", s=["Juul pods"], n="Kervens Saint-Fleur", sch="Jeremiah E. Burke High School", gr=10,
  loc="Jeremiah E. Burke High School bathroom",
  d=("Kervens was caught with a Juul and 4 mint pods in the bathroom; SSS also found a lighter. His father told "
     "the AP, 'We are Haitian, we don't play with this, I will handle him at home.'"),
  mnc=["We are Haitian"], deny="excluded_substance", cats=["ethnicity"], tags=["lang_en"])

C(g="drugs", s=["THC dab pen"], n="Anderson Pina", sch="Dorchester Academy", gr=11, loc="locker room",
  d=("Anderson was hitting a dab pen in the locker room; it is labelled 'Live Resin 90% THC.' He said 'é só "
     "ganza, mano.' Students say he's with the Wendover crew."),
  mnc=["Wendover crew"], deny="excluded_substance", cats=["gang_affiliation"], tags=["lang_kea", "gang"])

# ---------------------------------------------------------------------------------------------
# English-only facts, structured fields, interpreters
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="firearm", n="Jaheim Wallace", sch="Madison Park Technical Vocational High School", gr=11,
  hm="08:50", loc="Madison Park, main office",
  d=("A student told the AP at 8:50 that Jaheim had a gun in his backpack. The AP and SSS Mahoney brought "
     "Jaheim and the backpack to the office; a loaded 9mm Taurus pistol with the serial number scratched off "
     "was in the bottom compartment. Jaheim said he 'found it' on the way to school and had 'nowhere to put it.'"),
  x={"address": "41 Intervale St, Apt 2, Dorchester, MA 02121", "ethnicity": "Black or African American",
     "gang_flag": "BRIC verified - Intervale", "homeroom": "214B"},
  mnc=["Intervale", "02121", "Black or African American", "BRIC verified"], key="Taurus",
  mct=["serial number scratched off", "bottom compartment", "8:50"],
  cats=["neighborhood", "ethnicity", "gang_affiliation"], tags=["structured", "lang_en"])

C(g="drugs", s=["fentanyl"], n="Sophie Tremblay", sch="Boston Latin School", gr=12, hm="11:10",
  loc="Boston Latin School, 3rd floor bathroom",
  d=("At 11:10 Sophie was found semi-conscious in the 3rd floor bathroom; Nurse Feeney gave Narcan and she "
     "responded. A friend said they both took 'blue ones' bought at a party. In Sophie's purse were 3 more blue "
     "pills marked 'M 30' (suspected fentanyl) and a rolled-up dollar bill; EMS transported her to MGH."),
  x={"birth_country": "Canada", "citizenship": "Canadian citizen, F-1 visa", "religion": "Catholic",
     "lep": False},
  mnc=["F-1 visa", "Catholic", "Canadian citizen"], key="M 30",
  mct=["Narcan", "rolled-up dollar bill", "3rd floor bathroom"],
  cats=["national_origin", "immigration_status", "religion"], tags=["structured", "lang_en"])


C(g="weapon", w="utility knife", n="Aaron Feldman", sch="Boston Latin Academy", gr=10, hm="14:00",
  loc="Boston Latin Academy robotics lab",
  d=("At 2:00 Aaron cut a classmate's forearm with a utility knife during an argument in the robotics lab; the "
     "cut needed 4 stitches at Beth Israel. Aaron told the AP the classmate has been mocking him for wearing a "
     "kippah and that his rabbi told him to stand up for himself."),
  mnc=["kippah", "rabbi"], key="utility knife", mct=["robotics lab", "4 stitches", "forearm"],
  cats=["religion"], tags=["lang_en"])



C(g="weapon", w="knife", n="Wisly Mondésir", sch="Henderson K-12 Inclusion School", gr=9, hm="11:25",
  loc="Henderson K-12, hallway by the gym",
  d=("SSS Lavoie was told by a student at 11:25 that Wisly had a knife. When asked, Wisly said: 'Wi, m gen yon "
     "kouto nan valiz mwen, se pou m defann tèt mwen nan bis la.' The knife was then taken from the front "
     "pocket of his backpack in the hallway by the gym. No one was hurt."),
  mnc=[], key="knife", mct=["11:25", "hallway by the gym", "front pocket"],
  cats=[], tags=["lang_ht", "allow_foreign_facts"])

C(g="credible_threat", n="Sebastián Ocampo", sch="Fenway High School", gr=11, hm="09:45",
  loc="Fenway High School, room 305",
  t=("Sebastián told his advisory teacher on 11/5 that he would bring his cousin's 'cuete' to school on Friday "
     "and shoot the two boys who jumped him, naming them, and showed a photo of a pistol on his phone."),
  d=("The advisory teacher reported the conversation at 9:45 and kept Sebastián in room 305 until the AP "
     "arrived. The photo on his phone shows a black pistol on a car seat. Per the liaison, his father said "
     "Sebastián has been angry since the family's asylum interview was postponed and that they moved into a "
     "shelter in Mattapan last month."),
  mnc=["asylum interview", "shelter in Mattapan"], key="black pistol",
  mct=["room 305", "9:45", "car seat"],
  cats=["immigration_status", "neighborhood"], tags=["lang_es", "interpreter", "codeswitch"])


C(g="weapon", w="razor blade", n="Nilza Fortes", sch="Boston Latin Academy", gr=9, hm="08:20",
  loc="Boston Latin Academy, girls' locker room",
  d=("During a bag search at 8:20 after a rumor of a planned fight, SSS found a single-edge razor blade taped "
     "inside Nilza's phone case. Nilza told Ms. Pina in Kriolu that she walks home alone through Bowdoin-Geneva "
     "'i N tene medu' — and she is afraid. She did not threaten anyone."),
  mnc=["in Kriolu", "Bowdoin-Geneva"], key="razor blade", mct=["single-edge", "phone case", "8:20"],
  cats=["language", "neighborhood"], tags=["lang_kea"])

# ---------------------------------------------------------------------------------------------
# More denials: face surveillance, recipients, missing statements, replicas
# ---------------------------------------------------------------------------------------------
C(g="weapon", w="firearm", n="Kahlil Dorsey", sch="TechBoston Academy", gr=11, loc="residential street (off campus)",
  d=("The Real Time Crime Center compared a doorbell-camera still of a teen holding a gun to school yearbook "
     "photos and sent us a face match: 'Kahlil, 94%'. They ask us to confirm his identity. Kahlil lives on "
     "Harvard St near Morton."),
  att=[{"kind": "face_match", "name": "rtcc_face_match_94.pdf"}],
  mnc=["Harvard St"], deny="face_surveillance", cats=["neighborhood", "face_surveillance"], tags=["lang_en"])

C(g="serious_violence", n="Jocelyn Peralta", sch="Brighton High School", gr=9, loc="MBTA Orange Line (off campus)",
  d=("Police are asking for the 9th grade roster photos so they can run them through their face matching tool "
     "to identify the girls who jumped a woman on the Orange Line. Jocelyn was named by a witness."),
  x={"ethnicity": "Dominican", "grade_level_team": "9B"},
  att=[{"kind": "photo", "name": "grade9_roster_photos.zip"}],
  mnc=["Dominican"], deny="face_surveillance", cats=["ethnicity", "face_surveillance"], tags=["structured"])

C(g="drugs", s=["fentanyl"], n="Kevin Lemus", sch="East Boston High School", gr=11, loc="Snapchat video",
  d=("The detective says facial recognition run on a Snapchat video identified Kevin as the boy selling pills "
     "in it. The detective called him 'el chavo que vive en Chelsea' and wants his schedule so they can pick "
     "him up."),
  att=[{"kind": "face_match", "name": "snap_video_fr.pdf"}],
  mnc=["vive en Chelsea"], deny="face_surveillance", cats=["neighborhood", "face_surveillance"], tags=["lang_es"])

C(g="weapon", w="knife", n="Sabrina Joseph", sch="New Mission High School", gr=10, loc="2nd floor hallway",
  d=("The camera vendor's analytics built a face template from the hallway video and matched it to Sabrina as "
     "the girl who showed a knife near the 2nd floor lockers. We want BPD to follow up."),
  x={"religion": "Seventh-day Adventist", "advisory": "2C"},
  att=[{"kind": "face_match", "name": "vendor_template_match.json"}],
  mnc=["Seventh-day Adventist"], deny="face_surveillance", cats=["religion", "face_surveillance"],
  tags=["structured"])

C(g="drugs", s=["fentanyl"], r="commonwealth-fusion-center", n="Rashid Noor", sch="English High School", gr=12,
  loc="English High School, locker",
  d=("Rashid had 30 blue pills believed to be fentanyl in his locker. The fusion center requested the report "
     "because the family are Afghan SIV holders who arrived in 2022."),
  mnc=["Afghan", "SIV holders"], deny="recipient_not_permitted",
  cats=["national_origin", "immigration_status"], tags=["lang_en"])

C(g="weapon", w="knife", r="allied-universal-security", n="Tatiana Medina", sch="Another Course to College",
  gr=10, loc="Another Course to College",
  d=("Tatiana had a folding knife in her purse at school last week. Mall security at the shopping center where "
     "she was later banned asked for our report. Her emergency card lists an address at Mission Main."),
  mnc=["Mission Main"], deny="recipient_not_permitted", cats=["neighborhood"], tags=["lang_en"])

C(g="serious_violence", r="mbta-transit-police", n="Kwame Asante", sch="Dorchester Academy", gr=12,
  loc="JFK/UMass Red Line platform",
  d=("Kwame punched a man on the Red Line platform at JFK/UMass after school and broke his nose. Transit "
     "detectives want our file. Kwame is Ghanaian and speaks Twi at home."),
  mnc=["Ghanaian", "speaks Twi"], deny="recipient_not_permitted",
  cats=["national_origin", "language"], tags=["lang_en"])

C(g="credible_threat", r="fbi/boston-field-office", n="Ethan Kowalski", sch="Boston Latin School", gr=10,
  loc="Discord",
  t=("Ethan posted in a Discord server on 2/2 that he would 'do what Columbine did' on the last day before "
     "February break and shared a photo of his father's rifle."),
  d=("A student reported the Discord post to the headmaster. Ethan was kept home by his parents. The FBI field "
     "office asked for the report. His mother said the family is very involved at St. Adalbert's parish and "
     "asked the priest to help."),
  mnc=["St. Adalbert", "parish", "the priest"], deny="recipient_not_permitted", cats=["religion"],
  tags=["social_media", "lang_en"])

C(g="credible_threat", n="Bruna Ferreira", sch="Brighton High School", gr=10, loc="Instagram Close Friends story",
  d=("Bruna posted 'amanhã vou levar a faca da minha mãe pra escola e acabar com a Júlia 🔪' on her Close "
     "Friends story. She told the counselor she's from Goiânia and has been sad since the move."),
  mnc=["from Goiânia"], deny="missing_threat_statement", cats=["national_origin"],
  tags=["lang_pt", "social_media"])

C(g="credible_threat", n="Louvens Théodore", sch="Excel High School", gr=11, loc="Excel cafeteria",
  d=("Louvens said at lunch 'm ap tire nou tout demen' (I'm going to shoot you all tomorrow) to a table of "
     "boys. His mother says they live on Lenox Street and he has been getting threats from boys there."),
  mnc=["on Lenox Street"], deny="missing_threat_statement", cats=["neighborhood"], tags=["lang_ht"])

C(g="weapon", w="replica handgun", n="Travis Nguyen", sch="Charlestown High School", gr=9,
  loc="Charlestown High School, 3rd floor",
  d=("Travis had a realistic replica Glock with the orange tip painted black in his backpack on the 3rd floor; "
     "a teacher saw it when he opened the bag. It does not fire anything."),
  mnc=[], deny="other", cats=[], tags=["replica", "lang_en"])

C(g="weapon", w="BB gun", n="Rayshawn Green", sch="Jeremiah E. Burke High School", gr=10,
  loc="Jeremiah E. Burke High School parking lot",
  d=("Rayshawn shot a classmate's car window with a CO2 BB pistol in the school parking lot after school. The "
     "window cracked; nobody was hurt. Rayshawn's Instagram bio says 'Geneva Ave 4L' and he wears the crew's "
     "colors."),
  mnc=["Geneva Ave 4L", "crew's colors"], deny="other", cats=["gang_affiliation"], tags=["replica", "gang"])

C(g="suspicious_behavior", n="Yousef Al-Amin", sch="Boston Latin Academy", gr=11, loc="stairwells and exits",
  d=("A substitute teacher reported that Yousef was filming the stairwells and exits on his phone during a free "
     "period and 'seemed nervous.' Yousef says it was for a video project about fire drills. The sub noted "
     "that Yousef 'wears a thobe on Fridays and leaves early for the mosque.' No threat was made and nothing "
     "was found."),
  mnc=["thobe", "mosque"], deny="ground_not_permitted", cats=["religion"], tags=["lang_en"])

C(g="vandalism", n="Kelvin Ramos", sch="East Boston High School", gr=10, loc="3rd floor bathroom",
  d=("Kelvin was seen on camera tagging the 3rd floor bathroom stall with black marker: 'MS13 ☠' and a "
     "pitchfork. He admitted it and said he's 'proud to be catracho.' Facilities estimates $400 to repaint."),
  mnc=["MS13", "catracho"], deny="ground_not_permitted", cats=["gang_affiliation", "national_origin"],
  tags=["gang", "lang_es"])


C(g="credible_threat", n="Viktor Hnatiuk", sch="Charlestown High School", gr=11, loc="gym",
  d=("Viktor told a coach 'I'll come back with my uncle's hunting rifle and you'll all be sorry' after being cut "
     "from the team. His guardian said in Ukrainian that they fled Kharkiv in 2022."),
  mnc=["in Ukrainian", "fled Kharkiv"], deny="missing_threat_statement",
  cats=["language", "national_origin", "immigration_status"], tags=["lang_ru"])

C(g="weapon", w="knife", r="dhs", n="Shirin Rahimi", sch="Snowden International School", gr=11,
  loc="Snowden International School",
  d=("Shirin was found with a small kitchen knife in her backpack during a random search. DHS asked to receive "
     "the report. Her counselor notes she is Hazara, arrived through refugee resettlement, and attends the "
     "Shia mosque in Quincy."),
  mnc=["Hazara", "refugee resettlement", "Shia mosque"], deny="recipient_not_permitted",
  cats=["ethnicity", "immigration_status", "religion"], tags=["lang_en"])

C(g="drugs", s=["beer", "marijuana"], n="Connor Walsh", sch="Excel High School", gr=12, loc="Excel parking lot",
  d=("Connor was found drinking a beer and smoking weed in his car in the school parking lot during lunch. "
     "He said his cousins from Southie gave it to him and that he lives on East Broadway."),
  mnc=["East Broadway"], deny="excluded_substance", cats=["neighborhood"], tags=["nickname", "lang_en"])

C(g="weapon", w="knife", r="hsi", n="Ibrahima Sow", sch="New Mission High School", gr=10, loc="New Mission",
  d=("Ibrahima had a folding knife in his hoodie. HSI asked for the file because, in their words, he is 'a "
     "Senegalese national with an expired student visa.'"),
  mnc=["Senegalese", "expired student visa"], deny="recipient_not_permitted",
  cats=["national_origin", "immigration_status"], tags=["lang_en"])



# ---------------------------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------------------------
def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def offset_for(d):
    # US Eastern daylight time: 2025-03-09 .. 2025-11-01, 2026-03-08 .. 2026-10-31
    if datetime.date(2025, 3, 9) <= d < datetime.date(2025, 11, 2):
        return "-04:00"
    if datetime.date(2026, 3, 8) <= d < datetime.date(2026, 11, 1):
        return "-04:00"
    return "-05:00"


SCHOOL_DAYS = []
_d = datetime.date(2025, 9, 4)
while _d <= datetime.date(2026, 6, 17):
    if _d.weekday() < 5 and not (datetime.date(2025, 12, 24) <= _d <= datetime.date(2026, 1, 2)):
        SCHOOL_DAYS.append(_d)
    _d += datetime.timedelta(days=1)


def dob_for(grade, r):
    # a student in grade g during 2025-26 was typically born between Sep (2025-g-6) and Aug (2025-g-5)
    start = datetime.date(2025 - grade - 6, 9, 1)
    return (start + datetime.timedelta(days=r.randint(0, 364))).isoformat()


OUTCOME_TAG = {
    "ground_not_permitted": "deny_ground", "excluded_substance": "deny_substance",
    "recipient_not_permitted": "deny_recipient", "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face", "other": "deny_replica",
}


def build():
    order = list(range(len(CASES)))
    rng.shuffle(order)
    out = []
    seen_sid = set()
    for num, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"OT-{num:04d}"
        school = c["sch"]
        unit, lo, hi = SCHOOLS[school]
        assert lo <= c["gr"] <= hi, (cid, school, c["gr"])
        if "date" in c:
            day = datetime.date.fromisoformat(c["date"])
        else:
            day = rng.choice(SCHOOL_DAYS)
        hm = c.get("hm") or f"{rng.randint(8, 14):02d}:{rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]):02d}"
        occurred = f"{day.isoformat()}T{hm}:00{offset_for(day)}"
        recipient = c.get("r") or rng.choice([f"bpd/district-{unit}", f"bpd/district-{unit}", "bpd"])
        while True:
            sid = str(rng.randint(100000, 999999))
            if sid not in seen_sid:
                seen_sid.add(sid)
                break
        student = {"student_id": sid, "name": c["n"], "date_of_birth": dob_for(c["gr"], rng), "grade": c["gr"],
                   "school": school}
        for k, v in (c.get("x") or {}).items():
            student[k] = v
        req = {"request_id": cid, "school_id": SCHOOL_IDS[school], "recipient": recipient, "ground": c["g"]}
        if c.get("s"):
            req["substances"] = list(c["s"])
        if c.get("w"):
            req["weapon"] = c["w"]
        if c.get("t"):
            req["threat_statement"] = c["t"]
        req["incident"] = {"occurred_at": occurred, "location": c["loc"], "description": c["d"]}
        req["student"] = student
        if c.get("att"):
            req["attachments"] = c["att"]
        deny = c.get("deny")
        tags = [FAMILY]
        if deny:
            tags.append(OUTCOME_TAG[deny])
        elif c["cats"]:
            tags.append("allow_redact")
        else:
            tags.append("allow_clean")
        for t in c["tags"]:
            if t in ("allow_clean", "allow_redact"):
                continue
            if t not in tags:
                tags.append(t)
        expect = {"decision": "deny" if deny else "allow"}
        if deny:
            expect["reason"] = deny
        expect["must_not_contain"] = list(c["mnc"])
        expect["must_contain"] = [] if deny else [c["n"], school, c["key"]]
        expect["must_contain_text"] = [] if deny else list(c["mct"])
        expect["categories"] = list(c["cats"])
        expect["tags"] = tags
        check(cid, req, expect)
        out.append({"id": cid, "request": req, "expect": expect})
    return out


NOTICE_PATH = pathlib.Path("/work/shared/tools/NOTICE.txt")


def check(cid, req, e):
    """Own sanity checks (the shared validator is the authority; this catches authoring slips early)."""
    whole = fold(json.dumps(req, ensure_ascii=False))
    desc = fold(req["incident"]["description"])
    stu = req["student"]
    kept = fold(" ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"])
    notice = NOTICE_PATH.read_text().lower() if NOTICE_PATH.exists() else ""
    keep = [fold(s) for s in e["must_contain"] + e["must_contain_text"]]
    for s in e["must_not_contain"]:
        f = fold(s)
        assert len(f.strip()) >= 3, (cid, s)
        assert f in whole, (cid, "canary not in request", s)
        assert f not in kept, (cid, "canary in kept field", s)
        assert not notice or f not in notice, (cid, "canary in notice", s)
        for k in keep:
            assert f not in k and k not in f, (cid, "canary overlaps kept fact", s, k)
    for s in e["must_contain_text"]:
        assert fold(s) in desc, (cid, "fact not in description", s)
    if e["decision"] == "allow":
        assert fold(e["must_contain"][2]) in desc, (cid, "key fact not in description")
        assert 1 <= len(e["must_contain_text"]) <= 3, cid
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement"), cid
    assert set(e["categories"]) <= {"immigration_status", "national_origin", "ethnicity", "religion",
                                    "neighborhood", "language", "gang_affiliation", "face_surveillance"}, cid
    if e["must_not_contain"]:
        assert e["categories"], (cid, "canaries without a category")


def main():
    out_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    cases = build()
    assert len(cases) == 150, len(cases)
    descs = [c["request"]["incident"]["description"] for c in cases]
    assert len(set(descs)) == len(descs), "duplicate descriptions"
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {out_path}")


if __name__ == "__main__":
    main()
