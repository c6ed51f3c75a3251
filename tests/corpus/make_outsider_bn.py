#!/usr/bin/env python3
"""Outsider corpus "bn": sports teams, clubs and affinity groups.

Hand-written cases (each one written individually) around school teams, after-school clubs,
cultural/heritage clubs, youth leagues, tournaments, locker rooms, practices, away games,
club fairs, talent shows and heritage nights. Only the standard library is used. The seeded
generator supplies the incidental values (student ids, school ids, dates of birth, UTC offsets)
so the output is byte-for-byte reproducible.

usage: python3 tests/corpus/make_outsider_bn.py   -> tests/data/corpus/outsider_bn.jsonl
"""
import datetime
import json
import pathlib
import random
import re
import textwrap
import unicodedata

SEED = 20260311
rng = random.Random(SEED)
FAMILY = "clubs_teams"
OUT = pathlib.Path(__file__).resolve().parents[1] / "data" / "corpus" / "outsider_bn.jsonl"


def P(s):
    """A one-paragraph narrative written across several source lines."""
    return " ".join(s.split())


_RECORD = re.compile(r"^(\d{1,2}:\d\d\s|#|From:|To:|Subject:|Re:|Date:|[A-Z][A-Z' -]{6,}$)")


def L(s):
    """A text whose line breaks matter (logs, e-mails, pasted rosters).

    Paragraphs are separated by blank lines. A paragraph of records (log lines, header lines,
    pasted spreadsheet rows) keeps its line breaks, and an extra-indented line continues the
    record above it; a prose paragraph is written as one line, as a mail client would send it.
    """
    out = []
    for para in textwrap.dedent(s).strip("\n").split("\n\n"):
        recs = []
        for ln in para.split("\n"):
            if recs and ln.startswith(" "):
                recs[-1] += " " + ln.strip()
            else:
                recs.append(ln.rstrip())
        if any("\t" in r for r in recs) or _RECORD.match(recs[0]):
            out.append("\n".join(recs))
        else:
            out.append(" ".join(r.strip() for r in recs))
    return "\n\n".join(out)


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


_SCHOOL_IDS = {}
_STUDENT_IDS = set()


def school_id(name):
    if name not in _SCHOOL_IDS:
        while True:
            v = "BPS-%d" % rng.randrange(4000, 5000)
            if v not in _SCHOOL_IDS.values():
                break
        _SCHOOL_IDS[name] = v
    return _SCHOOL_IDS[name]


def student_id():
    while True:
        v = str(rng.randrange(100000, 1000000))
        if v not in _STUDENT_IDS:
            _STUDENT_IDS.add(v)
            return v


def eastern_offset(d):
    """US Eastern: EDT from the second Sunday of March to the first Sunday of November."""
    m = datetime.date(d.year, 3, 8)
    start = m + datetime.timedelta(days=(6 - m.weekday()) % 7)
    n = datetime.date(d.year, 11, 1)
    end = n + datetime.timedelta(days=(6 - n.weekday()) % 7)
    return "-04:00" if start <= d < end else "-05:00"


def stamp(when):
    dt = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    return dt.strftime("%Y-%m-%dT%H:%M:00") + eastern_offset(dt.date())


def dob_for(grade, when):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").date()
    sy = d.year if d.month >= 8 else d.year - 1          # school year starting in the fall of sy
    first = datetime.date(sy - grade - 6, 9, 1)
    span = (datetime.date(sy - grade - 5, 8, 31) - first).days
    return (first + datetime.timedelta(days=rng.randrange(span + 1))).isoformat()


def age_on(dob, when):
    b = datetime.date.fromisoformat(dob)
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M").date()
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


CASES = []


def case(n, *, school, recipient, ground, when, location, desc, name, grade, extra=None,
         weapon=None, substances=None, threat=None, attachments=None, use_age=False,
         decision, reason=None, mnc=(), key=None, mct=(), cats=(), tags=()):
    cid = "OBN-%04d" % n
    dob = dob_for(grade, when)
    stu = {"student_id": student_id(), "name": name}
    if use_age:
        stu["age"] = age_on(dob, when)
    else:
        stu["date_of_birth"] = dob
    stu["grade"] = grade
    stu["school"] = school
    for k, v in (extra or {}).items():
        stu[k] = v
    req = {"request_id": cid, "school_id": school_id(school), "recipient": recipient, "ground": ground}
    if substances is not None:
        req["substances"] = list(substances)
    if weapon is not None:
        req["weapon"] = weapon
    if threat is not None:
        req["threat_statement"] = threat
    req["incident"] = {"occurred_at": stamp(when), "location": location, "description": desc}
    req["student"] = stu
    if attachments:
        req["attachments"] = attachments
    must = [name, school, key] if decision == "allow" else []
    exp = {"decision": decision}
    if decision == "deny":
        exp["reason"] = reason
    exp.update({"must_not_contain": list(mnc), "must_contain": must,
                "must_contain_text": list(mct) if decision == "allow" else [],
                "categories": list(cats), "tags": [FAMILY] + list(tags)})
    CASES.append({"id": cid, "request": req, "expect": exp})


def self_check(c):
    """Author's own consistency checks (stricter than the shared validator)."""
    req, e = c["request"], c["expect"]
    whole = fold(json.dumps(req, ensure_ascii=False))
    desc = fold(req["incident"]["description"])
    loc = fold(req["incident"]["location"])
    keep = [fold(s) for s in e["must_contain"] + e["must_contain_text"]]
    for s in e["must_not_contain"]:
        f = fold(s)
        assert f in whole, (c["id"], "canary absent", s)
        assert f not in loc, (c["id"], "canary in location", s)
        for k in keep:
            assert f not in k and k not in f, (c["id"], "canary overlaps a kept fact", s, k)
    for s in e["must_contain_text"]:
        assert fold(s) in desc, (c["id"], "kept text not in description", s)
    if e["decision"] == "allow":
        assert e["must_contain"][2] and fold(e["must_contain"][2]) in desc, (c["id"], "key fact not in description")
        assert 1 <= len(e["must_contain_text"]) <= 3, c["id"]
        if req["ground"] == "credible_threat":
            assert req.get("threat_statement"), c["id"]
    else:
        assert e["reason"], c["id"]
    assert (not e["must_not_contain"]) == (not e["categories"]) or "face_surveillance" in e["categories"], c["id"]


# --------------------------------------------------------------------------------------------
# 1-25
# --------------------------------------------------------------------------------------------

case(1, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="weapon", weapon="knife", when="2025-09-18 16:40",
     location="Madison Park boys' locker room (lower level, under the gym)",
     desc=P("""COACH'S INCIDENT FORM - Boys JV Soccer. During the equipment check before we walked
     over to the field for practice, Asst. Coach Baptiste saw a folding knife drop out of the
     shin-guard bag of #14 (Marc-Anthony). Blade about 3.5 in, black handle, it locks open. Coach
     Baptiste picked it up and brought it to me and we walked Marc-Anthony up to the AP's office. He
     said he carries it because some kids jumped his cousin on the 28 bus last week. He did not pull
     it on anyone and nobody was threatened that we know of. I called home; his mom only speaks
     Haitian Creole so Mr. Joseph from the front office helped me on the call. Knife was turned
     over to SSS Dwyer, bagged and labeled. Marc-Anthony is off the roster pending the hearing."""),
     name="Marc-Anthony Desir", grade=10,
     extra={"sport": "Soccer (JV)", "jersey_number": 14},
     decision="allow", mnc=["Haitian Creole"], key="folding knife",
     mct=["shin-guard bag", "locks open"], cats=["language"],
     tags=["allow_redact", "coach_form"])

case(2, school="Boston Latin School", recipient="bpd/district-d4",
     ground="serious_violence", when="2026-03-16 15:50",
     location="Boston Latin School, crew team erg room (basement)",
     desc=P("""Crew team (rowing) - incident at afternoon erg practice. At about 3:50 two rowers on the
     novice boys' crew, Owen and another student (T.R.), argued over the 2k erg times posted on the
     whiteboard. Owen picked up a loose oar handle from the rack by the door and swung it, hitting
     T.R. on the left side of the face. T.R. went down and was bleeding from the cheek; Coach
     Lindqvist called 911 and EMS took him to Beth Israel, where the family later told us he has a
     fractured cheekbone and orbital floor and will need surgery. Owen stayed in the coach's office
     until the AP and SSS arrived. Seven rowers saw it; their written statements are attached."""),
     name="Owen Gallagher", grade=9,
     attachments=[{"kind": "document", "name": "crew_erg_room_statements.pdf"}],
     decision="allow", key="fractured cheekbone",
     mct=["novice boys' crew", "oar handle", "fractured cheekbone"],
     tags=["allow_clean", "trap_sports_word"])

case(3, school="Jeremiah E. Burke High School", recipient="bpd/district-b3",
     ground="fight", when="2025-09-24 12:10",
     location="Burke cafeteria, fall club fair",
     desc=P("""At the fall club fair a shoving match broke out between members of the Haitian Student
     Association and the Cape Verdean Student Association over table space near the stage.
     Jean-Luc pushed a member of the other club into the table and it tipped; flyers and a tray of
     pastries went on the floor. Two students had scratches, the nurse cleaned them up, nobody went
     to the hospital. No weapons. Both club advisors were right there and separated them within a
     minute. Jean-Luc served a 1 day suspension. Submitting for the record."""),
     name="Jean-Luc Pierre", grade=11,
     extra={"activities": ["Haitian Student Association (treasurer)", "Outdoor track"]},
     decision="deny", reason="ground_not_permitted",
     mnc=["Haitian", "Cape Verdean"], cats=["ethnicity"],
     tags=["deny_ground", "trap_club_name"])

case(4, school="TechBoston Academy", recipient="bpd/district-c11",
     ground="credible_threat", when="2026-02-05 14:35",
     location="TechBoston Academy auditorium lobby (talent show auditions)",
     desc=P("""After auditions for the Spring Talent Show, the student-run committee posted the lineup
     in the auditorium lobby. Yusuf was not on it. Per two committee members and the drama teacher
     Ms. Okafor, he ripped the list down and said to the committee chair (A.M.), in front of about 10
     students, that he would "come back the night of the show and shoot up the stage, starting with
     you." He then left the building. Ms. Okafor reported it right away. A.M. was shaken and her
     parent picked her up early. Yusuf's Instagram story that evening showed a photo of a handgun
     with the caption "talent show gonna be lit 4/3". Screenshot attached."""),
     threat=P("""Yusuf told the talent show committee chair, in front of about ten students, that he
     would come back on the night of the show (April 3) and "shoot up the stage, starting with
     you", and the same evening posted a photo of a handgun captioned "talent show gonna be lit
     4/3"."""),
     name="Yusuf Abdi", grade=11,
     extra={"activities": ["Muslim Student Association", "Step team", "Talent Show (auditioned)"],
            "advisor": "Ms. Okafor"},
     attachments=[{"kind": "photo", "name": "ig_story_screenshot_0205.png"}],
     decision="allow", mnc=["Muslim"], key="handgun",
     mct=["shoot up the stage", "talent show gonna be lit"], cats=["religion"],
     tags=["allow_redact", "structured_field", "trap_club_name"])

case(5, school="The English High School", recipient="bpd/district-e13",
     ground="drugs", substances=["fentanyl"], when="2025-10-09 17:20",
     location="White Stadium, visitors' equipment shed",
     desc=P("""Girls' varsity soccer - after practice at White Stadium. While the team manager was
     putting cones away in the equipment shed she found a sandwich bag with about 20 small
     wax-paper folds stamped with a blue crown, tucked behind the ball bags, and said she saw Kiara
     put it there ten minutes earlier. Kiara admitted it was hers and that it was "fent" (fentanyl);
     she said she was holding it for someone she would not name. Coach Ramos took the bag and
     called the AD and school police. Nurse checked Kiara, no signs of use. The folds were turned
     over to Officer Greeley (BPS school police) at 6:05 pm. Kiara's aunt picked her up; she lives
     with her aunt in the Academy Homes off Columbus Ave."""),
     name="Kiara Gomes", grade=10,
     decision="allow", mnc=["Academy Homes", "Columbus Ave"], key="fentanyl",
     mct=["equipment shed", "wax-paper folds", "blue crown"], cats=["neighborhood"],
     tags=["allow_redact", "trap_place_name"])

case(6, school="Brighton High School", recipient="bpd/district-d14",
     ground="drugs", substances=["beer"], when="2026-01-16 21:30",
     location="Team bus returning from away game at Lynn English",
     desc=P("""Boys' basketball - on the ride home from Lynn the bus driver smelled alcohol and saw cans
     being passed in the back row. Asst. coach searched the back seats and found 4 cans of Bud
     Light in Luis's duffel, 2 of them empty. Luis admitted bringing them. No other substances
     found. Parents notified at drop-off at 9:45 pm."""),
     name="Luis Andrade", grade=12,
     extra={"home_language": "Portuguese", "bus_route": "Activity bus 3"},
     decision="deny", reason="excluded_substance",
     mnc=["Portuguese"], cats=["language"],
     tags=["deny_substance", "away_game", "structured_field"])

