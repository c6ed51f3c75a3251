#!/usr/bin/env python3
"""Generate the held-out corpus ``tests/data/corpus/outsider_n.jsonl`` (120 cases, ON-0001 .. ON-0120).

Run from the project root:  python tests/corpus/make_outsider_n.py

Written blind by an outside author. The only files read to write it were
/work/shared/domain/RULES.md, /work/shared/domain/CONTRACT.md, /work/shared/tools/corpus-brief.md,
/work/shared/tools/validate_corpus.py, /work/shared/tools/score_corpus.py and the line format (only) of
/work/shared/corpus/public2.jsonl. Nothing of the service's code, policies, tests or other corpora was
read, and the service was never run against these cases. Every person, street, housing development,
crew, church, mosque and business below is invented; Boston neighbourhoods and BPS school names are real.
Deterministic, standard library only.

Tags: first tag = genre (who wrote the text), second tag = outcome; further tags: ``long`` (description
of 1,000-3,000 characters), ``trap`` (words that look forbidden but are incident facts or ordinary
school life and must stay), ``dodge`` (homoglyphs, spaced or dotted letters, zero-width characters,
misspellings, full-width letters), ``structured_field`` (a forbidden value in an unknown student field).

Genres:
  substitute      a substitute teacher with poor grammar
  ap_notes        a hurried assistant principal: fragments and abbreviations
  liaison         the school police liaison's own summary
  youth_worker    a youth worker / mentor, informal, sometimes texting
  sped_chair      a special-education team chair (IEP / MDR language)
  cafeteria       a cafeteria manager
  custodian       a custodian
  parent_complaint  a parent's complaint forwarded in full, with an AP note
  student_statement a student's handwritten statement transcribed with its spelling
  codeswitch      a bilingual staff member switching languages mid-sentence (Spanish, Haitian Creole,
                  Cape Verdean Creole, Portuguese, Vietnamese, Chinese, Arabic, Somali, Russian, French)
  minutes         meeting minutes
  structured      CSV with odd headers, key=value dumps, nested JSON-as-text, form checkboxes

Outcomes:
  allow_redact        allowed; forbidden facts present that must be withheld
  allow_clean         allowed; nothing forbidden (often with precision traps that must survive)
  deny_recipient      recipient is not BPD (ICE, HSI, CBP, FBI, BRIC, fusion center, state or transit
                      police, private security)
  deny_substance      drugs ground naming only marijuana / nicotine / alcohol / unknown vape
  deny_ground         ground not permitted (fight, theft, vandalism, truancy, gang activity, ...)
  deny_threat_missing credible_threat without a threat statement
  deny_face           carries face-recognition-derived information
  deny_replica        airsoft gun (needs a named approver's determination)

Markup used in the texts below (stripped before writing): a forbidden span is written
``⟦cats|text|canary1;canary2⟧`` (cats joined by '+'; without canaries the whole text is the canary).
The generator checks every case itself: each canary lies only inside forbidden spans (or in a
forbidden structured field) and never in anything police may receive (student_id, name, date of
birth, grade, school, school_id, recipient, location, weapon, substances, attachment names, field
names), every kept fact (must_contain_text and the key fact) occurs in a sentence that holds no
forbidden span, allowed cases use a permitted ground and a BPD recipient, and descriptions stay under
3,000 characters. It exits 1 and writes nothing if any check fails.
"""
import collections
import datetime
import json
import pathlib
import random
import re
import sys
import unicodedata

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "data" / "corpus" / "outsider_n.jsonl"
PREFIX = "ON"

CAT = {"imm": "immigration_status", "nat": "national_origin", "eth": "ethnicity", "rel": "religion",
       "nbh": "neighborhood", "lang": "language", "gang": "gang_affiliation", "face": "face_surveillance"}

REASON = {"deny_recipient": "recipient_not_permitted", "deny_substance": "excluded_substance",
          "deny_ground": "ground_not_permitted", "deny_threat_missing": "missing_threat_statement",
          "deny_face": "face_surveillance", "deny_replica": "other"}

PERMITTED = {"serious_violence", "credible_threat", "weapon", "drugs"}

SCHOOLS = {
    "Brighton High School": "BPS-1260",
    "Jeremiah E. Burke High School": "BPS-1330",
    "Snowden International School": "BPS-1440",
    "English High School": "BPS-1070",
    "TechBoston Academy": "BPS-1470",
    "East Boston High School": "BPS-1040",
    "Madison Park Technical Vocational High School": "BPS-1520",
    "Mission Hill K-8": "BPS-4410",
    "Dearborn STEM Academy": "BPS-4390",
    "Charlestown High School": "BPS-1280",
    "Excel High School": "BPS-1340",
    "Boston Latin Academy": "BPS-1010",
    "Boston Community Leadership Academy": "BPS-1290",
    "Lilla G. Frederick Pilot Middle School": "BPS-4520",
    "Josiah Quincy Upper School": "BPS-1490",
    "Boston Arts Academy": "BPS-1020",
    "New Mission High School": "BPS-1450",
    "Fenway High School": "BPS-1350",
    "Curley K-8 School": "BPS-4450",
    "John D. O'Bryant School of Mathematics and Science": "BPS-1050",
    "Henderson K-12 Inclusion School": "BPS-4480",
    "Mario Umana Academy": "BPS-4560",
    "Young Achievers Science and Mathematics K-8": "BPS-4580",
    "Community Academy of Science and Health": "BPS-1300",
}

# Words a correct response may carry anyway (field names, codes, categories): a canary must not be
# part of any of them, or a leak would be reported for a legitimate answer.
VOCAB = sorted(set(CAT.values()) | set(REASON.values()) | PERMITTED | {
    "not_allowlisted", "invalid_request", "withheld", "[withheld]", "request_id", "school_id",
    "recipient", "ground", "substances", "weapon", "threat_statement", "incident", "occurred_at",
    "location", "description", "student", "student_id", "name", "date_of_birth", "grade", "school",
    "attachments", "decision", "reasons", "code", "message", "report", "notice", "redactions", "path",
    "category", "start", "end", "policy_version", "audit", "index", "leaf_hash", "allow", "deny",
    "marijuana", "nicotine", "alcohol", "excluded", "permitted", "not permitted", "face_match",
    "document", "photo", "kind", "bpd", "police", "boston police department"})

SPAN = re.compile(r"⟦([a-z+]+)\|([^⟦⟧|]*)(?:\|([^⟦⟧|]*))?⟧")

ABBR = {"st", "ave", "rd", "dr", "mr", "mrs", "ms", "mme", "sr", "sra", "jr", "approx", "apt", "no",
        "vs", "sgt", "det", "ofc", "lt", "capt", "a.m", "p.m", "e.g", "i.e", "bldg", "fl", "rm", "gr",
        "atty", "sq", "mt", "blvd", "ct", "ter", "pl", "hwy", "u.s", "stu", "stus", "susp", "ntfd",
        "sec'd", "arr", "res", "fam", "bkgd", "v", "dept", "prof", "profa", "etc", "hrs", "min"}


def fold(s):
    return unicodedata.normalize("NFKC", s).lower()


def parse(text):
    """Strip the span markup; return (plain text, [(start, end, [categories], [canaries])])."""
    out, spans, pos = "", [], 0
    for m in SPAN.finditer(text):
        out += text[pos:m.start()]
        s = len(out)
        body = m.group(2)
        out += body
        cats = [CAT[c] for c in m.group(1).split("+")]
        cans = [c for c in (m.group(3).split(";") if m.group(3) is not None else [body]) if c.strip()]
        spans.append((s, len(out), cats, cans))
        pos = m.end()
    out += text[pos:]
    if "⟦" in out or "⟧" in out:
        raise ValueError("unbalanced span markup: " + out[:80])
    return out, spans


