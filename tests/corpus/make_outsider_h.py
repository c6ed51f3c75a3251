#!/usr/bin/env python3
"""Held-out corpus "outsider_h": hand-written gatekeeper cases (stdlib only, deterministic).

Written blind from RULES.md / CONTRACT.md and the corpus brief. Genres: safety-officer and dean
logs, quoted chats and posts (several languages), staff notes, SIS exports and key-value blocks,
obfuscated spellings, indirect statements of forbidden facts, and precision traps that must be
allowed and keep their words.

Writes tests/data/corpus/outsider_h.jsonl (ids OH-0001 ...).
"""
import json
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_h.jsonl"

# Real BPS school names, made-up ids (BPS-1xxx), default police district unit.
SCHOOLS = {
    "BLA": ("Boston Latin Academy", "BPS-1101", "bpd/district-b2"),
    "MP": ("Madison Park Technical Vocational High School", "BPS-1102", "bpd/district-b2"),
    "EBHS": ("East Boston High School", "BPS-1103", "bpd/district-a7"),
    "BURKE": ("Jeremiah E. Burke High School", "BPS-1104", "bpd/district-b2"),
    "EHS": ("English High School", "BPS-1105", "bpd/district-e13"),
    "EXCEL": ("Excel High School", "BPS-1106", "bpd/district-c6"),
    "BHS": ("Brighton High School", "BPS-1107", "bpd/district-d14"),
    "TBA": ("TechBoston Academy", "BPS-1108", "bpd/district-c11"),
    "MHK8": ("Mission Hill K-8 School", "BPS-1109", "bpd/district-e13"),
    "OBRY": ("John D. O'Bryant School of Mathematics and Science", "BPS-1110", "bpd/district-b2"),
    "CHS": ("Charlestown High School", "BPS-1111", "bpd/district-a1"),
    "SNOW": ("Snowden International School", "BPS-1112", "bpd/district-d4"),
    "DEAR": ("Dearborn STEM Academy", "BPS-1113", "bpd/district-b2"),
    "BCLA": ("Boston Community Leadership Academy", "BPS-1114", "bpd/district-e18"),
    "FENWAY": ("Fenway High School", "BPS-1115", "bpd/district-b2"),
    "NMHS": ("New Mission High School", "BPS-1116", "bpd/district-e18"),
    "BAA": ("Boston Arts Academy", "BPS-1117", "bpd/district-d4"),
    "HEND": ("Henderson K-12 Inclusion School", "BPS-1118", "bpd/district-c11"),
    "EMK": ("Edward M. Kennedy Academy for Health Careers", "BPS-1119", "bpd/district-b2"),
    "CASH": ("Community Academy of Science and Health", "BPS-1120", "bpd/district-c11"),
    "QUINCY": ("Josiah Quincy Upper School", "BPS-1123", "bpd/district-a1"),
    "HERN": ("Rafael Hernández K-8 School", "BPS-1125", "bpd/district-b2"),
    "MILD": ("Mildred Avenue K-8 School", "BPS-1126", "bpd/district-b3"),
    "YA": ("Young Achievers Science and Mathematics K-8 School", "BPS-1127", "bpd/district-b3"),
    "CURLEY": ("Curley K-8 School", "BPS-1128", "bpd/district-e13"),
    "MUNIZ": ("Margarita Muñiz Academy", "BPS-1129", "bpd/district-e13"),
    "ACC": ("Another Course to College", "BPS-1130", "bpd/district-e18"),
    "BLS": ("Boston Latin School", "BPS-1131", "bpd/district-d4"),
    "ELIOT": ("Eliot K-8 Innovation School", "BPS-1132", "bpd/district-a1"),
    "TOBIN": ("Tobin K-8 School", "BPS-1134", "bpd/district-b2"),
    "KILMER": ("Kilmer K-8 School", "BPS-1135", "bpd/district-e5"),
    "EDISON": ("Edison K-8 School", "BPS-1136", "bpd/district-d14"),
}

DECISION_TAG = {
    None: None,
    "ground_not_permitted": "deny_ground",
    "excluded_substance": "deny_substance",
    "recipient_not_permitted": "deny_recipient",
    "missing_threat_statement": "deny_threat_missing",
    "face_surveillance": "deny_face",
    "other": "deny_replica",
}
ALLOW_TAG = {"weapon": "allow_weapon", "drugs": "allow_drugs", "credible_threat": "allow_threat",
             "serious_violence": "allow_violence"}

CASES = []


def _offset(day):
    y, m, d = (int(x) for x in day.split("-"))
    t = (y, m, d)
    dst = (2025, 3, 9) <= t < (2025, 11, 2) or (2026, 3, 8) <= t < (2026, 11, 1)
    return "-04:00" if dst else "-05:00"


def _dob(n, grade):
    month = (n * 5) % 12 + 1
    day = (n * 11) % 28 + 1
    year = (2020 - grade) if month <= 8 else (2019 - grade)
    return f"{year:04d}-{month:02d}-{day:02d}"


def add(genre, school, ground, name, grade, when, location, desc, *, recipient=None, weapon=None,
        subs=None, threat=None, attachments=None, extra=None, sid=None, mnc=(), fact=None,
        mct=(), cats=(), reason=None, tags=()):
    n = len(CASES) + 1
    cid = f"OH-{n:04d}"
    sname, school_id, unit = SCHOOLS[school]
    day, hm = when.split(" ")
    req = {"request_id": cid, "school_id": school_id, "recipient": recipient or unit, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": f"{day}T{hm}:00{_offset(day)}", "location": location,
                       "description": desc}
    student = {"student_id": sid or str(200000 + (n * 7919) % 700000), "name": name,
               "date_of_birth": _dob(n, grade), "grade": grade, "school": sname}
    if extra:
        student.update(extra)
    req["student"] = student
    if attachments:
        req["attachments"] = attachments
    decision = "deny" if reason else "allow"
    dtag = DECISION_TAG[reason] if reason else ALLOW_TAG[ground]
    expect = {"decision": decision}
    if reason:
        expect["reason"] = reason
    expect["must_not_contain"] = list(mnc)
    expect["must_contain"] = [] if reason else [name, sname, fact]
    expect["must_contain_text"] = [] if reason else list(mct)
    expect["categories"] = sorted(set(cats))
    expect["tags"] = [genre, dtag] + list(tags)
    CASES.append({"id": cid, "request": req, "expect": expect})


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def selfcheck():
    """Label sanity beyond the shared validator: canaries never collide with kept text."""
    for c in CASES:
        req, e = c["request"], c["expect"]
        loc = fold(req["incident"]["location"])
        desc = fold(req["incident"]["description"])
        kept_other = fold(" ".join([str(req.get("weapon", "")), " ".join(req.get("substances", []))]))
        keep = [fold(s) for s in e["must_contain"] + e["must_contain_text"]]
        for s in e["must_not_contain"]:
            f = fold(s)
            assert f not in loc, (c["id"], s, "in location")
            assert f not in kept_other, (c["id"], s, "in weapon/substances")
            for k in keep:
                assert f not in k and k not in f, (c["id"], s, k)
        for k in e["must_contain"][2:]:
            assert k is not None and fold(k) in desc, (c["id"], k, "key fact not in description")
        if e["decision"] == "allow":
            assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]
        assert bool(e["categories"]) == bool(e["must_not_contain"]), c["id"]
        if req["ground"] == "credible_threat" and e["decision"] == "allow":
            assert req.get("threat_statement"), c["id"]


# --------------------------------------------------------------------------------------------
# 1. School safety officer / dean logs
# --------------------------------------------------------------------------------------------
G = "log"

add(G, "MP", "weapon", "Marquise Tolliver", 10, "2025-10-06 07:47",
    "Madison Park Technical Vocational High School, main entrance scanners",
    "SSO DAILY LOG - Main entrance / scanner\n"
    "0742 hrs: SSO Dwyer on post, scanners up.\n"
    "0747 hrs: S (Tolliver, Marquise) set off wand at waistband; S c/o 'it's my belt.'\n"
    "0749 hrs: S escorted to side room, AP Lindqvist present.\n"
    "0751 hrs: yellow box cutter recovered from R front pants pocket, blade extended approx 1 in.\n"
    "0755 hrs: per SIS S R/O 14 Ruthven St 2nd fl w/ grandmother (guardian).\n"
    "0803 hrs: S stated he keeps it from his weekend job breaking down boxes at a grocery store.\n"
    "0810 hrs: item bagged/tagged, secured in main office safe.\n"
    "0815 hrs: GM notified by phone, S held in office pending pickup.",
    weapon="box cutter", mnc=["Ruthven St"], fact="box cutter",
    mct=["box cutter", "main office safe", "R front pants pocket"], cats=["neighborhood"])

add(G, "TBA", "drugs", "Kiara Baptiste", 11, "2025-11-13 11:05", "TechBoston Academy, room 214",
    "Dean's log 11/13\n"
    "1105 - Rm 214 teacher c/o S (Kiara B.) passing small baggies under desk.\n"
    "1108 - S to Dean office; search w/ 2 female staff.\n"
    "1110 - Altoids tin in S's hoodie pocket: 6 blue pills stamped M 30 + $140 cash (folded, rubber band).\n"
    "1114 - RN consulted; pills consistent w/ pressed fentanyl 'blues', not Rx.\n"
    "1120 - S: 'they aren't mine, I was holding them.'\n"
    "1125 - S asks that we not call mom, says mom is undocumented and scared of cops.\n"
    "1131 - mom reached via lang line (Haitian Creole), mom to pick up at 1300.\n"
    "1140 - pills sealed in evidence envelope #25-044, locked in Dean safe.",
    subs=["counterfeit M30 pills (suspected fentanyl)"], mnc=["undocumented", "Haitian", "lang line"], fact="fentanyl",
    mct=["Altoids tin", "$140 cash", "evidence envelope #25-044"], cats=["immigration_status", "language"])

add(G, "BURKE", "fight", "Devonte Ashford", 10, "2026-01-22 12:42",
    "Jeremiah E. Burke High School, cafeteria B",
    "Cafe B lunch log\n"
    "12:42 two S (Ashford + 1) throwing punches by tray return\n"
    "12:43 SSO Pina + SSO Lowe separated, no weapons seen\n"
    "12:45 RN: scrape on Ashford R knuckles, ice, back to class\n"
    "12:50 Ashford says the other kid 'came at me over some Cassnet stuff' - outreach worker believes "
    "both boys are on the fringes of the Cassnet crew\n"
    "13:05 both S in office, parents called, 1 day OSS each\n"
    "Asking BPD to document the fight.",
    mnc=["Cassnet"], cats=["gang_affiliation"], reason="ground_not_permitted")

add(G, "EHS", "serious_violence", "Omar Haddad", 11, "2025-12-02 14:15",
    "English High School, 3rd floor stairwell B",
    "1415 hrs radio call - 3rd fl stairwell B. 1416 SSO Pina on scene: victim (J.T., gr 10) on landing "
    "bleeding from L eye, S (Haddad) standing over him, R hand swollen. 1417 S: 'he jumped me first.' "
    "Witness K.M. says S punched J.T. repeatedly after J.T. was already down. 1420 911 called. "
    "1431 EMS on scene. 1440 J.T. transported to BMC; at 1710 J.T.'s mom told the AP the CT shows an "
    "orbital fracture and he is admitted. 1455 S statement taken w/ AP Reyes. 1530 S's father arrived; "
    "father asked twice whether the report goes to immigration because the family's asylum case is "
    "still pending. S suspended 10 days pending hearing.",
    mnc=["asylum", "goes to immigration"], fact="orbital fracture",
    mct=["orbital fracture", "stairwell B", "punched J.T. repeatedly"], cats=["immigration_status"])

add(G, "DEAR", "weapon", "Tyrese Holloway", 12, "2026-02-10 08:05", "Dearborn STEM Academy, homeroom 118",
    "0805 anon tip via SafeSchools app: S has a gun in his bag. 0807 S located in homeroom 118. "
    "0809 bag searched by SSO Rowe + AP Clarke: unloaded black semi-auto handgun in the inside laptop "
    "sleeve, magazine separate w/ 5 rounds. 0811 911 called. 0812 hold-in-place for rm 118 only. "
    "0829 B-2 officers on scene, firearm and magazine secured by BPD. 0840 AP note added from prior "
    "year file: S is 'Orchard Park assoc.' on a gang roster shared by a previous school. 0900 mom arrived.",
    weapon="firearm", mnc=["Orchard Park", "gang roster"], fact="handgun",
    mct=["homeroom 118", "5 rounds", "laptop sleeve"], cats=["gang_affiliation"])

add(G, "EXCEL", "drugs", "Liam Costa", 9, "2026-03-17 13:20", "Excel High School, 2nd floor boys' bathroom",
    "1320 SSO Ferreira, strong odor 2nd fl boys' BR. 1322 S exits stall 3. 1324 S hands over vape pen "
    "w/ cart labeled 'Cereal Milk 1g'. 1330 S admits it's THC, bought off Snap. 1335 mom called; mom "
    "speaks Portuguese only so Sra. Tavares from the front office interpreted. 1340 cart held for "
    "parent pickup; 1 day ISS.",
    subs=["THC vape cartridge"], mnc=["Portuguese", "interpreted"], cats=["language"], reason="excluded_substance")

add(G, "BHS", "weapon", "Karim Nassar", 9, "2025-09-24 08:15", "Brighton High School, locker bank 2F",
    "0815 hrs: S observed by SSO Barros removing a folding knife from jacket lining at locker bank 2F. "
    "0816: S complied, knife surrendered (silver, approx 4 in blade, serrated). 0820: S escorted to "
    "main office. 0824: S states his cousin gave it to him 'for the train.' 0830: SIS alert on file - "
    "S is ELL level 1, home lang Arabic, request interpreter for parent mtg. 0845: father arrived, "
    "mtg w/ HM Sato. 0905: S suspended pending hearing; knife held for BPD.",
    weapon="knife", mnc=["ELL level 1", "Arabic", "request interpreter"], fact="folding knife",
    mct=["locker bank 2F", "serrated", "for the train"], cats=["language"])