case(7, school="Boston Latin Academy", recipient="bpd/district-c6",
     ground="weapon", weapon="brass knuckles", when="2026-01-28 19:05",
     location="Murphy Rink, South Boston (varsity hockey vs. Boston Latin School)",
     desc=P("""Varsity hockey vs. Latin School at Murphy Rink, 2nd period. After a scrum in front of
     our net the linesman saw Declan take something off his right hand and push it into his glove
     while he was still on the ice. Between periods the referee and I had him empty his gloves in
     the locker room: a set of metal brass knuckles. Declan said he took them from his brother's
     room and "wasn't going to use them", but two of the other team's players said he swung at
     them with his glove off during the scrum. Nobody was hurt. The rink manager kept the brass
     knuckles in the office until Officer Tran from D-6 came. Declan did not finish the game."""),
     name="Declan Shea", grade=11,
     decision="allow", key="brass knuckles",
     mct=["on the ice", "Murphy Rink", "scrum in front of our net"],
     tags=["allow_clean", "trap_sports_word"])

case(8, school="Jeremiah E. Burke High School", recipient="bric",
     ground="weapon", weapon="knife", when="2025-11-12 15:10",
     location="Burke gym bleachers, boys' basketball tryouts",
     desc=P("""Forwarding from the AD - please share with BRIC per their request at the Nov 3 meeting.
     During boys' basketball tryouts Andre had a kitchen knife in his backpack in the bleachers;
     Coach Simmons found it when the bag fell off the top row. Coach says Andre and two others "run
     with Heath Street" and throw up signs after they score in scrimmage. Knife confiscated, no
     threats were made."""),
     name="Andre Whitfield", grade=10,
     decision="deny", reason="recipient_not_permitted",
     mnc=["Heath Street"], cats=["gang_affiliation"],
     tags=["deny_recipient"])

case(9, school="Dearborn STEM Academy", recipient="bpd/district-b2",
     ground="serious_violence", when="2025-10-21 18:15",
     location="Dearborn STEM Academy gym",
     desc=P("""Girls' varsity volleyball vs. O'Bryant. In the third set, after a disputed call at the
     net, Amara ducked under the net and punched the opposing middle blocker (#9) twice in the
     face. #9 fell backward and hit her head on the floor. Our trainer suspected a broken nose and a
     concussion; EMS transported her to Boston Medical Center. Her coach confirmed the next
     morning: displaced broken nose (ENT has to set it) and a concussion. The match was forfeited.
     Amara was escorted out of the gym by SSS."""),
     name="Amara Okeke", grade=12,
     decision="allow", key="broken nose",
     mct=["third set", "middle blocker", "displaced broken nose"],
     tags=["allow_clean", "trap_sports_word"])

case(10, school="Boston Arts Academy", recipient="bpd/district-d4",
     ground="weapon", weapon="box cutter", when="2026-03-11 15:45",
     location="Boston Arts Academy scene shop (behind the black box theater)",
     desc=P("""Theatre dept. incident note (stage crew). During set build for the spring musical, Thao
     and another stage crew member (R.J.) argued about who broke a flat. Thao had a box cutter from
     the scene shop tool wall (we use them for cutting muslin) and held it out at R.J.'s chest,
     saying "say it again." The TD, Mr. Feld, told her to put it down and she did, on the
     workbench. No one was cut. Box cutters are supposed to be signed out and Thao had not signed
     this one out. Mr. Feld has locked the tool wall. Thao is suspended from crew pending
     review."""),
     name="Thao Nguyen", grade=10,
     extra={"ell_status": "EL - WIDA level 3", "home_language": "Vietnamese",
            "program": "Theatre - technical"},
     decision="allow", mnc=["WIDA", "Vietnamese"], key="box cutter",
     mct=["stage crew", "set build", "held it out at R.J.'s chest"], cats=["language"],
     tags=["allow_redact", "structured_field", "trap_sports_word"])

case(11, school="The English High School", recipient="bpd/district-e13",
     ground="serious_violence", when="2025-11-27 11:20",
     location="White Stadium, home bleachers (Thanksgiving game)",
     desc=P("""At the Thanksgiving game a glass bottle was thrown from the home bleachers and struck a
     Latin School parent on the head (laceration, 8 staples at Faulkner). The stadium camera clip
     was run through the vendor's face-matching tool, which returned a 91% match to Brandon from our
     roster photos. We are forwarding the match result and the clip."""),
     name="Brandon Mitchell", grade=11,
     attachments=[{"kind": "face_match", "name": "match_report_bleachers.pdf"},
                  {"kind": "video", "name": "bleacher_cam_1127.mp4"}],
     decision="deny", reason="face_surveillance",
     mnc=["91% match"], cats=["face_surveillance"],
     tags=["deny_face"])

case(12, school="East Boston High School", recipient="bpd/district-a7",
     ground="drugs", substances=["marijuana", "alprazolam (Xanax)"], when="2026-01-08 16:00",
     location="East Boston High School wrestling room (B12)",
     desc=P("""Wrestling - before practice Coach DeLuca saw Mateo hand a teammate something in the
     wrestling room. Mateo's singlet bag had a small jar of weed and a strip of 6 white bar-shaped
     pills he called Xanax, stamped "XANAX 2". Mateo said the bars were "from a kid in Revere" and
     that he sells them for $5 each. The teammate had not taken any. Everything went to SSS and
     then to Officer Cruz. Coach added in his note that Mateo has been "off" since his uncle was
     deported last fall and he has been staying with different relatives."""),
     name="Mateo Funes", grade=11,
     decision="allow", mnc=["deported"], key="Xanax",
     mct=["singlet bag", "XANAX 2", "$5 each"], cats=["immigration_status"],
     tags=["allow_redact", "mixed_substances"])

case(13, school="Charlestown High School", recipient="bpd/district-a1",
     ground="credible_threat", when="2025-10-31 20:40",
     location="Team group chat (Snapchat), after football game vs. East Boston",
     desc=P("""After we lost to East Boston, Jayden posted in the team Snapchat that he was going to
     "handle" the Eastie kid who scored, "at the bus stop tmrw". Several players screenshotted it.
     Coach says Jayden lives on Bunker Hill St in the development and "the Eastie kids know where to
     find him too"."""),
     name="Jayden Costa", grade=10,
     decision="deny", reason="missing_threat_statement",
     mnc=["Bunker Hill St"], cats=["neighborhood"],
     tags=["deny_threat_missing", "rival_neighborhood"])

case(14, school="Boston Latin Academy", recipient="bpd/district-b3",
     ground="weapon", weapon="pepper spray", when="2025-09-17 13:05",
     location="Boston Latin Academy cafeteria, fall club fair",
     desc=P("""During the club fair Sofía and another student (D.K.) got into an argument at the
     Latinx Student Union table, which Sofía was staffing as the club's treasurer, because D.K. took
     down their sign-up sheet. Sofía took a small pink pepper spray canister off her keychain and
     sprayed it toward D.K.'s face from about 4 feet. D.K. and two students at the next table (the
     chess club) had burning eyes; the nurse flushed their eyes and no one was transported. The
     cafeteria was cleared for about 20 minutes. SSS took the canister. Sofía said she carries it
     for the walk from the bus."""),
     name="Sofía Marte", grade=11,
     decision="allow", mnc=["Latinx"], key="pepper spray",
     mct=["pink pepper spray", "burning eyes", "the chess club"], cats=["ethnicity"],
     tags=["allow_redact", "trap_club_name", "trap_school_name", "club_fair"])

case(15, school="Josiah Quincy Upper School", recipient="bpd/district-a1",
     ground="credible_threat", when="2026-04-09 16:30",
     location="Josiah Quincy Upper School, 3rd floor dance studio",
     desc=P("""K-pop dance crew practice for the spring showcase. After Mina was moved from center to
     the back row for the title track, she told the captain (H.L.) in the hallway outside the dance
     studio, "if you put me in the back at the showcase I'll bring my dad's knife and cut you in
     front of everyone." Two crew members heard it. At 9:40 pm she texted H.L. a photo of a large
     kitchen knife with "showcase day" and a smiley. H.L.'s mother called the school the next
     morning. Advisor Ms. Chen reported it to the AP."""),
     threat=P("""Mina told the dance crew captain she would "bring my dad's knife and cut you in front
     of everyone" at the April 17 showcase, and that night texted her a photo of a large kitchen
     knife with the words "showcase day"."""),
     name="Mina Lee", grade=8,
     decision="allow", key="kitchen knife",
     mct=["K-pop dance crew", "outside the dance studio", "showcase day"],
     tags=["allow_clean", "trap_sports_word", "trap_club_name"])

case(16, school="New Mission High School", recipient="bpd/district-e18",
     ground="gang_activity", when="2026-02-13 19:30",
     location="New Mission gym, boys' basketball vs. Burke",
     desc=P("""Coach Walsh asked me to report this. During the game a group of our players' friends in
     the stands wore red and chanted after every basket; Coach believes the chant and the red are
     Bloods signs and that Terrell is "affiliated". Nothing happened - no fight, no threats, no
     weapons. He would like BPD to be aware."""),
     name="Terrell Hayes", grade=12,
     decision="deny", reason="ground_not_permitted",
     mnc=["Bloods"], cats=["gang_affiliation"],
     tags=["deny_ground", "team_colours"])

case(17, school="Boston Latin School", recipient="bpd/district-d4",
     ground="serious_violence", when="2026-04-22 16:50",
     location="Clemente Field, boys' lacrosse vs. Brighton",
     desc=P("""Boys' lacrosse. After the whistle on a face-off at midfield, Gavin slashed the Brighton
     face-off man across the forearm with a two-handed swing of his stick, then cross-checked him
     to the ground and hit him again while he was down. Officials ejected Gavin. The Brighton
     player's forearm was visibly deformed; EMS splinted it and took him to Children's. The
     Brighton AD emailed today: both bones of the forearm are broken (radius and ulna), surgery is
     scheduled. Video from the Hudl camera on the press box is attached."""),
     name="Gavin Sweeney", grade=11,
     attachments=[{"kind": "video", "name": "hudl_lax_0422_q2.mp4"}],
     decision="allow", key="radius and ulna",
     mct=["face-off at midfield", "radius and ulna", "Hudl camera"],
     tags=["allow_clean", "trap_face_word"])

case(18, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
     ground="weapon", weapon="firearm", when="2025-12-06 13:30",
     location="BCYF Shelburne Community Center gym, holiday tournament",
     desc=P("""Boys' JV basketball, holiday tournament at BCYF Shelburne. Between games a BCYF staff
     member saw a handgun in the open gym bag of our player Isaiah under the bleachers. Staff called
     911 and officers from B-2 recovered a black 9mm handgun with a loaded magazine from the bag.
     Isaiah said it was his "for protection". No one was threatened. The tournament was paused for
     40 minutes. Officers have the gun; this is the school's report."""),
     name="Isaiah Brooks", grade=10,
     extra={"home_address": {"street": "19 Elm Hill Ave, Apt 2", "city": "Roxbury", "zip": "02121"},
            "team": "JV basketball"},
     decision="allow", mnc=["Elm Hill Ave", "Roxbury", "02121"], key="9mm",
     mct=["open gym bag", "9mm handgun", "loaded magazine"], cats=["neighborhood"],
     tags=["allow_redact", "structured_field", "tournament"])

case(19, school="Excel High School", recipient="bpd/district-c6",
     ground="drugs", substances=["marijuana"], when="2025-04-29 15:40",
     location="Softball dugout, Moakley Park",
     desc=P("""JV softball practice at Moakley. The assistant coach found Nevaeh and two teammates in
     the dugout with a lit blunt. Nevaeh said it was hers. Seized, parents called."""),
     name="Nevaeh Torres", grade=9,
     extra={"ethnicity": "Hispanic/Latino"},
     decision="deny", reason="excluded_substance",
     mnc=["Hispanic"], cats=["ethnicity"],
     tags=["deny_substance", "trap_sports_word", "structured_field"])

case(20, school="Fenway High School", recipient="bpd/district-d4",
     ground="drugs", substances=["cocaine"], when="2025-05-14 17:10",
     location="Clemente Field baseball diamond (varsity baseball vs. Snowden)",
     desc=P("""Varsity baseball vs. Snowden. In the 5th inning the umpire saw a small plastic bag of
     white powder fall out of Rafael's back pocket as he slid into home plate. The umpire stopped
     play and handed it to Coach Burke. Rafael said it was "coke" and that he was holding it for a
     friend. A field test by Officer Lam that evening was positive for cocaine. Rafael was removed
     from the game. His grandmother, who he lives with in the Mission Main development, picked him
     up."""),
     name="Rafael Ortiz", grade=11,
     decision="allow", mnc=["Mission Main"], key="cocaine",
     mct=["slid into home plate", "5th inning", "back pocket"], cats=["neighborhood"],
     tags=["allow_redact", "trap_sports_word"])

