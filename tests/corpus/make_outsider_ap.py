#!/usr/bin/env python3
"""Outsider corpus OAP: "getting to and from school".

Written from RULES.md / CONTRACT.md only, without reading the service.  Incidents on MBTA buses,
the Orange/Red/Blue/Green Lines and the Mattapan trolley, at stations and busways, on yellow school
buses and at their stops, on bikes and scooters, on walking routes, in parents' cars and rideshares
and at the corner store on the way.  The hard part of this family: a street or station that only
LOCATES the incident is a fact the police need and must survive, while the student's home stop,
the street they walk home to, the building they are dropped at, the neighbourhood they commute
from and the relative's house they go to after school are residence and must be withheld - often
in the same sentence.

Deterministic: standard library only, fixed seed.  Writes
tests/data/corpus/outsider_ap.jsonl (120 cases, ids OAP-0001.., tag outsider_ap).
"""
import datetime as dt
import json
import pathlib
import random

SEED = 20260317
rng = random.Random(SEED)

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_ap.jsonl"
TAG = "outsider_ap"

SCHOOL_IDS = {}


def school_id(school):
    if school not in SCHOOL_IDS:
        while True:
            sid = "BPS-4%03d" % rng.randrange(0, 1000)
            if sid not in SCHOOL_IDS.values():
                break
        SCHOOL_IDS[school] = sid
    return SCHOOL_IDS[school]


def eastern_offset(day):
    """US Eastern offset for a date in the 2025-26 school year (DST ends 2025-11-02, starts 2026-03-08)."""
    if dt.date(2025, 11, 2) <= day < dt.date(2026, 3, 8):
        return "-05:00"
    return "-04:00"


def occurred(when):
    d, t = when.split()
    day = dt.date.fromisoformat(d)
    assert day.weekday() < 5 or "weekend-ok" in when, when
    assert dt.date(2025, 1, 1) <= day <= dt.date(2026, 12, 31)
    return "%sT%s:00%s" % (d, t, eastern_offset(day))


USED_IDS = set()


def dob_for(grade):
    # age on 1 Sept 2025 is grade + 5 (a few students are a year older)
    age = grade + 5 + (1 if rng.random() < 0.15 else 0)
    start = dt.date(2025 - age - 1, 9, 2)
    return (start + dt.timedelta(days=rng.randrange(0, 365))).isoformat()


def S(name, school, grade, **extra):
    while True:
        sid = str(rng.randrange(100000, 999999))
        if sid not in USED_IDS:
            USED_IDS.add(sid)
            break
    st = {"student_id": sid, "name": name}
    if rng.random() < 0.85:
        st["date_of_birth"] = dob_for(grade)
    else:
        st["age"] = grade + 5 + rng.choice([0, 1])
    st["grade"] = grade
    st["school"] = school
    st.update(extra)
    return st


CASES = []


def _req(ground, rcp, when, loc, desc, st, weapon=None, subs=None, ts=None, att=None):
    req = {"school_id": school_id(st["school"]), "recipient": rcp, "ground": ground}
    if subs is not None:
        req["substances"] = subs
    if weapon is not None:
        req["weapon"] = weapon
    if ts is not None:
        req["threat_statement"] = ts
    req["incident"] = {"occurred_at": occurred(when), "location": loc, "description": desc}
    req["student"] = st
    if att:
        req["attachments"] = att
    return req


def A(sub, ground, rcp, when, loc, desc, st, key, mct, nc=(), cats=(), weapon=None, subs=None,
      ts=None, att=None):
    """An allowed case: the police copy must keep name, school, key fact and the mct facts."""
    req = _req(ground, rcp, when, loc, desc, st, weapon, subs, ts, att)
    exp = {"decision": "allow", "must_not_contain": list(nc),
           "must_contain": [st["name"], st["school"], key], "must_contain_text": list(mct),
           "categories": sorted(set(cats)), "tags": [TAG, sub]}
    CASES.append((req, exp))


def D(sub, reason, ground, rcp, when, loc, desc, st, nc=(), cats=(), weapon=None, subs=None,
      ts=None, att=None):
    """A denied case: nothing is released; forbidden values must not be echoed either."""
    req = _req(ground, rcp, when, loc, desc, st, weapon, subs, ts, att)
    exp = {"decision": "deny", "reason": reason, "must_not_contain": list(nc), "must_contain": [],
           "must_contain_text": [], "categories": sorted(set(cats)), "tags": [TAG, sub]}
    CASES.append((req, exp))


def fold(s):
    return s.lower()


def self_check(req, exp):
    desc = fold(req["incident"]["description"])
    loc = fold(req["incident"]["location"])
    whole = fold(json.dumps(req, ensure_ascii=False))
    keep = [fold(x) for x in exp["must_contain"] + exp["must_contain_text"]]
    keep += [loc, fold(req.get("weapon") or ""), fold(" ".join(req.get("substances") or [])),
             fold(req["ground"]), fold(req["recipient"])]
    for k in ("student_id", "name", "date_of_birth", "grade", "school"):
        keep.append(fold(str(req["student"].get(k, ""))))
    for c in exp["must_not_contain"]:
        assert fold(c) in whole, (req["request_id"], c)
        for k in keep:
            assert fold(c) not in k, (req["request_id"], c, k)
    for m in exp["must_contain_text"]:
        assert fold(m) in desc, (req["request_id"], m)
    if exp["decision"] == "allow":
        assert fold(exp["must_contain"][2]) in desc, (req["request_id"], exp["must_contain"][2])
        assert 1 <= len(exp["must_contain_text"]) <= 3, req["request_id"]
    if exp["categories"]:
        assert exp["must_not_contain"], req["request_id"]
    if exp["must_not_contain"]:
        assert exp["categories"], req["request_id"]
    if req["ground"] == "credible_threat" and exp["decision"] == "allow":
        assert req.get("threat_statement", "").strip(), req["request_id"]