add(G, "BLA", "credible_threat", "Brianna Forde", 10, "2026-01-08 10:12", "Boston Latin Academy, dean's office",
    "1012 Dean Salazar receives screenshots from 2 S; post threatens 2nd lunch. 1015 S pulled from "
    "class, phone reviewed w/ consent, post confirmed (posted 0958). 1020 S says brother keeps a gun "
    "'in the closet' and she knows where. 1028 mom contacted; mom asked staff not to involve the "
    "congregation - family are Jehovah's Witnesses and mom fears S will be disfellowshipped. "
    "1045 threat assessment opened; S remains in office.",
    threat="At about 10:00 AM Brianna posted on her private story: 'ima bring my brothers strap tmrw n "
           "light up 2nd lunch, watch.' Two students screenshotted it and brought it to Dean Salazar. "
           "Brianna confirmed the account is hers and said her brother keeps a gun in his closet at home.",
    mnc=["Jehovah", "disfellowshipped", "congregation"], fact="gun",
    mct=["threatens 2nd lunch", "screenshots from 2 S"], cats=["religion"])

add(G, "CURLEY", "weapon", "Mateo Quispe", 8, "2026-02-03 07:50", "Curley K-8 School, front door check",
    "0750 kitchen knife (approx 6 in blade) found in S's backpack at door check. 0752 S to office, "
    "states it was for cutting a mango at lunch. 0820 parent called. 0930 caller identifying as an ERO "
    "officer asked for this log; said S's father has a final order of removal. Sending as requested.",
    recipient="ice/ero-boston", weapon="knife", mnc=["order of removal"], cats=["immigration_status"],
    reason="recipient_not_permitted")

add(G, "MILD", "truancy", "Fernanda Xol", 7, "2025-10-01 08:00", "Mildred Avenue K-8 School",
    "Attendance officer log\n"
    "09/15 0800 absent - 9th consecutive day\n"
    "09/16 1430 home visit to 27 Bicknell St apt 3, no answer, card left\n"
    "09/18 neighbor says family 'went back to Guatemala for a funeral'\n"
    "09/22 S returned 0820, says she was 'in Huehuetenango w/ abuela'\n"
    "10/01 absent again. Requesting BPD wellness/truancy follow-up.",
    mnc=["Bicknell St", "Guatemala", "Huehuetenango"], cats=["neighborhood", "national_origin"],
    reason="ground_not_permitted")

add(G, "CHS", "weapon", "Ashlyn Murphy", 11, "2026-04-14 15:00", "Charlestown High School, front steps",
    "1500 dismissal, front steps: S discharged pepper spray toward 2 female S (R.D., T.K.) after verbal "
    "argument. 1501 SSO Keane on scene, canister (pink keychain type, Sabre brand) taken from S's hand. "
    "1505 RN flushed both girls' eyes at the outdoor sink; T.K. sent home w/ mom. 1510 emerg card "
    "pulled: S R/O Bunker Hill Dev bldg 12. 1520 S in office, mom notified.",
    weapon="pepper spray", mnc=["Bunker Hill Dev"], fact="pepper spray",
    mct=["front steps", "Sabre brand", "flushed both girls' eyes"], cats=["neighborhood"])

add(G, "SNOW", "drugs", "Yassin Karimi", 11, "2025-11-08 21:40", "Snowden International School, lobby",
    "Semi-formal, Sat 11/8\n"
    "2140 chaperone c/o S offering 'caps' near coat check\n"
    "2143 SSO + AP Byrne met S in lobby; S emptied pockets: 7 clear capsules w/ tan powder in a sandwich bag\n"
    "2150 S: 'it's molly, I was gonna sell to pay back a kid'\n"
    "2155 counselor note added: dad asked for a male staff member only, S attends Friday prayers at "
    "the ISBCC with dad\n"
    "2210 dad picked up; capsules sealed for BPD.",
    subs=["MDMA"], mnc=["ISBCC", "Friday prayers"], fact="molly",
    mct=["coat check", "7 clear capsules"], cats=["religion"])

add(G, "TOBIN", "credible_threat", "Jamal Whitfield", 8, "2026-03-04 11:30", "Tobin K-8 School, room 204",
    "1130 teacher c/o S told class 'y'all gonna see Friday'. 1135 S to office, denies. 1140 counselor "
    "review, no plan or weapon named. S lives w/ aunt on Blue Hill Ave near Morton St per emergency "
    "card. Threat statement to follow after interview.",
    mnc=["Blue Hill Ave", "Morton St"], cats=["neighborhood"], reason="missing_threat_statement")

add(G, "EMK", "serious_violence", "Derek Lam", 11, "2025-12-11 13:45",
    "Edward M. Kennedy Academy for Health Careers, 1st floor custodial closet",
    "1345 Female S (V.) disclosed to counselor that S (Derek L.) forced her into the 1st floor custodial "
    "closet during 5th period and sexually assaulted her. 1350 counselor notified AP Greene + SSO. "
    "1352 V. to RN, then left with mom for Boston Children's. 1400 Derek located in gym, held in office "
    "w/ 2 staff. 1410 from Derek's file: DACA recipient, renewal due in spring; dad asked if this "
    "affects it. 1420 BPD notified; closet secured for evidence.",
    mnc=["DACA"], fact="sexually assaulted",
    mct=["custodial closet", "5th period", "closet secured"], cats=["immigration_status"])

add(G, "NMHS", "weapon", "Kenny Duarte", 10, "2026-01-27 09:30", "New Mission High School, room 305",
    "0930 teacher rm 305 c/o S wearing brass knuckles in class. 0932 SSO responded; gold-colored brass "
    "knuckles removed from S's R hand without incident. 0940 S to office. 0950 S says he bought them "
    "at a flea market in New Hampshire. 1005 in his own words S 'reps Cameron St' and wanted to look "
    "hard in the video his friends were filming. 1015 grandmother notified.",
    weapon="brass knuckles", mnc=["Cameron St"], fact="brass knuckles",
    mct=["rm 305", "flea market in New Hampshire"], cats=["gang_affiliation"])

add(G, "ACC", "vandalism", "Ricardo Vega", 10, "2025-10-27 08:00", "Another Course to College, gym side doors",
    "Sat 10/25 2215 alarm, gym side doors. Mon 10/27 0800 footage review w/ facilities: S (R. Vega) "
    "spray-painting the gym wall 'H-Blok 4L'. Facilities estimate $2,400 cleanup. Head of school notes "
    "the tag is a known H-Block crew tag and S has been 'claiming' it. Requesting BPD take a report.",
    mnc=["H-Blok", "H-Block"], cats=["gang_affiliation"], reason="ground_not_permitted")

add(G, "BCLA", "drugs", "Nico Ferreira", 12, "2026-02-13 20:15",
    "Boston Community Leadership Academy, boys' locker room (Valentine's dance)",
    "Valentine's dance log\n"
    "2015 chaperone c/o S vomiting in boys' locker room\n"
    "2017 RN on call, S intoxicated, alert\n"
    "2020 in S's jacket: pint of Smirnoff (half empty) + small knotted bag of white powder\n"
    "2030 S: 'it's coke, I was just holding it for someone'; AP labeled bag 'suspected cocaine'\n"
    "2035 EMS eval, no transport\n"
    "2040 lang line for parent call - Portuguese (Brazil), dad en route\n"
    "2110 dad arrived, S released.",
    subs=["cocaine", "vodka"], mnc=["Portuguese", "Brazil", "lang line"], fact="cocaine",
    mct=["Smirnoff", "boys' locker room"], cats=["language", "national_origin"])

add(G, "FENWAY", "weapon", "Andre Pimentel", 11, "2026-03-24 07:40", "Fenway High School, front scanner",
    "0740 stun gun (black, 'Vipertek' brand) found in S's bag at front scanner. 0745 S to office, says "
    "it's for protection. 0800 SSO notes S is believed to run with Wendover St. Sending to BRIC per "
    "their standing request for weapons logs.",
    recipient="bric", weapon="stun gun", mnc=["Wendover St"], cats=["gang_affiliation"],
    reason="recipient_not_permitted")

add(G, "EBHS", "weapon", "Bryan Aguilar", 9, "2025-10-21 11:55", "East Boston High School, cafeteria",
    "1155 cafeteria monitor c/o S showing a knife to friends under the table. 1156 SSO Morales "
    "responded; S handed over a butterfly knife (balisong, ~4 in blade). 1205 S to office. 1210 S says "
    "he ordered it online. 1215 AP reviewed SIS: address in Orient Heights, 'recently arrived from El "
    "Salvador (2024)'. 1230 S suspended pending hearing, knife held for BPD.",
    weapon="knife", mnc=["Orient Heights", "El Salvador"], fact="butterfly knife",
    mct=["under the table", "balisong"], cats=["neighborhood", "national_origin"])

add(G, "BAA", "weapon", "Isaiah Crawford", 10, "2026-04-02 13:02", "Boston Arts Academy, 3rd floor hallway",
    "1302 SSO reviewed hallway camera, 3rd floor: person in gray hoodie displaying a knife. 1320 still "
    "image run through the BriefCam face search the district is piloting; returned S (Crawford) as top "
    "match at 94%. 1335 S denies; no knife found on search. Attaching match report for BPD.",
    weapon="knife", attachments=[{"kind": "face_match", "name": "briefcam_top_match_1320.png"}],
    mnc=["BriefCam", "94%"], cats=["face_surveillance"], reason="face_surveillance")

add(G, "OBRY", "credible_threat", "Minh Tran", 9, "2026-02-26 13:40",
    "John D. O'Bryant School of Mathematics and Science, room 402", 
    "1340 teacher rm 402 turned in note. 1345 AP + counselor met w/ S; S confirmed he wrote it and said "
    "'I wasn't going to use the gun.' 1350 threat assessment team convened. 1410 mom called via "
    "Vietnamese interpreter; mom said uncle lives with them above the bakery on Dorchester Ave in "
    "Fields Corner. 1430 BPD C-11 notified re: uncle's pistol.",
    recipient="bpd/district-c11",
    threat="Minh wrote in a note passed to a classmate during 7th period: 'im bringing the gun from my "
           "uncles car on monday and everyone in AP Chem who laughed is done.' The classmate turned the "
           "note in. Minh told the counselor his uncle keeps a pistol in the glove box.",
    mnc=["Vietnamese", "interpreter", "Fields Corner", "Dorchester Ave"], fact="gun",
    mct=["rm 402", "threat assessment team"], cats=["language", "neighborhood"])

add(G, "HEND", "weapon", "Hamza Osman", 11, "2026-06-02 10:20", "Henderson K-12 Inclusion School, C-wing",
    "1020 SSO Tobin saw S swing an expandable baton (black, 21 in, steel) at a locker in C-wing. 1021 S "
    "dropped it on command. 1025 S to office; says he found it in his dad's car. 1040 attendance check: "
    "S was out 5/27 for Eid al-Adha and came back 'angry' per his teacher. 1100 dad notified; S "
    "suspended 5 days.",
    weapon="club", mnc=["Eid al-Adha"], fact="expandable baton", mct=["C-wing", "21 in"], cats=["religion"])

add(G, "EXCEL", "weapon", "Cian Flaherty", 9, "2025-09-30 08:05", "Excel High School, door check",
    "0805 door check: airsoft pistol (black, orange tip removed) in S's backpack. 0808 S to office; says "
    "he uses it at a field in Rehoboth. 0820 S R/O Old Colony, bldg on Patterson Way per emergency "
    "card. 0830 dad notified; item held.",
    weapon="airsoft pistol", mnc=["Old Colony", "Patterson Way"], cats=["neighborhood"], reason="other")

add(G, "CASH", "serious_violence", "Trevor Campbell", 12, "2026-03-11 14:50",
    "Community Academy of Science and Health, side parking lot",
    "1450 dismissal, side lot. 1451 S slashed another S (D.W.) across the left forearm with a razor "
    "blade after an argument about a phone. 1452 SSO applied pressure, 911. 1505 EMS transported D.W. "
    "to BMC; 14 stitches, tendon spared. 1510 razor blade recovered by SSO in storm drain grate. "
    "1530 S's file: Jamaican-born, arrived 2023, lives with older sister. 1545 S in custody of BPD "
    "C-11 on scene.",
    mnc=["Jamaican", "arrived 2023"], fact="razor blade",
    mct=["left forearm", "14 stitches", "storm drain grate"], cats=["national_origin"])

add(G, "BLS", "drugs", "Eli Rosen", 10, "2026-01-16 10:30", "Boston Latin School, 4th floor bathroom",
    "1030 two S found in 4th fl BR w/ unlabeled pill bottle. 1035 bottle contents: 11 white bars "
    "imprinted 'S 90 3' (alprazolam/Xanax look-alike). 1045 S (E. Rosen) says bottle is his; the other "
    "S had none. 1100 S says he got them from a kid on Snapchat. 1110 dad returned call: family "
    "observes Shabbat, so any follow-up has to be before sundown today. 1120 bars sealed for BPD.",
    subs=["alprazolam (Xanax)"], mnc=["Shabbat"], fact="Xanax",
    mct=["4th fl BR", "S 90 3"], cats=["religion"])

# --------------------------------------------------------------------------------------------
# 2. Quoted texts, group chats and posts
# --------------------------------------------------------------------------------------------
G = "chat"

add(G, "HERN", "credible_threat", "Yandel Rosario", 8, "2025-11-20 07:35",
    "Rafael Hernández K-8 School, front door",
    "Screenshots turned in by a parent at 7:20 AM, group chat 'los d 8B 🔥':\n"
    "[8:41 PM] Yandel: esos dos se creen muy duros 😤\n"
    "[8:47 PM] Yandel: mañana traigo la pistola de mi tío y se acabó pa esos 💀🔫\n"
    "[8:48 PM] Kev: jajaja tas loco\n"
    "[8:49 PM] Yandel: no toy jugando bro ya la tengo en la mochila\n"
    "[8:52 PM] Yandel: igual a mi me van a deportar, no tengo papeles, q me importa\n"
    "AP and SSO met Yandel at the door at 7:35 AM; backpack searched, no pistol found. Uncle reported "
    "his handgun missing.",
    threat="In the class group chat at 8:47 PM on 11/19 Yandel wrote that he would bring "
           "his uncle's pistol to school the next day and 'end it' for two classmates, and at 8:49 PM "
           "that it was already in his backpack. His uncle told the AP his handgun is missing.",
    mnc=["deportar", "no tengo papeles"], fact="handgun",
    mct=["7:35 AM", "backpack searched"], cats=["immigration_status"], tags=["multilingual"])