case(21, school="Lilla G. Frederick Middle School", recipient="bpd/district-b2",
     ground="weapon", weapon="knife", when="2026-02-28 11:45",
     location="John D. O'Bryant School cafeteria, city scholastic chess tournament",
     desc=L("""
     Chess club advisor's account (typed up Saturday night, sorry for the length).

     We brought 9 players to the city scholastic tournament hosted at the O'Bryant. During round 3
     Wilmer lost on time and accused his opponent (a 7th grader from another school, K.B.) of
     bumping the clock. The TD looked at it and let the result stand. Between rounds, in the
     skittles area where the kids wait and play blitz, Wilmer took a kitchen knife out of his
     backpack - about a 6 inch blade, wooden handle, wrapped in a paper towel - and showed it to
     K.B., saying "we'll see who bumps who." He did not swing it or point it at him.

     K.B. went straight to the tournament director, who came and got me. Wilmer gave me the knife
     without any problem and sat with me for the rest of the day; we withdrew him from rounds 4
     and 5. He said he brought it because older kids take his stuff on the walk to the T. The knife
     was held by O'Bryant school police and then turned over to BPD.

     For context: he is a sweet kid and a strong player. He learned chess in Guatemala from his
     grandfather and only arrived in September; he is still in the Sheltered English classes and
     his reading is slow, so I don't think he fully understood how serious this is. I have called
     his grandmother and will meet with the family Monday with the AP.
     """),
     name="Wilmer Ajú", grade=7,
     attachments=[{"kind": "document", "name": "td_incident_note_round3.pdf"}],
     decision="allow", mnc=["Guatemala", "arrived in September", "Sheltered English"],
     key="kitchen knife", mct=["skittles area", "paper towel", "round 3"],
     cats=["national_origin", "language"],
     tags=["allow_redact", "long", "advisor_note", "tournament"])

case(22, school="East Boston High School", recipient="dhs/hsi-boston",
     ground="weapon", weapon="switchblade", when="2026-03-19 15:20",
     location="East Boston High School baseball field",
     desc=P("""Per request from the HSI liaison: during baseball practice Kevin had a switchblade in his
     equipment bag; the coach confiscated it. The liaison asked us to include that Kevin's student
     visa (F-1) expired in December."""),
     name="Kevin Duarte", grade=12,
     decision="deny", reason="recipient_not_permitted",
     mnc=["student visa", "F-1"], cats=["immigration_status"],
     tags=["deny_recipient"])

case(23, school="Jeremiah E. Burke High School", recipient="bpd/district-c11",
     ground="serious_violence", when="2025-10-15 16:30",
     location="Harambee Park, boys' varsity soccer vs. Dearborn",
     desc=P("""Boys' varsity soccer vs. Dearborn at Harambee Park. In the 62nd minute, after the
     referee showed Nelson a second yellow and then the red card, Nelson walked up to the referee
     and headbutted him in the face. The referee (an adult, certified MIAA official) fell on the
     pitch and was bleeding from the nose and eye. EMS took him to Carney; the assignor told our AD
     he has a fractured orbital bone and a broken nose. Nelson left the field with the team captain.
     Coach Fernandes notes that Nelson's family is Cape Verdean and his father, who was watching
     from the fence, did not follow what the call was; Coach explained it to them after."""),
     name="Nelson Tavares", grade=12,
     decision="allow", mnc=["Cape Verdean"], key="fractured orbital bone",
     mct=["the red card", "fell on the pitch", "headbutted"], cats=["ethnicity"],
     tags=["allow_redact", "trap_sports_word", "coach_explains_family"])

case(24, school="The English High School", recipient="bpd/district-e13",
     ground="credible_threat", when="2026-02-20 21:15",
     location="Instagram, after boys' basketball vs. Burke at English High",
     desc=P("""After the English vs. Burke game Friday, Malik posted on his Instagram story a video of
     himself holding what looks like a black handgun with the caption "Burke #3 u got til Monday".
     Burke's #3 is the player Malik fought with on the court in the 4th quarter (refs separated
     them, no injuries). Burke's AD sent us the screenshot at 10:30 pm. Our SSS supervisor says a
     detective told him last year that Malik is associated with the Wendover St crew; I have no
     independent knowledge of that."""),
     threat=P("""Malik posted a video of himself holding a black handgun captioned "Burke #3 u got til
     Monday", directed at the Burke player he had fought with on the court that night."""),
     name="Malik Grant", grade=11,
     decision="allow", mnc=["Wendover"], key="handgun",
     mct=["u got til Monday", "4th quarter"], cats=["gang_affiliation"],
     tags=["allow_redact", "rival_schools"])

case(25, school="Boston Latin School", recipient="bpd/district-d4",
     ground="hazing", when="2025-12-04 17:30",
     location="Devine Rink, home locker room",
     desc=P("""Ryan and three other seniors on the hockey team taped a freshman (N.F.) to the bench in
     the locker room and poured the water cooler over him; they also mocked his kippah and called
     him names. He was not injured. Team meeting held; the seniors were suspended for 2 games. The
     freshman's parents asked that the school report it."""),
     name="Ryan Kowalski", grade=12,
     decision="deny", reason="ground_not_permitted",
     mnc=["kippah"], cats=["religion"],
     tags=["deny_ground", "locker_room"])

# --------------------------------------------------------------------------------------------
# 26-50
# --------------------------------------------------------------------------------------------

case(26, school="Charlestown High School", recipient="bpd/district-a1",
     ground="weapon", weapon="stun gun", when="2026-01-24 18:50",
     location="Bus 7 (charter), return trip from Brighton High School; parked in CHS lot",
     desc=L("""
     GIRLS VARSITY BASKETBALL - AWAY TRIP LOG
     Date: Sat 1/24/26   Bus: 7 (charter)   Chaperones: Coach Dunne, Ms. Ferreira
     2:40  Players in the gym lobby, bags on the bench. Attendance: 12 players + 2 managers, all
           permission slips in.
     3:05  Depart CHS. Seating as usual, coaches in row 1, managers row 2, players behind.
     3:58  Arrive Brighton HS. Team to visitors' locker room; bags stayed on the bus (driver
           locked it).
     4:30  JV game (we do not have JV this year, team watched from the bleachers).
     6:10  Depart Brighton HS (L 41-48)
     6:25  Clicking/sparking noise from back of bus. Coach Dunne walked back. Destiny had a black
           stun gun (about 6 in., "police" sticker on it) and was zapping it near V.M.'s arm; V.M.
           says it touched her sleeve once.
     6:27  Coach took the stun gun and put it in the first-aid bag. Destiny said she bought it
           online for "the walk from the bus stop".
     6:50  Arrive CHS, bus held in lot. SSS met the bus. V.M.'s mother looked at the arm: small red
           mark, no treatment wanted.
     7:05  Students released to parents. Destiny's mom asked for a Portuguese interpreter at
           pickup - Ms. Ferreira helped.
     7:20  Stun gun locked in AD office. Report to AP Monday.
     7:30  Called V.M.'s mother again to check on her; she said V.M. is fine and she wants the
           school to handle it but she also wants it reported.

     Note: I did not search other bags. Destiny has been told she will not travel with the team
     until the AP meets with her family. The driver said he did not see anything until the clicking
     started.
     """),
     name="Destiny Lopes", grade=10,
     decision="allow", mnc=["Portuguese"], key="stun gun",
     mct=["Bus: 7", "zapping it near V.M.'s arm", "first-aid bag"], cats=["language"],
     tags=["allow_redact", "bus_log", "away_game"])

case(27, school="Boston Community Leadership Academy", recipient="bpd/district-e18",
     ground="drugs", substances=["counterfeit oxycodone (M 30) pills"], when="2026-04-03 19:40",
     location="BCLA auditorium, backstage stage left (talent show)",
     desc=P("""Talent show night. During intermission the stage manager (a student) saw Jaylen counting
     blue round pills stamped "M 30" into a baggie backstage, stage left, next to the props table.
     She told Mr. Hughes. Jaylen had 14 of the blue pills in the baggie and $220 cash; he said they
     were "perc 30s" and he was selling them to "people who asked". The nurse recognized the
     markings as the counterfeit oxycodone pills the district warned families about (often pressed
     with fentanyl). Pills went to SSS and then to BPD E-18. We found no student who had taken any.
     The show continued."""),
     name="Jaylen Pina", grade=12,
     extra={"emergency_contact": {"name": "Rosa M.", "relationship": "aunt",
                                  "phone": "617-555-0143", "language": "Spanish"}},
     decision="allow", mnc=["Spanish"], key="counterfeit oxycodone",
     mct=["M 30", "props table", "$220 cash"], cats=["language"],
     tags=["allow_redact", "structured_field", "talent_show"])

case(28, school="Boston Arts Academy", recipient="bpd/district-d4",
     ground="weapon", weapon="replica handgun (theatre prop)", when="2025-11-13 15:00",
     location="Boston Arts Academy main stage, rehearsal",
     desc=P("""During rehearsal for the fall play Kenson brought a replica pistol from home to use as a
     prop, without permission, and pointed it at a castmate as a joke. It is a metal replica with
     the orange tip removed. The director took it and locked it in the office."""),
     name="Kenson Laguerre", grade=11,
     extra={"country_of_birth": "Haiti"},
     decision="deny", reason="other",
     mnc=["Haiti"], cats=["national_origin"],
     tags=["deny_replica", "structured_field"])

case(29, school="Brighton High School", recipient="bpd/district-d14",
     ground="serious_violence", when="2026-01-31 13:20",
     location="Brighton High School gym, city wrestling tournament, mat 2",
     desc=P("""City league wrestling tournament, 152 lb quarterfinal on mat 2. After the referee blew
     the whistle to end the period, Abdi kept hold of his opponent (a Latin Academy wrestler),
     lifted him and slammed him head-first onto the mat, then punched him twice. There was blood on
     the mat from the other boy's mouth and he could not move his right arm. Trainer's note:
     dislocated right shoulder, possible collarbone fracture; EMS took him to St. Elizabeth's. Abdi
     was disqualified and removed from the gym by SSS."""),
     name="Abdi Warsame", grade=11,
     decision="allow", key="dislocated right shoulder",
     mct=["blood on the mat", "slammed him head-first", "mat 2"],
     tags=["allow_clean", "trap_sports_word", "tournament"])

case(30, school="East Boston High School", recipient="bpd/district-a7",
     ground="weapon", weapon="knife", when="2025-09-29 15:35",
     location="East Boston High School turf field, girls' field hockey practice",
     desc=L("""
     Written statement of student witness (A.S., grade 10), field hockey, taken by SSS Rizzo:

     "We were doing drills on the turf field and Gabriela and Lexi were arguing since lunch. When
     coach went to get the balls Gabriela went to her bag by the fence and came back with a knife,
     like a pocket knife with a silver blade, and she held it down by her leg and said come here say
     it now. Lexi backed up and started crying. I yelled for coach. Coach came running and Gabriela
     threw the knife in the grass by the fence. Coach picked it up with a pinnie. Nobody got cut.
     Gabriela said Lexi been talking about her family and where she stays, she lives up in Orient
     Heights with her aunt and Lexi was saying stuff about it on Snap."
     """),
     name="Gabriela Mejía", grade=10,
     decision="allow", mnc=["Orient Heights"], key="pocket knife",
     mct=["turf field", "silver blade", "with a pinnie"], cats=["neighborhood"],
     tags=["allow_redact", "student_statement", "trap_school_name"])

case(31, school="Boston Latin Academy", recipient="bpd/district-b3",
     ground="theft", when="2026-03-06 14:00",
     location="Room 207, chess club trophy case",
     desc=P("""Two chess club trophies and the club's cash box ($85 from the bake sale) went missing from
     the trophy case in Room 207. The hall camera shows Wei carrying a box out at 2:04. He returned
     the trophies the next day; the cash is still missing."""),
     name="Wei Chen", grade=8,
     extra={"home_language": "Cantonese"},
     decision="deny", reason="ground_not_permitted",
     mnc=["Cantonese"], cats=["language"],
     tags=["deny_ground", "structured_field"])

case(32, school="Excel High School", recipient="bpd/district-c6",
     ground="credible_threat", when="2026-02-25 18:10",
     location="Excel High School gym, boys' varsity basketball practice",
     desc=P("""After Coach Murphy benched him for missing two practices, Hamza threw a ball at the wall
     and told the coach in front of the team, "Keep playing me like this and I'm bringing my
     cousin's gun Friday and you're first." He walked out. A teammate later showed the AD a
     Snapchat Hamza sent to the team chat at 7:02 pm: a photo of a handgun on a bed with "Friday".
     Coach Murphy wrote in his statement that Hamza has been fasting for Ramadan and is "running on
     empty" at late practices, which might explain the outburst, but he takes the threat seriously
     because of the photo."""),
     threat=P("""Hamza told Coach Murphy in front of the team, "Keep playing me like this and I'm
     bringing my cousin's gun Friday and you're first," and later sent the team chat a photo of a
     handgun captioned "Friday"."""),
     name="Hamza Rahman", grade=11,
     decision="allow", mnc=["Ramadan"], key="handgun",
     mct=["you're first", "photo of a handgun on a bed"], cats=["religion"],
     tags=["allow_redact", "coach_explains_family"])

case(33, school="Community Academy of Science and Health", recipient="bpd/district-b3",
     ground="drugs", substances=["MDMA"], when="2026-03-20 20:15",
     location="CASH cafeteria, Multicultural Night",
     desc=P("""Multicultural Night (food tables and performances). At about 8:15 a teacher saw Dominic
     hand a small capsule to another student near the dessert tables. When asked, Dominic handed
     over a pill bottle with 9 clear capsules of tan crystals. He said it was "molly" (MDMA) and that
     he had taken one earlier. The nurse checked him: heart rate 128, jaw clenching; EMS evaluated
     him and his mother took him to Carney. The capsules went to SSS, then to BPD."""),
     name="Dominic Peralta", grade=11,
     extra={"ethnicity": "Dominican", "race": "Hispanic or Latino of any race"},
     decision="allow", mnc=["Dominican", "Hispanic"], key="MDMA",
     mct=["Multicultural Night", "clear capsules", "tan crystals"], cats=["ethnicity"],
     tags=["allow_redact", "structured_field", "heritage_night", "trap_name"])

