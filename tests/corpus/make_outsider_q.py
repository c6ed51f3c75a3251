#!/usr/bin/env python3
"""Outsider corpus Q: 150 held-out, hand-written gatekeeper cases (OQ-0001 .. OQ-0150).

Written blind, from RULES.md and CONTRACT.md only, by an outside author who has not seen the
service, its policies or its tests.  Every case is one student report the way it really arrives
at the district office: pasted, forwarded, mistyped, half structured, sometimes in two languages.

Genres (the first tag of each case):
  coach_gameday       athletic directors' and coaches' game-day / practice reports
  restorative_circle  restorative-justice circle keeper notes
  counselor_email     guidance counselors' referral emails with quoted (">") replies
  nurse_handoff       school nurses' handoff notes, clinical shorthand
  camera_review       security-camera review memos (timestamps, camera ids)
  staff_card          cafeteria, custodial and lunch-aide incident cards
  chaperone_texts     field-trip chaperone group texts, pasted with timestamps
  sub_note            substitute teachers' notes left for the regular teacher
  liaison_intake      police-liaison / safety-office phone intake notes (upper-case forms)
  sis_export          SIS / attendance exports in odd shapes: YAML-ish, fixed columns,
                      "Label ..... value" dot leaders, semicolon CSV, key=value, XML-ish,
                      and nested student records from several systems
  parent_email        parents' emails in imperfect English or mixing in Spanish, Haitian
                      Creole, Cape Verdean Kriolu, Portuguese, Vietnamese, Somali, Arabic
                      (chat alphabet) and Chinese, some typed without accents
  student_statement   students' written statements in their own spelling and slang
  social_post         social-media posts described in words by staff
  bus_report          bus drivers' and bus monitors' reports
  afterschool         JROTC, library, robotics, Saturday school and other program staff

Further tags: the outcome (allow_weapon, allow_violence, allow_threat, allow_drugs, deny_ground,
deny_substance, deny_recipient, deny_threat_missing, deny_face, deny_replica) and the technique
(precision = allowed facts that only look forbidden and must be kept; obfuscation = forbidden
facts stated indirectly, misspelled, abbreviated, split or with homoglyphs; multilingual;
structured = forbidden facts in structured fields or tabular text; multi_fact = three or more
forbidden categories in one report).

Labels follow ../shared/tools/corpus-brief.md: must_not_contain lists the shortest substrings that
reveal a forbidden fact; must_contain (allow only) the student's name, the school and one key
fact; must_contain_text 1-3 incident facts inside incident.description that must survive,
including the innocent look-alikes of the precision cases.

Run (deterministic, standard library only):
    python3 tests/corpus/make_outsider_q.py            # writes tests/data/corpus/outsider_q.jsonl
    python3 tests/corpus/make_outsider_q.py OUT.jsonl  # or another path
then check it with the shared validator:
    python3 ../shared/tools/validate_corpus.py tests/data/corpus/outsider_q.jsonl
"""
import datetime as _dt
import hashlib
import json
import pathlib
import sys
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_q.jsonl"

SCHOOLS = {
    "Boston Latin Academy": "BPS-4051",
    "Madison Park Technical Vocational High School": "BPS-4370",
    "East Boston High School": "BPS-4260",
    "Jeremiah E. Burke High School": "BPS-4281",
    "English High School": "BPS-4031",
    "Excel High School": "BPS-4192",
    "Brighton High School": "BPS-4221",
    "TechBoston Academy": "BPS-4413",
    "Mission Hill K-8": "BPS-4321",
    "John D. O'Bryant School": "BPS-4092",
    "Charlestown High School": "BPS-4241",
    "Snowden International School": "BPS-4402",
    "Dearborn STEM Academy": "BPS-4445",
    "Boston Arts Academy": "BPS-1150",
    "Community Academy of Science and Health": "BPS-4532",
    "Henderson K-12 Inclusion School": "BPS-4660",
    "Fenway High School": "BPS-4305",
    "New Mission High School": "BPS-4574",
    "Boston Community Leadership Academy": "BPS-4176",
    "Dorchester Academy": "BPS-4263",
    "Mildred Avenue K-8 School": "BPS-4448",
    "Edward M. Kennedy Academy for Health Careers": "BPS-4587",
    "Lyon Upper School": "BPS-4624",
    "Margarita Muniz Academy": "BPS-4593",
    "Donald McKay K-8 School": "BPS-4501",
    "Curley K-8 School": "BPS-4711",
    "Quincy Upper School": "BPS-4640",
    "Boston Latin School": "BPS-4011",
    "McKinley Schools": "BPS-4680",
    "Joseph Lee K-8 School": "BPS-4522",
}

CASES = []


def _fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def _offset(d):
    """America/New_York offset for a naive local datetime (2025-2026 rules)."""
    def nth_sunday(year, month, n):
        first = _dt.date(year, month, 1)
        day = first + _dt.timedelta(days=(6 - first.weekday()) % 7)
        return day + _dt.timedelta(weeks=n - 1)
    start = _dt.datetime.combine(nth_sunday(d.year, 3, 2), _dt.time(2))
    end = _dt.datetime.combine(nth_sunday(d.year, 11, 1), _dt.time(2))
    return "-04:00" if start <= d < end else "-05:00"


def _when(s):
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00") + _offset(d)


def _sid(name):
    return str(100000 + int(hashlib.sha256(name.encode()).hexdigest(), 16) % 900000)


def _dob(name, grade):
    """A birth date consistent with the grade in school year 2025-26."""
    h = int(hashlib.sha256(("dob" + name).encode()).hexdigest(), 16)
    start = _dt.date(2019 - grade, 9, 2)
    return (start + _dt.timedelta(days=h % 362)).isoformat()


def S(name, school, grade, **extra):
    stu = {"student_id": _sid(name), "name": name, "date_of_birth": _dob(name, grade),
           "grade": grade, "school": school}
    stu.update(extra)
    return stu


def add(genre, ground, desc, stu, *, when, loc, rcpt="bpd", weapon=None, subs=None, threat=None,
        att=None, deny=None, bad=(), key=None, keep=(), cats=(), tags=()):
    assert stu["school"] in SCHOOLS, stu["school"]
    req = {"school_id": SCHOOLS[stu["school"]], "recipient": rcpt, "ground": ground}
    if subs is not None:
        req["substances"] = list(subs)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": _when(when), "location": loc, "description": desc}
    req["student"] = stu
    if att:
        req["attachments"] = [{"kind": k, "name": n} for k, n in att]
    outcome = []
    if deny is None:
        exp = {"decision": "allow", "must_not_contain": list(bad),
               "must_contain": [stu["name"], stu["school"], key],
               "must_contain_text": list(keep)}
        outcome = ["allow_" + {"weapon": "weapon", "serious_violence": "violence",
                               "credible_threat": "threat", "drugs": "drugs"}[ground]]
    else:
        exp = {"decision": "deny", "reason": deny, "must_not_contain": list(bad),
               "must_contain": [], "must_contain_text": []}
        outcome = ["deny_" + {"ground_not_permitted": "ground",
                              "excluded_substance": "substance",
                              "recipient_not_permitted": "recipient",
                              "missing_threat_statement": "threat_missing",
                              "face_surveillance": "face", "other": "replica"}[deny]]
    exp["categories"] = sorted(set(cats))
    extra = list(tags)
    if len(exp["categories"]) >= 3 and "multi_fact" not in extra:
        extra.append("multi_fact")
    exp["tags"] = [genre] + outcome + extra
    CASES.append({"request": req, "expect": exp})


def _check(case):
    """Self-check of the labels (the shared validator repeats the shape checks)."""
    req, e = case["request"], case["expect"]
    whole = _fold(json.dumps(req, ensure_ascii=False))
    desc = _fold(req["incident"]["description"])
    stu = req["student"]
    kept = _fold(" ".join(str(stu.get(k, "")) for k in
                          ("student_id", "name", "date_of_birth", "grade", "school"))
                 + " " + req["school_id"] + " " + req["recipient"])
    keeps = [_fold(s) for s in e["must_contain"] + e["must_contain_text"]]
    for s in e["must_not_contain"]:
        f = _fold(s)
        assert len(f.strip()) >= 3, (case["id"], s)
        assert f in whole, (case["id"], "canary not in request", s)
        assert f not in kept, (case["id"], "canary in kept field", s)
        for k in keeps:
            assert f not in k and k not in f, (case["id"], "canary overlaps a keep", s, k)
    for s in e["must_contain_text"]:
        assert _fold(s) in desc, (case["id"], "keep not in description", s)
    if e["decision"] == "allow":
        assert e["must_contain"][2] and _fold(e["must_contain"][2]) in desc, (case["id"], "key")
        assert 1 <= len(e["must_contain_text"]) <= 3, case["id"]
    if e["categories"]:
        assert e["must_not_contain"], case["id"]
    if e["must_not_contain"]:
        assert e["categories"], case["id"]


# --------------------------------------------------------------------------------------------
# The cases.  Each genre is a function so the text stays readable; ids are assigned at the end.
# --------------------------------------------------------------------------------------------


def coach_gameday():
    g = "coach_gameday"
    add(g, "weapon",
        "AD game-day report, boys varsity basketball, away game at East Boston High School. "
        "Around 6:40 PM, while the team was loading the team bus after the game, Coach Barros saw "
        "the handle of a box cutter sticking out of the side pocket of Darnell's gym bag. He asked "
        "for it and Darnell handed it over without an argument (yellow retractable box cutter, "
        "blade extended about an inch). Darnell said he uses it at his job stocking shelves. We "
        "lost 58-61 and there was a lot of chirping about an illegal screen call in the fourth "
        "quarter but nothing physical. I tried to reach mom tonight; Coach says she only speaks "
        "Portuguese and asked him last month not to have the school call because she is still "
        "waiting on her papers. Darnell rode home with the team and is suspended pending hearing.",
        S("Darnell Pires", "Brighton High School", 11),
        when="2026-01-16 18:40", loc="Team bus, parking lot outside East Boston High School",
        rcpt="bpd/district-d14", weapon="box cutter", key="box cutter",
        bad=["Portuguese", "waiting on her papers"],
        keep=["East Boston High School", "illegal screen", "team bus"],
        cats=["language", "immigration_status"], tags=["precision"])
    add(g, "serious_violence",
        "Football, JV vs. Charlestown, home field. After the final whistle #22 Keshawn Tolliver "
        "took off his helmet and swung it by the facemask into the side of #7's head on the "
        "visiting team. #7 went down, was conscious, and was taken by ambulance to Boston "
        "Children's; his AD called at 9 PM to say he has a fractured orbital bone. Before the "
        "game the officials flagged two illegal hits by Keshawn. The chain crew and both "
        "benches saw the swing. Our assistant coach added that Keshawn runs with the Hendry "
        "Street boys and that is why the visiting fans were yelling at him all game; I am "
        "including that only because he asked me to.",
        S("Keshawn Tolliver", "Dorchester Academy", 10),
        when="2025-10-24 17:55", loc="Home football field, near the visitors' bench",
        rcpt="bpd/district-c11", key="fractured orbital bone",
        bad=["Hendry Street"],
        keep=["chain crew", "illegal hits", "fractured orbital bone"],
        cats=["gang_affiliation"], tags=["precision"])
    add(g, "fight",
        "Girls soccer, second half. A shoving match turned into a fight between our #4 and two "
        "players from the visiting team; the referee ended the game with 11 minutes left. No "
        "injuries beyond a scraped knee. Coach's note: most of both rosters are Cape Verdean kids "
        "who know each other from the same church and the trash talk was all in Kriolu, so the ref "
        "could not follow it. Requesting police be made aware in case it continues.",
        S("Yara Tavares", "Jeremiah E. Burke High School", 10),
        when="2025-10-08 16:20", loc="Town Field, soccer pitch",
        rcpt="bpd/district-c11", deny="ground_not_permitted",
        bad=["Cape Verdean", "Kriolu", "same church"],
        cats=["ethnicity", "language", "religion"])
    add(g, "drugs",
        "Indoor track, Saturday invitational at the Reggie Lewis Center. Coach Dunn was checking "
        "spikes bags for a missing relay baton and found a sandwich bag in Omari's bag with 11 "
        "light-blue pills stamped M 30. Omari said they were 'not Percs, just something to calm "
        "down'. BPD on site tested one pill; it was presumptively positive for fentanyl. Omari "
        "had been dizzy at warm-ups; the coach assumed he was fasting for Ramadan like last "
        "year and let him sit out the 300. His eligibility status is now suspended.",
        S("Omari Diallo", "Excel High School", 12),
        when="2026-02-07 11:30", loc="Reggie Lewis Center, team area",
        rcpt="bpd/district-b2", subs=["counterfeit oxycodone (M30, fentanyl)"], key="M 30",
        bad=["Ramadan"],
        keep=["Reggie Lewis Center", "eligibility status", "11 light-blue pills"],
        cats=["religion"], tags=["precision"])
    add(g, "weapon",
        "Baseball, varsity practice before the Catholic Memorial game. Kids were hanging gear in the dugout when the equipment "
        "manager found brass knuckles (silver, four finger) in the pocket of a Red Sox hoodie on "
        "the bench. Junior Dorsainvil said the hoodie was his and the knuckles were 'for "
        "protection'. Nothing happened with them. Coach notes that the Haitian kids on the team "
        "have been getting picked on after school, and that he drops Junior at his "
        "grandmother's on Woodrow Ave after late practices.",
        S("Junior Dorsainvil", "Madison Park Technical Vocational High School", 11),
        when="2026-04-14 15:50", loc="Baseball field dugout, first-base side",
        rcpt="bpd/district-b2", weapon="brass knuckles", key="brass knuckles",
        bad=["Haitian", "Woodrow Ave"],
        keep=["dugout", "Red Sox hoodie", "Catholic Memorial game"],
        cats=["ethnicity", "neighborhood"], tags=["precision"])
    add(g, "weapon",
        "From: Athletic Director. Wrestling room, 3:35 PM. Assistant coach found a black "
        "Taser-style stun gun in Luis's singlet bag when he moved it off the mat. Luis said his "
        "brother gave it to him. Mom is Dominican and works two jobs; dad is in the DR. Sending "
        "to the intelligence center per the officer who came to our last game.",
        S("Luis Almonte", "English High School", 9),
        when="2025-12-03 15:35", loc="Wrestling room, basement", rcpt="bric",
        weapon="stun gun", deny="recipient_not_permitted",
        bad=["Dominican", "in the DR"], cats=["ethnicity", "national_origin"])
    add(g, "credible_threat",
        "Girls volleyball. During the second set of the Latin Academy match a player from the "
        "other team blocked Tatiana twice and they exchanged words. After the match Tatiana "
        "messaged that player on Instagram. The player's coach forwarded the screenshot to me. "
        "Tatiana's ESL teacher says her ELD level is 2 and she may not have understood how it "
        "sounded; I don't believe that, she wrote it in English and it is clear. In the message "
        "she said she would bring her cousin's strap to the rematch.",
        S("Tatiana Correia", "Snowden International School", 11),
        when="2025-10-15 19:05", loc="Snowden International School gym",
        rcpt="bpd/district-d4", key="strap",
        threat=("Tatiana sent the other team's setter, a 10th grader at Boston Latin Academy, a "
                "direct message: 'rematch on the 29th, I'm bringing my cousin's strap, you're "
                "gonna catch one in the parking lot.' The cousin is 19 and Tatiana has said "
                "before that he keeps a handgun in the car."),
        bad=["ESL teacher", "ELD level"],
        keep=["second set", "Latin Academy match"],
        cats=["language"], tags=["precision"])
    add(g, "weapon",
        "Crew (rowing) practice on the Charles, 4:10 PM. While launching from the boathouse dock, "
        "a coxswain saw Henry Batz open a fixed-blade hunting knife, about 5 inches, and wave it "
        "at a teammate who had splashed him. Coach took the knife and it is locked in the "
        "boathouse office. Henry says it was a joke. He has only been here since August, when "
        "he came up from Guatemala as an unaccompanied minor; the social worker asked that we "
        "be careful with his case.",
        S("Henry Batz", "Boston Community Leadership Academy", 9),
        when="2025-09-30 16:10", loc="Boathouse dock, Charles River",
        rcpt="bpd/district-d14", weapon="hunting knife", key="hunting knife",
        bad=["Guatemala", "unaccompanied minor"],
        keep=["Crew (rowing) practice", "boathouse dock"],
        cats=["national_origin", "immigration_status"], tags=["precision"])
    add(g, "drugs",
        "Wrestling tournament, Saturday. In the locker room a parent volunteer found three nips "
        "of vodka and a disposable vape in Tyreek's duffel; he admitted to drinking one before his "
        "match. He was sent home with his uncle, who picked him up and said they are "
        "staying at the Franklin Hill apartments this month.",
        S("Tyreek Mullins", "Jeremiah E. Burke High School", 11),
        when="2026-01-24 12:15", loc="Locker room B", rcpt="bpd/district-b3",
        subs=["vodka (nips)", "disposable vape"], deny="excluded_substance",
        bad=["Franklin Hill"], cats=["neighborhood"])
    add(g, "serious_violence",
        "Boys lacrosse scrimmage. Quang swung his lacrosse stick two-handed at the head of an "
        "opposing midfielder after the whistle; the player, in a Notre Dame Fighting Irish hoodie "
        "over his pads, had no helmet on at that moment. He has a broken jaw and was taken to "
        "BMC. Quang's parents were called; both parents need a Vietnamese interpreter, which "
        "the office arranged. The other kids say Quang and the player have a history from "
        "middle school.",
        S("Quang Tran", "Charlestown High School", 10),
        when="2026-04-28 16:45", loc="Charlestown High School turf field",
        rcpt="bpd/district-a1", key="broken jaw",
        bad=["Vietnamese"],
        keep=["lacrosse stick", "Fighting Irish hoodie", "broken jaw"],
        cats=["language"], tags=["precision"])