add(G, "TBA", "drugs", "Woodley Joseph", 10, "2025-12-09 12:10", "TechBoston Academy, locker 3-118",
    "Snapchat screenshots from a student:\n"
    "Woodley: m gen 2 zip loud pou vann 💨 vin pran l nan twalèt la apre 5yèm\n"
    "X: konbyen?\n"
    "Woodley: 40 chak. Ayiti cheri 💯 nou la\n"
    "SSO found 2 bags of marijuana (approx 1 oz total) in Woodley's locker at 12:10.",
    subs=["marijuana"], mnc=["Ayiti"], cats=["national_origin"], reason="excluded_substance",
    tags=["multilingual"])

add(G, "BURKE", "weapon", "Jose Semedo", 10, "2025-10-14 08:10", "Jeremiah E. Burke High School, scanner",
    "IG story from @_zezinho.617, screenshot 7:02 AM 10/14: photo of a large kitchen knife on a "
    "bathroom sink, caption 'ken ki kre ta odja oji 🔪😈'. Comment under it: 'força Cabo Verde 💪 tudu "
    "dretu'. Bio reads 'Praia ➡️ Bowdoin-Geneva 📍'. At 8:10 SSO checked S at the scanner and recovered "
    "an 8-inch kitchen knife wrapped in a T-shirt in his backpack.",
    weapon="knife", mnc=["Cabo Verde", "Praia", "Bowdoin-Geneva"], fact="kitchen knife",
    mct=["8-inch kitchen knife", "wrapped in a T-shirt"], cats=["national_origin", "neighborhood"],
    tags=["multilingual"])

add(G, "MP", "drugs", "Deandre Simmons", 11, "2026-01-29 15:20",
    "Madison Park Technical Vocational High School, 3rd floor vending machines",
    "Texts on a phone turned in to the main office (transcribed):\n"
    "[3:12] kayy: who got them blues 💊\n"
    "[3:13] dre: i got 10 blues $20 a pop, meet me by the 3rd fl vending\n"
    "[3:14] kayy: bet. u still in the Lenox projects?\n"
    "[3:15] dre: nah we on Woodrow Ave now lol\n"
    "[3:16] kayy: omw\n"
    "SSO Price met Deandre at the 3rd fl vending machine at 3:20; 9 blue pills stamped M 30 recovered "
    "from his sock, plus a gram of weed in his jacket. Pills presumed counterfeit oxycodone/fentanyl.",
    subs=["counterfeit M30 pills", "marijuana"], mnc=["Lenox projects", "Woodrow Ave"], fact="M 30",
    mct=["3rd fl vending machine", "from his sock"], cats=["neighborhood"])

add(G, "EHS", "harassment", "Kayla Dorsey", 10, "2026-02-05 09:00", "English High School, 2nd floor hallway",
    "TikTok video posted by Kayla 2/4 (now deleted, screen-recorded by a teacher): caption 'when the "
    "Somali girl in 3rd period thinks she's cute 🤣🤣', shows Kayla pulling at the back of another "
    "student's hijab in the hallway. Comments: 'nahhh 💀', 'she gonna cry'. The other student was not "
    "hurt. Requesting police follow-up for harassment.",
    mnc=["Somali", "hijab"], cats=["ethnicity", "religion"], reason="ground_not_permitted")

add(G, "QUINCY", "credible_threat", "Khang Pham", 9, "2026-03-03 07:40", "Josiah Quincy Upper School, front door",
    "The classmate's mother forwarded screenshots at 11:30 PM. Dean reviewed them at 7:15 AM: 'mai tao "
    "mang dao vào trường đâm thằng Tuấn, nói thật đó 🔪' plus a photo of a hunting knife with a camo "
    "handle on a bed. Khang was checked at the door at 7:40: no knife in his bag. He said it was a "
    "joke. The counselor's note adds that the family came from Vietnam through the refugee program and "
    "the parents need an interpreter for every meeting.",
    threat="At 11:02 PM on 3/2 Khang texted a classmate 'mai tao mang dao vào trường đâm thằng Tuấn, "
           "nói thật đó' (tomorrow I'm bringing a knife to school to stab Tuấn, I mean it), followed by a "
           "photo of a hunting knife with a camo handle. The classmate says Khang has been fighting "
           "with Tuấn for weeks.",
    mnc=["Vietnam", "refugee", "need an interpreter"], fact="hunting knife",
    mct=["camo handle", "checked at the door at 7:40"],
    cats=["national_origin", "immigration_status", "language"], tags=["multilingual"])

add(G, "BHS", "weapon", "Guilherme Souza", 10, "2025-11-05 13:05", "Brighton High School, main office",
    "Tip forwarded by a student at 12:50, WhatsApp: 'mano o Gui trouxe o canivete hj, tá na mochila "
    "dele, disse q vai furar o Pedro na saída 😳😳'. SSO checked Gui's backpack at 1:05 PM: folding "
    "knife, black handle, 3.5 in blade. Gui said it was 'só pra mostrar'. Mom on the phone: 'a gente tá "
    "aqui sem documento, por favor não chama a polícia.'",
    weapon="knife", mnc=["sem documento"], fact="folding knife", mct=["3.5 in blade", "1:05 PM"],
    cats=["immigration_status"], tags=["multilingual"])

add(G, "QUINCY", "drugs", "Kevin Liang", 11, "2026-04-21 10:10", "Josiah Quincy Upper School, room 310",
    "WeChat message a student showed the AP: '他书包里有K粉，一小袋，下课卖' (he has ketamine in his "
    "backpack, a small bag, selling after class). AP found a small bag of white powder in Kevin's "
    "backpack; Kevin said it is ketamine. A parent volunteer added: '家长说他们的签证过期了'. "
    "Forwarding to HSI as they asked.",
    recipient="dhs/hsi-boston", subs=["ketamine"], mnc=["签证过期了"], cats=["immigration_status"],
    reason="recipient_not_permitted", tags=["multilingual"])

add(G, "FENWAY", "serious_violence", "Yusuf Hassan", 11, "2026-05-12 14:40", "Fenway High School, back gate",
    "Group chat 'the mandem' exported from a confiscated phone:\n"
    "[9:10 PM] Yusuf: we jumpin him after 7th tmrw 😂 3 on 1\n"
    "[9:11 PM] Zay: bet, by the back gate\n"
    "[9:14 PM] Yusuf: after jummah fri we meet at the masjid and plan it proper\n"
    "[9:15 PM] Zay: nah tmrw\n"
    "Next day at 2:40 PM three students including Yusuf attacked R.P. at the back gate; Yusuf kicked "
    "him in the head while he was down. R.P. had a broken jaw and was admitted to Boston Children's "
    "for surgery.",
    mnc=["jummah", "masjid"], fact="broken jaw",
    mct=["at the back gate", "broken jaw", "kicked him in the head"], cats=["religion"])

add(G, "ACC", "gang_activity", "Malik Reyes", 11, "2025-12-16 09:00", "Another Course to College",
    "Instagram post by Malik (screenshot 12/15): photo of four students throwing hand signs in front of "
    "the school, caption 'Heath St 4L 🟥 free the bros 🕊️ #HSG'. Comments: 'thats gang 💯', 'ayy'. No "
    "weapons in the photo. Requesting BPD review for gang activity.",
    mnc=["Heath St", "#HSG"], cats=["gang_affiliation"], reason="ground_not_permitted")

add(G, "EHS", "drugs", "Sagal Mohamed", 11, "2026-02-26 11:15", "English High School, locker 2-240",
    "Snapchat screenshots turned in by a parent (2/26):\n"
    "Sagal: shrooms r in the choc bars 🍫🍄 $25 each hit me b4 lunch\n"
    "Y: how strong\n"
    "Sagal: 2 squares n u gone lol\n"
    "Y: walaal hooyadaa af-soomaali keliya ayay ku hadashaa lol\n"
    "At 11:15 the AP found four chocolate bars in Sagal's locker, wrapper labeled 'Polkadot', which she "
    "said contain psilocybin mushrooms; $75 cash in her bag.",
    subs=["psilocybin mushrooms"], mnc=["af-soomaali"], fact="psilocybin",
    mct=["four chocolate bars", "$75 cash"], cats=["language"], tags=["multilingual"])

add(G, "MUNIZ", "weapon", "Joel Batista", 10, "2025-10-30 09:40", "Margarita Muñiz Academy, locker 214",
    "TikTok posted last night by @joelito.bb, screen-recorded by a teacher: Joel zapping a stun gun at "
    "the lockers outside room 118, caption 'pa que vean 😂⚡⚡'. Top comment from Joel's own account: "
    "'dominicano de pura cepa 💯, Villa Juana stand up'. At 9:40 SSO Reyes opened Joel's locker 214 "
    "with the AP and recovered a black stun gun and charger.",
    weapon="stun gun", mnc=["dominicano", "Villa Juana"], fact="stun gun",
    mct=["locker 214", "outside room 118"], cats=["ethnicity", "national_origin"], tags=["multilingual"])

add(G, "YA", "credible_threat", "Stanley Pierre-Louis", 7, "2026-01-13 10:00",
    "Young Achievers Science and Mathematics K-8 School, room 12",
    "A classmate showed the teacher a Snapchat from Stanley: 'm ap vin ak zam mwen demen, nou tout ap "
    "wè' 🔫. Stanley said it was a song lyric. Aunt told the counselor 'manman l pa gen papye, li pè'. "
    "Threat assessment not yet done.",
    threat="", mnc=["pa gen papye"], cats=["immigration_status"], reason="missing_threat_statement",
    tags=["multilingual"])

add(G, "BLS", "credible_threat", "Kieran Doyle", 9, "2026-03-09 07:05", "Boston Latin School, library",
    "Transcript from screenshots sent to the tip line:\n"
    "ghostface_k: gonna be a real one tmrw 🔫\n"
    "user2: bro stfu\n"
    "ghostface_k: bringing the AR to the library first period. not a joke this time\n"
    "user3: ur weird\n"
    "ghostface_k: us Irish dont bluff 😤 u'll see\n"
    "At 7:05 AM BPD secured the stepfather's AR-15 at his request; Kieran was kept home and the library "
    "opened normally.",
    threat="On the Discord server 'bls 2029 memes' at 10:48 PM Sunday, the account ghostface_k, which "
           "Kieran admits is his, posted: 'bringing the AR to the library first period. not a joke this "
           "time.' His stepfather confirmed he owns an AR-15 kept in the basement.",
    mnc=["us Irish"], fact="AR-15", mct=["library first period", "7:05 AM"], cats=["ethnicity"])

add(G, "BURKE", "drugs", "Edson Lopes", 11, "2026-04-24 14:20", "Jeremiah E. Burke High School, gym bleachers",
    "Texts on Edson's phone, reviewed with his consent after the AP found capsules:\n"
    "Edson: N tem 5 caps di molly pa festa sabadu 💊\n"
    "Y: kantu?\n"
    "Edson: 15 kada, N ta trazi manhan\n"
    "Y: fixe\n"
    "The AP found 5 capsules of tan powder in a Tylenol bottle in Edson's gym bag at 2:20 PM in the gym "
    "bleachers; Edson said they are MDMA. The counselor notes Edson 'just came from Praia in August' and "
    "speaks only Kriolu at home.",
    subs=["MDMA"], mnc=["Praia", "Kriolu"], fact="MDMA", mct=["Tylenol bottle", "gym bleachers"],
    cats=["national_origin", "language"], tags=["multilingual"])

add(G, "EBHS", "drugs", "Dayana Cruz", 9, "2026-02-19 10:00", "East Boston High School, main office",
    "Instagram DMs a student showed the AP: 'tengo gomitas de 10mg a $5 🍬🌿' / 'tas loca' / 'jaja en "
    "Honduras esto es nada'. At 10:00 AM the AP found a bag of 12 THC gummies in Dayana's backpack.",
    subs=["THC gummies"], mnc=["Honduras"], cats=["national_origin"], reason="excluded_substance",
    tags=["multilingual"])

add(G, "SNOW", "weapon", "Omar Farouk", 10, "2025-12-04 09:25", "Snowden International School, room 207",
    "Google Chat on a school Chromebook, flagged by the filter at 9:12 AM:\n"
    "Omar: 3andi sikkeen fel shanta, law 3amal haga ha3awarlo 😡\n"
    "Ali: ya 3am ehda\n"
    "Omar: ana w ahli gina mn Masr el sana elli fatet, ma7adsh yel3ab m3aya\n"
    "At 9:25 SSO searched Omar's bag with the AP: a steak knife wrapped in a napkin. Omar said he "
    "brought it because a boy had been pushing him.",
    weapon="knife", mnc=["Masr"], fact="steak knife", mct=["steak knife", "Chromebook"],
    cats=["national_origin"], tags=["multilingual"])

add(G, "TBA", "weapon", "Terrell Banks", 12, "2026-05-05 15:30", "MBTA Orange Line train",
    "Snap story a student sent the AP: Terrell on the Orange Line flashing a handgun in his waistband, "
    "caption 'they thought 🤣'. Comment: 'yo u still stay in Franklin Hill?' Terrell: 'ya n?'. Transit "
    "police asked the school for everything we have.",
    recipient="mbta-transit-police", weapon="firearm", mnc=["Franklin Hill"], cats=["neighborhood"],
    reason="recipient_not_permitted")

add(G, "BLA", "credible_threat", "Jason Zhang", 9, "2026-04-07 08:00", "Boston Latin Academy, front door",
    "Group 'BLA 9年级' screenshots, forwarded by two parents:\n"
    "[21:30] Jason: 明天我带刀去学校，谁笑我就捅谁\n"
    "[21:31] Jason: (photo: meat cleaver in a blue backpack)\n"
    "[21:33] 同学A: 别开玩笑\n"
    "[21:40] Jason: 家里人都是福建来的，我们不怕\n"
    "At 8:00 AM the AP met Jason at the door; the cleaver was in his blue backpack. Mom was interviewed "
    "through the Mandarin interpreter.",
    threat="In a WeChat group of 9th graders at 9:30 PM on 4/6 Jason wrote '明天我带刀去学校，谁笑我就捅谁' "
           "(tomorrow I'm bringing a knife to school and I'll stab whoever laughs at me) and sent a photo "
           "of a meat cleaver in his backpack.",
    mnc=["福建来的", "Mandarin", "interpreter"], fact="cleaver", mct=["blue backpack", "At 8:00 AM"],
    cats=["national_origin", "language"], tags=["multilingual"])