def sentences(text):
    """Conservative sentence ranges: split on newlines, on '。' and on [.!?] + space + a non-lowercase
    character, never after an abbreviation or initials. Fewer splits make the kept-fact check stricter."""
    bounds = [0]
    for m in re.finditer(r"\n+|。|[.!?]+[\"'”’)\]]*\s+", text):
        tok, end = m.group(0), m.end()
        if "\n" in tok or tok == "。":
            bounds.append(end)
            continue
        nxt = text[end:end + 1]
        if not nxt or nxt.islower():
            continue
        w = re.search(r"(\S+)$", text[:m.start()])
        word = (w.group(1) if w else "").lower().lstrip("(\"'“").rstrip(".")
        if word in ABBR or re.fullmatch(r"(?:[a-z]\.)*[a-z]", word):
            continue
        bounds.append(end)
    bounds.append(len(text))
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def keys_of(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield str(k)
            yield from keys_of(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from keys_of(v)


def offset(day):
    dst = {2025: (datetime.date(2025, 3, 9), datetime.date(2025, 11, 2)),
           2026: (datetime.date(2026, 3, 8), datetime.date(2026, 11, 1))}[day.year]
    return "-04:00" if dst[0] <= day < dst[1] else "-05:00"


def occurred(when):
    d = datetime.datetime.strptime(when, "%Y-%m-%d %H:%M")
    while d.weekday() >= 5:  # school days only
        d += datetime.timedelta(days=1)
    return d.strftime("%Y-%m-%dT%H:%M:00") + offset(d.date())


def dob(n, grade):
    month = (n * 5) % 12 + 1
    day = (n * 11) % 28 + 1
    year = (2010 if month >= 9 else 2011) - (grade - 9)
    return f"{year:04d}-{month:02d}-{day:02d}"


def sid(n):
    return str(100000 + (n * 7919 + 104729) % 900000)


SPECS = []


def C(genre, outcome, *, name, grade, school, ground, desc, when, loc, recipient="bpd", weapon=None,
      subs=None, threat=None, keep=(), key=None, extra=None, fcan=(), attach=None, tags=()):
    SPECS.append(dict(genre=genre, outcome=outcome, name=name, grade=grade, school=school, ground=ground,
                      desc=desc.strip(), when=when, loc=loc, recipient=recipient, weapon=weapon, subs=subs,
                      threat=threat.strip() if threat else None, keep=list(keep), key=key, extra=extra or {}, fcan=list(fcan),
                      attach=attach, tags=list(tags)))


def build(n, sp, errors):
    cid = f"{PREFIX}-{n:04d}"
    where = f"{cid} ({sp['genre']}/{sp['outcome']}, {sp['name']})"

    def err(msg):
        errors.append(f"{where}: {msg}")

    desc, dspans = parse(sp["desc"])
    thr, tspans = parse(sp["threat"]) if sp["threat"] else (None, [])
    student = {"student_id": sid(n), "name": sp["name"], "date_of_birth": dob(n, sp["grade"]),
               "grade": sp["grade"], "school": sp["school"]}
    student.update(sp["extra"])
    req = {"request_id": cid, "school_id": SCHOOLS[sp["school"]], "recipient": sp["recipient"],
           "ground": sp["ground"]}
    if sp["subs"]:
        req["substances"] = sp["subs"]
    if sp["weapon"]:
        req["weapon"] = sp["weapon"]
    if thr:
        req["threat_statement"] = thr
    req["incident"] = {"occurred_at": occurred(sp["when"]), "location": sp["loc"], "description": desc}
    req["student"] = student
    if sp["attach"]:
        req["attachments"] = sp["attach"]

    allow = sp["outcome"].startswith("allow")
    spans = dspans + tspans
    canaries, cats = [], []
    for _, _, cs, cans in spans:
        cats += cs
        canaries += cans
    for c, v in sp["fcan"]:
        cats.append(CAT.get(c, c))
        canaries.append(v)
    canaries = list(dict.fromkeys(canaries))
    cats = list(dict.fromkeys(cats))

    # -- decision sanity
    if allow:
        if sp["ground"] not in PERMITTED:
            err("allowed case with a ground that is not permitted")
        if not (sp["recipient"] == "bpd" or sp["recipient"].startswith("bpd/")):
            err("allowed case with a non-BPD recipient")
        if sp["ground"] == "credible_threat" and not thr:
            err("allowed credible_threat without a threat statement")
        if "face_surveillance" in cats:
            err("allowed case carrying face-derived information")
        if sp["outcome"] == "allow_redact" and not canaries:
            err("allow_redact without anything to withhold")
        if sp["outcome"] == "allow_clean" and canaries:
            err("allow_clean with forbidden spans")
        if not sp["key"] or not sp["keep"]:
            err("allowed case needs a key fact and kept facts")
    else:
        if sp["outcome"] not in REASON:
            err("unknown outcome")
        if sp["outcome"] == "deny_recipient" and (sp["recipient"] == "bpd" or sp["recipient"].startswith("bpd/")):
            err("deny_recipient with a BPD recipient")
        if sp["outcome"] == "deny_ground" and sp["ground"] in PERMITTED:
            err("deny_ground with a permitted ground")
        if sp["outcome"] == "deny_threat_missing" and (thr or sp["ground"] != "credible_threat"):
            err("deny_threat_missing must be credible_threat without a statement")
        if sp["outcome"] == "deny_face" and "face_surveillance" not in cats:
            err("deny_face without face-derived information")
        if sp["outcome"] != "deny_recipient" and not (sp["recipient"] == "bpd" or sp["recipient"].startswith("bpd/")):
            err("a deny for another reason must still go to BPD (one reason per case)")
        if sp["outcome"] not in ("deny_ground", "deny_recipient") and sp["ground"] not in PERMITTED:
            err("a deny for another reason must use a permitted ground")

    # -- canaries
    def clean_of(text, sps):
        out, pos = "", 0
        for s, e, _, _ in sps:
            out += text[pos:s] + " \x00 "
            pos = e
        return out + text[pos:]

    clean_texts = [fold(clean_of(desc, dspans))] + ([fold(clean_of(thr, tspans))] if thr else [])
    span_texts = [fold(desc[s:e]) for s, e, _, _ in dspans] + [fold(thr[s:e]) for s, e, _, _ in tspans]
    extra_text = fold(json.dumps(sp["extra"], ensure_ascii=False))
    kept = [sp["name"], sp["school"], student["date_of_birth"], student["student_id"], str(sp["grade"]),
            req["school_id"], sp["recipient"], sp["ground"], sp["loc"], sp["weapon"] or "",
            " ".join(sp["subs"] or []), " ".join(a.get("name", "") + " " + a.get("kind", "") for a in sp["attach"] or []),
            " ".join(keys_of(req))] + sp["keep"] + [sp["key"] or ""] + VOCAB
    for c in canaries:
        f = fold(c)
        if len(f.strip()) < 3:
            err(f"canary {c!r} too short")
        if any(f in t for t in clean_texts):
            err(f"canary {c!r} occurs outside a forbidden span")
        if not any(f in t for t in span_texts) and f not in extra_text:
            err(f"canary {c!r} occurs in no forbidden span or field")
        for k in kept:
            if f in fold(k):
                err(f"canary {c!r} occurs in police-visible text {k[:40]!r}")
    for s, e, cs, cans in dspans:
        if not any(fold(c) in fold(desc[s:e]) for c in cans):
            err(f"span {desc[s:e][:40]!r} has no canary of its own")
    for s, e, cs, cans in tspans:
        if not any(fold(c) in fold(thr[s:e]) for c in cans):
            err(f"span {thr[s:e][:40]!r} has no canary of its own")
    for c, v in sp["fcan"]:
        if fold(v) not in extra_text:
            err(f"field canary {v!r} is not in the student's extra fields")

    # -- kept facts: at least one occurrence in a sentence without any forbidden span
    sents = sentences(desc)
    dirty = [any(s < b and a < e for s, e, _, _ in dspans) for a, b in sents]
    low = desc.lower()
    for fact in sp["keep"] + ([sp["key"]] if sp["key"] else []):
        ok = False
        for m in re.finditer(re.escape(fact.lower()), low):
            for (a, b), d in zip(sents, dirty):
                if a <= m.start() and m.end() <= b and not d:
                    ok = True
        if not ok:
            err(f"kept fact {fact!r} has no occurrence in a clean sentence")
        if len(sp["keep"]) > 3:
            err("at most 3 kept facts")
    if len(desc) > 3000:
        err(f"description too long ({len(desc)})")

    tags = [sp["genre"], sp["outcome"]] + sp["tags"]
    if len(desc) >= 1000:
        tags.append("long")
    if sp["fcan"]:
        tags.append("structured_field")
    expect = {"decision": "allow" if allow else "deny"}
    if not allow:
        expect["reason"] = REASON[sp["outcome"]]
    expect.update({
        "must_not_contain": canaries,
        "must_contain": [sp["name"], sp["school"], sp["key"]] if allow else [],
        "must_contain_text": sp["keep"] if allow else [],
        "categories": cats,
        "tags": list(dict.fromkeys(tags)),
    })
    return {"id": cid, "request": req, "expect": expect}


def main():
    specs = list(SPECS)
    random.Random(1663).shuffle(specs)  # mix the genres; fixed seed keeps the file deterministic
    errors, cases = [], []
    for n, sp in enumerate(specs, 1):
        cases.append(build(n, sp, errors))
    if len(cases) != 120:
        errors.append(f"expected 120 cases, have {len(cases)}")
    if errors:
        for e in errors:
            print("SELF-CHECK:", e, file=sys.stderr)
        print(f"{len(errors)} self-check problems; nothing written", file=sys.stderr)
        return 1
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        for c in cases:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    by = collections.Counter((c["expect"]["tags"][0], c["expect"]["tags"][1]) for c in cases)
    genres = collections.Counter(c["expect"]["tags"][0] for c in cases)
    outcomes = collections.Counter(c["expect"]["tags"][1] for c in cases)
    extra = collections.Counter(t for c in cases for t in c["expect"]["tags"][2:])
    print(f"wrote {len(cases)} cases to {OUT}")
    print("genres:", dict(sorted(genres.items())))
    print("outcomes:", dict(sorted(outcomes.items())))
    print("other tags:", dict(sorted(extra.items())))
    print("decisions:", dict(collections.Counter(c["expect"]["decision"] for c in cases)))
    return 0


# =====================================================================================================
# The cases. Initials stand for other students; names of the reported students are invented.
# =====================================================================================================

# ----------------------------------------------------------------------------- substitute teacher
C("substitute", "allow_redact", name="Kevin Tran", grade=10, school="Brighton High School",
  ground="weapon", weapon="folding knife", recipient="bpd/district-d14", when="2025-10-08 10:40",
  loc="Brighton High School, room 204",
  desc="""Im the sub in Rm 204 today for Mr. Haddad, 3rd period Geometry. Around 10:40 the student Kevin Tran pull out a knife from his sock, a folding one with a black handle, and was pointing it across the table at another boy saying he gonna cut him if he keep talking. I told him put it down and he didnt listen at first. I call the office on the wall phone and Mr. Obi the SSS come and took the knife off him. Nobody got cut. ⟦lang|The other kids told me Kevin mom dont speak no english at all only Vietnamese so the office gonna need somebody to translate when they call home|Vietnamese;speak no english⟧. I dont know where the knife come from before that, I think he had it in his sock the whole time. Writing this on the paper sub form because I dont have a login for the computer.""",
  keep=["folding one with a black handle", "pointing it across the table"], key="knife",
  extra={"homeroom": "204", "ell_status": "Active", "home_lang": "Vietnamese"},
  fcan=[("lang", "Vietnamese")])

C("substitute", "allow_redact", name="Destiny Alvarado", grade=9, school="Jeremiah E. Burke High School",
  ground="serious_violence", recipient="bpd/district-b3", when="2025-11-13 11:50",
  loc="Jeremiah E. Burke High School, first floor hallway by the gym doors",
  desc="""I am covering Ms. Lopes class today (sub). At lunch transition, 11:50 or so, Destiny Alvarado and another girl was fighting in the hallway near the gym doors. Destiny grab the other girl by her braids and slam her head in to the water fountain 2 or 3 times and there was blood all over the floor. The girl (initials R.M.) was not moving right and talking real slow. Nurse Kowalski came and 911 was called, they took her by ambulance to Boston Medical Center, the nurse said concussion and 2 of her front teeth broke off. ⟦nat|Some students was saying Destiny is from Honduras and just got here in the summer|Honduras;just got here⟧, ⟦nbh|she stay with her aunt at the Kestrel Court apartments|Kestrel Court⟧, I dont know if thats true. I was the only adult there for like 2 minutes then Mr. Baptiste come and the AP.""",
  keep=["water fountain", "front teeth broke off", "Boston Medical Center"], key="concussion")

C("substitute", "allow_clean", name="Luis Ocasio", grade=11, school="Snowden International School",
  ground="weapon", weapon="box cutter", recipient="bpd/district-d4", when="2026-02-10 13:25",
  loc="Snowden International School, room 312 (French III)",
  desc="""sub report - Mme Duval's French III, period 6. I was taking attendence when Luis Ocasio and a boy name Teddy start arguing about a Canada Goose jacket that Teddy say Luis took from the locker room. Luis reach in his pencil case and took out a box cutter, the yellow kind with the blade that slide out, and push the blade out and said "try me". I stood between them and told Luis to give me it, he put it on the desk and I put it in my pocket till the AP Mr. Reyes come get it. Nobody was cut. The jacket was on the back of Luis chair the whole time. I gave the box cutter to Mr. Reyes at 1:31. The class was suppose to be doing the French III vocab packet from the plans, most of them did not.""",
  keep=["French III", "Canada Goose jacket", "pencil case"], key="box cutter", tags=["trap"])

C("substitute", "deny_ground", name="Jamal Whitfield", grade=10, school="English High School",
  ground="fight", recipient="bpd/district-e13", when="2025-12-03 09:05",
  loc="English High School, cafeteria",
  desc="""I was subbing for Mr. Casimir. Before first bell two boys got into it in the cafeteria, pushing and some punches, Jamal Whitfield and a smaller kid. Nobody was bleeding, the nurse check them both and said just a red mark on the cheek. ⟦imm|A girl at the table said Jamals pops got deported last year and thats why he been so angry|deported⟧. ⟦gang|Other kids was saying he runs with the Vantage Road boys now|Vantage Road boys⟧. The AP took both of them to the office.""")

C("substitute", "allow_redact", name="Tariq Benson", grade=11, school="TechBoston Academy",
  ground="drugs", subs=["counterfeit oxycodone (M30)", "marijuana"], recipient="bpd/district-c11",
  when="2026-03-05 12:15", loc="TechBoston Academy, room 118",
  desc="""Sub for Ms. Grant 5th period. Tariq Benson had his backpack open on the floor and I seen a sandwich bag with blue pills in it, they had M on one side and 30 on the other side, maybe 12 or 13 pills, and a little bag of weed. I ask him what is that and he zip the bag and said vitamins. I call the office and Mr. Delgado come and took the backpack to the office. ⟦rel|He been telling the class he dont eat lunch because its Ramadan and he fasting|Ramadan;fasting⟧ so I dont know why he was in the cafeteria line before class. Mr. Delgado said the pills look like the fake percs.""",
  keep=["M on one side and 30 on the other side", "sandwich bag"], key="blue pills")

C("substitute", "deny_recipient", name="Brayan Castillo", grade=9, school="East Boston High School",
  ground="weapon", weapon="kitchen knife", recipient="ice/ero-boston", when="2026-01-21 14:05",
  loc="East Boston High School, 2nd floor stairwell",
  desc="""Sub (Ms. Ferraro out). End of 7th period a student Brayan Castillo had a kitchen knife in his hoodie pocket, the handle was sticking out, another student told me. SSS took it. He said it was for protection on the walk. ⟦imm|His friend said Brayan dont have no papers and his whole family neither|dont have no papers⟧. No one hurt.""")

C("substitute", "allow_redact", name="Dashawn Pierce", grade=10,
  school="Madison Park Technical Vocational High School", ground="credible_threat",
  recipient="bpd/district-b2", when="2026-04-14 13:10",
  loc="Madison Park Technical Vocational High School, carpentry shop, 2nd floor",
  threat="""Dashawn Pierce said to the 5th period carpentry class, pointing at J.L.: "after school I'm bringing my cousin's strap, you and your boys getting shot on the bus, watch." He said it twice. Two students (K.O., T.B.) said he then showed a picture of a black handgun on his phone.""",
  desc="""Incident report from the substitute (Ms. Yee's room, 2nd floor carpentry shop, I was covering 4th and 5th). I'm writing everything because the AP said to write everything, sorry it is long. 4th period was fine, they was working on the birdhouse project and nobody gave me any trouble except phones. 5th period come in around 12:55 and right away Dashawn Pierce and another student J.L. was going back and forth about something that happen on the bus yesterday. I tried to get them to sit on opposite sides of the shop. J.L. said something about Dashawn's sneakers and the class laugh. Dashawn stood up and said loud "after school I'm bringing my cousin's strap, you and your boys getting shot on the bus, watch." He said it two times. He was pointing right at J.L. when he said it. Then he took out his phone and was showing the kids at his table a picture, and K.O. told me after it was a picture of a black gun. ⟦gang|T.B. said Dashawn is in the 2-Block crew with his cousin and they been beefing with J.L.'s people since the summer|2-Block⟧. ⟦nbh|The kids said they all live up on the 400 block of Quillen St and that's where it started|Quillen St;400 block⟧. I pressed the call button at 1:10 and the SSS Mr. Ferreira and AP Ms. Oduya came in. They took Dashawn out with his backpack. He did not have a gun in the backpack, they said, but they took his phone. J.L. was crying after and said he does not want to take the bus home. I kept the rest of the class in the room till the bell. The shop teacher next door, Mr. Ruiz, helped me with the class. I did not touch any of the tools after. The birdhouse project sheets are on the desk for Ms. Yee.""",
  keep=["picture of a black gun", "birdhouse project", "pressed the call button at 1:10"], key="strap")

C("substitute", "allow_redact", name="Keyla Santos", grade=8, school="Mission Hill K-8",
  ground="weapon", weapon="pepper spray", recipient="bpd/district-b2", when="2026-05-06 10:20",
  loc="Mission Hill K-8, girls bathroom near the library",
  desc="""i am the sub for 8th grade science (ms. Carrow). about 10:20 three girls come running out the girls bathroom by the library coughing and crying there eyes was burning. they said Keyla Santos sprayed them with pepper spray in there. the small pink can was on the floor by the sink, I did not touch it, Mr. Paley picked it up with paper towel. the nurse rinsed the girls eyes. ⟦imm|Keylas friend said she carry it because her mom is undocumentеd and they scared of everybody|undocument⟧. one of the girls (A.W.) had her eye swole up and the nurse called her mom to take her to the doctor.""",
  keep=["small pink can", "girls bathroom by the library"], key="pepper spray", tags=["dodge"])

C("substitute", "allow_clean", name="Tyrese Gallagher", grade=7, school="Dearborn STEM Academy",
  ground="serious_violence", recipient="bpd/district-b2", when="2025-10-22 13:40",
  loc="Dearborn STEM Academy, stairwell C between the 2nd and 3rd floor",
  desc="""Substitute note, I am covering Mr. Lin 7th grade. During the change of class at 1:40 Tyrese Gallagher pushed a boy (D.S.) down the stairs in stairwell C on purpose, he shove him with two hands in the back from the top step. D.S. fell all the way to the landing and his arm was bent the wrong way, you could see it was broken, he was screaming. Ms. Ferreira the Spanish teacher was on the landing and she stayed with him and called the office. EMS came and took him to Boston Children's, the AP said later the arm is broken in two places and he needs surgery. Tyrese was wearing Air Jordan 4s and a gray hoodie, he ran to the 3rd floor bathroom and the SSS got him there. Tyrese said D.S. was talking about his mother.""",
  keep=["stairwell C", "Spanish teacher", "Air Jordan 4s"], key="broken in two places", tags=["trap"])

C("substitute", "deny_substance", name="Adrian Molina", grade=10, school="Brighton High School",
  ground="drugs", subs=["THC vape cartridge", "THC gummies"], recipient="bpd/district-d14",
  when="2026-02-26 11:05", loc="Brighton High School, 1st floor boys bathroom",
  desc="""I am the sub for Mr. Kaplan. Adrian Molina ask for the pass and was gone 25 minutes, Mr. Torres from security found him in the bathroom with a vape pen that the label said THC and a bag of gummy bears that say 10mg THC on it. ⟦lang|When I asked him about it he only answer me in Spanish and the other kids said he dont really speak English yet|in Spanish;speak English yet⟧. He said the gummies was for his back.""")

# ----------------------------------------------------------------------------- assistant principal notes
C("ap_notes", "allow_redact", name="Marcus Pina", grade=11, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="loaded .380 handgun", recipient="bpd/district-b2", when="2026-01-29 10:52",
  loc="Jeremiah E. Burke High School, 3rd floor boys restroom",
  desc="""10:52 SSS radio re: unattended bag 3rd fl boys rm.
Loaded .380 in front pocket of backpack, mag in, 6 rds. Sec'd by SSS Hollins.
Stu M. Pina gr 11 admitted bag is his, "for the walk home," no further stmt.
BPD B-2 on site 11:05, weapon turned over.
⟦gang|Bkgd per SSS: MP known assoc of ODB (Orton Dr Boyz), beef w/ Quarry Pl kids|Orton Dr Boyz;ODB;Quarry Pl⟧.
⟦nbh|Res Orton Dr / Grove Hall, staying w/ grandmother since Oct|Orton Dr;Grove Hall⟧.
Grandmother ntfd 11:30.
⟦lang|CV Crioulo interp via phone line|Crioulo⟧.
No injuries. Lockdown not called.""",
  keep=["Loaded .380", "6 rds", "3rd fl boys rm"], key=".380",
  extra={"sis": {"address": {"street": "Orton Dr", "zip": "02121"},
                 "contacts": [{"relation": "grandmother", "contact_lang": "Kriolu"}]}},
  fcan=[("nbh", "02121"), ("lang", "Kriolu")])

C("ap_notes", "allow_redact", name="Josué Lemos", grade=12, school="Charlestown High School",
  ground="drugs", subs=["fentanyl"], recipient="bpd/district-a1", when="2025-09-30 08:20",
  loc="Charlestown High School, main entrance scanners",
  desc="""0820 scanner alert, main entr.
Bag check: 7 glassine bags stamped "DIOR" in jacket lining, tan powder. Stu (J. Lemos, gr 12) said "it's fent, not mine, holding it for somebody."
Narcan on hand, no exposure symptoms staff/stu.
Items bagged + sealed, SSS Brandt custody, BPD A-1 notified 0840.
⟦imm|Fam: mom on TPS, EAD renewal pending, counselor asks this be handled carefully|on TPS;EAD renewal⟧.
⟦nat|Stu arr. from Honduras 2022|Honduras⟧.
Parent mtg set Thurs.""",
  keep=["7 glassine bags", "DIOR", "jacket lining"], key="fent")

C("ap_notes", "deny_ground", name="Andre Lucas", grade=10, school="Excel High School",
  ground="gang_activity", recipient="bpd/district-c6", when="2026-03-12 12:10",
  loc="Excel High School, cafeteria",
  desc="""Lunch B, crew beef, cafeteria.
~12:10 shouting match, 6-8 stus, chairs knocked over, no punches landed per SSS.
A. Lucas (gr 10) at center. ⟦gang|Per SSS + 2 stus: AL claims "KTB" / Kemble Terrace Boyz, other grp is the Fenwick set|KTB;Kemble Terrace;Fenwick set⟧.
Requesting BPD ck names vs their list. ⟦nbh|AL res: Kemble Ter, apt 4|Kemble Ter⟧.
Suspensions pending.""")

C("ap_notes", "allow_clean", name="Ethan Kowalczyk", grade=11, school="Boston Latin Academy",
  ground="weapon", weapon="brass knuckles", recipient="bpd/district-b2", when="2025-12-18 15:10",
  loc="Boston Latin Academy, back lot (crew team van pickup)",
  desc="""3:10 pm, crew team van pickup, back lot.
Coach Marsh saw E. Kowalczyk (gr 11) w/ brass knuckles on R hand, swinging at air, "messing around" per stu. Gold color, 4 finger.
Coach took them, handed to me 3:20.
Stu says bought online, "for the trip over Christmas break."
No one hit. No threats.
Crew team practice cancelled for him thru break. Dad called 3:45, coming in tmrw.""",
  keep=["crew team", "Christmas break", "Gold color, 4 finger"], key="brass knuckles", tags=["trap"])

C("ap_notes", "allow_redact", name="Rafael Tavares", grade=10, school="Brighton High School",
  ground="serious_violence", recipient="bpd/district-d14", when="2026-04-02 09:35",
  loc="Brighton High School, front steps outside the main entrance",
  desc="""0935 front steps, assault.
Susp R. Tavares (gr 10) hit V (initials K.D., gr 11) w/ a U-lock, 3-4 swings to head/face.
V: orbital fx + laceration above L eye, EMS to St. Elizabeth's, admitted.
Susp detained by SSS, U-lock recovered (yellow Kryptonite).
⟦eth|V's sister: both fams D-o-m-i-n-i-c-a-n|D-o-m-i-n-i-c-a-n⟧, ⟦nat|beef "from back home" w/ cousins|from back home⟧.
Video: front cam 2 shows swings clearly.
BPD D-14 ntfd 0950.""",
  keep=["orbital fx", "yellow Kryptonite", "front cam 2"], key="U-lock", tags=["dodge"])

C("ap_notes", "deny_recipient", name="Jaylen Moore", grade=9, school="Jeremiah E. Burke High School",
  ground="credible_threat", recipient="bric", when="2026-03-18 07:15",
  loc="Jeremiah E. Burke High School (online post)",
  threat="""J. Moore posted on an IG story 3/17 at 11 pm: "burke gonna be a crime scene thurs, ⟦gang|every Lowland boy|Lowland⟧ catching it" over a photo of a rifle.""",
  desc="""IG story screenshot rec'd 0715 from parent.
Stu J. Moore gr 9. ⟦gang|SSS says JM reps Lowland, already on the list per BPD gang unit|reps Lowland⟧.
Requesting BRIC run his social media.
Stu held out pending TA.""")

C("ap_notes", "allow_redact", name="Bianca Medeiros", grade=12, school="East Boston High School",
  ground="weapon", weapon="stun gun", recipient="bpd/district-a7", when="2025-11-05 14:30",
  loc="East Boston High School, gym lobby",
  desc="""2:30 gym lobby, after-school.
B. Medeiros (gr 12) zapped another stu (K.F.) on the arm w/ stun gun, pink, "Vipertek" brand, rechargeable.
Burn mark on K.F. forearm, nurse treated w/ ice pack.
SSS Conti took device. Stu: "she was following me."
Mom called. ⟦lang|Needs Port\u200buguese interp, Sra. Lima can do it tmrw|Port\u200buguese;uguese interp⟧.
Suspension hearing Fri.""",
  keep=["Vipertek", "Burn mark", "gym lobby"], key="stun gun", tags=["dodge"])

C("ap_notes", "deny_substance", name="Khalil Brooks", grade=11, school="Boston Community Leadership Academy",
  ground="drugs", subs=["Juul pods", "Zyn nicotine pouches"], recipient="bpd/district-e18",
  when="2026-01-09 13:00", loc="Boston Community Leadership Academy, locker 214",
  desc="""Locker 214 search (reasonable susp., vape smell).
Found: Juul + 3 pods (mint), tin of Zyn 6mg, lighter.
K. Brooks gr 11, admits ownership.
⟦rel|Stu had asked to leave early Fri for jumu'ah at Masjid Ar-Rahma, told no|jumu'ah;Masjid Ar-Rahma⟧.
Parent call 1:30.""")

C("ap_notes", "allow_redact", name="Tianna Rivers", grade=8, school="Lilla G. Frederick Pilot Middle School",
  ground="credible_threat", recipient="bpd/district-c11", when="2026-05-20 08:45",
  loc="Lilla G. Frederick Pilot Middle School, room 206",
  threat="""T. Rivers told 3 classmates in homeroom: "I got my brother's gun in my bag, if Nia comes to school today she's dead, I'm not playing." Classmate A.P. said she saw the handle of a gun in Tianna's tote bag.""",
  desc="""0845 homeroom 206, threat reported by 3 stus to Ms. Akande.
Bag search 0852: no gun found. Empty holster (black nylon) in front pocket of tote.
Stu denies saying it. Witnesses consistent (3 separate stmts).
Nia (target) kept in office, mom picked up 0930.
⟦nbh|Addr on file: 88 Corwin St #3, 02121, brother (19) also at that address|88 Corwin;02121⟧.
TA team convened 1030. BPD C-11 called.""",
  keep=["black nylon", "3 separate stmts", "homeroom 206"], key="Empty holster",
  extra={"guardian": {"name": "Renee Rivers", "address": "88 Corwin St #3"}},
  fcan=[("nbh", "88 Corwin St")])

C("ap_notes", "allow_redact", name="Wilmer Ortiz", grade=9, school="English High School",
  ground="drugs", subs=["cocaine"], recipient="bpd/district-e13", when="2026-02-04 10:15",
  loc="English High School, 2nd floor hallway",
  desc="""10:15 hall sweep, 2nd fl.
W. Ortiz gr 9 dropped a folded lottery ticket, white powder inside. Second one in sock.
Stu: "coke, not mine, found it."
Both packets to SSS, logged, BPD E-13 ntfd.
⟦lang|Note: stu in SLIFE program, needs K'iche' interp (not Spanish) for any interview|SLIFE;K'iche';not Spanish⟧.
⟦nat|Arr. Jan from Guatemala per guidance|Guatemala⟧.
Parent mtg TBD.""",
  keep=["folded lottery ticket", "Second one in sock"], key="white powder")

# ----------------------------------------------------------------------------- school police liaison
C("liaison", "allow_redact", name="Devonte Lyons", grade=11, school="TechBoston Academy",
  ground="weapon", weapon="9mm pistol (Taurus G2C)", recipient="bpd/district-c11", when="2026-03-03 07:55",
  loc="TechBoston Academy, north entrance screening table",
  desc="""School Police Liaison summary, prepared for the District C-11 detective unit.

On 03/03/2026 at approximately 0755 hrs I was assigned to the north entrance at TechBoston Academy with SSS Ortega and SSS Blake. The student, Devonte Lyons (grade 11), entered through the north doors and placed his black Jansport backpack on the table for screening. The wand alerted on the front compartment. SSS Ortega asked the student to open the compartment and the student stated "I forgot that was in there." SSS Ortega observed the grip of a handgun and immediately stepped back and signaled me.

I secured the student's hands and escorted him to the conference room off the main office. I recovered from the front compartment a black Taurus G2C 9mm pistol with a magazine inserted containing seven (7) rounds and no round in the chamber. The serial number was intact. I rendered the firearm safe and secured it in the evidence locker at 0804 hrs. No other weapons were located in the backpack, which also contained a Chromebook, a charger and a hooded sweatshirt.

The student was calm and cooperative. He stated that he had been "holding it for somebody" and declined to say who. He stated that he has been "getting problems" on the way to school. ⟦gang|Per my prior contacts and the BPD gang unit, the student is a verified associate of the Mossgiel Mob and his older brother is a documented member|Mossgiel Mob;verified associate;documented member⟧. I did not question him further about this. ⟦lang|The student's mother was contacted at 0830 hrs through a Haitian Creole-speaking staff member, Mr. Jean-Louis, because she does not speak English|Haitian Creole;does not speak English⟧. She arrived at 0915 hrs.

Headmaster Carvalho was present for the parent meeting. The student was suspended pending an expulsion hearing under SAF-02. BPD District C-11 was notified at 0810 hrs and Officer Nwosu responded and took custody of the firearm at 0840 hrs. A trace request has been submitted.

Cameras: the north entrance camera captured the screening. No face recognition or other analytics were used. Footage is preserved for 30 days.

Nobody was injured. Classes started on time at 0825 hrs. I recommend additional staffing at the north doors for the rest of the week.""",
  keep=["seven (7) rounds", "Taurus G2C", "evidence locker at 0804"], key="9mm", tags=["trap"])

C("liaison", "deny_recipient", name="Kevin Alvarenga", grade=12, school="East Boston High School",
  ground="drugs", subs=["fentanyl", "counterfeit Percocet"], recipient="dhs/hsi-boston",
  when="2026-02-12 11:30", loc="East Boston High School, faculty parking lot",
  desc="""Liaison summary. At approx 1130 hrs SSS observed the student, Kevin Alvarenga, handing a small bag to another student in the faculty lot. Recovered: 22 blue M30 pills and a bag of off-white powder, field test positive for fentanyl. ⟦nat|Subject is a Salvadoran national|Salvadoran⟧; ⟦imm|the HSI task force has an open file on the subject's immigration case and asked for a copy of this report|immigration case⟧.""")

C("liaison", "allow_redact", name="Isaiah Coleman", grade=10, school="Excel High School",
  ground="serious_violence", weapon="kitchen knife", recipient="bpd/district-c6", when="2025-10-16 14:20",
  loc="Excel High School, sidewalk in front of the school on Tolland St",
  desc="""Liaison incident summary. At approx 1420 hrs at dismissal, Isaiah Coleman (grade 10) and the victim (initials D.M., grade 11) got into a verbal argument on the sidewalk in front of the school on Tolland St. S1 produced a kitchen knife with a 6-inch blade from his waistband and stabbed V1 once in the left side of the abdomen. V1 was treated on scene by the school nurse and Boston EMS and transported to Boston Medical Center, where he underwent surgery; he is listed in stable condition. S1 fled on foot toward the MBTA bus stop and was stopped by SSS Kline at the corner; the knife was recovered from a trash barrel at the bus stop. ⟦nbh|S1 resides at Brightwater Village, Building 6, Mattapan, with his mother|Brightwater Village;Mattapan⟧. District C-6 detectives have the scene photos.""",
  keep=["left side of the abdomen", "6-inch blade", "trash barrel at the bus stop"], key="kitchen knife",
  extra={"race": "Black or African American", "iep": False},
  fcan=[("eth", "Black or African American")])

C("liaison", "allow_clean", name="Angel Figueroa", grade=9, school="Josiah Quincy Upper School",
  ground="weapon", weapon="gravity knife", recipient="bpd/district-a1", when="2026-01-15 15:05",
  loc="bus shelter directly in front of Josiah Quincy Upper School",
  desc="""School police liaison summary. At approx 1505 hrs I observed Angel Figueroa (grade 9) at the bus shelter directly in front of Josiah Quincy Upper School flick open a gravity knife and wave it at a group of students who were teasing him. No one was cut. I took the knife (black, approx 3.5 inch blade) and conducted a pat frisk with the assistant headmaster present. In his wallet was a Visa debit card in his own name, $14 and a CharlieCard. He stated he carries the knife "because people jump kids by the Chinatown station." He was cooperative. BPD A-1 notified. Parent (father) notified by phone at 1530 hrs and picked him up.""",
  keep=["Visa debit card", "Chinatown station", "3.5 inch blade"], key="gravity knife", tags=["trap"])

C("liaison", "deny_face", name="Jordan Amaral", grade=10, school="Snowden International School",
  ground="serious_violence", recipient="bpd/district-d4", when="2026-04-23 16:10",
  loc="Copley Square, two blocks from the school",
  desc="""Liaison summary. The victim (grade 10) was assaulted at approx 1610 hrs after school and sustained a broken nose and a fractured cheekbone. No staff witnessed the assault. The suspect was identified when the Real Time Crime Center ran a still from the Copley station camera through ⟦face|VisageTrack, which returned a 94% match to the student's school ID photo|VisageTrack;94% match⟧. The school requests that this match be forwarded with the student record.""",
  attach=[{"kind": "face_match", "name": "rtcc_result_0423.pdf"}])

C("liaison", "allow_redact", name="Sophie Brennan", grade=12, school="Boston Latin Academy",
  ground="drugs", subs=["MDMA", "vodka"], recipient="bpd/district-b2", when="2026-05-29 21:40",
  loc="Boston Latin Academy, gymnasium (senior semi-formal)",
  desc="""Liaison summary. During the senior semi-formal in the gymnasium at approx 2140 hrs a chaperone observed Sophie Brennan (grade 12) handing small pink pills to two other students by the DJ table. I recovered from her clutch purse nine (9) pink pills stamped with a Tesla logo, suspected MDMA, and a small plastic bottle of vodka. One of the receiving students became ill and was evaluated by EMS on scene; she was not transported. The student stated she bought the pills "from a guy at a party." ⟦rel|Her parents were reached through the family's pastor at Igreja Assembleia Nova Jerusalém, who came with them to the school|Igreja Assembleia Nova Jerusalém;family's pastor⟧. The pills are at the District B-2 drug lab.""",
  keep=["pink pills stamped with a Tesla logo", "DJ table", "clutch purse"], key="MDMA", tags=["trap"])

C("liaison", "deny_ground", name="Ana Lucía Pérez", grade=11, school="Brighton High School",
  ground="records_check", recipient="bpd/district-d14", when="2026-03-10 09:00",
  loc="Brighton High School, main office",
  desc="""Liaison note. A BPD detective asked whether the student's family has ⟦imm|overstayed a tourist visa|overstayed;tourist visa⟧ and whether the school holds ⟦imm|copies of her passport or I-20|passport or I-20⟧. No incident occurred at school. ⟦nat|The enrollment form says she was born in Peru|Peru⟧.""")

C("liaison", "allow_redact", name="Quentin Hayes", grade=12, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="double-edged dagger", recipient="bpd/district-b3", when="2025-12-09 12:35",
  loc="Jeremiah E. Burke High School, cafeteria exit by the loading dock",
  desc="""Liaison summary. At approx 1235 hrs SSS Monteiro observed Quentin Hayes (grade 12) remove a double-edged dagger with a 5-inch blade from his boot while standing at the cafeteria exit by the loading dock and show it to two students. I recovered the dagger and its leather sheath. No threats were made and no one was injured. ⟦gang|The student, who goes by "Q-Bandz," is known to me as a member of the Quillen Street set|Q-Bandz;Quillen Street set⟧. He stated the dagger was a birthday present. BPD B-3 notified at 1250 hrs.""",
  keep=["5-inch blade", "leather sheath", "birthday present"], key="dagger",
  extra={"aka": "Q-Bandz", "gang_flag": "Quillen Street set (verified)"})

C("liaison", "allow_redact", name="Abdullahi Warsame", grade=10, school="Boston Community Leadership Academy",
  ground="credible_threat", recipient="bpd/district-e18", when="2026-04-07 12:00",
  loc="Boston Community Leadership Academy, cafeteria and gym",
  threat="""On 04/07 at approx 1200 hrs, in the cafeteria, Abdullahi Warsame told M.K. and two others: "Friday I'm bringing the knife from my uncle's truck and I'm going to stab Coach Reilly in the neck for cutting me." He repeated it in gym class at 1300 hrs and described the knife as a "big hunting knife with a hook." He brought a pocketknife to school once in grade 9.""",
  desc="""School police liaison summary for District E-18.

On 04/07/2026 the assistant headmaster advised me that three students reported a threat made by Abdullahi Warsame (grade 10) against the varsity soccer coach, Coach Reilly, after he was cut from the team on 04/06. The witnesses (M.K., T.S., L.O.) were interviewed separately in the main office between 1310 and 1350 hrs and gave consistent statements. I interviewed the student at 1415 hrs with the assistant headmaster present. ⟦lang|The interview was conducted in Somali with the school's bilingual paraprofessional interpreting|Somali;paraprofessional interpreting⟧. The student admitted making the statement and said he was "just angry." ⟦imm|He said he has been angry since March, when he could not fly to his grandmother's funeral because the family was told he might not be allowed back into the country|allowed back into the country⟧. He stated that his uncle keeps a hunting knife in his work truck. No weapon was found on the student or in his locker (locker 1187).

⟦nbh|The uncle's truck is normally parked outside the family's apartment at the Fenwood Terrace development|Fenwood Terrace⟧. I have not gone there. Coach Reilly was informed and has asked for a safety plan. A threat assessment was opened and the student was placed on an emergency removal pending a hearing. Parent notification was made at 1500 hrs. I recommend that District E-18 follow up with the family about access to the knife.""",
  keep=["locker 1187", "varsity soccer coach", "cut from the team"], key="hunting knife")

C("liaison", "deny_recipient", name="Malik Ayala", grade=11, school="Madison Park Technical Vocational High School",
  ground="weapon", weapon="brass knuckles", recipient="commonwealth-fusion-center", when="2026-02-18 09:40",
  loc="Madison Park Technical Vocational High School, auto shop",
  desc="""Liaison summary. Brass knuckles recovered from the student's tool bag in the auto shop at 0940 hrs. No injuries. ⟦gang|Student is listed as a Vantage Road associate|Vantage Road associate⟧; forwarding to the fusion center per their standing request.""",
  extra={"ethnicity": "Puerto Rican", "race_code": "H"}, fcan=[("eth", "Puerto Rican")])

# ----------------------------------------------------------------------------- youth worker
C("youth_worker", "allow_redact", name="Jaheim Roberts", grade=10, school="Community Academy of Science and Health",
  ground="credible_threat", recipient="bpd/district-e18", when="2025-11-18 16:30",
  loc="Community Academy of Science and Health, after-school program, room 104",
  threat="""Jaheim told me (youth worker, Second Wind program) at about 4:30 pm in room 104: "I'm done talking. Saturday at the Colbert Rec game I'm bringing the ratchet and I'm letting it go on Trey and whoever is with him, I don't care who's in the gym." He said the gun is "already put up" at a friend's house. Trey is a 10th grader at this school.""",
  desc="""Hi Ms. Adeyemi, writing this up like you asked so it's all in one place. I'm a youth worker with Second Wind Youth Collective and I run the Tuesday/Thursday group in room 104. I've known Jaheim since 7th grade through the program, and I want to say first that he has been doing a lot better this fall, he's been coming every week and he helped set up the food drive. So this is not easy to write.

Tuesday around 4:15 the group was winding down and Jaheim stayed behind to help stack chairs. He was quiet, then he started talking about Trey (a 10th grader here). He said Trey and his friends "caught" his little cousin at the bus stop last week and took his phone and his jacket and punched him. Then he said, and I wrote it down right after so this is close to exact: "I'm done talking. Saturday at the Colbert Rec game I'm bringing the ratchet and I'm letting it go on Trey and whoever is with him, I don't care who's in the gym." I asked him what he meant by ratchet and he said "you know what it is." He said it's "already put up" at a friend's house and he's not going to bring it to school. He was calm when he said it, not yelling, which honestly worried me more.

I tried to talk him down. We talked for maybe twenty minutes. He kept coming back to his cousin. ⟦imm|He also told me his uncle's asylum case got denied in November and the family has been scared to open the door for anybody|asylum⟧, and he feels like he's the only one who can "handle things" right now. ⟦gang|He's been hanging with the Ninety-Nine crew since the summer, which is new for him|Ninety-Nine crew⟧. I don't know how much of that is connected.

When he left at about 4:50 I called my supervisor, Dana Whitlock, and she told me to report to the school right away, which is why I'm emailing you tonight. I have not told Jaheim I'm reporting this. I don't think he has a gun on him at school, but he was very specific about Saturday and the gym, and I believe he means it. The Colbert Rec game starts at 6 pm Saturday and a lot of our kids go.

I'm available tomorrow any time after 10 to meet with you and whoever else needs to be there. Please let me know if you need me to write anything else. I want Jaheim to be safe too.""",
  keep=["Colbert Rec game starts at 6 pm Saturday", "stack chairs", "took his phone and his jacket"], key="ratchet")

C("youth_worker", "deny_ground", name="Kelvin Osei", grade=11, school="Charlestown High School",
  ground="chronic_absence", recipient="bpd/district-a1", when="2026-01-26 09:00",
  loc="Charlestown High School, attendance office",
  desc="""Youth worker note for the attendance team. Kelvin has missed 31 days since September. He isn't skipping to hang out. ⟦imm|He works nights with his dad at a restaurant because they don't have papers and can't get other work|don't have papers⟧. ⟦nbh|They're doubled up with another family in a two-bedroom at 19 Pellham Terrace|Pellham Terrace⟧. I'm asking that nothing here goes to court or police, I'm just trying to get him back in school.""")

C("youth_worker", "allow_clean", name="Nia Thompson", grade=9, school="Boston Arts Academy",
  ground="serious_violence", recipient="bpd/district-d4", when="2026-02-17 15:20",
  loc="Boston Arts Academy, auditorium lobby",
  desc="""Youth worker report (Boys & Girls Club liaison, I'm at the school Tuesdays). After the Lunar New Year assembly let out at about 3:20, Nia Thompson and another 9th grader (initials S.C.) got into it in the auditorium lobby over a video S.C. posted. Nia hit S.C. in the face with a metal water bottle, a big Hydro Flask, at least three times. S.C.'s nose was bleeding heavily and a front tooth was knocked out; EMS took her to Tufts Medical Center and her mom told us tonight her nose is broken and she needed stitches over her eyebrow. Nia was wearing a gray North Face and white Jordans. The Hydro Flask was dented and had blood on it; Mr. Castellano put it in a bag in the main office. Nia said S.C. "started it online." I'm available to talk to the family with the school.""",
  keep=["Lunar New Year assembly", "Boys & Girls Club", "white Jordans"], key="Hydro Flask", tags=["trap"])

C("youth_worker", "allow_redact", name="Imani Baptiste", grade=10, school="New Mission High School",
  ground="weapon", weapon="steak knife", recipient="bpd/district-e18", when="2025-10-30 11:10",
  loc="New Mission High School, 2nd floor girls locker room",
  desc="""ok so writing this for the AP like she asked. I'm the youth worker who does the girls group Thursdays. Today at 11:10 in the girls locker room Imani Baptiste had a steak knife, like a black-handled one from a kitchen set, and was holding it up at a girl named Kiara saying "say it again." I got between them and Imani gave it to me, I walked it straight to the main office. Nobody got cut. ⟦gang|Imani told me she keeps it because she runs with the DMG girls (Dunmore Girlz) and the other side been posting her|DMG girls;Dunmore Girlz⟧. She was shaking after. Kiara went home early with her grandmother.""",
  keep=["black-handled", "girls locker room", "say it again"], key="steak knife")

C("youth_worker", "allow_redact", name="Leila Mansour", grade=11, school="Fenway High School",
  ground="drugs", subs=["alprazolam (Xanax)"], recipient="bpd/district-d4", when="2026-03-24 13:45",
  loc="Fenway High School, library",
  desc="""I'm the peer-leadership youth worker at Fenway. Around 1:45 Leila came into the library really out of it, slurring, and she showed me a pill bottle with no label that had about 20 white bars in it, scored in 3 places. She said they're Xanax and she's been selling a few to "take the edge off" for kids before tests. I brought her to the nurse, who checked her vitals and called EMS as a precaution; she was not transported. ⟦rel|She begged me not to call home because her parents are strict Muslim and "would kill her"|Muslim⟧. I gave the bottle to AP Delaney at 2:05.""",
  keep=["white bars", "scored in 3 places", "pill bottle with no label"], key="Xanax",
  extra={"religion": "Muslim (per family)"}, fcan=[("rel", "Muslim")])

C("youth_worker", "deny_substance", name="Nelson Gomes", grade=12, school="Madison Park Technical Vocational High School",
  ground="drugs", subs=["marijuana (blunt)", "cognac"], recipient="bpd/district-b2", when="2026-05-15 20:30",
  loc="Madison Park Technical Vocational High School, gym (spring dance)",
  desc="""Youth worker, chaperoning the spring dance. Around 8:30 I found Nelson and two boys behind the bleachers passing a blunt and a pint of Hennessy. ⟦eth|Nelson is Cape Verdean|Cape Verdean⟧ ⟦lang|and his mom needs everything in Kriolu|Kriolu⟧, so please call me before calling home. No one was sick.""")

C("youth_worker", "allow_redact", name="Christian Morales", grade=8, school="Curley K-8 School",
  ground="serious_violence", recipient="bpd/district-e13", when="2026-04-28 12:40",
  loc="Curley K-8 School, upper schoolyard",
  desc="""texting this to u so u have it b4 the meeting
at recess like 12:40 Christian M was on the upper yard n he took a lacrosse stick from the gym bin n swung it at Mateo's head like full swing
Mateo fell n was bleeding from his ear n not talking right
nurse called 911, they took him to childrens, his dad said skull fracture n they keepin him 2 nights
⟦nat|christians moms is from gautemala|gautemala⟧ ⟦nbh|n they stay by Eggleston by the laundromat so i kno them a lil|Eggleston⟧
he kept sayin Mateo was talkin bout his sister""",
  keep=["lacrosse stick", "skull fracture", "upper yard"], key="lacrosse stick", tags=["dodge"])

C("youth_worker", "allow_redact", name="Elijah Foster", grade=9, school="Charlestown High School",
  ground="weapon", weapon="brass knuckles", recipient="bpd/district-a1", when="2025-12-11 14:50",
  loc="Charlestown High School, back stairwell by the gym",
  desc="""Youth worker (Second Wind, Thursdays). At 2:50 in the back stairwell by the gym Elijah Foster showed me and two other boys a set of brass knuckles, silver with a skull on them, and put them on and said he was going to "test them out" on a kid named Bryce after school. I told him to hand them over and he did. I gave them to SSS Walsh at 3:00. Nobody got hurt. ⟦rel|His pastor at Fuente de Vida Pentecostal called me an hour later because Elijah had texted him|Fuente de Vida;His pastor⟧. Bryce was walked to his bus by staff.""",
  keep=["skull on them", "back stairwell by the gym", "test them out"], key="brass knuckles", tags=["trap"])

C("youth_worker", "deny_recipient", name="Derrick Mensah", grade=11, school="Boston Community Leadership Academy",
  ground="weapon", weapon="folding knife", recipient="northgate-private-security", when="2026-03-31 08:10",
  loc="Boston Community Leadership Academy, front entrance",
  desc="""Youth worker report. Derrick had a folding knife in his jacket when he came through the front. ⟦nbh|He walks from the Harrow Court apartments off Bellflower St every morning|Harrow Court;Bellflower St⟧ and says he carries it for that walk. Sending to Northgate, the security company doing the new entrance screening.""")

C("youth_worker", "allow_redact", name="Kayla Nguyen", grade=12, school="John D. O'Bryant School of Mathematics and Science",
  ground="drugs", subs=["fentanyl"], recipient="bpd/district-b2", when="2026-02-24 15:40",
  loc="John D. O'Bryant School, 1st floor girls bathroom",
  desc="""Youth worker statement. I run the after-school mentoring group at the O'Bryant on Tuesdays. At about 3:40 a student came and got me because Kayla Nguyen was in the first floor girls bathroom and "wasn't waking up right." I found Kayla on the floor of the last stall, breathing slow, lips blue. I yelled for the nurse and gave her one dose of Narcan nasal spray from the kit on the wall at 3:43; she started breathing better within about two minutes. Nurse Abernathy took over and EMS transported her to Boston Medical Center at 3:58.

On the floor next to her was a small wax baggie stamped with a green dragon and a rolled-up dollar bill, and there was a second baggie in her jacket pocket. Kayla told the nurse before EMS came that it was "fent" and that she got it from someone outside the school and was going to share the second bag with a friend. AP Sorensen has both baggies. ⟦imm|Kayla told me last month that her mom's boyfriend got picked up by ICE outside the Save-Rite market in October, and she has been having a really hard time since then|picked up by ICE⟧. I don't know if that's related.

I stayed until her aunt arrived at the hospital. I'm writing this the same night so nothing gets lost. I can meet with the school or the police liaison any day this week.""",
  keep=["green dragon", "Narcan nasal spray", "last stall"], key="fent")

# ----------------------------------------------------------------------------- special-education team chair
C("sped_chair", "allow_redact", name="Jason Li", grade=7, school="Josiah Quincy Upper School",
  ground="weapon", weapon="pocketknife", recipient="bpd/district-a1", when="2025-11-20 10:05",
  loc="Josiah Quincy Upper School, resource room 3B",
  desc="""From the Special Education Team Chair, for the file and the liaison. Jason Li (grade 7) is on an IEP (Communication/Autism); the manifestation determination meeting is scheduled for 12/2. On 11/20 at approx 10:05 in resource room 3B, Jason took a red pocketknife (Swiss Army style, 2.5 inch blade) out of his pencil pouch and held it against the forearm of his 1:1 paraprofessional when she blocked the door. The para was not cut. The special educator, Ms. Pratt, took the knife after about one minute of de-escalation. ⟦lang|Jason is an English Learner (ELD level 2, WIDA composite 2.4)|ELD level 2;WIDA;English Learner⟧. ⟦lang|His parents have asked for Cantonese interpretation at the MDR|Cantonese⟧. The Team will consider a change in placement.""",
  keep=["Swiss Army style", "resource room 3B", "forearm of his 1:1 paraprofessional"], key="pocketknife",
  extra={"iep": True, "primary_disability": "Autism", "home_language": "Cantonese", "ell_level": "ELD 2"},
  fcan=[("lang", "Cantonese")], tags=["trap"])

C("sped_chair", "allow_redact", name="Omar Khalil", grade=6, school="Mario Umana Academy",
  ground="serious_violence", recipient="bpd/district-a7", when="2026-01-13 09:30",
  loc="Mario Umana Academy, classroom 118",
  desc="""Team Chair summary for the incident of 1/13/2026. Omar Khalil (grade 6) receives special education services in a substantially separate program (Emotional Impairment) with a Behavior Intervention Plan last revised 10/2025.

At approximately 9:30 a.m. Omar became dysregulated during a math transition when he was told the class would not go to the gym. Staff followed the BIP and offered a break in the calm corner. Omar threw two workbooks, then picked up a student chair (metal frame, molded plastic seat) and swung it at the classroom paraprofessional, Mr. Alvarez, striking him on the left wrist and the side of the head. Mr. Alvarez was seen by the nurse and then transported by EMS to Massachusetts General Hospital, where he was diagnosed with a fractured left wrist and a concussion; he had surgery on the wrist on 1/14 and is out of work. Two other students were moved to the hallway by the teacher, Ms. Goldberg, and were not hurt. Omar was supported by the crisis team and calmed by 10:05. He was not restrained.

The parents met with the Team on 1/14. ⟦imm|They are refugees|refugees⟧ ⟦nat|from Syria|Syria⟧. Mother reports that Omar has had trauma-related symptoms for several years. ⟦lang|An Arabic interpreter attended the meeting|Arabic⟧. The Team is reconvening to conduct an FBA and to consider a more intensive placement. Because Mr. Alvarez's injuries required hospitalization and surgery, the administration is submitting this report under the serious violence ground. The Team asks that the student's disability-related needs be taken into account.""",
  keep=["fractured left wrist", "metal frame, molded plastic seat", "calm corner"], key="fractured left wrist")

C("sped_chair", "allow_clean", name="Brianna Walsh", grade=10, school="Henderson K-12 Inclusion School",
  ground="drugs", subs=["oxycodone (not prescribed to the student)"], recipient="bpd/district-c11",
  when="2026-03-19 11:20", loc="Henderson K-12 Inclusion School, room 112",
  desc="""Team Chair note. During a scheduled sensory break the occupational therapist found Brianna Walsh (grade 10, 504 plan) handing two round white tablets marked "OC 80" to another student in room 112 (the old ESL room, now used for OT and sensory breaks). The tablets were recovered along with a prescription bottle labeled with her grandmother's name containing 14 more of the same tablets. Brianna said she took the bottle from her grandmother and was selling the tablets for $20 each. The nurse identified them as oxycodone 80 mg. Nobody ingested any. Parent was called at 11:40 and came in.""",
  keep=["old ESL room", "OC 80", "$20 each"], key="oxycodone", tags=["trap"])

C("sped_chair", "deny_ground", name="Marco DeSouza", grade=5, school="Young Achievers Science and Mathematics K-8",
  ground="behavior_escalation", recipient="bpd/district-e18", when="2026-02-03 13:15",
  loc="Young Achievers Science and Mathematics K-8, classroom 2C",
  desc="""Team Chair request. Marco (grade 5, IEP) has had six escalations this month, flipping desks and running from the building. No one has been injured. The Team wants police awareness in case he elopes again. ⟦imm|Mother is undocumented and is afraid the Team will involve police|undocumented⟧, ⟦lang|she communicates in Portuguese through the district interpreter|Portuguese⟧.""")

C("sped_chair", "allow_redact", name="Hannah Pereira", grade=9, school="Boston Arts Academy",
  ground="weapon", weapon="razor blade", recipient="bpd/district-d4", when="2025-10-09 12:50",
  loc="Boston Arts Academy, dance studio hallway",
  desc="""Team Chair incident summary. Hannah Pereira (grade 9, IEP for Specific Learning Disability) cut another student (initials G.H.) on the upper arm with a single-edge razor blade in the dance studio hallway at approximately 12:50 after an argument about a costume. The cut was about 2 inches long and needed 6 stitches at urgent care. The blade was recovered from a tissue box in Hannah's locker. ⟦rel|Because the family are Jehovah's Witnesses, mother asked that the re-entry meeting not be scheduled on a congregation meeting night|Jehovah;congregation meeting night⟧. The Team will review supports.""",
  keep=["single-edge razor blade", "6 stitches", "tissue box"], key="razor blade")

C("sped_chair", "allow_redact", name="Noor Abdelrahman", grade=8, school="Lilla G. Frederick Pilot Middle School",
  ground="credible_threat", recipient="bpd/district-c11", when="2026-05-12 09:50",
  loc="Lilla G. Frederick Pilot Middle School, science classroom",
  threat="""Noor wrote in her science notebook, which a classmate photographed and brought to the teacher: "May 15 I'm bringing my dad's knife and I'm stabbing Ava and Jayla in the bathroom before 2nd period, they will see." Ava and Jayla are 8th graders who have been in conflict with Noor since March.""",
  desc="""Special Education Team Chair. Noor (grade 8, IEP, Other Health Impairment) was removed from class at 9:50 after the science teacher received the photo of the notebook page. The page was recovered and is in the AP's office. Noor said she wrote it "because they keep laughing at me" and that she would not really do it. A threat assessment was started the same morning and parents were called. ⟦lang|Student record: EL status Y, home language survey: Arabic|EL status;Arabic⟧. ⟦nbh|Parents live at 240 Vantage Rd, Apt 5, and asked for a home visit instead|240 Vantage;Vantage Rd⟧. The Team will reconvene on 5/14.""",
  keep=["photo of the notebook page", "AP's office", "threat assessment was started"], key="notebook page")

C("sped_chair", "deny_recipient", name="Luca Ferrante", grade=10, school="East Boston High School",
  ground="weapon", weapon="box cutter", recipient="cbp/boston-field-office", when="2026-04-09 10:30",
  loc="East Boston High School, woodshop",
  desc="""Team Chair. Box cutter found in the student's IEP binder pocket during woodshop. No injury. ⟦imm|The family's I-94 and parole paperwork are in the counseling file|I-94;parole paperwork⟧ and the office asked for this to go to CBP too.""")

C("sped_chair", "allow_redact", name="Abdirahman Hassan", grade=11, school="Madison Park Technical Vocational High School",
  ground="weapon", weapon="butterfly knife", recipient="bpd/district-b2", when="2026-03-26 13:35",
  loc="Madison Park Technical Vocational High School, culinary arts kitchen",
  desc="""Team Chair summary for manifestation determination. In the culinary arts kitchen at 1:35 Abdirahman Hassan (grade 11, IEP) flipped open a butterfly knife he had brought from home and pointed it at a classmate during an argument over a station assignment. The chef-instructor, Mr. Bianchi, told him to drop it and he set it on the steel prep table. No one was hurt. The butterfly knife has a 4-inch blade and a purple handle. ⟦lang|The SIS record shows home language: Ｓｏｍａｌｉ and the family will need an interpreter for the MDR|Somali;need an interpreter⟧. Student remains out pending the MDR.""",
  keep=["steel prep table", "purple handle", "culinary arts kitchen"], key="butterfly knife", tags=["dodge"])

C("sped_chair", "allow_redact", name="Derek Sullivan", grade=12, school="Brighton High School",
  ground="serious_violence", recipient="bpd/district-d14", when="2025-11-25 08:25",
  loc="Brighton High School, transportation drop-off loop",
  desc="""Team Chair report. Derek Sullivan (grade 12) has an IEP and receives specialized transportation. At approximately 8:25 this morning, when the van arrived at the drop-off loop, Derek got out and punched another van rider (initials P.N., grade 11) repeatedly in the face and then kicked him in the ribs while he was on the ground. The van monitor called for help and SSS Dwyer separated them. P.N. was transported by EMS to St. Elizabeth's Medical Center with a broken jaw and two cracked ribs; he will have his jaw wired. Derek told staff P.N. had been "talking about" his girlfriend on the van.

⟦nbh|For the record of the van route: Derek's door-to-door pickup is at 17 Rourke St, Apt 2R, Allston|17 Rourke;Rourke St;Allston⟧. The driver says the two boys argued the whole ride. The van camera footage has been requested from the transportation vendor. The Team will meet the week after the Thanksgiving break. Parents notified at 9:10.""",
  keep=["two cracked ribs", "Thanksgiving break", "drop-off loop"], key="broken jaw",
  extra={"transportation": {"type": "door-to-door", "pickup": "17 Rourke St Apt 2R"}}, tags=["trap"])

C("sped_chair", "deny_threat_missing", name="Gabriel Souza", grade=9, school="Snowden International School",
  ground="credible_threat", recipient="bpd/district-d4", when="2026-02-05 10:40",
  loc="Snowden International School, room 405",
  desc="""Team Chair. Gabriel said something in class about "shooting the place up" according to a para; no one wrote down his words and the student denies it. ⟦nat|The record lists country of birth: Brazil|Brazil⟧. Requesting police review.""")

# ----------------------------------------------------------------------------- cafeteria manager
C("cafeteria", "allow_clean", name="DeShawn Carter", grade=10, school="English High School",
  ground="weapon", weapon="chef's knife", recipient="bpd/district-e13", when="2026-03-17 11:35",
  loc="English High School, cafeteria serving line",
  desc="""Cafeteria manager report. Today was the St. Patrick's Day menu (corned beef, cabbage, soda bread) plus the regular Jamaican beef patties and the chicken creole. At 11:35 on the serving line DeShawn Carter reached over the sneeze guard and grabbed one of our 8-inch chef's knives off the cutting board where my cook was slicing the corned beef. He turned around and waved it at a boy behind him in line and said "move again." My cook Ms. Pimentel yelled and DeShawn dropped it on the tray rail. Nobody got cut. The knife is locked in my office. SSS came at 11:38. We threw out the trays near the knife.""",
  keep=["Jamaican beef patties", "chicken creole", "sneeze guard"], key="chef's knives", tags=["trap"])

C("cafeteria", "allow_redact", name="Luis Alberto Rivas", grade=11, school="East Boston High School",
  ground="drugs", subs=["fentanyl"], recipient="bpd/district-a7", when="2025-10-28 12:05",
  loc="East Boston High School, cafeteria lunch line",
  desc="""Report from the cafeteria manager. At 12:05 in second lunch one of my cashiers saw Luis Alberto Rivas drop a little bag while he was paying with his student ID. She picked it up. It was a tiny baggie with blue-ish powder and a stamp that said "RED BULL" with a bull picture. Luis asked for it back and said it was his cousin's. I gave it to SSS Mancini at 12:10 and told the AP. SSS Mancini said later it tested positive for fentanyl. I know this boy, he is always polite. ⟦rel|I know his grandmother from Iglesia Monte Horeb|Iglesia Monte Horeb⟧, ⟦lang|she only speaks Spanish so please have someone who can talk to her|only speaks Spanish⟧. Nobody touched the powder with bare hands, we used gloves.""",
  keep=["RED BULL", "blue-ish powder", "we used gloves"], key="fentanyl", tags=["trap"])

C("cafeteria", "deny_substance", name="Ibrahim Diallo", grade=10, school="Charlestown High School",
  ground="drugs", subs=["hard seltzer"], recipient="bpd/district-a1", when="2026-01-22 11:15",
  loc="Charlestown High School, cafeteria",
  desc="""Cafeteria manager. A student's thermos smelled like alcohol and when the SSS checked it was a White Claw poured in. The student is Ibrahim Diallo. ⟦rel|I know him because he always takes the halal tray|halal⟧. He gave it up right away.""")

C("cafeteria", "allow_redact", name="Aden Farah", grade=9, school="Boston Community Leadership Academy",
  ground="serious_violence", recipient="bpd/district-e18", when="2026-02-09 11:50",
  loc="Boston Community Leadership Academy, cafeteria, student microwaves",
  desc="""Cafeteria manager. At 11:50 by the student microwaves Aden Farah took a cup of instant noodles that he had just heated until it was boiling and threw it in the face of another boy (initials J.D.) from about two feet away. J.D. screamed and had red blistering burns on his cheek, neck and left eye area. The nurse ran cold water and EMS took him to Boston Children's; his mother told the school he has second-degree burns and they are watching his eye. ⟦eth|Aden is one of the Somali boys|Somali⟧ ⟦nbh|from Harrow Court, I see them every day|Harrow Court⟧. I have the noodle cup in a bag. Camera 4 covers the microwaves.""",
  keep=["instant noodles", "Camera 4 covers the microwaves", "left eye area"], key="second-degree burns",
  extra={"ethnicity": "Somali"}, fcan=[("eth", "Somali")])

C("cafeteria", "deny_ground", name="Jonathan Reyes", grade=11, school="Excel High School",
  ground="theft", recipient="bpd/district-c6", when="2026-04-15 12:40",
  loc="Excel High School, cafeteria register",
  desc="""Cafeteria manager. Student took $60 from the register drawer when the cashier stepped away. We have video. ⟦imm|The cashier says his dad got deported in the spring|dad got deported⟧ and he's been taking food home. I want the money back more than anything.""")

C("cafeteria", "allow_redact", name="Fabiola Jean", grade=11, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="box cutter", recipient="bpd/district-b3", when="2026-03-04 12:20",
  loc="Jeremiah E. Burke High School, cafeteria dish return",
  desc="""This is the cafeteria manager, Gloria Santangelo. The AP asked me to write down what I saw at second lunch, so here it is.

Second lunch started at 12:00 like always. We were serving baked ziti, Caesar salad and the spicy chicken sandwich, and we ran out of chocolate milk early, so the line was slow and some of the kids were annoyed. Around 12:20 there was yelling at the dish return by the back doors. I came out from behind the line and saw Fabiola Jean holding a box cutter, the orange kind from the dollar store with the snap-off blade, and she had the blade out about an inch. She was swinging it at another girl, a tall girl in a Celtics hoodie, and the other girl had her hands up. The tall girl's right hand was bleeding across the palm. I yelled for Mr. Donnelly (SSS) and he came in from the hallway in maybe 30 seconds. Fabiola dropped the box cutter in the dish return bin and Mr. Donnelly picked it out with his gloves on.

I got the first aid kit and gave the tall girl paper towels to press on her hand until the nurse came. There was a good amount of blood on the floor and the tray belt. We shut down the dish return and my staff cleaned with bleach after the SSS said it was okay.

⟦rel|I know Fabiola and her mother from church, Église de la Grâce|Église de la Grâce⟧, ⟦eth|it's a Haitian congregation|Haitian⟧, and her mother is a good woman. I don't want the girl to be in worse trouble than she has to be, but I saw what I saw. The kids at the table said it was about a boy. The video camera over the dish return should have it. I can talk to anybody who needs me, I'm here 6:30 to 2:30.""",
  keep=["snap-off blade", "right hand was bleeding across the palm", "Celtics hoodie"], key="box cutter")

C("cafeteria", "allow_clean", name="Jasmine Okoro", grade=12, school="Boston Latin Academy",
  ground="credible_threat", recipient="bpd/district-b2", when="2025-10-31 12:30",
  loc="Boston Latin Academy, cafeteria register",
  threat="""Jasmine Okoro told cafeteria cashier Ms. Dunleavy while paying: "Tell Coach Harmon that Monday I'm bringing my stepdad's pistol and he's the first one, I already know which door he comes in." She then said it again to a student behind her in line, who confirmed it to the AP.""",
  desc="""Cafeteria manager report. Today was the Halloween lunch (pumpkin muffins, Greek salad, French fries) and a lot of the kids were in costumes. At about 12:30 at the register Jasmine Okoro, wearing a Canada Goose jacket over a witch costume, told my cashier Ms. Dunleavy the thing about bringing her stepdad's pistol for Coach Harmon. Ms. Dunleavy came to my office shaking and I called the AP right away at 12:33. Jasmine paid for a Greek salad with a Visa gift card and went to sit down. The AP and SSS took her out of the cafeteria at 12:41. I am writing the exact words the cashier told me in the threat part.""",
  keep=["Halloween lunch", "Visa gift card", "Canada Goose jacket"], key="pistol", tags=["trap"])

C("cafeteria", "deny_recipient", name="Trevor Lam", grade=10, school="Josiah Quincy Upper School",
  ground="weapon", weapon="switchblade", recipient="mbta-transit-police", when="2026-05-07 12:10",
  loc="Josiah Quincy Upper School, cafeteria",
  desc="""Cafeteria manager. Student showed a switchblade to friends at the table; SSS took it. Sending to the Transit Police because he says he carries it on the Orange Line. ⟦lang|His mother speaks only Toisanese, so the Chinese-speaking aide should call|Toisanese;Chinese-speaking aide⟧.""")

# ----------------------------------------------------------------------------- custodian
C("custodian", "allow_redact", name="Anthony Burgos", grade=10, school="English High School",
  ground="weapon", weapon=".38 revolver", recipient="bpd/district-e13", when="2025-12-02 06:40",
  loc="English High School, 2nd floor boys bathroom",
  desc="""Custodian statement. I came in at 6:15 like always. At 6:40 I was changing the light in the 2nd floor boys bathroom and the ceiling tile over the last stall was pushed up. I moved it with my broom handle and a gun fell half out, a small silver revolver with a brown handle wrapped in a blue bandana. I did not touch it. I locked the bathroom and called Mr. Pacheco (head custodian) and he called the school police. Yesterday after dismissal around 2:30 I seen a student, Anthony Burgos, come out of that bathroom after standing on the trash can, I told him get down. ⟦nbh|I know the kid because his family stays in the same building as me on Tarrow St, number 212, third floor|Tarrow St;number 212⟧. The officer took the gun at 7:05.""",
  keep=["small silver revolver", "blue bandana", "ceiling tile over the last stall"], key="revolver")

C("custodian", "allow_clean", name="Jerome Whitaker", grade=12, school="Madison Park Technical Vocational High School",
  ground="drugs", subs=["crack cocaine"], recipient="bpd/district-b2", when="2026-01-07 15:30",
  loc="Madison Park Technical Vocational High School, loading dock (Whitmore St side)",
  desc="""Custodian, 2nd shift. At 3:30 pm I was taking the trash out to the loading dock on the Whitmore St side of the building and Jerome Whitaker and another kid were by the dumpster. When they seen me the other kid ran. Jerome dropped a little plastic bag and a glass pipe. The bag had little off-white rocks in it, maybe 8 or 10, like crack. He said "that ain't mine" and walked back in the building. I picked the bag up with a dustpan and gave it to the security at the front desk, Mr. Oyelaran, at 3:40. Also there was a Dunkin' cup and a pack of Newports on the ground, I left those. The pipe broke when he dropped it.""",
  keep=["off-white rocks", "glass pipe", "Whitmore St"], key="crack", tags=["trap"])

C("custodian", "deny_ground", name="Kyrie Mendes", grade=8, school="Dearborn STEM Academy",
  ground="vandalism", recipient="bpd/district-b2", when="2026-04-21 07:00",
  loc="Dearborn STEM Academy, east stairwell",
  desc="""Custodian. Found the east stairwell wall tagged in black spray paint this morning. ⟦gang|The tags say "QSB 4L" and "Quillen Street" with a crown, that's the Quillen crew|QSB;Quillen Street;Quillen crew⟧. Camera shows Kyrie Mendes with the can at 3:50 yesterday. Took me two hours to paint over.""")

C("custodian", "allow_redact", name="Kenneth Flaherty", grade=11, school="Brighton High School",
  ground="serious_violence", recipient="bpd/district-d14", when="2026-03-11 17:10",
  loc="Brighton High School, back stairwell near the boiler room",
  desc="""Night custodian. About 5:10 pm I found a student (W.D.) sitting on the floor of the back stairwell near the boiler room holding his head, there was blood coming from a cut on the back of his head and it was all in his collar. He told me two boys hit him with a padlock in a sock and took his AirPods, and he said one of them was Kenny Flaherty from the basketball team. ⟦lang|He was talking Kreyòl to me|Kreyòl⟧, ⟦nat|I am from Haiti too so I understood him good|Haiti⟧. I called 911 and the night supervisor. EMS took him at 5:25 and the nurse at the hospital told his mother it was a skull fracture. There is blood on the 3rd and 4th steps, I did not clean it because the police asked me not to.""",
  keep=["took his AirPods", "skull fracture", "3rd and 4th steps"], key="padlock in a sock")

C("custodian", "deny_substance", name="Rashad Greene", grade=11, school="TechBoston Academy",
  ground="drugs", subs=["THC wax pen", "blunts"], recipient="bpd/district-c11", when="2025-11-18 16:00",
  loc="TechBoston Academy, roof access stairwell",
  desc="""Custodian. Found Rashad and two others up by the roof door with a wax pen and blunt roaches all over the landing, smelled like weed. ⟦gang|Those boys are from the Ashcroft St crew, everybody knows|Ashcroft St crew⟧. Took the pen to the office.""")

C("custodian", "allow_redact", name="Jorge Castañeda", grade=8, school="Mission Hill K-8",
  ground="weapon", weapon="hunting knife", recipient="bpd/district-b2", when="2026-02-11 07:30",
  loc="Mission Hill K-8, schoolyard by the side gate",
  desc="""Custodian writing. 7:30 am I was salting the side walk by the side gate and Jorge Castañeda and another 8th grade boy were pushing each other by the fence. Jorge pulled a big knife out from his coat, a hunting knife with a brown wood handle in a leather case, and took it out of the case. I yelled and the other boy ran in the building. Jorge put it back in the case and gave it to me when I asked him. No one hurt. I gave it to the principal Ms. Galvin at 7:40. ⟦nbh|He stays at the family shelter on Corbin Ave with his mom and little sister, he told me before, he comes early for the breakfast|Corbin Ave;family shelter⟧.""",
  keep=["brown wood handle", "leather case", "side gate"], key="hunting knife")

C("custodian", "allow_redact", name="Minh Pham", grade=12, school="Charlestown High School",
  ground="drugs", subs=["heroin"], recipient="bpd/district-a1", when="2026-04-16 06:55",
  loc="Charlestown High School, 3rd floor boys locker room",
  desc="""Statement of the early-shift custodian, Ray Costello. I have worked at Charlestown High for 11 years.

On Thursday morning at about 6:55 I was doing the locker rooms before the crew team kids come in for early practice. In the 3rd floor boys locker room, locker 341 was open a crack and I could see a needle cap on the floor under the bench in front of it. When I went to pick up the cap I saw inside the locker a zip pouch with needles (4 or 5, orange caps), a spoon that was burnt on the bottom, and a folded foil with brown powder. I did not touch anything else. I know that locker is Minh Pham's because he asked me to fix the handle in March.

Minh came in about 7:05 and saw me standing there. He said "please Mr. Ray don't" and tried to close the locker. I told him I have to call it in. He sat down on the bench and started crying. I called the head of security, Mr. Kearney, at 7:08 and he came up with the AP. They took the pouch and the foil. Mr. Kearney said it looked like heroin. ⟦nat|Minh's father works with me on the cleaning crew at night, they are from Vietnam|from Vietnam⟧ ⟦imm|and his dad told me he doesn't have his green card yet|green card⟧, so I am worried for the family. I want to say Minh is a good kid and always says good morning.

The needles are in a sharps container in the nurse's office. I cleaned the floor under the bench with gloves after the police said okay.""",
  keep=["crew team", "locker 341", "burnt on the bottom"], key="heroin", tags=["trap"])

C("custodian", "deny_recipient", name="Samuel Otieno", grade=9, school="Excel High School",
  ground="weapon", weapon="pepper spray", recipient="guardline-private-security", when="2026-01-30 14:15",
  loc="Excel High School, side entrance vestibule",
  desc="""Custodian. Student sprayed pepper spray in the side entrance vestibule, two kids coughing. ⟦rel|He had just come back from the prayer room, he goes there every day at 1:30 for his prayers|prayer room;his prayers⟧. Give to Guardline, they do the building cameras.""")

# ----------------------------------------------------------------------------- parent complaint, forwarded in full
C("parent_complaint", "allow_redact", name="Tyrell Simmons", grade=10, school="Boston Community Leadership Academy",
  ground="serious_violence", recipient="bpd/district-e18", when="2026-03-02 14:25",
  loc="Boston Community Leadership Academy, bus stop in front of the school",
  desc="""Forwarded by AP Kimbrough. Parent email below, received 3/2 at 9:14 pm, unedited.

-----Original Message-----
Subject: MY SON WAS ATTACKED AT YOUR SCHOOL AND NOBODY CALLED ME

To the Headmaster and whoever reads this,

My son Darnell is in 10th grade at your school and today at 2:25 when school let out he was attacked at the bus stop right in front of your building by Tyrell Simmons. I have the video that another kid took and sent to him. Tyrell came up from behind and hit him in the back of the head with something metal, my son thinks a bike lock, and when Darnell fell Tyrell kept stomping his head on the sidewalk. There were two teachers on the steps and NOBODY did anything for almost a full minute. My son has a fractured eye socket and a concussion and they had to staple his scalp at Carney Hospital, 7 staples. The doctor said he was lucky about his eye.

I have been telling the school since January that this boy was threatening him. I emailed Ms. Tran twice. ⟦gang|Everyone knows Tyrell is in the Dunmore set and his brothers are too|Dunmore set⟧, ⟦nbh|they run the whole strip by the Saltmarsh Homes where they live|Saltmarsh⟧, and the school keeps putting my son on the same bus. I want to know what you are going to do.

⟦eth|We are a Haitian family|Haitian⟧ ⟦lang|and my husband doesn't speak good English, so he could not call the office himself|doesn't speak good English⟧, but I can and I am. I do not want to hear that this was "just a fight." I want a safety plan and I want Tyrell off that bus. I also want to know why the teachers on the steps did not step in.

I am attaching the video. You can call me any time tomorrow. I will be at the school at 8 am either way.

Mrs. Yolande Beaubrun (mother of Darnell Beaubrun, grade 10)

-----End-----

AP note: Video reviewed 3/3 at 7:45 am. It shows the swing with what looks like a U-shaped bike lock and at least three stomps. Tyrell is identifiable by his red puffer jacket and the white headband. SSS confirm the bus stop is covered by school camera 2.""",
  keep=["fractured eye socket", "7 staples", "red puffer jacket"], key="bike lock",
  attach=[{"kind": "document", "name": "parent_email_0302.pdf"}, {"kind": "video", "name": "bus_stop_clip.mp4"}])

C("parent_complaint", "deny_ground", name="Aaliyah Brooks", grade=7, school="Mario Umana Academy",
  ground="bullying", recipient="bpd/district-a7", when="2026-01-27 12:00",
  loc="Mario Umana Academy, 2nd floor hallway",
  desc="""Parent complaint forwarded. "My son has been teased every day by Aaliyah Brooks and her friends ⟦rel|for wearing his kufi to school|kufi⟧. ⟦eth|They call him African like it is a bad word|African⟧. I want the police to talk to her." No physical contact reported.""")

C("parent_complaint", "allow_redact", name="Pedro Henrique Alves", grade=10, school="East Boston High School",
  ground="weapon", weapon="folding knife", recipient="bpd/district-a7", when="2025-11-06 08:05",
  loc="East Boston High School, first floor hallway by the main office",
  desc="""Forwarded parent complaint (mother of the student who was threatened), as received by email:

"Good afternoon. My daughter Larissa told me that this morning at 8 o'clock in the hallway by the office the boy Pedro Henrique Alves opened a knife and put it near her face and said he will cut her if she tells anyone about the photos. She is so scared she does not want to go back. The security man took the knife from him, my daughter saw it, it was a gray knife that folds. ⟦lang|I had to bring my neighbor to translate because nobody in the office speaks Portuguese when I called|Portuguese;to translate⟧. I want to know what the school will do and I want the police to know. Thank you, Rosângela."

AP note: SSS Ribeiro confirms he recovered a gray folding knife with a 3-inch blade from Pedro at 8:07. No injury.""",
  keep=["gray knife that folds", "3-inch blade", "hallway by the office"], key="folding knife")

C("parent_complaint", "allow_clean", name="Connor Doherty", grade=11, school="Boston Latin Academy",
  ground="credible_threat", recipient="bpd/district-b2", when="2025-12-15 08:00",
  loc="Boston Latin Academy (Snapchat message to a student)",
  threat="""Connor Doherty sent the following to Liam R. in a Snapchat message on 12/14 at 10:52 pm: "after the Christmas concert thursday i'm bringing my dad's shotgun and ending this, you and ur little friends first." Liam's mother saved a screenshot. Connor's father has confirmed to the school that he owns a shotgun that is kept in the home.""",
  desc="""Forwarded parent complaint, received 12/15 at 6:10 am:

"To Headmaster Farrell. Last night at 10:52 my son Liam got a Snapchat from Connor Doherty saying after the Christmas concert Thursday he is bringing his dad's shotgun and ending this. Liam showed me and I took a screenshot before it disappeared. Liam says Connor has been angry since he lost the class treasurer election in October. My son is terrified. We are bringing the screenshot in this morning. Please call me. Maureen Ryan."

AP note: Screenshot received 7:45 am. Connor was met at the door by SSS and kept in the office. His backpack had no weapon. Father called at 8:20 and said his shotgun is locked in a safe and he has checked it; he is coming in. The Christmas concert is Thursday 12/18 in the auditorium and will have extra staff.""",
  keep=["Christmas concert", "class treasurer election", "locked in a safe"], key="shotgun", tags=["trap"])

C("parent_complaint", "deny_recipient", name="Ahmed Siddiqui", grade=12, school="John D. O'Bryant School of Mathematics and Science",
  ground="credible_threat", recipient="fbi/boston-field-office", when="2026-03-13 09:00",
  loc="John D. O'Bryant School (student group chat)",
  threat="""Ahmed wrote in a class group chat on 3/12: "the whole school is gonna blow, wait till Monday." """,
  desc="""Parent complaint forwarded: "A boy in my daughter's group chat said the school is going to blow on Monday. ⟦rel|He is always talking about his mosque|his mosque⟧ ⟦nat|and his family is from Pakistan|Pakistan⟧. Please send this to the FBI." The school is forwarding it as requested.""")

C("parent_complaint", "allow_redact", name="Kevin Santana", grade=10, school="Brighton High School",
  ground="drugs", subs=["counterfeit Percocet (fentanyl)"], recipient="bpd/district-d14", when="2026-02-19 10:00",
  loc="Brighton High School, 2nd floor bathroom",
  desc="""Forwarded parent email, sent 2/19 at 4:40 pm:

"Hello, I am the mother of Gianna (9th grade). Tonight I found four little blue pills in her coat that say M and 30. She told me she bought them this morning in the 2nd floor bathroom from Kevin Santana for $10 each and that he sells them every day. I looked it up and these fake percocets have fentanyl. She did not take any, thank God. ⟦eth|That boy's family is Dominican|Dominican⟧ ⟦nbh|and they live on Ferncliff Ave right behind the car wash, everybody knows them|Ferncliff Ave⟧. I am bringing the pills to the school tomorrow. I don't want my daughter named."

AP note: Mother brought the four pills 2/20 at 7:30 am; SSS sealed them. Kevin denies. The hallway camera outside the bathroom shows Kevin and Gianna going in at 10:02.""",
  keep=["four little blue pills", "$10 each", "10:02"], key="fentanyl")

C("parent_complaint", "allow_redact", name="Jada Simon", grade=8, school="Lilla G. Frederick Pilot Middle School",
  ground="serious_violence", recipient="bpd/district-c11", when="2026-05-01 14:45",
  loc="Lilla G. Frederick Pilot Middle School, schoolyard by the basketball court",
  desc="""Parent message forwarded as written:

"my daughter Mia was beat up at dismisal today 2:45 by the basketball court by Jada Simon and 2 other girls. Jada pulled her to the ground by her hair and kicked her in the face many times while the other 2 held her. Mia has a broken nose and her front tooth is gone, we was at the ER at Carney till 9 pm. This been going on since febuary.
⟦eth|they keep calling her names because she is not Haitan like them|Haitan⟧.
⟦nbh|jada live on my street on Dunmore at the blue house number 61 so my daughter have to see her every day|Dunmore;number 61⟧.
I want something done. Carla (Mia mom)"

AP note: Nurse confirms visible facial injuries at dismissal; EMS was not called by the school, the parent drove her to the ER.""",
  keep=["pulled her to the ground by her hair", "broken nose", "front tooth is gone"], key="broken nose", tags=["dodge"])

C("parent_complaint", "deny_substance", name="Owen Fitzgerald", grade=9, school="Boston Latin Academy",
  ground="drugs", subs=["vape (contents unknown)"], recipient="bpd/district-b2", when="2026-03-06 13:00",
  loc="Boston Latin Academy, 1st floor bathroom",
  desc="""Forwarded parent complaint: "Owen Fitzgerald is selling vapes to the 9th graders in the bathroom, I don't know what's in them. ⟦nbh|He lives two doors down from us on Garnet Terrace|Garnet Terrace⟧ and I've seen kids go to his house." AP: one disposable vape, unknown content, recovered.""")

C("parent_complaint", "allow_redact", name="Valeria Quispe", grade=11, school="English High School",
  ground="weapon", weapon="pepper spray", recipient="bpd/district-e13", when="2026-04-30 15:05",
  loc="English High School, front steps at dismissal",
  desc="""Forwarded complaint from the student's own mother, received by email 4/30 at 7:02 pm:

"Dear Principal, I am writing about what happened to my daughter Valeria today at dismissal. I know she used the pepper spray on the front steps and that two girls got hurt in their eyes and one went to the hospital. But those girls have been following her home and pulling her hair for weeks and I reported it in March. She only carried the spray because she was scared. ⟦imm|Please understand that Valeria has DACA, her renewal is with our lawyer at the Harborview immigration clinic right now, and I am afraid this will ruin everything for her|DACA;immigration clinic⟧. I beg you to handle this inside the school.
Sincerely, Norma"

AP note: SSS recovered a black pepper spray canister (Sabre brand, keychain size) from Valeria at 3:07. One of the two girls (initials T.J.) was transported by EMS with eye injuries and released the same night.""",
  keep=["Sabre brand", "keychain size", "front steps"], key="pepper spray",
  extra={"status_docs": "DACA approval notice on file (counseling)"}, fcan=[("imm", "DACA")])

C("parent_complaint", "allow_redact", name="Marquise Lawson", grade=11, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="9mm handgun (unloaded)", recipient="bpd/district-b3", when="2026-05-18 13:20",
  loc="Jeremiah E. Burke High School, gym bleachers",
  desc="""Forwarded to the Office of Safety Services by Headmaster Okafor. The parent's letter is included in full because she asked that it be.

"To Headmaster Okafor and the School Site Council,

I am writing as a parent of two students at the Burke and as a member of the School Site Council. On Monday, May 18, my son came home and told me that during 6th period gym a boy named Marquise Lawson had a gun in his gym bag under the bleachers and showed it to a group of boys, and that one of the gym teachers took the bag. My son said it was a black handgun with a scratched-up slide and that Marquise said "it's not loaded, relax." Nobody from the school called or emailed parents. I found out from my son and from a group chat.

I understand that the school cannot tell me everything about another child. But parents have a right to know when a gun is found in the building. I have been to two Site Council meetings this year where we were told the new entrance screening was working. How did a gun get to the gym?

I also want to say something I heard at pickup that worries me. ⟦gang|Other parents are saying this boy is "with the Mossgiel boys" and that the gun was for something that happened at the park|Mossgiel boys⟧. ⟦nbh|People are saying his family just moved into the Larkspur Gardens towers, so everyone assumes the worst|Larkspur Gardens⟧. I do not want rumors, I want facts, and I want a letter home.

Please put this on the agenda for the June Site Council meeting.

Respectfully,
Deborah Tillman"

Office of Safety Services note: The gym teacher, Mr. Sousa, recovered the gym bag at 1:20 pm. It contained a black 9mm semi-automatic handgun with a scratched slide and an empty magazine; no ammunition was found. BPD B-3 took custody at 1:48 pm. A letter to families is being drafted.""",
  keep=["scratched slide", "empty magazine", "gym bag"], key="handgun")

# ----------------------------------------------------------------------------- student statements, spelling kept
C("student_statement", "allow_redact", name="Rashaun Mitchell", grade=9, school="TechBoston Academy",
  ground="serious_violence", recipient="bpd/district-c11", when="2026-01-08 11:25",
  loc="TechBoston Academy, 3rd floor hallway outside room 312",
  desc="""Witness statement, written by a 9th grade student, typed exactly as written:

"i seen it. it was 11:25 by room 312. Rashaun had a lock in a sock, the big master lock, and he hit Jaylen in the head with it like 3 times. Jaylen fell down and there was blood coming out his head and he was shaking on the floor. mr hollis came runnin and told everybody get back.
⟦gang|Rashaun be sayin he from the 9 (99 crew) and Jaylen from the other side|99 crew;from the 9⟧.
i didnt do nothing i was just walkin to class. thats all i seen."

Nurse note: the injured student (J.K.) had a seizure on scene and was transported to Boston Medical Center with a depressed skull fracture.""",
  keep=["big master lock", "depressed skull fracture", "room 312"], key="lock in a sock",
  attach=[{"kind": "document", "name": "witness_statement_0108.pdf"}])

C("student_statement", "allow_redact", name="Tatiana Ruiz", grade=10, school="Snowden International School",
  ground="weapon", weapon="steak knife", recipient="bpd/district-d4", when="2026-02-25 12:15",
  loc="Snowden International School, 4th floor girls bathroom",
  desc="""Student's own written statement (Tatiana Ruiz), transcribed with her spelling:

"Im writting this because Mr. Gorman said I have to. I brung the steak knife from my house in my boot because Destiny and them said they was gonna jump me in the bathroom after lunch. I showed it to them in the 4th floor girls bathroom so they would leave me alone, I didnt cut nobody. It has a wood handle and it was wrapped in a sock.
⟦imm|I cant get in trouble with police cuz my mom dont got papers|dont got papers⟧.
⟦gang|Destiny and them write L S G on everything thats there set|L S G;there set⟧.
I gave the knife to Mr. Gorman when he asked."

AP note: Knife recovered 12:21 from Tatiana's boot; serrated steak knife, 4.5 inch blade.""",
  keep=["wood handle", "wrapped in a sock", "4.5 inch blade"], key="steak knife", tags=["dodge"])

C("student_statement", "allow_clean", name="Patrick Nolan", grade=11, school="Charlestown High School",
  ground="weapon", weapon="pocketknife", recipient="bpd/district-a1", when="2026-04-13 15:40",
  loc="Charlestown High School, back lot (crew team van)",
  desc="""Student statement, handwritten, transcribed as is:

"Me and Brendan was waiting for the van to crew practice and we was arguing about the chess set that got broke in chess club. He said I broke it on purpose. I took out my pocket knife, its a red one with a corkscrew, and I said "say it again" and I poked at him with it and it went through his jacket sleeve but not his arm. I wasnt trying to really stab him. Then coach Dwyer come and took it. After that we all went and got French fries at the place on Pell St. I know it was stupid."

AP note: No injury. Brendan's jacket sleeve has a 1-inch slit.""",
  keep=["crew practice", "chess set", "French fries"], key="pocket knife", tags=["trap"])

C("student_statement", "deny_ground", name="Edson Tavares", grade=10, school="Madison Park Technical Vocational High School",
  ground="fight", recipient="bpd/district-b2", when="2026-03-20 11:00",
  loc="Madison Park Technical Vocational High School, welding shop",
  desc="""Statement of the other student: "me and Edson was fighting in the welding shop cuz he said somethin about my mother. nobody got hurt bad just my lip.
⟦eth|we both Cabo Verdean so idk why he be sayin that|Cabo Verdean⟧.
⟦lang|i told him in Kriolu to chill|in Kriolu⟧."
AP: both students suspended one day.""")

C("student_statement", "allow_redact", name="Yousef Nasser", grade=10, school="Brighton High School",
  ground="credible_threat", recipient="bpd/district-d14", when="2025-10-15 09:20",
  loc="Brighton High School, room 217",
  threat="""Yousef wrote on a note passed to classmate D.R.: "tmrw i bring the glock and i end everybody in mr keating class. dont come to school." D.R. gave the note to the teacher. Yousef told D.R. the day before that his cousin has a gun he can get.""",
  desc="""Statement of the student who got the note (D.R.), transcribed with spelling:

"he past me the note in 2nd period, it said he gonna bring the glock tmrw and end everybody in mr keating class. i gave it to mr keating at the end of class cuz im scared. yesterday he told me his cousin got a gun he can get whenever.
⟦lang|he was speakin Arabic on the phone to his cousin then he switched|Arabic⟧.
i dont want him to know i told."

AP note: The note is in the AP office in an envelope. Yousef was pulled from class at 9:35; no weapon in his bag or locker.""",
  keep=["2nd period", "end of class", "in an envelope"], key="glock")

C("student_statement", "allow_redact", name="Brandon Velez", grade=11, school="English High School",
  ground="drugs", subs=["counterfeit Percocet (suspected fentanyl)"], recipient="bpd/district-e13", when="2026-03-27 12:30",
  loc="English High School, 3rd floor bathroom",
  desc="""Statement from a 10th grade student, typed as written:

"Brandon sells percs in the 3rd floor bathroom, the blue ones, $15 a pill or 2 for 25. I seen him with a ziplock with like 30 in it today at lunch 12:30. He keep them in a Pringles can in his backpack.
⟦eth|Everybody call him "Dominicаno" cause of his family|Dominicаno⟧.
I bought one for my cousin last week but I didnt take it I swear."

AP note: SSS searched Brandon's backpack at 12:50: a Pringles can with 27 blue pills marked M 30 in a sandwich bag.""",
  keep=["Pringles can", "27 blue pills", "$15 a pill"], key="M 30",
  extra={"nickname": "Dominicаno"}, fcan=[("eth", "Dominicаno")], tags=["dodge", "trap"])

C("student_statement", "deny_substance", name="Jayden Flores", grade=9, school="Brighton High School",
  ground="drugs", subs=["THC dab pen"], recipient="bpd/district-d14", when="2026-01-16 13:15",
  loc="Brighton High School, 2nd floor bathroom",
  desc="""Student statement: "we was just hittin a dab pen in the bathroom, its not even mine its Jaydens.
⟦nbh|we all from the Ashmere Gardens buildings and we walk together|Ashmere Gardens⟧."
AP: one THC dab pen recovered.""")

C("student_statement", "allow_redact", name="Darius Wright", grade=12, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="brass knuckles", recipient="bpd/district-b3", when="2025-10-02 14:10",
  loc="Jeremiah E. Burke High School, back parking lot",
  desc="""Student statement (the victim, K.B.), spelling as written:

"Darius had the brass nuckles on his right hand, gold ones, and he punch me in the side of my face by the back parking lot at like 2:10. My cheek is all swole and my tooth is loose. He said thats what happens when u talk.
⟦nbh|He live on the 5th floor of the Larkspur towers, building C, same as my grandmother|Larkspur⟧.
I didnt hit him back."

AP note: SSS recovered gold-colored brass knuckles from Darius's jacket at 2:25. Nurse: swelling to left cheek, loose lower tooth, referred to dentist.""",
  keep=["gold ones", "back parking lot", "loose lower tooth"], key="brass knuckles")

C("student_statement", "allow_redact", name="Nadia Charles", grade=11, school="New Mission High School",
  ground="serious_violence", recipient="bpd/district-e18", when="2026-04-08 12:05",
  loc="New Mission High School, cafeteria",
  desc="""Student statement of the victim, transcribed from her handwriting by Ms. Ochoa, spelling kept:

"My name is Simone and I am in 11th grade. I am writting what happen at lunch on Wenesday. I was sitting with my freinds at the table by the windows. Nadia Charles came over with her tray and said I was talking about her on Finsta. I said I dont even have a Finsta. She took her fork, the metal kind from the teachers lounge not the plastic, and she stabbed me in the hand on the table and then she hit me in the face with the tray. The fork went all the way in between my knuckles and I was screaming. My freind Ayana pulled her off me. There was blood on my notebook and on the table.

The nurse wrapped my hand and my mom took me to Carney, they said the fork hurt a tendon and I need surgery on my hand and I cant play volleyball this season. I have a cut by my eye from the tray to.

⟦gang|Nadia is with the Ferncliff girls and they been mad at my cousin since the summer|Ferncliff girls⟧. ⟦imm|My mom did not want to go to the hospital at first because she dont have her papers and she was scared they ask|dont have her papers⟧. I am ok now but I dont want to be in the same lunch with her.

I am telling the truth. Simone"

Transcriber's note: the original is in the AP's file.""",
  keep=["metal kind from the teachers lounge", "hurt a tendon", "cut by my eye from the tray"], key="fork")

C("student_statement", "deny_replica", name="Kenny Vo", grade=7, school="Mario Umana Academy",
  ground="weapon", weapon="airsoft pistol", recipient="bpd/district-a7", when="2026-05-27 08:15",
  loc="Mario Umana Academy, schoolyard",
  desc="""Student statement: "its an airsoft gun not real, it shoots the little white bbs, i brought it to show Danny.
⟦nbh|i live on Linwood Pl so i just walk with it in my bag|Linwood Pl⟧."
AP: black airsoft pistol, orange tip removed, no one hit.""")

# ----------------------------------------------------------------------------- bilingual staff, code-switching
C("codeswitch", "allow_redact", name="Kevin Orellana", grade=9, school="East Boston High School",
  ground="weapon", weapon="switchblade", recipient="bpd/district-a7", when="2025-10-20 13:15",
  loc="East Boston High School, bus line on the side of the building",
  desc="""Nota de la Sra. Quintero (family liaison), sorry, mixing languages, I'm writing fast. Hoy a la 1:15 en la fila del bus Kevin Orellana sacó una navaja, a black switchblade, y se la puso en el cuello a otro muchacho (initials E.P.) porque dice que E.P. le robó los audífonos. E.P. tiene un rasguño pequeño en el cuello, the nurse cleaned it, no bleeding after. Mr. Whalen took the switchblade at 1:17 and it's in the office now. ⟦imm|La mamá me dijo por teléfono que no tienen papeles y que le tiene miedo a la migra|no tienen papeles;la migra⟧ ⟦nat|y que llegaron de El Salvador hace un año, she is very scared|El Salvador⟧. Kevin lloraba y decía que no quería hacerle daño.""",
  keep=["black switchblade", "rasguño pequeño en el cuello", "took the switchblade at 1:17"], key="switchblade")

C("codeswitch", "allow_redact", name="Stanley Desir", grade=10, school="Henderson K-12 Inclusion School",
  ground="serious_violence", recipient="bpd/district-c11", when="2026-02-02 10:30",
  loc="Henderson K-12 Inclusion School, 3rd floor science lab",
  desc="""Rapò Mesye Augustin, paraprofessional, 3rd floor. OK I'll write in English mostly, men kèk bagay an kreyòl paske se konsa m panse.

At about 10:30 in the science lab Stanley Desir got into an argument with another boy (R.F.) about a seat. Stanley grabbed the glass beaker from the sink and smashed it on R.F.'s head. Vè a kase toupatou. R.F. had a deep cut on his scalp and another cut on his ear that was bleeding a lot. Mwen te mete sèvyèt sou tèt li epi m rele enfimyè a. Nurse Célestin came at 10:33, EMS came at 10:45 and took R.F. to Boston Medical; they told the AP he needed 14 stitches and a CT scan.

Stanley te fache anpil but he did not try to run. SSS Greer took him to the office. ⟦lang|Li di m' manman l pa pale angle ditou, so I can go with the AP to call home|pa pale angle⟧. ⟦nbh|Epi yo rete Mattapan, sou Lorimer St|Mattapan;Lorimer St⟧.

The lab is closed for cleanup. The teacher Ms. Hartigan has the list of students who saw it.""",
  keep=["14 stitches", "glass beaker", "deep cut on his scalp"], key="glass beaker")

C("codeswitch", "allow_redact", name="Ivanilson Barros", grade=11, school="Madison Park Technical Vocational High School",
  ground="weapon", weapon="handgun", recipient="bpd/district-b2", when="2026-03-09 08:05",
  loc="Madison Park Technical Vocational High School, main entrance screening",
  desc="""Note from Sr. Fontes, student support. Oji di manhan, 8:05 na scanner, Ivanilson Barros tinha un pistola na mochila, a small black handgun with a pink grip, no magazine in it. SSS Rocha took it right away. Ninguen ka fika fidu. He said "I don't know who put it there." ⟦nbh|Es ta mora na Bowdoin-Geneva, na kaza di tia|Bowdoin-Geneva⟧. ⟦imm|Pai di-el foi deportadu ano pasadu, so he lives with the aunt|deportadu⟧. Parent meeting tomorrow.""",
  keep=["small black handgun with a pink grip", "no magazine in it", "SSS Rocha took it right away"], key="handgun")

C("codeswitch", "allow_clean", name="Thiago Moura", grade=12, school="Brighton High School",
  ground="drugs", subs=["cocaine"], recipient="bpd/district-d14", when="2026-05-05 11:40",
  loc="Brighton High School, parking lot behind the gym",
  desc="""Relatório da Profa. Cardoso (Health teacher). Gente, que dia. At 11:40 I was on duty in the parking lot behind the gym and saw Thiago Moura handing a small bag to a younger student through a car window. Quando cheguei perto, the younger student ran. Thiago had in his hand two small bags of white powder, tipo saquinhos de plástico, and $140 in twenties. He said it was cocaine and it was for a party. Peguei os saquinhos e levei direto pro AP, Mr. Hanlon, at 11:48. Nobody used anything that I saw. The car was a gray Honda with a Brazil flag sticker on the back window, and it drove off toward the highway.""",
  keep=["$140 in twenties", "gray Honda", "Brazil flag sticker"], key="cocaine", tags=["trap"])

C("codeswitch", "allow_redact", name="Danny Truong", grade=8, school="Josiah Quincy Upper School",
  ground="weapon", weapon="box cutter", recipient="bpd/district-a1", when="2026-01-20 14:00",
  loc="Josiah Quincy Upper School, art room",
  desc="""From Cô Lan (Ms. Lan Pham), paraprofessional. Lúc 2 giờ chiều trong phòng mỹ thuật (the art room), Danny Truong lấy cây dao rọc giấy, the blue box cutter from the art supply cart, and slashed a classmate's backpack and then swung it toward his arm. The classmate (M.H.) got a small cut on the back of his hand, about 1 inch; the nurse put steri-strips. Tôi đã lấy con dao và đưa cho Mr. Boyle at 2:05. ⟦nat|Gia đình em ấy mới sang Mỹ năm ngoái|mới sang Mỹ⟧, ⟦lang|bố mẹ không nói tiếng Anh, so I will help with the phone call|không nói tiếng Anh⟧. Danny said M.H. was making fun of his shoes.""",
  keep=["blue box cutter from the art supply cart", "steri-strips", "back of his hand"], key="box cutter",
  extra={"country_of_birth": "Vietnam", "entry_date_us": "2025-02"}, fcan=[("nat", "Vietnam")])

C("codeswitch", "allow_redact", name="Ricky Zheng", grade=11, school="John D. O'Bryant School of Mathematics and Science",
  ground="drugs", subs=["MDMA"], recipient="bpd/district-b2", when="2026-04-03 13:10",
  loc="John D. O'Bryant School, 2nd floor stairwell",
  desc="""Report from Ms. Wong (math). 下午1点10分 in the 2nd floor stairwell I saw Ricky Zheng selling pills to two 9th graders. 他手里有一个小袋子, a small ziplock with about 15 orange pills shaped like Transformers logos. The 9th graders ran upstairs. I took the bag and brought it to Mr. Kessler at 1:15. Ricky said they were "molly" and that he got them at a party. ⟦nat|他们是去年从福建来的|从福建来⟧。⟦lang|他妈妈只会说福州话, so the office will need me or Mr. Lau to call home|福州话⟧。没有人受伤。""",
  keep=["orange pills shaped like Transformers logos", "2nd floor stairwell", "Mr. Kessler at 1:15"], key="molly", tags=["trap"])

C("codeswitch", "allow_redact", name="Karim Aziz", grade=9, school="Charlestown High School",
  ground="credible_threat", recipient="bpd/district-a1", when="2026-02-27 10:10",
  loc="Charlestown High School, library",
  threat="""Karim told classmate S.B. in the library: "Monday I'm coming with my brother's gun and I'm shooting Mr. Doyle and anyone who laughed, swear on everything." S.B. reported it within the hour. On the same morning Karim searched "how to buy ammo without ID" on a school Chromebook (IT log, 2/27, 9:58 am).""",
  desc="""From Mr. Youssef, counselor. I met with Karim at 10:40 after S.B. reported what he said in the library. Karim was very angry about Mr. Doyle taking his phone last week. He told me "I didn't mean it" but also said "maybe I did." IT found the search on his Chromebook at 9:58. والله هذا الولد محتاج مساعدة (honestly, this boy needs help). ⟦imm|العائلة لاجئة|لاجئة⟧ ⟦nat|من اليمن، the family came from Yemen two years ago|اليمن;Yemen⟧ and the father works nights. Threat assessment opened; parents called at 11:30.""",
  keep=["taking his phone last week", "search on his Chromebook at 9:58"], key="Threat assessment opened")

C("codeswitch", "allow_redact", name="Abdiwali Yusuf", grade=10, school="Excel High School",
  ground="serious_violence", recipient="bpd/district-c6", when="2025-12-16 12:45",
  loc="Excel High School, gym",
  desc="""From Ms. Hodan, family liaison. During 5th period gym at 12:45 Abdiwali Yusuf and another student (C.W.) were arguing during basketball. Abdiwali punched C.W. and when he fell he kicked him in the stomach many times. Aad buu u garaacay, runtii. C.W. was vomiting and holding his side; EMS took him to Tufts and the hospital said his spleen was ruptured and he had surgery that night. Coach Bannon separated them at 12:47. ⟦lang|Hooyadiis af-Ingiriis ma taqaan, so I will be the one to call her|af-Ingiriis ma taqaan⟧. ⟦nbh|Waxay deggan yihiin Quarry Hill Homes, building 3|Quarry Hill Homes⟧. Abdiwali said C.W. insulted his sister.""",
  keep=["kicked him in the stomach", "Coach Bannon separated them at 12:47"], key="spleen was ruptured")

C("codeswitch", "allow_redact", name="Artem Volkov", grade=10, school="Brighton High School",
  ground="weapon", weapon="kitchen knife", recipient="bpd/district-d14", when="2026-03-16 09:10",
  loc="Brighton High School, 2nd floor hallway by the lockers",
  desc="""From Ms. Petrova, teacher. At 9:10 in the 2nd floor hallway Artem Volkov took a kitchen knife out of his backpack, a big one with a black handle, and chased another boy (initials J.M.) down the hall. Ужас, все кричали. J.M. ran into my room and I locked the door. SSS Brady stopped Artem at the stairwell and took the knife at 9:12. No one was cut. ⟦imm|Мама сказала мне, что у них нет документов|нет документов⟧, ⟦nbh|живут на Корбин-авеню, дом 14|Корбин⟧.""",
  keep=["big one with a black handle", "locked the door", "took the knife at 9:12"], key="kitchen knife")

C("codeswitch", "allow_redact", name="Junior Mbemba", grade=11, school="Snowden International School",
  ground="weapon", weapon="box cutter", recipient="bpd/district-d4", when="2026-04-27 13:50",
  loc="Snowden International School, room 220",
  desc="""Note de M. Kabongo, French teacher. I teach French III in room 220. À 13h50, pendant le cours, Junior Mbemba a sorti un cutter, a yellow box cutter, and cut the strap of a classmate's bag, then pointed it at the classmate's face and said "next time it's you." Personne n'a été blessé. I took the cutter and walked it to the AP, Ms. Kearney, at 13:55. ⟦imm|Junior m'a dit que la famille a demandé l'asile l'année dernière|l'asile⟧ ⟦nat|après avoir quitté Kinshasa|Kinshasa⟧, and he is afraid of the police. The class was doing a dictée when it happened.""",
  keep=["French III", "cut the strap", "yellow box cutter"], key="box cutter", tags=["trap"])

C("codeswitch", "deny_ground", name="Luis Ángel Rosario", grade=10, school="English High School",
  ground="trespass", recipient="bpd/district-e13", when="2026-03-23 15:30",
  loc="English High School, gym door (after hours)",
  desc="""Nota de Mr. Acevedo. Luis Ángel came back into the building after hours through the gym door. No daño, no weapon. ⟦nbh|El muchacho es del barrio, vive en Villa Esperanza con su abuela|Villa Esperanza⟧. Just want it documented.""")

C("codeswitch", "deny_recipient", name="Kervens Joseph", grade=11, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="knife", recipient="bric", when="2026-01-12 12:00",
  loc="Jeremiah E. Burke High School, cafeteria",
  desc="""Nòt Mesye Noel. Kervens te gen yon kouto nan pòch li at lunch, SSS took it. ⟦gang|Yo di li nan gwoup Lorimer Boys yo|Lorimer Boys⟧. Sending to BRIC like the liaison asked.""")

# ----------------------------------------------------------------------------- meeting minutes
C("minutes", "allow_redact", name="Jonah Whitley", grade=11, school="Dearborn STEM Academy",
  ground="credible_threat", recipient="bpd/district-b2", when="2026-05-04 10:15",
  loc="Dearborn STEM Academy, chemistry lab",
  threat="""On 5/4 at about 10:15 am Jonah Whitley told two students at his lab table (P.A. and R.M.): "Field Day is the last day for Marcus, I'm bringing my uncle's AR and I'll wait by the buses." He showed them a photo of a rifle on his phone. P.A. reported it to Ms. Feeney at 10:40.""",
  desc="""MINUTES: Student Support / Safety Team, emergency meeting
Dearborn STEM Academy, Room 114, Monday 5/4/2026, 3:30 to 4:45 pm
Present: Headmaster Achebe (chair), AP Lindqvist, AP Duarte, Counselor Ms. Ferris, School Psychologist Dr. Amato, Nurse Whelan, SSS supervisor Mr. Dacey, Teacher Ms. Feeney. Minutes: AP Duarte.

1. Purpose. Review of a threat made this morning by Jonah Whitley (gr 11) against another student (Marcus, gr 11), and decision on a report to BPD under the credible threat ground.

2. Facts (Ms. Feeney, AP Lindqvist). At about 10:15 during chemistry lab Jonah said to two students at his lab table that Field Day would be "the last day for Marcus," that he would bring his uncle's AR and wait by the buses. He showed them a photo of a black rifle with a scope on his phone. P.A. told Ms. Feeney at 10:40. Jonah was removed from class at 10:52; his backpack and locker (locker 2217) were searched with no weapon found. His phone was held and shows the same photo, saved on 5/2. Jonah said it was "a joke" and that the rifle "isn't even real." The photo shows a real rifle on a bed with a box of ammunition next to it.

3. Background (Ms. Ferris, Dr. Amato). Conflict between Jonah and Marcus goes back to March (a dispute over a lab grade and a post on social media). No prior threats on file. ⟦imm|Counselor noted the student's family is awaiting an asylum decision and the uncle recently arrived to stay with them|asylum decision;uncle recently arrived⟧. ⟦nbh|They are living in a two-family house on Greaves St in Uphams Corner|Greaves St;Uphams Corner⟧. Dr. Amato has opened a threat assessment (level: high) and will interview Jonah with a parent tomorrow.

4. Discussion. The team agreed the statement is specific (date, place, weapon, target) and that the photo shows access to a real firearm. Mr. Dacey noted Field Day is Friday 5/8 and the buses load on the Kirkland Ave side. Nurse Whelan had no medical concerns. The team discussed whether the uncle can be reached; no one has a number.

5. Decisions. (a) Report to BPD District B-2 under credible threat, with the threat statement as written above; (b) Jonah on emergency removal pending hearing; (c) Marcus's family notified by AP Lindqvist at 4:50 pm; (d) extra staff and SSS at the buses on Field Day; (e) follow-up meeting Thursday 5/7 at 3:30.

6. Parent notification. Jonah's mother was notified by phone at 12:15 pm by AP Lindqvist and is coming in tomorrow at 8 am.

Minutes approved by the chair at 4:45 pm.""",
  keep=["locker 2217", "black rifle with a scope", "Kirkland Ave side"], key="rifle", tags=["trap"])

C("minutes", "deny_ground", name="Carlos Mejia", grade=10, school="East Boston High School",
  ground="gang_intelligence", recipient="bpd/district-a7", when="2026-02-06 14:00",
  loc="East Boston High School, conference room",
  desc="""Minutes, Climate Committee, 2/6. Item 3: "gang review" list. The committee reviewed 9 students believed to be involved with groups. ⟦gang|Carlos Mejia: believed to be with the Marigold Street clique, wears their colors|Marigold Street clique⟧. ⟦eth|Item 4: concern about "Salvadoran boys" sitting together at lunch|Salvadoran⟧. Motion to share the list with BPD: carried 5-2.""")

C("minutes", "allow_redact", name="Dawit Bekele", grade=9, school="Fenway High School",
  ground="weapon", weapon="pocketknife", recipient="bpd/district-d4", when="2025-11-12 10:20",
  loc="Fenway High School, 1st floor hallway",
  desc="""Minutes: re-entry planning meeting, 11/14/2025, Fenway HS conference room. Present: AP Morales, Counselor Ms. Baird, SSS Fennelly, parent, student.
Item 1. Incident of 11/12 (summary read by AP Morales): at 10:20 Dawit Bekele pulled a pocketknife with a 3-inch blade on a 10th grader in the 1st floor hallway and cut the sleeve of his sweatshirt; the 10th grader had a scratch on his forearm, no stitches. SSS Fennelly recovered the knife at 10:22.
Item 2. Student statement: Dawit said the 10th grader had been taking his lunch money since October.
Item 3. Action items: safety plan, daily check-in with Ms. Baird.
⟦lang|Arrange an Amharic interpreter for the parent at all future meetings (father attended with his nephew interpreting today)|Amharic;nephew interpreting⟧.
Item 4. Report to BPD D-4 under the weapon ground: approved.""",
  keep=["cut the sleeve of his sweatshirt", "3-inch blade", "lunch money since October"], key="pocketknife",
  extra={"parent_language": "Amharic", "interpreter_needed": True}, fcan=[("lang", "Amharic")])

C("minutes", "allow_clean", name="Ryan Callahan", grade=12, school="Charlestown High School",
  ground="drugs", subs=["fentanyl"], recipient="bpd/district-a1", when="2026-02-13 11:00",
  loc="Charlestown High School, room 108",
  desc="""Minutes, School Site Council, 2/13/2026 (excerpt for the incident file).
Agenda: (1) crew team fundraiser; (2) Lunar New Year and Black History Month assemblies; (3) incident of this morning.
(1) Crew team car wash moved to 4/25.
(2) Both assemblies confirmed for 2/20 in the auditorium.
(3) AP Kerrigan reported: at 11:00 in room 108 a teacher saw Ryan Callahan pass a folded dollar bill with white powder to another senior. SSS recovered the bill and a second packet from Ryan's hoodie; the powder tested positive for fentanyl on the school's test strips. No one used it. Ryan said he was "just passing it along." Narcan was on hand. Council agreed the AP will report to BPD A-1 under the drugs ground and send a letter home about fentanyl.""",
  keep=["crew team fundraiser", "Black History Month", "folded dollar bill"], key="fentanyl", tags=["trap"])

C("minutes", "deny_recipient", name="Kayden Moss", grade=10, school="TechBoston Academy",
  ground="weapon", weapon="knife", recipient="massachusetts-state-police", when="2026-03-25 09:00",
  loc="TechBoston Academy, front entrance",
  desc="""Minutes excerpt: knife recovered from student at the entrance 3/25. Committee voted to send the report to the State Police since the student rides the commuter rail. ⟦nbh|Student commutes from the Brightwater Village units|Brightwater Village⟧.""")

C("minutes", "allow_redact", name="Zion Harper", grade=8, school="Curley K-8 School",
  ground="serious_violence", recipient="bpd/district-e13", when="2026-01-28 10:50",
  loc="Curley K-8 School, middle school boys bathroom",
  desc="""Minutes of the Student Support Team meeting, 1/29/2026, Curley K-8, Room 203.
Present: Principal Cheng, AP Roussel, Counselor Mr. Dube, Nurse Agnew, SSS Lyle, SPED coordinator Ms. Holm.

1. Incident review (AP Roussel). On 1/28 at 10:50 in the middle school boys bathroom, Zion Harper (gr 8) and two other boys surrounded a 7th grader (initials N.B.). Zion held N.B.'s head under the running faucet and then slammed his face into the sink. N.B. lost consciousness for a few seconds. Nurse Agnew reported a broken nose, two chipped front teeth, and a concussion; N.B. was taken to Children's by EMS. The other two boys have been identified and were interviewed.

2. Student history (Mr. Dube). Zion had two prior conflicts with N.B. this year. ⟦nbh|Housing: family relocated to Elmhurst Commons in Hyde Park after a fire in December, so he now takes two buses|Elmhurst Commons;Hyde Park⟧. Mr. Dube will check in daily.

3. Decisions. Suspension pending hearing; safety plan for N.B.; report to BPD E-13 under the serious violence ground (approved by Principal Cheng); parent notification done 1/28 at 12:30.

Next meeting 2/5.""",
  keep=["running faucet", "two chipped front teeth", "lost consciousness"], key="broken nose")

C("minutes", "deny_substance", name="Gianni Russo", grade=11, school="Boston Latin Academy",
  ground="drugs", subs=["THC edibles", "nicotine vape"], recipient="bpd/district-b2", when="2026-04-10 10:00",
  loc="Boston Latin Academy, locker area",
  desc="""Minutes, discipline committee 4/10: Gianni found with THC gummies and a Juul in his locker. ⟦rel|Parent asked that the meeting be moved because of services at their parish, St. Bernadine's Oratory|St. Bernadine⟧. Vote to refer to BPD.""")

C("minutes", "allow_redact", name="Abdi Nur", grade=12, school="Community Academy of Science and Health",
  ground="drugs", subs=["counterfeit alprazolam (Xanax)"], recipient="bpd/district-e18", when="2026-05-13 13:30",
  loc="Community Academy of Science and Health, 2nd floor bathroom",
  desc="""Minutes: Student Support Team, 5/14/2026 (incident portion only).
AP Grady summarized: on 5/13 at 1:30 SSS found Abdi Nur in the 2nd floor bathroom with a pill bottle of 40 yellow bars stamped "S 90 3" (counterfeit Xanax per the BPD liaison's photo guide) and a list of names with dollar amounts. Abdi admitted selling them.
⟦rel|Counselor Ms. Whitcomb: the student's imam, Sheikh Idris of Masjid Ar-Rahma, has offered to attend the hearing and mentor him|Masjid Ar-Rahma;imam;Sheikh Idris⟧.
Decisions: emergency removal; report to BPD E-18 under the drugs ground; parent meeting 5/15.""",
  keep=["40 yellow bars", "S 90 3", "list of names with dollar amounts"], key="Xanax")

# ----------------------------------------------------------------------------- structured records
C("structured", "allow_redact", name="Frantz Valcin", grade=10, school="Jeremiah E. Burke High School",
  ground="weapon", weapon="spring-assist knife", recipient="bpd/district-b3", when="2026-01-14 09:12",
  loc="Jeremiah E. Burke High School, gym locker room B",
  desc="""Export from incident tracker (pasted as-is):
EVT_TS,LOC_CD,WPN_DESC,WPN_LEN_IN,INJ_Y_N,RECOVERED_BY
2026-01-14 09:12,GYM-LKR-B,spring-assist knife (black/green),3.5,N,SSS Ruddock
Narrative: knife found in the student's gym bag after a classmate reported seeing it during warm-up; student said he carries it "for the bus."
⟦lang+nbh|HH_LANG,RES_ZIP,ELL_FLAG
Haitian Creole,02126,Y|Haitian Creole;02126⟧
Parent contacted 10:05.""",
  keep=["spring-assist knife (black/green)", "GYM-LKR-B", "during warm-up"], key="spring-assist knife",
  extra={"race_eth": "Black - Haitian", "hh_lang_cd": "HAT"}, fcan=[("eth", "Black - Haitian")])

C("structured", "allow_redact", name="Yadiel Cruz", grade=11, school="English High School",
  ground="drugs", subs=["fentanyl"], recipient="bpd/district-e13", when="2026-03-03 10:45",
  loc="English High School, 2nd floor lavatory",
  desc="""incident_type=drug_possession
reported_by=SSS Kwan
substance_1=fentanyl (suspected; blue powder; 4 wax bags stamped "GHOST")
qty=4
location_detail=2nd floor lavatory, stall 3, behind toilet tank
time_found=10:45
student_statement="not mine, found it"
⟦nbh|stu_res_street=Mossgiel Ave|Mossgiel Ave⟧
⟦nbh|stu_res_unit=#2F, Quarry Hill Homes|Quarry Hill Homes⟧
⟦lang|hh_primary_lang=Spanish|Spanish⟧
⟦gang|gang_flag=Y (SSS: Mossgiel Mob associate)|Mossgiel Mob⟧
narcan_used=N
parent_notified=2026-03-03T11:30""",
  keep=["stall 3, behind toilet tank", "4 wax bags stamped", "GHOST"], key="fentanyl")

C("structured", "allow_redact", name="Marisol Reyes", grade=9, school="Brighton High School",
  ground="weapon", weapon="taser", recipient="bpd/district-d14", when="2025-12-04 13:30",
  loc="Brighton High School, 3rd floor hallway",
  desc="""Auto-generated incident text plus staff note:
{"incident": {"type": "weapon", "item": "taser (black, 'Vipertek VTS-989')", "discharged": true,
  "injury": "two burn marks on victim's upper arm"},
 "staff_note": "student used the taser on a classmate in the 3rd floor hallway at 1:30 after an argument; SSS Cormier recovered it"}
⟦lang|{"flags": {"ell": true, "home_language": "Spanish", "interpreter": "yes"}}|Spanish⟧""",
  keep=["two burn marks on victim's upper arm", "Vipertek VTS-989", "3rd floor hallway at 1:30"], key="taser",
  extra={"sis_export": json.dumps({"demo": {"ethnicity": "Hispanic/Latino - Puerto Rican"},
                                   "program": {"ell": True},
                                   "contacts": [{"rel": "mother", "addr": "51 Larchwood St, Hyde Park"}]})},
  fcan=[("eth", "Puerto Rican"), ("nbh", "51 Larchwood St"), ("nbh", "Hyde Park")])

C("structured", "allow_redact", name="Terrell Jackson", grade=10, school="Madison Park Technical Vocational High School",
  ground="credible_threat", recipient="bpd/district-b2", when="2026-04-22 09:30",
  loc="Madison Park Technical Vocational High School, electrical shop, room B-14",
  threat="""Terrell Jackson said to his electrical shop teacher, Mr. Pacheco, at 9:30 am in front of the class: "I'm gonna come back with my cousin's .45 and light this shop up, starting with you." He repeated "watch" twice. A classmate (D.W.) said Terrell showed him a video of a handgun last week.""",
  desc="""BPS THREAT / INCIDENT INTAKE FORM (scanned, transcribed)
Date: 04/22/2026   Time: 09:30   Location: Electrical shop, room B-14
Type:  [X] Threat, verbal   [ ] Threat, written   [ ] Threat, online
Weapon referenced: [X] Firearm   [ ] Knife   [ ] Other: ______
Target: [X] Staff   [ ] Student   [ ] School-wide
Witnesses: [X] Yes (6 students, 1 staff)   [ ] No
⟦lang|Interpreter required for parent contact: [X] Yes   Language: Cabo Verdean Creole|Cabo Verdean Creole;Interpreter required for parent contact: [X]⟧
⟦imm|Citizenship verified: [ ] Yes  [X] No, I-94 on file|I-94⟧
Search conducted: [X] Bag [X] Locker   Result: nothing found
Narrative: Student was escorted to the main office at 09:36 by SSS and did not resist. Threat assessment opened.""",
  keep=["room B-14", "Result: nothing found", "escorted to the main office at 09:36"], key="Firearm")

C("structured", "allow_clean", name="Jordan Pike", grade=11, school="East Boston High School",
  ground="weapon", weapon="stun gun", recipient="bpd/district-a7", when="2026-05-11 14:40",
  loc="East Boston High School, softball field bleachers",
  desc="""Pasted from the SSS daily log (CSV export, headers as in the system):
"LOG#","WHEN","WHERE_EXACT","WHO_INVOLVED","ITEM","CLOTHING_DESC","OUTCOME"
"0511-07","14:40","softball field bleachers","J. Pike + 1 (victim, gr 10)","stun gun, black, rechargeable","red Portugal soccer jersey #7 RONALDO, gray joggers","device recovered 14:44"
"0511-08","14:52","nurse office","victim","n/a","n/a","2 contact burns left side of neck, EMS eval, not transported"
Note from SSS: Pike pressed the stun gun to the victim's neck twice after an argument over a Visa gift card the victim said Pike owed him.""",
  keep=["Portugal soccer jersey", "Visa gift card", "2 contact burns left side of neck"], key="stun gun", tags=["trap"])

C("structured", "deny_recipient", name="Wilson Chávez", grade=9, school="East Boston High School",
  ground="weapon", weapon="knife", recipient="ice", when="2026-02-20 08:30",
  loc="East Boston High School, main entrance",
  desc="""record_type=weapon_incident
item=knife
injuries=none
⟦nat|nationality=Honduran|Honduran⟧
⟦imm|a_number=on file (pending removal case)|removal case⟧
forward_to=ICE ERO per request""",
  extra={"citizenship": "non-citizen (A-number on file)"}, fcan=[("imm", "non-citizen")])

C("structured", "deny_ground", name="Jason Pires", grade=11, school="Excel High School",
  ground="gang_activity", recipient="bpd/district-c6", when="2026-03-30 12:00",
  loc="Excel High School",
  desc="""{"form": "Gang Assessment", "subject": "J. Pires",
 ⟦gang|"group": "Ninety-Nine crew", "status": "associate", "criteria_met": ["colors", "hand signs", "social media"]|Ninety-Nine crew⟧,
 "incident": "none specific", "request": "add to the BPD list"}""")

C("structured", "allow_redact", name="Yasmin Ahmed", grade=10, school="Community Academy of Science and Health",
  ground="weapon", weapon="brass knuckles", recipient="bpd/district-e18", when="2026-01-23 10:15",
  loc="Community Academy of Science and Health, 2nd floor hallway outside the chem lab",
  desc="""STUDENT SUPPORT CHECKLIST (printed, filled in by AP)
Incident: [X] Weapon  [ ] Drugs  [ ] Threat
Item: brass knuckles, pink, "BADGIRL" engraved
Where: 2nd floor hallway outside the chem lab, 10:15
Injury: [ ] None [X] Minor, classmate has a bruise on her cheekbone, ice pack
Recovered by: [X] SSS  [ ] Staff  [ ] Self-surrendered
⟦rel|Accommodations on file: [X] Prayer space during Dhuhr  [X] Excused for Eid|Dhuhr;Excused for Eid;Prayer space⟧
Parent contact: [X] Phone 10:50, mother coming in
Next steps: [X] Suspension hearing  [X] Safety plan""",
  keep=["BADGIRL", "outside the chem lab", "bruise on her cheekbone"], key="brass knuckles")

C("structured", "deny_substance", name="Mason Doyle", grade=10, school="Boston Latin Academy",
  ground="drugs", subs=["THC cartridge", "JUUL pods"], recipient="bpd/district-b2", when="2026-02-09 11:00",
  loc="Boston Latin Academy, locker 455",
  desc="""ITEM,QTY,FOUND_IN
THC cart (Cookies brand),2,backpack
JUUL pod (mango),5,backpack
⟦gang|GANG_AFFIL,"Kemble Terrace Boyz (per SSS)"|Kemble Terrace Boyz⟧""")

C("structured", "allow_redact", name="Tevin Marshall", grade=12, school="TechBoston Academy",
  ground="serious_violence", weapon="kitchen knife", recipient="bpd/district-c11", when="2026-02-17 14:05",
  loc="TechBoston Academy, courtyard",
  desc="""CASE=TB-26-0217-01
GROUND=serious_violence
S_NAME=Tevin Marshall
S_ROLE=aggressor
V_INITIALS=A.O.
V_INJURY=stab wound L flank, 2 cm, transported Tufts MC, admitted
WEAPON=kitchen knife, 7 in blade, recovered courtyard drain
TIME=14:05
⟦nbh|S_ADDR=33 Quillen St Apt 1, Dorchester 02125|33 Quillen;02125;Dorchester⟧
⟦eth|S_RACE_ETH=Black/Cape Verdean|Cape Verdean⟧
⟦lang|S_HOME_LANG=Kabuverdianu|Kabuverdianu⟧
SSS=Ortega, Bright
NOTIFIED=parent 14:40; BPD C-11 14:15""",
  keep=["stab wound L flank", "7 in blade", "courtyard drain"], key="kitchen knife",
  extra={"address_line1": "33 Quillen St Apt 1", "zip": "02125"}, fcan=[("nbh", "33 Quillen St")])

C("structured", "allow_redact", name="Chloe Martin", grade=11, school="Fenway High School",
  ground="drugs", subs=["MDMA"], recipient="bpd/district-d4", when="2026-05-21 12:20",
  loc="Fenway High School, courtyard",
  desc="""Record pulled from the district's student-support app (nested JSON pasted as text):
{
  "event": {
    "id": "FEN-0521-3",
    "ts": "2026-05-21T12:20",
    "where": "courtyard picnic tables",
    "summary": "Chloe Martin handed a classmate 3 purple pills; 11 more purple pills (triangle shape, stamped 'Punisher') recovered from her lanyard pouch"
  },
  "student": {
    "grade": 11,
⟦imm|    "immigration": {"status": "asylee", "since": "2023"},|asylee⟧
⟦nat|    "origin": {"country": "Venezuela"}|Venezuela⟧
  },
  "staff": {"reporting": "SSS Ibarra"}
}""",
  keep=["stamped 'Punisher'", "lanyard pouch", "courtyard picnic tables"], key="purple pills")

C("structured", "allow_clean", name="Marcus Lee", grade=9, school="Josiah Quincy Upper School",
  ground="serious_violence", recipient="bpd/district-a1", when="2026-02-18 15:15",
  loc="Chinatown MBTA station, outbound platform (walking to crew team practice)",
  desc="""AFTER-SCHOOL INCIDENT FORM
Activity: [ ] Dismissal  [X] Crew team practice (walking to the van)  [ ] Club
Location: Chinatown station, outbound platform, 3:15 pm
What happened: Marcus Lee pushed a 9th grade teammate (initials B.C.) off the platform edge onto the tracks during an argument. B.C. climbed back before a train came but had landed on the rail and broke his collarbone and cut his chin (8 stitches). MBTA staff and Coach Ferrante helped him up.
Injury: [X] Serious, EMS to Tufts Medical Center
Witnesses: [X] Coach  [X] 4 teammates
Follow-up: [X] Parent called 4:05  [X] AP informed""",
  keep=["Crew team practice", "Chinatown station", "8 stitches"], key="collarbone", tags=["trap"])

C("structured", "allow_redact", name="Isaiah Monteiro", grade=11, school="Brighton High School",
  ground="weapon", weapon="Glock 19 (loaded)", recipient="bpd/district-d14", when="2026-03-13 07:50",
  loc="Brighton High School, north entrance",
  desc="""entry_screening.alert = TRUE
entry_screening.time = 07:50
entry_screening.door = north
item.recovered = "Glock 19 (Gen 5), loaded, 15-round magazine, 1 in chamber"
item.container = "black crossbody bag, front zip"
student.stmt = "I found it"
student.cooperative = yes
⟦nbh|student.res_note = "fourteen Corbin Ave, 2nd fl, same bldg as the 2024 incident"|fourteen Corbin;Corbin Ave⟧
⟦gang|student.flags = "S.E.T. associate (Dunmore) per bulletin"|Dunmore;S.E.T.⟧
bpd.notified = 07:52 (D-14)
parent.notified = 08:30""",
  keep=["15-round magazine", "black crossbody bag", "1 in chamber"], key="Glock 19",
  extra={"flags": {"gang": "associate - Dunmore", "ell": False}}, tags=["dodge"])

C("structured", "deny_face", name="Darnell Price", grade=10, school="English High School",
  ground="serious_violence", recipient="bpd/district-e13", when="2026-04-06 15:00",
  loc="English High School, side entrance",
  desc="""{"incident": "assault at the side entrance, victim has a broken orbital bone",
 ⟦face|"camera_analytics": {"face_match": {"vendor": "VisageTrack", "score": 0.93, "candidate": "student photo 2025"}}|VisageTrack⟧,
 "request": "attach the match for identification"}""",
  attach=[{"kind": "face_match", "name": "candidate_0406.png"}])


if __name__ == "__main__":
    sys.exit(main())
