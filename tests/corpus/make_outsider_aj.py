#!/usr/bin/env python3
"""Outsider corpus AJ: incidents away from the building (trips, away games, buses, proms,
festivals, parades, summer programs). Deterministic, standard library only.

Writes tests/data/corpus/outsider_aj.jsonl (100 cases, prefix OAJ).
"""
import json
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_aj.jsonl"
TAG = "outsider_aj"
rng = random.Random(20260317)

SCHOOLS = [
    ("Boston Latin Academy", "BPS-4013"), ("Madison Park Technical Vocational High School", "BPS-4061"),
    ("East Boston High School", "BPS-4041"), ("Jeremiah E. Burke High School", "BPS-4072"),
    ("English High School", "BPS-4033"), ("Excel High School", "BPS-4110"),
    ("Brighton High School", "BPS-4021"), ("TechBoston Academy", "BPS-4135"),
    ("Mission Hill K-8", "BPS-4318"), ("John D. O'Bryant School", "BPS-4091"),
    ("Charlestown High School", "BPS-4025"), ("Snowden International School", "BPS-4126"),
    ("Boston Community Leadership Academy", "BPS-4176"), ("Dearborn STEM Academy", "BPS-4205"),
]
FIRST = ["Marcus", "Tiana", "Devon", "Keisha", "Andre", "Brianna", "Jalen", "Nadia", "Tyrese", "Lena",
         "Quentin", "Shanice", "Mateo", "Aaliyah", "Corey", "Imani", "Xavier", "Destiny", "Rashad",
         "Kayla", "Dante", "Monique", "Elijah", "Serena", "Malik"]
LAST = ["Whitfield", "Okafor", "Brennan", "Lattimore", "Castellano", "Pruitt", "Delacroix", "Hawes",
        "Ambrose", "Fairley", "Gorman", "Kessler", "Mayfield", "Ruiz-Tanner", "Sutton", "Vance",
        "Beckford", "Linwood", "Oduya", "Prescott", "Quarles", "Redding", "Stanhope", "Tolliver"]
RECIPS = ["bpd", "bpd/district-b2", "bpd/district-c11", "bpd/district-e18", "bpd/district-a1",
          "bpd/district-d4", "bpd/school-police-unit"]