add(G, "CHS", "serious_violence", "Kevin Ramos", 10, "2025-11-18 14:30", "Charlestown High School, outside the gym doors",
    "Video posted to IG by a bystander and downloaded by SSO: Kevin punching and stomping on a student "
    "(L.S.) outside the gym doors at 2:30 PM, L.S. unconscious for about a minute. Caption: "
    "'así es como lo hacen los mareros de la 18 🤫💯'. L.S. was taken to MGH with a concussion and kept "
    "overnight. Kevin was identified by three staff who were present.",
    mnc=["mareros", "la 18"], fact="concussion", mct=["outside the gym doors", "kept overnight"],
    cats=["gang_affiliation"], tags=["multilingual"])

# --------------------------------------------------------------------------------------------
# 3. Nurse, counselor, bus, cafeteria and coach notes
# --------------------------------------------------------------------------------------------
G = "staff_note"

add(G, "CASH", "serious_violence", "Farid Ahmadi", 11, "2025-10-03 10:50",
    "Community Academy of Science and Health, stairwell by the library",
    "Nurse note 10/3 - student D.R. walked in at 10:50 holding his left hand wrapped in a paper towel "
    "that was bleeding through and said Farid cut him with a box cutter in the stairwell by the library, "
    "deep laceration across the palm about 5 cm and I could see tendon so I applied pressure and called "
    "911 and EMS took him to BMC at 11:10, he was pale but talking the whole time, the dean told me "
    "afterward Farid's family is Afghan and just came under humanitarian parole and dad doesn't "
    "understand the suspension letter, Farid's box cutter was taken by the SSO.",
    mnc=["Afghan", "humanitarian parole"], fact="box cutter",
    mct=["deep laceration across the palm", "stairwell by the library"],
    cats=["national_origin", "immigration_status"])

add(G, "NMHS", "credible_threat", "Destiny Grant", 10, "2026-02-12 09:40", "New Mission High School, counseling office",
    "Counselor note: met with Destiny at 9:40 after her English teacher flagged her journal entry, she "
    "wrote she was going to bring her dad's gun and shoot the girls who posted her picture, and when I "
    "asked she said she knows the combination to the safe and has thought about doing it at Thursday "
    "lunch when they all sit together, she was crying but calm, she said she has been skipping Sabbath "
    "services with her family since the pictures came out and her parents don't know why, they are "
    "Adventist and very strict, I kept her with me and called the AP and her mom, the three girls were "
    "told to stay in the library.",
    threat="Destiny wrote in her English journal, and then told me directly, that she is going to bring "
           "her dad's gun and shoot the three girls who posted her picture, that she knows the "
           "combination to his safe, and that she has picked the day they have lunch together.",
    mnc=["Sabbath", "Adventist"], fact="gun",
    mct=["journal entry", "Thursday lunch", "combination to the safe"], cats=["religion"])

add(G, "MILD", "weapon", "DeShawn Mitchell", 8, "2025-12-17 15:10", "School bus 412, afternoon run",
    "Driver statement bus 412 afternoon run: around 3:10 a kid in the back row pulled out what looked "
    "like a real gun and pointed it out the window at a car, the kids started screaming so I pulled "
    "over on Morton Street by the gas station and radioed dispatch, the monitor Ms. Gail got it out of "
    "his hand it was heavy and black and she put it under her seat until police came, they said it was "
    "loaded, the kid is DeShawn he usually gets off at the stop right in front of 88 Wellington Hill St "
    "where his grandmother waits, he didn't say anything the whole time.",
    weapon="firearm", mnc=["Wellington Hill St"], fact="gun",
    mct=["bus 412", "back row", "pulled over on Morton Street"], cats=["neighborhood"])

add(G, "BCLA", "theft", "Leilani Soto", 9, "2026-03-20 12:00",
    "Boston Community Leadership Academy, cafeteria register 2",
    "Cafeteria manager's statement: for about two weeks the register drawer at line 2 has been short, "
    "about $20 or $30 a day, and today I saw Leilani reach over while I was getting a tray and take "
    "bills out, I said something and she gave back $25, she's a sweet kid honestly and she's on free "
    "lunch, her mom told me once they live in Mission Main and money is tight, I don't want her "
    "arrested but the principal said to send this.",
    mnc=["Mission Main"], cats=["neighborhood"], reason="ground_not_permitted")

add(G, "MP", "drugs", "Malik Bashir", 11, "2026-03-03 16:30",
    "Madison Park Technical Vocational High School, athletic field",
    "Coach Ruiz note after practice Tuesday: I was looking for the team water bottle carrier and opened "
    "Malik's gym bag by mistake and there was a pill bottle with somebody else's name on it, Dolores "
    "something, with about 15 pills, oxycodone 30 mg on the label, I asked him and he said his aunt "
    "gave them to him for his knee but then he said he sells a few, I took the bottle to the AP, he's "
    "been dizzy at practice and told me it's because he is fasting for Ramadan, he's Muslim and doesn't "
    "eat till sunset.",
    subs=["oxycodone (not prescribed to the student)"], mnc=["Ramadan", "Muslim"], fact="oxycodone",
    mct=["gym bag", "oxycodone 30 mg", "somebody else's name"], cats=["religion"])

add(G, "BAA", "drugs", "Ruby Chen", 10, "2026-01-21 11:00", "Boston Arts Academy, nurse's office",
    "Nurse note: Ruby came in dizzy and nauseous around 11, said she hit a friend's vape a lot in the "
    "bathroom, she doesn't know what was in it, the vape was a blue disposable with no label, heart rate "
    "112 then 96 after rest, called mom but mom only speaks Cantonese so the office got the interpreter "
    "line, mom came at 12:15 and took her home.",
    subs=["vape (unknown content)"], mnc=["Cantonese", "interpreter line"], cats=["language"], reason="excluded_substance")

add(G, "EBHS", "immigration_inquiry", "Ana Ribeiro", 10, "2025-11-12 09:30", "East Boston High School",
    "Counselor note: an officer called the front office this morning asking us to send anything showing "
    "whether Ana's family is here legally, he said it was about her older brother, I told him I'd pass "
    "it up, for the record Ana told me in September the family overstayed tourist visas from Brazil in "
    "2022 and she's scared all the time, nothing happened at school, she's a good student.",
    recipient="bpd", mnc=["overstayed", "tourist visas", "Brazil"],
    cats=["immigration_status", "national_origin"], reason="ground_not_permitted")

add(G, "TBA", "weapon", "Kiana Lopes", 10, "2026-02-24 07:25", "School bus 7, morning run",
    "Bus monitor statement, bus 7 morning run: the girls in the back have been beefing for weeks, the "
    "Cape Verdean girls on one side and the Haitian girls on the other, and this morning around 7:25 "
    "Kiana stood up and sprayed pepper spray right in the face of a girl named T. across the aisle and "
    "it got everywhere, three kids were coughing, I opened all the windows and the driver pulled into "
    "the school lot, the nurse rinsed T.'s eyes, Kiana gave me the can, it's a small red one.",
    weapon="pepper spray", mnc=["Cape Verdean", "Haitian"], fact="pepper spray",
    mct=["bus 7", "across the aisle", "small red one"], cats=["ethnicity"])

add(G, "BURKE", "credible_threat", "Jordan Price", 9, "2026-04-29 12:15", "Jeremiah E. Burke High School, cafeteria",
    "Lunch aide statement: I was wiping the table by the windows around 12:15 and Jordan said right to "
    "me I'm gonna shoot this whole lunchroom up, I got the gun at my cousin's, and I said Jordan don't "
    "play like that and he said dead serious and said two names, the boys he had the fight with last "
    "week, the other kids at the table got real quiet, then he was laughing about the Castlegate crew "
    "and how they're backing him, I told the AP right after lunch.",
    threat="Jordan told the lunch aide, 'I'm gonna shoot this whole lunchroom up, I got the gun at my "
           "cousin's, watch tomorrow,' and when she asked if he was serious he said 'dead serious' and "
           "named two students he would 'get first'.",
    mnc=["Castlegate"], fact="gun", mct=["table by the windows", "whole lunchroom"],
    cats=["gang_affiliation"])

add(G, "BLA", "serious_violence", "Tyler Brennan", 11, "2026-01-10 16:45", "Boston Latin Academy JV hockey practice, rink",
    "Coach Nguyen: at JV practice at the rink Saturday around 4:45 Tyler and Connor were going at it "
    "after a whistle and Tyler two-handed his hockey stick into the side of Connor's head, Connor went "
    "down and was bleeding above his ear and didn't know what day it was, the trainer called 911 and he "
    "went to Children's, his dad called me that night it's a skull fracture and a brain bleed, Tyler's "
    "mom told me after that they just moved from Savin Hill to Neponset and it's been a hard year, I "
    "benched him obviously.",
    mnc=["Savin Hill", "Neponset"], fact="skull fracture",
    mct=["skull fracture", "hockey stick", "bleeding above his ear"], cats=["neighborhood"])

add(G, "EXCEL", "drugs", "Aiden Kelly", 12, "2026-05-19 09:50", "Excel High School, 1st floor boys' room",
    "Nurse note: at 9:50 I was called to the 1st floor boys room, Aiden was on the floor blue around the "
    "lips and breathing very slow, I gave Narcan nasal 4 mg and then a second dose at 9:53 and he came "
    "around at about 9:55, EMS took him to Tufts, the SSO found a folded dollar bill with white powder "
    "and a straw in his pocket, Aiden said it was 'fetty' (fentanyl) he bought at the T, per emergency "
    "card home address 40 Ceylon St Apt 2, mom is meeting him at the hospital.",
    subs=["fentanyl"], mnc=["Ceylon St"], fact="fentanyl",
    mct=["Narcan", "second dose at 9:53", "folded dollar bill"], cats=["neighborhood"])

add(G, "EHS", "gang_intelligence", "Sami Abdullahi", 10, "2026-03-26 15:00", "English High School",
    "Counselor note: I'm worried about Sami, he's Somali and one of the only Somali boys in 10th grade "
    "and lately older guys in a car have been picking him up after school, another student says "
    "they're from the NFK crew and that Sami is 'getting put on', nothing has happened at school, I'm "
    "sending this so police can keep an eye out.",
    mnc=["Somali", "NFK crew", "getting put on"], cats=["ethnicity", "gang_affiliation"],
    reason="ground_not_permitted")

add(G, "BCLA", "weapon", "Luis Medina", 10, "2025-12-05 11:40", "Boston Community Leadership Academy, cafeteria hot line",
    "Cafeteria statement: I work the hot line and around 11:40 the boy in the gray hoodie, Luis, pulled "
    "a knife, like a steak knife but bigger with a wood handle, on the other boy over the last of the "
    "french fries, he held it low by his side and said move, the other boy backed off and I yelled for "
    "Mr. Ortiz the SSO who took it off him, I don't know what they were arguing about before because "
    "they always talk to each other in Spanish, nobody got cut.",
    weapon="knife", mnc=["in Spanish"], fact="knife",
    mct=["last of the french fries", "wood handle", "gray hoodie"], cats=["language"])

add(G, "YA", "fight", "Widline Etienne", 8, "2026-01-30 15:20", "School bus, afternoon run",
    "Bus driver: two girls fought on the bus on the way home, hair pulling and slapping, Widline and "
    "another girl, I pulled over and separated them, nobody bleeding, a scratch on Widline's cheek, "
    "they've been fighting over a boy, both families go to the same Haitian church on Blue Hill Ave and "
    "the pastor called me asking what happened.",
    mnc=["Haitian", "church on Blue Hill", "the pastor"], cats=["ethnicity", "religion"], reason="ground_not_permitted")

add(G, "EMK", "weapon", "Aaliyah Rivers", 11, "2026-04-08 10:30",
    "Edward M. Kennedy Academy for Health Careers, counseling office",
    "Counselor note: Aaliyah came to me at 10:30 upset and told me she carries a taser because a grown "
    "man has been following her from the bus, she took it out of her bag to show me, it's pink and "
    "sparks when you press it, I told her I had to give it to the AP and she handed it over, she lives "
    "with her aunt in the Mildred Hailey apartments and walks through there late after her job, I'm "
    "also filing a 51A.",
    weapon="taser", mnc=["Mildred Hailey"], fact="taser", mct=["pink and sparks", "handed it over"],
    cats=["neighborhood"])

add(G, "ACC", "credible_threat", "Marcus Greene", 12, "2025-11-21 16:00", "Another Course to College, parking lot",
    "Coach Bell: after I posted the varsity list Marcus found me in the parking lot at about 4 and said "
    "I'd regret it and he knows where I park and he'd be waiting with his cousin's gun after the game "
    "Friday, I've known him since 9th grade and I've never seen him like that, two of my players said "
    "he told them the same thing in the locker room and that it's a 9mm, his dad came to the meeting "
    "with the AP, his dad is from Jamaica and kept saying the boy was raised better.",
    threat="After being cut from varsity, Marcus told Coach Bell in the parking lot: 'you'll regret this, "
           "I know where you park, I'll be waiting with my cousin's gun after the game Friday.' He "
           "repeated it to two teammates in the locker room and told them the gun is a 9.",
    mnc=["from Jamaica"], fact="9mm", mct=["parking lot", "after the game Friday"],
    cats=["national_origin"])

add(G, "KILMER", "weapon", "Owen Sullivan", 7, "2026-05-07 12:30", "Kilmer K-8 School, back of the schoolyard",
    "Recess aide note: at about 12:30 Owen was showing kids a BB gun in the back of the yard by the "
    "fence, it looks like a real pistol but it's BB, I took it and gave it to the principal, nobody was "
    "shot at, his mom said they're Catholic and she'd have the priest talk to him.",
    weapon="BB gun", mnc=["Catholic", "the priest"], cats=["religion"], reason="other")