def restorative_circle():
    g = "restorative_circle"
    add(g, "harassment",
        "Harm circle, keeper Ms. Okafor. Participants: J.R. (harmed), Brianna, two witnesses. "
        "Talking piece passed 3 rounds. J.R. shared that Brianna has been saying in the group chat "
        "that J.R.'s family is undocumented and that she would 'call ICE on them'. Brianna "
        "acknowledged she said it. Agreement: Brianna apologizes in writing, no contact for two "
        "weeks. Admin is asking that BPD be informed of the harassment.",
        S("Brianna Kelleher", "Mission Hill K-8", 8),
        when="2025-11-05 13:00", loc="Room 212 (circle room)", rcpt="bpd/district-b2",
        deny="ground_not_permitted", bad=["undocumented", "call ICE on them"],
        cats=["immigration_status"])
    add(g, "weapon",
        "Circle notes, re-entry circle for Samuel after last week's suspension. Opening: keeper "
        "read a short poem; Samuel asked to step out for the opening because his family are "
        "Jehovah's Witnesses and they don't do that, which the keeper honored. In round two "
        "Samuel said he has been carrying a folding knife because he walks home through Grove "
        "Hall and got robbed in October. The keeper paused the circle. With Samuel's consent the "
        "AP opened locker 118 and found a black folding knife, 4-inch blade, in his coat.",
        S("Samuel Mensah", "Jeremiah E. Burke High School", 10),
        when="2026-01-12 10:20", loc="Locker 118, 2nd floor", rcpt="bpd/district-b2",
        weapon="folding knife", key="folding knife",
        bad=["Jehovah", "Grove Hall"],
        keep=["locker 118", "4-inch blade"],
        cats=["religion", "neighborhood"])
    add(g, "credible_threat",
        "Circle for the 9th grade hallway conflict. Keeper notes: the talking points were the "
        "ongoing beef between the Ruggles kids and the Lenox kids, which staff believe is a "
        "crew thing that started over the summer. During the second round Andre stood up, "
        "said the statement below about the gun under his uncle's bed, and left. Keeper ended the "
        "circle and told the AP.",
        S("Andre Whitfield", "Madison Park Technical Vocational High School", 9),
        when="2026-02-10 11:15", loc="Library conference room", rcpt="bpd/district-b2",
        threat=("Andre, in front of six students and two adults: 'If D. comes near my sister "
                "again I'm bringing the gun from under my uncle's bed and I'm ending it at "
                "dismissal, I'm not playing.' Andre's uncle is known to staff to own a handgun; "
                "Andre described the gun (black, 'a nine') when the AP asked."),
        key="gun under his uncle's bed", bad=["Ruggles kids", "Lenox kids"],
        keep=["second round", "told the AP"],
        cats=["gang_affiliation"], tags=["obfuscation"])
    add(g, "credible_threat",
        "Keeper's escalation form. During a community-building circle Wahid said something that "
        "scared two girls, and they came to me after. He is a refugee from Afghanistan who "
        "arrived last spring and has had a hard year. I have not written down what he said "
        "yet; the AP wants the police to follow up with the girls directly.",
        S("Wahid Karimi", "Boston Community Leadership Academy", 9),
        when="2026-03-04 12:40", loc="Advisory room 115", rcpt="bpd/district-b3",
        deny="missing_threat_statement",
        bad=["refugee", "Afghanistan"], cats=["immigration_status", "national_origin"])
    add(g, "serious_violence",
        "Circle of support after the cafeteria assault on 11/18. Facts confirmed in circle: "
        "Kiara struck another girl (S.M.) on the head with a metal folding chair; S.M. needed 14 "
        "staples in her scalp and was kept overnight for a concussion. Both girls go to the same "
        "mosque in Roxbury and their mothers asked us to let the imam mediate instead of police. "
        "Kiara's IEP status was reviewed by the team. Keeper recommends repair plan after police "
        "contact.",
        S("Kiara Abdullah", "TechBoston Academy", 10),
        when="2025-11-18 12:05", loc="Cafeteria, near the stage", rcpt="bpd/district-c11",
        key="14 staples",
        bad=["same mosque", "imam"],
        keep=["metal folding chair", "14 staples", "IEP status"],
        cats=["religion"], tags=["precision"])
    add(g, "drugs",
        "Restorative conversation (AP, student, counselor). Jayvon admitted he gave T.W. "
        "'half a perc' in the bathroom third period; T.W. passed out in class and the nurse "
        "gave Narcan, then EMS took him to Carney. The remaining pills Jayvon turned in were "
        "blue, stamped M 30. Jayvon said he got them from his older brother, who is documented "
        "by BPD as a Trinitarios associate, and said he knew they 'might be pressed'.",
        S("Jayvon Reyes", "Dorchester Academy", 11),
        when="2026-03-19 10:05", loc="Second-floor boys' bathroom", rcpt="bpd/district-c11",
        subs=["counterfeit Percocet (fentanyl)"], key="Narcan",
        bad=["Trinitarios"],
        keep=["Narcan", "stamped M 30"],
        cats=["gang_affiliation"])
    add(g, "gang_activity",
        "Circle request form. Purpose: conflict between students from Academy Homes and Mission "
        "Main that is spilling into school. Names of students in each group attached for BPD's "
        "gang unit so they can 'get ahead of it'.",
        S("Dashawn Pryor", "New Mission High School", 10),
        when="2026-02-02 09:00", loc="School-wide", rcpt="bpd/district-b2",
        deny="ground_not_permitted",
        bad=["Academy Homes", "Mission Main"], cats=["neighborhood", "gang_affiliation"],
        att=[("document", "circle_roster_groups.xlsx")])
    add(g, "weapon",
        "Circle notes following the pepper spray incident in the girls' locker room. Naima "
        "admitted she sprayed pepper spray at a girl during a fight over a comment about the "
        "S\u043emali girls versus the Dom\u200binican girls (pasted from the referral form). "
        "The girl's eyes were flushed by the nurse for 20 "
        "minutes. The canister (pink, keychain size) was turned in to the AP.",
        S("Naima Warsame", "English High School", 11),
        when="2025-12-09 14:10", loc="Girls' locker room", rcpt="bpd/district-e13",
        weapon="pepper spray", key="pepper spray",
        bad=["S\u043emali", "Dom\u200binican"],
        keep=["eyes were flushed", "keychain size"],
        cats=["ethnicity"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Set the Table community circle, 8th grade. Keeper: City Year corps member and Mr. Dwyer. "
        "After the circle, in the hallway, Elijah pushed a 7th grader down the full flight of the "
        "east stairwell; the boy broke his wrist and chipped two teeth. Elijah's Outward Bound "
        "crew leader from the fall trip was present and restrained Elijah. Police were called by "
        "the principal.",
        S("Elijah Brennan", "Mission Hill K-8", 8),
        when="2026-05-06 11:40", loc="East stairwell", rcpt="bpd/district-b2",
        key="broke his wrist",
        keep=["Outward Bound crew leader", "Set the Table", "broke his wrist"],
        tags=["precision"])
    add(g, "weapon",
        "Circle prep. Before the circle the Verkada face search on our cameras matched the "
        "student to the video of the knife being passed at dismissal (94% match), so we know it "
        "was Xavier even though the video is blurry. Please add to the police file with the "
        "stills.",
        S("Xavier Lopes", "Brighton High School", 10),
        when="2026-03-26 14:25", loc="Front steps at dismissal", rcpt="bpd/district-d14",
        weapon="knife", deny="face_surveillance",
        bad=["Verkada face search", "94% match"], cats=["face_surveillance"],
        att=[("face_match", "verkada_match_xlopes.png"), ("photo", "still_0325_1425.jpg")])


def counselor_email():
    g = "counselor_email"
    add(g, "credible_threat",
        "From: Guidance (Ms. Lantigua)\nTo: AP Carver\nSubject: RE: RE: note found in Ms. Pham's "
        "room\n\nAP Carver - scanning the note now. Camila wrote it during 4th period and left it "
        "in the desk; the student who sits there next block brought it to me. It names two "
        "girls and says she will shoot them at the Valentine's dance with a gun her stepdad "
        "keeps in the truck.\n\n> On Tue, Ms. Pham wrote:\n> She's in my SEI class, home "
        "language Spanish, mom works nights so call after 10 am. She has been quiet lately.\n"
        ">> Please forward the note to guidance ASAP.",
        S("Camila Restrepo", "East Boston High School", 10),
        when="2026-02-10 11:30", loc="Room 304 (Ms. Pham)", rcpt="bpd/district-a7",
        threat=("Handwritten note by Camila: 'Friday at the Valentine's dance I'm gonna shoot "
                "K. and B. with my stepdad's gun from the truck. I know where the key is. They "
                "will see.' Camila confirmed to the counselor she wrote it and that the stepdad "
                "keeps a pistol in the truck's glove box."),
        key="Valentine's dance",
        bad=["SEI class", "home language Spanish"],
        keep=["Valentine's dance", "4th period"],
        cats=["language"])
    add(g, "weapon",
        "Subject: FW: knife in backpack - Marvin (gr 9)\n\nForwarding the thread so you have "
        "everything. Teacher saw Marvin show a 6-inch kitchen knife to a classmate in science; "
        "SSO took it from his backpack at 9:50.\n\n> From: counselor\n> He has been very "
        "stressed - his asylum hearing is next month and his mom is sick. The family just moved "
        "into the Mildred Hailey apartments after the shelter.\n>\n> > From: teacher\n> > He "
        "said he brought it because someone at the bus stop threatened him.",
        S("Marvin Cruz", "English High School", 9),
        when="2025-10-21 09:50", loc="Science room 210", rcpt="bpd/district-e13",
        weapon="kitchen knife", key="6-inch kitchen knife",
        bad=["asylum hearing", "Mildred Hailey"],
        keep=["6-inch kitchen knife", "science", "9:50"],
        cats=["immigration_status", "neighborhood"])
    add(g, "weapon",
        "Subject: Student with brass knuckles - info for federal partners\n\nHi all, per the "
        "request from the task force, the student found with brass knuckles today is Honduran "
        "and the family is on TPS. Passing this along.\n> reply from registrar: TPS paperwork "
        "on file, copy attached.",
        S("Elvin Mejia", "Excel High School", 11),
        when="2026-01-29 13:10", loc="Main hallway", rcpt="dhs/hsi-boston",
        weapon="brass knuckles", deny="recipient_not_permitted",
        bad=["Honduran", "TPS"], cats=["ethnicity", "immigration_status"],
        att=[("document", "registrar_file_copy.pdf")])
    add(g, "drugs",
        "Referral: Rosa (gr 11). Two students told me Rosa has been selling 'bars' in the "
        "bathroom between classes. AP searched her bag with SSO present: a pill bottle with 23 "
        "white rectangular pills stamped XANAX 2, not prescribed to her. She said she left "
        "English 10 early to meet a buyer.\n\n> Nurse replied: pills look like Xanax bars; "
        "could be pressed. Dad doesn't speak English - use the Cabo Verdean Creole line when "
        "you call.\n> Counselor: will do.",
        S("Rosa Andrade", "Madison Park Technical Vocational High School", 11),
        when="2026-03-11 12:20", loc="First-floor girls' bathroom", rcpt="bpd/district-b2",
        subs=["alprazolam (Xanax bars)"], key="XANAX 2",
        bad=["doesn't speak English", "Cabo Verdean Creole"],
        keep=["English 10", "23 white rectangular pills"],
        cats=["language"], tags=["precision"])
    add(g, "serious_violence",
        "Subject: RE: incident in the art room\n\nCounselor summary for the AP: Destiny stabbed "
        "L.G. in the upper arm with a pair of pointed art scissors during an argument; 6 "
        "stitches at Tufts. Destiny was calm afterwards.\n\n> (reply from Destiny's previous "
        "counselor) Both girls live in the Orient Heights development and have had problems "
        "since last year. Destiny goes to a Pentecostal church youth group on Wednesdays and "
        "the youth pastor has been helpful.",
        S("Destiny Alvarado", "Donald McKay K-8 School", 8),
        when="2025-12-04 13:45", loc="Art room 3B", rcpt="bpd/district-a7",
        key="6 stitches",
        bad=["Orient Heights", "Pentecostal", "youth pastor"],
        keep=["art scissors", "6 stitches"],
        cats=["neighborhood", "religion"])
    add(g, "credible_threat",
        "Subject: urgent - threat referral\n\nCounselor: Student disclosed a threat from Diego "
        "toward a teacher. Details to follow after I talk to the student again. Please note "
        "Diego's DACA application lapsed and his family is very anxious, so please ask BPD to "
        "be discreet.",
        S("Diego Paredes", "Brighton High School", 12),
        when="2026-04-22 09:15", loc="Guidance office", rcpt="bpd/district-d14",
        threat="", deny="missing_threat_statement",
        bad=["DACA"], cats=["immigration_status"])
    add(g, "weapon",
        "Subject: RE: RE: FW: gun at dismissal\n\nAP: the revolver is with school police. "
        "Student Nasir had a .22 revolver, loaded with 6 rounds, in the waistband of his "
        "sweatpants at dismissal; the SSO found it when he patted him after a tip.\n\n> "
        "Counselor: He has been skipping group. I can meet with him tomorrow.\n> > Teacher: "
        "heads up, he's known to hang with the Ceylon Street guys and has been throwing up "
        "their sign in pictures.\n> > > Counselor: Thanks for the heads up.",
        S("Nasir Coleman", "Jeremiah E. Burke High School", 10),
        when="2026-05-13 14:20", loc="Main entrance at dismissal", rcpt="bpd/district-b2",
        weapon="revolver", key=".22 revolver",
        bad=["Ceylon Street", "throwing up their sign"],
        keep=[".22 revolver", "6 rounds", "waistband"],
        cats=["gang_affiliation"], tags=["obfuscation"])
    add(g, "credible_threat",
        "Subject: concerning post - Malik\n\nMalik was our Citizen of the Month in October, "
        "which is why this surprised everyone. Last night he put up a Snapchat status that "
        "several students screenshotted. We confirmed the account is his. His green status "
        "dot shows he was active at 1 AM.\n\n> Reply from AP: I'll file with BPD today.",
        S("Malik Ferreira", "TechBoston Academy", 11),
        when="2026-02-26 07:45", loc="Online (Snapchat); school building named",
        rcpt="bpd/district-c11", key="Snapchat status",
        threat=("Malik's Snapchat status, posted at about 1 AM: 'tomorrow 3rd lunch at Tech "
                "everybody who laughed finds out, i got the glock from my cousin' with a photo "
                "of a black handgun on a bed. Malik admitted to the AP that he posted it and "
                "said the gun is his cousin's."),
        keep=["Citizen of the Month", "Snapchat status"], tags=["precision"])
    add(g, "wellness_check",
        "Counselor referral: Stephanie has been absent 6 days and her phone is off. Her aunt "
        "says she may have gone back to Haiti; she was born in Haiti and came here in 7th "
        "grade. Asking BPD to do a wellness check at the family's apartment.",
        S("Stephanie Joseph", "Boston Community Leadership Academy", 10),
        when="2026-03-02 10:00", loc="N/A (attendance)", rcpt="bpd/district-b3",
        deny="ground_not_permitted",
        bad=["born in Haiti", "back to Haiti"], cats=["national_origin"])
    add(g, "weapon",
        "Asunto: RE: spray\n\nHi, forwarding what the teacher sent me (her English is better "
        "than my Spanish lol). Yamileth sprayed mace at a boy outside the cafeteria; two kids "
        "were coughing and the nurse rinsed their eyes. The can says MACE on the side. She said "
        "he grabbed her.\n\n> Maestra: Ella es recien llegada de Honduras, vive con su tia, no "
        "tiene a nadie mas aqui. Porfa tengan cuidado con la familia.",
        S("Yamileth Flores", "Margarita Muniz Academy", 10),
        when="2025-11-13 11:55", loc="Outside the cafeteria", rcpt="bpd/district-e13",
        weapon="mace", key="MACE",
        bad=["recien llegada", "Honduras"],
        keep=["sprayed mace", "outside the cafeteria"],
        cats=["national_origin"], tags=["multilingual"])


def nurse_handoff():
    g = "nurse_handoff"
    add(g, "serious_violence",
        "RN handoff 1:05p. Pt 15yo M walked in holding L forearm, 4 cm lac, gaping, bleeding "
        "controlled w/ direct pressure. Per pt + witness, another student (Jean-Robert, named in "
        "report) cut him with a razor blade in the 2nd fl stairwell. Steri-strips not enough -> "
        "EMS called, to BMC for sutures. Ice pack applied to L wrist swelling. Pt speaks "
        "Haitian Creole only, used LanguageLine for hx. Parent notified via same. Handoff to AP "
        "re: aggressor.",
        S("Jean-Robert Celestin", "Boston Community Leadership Academy", 10),
        when="2026-01-08 13:05", loc="2nd floor stairwell / nurse's office", rcpt="bpd/district-b3",
        weapon="razor blade", key="razor blade",
        bad=["Haitian Creole", "LanguageLine"],
        keep=["4 cm lac", "Ice pack applied", "razor blade"],
        cats=["language"], tags=["precision"])
    add(g, "drugs",
        "Nurse note, 10:42. Called to room 118: pt 16 F slumped at desk, resp 6/min, pinpoint "
        "pupils, lips dusky. Narcan x2 (4 mg IN) -> responsive after 2nd dose. EMS transport to "
        "Carney. Small glassine bag w/ tan powder found in her hoodie pocket, labelled with a "
        "stamp; SSO bagged it (suspected fentanyl). Mom on the phone asked that no meds be "
        "given on the Sabbath since the family is Seventh-day Adventist; explained emergency.",
        S("Aaliyah Benoit", "Dorchester Academy", 11),
        when="2026-03-14 10:42", loc="Room 118", rcpt="bpd/district-c11",
        subs=["fentanyl (suspected)"], key="Narcan x2",
        bad=["Seventh-day Adventist", "Sabbath"],
        keep=["pinpoint pupils", "Narcan x2", "glassine bag"],
        cats=["religion"])
    add(g, "drugs",
        "Nurse: pt c/o nausea, giggling, red eyes after lunch. Admits 2 'gummies' from a friend, "
        "pkg says 10mg THC each. VS stable. Mom picked up 1:30. Mom said they moved to Savin Hill "
        "in Dot last month, new address in SIS.",
        S("Kenzie O'Neil", "Dearborn STEM Academy", 7),
        when="2026-02-18 12:50", loc="Nurse's office", rcpt="bpd/district-c11",
        subs=["THC edibles (gummies)"], deny="excluded_substance",
        bad=["Savin Hill"], cats=["neighborhood"])
    add(g, "weapon",
        "Nurse handoff to AP: student came to the health office at 8:20 and put an orange box "
        "cutter on my desk; said he doesn't want to carry it anymore but 'needs it for the walk'. "
        "No injuries. SW says pt is undoc and lives w/ an uncle; pls keep that out of anything "
        "official.",
        S("Kevin Ajanel", "Brighton High School", 10),
        when="2025-10-02 08:20", loc="Health office", rcpt="bpd/district-d14",
        weapon="box cutter", key="box cutter",
        bad=["undoc"],
        keep=["orange box cutter", "health office"],
        cats=["immigration_status"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Nurse note 2:15p. Pt 14 M brought in by SSO after being kicked in the head repeatedly "
        "while on the ground in the courtyard (aggressor: Wilner, named by AP). + LOC ~30 sec per "
        "witnesses, nasal deformity, epistaxis. ICE to face x20 min, C-spine precautions, EMS "
        "to Children's - nasal fx + concussion confirmed per mom 6p. Pt's mom on phone: "
        "'nou soti Ayiti, nou pa vle pwoblem ak lapolis'.",
        S("Wilner Desrosiers", "Jeremiah E. Burke High School", 10),
        when="2026-04-09 14:15", loc="Courtyard", rcpt="bpd/district-b2",
        key="kicked in the head",
        bad=["soti Ayiti"],
        keep=["kicked in the head", "ICE to face x20 min", "nasal fx"],
        cats=["national_origin"], tags=["precision", "multilingual"])
    add(g, "drugs",
        "Handoff: student (Mateo) brought in by teacher, anxious, dilated pupils, laughing then "
        "crying. Dried mushrooms in a ziploc in his backpack, he says 'shrooms' bought at the "
        "skate park. VS: HR 112. Calmed in 40 min. Mateo is in ELL level 2 so I had the "
        "bilingual aide help him explain.",
        S("Mateo Gomez", "Curley K-8 School", 8),
        when="2025-10-30 13:25", loc="Nurse's office", rcpt="bpd/district-e13",
        subs=["psilocybin mushrooms"], key="mushrooms",
        bad=["ELL level 2", "bilingual aide"],
        keep=["Dried mushrooms", "skate park"],
        cats=["language"])
    add(g, "weapon",
        "Nurse: pt hit in the face by a canister of pepper spray sprayed by another student on "
        "the Orange Line platform after school; eyes irrigated 15 min. The other student "
        "(Marisol) is ours. SSO has the canister. Marisol's mom: family is from Cape Verde, "
        "only Kriolu at home.",
        S("Marisol Gomes", "Excel High School", 9),
        when="2025-12-11 14:40", loc="Orange Line platform", rcpt="mbta-transit-police",
        weapon="pepper spray", deny="recipient_not_permitted",
        bad=["Cape Verde", "Kriolu"], cats=["national_origin", "language"])
    add(g, "weapon",
        "Nurse to AP, 11:10. Two small burn marks, 3 cm apart, on pt's R side of neck; pt says "
        "Brandon 'tased' him in the locker room with a black stun gun that crackles. Skin "
        "intact, no cardiac sx. SSO recovered stun gun from Brandon's gym locker #44. FYI "
        "Brandon's guardian is an ORR sponsor, he came across the border in 2024.",
        S("Brandon Lemus", "East Boston High School", 10),
        when="2026-02-05 11:10", loc="Boys' locker room", rcpt="bpd/district-a7",
        weapon="stun gun", key="stun gun",
        bad=["ORR sponsor", "across the border"],
        keep=["two small burn marks", "locker #44"],
        cats=["immigration_status"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Nurse handoff, 9:30. Pt (victim) punched in the face multiple times by Trevor in the "
        "gym, + orbital swelling, blurred vision L eye; EMS to Mass Eye and Ear, orbital fracture "
        "confirmed. Pt's mom joined by FaceTime because she couldn't leave work. Pt is status "
        "post ACL repair so we used a wheelchair. Trevor was held in the office.",
        S("Trevor McDonough", "Charlestown High School", 11),
        when="2026-01-21 09:30", loc="Gymnasium", rcpt="bpd/district-a1",
        key="orbital fracture",
        keep=["FaceTime", "status post ACL repair", "orbital fracture"],
        tags=["precision"])
    add(g, "credible_threat",
        "Nurse note: Kevin came in c/o headache, then said to me and to the aide, calmly, that on "
        "Thursday he will shoot up the 3rd floor with a gun a friend is selling him (exact words "
        "below). He declined to say more. Parent contacted; dad needed a Toisanese "
        "speaker, so the Chinese-language liaison called. Handed off to AP and counselor at "
        "10:20.",
        S("Kevin Huang", "Quincy Upper School", 9),
        when="2026-03-24 10:05", loc="Nurse's office, 2nd floor", rcpt="bpd/district-d4",
        threat=("Kevin to the school nurse: 'on Thursday I'm going to shoot up the 3rd floor, my "
                "friend is getting me a gun, I already paid him.' He repeated it when asked if "
                "he was joking and named the friend."),
        key="shoot up the 3rd floor",
        bad=["Toisanese", "Chinese-language liaison"],
        keep=["c/o headache", "10:20"],
        cats=["language"])


def camera_review():
    g = "camera_review"
    add(g, "serious_violence",
        "CAMERA REVIEW MEMO - Safety Office\nReviewed: CAM 07 (rear lot), CAM 09 (gym doors), "
        "12:02-12:19.\nFindings: at 12:06:40 three students surround a 10th grader; at 12:07:05 "
        "one of them is knocked down. To confirm identity, stills were run through the BriefCam "
        "face-match module: 0.91 similarity to the yearbook photo of Rashad Greene. Rashad is "
        "seen stomping on the victim's head at 12:07:20.\nRecommendation: send with stills.",
        S("Rashad Greene", "Madison Park Technical Vocational High School", 12),
        when="2026-03-05 12:07", loc="Rear parking lot (CAM 07)", rcpt="bpd/district-b2",
        deny="face_surveillance", bad=["BriefCam", "0.91 similarity"],
        cats=["face_surveillance"],
        att=[("face_match", "briefcam_result_0305.pdf"), ("photo", "cam07_120720.jpg")])
    add(g, "weapon",
        "Camera review, 2/24. CAM 14 (Stairwell C, landing 2-3) at 10:31:12 shows a student in an "
        "orange North Face backpack hand a black handgun to another student, who puts it in his "
        "waistband. Face not visible on either. We identified the backpack student as Jalen "
        "Price by the backpack and his schedule; when the AP asked, Jalen admitted it and said "
        "the gun was back in his own locker. SSO recovered a black Taurus 9mm, unloaded, from "
        "locker 3-117.",
        S("Jalen Price", "TechBoston Academy", 11),
        when="2026-02-24 10:31", loc="Stairwell C, landing 2-3", rcpt="bpd/district-c11",
        weapon="firearm", key="Taurus 9mm",
        keep=["orange North Face backpack", "Face not visible", "locker 3-117"],
        tags=["precision"])
    add(g, "serious_violence",
        "Video review memo. CAM 03 (front plaza) 2:47-2:52 PM. Subject (our student Curtis Boyd) "
        "runs up behind a boy from another school and hits him in the back of the head with a "
        "bike lock; the boy falls and does not get up. He was taken to BMC with a skull fracture. "
        "School police added a note from a BRIC bulletin that Curtis is listed as a Franklin "
        "Hill associate; leaving it here for completeness.",
        S("Curtis Boyd", "Jeremiah E. Burke High School", 11),
        when="2026-05-19 14:48", loc="Front plaza (CAM 03)", rcpt="bpd/district-b3",
        key="skull fracture",
        bad=["Franklin Hill associate", "BRIC bulletin"],
        keep=["bike lock", "skull fracture", "CAM 03"],
        cats=["gang_affiliation"])
    add(g, "weapon",
        "Memo: A screenshot from the hallway video (knife pulled on a freshman, 1:15 PM) was "
        "uploaded by a staff member to PimEyes, which found the student's Instagram, and that is "
        "how we identified Dominic. Please use the attached screenshots and search results.",
        S("Dominic Serrano", "Brighton High School", 9),
        when="2025-11-20 13:15", loc="2nd floor hallway", rcpt="bpd/district-d14",
        weapon="knife", deny="face_surveillance", bad=["PimEyes"],
        cats=["face_surveillance"],
        att=[("photo", "hallway_1315.png"), ("document", "search_results.pdf")])
    add(g, "weapon",
        "CAMERA LOG EXTRACT\nTIME      CAM     EVENT\n07:52:10  CAM-03  student enters side door, "
        "grey hoodie\n07:52:40  CAM-05  removes a machete (approx 18 in) from duffel, shows two "
        "students\n07:53:05  CAM-05  returns machete to duffel\n07:58:00  --      SSO stops "
        "student (Zhou Wei) at locker, recovers machete\nNote: Zhou Wei told SSO he was "
        "'heading home to Chinatown after school and needed it for the older kids there'.",
        S("Zhou Wei", "Quincy Upper School", 10),
        when="2026-01-27 07:52", loc="Side door / locker bank (CAM-05)", rcpt="bpd/district-a1",
        weapon="machete", key="machete",
        bad=["home to Chinatown"],
        keep=["CAM-05", "approx 18 in"],
        cats=["neighborhood"], tags=["structured"])
    add(g, "vandalism",
        "Camera review: CAM 11 shows two students spray painting the handball wall at 6:10 PM "
        "Saturday. Tags: 'HSG' and a crossed-out 'MPK'. Staff believe these are gang tags from "
        "the Heath Street / Mission Park beef. Identified student: Xavier R.",
        S("Xavier Rosario", "Mission Hill K-8", 8),
        when="2026-04-11 18:10", loc="Handball wall", rcpt="bpd/district-b2",
        deny="ground_not_permitted",
        bad=["Heath Street", "Mission Park beef", "gang tags"],
        cats=["gang_affiliation"])
    add(g, "drugs",
        "Camera memo. CAM 02 (cafeteria) 11:48: Thiago passes a small baggie under the table to "
        "another student in exchange for cash. SSO searched Thiago with AP present: 6 baggies of "
        "white powder, which Thiago said was coke; field test positive for cocaine. Counselor "
        "notes Thiago is Brazilian and Portuguese-speaking and asked that mom be called through "
        "the interpreter.",
        S("Thiago Nascimento", "Brighton High School", 11),
        when="2026-03-31 11:48", loc="Cafeteria (CAM 02)", rcpt="bpd/district-d14",
        subs=["cocaine"], key="cocaine",
        bad=["Brazilian", "Portuguese-speaking", "interpreter"],
        keep=["6 baggies of white powder", "CAM 02"],
        cats=["ethnicity", "language"])
    add(g, "credible_threat",
        "Camera analytics alert: the new camera system flagged a 'person of interest' by facial "
        "similarity near the gym at 7:40, matching the student who posted a threat last night. "
        "Requesting BPD follow-up with the flagged frames.",
        S("Aiden Murphy", "Charlestown High School", 10),
        when="2026-05-04 07:40", loc="Gym entrance", rcpt="bpd/district-a1",
        threat=("Aiden posted on Instagram at 11 PM: 'gym tomorrow, bringing the AR, the whole "
                "team is done.' His account is confirmed."),
        deny="face_surveillance", bad=["facial similarity", "flagged frames"],
        cats=["face_surveillance"], att=[("face_match", "analytics_alert_0740.json")])
    add(g, "serious_violence",
        "Security video review, 4/2, CAM 12 (3rd floor hallway). 1:22:05 PM a student in "
        "lime-green Crocs and a grey Patriots sweatshirt, walking with a limp, punches another "
        "student, then slams his face into the water fountain; the victim lost two front teeth "
        "and needed jaw surgery. The face is not visible on video. Identified by the Crocs and "
        "the limp, and Omar then admitted it to the AP.",
        S("Omar Haddad", "Boston Latin Academy", 10),
        when="2026-04-02 13:22", loc="3rd floor hallway (CAM 12)", rcpt="bpd/district-b2",
        key="jaw surgery",
        keep=["lime-green Crocs", "Patriots sweatshirt", "water fountain"],
        tags=["precision"])
    add(g, "weapon",
        "Video review for the contracted security firm: student Abdirahman (Somali, arrived "
        "2023) flashed a knife at the bus stop on CAM 01. Sending the clip and this memo to "
        "the vendor's investigations team.",
        S("Abdirahman Nur", "English High School", 10),
        when="2025-10-09 15:05", loc="Bus stop in front of school (CAM 01)",
        rcpt="allied-universal", weapon="knife", deny="recipient_not_permitted",
        bad=["Somali", "arrived 2023"], cats=["ethnicity", "national_origin"])


def staff_card():
    g = "staff_card"
    add(g, "weapon",
        "CUSTODIAL INCIDENT CARD\nWho: R. Mahoney (night custodian)\nWhat: moving a loose "
        "ceiling tile in 2nd fl boys bathroom found a black handgun + a loaded magazine wrapped "
        "in a Celtics t-shirt\nWhere: 2nd fl boys room, 3rd stall\nNotes: AP reviewed the hall "
        "log, student Minh Nguyen admitted he put it there. He is the kid who always speaks "
        "Vietnamese with his friends by the vending machines.",
        S("Minh Nguyen", "Dorchester Academy", 11),
        when="2026-02-12 17:30", loc="2nd floor boys' bathroom, 3rd stall",
        rcpt="bpd/district-c11", weapon="handgun", key="black handgun",
        bad=["speaks Vietnamese"],
        keep=["ceiling tile", "Celtics t-shirt", "loaded magazine"],
        cats=["language"], tags=["precision"])
    add(g, "serious_violence",
        "Cafeteria staff incident card - Line 2. Kitchen manager P. Silva. At 11:20 the student "
        "(Jasmine) reached over the steam table and threw a full pan of hot soup at a girl in "
        "line because she cut her. The girl has second-degree burns on her neck and chest and "
        "went by ambulance to Shriners. Jasmine had been yelling that the halal tray ran out "
        "again. Menu today: French toast sticks, Jamaican beef patty, chicken noodle soup.",
        S("Jasmine Abdi", "Community Academy of Science and Health", 10),
        when="2025-12-16 11:20", loc="Cafeteria serving line 2", rcpt="bpd/district-c11",
        key="second-degree burns",
        bad=["halal"],
        keep=["second-degree burns", "French toast sticks", "Jamaican beef patty"],
        cats=["religion"], tags=["precision"])
    add(g, "drugs",
        "Custodian card: cleaning lockers for the mid-year swap, found in locker 2211 (assigned "
        "Connor F.): 4 Juul pods, 2 nips of Fireball, rolling papers. Connor lives over in "
        "Eastie near Maverick Sq per the bus list.",
        S("Connor Flaherty", "Charlestown High School", 10),
        when="2026-01-30 15:40", loc="Locker 2211", rcpt="bpd/district-a1",
        subs=["Juul pods", "Fireball nips (whisky)"], deny="excluded_substance",
        bad=["Eastie", "Maverick Sq"], cats=["neighborhood"])
    add(g, "drugs",
        "Lunch aide card. Saw Josue selling capsules out of a Swedish Fish bag at table 9; "
        "buyers paying $10. AP found 14 clear capsules with a tan powder in the bag, Josue said "
        "'it's molly'. The other aide says his family is from El Salvador and kids call him "
        "'MS' as a joke, which I don't think is funny.",
        S("Josue Portillo", "East Boston High School", 10),
        when="2026-04-16 11:55", loc="Cafeteria, table 9", rcpt="bpd/district-a7",
        subs=["MDMA (molly)"], key="molly",
        bad=["El Salvador", "call him 'MS'"],
        keep=["Swedish Fish bag", "14 clear capsules", "table 9"],
        cats=["national_origin", "gang_affiliation"], tags=["precision"])
    add(g, "theft",
        "Cafeteria card: a student's Visa gift card and earbuds were taken from a backpack at "
        "table 4. Suspect is the boy with the Dominican flag case on his phone (Yeuris). Want "
        "BPD to get the card back.",
        S("Yeuris Peralta", "Snowden International School", 9),
        when="2025-11-24 12:10", loc="Cafeteria, table 4", rcpt="bpd/district-d4",
        deny="ground_not_permitted", bad=["Dominican flag"], cats=["ethnicity"])
    add(g, "weapon",
        "custodian card - writen by E. Torres\nfound a big kitchen nife taped under the desk in "
        "rm 107 when I moved the desks to wax, the blade is like 8 inch. the teacher said that "
        "desk is Ahmed's. Ahmed is in the newcomer ELD class in that room, he came in January "
        "from Yemen. AP has the nife in the safe.",
        S("Ahmed Al-Sanabani", "Dearborn STEM Academy", 8),
        when="2026-03-07 07:15", loc="Room 107", rcpt="bpd/district-b2",
        weapon="kitchen knife", key="kitchen nife",
        bad=["newcomer ELD", "from Yemen"],
        keep=["taped under the desk", "rm 107"],
        cats=["language", "national_origin"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Custodial crew incident card. Lead custodian D. Moreno. Around 2:30 the student "
        "(Bryce) grabbed my set of keys off the cart and when I asked for them back he swung the "
        "metal handle of the mop wringer at me. It broke my left wrist in two places (cast at "
        "Faulkner). The rest of the custodial crew saw it. Keys recovered from the stage.",
        S("Bryce Whitaker", "Boston Arts Academy", 11),
        when="2026-02-27 14:30", loc="Main hallway by the auditorium", rcpt="bpd/district-d4",
        key="broke my left wrist",
        keep=["custodial crew", "set of keys", "mop wringer"],
        tags=["precision"])
    add(g, "credible_threat",
        "Lunch aide card, 12:35. Student Tavon stood on the bench and said loud enough for the "
        "whole table that he has a .40 at home and D. won't walk out Friday (statement attached). "
        "Other kids said he reps the Columbia Point set and "
        "the beef is with a boy at table 6. I took him to the office.",
        S("Tavon Bishop", "Dorchester Academy", 10),
        when="2026-01-14 12:35", loc="Cafeteria, table 5", rcpt="bpd/district-c11",
        threat=("Tavon, to the lunch table: 'I got a .40 at the crib, y'all gon see Friday, "
                "D. ain't walking out of here.' He pointed at D. at table 6. Two students say "
                "Tavon showed them a picture of a handgun last week."),
        key="a .40 at home",
        bad=["Columbia Point set"],
        keep=["stood on the bench", "table 6"],
        cats=["gang_affiliation"])
    add(g, "credible_threat",
        "Lunch aide incident card. Frantz said something threatening to the lunch monitor in "
        "Creole and then in English. Monitor is upset. Written statement from the monitor to "
        "follow.",
        S("Frantz Pierre-Louis", "Boston Community Leadership Academy", 9),
        when="2025-12-02 11:40", loc="Cafeteria", rcpt="bpd/district-b3",
        threat="   ", deny="missing_threat_statement",
        bad=["in Creole"], cats=["language"])
    add(g, "weapon",
        "Cafeteria incident card. At the salad bar Valeria pulled out a butterfly knife and "
        "flipped it open at a boy who spilled Italian dressing on her sneakers. The lunch "
        "monitor told her to drop it and she put it on the counter. Monitor wrote 'she is half "
        "Puerto Rican and half Black and very proud of it, she was joking I think'.",
        S("Valeria Colon", "Margarita Muniz Academy", 11),
        when="2026-05-21 12:05", loc="Cafeteria salad bar", rcpt="bpd/district-e13",
        weapon="butterfly knife", key="butterfly knife",
        bad=["Puerto Rican", "half Black"],
        keep=["salad bar", "Italian dressing"],
        cats=["ethnicity"], tags=["precision"])


def chaperone_texts():
    g = "chaperone_texts"
    add(g, "weapon",
        "Pasted from the chaperone group text (7th grade trip, New England Aquarium):\n"
        "[11:02 AM] Ms. Ortiz: found a switchblade in Kevin's bag when he opened it for the "
        "lunch tickets\n[11:03 AM] Mr. Hale: wait what. real?\n[11:03 AM] Ms. Ortiz: real, "
        "black, springs open, I have it in my purse now\n[11:05 AM] Mr. Hale: ok calling AP\n"
        "[11:40 AM] Ms. Ortiz: fyi he also told me he can't go on the Montreal trip in May "
        "because of no status, family asked us to keep that quiet\n[11:41 AM] Mr. Hale: 👍",
        S("Kevin Morales", "Curley K-8 School", 7),
        when="2025-10-17 11:02", loc="New England Aquarium, lunch area", rcpt="bpd/district-a1",
        weapon="switchblade", key="switchblade",
        bad=["no status"],
        keep=["New England Aquarium", "springs open"],
        cats=["immigration_status"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Chaperone texts, Museum of Science trip:\n1:14 Ms. Bell: Keisha pushed a girl down the "
        "stairs by the dinosaur hall, she's crying and her arm looks wrong\n1:20 Ms. Bell: "
        "museum EMT says probably broken arm, ambulance coming\n1:48 Ms. Bell: confirmed broken "
        "arm at MGH\n2:05 Mr. Ruiz: her mom only speaks Somali, we need someone to call her\n"
        "2:06 AP: I'll get the liaison",
        S("Keisha Barnes", "McKinley Schools", 9),
        when="2026-03-20 13:14", loc="Museum of Science, stairs by the dinosaur hall",
        rcpt="bpd/district-a1", key="broken arm",
        bad=["only speaks Somali"],
        keep=["dinosaur hall", "broken arm"],
        cats=["language"])
    add(g, "drugs",
        "[3:22 PM] Mr. Kim: smelled vape on the bus coming back from the Arboretum, took it off "
        "Sofia, no label, can't tell what's in it\n[3:25 PM] AP: drop her at her stop as usual\n"
        "[3:26 PM] Mr. Kim: her stop is Belgrade Ave in Roslindale right? ok",
        S("Sofia Marchetti", "Joseph Lee K-8 School", 8),
        when="2026-05-08 15:22", loc="School bus returning from the Arnold Arboretum",
        rcpt="bpd/district-e5", subs=["vape (contents unknown)"], deny="excluded_substance",
        bad=["Belgrade Ave", "Roslindale"], cats=["neighborhood"])
    add(g, "drugs",
        "Chaperone group chat, Spectacle Island trip:\n10:40 Ms. Young: A. dropped his water "
        "bottle and like 20 white bars fell out of a bag inside it, 'XANAX' printed on them\n"
        "10:41 Ms. Young: he says his cousin gave him them to sell\n10:55 Mr. Diaz: got them "
        "in an envelope. Park ranger says BPD harbor unit can meet the ferry\n11:30 Ms. Young: "
        "ps he said he can't be in trouble because his dad is 'in the process' with "
        "immigration and has a check-in next week",
        S("Anderson Pineda", "East Boston High School", 9),
        when="2026-06-03 10:40", loc="Spectacle Island, picnic area", rcpt="bpd/district-a7",
        subs=["alprazolam bars (Xanax)"], key="XANAX",
        bad=["in the process' with immigration", "check-in"],
        keep=["water bottle", "20 white bars"],
        cats=["immigration_status"], tags=["obfuscation"])
    add(g, "credible_threat",
        "Texts from the chaperone on the Harbor Islands ferry, pasted by AP:\n12:02 Ms. Lima: "
        "Ruben told Jaylen he's going to stab him when we get back to school, and showed him a "
        "knife in his sock\n12:04 Ms. Lima: I have the knife now (steak knife from home)\n12:10 "
        "Ms. Lima: he's Cape Verdean and his dad is back on the island for the month, only "
        "grandma is home",
        S("Ruben Fonseca", "Jeremiah E. Burke High School", 9),
        when="2026-06-05 12:02", loc="Harbor Islands ferry", rcpt="bpd/district-a1",
        threat=("Ruben to Jaylen on the ferry: 'when we get off this boat I'm stabbing you, "
                "watch,' while showing a steak knife tucked in his sock. Jaylen and two "
                "chaperones heard it."),
        key="steak knife",
        bad=["Cape Verdean", "back on the island"],
        keep=["knife in his sock", "steak knife"],
        cats=["ethnicity", "national_origin"])
    add(g, "runaway",
        "[2:40] Ms. Grant: Nia walked off from the group at Faneuil Hall, not answering\n[2:52] "
        "Ms. Grant: friend says she went to her boyfriend's in Hyde Park, he lives off "
        "Fairmount Ave\n[2:53] AP: I'll call BPD to go check",
        S("Nia Holloway", "Boston Arts Academy", 10),
        when="2025-11-07 14:40", loc="Faneuil Hall", rcpt="bpd/district-e18",
        deny="ground_not_permitted", bad=["Fairmount Ave", "in Hyde Park"],
        cats=["neighborhood"])
    add(g, "weapon",
        "Chaperone text thread, Freedom Trail walk (US History, 8th grade):\n9:50 Mr. Foley: "
        "we just did the history lesson about the Irish immigrants in the North End, now at Old "
        "North Church\n10:12 Mr. Foley: Tyler just pulled a fixed-blade knife out of his boot to "
        "show the boys, in the churchyard\n10:13 Mr. Foley: took it, 4 inch blade, he says it's "
        "a 'hunting knife from my uncle'\n10:30 AP: I'll meet you at the Paul Revere House",
        S("Tyler Quinn", "Mission Hill K-8", 8),
        when="2025-10-29 10:12", loc="Old North Church churchyard", rcpt="bpd/district-a1",
        weapon="fixed-blade knife", key="fixed-blade knife",
        keep=["Irish immigrants in the North End", "Old North Church", "4 inch blade"],
        tags=["precision"])
    add(g, "serious_violence",
        "Pegado del chat de chaperones (viaje al Franklin Park Zoo):\n11:15 Sra. Mejia: el nene "
        "Brayan le dio con la botella de vidrio en la cabeza a otro estudiante, le salio mucha "
        "sangre\n11:40 Sra. Mejia: en el hospital le pusieron 8 puntos y dicen que tiene "
        "concussion\n11:42 Sra. Mejia: ojo, la familia de Brayan es de Guatemala, recien "
        "llegados, no hablan ingles\nAP summary: Brayan hit a classmate on the head with a glass "
        "bottle; 8 stitches and a concussion at Children's.",
        S("Brayan Xol", "Margarita Muniz Academy", 9),
        when="2026-05-28 11:15", loc="Franklin Park Zoo, picnic grove", rcpt="bpd/district-b2",
        key="glass bottle",
        bad=["de Guatemala", "recien llegados", "no hablan ingles"],
        keep=["glass bottle", "8 stitches", "Franklin Park Zoo"],
        cats=["national_origin", "language"], tags=["multilingual", "precision"])
    add(g, "weapon",
        "Chaperone texts from the Ski Club trip to Loon Mountain: Jean found with a stun gun in "
        "the lodge; two chaperones saw him zap it at another student (no contact). Chaperone "
        "adds he is Haitian and 'you know how those families are about police'. Forwarding to "
        "the local police where it happened.",
        S("Jean Baptiste Noel", "Snowden International School", 11),
        when="2026-02-14 13:30", loc="Loon Mountain lodge, Lincoln NH", rcpt="nh-state-police",
        weapon="stun gun", deny="recipient_not_permitted",
        bad=["Haitian"], cats=["ethnicity"])
    add(g, "weapon",
        "Pasted texts from Six Flags trip:\n4:02 Ms. Duarte: Black girl with braids in a pink "
        "jacket just tased a boy in the line for Superman, security has her\n4:05 Ms. Duarte: "
        "it's OUR student, Imani\n4:20 Ms. Duarte: stun gun is with park security, boy has two "
        "red marks on his side, EMT checked him\n4:21 AP: get the stun gun back and bring her "
        "on the bus",
        S("Imani Sutton", "Excel High School", 10),
        when="2026-06-10 16:02", loc="Six Flags New England, Superman line", rcpt="bpd/district-c6",
        weapon="stun gun", key="stun gun",
        bad=["Black girl"],
        keep=["pink jacket", "two red marks"],
        cats=["ethnicity"])


def sub_note():
    g = "sub_note"
    add(g, "weapon",
        "Hi Ms. Keane - sub note for Tuesday. Periods 1-2 fine. Period 3 (Spanish II) Leo was "
        "showing a box cutter to the boys in the back row, sliding the blade in and out. I took "
        "it and gave it to Mr. Hobbs (AP) right away. He says he found it. Everyone else worked "
        "on the vocab worksheet and I collected their papers at the bell. - Mr. Danvers (sub)",
        S("Leo Callahan", "Boston Latin School", 9),
        when="2025-11-18 10:05", loc="Room 231, Spanish II", rcpt="bpd/district-d4",
        weapon="box cutter", key="box cutter",
        keep=["Spanish II", "back row", "collected their papers"], tags=["precision"])
    add(g, "credible_threat",
        "Sub note - Room 119, 6th period. Before class Ibrahim wrote on the whiteboard (I took "
        "a photo, attached). When I erased it he said the same thing out loud to the class. His "
        "friends in the back told me in Arabic what he said after that, but I don't speak it. "
        "The AP came and took him; he told the AP his brother has a gun at home.",
        S("Ibrahim Saleh", "Brighton High School", 10),
        when="2026-01-13 13:40", loc="Room 119", rcpt="bpd/district-d14",
        threat=("Written on the whiteboard and then said aloud by Ibrahim: 'MONDAY I SHOOT THIS "
                "CLASS UP. NOT A JOKE.' Ibrahim told the AP his brother has a gun at home and "
                "that he 'knows how to use it'."),
        key="gun at home",
        bad=["in Arabic"],
        keep=["whiteboard", "Room 119"],
        cats=["language"], att=[("photo", "whiteboard_room119.jpg")])
    add(g, "insubordination",
        "Sub note: Tam refused to put phone away, cursed at me, and said 'who cares, I'm going "
        "back to Vietnam anyway'. Please have someone call the police, this kid needs to learn.",
        S("Tam Le", "Dorchester Academy", 8),
        when="2026-02-03 09:15", loc="Room 204", rcpt="bpd/district-c11",
        deny="ground_not_permitted", bad=["back to Vietnam"], cats=["national_origin"])
    add(g, "drugs",
        "For Mr. Silva from the sub (Ms. Petrakis). Found a small baggie of white powder in the "
        "desk Gustavo was sitting at (2nd period). When the AP asked, Gustavo said it was coke "
        "and that he was holding it for someone. School police tested it: cocaine. He's the "
        "Brazilian boy who lives in Allston with his brother, right? Attendance is fine "
        "otherwise.",
        S("Gustavo Oliveira", "Brighton High School", 11),
        when="2026-03-03 09:30", loc="Room 302", rcpt="bpd/district-d14",
        subs=["cocaine"], key="cocaine",
        bad=["Brazilian", "lives in Allston"],
        keep=["white powder", "2nd period"],
        cats=["ethnicity", "neighborhood"])
    add(g, "serious_violence",
        "Note from the sub in 2-14: at the bell Andre slammed another boy's head into the "
        "lockers three times; the boy was knocked out for a few seconds and EMS took him to "
        "Boston Medical with a brain bleed. The kids said it's a 'set thing' between Wash "
        "Street and Fenwood and told me not to write it down, but I am.",
        S("Andre Lamothe", "Fenway High School", 11),
        when="2026-04-07 12:50", loc="Hallway outside room 2-14", rcpt="bpd/district-b2",
        key="brain bleed",
        bad=["set thing", "Wash Street", "Fenwood"],
        keep=["brain bleed", "knocked out"],
        cats=["gang_affiliation"], tags=["obfuscation"])
    add(g, "credible_threat",
        "Sub note: DeShawn threatened to hurt someone, the kids were scared, I'm not sure of "
        "his exact words. He said something to the Somali girl in the front row too.",
        S("DeShawn Harper", "Jeremiah E. Burke High School", 9),
        when="2025-12-12 11:05", loc="Room 118", rcpt="bpd/district-b3",
        deny="missing_threat_statement", bad=["Somali girl"], cats=["ethnicity"])
    add(g, "weapon",
        "Dear Mr. Byrne, sorry, not a great day 😬. Jonah spent most of science drawing aliens "
        "on his notebook (fine), then during the lab he took apart a pen and there was a "
        "blade inside - a razor blade glued in the cap. He poked at a girl's arm with it but did "
        "not cut her. I walked him and the pen to the office. -Ms. Aubrey, sub",
        S("Jonah Feeney", "Lyon Upper School", 9),
        when="2026-01-22 13:15", loc="Science lab", rcpt="bpd/district-d14",
        weapon="razor blade", key="razor blade",
        keep=["drawing aliens", "razor blade glued in the cap"], tags=["precision"])
    add(g, "credible_threat",
        "Sub note for Mr. Carvalho (Latin 1). The Boston Latin Academy debate kids were "
        "visiting in 5th period. Kwame got angry after a debate round and told the visiting team "
        "captain he would bring his gun to Saturday's tournament (statement in the report). His friend whispered to me to be careful "
        "because Kwame's \uff24\uff21\uff23\uff21 ran out and 'he doesn't care anymore'.",
        S("Kwame Asante", "Boston Latin Academy", 12),
        when="2026-03-17 12:30", loc="Room 314, Latin 1", rcpt="bpd/district-b2",
        threat=("Kwame to the visiting team captain: 'I'm bringing my gun to the tournament on "
                "Saturday and you're the first one, I'm serious.' Kwame has told classmates he "
                "owns a handgun and has shown a photo of one."),
        key="bring his gun",
        bad=["DACA ran out"],
        keep=["Latin 1", "debate round"],
        cats=["immigration_status"], tags=["precision", "obfuscation"])
    add(g, "weapon",
        "Sub note - period 7 homeroom game day. The kids were playing Uno; Kayden slapped down a "
        "green card, Marcus said it was an illegal move, and Kayden pulled a pocket knife and "
        "opened it inches from Marcus's face. I told him to close it and hand it over, he did. "
        "Knife (red handle, 3 inch) is in the main office.",
        S("Kayden Brooks", "Henderson K-12 Inclusion School", 8),
        when="2026-02-20 14:10", loc="Room 3-B", rcpt="bpd/district-c11",
        weapon="pocket knife", key="pocket knife",
        keep=["green card", "illegal move", "red handle"], tags=["precision"])
    add(g, "credible_threat",
        "Sub note forwarded to the FBI tip line by the teacher: Abdi said something about a "
        "bomb. He is from Somalia and the teacher worried.",
        S("Abdi Farah", "English High School", 10),
        when="2026-04-15 10:10", loc="Room 220", rcpt="fbi/boston",
        threat=("Abdi to a classmate: 'there's gonna be a bomb in the gym Friday.' He laughed "
                "after."),
        deny="recipient_not_permitted", bad=["from Somalia"], cats=["national_origin"])


def liaison_intake():
    g = "liaison_intake"
    add(g, "weapon",
        "SAFETY OFFICE PHONE INTAKE\nCALLER: AP R. Dolan\nCALLBACK: ext 4410\nNATURE: FIREARM "
        "ON SCHOOL GROUNDS\nNARR: SSO RECOVERED SILVER REVOLVER (.38, 5 RDS) FROM SUBJ'S "
        "BACKPACK IN RM 140 AFTER STUDENT TIP. NO SHOTS. SUBJ CALM, SAYS FOUND IT.\nSUBJ HOME "
        "ADDR: 45 WENDOVER ST #2\nPARENT LANG: SPANISH - NEEDS INTERP\nDISPO: SUBJ HELD IN "
        "OFFICE FOR BPD",
        S("Jonathan Batista", "Dorchester Academy", 10),
        when="2026-03-10 09:40", loc="Room 140", rcpt="bpd/district-c11",
        weapon="revolver", key="SILVER REVOLVER",
        bad=["45 WENDOVER", "LANG: SPANISH", "NEEDS INTERP"],
        keep=["SILVER REVOLVER", "RM 140", "5 RDS"],
        cats=["neighborhood", "language"], tags=["structured"])
    add(g, "serious_violence",
        "INTAKE - call from Dean Hutchins 12:55.\nWHAT: stabbing in the courtyard, victim (M, 15) "
        "stabbed once in lower back with a kitchen knife, conscious, EMS on scene, to BMC.\n"
        "SUSPECT: student Ángel Familia, in office with SSO, knife recovered.\nDESC: 5'8, slim, "
        "black puffer, RACE/ETH: W/H (Dominican)\nPRIOR: none known",
        S("Ángel Familia", "English High School", 11),
        when="2025-12-18 12:50", loc="Courtyard", rcpt="bpd/district-e13",
        weapon="kitchen knife", key="kitchen knife",
        bad=["Dominican", "RACE/ETH"],
        keep=["lower back", "black puffer"],
        cats=["ethnicity"], tags=["structured"])
    add(g, "gang_intel",
        "PHONE INTAKE - caller is BPD officer asking for school's list of students associated "
        "with the Lenox Street and Camden groups, with home addresses, for a sweep next week. "
        "Principal approved sending the roster (attached).",
        S("Marquise Holt", "Madison Park Technical Vocational High School", 11),
        when="2026-01-06 10:00", loc="N/A", rcpt="bpd/district-b2",
        deny="ground_not_permitted", bad=["Lenox Street", "Camden groups"],
        cats=["gang_affiliation"], att=[("document", "roster_associates.xlsx")])
    add(g, "drugs",
        "LIAISON INTAKE 2/19 11:20\nRPT BY: AP Gomes\nSUBSTANCE: 3 folds of grey powder, field "
        "test + fentanyl, found in subj's shoe during search after he nodded off in class\n"
        "CITIZENSHIP: non-citizen (LPR), per registrar\nSUBJ: Kelvin R., gr 12\nACTION: Narcan "
        "on standby, not needed; subj to nurse",
        S("Kelvin Rosario", "Charlestown High School", 12),
        when="2026-02-19 11:20", loc="Room 212", rcpt="bpd/district-a1",
        subs=["fentanyl"], key="fentanyl",
        bad=["non-citizen", "LPR"],
        keep=["3 folds of grey powder", "found in subj's shoe"],
        cats=["immigration_status"], tags=["structured"])
    add(g, "credible_threat",
        "Intake (AP Moore, 8:15): Threat against a teacher, details in threat field. Caller "
        "adds: subj and family attend Igreja Universal on Sundays and the pastor may help "
        "calm things. Subj was sent home with father, BPD asked to follow up on the rifle.",
        S("Lucas Ferreira", "Brighton High School", 11),
        when="2026-04-27 08:15", loc="Room 108", rcpt="bpd/district-d14",
        threat=("Lucas told his history teacher in front of the class: 'keep failing me and you "
                "will see what my dad's rifle does, I'll bring it Monday.' His father owns a "
                "hunting rifle, per Lucas."),
        key="rifle",
        bad=["Igreja Universal", "the pastor"],
        keep=["sent home with father", "follow up on the rifle"],
        cats=["religion"])
    add(g, "weapon",
        "INTAKE: caller asks that this report of a knife at school go to Customs and Border "
        "Protection because the student 'crossed without papers last year'.",
        S("Wilmer Choc", "East Boston High School", 9),
        when="2025-11-06 13:00", loc="Hallway", rcpt="cbp",
        weapon="knife", deny="recipient_not_permitted",
        bad=["crossed without papers"], cats=["immigration_status"])
    add(g, "weapon",
        "PHONE INTAKE\nCALLER: Dean Park\nLOC OF INCIDENT: Fields Corner station, outbound "
        "platform, 3:05 PM, students on the way home\nNARR: our student Darius pulled a kitchen "
        "knife on a student from another school after an argument; MBTA staff separated them; "
        "Darius ran to the busway and dropped the knife in the trash, where the SSO recovered "
        "it. No injury.",
        S("Darius Wong", "TechBoston Academy", 10),
        when="2026-03-12 15:05", loc="Fields Corner station", rcpt="bpd/district-c11",
        weapon="kitchen knife", key="kitchen knife",
        keep=["Fields Corner station", "busway"], tags=["precision"])
    add(g, "serious_violence",
        "INTAKE from AP Sullivan, 10:50. Student Wai Kit Chan punched and then kicked a girl "
        "in the stomach repeatedly in the stairwell; she is 16 and was taken to Tufts with a "
        "ruptured spleen. Parent of Wai Kit: interp needed (Cantonese). Other kids say it was "
        "over a video.",
        S("Wai Kit Chan", "Quincy Upper School", 11),
        when="2026-01-15 10:50", loc="North stairwell", rcpt="bpd/district-a1",
        key="ruptured spleen",
        bad=["Cantonese"],
        keep=["ruptured spleen", "stairwell"],
        cats=["language"], tags=["obfuscation"])
    add(g, "drugs",
        "INTAKE: SSO took a bag of weed and a nic vape from student during a search. Student "
        "lives in Mattapan, on Almont St.",
        S("Jaquan Dawkins", "Henderson K-12 Inclusion School", 10),
        when="2025-10-23 11:00", loc="Locker room", rcpt="bpd/district-b3",
        subs=["marijuana", "nicotine vape"], deny="excluded_substance",
        bad=["Mattapan", "Almont St"], cats=["neighborhood"])
    add(g, "weapon",
        "INTAKE 4/30: AP reports pepper spray discharged in room 3-12 by student Erick "
        "Hernandez; 3 students coughing, eyes washed, no hospital. Canister recovered (black, "
        "'Sabre'); two students ran out the side door toward Mass Ave to get air. Caller notes subj is on an ICE check-in schedule and missed school last "
        "Tuesday for it.",
        S("Erick Hernandez", "Snowden International School", 10),
        when="2026-04-30 10:35", loc="Room 3-12", rcpt="bpd/district-d4",
        weapon="pepper spray", key="pepper spray",
        bad=["ICE check-in"],
        keep=["room 3-12", "Sabre", "toward Mass Ave"],
        cats=["immigration_status"], tags=["precision"])


def sis_export():
    g = "sis_export"
    add(g, "weapon",
        "incident:\n  type: weapon\n  item: knife (folding, 3in blade)\n  found_by: SSO Baptiste\n"
        "  where: cafeteria line\n  summary: >\n    Student had a folding knife in his jacket, "
        "showed it to a peer, SSO recovered it.\nstudent:\n  home_language: Haitian Creole\n"
        "  ell_status: LEP\n  address: 12 Norfolk St, Apt 3, Dorchester 02124",
        S("Reginald Toussaint", "Boston Community Leadership Academy", 11,
          home_language="Haitian Creole", ell_status="LEP",
          address={"line1": "12 Norfolk St, Apt 3", "city": "Dorchester", "zip": "02124"}),
        when="2025-10-14 11:45", loc="Cafeteria line", rcpt="bpd/district-b3",
        weapon="folding knife", key="folding knife",
        bad=["Haitian Creole", "LEP", "Norfolk St", "02124"],
        keep=["cafeteria line", "3in blade"],
        cats=["language", "neighborhood"], tags=["structured"])
    add(g, "drugs",
        "SIS EXPORT (fixed width), discipline module, incident 26-0412\n"
        "SASID      LAST       FIRST   GR ETHNICITY  HOME_LANG   ADDR\n"
        "1032998471 Nguyen     Bao     10 Asian      Vietnamese  88 Adams St 02122\n"
        "INCIDENT: student found with 2 baggies of crystal meth (per student, field test "
        "positive methamphetamine) in pencil case, 3rd floor science wing, 9:25.",
        S("Bao Nguyen", "Dorchester Academy", 10,
          ethnicity="Asian", home_lang="Vietnamese", sasid="1032998471"),
        when="2026-04-12 09:25", loc="3rd floor science wing", rcpt="bpd/district-c11",
        subs=["methamphetamine"], key="methamphetamine",
        bad=["Asian", "Vietnamese", "88 Adams St", "02122"],
        keep=["pencil case", "crystal meth"],
        cats=["neighborhood", "ethnicity", "language"], tags=["structured"])
    add(g, "credible_threat",
        "Student profile printout (attached to the referral):\nName ................ Rafael "
        "Souza\nGrade ............... 9\nHome Language ....... Portuguese\nBirth Country ....... "
        "Brazil\nAddress ............. 22 Bennington St, East Boston MA\nReferral ............ "
        "Threatened to shoot classmate at the school dance (see statement)\nIncident room ....... "
        "Gym, 2:10 PM",
        S("Rafael Souza", "Brighton High School", 9),
        when="2026-02-13 14:10", loc="Gym", rcpt="bpd/district-d14",
        threat=("Rafael to a classmate in gym: 'at the dance I'm gonna shoot you in front of "
                "everybody, my brother got a gun, you think I'm lying.' The classmate reported "
                "it within minutes; two others heard it."),
        key="shoot classmate",
        bad=["Portuguese", "Brazil", "Bennington St", "East Boston"],
        keep=["school dance", "Gym, 2:10 PM"],
        cats=["language", "national_origin", "neighborhood"], tags=["structured"])
    add(g, "attendance",
        "export;attendance;v2\nsasid;last;first;grade;days_absent;home_lang;ctry_birth;zip\n"
        "1049933817;Mendes;Ana;10;23;CPV;Cabo Verde;02125\nnote;truant - requesting BPD home "
        "visit",
        S("Ana Mendes", "Jeremiah E. Burke High School", 10, zip="02125"),
        when="2026-03-09 08:00", loc="N/A (attendance)", rcpt="bpd/district-c11",
        deny="ground_not_permitted", bad=["Cabo Verde", "02125"],
        cats=["national_origin", "neighborhood"], tags=["structured"])
    add(g, "weapon",
        "Aspen incident record #INC-55231. Student found with a double-edged dagger (7 in) in "
        "his boot at the metal detector, 7:48 AM. Recovered by SSO. See attached student record "
        "export for demographics.",
        S("Joseph Lam", "Excel High School", 11,
          demographics={"race": "Asian", "hispanic": "N", "federalRaceCode": "02"},
          ell={"status": "LEP", "wida_composite": 2.4, "program": "SEI Chinese"},
          addresses=[{"type": "home", "street": "41 Oak St", "apt": "5F", "zip": "02111",
                      "neighborhood": "Chinatown"}]),
        when="2025-09-23 07:48", loc="Metal detector, main entrance", rcpt="bpd/district-c6",
        weapon="dagger", key="double-edged dagger",
        bad=["Asian", "SEI Chinese", "41 Oak St", "02111", "Chinatown"],
        keep=["metal detector", "7 in"],
        cats=["ethnicity", "language", "neighborhood"], tags=["structured"])
    add(g, "serious_violence",
        "Semicolon export pasted by the registrar:\nIncidentID;Date;Type;Injury;Location\n"
        "SV-0207;2026-02-07;Assault w/ weapon;Broken collarbone (victim);Stairwell B\n"
        "Offender;Grade;Ethnicity;Hispanic;HomeLang\nDiaz, Kevin;10;White;Yes - Salvadoran;Spanish\n"
        "Narrative: Kevin struck another student with a metal pipe in Stairwell B.",
        S("Kevin Diaz", "East Boston High School", 10),
        when="2026-02-07 13:30", loc="Stairwell B", rcpt="bpd/district-a7",
        key="metal pipe",
        bad=["Salvadoran", ";White;", ";Spanish"],
        keep=["metal pipe", "Broken collarbone", "Stairwell B"],
        cats=["ethnicity", "language"], tags=["structured"])
    add(g, "weapon",
        "student:\n  name: Marco Pina\n  race_ethnicity: Hispanic/Latino\n  home_address: 3 "
        "Faywood Ave, East Boston\nincident:\n  ground: weapon\n  item: taser\n  notes: recovered "
        "at arrival",
        S("Marco Pina", "East Boston High School", 12,
          race_ethnicity="Hispanic/Latino", home_address="3 Faywood Ave, East Boston"),
        when="2026-01-09 07:50", loc="Main entrance", rcpt="bric",
        weapon="taser", deny="recipient_not_permitted",
        bad=["Hispanic/Latino", "Faywood Ave"],
        cats=["ethnicity", "neighborhood"], tags=["structured"])
    add(g, "weapon",
        "DISCIPLINE EXPORT (key=value)\nincident_id=26-0088 type=weapon item=switchblade "
        "where=bus_lane time=07:40 recovered_by=SSO\nstudent_id=see_header immig_status=asylee "
        "ctry_birth=SOM lang=SOM-MAAY gang_flag=Y(suspected)\nnarrative=student pulled a "
        "switchblade on a younger student in the bus lane; blade 3.5in; no injury",
        S("Mahad Ali", "Boston Community Leadership Academy", 10),
        when="2025-11-19 07:40", loc="Bus lane", rcpt="bpd/district-b3",
        weapon="switchblade", key="switchblade",
        bad=["asylee", "ctry_birth=SOM", "SOM-MAAY", "gang_flag=Y"],
        keep=["bus lane", "blade 3.5in"],
        cats=["immigration_status", "national_origin", "language", "gang_affiliation"],
        tags=["structured"])
    add(g, "drugs",
        "<Incident id=\"26-0301\"><Type>Drugs</Type><Item>oxycodone 30mg tablets (not "
        "prescribed), 9 count</Item><Where>Girls locker room</Where></Incident>\n<Student>"
        "<HomeLanguage>Vietnamese</HomeLanguage><Religion>Buddhist</Religion>"
        "<Address>17 Westville St</Address></Student>",
        S("Linh Pham", "Dorchester Academy", 12),
        when="2026-03-01 14:00", loc="Girls' locker room", rcpt="bpd/district-c11",
        subs=["oxycodone (not prescribed)"], key="oxycodone 30mg",
        bad=["Vietnamese", "Buddhist", "Westville St"],
        keep=["9 count", "Girls locker room"],
        cats=["language", "religion", "neighborhood"], tags=["structured"])
    add(g, "weapon",
        "Visitor-management export. Entry flagged: the lobby camera's face match (score 0.88) "
        "linked the student who brought a knife on 3/3 to the enrollment photo; see "
        "face_match_id FM-22019.",
        S("Jayden Pierce", "Dearborn STEM Academy", 8),
        when="2026-03-03 08:10", loc="Lobby", rcpt="bpd/district-b2",
        weapon="knife", deny="face_surveillance",
        bad=["score 0.88", "FM-22019"], cats=["face_surveillance"], tags=["structured"],
        att=[("face_match", "FM-22019.json")])


def parent_email():
    g = "parent_email"
    add(g, "serious_violence",
        "AP summary: at 2:55 PM at dismissal Cristian cut another boy (grade 9) across the "
        "right forearm with a pocket knife; 11 stitches at Children's. Knife recovered. The "
        "victim's mother wrote to the school that evening (pasted as received):\n\"buenas "
        "noches, mi hijo fue cortado con una navaja en el brazo y le pusieron puntos. por "
        "favor ayudenme pero nosotros no tenemos papeles, no quiero que venga la migra a mi "
        "casa. gracias\"",
        S("Cristian Lozano", "East Boston High School", 10),
        when="2026-01-28 14:55", loc="Front steps at dismissal", rcpt="bpd/district-a7",
        weapon="pocket knife", key="pocket knife",
        bad=["no tenemos papeles", "la migra"],
        keep=["right forearm", "11 stitches"],
        cats=["immigration_status"], tags=["multilingual"])
    add(g, "weapon",
        "AP note: Teacher saw Widlyne holding a kitchen knife in the 3rd floor girls' bathroom "
        "and pointing it at another girl; SSO took it (10 in serrated). Mom emailed this "
        "morning:\n\"Bonjou direktè, pitit mwen an te pote kouto a lekol paske gen yon "
        "tifi ki ap menase l. Li pa yon move moun. Nou rete Mattapan depi 2 an, nou pa konn "
        "moun. Mesi.\" (Staff translation: my child took the knife to school because a girl "
        "is threatening her ... we live in Mattapan for 2 years ...)",
        S("Widlyne Augustin", "Jeremiah E. Burke High School", 9),
        when="2026-02-24 10:15", loc="3rd floor girls' bathroom", rcpt="bpd/district-b3",
        weapon="kitchen knife", key="kitchen knife",
        bad=["rete Mattapan", "live in Mattapan"],
        keep=["10 in serrated", "3rd floor girls' bathroom"],
        cats=["neighborhood"], tags=["multilingual"])
    add(g, "drugs",
        "Mom's email (Portuguese), forwarded by AP, about the search on Monday:\n\"Boa tarde, "
        "eu sei que o meu filho tinha maconha na mochila mas ele não é traficante. Somos de "
        "Minas Gerais e aqui ele não tem amigos.\"\nSSO found an 8th of marijuana and a grinder "
        "in the backpack.",
        S("Davi Rocha", "Brighton High School", 10),
        when="2025-12-01 09:30", loc="Main office search", rcpt="bpd/district-d14",
        subs=["marijuana"], deny="excluded_substance",
        bad=["Minas Gerais"], cats=["national_origin"], tags=["multilingual"])
    add(g, "credible_threat",
        "Email from a parent (typed without accents), sent to the principal at 6:12 AM:\n\"Chao "
        "co, con toi noi la ban Tuan trong lop se mang sung den truong thu sau va ban con toi. "
        "Con toi rat so. Gia dinh toi moi sang My nam ngoai, toi khong biet goi ai. Xin tra loi "
        "bang tieng Viet.\"\nPrincipal's summary: her son says classmate Tuan said he will "
        "bring a gun Friday and shoot him; Tuan was interviewed and admitted saying it.",
        S("Tuan Vo", "Dorchester Academy", 9),
        when="2026-03-16 06:12", loc="Homeroom 105 (where the statement was made)",
        rcpt="bpd/district-c11",
        threat=("Tuan to a classmate in homeroom 105, per the classmate and Tuan's own "
                "admission: 'Friday I'm bringing my uncle's gun and shooting you, don't come "
                "to school.' Tuan told the AP his uncle keeps a pistol in a drawer."),
        key="bring a gun Friday",
        bad=["moi sang My", "tieng Viet"],
        keep=["admitted saying it", "bring a gun Friday"],
        cats=["national_origin", "language"], tags=["multilingual", "obfuscation"])
    add(g, "drugs",
        "AP: Edson was found with 4 small bags of cocaine (field test positive) in his jacket "
        "after the 11:30 fire drill. His mother replied to my call with an email:\n\"Bon dia. "
        "Nha fidju ka ta uza droga, e ka sabe di kenha ki e. Nu ben di Brava na 2019, nu e "
        "djenti sériu.\"\nJacket and bags held by SSO.",
        S("Edson Barbosa", "Jeremiah E. Burke High School", 11),
        when="2026-04-06 11:30", loc="Front lawn during fire drill", rcpt="bpd/district-c11",
        subs=["cocaine"], key="cocaine",
        bad=["Nu ben di Brava"],
        keep=["4 small bags", "fire drill"],
        cats=["national_origin"], tags=["multilingual"])
    add(g, "weapon",
        "Father's email (pasted):\n\"Waan ka xumahay. My son Hamza is good boy. He carry the "
        "knife because older boys from outside the Somali community is bother him every day at "
        "the bus. Please understand.\"\nAP: Hamza had a 5-inch fixed-blade knife in his coat "
        "pocket at the metal detector.",
        S("Hamza Abdullahi", "English High School", 9),
        when="2025-10-06 07:45", loc="Metal detector", rcpt="bpd/district-e13",
        weapon="fixed-blade knife", key="5-inch fixed-blade knife",
        bad=["Somali community"],
        keep=["5-inch fixed-blade knife", "metal detector"],
        cats=["ethnicity"], tags=["multilingual"])
    add(g, "serious_violence",
        "AP summary: Youssef hit a classmate with a metal water bottle, splitting his eyebrow "
        "and fracturing his cheekbone (Children's, surgery Friday). His mother wrote (Arabic "
        "typed in Latin letters):\n\"salam 3alikom, ana 3arfa en ebni 3amal 7aga 3'alat. e7na mn "
        "Masr w lessa gdad hena, mesh 3arfeen el nezam.\"",
        S("Youssef Mansour", "Snowden International School", 9),
        when="2026-05-12 13:50", loc="Room 402", rcpt="bpd/district-d4",
        key="fracturing his cheekbone",
        bad=["Masr", "lessa gdad hena"],
        keep=["metal water bottle", "fracturing his cheekbone"],
        cats=["national_origin"], tags=["multilingual", "obfuscation"])
    add(g, "bullying",
        "Parent email (Chinese) forwarded:\n\"老师您好，我儿子在学校被欺负。我们住在唐人街，"
        "我们没有身份，不敢报警，请学校帮忙。\"\nAP asks BPD to speak to the boys doing the "
        "teasing.",
        S("Chen Hao", "Quincy Upper School", 8),
        when="2026-01-20 16:00", loc="N/A", rcpt="bpd/district-a1",
        deny="ground_not_permitted", bad=["唐人街", "没有身份"],
        cats=["neighborhood", "immigration_status"], tags=["multilingual"])
    add(g, "weapon",
        "Letter from Chidi's father, given to the AP:\n\"Dear Principal, My son is good boy he is "
        "carry the knife (small one) because in our contry Nigeira boys is always defend "
        "themself, he not know here is different. We are here only 8 month.\"\nAP: SSO found a "
        "folding knife with a 3-inch blade in Chidi's pencil case during a search after a "
        "student tip.",
        S("Chidi Okonkwo", "Excel High School", 10),
        when="2025-12-08 09:10", loc="Room 118", rcpt="bpd/district-c6",
        weapon="folding knife", key="folding knife",
        bad=["Nigeira", "here only 8 month"],
        keep=["pencil case", "3-inch blade"],
        cats=["national_origin"], tags=["obfuscation"])
    add(g, "serious_violence",
        "Victim's parent asked by email that the school 'use the camera that can find faces'. "
        "Administration attached the 9th grade yearbook photos so BPD can run them against the "
        "hallway video for a face match, and names Jordan as the likely attacker (victim's "
        "nose broken).",
        S("Jordan Ellis", "Charlestown High School", 9),
        when="2026-02-02 12:30", loc="Hallway B", rcpt="bpd/district-a1",
        deny="face_surveillance", bad=["yearbook photos"], cats=["face_surveillance"],
        att=[("photo", "grade9_yearbook_photos.zip"), ("document", "hallway_video_link.txt")])


def student_statement():
    g = "student_statement"
    add(g, "weapon",
        "STUDENT WRITTEN STATEMENT (as written): \"i had the box cutter in my bag cuz them "
        "Franklin Field boys was gonna jump me after school they been on me since summer. i "
        "never took it out in school i swear. i got it from my job at the market. i aint trying "
        "to hurt nobody\" -- SSO found the box cutter in the front pocket of his bag during the "
        "search at 1:10.",
        S("Terrell Gaines", "Jeremiah E. Burke High School", 10),
        when="2026-03-18 13:10", loc="Main office", rcpt="bpd/district-b3",
        weapon="box cutter", key="box cutter",
        bad=["Franklin Field boys"],
        keep=["front pocket of his bag", "from my job at the market"],
        cats=["gang_affiliation"])
    add(g, "serious_violence",
        "Statement of Luis (as written): \"He swung first. he called me a dirty Dominican and "
        "said go back on the yola. so i hit him wit the lock in a sock like 3 times. i didnt "
        "know he was bleeding that bad\" -- AP: victim has a depressed skull fracture, at BMC. "
        "The padlock and sock were recovered in the 1st floor hallway trash.",
        S("Luis Santana", "English High School", 11),
        when="2025-11-12 12:40", loc="1st floor hallway", rcpt="bpd/district-e13",
        key="lock in a sock",
        bad=["dirty Dominican", "yola"],
        keep=["lock in a sock", "depressed skull fracture"],
        cats=["ethnicity", "national_origin"], tags=["obfuscation"])
    add(g, "fight",
        "Student statement: \"we was just fighting ok nobody got hurt. he talked about my mom. "
        "i stay on geneva ave with my grandma and he came to my block and said it.\"",
        S("Jamal Greene", "Dearborn STEM Academy", 8),
        when="2026-02-25 15:10", loc="Outside the school", rcpt="bpd/district-c11",
        deny="ground_not_permitted", bad=["geneva ave", "my block"],
        cats=["neighborhood"])
    add(g, "drugs",
        "Statement (typed by student on the school Chromebook): \"they was percs not mine i was "
        "holding them for a kid. im muslim i dont even do that stuff. i didnt sell none.\" -- AP: "
        "16 blue pills marked M 30 in a pill bottle with no label, found in his hoodie; field "
        "test positive for fentanyl.",
        S("Abdul Rahman Sesay", "Boston Community Leadership Academy", 11),
        when="2026-01-07 10:00", loc="Room 205", rcpt="bpd/district-b3",
        subs=["fentanyl (pressed M30 pills)"], key="M 30",
        bad=["im muslim"],
        keep=["16 blue pills", "pill bottle with no label"],
        cats=["religion"])
    add(g, "credible_threat",
        "Statement of the student who was threatened (as written): \"Carlos said he gonna "
        "shoot me at the game friday with his brother gun. he always be talking in Spanish "
        "with his friends so i dont know what he said after that but they was laughing.\"",
        S("Carlos Ventura", "Charlestown High School", 10),
        when="2026-03-05 11:20", loc="Hallway near room 120", rcpt="bpd/district-a1",
        threat=("Carlos told the student: 'Friday at the game I'm shooting you with my "
                "brother's gun.' Carlos admitted to the AP he said it and that his brother has "
                "a gun; a second student confirmed."),
        key="his brother gun",
        bad=["talking in Spanish"],
        keep=["the game friday", "his brother gun"],
        cats=["language"])
    add(g, "weapon",
        "Written statement: \"The knife is a utility knife I use for stage crew to cut gaff "
        "tape and cardboard for the set of the spring musical. I forgot it was in my hoodie. I "
        "did point it at Devin as a joke and I'm sorry.\" AP: utility knife (4 in blade) "
        "recovered in the auditorium.",
        S("Maya Lindqvist", "Boston Arts Academy", 10),
        when="2026-04-01 15:30", loc="Auditorium", rcpt="bpd/district-d4",
        weapon="utility knife", key="utility knife",
        keep=["stage crew", "set of the spring musical", "4 in blade"], tags=["precision"])
    add(g, "credible_threat",
        "Statement from a student (as written): \"Kenny said something real bad about the "
        "school in the group chat i dont remember exactly. he go to the same church as me "
        "(Eglise Baptiste) so i know him.\"",
        S("Kenny Jean-Louis", "Jeremiah E. Burke High School", 11),
        when="2026-05-14 09:00", loc="N/A (group chat)", rcpt="bpd/district-b2",
        deny="missing_threat_statement", bad=["Eglise Baptiste", "same church"],
        cats=["religion"])
    add(g, "serious_violence",
        "Victim's written statement (she spelled it this way): \"Shanice came behind me on "
        "the stairs and hit me with the brass nuckles in the mouth, I lost 2 teeth and my lip "
        "needed stitchs. she said its cause I talk to her ex.\" -- Registrar note pasted under "
        "it: \"Shanice's family: \u0397aitian, Kreyòl at home, address on Blue Hill Ave.\"",
        S("Shanice Morency", "Boston Community Leadership Academy", 10),
        when="2026-02-11 13:05", loc="Back stairwell", rcpt="bpd/district-b3",
        weapon="brass knuckles", key="brass nuckles",
        bad=["\u0397aitian", "Kreyòl", "Blue Hill Ave"],
        keep=["lost 2 teeth", "brass nuckles"],
        cats=["ethnicity", "language", "neighborhood"], tags=["obfuscation"])
    add(g, "weapon",
        "Statement of Jessenia (as written): \"its my moms pepper spray she got it for walking "
        "from the bus at Uphams at night. i sprayed it at Kiara when she pulled my hair, she "
        "was screaming.\" -- Nurse rinsed Kiara's eyes for 15 min; canister recovered.",
        S("Jessenia Ortiz", "TechBoston Academy", 9),
        when="2025-12-19 12:25", loc="2nd floor hallway", rcpt="bpd/district-c11",
        weapon="pepper spray", key="pepper spray",
        bad=["bus at Uphams"],
        keep=["rinsed Kiara's eyes", "pulled my hair"],
        cats=["neighborhood"], tags=["obfuscation"])
    add(g, "weapon",
        "Student statement forwarded to Massachusetts State Police at the request of a trooper "
        "who knows the family: \"i brought the gun to show people it wasnt loaded.\" Student's "
        "mother is Guatemalan and undocumented per the trooper.",
        S("Edgar Tzul", "East Boston High School", 11),
        when="2026-04-23 08:30", loc="Locker area", rcpt="msp/troop-h",
        weapon="handgun", deny="recipient_not_permitted",
        bad=["Guatemalan", "undocumented"], cats=["ethnicity", "immigration_status"])


def social_post():
    g = "social_post"
    add(g, "credible_threat",
        "Staff description of an Instagram story (screenshot attached): a photo of a black "
        "handgun on a bedspread, caption 'school tmrw 🔫🔫 who want it'. The location sticker "
        "on the story is his building on Whittier St. Posted 10:48 PM; about 40 students "
        "viewed it before it was deleted.",
        S("Damon Avery", "Madison Park Technical Vocational High School", 11),
        when="2026-01-25 22:48", loc="Online (Instagram)", rcpt="bpd/district-b2",
        threat=("Damon's Instagram story: photo of a black handgun with the caption 'school "
                "tmrw who want it'. Damon told the AP the gun is his older brother's and that "
                "it is at home."),
        key="black handgun",
        bad=["Whittier St"],
        keep=["black handgun", "40 students"],
        cats=["neighborhood"], att=[("photo", "story_screenshot.png")])
    add(g, "credible_threat",
        "TikTok video, described by the AP: Ana Lúcia stands in the 2nd floor bathroom and says "
        "the statement below to the camera. The caption uses the hashtag #CVpride and the "
        "Cape Verdean flag emoji, and the song is in Kriolu. She holds up a razor blade at the "
        "end. Video was reposted by three students.",
        S("Ana Lúcia Semedo", "Jeremiah E. Burke High School", 10),
        when="2026-03-23 10:30", loc="2nd floor bathroom (filmed)", rcpt="bpd/district-c11",
        threat=("Ana Lúcia in the video: 'Yasmin, tomorrow at lunch I'm cutting your face, I "
                "got the blade already,' and she shows a razor blade to the camera."),
        key="razor blade",
        bad=["#CVpride", "Cape Verdean flag", "in Kriolu"],
        keep=["2nd floor bathroom", "reposted by three"],
        cats=["ethnicity", "language"])
    add(g, "social_media_monitoring",
        "Staff found posts by students using #FreeTheGuys and H-Block emojis; request BPD "
        "review the accounts of these students (list attached) for gang ties.",
        S("Kyrie Dawson", "Jeremiah E. Burke High School", 10),
        when="2026-02-09 09:00", loc="Online", rcpt="bpd/district-b3",
        deny="ground_not_permitted", bad=["#FreeTheGuys", "H-Block"],
        cats=["gang_affiliation"], att=[("document", "accounts_list.xlsx")])
    add(g, "drugs",
        "Snapchat 'menu' described by staff: Darnell's public story lists 'blues 💊 $15, "
        "bars $5, za, cash app or Visa gift card' with a photo of blue M30 pills, and is "
        "tagged at the Cathedral development. AP searched his backpack Monday: 22 blue M30 pills (field test "
        "positive fentanyl).",
        S("Darnell Hughes", "Snowden International School", 12),
        when="2026-02-23 08:30", loc="Snowden International School, main office",
        rcpt="bpd/district-d4",
        subs=["fentanyl (pressed M30)", "alprazolam"], key="22 blue M30 pills",
        bad=["Cathedral development"],
        keep=["22 blue M30 pills", "Snapchat 'menu'", "Visa gift card"],
        cats=["neighborhood"], tags=["precision"])
    add(g, "weapon",
        "Instagram post described: Mariah in the school's 3rd floor bathroom mirror holding "
        "a switchblade open, caption 'try me'. Her bio reads 'H@itian & proud 🇭🇹 | God first | "
        "Nazarene youth'. SSO found the switchblade in her locker at 10 AM.",
        S("Mariah Lafontant", "Boston Community Leadership Academy", 9),
        when="2026-04-13 10:00", loc="Locker 3-22", rcpt="bpd/district-b3",
        weapon="switchblade", key="switchblade",
        bad=["H@itian & proud", "God first", "Nazarene"],
        keep=["bathroom mirror", "try me"],
        cats=["ethnicity", "religion"], tags=["obfuscation"])
    add(g, "serious_violence",
        "A fight video went viral overnight. A staff member ran a screenshot through "
        "FaceCheck.ID and it came back as our student, Shawn. Victim has a broken nose. "
        "Please use the attached result to identify him.",
        S("Shawn Doherty", "Charlestown High School", 11),
        when="2026-05-01 15:00", loc="Outside the corner store near school", rcpt="bpd/district-a1",
        deny="face_surveillance", bad=["FaceCheck"], cats=["face_surveillance"],
        att=[("face_match", "facecheck_result.png")])
    add(g, "serious_violence",
        "Facebook Live video (posted by a bystander, 14 minutes) shows Tariq, using a Snapchat "
        "alien filter on his own story beforehand, then punching and kicking a younger student "
        "who is on the ground outside the library doors. The victim has a fractured eye socket "
        "and was at Children's two nights.",
        S("Tariq Jenkins", "Henderson K-12 Inclusion School", 11),
        when="2026-03-27 15:20", loc="Outside the library doors", rcpt="bpd/district-c11",
        key="fractured eye socket",
        keep=["Facebook Live", "alien filter", "fractured eye socket"], tags=["precision"])
    add(g, "weapon",
        "Teacher's description of a Facebook post: Kevin's profile picture is him at his First "
        "Communion; the new post shows him in the gym locker room with a hunting knife, caption "
        "'don't play'. The knife (6 in, fixed blade, camo handle) was taken from his gym bag "
        "the same morning.",
        S("Kevin Morrissey", "Boston Latin Academy", 9),
        when="2025-10-27 08:50", loc="Gym locker room", rcpt="bpd/district-b2",
        weapon="hunting knife", key="hunting knife",
        bad=["First Communion"],
        keep=["camo handle", "gym locker room"],
        cats=["religion"])
    add(g, "credible_threat",
        "Sending this social media threat to ICE as the student's visa status is unclear.",
        S("Omar Benali", "Brighton High School", 11),
        when="2026-02-17 09:00", loc="Online", rcpt="ice",
        threat="Omar posted 'I will shoot up the school Friday' with a gun emoji.",
        deny="recipient_not_permitted", bad=["visa status"],
        cats=["immigration_status"])
    add(g, "credible_threat",
        "Social post described by the AP: on X (Twitter), Brendan replied to the school's "
        "account under the Citizen Science Fair announcement with the statement below, then "
        "posted a photo of a rifle case in his room. His status update earlier said 'done with "
        "everybody'.",
        S("Brendan Walsh", "Boston Latin School", 11),
        when="2026-05-20 21:15", loc="Online (X)", rcpt="bpd/district-d4",
        threat=("Brendan on X: 'science fair gonna be a shooting gallery, I'll bring the rifle, "
                "first one's the judge from 2nd floor.' The account is confirmed as his; his "
                "father owns a hunting rifle."),
        key="rifle case",
        keep=["Citizen Science Fair", "status update", "rifle case"], tags=["precision"])


def bus_report():
    g = "bus_report"
    add(g, "weapon",
        "BUS INCIDENT REPORT - Route 712 AM, monitor L. Greaves. At about 7:20 student Jamir "
        "(seat 14) flicked open a knife and held it near the neck of the boy in seat 13 and "
        "said 'move'. Driver pulled over at the next safe spot and I took the knife (black, "
        "folding, 3 in). Jamir's stop is 60 Glenway St, he got on there as usual.",
        S("Jamir Lockhart", "Jeremiah E. Burke High School", 9),
        when="2026-01-23 07:20", loc="School bus Route 712", rcpt="bpd/district-b3",
        weapon="folding knife", key="knife",
        bad=["60 Glenway St"],
        keep=["seat 14", "near the neck"],
        cats=["neighborhood"])
    add(g, "serious_violence",
        "Driver's report, Route 409 PM. On Columbia Rd at Quincy St, student Felipe took off his "
        "belt and hit another student in the head with the buckle several times; the boy had "
        "two deep cuts on his scalp and a concussion (BMC, 9 staples). Other kids were "
        "yelling that Felipe is Colombian and the other boy is 'from the other side'. I "
        "stopped the bus and called dispatch.",
        S("Felipe Castaño", "Excel High School", 10),
        when="2025-11-14 15:25", loc="Bus Route 409, Columbia Rd at Quincy St",
        rcpt="bpd/district-c11", key="belt",
        bad=["Colombian"],
        keep=["Columbia Rd at Quincy St", "9 staples", "the buckle"],
        cats=["ethnicity"], tags=["precision"])
    add(g, "drugs",
        "Bus monitor note: took a weed pen off a student in the back seat, he was hitting it. "
        "He gets off at River St by Hyde Park Ave, by his house.",
        S("Brayden Kearney", "Boston Community Leadership Academy", 10),
        when="2026-03-06 15:10", loc="Bus Route 221", rcpt="bpd/district-e18",
        subs=["THC vape pen"], deny="excluded_substance",
        bad=["River St by Hyde Park Ave"], cats=["neighborhood"])
    add(g, "drugs",
        "Bus report, Route 118 AM: driver found a sandwich bag under seat 9 after Jefferson got "
        "off; inside were 12 tablets labelled Percocet 10/325 and a folded $20. Jefferson "
        "admitted they were his and said they were 'for a kid at school'. No prescription. "
        "Monitor adds the family is from El Salvador and 'has papers now but didn't before'.",
        S("Jefferson Argueta", "East Boston High School", 11),
        when="2026-02-04 07:35", loc="Bus Route 118, seat 9", rcpt="bpd/district-a7",
        subs=["oxycodone/acetaminophen (Percocet), not prescribed"], key="Percocet",
        bad=["El Salvador", "has papers now"],
        keep=["under seat 9", "12 tablets"],
        cats=["national_origin", "immigration_status"], tags=["obfuscation"])
    add(g, "weapon",
        "Bus report: student Adrian had a BB gun (black, looks like a pistol) in his backpack "
        "and pointed it out the window at cars. Monitor took it. The driver adds that Adrian "
        "is Spanish-speaking and didn't seem to understand her.",
        S("Adrian Solis", "Brighton High School", 9),
        when="2025-10-10 15:05", loc="Bus Route 603", rcpt="bpd/district-d14",
        weapon="BB gun", deny="other",
        bad=["Spanish-speaking"], cats=["language"])
    add(g, "credible_threat",
        "Bus monitor report, Route 530 PM: Dayvon said the statement below to the driver "
        "after she wrote him up: that he would bring his cousin's gun on the bus tomorrow. Two "
        "students confirmed. He got off at his usual stop on Bowdoin St, near where he stays "
        "with his aunt.",
        S("Dayvon Simmons", "Dorchester Academy", 11),
        when="2026-04-08 15:40", loc="Bus Route 530", rcpt="bpd/district-c11",
        threat=("Dayvon to the bus driver: 'you wrote me up again, tomorrow I'm bringing my "
                "cousin's gun on this bus and you're done, lady.' Dayvon has posted photos "
                "of himself with a handgun this month."),
        key="cousin's gun",
        bad=["Bowdoin St"],
        keep=["Route 530", "wrote him up"],
        cats=["neighborhood"], tags=["obfuscation"])
    add(g, "bus_misconduct",
        "Driver: student Tyrese stood on the seats, threw a water bottle at the windshield and "
        "cursed. Request BPD meet the bus tomorrow. He's one of the Orchard Park kids.",
        S("Tyrese Baptiste", "Madison Park Technical Vocational High School", 10),
        when="2025-12-05 07:30", loc="Bus Route 116", rcpt="bpd/district-b2",
        deny="ground_not_permitted", bad=["Orchard Park kids"], cats=["gang_affiliation"])
    add(g, "weapon",
        "Bus monitor, Route 217 PM: Nathaniel was showing the back of the bus a set of brass "
        "knuckles he wore over his fingers, then put them in the pocket of his Canada Goose "
        "jacket. He had an Arizona iced tea can in the other hand and was spilling it. I "
        "reported at the school stop and the SSO took the knuckles.",
        S("Nathaniel Boateng", "English High School", 11),
        when="2026-01-29 15:05", loc="Bus Route 217", rcpt="bpd/district-e13",
        weapon="brass knuckles", key="brass knuckles",
        keep=["Canada Goose jacket", "Arizona iced tea"], tags=["precision"])
    add(g, "weapon",
        "Bus driver: found an airsoft rifle in a bag left on the bus by Julian, orange tip "
        "removed. He is the kid from the Alice Taylor development.",
        S("Julian Ortega", "Mission Hill K-8", 7),
        when="2026-05-27 15:20", loc="Bus Route 334", rcpt="bpd/district-b2",
        weapon="airsoft rifle", deny="other",
        bad=["Alice Taylor"], cats=["neighborhood"])
    add(g, "serious_violence",
        "Bus report, Route 901 AM. At the Ashmont stop, Ricardo punched a younger student and "
        "then slammed his head into the metal seat frame; the boy was unconscious briefly and "
        "has a fractured skull (Children's). Monitor's note: Ricardo's family has a pending "
        "I-589 and mom begged us not to call police.",
        S("Ricardo Pacheco", "TechBoston Academy", 10),
        when="2026-03-25 07:25", loc="Bus Route 901, Ashmont stop", rcpt="bpd/district-c11",
        key="fractured skull",
        bad=["I-589"],
        keep=["metal seat frame", "fractured skull"],
        cats=["immigration_status"], tags=["obfuscation"])


def afterschool():
    g = "afterschool"
    add(g, "weapon",
        "JROTC instructor report. At color guard practice, Cadet Emmanuel showed a fixed-blade "
        "combat knife (7 in) to the drill team from his duffel. He said it was 'for the "
        "uniform' - it is not part of any uniform. Knife secured in the armory office.",
        S("Emmanuel Osei", "Madison Park Technical Vocational High School", 12),
        when="2025-10-16 16:10", loc="JROTC drill room", rcpt="bpd/district-b2",
        weapon="combat knife", key="combat knife",
        keep=["color guard", "drill team", "armory office"], tags=["precision"])
    add(g, "serious_violence",
        "Librarian's report. In the library at 3:40 Yesenia swung a closed school laptop at "
        "another girl's face, twice; the girl has a broken nose and a cut above her eye that "
        "needed 5 stitches. Yesenia is in the SLIFE program and our library aide translated "
        "for her mother.",
        S("Yesenia Caal", "Boston Community Leadership Academy", 10),
        when="2026-02-26 15:40", loc="Library", rcpt="bpd/district-b3",
        key="broken nose",
        bad=["SLIFE", "aide translated"],
        keep=["school laptop", "broken nose"],
        cats=["language"])
    add(g, "weapon",
        "Drama club: Eli brought a replica pistol from home as a prop and pointed it at people "
        "in the hallway; staff thought it was real at first. It is a metal replica, no orange "
        "tip.",
        S("Eli Rubin", "Boston Arts Academy", 10),
        when="2026-04-29 16:20", loc="Hallway outside the black box theater", rcpt="bpd/district-d4",
        weapon="replica pistol", deny="other")
    add(g, "drugs",
        "Robotics club advisor: during build night Lorenzo had a vial of white powder he said "
        "was 'K' (ketamine) and offered it to two 9th graders in the shop. SSO took the vial; "
        "test positive for ketamine. Advisor says his older cousins are Latin Kings and he "
        "brags about it.",
        S("Lorenzo Quiñones", "Boston Latin Academy", 11),
        when="2026-01-21 18:30", loc="Robotics shop room", rcpt="bpd/district-b2",
        subs=["ketamine"], key="ketamine",
        bad=["Latin Kings"],
        keep=["vial of white powder", "build night"],
        cats=["gang_affiliation"])
    add(g, "credible_threat",
        "After-school tutor's note: we were working on his college essay, which is about the "
        "asylum process his family went through, when Yonas got upset about his grade and said "
        "he would stab his history teacher and that he keeps a knife in his car (exact words "
        "below).",
        S("Yonas Tesfaye", "Snowden International School", 12),
        when="2026-03-30 16:00", loc="Tutoring room 2-07", rcpt="bpd/district-d4",
        threat=("Yonas to his tutor: 'if Mr. G fails me I'll stab him in the parking lot, I "
                "have a knife in my car.' A steak knife was found in his car's door pocket "
                "the next morning by SSO with his consent."),
        key="knife in his car",
        bad=["asylum process"],
        keep=["college essay", "history teacher"],
        cats=["immigration_status"], tags=["obfuscation"])
    add(g, "trespass",
        "BCYF staff: after hours, two students climbed the fence onto the school roof. One "
        "(Ryan) lives right across the street at 210 Bunker Hill St.",
        S("Ryan Doyle", "Charlestown High School", 9),
        when="2025-09-26 20:15", loc="School roof", rcpt="bpd/district-a1",
        deny="ground_not_permitted", bad=["210 Bunker Hill St"], cats=["neighborhood"])
    add(g, "weapon",
        "Saturday school supervisor: Nikolaos had a small black stun gun in his coat; he "
        "triggered it in the hallway to scare a boy. He said he needs it because he walks "
        "alone. Parent note on file: family is Greek Orthodox and he was fasting this week.",
        S("Nikolaos Pappas", "Brighton High School", 10),
        when="2026-03-21 10:30", loc="Hallway, Saturday school", rcpt="bpd/district-d14",
        weapon="stun gun", key="stun gun",
        bad=["Greek Orthodox"],
        keep=["triggered it in the hallway", "walks alone"],
        cats=["religion"])
    add(g, "weapon",
        "After-school program report sent to the Commonwealth Fusion Center at their request: "
        "student with a switchblade at the program; he is Cape Verdean and lives in Bowdoin-Geneva.",
        S("Anderson Lopes", "Jeremiah E. Burke High School", 10),
        when="2026-01-12 17:00", loc="After-school program room", rcpt="commonwealth-fusion-center",
        weapon="switchblade", deny="recipient_not_permitted",
        bad=["Cape Verdean", "Bowdoin-Geneva"], cats=["ethnicity", "neighborhood"])
    add(g, "serious_violence",
        "Boxing program coach (after-school, gym B): after sparring ended and gloves were off, "
        "Dante punched his sparring partner repeatedly in the head outside the ring; partner "
        "had a seizure and was taken to BMC with a subdural hematoma. Coach says Dante "
        "'rolls with the Wash crew' and had beef with the partner from the block.",
        S("Dante Mitchell", "Boston Arts Academy", 11),
        when="2026-02-19 17:45", loc="Gym B", rcpt="bpd/district-d4",
        key="subdural hematoma",
        bad=["Wash crew", "from the block"],
        keep=["gloves were off", "subdural hematoma"],
        cats=["gang_affiliation"])
    add(g, "credible_threat",
        "Peer-mentoring program coordinator: Hector made a threat in group that scared the "
        "mentors. I will write it up in more detail later. He goes by his nickname because he "
        "does not want people to know he is Honduran.",
        S("Hector Zelaya", "English High School", 10),
        when="2026-05-05 15:30", loc="Room 110", rcpt="bpd/district-e13",
        deny="missing_threat_statement", bad=["Honduran"], cats=["ethnicity"])


GENRES = [coach_gameday, restorative_circle, counselor_email, nurse_handoff, camera_review,
          staff_card, chaperone_texts, sub_note, liaison_intake, sis_export, parent_email,
          student_statement, social_post, bus_report, afterschool]


def build():
    CASES.clear()
    per_genre = []
    for fn in GENRES:
        start = len(CASES)
        fn()
        per_genre.append(CASES[start:])
    # interleave the genres round-robin so that neighbouring ids differ in genre
    ordered = []
    for i in range(max(len(x) for x in per_genre)):
        for group in per_genre:
            if i < len(group):
                ordered.append(group[i])
    out = []
    for n, c in enumerate(ordered, 1):
        cid = f"OQ-{n:04d}"
        req = {"request_id": cid}
        req.update(c["request"])
        case = {"id": cid, "request": req, "expect": c["expect"]}
        _check(case)
        out.append(case)
    return out


def main(argv):
    path = pathlib.Path(argv[1]) if len(argv) > 1 else OUT
    cases = build()
    assert len(cases) == 150, len(cases)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases to {path}")


if __name__ == "__main__":
    main(sys.argv)