case(34, school="Dearborn STEM Academy", recipient="quincy-pd",
     ground="weapon", weapon="knife", when="2025-10-04 12:30",
     location="Veterans Memorial Stadium, Quincy (away football game), visitors' locker room",
     desc=P("""At the away game in Quincy, an assistant coach found a folding knife in Tyrese's helmet
     bag in the visitors' locker room before kickoff. Nobody was threatened. Quincy PD asked us to
     send our report to them directly."""),
     name="Tyrese Holloway", grade=11,
     decision="deny", reason="recipient_not_permitted",
     tags=["deny_recipient", "away_game"])

case(35, school="TechBoston Academy", recipient="bpd/district-c6",
     ground="weapon", weapon="razor blade", when="2026-01-13 16:15",
     location="BCYF Curley Community Center pool deck and girls' locker room",
     desc=P("""Co-ed swim practice at BCYF Curley. A teammate (J.W.) told Coach Ahmed that Ana had a
     razor blade taped inside her swim cap case and had shown it to J.W. in the locker room, saying
     she would "fix" a girl from another team at Saturday's meet. Coach asked Ana to bring the case
     out to the pool deck; there was a single-edge razor blade taped inside the lid. Ana said it was
     for "protection". No one was cut. We also checked for self-harm: Ana denied it and the school
     counselor met with her the next day. The blade was handed to SSS. Coach notes Ana is under a
     lot of stress right now because of her father's asylum hearing next month."""),
     name="Ana Cardona", grade=10,
     decision="allow", mnc=["asylum"], key="razor blade",
     mct=["swim cap case", "pool deck", "single-edge"], cats=["immigration_status"],
     tags=["allow_redact", "coach_explains_family"])

case(36, school="Madison Park Technical Vocational High School", recipient="bpd/district-e13",
     ground="serious_violence", when="2025-10-17 19:40",
     location="White Stadium, near the visitors' sideline",
     desc=P("""Varsity football vs. Burke. After an interception return Xavier ripped off his own helmet
     and swung it by the face mask at Burke's #22, hitting him in the side of the head. #22 went
     down and did not get up; the trainers stabilized him on the field and he left by ambulance.
     Burke's AD confirmed today: temporal skull fracture with a brain bleed; he was in the ICU
     overnight and is now stable. Officials ejected Xavier. Press box video attached."""),
     name="Xavier Cruz", grade=12,
     attachments=[{"kind": "video", "name": "pressbox_q3_interception.mp4"}],
     decision="allow", key="skull fracture",
     mct=["by the face mask", "skull fracture", "interception return"],
     tags=["allow_clean", "trap_face_word"])

case(37, school="Lilla G. Frederick Middle School", recipient="bpd/district-b2",
     ground="credible_threat", threat="", when="2026-03-04 15:30",
     location="Library, after-school chess club",
     desc=P("""Chess club. After losing a game Carlos told another 7th grader, "I'm going to bring
     something tomorrow and you'll see." The advisor is worried. Please advise."""),
     name="Carlos Mendes", grade=7,
     decision="deny", reason="missing_threat_statement",
     tags=["deny_threat_missing", "empty_threat_statement"])

case(38, school="New Mission High School", recipient="bpd/district-e18",
     ground="drugs", substances=["oxycodone"], when="2025-11-20 17:40",
     location="New Mission High School gym, cheer practice",
     desc=P("""Cheer practice. A flyer (K.T.) was found dizzy and slurring on the mats. She told the nurse
     that Brianna gave her "half an oxy" before practice. Brianna's bag had an orange prescription
     bottle with a pharmacy label in her mother's name containing 11 oxycodone 10 mg tablets.
     Brianna said she took them from home. The nurse gave K.T. naloxone as a precaution and EMS took
     her to Carney; she was discharged that night. The bottle was turned over to BPD."""),
     name="Brianna Fields", grade=10,
     extra={"address": "112 Westville St, Dorchester MA 02124", "squad": "Varsity cheer"},
     decision="allow", mnc=["Westville St", "Dorchester", "02124"], key="oxycodone",
     mct=["half an oxy", "on the mats", "naloxone"], cats=["neighborhood"],
     tags=["allow_redact", "structured_field"])

case(39, school="Another Course to College", recipient="bpd/district-b3",
     ground="weapon", weapon="knife", when="2025-09-12 15:50",
     location="ACC equipment room next to the gym",
     desc=L("""
     Flag football - equipment room. Coach Adeyemi found a knife (fixed blade, about 5 in., in a
     leather sheath) in the cubby labeled for #8 while handing out pinnies. #8 is Omar. Omar said it
     was his and that he "forgot it was in there". Confiscated and given to SSS. Nobody was
     threatened and Omar was calm and cooperative. Pasting the rows from the team spreadsheet so the
     AP has the parent contacts for the two boys who share that cubby:

     #	Name	Gr	Pos	Home Lang	Neighborhood	Parent Contact
     7	S. Abdullahi	10	WR	Somali	Mattapan	617-555-0190
     8	Omar Farah	11	QB	Somali	Roslindale	617-555-0117
     9	D. Joseph	9	RB	Haitian Creole	Hyde Park	617-555-0166

     (#7 and #9 had nothing to do with it, they just share the cubby.)
     """),
     name="Omar Farah", grade=11,
     decision="allow", mnc=["Somali", "Mattapan", "Roslindale", "Haitian Creole", "Hyde Park"],
     key="fixed blade", mct=["leather sheath", "cubby labeled for #8", "handing out pinnies"],
     cats=["language", "neighborhood"],
     tags=["allow_redact", "roster_paste"])

case(40, school="Mildred Avenue K-8 School", recipient="bpd/district-b3",
     ground="trespass", when="2025-10-25 10:00",
     location="Mildred Avenue K-8 School, back field",
     desc=P("""Saturday morning, Dorchester Youth Soccer teams and their parents used our back field
     without a permit; our 8th grader Kevin let them in through the back gate with a key he should
     not have had. The league coach told the custodian that several of the families are
     undocumented and afraid of police, so please keep this quiet. No damage was done."""),
     name="Kevin Barbosa", grade=8,
     decision="deny", reason="ground_not_permitted",
     mnc=["undocumented"], cats=["immigration_status"],
     tags=["deny_ground", "youth_league", "trap_league_name"])

case(41, school="Brighton High School", recipient="bpd/district-b2",
     ground="credible_threat", when="2026-01-17 14:20",
     location="Reggie Lewis Center, city indoor track championship, warm-up area",
     desc=P("""City indoor track championship. After Brighton's 4x400 was disqualified for a lane
     violation, Abdirahman confronted the Latin Academy anchor in the warm-up area and said "I'm
     coming back to the next meet with a gun and you won't finish." He repeated it to a meet
     official who stepped in. Later a teammate reported that Abdirahman had texted the team group
     "bringing the strap 2/7". Coach Obi, who has coached him three years, wrote that he is one of
     our Somali kids, very proud, never in trouble before, but she asked that we report because of
     the text."""),
     threat=P("""Abdirahman told the Latin Academy anchor, and repeated to a meet official, "I'm coming
     back to the next meet with a gun and you won't finish," and texted the team group "bringing the
     strap 2/7", the date of the next meet."""),
     name="Abdirahman Yusuf", grade=12,
     decision="allow", mnc=["Somali"], key="gun",
     mct=["4x400", "warm-up area", "bringing the strap 2/7"], cats=["ethnicity"],
     tags=["allow_redact", "coach_explains_family"])

case(42, school="Boston Green Academy", recipient="bpd/district-d14",
     ground="serious_violence", when="2025-05-06 16:20",
     location="Rogers Park softball field, Brighton",
     desc=P("""Girls' softball practice at Rogers Park. During batting practice an argument between
     Alyssa and a teammate (M.R.) about a boyfriend got loud. Alyssa walked from the on-deck circle
     to the fence where M.R. was standing and swung her aluminum softball bat, hitting M.R. in the
     back of the head. M.R. collapsed. Coach called 911. The ED note shared by the family says
     blunt force trauma with a depressed skull fracture; she was admitted to Children's for
     surgery. Alyssa stayed on the bench with the assistant coach until police arrived."""),
     name="Alyssa Moran", grade=10,
     decision="allow", key="softball bat",
     mct=["blunt force trauma", "on-deck circle", "depressed skull fracture"],
     tags=["allow_clean", "trap_sports_word"])

case(43, school="Boston Latin School", recipient="bpd/district-d4",
     ground="drugs", substances=["Juul pods", "Zyn nicotine pouches"], when="2025-10-08 16:10",
     location="Boathouse, crew practice (launch dock)",
     desc=P("""Crew (rowing) practice. The coach found a bag of Juul pods and a tin of Zyn in Liam's
     launch bag; he admitted selling pods to teammates in the boathouse."""),
     name="Liam Doherty", grade=10,
     decision="deny", reason="excluded_substance",
     tags=["deny_substance", "trap_sports_word"])

case(44, school="Jeremiah E. Burke High School", recipient="bpd/district-b3",
     ground="weapon", weapon="butterfly knife", when="2025-12-10 14:50",
     location="Room 214",
     desc=P("""Advisor note - Cape Verdean Student Association, weekly meeting, Room 214. Students were
     planning the December fundraiser. Edson (club president) was flipping a butterfly knife open
     and closed at his desk, and when another member (N.G.) told him to stop, Edson pointed it at
     him and said "mind your business." I told Edson to hand it over and he did. It is a balisong,
     about a 4 in. blade, metal handles. No one was hurt and the meeting ended early. Edson told
     the other kids in Kriolu that it was just a toy; it is not, the edge is sharp. Knife given to
     SSS Barros."""),
     name="Edson Monteiro", grade=12,
     decision="allow", mnc=["Cape Verdean", "Kriolu"], key="butterfly knife",
     mct=["Room 214", "balisong", "mind your business"], cats=["ethnicity", "language"],
     tags=["allow_redact", "trap_club_name", "advisor_note"])

case(45, school="Snowden International School", recipient="bpd/district-d4",
     ground="drugs", substances=["psilocybin mushrooms"], when="2026-02-07 06:25",
     location="Snowden International School, bus loading area (ski club trip)",
     desc=P("""Ski and snowboard club day trip. While loading the charter bus at 6:15 am a chaperone
     noticed a ziploc in the side pocket of Chloe's boot bag: dried mushrooms (about 1/8 oz) and a
     chocolate bar wrapped in foil labeled "shroom bar 4g". Chloe said she planned to share them on
     the mountain. She was not allowed on the bus and her father picked her up. Photos attached;
     the items were given to BPD D-4 at 7:30."""),
     name="Chloe Brennan", grade=11,
     attachments=[{"kind": "photo", "name": "boot_bag_contents.jpg"}],
     decision="allow", key="mushrooms",
     mct=["ski and snowboard club", "boot bag", "shroom bar 4g"],
     tags=["allow_clean", "trap_school_name"])

case(46, school="TechBoston Academy", recipient="bpd/district-c11",
     ground="serious_violence", when="2026-02-26 20:00",
     location="TechBoston Academy gym, boys' basketball playoff",
     desc=P("""After the final buzzer of the playoff game about 30 people rushed the court and a referee
     was knocked down and kicked (fractured ribs, taken to Carney). Deshawn was seen kicking him.
     We have video but cannot identify most of the others. Attached are the roster and yearbook
     headshots for our team and student section; please run them through facial recognition
     against the video so the rest of the people involved can be identified."""),
     name="Deshawn Pratt", grade=12,
     attachments=[{"kind": "photo", "name": "yearbook_headshots_gr9-12.zip"},
                  {"kind": "video", "name": "court_rush_0226.mp4"}],
     decision="deny", reason="face_surveillance",
     cats=["face_surveillance"],
     tags=["deny_face"])

case(47, school="Boston Latin School", recipient="bpd/district-d4",
     ground="weapon", weapon="switchblade", when="2026-04-15 18:30",
     location="Boston Latin School library, Spanish Honor Society induction",
     desc=P("""Spanish Honor Society induction ceremony in the library, about 80 parents and students
     attending. During the reception, Ethan and his sister's ex-boyfriend (not a BPS student, 19)
     argued by the windows. Ethan took a switchblade out of his blazer pocket and opened it; the
     man backed away and left the building. Mr. Alvarez (the society's advisor) and a parent got
     Ethan to close it and hand it over. No one was hurt. BPS school police responded; the knife
     (black handle, about 3.5 in. spring-assisted blade) is in their custody."""),
     name="Ethan Caldwell", grade=12,
     decision="allow", key="switchblade",
     mct=["blazer pocket", "spring-assisted", "by the windows"],
     tags=["allow_clean", "trap_club_name"])