# --------------------------------------------------------------------------------------------
# ALLOW - weapon
# --------------------------------------------------------------------------------------------
A("allow_weapon", "weapon", "bpd/district-c11", "2025-09-23 07:18",
  "BPS school bus 1147 (AM run), Gallivan Blvd approaching Morton St",
  "SCHOOL BUS INCIDENT REPORT (driver). Bus 1147, AM run to TechBoston, 42 students on board. "
  "Student Malik got on at his regular stop, Neponset Ave & Chickatawbut St, at 7:09, no problem "
  "at boarding. At approx 7:18, going down Gallivan Blvd toward Morton St, the monitor Ms. Pires "
  "came up front and told me a student in row 6 had a knife out. I pulled over by the bus shelter "
  "and put the hazards on. Malik had a kitchen knife, about a 6 inch blade, wrapped in a dish "
  "towel, and was showing it to the two boys behind him. He would not give it to the monitor at "
  "first. I radioed dispatch. At 7:26 he handed it over and it went in the lockbox under my seat. "
  "Nobody was hurt. He told the monitor he 'needs it for the walk'. Continued to school 7:31, gave "
  "the knife to SSS Brandao at the front door.",
  S("Malik Desroches", "TechBoston Academy", 9,
    transportation={"mode": "yellow bus", "bus": "1147", "am_stop": "Neponset Ave & Chickatawbut St"}),
  "kitchen knife", ["kitchen knife", "row 6", "lockbox under my seat"],
  nc=["Chickatawbut", "Neponset Ave"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b2", "2025-10-15 14:52",
  "Ruggles station, upper busway, berth 4",
  "Liaison note, BPS Safety Services. Call from MBTA Transit Police Sgt. Farrow at 3:20 PM. At "
  "2:52 PM at Ruggles, upper busway by berth 4, a TPD officer saw Kiana (Madison Park, gr 10) "
  "holding an orange box cutter with the blade out about an inch, pointed at a group of four girls "
  "waiting for the 22. She dropped it on the pavement when the officer told her to. No one was cut. "
  "Kiana told the officer the girls had followed her from Nubian and she 'just wanted them to back "
  "up off me'. She takes the 22 home to Ashmont and stays with her grandmother on Wales St. TPD kept "
  "the box cutter and gave her a summons; they asked that the school's report also go to BPD B-2. "
  "Video from the busway camera is being held by TPD.",
  S("Kiana Batiste", "Madison Park Technical Vocational High School", 10,
    guardian={"relationship": "grandmother", "name": "Yvette Batiste", "phone": "617-555-0142"}),
  "box cutter", ["berth 4", "orange box cutter", "followed her from Nubian"],
  nc=["Ashmont", "Wales St"], cats=["neighborhood"], weapon="box cutter")

A("allow_weapon", "weapon", "bpd/district-b3", "2026-01-13 15:04",
  "BPS school bus 0621 (PM run), pulled over on River St at Cummins Hwy",
  "BPS TRANSPORTATION - DISPATCH LOG (excerpt), Tue 01/13/2026\n"
  "15:04 Bus 0621 (PM) driver on radio: monitor reports a backpack fell off seat 9 and a black "
  "handgun slid out onto the floor.\n"
  "15:05 Dispatcher D. Lam: pull over safely, keep students seated, nobody touches it, monitor to "
  "stand between seat 9 and the aisle.\n"
  "15:06 Bus stopped on River St at Cummins Hwy. 911 called by dispatch.\n"
  "15:11 BPD units on scene. Students moved to the front of the bus.\n"
  "15:14 Officer recovered the handgun from the floor, states unloaded; a loaded magazine was in the "
  "front pocket of the same backpack.\n"
  "15:19 Backpack belongs to Jalen (gr 8). Monitor says his drop-off is the third stop, 44 Babson St; "
  "he was kept on the bus until officers took over, grandmother called.\n"
  "15:41 Bus released; remaining drop-offs completed 16:02.",
  S("Jalen Mayweather", "Young Achievers Science and Mathematics Pilot School", 8),
  "handgun", ["seat 9", "loaded magazine", "River St at Cummins Hwy"],
  nc=["Babson St"], cats=["neighborhood"], weapon="firearm")

A("allow_weapon", "weapon", "bpd/district-d4", "2025-11-06 14:40",
  "MBTA Orange Line inbound train, between Massachusetts Ave and Back Bay stations",
  "Student written statement (taken by AP Ms. Greer on 11/7, in her own words): 'Me and Jaylin got on "
  "the orange line at Forest Hills after school like always. At Stony Brook these boys got on, one "
  "of them kept leaning on Jaylin and saying stuff and he grabbed her bag strap. I told him stop "
  "twice. After Mass Ave he put his hand on her again so I took out the pepper spray and sprayed it "
  "at his face. It went everywhere in the car. A lady and a little kid was coughing and crying. "
  "When the doors opened at Back Bay the T police was already there on the platform. I only have "
  "the spray because my mother makes me carry it for walking home from the bus on Wachusett St when "
  "it's dark. I know I'm not supposed to bring it.'",
  S("Aaliyah Mercado", "English High School", 10),
  "pepper spray", ["Stony Brook", "Back Bay", "coughing and crying"],
  nc=["Wachusett"], cats=["neighborhood"], weapon="pepper spray")

A("allow_weapon", "weapon", "bpd/district-e18", "2026-02-10 07:02",
  "BPS school bus 2290, Hyde Park Ave at Cleary Square",
  "BUS MONITOR INCIDENT FORM\nBus #: 2290   Run: AM   Monitor: T. Fofana\n"
  "Time: 7:02 AM   Where: stopped at the light, Hyde Park Ave at Cleary Sq\n"
  "What happened: Student Xavier showed his seat partner a set of brass knuckles (gold color, 4 "
  "finger). Put them on his right hand and punched the back of seat 11 twice, hard enough to rip "
  "the vinyl. Told him to hand them over, he did at 7:10. Bagged and gave to driver.\n"
  "Injuries: none\n"
  "Student statement: found them 'at my cousin's in Readville' where he stays weekdays.\n"
  "Parent contact: mother called 8:15 through the district interpreter line (Portuguese).\n"
  "Follow-up: knuckles given to school SSS on arrival.",
  S("Xavier Mendonca", "Boston Community Leadership Academy", 9),
  "brass knuckles", ["seat 11", "rip the vinyl", "Cleary Sq"],
  nc=["Readville", "Portuguese", "interpreter"], cats=["neighborhood", "language"],
  weapon="brass knuckles")

A("allow_weapon", "weapon", "bpd/district-c11", "2025-12-03 15:25",
  "Fields Corner station, Dorchester Ave side bus stop",
  "Email from parent (Mrs. Tran) to the Headmaster, 12/3, 6:48 PM, forwarded by AP: 'Dear Principal, "
  "I am writing with help from my daughter because my English is not good, at home we speak "
  "Vietnamese. Today at around 3:25 my son Minh was waiting for the bus at Fields Corner station on "
  "the Dorchester Ave side. The boy Isaiah from his class came up and opened a knife with a red "
  "handle and put it near Minh's stomach and said give me your AirPods. Minh gave them. Other kids "
  "saw it. Minh is very scared now to walk to Fields Corner from our house on Bloomfield St. Please "
  "help.' AP follow-up 12/4: Isaiah admitted showing 'a little knife' but said it was a joke; he had "
  "the red-handled folding knife in his backpack this morning and SSS took it. AirPods returned.",
  S("Isaiah Pemberton", "Lilla G. Frederick Pilot Middle School", 7),
  "folding knife", ["red handle", "AirPods", "Dorchester Ave side"],
  nc=["Vietnamese", "Bloomfield St", "English is not good"], cats=["language", "neighborhood"],
  weapon="knife")

A("allow_weapon", "weapon", "bpd/district-e13", "2026-03-18 15:10",
  "Forest Hills station, lower busway near the Washington St exit",
  "SSS note (Ortega), after-school detail at Forest Hills. 3:10 PM: heard a loud clicking and saw "
  "Destiny holding a black stun gun up toward a boy from Brighton HS, blue arc visible. She did not "
  "touch him with it. I stepped in and she put it in her coat pocket; she gave it to me when asked. "
  "It is a 'Police Force' brand stun gun, about 5 inches, works. She said the boy has been following "
  "her off the 39 for a week. She bought it online 'because of walking from the 39 to my house on "
  "Rossmore Rd'. TPD officer Kearney on scene took names. Stun gun turned in to the school's safety "
  "office, logged #26-114.",
  S("Destiny Carrasquillo", "English High School", 11),
  "stun gun", ["blue arc", "following her off the 39", "#26-114"],
  nc=["Rossmore"], cats=["neighborhood"], weapon="stun gun")

A("allow_weapon", "weapon", "bpd/district-a7", "2025-10-28 07:35",
  "Maverick station, lower lobby by the fare gates",
  "AP summary. MBTA Transit Police called the main office at 7:55 AM. At about 7:35 at Maverick "
  "station, in the lower lobby by the fare gates, Yesenia took a single-edge razor blade out of her "
  "phone case and swung it at another EBHS student (L.M.) after an argument that started on the 120 "
  "bus. L.M. pulled back; her hood was cut through but her skin was not. TPD detained Yesenia and "
  "recovered the razor blade. Both girls were brought to school by TPD at 8:40. Background for the "
  "file: Yesenia arrived from El Salvador last spring, is in the SLIFE newcomer class (ELD level 1) "
  "and lives with her aunt in Orient Heights. We used a Spanish interpreter for the interview.",
  S("Yesenia Portillo", "East Boston High School", 9, ell_status="ELD level 1"),
  "razor blade", ["fare gates", "hood was cut", "120 bus"],
  nc=["El Salvador", "SLIFE", "newcomer", "ELD level", "Orient Heights", "Spanish"],
  cats=["national_origin", "language", "neighborhood"], weapon="razor blade")

A("allow_weapon", "weapon", "bpd/district-b3", "2026-04-07 15:35",
  "Mattapan trolley, outbound, Capen Street stop",
  "Forwarded by the MBTA TPD liaison, from the trolley operator's incident form: 'Outbound car, left "
  "Ashmont 15:28. At Capen Street a juvenile male in a BPS hoodie refused to pay, came to the "
  "operator window and opened a folding knife (approx 3\" black blade), held it against the "
  "plexiglass and said open the door or I'll open you. I opened the rear doors; he got off at Capen "
  "Street and ran toward the Neponset trail.' He left his school ID on the seat; our SSS spoke with "
  "Tyrese the next morning and he admitted it and turned over the knife. Per SIS, Tyrese stays in "
  "Morton Village with his father.",
  S("Tyrese Holloway", "Young Achievers Science and Mathematics Pilot School", 8),
  "folding knife", ["Capen Street", "operator window", "plexiglass"],
  nc=["Morton Village"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b2", "2025-09-30 16:05",
  "Bluebikes dock, Nubian Square, Washington St side",
  "Community report to SSS Ramos by phone from a Nubian Square merchant, written up by SSS: around "
  "4:05 PM at the Bluebikes dock on the Washington St side of Nubian, two boys were arguing over a "
  "bike one said he had already unlocked. The taller boy (Marcus, gr 11, wearing his school lanyard) "
  "flicked open a switchblade and stabbed the front tire, then pointed the blade at the other boy "
  "and said 'try me.' The other boy backed off and left on foot toward Dudley St. The merchant took a "
  "picture of Marcus holding the knife and showed it to SSS. Marcus admitted it the next morning; "
  "the switchblade was in his backpack and was confiscated. He says he rides the bike home to "
  "Orchard Park; home zip in SIS is 02119.",
  S("Marcus Fairweather", "Jeremiah E. Burke High School", 11, home_zip="02119"),
  "switchblade", ["Bluebikes dock", "front tire", "toward Dudley St"],
  nc=["Orchard Park", "02119"], cats=["neighborhood"], weapon="knife",
  att=[{"kind": "photo", "name": "merchant_photo_bluebikes_dock.jpg"}])

A("allow_weapon", "weapon", "bpd/district-e13", "2026-05-05 08:05",
  "Southwest Corridor path near Stony Brook station",
  "Report from the Dean of Students. At 8:05 AM a Boston Police bike officer stopped Andre on the "
  "Southwest Corridor path near Stony Brook station because he was riding an electric scooter fast "
  "past small children. When Andre stepped off, a black expandable baton (about 21 inches extended) "
  "fell from his waistband. The officer called the school and we confirmed he is ours. Andre says he "
  "got it 'for protection' after somebody tried to take his scooter at the Stony Brook stairs in "
  "April. His uncle on Lamartine St keeps the scooter for him during the week and he goes there "
  "after school. No one was hurt. The officer kept the baton; the scooter was released to the uncle.",
  S("Andre Tavares", "Boston Day and Evening Academy", 10),
  "expandable baton", ["Stony Brook stairs", "21 inches", "waistband"],
  nc=["Lamartine"], cats=["neighborhood"], weapon="expandable baton")

A("allow_weapon", "weapon", "bpd/district-c6", "2025-11-19 15:15",
  "Corner store on Dorchester Ave across from Andrew station",
  "Statement of the store clerk, taken by phone by AP Hurley 11/19 at 5:10 PM: 'Every day the kids "
  "come in after school before the bus at Andrew. Today about 3:15 one boy took chips and I told "
  "him pay. He took a steak knife out of his jacket, the kind with the wood handle, and stuck it in "
  "the counter and said what you gonna do. The other kids pulled him out. I have it on my camera.' "
  "AP note: Khalil came back twenty minutes later for the phone he had left on the counter and the "
  "clerk called the school with the name on his lock screen. Khalil's address in Aspen is in the "
  "Old Colony development; mother notified. The clerk will give the store video to police directly.",
  S("Khalil Brennan", "Excel High School", 10),
  "steak knife", ["stuck it in the counter", "wood handle", "before the bus at Andrew"],
  nc=["Old Colony"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-c6", "2026-02-24 14:30",
  "Broadway station (Red Line), inbound platform",
  "TPD liaison call, written up by the BPS Safety Services duty officer. 2:30 PM today Transit "
  "Police stopped Jordan on the inbound platform at Broadway station after a rider reported a gun "
  "in his waistband. Officers recovered an unloaded black 9mm pistol with no serial number "
  "(privately made). No magazine found. Jordan was coming from school; he was arrested and taken to "
  "C-6. The TPD officer added that their unit 'has him associated with the Broadway Bullies' and "
  "that he lives in the Mary Ellen McCormack development; neither is confirmed by BPS and neither "
  "is in our records.",
  S("Jordan Whitlock", "Boston Latin Academy", 10),
  "pistol", ["inbound platform", "no serial number", "unloaded"],
  nc=["Broadway Bullies", "McCormack"], cats=["gang_affiliation", "neighborhood"], weapon="firearm")

A("allow_weapon", "weapon", "bpd/district-b2", "2025-10-09 15:05",
  "MBTA Green Line E branch, Brigham Circle stop (outbound platform)",
  "Teacher's written account (Mr. Solano, who was on the platform by chance): '3:05 PM at Brigham "
  "Circle, outbound side. A group of about six of our 8th graders were waiting. Nasir and another boy "
  "started pushing. Nasir pulled a paring knife out of his sock and waved it low and said he would "
  "poke him. I yelled his name and he put it back in his sock. I walked him back to school up Tremont "
  "St and the principal took the knife (about 3 inch blade, white handle).' Principal's note: Nasir "
  "lives with his mother in the Mission Main apartments; he says he took the knife from their kitchen "
  "because older boys from the Annunciation Rd side bother him on the walk.",
  S("Nasir Abernathy", "Mission Hill K-8 School", 8),
  "paring knife", ["Brigham Circle", "out of his sock", "white handle"],
  nc=["Mission Main", "Annunciation"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-a1", "2026-03-11 15:40",
  "Chinatown station (Orange Line), Essex St headhouse stairs",
  "SSS note. Reported by a teacher at 3:50 PM. At about 3:40 on the Essex St stairs of Chinatown "
  "station, Kevin was flipping a butterfly knife open and shut and stepped toward a 6th grader, saying "
  "'give me your pass.' The 6th grader ran back to school. SSS went to the station and found Kevin "
  "still on the stairs; he gave up the knife (balisong, approx 4 in blade). No injuries. Parent "
  "contact: mother, through the Cantonese line; family lives in Tai Tung Village.",
  S("Kevin Liang", "Josiah Quincy Upper School", 9, guardian_language="Cantonese"),
  "butterfly knife", ["Essex St", "give me your pass", "balisong"],
  nc=["Cantonese", "Tai Tung"], cats=["language", "neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-c6", "2025-12-16 14:45",
  "Andrew station busway, Route 10 berth",
  "Incident form - Excel HS Safety. Reporter: SSS Dunne. 2:45 PM, Andrew busway by the 10 bus. "
  "Brianna and another girl were arguing; Brianna sprayed a small canister of Mace (keychain size, "
  "pink) at the other girl's face from about 3 feet. The girl was treated by BFD for eye irritation "
  "at the scene, not transported. Canister recovered by TPD and photographed, then given to SSS. "
  "Brianna: 'She came at me first.' Mother picked her up at 4:10.",
  S("Brianna Kowalczyk", "Excel High School", 11,
    emergency_card={"contact": "Donna Kowalczyk", "address": "19 Mercer St, South Boston, MA 02127"}),
  "Mace", ["keychain size", "eye irritation", "10 bus"],
  nc=["Mercer St", "02127", "South Boston"], cats=["neighborhood"], weapon="mace")

A("allow_weapon", "weapon", "bpd/district-e13", "2026-01-21 14:20",
  "Jackson Square station, busway by the Centre St entrance",
  "From the Transit Police liaison, Officer Delgado, by email to our AP: 'At approx 2:20 PM today at "
  "the Jackson Sq busway (Centre St entrance), a BPS student later identified as Gabriela pulled a "
  "knife from her bag during a verbal argument with a second female and said she would cut her. A "
  "bystander called 911. Officers located the knife (8 inch chef's knife) in a trash barrel next to "
  "berth C, where Gabriela admitted throwing it. No injuries.' AP addition: Gabriela was on her way "
  "to her grandmother's apartment in Roslindale, where she stays until her mother gets off work; her "
  "mother speaks only Spanish and was called with Ms. Ortiz translating.",
  S("Gabriela Restrepo", "Margarita Muñiz Academy", 10),
  "chef's knife", ["trash barrel", "berth C", "Centre St entrance"],
  nc=["Roslindale", "Spanish", "translating"], cats=["neighborhood", "language"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b2", "2025-11-13 07:50",
  "MBTA Route 28 bus, inbound, Blue Hill Ave at Warren St",
  "MBTA bus operator's statement (Route 28), forwarded by TPD to BPS: 'Inbound, 0750 at Blue Hill "
  "Ave and Warren St, two students in the back started fighting over a seat. One of them, tall, in a "
  "Burke jacket, pulled out a black folding knife and held it by the other kid's neck. I stopped the "
  "bus, opened the doors and called Control. The kid with the knife got off and walked toward Warren "
  "St. The other kid stayed, not cut.' The AP identified the student as Rashad from the operator's "
  "description and the jacket, and Rashad admitted it; the knife was in his locker (black folding "
  "knife, 3.5 inch blade). His mother says he only carries it because of what happens at his stop by "
  "the Franklin Field apartments.",
  S("Rashad Coleman-Pierce", "Jeremiah E. Burke High School", 10),
  "folding knife", ["Blue Hill Ave and Warren St", "by the other kid's neck", "in his locker"],
  nc=["Franklin Field"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b2", "2026-04-28 07:55",
  "Dearborn STEM Academy, Greenville St drop-off loop",
  "AP Vasquez. At 7:55 AM at the Greenville St drop-off loop a parent volunteer saw Amir's lunch bag "
  "fall open as he got out of his father's car; a large kitchen knife (about 10 inches, black handle) "
  "was inside with his lunch. The volunteer called me over. Amir said he took it by mistake from his "
  "grandmother's, where his father drops him after school every day at 120 Seaver St, and that he "
  "'forgot it was there'. He also said a boy threatened him at the bus stop last week. Knife secured "
  "in the main office.",
  S("Amir Haddad", "Dearborn STEM Academy", 7),
  "kitchen knife", ["Greenville St drop-off loop", "lunch bag", "black handle"],
  nc=["Seaver St"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b3", "2026-02-03 07:40",
  "Rideshare vehicle on Blue Hill Ave near Morton St",
  "Phone report from a Lyft driver to the main office at 8:05 AM, taken by the school secretary as "
  "close to word for word as possible: 'I picked up a girl at 7:35 at 27 Nightingale St, the ride "
  "was booked by her mom to your school. On Blue Hill Ave near Morton she was on the phone screaming. "
  "I asked her to keep it down and put the seatbelt on. She took out a knife, like a kitchen knife, "
  "and said drive or I'll stick you. I pulled over by the gas station and she got out. I have the "
  "dash cam.' The driver read us the name on the ride receipt. Shanice arrived at 8:20 with the knife "
  "(serrated, 5 inch) in her coat; SSS took it.",
  S("Shanice Obi", "Jeremiah E. Burke High School", 11),
  "knife", ["Blue Hill Ave near Morton", "seatbelt", "dash cam"],
  nc=["Nightingale"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-b2", "2025-10-02 15:30",
  "Franklin Park, path by White Stadium and the Playstead",
  "Safety specialist note. A lot of students walk home across Franklin Park after dismissal. At "
  "3:30 PM two 9th graders reported that Deshawn, walking on the path by White Stadium, pulled a "
  "knife with a curved blade (like a carpet knife) and told them to empty their pockets. They ran to "
  "the Playstead and called the school. SSS found Deshawn near the Playstead with a friend; he had "
  "the carpet knife in his front hoodie pocket and gave it up. He says he walks this way to his house "
  "on Harold St and 'nobody was robbing anybody'.",
  S("Deshawn Lockhart", "Community Academy of Science and Health", 9),
  "carpet knife", ["White Stadium", "Playstead", "empty their pockets"],
  nc=["Harold St"], cats=["neighborhood"], weapon="knife")

A("allow_weapon", "weapon", "bpd/district-a15", "2026-05-19 14:25",
  "Sullivan Square station busway",
  "Charlestown HS Safety incident summary. 2:25 PM, Sullivan Square busway, the waiting area for the "
  "89/90/91 routes. A staff member on bus duty saw Luis with a hunting knife in a leather sheath on "
  "his belt, partly under his shirt. He was not threatening anyone. Staff asked him to come back to "
  "the building; he did and gave up the knife (fixed 5 inch blade). He said he carries it because "
  "'people from Bunker Hill' have been jumping kids. Luis lives in the Bunker Hill development "
  "himself. His father, a deacon at their church, came right away.",
  S("Luis Ferreira", "Charlestown High School", 10),
  "hunting knife", ["Sullivan Square busway", "leather sheath", "on his belt"],
  nc=["Bunker Hill", "deacon", "church"], cats=["neighborhood", "religion"], weapon="knife")

# --------------------------------------------------------------------------------------------
# ALLOW - serious violence
# --------------------------------------------------------------------------------------------
A("allow_violence", "serious_violence", "bpd/district-b2", "2026-03-05 14:48",
  "Ruggles station, lower busway near the Tremont St stairs",
  "TPD liaison note (Det. Ramsey to BPS Safety Services, 3/5, 5:30 PM): 'At 2:48 PM at Ruggles, "
  "lower busway by the Tremont St stairs, a 16 y/o BPS student (Trey) stabbed a 17 y/o male once in "
  "the left thigh with a kitchen knife during a fight among about ten students. Victim transported "
  "to Boston Medical Center, surgery for an arterial bleed, condition stable. Knife recovered on the "
  "stairs. Trey fled on the 28 and was taken into custody at 4:40 PM at his grandmother's on "
  "Homestead St, where he stays after school. Our intel has Trey listed with the Homestead Hill crew, "
  "the group that runs the Ruggles busway after school; BPS should treat that as unconfirmed.'",
  S("Trey Vincent", "Madison Park Technical Vocational High School", 10),
  "left thigh", ["left thigh", "arterial bleed", "Tremont St stairs"],
  nc=["Homestead", "crew"], cats=["gang_affiliation", "neighborhood"], weapon="knife")

A("allow_violence", "serious_violence", "bpd/district-c11", "2025-12-09 15:20",
  "BPS school bus 0784 (PM run), Morton St at Norfolk St",
  "BUS MONITOR REPORT - PM run, bus 0784.\n3:20 PM, Morton St at Norfolk St. Student Jamal swung a "
  "padlock inside a tube sock and hit student D.R. in the face twice. D.R. was bleeding from the left "
  "eye area. Driver stopped, I called dispatch, dispatch called 911. EMS took D.R. to Boston "
  "Children's; per his mother it is a fracture of the orbital bone and he needs surgery. Jamal stayed "
  "on the bus until BPD arrived. The fight started because D.R. sat in 'his' seat. D.R.'s stop is the "
  "next one, on Wellington Hill St, and his mother, who was waiting there, walked down to the bus.\n"
  "Sock and lock given to the BPD officer.",
  S("Jamal Everett", "Lilla G. Frederick Pilot Middle School", 8),
  "padlock", ["tube sock", "orbital bone", "Morton St at Norfolk St"],
  nc=["Wellington Hill"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-d14", "2025-10-21 15:10",
  "MBTA Route 66 bus, inbound, Brighton Ave near Harvard Ave",
  "Statement of the student victim, written with the school counselor on 10/22: 'Yesterday after "
  "school on the 66 it was packed. Connor from my grade stood behind me from Union Square to Harvard "
  "Ave and put his hand up under my skirt and grabbed me between my legs. I moved and he followed me "
  "and did it again and held my arm so I couldn't move. He laughed and said don't tell anybody. A "
  "woman saw it and yelled at him. I got off early at Harvard Ave instead of my stop on Linden St and "
  "called my mom.' Counselor note: the student was seen by the nurse; a Title IX report and a 51A "
  "were filed. Her mother asked the school to report to BPD.",
  S("Connor Byrne", "Brighton High School", 10),
  "held my arm", ["Union Square", "held my arm", "got off early at Harvard Ave"],
  nc=["Linden St"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-c11", "2026-01-27 15:05",
  "Fields Corner station, bus level, by the Geneva Ave exit",
  "AP summary of the TPD report and of the video, which we watched at the TPD office (not copied). At "
  "about 3:05 PM three youths attacked a 15-year-old TechBoston student by the Geneva Ave exit of the "
  "Fields Corner bus level. Our student Marquise is the one seen kicking the victim in the head at "
  "least four times while he was on the ground. The victim was unconscious for about a minute and was "
  "taken to BMC with a skull fracture and a brain bleed; two nights in the ICU. Marquise says the "
  "victim 'jumped my little cousin' last week. Marquise had come from his grandmother's on Dix St, "
  "where he goes every day after school.",
  S("Marquise Dorsainvil", "TechBoston Academy", 10),
  "skull fracture", ["Geneva Ave exit", "skull fracture", "four times"],
  nc=["Dix St"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-b2", "2025-11-04 14:35",
  "Nubian station busway, berth for the 23 and 28",
  "SSS written report. 2:35 PM at Nubian station near the 23/28 berth. An adult male (about 50) "
  "bumped into Elijah's friend and words were exchanged. Elijah swung his skateboard two-handed and "
  "hit the man in the face. The man fell and did not get up right away; EMS took him to BMC. Per "
  "BPD, his jaw is broken in two places and wired shut. Elijah stayed and told officers 'he pushed my "
  "boy.' I notified Elijah's mother, who is Cape Verdean and speaks mainly Kriolu; her nephew "
  "translated on the call.",
  S("Elijah Monteiro", "Madison Park Technical Vocational High School", 11,
    race_ethnicity="Black or African American", home_language="Cape Verdean Creole"),
  "skateboard", ["skateboard", "broken in two places", "23/28"],
  nc=["Cape Verdean", "Kriolu", "translated", "Black or African American"],
  cats=["ethnicity", "language"])

A("allow_violence", "serious_violence", "bpd/district-c11", "2025-10-16 15:45",
  "Outbound bus stop on Columbia Rd at Uphams Corner, in front of the Strand Theatre",
  "From the Principal to the district Safety office. At 3:45 PM at the outbound bus stop on Columbia "
  "Rd at Uphams Corner, in front of the Strand Theatre, our student Wesley stabbed another student "
  "(not ours) in the upper back with a flathead screwdriver during an argument about a girl. The "
  "other boy had a puncture wound that collapsed his lung; he went to BMC by ambulance and was "
  "admitted. Wesley ran and came back to school the next morning with his mother. He admits it. "
  "Context from our family liaison: the family arrived from Haiti in August and is placed at the "
  "family shelter on Magnolia St.",
  S("Wesley Joseph", "Boston International Newcomers Academy", 10),
  "screwdriver", ["Strand Theatre", "collapsed his lung", "flathead screwdriver"],
  nc=["Haiti", "Magnolia"], cats=["national_origin", "neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-e18", "2026-03-24 15:32",
  "BPS school bus 1502 (PM run), River St at Fairmount Ave",
  "DISPATCH LOG - BPS Transportation, 3/24\n"
  "15:32 Bus 1502 driver (M. Okoye) keyed up, yelling, student hitting him. Monitor on radio: student "
  "took the fire extinguisher off the bracket and hit the driver on the head.\n"
  "15:33 911 called, location River St at Fairmount Ave. Bus in park, flashers on.\n"
  "15:38 BPD/EMS on scene. Driver bleeding from the scalp, conscious.\n"
  "15:52 Driver transported to Carney. Later report: 9 staples, concussion.\n"
  "16:05 Student Tavon, gr 7, detained by BPD. Monitor states it started when the driver would not "
  "let him off before his drop-off. Routing shows his drop-off as 82 Gordon Ave.\n"
  "16:30 Relief driver completed the run.",
  S("Tavon Richardson", "Mildred Avenue K-8 School", 7),
  "fire extinguisher", ["fire extinguisher", "9 staples", "River St at Fairmount Ave"],
  nc=["Gordon Ave"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-a7", "2026-04-14 14:20",
  "Maverick station busway, Sumner St side",
  "East Boston HS Safety. 2:20 PM, Maverick busway on the Sumner St side. Youssef broke a glass "
  "bottle against the shelter and cut another student (a junior) across the forearm and hand. The "
  "victim needed 12 stitches at the health center and has tendon damage in two fingers per his "
  "father. TPD arrested Youssef on scene. Background: Youssef lives with his uncle in Maverick "
  "Landing; his father was reached with an Arabic interpreter.",
  S("Youssef Haddou", "East Boston High School", 11),
  "glass bottle", ["glass bottle", "12 stitches", "Sumner St"],
  nc=["Maverick Landing", "Arabic", "interpreter"], cats=["neighborhood", "language"])

A("allow_violence", "serious_violence", "bpd/district-c6", "2025-12-18 15:00",
  "Andrew station (Red Line), outbound platform",
  "Account by an adult witness, emailed to the school on 12/18 after she recognised the Excel patch: "
  "'Around 3:00 on the outbound Red Line platform at Andrew, two teenage boys were horsing around and "
  "then one of them (taller, red puffer, Excel patch) shoved the other one hard off the edge onto the "
  "track bed. There was no train in the station, thank God. People pulled him up. His ankle was "
  "twisted backwards and he was screaming.' School follow-up: the injured boy has a fractured ankle "
  "and had surgery. The student in the red puffer is Devon; he says it was a joke. Devon told us he "
  "was on his way to youth group at the Pentecostal church on Dorchester Ave.",
  S("Devon Ashby", "Excel High School", 9),
  "fractured ankle", ["track bed", "red puffer", "fractured ankle"],
  nc=["Pentecostal", "church"], cats=["religion"])

A("allow_violence", "serious_violence", "bpd/district-c11", "2026-02-12 15:15",
  "Ashmont station, up escalator from the Red Line platform to the busway",
  "Transit police liaison note, 2/12. At 3:15 PM at Ashmont, on the up escalator from the Red Line "
  "to the busway, a BPS student (Nia, gr 11) punched a 62-year-old woman in the back of the head "
  "after the woman told her to stop pushing. The woman fell forward on the escalator and hit her "
  "face; fractured cheekbone and a head laceration, admitted overnight at BMC. Nia was stopped by TPD "
  "at the top. She told officers she was rushing to catch the trolley home to Lower Mills.",
  S("Nia Fontaine", "TechBoston Academy", 11),
  "fractured cheekbone", ["up escalator", "fractured cheekbone", "62-year-old"],
  nc=["Lower Mills"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-e13", "2025-10-30 14:55",
  "Forest Hills station, upper busway (Route 32/34 berths)",
  "SSS Keating, English HS after-school detail. At 2:55 PM at the Forest Hills upper busway by the "
  "32 and 34 berths a fight broke out between about eight boys. Our student Carlos came from the "
  "Hyde Park Ave side holding an aluminum baseball bat and swung it at a boy's arm and then his ribs. "
  "The boy (a BCLA student) has a broken forearm and two cracked ribs, treated at Faulkner. TPD "
  "recovered the bat. TPD told me the fight is between the 'Arborway Boys' and kids from another "
  "school and that Carlos is 'one of the Arborway Boys'; I have no knowledge of that.",
  S("Carlos Benitez", "English High School", 10),
  "baseball bat", ["aluminum baseball bat", "broken forearm", "Hyde Park Ave side"],
  nc=["Arborway Boys"], cats=["gang_affiliation"])

A("allow_violence", "serious_violence", "bpd/district-b2", "2026-05-07 15:25",
  "Corner store on Blue Hill Ave at Geneva Ave (Grove Hall)",
  "Statement of a student witness (gr 9), handwritten, typed by the AP: 'me and Tyquan and Jerome "
  "went to the store at Grove Hall like we do before the 45. Jerome owed Tyquan money from a game. "
  "Tyquan said pay me and Jerome said later. Then Tyquan pulled a knife out his pocket and stabbed "
  "Jerome in the side by the chips. Jerome fell by the register and the store man called 911. Tyquan "
  "ran out and up Geneva. there was a lot of blood on the floor.' AP note: Jerome was treated at BMC "
  "for a stab wound to the abdomen and had surgery; Tyquan was arrested the same evening. The witness "
  "asked us not to say where she lives because Tyquan's people know her block on Castlegate Rd.",
  S("Tyquan Mathis", "Jeremiah E. Burke High School", 10),
  "stab wound", ["by the register", "stab wound to the abdomen", "before the 45"],
  nc=["Castlegate"], cats=["neighborhood"], weapon="knife")

A("allow_violence", "serious_violence", "bpd/district-b3", "2025-09-25 15:10",
  "Mattapan station busway, by the River St entrance",
  "Incident report (AP Charles). Reported by TPD at 3:40 PM. At 3:10 PM at the Mattapan busway near "
  "the River St entrance, Ashanti picked up a half brick from the planter and hit a girl from another "
  "school on the side of the head during a fight that started on the trolley. The girl has a "
  "concussion and a fractured eye socket (BMC). Ashanti was arrested by TPD. She told our SSS she was "
  "going to her aunt's apartment on Woolson St, where she goes after school until her mother picks "
  "her up.",
  S("Ashanti Greaves", "Boston Green Academy", 10),
  "half brick", ["half brick", "fractured eye socket", "River St entrance"],
  nc=["Woolson"], cats=["neighborhood"])

A("allow_violence", "serious_violence", "bpd/district-e13", "2025-11-20 07:25",
  "BPS school bus 0339 (AM run), Columbus Ave at Heath St",
  "Email from a parent to the principal, 11/20, 9:12 AM (forwarded to the AP): 'Good morning. This "
  "morning on bus 339 around 7:25 by Columbus Ave and Heath St the boy Brandon hit my son Josue in "
  "the mouth with his fist and then with his metal water bottle over and over. Josue lost two front "
  "teeth and his jaw is broken, we are at Children's now, they say surgery. The monitor was on her "
  "phone. We are a Dominican family, we only came from Santo Domingo in June, we live in the Hailey "
  "apartments and this is the only bus. Please call me.' AP: monitor and driver statements attached; "
  "Brandon admits hitting Josue 'a couple times' over a seat.",
  S("Brandon Oyelaran", "Mission Hill K-8 School", 8),
  "jaw is broken", ["metal water bottle", "two front teeth", "Columbus Ave and Heath St"],
  nc=["Dominican", "Santo Domingo", "Hailey"], cats=["ethnicity", "national_origin", "neighborhood"],
  att=[{"kind": "document", "name": "monitor_statement_bus0339.pdf"},
       {"kind": "document", "name": "driver_statement_bus0339.pdf"}])

A("allow_violence", "serious_violence", "bpd/district-d4", "2026-04-02 14:50",
  "Fenway station (Green Line D branch), outbound platform",
  "SSS Alvarez. About 2:50 PM on the outbound platform at Fenway station (D branch), Gustavo and a "
  "student from another school argued about a video. Gustavo took out a folding knife and stabbed the "
  "other boy in the shoulder and the hand. The victim was taken to Beth Israel: a 3 cm deep wound in "
  "the shoulder and tendon damage in the hand. Gustavo walked back up to Park Drive, where BPD "
  "stopped him twenty minutes later. Gustavo came from Brazil two years ago; his mother only speaks "
  "Portuguese and we used the language line.",
  S("Gustavo Ribeiro", "Fenway High School", 10, country_of_birth="Brazil"),
  "folding knife", ["D branch", "shoulder and the hand", "Park Drive"],
  nc=["Brazil", "Portuguese", "language line"], cats=["national_origin", "language"], weapon="knife")

A("allow_violence", "serious_violence", "bpd/district-c11", "2026-01-08 15:10",
  "BPS school bus 0917 (PM run), Geneva Ave near Bowdoin St",
  "Driver incident form, bus 0917. At 3:10 PM on Geneva Ave near Bowdoin St, stopped to let students "
  "off. Student Keyon got off and from the sidewalk threw a large rock through the window at row 4, "
  "where student A.P. was sitting. Glass went in A.P.'s eye. I called dispatch for EMS. A.P. was "
  "taken to Children's; per the school nurse he has a cut to the cornea and may lose vision in that "
  "eye. Keyon ran up Bowdoin St. This is not Keyon's assigned stop; he gets off here every day to "
  "walk to his aunt's on Olney St.",
  S("Keyon Baptiste", "TechBoston Academy", 8),
  "rock", ["row 4", "cut to the cornea", "Geneva Ave near Bowdoin St"],
  nc=["Olney"], cats=["neighborhood"])

# --------------------------------------------------------------------------------------------
# ALLOW - drugs (at least one substance outside marijuana / nicotine / alcohol)
# --------------------------------------------------------------------------------------------
A("allow_drugs", "drugs", "bpd/district-b2", "2025-11-25 14:40",
  "Ruggles station, stairs to the commuter rail platform",
  "AP incident report. At 2:40 PM SSS Boyd, on Ruggles dismissal duty, saw Dwayne on the commuter "
  "rail stairs handing small items to two younger students in exchange for cash. When approached, "
  "Dwayne dropped a plastic bag holding 14 round blue pills stamped 'M 30'. The TPD field test was "
  "positive for fentanyl; TPD believes the pills are counterfeit oxycodone. The younger students (gr "
  "9, ours) had two pills each and gave them up. Dwayne said he got them 'from somebody'. He lives at "
  "the Whittier Street Apartments with his mother, who came to the school at 4.",
  S("Dwayne Pettaway", "Madison Park Technical Vocational High School", 11),
  "fentanyl", ["commuter rail stairs", "M 30", "14 round blue pills"],
  nc=["Whittier"], cats=["neighborhood"], subs=["fentanyl", "counterfeit oxycodone"])

A("allow_drugs", "drugs", "bpd/district-e18", "2026-03-03 07:20",
  "BPS school bus 2218 (AM run), American Legion Hwy near Cummins Hwy",
  "BUS MONITOR REPORT. Bus 2218, AM. 7:20, American Legion Hwy near Cummins Hwy: saw Mikayla giving "
  "two white rectangular pills ('bars') to each of the two girls behind her. Asked what they were; "
  "she said 'Xanax, relax.' One girl (gr 9) swallowed one. At school the nurse checked her at 8:05; by "
  "8:40 she was very drowsy and EMS took her to Carney as a precaution. Mikayla had 9 more bars in a "
  "vitamin bottle in her bag, imprint 'S 90 3'.",
  S("Mikayla Pierre", "Boston Community Leadership Academy", 9, pm_drop_off="1263 River St",
    guardian={"name": "Marie-Claude Pierre", "preferred_language": "Haitian Creole"}),
  "Xanax", ["vitamin bottle", "S 90 3", "American Legion Hwy"],
  nc=["1263 River St", "Haitian Creole"], cats=["neighborhood", "language"], subs=["Xanax"])

A("allow_drugs", "drugs", "bpd/district-e13", "2026-01-29 15:30",
  "Jackson Square station, bike racks by the Columbus Ave entrance",
  "TPD liaison email to the AP (paraphrased by the AP). 3:30 PM at Jackson Sq, by the bike racks at "
  "the Columbus Ave entrance, officers saw a BPS student, Rafael, hand a folded dollar bill to "
  "another youth and stopped both. Rafael had 11 small baggies of white powder (field test positive "
  "for cocaine) and a grinder with marijuana in his backpack, plus $340 cash. TPD notes that he lives "
  "at Academy Homes, just across the street, and that he is known to their unit. Rafael was "
  "released to his mother.",
  S("Rafael Ocasio", "Greater Egleston High School", 12),
  "cocaine", ["bike racks", "11 small baggies", "Columbus Ave entrance"],
  nc=["Academy Homes", "across the street"], cats=["neighborhood"], subs=["cocaine", "marijuana"])

A("allow_drugs", "drugs", "bpd/district-b2", "2025-10-08 15:00",
  "MBTA Route 39 bus, Huntington Ave between Longwood Ave and Brigham Circle",
  "Statement of a 10th grader (anonymous at her request), typed by the counselor: 'On the 39 after "
  "school this kid Owen from 11th grade was selling mushroom chocolate, he had it in a pencil case. He "
  "said they were shroom bars, 4 grams, $25 a square. My friend bought one square and ate half and by "
  "the time we got to Brigham Circle she was freaking out and shaking and we got off and called her "
  "mom.' Counselor note: the friend was seen at Children's ED and released. The next day SSS took from "
  "Owen's backpack a pencil case with 3 wrapped chocolate bars labeled 'psilocybin'; TPD has them.",
  S("Owen Kettering", "John D. O'Bryant School of Mathematics and Science", 11),
  "psilocybin", ["pencil case", "Brigham Circle", "shroom bars"], subs=["psilocybin"])

A("allow_drugs", "drugs", "bpd/district-c11", "2026-05-14 15:20",
  "Bus stop on Dorchester Ave outside Fields Corner station",
  "SSS note (Pham). 3:20 PM, bus stop on Dorchester Ave outside Fields Corner. Acting on a tip from a "
  "student I approached Jayden, who was handing out clear capsules of brown powder from an Altoids "
  "tin. He said it was 'molly' for a party. The tin held 16 capsules; the TPD field test indicated "
  "MDMA. He also had a THC vape pen. The TPD officer on the corner took the tin and the pen. On the "
  "phone Jayden's mother said she would come from work, and asked that we not tell anyone the family "
  "is undocumented.",
  S("Jayden Cruz", "Community Academy of Science and Health", 11),
  "MDMA", ["Altoids tin", "16 capsules", "Dorchester Ave"],
  nc=["undocumented"], cats=["immigration_status"], subs=["MDMA", "THC vape"])

A("allow_drugs", "drugs", "bpd/district-b2", "2025-12-04 14:50",
  "Nubian station, inside the waiting area",
  "AP Morales. A 9th grader's mother called on 12/4: her son and two others took pills from Zion at "
  "Nubian station after school (about 2:50 PM, inside the waiting area) and her son vomited at home. "
  "Interviewed Zion on 12/5 with SSS present: he admits taking 'about 20' of his grandmother's "
  "oxycodone 10 mg tablets from her bottle at her house on Quincy St, where he stays after school, and "
  "giving or selling them at Nubian for $5 each. He still had 6 tablets in a folded paper in his "
  "wallet; SSS took them. The grandmother confirmed the prescription is hers, not Zion's.",
  S("Zion Whitfield", "Boston Latin Academy", 10),
  "oxycodone", ["waiting area", "10 mg", "folded paper"],
  nc=["Quincy St"], cats=["neighborhood"], subs=["oxycodone"])

A("allow_drugs", "drugs", "bpd/district-c6", "2026-03-04 14:35",
  "Broadway station, Dorchester Ave exit",
  "SSS Fitzgerald. 2:35 PM. Observed Tyler at the Dorchester Ave exit of Broadway station hand a "
  "small bag to an adult man, who handed him cash. When Tyler saw me he walked back toward school. I "
  "asked him to empty his jacket: a sandwich bag with 9 off-white rocks (he called it 'work') and $160 "
  "in small bills. TPD tested it: crack cocaine. Tyler told TPD he 'lives right there on West "
  "Broadway, it's not a big deal'.",
  S("Tyler Donovan", "Excel High School", 11),
  "crack cocaine", ["Dorchester Ave exit", "9 off-white rocks", "$160"],
  nc=["West Broadway", "lives right there"], cats=["neighborhood"], subs=["crack cocaine"])

A("allow_drugs", "drugs", "bpd/district-a1", "2025-10-23 15:30",
  "Chinatown Park on the Rose Kennedy Greenway, near the Chinatown gate",
  "Incident form. 3:30 PM, Chinatown Park on the Greenway near the gate, where our students wait for "
  "the Silver Line. A teacher walking by saw Harper and two friends looking at a sheet of small paper "
  "squares. Harper said 'it's tabs, want one' to the teacher, laughing, then put them away. The "
  "teacher called SSS; SSS met Harper at the Silver Line stop on Essex St and she handed over a "
  "blotter sheet with 24 squares (cartoon print). TPD field test: LSD. Harper said she bought them in "
  "Allston on Saturday.",
  S("Harper Lindqvist", "Snowden International School", 11),
  "LSD", ["blotter sheet", "24 squares", "Chinatown Park"], subs=["LSD"])

A("allow_drugs", "drugs", "bpd/district-c11", "2026-03-26 15:50",
  "Mattapan trolley, Butler station platform",
  "TPD liaison note to BPS, 3/26. At approx 3:50 PM officers at Butler station on the Mattapan "
  "trolley line checked a group of teens. One, a BPS 10th grader (Corey), had in his backpack a "
  "digital scale, a box of small glassine envelopes and a knotted bag of off-white powder, approx 6 "
  "grams, field tested positive for fentanyl. He was summonsed. TPD states he told them he was taking "
  "the trolley home to Cedar Grove.",
  S("Corey Banfield", "Boston Green Academy", 10),
  "fentanyl", ["Butler station", "digital scale", "glassine envelopes"],
  nc=["Cedar Grove"], cats=["neighborhood"], subs=["fentanyl"])

A("allow_drugs", "drugs", "bpd/district-d14", "2025-11-12 07:45",
  "MBTA Route 57 bus, Washington St at Oak Square",
  "Parent email (Mrs. Kowalski), 11/12, 10:02 AM: 'My daughter told me that on the 57 this morning, "
  "around 7:45 when the bus was at Oak Square, a boy named Ezra from her school was passing out "
  "study pills and gummies. He gave her an orange pill and said it was Adderall, 20 mg, and she could "
  "pay him later. She didn't take it and I have the pill here. He told the other kids the gummies "
  "were THC. She says he does this every week on the bus.' AP follow-up 11/13: Ezra had 7 orange "
  "tablets marked 'b 973' and a bag of gummies in his backpack; the nurse has no prescription on file "
  "for him. Materials to SSS.",
  S("Ezra Feldman", "Brighton High School", 11),
  "Adderall", ["Oak Square", "study pills", "b 973"], subs=["THC gummies", "Adderall"])

A("allow_drugs", "drugs", "bpd/district-c11", "2026-05-28 07:30",
  "Dorchester Ave near Freeport St (scooter crash)",
  "AP note from EMS/BPD information. At about 7:30 AM Darnell crashed his electric scooter into a "
  "parked car on Dorchester Ave near Freeport St on his way to school. He cut his chin and was checked "
  "by EMS. When EMS cut his backpack strap, a sandwich bag with about 40 blue pills marked 'M30' fell "
  "out; BPD took it and said the pills are likely counterfeit and pressed with fentanyl. Darnell told "
  "the officer he was 'holding them for someone.' He was coming from home in Savin Hill; the scooter "
  "is his brother's.",
  S("Darnell Price", "Dorchester Academy", 10),
  "M30", ["parked car", "40 blue pills", "Freeport St"],
  nc=["Savin Hill"], cats=["neighborhood"], subs=["counterfeit pills", "fentanyl"])

A("allow_drugs", "drugs", "bpd/district-b2", "2026-04-16 15:05",
  "MBTA Route 23 bus, Warren St near Moreland St",
  "SSS report. 3:05 PM, on the 23 bus on Warren St (I ride the 23 to my post). I saw Imani pass a "
  "pill bottle to Kayla and heard her say 'two of these and you'll sleep through Monday.' I asked both "
  "to get off with me at Warren St & Moreland St; they did. The bottle had 17 small yellow round "
  "tablets marked 'C 1'. Imani says they are Klonopin from 'a friend's mom'; the label on the bottle "
  "has someone else's name. Kayla had not taken any. Imani was crying and said she couldn't be late "
  "for Bible study at her aunt's church.",
  S("Imani Cousins", "John D. O'Bryant School of Mathematics and Science", 10),
  "Klonopin", ["pill bottle", "C 1", "Warren St & Moreland St"],
  nc=["Bible study", "church"], cats=["religion"], subs=["clonazepam"])

A("allow_drugs", "drugs", "bpd/district-c11", "2025-12-11 07:40",
  "BPS school bus 1330 (AM run), Washington St near Codman Square",
  "Driver and monitor joint statement, bus 1330, 12/11: 'About 7:40 AM near Codman Sq the monitor "
  "found a small zip bag on the floor under seat 14 right after Justin got up to move. It had white "
  "powder in it, looked like a lot (weighed later at school: 3.4 g). Justin said it wasn't his but "
  "the monitor saw it fall out of his jacket. The principal called BPD; the officer's field test said "
  "cocaine. Justin boards at the Welles Ave stop by his house and is usually quiet.'",
  S("Justin Morrow", "TechBoston Academy", 8),
  "cocaine", ["seat 14", "3.4 g", "Codman Sq"],
  nc=["Welles Ave"], cats=["neighborhood"], subs=["cocaine"])

A("allow_drugs", "drugs", "bpd/district-d4", "2026-05-12 14:30",
  "Back Bay station, Orange Line lobby by the Dartmouth St doors",
  "Liaison note, TPD to BPS, 5/12. About 2:30 PM an officer saw a student with a Snowden lanyard "
  "snorting powder off a key in the Back Bay Orange Line lobby near the Dartmouth St doors. He had a "
  "small vial of white crystalline powder he called 'K'; field test positive for ketamine. Identified "
  "from his school ID as Julian. He was unsteady and was checked by EMS, not transported.",
  S("Julian Pryce", "Snowden International School", 12),
  "ketamine", ["Dartmouth St doors", "off a key", "small vial"], subs=["ketamine"])

# --------------------------------------------------------------------------------------------
# ALLOW - credible threat (with a written, articulable threat statement)
# --------------------------------------------------------------------------------------------
A("allow_threat", "credible_threat", "bpd/district-b2", "2026-02-05 21:40",
  "Online (Snapchat story); the threat concerns the Ruggles station busway at dismissal",
  "AP report. Three students and one parent sent screenshots of Jaquan's Snapchat story between 9:50 "
  "and 10:30 PM on 2/5 (attached). The story shows a black handgun with an extended magazine lying on "
  "a bedspread, captioned 'Ruggles 2:45 tmrw. everybody getting it. bring ya vest.' Two of the "
  "students say the accounts tagged in the story belong to the Greenway Boyz. Dismissal on 2/6 was "
  "moved to the Tremont St doors with extra SSS; Jaquan was absent on 2/6.",
  S("Jaquan Stills", "Madison Park Technical Vocational High School", 11),
  "handgun", ["extended magazine", "everybody getting it", "Tremont St doors"],
  nc=["Greenway Boyz"], cats=["gang_affiliation"],
  ts="On 2/5 at 9:40 PM Jaquan posted a Snapchat story showing a handgun with the caption 'Ruggles "
     "2:45 tmrw. everybody getting it. bring ya vest.' 2:45 PM is our dismissal and the Ruggles "
     "busway is where most of our students catch their buses; the post names a time, a place and a "
     "real-looking gun.",
  att=[{"kind": "document", "name": "snapchat_screenshots_0205.pdf"}])

A("allow_threat", "credible_threat", "bpd/district-c11", "2025-10-14 15:15",
  "BPS school bus 0455 (PM run), Dorchester Ave approaching Ashmont station",
  "MONITOR'S INCIDENT FORM. Bus 0455 (PM). Time: 15:15. Location: Dorchester Ave approaching Ashmont "
  "station. Kayla was arguing with Briana (gr 8) over a boy. Kayla stood up and said loud 'when we get "
  "to Ashmont I'm cutting your face open, watch' and pulled a razor blade part way out of her bra "
  "strap to show it. I moved Briana to the front seat behind the driver. The driver did not stop at "
  "Ashmont and went straight on; both girls were released to parents. Briana's mom met the bus at "
  "their stop on Van Winkle St.",
  S("Kayla Brathwaite", "Lilla G. Frederick Pilot Middle School", 8),
  "razor blade", ["bra strap", "behind the driver", "approaching Ashmont"],
  nc=["Van Winkle"], cats=["neighborhood"],
  ts="On PM bus 0455 Kayla told Briana, in front of the monitor, that when the bus reached Ashmont she "
     "would 'cut your face open' and showed a razor blade she keeps in her bra strap. Both girls ride "
     "this bus every day.")

A("allow_threat", "credible_threat", "bpd/district-c11", "2026-03-10 12:10",
  "TechBoston Academy (statement taken at school); the threat concerns the MBTA Route 22 bus at Talbot Ave",
  "Student statement, handwritten, typed by counselor Ms. Ike: 'Terrell keep saying in class and on "
  "the bus he gonna empty the clip on the whole back of the 22 when them boys get on at Talbot Ave. "
  "Today at lunch he showed us a video on his phone of him holding a gun in a car. I'm scared to ride "
  "the 22 now and I have to, it's how I get home to Melville Ave.' Counselor note: Terrell's "
  "English teacher confirms he said 'the back of the 22 is done' in class on 3/9 and 3/10.",
  S("Terrell Gaines", "TechBoston Academy", 10),
  "empty the clip", ["empty the clip", "Talbot Ave", "holding a gun in a car"],
  nc=["Melville"], cats=["neighborhood"],
  ts="Terrell has said three times this week, twice in front of staff, that he will 'empty the clip "
     "on the whole back of the 22' when students from another school board at Talbot Ave, and showed "
     "classmates a video of himself holding a handgun.")

A("allow_threat", "credible_threat", "bpd/district-a7", "2026-01-15 08:05",
  "MBTA Blue Line between Airport and Maverick; threat concerns Maverick station after school",
  "AP report (EBHS). At 8:05 AM two students came to the office and said that on the Blue Line "
  "between Airport and Maverick, Angel showed them a knife and said he would wait for Mr. Dorsey at "
  "Maverick after school and 'stab him in the neck.' SSS searched Angel's bag at 8:20: a 7-inch kitchen "
  "knife wrapped in a T-shirt. Angel said it was a joke. Mr. Dorsey reported Angel last week for "
  "threatening a student. Angel's mother, reached with a Spanish interpreter, said the family came "
  "from Honduras in 2024, is waiting for an asylum hearing, and asked whether this will affect it.",
  S("Ángel Mejía", "East Boston High School", 10),
  "kitchen knife", ["between Airport and Maverick", "wrapped in a T-shirt", "7-inch"],
  nc=["Spanish", "interpreter", "Honduras", "asylum"],
  cats=["language", "national_origin", "immigration_status"],
  ts="On the Blue Line this morning Angel told two classmates he will stab Mr. Dorsey 'in the neck' "
     "at Maverick after school because Mr. Dorsey reported him, and showed them a kitchen knife in his "
     "backpack. The knife was found on him at 8:20 AM.")

A("allow_threat", "credible_threat", "bpd/district-e18", "2025-11-19 07:05",
  "BPS school bus 2045; statements of 11/18 (Hyde Park Ave near Wolcott Sq) and 11/19 (morning pickup)",
  "Driver statement, bus 2045. 'On 11/18 about 3:25 PM on Hyde Park Ave near Wolcott Sq I told "
  "Dominic to sit down and he said I'm gonna burn this bus with you in it, I know where the yard is. "
  "Next morning, 11/19 at 7:05, he was standing at the pickup with a red gas can and a lighter and "
  "said told you, and laughed. He did not get on. I drove off and called dispatch.' Dispatch called "
  "BPD. Dominic's mother told the AP that he stays with his father in Fairmount Hill on weekdays and "
  "that the gas can is from the father's garage.",
  S("Dominic Aucoin", "Boston Community Leadership Academy", 9),
  "gas can", ["Wolcott Sq", "red gas can", "lighter"],
  nc=["Fairmount Hill"], cats=["neighborhood"],
  ts="Dominic told the driver of bus 2045 he would 'burn this bus with you in it' and that he knows "
     "where the bus yard is; the next morning he waited for the bus holding a red gas can and a "
     "lighter and said 'told you'.")

A("allow_threat", "credible_threat", "bpd/district-e13", "2026-04-28 20:15",
  "Instagram direct messages; the threat concerns Forest Hills station (Route 39 arrivals)",
  "Parent email to the AP, 4/28, 10:30 PM: 'My son got these messages tonight (screenshots attached). "
  "DeAndre sent a picture of a gun and said he'll be waiting at Forest Hills when my son gets off the "
  "39. My son is terrified. He has to change buses there to get home to our place on Brookway Rd.' AP: "
  "two students confirm the account is DeAndre's. His mother kept him home on 4/29; SSS was posted at "
  "Forest Hills at dismissal.",
  S("DeAndre Kinsey", "English High School", 10),
  "picture of a gun", ["Forest Hills", "off the 39", "picture of a gun"],
  nc=["Brookway"], cats=["neighborhood"],
  ts="By Instagram DM on 4/28 DeAndre sent a classmate a photo of a revolver with the message "
     "'Forest hills tmrw when u get off the 39. I got the strap for u.' The classmate changes buses at "
     "Forest Hills every school day.",
  att=[{"kind": "document", "name": "instagram_dm_screenshots.png"}])

A("allow_threat", "credible_threat", "bpd/district-b2", "2025-12-02 14:45",
  "MBTA Route 28 bus, Blue Hill Ave at Columbia Rd; threat concerns Nubian station",
  "Staff statement (paraprofessional Mr. Jean-Baptiste): 'I ride the 28 home. On 12/2 around 2:45 PM, "
  "at Blue Hill Ave and Columbia Rd, I heard Stanley tell Ricardo in Haitian Creole, \"Demen m ap "
  "pote zam nan, ou fini nan Nubian\" - tomorrow I bring the gun, you're finished at Nubian. They both "
  "speak Creole at home. I told the AP the same evening.' AP: on 12/3 a student reported seeing "
  "Stanley at 7:30 AM on Warren St with a gun in his waistband; Stanley was absent 12/3. Ricardo is "
  "staying home.",
  S("Stanley Augustin", "Jeremiah E. Burke High School", 11),
  "gun in his waistband", ["Blue Hill Ave and Columbia Rd", "you're finished at Nubian", "Warren St"],
  nc=["Haitian", "Creole", "Demen m ap pote"], cats=["language"],
  ts="On the 28 bus on 12/2 Stanley told another student 'tomorrow I bring the gun, you're finished at "
     "Nubian'; a staff member heard it. On 12/3 before school a student saw Stanley on Warren St with "
     "a gun in his waistband.")

A("allow_threat", "credible_threat", "bpd/district-c6", "2026-03-31 14:40",
  "Andrew station busway, Route 16 berth",
  "SSS Walsh. 2:40 PM, Andrew busway by the 16 bus. Ryan walked up to Jose (the student he fought in "
  "February) and held out a handful of bullets and said 'next time these come out of something, right "
  "here.' I took Ryan aside; in his right front pocket were 6 live 9mm rounds (brass, hollow point). "
  "He said he found them. No gun found. TPD notified. His mother says she doesn't know where he got "
  "them; Ryan spends afternoons at his father's place on Dorset St.",
  S("Ryan Cavanaugh", "Excel High School", 10),
  "9mm rounds", ["16 bus", "hollow point", "right front pocket"],
  nc=["Dorset St"], cats=["neighborhood"],
  ts="At the Andrew busway Ryan showed live 9mm ammunition to a student he fought last month and said "
     "'next time these come out of something, right here.' Six live rounds were taken from his pocket.")

A("allow_threat", "credible_threat", "bpd/district-b3", "2026-05-20 18:30",
  "Group chat; the threat concerns the Mattapan Square bus stop at 3 PM on 5/21",
  "Safety specialist note, 5/20, 9:00 PM: a student forwarded the group chat to SSS Harris. Kareem's "
  "messages (screen recording attached): 'imma slide on them at the Mattapan sq bus stop tmrw at 3', "
  "'i got 2 of em loaded', and a 12-second video of hands loading a magazine. Students in the chat say "
  "'them' means three 9th graders he fought at the trolley last week. Two students say Kareem "
  "rides with a group that calls itself the Cummins Kings. AP reached Kareem's mother at 9:40 PM.",
  S("Kareem Oduya", "New Mission High School", 10),
  "loading a magazine", ["Mattapan sq bus stop", "loading a magazine", "12-second video"],
  nc=["Cummins Kings"], cats=["gang_affiliation"],
  ts="In a group chat on 5/20 Kareem wrote 'imma slide on them at the Mattapan sq bus stop tmrw at 3' "
     "and 'i got 2 of em loaded' and posted a video of a magazine being loaded. The three students he "
     "means wait at that stop after school.",
  att=[{"kind": "video", "name": "group_chat_screen_recording.mp4"}])

A("allow_threat", "credible_threat", "bpd/district-c11", "2025-09-18 10:20",
  "Phone call to BPS Transportation dispatch; threat concerns the Freeport St bus yard",
  "Dispatcher log and AP note. 9/18 10:20: call to BPS Transportation from a student who gave his name "
  "as Dante (gr 11), angry that his bus had been late four days running. Dispatcher notes the caller "
  "said 'I'll blow that whole yard on Freeport St up, I already got the bottles ready' and 'watch the "
  "news.' The call came from the school's front office phone. AP: Dante admits making the call. His "
  "teacher reports that on 9/17 he showed classmates a video on making a bottle bomb and said he had "
  "'tested one already'. The late bus is the one that picks him up at Bowdoin St & Hamilton St.",
  S("Dante Lomax", "Dorchester Academy", 11),
  "bottle bomb", ["Freeport St", "bottle bomb", "watch the news"],
  nc=["Bowdoin St", "Hamilton St"], cats=["neighborhood"],
  ts="Dante called BPS Transportation and said he would 'blow that whole yard on Freeport St up' and "
     "that he 'already got the bottles ready'; the day before he showed classmates how to make a "
     "bottle bomb and said he had tested one.")

A("allow_threat", "credible_threat", "bpd/district-b2", "2026-01-22 15:00",
  "Outside the school at dismissal; the threat concerns the Washington St & Melnea Cass Blvd bus stop",
  "AP summary. At dismissal (3:00 PM) SSS Reid overheard Omar (gr 10) telling students by the bike "
  "rack that 'tomorrow me and my cousin ride by on the bikes and spray the Melnea stop', naming R.T. "
  "and K.W., who wait for the SL4 at Washington St & Melnea Cass Blvd. When SSS asked, students showed "
  "a photo Omar had AirDropped of a black rifle leaning on a radiator. Omar says it was a joke and the "
  "picture is 'from the internet'. His father asked us to call him after Jumu'ah; Omar leaves early on "
  "Fridays for prayers at the mosque with him.",
  S("Omar Haji", "John D. O'Bryant School of Mathematics and Science", 10),
  "rifle", ["Washington St & Melnea Cass Blvd", "black rifle", "ride by on the bikes"],
  nc=["Jumu'ah", "mosque", "prayers"], cats=["religion"],
  ts="Omar told students that he and his cousin will 'ride by on the bikes and spray' the bus stop at "
     "Washington St & Melnea Cass Blvd the next day, named two students who wait there, and shared a "
     "photo of a rifle.")

A("allow_threat", "credible_threat", "bpd/district-e13", "2025-11-05 07:30",
  "BPS school bus 0962 (AM run); threat concerns the Hyde Square stop after school",
  "Student statement (gr 7), written with the counselor: 'On bus 962 in the morning Leah sat next to "
  "me and said I better not get off at Hyde Square today because she will stab me with the knife. She "
  "lifted her shirt and there was a knife in her waistband with a brown handle. She said she don't "
  "care if she gets caught. I told my mom when I got to school.' Counselor: SSS searched Leah's locker "
  "at 9:00 and found a steak knife with a brown handle. The younger girl's mother says her daughter "
  "is also afraid to walk from the bus to their apartment on Mozart St.",
  S("Leah Santana", "Curley K-8 School", 8),
  "steak knife", ["Hyde Square", "brown handle", "bus 962"],
  nc=["Mozart St"], cats=["neighborhood"],
  ts="On bus 962 Leah told a 7th grader she will stab her if she gets off at Hyde Square after school, "
     "and showed a knife in her waistband; a steak knife was found in Leah's locker the same morning.")

A("allow_threat", "credible_threat", "bpd/district-d14", "2026-02-26 07:50",
  "Parent's car on Cambridge St approaching the school; threat concerns the school cafeteria",
  "Email from Nathaniel's mother to the principal, 2/26, 8:31 AM: 'I'm writing because I'm scared. This "
  "morning I was driving Nathaniel in on Cambridge St and he was on speaker with a friend and said "
  "he'll \"bring the Glock Friday and start with the lunch line\" and said two names, Liam and Bryce. "
  "When I asked he said he was joking. My brother has a handgun and Nathaniel knows it; I already "
  "asked my brother to lock it up. Please don't tell Nathaniel I wrote. I drop him every afternoon at "
  "my mother's building on Chestnut Hill Ave and I'll keep him there tomorrow.'",
  S("Nathaniel Poole", "Brighton High School", 9),
  "Glock", ["lunch line", "Cambridge St", "on speaker"],
  nc=["Chestnut Hill Ave"], cats=["neighborhood"],
  ts="Nathaniel told a friend by phone that he will 'bring the Glock Friday and start with the lunch "
     "line', naming two students; he has access to a relative's handgun.")

A("allow_threat", "credible_threat", "bpd/district-a1", "2026-04-09 15:10",
  "BPS school bus 1420 (PM run), Kneeland St & Washington St stop",
  "Monitor report, bus 1420 (PM). 3:10 PM at the Kneeland St & Washington St stop. Mateo got off and "
  "told me 'read what I left you, I mean it.' On seat 3: a note in pencil, 'Friday the Kneeland St stop "
  "gets shot up, I'm not playing -M.' I gave it to the driver and we called dispatch. AP next morning: "
  "Mateo's Instagram story from 4/8 shows a box of .380 ammunition. Mateo admits writing the note. His "
  "family recently arrived from Venezuela and has Temporary Protected Status papers in process; the "
  "mother asked through the interpreter whether police will be told.",
  S("Mateo Linares", "Josiah Quincy Upper School", 8),
  ".380 ammunition", ["seat 3", "Kneeland St", ".380 ammunition"],
  nc=["Venezuela", "Temporary Protected Status", "interpreter"],
  cats=["national_origin", "immigration_status", "language"],
  ts="Mateo left a note on bus 1420 reading 'Friday the Kneeland St stop gets shot up, I'm not playing' "
     "and told the monitor he meant it; the day before he posted a photo of a box of .380 ammunition.")

# --------------------------------------------------------------------------------------------
# DENY - ground not permitted (fights without the ground, theft, vandalism, truancy, "gang"...)
# --------------------------------------------------------------------------------------------
D("deny_ground", "ground_not_permitted", "fight", "bpd/district-c11", "2025-10-01 15:20",
  "BPS school bus 0722 (PM run), Adams St near Dorchester Ave",
  "Bus 0722, PM. Two 7th graders, Jaylen and another boy, fought in the back over a phone charger. "
  "Punches thrown, no injuries; the nurse checked both the next morning. The driver stopped on Adams "
  "St and the monitor separated them. Jaylen lives on Ashmont St with his dad and normally gets off "
  "at the Ashmont St & Adams St stop, but got off early today to avoid the other boy.",
  S("Jaylen Prophete", "Lilla G. Frederick Pilot Middle School", 7),
  nc=["Ashmont St"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "fare_evasion", "bpd", "2025-11-10 14:40",
  "Ruggles station, fare gates on the Columbus Ave side",
  "MBTA Transit Police asked the school for the names of students who jump the fare gates at "
  "Ruggles after dismissal. SSS saw Jonathan and four others jump the gates on the Columbus Ave side "
  "at 2:40 PM. Jonathan has a student M7 pass but says he 'left it at home in Egleston'. Submitting "
  "his information as TPD asked.",
  S("Jonathan Mweri", "Madison Park Technical Vocational High School", 10),
  nc=["Egleston"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "vandalism", "bpd/district-b2", "2025-12-08 15:35",
  "MBTA Route 23 bus, Washington St near Nubian",
  "Complaint from the MBTA bus operator via the TPD liaison: windows on the 23 scratched with a key "
  "on the afternoon trip, tags 'TBG' and '4L' etched in the glass behind the rear door. Operator "
  "identified a student in a TechBoston hoodie. AP spoke to Khari, who admits the scratching. He "
  "says 'TBG' stands for Talbot Block, the boys he hangs with. No one was hurt; MBTA estimates two "
  "windows to replace.",
  S("Khari Simmons", "TechBoston Academy", 9),
  nc=["Talbot Block"], cats=["gang_affiliation"])

D("deny_ground", "ground_not_permitted", "gang_activity", "bpd/district-e13", "2026-03-04 15:00",
  "Jackson Square station",
  "TPD asked the school to confirm which of our students hang with the crew that 'runs' Jackson "
  "Square after school (students call them the Square Boys). Elvin is on their list. We have no "
  "discipline on him this year. He lives in the Bromley-Heath development and takes the 22 from "
  "Jackson to get to school.",
  S("Elvin Rosario", "Margarita Muñiz Academy", 11),
  nc=["Square Boys", "Bromley-Heath", "crew"], cats=["gang_affiliation", "neighborhood"])

D("deny_ground", "ground_not_permitted", "theft", "bpd/district-a1", "2026-01-30 15:45",
  "Chinatown station, Orange Line outbound platform",
  "Student statement: 'I was on the platform at Chinatown going home and Brian took my phone out of "
  "my hand and ran up the stairs to Washington St. He gave it back the next day at school and said it "
  "was a joke but he still has my case. He knows I live in the Castle Square apartments and said "
  "he'd come by.' AP: Brian returned the phone; no injury.",
  S("Brian Huang", "Josiah Quincy Upper School", 9),
  nc=["Castle Square"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "truancy", "bpd/district-a7", "2026-02-09 10:00",
  "MBTA Blue Line (Wonderland to Bowdoin)",
  "Attendance office referral. Edwin has been absent 14 days since January. His mother told our "
  "family liaison, in Spanish, that he leaves their apartment in Eagle Hill every morning and 'rides "
  "the Blue Line all day' between Wonderland and Bowdoin. She is asking for help but will not call "
  "the police herself because she has no papers.",
  S("Edwin Carcamo", "East Boston High School", 10, home_language="Spanish"),
  nc=["Spanish", "Eagle Hill", "no papers"], cats=["language", "neighborhood", "immigration_status"])

D("deny_ground", "ground_not_permitted", "trespass", "bpd/district-b3", "2026-04-29 15:40",
  "Mattapan trolley right-of-way near the Neponset River bridge",
  "TPD called: three youths walking along the trolley tracks near the Neponset River bridge, one of "
  "them our student Shaquille. The operator had to stop. Officers warned them and walked them off the "
  "tracks. Shaquille said they were taking a shortcut home to the Franklin Hill apartments.",
  S("Shaquille Dunbar", "Mildred Avenue K-8 School", 8),
  nc=["Franklin Hill"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "status_inquiry", "bpd", "2025-10-22 08:30",
  "Maverick station",
  "A transit officer who stopped Dayana and her brother at Maverick for not paying asked our liaison "
  "whether the two of them 'have papers' and whether the family came across the border last year on "
  "humanitarian parole. Submitting as the officer requested so BPD can follow up.",
  S("Dayana Flores", "East Boston High School", 9),
  nc=["have papers", "humanitarian parole", "across the border"], cats=["immigration_status"])

D("deny_ground", "ground_not_permitted", "suspicious_behavior", "bpd/district-c11", "2025-11-17 16:15",
  "Fence along the BPS bus yard on Freeport St",
  "Yard supervisor reported a teenager taking photos of buses over the fence for about twenty "
  "minutes. Recognised as our student Aidan, who rides bus 1330. Aidan says he is a 'bus fan' and "
  "posts pictures to a transit forum. He was on his way to Hebrew school and lives on Pleasant St; "
  "his mother confirmed both. Nothing taken, nothing damaged.",
  S("Aidan Reyes-Cohen", "Boston Latin Academy", 8),
  nc=["Hebrew school", "Pleasant St"], cats=["religion", "neighborhood"])

D("deny_ground", "ground_not_permitted", "theft", "bpd/district-d4", "2026-05-13 16:30",
  "Bluebikes dock at Massachusetts Ave and Huntington Ave",
  "Bluebikes customer service emailed the school: a bike unlocked with a BPS student membership at "
  "the Mass Ave & Huntington dock at 4:30 PM was never returned. The membership belongs to Tristan. "
  "Tristan says he lent his code to a friend. The bike was found two days later in Mission Hill.",
  S("Tristan Boateng", "Boston Arts Academy", 10))

D("deny_ground", "ground_not_permitted", "reckless_operation", "bpd/district-b2", "2025-10-06 07:50",
  "Sidewalk on Tremont St by Roxbury Crossing station",
  "A pedestrian called the school: a teenager on an e-scooter clipped her on the Tremont St "
  "sidewalk by Roxbury Crossing station at 7:50 AM. Bruised elbow; she did not want medical help. "
  "The rider wore a Madison Park hoodie; Jeremiah admits it and apologised. He rides every morning "
  "from his mother's apartment on Parker Hill Ave.",
  S("Jeremiah Osei", "Madison Park Technical Vocational High School", 11),
  nc=["Parker Hill Ave"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "fight", "bpd/district-b2", "2026-03-02 14:40",
  "Nubian station busway",
  "SSS note: 2:40 PM at the Nubian busway, Destinee and a girl from another school fought, hair "
  "pulling and slaps, about 30 seconds. One scratch on Destinee's cheek, no other injuries; TPD "
  "separated them and sent both home. Destinee says the other girl keeps making fun of her family "
  "for being Somali.",
  S("Destinee Hardy", "Jeremiah E. Burke High School", 10),
  nc=["Somali"], cats=["ethnicity"])

D("deny_ground", "ground_not_permitted", "shoplifting", "bpd/district-c11", "2026-05-27 15:10",
  "Corner store on Dudley St at Uphams Corner",
  "Owner of the corner store at Uphams Corner called: kids come in before the 15 bus, and today one "
  "took two energy drinks and a bag of chips without paying. He knows the boy, Marvin, because he "
  "lives upstairs from the store with his aunt. Total about $9. The owner wants it 'on record'.",
  S("Marvin Teixeira", "Dorchester Academy", 9),
  nc=["lives upstairs"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "bullying", "bpd/district-e5", "2025-12-12 15:30",
  "BPS school bus 1811 (PM run)",
  "Parent email: 'My son is being picked on every day on bus 1811 by Colin and two other boys. They "
  "take his hat, throw it out the window and make fun of him for fasting during Ramadan. Today they "
  "poured water on his bag. I want the police to know.' AP: Colin admits taking the hat; no physical "
  "injury.",
  S("Colin Murphy", "Boston Latin Academy", 8),
  nc=["Ramadan", "fasting"], cats=["religion"])

D("deny_ground", "ground_not_permitted", "vandalism", "bpd/district-e13", "2026-04-01 15:25",
  "Forest Hills station, lower busway shelter",
  "SSS photographed fresh 'HPK' tags in marker on the glass of the lower busway shelter at Forest "
  "Hills. Nelson admitted doing them after school. He says HPK means Hyde Park Kings, his crew, and "
  "that they tag where they 'claim'. He agreed to help clean it with the MBTA crew on Saturday.",
  S("Nelson Abreu", "Boston Community Leadership Academy", 10),
  nc=["Hyde Park Kings", "his crew"], cats=["gang_affiliation"])

D("deny_ground", "ground_not_permitted", "intelligence", "bpd/district-b2", "2025-09-24 11:00",
  "MBTA Route 28 bus corridor, Mattapan Square to Nubian",
  "The B-2 community officer asked for the names and home addresses of students who ride the 28 "
  "between 2:30 and 4:00 PM for a 'youth violence intelligence project'. The officer named Jamari; "
  "he has no discipline this year. His record: lives on Norwell St with his grandmother.",
  S("Jamari Wells", "Jeremiah E. Burke High School", 11, home_address="51 Norwell St"),
  nc=["Norwell St"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "disorderly_conduct", "bpd/district-e18", "2026-01-26 07:15",
  "BPS school bus 2271 (AM run), Hyde Park Ave",
  "MONITOR FORM. Bus 2271, AM. Adrian cursed at me for ten minutes because I told him to sit, threw "
  "his water bottle at the window and kicked the seat. He yells at me in Spanish when he is angry. "
  "Nobody hurt. I want it reported.",
  S("Adrián Guzmán", "Boston Community Leadership Academy", 9),
  nc=["Spanish"], cats=["language"])

D("deny_ground", "ground_not_permitted", "vandalism", "bpd/district-c11", "2025-11-21 15:30",
  "Talbot Ave & Bernard St school bus stop",
  "Driver: at 3:30 PM at the Talbot Ave & Bernard St stop four students threw iceballs at the bus and "
  "cracked the right mirror housing. No one hurt. One was Darius, who is not assigned to this stop; "
  "he lives over on Evans St and was waiting for friends.",
  S("Darius Carrington", "TechBoston Academy", 9),
  nc=["Evans St"], cats=["neighborhood"])

D("deny_ground", "ground_not_permitted", "safety_violation", "bpd/district-d14", "2026-03-20 07:35",
  "BPS school bus 1604 (AM run), Commonwealth Ave",
  "Driver incident form: while moving on Commonwealth Ave a student, Byron, pulled the rear emergency "
  "exit handle; the alarm went off and I stopped. No one fell out, no injuries. The monitor thinks he "
  "did not understand the sign; he recently came from Guatemala.",
  S("Byron Tzul", "Brighton High School", 9),
  nc=["Guatemala"], cats=["national_origin"])

D("deny_ground", "ground_not_permitted", "harassment", "bpd/district-d4", "2025-10-24 16:00",
  "MBTA Green Line, Hynes Convention Center to Kenmore",
  "Counselor report: Madison posted photos of a classmate asleep on the Green Line in a group chat "
  "with captions mocking her hijab. The classmate's family asks that it be reported. No threats, no "
  "contact beyond the posts.",
  S("Madison Kelleher", "Boston Arts Academy", 10),
  nc=["hijab"], cats=["religion"])

# --------------------------------------------------------------------------------------------
# DENY - only excluded substances (marijuana, nicotine, alcohol, vape of unknown content)
# --------------------------------------------------------------------------------------------
D("deny_substance", "excluded_substance", "drugs", "bpd/district-d4", "2025-10-17 14:50",
  "Massachusetts Ave station (Orange Line), inbound platform",
  "TPD officer at Mass Ave station saw Kiara hitting a vape pen on the inbound platform after school. "
  "The cartridge is labeled 1 g THC distillate. She handed it over. Kiara is an English learner "
  "(level 3) and the officer asked whether she understood; her friend helped explain.",
  S("Kiara Mendes", "Boston Latin Academy", 11),
  nc=["English learner"], cats=["language"], subs=["THC cartridges"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-c11", "2025-11-07 07:45",
  "School bus stop at Dorchester Ave & Gibson St",
  "SSS note: after a tip, checked Nathan's backpack at the morning stop at Dorchester Ave & Gibson "
  "St. Found six empty and two full 50 ml nips of cinnamon whiskey. He says he took them from a party. "
  "No one else involved.",
  S("Nathan Coughlin", "Boston Latin Academy", 10), subs=["liquor"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-e18", "2026-01-09 15:20",
  "BPS school bus 2233 (PM run)",
  "Monitor form: Aliyah was passing a Juul around in the back seats; confiscated the device and a "
  "pack of 3 mint Juul pods. Nobody sick. Her PM drop-off is 30 Greenfield Rd; mom notified.",
  S("Aliyah Frazier", "Boston Community Leadership Academy", 9, pm_drop_off="30 Greenfield Rd"),
  nc=["Greenfield Rd"], cats=["neighborhood"], subs=["Juul pods"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-e13", "2026-03-13 15:15",
  "Forest Hills station, Hyde Park Ave side of the busway",
  "SSS saw Malachi smoking a blunt with two older men on the Hyde Park Ave side of the busway. When "
  "approached, he put it out and gave up a small bag of weed. TPD told SSS the older men are 'Walk "
  "Hill Boys' and that Malachi has been seen with them before.",
  S("Malachi Dorsey", "English High School", 11),
  nc=["Walk Hill Boys"], cats=["gang_affiliation"], subs=["weed", "blunts"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-b3", "2025-12-05 15:30",
  "BPS school bus 0688 (PM run)",
  "Monitor and nurse notes: Amara shared gummy edibles (package says 10 mg THC each) with three "
  "friends on the PM bus. One 7th grader got dizzy and was picked up by her father. Amara's mother, "
  "who is from Jamaica, came to the school the next day and apologised.",
  S("Amara Grant", "Mildred Avenue K-8 School", 7),
  nc=["Jamaica"], cats=["national_origin"], subs=["edibles"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-c11", "2026-05-15 15:45",
  "Ashmont station, Peabody Square side",
  "TPD called the school: four of our 11th graders were drinking hard seltzer out of a backpack "
  "cooler on the Peabody Square side of Ashmont station. One, Brendan, was loud and was sent home with "
  "his brother. He was walking home to Wrentham St afterwards.",
  S("Brendan Sullivan", "Boston Latin Academy", 11),
  nc=["Wrentham St"], cats=["neighborhood"], subs=["hard seltzer"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-b3", "2026-01-16 15:25",
  "Mattapan trolley, between Cedar Grove and Butler",
  "Trolley operator reported a student vaping in the car. SSS identified him as Rodney the next day "
  "and took a disposable vape pen from his bag. Contents unknown; not tested. His mother was called.",
  S("Rodney Charles", "Young Achievers Science and Mathematics Pilot School", 8,
    guardian_language="Haitian Creole"),
  nc=["Haitian Creole"], cats=["language"], subs=["vape"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-a1", "2025-09-26 15:35",
  "Chinatown station (Orange Line), Washington St entrance",
  "AP note: Lily was seen handing nicotine pouches (Zyn, 6 mg) to two 7th graders at the Washington St "
  "entrance to Chinatown station. Tin confiscated at school; parents called.",
  S("Lily Tran", "Josiah Quincy Upper School", 9), subs=["nicotine pouches"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-b2", "2026-03-27 14:50",
  "Silver Line SL4 stop at Nubian",
  "SSS: at the SL4 stop at Nubian, Terrence was drinking a tallboy of beer out of a paper bag and "
  "offering it to others. He lives in the Lenox Street apartments and was walked home by his cousin.",
  S("Terrence Mills", "John D. O'Bryant School of Mathematics and Science", 12),
  nc=["Lenox Street"], cats=["neighborhood"], subs=["beer"])

D("deny_substance", "excluded_substance", "drugs", "bpd/district-c6", "2026-05-08 14:35",
  "Broadway station, Dorchester Ave entrance",
  "SSS note: Edson had a sandwich bag of weed and a vape pen (unknown content) at the Broadway "
  "station entrance and was offering to sell 'eighths'. Edson came from Cape Verde in 2023 and lives "
  "with his older brother.",
  S("Edson Tavares", "Excel High School", 10),
  nc=["Cape Verde"], cats=["national_origin"], subs=["weed", "vape"])

# --------------------------------------------------------------------------------------------
# DENY - recipient not permitted (transit police, BRIC, federal agencies, contractors, private security)
# --------------------------------------------------------------------------------------------
D("deny_recipient", "recipient_not_permitted", "weapon", "mbta-transit-police", "2025-10-20 14:55",
  "Ruggles station, upper busway",
  "At the request of MBTA Transit Police. At 2:55 PM at the Ruggles upper busway Isaac showed a "
  "folding knife to two boys and said 'don't come near the 15 today.' TPD recovered it. Isaac lives on "
  "Ruthven St and gets on the 15 to go home.",
  S("Isaac Dunmore", "John D. O'Bryant School of Mathematics and Science", 10),
  nc=["Ruthven"], cats=["neighborhood"], weapon="knife")

D("deny_recipient", "recipient_not_permitted", "weapon", "bric", "2025-11-14 15:10",
  "Fields Corner station busway",
  "BRIC analyst asked for our report on Tevin, who had brass knuckles at the Fields Corner busway. "
  "The analyst says Tevin is in their system as a Bowdoin-Geneva Bloods associate.",
  S("Tevin Rhodes", "TechBoston Academy", 11),
  nc=["Bowdoin-Geneva Bloods", "associate"], cats=["gang_affiliation"], weapon="brass knuckles")

D("deny_recipient", "recipient_not_permitted", "credible_threat", "ice/ero-boston", "2026-01-07 09:00",
  "MBTA Route 116 bus, Meridian St",
  "Received a request from an ERO officer about a threat Nelson made on the 116 bus ('I'll bring my "
  "brother's gun to Maverick'). The officer says Nelson's family overstayed their visas.",
  S("Nelson Ayala", "East Boston High School", 10),
  nc=["overstayed", "visas"], cats=["immigration_status"],
  ts="Nelson said on the 116 bus that he will bring his brother's gun to Maverick station and 'handle' "
     "two students; he repeated it the next day to a teacher.")

D("deny_recipient", "recipient_not_permitted", "serious_violence", "transdev/safety", "2026-03-12 15:40",
  "BPS school bus 1088 (PM run), Blue Hill Ave near Harvard St",
  "The bus company's safety manager asked for the school's report on Quentin, who punched the driver "
  "of bus 1088 and broke his nose near Blue Hill Ave and Harvard St. Quentin's drop-off is 7 Lorne St.",
  S("Quentin Harris", "Jeremiah E. Burke High School", 9, pm_drop_off="7 Lorne St"),
  nc=["Lorne St"], cats=["neighborhood"])

D("deny_recipient", "recipient_not_permitted", "weapon", "commonwealth-fusion-center", "2025-12-10 14:30",
  "Nubian station, lower level",
  "The Commonwealth Fusion Center asked for our file after TPD took a box cutter from Jamil at Nubian "
  "station. They want to know where he lives; per SIS he lives on Dale St with his mother.",
  S("Jamil Sandoval", "Madison Park Technical Vocational High School", 10),
  nc=["Dale St"], cats=["neighborhood"], weapon="box cutter")

D("deny_recipient", "recipient_not_permitted", "drugs", "hsi/boston", "2026-04-15 15:05",
  "Maverick station, Lewis St entrance",
  "HSI agents asked for the school's report on Sebastian, found by TPD with 20 pills pressed with "
  "fentanyl at the Lewis St entrance of Maverick. The agents said they are interested because he "
  "was born in Colombia.",
  S("Sebastian Quintero", "East Boston High School", 11, birth_country="Colombia"),
  nc=["Colombia"], cats=["national_origin"], subs=["fentanyl"])

D("deny_recipient", "recipient_not_permitted", "weapon", "massachusetts-state-police/troop-h",
  "2026-02-04 07:25",
  "Rideshare vehicle on Morrissey Blvd",
  "A State Police trooper asked for the school's report after an Uber driver on Morrissey Blvd found a "
  "taser that Kendra left in his car on her way to school. Kendra says it is her mother's.",
  S("Kendra Wallace", "Boston Latin Academy", 12), weapon="taser")

D("deny_recipient", "recipient_not_permitted", "weapon", "allied-universal/south-bay", "2025-10-29 16:10",
  "South Bay shopping center, by the bus stop",
  "The shopping center's private security asked for Jaden's report: their guard took pepper spray "
  "from him near the bus stop after he sprayed it at a wall. He told the guard he lives in the "
  "Franklin Field apartments.",
  S("Jaden Okoro", "Excel High School", 9),
  nc=["Franklin Field"], cats=["neighborhood"], weapon="pepper spray")

D("deny_recipient", "recipient_not_permitted", "weapon", "cbp/logan", "2026-05-21 15:20",
  "Airport station (Blue Line)",
  "CBP officer at Logan asked for the school's report on Luz, who had a switchblade in her bag at "
  "Airport station. The officer asked whether she has a green card.",
  S("Luz Marroquin", "East Boston High School", 10),
  nc=["green card"], cats=["immigration_status"], weapon="knife")

D("deny_recipient", "recipient_not_permitted", "drugs", "mbta-transit-police/detectives",
  "2026-03-25 15:00",
  "Jackson Square station, busway",
  "TPD detectives asked for our report on Ruben, who had 8 grams of cocaine in baggies at the Jackson "
  "Square busway. He lives at the Academy Homes with his grandmother.",
  S("Ruben Acevedo", "Greater Egleston High School", 12),
  nc=["Academy Homes"], cats=["neighborhood"], subs=["cocaine"])

# --------------------------------------------------------------------------------------------
# DENY - credible_threat submitted without a written threat statement
# --------------------------------------------------------------------------------------------
D("deny_threat_missing", "missing_threat_statement", "credible_threat", "bpd/district-b2",
  "2025-11-03 21:15",
  "Snapchat; the post concerns the Nubian station busway",
  "Screenshots from two students: Marlon posted 'nubian tmrw after school, whoever there getting "
  "hit' with a photo of a gun on a car seat. Students say it is aimed at kids from the Orchard Gardens "
  "side who wait for the 15.",
  S("Marlon Ebanks", "Jeremiah E. Burke High School", 10),
  nc=["Orchard Gardens"], cats=["neighborhood"],
  att=[{"kind": "document", "name": "snap_screenshots_1103.pdf"}])

D("deny_threat_missing", "missing_threat_statement", "credible_threat", "bpd/district-c11",
  "2026-01-28 15:05",
  "BPS school bus 0455 (PM run)",
  "Monitor form: Jasmine told another girl she would 'see her at Shawmut with a blade' tomorrow. "
  "Jasmine's grandmother, who speaks Haitian Creole, was called with the interpreter line.",
  S("Jasmine Celestin", "Lilla G. Frederick Pilot Middle School", 8),
  nc=["Haitian Creole", "interpreter line"], cats=["language"], ts="")

D("deny_threat_missing", "missing_threat_statement", "credible_threat", "bpd/district-e13",
  "2025-12-17 14:50",
  "Forest Hills station, upper busway",
  "A note was found taped to the upper busway shelter at Forest Hills: 'English HS kids - Friday we "
  "coming with straps.' A student says Jovan wrote it; Jovan's notebook has the same handwriting. "
  "Jovan walks home to his house on Walk Hill St.",
  S("Jovan Price-Myles", "English High School", 10),
  nc=["Walk Hill St"], cats=["neighborhood"])

D("deny_threat_missing", "missing_threat_statement", "credible_threat", "bpd/district-c11",
  "2026-04-08 19:30",
  "Ashmont station (threat concerns the busway after school)",
  "Parent email: 'Your student Aniyah told my daughter on the phone tonight that she will have her "
  "cousins waiting at Ashmont tomorrow to jump her and cut her hair off with a box cutter. We live "
  "near Adams St and my daughter has to go through Ashmont.' Forwarded by AP.",
  S("Aniyah Booker", "TechBoston Academy", 9),
  nc=["near Adams St"], cats=["neighborhood"])

D("deny_threat_missing", "missing_threat_statement", "credible_threat", "bpd/district-a7",
  "2025-10-07 08:10",
  "Maverick station; threat concerns the 120 bus stop",
  "AP: two students say Joel told them on the Blue Line that he will stab 'that kid from math "
  "class' at the 120 stop. Joel's family arrived from El Salvador last year and he is in the "
  "newcomer program.",
  S("Joel Hernandez", "East Boston High School", 9),
  nc=["El Salvador", "newcomer"], cats=["national_origin", "language"])

# --------------------------------------------------------------------------------------------
# DENY - face surveillance (16-62): face matches, face search, photos for matching, face templates
# --------------------------------------------------------------------------------------------
D("deny_face", "face_surveillance", "weapon", "bpd/district-b2", "2025-12-01 14:45",
  "Ruggles station, upper busway",
  "TPD sent a face-match hit from the Ruggles platform cameras showing Marcus with a knife in his "
  "waistband at 2:45 PM; the match report says 94.6% confidence. We confirmed he is our student from "
  "the match and are sending our file with the knife report.",
  S("Marcus Greenidge", "Madison Park Technical Vocational High School", 11),
  nc=["94.6%", "match report"], cats=["face_surveillance"], weapon="knife",
  att=[{"kind": "face_match", "name": "ruggles_cam_facematch_1201.pdf"}])

D("deny_face", "face_surveillance", "serious_violence", "bpd/district-c11", "2026-01-14 15:10",
  "Fields Corner station, bus level",
  "The beating at Fields Corner (victim has a broken jaw) was caught on MBTA video. TPD ran a still "
  "through facial recognition and it returned our student DeShawn as the top candidate. Please "
  "confirm and send his record.",
  S("DeShawn Battle", "TechBoston Academy", 10),
  nc=["top candidate"], cats=["face_surveillance"])

D("deny_face", "face_surveillance", "credible_threat", "bpd/district-e13", "2026-04-30 15:00",
  "Forest Hills station",
  "After threats about Forest Hills dismissal, BPD asks the school to send yearbook photos of all "
  "English HS 10th graders so they can run them against the station cameras with face recognition "
  "software. Kelvin is the student who posted the threat.",
  S("Kelvin Monroe", "English High School", 10),
  nc=["yearbook photos"], cats=["face_surveillance"],
  ts="Kelvin posted 'forest hills friday, 3 oclock, bodies' with a picture of a handgun; the post "
     "names our dismissal time and place.")

D("deny_face", "face_surveillance", "drugs", "bpd/district-c6", "2026-05-26 14:40",
  "Andrew station",
  "A detective identified Sean from an Andrew station camera still using a commercial face "
  "search service (Clearview) as the boy seen selling pills on the platform; 30 counterfeit "
  "oxycodone pills were later recovered from his locker.",
  S("Sean Fitzpatrick", "Excel High School", 11),
  nc=["Clearview"], cats=["face_surveillance"], subs=["counterfeit oxycodone"],
  att=[{"kind": "face_match", "name": "clearview_result_andrew.png"}])

D("deny_face", "face_surveillance", "weapon", "bpd/district-e18", "2025-09-29 07:30",
  "BPS school bus 2290 (AM run)",
  "The bus camera vendor's 'person search' feature matched the face of the student seen with a "
  "knife on bus 2290 to Tyrell's ID photo. Knife recovered from Tyrell's bag at school.",
  S("Tyrell Knight", "Boston Community Leadership Academy", 9),
  nc=["person search", "Tyrell's ID photo"], cats=["face_surveillance"], weapon="knife")

D("deny_face", "face_surveillance", "weapon", "bpd/district-a1", "2026-03-09 15:35",
  "Chinatown station, Essex St stairs",
  "Box cutter taken from Vincent on the Essex St stairs at Chinatown station. His transit-system "
  "profile includes a stored face template from the station cameras; included below as TPD sent it.",
  S("Vincent Lau", "Josiah Quincy Upper School", 9, face_template_id="FT-88213-CHN",
    transit_face_profile={"template": "FT-88213-CHN", "source": "station camera enrolment"}),
  nc=["FT-88213-CHN", "station camera enrolment"], cats=["face_surveillance"], weapon="box cutter")

# --------------------------------------------------------------------------------------------
# DENY - replica / BB / airsoft guns: need a named approver's determination the request lacks
# --------------------------------------------------------------------------------------------
D("deny_replica", "other", "weapon", "bpd/district-c11", "2025-11-24 07:20",
  "BPS school bus 1147 (AM run)",
  "Monitor took a black BB gun (CO2 pistol, no pellets found) from Jeremy's backpack on the AM bus "
  "after he showed it to other students. His AM stop is at Minot St.",
  S("Jeremy Lyons", "TechBoston Academy", 8),
  nc=["Minot St"], cats=["neighborhood"], weapon="BB gun")

D("deny_replica", "other", "weapon", "bpd/district-e13", "2026-02-02 15:15",
  "Forest Hills station, lower busway",
  "SSS took an airsoft pistol with the orange tip painted black from Kobe at the Forest Hills lower "
  "busway after a rider complained. The TPD officer on scene says Kobe runs with the Stonybrook "
  "Rydaz and that they carry these to scare people at the station.",
  S("Kobe Sanchez", "English High School", 10),
  nc=["Stonybrook Rydaz"], cats=["gang_affiliation"], weapon="airsoft pistol")

D("deny_replica", "other", "weapon", "bpd/district-b2", "2026-05-06 15:00",
  "Bus stop at Washington St & Williams St",
  "A replica handgun (metal, non-firing) fell out of Trevor's jacket at the Washington St & Williams "
  "St bus stop; a parent called 911 and BPD confirmed it is a replica. Trevor lives with his aunt in "
  "Egleston Square.",
  S("Trevor Banks", "Boston Day and Evening Academy", 11),
  nc=["Egleston Square"], cats=["neighborhood"], weapon="replica handgun")


# --------------------------------------------------------------------------------------------
def main():
    assert len(CASES) == 120, len(CASES)
    lines = []
    for n, (req, exp) in enumerate(CASES, 1):
        cid = "OAP-%04d" % n
        full = {"request_id": cid}
        full.update(req)
        self_check(full, exp)
        lines.append(json.dumps({"id": cid, "request": full, "expect": exp}, ensure_ascii=False))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote %d cases to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