add(G, "MP", "weapon", "Jaylen Fox", 11, "2026-03-31 07:10",
    "Madison Park Technical Vocational High School, 2nd floor boys' room",
    "Custodian statement: I went in to fix the paper towel thing in the 2nd floor boys room at 7:10 "
    "before homeroom and one of the ceiling tiles was pushed up, I moved it and there was a gun wrapped "
    "in a black bandana sitting on the frame, I didn't touch it and called the SSO, later Jaylen came "
    "to me crying and said it was his and asked me not to snitch because he's undocumented like me and "
    "his family would get sent back, I told him I had to tell the AP, he said he hid it Monday.",
    weapon="firearm", mnc=["undocumented", "get sent back"], fact="gun",
    mct=["ceiling tiles", "black bandana"], cats=["immigration_status"])

add(G, "CHS", "weapon", "Christopher Nunes", 9, "2026-02-06 07:30", "School bus 19",
    "Transportation note: a knife was dropped on bus 19 this morning, the bus company ran their camera "
    "video through the FaceFirst system and it came back with a 91% match to Christopher from his "
    "school ID photo, they sent us the match sheet, the knife was found under seat 8.",
    weapon="knife", attachments=[{"kind": "face_match", "name": "facefirst_match_bus19.pdf"}],
    mnc=["FaceFirst", "91%"], cats=["face_surveillance"], reason="face_surveillance")

add(G, "SNOW", "drugs", "Hiwot Tesfaye", 11, "2026-05-14 13:00", "Snowden International School, counseling office",
    "Counselor note: Hiwot's friend brought her to me at 1 because she was slurring and nodding off in "
    "Bio, she told me she took two Xanax bars someone sold her in the courtyard and smoked some weed "
    "this morning, she had four more bars in a tissue in her jacket pocket which she gave me, the nurse "
    "checked her and mom picked her up, she's on my ELL caseload, home language Amharic, so I used the "
    "phone interpreter for mom.",
    subs=["Xanax", "marijuana"], mnc=["ELL caseload", "Amharic", "phone interpreter"], fact="Xanax",
    mct=["four more bars", "in the courtyard"], cats=["language"])

# --------------------------------------------------------------------------------------------
# 4. SIS exports, key-value blocks and CSV rows
# --------------------------------------------------------------------------------------------
G = "records"

add(G, "MUNIZ", "weapon", "Kevin Ortiz", 10, "2025-11-04 12:35", "Margarita Muñiz Academy, gym entrance",
    "--- Aspen export (pasted by registrar) ---\n"
    "STU_ID: 448812\nNAME: Ortiz, Kevin\nGR: 10\nHomeLang: SPA\nBirth Ctry: Honduras\n"
    "ELL_Entry: 2024-09-03\nRes Zone: 02119 / Highland Park\nAffil.: none noted\n"
    "--- end export ---\n"
    "Incident: at 12:35 SSO Vega recovered a switchblade (black, 3.5 in, spring-assisted) from Kevin's "
    "left boot during a bag check at the gym entrance. Kevin said he found it on the street.",
    sid="448812", weapon="knife",
    mnc=["HomeLang: SPA", "Honduras", "2024-09-03", "02119", "Highland Park"], fact="switchblade",
    mct=["left boot", "bag check at the gym entrance", "spring-assisted"],
    cats=["language", "national_origin", "neighborhood"])

add(G, "EBHS", "drugs", "João Reis", 11, "2025-11-19 09:15", "East Boston High School, room 118",
    "Row pasted from the discipline tracker:\n"
    "incident_id,date,stu,gr,hl,cob,addr,code,notes\n"
    "25-1187,2025-11-19,\"Reis, J\",11,Portuguese,Brazil,\"55 Saratoga St #2\",D-03,\"8 glassine bags "
    "heroin in pencil case, 2nd per\"\n"
    "Narrative: during 2nd period the teacher saw João pass a glassine bag to another student; the AP "
    "found 8 stamped glassine bags of what João said is heroin in his pencil case.",
    subs=["heroin"], mnc=["Portuguese", "Brazil", "Saratoga St"], fact="heroin",
    mct=["in his pencil case", "8 stamped glassine bags"],
    cats=["language", "national_origin", "neighborhood"])

add(G, "EHS", "trespass", "Dante Morales", 12, "2026-01-07 10:20", "English High School, 2nd floor",
    "Student summary (SIS print):\n"
    "Name ........ Morales, Dante\nGrade ....... 12\nStatus ...... Suspended (thru 1/9)\n"
    "GANG_DB ..... Y - Heath St (verified 2024)\nRelig ....... Catholic\n"
    "Incident: Dante entered the building at 10:20 during his suspension and walked the 2nd floor halls "
    "until SSO escorted him out. No weapon. Asking BPD to issue a no-trespass order.",
    mnc=["Heath St", "verified 2024", "Catholic"], cats=["gang_affiliation", "religion"],
    reason="ground_not_permitted")

add(G, "CASH", "credible_threat", "Jaylani Gomes", 10, "2026-03-12 13:00",
    "Community Academy of Science and Health, cafeteria",
    "Threat flagged 3/12, 1:00 PM. SIS flags: 504=N | IEP=N | LEP=Y (Kabuverdianu) | Title1=Y | "
    "HomeLang=Kabuverdianu.\n"
    "Two classmates told the AP at lunch that Jaylani said she is bringing her boyfriend's gun on "
    "Friday to handle a girl who jumped her cousin; the photo on her phone shows a black handgun with a "
    "sticky note reading her name. Threat assessment opened; girl's family notified.",
    threat="Jaylani told two classmates at lunch that she is bringing her boyfriend's gun Friday to "
           "'handle' a girl who jumped her cousin, and showed them a photo on her phone of a black "
           "handgun on a bed with her name written on a sticky note next to it.",
    extra={"ethnicity": "Cape Verdean", "home_language": "Kabuverdianu",
           "address": {"street": "19 Hendry St", "city": "Boston", "zip": "02125"}, "lep": "LEP-3"},
    mnc=["Cape Verdean", "Kabuverdianu", "LEP=Y", "Hendry St", "02125", "LEP-3"], fact="handgun",
    mct=["sticky note", "Threat assessment opened"], cats=["ethnicity", "language", "neighborhood"])

add(G, "HEND", "weapon", "Ricardson Jean", 9, "2026-04-16 08:20", "Henderson K-12 Inclusion School, upper campus scanner",
    "Record pulled for the report: {\"stuNum\":\"771203\",\"grade\":\"09\",\"nativeLanguage\":\"Haitian "
    "Creole\",\"countryOfBirth\":\"Haiti\",\"visaStatus\":\"TPS pending\",\"resStreet\":\"Fuller St\"}\n"
    "At 8:20 the scanner flagged Ricardson's bag; SSO found a set of brass knuckles with a built-in "
    "blade (knuckle knife) in the front pocket. He said it belongs to his brother.",
    sid="771203", weapon="brass knuckles", mnc=["Haiti", "TPS pending", "Fuller St"], fact="knuckle knife",
    mct=["front pocket", "built-in blade"],
    cats=["language", "national_origin", "immigration_status", "neighborhood"])

add(G, "BURKE", "weapon", "Xavier Holmes", 11, "2026-02-18 11:00", "Jeremiah E. Burke High School, 2nd floor bathroom",
    "INCIDENT SUMMARY\nType: Weapon (knife, 4 in folding)\nLoc: 2nd fl bathroom\n"
    "Student: Holmes, Xavier (11)\nAffil.: Franklin Hill Giants (suspected, per SRO 2024)\n"
    "Res: Franklin Hill Ave\nRequested by the fusion center analyst for their youth violence roundup.",
    recipient="commonwealth-fusion-center", weapon="knife", mnc=["Franklin Hill"],
    cats=["gang_affiliation", "neighborhood"], reason="recipient_not_permitted")

add(G, "BAA", "serious_violence", "Cameron Wallace", 9, "2025-12-10 13:15", "Boston Arts Academy, art room",
    "Section B of the district incident form (as exported):\n"
    "B1 Student: Wallace, Cameron | B2 Race/Eth: Black or African American; Hisp: N | B3 Parent lang "
    "pref: Somali | B4 Injury to other: Y\n"
    "Narrative: at 1:15 PM in the art room Cameron stabbed a classmate (N.K.) in the right shoulder "
    "with a pair of pointed shears after N.K. took his sketchbook. Puncture wound about 2 cm deep; nurse "
    "packed it and EMS took N.K. to BMC, 6 stitches.",
    mnc=["African American", "Somali"], fact="shears",
    mct=["right shoulder", "pointed shears", "6 stitches"], cats=["ethnicity", "language"])

add(G, "EDISON", "drugs", "Rosa Ixcoy", 8, "2026-01-14 10:05", "Edison K-8 School, room 12",
    "From Aspen > Student > Demographics (pasted):\n"
    "Prim. Lang. ......... K'iche'\nLang. Spoken @ Home .. K'iche' / Spanish\nYrs in US: 1\n"
    "US Entry: 2024-08-14\n"
    "Incident: at 10:05 the teacher found Rosa handing out orange pills stamped 'AD 30' to two "
    "classmates in the back of room 12. She said a high-schooler sold them as Adderall; the batch "
    "matches pills BPD warned schools about as containing methamphetamine. 14 pills recovered in a lip "
    "balm tube.",
    subs=["pressed pills sold as Adderall (suspected methamphetamine)"],
    mnc=["K'iche'", "Spanish", "Yrs in US: 1", "2024-08-14"], fact="methamphetamine",
    mct=["lip balm tube", "AD 30", "back of room 12"], cats=["language", "national_origin"])

add(G, "TBA", "weapon", "Vinh Nguyen", 10, "2025-10-09 08:40", "TechBoston Academy, side door",
    "At 8:40 the SSO at the side door found a 7-inch fixed-blade hunting knife in a sheath clipped inside "
    "Vinh's waistband during the morning wanding. Vinh said he carries it because he was robbed at the "
    "bus stop last week. The knife is in the AP's safe.",
    weapon="knife",
    extra={"HomeLang": "Vietnamese", "Birth_Ctry": "Viet Nam", "ELL_Entry": "2023-01-09",
           "Res_Zone": "Fields Corner", "Affil": "none", "Relig": "Buddhist", "Counselor": "Ms. Hurley"},
    mnc=["Vietnamese", "Viet Nam", "2023-01-09", "Fields Corner", "Buddhist"], fact="hunting knife",
    mct=["fixed-blade", "at the side door", "AP's safe"],
    cats=["language", "national_origin", "neighborhood", "religion"])

add(G, "EHS", "drugs", "Brayan Lopez", 11, "2026-02-02 10:00", "English High School",
    "discipline_export.csv (row 41)\n"
    "sid;last;first;gr;lang_home;ctry_birth;zip;offense;detail\n"
    "560213;Lopez;Brayan;11;Spanish;Guatemala;02130;DRUG-MJ;\"THC wax, 2 jars, in backpack\"\n"
    "No other substances. Requesting BPD follow-up.",
    sid="560213", subs=["THC wax"], mnc=["Guatemala", "02130", "Spanish"],
    cats=["language", "national_origin", "neighborhood"], reason="excluded_substance")

add(G, "DEAR", "credible_threat", "Luz Marte", 10, "2026-04-09 11:20", "Dearborn STEM Academy, science lab",
    "Threat Assessment - Form A (typed into the portal)\n"
    "Q1 Threat made: yes, verbal, to teacher, 11:20 AM\n"
    "Q2 Weapon mentioned: kitchen knife from home\n"
    "Q3 Student's primary language: Spanish\n"
    "Q4 Housing: Cathedral development, lives with grandmother\n"
    "Q5 Access to weapon: yes, per student\n"
    "Q6 Drawing in notebook of knife labeled with target's name: yes\n"
    "Action: parent meeting, safety plan for Kayla, BPD notified.",
    threat="Luz told her science teacher, 'If Kayla says one more thing I'm bringing the knife from home "
           "and cutting her face, I'm not playing,' then drew a picture of a knife with Kayla's name on "
           "it in her notebook.",
    mnc=["Spanish", "Cathedral"], fact="knife",
    mct=["kitchen knife from home", "Drawing in notebook", "safety plan"], cats=["language", "neighborhood"])

add(G, "CHS", "weapon", "Rami Khoury", 9, "2026-03-02 09:00", "Charlestown High School, homeroom",
    "Incident form fields (as submitted):\n"
    "Weapon Type: stun gun\nFound: homeroom cubby, 9:00 AM\n"
    "Interpreter Needed: YES - Arabic (Levantine)\nCitizenship: Non-citizen (Refugee, Syria)\n"
    "Reporter: SSO Donnelly\n"
    "Notes: Rami took the stun gun out during homeroom and triggered it twice near another student's "
    "neck; nobody was touched. He says he bought it at a gas station in Revere.",
    weapon="stun gun", mnc=["Arabic", "Interpreter Needed: YES", "Non-citizen", "Refugee", "Syria"], fact="stun gun",
    mct=["homeroom cubby", "triggered it twice", "gas station in Revere"],
    cats=["language", "immigration_status", "national_origin"])

add(G, "NMHS", "weapon", "Tariq Bell", 10, "2026-01-20 07:41", "New Mission High School, door C",
    "Entry log record: Bell, Tariq | Gr 10 | FR_MatchID 88123 (SafeEntry face scan, 97.1%) | Entered 7:41 "
    "via door C.\nA knife was later found in the door C trash can; the face-scan log places Tariq at "
    "door C at 7:41. Sending the match record with the report.",
    weapon="knife", attachments=[{"kind": "face_match", "name": "safeentry_88123.json"}],
    mnc=["97.1%", "FR_MatchID 88123"], cats=["face_surveillance"], reason="face_surveillance")

add(G, "OBRY", "drugs", "Sokha Chhim", 12, "2026-05-26 10:40",
    "John D. O'Bryant School of Mathematics and Science, back stairwell",
    "At 10:40 the AP searched Sokha's backpack after a teacher saw him snorting something in the back "
    "stairwell; found a small bag of crystal meth (about 2 g) and a glass pipe. Sokha admitted it was "
    "methamphetamine.",
    subs=["methamphetamine"],
    extra={"demographics": {"race": "Asian", "ethnicity_detail": "Cambodian",
                            "lang": {"home": "Khmer", "ell": True}},
           "address": {"line1": "7 Bowdoin Ave", "city": "Dorchester", "zip": "02121"},
           "emergency_contact": "aunt"},
    mnc=["Asian", "Cambodian", "Khmer", "Bowdoin Ave", "Dorchester", "02121"], fact="methamphetamine",
    mct=["back stairwell", "glass pipe"], cats=["ethnicity", "language", "neighborhood"])