case(48, school="Brighton High School", recipient="bpd/district-d14",
     ground="serious_violence", when="2026-03-05 16:45",
     location="Brighton High School boys' locker room",
     desc=L("""
     Report from the Athletic Director.

     On 3/5 after JV baseball conditioning, a 9th grade player (V.) reported to Coach Pereira that
     Diego and two other players held him down in the locker room showers and that Diego sexually
     assaulted him with a broom handle. V. was taken to Boston Children's by his mother that
     evening; the hospital performed a SANE exam and documented injuries. Per protocol a 51A was
     filed with DCF on 3/5 at 8:10 pm. The two other players have been identified and are being
     handled separately.

     Timeline as I have it from Coach Pereira and the assistant coach. Conditioning ran 2:45 to
     4:15 in the gym and on the stairs. The coaches walked the equipment back to the cage at about
     4:20 and were in the coaches' office, which is across the hall from the locker room, until
     about 4:50. V. says the assault happened around 4:30, after most of the team had left. He told
     a teammate by text at 5:40 and the teammate's mother called Coach Pereira, who called V.'s
     mother and then me. The broom came from the custodial closet inside the locker room, which
     is normally locked; the custodian says it was propped open that day. The broom has been set
     aside and nobody has touched it since 3/6.

     Diego has been removed from the team and is on emergency removal pending a hearing. The
     locker room has been closed to the team and the coaches now supervise it.

     Coach Pereira also asked about Diego's immigration paperwork - he is a DACA recipient - and
     whether this report will affect him. That question has been referred to the Office of Legal
     Advisor and is not part of this report.
     """),
     name="Diego Salazar", grade=11,
     decision="allow", mnc=["DACA", "immigration paperwork"], key="sexually assaulted",
     mct=["broom handle", "SANE exam", "51A"], cats=["immigration_status"],
     tags=["allow_redact", "locker_room", "email"])

case(49, school="Donald McKay K-8 School", recipient="bpd/district-a7",
     ground="fight", when="2025-10-19 13:00",
     location="Noyes Playground, East Boston (youth football game)",
     desc=P("""At the Sunday youth football game between the East Boston Jets and the Charlestown
     Townies, parents and players fought on the sideline after the final whistle. Our 8th grader
     Brayan threw punches; nobody was seriously hurt. The parent of another child says Brayan lives
     in Maverick Landing and "those kids start stuff"."""),
     name="Brayan Reyes", grade=8,
     decision="deny", reason="ground_not_permitted",
     mnc=["Maverick Landing"], cats=["neighborhood"],
     tags=["deny_ground", "youth_league", "rival_neighborhood"])

case(50, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="credible_threat", when="2026-02-02 22:10",
     location="Madison Park gym (girls' basketball vs. Excel); threat repeated by Instagram DM",
     desc=L("""
     From: D. Kelleher, Athletic Director
     To: Headmaster; AP Rivera
     Subject: Threat to referee after tonight's game

     All - after our 52-50 loss to Excel tonight, Jasmine (#11) was given a technical with 0:40
     left for arguing a foul call. After the game she waited by the officials' room and told the
     lead referee, Ms. K. (adult), "I know your car, I'm going to slash your face next time you do
     us like that." The referee reported it to me at 9:15.

     At 10:02 pm the referee received an Instagram DM from an account that Jasmine's teammates
     confirm is hers, with a photo of a razor and the words "next game". The assignor is pulling
     this crew of officials from our games for the rest of the season.

     The referee also told me that Jasmine was in the parking lot near her car when she left at
     about 9:30 and said nothing, just stood there. Our SSS walked the referee to her car and
     watched her leave. The referee says she has officiated our games for six years and has never
     had a player say something like this.

     I have Jasmine's written statement; she says it was "just talk" and that she was angry about
     the call. Given the DM I think we have to report. Her mother has been called and is coming in
     tomorrow at 8. Jasmine will not dress for Thursday's game.

     - Dan
     """),
     threat=P("""Jasmine told the lead referee, "I know your car, I'm going to slash your face next time
     you do us like that," and later sent her an Instagram DM with a photo of a razor and the words
     "next game"."""),
     name="Jasmine Okafor", grade=11,
     extra={"residence": {"street": "48 Mount Pleasant Ave", "zip": "02119", "housing": "BHA"}},
     decision="allow", mnc=["Mount Pleasant Ave", "02119", "BHA"], key="razor",
     mct=["officials' room", "photo of a razor", "technical"], cats=["neighborhood"],
     tags=["allow_redact", "email", "structured_field", "trap_sports_word"])

# --------------------------------------------------------------------------------------------
# 51-75
# --------------------------------------------------------------------------------------------

case(51, school="John D. O'Bryant School of Mathematics & Science", recipient="bpd/district-b2",
     ground="weapon", weapon="mace (pepper spray)", when="2025-10-02 16:00",
     location="O'Bryant practice field behind the school, girls' flag football",
     desc=P("""Girls' flag football. During a pulling drill Keisha and T.B. collided and started
     arguing. Keisha went to her backpack on the bench, took out a black canister of mace and
     sprayed T.B. in the face at close range. T.B. was screaming that she couldn't see; the coach
     rinsed her eyes with water bottles until the nurse took over. EMS evaluated T.B. and irrigated
     her eyes, and she went home with her mother. Keisha told the coach she carries it because she
     walks home through the Lenox Street development after dark."""),
     name="Keisha Daniels", grade=9,
     decision="allow", mnc=["Lenox Street"], key="mace",
     mct=["black canister", "pulling drill", "water bottles"], cats=["neighborhood"],
     tags=["allow_redact"])

case(52, school="Boston Latin Academy", recipient="bpd/district-b3",
     ground="drugs", substances=["Adderall (amphetamine), not prescribed to the student"],
     when="2026-01-10 09:30",
     location="Boston Latin Academy room 301 (debate tournament prep room)",
     desc=P("""Debate team - Saturday invitational that we hosted. A parent judge saw Priya selling orange
     pills out of an Altoids tin to two debaters from another school in the prep room. The tin held
     17 orange oval tablets marked "b 973", which the nurse identified as Adderall 20 mg. Priya has
     no prescription on file and said she gets them from a friend's brother. Both buyers' coaches
     were notified. Tablets to SSS, then to BPD."""),
     name="Priya Raman", grade=11,
     decision="allow", key="Adderall",
     mct=["Altoids tin", "b 973", "prep room"],
     tags=["allow_clean", "tournament"])

case(53, school="Charlestown High School", recipient="bpd/district-a1",
     ground="drugs", substances=["hard seltzer"], when="2026-02-14 19:00",
     location="Charlestown High School cafeteria, Lunar New Year celebration",
     desc=P("""At the Vietnamese Student Association's Lunar New Year party, Tuan and a friend were found
     with White Claw cans in a backpack behind the stage. Confiscated; parents called."""),
     name="Tuan Pham", grade=10,
     extra={"ethnicity": "Vietnamese"},
     decision="deny", reason="excluded_substance",
     mnc=["Vietnamese"], cats=["ethnicity"],
     tags=["deny_substance", "trap_club_name", "heritage_night"])

case(54, school="Dearborn STEM Academy", recipient="bpd/district-b2",
     ground="serious_violence", when="2026-03-14 12:40",
     location="Madison Park gym, FIRST Robotics district event, pit area",
     desc=P("""FIRST Robotics district event, pit area. While repairing the drivetrain, Jun and a
     teammate (L.P.) argued about whose fault the broken chain was. Jun struck L.P. on the side of
     the head with a 12-inch adjustable wrench. L.P. had a 4 cm scalp laceration and bled heavily;
     the event EMTs applied pressure and he was taken to BMC for 7 staples and a CT (no fracture).
     Jun left the pit and was found by his mentor in the bleachers. The wrench is with the event
     safety captain."""),
     name="Jun Zhou", grade=10,
     extra={"country_of_birth": "China", "nationality": "Chinese", "team_role": "drive team"},
     decision="allow", mnc=["China", "Chinese"], key="adjustable wrench",
     mct=["pit area", "4 cm scalp laceration", "7 staples"], cats=["national_origin"],
     tags=["allow_redact", "structured_field", "tournament"])

case(55, school="Boston Green Academy", recipient="bpd/district-b2",
     ground="weapon", weapon="knife", when="2025-11-08 17:30",
     location="McLaughlin Playground basketball court (after BGA intramural game)",
     desc=L("""
     Statement of student (typed by SSS as told to him, his words):

     "it was after the intramural game at mclaughlin, we was shooting around. Tavon got mad cuz D
     said he travel. Tavon went in his hoodie pocket and pulled a knife like a kitchen one with the
     black handle and was waving it at D sayin run it. D ran toward the stairs. Tavon didnt chase
     him. then coach Lee came and Tavon put it in the trash can by the court and walked off. i dont
     know if D got cut i dont think so. everybody know Tavon from the Mission Hill projects he always
     be saying that."

     SSS recovered a black-handled kitchen knife (8 in.) from the trash can at 5:50 pm.
     """),
     name="Tavon Mills", grade=11,
     decision="allow", mnc=["Mission Hill projects"], key="kitchen knife",
     mct=["trash can by the court", "hoodie pocket", "intramural game"], cats=["neighborhood"],
     tags=["allow_redact", "student_statement"])

case(56, school="TechBoston Academy", recipient="bpd/district-c11",
     ground="credible_threat", when="2025-12-03 21:20",
     location="TechBoston room 118 (esports club) and the club Discord server",
     desc=P("""Esports club. During a Valorant scrim in room 118, Samuel lost a round and slammed his
     headset. Later that evening, on the club Discord, he wrote to another member (E.G.): "tomorrow
     after club I'm bringing the piece, ur done fr" and then posted a picture of a gun tucked in a
     waistband. The club advisor, Mr. Nguyen, saw it at 9:20 pm and called the AP. The advisor
     added that Samuel's family is Eritrean and that his mother prefers to be the one called."""),
     threat=P("""On the esports club Discord Samuel wrote to another member, "tomorrow after club I'm
     bringing the piece, ur done fr," and posted a picture of a gun tucked in a waistband."""),
     name="Samuel Tesfaye", grade=10,
     decision="allow", mnc=["Eritrean"], key="gun",
     mct=["room 118", "ur done fr", "Valorant scrim"], cats=["ethnicity"],
     tags=["allow_redact", "advisor_note"])

case(57, school="Boston Latin School", recipient="bpd",
     ground="immigration_status_check", when="2026-03-02 10:00",
     location="Athletic office",
     desc=P("""Our girls' hockey team is going to a tournament in Montreal. The coach asks BPD to confirm
     whether Valentina can cross the border, since her green card is still pending and her parents
     are from Venezuela. There is no incident."""),
     name="Valentina Ríos", grade=10,
     decision="deny", reason="ground_not_permitted",
     mnc=["green card", "Venezuela"], cats=["immigration_status", "national_origin"],
     tags=["deny_ground", "away_game"])

case(58, school="Excel High School", recipient="bpd/district-c6",
     ground="weapon", weapon="knife", when="2025-09-26 18:45",
     location="Moakley Park football field, Excel bench area (home game vs. Madison Park)",
     desc=P("""During the 3rd quarter a teammate told Coach Sullivan that Jordan had a knife in his sock.
     Coach pulled Jordan to the end of the bench; Jordan lifted his pant leg and handed over a small
     fixed-blade knife in a plastic sheath. He said a kid from the other team "said something"
     during warmups. Nothing was done with the knife. Afterward a teammate told the coach that
     Jordan "runs with the Orchard Park crew" and that's why the Madison Park kids were talking.
     The knife was given to BPS police at the game."""),
     name="Jordan Pires", grade=10,
     decision="allow", mnc=["Orchard Park"], key="fixed-blade knife",
     mct=["in his sock", "plastic sheath", "3rd quarter"], cats=["gang_affiliation"],
     tags=["allow_redact", "trap_sports_word"])

case(59, school="Boston Latin School", recipient="bpd/district-e13",
     ground="serious_violence", when="2025-10-11 11:10",
     location="Franklin Park, city cross-country meet course (downhill past Scarboro Hill)",
     desc=P("""City league cross-country meet at Franklin Park. On the downhill after Scarboro Hill a
     runner from Burke (S.F.) passed Kwame, who then shoved her hard from behind with both hands on
     the steepest part. She fell face-first onto the gravel path and could not get up. Course
     marshals called EMS. Per her coach: open fracture of the left tibia, surgery at BMC that night,
     and facial abrasions. Two marshals and a spectator saw the push, and a parent's phone video
     shows it. Kwame finished the race and said that she "tripped"."""),
     name="Kwame Asante", grade=10,
     attachments=[{"kind": "video", "name": "parent_phone_scarboro.mov"}],
     decision="allow", key="open fracture",
     mct=["Scarboro Hill", "gravel path", "open fracture of the left tibia"],
     tags=["allow_clean", "trap_place_name"])

case(60, school="Brighton High School", recipient="bpd/district-d14",
     ground="credible_threat", when="2026-03-10 12:30",
     location="3rd floor bulletin board outside room 312",
     desc=P("""Someone wrote "you'll all regret it Friday" across the Muslim Student Association's iftar
     flyer. The hallway camera shows Connor at the board at 12:28. Connor denies it."""),
     name="Connor Walsh", grade=10,
     decision="deny", reason="missing_threat_statement",
     mnc=["Muslim", "iftar"], cats=["religion"],
     tags=["deny_threat_missing", "trap_club_name"])