# (location, lead-in sentence, place/culture phrases that only locate the incident and must be kept)
SETTINGS = [
    ("Museum of Fine Arts, Egyptian wing",
     "On the art history field trip to the Museum of Fine Arts, while the class was in the Egyptian wing near the mummy cases,",
     ["Egyptian wing", "Museum of Fine Arts"]),
    ("Massachusetts State House, Great Hall",
     "During the civics class visit to the Massachusetts State House, while the group waited in the Great Hall for the House chamber tour,",
     ["State House", "Great Hall"]),
    ("Caribbean Carnival parade route, Franklin Park",
     "While our drumline was marching in the Caribbean Carnival parade on the route into Franklin Park,",
     ["Caribbean Carnival", "Franklin Park"]),
    ("Tsongas Center, Lowell",
     "At the hockey tournament in Lowell, in the visitors' locker room at the Tsongas Center,",
     ["tournament in Lowell", "Tsongas Center"]),
    ("Dim sum restaurant, Beach Street, Chinatown",
     "After the away game, when the team stopped to eat at a dim sum restaurant on Beach Street in Chinatown,",
     ["dim sum restaurant", "Chinatown"]),
    ("Westin Seaport hotel ballroom",
     "At the senior prom in the ballroom of the Westin Seaport hotel,",
     ["senior prom", "Westin Seaport"]),
    ("Commuter rail, Framingham/Worcester line",
     "On the commuter rail back from the college visit to Clark University in Worcester,",
     ["college visit", "Clark University"]),
    ("Team bus, Route 24",
     "On the team bus coming back from the away game in Brockton, somewhere on Route 24,",
     ["away game in Brockton", "Route 24"]),
    ("Isabella Stewart Gardner Museum, courtyard",
     "On the field trip to the Isabella Stewart Gardner Museum, next to the courtyard garden,",
     ["Gardner Museum", "courtyard garden"]),
    ("Museum of Science, Hall of Human Life",
     "During the science class trip to the Museum of Science, in the Hall of Human Life exhibit,",
     ["Museum of Science", "Hall of Human Life"]),
    ("Hotel, Washington D.C. (overnight trip)",
     "On the second night of the overnight trip to Washington, D.C., in the fourth-floor hallway of the group's hotel,",
     ["overnight trip", "fourth-floor hallway"]),
    ("Dragon Boat Festival, Charles River",
     "At the Dragon Boat Festival on the Charles River, where our paddling club raced,",
     ["Dragon Boat Festival", "Charles River"]),
    ("Greater Boston Food Bank warehouse",
     "During the community service day at the Greater Boston Food Bank warehouse, on the packing line,",
     ["community service day", "packing line"]),
    ("UMass Boston Campus Center (summer program)",
     "During the summer bridge program at UMass Boston, in the Campus Center dining area,",
     ["summer bridge program", "UMass Boston"]),
    ("Lunar New Year celebration, Harrison Avenue",
     "While the school's lion dance team was performing at the Lunar New Year celebration on Harrison Avenue,",
     ["lion dance", "Lunar New Year"]),
    ("Juneteenth celebration, Nubian Square",
     "At the Juneteenth celebration in Nubian Square, where our step team performed,",
     ["Juneteenth", "step team"]),
    ("Reggie Lewis Center",
     "At the indoor track championship at the Reggie Lewis Center, in the stands by the finish line,",
     ["Reggie Lewis Center", "track championship"]),
    ("Basketball tournament, Springfield",
     "At the basketball tournament in Springfield, in the gym next to the Hall of Fame,",
     ["tournament in Springfield", "Hall of Fame"]),
    ("Irish Cultural Centre, Canton",
     "At the winter formal held at the Irish Cultural Centre in Canton,",
     ["winter formal", "Irish Cultural Centre"]),
    ("Harvard Yard, campus tour",
     "On the college visit to Harvard, during the campus tour through Harvard Yard,",
     ["campus tour", "Harvard Yard"]),
    ("Plimoth Patuxet Museums, Wampanoag Homesite",
     "On the field trip to Plimoth Patuxet, at the Wampanoag Homesite,",
     ["Plimoth Patuxet", "Wampanoag Homesite"]),
    ("Peabody Essex Museum, Salem",
     "On the trip to the Peabody Essex Museum in Salem, outside the Yin Yu Tang house,",
     ["Peabody Essex Museum", "Yin Yu Tang"]),
    ("MBTA Orange Line, Back Bay station",
     "Coming back from the Head of the Charles trip on the Orange Line, on the platform at Back Bay station,",
     ["Orange Line", "Back Bay station"]),
    ("Taqueria, Essex Street, Lawrence",
     "After the soccer match in Lawrence, while the team ate at a taqueria on Essex Street,",
     ["soccer match in Lawrence", "taqueria"]),
    ("Italian restaurant, Hanover Street (cultural festival trip)",
     "During the Saint Joseph's Day festival trip, while the class had lunch at a pizzeria on Hanover Street,",
     ["pizzeria", "Hanover Street"]),
]

