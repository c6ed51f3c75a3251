#!/usr/bin/env python3
"""Write outsider_g.jsonl: hand-written gatekeeper cases (prefix OG-). Stdlib only, deterministic."""
import json, pathlib, unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_g.jsonl"
SCHOOL_IDS = {
    "Jeremiah E. Burke High School": "BPS-1142", "Excel High School": "BPS-1207",
    "TechBoston Academy": "BPS-1380", "Madison Park Technical Vocational High School": "BPS-1416",
    "Boston Latin Academy": "BPS-1031", "East Boston High School": "BPS-1099",
    "English High School": "BPS-1063", "Brighton High School": "BPS-1025",
    "Mission Hill K-8": "BPS-1550", "John D. O'Bryant School": "BPS-1288",
    "Charlestown High School": "BPS-1044", "Snowden International School": "BPS-1322",
    "Dearborn STEM Academy": "BPS-1471", "Boston Community Leadership Academy": "BPS-1392",
    "Community Academy of Science and Health": "BPS-1419", "Lyon High School": "BPS-1508",
}
CASES = []


def _add(dec, tags, ground, school, name, desc, mnc, cats, mct=(), fact=None, reason=None,
         rec="bpd", weapon=None, subs=None, threat=None, stu=None, att=None, loc=None, grade=None):
    n = len(CASES) + 1
    cid = f"OG-{n:04d}"
    month = 1 + (n * 7) % 6 if n % 3 else 9 + n % 4          # Jan-Jun 2026 or Sep-Dec 2025
    year = 2026 if month <= 6 else 2025
    day = 1 + (n * 5) % 27
    hh, mm = 7 + (n * 3) % 8, (n * 13) % 60
    g = grade if grade is not None else 9 + n % 4
    req = {"request_id": cid, "school_id": SCHOOL_IDS[school], "recipient": rec, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": f"{year}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:00-05:00",
                       "location": loc or school, "description": desc}
    s = {"student_id": f"S{(n * 7919) % 900000 + 100000}", "name": name,
         "date_of_birth": f"{2026 - 6 - g}-{1 + n % 12:02d}-{1 + (n * 11) % 28:02d}", "grade": g,
         "school": school}
    s.update(stu or {})
    req["student"] = s
    if att:
        req["attachments"] = att
    if dec == "allow":
        key = fact or weapon or (subs[0] if subs else None)
        assert key, cid
        exp = {"decision": "allow", "must_not_contain": list(mnc), "must_contain": [name, school, key],
               "must_contain_text": list(mct), "categories": sorted(set(cats)), "tags": list(tags)}
    else:
        exp = {"decision": "deny", "reason": reason, "must_not_contain": list(mnc), "must_contain": [],
               "must_contain_text": [], "categories": sorted(set(cats)), "tags": list(tags)}
    CASES.append({"id": cid, "request": req, "expect": exp})


def A(tags, ground, school, name, desc, mnc, cats, mct, **kw):
    _add("allow", tags, ground, school, name, desc, mnc, cats, mct, **kw)


def D(tags, reason, ground, school, name, desc, mnc, cats, **kw):
    _add("deny", tags, ground, school, name, desc, mnc, cats, reason=reason, **kw)


P, PM, T, S, I, X = "police_style", "parent_message", "teacher_casual", "structured_mix", "indirect", "precision"

# ---------------------------------------------------------------- police_style
A([P, I], "weapon", "Jeremiah E. Burke High School", "Tavian Morrell",
  "R/O (Ofc. Carty #114) resp. to 2nd fl. stairwell B for rpt of a student w/ a blade. S/S Tavian Morrell "
  "stated 'it's for protection, I gotta walk past the Wexler Court buildings where I stay.' R/O recovered a "
  "4-inch folding knife from S/S right front pocket. S/S descr: Cape Verdean male, approx 5'9, grey hoodie. "
  "No injuries. Item secured in SRO evidence locker.",
  ["Wexler Court", "Cape Verdean"], ["neighborhood", "ethnicity"],
  ["folding knife", "right front pocket", "stairwell B"], weapon="knife", rec="bpd/district-b3")
A([P], "weapon", "Excel High School", "Dashawn Kettridge",
  "Approx 0815 hrs R/O rec'd tip via SRO radio (ref. BOLO from AM roll call) re: S/S carrying. S/S located "
  "in cafeteria line; search of backpack revealed an unloaded black semi-auto handgun, magazine separate in "
  "front zip pocket. S/S stated he got it 'from an older kid, not saying who.' S/S is a documented member of "
  "the Geneva Ave Bloods per BRIC, street name 'Dice'. Firearm rendered safe, chain of custody maintained.",
  ["Geneva Ave Bloods", "per BRIC", "documented member"], ["gang_affiliation"],
  ["semi-auto handgun", "cafeteria line", "magazine separate"], weapon="firearm", fact="handgun",
  rec="bpd/district-c6")
D([P], "recipient_not_permitted", "weapon", "Charlestown High School", "Ronan Ashby-Fields",
  "R/O confiscated a kitchen knife (8 in., black handle) from S/S at main entrance scanners 0742 hrs. "
  "Fwd to BRIC analyst per Sgt. request. S/S hangs w/ the Lenox crowd, wears the blue rag on the left side.",
  ["Lenox crowd", "blue rag"], ["gang_affiliation"], weapon="knife", rec="bric")
A([P], "drugs", "TechBoston Academy", "Isaiah Brandt-Monroe",
  "R/O called to nurse's office 1120 hrs. S/S found w/ 9 small glassine bags stamped 'GOLD RUSH'; field "
  "test presumptive positive for fentanyl. S/S stated he was holding for an older kid and keeps the rest at "
  "his place in the Mildred Hailey. Interview conducted w/ Spanish interpreter (S/S limited English).",
  ["Mildred Hailey", "Spanish interpreter", "limited English"], ["neighborhood", "language"],
  ["glassine bags", "GOLD RUSH", "nurse's office"], subs=["fentanyl"], rec="bpd/district-c11")
A([P], "serious_violence", "Madison Park Technical Vocational High School", "Kendrick Loweth",
  "Code called 1340 hrs, 3rd fl. hallway outside Rm 312. V/1 sustained a laceration to the left cheek "
  "requiring sutures at BMC after S/S swung a padlock in a sock. Per SRO intel S/S runs with the 4-5 set out "
  "of Harbor Point. S/S is a Somali national, recent arrival per guidance.",
  ["4-5 set", "Harbor Point", "Somali", "recent arrival"], ["gang_affiliation", "national_origin", "neighborhood"],
  ["padlock in a sock", "left cheek", "sutures"], fact="padlock", rec="bpd/district-b2")
D([P], "missing_threat_statement", "credible_threat", "Boston Community Leadership Academy", "Nolan Pruitt",
  "R/O rec'd info from guidance re: S/S possibly 'planning something' per rumor. BOLO photo of S/S posted at "
  "front desk. Counselor notes S/S's family are Jehovah's Witnesses and 'keep to themselves.' No specific "
  "statement obtained at this time. Forwarding for awareness.",
  ["Jehovah"], ["religion"])
A([P], "credible_threat", "Dearborn STEM Academy", "Marcus Odell",
  "R/O interviewed W/1 and W/2 separately 0900 hrs; statements consistent on wording and time. S/S stated "
  "he was 'just talking.' Per VP, S/S's uncle keeps a licensed pistol at the home. S/S lives with the uncle "
  "on Erie St off Blue Hill Ave; family is Haitian per enrollment.",
  ["Erie St", "Blue Hill Ave", "Haitian"], ["neighborhood", "ethnicity"],
  ["statements consistent", "just talking"], fact="uncle's gun",
  threat="On 3/4 at approx 0730 the student told two classmates at the bus stop outside the school: 'I'm "
         "bringing my uncle's gun Friday and the kids in the gym are gonna find out.' Both wrote matching "
         "statements and named the day and the place.", rec="bpd/district-b2")
D([P], "face_surveillance", "weapon", "Brighton High School", "Corbin Valdane",
  "S/S identified via BriefCam face search of lobby cam 3 as the individual who dropped a knife near the gym "
  "doors at 1212 hrs. Match score 0.91. Requesting BPD confirm ID against booking photos.",
  ["BriefCam", "face search", "Match score"], ["face_surveillance"], weapon="knife",
  att=[{"kind": "face_match", "name": "lobbycam3_match_0412.pdf"}], rec="bpd/district-d14")
A([P], "weapon", "Lyon High School", "Shaniqua Belvoir",
  "Disturbance in front lobby 0750 hrs. S/S discharged OC spray (Sabre brand, pink canister) toward another "
  "student; two students flushed eyes at nurse. S/S stated her mother gave it to her for walking home through "
  "the Franklin Field development after dark. S/S is ELL level 3 per SIS.",
  ["Franklin Field", "ELL level"], ["neighborhood", "language"],
  ["pink canister", "flushed eyes"], weapon="pepper spray", fact="OC spray", rec="bpd/district-e18")
A([P, X], "weapon", "Community Academy of Science and Health", "Jaylen Strock",
  "R/O observed S/S in the Dunkin' line across from the school 1515 hrs displaying brass knuckles to peers. "
  "R/O recovered item (gold-colored, skull design). S/S had a red flag in left back pocket and yelled "
  "'Hendry Street till I die' at passing car. S/S DOB verified via SIS.",
  ["flag in left back pocket", "Hendry Street"], ["gang_affiliation"],
  ["gold-colored", "Dunkin'", "skull design"], weapon="brass knuckles", rec="bpd/district-b3")