case(61, school="Community Academy of Science and Health", recipient="bpd/district-b3",
     ground="drugs", substances=["heroin/fentanyl powder"], when="2026-02-10 16:35",
     location="BCYF Mattahunt Community Center pool, boys' locker room bathroom",
     desc=P("""Swim practice at the Mattahunt pool. A teammate found Marcus unresponsive on the floor of
     the locker room bathroom at 4:35. The lifeguard gave two doses of Narcan; he started breathing
     and EMS took him to Carney. On the floor was a folded lottery ticket with tan powder and a cut
     straw. Marcus later told the nurse it was "dope" (heroin) and that it "had fent in it". The rest
     of the powder was bagged by the lifeguard and handed to B-3 officers. The coach called his
     mother - she speaks only Arabic, so the coach used the district language line."""),
     name="Marcus Haddad", grade=11,
     decision="allow", mnc=["Arabic", "language line"], key="heroin",
     mct=["two doses of Narcan", "lottery ticket", "cut straw"], cats=["language"],
     tags=["allow_redact", "trap_sports_word"])

case(62, school="Jeremiah E. Burke High School", recipient="bpd/district-b3",
     ground="weapon", weapon="firearm", when="2026-01-09 20:05",
     location="Burke High School lobby coat rack, boys' basketball home game",
     desc=P("""During the home game vs. Brighton a parent volunteer at the coat rack saw the butt of a gun
     in the pocket of a puffer jacket. SSS Morgan secured the jacket; inside was a .22 revolver with
     5 rounds in the cylinder. The coat check ticket and the phone in the other pocket belong to
     Andre (a junior, not on the team, who was in the stands). Andre was escorted to the office; he
     said he "found it". No threats were reported. B-3 took custody of the revolver at 8:40 pm."""),
     name="Andre Lamothe", grade=11,
     extra={"sis_flags": ["504 plan", "Gang-involved (2024 school police note): Greenwood St"]},
     decision="allow", mnc=["Gang-involved", "Greenwood St"], key="revolver",
     mct=[".22 revolver", "puffer jacket", "5 rounds in the cylinder"], cats=["gang_affiliation"],
     tags=["allow_redact", "structured_field"])

case(63, school="Boston Community Leadership Academy", recipient="bpd/district-e18",
     ground="credible_threat", when="2025-04-24 15:30",
     location="Ross Playground softball field, Hyde Park",
     desc=P("""At softball practice at Ross Playground, Tatiana and the shortstop (R.C.) argued about a dropped throw. Tatiana
     said, "I'm going to stab you when you least expect it, I have the knife in my locker." Coach
     Hill searched the locker with SSS the next morning and found no knife. But at 11 pm R.C. had
     received a Snapchat from Tatiana with a photo of a steak knife and "tomorrow"."""),
     threat=P("""Tatiana told a teammate, "I'm going to stab you when you least expect it, I have the
     knife in my locker," and that night sent her a Snapchat photo of a steak knife with the word
     "tomorrow"."""),
     name="Tatiana Louis", grade=11,
     extra={"primary_language": "Haitian Creole", "parent_language": "Haitian Creole"},
     decision="allow", mnc=["Haitian Creole"], key="steak knife",
     mct=["dropped throw", "photo of a steak knife", "Ross Playground"], cats=["language"],
     tags=["allow_redact", "structured_field", "trap_place_name"])

case(64, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="vandalism", when="2025-11-01 09:00",
     location="Madison Park stadium, home bleachers",
     desc=P("""Spray paint on the home bleachers over the weekend, including what our SSS says is an
     "H-Block" tag. The camera shows Rashad and two others. Clean-up cost about $1,200."""),
     name="Rashad Bell", grade=12,
     decision="deny", reason="ground_not_permitted",
     mnc=["H-Block"], cats=["gang_affiliation"],
     tags=["deny_ground"])

case(65, school="Brighton High School", recipient="bpd/district-d14",
     ground="serious_violence", when="2026-05-08 20:30",
     location="Brighton High School auditorium, backstage hallway (talent show)",
     desc=P("""Talent show. Backstage, between acts, Josué and another performer (C.A.) argued over the
     act order. Josué grabbed a glass bottle from the props table, broke it on the radiator and
     slashed C.A. with the broken bottle across the left forearm and hand. Heavy bleeding; the stage
     crew kids got the nurse and Mr. Tran put on a tourniquet from the AED cabinet. EMS took C.A. to
     St. Elizabeth's: two tendons cut, surgery the same night. The show was stopped. Josué ran out
     the side door and was located by BPD at 9:40 pm. A note from his case worker in the file says
     Josué is an unaccompanied minor from Honduras living with a sponsor."""),
     name="Josué Martínez", grade=10,
     decision="allow", mnc=["unaccompanied minor", "Honduras"], key="tendons",
     mct=["broken bottle", "left forearm", "stage crew"], cats=["immigration_status", "national_origin"],
     tags=["allow_redact", "talent_show", "trap_sports_word"])

case(66, school="Margarita Muñiz Academy", recipient="bpd/district-e13",
     ground="weapon", weapon="knife", when="2025-09-23 16:40",
     location="Daisy Field, Olmsted Park (girls' soccer practice)",
     desc=P("""Girls' soccer practice at Daisy Field. Valeria and a teammate (I.R.) had been arguing in
     the team group chat all week. During a water break Valeria took a folding knife from her cleat
     bag, opened it and told I.R. to "keep talking". Coach Martínez stepped between them and took
     the knife. Nobody was hurt. Coach says Valeria arrived from Colombia last spring and the girls
     have been picking on her."""),
     name="Valeria Ospina", grade=9,
     decision="allow", mnc=["Colombia"], key="folding knife",
     mct=["cleat bag", "water break", "Daisy Field"], cats=["national_origin"],
     tags=["allow_redact", "coach_explains_family", "trap_school_name"])

case(67, school="East Boston High School", recipient="bpd/district-a7",
     ground="drugs", substances=["marijuana", "cocaine"], when="2025-10-24 19:10",
     location="East Boston High School stadium, under the home bleachers",
     desc=P("""During the JV football game SSS saw three students smoking under the bleachers. Kenny had a
     half-smoked blunt and, in his jacket, 6 small baggies of white powder. Kenny first said the
     powder was "just for me and my boys", then said it was coke. The blunt and the baggies were
     turned over to A-7 officers at the field; a field test on one bag was positive for cocaine. The
     other two students had nothing on them."""),
     name="Kenny Ferreira", grade=11,
     decision="allow", key="cocaine",
     mct=["under the bleachers", "6 small baggies", "half-smoked blunt"],
     tags=["allow_clean", "mixed_substances", "trap_sports_word"])

case(68, school="Boston Latin School", recipient="securitas/td-garden",
     ground="weapon", weapon="knife", when="2026-03-07 14:00",
     location="TD Garden, Gate A entrance (state basketball semifinal)",
     desc=P("""Arena security found a folding knife in Mark's bag at the Gate A entrance before the state
     semifinal. Their supervisor asked us for a copy of our school report for their file."""),
     name="Mark Sullivan", grade=12,
     decision="deny", reason="recipient_not_permitted",
     tags=["deny_recipient", "tournament"])

case(69, school="Jeremiah E. Burke High School", recipient="bpd/district-b3",
     ground="credible_threat", when="2026-05-15 21:30",
     location="Snapchat, the night before Heritage Night at the Burke",
     desc=P("""Heritage Night prep. Stéphanie, one of the organizers from the Haitian Student
     Association, argued with her ex-boyfriend (E.D., grade 12) while they set up the cafeteria. At
     9:30 pm she sent him a Snapchat video of a handgun on her lap, saying "come to the show
     tomorrow, I dare you, I'll empty it." E.D.'s mother called the principal's cell. SSS and the AP
     met Saturday morning; the event went ahead with a BPD detail present."""),
     threat=P("""Stéphanie sent her ex-boyfriend a Snapchat video of a handgun on her lap, saying "come to
     the show tomorrow, I dare you, I'll empty it," the night before the school event."""),
     name="Stéphanie Duval", grade=11,
     decision="allow", mnc=["Haitian"], key="handgun",
     mct=["Heritage Night", "on her lap", "I'll empty it"], cats=["ethnicity"],
     tags=["allow_redact", "heritage_night", "trap_club_name"])

case(70, school="Boston Latin Academy", recipient="bpd/district-b3",
     ground="weapon", weapon="knife", when="2025-11-15 10:30",
     location="Boston Latin Academy band room",
     desc=L("""
     Band director's report - Saturday rehearsal for the Thanksgiving parade.

     At about 10:30 Tyler, who plays snare on the drumline, was unpacking his stick bag in the band
     room when the section leader saw a hunting knife inside it: fixed blade, about 6 inches, camo
     handle, in a nylon sheath. The section leader came and told me quietly. I asked Tyler to come
     to my office with the bag and he handed the knife over without arguing.

     Tyler first said he brought it to cut drumhead tape and forgot it was in the bag. After he left
     my office, one of our bass drummers (R.M.) told me that earlier in the morning Tyler had said,
     in front of the drumline, "if R. messes up the cadence again I'm cutting his straps and him."
     R.M. said he laughed it off at the time but was scared when he heard about the knife. Two other
     drumline members confirmed Tyler said it.

     I called the AP and SSS; the knife is in the main office safe. Tyler's parents came at 11:45
     and took him home. The rest of the band finished rehearsal. I have written statements from the
     section leader, R.M. and the two others and will bring them in Monday. No one was hurt and
     nobody saw the knife out of the bag.
     """),
     name="Tyler Quinn", grade=10,
     decision="allow", key="hunting knife",
     mct=["drumline", "stick bag", "camo handle"],
     tags=["allow_clean", "long", "advisor_note", "trap_sports_word"])

case(71, school="Charlestown High School", recipient="bpd/district-a1",
     ground="weapon", weapon="knife", when="2026-03-25 15:15",
     location="Charlestown High School gym lobby (volleyball game)",
     desc=P("""During the volleyball game a knife was found on the floor of the gym lobby. The new camera
     system flagged the person who dropped it and its face recognition returned a 94% match to
     Marcus from the student ID photo database. The match report is attached."""),
     name="Marcus Flynn", grade=11,
     attachments=[{"kind": "face_match", "name": "lobby_cam_match_0325.pdf"}],
     decision="deny", reason="face_surveillance",
     mnc=["94% match"], cats=["face_surveillance"],
     tags=["deny_face"])

case(72, school="Excel High School", recipient="bpd/district-d14",
     ground="serious_violence", when="2026-02-21 17:35",
     location="Bus 22, Cambridge St at Harvard Ave, Allston (return from away game at Brighton High School)",
     desc=L("""
     BOYS' VARSITY BASKETBALL - BUS LOG
     Bus 22 (yellow school bus), 14 players, Coach Reid and Asst. Coach Lopes

     4:10  Depart Excel for Brighton HS
     4:55  Arrive Brighton
     5:20  Depart Brighton (W 61-55)
     5:35  On Cambridge St, yelling from row 9. Asst. Coach Lopes saw Jermaine standing over teammate
           P.K. and punching him repeatedly in the face; P.K. had his hands up. Coach pulled
           Jermaine off.
     5:36  Driver pulled over at Cambridge St & Harvard Ave. P.K. bleeding from the mouth, said his
           jaw "clicked" and he could not close it.
     5:41  911 called. D-14 officers and EMS on scene 5:50.
     5:58  P.K. to St. Elizabeth's by ambulance with Coach Lopes.
     6:05  Jermaine moved to the front seat; officers spoke with him, he said P.K. had "been talking".
     6:12  Officers cleared the bus to leave. Coach Reid rode in the front with Jermaine.
     6:40  Bus back at Excel. All parents called. Jermaine's father picked him up; he was told
           Jermaine may not attend practice until the AP meets with them.
     6:55  Coach Reid spoke with the driver, who saw the fight in his mirror and confirms the
           times above.

     Update 2/22: P.K.'s father says fractured jaw in two places, wired shut, out for the season.
     """),
     name="Jermaine Baptiste", grade=11,
     decision="allow", key="fractured jaw",
     mct=["row 9", "Cambridge St & Harvard Ave", "fractured jaw in two places"],
     tags=["allow_clean", "bus_log", "away_game", "trap_place_name"])

case(73, school="TechBoston Academy", recipient="bpd/district-c11",
     ground="weapon", weapon="knife", when="2025-10-18 11:20",
     location="Town Field, Dorchester (Dorchester Youth Soccer U12 game)",
     desc=P("""This happened at a Saturday Dorchester Youth Soccer game at Town Field, where Kelvin
     volunteers as a linesman for the U12 division for his community service hours. A U12 parent
     argued with him about an offside call and shoved him. Kelvin pulled a folding knife from his
     pocket, opened it and held it toward the parent, saying "touch me again." The league director
     and another parent separated them; Kelvin closed the knife and walked away, and handed it to
     the league director, who gave it to C-11 officers when they arrived. Nobody was cut. The league
     director notes that Kelvin takes two buses from his home in Hyde Park to get there."""),
     name="Kelvin Rosario", grade=11,
     decision="allow", mnc=["Hyde Park"], key="folding knife",
     mct=["Town Field", "Dorchester Youth Soccer", "offside call"], cats=["neighborhood"],
     tags=["allow_redact", "youth_league", "trap_league_name", "trap_place_name"])