# ---- allowed incidents: (ground, extra request fields, sentence, key fact, text facts)
WEAPON = [
    ("knife", "a chaperone saw {f} pull a folding knife with a 4 inch blade out of {p} jacket and wave it at a student from another school. The chaperone took the knife; no one was hurt.",
     "folding knife", ["folding knife", "4 inch blade"]),
    ("box cutter", "Coach {c} found a box cutter in the front pocket of {f}'s backpack during the bag check the coaches do before loading the bus.",
     "box cutter", ["box cutter", "bag check"]),
    ("brass knuckles", "{f} showed two teammates a set of brass knuckles and slipped them on; Coach {c} took them and locked them in the equipment bag.",
     "brass knuckles", ["brass knuckles", "equipment bag"]),
    ("pepper spray", "{f} sprayed pepper spray toward a group of students after an argument; two of them had to have their eyes flushed by the EMTs on site.",
     "pepper spray", ["pepper spray", "eyes flushed"]),
    ("stun gun", "a chaperone found a stun gun in {f}'s bag, wrapped in a sweatshirt, after another student said {s} had been showing it off.",
     "stun gun", ["stun gun", "wrapped in a sweatshirt"]),
    ("firearm", "a teammate told Coach {c} that {f} had a gun; the coach and the trip leader found a loaded handgun in the side pocket of {f}'s duffel bag and called 911.",
     "loaded handgun", ["loaded handgun", "duffel bag"]),
    ("razor blade", "{f} was seen holding a razor blade that had been taped inside {p} phone case; {s} handed it over to Mr. {c} when asked.",
     "razor blade", ["razor blade", "phone case"]),
    ("club", "a chaperone took an expandable baton from {f} after {s} flicked it open and swung it at the railing while arguing with another student.",
     "expandable baton", ["expandable baton", "swung it at the railing"]),
]
VIOLENCE = [
    ("{f} punched another student repeatedly and kicked him in the head while he was on the ground; he lost consciousness and was taken by ambulance to MGH, where they found a fractured skull.",
     "fractured skull", ["fractured skull", "by ambulance"]),
    ("{f} hit a student from the other team in the face with a glass bottle. The student needed 14 stitches above the eye and was treated for a broken orbital bone.",
     "broken orbital bone", ["glass bottle", "broken orbital bone"]),
    ("{f} shoved another student down a flight of stone stairs during an argument; the student has a broken wrist and a concussion and was kept overnight at the hospital.",
     "broken wrist", ["broken wrist", "concussion"]),
    ("{f} kicked a younger student in the mouth during a fight; the student's jaw was broken in two places and had to be wired shut.",
     "jaw was broken", ["jaw was broken", "wired shut"]),
    ("{f} stabbed another student in the upper arm with a pocket knife; the wound needed surgery at Boston Medical Center.",
     "upper arm", ["pocket knife", "upper arm"]),
]
THREATS = [
    ("on the ride back {f} told two teammates {s} would \"bring my cousin's gun to the rematch and light up their bench\" and named the February 27 home game.",
     "{f} said on the bus that {s} would bring a gun to the February 27 rematch and shoot at the other team's bench; {s} named the game, the bench and where {s} would get the gun.",
     "February 27", ["rematch", "February 27"]),
    ("{f} sent the trip group chat a photo of a knife with the message \"tomorrow at the museum D.R. gets cut, watch\" and then repeated it out loud to the chaperone.",
     "{f} wrote and then said out loud that {s} would cut a named classmate (D.R.) with a knife at the museum the next day and showed a photo of the knife.",
     "photo of a knife", ["photo of a knife", "group chat"]),
    ("after being sent home from the dance {f} told the vice principal \"I know which bus the seniors take, I'm gonna be waiting with something for all of them.\"",
     "{f} told the vice principal {s} would wait at the seniors' bus with a weapon; {s} knows the bus and the time it leaves.",
     "seniors take", ["seniors take", "sent home from the dance"]),
    ("{f} posted a video showing a handgun in a waistband with the caption \"next away game I'm finishing it\" and tagged the opposing team's captain.",
     "{f} posted a video with a handgun and a caption saying {s} would finish it at the next away game, tagging a named student.",
     "handgun in a waistband", ["handgun in a waistband", "tagged"]),
]
DRUGS = [
    (["counterfeit pills", "fentanyl"], "a bag of 20 small blue pills stamped M30 fell out of {f}'s hoodie; {s} said they were \"percs\" and the nurse believes they are counterfeit and may contain fentanyl.",
     "M30", ["20 small blue pills", "M30"]),
    (["cocaine"], "a chaperone found a folded dollar bill with white powder and a small baggie in {f}'s jacket; {f} said it was coke {s} meant to sell at the after-party.",
     "cocaine", ["white powder", "after-party"]),
    (["MDMA"], "{f} was handing out capsules {s} called \"molly\" to other students; the chaperone collected 9 capsules.",
     "MDMA", ["9 capsules", "molly"]),
    (["Xanax"], "{f} had a pill bottle with 15 Xanax bars that were not prescribed to {o}; {s} offered two to a teammate.",
     "Xanax", ["15 Xanax bars", "not prescribed"]),
    (["oxycodone"], "{f} was found with 11 oxycodone tablets in a sandwich bag; {s} said they came from a relative's prescription.",
     "oxycodone", ["11 oxycodone tablets", "sandwich bag"]),
    (["marijuana", "cocaine"], "in {f}'s bag the chaperone found a small amount of weed and a baggie of cocaine packaged in 6 small bags.",
     "cocaine", ["6 small bags", "baggie of cocaine"]),
    (["psilocybin"], "{f} gave classmates pieces of a chocolate bar that {s} said had \"shrooms\" in it; one student became sick and the nurse on the trip was called.",
     "psilocybin", ["chocolate bar", "shrooms"]),
]