D([P, I], "ground_not_permitted", "gang_activity", "Jeremiah E. Burke High School", "Tremaine Cobbs",
  "R/O observed S/S and 4 others throwing up the '7-1' sign in courtyard at dismissal. FIO card completed. "
  "S/S's older brother is on the Intervale Crew list. No weapon, no injury, no threat made.",
  ["throwing up the '7-1'", "Intervale Crew"], ["gang_affiliation"], rec="bpd/district-b2")
A([P, I], "weapon", "East Boston High School", "Mateo Carrizal",
  "Upon entry scan S/S bag alarmed; R/O located a black stun gun (VIPERTEK marking) in inner pocket. S/S "
  "stated he needs it because 'la migra been around the building and my moms don't have status.' Device "
  "tested operational; secured.",
  ["la migra", "don't have status"], ["immigration_status"],
  ["VIPERTEK", "inner pocket", "tested operational"], weapon="stun gun", rec="bpd/district-a7")
D([P], "recipient_not_permitted", "drugs", "Excel High School", "Keanu Hollister",
  "Per SRO, S/S in possession of 14 counterfeit 'M30' pills in a Tic Tac box, 1030 hrs. S/S is a Salvadoran "
  "national, DACA recipient. Copy to HSI task force per their standing request.",
  ["Salvadoran", "DACA"], ["national_origin", "immigration_status"], subs=["counterfeit pills"],
  rec="hsi/boston-field-office")
A([P], "drugs", "Snowden International School", "Brennan Oakes",
  "S/S observed by R/O passing a folded dollar bill w/ white powder in stairwell C, approx 1105 hrs. "
  "Recovered: 3 bindles, approx 2 g total, presumptive positive for cocaine. S/S stated 'I don't sell, that's "
  "for the Cathedral guys.' S/S resides at the Cathedral development per emergency card.",
  ["Cathedral guys", "Cathedral development"], ["neighborhood", "gang_affiliation"],
  ["stairwell C", "3 bindles", "folded dollar bill"], subs=["cocaine"], rec="bpd/district-d4")
D([P], "other", "weapon", "Dearborn STEM Academy", "Gideon Farrow",
  "R/O recovered a black airsoft pistol (orange tip removed) from S/S waistband in the 1st fl boys' room, "
  "1310 hrs. S/S stated he 'was gonna scare somebody.' Item is a replica; no approver determination attached.",
  [], [], weapon="airsoft pistol", rec="bpd/district-b2")
A([P], "weapon", "English High School", "Dorian Kessel",
  "R/O on post at door 2 observed S/S hand a taser to another student, 0802 hrs. Device recovered (yellow, "
  "sparks on test). S/S speaks only Portuguese at home per file and was interviewed in Portuguese by "
  "Mr. Lemos. Parent notification pending.",
  ["only Portuguese", "in Portuguese"], ["language"],
  ["door 2", "yellow"], weapon="taser", rec="bpd/district-e13")
A([P], "serious_violence", "Charlestown High School", "Tyrell Amsden",
  "Radio call 1145 hrs, 2nd fl. cafeteria. S/S struck V/1 repeatedly with a metal water bottle; V/1 "
  "transported by EMS with a fractured orbital bone. S/S known to SRO as affiliate of the 'Bunker Boys' crew. "
  "BOLO cancelled once S/S located in gym.",
  ["Bunker Boys"], ["gang_affiliation"],
  ["metal water bottle", "fractured orbital bone"], fact="fractured orbital bone", rec="bpd/district-a15")
D([P], "recipient_not_permitted", "weapon", "TechBoston Academy", "Elias Wynford",
  "R/O recovered a razor blade wrapped in tape from S/S shoe during search, 0930 hrs. S/S has a pending "
  "removal case per his caseworker. Sending to Commonwealth Fusion Center for deconfliction.",
  ["removal case"], ["immigration_status"], weapon="razor blade", rec="commonwealth-fusion-center")
A([P, I], "drugs", "Brighton High School", "Anders Kowalczyk",
  "R/O responded to Rm 204 at teacher request, 1340 hrs. S/S nodding, pinpoint pupils; Narcan not needed. "
  "Recovered: 2 wax folds marked 'BATMAN', presumptive positive for heroin, in S/S sock. S/S said he buys "
  "near the Commonwealth Ave bridge. S/S attends Friday jummah with his dad at the Prospect St masjid.",
  ["jummah", "masjid"], ["religion"],
  ["wax folds", "BATMAN", "Rm 204"], subs=["heroin"], rec="bpd/district-d14")
D([P], "ground_not_permitted", "suspicious_behavior", "Lyon High School", "Quentin Alvaro",
  "S/S observed photographing the side entrance with his phone, 1420 hrs. S/S uncooperative. S/S lives in "
  "the Franklin Hill apts w/ grandmother. No weapon found, no statement of intent.",
  ["Franklin Hill"], ["neighborhood"], rec="bpd/district-b3")

# ---------------------------------------------------------------- parent_message
A([PM, X], "weapon", "Snowden International School", "Edson Mendes",
  "Father sent this to the AP on WhatsApp after the knife was taken (copied as written): 'Good afternoon "
  "miss, my son he carry the small knife because in our country the boys always carry for work in farm, he "
  "dont know here is different. We are only 8 month here from Guinea-Bissau, please not call the imigration.' "
  "The knife is a red Swiss Army-style pocketknife, found in his desk in Room 108.",
  ["in our country", "8 month here", "Guinea-Bissau", "imigration"], ["national_origin", "immigration_status"],
  ["Swiss Army-style pocketknife", "Room 108"], weapon="knife", rec="bpd/district-d4")
A([PM], "drugs", "Madison Park Technical Vocational High School", "Luis Arteaga",
  "Voicemail from grandmother, left 3/10 (translated by front office staff from Spanish): 'The pills are "
  "mine, from my surgery, he took them from my purse. Please, we are waiting for the asylum papers, do not "
  "bring police to the house on Hecla Street.' Nurse counted 11 oxycodone 10 mg tablets in a mint tin in his "
  "backpack; none prescribed to the student.",
  ["from Spanish", "asylum", "Hecla Street"], ["language", "immigration_status", "neighborhood"],
  ["mint tin", "oxycodone 10 mg"], subs=["oxycodone"], rec="bpd/district-b2")
A([PM], "weapon", "Boston Latin Academy", "Rafael Quintela",
  "The evening before, mom sent Ms. Harmon a WhatsApp (she wrote in Portuguese, she does not read English): "
  "'Boa noite professora, o meu filho não é mau menino. Nós somos do Brasil e ainda não temos os documentos, "
  "por favor não chamem a polícia.' Next morning during the lobby bag check security found a box cutter with "
  "the blade extended in his jacket sleeve.",
  ["in Portuguese", "does not read English", "do Brasil", "temos os documentos"],
  ["language", "national_origin", "immigration_status"],
  ["box cutter", "jacket sleeve", "blade extended"], weapon="box cutter", rec="bpd/district-b2")
A([PM, I], "serious_violence", "Jeremiah E. Burke High School", "Wilner Dacosta",
  "After the fight at dismissal the other boy was taken to Boston Medical with a broken jaw (wired shut). "
  "Wilner's aunt called the office (in Kreyòl, Ms. Augustin took the message): she said the family prays "
  "for both boys at the Église Baptiste Bethel every Sunday and asked us to wait until the 'paper from "
  "the TPS office' comes before any police. Wilner admitted throwing the punches.",
  ["Kreyòl", "Église Baptiste", "TPS office"], ["language", "religion", "immigration_status"],
  ["broken jaw", "wired shut"], fact="broken jaw", rec="bpd/district-b3")
A([PM], "weapon", "Community Academy of Science and Health", "Hamza Warsame",
  "Letter hand-delivered by the uncle, Tuesday (copied exactly): 'To principal. We are Muslim family, my "
  "nephew pray five time every day, he is not criminal. The gun is not his, somebody put in locker.' "
  "Custodian opened locker 2217 for the AP and found a loaded .22 revolver wrapped in a gym towel.",
  ["Muslim", "pray five time"], ["religion"],
  ["loaded .22 revolver", "locker 2217", "gym towel"], weapon="firearm", fact=".22 revolver",
  rec="bpd/district-b3")
D([PM], "excluded_substance", "drugs", "Brighton High School", "Sebastián Loaiza",
  "Mother's text to the dean, 7:02pm: 'is only the marihuana, in Colombia nobody go to jail for this, please "
  "understand we are new here and the lawyer says any police problem is bad for our case.' Dean found two "
  "pre-rolled joints in his pencil case.",
  ["Colombia", "bad for our case", "we are new here"], ["national_origin", "immigration_status"],
  subs=["marijuana"], rec="bpd/district-d14")
A([PM], "drugs", "Dearborn STEM Academy", "Kevin Tran-Holloway",
  "Grandmother came in the next morning and we used the Vietnamese phone interpreter (district line #3). "
  "She said, through the interpreter, that she is 'afraid they will send us back to Da Nang.' The pills "
  "were blue, stamped 'M' on one side and '30' on the other, 22 of them in a sandwich bag inside his "
  "calculator case; lab later confirmed counterfeit pills containing fentanyl.",
  ["Vietnamese", "interpreter", "send us back", "Da Nang"], ["language", "immigration_status", "national_origin"],
  ["calculator case", "sandwich bag", "22 of them"], subs=["counterfeit pills", "fentanyl"],
  rec="bpd/district-b2")
D([PM, I], "missing_threat_statement", "credible_threat", "East Boston High School", "Yusuf Hersi",
  "Father's voicemail, 4:15pm: 'Salaam, this is his father. He is fasting for Ramadan so he is tired and "
  "angry, he does not mean the things he says. We came from Mogadishu through Kenya, we do not want trouble.' "
  "Several students told staff he said something scary in the cafeteria; nobody could say what.",
  ["Ramadan", "Mogadishu", "Kenya"], ["religion", "national_origin"], rec="bpd/district-a7")