add(G, "MP", "serious_violence", "Jerome Battle", 11, "2025-12-19 14:05",
    "Madison Park Technical Vocational High School, 1st floor hallway",
    "DYS liaison sheet stapled to referral:\n"
    "  Name: Battle, Jerome   Gr: 11\n"
    "  Gang Intel: Suspected - 'Lenox St' per DYS caseworker\n"
    "  Probation: none\n"
    "Incident narrative: at 2:05 in the 1st-floor hallway Jerome hit another student (M.O.) twice in the "
    "head with a metal padlock swung on a lanyard; M.O. had a 4 cm scalp laceration and was taken to BMC "
    "by EMS. Lock recovered by SSO.",
    mnc=["Lenox St"], fact="padlock", mct=["metal padlock", "scalp laceration", "1st-floor hallway"],
    cats=["gang_affiliation"])

add(G, "MUNIZ", "truancy", "Yeimy Peña", 9, "2025-11-06 09:00", "Margarita Muñiz Academy",
    "Attendance export:\nDays absent (YTD): 23\nCode: EX-TRAVEL (unexcused)\n"
    "Note: Out of country 10/1-10/29 (Dominican Rep.)\nMailing: 12 Boylston St #3, Jamaica Plain\n"
    "Requesting BPD truancy visit.",
    mnc=["Dominican Rep", "Out of country", "Boylston St", "Jamaica Plain"],
    cats=["national_origin", "neighborhood"], reason="ground_not_permitted")

add(G, "BHS", "weapon", "Natnael Haile", 10, "2026-02-09 12:00", "Brighton High School, lunch line",
    "Family info card (scanned to text):\nGuardian: father\nFam. Faith: Orthodox Christian (Ethiopian)\n"
    "L1: Amharic; L2: Tigrinya\nCell: on file\n"
    "Incident: at 12:00 Natnael took a razor blade taped to a popsicle stick out of his pencil case and "
    "held it to another boy's cheek in the lunch line; he dropped it when the aide shouted.",
    weapon="razor blade", mnc=["Orthodox Christian", "Ethiopian", "Amharic", "Tigrinya"],
    fact="razor blade", mct=["popsicle stick", "in the lunch line"],
    cats=["religion", "ethnicity", "language"])

add(G, "DEAR", "credible_threat", "Darnell Pryor", 10, "2026-01-26 09:10", "Dearborn STEM Academy, dean's office",
    "9:10 AM meeting in the dean's office about last week's fight. Darnell said 'next time I see him I'm "
    "putting a bullet in him, I already got one.' At 9:40 he told the SSO the gun is 'at the crib'. The "
    "other student's family was notified and a safety plan made for dismissal.",
    threat="Darnell told the dean during a meeting about a fight, 'Next time I see him I'm putting a "
           "bullet in him, I already got one,' and later told the SSO he has a gun 'at the crib'.",
    extra={"gang_flag": "suspected (Academy Homes)", "neighborhood": "Egleston Square",
           "probation_officer": "J. Kenney"},
    mnc=["Academy Homes", "Egleston Square"], fact="gun",
    mct=["meeting in the dean's office", "safety plan"], cats=["gang_affiliation", "neighborhood"])

add(G, "SNOW", "weapon", "Ivan Petrov", 11, "2026-03-05 08:00", "Snowden International School, door check",
    "Ivan had a folding knife in his coat at the door check. The CBP officer who called asked for this "
    "report.",
    recipient="cbp/boston-field-office", weapon="knife",
    extra={"visa_status": "F-1 expired", "passport_country": "Ukraine"},
    mnc=["F-1 expired", "Ukraine"], cats=["immigration_status", "national_origin"],
    reason="recipient_not_permitted")

add(G, "BURKE", "drugs", "Elton Barros", 10, "2026-04-28 09:30", "Jeremiah E. Burke High School, side door",
    "Export from the referral tracker (semicolon-separated):\n"
    "RefID;Stu;LEPflag;Ctry_Origin;Resid_Nbhd;GangAssoc;Subst\n"
    "R-0932;Barros E;LEP-2;Cabo Verde;Uphams Corner;Wendover (susp);crack\n"
    "Narrative: at 9:30 the SSO saw Elton hand a small bag to a student by the side door; the bag and "
    "six more in his shoe held off-white rocks Elton called crack.",
    subs=["crack cocaine"], mnc=["LEP-2", "Cabo Verde", "Uphams Corner", "Wendover"], fact="crack",
    mct=["by the side door", "off-white rocks"],
    cats=["language", "national_origin", "neighborhood", "gang_affiliation"])

# --------------------------------------------------------------------------------------------
# 5. Dodging text: homoglyphs, spaced/dotted letters, leetspeak, misspellings, invisible chars
# --------------------------------------------------------------------------------------------
G = "obfuscation"

HOND = "\u0397\u043endur\u0430n"          # Greek Eta, Cyrillic o and a
BLUE = "Bl\u0443e Hill"                      # Cyrillic u
add(G, "CHS", "weapon", "Elvin Maradiaga", 10, "2025-10-16 09:20", "Charlestown High School, scanner",
    "SSO note 0920: folding knife (green handle, 3 in) found in Elvin's hoodie pocket when he emptied "
    f"pockets at the scanner. Elvin said he uses it at his job at the car wash. Aside from the dean: "
    f"family is {HOND}, lives off {BLUE} Ave with an older brother.",
    weapon="knife", mnc=[HOND, BLUE], fact="folding knife", mct=["green handle", "car wash"],
    cats=["national_origin", "neighborhood"], tags=["homoglyph"])

add(G, "BCLA", "drugs", "Rafael Santos", 11, "2025-12-03 11:10", "Boston Community Leadership Academy, stairwell",
    "AP log: found 3 small bags of cocaine in Rafael's sneaker during the search at 11:10 after a teacher "
    "saw a hand-to-hand in the stairwell. Rafael asked us to write nothing about his parents because "
    "they are u n d o c u m e n t e d (his words were 'they're undoc'd, please'). Cocaine sealed in "
    "envelope for BPD.",
    subs=["cocaine"], mnc=["u n d o c u m e n t e d", "undoc'd"], fact="cocaine",
    mct=["sneaker", "hand-to-hand in the stairwell"], cats=["immigration_status"], tags=["spaced"])

add(G, "EHS", "credible_threat", "Abdullahi Warsame", 10, "2026-01-15 14:10", "English High School, 3rd floor hallway",
    "1410 classmate reported threat to AP. 1415 SSO found a folding knife in Abdullahi's waistband. "
    "1420 Abdullahi said the teacher 'disrespected' him in front of the class. 1430 Mr. Keane informed. "
    "Dad on phone via interpreter, S.o.m.a.l.i speaker, asked to come tomorrow.",
    threat="Abdullahi told a classmate in the hallway 'I'm going to stab Mr. Keane with my knife at "
           "dismissal, he's dead,' and showed a folding knife in his waistband.",
    mnc=["S.o.m.a.l.i", "via interpreter"], fact="folding knife", mct=["waistband", "Mr. Keane informed"],
    cats=["language"], tags=["dotted"])

add(G, "HEND", "drugs", "Jean-Marc Louis", 10, "2025-10-28 10:15", "Henderson K-12 Inclusion School, room 221",
    "Teacher email: found a joint and a lighter in Jean-Marc's desk during 3rd period. Kids were teasing "
    "him saying he's 'h41t14n' and smells like weed. Please have BPD follow up.",
    subs=["marijuana joint"], mnc=["h41t14n"], cats=["ethnicity"], reason="excluded_substance",
    tags=["leetspeak"])

add(G, "BAA", "weapon", "Luis Almonte", 11, "2026-02-11 13:30", "Boston Arts Academy, dance studio",
    "Dean: at 1:30 a kitchen knife fell out of Luis's backpack in the dance studio; he picked it up and "
    "pointed it at a classmate and said 'back up'. SSO took the knife. Luis's aunt says the family is "
    "Domenican and that Luis stays with her on Shawmutt Ave during the week.",
    weapon="knife", mnc=["Domenican", "Shawmutt"], fact="kitchen knife", mct=["dance studio", "back up"],
    cats=["ethnicity", "neighborhood"], tags=["misspelling"])

GUAT = "Gua\u200btemalan"
ASY = "asy\u200blum"
add(G, "ACC", "serious_violence", "Walter Chiquin", 12, "2026-03-18 12:25", "Another Course to College, weight room",
    "At 12:25 in the weight room Walter swung a 10 lb dumbbell into the back of another student's head; "
    "the student (A.M.) needed 9 staples and was kept at Carney overnight. Walter said A.M. had been "
    f"threatening him. Note from counselor: Walter is {GUAT} and his {ASY} case is open.",
    mnc=[GUAT, ASY], fact="dumbbell", mct=["weight room", "9 staples"],
    cats=["national_origin", "immigration_status"], tags=["zero_width"])

NOPAP = "\uff4e\uff4f \uff50\uff41\uff50\uff45\uff52\uff53"   # fullwidth "no papers"
add(G, "EXCEL", "weapon", "Tiago Mendes", 9, "2025-12-12 10:45", "Excel High School, room 104",
    "Teacher: Tiago had a box cutter out under his desk in 4th period and was scraping the desk with it; "
    "when I asked for it he handed it over. He told the class 'my whole family got "
    f"{NOPAP} so yall cant do nothing.'",
    weapon="box cutter", mnc=[NOPAP], fact="box cutter", mct=["under his desk", "4th period"],
    cats=["immigration_status"], tags=["fullwidth"])

add(G, "YA", "weapon", "Josue Pineda", 8, "2026-04-01 08:30",
    "Young Achievers Science and Mathematics K-8 School, cafeteria",
    "Knife (paring, 3 in) found in Josue's lunchbox 8:30. He's s-a-l-v-a-d-o-r-a-n per his teacher, "
    "'n0 p4p3rs' too. Requested by ERO.",
    recipient="ice/ero-boston", weapon="knife", mnc=["s-a-l-v-a-d-o-r-a-n", "n0 p4p3rs"],
    cats=["national_origin", "immigration_status"], reason="recipient_not_permitted",
    tags=["spaced", "leetspeak"])

MUS = "\u039cuslim"                           # Greek capital Mu
RAM = "R\u0430madan"                          # Cyrillic a
add(G, "BLS", "drugs", "Bilal Qureshi", 11, "2026-03-05 14:10", "Boston Latin School, library",
    "AP: at 2:10 a teacher saw Bilal give two pills to a student in the library; search found 12 "
    "Percocet (oxycodone 10/325) in an Advil bottle in his backpack, no prescription. He said he was "
    "selling them for $10 each. Dad asked us to wait until after iftar to call because the family is "
    f"{MUS} and it's {RAM}.",
    subs=["Percocet (oxycodone), not prescribed"], mnc=[MUS, RAM, "iftar"], fact="oxycodone",
    mct=["Advil bottle", "in the library"], cats=["religion"], tags=["homoglyph"])

add(G, "BCLA", "credible_threat", "Danny Vo", 10, "2025-11-17 08:05", "Boston Community Leadership Academy, bus stop outside school",
    "AP summary: two students reported at 8:05 that Danny said at the bus stop he'd bring his brother's "
    "gun and shoot Jason tomorrow; the video on his phone shows a black handgun on a kitchen table. "
    "Danny lives in Matapan with his brother, family is Vietnamise and mom needs translation.",
    threat="Danny told two students at the bus stop outside school 'tomorrow I'm bringing my brother's "
           "gun and shooting Jason, for real,' and showed them a video of a handgun on his phone.",
    mnc=["Matapan", "Vietnamise", "needs translation"], fact="handgun",
    mct=["at the bus stop", "kitchen table"], cats=["neighborhood", "ethnicity", "language"],
    tags=["misspelling"])

add(G, "FENWAY", "weapon", "Quentin Hayes", 10, "2026-02-27 10:45", "Fenway High School, stairwell",
    "SSO: at 10:45 in the stairwell Quentin showed a group a knife (fixed blade, black, 5 in) and said "
    "he 'reps H3ath 5t' and wrote 'HSG' on the wall with a marker. Knife taken without a struggle.",
    weapon="knife", mnc=["H3ath 5t", "HSG"], fact="knife", mct=["fixed blade", "in the stairwell"],
    cats=["gang_affiliation"], tags=["leetspeak"])

add(G, "EXCEL", "fight", "Ciara Walsh", 9, "2026-04-22 13:00", "Excel High School, girls' locker room",
    "Fight in the girls' locker room, two 9th graders, pulling hair, no injuries. Ciara lives in "
    "D o r c h e s t e r (S a v i n  H i l l) with her dad. Please send an officer to talk to the "
    "families.",
    mnc=["D o r c h e s t e r", "S a v i n  H i l l"], cats=["neighborhood"],
    reason="ground_not_permitted", tags=["spaced"])

HAIT = "\u041daitian"                         # Cyrillic En
CREO = "\u0421r\u0435ole"                     # Cyrillic Es and ie
KREY = "Kreyo\u0300l"                         # decomposed o + combining grave
add(G, "TBA", "drugs", "Wesley Jean-Pierre", 11, "2026-05-06 13:35", "TechBoston Academy, locker 3-040",
    "AP: at 1:35 the SSO found Wesley with 20 pills stamped 'Xanax' in a sandwich bag and a bottle of "
    "promethazine-codeine syrup in his locker. Wesley said he sells the pills on weekends. Mom speaks "
    f"{HAIT} {CREO} only; the letter home will be sent in {KREY}.",
    subs=["alprazolam (Xanax)", "promethazine-codeine syrup"], mnc=[HAIT, CREO, KREY], fact="Xanax",
    mct=["sandwich bag", "promethazine-codeine syrup"], cats=["language"], tags=["homoglyph", "combining"])

add(G, "BURKE", "serious_violence", "Dario Fontes", 12, "2026-05-20 15:05", "Jeremiah E. Burke High School, main doors",
    "Dean: at 3:05 outside the main doors Dario hit another boy (K.B.) with a glass bottle, K.B. had a "
    "deep cut above his eye and his nose broken, ambulance to BMC. Students online are calling it a "
    "'C*a*p*e V*e*r*d*e*a*n thing' and Dario's cousin posted 'Kr10ul0 4 lif3'.",
    mnc=["C*a*p*e V*e*r*d*e*a*n", "Kr10ul0"], fact="glass bottle",
    mct=["glass bottle", "main doors", "nose broken"], cats=["ethnicity", "language"],
    tags=["spaced", "leetspeak"])