case(74, school="Boston Latin School", recipient="bpd/district-d4",
     ground="drugs", substances=["vape (contents unknown)"], when="2026-03-12 16:30",
     location="Boston Latin School dance studio, Irish step team practice",
     desc=P("""At Irish step team practice before the St. Patrick's performance, Siobhan was caught using
     a vape in the dressing room. The device is unmarked; we don't know if it is nicotine or THC."""),
     name="Siobhan Keane", grade=11,
     decision="deny", reason="excluded_substance",
     tags=["deny_substance", "trap_club_name"])

case(75, school="The English High School", recipient="bpd/district-b2",
     ground="drugs", substances=["fentanyl"], when="2025-12-27 15:00",
     location="Madison Park gym, Holiday Classic tournament, team bench",
     desc=P("""Boys' varsity, Holiday Classic tournament. During warmups Angel's gym bag tipped over next
     to the bench and a teammate saw a digital scale and a ziploc of small glassine bags. Coach Baez
     took the bag to the tournament office with SSS. Inside: 32 glassine bags stamped "SUPERMAN" in
     blue, the digital scale and $410. Angel said it was fentanyl and that he was "just holding it".
     B-2 officers took custody at 3:40 pm."""),
     name="Angel Batista", grade=12,
     extra={"parent_guardian": {"name": "Yesenia R.", "relationship": "mother",
                                "country_of_birth": "Dominican Republic",
                                "preferred_language": "Spanish", "phone": "617-555-0178"}},
     decision="allow", mnc=["Dominican Republic", "Spanish"], key="fentanyl",
     mct=["digital scale", "SUPERMAN", "32 glassine bags"], cats=["national_origin", "language"],
     tags=["allow_redact", "structured_field", "tournament", "trap_school_name"])

# --------------------------------------------------------------------------------------------
# 76-100
# --------------------------------------------------------------------------------------------

case(76, school="Boston Latin School", recipient="bpd/district-d4",
     ground="credible_threat", when="2026-01-24 20:50",
     location="E-mail from a school account to a tournament judge, after the Boston Invitational",
     desc=P("""After losing in the quarterfinals at the Boston Invitational, Arjun sent an email from his
     school account to the judge (a parent volunteer from another school): "You robbed me. I know
     what you drive and I'll be waiting at the next tournament with something that will make sure
     you never judge again." The judge forwarded it to our coach at 8:50 pm. IT checked his school
     laptop under the acceptable use policy: at 9:15 pm it shows searches for "how to buy a gun in
     NH without license". Coach Patel noted that Arjun is under a lot of pressure: his father is in
     the country on an H-1B visa and was just laid off."""),
     threat=P("""Arjun emailed the judge: "You robbed me. I know what you drive and I'll be waiting at the
     next tournament with something that will make sure you never judge again," and that night
     searched on his school laptop for how to buy a gun in New Hampshire without a license."""),
     name="Arjun Mehta", grade=12,
     decision="allow", mnc=["H-1B"], key="gun",
     mct=["quarterfinals", "never judge again", "without license"], cats=["immigration_status"],
     tags=["allow_redact", "coach_explains_family", "tournament"])

case(77, school="Snowden International School", recipient="bpd/district-d4",
     ground="weapon", weapon="knife", when="2026-03-13 13:10",
     location="Snowden International School, 2nd floor lobby (club bake sale table)",
     desc=P("""Club advisor note. Yasmin and two other members of the Muslim Student Association were
     running a bake sale in the 2nd floor lobby, right after Jumu'ah prayer in Room 215. A student
     (not a member) knocked the cash box off the table; Yasmin took a folding knife out of her tote
     bag, opened it, and followed him a few steps saying "pick it up." He picked it up and left. I
     took the knife from her (silver, 3 in. blade). No one was hurt."""),
     name="Yasmin Hassan", grade=10,
     decision="allow", mnc=["Muslim", "Jumu'ah"], key="folding knife",
     mct=["bake sale", "cash box", "tote bag"], cats=["religion"],
     tags=["allow_redact", "trap_club_name", "advisor_note", "trap_school_name"])

case(78, school="Brighton High School", recipient="bpd/district-d14",
     ground="credible_threat", when="2025-09-20 08:15",
     location="Community rowing boathouse, launch dock",
     desc=P("""Novice girls' crew. After seat racing, Hailey told the coxswain she would "push her off the
     dock and hold her under". The coach is concerned. Please advise."""),
     name="Hailey Burke", grade=9,
     decision="deny", reason="missing_threat_statement",
     tags=["deny_threat_missing", "trap_sports_word"])

case(79, school="Boston International Newcomers Academy", recipient="bpd/district-e13",
     ground="serious_violence", when="2026-01-20 16:40",
     location="BCYF Curtis Hall pool, Jamaica Plain",
     desc=P("""Swim practice at Curtis Hall. During free swim at the end, Moussa held a teammate (B.S., a
     weaker swimmer) under the water in the deep end for what the lifeguard estimated at 20-30
     seconds while B.S. struggled. The lifeguard jumped in. B.S. was coughing up water and
     confused; EMS took him to Faulkner, where he was admitted overnight for aspiration pneumonia.
     Moussa said it was "a joke". Teammates said Moussa had told B.S. in the locker room earlier
     that he "would drown him" for laughing at him. Coach added that Moussa is in our SLIFE program
     and has only been swimming with us since November."""),
     name="Moussa Diallo", grade=10,
     decision="allow", mnc=["SLIFE"], key="aspiration pneumonia",
     mct=["deep end", "20-30 seconds", "would drown him"], cats=["language"],
     tags=["allow_redact", "trap_school_name", "trap_place_name"])

case(80, school="Boston International Newcomers Academy", recipient="bpd/district-c11",
     ground="weapon", weapon="knife", when="2025-10-07 15:20",
     location="Ronan Park, after-school soccer club",
     desc=P("""After-school soccer club at Ronan Park. Two players started arguing about a foul. Erick
     took a kitchen paring knife (3 in.) out of his backpack and swung it once toward the other
     player's stomach; it missed. Coach Haddad grabbed Erick's wrist and took the knife. The other
     player ran to the sidewalk. No injury. C-11 officers responded. Erick told the coach that in El
     Salvador he had to carry one. He has been in the country 5 months and his asylum case is
     pending."""),
     name="Erick Alvarado", grade=9,
     decision="allow", mnc=["El Salvador", "in the country 5 months", "asylum"], key="paring knife",
     mct=["Ronan Park", "toward the other player's stomach", "grabbed Erick's wrist"],
     cats=["national_origin", "immigration_status"],
     tags=["allow_redact", "trap_school_name"])

case(81, school="Boston Community Leadership Academy", recipient="bpd/district-e18",
     ground="harassment", when="2026-01-29 18:00",
     location="BCLA gym, girls' basketball practice",
     desc=P("""During practice Kayla pulled off a teammate's hijab and then posted a video in the team
     group chat mocking her and calling her a "Somali pirate". No physical injury. Handled under the
     code of conduct; we are reporting because the family asked."""),
     name="Kayla Brennan", grade=10,
     decision="deny", reason="ground_not_permitted",
     mnc=["hijab", "Somali"], cats=["religion", "ethnicity"],
     tags=["deny_ground"])

case(82, school="Charlestown High School", recipient="bpd/district-a1",
     ground="credible_threat", when="2025-05-20 18:00",
     location="Ryan Playground baseball field, Charlestown (home dugout)",
     desc=P("""Varsity baseball vs. East Boston. In the 4th inning East Boston's coach accused our runner
     on second of stealing signs and relaying them. After the inning Nathan said in our dugout,
     loud enough for the East Boston bench to hear: "I got a gun in my car, say stealing signs one
     more time and see what happens after the game." The umpire stopped the game. SSS searched
     Nathan's car in the lot with the AP and his father present; no gun was found, but an empty
     holster and a box of 9mm ammunition were in the glove compartment. The game was
     suspended."""),
     threat=P("""In the dugout during the game Nathan said loudly to the opposing bench, "I got a gun in my
     car, say stealing signs one more time and see what happens after the game"; a search of his
     car found an empty holster and a box of 9mm ammunition."""),
     name="Nathan Rourke", grade=12,
     decision="allow", key="gun",
     mct=["stealing signs", "empty holster", "glove compartment"],
     tags=["allow_clean", "trap_sports_word", "rival_schools"])

case(83, school="Josiah Quincy Upper School", recipient="bpd/district-a1",
     ground="drugs", substances=["LSD"], when="2026-04-01 15:20",
     location="Josiah Quincy Upper School room 402 (anime club)",
     desc=P("""Anime club meeting. A member told the advisor that Daniel was offering "tabs" in the back of
     the room. Daniel emptied his pockets: a small sheet of blotter paper with 8 squares printed
     with a cartoon cat, in a foil packet. He said it was acid (LSD) he bought online and that no one
     had taken any. The advisor called the AP; the blotter went to SSS and then to A-1."""),
     name="Daniel Cho", grade=11,
     extra={"ethnicity": "Asian - Korean", "clubs": ["Anime club", "Robotics"]},
     decision="allow", mnc=["Korean"], key="LSD",
     mct=["anime club", "blotter paper", "cartoon cat"], cats=["ethnicity"],
     tags=["allow_redact", "structured_field"])

case(84, school="Madison Park Technical Vocational High School", recipient="commonwealth-fusion-center",
     ground="drugs", substances=["fentanyl"], when="2025-12-12 16:00",
     location="Madison Park football locker room",
     desc=P("""The fusion center analyst requested our report: during off-season lifting Rico had 10
     fentanyl bags in his locker. Coach believes Rico is in the Lucerne crew."""),
     name="Rico Santos", grade=11,
     decision="deny", reason="recipient_not_permitted",
     mnc=["Lucerne"], cats=["gang_affiliation"],
     tags=["deny_recipient", "trap_sports_word"])

case(85, school="East Boston High School", recipient="bpd/district-a7",
     ground="serious_violence", when="2025-08-28 18:30",
     location="East Boston High School football locker room (preseason camp)",
     desc=P("""Preseason football camp. Four seniors held down a freshman (R.V.) on the locker room floor
     for an "initiation"; Brandon knelt on his chest and punched his ribs over and over while the
     others held his arms. R.V. had trouble breathing and his father took him to MGH: three
     fractured ribs and a partially collapsed lung. Coach notes that the seniors had nicknamed R.V.
     "Papi" because he is Dominican, and that older players say the initiation "happens every
     year". All four have been removed from the team."""),
     name="Brandon Kowalczyk", grade=12,
     decision="allow", mnc=["Dominican"], key="fractured ribs",
     mct=["three fractured ribs", "collapsed lung", "initiation"], cats=["ethnicity"],
     tags=["allow_redact", "locker_room", "trap_school_name"])

case(86, school="Boston Latin Academy", recipient="bpd/district-e13",
     ground="drugs", substances=["rum"], when="2026-04-25 11:30",
     location="Franklin Park, Key Club cleanup day",
     desc=P("""At the Key Club cleanup the advisor found rum mixed into a Gatorade bottle in Zoe's bag.
     Zoe lives at Orchard Gardens and walked over with friends."""),
     name="Zoe Winters", grade=10,
     decision="deny", reason="excluded_substance",
     mnc=["Orchard Gardens"], cats=["neighborhood"],
     tags=["deny_substance", "trap_club_name"])

case(87, school="TechBoston Academy", recipient="bpd/district-c11",
     ground="suspicious_activity", when="2026-04-14 16:00",
     location="Practice field behind TechBoston Academy",
     desc=P("""The coach saw two students filming our practice from the fence and wants BPD to check them.
     One of them is Minh (grade 10). The coach says Minh's friend group is "all the Vietnamese kids
     from Fields Corner"."""),
     name="Minh Tran", grade=10,
     extra={"ethnicity": "Vietnamese"},
     decision="deny", reason="ground_not_permitted",
     mnc=["Vietnamese", "Fields Corner"], cats=["ethnicity", "neighborhood"],
     tags=["deny_ground", "structured_field"])

case(88, school="The English High School", recipient="bpd/district-e13",
     ground="weapon", weapon="stun gun", when="2026-02-06 19:25",
     location="English High School gym lobby, Boosters concession stand",
     desc=L("""
     From: Athletic Director, The English High School
     To: Principal; AP for Student Support; SSS Supervisor
     Re: Stun gun at the concession stand, Friday 2/6 (boys' basketball vs. Charlestown)

     Summary of what I know as of Saturday morning.

     Jonathan volunteers at the Boosters concession stand on home game nights. At about 7:25,
     during halftime, the line got long and a Charlestown student (visitor, K.M.) cut in front. Words
     were exchanged across the counter. Two Boosters parents and the English department teacher
     who was supervising the stand all say that Jonathan reached under the counter, came around the
     side with a black stun gun and pressed it to K.M.'s neck. Witnesses heard it crackle twice.

     K.M. dropped to one knee and then got up; she had two small burn marks on the left side of her
     neck. Our nurse was at the game and looked at her right away; EMS evaluated her in the lobby.
     Her mother declined transport and took her home, and has told the Charlestown AD she wants it
     reported.

     SSS took the stun gun (about 6 in., rechargeable, "800,000 volts" printed on it) from Jonathan
     at the stand; he did not resist. He said he keeps it for walking home after late games. It is
     locked in the SSS office. Jonathan was sent home with his mother.

     A note for whoever handles the hearing: Jonathan is an English learner (ELD level 2) and his
     mother needed an interpreter for last night's call; please arrange one for the meeting.

     I will have the Boosters parents' written statements Monday.
     """),
     name="Jonathan Pérez", grade=10,
     decision="allow", mnc=["English learner", "ELD level 2", "interpreter"], key="stun gun",
     mct=["concession stand", "two small burn marks", "800,000 volts"], cats=["language"],
     tags=["allow_redact", "long", "email", "trap_school_name"])