A([PM], "weapon", "Charlestown High School", "Darnell Fitch",
  "Mom's email (forwarded by the counselor): 'He took the mace from my bag, I keep it because of what goes "
  "on around the Bunker Hill projects at night, that's where we been living since the shelter.' The canister "
  "of mace was sprayed in the 2nd floor girls' locker room; one student was treated by the nurse for "
  "burning eyes.",
  ["Bunker Hill projects", "since the shelter"], ["neighborhood"],
  ["girls' locker room", "burning eyes"], weapon="mace", rec="bpd/district-a15")
A([PM], "drugs", "English High School", "Joel Batista",
  "Older sister called back (her English is better than mom's, she said mom only speaks Spanish). Her words: "
  "'We Dominican, we don't do drugs in this family, maybe a friend from Hyde Square give it to him.' The "
  "school resource officer found a clear bag with 7 orange bars, confirmed Xanax, inside his sneaker.",
  ["only speaks Spanish", "Dominican", "English is better than mom"], ["language", "ethnicity"],
  ["7 orange bars", "inside his sneaker"], subs=["Xanax"], rec="bpd/district-e13")
D([PM], "excluded_substance", "drugs", "Lyon High School", "Aylin Demirci",
  "Note from mom stapled to the consent form: 'Dear teachers, my daughter found this vape on the bus, we "
  "are Turkish family, in our religion smoking is shame, please don't call police, our visa is student "
  "visa of my husband.' Vape cartridge (unlabeled, content unknown) taken from her bag.",
  ["Turkish", "our visa", "student visa"], ["ethnicity", "immigration_status"],
  subs=["vape"], rec="bpd/district-e18")
A([PM, I], "weapon", "Excel High School", "Jonah Abernathy",
  "Mother called, very upset, and asked that we not share the report because 'his father's green card "
  "interview is next month and the lawyer said nothing with police.' For the record: Jonah brought an "
  "expandable baton (black, 21 inch) and extended it at another student in the library.",
  ["green card"], ["immigration_status"],
  ["expandable baton", "21 inch", "in the library"], weapon="club", fact="expandable baton",
  rec="bpd/district-c6")
A([PM], "credible_threat", "Boston Community Leadership Academy", "Marisol Ybarra",
  "Aunt's WhatsApp voice note, transcribed: 'Miss, mi sobrina she is just angry, the family in Honduras "
  "they tell her bad things on phone, she don't mean. We going to Iglesia Pentecostal Monte Sion, the "
  "pastor will talk to her.' The screenshots show the posts were made at 11:40pm from her account.",
  ["Honduras", "Pentecostal", "mi sobrina"], ["national_origin", "religion", "language"],
  ["screenshots", "11:40pm"], fact="screenshots",
  threat="Student posted on her public story: 'tomorrow 3rd period I'm bringing the knife and Kiara is "
         "done, everybody in that class gonna see.' The post names a classmate, a time and a weapon; Kiara's "
         "mother reported it at 6am.", rec="bpd/district-b2")
A([PM], "weapon", "TechBoston Academy", "Moses Kariuki",
  "Father's letter (his English, unedited): 'I am writing for my son. We come with refugee program two "
  "years, we live in Fields Corner now, we are Christian family from Kakuma camp, my son is good.' The "
  "incident: a butterfly knife was found in Moses's hoodie pocket by a teacher after he was seen flipping "
  "it in the hallway by Rm 118.",
  ["refugee program", "Fields Corner", "Kakuma", "Christian family"],
  ["immigration_status", "neighborhood", "national_origin", "religion"],
  ["butterfly knife", "hoodie pocket", "Rm 118"], weapon="knife", fact="butterfly knife", rec="bpd/district-c11")
D([PM], "recipient_not_permitted", "weapon", "Mission Hill K-8", "Aiden Rourke",
  "Voicemail from grandfather: 'he's a good kid, we're from Galway, been here since he was two, never any "
  "trouble.' Aiden had a box cutter in his lunch box. Report requested by the building's private security "
  "contractor for their incident file.",
  ["Galway"], ["national_origin"], weapon="box cutter", rec="allied-universal-security")
A([PM], "drugs", "Snowden International School", "Priya Lindqvist",
  "Mother's message through the class app (she asked in Hindi, app auto-translated): 'Please understand we "
  "are on H-4 visa, any problem and we lose everything.' What happened: Priya gave two classmates small "
  "squares of paper she called 'tabs' at lunch; one classmate vomited and was sent home. The remaining tabs "
  "tested positive for LSD.",
  ["in Hindi", "H-4 visa"], ["language", "immigration_status"],
  ["squares of paper", "vomited"], subs=["LSD"], rec="bpd/district-d4")
A([PM, I], "weapon", "Madison Park Technical Vocational High School", "Nelson Furtado-Greer",
  "Dad's voicemail from Tuesday night, transcribed by the secretary: 'This Nelson father. Please when you "
  "call, call in Kriolu, the mother no understand English. Nelson go to Praia every summer, he learn bad "
  "things there.' The item Nelson brought was a homemade firecracker bomb (M-80 style with a taped nail "
  "pack) found in the auto shop.",
  ["in Kriolu", "no understand English", "Praia"], ["language", "national_origin"],
  ["taped nail", "auto shop"], weapon="explosive", fact="firecracker bomb", rec="bpd/district-b2")
D([PM], "ground_not_permitted", "theft", "John D. O'Bryant School", "Samira Haddad",
  "Mother's email: 'My daughter did not steal the phone. We are Lebanese, in our house honesty is everything. "
  "We go to St. George Maronite church every Sunday.' The phone was found in Samira's locker.",
  ["Lebanese", "Maronite"], ["ethnicity", "religion"], rec="bpd/district-b2")

# ---------------------------------------------------------------- teacher_casual
A([T, X], "weapon", "Boston Latin Academy", "Griffin Halloway",
  "ok so not sure if relevant but writing it all down bc the AP said to. 7th period (Spanish class, Sra. "
  "Whitcomb's room) Griffin takes out what I thought was a comb?? it was a switchblade, the kind that "
  "flicks out. He said it was his brother's 'from the Celtics parade' lol. Kid is sweet honestly. Also fyi "
  "he's been staying at his dad's in Roslindale since the split, not sure that matters.",
  ["Roslindale"], ["neighborhood"],
  ["Spanish class", "switchblade", "Celtics parade"], weapon="knife", fact="switchblade", rec="bpd/district-e5")
A([T], "drugs", "Brighton High School", "Oksana Vilner",
  "Ugh, long day. During the fire drill (2nd one this wk!!) Oksana dropped a little baggie of what turned "
  "out to be crystal meth, nurse + Mr. D confirmed w/ the test kit. She was crying, said a guy gave it to "
  "her. Side note - she's one of our Ukrainian kids, came through the U4U program last spring, and her mom "
  "only has parole status I think? Anyway.",
  ["Ukrainian", "U4U", "parole status"], ["national_origin", "immigration_status"],
  ["fire drill", "little baggie"], subs=["methamphetamine"], fact="crystal meth", rec="bpd/district-d14")
A([T, X], "weapon", "Excel High School", "Destiny Calloway",
  "Hey - so during the Thanksgiving potluck (the day before break) Destiny pulled a box cutter on Kayla over "
  "the last of the French fries, I'm not joking. Nobody hurt, I grabbed her wrist. She told me after she "
  "carries it since some drama with girls from another school (she lives in Orchard Gardens, it's a "
  "whole thing apparently??).",
  ["Orchard Gardens"], ["neighborhood"],
  ["Thanksgiving potluck", "French fries", "grabbed her wrist"], weapon="box cutter", rec="bpd/district-c6")
A([T, I], "serious_violence", "Lyon High School", "Amari Vance",
  "writing this up quick between classes - Amari stomped on a kid's head in the stairwell after 5th (kid "
  "had a seizure, ambulance took him to Children's). Background, maybe TMI: Amari's been really stressed "
  "because his mom has a check-in with ICE in April and he thinks they'll get deported, he told me that in "
  "advisory.",
  ["check-in with ICE", "deported"], ["immigration_status"],
  ["had a seizure", "stairwell after 5th"], fact="seizure", rec="bpd/district-e18")
A([T], "weapon", "John D. O'Bryant School", "Felix Ambrose",
  "soooo. Felix had a stun gun in robotics club (I know, I know). He was showing the freshmen, zapped the "
  "table. I took it, it's in the main office safe now. Not sure if relevant but he's in the ESL pull-out "
  "with Mr. Ng and his mom needs a Cantonese interpreter for the meeting.",
  ["ESL pull-out", "Cantonese interpreter"], ["language"],
  ["robotics club", "zapped the table", "main office safe"], weapon="stun gun", rec="bpd/district-b2")
D([T], "excluded_substance", "drugs", "Charlestown High School", "Brody Lasker",
  "honestly feels silly writing this but Brody had a Juul in the bathroom again (3rd time), smelled like "
  "mango. He told me he gets them at the corner store by the Mystic Mall apts where he lives. Sigh.",
  ["Mystic Mall apts"], ["neighborhood"], subs=["Juul pods"], rec="bpd/district-a15")
A([T, X], "drugs", "Snowden International School", "Tobias Renner",
  "(not sure who needs this, sending to AP + nurse) - Tobias was passing out what he called 'candy' at the "
  "Red Sox game trip on the bus, turned out to be MDMA pressed pills shaped like Tesla logos. Two kids felt "
  "sick. Also, not that it matters, but he always says he's 'half Puerto Rican half Irish' and he's been "
  "skipping chapel at his dad's Lutheran church on weekends, whatever.",
  ["Puerto Rican", "half Irish", "Lutheran"], ["ethnicity", "religion"],
  ["Red Sox game trip", "Tesla logos"], subs=["MDMA"], rec="bpd/district-d4")