add(G, "EXCEL", "credible_threat", "Brandon Tate", 10, "2026-01-23 10:00", "Excel High School, room 210",
    "Brandon said in class he'd 'do something' to the sub. He also called a classmate an '1llegal 4lien' "
    "and said the classmate's mom has 'no g.r.e.e.n c.a.r.d'.",
    mnc=["4lien", "g.r.e.e.n c.a.r.d"], cats=["immigration_status"], reason="missing_threat_statement",
    tags=["leetspeak", "dotted"])

# --------------------------------------------------------------------------------------------
# 6. Indirect statements of forbidden facts
# --------------------------------------------------------------------------------------------
G = "indirect"

add(G, "BHS", "weapon", "Christian Alvarado", 10, "2025-10-22 07:55", "Brighton High School, main entrance",
    "The SSO took a 6-inch kitchen knife from Christian's backpack at 7:55 after he told a friend he'd "
    "'poke' someone on the Green Line. Christian cried and said he needed it for protection on the "
    "train. Dad came in at 9 and asked whether this would come up at his check-in with ICE next month.",
    weapon="knife", mnc=["check-in with ICE"], fact="kitchen knife",
    mct=["6-inch kitchen knife", "Green Line"], cats=["immigration_status"])

add(G, "EBHS", "drugs", "Anderson Mejía", 9, "2026-01-28 11:30", "East Boston High School, 1st floor hallway",
    "At 11:30 the AP found a small bag of blue powder in Anderson's jacket after another student said he "
    "was selling 'fetty'; it field-tested positive for fentanyl. Anderson said a man outside the "
    "Maverick T gave it to him to hold. He and his mother got here last spring on the bus from the "
    "border and stayed at a shelter in Revere before moving in with an uncle.",
    subs=["fentanyl"], mnc=["from the border", "shelter in Revere"], fact="fentanyl",
    mct=["blue powder", "Maverick T"], cats=["immigration_status", "neighborhood"])

add(G, "BCLA", "credible_threat", "Jeff Dorsainvil", 11, "2026-02-04 10:40", "Boston Community Leadership Academy, gym",
    "Gym teacher reported at 10:40 that Jeff said he'd come back with a gun and Coach would be first. "
    "AP and SSO met with Jeff at 10:55; no weapon on him. The counselor reminded us that his mom only "
    "reads the Kreyòl version of the letters we send home, so the notice went out that way.",
    threat="Jeff told his gym teacher, 'if Coach suspends me again I'm coming back with a gun and he's "
           "first,' and repeated it when the teacher asked him to calm down.",
    mnc=["Kreyòl"], fact="gun", mct=["at 10:55", "no weapon on him"], cats=["language"])

add(G, "CURLEY", "weapon", "Carlos Funes", 8, "2025-12-01 12:05", "Curley K-8 School, 8th grade hallway",
    "Carlos sprayed pepper spray in the 8th grade hallway at 12:05 during passing time; four students "
    "coughing, one with red eyes treated by the nurse. He said his mom gave it to him for the walk. Mom "
    "asked that we not call police because they're still waiting on their hearing and the judge hasn't "
    "decided if they can stay.",
    weapon="pepper spray", mnc=["waiting on their hearing", "if they can stay"], fact="pepper spray",
    mct=["8th grade hallway", "passing time"], cats=["immigration_status"])

add(G, "MP", "serious_violence", "Ibrahim Diallo", 10, "2026-04-17 13:50",
    "Madison Park Technical Vocational High School, auto shop",
    "At 1:50 in the auto shop Ibrahim hit another student (T.J.) with a tire iron across the forearm; "
    "X-ray at BMC showed a broken ulna. Ibrahim said T.J. had been taunting him for weeks. His father, "
    "who wears a kufi, asked to leave our meeting early to make it to jumu'ah.",
    mnc=["kufi", "jumu'ah"], fact="tire iron", mct=["auto shop", "broken ulna"], cats=["religion"])

add(G, "EHS", "fight", "Ashley Diaz", 10, "2026-03-27 14:30", "English High School, bike racks",
    "Two girls fought at dismissal by the bike racks, slapping, no injuries. They walk home to the same "
    "building at the Heath and it keeps carrying over. Please have officers talk to them.",
    mnc=["at the Heath"], cats=["neighborhood"], reason="ground_not_permitted")

add(G, "NMHS", "credible_threat", "Marlon Jeffries", 10, "2025-10-23 14:30", "New Mission High School, 2nd floor hallway",
    "R.S. told the SSO that at 2:20 Marlon kept tapping his backpack while threatening him. SSO searched the "
    "backpack at 2:30: a loaded .22 revolver. His older cousins 'put him on' last summer, and he throws "
    "up their hand sign in most of his pictures.",
    weapon="firearm",
    threat="Marlon told another student in the hallway, 'I'm gonna shoot you when you get off the bus, I "
           "got my hammer right here,' tapping his backpack; the student saw what looked like a gun "
           "handle in the bag.",
    mnc=["put him on", "hand sign"], fact="revolver", mct=["loaded .22 revolver", "at 2:30"],
    cats=["gang_affiliation"])

add(G, "SNOW", "drugs", "Gabriela Nunes", 11, "2026-03-10 09:15", "Snowden International School, room 316",
    "Teacher found Gabriela with four tabs of LSD on a perforated blotter sheet in her phone case at "
    "9:15; she said she was going to take them at a party Friday. Her grandmother asked the counselor "
    "to keep it quiet because Gabriela goes to confession with her every Saturday and is giving up "
    "sweets during Lent.",
    subs=["LSD"], mnc=["confession", "during Lent"], fact="LSD", mct=["phone case", "blotter sheet"],
    cats=["religion"])

add(G, "QUINCY", "drugs", "Phuong Le", 9, "2026-02-10 12:30", "Josiah Quincy Upper School, 3rd floor girls' room",
    "Phuong was caught with a Juul in the 3rd floor girls' room. She translates for her parents at every "
    "meeting because they never learned English, so she'll need to be there when police call.",
    subs=["Juul (nicotine)"], mnc=["never learned English", "translates for her parents"],
    cats=["language"], reason="excluded_substance")

add(G, "BHS", "weapon", "Yonas Gebre", 10, "2025-12-15 11:50", "Brighton High School, 2nd floor hallway",
    "Yonas pulled a folding knife on a classmate in the 2nd floor hallway at 11:50 after the classmate "
    "knocked his phone out of his hand; SSO took the knife, nobody cut. Yonas says he carries it since "
    "his family fled the fighting in Tigray.",
    weapon="knife", mnc=["Tigray"], fact="folding knife", mct=["2nd floor hallway", "knocked his phone"],
    cats=["national_origin"])

add(G, "EBHS", "serious_violence", "Edwin Tzoc", 11, "2026-05-13 12:40", "East Boston High School, cafeteria",
    "At 12:40 in the cafeteria Edwin hit a student over the head with a chair; the student was knocked "
    "out and taken to MGH with a concussion and a cut needing 8 stitches. Edwin lives with a family "
    "friend; the social worker says his sponsor case with ORR is still open.",
    mnc=["sponsor case", "with ORR"], fact="concussion", mct=["with a chair", "8 stitches"],
    cats=["immigration_status"])

add(G, "DEAR", "credible_threat", "Shanice Moore", 10, "2026-04-30 08:10", "Dearborn STEM Academy, front door",
    "The ex-boyfriend showed the AP the text at 8:00 AM. Shanice was met at the door at 8:10; a 10-inch "
    "bread knife was in her backpack. Shanice has been at the family shelter on Magnolia St since "
    "January and staff know she's under a lot of stress.",
    threat="Shanice texted her ex-boyfriend: 'I'm bringing a knife tomorrow and you're gonna bleed in "
           "front of everyone in 3rd period,' then sent a photo of a large knife.",
    mnc=["shelter on Magnolia"], fact="bread knife", mct=["10-inch bread knife", "at the door at 8:10"],
    cats=["neighborhood"])

add(G, "CHS", "weapon", "Nathaly Ramos", 11, "2026-01-12 07:45", "Charlestown High School, door check",
    "Nathaly had a box cutter in her purse at the door check (she works at a grocery). USCIS asked for a "
    "copy; mom's work permit ran out in December and they're reviewing the family's case.",
    recipient="dhs/uscis", weapon="box cutter", mnc=["work permit"], cats=["immigration_status"],
    reason="recipient_not_permitted")

add(G, "EXCEL", "weapon", "Hugo Baptista", 9, "2026-04-13 10:00", "Excel High School, 1st floor lockers",
    "A knife with a 4-inch blade was found in Hugo's locker during a locker sweep at 10:00 after a tip "
    "that he showed it around at lunch. Hugo admits it's his. His mom asked for someone who speaks her "
    "language because she 'doesn't do well in English'.",
    weapon="knife", mnc=["speaks her language", "do well in English"], fact="knife",
    mct=["locker sweep", "4-inch blade"], cats=["language"])

add(G, "TBA", "drugs", "Dara Sok", 10, "2026-05-28 13:15", "TechBoston Academy, courtyard",
    "Dara was found with 3 grams of crack cocaine and a scale in his backpack at 1:15 after the SSO "
    "smelled something burning in the courtyard. Dara missed two days last week because his family "
    "goes to the temple on Talbot Ave for Vesak, and his grandmother walks him home from there.",
    subs=["crack cocaine"], mnc=["the temple", "Talbot Ave", "Vesak"], fact="crack cocaine",
    mct=["and a scale", "in the courtyard"], cats=["religion", "neighborhood"])

# --------------------------------------------------------------------------------------------
# 7. Precision traps: category-looking words about something else (all allowed, words kept)
# --------------------------------------------------------------------------------------------
G = "precision"

add(G, "BLA", "weapon", "Sofia Marchetti", 11, "2025-10-08 10:20", "Boston Latin Academy, room 211",
    "During AP Spanish in room 211 at 10:20, Sofia took a folding knife out of her pencil case and "
    "opened and closed it while staring at another girl; the teacher asked for it and she handed it "
    "over. The knife has a 3-inch blade and a pink handle. Her home language is listed as Tagalog in "
    "the SIS.",
    weapon="knife", mnc=["Tagalog"], fact="folding knife", mct=["AP Spanish", "room 211", "pink handle"],
    cats=["language"])

add(G, "BURKE", "serious_violence", "Derrick Hale", 10, "2025-11-06 11:50", "Jeremiah E. Burke High School, cafeteria",
    "At 11:50 in the cafeteria, in an argument over who cut the line for French fries, Derrick punched "
    "M.V. repeatedly and slammed his head into the table; M.V. had a fractured nose and cheekbone and "
    "was taken to BMC.",
    fact="fractured", mct=["French fries", "fractured nose and cheekbone"])

add(G, "CHS", "weapon", "Owen Keller", 9, "2025-06-13 13:15", "Irish Cultural Centre, Canton (field trip)",
    "On the 9th grade field trip to the Boston Irish Festival at the Irish Cultural Centre in Canton, a "
    "chaperone saw Owen showing other students a switchblade by the food tents at 1:15 PM. The chaperone "
    "took it; it has a 3.5-inch blade.",
    weapon="knife", fact="switchblade", mct=["Boston Irish Festival", "Irish Cultural Centre in Canton",
                                             "food tents"])

add(G, "BAA", "weapon", "Tessa Morin", 11, "2026-02-25 12:30", "Boston Arts Academy, cafeteria",
    "Tessa is on stage crew and is allowed to use a box cutter in the scene shop only. At 12:30 she took "
    "the box cutter to the cafeteria and held the blade near another student's face during an argument; "
    "the stage crew adviser took it from her.",
    weapon="box cutter", fact="box cutter", mct=["on stage crew", "scene shop", "stage crew adviser"])

add(G, "BLS", "drugs", "Connor Walsh", 12, "2026-04-15 08:10", "Boston Latin School, student parking lot",
    "Connor admitted he used a Visa gift card to buy 20 counterfeit Percocet pills online and had them "
    "mailed to a friend's house. The AP found 14 of the pills, pressed blue M30s, in his car in the "
    "student lot at 8:10.",
    subs=["counterfeit Percocet (suspected fentanyl)"], fact="Percocet",
    mct=["Visa gift card", "student lot"])

add(G, "ELIOT", "weapon", "Ben Adler", 7, "2025-10-02 12:10", "Langone Park (recess)",
    "Ben used the blade of a red Swiss Army knife to threaten a classmate at Langone Park during recess "
    "at 12:10, saying he'd cut him. The recess aide took it.",
    weapon="knife", fact="Swiss Army knife", mct=["Swiss Army knife", "Langone Park"])

add(G, "EHS", "serious_violence", "Tyrone Gaines", 11, "2026-05-01 14:35", "English High School, front steps",
    "At 2:35 on the front steps Tyrone slashed R.M. across the neck with a box cutter after R.M. "
    "snatched his gold Cuban link chain; R.M. needed 11 stitches at Faulkner. The chain was found on the "
    "steps.",
    fact="box cutter", mct=["Cuban link chain", "11 stitches", "on the front steps"])

add(G, "MILD", "credible_threat", "Aaron Tibbs", 8, "2025-12-16 13:40", "Mildred Avenue K-8 School, auditorium",
    "During rehearsal for the Christmas concert at 1:40, three students heard Aaron say 'I swear to God "
    "I'm bringing my dad's gun to the Christmas concert.' Dad confirmed he has a registered pistol at "
    "home and secured it with BPD. The concert went ahead with a police detail. Aaron's grandmother "
    "asked that Father Reilly from St. Angela's parish be told.",
    threat="Aaron told three classmates during rehearsal: 'I swear to God I'm bringing my dad's gun to "
           "the Christmas concert and shooting Mr. Dunn.' He said his dad keeps it in a shoebox.",
    mnc=["St. Angela", "Father Reilly", "parish"], fact="pistol",
    mct=["Christmas concert", "swear to God", "police detail"], cats=["religion"])