# ---- forbidden asides: (sentence, canaries, category)
ASIDES = [
    ("The chaperone, Ms. Doyle, mentioned afterwards that {f}'s family is undocumented and that {p} mother was nervous about signing the permission slip.", ["undocumented"], "immigration_status"),
    ("Mr. Keane said {f} and {p} dad have no papers, which is why the dad would not come to the station.", ["no papers"], "immigration_status"),
    ("The permission slip notes that {f} is here on a student visa (F-1).", ["student visa", "F-1"], "immigration_status"),
    ("{f}'s aunt told the coach on the phone that the family has a pending asylum case.", ["asylum"], "immigration_status"),
    ("The counselor who rode the bus added that {f} has DACA and is worried about it.", ["DACA"], "immigration_status"),
    ("{f} only arrived from Guatemala last spring, according to the trip leader.", ["Guatemala"], "national_origin"),
    ("A chaperone remarked that {f} was born in Haiti and moved here in 7th grade.", ["born in Haiti"], "national_origin"),
    ("The coach noted that {f} is a Honduran national.", ["Honduran"], "national_origin"),
    ("{f}'s mother, who is Somali, picked {o} up from the hotel.", ["Somali"], "ethnicity"),
    ("{f} was with {p} Dominican cousins who had come to watch.", ["Dominican"], "ethnicity"),
    ("The chaperone said {f}'s family is Cape Verdean and very strict.", ["Cape Verdean"], "ethnicity"),
    ("The bus monitor described {f} as \"the Vietnamese kid\".", ["Vietnamese"], "ethnicity"),
    ("{f}'s family are Jehovah's Witnesses, the permission slip says, so {s} was not supposed to attend the dance.", ["Jehovah"], "religion"),
    ("{f} had been fasting for Ramadan all day, a teammate said.", ["Ramadan"], "religion"),
    ("The chaperone mentioned that {f} is Muslim and usually quiet.", ["Muslim"], "religion"),
    ("{f}'s youth pastor at the Pentecostal church came to pick {o} up.", ["Pentecostal"], "religion"),
    ("On the bus seat chart {f}'s home stop is listed as Bowdoin St at Geneva Ave.", ["Bowdoin St", "Geneva Ave"], "neighborhood"),
    ("The chaperone said {f} lives in the Mildred Hailey apartments.", ["Mildred Hailey"], "neighborhood"),
    ("The permission slip lists the home address as 88 Wendover Street, 02125.", ["Wendover", "02125"], "neighborhood"),
    ("{f} lives in Mattapan near the trolley, per the trip roster.", ["Mattapan"], "neighborhood"),
    ("{f}'s mom only speaks Haitian Creole and needed an interpreter when we called.", ["Haitian Creole", "interpreter"], "language"),
    ("The trip leader noted that {f} is an English learner (ELD level 2).", ["English learner", "ELD level"], "language"),
    ("{f} speaks mostly Cantonese at home, the chaperone said.", ["Cantonese"], "language"),
    ("Coach {c} said {f} runs with the Castlegate crew.", ["Castlegate"], "gang_affiliation"),
    ("One chaperone believes {f} is a member of the Woodrow Ave gang.", ["Woodrow Ave"], "gang_affiliation"),
]
# structured forbidden fields: (key, value, canaries, category)
FIELDS = [
    ("home_language", "Spanish", ["Spanish"], "language"),
    ("ethnicity", "Puerto Rican", ["Puerto Rican"], "ethnicity"),
    ("country_of_birth", "El Salvador", ["El Salvador"], "national_origin"),
    ("home_address", "41 Fayston St, Roxbury, MA 02121", ["Fayston", "02121"], "neighborhood"),
    ("bus_home_stop", "Columbia Rd at Quincy St", ["Columbia Rd", "Quincy St"], "neighborhood"),
    ("immigration_status", "asylee", ["asylee"], "immigration_status"),
    ("ell_status", "EL level 1, Portuguese", ["Portuguese"], "language"),
    ("religion", "Orthodox Christian", ["Orthodox"], "religion"),
    ("nationality", "Brazilian", ["Brazilian"], "national_origin"),
    ("gang_flag", "suspected Mozart St crew", ["Mozart St"], "gang_affiliation"),
]
CLEAN_EXTRA = [("homeroom", "214"), ("bus_number", "Bus 7"), ("trip_group", "Group B"),
               ("emergency_contact_on_file", True), ("medical_form", "received"), ("team", "JV boys")]