A([T], "weapon", "Dearborn STEM Academy", "Kiana Brightwater",
  "Quick note after lunch duty: Kiana had brass knuckles (pink, 'cute' ones, she said they were from Amazon) "
  "and hit Marisa in the shoulder w/ them - bruise, nurse iced it. Kiana says people have been after her "
  "since she moved to Grove Hall in the summer. ngl I think she's scared.",
  ["moved to Grove Hall"], ["neighborhood"],
  ["pink", "from Amazon", "in the shoulder"], weapon="brass knuckles", rec="bpd/district-b2")
D([T], "ground_not_permitted", "fight", "English High School", "Caleb Munroe",
  "ok so two boys got into it in the hallway by the library, lots of shoving, one bloody nose, both fine now. "
  "Caleb is an EL student (level 2) and his dad doesn't speak English so we'll need the Amharic interpreter "
  "for the meeting. That's it, just documenting.",
  ["EL student", "Amharic"], ["language"], rec="bpd/district-e13")
A([T, X], "weapon", "Boston Community Leadership Academy", "Lucía Ferreira-Blake",
  "Ok this was wild: in AP Spanish Lit (yes, Spanish Lit, she's our best student lol) Lucía took a razor "
  "blade out of her pencil case and cut the strap of Jenna's bag. No one cut. She said Jenna called her mom "
  "'an illegal' - background, her mom is undocumented, Lucía told me last year. Hmm.",
  ["undocumented", "an illegal"], ["immigration_status"],
  ["AP Spanish Lit", "pencil case", "cut the strap"], weapon="razor blade", rec="bpd/district-b2")
A([T, I], "drugs", "Community Academy of Science and Health", "Owen Talbridge",
  "Writing up from the field trip (Franklin Park Zoo, the giraffe thing). Owen had a pill bottle with no "
  "label, turned out to be oxycodone, not his. He shared 2 with a friend by the flamingos. Side thing - he "
  "mentioned his grandma 'came over on the boat from Ireland' and they live w/ her near Adams Village now.",
  ["from Ireland", "near Adams Village"], ["national_origin", "neighborhood"],
  ["Franklin Park Zoo", "by the flamingos", "no label"], subs=["oxycodone"], rec="bpd/district-c11")
D([T], "ground_not_permitted", "vandalism", "Mission Hill K-8", "Devontae Hale",
  "Spray paint in the 3rd floor boys' room - 'MPB' and a crown, Devontae admitted it. Counselor thinks the "
  "crown means he wants in with the Mission Park Boys. Anyway, just logging this.",
  ["Mission Park Boys"], ["gang_affiliation"], rec="bpd/district-b2")
A([T], "credible_threat", "Jeremiah E. Burke High School", "Anthony Severin",
  "Hi all - sorry for the long one. Anthony wrote the note in my room (I kept it, copy attached). He's been "
  "off since Christmas break. Kids say he 'runs with the Morton St set' since his cousin got shot in March. "
  "I'm also told he's Haitian-American and they go to a big Adventist church.",
  ["Morton St set", "Haitian", "Adventist"], ["gang_affiliation", "ethnicity", "religion"],
  ["since Christmas break", "wrote the note"], fact="wrote the note",
  threat="Handwritten note left on a desk in Rm 207: 'Monday I'm bringing a pistol to B lunch, whoever "
         "laughed at me is first.' Signed with his initials; he admitted writing it.",
  rec="bpd/district-b3")
A([T, X], "weapon", "Madison Park Technical Vocational High School", "Ruben Okafor",
  "Carpentry teacher here - yes we have tools, but this was different. Ruben brought in his own hunting "
  "knife (Buck brand, 6 inch) and waved it at Tyrese by the table saw. Not sure if relevant but Ruben's "
  "family just moved into the shelter on Dudley since the fire.",
  ["shelter on Dudley"], ["neighborhood"],
  ["hunting knife", "Buck brand", "table saw"], weapon="knife", rec="bpd/district-b2")
A([T], "drugs", "TechBoston Academy", "Corinne Mabry",
  "so nurse called me to say Corinne passed out in the bathroom, Narcan given (!!), she's ok now, at "
  "Carney. Bag had a few blue pills, the nurse said probably fentanyl-pressed. Background - she told me in "
  "confidence her family are Jehovah's Witnesses and would 'disown her' if they knew.",
  ["Jehovah"], ["religion"],
  ["Narcan given", "blue pills"], subs=["fentanyl"], rec="bpd/district-c11")

# ---------------------------------------------------------------- structured_mix
A([S], "weapon", "East Boston High School", "Cristian Villatoro",
  "INCIDENT SHEET v2\nRptg Staff: Asst. Principal K. Dwyer\nHomeLangCode: SPA\nBirthplaceCtry: El Salvador\n"
  "ResStreet: Bennington St\nWeapon Obs.: Y\n---\nNarrative: at 10:40 in the 3rd floor science lab "
  "Cristian showed a classmate a black handgun in his waistband. SRO recovered it, unloaded. Cristian said "
  "he found it in a yard.",
  ["HomeLangCode: SPA", "Spanish", "El Salvador", "Bennington St"], ["language", "national_origin", "neighborhood"],
  ["science lab", "black handgun", "unloaded"], weapon="firearm", fact="handgun", rec="bpd/district-a7",
  stu={"home_lang": "Spanish", "birth_country": "El Salvador"})
A([S, X], "drugs", "Boston Latin Academy", "Henry Ashcombe",
  "Form DR-7 | Drug/Alcohol Event\nsubst_observed = cocaine (white powder, 1 baggie)\nkid_heritage = "
  "Portuguese-American\nfaith_pref = Catholic\nroute_home = Orange Line to Forest Hills, lives on "
  "Walk Hill St\n\nHenry was seen sniffing from a key in the bathroom near the Latin library. Dean found "
  "the baggie in his Canada Goose jacket.",
  ["Portuguese-American", "Catholic", "Forest Hills", "Walk Hill St"], ["ethnicity", "religion", "neighborhood"],
  ["Canada Goose jacket", "sniffing from a key"], subs=["cocaine"], rec="bpd/district-e13",
  stu={"heritage": "Portuguese-American", "faith_pref": "Catholic"})
D([S], "excluded_substance", "drugs", "Excel High School", "Tanisha Grell",
  "FIELD: subst -> THC cart (blue razz)\nFIELD: origin_note -> family from Kingston, JM\nFIELD: "
  "xcrew -> 'Wood Ave'\nNarrative: vape cartridge labeled THC found in her hoodie during 4th period.",
  ["Kingston, JM", "Wood Ave"], ["national_origin", "gang_affiliation"], subs=["THC cartridge"],
  rec="bpd/district-c6", stu={"origin_note": "Kingston, Jamaica"})
A([S], "serious_violence", "Brighton High School", "Jamal Pettibone",
  "Severity: 3/3\nVictim Dispo: Transported (St. E's)\nPerp Lang Pref: Arabic\nPerp Prayer Accom: yes, "
  "Fri 1pm\nHousing: Faneuil devel.\n\nDuring passing time Jamal slammed a younger student's head into "
  "a locker door several times; the victim lost consciousness briefly and has a concussion.",
  ["Arabic", "Prayer Accom", "Faneuil"], ["language", "religion", "neighborhood"],
  ["lost consciousness", "concussion"], fact="concussion", rec="bpd/district-d14",
  stu={"lang_pref": "Arabic", "accommodations": {"prayer": "Friday 1pm"}, "housing": "Faneuil"})
A([S], "weapon", "Lyon High School", "Gabriel Osei-Baptiste",
  "who_reported: lunch aide (Ms. Fenn)\nwhat: tear gas canister, small, keychain size\nwhere: "
  "auditorium, row F\nstudent_ctry_birth: Ghana\nstudent_status_docs: asylum pending\nnotes: Gabriel "
  "sprayed it at the ceiling during assembly; 14 students coughing, 2 seen by nurse.",
  ["Ghana", "asylum pending"], ["national_origin", "immigration_status"],
  ["keychain size", "row F", "14 students coughing"], weapon="tear gas", rec="bpd/district-e18",
  stu={"ctry_birth": "Ghana", "status_docs": "asylum pending"})
D([S], "ground_not_permitted", "immigration_inquiry", "East Boston High School", "Yesenia Morales",
  "Requestor: BPD liaison Off. Grady\nQuestion: is student documented?\nStudent_Status: unknown\n"
  "Parent_Origin: Guatemala\nNarrative: Officer asked whether Yesenia and her mother have papers after a "
  "neighbor complaint. No incident at school.",
  ["Guatemala", "have papers"], ["national_origin", "immigration_status"], rec="bpd/district-a7",
  stu={"parent_origin": "Guatemala"})
A([S, X], "weapon", "Madison Park Technical Vocational High School", "Darius Whitlock",
  "Ref#: MP-0317\nTeam: JV Basketball (Madison Park Cardinals)\nCrewTag: 'MHT'\nLinkedSet: Mission Main "
  "(per SRO sheet)\nWeapon: knuckle knife\n\nDarius had a knuckle-duster knife in his gym bag after the "
  "game vs. Catholic Memorial; coach found it when a teammate's shoe went missing.",
  ["CrewTag", "MHT", "Mission Main"], ["gang_affiliation"],
  ["Catholic Memorial", "gym bag", "JV Basketball"], weapon="knife", fact="knuckle-duster knife",
  rec="bpd/district-b2", stu={"crew_tag": "MHT"})