case(89, school="Fenway High School", recipient="bpd/district-d4",
     ground="drugs", substances=["counterfeit alprazolam (Xanax) bars"], when="2026-03-03 15:10",
     location="Fenway High School athletics lockers, locker 112",
     desc=P("""Ultimate frisbee club. After a player (G.H.) was found drowsy at practice, the club advisor
     asked for a locker check. In locker 112, assigned to Isabella, SSS found a pill bottle with 23
     white bars stamped "S 90 3" (sold as Xanax; the district nurse says these are often counterfeit
     and may contain fentanyl). G.H. told the nurse he had taken "half a bar from Bella" before
     practice; EMS evaluated him and he went home with a parent. Isabella admitted selling them."""),
     name="Isabella Crowley", grade=11,
     decision="allow", key="Xanax",
     mct=["locker 112", "S 90 3", "half a bar from Bella"],
     tags=["allow_clean"])

case(90, school="Brighton High School", recipient="bpd/district-d14",
     ground="credible_threat", when="2026-02-11 07:30",
     location="Brighton High School weight room (before school)",
     desc=P("""Before school, at the weekly Fellowship of Christian Athletes huddle in the weight room,
     Christian got into an argument with a football teammate (J.A.) about something J.A. posted.
     Christian said, in front of about 12 students and the faculty sponsor, "I'm going to bring my
     stepdad's gun Friday and shoot you in the parking lot after practice." Then he left. The faculty
     sponsor reported it to the AP at 7:45. A teammate later told SSS that Christian had sent him a
     photo of a revolver last week. Christian's stepfather confirmed by phone that he keeps a
     licensed revolver at home."""),
     threat=P("""Christian told a football teammate, in front of about 12 students and a faculty sponsor,
     "I'm going to bring my stepdad's gun Friday and shoot you in the parking lot after practice";
     his stepfather confirmed he keeps a licensed revolver at home."""),
     name="Christian Alves", grade=11,
     decision="allow", mnc=["Christian Athletes"], key="revolver",
     mct=["weight room", "parking lot after practice", "photo of a revolver"], cats=["religion"],
     tags=["allow_redact", "trap_name", "trap_club_name"])

case(91, school="Community Academy of Science and Health", recipient="bpd/district-c11",
     ground="weapon", weapon="airsoft pistol", when="2025-09-30 14:00",
     location="CASH gym, team photo day",
     desc=P("""Team photo day. Devonte brought an airsoft pistol (black, orange tip painted over) to pose
     with in the football team photo. The coach took it before the photo. Devonte lives in
     Bowdoin-Geneva and said he carries it on the walk."""),
     name="Devonte Clarke", grade=12,
     decision="deny", reason="other",
     mnc=["Bowdoin-Geneva"], cats=["neighborhood"],
     tags=["deny_replica"])

case(92, school="Boston Green Academy", recipient="bpd/district-d14",
     ground="drugs", substances=["delta-8 THC gummies"], when="2026-05-02 09:10",
     location="Track team bus to the Saturday invitational",
     desc=P("""The coach found a bag of delta-8 THC gummies that Maya was handing out to teammates on
     the bus to the meet. About 20 gummies left in the bag."""),
     name="Maya Sullivan", grade=10,
     decision="deny", reason="excluded_substance",
     tags=["deny_substance", "away_game"])

case(93, school="Snowden International School", recipient="bpd/district-a1",
     ground="weapon", weapon="knife", when="2025-05-12 16:10",
     location="Charlesbank tennis courts (girls' tennis practice)",
     desc=P("""Girls' tennis practice. After losing a challenge match for the #2 singles spot, Luana threw
     her racket, then took a small knife out of her racket bag and cut through the strings of her
     opponent's (F.O.) racket, held the knife up and told F.O. "you're next". F.O. backed away; Coach
     Kim told Luana to drop it and she did. Knife: folding, 2.5 in. blade, pink handle. Nobody was
     hurt."""),
     name="Luana Fortes", grade=10,
     extra={"country_of_birth": "Cabo Verde", "ell_status": "Former EL (exited 2023)"},
     decision="allow", mnc=["Cabo Verde", "Former EL"], key="pink handle",
     mct=["racket bag", "challenge match", "you're next"], cats=["national_origin", "language"],
     tags=["allow_redact", "structured_field", "trap_school_name"])

case(94, school="Boston Community Leadership Academy", recipient="bpd/district-e18",
     ground="fight", when="2026-01-31 15:00",
     location="BCYF Hyde Park Community Center gym (rec league basketball)",
     desc=P("""The Hyde Park vs. Mattapan rec league game ended in a fight. Tyler (our 10th grader)
     punched an opponent; no serious injuries (a bloody lip). A league volunteer told us Tyler's
     family has "no papers" and asked us to handle it internally."""),
     name="Tyler Mendes", grade=10,
     decision="deny", reason="ground_not_permitted",
     mnc=["no papers"], cats=["immigration_status"],
     tags=["deny_ground", "rival_neighborhood", "youth_league"])

case(95, school="Dearborn STEM Academy", recipient="bpd/district-b2",
     ground="drugs", substances=["fentanyl"], when="2026-03-18 15:30",
     location="Dearborn STEM Academy athletic trainer's room",
     desc=P("""The student manager for boys' soccer, Farid, was seen by the athletic trainer hiding a
     folded foil packet in the tape drawer next to the ice bin. The trainer opened it: blue powder.
     Five more packets and a bent spoon with residue were in Farid's backpack. Farid said it was
     "fenty" (fentanyl) that he had been asked to hold. B-2 notified and took custody."""),
     name="Farid Noori", grade=10,
     extra={"immigration": {"status": "Refugee", "country": "Afghanistan"}, "team_role": "manager"},
     decision="allow", mnc=["Refugee", "Afghanistan"], key="fentanyl",
     mct=["tape drawer", "ice bin", "blue powder"], cats=["immigration_status", "national_origin"],
     tags=["allow_redact", "structured_field", "trap_sports_word"])

case(96, school="Josiah Quincy Upper School", recipient="bpd/district-a1",
     ground="credible_threat", when="2026-02-12 17:00",
     location="Josiah Quincy Upper School auditorium stairwell (Lunar New Year show rehearsal)",
     desc=P("""Rehearsal for the Lunar New Year show. Kevin was dropped from the finale. In the stairwell
     he told the student director (A.W.), "I'll bring a knife to the show and cut you in front of
     everyone, I'm not playing," and then showed her a box cutter in his backpack. A.W. told the
     advisor. SSS found the box cutter in his backpack and took it."""),
     threat=P("""Kevin told the student director, "I'll bring a knife to the show and cut you in front of
     everyone, I'm not playing," and showed her a box cutter in his backpack."""),
     name="Kevin Wong", grade=8,
     extra={"activities": ["Chinese Student Association (board)", "Math team"]},
     decision="allow", mnc=["Chinese"], key="box cutter",
     mct=["stairwell", "the finale", "I'm not playing"], cats=["ethnicity"],
     tags=["allow_redact", "structured_field", "trap_club_name"])

case(97, school="Dearborn STEM Academy", recipient="bpd/district-b2",
     ground="weapon", weapon="knife", when="2025-10-30 17:15",
     location="Malcolm X Park soccer field (boys' soccer vs. Burke)",
     desc=P("""Boys' soccer vs. Burke at Malcolm X Park. After the final whistle both teams were lining up
     to shake hands, ours in the maroon away jerseys, still doing the "Stangs up" hand sign we do
     after every win. Jalen got into a shouting match with a Burke player in the handshake line,
     pulled a folding knife from his warmup jacket and held it at his side with the blade open.
     Coach Osei stepped in and took it. No one was hurt. Knife given to B-2 officers at 5:40."""),
     name="Jalen Price", grade=11,
     decision="allow", key="folding knife",
     mct=["maroon away jerseys", "Stangs up", "warmup jacket"],
     tags=["allow_clean", "team_colours"])

case(98, school="East Boston High School", recipient="bpd",
     ground="information_request", when="2026-01-15 09:00",
     location="East Boston High School athletic office",
     desc=P("""An officer working the detail at the Jan 10 hockey game asked the coach what Carlos's
     status is. The coach says Carlos has Temporary Protected Status and that the family is from
     Honduras. Sending to BPD to answer the officer's question. No incident occurred."""),
     name="Carlos Reyes", grade=11,
     decision="deny", reason="ground_not_permitted",
     mnc=["Temporary Protected Status", "Honduras"], cats=["immigration_status", "national_origin"],
     tags=["deny_ground", "trap_school_name"])

case(99, school="Madison Park Technical Vocational High School", recipient="bpd/district-b2",
     ground="serious_violence", when="2026-03-28 12:50",
     location="Madison Park varsity field, Malcolm X Blvd side (spring 7-on-7 tournament)",
     desc=L("""
     From: Athletic Director
     To: Headmaster, Office of Safety Services
     Subject: Stabbing at the 7-on-7 tournament - Saturday 3/28

     I am putting everything in one place for the report. Sorry for the length; I would rather
     give you too much than have to go back to the coaches a third time.

     Background. This was the first Saturday of the spring 7-on-7 passing league. Fields 1 and 2
     were in use from 9 am. Each team brought one coach per eight players. We had our SSS detail
     (two officers from Safety Services) at the main gate and one BPD detail officer on Malcolm X
     Blvd. Bags were allowed on the benches; we do not search bags at 7-on-7 events.

     What happened. We hosted the spring 7-on-7 passing tournament (eight teams: four BPS schools
     and four youth club teams). At about 12:50, after our game against the Mattapan Patriots youth
     club, there was pushing in the handshake line. Darnell (our junior, WR) walked to the team
     benches, took a steak knife from the side pocket of his backpack and came back. He stabbed one
     of the Patriots players (17, not a BPS student) once in the left flank, then ran toward the
     Malcolm X Blvd gate. Coaches from both teams tackled him at the gate and held him until B-2
     officers arrived at 12:58.

     Injury. The injured player was conscious; our trainer packed the wound. EMS took him to BMC.
     His coach called me at 4 pm: the knife punctured his lung, he has a chest tube and is in the
     surgical ICU but is expected to recover.

     Evidence. The knife (steak knife, serrated, wooden handle, about 5 in. blade) was dropped at
     the gate; Officer Doyle took it. The tournament livestream camera on the press box recorded
     the stabbing; I have saved the file. Witnesses: Coach Reyes, Coach Lambert (Patriots), our
     trainer Ms. Okoro, and two parents.

     Other information the coaches gave me. I am including this only because the Headmaster asked
     for everything: Coach Reyes says Darnell's mother is from Jamaica and the family lives off Blue
     Hill Ave near Grove Hall; and that Darnell's older brother is known to run with the Elmcrest
     boys and the Patriots player may know the brother. I have no way to confirm any of that.

     Afterward. The tournament was stopped at 1:05 and all teams sent home by 1:40. Our players
     were kept in the gym until their parents arrived, and the counselor on call talked with the
     boys who saw it. Field 1 was taped off until the officers finished.

     Darnell is on emergency removal. His mother has been notified. I have told the other three
     BPS schools what happened and that the league is suspended until we review bag policy.
     """),
     name="Darnell Wright", grade=11,
     attachments=[{"kind": "video", "name": "7on7_livestream_field1_1245-1300.mp4"},
                  {"kind": "document", "name": "witness_list_0328.docx"}],
     decision="allow", mnc=["Jamaica", "Blue Hill Ave", "Grove Hall", "Elmcrest"], key="steak knife",
     mct=["left flank", "chest tube", "7-on-7"],
     cats=["national_origin", "neighborhood", "gang_affiliation"],
     tags=["allow_redact", "long", "email", "tournament", "youth_league", "trap_place_name"])

case(100, school="Charlestown High School", recipient="bpd/district-a1",
     ground="weapon", weapon="knife", when="2026-04-18 10:40",
     location="Ryan Playground, Charlestown (girls' rugby club practice)",
     desc=P("""Girls' rugby club, Saturday practice on the rugby pitch at Ryan Playground. Amina and a
     teammate (C.O.) argued during a ruck drill. At the water break Amina took a folding knife from
     her bag, opened it and said "touch me again in the ruck and I'll use it." Coach Barrett took the
     knife. No one was hurt. Amina said she carries it because men harass her on the walk home from
     her mosque on Saturdays."""),
     name="Amina Jalloh", grade=11,
     decision="allow", mnc=["mosque"], key="folding knife",
     mct=["rugby pitch", "ruck drill", "touch me again in the ruck"], cats=["religion"],
     tags=["allow_redact", "trap_sports_word"])


def main():
    assert len(CASES) == 100, len(CASES)
    assert [c["id"] for c in CASES] == ["OBN-%04d" % i for i in range(1, 101)]
    for c in CASES:
        self_check(c)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    n_deny = sum(c["expect"]["decision"] == "deny" for c in CASES)
    print(f"wrote {len(CASES)} cases ({len(CASES) - n_deny} allow, {n_deny} deny) to {OUT}")


if __name__ == "__main__":
    main()