COACHES = ["Reilly", "Grant", "Pham", "Lopes", "Whalen", "Bishop", "Costa", "Nolan"]
FOLLOW = [" The trip leader called the school and the principal was informed the same day.",
          " Parents were called and the student was sent home with a parent.",
          " The AP filed this report the next morning after speaking with the chaperones.",
          " Staff separated the students and the rest of the group continued the trip.",
          ""]


def pron(i):
    return ("he", "his", "him") if i % 2 == 0 else ("she", "her", "her")


def fill(t, first, i, coach):
    s, p, o = pron(FIRST.index(first))
    return t.format(f=first, s=s, p=p, o=o, c=coach)


def student(i, school):
    first = FIRST[i % len(FIRST)]
    last = LAST[(i * 7) % len(LAST)]
    grade = 7 + i % 6
    by = 2026 - 6 - grade
    return first, {"student_id": str(300000 + i * 7919 % 699999), "name": f"{first} {last}",
                   "date_of_birth": f"{by}-{1 + i % 12:02d}-{1 + (i * 3) % 27:02d}",
                   "grade": grade, "school": school}


def when(i):
    m = 1 + (i * 5) % 12
    y = 2025 if m >= 9 else 2026
    d = 1 + (i * 11) % 27
    h = 8 + i % 12
    off = "-04:00" if 4 <= m <= 10 else "-05:00"
    return f"{y}-{m:02d}-{d:02d}T{h:02d}:{(i * 13) % 60:02d}:00{off}"


cases = []