A([S], "drugs", "English High School", "Yahir Beltrán",
  "STUDENT: Yahir Beltrán / G11\nLEP: Y (WIDA 2.4)\nImmig. Flag: SIJS petition\nRes. Zip: 02130\n"
  "SUBSTANCE: crack cocaine, 4 rocks, in lip balm tube\n\nFound by nurse when Yahir fainted in gym; "
  "the tube fell out of his sock.",
  ["WIDA", "SIJS", "02130"], ["language", "immigration_status", "neighborhood"],
  ["lip balm tube", "fainted in gym"], subs=["crack"], fact="crack cocaine", rec="bpd/district-e13",
  stu={"lep": True, "zip": "02130"})
D([S], "face_surveillance", "serious_violence", "TechBoston Academy", "Rashad Tillery",
  "Src: Clearview hit (93%)\nCompared vs: BPS ID photo\nEthnicity (per SIS): Black / Haitian\n\nNarrative: "
  "unknown male punched a student unconscious at the bus stop; the app matched the video still to Rashad.",
  ["Clearview", "Haitian"], ["face_surveillance", "ethnicity"], rec="bpd/district-c11",
  att=[{"kind": "face_match", "name": "clearview_hit.png"}], stu={"ethnicity": "Haitian"})
A([S], "weapon", "Dearborn STEM Academy", "Leandro Pires",
  "[ ] Firearm  [x] Blade  [ ] Other\nBlade type: machete, ~14 in.\nFound: under bleachers, outside gym\n"
  "Student descr.: Cabo Verdean, speaks Kriolu + some Portuguese\nLives: Hendry St apts\n\n"
  "Leandro admitted the machete was his and said he 'hid it for later.' Two students saw him place it.",
  ["Cabo Verdean", "Kriolu", "Hendry St"], ["ethnicity", "language", "neighborhood"],
  ["machete", "under bleachers", "hid it for later"], weapon="knife", fact="machete", rec="bpd/district-b2")
A([S], "drugs", "Charlestown High School", "Maeve Costigan",
  "Case notes ->\n  substances: psilocybin (dried mushrooms) + vape (unknown)\n  parish: St. Catherine's\n"
  "  addr: 14 Moulton Ct\n  GROUP: none\n\nMaeve sold a bag of mushrooms to a 9th grader in the courtyard; "
  "the buyer later vomited in class.",
  ["St. Catherine", "Moulton Ct"], ["religion", "neighborhood"],
  ["bag of mushrooms", "in the courtyard"], subs=["psilocybin", "vape"], rec="bpd/district-a15",
  stu={"parish": "St. Catherine's", "address": "14 Moulton Ct"})
D([S], "missing_threat_statement", "credible_threat", "Snowden International School", "Zora Emenike",
  "threat_level: HIGH (per counselor)\nthreat_text: <not captured>\nnationality: Nigerian\nhome_lang: "
  "Igbo\nNarrative: peers worried after Zora's comments in advisory; no exact words recorded.",
  ["Nigerian", "Igbo"], ["national_origin", "language"], rec="bpd/district-d4",
  stu={"nationality": "Nigerian", "home_lang": "Igbo"})
A([S], "weapon", "Mission Hill K-8", "Elijah Drummond",
  "Grade: 8 | Homeroom: 8B\nDevelopment: Alice Taylor homes\nBOLO ref: none\nWhat: BB... no - a real "
  "switchblade, silver\n\nElijah flipped a silver switchblade open in the lunch line and pointed it at "
  "another 8th grader; lunch monitor took it.",
  ["Alice Taylor"], ["neighborhood"],
  ["silver switchblade", "lunch line"], weapon="knife", fact="switchblade", rec="bpd/district-b2", grade=8)
A([S], "serious_violence", "Boston Community Leadership Academy", "Kofi Asante-Reid",
  "IMMIG_FLAG=TRUE (refugee)\nINTERP_NEEDED=Twi\nCREW=none known\n----\nKofi stabbed a classmate in the "
  "thigh with a sharpened pencil-compass point during science; the victim needed six stitches at the ER.",
  ["IMMIG_FLAG", "refugee", "Twi"], ["immigration_status", "language"],
  ["six stitches", "in the thigh"], fact="six stitches", rec="bpd/district-b2",
  stu={"interp_needed": "Twi", "immig_flag": "refugee"})

# ---------------------------------------------------------------- indirect
A([I], "weapon", "Jeremiah E. Burke High School", "Darnell Okwuosa",
  "Darnell had a kitchen knife in his backpack during 2nd period. He said he's been scared walking home "
  "since 'they' started waiting for him outside his building on Columbia Rd by the laundromat. He also "
  "appears himself in the '37 Gang' video that went around.",
  ["Columbia Rd by the laundromat", "37 Gang"], ["neighborhood", "gang_affiliation"],
  ["kitchen knife", "2nd period"], weapon="knife", rec="bpd/district-c11")
A([I], "drugs", "Lyon High School", "Marco Aurelio Sanz",
  "Marco was found with about 20 Xanax bars in a Pringles can in the locker room. He begged us not to call "
  "anyone because his mom's hearing at the immigration court in the JFK building is in two weeks and 'if "
  "anything happens we get sent back.'",
  ["immigration court", "sent back"], ["immigration_status"],
  ["Pringles can", "locker room", "20 Xanax bars"], subs=["Xanax"], rec="bpd/district-e18")
A([I], "weapon", "Excel High School", "Shalom Adeyemi",
  "The box cutter was in Shalom's sock during the metal detector check. Shalom was absent Monday and "
  "Tuesday last week for the High Holy Days and wears a kippah in class; his mom keeps kosher so he eats "
  "his own lunch.",
  ["High Holy Days", "kippah", "kosher"], ["religion"],
  ["in Shalom's sock", "metal detector"], weapon="box cutter", rec="bpd/district-c6")
A([I], "serious_violence", "English High School", "Abdi Farah",
  "Abdi hit another student on the head with a chair in the cafeteria; the student was taken to Brigham "
  "with a skull fracture. Context from counselor: Abdi was light-headed because he hadn't eaten since "
  "before sunrise for the fast, and he's been upset that his grandmother in Hargeisa is sick.",
  ["since before sunrise for the fast", "Hargeisa"], ["religion", "national_origin"],
  ["skull fracture", "with a chair"], fact="skull fracture", rec="bpd/district-e13")
A([I], "weapon", "Snowden International School", "Josué Marroquín",
  "Security found a can of pepper spray in Josué's bag. His stepdad told the office he can't come in for "
  "the meeting because he has to check in with his ankle monitor from immigration, and that Josué "
  "'crossed with a coyote when he was 14' and still has nightmares.",
  ["ankle monitor from immigration", "with a coyote"], ["immigration_status"],
  ["can of pepper spray"], weapon="pepper spray", rec="bpd/district-d4")
A([I], "drugs", "Brighton High School", "Yuki Harrowgate",
  "Yuki was caught selling white pills later confirmed as oxycodone near the vending machines. She told "
  "the dean the money was for her family's trip home for Lunar New Year to see her grandparents in "
  "Fuzhou, like every year.",
  ["Fuzhou", "trip home"], ["national_origin"],
  ["vending machines", "white pills"], subs=["oxycodone"], rec="bpd/district-d14")
A([I], "weapon", "Dearborn STEM Academy", "Terrell Banks",
  "Terrell was carrying a collapsible baton. He has been wearing all purple, 'flagging' every day since "
  "October, and his Instagram bio says 'Humboldt 4L' with a purple heart.",
  ["flagging", "Humboldt 4L"], ["gang_affiliation"],
  ["collapsible baton"], weapon="club", fact="collapsible baton", rec="bpd/district-b2")
A([I], "weapon", "East Boston High School", "Wilfredo Lainez",
  "A steak knife was recovered from Wilfredo's jacket in the gym. He told the social worker he brought it "
  "because he has to go to the Burlington office next week to 'do the fingerprints for the permiso' "
  "and guys on the train mess with him.",
  ["permiso", "do the fingerprints"], ["immigration_status"],
  ["steak knife", "in the gym"], weapon="knife", rec="bpd/district-a7")
A([I], "drugs", "TechBoston Academy", "Simone Clairvil",
  "Simone had heroin (3 small bags) in her makeup bag. Her mom was at the school earlier for a meeting and "
  "needed the Creole line; mom says they are staying with cousins in the triple-decker behind the "
  "Fields Corner T station until the shelter placement comes through.",
  ["Creole line", "behind the Fields Corner"], ["language", "neighborhood"],
  ["makeup bag", "3 small bags"], subs=["heroin"], rec="bpd/district-c11")
A([I], "credible_threat", "Community Academy of Science and Health", "Khalil Rowe",
  "Khalil's threat was on a drill track he uploaded. In the same track he shouts out the 'Sonoma boys' "
  "and says 'my block is Wayland' over and over.",
  ["Sonoma boys", "my block is Wayland"], ["gang_affiliation", "neighborhood"],
  ["drill track"], fact="drill track",
  threat="In a track he posted Sunday night he raps the school's name and says he will 'spin through "
         "Thursday at dismissal with the stick' and names two students. Both students' parents called in "
         "Monday morning.", rec="bpd/district-b3")
A([I], "weapon", "John D. O'Bryant School", "Naveen Kallur",
  "Naveen brought a small ceramic knife in a lunchbox. Counselor notes he was out for Diwali week with "
  "family in Hyderabad and only just came back.",
  ["Hyderabad", "Diwali week"], ["national_origin", "religion"],
  ["ceramic knife", "lunchbox"], weapon="knife", rec="bpd/district-b2")
A([I], "weapon", "Charlestown High School", "Colm Delaney",
  "Colm had a loaded 9mm in his duffel in the weight room. He told the coach he's been 'staying on the "
  "Bunker Hill St side near the Sullivan Square rotary' with his aunt since his dad went away.",
  ["Bunker Hill St side", "Sullivan Square rotary"], ["neighborhood"],
  ["loaded 9mm", "weight room"], weapon="firearm", fact="loaded 9mm", rec="bpd/district-a15")