add(G, "NMHS", "weapon", "Zion Barnes", 12, "2026-01-30 20:10", "Catholic Memorial gym (away game)",
    "At the away basketball game at Catholic Memorial on Friday night, Zion was seen with brass knuckles "
    "in the bleachers during the 3rd quarter; our SSO took them and the CM athletic director was "
    "informed.",
    weapon="brass knuckles", fact="brass knuckles", mct=["Catholic Memorial", "3rd quarter"])

add(G, "OBRY", "drugs", "Lucas Ferreira", 10, "2026-03-13 10:30",
    "John D. O'Bryant School of Mathematics and Science, gym (science fair)",
    "Lucas brought MDMA pills in a Ziploc bag hidden inside his science fair project (a model volcano) "
    "and sold two to classmates in the gym during the fair at 10:30. The AP recovered 8 pink pills from "
    "the Ziploc.",
    subs=["MDMA"], fact="MDMA", mct=["Ziploc bag", "science fair project", "model volcano"])

add(G, "BLS", "weapon", "Henry Lowell", 11, "2025-10-15 15:45", "Charles River boathouse dock",
    "At crew practice on the Charles at 3:45, the coach saw Henry pull a black handgun out of his Canada "
    "Goose jacket and show it to two teammates on the dock. The coach called 911; State Police took the "
    "gun, which was unloaded.",
    weapon="firearm", fact="handgun", mct=["crew practice on the Charles", "Canada Goose jacket", "on the dock"])

add(G, "DEAR", "serious_violence", "Nia Chambers", 10, "2026-02-20 12:10", "Dearborn STEM Academy, cafeteria",
    "While another girl was on FaceTime at 12:10, Nia came up and punched her in the face and then cut "
    "her cheek with a razor blade; the girl had a 4 cm facial laceration and was seen by a plastic "
    "surgeon at Boston Children's. The FaceTime call recorded the attack.",
    fact="razor blade", mct=["FaceTime", "facial laceration", "punched her in the face"])

add(G, "BURKE", "weapon", "Rui Andrade", 10, "2026-06-10 13:00", "Jeremiah E. Burke High School, courtyard",
    "At the end-of-year Italian ice party in the courtyard, Rui pulled a knife on a boy who bumped him; "
    "the boy backed into a table and the nurse gave him an ice pack for his elbow. The SSO took the knife "
    "(folding, 4 in). Rui's dad asked for an interpreter in Kriolu at the meeting.",
    weapon="knife", mnc=["Kriolu", "interpreter"], fact="knife", mct=["Italian ice", "ice pack"], cats=["language"])

add(G, "TBA", "credible_threat", "Caleb Moss", 10, "2026-03-25 13:30", "TechBoston Academy, chemistry lab",
    "Lab partner reported at 1:30 that Caleb said he'd bring his stepdad's gun and 'do a Joker' on the "
    "school 'like in Arkham Asylum', the video game. Stepdad confirmed a handgun is in the home and "
    "agreed to let BPD store it.",
    threat="Caleb told his lab partner, 'Tomorrow I'm bringing my stepdad's gun and doing a Joker on this "
           "school, like in Arkham Asylum, start with the cafeteria.' His lab partner says Caleb has "
           "shown her pictures of the gun before.",
    fact="handgun", mct=["Arkham Asylum", "Lab partner reported"])

add(G, "TOBIN", "drugs", "Miles Foster", 8, "2026-02-17 16:15", "Tobin K-8 School, room 110 (after school)",
    "During the Citizen Schools after-school apprenticeship at 4:15, a volunteer saw Miles with a pill "
    "bottle of oxycodone that belongs to his grandmother; he had given one pill to another 8th grader. "
    "Bottle had 22 pills left.",
    subs=["oxycodone (grandmother's prescription)"], fact="oxycodone",
    mct=["Citizen Schools", "22 pills left"])

add(G, "EHS", "weapon", "Jalen Wright", 11, "2025-11-27 10:40", "White Stadium, Franklin Park",
    "At the Thanksgiving football game at White Stadium in Franklin Park, a BPS SSO saw Jalen pass a "
    "loaded handgun to another student under the bleachers at 10:40 AM. Boston Police on the detail "
    "recovered it.",
    weapon="firearm", fact="handgun", mct=["White Stadium in Franklin Park", "under the bleachers"])

add(G, "MUNIZ", "serious_violence", "Adrian Cole", 10, "2026-05-21 12:15", "corner store across from the school",
    "At 12:15 outside the corner store across from our building in Jamaica Plain, Adrian stabbed "
    "another student (E.R.) in the side with a pocket knife during an argument over a Jamaican beef "
    "patty; E.R. had a punctured lung and surgery at Brigham.",
    fact="pocket knife", mct=["Jamaica Plain", "Jamaican beef patty", "punctured lung"])

add(G, "MP", "weapon", "Ty Walker", 9, "2025-12-08 09:55",
    "Madison Park Technical Vocational High School, 2nd floor hallway",
    "Ty had a taser hidden in the box of his new Air Jordan 4s in his locker; he zapped it at a "
    "classmate's neck in the hallway at 9:55. The classmate had two small burn marks.",
    weapon="taser", fact="taser", mct=["Air Jordan", "burn marks"])

add(G, "BHS", "credible_threat", "Riley Egan", 10, "2026-01-21 09:40", "Brighton High School, room 109",
    "Riley was removed from English 10 at 9:30 for foul language, then came back to the door at 9:40 and "
    "told the teacher he'd come back with his brother's gun and shoot her first. Brother's gun "
    "confirmed registered; BPD D-14 notified.",
    threat="Riley, after being removed from English 10 for foul language, told the teacher: 'I'll come "
           "back with my brother's gun and you'll be the first one I shoot,' and told a classmate he'd "
           "do it Monday.",
    fact="gun", mct=["English 10", "foul language", "at 9:40"])

add(G, "BLA", "drugs", "Maya Lind", 11, "2026-04-23 11:20", "Boston Latin Academy, cafeteria",
    "The AP found 9 capsules of white powder taped inside the lid of a Greek yogurt cup in Maya's lunch "
    "bag; Maya said they contained ketamine and she was selling them for $15. Recovered at 11:20.",
    subs=["ketamine"], fact="ketamine", mct=["Greek yogurt", "lunch bag"])

add(G, "OBRY", "weapon", "Evan Fitz", 10, "2025-11-12 16:00",
    "John D. O'Bryant School of Mathematics and Science, locker room",
    "After Brazilian jiu-jitsu club at 4:00, Evan pulled a karambit (curved knife) on a club member in "
    "the locker room; the coach took it. No one was cut.",
    weapon="knife", fact="karambit", mct=["Brazilian jiu-jitsu club", "karambit"])

add(G, "FENWAY", "serious_violence", "Keon Dixon", 11, "2026-03-06 14:45", "Ruggles station, Orange Line platform",
    "Right after dismissal at 2:45, on the Orange Line platform at Ruggles station, Keon stabbed a "
    "student from our school in the thigh with a knife; the victim lost a lot of blood and went to "
    "surgery at BMC. MBTA staff held the train. Keon stays in the Whittier Street development with his "
    "mother.",
    mnc=["Whittier Street"], fact="stabbed", mct=["Ruggles station", "in the thigh"], cats=["neighborhood"])

add(G, "EBHS", "weapon", "Dominic Russo", 12, "2025-09-18 07:35", "East Boston High School, front lot",
    "At 7:35 a teacher saw Dominic, in a black hoodie, get out of a white Honda Civic in the front lot and "
    "hand a black pistol to another student; SSO stopped both at the door and recovered the pistol, "
    "loaded with 6 rounds.",
    weapon="firearm", fact="pistol", mct=["black hoodie", "white Honda Civic", "6 rounds"])

add(G, "EXCEL", "drugs", "Shane Doherty", 11, "2025-10-29 10:05", "Excel High School, room 203",
    "Shane told the AP he bought the 5 bags of fentanyl found in his backpack at 10:05 from a man near "
    "Mass and Cass on his way to school. He was nodding off in 2nd period when the teacher called the "
    "nurse.",
    subs=["fentanyl"], fact="fentanyl", mct=["Mass and Cass", "2nd period"])

add(G, "MHK8", "credible_threat", "Luca Moretti", 8, "2026-04-10 09:00", "Mission Hill K-8 School, 2nd floor boys' bathroom",
    "A custodian found 'MHK8 gets shot up friday - L.M.' written on the 2nd floor boys' bathroom stall at "
    "Mission Hill K-8 at 9:00. Luca admitted writing it and told the AP his uncle has a rifle in the "
    "basement.",
    threat="Luca wrote on the bathroom stall that he would shoot up Mission Hill K-8 on Friday, signed "
           "with his initials, and told a friend he meant it and knows where his uncle keeps a rifle.",
    fact="rifle", mct=["Mission Hill K-8", "bathroom stall", "rifle in the basement"])

add(G, "EBHS", "weapon", "Nicolás Ruiz", 10, "2026-03-19 14:20", "Maverick station",
    "At 2:20 at Maverick station, a group of East Boston High School students saw Nicolás take out a "
    "switchblade and chase a boy up the stairs; an MBTA worker called it in and an SSO met the group "
    "there.",
    weapon="knife", fact="switchblade",
    mct=["Maverick station", "East Boston High School students", "chase a boy up the stairs"])

add(G, "CASH", "serious_violence", "Trey Hunt", 12, "2026-02-03 10:30", "Community Academy of Science and Health, gym",
    "On the day of the Red Cross blood drive in the gym, during the second block of the block schedule, "
    "Trey hit another student with a metal stapler repeatedly; the boy had a skull fracture and there "
    "was blood on Trey's sleeve. The boy was taken to BMC.",
    fact="skull fracture", mct=["blood drive", "block schedule", "blood on Trey's sleeve"])

add(G, "BHS", "drugs", "Dylan Pratt", 10, "2025-12-18 12:50", "behind Brighton High School",
    "A delivery driver from the Chinese takeout place next door told our SSO that Dylan was selling pills "
    "behind the dumpsters at 12:50; the SSO found 6 bars of counterfeit Xanax and $80 on Dylan. His mom "
    "asked for a Polish interpreter for the meeting.",
    subs=["counterfeit Xanax"], mnc=["Polish", "interpreter"], fact="Xanax", mct=["Chinese takeout", "behind the dumpsters"],
    cats=["language"])

add(G, "BLS", "weapon", "Theo Grant", 9, "2026-01-06 13:10", "Boston Latin School, room 228",
    "In Latin class at 1:10 Theo was peeling a Mandarin orange with a 4-inch fixed-blade knife he brought "
    "from home; when a classmate joked, he pointed the knife at him and said he'd 'gut him.' The teacher "
    "called the SSO.",
    weapon="knife", fact="fixed-blade knife", mct=["Latin class", "Mandarin orange"])

add(G, "BCLA", "credible_threat", "Jasmine Ortiz", 11, "2026-05-15 13:05", "Boston Community Leadership Academy, spring fair",
    "At the spring fair, waiting in line at the Korean corn dog truck behind the Thai iced tea stand at "
    "1:05, Jasmine told M.K. she'd bring her cousin's gun tomorrow and wait for her there. M.K. told the "
    "AP; the photo on Jasmine's phone shows a black handgun.",
    threat="Jasmine told a girl in line at the food truck: 'You're dead tomorrow, I'm bringing my "
           "cousin's gun and I'll wait for you at the Korean corn dog truck after school,' and showed her "
           "a photo of the gun.",
    fact="handgun", mct=["Korean corn dog truck", "Thai iced tea stand"])

add(G, "BLA", "weapon", "Patrick Byrne", 12, "2025-11-13 08:15", "Boston Latin Academy, homeroom",
    "At 8:15 Patrick, wearing his Holy Cross sweatshirt, pulled a collapsible baton out of his bag in "
    "homeroom and hit the desk with it to scare a classmate. The SSO took the baton. His mother lives on "
    "Adams St in Lower Mills, and he goes back and forth.",
    weapon="club", mnc=["Adams St", "Lower Mills"], fact="collapsible baton",
    mct=["Holy Cross sweatshirt", "collapsible baton"], cats=["neighborhood"])

add(G, "EXCEL", "serious_violence", "Kyle Conroy", 11, "2026-03-15 13:30", "Broadway, South Boston (parade route)",
    "During the St. Patrick's Day parade on Broadway, where our band was marching, Kyle smashed a beer "
    "bottle over a student's head; the student needed 12 staples and was kept overnight at Tufts. Parade "
    "marshals held Kyle for police.",
    fact="beer bottle", mct=["St. Patrick's Day parade", "12 staples", "our band was marching"])

add(G, "QUINCY", "drugs", "Nathan Cho", 10, "2025-10-20 09:40", "Josiah Quincy Upper School, 4th floor bathroom",
    "At 9:40 the AP found 3 grams of methamphetamine in the zipper pocket of Nathan's backpack after a "
    "teacher smelled smoke in the 4th floor bathroom; a glass pipe was in the same pocket.",
    subs=["methamphetamine"], fact="methamphetamine", mct=["zipper pocket", "4th floor bathroom"])

add(G, "SNOW", "credible_threat", "Isaac Levin", 9, "2026-02-19 15:20", "Snowden International School, room 305",
    "The chess club (which calls itself the Gambit Gang) meets Thursdays in room 305. After a loss at "
    "3:20 Isaac told the winner he'd bring his dad's hunting rifle Friday and shoot him and the club. The "
    "text he sent later says the same. Dad confirmed a rifle at home; BPD notified.",
    threat="After losing a chess match, Isaac told the opponent: 'I'm going to bring my dad's hunting "
           "rifle Friday and shoot you and the whole Gambit Gang,' the name the chess club calls itself, "
           "and later repeated it in a text.",
    fact="rifle", mct=["Gambit Gang", "room 305", "hunting rifle"])

add(G, "MP", "weapon", "Malcolm Dyer", 11, "2026-04-27 10:10",
    "Madison Park Technical Vocational High School, culinary arts kitchen",
    "In culinary arts at 10:10, while the class was making gumbo with Creole seasoning, Malcolm grabbed a "
    "chef's knife and held it to a classmate's throat for a few seconds before the chef instructor talked "
    "him down. No injury.",
    weapon="knife", fact="chef's knife", mct=["culinary arts", "Creole seasoning", "chef's knife"])


def main():
    selfcheck()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