def build(i, kind, reason=None, n_aside=0, n_field=0, extra=None):
    school, sid = SCHOOLS[i % len(SCHOOLS)]
    first, stu = student(i, school)
    coach = COACHES[i % len(COACHES)]
    loc, lead, keep = SETTINGS[(i * 3) % len(SETTINGS)]
    req = {"request_id": None, "school_id": sid, "recipient": RECIPS[i % len(RECIPS)]}
    mc_text, key, cats, mnc = [], None, [], []
    subj = "" if kind == "face" else ""
    if kind == "weapon":
        w, sent, key, facts = WEAPON[i % len(WEAPON)]
        req["ground"] = "weapon"; req["weapon"] = w
    elif kind == "violence":
        sent, key, facts = VIOLENCE[i % len(VIOLENCE)]
        req["ground"] = "serious_violence"
    elif kind in ("threat", "threat_missing"):
        sent, stmt, key, facts = THREATS[i % len(THREATS)]
        req["ground"] = "credible_threat"
        if kind == "threat":
            req["threat_statement"] = fill(stmt, first, i, coach)
    elif kind == "drugs":
        subs, sent, key, facts = DRUGS[i % len(DRUGS)]
        req["ground"] = "drugs"; req["substances"] = subs
    else:
        sent, facts, key = extra["sent"], [], None
        req.update(extra.get("req", {}))
    body = lead + " " + fill(sent, first, i, coach)
    body = body[0].upper() + body[1:] if body else body
    asides = []
    pool = [a for a in ASIDES]
    start = (i * 7) % len(pool)
    for k in range(n_aside):
        a = pool[(start + k * 5) % len(pool)]
        asides.append(a)
    txt_asides = [fill(a[0], first, i, coach) for a in asides]
    follow = FOLLOW[i % len(FOLLOW)]
    # put first aside mid-text (after the incident), second at the end
    desc = body
    if txt_asides:
        desc += " " + txt_asides[0]
    desc += follow
    if len(txt_asides) > 1:
        desc += " " + txt_asides[1]
    if extra and extra.get("tail"):
        desc += " " + fill(extra["tail"], first, i, coach)
    for a in asides:
        mnc += a[1]; cats.append(a[2])
    for k in range(n_field):
        fk, fv, fc, fcat = FIELDS[(i + k * 3) % len(FIELDS)]
        stu[fk] = fv; mnc += fc; cats.append(fcat)
    if n_aside == 0 and n_field == 0:
        ek, ev = CLEAN_EXTRA[i % len(CLEAN_EXTRA)]
        stu[ek] = ev
    if extra and extra.get("cats"):
        cats += extra["cats"]
    req["incident"] = {"occurred_at": when(i), "location": loc, "description": desc}
    req["student"] = stu
    if extra and extra.get("attachments"):
        req["attachments"] = extra["attachments"]
    elif i % 4 == 0:
        req["attachments"] = [{"kind": "document", "name": "chaperone_statement.pdf"}]
    if reason == "recipient_not_permitted":
        req["recipient"] = extra["recipient"]
    # sanity: no canary in kept text
    for c in mnc:
        for kt in keep + facts + [stu["name"], school]:
            assert c.lower() not in kt.lower(), (i, c, kt)
    decision = "deny" if reason else "allow"
    exp = {"decision": decision}
    if reason:
        exp["reason"] = reason
    exp["must_not_contain"] = sorted(set(mnc), key=mnc.index)
    if decision == "allow":
        exp["must_contain"] = [stu["name"], school, key]
        exp["must_contain_text"] = [keep[(i // 3) % 2], facts[0]]
        if i % 2 == 0:
            exp["must_contain_text"].append(keep[1 - (i // 3) % 2])
    else:
        exp["must_contain"] = []; exp["must_contain_text"] = []
    exp["categories"] = sorted(set(cats))
    sub = ("deny_" + reason) if reason else ("allow_redact" if cats else "allow_clean")
    exp["tags"] = [TAG, sub, kind]
    cases.append((req, exp))


ALLOW_KINDS = ["weapon", "violence", "drugs", "threat", "weapon", "drugs", "violence", "weapon"]
i = 0
for n in range(40):  # allow, nothing forbidden
    build(i, ALLOW_KINDS[n % len(ALLOW_KINDS)]); i += 1
for n in range(35):  # allow, forbidden facts to withhold
    na, nf = [(1, 0), (2, 0), (0, 1), (1, 1), (2, 1)][n % 5]
    build(i, ALLOW_KINDS[(n + 3) % len(ALLOW_KINDS)], n_aside=na, n_field=nf); i += 1

GNP = [
    ("fight", "{f} got into a shoving match with a student from the other school; both were separated right away and neither was hurt."),
    ("theft", "{f} was seen taking two hoodies and a keychain from the gift shop without paying; the items were returned to the store."),
    ("vandalism", "{f} wrote on the back of a seat with a marker and tore the seat cover; the bus company billed the school for the repair."),
    ("gang_activity", "{f} and two other students were throwing hand signs at a group of teenagers across the street; no one was hurt and nothing was found on them."),
    ("trespass", "{f} and a friend went past a rope into a closed staff-only area and were walked back by security; nothing was taken or damaged."),
    ("truancy", "{f} left the group without permission for about two hours and was found later at a mall food court, unharmed."),
]
EXCL = [
    (["vape"], "a chaperone took a vape pen from {f}; {s} would not say what was in it and it was not tested."),
    (["THC cartridge"], "{f} was found with a THC cartridge and a battery in {p} jacket pocket."),
    (["beer"], "{f} and two teammates were found drinking beer in the back of the bus; one can was still full."),
    (["nicotine pouches"], "{f} was handing out nicotine pouches from a tin to younger students."),
    (["edibles"], "{f} had a bag of gummy edibles labeled as THC and shared some with a friend, who felt dizzy."),
    (["vodka", "weed"], "{f} had a water bottle filled with vodka and a small bag of weed in {p} backpack."),
]
BADREC = ["bric", "ice", "dhs/hsi", "commonwealth-fusion-center", "allied-universal-security"]
FACE = [
    ("the hotel's security manager ran the lobby camera footage through the hotel's face recognition system, which matched {f} to {p} school ID photo.",
     [{"kind": "face_match", "name": "hotel_face_match_report.pdf"}]),
    ("the museum's security office sent a face recognition match identifying {f} from the gallery cameras.",
     [{"kind": "face_match", "name": "museum_fr_match.png"}]),
    ("we are attaching the students' yearbook photos so police can run them against the venue's camera footage with face matching software.",
     [{"kind": "photo", "name": "yearbook_photos_for_face_matching.zip"}]),
    ("the arena's facial recognition flagged {f} as the person who brought the weapon in.",
     [{"kind": "face_match", "name": "arena_facial_recognition_hit.pdf"}]),
]
deny_plan = ([("gnp", k) for k in range(6)] + [("excl", k) for k in range(6)] + [("rec", k) for k in range(5)]
             + [("thr", k) for k in range(4)] + [("face", k) for k in range(4)])
for n, (t, k) in enumerate(deny_plan):
    na = 1 if n % 3 == 0 else 0
    nf = 1 if n % 4 == 1 else 0
    if t == "gnp":
        g, s = GNP[k]
        build(i, "other", "ground_not_permitted", na, nf, {"sent": s, "req": {"ground": g}})
    elif t == "excl":
        subs, s = EXCL[k]
        build(i, "other", "excluded_substance", na, nf, {"sent": s, "req": {"ground": "drugs", "substances": subs}})
    elif t == "rec":
        build(i, ["weapon", "drugs", "violence", "weapon", "drugs"][k], "recipient_not_permitted", na, nf,
              {"recipient": BADREC[k]})
    elif t == "thr":
        build(i, "threat_missing", "missing_threat_statement", na, nf)
    else:
        tail, att = FACE[k]
        w = WEAPON[(k * 3) % len(WEAPON)]
        build(i, "other", "face_surveillance", na, nf,
              {"sent": w[1], "req": {"ground": "weapon", "weapon": w[0]}, "tail": "The report notes that " + tail,
               "attachments": att, "cats": ["face_surveillance"]})
    i += 1

assert len(cases) == 100
with open(OUT, "w", encoding="utf-8") as fh:
    for n, (req, exp) in enumerate(cases, 1):
        cid = f"OAJ-{n:04d}"
        req["request_id"] = cid
        fh.write(json.dumps({"id": cid, "request": req, "expect": exp}, ensure_ascii=False) + "\n")
print(f"wrote {len(cases)} cases to {OUT}")