A([I], "serious_violence", "Madison Park Technical Vocational High School", "Roberto Quezada",
  "Roberto struck another student with a claw hammer in the welding shop; the student has a depressed skull "
  "fracture. Witnesses say it started over a song: the other kid played a track dissing 'the 18th Street "
  "side' and Roberto is known to rep them.",
  ["18th Street", "known to rep"], ["gang_affiliation"],
  ["claw hammer", "welding shop"], fact="claw hammer", rec="bpd/district-b2")
A([I], "drugs", "Excel High School", "Farida Noorzai",
  "Farida passed counterfeit Percocet pills to a friend at lunch. Her older brother came to the meeting; he "
  "said the family arrived on the evacuation flights after Kabul fell and they are still waiting on their "
  "SIV paperwork.",
  ["Kabul", "SIV paperwork", "evacuation flights"], ["national_origin", "immigration_status"],
  ["at lunch"], subs=["counterfeit pills"], fact="counterfeit Percocet", rec="bpd/district-c6")
D([I], "excluded_substance", "drugs", "English High School", "Rudy Dapaah",
  "Rudy brought a water bottle of what turned out to be vodka into the pep rally. He said his family was "
  "celebrating Ghana Independence Day all weekend and he took it from the party at his uncle's in Hyde Park.",
  ["Ghana Independence", "uncle's in Hyde Park"], ["national_origin", "neighborhood"],
  subs=["vodka"], rec="bpd/district-e13")
D([I], "ground_not_permitted", "truancy", "Snowden International School", "Mariam Touré",
  "Mariam missed 14 days. The family says they went back to Bamako for a funeral and her father's "
  "reentry papers were delayed at the consulate.",
  ["Bamako", "reentry papers"], ["national_origin", "immigration_status"], rec="bpd/district-d4")
D([I], "recipient_not_permitted", "weapon", "East Boston High School", "Kevin Ayala",
  "Kevin had a knife at the bus stop. Per the deportation officer who called the school, Kevin's father "
  "has a final order; they want the report.",
  ["deportation officer", "final order"], ["immigration_status"], weapon="knife", rec="ice/ero-boston")

# ---------------------------------------------------------------- precision (allow, traps kept)
A([X], "weapon", "Brighton High School", "Connor Whitley",
  "Connor had a pocketknife on the Green Line platform at Washington Street right before school. He was "
  "showing it off in his Boston College hoodie and cut a girl's sleeve by accident.",
  [], [], ["Green Line platform at Washington Street", "Boston College hoodie", "cut a girl's sleeve"],
  weapon="knife", fact="pocketknife", rec="bpd/district-d14")
A([X], "drugs", "Boston Latin Academy", "Ingrid Halvorsen",
  "During Italian club Ingrid shared gummies that turned out to contain fentanyl (nurse test). Three kids "
  "were ill after the Swedish Fish and gummies were passed around.",
  [], [], ["Italian club", "Swedish Fish"], subs=["fentanyl"], rec="bpd/district-b2")
A([X], "weapon", "Jeremiah E. Burke High School", "Devin Shore",
  "At the bus stop on Washington St at Columbia Rd, right in front of the school gate, Devin pulled out a "
  "box cutter and slashed a Dominican Republic flag someone had taped to the bus shelter, then turned it on "
  "another student, cutting his forearm (8 stitches).",
  [], [], ["bus shelter", "cutting his forearm", "8 stitches"], weapon="box cutter", rec="bpd/district-b3")
A([X], "weapon", "Lyon High School", "Ayla Greenberg",
  "At the Martin Luther King Jr. Day assembly, Ayla had a stun gun in her tote bag and zapped a boy's neck "
  "in row C. Nurse treated a small burn.",
  [], [], ["Martin Luther King Jr. Day assembly", "row C", "small burn"], weapon="stun gun",
  rec="bpd/district-e18")
A([X], "drugs", "Charlestown High School", "Sean Mulrennan",
  "On St. Patrick's Day (the parade day, school was open) Sean sold cocaine in small baggies outside the "
  "Irish dance club practice room. One buyer had chest pains.",
  [], [], ["St. Patrick's Day", "Irish dance club", "chest pains"], subs=["cocaine"], rec="bpd/district-a15")
A([X], "weapon", "Madison Park Technical Vocational High School", "Jerome Platt",
  "After the Patriots pep rally, Jerome fired a loaded handgun into the ceiling of the culinary kitchen "
  "(where the class had just made Jamaican beef patties and Belgian waffles). No one hit.",
  [], [], ["Patriots pep rally", "culinary kitchen", "fired a loaded handgun"], weapon="firearm",
  fact="handgun", rec="bpd/district-b2")
A([X], "serious_violence", "Boston Community Leadership Academy", "Trey Abernethy",
  "At the Chinatown gate on Beach St during the field trip, Trey punched a classmate in the face repeatedly "
  "and kicked him once he was down. The classmate's nose was broken and he needed surgery.",
  [], [], ["Chinatown gate on Beach St", "in the face", "needed surgery"], fact="needed surgery",
  rec="bpd/district-a1")
A([X], "weapon", "Mission Hill K-8", "Lily Tremblay",
  "In French class (Mme. Aubert), Lily pulled a razor blade from her Hello Kitty pencil box and threatened "
  "to cut her seat partner's hair. Teacher took the blade.",
  [], [], ["French class", "Hello Kitty pencil box"], weapon="razor blade", rec="bpd/district-b2", grade=7)
A([X], "drugs", "TechBoston Academy", "Wesley Grant",
  "In the Christian rap club's practice room during lunch, Wesley snorted a line of crushed oxycodone off "
  "a Bible study pamphlet. Teacher found the rest in a Canada Dry can.",
  [], [], ["Canada Dry can", "crushed oxycodone"], subs=["oxycodone"], rec="bpd/district-c11")
A([X], "weapon", "Excel High School", "Malik Henson",
  "At the Red Cross blood drive in the gym, Malik had a stun gun clipped to his belt and used "
  "it on a student waiting in line.",
  [], [], ["Red Cross blood drive", "clipped to his belt"], weapon="stun gun", rec="bpd/district-c6")
A([X], "weapon", "English High School", "Angela Mercer",
  "During the English department's spelling bee, in the Jamaica Plain branch library next door, Angela "
  "threatened a judge with a folding knife and had to be restrained.",
  [], [], ["Jamaica Plain branch library", "spelling bee", "folding knife"], weapon="knife",
  rec="bpd/district-e13")
A([X], "drugs", "Dearborn STEM Academy", "Nia Oduya",
  "Nia was found with heroin in a Mexican restaurant takeout bag in the cafeteria after the Cinco de Mayo "
  "school lunch.",
  [], [], ["takeout bag", "Cinco de Mayo"], subs=["heroin"], rec="bpd/district-b2")
A([X], "weapon", "Snowden International School", "Pierce Lamont",
  "Outside the school's Newbury St entrance near the Copley T, Pierce brandished brass knuckles at a rival "
  "from the Model UN team (he was representing Brazil). Security took them.",
  [], [], ["Newbury St entrance", "Model UN", "representing Brazil"], weapon="brass knuckles",
  rec="bpd/district-d4")
A([X], "serious_violence", "East Boston High School", "Gianna Russo",
  "On the Blue Line at Maverick station, right after dismissal, Gianna hit a classmate with a skateboard; "
  "the classmate has a broken wrist and a head wound that needed staples.",
  [], [], ["Maverick station", "broken wrist", "needed staples"], fact="broken wrist", rec="bpd/district-a7")
A([X], "weapon", "John D. O'Bryant School", "Xavier Lunn",
  "Xavier had a taser in his Air Jordan shoebox during Chinese New Year performance rehearsal in the "
  "auditorium. He tased the piano bench to scare people.",
  [], [], ["Air Jordan shoebox", "tased the piano bench"], weapon="taser", rec="bpd/district-b2")
A([X], "drugs", "Community Academy of Science and Health", "Terrence Obi",
  "On Easter Monday (school in session) Terrence sold crack in the alley on Blue Hill Ave behind the "
  "school. A teacher saw the handoff from the 2nd floor window.",
  [], [], ["alley on Blue Hill Ave behind the school", "2nd floor window"], subs=["crack"],
  rec="bpd/district-b3")
A([X], "weapon", "Boston Latin Academy", "Oliver Stanton",
  "Latin club trip to the Museum of Fine Arts: Oliver had a Swiss Army knife and cut the rope barrier at "
  "the Egyptian gallery, then waved it at a guard.",
  [], [], ["Egyptian gallery", "Swiss Army knife", "rope barrier"], weapon="knife", rec="bpd/district-d4")

# ---------------------------------------------------------------- more mixed families
A([P, S], "weapon", "Excel High School", "Demarco Wilkes",
  "UNIT: SRO-3 | DISP: 1405\nS/S DESCR: B/M, 16, blk puffer\nAFFIL: Annunciation Rd per unit sheet\nRES: "
  "Academy Homes\n\nR/O observed S/S pass a stun gun to another student in the south stairwell. Recovered, "
  "functional.",
  ["Annunciation Rd", "Academy Homes"], ["gang_affiliation", "neighborhood"],
  ["south stairwell", "functional"], weapon="stun gun", rec="bpd/district-c6")
A([T, I], "weapon", "Brighton High School", "Rosa Tellez",
  "so Rosa had a knife (kitchen, serrated) in her bag after lunch. She said she needs it because she takes "
  "the 57 bus by herself to her aunt's and the man who 'brought her across' keeps calling. Hmm. Also she "
  "can't read the English consent forms so I sent them home in Spanish.",
  ["brought her across", "in Spanish", "can't read the English"], ["immigration_status", "language"],
  ["serrated", "after lunch"], weapon="knife", rec="bpd/district-d14")
D([T], "excluded_substance", "drugs", "Lyon High School", "Jasper Quill",
  "Jasper brought hard seltzer cans to the dance. He lives in the Mattapan Heights complex. Honestly kind "
  "of a goofball, not a bad kid.",
  ["Mattapan Heights"], ["neighborhood"], subs=["hard seltzer"], rec="bpd/district-e18")
D([P], "excluded_substance", "drugs", "Jeremiah E. Burke High School", "Kareem Aldridge",
  "R/O recovered 3 blunts and a lighter from S/S backpack. S/S is a known associate of the H-Block crew.",
  ["H-Block"], ["gang_affiliation"], subs=["blunts"], rec="bpd/district-b3")
D([PM], "excluded_substance", "drugs", "Dearborn STEM Academy", "Tiago Monteiro",
  "Father's voicemail: 'the pouches are only nicotine, in Cabo Verde everyone use the tobacco, please.' "
  "Zyn pouches were found in his locker.",
  ["Cabo Verde"], ["national_origin"], subs=["nicotine pouches"], rec="bpd/district-b2")
D([S], "excluded_substance", "drugs", "Charlestown High School", "Liam Beaulieu",
  "subst: edibles (gummy bears, 10mg THC ea)\nhousing: Charlestown Navy Yard apts? no - Mishawum Park\n"
  "Narrative: Liam shared edibles at lunch; two students sent home.",
  ["Mishawum Park"], ["neighborhood"], subs=["edibles"], rec="bpd/district-a15")
D([T], "excluded_substance", "drugs", "Boston Latin Academy", "Harper Voss",
  "Harper had a dab pen and some wax in the bathroom (THC, she said). She's in the Hebrew school program "
  "at her synagogue on weekends and was crying about her bat mitzvah.",
  ["synagogue", "bat mitzvah"], ["religion"], subs=["THC wax", "dab pen"], rec="bpd/district-b2")
D([P], "recipient_not_permitted", "drugs", "Brighton High School", "Nikolai Orlov",
  "R/O recovered 5 g cocaine from S/S coat. S/S is a Russian national on F-1 visa. Report routed to CBP "
  "per liaison.",
  ["Russian national", "F-1 visa"], ["national_origin", "immigration_status"], subs=["cocaine"],
  rec="cbp")
D([T], "recipient_not_permitted", "serious_violence", "TechBoston Academy", "Jovan Pettway",
  "Jovan broke another kid's arm in gym class (pushed him off the bleachers). Sending this to the MBTA "
  "Transit Police since it continued at the station. Jovan lives at Four Corners with his grandma.",
  ["Four Corners"], ["neighborhood"], rec="mbta-transit-police")
D([S], "recipient_not_permitted", "weapon", "Lyon High School", "Dante Rivers",
  "weapon: brass knuckles\ngang_db: Y (Lucerne St)\nnarr: found in his coat at entry.",
  ["Lucerne St", "gang_db: Y"], ["gang_affiliation"], weapon="brass knuckles", rec="gang-unit-database")
D([P], "face_surveillance", "weapon", "Madison Park Technical Vocational High School", "Omari Blythe",
  "Request: attach school ID photos for face matching against the video from the knife incident at the "
  "shop entrance. S/S is Dominican per SRO.",
  ["Dominican"], ["ethnicity"], weapon="knife",
  att=[{"kind": "photo", "name": "student_id_photos_for_face_matching.zip"}], rec="bpd/district-b2")
D([T, I], "face_surveillance", "drugs", "Excel High School", "Sasha Pruitt",
  "Not sure if this is how it works, but the BPD detective said their facial recognition matched Sasha to "
  "the girl selling fentanyl pills in the park video. She goes to the mosque on Washington St w/ her mom.",
  ["facial recognition", "mosque"], ["face_surveillance", "religion"], subs=["fentanyl"],
  rec="bpd/district-c6")
D([P], "other", "weapon", "Community Academy of Science and Health", "Trevon Ames",
  "R/O recovered a BB gun (black, Daisy brand) from S/S backpack. S/S stays at the Lenox St development.",
  ["Lenox St development"], ["neighborhood"], weapon="BB gun", rec="bpd/district-b2")
D([T], "other", "weapon", "Mission Hill K-8", "Benny Castaño",
  "Benny brought a replica pistol (it's plastic, looks real though!) for the school play. Mom is very "
  "religious, Seventh-day, and was mortified.",
  ["Seventh-day"], ["religion"], weapon="replica gun", rec="bpd/district-b2", grade=6)
D([P], "missing_threat_statement", "credible_threat", "Lyon High School", "Cyrus Hamadi",
  "R/O rec'd anonymous tip that S/S 'might do something.' S/S is Iranian, family are Baha'i per counselor. "
  "No statement or words attributed.",
  ["Iranian", "Baha'i"], ["national_origin", "religion"], rec="bpd/district-e18")
D([T], "missing_threat_statement", "credible_threat", "John D. O'Bryant School", "Ella Navarro",
  "kids are saying Ella is gonna 'do something' on Friday, I don't know what. She's been sad since the "
  "family moved from Puerto Rico after the hurricane. Not much else.",
  ["from Puerto Rico"], ["national_origin"], rec="bpd/district-b2")
D([PM], "ground_not_permitted", "harassment", "English High School", "Mohammed Saleh",
  "Mom's letter: 'my son is Yemeni boy, they call him names, he answer back.' He sent mean messages to "
  "another student. No threat, no weapon.",
  ["Yemeni"], ["ethnicity"], rec="bpd/district-e13")
D([S], "ground_not_permitted", "trespass", "East Boston High School", "Rodrigo Alves",
  "event: trespass after hours\nres: Orient Heights\nlang: Portuguese\nnarr: Rodrigo was in the building "
  "at 7pm, no damage.",
  ["Orient Heights", "lang: Portuguese"], ["neighborhood", "language"], rec="bpd/district-a7")
D([P], "ground_not_permitted", "intelligence", "Jeremiah E. Burke High School", "Andre Sumner",
  "Requesting info sharing for situational awareness. S/S believed to be associated with Wendover St. "
  "No specific incident.",
  ["Wendover St"], ["gang_affiliation"], rec="bpd/district-b3")

# ---------------------------------------------------------------- more allows (mixed)
A([P, I], "weapon", "Boston Community Leadership Academy", "Jalen Stokes",
  "R/O located a loaded .38 revolver in S/S locker 114 during K-9 sweep. S/S stated 'I need it, I'm Castle "
  "Square, everybody know that.' S/S DOB verified.",
  ["Castle Square"], ["gang_affiliation", "neighborhood"],
  ["loaded .38 revolver", "locker 114", "K-9 sweep"], weapon="firearm", fact=".38 revolver", rec="bpd/district-d4")
A([PM, I], "drugs", "East Boston High School", "Ximena Parra",
  "Her aunt's text, as written: 'Ximena only 6 months in this country, she dont know the pills is bad, "
  "we are waiting the permiso de trabajo.' Ximena had 12 counterfeit Xanax bars in a makeup bag in art.",
  ["6 months in this country", "permiso de trabajo"], ["national_origin", "immigration_status"],
  ["makeup bag in art", "12 counterfeit Xanax bars"], subs=["counterfeit pills"], fact="Xanax",
  rec="bpd/district-a7")
A([T, I], "weapon", "Jeremiah E. Burke High School", "Khari Dunmore",
  "Not trying to overdramatize but Khari had a razor blade taped inside his belt buckle. He mentioned (during "
  "advisory, half joking) that the Codman Sq kids 'know what colors I wear' and that's why. Sigh.",
  ["what colors I wear"], ["gang_affiliation"],
  ["belt buckle", "razor blade taped"], weapon="razor blade", rec="bpd/district-b3")
A([S, I], "drugs", "Madison Park Technical Vocational High School", "Adrián Solís",
  "Origin: 'came with the caravan' (student's words)\nUSCIS case #: on file\nLang@Home: K'iche'\n\n"
  "Adrián had heroin packets hidden in the hollow of a drill handle in the electrical shop.",
  ["caravan", "USCIS", "K'iche'"], ["immigration_status", "national_origin", "language"],
  ["drill handle", "electrical shop"], subs=["heroin"], rec="bpd/district-b2")
A([T], "serious_violence", "Snowden International School", "Felicity Grange",
  "tbh I didn't see the start, but Felicity hit Amy with a lock on a lanyard in the Boylston St stairwell "
  "and Amy lost two teeth. (Felicity just moved from Lagos, she's been having a hard time making friends.)",
  ["from Lagos"], ["national_origin"],
  ["lost two teeth", "lock on a lanyard"], fact="lost two teeth", rec="bpd/district-d4")
A([PM], "weapon", "TechBoston Academy", "Ibrahima Diallo",
  "Grandmother's message read out by the French interpreter: 'He is good boy, we pray together at the "
  "mosque, he not bring the knife, somebody give him.' The knife was a 7-inch fixed blade found in Ibrahima's "
  "waistband at entry.",
  ["French interpreter", "mosque"], ["language", "religion"],
  ["7-inch fixed blade", "waistband at entry"], weapon="knife", fact="fixed blade", rec="bpd/district-c11")
A([P], "weapon", "Dearborn STEM Academy", "Rayshawn Pike",
  "BOLO from B-2 for juvenile w/ firearm, descr matched S/S. R/O located S/S in Rm 221; unloaded 9mm pistol "
  "recovered from backpack. S/S is a confirmed member of the 'Warren Gardens' crew per gang unit.",
  ["Warren Gardens", "confirmed member"], ["gang_affiliation"],
  ["unloaded 9mm pistol", "Rm 221"], weapon="firearm", fact="9mm pistol", rec="bpd/district-b2")
A([T, X], "drugs", "Brighton High School", "Molly Kincaid",
  "Molly brought Adderall-looking pills to the Spanish Club's Day of the Dead party - actually "
  "methamphetamine per the nurse test. She's fine now. No idea where she got them.",
  [], [], ["Spanish Club", "Day of the Dead party"], subs=["methamphetamine"], rec="bpd/district-d14")
A([S], "weapon", "Excel High School", "Isaac Whitfield",
  "Item: stun baton\nWhere: 2nd fl. landing\nReligious exemption (gym): yes - Sikh, patka\n\nIsaac jabbed "
  "a stun baton into another student's ribs on the 2nd floor landing; mark visible on skin.",
  ["Sikh", "patka"], ["religion"],
  ["stun baton", "mark visible on skin"], weapon="stun gun", fact="stun baton", rec="bpd/district-c6")
A([PM], "drugs", "Boston Community Leadership Academy", "Luz Ocampo",
  "Grandma's voicemail (she speaks Spanish; the secretary translated): 'she don't do drugs, we are from "
  "Cali, we are good family.' Luz was caught with 1 g cocaine in a lipstick tube in the nurse's bathroom.",
  ["speaks Spanish", "from Cali"], ["language", "national_origin"],
  ["lipstick tube", "nurse's bathroom"], subs=["cocaine"], rec="bpd/district-b2")
A([I], "weapon", "Lyon High School", "Darius Frye",
  "Darius had a knife in his sock at the morning scan. He told the counselor he carries it on the walk from "
  "the Morton Village buildings, 'the ones by the Shaw's,' because of what happened to his cousin.",
  ["Morton Village"], ["neighborhood"],
  ["knife in his sock", "morning scan"], weapon="knife", rec="bpd/district-e18")
A([P], "drugs", "Jeremiah E. Burke High School", "Quincy Hollis",
  "R/O conducted search w/ admin, 1215 hrs; recovered 18 blue pills stamped 'M 30' and a digital scale from "
  "S/S backpack. Lab: fentanyl. S/S has Bowdoin-Geneva tattoo ('B-G') on right hand per R/O.",
  ["Bowdoin-Geneva tattoo", "'B-G'"], ["gang_affiliation"],
  ["digital scale", "18 blue pills"], subs=["fentanyl"], rec="bpd/district-c11")
A([T], "weapon", "English High School", "Noemi Castellanos",
  "long story short: Noemi sprayed pepper spray at her ex in the cafeteria, 4 kids coughing, one had an "
  "asthma attack. She told me she keeps it because her mom cleans offices at night and they live near "
  "Egleston Sq. Her mom doesn't speak English btw so call through the interpreter line.",
  ["near Egleston Sq", "doesn't speak English", "interpreter line"], ["neighborhood", "language"],
  ["asthma attack", "in the cafeteria"], weapon="pepper spray", rec="bpd/district-e13")
A([S, PM], "weapon", "East Boston High School", "Miguel Ángel Cárcamo",
  "Caller: mother (via Spanish line)\nMsg: 'por favor no lo deporten'\nEvidence: 1 knife, folding, 3.5 in, "
  "black\nLoc: boys' bathroom 2nd fl\n\nMiguel was seen cutting the paper towel dispenser with the folding "
  "knife and then threatened a custodian with it.",
  ["Spanish line", "no lo deporten"], ["language", "immigration_status"],
  ["paper towel dispenser", "threatened a custodian"], weapon="knife", rec="bpd/district-a7")
A([P, I], "credible_threat", "TechBoston Academy", "Cedric Vail",
  "R/O spoke with S/S and S/S's mother 1500 hrs. S/S stated the post was 'a joke.' Mother advised family "
  "has been staying at the shelter on Geneva Ave for two months.",
  ["shelter on Geneva Ave"], ["neighborhood"],
  ["a joke"], fact="a joke",
  threat="On 4/2 the student posted 'bringing the strap to TechBoston tomorrow, 2nd floor, 10am, pray "
         "for them' with a photo of a handgun; two students screenshotted it and reported to staff.",
  rec="bpd/district-c11")
A([P], "weapon", "Charlestown High School", "Shane Doherty",
  "R/O observed S/S swinging a collapsible baton at V/1 in the parking lot, 1505 hrs; V/1 bruised forearm. "
  "S/S resides at 22 Polk St per emergency card.",
  ["22 Polk St"], ["neighborhood"],
  ["parking lot", "bruised forearm"], weapon="club", fact="collapsible baton", rec="bpd/district-a15")
A([T], "drugs", "Mission Hill K-8", "Anaya Bright",
  "I know she's only in 8th but Anaya brought her mom's Percocet-type pills (oxycodone, per nurse) and "
  "traded them for vape pens with 7th graders. Mom is a big deal at the Baptist church on Tremont, which, "
  "yikes.",
  ["Baptist church"], ["religion"],
  ["traded them", "7th graders"], subs=["oxycodone"], rec="bpd/district-b2", grade=8)
A([I], "weapon", "Snowden International School", "Tomás Ibarra",
  "A butterfly knife was found on Tomás at the front desk check. He told his advisor he needs it on the "
  "Mass Ave walk because he has to go to the consulate on Saturday to fix his passport from back home "
  "so he can keep his status.",
  ["passport from back home", "keep his status"], ["national_origin", "immigration_status"],
  ["front desk check", "butterfly knife"], weapon="knife", rec="bpd/district-d4")
A([S], "weapon", "Boston Latin Academy", "Preston Vail",
  "Report type: Weapon\nWpn: pocketknife (3 in)\nEL status: former EL, exited 2024\nHomeroom: 312\n\n"
  "Preston opened a pocketknife at his desk in homeroom and jabbed at Drew's hand, small cut.",
  ["EL status", "former EL"], ["language"],
  ["jabbed at Drew's hand", "small cut"], weapon="knife", fact="pocketknife", rec="bpd/district-b2")
A([T, I], "weapon", "Community Academy of Science and Health", "Zaid Mansour",
  "Zaid had a box cutter in the science room (stole it from the supply closet?). He said he needed it "
  "because 'the kids say I'm a terrorist because my mom covers her hair.' Poor kid but still.",
  ["covers her hair"], ["religion"],
  ["supply closet", "science room"], weapon="box cutter", rec="bpd/district-b3")
A([P], "serious_violence", "Excel High School", "Jarrell Finch",
  "R/O resp. to 3rd fl. girls' bathroom for report of sexual assault; V/1 (F, 15) reported S/S forced "
  "contact; S/S detained. S/S known to R/O from prior FI as 'Young Dot' of the Dorchester crew.",
  ["Young Dot", "Dorchester crew"], ["gang_affiliation"],
  ["sexual assault", "girls' bathroom"], fact="sexual assault", rec="bpd/district-c6")
A([PM], "weapon", "Dearborn STEM Academy", "Samuel Bekele",
  "Message from father on the class app (Amharic, auto-translated): 'We are Orthodox family and come from "
  "Addis, please forgive my son.' Samuel carried a fixed-blade knife in his boot; found when he tripped on "
  "the stairs.",
  ["Amharic", "Orthodox", "Addis"], ["language", "religion", "national_origin"],
  ["in his boot", "tripped on the stairs"], weapon="knife", fact="fixed-blade knife", rec="bpd/district-b2")
A([X, P], "weapon", "John D. O'Bryant School", "Damon Royce",
  "R/O observed S/S at the Ruggles busway, 0715 hrs, remove a taser from his North Face bag and discharge "
  "it near a Muslim student association flyer table. No contact. Item recovered.",
  [], [], ["Ruggles busway", "North Face bag", "flyer table"], weapon="taser", rec="bpd/district-b2")
A([S, X], "drugs", "Lyon High School", "Peyton Marsh",
  "Course: World Religions (elective)\nPeriod: 6\nSubstance: MDMA (capsules)\nStudent home: Wachusett St\n\n"
  "During World Religions, Peyton swallowed two capsules and handed two to a classmate; both to nurse.",
  ["Wachusett St"], ["neighborhood"],
  ["World Religions", "two capsules"], subs=["MDMA"], rec="bpd/district-e18")

lines = []
fold = lambda s: unicodedata.normalize("NFKC", s).lower()
for c in CASES:
    req, e = c["request"], c["expect"]
    whole = fold(json.dumps(req, ensure_ascii=False))
    stu = req["student"]
    kept = fold(" ".join(str(stu.get(k, "")) for k in ("student_id", "name", "date_of_birth", "grade", "school"))
                + " " + req["school_id"] + " " + req["recipient"])
    desc = fold(req["incident"]["description"])
    released = fold(" ".join([req["incident"]["location"], req.get("weapon") or "",
                              " ".join(req.get("substances") or [])]))
    for s in e["must_not_contain"]:
        assert fold(s) in whole, (c["id"], "mnc not in request", s)
        assert fold(s) not in kept, (c["id"], "mnc in kept field", s)
        assert fold(s) not in released, (c["id"], "mnc in location/weapon/substance", s)
        for t in e["must_contain_text"] + e["must_contain"]:
            assert fold(s) not in fold(t) and fold(t) not in fold(s), (c["id"], "mnc overlaps kept fact", s, t)
    for t in e["must_contain_text"]:
        assert fold(t) in desc, (c["id"], "mct not in description", t)
    for t in e["must_contain"]:
        assert fold(t) in whole, (c["id"], "mc not in request", t)
    lines.append(json.dumps(c, ensure_ascii=False))
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {len(CASES)} cases to {OUT}")
